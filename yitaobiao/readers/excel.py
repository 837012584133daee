"""Excel workbooks (.xlsx, .xlsm, .xls) → grids.

python-calamine (Rust) reads values and merged ranges of a small template about 50× faster than
openpyxl, so it reads every ordinary sheet. A sheet whose XML is large (a filled 花名册 of 100,000
rows) is streamed instead: its top rows are parsed from the XML stream and the rest is only scanned for
merged ranges and counted, so time and memory stay small however long the sheet is. Macros are never run:
neither library executes VBA.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import posixpath
import re
import xml.etree.ElementTree as ET  # noqa: S405 - only on parts read_part or refuse_dtd passed
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine

from ..errors import EncryptedFileError, FormReadError
from ..model import MAX_GRID_COLS, CellRange, Grid, clean_text, parse_a1
from .safety import (
    OLE_MAGIC,
    PASSWORD_REASON,
    Archive,
    check_ooxml,
    encrypted_ole,
    file_magic,
    name_suffix,
    read_part,
    refuse_dtd,
)
from .small_zip import in_memory
from .xls_lists import xls_list_validations

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


def _sheet_parts(path: Path, archive: Archive) -> list[_SheetPart]:
    workbook = ET.fromstring(read_part(path, archive, "xl/workbook.xml"))  # noqa: S314 - read_part refused DTDs
    targets: dict[str, str] = {}
    try:
        rels = ET.fromstring(read_part(path, archive, "xl/_rels/workbook.xml.rels"))  # noqa: S314 - as above
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


_CELL_XML_RE = re.compile(rb"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.S)
_CELL_REF_RE = re.compile(rb'\br="([A-Z]{1,3}[0-9]{1,7})"')
_COMPUTED_RE = re.compile(rb"<v>[^<]|<v\s[^>]*>[^<]")
_TEXT_RESULT_RE = re.compile(rb'\bt="str"')  # a formula whose result is empty text: computed, nothing to say


@dataclass
class CellsReadApart:
    """The cells of a filled workbook whose value calamine gives is not what the cadre sees (see
    :func:`cells_read_apart`)."""

    uncomputed: list[str] = field(default_factory=list)  # 「人员!H5」: formulas holding no computed result
    errors: list[str] = field(default_factory=list)  # 「人员!E9（#DIV/0!）」: cells holding an error value
    # sheet → 1-based (row, column) of each number shown as a percent
    percent: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
    # sheet → 1-based (row, column) of each date shown to its month only
    months: dict[str, set[tuple[int, int]]] = field(default_factory=dict)


def cells_read_apart(path: Path, limit: int = 20) -> CellsReadApart:
    """The cells of a workbook whose value reads otherwise than it shows, from one read of every sheet's XML
    (each list up to ``limit``):

    - each formula cell that holds no computed result (a workbook written by a program, or saved by a tool that
      does not calculate): calamine reads it as empty;
    - each cell holding an error value: calamine reads it as empty, and openpyxl would also turn a number typed in
      a date cell (19420215, past its dates) into 「#VALUE!」, so the XML is read itself;
    - each number shown in a percent format: 85% typed by a cadre is stored, and read, as 0.85;
    - each date shown to its month only (yyyy-mm, 「1970年3月」): stored, and read, as the month's first day."""
    found = CellsReadApart()
    with zipfile.ZipFile(path) as archive:
        percent_styles, month_styles = _styles_shown_apart(path, archive)
        for sheet in _sheet_parts(path, archive):
            if sheet.part is None or sheet.part not in archive.namelist():
                continue
            data = read_part(path, archive, sheet.part)
            if b"<f" in data or b't="e"' in data:
                _cells_without_values(data, sheet.name, found, limit)
            for styles, cells in ((percent_styles, found.percent), (month_styles, found.months)):
                if styles:
                    cells[sheet.name] = _numbers_in_styles(data, styles)
    return found


