"""Quarter after quarter: four recorded quarters (forms added, removed, reworded) checked against hand counts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from yitaobiao.cli import app
from yitaobiao.errors import UsageError
from yitaobiao.history import Period, load_history, parse_period, points
from yitaobiao.testing import list_rows, write_xlsx

runner = CliRunner()

# Each quarter: folder/file → (title, labels). Hand counts are in the test below.
LOW_INCOME = ("民政局/低保.xlsx", "青山县低保对象花名册（季报）", ["姓名", "性别", "公民身份号码", "家庭住址"])
ELDERLY = ("卫健局/高龄.xlsx", "青山县高龄老人台账（月报）", ["姓名", "公民身份号码", "出生日期"])
JOBS = ("人社局/就业.xlsx", "青山县就业人员台账（年报）", ["姓名", "公民身份号码", "就业单位"])
JOBS_REWORDED = ("人社局/就业.xlsx", "青山县就业人员台账（年报）", ["姓名", "身份证号", "就业单位"])
JOBS_SHORTER = ("人社局/就业.xlsx", "青山县就业人员台账（年报）", ["姓名", "就业单位"])
DISABLED = ("残联/残疾人.xlsx", "青山县残疾人名册（季报）", ["姓名", "性别", "身份证号码", "残疾类别"])

QUARTERS = {
    "2026Q1": [LOW_INCOME, ELDERLY, JOBS],
    "2026Q2": [LOW_INCOME, ELDERLY, JOBS_REWORDED],  # reworded: same figures
    "2026Q3": [LOW_INCOME, ELDERLY, JOBS_REWORDED, DISABLED],  # a form added
    "2026Q4": [LOW_INCOME, JOBS_SHORTER, DISABLED],  # a form removed, one item dropped
}


def _write_quarter(folder: Path, forms: list[tuple[str, str, list[str]]]) -> Path:
    for rel, title, labels in forms:
        rows, merges = list_rows(title, labels)
        write_xlsx(folder / rel, [("Sheet1", rows, merges)])
    return folder


@pytest.fixture
def four_quarters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, dict]:
    monkeypatch.chdir(tmp_path)
    outputs = {}
    for period, forms in QUARTERS.items():
        folder = _write_quarter(tmp_path / period, forms)
        result = runner.invoke(app, ["scan", str(folder), "--period", period, "--json", f"{period}.json"],
                               catch_exceptions=False)
        assert result.exit_code == 0, result.output
        outputs[period] = json.loads((tmp_path / f"{period}.json").read_text("utf-8"))
    return outputs


def test_rates_of_four_quarters_match_hand_counts(four_quarters: dict[str, dict]) -> None:
    # Q1: 4+3+3 = 10 fields; items 姓名 性别 身份证 住址 出生日期 就业单位 = 6 → 4/10
    # Q3: + 残联 4 fields (姓名 性别 身份证 new: 残疾类别) → 14 fields, 7 items → 7/14
    # Q4: 4 + 2 + 4 = 10 fields; items 姓名 性别 身份证 住址 就业单位 残疾类别 = 6 → 4/10
    expected = {"2026Q1": (10, 6), "2026Q2": (10, 6), "2026Q3": (14, 7), "2026Q4": (10, 6)}
    for period, (fields, items) in expected.items():
        stats = four_quarters[period]["stats"]
        assert (stats["fields"], stats["concepts"]) == (fields, items), period


def test_burden_of_the_first_quarter(four_quarters: dict[str, dict]) -> None:
    burden = four_quarters["2026Q1"]["stats"]["burden"]
    # Before: 4 fields × 4 (季报) + 3 × 12 (月报) + 3 × 1 (年报) = 55 fills a year.
    # After: each item as often as its most frequent form: 姓名 12, 身份证 12, 出生日期 12, 性别 4, 住址 4, 就业单位 1.
    assert (burden["fills_before"], burden["fills_after"]) == (55, 45)
    # More than 4 a year: 姓名 (4+12+1), 身份证 (17), 出生日期 (12) before; the same three stay monthly after.
    assert (burden["over_limit_before"], burden["over_limit_after"]) == (3, 3)
    # (u411: 「由23项减为23项」 of daily price reports reads as a slip; the notice says why they stay)
    assert "采集频次超过“1次/季度”的数据项仍有3项（均为按日、按周或按月报送的报表所需）" in four_quarters["2026Q1"]["notice"]
    assert "由3项减为3项" not in four_quarters["2026Q1"]["notice"]
    frequencies = {f["title"]: f["frequency"] for f in four_quarters["2026Q1"]["forms"]}
    assert frequencies == {"青山县低保对象花名册（季报）": "quarterly", "青山县高龄老人台账（月报）": "monthly",
                           "青山县就业人员台账（年报）": "yearly"}


def test_trend_table_and_notice_sentences(four_quarters: dict[str, dict]) -> None:
    history = load_history(Path.cwd() / ".yitaobiao")
    assert [s.period for s in history] == ["2026Q1", "2026Q2", "2026Q3", "2026Q4"]
    assert [round(s.duplicate_rate, 4) for s in history] == [0.4, 0.4, 0.5, 0.4]

    result = runner.invoke(app, ["trend", "--json", "-"], catch_exceptions=False)
    table = json.loads(result.stdout)
    overall = table["全部"]
    assert [r["forms"] for r in overall] == [3, 3, 4, 3]
    assert [None if r["change"] is None else round(r["change"], 4) for r in overall] == [None, 0.0, 0.1, -0.1]
    assert round(overall[-1]["to_target"], 4) == 0.2
    # 人社局's own items: Q3 {姓名, 身份证, 就业单位}, two asked elsewhere; Q4 {姓名, 就业单位}, one.
    assert [round(r["rate"], 4) for r in table["人社局"]] == [0.6667, 0.6667, 0.6667, 0.5]

    q2, q3, q4 = (four_quarters[p]["notice"] for p in ("2026Q2", "2026Q3", "2026Q4"))
    assert "数据项重复率40.0%，高于20%的控制目标，较上季度持平。" in q2
    assert "各部门重复情况无变化" in q2
    assert "数据项重复率50.0%，高于20%的控制目标，较上季度上升10.0个百分点（报表由3张增至4张，含统计范围变化的影响）。" in q3
    # 民政局's 性别 is now asked by 残联 too: 2/4 → 3/4 items duplicated, its own forms unchanged (wf5).
    assert "民政局报表未变，因其他部门新增同类数据项，重复率随之上升" in q3 and "残联本期新纳入" in q3
    assert "较上季度下降10.0个百分点" in q4
    assert "人社局重复率下降；残联、民政局未见改善" in q4
    # Q4 has no monthly form: 姓名 (4+1+4), 性别 (4+4), 身份证 (4+4) were over the limit; after, all at 4.
    assert "采集频次超过“1次/季度”的数据项由3项全部消除" in q4

    human = runner.invoke(app, ["trend"], catch_exceptions=False).stdout
    assert "2026年第一季度至2026年第四季度，数据项重复率保持在40.0%，报表数为3张。" in human
    assert "高于目标20.0个百分点" in human and "+20.0个百分点" not in human  # (wf14: words, not a signed number)
    assert "2026Q1" not in human  # (wf17: the departments' table names its periods as the one above does)
    # (wf14: one department's trend closes on that department's figures, not the county's)
    one = runner.invoke(app, ["trend", "-d", "残联"], catch_exceptions=False).stdout
    assert "残联重复数据项占比" in one and "数据项重复率保持在40.0%" not in one


def test_rescan_of_a_period_replaces_its_record(four_quarters: dict[str, dict], tmp_path: Path) -> None:
    folder = tmp_path / "2026Q4"
    assert runner.invoke(app, ["scan", str(folder), "--period", "2026年第四季度", "-q"]).exit_code == 0
    assert [s.period for s in load_history(Path.cwd() / ".yitaobiao")] == ["2026Q1", "2026Q2", "2026Q3", "2026Q4"]


def test_periods_are_read_as_clerks_write_them() -> None:
    assert parse_period("2026Q3") == Period(2026, "Q", 3)
    assert parse_period("2026-q3") == Period(2026, "Q", 3)
    assert parse_period("2026年第三季度") == Period(2026, "Q", 3)
    assert parse_period("2026年三季度") == Period(2026, "Q", 3)
    assert parse_period("2026-07") == Period(2026, "M", 7)
    assert parse_period("2026年7月") == Period(2026, "M", 7)
    assert parse_period("2026") == Period(2026, "Y", 0)
    assert parse_period("", today=dt.date(2026, 11, 22)) == Period(2026, "Q", 4)
    assert parse_period("2026Q3").label == "2026年第三季度"
    with pytest.raises(UsageError, match="2026Q3"):
        parse_period("下个季度")
    with pytest.raises(UsageError):
        parse_period("2026-13")


def test_points_in_words() -> None:
    assert points(-0.061) == "下降6.1个百分点"
    assert points(0.1) == "上升10.0个百分点"
    assert points(0.0001) == "持平"


def test_trend_without_history_says_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["trend"])
    assert result.exit_code == 2
    assert "yitaobiao scan" in result.stderr


def test_a_scan_of_one_department_does_not_replace_the_quarter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Scanning 民政局/ (or one file) after the whole folder used to replace the quarter's record: the
    notice then compared one department with the county's last quarter (helper-26)."""
    monkeypatch.chdir(tmp_path)
    folder = _write_quarter(tmp_path / "报表", QUARTERS["2026Q3"])
    assert runner.invoke(app, ["scan", str(folder), "--period", "2026Q3", "-q"]).exit_code == 0
    for part in (folder / "民政局", folder / "民政局" / "低保.xlsx"):
        result = runner.invoke(app, ["scan", str(part), "--period", "2026Q3", "-q"])
        assert result.exit_code == 0 and "本次结果未记入历史" in result.stderr, result.output
        assert "较上" not in result.stdout
    (recorded,) = load_history(tmp_path / ".yitaobiao")
    assert (recorded.forms, recorded.fields) == (4, 14)


