"""Parsing rules that real templates need, each on a small grid made here."""

from __future__ import annotations

from yitaobiao import cells as C
from yitaobiao.layout import ParsedField, parse_grid
from yitaobiao.model import CellRange, Grid


def labels(rows: list[list[str]], merges: list[CellRange] | None = None) -> list[str]:
    return [f.label.strip() for f in fields_of(rows, merges)]


def fields_of(rows: list[list[str]], merges: list[CellRange] | None = None) -> list[ParsedField]:
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, merges or []))
    assert parsed is not None
    return parsed.fields


def test_sample_record_under_the_header_is_data() -> None:
    rows = [["人口信息"] + [""] * 5,
            ["姓名", "性别", "民族", "婚姻状况", "政治面貌", "现住址"],
            ["张三", "女", "苗族", "已婚", "群众", "那里村1号"]]
    assert labels(rows, [CellRange(0, 0, 0, 5)]) == ["姓名", "性别", "民族", "婚姻状况", "政治面貌", "现住址"]


def test_printed_answers_date_blanks_and_masks_are_not_labels() -> None:
    rows = [["有无违法犯罪记录证明", "", "", ""],
            ["姓名", "", "性别", ""],
            ["证明有效期", "三个月", "民族", "汉族"],
            ["户籍变更", "**年*月*日从**迁入", "", ""],
            ["", "", "年  月  日", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 3)]) == ["姓名", "性别", "证明有效期", "民族", "户籍变更"]


def test_tick_hint_in_brackets_is_not_an_option() -> None:
    rows = [["镇乡", "姓名", "身份证号", "死亡人员（要暂停√）", "无法联系（√）", "备注"]]
    assert labels(rows) == ["镇乡", "姓名", "身份证号", "死亡人员（要暂停√）", "无法联系（√）", "备注"]


def test_two_indicator_blocks_side_by_side_and_indented_children() -> None:
    rows = [["指标名称", "代码", "计量单位", "数量", "指标名称", "代码", "计量单位", "数量"],
            [" 生猪存栏", "1", "头", "", " 牛存栏", "4", "头", ""],
            ["    其中：能繁母猪", "2", "头", "", "    其中：奶牛", "5", "头", ""],
            [" 生猪出栏", "3", "头", "", " 牛出栏", "6", "头", ""]]
    parsed = parse_grid(Grid("t.xls", "Sheet1", rows, []))
    assert parsed is not None and parsed.layout == "indicator"
    paths = [[p.strip() for p in f.header_path] for f in parsed.fields]
    assert paths == [["生猪存栏"], ["生猪存栏", "其中：能繁母猪"], ["生猪出栏"],
                     ["牛存栏"], ["牛存栏", "其中：奶牛"], ["牛出栏"]]
    assert [f.code for f in parsed.fields] == ["1", "2", "3", "4", "5", "6"]


def test_columns_headed_by_options_ask_for_their_group() -> None:
    rows = [["姓名", "性别", "认定等级", "", "", "备注"],
            ["", "", "特困", "困难", "一般", ""]]
    merges = [CellRange(0, 0, 1, 0), CellRange(0, 1, 1, 1), CellRange(0, 2, 0, 4), CellRange(0, 5, 1, 5)]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, merges))
    assert parsed is not None
    assert [f.label for f in parsed.fields] == ["姓名", "性别", "认定等级", "备注"]
    assert parsed.fields[2].options == ["特困", "困难", "一般"]


def test_latin_labels_head_blanks() -> None:
    rows = [["学生登记表", "", "", ""],
            ["姓名", "", "E-mail", ""],
            ["QQ", "", "联系电话", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 3)]) == ["姓名", "E-mail", "QQ", "联系电话"]


def test_parenthesised_subsection_is_a_section() -> None:
    rows = [["困难家庭登记表", "", "", ""],
            ["（一）家庭情况", "", "", ""],
            ["家庭人口", "", "年收入", ""],
            ["(2)教育情况", "", "", ""],
            ["在校人数", "", "学段", ""]]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, [CellRange(0, 0, 0, 3)]))
    assert parsed is not None
    assert [(f.label, f.header_path[0]) for f in parsed.fields] == [
        ("家庭人口", "（一）家庭情况"), ("年收入", "（一）家庭情况"), ("在校人数", "(2)教育情况"), ("学段", "(2)教育情况")]


def test_table_inside_a_card_takes_its_left_edge_label() -> None:
    rows = [["学生情况登记表", "", "", ""],
            ["姓名", "", "性别", ""],
            ["家庭成员情况", "姓名", "年龄", "健康状况"],
            ["", "", "", ""],
            ["", "", "", ""]]
    merges = [CellRange(0, 0, 0, 3), CellRange(2, 0, 4, 0)]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, merges))
    assert parsed is not None
    family = [f for f in parsed.fields if f.row == 2]
    assert [f.header_path for f in family] == [["家庭成员情况", "姓名"], ["家庭成员情况", "年龄"],
                                               ["家庭成员情况", "健康状况"]]


def test_paragraph_above_a_word_table_names_whose_rows_it_lists() -> None:
    rows = [["姓名", "身份证号码", "关系", "年龄"], ["", "", "", ""]]
    grid = Grid("t.docx", "表1", rows, [], context=["家庭成员关系证明", "姓名：   ，性别：   。", "家庭成员情况表："])
    parsed = parse_grid(grid)
    assert parsed is not None
    assert [f.header_path for f in parsed.fields][0] == ["家庭成员情况表", "姓名"]


def test_a_relatives_certificate_lists_relatives() -> None:
    rows = [["姓名", "性别", "身份证编号", "称谓"], ["", "", "", ""]]
    grid = Grid("t.docx", "表1", rows, [], context=["亲属关系证明", "申请人姓名：____，经核实，其亲属关系如下："])
    parsed = parse_grid(grid)
    assert parsed is not None
    assert parsed.fields[0].header_path == ["家庭成员", "姓名"]


def test_a_register_header_with_an_approval_column_is_a_header_and_a_sign_off_row_is_not() -> None:
    header = ["序号", "乡镇街道", "村（居）", "姓名", "身份证号", "月补助金额", "审批  日期"]
    parsed = parse_grid(Grid("t.docx", "表1", [header] + [[""] * 7] * 5))
    assert parsed is not None and parsed.layout == "list"
    assert [f.label.strip() for f in parsed.fields][-1] == "审批  日期"
    sign_off = parse_grid(Grid("t.xlsx", "Sheet1", [["姓名", "", "性别", ""], ["民族", "", "住址", ""],
                                                    ["审核人（签字）：", "", "审批意见：", ""]]))
    assert sign_off is not None and [f.label for f in sign_off.fields] == ["姓名", "性别", "民族", "住址"]


def test_a_row_of_units_under_the_header_is_no_header_level() -> None:
    """「蔬菜合计 | 亩 | 百公斤」: the units name no item. Read as the last header level, every 百公斤 column of
    every sheet became one item 「百公斤」, and apples, spinach and mushrooms were counted as duplicates."""
    rows = [["设施种植业生产情况", "", "", "", ""],
            ["村名", "蔬菜合计", "", "其中：芹菜", ""],
            ["", "亩", "百公斤", "亩", "百公斤"],
            ["", "", "", "", ""]]
    merges = [CellRange(0, 0, 0, 4), CellRange(1, 0, 2, 0), CellRange(1, 1, 1, 2), CellRange(1, 3, 1, 4)]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, merges))
    assert parsed is not None
    assert [(f.label, f.unit) for f in parsed.fields] == [
        ("村名", None), ("蔬菜合计（亩）", "亩"), ("蔬菜合计（百公斤）", "百公斤"), ("其中：芹菜（亩）", "亩"),
        ("其中：芹菜（百公斤）", "百公斤")]
    # A unit row under one-column labels: the label keeps its column, the unit is carried.
    rows = [["农村基本情况", "", "", ""], ["村名", "户籍总户数", "户籍总人口", "耕地面积"], ["", "户", "人", "亩"],
            ["", "", "", ""]]
    merges = [CellRange(0, 0, 0, 3), CellRange(1, 0, 2, 0)]
    assert labels(rows, merges) == ["村名", "户籍总户数（户）", "户籍总人口（人）", "耕地面积（亩）"]


def test_a_group_cell_left_blank_still_holds_its_sub_headers() -> None:
    """「设施农业占地面积 | ［blank, merged over two columns］」 with 「种植业 | 畜牧业」 under the blank: the band was
    refused for the two columns without a header, and the sheet was read as a card of thirty garbled items."""
    rows = [["单位", "设施占地面积", "", "", "化肥施用量", "", ""],
            ["", "", "种植业占地", "畜牧业占地", "合计", "氮肥", "磷肥"],
            ["", "", "", "", "", "", ""],
            ["", "亩", "亩", "亩", "百公斤", "百公斤", "百公斤"],
            ["", "", "", "", "", "", ""]]
    merges = [CellRange(0, 0, 3, 0), CellRange(0, 1, 2, 1), CellRange(0, 2, 0, 3), CellRange(0, 4, 0, 6),
              CellRange(1, 2, 2, 2), CellRange(1, 3, 2, 3), CellRange(1, 4, 2, 4), CellRange(1, 5, 2, 5),
              CellRange(1, 6, 2, 6)]
    parsed = parse_grid(Grid("t.xls", "Sheet1", rows, merges))
    assert parsed is not None and parsed.layout == "list"
    assert [f.label for f in parsed.fields] == ["单位", "设施占地面积（亩）", "种植业占地（亩）", "畜牧业占地（亩）",
                                                "合计（百公斤）", "氮肥（百公斤）", "磷肥（百公斤）"]
    # A card's blank answer box merged over two columns has no labels right under it: still a card.
    card = [["姓名", "", "", "性别", ""], ["出生日期", "", "", "民族", ""], ["住址", "", "", "", ""]]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", card, [CellRange(0, 1, 0, 2), CellRange(1, 1, 1, 2),
                                                        CellRange(2, 1, 2, 4)]))
    assert parsed is not None and parsed.layout == "card"


def test_a_line_naming_the_filler_holds_no_item_whatever_stands_beside_it() -> None:
    """「学校名称：| （公章） | 填表日期：」 and 「填报单位：刘营 | 刘营 | 单位：头、只」 above a register, 「合计：」 below it:
    the school's name, the village's and the totals row were read as data items of a card."""
    rows = [["国家奖学金获奖学生名单", "", "", ""], ["学校名称：", "（公章）", "填表日期：    年  月  日", ""],
            ["序号", "学生姓名", "身份证号码", "院系"], ["1", "", "", ""], ["合计：", "", "", ""]]
    assert labels(rows) == ["学生姓名", "身份证号码", "院系"]
    rows = [["畜牧业生产", "", "", ""], ["填报单位：刘营", "刘营", "", "单位：头、只"],
            ["行政村", "牛存栏", "羊存栏", "兔存栏"], ["", "", "", ""]]
    assert labels(rows) == ["行政村", "牛存栏", "羊存栏", "兔存栏"]
    # An item of a card that ends like a filler's key (「经营截止日期：」) is still an item, and so is its neighbour.
    card = [["企业名称：", "", "", ""], ["经营起始日期：", "", "经营截止日期：", ""], ["经营范围：", "", "", ""]]
    assert "经营起始日期：" in labels(card)


def test_a_row_of_column_letters_past_z_is_no_item() -> None:
    """「A … Z | AA | AB …」 under a register's header, with a slip of the pen (…W | S | Y…): the letters past Z
    became ten items 「AA」…「AJ」 and the register was read as a card (real_forms_more 农村房屋摸排表)."""
    letters = [chr(65 + n) for n in range(26)] + ["AA", "AB", "AC"]
    letters[23] = "S"
    header = [f"项目{n}" for n in range(len(letters))]
    rows = [["土坯房摸排表"] + [""] * (len(letters) - 1), header, letters, [""] * len(letters)]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, [CellRange(0, 0, 0, len(letters) - 1)]))
    assert parsed is not None and parsed.layout == "list" and parsed.data_start_row == 3
    assert [f.label for f in parsed.fields] == header
    # Two-letter labels that are no run of column letters stay labels.
    assert labels([["姓名", "QQ", "ID", "电话"], ["", "", "", ""]]) == ["姓名", "QQ", "ID", "电话"]


def test_a_departments_answer_is_titled_by_its_heading_not_its_addressee() -> None:
    """「有无违法犯罪记录的回复」 heads a Word answer to one case: it was not taken for a title, the form was named
    after its file (wl_gaj_cer_204) and the 一套表 asked 「是否出具wl_gaj_cer_204」. An addressee line
    (「市不动产登记服务中心:」) is no title either."""
    rows = [["姓名", "", "性别", ""], ["户籍所在地", "", "", ""]]
    answer = Grid("t.docx", "表1", [list(r) for r in rows], context=[
        "有无违法犯罪记录的回复", "温岭市教育局：", "根据你局提出的核查要求，经我方查证，现将有关情况回复如下："])
    parsed = parse_grid(answer)
    assert parsed is not None and parsed.title == "有无违法犯罪记录的回复"
    letter = parse_grid(Grid("t.docx", "表1", [list(r) for r in rows], context=["市不动产登记服务中心:"]))
    assert letter is not None and letter.title == ""


def test_the_issuing_bodys_seal_and_date_are_no_items() -> None:
    """「XX村村民委员会 XXXX年XX月XX日」 at a certificate's foot became two columns of the 一套表 (helper-19)."""
    rows = [["姓名", "", "身份证号码", ""],
            ["XX村村民委员会\nXXXX年XX月XX日", "", "XX镇人民政府（街道办事处）\nXXXX年XX月XX日", ""]]
    assert labels(rows) == ["姓名", "身份证号码"]


def test_the_values_a_column_takes_written_under_its_label_are_no_header_level() -> None:
    """「3.农户类型」 over 「【监测户、一般脱贫户、其他一般农户】」: the bracketed list of values was read as the item
    (real_forms_more 问题台账表), and its label was lost."""
    rows = [["问题台账", "", "", ""], ["序号", "户主姓名", "农户类型", "问题类型"],
            ["", "", "【监测户、一般脱贫户、其他一般农户】", "（①两不愁、②基本医疗、③义务教育）"], ["1", "", "", ""]]
    merges = [CellRange(0, 0, 0, 3), CellRange(1, 0, 2, 0), CellRange(1, 1, 2, 1)]
    assert labels(rows, merges) == ["户主姓名", "农户类型", "问题类型"]
    # Saved as CSV (no merges), the row of values is still no record: split wrote above it, and fill read it back
    # as one (helper-105).
    rows = [["问题台账", "", "", ""], ["序号", "户主姓名", "农户类型", "问题类型"],
            ["", "", "【监测户（已消除风险）、监测户（未消除风险）、其他一般农户】", "（①“两不愁”、②基本医疗、③其他（请注明））"]]
    parsed = parse_grid(Grid("问题台账表.csv", "问题台账表", [list(r) for r in rows]))
    assert parsed is not None and [f.label for f in parsed.fields] == ["户主姓名", "农户类型", "问题类型"]
    assert parsed.data_start_row == 3


def test_a_registers_own_date_column_is_an_item() -> None:
    """「填报日期」 heading a column of a 花名册 is each record's date (real_forms_more 婴儿出生花名册); beside a colon above
    the table it is the filler's line."""
    rows = [["婴儿出生花名册", "", ""], ["填报日期：    年  月  日", "", ""], ["子女姓名", "子女出生日期", "填报日期"],
            ["", "", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 2), CellRange(1, 0, 1, 2)]) == ["子女姓名", "子女出生日期", "填报日期"]


def test_a_blank_to_fill_above_a_word_table_does_not_name_its_rows() -> None:
    """「住所地（经常居住地）：」, 「填表日期：」, 「市不动产登记服务中心:」 just above a Word table were taken for whose rows
    it lists, and went into every item's header (real_forms: 119 fields); 「家庭成员情况表：」 still names them."""
    rows = [["姓名", "关系", "月收入（元）"], ["", "", ""]]
    for lead in ("住所地（经常居住地）：", "填表日期：", "市不动产登记服务中心:"):
        parsed = parse_grid(Grid("t.docx", "表1", [list(r) for r in rows], context=["经济状况证明表", lead]))
        assert parsed is not None and parsed.fields[0].header_path == ["姓名"], lead
    members = parse_grid(Grid("t.docx", "表1", [list(r) for r in rows], context=["证明", "家庭成员情况表："]))
    assert members is not None and members.fields[0].header_path == ["家庭成员情况表", "姓名"]


def test_criteria_with_descriptions_and_grades_are_items_with_options() -> None:
    """「思想品德」 over its description 「理想信念，执行党的方针……」 over 「优 | 良 | 中 | 差」, with 「姓名」 printed again
    under its merged 「姓名」 (民主评议党员测评表): every 优/良/中/差 was an item of its own and the criteria were lost;
    a cadre's grade for 工作作风 went nowhere (helper-20)."""
    rows = [["姓名", "思想品德", "", "工作作风", ""],
            ["", "理想信念，执行党的方针", "", "实事求是，求真务实", ""],
            ["姓名", "优", "差", "优", "差"],
            ["", "", "", "", ""]]
    merges = [CellRange(0, 0, 1, 0), CellRange(0, 1, 0, 2), CellRange(0, 3, 0, 4), CellRange(1, 1, 1, 2),
              CellRange(1, 3, 1, 4)]
    assert [(f.label, f.options) for f in fields_of(rows, merges)] == [("姓名", []), ("思想品德", ["优", "差"]),
                                                                      ("工作作风", ["优", "差"])]


def test_an_indicator_asked_in_several_sections_is_qualified_by_each() -> None:
    """「2.帮扶单位自筹资金」 under 「（三）贫困户危房改造」, again under 「（二）路灯建设」: read as slots of one item, the
    一套表 kept one row for six amounts and five were lost (helper-21, guangzhou q1). The subsection heading has no
    code of its own and is no indicator."""
    rows = [["代码", "指标名称", "计量单位", "本年"],
            ["", "（一）贫困户危房改造", "", ""], ["101", "1.改造户数", "户", ""], ["102", "2.帮扶单位自筹资金", "元", ""],
            ["", "（二）路灯建设", "", ""], ["103", "1.路灯盏数", "盏", ""], ["104", "2.帮扶单位自筹资金", "元", ""]]
    parsed = parse_grid(Grid("t.xls", "Sheet1", rows))
    assert parsed is not None and parsed.layout == "indicator"
    assert [f.header_path for f in parsed.fields] == [
        ["1.改造户数"], ["（一）贫困户危房改造", "2.帮扶单位自筹资金"], ["1.路灯盏数"],
        ["（二）路灯建设", "2.帮扶单位自筹资金"]]


def test_the_dead_and_injured_of_an_event_section_are_that_events() -> None:
    """u253: 「三、道路交通事故情况 › 死亡人数」 was read 死亡人数 alone and met the fire table's. A section naming no
    event leaves its rows as they are."""
    rows = [["指标名称", "计量单位", "代码", "本期"],
            ["一、登记上牌情况", "", "", ""], ["登记上牌电动自行车", "辆", "01", ""],
            ["二、道路交通事故情况", "", "", ""], ["事故起数", "起", "02", ""], ["死亡人数", "人", "03", ""],
            ["直接财产损失", "元", "04", ""]]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows))
    assert parsed is not None and parsed.layout == "indicator"
    assert [f.header_path for f in parsed.fields] == [
        ["登记上牌电动自行车"], ["事故起数"], ["二、道路交通事故情况", "死亡人数"], ["二、道路交通事故情况", "直接财产损失"]]


def test_a_numbered_part_without_a_unit_over_rows_with_theirs_is_a_section() -> None:
    """u249: 「（一）农机购置补贴」 in a table with a unit column and no codes was an indicator of its own, and went
    into the burden table at twelve fills a year. A part's row whose next row prints no unit either is an item."""
    rows = [["项目", "单位", "本月", "累计"],
            ["（一）农机购置补贴", "", "", ""], ["受理申请户数", "户", "", ""], ["已兑付补贴户数", "户", "", ""],
            ["（二）报废更新补贴", "", "", ""], ["受理申请户数", "户", "", ""],
            ["（三）宣传培训场次", "", "", ""], ["备注说明", "", "", ""]]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows))
    assert parsed is not None and parsed.layout == "indicator"
    assert [f.label for f in parsed.fields] == [
        "受理申请户数", "已兑付补贴户数", "受理申请户数", "（三）宣传培训场次", "备注说明"]


def test_the_end_of_a_term_under_its_header_heads_a_column_of_its_own() -> None:
    """u257: 「矫正期限 › 起 | 止」: 止 was read as the blank between two dates and its column lost."""
    rows = [["社区矫正对象信息台账", "", "", "", ""], ["姓名", "矫正期限", "", "联系电话", ""], ["", "起", "止", "", ""],
            ["", "", "", "", ""]]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows,
                             [CellRange(0, 0, 0, 4), CellRange(1, 0, 2, 0), CellRange(1, 1, 1, 2), CellRange(1, 3, 2, 3)]))
    assert parsed is not None and [f.header_path for f in parsed.fields] == [
        ["姓名"], ["矫正期限", "起"], ["矫正期限", "止"], ["联系电话"]]


def test_the_school_and_class_a_roster_is_filled_for_are_a_filler_line() -> None:
    """u256: 「学校（托幼机构）名称： | 班级：」 over a 预防接种证查验登记表 were two items of every child."""
    rows = [["入学入托儿童预防接种证查验登记表", "", "", "", "", ""], ["学校（托幼机构）名称：", "", "", "班级：", "", ""],
            ["序号", "姓名", "性别", "出生日期", "家长姓名", "联系电话"], ["1", "", "", "", "", ""]]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, [CellRange(0, 0, 0, 5), CellRange(1, 0, 1, 2), CellRange(1, 3, 1, 5)]))
    assert parsed is not None and [f.label for f in parsed.fields] == ["姓名", "性别", "出生日期", "家长姓名", "联系电话"]


def test_who_surveys_and_when_over_a_register_split_over_cells_is_a_filler_line() -> None:
    """u268: 「村（社区）： | 排查人： | 排查日期：  年  月  日」, each in a cell of its own over a CSV 摸底排查登记表, were
    three items, and the survey's day met an inspection record's 检查时间."""
    rows = [["食品摊贩摸底排查登记表", "", "", "", "", ""], ["村（社区）：", "", "排查人：", "", "排查日期：    年  月  日", ""],
            ["序号", "摊主姓名", "性别", "证件号码", "手机号码", "摆摊地点"], ["1", "", "", "", "", ""]]
    parsed = parse_grid(Grid("t.csv", "t", rows))
    assert parsed is not None and [f.label for f in parsed.fields] == ["摊主姓名", "性别", "证件号码", "手机号码", "摆摊地点"]


def test_the_heads_id_asked_beside_the_signature_under_a_households_table_is_an_item() -> None:
    """wf42, wf44: 「贫困户（签名） | 户主身份证号码 | ___」 under a household's 调查表 was read as the sign-off, and each
    household's copy came back with no one's name or number on it. A 填表人 line stays a footer."""
    rows = [["编号", "填表项目", "单位", "数量"], ["1", "家庭人口数", "人", ""], ["2", "人均年收入", "元", ""],
            ["填表人：", "", "填表时间：", ""], ["贫困户（签名）", "", "户主身份证号码", ""],
            ["说明：1.一户贫困户对应填一张表。", "", "", ""]]
    parsed = parse_grid(Grid("t.xls", "Sheet1", rows))
    assert parsed is not None and parsed.layout == "indicator"
    assert [(f.label, f.row, f.col) for f in parsed.fields] == [
        ("家庭人口数", 1, 1), ("人均年收入", 2, 1), ("户主身份证号码", 4, 2)]


def test_parts_indented_short_of_the_words_after_whereof_are_its_siblings() -> None:
    """u263: 「其中：残疾军人」 then 「　　烈士遗属」 (two full-width blanks, short of the words after 「其中：」): the
    rows were read as parts of 残疾军人, not the next parts of 重点优抚对象总人数."""
    rows = [["指标名称", "计量单位", "本期"], ["重点优抚对象总人数", "人", ""], ["其中：残疾军人", "人", ""],
            ["\u3000\u3000烈士遗属", "人", ""], ["\u3000\u3000病故军人遗属", "人", ""], ["新增享受抚恤补助人数", "人", ""]]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows))
    assert parsed is not None and parsed.layout == "indicator"
    assert [[C.squash(t) for t in f.header_path] for f in parsed.fields] == [
        ["重点优抚对象总人数"], ["重点优抚对象总人数", "其中:残疾军人"], ["重点优抚对象总人数", "烈士遗属"],
        ["重点优抚对象总人数", "病故军人遗属"], ["新增享受抚恤补助人数"]]


def test_a_friendly_reminder_above_a_register_is_a_note() -> None:
    """「温馨提示：请各位经办老师……（是否脱贫户为下拉选项）」 merged above a register was read as its section: it went
    into every item's header and made an insurance list of all farmers a list of 脱贫人口 (helper-21)."""
    rows = [["投保清单", "", ""], ["温馨提示：请各位经办老师认真填写（开户银行、是否脱贫户为下拉选项）", "", ""],
            ["姓名", "身份证号码", "是否脱贫户"], ["", "", ""]]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, [CellRange(0, 0, 0, 2), CellRange(1, 0, 1, 2)]))
    assert parsed is not None and [f.header_path for f in parsed.fields] == [["姓名"], ["身份证号码"], ["是否脱贫户"]]


def test_a_stray_number_in_a_header_does_not_make_it_an_example_record() -> None:
    """「县级市 | 贫困镇 | 0 | 帮扶单位」 over a filled list of villages: the header was refused as an example record,
    the first filled row became the header and its place names (从化市, 温泉镇 …) items (helper-21)."""
    rows = [["县级市", "贫困镇", "0", "帮扶单位"], ["从化市", "温泉镇", "密石村", "海珠区赤岗街"],
            ["从化市", "温泉镇", "乌土村", "海珠区新港街"], ["从化市", "温泉镇", "南平村", "海珠区昌岗街"]]
    assert labels(rows) == ["县级市", "贫困镇", "帮扶单位"]


def test_a_register_with_signature_columns_is_a_register() -> None:
    """「序号 | 姓名 | … | 认定等级 | 评议小组签名 | 评议工作组签名 | 学院审批 | 备注」: three sign-off columns among nine
    made the header a sign-off row, and the register was read as a card (helper-23, nbty_knsrd2). The signature
    columns are signed by hand and are no items; 「违法审批」 is a count and is."""
    rows = [["序号", "姓名", "性别", "认定等级", "", "", "评议小组签名", "评议工作组签名", "学院审批", "违法审批", "备注"],
            ["", "", "", "特困", "困难", "一般", "", "", "", "", ""], ["1", "", "", "", "", "", "", "", "", "", ""]]
    merges = [CellRange(0, 0, 1, 0), CellRange(0, 1, 1, 1), CellRange(0, 2, 1, 2), CellRange(0, 3, 0, 5),
              *(CellRange(0, c, 1, c) for c in range(6, 11))]
    assert [(f.label, f.options) for f in fields_of(rows, merges)] == [
        ("姓名", []), ("性别", []), ("认定等级", ["特困", "困难", "一般"]), ("违法审批", []), ("备注", [])]


def test_a_cards_closing_block_with_an_answer_box_is_read_as_card_rows() -> None:
    """「民政部门信息 | 详细通讯地址 | ______」 over 「| 邮政编码 | __ | 联系电话 | __」 at the foot of a survey: the
    side label spanning both rows made them a two-level header, and 联系电话 was lost (xsjjtqkdcb)."""
    rows = [["学生情况调查表", "", "", "", "", "", ""],
            ["姓名", "", "", "性别", "", "", ""],
            ["家庭成员因残疾、年迈而劳动能力弱情况：________。", "", "", "", "", "", ""],
            ["民政部门信息", "详细通讯地址", "", "", "", "", ""],
            ["", "邮政编码", "", "", "联系电话", "", "（区号）－"]]
    merges = [CellRange(0, 0, 0, 6), CellRange(2, 0, 2, 6), CellRange(3, 0, 4, 0), CellRange(3, 2, 3, 6)]
    found = {f.label: f.header_path for f in fields_of(rows, merges)}
    assert found["详细通讯地址"] == ["民政部门信息", "详细通讯地址"]
    assert found["邮政编码"] == ["民政部门信息", "邮政编码"]
    assert found["联系电话"] == ["民政部门信息", "联系电话"]  # the sentence to complete names no section


def test_a_header_over_a_column_missing_its_merge_is_still_a_header() -> None:
    """A two-level header whose last column sits only in the lower row (高基231) stays a header."""
    rows = [["编号", "增加学生数", "", "减少学生数", "", ""],
            ["", "计", "招生", "计", "毕业", "在校学生数"],
            ["01", "", "", "", "", ""]]
    merges = [CellRange(0, 0, 1, 0), CellRange(0, 1, 0, 2), CellRange(0, 3, 0, 4)]
    assert [f.header_path for f in fields_of(rows, merges)][:2] == [["增加学生数", "计"], ["增加学生数", "招生"]]


def test_a_row_of_units_under_unmerged_labels_is_their_units() -> None:
    """Without the first column merged down to it, the unit row was read as labels of its own (个, 户, 人)."""
    rows = [["农村基本情况", "", "", ""], ["单位", "村民小组个数", "户籍总户数", "户籍总人口"], ["", "个", "户", "人"],
            ["", "", "", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 3)]) == ["单位", "村民小组个数（个）", "户籍总户数（户）", "户籍总人口（人）"]


