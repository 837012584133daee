"""Benchmarks (scripts, not timed tests).

    python benchmarks/bench_scan.py read 1000        # generate N small templates, time reading + layout
    python benchmarks/bench_scan.py match 20000      # N distinct synthetic labels, time matching
    python benchmarks/bench_scan.py realistic 50000  # N distinct labels in government wording: time, memory,
                                                     # candidate pairs, items, near misses kept
    python benchmarks/bench_scan.py realistic-growth 200000  # the same at 5k, 20k, 50k, 200k (up to N), each
                                                     # twice in a fresh process: min time, growth per step
    python benchmarks/bench_scan.py big 100000       # one filled sheet of N rows: time and peak memory
    python benchmarks/bench_scan.py whole 1000       # N templates: the whole `scan --json --report` as the
                                                     # clerk runs it (a process, GNU time), against the
                                                     # calamine floor (header rows + merges of every sheet)
    python benchmarks/bench_scan.py merge 10000      # N templates scanned once, then `merge` timed 3 times
"""

from __future__ import annotations

import random
import re
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
    """Reading + layout (scan_folder: the guarded workers on every core, no matching) against the calamine
    floor on one core, both the minimum of 3 runs in this process, interleaved so drift hits both alike. The
    cycle collector is set as the command sets it."""
    try:
        from yitaobiao.cli import fewer_collections
    except ImportError:  # a build from before fewer_collections: compared as it ran
        pass
    else:
        fewer_collections()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "forms"
        _make_templates(root, n)
        scan_folder(root)  # warm: imports, regexes, the OS's file cache
        scans, floors = [], []
        for _ in range(3):
            start = time.perf_counter()
            result = scan_folder(root)
            scans.append(time.perf_counter() - start)
            floors.append(_floor(root))
    best, floor = min(scans), min(floors)
    print(f"read+layout {n} files: min {best:.2f} s ({n / best:.0f} files/s, {len(result.fields)} fields); "
          f"calamine floor min {floor:.2f} s ({n / floor:.0f} files/s); rate {floor / best:.0%} of the floor's")


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


def _compile_package() -> None:
    """Byte-compile the package as ``pip install`` does: with PYTHONDONTWRITEBYTECODE set (as on the build
    machine) an editable checkout is compiled from source at every start, 0.1 s that no clerk pays."""
    import compileall

    import yitaobiao

    compileall.compile_dir(str(Path(yitaobiao.__file__).parent), quiet=1)


def bench_whole(n: int) -> None:
    _compile_package()
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


def _timed(command: list[str], cwd: str) -> tuple[float, int]:
    """Wall time and peak RSS (MB, largest process) of one command run as the clerk runs it."""
    start = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True, cwd=cwd)
    wall = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(done.stderr[-2000:])
    peak = next((int(line.split(":")[1]) for line in done.stderr.splitlines() if "Maximum resident" in line), 0)
    return wall, peak // 1024


def bench_merge(n: int) -> None:
    _compile_package()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "forms"
        _make_templates(root, n)
        _timed([sys.executable, "-m", "yitaobiao.cli", "scan", str(root), "-q"], tmp)
        runs = sorted(_timed([sys.executable, "-m", "yitaobiao.cli", "merge", "-o", str(Path(tmp) / "一套表.xlsx"),
                              "--force", "-q"], tmp) for _ in range(3))
        print(f"{n} templates: merge min {runs[0][0]:.2f} s / median {runs[1][0]:.2f} s / max {runs[2][0]:.2f} s, "
              f"peak RSS {max(p for _, p in runs)} MB")


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


# Wording of real county templates that the synonym table does not hold: indicators of statistical
# reports (subjects × what is counted), group headers they sit under, numbering and layout noise.
SUBJECTS = ["生猪", "能繁母猪", "牛", "羊", "鸡", "鸭", "禽蛋", "小麦", "玉米", "水稻", "蔬菜", "水果", "茶叶", "桑园",
            "贫困户", "脱贫户", "监测对象", "低保对象", "特困人员", "残疾人", "留守儿童", "困境儿童", "党员", "村干部",
            "在校学生", "新党员", "村集体", "合作社", "企业", "农户", "学校", "卫生室", "危房", "道路", "饮水工程"]
