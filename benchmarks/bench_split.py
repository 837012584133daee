"""Benchmark of ``yitaobiao split`` (a script, not a timed test).

    python benchmarks/bench_split.py FORMS_DIR 300     # N records in every record sheet of the 一套表

Scans and merges the templates in FORMS_DIR (the real templates are the measure), fills every record sheet of
the 一套表 (themed parts included, identity columns repeated so the parts join) with N generated records and
the indicator sheet with numbers, then times ``yitaobiao split`` as the clerk runs it (a separate process,
GNU time for peak memory).
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from yitaobiao.mapping import Mapping, MappingItem
from yitaobiao.merge import HEADER_ROW, INDICATORS, build_mapping, plan_merge, write_merged
from yitaobiao.scan import scan
from yitaobiao.split import _insert_rows_keeping_footer


def _value(item: MappingItem, n: int, rng: random.Random) -> Any:
    if item.selects:
        return "是" if rng.random() < 0.5 else "否"
    if item.rule == "id":
        return f"1101011990{n:04d}{n % 1000:03d}X"[:18]
    if item.rule == "date":
        return f"2020-01-{n % 28 + 1:02d}"
    if item.rule == "list" and item.options:
        return item.options[n % len(item.options)]
    if item.rule == "number":
        return rng.randint(1, 500)
    return f"{item.name[:6]}{n}"


def fill(path: Path, mapping: Mapping, records: int) -> int:
    """Fill the 一套表 at ``path``; returns the number of values written."""
    rng = random.Random(7)
    wb = load_workbook(path)
    written = 0
    first = HEADER_ROW + 1
    for record_sheet in mapping.record_sheets():
        values: list[dict[str, Any]] = [{} for _ in range(records)]
        for part in mapping.parts(record_sheet):
            ws = wb[part]
            _insert_rows_keeping_footer(ws, first + 20, max(0, records - 20))
            for item in mapping.sheet_items(part):
                for n in range(records):
                    key = item.joins or item.key
                    if key not in values[n]:
                        values[n][key] = _value(item, n, rng)
                    ws.cell(first + n, item.position).value = values[n][key]
                    written += 1
    if INDICATORS in wb.sheetnames:
        ws = wb[INDICATORS]
        for item in mapping.sheet_items(INDICATORS):
            for p in range(len(mapping.periods)):
                ws.cell(item.position, 4 + p).value = rng.randint(1, 9000)
                written += 1
    wb.save(path)
    return written


def main(forms_dir: Path, records: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        start = time.perf_counter()
        plan = plan_merge(scan(forms_dir))
        merged = root / "一套表.xlsx"
        write_merged(plan, merged)
        mapping = build_mapping(plan)
        mapping.save(root / "一套表.mapping.json")
        values = fill(merged, mapping, records)
        print(f"一套表 of {len(plan.columns)} items from {len(plan.result.forms)} forms, {records} records, "
              f"{values} values ({time.perf_counter() - start:.1f} s to prepare)")
        command = [sys.executable, "-m", "yitaobiao.cli", "split", str(merged), "--forms", str(forms_dir),
                   "--output", str(root / "out"), "-q"]
        start = time.perf_counter()
        timed = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        peak = next((line.split(":")[1].strip() for line in timed.stderr.splitlines() if "Maximum resident" in line), "?")
        outputs = sum(1 for p in (root / "out").rglob("*") if p.is_file())
        if timed.returncode:
            print(timed.stdout[-1500:], timed.stderr[-1500:])
        print(f"split: {elapsed:.1f} s wall, {outputs} files written, peak RSS "
              f"{int(peak) // 1024 if peak.isdigit() else peak} MB (largest process), exit {timed.returncode}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 300)
