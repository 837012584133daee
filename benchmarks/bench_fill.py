"""Benchmark of ``yitaobiao fill`` (a script, not a timed test).

    python benchmarks/bench_fill.py 100000 20     # N person records spread over F filled forms

Generates F person rosters (each asks 姓名, 公民身份号码 and a few of its own items) filled with N/F rows drawn
from a pool of people, so that most people appear in several forms; merges them into a 一套表, then times
``yitaobiao fill`` as the clerk runs it (a separate process, measured with GNU time for peak memory).
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from yitaobiao.fill import check_digit
from yitaobiao.merge import build_mapping, plan_merge, write_merged
from yitaobiao.scan import scan
from yitaobiao.testing import list_rows, write_xlsx

EXTRA = ["性别", "出生日期", "联系电话", "现住址", "民族", "家庭年收入（元）", "残疾类别", "就业状态", "学校名称", "务工地点",
         "健康状况", "慢病类型", "银行账号", "开户银行", "文化程度", "婚姻状况", "政治面貌", "户籍地址", "工作单位", "职业"]


def person_id(n: int) -> str:
    """A valid, unique 公民身份号码 for person n (birth date and sequence number spread from n)."""
    days, seq = divmod(n, 1000)
    base = f"330101{1940 + days % 70}{days // 70 % 12 + 1:02d}{days // 840 % 28 + 1:02d}{seq:03d}"
    return base + check_digit(base)


def main(records: int, forms: int) -> None:
    rng = random.Random(5)
    pool = max(1, records // 3)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        templates, filled = root / "forms", root / "filled"
        layouts = []
        for k in range(forms):
            labels = ["姓名", "公民身份号码", *rng.sample(EXTRA, 4)]
            rows, merges = list_rows(f"测试台账{k}", labels)
            write_xlsx(templates / f"部门{k}" / f"台账{k}.xlsx", [("Sheet1", rows, merges)])
            layouts.append((labels, rows))
        plan = plan_merge(scan(templates))
        merged = root / "一套表.xlsx"
        write_merged(plan, merged)
        build_mapping(plan).save(root / "一套表.mapping.json")
        start = time.perf_counter()
        per_form = records // forms
        for k, (labels, rows) in enumerate(layouts):
            wb = Workbook(write_only=True)
            ws = wb.create_sheet("Sheet1")
            for row in rows[:4]:
                ws.append(row)
            for n in range(per_form):
                who = rng.randrange(pool)
                ws.append([n + 1, f"人{who}", person_id(who), *(f"{label[:2]}{who}" for label in labels[2:])])
            (filled / f"部门{k}").mkdir(parents=True, exist_ok=True)
            wb.save(filled / f"部门{k}" / f"台账{k}.xlsx")
        print(f"generated {per_form * forms} records in {forms} filled forms ({time.perf_counter() - start:.1f} s)")
        command = [sys.executable, "-m", "yitaobiao.cli", "fill", str(merged), "--from", str(filled), "-o",
                   str(root / "预填.xlsx"), "-q"]
        start = time.perf_counter()
        timed = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        peak = next((line.split(":")[1].strip() for line in timed.stderr.splitlines() if "Maximum resident" in line), "?")
        print(timed.stdout.strip().splitlines()[-1] if timed.stdout.strip() else timed.stderr[-500:])
        print(f"fill: {elapsed:.1f} s wall, peak RSS {int(peak) // 1024 if peak.isdigit() else peak} MB (largest process)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000, int(sys.argv[2]) if len(sys.argv) > 2 else 20)
