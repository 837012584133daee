"""Round trip: fill the 一套表 with generated records, split, read every department's output back."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from typer.testing import CliRunner

from yitaobiao.cli import app
from yitaobiao.merge import CARD, INDICATORS, ROSTER, mapping_to_dict, plan_merge, write_merged
from yitaobiao.model import parse_a1
from yitaobiao.readers import read_grids
from yitaobiao.scan import scan
from yitaobiao.split import (
    _insert_rows_keeping_footer,
    code_list,
    load_mapping,
    split_filled,
    to_source_value,
)
from yitaobiao.testing import card_rows, indicator_rows, list_rows, write_csv, write_xlsx


def _value_for(item: dict[str, Any], n: int, rng: random.Random) -> Any:
    name, rule = item["name"], item["rule"]
    if rule == "id":
        return f"1101011990{n:04d}{rng.randint(100, 999)}X"[:18]
    if rule == "date":
        return f"2020-01-{(n % 28) + 1:02d}"
    if rule == "list":
        return item["options"][n % len(item["options"])]
    if rule == "number":
        return rng.randint(1, 500) * 100
    return f"{name}{n}"


def fill_merged(path: Path, mapping: dict[str, Any], records: int, seed: int = 0) -> tuple[list[dict], dict]:
    rng = random.Random(seed)
    wb = load_workbook(path)
    rows = []
    if ROSTER in wb.sheetnames:
        ws = wb[ROSTER]
        items = [i for i in mapping["items"] if i["sheet"] == ROSTER]
        if records > 20:  # as a clerk would: insert rows above the 填表说明 line
            _insert_rows_keeping_footer(ws, 5 + 20, records - 20)
        for n in range(records):
            record = {i["concept"]: _value_for(i, n, rng) for i in items}
            for i in items:
                ws.cell(5 + n, i["position"]).value = record[i["concept"]]
            rows.append(record)
    indicators = {}
    if INDICATORS in wb.sheetnames:
        ws = wb[INDICATORS]
        for i in (i for i in mapping["items"] if i["sheet"] == INDICATORS):
            indicators[i["concept"]] = {}
            for p, period in enumerate(mapping["periods"]):
                value = rng.randint(1, 9000)
                ws.cell(i["position"], 4 + p).value = value
                indicators[i["concept"]][period] = value
    if CARD in wb.sheetnames:
        ws = wb[CARD]
        card = {i["concept"]: _value_for(i, 0, rng) for i in mapping["items"] if i["sheet"] == CARD}
        for i in (i for i in mapping["items"] if i["sheet"] == CARD):
            ws.cell(i["position"], 3).value = card[i["concept"]]
        if rows:
            for record in rows:  # the 登记表 values stand for every record's card
                record.update(card)
    wb.save(path)
    return rows, indicators


def _cell(path: Path, sheet: str, row: int, col: int) -> str:
    grids = {g.sheet: g for g in read_grids(path, path.name)}
    grid = grids[sheet]
    return grid.text(row, col) if row < grid.height and col < grid.width else ""


def _norm(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def check_outputs(out: Path, mapping: dict[str, Any], records: list[dict], indicators: dict) -> int:
    """Every mapped value is where it belongs, in the source's unit; returns values checked."""
    forms = {f["id"]: f for f in mapping["forms"]}
    checked = 0
    for f in mapping["fields"]:
        form = forms[f["form"]]
        target = out / form["department"] / Path(form["path"]).name
        row, col = parse_a1(f["cell"])
        codes = code_list(f["label"])
        if form["layout"] == "list":
            start = form["data_start_row"]
            path = target if target.suffix in (".xlsx", ".csv", ".docx") else target.with_suffix(".xlsx")
            sheet = form["sheet"] if path.suffix != ".csv" else path.stem
            grids = {g.sheet: g for g in read_grids(path, path.name)}
            grid = grids[sheet if sheet in grids else next(iter(grids))]
            for n, record in enumerate(records):
                if f["concept"] not in record:
                    continue
                expected, _ = to_source_value(record[f["concept"]], f["factor"], codes)
                assert _norm(grid.text(start + n, col)) == _norm(expected), (form["path"], f["label"], n)
                checked += 1
            assert not grid.text(start + len(records), col).strip() or start + len(records) >= grid.height or \
                grid.text(start + len(records), col).startswith(("填报", "合计"))
        elif form["layout"] == "indicator" and f["concept"] in indicators:
            path = target if target.suffix == ".xlsx" else target.with_suffix(".xlsx")
            from yitaobiao.merge import period_kind_of

            for name, pcol in form["period_positions"].items():
                kind = period_kind_of(name)
                if kind in indicators[f["concept"]]:
                    expected, _ = to_source_value(indicators[f["concept"]][kind], f["factor"], codes)
                    assert _norm(_cell(path, form["sheet"], row, pcol)) == _norm(expected), (form["path"], f["label"])
                    checked += 1
        elif form["layout"] == "card" and records:
            stem = Path(form["path"]).stem
            files = sorted((out / form["department"]).glob(f"{stem}-*.xlsx"))
            assert len(files) == len(records)
            record = records[0]
            if f["concept"] in record and not f.get("slot"):
                expected, _ = to_source_value(record[f["concept"]], f["factor"], codes)
                got = _cell(files[0], form["sheet"], row, col + 1)
                assert _norm(got) == _norm(expected) or "☑" + _norm(expected) in got, (form["path"], f["label"], got)
                checked += 1
    return checked


