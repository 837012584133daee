"""What every workbook the tool writes goes through: safe text and shared styling (report, review, 字段对照,
一套表, split outputs)."""

from __future__ import annotations

import io
import math
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from copy import copy
from pathlib import Path
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from .model import OUTPUT_MARK, clean_text

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
# One style object each, shared by every cell: a new Border per cell costs openpyxl a rehash each time.
HEADER_FONT = Font(bold=True)
HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
ROW_ALIGN = Alignment(vertical="center", wrap_text=True)

MAX_CELL_CHARS = 32767  # Excel cannot open a workbook with a longer text in a cell
_CUT_NOTE = "…（内容过长，已截断）"


def safe_value(value: Any) -> Any:
    """A value fit for a cell: text without control characters and cut to what Excel holds."""
    if not isinstance(value, str):
        return value
    text = clean_text(value)
    if len(text) > MAX_CELL_CHARS:
        text = text[:MAX_CELL_CHARS - len(_CUT_NOTE)] + _CUT_NOTE
    return text


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(text: str) -> str:
    """A CSV cell Excel will not run: text starting with = + - @ gets a leading apostrophe (numbers stay)."""
    text = safe_value(text)
    head = unicodedata.normalize("NFKC", text[:1])
    if head in _FORMULA_STARTS and not _NUMBER_RE.match(text):
        return "'" + text
    return text


_NUMBER_RE = re.compile(r"^[+-]?\d+(?:\.\d+)?$")


def as_text(cell: Cell) -> None:
    """Keep a text that begins with = as text: it came from a template or a clerk, never from us as a formula."""
    if cell.data_type == "f":
        cell.data_type = "s"


def mark_output(wb: Workbook) -> None:
    """Say in the workbook's properties that the tool wrote it (see model.OUTPUT_MARK)."""
    wb.properties.keywords = OUTPUT_MARK
    wb.properties.creator = "yitaobiao"


def put(cell: Cell, value: Any) -> Cell:
    """Write a value into a cell safely (the one way text from the forms reaches a cell)."""
    cell.value = safe_value(value)
    as_text(cell)
    return cell


def seal(wb: Workbook) -> None:
    """Before saving a workbook of our own: no cell of it is a formula, no text is longer than Excel holds,
    and its properties say the tool wrote it (a later scan of the folder passes it over)."""
    mark_output(wb)
    for ws in wb.worksheets:
        ws.title = safe_value(ws.title)
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    if len(cell.value) > MAX_CELL_CHARS:
                        cell.value = safe_value(cell.value)
                    as_text(cell)


def write_header(ws: Worksheet, row: int, headers: Sequence[str]) -> None:
    _remember_rows(ws, row, row)
    for col, text in enumerate(headers, start=1):
        cell = put(ws.cell(row=row, column=col), text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.border = BORDER
        cell.alignment = HEADER_ALIGN


# A table longer than this, written as the last thing on its sheet, is streamed into the saved file.
STREAM_MIN_ROWS = 500
# What a worksheet carries until it is saved: the rows to size, and the rows to stream.
_TABLES, _PENDING = "_yitaobiao_tables", "_yitaobiao_pending"
EXCEL_MAX_ROWS = 1_048_576


def write_rows(ws: Worksheet, start: int, rows: Sequence[Sequence[object]], *, last: bool = False) -> None:
    """Rows of a table with thin borders. The style is registered once and its index array copied to every
    cell: assigning a Border per cell makes openpyxl hash it each time (minutes for 100,000 rows).

    ``last=True`` promises that nothing is written below these rows: a long table then keeps only its first
    row as openpyxl cells and the rest is written straight into the sheet's XML by :func:`save` (openpyxl
    spends about 15 µs on each cell it holds; a report of 10,000 templates has a million)."""
    room = EXCEL_MAX_ROWS - start + 1
    if len(rows) > room:  # a national roll-up's field list: Excel would refuse to open the file
        left = len(rows) - room + 1
        rows = [*rows[:room - 1], [f"……其余 {left} 行超过 Excel 每张工作表 {EXCEL_MAX_ROWS:,} 行的上限，未列出；"
                                   "完整内容见扫描结果 JSON。"]]
    if last and len(rows) > STREAM_MIN_ROWS:
        _write_cells(ws, start, rows[:1])
        _stream_below(ws, start, rows[1:])
        return
    _write_cells(ws, start, rows)


def _stream_below(ws: Worksheet, styled_row: int, rows: Sequence[Sequence[object]]) -> None:
    """Keep ``rows`` to be written below ``styled_row`` at save time, each cell styled as the cell above it
    in that row."""
    width = max(ws.max_column, max(map(len, rows), default=0))
    style_ids = [ws.cell(row=styled_row, column=c).style_id for c in range(1, width + 1)]
    ws.__dict__[_PENDING] = _PendingRows(styled_row + 1, rows, style_ids)


def write_notes(ws: Worksheet, rows: Sequence[Sequence[object]], widths: tuple[float, float] = (28, 90)) -> None:
    """A 说明 sheet: bold keys in column A, wrapped texts in column B, printed one page wide. Its rows are
    the last thing on the sheet, so a long list (the 10,000 source forms of a 一套表) is streamed."""
    if rows:
        key = put(ws.cell(1, 1), rows[0][0])
        key.font, key.alignment = Font(bold=True), WRAP  # a long key wraps at the top of its row, as its text does
        put(ws.cell(1, 2), rows[0][1]).alignment = WRAP
        if len(rows) > STREAM_MIN_ROWS:
            _stream_below(ws, 1, rows[1:])
        else:
            key_style = copy(ws.cell(1, 1)._style)
            value_style = copy(ws.cell(1, 2)._style)
            for r, (key, value) in enumerate(rows[1:], start=2):
                put(ws.cell(r, 1), key)._style = copy(key_style)
                put(ws.cell(r, 2), value)._style = copy(value_style)
            _remember_rows(ws, 1, len(rows), NOTE_MAX_LINES)
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = widths
    print_one_page_wide(ws)


def _remember_rows(ws: Worksheet, first: int, last: int, max_lines: int | None = None) -> None:
    """Rows whose heights :func:`save` fits to their texts (kept on the worksheet until it is saved)."""
    ws.__dict__.setdefault(_TABLES, []).append((first, last, max_lines or MAX_LINES))


def _write_cells(ws: Worksheet, start: int, rows: Sequence[Sequence[object]]) -> None:
    if rows:
        _remember_rows(ws, start, start + len(rows) - 1)
    template = None
    for r, values in enumerate(rows, start=start):
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c)
            if template is None:
                cell.border = BORDER
                cell.alignment = ROW_ALIGN
                template = copy(cell._style)
            else:
                cell._style = copy(template)
            put(cell, value)


