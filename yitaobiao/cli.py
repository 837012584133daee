"""Command line: ``yitaobiao scan``, ``yitaobiao explain``.

Only option parsing, progress and printing live here; the work is done by the library.
"""

import contextlib
import gc
import json
import logging
import os
import sys
import traceback
from collections import Counter
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

import yitaobiao

from .catalog import (
    LAST_TEMPLATES,
    STATE_DIR,
    load_catalog,
    load_last_scan,
    save_last_scan,
    to_dict,
    to_json,
    write_json,
)
from .changes import (
    FormTemplate,
    TemplateChange,
    load_templates,
    notice_change_rows,
    save_period_templates,
    save_templates,
    template_changes,
    templates_before,
    templates_of,
)
from .cli_zh import ChineseCommand, ChineseGroup
from .departments import Departments, load_departments
from .errors import OutputError, UsageError, YitaobiaoError, refuse_overwrite
from .history import (
    Period,
    load_history,
    movement,
    parse_period,
    partial_of,
    points,
    record,
    recorded_from_elsewhere,
    recorded_whole,
    snapshot,
    trend_rows,
)
from .match import Decisions, warm_up
from .match import explain as explain_pair
from .match import prepare as prepare_matching
from .model import FREQUENCY_UNSTATED, ScanResult
from .notice import (
    department_trend_sentence,
    forms_after_text,
    notice_text,
    percent,
    region_from,
    remarks_apart,
    target_text,
    trend_sentence,
    unread_note,
)
from .review import (
    apply_form_decisions,
    decisions_for_renamed_columns,
    decisions_in_words,
    decisions_on_new_wordings,
    decisions_path,
    foreign_review,
    joins_and_renames_in_words,
    load_decisions,
    merge_decisions,
    parted_by_decisions,
    read_review,
    reversed_decisions,
    save_decisions,
    stale_decisions,
    unapplied_decisions,
    write_review,
)
from .scan import apply_matching, discover, finish_scan, read_tasks, scan_folder
from .stats import DROP, DUPLICATE_MEANING, KEEP, MERGE, Summary, summarise
from .synonyms import load_synonyms

app = typer.Typer(
    cls=ChineseGroup,
    pretty_exceptions_enable=False,
    help="一套表：梳理各部门报表模板，识别重复数据项，计算数据项重复率。",
    epilog="退出码：0 成功；1 一张报表也没读到、数据有误或程序出了问题；2 用法不对（含输出文件已存在）；"
           "3 输出文件写不进去。每个命令的说明：yitaobiao 命令 -h。",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},  # -h as well: what people type first
    add_completion=False,
    rich_markup_mode=None,
)
# Lines are not wrapped by us: in a terminal the terminal wraps them, in a file or pipe a message stays one line
# (at rich's 80 columns it broke mid-word, 「再重新扫描\n。」). Tables fit the terminal; written to a file they
# get 160 columns instead of rich's 80, at which a form's title stood in a column four characters wide.
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, soft_wrap=True, width=None if sys.stderr.isatty() else 160)

LAYOUT_NAMES = {"list": "花名册/台账", "indicator": "统计表", "card": "登记表"}


def e(value: object) -> str:
    """Text from the forms printed literally: a label like 「[/dim]」 is not rich markup."""
    return escape(str(value))


def _texts(*values: object) -> list[Text]:
    return [Text(str(v)) for v in values]


def _version(value: bool) -> None:
    if value:
        out.print(f"yitaobiao {yitaobiao.__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="显示版本号。")] = False,
) -> None:
    """一套表：梳理各部门报表模板，识别重复数据项，计算数据项重复率。"""


def _fail(exc: YitaobiaoError, debug: bool) -> None:
    if debug:
        err.print(traceback.format_exc())
    err.print(f"[red]错误：[/red]{e(exc)}")
    raise typer.Exit(exc.exit_code)


def _say(quiet: bool, message: str) -> None:
    """A progress or confirmation line on stderr, which ``-q`` silences (errors are never silenced)."""
    if not quiet:
        err.print(message)


def _status(message: str, quiet: bool) -> AbstractContextManager[object]:
    return nullcontext() if quiet else err.status(message)


def _preparation(workbook: bool) -> Callable[[], None]:
    """What the command imports while the workers read: matching's numpy, and openpyxl when it writes a
    workbook (0.1 s each, most of a small folder's run)."""

    def prepare() -> None:
        prepare_matching()
        if workbook:
            import openpyxl  # noqa: F401

    return prepare