def _numbers_in_styles(data: bytes, styles: frozenset[int]) -> set[tuple[int, int]]:
    """The 1-based (row, column) of the numbers of one sheet's XML shown in one of ``styles``: only the cells of
    those styles, found by one search (a 100,000-row sheet walked cell by cell in Python took 0.8 s)."""
    styled = re.compile(rb'<c\b([^>]*?\bs="(?:' + b"|".join(str(n).encode() for n in sorted(styles))
                        + rb')"[^>]*?)(?:/>|>(.*?)</c>)', re.S)
    cells: set[tuple[int, int]] = set()
    for match in styled.finditer(data):
        attrs, body = match.group(1), match.group(2) or b""
        if (ref := _CELL_REF_RE.search(attrs)) and not _TYPED_RE.search(attrs) and b"<v" in body:
            row, col = parse_a1(ref.group(1).decode())
            cells.add((row + 1, col + 1))
    return cells


def _cells_without_values(data: bytes, sheet: str, found: CellsReadApart, limit: int) -> None:
    """The error cells and the formulas without a result of one sheet's XML, into ``found``."""
    for match in _CELL_XML_RE.finditer(data):
        attrs, body = match.group(1), match.group(2) or b""
        ref = _CELL_REF_RE.search(attrs)
        if ref is None:
            continue
        where = f"{sheet}!{ref.group(1).decode()}"
        if _ERROR_TYPE_RE.search(attrs):
            if len(found.errors) < limit:
                shown = _VALUE_RE.search(body)
                found.errors.append(f"{where}（{shown.group(1).decode('utf-8', 'replace') if shown else '错误值'}）")
        elif b"<f" in body and not _COMPUTED_RE.search(body) and not _TEXT_RESULT_RE.search(attrs) \
                and len(found.uncomputed) < limit:
            found.uncomputed.append(where)


def _styles_shown_apart(path: Path, archive: Archive) -> tuple[frozenset[int], frozenset[int]]:
    """The cell styles (positions in cellXfs) whose number format shows a percent (the built-in 0% and 0.00%, ids
    9 and 10, and any format of the workbook's own with a % outside quotes), and those showing a date to its month
    (the built-in mmm-yy, id 17, and any of the workbook's own with a year and a month and no day or time)."""
    if "xl/styles.xml" not in archive.namelist():
        return frozenset(), frozenset()
    styles = read_part(path, archive, "xl/styles.xml")
    percent_formats, month_formats = {9, 10}, {17}
    for fmt in _NUMBER_FORMAT_RE.finditer(styles):
        code = re.sub(r'"[^"]*"|\\.|\[[^]]*\]', "", html.unescape(fmt.group(2).decode("utf-8", "replace"))).lower()
        if "%" in code:
            percent_formats.add(int(fmt.group(1)))
        elif "y" in code and "m" in code and not re.search(r"[dhs]", code):
            month_formats.add(int(fmt.group(1)))
    cell_styles = _CELL_XFS_RE.search(styles)
    if cell_styles is None:
        return frozenset(), frozenset()
    formats = [int(fmt_id.group(1)) if (fmt_id := _NUMBER_FORMAT_ID_RE.search(xf.group(1))) else 0
               for xf in _XF_RE.finditer(cell_styles.group(1))]
    return frozenset(n for n, fmt in enumerate(formats) if fmt in percent_formats), \
        frozenset(n for n, fmt in enumerate(formats) if fmt in month_formats)


_TYPED_RE = re.compile(rb'\bt="(?!n")')  # a typed cell (text, boolean, date …): no number shown in percent
_NUMBER_FORMAT_RE = re.compile(rb'<(?:\w+:)?numFmt\b[^>]*?numFmtId="(\d+)"[^>]*?formatCode="([^"]*)"')
_CELL_XFS_RE = re.compile(rb"<(?:\w+:)?cellXfs\b[^>]*>(.*?)</(?:\w+:)?cellXfs>", re.S)
_XF_RE = re.compile(rb"<(?:\w+:)?xf\b([^>]*)")
_NUMBER_FORMAT_ID_RE = re.compile(rb'\bnumFmtId="(\d+)"')


_ERROR_TYPE_RE = re.compile(rb'\bt="e"')
_VALUE_RE = re.compile(rb"<v>([^<]*)</v>")


