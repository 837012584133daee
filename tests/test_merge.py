from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from typer.testing import CliRunner

from yitaobiao.cli import app
from yitaobiao.merge import INDICATORS, ROSTER, mapping_to_dict, plan_merge, write_merged
from yitaobiao.model import Concept, Field, Form, ScanResult
from yitaobiao.scan import scan

FIXED = dt.datetime(2025, 10, 1, 9, 0)


def test_sample_forms_merge(sample_forms: Path, tmp_path: Path) -> None:
    result = scan(sample_forms)
    plan = plan_merge(result, created=FIXED)
    out = tmp_path / "一套表.xlsx"
    write_merged(plan, out)
    wb = load_workbook(out)
    assert wb.sheetnames[:2] == [ROSTER, INDICATORS] and {"字段对照", "说明"} <= set(wb.sheetnames)
    roster = wb[ROSTER]
    headers = [roster.cell(4, c).value for c in range(2, roster.max_column + 1)]
    assert headers.count("公民身份号码") == 1 and "死亡日期" in headers and "出生日期" in headers
    id_col = next(c for c in range(2, roster.max_column + 1) if roster.cell(4, c).value == "公民身份号码")
    assert "民政局" in roster.cell(4, id_col).comment.text
    rules = {dv.type for dv in roster.data_validations.dataValidation}
    assert {"list", "textLength", "date", "decimal"} <= rules
    assert roster.freeze_panes == "C5" and roster.print_title_rows == "$3:$4"
    assert roster.page_setup.orientation == "landscape"
    indicators = wb[INDICATORS]
    names = [indicators.cell(r, 1).value for r in range(5, indicators.max_row)]
    assert "户籍人口" in names and any(n and n.strip("　").startswith("其中：") for n in names)
    mapping = wb["字段对照"]
    assert mapping.max_row == 1 + len(result.fields)


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


LABELS = ["姓名", "性别", "身份证号", "出生日期", "联系电话", "户籍人口", "耕地面积", "家庭年收入", "民族", "备注"]


@st.composite
def scan_results(draw: st.DrawFn) -> ScanResult:
    n_forms = draw(st.integers(1, 5))
    forms, concepts = [], {}
    for i in range(1, n_forms + 1):
        layout = draw(st.sampled_from(["list", "indicator", "card"]))
        labels = draw(st.lists(st.sampled_from(LABELS), min_size=1, max_size=6, unique=True))
        form = Form(id=f"F{i}", path=f"部门{i}/表{i}.xlsx", sheet="Sheet1", title=f"表{i}", department=f"部门{i % 3}",
                    layout=layout)
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
    assert sorted(mapped) == sorted(f.id for f in result.fields)  # every source field exactly once
    assert sorted(c.concept.id for c in plan.columns) == sorted(c.id for c in result.concepts)  # every item once
    places = [(c.sheet, c.position) for c in plan.columns]
    assert len(places) == len(set(places))  # no two items share a column or row
    seen: set[tuple[str, str]] = set()
    for row in plan.mapping:
        key = (row.form.id, row.column.concept.id)
        assert key not in seen or row.slot  # one form, one column, unless repeated slots
        seen.add(key)
    again = plan_merge(result, created=FIXED)
    assert mapping_to_dict(again) == mapping_to_dict(plan)  # merging twice gives the same result


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
    assert len(mapping["fields"]) == 104 and len(mapping["items"]) == 59
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
    sources = [dv.formula1 for dv in wb[ROSTER].data_validations.dataValidation if dv.type == "list"]
    assert any(s.startswith("代码表!") for s in sources) and '"男,女"' in sources