def test_a_line_stating_a_value_over_a_register_is_no_section() -> None:
    """「结算时间段：20180101----20181231」 across the sheet put itself in front of every column's path (helper-24)."""
    rows = [["个人年度医疗费用证明", "", "", ""], ["结算时间段：20180101  ----  20181231", "", "", ""],
            ["序号", "就诊医院", "结算时间", "补偿金额"], ["1", "", "", ""]]
    found = fields_of(rows, [CellRange(0, 0, 0, 3), CellRange(1, 0, 1, 3)])
    assert [(f.label, f.header_path) for f in found] == [
        ("就诊医院", ["就诊医院"]), ("结算时间", ["结算时间"]), ("补偿金额", ["补偿金额"])]


def test_a_first_column_merged_as_deep_as_the_header_is_a_column_not_a_side_label() -> None:
    """「区（县）」 merged over the two header rows was read as naming the whole table: lost as an item and put in
    front of every column's path (helper-24, report_12)."""
    rows = [["区（县）", "镇名称", "有劳动能力", ""], ["", "", "低保对象(户)", "低保对象(人)"], ["", "", "", ""]]
    merges = [CellRange(0, 0, 1, 0), CellRange(0, 1, 1, 1), CellRange(0, 2, 0, 3)]
    found = fields_of(rows, merges)
    assert [f.header_path for f in found] == [["区（县）"], ["镇名称"], ["有劳动能力", "低保对象(户)"],
                                              ["有劳动能力", "低保对象(人)"]]


def test_a_register_of_printed_categories_counts_by_category() -> None:
    """「合计 | 涉及户数 | (户)」, 「其中：洪涝地质灾害 | …」 printed down the first columns: the rows are categories to
    count, not records to add (helper-28: a disaster table read as a roster of villages). Village names printed
    down the first column are records of villages."""
    from yitaobiao.layout import _Band, _printed_categories, _Sheet

    header = ["灾害类型", "项目", "单位", "受灾脱贫人数", "因灾死亡人数"]
    body = [["合计", "涉及户数", "(户)", "", ""], ["", "涉及人数", "(人)", "", ""],
            ["其中：洪涝地质灾害", "涉及户数", "(户)", "", ""], ["", "涉及人数", "(人)", "", ""]]
    villages = [["东村", "", "", "", ""], ["西村", "", "", "", ""], ["南村", "", "", "", ""], ["合计", "", "", "", ""]]
    for rows, expected in ((body, True), (villages, False)):
        sheet = _Sheet(Grid("t.xlsx", "Sheet1", [header, *rows], []))
        assert _printed_categories(sheet, _Band([0], 0, 0, 4, 1, 5)) is expected


def test_a_persons_header_over_a_table_of_their_entries_is_a_card() -> None:
    """「姓名 | ___ | 性别 | ___」 over a table of travel records (出入境记录核查表): one person a copy. Read as a register,
    split wrote the people's names under 出入标识 and their ID numbers under 出入时间 (helper-29)."""
    from yitaobiao.model import Layout

    rows = [["姓名", "", "性别", "", "出生日期", "", "", ""], ["证件类型", "", "证件号码", "", "", "", "", ""],
            ["出入标识", "国籍/地区", "出入时间", "出入口岸", "", "交通工具", "", "前往地"], [""] * 8, [""] * 8]
    merges = [CellRange(0, 4, 0, 5), CellRange(0, 6, 0, 7), CellRange(1, 3, 1, 7), CellRange(2, 3, 2, 4),
              CellRange(2, 5, 2, 6), CellRange(3, 3, 3, 4), CellRange(3, 5, 3, 6), CellRange(4, 3, 4, 4)]
    parsed = parse_grid(Grid("t.docx", "表1", rows, merges))
    assert parsed is not None and parsed.layout == Layout.CARD


def test_a_section_row_merged_across_an_indicator_table_is_a_section() -> None:
    """「一、服务对象」 merged over 计量单位 and 代码 shows its own words there: they are no unit of its own."""
    rows = [["指标名称", "计量单位", "代码", "本季度"],
            ["甲", "乙", "丙", "1"],
            ["一、服务对象", "", "", ""],
            ["辖区内常住居民数", "人", "01", ""],
            ["二、慢病筛查", "", "", ""],
            ["查出高血压人数", "人", "02", ""]]
    assert labels(rows, [CellRange(2, 0, 2, 3), CellRange(4, 0, 4, 3)]) == ["辖区内常住居民数", "查出高血压人数"]


def test_stacked_group_labels_of_a_card_all_name_the_group() -> None:
    """「家庭成员情况 | 父亲情况 | 姓名 | ___」: both merged labels are context, the first row as the next."""
    rows = [["申请表", "", "", ""],
            ["家庭成员情况", "父亲情况", "姓名", ""],
            ["", "", "工作单位", ""],
            ["", "母亲情况", "姓名", ""],
            ["", "", "工作单位", ""]]
    merges = [CellRange(0, 0, 0, 3), CellRange(1, 0, 4, 0), CellRange(1, 1, 2, 1), CellRange(3, 1, 4, 1)]
    assert [f.header_path for f in fields_of(rows, merges)] == [
        ["家庭成员情况", "父亲情况", "姓名"], ["家庭成员情况", "父亲情况", "工作单位"],
        ["家庭成员情况", "母亲情况", "姓名"], ["家庭成员情况", "母亲情况", "工作单位"]]


def test_a_label_whose_box_ends_in_a_signature_line_is_a_label() -> None:
    rows = [["申请表", "", ""],
            ["姓名", "", ""],
            ["申请理由", "（请简要陈述）\n\n申请人签字：   年  月  日", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 2), CellRange(2, 1, 2, 2)]) == ["姓名", "申请理由"]


def test_a_note_in_brackets_does_not_make_a_label_a_sentence() -> None:
    rows = [["护林员花名册", "", "", ""],
            ["序号", "姓名", "身份证号码（18位，末位X大写）", "管护面积（亩，保留两位小数）"],
            ["示例", "张三", "530000199001011234", "3000"]]
    assert labels(rows, [CellRange(0, 0, 0, 3)]) == ["姓名", "身份证号码（18位，末位X大写）", "管护面积（亩，保留两位小数）"]


def test_a_table_inside_a_card_ends_with_its_edge_label() -> None:
    """The member rows end where 「家庭成员」, merged down the left edge, ends: 备注 below is the card's."""
    rows = [["基本信息表", "", "", ""],
            ["姓名", "", "性别", ""],
            ["家庭成员", "关系", "姓名", "联系电话"],
            ["", "", "", ""],
            ["", "", "", ""],
            ["备注", "", "", ""]]
    merges = [CellRange(0, 0, 0, 3), CellRange(2, 0, 4, 0), CellRange(5, 1, 5, 3)]
    assert labels(rows, merges)[-1] == "备注"


def test_the_official_of_a_level_signing_is_a_footer() -> None:
    rows = [["危房改造对象花名册", "", ""],
            ["序号", "姓名", "身份证号"],
            ["1", "", ""],
            ["乡镇负责人：", "", "村支书："]]
    assert labels(rows, [CellRange(0, 0, 0, 2)]) == ["姓名", "身份证号"]


def test_a_label_merged_down_mid_row_groups_the_labels_right_of_it() -> None:
    rows = [["兵役登记表", "", "", "", ""],
            ["身高（cm）", "", "视力", "左眼", ""],
            ["体重（kg）", "", "", "右眼", ""]]
    merges = [CellRange(0, 0, 0, 4), CellRange(1, 2, 2, 2)]
    assert [f.header_path for f in fields_of(rows, merges)] == [
        ["身高（cm）"], ["视力", "左眼"], ["体重（kg）"], ["视力", "右眼"]]


def test_a_register_whose_example_row_holds_ticks_is_a_register() -> None:
    rows = [["残疾人花名册", "", "", "", ""],
            ["序号", "姓名", "残疾类别", "", "备注"],
            ["", "", "视力", "肢体", ""],
            ["例", "李某某", "", "√", ""]]
    merges = [CellRange(0, 0, 0, 4), CellRange(1, 2, 1, 3), CellRange(1, 0, 2, 0), CellRange(1, 1, 2, 1),
              CellRange(1, 4, 2, 4)]
    assert labels(rows, merges) == ["姓名", "视力", "肢体", "备注"]


def test_whoever_signs_below_a_table_and_a_measure_unit_line_are_no_fields() -> None:
    rows = [["火化登记花名册", "", "", ""],
            ["发包方名称：     村      组", "", "面积单位：亩", ""],
            ["序号", "姓名", "火化日期", "审批救助金额（元）"],
            ["1", "", "", ""],
            ["殡仪馆负责人：", "", "联系电话：", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 3)]) == ["姓名", "火化日期", "审批救助金额（元）"]


def test_card_blocks_side_by_side_take_their_heading() -> None:
    """「男方 | 女方」 over rows of label and box in each half: each half is that person's; a row asked once
    (登记机关 across both) ends the blocks, and a line to fill (开具日期：) is no heading."""
    rows = [["男方", "", "女方", ""],
            ["姓名", "", "姓名", ""],
            ["身份证号码", "", "身份证号码", ""],
            ["登记机关", "", "", ""]]
    merges = [CellRange(0, 0, 0, 1), CellRange(0, 2, 0, 3), CellRange(3, 1, 3, 3)]
    assert [f.header_path for f in fields_of(rows, merges)] == [
        ["男方", "姓名"], ["女方", "姓名"], ["男方", "身份证号码"], ["女方", "身份证号码"], ["登记机关"]]
    rows = [["开具日期：  年 月 日", "", "证明号码：", ""],
            ["纳税人名称", "", "纳税人识别号", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 1), CellRange(0, 2, 0, 3)])[:2] == ["证明号码：", "纳税人名称"]


def test_a_grid_of_people_inside_a_card_ends_at_the_next_card_row() -> None:
    """「项目联系人 | 姓名 | 身份证件号码」 over rows named 法定代表人 and 办税人: the row labels are the grid's rows,
    no header levels, and 「注册资本 | ___ | 币种 | ___」 below is the card's again."""
    rows = [["纳税人名称", "", "", "", "", ""],
            ["项目联系人", "", "姓名", "身份证件号码", "", "移动电话"],
            ["法定代表人", "", "", "", "", ""],
            ["办税人", "", "", "", "", ""],
            ["注册资本", "", "", "", "币种", ""]]
    merges = [CellRange(r, 0, r, 1) for r in range(1, 5)] + [CellRange(r, 3, r, 4) for r in range(1, 4)] + [
        CellRange(4, 2, 4, 3)]
    fields = fields_of(rows, merges)
    assert [f.label for f in fields][-5:] == ["姓名", "身份证件号码", "移动电话", "注册资本", "币种"]
    assert fields[-5].header_path == ["项目联系人", "姓名"]  # whose items the grid's columns ask
    assert fields[-1].header_path == ["币种"]


def test_labels_down_a_cards_side_are_no_register() -> None:
    """「名称 | | 企业状态：」 over 「住所 | ___」, 「法定代表人 | ___」: two labels over rows of one label each."""
    rows = [["公司登记基本情况", "", "", ""],
            ["名称", "| 企业状态：", "", ""],
            ["住所", "", "", ""],
            ["法定代表人", "", "", ""],
            ["注册资本", "", "邮政编码", ""]]
    merges = [CellRange(0, 0, 0, 3), CellRange(1, 1, 1, 3), CellRange(2, 1, 2, 3), CellRange(3, 1, 3, 3)]
    assert labels(rows, merges) == ["名称", "| 企业状态：", "住所", "法定代表人", "注册资本", "邮政编码"]


def test_a_register_of_projects_is_no_indicator_table() -> None:
    """序号 | 项目名称 | 计划投资 | 累计完成 over blank rows: a register of projects (its items are its columns);
    an indicator table prints its items down the 项目 column."""
    rows = [["重点项目投资进度统计表", "", "", "", ""],
            ["序号", "项目名称", "建设地点", "计划投资", "累计完成"],
            ["", "", "", "", ""],
            ["", "", "", "", ""],
            ["合计", "", "", "", ""],
            ["填报人：", "", "", "", ""]]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, [CellRange(0, 0, 0, 4)]))
    assert parsed is not None and parsed.layout == "list"
    assert [f.label for f in parsed.fields] == ["项目名称", "建设地点", "计划投资", "累计完成"]


def test_counts_of_men_and_women_under_a_grade_are_columns_not_options() -> None:
    rows = [["小学学生数统计表", "", "", "", "", ""],
            ["学校名称", "办学类型", "一年级", "", "二年级", ""],
            ["", "", "男", "女", "男", "女"],
            ["城关第一小学", "", "", "", "", ""]]
    merges = [CellRange(0, 0, 0, 5), CellRange(1, 2, 1, 3), CellRange(1, 4, 1, 5), CellRange(1, 0, 2, 0),
              CellRange(1, 1, 2, 1)]
    assert [f.header_path for f in fields_of(rows, merges)][2:] == [
        ["一年级", "男"], ["一年级", "女"], ["二年级", "男"], ["二年级", "女"]]
    rows = [["花名册", "", "", ""], ["姓名", "性别", "", "年龄"], ["", "男", "女", ""]]
    merges = [CellRange(0, 0, 0, 3), CellRange(1, 1, 1, 2), CellRange(1, 0, 2, 0), CellRange(1, 3, 2, 3)]
    assert [f.label for f in fields_of(rows, merges)] == ["姓名", "性别", "年龄"]  # 性别 › 男 | 女: its options


def test_a_breakdown_heading_is_no_indicator() -> None:
    rows = [["指标名称", "计量单位", "本月"],
            ["社会消费品零售总额", "万元", ""],
            ["按经营地分", "", ""],
            ["  城镇", "万元", ""],
            ["  乡村", "万元", ""]]
    assert labels(rows) == ["社会消费品零售总额", "城镇", "乡村"]


def test_indicator_siblings_share_their_parent_and_a_section_names_what_indented_rows_break_down() -> None:
    rows = [["指标名称", "计量单位", "本年"],
            ["八、年末常住人口按年龄分", "", ""],
            ["  0-14岁", "人", ""],
            ["  15-59岁", "人", ""],
            ["  60岁及以上", "人", ""],
            ["    其中：65岁及以上", "人", ""]]
    paths = [[p.strip() for p in f.header_path] for f in fields_of(rows)]
    assert paths == [["八、年末常住人口按年龄分", "0-14岁"], ["八、年末常住人口按年龄分", "15-59岁"],
                     ["八、年末常住人口按年龄分", "60岁及以上"], ["60岁及以上", "其中：65岁及以上"]]


def test_a_two_level_header_without_merges_keeps_a_year_range_among_its_labels() -> None:
    """A CSV has no merges: 「按建成年代分」 over 「1980年及以前 | 1981-2000年 | 2001年及以后」; the year range reads
    like a value, but among labels it is one."""
    rows = [["农村房屋基本情况统计表", "", "", "", "", "", ""],
            ["村（社区）", "农房总数（栋）", "按结构类型分", "", "按建成年代分", "", ""],
            ["", "", "砖混", "砖木", "1980年及以前", "1981-2000年", "2001年及以后"],
            ["东山村", "", "", "", "", "", ""]]
    assert [f.header_path for f in fields_of(rows)][-3:] == [
        ["按建成年代分", "1980年及以前"], ["按建成年代分", "1981-2000年"], ["按建成年代分", "2001年及以后"]]


def test_the_date_of_a_record_inside_a_card_is_an_item() -> None:
    """「登记日期 | ___」 beside 「登记机关 | ___」 in a marriage card is the record's date; 「填表日期：」 is the form's."""
    rows = [["结婚登记审查处理表", "", "", ""],
            ["姓名", "", "性别", ""],
            ["登记日期", "", "结婚证字号", ""],
            ["填表日期：  年 月 日", "", "", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 3), CellRange(3, 0, 3, 3)]) == ["姓名", "性别", "登记日期", "结婚证字号"]


def test_a_line_stating_the_cut_off_date_beside_the_filler_is_no_header_level() -> None:
    rows = [["家庭医生签约服务统计表", "", "", ""],
            ["填报单位：  乡镇卫生院", "统计截止：2025年  月  日", "", "单位：人、%"],
            ["村（社区）", "常住人口数", "签约人数", ""],
            ["", "", "合计", "其中：重点人群"],
            ["东山村", "", "", ""]]
    merges = [CellRange(0, 0, 0, 3), CellRange(2, 0, 3, 0), CellRange(2, 1, 3, 1), CellRange(2, 2, 2, 3)]
    assert [f.header_path for f in fields_of(rows, merges)] == [
        ["村（社区）"], ["常住人口数"], ["签约人数", "合计"], ["签约人数", "其中：重点人群"]]


def test_village_names_printed_down_a_register_are_its_records() -> None:
    rows = [["分村畜禽存栏统计表", "", ""], ["所属村", "生猪存栏（头）", "牛存栏（头）"],
            ["东山村", "", ""], ["西河村", "", ""], ["南岭社区", "", ""]]
    assert [f.header_path for f in fields_of(rows, [CellRange(0, 0, 0, 2)])] == [
        ["所属村"], ["生猪存栏（头）"], ["牛存栏（头）"]]


def test_where_and_when_a_register_is_filled_and_who_signs_it_are_no_items() -> None:
    rows = [["农村自建房安全隐患排查整治台账", "", "", ""],
            ["村（社区）：", "", "排查时间：    年  月  日", "登记民警："],
            ["序号", "户主姓名", "身份证号", "房屋坐落"],
            ["", "", "", ""],
            ["排查人员：", "", "村（社区）负责人：", "联系电话："],
            ["说明：房屋坐落填到门牌号。", "", "", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 3)]) == ["户主姓名", "身份证号", "房屋坐落"]


def test_a_cards_office_lines_and_the_offices_review_box_are_no_items() -> None:
    rows = [["不动产登记申请书", "", "", ""],
            ["收件编号：        收件人：", "", "收件日期：    年  月  日", ""],
            ["权利人姓名", "", "联系电话", ""],
            ["通讯地址", "", "邮编", ""],
            ["经办机构审核", "", "", ""]]
    merges = [CellRange(0, 0, 0, 3), CellRange(1, 0, 1, 1), CellRange(1, 2, 1, 3), CellRange(4, 1, 4, 3)]
    assert labels(rows, merges) == ["权利人姓名", "联系电话", "通讯地址", "邮编"]


def test_an_indicator_numbered_like_a_section_with_its_own_code_is_an_indicator() -> None:
    rows = [["营造林生产情况统计表", "", ""], ["指标名称", "代码", "本年"], ["甲", "乙", "1"],
            ["一、造林面积合计（亩）", "01", ""], ["  （一）人工造林", "02", ""], ["二、森林抚育面积（亩）", "03", ""],
            ["三、林业产值", "04", ""], ["四、其他情况", "", ""], ["  1.苗木产量（万株）", "05", ""]]
    found = fields_of(rows, [CellRange(0, 0, 0, 2)])
    assert [f.label.strip() for f in found] == ["一、造林面积合计（亩）", "（一）人工造林", "二、森林抚育面积（亩）",
                                                 "三、林业产值", "1.苗木产量（万株）"]
    assert found[1].header_path[0] == "一、造林面积合计（亩）"


def test_a_slash_printed_in_the_answer_box_does_not_make_the_label_a_group() -> None:
    rows = [["血压", "左侧（mmHg）", "/", ""], ["", "右侧（mmHg）", "/", ""], ["身高（cm）", "", "体重（kg）", ""]]
    merges = [CellRange(0, 0, 1, 0), CellRange(0, 2, 0, 3), CellRange(1, 2, 1, 3)]
    assert labels(rows, merges) == ["左侧（mmHg）", "右侧（mmHg）", "身高（cm）", "体重（kg）"]


def test_the_corner_over_printed_categories_under_a_grand_total_is_no_item() -> None:
    header = [["学段", "学校数", "班级数"], ["甲", "1", "2"]]
    categories = [["总计", "", ""], ["学前教育", "", ""], ["小学", "", ""], ["初中", "", ""], ["", "", ""]]
    assert labels(header + categories) == ["学校数", "班级数"]
    schools = [["城关第一小学", "", ""], ["西河小学", "", ""], ["合计", "", ""], ["", "", ""]]
    assert labels([["学校名称", "学校数", "班级数"], *schools]) == ["学校名称", "学校数", "班级数"]


def test_a_line_of_blanks_for_the_town_and_village_is_no_section() -> None:
    rows = [["燕云村2024年农作物保险投保清单", "", ""], ["       镇（街道）     村 ", "", ""],
            ["姓名", "身份证号码", "玉米（亩）"], ["", "", ""]]
    merges = [CellRange(0, 0, 0, 2), CellRange(1, 0, 1, 2)]
    assert [f.header_path for f in fields_of(rows, merges)] == [["姓名"], ["身份证号码"], ["玉米（亩）"]]


def test_a_short_line_heading_a_word_table_is_its_title_without_a_title_word() -> None:
    grid = Grid("t.docx", "表1", [["序号", "户主姓名", "身份证号"], ["", "", ""]], [], source_format="docx",
                context=["天台县公共租赁住房（低收入）", "申请人（签字）：", ""])
    parsed = parse_grid(grid)
    assert parsed is not None and parsed.title == "天台县公共租赁住房（低收入）"


def test_one_space_more_is_a_slip_not_a_level_of_an_indicator_table() -> None:
    rows = [["指标名称", "代码", "计量单位", "本期"], [" 羊出栏", "1", "只", ""], ["兔出栏", "2", "只", ""],
            [" 牛奶产量", "3", "公斤", ""], ["  其中：奶牛", "4", "头", ""], ["牛存栏", "5", "头", ""],
            ["    肉用牛", "6", "头", ""]]
    paths = {f.label.strip(): f.header_path for f in fields_of(rows)}
    assert paths["牛奶产量"] == [" 牛奶产量"] and paths["肉用牛"] == ["牛存栏", "    肉用牛"]
    assert paths["其中：奶牛"] == [" 牛奶产量", "  其中：奶牛"]


def test_two_blocks_of_income_and_expense_items_are_an_indicator_table() -> None:
    rows = [["2025年第 季度村级财务收支情况公开表", "", "", "", "", "", "", ""],
            ["收入项目", "行次", "本季发生数", "本年累计数", "支出项目", "行次", "本季发生数", "本年累计数"],
            ["一、经营收入", "01", "", "", "一、经营支出", "05", "", ""],
            ["二、补助收入", "02", "", "", "二、管理费用", "06", "", ""],
            ["    其中：一事一议奖补", "03", "", "", "    其中：干部报酬", "07", "", ""],
            ["收入合计", "04", "", "", "支出合计", "08", "", ""],
            ["", "", "", "", "", "", "", ""],
            ["村务监督委员会审核意见：", "", "", "", "村党组织书记：", "", "报账员：", ""]]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, [CellRange(0, 0, 0, 7)]))
    assert parsed is not None and parsed.layout == "indicator"
    assert [f.label.strip() for f in parsed.fields] == [
        "一、经营收入", "二、补助收入", "其中：一事一议奖补", "收入合计", "一、经营支出", "二、管理费用", "其中：干部报酬", "支出合计"]
    assert parsed.period_columns == ["本季发生数", "本年累计数"]


def test_a_period_under_a_group_heads_its_column() -> None:
    rows = [["站点名称", "网络零售额（万元）", ""],
            ["", "2024年", "2025年1-6月"]]
    fields = fields_of(rows, [CellRange(0, 0, 1, 0), CellRange(0, 1, 0, 2)])
    assert [f.header_path for f in fields] == [
        ["站点名称"], ["网络零售额（万元）", "2024年"], ["网络零售额（万元）", "2025年1-6月"]]


def test_a_photo_box_a_validity_period_to_fill_and_the_county_line_are_no_items() -> None:
    card = [["个体工商户定额信息采集表", "", "", ""],
            ["业主姓名", "", "照片\n（近期一寸\n免冠彩照）", ""],
            ["核定有效期", "   年  月  日  至   年  月  日", "经营面积（平方米）", ""]]
    assert labels(card, [CellRange(0, 0, 0, 3)]) == ["业主姓名", "核定有效期", "经营面积（平方米）"]
    roster = [["住户调查记账户名册", "", ""],
              ["调查县（市、区）：XX县", "", "填报日期：  年 月 日"],
              ["户编码", "户主姓名", "家庭常住人口（人）"]]
    assert labels(roster, [CellRange(0, 0, 0, 2)]) == ["户编码", "户主姓名", "家庭常住人口（人）"]


def test_a_cards_table_of_members_ends_at_a_labelled_box_or_the_next_section() -> None:
    rows = [["申请人姓名", "", "性别", "", "联系电话", ""],
            ["赡养义务人情况", "", "", "", "", ""],
            ["序号", "姓名", "与申请人关系", "工作单位", "年收入（元）", "联系电话"],
            ["1", "", "", "", "", ""],
            ["2", "", "", "", "", ""],
            ["申请理由", "", "", "", "", ""],
            ["现住房情况", "", "", "", "", ""],
            ["现住房面积（㎡）", "", "", "月租金（元）", "", ""]]
    merges = [CellRange(1, 0, 1, 5), CellRange(5, 1, 5, 5), CellRange(6, 0, 6, 5), CellRange(7, 1, 7, 2),
              CellRange(7, 4, 7, 5)]
    fields = {f.label: f.header_path for f in fields_of(rows, merges)}
    assert fields["申请理由"] == ["申请理由"]
    assert fields["现住房面积（㎡）"] == ["现住房情况", "现住房面积（㎡）"]
    assert fields["月租金（元）"] == ["现住房情况", "月租金（元）"]


def test_the_institution_a_register_is_filled_for_is_its_filler_line() -> None:
    rows = [["家庭医生签约服务花名册", "", ""],
            ["签约机构：城东街道社区卫生服务中心", "", ""],
            ["姓名", "身份证号", "签约日期"]]
    assert labels(rows, [CellRange(0, 0, 0, 2), CellRange(1, 0, 1, 2)]) == ["姓名", "身份证号", "签约日期"]


def test_a_groups_unit_is_its_columns_unit() -> None:
    rows = [["村民小组", "劳动力（人）", "", "务工地点"],
            ["", "合计", "其中：外出务工", ""]]
    fields = fields_of(rows, [CellRange(0, 0, 1, 0), CellRange(0, 1, 0, 2), CellRange(0, 3, 1, 3)])
    assert [(f.label, f.unit) for f in fields] == [("村民小组", None), ("合计", "人"), ("其中：外出务工", "人"),
                                                   ("务工地点", None)]


def test_a_word_cards_first_section_is_not_its_title_under_a_title_paragraph() -> None:
    rows = [["儿童基本情况", "", "", ""], ["姓名", "", "性别", ""]]
    grid = Grid("t.docx", "表1", rows, [CellRange(0, 0, 0, 3)], source_format="docx",
                context=["困境儿童基本信息登记表", "填表日期：  年 月 日"])
    parsed = parse_grid(grid)
    assert parsed is not None and parsed.title == "困境儿童基本信息登记表"
    assert [f.header_path for f in parsed.fields] == [["儿童基本情况", "姓名"], ["儿童基本情况", "性别"]]
    alone = Grid("t.docx", "表1", [["困境儿童基本信息登记表", "", "", ""], ["姓名", "", "性别", ""]],
                 [CellRange(0, 0, 0, 3)], source_format="docx")
    assert parse_grid(alone).title == "困境儿童基本信息登记表"  # type: ignore[union-attr]


def test_a_word_cards_first_party_is_no_title_and_who_comes_for_a_body_is_asked() -> None:
    """u395: 「查询申请人」 across the first row under the paragraph 「不动产登记资料查询申请书」 had titled the form, and
    「申请单位 | ___ | 经办人 | ___」 over 「经办人证件号码 | ___ | 联系电话 | ___」 lost its 经办人, read as a signature."""
    rows = [["查询申请人", "", "", ""], ["申请单位", "", "经办人", ""], ["经办人证件号码", "", "联系电话", ""],
            ["被查询人", "", "", ""], ["姓名", "", "证件号码", ""],
            ["申请单位（盖章）：      经办人签字：      年  月  日", "", "", ""]]
    merges = [CellRange(0, 0, 0, 3), CellRange(3, 0, 3, 3), CellRange(5, 0, 5, 3)]
    grid = Grid("t.docx", "表1", rows, merges, source_format="docx", context=["不动产登记资料查询申请书", "编号："])
    parsed = parse_grid(grid)
    assert parsed is not None and parsed.title == "不动产登记资料查询申请书"
    assert [f.label for f in parsed.fields] == ["申请单位", "经办人", "经办人证件号码", "联系电话", "姓名", "证件号码"]
    assert parsed.fields[1].header_path == ["查询申请人", "经办人"]
    # (a row of those who sign stays signatures)
    signers = [["姓名", "", "性别", ""], ["经办人", "", "审核人", ""]]
    assert labels(signers) == ["姓名", "性别"]


