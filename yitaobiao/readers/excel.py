"""Excel workbooks (.xlsx, .xlsm, .xls) → grids.

python-calamine (Rust) reads values and merged ranges of a small template about 50× faster than
openpyxl, so it reads every ordinary sheet. A sheet whose XML is large (a filled 花名册 of 100,000
rows) is streamed instead: openpyxl's read-only mode yields only the top rows, and merged ranges are
picked out of the XML stream, so memory stays flat however long the sheet is. Macros are never run:
neither library executes VBA.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import zipfile
from pathlib import Path

import defusedxml.ElementTree as SafeET
import python_calamine

from ..errors import EncryptedFileError, FormReadError
from ..model import CellRange, Grid, parse_a1
from .safety import OLE_MAGIC, check_ooxml, file_magic

# Rows read from the top of a sheet: enough for the longest indicator form, far less than a
# filled register.
HEADER_SCAN_ROWS = 400
# Above this size (uncompressed sheet XML) a sheet is streamed rather than loaded whole.
STREAM_SHEET_BYTES = 6 * 1024 * 1024
FLAG_PEEK_BYTES = 256 * 1024

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_HIDDEN_ROW_RE = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="(\d+)"[^>]*?\bhidden="(?:1|true)"')
_HIDDEN_ROW_RE2 = re.compile(rb'<(?:\w+:)?row\b[^>]*?\bhidden="(?:1|true)"[^>]*?\br="(\d+)"')
_HIDDEN_COL_RE = re.compile(rb"<(?:\w+:)?col\b([^>]*)>")
_MERGE_RE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Za-z]+\d+(?::[A-Za-z]+\d+)?)"')


def cell_text(value: object) -> str:
    """A cell value as the text a person sees."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _ref_to_range(ref: str) -> CellRange:
    first, _, last = ref.partition(":")
    top, left = parse_a1(first)
    bottom, right = parse_a1(last) if last else (top, left)
    return CellRange(top, left, bottom, right)


class _SheetPart:
    """Where one worksheet lives inside an .xlsx and whether it is hidden."""

    def __init__(self, name: str, part: str | None, state: str) -> None:
        self.name = name
        self.part = part
        self.hidden = state in ("hidden", "veryHidden")


def _sheet_parts(archive: zipfile.ZipFile) -> list[_SheetPart]:
    workbook = SafeET.fromstring(archive.read("xl/workbook.xml"))
    targets: dict[str, str] = {}
    try:
        rels = SafeET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        for rel in rels.iter(f"{_NS_PKG_REL}Relationship"):
            target = rel.get("Target", "")
            if target.startswith("/"):
                target = target.lstrip("/")
            else:
                target = posixpath.normpath(posixpath.join("xl", target))
            targets[rel.get("Id", "")] = target
    except KeyError:
        pass
    parts = []
    for sheet in workbook.iter(f"{_NS_MAIN}sheet"):
        rid = sheet.get(f"{_NS_REL}id", "")
        parts.append(_SheetPart(sheet.get("name", ""), targets.get(rid), sheet.get("state", "visible")))
    return parts


def _hidden_flags(archive: zipfile.ZipFile, part: str) -> tuple[frozenset[int], frozenset[int]]:
    """Hidden rows (within the top of the sheet) and hidden columns, from the sheet XML."""
    with archive.open(part) as member:
        head = member.read(FLAG_PEEK_BYTES)
    rows = {int(m.group(1)) - 1 for m in _HIDDEN_ROW_RE.finditer(head)}
    rows |= {int(m.group(1)) - 1 for m in _HIDDEN_ROW_RE2.finditer(head)}
    cols: set[int] = set()
    for m in _HIDDEN_COL_RE.finditer(head):
        attrs = m.group(1)
        if re.search(rb'\bhidden="(?:1|true)"', attrs):
            lo = re.search(rb'\bmin="(\d+)"', attrs)
            hi = re.search(rb'\bmax="(\d+)"', attrs)
            if lo and hi:
                cols.update(range(int(lo.group(1)) - 1, min(int(hi.group(1)), 16384)))
    return frozenset(r for r in rows if r < HEADER_SCAN_ROWS), frozenset(cols)


def _stream_merges(archive: zipfile.ZipFile, part: str) -> list[CellRange]:
    """Merged ranges of a large sheet, read from the XML stream chunk by chunk."""
    merges: list[CellRange] = []
    tail = b""
    with archive.open(part) as member:
        while chunk := member.read(1 << 20):
            buf = tail + chunk
            last_end = 0
            for m in _MERGE_RE.finditer(buf):
                merges.append(_ref_to_range(m.group(1).decode("ascii")))
                last_end = m.end()
            tail = buf[max(last_end, len(buf) - 200):]
    return merges


