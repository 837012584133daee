"""A legacy .xls template re-drawn as .xlsx with its look: values, merges, column widths, row heights,
fonts, fills, borders, alignment, number formats and every row of every sheet (hidden lookup lists too).

xlrd is the one maintained reader of BIFF formatting records; python-calamine reads values only. The
conversion runs in a guarded worker (see ``guard``) because a damaged .xls can make any reader spin.
"""

from __future__ import annotations

import contextlib
import struct
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from .model import clean_text
from .readers.xls_lists import ListValidation, xls_list_validations
from .sheets import put

_BORDER_STYLES = {1: "thin", 2: "medium", 3: "dashed", 4: "dotted", 5: "thick", 6: "double", 7: "hair",
                  8: "mediumDashed", 9: "dashDot", 10: "mediumDashDot", 11: "dashDotDot", 12: "mediumDashDotDot",
                  13: "slantDashDot"}
_HORIZONTAL = {1: "left", 2: "center", 3: "right", 4: "fill", 5: "justify", 6: "centerContinuous", 7: "distributed"}
_VERTICAL = {0: "top", 1: "center", 2: "bottom", 3: "justify", 4: "distributed"}
MAX_CELLS = 2_000_000  # a template is never this large; a hostile file is cut here


def _rgb(book: Any, index: int | None) -> str | None:
    colour = book.colour_map.get(index) if index is not None else None
    return "FF{:02X}{:02X}{:02X}".format(*colour) if colour else None


class _Styles:
    """openpyxl style objects made once per XF record of the .xls, shared by every cell that uses it."""

    def __init__(self, book: Any) -> None:
        self.book = book
        self.cache: dict[int, tuple[Font, PatternFill | None, Border, Alignment, str]] = {}

    def of(self, xf_index: int) -> tuple[Font, PatternFill | None, Border, Alignment, str]:
        if xf_index in self.cache:
            return self.cache[xf_index]
        book = self.book
        xf = book.xf_list[xf_index]
        f = book.font_list[xf.font_index]
        font = Font(name=f.name, size=f.height / 20 or 11, bold=bool(f.bold), italic=bool(f.italic),
                    underline="single" if f.underline_type else None, color=_rgb(book, f.colour_index))
        pattern = xf.background.fill_pattern
        colour = _rgb(book, xf.background.pattern_colour_index)
        fill = PatternFill("solid", fgColor=colour) if pattern and colour else None
        b = xf.border

        def side(style: int, colour_index: int) -> Side:
            name = _BORDER_STYLES.get(style)
            return Side(style=name, color=_rgb(book, colour_index) or "FF000000") if name else Side()

        border = Border(left=side(b.left_line_style, b.left_colour_index),
                        right=side(b.right_line_style, b.right_colour_index),
                        top=side(b.top_line_style, b.top_colour_index),
                        bottom=side(b.bottom_line_style, b.bottom_colour_index))
        a = xf.alignment
        alignment = Alignment(horizontal=_HORIZONTAL.get(a.hor_align), vertical=_VERTICAL.get(a.vert_align),
                              wrap_text=bool(a.text_wrapped), indent=a.indent_level or 0)
        fmt = book.format_map.get(xf.format_key)
        number_format = fmt.format_str if fmt and fmt.format_str else "General"
        self.cache[xf_index] = (font, fill, border, alignment, number_format)
        return self.cache[xf_index]


def xls_to_workbook(path: Path) -> Workbook:
    """The .xls at ``path`` as an openpyxl workbook that looks like the original."""
    import xlrd

    data = path.read_bytes()  # (read once: xlrd's records and the drop-down lists both come from it)
    book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    styles = _Styles(book)
    wb = Workbook()
    wb.remove(wb.active)
    budget = MAX_CELLS
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            ws = wb.create_sheet(sheet.name[:31] or f"Sheet{index + 1}")
            if sheet.visibility:
                ws.sheet_state = "hidden" if sheet.visibility == 1 else "veryHidden"
            for r in range(sheet.nrows):
                if budget <= 0:
                    break
                for c in range(sheet.ncols):
                    budget -= 1
                    cell = sheet.cell(r, c)
                    value: Any = cell.value
                    if cell.ctype == xlrd.XL_CELL_EMPTY:
                        value = None
                    elif cell.ctype == xlrd.XL_CELL_DATE:
                        with contextlib.suppress(ValueError, OverflowError, xlrd.xldate.XLDateError):
                            value = xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
                    elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                        value = bool(cell.value)
                    elif cell.ctype == xlrd.XL_CELL_ERROR:
                        value = None
                    elif cell.ctype == xlrd.XL_CELL_NUMBER and float(cell.value).is_integer():
                        value = int(cell.value)
                    target = ws.cell(r + 1, c + 1)
                    if value is not None and value != "":
                        put(target, value)
                    if cell.xf_index:
                        font, fill, border, alignment, number_format = styles.of(cell.xf_index)
                        target.font, target.border, target.alignment = font, border, alignment
                        if fill is not None:
                            target.fill = fill
                        if number_format != "General":
                            target.number_format = number_format
            for rlo, rhi, clo, chi in sheet.merged_cells:
                if rhi - rlo > 1 or chi - clo > 1:
                    ws.merge_cells(start_row=rlo + 1, start_column=clo + 1, end_row=rhi, end_column=chi)
            for c, info in sheet.colinfo_map.items():
                if c < 16384:
                    dim = ws.column_dimensions[get_column_letter(c + 1)]
                    dim.width = round(info.width / 256, 2)
                    dim.hidden = bool(info.hidden)
            default = getattr(sheet, "standardwidth", None) or getattr(sheet, "defcolwidth", None)
            if default:
                ws.sheet_format.defaultColWidth = default / 256 if default > 255 else default
            for r, info in sheet.rowinfo_map.items():
                if r < 1_048_576 and info.height:
                    ws.row_dimensions[r + 1].height = info.height / 20
                    ws.row_dimensions[r + 1].hidden = bool(info.hidden)
            _copy_page_setup(book, index, ws)
            book.unload_sheet(index)
    finally:
        book.release_resources()
    _copy_lists(wb, xls_list_validations(data))
    return wb