def test_a_boxed_day_after_a_signed_promise_and_a_boxed_item_under_an_opinion_are_items() -> None:
    """u394: 「申请人承诺 | 本人承诺……签字： | 申请日期 | ___」 lost its 申请日期, and 「评估意见」 merged down beside
    「建议改造项目 | ___」 over 「预估费用（元） | ___ | 评估日期 | ___」 lost its first item; a 「签章」 merged down
    beside 「学生本人 | ___」 boxes as tall is where the student signs (xsjjtqkdcb.xls)."""
    promise = [["姓名", "", "性别", ""], ["申请人承诺", "本人承诺所填信息真实有效。申请人签字：", "申请日期", ""]]
    assert labels(promise) == ["姓名", "性别", "申请日期"]
    opinion = [["姓名", "", "性别", ""], ["评估意见", "建议改造项目", "", ""], ["", "预估费用（元）", "", "评估日期", ""]]
    opinion[2] = opinion[2][:4]
    fields = fields_of(opinion, [CellRange(1, 0, 2, 0), CellRange(1, 2, 1, 3)])
    assert [(f.label, f.header_path[0]) for f in fields[2:]] == [
        ("建议改造项目", "评估意见"), ("预估费用（元）", "评估意见"), ("评估日期", "评估意见")]
    sign = [["姓名", "", "性别", ""], ["签章", "学生本人", "", "家长或监护人"], ["", "", "", ""], ["", "", "", ""]]
    assert labels(sign, [CellRange(1, 0, 3, 0), CellRange(1, 1, 3, 1), CellRange(1, 2, 3, 2)]) == ["姓名", "性别"]


def test_a_column_the_cadre_is_told_not_to_fill_is_no_item() -> None:
    rows = [["姓名", "出生日期", "年龄（公式自动生成，请勿填写）", "房屋编码（系统生成，勿填）", "备注"]]
    assert labels(rows) == ["姓名", "出生日期", "备注"]


def test_a_header_printed_again_on_the_next_page_is_not_a_second_register() -> None:
    header = ["序号", "户主姓名", "家庭人口数", "联系电话"]
    rows = [header, ["1", "", "", ""], ["2", "", "", ""], header, ["3", "", "", ""], ["合计", "", "", ""],
            ["说明：", "", "", ""], ["1.保障类别填写“低保”或“特困”；", "", "", ""]]
    assert labels(rows) == ["户主姓名", "家庭人口数", "联系电话"]


def test_the_same_header_under_a_new_numbered_instruction_heads_a_register_of_its_own() -> None:
    header = ["序号", "企业名称", "营业面积", "员工人数"]
    rows = [["一、辖区内共有 个基础型商贸中心，请选取其中5个填报。", "", "", ""], header, ["1", "", "", ""],
            ["二、辖区内共有 个增强型商贸中心，请选取其中5个填报。", "", "", ""], header, ["1", "", "", ""]]
    merges = [CellRange(0, 0, 0, 3), CellRange(3, 0, 3, 3)]
    assert labels(rows, merges) == ["企业名称", "营业面积", "员工人数"] * 2


def test_a_summary_table_titled_under_a_register_is_read_too() -> None:
    columns = ["户主", "家庭人口", "工资性收入", "经营性收入", "财产性收入", "转移性收入", "生产经营性支出", "家庭纯收入",
               "人均纯收入", "是否存在返贫风险", "联系电话", "备注"]
    blank = [""] * 13
    rows = [["序号", *columns], ["1", *blank[1:]], ["合计", *blank[1:]], blank,
            ["附：本村监测汇总表", *blank[1:]],
            ["监测户数（户）", "", "监测人数（人）", "", "全村人均纯收入（元）", "", *blank[6:]], blank]
    merges = [CellRange(5, 0, 5, 1), CellRange(5, 2, 5, 3), CellRange(5, 4, 5, 5)]
    assert labels(rows, merges) == [*columns, "监测户数（户）", "监测人数（人）", "全村人均纯收入（元）"]


def test_the_station_a_register_is_filled_at_and_its_signers_are_no_items() -> None:
    rows = [["重点人员排查管控台账", "", "", ""],
            ["派出所：桃园派出所    社区民警：", "", "排查时间：    年  月  日", ""],
            ["序号", "姓名", "人员类别", "风险等级"],
            ["1", "", "", ""],
            ["排查人：", "", "审核人：", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 3), CellRange(1, 0, 1, 1)]) == ["姓名", "人员类别", "风险等级"]


def test_the_project_or_body_a_register_is_about_is_no_item() -> None:
    """「项目名称：…二期工程 | 施工总承包单位：」 over 「工资所属期：2025年6月 | 单位：元」 over a wage roster, and
    「调委会名称：」 or 「组织名称：」 over a register: what the whole sheet is about, written once (unseen 14 kept
    them as items, and then the roster's signers too)."""
    rows = [["农民工工资发放表", "", "", "", ""],
            ["项目名称：龙潭镇石门村安置房二期工程", "", "", "施工总承包单位：", ""],
            ["工资所属期：2025年6月", "", "", "", "单位：元"],
            ["序号", "姓名", "身份证号码", "应发工资", "实发工资"],
            ["1", "", "", "", ""],
            ["劳资专管员：", "", "项目负责人：", "", "监理单位："]]
    assert labels(rows, [CellRange(0, 0, 0, 4)]) == ["姓名", "身份证号码", "应发工资", "实发工资"]
    rows = [["人民调解案件登记台账", "", "", ""],
            ["调委会名称：石门村人民调解委员会", "", "统计时段：2025年  月  日至  月  日", ""],
            ["序号", "申请人", "纠纷类型", "调解结果"],
            ["1", "", "", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 3)]) == ["申请人", "纠纷类型", "调解结果"]
    # Left blank, the project is asked once for the whole list (a scholarship's 初审名单): an item.
    rows = [["国家奖学金获奖学生初审名单", "", ""], ["项目名称：     ", "", ""], ["序号", "学生姓名", "专业"], ["1", "", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 2)])[0].startswith("项目名称")
    # A person's blanks over a table of their family stay items.
    rows = [["家庭成员情况登记表", "", "", ""],
            ["户主姓名：", "", "联系电话：", ""],
            ["序号", "姓名", "与户主关系", "出生日期"],
            ["1", "", "", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 3)])[:2] == ["户主姓名：", "联系电话："]


def test_a_total_under_a_group_label_on_a_card_is_the_groups_item() -> None:
    """Unseen 15's 养老服务机构 card: 「在院老人（人） | 合计 | ___ | 其中：女 | ___」 lost its 合计 (a total marker
    elsewhere), while 「人数」 in its place was read."""
    rows = [["养老服务机构基本情况登记表", "", "", "", ""],
            ["机构名称", "", "", "床位数（张）", ""],
            ["在院老人（人）", "合计", "", "其中：失能老人", ""],
            ["", "自理老人", "", "其中：女", ""]]
    merges = [CellRange(0, 0, 0, 4), CellRange(1, 1, 1, 2), CellRange(2, 0, 3, 0)]
    found = {f.label: f.header_path for f in fields_of(rows, merges)}
    assert found["合计"] == ["在院老人（人）", "合计"]
    assert "自理老人" in found and "机构名称" in found


def test_a_count_broken_down_by_an_attribute_keeps_each_column() -> None:
    """「实有人口（人）› 按性别分 › 男 | 女」 in a cross table became one 性别 item with the two counts lost (unseen 16
    and 17): a breakdown's columns are counts, as under 其中; 性别 › 男 | 女 still asks a person's sex."""
    rows = [["社区人口情况统计表", "", "", "", ""],
            ["社区", "实有户数（户）", "实有人口（人）", "", ""],
            ["", "", "合计", "按性别分", ""],
            ["", "", "", "男", "女"],
            ["东湖社区", "", "", "", ""],
            ["桂花社区", "", "", "", ""]]
    merges = [CellRange(0, 0, 0, 4), CellRange(1, 0, 3, 0), CellRange(1, 1, 3, 1), CellRange(1, 2, 1, 4),
              CellRange(2, 2, 3, 2), CellRange(2, 3, 2, 4)]
    paths = [f.header_path[-2:] for f in fields_of(rows, merges)]
    assert ["按性别分", "男"] in paths and ["按性别分", "女"] in paths
    roster = [["序号", "姓名", "性别", "", "住址"], ["", "", "男", "女", ""], ["1", "", "", "", ""], ["2", "", "", "", ""]]
    merges = [CellRange(0, 0, 1, 0), CellRange(0, 1, 1, 1), CellRange(0, 2, 0, 3), CellRange(0, 4, 1, 4)]
    assert labels(roster, merges) == ["姓名", "性别", "住址"]


def test_a_photo_box_merged_down_beside_a_cards_first_rows_is_no_header() -> None:
    """A 社区矫正 card's 照片 box merged over its first four rows made them one header: 姓名, 性别 … 联系电话, eight
    core items, were lost (unseen 16). Without the box the same card read well."""
    rows = [["社区矫正对象基本信息表", "", "", "", "", "", ""],
            ["执行地司法所：东湖街道司法所", "", "", "", "编号：", "", ""],
            ["姓名", "", "性别", "", "民族", "", "照片"],
            ["出生日期", "", "文化程度", "", "曾用名", "", ""],
            ["身份证号", "", "", "", "联系电话", "", ""],
            ["婚姻状况", "", "健康状况", "", "职业", "", ""],
            ["户籍地", "", "", "", "", "", ""]]
    merges = [CellRange(0, 0, 0, 6), CellRange(1, 0, 1, 3), CellRange(1, 4, 1, 6), CellRange(2, 6, 5, 6),
              CellRange(4, 1, 4, 3), CellRange(6, 1, 6, 6)]
    found = labels(rows, merges)
    assert {"姓名", "性别", "民族", "出生日期", "文化程度", "曾用名", "身份证号", "联系电话", "婚姻状况", "户籍地"} <= set(found)
    assert "照片" not in found


def test_photographs_counted_in_a_registers_header_are_a_column() -> None:
    """u419: 「档案数量 › 其中 › 文书（卷） | 会计（卷） | 照片（张）」 of a 村级档案工作情况汇总表: the count of photographs
    was dropped as a photo's box, and its neighbours read."""
    rows = [["乡镇", "档案数量", "", ""],
            ["", "文书（卷）", "会计（卷）", "照片（张）"],
            ["东村", "", "", ""]]
    found = labels(rows, [CellRange(0, 1, 0, 3), CellRange(0, 0, 1, 0)])
    assert "照片（张）" in found and "文书（卷）" in found
    assert C.is_photo_box("照片（近期一寸免冠彩照）") and C.is_photo_box("相片") and not C.is_photo_box("相片(张)")


def test_a_date_range_printed_in_a_cards_box_is_the_labels_box() -> None:
    """「租赁期限 | 年 月 日 至 年 月 日」 lost its label, and 「矫正期限 | 自 年 月 日起至 年 月 日止」 gave the printed text
    as the item (unseen 16)."""
    for printed in ("    年  月  日 至     年  月  日", "自　　年　月　日起至　　年　月　日止", "起：  年 月 日  止：  年 月 日"):
        rows = [["出租房屋信息登记表", "", "", ""], ["房屋地址", "", "房屋用途", ""], ["租赁期限", printed, "", ""],
                ["月租金（元）", "", "承租人数", ""]]
        assert labels(rows, [CellRange(0, 0, 0, 3), CellRange(2, 1, 2, 3)]) == [
            "房屋地址", "房屋用途", "租赁期限", "月租金（元）", "承租人数"], printed


def test_the_doctor_a_register_is_kept_by_is_its_signer_not_an_item() -> None:
    """「社区： | 责任医生： | 登记年度：2025年」 over a 随访 register: the 责任医生 blank turned the whole line into items
    (unseen 16; 社区： or 登记年度： alone was passed over)."""
    rows = [["高血压患者随访登记表", "", "", "", "", ""],
            ["社区：", "", "责任医生：", "", "登记年度：2025年", ""],
            ["序号", "姓名", "身份证号", "随访日期", "随访方式", "下次随访日期"],
            ["", "", "", "", "", ""], ["", "", "", "", "", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 5)]) == ["姓名", "身份证号", "随访日期", "随访方式", "下次随访日期"]


def test_a_column_for_the_units_head_is_no_footer() -> None:
    """「法定代表人（单位负责人）」, the 统计 名录库's column, held two footer words (负责人 inside 单位负责人) and was
    dropped with the footers (unseen 18); 「单位负责人： 统计负责人： 填表人：」 below the table is still a footer."""
    rows = [["“四上”企业名录库单位基本情况表", "", "", ""],
            ["统一社会信用代码", "单位详细名称", "法定代表人（单位负责人）", "联系电话"],
            ["", "", "", ""], ["", "", "", ""],
            ["单位负责人：", "统计负责人：", "填表人：", "报出日期："]]
    assert labels(rows, [CellRange(0, 0, 0, 3)]) == ["统一社会信用代码", "单位详细名称", "法定代表人（单位负责人）", "联系电话"]


def test_who_fills_a_table_and_the_day_it_stands_at_are_no_level_of_its_header() -> None:
    """Unseen 18: 「填报单位：白沙市场监督管理所 | 截至2025年9月30日」 spanning the columns became the top group of
    every item (an item was named 截至2025年9月30日本年注销), and 「主管税务机关：…分局」 likewise."""
    rows = [["各村（社区）市场主体发展情况统计表", "", "", "", ""],
            ["填报单位：白沙市场监督管理所", "", "", "截至2025年9月30日", ""],
            ["村（社区）", "市场主体数（户）", "", "本年新设立（户）", "本年注销（户）"],
            ["", "企业", "个体工商户", "", ""],
            ["白沙社区", "", "", "", ""], ["东岭村", "", "", "", ""]]
    merges = [CellRange(0, 0, 0, 4), CellRange(1, 0, 1, 2), CellRange(1, 3, 1, 4), CellRange(2, 0, 3, 0),
              CellRange(2, 1, 2, 2), CellRange(2, 3, 3, 3), CellRange(2, 4, 3, 4)]
    paths = [f.header_path for f in fields_of(rows, merges)]
    assert ["本年注销（户）"] in paths and ["市场主体数（户）", "企业"] in paths
    assert not any("截至" in p or "填报单位" in p for path in paths for p in path)
    tax = [["辖区纳税人基本信息采集表", "", ""], ["主管税务机关：国家税务总局某县税务局白沙税务分局", "", "填报日期："],
           ["纳税人识别号", "纳税人名称", "注册地址"], ["", "", ""], ["", "", ""]]
    assert [f.header_path for f in fields_of(tax, [CellRange(0, 0, 0, 2), CellRange(1, 0, 1, 1)])] == [
        ["纳税人识别号"], ["纳税人名称"], ["注册地址"]]


def test_a_yes_no_question_ending_in_opinion_is_no_sign_off() -> None:
    """Unseen 19: 「是否征求相邻权利人意见 | □是 □否」 on a 宅基地 card was dropped as a sign-off box (…意见)."""
    rows = [["农村宅基地和建房（规划许可）申请审批表", "", "", ""],
            ["申请人", "", "联系电话", ""],
            ["是否征求相邻权利人意见", "□是  □否", "", ""],
            ["村民小组意见", "", "", ""]]
    found = labels(rows, [CellRange(0, 0, 0, 3), CellRange(2, 1, 2, 3), CellRange(3, 1, 3, 3)])
    assert "是否征求相邻权利人意见" in found and "村民小组意见" not in found


def test_a_column_of_an_item_in_a_year_is_no_date_line() -> None:
    """「2024年营业收入（万元）」 heading a register's column was read as a period line like 「2025年  月  日」 and
    dropped (unseen 21)."""
    rows = [["民宿经营户台账", "", "", ""], ["序号", "经营户名称", "2024年营业收入（万元）", "2024年接待游客（人次）"],
            ["1", "", "", ""]]
    assert labels(rows) == ["经营户名称", "2024年营业收入（万元）", "2024年接待游客（人次）"]
    rows = [["民宿经营户台账", "", "", ""], ["填报日期：", "", "2025年  月  日", ""], ["序号", "经营户名称", "地址", "电话"],
            ["1", "", "", ""]]
    assert labels(rows) == ["经营户名称", "地址", "电话"]


def test_a_signer_with_a_date_to_write_is_a_sign_off_line() -> None:
    """「建卡医生：        年  月  日」 closing a 孕产妇 card was read as an item (unseen 22): a signer's blank with
    nothing but a date after it is who signs, whoever the signer is."""
    from yitaobiao.cells import is_signer_line

    assert is_signer_line("建卡医生：                      年    月    日")
    assert not is_signer_line("建卡日期：   年 月 日") and not is_signer_line("监测人")
    rows = [["孕产妇保健管理卡", "", "", ""], ["姓名", "", "年龄", ""], ["末次月经", "", "预产期", ""],
            ["建卡医生：                      年    月    日", "", "", ""]]
    assert labels(rows, [CellRange(3, 0, 3, 3)]) == ["姓名", "年龄", "末次月经", "预产期"]
    # (u325: 「填卡人 | ___ | 填卡日期 | ___」 closing a 职业病报告卡: who filled the card and when, no items)
    rows[3] = ["填卡人", "", "填卡日期", ""]
    assert labels(rows) == ["姓名", "年龄", "末次月经", "预产期"]
    # (u317: 「建册人：」 beside the booking office's seal and date closes a 建册登记表: who made it signs)
    rows[3] = ["建册人：", "", "建册机构（盖章）：        年   月   日", ""]
    assert labels(rows, [CellRange(3, 0, 3, 1), CellRange(3, 2, 3, 3)]) == ["姓名", "年龄", "末次月经", "预产期"]


def test_a_balance_sheet_is_an_indicator_table_of_accounts() -> None:
    """A 村集体经济组织资产负债表 prints 资产 | 行次 | 年初数 | 年末数 | 负债及所有者权益 | 行次 | 年初数 | 年末数, with
    headings 流动资产： over its accounts: it was read as a card, its header and headings as items (unseen 27)."""
    from yitaobiao.model import Layout

    rows = [["村集体经济组织资产负债表", "", "", "", "", "", "", ""],
            ["资    产", "行次", "年初数", "年末数", "负债及所有者权益", "行次", "年初数", "年末数"],
            ["流动资产：", "", "", "", "流动负债：", "", "", ""],
            ["货币资金", "1", "", "", "短期借款", "30", "", ""],
            ["应收款项", "3", "", "", "应付款项", "31", "", ""],
            ["流动资产合计", "5", "", "", "流动负债合计", "34", "", ""]]
    parsed = parse_grid(Grid(path="t.xlsx", sheet="资产负债表", rows=rows, merges=[CellRange(0, 0, 0, 7)]))
    assert parsed is not None and parsed.layout == Layout.INDICATOR
    assert [f.label for f in parsed.fields] == ["货币资金", "应收款项", "流动资产合计", "短期借款", "应付款项", "流动负债合计"]


def test_a_side_label_ending_in_yijian_over_a_persons_items_is_a_group() -> None:
    """「直系亲属意见」 merged down beside 「姓名 | ___ | 与登记人关系 | ___」 and 「身份证号码 | ___ | 联系电话 | ___」 on a
    捐献 card was read as an opinion box: its first row was lost, the second lost its group (unseen 28). A box
    for an opinion, with only a seal and a date beside it, is still no item."""
    rows = [["直系亲属意见", "姓名", "", "与登记人关系", ""], ["", "身份证号码", "", "联系电话", ""],
            ["村委会意见", "（盖章）", "", "年  月  日", ""], ["", "", "", "", ""]]
    merges = [CellRange(0, 0, 1, 0), CellRange(2, 0, 3, 0)]
    found = fields_of(rows, merges)
    assert [f.header_path for f in found] == [["直系亲属意见", "姓名"], ["直系亲属意见", "与登记人关系"],
                                             ["直系亲属意见", "身份证号码"], ["直系亲属意见", "联系电话"]]


def test_a_date_to_the_hour_is_a_blank_to_write_in() -> None:
    """「用火时间 | 年  月  日  时 | 至 | 年  月  日  时」 on a 野外用火 permit: the blanks of an hour were read as items
    (unseen 29)."""
    from yitaobiao.cells import is_date_placeholder

    assert is_date_placeholder("年  月  日  时") and is_date_placeholder("    年  月  日  时  分")
    assert not is_date_placeholder("时间") and not is_date_placeholder("小时")
    rows = [["野外用火审批登记表", "", "", ""], ["申请人", "", "联系电话", ""], ["用火时间", "年  月  日  时", "至", ""],
            ["用火地点", "", "", ""]]
    assert "年  月  日  时" not in labels(rows)


def test_the_rest_of_a_breakdown_after_a_qizhong_row_keeps_its_total() -> None:
    """「十、期末人口 / 其中：男 / 女 / 其中：农业人口 / 非农业人口」: 女 and 非农业人口, printed without 其中 at the same
    indent, lost their total (unseen 20, 22, 26, 29); a new indicator after a part (能繁母猪 › 牛存栏) is no part."""
    rows = [["人口变动情况统计表", "", ""], ["指标名称", "计量单位", "本期"],
            ["十、期末人口", "人", ""], ["其中：男", "人", ""], ["女", "人", ""], ["其中：农业人口", "人", ""],
            ["非农业人口", "人", ""], ["生猪存栏", "头", ""], ["其中：能繁母猪", "头", ""], ["牛存栏", "头", ""]]
    paths = {f.label: f.header_path for f in fields_of(rows)}
    assert paths["女"] == ["十、期末人口", "女"] and paths["非农业人口"] == ["十、期末人口", "非农业人口"]
    assert paths["牛存栏"] == ["牛存栏"]
    rows = [["人口统计表", "", ""], ["指标名称", "计量单位", "本期"], ["一、户籍人口", "人", ""], ["其中：男性人口", "人", ""],
            ["二、常住人口", "人", ""], ["其中：严重损坏", "间", ""], ["一般损坏", "间", ""]]
    paths = {f.label: f.header_path for f in fields_of(rows)}
    assert paths["二、常住人口"] == ["二、常住人口"]  # numbered: an indicator of its own, whatever its last word
    assert paths["一般损坏"] == ["二、常住人口", "一般损坏"]  # 一般 is no number


def test_kinds_of_what_a_total_counts_after_its_qizhong_row_keep_the_total() -> None:
    """u333, u332, u331: 「稻谷种植面积 / 其中：早稻 / 中稻（一季稻） / 晚稻」, 「社会组织总数 / 其中：社会团体 /
    民办非企业单位 / 基金会」 and 「其中：已在民政部门登记的 / 已在街道备案的」: every kind after the first had lost its
    total; 「其中：住房困难低保户数」 then 「低保特困家庭纳入公租房保障户数」, a count of its own, had taken the
    breakdown's place and left 「  其中：实物配租户数 / 　　　　租赁补贴户数」 without theirs."""
    rows = [["稻谷统计表", "", ""], ["指标名称", "计量单位", "本年"],
            ["稻谷种植面积", "万亩", ""], ["其中：早稻", "万亩", ""], ["中稻（一季稻）", "万亩", ""], ["晚稻", "万亩", ""],
            ["稻谷产量", "吨", ""], ["社会组织总数", "个", ""], ["其中：社会团体", "个", ""], ["民办非企业单位", "个", ""],
            ["基金会", "个", ""], ["本年新登记社会组织数", "个", ""], ["社区社会组织总数", "个", ""],
            ["其中：已在民政部门登记的", "个", ""], ["已在街道备案的", "个", ""], ["社区社会组织成员总数", "人", ""]]
    paths = {f.label: f.header_path for f in fields_of(rows)}
    assert paths["中稻（一季稻）"] == ["稻谷种植面积", "中稻（一季稻）"] and paths["晚稻"] == ["稻谷种植面积", "晚稻"]
    assert paths["民办非企业单位"][0] == "社会组织总数" and paths["基金会"][0] == "社会组织总数"
    assert paths["已在街道备案的"] == ["社区社会组织总数", "已在街道备案的"]
    assert [paths[k] for k in ("稻谷产量", "本年新登记社会组织数", "社区社会组织成员总数")] == [
        ["稻谷产量"], ["本年新登记社会组织数"], ["社区社会组织成员总数"]]
    rows = [["住房保障情况统计表", "", ""], ["指标名称", "计量单位", "本年"], ["特困人员数", "人", ""],
            ["其中：住房困难低保户数", "户", ""], ["低保特困家庭纳入公租房保障户数", "户", ""],
            ["  其中：实物配租户数", "户", ""], ["        租赁补贴户数", "户", ""]]
    paths = {f.label.strip(): f.header_path for f in fields_of(rows)}
    assert paths["低保特困家庭纳入公租房保障户数"] == ["低保特困家庭纳入公租房保障户数"]
    assert paths["租赁补贴户数"][0] == "低保特困家庭纳入公租房保障户数"
    # (on a card, 「收入总额 | ___ | 支出总额 | ___」 over two 其中 parts: the first is no part of 支出总额, the last read)
    rows = [["免税资格认定申请表", "", "", ""], ["收入总额", "", "支出总额", ""], ["其中：不征税收入", "", "其中：免税收入", ""]]
    paths = {f.label: f.header_path for f in fields_of(rows, [CellRange(0, 0, 0, 3)])}
    assert paths["其中：不征税收入"] == ["收入总额", "其中：不征税收入"]


def test_what_changed_over_the_year_is_no_kind_of_the_total_above() -> None:
    """u346: 「有效灌溉面积 / 其中：高效节水灌溉面积 / 新增灌溉面积 / 改善灌溉面积」: the area newly irrigated this year
    had become a kind of the area irrigated, 「有效灌溉面积新增灌溉面积」, met by no other form's 新增灌溉面积. Parts
    that each begin with the change (其中：新增… / 新增…) still share their total."""
    rows = [["运行管护情况统计表", "", ""], ["指标名称", "计量单位", "本年"],
            ["有效灌溉面积", "万亩", ""], ["其中：高效节水灌溉面积", "万亩", ""], ["新增灌溉面积", "万亩", ""],
            ["改善灌溉面积", "万亩", ""], ["新增就业人数", "人", ""], ["其中：新增城镇就业人数", "人", ""],
            ["新增农村就业人数", "人", ""]]
    paths = {f.label: f.header_path for f in fields_of(rows)}
    assert paths["新增灌溉面积"] == ["新增灌溉面积"] and paths["改善灌溉面积"] == ["改善灌溉面积"]
    assert paths["新增农村就业人数"] == ["新增就业人数", "新增农村就业人数"]


def test_what_was_dealt_with_is_no_kind_of_what_was_found() -> None:
    """u421: 「排查安全隐患 / 其中：重大事故隐患 / 已整改隐患」 and 「发现安全隐患 / 其中：已整改 / 立案查处案件」: the
    hazards put right and the cases opened had become parts of the hazards found. A state reached (已, 未) is no kind
    of a total a kind stands under, nor the other way; two states still share their total."""
    rows = [["整治行动进展情况统计表", "", ""], ["指标名称", "计量单位", "本期"],
            ["排查安全隐患", "项", ""], ["其中：重大事故隐患", "项", ""], ["已整改隐患", "项", ""],
            ["发现安全隐患", "项", ""], ["其中：已整改", "项", ""], ["立案查处案件", "件", ""],
            ["脱贫人口", "人", ""], ["其中：已就业", "人", ""], ["未就业", "人", ""]]
    paths = {f.label: f.header_path for f in fields_of(rows)}
    assert paths["已整改隐患"] == ["已整改隐患"] and paths["立案查处案件"] == ["立案查处案件"]
    assert paths["未就业"] == ["脱贫人口", "未就业"]


def test_a_card_whose_items_are_asked_at_each_visit() -> None:
    """「姓名 | ___ | 档案编号 | ___」 over 「随访项目 | 第1次 | 第2次 | 第3次」: the visits are the periods of every row,
    as 本期 | 上年同期 are; the rows, and the card's rows above them, are the person's items."""
    rows = [["慢病患者随访记录卡", "", "", "", ""],
            ["姓名", "", "档案编号", "", ""],
            ["随访项目", "", "第1次", "第2次", "第3次"],
            ["随访日期", "", "", "", ""],
            ["随访方式", "", "", "", ""],
            ["体征", "血压（mmHg）", "", "", ""],
            ["", "体重（kg）", "", "", ""]]
    merges = [CellRange(0, 0, 0, 4), CellRange(2, 0, 2, 1), CellRange(3, 0, 3, 1), CellRange(4, 0, 4, 1),
              CellRange(5, 0, 6, 0)]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, merges))
    assert parsed is not None and parsed.layout == "card"
    assert [f.label for f in parsed.fields] == ["姓名", "档案编号", "随访日期", "随访方式", "血压（mmHg）", "体重（kg）"]
    assert parsed.period_columns == ["第1次", "第2次", "第3次"]


