"""Writers of small but realistic templates, shared by ``scripts/make_sample_forms.py``, the test
fixture script and the benchmark. Each call writes one file the way a department's clerk would have
drawn it: merged title, 填报单位 line, merged multi-level header, column numbers, blank rows, footer.
"""

from __future__ import annotations

import csv
import struct
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

Header = Sequence[str | tuple[str, Sequence[str]]]  # leaf label, or (group, [leaf labels])
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _leaves(header: Header) -> list[tuple[str | None, str]]:
    out: list[tuple[str | None, str]] = []
    for item in header:
        if isinstance(item, tuple):
            out.extend((item[0], leaf) for leaf in item[1])
        else:
            out.append((None, item))
    return out


def list_rows(title: str, header: Header, blank_rows: int = 5, serial: bool = True) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """Rows and merges (0-based top, left, bottom, right) of a list-style template."""
    leaves = _leaves(header)
    width = len(leaves) + (1 if serial else 0)
    two_levels = any(group for group, _ in leaves)
    rows: list[list[str]] = [[title] + [""] * (width - 1),
                             ["填报单位（盖章）：            填报日期：    年  月  日"] + [""] * (width - 1)]
    merges = [(0, 0, 0, width - 1), (1, 0, 1, width - 1)]
    top = [""] * width
    sub = [""] * width
    col = 0
    if serial:
        top[0] = "序号"
        merges.append((2, 0, 3, 0)) if two_levels else None
        col = 1
    i = 0
    while i < len(leaves):
        group, leaf = leaves[i]
        if group is None:
            top[col] = leaf
            if two_levels:
                merges.append((2, col, 3, col))
            i += 1
            col += 1
            continue
        start = col
        top[col] = group
        while i < len(leaves) and leaves[i][0] == group:
            sub[col] = leaves[i][1]
            i += 1
            col += 1
        merges.append((2, start, 2, col - 1))
    rows.append(top)
    if two_levels:
        rows.append(sub)
    rows.append([str(n) for n in range(1, width + 1)])
    for n in range(blank_rows):
        rows.append([str(n + 1) if serial else ""] + [""] * (width - 1))
    rows.append(["填报人：          联系电话：          审核人："] + [""] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))
    return rows, merges


def indicator_rows(title: str, indicators: Sequence[tuple[str, str]], periods: Sequence[str] = ("本期", "上年同期")) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """Rows of an indicator-style 统计表: (label, unit) pairs, 「其中：」 children written as such."""
    width = 3 + len(periods)
    rows = [[title] + [""] * (width - 1),
            ["综合机关名称：      乡（镇）      村", "", "2025年第三季度"] + [""] * (width - 3),
            ["指标名称", "计量单位", "代码", *periods],
            ["甲", "乙", "丙", *(str(n) for n in range(1, len(periods) + 1))]]
    for n, (label, unit) in enumerate(indicators, start=1):
        rows.append([label, unit, f"{n:02d}"] + [""] * len(periods))
    rows.append(["单位负责人：", "统计负责人：", "填表人：", "报出日期：20  年  月  日"] + [""] * (width - 4))
    return rows, [(0, 0, 0, width - 1)]


def card_rows(title: str, sections: Sequence[tuple[str, Sequence[Sequence[str]]]], width: int = 6) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """A card-style 登记表: each section is a side label over rows of labels, each followed by a blank."""
    rows: list[list[str]] = [[title] + [""] * (width - 1), ["编号："] + [""] * (width - 1)]
    merges = [(0, 0, 0, width - 1)]
    for section, lines in sections:
        start = len(rows)
        for labels in lines:
            row = [""] * width
            row[0] = section if len(rows) == start else ""
            col = 1
            for label in labels:
                row[col] = label
                col += 2
            rows.append(row)
        if len(lines) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    rows.append(["申请人签字", "", "（盖章）        经办人：          年    月    日"] + [""] * (width - 3))
    return rows, merges


def write_xlsx(path: Path, sheets: Sequence[tuple[str, list[list[str]], list[tuple[int, int, int, int]]]],
               hidden: Sequence[tuple[str, list[list[str]]]] = ()) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows, merges in sheets:
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                cell = ws.cell(row=r, column=c, value=value or None)
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                if r > 2:
                    cell.border = BOX
        ws["A1"].font = Font(bold=True, size=14)
        for top, left, bottom, right in merges:
            ws.merge_cells(start_row=top + 1, start_column=left + 1, end_row=bottom + 1, end_column=right + 1)
        for c in range(1, max(len(r) for r in rows) + 1):
            ws.column_dimensions[get_column_letter(c)].width = 14
    for name, rows in hidden:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        ws.sheet_state = "hidden"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def write_xls(path: Path, name: str, rows: list[list[str]], merges: list[tuple[int, int, int, int]],
              lists: Sequence[tuple[int, Sequence[str]]] = ()) -> Path:
    """A legacy BIFF .xls (xlwt is only needed to make samples, never to read them). ``lists``: drop-down lists
    (0-based column, values) over the rows below the first, written as BIFF8 DV records, which xlwt cannot."""
    import xlwt
    from xlwt import CompoundDoc

    if lists:
        book = xlwt.Workbook(encoding="utf-8")
        _fill_xls(book.add_sheet(name), rows, merges)
        stream = book.get_biff_data()
        # (the one sheet's substream ends the stream: records before its EOF move no offset the globals hold)
        records = b"".join(_dv_record(column, values, 1) for column, values in lists)
        stream = stream[:-4] + struct.pack("<HHHIIII", 0x01B2, 18, 0, 0, 0, 0xFFFFFFFF, len(lists)) + records \
            + stream[-4:]
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            CompoundDoc.XlsDoc().save(fh, stream)
        return path
    book = xlwt.Workbook(encoding="utf-8")
    _fill_xls(book.add_sheet(name), rows, merges)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(str(path))
    return path


