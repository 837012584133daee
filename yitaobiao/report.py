"""The duplicate-rate report: a paragraph for the quarterly notice and an Excel workbook."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font

from .model import ScanResult
from .sheets import put, seal, set_widths, write_header, write_rows
from .stats import TARGET_RATE, Summary


def percent(rate: float) -> str:
    return f"{rate * 100:.1f}%"


def notice_paragraph(summary: Summary, period: str = "本季度") -> str:
    """「本季度共梳理8个部门12张报表，涉及数据项156项，去重后48项，数据项重复率69.2%，高于20%的控制目标；…」"""
    rate = summary.duplicate_rate
    verdict = "高于" if rate > TARGET_RATE else "低于"
    text = (f"{period}共梳理{summary.departments}个部门{summary.forms}张报表，涉及数据项{summary.fields}项，"
            f"去重后{summary.concepts}项，数据项重复率{percent(rate)}，{verdict}{percent(TARGET_RATE).replace('.0', '')}的控制目标")
    if summary.top_items:
        tops = "、".join(f"{item.name}（{len(item.forms)}张表）" for item in summary.top_items[:3])
        text += f"；重复最多的是{tops}"
    if summary.by_department:
        worst = summary.by_department[0]
        if worst.shared:
            text += f"；{worst.name}报表中{percent(worst.shared_rate)}的数据项在其他报表中已有采集"
    if summary.cross_department_share:
        text += f"；{percent(summary.cross_department_share)}的数据项被两个及以上部门重复采集"
    saved = summary.items_saved
    text += f"。实行“一套表”后可减少重复填报{saved}项，做到“一次采集、多方复用”。"
    return text


def write_report(result: ScanResult, summary: Summary, path: Path) -> None:
    """汇总, 重复数据项 (with a bar chart), 部门重叠, 字段明细 sheets."""
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws["A1"] = "报表数据项重复情况汇总"
    ws["A1"].font = Font(bold=True, size=14)
    overview = [
        ["部门数", summary.departments], ["报表数", summary.forms], ["数据项（字段）数", summary.fields],
        ["去重后数据项数", summary.concepts], ["数据项重复率", percent(summary.duplicate_rate)],
        ["控制目标", percent(TARGET_RATE)], ["跨部门重复采集的数据项占比", percent(summary.cross_department_share)],
        ["可减少重复填报项数", summary.items_saved], ["经人工确认的数据项", summary.confirmed_concepts],
    ]
    write_header(ws, 3, ["指标", "数值"])
    write_rows(ws, 4, overview)
    row = 5 + len(overview)
    ws.cell(row=row, column=1, value="通报用语").font = Font(bold=True)
    put(ws.cell(row=row + 1, column=1), notice_paragraph(summary)).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=6)
    ws.row_dimensions[row + 1].height = 90
    row += 3
    write_header(ws, row, ["部门", "报表数", "数据项数", "其他报表也采集的项数", "占比"])
    write_rows(ws, row + 1, [[g.name, g.forms, g.fields, g.shared, percent(g.shared_rate)] for g in summary.by_department])
    row += len(summary.by_department) + 3
    write_header(ws, row, ["部门｜报表", "", "数据项数", "其他报表也采集的项数", "占比"])
    write_rows(ws, row + 1, [[g.name, "", g.fields, g.shared, percent(g.shared_rate)] for g in summary.by_form])
    set_widths(ws, [34, 12, 12, 20, 12, 12])

    dup = wb.create_sheet("重复数据项")
    write_header(dup, 1, ["数据项", "字段数", "报表数", "部门", "采集该项的报表"])
    write_rows(dup, 2, [[t.name, t.fields, len(t.forms), "、".join(t.departments), "；".join(t.forms)]
                   for t in summary.top_items])
    set_widths(dup, [22, 10, 10, 30, 80])
    if summary.top_items:
        chart = BarChart()
        chart.type = "bar"
        chart.title = "重复最多的数据项（报表数）"
        chart.y_axis.title = "报表数"
        chart.legend = None
        n = len(summary.top_items)
        chart.add_data(Reference(dup, min_col=3, min_row=1, max_row=n + 1), titles_from_data=True)
        chart.set_categories(Reference(dup, min_col=1, min_row=2, max_row=n + 1))
        chart.height = max(7, 0.8 * n)
        dup.add_chart(chart, f"A{n + 4}")

    ov = wb.create_sheet("部门重叠")
    depts = sorted(summary.overlap)
    write_header(ov, 1, ["部门 \\ 部门", *depts])
    write_rows(ov, 2, [[a, *(summary.overlap[a][b] for b in depts)] for a in depts])
    set_widths(ov, [16] + [12] * len(depts))

    detail = wb.create_sheet("字段明细")
    write_header(detail, 1, ["部门", "报表", "文件", "工作表", "单元格", "原字段名", "表头路径", "单位", "归并数据项", "匹配可信度",
                        "归并理由"])
    concepts = {c.id: c for c in result.concepts}
    rows = []
    for form in result.forms:
        for f in form.fields:
            concept = concepts.get(f.concept_id or "")
            rows.append([form.department, form.title, form.path, form.sheet, f.cell, f.label, " › ".join(f.header_path),
                         f.unit or "", concept.name if concept else f.label, round(f.confidence, 2),
                         "；".join(concept.reasons[:3]) if concept and len(concept.field_ids) > 1 else ""])
    write_rows(detail, 2, rows)
    set_widths(detail, [12, 30, 36, 10, 8, 20, 36, 8, 18, 10, 60])
    detail.freeze_panes = "A2"
    detail.auto_filter.ref = f"A1:K{len(rows) + 1}"
    path.parent.mkdir(parents=True, exist_ok=True)
    seal(wb)
    wb.save(path)
