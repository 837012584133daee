from __future__ import annotations

import os
from pathlib import Path

import pytest

from yitaobiao.errors import EncryptedFileError, FormReadError, UnsafeFileError, UnsupportedFormatError
from yitaobiao.model import CellRange
from yitaobiao.readers import excel as excel_reader
from yitaobiao.readers import read_grids
from yitaobiao.readers.csv_reader import detect_encoding
from yitaobiao.readers.excel import list_validations
from yitaobiao.testing import list_rows, write_xlsx


def test_xlsx_keeps_merges_and_marks_hidden_sheets(good: Path) -> None:
    grids = read_grids(good / "merged-cells.xlsx")
    visible, hidden = grids
    assert hidden.hidden and hidden.sheet == "代码表"
    assert CellRange(2, 2, 2, 3) in visible.merges  # 户主情况 over two columns
    assert visible.text(2, 3) == "户主情况"  # a merged range shows its value everywhere
    assert visible.anchor(2, 3) == (2, 2)


def test_xls_is_read_with_merges(good: Path) -> None:
    (grid,) = read_grids(good / "legacy.xls")
    assert grid.source_format == "xls"
    assert grid.rows[3][1:4] == ["姓名", "出生日期", "死亡日期"]
    assert CellRange(2, 1, 2, 3) in grid.merges


@pytest.mark.parametrize("name", ["bom-utf8.csv", "gbk.csv", "中文文件名.csv"])
def test_csv_encodings(good: Path, name: str) -> None:
    (grid,) = read_grids(good / name)
    assert grid.rows[0][0] == "测试县劳动力台账"
    assert grid.sheet == Path(name).stem


def test_detect_encoding_does_not_break_on_a_cut_character() -> None:
    text = "姓名,性别".encode()
    assert detect_encoding(text[:-1]) == "utf-8"
    assert detect_encoding("姓名".encode("gbk")) == "gb18030"


def test_docx_table_spans_become_merges(good: Path) -> None:
    (grid,) = read_grids(good / "word-spans.docx")
    assert grid.sheet == "表1"
    assert grid.context == ["测试县登记表"]
    assert CellRange(1, 1, 1, 3) in grid.merges
    assert grid.width == 4