def _scan_with_progress(folder: Path, quiet: bool, departments: Departments | None = None,
                        while_waiting: Callable[[], None] | None = None) -> ScanResult:
    if quiet or not folder.is_dir():
        return scan_folder(folder, departments=departments, while_waiting=while_waiting)
    result, tasks = discover(folder)
    with Progress(TextColumn("读取报表"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.description}"), console=err, transient=True) as bar:
        task = bar.add_task("", total=len(tasks))

        def step(path: Path) -> None:
            bar.update(task, advance=1, description=path.name[:40])

        read_tasks(result, tasks, progress=step, while_waiting=while_waiting)
    return finish_scan(result, departments)


def _print_forms(result: ScanResult, summary: Summary) -> None:
    caption = "频次后的 * 表示表中未注明、按不定期计，可在审核表中改正。"
    listed = sum(advice.items for advice in summary.advice)
    if listed != len(result.fields):
        # (wf13: the column summed to 563 against the notice's 582 — a table repeating its header for each kind
        # of 商贸中心 asks its items once per block)
        caption += (f"\n“数据项”按每张表去重计，合计{listed}项；同一张表内重复出现的（分类型重复的表头、户内成员逐人填写等）"
                    f"另有{len(result.fields) - listed}个字段，通报中的数据项按字段计为{len(result.fields)}项。")
    table = Table(title="报表清单", show_lines=False, caption=caption)
    # (a 群体 column blank on every row says nothing: every tester of a folder without target groups asked why)
    groups = any(form.population for form in result.forms)
    for column in ("编号", "部门", "报表", "版式", "记录", *(("群体",) if groups else ()), "类别", "频次", "数据项", "他表已有",
                   "建议"):
        table.add_column(column, justify="right" if column in ("数据项", "他表已有") else "left",
                         overflow="fold", ratio=4 if column == "报表" else None)
    # The counts are the report's and the notice's: distinct data items (a form asking one item in two
    # columns asks it once), so the three never disagree on a form.
    tables_in = Counter(form.path for form in result.forms)
    for form, advice in zip(result.forms, summary.advice, strict=True):
        # (the sheet tells two tables of one file apart; one its title already names — 「…班线台账［班线台账］」 — not,
        # nor a file's only table: u410's 「…监督检查记录台账［检查台账］」)
        shown = tables_in[form.path] > 1 and form.sheet not in (Path(form.path).stem, "Sheet1", "表1") \
            and form.sheet not in form.title
        sheet = f"［{form.sheet}］" if shown else ""
        frequency = advice.frequency + ("*" if form.frequency_source == FREQUENCY_UNSTATED else "")
        table.add_row(*_texts(form.id, form.department, f"{form.title}{sheet}", LAYOUT_NAMES[form.layout],
                      form.subject.label if form.subject else "", *((form.population or "",) if groups else ()),
                      form.kind.label if form.kind else "", frequency, advice.items, advice.shared_items,
                      advice.suggestion))
    out.print(table)


UNREADABLE = ("unreadable", "crashed", "timeout")


def _print_findings(result: ScanResult, debug: bool = False, errors_only: bool = False) -> None:
    unreadable = [f for f in result.findings if f.code in UNREADABLE]
    if unreadable:
        err.print(f"[yellow]{len(unreadable)} 个文件无法读取，已跳过：[/yellow]")
        for f in unreadable:
            err.print(f"  {e(f.path)}：{e(f.message)}")
            if debug and f.detail:
                err.print(Text(f.detail), style="dim")
    if errors_only:
        return
    notes = [f for f in result.findings
             if f.code in ("no_header", "no_form", "hidden_cells", "filled_sheet", "stale_decision", "special_file",
                           "lock_files", "unapplied_decision", "carried_decision", "unknown_department", "no_department",
                           "own_output", "archive", "reference_table", "same_file")]
    for f in notes:
        where = f"{f.path}［{f.sheet}］" if f.sheet else f.path
        err.print(f"[dim]提示：{e(where) + '：' if where else ''}{e(f.message)}[/dim]")
    # (wf154: 「跳过 1 个隐藏工作表」 named none, and a hidden sheet that asks data left its 台账 out of every count
    # unseen: hidden sheets are skipped by design, so the clerk is told which to unhide)
    hidden = [f"{f.path}［{f.sheet}］" for f in result.findings if f.code == "hidden_sheet"]
    # (wf104, wf105: 「跳过 1 个非报表文件」 named no file, and counted the lock file said just above)
    others = [f.path for f in result.findings if f.code == "not_a_form"]
    parts = [f"{len(others)} 个非报表文件（{e('、'.join(others[:3]))}{' 等' if len(others) > 3 else ''}）"] if others else []
    parts += [f"{len(hidden)} 个隐藏工作表（{e('、'.join(hidden[:3]))}{' 等' if len(hidden) > 3 else ''}；要算入请取消隐藏）"] \
        if hidden else []
    if parts:
        err.print(f"[dim]跳过 {'、'.join(parts)}。[/dim]")


def _write_log(result: ScanResult) -> None:
    """The technical detail of every file that could not be read, for whoever supports the clerk."""
    failed = [f for f in result.findings if f.detail]
    if not failed:
        return
    try:
        path = Path.cwd() / STATE_DIR / "scan.log"
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8", errors="replace") as fh:
            for f in failed:
                fh.write(f"== {f.path}：{f.message}\n{f.detail}\n")
    except OSError:
        pass  # the log is a help, never a reason to fail the scan


def _print_summary(summary: Summary, notice: str) -> None:
    table = Table(title="数据项重复情况")
    table.add_column("指标")
    table.add_column("数值", justify="right")
    counts = summary.reform().suggestions  # (the notice's: the periodic set's, certificates apart — wf36)
    burden = summary.burden
    for name, value in [
        ("部门", summary.departments), ("报表", forms_after_text(summary)),
        ("数据项（字段）", summary.fields), ("去重后数据项", remarks_apart(summary)),
        ("数据项重复率", f"{percent(summary.duplicate_rate)}（目标 ≤ {target_text(summary.target)}）"),
        ("重复采集的数据项", f"{len(summary.repeated_items)}（被两张及以上报表采集）"),
        ("跨部门重复采集的数据项", f"{summary.cross_department_items}（占去重后 {percent(summary.cross_department_share)}）"),
        ("报表处理建议", f"取消 {counts[DROP]}、整合 {counts[MERGE]}、保留 {counts[KEEP]}"
                        + ("（定期报表）" if summary.on_demand else "")),
        ("全年填报项次", f"{burden.fills_before} → {burden.fills_after}" if burden else ""),
        ("全年采集超过4次（超1次/季度）的数据项", f"{burden.over_limit_before} → {burden.over_limit_after}" if burden else ""),
        ("经人工确认的数据项", f"{summary.confirmed_concepts}（其余 {summary.concepts - summary.confirmed_concepts} 项为机器判断；"
                             "拆分决定不计在内）"),
    ]:
        table.add_row(name, str(value))
    out.print(table)
    dept = Table(title="各部门重复数据项（按项数排序）", caption=DUPLICATE_MEANING)
    # (an item two forms of one department ask is one of its items: the counts are of distinct items)
    for column in ("部门", "报表数", "不同数据项", "重复数据项", "占比"):
        dept.add_column(column, justify="left" if column == "部门" else "right")
    for g in summary.by_department:
        dept.add_row(*_texts(g.name, g.forms, g.items, g.shared_items, percent(g.shared_item_rate)))
    out.print(dept)
    if summary.top_items:
        top = Table(title="重复最多的数据项")
        for column in ("数据项", "报表数", "部门"):
            top.add_column(column)
        for item in summary.top_items:
            top.add_row(*_texts(item.name, len(item.forms), "、".join(item.departments)))
        out.print(top)
    out.print("\n[bold]通报用语：[/bold]")
    out.print(Text(notice), soft_wrap=True)
    _print_unread(summary)


def _print_unread(summary: Summary) -> None:
    """The notice's word on the files it could not read, under the text a clerk pastes (the Word notice has it as a
    footnote)."""
    if summary.unread:
        out.print(Text(f"注：{unread_note(summary.unread)}"), soft_wrap=True)


def _change(change: float | None) -> str:
    return "—" if change is None else points(change)


def _target(text: str) -> float:
    """「20%」「20」「0.2」 → 0.2."""
    cleaned = text.strip().rstrip("%％")
    try:
        value = float(cleaned)
    except ValueError as exc:
        raise UsageError(f"控制目标“{text}”不是数字，请写成 20% 或 0.2。") from exc
    value = value / 100 if value > 1 or text.strip().endswith(("%", "％")) else value
    if not 0 <= value <= 1:
        raise UsageError(f"控制目标“{text}”应在 0% 到 100% 之间。")
    return value


@app.command(cls=ChineseCommand)
def scan(
    folder: Annotated[Path, typer.Argument(help="存放各部门报表模板的文件夹（可按部门分子文件夹）。", metavar="文件夹")],
    json_out: Annotated[Path | None, typer.Option("--json", help="把扫描结果写成 JSON 文件（- 表示输出到屏幕）。")] = None,
    report: Annotated[Path | None, typer.Option("--report", help="把重复率报告写成 Excel 文件，如 报告.xlsx。")] = None,
    notice: Annotated[Path | None, typer.Option("--notice", help="把季度通报写成 Word 文件（含表格和图表），如 通报.docx。")] = None,
    review: Annotated[Path | None, typer.Option("--review", help="写出审核表（Excel），供人工确认、拆分、改名，调整频次和处理建议。")] = None,
    decisions: Annotated[Path | None, typer.Option("--decisions", help="读入已填写的审核表，按人工决定调整归并。")] = None,
    period: Annotated[str, typer.Option("--period", help="统计期：2026Q3 或 2026年第三季度（季度）、2026-07（月份）、2026（年度）；默认为今天所在季度。同一文件夹同一统计期重新扫描会替换其记录；本期已记录另一个文件夹时，须写明本参数才替换；只扫描其中一部分（某个部门的子文件夹或一个文件）不记入。")] = "",
    target: Annotated[str, typer.Option("--target", help="数据项重复率控制目标。")] = "20%",
    region: Annotated[str, typer.Option("--region", help="地区名称（县、市），用于通报；默认从报表标题或文件夹名推断。")] = "",
    title: Annotated[str, typer.Option("--title", help="通报标题；默认为“某县“一套表”数据项重复情况通报（统计期）”。")] = "",
    departments: Annotated[Path | None, typer.Option("--departments", help="部门对照表（YAML：文件夹名或代码: 部门名称），补充内置的常用部门。")] = None,
    synonyms: Annotated[list[Path] | None, typer.Option("--synonyms", help="追加自己的同义词文件（YAML，可多次指定）。")] = None,
    force: Annotated[bool, typer.Option("--force", help="覆盖已存在的输出文件。")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="安静模式：不显示进度和表格，只输出通报用语（错误照常显示）。")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="出错时显示详细的程序信息。")] = False,
) -> None:
    """扫描报表模板，识别相同的数据项，报告数据项重复率，并记入历史以便比较各期变化。"""
    try:
        if not folder.exists():
            raise UsageError(f"找不到文件夹：{folder}")
        for path, suffix in ((report, ".xlsx"), (review, ".xlsx"), (notice, ".docx")):
            if path is not None and path.suffix.lower() != suffix:
                raise UsageError(f"输出文件应以 {suffix} 结尾：{path}")  # (an Excel workbook named .txt opens nowhere)
        for path in (json_out, report, review, notice):
            refuse_overwrite(path, force)
        the_period = parse_period(period)
        the_target = _target(target)
        table = load_synonyms(synonyms)
        warm_up(table)
        known_departments = load_departments(departments)
        kept, new_decisions = _decisions(decisions, quiet)
        result = _scan_with_progress(folder, quiet, known_departments,
                                     _preparation(workbook=report is not None or review is not None))
        if not result.forms:
            _print_findings(result, debug)
            _write_log(result)
            err.print(f"[red]错误：[/red]在 {e(folder)} 中没有读到任何报表模板。")
            raise typer.Exit(1)
        compared = _templates_compared(Path.cwd() / STATE_DIR, the_period)
        with _status("正在比对各表的数据项…", quiet):
            apply_matching(result, table, kept)
            # (wf97: a column its template renamed lost the clerk's parting from 户编号, and was joined to it again)
            as_decided = kept
            kept, carried = decisions_for_renamed_columns(kept, result, compared)
            if carried:
                apply_matching(result, table, kept)
                save_decisions(kept, decisions_path(Path.cwd()))
        result.findings.extend(carried)
        result.findings.extend(foreign_review(new_decisions, result, decisions))
        state = Path.cwd() / STATE_DIR
        recorded = load_history(state)
        # (wf140: one form scanned for a look was told of 13 decisions 「本次没有报表再这样写」, every other form's)
        a_part = recorded_whole(result.root, recorded) is not None or folder.is_file() and bool(recorded)
        if not a_part:
            result.findings.extend(stale_decisions(kept, result))
        result.findings.extend(unapplied_decisions(kept, result))
        if decisions is not None:
            result.findings.extend(parted_by_decisions(kept, result, _last_scan_here()))
        result.findings.extend(decisions_on_new_wordings(as_decided, result, compared))
        result.findings.extend(apply_form_decisions(result, kept))
        notes: list[str] = []  # said after the results: what could not be kept, and why the history was left alone
        recorded_now = False  # the scan is this period's record (and its templates what the next period's compare with)
        _write_log(result)
        summary = summarise(result, target=the_target, overrides=kept.suggestions)
        snap = snapshot(summary, the_period, result.root, [f"{f.department}｜{f.title}" for f in result.forms])
        whole = partial_of(snap, recorded) or (recorded[-1] if folder.is_file() and recorded else None)
        if whole is not None:
            # One department's folder scanned for a look is not the county's quarter: kept out of the history,
            # and not compared with the whole folder's last quarter either.
            moved = movement(snap, [])
            history = recorded
            notes.append(f"只扫描了已记录的 {whole.folder}（{whole.label}）中的一部分，本次结果未记入历史，通报也不与上期比较。")
        elif not period and (kept_record := recorded_from_elsewhere(snap, recorded)) is not None:
            # Another folder scanned in a quarter already recorded (last quarter's copy, a test folder): the
            # quarter's figures stay those of the folder recorded, unless the clerk names the period.
            moved = movement(snap, [s for s in recorded if s.period != snap.period])
            history = recorded
            notes.append(f"{kept_record.label}已记录 {kept_record.folder} 的扫描结果，本次扫描的是另一个文件夹，未记入历史；"
                         f"如要以本次结果为准，请加 --period {snap.period} 重新扫描。")
        else:
            moved = movement(snap, [s for s in recorded if s.period != snap.period])
            if (replaced := recorded_from_elsewhere(snap, recorded)) is not None:
                # (u394–u397: a trial scan without --period had been kept as the quarter, and its folder in this
                # line puzzled the clerk: it says why it was there)
                notes.append(f"{replaced.label}此前记入的是 {replaced.folder} 的扫描结果（不写 --period 的扫描也按当季"
                             "记入），已按 --period 改为本次扫描的结果。")
            try:
                record(snap, state)
                recorded_now = True
            except OSError as exc:
                notes.append(f"无法在当前目录记入统计期历史（{OutputError.from_os(exc)}），扫描结果照常输出。")
            history = load_history(state)
        place = result.region = region or region_from([f.title for f in result.forms], result.root)
        text = notice_text(summary, the_period.label, place, moved)
        if review is not None:
            rows = write_review(result, review, kept, summary.advice)
            _say(quiet, f"[green]已写出审核表：[/green]{e(review)}（{rows} 行，黄色为待确认）")
        data = to_dict(result, summary)
        templates = templates_of(result)
        # (a part scanned for a look is compared with nothing, and the whole folder's templates stay the ones the
        # next whole scan is compared with)
        changes, since = ([], "") if whole is not None else _changes_since(templates, state, the_period)
        data["changes"] = [change.to_dict() for change in changes]
        data["period"] = {"code": the_period.code, "label": the_period.label}
        data["notice"] = text.paragraph
        catalogue = to_json(data)  # made once, written to both places
        try:
            save_last_scan(catalogue, Path.cwd())
            if whole is None:
                save_templates(templates, state / LAST_TEMPLATES)
            if recorded_now:
                save_period_templates(templates, state, the_period)
        except OSError as exc:
            notes.append(f"无法保存本次扫描结果供 merge 等命令使用（{OutputError.from_os(exc)}）；"
                         "可用 --json 另存到别处，再运行 yitaobiao merge 该文件。")
        if json_out is not None:
            if str(json_out) == "-":
                sys.stdout.write(catalogue + "\n")
                return
            write_json(catalogue, json_out)
        if report is not None:
            from .report import (
                write_report,  # openpyxl (and numpy) are loaded only when a workbook is written
            )

            write_report(result, summary, report, notice=text, history=history, changes=changes)
        if notice is not None:
            heading = title or f"{place}“一套表”数据项重复情况通报（{the_period.label}）"
            from .notice_doc import write_notice_docx

            with _status("正在生成通报…", quiet):
                for warning in write_notice_docx(notice, text, summary, title=heading, history=history, moved=moved,
                                                 changes=notice_change_rows(result, changes), changes_since=since):
                    err.print(f"[yellow]提示：[/yellow]{e(warning)}")
        for note in notes:
            err.print(f"[yellow]提示：[/yellow]{e(note)}")
        if quiet:
            _print_findings(result, debug, errors_only=True)
            out.print(Text(text.paragraph), soft_wrap=True)
            _print_unread(summary)
            return
        _print_forms(result, summary)
        _print_findings(result, debug)
        _print_changes(changes, since)
        _print_summary(summary, text.paragraph)
        if len(history) > 1 and not notes:
            out.print(f"[dim]已记入统计期 {the_period.label}；共有 {len(history)} 期记录，运行 yitaobiao trend 查看变化。[/dim]")
        elif recorded_now and not notes:
            # (five testers' trial scans of a scratch folder were this quarter's record without a word, until a later
            # scan said it had replaced it)
            out.print(f"[dim]已记为{the_period.label}的扫描结果（保存在当前目录的 {STATE_DIR}），下一期扫描时与它比较；"
                      f"之后在本期扫描别的文件夹不会替换它，除非写明 --period。[/dim]")
        for path, what in ((json_out, "扫描结果"), (report, "重复率报告"), (notice, "通报")):
            if path is not None:
                out.print(f"[green]已写出{what}：[/green]{e(path)}")
    except YitaobiaoError as exc:
        _fail(exc, debug)
    except OSError as exc:
        _fail(OutputError.from_os(exc), debug)


