from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from typer.testing import CliRunner

from yitaobiao.cli import app
from yitaobiao.mapping import Mapping, embedded
from yitaobiao.merge import (
    INDICATORS,
    PERSONS,
    build_mapping,
    is_category_sheet,
    junk_reason,
    plan_merge,
    write_merged,
)
from yitaobiao.model import Concept, Field, Form, FormKind, Layout, ScanResult, Subject
from yitaobiao.scan import scan

FIXED = dt.datetime(2025, 10, 1, 9, 0)


def test_sample_forms_merge(sample_forms: Path, tmp_path: Path) -> None:
    result = scan(sample_forms)
    plan = plan_merge(result, created=FIXED)
    out = tmp_path / "一套表.xlsx"
    write_merged(plan, out)
    wb = load_workbook(out)
    assert wb.sheetnames[:3] == [PERSONS, "户", INDICATORS] and {"字段对照", "说明"} <= set(wb.sheetnames)
    # (wf29: the 说明 sheet's item count was the notice's, forms left out included; what the 一套表 asks is its own row)
    about = {r[0]: r[1] for r in wb["说明"].iter_rows(values_only=True) if r and r[0]}
    asked = {col.concept.id for sheet in plan.sheets() for col in plan.sheet_columns(sheet)}
    told = re.match(r"(\d+)（各报表的数据项 (\d+) 项；另有 (\d+) 列勾选所属群体或报表", str(about["一套表采集数据项数"]))
    assert told and int(told.group(1)) == len(asked), about["一套表采集数据项数"]
    # (wf148: 107 here against the notice's 97 with nothing to say why: the added tick columns are told apart)
    ticks = {col.concept.id for sheet in plan.sheets() for col in plan.sheet_columns(sheet) if col.selects}
    assert int(told.group(3)) == len(ticks) > 0 and int(told.group(2)) <= about["去重后数据项数（全部报表，同通报）"]
    # every form in the 一套表: its items are the notice's (a 姓名 printed again to join a later sheet's rows too)
    whole = plan_merge(result, created=FIXED, include_on_demand=True)
    assert not [x for x in whole.left_out if not x.label]
    write_merged(whole, tmp_path / "全部.xlsx")
    about = {r[0]: r[1] for r in load_workbook(tmp_path / "全部.xlsx")["说明"].iter_rows(values_only=True) if r and r[0]}
    told = re.match(r"\d+（各报表的数据项 (\d+) 项", str(about["一套表采集数据项数"]))
    assert told and int(told.group(1)) == about["去重后数据项数（全部报表，同通报）"], about["一套表采集数据项数"]
    roster = wb[PERSONS]
    headers = [roster.cell(4, c).value for c in range(2, roster.max_column + 1)]
    assert headers.count("公民身份号码") == 1 and "死亡日期" in headers and "出生日期" in headers
    id_col = next(c for c in range(2, roster.max_column + 1) if roster.cell(4, c).value == "公民身份号码")
    assert "民政局" in roster.cell(4, id_col).comment.text
    rules = {dv.type for dv in roster.data_validations.dataValidation}
    assert {"list", "textLength", "date", "decimal"} <= rules
    assert roster.freeze_panes == "D5" and roster.print_title_rows == "$3:$4"  # 序号, 姓名, 公民身份号码 stay in view
    assert roster.page_setup.orientation == "landscape"
    indicators = wb[INDICATORS]
    names = [indicators.cell(r, 1).value for r in range(5, indicators.max_row)]
    assert "户籍人口" in names and any(n and n.strip("　").startswith("其中：") for n in names)
    mapping = wb["字段对照"]
    assert mapping.max_row == 1 + len(plan.mapping)
    periodic = [f for form in result.forms if form.kind is not FormKind.ON_DEMAND for f in form.fields]
    assert len(plan.mapping) + sum(1 for x in plan.left_out if x.label) == len(periodic)
    assert embedded(wb) == build_mapping(plan)  # the workbook carries its own mapping


def test_the_note_of_a_themed_part_with_units_is_numbered_in_order() -> None:
    """A record sheet printed in themed parts, with units: its 填表说明 was numbered 1, 2, 2, 4."""
    from types import SimpleNamespace

    from yitaobiao.merge import _instructions

    def column(name: str, **kw: object) -> SimpleNamespace:
        concept = SimpleNamespace(name=name, standard_name=name)
        return SimpleNamespace(**{"name": name, "concept": concept, "record": PERSONS, "unit": None, "joins": None,
                                  "rule": None, "selects": False, **kw})

    first = [column("姓名"), column("公民身份号码", rule="id")]
    cols = [column("公民身份号码", joins="id", rule="id"), column("家庭年收入", unit="元", rule="number")]
    plan = SimpleNamespace(conflicts=[], columns=[*first, *cols])
    text = _instructions(cols, plan, f"{PERSONS}（收入等）")  # type: ignore[arg-type]
    numbers = [int(line.split(".")[0]) for line in text.splitlines()[1:]]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) == 4, text
    # The first part holds the identifying columns themselves: its note names them as the later parts' do.
    opening = _instructions(first, plan, f"{PERSONS}（基本信息等）")  # type: ignore[arg-type]
    assert "每张表都先填公民身份号码，" in opening and "每张表都先填公民身份号码，" in text


def test_each_record_sheet_holds_only_its_subject_and_headers_are_distinct(sample_forms: Path) -> None:
    result = scan(sample_forms)
    plan = plan_merge(result, created=FIXED)
    forms = result.form_index()
    for col in plan.columns:
        for f in col.sources:
            subject = forms[f.form_id].subject
            expected = {Subject.PERSON: PERSONS, Subject.HOUSEHOLD: "户"}.get(subject, INDICATORS)
            assert col.sheet == expected, (col.name, forms[f.form_id].title)
    for sheet in plan.sheets():
        headers = [c.name for c in plan.sheet_columns(sheet)]
        assert len(headers) == len(set(headers)), sheet
    groups = {c.selects for c in plan.columns if c.selects}
    assert {"低保对象", "留守儿童", "防返贫监测对象"} <= groups
    left = [x.title for x in plan.left_out if not x.label]
    assert left == [f.title for f in result.forms if f.kind is FormKind.ON_DEMAND] and left


def test_on_demand_documents_can_be_included(sample_forms: Path) -> None:
    result = scan(sample_forms)
    plan = plan_merge(result, created=FIXED, include_on_demand=True)
    assert not [x for x in plan.left_out if not x.label]
    assert any(c.selects and c.selects.startswith("《") for c in plan.columns)


def test_junk_labels_are_not_columns() -> None:
    for label in ("审核人：", "年", "月", "年 月 日", "经办人签字", "本人承诺以上信息真实有效，如有虚假愿承担一切法律责任。",
                  "110101199001011234"):
        assert junk_reason(label), label
    for label in ("姓名", "出生年月", "家庭年收入（元）", "登记日期", "E-mail"):
        assert junk_reason(label) is None, label


def test_unit_conflict_is_recorded_with_a_factor() -> None:
    forms, fields = [], []
    for n, unit in enumerate(["万元", "元", "元"], start=1):
        f = Field(id=f"F{n}.1", form_id=f"F{n}", path=f"{n}.xlsx", sheet="S", cell="A5", label=f"村集体经济收入（{unit}）",
                  header_path=[f"村集体经济收入（{unit}）"], unit=unit, concept_id="C1")
        fields.append(f)
        forms.append(Form(id=f"F{n}", path=f"{n}.xlsx", sheet="S", title=f"表{n}", department=f"部门{n}",
                          layout="indicator", fields=[f]))
    result = ScanResult(root=".", forms=forms, concepts=[Concept("C1", "村集体经济收入", [f.id for f in fields])])
    plan = plan_merge(result, created=FIXED)
    assert plan.columns[0].unit == "元"
    assert [row.factor for row in plan.mapping] == [0.0001, 1.0, 1.0]
    assert plan.conflicts and plan.conflicts[0].merged_unit == "元"


def test_an_amount_in_the_unit_its_forms_unit_line_states() -> None:
    """helper-86: a roster's 应发金额 under 「金额单位：元」 went to a 一套表 column in 万元 with factor 1: 1.3 万元
    reached the roster as 1.3 元. The unit line gives the label its unit; 「单位：户、人、万元」 gives an amount 万元."""
    forms, fields = [], []
    for n, (label, own, stated) in enumerate([("应发金额", None, "元"), ("应发金额（万元）", "万元", "户、人、万元"),
                                              ("应发金额（万元）", "万元", None)], start=1):
        f = Field(id=f"F{n}.1", form_id=f"F{n}", path=f"{n}.xlsx", sheet="S", cell="A5", label=label,
                  header_path=[label], unit=own, concept_id="C1")
        fields.append(f)
        forms.append(Form(id=f"F{n}", path=f"{n}.xlsx", sheet="S", title=f"表{n}", department=f"部门{n}",
                          layout="list", fields=[f], unit=stated))
    plan = plan_merge(ScanResult(root=".", forms=forms, concepts=[Concept("C1", "应发金额", [f.id for f in fields])]),
                      created=FIXED)
    assert next(c for c in plan.columns if c.concept.id == "C1").unit == "万元"
    assert [row.factor for row in plan.mapping] == [10000.0, 1.0, 1.0]
    assert plan.conflicts and set(plan.conflicts[0].units) == {"元", "万元"}


LABELS = ["姓名", "性别", "身份证号", "出生日期", "联系电话", "户籍人口", "耕地面积", "家庭年收入", "民族", "备注"]