def test_an_expiry_on_a_card_and_a_number_under_its_document_are_items() -> None:
    """「健康证明编号 | ___ | 有效期至 | ___」 on a card (有效期至 is a 表号 block's line only with its colon or date), and
    「登记卡 › 编号 | 有效期至」 in a register (编号 under what it numbers is no row counter)."""
    card = [["食品小作坊登记表", "", "", ""], ["健康证明编号", "", "有效期至", ""], ["发证机关", "", "发证日期", ""]]
    assert labels(card, [CellRange(0, 0, 0, 3)]) == ["健康证明编号", "有效期至", "发证机关", "发证日期"]
    register = [["序号", "摊主姓名", "登记卡", ""], ["", "", "编号", "有效期至"], ["1", "", "", ""]]
    merges = [CellRange(0, 0, 1, 0), CellRange(0, 1, 1, 1), CellRange(0, 2, 0, 3)]
    assert labels(register, merges) == ["摊主姓名", "编号", "有效期至"]
    # (u366: a 宅基地 card's 「建房时间 | ___ | 批准文号 | ___」 lost its approval number; a statistics form's own
    # 批准文号 is printed with its colon)
    plot = [["宅基地调查登记表", "", "", ""], ["批准用地面积", "", "实际占地面积", ""], ["建房时间", "", "批准文号", ""]]
    assert labels(plot, [CellRange(0, 0, 0, 3)]) == ["批准用地面积", "实际占地面积", "建房时间", "批准文号"]
    assert C.is_fill_line("批准文号：国统制〔2024〕12号")
    # (u419: 「登记编号：　　XX县档案馆制」 above a 移交进馆登记表 became an item 「登记编号:XX县档案馆制」)
    assert C.is_fill_line("登记编号：        XX县档案馆制") and C.is_fill_line("县统计局印制")
    assert not C.is_fill_line("所有制") and not C.is_fill_line("经济类型（所有制）")
    assert labels([["移交进馆登记表", "", "", ""], ["登记编号：        XX县档案馆制", "", "", ""],
                   ["移交单位", "", "移交日期", ""]], [CellRange(0, 0, 0, 3), CellRange(1, 0, 1, 3)]) == ["移交单位", "移交日期"]


def test_lines_naming_the_copys_county_period_and_number_hold_no_item() -> None:
    """u579: 「青山县          乡镇（街道）          村（社区）」 over a 入户登记表; u578: 「报送期别：2026年    月」; u575,
    u585: 「项目编号：WZA-2026-」, 「物资批次号：QCRC-2025-」 with the prefix printed: each became an item of its own."""
    assert C.is_fill_line("青山县          乡镇（街道）          村（社区）")
    assert C.is_fill_line("报送期别：2026年    月") and C.is_fill_line("项目编号：WZA-2026-")
    assert C.is_fill_line("物资批次号：QCRC-2025-")
    # (a county named with its town and village written in full is an address; a number given in full is a value)
    assert not C.is_fill_line("青山县城关镇燕云村") and not C.is_fill_line("项目编号：WZA-2026-013")
    assert not C.is_fill_line("出生年份：    年") and not C.is_fill_line("身份证号：")
    rows = [["验收单", "", "", ""], ["项目编号：WZA-2026-", "", "金额单位：元", ""],
            ["改造对象姓名", "", "联系电话", ""], ["结算金额", "", "验收日期", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 3)]) == ["改造对象姓名", "联系电话", "结算金额", "验收日期"]


def test_a_line_of_places_to_write_in_blanks_of_full_width_underscores() -> None:
    assert C.is_fill_line("＿＿县（市、区）＿＿乡镇＿＿村") and C.is_fill_line("       镇（街道）     村")
    assert not C.is_fill_line("村民小组")
    # (u114: the year a 履职登记表 is for, above its table; a person's 出生年份 stays an item)
    assert C.is_fill_line("履职年度：        年") and C.is_fill_line("填报年度：2025年")
    assert not C.is_fill_line("出生年份：    年") and not C.is_fill_line("年度考核结果")
    # (u115: a 排污许可 card's 「有效期起 | ___ | 有效期止 | ___」 are its items, no 表号 block's line; a 信访 card's
    # 「领导批示」 is a box to sign)
    assert not C.is_fill_line("有效期起") and not C.is_fill_line("有效期止") and C.is_signoff("领导批示")
    assert not C.is_signoff("获领导批示（条）")  # (u114: a count of what a 委员's reports received)
    # (u208: the answer a 法律咨询 record gives is an item; an office's answer is signed)
    assert not C.is_signoff("解答意见") and not C.is_signoff("答复意见") and C.is_signoff("司法所答复意见")
    # (u320: what an inspection tells the inspected to put right is what its record says; an office's is signed)
    assert not C.is_signoff("整改意见") and C.is_signoff("消防救援大队整改意见")
    # (u219: what an approval is for is an item to tick)
    assert not C.is_signoff("审批事项：□启动 □中止（终止）") and C.is_signoff("审批意见")
    # (u230: the days an office promises to finish a 代办事项 in is an item; the applicant's 承诺 is signed)
    assert not C.is_signoff("承诺办结时限") and not C.is_signoff("承诺时限（工作日）")
    assert C.is_signoff("申请人承诺") and C.is_signoff("本人承诺以上情况属实")
    # (u429: the number of an approval a body was granted is an item to copy; whoever approves still signs)
    assert not C.is_signoff("特殊工时审批文号") and not C.is_signoff("审批编号：")
    assert C.is_signoff("审批人") and C.is_signoff("单位审批（盖章）")
    # (u433: a decided figure with the colon a card prints before its blank is still a figure)
    assert not C.is_signoff("审批救助金额（元）：") and not C.is_signoff("审批日期：") and C.is_signoff("审批人：")


def test_a_before_and_after_table_inside_a_card() -> None:
    """「技术指标 › 指标 | 改造前 | 改造后」 inside a project's card (u36): 改造前 and 改造后 are the states every row is
    asked in, as 本期 | 上年同期 are; the rows are items, and so are the card's rows after the table."""
    rows = [["农村公路改造提升项目申报表", "", "", "", "", ""],
            ["项目名称", "", "", "", "建设性质", ""],
            ["起点", "", "止点", "", "建设里程（公里）", ""],
            ["技术指标", "指标", "改造前", "", "改造后", ""],
            ["", "技术等级", "", "", "", ""],
            ["", "路面宽度（米）", "", "", "", ""],
            ["总投资（万元）", "", "计划开工时间", "", "项目联系人", ""]]
    merges = [CellRange(0, 0, 0, 5), CellRange(3, 0, 5, 0), CellRange(3, 2, 3, 3), CellRange(3, 4, 3, 5)]
    assert labels(rows, merges) == ["项目名称", "建设性质", "起点", "止点", "建设里程（公里）", "技术等级", "路面宽度（米）",
                                    "总投资（万元）", "计划开工时间", "项目联系人"]
    more = [["所在乡镇", "", "受益行政村", "", "受益人口（人）", ""], ["路线编码", "", "路线名称", "", "原建成年份", ""],
            ["管养单位", "", "养护方式", "", "路基宽度（米）", ""], ["建设单位", "", "设计单位", "", "监理单位", ""],
            ["施工单位", "", "开工日期", "", "完工日期", ""], ["批复文号", "", "批复日期", "", "批复金额（万元）", ""]]
    long = rows[:3] + more + rows[3:]
    moved = [CellRange(0, 0, 0, 5), CellRange(9, 0, 11, 0), CellRange(9, 2, 9, 3), CellRange(9, 4, 9, 5)]
    assert "改造前" not in labels(long, moved) and "技术等级" in labels(long, moved)


def test_the_registers_own_total_above_it_is_no_item() -> None:
    """「总数量：」 above a 婴儿出生花名册 (real_forms): a column of the 一套表 in every birth's record, and split wrote
    「总数量：刘芳」 over it (helper-82). The register's rows give its total."""
    header = ["母亲姓名", "父亲姓名", "子女姓名", "子女身份证", "子女性别", "子女出生日期"]
    assert labels([["总数量：", "", "", "", "", ""], header, [""] * 6]) == header
    assert labels([["", "人数合计：", "", "", "", ""], header, [""] * 6]) == header


def test_a_row_of_choices_under_the_header_is_no_level() -> None:
    """helper-79: 「管道气/瓶装液化气/其他 | 有√ 无× | …」 under 气源类型 | 燃气报警器 took their place as labels (six
    items lost, six made up); in a CSV 「居民/非居民 | 居民身份证/营业执照/其他」 became items of their own."""
    header = ["用户姓名", "气源类型", "燃气报警器", "自闭阀", "证件类型"]
    choices = ["", "管道气/瓶装液化气/其他", "有√  无×", "有√  无×", "居民/非居民"]
    assert labels([header, choices, [""] * 5]) == header
    options = {f.label: f.options for f in fields_of([header, choices, [""] * 5])}
    assert options["气源类型"] == ["管道气", "瓶装液化气", "其他"] and options["燃气报警器"] == ["有", "无"]
    assert labels([header, ["", "居民/非居民", "", "", "居民身份证/营业执照/其他"], [""] * 5]) == header
    assert labels([["产权人", "", "用途"], ["姓名/单位", "电话", ""], [""] * 3]) == ["姓名/单位", "电话", "用途"]


def test_a_cards_number_and_day_above_it_are_no_items() -> None:
    """「编号： | 申请日期：    年  月  日」 and 「乡（镇）  村  组   申请日期：  年 月 日」 over an application card
    (helper-77, helper-79): written once at its head, like 填表日期."""
    card = [["姓名", "", "性别", ""], ["身份证号码", "", "联系电话", ""]]
    assert labels([["编号：", "", "申请日期：    年  月  日", ""], *card]) == ["姓名", "性别", "身份证号码", "联系电话"]
    line = "          乡（镇）          村          组                     申请日期：    年   月   日"
    assert labels([[line, "", "", ""], *card]) == ["姓名", "性别", "身份证号码", "联系电话"]
    assert "出生日期：    年  月  日" in labels([["姓名", "", "出生日期：    年  月  日", ""]])


def test_an_indicator_table_further_down_a_card_is_read_as_the_cards_figures() -> None:
    """helper-81: a 污染源普查 card's 「一、基本情况」 rows over 「二、… › 指标名称 | 计量单位 | 代码 | 指标值」 eight rows
    down: the header came out as four items and nine indicator rows were lost. The address's printed blanks
    (「乡（镇） 村 组（门牌号）」) are its answer box, not a label under it."""
    rows = [["规模畜禽养殖场基本情况表", "", "", ""], ["一、基本情况", "", "", ""],
            ["养殖场名称", "", "统一社会信用代码", ""], ["法定代表人", "", "身份证件号码", ""],
            ["详细地址", "      乡（镇）      村      组（门牌号）", "", ""], ["联系人", "", "联系电话", ""],
            ["中心经度", "", "中心纬度", ""], ["邮政编码", "", "", ""], ["二、生产规模", "", "", ""],
            ["指标名称", "计量单位", "代码", "指标值"], ["甲", "乙", "丙", "1"],
            ["生猪存栏量", "头", "01", ""], ["    其中：能繁母猪存栏量", "头", "02", ""], ["年污水产生量", "吨", "03", ""],
            ["填表人：", "", "", ""]]
    found = fields_of(rows)
    assert [f.label for f in found] == [
        "养殖场名称", "统一社会信用代码", "法定代表人", "身份证件号码", "详细地址", "联系人", "联系电话", "中心经度",
        "中心纬度", "邮政编码", "生猪存栏量", "    其中：能繁母猪存栏量", "年污水产生量"]
    assert [f.unit for f in found[-3:]] == ["头", "头", "吨"]


def test_a_cards_head_line_a_notes_sheet_and_an_address_box_ending_in_hao() -> None:
    """helper-83, helper-84: 「检查组： | No.」, 「检查单位： | 卡片编号：」, 「采集单位： | 采集时间：年 月 日」 over a card
    are who fills it and its number; a 填报说明 sheet holds no item; 「乡镇（街道）  村  组  号」 beside 经营地址 is
    its answer box."""
    card = [["被检查单位", "", "统一社会信用代码", ""], ["地    址", "", "主要负责人", ""]]
    body = ["被检查单位", "统一社会信用代码", "地    址", "主要负责人"]
    assert labels([["检查组：", "", "No.", ""], *card]) == body
    assert labels([["检查单位：", "", "卡片编号：", ""], *card]) == body
    assert labels([["采集单位：", "", "采集时间：   年  月  日", ""], *card]) == body
    assert labels([["申请编号：", "", "申请日期：   年  月  日", ""], *card]) == body  # (helper-88)
    assert labels([["经办机构：", "", "申领日期：   年  月  日", ""], *card]) == body  # (u202)
    notes = [["填报说明："], ["1.保护级别填“全国重点”“省级”“市级”“县级”；"], ["2.类别填古遗址、古墓葬；"]]
    assert parse_grid(Grid("t.xlsx", "填报说明", notes, [])) is None
    assert labels([["经营地址", "乡镇（街道）      村      组      号", "", ""], ["床位数", "", "", ""]]) == [
        "经营地址", "床位数"]
    assert "检查人" in labels([["检查日期", "", "检查人", ""], ["整改措施", "", "", ""]])
    # (u180: 「省  市  县（区）  乡（镇、街道）  村（居委会）」 printed in a 接种卡's 户籍地址 box: a level in brackets
    # may name the committee)
    assert labels([["户籍地址", "省     市     县（区）     乡（镇、街道）     村（居委会）", "", ""],
                   ["联系电话", "", "", ""]]) == ["户籍地址", "联系电话"]


def test_head_lines_with_boxes_notes_or_a_recommending_body_are_no_items() -> None:
    """u51-u53: 「评估编号：□□□□□□」, 「申请编号：（由系统自动生成）」, 「推荐单位（乡镇科协）： | 申报时间：年 月 日」 and a lone
    「申请日期：    年  月  日」 under a card's title are its number, who recommends it and its day; 「执法中队： | 登记时间：」
    and 「志愿服务队（团支部）名称： | 记录期间：年 月至 年 月」 over a register say whose register it is and when."""
    card = [["姓名", "", "性别", ""], ["身份证号码", "", "联系电话", ""]]
    body = ["姓名", "性别", "身份证号码", "联系电话"]

    def headed(line: list[str]) -> list[str]:
        return labels([["某某登记表", "", "", ""], line, *card], [CellRange(0, 0, 0, 3)])

    assert headed(["评估编号：□□□□□□□□□□", "", "评估机构（盖章）：", ""]) == body
    assert headed(["申请编号：          （由补贴辅助管理系统自动生成）", "", "", ""]) == body
    assert headed(["推荐单位（乡镇科协）：", "", "申报时间：      年    月    日", ""]) == body
    assert headed(["申请日期：      年    月    日", "", "", ""]) == body
    assert "检查日期：    年  月  日" in headed(["检查日期：    年  月  日", "", "", ""])
    register = [["序号", "店铺名称", "负责人", "联系电话"], ["1", "", "", ""]]
    assert labels([["门前三包责任登记表", "", "", ""], ["执法中队：", "", "登记时间：    年  月  日", ""], *register]) == \
        ["店铺名称", "负责人", "联系电话"]
    assert labels([["时长记录台账", "", "", ""], ["志愿服务队（团支部）名称：", "", "记录期间：    年  月至    年  月", ""],
                   *register]) == ["店铺名称", "负责人", "联系电话"]


def test_the_day_of_a_decision_between_sign_offs_is_an_item() -> None:
    """u55: 「核定救助金额（元） | ___ | 审批日期 | ___」 between the 审核意见 and 审批意见 boxes of a 临时救助 card: the
    approval's day is entered in the roster too; the opinion boxes stay sign-offs."""
    rows = [["临时救助申请审核确认表", "", "", ""], ["申请人", "", "身份证号码", ""],
            ["乡镇（街道）审核意见", "（盖章）    审核人：        年   月   日", "", ""],
            ["核定救助金额（元）", "", "审批日期", ""],
            ["县级民政部门审批意见", "（盖章）        年   月   日", "", ""]]
    merges = [CellRange(0, 0, 0, 3), CellRange(2, 1, 2, 3), CellRange(4, 1, 4, 3)]
    assert labels(rows, merges) == ["申请人", "身份证号码", "核定救助金额（元）", "审批日期"]


def test_a_post_beside_a_signature_box_is_no_item() -> None:
    """u54: 「村（社区）协办员 | 签字：    年  月  日」 on a 参保登记表 is where the village's helper signs; a unit's
    name beside the box for its seal (「单位名称 | （盖章）」) is still asked."""
    rows = [["城乡居民基本养老保险参保登记表", "", "", ""], ["姓名", "", "公民身份号码", ""],
            ["村（社区）协办员", "签字：                  年    月    日", "", ""],
            ["单位编号", "", "单位名称", "（盖章）"]]
    assert labels(rows, [CellRange(0, 0, 0, 3), CellRange(2, 1, 2, 3)]) == ["姓名", "公民身份号码", "单位编号", "单位名称"]


def test_lines_around_a_register_that_say_who_signs_where_and_which_batch() -> None:
    """u57: 「支行（网点）： | 评定批次：第  批」 over a 信用户花名册 says whose list it is and which batch; 「村级协保员： |
    联系电话： | 投保农户签字确认表另附」 under an insurance list is who signs it; 「审核关系：5≤4；8＝9+10」 under a
    statistics table is its checks. None is an item."""
    register = [["序号", "户主", "身份证件号码", "信用等级"], ["1", "", "", ""], ["2", "", "", ""]]
    assert labels([["农户信用等级评定结果公示花名册", "", "", ""], ["支行（网点）：", "", "评定批次：第    批", ""],
                   *register], [CellRange(0, 0, 0, 3)]) == ["户主", "身份证件号码", "信用等级"]
    assert labels([*register, ["合计", "", "", ""], ["", "", "", ""],
                   ["村级协保员：", "联系电话：", "投保农户签字确认表另附", ""]]) == ["户主", "身份证件号码", "信用等级"]
    assert C.is_notes("审核关系：5≤4；8＝9+10（保费收入含各级财政补贴和农户自缴）。")


def test_where_and_when_a_survey_is_made_above_its_register_are_no_items() -> None:
    """u62, u60: 「调查小区所在地：____乡镇（街道）____村（居）委会　调查小区编码：□□□ | 摸底时间：2024年10月  日」 and
    「党委（党总支）名称：」 above a register were read as items of it; the boxes of a code are no options."""
    header = ["序号", "户编号", "户主姓名", "联系电话"]
    lines = [["调查小区所在地：________乡镇（街道）________村（居）委会　　调查小区编码：□□□", "", "摸底时间：2024年10月  日", ""],
             ["党委（党总支）名称：", "", "", ""],
             ["小区名称：", "业主大会成立时间：", "本届任期：   年  月至   年  月", ""]]  # (u65: a term of office is when)
    for line in lines:
        rows = [["住户摸底表", "", "", ""], line, header, ["", "", "", ""]]
        assert labels(rows, [CellRange(0, 0, 0, 3)]) == header[1:], line


def test_a_price_report_prints_its_goods_as_indicators() -> None:
    """u68: 「类别 | 品种名称 | 规格等级 | 计量单位 | 本周价格 | 上周价格 | 环比（%）」 was read as a register of six
    columns, 21 priced goods lost; the kind merged down the left sorts them (粳米 is the item, not 粮油粳米), and two
    rows of 猪肉 are told apart by their spec."""
    rows = [["重要民生商品价格监测周报表", "", "", "", "", "", ""],
            ["类别", "品种名称", "规格等级", "计量单位", "本周价格", "上周价格", "环比（%）"],
            ["粮油", "粳米", "标一", "元/500克", "", "", ""], ["", "面粉", "特一粉", "元/500克", "", "", ""],
            ["肉禽蛋", "猪肉", "精瘦肉", "元/500克", "", "", ""], ["", "猪肉", "五花肉", "元/500克", "", "", ""]]
    merges = [CellRange(0, 0, 0, 6), CellRange(2, 0, 3, 0), CellRange(4, 0, 5, 0)]
    parsed = parse_grid(Grid("周报.xlsx", "周报", [list(r) for r in rows], merges=merges))
    assert parsed is not None and parsed.layout == "indicator"
    assert [f.header_path for f in parsed.fields] == [["粳米"], ["面粉"], ["猪肉（精瘦肉）"], ["猪肉（五花肉）"]]
    assert parsed.period_columns == ["本周价格", "上周价格", "环比（%）"]


def test_where_a_card_is_filled_and_its_number_above_its_body_are_no_items() -> None:
    """u71, u72: 「执行地司法所： | 编号：」 and 「乡镇（街道）： | 编号：」 between a card's title and its 一、基本情况 were
    read as items; a body's card that opens with its own 「单位名称：」 keeps it."""
    rows = [["社区矫正对象基本信息登记表", "", "", "", ""],
            ["执行地司法所：", "", "", "编号：", ""],
            ["一、基本情况", "", "", "", ""],
            ["姓名", "", "性别", "", ""],
            ["居民身份证号", "", "联系电话", "", ""]]
    merges = [CellRange(0, 0, 0, 4), CellRange(2, 0, 2, 4)]
    assert labels(rows, merges) == ["姓名", "性别", "居民身份证号", "联系电话"]
    vertical = [["临时救助申请审批表", "", "", "", ""],
                ["乡镇（街道）：", "", "", "编号：", ""],
                ["申请人情况", "申请人姓名", "", "性别", ""],
                ["", "身份证号", "", "联系电话", ""]]
    assert labels(vertical, [CellRange(0, 0, 0, 4), CellRange(2, 0, 3, 0)]) == ["申请人姓名", "性别", "身份证号", "联系电话"]
    own = [["单位名称：", "", "", "", ""],
           ["邮政编码", "", "", "批准设立日期", ""],
           ["组织形式", "", "", "注册日期", ""]]
    assert labels(own, [CellRange(0, 0, 0, 4)])[0] == "单位名称："


def test_a_grids_printed_row_labels_and_units_are_its_stub() -> None:
    """wf5: 「栏目/灾害类型 | 单位」 of a disaster report, over printed rows 「合计 | 涉及户数 | (户)」, were read as
    items (单位 then joined an employer's 单位); every other column blank, they are the grid's stub."""
    items = ["受灾人数", "因灾死亡人数", "转移安置人数", "生活救助人数", "住房受损户数", "饮水困难人数", "产业受损户数",
             "受灾面积(公顷)", "绝收面积(公顷)", "直接经济损失(万元)"]
    blank = [""] * len(items)
    rows = [["灾情影响情况表", "", "", *blank],
            ["栏目", "", "单位", "（一）受灾情况", *blank[1:]],
            ["", "", "", *items],
            ["合计", "涉及户数", "(户)", *blank],
            ["", "涉及人数", "(人)", *blank],
            ["其中：旱害", "涉及户数", "(户)", *blank],
            ["", "涉及人数", "(人)", *blank]]
    merges = [CellRange(0, 0, 0, 12), CellRange(1, 0, 2, 1), CellRange(1, 2, 2, 2), CellRange(1, 3, 1, 12),
              CellRange(3, 0, 4, 0), CellRange(5, 0, 6, 0)]
    assert labels(rows, merges) == items
    sample = [["花名册", "", "", ""], ["姓名", "性别", "单位", "备注"], ["张三", "男", "某公司", ""]]
    assert labels(sample, [CellRange(0, 0, 0, 3)]) == ["姓名", "性别", "单位", "备注"]


def test_stamp_boxes_and_lines_of_when_above_a_register_are_no_items() -> None:
    """u75, u77: 「组织部门 | （盖章） 年 月 日 | 纪检监察机关 | （盖章）…」 rows under a card's 联审意见 were read as items
    (the last row even as a register's header); 「村（社区）： | 截至   年  月  日」 and 「填报单位： | 发放年月：2025年  月 |
    单位：元」 above a register's header too."""
    stamp = "\n（盖章）\n      年  月  日"
    card = [["候选人资格联审表", "", "", "", "", "", "", ""],
            ["姓  名", "", "性  别", "", "民  族", "", "出生年月", ""],
            ["联审意见", "", "", "", "", "", "", ""],
            ["组织部门", stamp, "", "", "纪检监察机关", stamp, "", ""],
            ["信访部门", stamp, "", "", "民政部门", stamp, "", ""],
            ["说明：本表一式两份。", "", "", "", "", "", "", ""]]
    merges = [CellRange(0, 0, 0, 7), CellRange(2, 0, 2, 7), CellRange(3, 1, 3, 3), CellRange(3, 5, 3, 7),
              CellRange(4, 1, 4, 3), CellRange(4, 5, 4, 7), CellRange(5, 0, 5, 7)]
    assert labels(card, merges) == ["姓  名", "性  别", "民  族", "出生年月"]
    header = ["序号", "所在村", "姓名", "性别", "公民身份号码", "手机", "健康证号", "备注"]
    for line in (["村（社区）：", "", "", "", "", "", "截至   年  月  日", ""],
                 ["填报单位：", "", "", "发放年月：2025年  月", "", "", "", "单位：元"]):
        rows = [["乡村厨师信息花名册", *[""] * 7], line, header, ["1", *[""] * 7], ["2", *[""] * 7]]
        assert labels(rows, [CellRange(0, 0, 0, 7)]) == header[1:]


def test_a_coded_part_heading_starts_the_part_its_rows_belong_to() -> None:
    """real_forms q1: 「（四）帮扶资金总量」 with a code of its own ended 「（三）长效发展机制」, yet 「1.帮扶单位自筹资金」 under
    it was named for the third part; and 「1.帮扶单位自筹资金（不含……）」 is the same words as the part's others."""
    rows = [["帮扶情况统计表", "", "", ""],
            ["序号", "指标名称", "计量单位", "数值"],
            ["", "（三）长效发展机制", "", ""],
            ["1", "1.帮扶单位自筹资金", "元", ""],
            ["2", "（四）帮扶资金总量", "元", ""],
            ["3", "1.帮扶单位自筹资金（不含专项资金）", "元", ""],
            ["4", "2.其他资金", "元", ""]]
    paths = {f.label: f.header_path for f in fields_of(rows, [CellRange(0, 0, 0, 3)])}
    assert paths["1.帮扶单位自筹资金"][0] == "（三）长效发展机制"
    assert paths["1.帮扶单位自筹资金（不含专项资金）"][0] == "（四）帮扶资金总量"


def test_a_numbered_part_about_approvals_is_no_sign_off() -> None:
    """u76: 「三、宅基地审批情况」 of a 宅基地 annual table was taken for the sign-off block, and its three rows
    (受理宅基地申请宗数 …) were dropped; 「审批意见」 is still a box to sign."""
    assert not C.is_signoff("三、宅基地审批情况") and not C.is_signoff("（二）审批情况") and C.is_signoff("审批意见")
    # (wf13: an approval given against the law is a fact a 自建房 register records)
    assert not C.is_signoff("违法建设和违法审批") and not C.is_signoff("违法审批") and C.is_signoff("乡镇审批")
    rows = [["宅基地基本情况统计年报表", "", "", ""],
            ["指标名称", "代码", "计量单位", "数量"],
            ["宅基地总面积", "01", "亩", ""],
            ["三、宅基地审批情况", "", "", ""],
            ["受理宅基地申请宗数", "02", "宗", ""],
            ["批准宅基地宗数", "03", "宗", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 3)]) == ["宅基地总面积", "受理宅基地申请宗数", "批准宅基地宗数"]


def test_a_door_address_template_in_the_value_box_is_no_label() -> None:
    """u163: 「承租房屋地址 | 小区（项目）      栋      单元      号」: the blanks of a door address became an item."""
    rows = [["承租人姓名", "", "联系电话", ""],
            ["承租房屋地址", "          小区（项目）      栋      单元      号", "", ""]]
    assert labels(rows, [CellRange(1, 1, 1, 3)]) == ["承租人姓名", "联系电话", "承租房屋地址"]


def test_a_review_item_is_no_box_to_sign() -> None:
    """u163: 「复核期内是否新购（受赠、继承）住房」 and 「复核结论」 of a 公租房 年度资格复核表 were read as sign-offs, and
    their row was dropped; 「乡镇复核」 and 「复核人：」 are still boxes to sign."""
    assert not C.is_signoff("复核期内是否新购（受赠、继承）住房") and not C.is_signoff("复核结论")
    assert C.is_signoff("乡镇复核") and C.is_signoff("复核人：") and C.is_signoff("复核意见") and C.is_signoff("县级稽核")


def test_officers_boxes_end_a_persons_section_and_sign_nothing() -> None:
    """u161: on a 临时救助申请审批表 「经办人 | ___ | 审核人 | ___ | 审批人 | ___」 and 「报告出具日期 | ___ | 核对人员 |
    ___ | 审核人」 gave fields of those who sign; 「代办人情况」 ran on past the offices' boxes, and the review's
    核定救助金额 became the 代办人's; 「二、收入核对情况（近12个月，单位：元）」 was a field."""
    rows = [["申请人姓名", "", "性别", ""],
            ["代办人情况（委托他人代为申请时填写）", "", "", ""],
            ["姓名", "", "联系电话", ""],
            ["村（居）委会意见", "经办人：       （盖章）    年  月  日", "", ""],
            ["救助方式", "□现金 □实物", "核定救助金额（元）", ""],
            ["经办人", "", "审核人", ""],
            ["二、收入核对情况（近12个月，单位：元）", "", "", ""],
            ["工资性收入", "", "报告出具日期", ""],
            ["核对人员", "", "审核人", ""]]
    merges = [CellRange(1, 0, 1, 3), CellRange(6, 0, 6, 3)]
    paths = {f.label: f.header_path for f in fields_of(rows, merges)}
    assert set(paths) == {"申请人姓名", "性别", "姓名", "联系电话", "救助方式", "核定救助金额（元）", "工资性收入", "报告出具日期"}
    assert paths["姓名"][0].startswith("代办人情况") and not paths["核定救助金额（元）"][0].startswith("代办人情况")
    assert paths["工资性收入"][0] == "二、收入核对情况（近12个月，单位：元）"


def test_a_number_after_the_records_own_columns_is_no_row_counter() -> None:
    """wf22: 「户名 | 类型 | 性别 | 编号 | 所属地区」 of a 扶贫 family list lost its 编号 (the household's number), read as
    the row counter, and split left the column blank; a first column 编号 still counts rows."""
    rows = [["户名", "类型", "性别", "编号", "所属地区"], ["", "", "", "", ""]]
    assert labels(rows, []) == ["户名", "类型", "性别", "编号", "所属地区"]
    rows = [["编号", "户名", "类型", "所属地区"], ["", "", "", ""]]
    assert labels(rows, []) == ["户名", "类型", "所属地区"]


