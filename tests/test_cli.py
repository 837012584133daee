from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from yitaobiao.catalog import to_dict
from yitaobiao.cli import app
from yitaobiao.scan import scan

runner = CliRunner()


@pytest.fixture(autouse=True)
def _workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # scan keeps its catalogue in ./.yitaobiao


def test_scan_prints_tables_and_notice(sample_forms: Path) -> None:
    result = runner.invoke(app, ["scan", str(sample_forms)], catch_exceptions=False)
    assert result.exit_code == 0
    assert "数据项重复率" in result.stdout and "通报用语" in result.stdout
    assert Path(".yitaobiao/last_scan.json").exists()
    # (「定期 | 不定期*」 side by side read as a contradiction: a report's 类别 is 报表, its 频次 says how often)
    assert "类别" in result.stdout and "性质" not in result.stdout
    # (a first scan in a directory is this quarter's record, and says so: trial scans had become it unsaid)
    assert "已记为" in result.stdout


def test_json_equals_the_library_result(sample_forms: Path, tmp_path: Path) -> None:
    out = tmp_path / "scan.json"
    result = runner.invoke(app, ["scan", str(sample_forms), "--json", str(out)], catch_exceptions=False)
    assert result.exit_code == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    library = to_dict(scan(sample_forms))
    assert written["fields"] == library["fields"]
    assert written["concepts"] == library["concepts"]
    assert written["stats"]["duplicate_rate"] == library["stats"]["duplicate_rate"]


def test_json_to_stdout_is_clean(sample_forms: Path) -> None:
    result = runner.invoke(app, ["scan", str(sample_forms), "--json", "-"], catch_exceptions=False)
    assert json.loads(result.stdout)["stats"]["forms"] == 13