def _changes_since(templates: list[FormTemplate], state: Path, period: Period) -> tuple[list[TemplateChange], str]:
    """How the templates differ from the last period recorded here, else from the last scan made here (none on a
    first scan, or another folder), and what they are compared with, as the console says it."""
    earlier = templates_before(state, period)
    if earlier is not None:
        return template_changes(earlier[0], templates), f"{earlier[1].label}的扫描"
    previous = load_templates(state / LAST_TEMPLATES)
    return (template_changes(previous, templates) if previous else []), "上次扫描"


def _templates_compared(state: Path, period: Period) -> list[FormTemplate] | None:
    """The templates :func:`_changes_since` compares with (read before this scan replaces the last ones)."""
    earlier = templates_before(state, period)
    return earlier[0] if earlier is not None else load_templates(state / LAST_TEMPLATES)


def _print_changes(changes: list[TemplateChange], since: str, shown: int = 12) -> None:
    if not changes:
        return
    out.print(f"[bold]与{since}相比，报表模板有 {len(changes)} 处变化[/bold]（合并、回填前请核对；详见 --json 的 changes）：")
    for change in changes[:shown]:
        out.print(f"  {e(change.path)}（{e(change.sheet)}）：{e(change.detail)}")
    if len(changes) > shown:
        out.print(f"  [dim]另有 {len(changes) - shown} 处未列出。[/dim]")


