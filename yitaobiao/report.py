"""The duplicate-rate report: an Excel workbook with the notice paragraph, tables and native charts."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from .changes import TemplateChange, change_rows
from .history import Snapshot, points, shown_difference
from .match import reason_said_of
from .model import ScanResult
from .notice import (
    REMARKS_APART,
    REMARKS_OWN,
    NoticeText,
    forms_after_note,
    notice_text,
    percent,
    target_text,
)
from .sheets import print_wide, put, save, set_widths, write_header, write_rows
from .stats import DUPLICATE_MEANING, Summary


def _overview(wb: Workbook, summary: Summary, notice: NoticeText) -> None:
    ws = wb.active
    ws.title = "汇总"
    ws["A1"] = "报表数据项重复情况汇总"
    ws["A1"].font = Font(bold=True, size=14)
    burden = summary.burden
    # (wf35: the 汇总 said 「整合后 1013 项」, 保留 67 and 1108 项 beside a notice of the periodic set's 771, 28 and 922:
    # the reform's figures are the notice's, certificates apart)
    reform = summary.reform()
    counts = reform.suggestions
    periodic = "定期报表" if summary.on_demand else ""
    overview: list[list[object]] = [
        ["部门数", summary.departments, ""],
        ["报表数", summary.forms, forms_after_note(summary)],
        ["数据项（字段）数", summary.fields,
         f"{periodic}{reform.fields} 项，整合后 {reform.items} 项，压减 {percent(reform.item_reduction)}" if periodic
         else f"整合后 {reform.items} 项，压减 {percent(reform.item_reduction)}"],
        ["去重后数据项数", summary.concepts, REMARKS_APART if summary.remarks > 1 else ""],
        ["数据项重复率", Rate(summary.duplicate_rate), f"控制目标 ≤ {target_text(summary.target)}"],
        ["重复采集的数据项", len(summary.repeated_items), "被两张及以上报表采集，逐项列在“重复数据项”表"],
        ["跨部门重复采集的数据项", summary.cross_department_items, f"占去重后数据项的 {percent(summary.cross_department_share)}"],
        ["报表处理建议", f"取消{counts['取消']} 整合{counts['整合']} 保留{counts['保留']}",
         f"{periodic}；按需填报的文书 {summary.on_demand} 张照常使用；逐表见“报表处理建议”表" if periodic
         else "见“报表处理建议”表"],
        ["可减少重复填报项数", reform.items_saved, "实行一套表后（同通报）"],
        # (wf39/wf40 read 2 against 4 decisions: a 不是同一项 keeps wordings apart and confirms no item)
        ["经人工确认的数据项", summary.confirmed_concepts, "审核定为“同一数据项”的项数；“不是同一项”的拆分决定不计在内"],
    ]
    if burden:
        overview.insert(8, ["全年填报项次", burden.fills_before, f"整合后 {burden.fills_after}，减少 {percent(burden.reduction)}"])
        overview.insert(9, ["超过“1次/季度”的数据项", burden.over_limit_before, f"整合后 {burden.over_limit_after}"])
    write_header(ws, 3, ["指标", "数值", "说明"])
    _write_with_rates(ws, 4, overview)
    row = 5 + len(overview)
    ws.cell(row=row, column=1, value="通报用语").font = Font(bold=True)
    put(ws.cell(row=row + 1, column=1), notice.paragraph).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=6)
    ws.row_dimensions[row + 1].height = 150
    row += 3
    write_header(ws, row, ["部门", "报表数", "不同数据项", "重复数据项", "占比"])
    _write_with_rates(ws, row + 1, [[g.name, g.forms, g.items, g.shared_items, Rate(g.shared_item_rate)]
                                    for g in summary.by_department])
    row += len(summary.by_department) + 1
    put(ws.cell(row=row, column=1), "注：" + DUPLICATE_MEANING).font = Font(italic=True, size=9)
    row += 2
    write_header(ws, row, ["部门｜报表", "数据项数", "其他报表也采集的项数", "占比"])
    # Distinct data items, as the terminal's 报表清单 and the 报表处理建议 sheet count them (户内成员 1, 2 … of one form
    # ask one item): helper-39 found 8 there and 23 here for one form.
    # (A county's forms get numbers, as the departments above do — u288, u293 saw text under numbers; a province's
    # run to tens of thousands of rows, streamed into the sheet as text, where a style per cell would cost seconds.)
    if len(summary.by_form) <= RATED_FORM_ROWS:
        _write_with_rates(ws, row + 1, [[g.name, g.items, g.shared_items, Rate(g.shared_item_rate)]
                                        for g in summary.by_form])
    else:
        write_rows(ws, row + 1, [[g.name, g.items, g.shared_items, percent(g.shared_item_rate)]
                                 for g in summary.by_form], last=True)
    set_widths(ws, [34, 14, 30, 20, 12, 12])
    print_wide(ws)  # the notice paragraph spans six columns: printed whole on one page width


RATED_FORM_ROWS = 2000


class Rate(float):
    """A share written as a number the clerk can chart or sum, shown as a percentage (helper-52: '31.9%' was text)."""


def _write_with_rates(ws: Worksheet, row: int, rows: list[list[object]]) -> None:
    """Rows whose :class:`Rate` values are numbers in percent format (a short table: each cell is touched)."""
    # (kept to 9 places: 6/11 stored as 0.5455 showed 54.6% in Excel against the notice's 54.5%)
    write_rows(ws, row, [[round(v, 9) if isinstance(v, Rate) else v for v in values] for values in rows])
    for r, values in enumerate(rows, start=row):
        for c, value in enumerate(values, start=1):
            if isinstance(value, Rate):
                ws.cell(r, c).number_format = "0.0%"


# Titles named in one cell of the 重复数据项 list: 姓名 is asked by thousands of a province's forms.
TITLES_SHOWN = 10  # (a row is at most six lines high: more titles are cut off on screen and on paper)


def _titles(titles: list[str]) -> str:
    """The forms asking an item, each title once (the same template from seven villages is one title)."""
    distinct = list(dict.fromkeys(titles))
    shown = "；".join(distinct[:TITLES_SHOWN])
    return f"{shown} 等{len(distinct)}种报表" if len(distinct) > TITLES_SHOWN else shown


def _repeated_items(wb: Workbook, summary: Summary) -> None:
    """Every item asked by two or more forms (the clerk's list of what to merge), with a chart of the most asked."""
    dup = wb.create_sheet("重复数据项")
    headers = ["数据项", "字段数", "报表数", "部门", "全年填报项次（整合前）", "整合后", "采集该项的报表"]
    write_header(dup, 1, headers)
    items = summary.repeated_items
    write_rows(dup, 2, [[t.name, t.fields, len(t.forms), "、".join(t.departments), t.fills_before, t.fills_after,
                         _titles(t.forms)] for t in items])
    note = dup.cell(row=len(items) + 3, column=1)
    remarks = f"；{REMARKS_OWN}，不计为重复采集" if summary.remarks > 1 else ""
    put(note, f"注：共{len(items)}项数据项被两张及以上报表采集，按报表数排序（填报日期等列在最后{remarks}）；"
              f"图为采集最多的前{len(summary.top_items)}项。").font = Font(italic=True, size=9)
    set_widths(dup, [22, 10, 10, 30, 14, 10, 80])
    print_wide(dup)
    dup.print_area = f"A1:G{len(items) + 3}"  # the chart beside the list is for the screen
    if summary.top_items:
        chart = BarChart()
        chart.type = "bar"
        chart.title = "重复最多的数据项（报表数）"
        chart.y_axis.title = "报表数"
        chart.legend = None
        n = len(summary.top_items)  # the top items are the list's first rows
        chart.add_data(Reference(dup, min_col=3, min_row=1, max_row=n + 1), titles_from_data=True)
        chart.set_categories(Reference(dup, min_col=1, min_row=2, max_row=n + 1))
        chart.height = max(7, 0.8 * n)
        dup.add_chart(chart, "I2")


def _advice(wb: Workbook, result: ScanResult, summary: Summary) -> None:
    ws = wb.create_sheet("报表处理建议")
    forms = result.form_index()
    write_header(ws, 1, ["部门", "报表", "文件", "频次", "频次依据", "数据项", "他表已有", "建议", "理由"])
    write_rows(ws, 2, [[a.department, a.title, forms[a.form_id].path, a.frequency, a.frequency_source, a.items,
                        a.shared_items, a.suggestion, a.reason] for a in summary.advice], last=True)
    set_widths(ws, [14, 36, 30, 8, 10, 8, 10, 8, 64])  # (the reason names its closest forms: room for two lines)
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:I{len(summary.advice) + 1}"
    print_wide(ws)


def _burden(wb: Workbook, summary: Summary) -> None:
    burden = summary.burden
    if burden is None:
        return
    ws = wb.create_sheet("频次与负担")
    write_header(ws, 1, ["指标", "整合前", "整合后"])
    write_rows(ws, 2, [["全年填报项次", burden.fills_before, burden.fills_after],
                       ["超过“1次/季度”的数据项", burden.over_limit_before, burden.over_limit_after]])
    put(ws.cell(5, 1), "采集频次超过“1次/季度”的数据项（整合前全年填报次数最多的）").font = Font(bold=True)
    write_header(ws, 6, ["数据项", "报表数", "整合前全年填报项次", "整合后", "采集该项的报表"])
    write_rows(ws, 7, [[b.name, len(b.forms), b.fills_before, b.fills_after, "；".join(b.forms)] for b in burden.busiest])
    set_widths(ws, [28, 12, 18, 10, 80])


def _trend(wb: Workbook, history: Sequence[Snapshot]) -> None:
    if len(history) < 2:
        return
    ws = wb.create_sheet("各期变化")
    write_header(ws, 1, ["统计期", "报表数", "数据项", "去重后数据项", "重复率（%）", "控制目标（%）", "较上期"])
    write_rows(ws, 2, [[s.label, s.forms, s.fields, s.items, round(s.duplicate_rate * 100, 1), round(s.target * 100, 1),
                        points(shown_difference(s.duplicate_rate, history[i - 1].duplicate_rate)) if i else "—"]
                       for i, s in enumerate(history)])
    set_widths(ws, [18, 10, 10, 14, 12, 14, 18])
    chart = LineChart()
    chart.title = "数据项重复率变化"
    chart.y_axis.title = "%"
    n = len(history)
    chart.add_data(Reference(ws, min_col=5, max_col=6, min_row=1, max_row=n + 1), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=n + 1))
    chart.height, chart.width = 7.5, 16
    ws.add_chart(chart, f"A{n + 4}")


