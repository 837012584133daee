"""What changed in the templates since the last scan (helper-82: a new column, a renamed header and a form sent
as .xls in the second quarter, and the clerk was told none of it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from yitaobiao.changes import FormTemplate, template_changes
from yitaobiao.cli import app
from yitaobiao.scan import scan, scan_folder
from yitaobiao.testing import Header, list_rows, write_xls, write_xlsx


def _quarter(root: Path, roster: Header, births_as_xls: bool = False, old_form: bool = True) -> Path:
    write_xlsx(root / "民政局" / "低保.xlsx", [("Sheet1", *list_rows("低保名册", roster))])
    rows, merges = list_rows("婴儿出生花名册", ["母亲姓名", "子女姓名"])
    if births_as_xls:
        write_xls(root / "卫健局" / "出生.xls", "Sheet1", rows, merges)
    else:
        write_xlsx(root / "卫健局" / "出生.xlsx", [("Sheet1", rows, merges)])
    if old_form:
        write_xlsx(root / "人社局" / "务工.xlsx", [("Sheet1", *list_rows("务工人员台账", ["姓名", "务工地点"]))])
    return root


def test_added_renamed_and_moved_columns_a_new_format_and_forms_come_and_gone(tmp_path: Path) -> None:
    q1 = scan_folder(_quarter(tmp_path / "q1", ["姓名", "证件号码", "家庭人口"]))
    q2 = scan_folder(_quarter(tmp_path / "q2", ["姓名", "曾用名", "公民身份号码", "家庭人口"], births_as_xls=True,
                              old_form=False))
    said = {(c.kind, c.detail) for c in template_changes(q1, q2)}
    # (曾用名 inserted where 证件号码 stood, and 公民身份号码 one column on: no rename is claimed)
    assert said == {("added", "新增表头“曾用名”（C3）"), ("added", "新增表头“公民身份号码”（D3）"), ("removed", "删去表头“证件号码”（原C3）"),
                    ("format", "文件格式由 .xlsx 改为 .xls"), ("gone_form", "本次没有报表《务工人员台账》")}
    renamed = scan_folder(_quarter(tmp_path / "q3", ["姓名", "公民身份号码", "家庭人口"]))
    assert [(c.kind, c.detail) for c in template_changes(q1, renamed)] == [
        ("renamed", "表头“证件号码”改为“公民身份号码”（C3）")]
    assert template_changes(q1, q1) == []
    # (a wording in two cells, 姓名 of the person and of the guardian, moves nothing)
    twice = scan_folder(_quarter(tmp_path / "q4", [("本人", ["姓名", "本人联系电话"]), ("监护人", ["姓名", "电话"])]))
    again = scan_folder(_quarter(tmp_path / "q5", [("本人", ["姓名", "本人手机号码"]), ("监护人", ["姓名", "电话"])]))
    assert [(c.kind, c.detail) for c in template_changes(twice, again)] == [
        ("renamed", "表头“本人联系电话”改为“本人手机号码”（C4）")]
    # (wf54: a header is said as the template prints it, its full-width brackets kept)
    brackets = scan_folder(_quarter(tmp_path / "q6", ["姓名", "家庭人口（人）"]))
    assert "表头“证件号码”改为“家庭人口（人）”（C3）" in [c.detail for c in template_changes(q1, brackets)]



def test_a_renamed_header_over_columns_is_said(tmp_path: Path) -> None:
    """wf53: 「联系人电话 › 村、社区 | 本人或亲属」 renamed 「手机号码 › …」 in a second quarter went unsaid (only the leaf
    labels were compared), and its 村、社区 became a 所属村. A header over labels that stay is renamed once."""
    before = scan_folder(_quarter(tmp_path / "q1", ["姓名", ("联系人电话", ["村、社区", "本人或亲属"])]))
    after = scan_folder(_quarter(tmp_path / "q2", ["姓名", ("手机号码", ["村、社区", "本人或亲属"])]))
    assert [(c.kind, c.detail) for c in template_changes(before, after)] == [("renamed", "表头“联系人电话”改为“手机号码”（其下“村、社区”“本人或亲属”，C4–D4）")]
    write_xlsx(tmp_path / "q2" / "农业农村局" / "村级.xlsx", [("Sheet1", *list_rows("村级台账", ["所属村", "户数"]))])
    matched = scan(tmp_path / "q2")
    village = next(c for c in matched.concepts for f in matched.fields if f.id in c.field_ids and f.label == "村、社区")
    assert village.name != "所属村" and len(village.field_ids) == 1


def test_a_renamed_file_is_known_again_by_its_labels(tmp_path: Path) -> None:
    """wf13: 外出人员信息统计表.xlsx sent next quarter as 外出人员统计表（2027）.xlsx was a new form and a gone one, and
    现从事职业 becoming 从事行业 was never said. A file of the same folder and sheet asking mostly the same labels is
    the old one renamed; another folder's, or a different table, is not."""
    labels = ["姓名", "性别", "公民身份号码", "外出时间", "现从事职业", "联系电话"]
    write_xlsx(tmp_path / "q1" / "人社局" / "外出人员信息统计表.xlsx", [("Sheet1", *list_rows("外出人员信息统计表", labels))])
    write_xlsx(tmp_path / "q1" / "民政局" / "低保.xlsx", [("Sheet1", *list_rows("低保名册", ["姓名", "保障人数"]))])
    write_xlsx(tmp_path / "q2" / "人社局" / "外出人员统计表（2027）.xlsx",
               [("Sheet1", *list_rows("外出人员统计表", [*labels[:4], "从事行业", "联系电话"]))])
    write_xlsx(tmp_path / "q2" / "民政局" / "低保.xlsx", [("Sheet1", *list_rows("低保名册", ["姓名", "保障人数"]))])
    write_xlsx(tmp_path / "q2" / "民政局" / "特困.xlsx", [("Sheet1", *list_rows("特困人员名册", ["姓名", "供养方式"]))])
    said = [(c.path, c.kind, c.detail) for c in template_changes(scan_folder(tmp_path / "q1"), scan_folder(tmp_path / "q2"))]
    assert said == [("人社局/外出人员统计表（2027）.xlsx", "renamed_file", "文件由“外出人员信息统计表.xlsx”改名为“外出人员统计表（2027）.xlsx”"),
                    ("人社局/外出人员统计表（2027）.xlsx", "retitled", "标题由《外出人员信息统计表》改为《外出人员统计表》"),
                    ("人社局/外出人员统计表（2027）.xlsx", "renamed", "表头“现从事职业”改为“从事行业”（F3）"),
                    ("民政局/特困.xlsx", "new_form", "新增报表《特困人员名册》")]