# (a validation with no list, 「<dataValidation … sqref="D3"/>」, closes itself: it must not swallow the next one)
_VALIDATION_RE = re.compile(rb"<(?:\w+:)?dataValidation\b((?:[^>/]|/(?!>))*)>(.*?)</(?:\w+:)?dataValidation>", re.S)
_LIST_TYPE_RE = re.compile(rb'\btype="list"')
_SQREF_ATTR_RE = re.compile(rb'\bsqref="([^"]+)"')
_SQREF_TAG_RE = re.compile(rb"<(?:\w+:)?sqref>([^<]+)<")
_FORMULA1_RE = re.compile(rb"<(?:\w+:)?formula1>\s*(?:<(?:\w+:)?f>)?([^<]*)<")
_RANGE_COLUMNS_RE = re.compile(r"^\$?([A-Z]{1,3})\$?\d*(?::\$?([A-Z]{1,3})\$?\d*)?$")
_LIST_SOURCE_RE = re.compile(r"^(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?\$?([A-Z]{1,3})\$?(\d*)(?::\$?([A-Z]{1,3})\$?(\d*))?$")
MAX_CHOICES = 60
_MAX_VALIDATED_COLUMNS = 30


def list_validations(head: bytes) -> list[tuple[list[int], str]]:
    """The drop-down lists of a sheet, from its XML: (0-based columns, the list's source) of each data validation
    of type list, written plainly or as Excel 2010's extension (whose source may be on another sheet)."""
    if b"dataValidation" not in head:
        return []
    found = []
    for match in _VALIDATION_RE.finditer(head):
        attrs, body = match.group(1), match.group(2)
        sqref = _SQREF_ATTR_RE.search(attrs) or _SQREF_TAG_RE.search(body)
        formula = _FORMULA1_RE.search(body)
        if not _LIST_TYPE_RE.search(attrs) or not sqref or not formula:
            continue
        columns: set[int] = set()
        for ref in sqref.group(1).decode("ascii", "replace").split():
            cols = _RANGE_COLUMNS_RE.match(ref)
            if cols:
                left = _column_index(cols.group(1))
                right = _column_index(cols.group(2) or cols.group(1))
                columns.update(range(left, min(right, left + _MAX_VALIDATED_COLUMNS) + 1))
        if columns:
            found.append((sorted(columns), html.unescape(formula.group(1).decode("utf-8", "replace")).strip()))
    return found


def _column_index(letters: str) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index - 1


def attach_choices(grids: list[Grid], validations: dict[str, list[tuple[list[int], str]]]) -> None:
    """Give each grid's columns the values of the drop-down lists over them (written inline, 「"男,女"」, or kept
    on a sheet of their own, 「外出地点!$A:$A」), and mark a sheet that holds another's lists as such: it is the
    template's machinery, no form (wf19: 外出地点 and 流动原因 were reported as sheets with no header)."""
    by_name = {g.sheet: g for g in grids}
    for grid in grids:
        for columns, source in validations.get(grid.sheet, []):
            values, holder = _listed_values(source, grid, by_name)
            if len(values) < 2:
                continue
            if holder is not None and holder is not grid:
                holder.choice_list = True
            for c in columns:
                grid.column_choices.setdefault(c, values)


def _listed_values(source: str, grid: Grid, by_name: dict[str, Grid]) -> tuple[list[str], Grid | None]:
    source = source.removeprefix("=")  # (「=下拉选项!$A$1:$A$2」 as some writers save it — u164)
    if source.startswith('"'):
        return _distinct(source.strip('"').split(",")), None
    ref = _LIST_SOURCE_RE.match(source.replace("$", "") if "!" not in source else source)
    if not ref:
        return [], None  # (a defined name: the list is not read)
    name = (ref.group(1) or "").replace("''", "'") or ref.group(2) or grid.sheet
    holder = by_name.get(name)
    if holder is None:
        return [], None
    column = _column_index(ref.group(3))
    top = int(ref.group(4)) - 1 if ref.group(4) else 0
    bottom = int(ref.group(6)) if ref.group(6) else len(holder.rows)
    last = _column_index(ref.group(5)) if ref.group(5) else column
    if ref.group(4) and bottom == top + 1 and last > column:
        # (「代码!$B$2:$G$2」: a list across a row, its name before it — u500's 老人类别 had been read down the
        # columns as lists named 特困, 低保 …)
        holder.listed_across[top] = column
        row = holder.rows[top] if top < len(holder.rows) else []
        return _distinct(row[column:last + 1]), holder
    if ref.group(4) and top == 0:
        holder.listed_from_top.add(column)  # (「下拉选项!$A$1:$A$2」: its first row is an answer, not a list's name)
    return _distinct(row[column] if column < len(row) else "" for row in holder.rows[top:bottom]), holder