@app.command(cls=ChineseCommand)
def trend(
    department: Annotated[str | None, typer.Option("--department", "-d", help="只看某个部门。")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="把各期数据写成 JSON 文件（- 表示输出到屏幕）。")] = None,
    debug: Annotated[bool, typer.Option("--debug", help="出错时显示详细的程序信息。")] = False,
) -> None:
    """显示各统计期的报表数、数据项、去重后数据项和重复率，以及与上期、与目标的比较。"""
    try:
        history = load_history(Path.cwd() / STATE_DIR)
        if not history:
            raise UsageError("当前目录还没有扫描记录：请先运行 yitaobiao scan 文件夹 --period 2026Q3。")
        names = [department] if department else [None, *sorted({d.name for s in history for d in s.departments})]
        rows = {name or "全部": trend_rows(history, name) for name in names}
        if department and not rows[department]:
            raise UsageError(f"各期记录中没有部门“{department}”。")
        if json_out is not None:
            data = {name: [asdict(r) for r in series] for name, series in rows.items()}
            if str(json_out) == "-":
                sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
                return
            write_json(data, json_out)
    except YitaobiaoError as exc:
        _fail(exc, debug)
    except OSError as exc:
        _fail(OutputError.from_os(exc), debug)
        return
    overall = rows.pop("全部", None)
    if overall:
        table = Table(title="全部报表：各期变化")
        for column in ("统计期", "报表数", "数据项", "去重后", "重复率", "较上期", "与目标"):
            table.add_column(column, justify="left" if column == "统计期" else "right")
        for r in overall:
            table.add_row(*_texts(r.label, r.forms, r.fields, r.items, percent(r.rate), _change(r.change),
                                  _against_target(r.to_target)))
        out.print(table)
    if rows:
        periods = [s.period for s in history]
        table = Table(title="各部门重复数据项占比：各期变化", caption=DUPLICATE_MEANING)
        table.add_column("部门")
        for snapshot in history:  # (「2026年第四季度」 as in the table above, not 「2026Q4」 — wf17)
            table.add_column(snapshot.label, justify="right")
        table.add_column("较上期", justify="right")
        for name, series in rows.items():
            by_period = {r.period: r for r in series}
            last = series[-1] if series else None
            table.add_row(*_texts(name, *(percent(by_period[p].rate) if p in by_period else "—" for p in periods),
                                  _change(last.change) if last and last.period == periods[-1] else "—"))
        out.print(table)
    # (wf14: 「trend -d 教育局」 closed on the whole county's sentence)
    sentence = department_trend_sentence(department, rows[department]) if department else trend_sentence(history)
    if sentence:
        out.print(sentence)


