from __future__ import annotations

from pathlib import Path

from yitaobiao.departments import default_departments
from yitaobiao.scan import department_for, scan_folder


def test_bad_files_are_reported_and_the_scan_goes_on(good: Path, bad: Path) -> None:
    result = scan_folder(bad.parent)
    codes = {f.path: f.code for f in result.findings if f.sheet is None}
    for name in ("corrupt.xlsx", "encrypted.xlsx", "zip-bomb.xlsx", "xml-bomb.xlsx", "legacy.doc"):
        assert codes[f"bad/{name}"] == "unreadable"
    assert "bad/text-renamed.xlsx" not in codes  # (a CSV named .xlsx is read as the table it is — wf105)
    assert codes["bad/notes.json"] == "not_a_form"
    assert codes["bad/empty-workbook.xlsx"] == "no_form"  # read fine, but holds no data item
    assert any(f.code == "no_header" for f in result.findings)
    assert any(f.code == "hidden_sheet" for f in result.findings)
    assert result.files_failed == 6 and result.files_skipped == 1
    assert len(result.forms) == 10


def test_inputs_are_not_modified(good: Path) -> None:
    before = {p: p.stat().st_mtime_ns for p in good.iterdir()}
    scan_folder(good)
    assert {p: p.stat().st_mtime_ns for p in good.iterdir()} == before


def test_department_from_folder_then_title() -> None:
    assert department_for("民政局/低保.xlsx", "") == "民政局"
    assert department_for("hy_gaj/cer.docx", "证明") == "公安局"
    assert department_for("2025三季度/表.xlsx", "某县卫生健康局统计表") == "卫健局"
    assert department_for("表.xlsx", "统计表") == "未注明"
    # the township sending a form of its own, and the 民政 inside 人民政府 is no 民政局 (u83)
    assert default_departments().resolve("乡镇政府/进度表.xlsx", "")[1]
    assert default_departments().resolve("人武部/民兵.xlsx", "") == ("人武部", True)
    assert default_departments().from_text("石桥镇人民政府征兵进度表") == "乡镇（街道）"


def test_the_scan_steps_mapped_over_an_engine_of_ones_own_give_the_same_scan(good: Path, bad: Path) -> None:
    """The README's recipe for a national roll-up (discover → read_file_safely on each file, anywhere →
    add_file_forms in order → finish_scan), run here on a process pool, gives what scan_folder gives."""
    from concurrent.futures import ProcessPoolExecutor

    from yitaobiao.scan import add_file_forms, discover, finish_scan, read_file_safely

    guarded = scan_folder(bad.parent)
    result, tasks = discover(bad.parent)
    with ProcessPoolExecutor(2) as pool:
        outcomes = list(pool.map(read_file_safely, tasks, chunksize=4))
    for (_, rel), outcome in zip(tasks, outcomes, strict=True):
        add_file_forms(result, rel, outcome)
    finish_scan(result)
    assert [(f.id, f.department, f.title, [x.label for x in f.fields]) for f in result.forms] == \
        [(f.id, f.department, f.title, [x.label for x in f.fields]) for f in guarded.forms]
    assert sorted((f.code, f.path, f.message) for f in result.findings) == \
        sorted((f.code, f.path, f.message) for f in guarded.findings)
    assert (result.files_read, result.files_failed, result.files_skipped) == \
        (guarded.files_read, guarded.files_failed, guarded.files_skipped)


def test_what_a_mac_zip_or_windows_leaves_behind_is_passed_over(tmp_path: Path) -> None:
    from yitaobiao.testing import list_rows, write_xlsx

    rows, merges = list_rows("低保对象花名册", ["姓名", "身份证号", "家庭人口数"])
    write_xlsx(tmp_path / "民政局" / "低保.xlsx", [("Sheet1", rows, merges)])
    for litter in ("__MACOSX/民政局/._低保.xlsx", "__MACOSX/低保.xlsx", "民政局/Thumbs.db", "desktop.ini"):
        (tmp_path / litter).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / litter).write_bytes(b"\x00\x05\x16\x07 Mac OS X resource fork")
    result = scan_folder(tmp_path)
    assert [form.department for form in result.forms] == ["民政局"]
    assert result.findings == [] and result.files_failed == 0


def test_a_zipped_bundle_of_templates_is_named_with_what_to_do(tmp_path: Path) -> None:
    import zipfile

    from yitaobiao.testing import list_rows, write_xlsx

    rows, merges = list_rows("低保对象花名册", ["姓名", "身份证号", "家庭人口数"])
    write_xlsx(tmp_path / "民政局" / "低保.xlsx", [("Sheet1", rows, merges)])
    with zipfile.ZipFile(tmp_path / "卫健局报表.zip", "w") as bundle:
        bundle.write(tmp_path / "民政局" / "低保.xlsx", "低保.xlsx")
    result = scan_folder(tmp_path)
    (finding,) = result.findings
    assert finding.code == "archive" and finding.path == "卫健局报表.zip" and "解压" in finding.message
    assert result.files_skipped == 1 and len(result.forms) == 1