def test_a_numbered_part_with_a_figure_of_its_own_begins_a_part() -> None:
    """wf22: in a 规划到户 调查表（一） 「七、惠民活动 | 次 | 195」 (a figure of its own) stood over 「（一）文娱体育」 …
    「（五）其他」; that 其他 was read as the section of itself, and the 一套表 asked it five times under the
    公共服务设施 part's 其他. It is the 惠民活动 part's 其他."""
    rows = [["调查表（一）", "", "", ""],
            ["编号", "填表项目", "单位", "数量"],
            ["", "（五）公共服务设施", "", ""],
            ["186", "1.设施项目个数", "个", ""],
            ["187", "（7）其他", "个", ""],
            ["195", "七、惠民活动", "次", ""],
            ["196", "（一）文娱体育", "次", ""],
            ["200", "（五）其他", "次", ""]]
    paths = {f.label: f.header_path for f in fields_of(rows, [CellRange(0, 0, 0, 3)])}
    assert paths["（7）其他"] == ["（五）公共服务设施", "（7）其他"]
    assert paths["（五）其他"] == ["七、惠民活动", "（五）其他"]


def test_a_numbered_part_naming_approval_without_a_box_to_sign_heads_rows() -> None:
    """u157: 「一、宅基地申请审批」 opened a 宅基地审批管理情况季报's rows and was read as the sign-off block, so the
    whole form was dropped (未找到可识别的表头); 「二、审批后监管」 cut off every row after it. A numbered part saying
    nothing of signing, a seal or an opinion heads rows; 「四、乡镇审批意见」 and 「三、申请人承诺」 are still boxes."""
    assert not C.is_signoff("一、宅基地申请审批") and not C.is_signoff("二、审批后监管")
    assert C.is_signoff("四、乡镇审批意见") and C.is_signoff("三、申请人承诺") and C.is_signoff("（二）审核（盖章）")
    rows = [["农村宅基地审批管理情况季报表", "", "", ""],
            ["指标名称", "代码", "计量单位", "本季"],
            ["一、宅基地申请审批", "", "", ""],
            ["受理宅基地申请宗数", "01", "宗", ""],
            ["批准宅基地宗数", "02", "宗", ""],
            ["二、审批后监管", "", "", ""],
            ["开展实地巡查次数", "03", "次", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 3)]) == ["受理宅基地申请宗数", "批准宅基地宗数", "开展实地巡查次数"]


def test_a_row_of_lists_how_to_fill_and_papers_meant_under_a_header_is_no_level() -> None:
    """u78: under 「人士类别 | 担任社会职务 › 人大代表」 a row 「①民营企业…②…③… | 是的填“√”」, and under 「所在地区 | 证件号码」
    a row 「香港/澳门/台湾 | 回乡证或台胞证号码」, were read as the header's lowest level (or the form as a card);
    「村、社区 | 本人或亲属」 under 联系人电话 still names whose phone."""
    rows = [["新的社会阶层人士信息统计表", *[""] * 6],
            ["序号", "姓名", "人士类别", "所在地区", "证件号码", "担任社会职务", ""],
            ["", "", "", "", "", "人大代表", "政协委员"],
            ["", "", "①民营企业管理人员 ②中介组织从业人员 ③自由职业人员", "香港/澳门/台湾", "回乡证或台胞证号码", "是的填“√”", ""],
            ["1", *[""] * 6], ["2", *[""] * 6]]
    merges = [CellRange(0, 0, 0, 6), CellRange(1, 5, 1, 6), CellRange(3, 5, 3, 6),
              *(CellRange(1, c, 2, c) for c in range(5))]
    assert labels(rows, merges) == ["姓名", "人士类别", "所在地区", "证件号码", "人大代表", "政协委员"]


def test_a_row_of_how_to_fill_hints_under_a_header_is_no_level() -> None:
    """u474: 「按河湖名录标准名称填写 | 格式：112.3456 | 乱占/乱采/乱堆/乱建」 under a 四乱 register's header was read as its
    lowest level: 河湖名称, 经度 and 问题类型 were lost, and the hints became items."""
    rows = [["河湖“四乱”问题清理整治台账", "", "", "", ""],
            ["序号", "河湖名称", "问题位置", "", "问题类型"],
            ["", "", "经度", "纬度", ""],
            ["", "按河湖名录标准名称填写", "格式：112.3456", "", "乱占/乱采/乱堆/乱建"],
            ["1", "", "", "", ""], ["2", "", "", "", ""]]
    merges = [CellRange(0, 0, 0, 4), CellRange(1, 2, 1, 3), *(CellRange(1, c, 2, c) for c in (0, 1, 4))]
    assert labels(rows, merges) == ["河湖名称", "经度", "纬度", "问题类型"]


def test_a_table_of_land_classes_is_an_indicator_table() -> None:
    """u79: 「地类名称 | 地类编码 | 计量单位 | 上年末面积 | 本年末面积」 over printed land classes (GB/T 21010) was read as
    a card: six classes lost, the header cells and every 「公顷」 read as items."""
    rows = [["村级土地利用现状统计表", "", "", "", ""],
            ["地类名称", "地类编码", "计量单位", "上年末面积", "本年末面积"],
            ["土地总面积", "", "公顷", "", ""],
            ["（一）耕地", "01", "公顷", "", ""],
            ["    其中：水田", "0101", "公顷", "", ""],
            ["（二）园地", "02", "公顷", "", ""],
            ["（三）林地", "03", "公顷", "", ""]]
    found = fields_of(rows, [CellRange(0, 0, 0, 4)])
    assert {f.layout for f in found} == {"indicator"}
    assert [f.label.strip() for f in found] == ["土地总面积", "（一）耕地", "其中：水田", "（二）园地", "（三）林地"]


def test_a_row_of_numbered_choices_under_a_header_is_no_level() -> None:
    """u80: 「视力/听力/… | 一级/二级/… | 1.随班就读 2.特教学校 3.送教上门 4.其他」 under 「残疾情况 › 残疾类别 | 残疾等级 |
    安置方式」 took the three labels' places."""
    rows = [["入学安置实名台账", *[""] * 5],
            ["序号", "姓名", "残疾情况", "", "入学安置情况", ""],
            ["", "", "残疾类别", "残疾等级", "安置方式", "就读学校"],
            ["", "", "视力/听力/言语/肢体", "一级/二级/三级/四级", "1.随班就读 2.特教学校 3.送教上门", ""],
            ["1", *[""] * 5], ["2", *[""] * 5]]
    merges = [CellRange(0, 0, 0, 5), CellRange(1, 0, 2, 0), CellRange(1, 1, 2, 1), CellRange(1, 2, 1, 3),
              CellRange(1, 4, 1, 5)]
    assert labels(rows, merges) == ["姓名", "残疾类别", "残疾等级", "安置方式", "就读学校"]


def test_a_merged_part_heading_a_cut_off_without_year_and_an_assistant_signing_are_no_items() -> None:
    """u81: 「（一）就业创业」 merged across an indicator table without a code column, 「镇（街道）名称： | 截至    月    日」
    above a register, and 「村（社区）协办员： | 乡镇（街道）审核人：」 under it were read as items."""
    rows = [["就业和社会保障重点工作月报表", "", "", "", ""],
            ["项    目", "单位", "本月", "本年累计", "上年同期累计"],
            ["（一）就业创业", "", "", "", ""],
            ["1.城镇新增就业", "人", "", "", ""],
            ["（二）社会保险", "", "", "", ""],
            ["1.养老保险参保人数", "人", "", "", ""]]
    merges = [CellRange(0, 0, 0, 4), CellRange(2, 0, 2, 4), CellRange(4, 0, 4, 4)]
    assert [f.label for f in fields_of(rows, merges)] == ["1.城镇新增就业", "1.养老保险参保人数"]
    header = ["序号", "村（社区）", "应参保人数", "已参保人数", "参保率"]
    register = [["参保缴费进度统计表", "", "", "", ""], ["镇（街道）名称：", "", "", "截至    月    日", ""], header,
                ["1", "", "", "", ""], ["2", "", "", "", ""],
                ["村（社区）协办员：", "", "", "乡镇（街道）审核人：", ""]]
    assert labels(register, [CellRange(0, 0, 0, 4)]) == header[1:]


def test_an_example_record_under_the_header_leaves_the_register_a_register() -> None:
    # (u86: 「例 | 城关镇 | 石门村 …」 and 「1 | 城关镇 | 石门村 | 张三 | 36xxxxxxxxxxxxxxxx」 read the register as a card)
    header = ["序号", "乡镇", "村", "工程名称", "工程类型", "水源类型", "建成年份", "管护主体", "备注"]
    for example in (["例", "城关镇", "石门村", "石门村集中供水工程", "千人以上", "地下水", "2016", "", ""],
                    ["1", "城关镇", "石门村", "张三", "36xxxxxxxxxxxxxxxx", "千人以上", "", "", ""]):
        rows = [["农村供水工程基本情况台账", *[""] * 8], header, example, [""] * 9, [""] * 9]
        parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, []))
        assert parsed is not None and parsed.layout == "list"
        assert labels(rows) == header[1:]


def test_a_bodys_measures_are_units() -> None:
    # (u84: 身高（cm）, 收缩压（mmHg）, 空腹血糖（mmol/L） kept their unit in the label and none in the 一套表)
    from yitaobiao.layout import unit_in_label

    assert [unit_in_label(t) for t in ("身高（cm）", "收缩压（mmHg）", "空腹血糖（mmol/L）", "出生体重（克）")] == \
        ["cm", "mmHg", "mmol/L", "克"]


def test_the_second_value_of_a_breakdown_on_a_card_row_is_a_label() -> None:
    # (u85: 「户籍人口（人） | ___ | 其中：男 | ___ | 女 | ___」 lost 女, read as an answer printed in the card)
    rows = [["村庄基本情况调查表", "", "", "", "", "", "", ""],
            ["行政村名称", "", "", "", "所属乡镇", "", "", ""],
            ["户籍户数（户）", "", "户籍人口（人）", "", "其中：男", "", "女", ""],
            ["性别", "男", "民族", "", "", "", "", ""]]
    found = labels(rows)
    assert "女" in found and "男" not in found  # a value written in its box is still an answer


def test_a_note_printed_beside_its_heading_on_a_card_row_is_no_item() -> None:
    # (wf9: 「说明 | 此表一式贰份，一份装入学生档案……」 on a student's card became a 一套表 column merged into 备注)
    rows = [["学生信息卡", "", "", "", ""],
            ["姓名", "", "性别", "", ""],
            ["奖励记录", "", "说明", "此表一式贰份，一份装入学生档案，一份由学院存档", ""]]
    found = labels(rows)
    assert "奖励记录" in found and "说明" not in found
    assert "说明" in labels([["登记表", "", "", ""], ["姓名", "", "说明", ""]])  # a box to explain in is an item


def test_a_place_in_blanks_and_the_copys_number_above_a_card_are_no_item() -> None:
    # (u85, u76: 「       村（社区）       组         房屋编号：」 across the card's top was an item 村组房屋编号)
    assert C.is_fill_line("       村（社区）       组                                     房屋编号：")
    assert not C.is_fill_line("房屋编号")
    # (u614: 「乡（镇）   村   组   卡号：」 over a 一户一卡 card was an item 乡村组卡号)
    assert C.is_fill_line("乡（镇）   村   组   卡号：")
    assert not C.is_fill_line("银行卡号：")


def test_a_breakdown_of_a_breakdown_hangs_on_it_and_words_under_its_words_are_its_siblings() -> None:
    # (u86: 「其中：国家级公益林」 indented under 「其中：公益林面积」 was hung on 林地面积; 「省级公益林」 aligned
    # with 国家级 is the other part of 公益林面积)
    rows = [["森林资源统计表", "", "", ""], ["指标名称", "计量单位", "代码", "本年"], ["林地面积", "亩", "01", ""],
            ["  其中：公益林面积", "亩", "02", ""], ["      其中：国家级公益林", "亩", "03", ""],
            ["            省级公益林", "亩", "04", ""], ["森林覆盖率", "%", "05", ""],
            ["生态护林员人数", "人", "06", ""], ["其中：当年新聘人数", "人", "07", ""], ["     续聘人数", "人", "08", ""]]
    parent = {f.label.strip(): f.header_path[-2].strip() if len(f.header_path) > 1 else None for f in fields_of(rows)}
    assert parent["其中：公益林面积"] == "林地面积"
    assert parent["其中：国家级公益林"] == parent["省级公益林"] == "其中：公益林面积"
    assert parent["森林覆盖率"] is None
    assert parent["续聘人数"] == "生态护林员人数"  # one blank short of the words after 「其中：」 is a slip
    # (u284: a part stood under the words; the next row back at the 「其中：」 indent, however it ends, is past it)
    rows = [["转移情况统计表", "", "", ""], ["指标名称", "计量单位", "代码", "本月"], ["转移避险人数", "人", "01", ""],
            ["其中：集中安置人数", "人", "02", ""], ["      分散安置人数", "人", "03", ""], ["因灾死亡人数", "人", "04", ""]]
    parent = {f.label.strip(): f.header_path[-2].strip() if len(f.header_path) > 1 else None for f in fields_of(rows)}
    assert parent["分散安置人数"] == "转移避险人数"
    assert parent["因灾死亡人数"] is None


def test_numbered_notes_right_under_the_header_are_no_level_of_it() -> None:
    # (wf8: 「备注：1.各村上报3-5名… 2.…」 merged across the sheet under the header was read as its row of choices,
    # and split wrote the records below the notes)
    rows = [["后备干部信息统计表", "", "", ""], ["序号", "姓名", "性别", "备注"],
            ["备注：1.各村上报3-5名后备干部；\n2.其中至少包含2名优秀农民工；\n3.后备干部不能是现任常职干部。", "", "", ""],
            ["", "", "", ""]]
    parsed = parse_grid(Grid("t.xls", "Sheet1", rows, [CellRange(2, 0, 3, 3)]))
    assert parsed is not None and parsed.header_rows == (1, 1) and parsed.data_start_row == 2


def test_the_signers_under_a_register_are_no_items_whatever_is_asked_above_it() -> None:
    # (u91: 「工程项目名称：」 above a 工资支付台账 kept 「劳资专管员： | 项目负责人： | 联系电话：」 under it as items)
    rows = [["农民工工资支付台账", "", "", "", ""], ["工程项目名称：", "", "", "工资所属期：  年  月", ""],
            ["序号", "姓名", "身份证号", "工种", "实发工资"], ["", "", "", "", ""], ["", "", "", "", ""],
            ["合    计", "", "", "", ""], ["劳资专管员：", "", "项目负责人：", "", "联系电话："],
            ["注：1.本台账由施工总承包单位按月编制。", "", "", "", ""]]
    assert not [f.label for f in fields_of(rows) if f.row >= 5]


def test_a_part_on_a_card_is_a_part_of_the_count_before_it() -> None:
    # (u89, u85: 「带动农户数（户） | ___」 then 「其中：脱贫户（户） | ___」, and 「户籍人口 | ___ | 其中：男 | ___ | 女 | ___」)
    rows = [["经营主体调查表", "", "", "", "", ""], ["主体名称", "", "", "", "所属乡镇", ""],
            ["带动农户数（户）", "", "", "", "", ""], ["其中：脱贫户（户）", "", "", "", "", ""],
            ["户籍人口（人）", "", "其中：男", "", "女", ""]]
    paths = {f.label: f.header_path for f in fields_of(rows)}
    assert paths["其中：脱贫户（户）"] == ["带动农户数（户）", "其中：脱贫户（户）"]
    assert paths["其中：男"] == ["户籍人口（人）", "其中：男"] and paths["女"] == ["户籍人口（人）", "女"]


def test_a_part_on_a_card_under_a_side_label_is_a_part_of_the_count_before_it() -> None:
    """u424: 「人员及服务情况」 down the left of 「本年度实际收训儿童数（人） | ___ | 其中：孤独症儿童 | ___」 on a
    rehabilitation centre's card: the side label heads the rows, and the part had lost its total, meeting the county's
    count of children with autism."""
    rows = [["定点机构基本情况登记表", "", "", "", "", ""], ["机构名称", "", "", "", "", ""],
            ["人员及服务情况", "专业技术人员数（人）", "", "", "其中：康复治疗师（人）", ""],
            ["", "本年度实际收训儿童数（人）", "", "", "其中：孤独症儿童", ""],
            ["", "定点协议签订日期", "", "", "协议有效期至", ""]]
    merges = [CellRange(2, 0, 4, 0), CellRange(2, 2, 2, 3), CellRange(3, 2, 3, 3), CellRange(4, 2, 4, 3)]
    paths = {f.label: f.header_path for f in fields_of(rows, merges)}
    assert paths["其中：孤独症儿童"] == ["人员及服务情况", "本年度实际收训儿童数（人）", "其中：孤独症儿童"]
    assert paths["其中：康复治疗师（人）"] == ["人员及服务情况", "专业技术人员数（人）", "其中：康复治疗师（人）"]
    assert paths["协议有效期至"] == ["人员及服务情况", "协议有效期至"]


def test_a_date_written_by_hand_and_the_opinions_below_it_are_no_header() -> None:
    """u437: a 挖掘许可申请表 ends 「申请日期 | 　年　月　日」 then 「建设单位意见 | （盖章） 年 月 日」 and two more offices'
    opinions: the four rows were read as the levels of a table's header, 申请日期 lost and the last opinion taken
    for an item under 申请日期 › 建设单位意见 › 市政管理部门意见."""
    rows = [["城市道路挖掘许可申请表", "", "", ""], ["工程名称", "", "", ""], ["计划开工日期", "", "计划竣工日期", ""],
            ["申请日期", "", "        年      月      日", ""], ["建设单位意见", "", "（盖章）\n年    月    日", ""],
            ["市政管理部门意见", "", "经办人：        负责人：\n年    月    日", ""],
            ["住建局审批意见", "", "（盖章）\n年    月    日", ""]]
    merges = [CellRange(0, 0, 0, 3), CellRange(1, 1, 1, 3)] + [CellRange(r, 0, r, 1) for r in range(3, 7)] \
        + [CellRange(r, 2, r, 3) for r in range(3, 7)]
    assert [f.label for f in fields_of(rows, merges)] == ["工程名称", "计划开工日期", "计划竣工日期", "申请日期"]


def test_men_and_women_under_a_sex_header_are_counts_on_a_table_counting_people() -> None:
    """u439: 「单位：人」 over 「村（社区）名称 | 性别 › 男 | 女 | 年龄 › 35岁及以下 …」 of a township's table of villages
    counts the men and the women; the two columns had become one 性别 to choose from 男 and 女. On a roster they
    are still one 性别's options."""
    def rows(unit: str) -> list[list[str]]:
        return [["统计员配备情况统计表", "", "", "", ""], ["填报单位：白沙镇", "", "", "", unit],
                ["村（社区）名称", "性别", "", "年龄", ""], ["", "男", "女", "35岁及以下", "36岁及以上"],
                ["东村", "", "", "", ""]]
    merges = [CellRange(0, 0, 0, 4), CellRange(2, 0, 3, 0), CellRange(2, 1, 2, 2), CellRange(2, 3, 2, 4)]
    counted = {f.label for f in fields_of(rows("单位：人"), merges)}
    assert {"男", "女"} <= counted and "性别" not in counted
    chosen = {f.label for f in fields_of(rows(""), merges)}
    assert "性别" in chosen and "男" not in chosen


def test_where_and_by_whom_a_survey_was_taken_is_the_copys_line() -> None:
    # (u94: 「调查地点：___乡___村 | 调查员编号：___」 over a survey card's first section became its column groups:
    # 民族 and 出生年月 turned 调查员's, and 「□男 □女」 a label)
    rows = [["残疾人入户调查表", "", "", "", "", ""],
            ["调查地点：________乡（镇、街道）________村（社区）", "", "", "调查员编号：__________", "", ""],
            ["一、个人基本情况", "", "", "", "", ""],
            ["姓    名", "", "性    别", "□男  □女", "民    族", ""],
            ["公民身份号码", "", "", "", "出生年月", ""]]
    merges = [CellRange(1, 0, 1, 2), CellRange(1, 3, 1, 5), CellRange(2, 0, 2, 5)]
    found = fields_of(rows, merges)
    assert [f.label for f in found] == ["姓    名", "性    别", "民    族", "公民身份号码", "出生年月"]
    assert all(f.header_path[0] == "一、个人基本情况" for f in found)


def test_an_indented_row_counting_other_things_is_no_part_of_the_row_above() -> None:
    # (wf9: 「1.贫困户总户数（户）」 over 「  贫困户总人数（人）」, 「  无劳动能力的贫困户户数」 under 「2.有劳动能力的贫困户户数」
    # and rates under counts were printed as 其中 rows of the 一套表's 指标 sheet)
    rows = [["贫困村帮扶工作情况表", "", "", ""], ["编号", "填表项目", "单位", "数量"],
            ["141", "1.贫困户总户数", "户", ""], ["142", "  贫困户总人数", "人", ""],
            ["143", "其中：贫困户60岁及以上人数", "人", ""],
            ["144", "2.有劳动能力的贫困户户数", "户", ""], ["145", "  其中：已脱贫户数", "户", ""],
            ["146", "  无劳动能力的贫困户户数", "户", ""],
            ["153", "3.贫困户劳动力人数", "人", ""], ["154", "     贫困户劳动力培训率", "％", ""],
            ["155", "4.帮扶资金总量", "元", ""], ["156", "  其中：自筹资金", "元", ""]]
    paths = {f.label.strip(): [p.strip() for p in f.header_path[:-1]] for f in fields_of(rows)}
    assert paths["贫困户总人数"] == [] and paths["其中：贫困户60岁及以上人数"] == ["贫困户总人数"]
    assert paths["其中：已脱贫户数"] == ["2.有劳动能力的贫困户户数"] and paths["无劳动能力的贫困户户数"] == []
    assert paths["贫困户劳动力培训率"] == [] and paths["其中：自筹资金"] == ["4.帮扶资金总量"]


def test_a_side_label_merged_down_beside_labelled_options_is_their_group() -> None:
    # (wf9: 「资产状况」 merged down beside 「房产：□无□有 套」, 「汽车：□无□有」 was counted as an item, and 房产 lost it)
    rows = [["申请人经济状况证明表", "", ""],
            ["姓名", "", ""],
            ["资产状况", "房产：□无□有  套，   平方米", ""],
            ["", "汽车（经营性运输工具除外)：□无□有", ""],
            ["重大支出", "", ""]]
    merges = [CellRange(2, 0, 3, 0), CellRange(2, 1, 2, 2), CellRange(3, 1, 3, 2)]
    found = {f.label: f.header_path for f in fields_of(rows, merges)}
    assert "资产状况" not in found and found["房产：□无□有  套，   平方米"][0] == "资产状况"
    assert found["汽车（经营性运输工具除外)：□无□有"][0] == "资产状况" and "重大支出" in found


def test_numbered_answers_beside_a_card_label_are_its_options() -> None:
    # (u93: 「户　别 | 1.家庭户　2.集体户」 on a 人口抽样调查表 counted the answers as an item of their own)
    rows = [["人口抽样调查表", "", "", "", ""],
            ["调查小区名称", "", "户编号", "", ""],
            ["户　别", "1.家庭户　2.集体户", "本户应登记人数", "", ""],
            ["住房用途", "1.自住 2.出租；3.其他", "", "", ""]]
    found = {f.label: f for f in fields_of(rows)}
    assert set(found) == {"调查小区名称", "户编号", "户　别", "本户应登记人数", "住房用途"}
    assert found["户　别"].options == ["1.家庭户　2.集体户"]


def test_codes_printed_with_a_space_in_the_box_are_the_labels_options() -> None:
    # (u110: MZ/T 039 老年人能力评估's 附录A prints 「1 男   2 女」 in the box, the code to write in □ beside it)
    rows = [["附录A", "", "", "", ""],
            ["老年人能力评估基本信息表", "", "", "", ""],
            ["A.2.1", "姓名", "", "", ""],
            ["A.2.2", "性别", "1 男   2 女", "", "□"],
            ["A.2.3", "出生日期", "□□□□年□□月□□日", "", ""],
            ["A.2.9", "婚姻状况", "1 未婚  2 已婚  3 丧偶  4 离婚", "", "□"],
            ["A.2.13", "居住地址", "", "", ""]]
    merges = [CellRange(0, 0, 0, 4), CellRange(1, 0, 1, 4), *[CellRange(r, 2, r, 3) for r in range(2, 7)]]
    found = {C.squash(f.label): f for f in fields_of(rows, merges)}
    assert set(found) == {"姓名", "性别", "出生日期", "婚姻状况", "居住地址"}
    assert C.is_attachment("附录A") and C.is_attachment("附录 B") and not C.is_attachment("附录说明")


def test_who_organises_in_blanks_an_amount_in_words_and_a_confirmation_are_no_items() -> None:
    # (u96: 「投保组织者：   乡（镇）   村（社区）」 above a 投保清单, 「（大写）   （小写）￥」 in the box of 申请补贴总额 and
    # 「农户确认 | ___ | 本人确认……签字（按手印）：」 were parsed as items; an address in blanks stays one)
    assert C.is_fill_line("投保组织者：          乡（镇）          村（社区）")
    assert not C.is_fill_line("家庭住址：    乡（镇）    村")
    assert C.is_non_field_text("（大写）                      （小写）￥") and not C.is_non_field_text("大写金额")
    rows = [["农户信用信息采集表", "", "", ""],
            ["户主姓名", "", "联系电话", ""],
            ["申请补贴总额（元）", "", "（大写）                      （小写）￥", ""],
            ["农户确认", "", "本人确认以上信息真实准确，同意贵行查询本人征信信息。      签字（按手印）：", ""]]
    assert labels(rows) == ["户主姓名", "联系电话", "申请补贴总额（元）"]


def test_two_long_prompts_with_their_blanks_are_a_fill_line() -> None:
    # (u99: 「乡镇卫生院（社区卫生服务中心）：　　村卫生室：」 across a register's top was an item)
    assert C.is_fill_line("乡镇卫生院（社区卫生服务中心）：　　村卫生室：")
    assert not C.is_fill_line("乡镇卫生院（社区卫生服务中心）")


def test_a_numbered_row_with_neither_code_nor_unit_among_coded_indicators_is_a_heading() -> None:
    # (wf9: 「2.贫困户子女读书」 of a 帮扶工作情况表 became an indicator of the 一套表 with a code of its own)
    rows = [["帮扶工作情况表", "", "", ""], ["编号", "填表项目", "单位", "数量"],
            ["153", "1.贫困户劳动力人数", "人", ""], ["", "2.贫困户子女读书", "", ""],
            ["159", "（1）普及九年义务教育适龄人数", "人", ""], ["160", "其中：当年在读小学初中人数", "人", ""]]
    assert labels(rows) == ["1.贫困户劳动力人数", "（1）普及九年义务教育适龄人数", "其中：当年在读小学初中人数"]


def test_a_row_without_the_code_every_row_around_it_prints_is_a_heading() -> None:
    # (u79: 「收支结余」 and 「资金及往来情况」 between 「收入合计 | 6」 and 「本年收益 | 13」 of a 村级财务收支公开表
    # were counted as items; the rows without a code at the end or indented under a coded row stay items)
    rows = [["村级财务收支情况公开表", "", "", ""], ["收入项目", "行次", "本季发生数", "本年累计数"],
            ["一、经营收入", "1", "", ""], ["收入合计", "6", "", ""], ["收支结余", "", "", ""],
            ["本年收益", "13", "", ""], ["资金及往来情况", "", "", ""], ["货币资金余额", "14", "", ""],
            ["  其中：银行存款", "", "", ""], ["应付款项余额", "16", "", ""], ["村集体经营性收入", "", "", ""]]
    assert labels(rows) == ["一、经营收入", "收入合计", "本年收益", "货币资金余额", "其中：银行存款", "应付款项余额",
                            "村集体经营性收入"]


def test_the_post_or_point_a_register_is_filled_at_is_no_item() -> None:
    # (u102: 「社区警务室： | 核查时间：    年  月  日」 over a 实有人口信息核查表, u103: 「兑换点： | 月份：    年  月」
    # over an 积分超市兑换登记表 were counted as items)
    for line in (["社区警务室：", "", "", "核查时间：    年  月  日"], ["兑换点：", "", "", "月份：    年  月"]):
        rows = [["实有人口信息核查表", "", "", ""], line, ["序号", "姓名", "性别", "联系电话"], ["", "", "", ""]]
        assert labels(rows) == ["姓名", "性别", "联系电话"]


def test_columns_pasted_beyond_a_blank_one_are_no_period_columns() -> None:
    # (wf11: a 帮扶工作调查表 with a list of villages pasted to the right of its 数量 column read 从化市, 温泉镇,
    # 乌土村 … as period columns of the 指标 table)
    rows = [["调查表（一）", "", "", "", "", "", "", ""],
            ["代码", "填表项目", "单位", "数量", "", "从化市", "温泉镇", "乌土村"],
            ["101", "贫困户户数", "户", "", "", "从化市", "温泉镇", "密石村"],
            ["102", "贫困户人数", "人", "", "", "从化市", "良口镇", "石岭村"]]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, []))
    assert parsed is not None and parsed.period_columns == ["数量"]
    assert [f.label for f in parsed.fields] == ["贫困户户数", "贫困户人数"]


