"""What every workbook the tool writes goes through: safe text and shared styling (report, review, 字段对照,
一套表, split outputs)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from copy import copy
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from .model import clean_text

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


def put(cell: Cell, value: Any) -> Cell:
    """Write a value into a cell safely (the one way text from the forms reaches a cell)."""
    cell.value = safe_value(value)
    as_text(cell)
    return cell


def seal(wb: Workbook) -> None:
    """Before saving a workbook of our own: no cell of it is a formula, no text is longer than Excel holds."""
    for ws in wb.worksheets:
        ws.title = safe_value(ws.title)
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    if len(cell.value) > MAX_CELL_CHARS:
                        cell.value = safe_value(cell.value)
                    as_text(cell)


def write_header(ws: Worksheet, row: int, headers: Sequence[str]) -> None:
    for col, text in enumerate(headers, start=1):
        cell = put(ws.cell(row=row, column=col), text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.border = BORDER
        cell.alignment = HEADER_ALIGN


def write_rows(ws: Worksheet, start: int, rows: Sequence[Sequence[object]]) -> None:
    """Rows of a table with thin borders. The style is registered once and its index array copied to every
    cell: assigning a Border per cell makes openpyxl hash it each time (minutes for 100,000 rows)."""
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


def set_widths(ws: Worksheet, widths: Sequence[float]) -> None:
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width


def fit_width(ws: Worksheet) -> None:
    """Print a sheet of notes one page wide, its long texts wrapped, as a clerk prints it."""
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    for row in ws.iter_rows(min_col=2, max_col=2):
        for cell in row:
            cell.alignment = WRAP


WRAP = Alignment(wrap_text=True, vertical="top")