def test_a_group_label_written_down_a_narrow_column_reads_across(tmp_path: Path) -> None:
    from yitaobiao.testing import write_xlsx

    rows = [["困难职工家庭档案登记表", "", "", ""], ["职\n工\n本\n人\n情\n况", "姓  名", "", "性  别"],
            ["", "身份证号码", "", "手机号码"], ["", "家庭住址", "", ""]]
    write_xlsx(tmp_path / "工会" / "档案.xlsx", [("Sheet1", rows, [(0, 0, 0, 3), (1, 0, 3, 0)])])
    fields = scan_folder(tmp_path).fields
    assert fields and {tuple(f.header_path[:-1]) for f in fields} == {("职工本人情况",)}


def test_a_titles_blank_for_the_month_or_quarter_stays_visible() -> None:
    from yitaobiao.scan import clean_title

    assert clean_title("2025年   月困难残疾人生活补贴发放花名册", "x.xlsx") == "2025年__月困难残疾人生活补贴发放花名册"
    assert clean_title("2025年第 季度 财务公开表", "x.xlsx") == "2025年第__季度财务公开表"
    assert clean_title("XX县 低保 花名册", "x.xlsx") == "XX县低保花名册"
    # (u177: every blank of a date to write in, not only the month's: it read 「（截至年__月日）」)
    assert clean_title("青石镇党员花名册（截至    年  月  日）", "x.xlsx") == "青石镇党员花名册（截至__年__月__日）"
    assert clean_title("2025 年度报表", "x.xlsx") == "2025年度报表"
    # (wf154: a title spaced out over its merged row has no blank to fill: 「畜牧业生产__季报」 read a season's blank)
    assert clean_title("畜  牧  业  生  产  季 报", "x.xlsx") == "畜牧业生产季报"
    assert clean_title("低 保 对 象 花 名 册", "x.xlsx") == "低保对象花名册"
    # (wf15: 「cyryplcjb.xls」, a police system's export, with one sheet 「从业人员导入表」: the sheet names the form)
    assert clean_title("", "公安局/cyryplcjb.xls", "从业人员导入表") == "从业人员导入表"
    assert clean_title("", "公安局/cyryplcjb.xls", "Sheet1") == "cyryplcjb"
    assert clean_title("", "公安局/实有人口.xls", "Sheet1") == "实有人口"


def test_a_word_documents_title_names_its_tables(tmp_path: Path) -> None:
    """A line in brackets under the title says which version it is (税务登记表 / （适用单位纳税人）), and a later table
    with no title of its own is the document's, not the file's code (tz_swj_cer_262.docx, yh_gaj_cer_198.docx)."""
    from yitaobiao.testing import write_docx_blocks

    card = [["纳税人名称", "", "登记注册类型", ""], ["组织机构代码", "", "法定代表人", ""]]
    write_docx_blocks(tmp_path / "税务局" / "tz_swj_cer_262.docx", [
        "税务登记表", "（适用单位纳税人）", (card, {}),
        "以下由税务机关填写：", ([["纳税人识别号", "", "登记日期", ""], ["主管税务机关", "", "经办人", ""]], {})])
    write_docx_blocks(tmp_path / "公安局" / "yh_gaj_cer_198.docx", [
        "有无违法犯罪记录证明", ([["〔20   〕第   号"]], {}),
        ([["姓名", "", "性别", ""], ["公民身份号码", "", "联系电话", ""]], {})])
    # (wf33: a document with nothing above its table prints its title below it, 「时间： 年 月 日」 after)
    write_docx_blocks(tmp_path / "自然资源局" / "tz_gtzy_cer_535.docx", [
        ([["单位名称", ""], ["项目情况", ""], ["国土局意见", ""]], {}), "国土资源局临时用地复垦验收意见书", "时间：  年  月  日"])
    titles = {(form.path.split("/")[-1], form.sheet): form.title for form in scan_folder(tmp_path).forms}
    assert titles == {("tz_swj_cer_262.docx", "表1"): "税务登记表（适用单位纳税人）",
                      ("tz_swj_cer_262.docx", "表2"): "税务登记表（适用单位纳税人）",
                      ("yh_gaj_cer_198.docx", "表2"): "有无违法犯罪记录证明",
                      ("tz_gtzy_cer_535.docx", "表1"): "国土资源局临时用地复垦验收意见书"}