LINE_HEIGHT = 15.0  # points per line of 11-point text, CJK included
MAX_LINES = 6  # a longer text is cut off in the cell rather than making one row a page tall
# (a 说明 sheet's text is read in full: fill's list of the 一套表's 基础信息 items ran to a dozen lines, cut at six)
NOTE_MAX_LINES = 30
DEFAULT_WIDTH = 8.43


def _column_widths(ws: Worksheet, count: int) -> list[float]:
    widths = []
    for c in range(1, count + 1):
        letter = get_column_letter(c)
        width = ws.column_dimensions[letter].width if letter in ws.column_dimensions else None
        widths.append(width or DEFAULT_WIDTH)
    return widths


def _width_units(text: str) -> float:
    """Column-width units a text takes: two for a CJK character (its GBK bytes), 0.9 for ASCII."""
    wide = len(text.encode("gbk", "replace"))
    narrow = 2 * len(text) - wide  # characters of one GBK byte
    return wide - 0.1 * narrow


def print_wide(ws: Worksheet) -> None:
    """A long table prints landscape, one page wide, its header on every page (not pages of single columns)."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    print_one_page_wide(ws)
    ws.print_title_rows = "1:1"


def row_lines(values: Sequence[object], widths: Sequence[float], max_lines: int | None = None) -> int:
    """How many lines the tallest wrapped text of a row takes at these column widths (a CJK character is two
    width units, as in GBK). Neither Excel nor LibreOffice sizes rows on opening a file: without a height, a
    wrapped text shows one line, cut off or written over the row below."""
    return max([text_lines(v, w, max_lines) for v, w in zip(values, widths, strict=False) if isinstance(v, str)],
               default=1)


def text_lines(text: str, width: float, max_lines: int | None = None) -> int:
    """The lines a text wraps to in a column of ``width`` (at most MAX_LINES, or ``max_lines``)."""
    if len(text) * 2 <= width and "\n" not in text:
        return 1
    per_line = max(1.0, width - 1)
    needed = sum(math.ceil(_width_units(part) / per_line) or 1 for part in text.split("\n"))
    return max(1, min(needed, max_lines or MAX_LINES))


def _fit_row_heights(ws: Worksheet) -> None:
    """Heights for the rows of the tables written cell by cell on ``ws``, from their texts and column widths."""
    tables = ws.__dict__.pop(_TABLES, [])
    if not tables:
        return
    widths = _column_widths(ws, ws.max_column)
    for first, last, max_lines in tables:
        fit_row_heights(ws, range(first, last + 1), widths, max_lines)


def fit_row_heights(ws: Worksheet, rows: Iterable[int], widths: list[float] | None = None,
                    max_lines: int | None = None, *, grow_wrapped: bool = False) -> None:
    """Heights for rows written into a sheet, from their texts and the column widths, where a row has none: a
    filled 一套表 printed with one line a row wrote 「1958年8月12日」 over the two rows below it (wf53).
    ``grow_wrapped`` also raises a template's fixed height that its wrapping cells outgrow (an ID number wrapped
    to two lines in a row of one printed its second line over the next person's)."""
    widths = widths or _column_widths(ws, ws.max_column)
    for r in rows:
        height = ws.row_dimensions[r].height if r in ws.row_dimensions else None
        if height is None:
            lines = row_lines([ws.cell(r, c).value for c in range(1, len(widths) + 1)], widths, max_lines)
            if lines > 1:
                ws.row_dimensions[r].height = LINE_HEIGHT * lines
        elif grow_wrapped:
            cells = [ws.cell(r, c) for c in range(1, len(widths) + 1)]
            lines = row_lines([cell.value if cell.alignment.wrap_text else None for cell in cells], widths, max_lines)
            if LINE_HEIGHT * lines > height:
                ws.row_dimensions[r].height = LINE_HEIGHT * lines


