"""The notice as a Word document ready to edit: title, paragraph, tables and charts as pictures.

Charts are drawn with matplotlib in a CJK font found on the machine; without one (or without
matplotlib working) the document says so in one line and keeps its tables.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from .history import Movement, Snapshot, points, shown_difference
from .model import OUTPUT_MARK, clean_text
from .notice import NoticeText, percent
from .stats import Summary

# Fonts a clerk's or a server's machine may have, best first.
CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "Microsoft YaHei",
             "SimHei", "PingFang SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Serif CJK SC", "SimSun",
             "Droid Sans Fallback", "AR PL UMing CN")
BODY_FONT = "仿宋"
HEADING_FONT = "黑体"


@cache  # the font list is looked through (and rebuilt, at most) once a run
def cjk_font() -> str | None:
    """The name of a CJK font matplotlib can use here, or None."""
    try:
        from matplotlib import font_manager
    except Exception:
        return None
    names = {f.name for f in font_manager.fontManager.ttflist}
    found = next((name for name in CJK_FONTS if name in names), None)
    if found is None:
        # matplotlib keeps its font list from its first run: fonts installed since are not in it.
        try:
            font_manager.fontManager = font_manager._load_fontmanager(try_read_cache=False)
        except Exception:  # noqa: BLE001 - a private helper of matplotlib: without it, no chart
            return None
        names = {f.name for f in font_manager.fontManager.ttflist}
        found = next((name for name in CJK_FONTS if name in names), None)
    return found


def _figure_png(draw, width: float = 6.3, height: float = 3.2) -> bytes | None:  # type: ignore[no-untyped-def]
    font = cjk_font()
    if font is None:
        return None
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    with matplotlib.rc_context({"font.family": "sans-serif", "font.sans-serif": [font], "axes.unicode_minus": False,
                                "font.size": 9}):
        fig, ax = plt.subplots(figsize=(width, height), dpi=160)
        try:
            draw(ax)
            fig.tight_layout()
            buffer = io.BytesIO()
            fig.savefig(buffer, format="png")
        finally:
            plt.close(fig)
    return buffer.getvalue()


def trend_chart(history: Sequence[Snapshot]) -> bytes | None:
    """Overall duplicate rate over the recorded periods, with the target line."""
    if len(history) < 2:
        return None

    def draw(ax) -> None:  # type: ignore[no-untyped-def]
        labels = [s.label.replace("年第", "年\n第") for s in history]
        rates = [s.duplicate_rate * 100 for s in history]
        ax.plot(labels, rates, marker="o", color="#1f4e79", linewidth=2, label="数据项重复率")
        ax.axhline(history[-1].target * 100, color="#c00000", linestyle="--", linewidth=1, label="控制目标")
        for x, y in zip(labels, rates, strict=True):
            ax.annotate(f"{y:.1f}%", (x, y), textcoords="offset points", xytext=(0, 6), ha="center")
        ax.set_ylabel("重复率（%）")
        ax.set_ylim(0, max(max(rates), history[-1].target * 100) * 1.25 + 1)
        ax.legend(loc="lower left", frameon=False)
        ax.grid(axis="y", alpha=0.3)
        ax.set_title("数据项重复率变化")

    return _figure_png(draw)


def top_items_chart(summary: Summary) -> bytes | None:
    items = summary.top_items[:10]
    if not items:
        return None

    def draw(ax) -> None:  # type: ignore[no-untyped-def]
        names = [clean_text(i.name)[:14] for i in reversed(items)]
        counts = [len(i.forms) for i in reversed(items)]
        bars = ax.barh(names, counts, color="#2e75b6")
        ax.bar_label(bars, padding=3)
        ax.set_xlabel("采集该项的报表数（张）")
        ax.set_title("重复采集最多的数据项")
        ax.set_xlim(0, max(counts) * 1.15 + 0.5)

    return _figure_png(draw, height=max(2.4, 0.32 * len(items) + 1.0))


def _set_fonts(document) -> None:  # type: ignore[no-untyped-def]
    from docx.oxml.ns import qn
    from docx.shared import Pt

    for style_name, font, size in (("Normal", BODY_FONT, 12), ("Title", HEADING_FONT, 18),
                                   ("Heading 1", HEADING_FONT, 14), ("Heading 2", HEADING_FONT, 12)):
        style = document.styles[style_name]
        style.font.name = font
        style.font.size = Pt(size)
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.get_or_add_rFonts()
        fonts.set(qn("w:eastAsia"), font)
        if style_name != "Normal":
            style.font.color.rgb = None


def _table(document, headers: Sequence[str], rows: Sequence[Sequence[object]],  # type: ignore[no-untyped-def]
           widths_cm: Sequence[float] | None = None) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Cm, Pt

    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.size = Pt(10.5)
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = ""
            run = cell.paragraphs[0].add_run(clean_text(str(value)))
            run.font.size = Pt(10.5)
    if widths_cm:
        # Word reads the cells' widths, LibreOffice the table grid: set both, and stop autofit undoing them.
        table.autofit = False
        for column, width in zip(table.columns, widths_cm, strict=True):
            column.width = Cm(width)
        for row in table.rows:
            for cell, width in zip(row.cells, widths_cm, strict=True):
                cell.width = Cm(width)


def write_notice_docx(path: Path, notice: NoticeText, summary: Summary, *, title: str,
                      history: Sequence[Snapshot] = (), moved: Movement | None = None,
                      changes: Sequence[Sequence[str]] = (), changes_since: str = "") -> list[str]:
    """Write the notice; returns lines for the clerk about what could not be drawn. ``changes`` are the template
    changes since ``changes_since`` as :func:`changes.notice_change_rows` lists them."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    warnings: list[str] = []
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.6)
    section.top_margin, section.bottom_margin = Cm(3.0), Cm(2.5)
    _set_fonts(document)

    main_title, _, subtitle = clean_text(title).partition("（")
    heading = document.add_paragraph(style="Title")
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading.add_run(main_title)
    if subtitle:
        line = document.add_paragraph()
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        line.add_run("（" + subtitle)
    body = document.add_paragraph()
    body.paragraph_format.first_line_indent = Pt(24)
    body.paragraph_format.line_spacing = 1.5
    body.add_run(clean_text(notice.paragraph))

    document.add_heading("一、整合前后对比", level=1)
    burden = summary.burden
    reform = summary.reform()
    scope = "定期报表" if summary.on_demand else ""  # (certificates are no part of what the 一套表 replaces)
    compare = [
        [f"{scope or '报表'}（张）", reform.forms, reform.forms_after, percent(reform.form_reduction)],
        [f"{scope}数据项（项）", reform.fields, reform.items, percent(reform.item_reduction)],
    ]
    # (wf108: every 报表 unstated, the text leaves the fills out and the table still gave 207→139 and 4→0 — the 4 items
    # asked by five once-a-year forms)
    if burden and not (summary.periodic_reports and summary.unstated_frequency == summary.periodic_reports):
        compare.append(["全年填报（项次）", burden.fills_before, burden.fills_after, percent(burden.reduction)])
        compare.append(["超过“1次/季度”的数据项（项）", burden.over_limit_before, burden.over_limit_after,
                        percent(1 - burden.over_limit_after / burden.over_limit_before) if burden.over_limit_before else "—"])
    _table(document, ["指标", "整合前", "整合后", "压减"], compare, [6.2, 3, 3, 3])

    document.add_heading("二、各部门数据项重复情况", level=1)
    before = moved.before if moved else None
    dept_rows = []
    for n, g in enumerate(summary.by_department, start=1):
        old = before.department(g.name) if before else None
        change = points(shown_difference(g.shared_item_rate, old.rate)) if old else ("本期新纳入" if before else "—")
        dept_rows.append([n, g.name, g.forms, g.items, g.shared_items, percent(g.shared_item_rate), change])
    _table(document, ["排名", "部门", "报表数", "不同数据项", "重复数据项", "占比", "较上期"], dept_rows,
           [1.2, 3.4, 1.6, 2.4, 2.4, 1.8, 3.0])

    document.add_heading("三、重复采集最多的数据项", level=1)
    if summary.top_items:
        _table(document, ["数据项", "报表数", "涉及部门"],
               [[t.name, len(t.forms), "、".join(t.departments)] for t in summary.top_items], [4, 1.8, 10])
    else:  # (a table of headings only, for a folder with nothing repeated)
        document.add_paragraph("各报表之间未发现重复采集的数据项。")
    picture = top_items_chart(summary)
    if picture:
        document.add_picture(io.BytesIO(picture), width=Cm(15.5))
    elif summary.top_items:
        warnings.append("本机没有可用的中文字体，通报中未生成图表（表格不受影响）。")

    if len(history) >= 2:
        document.add_heading("四、重复率变化趋势", level=1)
        _table(document, ["统计期", "报表数", "数据项", "去重后", "重复率", "较上期"],
               [[s.label, s.forms, s.fields, s.items, percent(s.duplicate_rate),
                 points(shown_difference(s.duplicate_rate, history[i - 1].duplicate_rate)) if i else "—"] for i, s in enumerate(history)],
               [3.6, 2, 2, 2, 2.2, 3.6])
        picture = trend_chart(history)
        if picture:
            document.add_picture(io.BytesIO(picture), width=Cm(15.5))
        elif not warnings:
            warnings.append("本机没有可用的中文字体，通报中未生成图表（表格不受影响）。")

    numbers = iter("四五六七" if len(history) < 2 else "五六七")
    if changes:
        # (wf60: a column removed and a file renamed were on the console only; the notice filed for the quarter
        # said nothing of why a department's figures moved)
        document.add_heading(f"{next(numbers)}、报表模板变化（与{changes_since or '上次扫描'}相比）", level=1)
        _table(document, ["部门", "报表", "变化", "说明"], [list(row) for row in changes], [2.0, 5.2, 2.2, 6.4])
    document.add_heading(f"{next(numbers)}、报表处理建议", level=1)
    if summary.tables > summary.forms:  # (wf33 counted 76 rows here against 58 报表 in the notice)
        document.add_paragraph("一份Word文档中的多张表格逐表列出建议，合计为1张报表：其中有表格保留的，该文档保留；"
                               "其余表格均整合或取消的，按整合或取消计。")
    _table(document, ["部门", "报表", "频次", "数据项", "他表已有", "建议", "理由"],
           [[a.department, a.title, a.frequency, a.items, a.shared_items, a.suggestion, a.reason] for a in summary.advice],
           [2.0, 4.6, 1.4, 1.4, 1.6, 1.2, 4.6])
    if warnings:
        document.add_paragraph(warnings[0])
    for n, text in enumerate(notice.footnotes, start=1):
        note = document.add_paragraph()
        note.paragraph_format.space_before = Pt(10 if n == 1 else 0)
        note.paragraph_format.space_after = Pt(0)
        note.add_run(("注：" if n == 1 else "　　") + f"{n}. {clean_text(text)}").font.size = Pt(10)
    document.core_properties.keywords = OUTPUT_MARK  # a later scan of the folder passes it over
    document.core_properties.author = "yitaobiao"
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return warnings