# What is counted, with the units a template writes it in ("" : none written).
MEASURES: dict[str, list[str]] = {
    "存栏": ["", "（头/只）", "（头）", "（只）"], "出栏": ["", "（头/只）", "（头）"], "产量": ["", "（吨）", "百公斤", "（公斤）"],
    "播种面积": ["", "（亩）", "（公顷）"], "种植面积": ["", "（亩）", "（万亩）"], "面积": ["（亩）", "（平方米）"],
    "户数": ["", "（户）", "(户)"], "总户数": ["", "（户）"], "改造户数": ["", "（户）"], "人数": ["", "（人）", "(人)"],
    "总人数": ["", "（人）"], "人口": ["", "（人）", "（万人）"], "受灾人数": ["", "（人）", "(人次)"], "新增人数": ["", "（人）"],
    "减少人数": ["", "（人）"], "参保人数": ["", "（人）"], "就业人数": ["", "（人）"], "外出务工人数": ["", "（人）"],
    "享受人数": ["", "（人）", "（人次）"], "死亡数": ["", "（头/只）", "（人）"], "收入": ["", "（元）", "（万元）"],
    "人均收入": ["", "（元）", "（元/人）"], "支出": ["", "（元）", "（万元）"], "补助金额": ["", "（元）", "（万元）"],
    "投入资金": ["", "（万元）", "（元）"], "到位资金": ["", "（万元）"], "发放金额": ["", "（元）", "（万元）"],
    "个数": ["", "（个）", "(个)"], "项目数": ["", "（个）"], "覆盖率": ["", "（%）"], "完成率": ["", "（%）"],
}
HEADERS = ["", "", "", "", "基本情况", "家庭情况", "帮扶资金", "区（县）", "单位", "分类", "村组织情况", "脱贫人口受灾情况",
           "监测对象受灾情况", "产业恢复", "住房安全保障", "就业保障", "本月存栏数量", "年末实有", "补充资料", "收支情况",
           "监护人情况", "户主情况", "家庭成员情况", "学生本人基本情况"]
NUMBERING = ["", "", "", "", "", "一、", "（二）", "3.", "（4）", "5、", "(一)", "其中："]
YEARS = ["2019年", "2020年", "2021年", "2022年", "2023年", "截至6月底", "1-9月", "第一季度"]


def realistic_labels(n: int, seed: int = 3) -> list[str]:
    """N distinct labels (with their group headers, joined by ›) as government templates word them.

    Two kinds, as in real templates: items of registers and cards (the synonym table's aliases, combined with
    whose they are — 监护人, 户主 … — periods and states — 本月, 累计, 新增 — breakdowns — 其中：男 — age bands,
    units and numbers), and indicators of statistical reports (a subject and what is counted of it —
    生猪 › 存栏, 脱贫户人均收入 — under group headers, with numbering, years, units and the spaces and line
    breaks of hand-laid headers)."""
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
        if rng.random() < 0.35:
            labels[_indicator_label(rng, periods, breakdowns)] = None
            continue
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


def _indicator_label(rng: random.Random, periods: list[str], breakdowns: list[str]) -> str:
    """A row or column of a statistical report: 「区（县）›（二）本月生猪存栏（头/只）」, 「牛›出栏」."""
    subject, measure = rng.choice(SUBJECTS), rng.choice(list(MEASURES))
    period = rng.choice(periods) if rng.random() < 0.4 else ""
    year = rng.choice(YEARS) if rng.random() < 0.15 else ""
    unit = rng.choice(MEASURES[measure])
    if rng.random() < 0.3:  # the subject as a group header: 牛 › 存栏
        path = [subject, f"{period}{measure}{unit}"]
    else:
        path = [f"{rng.choice(NUMBERING)}{year}{period}{subject}{measure}{unit}"]
    header = rng.choice(HEADERS)
    if header:
        path.insert(0, header)
    tail = rng.choice(breakdowns)
    if tail and rng.random() < 0.3:
        path.append(tail)
    if rng.random() < 0.05:  # hand-laid headers: 「减  少  学  生  数」, 「户主\n姓名」
        last = path[-1]
        path[-1] = ("  " if rng.random() < 0.5 else "\n").join(last[i:i + 2] for i in range(0, len(last), 2))
    if rng.random() < 0.05:
        path[-1] += str(rng.randint(1, 12))
    return "›".join(path)


