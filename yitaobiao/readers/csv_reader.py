"""CSV templates → a grid. UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK)."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path, PurePosixPath

from ..errors import FormReadError
from ..model import MAX_GRID_COLS, CellRange, Grid
from .excel import HEADER_SCAN_ROWS

SNIFF_BYTES = 256 * 1024
HEAD_BYTES = 8 * 1024 * 1024
MAX_CELL_CHARS = 32767
MAX_LINE_CHARS = 256 * 1024


def detect_encoding(sample: bytes) -> str:
    """Pick the encoding of a CSV from its first bytes."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(sample, final=False)  # a multi-byte character cut at the end is not an error
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        codecs.getincrementaldecoder("gb18030")().decode(sample, final=False)
        return "gb18030"
    except UnicodeDecodeError:
        return ""


# Bytes no text in UTF-8 or GBK holds (tab, line feed and carriage return aside): random bytes named .csv
# decode as GB18030 all the same, and their junk was read as a form.
_CONTROL_BYTES = bytes([*range(1, 9), 11, 12, *range(14, 32), 127])


def _control_share(sample: bytes) -> float:
    return (len(sample) - len(sample.translate(None, _CONTROL_BYTES))) / max(len(sample), 1)


def read_csv(path: Path, rel: str) -> list[Grid]:
    # The header is near the top: parse at most HEAD_BYTES of text, cut every row to the columns a form can
    # have, and only count the lines of the rest (a 200 MB single line or a million rows cost no memory).
    with path.open("rb") as raw:
        head_bytes = raw.read(HEAD_BYTES)
        rest_lines = 0
        while chunk := raw.read(1024 * 1024):
            rest_lines += chunk.count(b"\n")
    return _grid_from_head(path, rel, head_bytes, rest_lines)


def read_csv_bytes(path: Path, rel: str, data: bytes) -> list[Grid]:
    """:func:`read_csv` of a file already read whole."""
    if len(data) <= HEAD_BYTES:
        return _grid_from_head(path, rel, data, 0)
    return _grid_from_head(path, rel, data[:HEAD_BYTES], data.count(b"\n", HEAD_BYTES))


def _grid_from_head(path: Path, rel: str, head_bytes: bytes, rest_lines: int) -> list[Grid]:
    sample = head_bytes[:SNIFF_BYTES]
    if not sample.strip():
        raise FormReadError(path, "文件为空。")
    utf16 = sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not utf16 and (b"\x00" in sample or _control_share(sample) > 0.01):
        raise FormReadError(path, "不是文本格式的 CSV（含二进制内容），请确认文件类型。")
    encoding = detect_encoding(sample)
    if not encoding:
        raise FormReadError(path, "无法识别文件编码（既不是 UTF-8 也不是 GBK），请用 Excel 另存为“CSV UTF-8”。")
    # A header line is short: cut each physical line so that one 100 MB line cannot become millions of cells.
    lines = head_bytes.decode(encoding, errors="replace").split("\n")[: HEADER_SCAN_ROWS * 4]
    text = "\n".join(line[:MAX_LINE_CHARS] for line in lines)
    head = text[:8192]
    delimiter = "\t" if head.count("\t") > head.count(",") else ","
    rows: list[list[str]] = []
    total = 0
    has_bom = "\ufeff" in text  # byte-order marks left inside cells by files pasted together
    csv.field_size_limit(HEAD_BYTES)
    try:
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            if total < HEADER_SCAN_ROWS:
                cells = record[:MAX_GRID_COLS]
                rows.append([cell.strip("\ufeff")[:MAX_CELL_CHARS] for cell in cells] if has_bom else
                            [cell[:MAX_CELL_CHARS] for cell in cells])
            total += 1
    except csv.Error as exc:
        if not rows:
            raise FormReadError(path, "CSV 格式有误（引号不配对或单个单元格过长），无法读取。") from exc
    total = max(total, head_bytes.count(b"\n") + rest_lines)
    # The sheet is named as the file is shown (a name in GBK bytes decoded), not as Python holds it.
    return [Grid(path=rel, sheet=PurePosixPath(rel).stem, rows=rows, total_rows=total, source_format="csv",
                 merges=header_spans(rows))]


_HEADER_SEARCH_ROWS = 12  # (a title, a 填报单位 line and notes stand above a CSV's header)


def header_spans(rows: list[list[str]]) -> list[CellRange]:
    """The merges a two-level header exported to CSV lost: a group label over blank cells whose row below labels each
    column (「特困人员 | | 供养方式 | 」 over 「户数 | 人数 | 集中供养 | 分散供养」) spans them, and a label standing
    alone over a blank spans the two rows (「村（社区）名称」). u509: without them a village summary's header was read as
    card rows, its group labels as fields. None unless two groups are found in one pair of rows."""
    for r in range(min(len(rows) - 1, _HEADER_SEARCH_ROWS)):
        row, below = rows[r], rows[r + 1]
        if any("：" in cell or ":" in cell for cell in row):
            continue  # (「填报单位：…」, 「单位：户、人」: lines above the header)
        width = min(len(row), len(below))
        groups = []
        for c in range(width):
            if not row[c].strip() or not below[c].strip():
                continue
            k = c + 1
            while k < width and not row[k].strip() and below[k].strip():
                k += 1
            if k > c + 1:
                groups.append(CellRange(r, c, r, k - 1))
        if len(groups) < 2:
            continue
        grouped = {c for g in groups for c in range(g.left, g.right + 1)}
        alone = [CellRange(r, c, r + 1, c) for c in range(width)
                 if c not in grouped and row[c].strip() and not below[c].strip()]
        return [*groups, *alone]
    return []
