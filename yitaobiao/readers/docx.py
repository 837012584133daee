"""Tables of Word .docx templates → grids.

Each top-level table becomes one grid named ``表N`` (N = its 1-based position in the document). The
grid has one column per ``w:gridCol``; ``w:gridSpan`` and ``w:vMerge`` become merged ranges, so a
Word 登记表 looks to the layout stage exactly like the same form drawn in Excel. The paragraphs just
before a table are kept as its context (usually the title).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET

from ..cells import is_numbered_heading
from ..errors import FormReadError
from ..model import CellRange, Grid
from .safety import Archive, check_ooxml, read_part

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CONTEXT_PARAGRAPHS = 6


def _int_attr(element: Element | None, default: int) -> int:
    if element is None:
        return default
    try:
        return int(element.get(f"{W}val", default))
    except ValueError:
        return default


def _unwrap(parent: Element, *tags: str) -> list[Element]:
    """Children with the given tags, looking through content controls (``w:sdt``) that wrap them."""
    wanted = {f"{W}{t}" for t in tags}
    found = []
    for child in parent:
        if child.tag in wanted:
            found.append(child)
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                found.extend(_unwrap(content, *tags))
    return found


def _paragraph_text(paragraph: Element) -> str:
    parts: list[str] = []
    for node in paragraph.iter():
        tag = node.tag
        if tag == f"{W}t" and node.text:
            parts.append(node.text)
        elif tag == f"{W}tab":
            parts.append(" ")
        elif tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
        elif tag == f"{W}sym":
            parts.append("□")  # Wingdings check boxes in 登记表 options
    return "".join(parts)


def _cell_text(cell: Element) -> str:
    lines = []
    for child in cell:
        if child.tag == f"{W}p":
            lines.append(_paragraph_text(child))
        elif child.tag == f"{W}tbl":
            lines.extend(_paragraph_text(p) for p in child.iter(f"{W}p"))
    while lines and not lines[0].strip():
        lines.pop(0)
    # The first line keeps its leading spaces: 「          寄宿生」 is indented under the row above, as in Excel.
    return "\n".join(lines).rstrip()


def table_grid(table: Element, rel: str, name: str, context: list[str]) -> Grid:
    """One ``w:tbl`` element → a grid with merged ranges."""
    grid_cols = len(table.findall(f"{W}tblGrid/{W}gridCol"))
    rows: list[list[str]] = []
    merges: list[CellRange] = []
    open_vertical: dict[int, int] = {}  # grid column → index in merges of the range still growing down
    for r, tr in enumerate(_unwrap(table, "tr")):
        row: list[str] = []
        col = _int_attr(tr.find(f"{W}trPr/{W}gridBefore"), 0)
        row.extend([""] * col)
        for tc in _unwrap(tr, "tc"):
            props = tc.find(f"{W}tcPr")
            span = max(1, _int_attr(props.find(f"{W}gridSpan") if props is not None else None, 1))
            vmerge = props.find(f"{W}vMerge") if props is not None else None
            text = _cell_text(tc)
            continues = vmerge is not None and vmerge.get(f"{W}val", "continue") == "continue"
            if continues and col in open_vertical:
                index = open_vertical[col]
                old = merges[index]
                merges[index] = CellRange(old.top, old.left, r, old.right)
                row.extend([""] * span)
            else:
                row.append(text)
                row.extend([""] * (span - 1))
                if vmerge is not None or span > 1:
                    merges.append(CellRange(r, col, r, col + span - 1))
                    if vmerge is not None:
                        open_vertical[col] = len(merges) - 1
                    else:
                        open_vertical.pop(col, None)
                else:
                    open_vertical.pop(col, None)
            col += span
        rows.append(row)
    width = max([grid_cols, *(len(row) for row in rows)]) if rows else 0
    for row in rows:
        row.extend([""] * (width - len(row)))
    merges = [m for m in merges if m.height > 1 or m.width > 1]
    return Grid(path=rel, sheet=name, rows=rows, merges=merges, source_format="docx", context=context)


def read_docx(path: Path, rel: str) -> list[Grid]:
    """Every table of a Word document, with the paragraphs above it as context."""
    with check_ooxml(path) as archive:
        return read_docx_archive(path, rel, archive)


def read_docx_archive(path: Path, rel: str, archive: Archive) -> list[Grid]:
    """:func:`read_docx` of a document whose zip is already open."""
    with check_ooxml(path, archive):
        try:
            xml = read_part(path, archive, "word/document.xml")
        except KeyError as exc:
            raise FormReadError(path, "不是有效的 Word 文档（缺少 document.xml）。") from exc
        except zipfile.BadZipFile as exc:
            raise FormReadError(path, "文件已损坏，无法解压，请让报送单位重新发送。") from exc
    try:
        root = SafeET.fromstring(xml)
    except SafeET.ParseError as exc:
        raise FormReadError(path, "Word 文档内容已损坏，请用 Word/WPS 打开检查后另存，再重新扫描。") from exc
    body = root.find(f"{W}body")
    if body is None:
        raise FormReadError(path, "Word 文档没有正文。")
    grids: list[Grid] = []
    recent: list[str] = []
    opening: list[str] = []  # the paragraphs before the first table: the document's title
    for child in _unwrap(body, "p", "tbl"):
        if child.tag == f"{W}p":
            text = _paragraph_text(child).strip()
            if text:
                recent = [*recent, text][-CONTEXT_PARAGRAPHS:]
                if grids and len(grids[-1].trailing) < CONTEXT_PARAGRAPHS:
                    grids[-1].trailing.append(text)
        elif child.tag == f"{W}tbl":
            if not grids:
                opening = [text for text in recent if not is_numbered_heading(text)]
            # (u608: 「A.3 信息提供者及联系人信息表」 heading a second table right under the first, no paragraph between:
            # the document's title is its title too, the row a part of it)
            grids.append(table_grid(child, rel, f"表{len(grids) + 1}", recent or opening))
            recent = []
    if not grids:
        raise FormReadError(path, "Word 文档中没有表格，无法识别为报表模板。")
    return grids