def test_a_title_less_form_renamed_is_a_file_renamed_only() -> None:
    """wf67: student.xlsx, printing no title, sent as 2026年秋季学生资助名单.xlsx was said renamed and also 「标题由
    《student》改为《2026年秋季学生资助名单》」: the title shown was the file's name both times."""
    labels = {"A2": "姓名", "B2": "公民身份号码", "C2": "学校名称", "D2": "年级"}
    keep = FormTemplate("民政局/低保.xlsx", "Sheet1", "低保名册", {"A1": "姓名"})
    said = [c.kind for c in template_changes([keep, FormTemplate("教育局/student.xlsx", "Sheet1", "student", labels)],
                                             [keep, FormTemplate("教育局/2026年秋季学生资助名单.xlsx", "Sheet1",
                                                                 "2026年秋季学生资助名单", labels)])]
    assert said == ["renamed_file"]


def test_a_word_document_is_renamed_whole_or_not_at_all() -> None:
    """wf37: an abolished document and another district's like it were 「改名」 for three of four tables, the fourth
    「新增」 beside the old one's 「不再报送」: a file is renamed only when all its tables pair with one new file's."""
    def doc(name: str, second: list[str]) -> list[FormTemplate]:
        tables = [["姓名", "性别", "公民身份号码"], second, ["驾驶证号", "准驾车型", "有效期"]]
        return [FormTemplate(f"公安局/{name}.docx", f"表{n}", "驾驶证明", {f"A{i}": label for i, label in enumerate(labels, 1)})
                for n, labels in enumerate(tables, 1)]
    keep = FormTemplate("民政局/低保.xlsx", "Sheet1", "低保名册", {"A1": "姓名"})
    said = {(c.path, c.sheet, c.kind) for c in template_changes([keep, *doc("lh_644", ["车牌号", "车辆类型"])],
                                                                [keep, *doc("sm_277", ["违法时间", "违法地点"])])}
    assert said == {*{("公安局/sm_277.docx", f"表{n}", "new_form") for n in (1, 2, 3)},
                    *{("公安局/lh_644.docx", f"表{n}", "gone_form") for n in (1, 2, 3)}}
    said = {(c.sheet, c.kind) for c in template_changes([keep, *doc("lh_644", ["车牌号", "车辆类型"])],
                                                        [keep, *doc("lh_644（新）", ["车牌号", "车辆类型"])])}
    assert said == {(f"表{n}", "renamed_file") for n in (1, 2, 3)}