def _against_target(points_over: float) -> str:
    """「低于目标0.9个百分点」 rather than 「-0.9个百分点」 (wf14)."""
    shown = f"{abs(points_over) * 100:.1f}"
    if shown == "0.0":
        return "达到目标"
    return f"{'高于' if points_over > 0 else '低于'}目标{shown}个百分点"


def _last_scan_here() -> ScanResult | None:
    """This directory's last scan (before the one running now), if it can be read: nothing is said without it."""
    try:
        return load_last_scan(Path.cwd())
    except YitaobiaoError:
        return None


def _decisions(review_file: Path | None, quiet: bool = False) -> tuple[Decisions, Decisions]:
    """Decisions kept in .yitaobiao/decisions.yaml, plus a newly filled review workbook (saved back); and the
    review workbook's own (none without one)."""
    store = decisions_path(Path.cwd())
    kept = load_decisions(store)
    if review_file is None:
        if kept.same or kept.different or kept.renames:
            # (wf35, wf36: the last quarter's decisions were applied and nothing said so)
            counts, _ = decisions_in_words(kept)
            _say(quiet, f"[dim]沿用此前的审核决定：{joins_and_renames_in_words(counts)}（{store}）。[/dim]")
        return kept, Decisions()
    new, warnings = read_review(review_file)
    for warning in [*warnings, *reversed_decisions(kept, new)]:
        err.print(f"[yellow]提示：[/yellow]{e(warning)}")
    if not (new.same or new.different or new.renames or new.frequencies or new.suggestions):
        # (wf105, wf107: a review with nothing filled read 「合并 0 处、拆分 0 处、改名 0 项；已记入…」, as if the
        # decisions had been reset)
        _say(quiet, f"[yellow]提示：[/yellow]{e(review_file.name)} 中没有填写任何审核决定；此前记下的决定照常沿用（{store}）。")
        return kept, new
    kept = merge_decisions(kept, new)
    save_decisions(kept, store)
    counts, lines = decisions_in_words(new)
    # (wf65 changed two forms' 频次 and was told nothing of it)
    forms_said = "".join(f"、{word} {counts[key]} 张表" for key, word in (("频次", "调整频次"), ("建议", "调整建议"))
                         if counts[key])
    _say(quiet, f"[green]已采用审核决定：[/green]{joins_and_renames_in_words(counts)}"
              f"{forms_said}；已记入 {store}，下次扫描自动沿用。")
    for line in lines[:_DECISIONS_SHOWN]:
        _say(quiet, f"  {e(line)}")
    if len(lines) > _DECISIONS_SHOWN:
        _say(quiet, f"  [dim]另有 {len(lines) - _DECISIONS_SHOWN} 条，见 {store}。[/dim]")
    return kept, new


_DECISIONS_SHOWN = 10


def _whole_of_a_part(result: ScanResult) -> str | None:
    """The folder recorded here that the last scan was only a part of (one department's folder, one file)."""
    recorded = load_history(Path.cwd() / STATE_DIR)
    whole = recorded_whole(result.root, recorded)
    if whole is None and Path(result.root).is_file() and recorded:
        whole = recorded[-1]
    return whole.folder if whole is not None and whole.folder != result.root else None


