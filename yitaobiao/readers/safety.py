"""Checks that run before a zipped Office file is handed to a parser.

A template folder is filled by e-mail attachments from many offices; a damaged or hostile file must
cost a line in the report, not the run. Sizes are checked from the zip directory before anything is
decompressed, and an XML part that declares a DTD (the carrier of entity bombs) is refused when it is
read: every part the tool parses passes :func:`refuse_dtd` on the bytes it reads anyway (inflating
every part of every workbook once more only to look for a DTD was a third of the reading time).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ..errors import EncryptedFileError, FormReadError, OwnOutputError, UnsafeFileError
from ..model import OUTPUT_MARK
from .small_zip import SmallZip

# An Office file's zip: zipfile's, or the light reader of a small file already in memory.
Archive = zipfile.ZipFile | SmallZip

PASSWORD_REASON = "文件设有打开密码，无法读取。请在 Excel/WPS 中取消密码后另存，再重新扫描。"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

MAX_MEMBER_BYTES = 512 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
# A real filled sheet compresses about 10-20×; a bomb compresses thousands of times.
MAX_RATIO = 200
RATIO_APPLIES_ABOVE = 16 * 1024 * 1024


def name_suffix(path: Path) -> str:
    """The extension a clerk sees: 「表.xlsx 」 and 「表.xlsx.」 (names mangled by mail or zip tools) are .xlsx."""
    name = path.name.rstrip(" .")
    dot = name.rfind(".")  # PurePath.suffix's rule, without building a second path (twice per file read)
    return name[dot:].lower() if 0 < dot < len(name) - 1 else ""


def file_magic(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(8)


def encrypted_ole(path: Path) -> bool:
    """An OOXML file saved with a password is an OLE container holding an EncryptionInfo stream."""
    marker = "EncryptionInfo".encode("utf-16-le")
    with path.open("rb") as fh:
        head = fh.read(1024 * 1024)
    return marker in head


def check_ooxml(path: Path, archive: Archive | None = None) -> Archive:
    """Open an .xlsx/.docx as a zip (or take the one already open) after checking it is one and is not a bomb."""
    if archive is not None:
        check_sizes(path, archive)
        return archive
    magic = file_magic(path)
    if magic.startswith(OLE_MAGIC):
        if encrypted_ole(path):
            raise EncryptedFileError(path, PASSWORD_REASON)
        raise FormReadError(path, "文件扩展名与内容不符（实为旧版 Office 格式），请用 Excel/WPS 另存为 .xlsx 或 .docx。")
    if not magic.startswith(ZIP_MAGIC):
        if not magic:
            raise FormReadError(path, "文件为空（0 字节），可能没有传完整：请向报送部门重新索取。")
        raise FormReadError(path, "不是有效的 Office 文件（内容已损坏，或是改了扩展名的其他文件）。")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise FormReadError(path, "文件已损坏，无法解压，请让报送单位重新发送。") from exc
    try:
        check_sizes(path, archive)
    except UnsafeFileError:
        archive.close()
        raise
    return archive


def check_sizes(path: Path, archive: Archive) -> None:
    """Refuse a zip whose directory promises more than a template could hold (a zip bomb)."""
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
            raise UnsafeFileError(path, "解压后体积异常巨大（疑似压缩炸弹），已跳过。")
        if info.file_size > RATIO_APPLIES_ABOVE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnsafeFileError(path, "压缩比异常（疑似压缩炸弹），已跳过。")


def refuse_dtd(path: Path, data: bytes) -> bytes:
    """The bytes of an XML part (or the head of a streamed one), unless they declare a DTD or an entity.
    Parts that pass may be parsed by the standard library's parser: with no DTD there is no entity to expand."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise UnsafeFileError(path, "文件内含 XML 实体声明（疑似 XML 实体炸弹），已跳过。")
    return data


def read_part(path: Path, archive: Archive, name: str, limit: int = -1) -> bytes:
    """A part of an Office file (its first ``limit`` bytes when given), refused if it declares a DTD."""
    with archive.open(name) as member:
        return refuse_dtd(path, member.read(limit))


_OWN_OUTPUT_RE = re.compile(rb"keywords>[^<]*" + re.escape(OUTPUT_MARK.encode()))


def refuse_tool_output(path: Path, archive: Archive) -> None:
    """Refuse a workbook or document this tool wrote (its properties carry OUTPUT_MARK): a report or an 一套表
    saved in the forms folder must not be counted as one more department's template at the next scan."""
    try:
        size = archive.getinfo("docProps/core.xml").file_size
    except KeyError:
        return
    if size <= 64 * 1024 and _OWN_OUTPUT_RE.search(read_part(path, archive, "docProps/core.xml")):
        raise OwnOutputError(path, "这是本工具生成的文件（报告、审核表、一套表、通报或回填表），不作为报表模板读取。")