def _distinct(values: object) -> list[str]:
    # (an inline list is the XML's own text: 「&#1;」 in it must not reach a workbook the tool writes)
    seen = dict.fromkeys(clean_text(v).strip() for v in values  # type: ignore[attr-defined]
                         if isinstance(v, str) and clean_text(v).strip())
    return [v[:60] for v in list(seen)[:MAX_CHOICES]]


def _hidden_flags(head: bytes) -> tuple[frozenset[int], frozenset[int]]:
    """Hidden rows (within the top of the sheet) and hidden columns, from the head of the sheet XML."""
    if b"hidden" not in head:  # nearly every template: the five patterns below are not worth running
        return frozenset(), frozenset()
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


_ROW_TAG_RE = re.compile(rb"<(?:\w+:)?row[\s>/]")


def _stream_merges(archive: Archive, part: str) -> tuple[list[CellRange], int]:
    """Merged ranges and the number of rows of a large sheet, read from the XML stream chunk by chunk
    (openpyxl's read-only mode would parse every cell of a sheet without a dimension tag to count them).
    Rows are counted with bytes.count, and the regular expressions run only where they can match: a filled
    register's 45 MB are counted in the time it takes to inflate them."""
    merges: list[CellRange] = []
    rows = 0
    tail = b""
    with archive.open(part) as member:
        while True:
            chunk = member.read(1 << 20)
            buf = tail + chunk if tail else chunk
            # Unless this is the end, the last tag that may be cut in two waits for the next round.
            keep = len(buf) if not chunk else buf.rfind(b"<", 0, max(0, len(buf) - 256))
            if keep <= 0 and chunk:  # no tag in a whole chunk (one giant text): do not let the tail grow
                keep = max(0, len(buf) - 256)
            if buf.find(b"mergeCell", 0, keep) >= 0:
                for m in _MERGE_RE.finditer(buf, 0, keep):
                    merges.append(_ref_to_range(m.group(1).decode("ascii")))
            if buf.find(b":row", 0, keep) >= 0:  # a namespace prefix (<x:row>): the general pattern
                rows += len(_ROW_TAG_RE.findall(buf, 0, keep))
            else:  # <row …>, less the page breaks' <rowBreaks>, the one other tag that starts so
                rows += buf.count(b"<row", 0, keep) - buf.count(b"<rowBreaks", 0, keep)
            tail = buf[keep:]
            if not chunk:
                break
    return merges, rows


def _shared_strings_part(archive: Archive) -> str | None:
    names = set(archive.namelist())
    return next((n for n in ("xl/sharedStrings.xml", "xl/SharedStrings.xml") if n in names), None)


def _stream_shared_strings(path: Path, archive: Archive, needed: int) -> list[str]:
    """The first ``needed`` shared strings, read from the stream and then left: a filled register's
    100,000 names are not parsed to find the header's thirty words."""
    part = _shared_strings_part(archive)
    if part is None or needed <= 0:
        return []
    strings: list[str] = []
    parser = ET.XMLPullParser(events=("end",))
    with archive.open(part) as member:
        chunk = refuse_dtd(path, member.read(1 << 16))
        while chunk and len(strings) < needed:
            parser.feed(chunk)
            for _, element in parser.read_events():
                if element.tag == f"{_NS_MAIN}si":
                    # Plain text in <t>, rich text in runs <r><t>; phonetic hints (<rPh>) are not part of the text.
                    texts = element.findall(f"{_NS_MAIN}t") + element.findall(f"{_NS_MAIN}r/{_NS_MAIN}t")
                    strings.append("".join(t.text or "" for t in texts))
                    element.clear()
            chunk = member.read(1 << 16)
    return strings