def _fill_xls(sheet: Any, rows: list[list[str]], merges: list[tuple[int, int, int, int]]) -> None:
    covered = set()
    for top, left, bottom, right in merges:
        sheet.write_merge(top, bottom, left, right, rows[top][left])
        covered.update((r, c) for r in range(top, bottom + 1) for c in range(left, right + 1))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if (r, c) not in covered and value:
                sheet.write(r, c, value)


def _dv_record(column: int, values: Sequence[str], first_row: int) -> bytes:
    """A BIFF8 DV record offering ``values`` in ``column`` from ``first_row`` down ([MS-XLS] 2.4.107)."""
    empty = struct.pack("<HB", 1, 0) + b"\0"  # an empty XLUnicodeString is one NUL
    text = "\0".join(values).encode("utf-16-le")
    formula = struct.pack("<BBB", 0x17, len(values) and len(text) // 2, 1) + text
    body = struct.pack("<I", 3 | 0x80 | 0x100) + empty * 4 + struct.pack("<HH", len(formula), 0) + formula \
        + struct.pack("<HH", 0, 0) + struct.pack("<H", 1) + struct.pack("<HHHH", first_row, 1000, column, column)
    return struct.pack("<HH", 0x01BE, len(body)) + body


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def write_docx(path: Path, title: str, rows: list[list[str]], spans: dict[tuple[int, int], int] | None = None) -> Path:
    """A minimal Word document: a title paragraph and one table (``spans``: (row, col) → gridSpan)."""
    return write_docx_blocks(path, [title, (rows, spans or {})])


DocxBlock = str | tuple[list[list[str]], dict[tuple[int, int], int]] \
    | tuple[list[list[str]], dict[tuple[int, int], int], dict[tuple[int, int], int]]


def _docx_table(rows: list[list[str]], spans: dict[tuple[int, int], int],
                down: dict[tuple[int, int], int] | None = None) -> str:
    """``spans``: (row, col) → columns a cell spans; ``down``: (row, col) → rows it is merged down over (the cells
    below it in ``rows`` are its continuation)."""
    width = max(sum(spans.get((r, c), 1) for c in range(len(row))) for r, row in enumerate(rows))
    continued = {(r + k, c) for (r, c), n in (down or {}).items() for k in range(1, n)}
    body = ["<w:tbl><w:tblGrid>", *["<w:gridCol/>"] * width, "</w:tblGrid>"]
    for r, row in enumerate(rows):
        body.append("<w:tr>")
        for c, text in enumerate(row):
            span = spans.get((r, c), 1)
            merge = '<w:vMerge w:val="restart"/>' if (r, c) in (down or {}) else "<w:vMerge/>" if (r, c) in continued \
                else ""
            grid = f"<w:gridSpan w:val=\"{span}\"/>" if span > 1 else ""
            props = f"<w:tcPr>{grid}{merge}</w:tcPr>" if grid or merge else ""
            body.append(f"<w:tc>{props}<w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p></w:tc>")
        body.append("</w:tr>")
    body.append("</w:tbl>")
    return "".join(body)


def write_docx_blocks(path: Path, blocks: Sequence[DocxBlock]) -> Path:
    """A minimal Word document of paragraphs (a text) and tables (rows and their (row, col) → gridSpan), in order."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f"<w:p><w:r><w:t>{escape(block)}</w:t></w:r></w:p>" if isinstance(block, str) else _docx_table(*block)
                   for block in blocks)
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {w}><w:body>{body}</w:body></w:document>'
    content_types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("word/document.xml", document)
    return path


_ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def _ods_cell(value: object) -> str:
    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, bool):
        value = str(value)
    if isinstance(value, int | float):
        return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
    if hasattr(value, "isoformat"):
        iso = value.isoformat()  # type: ignore[attr-defined]
        return f'<table:table-cell office:value-type="date" office:date-value="{iso}"><text:p>{iso}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'


def write_ods(path: Path, sheets: Sequence[tuple[str, Sequence[Sequence[object]]]]) -> Path:
    """An OpenDocument spreadsheet (what LibreOffice saves by default) holding the sheets' values: the
    smallest package LibreOffice and calamine open (mimetype first and stored, manifest, content)."""
    tables = "".join(
        f'<table:table table:name="{escape(name, {chr(34): "&quot;"})}">'
        + "".join("<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>" for row in rows)
        + "</table:table>" for name, rows in sheets)
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS} office:version="1.2">'
               f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path
