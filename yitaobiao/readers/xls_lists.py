"""Drop-down lists of a legacy .xls workbook, read from its BIFF8 data-validation (DV) records.

python-calamine reads values only and xlrd skips DV records, so a police import template's 「与户主关系」
column (「101-本人, 102-户主, 120-子 …」) lost its codes and split wrote free text where the import wants a
code (wf30). Only lists written in the record itself are read ([MS-XLS] 2.4.107 Dv: a ``tStr`` formula of
values separated by NUL); a list taken from cells elsewhere needs the workbook's reference tables and is
left alone. Any damage ends the reading quietly: the lists are a help, the form is read without them.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from typing import NamedTuple

_BOF, _EOF, _BOUNDSHEET, _DV = 0x0809, 0x000A, 0x0085, 0x01BE
_LIST_TYPE = 3
_T_STR = 0x17
_MAX_RECORDS = 200_000  # a sheet substream of a template is far shorter; a hostile one is cut here
_MAX_COLUMNS = 30  # (the same cap the .xlsx reader puts on one validation's columns)


class ListValidation(NamedTuple):
    columns: list[int]  # 0-based
    first_row: int  # 0-based, the first and last rows the list is offered in
    last_row: int
    values: list[str]


def xls_list_validations(data: bytes) -> dict[str, list[ListValidation]]:
    """Sheet name → each list validation of the sheet written inline."""
    try:
        from xlrd import compdoc  # the compound-document reader xlrd already ships

        doc = compdoc.CompDoc(data, logfile=_Silent())
        mem, base, size = doc.locate_named_stream("Workbook")
        if mem is None:
            mem, base, size = doc.locate_named_stream("Book")
        if mem is None:
            return {}
        stream = bytes(mem[base:base + size])
        return {name: found for name, offset in _sheets(stream) if (found := _lists_of_sheet(stream, offset))}
    except Exception:  # noqa: BLE001 — damaged or hostile records: the workbook is read without its lists
        return {}


class _Silent:
    def write(self, _text: str) -> None:
        return None


def _records(stream: bytes, pos: int) -> Iterator[tuple[int, bytes]]:
    """(record type, body) from ``pos`` on, up to the substream's EOF."""
    for _ in range(_MAX_RECORDS):
        if pos + 4 > len(stream):
            return
        kind, length = struct.unpack_from("<HH", stream, pos)
        body = stream[pos + 4:pos + 4 + length]
        yield kind, body
        if kind == _EOF:
            return
        pos += 4 + length


def _sheets(stream: bytes) -> list[tuple[str, int]]:
    """Each worksheet's name and the offset of its substream, from the globals' BOUNDSHEET records."""
    found = []
    for kind, body in _records(stream, 0):
        if kind == _BOUNDSHEET and len(body) >= 8:
            offset, sheet_type = struct.unpack_from("<I", body, 0)[0], body[5]
            if sheet_type == 0:  # a worksheet (not a chart or a macro sheet)
                name, _ = _short_string(body, 6)
                found.append((name, offset))
    return found


def _lists_of_sheet(stream: bytes, offset: int) -> list[ListValidation]:
    lists = []
    for kind, body in _records(stream, offset):
        if kind == _DV and (found := _list_of(body)):
            lists.append(found)
    return lists


def _list_of(body: bytes) -> ListValidation | None:
    flags = struct.unpack_from("<I", body, 0)[0]
    if flags & 0xF != _LIST_TYPE:
        return None
    pos = 4
    for _ in range(4):  # prompt title, error title, prompt, error
        _, pos = _unicode_string(body, pos)
    size = struct.unpack_from("<H", body, pos)[0]
    formula = body[pos + 4:pos + 4 + size]
    pos += 4 + size
    size2 = struct.unpack_from("<H", body, pos)[0]
    pos += 4 + size2
    if not formula or formula[0] != _T_STR:
        return None  # (a list kept in cells: its reference is not resolved here)
    text, _ = _short_string(formula, 1)
    values = [v.strip() for v in text.split("\0") if v.strip()]
    count = struct.unpack_from("<H", body, pos)[0]
    columns: set[int] = set()
    rows = []
    for n in range(count):
        top, bottom, first, last = struct.unpack_from("<HHHH", body, pos + 2 + 8 * n)
        columns.update(range(first, min(last, first + _MAX_COLUMNS) + 1))
        rows.extend((top, bottom))
    if not columns or len(values) < 2:
        return None
    return ListValidation(sorted(columns), min(rows), max(rows), values)


def _unicode_string(body: bytes, pos: int) -> tuple[str, int]:
    """An XLUnicodeString (16-bit count): its text and the position after it."""
    count = struct.unpack_from("<H", body, pos)[0]
    return _chars(body, pos + 2, count)


def _short_string(body: bytes, pos: int) -> tuple[str, int]:
    """A ShortXLUnicodeString (8-bit count): its text and the position after it."""
    return _chars(body, pos + 1, body[pos])


def _chars(body: bytes, pos: int, count: int) -> tuple[str, int]:
    wide = body[pos] & 1
    start = pos + 1
    end = start + count * (2 if wide else 1)
    raw = body[start:end]
    return (raw.decode("utf-16-le") if wide else raw.decode("latin-1")), end