def test_the_scan_says_what_changed_since_the_last_scan_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    q1 = _quarter(tmp_path / "q1", ["姓名", "证件号码", "家庭人口"])
    q2 = _quarter(tmp_path / "q2", ["姓名", "公民身份号码", "家庭人口"])
    runner = CliRunner()
    first = runner.invoke(app, ["scan", str(q1), "--period", "2026Q1"])
    assert first.exit_code == 0 and "与上次扫描相比" not in first.stdout
    second = runner.invoke(app, ["scan", str(q2), "--period", "2026Q2", "--json", "out.json"])
    assert second.exit_code == 0 and "与2026年第一季度的扫描相比，报表模板有 1 处变化" in second.stdout
    assert "表头“证件号码”改为“公民身份号码”" in second.stdout
    assert '"kind":"renamed"' in (tmp_path / "out.json").read_text(encoding="utf-8")
    # and in the workbook the clerk files (wf7, wf8 found them on screen only)
    third = runner.invoke(app, ["scan", str(q1), "--period", "2026Q3", "--report", "报告.xlsx"])
    assert third.exit_code == 0
    from openpyxl import load_workbook

    rows = [[c.value for c in r] for r in load_workbook(tmp_path / "报告.xlsx")["模板变化"].iter_rows(min_row=2)]
    assert [r[3:] for r in rows] == [["表头改名", "表头“公民身份号码”改为“证件号码”（C3）"]]
    # and in the notice filed for the quarter (wf60: a column removed and a file renamed were on the console only)
    assert runner.invoke(app, ["scan", str(q2), "--period", "2026Q4", "--notice", "通报.docx"]).exit_code == 0
    from docx import Document

    notice = Document(str(tmp_path / "通报.docx"))
    assert any(p.text.startswith("五、报表模板变化（与2026年第三季度的扫描相比）") for p in notice.paragraphs)
    said = [[c.text for c in row.cells] for table in notice.tables for row in table.rows]
    # (named by its title, as the notice names forms: no path and sheet — wf67)
    assert ["民政局", "《低保名册》", "表头改名", "表头“证件号码”改为“公民身份号码”（C3）"] in said


