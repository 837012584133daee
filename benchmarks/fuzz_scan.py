"""The large fuzz run of issue 10: mutated and hand-made hostile templates, scanned as a clerk would.

    python benchmarks/fuzz_scan.py [ROUNDS] [FILES_PER_ROUND]

Each round writes a corpus (tests/hostile.py: bit flips, truncation, zip methods, spliced blocks, mangled
names, plus one of each hand-made case; round 0 with the big cases: 100 MB line, a million rows, a zip
member lying about 1 GB), runs ``scan --json --report --review`` and ``merge`` in a subprocess, and
checks: no traceback, no abort, every input named once, inputs unchanged, no formula in any output.
Prints one line per round and a summary with cases, failures, the slowest file time bound and the peak
memory of any process.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import hostile  # noqa: E402

CLI = [sys.executable, "-c", "from yitaobiao.cli import run; run()"]
# GNU time measures the largest process of each command's own tree (the scan and its reading workers).
TIME = Path("/usr/bin/time")


def _read_rss(work: Path) -> float:
    try:
        return int((work / "rss.txt").read_text().split()[-1]) / 1024
    except (OSError, ValueError, IndexError):
        return 0.0


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 18
    per_round = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    totals = {"cases": 0, "tracebacks": 0, "aborts": 0, "timeouts": 0, "crashed": 0, "unaccounted": 0,
              "inputs_changed": 0, "formula_cells": 0, "read": 0, "failed": 0}
    slowest = peak = 0.0
    for seed in range(rounds):
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            folder = work / "forms"
            written = hostile.make_corpus(folder, seed=seed, n=per_round, big=seed == 0)
            before = hostile.fingerprint(folder)
            started = time.monotonic()
            env = {**os.environ, "COLUMNS": "200"}
            timer = ["/usr/bin/time", "-f", "%M", "-o", str(work / "rss.txt")] if TIME.exists() else []
            scan = subprocess.run([*timer, *CLI, "scan", str(folder), "--json", "out.json", "--report", "r.xlsx",
                                   "--review", "v.xlsx"], cwd=work, capture_output=True, text=True, env=env,
                                  timeout=1800)
            rss = _read_rss(work)
            merge = subprocess.run([*timer, *CLI, "merge", "-o", "m.xlsx"], cwd=work, capture_output=True, text=True,
                                   env=env, timeout=1800)
            elapsed = time.monotonic() - started
            peak = max(peak, rss, _read_rss(work))
            totals["cases"] += len(written)
            runs = (scan, merge)
            totals["tracebacks"] += sum(any(mark in r.stderr + r.stdout for mark in ("Traceback", "内部错误", "Error:"))
                                       for r in runs)
            totals["aborts"] += sum(r.returncode not in (0, 1) for r in runs)
            line = f"round {seed:3d}: {len(written)} files, {elapsed:5.1f} s, scan rc={scan.returncode} merge rc={merge.returncode}"
            if (work / "out.json").exists():
                catalog = json.loads((work / "out.json").read_text(encoding="utf-8"))
                problems = hostile.named_once(catalog, written)
                totals["unaccounted"] += len(problems)
                codes = [f["code"] for f in catalog["findings"]]
                totals["timeouts"] += codes.count("timeout")
                totals["crashed"] += codes.count("crashed")
                totals["read"] += catalog["files"]["read"]
                totals["failed"] += catalog["files"]["failed"]
                line += f", read {catalog['files']['read']}, failed {catalog['files']['failed']}"
                if problems:
                    line += f", UNACCOUNTED {problems[:3]}"
            totals["inputs_changed"] += hostile.fingerprint(folder) != before
            for name in ("r.xlsx", "v.xlsx", "m.xlsx"):
                if (work / name).exists():
                    totals["formula_cells"] += len(hostile.formula_cells(work / name))
            slowest = max(slowest, elapsed)
            print(line, flush=True)
            if scan.returncode not in (0, 1) or "Traceback" in scan.stderr:
                print(scan.stderr[-2000:])
    if not TIME.exists():  # less exact: a forked child counts its parent's pages until it execs
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print("summary: " + " ".join(f"{k}={v}" for k, v in totals.items())
          + f" slowest_round={slowest:.1f}s peak_process_rss={peak:.0f}MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