def _stream_rows(path: Path, archive: Archive, part: str) -> list[list[str]]:
    """Top rows of one large sheet, read from its XML stream and left after HEADER_SCAN_ROWS rows
    (openpyxl's read-only mode parses every cell of a sheet without a dimension tag first)."""
    cells: dict[tuple[int, int], tuple[str, str]] = {}
    parser = ET.XMLPullParser(events=("end",))
    next_row = 0
    done = False
    with archive.open(part) as member:
        chunk = refuse_dtd(path, member.read(1 << 16))
        while not done and chunk:
            parser.feed(chunk)
            chunk = member.read(1 << 16)
            for _, element in parser.read_events():
                tag = element.tag
                if tag == f"{_NS_MAIN}row":
                    ref = element.get("r")
                    row = int(ref) - 1 if ref and ref.isdigit() else next_row
                    next_col = 0
                    for cell in element.iter(f"{_NS_MAIN}c"):
                        where = cell.get("r")
                        r, c = parse_a1(where) if where else (row, next_col)
                        next_col = c + 1
                        kind = cell.get("t", "n")
                        if kind == "inlineStr":
                            text = "".join(t.text or "" for t in cell.iter(f"{_NS_MAIN}t"))
                        else:
                            value = cell.find(f"{_NS_MAIN}v")
                            text = value.text if value is not None and value.text is not None else ""
                        if text != "" and r < HEADER_SCAN_ROWS and c < MAX_GRID_COLS:
                            cells[(r, c)] = (kind, text)
                    element.clear()
                    next_row = row + 1
                    if next_row >= HEADER_SCAN_ROWS:
                        done = True
                        break
    needed = max((int(text) + 1 for kind, text in cells.values() if kind == "s" and text.isdigit()), default=0)
    shared = _stream_shared_strings(path, archive, needed)
    height = max((r for r, _ in cells), default=-1) + 1
    width = max((c for _, c in cells), default=-1) + 1
    rows = [[""] * width for _ in range(height)]
    for (r, c), (kind, text) in cells.items():
        if kind == "s":
            index = int(text) if text.isdigit() else -1
            rows[r][c] = shared[index] if 0 <= index < len(shared) else ""
        elif kind == "b":
            rows[r][c] = "TRUE" if text == "1" else "FALSE"
        elif kind in ("n", ""):
            try:
                rows[r][c] = cell_text(float(text))
            except ValueError:
                rows[r][c] = text
        else:
            rows[r][c] = text
    return rows


_NAMES_OF = {".xlsx": (".xlsx", ".xlsm"), ".xls": (".xls",), ".ods": (".ods",)}


def _open_calamine(path: Path, content: str, data: bytes | None = None) -> python_calamine.CalamineWorkbook:
    """Calamine picks its reader by the file's extension: a workbook whose name says otherwise than its bytes
    (an .xlsx renamed .xls, an .xls renamed .xlsx or .csv) is given to it as content, which it sniffs. A
    small file already in memory (``data``) is given as content too, rather than read from disk again."""
    if data is not None:
        return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    if name_suffix(path) in _NAMES_OF[content] and _utf8_name(path):
        return python_calamine.CalamineWorkbook.from_path(str(path))
    with path.open("rb") as fh:
        return python_calamine.CalamineWorkbook.from_filelike(fh)