class _PendingRows:
    """Rows waiting to be written into a sheet's XML when its workbook is saved."""

    def __init__(self, start: int, rows: Sequence[Sequence[object]], style_ids: list[int]) -> None:
        self.start = start
        self.rows = rows
        self.style_ids = style_ids
        self.width = len(style_ids)
        self.widths: list[float] = []  # column widths, known when the workbook is saved


def _xml_text(text: str) -> str:
    # A bare carriage return would be read back as a line feed (XML normalises line ends).
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _rows_xml(pending: _PendingRows) -> Iterable[bytes]:
    """The ``<row>`` elements of the pending rows, a few hundred at a time. Texts are inline strings, so no
    cell can be a formula, and every text passes :func:`safe_value` as a cell written by :func:`put` does.
    A long table repeats its texts (department, form, file on every row), so each is escaped once."""
    styles = [f' s="{style_id}"' for style_id in pending.style_ids]
    refs = [f'<c r="{get_column_letter(c)}' for c in range(1, pending.width + 1)]
    empties = [f'"{style}/>' for style in styles]
    text_opens = [f'"{style} t="inlineStr"><is><t xml:space="preserve">' for style in styles]
    text_close = "</t></is></c>"
    # A long table repeats its texts (department, form, file on every row): each is escaped and measured once.
    known: dict[tuple[int, str], tuple[str, int]] = {}
    chunk: list[str] = []
    widths = pending.widths
    for r, values in enumerate(pending.rows, start=pending.start):
        row = str(r)
        lines = 1
        cells = [""]  # the <row> tag, once its height is known
        for c, value in enumerate(values):
            if value is None or value == "":
                cells.append(f"{refs[c]}{row}{empties[c]}")
            elif isinstance(value, str):
                hit = known.get((c, value))
                if hit is None:  # the cell after its reference, and the lines its text wraps to
                    hit = known[(c, value)] = (f"{text_opens[c]}{_xml_text(safe_value(value))}{text_close}",
                                               text_lines(value, widths[c]) if c < len(widths) else 1)
                if hit[1] > lines:
                    lines = hit[1]
                cells.append(refs[c] + row + hit[0])
            elif isinstance(value, bool):
                cells.append(f'{refs[c]}{row}"{styles[c]} t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, int | float) and math.isfinite(value):
                cells.append(f'{refs[c]}{row}"{styles[c]}><v>{value!r}</v></c>')
            else:
                cells.append(f"{refs[c]}{row}{text_opens[c]}{_xml_text(safe_value(str(value)))}{text_close}")
        cells[0] = f'<row r="{row}" ht="{LINE_HEIGHT * lines}" customHeight="1">' if lines > 1 else f'<row r="{row}">'
        cells.append("</row>")
        chunk.append("".join(cells))
        if len(chunk) >= 500:
            yield "".join(chunk).encode("utf-8")
            chunk = []
            if len(known) > 200_000:
                known.clear()
    if chunk:
        yield "".join(chunk).encode("utf-8")


_DIMENSION_RE = re.compile(rb'<dimension ref="[^"]*"\s*/>')


def save(wb: Workbook, path: Path | str) -> None:
    """Seal and save a workbook of our own, writing the long tables :func:`write_rows` kept aside."""
    seal(wb)
    waiting = []
    for ws in wb.worksheets:
        _fit_row_heights(ws)
        if _PENDING in ws.__dict__:
            ws.__dict__[_PENDING].widths = _column_widths(ws, ws.__dict__[_PENDING].width)
            waiting.append(ws)
    if not waiting:
        wb.save(path)
        return
    buffer = io.BytesIO()
    wb.save(buffer)
    buffer.seek(0)
    # openpyxl numbers the sheet parts while saving, so their names are known only now.
    pending: dict[str, _PendingRows] = {ws.path.lstrip("/"): ws.__dict__.pop(_PENDING) for ws in waiting}
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            rows = pending.get(info.filename)
            if rows is None:
                target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
                continue
            # The row above the streamed ones was written by openpyxl, so the sheet data is never empty.
            head, _, tail = data.partition(b"</sheetData>")
            last = rows.start + len(rows.rows) - 1
            head = _DIMENSION_RE.sub(f'<dimension ref="A1:{get_column_letter(rows.width)}{last}"/>'.encode(), head, 1)
            with target.open(info.filename, "w") as member:
                member.write(head)
                for piece in _rows_xml(rows):
                    member.write(piece)
                member.write(b"</sheetData>" + tail)


def set_widths(ws: Worksheet, widths: Sequence[float]) -> None:
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width


def print_one_page_wide(ws: Worksheet) -> None:
    """Print a sheet of notes one page wide, as a clerk prints it."""
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


WRAP = Alignment(wrap_text=True, vertical="top")