def test_a_bare_number_above_the_labels_is_no_group() -> None:
    # (wf11: 「帮扶资金 › 4 › 规划投入资金（元）」 of a 帮扶资金落实情况统计表: the 4 of the table's number heading a
    # level of every column)
    rows = [["帮扶资金落实情况统计表（三）", "", "", ""],
            ["帮扶单位", "贫困村", "4", ""],
            ["", "", "规划投入资金（元）", "已投入帮扶资金（元）"],
            ["", "", "", ""]]
    merges = [CellRange(1, 0, 2, 0), CellRange(1, 1, 2, 1), CellRange(1, 2, 1, 3)]
    paths = {f.label: f.header_path for f in fields_of(rows, merges)}
    assert paths["规划投入资金（元）"] == ["规划投入资金（元）"] and paths["已投入帮扶资金（元）"] == ["已投入帮扶资金（元）"]


def test_a_letter_to_whoever_fills_the_form_is_no_item() -> None:
    # (u102: 「尊敬的居民朋友：为改善居住环境，……请您在对应栏内打“√”……」 over a 意愿征询表 was counted as an item)
    letter = "尊敬的居民朋友：为改善居住环境，我社区拟申报老旧小区改造项目，请您在对应栏内打“√”。"
    rows = [["老旧小区改造居民意愿征询表", "", ""], [letter, "", ""], ["姓名", "联系电话", "是否同意"], ["", "", ""]]
    assert labels(rows, [CellRange(1, 0, 1, 2)]) == ["姓名", "联系电话", "是否同意"]
    assert not C.is_notes("尊敬的")


def test_the_caption_of_what_follows_is_no_item() -> None:
    # (wf12: 「房屋登记信息查询结果如下：」 over a 无房证明's table was counted as an item)
    assert C.is_notes("房屋登记信息查询结果如下：") and not C.is_notes("如下") and not C.is_notes("情况如下")
    rows = [["不动产登记信息查询记录", "", ""], ["房屋登记信息查询结果如下：", "", ""],
            ["权利人", "不动产权证号", "坐落"], ["", "", ""]]
    assert labels(rows, [CellRange(1, 0, 1, 2)]) == ["权利人", "不动产权证号", "坐落"]


def test_an_address_printed_as_blanks_between_levels_is_the_labels_box() -> None:
    # (u111: a 名录库 核实表's 「单位所在地 | ___乡（镇、街道）___村（社区）___（街、路）___号」 made the label a group and
    # the blanks its item)
    rows = [["小微企业名录库单位基本情况核实表", "", "", ""],
            ["单位详细名称", "", "", ""],
            ["单位所在地", "          乡（镇、街道）          村（社区）          （街、路）        号", "", ""],
            ["行业代码", "", "主要业务活动", ""]]
    merges = [CellRange(0, 0, 0, 3), CellRange(1, 1, 1, 3), CellRange(2, 1, 2, 3)]
    found = {f.label: f.header_path for f in fields_of(rows, merges)}
    assert found == {"单位详细名称": ["单位详细名称"], "单位所在地": ["单位所在地"], "行业代码": ["行业代码"],
                     "主要业务活动": ["主要业务活动"]}


def test_a_review_merged_down_beside_what_it_decides_is_their_group() -> None:
    # (u114: 「乡镇（街道）审核」 merged down beside 「核定金额（元） | ___ | 审核日期 | ___」 on a 大额资金支出审批表 was
    # taken for a sign-off box and both items were lost; the 农经站意见 box under them is still a sign-off)
    rows = [["村级大额资金支出审批表", "", "", "", ""],
            ["申请金额（元）", "", "", "", ""],
            ["乡镇（街道）审核", "核定金额（元）", "", "审核日期", ""],
            ["", "乡镇（街道）农经站意见", "（盖章）      年    月    日", "", ""]]
    merges = [CellRange(0, 0, 0, 4), CellRange(1, 1, 1, 4), CellRange(2, 0, 3, 0), CellRange(3, 2, 3, 4)]
    found = {f.label: f.header_path for f in fields_of(rows, merges)}
    assert found == {"申请金额（元）": ["申请金额（元）"], "核定金额（元）": ["乡镇（街道）审核", "核定金额（元）"],
                     "审核日期": ["乡镇（街道）审核", "审核日期"]}


def test_a_question_beside_a_part_of_a_count_is_no_part_of_it() -> None:
    # (u113: 「上年销售额（万元） | ___ | 其中：化肥销售额 | ___ | 是否开展测土配方施肥服务 | □是 □否」 made the question
    # 「上年 › 是否开展…」; 「其中：男 | ___ | 女」 still shares its count)
    rows = [["农资经营网点基本情况登记表", "", "", "", "", ""],
            ["上年销售额（万元）", "", "其中：化肥销售额（万元）", "", "是否开展测土配方施肥服务", "□是   □否"],
            ["从业人员（人）", "", "其中：女", "", "男", ""]]
    paths = {f.label: f.header_path for f in fields_of(rows, [CellRange(0, 0, 0, 5)])}
    assert paths["是否开展测土配方施肥服务"] == ["是否开展测土配方施肥服务"]
    assert paths["其中：化肥销售额（万元）"] == ["上年销售额（万元）", "其中：化肥销售额（万元）"]
    assert paths["男"] == ["从业人员（人）", "男"]


def test_the_counter_of_a_households_members_is_no_item() -> None:
    # (u116: 「人员\n序号」 and 「成员序号」 heading a 劳动力调查 and a 人口变动 roster were counted as items)
    assert C.is_serial_label("人员\n序号") and C.is_serial_label("成员序号") and not C.is_serial_label("身份证序号")
    rows = [["劳动力调查住户成员登记表", "", ""], ["成员\n序号", "姓名", "与户主关系"], ["1", "", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 2)]) == ["姓名", "与户主关系"]


def test_a_change_column_is_the_change_of_the_stock_left_of_it() -> None:
    # (wf13: 农业年报's 「一、年初实有桑园面积 | 当年新增 | 当年减少 | 年末实有桑园面积 | 二、年初实有果园面积 | 当年新增 …」
    # printed two 「当年新增（亩）」 in the 一套表, told apart only by the form's title)
    rows = [["桑果园面积及水果、坚果等产量（一）", "", "", "", "", "", ""],
            ["单位", "一、年初实有桑园面积", "当年新增", "当年减少", "二、年初实有果园面积", "当年新增", "当年减少"],
            ["", "亩", "亩", "亩", "亩", "亩", "亩"],
            ["东村", "", "", "", "", "", ""]]
    paths = [f.header_path for f in fields_of(rows, [CellRange(0, 0, 0, 6)])]
    assert [p[0] for p in paths if len(p) == 2] == ["桑园面积", "桑园面积", "果园面积", "果园面积"]


def test_a_column_of_labels_over_a_table_of_states_is_a_card() -> None:
    # (real_forms' 企业国有资产变动产权登记情况表 (wf14): five labels 「企业名称 | ___」 … each merged over two of three
    # columns were read as headings one under another, and 「项目 | 变动前数额（万元） | 变动后数额（万元）」 as a
    # register of two columns; the card lost 企业名称 … 组织形式 and its rows 实收资本 …)
    rows = [["企业国有资产变动产权登记情况表", "", ""], ["企业基本情况", "", ""], ["企业名称", "", ""],
            ["社会统一信用代码（注册号）", "", ""], ["法定代表人", "", ""], ["组织形式", "", ""], ["国有资产产权变动登记情况", "", ""],
            ["项目", "变动前数额（万元）", "变动后数额（万元）"], ["实收资本", "", ""], ["国家资本", "", ""]]
    merges = [CellRange(0, 0, 0, 2), CellRange(1, 0, 1, 2), *[CellRange(r, 0, r, 1) for r in range(2, 6)],
              CellRange(6, 0, 6, 2)]
    assert labels(rows, merges) == ["企业名称", "社会统一信用代码（注册号）", "法定代表人", "组织形式", "实收资本", "国家资本"]
    # (two headings one under another stay headings: 「XX学校X年级(XX)班 / 学生基本信息」)
    heads = [["XX学校X年级(XX)班", "", ""], ["学生基本信息", "", ""], ["姓名", "", "性别"], ["", "", ""]]
    assert labels(heads, [CellRange(0, 0, 0, 1), CellRange(1, 0, 1, 1)]) == ["姓名", "性别"]


def test_a_claim_forms_day_number_range_and_twin_stubs_are_no_items() -> None:
    # (wf14 on real_forms' 医疗费报销单: 「年 月 日 NO：」 above the card, the 「至」 between two date boxes and the
    # heading 「项目 | 金额 | 自理 | 自费 | 项目 | 金额 | 自理 | 自费」 over two columns of charges were items)
    assert C.is_date_placeholder("年     月    日          NO：") and C.is_date_placeholder("          至")
    rows = [["医疗费报销单", "", "", "", "", "", "", ""],
            ["年     月    日                     NO：", "", "", "", "", "", "", ""],
            ["姓名", "", "性别", "", "社会保障号", "", "", ""],
            ["项目", "金  额", "自 理", "自 费", "项目", "金  额", "自 理", "自 费"],
            ["床位费", "", "", "", "治疗费", "", "", ""],
            ["诊查费", "", "", "", "手术费", "", "", ""]]
    merges = [CellRange(0, 0, 0, 7), CellRange(1, 0, 1, 7)]
    assert sorted(labels(rows, merges)) == sorted(["姓名", "性别", "社会保障号", "床位费", "治疗费", "诊查费", "手术费"])


def test_what_a_review_decides_after_its_stamp_box_is_an_item() -> None:
    # (u119: 「县侨联审核意见 | （盖章） 年 月 日 | 核定救助金额（元） | ___」 of a 救助申请审批表 lost its 核定救助金额)
    rows = [["困难归侨侨眷帮扶救助申请审批表", "", "", "", ""],
            ["申请救助金额（元）", "", "", "", ""],
            ["县侨联审核意见", "（盖章）\n        年    月    日", "", "核定救助金额（元）", ""]]
    merges = [CellRange(0, 0, 0, 4), CellRange(1, 1, 1, 4), CellRange(2, 1, 2, 2)]
    assert labels(rows, merges) == ["申请救助金额（元）", "核定救助金额（元）"]


def test_the_official_beside_what_a_review_decides_signs_it() -> None:
    # (u120, u121: 「核定提取金额（元） | ___ | 经办人 | ___」 in an approval block: the official signs there, while an
    # applicant's own 经办人 row, with nothing decided before it, stays an item)
    rows = [["住房公积金提取申请审批表", "", "", ""],
            ["申请提取金额（元）", "", "收款银行", ""],
            ["核定提取金额（元）", "", "经办人", ""],
            ["经办人", "", "联系电话", ""]]
    merges = [CellRange(0, 0, 0, 3)]
    assert labels(rows, merges) == ["申请提取金额（元）", "收款银行", "核定提取金额（元）", "经办人", "联系电话"]
    assert C.is_official("经办人：") and not C.is_official("经办人联系电话")


def test_a_tables_number_above_its_title_is_no_title() -> None:
    # (u121: 「表3」 in A1 over 「云岭县2025年基层农技推广体系建设情况统计表」 became the form's title)
    assert C.is_attachment("表3") and C.is_attachment("表一：") and not C.is_attachment("表格")


def test_the_offices_serial_above_an_application_is_a_fill_line() -> None:
    # (u125: 「报名序号：」 above a 公开招聘报名登记表 became a field)
    assert C.is_fill_line("报名序号：") and C.is_fill_line("受理编号：") and not C.is_fill_line("证书编号：")


def test_the_officer_who_handles_a_registration_signs_it() -> None:
    # (u129: 「以下由公安机关交通管理部门填写 › 号牌号码 | ___ | 登记日期 | ___ | 经办民警 | ___」: the officer signs)
    assert C.is_signoff("经办民警") and C.is_signoff("受理民警：") and not C.is_signoff("民警人数")


def test_the_officers_box_first_on_a_row_does_not_end_it() -> None:
    # (u150: 「受理民警 | ___ | 登记日期 | ___ | 号牌号码 | ___」 ended at the officer, and the plate number was lost)
    rows = [["电动自行车注册登记申请表", "", "", "", "", ""],
            ["车主姓名", "", "性别", "", "出生日期", ""],
            ["手机号码", "", "工作单位", "", "", ""],
            ["受理民警", "", "登记日期", "", "号牌号码", ""],
            ["审核人：", "", "", "", "", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 5)])[-2:] == ["登记日期", "号牌号码"]


def test_a_signed_declaration_closes_the_section_above_it() -> None:
    # (u150: the office's 「登记日期 | 号牌号码」 under 「申请人承诺 | 本人承诺……签字」 were the 代理人's)
    rows = [["电动自行车注册登记申请表", "", "", ""],
            ["代理人信息（委托他人代为办理的填写）", "", "", ""],
            ["姓名", "", "联系电话", ""],
            ["申请人承诺", "本人承诺所填信息真实。申请人（代理人）签字：    年  月  日", "", ""],
            ["受理民警", "", "号牌号码", ""]]
    found = fields_of(rows, [CellRange(0, 0, 0, 3), CellRange(1, 0, 1, 3), CellRange(3, 1, 3, 3)])
    assert [(f.label, f.header_path[:-1]) for f in found][-1] == ("号牌号码", [])
    assert found[0].header_path[:-1] == ["代理人信息（委托他人代为办理的填写）"]


def test_water_works_units_are_read() -> None:
    # (u128: 水价（元/吨）, 浊度（NTU）, 余氯（mg/L） and 供水规模（m³/d） had no unit, so a unit could not tell items apart)
    from yitaobiao.layout import unit_in_label

    assert [unit_in_label(t) for t in ("水价（元/吨）", "浊度（NTU）", "余氯（mg/L）", "菌落总数（CFU/mL）")] == \
        ["元/吨", "NTU", "mg/L", "CFU/mL"]
    assert unit_in_label("供水规模（m³/d）") in ("m3/d", "m³/d")


def test_relief_geology_and_metric_units_are_read_in_chinese() -> None:
    # (u284, u287: 灾害规模（万立方米）, 裂缝长度（m）, 经度（°）, 帐篷（顶）, 存栏量（头/只） had no unit; ㎡ showed m2)
    from yitaobiao.layout import unit_in_label

    assert [unit_in_label(t) for t in ("灾害规模（万立方米）", "裂缝长度（m）", "经度（°）", "帐篷（顶）", "棉被（床）",
                                       "存栏量（头/只）", "建筑面积（㎡）", "容积（m³）")] == \
        ["万立方米", "米", "°", "顶", "床", "头/只", "平方米", "立方米"]
    assert unit_in_label("养殖场（户）名称") is None


def test_a_numbered_section_stating_its_unit_and_a_village_line_ending_in_a_number_are_no_items() -> None:
    rows = [["耕地补贴面积核实登记表", "", "", "", "", ""],
            ["          村（社区）          村民小组                    编号：", "", "", "", "", ""],
            ["一、户主基本情况", "", "", "", "", ""],
            ["户主姓名", "", "性别", "", "家庭人口（人）", ""],
            ["二、代领人情况", "", "", "", "", ""],
            ["代领人姓名", "", "与户主关系", "", "联系电话", ""],
            ["三、承包耕地核实情况（单位：亩）", "", "", "", "", ""],
            ["承包地确权面积", "", "实际耕种面积", "", "流转出面积", ""]]
    merges = [CellRange(r, 0, r, 5) for r in (0, 1, 2, 4, 6)]
    paths = [f.header_path for f in fields_of(rows, merges)]
    assert [p[-1] for p in paths] == ["户主姓名", "性别", "家庭人口（人）", "代领人姓名", "与户主关系", "联系电话",
                                      "承包地确权面积", "实际耕种面积", "流转出面积"]
    assert paths[-1] == ["三、承包耕地核实情况（单位：亩）", "流转出面积"]


def test_a_numbered_section_of_opinions_heads_the_items_decided_under_it() -> None:
    rows = [["农户信用等级评定申报表", "", "", ""],
            ["________乡（镇）________村          申报日期：    年  月  日", "", "", ""],
            ["一、户主基本情况", "", "", ""],
            ["户主姓名", "", "联系电话", ""],
            ["二、评定意见", "", "", ""],
            ["村级评定小组意见", "组长（签字）：       年  月  日", "", ""],
            ["评定信用等级", "□AAA  □AA  □A", "核定授信额度（万元）", ""]]
    merges = [CellRange(r, 0, r, 3) for r in (0, 1, 2, 4)] + [CellRange(5, 1, 5, 3)]
    paths = [f.header_path for f in fields_of(rows, merges)]
    assert paths == [["一、户主基本情况", "户主姓名"], ["一、户主基本情况", "联系电话"],
                     ["二、评定意见", "评定信用等级"], ["二、评定意见", "核定授信额度（万元）"]]


def test_a_label_whose_wide_box_prints_a_hint_ends_a_cards_table_of_members() -> None:
    rows = [["慈善救助申请审批表", "", "", "", "", "", ""], ["申请人姓名", "", "性别", "", "", "", ""],
            ["家庭成员情况（不含申请人）", "", "", "", "", "", ""],
            ["姓名", "与申请人关系", "年龄", "工作单位或就读学校", "", "健康状况", "年收入（元）"],
            *[[""] * 7 for _ in range(4)],
            ["申请事由", "（请详细说明家庭困难情况及申请救助的理由，可另附页）", "", "", "", "", ""],
            ["申请救助金额（元）", "", "", "", "开户银行", "", ""]]
    merges = [CellRange(0, 0, 0, 6), CellRange(2, 0, 2, 6), CellRange(3, 3, 3, 4), CellRange(8, 1, 8, 6)]
    assert [f.header_path for f in fields_of(rows, merges)][-3:] == [["申请事由"], ["申请救助金额（元）"], ["开户银行"]]


def test_where_a_certificate_is_stamped_is_not_its_title() -> None:
    grid = Grid("t.docx", "表1", [["序号", "姓名", "身份证号码"], ["1", "", ""]], [], source_format="docx",
                context=["无犯罪记录证明", "兹证明从　　年　月　日至　　年　月　日，未发现以下人员有违法犯罪记录。",
                         "单位名称（电子印章）", "年　月　日"])
    parsed = parse_grid(grid)
    assert parsed is not None and parsed.title == "无犯罪记录证明"


def test_a_unit_line_is_read_where_its_word_starts_a_part_of_the_line() -> None:
    """u136: 「核查单位：____派出所（盖章）」 gave the form the unit 「____派出所(盖章)」; 「填报单位：XX乡    单位：元」
    gave 「XX乡单位:元」."""
    assert C.unit_from_line("核查单位：____派出所（盖章）") is None
    assert C.unit_from_line("填报单位：XX乡    单位：元") == "元"
    assert C.unit_from_line("单位：人、元") == "人、元" and C.unit_from_line("金额单位：万元") == "万元"
    assert C.unit_from_line("（单位：亩）") == "亩"


def test_a_village_line_ending_in_the_applications_number_is_no_item() -> None:
    assert C.is_fill_line("           乡（镇）            村            组                    申请编号：")
    assert C.is_fill_line("___村（社区）___组   房屋编号：") and not C.is_fill_line("村民小组编号")


def test_a_doses_template_to_fill_is_no_header_of_the_rows_below() -> None:
    """u137: 「用法用量 | 每日  次 每次  mg」 ×4 visits was read as a register's header, and the card's last five
    items (药物名称2 … 下次随访日期) as its records."""
    rows = [["高血压患者随访服务记录表", "", "", ""], ["随访日期", "", "", ""],
            ["用药情况", "药物名称1", "", ""], ["", "用法用量", "每日  次 每次  mg", "每日  次 每次  mg"],
            ["", "药物名称2", "", ""], ["", "用法用量", "每日  次 每次  mg", "每日  次 每次  mg"],
            ["下次随访日期", "", "", ""]]
    merges = [CellRange(0, 0, 0, 3), CellRange(2, 0, 5, 0)]
    assert [f.label for f in fields_of(rows, merges)] == ["随访日期", "药物名称1", "用法用量", "药物名称2", "用法用量",
                                                          "下次随访日期"]


def test_a_bracket_inside_a_label_is_no_unit() -> None:
    """u139: 「养殖场（户）名称」 was read as a count of households (unit 户), 「养殖场名称户数」."""
    from yitaobiao.layout import unit_in_label

    assert unit_in_label("养殖场（户）名称") is None and unit_in_label("人数（人）合计") is None
    assert unit_in_label("家庭年收入（万元）") == "万元" and unit_in_label("补贴面积（亩）：") == "亩"
    assert unit_in_label("人口（人）（含户主）") == "人" and unit_in_label("面积（亩）*") == "亩"


def test_a_quarter_with_its_year_left_blank_is_the_reports_period() -> None:
    # (u148: 「填报单位（盖章）： | 年第 季度」 over a 统计表 gave no period, and the form counted as 不定期)
    rows = [["水产养殖尾水治理情况统计表", "", "", ""],
            ["填报单位（盖章）：", "", "", "      年第    季度"],
            ["指标名称", "代码", "计量单位", "本年累计"],
            ["养殖面积", "01", "亩", ""],
            ["尾水达标排放面积", "02", "亩", ""]]
    parsed = parse_grid(Grid(path="t.xlsx", sheet="s", rows=rows, merges=[CellRange(0, 0, 0, 3)]))
    assert parsed is not None and parsed.period == "季报"


def test_a_reviews_box_beside_the_figures_it_verifies_holds_them() -> None:
    # (u152: 「乡镇审核意见 | 核实种植面积（亩） | ___ | 核定补贴金额（元）」 merged over two rows lost both figures)
    rows = [["种粮大户补贴申报审批表", "", "", ""],
            ["申报主体名称", "", "主体类型", ""],
            ["乡镇审核意见", "核实种植面积（亩）", "", "核定补贴金额（元）"],
            ["", "审核人：      （盖章）    年  月  日", "", ""]]
    merges = [CellRange(0, 0, 0, 3), CellRange(2, 0, 3, 0), CellRange(3, 1, 3, 3)]
    assert labels(rows, merges)[-2:] == ["核实种植面积（亩）", "核定补贴金额（元）"]
    assert C.is_decided_figure("认定面积") and not C.is_decided_figure("核实意见")


def test_a_question_citing_a_document_by_its_long_title_is_a_label() -> None:
    # (u166: 「是否存在《村（社区）“两委”成员候选人资格条件负面清单》所列情形 | □是 □否」 was too long to be a label)
    rows = [["候选人资格联审表", "", "", ""],
            ["姓名", "", "性别", ""],
            ["是否存在《村（社区）“两委”成员候选人资格条件负面清单》所列情形", "", "□是（请注明：      ）  □否", ""]]
    merges = [CellRange(0, 0, 0, 3), CellRange(2, 0, 2, 1), CellRange(2, 2, 2, 3)]
    assert labels(rows, merges)[-1].startswith("是否存在《")
    assert labels([["情况表", ""], ["姓名", ""], ["根据本人书面申请经村民小组会议讨论通过后由村委会审核上报的家庭成员情况", ""]])[-1] \
        == "姓名"  # (a sentence that long without a cited title is still no label)
    # (u225: a check asked with its answers beside it, 「是否存在非法拼装、改装电动自行车或提供解除限速、更换大容量蓄电池等服务
    # | □是 □否」 of a 门店检查记录, is an item however long)
    check = "是否存在非法拼装、改装电动自行车或提供解除限速、更换大容量蓄电池等服务"
    assert labels([["检查记录表", "", ""], ["门店名称", "", ""], [check, "□是  □否", ""]])[-1] == check
    assert labels([["检查记录表", "", ""], ["门店名称", "", ""], [check, "", ""]])[-1] == "门店名称"


def test_a_person_named_beside_a_side_label_heads_the_items_after_it() -> None:
    # (u168: 「监测预警（merged down） | 监测人 | 姓名 | ___ | 联系电话 | ___」: 监测人 was read as an item, and the
    # name and phone as 监测预警's)
    rows = [["地质灾害防灾工作明白卡", "", "", "", "", ""],
            ["监测预警", "监测人", "姓名", "", "联系电话", ""],
            ["", "监测方法", "", "", "监测周期", ""],
            ["法定义务人情况", "姓名", "与申请人关系", "身份证号", "联系电话", "履行义务能力"],
            ["", "", "", "", "", ""]]
    merges = [CellRange(0, 0, 0, 5), CellRange(1, 0, 2, 0), CellRange(3, 0, 4, 0)]
    found = fields_of(rows, merges)
    assert [f.header_path for f in found[:2]] == [["监测预警", "监测人", "姓名"], ["监测预警", "监测人", "联系电话"]]
    assert "监测人" not in [f.label for f in found]
    # (a group's own first column, 姓名 beside 与申请人关系, is an item, never the group's person)
    assert [f.label for f in found if f.row == 3][:2] == ["姓名", "与申请人关系"]


def test_the_day_under_a_stamp_is_no_item() -> None:
    # (u168: 「本卡发放单位（盖章）： | 持卡人：」 then 「发卡日期：   年  月  日」 made an item 发卡日期)
    rows = [["防灾避险明白卡", "", "", ""],
            ["户主姓名", "", "家庭人数", ""],
            ["本卡发放单位（盖章）：", "", "持卡人：", ""],
            ["发卡日期：      年    月    日", "", "", ""]]
    merges = [CellRange(0, 0, 0, 3), CellRange(3, 0, 3, 3)]
    assert labels(rows, merges) == ["户主姓名", "家庭人数"]
    # (the same line among the card's rows is its own item's blanks, as before)
    rows = [["登记表", "", "", ""], ["姓名", "", "性别", ""], ["登记日期：    年  月  日", "", "", ""], ["住址", "", "", ""]]
    assert "住址" in labels(rows, [CellRange(0, 0, 0, 3)])


def test_a_rate_per_person_and_month_with_a_dot_is_a_unit() -> None:
    # (u167: 「发放标准（元/人·月）」 had no unit while 「补贴标准（元/亩）」 had one)
    from yitaobiao.layout import unit_in_label

    assert unit_in_label("发放标准（元/人·月）") == "元/人/月" and unit_in_label("补助标准（元/人•年）") == "元/人/年"
    # (wf27: 「2011年村干部人均工资待遇（万元/年）」 lost its unit on the 一套表's 指标 sheet)
    assert unit_in_label("2011年村干部人均工资待遇（万元/年）") == "万元/年"
    assert unit_in_label("2009年6月份以来建立完善村制度数（项）") == "项"  # (wf28)
    assert unit_in_label("心率（次/分钟）") == "次/分钟"  # (u304: a 随访 card's heart rate had none)
    # (u313: a 河湖 划界 table's 公告牌数量（块） and 管理范围面积（平方公里）)
    assert unit_in_label("公告牌数量（块）") == "块" and unit_in_label("管理范围面积（平方公里）") == "平方公里"


def test_a_register_clerk_signs_the_footer() -> None:
    # (u166: 「登记员： | 审核人： | 村民选举委员会（盖章）」 under a 选民登记册 made an item 登记员)
    assert C.is_footer("登记员：") and C.is_footer("录入员：") and not C.is_footer("登记员姓名")


def test_a_count_beside_a_part_on_a_card_is_no_part_of_its_whole() -> None:
    """u309: 「其中委托投票人数 | ___ | 应选职数 | ___」 on a 选举结果报告单 made 应选职数 a part of 参加投票人数, the whole of
    the part before it; 「其中：男 | ___ | 女」 is still one count's two parts."""
    rows = [["选举结果报告单", "", "", ""], ["登记选民数（人）", "", "参加投票人数（人）", ""], ["其中委托投票人数", "", "应选职数", ""],
            ["户籍人口", "", "其中：男", ""], ["女", "", "", ""]]
    paths = {f.label: f.header_path for f in fields_of(rows, [CellRange(0, 0, 0, 3)])}
    assert paths["应选职数"] == ["应选职数"] and paths["其中委托投票人数"] == ["参加投票人数（人）", "其中委托投票人数"]
    rows = [["登记表", "", "", "", "", ""], ["户籍人口", "", "其中：男", "", "女", ""]]
    assert {f.label: f.header_path for f in fields_of(rows, [CellRange(0, 0, 0, 5)])}["女"] == ["户籍人口", "女"]


def test_the_answers_a_note_lists_are_its_items_choices() -> None:
    """wf54: 「儿童类别（1-6）」 of a 困境儿童 台账 defines its six kinds only in the note under the table, and the cadre's
    「留守儿童」 went to the department as typed; 「健康状况：健康；一般或较弱……」 and 「户籍性质：农村；城镇。」 too."""
    rows = [["困境儿童和农村留守儿童台账", "", "", "", ""], ["序号", "姓名", "户籍性质", "健康状况", "儿童类别（1-6）"],
            ["1", "", "", "", ""], ["2", "", "", "", ""],
            ["注：1.健康状况：健康；一般或较弱；慢性病；重病；残疾。", "", "", "", ""],
            ["    2.儿童类别：（1）孤儿。指失去父母的未成年人。（2）事实无人抚养儿童。指……（3）农村留守儿童。指……", "", "", "", ""],
            ["    3.户籍性质：农村；城镇。4.联系电话：填写手机号码，不得填写座机。", "", "", "", ""]]
    options = {f.label: f.options for f in fields_of(rows)}
    assert options == {"姓名": [], "户籍性质": ["□农村□城镇"], "健康状况": ["□健康□一般或较弱□慢性病□重病□残疾"],
                       "儿童类别（1-6）": ["□孤儿□事实无人抚养儿童□农村留守儿童"]}
    assert C.choices_in_notes("注：本表由村填报，每季度更新一次。") == {}


