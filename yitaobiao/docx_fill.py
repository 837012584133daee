"""Filling a Word template's tables in place (values into cells, rows added to lists).

The document XML is edited with the standard ElementTree after a safe parse; the namespace prefixes
of the original are registered before writing, so that Word's ``mc:Ignorable`` prefixes stay valid.
"""

from __future__ import annotations

import copy
import re
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import defusedxml.ElementTree as SafeET

from .model import clean_text
from .readers.docx import W, _int_attr, _unwrap

_XMLNS_RE = re.compile(rb'xmlns:(\w+)="([^"]+)"')


class DocxTables:
    """The top-level tables of a .docx, addressable by (table, row, grid column)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with zipfile.ZipFile(path) as archive:
            self.xml = archive.read("word/document.xml")
        for prefix, uri in _XMLNS_RE.findall(self.xml):
            ET.register_namespace(prefix.decode(), uri.decode())
        self.root = SafeET.fromstring(self.xml)
        body = self.root.find(f"{W}body")
        self.tables = [el for el in _unwrap(body, "p", "tbl") if el.tag == f"{W}tbl"] if body is not None else []

    def cell_map(self, table: int) -> dict[tuple[int, int], ET.Element]:
        """(row, grid column) → the w:tc that starts there (vertical continuations map to their top cell)."""
        cells: dict[tuple[int, int], ET.Element] = {}
        top_of: dict[int, ET.Element] = {}
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

    def rows(self, table: int) -> list[ET.Element]:
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
        data = ET.tostring(self.root, encoding="UTF-8", xml_declaration=True)
        with zipfile.ZipFile(self.path) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                dst.writestr(item, data if item.filename == "word/document.xml" else src.read(item.filename))


def set_text(tc: ET.Element, value: Any) -> None:
    """Replace the text of a cell, keeping its first paragraph's and first run's formatting."""
    paragraphs = tc.findall(f"{W}p")
    if not paragraphs:
        paragraphs = [ET.SubElement(tc, f"{W}p")]
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
    run = ET.SubElement(first, f"{W}r")
    if run_props is not None:
        run.append(copy.deepcopy(run_props))
    text = ET.SubElement(run, f"{W}t")
    text.text = clean_text(str(value))
    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def cell_text(tc: ET.Element) -> str:
    return "".join(t.text or "" for t in tc.iter(f"{W}t"))