def _load_source(source: Path | None, synonyms: list[Path] | None, quiet: bool,
                 review_file: Path | None = None) -> ScanResult:
    """A folder is scanned; a .json is a saved catalogue; nothing means the last scan here."""
    if source is None:
        result = load_last_scan(Path.cwd())
    elif not source.exists():
        raise UsageError(f"找不到：{source}")
    elif source.is_file() and source.suffix.lower() == ".json":
        result = load_catalog(source)
    else:
        result = _scan_with_progress(source, quiet, while_waiting=prepare_matching)
        if not result.forms:
            raise YitaobiaoError(f"在 {source} 中没有读到任何报表模板。")  # (exit 1, as scan says it)
        with err.status("正在比对各表的数据项…"):
            apply_matching(result, load_synonyms(synonyms), _decisions(review_file)[0])
        return result
    if review_file is not None:  # a saved catalogue is matched again under the new decisions
        apply_matching(result, load_synonyms(synonyms), _decisions(review_file)[0])
    return result


@app.command(cls=ChineseCommand)
def merge(
    source: Annotated[Path | None, typer.Argument(help="报表文件夹或扫描结果 JSON；不填则用当前目录最近一次扫描的结果。", metavar="来源")] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="一套表文件名。")] = Path("一套表.xlsx"),
    synonyms: Annotated[list[Path] | None, typer.Option("--synonyms", help="追加自己的同义词文件（扫描文件夹时用）。")] = None,
    decisions: Annotated[Path | None, typer.Option("--decisions", help="读入已填写的审核表，按人工决定调整归并。")] = None,
    include_on_demand: Annotated[bool, typer.Option("--include-on-demand", help="把证明、申请表等按需填报的文书也纳入一套表（默认不纳入）。")] = False,
    region: Annotated[str, typer.Option("--region", help="一套表标题中的地区名称（县、市）；默认沿用扫描时的地区。")] = "",
    force: Annotated[bool, typer.Option("--force", help="覆盖已存在的输出文件。")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="不显示进度。")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="出错时显示详细的程序信息。")] = False,
) -> None:
    """生成合并后的“一套表”模板，并写出与各部门原字段的对照表（.mapping.json）。"""
    from .merge import ABOVE_VILLAGES_REASON, ON_DEMAND_REASON, build_mapping, plan_merge, write_merged
    try:
        mapping_path = output.with_suffix(".mapping.json")
        refuse_overwrite(output, force)
        refuse_overwrite(mapping_path, force)
        result = _load_source(source, synonyms, quiet, decisions)
        result.region = region or result.region
        if source is None and (whole := _whole_of_a_part(result)) is not None:
            # (wf139, wf140: after a look at one form, a bare merge built a one-form 一套表 without a word)
            err.print(f"[yellow]提示：[/yellow]当前目录最近一次扫描的是 {e(result.root)}（{len(result.forms)} 张报表），"
                      f"只是 {e(whole)} 的一部分，一套表只含这些报表；要生成全部报表的一套表，请运行 "
                      f"yitaobiao merge {e(whole)}。")
        with _status("正在生成一套表…", quiet):
            plan = plan_merge(result, load_synonyms(synonyms), include_on_demand=include_on_demand)
            write_merged(plan, output)
        build_mapping(plan).save(mapping_path)
    except YitaobiaoError as exc:
        _fail(exc, debug)
    except OSError as exc:
        _fail(OutputError.from_os(exc), debug)
        return
    sheets = Counter(col.sheet for col in plan.columns)
    out.print(f"[green]已生成一套表：[/green]{e(output)}（" + "，".join(f"{e(name)} {n} 项" for name, n in sheets.items()) + "）")
    out.print(f"[green]字段对照：[/green]{e(mapping_path)}（{len(plan.mapping)} 个原字段 → {len(plan.columns)} 列/行）")
    left_forms = [x for x in plan.left_out if not x.label and x.reason == ON_DEMAND_REASON]
    if left_forms:
        out.print(f"[dim]未纳入 {len({x.report for x in left_forms})} 张按需填报的文书（证明、申请表等），见“说明”表；需要时加 --include-on-demand。[/dim]")
    above = [x for x in plan.left_out if not x.label and x.reason == ABOVE_VILLAGES_REASON]
    if above:
        out.print(f"[dim]未纳入 {len({x.report for x in above})} 张按区（县）列行的汇总表（由上级汇总各村数据得出），见“说明”表。[/dim]")
    left_fields = sum(1 for x in plan.left_out if x.label)
    if left_fields:
        out.print(f"[dim]{left_fields} 个表头不是需要填写的数据项（句子、签字栏、日期用字），未列入，见“说明”表。[/dim]")
    for conflict in plan.conflicts:
        units = "、".join(conflict.units)
        out.print(f"[yellow]口径不一致：[/yellow]{e(conflict.concept)}（{e(units)}），一套表统一按{conflict.merged_unit}填报。")