@pytest.mark.parametrize(("name", "error"), [
    ("corrupt.xlsx", FormReadError), ("empty-file.xlsx", FormReadError),
    ("encrypted.xlsx", EncryptedFileError), ("zip-bomb.xlsx", UnsafeFileError), ("xml-bomb.xlsx", UnsafeFileError),
    ("legacy.doc", UnsupportedFormatError),
])
def test_bad_files_raise_the_package_error(bad: Path, name: str, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        read_grids(bad / name)
    assert name in str(info.value)


def test_a_word_document_renamed_doc_is_read_as_what_it_is(good: Path, tmp_path: Path) -> None:
    """wf5: a .docx saved as 「证明.doc」 was refused as the old Word format; its bytes say .docx."""
    renamed = tmp_path / "证明.doc"
    renamed.write_bytes((good / "word-spans.docx").read_bytes())
    assert [g.sheet for g in read_grids(renamed)] == ["表1"]


def test_large_sheet_is_streamed_and_only_the_top_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows, merges = list_rows("花名册", ["姓名", "性别", "身份证号"], blank_rows=0)
    rows = rows[:-1] + [[str(i), f"张{i}", "男", "110101199001011234"] for i in range(3000)]
    path = write_xlsx(tmp_path / "big.xlsx", [("Sheet1", rows, merges[:2])])
    monkeypatch.setattr(excel_reader, "STREAM_SHEET_BYTES", 1000)
    monkeypatch.setattr(excel_reader, "HEADER_SCAN_ROWS", 50)
    (grid,) = read_grids(path)
    assert grid.height == 50
    assert grid.total_rows == len(rows)
    assert CellRange(0, 0, 0, 3) in grid.merges


def test_a_large_sheet_is_streamed_and_reads_as_calamine_reads_it(tmp_path: Path) -> None:
    """The head of a sheet too large to load is parsed from the XML stream: the same texts as a full read."""
    import zipfile

    import python_calamine
    from openpyxl import Workbook

    from yitaobiao.readers import excel

    path = tmp_path / "big.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "花名册"
    ws.append(["某县低保对象花名册"])
    ws.append(["序号", "姓名", "性别", "身份证号", "金额", "备注"])
    for i in range(600):
        ws.append([i + 1, f"张{i}", "男" if i % 2 else "女", "110101199001011234", 12.5 * i, None if i % 3 else "无"])
    ws.merge_cells("A1:F1")
    wb.save(path)
    with zipfile.ZipFile(path) as archive:
        streamed = excel._stream_rows(path, archive, "xl/worksheets/sheet1.xml")
        merges, total = excel._stream_merges(archive, "xl/worksheets/sheet1.xml")
    full = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("花名册").to_python(nrows=400)
    expected = [[excel.cell_text(v) for v in row] for row in full]
    width = len(expected[0])
    assert [row + [""] * (width - len(row)) for row in streamed] == expected
    assert total == 602 and [(m.top, m.left, m.bottom, m.right) for m in merges] == [(0, 0, 0, 5)]


@pytest.mark.parametrize("prefix", ["", "x:"])
def test_rows_and_merges_of_a_large_sheet_are_counted_across_chunk_boundaries(tmp_path: Path, prefix: str) -> None:
    """Several MB of rows: every row counted once wherever the 1 MB chunks cut the XML, page breaks not
    counted as rows, merges after the data all found."""
    import zipfile

    from yitaobiao.readers import excel

    ns = f' xmlns{":x" if prefix else ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rows = "".join(f'<{prefix}row r="{r}"><{prefix}c r="A{r}" t="inlineStr"><{prefix}is><{prefix}t>张{"三" * (r % 17)}'
                   f"</{prefix}t></{prefix}is></{prefix}c></{prefix}row>" for r in range(1, 40_001))
    merges = "".join(f'<{prefix}mergeCell ref="A{r}:C{r}"/>' for r in (1, 2, 39_999))
    xml = (f"<{prefix}worksheet{ns}><{prefix}sheetData>{rows}<{prefix}row r=\"40001\"/></{prefix}sheetData>"
           f"<{prefix}mergeCells count=\"3\">{merges}</{prefix}mergeCells>"
           f"<{prefix}rowBreaks count=\"1\"><{prefix}brk id=\"5\"/></{prefix}rowBreaks></{prefix}worksheet>")
    assert len(xml.encode()) > 3 * (1 << 20)
    path = tmp_path / "big.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", xml)
    with zipfile.ZipFile(path) as archive:
        found, total = excel._stream_merges(archive, "xl/worksheets/sheet1.xml")
    assert total == 40_001
    assert [(m.top, m.right) for m in found] == [(0, 2), (1, 2), (39_998, 2)]


