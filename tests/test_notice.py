"""The quarterly notice: figures in the government's shape, form advice, departments, the Word document."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from yitaobiao.catalog import to_dict
from yitaobiao.cli import app
from yitaobiao.departments import load_departments
from yitaobiao.errors import UsageError
from yitaobiao.notice import notice_text, percent, region_from
from yitaobiao.scan import scan
from yitaobiao.stats import headline, summarise
from yitaobiao.testing import list_rows, write_docx_blocks, write_xlsx

runner = CliRunner()


def _forms(folder: Path, forms: list[tuple[str, str, list[str]]]) -> Path:
    for rel, title, labels in forms:
        rows, merges = list_rows(title, labels)
        write_xlsx(folder / rel, [("Sheet1", rows, merges)])
    return folder


def test_advice_cancels_a_form_covered_elsewhere_and_never_two_that_cover_each_other(tmp_path: Path) -> None:
    folder = _forms(tmp_path / "forms", [
        ("民政局/a.xlsx", "低保对象花名册（季报）", ["姓名", "性别", "公民身份号码", "家庭住址"]),
        ("民政局/b.xlsx", "低保对象名单（年报）", ["姓名", "公民身份号码"]),  # all asked quarterly elsewhere
        ("卫健局/c.xlsx", "老人健康台账（年报）", ["姓名", "公民身份号码", "血型", "病史"]),  # 2 of 4 shared
        ("人社局/d.xlsx", "培训台账（月报）", ["姓名", "培训项目", "培训时间", "证书"]),  # 1 of 4
        ("教育局/e.xlsx", "学生名单（季报）", ["学生姓名", "学籍号"]),
        ("教育局/f.xlsx", "学生名册（季报）", ["学生姓名", "学籍号"]),  # e and f cover each other
        ("农业农村局/g.xlsx", "农机作业台账（年报）", ["机具型号", "作业面积（亩）"]),  # none shared
        ("人社局/h.xlsx", "职业资格证明", ["姓名", "证书", "发证机关"]),  # a certificate, asked when a case arises
    ])
    summary = summarise(scan(folder))
    advice = {a.title: a for a in summary.advice}
    assert advice["低保对象名单（年报）"].suggestion == "取消"
    assert "《低保对象花名册（季报）》" in advice["低保对象名单（年报）"].reason
    assert advice["低保对象花名册（季报）"].suggestion == "整合"
    assert advice["老人健康台账（年报）"].suggestion == "整合"
    assert "《低保对象花名册（季报）》" in advice["老人健康台账（年报）"].reason  # which forms ask the same
    assert advice["培训台账（月报）"].suggestion == "保留"
    # (wf37: the 他表已有 column counts the certificate's 证书 too; the reason says so, not 「仅1项他表已有」 beside 2)
    assert advice["培训台账（月报）"].reason == "4项中仅1项其他定期报表已有（另有1项见于证明、申请类文书）"
    assert advice["培训台账（月报）"].shared_items == 2
    assert advice["农机作业台账（年报）"].reason == "2项均为本表独有"  # not 「2项中仅0项他表已有」 (helper-95)
    pair = sorted(advice[t].suggestion for t in ("学生名单（季报）", "学生名册（季报）"))
    assert pair == ["取消", "整合"] or pair == ["取消", "保留"]
    # 7 − … : kept forms plus the one 一套表 that replaces the merged ones
    kept = sum(a.suggestion == "保留" for a in summary.advice)
    assert summary.forms_after == kept + 1


def test_a_table_of_records_is_never_cancelled_for_a_table_of_their_totals() -> None:
    """wf79: a 畜牧业 季报's per-village sheet (one row a village: 生猪存栏, 牛存栏 …) was to be 取消 as 「已由《畜牧业生产
    季报》以相同或更高频次采集」, the township's sheet of the same totals, judged first for being the smaller: totals are
    summed from the villages' rows, never the other way round. The table of totals is the one covered."""
    from yitaobiao.model import Concept, Field, Form, FormKind, Frequency, Layout, ScanResult
    from yitaobiao.stats import advise_forms

    items = ["所属村", "生猪存栏", "牛存栏", "羊存栏"]
    totals = Form(id="F1", path="季报.xls", sheet="Sheet5", title="畜牧业生产季报", department="农业农村局",
                  layout=Layout.INDICATOR, kind=FormKind.PERIODIC, frequency=Frequency.QUARTERLY)
    villages = Form(id="F2", path="季报.xls", sheet="Sheet6", title="各村畜牧业生产情况", department="农业农村局",
                    layout=Layout.LIST, kind=FormKind.PERIODIC, frequency=Frequency.QUARTERLY)
    for form, asked in ((totals, [*items, "家禽存栏", "禽蛋产量"]), (villages, items)):
        form.fields = [Field(id=f"{form.id}.{n}", form_id=form.id, path=form.path, sheet=form.sheet, cell=f"A{n}",
                             label=label, header_path=[label], department=form.department, concept_id=label)
                       for n, label in enumerate(asked, start=1)]
    result = ScanResult(root="forms", forms=[totals, villages],
                        concepts=[Concept(id=label, name=label, field_ids=[]) for label in [*items, "家禽存栏", "禽蛋产量"]])
    advice = {a.title: a for a in advise_forms(result, {f.id: f.concept_id for f in result.fields})}
    assert advice["各村畜牧业生产情况"].suggestion != "取消"


def test_a_cancelled_form_names_every_table_that_asks_its_items() -> None:
    """wf81: 「全部29项已由《年畜牧业生产__季度报表（一）》以相同或更高频次采集」, a sheet asking 18 of them; the sheet
    beside it asks the rest. The forms named are those that between them ask every item. (Sheets of the file
    itself cover nothing: wf98, wf100 read the 季报's own township total 取消 after a join — below.)"""
    from yitaobiao.model import Concept, Field, Form, FormKind, Frequency, Layout, ScanResult
    from yitaobiao.stats import advise_forms

    def form(fid: str, sheet: str, title: str, asked: list[str], path: str = "") -> Form:
        made = Form(id=fid, path=path or f"{sheet}.xls", sheet=sheet, title=title, department="农业农村局",
                    layout=Layout.INDICATOR, kind=FormKind.PERIODIC, frequency=Frequency.QUARTERLY)
        made.fields = [Field(id=f"{fid}.{n}", form_id=fid, path=made.path, sheet=sheet, cell=f"A{n}", label=label,
                             header_path=[label], department=made.department, concept_id=label)
                       for n, label in enumerate(asked, start=1)]
        return made

    pigs, cattle = ["生猪存栏", "生猪出栏", "能繁母猪", "猪肉产量"], ["牛存栏", "牛出栏", "羊存栏"]
    forms = [form("F1", "Sheet5", "畜牧业生产季报", [*pigs, *cattle]),
             form("F2", "Sheet6", "畜牧业生产季度报表（一）", [*pigs, "种猪存栏"]),
             form("F3", "Sheet7", "畜牧业生产季度报表（二）", [*cattle, "禽蛋产量"]),
             form("F4", "Sheet8", "生猪生产情况", [*pigs, "仔猪"])]  # (the pigs again: the cattle are the rarest)
    result = ScanResult(root="forms", forms=forms, concepts=[
        Concept(id=label, name=label, field_ids=[]) for label in [*pigs, *cattle, "禽蛋产量", "种猪存栏", "仔猪"]])
    advice = {a.title: a for a in advise_forms(result, {f.id: f.concept_id for f in result.fields})}
    cancelled = advice["畜牧业生产季报"]
    assert cancelled.suggestion == "取消"
    assert "《畜牧业生产季度报表（二）》" in cancelled.reason and "等表" not in cancelled.reason
    assert "《畜牧业生产季度报表（一）》" in cancelled.reason or "《生猪生产情况》" in cancelled.reason
    one_file = [form(f.id, f.sheet, f.title, [x.label for x in f.fields], path="季报.xls") for f in forms[:3]]
    result = ScanResult(root="forms", forms=one_file, concepts=result.concepts)
    advice = {a.title: a for a in advise_forms(result, {f.id: f.concept_id for f in result.fields})}
    assert advice["畜牧业生产季报"].suggestion != "取消" and "主要与" not in advice["畜牧业生产季报"].reason