def _stream_rows(path: Path, sheet_name: str) -> tuple[list[list[str]], int]:
    """Top rows of one large sheet via openpyxl's read-only mode, and the sheet's height."""
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    try:
        sheet = workbook[sheet_name]
        rows = [[cell_text(v) for v in row]
                for row in sheet.iter_rows(min_row=1, max_row=HEADER_SCAN_ROWS, values_only=True)]
        total = max(sheet.max_row or 0, len(rows))
    finally:
        workbook.close()
    return rows, total


def _calamine_workbook(path: Path) -> python_calamine.CalamineWorkbook:
    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError as exc:
        raise EncryptedFileError(path, "文件设有打开密码，无法读取。请取消密码后另存，再重新扫描。") from exc
    except Exception as exc:  # calamine raises several unrelated types for damaged files
        raise FormReadError(path, "文件已损坏或格式无法识别，请用 Excel/WPS 打开检查后另存，再重新扫描。") from exc


def _calamine_grid(sheet: python_calamine.CalamineSheet, rel: str, name: str, fmt: str) -> Grid:
    rows = [[cell_text(v) for v in row] for row in sheet.to_python(skip_empty_area=False, nrows=HEADER_SCAN_ROWS)]
    merges = [CellRange(a[0], a[1], b[0], b[1]) for a, b in (sheet.merged_cell_ranges or [])]
    return Grid(path=rel, sheet=name, rows=rows, merges=merges, total_rows=sheet.height or len(rows),
                source_format=fmt)


def read_xlsx(path: Path, rel: str) -> list[Grid]:
    """Every sheet of an .xlsx/.xlsm workbook; hidden sheets are returned with ``hidden=True``."""
    fmt = path.suffix.lower().lstrip(".")
    with check_ooxml(path) as archive:
        try:
            parts = _sheet_parts(archive)
        except (KeyError, SafeET.ParseError) as exc:
            raise FormReadError(path, "不是有效的 Excel 工作簿（缺少 workbook.xml）。") from exc
        if not parts:
            raise FormReadError(path, "工作簿中没有工作表。")
        sizes = {info.filename: info.file_size for info in archive.infolist()}
        workbook: python_calamine.CalamineWorkbook | None = None
        grids = []
        for part in parts:
            # Hidden sheets are read too: they are never forms, but often hold the code lists of dropdowns.
            if part.part is None or part.part not in sizes:
                continue  # chart sheets and dialog sheets carry no cells
            hidden_rows, hidden_cols = _hidden_flags(archive, part.part)
            if sizes[part.part] > STREAM_SHEET_BYTES:
                rows, total = _stream_rows(path, part.name)
                grid = Grid(path=rel, sheet=part.name, rows=rows, merges=_stream_merges(archive, part.part),
                            total_rows=total, source_format=fmt)
            else:
                if workbook is None:
                    workbook = _calamine_workbook(path)
                try:
                    sheet = workbook.get_sheet_by_name(part.name)
                except Exception as exc:
                    raise FormReadError(path, f"工作表“{part.name}”已损坏，无法读取。") from exc
                grid = _calamine_grid(sheet, rel, part.name, fmt)
            grid.hidden_rows = hidden_rows
            grid.hidden_cols = hidden_cols
            grid.hidden = part.hidden
            grids.append(grid)
        return grids


def read_xls(path: Path, rel: str) -> list[Grid]:
    """Every sheet of a legacy BIFF .xls workbook."""
    magic = file_magic(path)
    if not magic:
        raise FormReadError(path, "文件为空（0 字节）。")
    if not magic.startswith(OLE_MAGIC):
        if magic.startswith(b"PK"):
            # An .xlsx saved with the old extension: read it for what it is.
            return read_xlsx(path, rel)
        raise FormReadError(path, "不是有效的 .xls 文件（可能是网页或文本文件改了扩展名），请用 Excel/WPS 另存为 .xlsx。")
    workbook = _calamine_workbook(path)
    grids = []
    for meta in workbook.sheets_metadata:
        hidden = str(meta.visible).rsplit(".", 1)[-1] != "Visible"
        if str(meta.typ).rsplit(".", 1)[-1] != "WorkSheet":
            continue
        try:
            sheet = workbook.get_sheet_by_name(meta.name)
        except Exception as exc:
            raise FormReadError(path, f"工作表“{meta.name}”已损坏，无法读取。") from exc
        grid = _calamine_grid(sheet, rel, meta.name, "xls")
        grid.hidden = hidden
        grids.append(grid)
    if not grids:
        raise FormReadError(path, "工作簿中没有工作表。")
    return grids