LISTS_SHEET = "下拉选项"
_INLINE_LIMIT = 255  # Excel's limit on a list written in the validation itself


def _copy_lists(wb: Workbook, lists: dict[str, list[ListValidation]]) -> None:
    """The .xls's drop-down lists over the same cells of the copy (wf30: a police import template's filled copy
    had lost its code lists). A list too long to write inline in an .xlsx is kept on a hidden sheet."""
    holder = None
    for sheet_name, found in lists.items():
        if sheet_name[:31] not in wb.sheetnames:
            continue
        ws = wb[sheet_name[:31]]
        for listed in found:
            values = [v for v in (clean_text(v).strip() for v in listed.values) if v]
            inline = '"' + ",".join(values) + '"'
            if len(inline) <= _INLINE_LIMIT and not any("," in v or '"' in v for v in values):
                formula = inline
            else:
                if holder is None:
                    holder = wb.create_sheet(_free_name(wb, LISTS_SHEET))
                    holder.sheet_state = "hidden"
                column = holder.max_column + 1 if holder.max_row > 1 or holder["A1"].value is not None else 1
                for n, value in enumerate(values, start=1):
                    put(holder.cell(n, column), value)
                letter = get_column_letter(column)
                formula = f"'{holder.title}'!${letter}$1:${letter}${len(values)}"
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            for c in listed.columns:
                letter = get_column_letter(c + 1)
                validation.add(f"{letter}{listed.first_row + 1}:{letter}{listed.last_row + 1}")
            ws.add_data_validation(validation)


def _free_name(wb: Workbook, name: str) -> str:
    taken = set(wb.sheetnames)
    return next(candidate for n in range(1, 100) if (candidate := name if n == 1 else f"{name}{n}") not in taken)


_EOF, _SETUP, _WSBOOL = 0x000A, 0x00A1, 0x0081
# ROW and the cell records (LABELSST, NUMBER, RK, MULRK, BLANK, MULBLANK, FORMULA, LABEL, BOOLERR).
_CELLS = frozenset({0x0208, 0x00FD, 0x0203, 0x027E, 0x00BD, 0x0201, 0x00BE, 0x0006, 0x0204, 0x0205})
_MARGINS = {0x0026: "left", 0x0027: "right", 0x0028: "top", 0x0029: "bottom"}
_CENTRE = {0x0083: "horizontalCentered", 0x0084: "verticalCentered"}


def _copy_page_setup(book: Any, index: int, ws: Any) -> None:
    """Orientation, paper, scale or fit to page, margins and centring of an .xls sheet, from its BIFF records
    (xlrd keeps none of them): a landscape A3 form written back as a portrait A4 printed on seven pages.
    Best effort: a record that cannot be read leaves openpyxl's defaults."""
    try:
        mem, pos = book.mem, book._sh_abs_posn[index]
    except (AttributeError, IndexError):
        return
    with contextlib.suppress(struct.error, ValueError):
        end, fit = len(mem), False
        while pos + 4 <= end:
            code, size = struct.unpack_from("<HH", mem, pos)
            data = mem[pos + 4:pos + 4 + size]
            pos += 4 + size
            if code == _EOF or code in _CELLS:
                break  # the page settings come before the rows: a sheet of 100,000 rows is not walked through
            if code == _SETUP and len(data) >= 12:
                paper, scale, _, fit_width, fit_height, flags = struct.unpack_from("<6H", data)
                if not flags & 0x04:  # fNoPls: the printer settings were never set
                    ws.page_setup.orientation = "portrait" if flags & 0x02 else "landscape"
                    if 0 < paper < 120:
                        ws.page_setup.paperSize = paper
                    if 10 <= scale <= 400:
                        ws.page_setup.scale = scale
                ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = fit_width, fit_height
            elif code == _WSBOOL and len(data) >= 2:
                fit = bool(struct.unpack_from("<H", data)[0] & 0x0100)
            elif code in _MARGINS and len(data) >= 8:
                inches = struct.unpack_from("<d", data)[0]
                if 0 <= inches < 10:
                    setattr(ws.page_margins, _MARGINS[code], inches)
            elif code in _CENTRE and len(data) >= 2:
                setattr(ws.print_options, _CENTRE[code], bool(struct.unpack_from("<H", data)[0]))
        ws.sheet_properties.pageSetUpPr.fitToPage = fit


def convert_xls(src: str, dst: str) -> str:
    """Guarded-worker task: write the .xlsx copy of ``src`` to ``dst``."""
    xls_to_workbook(Path(src)).save(dst)
    return dst


__all__ = ["convert_xls", "xls_to_workbook"]
