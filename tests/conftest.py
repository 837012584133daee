from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def good() -> Path:
    return FIXTURES / "good"


@pytest.fixture
def bad() -> Path:
    return FIXTURES / "bad"


@pytest.fixture
def sample_forms() -> Path:
    return ROOT / "sample_forms"


@pytest.fixture(autouse=True, scope="session")
def _own_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The tool's cache (jieba cuts, built synonym tables) goes to a folder of the test run, never the user's."""
    import os

    os.environ["YITAOBIAO_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(autouse=True)
def _in_its_own_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test runs in a folder of its own: scan keeps its history in ./.yitaobiao, and a test that runs the CLI
    without changing folder had written it into the checkout (test_notice's one-form notice)."""
    monkeypatch.chdir(tmp_path)