def _template_changes(wb: Workbook, result: ScanResult, changes: Sequence[TemplateChange]) -> None:
    """How the templates differ from the last scan: what the clerk checks before merging and splitting again (wf7
    and wf8 saw the changes on screen only, not in the workbook they file)."""
    if not changes:
        return
    ws = wb.create_sheet("模板变化")
    write_header(ws, 1, ["部门", "文件", "工作表", "变化", "说明"])
    write_rows(ws, 2, change_rows(result, changes))
    set_widths(ws, [12, 40, 14, 10, 48])
    print_wide(ws)


def _detail(wb: Workbook, result: ScanResult) -> None:
    detail = wb.create_sheet("字段明细")
    write_header(detail, 1, ["部门", "报表", "文件", "工作表", "单元格", "原字段名", "表头路径", "单位", "归并数据项", "匹配可信度",
                        "归并理由"])
    concepts = {c.id: c for c in result.concepts}
    rows = []
    for form in result.forms:
        for f in form.fields:
            concept = concepts.get(f.concept_id or "")
            reasons = [r for r in concept.reasons if reason_said_of(r, f.label)] if concept and len(concept.field_ids) > 1 else []
            rows.append([form.department, form.title, form.path, form.sheet, f.cell, f.shown_label, f.shown_path,
                         f.unit or "", concept.name if concept else f.label, round(f.confidence, 2),
                         "；".join(reasons[:3])])
    write_rows(detail, 2, rows, last=True)
    set_widths(detail, [12, 30, 36, 10, 8, 20, 36, 8, 18, 10, 60])
    detail.freeze_panes = "A2"
    detail.auto_filter.ref = f"A1:K{len(rows) + 1}"
    print_wide(detail)


def write_report(result: ScanResult, summary: Summary, path: Path, notice: NoticeText | None = None,
                 history: Sequence[Snapshot] = (), changes: Sequence[TemplateChange] = ()) -> None:
    """汇总, 重复数据项 (bar chart), 报表处理建议, 频次与负担, 各期变化 (line chart), 模板变化, 部门重叠, 字段明细."""
    wb = Workbook()
    _overview(wb, summary, notice or notice_text(summary))
    _repeated_items(wb, summary)
    _advice(wb, result, summary)
    _burden(wb, summary)
    _trend(wb, history)
    _template_changes(wb, result, changes)
    ov = wb.create_sheet("部门重叠")
    depts = sorted(summary.overlap)
    write_header(ov, 1, ["部门 \\ 部门", *depts])
    write_rows(ov, 2, [[a, *(summary.overlap[a][b] for b in depts)] for a in depts])
    set_widths(ov, [16] + [12] * len(depts))
    _detail(wb, result)
    path.parent.mkdir(parents=True, exist_ok=True)
    save(wb, path)
