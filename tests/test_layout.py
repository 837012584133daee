from __future__ import annotations

from pathlib import Path

from yitaobiao.layout import parse_grid, period_kind, unit_in_label
from yitaobiao.model import Grid
from yitaobiao.readers import read_grids


def _parse(path: Path):  # type: ignore[no-untyped-def]
    parsed = parse_grid(read_grids(path)[0])
    assert parsed is not None
    return parsed


def test_list_form_two_level_header(good: Path) -> None:
    parsed = _parse(good / "merged-cells.xlsx")
    assert parsed.layout == "list"
    assert parsed.title == "测试县低保花名册"
    cells = {(f.row, f.col): f.header_path for f in parsed.fields}
    assert cells[(3, 2)] == ["户主情况", "姓名"]
    assert (2, 0) not in cells  # 序号 is a row counter, not a data item
    assert (2, 2) not in cells  # group headers go into the path, not the fields
    assert parsed.header_rows == (2, 3)
    assert parsed.data_start_row == 5  # after the column-number row


def test_unmerged_csv_infers_groups(good: Path) -> None:
    parsed = _parse(good / "gbk.csv")
    paths = [f.header_path for f in parsed.fields]
    assert ["本人情况", "姓名"] in paths and ["乡镇"] in paths


def test_indicator_form_children_and_periods(good: Path) -> None:
    parsed = _parse(good / "indicator.xlsx")
    assert parsed.layout == "indicator"
    labels = [f.label.strip() for f in parsed.fields]
    assert labels == ["户籍人口", "其中：女", "常住人口"]
    assert parsed.fields[1].header_path[0] == "户籍人口"
    assert all(f.unit == "人" for f in parsed.fields)
    assert parsed.period_columns == ["本期", "上年同期"]


def test_card_form_side_labels_and_signoff(good: Path) -> None:
    parsed = _parse(good / "card.xlsx")
    assert parsed.layout == "card"
    paths = [f.header_path for f in parsed.fields]
    assert paths == [["基本情况", "姓名"], ["基本情况", "性别"], ["基本情况", "身份证号"],
                     ["监护人情况", "姓名"], ["监护人情况", "联系电话"]]


def test_footer_title_and_fill_lines_are_not_fields(good: Path) -> None:
    parsed = _parse(good / "merged-cells.xlsx")
    labels = {f.label for f in parsed.fields}
    assert not any("填报" in label or "审核" in label for label in labels)


def test_card_with_options_and_colon_labels() -> None:
    grid = Grid("t.xlsx", "Sheet1", [["登记表", "", "", ""], ["姓名：", "", "性 别：", "□男 □女"],
                                     ["婚姻状况", "□未婚 □已婚", "住址：", ""]])
    parsed = parse_grid(grid)
    assert parsed is not None
    assert [f.label for f in parsed.fields] == ["姓名：", "性 别：", "婚姻状况", "住址："]
    assert parsed.fields[1].options == ["□男 □女"]


def test_unit_and_period_helpers() -> None:
    assert unit_in_label("家庭年收入（万元）") == "万元"
    assert unit_in_label("护理补贴(元/月)") == "元/月"
    assert unit_in_label("姓名") is None
    # (u518: 「收款单位（人）」 is the body or the person paid, no count; 「从业人员（人）」 counts people)
    assert unit_in_label("收款单位（人）") is None and unit_in_label("从业人员（人）") == "人"
    assert period_kind("2025年第三季度") == "季报"
    assert period_kind("2025年1-9月") == "月报"
    # (u116: a census's reference day and a span of days name no month's report)
    assert period_kind("普查标准时点：2026年12月31日") is None and period_kind("2024年11月1日至2025年10月31日") is None
    assert period_kind("（2025年10月）") == "月报"


def test_card_sentences_placeholders_and_stray_units_are_not_labels() -> None:
    grid = Grid("t.docx", "表1", [["姓名", "", "经核实，情况如下：", ""], ["情况说明", "（申请人提供的说明内容）", "排量", "ml/  kw"]],
                source_format="docx")
    parsed = parse_grid(grid)
    assert parsed is not None
    assert [f.label for f in parsed.fields] == ["姓名", "情况说明", "排量"]


def test_indicator_breakdown_groups_and_numbered_sections() -> None:
    from yitaobiao.model import CellRange

    rows = [["", "党员情况统计表", "", "", ""],
            ["序号", "项目", "", "", "数量"],
            ["一", "组织情况", "", "", ""],
            ["1", "支部数（个）", "", "", ""],
            ["2", "其中：年龄分布（人）", "", "35岁以下", ""],
            ["", "", "", "36-59岁", ""],
            ["3", "其中：女党员（人）", "", "", ""]]
    merges = [CellRange(1, 1, 1, 3), CellRange(3, 1, 3, 3), CellRange(4, 1, 5, 2), CellRange(6, 1, 6, 3),
              CellRange(2, 1, 2, 3)]
    parsed = parse_grid(Grid("t.xls", "Sheet1", rows, merges))
    assert parsed is not None and parsed.layout == "indicator"
    assert [(f.row, f.col, f.header_path[-1]) for f in parsed.fields] == [
        (3, 1, "支部数（个）"), (4, 3, "35岁以下"), (5, 3, "36-59岁"), (6, 1, "其中：女党员（人）")]
    assert parsed.fields[1].header_path == ["其中：年龄分布（人）", "35岁以下"]
    assert parsed.fields[3].header_path == ["支部数（个）", "其中：女党员（人）"]


def test_two_characters_spaced_out_to_fill_a_box_are_a_label() -> None:
    """u508, u498: 「餐    次」 of a 聚餐备案登记表 and 「孕  次 | 产  次」 of a 孕产妇建册登记表, spaced out as 「姓    名」
    is, were taken for a blank before the unit 次 and lost; 「共    次」 still leaves a number's blank."""
    from yitaobiao.layout import parse_grid
    from yitaobiao.model import Grid

    rows = [["农村集体聚餐备案登记表", "", "", ""], ["举办者姓名", "", "联系电话", ""], ["聚餐日期", "", "餐    次", ""],
            ["孕  次", "", "产  次", ""], ["培训次数", "共    次", "", ""]]
    parsed = parse_grid(Grid(path="t.xlsx", sheet="S", rows=rows))
    labels = [f.label for f in parsed.fields]
    assert "餐    次" in labels and "孕  次" in labels and "产  次" in labels
    assert "共    次" not in labels


def test_a_section_of_those_who_answer_for_a_body_is_no_footer() -> None:
    """u509: 「负责人及经办人情况」 heading a card's rows of 法定代表人, 院长 and 经办人 holds two footer keys and was read
    as a footer: its first row, the 法定代表人 and phone, was lost."""
    from yitaobiao import cells as C
    from yitaobiao.layout import parse_grid
    from yitaobiao.model import CellRange, Grid

    assert not C.is_footer("负责人及经办人情况") and C.is_footer("填表人：      审核人：")
    rows = [["敬老院基本信息登记表", "", "", ""], ["机构基本情况", "机构名称", "", ""],
            ["负责人及经办人情况", "法定代表人", "", "法定代表人电话"], ["", "经办人", "", "经办人电话"]]
    parsed = parse_grid(Grid(path="t.xlsx", sheet="S", rows=rows, merges=[CellRange(0, 0, 0, 3), CellRange(2, 0, 3, 0)]))
    assert "法定代表人" in [f.label for f in parsed.fields]