def test_a_cancelled_form_is_never_named_as_the_cover_of_another() -> None:
    """real_forms: 2011年度调查表（二）'s 「统计」 copy was cancelled 「已由《…（二）［q2_2011］》采集」, a form cancelled in its
    turn; wf83, wf84 read the same of 畜牧 sheets. Covers are named among the forms still kept once all are judged."""
    from yitaobiao.model import Concept, Field, Form, FormKind, Frequency, Layout, ScanResult
    from yitaobiao.stats import advise_forms

    def form(fid: str, title: str, asked: list[str]) -> Form:
        made = Form(id=fid, path=f"{fid}.xls", sheet="Sheet1", title=title, department="乡村振兴局", layout=Layout.LIST,
                    kind=FormKind.PERIODIC, frequency=Frequency.YEARLY)
        made.fields = [Field(id=f"{fid}.{n}", form_id=fid, path=made.path, sheet="Sheet1", cell=f"A{n}", label=label,
                             header_path=[label], department=made.department, concept_id=label)
                       for n, label in enumerate(asked, start=1)]
        return made

    items = ["户主姓名", "家庭人口", "耕地面积", "年收入", "致贫原因"]
    forms = [form("F1", "调查表（统计）", items[:3]), form("F2", "2011年度调查表", items[:4]), form("F3", "2012年度调查表", items)]
    result = ScanResult(root="forms", forms=forms, concepts=[Concept(id=label, name=label, field_ids=[]) for label in items])
    advice = {a.title: a for a in advise_forms(result, {f.id: f.concept_id for f in result.fields})}
    assert advice["调查表（统计）"].suggestion == "取消" and advice["2011年度调查表"].suggestion == "取消"
    assert "《2012年度调查表》" in advice["调查表（统计）"].reason and "2011年度" not in advice["调查表（统计）"].reason


def test_a_monthly_form_is_not_cancelled_by_a_yearly_one(tmp_path: Path) -> None:
    folder = _forms(tmp_path / "forms", [
        ("民政局/a.xlsx", "花名册（年报）", ["姓名", "性别", "公民身份号码", "家庭住址"]),
        ("卫健局/b.xlsx", "名单（月报）", ["姓名", "公民身份号码"]),
    ])
    advice = {a.title: a.suggestion for a in summarise(scan(folder)).advice}
    assert advice["名单（月报）"] != "取消" and advice["花名册（年报）"] != "取消"


def test_a_notice_where_every_form_stays_says_so(tmp_path: Path) -> None:
    """u113: 「报表由11张压减为11张……报表压减0.0%」 where each form asks enough of its own to stay."""
    folder = _forms(tmp_path / "forms", [
        ("民政局/a.xlsx", "低保花名册", ["姓名", "公民身份号码", "保障人数", "月保障金额", "保障类别"]),
        ("残联/b.xlsx", "残疾人花名册", ["姓名", "公民身份号码", "残疾类别", "残疾等级", "残疾证号"]),
    ])
    text = notice_text(summarise(scan(folder)), "2026年第四季度").paragraph
    assert "2张报表暂均保留" in text and "压减为2张" not in text and "报表压减0.0%" not in text


def test_a_notice_with_nothing_repeated_proposes_no_merge(tmp_path: Path) -> None:
    """wf5: a folder of one form gave 「报表由1张压减为1张……压减0.0%」 and 「可减少重复填报0项」."""
    folder = _forms(tmp_path / "forms", [("公安局/a.xlsx", "实有人口登记表", ["姓名", "性别", "公民身份号码"])])
    text = notice_text(summarise(scan(folder)), "2026年第四季度").paragraph
    assert "暂无需整合" in text and "压减为" not in text and "减少重复填报" not in text
    from docx import Document  # (and no table of headings alone under 三、重复采集最多的数据项)

    out = tmp_path / "通报.docx"
    assert runner.invoke(app, ["scan", str(folder), "-q", "--notice", str(out)]).exit_code == 0
    assert "各报表之间未发现重复采集的数据项。" in [p.text for p in Document(str(out)).paragraphs]


def test_cross_department_share_counts_data_items_and_ranking_counts_items(sample_forms: Path) -> None:
    summary = summarise(scan(sample_forms))
    assert summary.concepts == 60
    assert summary.cross_department_share == pytest.approx(summary.cross_department_items / 60)
    shared = [g.shared_items for g in summary.by_department]
    assert shared == sorted(shared, reverse=True)


def test_notice_in_the_governments_shape(sample_forms: Path) -> None:
    summary = summarise(scan(sample_forms), target=0.3)
    text = notice_text(summary, "2026年第三季度", "青山县")
    paragraph = text.paragraph
    assert paragraph.startswith("2026年第三季度，青山县共梳理10个部门13张报表（其中按需填报的证明、申请类文书1张）、104项数据项，去重后60项，数据项重复率42.3%，高于30%的控制目标。")
    # (the reform is the periodic set's: the one certificate stays as it is, and is said so — wf32, wf34)
    assert re.search(r"定期报表由12张压减为\d+张、数据项由92项压减为55项，报表压减\d+\.\d%、指标压减40\.2%"
                     r"（建议取消\d张、整合\d张、保留\d张）；另有按需填报的证明、申请类文书1张照常使用，不纳入整合。", paragraph)
    assert "可减少重复填报37项" in paragraph
    assert "占去重后数据项的" in paragraph
    assert any("“重复”指" in note for note in text.footnotes)


def test_region_from_titles_or_folder() -> None:
    assert region_from(["青山县低保花名册", "青山县残疾人名册", "高龄老人台账"]) == "青山县"
    assert region_from(["各村情况表", "低保花名册"], "/data/2026/某某区") == "某某区"
    assert region_from(["低保花名册"], "/data/forms") == ""


def test_departments_from_codes_words_and_a_clerks_file(tmp_path: Path) -> None:
    table = load_departments()
    assert table.resolve("changsha_police_cps/a.xls", "")[0] == "公安局"
    assert table.resolve("guangzhou_fupin_xls/a.xls", "")[0] == "乡村振兴局"
    assert table.resolve("hy_gaj/a.docx", "证明") == ("公安局", True)
    assert table.resolve("sichuan_liuying_community/a.xlsx", "统计表") == ("sichuan_liuying_community", False)
    # (u108: a county's 红十字会 is a body of its own, by its folder or its title)
    assert table.resolve("红十字会/a.xlsx", "") == ("红十字会", True)
    assert table.resolve("a.xlsx", "县红十字会应急救护培训统计表") == ("红十字会", True)
    own = tmp_path / "部门.yaml"
    own.write_text("sichuan_liuying_community: 柳营社区\nzfsoft_xgxt: 教育局\n", encoding="utf-8")
    table = load_departments(own)
    assert table.resolve("sichuan_liuying_community/a.xlsx", "") == ("柳营社区", True)
    assert table.resolve("zfsoft_xgxt/x.xls", "") == ("教育局", True)
    bad = tmp_path / "bad.yaml"
    bad.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(UsageError, match="部门对照表"):
        load_departments(bad)


