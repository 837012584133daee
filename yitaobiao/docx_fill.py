"""Filling a Word template's tables in place (values into cells, rows added to lists).

The document XML is edited with lxml (already installed with python-docx), parsed without DTDs, entities or
network after :func:`refuse_dtd`; lxml keeps the original's namespace prefixes, so Word's ``mc:Ignorable``
prefixes stay valid. A template is parsed once: each card copy is a deep copy of the parsed tree (C code), and
its other parts are read once (a village's 300 cards were 300 parses and 300 slow serialisations).
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import Any

from lxml import etree

from .errors import UnsafeFileError
from .model import OUTPUT_MARK, clean_text
from .readers.docx import W, _int_attr, _paragraph_text, _unwrap
from .readers.safety import refuse_dtd

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_DOCUMENT = "word/document.xml"
_CORE = "docProps/core.xml"
_CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"


class _Package:
    """The parts of a .docx other than its text, shared by every copy filled from it."""

    def __init__(self, path: Path, parts: list[tuple[zipfile.ZipInfo, bytes]]) -> None:
        self.path = path
        self.parts = parts

    @cached_property
    def unchanged(self) -> bytes:
        """A package of every part but the text and the properties, compressed once: each copy is this and
        its own two parts appended (a 300-person village recompressed the styles, fonts and theme 300 times)."""
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
            for info, data in self.parts:
                if info.filename not in (_DOCUMENT, _CORE):
                    dst.writestr(info, data)
        return buffer.getvalue()

    @cached_property
    def document(self) -> zipfile.ZipInfo:
        return next(info for info, _ in self.parts if info.filename == _DOCUMENT)

    @cached_property
    def marked_core(self) -> tuple[zipfile.ZipInfo, bytes] | None:
        return next(((info, _marked_core(self.path, data)) for info, data in self.parts if info.filename == _CORE), None)


# 「姓名：____」, 「性别＿＿」, 「经核查：       ，性别：   ，」: a label in a paragraph with a blank to write in after
# it, drawn or left as spaces up to the next mark (wf118)
_PROMPT_BLANK_RE = re.compile(r"([\u4e00-\u9fff]{1,8})(?:[:：]?\s*[_＿]{2,}|[:：][ \u3000\xa0]{2,}(?=[，,。.；;]|$))")


class DocxTables:
    """The top-level tables of a .docx, addressable by (table, row, grid column)."""

    def __init__(self, path: Path, root: Any = None, package: _Package | None = None) -> None:
        self.path = path
        if root is None or package is None:
            with zipfile.ZipFile(path) as archive:
                parts = [(info, archive.read(info.filename)) for info in archive.infolist()]
            xml = next((data for info, data in parts if info.filename == _DOCUMENT), None)
            if xml is None:
                raise KeyError(_DOCUMENT)
            root = etree.fromstring(refuse_dtd(path, xml), _PARSER)
            package = _Package(path, parts)
        self.package = package
        self.root = root
        body = self.root.find(f"{W}body")
        self.tables = [el for el in _unwrap(body, "p", "tbl") if el.tag == f"{W}tbl"] if body is not None else []

    def blank_prompts(self) -> list[str]:
        """The labels of the blanks the document's own paragraphs leave to fill (「经核查：＿＿，性别＿＿」 → 经核查,
        性别), which split does not write: no scan reads them as items."""
        body = self.root.find(f"{W}body")
        texts = [_paragraph_text(p) for p in _unwrap(body, "p")] if body is not None else []
        return list(dict.fromkeys(m.group(1) for text in texts for m in _PROMPT_BLANK_RE.finditer(text)))

    def blank_in_paragraphs(self, spans_of: Callable[[str], list[tuple[int, int, str]]]) -> list[str]:
        """Blank, in the document's own paragraphs (not its tables), the spans ``spans_of(text)`` finds, a
        full-width space for each character (the runs keep their formatting); what each span said, as
        ``spans_of`` says it."""
        said: list[str] = []
        body = self.root.find(f"{W}body")
        for paragraph in _unwrap(body, "p") if body is not None else []:
            nodes = [t for t in paragraph.iter(f"{W}t") if t.text]
            spans = spans_of("".join(t.text for t in nodes))
            at = 0
            for t in nodes:
                text, length = t.text, len(t.text)
                for start, end, _ in spans:
                    lo, hi = max(start, at), min(end, at + length)
                    if lo < hi:
                        text = text[:lo - at] + "　" * (hi - lo) + text[hi - at:]
                t.text, at = text, at + length
            said.extend(what for _, _, what in spans)
        return said

    def copy(self) -> DocxTables:
        """A copy to fill for another record; the original stays as it was read."""
        return DocxTables(self.path, copy.deepcopy(self.root), self.package)

    def cell_map(self, table: int) -> dict[tuple[int, int], Any]:
        """(row, grid column) → the w:tc that starts there (vertical continuations map to their top cell)."""
        cells: dict[tuple[int, int], Any] = {}
        top_of: dict[int, Any] = {}
        for r, tr in enumerate(_unwrap(self.tables[table], "tr")):
            col = _int_attr(tr.find(f"{W}trPr/{W}gridBefore"), 0)
            for tc in _unwrap(tr, "tc"):
                props = tc.find(f"{W}tcPr")
                span = max(1, _int_attr(props.find(f"{W}gridSpan") if props is not None else None, 1))
                vmerge = props.find(f"{W}vMerge") if props is not None else None
                continues = vmerge is not None and vmerge.get(f"{W}val", "continue") == "continue"
                owner = top_of.get(col, tc) if continues else tc
                if not continues:
                    top_of[col] = tc
                for c in range(col, col + span):
                    cells[(r, c)] = owner
                col += span
        return cells

    def rows(self, table: int) -> list[Any]:
        return _unwrap(self.tables[table], "tr")

    def add_rows(self, table: int, after: int, count: int) -> None:
        """Append ``count`` copies of row ``after`` right below it, emptied."""
        rows = self.rows(table)
        template = rows[after]
        parent = self.tables[table]
        index = list(parent).index(template)
        for n in range(count):
            clone = copy.deepcopy(template)
            for tc in clone.iter(f"{W}tc"):
                set_text(tc, "")
            parent.insert(index + 1 + n, clone)

    def save(self, target: Path) -> None:
        data = etree.tostring(self.root, encoding="UTF-8", xml_declaration=True, standalone=True)
        target.write_bytes(self.package.unchanged)
        with zipfile.ZipFile(target, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
            dst.writestr(self.package.document, data)
            if self.package.marked_core is not None:
                dst.writestr(*self.package.marked_core)


def _marked_core(path: Path, core: bytes) -> bytes:
    """The document's properties with OUTPUT_MARK as its keywords (a later scan passes the filled copy over);
    unchanged when they cannot be read."""
    try:
        root = etree.fromstring(refuse_dtd(path, core), _PARSER)
    except (etree.XMLSyntaxError, UnsafeFileError):
        return core
    keywords = root.find(f"{_CP}keywords")
    if keywords is None:
        keywords = etree.SubElement(root, f"{_CP}keywords")
    keywords.text = OUTPUT_MARK
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True, standalone=True)


def set_text(tc: Any, value: Any) -> None:
    """Replace the text of a cell, keeping its first paragraph's and first run's formatting."""
    paragraphs = tc.findall(f"{W}p")
    if not paragraphs:
        paragraphs = [etree.SubElement(tc, f"{W}p")]
    first = paragraphs[0]
    for extra in paragraphs[1:]:
        tc.remove(extra)
    runs = first.findall(f"{W}r")
    run_props = runs[0].find(f"{W}rPr") if runs else None
    for child in list(first):
        if child.tag != f"{W}pPr":
            first.remove(child)
    if value in (None, ""):
        return
    run = etree.SubElement(first, f"{W}r")
    if run_props is not None:
        run.append(copy.deepcopy(run_props))
    text = etree.SubElement(run, f"{W}t")
    text.text = clean_text(str(value))
    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def cell_text(tc: Any) -> str:
    return "".join(t.text or "" for t in tc.iter(f"{W}t"))