def test_a_merge_after_a_look_at_one_department_says_it_is_a_part(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """wf139, wf140: after a scan of one form for a look, a bare merge built a one-form 一套表 without a word; the
    merge says the scan it follows is a part of the recorded folder, and how to merge the whole."""
    monkeypatch.chdir(tmp_path)
    folder = _write_quarter(tmp_path / "报表", QUARTERS["2026Q3"])
    assert runner.invoke(app, ["scan", str(folder), "--period", "2026Q3", "-q"]).exit_code == 0
    whole = runner.invoke(app, ["merge", "-o", str(tmp_path / "全部.xlsx"), "-q"])
    assert whole.exit_code == 0 and "一部分" not in whole.stderr, whole.output
    # (a decision on a field no form asks any more is said of the whole folder, not of a part that lacks the rest)
    from yitaobiao.match import Decisions
    from yitaobiao.review import decisions_path, save_decisions
    save_decisions(Decisions(renames={"|不存在的字段": "某项"}), decisions_path(tmp_path))
    again = runner.invoke(app, ["scan", str(folder), "--period", "2026Q3"])
    assert "不存在的字段" in again.stderr, again.stderr
    for n, part in enumerate((folder / "民政局", folder / "民政局" / "低保.xlsx")):
        looked = runner.invoke(app, ["scan", str(part), "--period", "2026Q3"])
        assert looked.exit_code == 0 and "不存在的字段" not in looked.stderr, looked.stderr
        merged = runner.invoke(app, ["merge", "-o", str(tmp_path / f"部分{n}.xlsx"), "-q"])
        assert merged.exit_code == 0 and "一部分" in merged.stderr and f"yitaobiao merge {folder.resolve()}" in \
            merged.stderr.replace("\n", ""), merged.output


@pytest.mark.parametrize(("text", "last"), [("2026Q1", "2026-03-31"), ("2026Q4", "2026-12-31"), ("2024-02", "2024-02-29"),
                                          ("2026-12", "2026-12-31"), ("2025", "2025-12-31")])
def test_a_periods_last_day(text: str, last: str) -> None:
    """The day split works out ages at (统计截止日): a quarter's, a month's (a leap February's 29th), a year's."""
    assert parse_period(text).last_day.isoformat() == last


def test_a_read_only_working_folder_still_gives_the_results(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the history and the last scan cannot be kept, the clerk still gets the results and is told."""
    monkeypatch.chdir(tmp_path)
    folder = _write_quarter(tmp_path / "报表", QUARTERS["2026Q1"])
    (tmp_path / ".yitaobiao").write_text("不是文件夹", encoding="utf-8")  # where the state would go cannot be made
    result = runner.invoke(app, ["scan", str(folder), "--period", "2026Q1", "-q"])
    assert result.exit_code == 0, result.output
    assert "数据项重复率" in result.stdout and "无法在当前目录记入统计期历史" in result.stderr
    assert "无法保存本次扫描结果" in result.stderr


@pytest.mark.parametrize(("earlier", "later", "called"), [
    ("2026Q3", "2026Q4", "上季度"),
    ("2025Q4", "2026Q1", "上季度"),
    ("2025Q4", "2026Q4", "上年同期"),
    ("2026Q2", "2026Q4", "2026年第二季度"),  # a quarter skipped: 「较上季度」 would misstate the notice
    ("2026-11", "2026-12", "上月"),
    ("2025-12", "2026-01", "上月"),
    ("2025-12", "2026-12", "上年同期"),
    ("2025", "2026", "上年"),
    ("2024", "2026", "2024年"),
    ("2026Q2", "2026-12", "2026年第二季度"),
])
def test_an_earlier_period_is_named_as_the_notice_compares_it(earlier: str, later: str, called: str) -> None:
    assert parse_period(earlier).called_from(parse_period(later)) == called


def test_a_notice_over_a_skipped_quarter_names_the_quarter_it_compares_with(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for period, forms in (("2026Q1", [LOW_INCOME, ELDERLY]), ("2026Q3", [LOW_INCOME, DISABLED])):
        folder = _write_quarter(tmp_path / period, forms)
        result = runner.invoke(app, ["scan", str(folder), "--period", period, "--json", "-", "-q"], catch_exceptions=False)
    notice = json.loads(result.stdout)["notice"]
    assert "较2026年第一季度" in notice and "与2026年第一季度相比" in notice and "上季度" not in notice


def test_another_folder_scanned_in_a_recorded_quarter_does_not_replace_it(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """helper-105 scanned a copy of last quarter's templates with no --period: this quarter's record was replaced
    and the notice said 「较上季度持平」. It is kept unless the clerk names the period."""
    monkeypatch.chdir(tmp_path)
    this_quarter = _write_quarter(tmp_path / "本季度", QUARTERS["2026Q3"])
    old_copy = _write_quarter(tmp_path / "上季度副本", QUARTERS["2026Q1"])
    assert runner.invoke(app, ["scan", str(this_quarter), "-q"]).exit_code == 0
    result = runner.invoke(app, ["scan", str(old_copy), "-q"])
    assert result.exit_code == 0 and "未记入历史" in result.stderr and "--period" in result.stderr, result.output
    (recorded,) = load_history(tmp_path / ".yitaobiao")
    assert recorded.forms == 4
    named = recorded.period
    replaced = runner.invoke(app, ["scan", str(old_copy), "--period", named, "-q"])
    assert replaced.exit_code == 0 and "已按 --period 改为本次扫描的结果" in replaced.stderr, replaced.output
    assert "不写 --period 的扫描也按当季记入" in " ".join(replaced.stderr.split()), replaced.output
    (recorded,) = load_history(tmp_path / ".yitaobiao")
    assert recorded.forms == 3


def test_a_part_scanned_between_two_whole_scans_leaves_the_changes_to_compare(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """helper-105: after a look at 公安局/ alone, the next whole scan listed no change since the last whole one."""
    monkeypatch.chdir(tmp_path)
    folder = _write_quarter(tmp_path / "报表", QUARTERS["2026Q1"])
    assert runner.invoke(app, ["scan", str(folder), "--period", "2026Q1", "-q"]).exit_code == 0
    _write_quarter(folder, [JOBS_REWORDED])
    part = runner.invoke(app, ["scan", str(folder / "民政局"), "--period", "2026Q1", "--json", "-", "-q"])
    assert json.loads(part.stdout)["changes"] == []
    whole = runner.invoke(app, ["scan", str(folder), "--period", "2026Q1", "--json", "-", "-q"])
    assert json.loads(whole.stdout)["changes"], whole.output