def _utf8_name(path: Path) -> bool:
    """Whether calamine can open the path by name: a name in GBK bytes from a Chinese Windows zip tool is held
    by Python as surrogate escapes, which calamine cannot pass to the system (it called such files damaged)."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def calamine_workbook(path: Path, content: str, data: bytes | None = None) -> python_calamine.CalamineWorkbook:
    """The workbook (``content`` is what its bytes are: .xlsx, .xls …; ``data`` its bytes if already read); a
    password or damage is the clerk's reason."""
    try:
        return _open_calamine(path, content, data)
    except python_calamine.PasswordError as exc:
        raise EncryptedFileError(path, PASSWORD_REASON) from exc
    except Exception as exc:  # calamine raises several unrelated types for damaged files
        if content == ".xls" and encrypted_ole(path):  # an .xlsx with a password is an OLE file, named .xls
            raise EncryptedFileError(path, PASSWORD_REASON) from exc
        raise FormReadError(path, "文件已损坏或格式无法识别，请用 Excel/WPS 打开检查后另存，再重新扫描。") from exc


def _calamine_grid(sheet: python_calamine.CalamineSheet, rel: str, name: str, fmt: str) -> Grid:
    # Most cells are text or empty: they are taken as they are (cell_text per cell was a tenth of reading).
    rows = [[v if type(v) is str else cell_text(v) for v in row]
            for row in sheet.to_python(skip_empty_area=False, nrows=HEADER_SCAN_ROWS)]
    merges = [CellRange(a[0], a[1], b[0], b[1]) for a, b in (sheet.merged_cell_ranges or [])]
    return Grid(path=rel, sheet=name, rows=rows, merges=merges, total_rows=sheet.height or len(rows),
                source_format=fmt)


def _plain_workbook(path: Path, rel: str, archive: Archive, sizes: dict[str, int],
                    fmt: str) -> list[Grid] | None:
    """Nearly every template: small sheets, none with a hidden row or column. Calamine names the sheets and
    says which are hidden, so workbook.xml and its rels need not be parsed (a tenth of reading). None when
    the workbook needs the general path: a large sheet to stream, hidden rows or columns to mark, sheets
    kept outside xl/worksheets/ (then which part is which sheet is known only from the rels), or a workbook
    calamine cannot open or finds no sheet in (the general path then says why, in the clerk's words)."""
    sheet_parts = [n for n in sizes if n.startswith("xl/worksheets/") and n.endswith(".xml")]
    if not sheet_parts or any(sizes[n] > STREAM_SHEET_BYTES for n in sheet_parts):
        return None
    if any(b"hidden" in (head := read_part(path, archive, n, FLAG_PEEK_BYTES)) or b"dataValidation" in head
           or _far_reaching(head) for n in sheet_parts):
        return None  # (drop-down lists: which part is which sheet is needed to place them)
    try:
        workbook = _open_calamine(path, ".xlsx", in_memory(archive))
    except Exception:  # noqa: BLE001 - the general path says what is wrong (a password, damage, an XML bomb)
        return None
    sheets = [meta for meta in workbook.sheets_metadata if _enum_name(meta.typ) == "WorkSheet"]
    if not sheets or len(sheets) > len(sheet_parts):
        return None
    grids = []
    for meta in sheets:
        # Hidden sheets are read too: they are never forms, but often hold the code lists of dropdowns.
        grid = _calamine_grid(_calamine_sheet(path, workbook, meta.name), rel, meta.name, fmt)
        grid.hidden = _enum_name(meta.visible) != "Visible"
        grids.append(grid)
    return grids


def _far_reaching(head: bytes) -> bool:
    """Whether a sheet's dimension reaches where calamine, which holds a sheet's cells as one dense block from A1,
    cannot go: a stray value typed in XFD1048576 of a template of 20 columns (wf105: the reader ran out of memory and
    the form was dropped as damaged). Such a sheet is streamed, its top rows and first columns kept."""
    found = _DIMENSION_RE.search(head)
    if not found:
        return False
    row, col = parse_a1(found.group(1).decode("ascii"))
    return col >= MAX_GRID_COLS or (row + 1) * (col + 1) > _DENSE_CELLS_LIMIT


_DIMENSION_RE = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]{1,3}\d{1,7}:([A-Z]{1,3}\d{1,7})"')
_DENSE_CELLS_LIMIT = 20_000_000  # (about a filled sheet of 200,000 rows by 100 columns)


def _enum_name(value: object) -> str:
    """「SheetVisibleEnum.Hidden」 → 「Hidden」: calamine's enums compare by name across versions."""
    return str(value).rsplit(".", 1)[-1]


