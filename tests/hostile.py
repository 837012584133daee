"""Hostile and broken templates, made from the good fixtures and sample forms, for the fuzz harness.

``make_corpus(folder, seed, n, big=False)`` writes ``n`` mutated files plus one of each hand-made hostile
case into ``folder`` and returns the names it wrote. Used by ``tests/test_hostile.py`` (a small seeded
sample in CI) and ``benchmarks/fuzz_scan.py`` (the large run).
"""

from __future__ import annotations

import io
import os
import random
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "tests" / "fixtures" / "good"
SAMPLES = ROOT / "sample_forms"

LABELS = ["=1+1", "＝SUM(A1:A3)", "+cmd", "-2+3", "@SUM(1)", "[/dim]姓名[bold]", "[red]性别",
          "身份\x00证\x07号码", "联系\x1b电话", "备注" * 20000]


def seeds() -> list[Path]:
    """The good files mutations start from."""
    files = [p for p in sorted(GOOD.iterdir()) if p.is_file()]
    files += [p for p in sorted(SAMPLES.rglob("*")) if p.is_file() and p.suffix in (".xlsx", ".xls", ".docx", ".csv")]
    return files


def _xlsx(sheet_xml: str, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal workbook with one sheet, written by hand so that it can say anything."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                   '2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                   'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
                   'PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType='
                   '"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
                   'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                   f'spreadsheetml/2006/main">{sheet_xml}</worksheet>')
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buffer.getvalue()


def _inline(ref: str, text: str) -> str:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<c r="{ref}" t="inlineStr"><is><t>{escaped}</t></is></c>'


def _header_xlsx(labels: list[str]) -> bytes:
    from openpyxl.utils import get_column_letter

    cells = "".join(_inline(f"{get_column_letter(i + 1)}1", t) for i, t in enumerate(labels))
    return _xlsx(f'<sheetData><row r="1">{cells}</row></sheetData>')


def hand_made(big: bool = False) -> dict[str, bytes]:
    """One file of each hostile class that mutation alone would rarely make."""
    files: dict[str, bytes] = {}
    files["huge-dimension.xlsx"] = _xlsx('<dimension ref="A1:XFD1048576"/><sheetData><row r="1">'
                                         + _inline("A1", "姓名") + _inline("B1", "性别") + '</row>'
                                         '<row r="1048576">' + _inline("XFD1048576", "x") + "</row></sheetData>")
    files["merge-all-columns.xlsx"] = _xlsx('<sheetData><row r="1">' + _inline("A1", "姓名") + _inline("B1", "性别")
                                            + '</row></sheetData><mergeCells count="1"><mergeCell ref="A2:XFD400"/>'
                                            '</mergeCells>')
    many = "".join(f'<mergeCell ref="A{r}:B{r}"/>' for r in range(2, 10002))
    files["ten-thousand-merges.xlsx"] = _xlsx('<sheetData><row r="1">' + _inline("A1", "姓名") + _inline("B1", "性别")
                                              + f'</row></sheetData><mergeCells count="10000">{many}</mergeCells>')
    files["reversed-merge.xlsx"] = _xlsx('<sheetData><row r="1">' + _inline("A1", "姓名") + _inline("B1", "性别")
                                         + '</row></sheetData><mergeCells count="1"><mergeCell ref="C9:A2"/>'
                                         '</mergeCells>')
    files["formula-labels.xlsx"] = _header_xlsx(["姓名", *LABELS[:7]])
    files["control-chars.xlsx"] = _header_xlsx(["姓名", *LABELS[7:]])
    files["formula-labels.csv"] = ",".join(["姓名", *LABELS[:7]]).encode("utf-8")
    files["long-field.csv"] = ("姓名,性别\n" + '"' + "长" * 200_000 + '",男\n').encode("utf-8")
    files["many-columns.csv"] = ",".join(f"字段{i}" for i in range(100_000 if big else 20_000)).encode("utf-8")
    files["one-long-line.csv"] = b"a," * ((100 if big else 5) * 1024 * 1024)
    files["million-rows.csv"] = "姓名,性别\n".encode() + "张三,男\n".encode() * (1_000_000 if big else 50_000)
    nested = "<w:sdt><w:sdtContent>" * 1000 + "<w:p/>" + "</w:sdtContent></w:sdt>" * 1000
    files["deep-nesting.docx"] = _docx(f"<w:body>{nested}</w:body>")
    files["lying-size.docx"] = _lying_zip(1000 if big else 50)
    files["empty.xlsx"] = b""
    files["text-renamed.xlsx"] = "这不是表格".encode()
    return files


def _docx(body: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                   f'wordprocessingml/2006/main">{body}</w:document>')
    return buffer.getvalue()


def _lying_zip(megabytes: int) -> bytes:
    """A .docx whose document part says it is 100 bytes but inflates to many megabytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<" + b" " * (megabytes * 1024 * 1024) + b"/>")
    data = bytearray(buffer.getvalue())
    # Rewrite the uncompressed size of every entry (local and central headers) to 100 bytes.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (at := data.find(signature, start)) >= 0:
            struct.pack_into("<I", data, at + offset, 100)
            start = at + 4
    return bytes(data)


Mutation = Callable[[bytes, random.Random], bytes]


def _flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if out:
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(max(len(data), 1))]


def _zip_method(data: bytes, rng: random.Random) -> bytes:
    """Claim LZMA (14), AES (99) or an encrypted entry in a zip header."""
    out = bytearray(data)
    at = out.find(b"PK\x03\x04", rng.randrange(max(len(out) // 2, 1)))
    at = out.find(b"PK\x03\x04") if at < 0 else at
    if at < 0:
        return _flip(data, rng)
    if rng.random() < 0.5:
        struct.pack_into("<H", out, at + 8, rng.choice([14, 99, 12]))
    else:
        struct.pack_into("<H", out, at + 6, struct.unpack_from("<H", out, at + 6)[0] | 1)
    return bytes(out)


def _splice(data: bytes, rng: random.Random) -> bytes:
    """Overwrite a block with random bytes or repeat a block (bad CRCs, broken XML)."""
    if len(data) < 16:
        return data * 2
    start = rng.randrange(len(data) - 8)
    size = rng.randint(1, min(256, len(data) - start))
    if rng.random() < 0.5:
        return data[:start] + rng.randbytes(size) + data[start + size:]
    return data[:start + size] + data[start:start + size] * rng.randint(2, 50) + data[start + size:]


MUTATIONS: list[Mutation] = [_flip, _truncate, _zip_method, _splice]


def _name(rng: random.Random, stem: str, suffix: str) -> bytes:
    """A file name, sometimes mangled the ways mail and zip tools mangle them (as raw bytes)."""
    roll = rng.random()
    if roll < 0.05:
        return stem.encode("gbk", errors="replace") + "表".encode("gbk") + suffix.encode()
    if roll < 0.08:
        return (stem + suffix + " ").encode()
    if roll < 0.10:
        return (stem + suffix + ".").encode()
    if roll < 0.13:  # an .xlsx renamed .xls and the reverse
        swap = {".xlsx": ".xls", ".xls": ".xlsx", ".docx": ".xlsx", ".csv": ".xlsx"}
        return (stem + swap.get(suffix, suffix)).encode()
    if roll < 0.15:
        return (stem + "\x07" + suffix).encode()
    return (stem + suffix).encode()


def make_corpus(folder: Path, seed: int, n: int, big: bool = False, specials: bool = True) -> list[bytes]:
    """Write ``n`` mutated files and the hand-made hostile ones; returns the file names written."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[bytes] = []
    sources = seeds()

    def write(name: bytes, data: bytes) -> None:
        path = os.path.join(os.fsencode(folder), name)
        if os.path.exists(path):
            return
        with open(path, "wb") as fh:
            fh.write(data)
        written.append(name)

    for i in range(n):
        source = rng.choice(sources)
        data = source.read_bytes()
        for _ in range(rng.randint(1, 2)):
            data = rng.choice(MUTATIONS)(data, rng)
        write(_name(rng, f"m{i:05d}-{source.stem[:12]}", source.suffix), data)
    for name, data in hand_made(big).items():
        write(name.encode(), data)
    if specials:
        for source in sources[:4]:  # good files too: a scan of a mixed folder must read them
            write(f"good-{source.name}".encode(), source.read_bytes())
        write(b"~$lock.xlsx", b"\x00" * 165)
        base = os.fsencode(folder)
        os.symlink("/nonexistent/target.xlsx", os.path.join(base, b"dangling.xlsx"))
        os.symlink("/etc/hostname", os.path.join(base, b"outside.csv"))
        os.symlink(b"loop-b.xlsx", os.path.join(base, b"loop-a.xlsx"))
        os.symlink(b"loop-a.xlsx", os.path.join(base, b"loop-b.xlsx"))
        if hasattr(os, "mkfifo"):
            os.mkfifo(os.path.join(base, b"pipe.csv"))
        written += [b"dangling.xlsx", b"outside.csv", b"loop-a.xlsx", b"loop-b.xlsx", b"pipe.csv"]
    return written


# --------------------------------------------------------------------------- checking a run
def fingerprint(folder: Path) -> dict[bytes, tuple[int, int]]:
    """Size and mtime of every regular file (links not followed): inputs must be left as they were."""
    out = {}
    for entry in os.scandir(os.fsencode(folder)):
        if entry.is_file(follow_symlinks=False):
            st = entry.stat(follow_symlinks=False)
            out[entry.name] = (st.st_size, st.st_mtime_ns)
    return out


def shown_name(raw: bytes) -> str:
    """The name the tool reports for a raw file name (see yitaobiao.scan.relative_path)."""
    import unicodedata

    for encoding in ("utf-8", "gb18030"):
        try:
            return unicodedata.normalize("NFC", raw.decode(encoding))
        except UnicodeDecodeError:
            continue
    return unicodedata.normalize("NFC", raw.decode("utf-8", errors="replace"))


FILE_CODES = {"unreadable", "crashed", "timeout", "not_a_form", "archive", "own_output", "special_file", "no_form"}


def named_once(catalog: dict, written: list[bytes]) -> list[str]:
    """Problems with 'every input file is named exactly once': read (a form) or in one file-level finding."""
    expected = {shown_name(n) for n in written if not n.startswith(b"~$")}
    read = {f["path"] for f in catalog["forms"]}
    failed = [f["path"] for f in catalog["findings"] if f["code"] in FILE_CODES - {"no_form"}]
    no_form = {f["path"] for f in catalog["findings"] if f["code"] == "no_form"}
    problems = [f"named twice: {p}" for p in set(failed) if failed.count(p) > 1 or p in read]
    seen = read | set(failed) | no_form
    problems += [f"not named: {p}" for p in sorted(expected - seen)]
    return problems


def formula_cells(path: Path) -> list[str]:
    """Cells of a written workbook that Excel would run as formulas."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path)
    except Exception as exc:  # noqa: BLE001 - an output Excel cannot open is a failure of its own
        return [f"unreadable output: {type(exc).__name__}"]
    return [f"{ws.title}!{cell.coordinate}" for ws in wb.worksheets for row in ws.iter_rows() for cell in row
            if cell.data_type == "f"]