def test_unknown_folders_are_listed(tmp_path: Path) -> None:
    folder = _forms(tmp_path / "forms", [("batch_x7/a.xlsx", "名单", ["姓名", "性别"])])
    result = scan(folder)
    assert [f.path for f in result.findings if f.code == "unknown_department"] == ["batch_x7"]


def test_notice_docx_has_paragraph_tables_and_charts(sample_forms: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for period in ("2026Q2", "2026Q3"):
        out = tmp_path / f"通报{period}.docx"
        result = runner.invoke(app, ["scan", str(sample_forms), "--period", period, "--notice", str(out),
                                     "--region", "青山县", "--target", "25%", "-q"])
        assert result.exit_code == 0, result.output
    with zipfile.ZipFile(tmp_path / "通报2026Q3.docx") as doc:
        xml = doc.read("word/document.xml").decode("utf-8")
        pictures = [n for n in doc.namelist() if n.startswith("word/media/")]
    text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    assert "青山县“一套表”数据项重复情况通报" in text and "2026年第三季度" in text
    assert "高于25%的控制目标，较上季度持平" in text
    assert xml.count("<w:tbl>") == 5  # 对比, 部门, 重复项, 各期变化, 处理建议
    # The top items and the trend, drawn when the machine has a CJK font (without one, the run says so and the
    # tables stand alone: test_notice_without_a_cjk_font_keeps_its_tables).
    from yitaobiao.notice_doc import cjk_font

    assert len(pictures) == (2 if cjk_font() else 0)


def test_notice_without_a_cjk_font_keeps_its_tables(sample_forms: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from yitaobiao import notice_doc

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(notice_doc, "cjk_font", lambda: None)
    out = tmp_path / "通报.docx"
    result = runner.invoke(app, ["scan", str(sample_forms), "--notice", str(out), "-q"])
    assert result.exit_code == 0
    assert "中文字体" in result.stderr
    with zipfile.ZipFile(out) as doc:
        assert not [n for n in doc.namelist() if n.startswith("word/media/")]
        assert doc.read("word/document.xml").decode("utf-8").count("<w:tbl>") == 4


def test_target_option(sample_forms: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["scan", str(sample_forms), "--target", "50%", "-q"])
    assert "低于50%的控制目标" in result.stdout
    result = runner.invoke(app, ["scan", str(sample_forms), "--target", "很多", "-q"])
    assert result.exit_code == 2 and "控制目标" in result.stderr


def test_quiet_prints_only_the_notice(sample_forms: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["scan", str(sample_forms), "-q", "--review", str(tmp_path / "审核.xlsx")])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout.count("\n") == 1 and "数据项重复率" in result.stdout


@pytest.mark.parametrize("command", [[], ["scan"], ["trend"], ["merge"], ["split"], ["explain"]])
def test_help_has_no_english_word_of_the_framework(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    for word in ("Usage", "Options", "Arguments", "Commands", "Show this message", "required", "default",
                 "<path>", "<str>", "[OPTIONS]"):
        assert word not in result.stdout, (command, word)
    assert not re.search(r"^\s+[a-z_]+ <", result.stdout, re.M), command  # argument names: 来源, 字段A …


def test_usage_errors_are_in_chinese() -> None:
    result = runner.invoke(app, ["scan", "--jsn", "x", "y"])
    assert result.exit_code == 2
    assert "错误：没有选项 --jsn" in result.stderr and "Error" not in result.stderr


def test_forms_that_share_a_title_are_told_apart_by_their_sheet() -> None:
    """Five sheets of one workbook named after its file (「stat」) were five identical rows in the report's
    报表处理建议 and the notice; the same template sent by two villages keeps its plain title."""
    from types import SimpleNamespace

    from yitaobiao.stats import shown_titles

    forms = [SimpleNamespace(id=f"F{n}", title=title, sheet=sheet, path=path) for n, (title, sheet, path) in enumerate(
        [("stat", "Sheet1", "a/stat.xls"), ("stat", "Sheet2", "a/stat.xls"), ("低保花名册", "Sheet1", "东村/低保.xlsx"),
         ("低保花名册", "Sheet1", "西村/低保.xlsx"), ("村情", "村情", "a/村情.xls")])]
    assert list(shown_titles(forms).values()) == ["stat.xls［Sheet1］", "stat.xls［Sheet2］", "低保花名册", "低保花名册",
                                                  "村情"]
    # (wf38: a form printing no title is named by its file, and its sheet when the sheet says nothing: not 《一》)
    untitled = [SimpleNamespace(id="F1", title="一", sheet="一", path="export/stat.xls"),
                SimpleNamespace(id="F2", title="syrkplcjb", sheet="Sheet1", path="公安局/syrkplcjb.xls")]
    assert list(shown_titles(untitled).values()) == ["stat.xls［一］", "syrkplcjb.xls"]
    # (wf16: one survey's 2011 and 2012 editions, each a workbook whose sheet 一 is titled alike: told apart by file)
    editions = [SimpleNamespace(id=f"F{n}", title="调查表（一）", sheet="一", path=f"export/q1_{year}.xls")
                for n, year in enumerate((2011, 2012))]
    assert list(shown_titles(editions).values()) == ["调查表（一）［q1_2011］", "调查表（一）［q1_2012］"]


def test_forms_of_no_department_are_not_a_department_of_the_notice(tmp_path: Path) -> None:
    """A folder of templates without department subfolders: the notice said 「共梳理1个部门」 and named 未注明 as the
    department with the most duplicates (helper-19). It counts known departments only, and the clerk is told why."""
    folder = _forms(tmp_path / "forms", [("a.xlsx", "低保名单", ["姓名", "身份证号码", "住址"]),
                                         ("b.xlsx", "残疾人名单", ["姓名", "身份证号码", "残疾类别"])])
    result = scan(folder)
    text = notice_text(summarise(result)).paragraph
    assert "共梳理2张报表" in text and "个部门" not in text and "未注明" not in text
    assert [f.code for f in result.findings if f.code == "no_department"] == ["no_department"]
    folder = _forms(tmp_path / "more", [("民政局/a.xlsx", "低保名单", ["姓名", "身份证号码"]),
                                        ("b.xlsx", "残疾人名单", ["姓名", "身份证号码"])])
    assert "共梳理1个部门2张报表（其中1张未注明部门）" in notice_text(summarise(scan(folder))).paragraph


def test_the_notice_says_how_many_files_its_forms_came_from(tmp_path: Path) -> None:
    """wf7 brought 15 files and read 「20张报表」: a workbook's sheets are forms of their own, and the notice says so."""
    rows, merges = list_rows("低保名单", ["姓名", "身份证号码", "住址"])
    more, more_merges = list_rows("残疾人名单", ["姓名", "身份证号码", "残疾类别"])
    write_xlsx(tmp_path / "forms" / "民政局" / "a.xlsx", [("低保", rows, merges), ("残疾", more, more_merges)])
    _forms(tmp_path / "forms", [("卫健局/b.xlsx", "老人名单", ["姓名", "身份证号码", "血型"])])
    text = notice_text(summarise(scan(tmp_path / "forms"))).paragraph
    assert "共梳理2个部门3张报表（来自2个文件）" in text


def test_an_unknown_folder_among_departments_is_a_department(tmp_path: Path) -> None:
    """台州/hy_gzj beside 台州/hy_gaj (公安局) is a department of its own, not the city's; the subfolders of one
    system's export (zfsoft/print/xszz) are not departments."""
    folder = _forms(tmp_path / "forms", [("台州/hy_gaj/a.xlsx", "名单", ["姓名", "性别"]),
                                         ("台州/hy_gzj/b.xlsx", "名单", ["姓名", "民族"]),
                                         ("zfsoft/print/xszz/c.xlsx", "名单", ["姓名", "学号"]),
                                         ("zfsoft/templates/d.xlsx", "名单", ["姓名", "专业"])])
    departments = {form.path: form.department for form in scan(folder).forms}
    assert departments == {"台州/hy_gaj/a.xlsx": "公安局", "台州/hy_gzj/b.xlsx": "hy_gzj",
                           "zfsoft/print/xszz/c.xlsx": "zfsoft", "zfsoft/templates/d.xlsx": "zfsoft"}
    assert load_departments().resolve("2025年三季度/某某单位/a.xlsx", "") == ("某某单位", False)


def test_a_departments_own_folder_names_the_forms_of_its_subfolders(tmp_path: Path) -> None:
    """Scanning guangzhou_fupin_xls (乡村振兴局) itself, its subfolders 「question」, 「stat」 became departments of the
    notice (helper-22); forms beside them had none."""
    folder = _forms(tmp_path / "guangzhou_fupin_xls", [("question/a.xlsx", "名单", ["姓名", "性别"]),
                                                       ("stat/b.xlsx", "名单", ["姓名", "民族"]),
                                                       ("c.xlsx", "名单", ["姓名", "住址"])])
    result = scan(folder)
    assert {form.department for form in result.forms} == {"乡村振兴局"}
    assert not [f for f in result.findings if f.code in ("unknown_department", "no_department")]


def test_notes_and_the_filling_date_are_never_the_most_collected_items(tmp_path: Path) -> None:
    folder = _forms(tmp_path / "forms", [
        ("民政局/a.xlsx", "低保对象花名册", ["姓名", "公民身份号码", "备注", "填报日期"]),
        ("卫健局/b.xlsx", "老人健康台账", ["姓名", "血型", "备注", "填报日期"]),
        ("人社局/c.xlsx", "培训台账", ["培训项目", "备注", "填报日期"]),
    ])
    result = scan(folder)
    summary = summarise(result)
    assert [item.name for item in summary.top_items] == ["姓名"]
    assert summary.fields == 11  # they still count in every rate
    # (u304, u305: the JSON's stats counted three 备注 where its concepts list one; it says how many it counted)
    catalogue = to_dict(result, summary)
    assert catalogue["stats"]["concepts"] - len(catalogue["concepts"]) == catalogue["stats"]["remark_fields"] - 1 == 2


def test_a_reason_names_the_twin_before_forms_sharing_only_common_items(tmp_path: Path) -> None:
    common = ["姓名", "公民身份号码", "联系电话"]
    folder = _forms(tmp_path / "forms", [
        ("住建局/a.xlsx", "甲县公共租赁住房（年报）", [*common, "保障方式", "租赁补贴金额", "承租面积"]),
        ("住建局/b.xlsx", "乙县公共租赁住房（年报）", [*common, "保障方式", "租赁补贴金额", "承租面积"]),
        *[(f"民政局/c{n}.xlsx", f"名册{n}（年报）", [*common, f"项目{n}"]) for n in range(4)],
    ])
    advice = {a.title: a for a in summarise(scan(folder)).advice}
    reasons = advice["甲县公共租赁住房（年报）"].reason + advice["乙县公共租赁住房（年报）"].reason
    assert "《乙县公共租赁住房（年报）》" in reasons or "《甲县公共租赁住房（年报）》" in reasons
    for title in ("甲县公共租赁住房（年报）", "乙县公共租赁住房（年报）"):
        assert not advice[title].reason.split("《")[1].startswith("名册")  # the twin comes first


def test_a_list_of_a_group_no_other_form_lists_is_not_cancelled(tmp_path: Path) -> None:
    """helper-52: 《国家奖学金获奖学生初审名单汇总表》 was to be 取消 because names and IDs are asked elsewhere, but
    which students won is said by no other form. A 低保对象 list beside a 低保对象 roster is still cancelled."""
    folder = _forms(tmp_path / "forms", [
        ("教育局/a.xlsx", "学生基本信息花名册（季报）", ["学生姓名", "性别", "公民身份号码", "学籍号", "家庭住址"]),
        ("教育局/b.xlsx", "困难学生认定名单（年报）", ["学生姓名", "公民身份号码", "学籍号"]),
    ])
    result = scan(folder)
    listed = next(form for form in result.forms if form.title.startswith("困难学生"))
    assert listed.population, "the list names its group"
    advice = {a.title: a for a in summarise(result).advice}
    assert advice["困难学生认定名单（年报）"].suggestion == "整合"
    assert f"名单（{listed.population}）仅本表有" in advice["困难学生认定名单（年报）"].reason


def test_a_notes_column_leads_no_list_of_the_busiest_items(tmp_path: Path) -> None:
    """helper-52: 备注, on nearly every form, ranked first among the items filled most often a year."""
    folder = _forms(tmp_path / "forms", [
        (f"部门{n}/表{n}.xlsx", f"走访台账{n}（月报）", ["姓名", "公民身份号码", "走访日期", "备注"]) for n in range(1, 4)
    ])
    summary = summarise(scan(folder))
    names = [b.name for b in summary.burden.busiest]
    assert "姓名" in names and "备注" not in names


def test_forms_of_no_department_are_named_so_in_the_comparison(tmp_path: Path) -> None:
    """helper-111: 「与上季度相比，未注明本期新纳入。」 read as a broken sentence."""
    from yitaobiao.history import movement, parse_period, snapshot

    folder = _forms(tmp_path / "forms", [("a.xlsx", "低保名单", ["姓名", "身份证号码", "住址"]),
                                         ("民政局/b.xlsx", "残疾人名单", ["姓名", "身份证号码"])])
    summary = summarise(scan(folder))
    earlier = _forms(tmp_path / "earlier", [("民政局/b.xlsx", "残疾人名单", ["姓名", "身份证号码"])])
    before = snapshot(summarise(scan(earlier)), parse_period("2026Q2"), str(earlier), [])
    now = snapshot(summary, parse_period("2026Q3"), str(folder), [])
    paragraph = notice_text(summary, "2026年第三季度", "青山县", movement(now, [before])).paragraph
    assert "未注明部门的报表本期新纳入" in paragraph and "，未注明本期" not in paragraph


def test_a_share_is_rounded_as_excel_shows_it() -> None:
    """wf5: the report's cell held 0.5455 (Excel: 54.6%) for 6/11, which the notice printed 54.5%; halves go up in
    both (Python's own formatting rounds 6.25 to 6.2, Excel to 6.3)."""
    assert percent(6 / 11) == "54.5%" and percent(0.0625) == "6.3%" and percent(0.2) == "20.0%"
    assert percent(0) == "0.0%" and percent(1) == "100.0%"


def test_a_department_whose_forms_did_not_change_is_not_told_to_hurry(tmp_path: Path) -> None:
    """wf5: 「组织部、人社局重复率上升，需加快整合」 though 组织部 changed nothing: 人社局's new 外出时间 column now
    asked what 组织部 asks. The department that changed is told to hurry; the other is said to have risen by it."""
    from yitaobiao.history import movement, parse_period, snapshot

    earlier = _forms(tmp_path / "earlier", [("组织部/a.xlsx", "流出党员名单", ["姓名", "身份证号码", "外出时间", "党支部"]),
                                            ("人社局/b.xlsx", "外出人员名单", ["姓名", "身份证号码", "务工地点"])])
    folder = _forms(tmp_path / "forms", [("组织部/a.xlsx", "流出党员名单", ["姓名", "身份证号码", "外出时间", "党支部"]),
                                         ("人社局/b.xlsx", "外出人员名单", ["姓名", "身份证号码", "务工地点", "外出时间"])])
    summary = summarise(scan(folder))
    before = snapshot(summarise(scan(earlier)), parse_period("2026Q2"), str(earlier), [])
    now = snapshot(summary, parse_period("2026Q3"), str(folder), [])
    paragraph = notice_text(summary, "2026年第三季度", "青山县", movement(now, [before])).paragraph
    assert "人社局重复率上升，需加快整合" in paragraph
    assert "组织部报表未变，因其他部门新增同类数据项，重复率随之上升" in paragraph
    # (wf35: the other way round, 组织部 was said to have 「重复率下降」 when only 人社局 dropped the column)
    dropped = summarise(scan(earlier))  # (2026Q4: 人社局 drops its 外出时间 column again)
    later = snapshot(dropped, parse_period("2026Q4"), str(earlier), [])
    back = notice_text(dropped, "2026年第四季度", "青山县", movement(later, [before, now])).paragraph
    assert "组织部报表未变，因其他部门停用或调整同类报表，重复率随之下降" in back and "组织部重复率下降" not in back
    # (wf117: a form that could not be read this quarter is no form 「停用或调整」: the change may be its absence)
    dropped.unread = 1
    unsure = notice_text(dropped, "2026年第四季度", "青山县", movement(later, [before, now])).paragraph
    assert "因其他部门停用" not in unsure and "组织部报表未变，重复率变化可能系本期有文件无法读取所致" in unsure, unsure
    assert "（本期有1个文件无法读取、未计入，变化可能由此造成）" in unsure


def test_a_rate_diluted_by_new_items_and_a_department_with_nothing_duplicated_are_told_as_they_are(
        tmp_path: Path) -> None:
    """wf11: 「教育局重复率下降」 only because 教育局 added a column of its own (as many of its items asked elsewhere
    as before), and 「应急管理局未见改善」 of a department none of whose items is asked elsewhere."""
    from yitaobiao.history import movement, parse_period, snapshot

    earlier = _forms(tmp_path / "earlier", [("教育局/a.xlsx", "学生资助名单", ["姓名", "身份证号码", "学校"]),
                                            ("民政局/b.xlsx", "低保名单", ["姓名", "身份证号码", "保障金额"]),
                                            ("应急管理局/c.xlsx", "消防培训记录", ["培训日期", "培训内容"])])
    folder = _forms(tmp_path / "forms", [("教育局/a.xlsx", "学生资助名单", ["姓名", "身份证号码", "学校", "年级"]),
                                         ("民政局/b.xlsx", "低保名单", ["姓名", "身份证号码", "保障金额"]),
                                         ("应急管理局/c.xlsx", "消防培训记录", ["培训日期", "培训内容"])])
    summary = summarise(scan(folder))
    before = snapshot(summarise(scan(earlier)), parse_period("2026Q2"), str(earlier), [])
    now = snapshot(summary, parse_period("2026Q3"), str(folder), [])
    paragraph = notice_text(summary, "2026年第三季度", "青山县", movement(now, [before])).paragraph
    assert "教育局（重复数据项仍为2项）重复率下降系本部门新增数据项所致，重复数据项本身并未减少" in paragraph, paragraph
    assert "教育局重复率下降" not in paragraph and "应急管理局" not in paragraph.split("与上季度相比")[1]
    assert "民政局未见改善" in paragraph


def test_a_rate_diluted_while_its_repeats_grew_says_so(tmp_path: Path) -> None:
    """wf151: 「民政局重复数据项未减少」 of a department whose repeated items went from 7 to 8: the counts are said."""
    from yitaobiao.history import movement, parse_period, snapshot

    def quarter(name: str, school: list[str], aid: list[str]) -> Path:
        return _forms(tmp_path / name, [("教育局/a.xlsx", "学生资助名单", ["姓名", "身份证号码", "学校", *school]),
                                        ("民政局/b.xlsx", "低保名单", ["姓名", "身份证号码", "保障金额", *aid])])
    before = snapshot(summarise(scan(quarter("q2", [], []))), parse_period("2026Q2"), "q2", [])
    summary = summarise(scan(quarter("q3", ["年级", "班级", "家庭住址"], ["家庭住址"])))
    moved = movement(snapshot(summary, parse_period("2026Q3"), "q3", []), [before])
    assert moved.diluted == ["教育局"], moved
    paragraph = notice_text(summary, "2026年第三季度", "青山县", moved).paragraph
    assert "教育局（重复数据项由2项变为3项）重复率下降系本部门新增数据项所致" in paragraph, paragraph


def test_a_rate_raised_by_dropping_an_item_of_ones_own_is_not_told_to_integrate(tmp_path: Path) -> None:
    """wf60: 民政局 removed 有何疾病史, a column no other form asks, and the notice said 「民政局重复率上升，需加快整合」."""
    from yitaobiao.history import movement, parse_period, snapshot

    def quarter(name: str, extra: list[str]) -> Path:
        return _forms(tmp_path / name, [("民政局/b.xlsx", "低保名单", ["姓名", "身份证号码", "保障金额", *extra]),
                                        ("教育局/a.xlsx", "学生资助名单", ["姓名", "身份证号码", "学校"])])
    before = snapshot(summarise(scan(quarter("q3", ["有何疾病史"]))), parse_period("2026Q3"), "q3", [])
    summary = summarise(scan(quarter("q4", [])))
    moved = movement(snapshot(summary, parse_period("2026Q4"), "q4", []), [before])
    assert moved.concentrated == ["民政局"] and not moved.worsened
    paragraph = notice_text(summary, "2026年第四季度", "青山县", moved).paragraph
    assert "民政局（重复数据项仍为2项）重复率上升系本部门停用报表或精简特有数据项所致" in paragraph, paragraph
    assert "需加快整合" not in paragraph


def test_a_department_of_certificates_only_is_not_told_to_improve(tmp_path: Path) -> None:
    """wf37: 「自然资源局、财政局、市场监管局未见改善」 of departments whose only 报表 are 证明 the same paragraph says are
    used as before, outside the 一套表: there is nothing of theirs to integrate."""
    from yitaobiao.history import movement, parse_period, snapshot

    def quarter(name: str, extra: list[str]) -> Path:
        return _forms(tmp_path / name, [("民政局/b.xlsx", "低保名单", ["姓名", "身份证号码", "保障金额", *extra]),
                                        ("教育局/a.xlsx", "学生资助名单", ["姓名", "身份证号码", "学校"]),
                                        ("公安局/c.xlsx", "户籍证明", ["姓名", "身份证号码", "户籍地址"])])
    before = snapshot(summarise(scan(quarter("q3", []))), parse_period("2026Q3"), "q3", [])
    summary = summarise(scan(quarter("q4", ["发放月份"])))
    assert summary.on_demand == 1
    now = snapshot(summary, parse_period("2026Q4"), "q4", [])
    moved = movement(now, [before])
    assert moved.documents_only == ["公安局"] and "公安局" not in moved.unchanged
    assert "公安局" not in notice_text(summary, "2026年第四季度", "青山县", moved).paragraph.split("与上季度相比")[1]


def test_a_trend_whose_rate_reads_the_same_is_said_to_hold() -> None:
    """wf11: 「重复率由15.8%降至15.8%」 of two rates a few ten-thousandths apart."""
    from yitaobiao.history import Snapshot
    from yitaobiao.notice import trend_sentence

    def quarter(period: str, rate: float) -> Snapshot:
        return Snapshot(period, period, "", "", 10, 100, 84, rate, 0.2, 9, 100, 90)

    sentence = trend_sentence([quarter("2026Q3", 0.15804), quarter("2026Q4", 0.15762)])
    assert "保持在15.8%" in sentence and "降至" not in sentence


def test_how_often_an_item_is_collected_counts_forms_not_the_slots_of_one() -> None:
    """wf11: a 不定期 card asking 与户主关系 of nine members counted 「9项次」, and 「超过1次/季度」 with it."""
    from yitaobiao.model import Concept, Field, Form, Frequency, ScanResult

    card = Form(id="F1", path="a.docx", sheet="表1", title="家庭户内信息登记表", department="公安局", layout="card",
                frequency=Frequency.IRREGULAR)
    card.fields = [Field(id=f"F1.{n}", form_id="F1", path="a.docx", sheet="表1", cell=f"B{n + 3}", label="与户主关系",
                         header_path=["家庭成员", "与户主关系"], slot=n, concept_id="C1") for n in range(1, 10)]
    roster = Form(id="F2", path="b.xlsx", sheet="S", title="低保家庭成员名册", department="民政局", layout="list",
                  frequency=Frequency.QUARTERLY)
    roster.fields = [Field(id="F2.1", form_id="F2", path="b.xlsx", sheet="S", cell="C3", label="与户主关系",
                           header_path=["与户主关系"], concept_id="C1")]
    result = ScanResult(root=".", forms=[card, roster], concepts=[Concept("C1", "与户主关系", ["F1.1", "F2.1"])])
    burden = summarise(result).burden
    assert burden.fills_before == 9 + 4 and burden.over_limit_before == 1  # one card and four quarters: 5 a year
    roster.frequency = Frequency.YEARLY
    assert summarise(result).burden.over_limit_before == 0  # the card once and the roster once: 2 a year


def test_the_reports_list_of_forms_tells_namesakes_apart_and_orders_by_the_share_it_prints(tmp_path: Path) -> None:
    """wf17: the 汇总 sheet listed three identical 「2012年度调查表（一）」 rows, and 12.5% above 23.1%."""
    folder = _forms(tmp_path / "forms", [
        ("扶贫办/q1_2011.xlsx", "调查表（一）", ["姓名", "公民身份号码", "家庭人口数", "耕地面积（亩）"]),
        ("扶贫办/q1_2012.xlsx", "调查表（一）", ["姓名", "公民身份号码", "家庭人口数", "林地面积（亩）"]),
        ("民政局/a.xlsx", "低保对象花名册", ["姓名", "性别", "民族", "文化程度", "婚姻状况", "宗教信仰", "血型", "病史"]),
    ])
    by_form = summarise(scan(folder)).by_form
    names = [g.name for g in by_form]
    assert "扶贫办｜调查表（一）［q1_2011］" in names and "扶贫办｜调查表（一）［q1_2012］" in names
    rates = [g.shared_item_rate for g in by_form]
    assert rates == sorted(rates, reverse=True)


def test_of_two_editions_asking_the_same_the_older_is_cancelled(tmp_path: Path) -> None:
    """wf17: the 2012 edition of a survey was to be cancelled as 「已由2011年度调查表采集」."""
    folder = _forms(tmp_path / "forms", [
        ("扶贫办/a调查表2012.xlsx", "2012年度调查表", ["姓名", "公民身份号码", "家庭人口数"]),
        ("扶贫办/b调查表2011.xlsx", "2011年度调查表", ["姓名", "公民身份号码", "家庭人口数"]),
    ])
    advice = {a.title: a.suggestion for a in summarise(scan(folder)).advice}
    assert advice["2011年度调查表"] == "取消" and advice["2012年度调查表"] != "取消"


def test_a_notice_where_one_form_is_merged_and_the_count_stays_says_so(tmp_path: Path) -> None:
    """wf18: one form to 整合 into the 一套表 leaves as many forms as before; the notice said 「各报表均有本表特有的
    数据项，…张报表暂均保留」 against its own table's 整合1."""
    folder = _forms(tmp_path / "forms", [
        ("民政局/a.xlsx", "低保花名册", ["姓名", "公民身份号码", "保障人数", "月保障金额", "保障类别"]),
        ("组织部/b.xlsx", "老党员名册", ["姓名", "公民身份号码", "入党时间"]),
        ("残联/c.xlsx", "残疾人花名册", ["姓名", "公民身份号码", "残疾类别", "残疾等级", "残疾证号"]),
    ])
    summary = summarise(scan(folder))
    counts = summary.suggestion_counts()
    text = notice_text(summary, "2026年第四季度").paragraph
    assert counts["整合"] == 1 and summary.forms_after == summary.forms == 3
    assert "建议整合1张、保留2张，报表数仍为3张" in text and "暂均保留" not in text


def test_a_remark_is_each_forms_own_in_the_rate(tmp_path: Path) -> None:
    """wf19, wf20, wf22, wf23: 备注 on fifteen forms was one item shared by ten departments in the 通报, while the
    一套表 keeps one 备注 per form: the rate claimed a saving merge does not make. The matching still reads the
    remarks as one wording (the review shows them together)."""
    folder = _forms(tmp_path / "forms", [
        ("民政局/a.xlsx", "低保对象花名册", ["姓名", "公民身份号码", "备注"]),
        ("卫健局/b.xlsx", "老人健康台账", ["姓名", "公民身份号码", "血型", "备注"]),
    ])
    result = scan(folder)
    summary = summarise(result)
    assert (summary.fields, summary.concepts) == (7, 5)  # 姓名, 公民身份号码, 血型 and the two forms' 备注
    assert "备注" not in [item.name for item in summary.repeated_items]
    remarks = {f.concept_id for f in result.fields if f.label == "备注"}
    assert len(remarks) == 1
    assert (headline(result).fields, headline(result).concepts) == (7, 5)  # (the 一套表's 说明 says the same rate)


def test_a_word_document_of_several_tables_is_one_report(tmp_path: Path) -> None:
    """wf29–wf33: a 驾驶证明 of four tables was four 报表 in the notice (「报表由59张压减为51张」), its certificates were
    counted among the 报表 the reform reduces without a word, and five copies of a certificate made its items
    「超过1次/季度」. A document is one 报表; on-demand documents are said and have no fills a year."""
    folder = _forms(tmp_path / "forms", [
        ("民政局/a.xlsx", "低保对象花名册（季报）", ["姓名", "公民身份号码", "家庭住址", "保障人数"]),
        ("卫健局/b.xlsx", "老人健康台账（季报）", ["姓名", "公民身份号码", "家庭住址", "血型"]),
    ])
    write_docx_blocks(folder / "公安局" / "c.docx", [
        "无犯罪记录证明", "一、基本情况", ([["姓名", "", "公民身份号码", ""], ["家庭住址", "", "", ""]], {}),
        "二、查询结果", ([["查询日期", "", "查询结果", ""]], {})])
    # (not a byte copy of c.docx: a copy beside its original is counted once — wf105)
    write_docx_blocks(folder / "公安局" / "d.docx", [
        "无犯罪记录证明", "一、基本情况", ([["姓名", "", "公民身份号码", ""], ["家庭住址", "", "", ""]], {}),
        "二、查询结果", ([["查询日期", "", "查询结论", ""]], {})])
    result = scan(folder)
    summary = summarise(result)
    assert (summary.tables, summary.forms, summary.files, summary.on_demand) == (6, 4, 4, 2)
    assert sum(summary.suggestion_counts().values()) == summary.forms
    assert summary.by_department[0].forms <= 2 and sum(g.forms for g in summary.by_department) == 4
    # The certificates' fields fill nothing a year: the two quarterly forms' 8 fields, 4 times each.
    assert summary.burden is not None and summary.burden.fills_before == 8 * 4
    text = notice_text(summary, "2026年第四季度")
    assert "4张报表（其中按需填报的证明、申请类文书2张）" in text.paragraph
    assert any("多张表格合计为1张报表" in note for note in text.footnotes)
    assert headline(result).forms == 4
    # (the 一套表 integrates the two quarterly forms; the certificates stay as they are — wf34)
    reform = summary.reform()
    assert (reform.forms, reform.fields, reform.items) == (2, 8, 5)
    assert "照常使用，不纳入整合" in text.paragraph and "可减少重复填报3项" in text.paragraph
    assert summary.to_dict()["reform"] | {"suggestions": None} == {
        "forms": 2, "forms_after": 1, "fields": 8, "items": 5, "form_reduction": 0.5, "item_reduction": 0.375,
        "items_saved": 3, "suggestions": None}
    # (wf35: the report's 汇总 gave the whole set's figures beside the notice's periodic ones)
    from openpyxl import load_workbook

    from yitaobiao.report import write_report
    write_report(result, summary, folder.parent / "报告.xlsx")
    overview = {row[0]: row[1:] for row in load_workbook(folder.parent / "报告.xlsx")["汇总"].iter_rows(values_only=True)
                if row and row[0]}
    assert overview["可减少重复填报项数"][0] == 3 and "整合后 5 项" in overview["数据项（字段）数"][1]
    assert headline(result, periodic=True).items_saved == 3  # (the 一套表's 说明 says the same — wf36)
    certificates = summarise(scan(folder / "公安局"))
    assert "各报表均为按需填报的证明、申请类文书，不纳入定期报表整合。" in notice_text(certificates).paragraph


def test_a_change_in_points_is_the_difference_of_the_rates_shown() -> None:
    """wf35: 52.9% → 74.9% was 「上升21.9个百分点」 (the unrounded rates' difference); a reader subtracts 22.0."""
    from yitaobiao.history import points, shown_difference

    assert (percent(0.52949), percent(0.74949)) == ("52.9%", "74.9%")
    assert points(shown_difference(0.74949, 0.52949)) == "上升22.0个百分点"
    assert points(shown_difference(0.1, 0.1004)) == "持平"


def test_a_rate_moved_by_forms_added_says_the_scope_changed(tmp_path: Path) -> None:
    """wf35, wf36: 「较上季度上升14.1个百分点」 with 26 forms added read as the departments' doing."""
    from yitaobiao.history import movement, parse_period, snapshot

    earlier = _forms(tmp_path / "earlier", [("民政局/a.xlsx", "低保对象花名册", ["姓名", "公民身份号码", "保障人数"]),
                                            ("残联/b.xlsx", "残疾人名册", ["姓名", "残疾类别"])])
    folder = _forms(tmp_path / "forms", [("民政局/a.xlsx", "低保对象花名册", ["姓名", "公民身份号码", "保障人数"]),
                                         ("残联/b.xlsx", "残疾人名册", ["姓名", "残疾类别"]),
                                         ("卫健局/c.xlsx", "老人健康台账", ["姓名", "公民身份号码", "血型"])])
    summary = summarise(scan(folder))
    before = snapshot(summarise(scan(earlier)), parse_period("2026Q3"), str(earlier), [])
    now = snapshot(summary, parse_period("2026Q4"), str(folder), [])
    paragraph = notice_text(summary, "2026年第四季度", "青山县", movement(now, [before])).paragraph
    assert "较上季度上升" in paragraph and "（报表由2张增至3张，含统计范围变化的影响）。" in paragraph


def test_a_form_sharing_items_only_with_certificates_is_not_merged_for_them(tmp_path: Path) -> None:
    """wf36: a 老党员登记表 was 「与《出入境记录查询结果》…重复，宜并入一套表」: certificates stay outside the 一套表, and
    what a periodic form shares with them is no reason to merge it."""
    folder = _forms(tmp_path / "forms", [("组织部/a.xlsx", "老党员生活补贴名册（年报）", ["姓名", "公民身份号码", "入党时间"]),
                                         ("人社局/b.xlsx", "培训台账（季报）", ["学员姓名", "培训项目", "培训时间"])])
    write_docx_blocks(folder / "公安局" / "c.docx", ["出入境记录查询结果", ([["姓名", "", "公民身份号码", ""]], {})])
    advice = {a.title: a for a in summarise(scan(folder)).advice}
    party = next(a for title, a in advice.items() if "老党员" in title)
    assert party.suggestion == "保留" and "出入境" not in party.reason


def test_the_verdict_is_on_the_rate_as_printed(sample_forms: Path) -> None:
    """wf45: 「数据项重复率20.0%，低于20%的控制目标」 for a rate of 19.96%: the verdict must agree with the figure."""
    summary = summarise(scan(sample_forms), target=0.423)
    assert 0.4225 < summary.duplicate_rate < 0.4235 and summary.duplicate_rate != 0.423
    assert "数据项重复率42.3%，达到42.3%的控制目标" in notice_text(summary, "2026年第三季度").paragraph


def test_a_merge_reason_counts_what_other_periodic_forms_ask_and_names_the_closest(sample_forms: Path) -> None:
    """u251, u261, u262, u264: 「14项中7项（50%）与《X》重复」 beside 他表已有 9 read as wrong: the 7 are asked by any
    other periodic form, X is only the closest, and what only certificates ask was left unsaid."""
    reasons = [a.reason for a in summarise(scan(sample_forms)).advice if a.suggestion == "整合"]
    assert reasons and all("其他定期报表已有" in r and "主要与《" in r for r in reasons)
    assert any("（另有1项见于证明、申请类文书）" in r for r in reasons)


def test_rows_one_form_repeats_are_said_in_a_note_with_the_rate_without_them(tmp_path: Path) -> None:
    """wf78: 30 of 345 items were the blank 户内成员 | 家庭关系 rows of two 公安 printouts, counted each as an item and
    as repeated; without them the rate fell below the 20% target, and nothing told the clerk signing the notice.
    The rule stays (a row the cadre fills is an item), and a note gives the rate without those rows."""
    from yitaobiao.testing import write_docx

    rows = [["姓名", "", "身份证号码", ""]] + [["户内成员", "", "家庭关系", ""] for _ in range(4)]
    write_docx(tmp_path / "公安局" / "户籍证明.docx", "户籍证明", rows)
    _forms(tmp_path, [("民政局/低保.xlsx", "低保对象花名册", ["姓名", "公民身份号码", "家庭人口数"])])
    summary = summarise(scan(tmp_path))
    assert summary.slot_repeats == 6  # (户内成员 and 家庭关系 after their first row, three rows more each)
    [note] = [n for n in notice_text(summary).footnotes if "逐行重复" in n]
    without = (summary.fields - 6 - summary.concepts) / (summary.fields - 6)
    assert "有6项" in note and f"数据项重复率为{percent(without)}" in note
    plain = summarise(scan(_forms(tmp_path / "plain", [("民政局/低保.xlsx", "低保对象花名册", ["姓名", "公民身份号码"])])))
    assert plain.slot_repeats == 0 and not [n for n in notice_text(plain).footnotes if "逐行重复" in n]


def test_files_that_could_not_be_read_are_said_in_a_note(tmp_path: Path) -> None:
    """wf80: a damaged, an encrypted and a .doc template lay in the folder, and the notice said 「21张报表（来自18个文件）」
    as if that were all; only the console named them. A footnote says how many files are in no figure."""
    folder = _forms(tmp_path / "forms", [("民政局/低保.xlsx", "低保对象花名册", ["姓名", "公民身份号码"])])
    (folder / "民政局" / "坏表.xlsx").write_bytes(b"PK\x03\x04 not a workbook")
    (folder / "民政局" / "旧表.doc").write_bytes(b"\xd0\xcf\x11\xe0 old word")
    summary = summarise(scan(folder))
    [note] = [n for n in notice_text(summary).footnotes if "无法读取" in n]
    assert note.startswith("另有2个文件无法读取")
    clean = summarise(scan(_forms(tmp_path / "clean", [("民政局/低保.xlsx", "低保对象花名册", ["姓名"])])))
    assert not [n for n in notice_text(clean).footnotes if "无法读取" in n]


def test_a_year_of_fills_is_said_only_of_forms_that_say_how_often() -> None:
    """wf85, wf87, wf89, wf91: every 报表 was 不定期* (no form said how often), and the notice said 「采集频次超过
    “1次/季度”的数据项由3项全部消除」. With every periodic 报表's frequency unstated the sentence is left out; with some,
    it says how many were counted yearly."""
    from yitaobiao.model import Concept, Field, Form, Frequency, ScanResult
    from yitaobiao.notice import notice_text

    def form(n: int, source: str) -> Form:
        found = Form(id=f"F{n}", path=f"{n}.xlsx", sheet="S", title=f"名册{n}", department=f"部门{n}", layout="list",
                     frequency=Frequency.IRREGULAR if source == "未注明" else Frequency.QUARTERLY)
        found.frequency_source = source
        found.fields = [Field(id=f"F{n}.1", form_id=f"F{n}", path=f"{n}.xlsx", sheet="S", cell="B3", label="姓名",
                              header_path=["姓名"], concept_id="C1"),
                        Field(id=f"F{n}.2", form_id=f"F{n}", path=f"{n}.xlsx", sheet="S", cell="C3", label=f"项{n}",
                              header_path=[f"项{n}"], concept_id=f"C{n + 1}")]
        return found

    def said(sources: list[str]) -> str:
        forms = [form(n, source) for n, source in enumerate(sources, start=1)]
        concepts = [Concept("C1", "姓名", [f"F{n}.1" for n in range(1, len(forms) + 1)]),
                    *(Concept(f"C{n + 1}", f"项{n}", [f"F{n}.2"]) for n in range(1, len(forms) + 1))]
        return notice_text(summarise(ScanResult(root=".", forms=forms, concepts=concepts)), "2026年第三季度", "甲县",
                           None).paragraph

    assert "项次" not in said(["未注明"] * 5)
    assert "项次" in said(["标题"] * 5) and "按每年1次计" not in said(["标题"] * 5)
    assert "（2张报表未注明填报频次，按每年1次计）" in said(["未注明", "未注明", "标题", "标题", "标题"])


def test_an_item_asked_on_two_sheets_of_one_report_is_collected_once_a_filling() -> None:
    """wf93: a quarterly 畜牧 季报 asks its items on its total sheet and again on its by-village sheet; each was counted
    twice a quarter, and 29 items were said to be 「超过1次/季度」."""
    from yitaobiao.model import Concept, Field, Form, Frequency, ScanResult

    def sheet(n: int, name: str) -> Form:
        form = Form(id=f"F{n}", path="季报.xls", sheet=name, title=f"畜牧业生产季报（{name}）", department="农业农村局",
                    layout="indicator", frequency=Frequency.QUARTERLY)
        form.frequency_source = "标题"
        form.fields = [Field(id=f"F{n}.1", form_id=f"F{n}", path="季报.xls", sheet=name, cell="A5", label="生猪存栏",
                             header_path=["生猪存栏"], concept_id="C1")]
        return form

    result = ScanResult(root=".", forms=[sheet(1, "Sheet5"), sheet(2, "Sheet6")],
                        concepts=[Concept("C1", "生猪存栏", ["F1.1", "F2.1"])])
    assert summarise(result).burden.over_limit_before == 0


def test_the_tables_of_one_document_repeat_nothing_of_each_other(tmp_path: Path) -> None:
    """wf99: a 公共租赁住房 document of two tables, each asking the 户主's 姓名 and 公民身份号码, made them 民政局's
    duplicates (「17项，占43.6%」 with 5 only between the tables), counted 户主姓名 on one 报表 more than there were,
    and was to be 整合 「主要与《…公共租赁住房》重复」, itself. The notice counts a document once, as it counts 报表."""
    folder = _forms(tmp_path / "forms", [("卫健局/a.xlsx", "老人健康台账", ["户主姓名", "家庭人口数", "血型"])])
    write_docx_blocks(folder / "民政局" / "公租房.docx", [
        "公共租赁住房申请审核表", ([["户主姓名", "", "户主公民身份号码", ""], ["家庭类别", "", "", ""]], {}),
        "家庭收入情况", ([["户主姓名", "", "户主公民身份号码", ""], ["家庭人均收入", "", "", ""]], {})])
    summary = summarise(scan(folder))
    civil = next(g for g in summary.by_department if g.name == "民政局")
    assert civil.shared_items == 1, civil  # 户主姓名 only, asked by the 卫健局 form too
    top = {entry.name: entry for entry in summary.repeated_items}
    assert len(top["户主姓名"].forms) == 2 and "户主公民身份号码" not in top, top
    assert not any("公共租赁住房" in a.reason for a in summary.advice), [a.reason for a in summary.advice]
    # (wf101: 他表已有 counts what another 报表 asks, as the reason beside it does)
    assert all(a.shared_items <= 1 for a in summary.advice if "公共租赁住房" in a.title), summary.advice


def test_the_word_notice_gives_no_fills_a_year_when_no_form_says_how_often(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """wf108: every 报表 unstated, the notice's text left the year's fills out, and its Word table still gave
    「全年填报（项次）207→139」 and 「超过“1次/季度”的数据项 4→0」 — items merely asked by five yearly forms."""
    monkeypatch.chdir(tmp_path)

    def table_text(titles: list[str], name: str) -> str:
        folder = _forms(tmp_path / name, [(f"部门{n}/表{n}.xlsx", title, ["姓名", "公民身份号码", f"项{n}"])
                                          for n, title in enumerate(titles, start=1)])
        out = tmp_path / f"{name}.docx"
        result = runner.invoke(app, ["scan", str(folder), "--notice", str(out), "-q", "--period", "2026Q3"])
        assert result.exit_code == 0, result.output
        with zipfile.ZipFile(out) as doc:
            return "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", doc.read("word/document.xml").decode("utf-8")))

    assert "全年填报（项次）" not in table_text([f"名册{n}" for n in range(5)], "未注明")
    assert "全年填报（项次）" in table_text([f"名册{n}（季报）" for n in range(5)], "季报")