def test_report_workbook(sample_forms: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "报告.xlsx"
    assert runner.invoke(app, ["scan", str(sample_forms), "--report", str(out)]).exit_code == 0
    wb = load_workbook(out)
    assert wb.sheetnames == ["汇总", "重复数据项", "报表处理建议", "频次与负担", "部门重叠", "字段明细"]
    assert wb["重复数据项"]._charts
    assert wb["字段明细"].max_row == 105


def test_outputs_are_not_overwritten_without_force(sample_forms: Path, tmp_path: Path) -> None:
    out = tmp_path / "scan.json"
    out.write_text("keep", encoding="utf-8")
    result = runner.invoke(app, ["scan", str(sample_forms), "--json", str(out)])
    assert result.exit_code == 2
    assert "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == "keep"
    assert runner.invoke(app, ["scan", str(sample_forms), "--json", str(out), "--force"]).exit_code == 0
    # A workbook open in Excel or WPS (「~$名称」 beside it) is not overwritten, even with --force (helper-95).
    report = tmp_path / "报告.xlsx"
    report.write_bytes(b"keep")
    (tmp_path / "~$报告.xlsx").write_bytes(b"lock")
    result = runner.invoke(app, ["scan", str(sample_forms), "--report", str(report), "--force", "-q"])
    assert result.exit_code == 3 and "正在 Excel/WPS 中打开" in result.stderr
    assert report.read_bytes() == b"keep"
    notice = tmp_path / "通报.docx"  # (a Word document is open in Word, not Excel: wf5)
    notice.write_bytes(b"keep")
    (tmp_path / "~$通报.docx").write_bytes(b"lock")
    result = runner.invoke(app, ["scan", str(sample_forms), "--notice", str(notice), "--force", "-q"])
    assert result.exit_code == 3 and "正在 Word/WPS 中打开" in result.stderr


def test_exit_codes(bad: Path, tmp_path: Path) -> None:
    missing = runner.invoke(app, ["scan", str(tmp_path / "没有这个文件夹")])
    assert missing.exit_code == 2 and "找不到文件夹" in missing.stderr
    import shutil

    unreadable = tmp_path / "bad"
    shutil.copytree(bad, unreadable)
    (unreadable / "text-renamed.xlsx").unlink()  # (a CSV named .xlsx is read — wf105)
    none_read = runner.invoke(app, ["scan", str(unreadable)])
    assert none_read.exit_code == 1
    assert "corrupt.xlsx" in none_read.stderr and "Traceback" not in none_read.output


def test_bad_synonym_file_is_a_clear_error(sample_forms: Path, tmp_path: Path) -> None:
    broken = tmp_path / "syn.yaml"
    broken.write_text("concepts: [1, 2", encoding="utf-8")
    result = runner.invoke(app, ["scan", str(sample_forms), "--synonyms", str(broken)])
    assert result.exit_code == 2 and "同义词文件格式错误" in result.stderr and "行附近" in result.stderr


def test_user_synonyms_add_to_the_table(tmp_path: Path) -> None:
    extra = tmp_path / "syn.yaml"
    extra.write_text("concepts:\n  其他:\n    帮扶责任人: [挂户干部]\n", encoding="utf-8")
    result = runner.invoke(app, ["explain", "挂户干部", "帮扶人", "--synonyms", str(extra)])
    assert "同一数据项" in result.stdout


def test_explain(tmp_path: Path) -> None:
    result = runner.invoke(app, ["explain", "出生日期", "死亡日期"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "不是同一数据项" in result.stdout and "出生" in result.stdout


def test_every_command_has_help() -> None:
    for command in ("scan", "explain"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and len(result.stdout) > 100


def test_help_answers_to_h_and_a_bare_command_shows_it_once() -> None:
    for args in (["-h"], ["scan", "-h"], ["merge", "-h"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and "用法：" in result.stdout and "-h, --help" in result.stdout, args
    bare = runner.invoke(app, [])
    assert "命令：" in bare.output and "错误" not in bare.output and bare.output.count("用法：") == 1


def test_options_are_converted_without_pydantic(sample_forms: Path, tmp_path: Path) -> None:
    """typer would build a pydantic adapter for every option (0.15 s of a one-form start); the plain
    options are converted by the tool, to the same values."""
    import subprocess
    import sys

    out = tmp_path / "s.json"
    code = ("import sys\nfrom yitaobiao.cli import app, fewer_collections\nfewer_collections()\n"
            f"sys.argv = ['yitaobiao', 'scan', {str(sample_forms / '民政局')!r}, '--json', {str(out)!r}, '-q',"
            " '--synonyms', " + repr(str(Path(__file__).parent.parent / 'field_synonyms.yaml')) + "]\n"
            "try:\n    app()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
            "print('pydantic' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "False"
    assert json.loads(out.read_text(encoding="utf-8"))["stats"]["forms"] >= 1


def test_plain_options_are_converted_as_typer_would() -> None:
    from yitaobiao.cli_zh import PlainParam, _plain_type

    assert _plain_type(Path) is Path and _plain_type(list[Path]) is Path and _plain_type(dict) is None
    param = PlainParam(parameter_info=None, annotation=list[Path])  # type: ignore[arg-type]
    assert param._coerce_value(("a.yaml", b"b.yaml"), None, None) == [Path("a.yaml"), Path("b.yaml")]
    assert PlainParam(parameter_info=None, annotation=bool)._coerce_value("false", None, None) is False  # type: ignore[arg-type]
    with pytest.raises(Exception, match="不是数字"):
        PlainParam(parameter_info=None, annotation=int)._coerce_value("十", None, None)  # type: ignore[arg-type]


def test_a_damaged_department_cache_is_rebuilt(sample_forms: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("YITAOBIAO_CACHE_DIR", str(tmp_path / "cache"))
    args = ["scan", str(sample_forms / "民政局"), "--json", str(tmp_path / "s.json"), "--force", "-q"]
    assert runner.invoke(app, args).exit_code == 0
    from yitaobiao import departments

    for damage in ("{}", "[]", '{"names": [1], "codes": {}}'):
        for kept in (tmp_path / "cache").glob("departments-*.json"):
            kept.write_text(damage, encoding="utf-8")
        departments._default = None
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (damage, result.output)
    assert all(k.read_text(encoding="utf-8").startswith('{"names":[[') for k in (tmp_path / "cache").glob("departments-*.json"))


def test_a_folder_named_in_gbk_bytes_is_scanned(tmp_path: Path) -> None:
    import os

    folder = os.path.join(os.fsencode(tmp_path), "青山县".encode("gbk"))  # the notice names the county by it
    os.mkdir(folder)
    with open(os.path.join(folder, b"a.csv"), "w", encoding="utf-8") as fh:
        fh.write("姓名,性别,公民身份号码\n")
    out = tmp_path / "s.json"
    result = runner.invoke(app, ["scan", os.fsdecode(folder), "--json", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["root"].endswith("青山县")
    assert "青山县共梳理" in result.stdout


def test_option_files_that_cannot_be_read_are_usage_errors_in_chinese(sample_forms: Path, tmp_path: Path) -> None:
    broken = tmp_path / "b.yaml"
    broken.write_text("names: [1, 2\n", encoding="utf-8")
    cases = [(["--synonyms", str(tmp_path)], "这是一个文件夹"), (["--departments", str(tmp_path / "无.yaml")], "找不到部门对照表"),
             (["--departments", str(broken)], "行附近格式有误")]
    for extra, words in cases:
        result = runner.invoke(app, ["scan", str(sample_forms / "民政局"), "-q", *extra])
        assert result.exit_code == 2 and words in result.stderr, (extra, result.stderr)
        assert "Errno" not in result.stderr and "while parsing" not in result.stderr


def test_the_command_ends_without_teardown_yet_flushes_and_keeps_its_status(sample_forms: Path, tmp_path: Path) -> None:
    """run() leaves through os._exit: a catalogue printed to a pipe arrives whole, and the exit status is the
    command's (0, a usage error's 2)."""
    import subprocess
    import sys

    command = [sys.executable, "-c", "from yitaobiao.cli import run; run()"]
    done = subprocess.run([*command, "scan", str(sample_forms), "--json", "-", "-q"], capture_output=True,
                          text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["stats"]["forms"] >= 10
    missing = subprocess.run([*command, "scan"], capture_output=True, text=True, cwd=tmp_path)
    assert missing.returncode == 2 and "缺少参数" in missing.stderr


def test_the_form_list_counts_items_as_the_report_does(tmp_path: Path) -> None:
    """A card with three rows of household members asks 成员姓名 and 与户主关系 three times each: eight fields,
    four data items. The terminal said 8, the report and the notice 4."""
    from openpyxl import load_workbook

    from yitaobiao.testing import card_rows, list_rows, write_xlsx

    rows, merges = card_rows("甲县低保花名册", [("本人情况", [["姓名", "公民身份号码"]]),
                                             ("家庭成员", [["成员姓名", "与户主关系"]] * 3)])
    write_xlsx(tmp_path / "forms" / "民政局" / "低保.xlsx", [("Sheet1", rows, merges)])
    rows, merges = list_rows("甲县残疾人花名册", ["姓名", "公民身份号码", "残疾类别"])
    write_xlsx(tmp_path / "forms" / "残联" / "残疾人.xlsx", [("Sheet1", rows, merges)])
    done = CliRunner().invoke(app, ["scan", str(tmp_path / "forms"), "--report", str(tmp_path / "r.xlsx")],
                              env={"COLUMNS": "200"})
    assert done.exit_code == 0, done.output
    advice = {row[1]: row[5:7] for row in load_workbook(tmp_path / "r.xlsx")["报表处理建议"].iter_rows(
        min_row=2, values_only=True)}
    items, shared = advice["甲县低保花名册"]
    assert items == 4
    line = next(line for line in done.stdout.splitlines() if "甲县低保花名册" in line)
    assert [cell.strip() for cell in line.split("│")][9:11] == [str(items), str(shared)], line
    # (wf13: the column's sum disagreed with the notice's count of fields, and nothing said why)
    assert "合计7项" in done.stdout and "另有4个字段" in done.stdout and "按字段计为11项" in done.stdout


@pytest.mark.parametrize("command", ["scan", "merge", "split", "fill", "explain", "trend"])
def test_help_pages_line_up_and_show_no_braces(command: str) -> None:
    """「<文字>」 is one column wider than 「<str>」 and 「<路径>…」 five narrower than 「<list[Path]>」: the
    descriptions after them were out of line, and the usage line showed click's {文件夹} (helper-26)."""
    import unicodedata

    page = CliRunner().invoke(app, [command, "-h"], terminal_width=200).stdout
    starts = set()
    for line in page.splitlines():
        found = re.match(r"^(  -\S.*?\S)( {2,})(\S)", line)
        if found:
            head = found.group(1) + found.group(2)
            starts.add(sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in head))
    assert len(starts) == 1, (command, starts, page)
    assert "{" not in page.splitlines()[0]


@pytest.mark.parametrize("command", [["split", "{f}", "-o", "{out}"], ["fill", "{f}", "--from", "{forms}", "-o", "{out}.xlsx"],
                                     ["scan", "{forms}", "--decisions", "{f}", "--json", "{out}.json"]])
def test_a_workbook_read_back_with_a_password_or_empty_is_said_so(command: list[str], bad: Path, sample_forms: Path,
                                                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A filled 一套表 or a review workbook saved with a password was called damaged (「请让报送单位重新发送」);
    an empty review workbook gave openpyxl's English (「File is not a zip file」)."""
    monkeypatch.chdir(tmp_path)
    empty = tmp_path / "空.xlsx"
    empty.write_bytes(b"")
    for path, words in ((bad / "encrypted.xlsx", "设有打开密码"), (empty, "文件是空的")):
        args = [a.format(f=path, out=tmp_path / "out", forms=sample_forms) for a in command]
        result = runner.invoke(app, args)
        assert result.exit_code != 0 and words in result.output, result.output
        assert "Traceback" not in result.output and "zip" not in result.output


def test_split_says_a_period_it_cannot_read(tmp_path: Path, sample_forms: Path) -> None:
    """split --period (the day ages are worked out at) is read as scan's is, and a wrong one is said in words."""
    filled = tmp_path / "一套表.xlsx"
    filled.write_bytes(b"")
    result = runner.invoke(app, ["split", str(filled), "--forms", str(sample_forms), "-o", str(tmp_path / "out"),
                                 "--period", "2026Q5"])
    assert result.exit_code == 2 and "看不懂统计期“2026Q5”" in result.output, result.output
    assert "Traceback" not in result.output


def test_a_workbook_output_must_be_named_as_one(tmp_path: Path, sample_forms: Path) -> None:
    done = runner.invoke(app, ["scan", str(sample_forms), "--report", str(tmp_path / "报告.txt"), "-q"])
    assert done.exit_code == 2 and ".xlsx" in done.stderr and not (tmp_path / "报告.txt").exists()


def test_merge_of_a_folder_without_templates_exits_as_scan_does(tmp_path: Path) -> None:
    (tmp_path / "空").mkdir()
    (tmp_path / "空" / "说明.txt").write_text("无", encoding="utf-8")
    scanned = runner.invoke(app, ["scan", str(tmp_path / "空"), "-q"])
    merged = runner.invoke(app, ["merge", str(tmp_path / "空"), "-o", str(tmp_path / "一套表.xlsx"), "-q"])
    assert scanned.exit_code == merged.exit_code == 1 and "没有读到任何报表模板" in merged.stderr


def test_report_lists_every_repeated_item(sample_forms: Path, tmp_path: Path) -> None:
    """The 重复数据项 sheet is the clerk's list of what to merge: every item two or more forms ask, not the chart's
    ten (helper-45 found 10 of 85), its count in the 汇总 sheet, 备注 and 填报日期 last."""
    from openpyxl import load_workbook

    from yitaobiao.stats import summarise

    out = tmp_path / "报告.xlsx"
    assert runner.invoke(app, ["scan", str(sample_forms), "--report", str(out)]).exit_code == 0
    result = scan(sample_forms)
    summary = summarise(result)
    forms_of: dict[str, set[str]] = {}
    for f in result.fields:
        forms_of.setdefault(f.concept_id or f.id, set()).add(f.form_id)
    repeated = sum(1 for forms in forms_of.values() if len(forms) > 1)
    assert repeated > len(summary.top_items) == 10
    wb = load_workbook(out)
    listed = [row for row in wb["重复数据项"].iter_rows(min_row=2, values_only=True) if row[1] is not None]
    assert len(listed) == repeated
    assert all(row[2] >= 2 for row in listed)
    assert [row[2] for row in listed[:10]] == sorted((row[2] for row in listed[:10]), reverse=True)
    overview = {row[0]: row[1] for row in wb["汇总"].iter_rows(values_only=True) if row[0]}
    assert overview["重复采集的数据项"] == repeated
    # The rate is a number the clerk can chart, shown as a percentage (helper-52 found the text '31.9%').
    rate = next(row[1] for row in wb["汇总"].iter_rows() if row[0].value == "数据项重复率")
    assert rate.value == round(summary.duplicate_rate, 9) and rate.number_format == "0.0%"
    # (each form's share too, as each department's is — u288 and u293 found text under numbers)
    header = next(r for r in wb["汇总"].iter_rows() if r[0].value == "部门｜报表")[0].row
    shares = [row[3] for row in wb["汇总"].iter_rows(min_row=header + 1) if row[0].value and "｜" in row[0].value]
    assert shares and all(isinstance(c.value, int | float) and c.number_format == "0.0%" for c in shares)
    names = [row[0] for row in listed]
    assert "备注" not in names or names.index("备注") >= len(names) - 2


def test_the_form_list_leaves_out_what_says_nothing(tmp_path: Path) -> None:
    """u270–u276: the 群体 column was blank for every form of a folder without target groups, and a sheet its
    title already names was added to it again (「…班线台账［班线台账］」)."""
    from yitaobiao.testing import list_rows, write_xlsx

    rows, merges = list_rows("农村客运班线台账", ["线路名称", "起点", "终点"])
    write_xlsx(tmp_path / "forms" / "交通运输局" / "台账.xlsx", [("班线台账", rows, merges)])
    rows, merges = list_rows("校车登记表", ["车牌号码", "核定载人数"])
    drivers = list_rows("校车登记表", ["驾驶人姓名", "驾驶证号"])
    write_xlsx(tmp_path / "forms" / "教育局" / "校车.xlsx", [("车辆", rows, merges), ("驾驶人", *drivers)])
    # (u410: a file's only table needs no sheet to tell it apart — 「…监督检查记录台账［检查台账］」)
    rows, merges = list_rows("校园食品安全监督检查记录台账", ["被检查单位", "检查日期"])
    write_xlsx(tmp_path / "forms" / "市场监管局" / "检查.xlsx", [("检查台账", rows, merges)])
    shown = CliRunner().invoke(app, ["scan", str(tmp_path / "forms")], terminal_width=220).stdout
    assert "群体" not in shown and "［班线台账］" not in shown and "［车辆］" in shown, shown
    assert "［检查台账］" not in shown, shown


@pytest.mark.parametrize("quiet", [False, True])
def test_the_notice_on_screen_says_which_files_it_could_not_count(tmp_path: Path, quiet: bool) -> None:
    """wf86, wf91, wf93: with a damaged file in the folder the Word notice had a footnote, but the 通报用语 a clerk
    pastes from the screen said nothing of it."""
    from yitaobiao.testing import list_rows, write_xlsx

    rows, merges = list_rows("甲县残疾人花名册", ["姓名", "公民身份号码", "残疾类别"])
    write_xlsx(tmp_path / "forms" / "残联" / "残疾人.xlsx", [("Sheet1", rows, merges)])
    (tmp_path / "forms" / "民政局").mkdir()
    (tmp_path / "forms" / "民政局" / "低保.xlsx").write_bytes(b"PK\x03\x04 not a workbook")
    done = CliRunner().invoke(app, ["scan", str(tmp_path / "forms"), *(["-q"] if quiet else [])], env={"COLUMNS": "200"})
    assert done.exit_code == 0, done.output
    assert "注：另有1个文件无法读取" in done.stdout, done.stdout


def test_a_skipped_hidden_sheet_is_named(tmp_path: Path) -> None:
    """wf154: a hidden sheet that asks data was left out of every count, and the screen said only 「跳过 1 个隐藏工作表」:
    the clerk is told which file and sheet, and how to count it."""
    from yitaobiao.testing import list_rows, write_xlsx

    rows, merges = list_rows("特殊困难群众走访台账", ["姓名", "公民身份号码", "走访日期"])
    asked = list_rows("困难群众救助台账", ["姓名", "救助类别"])[0]
    write_xlsx(tmp_path / "forms" / "民政局" / "台账.xlsx", [("走访", rows, merges)], hidden=[("附件3", asked)])
    done = CliRunner().invoke(app, ["scan", str(tmp_path / "forms")], env={"COLUMNS": "200"})
    assert done.exit_code == 0, done.output
    assert "1 个隐藏工作表（民政局/台账.xlsx［附件3］；要算入请取消隐藏）" in done.stderr, done.stderr


def test_a_decision_follows_a_column_its_template_renamed(tmp_path: Path) -> None:
    """wf97 parted 耕地's 农户编号 from a 学生名单's 户编号 (two numbering systems). Next quarter the template printed
    农户编码 in the same cell; the scan joined it to 户编号 again, and the 扶贫 household number went into 农业农村局's
    form. The decision now moves to the new wording, is kept for the quarters after, and is said."""
    from yitaobiao.match import Decisions
    from yitaobiao.review import decisions_path, load_decisions, save_decisions
    from yitaobiao.testing import list_rows, write_xlsx

    def forms(number: str) -> None:
        for rel, title, labels in (("耕地/耕地.xlsx", "耕地地力保护补贴面积登记表", ["户主姓名", number, "补贴面积（亩）"]),
                                   ("扶贫/学生.xlsx", "脱贫家庭学生名单", ["姓名", "户编号", "学校名称"])):
            rows, merges = list_rows(title, labels)
            write_xlsx(tmp_path / "forms" / rel, [("Sheet1", rows, merges)])

    def joined(catalogue: str) -> bool:
        """Whether the 耕地 number and the 学生名单's 户编号 are one data item."""
        fields = json.loads(Path(catalogue).read_text(encoding="utf-8"))["fields"]
        return len({f["concept"] for f in fields if "编" in f["label"]}) == 1

    forms("农户编号")
    assert runner.invoke(app, ["scan", "forms", "--period", "2026Q1", "--json", "q1.json"]).exit_code == 0
    assert joined("q1.json")
    keys = {f["label"]: f["label_key"] for f in json.loads(Path("q1.json").read_text(encoding="utf-8"))["fields"]}
    save_decisions(Decisions(different={frozenset((keys["农户编号"], keys["户编号"]))}), decisions_path(tmp_path))
    assert runner.invoke(app, ["scan", "forms", "--period", "2026Q1", "--json", "q1.json", "--force"]).exit_code == 0
    assert not joined("q1.json")
    forms("农户编码")
    done = runner.invoke(app, ["scan", "forms", "--period", "2026Q2", "--json", "q2.json"], terminal_width=220)
    assert done.exit_code == 0 and not joined("q2.json"), done.output
    said = re.sub(r"\s+", "", done.output)
    assert "表头“农户编号”改为“农户编码”" in said and "已沿用到本期的这一列上" in said, done.output
    kept = load_decisions(decisions_path(tmp_path))
    assert any(any("农户编码" in key for key in pair) for pair in kept.different), kept
    assert runner.invoke(app, ["scan", "forms", "--period", "2026Q3", "--json", "q3.json"]).exit_code == 0
    assert not joined("q3.json")


def test_a_decision_on_a_generic_wording_follows_its_template_retitled(tmp_path: Path) -> None:
    """wf98 joined a 监测户台账's 人数 (a generic wording, keyed by its template's title) to a roster's 家庭人数; next
    quarter the title's year changed from 2024 to 2025 and the join was lost, said as a column 「改了名或删去」. The
    decision moves to the column's new key and the line says the title changed."""
    from yitaobiao.match import Decisions
    from yitaobiao.review import decisions_path, save_decisions
    from yitaobiao.testing import list_rows, write_xlsx

    def forms(year: str) -> None:
        for rel, title, labels in (("乡村振兴局/监测户.xlsx", f"{year}新槐村监测户基本信息台账", ["户主姓名", "人数", "户类型"]),
                                   ("民政局/低保.xlsx", "低保户花名册", ["户主姓名", "家庭人数", "保障金额"])):
            rows, merges = list_rows(title, labels)
            write_xlsx(tmp_path / "forms" / rel, [("Sheet1", rows, merges)])

    def joined(catalogue: str) -> bool:
        fields = json.loads(Path(catalogue).read_text(encoding="utf-8"))["fields"]
        return len({f["concept"] for f in fields if f["label"] in ("人数", "家庭人数")}) == 1

    forms("2024")
    assert runner.invoke(app, ["scan", "forms", "--period", "2026Q1", "--json", "q1.json"]).exit_code == 0
    keys = {f["label"]: f["label_key"] for f in json.loads(Path("q1.json").read_text(encoding="utf-8"))["fields"]}
    assert "《" in keys["人数"] and not joined("q1.json")
    save_decisions(Decisions(same={frozenset((keys["人数"], keys["家庭人数"]))}), decisions_path(tmp_path))
    assert runner.invoke(app, ["scan", "forms", "--period", "2026Q1", "--json", "q1.json", "--force"]).exit_code == 0
    assert joined("q1.json")
    forms("2025")
    done = runner.invoke(app, ["scan", "forms", "--period", "2026Q2", "--json", "q2.json"], terminal_width=220)
    assert done.exit_code == 0 and joined("q2.json"), done.output
    said = re.sub(r"\s+", "", done.output)
    assert "标题由《2024新槐村监测户基本信息台账》改为《2025新槐村监测户基本信息台账》" in said and "改了名或删去" not in said