@st.composite
def scan_results(draw: st.DrawFn) -> ScanResult:
    n_forms = draw(st.integers(1, 5))
    forms, concepts = [], {}
    for i in range(1, n_forms + 1):
        layout = draw(st.sampled_from(["list", "indicator", "card"]))
        labels = draw(st.lists(st.sampled_from(LABELS), min_size=1, max_size=6, unique=True))
        form = Form(id=f"F{i}", path=f"部门{i}/表{i}.xlsx", sheet="Sheet1", title=f"表{i}", department=f"部门{i % 3}",
                    layout=layout, subject=draw(st.sampled_from([None, *Subject])),
                    population=draw(st.sampled_from([None, "低保对象", "残疾人"])),
                    kind=draw(st.sampled_from([None, FormKind.PERIODIC, FormKind.ON_DEMAND])))
        for j, label in enumerate(labels, start=1):
            cid = f"C{LABELS.index(label) + 1}"
            f = Field(id=f"F{i}.{j}", form_id=form.id, path=form.path, sheet="Sheet1", cell=f"A{j}", label=label,
                      header_path=[label], concept_id=cid, department=form.department)
            form.fields.append(f)
            concepts.setdefault(cid, Concept(cid, label, [])).field_ids.append(f.id)
        forms.append(form)
    return ScanResult(root=".", forms=forms, concepts=list(concepts.values()))


@settings(max_examples=60, deadline=None)
@given(scan_results())
def test_merge_invariants(result: ScanResult) -> None:
    plan = plan_merge(result, created=FIXED)
    mapped = [row.field.id for row in plan.mapping]
    included = [f for form in result.forms if form.kind is not FormKind.ON_DEMAND for f in form.fields]
    assert sorted(mapped) == sorted(f.id for f in included)  # every source field exactly once
    items = [c for c in plan.columns if not c.selects and c.sources]
    # (the columns no form asks, naming a record of a sheet no form names, take nothing from any form)
    assert all(not c.sources and not c.concept.field_ids for c in plan.columns if c.concept.id.startswith("N"))
    # every item placed (a form's own 备注 is a column of its own: 「C3#F2」 is C3 as form F2 asks it)
    assert {c.concept.id.partition("#")[0] for c in items} == {f.concept_id for f in included}
    keys = [(c.sheet, c.concept.id) for c in plan.columns]
    assert len(keys) == len(set(keys))  # an item once per sheet (each form's own 备注 once)
    places = [(c.sheet, c.position) for c in plan.columns]
    assert len(places) == len(set(places))  # no two items share a column or row
    seen: set[tuple[str, str]] = set()
    for row in plan.mapping:
        key = (row.form.id, row.column.concept.id)
        assert key not in seen or row.slot  # one form, one column, unless repeated slots
        seen.add(key)
        assert row.column.sheet == plan.record_sheet_of[row.form.id] or (
            row.column.sheet == INDICATORS and plan.record_sheet_of[row.form.id] is None)  # the form's own sheet
    for form in result.forms:
        if form.population and form.kind is not FormKind.ON_DEMAND and plan.record_sheet_of.get(form.id) is not None \
                and not is_category_sheet(plan.record_sheet_of[form.id]):
            selector = next(c for c in plan.columns if c.key == plan.selector_of[form.id])
            assert selector.selects == form.population and selector.sheet == plan.record_sheet_of[form.id]
    again = plan_merge(result, created=FIXED)
    assert build_mapping(again) == build_mapping(plan)  # merging twice gives the same result
    assert Mapping.from_dict(build_mapping(plan).to_dict()) == build_mapping(plan)  # the JSON round trip


def test_merge_twice_gives_the_same_workbook(sample_forms: Path, tmp_path: Path) -> None:
    result = scan(sample_forms)
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    write_merged(plan_merge(result, created=FIXED), a)
    write_merged(plan_merge(scan(sample_forms), created=FIXED), b)
    wa, wb = load_workbook(a), load_workbook(b)
    for name in wa.sheetnames:
        assert [[c.value for c in row] for row in wa[name].iter_rows()] == \
               [[c.value for c in row] for row in wb[name].iter_rows()]