def test_a_period_left_blank_is_a_fill_line_and_names_the_cycle() -> None:
    """u307: 「统计时段：  年  月  日至  月  日」 over a 专项检查情况统计表 was read as an item, and 「        年  季度」 beside
    填报单位 left a 实施情况统计表 不定期 (u306 too)."""
    rows = [["学生营养改善计划实施情况统计表", "", "", "", ""], ["填报单位（盖章）：", "", "", "        年  季度", ""],
            ["指标名称", "计量单位", "代码", "本期", "上年同期"], ["甲", "乙", "丙", "1", "2"],
            ["受益学生人数", "人", "01", "", ""], ["供餐天数", "天", "02", "", ""]]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, []))
    assert parsed is not None and parsed.period == "季报"
    # (u320: 「统计时间：2026年　　季度」 beside 填报单位 on a csv's line)
    rows[1][3] = "统计时间：2026年\u3000\u3000季度"
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, []))
    assert parsed is not None and parsed.period == "季报"
    # (u399: 「结算期间：　年　月」 over a 医保结算台账 names the month it settles)
    rows[1][3] = "结算期间：　　年　　月"
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, []))
    assert parsed is not None and parsed.period == "月报"
    # (u375, u373: 「填报单位：    县（市、区）民政局    2026年  季度」 in one cell: the period is no part of the unit)
    rows[1] = ["填报单位：            县（市、区）民政局            2026年  季度", "", "", "", ""]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, []))
    assert parsed is not None and parsed.period == "季报" and parsed.reporting_unit == "县(市、区)民政局"
    # (u413: 「填报单位（盖章）：　　　截至　　年　月　日」: the date the register stands at is no unit)
    rows[1] = ["填报单位（盖章）：                  截至     年   月   日", "", "", "", ""]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, []))
    assert parsed is not None and not parsed.reporting_unit
    # (u375: 「统计时段：2026年10月1日至12月31日」 covers a quarter: whole months from a first day to a last one)
    rows[1] = ["派出所（盖章）：            统计时段：2026年10月1日至12月31日", "", "", "", ""]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, []))
    assert parsed is not None and parsed.period == "季报"
    from yitaobiao.layout import period_kind
    assert period_kind("2026年3月1日至3月31日") == "月报" and period_kind("2026年1月1日至2026年12月31日") == "年报"
    assert period_kind("2026年3月5日至3月31日") is None
    rows[1] = ["填报单位：", "", "", "", ""]
    rows[1][3] = "统计时段：  年  月  日至  月  日"
    assert labels(rows) == ["受益学生人数", "供餐天数"]
    # (u311: 「公示期：   年  月  日至   年  月  日」 over a 理赔结果公示表; a bare 公示时间 column stays an item)
    assert C.is_fill_line("公示期：   年  月  日至   年  月  日") and not C.is_fill_line("公示时间")
    assert not C.is_period_text("年度")  # (a register's 年度 column stays a column)


def test_the_office_keeping_a_register_is_a_fill_line() -> None:
    """u303: 「受理窗口：      乡（镇）人民政府便民服务中心」 over a 宅基地申请受理登记簿 was read as an item; it names the
    town's office keeping the copy, its town in the blank. An address with its levels printed stays an item."""
    rows = [["农村宅基地申请受理登记簿", "", "", ""], ["受理窗口：          乡（镇）人民政府便民服务中心", "", "", ""],
            ["序号", "申请人", "公民身份号码", "联系电话"], ["1", "", "", ""], ["2", "", "", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 3), CellRange(1, 0, 1, 3)]) == ["申请人", "公民身份号码", "联系电话"]
    assert not C.is_fill_line("户籍地址：      乡（镇）") and not C.is_fill_line("受理窗口：便民服务中心")


def test_whoever_did_the_check_signs_under_the_card() -> None:
    """u301: 「考核人： | 联系电话：」 under the 意见 rows of an 应征公民政治考核表 were read as two items of the card."""
    rows = [["应征公民政治考核表", "", "", ""], ["姓名", "", "性别", ""], ["有无违法犯罪记录", "", "", ""],
            ["派出所意见", "（盖章）\n年  月  日", "", ""], ["考核人：", "", "联系电话：", ""]]
    merges = [CellRange(0, 0, 0, 3), CellRange(2, 1, 2, 3), CellRange(3, 1, 3, 3), CellRange(4, 0, 4, 1),
              CellRange(4, 2, 4, 3)]
    assert labels(rows, merges) == ["姓名", "性别", "有无违法犯罪记录"]
    assert C.is_footer("检查人：") and not C.is_footer("检查人员")


def test_a_unit_printed_in_the_box_and_an_answer_printed_for_the_copy_are_no_labels() -> None:
    # (wf27: a Word 建设用地征询 card read 「用地总面积 | 公顷」 as an item 公顷 under a group 用地总面积, 「用地项目所涉及
    # 部门 | 公路部门」 as an item 公路部门, and 「备注 | ____号规划用地范围图____红线图」 as an item; the four
    # departments' copies each asked 项目净用地 twice)
    rows = [["建设用地项目征询意见表", "", "", "", ""],
            ["申请用地单位", "", "", "", ""],
            ["用地总面积", "公顷", "", "", ""],
            ["项目净用地", "", "         公顷", "净出让用地", "       公顷"],
            ["用地项目所涉及部门", "公路部门", "", "", ""],
            ["备注", "__________号规划用地范围图___________红线图", "", "", ""]]
    merges = [CellRange(0, 0, 0, 4), CellRange(1, 1, 1, 4), CellRange(2, 1, 2, 4), CellRange(3, 0, 3, 1),
              CellRange(4, 1, 4, 4), CellRange(5, 1, 5, 4)]
    found = fields_of(rows, merges)
    assert [f.label for f in found] == ["申请用地单位", "用地总面积", "项目净用地", "净出让用地", "用地项目所涉及部门", "备注"]
    assert [f.unit for f in found[1:4]] == ["公顷", "公顷", "公顷"]
    # (a label ending a row of several, its box inside its own cell, is still a label)
    rows = [["核算方式", "□独立核算 □非独立核算", "", "从业人数", "", "     其中外籍人数", "", ""]]
    assert labels(rows, [CellRange(0, 5, 0, 7)])[-1].strip() == "其中外籍人数"


def test_a_total_row_above_the_footer_makes_no_table_of_categories() -> None:
    # (u172: 「合计」 over 「审核人： 填表人：」 and 「说明：…」 made a 危房改造对象花名册 a table of printed categories,
    # an 汇总表 whose 家庭人口 and 建筑面积 met no household's)
    rows = [["危房改造对象花名册", "", "", ""], ["序号", "户主姓名", "身份证号码", "家庭人口（人）"],
            *[["", "", "", ""] for _ in range(4)],
            ["合计", "", "", ""], ["审核人：          填表人：          联系电话：", "", "", ""],
            ["说明：1.对象类别填写低保户、分散供养特困人员之一；2.日期格式为2024-05-01。", "", "", ""]]
    merges = [CellRange(0, 0, 0, 3), CellRange(7, 0, 7, 3), CellRange(8, 0, 8, 3)]
    parsed = parse_grid(Grid(path="t.xlsx", sheet="s", rows=rows, merges=merges))
    assert parsed is not None and not parsed.category_rows
    # (printed categories above the footer still are)
    rows[2:6] = [["合计", "", "", ""], ["其中：低保户", "", "", ""], ["特困人员", "", "", ""], ["其他", "", "", ""]]
    parsed = parse_grid(Grid(path="t.xlsx", sheet="s", rows=rows, merges=merges))
    assert parsed is not None and parsed.category_rows


def test_a_cards_serial_beside_its_place_blanks_is_where_it_is_filled() -> None:
    # (u169: 「乡（镇）：   村： | 登记序号：第    号」 over a 流转合同备案登记表 was read as a register's header, and the
    # card's first section 「一、流出方（承包方）基本情况」 as an item under it)
    rows = [["农村土地经营权流转合同备案登记表", "", "", ""],
            ["乡（镇）：                 村：", "", "登记序号：第        号", ""],
            ["一、流出方（承包方）基本情况", "", "", ""],
            ["承包方代表姓名", "", "公民身份号码", ""],
            ["联系电话", "", "家庭住址", ""]]
    merges = [CellRange(0, 0, 0, 3), CellRange(1, 0, 1, 1), CellRange(1, 2, 1, 3), CellRange(2, 0, 2, 3)]
    found = fields_of(rows, merges)
    assert [f.label for f in found] == ["承包方代表姓名", "公民身份号码", "联系电话", "家庭住址"]
    assert found[0].header_path == ["一、流出方（承包方）基本情况", "承包方代表姓名"]


def test_the_reporting_hospitals_line_over_a_card_is_where_it_is_filled() -> None:
    # (u175: 「医院名称： | 医院编码：□□□□□□□□□」 over a 出生缺陷儿登记卡 became two items, and the card a register of units)
    rows = [["医疗机构出生缺陷儿登记卡", "", "", ""], ["医院名称：", "", "医院编码：□□□□□□□□□", ""],
            ["产妇情况", "", "", ""], ["住院号", "", "产妇姓名", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 3), CellRange(2, 0, 2, 3)]) == ["住院号", "产妇姓名"]


def test_a_meetings_date_line_and_a_checklist_item_with_its_note() -> None:
    # (u174: 「乡（镇）：  村：  项目名称： | 村民（代表）会议议事日期：  年 月 日 | 单位：元、工日」 over a 筹资筹劳台账 made
    # two items, 村民会议议事日期 and 单位:元、工日; u176: 「5.是否按规定留样（每餐次每个品种不少于125克，留存48小时以上）」
    # beside its □是 □否 was too long to be a label)
    rows = [["村民一事一议筹资筹劳台账", "", "", ""],
            ["乡（镇）：      村：      项目名称：", "村民（代表）会议议事日期：    年  月  日", "", "单位：元、工日"],
            ["序号", "户主姓名", "应筹资金额", "实缴金额"], ["1", "", "", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 3), CellRange(1, 1, 1, 2)]) == ["户主姓名", "应筹资金额", "实缴金额"]
    rows = [["食品安全监督检查记录表", "", ""], ["被检查单位名称", "", ""],
            ["5.是否按规定留样（每餐次每个品种不少于125克，留存48小时以上）", "□是 □否", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 2)])[-1].startswith("5.是否按规定留样")


def test_rows_a_statistics_system_numbers_are_its_categories() -> None:
    # (wf30: a 高基 table, 「博士生 | 01」, 「硕士生 | 02」 … under a 编号 column, with or without a 总计 first and with
    # the template's own zeros in some cells, became a 分类汇总 sheet of the 一套表 no row of which split could tell)
    head = [["学生变动情况", "", "", ""], ["", "编号", "招生", "毕业"], ["甲", "乙", "1", "2"]]
    rows = [*head, ["博士生", "01", "", ""], ["硕士生", "02", "", "0"], ["普通本科生", "03", "", ""],
            ["普通专科生", "04", "", ""]]
    parsed = parse_grid(Grid(path="t.xls", sheet="s", rows=rows, merges=[CellRange(0, 0, 0, 3)]))
    assert parsed is not None and parsed.category_rows
    # (a numbered 「总 计 | 01」 over blank rows is one too: wf31's gj222 took records above its total)
    rows = [*head, ["总 计", "01", "", ""], *[["", "", "", ""] for _ in range(6)], ["港澳台", "33", "", ""]]
    parsed = parse_grid(Grid(path="t.xls", sheet="s", rows=rows, merges=[CellRange(0, 0, 0, 3)]))
    assert parsed is not None and parsed.category_rows
    # (a register of villages numbered by its 编号 column still lists villages)
    rows = [*head, ["东岭村", "01", "", ""], ["西溪村", "02", "", ""], ["南山村", "03", "", ""]]
    parsed = parse_grid(Grid(path="t.xls", sheet="s", rows=rows, merges=[CellRange(0, 0, 0, 3)]))
    assert parsed is not None and not parsed.category_rows


def test_a_registration_date_on_a_record_and_a_stamping_offices_name() -> None:
    # (wf30: a 婚姻信息查询结果's 「登记日期 | ___」 between 登记机关 and 登记类型 is when the couple registered, an item
    # however 登记日期： heads a form's copy; 「经办人签字： | 单位名称： | （加盖公章）」 in a 民政部门's box is its signature,
    # and its 单位名称 had become a 家长单位名称 of the 一套表)
    rows = [["姓名", "", "身份证号码", ""], ["登记机关", "", "", ""], ["登记日期", "", "", ""], ["登记类型", "", "", ""]]
    assert labels(rows) == ["姓名", "身份证号码", "登记机关", "登记日期", "登记类型"]
    rows = [["学生家庭情况调查表", "", "", ""], ["姓名", "", "性别", ""], ["家庭人口数", "", "联系电话", ""],
            ["签章", "学生本人", "民政部门", ""], ["", "", "经办人签字：", ""], ["", "", "", ""],
            ["", "", "单位名称：", ""], ["", "", "（加盖公章）", ""], ["", "", "   年  月  日", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 3)]) == ["姓名", "性别", "家庭人口数", "联系电话"]


def test_a_persons_suggestions_are_asked_of_them() -> None:
    # (u187: 「对今后培训的意见建议 | ___」 on a trainee's 跟踪调查表 was dropped as an office's 意见 box to sign)
    rows = [["姓名", "", "联系电话", ""], ["对今后培训的意见建议", "", "", ""], ["村委会意见", "（盖章）  年 月 日", "", ""]]
    assert labels(rows) == ["姓名", "联系电话", "对今后培训的意见建议"]


def test_a_census_cards_numbered_answers_and_units_after_the_box() -> None:
    # (u189: a 单位清查表's 「07 主要业务活动 | 1.　2.　3.」 and 「08 单位类型 | □1.法人单位 □2.产业活动单位」 rows were read
    # as a header over 「11 开业（成立）时间」, five items lost; the 人 and 千元 printed after boxes were items)
    rows = [["单位清查表", "", "", "", "", ""],
            ["06 联系电话", "", "", "", "", ""],
            ["07 主要业务活动", "", "1.      2.      3.", "", "行业代码（普查机构填写）", ""],
            ["08 单位类型", "", "□1.法人单位  □2.产业活动单位", "", "", ""],
            ["10 运营状态", "", "□1.营业  □2.停业（歇业）  □9.其他", "", "", ""],
            ["11 开业（成立）时间", "", "   年   月", "12 从业人员期末人数", "", "人"],
            ["13 上年营业收入", "", "", "千元", "", ""],
            ["单位负责人：      统计负责人：      填表人：      报出日期：   年  月  日", "", "", "", "", ""]]
    merges = [CellRange(0, 0, 0, 5), *(CellRange(r, 0, r, 1) for r in range(1, 7)), CellRange(7, 0, 7, 5)]
    found = fields_of(rows, merges)
    assert [f.label for f in found] == ["06 联系电话", "07 主要业务活动", "行业代码（普查机构填写）", "08 单位类型",
                                        "10 运营状态", "11 开业（成立）时间", "12 从业人员期末人数", "13 上年营业收入"]
    assert all(len(f.header_path) == 1 for f in found)
    assert [f.unit for f in found[-2:]] == ["人", "千元"]


def test_men_and_women_under_a_count_are_columns_of_their_own() -> None:
    # (u194: 「流入人口 › 性别 › 男 | 女」 of a village table became one 性别 to tick; a roster's 「性别 › 男 | 女」 still is)
    rows = [["村（社区）", "流入人口", "", "", "办理居住证（张）"],
            ["", "合计（人）", "性别", "", ""],
            ["", "", "男", "女", ""],
            ["东关村", "", "", "", ""]]
    merges = [CellRange(0, 0, 2, 0), CellRange(0, 1, 0, 3), CellRange(1, 1, 2, 1), CellRange(1, 2, 1, 3),
              CellRange(0, 4, 2, 4)]
    assert labels(rows, merges) == ["村（社区）", "合计（人）", "男", "女", "办理居住证（张）"]
    rows = [["姓名", "性别", "", "身份证号"], ["", "男", "女", ""], ["", "", "", ""]]
    merges = [CellRange(0, 0, 1, 0), CellRange(0, 1, 0, 2), CellRange(0, 3, 1, 3)]
    assert labels(rows, merges) == ["姓名", "性别", "身份证号"]
    # (u247: 「本年末人数中 › 按性别 › 男 | 女」 of a 社区 summary: among those counted)
    rows = [["社区（村）", "本年末人数中", "", "本年新增"],
            ["", "按性别", "", ""],
            ["", "男", "女", ""],
            ["东关社区", "", "", ""]]
    merges = [CellRange(0, 0, 2, 0), CellRange(0, 1, 0, 2), CellRange(1, 1, 1, 2), CellRange(0, 3, 2, 3)]
    assert labels(rows, merges) == ["社区（村）", "男", "女", "本年新增"]


def test_two_units_under_one_merged_label_stand_at_their_own_cells() -> None:
    # (the fuzz test's grid: 「姓名」 merged over two columns with 「（元）」 under each made a field inside the merge,
    # a cell the sheet does not print)
    rows = [["姓名", "蔬菜合计", "", ""], ["", "亩", "百公斤", ""], ["张三", "", "", ""]]
    merges = [CellRange(0, 0, 1, 0), CellRange(0, 1, 0, 2)]
    found = [(f.row, f.col, f.label) for f in fields_of(rows, merges)]
    assert found == [(0, 0, "姓名"), (0, 1, "蔬菜合计（亩）"), (1, 2, "蔬菜合计（百公斤）")]


def test_a_fire_permits_hours_and_a_spot_named_in_the_place_blanks_are_no_labels() -> None:
    # (u199: 「用火地点 | 村　组（小地名：　）」 and 「拟用火时间 | 年 月 日 时 分至 时 分」 on a 野外用火审批表 became items)
    rows = [["申请人", "", "联系电话", ""], ["用火地点", "      村      组（小地名：      ）", "", ""],
            ["拟用火时间", "    年   月   日   时   分至   时   分", "", ""]]
    merges = [CellRange(1, 1, 1, 3), CellRange(2, 1, 2, 3)]
    assert labels(rows, merges) == ["申请人", "联系电话", "用火地点", "拟用火时间"]


def test_a_row_of_answers_under_a_registers_header_is_no_card() -> None:
    """u212: 「□是 □否 | ①限期送离 ②收容 ③办理登记 ④其他」 printed once under a register's header made it a card: its
    group headers and fill lines became items, its 乡镇 and 村 columns were lost."""
    rows = [["禁养区烈性犬排查登记表", "", "", "", "", ""],
            ["排查单位：", "", "", "", "排查时间：   年  月  日", ""],
            ["序号", "乡镇（街道）", "饲养人姓名", "犬只品种", "是否办理养犬登记", "处置措施"],
            ["", "", "", "", "□是  □否", "①限期送离 ②收容 ③办理登记 ④其他"],
            ["", "", "", "", "", ""], ["", "", "", "", "", ""]]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, []))
    assert parsed is not None and parsed.layout == "list"
    assert [f.label for f in parsed.fields] == ["乡镇（街道）", "饲养人姓名", "犬只品种", "是否办理养犬登记", "处置措施"]
    # (u515: under a three-level header the legend was read as a fourth level, and the boxes became the labels;
    # they are the answers of the labels above)
    rows = [["履约情况抽查登记表", "", "", "", ""], ["序号", "姓名", "履约情况", "", ""],
            ["", "", "电话回访", "", ""], ["", "", "是否知晓签约医生", "近一年是否接受过随访", "满意度"],
            ["", "", "□是 □否", "□是 □否", "□满意 □基本满意 □不满意"], ["", "", "", "", ""], ["", "", "", "", ""]]
    merges = [(1, 2, 1, 4), (2, 2, 2, 4), (1, 0, 3, 0), (1, 1, 3, 1)]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, [CellRange(*m) for m in merges]))
    assert parsed is not None and [f.label for f in parsed.fields] == ["姓名", "是否知晓签约医生", "近一年是否接受过随访", "满意度"]
    assert parsed.fields[1].options == ["□是 □否"] and parsed.fields[1].header_path[:-1] == ["履约情况", "电话回访"]


def test_a_row_of_lists_and_boxes_under_a_registers_header_is_its_answers() -> None:
    """u574: 「化制/深埋/焚烧/发酵 | □是 □否」 printed once under a 病死畜禽无害化处理登记台账's header made it a card:
    its group headers and the list became items, its 乡镇 and 数量 columns were lost."""
    rows = [["病死畜禽无害化处理登记台账", "", "", "", "", "", ""],
            ["序号", "养殖场户信息", "", "无害化处理情况", "", "保险情况", ""],
            ["", "所在乡镇", "养殖场（户）名称", "处理方式", "处理日期", "是否参保", "保单号"],
            ["", "", "", "化制/深埋/焚烧/发酵", "", "□是  □否", ""],
            ["", "", "", "", "", "", ""], ["", "", "", "", "", "", ""]]
    merges = [(1, 1, 1, 2), (1, 3, 1, 4), (1, 5, 1, 6), (1, 0, 2, 0)]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, [CellRange(*m) for m in merges]))
    assert parsed is not None and parsed.layout == "list"
    assert [f.label for f in parsed.fields] == ["所在乡镇", "养殖场（户）名称", "处理方式", "处理日期", "是否参保", "保单号"]
    assert parsed.fields[2].header_path == ["无害化处理情况", "处理方式"]


def test_a_title_with_the_tables_number_beside_it_is_the_title() -> None:
    """u570: 「××县…完成情况表 | 表号：移扶3表」 over 制定机关 and 有效期至 stacked on the right: the title row was
    read as the header's first level, and every column's path began with the title and the 填报单位 line."""
    rows = [["××县移民村后期扶持项目计划及完成情况表", "", "", "表    号：移扶3表"],
            ["", "", "", "制定机关：××县水库移民管理局"], ["", "", "", "有效期至：2027年12月"],
            ["填报单位（盖章）：", "", "", "单位：万元、户、人"],
            ["序号", "项目名称", "建设地点", "受益户数"], ["", "", "", ""], ["", "", "", ""]]
    parsed = parse_grid(Grid("t.xls", "Sheet1", rows, [CellRange(0, 0, 1, 2)]))
    assert parsed is not None and parsed.title == "××县移民村后期扶持项目计划及完成情况表"
    assert [f.header_path for f in parsed.fields] == [["项目名称"], ["建设地点"], ["受益户数"]]
    assert parsed.unit == "万元、户、人"


def test_dashed_sections_bare_footer_keys_and_a_towns_fill_line() -> None:
    """u205: 「一、拆除任务完成情况 | — | —」 is a section of an indicator table; u206: 「填表人 | | 审核人（签字）」
    closes a card; u207: 「年审年度：    年（审核上年度安排情况）」 and u211: 「乡镇（街道）： | 巡查组：」 say who fills
    the copy and for which year."""
    table = [["指标名称", "计量单位", "代码", "本期"], ["甲", "乙", "丙", "1"],
             ["一、拆除任务完成情况", "—", "—", ""], ["计划拆除户数", "户", "01", ""],
             ["二、补助资金情况", "-", "/", ""], ["上级下达补助资金", "万元", "02", ""]]
    assert labels(table) == ["计划拆除户数", "上级下达补助资金"]
    card = [["申请人", "", "联系电话", ""], ["活动内容", "", "", ""], ["填表人", "", "审核人（签字）", ""]]
    assert labels(card) == ["申请人", "联系电话", "活动内容"]
    assert C.is_fill_line("年审年度：      年（审核上年度安排情况）")
    # (u220: a day's hours and a deadline's blanks are answer boxes; 「村民小组：    组」 over a card its fill line)
    assert C.is_date_placeholder("时  分 至  时  分") and C.is_date_placeholder("    年  月  日前整改完毕")
    assert not C.is_date_placeholder("整改时限") and not C.is_date_placeholder("出生年月")
    assert C.is_fill_line("村民小组：      组") and not C.is_fill_line("村民小组：张家组")
    assert not C.is_fill_line("所在村民小组：      组")
    register = [["乡镇（街道）：", "", "", "巡查组：", ""], ["序号", "巡查日期", "村", "户主姓名", "联系电话"],
                ["1", "", "", "", ""]]
    assert labels(register) == ["巡查日期", "村", "户主姓名", "联系电话"]


def test_a_new_block_down_the_side_closes_the_section_row_inside_the_last() -> None:
    """u235: 「申请人情况（merged down） | 代理人」 then 「不动产情况（merged down） | 坐落」 of a 不动产登记申请书: the parcel's
    坐落 and 宗地面积 were read as the 代理人's, and never met a register's."""
    rows = [["申请人情况", "权利人", "", "", "", ""],
            ["", "姓名", "", "", "证件号码", ""],
            ["", "代理人", "", "", "", ""],
            ["", "姓名", "", "", "联系电话", ""],
            ["不动产情况", "坐落", "", "", "", ""],
            ["", "宗地面积（㎡）", "", "", "房屋用途", ""]]
    merges = [CellRange(0, 0, 3, 0), CellRange(0, 1, 0, 5), CellRange(2, 1, 2, 5), CellRange(4, 0, 5, 0),
              CellRange(4, 2, 4, 5)]
    paths = {f.label: f.header_path for f in fields_of(rows, merges) if f.row >= 3}
    assert "代理人" in paths["联系电话"] and "代理人" not in paths["坐落"] and "代理人" not in paths["房屋用途"]


def test_an_item_asked_alone_across_the_card_after_a_persons_rows_is_the_cards_own() -> None:
    """u240, u237: 「紧急联系人情况 › 姓名 | 与本人关系 | 联系电话」 then 「服务期间主要工作表现 | ___」 across the card had
    made the work record the contact's; the contact's address asked on a row of its own stays the contact's."""
    rows = [["姓名", "", "性别", "", "出生年月", ""],
            ["紧急联系人情况", "", "", "", "", ""],
            ["姓名", "", "与本人关系", "", "联系电话", ""],
            ["家庭住址", "", "", "", "", ""],
            ["服务期间主要工作表现", "", "", "", "", ""],
            ["期满后就业意向", "□报考公务员 □企业就业 □自主创业", "", "", "", ""]]
    merges = [CellRange(1, 0, 1, 5), CellRange(3, 1, 3, 5), CellRange(4, 1, 4, 5), CellRange(5, 1, 5, 5)]
    paths = {(f.row, f.label): f.header_path for f in fields_of(rows, merges)}
    assert paths[(2, "联系电话")] == ["紧急联系人情况", "联系电话"] and paths[(3, "家庭住址")][0] == "紧急联系人情况"
    assert paths[(4, "服务期间主要工作表现")] == ["服务期间主要工作表现"]
    assert paths[(5, "期满后就业意向")] == ["期满后就业意向"]


def test_a_row_asking_none_of_a_persons_items_after_their_section_is_the_cards_own() -> None:
    """u414: 「消防安全管理人」 across a Word card over 「姓名 | 证件号码」 and 「联系电话」, then 「建筑面积（㎡） | ___ | 使用面积（㎡）
    | ___」: the place's areas and floors had been read as the 消防安全管理人's. A row of a person's items (性别 | 出生日期)
    stays in the section."""
    rows = [["场所名称", "", "统一社会信用代码", ""],
            ["消防安全管理人", "", "", ""],
            ["姓名", "", "证件号码", ""],
            ["性别", "", "出生日期", ""],
            ["联系电话", "", "", ""],
            ["建筑面积（㎡）", "", "使用面积（㎡）", ""],
            ["建筑层数", "", "场所所在楼层", ""]]
    merges = [CellRange(1, 0, 1, 3), CellRange(4, 1, 4, 3)]
    paths = {f.label: f.header_path for f in fields_of(rows, merges)}
    assert paths["证件号码"] == ["消防安全管理人", "证件号码"] and paths["出生日期"] == ["消防安全管理人", "出生日期"]
    assert paths["联系电话"] == ["消防安全管理人", "联系电话"]
    assert paths["使用面积（㎡）"] == ["使用面积（㎡）"] and paths["场所所在楼层"] == ["场所所在楼层"]


def test_words_under_a_group_on_a_table_of_places_head_counts() -> None:
    """u240: 「乡镇 | 服务期满人数 | 期满考核结果 › 优秀 | 合格 | 不合格」 of a county's table read the three count columns
    as options of one 期满考核结果 to tick (and met a graduate's own 期满考核结果); a roster's 认定等级 › 特困 | 困难
    still is one item to tick."""
    rows = [["乡镇", "服务期满人数", "期满考核结果", "", "", "备注"],
            ["", "", "优秀", "合格", "不合格", ""],
            ["城关镇", "", "", "", "", ""]]
    merges = [CellRange(0, 0, 1, 0), CellRange(0, 1, 1, 1), CellRange(0, 2, 0, 4), CellRange(0, 5, 1, 5)]
    assert labels(rows, merges)[-4:] == ["优秀", "合格", "不合格", "备注"]
    rows = [["乡镇", "姓名", "认定等级", "", ""], ["", "", "特困", "困难", "一般"], ["", "", "", "", ""]]
    merges = [CellRange(0, 0, 1, 0), CellRange(0, 1, 1, 1), CellRange(0, 2, 0, 4)]
    assert labels(rows, merges) == ["乡镇", "姓名", "认定等级"]


