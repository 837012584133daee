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