@app.command(cls=ChineseCommand)
def split(
    filled: Annotated[list[Path], typer.Argument(help="村（社区）填好的一套表；可一次给多个（每个村一个），各写入自己的子文件夹。", metavar="已填一套表")],
    forms: Annotated[Path | None, typer.Option("--forms", help="各部门原报表模板所在文件夹（默认为扫描时的文件夹）。")] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="输出文件夹，按原报表的文件夹结构存放。")] = Path("分发"),
    mapping: Annotated[Path | None, typer.Option("--mapping", help="字段对照文件（默认用一套表内保存的对照；一套表中没有时，用它旁边的 .mapping.json）。")] = None,
    force: Annotated[bool, typer.Option("--force", help="覆盖已存在的输出文件。")] = False,
    period: Annotated[str, typer.Option("--period", help="统计期：2026Q1、2026-03 或 2026；年龄按统计期最后一天的周岁计算（默认按今天）。")] = "",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="不显示进度和结果表。")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="出错时显示详细的程序信息。")] = False,
) -> None:
    """把填好的一套表回填到各部门自己的报表模板中：每张报表只收到属于它的记录。

    有填了却未能回填的数据时（原表在生成一套表后改动过、公式没有计算结果、填了某表特有的数据项却没勾选该表的“是否……”列），逐条列为“需要处理”，退出码为 1。
    """
    from .split import NothingFilledError, listed_in_several, mapping_of, split_filled
    reports = []
    blank: list[NothingFilledError] = []
    try:
        for path in filled:
            if not path.exists():
                raise UsageError(f"找不到已填写的一套表：{path}")
        folder_of = _village_folders(filled)
        the_period = parse_period(period) if period.strip() else None
        for path in filled:
            the_mapping = mapping_of(path, mapping, fallback=_beside(path))
            forms_dir = forms or Path(the_mapping.forms_root or ".")
            if not forms_dir.is_dir():
                raise UsageError(f"找不到原报表文件夹：{forms_dir}（请用 --forms 指定）。")
            target = output / folder_of[path] if len(filled) > 1 else output
            try:
                with _status(f"正在回填各部门报表：{path.name}…", quiet):
                    reports.append((path, split_filled(path, the_mapping, forms_dir, target, force=force,
                                                            period=the_period)))
            except NothingFilledError as exc:
                if len(filled) == 1:
                    raise
                blank.append(exc)  # one village's blank 一套表 among many: said, and the others go on
        if blank and not reports:
            raise blank[0]
    except YitaobiaoError as exc:
        _fail(exc, debug)
    except OSError as exc:
        _fail(OutputError.from_os(exc), debug)
        return
    for exc in blank:
        err.print(f"[yellow]提示：[/yellow]{e(exc)}")
    twice = listed_in_several([(folder_of[path], report) for path, report in reports]) if len(reports) > 1 else []
    for path, report in reports:
        # (several villages at once: each line says whose 一套表 it is about, 东村-一套表, not 一套表.xlsx twice — wf19)
        name = folder_of[path] if len(filled) > 1 else path.name
        whose = f"{e(name)}：" if len(filled) > 1 else ""
        if not quiet:
            table = Table(title=f"分发结果：{name}")
            for column in ("部门", "报表", "记录数", "文件"):
                table.add_column(column)
            for item in report.outputs:
                shown = str(item.files[0]) + (f" 等 {len(item.files)} 个" if len(item.files) > 1 else "")
                table.add_row(*_texts(item.department, item.title, item.records, shown))
            out.print(table)
        alerts = f"，需要处理 {len(report.alerts)} 条" if report.alerts else ""
        out.print(f"{e(name)}：写出 {sum(len(o.files) for o in report.outputs)} 个文件（{sum(o.forms for o in report.outputs)} 张报表），"
                  f"换算单位或代码 {report.converted} 处，提示 {len(report.warnings)} 条，未填 {len(report.skipped)} 张{alerts}。")
        for alert in report.alerts:  # (filled by the cadres, not written: the clerk must act on these)
            err.print(f"[bold red]需要处理：[/bold red]{whose}{e(alert)}")
        for line in report.skipped:
            _say(quiet, f"[dim]{whose}{e(line)}[/dim]")
        for warning in report.warnings:
            err.print(f"[yellow]提示：[/yellow]{whose}{e(warning)}")
    for line in twice:
        err.print(f"[bold red]需要处理：[/bold red]{e(line)}")
    if twice or any(report.alerts for _, report in reports):
        raise typer.Exit(1)  # something the cadres filled was not written: a script must see it too


def _beside(filled: Path) -> Path | None:
    """The mapping JSON written with the 一套表, for a workbook that carries none of its own."""
    for candidate in (filled.with_suffix(".mapping.json"), filled.parent / "一套表.mapping.json",
                      Path.cwd() / "一套表.mapping.json"):
        if candidate.exists():
            return candidate
    return None


def _village_folders(filled: list[Path]) -> dict[Path, str]:
    """The output folder of each village's 一套表: its file name, or, where two villages' files have the same
    name (东村/一套表.xlsx, 西村/一套表.xlsx), its folder's name and its own (东村-一套表): written to one folder,
    the second village's forms had mixed with or been refused over the first's (helper-100)."""
    seen: set[Path] = set()
    for path in filled:
        if path.resolve() in seen:
            raise UsageError(f"同一个一套表给了两次：{path}")
        seen.add(path.resolve())
    stems = Counter(_safe_folder(path.stem) for path in filled)
    names = {path: _safe_folder(path.stem if stems[_safe_folder(path.stem)] == 1
                                else f"{path.resolve().parent.name}-{path.stem}") for path in filled}
    taken = Counter(names.values())
    for n, path in enumerate(filled, start=1):
        if taken[names[path]] > 1:
            names[path] = f"{names[path]}-{n}"  # (the same folder's name twice: numbered as given)
    return names


def _safe_folder(name: str) -> str:
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in name).strip() or "一套表"