def _merge(forms: Path, tmp: Path) -> tuple[Path, dict[str, Any]]:
    result = scan(forms)
    plan = plan_merge(result)
    merged = tmp / "一套表.xlsx"
    write_merged(plan, merged)
    mapping = mapping_to_dict(plan)
    (tmp / "一套表.mapping.json").write_text(json.dumps(mapping, ensure_ascii=False), encoding="utf-8")
    return merged, mapping


def test_round_trip_on_sample_forms(sample_forms: Path, tmp_path: Path) -> None:
    forms = tmp_path / "forms"
    shutil.copytree(sample_forms, forms)
    merged, mapping = _merge(forms, tmp_path)
    records, indicators = fill_merged(merged, mapping, records=7)  # more than the templates' 5 blank rows
    report = split_filled(merged, mapping, forms, tmp_path / "out")
    assert report.warnings == []
    checked = check_outputs(tmp_path / "out", mapping, records, indicators)
    assert checked > 300
    # the footer moved down with the inserted rows and kept its merge
    wb = load_workbook(tmp_path / "out" / "民政局" / "城乡低保对象花名册.xlsx")
    ws = wb["花名册"]
    footer = next(r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 1).value or "").startswith("填报人"))
    assert footer == 5 + 1 + 7  # header rows, column numbers, 7 records
    assert any(rng.min_row == footer for rng in ws.merged_cells.ranges)
    assert (tmp_path / "out" / "公安局" / "死亡人口信息核查表.xlsx").exists()  # .xls written back as .xlsx
    assert (tmp_path / "out" / "人社局" / "农村劳动力就业情况台账.csv").read_bytes().decode("gbk")


