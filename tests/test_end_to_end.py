"""End to end on sample_forms/: counts worked out by hand from scripts/make_sample_forms.py.

13 forms and 104 fields. The 59 data items: 姓名, 性别 and 公民身份号码 of the person (8 forms each),
户主姓名 (3), 所属村 (4), 所属乡镇 (2), 联系电话 (4), 出生日期 (4), 学校名称 (2), 监护人姓名 (3),
监护人联系电话 (3), 现住址 (2), 户籍人口 (2), 户籍地址 (2), 民族 (2), 家庭人口数 (2), 家庭年收入 (2),
人均年收入 (2) and 41 items asked once. (104 − 59) / 104 = 43.3 %.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from yitaobiao.scan import scan
from yitaobiao.stats import summarise


def test_sample_forms_rate(sample_forms: Path) -> None:
    result = scan(sample_forms)
    summary = summarise(result)
    assert (summary.forms, summary.fields, summary.concepts, summary.departments) == (13, 104, 60, 10)
    assert round(summary.duplicate_rate, 3) == 0.423
    sizes = sorted((len(c.field_ids) for c in result.concepts), reverse=True)
    assert sizes[:3] == [8, 8, 8]
    assert sizes.count(1) == 42


def test_the_readmes_notice_is_what_the_scan_of_sample_forms_says(sample_forms: Path) -> None:
    """The README shows the notice a clerk gets from sample_forms; its 「224项次减为184项次」 had gone stale. Each part
    of the example between its 「……」 is a part of today's sentence."""
    from yitaobiao.notice import notice_paragraph, region_from

    result = scan(sample_forms)
    text = notice_paragraph(summarise(result), period="2026年第三季度",
                            region=region_from([form.title for form in result.forms], str(sample_forms)))
    readme = (sample_forms.parent / "README.md").read_text(encoding="utf-8")
    shown = next(line for line in readme.splitlines() if line.startswith("2026年第三季度，"))
    assert all(part in text for part in shown.split("……")), (shown, text)


def test_look_alikes_stay_apart(sample_forms: Path) -> None:
    result = scan(sample_forms)
    by_label = {}
    for f in result.fields:
        by_label.setdefault(f.clean_label, set()).add(f.concept_id)
    for a, b in [("出生日期", "死亡日期"), ("户籍人口", "常住人口"), ("60岁及以上老年人口", "80岁及以上老年人口"),
                 ("户籍户数", "户籍人口"), ("耕地面积", "撂荒面积")]:
        assert not by_label[a] & by_label[b], (a, b)


def test_the_report_counts_a_forms_items_as_the_terminal_and_the_advice_do(tmp_path: Path) -> None:
    """One form asking 姓名 of 成员1 and 成员2 asks one item: the report's 汇总 said 23 where the 报表清单 said 8
    (helper-39)."""
    from openpyxl import load_workbook

    from yitaobiao.report import write_report
    from yitaobiao.scan import scan
    from yitaobiao.stats import summarise
    from yitaobiao.testing import list_rows, write_xlsx

    rows, merges = list_rows("家庭户内信息表", ["户主姓名", ("成员1", ["姓名", "性别"]), ("成员2", ["姓名", "性别"])])
    write_xlsx(tmp_path / "forms" / "公安局" / "户内.xlsx", [("Sheet1", rows, merges)])
    rows, merges = list_rows("人员花名册", ["姓名", "性别", "联系电话"])
    write_xlsx(tmp_path / "forms" / "民政局" / "花名册.xlsx", [("Sheet1", rows, merges)])
    result = scan(tmp_path / "forms")
    summary = summarise(result)
    write_report(result, summary, tmp_path / "报告.xlsx")
    rows = list(load_workbook(tmp_path / "报告.xlsx")["汇总"].iter_rows(values_only=True))
    start = next(n for n, row in enumerate(rows) if row[0] == "部门｜报表")
    shown = {row[0]: row[1] for row in rows[start + 1:] if row[0]}
    assert shown["公安局｜家庭户内信息表"] == 3 == next(a.items for a in summary.advice if a.title == "家庭户内信息表")


def test_the_readmes_merge_and_explain_examples_are_what_the_tool_prints(sample_forms: Path, tmp_path: Path,
                                                                          monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """wf122, wf132: the README's merge example said 「人员 37 项，户 11 项 … 92 个原字段 → 66 列/行」 where sample_forms gives
    31, 14 and 63, and an explain example 0.54 where the tool prints 0.55. Each example's lines are lines the tool prints
    today (「…」 stands for lines left out)."""
    import shutil

    from typer.testing import CliRunner

    from yitaobiao.cli import app

    readme = (sample_forms.parent / "README.md").read_text(encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    shutil.copytree(sample_forms, tmp_path / "sample_forms")
    runner = CliRunner()
    assert runner.invoke(app, ["scan", "sample_forms", "-q"]).exit_code == 0
    blocks = re.findall(r"```console\n(.*?)```", readme, re.S)
    checked = 0
    for block in blocks:
        for command, shown in re.findall(r"^\$ yitaobiao (merge|explain [^\n#]*?)\s*(?:#[^\n]*)?\n((?:(?!\$ )[^\n]*\n)*)", block, re.M):
            if command == "merge":
                printed = runner.invoke(app, ["merge", "--force"]).output
            else:
                printed = runner.invoke(app, shlex.split(command)).output
            lines = [line for line in shown.splitlines() if line.strip() and line.strip() != "…"]
            assert all(line in printed.splitlines() for line in lines), (command, lines, printed)
            checked += 1
    assert checked >= 4, checked