def _realistic_fields(n: int) -> list[Field]:
    fields = []
    for i, label in enumerate(realistic_labels(n)):
        path = label.split("›")
        fields.append(Field(id=f"F{i // 20}.{i % 20 + 1}", form_id=f"F{i // 20}", path="x.xlsx", sheet="S", cell="A1",
                            label=path[-1], header_path=path))
    return fields


def _count_candidate_pairs() -> dict[str, int]:
    """Counts the candidate pairs the matcher's blocking hands to scoring (by wrapping candidate_pairs)."""
    import yitaobiao.match as match

    seen = {"pairs": 0}
    name = "candidate_index_pairs" if hasattr(match, "candidate_index_pairs") else "candidate_pairs"
    original = getattr(match, name)

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        pairs = original(*args, **kwargs)
        seen["pairs"] += len(pairs)
        return pairs

    setattr(match, name, counted)
    return seen


def bench_realistic(n: int) -> None:
    fields = _realistic_fields(n)
    seen = _count_candidate_pairs()
    start = time.perf_counter()
    result = match_fields(fields)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"match {n} realistic labels: {elapsed:.2f} s, {len(result.concepts)} items, "
          f"{seen['pairs']} candidate pairs, {len(result.near_misses)} near misses kept, peak RSS {peak:.0f} MB")


GROWTH_SIZES = (5_000, 20_000, 50_000, 200_000)


def bench_realistic_growth(n: int, repeat: int = 2) -> None:
    """The realistic benchmark at 5k, 20k, 50k and 200k labels (those up to N), each in a fresh process and
    run ``repeat`` times (the minimum time is reported; machines are noisy), with how each figure grows."""
    sizes = [s for s in GROWTH_SIZES if s <= n] or [n]
    rows = []
    pattern = re.compile(r": ([\d.]+) s, (\d+) items, (\d+) candidate pairs, (\d+) near misses kept, peak RSS (\d+) MB")
    for size in sizes:
        runs = []
        for _ in range(repeat):
            out = subprocess.run([sys.executable, __file__, "realistic", str(size)], check=True, capture_output=True,
                                 text=True).stdout
            found = pattern.search(out)
            if not found:
                raise SystemExit(f"unexpected output: {out}")
            runs.append(tuple(float(x) for x in found.groups()))
            print(out.strip(), flush=True)
        best = min(runs)
        rows.append((size, best[0], max(r[4] for r in runs), int(best[2]), int(best[1]), int(best[3])))
    print()
    print(f"{'labels':>8} {'time s':>8} {'×':>6} {'peak MB':>8} {'×':>6} {'cand. pairs':>12} {'×':>6} {'items':>7} "
          f"{'near misses':>11}")
    previous = None
    for row in rows:
        size, secs, peak, pairs, items, near = row
        grow = ("", "", "") if previous is None else (f"{secs / previous[1]:.1f}", f"{peak / previous[2]:.1f}",
                                                     f"{pairs / max(previous[3], 1):.1f}")
        print(f"{size:>8} {secs:>8.2f} {grow[0]:>6} {peak:>8.0f} {grow[1]:>6} {pairs:>12} {grow[2]:>6} {items:>7} "
              f"{near:>11}")
        previous = row


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
    if kind in ("match", "realistic", "realistic-growth"):
        # Hundreds of thousands of made-up labels must not fill (or be timed against) the clerk's token cache.
        import os

        os.environ.setdefault("YITAOBIAO_CACHE_DIR", tempfile.mkdtemp(prefix="yitaobiao-bench-cache-"))
    {"read": bench_read, "match": bench_match, "realistic": bench_realistic, "realistic-growth": bench_realistic_growth,
     "big": bench_big, "whole": bench_whole, "merge": bench_merge}[kind](count)