def _conflict_forms(folder: Path) -> None:
    rows, merges = list_rows("甲县低收入人口台账", ["姓名", "性别（1男2女）", "身份证号", "家庭年收入（万元）"])
    write_xlsx(folder / "民政局" / "低收入人口台账.xlsx", [("Sheet1", rows, merges)])
    rows, merges = list_rows("甲县务工台账", ["姓名", "性别", "公民身份号码", "家庭年收入（元）", "务工地点"])
    write_xlsx(folder / "人社局" / "务工台账.xlsx", [("Sheet1", rows, merges)])
    rows, _ = list_rows("甲县参保台账", ["姓名", "性别", "身份证号码", "家庭年收入（元）"], serial=False)
    write_csv(folder / "医保局" / "参保台账.csv", rows, encoding="gbk")
    rows, merges = indicator_rows("甲县农村经济统计表", [("村集体经济收入", "万元"), ("户籍人口", "人")])
    write_xlsx(folder / "农业农村局" / "农村经济统计表.xlsx", [("Sheet1", rows, merges)])
    rows, merges = indicator_rows("甲县集体经济台账", [("村集体经济收入", "元")], periods=("本年", "上年", "累计数"))
    write_xlsx(folder / "财政局" / "集体经济台账.xlsx", [("Sheet1", rows, merges)])
    rows, merges = card_rows("甲县救助申请表", [("基本情况", [["姓名", "性别"], ["身份证号"]])])
    rows[2][4] = "□男  □女"
    write_xlsx(folder / "民政局" / "救助申请表.xlsx", [("Sheet1", rows, merges)])


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture],
          phases=[Phase.explicit, Phase.reuse, Phase.generate])  # shrinking whole workbooks takes minutes
@given(records=st.integers(0, 30), seed=st.integers(0, 10_000))
def test_round_trip_with_units_and_codes(tmp_path_factory, records: int, seed: int) -> None:  # type: ignore[no-untyped-def]
    tmp = tmp_path_factory.mktemp("rt")
    forms = tmp / "forms"
    _conflict_forms(forms)
    merged, mapping = _merge(forms, tmp)
    rows, indicators = fill_merged(merged, mapping, records=records, seed=seed)
    report = split_filled(merged, mapping, forms, tmp / "out")
    check_outputs(tmp / "out", mapping, rows, indicators)
    factors = {f["label"]: f["factor"] for f in mapping["fields"]}
    assert factors["家庭年收入（万元）"] == 0.0001 and factors["村集体经济收入"] in (1.0, 0.0001, 10000.0)
    if records:
        assert report.converted > 0
        wb = load_workbook(tmp / "out" / "民政局" / "低收入人口台账.xlsx")
        sexes = {wb.active.cell(r, 3).value for r in range(5, 5 + records)}
        assert sexes <= {"1", "2"}


def test_bad_values_are_reported_and_carried(tmp_path: Path, sample_forms: Path) -> None:
    forms = tmp_path / "forms"
    shutil.copytree(sample_forms, forms)
    merged, mapping = _merge(forms, tmp_path)
    wb = load_workbook(merged)
    ws = wb[ROSTER]
    id_item = next(i for i in mapping["items"] if i["name"] == "公民身份号码")
    age_item = next(i for i in mapping["items"] if i["name"] == "年龄")
    ws.cell(5, id_item["position"]).value = "12345"
    ws.cell(5, age_item["position"]).value = "七十"
    wb.save(merged)
    report = split_filled(merged, mapping, forms, tmp_path / "out")
    assert any("18 位" in w and "花名册!" in w for w in report.warnings)
    assert any("应为数值" in w for w in report.warnings)
    out = load_workbook(tmp_path / "out" / "民政局" / "农村留守儿童信息台账.xlsx")["Sheet1"]
    assert "12345" in [str(c.value) for c in out[6]]  # after the two header rows and the column numbers


def test_cli_split(tmp_path: Path, sample_forms: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    forms = tmp_path / "forms"
    shutil.copytree(sample_forms, forms)
    runner = CliRunner()
    assert runner.invoke(app, ["scan", str(forms), "-q"]).exit_code == 0
    assert runner.invoke(app, ["merge"]).exit_code == 0
    mapping = load_mapping(tmp_path / "一套表.mapping.json")
    fill_merged(tmp_path / "一套表.xlsx", mapping, records=3)
    result = runner.invoke(app, ["split", "一套表.xlsx", "-o", "分发"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "共写出" in result.stdout
    assert (tmp_path / "分发" / "民政局" / "城乡低保对象花名册.xlsx").exists()
    again = runner.invoke(app, ["split", "一套表.xlsx", "-o", "分发"])
    assert again.exit_code == 2 and "--force" in again.stderr
    missing = runner.invoke(app, ["split", "没有.xlsx"])
    assert missing.exit_code == 2
