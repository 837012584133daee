"""The directory and members of a small Office file already read into memory, without ``zipfile``'s cost.

A template is a zip of ten parts of a few kilobytes. ``zipfile`` builds its directory in Python, and every
member it opens goes through a file object, a local-header check and a decompressor object: a third of what
reading a small .xlsx costs besides calamine. :class:`SmallZip` reads the central directory with one struct
per entry and inflates a member with one call. It takes only the plain case: one disk, no ZIP64, no
encryption, members stored or deflated, every member small. Anything else gives ``None``, and the caller
falls back to ``zipfile``, which knows every corner of the format. A member whose bytes disagree with the
directory (its CRC, its size, its local header) is refused with ``zipfile.BadZipFile``, as ``zipfile``
refuses it.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from typing import NamedTuple

_END = struct.Struct("<4s4H2LH")  # end of central directory record
_ENTRY = struct.Struct("<4s6H3L5H2L")  # central directory file header
_LOCAL = struct.Struct("<4s5H3L2H")  # local file header
_END_SIGNATURE = b"PK\x05\x06"
_ENTRY_SIGNATURE = b"PK\x01\x02"
_LOCAL_SIGNATURE = b"PK\x03\x04"
# Members are inflated whole, in memory: only when every one is small (a template's parts are kilobytes; a
# filled register's sheet of megabytes goes to zipfile, which streams it).
MAX_MEMBER_BYTES = 4 * 1024 * 1024
MAX_ENTRIES = 2000


class SmallZipInfo(NamedTuple):
    filename: str
    file_size: int
    compress_size: int
    method: int
    crc: int
    header_offset: int


class SmallZip:
    """A read-only zip over bytes, with the part of ``zipfile.ZipFile``'s interface the readers use."""

    def __init__(self, data: bytes, entries: dict[str, SmallZipInfo]) -> None:
        self._data = data
        self._entries = entries

    @classmethod
    def parse(cls, data: bytes) -> SmallZip | None:
        """The zip in ``data``, or None when it is not the plain case (see the module's note)."""
        at = data.rfind(_END_SIGNATURE, max(0, len(data) - 22 - 0xFFFF))
        if at < 0 or at + _END.size > len(data):
            return None
        _, disk, cd_disk, disk_entries, total, cd_size, cd_offset, _ = _END.unpack_from(data, at)
        if disk or cd_disk or disk_entries != total or total > MAX_ENTRIES or cd_offset + cd_size > at:
            return None  # several disks, or ZIP64 (whose markers are 0xFFFF and 0xFFFFFFFF), or junk
        entries: dict[str, SmallZipInfo] = {}
        pos = cd_offset
        for _ in range(total):
            if pos + _ENTRY.size > at:
                return None
            (signature, _made, _need, flags, method, _time, _date, crc, csize, size, name_len, extra_len,
             comment_len, _disk, _internal, _external, offset) = _ENTRY.unpack_from(data, pos)
            if signature != _ENTRY_SIGNATURE or flags & 0x1 or method not in (0, 8) or size > MAX_MEMBER_BYTES:
                return None
            raw = data[pos + _ENTRY.size:pos + _ENTRY.size + name_len]
            name = raw.decode("utf-8" if flags & 0x800 else "cp437", errors="replace")
            if name in entries:
                return None  # zipfile keeps the last of duplicate names: leave such oddities to it
            entries[name] = SmallZipInfo(name, size, csize, method, crc, offset)
            pos += _ENTRY.size + name_len + extra_len + comment_len
        return cls(data, entries)

    @property
    def data(self) -> bytes:
        """The whole file's bytes (calamine opens the workbook from them instead of reading the disk again)."""
        return self._data

    def namelist(self) -> list[str]:
        return list(self._entries)

    def infolist(self) -> list[SmallZipInfo]:
        return list(self._entries.values())

    def getinfo(self, name: str) -> SmallZipInfo:
        return self._entries[name]  # KeyError for a missing member, as zipfile

    def read(self, name: str) -> bytes:
        info = self._entries[name]
        start = info.header_offset
        if start + _LOCAL.size > len(self._data):
            raise zipfile.BadZipFile(f"bad local header offset for {name!r}")
        signature, *_, name_len, extra_len = _LOCAL.unpack_from(self._data, start)
        if signature != _LOCAL_SIGNATURE:
            raise zipfile.BadZipFile(f"bad local header for {name!r}")
        begin = start + _LOCAL.size + name_len + extra_len
        stored = self._data[begin:begin + info.compress_size]
        if info.method == 0:
            content = stored
        else:
            inflater = zlib.decompressobj(-15)
            content = inflater.decompress(stored, info.file_size + 1)  # never more than the directory says
        if len(content) != info.file_size or zlib.crc32(content) != info.crc:
            raise zipfile.BadZipFile(f"bad CRC or size for {name!r}")
        return content

    def open(self, name: str) -> io.BytesIO:
        return io.BytesIO(self.read(name))

    def close(self) -> None:
        self._data = b""

    def __enter__(self) -> SmallZip:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def in_memory(archive: object) -> bytes | None:
    """The bytes of a zip read by :class:`SmallZip` (calamine opens them instead of the file), else None."""
    return archive.data if isinstance(archive, SmallZip) else None