def test_cli_merge_follows_the_last_scan(sample_forms: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(app, ["scan", str(sample_forms), "-q"]).exit_code == 0
    result = runner.invoke(app, ["merge"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    mapping = json.loads((tmp_path / "一套表.mapping.json").read_text(encoding="utf-8"))
    # 104 fields less the on-demand 申请表 (12 fields) → 92; 59 items less its own ones, in 3 sheets, plus groups
    assert len(mapping["fields"]) == 92 and {i["sheet"] for i in mapping["items"]} == {PERSONS, "户", INDICATORS}
    again = runner.invoke(app, ["merge"])
    assert again.exit_code == 2 and "--force" in again.stderr
    assert runner.invoke(app, ["merge", str(sample_forms), "-o", "b.xlsx", "-q"]).exit_code == 0


def test_cli_merge_without_a_scan_says_what_to_do(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["merge"])
    assert result.exit_code == 1 and "yitaobiao scan" in result.stderr


def test_code_lists_of_hidden_sheets_become_dropdowns(tmp_path: Path) -> None:
    from yitaobiao.testing import list_rows, write_xlsx

    nations = [["民族"], *([f"{n}族（民族）"] for n in "汉蒙回藏维苗彝壮布朝满侗瑶白土哈傣黎傈佤畲高拉水东纳景柯土达仫羌布撒毛仡锡阿普塔乌俄鄂裕京基门珞赫")]
    rows, merges = list_rows("测试台账", ["姓名", "民族", "性别"])
    write_xlsx(tmp_path / "forms" / "民政局" / "台账.xlsx", [("Sheet1", rows, merges)], hidden=[("代码表", nations)])
    result = scan(tmp_path / "forms")
    assert result.code_lists["民族"] == list(dict.fromkeys(row[0] for row in nations[1:]))
    plan = plan_merge(result, created=FIXED)
    out = tmp_path / "一套表.xlsx"
    write_merged(plan, out)
    wb = load_workbook(out)
    assert wb["代码表"].sheet_state == "hidden"
    sources = [dv.formula1 for dv in wb[PERSONS].data_validations.dataValidation if dv.type == "list"]
    assert any(s.startswith("代码表!") for s in sources) and '"男,女"' in sources


def test_a_forms_own_code_list_serves_only_its_own_workbook(tmp_path: Path) -> None:
    """A 户厕 check's hidden list of 问题类型 (粪污满溢, 渗漏 …) is not the dropdown of a 巡田 register's 问题类型
    (helper-61); a standard item's list (民族) from one workbook serves every form that asks it."""
    from yitaobiao.testing import list_rows, write_xlsx

    toilet_problems = [["问题类型"], ["粪污满溢"], ["便器破损"], ["渗漏"]]
    nations = [["民族"], ["汉族"], ["回族"], ["苗族"]]
    rows, merges = list_rows("户厕问题排查台账", ["户主姓名", "厕所类型", "问题类型"])
    write_xlsx(tmp_path / "forms" / "农业农村局" / "户厕.xlsx", [("Sheet1", rows, merges)],
               hidden=[("下拉选项", toilet_problems)])
    rows, merges = list_rows("困难群众名册", ["姓名", "民族"])
    write_xlsx(tmp_path / "forms" / "民政局" / "名册.xlsx", [("Sheet1", rows, merges)], hidden=[("代码表", nations)])
    rows, merges = list_rows("耕地巡田台账", ["巡查人员", "地块名称", "问题类型"])
    write_xlsx(tmp_path / "forms" / "自然资源局" / "巡田.xlsx", [("Sheet1", rows, merges)])
    rows, merges = list_rows("学生资助名册", ["学生姓名", "民族", "就读学校"])
    write_xlsx(tmp_path / "forms" / "教育局" / "资助.xlsx", [("Sheet1", rows, merges)])
    result = scan(tmp_path / "forms")
    plan = plan_merge(result, created=FIXED)
    problems = {f.path.split("/")[0]: c.options for c in plan.columns if c.name.endswith("问题类型") for f in c.sources}
    assert problems == {"农业农村局": ["粪污满溢", "便器破损", "渗漏"], "自然资源局": []}
    nation = next(c for c in plan.columns if c.name == "民族")
    # (民族 offers the whole national list, GB/T 3304, not one workbook's three: wf23's five refused 彝族)
    assert nation.options[:3] == ["汉族", "蒙古族", "回族"] and len(nation.options) == 56
    assert {f.path.split("/")[0] for f in nation.sources} == {"民政局", "教育局"}


def test_one_templates_list_for_an_item_others_ask_warns_and_allows_other_words(tmp_path: Path) -> None:
    """wf34: the 综治 template's 文化程度 list (GB/T 4658 words down to 「高中以下」) refused every village's 初中 and
    小学 in the 一套表. A list one template keeps for an item other forms ask is offered with a warning, not a
    refusal; 性别 stays a list to choose from."""
    from yitaobiao.testing import list_rows, write_xlsx

    schooling = [["文化程度"], ["大学本科毕业"], ["普通高中毕业"], ["高中以下"]]
    rows, merges = list_rows("实有人口数据", ["姓名", "性别", "文化程度"])
    write_xlsx(tmp_path / "forms" / "综治中心" / "人口.xlsx", [("Sheet1", rows, merges)],
               hidden=[("代码表", schooling)])
    rows, merges = list_rows("困难群众名册", ["姓名", "性别", "文化程度"])
    write_xlsx(tmp_path / "forms" / "民政局" / "名册.xlsx", [("Sheet1", rows, merges)])
    plan = plan_merge(scan(tmp_path / "forms"), created=FIXED)
    out = tmp_path / "一套表.xlsx"
    write_merged(plan, out)
    styles = {str(dv.formula1): dv.errorStyle for dv in load_workbook(out)[PERSONS].data_validations.dataValidation
              if dv.type == "list"}
    assert styles['"男,女"'] in (None, "stop") and styles['"大学本科毕业,普通高中毕业,高中以下"'] == "warning", styles


def test_the_one_tables_title_names_the_county_most_forms_name(tmp_path: Path) -> None:
    """One reading of the region for the notice and the 一套表; the clerk's --region wins in both (helper-82: the
    一套表 said 椒江区, two of nineteen forms' place, after scan --region 青山县)."""
    from yitaobiao.notice import region_from
    from yitaobiao.testing import list_rows, write_xlsx

    assert region_from(["青山县低保花名册", "青山县学生资助", "青山县人口统计表", "农业年报"]) == "青山县"
    # Templates gathered from several places: two from 宁波市 do not make it a 宁波市 一套表.
    assert region_from(["宁波市慈善总会助学登记表", "宁波市国家助学贷款汇总表", "三亚市实有人口", "米脂县学生资助",
                        "长沙市户籍证明"]) == ""
    assert region_from(["XX县低保花名册", "XX县学生资助"]) == "" and region_from([]) == ""
    # (u407: 「____县共梳理4个部门12张报表」 opened the notice)
    assert region_from(["____县低保花名册", "____县学生资助", "＿＿县残疾人台账"]) == ""
    forms = tmp_path / "forms"
    write_xlsx(forms / "民政局" / "低保.xlsx", [("Sheet1", *list_rows("椒江区低保名册", ["姓名", "公民身份号码"]))])
    result = scan(forms)
    assert plan_merge(result).title.startswith("村（社区）")  # one form is not the county's 一套表
    result.region = "青山县"
    from yitaobiao.catalog import from_dict, to_dict

    assert plan_merge(from_dict(to_dict(result))).title == "青山县村（社区）基础数据“一套表”"


def test_namesakes_are_told_apart_by_what_differs(tmp_path: Path) -> None:
    """「农用化肥施用量（农用化肥施用量（折纯量））」 and 「当年新增（当年新增（亩））（亩）」: the hint repeated the
    name, nested brackets, or was the header 「其中」 that stands over every total's parts (helper-19)."""
    from yitaobiao.testing import list_rows, write_xlsx

    forms = tmp_path / "forms"
    rows, merges = list_rows("各村化肥施用情况表", ["村名", ("农用化肥施用量（实物量）", ["合计", "氮肥"]),
                                                 ("农用化肥施用量（折纯量）", ["合计", "氮肥"])])
    write_xlsx(forms / "农业农村局" / "化肥.xlsx", [("Sheet1", rows, merges)])
    rows, merges = list_rows("各村土坯房情况表", ["村名", ("唯一土坯房（有人居住）", ["已享受改造政策"]),
                                                ("唯一土坯房（长期闲置）", ["已享受改造政策"])])
    write_xlsx(forms / "住建局" / "土坯房.xlsx", [("Sheet1", rows, merges)])
    names = [c.name for c in plan_merge(scan(forms), created=FIXED).columns]
    assert {"农用化肥施用量（实物量）", "农用化肥施用量（折纯量）", "农用化肥施用量氮肥（实物量）",
            "农用化肥施用量氮肥（折纯量）", "已享受改造政策（唯一土坯房·长期闲置）"} <= set(names), names
    assert not [n for n in names if n.count("（") > 1]


def test_a_villages_section_is_headed_with_the_scope_its_forms_title_gives() -> None:
    """wf139, wf140: 「一、蔬菜 › 蔬菜合计 | 芹菜」 of a 设施种植业生产情况（一） stood under a bare 「蔬菜」 on the 村（社区）
    sheet, and the cadre typed the village's whole 650 亩 of vegetables into the 设施 form's cells. On a sheet of villages
    a section's header carries its one form's title; a title that only repeats the section adds nothing."""
    from yitaobiao.merge import _theme
    from yitaobiao.synonyms import load_synonyms

    synonyms = load_synonyms()
    total = Concept(id="C1", name="设施蔬菜合计", field_ids=["F1.1"])
    sources = [Field(id="F1.1", form_id="F1", path="农业年报表.xls", sheet="设施种植业一", cell="B5", label="蔬菜合计",
                     header_path=["一、蔬       菜", "蔬菜合计"])]
    scopes = {"F1": "设施种植业生产情况（一）"}
    assert _theme(total, synonyms, False, sources, scopes, scopes=scopes) == "设施种植业生产情况·蔬菜"
    assert _theme(total, synonyms, False, sources, scopes) == "蔬菜"  # (a person's section stays the section's)
    assert _theme(total, synonyms, False, sources, scopes, scopes={"F1": "蔬菜生产情况表"}) == "蔬菜"
    assert _theme(total, synonyms, False, sources, scopes, scopes={}) == "蔬菜"  # (a file code for a title)


def test_a_documents_selector_is_cut_where_a_reader_expects() -> None:
    from yitaobiao.normalize import short_title as _short_title

    assert _short_title("浙江省社会保险参保证明（个人专用）") == "浙江省社会保险参保证明"
    cut = _short_title("温岭市（区）某某某某某某某某某某某登记表（试行）")
    assert cut.count("（") == cut.count("）") and len(cut) <= 16
    # (wf17: two editions of one survey were both cut to 「广州市农村扶贫开发“规划到户责任」)
    editions = [_short_title(f"广州市农村扶贫开发“规划到户责任到人”{year}年度调查表（{n}）") for year, n in
                (("2011", "一"), ("2012", "一"), ("2012", "二"))]
    assert editions[0] == "农村扶贫开发…2011年度调查表（一）" and len(set(editions)) == 3
    # (u319: a county's name goes before the title is cut, 「…发放花」 was the cut's; a 农贸市场 is no city)
    assert _short_title("青禾县个人职业技能提升补贴发放花名册") == "个人职业技能提升补贴发放花名册"
    assert _short_title("农贸市场食品安全快速检测情况登记汇总表")[:4] == "农贸市场"
    # (u398, u400: a placeholder county and the year went first, then a note in brackets inside the title; the cut
    # had left 「XX县2026年种粮大户补贴资金」 and 「结建人防工程（防空地下室）建设情」)
    assert _short_title("XX县2026年种粮大户补贴资金发放明细表") == "种粮大户补贴资金发放明细表"
    assert _short_title("____县严重精神障碍患者管理花名册（季报）") == "严重精神障碍患者管理花名册"
    assert _short_title("清河县结建人防工程（防空地下室）建设情况台账") == "结建人防工程建设情况台账"


def test_a_phone_column_shows_eleven_digits_on_one_line(tmp_path: Path) -> None:
    """The 一套表's 联系电话 column was ten characters wide: a mobile number wrapped and could not be read (helper-22)."""
    from yitaobiao.testing import list_rows, write_xlsx

    forms = tmp_path / "forms"
    rows, merges = list_rows("低保对象花名册", ["姓名", "联系电话", "现住址"])
    write_xlsx(forms / "民政局" / "低保.xlsx", [("Sheet1", rows, merges)])
    plan = plan_merge(scan(forms), created=FIXED)
    write_merged(plan, tmp_path / "一套表.xlsx")
    ws = load_workbook(tmp_path / "一套表.xlsx")[PERSONS]
    phone = next(c for c in plan.columns if c.name == "联系电话")
    assert ws.column_dimensions[get_column_letter(phone.position)].width >= 14


def test_the_words_before_the_first_box_are_no_option() -> None:
    """「请选择对应项目打“√” □独立核算 □非独立核算」 offered the instruction as a dropdown choice; picked, it wiped the
    form's boxes in the department's Word form (helper-23, 税务登记表)."""
    from yitaobiao.merge import _options

    accounting = Field("F1.1", "F1", "t.docx", "表1", "A1", "核算方式", ["核算方式"],
                       options=["请选择对应项目打“√” □独立核算 □非独立核算"])
    assert _options([accounting]) == ["独立核算", "非独立核算"]


def test_one_template_in_several_folders_asks_its_generic_item_once(tmp_path: Path) -> None:
    """The same form with a generic 人数 in three folders printed 「人数（C1144）」, an internal id (helper-26); it is
    one template, and its 人数 one item (wf30: 婚姻信息查询结果's 登记机关 from 档案馆 and 民政局 stood apart)."""
    from yitaobiao.testing import list_rows, write_xlsx

    for department in ("民政局", "卫健局", "残联"):
        rows, merges = list_rows("各村人口情况表", ["姓名", "人数"])
        write_xlsx(tmp_path / "forms" / department / "人口.xlsx", [("Sheet1", rows, merges)])
    plan = plan_merge(scan(tmp_path / "forms"))
    write_merged(plan, tmp_path / "一套表.xlsx")
    headers = [str(c.value) for ws in load_workbook(tmp_path / "一套表.xlsx") for row in ws.iter_rows(max_row=6)
               for c in row if isinstance(c.value, str) and c.value.startswith("人数")]
    assert headers and not any(re.search(r"C\d+", h) for h in headers), headers
    result = scan(tmp_path / "forms")
    assert len({f.concept_id for f in result.fields if f.label == "人数"}) == 1


def test_group_headers_are_cut_where_the_words_part() -> None:
    """Group headers read 「养老服务补贴名」, 「2024新槐村监测户基本」, 「农村基本情况及农业生产条」 (helper-25)."""
    from yitaobiao.merge import _short

    assert _short("养老服务补贴名单") == "养老服务补贴"
    assert _short("农村基本情况及农业生产条件（一）") == "农村基本情况"
    assert _short("（适用单位纳税人）") == "适用单位纳税人"


# Themes of real_forms_more's 一套表 read 「新槐村监测户」, 「燕云村2024年农作物保」, 「湖南工业大学勤工助学申请」,
# 「党组织工作规则（试行）》」 and 「本月（季）投入帮扶资金构」: a village's, a school's or a charity's own name, a place
# left blank, a law's title cut in half. The 一套表 is filled by every village. The last four only look like a place
# or a name of their own: they stay.
@pytest.mark.parametrize(("title", "header"), [
    ("2024新槐村监测户基本信息台账", "监测户"),
    ("燕云村2024年农作物保险投保清单", "农作物保险投保"),
    ("湖南工业大学勤工助学申请花名册", "勤工助学申请"),
    ("宁波市慈善总会彩虹助学推荐大学生汇总登记表", "彩虹助学推荐大学生汇总"),
    ("（镇街）2024年自然灾害对巩固拓展脱贫攻坚成果工作的影响情况表", "自然灾害"),
    ("落实《四川省社区党组织工作规则（试行）》情况", "社区党组织工作规则"),
    ("本月（季）投入帮扶资金构成", "本月投入帮扶资金构成"),
    ("温岭市某某镇农村低保", "农村低保"),
    ("社区党组织建设情况", "社区党组织建设情况"),
    ("行政村道路硬化", "行政村道路硬化"),
    ("县农村土坯房基本情况摸排", "县农村土坯房基本情况摸排"),
    ("考上大学、大专院校、高中", "考上大学、大专院校、高中"),
])
def test_group_headers_are_the_countys_not_one_villages_or_schools(title: str, header: str) -> None:
    from yitaobiao.merge import _short

    assert _short(title) == header


def test_a_record_sheet_opens_with_what_names_its_record(tmp_path: Path) -> None:
    """The household sheet opened with a bare 性别 and had 户主姓名 twenty columns on (helper-29)."""
    from yitaobiao.testing import list_rows, write_xlsx

    rows, merges = list_rows("农户基本情况台账", ["性别", "户口性质", "家庭人口数", "户主姓名", "户主身份证号"])
    write_xlsx(tmp_path / "forms" / "农业农村局" / "农户.xlsx", [("Sheet1", rows, merges)])
    mapping = build_mapping(plan_merge(scan(tmp_path / "forms")))
    household = sorted((i for i in mapping.items if i.sheet.startswith("户")), key=lambda i: i.position)
    assert [i.name for i in household[:2]] == ["户主姓名", "户主公民身份号码"], [i.name for i in household]


def test_a_register_listing_people_by_household_asks_their_head(tmp_path: Path) -> None:
    """wf132, wf134: a 监测户台账 lists each of a household's people with 与户主关系, 人数 and 户类型, and no form asked
    户主姓名 or 户编号: the cadre could not say whose household a member was, and the household's items reached the
    head's row alone. The person sheet asks 户主姓名, to no form; a roster asking no relation does not."""
    from yitaobiao.testing import list_rows, write_xlsx

    rows, merges = list_rows("监测户基本信息台账", ["姓名", "证件号码", "人数", "与户主关系", "户类型", "致贫原因"])
    write_xlsx(tmp_path / "forms" / "乡村振兴局" / "监测户.xlsx", [("Sheet1", rows, merges)])
    mapping = build_mapping(plan_merge(scan(tmp_path / "forms")))
    head = [i for i in mapping.items if i.name == "户主姓名" and i.sheet.startswith("人员")]
    assert len(head) == 1 and not [f for f in mapping.fields if f.item == head[0].key], mapping.items
    rows, merges = list_rows("老党员补贴名册", ["姓名", "证件号码", "党龄", "补贴金额"])
    write_xlsx(tmp_path / "other" / "组织部" / "党员.xlsx", [("Sheet1", rows, merges)])
    mapping = build_mapping(plan_merge(scan(tmp_path / "other")))
    assert not [i for i in mapping.items if i.name == "户主姓名"], mapping.items


def test_the_one_table_asks_a_household_by_what_a_cadre_knows(tmp_path: Path) -> None:
    """wf133: told 「同一户的人请填相同的户编号」, the cadre made up D-H001, and 乡村振兴局's form, whose 户编号 is its own
    register's number, got it. The 一套表 asks the head's ID number or name first, and says a department's number is
    copied, not made up."""
    from openpyxl import load_workbook

    from yitaobiao.merge import write_merged
    from yitaobiao.testing import list_rows, write_xlsx

    forms = tmp_path / "forms"
    write_xlsx(forms / "乡村振兴局" / "监测对象.xlsx", [("Sheet1", *list_rows(
        "防止返贫监测对象名册", ["姓名", "公民身份号码", "户编号", "户主身份证号", "户主姓名", "与户主关系"]))])
    write_xlsx(forms / "教育局" / "调查表.xlsx", [("Sheet1", [
        ["甲县困难学生家庭情况调查表", "", "", ""], ["姓名", "", "公民身份号码", ""], ["家庭成员情况", "", "", ""],
        ["姓名", "年龄", "与学生关系", "工作单位"], *[["", "", "", ""]] * 3], [(0, 0, 0, 3), (2, 0, 2, 3)])])
    plan = plan_merge(scan(forms))
    write_merged(plan, tmp_path / "一套表.xlsx")
    wb = load_workbook(tmp_path / "一套表.xlsx")
    told = next(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if "同一户的人请填相同的" in str(c.value))
    assert "同一户的人请填相同的“户主公民身份号码”或“户主姓名”" in told and "“户编号”请照部门编的号填写" in told, told


def test_the_columns_naming_a_record_stay_in_view_and_in_print(tmp_path: Path) -> None:
    """A second printed page of a wide sheet showed 序号 alone, no one's name (helper-25)."""
    from yitaobiao.testing import list_rows, write_xlsx

    labels = ["姓名", "公民身份号码", *(f"补贴项目{n}金额（元）" for n in range(1, 26))]
    rows, merges = list_rows("各类补贴发放明细表", labels)
    write_xlsx(tmp_path / "forms" / "民政局" / "补贴.xlsx", [("Sheet1", rows, merges)])
    write_merged(plan_merge(scan(tmp_path / "forms")), tmp_path / "一套表.xlsx")
    ws = load_workbook(tmp_path / "一套表.xlsx")["人员"]
    assert ws.freeze_panes == "D5" and ws.print_title_cols == "$A:$C", (ws.freeze_panes, ws.print_title_cols)


def test_an_indicator_three_levels_deep_gets_its_row(tmp_path: Path) -> None:
    """农作物总播种面积 › 粮食作物 › 谷物 › 稻谷: a 其中 of a 其中 got no row and merge stopped on an internal error
    (helper-37's statistical corpus)."""
    from yitaobiao.testing import write_xlsx

    rows = [["粮食作物播种面积统计表", "", "", ""], ["指标名称", "代码", "计量单位", "本期"],
            ["一、农作物总播种面积", "01", "亩", ""], ["  （一）粮食作物", "02", "亩", ""], ["    1.谷物", "03", "亩", ""],
            ["      （1）稻谷", "04", "亩", ""], ["      （2）玉米", "05", "亩", ""], ["    2.豆类", "06", "亩", ""]]
    write_xlsx(tmp_path / "forms" / "农业农村局" / "播种.xlsx", [("Sheet1", rows, [(0, 0, 0, 3)])])
    plan = plan_merge(scan(tmp_path / "forms"))
    positions = [c.position for c in plan.columns if c.sheet == INDICATORS]
    assert len(positions) == 6 and min(positions) >= 5 and len(set(positions)) == 6
    write_merged(plan, tmp_path / "一套表.xlsx")
    names = [row[0] for row in load_workbook(tmp_path / "一套表.xlsx")[INDICATORS].iter_rows(min_row=5, values_only=True)
             if row[0]]
    shown = [n.strip("\u3000 ").removeprefix("其中：") for n in names]
    # each under its parent, in its own words (「谷物稻谷」 under 谷物 is 稻谷: wf9's 「帮扶资金总量帮扶单位自筹资金」)
    assert shown[:5] == ["农作物总播种面积", "粮食作物", "谷物", "稻谷", "玉米"], names
    indents = [len(n) - len(n.lstrip("\u3000")) for n in names[:5]]
    assert indents == [0, 2, 4, 6, 6], names  # and further in, a level a step


def test_a_breakdown_in_a_block_side_by_side_has_its_own_blocks_parent(tmp_path: Path) -> None:
    """播种面积 › 谷物 › 稻谷 beside 总产量 › 谷物 › 稻谷: the output's 稻谷 stood under the area's 谷物 in the 指标
    sheet, its parent looked up by name alone (helper-37's corpus)."""
    from yitaobiao.testing import write_xlsx

    rows = [["粮食作物播种面积和产量统计表", "", "", "", "", ""],
            ["指标名称", "计量单位", "本期", "指标名称", "计量单位", "本期"],
            ["一、农作物播种面积", "亩", "", "二、粮食总产量", "吨", ""],
            ["  （一）谷物", "亩", "", "  （一）谷物", "吨", ""],
            ["    1.稻谷", "亩", "", "    1.稻谷", "吨", ""]]
    write_xlsx(tmp_path / "forms" / "农业农村局" / "粮食.xlsx", [("Sheet1", rows, [(0, 0, 0, 5)])])
    plan = plan_merge(scan(tmp_path / "forms"))
    cols = {(c.sources[0].cell): c for c in plan.columns if c.sheet == INDICATORS}
    assert cols["D5"].parent == cols["D4"].concept.id and cols["A5"].parent == cols["A4"].concept.id


def test_a_theme_holding_a_slash_still_names_a_sheet(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from yitaobiao.testing import list_rows, write_xlsx

    monkeypatch.chdir(tmp_path)
    runner = CliRunner()

    groups = [(f"患病情况（是/否）{n}", [f"病种{n}甲", f"病种{n}乙", f"病种{n}丙"]) for n in range(16)]
    rows, merges = list_rows("慢性病患者随访登记表", ["姓名", "公民身份号码", *groups])
    write_xlsx(tmp_path / "forms" / "卫健局" / "随访.xlsx", [("Sheet1", rows, merges)])
    done = runner.invoke(app, ["scan", str(tmp_path / "forms"), "-q"], catch_exceptions=False)
    assert done.exit_code == 0, done.output
    out = tmp_path / "一套表.xlsx"
    done = runner.invoke(app, ["merge", "-o", str(out), "-q"], catch_exceptions=False)
    assert done.exit_code == 0, done.output
    wb = load_workbook(out)
    names = wb.sheetnames
    assert len(names) > 3 and not any(set(name) & set("/\\\\?*[]:") for name in names)
    # A later part repeats 姓名 to join its rows to the first part's: its note says so (it was 「采集该项的报表：」
    # with nothing after it, helper-95).
    later = wb[names[1]]
    assert later.cell(4, 2).value == "姓名"
    assert later.cell(4, 2).comment.text == f"用来把本表每一行对上“{names[0]}”中的同一条记录：请与该表中的姓名填写一致。"


def test_the_mapping_lists_labels_without_the_spaces_that_stretched_them(tmp_path: Path) -> None:
    """「生        猪 › 存栏」: a label spaced out across its cell was listed so in 字段对照 (helper-48)."""
    from yitaobiao.testing import list_rows, write_xlsx

    forms = tmp_path / "forms"
    rows, merges = list_rows("畜禽存栏情况表", ["村  名", ("生        猪", ["存  栏", "出栏"]), "备    注"])
    write_xlsx(forms / "农业农村局" / "畜禽.xlsx", [("Sheet1", rows, merges)])
    plan = plan_merge(scan(forms), created=FIXED)
    write_merged(plan, tmp_path / "一套表.xlsx")
    ws = load_workbook(tmp_path / "一套表.xlsx")["字段对照"]
    header = [c.value for c in ws[1]]
    listed = {(row[header.index("原字段名")], row[header.index("表头路径")])
              for row in ws.iter_rows(min_row=2, values_only=True)}
    assert {("存栏", "生猪 › 存栏"), ("备注", "备注")} <= listed


def test_a_flash_reports_this_event_column_is_the_current_period() -> None:
    """A 灾情快报's 本次 | 累计 columns: 本次 matched no period of the 指标 sheet, so split left it empty and filled
    only 累计 (helper-61)."""
    from yitaobiao.merge import period_kind_of

    assert period_kind_of("本 次") == "本期" and period_kind_of("累计") == "累计" and period_kind_of("本次数") == "本期"


def test_a_code_column_is_text_with_no_number_check(tmp_path: Path) -> None:
    """合同编号, 林权证号 and 联系电话 are text columns ('@'), but they also carried the 「不小于 0 的数值」 check, so
    Excel refused 「BS-LZ-2025-007」 (helper-61). A count keeps its check."""
    from yitaobiao.testing import list_rows, write_xlsx

    rows, merges = list_rows("土地流转台账", ["户主姓名", "合同编号", "联系电话", "流转面积（亩）"])
    write_xlsx(tmp_path / "forms" / "农业农村局" / "流转.xlsx", [("Sheet1", rows, merges)])
    plan = plan_merge(scan(tmp_path / "forms"), created=FIXED)
    write_merged(plan, tmp_path / "一套表.xlsx")
    ws = load_workbook(tmp_path / "一套表.xlsx")["户"]
    column = {ws.cell(4, c).value: get_column_letter(c) for c in range(1, ws.max_column + 1)}
    checked = {str(dv.sqref).split(":")[0].rstrip("0123456789"): dv.type for dv in ws.data_validations.dataValidation}
    assert checked.get(column["土地流转面积（亩）"]) == "decimal"  # (named as the synonym table names it)
    assert column["合同编号"] not in checked and column["户主联系电话"] not in checked  # the head's, by the row's key
    assert ws[f"{column['合同编号']}5"].number_format == "@"


def test_a_wide_table_of_printed_categories_is_joined_on_its_category_not_a_quantity() -> None:
    """「分类汇总」 wider than a page: its themed sheets repeated 「农作物受灾面积（公顷）」 as the identifying column
    (helper-71); the first item that is no quantity, 「栏目灾害类型」, names the row."""
    from yitaobiao.merge import IDENTITY_THEME, Column, _split_wide
    from yitaobiao.model import Concept

    def column(n: int, name: str, theme: str, unit: str | None = None, rule: str | None = "number") -> Column:
        return Column(Concept(f"C{n}", name, []), "分类汇总", theme, unit, [], rule=rule, name=name)

    columns = [column(0, "农作物受灾面积", "农业与土地", "公顷"), column(1, "栏目灾害类型", "自然灾害", rule=None),
               *(column(n, f"受灾人数{n}", f"主题{n // 20}", "人") for n in range(2, 60))]
    out = _split_wide(columns)
    repeated = [c.name for c in out if c.theme == IDENTITY_THEME]
    assert repeated and set(repeated) == {"栏目灾害类型"}
    # (wf50: a household table with no name or number, every item a figure: its themed sheets were joined by
    # 家庭人口数, and two households of four swapped their money. It stays one sheet.)
    figures = [column(n, f"家庭收入{n}", f"主题{n // 20}", "元") for n in range(60)]
    out = _split_wide(figures)
    assert {c.sheet for c in out} == {"分类汇总"} and not any(c.theme == IDENTITY_THEME for c in out)


def test_a_code_column_is_wide_enough_for_its_code(sample_forms: Path, tmp_path: Path) -> None:
    """A 学籍号 (G + 18 digits) wrapped over three lines in its 10-wide column and ran into the rows above and
    below it in the pre-filled 一套表 (seen in the render of helper-95's)."""
    plan = plan_merge(scan(sample_forms), created=FIXED)
    write_merged(plan, tmp_path / "一套表.xlsx")
    ws = load_workbook(tmp_path / "一套表.xlsx")[PERSONS]
    width = {ws.cell(4, c).value: ws.column_dimensions[get_column_letter(c)].width for c in range(1, ws.max_column + 1)}
    assert width["学籍号"] >= 20 and width["学校名称"] >= 16  # (「跳蹬镇中心学校」 wrapped too)


def test_a_yes_no_question_about_a_group_is_no_count(tmp_path: Path) -> None:
    """helper-100: a 种植险投保清单's 「是否脱贫户」 (是/否) became 「是否脱贫人口（人）」 with the 「不小于 0 的数值」 check:
    Excel refused 是, and a 1 typed instead reached the department's 是/否 column."""
    from yitaobiao.testing import list_rows, write_xlsx

    rows, merges = list_rows("种植业保险分户投保清单", ["姓名", "公民身份号码", "是否脱贫户", "投保面积（亩）"])
    write_xlsx(tmp_path / "forms" / "农业农村局" / "投保.xlsx", [("Sheet1", rows, merges)])
    plan = plan_merge(scan(tmp_path / "forms"), created=FIXED)
    column = next(c for c in plan.columns if c.sources and c.sources[0].label == "是否脱贫户")
    assert column.unit is None and column.rule != "number" and "（人）" not in column.name


def test_a_column_asking_membership_of_a_group_is_the_groups_selector(tmp_path: Path) -> None:
    """helper-105: 「是否外出务工」 of a 后备干部 table and the 外出人员 register's group gave two columns,
    是否外出务工人员（农民工） and 是否外出务工人员（2）: the cadre answered one question twice. (wf13: 「是否农民工」
    asks no such thing — a 农民工 may work in his own township — and sent a 后备干部 to the 外出人员 register.)"""
    from yitaobiao.testing import list_rows, write_xlsx

    forms = tmp_path / "forms"
    for rel, title, header in (("组织部/后备干部.xlsx", "后备干部信息统计表", ["姓名", "公民身份号码", "是否外出务工", "是否农民工"]),
                               ("人社局/外出.xlsx", "外出务工人员信息统计表", ["姓名", "公民身份号码", "务工地点"])):
        rows, merges = list_rows(title, header)
        write_xlsx(forms / rel, [("Sheet1", rows, merges)])
    plan = plan_merge(scan(forms), created=FIXED)
    asking = [col for col in plan.columns if col.name.startswith("是否") and "务工" in col.name]
    assert len(asking) == 1 and asking[0].selects == "外出务工人员", [c.name for c in plan.columns]
    assert not next(col for col in plan.columns if col.name == "是否农民工").selects
    register = next(f for f in plan.result.forms if f.title.startswith("外出务工"))
    assert plan.selector_of[register.id] == asking[0].key


def test_a_narrower_group_named_by_the_title_has_its_own_selector(tmp_path: Path) -> None:
    """wf5: 是否脱贫人口 routed every 脱贫 adult onto a 脱贫家庭学生资助名单; the list's own 「是否脱贫家庭学生」 is its
    selector, apart from the 脱贫户花名册's 是否脱贫人口."""
    from yitaobiao.testing import list_rows, write_xlsx

    forms = tmp_path / "forms"
    for rel, title, header in (("教育局/资助.xlsx", "脱贫家庭学生资助名单", ["姓名", "公民身份号码", "是否脱贫家庭学生", "学校"]),
                               ("乡村振兴局/脱贫.xlsx", "脱贫户家庭成员花名册", ["姓名", "公民身份号码", "与户主关系"])):
        rows, merges = list_rows(title, header)
        write_xlsx(forms / rel, [("Sheet1", rows, merges)])
    plan = plan_merge(scan(forms), created=FIXED)
    by_title = {f.title: f for f in plan.result.forms}
    aid, poor = plan.selector_of[by_title["脱贫家庭学生资助名单"].id], plan.selector_of[by_title["脱贫户家庭成员花名册"].id]
    names = {col.key: col.name for col in plan.columns}
    assert aid != poor and names[aid] == "是否脱贫家庭学生" and names[poor] == "是否脱贫人口"


def test_a_village_figure_asked_on_both_sheets_says_to_fill_one(tmp_path: Path) -> None:
    """wf11: a 扶贫村基本情况表 (a row per village) and a village's 帮扶工作调查表 (indicators) both asked 贫困户户数,
    文化室 …; the 一套表 had them on 村（社区） and on 指标, and the cadre typed eight figures twice. Each place now
    names the other, and 说明 says one is enough (split fills the other)."""
    from yitaobiao.testing import indicator_rows, list_rows, write_xlsx

    forms = tmp_path / "forms"
    rows, merges = list_rows("扶贫村基本情况表", ["村名", "贫困户户数（户）", "文化室（个）", "村干部人数"])
    write_xlsx(forms / "乡村振兴局" / "扶贫村.xlsx", [("Sheet1", rows, merges)])
    rows, merges = indicator_rows("帮扶工作调查表", [("贫困户户数", "户"), ("文化室", "个"), ("帮扶资金总量", "元")])
    write_xlsx(forms / "乡村振兴局" / "调查表.xlsx", [("Sheet1", rows, merges)])
    plan = plan_merge(scan(forms), created=FIXED)
    write_merged(plan, tmp_path / "一套表.xlsx")
    wb = load_workbook(tmp_path / "一套表.xlsx")
    both = {c.name for c in plan.sheet_columns(INDICATORS) if plan.twin(c)}
    assert both == {"贫困户户数", "文化室数"}, both
    indicators = wb[INDICATORS]
    row = next(c.position for c in plan.sheet_columns(INDICATORS) if c.name == "贫困户户数")
    assert "也在“村（社区）”表" in indicators.cell(row, 1).comment.text
    about = [r for r in wb["说明"].iter_rows(values_only=True) if r[0] == "一处填写"]
    assert about and "只需在其中一处填写" in about[0][1]
    alone = next(c for c in plan.columns if c.name == "帮扶资金总量")
    assert plan.twin(alone) is None


def test_a_sheet_printed_over_pages_carries_its_title_on_each_and_a_narrow_one_reads_whole(tmp_path: Path) -> None:
    """wf11 rendered the 一套表: a 人员 sheet over two pages had its title centred on the fold and its 填报单位 line
    cut where the repeated name columns end; a sheet of one item wrapped its title over the 填报单位 line."""
    from yitaobiao.testing import list_rows, write_xlsx

    forms = tmp_path / "forms"
    labels = ["姓名", "公民身份号码", *(f"帮扶措施{n}" for n in range(1, 26))]
    rows, merges = list_rows("监测对象帮扶台账", labels)
    write_xlsx(forms / "乡村振兴局" / "帮扶.xlsx", [("Sheet1", rows, merges)])
    rows, merges = list_rows("消防培训记录台账", ["培训记录"])
    write_xlsx(forms / "应急管理局" / "培训.xlsx", [("Sheet1", rows, merges)])
    plan = plan_merge(scan(forms), created=FIXED)
    write_merged(plan, tmp_path / "一套表.xlsx")
    wb = load_workbook(tmp_path / "一套表.xlsx")
    wide = wb[PERSONS]
    assert wide.print_area and wide.print_area.replace("$", "").startswith("'人员'!A3:")
    assert "一套表" in wide.oddHeader.center.text and "填报单位" in wide.oddHeader.left.text
    narrow = wb["项目（事件）"]
    title = next(m for m in narrow.merged_cells.ranges if m.min_row == 1)
    assert title.max_col >= 10 and not narrow.print_area


def test_a_table_whose_rows_are_counties_is_compiled_above_the_villages(tmp_path: Path) -> None:
    """wf12: a 贫困户分类统计汇总表 (分类 | 区（县） | 贫困户户数 …, no village column) went to the 村（社区） sheet:
    each village was asked 所属县区, and prefill split one village over four rows. The county compiles it; a
    register with a village column (区（县） | 镇名称 | 村名称) stays a village's."""
    from yitaobiao.merge import ABOVE_VILLAGES_REASON
    from yitaobiao.testing import list_rows, write_xlsx

    forms = tmp_path / "forms"
    rows, merges = list_rows("贫困户分类统计汇总表", ["分类", "区（县）", "贫困户户数（户）", "贫困户人数（人）"])
    write_xlsx(forms / "乡村振兴局" / "汇总.xlsx", [("Sheet1", rows, merges)])
    rows, merges = list_rows("帮扶资金投入情况表", ["区（县）", "镇名称", "村名称", "贫困户数", "规划投入资金（元）"])
    write_xlsx(forms / "乡村振兴局" / "投入.xlsx", [("Sheet1", rows, merges)])
    result = scan(forms)
    plan = plan_merge(result, created=FIXED)
    assert [(x.title, x.reason) for x in plan.left_out if not x.label] == [("贫困户分类统计汇总表", ABOVE_VILLAGES_REASON)]
    assert {row.form.title for row in plan.mapping} == {"帮扶资金投入情况表"}
    # (wf38: the notice had advised 整合 for a county table merge leaves out: it is kept, and says why)
    from yitaobiao.stats import ABOVE_VILLAGES_ADVICE, KEEP, summarise

    advice = {a.title: a for a in summarise(result).advice}
    assert (advice["贫困户分类统计汇总表"].suggestion, advice["贫困户分类统计汇总表"].reason) == (KEEP, ABOVE_VILLAGES_ADVICE)
    assert "证明" not in advice["帮扶资金投入情况表"].reason  # (what a county table shares is no certificate's)
    # (wf56: 「…项均为本表独有」 beside 他表已有 9, all nine asked by county tables: the reason counts what the column does)
    village = advice["帮扶资金投入情况表"]
    assert village.shared_items and f"另有{village.shared_items}项见于区县汇总表" in village.reason, village


def test_a_village_column_the_clerk_renamed_is_still_the_village(tmp_path: Path) -> None:
    """wf56: 所属村 renamed 所在村（社区） in the review made two village tables 「按区（县）列行的汇总表」 (the notice
    counted 11 → 9 forms, merge still took them), the themed 村（社区） sheets were keyed by 所属乡镇, and a carried
    一套表 left every person's village blank as 动态信息. The rename is printed; the item is still the village."""
    from yitaobiao.catalog import from_dict, to_dict
    from yitaobiao.fill import BASIC, item_class
    from yitaobiao.match import Decisions
    from yitaobiao.stats import ABOVE_VILLAGES_ADVICE, summarise
    from yitaobiao.testing import list_rows, write_xlsx

    forms = tmp_path / "forms"
    rows, merges = list_rows("帮扶资金投入情况表", ["区（县）", "镇名称", "村名称", "贫困户数", "规划投入资金（元）"])
    write_xlsx(forms / "乡村振兴局" / "投入.xlsx", [("Sheet1", rows, merges)])
    rows, merges = list_rows("低保对象花名册", ["姓名", "公民身份号码", "所属村", "保障人数"])
    write_xlsx(forms / "民政局" / "低保.xlsx", [("Sheet1", rows, merges)])
    keys = {f.clean_label: f.label_key for f in scan(forms).fields}
    renamed = "所在村（社区）"
    result = scan(forms, decisions=Decisions(renames={keys["村名称"]: renamed, keys["所属村"]: renamed}))
    village = next(c for c in result.concepts if c.name == renamed)
    assert village.standard_name == "所属村"
    assert all(a.reason != ABOVE_VILLAGES_ADVICE for a in summarise(result).advice)
    # (the scan's JSON is what merge reads: the item's own name goes with it)
    again = from_dict(to_dict(result))
    assert next(c for c in again.concepts if c.name == renamed).standard_name == "所属村"
    plan = plan_merge(again, created=FIXED)
    assert {row.form.title for row in plan.mapping} == {"帮扶资金投入情况表", "低保对象花名册"}
    item = next(i for i in build_mapping(plan).items if i.name == renamed and i.record == PERSONS)
    assert item_class(item) == BASIC
    # (wf58: 姓名 renamed 本人姓名 no longer took a student card's 家庭主要成员 › 姓名: a 家庭成员姓名 column came back,
    # and the certificates listing a family printed no member's name)
    rows = [["学生信息卡", "", "", ""], ["姓名", "", "公民身份号码", ""], ["家庭主要成员", "", "", ""],
            ["姓名", "称谓", "工作单位", "联系电话"], ["", "", "", ""], ["", "", "", ""]]
    write_xlsx(forms / "教育局" / "学生.xlsx", [("Sheet1", rows, [(0, 0, 0, 3), (2, 0, 2, 3)])])
    keys = {f.clean_label: f.label_key for f in scan(forms).fields}
    result = scan(forms, decisions=Decisions(renames={keys["姓名"]: "本人姓名", keys["村名称"]: renamed,
                                                      keys["所属村"]: renamed}))
    names = [c.name for c in plan_merge(result, created=FIXED).columns if c.record == PERSONS]
    assert "本人姓名" in names and not [n for n in names if n.endswith("成员姓名")], names


def test_a_wording_renamed_to_the_village_joins_it_and_the_village_keeps_its_name(tmp_path: Path) -> None:
    """wf78: 「居委」 renamed 所属村 in the review joined the village item, which then went by 居委 to the tool's own
    rules: the village sheet of the 一套表 got a second 所属村 column (「所属村（2）」, sent to no form) beside
    「所属村（村名）」, and a cadre who filled the first lost every village name in the split."""
    from yitaobiao.match import Decisions
    from yitaobiao.testing import list_rows, write_xlsx

    forms = tmp_path / "forms"
    # (the form asking 居委 read first: the item the rename joins into is 居委's own)
    rows, merges = list_rows("低收入人口花名册", ["居委", "姓名", "公民身份号码", "家庭人口数"])
    write_xlsx(forms / "乡村振兴局" / "低收入.xlsx", [("Sheet1", rows, merges)])
    rows, merges = list_rows("帮扶资金投入情况表", ["镇名称", "村名称", "贫困户数", "规划投入资金（元）"])
    write_xlsx(forms / "乡镇人民政府" / "投入.xlsx", [("Sheet1", rows, merges)])
    keys = {f.clean_label: f.label_key for f in scan(forms).fields}
    result = scan(forms, decisions=Decisions(renames={keys["居委"]: "所属村"}))
    village = next(c for c in result.concepts if c.name == "所属村")
    assert village.standard_name == "所属村" and len(village.field_ids) == 2
    names = [c.name for c in plan_merge(result, created=FIXED).columns if c.record == "村（社区）"]
    assert names.count("所属村") == 1 and not [n for n in names if n.startswith("所属村（")], names


def test_a_span_of_months_is_no_single_date_to_check() -> None:
    # (wf16: 「何年月至何年月」 of a 勤工助学 application got a date check, so 「2019.09—2022.06」 was refused)
    from types import SimpleNamespace

    from yitaobiao.merge import _rule

    def rule(name: str) -> str | None:
        return _rule(SimpleNamespace(name=name, unit=None), [], {})[0]

    assert rule("何年月至何年月") is None and rule("起止时间") is None
    assert rule("出生年月") == "date" and rule("申请日期") == "date"


def test_a_wide_table_of_villages_is_joined_on_its_village_named_in_its_own_words() -> None:
    """wf18: a village table's item was named 「所属村（社区）」, so its themed sheets repeated 「合计」, a count, as the
    column that says which village a row is."""
    from yitaobiao.merge import IDENTITY_THEME, Column, _split_wide
    from yitaobiao.model import Concept

    def column(n: int, name: str, theme: str, rule: str | None = "number") -> Column:
        return Column(Concept(f"C{n}", name, []), "村（社区）", theme, None, [], rule=rule, name=name)

    columns = [column(0, "合计", "人口指标", rule=None), column(1, "所属村（社区）", "地址与联系", rule=None),
               *(column(n, f"户数{n}", f"主题{n // 20}") for n in range(2, 60))]
    repeated = [c.name for c in _split_wide(columns) if c.theme == IDENTITY_THEME]
    assert repeated and set(repeated) == {"所属村（社区）"}


def test_the_kinds_of_stacked_registers_are_where_their_headings_differ() -> None:
    from yitaobiao.merge import register_kinds

    assert register_kinds(["一、辖区内共有    个基础型乡镇商贸中心，请选取其中5个填报。", "二、辖区内共有    个增强型乡镇商贸中心。"]) \
        == (["基础型乡镇商贸中心", "增强型乡镇商贸中心"], "乡镇商贸中心类型")
    # (headings that do not differ where they start: numbered, named by their own words)
    assert register_kinds(["一、镇级点位情况", "二、镇级点位情况"])[0] == ["1、镇级点位情况", "2、镇级点位情况"]


def _listed_on_a_sheet(path: Path, title: str, header: list[str], sheet: str, values: list[str]) -> None:
    """A template whose last column is picked from a list on a sheet of its own."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "汇总表"
    ws.append([title])
    ws.append(header)
    column = get_column_letter(len(header))
    ws.add_data_validation(DataValidation(type="list", formula1=f"{sheet}!$A$1:$A${len(values)}",
                                          sqref=f"{column}3:{column}500"))
    listed = wb.create_sheet(sheet)
    for value in values:
        listed.append([value])
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


def test_a_templates_own_drop_down_list_is_the_one_the_merged_column_offers(tmp_path: Path) -> None:
    """wf19: 外出地点 of a 流出党员 table is picked from a list on a sheet of its own; the 一套表 printed
    「外出地点（下拉）」 with no list, and reported that sheet as a form with no header."""
    _listed_on_a_sheet(tmp_path / "组织部" / "流出党员.xlsx", "流出党员基本信息汇总表",
                       ["序号", "姓名", "所在党支部", "外出地点（下拉）"], "外出地点", ["01县内", "02省内县外", "03省外"])
    result = scan(tmp_path)
    assert [f.code for f in result.findings if f.sheet == "外出地点"] == ["code_list"]
    mapping = build_mapping(plan_merge(result, created=FIXED))
    assert next(i for i in mapping.items if i.name == "外出地点").options == ["01县内", "02省内县外", "03省外"]
    column = next(c for c in plan_merge(result, created=FIXED).columns if c.name == "外出地点")
    assert not column.lenient  # (the only form asking it offers this list: pick from it)
    # (wf37: a police import template's 与户主关系 drop-down, with no 孙子女, refused every three-generation home the
    # other forms ask about: offered with a warning)
    from yitaobiao.testing import list_rows, write_xlsx

    rows, merges = list_rows("外出人员台账", ["姓名", "外出地点"])
    write_xlsx(tmp_path / "人社局" / "外出.xlsx", [("Sheet1", rows, merges)])
    column = next(c for c in plan_merge(scan(tmp_path), created=FIXED).columns if c.name == "外出地点")
    assert column.options == ["01县内", "02省内县外", "03省外"] and column.lenient


def test_tables_of_different_categories_do_not_share_a_sheet() -> None:
    """wf20: a 灾情调度表 (rows: 灾害类型) and 高基212 (rows: 专业) shared one 分类汇总 sheet keyed by 专业, and a disaster
    row was written into the 专业 table as a major. Tables starting with the same column still share one."""
    from yitaobiao.merge import record_sheet

    def table(fid: str, title: str, first: str) -> Form:
        form = Form(id=fid, path=f"{fid}.xlsx", sheet="Sheet1", title=title, department="", layout=Layout.LIST,
                    subject=Subject.AGGREGATE)
        form.fields = [Field(id=f"{fid}.1", form_id=fid, path=form.path, sheet="Sheet1", cell="B3", label=first,
                             header_path=[first]),
                       Field(id=f"{fid}.2", form_id=fid, path=form.path, sheet="Sheet1", cell="C3", label="人数",
                             header_path=["人数"])]
        return form

    disaster, majors, fires, more_fires = (table("F1", "自然灾害影响情况表", "受灾脱贫人数"),
                                           table("F2", "普通本科分专业学生数", "专业名称"),
                                           table("F3", "森林火情登记台账", "火情地点"), table("F4", "火情报告", "火情地点"))
    assert record_sheet(disaster) != record_sheet(majors) and record_sheet(fires) == record_sheet(more_fires)
    assert all(is_category_sheet(record_sheet(t)) for t in (disaster, majors, fires))


def test_a_wide_sheet_is_joined_on_its_own_records_names() -> None:
    """wf21: 户主姓名, asked by one form on the 单位 sheet, was repeated on every part as an identifying column, and the
    sheet's note told cadres to match units by it."""
    from yitaobiao.merge import IDENTITY_THEME, Column, _split_wide
    from yitaobiao.model import Concept

    def column(n: int, name: str, theme: str) -> Column:
        return Column(Concept(f"C{n}", name, []), "单位", theme, None, [], name=name)

    columns = [column(0, "单位名称", "单位信息"), column(1, "户主姓名", "相关人员信息"),
               *(column(n, f"经营情况{n}", f"主题{n // 20}") for n in range(2, 60))]
    repeated = {c.name for c in _split_wide(columns) if c.theme == IDENTITY_THEME}
    assert repeated == {"单位名称"}


def test_yes_no_questions_get_a_list_and_coded_indicators_show_their_codes(tmp_path: Path) -> None:
    """wf22: 是否残疾生 and 本学期是否享受资助 took any text in the 一套表, and 「发文成立单位扶贫领导小组：1.是2.否」
    (unit 代码) stood on 指标 without its codes: their meanings were only in the row's comment."""
    from yitaobiao.testing import indicator_rows, list_rows, write_xlsx

    rows, merges = list_rows("学生资助名单", ["姓名", "是否残疾生", "本学期是否享受资助"])
    write_xlsx(tmp_path / "forms" / "教育局" / "资助.xlsx", [("Sheet1", rows, merges)])
    rows, merges = indicator_rows("帮扶工作调查表", [("发文成立单位扶贫领导小组：1.是2.否", "代码"), ("帮扶资金", "元")])
    write_xlsx(tmp_path / "forms" / "乡村振兴局" / "调查表.xlsx", [("Sheet1", rows, merges)])
    plan = plan_merge(scan(tmp_path / "forms"), created=FIXED)
    out = tmp_path / "一套表.xlsx"
    write_merged(plan, out)
    wb = load_workbook(out)
    ws = wb[PERSONS]
    header = {c.value: c.column_letter for c in ws[4] if c.value}
    lists = {str(dv.sqref).split(":")[0].rstrip("0123456789"): dv.formula1
             for dv in ws.data_validations.dataValidation if dv.type == "list"}
    assert lists.get(header["是否残疾生"]) == '"是,否"' and lists.get(header["本学期是否享受资助"]) == '"是,否"'
    names = [r[0] for r in wb[INDICATORS].iter_rows(min_row=5, values_only=True) if r[1] in ("代码", "元")]
    assert names == ["发文成立单位扶贫领导小组（1.是 2.否）", "帮扶资金"]
    # (wf55: the coded row offered no list; its period cells offer the answers, a code still taken)
    coded = next(r[0].row for r in wb[INDICATORS].iter_rows(min_row=5) if r[1].value == "代码")
    offered = [(dv.formula1, dv.errorStyle) for dv in wb[INDICATORS].data_validations.dataValidation
               if dv.type == "list" and f"D{coded}" in str(dv.sqref)]
    assert offered == [('"是,否"', "warning")]


def test_a_labels_codes_are_read_where_its_answers_stand() -> None:
    """wf24: 「指定1名领导和明确1个部门负责抓扶贫工作：1.是2.否」 showed 「（1.名领导和明确 1.个部门负责抓 1.是 2.否）」 on
    指标, and 「…：（1）是（2）否」 showed no codes, so 否 reached the form as 否, not 2."""
    from yitaobiao.merge import code_list

    assert code_list("（三）指定1名领导和明确1个部门负责抓扶贫工作：1.是2.否") == {"是": "1", "否": "2"}
    assert code_list("（一）班子团结，带领群众脱贫能力强：（1）是（2）否") == {"是": "1", "否": "2"}
    assert code_list("性别（1男2女）") == {"男": "1", "女": "2"} and code_list("指定1名领导") == {}


def test_a_step_of_one_programmes_case_names_the_programme(tmp_path: Path) -> None:
    """wf57: 「审批日期」 of a 养老服务补贴名单, printed bare among a 困难学生补助's columns, took a student's approval
    date. A step of one form's case (审批日期, 申请金额 …) is headed with its form, without the county's name; an
    item several forms ask, and a person's own items, are not."""
    from yitaobiao.testing import list_rows, write_xlsx

    forms = tmp_path / "forms"
    rows, merges = list_rows("温岭市养老服务补贴名单", ["姓名", "公民身份号码", "审批日期", "补贴金额（元）"])
    write_xlsx(forms / "民政局" / "养老.xlsx", [("Sheet1", rows, merges)])
    rows, merges = list_rows("困难学生临时补助审批表", ["姓名", "公民身份号码", "申请补助原因", "申请金额"])
    write_xlsx(forms / "教育局" / "补助.xlsx", [("Sheet1", rows, merges)])
    names = [c.name for c in plan_merge(scan(forms), created=FIXED, include_on_demand=True).columns]
    assert "审批日期（养老服务补贴名单）" in names and "申请金额（困难学生临时补助审批表）" in names, names
    assert "姓名" in names and "公民身份号码" in names
    # (wf59: a word that says nothing alone, 类别 or 造成原因 of a 留守老人 table, says whose too)
    rows, merges = list_rows("留守老人、空巢老人信息统计表", ["姓名", "公民身份号码", "类别", "造成原因"])
    write_xlsx(forms / "民政局" / "留守.xlsx", [("Sheet1", rows, merges)])
    names = [c.name for c in plan_merge(scan(forms), created=FIXED, include_on_demand=True).columns]
    assert {"类别（留守老人、空巢老人信息统计表）", "造成原因（留守老人、空巢老人信息统计表）"} <= set(names), names
    # (wf65: a form printing no title, named by its file, gave 「类型（family_list）」 and 「备注（student）」: its
    # department says whose)
    write_xlsx(forms / "乡村振兴局" / "family_list.xlsx", [("Sheet1", [["户主姓名", "类型", "编号", "备注"]], [])])
    write_xlsx(forms / "教育局" / "student.xlsx", [("Sheet1", [["姓名", "公民身份号码", "年级", "备注"]], [])])
    names = [c.name for c in plan_merge(scan(forms), created=FIXED, include_on_demand=True).columns]
    assert "类型（乡村振兴局）" in names and "备注（教育局）" in names, names
    assert not any("family_list" in name or "student" in name for name in names), names


def test_a_months_income_is_asked_by_the_month(tmp_path: Path) -> None:
    """wf85, wf87: 「家庭成员月收入状况 › 工资性收入（元）」 became a column 工资性收入（元） beside a 家庭成员年收入（元）,
    nothing saying the one was the month's: a cadre would have typed the year's. The column says 元/月, and the
    form gets the value as typed."""
    from yitaobiao.testing import list_rows, write_xlsx

    forms = tmp_path / "forms"
    rows, merges = list_rows("困难家庭收入核对表", ["姓名", ("家庭成员月收入状况", ["工资性收入（元）", "经营性收入（元）"]),
                                                  "家庭成员年收入（元）"])
    write_xlsx(forms / "民政局" / "核对.xlsx", [("Sheet1", rows, merges)])
    plan = plan_merge(scan(forms))
    units = {col.concept.name: col.unit for col in plan.columns if "收入" in col.concept.name}
    assert units["工资性收入"] == "元/月" and units["经营性收入"] == "元/月" and units["家庭成员年收入"] == "元", units
    assert all(row.factor == 1.0 for row in build_mapping(plan).fields if "收入" in row.label)



def test_a_month_another_forms_column_says_is_not_borrowed(tmp_path: Path) -> None:
    """wf92: a 公租房 roster's 家庭人均收入（元） became 家庭人均收入（元/月） in the 一套表, the month borrowed from a 法律援助
    证明's 月收入状况 table the 一套表 did not include, the two joined as one item."""
    from yitaobiao.match import Decisions
    from yitaobiao.testing import list_rows, write_xlsx

    forms = tmp_path / "forms"
    write_xlsx(forms / "住建局" / "公租房.xlsx", [("Sheet1", *list_rows("公共租赁住房申请家庭花名册",
                                                                          ["姓名", "家庭人均收入（元）"]))])
    rows, merges = list_rows("法律援助申请人经济状况证明表", ["姓名", ("申请人及共同生活的家庭成员月收入状况",
                                                                    ["工资性收入（元）", "家庭人均收入（元）"])])
    write_xlsx(forms / "司法局" / "证明.xlsx", [("Sheet1", rows, merges)])
    rows, merges = list_rows("困难家庭经济状况证明", ["姓名", ("家庭成员月收入状况", ["家庭人均收入（元）"])])
    write_xlsx(forms / "民政局" / "证明.xlsx", [("Sheet1", rows, merges)])
    keys = {(f.form_id, f.clean_label): f.label_key for f in scan(forms).fields}
    joined = Decisions(same={frozenset(key for (_, label), key in keys.items() if label == "家庭人均收入")})
    result = scan(forms, decisions=joined)
    assert len({f.concept_id for f in result.fields if f.clean_label == "家庭人均收入"}) == 1
    units = {col.concept.name: col.unit for col in plan_merge(result).columns if "收入" in col.concept.name}
    assert list(units.values()) == ["元"], units


def test_a_police_list_of_relations_is_offered_with_the_standards_words(tmp_path: Path) -> None:
    """wf99–wf102: the 一套表's 与户主关系 drop-down was a police import template's code list, with no 孙子女, 儿媳 or
    祖父母, and cadres chose 99-其他 for a grandchild. Beside a list other forms do not print, GB/T 4761's words are
    offered too, none twice (子 is 120-子)."""
    from yitaobiao.testing import list_rows, write_xlsx

    _listed_on_a_sheet(tmp_path / "公安局" / "导入.xlsx", "实有人口导入模板", ["序号", "姓名", "公民身份号码", "与户主关系"],
                       "代码", ["102-户主", "120-子", "130-女", "99-其他"])
    rows, merges = list_rows("监测户家庭成员台账", ["姓名", "公民身份号码", "与户主关系"])
    write_xlsx(tmp_path / "乡村振兴局" / "成员.xlsx", [("Sheet1", rows, merges)])
    column = next(c for c in plan_merge(scan(tmp_path), created=FIXED).columns if c.name == "与户主关系")
    assert column.lenient and column.options[:4] == ["102-户主", "120-子", "130-女", "99-其他"]
    assert {"孙子", "孙女", "儿媳", "祖母"} <= set(column.options) and "子" not in column.options


def test_a_helpers_name_stands_with_the_helpers_other_items() -> None:
    """wf104: the 帮扶责任人's name stood under 收入与保障 on sheet 1, its 性别, 联系电话 and 工作单位 with the other
    people's on sheet 3; the cadre missed the name, and 附件2's 帮扶责任人 went out blank."""
    from yitaobiao.merge import ROLE_THEME, _theme
    from yitaobiao.model import Concept
    from yitaobiao.synonyms import load_synonyms

    synonyms = load_synonyms()
    helper = Concept(id="C1", name="帮扶责任人", field_ids=[])
    phone = Concept(id="C2", name="帮扶责任人联系电话", field_ids=[])
    assert _theme(helper, synonyms, False) == _theme(phone, synonyms, False) == ROLE_THEME
    income = Concept(id="C3", name="家庭年收入", field_ids=[])
    assert _theme(income, synonyms, False) != ROLE_THEME


@pytest.mark.parametrize(("title", "blank"), [("农村经济情况季报", "年第　　季度"), ("农村经济情况年报", "年度"),
                                               ("农村经济情况月报", "年　　月")])
def test_the_indicator_sheet_asks_the_period_its_forms_are_filled_for(tmp_path: Path, title: str, blank: str) -> None:
    """wf145: the 一套表's 指标 sheet of a 畜牧季报 printed 「报告期：年 月」, a month for a quarter's figures."""
    from yitaobiao.testing import indicator_rows, write_xlsx

    forms = tmp_path / "forms"
    rows, merges = indicator_rows(title, [("生猪存栏", "头"), ("生猪出栏", "头")])
    rows[1][2] = "2025年"  # (the title says how often)
    write_xlsx(forms / "农业农村局" / "报表.xlsx", [("Sheet1", rows, merges)])
    write_merged(plan_merge(scan(forms), created=FIXED), tmp_path / "一套表.xlsx")
    line = load_workbook(tmp_path / "一套表.xlsx")[INDICATORS].cell(2, 1).value
    assert line.endswith("报告期：　　" + blank), line