def test_hidden_rows_and_columns_of_the_header_are_marked(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    rows, merges = list_rows("测试表", ["姓名", "性别", "身份证号", "备注"])
    path = write_xlsx(tmp_path / "隐藏.xlsx", [("Sheet1", rows, merges)])
    wb = load_workbook(path)
    wb.active.column_dimensions["C"].hidden = True
    wb.active.row_dimensions[2].hidden = True
    wb.save(path)
    (grid,) = read_grids(path)
    assert grid.hidden_cols == {2}
    assert grid.hidden_rows == {1}


def _grids_as_data(path: Path) -> list[tuple[object, ...]]:
    return [(g.sheet, g.rows, g.merges, g.hidden, g.hidden_rows, g.hidden_cols, g.total_rows, g.source_format)
            for g in read_grids(path)]


def test_the_shortcuts_read_what_the_general_path_reads(good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A small file is read once into memory, and a plain workbook is named by calamine alone: both read
    exactly what reading from disk through workbook.xml and its rels reads."""
    import yitaobiao.readers as readers

    samples = sorted(good.iterdir()) + sorted((Path(__file__).parents[1] / "sample_forms").rglob("*.*"))
    plain = excel_reader._plain_workbook
    taken = []
    monkeypatch.setattr(excel_reader, "_plain_workbook", lambda *args: taken.append(plain(*args)) or taken[-1])
    shortcut = {path: _grids_as_data(path) for path in samples}
    assert sum(grids is not None for grids in taken) >= 5  # the shortcut was taken, not only declined
    monkeypatch.setattr(readers, "WHOLE_FILE_BYTES", 0)
    monkeypatch.setattr(excel_reader, "_plain_workbook", lambda *args: None)
    for path in samples:
        assert _grids_as_data(path) == shortcut[path], path.name


@pytest.mark.parametrize(("original", "renamed"), [("merged-cells.xlsx", "改名.xls"), ("merged-cells.xlsx", "改名.csv"),
                                                   ("legacy.xls", "改名.xlsx"), ("card.xlsx", "改名.xlsx.")])
def test_a_renamed_workbook_is_read_for_what_it_is(good: Path, tmp_path: Path, original: str, renamed: str) -> None:
    import shutil

    shutil.copy(good / original, tmp_path / renamed)
    assert [g.rows for g in read_grids(tmp_path / renamed)] == [g.rows for g in read_grids(good / original)]


def test_a_password_is_named_whatever_the_extension(bad: Path, tmp_path: Path) -> None:
    import shutil

    shutil.copy(bad / "encrypted.xlsx", tmp_path / "加密.xls")
    with pytest.raises(EncryptedFileError):
        read_grids(tmp_path / "加密.xls")


@pytest.mark.parametrize("light_zip", [True, False])
def test_a_file_named_in_gbk_bytes_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, light_zip: bool) -> None:
    """A zip made on Chinese Windows unpacks names as GBK bytes, which Python holds as surrogate escapes:
    calamine could not open such a path by name and the template was reported as damaged."""

    from yitaobiao.readers.small_zip import SmallZip
    from yitaobiao.testing import write_xls

    if not light_zip:
        monkeypatch.setattr(SmallZip, "parse", classmethod(lambda cls, data: None))
    rows, merges = list_rows("低保对象花名册", ["姓名", "身份证号", "家庭人口数"])
    for suffix in (".xlsx", ".xls"):
        plain = tmp_path / f"a{suffix}"
        if suffix == ".xlsx":
            write_xlsx(plain, [("花名册", rows, merges)])
        else:
            write_xls(plain, "花名册", rows, merges)
        named = tmp_path / os.fsdecode("低保花名册".encode("gbk") + suffix.encode())
        plain.rename(named)
        grids = read_grids(named, named.name)
        assert [g.sheet for g in grids] == ["花名册"] and "姓名" in grids[0].rows[2]


def test_random_bytes_named_csv_are_not_a_form(tmp_path: Path) -> None:
    """Random bytes decode as GB18030 all the same; with no NUL among them their junk was read as a form."""
    import random

    rng = random.Random(5)
    junk = bytes(b for b in (rng.randrange(1, 256) for _ in range(4000)) if b)
    (tmp_path / "binary.csv").write_bytes(junk)
    with pytest.raises(FormReadError, match="二进制"):
        read_grids(tmp_path / "binary.csv", "binary.csv")
    gbk = "序号,姓名,身份证号\r\n1,张三,110101199001011234\r\n".encode("gbk")
    (tmp_path / "名册.csv").write_bytes(gbk)
    assert read_grids(tmp_path / "名册.csv", "名册.csv")[0].rows[0] == ["序号", "姓名", "身份证号"]


def test_a_csv_named_in_gbk_bytes_is_shown_and_found_by_its_name(tmp_path: Path) -> None:
    """The sheet of a CSV named in GBK bytes read 「ͱgbk」, and split could not find the file by its shown path."""
    from yitaobiao.scan import locate, scan_folder

    folder = tmp_path / "forms" / "民政局"
    folder.mkdir(parents=True)
    raw = folder / os.fsdecode("低保名册".encode("gbk") + b".csv")
    raw.write_text("城乡低保名册\n姓名,性别,公民身份号码\n", encoding="utf-8")
    (form,) = scan_folder(tmp_path / "forms").forms
    assert (form.path, form.sheet) == ("民政局/低保名册.csv", "低保名册")
    assert locate(tmp_path / "forms", form.path) == raw and locate(tmp_path / "forms", "民政局/别的.csv") is None


def test_a_word_cells_leading_spaces_are_its_indent(tmp_path: Path) -> None:
    """「          寄宿生」 under 「四、在校学生数」 in a Word table is its breakdown, as in Excel (helper-37)."""
    from docx import Document

    document = Document()
    table = document.add_table(rows=4, cols=3)
    for r, row in enumerate([["指标名称", "计量单位", "本期"], ["四、在校学生数", "人", ""], ["    其中：女生", "人", ""],
                             ["          寄宿生", "人", ""]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(tmp_path / "表.docx")
    grid = read_grids(tmp_path / "表.docx")[0]
    assert [row[0] for row in grid.rows] == ["指标名称", "四、在校学生数", "    其中：女生", "          寄宿生"]


def test_a_templates_drop_down_lists_are_read_onto_its_columns(tmp_path: Path) -> None:
    """wf19 (and testers before it): 流出党员基本信息汇总表 takes 外出地点 and 流动原因 from sheets of their own; those
    sheets were reported as forms with no header, and the 一套表 offered no list."""
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "汇总表"
    ws.append(["序号", "姓名", "性别", "外出地点（下拉）", "备注"])
    ws.add_data_validation(DataValidation(type="date", sqref="B2:B3"))  # (no list: passed over, not swallowed)
    plain = DataValidation(type="list", formula1='"男,女"')
    plain.add("C2:C1048576")
    ws.add_data_validation(plain)
    elsewhere = DataValidation(type="list", formula1="外出地点!$A:$A", sqref="D1:D2 D4:D1048576")
    ws.add_data_validation(elsewhere)
    places = wb.create_sheet("外出地点")
    for place in ("01县内", "02省内县外", "03省外"):
        places.append([place])
    wb.save(tmp_path / "t.xlsx")
    grids = {g.sheet: g for g in read_grids(tmp_path / "t.xlsx")}
    assert grids["汇总表"].column_choices == {2: ["男", "女"], 3: ["01县内", "02省内县外", "03省外"]}
    assert grids["外出地点"].choice_list and not grids["汇总表"].choice_list
    assert list_validations(b'<dataValidation type="list" sqref="A1"/><x14:dataValidation type="list">'
                            b"<x14:formula1><xm:f>'A b'!$B$2:$B$9</xm:f></x14:formula1><xm:sqref>E3:F9</xm:sqref>"
                            b"</x14:dataValidation>") == [([4, 5], "'A b'!$B$2:$B$9")]


def test_a_list_taken_from_row_one_with_an_equals_sign_is_read_and_has_no_name(tmp_path: Path) -> None:
    """u164: 「=下拉选项!$A$1:$A$2」 (a leading =, as some writers save it) attached no list, and the hidden sheet's
    first answers (脱贫家庭, 中职) were read as the names of its lists."""
    from yitaobiao.model import Grid
    from yitaobiao.readers.excel import attach_choices
    from yitaobiao.scan import code_lists

    form = Grid(path="t.xlsx", sheet="名单", rows=[["姓名", "家庭经济困难类型"]])
    lists = Grid(path="t.xlsx", sheet="下拉选项", rows=[["脱贫家庭"], ["低保家庭"], ["特困供养人员"]], hidden=True)
    attach_choices([form, lists], {"名单": [([1], "=下拉选项!$A$1:$A$3")]})
    assert form.column_choices == {1: ["脱贫家庭", "低保家庭", "特困供养人员"]}
    assert code_lists(lists) == {}
    # (u410: a hidden 代码表 of 「1 | 正常」, 「2 | 生长迟缓」 … had given the lists 「1」 → 2, 3, 4, 5 and 「正常」 → 生长迟缓 …)
    codes = Grid(path="t.xlsx", sheet="代码表", rows=[["1", "正常"], ["2", "生长迟缓"], ["3", "消瘦"]], hidden=True)
    assert code_lists(codes) == {}
    named = Grid(path="t.xlsx", sheet="代码表", rows=[["性别", "民族"], ["男", "汉族"], ["女", "回族"]], hidden=True)
    assert code_lists(named) == {"性别": ["男", "女"], "民族": ["汉族", "回族"]}


def test_lists_kept_one_per_row_are_read_across_with_their_names(tmp_path: Path) -> None:
    """u500: a hidden 选项 sheet holds one list per row (「岗位 | 站长 | 护理员 …」), each drop-down taking its row
    (选项!$B$1:$G$1); the lists were read down the columns, as 「护理员」: [兼职, 四级/中级工], and the columns got one
    value each, so none."""
    from yitaobiao.model import Grid
    from yitaobiao.readers.excel import attach_choices
    from yitaobiao.scan import code_lists

    form = Grid(path="t.xlsx", sheet="花名册", rows=[["姓名", "岗位", "用工形式"]])
    options = Grid(path="t.xlsx", sheet="选项", hidden=True,
                   rows=[["岗位", "站长", "护理员", "厨师", ""], ["用工形式", "全职", "兼职", "公益性岗位", "志愿者"]])
    attach_choices([form, options], {"花名册": [([1], "'选项'!$B$1:$E$1"), ([2], "选项!$B$2:$E$2")]})
    assert form.column_choices == {1: ["站长", "护理员", "厨师"], 2: ["全职", "兼职", "公益性岗位", "志愿者"]}
    assert code_lists(options) == {"岗位": ["站长", "护理员", "厨师"], "用工形式": ["全职", "兼职", "公益性岗位", "志愿者"]}


def test_a_drop_down_list_written_inline_is_cleaned_of_control_characters() -> None:
    from yitaobiao.model import Grid
    from yitaobiao.readers.excel import attach_choices

    grid = Grid(path="t.xlsx", sheet="s", rows=[["性别"]])
    attach_choices([grid], {"s": [([0], '"男&#1;,女"'.replace("&#1;", "\x01"))]})
    assert grid.column_choices == {0: ["男", "女"]}


def test_an_xls_keeps_its_drop_down_lists(tmp_path: Path) -> None:
    """wf30: a police import template (.xls) offers codes in its 与户主关系 and 居住事由 columns
    (「101-本人, 102-户主 …」); calamine and xlrd skip the DV records, so the lists were lost to the 一套表 and the
    filled copy. A damaged record leaves the sheet readable without them."""
    from yitaobiao.readers.xls_lists import xls_list_validations
    from yitaobiao.testing import write_xls

    rows = [["姓名", "与户主关系", "居住事由"], ["", "", ""]]
    path = write_xls(tmp_path / "导入表.xls", "Sheet1", rows, [],
                     lists=[(1, ["101-本人", "102-户主", "120-子"]), (2, ["01-务工", "02-经商"])])
    grid = next(iter(read_grids(path)))
    assert grid.column_choices == {1: ["101-本人", "102-户主", "120-子"], 2: ["01-务工", "02-经商"]}
    data = path.read_bytes()
    # (a list kept in cells, its formula a reference and no string of values, is left alone)
    text = "\0".join(["101-本人", "102-户主", "120-子"])
    inline = bytes([0x17, len(text), 1]) + text.encode("utf-16-le")
    referred = data.replace(inline, bytes([0x25]) + inline[1:])
    assert referred != data and [v.columns for v in xls_list_validations(referred)["Sheet1"]] == [[2]]
    # (a workbook cut short, or no workbook, has no lists to read, and says nothing)
    assert xls_list_validations(data[:len(data) // 2]) == {} and xls_list_validations(b"not a workbook") == {}
    damaged = tmp_path / "damaged.xls"
    damaged.write_bytes(data.replace(inline[3:], b"\xff" * (len(inline) - 3)))
    assert next(iter(read_grids(damaged))).rows[0] == ["姓名", "与户主关系", "居住事由"]


def test_a_stray_value_far_down_and_right_does_not_lose_the_template(tmp_path: Path) -> None:
    """wf105: one value typed in XFD1048576 of a 测评表 made the reader, which holds a sheet as one dense block, run
    out of memory: the template was dropped as damaged. Such a sheet is streamed, its top rows and columns kept."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["民主评议党员测评表"])
    ws.append(["姓名", "思想品德", "工作作风"])
    ws["XFD1048576"] = "x"
    path = tmp_path / "测评表.xlsx"
    wb.save(path)
    (grid,) = read_grids(path)
    assert grid.rows[1][:3] == ["姓名", "思想品德", "工作作风"] and len(grid.rows[1]) < 2000


def test_a_text_table_named_as_a_workbook_is_read_as_the_table_it_is(bad: Path, tmp_path: Path) -> None:
    """wf105: a system's GBK CSV export named 儿童预防接种登记表.xlsx was dropped as 「不是有效的 Office 文件」; it is
    the table its bytes are. A web page named .xls is not a CSV (the HTML reason stands)."""
    path = tmp_path / "儿童预防接种登记表.xlsx"
    path.write_bytes("姓名,性别,出生日期,接种疫苗名称\r\n".encode("gbk"))
    (grid,) = read_grids(path)
    assert grid.rows[0] == ["姓名", "性别", "出生日期", "接种疫苗名称"] and grid.source_format == "csv"
    (fixture,) = read_grids(bad / "text-renamed.xlsx")
    assert fixture.rows[0] == ["姓名", "性别"]
    page = tmp_path / "导出.xls"
    page.write_bytes("<html><table><tr><td>姓名,性别</td></tr></table></html>".encode())
    with pytest.raises(FormReadError):
        read_grids(page)
    empty = tmp_path / "在校生花名册.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(FormReadError, match="重新索取"):
        read_grids(empty)


def test_a_two_level_header_exported_to_csv_gets_its_spans_back(tmp_path: Path) -> None:
    """u509: a village summary saved as CSV lost its header's merges: 「特困人员 | | 供养方式 | 」 over 「户数 | 人数 |
    集中供养 | 分散供养」 was read as card rows, its group labels as fields and 户数 lost. A group label over blank
    cells labelled below spans them; a label alone over a blank spans both rows; lines with a colon above are no
    header."""
    from yitaobiao.layout import parse_grid

    path = tmp_path / "汇总表.csv"
    lines = ["各村特困人员供养情况汇总表,,,,,", "填报单位：,,,,单位：户、人,", "村（社区）名称,特困人员,,供养方式,,备注",
             ",户数,人数,集中供养,分散供养,", "东村,,,,,", "合计,,,,,"]
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    (grid,) = read_grids(path)
    assert CellRange(2, 1, 2, 2) in grid.merges and CellRange(2, 0, 3, 0) in grid.merges
    parsed = parse_grid(grid)
    assert parsed is not None and parsed.layout.value == "list"
    assert [f.header_path for f in parsed.fields if f.label == "户数"] == [["特困人员", "户数"]]
    assert "特困人员" not in [f.label for f in parsed.fields]


def test_a_word_table_right_under_another_knows_the_documents_title(tmp_path: Path) -> None:
    """u608: a 评估表's second table stood right under the first, no paragraph between, and its first row
    「A.3 信息提供者及联系人信息表」 was taken for its title: the document's title is its title too. A table with
    paragraphs of its own above keeps them."""
    from yitaobiao.testing import write_docx_blocks

    path = write_docx_blocks(tmp_path / "t.docx", ["附件3", "老年人能力评估基本信息表",
                                                   ([["A.1 评估信息表", ""], ["评估编号", ""]], {(0, 0): 2}),
                                                   ([["A.3 信息提供者及联系人信息表", ""], ["联系人姓名", ""]], {(0, 0): 2}),
                                                   "二、其他情况", ([["备注", ""]], {})])
    first, second, third = read_grids(path, "t.docx")
    assert first.context == second.context == ["附件3", "老年人能力评估基本信息表"]
    assert third.context == ["二、其他情况"]