def test_a_hidden_check_column_is_no_item_but_a_hidden_item_is(tmp_path: Path) -> None:
    """「校验（勿删）」 hidden beside a register checks its other columns: the clerk would not count it (unseen 16
    and 17 both had one). A hidden column asking a real item is still read, and marked."""
    from openpyxl import load_workbook

    from yitaobiao.testing import list_rows, write_xlsx

    rows, merges = list_rows("流动人口居住登记台账", ["姓名", "公民身份号码", "居住地址", "备用电话", "校验（勿删）"])
    path = write_xlsx(tmp_path / "forms" / "派出所" / "流动人口.xlsx", [("Sheet1", rows, merges)])
    wb = load_workbook(path)
    wb.active.column_dimensions["E"].hidden = True  # 备用电话
    wb.active.column_dimensions["F"].hidden = True  # 校验（勿删）
    wb.save(path)
    result = scan_folder(tmp_path / "forms")
    assert [(f.label, f.hidden) for f in result.fields] == [
        ("姓名", False), ("公民身份号码", False), ("居住地址", False), ("备用电话", True)]


def test_choices_printed_beside_an_indicator_are_its_options(tmp_path: Path) -> None:
    from yitaobiao.testing import write_xlsx

    rows = [["农户调查表", "", ""], ["代码", "填表项目", "单位"], ["201", "（一）家庭成员人数", "人"],
            ["202", "（二）住房结构类型：1.钢筋混凝土2.砖木3.土坯", "代码"], ["203", "（三）存款：    元", ""]]
    write_xlsx(tmp_path / "forms" / "调查表.xlsx", [("Sheet1", rows, [])])
    fields = {f.cell: f for f in scan_folder(tmp_path / "forms").fields}
    assert fields["B4"].options == ["钢筋混凝土", "砖木", "土坯"]
    assert fields["B5"].unit == "元"


