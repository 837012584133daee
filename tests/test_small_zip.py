"""The light zip reader of small Office files agrees with zipfile, and leaves it every case it does not take."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yitaobiao.readers import read_grids
from yitaobiao.readers.small_zip import SmallZip
from yitaobiao.testing import list_rows, write_xlsx

_names = st.text(alphabet="abcxyz/._表一", min_size=1, max_size=12).filter(lambda n: not n.endswith("/"))
_members = st.dictionaries(_names, st.tuples(st.binary(max_size=3000), st.sampled_from([zipfile.ZIP_STORED,
                                                                                         zipfile.ZIP_DEFLATED])),
                           min_size=1, max_size=8)


def _zip(members: dict[str, tuple[bytes, int]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, (content, method) in members.items():
            archive.writestr(name, content, compress_type=method)
    return buffer.getvalue()


@settings(max_examples=60, deadline=None)
@given(_members)
def test_every_member_reads_as_zipfile_reads_it(members: dict[str, tuple[bytes, int]]) -> None:
    data = _zip(members)
    small = SmallZip.parse(data)
    assert small is not None
    reference = zipfile.ZipFile(io.BytesIO(data))
    assert small.namelist() == reference.namelist()
    for info in reference.infolist():
        mine = small.getinfo(info.filename)
        assert (mine.file_size, mine.compress_size) == (info.file_size, info.compress_size)
        assert small.read(info.filename) == reference.read(info.filename)
        with small.open(info.filename) as member:
            assert member.read(10) == reference.read(info.filename)[:10]


def test_damaged_members_are_refused_as_zipfile_refuses_them() -> None:
    content = "姓名,性别,身份证号".encode() * 50
    data = bytearray(_zip({"xl/a.xml": (content, zipfile.ZIP_DEFLATED)}))
    small = SmallZip.parse(bytes(data))
    assert small is not None
    start = 30 + len("xl/a.xml")
    data[start + 5] ^= 0xFF  # a flipped byte in the compressed data
    damaged = SmallZip.parse(bytes(data))
    assert damaged is not None
    with pytest.raises((zipfile.BadZipFile, __import__("zlib").error)):
        damaged.read("xl/a.xml")
    with pytest.raises(KeyError):
        small.read("xl/missing.xml")


def test_what_it_does_not_take_goes_to_zipfile() -> None:
    plain = _zip({"a.xml": (b"x" * 100, zipfile.ZIP_DEFLATED)})
    assert SmallZip.parse(b"PK\x03\x04 not a zip at all") is None
    assert SmallZip.parse(plain[:-10]) is None  # cut short: no directory end
    encrypted = bytearray(plain)
    entry = plain.find(b"PK\x01\x02")
    encrypted[entry + 8] |= 0x1  # the encryption flag in the directory
    assert SmallZip.parse(bytes(encrypted)) is None
    bzip = io.BytesIO()
    with zipfile.ZipFile(bzip, "w", compression=zipfile.ZIP_BZIP2) as archive:
        archive.writestr("a.xml", b"x" * 100)
    assert SmallZip.parse(bzip.getvalue()) is None
    assert SmallZip.parse(b"junk before " + plain) is None  # a prefixed (self-extracting) zip


def test_a_workbook_reads_the_same_through_either_zip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows, merges = list_rows("低保对象花名册", [("基本情况", ["姓名", "性别"]), "身份证号", "家庭人口数"])
    path = tmp_path / "表.xlsx"
    write_xlsx(path, [("花名册", rows, merges)])
    assert SmallZip.parse(path.read_bytes()) is not None
    light = read_grids(path, "表.xlsx")
    monkeypatch.setattr(SmallZip, "parse", classmethod(lambda cls, data: None))
    assert read_grids(path, "表.xlsx") == light
