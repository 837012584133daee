"""Readers: a template file → the grids (sheets or Word tables) it holds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import FormReadError, UnsupportedFormatError
from ..model import Grid
from .csv_reader import read_csv
from .docx import read_docx
from .excel import read_xls, read_xlsx

Reader = Callable[[Path, str], list[Grid]]

READERS: dict[str, Reader] = {
    ".xlsx": read_xlsx,
    ".xlsm": read_xlsx,
    ".xls": read_xls,
    ".csv": read_csv,
    ".docx": read_docx,
}

# Formats a clerk may well drop in the folder that the tool cannot read: say what to do.
LEGACY_FORMATS: dict[str, str] = {
    ".doc": "旧版 Word 格式（.doc）无法直接读取，请用 Word/WPS 另存为 .docx 后重新扫描。",
    ".wps": "WPS 文字格式（.wps）无法直接读取，请用 WPS 另存为 .docx 后重新扫描。",
    ".et": "WPS 表格格式（.et）无法直接读取，请用 WPS 另存为 .xlsx 后重新扫描。",
    ".ett": "WPS 表格模板（.ett）无法直接读取，请另存为 .xlsx 后重新扫描。",
    ".xlsb": "Excel 二进制工作簿（.xlsb）暂不支持，请另存为 .xlsx 后重新扫描。",
    ".ods": "OpenDocument 表格（.ods）暂不支持，请另存为 .xlsx 后重新扫描。",
}


def is_template_file(path: Path) -> bool:
    """True for the file types the tool reads or can say something useful about."""
    suffix = path.suffix.lower()
    return suffix in READERS or suffix in LEGACY_FORMATS


def read_grids(path: Path, rel: str | None = None) -> list[Grid]:
    """Read every sheet or table of one template file.

    ``rel`` is the path reported for the file (relative to the scanned folder, '/' separators).
    Raises :class:`FormReadError` with a Chinese reason when the file cannot be read.
    """
    rel = rel or path.name
    suffix = path.suffix.lower()
    if path.name.startswith("~$"):
        raise FormReadError(path, "这是 Office 打开文件时留下的临时锁文件，已跳过。")
    if suffix in LEGACY_FORMATS:
        raise UnsupportedFormatError(path, LEGACY_FORMATS[suffix])
    reader = READERS.get(suffix)
    if reader is None:
        raise UnsupportedFormatError(path, "不是报表模板文件（支持 .xlsx .xlsm .xls .csv .docx）。")
    try:
        return reader(path, rel)
    except FormReadError:
        raise
    except (OSError, ValueError, KeyError, IndexError, UnicodeError, MemoryError) as exc:
        raise FormReadError(path, f"读取失败（{type(exc).__name__}: {str(exc)[:120]}）。") from exc


__all__ = ["LEGACY_FORMATS", "READERS", "is_template_file", "read_grids"]
