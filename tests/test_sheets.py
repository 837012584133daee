"""Long tables streamed into the saved file read back exactly as cells written one by one."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from yitaobiao import sheets

ROWS: list[list[object]] = [
    ["民政局", "低保<花名册> & 台账", "=SUM(A1:A2)", 3, 0.25, True, None, "", "  前后空格  ", "＝1+1", "-5", "a\x07b"],
    ["卫健局", "@cmd", "+1", -7, 1e-7, False, "回车\r字段", "身份证号码", "110101199001011234", "", "x" * 40000, 12],
]


def _write(path: Path, rows: list[list[object]], last: bool) -> None:
    wb = Workbook()
    ws = wb.active
    sheets.write_header(ws, 1, [f"列{c}" for c in range(1, 13)])
    sheets.write_rows(ws, 2, rows, last=last)
    sheets.save(wb, path)


def test_a_streamed_table_reads_back_as_the_same_table_written_cell_by_cell(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [list(r) for _ in range(300) for r in ROWS]  # 600 rows: past the streaming threshold
    monkeypatch.setattr(sheets, "STREAM_MIN_ROWS", 100)
    _write(tmp_path / "streamed.xlsx", rows, last=True)
    _write(tmp_path / "cells.xlsx", rows, last=False)
    streamed = load_workbook(tmp_path / "streamed.xlsx").active
    cells = load_workbook(tmp_path / "cells.xlsx").active
    assert streamed.max_row == cells.max_row == 601
    for r in (2, 3, 300, 601):
        got = [c.value for c in streamed[r]]
        assert got == [c.value for c in cells[r]]
        assert all(c.data_type != "f" for c in streamed[r])  # =SUM… and ＝1+1 stay text
        assert streamed.cell(r, 1).border.left.style == "thin" and streamed.cell(r, 2).alignment.wrap_text
    assert streamed["C2"].value == "=SUM(A1:A2)" and streamed["L2"].value == "ab"  # control character removed
    assert len(streamed["K3"].value) == sheets.MAX_CELL_CHARS and streamed["K3"].value.endswith("已截断）")
    assert streamed["G3"].value == streamed["G601"].value == "回车\r字段"  # not read back as a line feed
    assert streamed["E2"].value == 0.25 and streamed["F2"].value is True and streamed["D3"].value == -7


def test_a_table_longer_than_excel_allows_is_cut_with_a_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheets, "EXCEL_MAX_ROWS", 1000)
    monkeypatch.setattr(sheets, "STREAM_MIN_ROWS", 100)
    _write(tmp_path / "long.xlsx", [[n, f"字段{n}"] for n in range(1500)], last=True)
    ws = load_workbook(tmp_path / "long.xlsx").active
    assert ws.max_row == 1000
    assert ws.cell(999, 1).value == 997 and "其余 502 行" in ws.cell(1000, 1).value


def test_rows_of_wrapped_texts_are_as_tall_as_their_texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Neither Excel nor LibreOffice sizes rows when opening a file: a long text gets the lines it needs at its
    column's width, cell-by-cell tables and streamed ones alike; short rows keep the default height."""
    long_path = "taizhou_zhengzhaoku_docx/wl_wqb/wl_wqb_cer_205.docx"
    rows: list[list[object]] = [["民政局", long_path if n % 2 else "短", n] for n in range(40)]
    for streamed in (False, True):
        monkeypatch.setattr(sheets, "STREAM_MIN_ROWS", 10 if streamed else 1000)
        wb = Workbook()
        ws = wb.active
        sheets.write_rows(ws, 1, rows, last=True)
        sheets.set_widths(ws, [10, 20, 8])
        sheets.save(wb, tmp_path / "t.xlsx")
        back = load_workbook(tmp_path / "t.xlsx").active
        assert back.row_dimensions[4].height == 3 * sheets.LINE_HEIGHT  # 49 characters at width 20: 3 lines
        assert back.row_dimensions[5].height is None
    assert sheets.row_lines(["甲" * 30], [20]) == 4 and sheets.row_lines(["第一行\n第二行"], [20]) == 2
    assert sheets.row_lines(["长" * 1000], [20]) == sheets.MAX_LINES


def test_the_json_catalogue_is_readable_like_any_saved_file(tmp_path: Path) -> None:
    import os

    from yitaobiao.catalog import write_json

    write_json({"a": 1}, tmp_path / "s.json")
    umask = os.umask(0o022)
    os.umask(umask)
    assert (tmp_path / "s.json").stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_notes_sheet_shows_a_long_text_in_full(tmp_path: Path) -> None:
    """fill's 预填说明 listed the 一套表's 基础信息 items in a dozen lines, cut off at six: a 说明 sheet is read in full,
    a table's row stays at most six lines."""
    from yitaobiao.sheets import LINE_HEIGHT, MAX_LINES, save, write_notes

    wb = Workbook()
    long = "、".join(f"数据项{n}" for n in range(200))
    write_notes(wb.active, [["数据项分类", long], ["说明", "短"]], widths=(22, 100))
    save(wb, tmp_path / "notes.xlsx")
    height = load_workbook(tmp_path / "notes.xlsx").active.row_dimensions[1].height
    assert height > LINE_HEIGHT * MAX_LINES