def _calamine_sheet(path: Path, workbook: python_calamine.CalamineWorkbook, name: str) -> python_calamine.CalamineSheet:
    try:
        return workbook.get_sheet_by_name(name)
    except Exception as exc:
        raise FormReadError(path, f"工作表“{name}”已损坏，无法读取。") from exc


def read_xlsx(path: Path, rel: str) -> list[Grid]:
    """Every sheet of an .xlsx/.xlsm workbook; hidden sheets are returned with ``hidden=True``."""
    with check_ooxml(path) as archive:
        return read_xlsx_archive(path, rel, archive)


def read_xlsx_archive(path: Path, rel: str, archive: Archive) -> list[Grid]:
    """:func:`read_xlsx` of a workbook whose zip is already open."""
    fmt = path.suffix.lower().lstrip(".")
    with check_ooxml(path, archive):
        sizes = {info.filename: info.file_size for info in archive.infolist()}
        plain = _plain_workbook(path, rel, archive, sizes, fmt)
        if plain is not None:
            return plain
        try:
            parts = _sheet_parts(path, archive)
        except (KeyError, ET.ParseError) as exc:
            raise FormReadError(path, "不是有效的 Excel 工作簿（缺少 workbook.xml）。") from exc
        if not parts:
            raise FormReadError(path, "工作簿中没有工作表。")
        workbook: python_calamine.CalamineWorkbook | None = None
        grids = []
        validations: dict[str, list[tuple[list[int], str]]] = {}
        for part in parts:
            # Hidden sheets are read too: they are never forms, but often hold the code lists of dropdowns.
            if part.part is None or part.part not in sizes:
                continue  # chart sheets and dialog sheets carry no cells
            head = read_part(path, archive, part.part, FLAG_PEEK_BYTES)
            hidden_rows, hidden_cols = _hidden_flags(head)
            validations[part.name] = list_validations(head)
            if sizes[part.part] > STREAM_SHEET_BYTES or _far_reaching(head):
                rows = _stream_rows(path, archive, part.part)
                merges, total = _stream_merges(archive, part.part)
                grid = Grid(path=rel, sheet=part.name, rows=rows, merges=merges, total_rows=max(total, len(rows)),
                            source_format=fmt)
            else:
                if workbook is None:
                    workbook = calamine_workbook(path, ".xlsx", in_memory(archive))
                grid = _calamine_grid(_calamine_sheet(path, workbook, part.name), rel, part.name, fmt)
            grid.hidden_rows = hidden_rows
            grid.hidden_cols = hidden_cols
            grid.hidden = part.hidden
            grids.append(grid)
        attach_choices(grids, validations)
        return grids


def read_xls(path: Path, rel: str) -> list[Grid]:
    """Every sheet of a legacy BIFF .xls workbook."""
    magic = file_magic(path)
    if not magic:
        raise FormReadError(path, "文件为空（0 字节），可能没有传完整：请向报送部门重新索取。")
    if not magic.startswith(OLE_MAGIC):
        if magic.startswith(b"PK"):
            # An .xlsx saved with the old extension: read it for what it is.
            return read_xlsx(path, rel)
        raise FormReadError(path, "不是有效的 .xls 文件（可能是网页或文本文件改了扩展名），请用 Excel/WPS 另存为 .xlsx。")
    workbook = calamine_workbook(path, ".xls")
    grids = []
    for meta in workbook.sheets_metadata:
        if _enum_name(meta.typ) != "WorkSheet":
            continue
        grid = _calamine_grid(_calamine_sheet(path, workbook, meta.name), rel, meta.name, "xls")
        grid.hidden = _enum_name(meta.visible) != "Visible"
        grids.append(grid)
    if not grids:
        raise FormReadError(path, "工作簿中没有工作表。")
    lists = xls_list_validations(path.read_bytes())
    for grid in grids:
        for found in lists.get(grid.sheet, []):
            for c in found.columns:
                grid.column_choices.setdefault(c, _distinct(found.values))
    return grids

