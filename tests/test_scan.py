from __future__ import annotations

from pathlib import Path

from yitaobiao.scan import department_for, scan_folder


def test_bad_files_are_reported_and_the_scan_goes_on(good: Path, bad: Path) -> None:
    result = scan_folder(bad.parent)
    codes = {f.path: f.code for f in result.findings if f.sheet is None}
    for name in ("corrupt.xlsx", "text-renamed.xlsx", "encrypted.xlsx", "zip-bomb.xlsx", "xml-bomb.xlsx", "legacy.doc"):
        assert codes[f"bad/{name}"] == "unreadable"
    assert codes["bad/notes.json"] == "not_a_form"
    assert codes["bad/empty-workbook.xlsx"] == "no_form"  # read fine, but holds no data item
    assert any(f.code == "no_header" for f in result.findings)
    assert any(f.code == "hidden_sheet" for f in result.findings)
    assert result.files_failed == 7 and result.files_skipped == 1
    assert len(result.forms) == 9


def test_inputs_are_not_modified(good: Path) -> None:
    before = {p: p.stat().st_mtime_ns for p in good.iterdir()}
    scan_folder(good)
    assert {p: p.stat().st_mtime_ns for p in good.iterdir()} == before


def test_department_from_folder_then_title() -> None:
    assert department_for("民政局/低保.xlsx", "") == "民政局"
    assert department_for("hy_gaj/cer.docx", "证明") == "公安局"
    assert department_for("2025三季度/表.xlsx", "某县卫生健康局统计表") == "卫健局"
    assert department_for("表.xlsx", "统计表") == "未注明"