@app.command(cls=ChineseCommand)
def fill(
    merged: Annotated[Path, typer.Argument(help="空白（或上季度的）一套表，由 yitaobiao merge 生成。", metavar="一套表")],
    sources: Annotated[list[Path] | None, typer.Option("--from", help="各部门已填好的报表（文件或文件夹，可多次指定）；只沿用上季度时可不写。")] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="预填后的一套表文件名。")] = Path("预填一套表.xlsx"),
    carry: Annotated[Path | None, typer.Option("--carry", help="上季度已填的一套表：沿用基础信息，动态信息在批注中给出上季度的值。")] = None,
    period: Annotated[str, typer.Option("--period", help="统计期：2026Q1、2026-03 或 2026；年龄按统计期最后一天的周岁填入（默认按今天），与 split 的 --period 一致。")] = "",
    match_name_birth: Annotated[bool, typer.Option("--match-name-birth", help="没有可用身份证号时，按“姓名 + 出生日期”认作同一人；表中没有出生日期时，认作同名而有号码、各项不矛盾的唯一一人。")] = False,
    mapping: Annotated[Path | None, typer.Option("--mapping", help="字段对照文件（默认用一套表内保存的对照）。")] = None,
    force: Annotated[bool, typer.Option("--force", help="覆盖已存在的输出文件。")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="不显示进度和结果表。")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="出错时显示详细的程序信息。")] = False,
) -> None:
    """用各部门已有的数据预填一套表：按身份证号合并同一人，不一致的值列入“待核实”，可沿用上季度的基础信息。"""
    from .fill import prefill
    from .split import mapping_of
    try:
        if not merged.exists():
            raise UsageError(f"找不到一套表：{merged}")
        sources = sources or []
        if not sources and carry is None:
            raise UsageError("请用 --from 指定各部门已填好的报表，或用 --carry 指定上季度已填的一套表。")
        missing = next((source for source in [*sources, *([carry] if carry else [])] if not source.exists()), None)
        if missing is not None:  # a path mistyped, as any command's missing input: a usage error (exit 2)
            raise UsageError(f"找不到：{missing}")
        refuse_overwrite(output, force)
        the_period = parse_period(period) if period.strip() else None
        the_mapping = mapping_of(merged, mapping, fallback=_beside(merged))
        with _status("正在读取各部门报表并合并记录…", quiet):
            report = prefill(merged, the_mapping, sources, output, carry=carry, name_and_birth=match_name_birth,
                             as_of=the_period.last_day if the_period else None)
    except YitaobiaoError as exc:
        _fail(exc, debug)
    except OSError as exc:
        _fail(OutputError.from_os(exc), debug)
        return
    if not quiet:
        table = Table(title="预填结果")
        for column in ("工作表", "记录", "多表合并的记录", "填入的值"):
            table.add_column(column, justify="left" if column == "工作表" else "right")
        for sheet, count in report.records.items():
            table.add_row(*_texts(sheet, count, report.joined.get(sheet, 0), report.values.get(sheet, 0)))
        out.print(table)
    out.print(f"[green]已写出预填的一套表：[/green]{e(output)}（读入 {report.files_read} 个文件，待核实 {len(report.conflicts)} 处"
              + (f"，需改正 {len(report.to_check)} 处（黄底）" if report.to_check else "")
              + (f"，沿用上季度 {report.carried} 条记录" if report.carried else "") + "）")
    for line in report.notes:
        err.print(f"[yellow]提示：[/yellow]{e(line)}")
    if carry is not None and not report.carried and not report.carried_figures:
        # (helper-111 carried a department's form, and the blank 一套表, and was told nothing)
        err.print(f"[yellow]提示：[/yellow]{e(carry)} 中没有读到任何已填的记录或指标，没有可沿用的内容："
                  "--carry 应指定上季度村（社区）填好的一套表。")
    for line in report.unrecognised:
        err.print(f"[yellow]未读取：[/yellow]{e(line)}")
    for line in [*report.id_notes[:20], *report.unplaced]:
        _say(quiet, f"[dim]{e(line)}[/dim]")
    if len(report.id_notes) > 20:
        _say(quiet, f"[dim]……另有 {len(report.id_notes) - 20} 条身份证号提示，见输出文件的“预填说明”表。[/dim]")


@app.command(cls=ChineseCommand)
def explain(
    label_a: Annotated[str, typer.Argument(help="第一个字段名，如 出生日期", metavar="字段A")],
    label_b: Annotated[str, typer.Argument(help="第二个字段名，如 死亡日期", metavar="字段B")],
    context_a: Annotated[str, typer.Option("--context-a", help="第一个字段所在的分组表头，如 监护人情况；多级用 › 或 > 分隔")] = "",
    context_b: Annotated[str, typer.Option("--context-b", help="第二个字段所在的分组表头")] = "",
    synonyms: Annotated[list[Path] | None, typer.Option("--synonyms", help="追加自己的同义词文件。")] = None,
    debug: Annotated[bool, typer.Option("--debug", help="出错时显示详细的程序信息。")] = False,
) -> None:
    """说明两个字段名为何被（或不被）认作同一数据项：得分与理由。"""
    try:
        result = explain_pair(label_a, label_b, _header_levels(context_a), _header_levels(context_b),
                              load_synonyms(synonyms))
    except YitaobiaoError as exc:
        _fail(exc, debug)
    except OSError as exc:
        _fail(OutputError.from_os(exc), debug)
        return
    verdict = "[green]同一数据项[/green]" if result.same else "[red]不是同一数据项[/red]"
    out.print(f"「{e(label_a)}」 与 「{e(label_b)}」：{verdict}（得分 {result.score:.2f}）")
    for reason in result.reasons:
        out.print(f"  · {e(reason)}")


def _header_levels(text: str) -> list[str]:
    """「家禽›鸡」 or 「家禽>鸡」 → the header levels, outermost first."""
    return [level.strip() for level in text.replace(">", "›").split("›") if level.strip()]


def fewer_collections() -> None:
    """A run builds hundreds of thousands of small objects that live to its end (forms, fields, scores) and
    almost no reference cycles. With CPython's default threshold (700 allocations) the cycle collector
    walks them thousands of times: 2 s of a 10,000-template scan. What the imports made lives as long as
    the process and is left out of every collection."""
    gc.freeze()
    gc.set_threshold(50_000, 20, 10)


def _leave(code: object) -> None:
    """End the command without tearing down its heap: every output is closed and every worker stopped by
    now, and freeing a large scan's millions of objects one by one only makes the clerk wait (0.2 s of a
    1,000-template scan). Exits as SystemExit would: None is success, a text is printed as the error."""
    if isinstance(code, str):
        err.print(Text(code))
    status = code if isinstance(code, int) else 0 if code is None else 1
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (yitaobiao … | head): nothing to flush to
            stream.flush()
    os._exit(status)


def run() -> None:
    """The ``yitaobiao`` command: any failure the tool did not foresee is still one line for the clerk;
    the details go to .yitaobiao/error.log (and to the screen with --debug)."""
    fewer_collections()
    try:
        app()
    except SystemExit as done:
        _leave(done.code)
    except KeyboardInterrupt:
        err.print("已中断。")
        raise SystemExit(130) from None
    except Exception as exc:  # noqa: BLE001 - the last guard between a bug and the clerk's screen
        detail = traceback.format_exc()
        log = Path.cwd() / STATE_DIR / "error.log"
        try:
            log.parent.mkdir(parents=True, exist_ok=True)
            with log.open("a", encoding="utf-8", errors="replace") as fh:
                fh.write(detail + "\n")
        except OSError:
            pass
        if "--debug" in sys.argv:
            err.print(Text(detail))
        err.print(f"[red]错误：[/red]程序内部错误（{e(type(exc).__name__)}），详情已记入 {e(log)}，请把该文件发给技术支持。")
        raise SystemExit(1) from None


if __name__ == "__main__":  # pragma: no cover - python -m yitaobiao.cli is the command itself
    run()
