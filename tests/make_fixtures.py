"""Regenerate tests/fixtures/: tiny real files, good and bad, that the tests read.

    python tests/make_fixtures.py
"""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

from openpyxl import Workbook

from yitaobiao.testing import (
    card_rows,
    indicator_rows,
    list_rows,
    write_csv,
    write_docx,
    write_xls,
    write_xlsx,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def good(out: Path) -> None:
    rows, merges = list_rows("测试县低保花名册", ["村名", ("户主情况", ["姓名", "身份证号"]), "家庭人口数（人）", "备注"])
    write_xlsx(out / "merged-cells.xlsx", [("Sheet1", rows, merges)], hidden=[("代码表", [["男"], ["女"]])])
    rows, merges = indicator_rows("测试县人口统计表", [("户籍人口", "人"), ("  其中：女", "人"), ("常住人口", "人")])
    write_xlsx(out / "indicator.xlsx", [("Sheet1", rows, merges)])
    rows, merges = card_rows("测试县补贴申请表", [("基本情况", [["姓名", "性别"], ["身份证号"]]),
                                                   ("监护人情况", [["姓名", "联系电话"]])])
    write_xlsx(out / "card.xlsx", [("Sheet1", rows, merges)])
    rows, merges = list_rows("测试县死亡人口核查表", [("本人情况", ["姓名", "出生日期", "死亡日期"])])
    write_xls(out / "legacy.xls", "Sheet1", rows, merges)
    rows, _ = list_rows("测试县劳动力台账", ["乡镇", ("本人情况", ["姓名", "年龄"]), "月收入（元）"], serial=False)
    write_csv(out / "bom-utf8.csv", rows, encoding="utf-8-sig")
    write_csv(out / "gbk.csv", rows, encoding="gbk")
    write_csv(out / "中文文件名.csv", rows, encoding="utf-8")
    write_docx(out / "word-table.docx", "测试县亲属关系证明",
               [["姓名", "性别", "身份证号码", "称谓"], ["", "", "", ""], ["", "", "", ""]])
    write_docx(out / "word-spans.docx", "测试县登记表",
               [["姓名", "", "性别", ""], ["住址", ""]], spans={(1, 1): 3})


def bad(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "corrupt.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    (out / "text-renamed.xlsx").write_text("姓名,性别\n张三,男\n", encoding="utf-8")
    (out / "empty-file.xlsx").write_bytes(b"")
    # An OOXML workbook saved with a password is an OLE container holding an EncryptionInfo stream.
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 512
    (out / "encrypted.xlsx").write_bytes(ole)
    wb = Workbook()
    wb.save(out / "empty-workbook.xlsx")
    wb = Workbook()
    for r in range(5):
        wb.active.append([r * 3.5, r * 7.25, r * 1.5])
    wb.save(out / "no-header.xlsx")
    (out / "legacy.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    (out / "notes.json").write_text("{}", encoding="utf-8")
    with zipfile.ZipFile(out / "zip-bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (20 * 1024 * 1024))
    buffer = io.BytesIO()
    Workbook().save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&lol2;</workbook>')
    with zipfile.ZipFile(out / "xml-bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            data = bomb.encode() if item.filename == "xl/workbook.xml" else source.read(item.filename)
            archive.writestr(item.filename, data)


def main() -> None:
    if FIXTURES.exists():
        shutil.rmtree(FIXTURES)
    good(FIXTURES / "good")
    bad(FIXTURES / "bad")
    print(f"fixtures written to {FIXTURES}")


if __name__ == "__main__":
    main()
