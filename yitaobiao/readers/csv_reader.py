"""CSV templates → a grid. UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK)."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from ..errors import FormReadError
from ..model import Grid
from .excel import HEADER_SCAN_ROWS

SNIFF_BYTES = 256 * 1024


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


def read_csv(path: Path, rel: str) -> list[Grid]:
    with path.open("rb") as fh:
        sample = fh.read(SNIFF_BYTES)
    if not sample.strip():
        raise FormReadError(path, "文件为空。")
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise FormReadError(path, "不是文本格式的 CSV（含二进制内容），请确认文件类型。")
    encoding = detect_encoding(sample)
    if not encoding:
        raise FormReadError(path, "无法识别文件编码（既不是 UTF-8 也不是 GBK），请用 Excel 另存为“CSV UTF-8”。")
    rows: list[list[str]] = []
    total = 0
    with path.open("rb") as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
        head = sample.decode(encoding, errors="ignore")[:8192]
        delimiter = "\t" if head.count("\t") > head.count(",") else ","
        for record in csv.reader(text, delimiter=delimiter):
            if total < HEADER_SCAN_ROWS:
                rows.append([cell.strip("\ufeff") for cell in record])
            total += 1
    return [Grid(path=rel, sheet=path.stem, rows=rows, total_rows=total, source_format="csv")]
