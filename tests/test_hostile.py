"""Hostile and broken input (a small seeded sample of the fuzz harness; the large run is
benchmarks/fuzz_scan.py): the scan goes on, names every file once, changes no input, and no output
holds a formula."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from yitaobiao.guard import WALL_FACTOR, GuardedPool

sys.path.insert(0, str(Path(__file__).resolve().parent))
import hostile  # noqa: E402

CLI = [sys.executable, "-c", "from yitaobiao.cli import run; run()"]


def run(args: list[str], cwd: Path, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run([*CLI, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[bytes]]:
    folder = tmp_path_factory.mktemp("hostile") / "报表"
    return folder, hostile.make_corpus(folder, seed=20261122, n=40)


def test_scan_of_a_hostile_folder_goes_on_and_names_every_file_once(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder, written = corpus
    before = hostile.fingerprint(folder)
    done = run(["scan", str(folder), "--json", "out.json", "--report", "报告.xlsx", "--review", "审核表.xlsx"], tmp_path)
    assert "Traceback" not in done.stderr + done.stdout, done.stderr[-3000:]
    assert done.returncode == 0, done.stderr[-3000:]
    catalog = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert hostile.named_once(catalog, written) == []
    assert catalog["files"]["read"] >= 4  # the good files in the mix are read
    assert hostile.fingerprint(folder) == before
    for finding in catalog["findings"]:
        assert not any(word in finding["message"] for word in ("Error", "error", "magic", "/tmp/")), finding
    merged = run(["merge", "-o", "一套表.xlsx"], tmp_path)
    assert merged.returncode == 0 and "内部错误" not in merged.stderr, merged.stderr[-3000:]
    for name in ("报告.xlsx", "审核表.xlsx", "一套表.xlsx"):
        assert hostile.formula_cells(tmp_path / name) == [], name


def test_formula_like_labels_stay_text(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "标签.xlsx").write_bytes(hostile.hand_made()["formula-labels.xlsx"])
    (folder / "标签.csv").write_bytes(hostile.hand_made()["formula-labels.csv"])
    done = run(["scan", str(folder), "--report", "报告.xlsx", "--review", "审核表.xlsx"], tmp_path)
    assert done.returncode == 0, done.stderr
    explained = run(["explain", "[/dim]姓名[bold]", "姓名"], tmp_path)
    assert explained.returncode == 0 and "[/dim]姓名[bold]" in explained.stdout  # markup is printed as written
    assert run(["merge", "-o", "一套表.xlsx"], tmp_path).returncode == 0
    for name in ("报告.xlsx", "审核表.xlsx", "一套表.xlsx"):
        assert hostile.formula_cells(tmp_path / name) == [], name


def test_output_that_cannot_be_written_is_one_line(tmp_path: Path, sample_forms: Path) -> None:
    (tmp_path / "报告.xlsx").mkdir()
    done = run(["scan", str(sample_forms), "--report", "报告.xlsx", "--force"], tmp_path)
    assert done.returncode == 3
    assert "Traceback" not in done.stderr and "报告.xlsx" in done.stderr


def _crash(_: object) -> None:
    import signal

    os.kill(os.getpid(), signal.SIGKILL)  # what a native abort or the OOM killer does to the worker


def _spin(_: object) -> None:
    while True:  # what a parser caught in a loop by a booby-trapped file does
        pass


def _sleep(seconds: float) -> float:
    import time

    time.sleep(seconds)
    return seconds


def _allocate(_: object) -> None:
    bytearray(4 * 1024 * 1024 * 1024)


def _echo(value: object) -> object:
    return value


@pytest.mark.parametrize(("job", "code"), [(_crash, "crashed"), (_spin, "timeout"), (_allocate, "unreadable")])
def test_guard_survives_crash_hang_and_memory_blowup(job, code: str) -> None:  # type: ignore[no-untyped-def]
    outcomes = list(GuardedPool(job, workers=1, timeout=2, memory_mb=512).run([1]))
    assert len(outcomes) == 1 and outcomes[0].code == code and outcomes[0].reason


def test_the_budget_is_the_time_a_file_costs_and_the_clock_bounds_a_wait() -> None:
    """A worker that waits (for a busy machine's processor, a slow drive) is not charged for it up to
    WALL_FACTOR times the budget, so a small template is not skipped as too large because other jobs ran;
    a worker that waits on and on is still stopped."""
    assert WALL_FACTOR * 0.5 > 1.0
    assert [(o.value, o.reason) for o in GuardedPool(_sleep, workers=1, timeout=0.5).run([1.0])] == [(1.0, None)]
    started = time.monotonic()
    stuck = list(GuardedPool(_sleep, workers=1, timeout=0.5).run([30.0]))
    assert [o.code for o in stuck] == ["timeout"] and time.monotonic() - started < 10
    # (wf129: a file stopped by the clock, its own work short, is no file too large: the line says the machine was busy)
    assert "繁忙" in (stuck[0].reason or "") and "已损坏" not in (stuck[0].reason or "")
    spun = list(GuardedPool(_spin, workers=1, timeout=1).run([1]))
    assert "已损坏" in (spun[0].reason or "") and "繁忙" not in (spun[0].reason or "")


def test_guard_keeps_order_and_replaces_dead_workers() -> None:
    outcomes = list(GuardedPool(_echo, workers=2).run(list(range(20))))
    assert [o.value for o in outcomes] == list(range(20))


def _bad_at(value: int) -> int:
    import os
    import time

    if value == 5:
        os._exit(3)  # a native crash, in the middle of a worker's batch
    if value == 9:
        while True:  # a hang, later in the batch
            time.time()
    return value * 10


def test_a_crash_or_hang_inside_a_batch_costs_that_file_alone() -> None:
    """Workers take files in batches: the file that crashed or hung is named, and the rest of its batch is
    read by a fresh worker, every outcome in order."""
    outcomes = list(GuardedPool(_bad_at, workers=1, timeout=1.5).run(list(range(40))))
    assert [o.index for o in outcomes] == list(range(40))
    assert [(o.index, o.code) for o in outcomes if o.reason] == [(5, "crashed"), (9, "timeout")]
    assert all(o.value == o.index * 10 for o in outcomes if not o.reason)


def _allocate_some(_: object) -> int:
    return len(bytearray(64 * 1024 * 1024))


def test_the_memory_limit_is_on_top_of_what_the_parent_had_mapped() -> None:
    """A worker forked from a process that has already mapped more than the limit (a long test run, a
    library caller holding a big scan) still has its full budget; a runaway allocation still fails."""
    import mmap

    reserved = mmap.mmap(-1, 1024 * 1024 * 1024)  # address space, not memory: never touched
    try:
        pool = GuardedPool(_allocate_some, workers=1, memory_mb=256)
        assert [o.value for o in pool.run([1])] == [64 * 1024 * 1024]
        assert list(GuardedPool(_allocate, workers=1, memory_mb=256).run([1]))[0].code == "unreadable"
    finally:
        reserved.close()


def test_an_output_named_as_a_device_or_a_link_is_refused_even_with_force(tmp_path: Path, sample_forms: Path) -> None:
    (tmp_path / "shared.json").write_text("{}", encoding="utf-8")
    (tmp_path / "link.json").symlink_to(tmp_path / "shared.json")
    for target in ("link.json", "/dev/null"):
        done = run(["scan", str(sample_forms), "--json", target, "--force", "-q"], tmp_path)
        assert done.returncode == 3 and "不是普通文件" in done.stderr and "Traceback" not in done.stderr
    assert (tmp_path / "link.json").is_symlink() and (tmp_path / "shared.json").read_text(encoding="utf-8") == "{}"
    assert Path("/dev/null").is_char_device()
