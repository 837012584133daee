"""Benchmarks (scripts, not timed tests).

    python benchmarks/bench_scan.py read 1000        # generate N small templates, time reading + layout
    python benchmarks/bench_scan.py match 20000      # N distinct synthetic labels, time matching
    python benchmarks/bench_scan.py realistic 50000  # N distinct labels in government wording: time, memory
    python benchmarks/bench_scan.py big 100000       # one filled sheet of N rows: time and peak memory
    python benchmarks/bench_scan.py whole 1000       # N templates: the whole `scan --json --report` as the
                                                     # clerk runs it (a process, GNU time), against the
                                                     # calamine floor (header rows + merges of every sheet)
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from yitaobiao.match import match_fields
from yitaobiao.model import Field
from yitaobiao.scan import scan_folder
from yitaobiao.testing import list_rows, write_csv, write_xlsx

WORDS = ["户籍", "常住", "低保", "特困", "残疾", "老年", "儿童", "学生", "劳动力", "务工", "收入", "补贴", "面积", "耕地",
         "住房", "医保", "养老", "家庭", "监测", "帮扶", "集体", "经营", "转移", "灾害", "房屋", "资金", "项目", "培训"]
TAILS = ["人数", "户数", "金额", "面积", "类型", "情况", "日期", "地址", "名称", "编号", "标准", "次数"]


def bench_read(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        rng = random.Random(1)
        for i in range(n):
            header = rng.sample(["姓名", "性别", "身份证号", "出生日期", "联系电话", "现住址", "民族", "备注", "年龄"], 6)
            rows, merges = list_rows(f"测试表{i}", [("基本情况", header[:3]), *header[3:]])
            if i % 4 == 0:
                write_csv(root / f"部门{i % 8}" / f"表{i}.csv", rows)
            else:
                write_xlsx(root / f"部门{i % 8}" / f"表{i}.xlsx", [("Sheet1", rows, merges)])
        start = time.perf_counter()
        result = scan_folder(root)
        elapsed = time.perf_counter() - start
    print(f"read+layout {n} files: {elapsed:.2f} s, {n / elapsed:.0f} files/s, {len(result.fields)} fields")


def _make_templates(root: Path, n: int) -> None:
    rng = random.Random(1)
    pool = ["姓名", "性别", "身份证号", "出生日期", "联系电话", "现住址", "民族", "备注", "年龄", "户籍地址", "文化程度",
            "家庭人口数", "家庭年收入（元）", "残疾类别", "就业状态", "与户主关系", "所属村", "监护人姓名"]
    for i in range(n):
        header = rng.sample(pool, 8)
        rows, merges = list_rows(f"测试表{i}", [("基本情况", header[:3]), *header[3:]])
        if i % 4 == 0:
            write_csv(root / f"部门{i % 8}" / f"表{i}.csv", rows)
        else:
            write_xlsx(root / f"部门{i % 8}" / f"表{i}.xlsx", [("Sheet1", rows, merges)])


def _floor(root: Path) -> float:
    """python-calamine reading the header rows and merged ranges of every sheet: the reading floor."""
    import csv

    import python_calamine

    start = time.perf_counter()
    for path in sorted(root.rglob("*")):
        if path.suffix == ".xlsx":
            book = python_calamine.CalamineWorkbook.from_path(str(path))
            for name in book.sheet_names:
                sheet = book.get_sheet_by_name(name)
                sheet.to_python(nrows=40)
                _ = sheet.merged_cell_ranges
        elif path.suffix == ".csv":
            with path.open(encoding="utf-8-sig") as fh:
                list(csv.reader(fh))
    return time.perf_counter() - start


def bench_whole(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "forms"
        _make_templates(root, n)
        floors = sorted(_floor(root) for _ in range(3))
        runs = []
        for _ in range(3):
            out = Path(tmp) / "out"
            start = time.perf_counter()
            done = subprocess.run(["/usr/bin/time", "-v", sys.executable, "-m", "yitaobiao.cli", "scan", str(root),
                                   "--json", str(out / "s.json"), "--report", str(out / "r.xlsx"), "--force", "-q"],
                                  capture_output=True, text=True, cwd=tmp)
            wall = time.perf_counter() - start
            peak = next((int(line.split(":")[1]) for line in done.stderr.splitlines() if "Maximum resident" in line), 0)
            runs.append((wall, peak))
        walls = sorted(w for w, _ in runs)
        print(f"{n} templates: scan --json --report min {walls[0]:.2f} s / median {walls[1]:.2f} s / max {walls[2]:.2f} s, "
              f"peak RSS {max(p for _, p in runs) // 1024} MB (largest process); calamine floor min {floors[0]:.2f} s "
              f"({walls[0] / floors[0]:.0f}× floor)")


def bench_match(n: int) -> None:
    rng = random.Random(2)
    labels: set[str] = set()
    while len(labels) < n:
        labels.add("".join(rng.sample(WORDS, rng.randint(1, 3))) + rng.choice(TAILS) + (str(rng.randint(1, 99)) if rng.random() < .2 else ""))
    fields = [Field(id=f"F{i}.1", form_id=f"F{i}", path="x.xlsx", sheet="S", cell="A1", label=label,
                    header_path=[label]) for i, label in enumerate(sorted(labels))]
    start = time.perf_counter()
    result = match_fields(fields)
    elapsed = time.perf_counter() - start
    print(f"match {n} distinct labels: {elapsed:.2f} s, {len(result.concepts)} concepts")


def realistic_labels(n: int, seed: int = 3) -> list[str]:
    """N distinct labels as government templates word them: the synonym table's aliases, combined with whose
    they are (监护人, 户主 …), periods and states (本月, 累计, 新增), breakdowns (其中：男), age bands and units."""
    import yaml

    root = Path(__file__).resolve().parent.parent
    table = yaml.safe_load((root / "field_synonyms.yaml").read_text("utf-8"))
    bases: list[str] = []
    for items in table["concepts"].values():
        for name, spec in items.items():
            bases.append(name)
            aliases = spec.get("aliases", []) if isinstance(spec, dict) else spec or []
            bases.extend(a for a in aliases if isinstance(a, str))
    bases = list(dict.fromkeys(bases))
    roles = ["", "", "", "监护人", "户主", "配偶", "父亲", "母亲", "申请人", "联系人", "法定代表人", "家庭成员"]
    periods = ["", "", "本月", "本季", "本年累计", "上年同期", "新增", "减少", "计划", "已投入"]
    breakdowns = ["", "", "", "其中：男", "其中：女", "其中：60岁以上", "其中：80岁以上", "其中：低保户", "有劳动能力"]
    units = ["", "", "（人）", "（户）", "（元）", "（万元）", "（亩）", "（个）"]
    rng = random.Random(seed)
    labels: dict[str, None] = {}
    while len(labels) < n:
        parts = [rng.choice(roles), rng.choice(bases), rng.choice(units)]
        head = rng.choice(periods)
        tail = rng.choice(breakdowns)
        label = "".join(parts)
        if head:
            label = f"{head}{label}"
        if tail:
            label = f"{label}›{tail}" if rng.random() < 0.5 else f"{tail.removeprefix('其中：')}{label}"
        if rng.random() < 0.1:
            label += str(rng.randint(1, 12))
        labels[label] = None
    return list(labels)


def bench_realistic(n: int) -> None:
    labels = realistic_labels(n)
    fields = []
    for i, label in enumerate(labels):
        path = label.split("›")
        fields.append(Field(id=f"F{i // 20}.{i % 20 + 1}", form_id=f"F{i // 20}", path="x.xlsx", sheet="S", cell="A1",
                            label=path[-1], header_path=path))
    start = time.perf_counter()
    result = match_fields(fields)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"match {n} realistic labels: {elapsed:.2f} s, {len(result.concepts)} items, "
          f"{len(result.near_misses)} near misses kept, peak RSS {peak:.0f} MB")


def bench_big(n: int) -> None:
    from openpyxl import Workbook

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.xlsx"
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("花名册")
        ws.append(["某县花名册"])
        ws.append(["序号", "姓名", "性别", "身份证号", "出生日期", "住址", "电话", "备注"])
        for i in range(n):
            ws.append([i + 1, f"张{i}", "男", "110101199001011234", "1990-01-01", "某村某组", 13800000000 + i, ""])
        wb.save(path)
        # Read in a fresh process so the peak memory is the reader's alone.
        code = ("import sys,time;from yitaobiao.scan import scan_folder;t=time.perf_counter();"
                "r=scan_folder(sys.argv[1]);print(f'{time.perf_counter()-t:.2f} s, {len(r.fields)} fields')")
        start = time.perf_counter()
        line = subprocess.run([sys.executable, "-c", code, str(path)], check=True, capture_output=True, text=True).stdout
        wall = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"filled sheet of {n} rows ({path.stat().st_size if path.exists() else 0}): scan {line.strip()}, "
          f"process {wall:.2f} s, peak RSS {peak / 1024:.0f} MB")


if __name__ == "__main__":
    kind, count = sys.argv[1], int(sys.argv[2])
    {"read": bench_read, "match": bench_match, "realistic": bench_realistic, "big": bench_big,
     "whole": bench_whole}[kind](count)