def test_a_fault_of_the_tool_is_not_blamed_on_the_departments_file(good: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import importlib

    from yitaobiao.errors import LayoutFault

    scan_module = importlib.import_module("yitaobiao.scan")  # (the package's ``scan`` is the function)

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise TypeError("a bug in recognising the header")

    monkeypatch.setattr(scan_module, "parse_grid", broken)
    path = next(p for p in good.rglob("*") if p.suffix == ".xlsx")
    finding = scan_module.read_file_safely((str(path), path.name))
    assert finding.message == LayoutFault.REASON and "已损坏" not in finding.message
    assert "a bug in recognising the header" in finding.detail


def test_a_reference_sheet_printed_through_beside_a_form_is_no_form(tmp_path: Path) -> None:
    """u103: 「积分标准」 beside a 积分管理台账 (类别 | 积分事项 | 分值, every row printed) was counted as a form; a later
    sheet of the same words left blank to fill is a form."""
    from yitaobiao.testing import list_rows, write_xlsx

    ledger, merges = list_rows("农户积分管理台账", ["户主姓名", "联系电话", "本年累计积分"])
    standard = [["积分评分标准（摘要）", "", ""], ["类别", "积分事项", "分值"],
                ["加分", "参加村组织的志愿服务活动，每次", "+2"], ["加分", "被评为县级以上文明家庭、最美家庭", "+20"],
                ["加分", "婚事新办、丧事简办并按规定报备", "+10"], ["扣分", "违反村规民约乱堆乱放，每次", "-5"],
                ["扣分", "大操大办、索要高价彩礼", "-20"]]
    blank = [["积分评分标准调整意见", "", ""], ["类别", "积分事项", "分值"], *[["", "", ""]] * 5]
    write_xlsx(tmp_path / "forms" / "农业农村局" / "积分.xlsx",
               [("积分台账", ledger, merges), ("积分标准", standard, []), ("调整意见", blank, [])])
    result = scan_folder(tmp_path / "forms")
    assert [form.sheet for form in result.forms] == ["积分台账", "调整意见"]
    assert any(f.code == "reference_table" and f.sheet == "积分标准" for f in result.findings)


def test_a_long_list_written_through_on_an_untitled_later_sheet_is_no_form(tmp_path: Path) -> None:
    """wf22: Sheet2 of a 规划到户 调查表 lists 207 villages with their 县级市, 贫困镇 and 帮扶单位, every row written:
    it was counted as a form, and 县级市 and 贫困镇 became columns of the 一套表. A short list on a later sheet
    (a roster with three example rows) is still a form."""
    from yitaobiao.testing import list_rows, write_xlsx

    survey, merges = list_rows("帮扶工作调查表", ["帮扶单位", "贫困村", "帮扶资金"])
    pairs = [["县级市", "贫困镇", "贫困村", "帮扶单位"],
             *(["从化市", "温泉镇", f"第{n}村", f"海珠区第{n}街"] for n in range(1, 31))]
    examples = [["村民小组", "户主姓名", "人口数"], *([f"第{n}组", "张三", "4"] for n in range(1, 4))]
    write_xlsx(tmp_path / "forms" / "乡村振兴局" / "调查表.xls.xlsx",
               [("Sheet1", survey, merges), ("Sheet2", pairs, []), ("Sheet3", examples, [])])
    result = scan_folder(tmp_path / "forms")
    assert [form.sheet for form in result.forms] == ["Sheet1", "Sheet3"]
    assert any(f.code == "reference_table" and f.sheet == "Sheet2" and "对照名单（30 行" in f.message
               for f in result.findings)


def test_a_word_cards_title_above_its_blanks_is_its_title(tmp_path: Path) -> None:
    # (wf15: 「镇（街道）消防培训记录卡」 over 「姓名： | 籍贯： | 身份证号：」 and a table of 培训记录: the title was four
    # paragraphs above the table and the form was named by the file's code)
    from yitaobiao.testing import write_docx_blocks

    rows = [["序号", "培训记录"], ["1", ""], ["2", ""]]
    write_docx_blocks(tmp_path / "forms" / "wl_xzjd_cer_395.docx",
                      ["镇（街道）消防培训记录卡", "姓名：", "籍贯：", "身份证号：", (rows, {})])
    forms = scan_folder(tmp_path / "forms").forms
    assert [form.title for form in forms] == ["镇（街道）消防培训记录卡"]


def test_a_template_filed_twice_is_said_and_still_counted(tmp_path: Path) -> None:
    """wf33: five byte-identical copies of one 无犯罪记录证明 raised the rate, unsaid. Each copy is named beside its
    first; both stay forms (two departments may send one template); files of equal size that differ are not."""
    import shutil

    from yitaobiao.testing import list_rows, write_csv, write_xlsx

    write_xlsx(tmp_path / "民政局" / "名册.xlsx", [("Sheet1", *list_rows("低保对象花名册", ["姓名", "公民身份号码"]))])
    (tmp_path / "残联").mkdir()
    shutil.copy(tmp_path / "民政局" / "名册.xlsx", tmp_path / "残联" / "名册副本.xlsx")
    write_csv(tmp_path / "卫健局" / "甲.csv", [["姓名", "性别"]])
    write_csv(tmp_path / "卫健局" / "乙.csv", [["姓名", "年龄"]])
    result = scan_folder(tmp_path)
    same = [(f.path, f.message) for f in result.findings if f.code == "same_file"]
    assert len(result.forms) == 4 and len(same) == 1
    assert same[0][0] in ("残联/名册副本.xlsx", "民政局/名册.xlsx") and "内容完全相同" in same[0][1]


def test_a_workbooks_notes_sheet_states_its_forms_cycle(tmp_path: Path) -> None:
    """u271, u268: 「本表每季度末报县禁毒办」 on the workbook's 填表说明 sheet; the 台账 beside it was read 不定期, and
    a 2026年 title was read as a yearly edition."""
    from yitaobiao.model import Frequency
    from yitaobiao.testing import list_rows, write_xlsx

    rows, merges = list_rows("2026年社区矫正对象涉毒情况排查台账", ["姓名", "公民身份号码", "排查结果"])
    notes = [["填表说明"], ["1.本表由司法所填写。"], ["2.本表每季度末报县禁毒办。"]]
    write_xlsx(tmp_path / "司法局" / "台账.xlsx", [("排查台账", rows, merges), ("填表说明", notes, [])])
    form = scan_folder(tmp_path).forms[0]
    assert (form.frequency, form.frequency_source) == (Frequency.QUARTERLY, "填报说明")


def test_a_copy_kept_beside_its_original_is_counted_once(tmp_path: Path) -> None:
    """wf105: 「老党员补贴(1).xlsx」, a copy beside 「老党员补贴.xlsx」 in one department's folder, was counted as a second
    form: 组织部 headed the notice's departments of most repeats only because of it. A copy in the same folder is one
    template filed twice, counted once, and the original (not the one named as a copy) is the one read."""
    import shutil

    from yitaobiao.testing import list_rows, write_xlsx

    write_xlsx(tmp_path / "组织部" / "老党员补贴.xlsx", [("Sheet1", *list_rows("老党员补贴名单", ["姓名", "公民身份号码"]))])
    shutil.copy(tmp_path / "组织部" / "老党员补贴.xlsx", tmp_path / "组织部" / "老党员补贴(1).xlsx")
    shutil.copy(tmp_path / "组织部" / "老党员补贴.xlsx", tmp_path / "组织部" / "老党员补贴 - 副本.xlsx")
    result = scan_folder(tmp_path)
    assert [f.path for f in result.forms] == ["组织部/老党员补贴.xlsx"]
    copies = sorted(f.path for f in result.findings if f.code == "same_file")
    assert copies == ["组织部/老党员补贴 - 副本.xlsx", "组织部/老党员补贴(1).xlsx"]
    assert all("只计入一份" in f.message for f in result.findings if f.code == "same_file")
    assert result.files_read == 1 and result.files_skipped == 2