def test_a_financial_statements_compiler_line_states_its_unit() -> None:
    """u331: 「编报单位：城关县财政局　2026年1-12月 | 单位：万元」 over a 资金收支情况统计表 was read as neither a filler line
    nor the unit line beside it: the table's amounts had no unit. 编制单位 heads a 会计报表 the same way."""
    for who in ("编报单位：城关县财政局            2026年1-12月", "编制单位：城关县住建局"):
        rows = [["保障性安居工程资金收支情况统计表", "", "", ""], [who, "", "", "单位：万元"],
                ["项目", "行次", "本年", "上年同期"], ["中央补助资金", "1", "", ""], ["省级补助资金", "2", "", ""]]
        parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, [CellRange(0, 0, 0, 3), CellRange(1, 0, 1, 2)]))
        assert parsed is not None and parsed.unit == "万元" and [f.label for f in parsed.fields] == ["中央补助资金", "省级补助资金"]


def test_an_approvals_section_beside_what_it_decides_keeps_the_items() -> None:
    """u342: 「审批情况 | 核准救助金额（元） | ___ | 发放方式 | □现金 □实物」 of a 临时救助申请审批表 was taken for a box to
    sign, and both items went with it; an 审批情况 box alone is still no item."""
    rows = [["临时救助申请审批表", "", "", "", ""], ["姓名", "", "性别", "", ""],
            ["审批情况", "核准救助金额（元）", "", "发放方式", "□社会化发放 □现金 □实物"],
            ["填表人：", "", "", "", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 4)]) == ["姓名", "性别", "核准救助金额（元）", "发放方式"]
    rows = [["临时救助申请审批表", "", "", ""], ["姓名", "", "性别", ""], ["审批情况", "", "", ""], ["填表人：", "", "", ""]]
    assert "审批情况" not in labels(rows, [CellRange(0, 0, 0, 3), CellRange(2, 1, 2, 3)])


def test_a_main_indicators_group_over_a_registers_columns_is_no_indicator_table() -> None:
    """u339: 「主要指标」 merged over 「营业收入（万元） › 本年 | 上年 | 从业人员期末人数」 of a 名录库单位增减变动情况表
    made the register a table of indicators, and only its 备注 was read (13 of 14 columns lost)."""
    rows = [["“四上”企业名录库单位增减变动情况表", "", "", "", "", ""],
            ["序号", "单位详细名称", "变动类型", "主要指标", "", "", ],
            ["", "", "", "营业收入（万元）", "", "从业人员期末人数（人）"],
            ["", "", "", "本年", "上年", ""],
            ["1", "", "", "", "", ""]]
    merges = [CellRange(0, 0, 0, 5), CellRange(1, 0, 3, 0), CellRange(1, 1, 3, 1), CellRange(1, 2, 3, 2),
              CellRange(1, 3, 1, 5), CellRange(2, 3, 2, 4), CellRange(2, 5, 3, 5)]
    assert labels(rows, merges) == ["单位详细名称", "变动类型", "本年", "上年", "从业人员期末人数（人）"]


def test_a_coded_section_heading_naming_nothing_counted_is_a_section() -> None:
    """u377: 「一、参保情况 | | 01」 over 「参加工伤保险人数 | 人 | 02」 of a 人社统 table: the heading numbered in the
    code column all the same was an indicator, five of them on two tables. A coded 一、 row that counts (「一、年末总
    户数」) or prints its unit stays an indicator."""
    rows = [["指标名称", "计量单位", "代码", "本期"],
            ["一、参保情况", "", "01", ""], ["参加工伤保险人数", "人", "02", ""],
            ["二、工伤认定及鉴定", "", "03", ""], ["工伤认定申请受理数", "件", "04", ""],
            ["三、年末总户数", "", "05", ""], ["其中：参保户数", "户", "06", ""]]
    assert labels(rows) == ["参加工伤保险人数", "工伤认定申请受理数", "三、年末总户数", "其中：参保户数"]


def test_a_project_header_over_a_section_column_and_an_indicator_column() -> None:
    """u387: 「项目」 merged over two columns, sections merged down the first (一、确权情况) and indicators in the
    second, was taken for a group of columns: the table became a register asking 项目, 计量单位, 代码, 本期数 and
    累计数. The row under it prints a code: it is a row of the table, no header of its own."""
    rows = [["项目", "", "计量单位", "代码", "本期数", "累计数"],
            ["一、确权情况", "集体林地总面积", "亩", "1", "", ""], ["", "已确权林地面积", "亩", "2", "", ""],
            ["二、登记发证情况", "已发证林地面积", "亩", "3", "", ""], ["", "颁发不动产权证书（本）", "本", "4", "", ""]]
    merges = [CellRange(0, 0, 0, 1), CellRange(1, 0, 2, 0), CellRange(3, 0, 4, 0)]
    assert labels(rows, merges) == ["集体林地总面积", "已确权林地面积", "已发证林地面积", "颁发不动产权证书（本）"]


def test_a_header_typed_after_the_last_column_in_the_lower_row_is_read() -> None:
    """wf69: a department typed 「社区党组织书记姓名」 at R3 beside a two-row header (序号 | 乡镇 merged down, groups
    over their columns) without merging it up: it was neither read nor reported as a change next quarter. A unit
    note typed there is no column."""
    rows = [["序号", "乡镇", "社区专职工作者配备情况", "", "", ""],
            ["", "", "现有社区专职工作者人数（人）", "取得社会工作职业资格证书（是/否）", "社区党组织书记姓名", ""]]
    merges = [CellRange(0, 0, 1, 0), CellRange(0, 1, 1, 1), CellRange(0, 2, 0, 3)]
    assert labels(rows, merges)[-1] == "社区党组织书记姓名"
    rows[1][4], rows[1][5] = "", "单位：人"
    assert "单位：人" not in labels(rows, merges)
    # (u284: a card's options after its label under a side label merged down are no column of a header)
    card = [["姓名", "", "性别", ""], ["服务情况", "负责服务的区域", "", ""],
            ["", "配备的预警接收设备", "□手机  □预警大喇叭  □电子显示屏  □其他", ""]]
    assert "□手机  □预警大喇叭  □电子显示屏  □其他" not in labels(card, [CellRange(1, 0, 2, 0), CellRange(1, 2, 1, 3)])
    # (高基231's 「在校学生数」 after 「减少学生数 › 计 | 毕业」, its merge missing, had been left out too)
    rows = [["编号", "增加学生数", "", "减少学生数", "", ""], ["", "计", "招生", "计", "毕业", "在校学生数"],
            ["01", "", "", "", "", ""]]
    merges = [CellRange(0, 0, 1, 0), CellRange(0, 1, 0, 2), CellRange(0, 3, 0, 4)]
    assert [f.header_path for f in fields_of(rows, merges)][-1] == ["在校学生数"]


def test_signing_for_a_referral_is_a_signature() -> None:
    """u389: 「承办单位签收 | 签收人：　年　月　日」 at the foot of a 消费投诉转办单 were read as two items, 承办单位签收 and
    签收人姓名. Signing for what one receives is a signature; a register's 签收日期 column stays an item."""
    assert C.is_signoff("承办单位签收") and C.is_signoff("签收人：   年 月 日") and C.is_signoff("领取人签收")
    assert not C.is_signoff("签收日期") and not C.is_signoff("签收情况")


def test_who_wrote_a_report_on_a_card_is_an_item_and_a_statements_compiler_is_not() -> None:
    """u403: 「环评文件类型 | □报告书 □报告表 | 编制单位 | ___」 of an 环评审批登记表 lost its 编制单位, read as the line
    naming who compiled a financial statement, which is printed 「编制单位：」."""
    rows = [["建设项目环境影响评价文件审批登记表", "", "", ""], ["项目名称", "", "建设地点", ""],
            ["环评文件类型", "□报告书  □报告表", "编制单位", ""], ["受理日期", "", "批复日期", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 3)]) == ["项目名称", "建设地点", "环评文件类型", "编制单位", "受理日期", "批复日期"]
    assert C.is_fill_line("编制单位：县财政局") and not C.is_fill_line("编制单位")


def test_periods_under_a_quantity_header_of_a_csv_are_its_second_header_row() -> None:
    """u404: a GBK csv printed 「指标名称 | 计量单位 | 代码 | 数量 | | 备注」 over 「| | | 本期 | 上年同期 |」, its merge
    lost: 数量 had been its one period and 备注 was lost. The periods are the second header row."""
    rows = [["旅游市场专项整治情况统计表", "", "", "", "", ""], ["填报单位：", "", "", "报告期：2026年  季度", "", ""],
            ["指标名称", "计量单位", "代码", "数量", "", "备注"], ["", "", "", "本期", "上年同期", ""],
            ["甲", "乙", "丙", "1", "2", "3"], ["出动执法人员", "人次", "01", "", "", ""], ["结案", "件", "02", "", "", ""]]
    parsed = parse_grid(Grid("t.csv", "Sheet1", rows, [], source_format="csv"))
    assert parsed is not None and parsed.period_columns == ["本期", "上年同期"] and parsed.header_rows == (2, 3)
    assert [f.label for f in parsed.fields] == ["备注", "出动执法人员", "结案"]


def test_the_community_and_month_a_register_is_filled_for_are_its_filler_line() -> None:
    """u405: 「社区（网格）： | 年　月」 over a 违法建设巡查发现登记台账 was read as an item, and met every form's
    所属村. It says which community and month the copy is filled for."""
    rows = [["违法建设巡查发现登记台账", "", "", ""], ["社区（网格）：", "", "年   月", ""],
            ["序号", "巡查日期", "所在社区", "违建地点"], ["1", "", "", ""]]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows, [CellRange(0, 0, 0, 3)]))
    assert parsed is not None and [f.label for f in parsed.fields] == ["巡查日期", "所在社区", "违建地点"]
    assert parsed.period == "月报"


def test_a_day_asked_beside_whoever_accepts_the_card_is_an_item() -> None:
    """u449: 「申请日期 | ___ | 受理人： | ___」 near a 林木采伐许可证申请表's foot was read as a filler line (a name
    beside its key) and its 申请日期 lost; u446: 「办理信息 | 申请日期 | ___ | 经办人 | ___ | 受理日期 | ___」 lost
    受理日期, the row ended at the signer beside the first day."""
    rows = [["林木采伐许可证申请表", "", "", ""], ["申请人姓名", "", "联系电话", ""],
            ["申请日期", "", "受理人：", ""], ["审批日期", "", "许可证编号", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 3)]) == ["申请人姓名", "联系电话", "申请日期", "审批日期", "许可证编号"]
    rows = [["归侨侨眷身份确认申请表", "", "", "", "", "", ""], ["申请人", "姓名", "", "性别", "", "出生日期", ""],
            ["办理信息", "申请日期", "", "经办人", "", "受理日期", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 6)])[-2:] == ["申请日期", "受理日期"]


def test_a_side_label_begun_above_a_cards_table_names_its_rows() -> None:
    """u447: 「家庭情况」 merged down the left of a 助学金申请表 over 「家庭人口数 | ___」 and then a table of the members
    (「称谓 | 姓名 | 年龄 | 工作（学习）单位」): the table's columns lost the side label, and the members' 工作单位 met
    the student's own."""
    rows = [["希望工程助学金申请表", "", "", "", ""], ["学生情况", "学生姓名", "", "性别", ""],
            ["家庭情况", "家庭人口数（人）", "", "家庭年总收入（元）", ""], ["", "称谓", "姓名", "年龄", "工作（学习）单位"],
            ["", "", "", "", ""], ["", "", "", "", ""], ["申请事项", "申请资助金额（元）", "", "申请日期", ""]]
    parsed = parse_grid(Grid("t.xlsx", "申请表", rows, [CellRange(0, 0, 0, 4), CellRange(2, 0, 5, 0)]))
    assert parsed is not None
    paths = {f.label: f.header_path for f in parsed.fields}
    assert paths["姓名"] == ["家庭情况", "姓名"] and paths["工作（学习）单位"] == ["家庭情况", "工作（学习）单位"]


def test_a_cards_rows_below_its_numbered_table_of_members_are_its_own() -> None:
    """u455: 「人口变动 | 上年11月1日以来出生人数 | ___ | 死亡人数 | ___」 and 「摸底日期 | ___」 under a 住户摸底登记表's
    table of members numbered 1 … 6 were read as more members, and lost. Words where the numbers stood end the table
    (a 合计 row does not: u421's register of lifts kept its total row out of its items)."""
    rows = [["人口普查住户摸底登记表", "", "", "", ""], ["住户情况", "户主姓名", "", "现住人数", ""],
            ["本户成员情况", "", "", "", ""], ["序号", "姓名", "与户主关系", "性别", "公民身份号码"],
            ["1", "", "", "", ""], ["2", "", "", "", ""], ["3", "", "", "", ""],
            ["人口变动", "上年以来出生人数", "", "上年以来死亡人数", ""], ["摸底日期", "", "", "", ""]]
    found = labels(rows, [CellRange(0, 0, 0, 4), CellRange(2, 0, 2, 4)])
    assert found[-3:] == ["上年以来出生人数", "上年以来死亡人数", "摸底日期"], found


def test_lines_above_an_export_saying_its_period_and_its_body_are_no_items() -> None:
    """u490: a 医保 export's 「数据提取区间：2026年1月1日至2026年12月31日 | 单位：元」 and a 走访台账's 「乡镇（街道）工会：
    城关镇总工会」 above their headers were read as items, and a 台账's per-row 「领导签批」 column too. A span of dates
    after a key naming a span, and a body's name printed after its key, say what the copy covers and who fills it;
    a 签批 column is signed by hand. An address printed after its key stays what it is."""
    assert C.is_fill_line("数据提取区间：2026年1月1日至2026年12月31日") and C.is_fill_line("乡镇（街道）工会：城关镇总工会")
    # (u514: 「所属采暖季：2025年11月15日至2026年3月15日」 over a CSV's header: a season is a span too)
    assert C.is_fill_line("所属采暖季：2025年11月15日至2026年3月15日") and C.is_fill_line("汛期：2026年6月1日至9月30日")
    assert not C.is_fill_line("住址：城关镇人民政府") and not C.is_fill_line("申请单位：")
    rows = [["职工住院医疗费用结算信息核对表", "", "", ""], ["数据提取区间：2026年1月1日至2026年12月31日", "", "", "单位：元"],
            ["序号", "姓名", "医疗总费用", "领导签批"], ["1", "", "", ""]]
    assert labels(rows, [CellRange(0, 0, 0, 3), CellRange(1, 0, 1, 2)]) == ["姓名", "医疗总费用"]


def test_a_relatives_document_that_opens_with_its_own_persons_card_is_theirs() -> None:
    """u527: every field of a 无偿献血者直系亲属关系证明 was read as a 家庭成员's, its donor's 姓名 and 身份证号码 among
    them: the title about relatives made the whole table the relatives'. A table that opens with the card of a person
    of its own is that person's; its 家庭成员情况 section is the relatives'."""
    rows = [["无偿献血者直系亲属关系证明", "", "", ""], ["（用于临床用血费用报销）", "", "", ""],
            ["献血者情况", "姓名", "", "献血证编号", ""], ["", "身份证号码", "", "", ""],
            ["家庭成员情况", "姓名", "与献血者关系", "身份证号码", ""], ["", "", "", "", ""], ["", "", "", "", ""]]
    rows = [r + [""] * (5 - len(r)) for r in rows]
    merges = [CellRange(0, 0, 0, 4), CellRange(1, 0, 1, 4), CellRange(2, 0, 3, 0), CellRange(3, 2, 3, 4),
              CellRange(4, 0, 6, 0)]
    parsed = parse_grid(Grid("t.xlsx", "证明", rows, merges))
    assert parsed is not None
    paths = {(f.label, tuple(f.header_path[:-1])) for f in parsed.fields}
    assert ("姓名", ("献血者情况",)) in paths and ("与献血者关系", ("家庭成员情况",)) in paths, paths


def test_a_kinds_name_beside_a_unit_column_heads_an_indicator_table() -> None:
    """u536: 「能源名称 | 计量单位 | 代码 | 本年1-本季 | 上年同期」 of a 能源消费 季报 was read as a register of its own
    header: the fuels its rows print were lost. A 「X名称」 stub beside a 计量单位 column heads indicator rows; one
    without it (a register's 企业名称 | 代码 | 本年) stays a register."""
    rows = [["能源名称", "计量单位", "代码", "本年1-本季", "上年同期"], ["综合能源消费量", "吨标准煤", "01", "", ""],
            ["原煤", "吨", "02", "", ""], ["电力", "万千瓦时", "03", "", ""], ["柴油", "吨", "04", "", ""]]
    parsed = parse_grid(Grid("t.xlsx", "Sheet1", rows))
    assert parsed is not None and parsed.layout == "indicator"
    assert labels(rows) == ["综合能源消费量", "原煤", "电力", "柴油"]
    register = [["企业名称", "代码", "本年", "上年"], ["", "", "", ""], ["", "", "", ""]]
    assert labels(register) == ["企业名称", "代码", "本年", "上年"]


def test_a_school_year_a_ten_day_period_and_a_years_blank_are_filler_lines() -> None:
    """u531, u538, u539: 「测试学年：2026—2027学年」, 「调查旬次：2026年  月 □上旬 □中旬 □下旬」 and 「填报部门： | 　　年度」
    over a register were taken as items of every record. They say when the register is filled."""
    header = ["序号", "姓名", "性别", "联系电话"]
    for line in (["学校名称：", "", "测试学年：2026—2027学年", ""], ["调查旬次：2026年   月   □上旬 □中旬 □下旬", "", "", ""],
                 ["填报部门：", "", "", "        年度"]):
        parsed = parse_grid(Grid("t.xlsx", "Sheet1", [["登记台账", "", "", ""], line, header, ["1", "", "", ""]]))
        assert parsed is not None and [f.label for f in parsed.fields] == header[1:], line


def test_a_numbered_part_of_a_word_document_is_no_title() -> None:
    """u608: 「A.3 信息提供者及联系人信息表」 across the first row of a table under the paragraph 「老年人能力评估基本信息表」
    was taken for the title, and the 联系人's name, read as the title's own person, met every elder's; u607: the
    paragraph 「一、基本情况」 nearest a table named it, the document's title above it left."""
    from yitaobiao.layout import title_from_context

    rows = [["A.3 信息提供者及联系人信息表", "", "", ""], ["信息提供者姓名", "", "联系人姓名", ""],
            ["与老人关系", "", "联系人电话", ""]]
    parsed = parse_grid(Grid("t.docx", "表2", rows, [CellRange(0, 0, 0, 3)], context=["老年人能力评估基本信息表"],
                             source_format="docx"))
    assert parsed is not None and parsed.title == "老年人能力评估基本信息表", parsed.title
    assert title_from_context(["农村公益性公墓建设用地情况登记表", "一、基本情况"]) == "农村公益性公墓建设用地情况登记表"
    assert title_from_context(["（二）公墓用地地块明细"]) == "（二）公墓用地地块明细"  # (nothing else to name it)


def test_a_day_or_a_name_under_a_header_with_a_unit_takes_no_unit() -> None:
    """u620: 「补偿资金（元） › 兑付日期」 was a date in 元 (and so no date to merge with any other)."""
    from yitaobiao.layout import _groups_unit

    assert _groups_unit(["补偿资金（元）"], "兑付日期") is None and _groups_unit(["补偿资金（元）"], "领款人姓名") is None
    assert _groups_unit(["补偿资金（元）"], "船网工具补偿") == "元"


def test_a_cards_rows_across_a_section_line_are_no_registers_header() -> None:
    """u618: a 四议两公开 card's 「村民代表会议决议 | 时间 | _ | 应到人数 | _ …」, then 「“两公开”情况」 across the card,
    then 「决议公开 | 公开时间 | _ | 公开形式 | □…」 were read as a register's header of four levels: the four items of
    the first row were lost and the section line became one. What a group heads lies within it."""
    blank = [""] * 10
    rows = [["“四议两公开”登记表", *blank[1:]],
            ["村民代表会议决议", "", "时间", "", "应到人数", "", "实到人数", "", "同意人数", ""],
            ["“两公开”情况", *blank[1:]],
            ["决议公开", "", "公开时间", "", "", "公开形式", "□村务公开栏 □其他", "", "", ""],
            ["实施结果公开", "", "公开时间", "", "", "公开形式", "□村务公开栏 □其他", "", "", ""],
            ["村务监督委员会意见", "", "签字：      年  月  日", *blank[3:]]]
    merges = [CellRange(0, 0, 0, 9), CellRange(1, 0, 1, 1), CellRange(2, 0, 2, 9), CellRange(3, 0, 3, 1),
              CellRange(4, 0, 4, 1), CellRange(3, 6, 3, 9), CellRange(4, 6, 4, 9), CellRange(5, 0, 5, 1),
              CellRange(5, 2, 5, 9)]
    found = {(f.row, f.label) for f in fields_of(rows, merges)}
    assert {(1, "时间"), (1, "应到人数"), (1, "同意人数"), (3, "公开时间"), (4, "公开形式")} <= found, found
    assert not any(label.startswith(("“两公开”", "□")) for _, label in found), found


def test_a_term_start_and_end_over_a_cards_rows_are_their_periods() -> None:
    """u618: 「项目 | 任期初 | 任期末 | 增减额」 inside an 经济责任审计 card were read as three items and the rows under
    them (资产总额, 负债总额 …) lost: a term's start and end, and the change, are the periods the rows are asked in."""
    rows = [["一、被审计人基本情况", "", "", "", "", ""], ["姓名", "", "性别", "", "联系电话", ""],
            ["二、任期内主要指标（单位：万元）", "", "", "", "", ""], ["项目", "任期初", "", "任期末", "", "增减额"],
            ["资产总额", "", "", "", "", ""], ["负债总额", "", "", "", "", ""], ["集体经营性收入", "", "", "", "", ""],
            ["审计组意见", "审计组长（签字）：     年  月  日", "", "", "", ""]]
    merges = [CellRange(0, 0, 0, 5), CellRange(2, 0, 2, 5), CellRange(3, 1, 3, 2), CellRange(3, 3, 3, 4),
              CellRange(7, 1, 7, 5)]
    found = labels(rows, merges)
    assert {"资产总额", "负债总额", "集体经营性收入", "姓名"} <= set(found), found
    assert not {"任期初", "任期末", "增减额"} & set(found), found


def test_a_relation_heading_a_member_tables_first_column_is_its_item() -> None:
    """u622: 「家庭成员及主要社会关系（merged down） | 称谓 | 姓名 | 工作单位 | 联系电话」 of a 社区矫正 card: 称谓 was read
    as the person whose items follow (as 监测人 is before 姓名), lost as an item, and the members' 姓名 became a
    称谓姓名. A relation heads a column the member table fills."""
    rows = [["登记表", "", "", "", "", ""], ["家庭成员及主要社会关系", "称谓", "姓名", "工作单位", "联系电话", "住址"],
            ["", "", "", "", "", ""], ["", "", "", "", "", ""], ["保证人情况", "姓名", "", "联系电话", "", ""]]
    merges = [CellRange(0, 0, 0, 5), CellRange(1, 0, 3, 0)]
    found = {f.label: f.header_path for f in fields_of(rows, merges)}
    assert found.get("称谓") == ["家庭成员及主要社会关系", "称谓"], found
    assert "称谓" not in [g for label, path in found.items() if label != "称谓" for g in path], found


def test_a_registers_place_and_cycle_line_over_its_header_holds_no_items() -> None:
    """u627: 「社区（村）： | 登记周期：2025年　月」 over a change register's header was read as two card items, and its
    社区（村） met every list's own 社区（村） column; the line is the sheet's place and month."""
    rows = [["城关街道流动人口动态变更登记表", "", "", "", "", ""],
            ["社区（村）：", "", "", "登记周期：2025年   月", "", ""],
            ["序号", "变动类型", "姓名", "证件号码", "变动日期", "备注"],
            ["", "", "", "", "", ""]]
    parsed = parse_grid(Grid("t.csv", "t", rows, [CellRange(0, 0, 0, 5)]))
    assert parsed is not None
    assert [f.header_path[-1] for f in parsed.fields] == ["变动类型", "姓名", "证件号码", "变动日期", "备注"]
    assert parsed.period == "月报"


def test_options_printed_in_every_row_of_a_grid_are_each_rows_answers() -> None:
    """u630: 「方位 | 相邻权利人姓名 | 联系电话 | 是否同意」 over rows 「东 | | | □同意 □不同意」 …: the options every
    row prints made the neighbours' table a card, its 东/南/西/北 items and 相邻权利人姓名 a header over the phone.
    A checklist asking a question in each row (「是否低保 | □是 □否」) stays a card."""
    rows = [["方位", "相邻权利人姓名", "联系电话", "是否同意", "签名（按手印）"],
            *[[side, "", "", "□同意  □不同意", ""] for side in "东南西北"]]
    paths = [f.header_path for f in fields_of(rows)]
    assert paths == [["方位", "相邻权利人姓名"], ["方位", "联系电话"], ["方位", "是否同意"]], paths
    checklist = [["项目", "情况", "备注"], ["低保", "□是 □否", ""], ["特困", "□是 □否", ""]]
    assert [f.header_path[-1] for f in fields_of(checklist)] == ["情况", "备注", "低保", "特困"]
    questions = [["项目", "情况"], ["是否低保", "□是 □否"], ["是否特困", "□是 □否"]]
    assert [f.header_path[-1] for f in fields_of(questions)] == ["情况", "是否低保", "是否特困"]


def test_a_question_a_review_answers_is_an_item_of_its_section() -> None:
    """u637: 「资格审查」 merged down beside 「是否存在不得确定为候选人情形 | □是 □否」 over the committee's opinion and
    stamp: the question is an item, the opinion below it a box to sign."""
    rows = [["候选人情况", "姓名", "", "性别", ""],
            ["资格审查", "是否存在不得确定为候选人情形", "□是    □否", "", ""],
            ["", "村民选举委员会审查意见", "（盖章）\n  年    月    日", "", ""]]
    merges = [CellRange(1, 0, 2, 0), CellRange(1, 2, 1, 4), CellRange(2, 2, 2, 4)]
    assert labels(rows, merges) == ["姓名", "性别", "是否存在不得确定为候选人情形"]


def test_what_is_printed_below_a_register_to_sign_is_no_item() -> None:
    """u637: 「乡镇（街道）包村干部： | 核查日期：  年  月  日」 under a register's numbered blank rows, over its
    「填写说明：1.……」, had become two items: who checks signs, and the notes close the sheet."""
    rows = [["序号", "监督日期", "监督事项", "事项类别", "备注"],
            ["1", "", "", "", ""],
            ["2", "", "", "", ""],
            ["乡镇（街道）包村干部：", "", "", "核查日期：    年  月  日", ""],
            ["填写说明：1.事项类别请从下拉列表选择；2.涉及金额以元为单位。", "", "", "", ""]]
    merges = [CellRange(3, 0, 3, 2), CellRange(3, 3, 3, 4), CellRange(4, 0, 4, 4)]
    assert labels(rows, merges) == ["监督日期", "监督事项", "事项类别", "备注"]


def test_an_offices_number_left_blank_is_no_item() -> None:
    """u636: 「____人民调解委员会  编号：〔  〕调字第  号」 under a 申请登记表's title: the committee and the number it
    gives the copy, written once, no item."""
    assert C.is_fill_line("___________人民调解委员会                         编号：〔    〕调字第     号")
    assert not C.is_fill_line("调解协议编号")


def test_a_box_holding_only_who_signs_and_the_day_is_no_item() -> None:
    """u638, u640: 「户主申请 | 申请人（签字按印）：  年 月 日」 and 「县交警大队备案 | 经办人：  年 月 日」 closing a card
    had become items: a box holding only a signer's word and the day is signed, not filled."""
    rows = [["劝导员选聘审批表", "", "", ""],
            ["姓名", "", "联系电话", ""],
            ["户主申请", "申请人（签字按印）：            年    月    日", "", ""],
            ["县交警大队备案", "经办人：        年   月   日", "", ""]]
    merges = [CellRange(0, 0, 0, 3), CellRange(2, 1, 2, 3), CellRange(3, 1, 3, 3)]
    assert labels(rows, merges) == ["姓名", "联系电话"]


def test_a_templates_numbered_examples_are_no_records() -> None:
    """u638: 「例2 | | 李某某 | 配偶 | … | 教育救助」 under the 例1 row: the template's second example, read as items."""
    assert C.is_example_mark("例2") and C.is_example_mark("示例1") and not C.is_example_mark("例外情况")


def test_the_office_that_pushed_a_list_and_who_checks_it_close_the_sheet() -> None:
    """u641: 「推送单位：XX市殡葬管理所 | 核对人：」 under a list the 殡葬管理所 pushes to each village, below its notes, had
    become an item: the office that sent it and who checks it sign the copy."""
    assert C.is_fill_line("推送单位：XX市殡葬管理所") and C.is_signer_line("核对人：")
    rows = [["序号", "逝者姓名", "火化日期", "核对结果"], ["1", "", "", ""], ["2", "", "", ""],
            ["推送单位：XX市殡葬管理所", "", "核对人：", ""]]
    assert labels(rows) == ["逝者姓名", "火化日期", "核对结果"]
