"""Readers: a template file → the grids (sheets or Word tables) it holds."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

from ..errors import FormReadError, UnsupportedFormatError
from ..guard import clerk_reason
from ..model import Grid
from .csv_reader import detect_encoding, read_csv, read_csv_bytes
from .docx import read_docx, read_docx_archive
from .excel import read_xls, read_xlsx, read_xlsx_archive
from .safety import OLE_MAGIC, ZIP_MAGIC, Archive, encrypted_ole, name_suffix, refuse_tool_output
from .small_zip import SmallZip

# A template is a few kilobytes: read whole, once, it is sniffed, unzipped and parsed from memory (opening the
# file again for each step was a tenth of reading). Larger files are read from disk by each step as before.
WHOLE_FILE_BYTES = 8 * 1024 * 1024

Reader = Callable[[Path, str], list[Grid]]

READERS: dict[str, Reader] = {
    ".xlsx": read_xlsx,
    ".xlsm": read_xlsx,
    ".xls": read_xls,
    ".csv": read_csv,
    ".docx": read_docx,
}
# The same readers, given the zip already opened to tell an .xlsx from a .docx.
ZIP_READERS: dict[str, Callable[[Path, str, Archive], list[Grid]]] = {
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


def is_template_file(path: Path) -> bool:
    """True for the file types the tool reads or can say something useful about."""
    suffix = name_suffix(path)
    return suffix in READERS or suffix in LEGACY_FORMATS


def _sniff(path: Path, suffix: str) -> tuple[str, Archive | None, bytes | None]:
    """The format the bytes are, whatever the extension says (an .xlsx renamed .xls is read as .xlsx), the
    opened zip when it is an Office file (so that it is opened once), and the file's bytes when it is small."""
    try:
        with path.open("rb") as fh:
            # read(n) would reserve n bytes first: the size decides between the whole file and its magic.
            small = os.fstat(fh.fileno()).st_size <= WHOLE_FILE_BYTES
            data = fh.read() if small else fh.read(8)
    except OSError:
        return suffix, None, None
    whole = data if small and len(data) <= WHOLE_FILE_BYTES else None
    if data.startswith(ZIP_MAGIC) and suffix in (".xls", ".xlsx", ".xlsm", ".docx", ".csv", *LEGACY_FORMATS):
        try:
            archive = (whole is not None and SmallZip.parse(whole)) or zipfile.ZipFile(
                io.BytesIO(whole) if whole is not None else path)
        except (zipfile.BadZipFile, OSError, ValueError):
            return suffix, None, whole
        names = archive.namelist()[:2000]
        if any(n.startswith("word/") for n in names):
            return ".docx", archive, whole
        if any(n.startswith("xl/") for n in names):
            return (".xlsm" if suffix == ".xlsm" else ".xlsx"), archive, whole
        archive.close()
        return suffix, None, whole
    if data.startswith(OLE_MAGIC) and suffix in (".xlsx", ".xlsm", ".csv") and not encrypted_ole(path):
        return ".xls", None, whole
    if whole and suffix in (".xls", ".xlsx", ".xlsm") and _delimited_text(whole):
        return ".csv", None, whole  # (wf105: a system's CSV export named .xlsx was dropped as a damaged file)
    return suffix, None, whole


def _delimited_text(data: bytes) -> bool:
    """Bytes that are a table in text (a CSV or a tab-separated export), not a damaged workbook or a web page."""
    head = data[:4096]
    if b"\x00" in head or not (encoding := detect_encoding(head)):
        return False
    text = head.decode(encoding, errors="replace")
    first = next((line for line in text.splitlines() if line.strip()), "")
    return not first.lstrip().startswith("<") and ("," in first or "\t" in first)


def content_suffix(path: Path) -> str:
    """The extension the file's bytes call for (.xlsx, .xlsm, .xls, .docx), or the one its name has."""
    kind, archive, _ = _sniff(path, name_suffix(path))
    if archive is not None:
        archive.close()
    return kind


def read_grids(path: Path, rel: str | None = None, *, refuse_own_output: bool = False) -> list[Grid]:
    """Read every sheet or table of one template file.

    ``rel`` is the path reported for the file (relative to the scanned folder, '/' separators).
    Raises :class:`FormReadError` with a Chinese reason when the file cannot be read, and
    :class:`OwnOutputError` for a file this tool wrote when ``refuse_own_output`` (a scan asks it; reading
    the departments' filled copies back, as ``fill`` does, must not).
    """
    rel = rel or path.name
    suffix = name_suffix(path)
    if path.name.startswith("~$"):
        raise FormReadError(path, "这是 Office 打开文件时留下的临时锁文件，已跳过。")
    kind, archive, whole = _sniff(path, suffix)
    if kind in LEGACY_FORMATS:  # (a .docx renamed .doc is read as what its bytes are)
        raise UnsupportedFormatError(path, LEGACY_FORMATS[kind])
    reader = READERS.get(kind)
    try:
        if reader is None:
            raise UnsupportedFormatError(path, "不是报表模板文件（支持 .xlsx .xlsm .xls .csv .docx）。")
        if archive is not None:
            if refuse_own_output:
                refuse_tool_output(path, archive)
            return ZIP_READERS[kind](path, rel, archive)
        if kind == ".csv" and whole is not None:
            return read_csv_bytes(path, rel, whole)
        return reader(path, rel)
    except FormReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - any failure of a reader is a fact about this file
        raise FormReadError(path, clerk_reason(exc)) from exc
    finally:
        if archive is not None:
            archive.close()


__all__ = ["LEGACY_FORMATS", "READERS", "content_suffix", "is_template_file", "name_suffix", "read_grids"]