def test_a_rescan_of_a_period_is_still_compared_with_the_period_before(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """wf22 scanned 2027Q1 (five changes since 2026Q4 listed), retitled one more form and scanned 2027Q1 again:
    ``changes`` was empty, the retitling unreported and the five changes gone. A period's scans are compared with
    the period recorded before it, and a new title is a change."""
    monkeypatch.chdir(tmp_path)
    q4 = _quarter(tmp_path / "q4", ["姓名", "证件号码", "家庭人口"])
    q1 = _quarter(tmp_path / "q1", ["姓名", "公民身份号码", "家庭人口"])
    runner = CliRunner()
    assert runner.invoke(app, ["scan", str(q4), "--period", "2026Q4"]).exit_code == 0
    assert runner.invoke(app, ["scan", str(q1), "--period", "2027Q1"]).exit_code == 0
    write_xlsx(q1 / "人社局" / "务工.xlsx", [("Sheet1", *list_rows("外出务工人员动态管理台账", ["姓名", "务工地点"]))])
    again = runner.invoke(app, ["scan", str(q1), "--period", "2027Q1", "--json", "out.json"])
    assert again.exit_code == 0 and "与2026年第四季度的扫描相比，报表模板有 2 处变化" in again.stdout
    changes = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["changes"]
    assert {(c["kind"], c["detail"]) for c in changes} == {
        ("renamed", "表头“证件号码”改为“公民身份号码”（C3）"),
        ("retitled", "标题由《务工人员台账》改为《外出务工人员动态管理台账》")}


def test_a_form_no_longer_sent_keeps_its_department_in_the_report(tmp_path: Path) -> None:
    """wf35: the 模板变化 sheet's two 「不再报送」 rows had no department: a filter by department lost them."""
    from openpyxl import load_workbook

    from yitaobiao.changes import TemplateChange
    from yitaobiao.report import write_report
    from yitaobiao.scan import scan
    from yitaobiao.stats import summarise
    from yitaobiao.testing import list_rows, write_xlsx

    write_xlsx(tmp_path / "forms" / "民政局" / "名册.xlsx", [("Sheet1", *list_rows("低保对象花名册", ["姓名", "公民身份号码"]))])
    result = scan(tmp_path / "forms")
    gone = TemplateChange("民政局/问题台账表.xlsx", "Sheet1", "gone_form", "不再报送《问题台账》")
    elsewhere = TemplateChange("残联/补贴.xlsx", "Sheet1", "gone_form", "不再报送《补贴名册》")
    write_report(result, summarise(result), tmp_path / "报告.xlsx", changes=[gone, elsewhere])
    rows = [[c.value for c in r] for r in load_workbook(tmp_path / "报告.xlsx")["模板变化"].iter_rows(min_row=2)]
    assert [r[0] for r in rows] == ["民政局", "残联"]


def test_a_header_reworded_beside_a_column_inserted_is_renamed_where_it_stands_in_the_sequence() -> None:
    """wf97: 农户编号 printed 农户编码 in a template that also gained a 联系电话 column and lost 改变用途面积: it was
    「新增」 and 「删去」, and the clerk's decisions about it were lost. Between unchanged headers, one header for
    another, mostly alike in wording, is renamed; an unlike one in its place is a column added and one removed."""
    old = FormTemplate("耕地/a.xlsx", "Sheet1", "耕地表", {"A3": "户主姓名", "B3": "农户编号", "C3": "面积", "D3": "改变用途面积"})
    new = FormTemplate("耕地/a.xlsx", "Sheet1", "耕地表", {"A3": "户主姓名", "B3": "农户编码", "C3": "联系电话", "D3": "面积"})
    said = {(c.kind, c.detail) for c in template_changes([old], [new])}
    assert said == {("renamed", "表头“农户编号”改为“农户编码”（B3）"), ("added", "新增表头“联系电话”（C3）"),
                    ("removed", "删去表头“改变用途面积”（原D3）")}, said
    unlike = FormTemplate("耕地/a.xlsx", "Sheet1", "耕地表", {"A3": "户主姓名", "B3": "承包方式", "C3": "联系电话", "D3": "面积"})
    assert ("renamed", "表头“农户编号”改为“承包方式”（B3）") not in {(c.kind, c.detail) for c in template_changes([old], [unlike])}
