"""The merged 一套表: one template that cadres fill once, with a mapping back to every source field.

``plan_merge`` decides where every data item goes (a pure function over the scan result, easy to
test); ``write_merged`` draws the plan as a real government form with openpyxl, and
``mapping_to_dict`` gives the machine-readable mapping that ``yitaobiao split`` follows back.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from .match import UNIT_FACTORS, KeyMaker, unit_dimension
from .model import Concept, Field, Form, ScanResult
from .normalize import normalize_label
from .sheets import put, safe_value, seal, set_widths, write_header, write_rows
from .stats import summarise
from .synonyms import Synonyms, load_synonyms

ROSTER = "花名册"
INDICATORS = "指标"
CARD = "登记表"
ROLE_THEME = "相关人员信息"
OTHER_THEME = "其他"
INDICATOR_THEMES = ("人口指标", "村级经济")
COLUMNS_PER_PAGE = 22  # 花名册 columns that stay legible on one A3 page width
BLANK_ROWS = 20
ROSTER_HEADER_ROW = 4  # 1-based: title, 填报 line, theme row, then the item names
CARD_FOLD_SHARE = 0.5  # a 登记表 whose items are mostly in the 花名册 describes the same person

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="F2F2F2")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


@dataclass
class Column:
    """One item of the merged template: a 花名册 column, an 指标 row or a 登记表 label."""

    concept: Concept
    sheet: str
    theme: str
    unit: str | None
    sources: list[Field]
    position: int = 0  # 1-based column (花名册) or row (指标, 登记表)
    code: str | None = None
    parent: str | None = None  # 指标: the concept this one is a 其中 item of
    rule: str | None = None  # validation: sex / date / id / number / list:…
    options: list[str] = field(default_factory=list)

    @property
    def cell(self) -> str:
        if self.sheet == ROSTER:
            return f"{get_column_letter(self.position)}{ROSTER_HEADER_ROW}"
        return f"A{self.position}" if self.sheet == INDICATORS else f"B{self.position}"


@dataclass
class MappingRow:
    field: Field
    form: Form
    column: Column
    factor: float  # merged value × factor = value in the source's own unit
    slot: int | None


@dataclass
class UnitConflict:
    concept: str
    units: dict[str, list[str]]  # unit → forms asking in it
    merged_unit: str


@dataclass
class MergePlan:
    title: str
    columns: list[Column]
    mapping: list[MappingRow]
    conflicts: list[UnitConflict]
    periods: list[str]
    result: ScanResult
    created: dt.datetime

    def sheet_columns(self, sheet: str) -> list[Column]:
        return [c for c in self.columns if c.sheet == sheet]


# --------------------------------------------------------------------------- planning
def _county(titles: list[str]) -> str:
    places = Counter(m.group(0) for t in titles if (m := re.match(r"^[^\s（(]{1,8}?[县区市旗]", t)))
    place = places.most_common(1)[0][0] if places else ""
    return "" if place.startswith("XX") else place


def _theme(concept: Concept, synonyms: Synonyms, layout: str) -> str:
    theme = synonyms.theme_of.get(concept.name)
    if theme:
        return theme
    for role in synonyms.roles:
        if concept.name.startswith(role):
            return ROLE_THEME
    return "村级指标" if layout == "indicator" else OTHER_THEME


def _rule(concept: Concept, sources: list[Field], code_lists: dict[str, list[str]]) -> tuple[str | None, list[str]]:
    name = concept.name
    options = _options(sources) or code_lists.get(name, [])
    if name.endswith("性别") or name == "性别":
        return "list", ["男", "女"]
    if name.endswith(("公民身份号码", "身份证号")):
        return "id", []
    if re.search(r"(日期|时间|年月)$", name):
        return "date", []
    if options:
        return "list", options
    if unit_dimension(concept.unit) or re.search(r"(人数|户数|金额|面积|收入|数|年龄)$", name):
        return "number", []
    return None, []


def _options(sources: list[Field]) -> list[str]:
    """Choices printed as □男 □女 on a source form become a dropdown."""
    for f in sources:
        for text in f.options:
            items = [re.sub(r"\s+", "", item) for item in re.split(r"[□☐■☑○◯]", text)]
            items = [i.strip("，,、;；") for i in items if i.strip("，,、;；")]
            if len(items) >= 2 and all(len(i) <= 12 for i in items):
                return items
    return []


def _factor(source_unit: str | None, merged_unit: str | None) -> float:
    if not source_unit or not merged_unit or source_unit == merged_unit:
        return 1.0
    if unit_dimension(source_unit) != unit_dimension(merged_unit):
        return 1.0
    src, dst = UNIT_FACTORS.get(source_unit), UNIT_FACTORS.get(merged_unit)
    return dst / src if src and dst else 1.0


def plan_merge(result: ScanResult, synonyms: Synonyms | None = None, created: dt.datetime | None = None) -> MergePlan:
    """Decide the sheet, place and unit of every data item, and the mapping of every source field."""
    synonyms = synonyms or load_synonyms()
    forms = result.form_index()
    fields = result.field_index()
    concepts = [c for c in result.concepts if c.field_ids]
    layouts_of: dict[str, set[str]] = defaultdict(set)
    for c in concepts:
        for fid in c.field_ids:
            layouts_of[c.id].add(forms[fields[fid].form_id].layout)
    in_roster = {c.id for c in concepts if "list" in layouts_of[c.id]}
    folded_cards: set[str] = set()
    for form in result.forms:
        if form.layout != "card" or not form.fields:
            continue
        shared = sum(1 for f in form.fields if f.concept_id in in_roster)
        if shared / len(form.fields) >= CARD_FOLD_SHARE:
            folded_cards.add(form.id)

    def sheet_of(c: Concept) -> str:
        layouts = layouts_of[c.id]
        if "list" in layouts:
            return ROSTER
        if "card" in layouts and any(fields[fid].form_id in folded_cards for fid in c.field_ids):
            return ROSTER
        if "card" in layouts:
            return CARD
        return INDICATORS

    maker = KeyMaker(synonyms)
    code_lists = {}
    for header, values in result.code_lists.items():
        key = maker.key(header)
        code_lists.setdefault(key.canonical or key.text, values)
    theme_order = {t: i for i, t in enumerate(dict.fromkeys([*synonyms.themes, ROLE_THEME, "村级指标", OTHER_THEME]))}
    indicator_order = {t: i for i, t in enumerate(dict.fromkeys([*INDICATOR_THEMES, "农业与土地", *synonyms.themes,
                                                                 "村级指标"]))}
    columns: list[Column] = []
    for c in concepts:
        sources = [fields[fid] for fid in c.field_ids]
        layout = next(iter(layouts_of[c.id])) if len(layouts_of[c.id]) == 1 else "list"
        units = Counter(f.unit for f in sources if f.unit)
        unit = units.most_common(1)[0][0] if units else c.unit
        rule, options = _rule(Concept(c.id, c.name, c.field_ids, unit=unit), sources, code_lists)
        code = next((f.code for f in sources if f.code), None)
        columns.append(Column(c, sheet_of(c), _theme(c, synonyms, layout), unit, sources, code=code, rule=rule,
                              options=options))
    _link_indicator_parents(columns, fields)
    forms_count = {col.concept.id: len({f.form_id for f in col.sources}) for col in columns}
    first_seen = {c.id: n for n, c in enumerate(concepts)}
    def order(col: Column) -> tuple[str, int, int, int]:
        themes = indicator_order if col.sheet == INDICATORS else theme_order
        return col.sheet, themes.get(col.theme, len(themes)), -forms_count[col.concept.id], first_seen[col.concept.id]

    columns.sort(key=order)
    _place(columns)

    mapping: list[MappingRow] = []
    by_concept = {col.concept.id: col for col in columns}
    for form in result.forms:
        for f in form.fields:
            col = by_concept[f.concept_id or ""]
            mapping.append(MappingRow(f, form, col, _factor(f.unit, col.unit), f.slot))
    conflicts = []
    for col in columns:
        units = defaultdict(list)
        for f in col.sources:
            if f.unit:
                units[f.unit].append(forms[f.form_id].title)
        if len(units) > 1:
            conflicts.append(UnitConflict(col.concept.name, dict(units), col.unit or ""))
    periods = _periods(result.forms)
    titles = [form.title for form in result.forms]
    title = f"{_county(titles)}村（社区）基础数据“一套表”"
    return MergePlan(title, columns, mapping, conflicts, periods, result, created or dt.datetime.now().replace(microsecond=0))


def _link_indicator_parents(columns: list[Column], fields: dict[str, Field]) -> None:
    by_name: dict[str, str] = {}
    for col in columns:
        for f in col.sources:
            by_name.setdefault(normalize_label(f.label).clean, col.concept.id)
    for col in columns:
        if col.sheet != INDICATORS:
            continue
        for f in col.sources:
            if len(f.header_path) > 1:
                parent = by_name.get(normalize_label(f.header_path[0]).clean)
                if parent and parent != col.concept.id:
                    col.parent = parent
                    break


def _place(columns: list[Column]) -> None:
    """Give every item its position; 其中 items of the 指标 sheet follow their parent."""
    roster = [c for c in columns if c.sheet == ROSTER]
    for n, col in enumerate(roster, start=2):  # column A is 序号
        col.position = n
    indicators = [c for c in columns if c.sheet == INDICATORS]
    children: dict[str, list[Column]] = defaultdict(list)
    ids = {c.concept.id for c in indicators}
    top = []
    for col in indicators:
        if col.parent in ids:
            children[col.parent].append(col)
        else:
            top.append(col)
    ordered: list[Column] = []
    for col in top:
        ordered.append(col)
        ordered.extend(children.get(col.concept.id, []))
    for n, col in enumerate(ordered, start=5):  # title, 填报 line, header, 甲乙 row
        col.position = n
    for n, col in enumerate((c for c in columns if c.sheet == CARD), start=4):
        col.position = n
    columns.sort(key=lambda c: (c.sheet, c.position))


PERIOD_KINDS = [  # canonical period column ← the wordings departments use for it
    ("本期", re.compile(r"^(本期|当期|本月|本季|本季度|本年|本年度|本年实际|本期实际|本期數|本期实际数|当月|当年|数量|数值|本期數|实际)$")),
    ("上年同期", re.compile(r"^(上年同期|上年|去年同期|上年同期实际|上年实际|同期|上年数)$")),
    ("累计", re.compile(r"^(累计|累计数|本年累计|1-本月累计|本月累计|年初至今)$")),
]


def period_kind_of(name: str) -> str | None:
    text = re.sub(r"\s+", "", name)
    return next((kind for kind, pattern in PERIOD_KINDS if pattern.match(text)), None)


def _periods(forms: list[Form]) -> list[str]:
    """The period columns of the 指标 sheet: 本期 always, 上年同期 and 累计 where a source form has them."""
    kinds = {period_kind_of(p) for form in forms for p in form.period_columns}
    return [kind for kind, _ in PERIOD_KINDS if kind in kinds or kind == "本期"]


# --------------------------------------------------------------------------- writing
def _box(cell, bold: bool = False, fill: bool = False) -> None:  # type: ignore[no-untyped-def]
    cell.border = BOX
    cell.alignment = CENTER
    if bold:
        cell.font = Font(bold=True)
    if fill:
        cell.fill = HEAD_FILL


def _source_note(col: Column, forms: dict[str, Form]) -> str:
    lines = []
    for form_id in dict.fromkeys(f.form_id for f in col.sources):
        form = forms[form_id]
        labels = "、".join(dict.fromkeys(re.sub(r"\s+", "", f.label) for f in col.sources if f.form_id == form_id))
        lines.append(f"{form.department}《{form.title}》：{labels}")
    return "采集该项的报表：\n" + "\n".join(lines)


def _label(col: Column) -> str:
    return f"{col.concept.name}（{col.unit}）" if col.unit else col.concept.name


def _write_roster(wb: Workbook, plan: MergePlan, forms: dict[str, Form]) -> None:
    cols = plan.sheet_columns(ROSTER)
    if not cols:
        return
    ws = wb.create_sheet(ROSTER)
    last = max(c.position for c in cols)
    put(ws.cell(1, 1), f"{plan.title}·{ROSTER}").font = Font(bold=True, size=16)
    ws.cell(1, 1).alignment = CENTER
    first_page = min(last, COLUMNS_PER_PAGE)  # the title stands over the first printed page
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=first_page)
    put(ws.cell(2, 1), "填报单位（盖章）：　　　　乡（镇）　　　　村（社区）　　　　填报日期：　　年　　月　　日")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=first_page)
    put(ws.cell(3, 1), "序号")
    ws.merge_cells(start_row=3, start_column=1, end_row=ROSTER_HEADER_ROW, end_column=1)
    _box(ws.cell(3, 1), bold=True, fill=True)
    _box(ws.cell(ROSTER_HEADER_ROW, 1))
    start = 0
    for i, col in enumerate(cols):
        if i == 0 or col.theme != cols[i - 1].theme:
            start = col.position
        end_of_theme = i == len(cols) - 1 or cols[i + 1].theme != col.theme
        if end_of_theme:
            put(ws.cell(3, start), col.theme)
            for c in range(start, col.position + 1):
                _box(ws.cell(3, c), bold=True, fill=True)
            if col.position > start:
                ws.merge_cells(start_row=3, start_column=start, end_row=3, end_column=col.position)
        cell = put(ws.cell(ROSTER_HEADER_ROW, col.position), _label(col))
        _box(cell, bold=True, fill=True)
        cell.comment = Comment(safe_value(_source_note(col, forms)), "yitaobiao", width=320, height=120)
        ws.column_dimensions[get_column_letter(col.position)].width = max(10, min(24, 2.2 * len(_label(col)) + 2))
    ws.column_dimensions["A"].width = 6
    first_data = ROSTER_HEADER_ROW + 1
    for r in range(first_data, first_data + BLANK_ROWS):
        _box(put(ws.cell(r, 1), r - ROSTER_HEADER_ROW))
        for col in cols:
            _box(ws.cell(r, col.position))
    _validations(ws, cols, first_data, first_data + BLANK_ROWS + 500, by_column=True)
    notes_row = first_data + BLANK_ROWS
    put(ws.cell(notes_row, 1), _instructions(cols, plan))
    ws.cell(notes_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=notes_row, start_column=1, end_row=notes_row, end_column=last)
    ws.row_dimensions[notes_row].height = 15 * (2 + _instructions(cols, plan).count("\n"))
    ws.row_dimensions[ROSTER_HEADER_ROW].height = 36
    ws.freeze_panes = ws.cell(first_data, 3)
    _print_setup(ws, f"3:{ROSTER_HEADER_ROW}", columns=last)
    if last > COLUMNS_PER_PAGE:
        ws.print_title_cols = "A:A"


def _write_indicators(wb: Workbook, plan: MergePlan, forms: dict[str, Form]) -> None:
    cols = plan.sheet_columns(INDICATORS)
    if not cols:
        return
    ws = wb.create_sheet(INDICATORS)
    width = 3 + len(plan.periods)
    put(ws.cell(1, 1), f"{plan.title}·{INDICATORS}").font = Font(bold=True, size=16)
    ws.cell(1, 1).alignment = CENTER
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    put(ws.cell(2, 1), "填报单位（盖章）：　　　　乡（镇）　　　　村（社区）　　　　报告期：　　年　　月")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    for c, text in enumerate(["指标名称", "计量单位", "代码", *plan.periods], start=1):
        _box(put(ws.cell(3, c), text), bold=True, fill=True)
    for c, text in enumerate(["甲", "乙", "丙", *(str(n) for n in range(1, len(plan.periods) + 1))], start=1):
        _box(put(ws.cell(4, c), text))
    for n, col in enumerate(cols, start=1):
        name = f"　　其中：{col.concept.name}" if col.parent else col.concept.name
        cell = put(ws.cell(col.position, 1), name)
        _box(cell)
        cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
        cell.comment = Comment(safe_value(_source_note(col, forms)), "yitaobiao", width=320, height=120)
        _box(put(ws.cell(col.position, 2), col.unit or ""))
        _box(put(ws.cell(col.position, 3), f"{n:02d}"))
        for c in range(4, width + 1):
            _box(ws.cell(col.position, c))
    last_row = max(c.position for c in cols)
    validation = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                                showErrorMessage=True, error="请填写不小于 0 的数值。", errorTitle="数值有误")
    ws.add_data_validation(validation)
    validation.add(f"D5:{get_column_letter(width)}{last_row}")
    put(ws.cell(last_row + 1, 1), "单位负责人：　　　　统计负责人：　　　　填表人：　　　　联系电话：　　　　报出日期：　　年　　月　　日")
    ws.merge_cells(start_row=last_row + 1, start_column=1, end_row=last_row + 1, end_column=width)
    ws.column_dimensions["A"].width = 34
    for c in range(2, width + 1):
        ws.column_dimensions[get_column_letter(c)].width = 12
    ws.freeze_panes = "B5"
    _print_setup(ws, "3:4", landscape=False)


def _write_card(wb: Workbook, plan: MergePlan, forms: dict[str, Form]) -> None:
    cols = plan.sheet_columns(CARD)
    if not cols:
        return
    ws = wb.create_sheet(CARD)
    put(ws.cell(1, 1), f"{plan.title}·{CARD}").font = Font(bold=True, size=16)
    ws.cell(1, 1).alignment = CENTER
    ws.merge_cells("A1:D1")
    put(ws.cell(2, 1), "填报单位（盖章）：　　　　乡（镇）　　　　村（社区）　　　　填报日期：　　年　　月　　日")
    ws.merge_cells("A2:D2")
    for c, text in enumerate(["分类", "项目", "填写内容"], start=1):
        _box(put(ws.cell(3, c), text), bold=True, fill=True)
    ws.merge_cells("C3:D3")
    for col in cols:
        _box(put(ws.cell(col.position, 1), col.theme))
        cell = put(ws.cell(col.position, 2), _label(col))
        _box(cell, bold=True)
        cell.comment = Comment(safe_value(_source_note(col, forms)), "yitaobiao", width=320, height=120)
        _box(ws.cell(col.position, 3))
        _box(ws.cell(col.position, 4))
        ws.merge_cells(start_row=col.position, start_column=3, end_row=col.position, end_column=4)
    _validations(ws, cols, 0, 0, by_column=False)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 26
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 30
    _print_setup(ws, "3:3", landscape=False)


CODE_SHEET = "代码表"
INLINE_LIST_CHARS = 200  # Excel keeps a typed-in list under 255 characters


def _list_source(wb: Workbook, col: Column) -> str:
    """A short list is written into the rule; a long one (民族) goes to a hidden 代码表 sheet."""
    inline = ",".join(col.options)
    # A quote, a comma or a control character inside an option would break a list written into the rule.
    if len(inline) <= INLINE_LIST_CHARS and not any('"' in o or "," in o or safe_value(o) != o for o in col.options):
        return f'"{inline}"'
    if CODE_SHEET in wb.sheetnames:
        ws = wb[CODE_SHEET]
    else:
        ws = wb.create_sheet(CODE_SHEET)
        ws.sheet_state = "hidden"
    c = ws.max_column + 1 if ws.max_column > 1 or ws.cell(1, 1).value else 1
    put(ws.cell(1, c), col.concept.name)
    for r, option in enumerate(col.options, start=2):
        put(ws.cell(r, c), option)
    letter = get_column_letter(c)
    return f"{CODE_SHEET}!${letter}$2:${letter}${len(col.options) + 1}"


def _validations(ws, cols: list[Column], first: int, last: int, by_column: bool) -> None:  # type: ignore[no-untyped-def]
    for col in cols:
        if not col.rule:
            continue
        ref = (f"{get_column_letter(col.position)}{first}:{get_column_letter(col.position)}{last}" if by_column
               else f"C{col.position}")
        if col.rule == "list":
            dv = DataValidation(type="list", formula1=_list_source(ws.parent, col), allow_blank=True,
                                showErrorMessage=True, error=f"请从下拉列表中选择：{'、'.join(col.options[:12])}",
                                errorTitle="选项有误")
        elif col.rule == "id":
            dv = DataValidation(type="textLength", operator="equal", formula1="18", allow_blank=True,
                                showErrorMessage=True, error="公民身份号码应为 18 位。", errorTitle="号码位数有误")
        elif col.rule == "date":
            dv = DataValidation(type="date", operator="between", formula1="DATE(1900,1,1)", formula2="DATE(2100,12,31)",
                                allow_blank=True, showErrorMessage=True, error="请填写日期，如 2025-06-30。",
                                errorTitle="日期有误")
        else:
            dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                                showErrorMessage=True, error="请填写不小于 0 的数值。", errorTitle="数值有误")
        ws.add_data_validation(dv)
        dv.add(ref)


def _instructions(cols: list[Column], plan: MergePlan) -> str:
    units = "；".join(f"{_label(c)}" for c in cols if c.unit)
    lines = ["填表说明：", "1. 本表由村（社区）填报，一人一行；各部门需要的数据由本表统一采集，不再另行填报。"]
    if units:
        lines.append(f"2. 计量单位：{units}。")
    rules = []
    if any(c.rule == "id" for c in cols):
        rules.append("公民身份号码填写 18 位")
    if any(c.rule == "date" for c in cols):
        rules.append("日期格式为 YYYY-MM-DD")
    if any(c.rule == "list" for c in cols):
        rules.append("带下拉列表的项从列表中选择")
    if any(c.rule == "number" for c in cols):
        rules.append("数值项不得为负数")
    if rules:
        lines.append(f"{len(lines)}. 校验规则：{'；'.join(rules)}。")
    if plan.conflicts:
        lines.append(f"{len(lines)}. 已统一口径：" + "；".join(f"{c.concept}统一按{c.merged_unit}填报" for c in plan.conflicts) + "。")
    return "\n".join(lines)


def _print_setup(ws, title_rows: str, landscape: bool = True, columns: int = 0) -> None:  # type: ignore[no-untyped-def]
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    wide = columns > 12
    ws.page_setup.paperSize = ws.PAPERSIZE_A3 if wide else ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = max(1, -(-columns // COLUMNS_PER_PAGE))
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4


def _write_mapping_sheet(wb: Workbook, plan: MergePlan) -> None:
    ws = wb.create_sheet("字段对照")
    headers = ["部门", "报表", "文件", "工作表", "单元格", "原字段名", "表头路径", "原单位", "一套表工作表", "一套表位置",
               "标准名称", "一套表单位", "换算（一套表值×系数=原表值）", "槽位", "匹配可信度"]
    write_header(ws, 1, headers)
    write_rows(ws, 2, [
        [row.form.department, row.form.title, row.field.path, row.field.sheet, row.field.cell, row.field.label,
         " › ".join(row.field.header_path), row.field.unit or "", row.column.sheet, row.column.cell,
         row.column.concept.name, row.column.unit or "", row.factor, row.slot or "", round(row.field.confidence, 2)]
        for row in plan.mapping
    ])
    set_widths(ws, [12, 30, 34, 10, 8, 20, 30, 8, 10, 10, 18, 10, 14, 6, 10])
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:O{len(plan.mapping) + 1}"


def _write_about(wb: Workbook, plan: MergePlan) -> None:
    ws = wb.create_sheet("说明")
    summary = summarise(plan.result)
    rows = [
        ["一套表", plan.title], ["生成日期", plan.created.strftime("%Y-%m-%d")],
        ["来源", f"{summary.departments} 个部门 {summary.forms} 张报表"], ["原数据项（字段）数", summary.fields],
        ["一套表数据项数", summary.concepts], ["数据项重复率（合并前）", f"{summary.duplicate_rate * 100:.1f}%"],
        ["减少重复填报项数", summary.items_saved],
    ]
    for conflict in plan.conflicts:
        detail = "；".join(f"{unit}：{'、'.join(dict.fromkeys(titles))}" for unit, titles in conflict.units.items())
        rows.append([f"口径不一致：{conflict.concept}", f"统一按{conflict.merged_unit}；{detail}"])
    rows.append(["来源报表", ""])
    for form in plan.result.forms:
        rows.append([form.department, f"《{form.title}》 {form.path}［{form.sheet}］，{len(form.fields)} 项"])
    for r, (key, value) in enumerate(rows, start=1):
        put(ws.cell(r, 1), key).font = Font(bold=True)
        put(ws.cell(r, 2), value).alignment = Alignment(wrap_text=True)
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 90


def write_merged(plan: MergePlan, path: Path) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    forms = plan.result.form_index()
    _write_roster(wb, plan, forms)
    _write_indicators(wb, plan, forms)
    _write_card(wb, plan, forms)
    _write_mapping_sheet(wb, plan)
    _write_about(wb, plan)
    wb.properties.creator = "yitaobiao"
    wb.properties.created = wb.properties.modified = plan.created
    path.parent.mkdir(parents=True, exist_ok=True)
    seal(wb)
    wb.save(path)


def mapping_to_dict(plan: MergePlan) -> dict[str, Any]:
    """The mapping beside the workbook (一套表.mapping.json): what ``split`` follows back."""
    return {
        "version": 1,
        "title": plan.title,
        "created": plan.created.isoformat(),
        "periods": plan.periods,
        "roster_header_row": ROSTER_HEADER_ROW,
        "forms_root": plan.result.root,
        "items": [
            {"concept": col.concept.id, "name": col.concept.name, "sheet": col.sheet, "cell": col.cell,
             "position": col.position, "unit": col.unit, "theme": col.theme, "rule": col.rule, "options": col.options,
             "parent": col.parent}
            for col in plan.columns
        ],
        "fields": [
            {"field": row.field.id, "department": row.form.department, "form": row.form.id, "form_title": row.form.title,
             "path": row.field.path, "sheet": row.field.sheet, "cell": row.field.cell, "label": row.field.label,
             "layout": row.form.layout, "unit": row.field.unit, "concept": row.column.concept.id,
             "target_sheet": row.column.sheet, "target_cell": row.column.cell, "target_position": row.column.position,
             "factor": row.factor, "slot": row.slot, "confidence": round(row.field.confidence, 4),
             "header_path": row.field.header_path, "options": row.field.options}
            for row in plan.mapping
        ],
        "forms": [
            {"id": form.id, "path": form.path, "sheet": form.sheet, "department": form.department, "title": form.title,
             "layout": form.layout, "format": form.source_format, "data_start_row": form.data_start_row,
             "header_rows": list(form.header_rows) if form.header_rows else None,
             "period_positions": form.period_positions}
            for form in plan.result.forms
        ],
        "unit_conflicts": [{"concept": c.concept, "units": c.units, "merged_unit": c.merged_unit} for c in plan.conflicts],
    }
