"""Readers: a template file → the grids (sheets or Word tables) it holds."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from ..errors import FormReadError, UnsupportedFormatError
from ..guard import clerk_reason
from ..model import Grid
from .csv_reader import read_csv
from .docx import read_docx, read_docx_archive
from .excel import read_xls, read_xlsx, read_xlsx_archive
from .safety import OLE_MAGIC, ZIP_MAGIC, encrypted_ole, file_magic

Reader = Callable[[Path, str], list[Grid]]

READERS: dict[str, Reader] = {
    ".xlsx": read_xlsx,
    ".xlsm": read_xlsx,
    ".xls": read_xls,
    ".csv": read_csv,
    ".docx": read_docx,
}
# The same readers, given the zip already opened to tell an .xlsx from a .docx.
ZIP_READERS: dict[str, Callable[[Path, str, zipfile.ZipFile], list[Grid]]] = {
    ".xlsx": read_xlsx_archive,
    ".xlsm": read_xlsx_archive,
    ".docx": read_docx_archive,
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


def name_suffix(path: Path) -> str:
    """The extension a clerk sees: 「表.xlsx 」 and 「表.xlsx.」 (names mangled by mail or zip tools) are .xlsx."""
    return Path(path.name.rstrip(" .")).suffix.lower()


def is_template_file(path: Path) -> bool:
    """True for the file types the tool reads or can say something useful about."""
    suffix = name_suffix(path)
    return suffix in READERS or suffix in LEGACY_FORMATS


def _sniff(path: Path, suffix: str) -> tuple[str, zipfile.ZipFile | None]:
    """The format the bytes are, whatever the extension says (an .xlsx renamed .xls is read as .xlsx), and
    the opened zip when it is an Office file, so that it is opened once."""
    try:
        magic = file_magic(path)
    except OSError:
        return suffix, None
    if magic.startswith(ZIP_MAGIC) and suffix in (".xls", ".xlsx", ".xlsm", ".docx", ".csv"):
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError):
            return suffix, None
        names = archive.namelist()[:2000]
        if any(n.startswith("word/") for n in names):
            return ".docx", archive
        if any(n.startswith("xl/") for n in names):
            return (".xlsm" if suffix == ".xlsm" else ".xlsx"), archive
        archive.close()
        return suffix, None
    if magic.startswith(OLE_MAGIC) and suffix in (".xlsx", ".xlsm", ".csv") and not encrypted_ole(path):
        return ".xls", None
    return suffix, None


def read_grids(path: Path, rel: str | None = None) -> list[Grid]:
    """Read every sheet or table of one template file.

    ``rel`` is the path reported for the file (relative to the scanned folder, '/' separators).
    Raises :class:`FormReadError` with a Chinese reason when the file cannot be read.
    """
    rel = rel or path.name
    suffix = name_suffix(path)
    if path.name.startswith("~$"):
        raise FormReadError(path, "这是 Office 打开文件时留下的临时锁文件，已跳过。")
    if suffix in LEGACY_FORMATS:
        raise UnsupportedFormatError(path, LEGACY_FORMATS[suffix])
    kind, archive = _sniff(path, suffix)
    reader = READERS.get(kind)
    try:
        if reader is None:
            raise UnsupportedFormatError(path, "不是报表模板文件（支持 .xlsx .xlsm .xls .csv .docx）。")
        if archive is not None:
            return ZIP_READERS[kind](path, rel, archive)
        return reader(path, rel)
    except FormReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - any failure of a reader is a fact about this file
        raise FormReadError(path, clerk_reason(exc)) from exc
    finally:
        if archive is not None:
            archive.close()


__all__ = ["LEGACY_FORMATS", "READERS", "is_template_file", "read_grids"]
