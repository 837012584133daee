"""Collect once, use many times: fill every department's own template from the filled 一套表.

Each form receives only its own records: the records of its subject's sheet (人员, 户, 村（社区）…), and of
those only the ones ticked 是 in its target group's column (是否低保对象 …); a form without a target
group receives every record of its subject. Outputs mirror the forms folder (``OUTDIR/<原相对路径>``):

* list forms (花名册/台账) get one row per record below their own header, 序号 numbered; when the template
  has fewer blank rows than records, rows are inserted with the style of the last blank row, and the
  footer and its merged cells move down;
* indicator forms (统计表) get each indicator's value in the matching period column (本期, 上年同期, 累计);
* card forms (登记表) get one filled file per record, named ``<原文件名>-<序号>-<姓名>.xlsx``; a value
  next to □ options ticks the chosen option (☑男 □女).

Values keep the department's own units (元 ↔ 万元 through the mapping's factor), code lists (男/女 → 1/2
when the original label says 「1男2女」) and dates as dates. A value that fails validation is reported
with its place in the 一套表 and still carried over as written. Nothing is written when an output would
overwrite a file, unless forced. .xlsx templates keep their formatting; .xls templates are written as
.xlsx with their column widths, row heights, fonts, fills, borders and every row of every sheet; .csv
templates stay .csv in their own encoding; .docx stay Word documents.
"""

from __future__ import annotations

import csv
import datetime as dt
import gc
import multiprocessing as mp
import os
import re
import tempfile
import unicodedata
import weakref
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from copy import copy, deepcopy
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path, PurePosixPath
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.worksheet import Worksheet
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from . import cells as C
from .classify import population_named
from .docx_fill import DocxTables, cell_text, set_text
from .errors import FormReadError, OutputExistsError, UsageError, YitaobiaoError, refuse_open_in_office
from .guard import clerk_reason, guarded_map, opening_reason
from .history import Period
from .mapping import (
    HIDDEN_SHEET,
    HOUSEHOLD_KEYS,
    Mapping,
    MappingError,
    MappingField,
    MappingForm,
    MappingItem,
    embedded,
    embedded_in_rows,
    option_columns,
)
from .merge import (
    EVENT_RE,
    INDICATORS,
    PERSONS,
    RECORD_SHEETS,
    bare_name,
    code_list,
    indicator_cells,
    is_everyones,
)
from .model import OUTPUT_FOLDER_NOTE, Subject, parse_a1
from .normalize import is_remark
from .readers import content_suffix, name_suffix, read_grids
from .readers.csv_reader import SNIFF_BYTES, detect_encoding
from .readers.excel import CellsReadApart, calamine_workbook, cells_read_apart
from .readers.excel import cell_text as excel_text
from .readers.safety import encrypted_ole
from .relations import relation_choice, relation_kind, relation_rank, same_relation
from .scan import locate, relative_path
from .sheets import csv_safe, fit_row_heights, mark_output, put
from .xls_copy import convert_xls

Record = dict[str, Any]  # mapping item key → value
YES = {"是", "√", "✓", "✔", "☑", "1", "y", "yes", "true", "是的", "有"}
NO = {"否", "不是", "×", "✗", "无", "没有", "0", "n", "no", "false"}
_CHILDREN_RE = re.compile(r"儿童|婴儿|新生儿|未成年|孤儿|幼儿")  # groups of people under 18 only
_BOTH_GROUPS = "和"  # (classify names a list of two groups 「困境儿童和留守儿童」)
# The ages a group's name sets (民法典 第1259条: 以上 and 以下 include the number itself). (孤儿 set none: one still at
# school past 18 keeps the allowance.)
_AGE_RANGE_RE = re.compile(r"(\d{1,3})\s*(?:周?岁)?\s*[-—–~～至到]\s*(\d{1,3})\s*周?岁")
_AGE_BOUND_RE = re.compile(r"(\d{1,3})\s*周?岁\s*(?:及|或)?\s*(以上|以下|以内)")
_AGES_OF_GROUP_WORDS = ((re.compile(r"新生儿|婴儿"), (0, 1)), (re.compile(r"婴幼儿"), (0, 3)),
                        (re.compile(r"儿童|未成年"), (0, 17)), (re.compile(r"老年人|老人"), (60, 150)))


def age_band(group: str) -> tuple[int, int] | None:
    """The whole years of age a group's name admits (「60岁以下独居困难群众」 → 0–60, 「困境儿童」 → 0–17), or None
    where it sets none or its groups disagree (「困境儿童和留守老人」)."""
    bands = set()
    for part in group.split(_BOTH_GROUPS):
        if ranged := _AGE_RANGE_RE.search(part):
            bands.add((int(ranged.group(1)), int(ranged.group(2))))
        elif bound := _AGE_BOUND_RE.search(part):
            years = int(bound.group(1))
            bands.add((years, 150) if bound.group(2) == "以上" else (0, years))
        else:
            bands.add(next((band for word, band in _AGES_OF_GROUP_WORDS if word.search(part)), None))
    return bands.pop() if len(bands) == 1 else None


def _ages_a_form_takes(form: MappingForm) -> tuple[int, int] | None:
    """The ages a form's group admits, narrowed by an age its title names: a 65岁以上老年人健康体检名单 of the group
    老年人 (60 and over) takes those of 65 and over (wf110: a man of 62 ticked 是否老年人 went onto it, unsaid)."""
    group = age_band(form.population or "")
    titled = age_band(form.title) if _AGE_RANGE_RE.search(form.title) or _AGE_BOUND_RE.search(form.title) else None
    if group and titled and max(group[0], titled[0]) <= min(group[1], titled[1]):
        return max(group[0], titled[0]), min(group[1], titled[1])
    return group or titled


def _answer(record: Record, key: str) -> str:
    """A record's answer to a yes/no column, as YES and NO spell it (a note in brackets after it left out)."""
    return _without_note(str(record.get(key) or "")).lower()


# 「√（已报镇审核）」, 「是(待核实)」: an answer and the cadre's note on it (wf41: the note had made a ticked child
# no one the 困境儿童 register lists, and the message blamed a missing tick)
_NOTED_ANSWER_RE = re.compile(r"^(.{1,4}?)\s*[（(]([^（()）]{1,40})[）)]$")


# 「√ 已报镇审核」, 「√待核实」: a tick or a cross first, then what the cadre wrote about it (wf42)
_MARK_THEN_NOTE_RE = re.compile(r"^([√✓✔☑×✗✘])\s*[^√✓✔☑×✗✘\s].*$", re.S)


# An item that says a person died (死亡人员, 死亡日期, 是否去世); a count or a rate of deaths (死亡人数) is a figure
_DEATH_RE = re.compile(r"死亡|去世|离世|逝世|亡故|身故|已故")
# A list of people leaving a programme or a register, the dead among them (低保退出人员名单, 户口注销, 参保清理台账)
_LEAVING_TITLE_RE = re.compile(r"退出|注销|停发|停保|减员|销户|清理|核销|丧葬|殡葬|火化|抚恤|遗属")
_ISSUE_TICK = "是否出具"  # a document's tick: the cadre asks for one to be issued for this record
# A death item that is no tick of it: when, where, why, or the paper saying so
_NOT_A_DEATH_TICK_RE = re.compile(r"日期|时间|年月|原因|地点|证明|编号|人数|户数")
# Why someone left a programme or a register (退出原因, 注销原因, 停发原因): a death, said in words
_LEAVING_REASON_RE = re.compile(r"(?:退出|注销|停发|停保|暂停|减员|销户|终止|变动)原因")
_DEATHS_COUNTED_RE = re.compile(r"(?:人数|户数|数量|人次|率)$")
_UNIT_TAIL_RE = re.compile(r"[（(][^（()）]*[）)]$")


def death_marks(mapping: Mapping, sheet: str | None = None) -> list[str]:
    """The items that mark a person dead (死亡人员 √, 死亡日期, a 退出原因 of 死亡), of one record sheet or of every
    sheet. Only people and households have them: a village's 「贫困户去世、失踪等情况户数（户）」 is a figure, and
    a figure marks no one dead (wf149: a village's 1 in it had kept eleven village forms from being written)."""
    return [i.key for i in mapping.items if (sheet is None or (i.record or i.sheet) == sheet)
            and (i.record or i.sheet) in _THOSE_WHO_DIE and i.rule != "number"
            and (_DEATH_RE.search(i.meaning) and not _DEATHS_COUNTED_RE.search(_UNIT_TAIL_RE.sub("", i.meaning))
                 or _LEAVING_REASON_RE.search(i.meaning))]


def marks_a_death(item: MappingItem, value: Any) -> bool:
    """A death item's value says the person died: a tick or a yes, a day or a cause; a 否 or a blank does not. A
    reason for leaving marks a death when it says one (wf116: a 低保 recipient's 退出原因 「死亡」, with no 死亡人员 √,
    stayed a living head on a police list and a widow's husband on her 亲属关系证明)."""
    if _LEAVING_REASON_RE.search(item.meaning) and not _DEATH_RE.search(item.meaning):
        return bool(_DEATH_RE.search(str(value or "")))
    answer = _answer({"v": value}, "v")
    return bool(answer) and answer not in NO and not _is_blank(value)


def _without_note(text: str) -> str:
    noted = _NOTED_ANSWER_RE.match(text.strip()) or _MARK_THEN_NOTE_RE.match(text.strip())
    return noted.group(1).strip() if noted else text.strip()


VILLAGES = RECORD_SHEETS[Subject.PLACE]
_THOSE_WHO_DIE = frozenset({PERSONS, RECORD_SHEETS[Subject.HOUSEHOLD]})


def _names_the_group(item: str, group: str) -> bool:
    """Whether an item names what sets the group apart: 「务工地点」 of 外出务工人员, 「困境类型」 of 困境儿童. An item of the
    wider people the group is part of is no sign of it: every 党员 has a 所在党支部, not only a 流出党员 or a 老党员
    (wf42: a village's resident members made split exit 1), and every child a 就学状态."""
    group = group.removeprefix("是否")
    qualifier = next((group.removesuffix(head) for head in _GROUP_HEADS if group.endswith(head) and group != head), group)
    if qualifier != group and population_named(qualifier + "人"):
        return False  # (残疾学生: every 残疾人 has a 残疾类别, not only a pupil — wf43's adult made split exit 1)
    return bool((set(qualifier) - _GENERIC_CHARS) & set(item))


_GENERIC_CHARS = frozenset("人员户家庭对象的和及与其他")
# The people a group is drawn from, longest first: what a group says in front of them is what sets it apart.
_GROUP_HEADS = ("残疾人", "党员", "儿童", "老人", "妇女", "学生", "青年", "人员", "对象", "家庭", "人口", "户", "人")
# A title naming everyone living or registered here: its register receives every record of its sheet.
_EVERYONE_RE = re.compile(r"实有人口|户籍人口|常住人口|全体村民|村民花名册|居民花名册|人口花名册|实有人员")


class SplitError(YitaobiaoError):
    """The filled 一套表 or its mapping cannot be used."""


class NothingFilledError(SplitError):
    """The 一套表 holds no record and no indicator value: there is nothing to route back."""


@dataclass
class Collected:
    """What the cadres filled in the 一套表."""

    records: dict[str, list[Record]]  # record sheet → its records, in the order filled
    rows: dict[str, list[int]]  # record sheet → the 一套表 row of each record (for messages)
    indicators: dict[str, dict[str, Any]]  # item key → period → value
    notes: list[str] = field(default_factory=list)  # what the clerk should know of the reading (unjoined rows …)
    alerts: list[str] = field(default_factory=list)  # what was read as blank though filled (formulas without a result)
    # a later part of a record sheet (人员（教育等）) → record number → its row there (for messages)
    part_rows: dict[str, dict[int, int]] = field(default_factory=dict)
    # sheet → item key → the column its header stands in now, where a cadre inserted or deleted columns
    moved_columns: dict[str, dict[str, int]] = field(default_factory=dict)
    sheets_found: int = 0  # sheets of the mapping the workbook holds (none: not this mapping's 一套表)

    def count(self) -> int:
        return sum(len(r) for r in self.records.values())


@dataclass
class FormOutput:
    department: str
    title: str
    files: list[Path]
    records: int
    forms: int = 1  # the forms of the file that received values


class TemplateChangedError(FormReadError):
    """A department's template no longer has its labels where the scan found them."""


class CategoryRowsError(TemplateChangedError):
    """A summary whose rows are printed categories the 一套表 cannot name: filled by hand, not guessed."""


@dataclass
class SplitReport:
    outputs: list[FormOutput] = field(default_factory=list)
    converted: int = 0
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # forms that received no record, and why
    # what was not written though the cadres filled it (a template changed since the merge, formulas without a
    # result): said first and apart, since the clerk must act on it
    alerts: list[str] = field(default_factory=list)
    # the people the 一套表 lists by their own ID number (GB 11643, as typed) → name, to find a person two villages list
    people: dict[str, str] = field(default_factory=dict)


def _squeezed_id(value: Any) -> str:
    """An ID number as typed, spaces out and X upper, for telling two cells of one number alike ("" when none)."""
    number = re.sub(r"\s", "", unicodedata.normalize("NFKC", str(value or ""))).upper()
    return number if _ID_SHAPE_RE.fullmatch(number) else ""


def listed_in_several(reports: list[tuple[str, SplitReport]]) -> list[str]:
    """Lines naming each person two or more villages' 一套表 list by one ID number (wf127: 孙桂芳, who moved from 白马村
    to 金鸡村 in the quarter, went onto both villages' 养老服务补贴 lists, at 200 and at 300 元, unsaid; one 一套表
    holding both rows says so). ``reports``: each village's name and its split's report."""
    where: dict[str, list[str]] = defaultdict(list)
    named: dict[str, str] = {}
    for village, report in reports:
        for number, name in report.people.items():
            where[number].append(village)
            named.setdefault(number, name)
    return [f"{named[number]}（{number}）在{'、'.join(villages)}的一套表中都有记录，各村的部门报表都写入了：请核实现属哪个村，"
            "从其他村的一套表中删去后重新分发。" for number, villages in where.items() if len(villages) > 1]


# --------------------------------------------------------------------------- reading the 一套表
def load_mapping(path: Path) -> Mapping:
    try:
        return Mapping.load(path)
    except MappingError as exc:
        raise SplitError(str(exc)) from exc


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _open(path: Path) -> Any:
    """The workbook in openpyxl's read-only mode: only the sheet asked for is parsed (the carried mapping;
    the values are read by :func:`_filled_values`)."""
    try:
        return load_workbook(path, data_only=True, read_only=True)
    except FileNotFoundError as exc:
        raise SplitError(f"找不到已填写的一套表：{path}") from exc
    except Exception as exc:
        raise SplitError(f"一套表无法打开：{path}（{opening_reason(path, exc)}）") from exc


def mapping_of(filled: Path, mapping_path: Path | None = None, fallback: Path | None = None) -> Mapping:
    """The mapping to split ``filled`` by: the one the workbook carries; ``fallback`` (a .mapping.json found
    beside it) only when it carries none. A stale file beside the workbook, from another merge, put IDs under
    性别 in every form. ``mapping_path`` (the clerk's --mapping) must be of the same merge as the workbook."""
    carried = _carried(filled)
    if mapping_path is not None:
        given = load_mapping(mapping_path)
        if carried is not None and (given.created, given.title) != (carried.created, carried.title):
            raise SplitError(f"字段对照文件 {mapping_path.name} 与 {filled.name} 不是同一次 merge 生成的（生成时间 "
                             f"{given.created} ≠ {carried.created}），按它回填会把数据填错列；"
                             "请去掉 --mapping，使用一套表内保存的对照。")
        return given
    if carried is not None:
        return carried
    if fallback is not None:
        beside = load_mapping(fallback)
        if not _has_sheets_of(filled, beside):
            # 「报告.xlsx」 beside 一套表.mapping.json: no sheet of that 一套表 in it, so not the 一套表 (helper-39)
            raise _not_its_one_table(filled, beside)
        return beside
    raise SplitError(f"{filled} 中没有字段对照（不是 yitaobiao merge 生成的一套表，或由旧版本生成），请用 --mapping 指定。")


def _not_its_one_table(filled: Path, mapping: Mapping) -> SplitError:
    first = (mapping.record_sheets() or [INDICATORS])[0]
    return SplitError(f"{filled.name} 不是一套表，或不是这份字段对照所对应的一套表（其中没有“{first}”等工作表）；"
                      "请给出 yitaobiao merge 生成、村（社区）填好的一套表。")


def _has_sheets_of(filled: Path, mapping: Mapping) -> bool:
    """Whether the workbook holds a sheet the 一套表 of ``mapping`` has (a record sheet or the 指标 sheet)."""
    wanted = {item.sheet for item in mapping.items}
    if not filled.is_file():
        return True  # the reading that follows says what is wrong with it
    if content_suffix(filled) not in (".xlsx", ".xlsm"):
        return bool(wanted & set(_filled_values(filled)[0]))
    wb = _open(filled)
    try:
        return bool(wanted & set(wb.sheetnames))
    finally:
        wb.close()


def _carried(filled: Path) -> Mapping | None:
    if filled.is_file() and encrypted_ole(filled):  # an .xlsx saved with a password is an OLE container
        raise SplitError(f"一套表无法打开：{filled}（{opening_reason(filled)}）")
    if filled.is_file() and content_suffix(filled) not in (".xlsx", ".xlsm"):
        # Saved by Excel or WPS as .xls, or by LibreOffice as .ods: the carried sheet is read as values.
        sheet = _filled_values(filled)[0].get(HIDDEN_SHEET)
        return embedded_in_rows(sheet.rows) if sheet else None
    wb = _open(filled)
    try:
        return embedded(wb)
    finally:
        wb.close()


class _FilledSheet:
    """A sheet's values by 1-based row and column, as openpyxl would give them (see :func:`_as_openpyxl`)."""

    def __init__(self, rows: list[list[Any]], percent: set[tuple[int, int]] | None = None,
                 months: set[tuple[int, int]] | None = None) -> None:
        self.rows = rows
        self.max_row = len(rows)
        self.percent = percent or set()  # (row, column) of the numbers shown in a percent format
        self.months = months or set()  # (row, column) of the dates shown to their month only

    def value(self, row: int, col: int, in_percent: bool = False) -> Any:
        """The cell's value; in a column counted in ％, a number shown as 85% is the 85 the column counts, not
        the 0.85 Excel stores."""
        values = self.rows[row - 1] if 0 < row <= len(self.rows) else ()
        value = values[col - 1] if 0 < col <= len(values) else None
        if in_percent and (row, col) in self.percent and isinstance(value, int | float) and not isinstance(value, bool):
            shown = round(value * 100, 9)
            return int(shown) if float(shown).is_integer() else shown
        if isinstance(value, dt.date) and (row, col) in self.months:
            # (wf121: 「1970.3」 of a department's roster, prefilled as a month, reached 老党员补贴 as 1970-03-01)
            return f"{value:%Y-%m}"
        return value

    def put(self, row: int, col: int, value: Any) -> None:
        while len(self.rows) < row:
            self.rows.append([])
        cells = self.rows[row - 1]
        cells.extend([None] * (col - len(cells)))
        cells[col - 1] = value
        self.max_row = len(self.rows)


def _as_openpyxl(value: Any) -> Any:
    """A value calamine read, as openpyxl reads it: a whole number an int (below 10^15, as Excel writes
    those without an exponent), a date a datetime, an empty cell None."""
    if type(value) is float:
        return int(value) if value.is_integer() and abs(value) < 1e15 else value
    if value == "":
        return None
    if type(value) is dt.date:
        return dt.datetime.combine(value, dt.time())
    return value


def _filled_values_task(task: tuple[str, str]) -> tuple[dict[str, list[list[Any]]], CellsReadApart]:
    """Every sheet's values (calamine, in the guarded worker: ten times openpyxl's speed on a village's
    records, and a damaged file costs the worker, not the command). Also the formula cells that hold no
    result and the cells holding an error value (#VALUE!, #DIV/0! …), which calamine reads as empty, and the
    numbers shown as percents (see :func:`cells_read_apart`; wf49: a 出生日期 saved as #VALUE! had been written onto
    a certificate)."""
    path, content = task  # content: what the bytes are, sniffed once by the command
    source = Path(path)
    apart = cells_read_apart(source) if content == ".xlsx" else CellsReadApart()
    workbook = calamine_workbook(source, content)
    return {name: [[_as_openpyxl(v) for v in row]
                   for row in workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)]
            for name in workbook.sheet_names}, apart


def _filled_values(path: Path) -> tuple[dict[str, _FilledSheet], list[str], list[str]]:
    if path.is_dir():
        raise SplitError(f"{path} 是文件夹：请给出村（社区）填好的一套表文件（.xlsx）。")
    if not path.exists():
        raise SplitError(f"找不到已填写的一套表：{path}")
    kind = content_suffix(path)
    if kind in (".docx", ".csv", ".doc", ".wps"):
        what = "CSV 文件" if kind == ".csv" else "Word 文档"
        raise SplitError(f"{path.name} 是{what}，不是一套表：请给出 yitaobiao merge 生成、村（社区）填好的一套表（.xlsx）。")
    outcome = guarded_map(_filled_values_task, [(str(path), kind)], workers=1)[0]
    if outcome.reason is not None:
        raise SplitError(f"一套表无法打开：{path}（{outcome.reason.replace('再重新扫描', '再重试')}）")
    values, apart = outcome.value
    return {name: _FilledSheet(rows, apart.percent.get(name), apart.months.get(name)) for name, rows in values.items()}, \
        apart.uncomputed, apart.errors


def _sheet_rows(ws: _FilledSheet, mapping: Mapping, items: list[Any]) -> tuple[list[tuple[int, Record]], list[int]]:
    """Filled rows of one printed sheet: (row, item key → value); and the rows of those typed below the
    填表说明 (a cadre who ran out of blank rows goes on under the note). Below the note, a row is a record
    when two of its items outside the first column are filled: the note's own lines fill only the first."""
    rows: list[tuple[int, Record]] = []
    below: list[int] = []
    note = False
    for r in range(mapping.header_row + 1, ws.max_row + 1):
        first = ws.value(r, 1)
        if not note and isinstance(first, str) and first.startswith("填表说明"):
            note = True
            continue
        record = {i.key: ws.value(r, i.position, _counted_in_percent(i)) for i in items}
        for i in items:
            if i.rule == "date" and (typed := year_and_month_typed(record[i.key])) is not None:
                # (wf131: 1950.3 typed in the 出生日期 column is Excel's day 1950.3: its 1905 went onto a 留守老人 list,
                # an age of 121 worked out from it; every reading of the record sees the month typed)
                record[i.key] = typed
        if all(_is_blank(v) for k, v in record.items() if not mapping.item(k).selects):
            continue
        if note:
            if sum(1 for i in items if i.position > 1 and not _is_blank(record[i.key])) < 2:
                continue
            below.append(r)
        rows.append((r, record))
    return rows, below


def _by_headers(ws: _FilledSheet, sheet: str, header_row: int, items: list[MappingItem],
                collected: Collected) -> list[MappingItem]:
    """The sheet's items at the columns their printed headers now stand in. A cadre who inserted a column
    (曾用名 after 姓名) or deleted one moved every column after it: read by position, each value would
    go under the next heading and the people to other departments' forms. A header no longer found is
    not read, and said so."""
    header = ws.rows[header_row - 1] if 0 < header_row <= len(ws.rows) else []
    printed = [C.squash(str(v)) if v is not None else "" for v in header]
    if all(i.position <= len(printed) and printed[i.position - 1] == C.squash(i.name) for i in items):
        # (a column the cadre added after the last one moves none: it is still said it is not read — wf40, wf41)
        used = {i.position for i in items}
        added = [str(header[col - 1]).strip() for col, text in enumerate(printed, start=1)
                 if text and col not in used and not C.is_serial_label(text)]
        if added:
            collected.notes.append(f"“{sheet}”多出的列“{'”“'.join(added)}”不属于任何报表，未读取。")
        return items
    columns: dict[str, list[int]] = defaultdict(list)
    for col, text in enumerate(printed, start=1):
        if text:
            columns[text].append(col)
    located, lost = [], []
    wanted: dict[str, list[MappingItem]] = defaultdict(list)
    for i in items:
        wanted[C.squash(i.name)].append(i)
    for text, alike in wanted.items():
        found = columns.get(text, [])
        if len(found) == len(alike):  # (the same heading twice on a sheet: taken in order)
            located.extend(replace(i, position=col) for i, col in zip(alike, found, strict=True))
        else:
            lost.extend(i.name for i in alike)
    extra = [printed[c - 1] for cols in columns.values() for c in cols
             if printed[c - 1] not in wanted and not C.is_serial_label(printed[c - 1])]
    said = f"“{sheet}”的列与生成时不同（插入、删除或改动了列），已按第 {header_row} 行的表头读取"
    if extra:
        said += f"；多出的列“{'”“'.join(str(header[columns[t][0] - 1]) for t in extra)}”不属于任何报表，未读取"
    collected.notes.append(said + "。")
    collected.moved_columns[sheet] = {i.key: i.position for i in located}
    if lost:
        collected.alerts.append(f"“{sheet}”中找不到“{'”“'.join(lost)}”列（表头被改动或删除），这些列未读取：请恢复表头后重新拆分。")
    return sorted(located, key=lambda i: i.position)


def _row_list(rows: list[int]) -> str:
    """[30, 31, 32, 40] → 「30–32、40」."""
    spans: list[list[int]] = []
    for r in rows:
        if spans and r == spans[-1][1] + 1:
            spans[-1][1] = r
        else:
            spans.append([r, r])
    return "、".join(f"{a}–{b}" if b > a else str(a) for a, b in spans)


def _squeezed(value: Any) -> str:
    """An identifying value as compared: without white space, upper case (a typed x in an ID is X)."""
    return re.sub(r"\s+", "", str(value or "")).upper()


def _identity(record: Record, keys: list[str]) -> tuple[str, ...]:
    return tuple(_squeezed(record.get(k)) for k in keys)


# The 指标 sheet's first period column (D): merge prints 指标名称, 计量单位 and 代码 before the periods.
PERIOD_COLUMN = 4


def _few(names: list[str], shown: int) -> str:
    """The first names of a list for a message, 「、」 between them, 「等」 when more follow."""
    return "、".join(names[:shown]) + ("等" if len(names) > shown else "")


# fill's 待核实 sheet: where sources disagreed, and the value the clerk settled on
REVIEW_SHEET = "待核实"
REVIEW_COLUMNS = ("序号", "工作表", "单元格", "记录", "数据项", "各来源的值（文件 单元格）", "核实后的值")
_REVIEW_WHERE = (REVIEW_COLUMNS[1], REVIEW_COLUMNS[2], REVIEW_COLUMNS[-1])  # the sheet, the cell, the value settled
_REVIEW_WHAT = (REVIEW_COLUMNS[3], REVIEW_COLUMNS[4])  # the record, the item


_RECORD_SHOWN_RE = re.compile(r"^(?P<name>[^（(]+?)(?:[（(](?P<head>[0-9Xx]{4})…(?P<tail>[0-9Xx]{4})[)）])?$")


def _row_is_of(sheet: _FilledSheet, row: int, record: str) -> bool:
    """Whether a row of the 一套表 is the record fill named in 待核实 (「王秀英（3310…1226）」: its name and the ends of its
    ID number, in any of the row's cells)."""
    shown = _RECORD_SHOWN_RE.match(record.strip())
    if shown is None or shown.group("name") == "（无名称）":
        return True  # (nothing to tell it by: the cell is taken as addressed)
    cells = {C.squash(str(v)) for v in (sheet.rows[row - 1] if 0 < row <= sheet.max_row else ()) if not _is_blank(v)}
    if C.squash(shown.group("name")) not in cells:
        return False
    head, tail = shown.group("head"), shown.group("tail")
    return head is None or any(len(v) >= 15 and v.upper().startswith(head.upper()) and v.upper().endswith(tail.upper())
                               for v in cells)


def _take_verified(sheets: dict[str, _FilledSheet], collected: Collected) -> None:
    """The values a clerk typed in the 待核实 sheet's 核实后的值 column, put in their red cells of the 一套表
    (wf49: a verified 户籍所在地 typed there had reached no certificate). A value typed in the cell itself wins."""
    review = sheets.get(REVIEW_SHEET)
    if review is None or review.max_row < 2:
        return
    header = [str(review.value(1, c) or "").strip() for c in range(1, len(review.rows[0]) + 1)]
    if not all(name in header for name in _REVIEW_WHERE):
        return  # (an older fill's sheet names no cell)
    sheet_col, cell_col, value_col = (header.index(n) + 1 for n in _REVIEW_WHERE)
    record_col, item_col = (header.index(n) + 1 if n in header else None for n in _REVIEW_WHAT)
    taken = 0
    unsettled: list[str] = []
    for r in range(2, review.max_row + 1):
        value = review.value(r, value_col)
        name, where = str(review.value(r, sheet_col) or ""), str(review.value(r, cell_col) or "")
        target = sheets.get(name)
        try:
            row, col = (n + 1 for n in parse_a1(where))
        except ValueError:
            target = None
        if _is_blank(value):
            if target is not None and _is_blank(target.value(row, col)):
                # (wf105: 王建国's 联系电话, two sources apart and left unsettled, went blank to three forms unsaid)
                what = "的".join(str(review.value(r, c)) for c in (record_col, item_col) if c and review.value(r, c))
                unsettled.append(f"{name}!{where}" + (f"（{what}）" if what else ""))
            continue
        if target is None:
            collected.alerts.append(f"{REVIEW_SHEET}第 {r} 行的核实后的值（{value}）找不到对应的单元格"
                                    f"（{name}!{where}），未采用：请直接填在一套表中。")
            continue
        record = str(review.value(r, record_col) or "") if record_col else ""
        if record and not _row_is_of(target, row, record):
            # (wf157: a dead man's row deleted after fill, 王秀英's verified phone went to 张桂兰, now on her row)
            moved = next((n for n in range(1, target.max_row + 1) if _row_is_of(target, n, record)), None)
            if moved is None:
                collected.alerts.append(f"{REVIEW_SHEET}第 {r} 行的核实后的值（{value}）属于{record}，一套表 {name} 表中"
                                        "已找不到这条记录（行被删除或改动过），未采用：请直接填在一套表中。")
                continue
            row, where = moved, f"{get_column_letter(col)}{moved}"
        current = target.value(row, col)
        if _is_blank(current):
            target.put(row, col, value)
            taken += 1
        elif C.squash(str(current)) != C.squash(str(value)):
            collected.notes.append(f"{REVIEW_SHEET}第 {r} 行的核实后的值（{value}）与一套表 {name}!{where} 中填的"
                                    f"（{current}）不同，已采用一套表中的值：请核对。")
    if taken:
        collected.notes.append(f"已采用“{REVIEW_SHEET}”表中 {taken} 处核实后的值。")
    if unsettled:
        collected.alerts.append(f"“{REVIEW_SHEET}”表中有 {len(unsettled)} 处未核实，一套表中仍为空，分发时这些项留空："
                                f"{'、'.join(unsettled[:5])}{' 等' if len(unsettled) > 5 else ''}；请核实后填入一套表，"
                                "再重新分发。")


def read_filled(path: Path, mapping: Mapping, as_of: dt.date | None = None) -> Collected:
    """Records of every record sheet and the values of the 指标 sheet from a filled 一套表.

    A record sheet printed as themed sheets is read back as one: rows of the later sheets join the
    first sheet's records by their identifying columns (姓名, 公民身份号码 …). A typed 年龄 is checked against
    the age the ID number gives at ``as_of`` (today when None).
    """
    sheets, uncomputed, errors = _filled_values(path)
    collected = Collected(records={}, rows={}, indicators={})
    if errors:
        collected.alerts.append(f"{_few(errors, 5)}单元格是错误值，不是填写的内容，已按空白处理：请在 Excel/WPS 中"
                               "改填正确的值后重新分发。")
    if uncomputed:
        collected.alerts.append(f"{_few(uncomputed, 5)}单元格是公式，但文件中没有计算结果（用程序写入、未在 Excel/WPS "
                               "中保存过），已按空白处理：请在 Excel/WPS 中打开一套表、保存后再拆分。")
    _take_verified(sheets, collected)
    wanted = {i.sheet for i in mapping.items}
    collected.sheets_found = sum(1 for name in sheets if name in wanted)
    records_of = dict.fromkeys([*mapping.record_sheets(),
                                *((i.record or i.sheet) for i in mapping.items if i.sheet != INDICATORS)])
    for record_sheet in records_of:
        records: list[Record] = []
        rows: list[int] = []
        index: dict[tuple[str, ...], list[int]] = {}
        for part_no, sheet in enumerate(mapping.parts(record_sheet)):
            taken: Counter[tuple[str, ...]] = Counter()  # (rows of this sheet joined so far, by their key)
            items = mapping.sheet_items(sheet)
            if not items or sheet not in sheets:
                continue
            items = _by_headers(sheets[sheet], sheet, mapping.header_row, items, collected)
            joins = [i for i in items if i.joins]
            # The ID number alone joins when there is one; a name is joined with whatever else identifies.
            strongest = [i for i in joins if i.rule == "id"][:1] or joins
            found, below = _sheet_rows(sheets[sheet], mapping, items)
            if below:
                collected.notes.append(f"{sheet} 第 {_row_list(below)} 行填在“填表说明”之下，已作为记录读入。")
            for r, row in found:
                if part_no == 0:
                    records.append(row)
                    rows.append(r)
                    continue
                values = {i.joins: row.pop(i.key) for i in joins}
                keys = [i.joins for i in strongest]
                key = _identity(values, keys)
                if not index:
                    for n, rec in enumerate(records):
                        index.setdefault(_identity(rec, keys), []).append(n)
                if taken[key] < len(index.get(key, ())) and any(key):
                    # (wf28: two events of one 所属县区 on the first sheet: the later sheet's rows join them in turn,
                    # the first to the first — one dict entry had sent both to the second, and the first was lost)
                    same = index[key][taken[key]]
                    taken[key] += 1
                    if len(index[key]) > 1:
                        collected.notes.append(
                            f"{sheet} 第 {r} 行与“{mapping.parts(record_sheet)[0]}”的 {len(index[key])} 行"
                            f"{'、'.join(i.name for i in strongest)}相同，已按行的先后对应到第 {rows[same]} 行；请核对。")
                    # (王晓红 on a later sheet for 王小红 with the same ID: joined by the number, the name is asked)
                    differ = [i for i in joins if i not in strongest and not _is_blank(values.get(i.joins))
                              and not _is_blank(records[same].get(i.joins))
                              and C.squash(str(values[i.joins])) != C.squash(str(records[same][i.joins]))]
                    if differ:
                        collected.notes.append(
                            f"{sheet} 第 {r} 行的{'、'.join(f'{i.name}（{values[i.joins]}）' for i in differ)}与"
                            f"“{mapping.parts(record_sheet)[0]}”第 {rows[same]} 行"
                            f"（{'、'.join(str(records[same][i.joins]) for i in differ)}）不同，"
                            f"{strongest[0].name}相同，已作为同一记录；请核对。")
                    records[same].update(row)
                    collected.part_rows.setdefault(sheet, {})[same] = r
                elif any(key) and index.get(key) and len(index[key]) == 1 \
                        and (earlier := collected.part_rows.get(sheet, {}).get(index[key][0])) is not None:
                    # (wf119: a second row of one person on a later sheet, typed to add his 水稻 面积, became a record of
                    # its own, said 「找不到同一记录」 though the ID was there: his phone and bank never reached the
                    # 种植险 list that took the new row. Its values join his record where it left them blank.)
                    same = index[key][0]
                    both = [i.name for i in items if not i.joins and not _is_blank(row.get(i.key))
                            and not _is_blank(records[same].get(i.key)) and records[same][i.key] != row[i.key]]
                    records[same].update({k: v for k, v in row.items() if _is_blank(records[same].get(k))})
                    kept = f"；两行都填了的{_few(both, 3)}按第 {earlier} 行" if both else ""
                    collected.notes.append(f"{sheet} 第 {r} 行与第 {earlier} 行是同一人（{strongest[0].name}相同），已并为一条"
                                           f"记录{kept}；请核对。")
                elif (same := _same_person(records, values, joins, strongest,
                                           collected.part_rows.get(sheet, {}))) is not None:
                    # One ID mistyped on one part (typed as a number, a digit wrong): the name and what else
                    # identifies the person find exactly one record; joined, and the clerk asked to check.
                    ids = [_shown_id(records[same].get(k)) for k in keys]
                    alike = [i.name for i in joins if i not in strongest and not _is_blank(values.get(i.joins))]
                    first = f"“{mapping.parts(record_sheet)[0]}”第 {rows[same]} 行"
                    # (a row without a number, typed on the first sheet only, is the one namesake left: no note)
                    if not any(ids) and not any(_shown_id(values[k]) for k in keys):
                        collected.notes.append(f"{sheet} 第 {r} 行与{first}都没有填{strongest[0].name}，"
                                               f"{'、'.join(alike)}相同，已作为同一记录；请补填并核对。")
                    elif any(_shown_id(values[k]) for k in keys):
                        # (wf39: typed as a number on the first sheet, Excel kept 15 digits of the 户主's ID; the
                        # valid one on a later sheet had been dropped and the broken one reached every form)
                        mended = [k for k in keys if strongest[0].rule == "id"
                                  and _id_soundness(values[k]) < _id_soundness(records[same].get(k))]
                        records[same].update({k: values[k] for k in mended})
                        if mended:
                            # (the record is found by its whole number from now on: wf41's third part, typed with
                            # it, had been told its number (510722196604120315) differed from the same number)
                            index.setdefault(_identity(records[same], keys), []).append(same)
                        kept = "，已采用本行完整的号码" if mended else ""
                        collected.notes.append(
                            f"{sheet} 第 {r} 行的{strongest[0].name}（{'、'.join(_shown_id(values[k]) for k in keys)}）"
                            f"与{first}（{'、'.join(ids)}）不同，{'、'.join(alike)}相同，已作为同一记录{kept}；请核对。")
                    records[same].update(row)
                    collected.part_rows.setdefault(sheet, {})[same] = r
                elif all(_is_blank(values.get(k)) for k in keys) \
                        and (several := len(_namesakes_left(records, values, joins, strongest,
                                                            collected.part_rows.get(sheet, {})))) > 1:
                    # (wf48: two 王德福, the later sheets listing them in another order without numbers: a guess
                    # had given one's 200 元 and 低保老人 to the other)
                    collected.alerts.append(
                        f"{sheet} 第 {r} 行（{'、'.join(str(v) for v in values.values() if v)}）没有填"
                        f"{strongest[0].name}，“{mapping.parts(record_sheet)[0]}”中有 {several} 位同名的人，无法确定是哪一位，"
                        f"这一行未回填：请在该行填上{strongest[0].name}后重新分发。")
                else:
                    collected.notes.append(f"{sheet} 第 {r} 行（{'、'.join(str(v) for v in values.values() if v)}）"
                                              f"在“{mapping.parts(record_sheet)[0]}”中找不到同一记录，已作为新记录。")
                    records.append({**values, **row})
                    rows.append(r)
                    collected.part_rows.setdefault(sheet, {})[len(records) - 1] = r
        collected.records[record_sheet] = records
        collected.rows[record_sheet] = rows
        collected.notes.extend(_unlike_their_id_numbers(records, rows, record_sheet, mapping, as_of or dt.date.today()))
    if INDICATORS in sheets:
        ws = sheets[INDICATORS]
        periods = mapping.periods or ["本期"]
        for i in mapping.sheet_items(INDICATORS):
            collected.indicators[i.key] = {p: ws.value(i.position, PERIOD_COLUMN + n, _counted_in_percent(i))
                                           for n, p in enumerate(periods)}
    return collected


# Registers of one kind of body, by title, and the first two characters of their 统一社会信用代码 (GB 32100).
_BODY_KINDS = ((r"个体工商户|个体户|个体经营户", "92"), (r"农民专业合作社|专业合作社|合作社", "93"))
_BODY_KIND_NAMES = {"92": "个体工商户", "93": "农民专业合作社"}
_CREDIT_CODE_ITEM = "统一社会信用代码"
_OWN_ID_NAMES = frozenset({"公民身份号码", "身份证号码", "身份证号", "证件号码"})


def _unlike_their_id_numbers(records: list[Record], rows: list[int], record_sheet: str, mapping: Mapping,
                             as_of: dt.date) -> list[str]:
    """Records whose 性别, 出生日期 or 年龄 is not what their own 公民身份号码 says (GB 11643: digits 7–14 are the
    birth date, the 17th is odd for a man): one of the two was typed wrong, and each reaches every department's form
    as typed (wf95: a man typed with a woman's number went to seven forms without a word; wf148: 年龄 75 of a man
    the number makes 80 went to a 民政 list). An age a year off is the day it was taken at, not a slip."""
    own = [i for i in mapping.items if (i.record or i.sheet) == record_sheet]
    id_key = next((i.key for i in own if i.rule == "id" and C.squash(i.meaning) in _OWN_ID_NAMES), None)
    sex_key = next((i.key for i in own if C.squash(i.meaning) == "性别"), None)
    birth_key = next((i.key for i in own if C.squash(i.meaning) in ("出生日期", "出生年月")), None)
    name_key = next((i.key for i in own if C.squash(i.meaning) == "姓名"), None)
    age_key = next((i.key for i in own if C.squash(i.meaning) == "年龄"), None)
    if id_key is None or (sex_key is None and birth_key is None and age_key is None):
        return []
    # (the sheet as the 一套表 prints it, 人员（基本信息等）: wf101 looked for a sheet 「人员」)
    shown_sheet = next(iter(mapping.parts(record_sheet)), record_sheet)
    said = []
    for row, record in zip(rows, records, strict=False):
        number = str(record.get(id_key) or "").strip().upper()
        if _id_soundness(number) != 0 or len(number) != 18:
            continue
        who = f"{shown_sheet} 第 {row} 行" + (f"（{record[name_key]}）" if name_key and record.get(name_key) else "")
        sex = str(record.get(sex_key) or "") if sex_key else ""
        typed_sex = "男" if "男" in sex and "女" not in sex else "女" if "女" in sex and "男" not in sex else None
        by_number = C.sex_by_number(number)
        if typed_sex and typed_sex != by_number:
            said.append(f"{who}的性别填的是“{sex.strip()}”，公民身份号码 {number} 第 17 位是"
                        f"{'奇数（男）' if by_number == '男' else '偶数（女）'}：二者必有一项录错，已按原样填入，请核对。")
        born = record.get(birth_key) if birth_key else None
        typed = (born.date() if isinstance(born, dt.datetime) else born, True) if isinstance(born, dt.date) \
            else _typed_date(str(born)) if isinstance(born, str) else None
        if (by_id := C.born_by_number(number)) is None:
            continue
        typed_age = _typed_age(record.get(age_key)) if age_key else None
        if typed_age is not None and abs(typed_age - (age := _age_on(by_id, as_of))) > 1:
            said.append(f"{who}的年龄填的是 {typed_age}，按公民身份号码 {number} 算 {as_of:%Y-%m-%d} 时为 {age} 周岁："
                        "二者必有一项录错，已按原样填入，请核对。")
        if typed and (typed[0] != by_id if typed[1] else typed[0].replace(day=1) != by_id.replace(day=1)):
            shown = f"{typed[0]:%Y-%m-%d}" if typed[1] else f"{typed[0]:%Y-%m}"
            said.append(f"{who}的出生日期填的是 {shown}，公民身份号码 {number} 中的出生日期是 {by_id:%Y-%m-%d}："
                        "二者必有一项录错，已按原样填入，请核对。")
    return said


def _typed_age(value: object) -> int | None:
    """An age as a cadre types it: 75, 75.0, 「75」, 「75岁」, 「75周岁」; None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value) if float(value).is_integer() and 0 <= value < 150 else None
    found = re.fullmatch(r"\s*(\d{1,3})\s*(?:周?岁)?\s*", unicodedata.normalize("NFKC", str(value or "")))
    return int(found.group(1)) if found and int(found.group(1)) < 150 else None


def _age_on(born: dt.date, on: dt.date) -> int:
    """Whole years from a birth date to a day."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _same_person(records: list[Record], values: Record, joins: list[Any], strongest: list[Any],
                 taken: Iterable[int] = ()) -> int | None:
    """The record a later sheet's row is, when its ID did not join it: of the namesakes no earlier row of this
    sheet took (:func:`_namesakes_left`), the one whose ID is near this row's (one typed as a number, one typo). A
    row without an ID (the cadre typed it on the first sheet only) is its one namesake left (wf47, wf48: two 王德福,
    one without a number; the later sheets' rows had gone to a new record, then both to the one without). None
    when no one record is left: several namesakes are never told apart by guessing."""
    namesakes = _namesakes_left(records, values, joins, strongest, taken)
    ids = [i.joins for i in strongest]
    if not all(_is_blank(values.get(k)) for k in ids):
        # Namesakes in one village are real: the IDs must still be near.
        namesakes = [n for n in namesakes if all(_near_ids(values.get(k), records[n].get(k)) for k in ids)]
    return namesakes[0] if len(namesakes) == 1 else None


def _namesakes_left(records: list[Record], values: Record, joins: list[Any], strongest: list[Any],
                    taken: Iterable[int] = ()) -> list[int]:
    """The records no earlier row of this sheet took whose other identifying values (姓名, 所属村 …) all equal this
    row's; none when there are no other such columns, or all of this row's are blank."""
    others = [i.joins for i in joins if i not in strongest]
    if not others or len(others) == len(joins) or all(_is_blank(values.get(k)) for k in others):
        return []
    wanted, taken = _identity(values, others), set(taken)
    return [n for n, rec in enumerate(records) if n not in taken and _identity(rec, others) == wanted]


def masked_agrees(masked: str, number: str) -> bool:
    """A number with digits masked by * agrees with a whole one where its digits show."""
    if "*" not in masked or len(masked) != len(number):
        return False
    return all(a == "*" or a == b for a, b in zip(masked.upper(), number.upper(), strict=True))


def _shown_id(value: Any) -> str:
    """An ID as the cadre sees it in Excel: typed as a number, its 15 significant digits and then zeros."""
    if isinstance(value, float) and value.is_integer():
        return str(int(Decimal(f"{value:.15g}")))  # Decimal: 5.10722197001010e17 has no exact float
    return str(value or "")


def _near_ids(a: Any, b: Any) -> bool:
    """Two ID numbers that are one person's: one typed as a number (Excel kept 15 digits), or a typo of at
    most two characters."""
    if _is_blank(a) or _is_blank(b):
        return False
    if isinstance(a, float) or isinstance(b, float):
        # (Excel keeps 15 significant digits of a number: 330381199001011234 comes back as …1011000)
        heads = [_squeezed(_shown_id(v))[:15] for v in (a, b)]
        return all(h.isdigit() and len(h) == 15 for h in heads) and abs(int(heads[0]) - int(heads[1])) <= 1
    return Levenshtein.distance(_squeezed(a), _squeezed(b)) <= 2


# --------------------------------------------------------------------------- values
def to_source_value(value: Any, factor: float, codes: dict[str, str]) -> tuple[Any, bool]:
    """The merged value in the department's own unit and codes; True when it was converted."""
    if _is_blank(value):
        return value, False
    if codes and str(value).strip() in codes:
        code = codes[str(value).strip()]
        return (int(code) if code.isdigit() else code), True  # (a code is a number, as the cadre types 2 — wf24)
    if codes and isinstance(value, str) and value.strip().isdigit() and value.strip() in codes.values():
        return int(value.strip()), False  # (the code typed as text, 「2」 for 否: the number the form counts — wf67)
    if factor != 1.0:
        number = _number(value)
        if number is not None:
            converted = round(number * factor, 6)
            return (int(converted) if float(converted).is_integer() else converted), True
    return value, False


# (「102-户主」, 「01-雇员与员工」 of a police import template's list: codes of three digits and a dash too — wf30)
def _codes_in_order(f: MappingField) -> dict[str, str]:
    """「儿童类别（1-6）」 whose six kinds a note lists in order: each kind's code is its place (wf54: 「农村留守儿童」
    reached a column asking 1–6 as the word). {} when the label asks no such range of its listed answers."""
    asked = _CODE_RANGE_RE.search(C.squash(f.label))
    # (the answers as layout keeps a note's list: printed boxes, 「□孤儿□事实无人抚养儿童……」)
    boxes = [b for b in re.split(r"[□☐]", f.options[0])[1:] if b] if len(f.options) == 1 else []
    if not asked or int(asked.group(1)) != 1 or int(asked.group(2)) != len(boxes):
        return {}
    return {box: str(n) for n, box in enumerate(boxes, start=1)}


_CODE_RANGE_RE = re.compile(r"[(（](\d)\s*[-－—~～至]\s*(\d{1,2})[)）]")
_CODED_ANSWER_RE = re.compile(r"^\s*[(（]?\d{1,3}[)）.、．:：\-－—\s]\s*")


# Ticks and crosses a cadre marks a yes/no column with, and the answers they stand for.
TICK_MARKS = frozenset({"√", "✓", "✔", "☑", "v", "V"})  # (not ○: some forms circle the answer, some write 〇 for nought)
# A group header over kinds, each a column to tick (「身份类型 › 脱贫户 | 低保户 | 一般户」): wf129's 土坯房 sheet, whose
# notes say no mark, got the 0, 无 and × a cadre typed for the kinds a household is not. A label ending so counts.
_KINDS_HEADER_RE = re.compile(r"(?:类型|类别|身份|属性)$")
_COUNTED_LABEL_RE = re.compile(r"(?:数|人口|面积|金额|收入|年龄|岁|元|亩)$")
# A cadre's answers in a column asked yes or no, or marked with the form's own 1 or √: yes, and no.
_TICKED_WORDS = frozenset({"是", "有", "1", *TICK_MARKS})
_UNTICKED_WORDS = frozenset({"否", "无", "没有", "不是", "0", "×", "✗", "✘", "X", "x"})
_CROSSES = frozenset({"×", "✗", "✘", "☒", "x", "X", "╳"})


def _asks_whether(item: MappingItem) -> bool:
    """The 一套表 asks it yes or no (「是否服刑人员」, a 是/否 list)."""
    return C.squash(item.name).startswith(("是否", "有无")) or bool(item.options) and set(item.options) <= {"是", "否", "有", "无"}


def _yes_or_no(value: Any) -> str:
    """A cell's answer as said, a tick's words one answer: 是, 1 and √ are yes (wf154, wf155: 「“人员”表填是，“户”表填1」
    was a conflict to settle, though the 户 sheet's own notes ask a 1)."""
    said = C.squash(str(value))
    return "是" if said in _TICKED_WORDS else "否" if said in _UNTICKED_WORDS else said


def _marked_answer(value: Any, options: list[str]) -> str | None:
    """The yes or the no of a two-answer list (是/否, 有/无) that a tick or a cross in a cell stands for."""
    if not isinstance(value, str) or len(options) != 2 or (mark := _without_note(value)) in options \
            and mark == value.strip():
        return None
    if mark in options:
        return mark  # 「是（已核实）」: the answer, the note said apart
    yes = next((o for o in options if answer_word(o) in YES), None)
    no = next((o for o in options if answer_word(o) in NO), None)
    if yes is None or no is None:
        return None
    return yes if mark in TICK_MARKS else no if mark in _CROSSES else None


def answer_word(text: str) -> str:
    """「2.男」 → 男, 「（1）健康」 → 健康, 「102-户主」 → 户主: an answer without the code a list prints before it."""
    return _CODED_ANSWER_RE.sub("", text).strip()


def onto_choices(value: Any, choices: list[str]) -> Any:
    """An answer as the department's own drop-down writes it: 男 into 「1.女, 2.男」 is 「2.男」, 「1.健康」 into
    「健康, 一般」 is 健康 (wf23: 男 reached a form whose list wants 「2.男」). (An answer coded by the 一套表's list
    goes into a column with no list of its own as its word: 「1.健康」 had reached a 温岭 docx.)"""
    if not choices or not isinstance(value, str) or not value.strip() or value.strip() in choices:
        return value
    word = answer_word(value)
    return next((choice for choice in choices if answer_word(choice) == word), value)


_DATE_TEXT_RE = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})(?:\s*[-./月]\s*(\d{1,2})\s*日?|\s*月?)$")
_COMPACT_DATE_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


# A time limit, which a form asks as a day or as a span: 整改期限, 办结时限
_DEADLINE_RE = re.compile(r"(?:期限|时限|截止|到期)(?:日期|时间)?$")


def _typed_date(text: str) -> tuple[dt.date, bool] | None:
    """The date in a text a cadre typed, and whether a day was given (2020.1 names a month only)."""
    s = unicodedata.normalize("NFKC", text).strip()
    match = _DATE_TEXT_RE.match(s) or _COMPACT_DATE_RE.match(s)
    if not match:
        return None
    year, month, day = int(match.group(1)), int(match.group(2)), match.group(3)
    try:
        return (dt.date(year, month, int(day or 1)), day is not None) if 1900 <= year <= 2100 else None
    except ValueError:
        return None


def year_and_month_typed(value: Any) -> str | None:
    """「1950.3」 or 「1975.06」 typed into a spreadsheet cell is stored as the number 1950.3, shown in a date cell as
    1905-05-03 07:12 (Excel's day 1950.3): the year and month the person typed (1950.3 → 「1950.3」), else None. A
    number or a date whose day count lies between 1900 and 2100 is such a typing, no date of its own: no roster asks a
    day in 1905 (wf126: 成为正式党员时间 1975.06 reached the 老党员补贴 list as 1905-05-28)."""
    if isinstance(value, dt.datetime):
        number = (value - dt.datetime(1899, 12, 30)).total_seconds() / 86400
    elif isinstance(value, float) and not isinstance(value, bool):
        number = value
    else:
        return None
    year, fraction = int(number), round(number - int(number), 6)
    digits = f"{fraction:.6f}".rstrip("0").partition(".")[2]
    if not 1900 <= year <= 2100 or not 1 <= len(digits) <= 2 or not 1 <= int(digits) <= 12:
        return None
    return f"{year}.{digits}"


def date_from_text(text: str) -> dt.date | None:
    """A date a cadre typed as text: 1975.3.8, 1975/3/8, 1975-3-8, 1975年3月8日, 19750308; a year and month
    (2020.1, 2020年1月) is its first day. None when the text is no date."""
    typed = _typed_date(text)
    return typed[0] if typed else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).replace(",", "").strip())
    except ValueError:
        return None


_FIGURE_TEXT_RE = re.compile(r"^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")  # 85.5, 6,200
_PERCENT_FIGURE_RE = re.compile(r"^(-?\d+(?:\.\d+)?)\s*[%％]$")
_PERCENT_UNITS = frozenset({"%", "％"})


_RATIO_NAME_RE = re.compile(r"(?:率|比例|比重|占比)$")


def _counted_in_percent(item: MappingItem) -> bool:
    """An item counted in percent points: its unit is ％, or it names a rate or share and gives no unit (「所占比例」,
    where one cadre types 85 and another 0.85 formatted as 85% — wf53 got both scales in one county)."""
    return item.unit in _PERCENT_UNITS or not item.unit and bool(_RATIO_NAME_RE.search(item.meaning))


def _fraction_for_a_percent(value: Any, item: MappingItem) -> str | None:
    """A plain 0.85 in a column counted in ％: most likely 85% typed as a fraction, 100 times too small for the
    department (wf55). Said, not changed: 0.5 can be half a per cent. (85% typed or shown as a percent is 85.)"""
    if not _counted_in_percent(item) or isinstance(value, bool) or not isinstance(value, int | float) \
            or not 0 < value < 1:
        return None
    return f"按百分数填写（85% 填 85），现为 {value:g}，若是 {value * 100:g}% 请改为 {value * 100:g}"


def _typed_figure(text: str, item: MappingItem) -> int | float | None:
    """A figure typed as text the way people write it: 85.5 or 6,200 with thousands separators in a number column, or
    85% in a column counted in ％. None for anything else (12.5万, 8头 are said, not guessed)."""
    text = text.strip()
    if item.rule == "number" and _FIGURE_TEXT_RE.match(text):
        number = _number(text) or 0.0
    elif _counted_in_percent(item) and (percent := _PERCENT_FIGURE_RE.match(text)):
        number = float(percent.group(1))
    else:
        return None
    return int(number) if number.is_integer() else number


def _ordinal_code(text: str, options: list[str]) -> bool:
    """「1」 for the first of 「1.是2.否」: the number a coded item's own form asks for (wf11 was told 1 should be
    是 or 否 on a 指标 row whose department wants the code, and then 1 was written, rightly)."""
    return text.isdigit() and 1 <= int(text) <= len(options)


def _id_soundness(value: Any) -> int:
    """How far an ID number can be trusted: 0 valid, 1 eighteen characters with a wrong check digit, 2 neither (typed
    as a number, Excel kept 15 digits of it)."""
    if validate(value, "id", []) is None and not _is_blank(value):
        return 0
    return 1 if isinstance(value, str) and re.fullmatch(r"\d{17}[\dXx]", value.strip()) else 2


_ID_SHAPE_RE = re.compile(r"\d{17}[\dX]|\d{15}")
# Items whose values are digits a form counts or keys on: full-width digits typed in them are those digits.
_DIGITS_RULES = frozenset({"id", "code", "number", "date"})
_FULL_WIDTH_NUMBER_RE = re.compile(r"[０-９][０-９\s－\-]*")
# Full-width digits and what a number, an ID or a date is typed with (．－／：Ｘ); a bracket or a note typed beside
# them stays as typed (wf69: 「320（含广场）」 reached the department as 「320(含广场)」, said 「已按原样填入」)
_HALF_WIDTH = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1B), 0xFF0D, 0xFF0E, 0xFF0F, 0xFF38, 0xFF58)}
_ID_GAP_RE = re.compile(r"[\s\-－—]+")
# (「联系人电话（本人或亲属）」: whose phone its brackets say — wf70's phone typed as a number stayed one)
_PHONE_NAME_RE = re.compile(r"(?:电话|手机|手机号|手机号码|联系方式)(?:[（(][^（()）]{1,12}[)）])?$")
_SPACED_MOBILE_RE = re.compile(r"1\d{2}[\s-]?\d{4}[\s-]?\d{4}")


def validate(value: Any, rule: str | None, options: list[str]) -> str | None:
    """Why a value fails the item's rule, or None."""
    if _is_blank(value) or not rule:
        return None
    if rule in ("id", "code") and isinstance(value, float) and abs(value) >= 1e15:
        # Typed into a cell formatted as a number: Excel keeps 15 significant digits and shows 1.10105E+17.
        what = "公民身份号码" if rule == "id" else "号码"
        return (f"{what}被录成了数字，Excel 只保留前 15 位（现为 {_shown_id(value)}），"
                "请将该列设为文本格式后重新录入")
    text = str(value).strip()
    if rule == "id" and re.search(r"[*＊×]", text):
        return f"公民身份号码被遮挡（{text}），部门报表需要完整的号码"  # (wf51: 「应为 18 位（现为 18 位…）」)
    if rule == "id" and not re.fullmatch(r"\d{17}[\dXx]", text):
        return f"公民身份号码应为 18 位（现为 {len(text)} 位：{text}）"
    if rule == "id" and C.check_digit(text[:17]) != text[17].upper():
        return f"公民身份号码校验位不对（{text}，按前 17 位应为 {C.check_digit(text[:17])}），可能录错了某一位"
    if rule == "number" and _number(value) is None:
        return f"应为数值（现为“{text}”）"
    if rule == "number" and (_number(value) or 0) < 0:
        return f"不应为负数（{text}）"
    # (the word of a coded answer is that answer: 「健康」 for 「1.健康」 goes in as the code its form asks — wf54 was told
    # 「应为 1.健康/…之一（现为“健康”）」 beside the right value written)
    if rule == "list" and options and text not in options and not _ordinal_code(text, options) \
            and answer_word(text) not in {answer_word(o) for o in options}:
        shown = "/".join(options) if len(options) <= 8 else f"{'/'.join(options[:6])} 等 {len(options)} 项"
        return f"应为 {shown} 之一（现为“{text}”）"
    if rule == "date" and isinstance(value, str) and date_from_text(text) is None:
        return f"不是可识别的日期（现为“{text}”），应写成 2020-01-31"
    return None


# --------------------------------------------------------------------------- writing
def _copy_row_style(ws: Worksheet, source_row: int, target_row: int, max_col: int) -> None:
    for c in range(1, max_col + 1):
        src = ws.cell(source_row, c)
        dst = ws.cell(target_row, c)
        if src.has_style:
            dst._style = copy(src._style)
    if ws.row_dimensions[source_row].height:
        ws.row_dimensions[target_row].height = ws.row_dimensions[source_row].height


def _insert_rows_keeping_footer(ws: Worksheet, at: int, count: int) -> None:
    """Insert rows at ``at`` (1-based) and move merged ranges below it, which openpyxl does not."""
    heights = {r: d.height for r, d in ws.row_dimensions.items() if r >= at and d.height}
    ws.insert_rows(at, count)  # moves every cell below, merged placeholders included, but not the ranges
    for r in heights:  # nor the row heights: the footer keeps its own, the new rows the template's
        ws.row_dimensions[r].height = None
    for r, height in heights.items():
        ws.row_dimensions[r + count].height = height
    ranges = ws.merged_cells.ranges
    for rng in ranges:
        if rng.min_row >= at:
            rng.shift(0, count)
    # The ranges were changed in place: rebuild the set (one pass, where unmerge/merge per range took
    # minutes on a template with 10,000 merged ranges).
    ws.merged_cells.ranges = set(ranges)
    _MERGE_INDEX.pop(id(ws), None)
    _follow_formulas(ws, at, count)


# A cell reference or range in a formula, not a function's name (LOG10() nor one on another sheet (表2!A1).
_FORMULA_REF_RE = re.compile(r"(?<![A-Za-z0-9_!$.])(\$?[A-Z]{1,3}\$?)(\d+)(?::(\$?[A-Z]{1,3}\$?)(\d+))?(?![\w(!])")


def _follow_formulas(ws: Worksheet, at: int, count: int) -> None:
    """The template's formulas after ``count`` rows were inserted at ``at``: references below move down, and a
    range ending just above the new rows (the 合计 row's =SUM(E5:E6) over the blank rows) takes them in, as the
    clerk means it to. openpyxl moves the cells but leaves their formulas as written (a total of 4 for 5)."""

    def moved(match: re.Match[str]) -> str:
        col1, row1, col2, row2 = match.group(1), int(match.group(2)), match.group(3), match.group(4)
        top = row1 + count if row1 >= at else row1
        if col2 is None:
            return f"{col1}{top}"
        end = int(row2)
        bottom = end + count if end >= at or (end == at - 1 and row1 < at) else end
        return f"{col1}{top}:{col2}{bottom}"

    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("=") and cell.data_type == "f":
                cell.value = _FORMULA_REF_RE.sub(moved, cell.value)


# A template's example record (「张三 | 女 | 2019-10-01 | 410181…」) has at least this many values in it that no
# blank row or label has: values of national code lists, dates, ID and phone numbers.
EXAMPLE_VALUES = 2


EXAMPLE_ROWS = 3  # more record rows than this under the header: the template came back filled


def _example_rows(ws: Worksheet, start: int, limit: int = EXAMPLE_ROWS) -> range:
    """The template's example records at the top of a list (the rows from ``start``, 1-based, that hold values
    of code lists, dates or ID numbers): cadres' records replace them, or the example would be reported
    as one more person. Serial numbers (「1」「2」) printed in blank rows are not values."""
    r = start
    last_col = ws.max_column
    while r <= ws.max_row and r < start + limit:
        texts = [str(v).strip() for v in (ws.cell(r, c).value for c in range(1, last_col + 1))
                 if not _is_blank(v)]
        values = sum(1 for t in texts if (C.is_code_value(t) or C.looks_like_value(t))
                     and not (t.isdigit() and len(t) <= 4))
        # (「示例 | 东山村 | 张某某」: a row the template marks as its example, whatever it holds)
        marked = bool(texts) and (C.is_example_mark(texts[0]) or any("某某" in t for t in texts))
        if values < EXAMPLE_VALUES and not marked \
                or any(C.is_footer(t) or C.is_notes(t) or C.is_total_label(t) for t in texts):
            break
        r += 1
    return range(start, r)


_UNKEYED_MARK = "无法知道其同户成员"
_WEAKER_HOUSEHOLD_KEYS = HOUSEHOLD_KEYS[1][0] | HOUSEHOLD_KEYS[-1][0]  # 户主公民身份号码, 户主姓名 …


def _records_present(ws: Worksheet, start: int) -> range:
    """The records a template already holds under its header (a register sent back filled), when there are
    more than a template's examples: they are kept, and the new records go below them."""
    if len(_example_rows(ws, start, EXAMPLE_ROWS + 1)) <= EXAMPLE_ROWS:
        return range(start, start)
    return _example_rows(ws, start, ws.max_row - start + 1)


def _data_rows(ws: Worksheet, start: int) -> int:
    """Blank template rows from ``start`` (1-based) down to the footer or the end of the sheet."""
    r = start
    last_row, last_col = ws.max_row, ws.max_column  # each is a pass over every cell: once, not per row
    while r <= last_row:
        values = [ws.cell(r, c).value for c in range(1, last_col + 1)]
        texts = [str(v).strip() for v in values if not _is_blank(v)]
        if texts and any(C.is_footer(t) or C.is_notes(t) or C.is_signoff(t) for t in texts):
            break
        if texts and not all(t.isdigit() or C.is_total_label(t) for t in texts):
            break
        if texts and any(C.is_total_label(t) for t in texts):
            break
        r += 1
    return r - start


# (and one's parents' names: wf117's last-quarter baby, its 母亲姓名 and 父亲姓名 carried, was told to be ticked 新生儿 again)
_ANYONE_HAS = frozenset({"健康状况", "婚姻状况", "身体状况", "母亲姓名", "父亲姓名"})
_BASIC_THEME = "基本信息"  # the synonym table's theme of what anyone has (职业, 民族, 文化程度 …)
_NUMBER_HELD_RE = re.compile(r"(?:编号|证号|号码|账号|卡号|代码)(?:（[^）]*）)?$")
# The village a record is in (所在村（社区）, 所属村, 村名称), no town nor group
_VILLAGE_ITEM_RE = re.compile(r"^(?:所属|所在)?(?:村|行政村|社区|村（社区）|村（居）|村\(社区\))(?:名称|名)?$|^村名")
# Where a record is (所属村, 村名称, 所属乡镇 …).
PLACE_ITEM_RE = re.compile(r"^(?:所属|所在)?(?:乡镇|乡（镇）|街道|村|行政村|自然村|社区|村（社区）|村（居）|村民小组|组)"
                           r"(?:名称|名)?(?:（.*）)?$|^村名")


def _asks_membership(item: MappingItem) -> bool:
    """A 是否… column naming a group (是否脱贫家庭学生): whether the record's person is one of them."""
    name = C.squash(re.sub(r"（[^）]*）$", "", item.meaning))
    group = name.removeprefix("是否")
    return name.startswith("是否") and (population_named(group) is not None or len(group) >= 3
                                       and group.endswith(_KINDS_OF_PEOPLE))


# What a group of people is called by (脱贫家庭学生, 低收入人口, 留守老人): the last words of its name
_KINDS_OF_PEOPLE = ("学生", "儿童", "对象", "人员", "人口", "老人", "家庭", "群众", "户", "党员", "职工", "妇女", "青年")


def _says_where_or_who(item: MappingItem) -> bool:
    """The item names where the record is or a group its person belongs to (是否脱贫户), nothing a form is about."""
    name = re.sub(r"（[^）]*）$", "", item.meaning)
    return bool(PLACE_ITEM_RE.match(name)) or population_named(name.removeprefix("是否")) is not None


def _differ(a: Any, b: Any) -> bool:
    """Two filled values of one item disagree: as numbers when both are, else as their printed text."""
    x, y = _number(a), _number(b)
    if x is not None and y is not None:
        return abs(x - y) > 1e-9
    return C.squash(str(a)) != C.squash(str(b))


class _Filler:
    """Values for one form's fields, in the form's own units and codes, from the records it receives."""

    def __init__(self, mapping: Mapping, collected: Collected, report: SplitReport,
                 period: Period | None = None) -> None:
        self.mapping = mapping
        self.period = period
        self.collected = collected
        self.report = report
        self.periods = mapping.periods or ["本期"]
        self._warned: set[tuple[str, int, str]] = set()
        self._off_list: set[tuple[str, str, str]] = set()  # (form, item, answer) said to have no code there
        self._noted: set[tuple[str, int, str]] = set()  # answers whose note in brackets was said to be left out
        self._kept: dict[str, dict[str, Any]] = {}  # form → label → the label beside it, in the current report
        self._unkeyed: dict[str, list[int]] = {}  # form → the records lacking what names their household
        self._left_out: dict[str, str] = {}  # form id → why records were left out of it
        self.named_left_out: set[tuple[str, int]] = set()  # (record sheet, record) a tick hint has named
        # (record sheet, record, item) a tick hint has named with the item ("*": every item of the record)
        self.named_items: set[tuple[str, int, str]] = set()
        # (sheet, record, item) a record's value reaches another record's form by, as a guardian's 健康状况 does
        self.reaching_others: set[tuple[str, int, str]] = set()
        # record sheet → (columns naming a household, members by their values), or None when it has no such columns
        self._households: dict[str, tuple[list[str], dict[tuple[str, ...], list[int]]] | None] = {}
        self._household_of: dict[str, dict[int, tuple[str, ...]]] = {}  # record sheet → record → its household's key
        self._rows_of: dict[str, tuple[int | None, list[int]] | None] = {}  # form id → its 户主's and members' rows
        self._named: dict[tuple[str, str | None], str | None] = {}  # (record sheet, item name) → item key
        self._of_concept: dict[tuple[str, str], str | None] = {}  # (record sheet, data item) → its key there
        self._heads_row: dict[tuple[str, int], int | None] = {}  # (household sheet, record) → its head's 人员 row
        self._drawn: dict[tuple[str, str], int] = {}  # (template, sheet) → last column the form draws
        self._death_marks: dict[str, list[str]] = {}  # record sheet → the items marking a death
        # record sheet → record marked dead → the forms about the living it was left off
        self.late_left_off: dict[str, dict[int, list[str]]] = defaultdict(dict)
        # (form, dead head of household) → the living records whose copies name him 户主, and the line saying so
        self._dead_heads_named: dict[tuple[str, str], tuple[list[int], int]] = {}
        self.ticked_dead: set[tuple[str, int, str]] = set()  # death ticks split filled from another mark of the death
        self.received_items: tuple[list[_Job], dict[str, set[int]]] | None = None  # (jobs, _received_by_item's answer)
        self._asking: dict[str, set[str]] = defaultdict(set)  # item → the forms asking it
        for f in mapping.fields:
            self._asking[f.item].add(f.form)
        self._village_items: dict[str, list[str]] = defaultdict(list)  # concept → its items on the 村（社区） sheet
        self._indicator_items: dict[str, list[str]] = defaultdict(list)  # concept → its items on 指标
        for i in mapping.items:
            if (i.record or i.sheet) == VILLAGES:
                self._village_items[i.concept].append(i.key)
            elif i.sheet == INDICATORS:
                self._indicator_items[i.concept].append(i.key)
        # (sheet, record, item) → where a value copied in was typed: a word about it names that cell (wf158: 「85头」
        # typed on 指标 was said to be at an empty cell of the village's row)
        self._typed_elsewhere: dict[tuple[str, int, str], str] = {}
        self._villages_typed: set[str] | None = None
        self._heads_by_their_own_numbers()
        villages = collected.records.get(VILLAGES, [])
        if len(villages) > 1:
            self._say_what_several_villages_keep_apart(villages)
        if len(villages) == 1:  # (typed once on 指标, the one village's row has it too: see _the_indicator)
            for key in (k for keys in self._village_items.values() for k in keys):
                found, typed_at = self._the_indicator(mapping.item(key))
                if _is_blank(villages[0].get(key)) and not _is_blank(found):
                    villages[0][key] = found
                    self._typed_elsewhere[(VILLAGES, 0, key)] = typed_at
                elif not _is_blank(found) and _differ(found, villages[0].get(key)):
                    # (wf40: 生猪存栏 318 on 指标 and 320 on the village's row reached one 季报 as two figures;
                    # wf86: a department's summary then disagreed with its village row, said as a mere 提示 — it is
                    # the cadre's to settle before anything is sent)
                    item = mapping.item(key)
                    report.alerts.append(
                        f"{self.place_of(item, VILLAGES, 0)}（{item.name}）填了 {villages[0][key]}，{INDICATORS}表同一"
                        f"数据项填了 {found}：两处不一致，已各按所填分发，请核对后改成一致。")

    @property
    def as_of(self) -> dt.date | None:
        """The day ages are taken at: the period's last day (wf139: a first quarter's 一套表 split in December gave
        李建国 68, who was 67 at 2026-03-31); None, today, where no period was given."""
        return self.period.last_day if self.period else None

    def _item_named(self, sheet: str, name: str | None) -> str | None:
        """The key of a record sheet's item of that name; ``None`` for the item naming its records (姓名 …)."""
        if (sheet, name) not in self._named:
            self._named[sheet, name] = _name_item(self.mapping, sheet) if name is None else next(
                (i.key for i in self.mapping.items if (i.record or i.sheet) == sheet and C.squash(i.meaning) == name), None)
        return self._named[sheet, name]

    def people_by_number(self) -> dict[str, str]:
        """The 人员 sheet's people by their own ID number as typed (squeezed, X upper): number → name."""
        rows = self.collected.records.get(PERSONS, [])
        number_key = next((key for name in sorted(_OWN_ID_NAMES) if (key := self._item_named(PERSONS, name))), None)
        name_key = self._item_named(PERSONS, None)
        if not number_key or not name_key:
            return {}
        found = {}
        for row in rows:
            if number := _squeezed_id(row.get(number_key)):
                found[number] = C.squash(str(row.get(name_key) or ""))
        return found

    def drawn_width(self, ws: Worksheet, form: MappingForm, rows: int = 200) -> int:
        """The last column (1-based) of what the form draws: cells with text or a border, and merged ranges. A
        card's value goes no further (a label filling the last cell had its value written outside the form).
        Measured once a template: its copies (one a record) are drawn alike."""
        template = (form.path, form.sheet)
        if template not in self._drawn:
            known = max((rng.max_col for rng in ws.merged_cells.ranges), default=0)
            for row in ws.iter_rows(max_row=min(ws.max_row, rows)):
                for cell in row:
                    if cell.column > known and (cell.value is not None or cell.has_style and (
                            cell.border.left.style or cell.border.right.style or cell.border.top.style
                            or cell.border.bottom.style)):
                        known = cell.column
            self._drawn[template] = known
        return self._drawn[template]

    def start_report(self) -> SplitReport:
        """A fresh report for one job: its warnings and conversions, and the per-form lines they gather into."""
        self.report = SplitReport()
        self._kept = {}
        self._unkeyed = {}
        return self.report

    def any_value(self, form: MappingForm, fields: list[MappingField], records: list[int]) -> bool:
        """Whether any of the records has a value for any of the form's fields (as filled, before conversion)."""
        rows = self.collected.records.get(form.record_sheet or "", [])
        return any(not _is_blank(rows[n].get(f.item)) for n in records if n < len(rows) for f in fields)

    def card_record(self, form: MappingForm, f: MappingField, records: list[int], copy_no: int,
                    per_record: bool) -> int | None:
        """The record a card's field takes: its copy's own; the k-th of the records for the k-th of a repeated
        item (户内成员1, 户内成员2 …) on a card filled once; on a card written once per record, the k-th member
        of the copy's household, or none when the 一套表 cannot tell who lives together (other people's
        records in someone's card would be wrong, and would show them to the wrong family)."""
        if not f.slot:
            return records[copy_no] if copy_no < len(records) else None
        if not per_record:
            return records[f.slot - 1] if f.slot - 1 < len(records) else None
        own = records[copy_no] if copy_no < len(records) else None
        members = self.household(form, own) if own is not None else []
        rows = self._member_rows(form)
        if rows is None:
            members = _living_members(self, form, form, own, members) if own is not None else members
            return members[f.slot - 1] if f.slot - 1 < len(members) else None
        head_row, member_rows = rows
        row = parse_a1(f.cell)[0]
        pool = members  # the members' rows list the whole household, 户主 first …
        if head_row is not None:  # … unless the 户主 has a row of their own
            head = self._head_of(form, members)
            if row == head_row:
                return head
            pool = [m for m in members if m != head]
        # (wf109: a late wife stood among the 户内成员 of her daughter-in-law's 户籍证明, unsaid)
        pool = _living_members(self, form, form, own, pool) if own is not None else pool
        at = member_rows.index(row) if row in member_rows else f.slot - 1
        return pool[at] if at < len(pool) else None

    def _member_rows(self, form: MappingForm) -> tuple[int | None, list[int]] | None:
        """A card listing a household one member a row (「户主 | ___ | 家庭关系 | ___」 then 「户内成员 | ___ | 家庭关系
        | ___」 …): the 户主's row and the members' rows, so that a member's name and relation, slots of two items
        numbered from different rows, go to one person. None when the repeated items are not one a row."""
        if form.id not in self._rows_of:
            slotted = [f for f in self.mapping.fields if f.form == form.id and f.slot]
            by_item: dict[str, list[int]] = defaultdict(list)
            for f in slotted:
                by_item[f.item].append(parse_a1(f.cell)[0])
            found: tuple[int | None, list[int]] | None = None
            if slotted and all(len(set(rows)) == len(rows) for rows in by_item.values()):
                names = {f.item for f in self.mapping.fields if f.form == form.id and not f.slot
                         and C.squash(self.mapping.item(f.item).meaning) in _HEAD_NAMES}
                head_rows = {parse_a1(f.cell)[0] for f in self.mapping.fields if f.form == form.id and f.item in names}
                rows = sorted({r for rows in by_item.values() for r in rows})
                head_row = next((r for r in rows if r in head_rows), None)
                found = (head_row, [r for r in rows if r != head_row])
            self._rows_of[form.id] = found
        return self._rows_of[form.id]

    def _head_of(self, form: MappingForm, members: list[int]) -> int | None:
        """The 户主 among a household's records: the one whose 与户主关系 says 户主 (or 本人), else the first."""
        sheet = form.record_sheet or ""
        relation = self._item_named(sheet, "与户主关系")
        rows = self.collected.records.get(sheet, [])
        if relation:
            for n in members:
                if n < len(rows) and _heads_the_household(rows[n].get(relation)):
                    return n
        return members[0] if members else None

    def _heads_own(self, sheet: str, record: int, item: str | None) -> Any:
        """The head's own value of ``item`` (their 姓名, their 公民身份号码) for a member's record: the one of the
        household whose 与户主关系 says 户主 (wf41: three cards of one family had a blank 户主 row, and its head on
        none of them; wf42: the 户主公民身份号码 of a 实有人口 row was blank, or cut to 15 digits)."""
        found = self._household_index(sheet)
        relation = self._item_named(sheet, "与户主关系")
        rows = self.collected.records.get(sheet, [])
        if not relation or not item or record >= len(rows):
            return None
        if _heads_the_household(rows[record].get(relation)):
            return rows[record].get(item)  # (a head alone, no one typed beside them: their own — wf135)
        if found is None:
            return None
        keys, members = found
        wanted = self._household_of[sheet][record]
        if not all(wanted):
            return None
        return next((rows[n].get(item) for n in members.get(wanted, ()) if _heads_the_household(rows[n].get(relation))),
                    None)

    def _heads_own_row(self, f: MappingField, sheet: str, record: int) -> Any:
        """A household's 户主性别 or 户主年龄, or its own 联系电话, left blank, as the head's own row among the people
        says it: the cadre types a person's 性别 and 出生日期 once, on the 人员 sheet (wf78: the 户 sheet asked them
        again, and left blank, 住建局's card went out without its head's 性别 and 年龄). None where no one row is the
        head's."""
        meaning = C.squash(self.mapping.item(f.item).meaning)
        attribute = meaning.removeprefix("户主")
        # (a household's own 联系电话, on a sheet of households each keyed by its head, is the head's too: wf80's 公租房
        # 通讯 went out blank beside the head's phone on her row)
        # (the head's name, typed on the 户 row, finds their own row, whose 公民身份号码 the row left blank is theirs —
        # wf137: a 公租房 list went out with 刘芳's 身份证号 blank, her number on her own row; the key typed is never
        # the one taken)
        if sheet == PERSONS or attribute == meaning and sheet != _HOUSEHOLDS or not attribute \
                or attribute in _HEAD_KEY_ATTRIBUTES and not self._found_by_the_other_key(sheet, record, attribute):
            return None
        people = self.collected.records.get(PERSONS, [])
        if (sheet, record) not in self._heads_row:
            self._heads_row[sheet, record] = self._head_among_people(sheet, record) if people else None
        head = self._heads_row[sheet, record]
        if head is None:
            return None
        # (the head's own item: of the same data item on the 人员 sheet, else of the same name)
        concept = self.mapping.item(f.item).concept
        if (PERSONS, concept) not in self._of_concept:
            self._of_concept[PERSONS, concept] = next(
                (i.key for i in self.mapping.items if i.concept == concept and (i.record or i.sheet) == PERSONS), None)
        key = self._of_concept[PERSONS, concept] or self._item_named(PERSONS, attribute)
        if attribute in _HEAD_KEY_ATTRIBUTES:  # (their own number and name, not their row's 户主 columns)
            key = self._item_named(PERSONS, None) if attribute == "姓名" else self._own_id_item(PERSONS)
        value = people[head].get(key) if key else None
        if _is_blank(value) and attribute == _AGE_ITEM:
            value = self._age(PERSONS, people[head])
        return value

    def _found_by_the_other_key(self, sheet: str, record: int, attribute: str) -> bool:
        """Whether a household row's head is found by a key other than ``attribute``: its 户主姓名 where the number is
        asked, its 户主公民身份号码 where the name is."""
        rows = self.collected.records.get(sheet, [])
        if record >= len(rows) or attribute == "编号":
            return False
        other = self._item_named(sheet, "户主姓名" if attribute != "姓名" else "户主公民身份号码")
        return bool(other) and not _is_blank(rows[record].get(other))

    def _head_among_people(self, sheet: str, record: int) -> int | None:
        """The 人员 row of a household record's head: the one whose own number is its 户主公民身份号码, else the one
        of its 户主姓名 whom 与户主关系 does not say is someone else's member."""
        rows = self.collected.records.get(sheet, [])
        people = self.collected.records.get(PERSONS, [])
        if record >= len(rows):
            return None
        own_id, head_id = self._own_id_item(PERSONS), self._item_named(sheet, "户主公民身份号码")
        number = _shown_id(rows[record].get(head_id)).strip().upper() if head_id else ""
        if own_id and number:
            found = [n for n, person in enumerate(people) if _shown_id(person.get(own_id)).strip().upper() == number]
            if len(found) == 1:
                return found[0]
        name_item, head_name = self._item_named(PERSONS, None), self._item_named(sheet, "户主姓名")
        relation = self._item_named(PERSONS, "与户主关系")
        name = str(rows[record].get(head_name) or "").strip() if head_name else ""
        if not name_item or not name:
            return None
        found = [n for n, person in enumerate(people) if str(person.get(name_item) or "").strip() == name
                 and (not relation or _is_blank(person.get(relation)) or _heads_the_household(person.get(relation)))]
        return found[0] if len(found) == 1 else None

    def _own_id_item(self, sheet: str) -> str | None:
        """The key of a record sheet's own ID number (公民身份号码, not the 户主's), looked up once a sheet."""
        if (sheet, _OWN_ID) not in self._named:
            self._named[sheet, _OWN_ID] = next((i.key for i in self.mapping.items if (i.record or i.sheet) == sheet
                                                and i.rule == "id" and not C.squash(i.meaning).startswith("户主")), None)
        return self._named[sheet, _OWN_ID]

    def _head_item(self, f: MappingField, sheet: str, record: int, value: Any) -> Any:
        """A member's 户主姓名 left blank, or 户主公民身份号码 left blank or damaged, as the head's own record says."""
        name = C.squash(self.mapping.item(f.item).meaning)
        if f.slot or name not in _HEAD_ITEMS:
            return value
        if name in _HEAD_NAMES:
            return self._heads_own(sheet, record, self._item_named(sheet, None)) if _is_blank(value) else value
        if _id_soundness(value) == 0:
            return value
        head = self._heads_own(sheet, record, self._own_id_item(sheet))
        # (a damaged number is mended only by the head's sound one that begins as it does)
        typed = re.sub(r"\D", "", _shown_id(value) if isinstance(value, float) else str(value or ""))[:14]
        if _id_soundness(head) == 0 and (not typed or str(head).startswith(typed)):
            return head
        return value

    def household(self, form: MappingForm, record: int) -> list[int]:
        """The records of the household ``record`` belongs to, the head first and the others in GB/T 4761's order
        (else the 一套表's): those sharing its 户编号, else its 户主's ID number, else its 户主's name and village,
        else (no village column) its 户主's name."""
        sheet = form.record_sheet or ""
        found = self._household_index(sheet)
        if found is None:
            note = (f"{form.path}（{form.sheet}）：按户列出的栏目（如户内成员）没有填：一套表中没有户编号、户主身份证号或户主姓名，"
                    "无法知道谁与谁同户。")
            if note not in self.report.warnings:
                self.report.warnings.append(note)
            return []
        keys, members = found
        records = self.collected.records[sheet]
        wanted = self._household_of[sheet][record]
        if not all(wanted):
            # (wf31: with 户主姓名 left blank the members' rows of every card came out empty, and nothing said why;
            # wf81: the line did not say whose, and came once for each card of the form)
            names = "、".join(self.mapping.item(k).name for k, v in zip(keys, wanted, strict=True) if not v)
            lacking = self._unkeyed.setdefault(form.id, [])
            if record not in lacking:
                lacking.append(record)
            where = f"{form.path}（{form.sheet}）："
            self.report.warnings[:] = [w for w in self.report.warnings
                                       if not (w.startswith(where) and _UNKEYED_MARK in w)]
            who = self._records_named(sheet, records, lacking) + (f"等 {len(lacking)} 条记录" if len(lacking) > 5 else "")
            relation = self._item_named(sheet, "与户主关系")
            heads = not relation or _is_blank(records[record].get(relation)) \
                or _heads_the_household(records[record].get(relation))
            # (wf162: the line asked for a 户编号 the 一套表's notes say not to make up; the 户主's name or number,
            # which tells the household as well, was never mentioned)
            others = [i.name for i in self.mapping.items if (i.record or i.sheet) == sheet and not i.joins
                      and i.key not in keys and C.squash(i.meaning) in _WEAKER_HOUSEHOLD_KEYS]
            either = f"（或{'、'.join(dict.fromkeys(others))}，填其中一项即可）" if others else ""
            self.report.warnings.append(f"{where}{who}没有填“{names}”，{_UNKEYED_MARK}，户内成员栏中没有他们的家人"
                                        f"（是户主的，只填了本人）；请在一套表中为同户的每个人填上“{names}”{either}。")
            # (a head's own row at least: a one-person household's card had no one on it — wf81)
            return [record] if heads else []
        relation = self._item_named(sheet, "与户主关系")
        if not relation:
            return members[wanted]
        # (wf139: a child's card listed 弟弟, 母亲, 父亲 as typed: the head first, then GB/T 4761's order)
        return sorted(members[wanted], key=lambda m: _place_in_household(records[m].get(relation)))

    def _household_index(self, sheet: str) -> tuple[list[str], dict[tuple[str, ...], list[int]]] | None:
        """The households of a record sheet (:meth:`_index_households`), found once a split."""
        if sheet not in self._households:
            self._households[sheet] = self._index_households(sheet)
        return self._households[sheet]

    def _index_households(self, sheet: str) -> tuple[list[str], dict[tuple[str, ...], list[int]]] | None:
        """The columns naming a household on a record sheet (the strongest it has) and its members by them.

        A row that leaves the strongest blank is of the household another of its columns names: wf133's cadre left
        户编号 blank and typed each member's 户主姓名 and 户主公民身份号码, and the 监测户台账 went out with the head's
        row alone filled. Its members are then keyed by that weaker column's values (never joining two households
        whose 户编号 differ); the head's own row, its 户主 columns left blank, by the head's own number and name."""
        items = [i for i in self.mapping.items if (i.record or i.sheet) == sheet and not i.joins]
        rows = self.collected.records.get(sheet, [])
        # (every numbering column a household has is a key of its own: wf135's cadre typed 户编号 on every row and left
        # 户口簿户号 blank, and the first found, 户口簿户号, had named no household)
        numbers = [[i.key] for i in items if C.squash(i.meaning) in HOUSEHOLD_KEYS[0][0]]
        numbers.sort(key=lambda keys: -sum(1 for row in rows if _squeezed(row.get(keys[0]))))
        key_sets = [*numbers, *(keys for names in HOUSEHOLD_KEYS[1:]
                                if None not in (keys := [next((i.key for i in items if C.squash(i.meaning) in words), None)
                                                         for words in names]))]
        if not key_sets:
            return None
        strongest: list[str] = key_sets[0]  # type: ignore[assignment]
        relation = self._item_named(sheet, "与户主关系")
        own = {i.key: mine for i in items
               if (mine := self._own_id_item(sheet) if C.squash(i.meaning) in HOUSEHOLD_KEYS[1][0]
                   else self._item_named(sheet, None) if C.squash(i.meaning) in HOUSEHOLD_KEYS[-1][0] else None)}

        def value(row: Record, key: str) -> str:
            typed = _squeezed(row.get(key))
            if not typed and key in own and relation and _heads_the_household(row.get(relation)):
                typed = _squeezed(row.get(own[key]))  # (the head's own row: the 户主 columns are their own)
            return typed

        household = list(range(len(rows)))  # union-find of rows into households
        own_id = self._own_id_item(sheet)

        def root(n: int) -> int:
            while household[n] != n:
                household[n] = household[household[n]]
                n = household[n]
            return n

        idents = [[tuple(value(row, k) for k in keys) for row in rows] for keys in key_sets]  # type: ignore[arg-type]
        named = idents[0]
        strongest_of = {n: named[n] for n in range(len(rows)) if all(named[n])}  # root → its household's strongest

        def join(a: int, b: int) -> None:
            a, b = root(a), root(b)
            if a != b and not (a in strongest_of and b in strongest_of and strongest_of[a] != strongest_of[b]):
                household[a] = b
                if a in strongest_of:
                    strongest_of.setdefault(b, strongest_of[a])

        # (a head's name two households share, 王建国 of 户编号 H8 and of H9, names neither: the rows a weaker value
        # gathers join only where no stronger column tells them apart)
        for level in range(len(key_sets)):
            gathered: dict[tuple[str, ...], list[int]] = defaultdict(list)
            for n, ident in enumerate(idents[level]):
                if all(ident):
                    gathered[ident].append(n)
            for together in gathered.values():
                if any(len({idents[stronger][n] for n in together if all(idents[stronger][n])}) > 1
                       for stronger in range(level)):
                    continue
                heads = [n for n in together if relation and _heads_the_household(rows[n].get(relation))]
                if len(heads) > 1 and len({_squeezed(rows[n].get(own_id)) if own_id else "" for n in heads} - {""}) != 1:
                    # (wf144: two 户主 named 王建国, each with a number of his own, and their members' rows naming the
                    # head by name only: both households came out as one on every card and 监测户台账 row)
                    name = self._item_named(sheet, None)
                    who = "、".join(f"{str(rows[n].get(name) or '').strip() if name else ''}（第 {n + 1} 条）" for n in heads[:5])
                    line = (f"“{sheet}”中有 {len(heads)} 位户主同名（{who}），同户的人只填了"
                            "户主姓名，分不清是哪一户：户内成员、家庭人口数等按户的栏目没有把他们合在一起；请为同户的每个人填上"
                            "户编号或户主公民身份号码后重新分发。")
                    if line not in self.report.alerts:
                        self.report.alerts.append(line)
                    continue
                for n in together[1:]:
                    join(n, together[0])
        tops = [root(n) for n in range(len(rows))]
        sizes = Counter(tops)
        members: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for n, top in enumerate(tops):
            if all(named[n]) or top in strongest_of:
                members[strongest_of.get(top, named[n])].append(n)
            elif sizes[top] > 1 or any(all(idents[level][n]) for level in range(1, len(key_sets))):
                # (a household only its weaker columns name, of one person too: wf161's 赵桂兰 and 陈志强, each her own
                # 户主 with no 户编号, had been one household of two, and her 家庭人口数 1 said to be wrong)
                members[(f"#{top}",) * len(strongest)].append(n)
            else:
                members[named[n]].append(n)
        self._household_of[sheet] = {n: key for key, rows_of in members.items() for n in rows_of}
        return strongest, members

    def tick_the_dead(self) -> None:
        """A record marked dead one way (a 退出原因 of 死亡, a 死亡日期) has the death ticks it left blank ticked: a form
        asking 死亡人员（√） lists its dead by that tick (wf118: a 医保参保清理 list missed a man whose 低保退出 said
        死亡, while the line said the forms asking deaths listed him)."""
        for sheet, rows in self.collected.records.items():
            ticks = [k for k in death_marks(self.mapping, sheet)
                     if not _NOT_A_DEATH_TICK_RE.search(self.mapping.item(k).meaning)]
            for n, row in enumerate(rows):
                if ticks and self.marked_dead(sheet, n):
                    for k in ticks:
                        if _is_blank(row.get(k)):
                            row[k] = "是"
                            self.ticked_dead.add((sheet, n, k))

    def household_sizes_told(self) -> list[str]:
        """A household whose 家庭人口数 is smaller than the living people the 一套表 lists in it: one of the two is
        wrong, and every department's form gets the number as typed (wf139: 李建国's 家庭人口数 4 with five people
        listed, and the 监测户台账 went out with 4 on each of their rows). A household listing fewer people than its
        number is usual: the 一套表 need not list everyone."""
        # (「家庭人口数（人）」: the item as the 一套表 prints it, its unit said — wf143 found no line for it)
        size_key = next((i.key for i in self.mapping.items if (i.record or i.sheet) == PERSONS and not i.joins
                         and bare_name(i.meaning) == _HOUSEHOLD_SIZE), None)
        found = self._household_index(PERSONS) if size_key else None
        if found is None:
            return []
        rows = self.collected.records.get(PERSONS, [])
        relation = self._item_named(PERSONS, "与户主关系")
        said: list[str] = []
        for key, members in found[1].items():
            if not all(key):
                continue  # (rows no column puts in a household: none of them is known to live with another)
            living = [m for m in members if not self.marked_dead(PERSONS, m)]
            sizes = {size for m in members if (size := _whole_number(rows[m].get(size_key))) is not None}
            if len(sizes) == 1 and (size := sizes.pop()) < len(living):
                if relation:  # (the head first, then GB/T 4761's order, as the forms list them)
                    living.sort(key=lambda m: _place_in_household(rows[m].get(relation)))
                more = "等" if len(living) > 5 else ""
                said.append(f"{self._records_named(PERSONS, rows, living[:1])}户的“{_HOUSEHOLD_SIZE}”填 {size}，一套表中同户列了 "
                            f"{len(living)} 人（{self._records_named(PERSONS, rows, living)}{more}）：各部门报表按所填的 "
                            f"{size} 写入，请核对后改正。")
        return said

    def household_sizes_compared(self) -> None:
        """A household's 家庭人口数 asked on the 户 sheet and on its people's rows, typed differently in the two: each
        form got the number of the sheet it reads, and the cadre is asked to settle it (wf161: the 一户一表 went out
        with 5, the 监测户台账 with 6 on every member's row, unsaid). A 户 row is its head's household: the person
        whose own number is its 户主公民身份号码, else the one person of its 户主姓名."""
        sizes = {sheet: next((i.key for i in self.mapping.items if (i.record or i.sheet) == sheet and not i.joins
                              and bare_name(i.meaning) == _HOUSEHOLD_SIZE), None) for sheet in (PERSONS, _HOUSEHOLDS)}
        found = self._household_index(PERSONS) if None not in sizes.values() else None
        if found is None:
            return
        members = found[1]
        head_id, head_name = self._head_items(_HOUSEHOLDS)
        own_id, own_name = self._own_id_item(PERSONS), self._item_named(PERSONS, None)
        people = self.collected.records.get(PERSONS, [])
        by_id = {number: m for m, person in enumerate(people) if own_id and (number := _squeezed(person.get(own_id)))}
        by_name: dict[str, list[int]] = defaultdict(list)
        for m, person in enumerate(people):
            if own_name and (name := _squeezed(person.get(own_name))):
                by_name[name].append(m)
        for n, row in enumerate(self.collected.records.get(_HOUSEHOLDS, [])):
            named = by_name.get(_squeezed(row.get(head_name)) if head_name else "", [])
            head = by_id.get(_squeezed(row.get(head_id)) if head_id else "") \
                or (named[0] if len(named) == 1 else None)
            typed = _whole_number(row.get(sizes[_HOUSEHOLDS]))
            if head is None or typed is None or not all(key := self._household_of[PERSONS][head]):
                continue
            theirs = {size for m in members.get(key, [])
                      if (size := _whole_number(people[m].get(sizes[PERSONS]))) is not None}
            if theirs and theirs != {typed}:
                item = self.mapping.item(sizes[_HOUSEHOLDS])  # type: ignore[arg-type]
                self.report.alerts.append(
                    f"{self.place_of(item, _HOUSEHOLDS, n)}（{_HOUSEHOLD_SIZE}）填了 {typed}，人员表中同户的人填的是 "
                    f"{'、'.join(map(str, sorted(theirs)))}：两处不一致，已各按所填分发，请核对后改成一致。")

    def share_household_items(self, jobs: list[_Job] | None = None) -> list[str]:
        """What a household answers once (家庭人口数, 户类型, 家庭电话), typed on one of its people's rows and left
        blank on the others, filled in on theirs: the head's value, else the one value the others typed. wf95's cadre
        typed 家庭人口数 on the head's row; a 高校 card and a 脱贫学生名单 of his grandchildren went out without it.
        Values only: who goes on which form was chosen from what was typed. The line names those whose forms
        (of ``jobs``) ask what was filled in (wf102 was told of people no form took the value to)."""
        rows = self.collected.records.get(PERSONS, [])
        received = _received_by_item(self, jobs or [])  # item → records some form asking it receives
        items = [i for i in self.mapping.items if (i.record or i.sheet) == PERSONS and not i.joins
                 and _HOUSEHOLD_ITEM_RE.match(C.squash(i.meaning))]
        found = self._household_index(PERSONS)
        heads = self._heads_from_the_household_sheet(received, jobs is None) if found is None else []
        if found is None and rows and items:
            # (wf110: the 一套表 asks no 户编号 or 户主姓名, and 人数, 致贫原因 typed on the head's row alone went out on
            # that row only, unsaid)
            typed = [n for n, row in enumerate(rows) if any(not _is_blank(row.get(i.key)) for i in items)]
            if typed and len(typed) < len(rows):
                # (「户类型、风险类型等等」: _few says 等 of more than two, the line says it of them all — wf117)
                return [*heads, f"{_few([i.name for i in items if any(not _is_blank(rows[n].get(i.key)) for n in typed)], 2)}"
                        .removesuffix("等") + "等全户的情况只写入了填写它的那几行：一套表中没有户编号、户主姓名等列，无法知道谁与谁同户，"
                        "请在同户每个人的一行都填上后重新分发。"]
        if not rows or not items or found is None:
            return heads
        relation = self._item_named(PERSONS, "与户主关系")
        shared: dict[int, list[str]] = {}  # record → the items filled in on its row
        said = []
        # (a member, by 与户主关系, whose household cannot be told)
        unkeyed = [n for key, household in found[1].items() if not all(key) for n in household
                   if relation and not _is_blank(rows[n].get(relation)) and not _heads_the_household(rows[n].get(relation))
                   and any(_is_blank(rows[n].get(i.key)) for i in items)]
        if unkeyed and any(not _is_blank(row.get(i.key)) for row in rows for i in items):
            # (wf99 typed 户编号 on the head's row only: the members' 人数 and 户类型 went out blank, unsaid)
            keys = _few([self.mapping.item(k).name for k in found[0]], 2)
            more = f"等 {len(unkeyed)} 人" if len(unkeyed) > 5 else ""
            said.append(f"{self._records_named(PERSONS, rows, unkeyed)}{more}的一行没有填{keys}，不知道与谁同户，"
                        f"{_few([i.name for i in items], 2).removesuffix('等')}等全户的情况没有从户主一行带入：请为同户的每个人填上{keys}后重新分发。")
        said.extend(self._from_the_household_sheet(found, received, jobs is None))
        for key, household in found[1].items():
            if len(household) < 2 or not all(key):
                continue
            head = next((n for n in household if relation and _heads_the_household(rows[n].get(relation))), None)
            for item in items:
                typed = {C.squash(str(rows[n][item.key])): rows[n][item.key] for n in household
                         if not _is_blank(rows[n].get(item.key))}
                if head is not None and not _is_blank(rows[head].get(item.key)):
                    value = rows[head][item.key]
                elif len(typed) == 1:
                    value = next(iter(typed.values()))
                else:
                    continue  # (none typed, or members typed different values and no head says which)
                for n in household:
                    if _is_blank(rows[n].get(item.key)):
                        rows[n][item.key] = value
                        if jobs is None or n in received[item.key]:
                            shared.setdefault(n, []).append(item.name)
        if not shared:
            return said
        # (each person with what was filled in for them: wf101 read the head among those who had left 户类型 blank)
        return [*said, f"全户的情况只在同户一人的一行填写的，已按同户户主（或同户其他人）所填写入其他人的部门报表：{self._who_got(rows, shared)}；"
                "如不对，请在一套表中逐人填写后重新分发。"]

    def _heads_from_the_household_sheet(self, received: dict[str, set[int]], every: bool) -> list[str]:
        """Where the 人员 sheets name no household (no 户编号, 户主姓名), the 户 sheet's row whose 户主公民身份号码 is a
        person's own number is that person's household, its head: what it says of an item both sheets ask goes to the
        head's row where it is blank (wf131: 家庭人口数 typed on the 户 sheet alone reached no 监测户台账 row, even the
        head's own, unsaid)."""
        rows = self.collected.records.get(PERSONS, [])
        houses = self.collected.records.get(_HOUSEHOLDS, [])
        mine, theirs = self._items_by_concept(PERSONS), self._items_by_concept(_HOUSEHOLDS)
        head_id = next((i.key for i in theirs.values() if C.squash(i.meaning) in HOUSEHOLD_KEYS[1][0]), None)
        own_id = next((key for name in sorted(_OWN_ID_NAMES) if (key := self._item_named(PERSONS, name))), None)
        if not rows or not houses or not head_id or not own_id:
            return []
        asked = [(mine[c], theirs[c]) for c in mine.keys() & theirs.keys() if theirs[c].key != head_id]
        by_number = {_squeezed_id(row.get(own_id)): n for n, row in enumerate(rows) if _squeezed_id(row.get(own_id))}
        filled: dict[int, list[str]] = {}
        for house in houses:
            n = by_number.get(_squeezed_id(house.get(head_id)))
            if n is None:
                continue
            for person_item, house_item in asked:
                if not _is_blank(value := house.get(house_item.key)) and _is_blank(rows[n].get(person_item.key)):
                    rows[n][person_item.key] = value
                    if every or n in received.get(person_item.key, ()):
                        filled.setdefault(n, []).append(person_item.name)
        if not filled:
            return []
        return [f"全户的情况只在“{_HOUSEHOLDS}”表填写的，已按户主公民身份号码写入户主本人的部门报表：{self._who_got(rows, filled)}；"
                "同户其他人的一行没有写入（一套表中没有户编号、户主姓名等列，无法知道谁与谁同户）。"]

    def _items_by_concept(self, sheet: str) -> dict[str, MappingItem]:
        """A record sheet's own items (no join columns) by their concept."""
        return {i.concept: i for i in self.mapping.items if (i.record or i.sheet) == sheet and not i.joins}

    def _who_got(self, rows: list[Record], filled: dict[int, list[str]]) -> str:
        """「王建国（家庭人口数、户类型等）、…等 7 人」: the people written, each with what they got."""
        who = "、".join(f"{self._records_named(PERSONS, rows, [n])}（{_few(filled[n], 2)}）" for n in sorted(filled)[:5])
        return who + (f"等 {len(filled)} 人" if len(filled) > 5 else "")

    def _from_the_household_sheet(self, found: tuple[list[str], dict[tuple[str, ...], list[int]]],
                                  received: dict[str, set[int]], every: bool) -> list[str]:
        """An item the 一套表 asks on the 人员 sheet and again on the 户 sheet (家庭人口数 of a 监测户台账, which lists people,
        and of a household survey): what the household's row on the 户 sheet says goes to its people's rows where they
        left it blank (wf123: typed once on the 户 sheet, where a cadre puts it, it reached the 台账's 人数 column blank,
        unsaid). Where both are typed and differ, each form gets its own and the clerk is told."""
        rows = self.collected.records.get(PERSONS, [])
        houses = self.collected.records.get(_HOUSEHOLDS, [])
        mine, theirs = self._items_by_concept(PERSONS), self._items_by_concept(_HOUSEHOLDS)
        # (the 户主姓名 column merge adds to the 人员 sheet for telling households apart is no form's: the 户 sheet's
        # own 户主姓名 is the same name — wf132's 监测户台账 beside a household survey)
        named = {C.squash(i.meaning): i for i in theirs.values()}
        keys = [theirs.get((item := self.mapping.item(k)).concept) or named.get(C.squash(item.meaning)) for k in found[0]]
        asked = [(mine[c], theirs[c]) for c in mine.keys() & theirs.keys() if mine[c].key not in found[0]]
        if not houses or not asked or None in keys:
            return []
        by_key: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for h, house in enumerate(houses):
            by_key[_identity(house, [k.key for k in keys if k is not None])].append(h)
        filled: dict[int, list[str]] = {}
        differ: list[str] = []
        for key, household in found[1].items():
            if not all(key) or len(by_key.get(key, ())) != 1:
                continue
            house = houses[by_key[key][0]]
            for person_item, house_item in asked:
                value = house.get(house_item.key)
                if _is_blank(value):
                    continue
                typed = {_yes_or_no(rows[n][person_item.key]) for n in household if not _is_blank(rows[n].get(person_item.key))}
                if typed and typed != {_yes_or_no(value)}:
                    differ.append(f"{self._records_named(PERSONS, rows, household[:1])}户的{person_item.name}："
                                  f"“{PERSONS}”表填{'、'.join(sorted(typed))}，“{_HOUSEHOLDS}”表填{C.squash(str(value))}")
                    continue
                for n in household:
                    if _is_blank(rows[n].get(person_item.key)):
                        rows[n][person_item.key] = value
                        if every or n in received.get(person_item.key, ()):
                            filled.setdefault(n, []).append(person_item.name)
        said = []
        if filled:
            said.append(f"全户的情况只在“{_HOUSEHOLDS}”表填写的，已按该户在“{_HOUSEHOLDS}”表的一行写入同户每个人的部门报表："
                        f"{self._who_got(rows, filled)}。")
        if differ:
            # (a conflict, as a village's figure typed differently on the 村 and 指标 sheets is: wf144's 家庭人口数 4 on the
            # head's row and 5 on the 户 sheet went out both ways under a 提示 a clerk could pass over)
            line = (f"同一户在两张表上填得不一致，各表按各自所填写入，请核对后改成一致：{'；'.join(differ[:5])}"
                    + (f"等 {len(differ)} 处" if len(differ) > 5 else "") + "。")
            if line not in self.report.alerts:
                self.report.alerts.append(line)
        return said

    def parents_from_the_household(self, jobs: list[_Job]) -> list[str]:
        """A child of the household's head (与户主关系 子 or 女, GB/T 4761 20, 30) whose 母亲姓名 or 父亲姓名 is left blank
        has the head and the head's spouse for parents, by their sex (wf116: a 婴儿出生花名册 went out with both blank,
        the parents the baby's 户主 and 配偶). A grandchild's parents are not guessed: the head's son may be an uncle."""
        rows = self.collected.records.get(PERSONS, [])
        name_key, to_head = self._item_named(PERSONS, None), self._item_named(PERSONS, "与户主关系")
        parents = {role: key for role in ("母亲", "父亲") if (key := self._item_named(PERSONS, role + "姓名"))}
        if not rows or not name_key or not to_head or not parents:
            return []
        found = self._household_index(PERSONS)
        if found is None:
            return []
        keys, households = found
        received = _received_by_item(self, jobs)  # (only for a form that lists the child and asks the name)
        filled: dict[int, list[str]] = {}  # the child → the parents written in for them
        for n, row in enumerate(rows):
            if not any(n in received[key] for key in parents.values()) or relation_kind(answer_word(C.squash(str(row.get(to_head) or "")))) not in ("子", "女") \
                    or all(not _is_blank(row.get(key)) for key in parents.values()):
                continue
            members = households.get(self._household_of[PERSONS][n], []) if all(self._household_of[PERSONS][n]) else []
            kinds = {m: relation_kind(answer_word(C.squash(str(rows[m].get(to_head) or "")))) for m in members}
            heads = [m for m, kind in kinds.items() if kind == "户主"]
            spouses = [m for m, kind in kinds.items() if kind == "配偶"]
            if len(heads) != 1 or len(spouses) > 1:
                continue
            by_sex = {self._sex_of(PERSONS, m)[:1]: m for m in (*heads, *spouses)}
            for role, key in parents.items():
                parent = by_sex.get("女" if role == "母亲" else "男")
                if _is_blank(row.get(key)) and parent is not None and not _is_blank(rows[parent].get(name_key)):
                    row[key] = rows[parent][name_key]
                    filled.setdefault(n, []).append(role)
        if not filled:
            return []
        # (wf141: 「刘洋的母亲、父亲姓名没有填」 of a baby whose 父亲姓名 was typed: each line names the parents written in)
        said = []
        for roles in dict.fromkeys(tuple(r) for r in filled.values()):
            people = [n for n, r in filled.items() if tuple(r) == roles]
            more = f"等 {len(people)} 人" if len(people) > 5 else ""
            said.append(f"{self._records_named(PERSONS, rows, people)}{more}的{'、'.join(roles)}姓名没有填，是户主的子女，"
                        f"已按同户的户主{'和配偶（按性别）' if len(roles) > 1 else '或配偶（按性别）'}填入；"
                        "如不对，请在一套表中填写后重新分发。")
        return said

    def take_from_relatives_rows(self, jobs: list[_Job] | None = None) -> list[str]:
        """A guardian's own items (性别, 公民身份号码, 民族, 现住址 …) left blank on a child's row, taken from the
        guardian's own row where the guardian is one of the village's people: the cadre types a person once (wf106:
        王小雨's 监护人 王建国 had his row filled, and 附件2 went out with only his name and phone). Only where the
        name is one person's: namesakes are never told apart by guessing. The line names those whose forms (of
        ``jobs``) ask what was taken."""
        rows = self.collected.records.get(PERSONS, [])
        name_key = self._item_named(PERSONS, None)
        if not rows or not name_key:
            return []
        received = _received_by_item(self, jobs or [])
        named: dict[str, list[int]] = defaultdict(list)
        for n, row in enumerate(rows):
            if not _is_blank(row.get(name_key)):
                named[C.squash(str(row[name_key]))].append(n)
        taken: dict[int, tuple[str, list[str]]] = {}
        for role in _RELATIVES_WITH_ROWS:
            role_name = self._item_named(PERSONS, role + "姓名")
            if not role_name:
                continue
            own = [(i, base) for i in self.mapping.items if (i.record or i.sheet) == PERSONS and not i.joins
                   and (meaning := C.squash(i.meaning)).startswith(role)
                   and (base := meaning[len(role):]) in _OWN_ATTRIBUTES]
            for n, row in enumerate(rows):
                typed = C.squash(str(row.get(role_name) or ""))
                relative = [m for m in named.get(typed, []) if m != n] if typed else []
                if len(relative) != 1:
                    continue
                for item, base in own:
                    if not _is_blank(row.get(item.key)):
                        continue
                    base_key = self._item_named(PERSONS, base)
                    value = rows[relative[0]].get(base_key) if base_key else None
                    if _is_blank(value) and base == _AGE_ITEM:
                        value = self._age(PERSONS, rows[relative[0]])
                    if not _is_blank(value):
                        row[item.key] = value
                        if jobs is None or n in received[item.key]:
                            taken.setdefault(n, (typed, []))[1].append(item.name)
                            if base_key:
                                self.reaching_others.add((PERSONS, relative[0], base_key))
        if not taken:
            return []
        who = "、".join(f"{self._records_named(PERSONS, rows, [n])}（{name}：{_few(items, 2)}）"
                        for n, (name, items) in sorted(taken.items())[:5])
        more = f"等 {len(taken)} 人" if len(taken) > 5 else ""
        return [f"监护人、父母等的情况没有另填的，已按其本人在一套表中的一行写入：{who}{more}；如不对，请在一套表中逐项填写后重新分发。"]

    def label_kept(self, form: MappingForm, label: str, occupant: str) -> None:
        """Tell the clerk, in one line per form, which card values were not written over a label beside them."""
        report_labels = self._kept.setdefault(form.id, {})
        if not report_labels:
            self.report.warnings.append("")
            report_labels[""] = len(self.report.warnings) - 1  # where the form's line is
        report_labels.setdefault(C.squash(label), C.squash(occupant)[:20])
        labels = [k for k in report_labels if k]
        shown = "".join(f"“{k}”" for k in labels[:5]) + (f"等 {len(labels)} 项" if len(labels) > 5 else "")
        occupant = next((report_labels[k] for k in labels if report_labels[k]), "")
        beside = f"右边的格子是别的表头（如“{occupant}”），不是填写处" if occupant else "右边已到表格边缘，没有填写格"
        self.report.warnings[report_labels[""]] = (
            f"{form.path}（{form.sheet}）：{shown}没有填入，它们{beside}，表头保持原样（这张表可能是一行一条记录的名册，"
            "而不是一人一表，请核对原表）。")

    def example_cleared(self, form: MappingForm, rows: range) -> None:
        """Tell the clerk that the template's example record was replaced (once per form, not per copy)."""
        where = f"第 {rows[0]} 行" if len(rows) == 1 else f"第 {rows[0]}–{rows[-1]} 行"
        note = f"{form.path}（{form.sheet}）：模板{where}是填写示例，已清除，由采集的记录填入。"
        if note not in self.report.warnings:
            self.report.warnings.append(note)

    def records_for(self, form: MappingForm) -> list[int]:
        """Indices of the records this form receives (``_records_for``), a late person among them said."""
        chosen = self._by_household(form, self._without_the_late(form, self._records_for(form)))
        self._people_twice(form, chosen)
        return chosen

    def _by_household(self, form: MappingForm, chosen: list[int]) -> list[int]:
        """A list asking 与户主关系 lists its people household by household, each head first, the others in GB/T 4761's
        order (配偶, 子, 女, 孙子女, 父母 …) (wf135: a 监测户台账 printed 马一, 牛一, 马二, 牛二 as typed, and the
        department could not tell whose wife 马二 was; wf139: 户主, 孙子, 儿媳, 配偶, 子 as typed). Households keep the
        order their first person was typed in; a person whose household cannot be told stays where typed."""
        sheet = form.record_sheet or ""
        relation = self._relation_it_lists_by(form)
        if len(chosen) < 3 or not relation or self._household_index(sheet) is None:
            return chosen
        rows = self.collected.records.get(sheet, [])
        of = self._household_of[sheet]
        typed = {n: place for place, n in enumerate(chosen)}
        first: dict[tuple[str, ...], int] = {}
        for n in chosen:
            if all(of[n]):
                first.setdefault(of[n], typed[n])
        return sorted(chosen, key=lambda n: (first[of[n]] if all(of[n]) else typed[n],
                                             _place_in_household(rows[n].get(relation)), typed[n]))

    def _a_no(self, key: str, value: Any) -> bool:
        """A no (否, 无, 0, ×) answering an item the 一套表 asks yes or no."""
        item = self.mapping.item(key)
        return item.rule == "list" and bool(item.options) and set(item.options) <= {"是", "否"} \
            and isinstance(value, str | int) and not isinstance(value, bool) and C.squash(str(value)) in _UNTICKED_WORDS

    def _of_its_kind(self, form: MappingForm, chosen: list[int]) -> list[int]:
        """A register of one kind of body (个体工商户, 农民专业合作社) receives the bodies whose 统一社会信用代码 says that kind
        (GB 32100: registered by 工商 「9」, then 「1」 an enterprise, 「2」 a 个体工商户, 「3」 a 农民专业合作社); a body
        whose code says another is left off, and said (wf130: a 公司 and a 合作社, their codes 91… and 93…, each got a
        个体户登记 card under its own name). A body with no code stays."""
        kind = next((code for words, code in _BODY_KINDS if re.search(words, form.title)), None)
        sheet = form.record_sheet or ""
        # (「注册号/统一社会信用代码」 of a 个体户登记 card is the code too — wf131)
        code_key = next((i.key for i in self.mapping.items if (i.record or i.sheet) == sheet and not i.joins
                         and _CREDIT_CODE_ITEM in C.squash(i.meaning)), None) if kind else None
        if not kind or not code_key:
            return chosen
        rows = self.collected.records.get(sheet, [])
        other = [n for n in chosen if re.fullmatch(r"9[1-3][0-9A-Z]{16}", code := C.squash(str(rows[n].get(code_key) or "")).upper())
                 and code[:2] != kind]
        said = "、".join(f"{self._records_named(sheet, rows, [n])}（{C.squash(str(rows[n][code_key])).upper()}）" for n in other[:5])
        more = f"等 {len(other)} 条" if len(other) > 5 else ""
        line = (f"{form.department or '未注明'}《{form.title}》：{said}{more}的统一社会信用代码不是{_BODY_KIND_NAMES[kind]}的"
                f"（第 1、2 位应为 {kind}），未列入这张表。")
        if other and line not in self.report.warnings:
            self.report.warnings.append(line)
        return [n for n in chosen if n not in other]

    def _people_twice(self, form: MappingForm, chosen: list[int]) -> None:
        """Two records of one person (the same ID number, or the same name and birth date) a list receives: said, never
        merged here (wf82: 张建国 stood on rows 3 and 11 of a 监测户台账, his masked number never joined to his full one,
        and nothing said so)."""
        sheet = form.record_sheet
        if not sheet or len(chosen) < 2 or form.layout == "card":
            return
        records = self.collected.records.get(sheet, [])
        own_id, name, birth = self._own_id_item(sheet), self._item_named(sheet, None), self._item_named(sheet, "出生日期")
        seen: dict[tuple[str, ...], int] = {}
        twice: list[int] = []
        numbered: dict[str, list[str]] = defaultdict(list)  # name → the whole numbers of those so named
        masked: list[tuple[int, str, str]] = []
        for n in chosen:
            number = _shown_id(records[n].get(own_id)).strip().upper() if own_id else ""
            person = str(records[n].get(name) or "").strip() if name else ""
            born = str(records[n].get(birth) or "").strip()[:10] if birth else ""
            if "*" in number and person:
                masked.append((n, person, number))
            elif len(number) == 18 and person:
                numbered[person].append(number)
            for key in ((("id", number),) if len(number) == 18 and "*" not in number else ()) + \
                    ((("named", person, born),) if person and born else ()):
                if key in seen and seen[key] != n:
                    twice.append(n)
                    break
                seen.setdefault(key, n)
        # (a number masked where a form printed it, 5107221985****0138, of one named as a whole number's holder is)
        twice += [n for n, person, number in masked if n not in twice
                  and any(masked_agrees(number, whole) for whole in numbered.get(person, ()))]
        if twice:
            who = self._records_named(sheet, records, twice) + (f"等 {len(twice)} 人" if len(twice) > 5 else "")
            line = (f"{form.department or '未注明'}《{form.title}》：{who}在一套表中有两条记录（身份证号相同，姓名和出生日期相同，"
                    "或被遮挡的号码与同名者的号码相符），都列入了这张表：请在一套表中删去重复的一条后重新分发。")
            if line not in self.report.alerts:
                self.report.alerts.append(line)

    def marked_dead(self, sheet: str, record: int) -> bool:
        """The cadre marked the record dead (死亡人员 √, a 死亡日期)."""
        if sheet not in self._death_marks:
            self._death_marks[sheet] = death_marks(self.mapping, sheet)
        rows = self.collected.records.get(sheet, [])
        return record < len(rows) and any(marks_a_death(self.mapping.item(k), rows[record].get(k))
                                          for k in self._death_marks[sheet])

    def _without_the_late(self, form: MappingForm, chosen: list[int]) -> list[int]:
        """The records a form about the living receives, those the cadre marked dead (死亡人员 √, a 死亡日期) left off
        and noted for one line (wf112, wf114: the dead went onto 养老服务补贴 and 老党员补贴 lists at 200 and 300 元 a
        month, and nine lines, one a form, asked the clerk to delete them from eight files by hand; wf70 had them
        said). A form that asks the death, or whose title is of deaths or of people leaving (退出, 注销, 清理), keeps
        them."""
        if not form.record_sheet or not chosen or _DEATH_RE.search(form.title) or _LEAVING_TITLE_RE.search(form.title):
            return chosen
        if form.selector and self.mapping.item(form.selector).meaning.startswith(_ISSUE_TICK):
            return chosen  # (wf116: a 亲属关系核查 the cadre ticked to issue for the late man, 「经查其人已于…死亡」)
        marks = death_marks(self.mapping, form.record_sheet)
        if not marks or {f.item for f in self.mapping.fields if f.form == form.id}.intersection(marks):
            return chosen  # a form that asks the death itself (a 死亡人员核查表, a roll with 死亡日期) lists its dead
        records = self.collected.records.get(form.record_sheet, [])
        late = [n for n in chosen if any(marks_a_death(self.mapping.item(k), records[n].get(k)) for k in marks)]
        for n in late:
            self.late_left_off[form.record_sheet].setdefault(n, []).append(f"{form.department or '未注明'}《{form.title}》")
        if late and len(late) == len(chosen):
            # (wf117: 「没有勾选为“老党员”的记录」 was said of a 老党员补贴 list whose one ticked member had died)
            self._left_out[form.id] = (f"勾选的{self._records_named(form.record_sheet, records, late)}"
                                       f"{f'等 {len(late)} 人' if len(late) > 5 else ''}在一套表中已标记死亡，不列入这张表")
        # (said in their own line: what was typed for them is not said again as reaching no form)
        self.named_left_out.update((form.record_sheet, n) for n in late)
        self.named_items.update((form.record_sheet, n, "*") for n in late)
        return [n for n in chosen if n not in late]

    def _a_dead_head(self, sheet: str, record: int, name: str) -> bool:
        """Whether ``name``, written as a living record's 户主, is a record of its household marked dead."""
        rows = self.collected.records.get(sheet, [])
        name_key = self._item_named(sheet, None)
        if not name_key or self.marked_dead(sheet, record):
            return False
        same = [n for n, row in enumerate(rows) if C.squash(str(row.get(name_key) or "")) == C.squash(name)]
        return bool(same) and all(self.marked_dead(sheet, n) for n in same) and record not in same

    def late_left_off_lines(self) -> list[str]:
        """One line a record sheet naming the dead left off forms about the living, and those forms."""
        lines = []
        for sheet, late in self.late_left_off.items():
            records = self.collected.records.get(sheet, [])
            people = sorted(late)
            who = self._records_named(sheet, records, people) + (f"等 {len(people)} 人" if len(people) > 5 else "")
            marks = death_marks(self.mapping, sheet)
            said = _few([self.mapping.item(k).name for k in marks
                         if any(marks_a_death(self.mapping.item(k), records[n].get(k)) and (sheet, n, k) not in
                                self.ticked_dead for n in people)], 2)
            forms = list(dict.fromkeys(title for n in people for title in late[n]))
            lines.append(f"{who}在一套表中已标记死亡（{said}），未列入 {len(forms)} 张不问死亡的报表（{_few(forms, 3)}）；"
                         "问死亡、退出、注销的报表照常列入。如某张报表仍需列入，请在分发结果中手工补填。")
        return lines

    def _relation_it_lists_by(self, form: MappingForm) -> str | None:
        """The 与户主关系 item of a list asking it of each of its people (a list of people by household), else None."""
        relation = self._item_named(form.record_sheet or "", "与户主关系")
        if form.layout != "list" or not relation or not any(f.form == form.id and f.item == relation
                                                             for f in self.mapping.fields):
            return None
        return relation

    def _with_their_households(self, form: MappingForm, records: list[Record], chosen: list[int],
                               ticks: list[str]) -> list[int]:
        """A list of a group of households (监测户, 脱贫户, 低保户) giving each of its people with 与户主关系 takes the
        people of a ticked person's household whose tick was left blank (wf138: 是否防返贫监测对象 ticked for the head
        alone, the 监测户台账 went out with him alone, its 人数 saying 3); one answered 否 stays off. Said."""
        sheet = form.record_sheet or ""
        if not chosen or form.population not in _HOUSEHOLD_GROUPS or not self._relation_it_lists_by(form):
            return chosen
        found = self._household_index(sheet)
        if found is None:
            return chosen
        taken = set(chosen)
        joined = [m for n in chosen if all(key := self._household_of[sheet][n]) for m in found[1].get(key, ())
                  if m not in taken and all(_is_blank(records[m].get(k)) for k in ticks)]
        joined = list(dict.fromkeys(joined))
        # (wf143: a dead member was named 「已一并列入」 and, a line later, 「未列入」: the dead are said by the line on the
        # dead, who are listed only where a form asks deaths)
        named = [m for m in joined if not self.marked_dead(sheet, m)]
        if named:
            line = (f"{form.department or '未注明'}《{form.title}》逐户列出家庭成员：{self._records_named(sheet, records, named)}"
                    f"{f'等 {len(named)} 人' if len(named) > 5 else ''}没有勾选“{self.mapping.item(ticks[0]).name}”，与勾选了的"
                    "户主（或家人）同户，已一并列入；如不属于，请在一套表中填“否”后重新分发。")
            if line not in self.report.warnings:
                self.report.warnings.append(line)
        return sorted(taken | set(joined))

    def _records_for(self, form: MappingForm) -> list[int]:
        """Indices of the records this form receives: its subject's records, ticked for its group.

        A form about an event that befalls some people only (its title and items name 死亡, 迁出, 外出 …)
        receives the records that fill one of those items, group or no group: the living never go on a death
        check, a party member who stayed home never on the list of those who left. A form without a group
        column receives the records that fill at least one of its own items (务工地点 on a labour roster), when
        it has any beyond what every person has (姓名, 性别, 住址 …) and someone filled them."""
        if not form.record_sheet:
            return []
        records = self.collected.records.get(form.record_sheet, [])
        chosen = self._of_its_kind(form, list(range(len(records))))
        if form.selector:
            # (「困境儿童和留守儿童」: a list of two groups takes whoever is ticked for either — wf24 ticked 是否困境儿童 and
            # the 台账 of both groups received no one)
            deciding_ticks = [form.selector, *self._part_selectors(form)]
            chosen = [n for n in chosen if any(_answer(records[n], k) in YES for k in deciding_ticks)]
            self._unread_ticks(form.record_sheet, records, deciding_ticks)
            chosen = self._with_their_households(form, records, chosen, deciding_ticks)
        ticked = set(chosen)
        if form.selector and (band := _ages_a_form_takes(form)):
            chosen = self._of_age(form, records, chosen, band, deciding_ticks)
        # (A repeated item, 户内成员 1, 2, 3 …, is filled from the household's other records: it says nothing
        # about whom the form is for.)
        fields = [f for f in self.mapping.fields if f.form == form.id]
        # (a table of only repeated blocks, 基础型 | 增强型 | 提升型 商贸中心 each under its own header, asks its own
        # items in them: without them a pig farm with only its name filled reached the 商超 table — wf13)
        blocks_only = all(f.slot for f in fields)
        # (a member's item, 与学生关系 of a student's family table, is filled on the members' own rows: wf31 was told to
        # tick 是否高等学校学生 for the student's grandmother and parents)
        # (nor a group's 是否 column a form's kind tick shares: 「困难类型 › 监测户」 of a 关爱台账 is 是否防返贫监测对象,
        # whom another list takes — wf137, wf138: the 60岁以下独居 list's hint named it as its own item)
        own = list(dict.fromkeys(f.item for f in fields if (blocks_only or not f.slot) and not f.member
                                 and not is_everyones(self.mapping.item(f.item).meaning)
                                 and not self.mapping.item(f.item).selects))
        # What only this form asks (投保面积 of the crop insurance list) says whom it is about; what another form
        # asks too does not: a 户厕 household's 整治措施 does not put it on the 房屋安全 list, nor a 撂荒 plot's 面积
        # on the 流转 ledger (helper-61). A form with no item of its own has a 是否纳入… column (merge).
        # (Where a record is and which group its person is in are asked of everyone, whichever form happens to
        # word them its own way: 所在村民小组 and 是否脱贫户 put every household on a 隐患农房 survey — wf5.)
        distinctive = [k for k in own if len(self._asking[k]) == 1 and not _says_where_or_who(self.mapping.item(k))]
        # (A number a person holds, 医保个人编号 or 残疾证号, says who they are, not that a 参保清理 list is about
        # them: it decides only where the form asks nothing else of its own — wf6.)
        distinctive = [k for k in distinctive if not _NUMBER_HELD_RE.search(self.mapping.item(k).meaning)] or distinctive
        # Only a form whose title names the event (死亡人口核查表, 流出党员汇总表) is about those it befell: on a
        # labour roster 外出务工时间 is one item among others, and a worker who stayed home is on it too.
        events = [k for k in own if EVENT_RE.search(C.squash(self.mapping.item(k).meaning))] \
            if EVENT_RE.search(form.title) else []
        if events and form.selector and EVENT_RE.search(C.squash(self.mapping.item(form.selector).name)):
            # (A tick that names the event already says it befell the record: wf79's 是否流出党员 ticked, with 外出地点 and
            # 外出日期 left blank, had kept a member off the 流出党员汇总表 and told the cadre to tick him. Sent, and said.)
            self._ticked_without_event(form, records, chosen, events)
            events = []
        if form.selector:
            # (a 职业 filled, basic to anyone, is no sign of a forgotten 是否外出务工人员 tick — wf6)
            # (nor a 健康状况, which anyone has whatever theme the table files it under: wf67's adults were each named
            # as a 困境儿童 not ticked)
            # (nor what a household owns or answers once, typed on its head's row: wf108's 房产 and 存款 made the head
            # an alert for a 法律援助 form his household never applied for, and split exited 1)
            self._unticked_but_filled(form, records, ticked,
                                      [k for k in distinctive if self.mapping.item(k).theme != _BASIC_THEME
                                       and self.mapping.item(k).name not in _ANYONE_HAS
                                       and not _HOUSEHOLD_ITEM_RE.match(C.squash(self.mapping.item(k).meaning))])
        # (poor.xlsx, printed with no title and so of no group: its own 是否脱贫家庭学生 column says who is on it, not
        # the 学校名称 every schoolchild has — wf96, wf100: a 困境儿童 and a left-behind child went onto it unticked. A
        # titled form says what it lists: a 投保清单's 是否脱贫户 is something asked of the insured — wf5)
        # (one such column: several are a checklist, any tick of which lists the row — wf101's 医保参保清理 of 死亡人员,
        # 服刑人员, 已通知参保 … had dropped a newborn ticked only 已通知)
        untitled = C.squash(form.title) == C.squash(PurePosixPath(form.path).stem)
        groups = [k for k in own if _asks_membership(self.mapping.item(k))] \
            if untitled and not (form.selector or form.population or events) else []
        flags = groups if len(groups) == 1 else []
        if flags:
            # (answered either way: a list asking 是否… of each row lists those it asks it of — wf101's 否 is listed)
            flagged = [n for n in chosen if any(_answer(records[n], k) in YES | NO for k in flags)]
            others = [k for k in distinctive if k not in flags]
            unflagged = [n for n in chosen if n not in flagged and any(not _is_blank(records[n].get(k)) for k in others)]
            if unflagged:
                self.named_left_out.update((form.record_sheet or "", n) for n in unflagged)
                self.named_items.update((form.record_sheet or "", n, k) for n in unflagged for k in others)
                self.report.warnings.append(self._forgotten_tick(form, records, unflagged, others,
                                                                 self.mapping.item(flags[0]).name, either_way=True))
            if not flagged:
                self._left_out[form.id] = f"没有记录填写“{self.mapping.item(flags[0]).name}”"
            return flagged
        # (「实有人口数据」, 「村民花名册」: a register of everyone living here is everyone's, whatever else it asks)
        # (a village's row goes to each of its village's forms it filled anything of: 西村's 规划投入资金, asked by two
        # 帮扶资金 tables, left one of them blank — wf12)
        deciding = events or ([] if form.selector or _EVERYONE_RE.search(form.title)
                              else own if form.record_sheet == VILLAGES else distinctive or own)
        if not deciding:
            return chosen
        if form.register_kind:
            deciding = [*deciding, form.register_kind]  # (a centre said to be 增强型 is one of this table's)
        # (a no typed for the form's own ticks is no sign the record belongs there: wf131's 医保参保清理 listed two
        # people who had answered 0, 无 and × to each of its columns)
        # (a form whose columns are the answers, 「是否位于道路沿线 › 否 | 是」, records a 否 as any answer)
        answered_no = {f.item for f in self.mapping.fields if f.form == form.id and "否" in option_columns(f, form.layout)}
        filled = [n for n in chosen if any(not _is_blank(value := records[n].get(k))
                                           and (k in answered_no or not self._a_no(k, value)) for k in deciding)]
        names = "、".join(dict.fromkeys(self.mapping.item(k).name for k in deciding[:3]))
        more = "等" if len(deciding) > 3 else ""
        if len(filled) < len(chosen):
            self._left_out[form.id] = f"没有记录填了这张表特有的数据项（{names}{more}）"
            if filled:
                self.report.warnings.append(
                    f"{form.department or '未注明'}《{form.title}》：收到 {len(filled)} 条记录；另有 "
                    f"{len(chosen) - len(filled)} 条没有填这张表特有的数据项（{names}{more}），不属于这张表，未列入。")
        return filled

    def _ticked_without_event(self, form: MappingForm, records: list[dict[str, Any]], chosen: list[int],
                              events: list[str]) -> None:
        """The line naming ticked records that filled none of what the form asks of its event (外出地点, 外出日期)."""
        blank = [n for n in chosen if all(_is_blank(records[n].get(k)) for k in events)]
        if not blank:
            return
        who = self._records_named(form.record_sheet, records, blank)
        more = f"等 {len(blank)} 条记录" if len(blank) > 5 else ""
        asked = _few([self.mapping.item(k).name for k in events], 3)
        self.report.warnings.append(
            f"{form.department or '未注明'}《{form.title}》：{who}{more}勾选了“{self.mapping.item(form.selector).name}”，"
            f"已列入这张表，但{asked}没有填；请在一套表中补填后重新分发。")

    def _part_selectors(self, form: MappingForm) -> list[str]:
        """The 是否… columns of each group a two-group form's population names (困境儿童, 留守儿童 of 「困境儿童和留守
        儿童」), on its record sheet."""
        parts = set((form.population or "").split(_BOTH_GROUPS))
        if len(parts) < 2:
            return []
        return [i.key for i in self.mapping.items if i.selects in parts and (i.record or i.sheet) == form.record_sheet]

    def _unread_ticks(self, sheet: str, records: list[dict[str, Any]], ticks: list[str]) -> None:
        """A group's column holding neither a yes, a no nor a blank (「待核实」, 「对」): said once, so that the clerk
        is not told only that the record was not ticked (wf42)."""
        for key in ticks:
            for n, record in enumerate(records):
                answer = _answer(record, key)
                if answer and answer not in YES and answer not in NO and (sheet, n, key) not in self._warned:
                    self._warned.add((sheet, n, key))
                    item = self.mapping.item(key)
                    self.report.warnings.append(
                        f"{self.place_of(item, sheet, n)}（{item.name}）：“{str(record.get(key)).strip()}”不是“是”或“否”，"
                        "按没有勾选处理；如属这一群体，请改为“是”后重新分发。")

    def _unticked_but_filled(self, form: MappingForm, records: list[dict[str, Any]], ticked: set[int],
                             distinctive: list[str]) -> None:
        """A record not ticked for the form's group that fills what only this form asks (所在党支部 with 是否党员
        blank): the cadre may have forgotten the tick, and those values reach no form. Said, never guessed."""
        if not distinctive:
            return
        # (a 否 the cadre wrote is an answer, no forgotten tick: wf24's 外出务工 people, 是否流出党员 否, were alerts)
        answered_no = {n for n in range(len(records)) if form.selector and _answer(records[n], form.selector) in NO}
        # (wf91: a 法律援助证明 lists the applicant's household, and 张长海's 经营性收入 went onto his daughter-in-law's
        # copy; told to tick him, the cadre got a second certificate in his name)
        listed = {m for n in ticked for m in self.household(form, n)} if _lists_members(self.mapping, form) else set()
        forgotten = [n for n in range(len(records)) if n not in ticked and n not in answered_no and n not in listed
                     and any(not _is_blank(records[n].get(k)) for k in distinctive)]
        if not forgotten:
            return
        self.named_left_out.update((form.record_sheet or "", n) for n in forgotten)
        self.named_items.update((form.record_sheet or "", n, k) for n in forgotten for k in distinctive)
        group = self.mapping.item(form.selector).name if form.selector else ""
        # An item that names the group (所在党支部 of 老党员, 务工地点 of 外出务工人员) signals a forgotten tick; one any
        # child has (就学状态, asked only by the 困境儿童 register) is only worth a word (wf14: split exited 1).
        # (wf72: a college student ticked 是否高等学校学生 who filled 学校名称 was an alert for the 学籍 card's
        # 是否学生: one ticked for a kindred group, whose word the form's group ends with, belongs there — a word only)
        word = group.removeprefix("是否")
        kindred = [i.key for i in self.mapping.items if i.selects and i.key != form.selector and len(word) >= 2
                   and i.name.removeprefix("是否").endswith(word) and (i.record or i.sheet) == form.record_sheet]
        signalled = {n for n in forgotten if any(not _is_blank(records[n].get(k))
                                                 and _names_the_group(self.mapping.item(k).meaning, group)
                                                 for k in distinctive)
                     and not any(_answer(records[n], k) in YES for k in kindred)}
        if _CHILDREN_RE.search(group):
            # (wf73: a 50-year-old under guardianship who filled the 困境儿童 register's 监护人 columns was told to
            # tick 是否困境儿童: an adult belongs on no children's form, and what only it asks reaches no one)
            grown = [n for n in forgotten if (age := self._age(form.record_sheet, records[n])) is not None and age >= 18]
            if grown:
                message = self._grown_up(form, records, grown, distinctive, group)
                if message not in self.report.warnings:
                    self.report.warnings.append(message)
                forgotten = [n for n in forgotten if n not in grown]
        for chosen, said in (([n for n in forgotten if n in signalled], self.report.alerts),
                             ([n for n in forgotten if n not in signalled], self.report.warnings)):
            if chosen:
                message = self._forgotten_tick(form, records, chosen, distinctive, group)
                if message not in said:
                    said.append(message)

    def _of_age(self, form: MappingForm, records: list[dict[str, Any]], chosen: list[int],
                band: tuple[int, int], ticks: list[str]) -> list[int]:
        """The ticked records whose age the group's name admits; the others are named, never sent: a 76-year-old ticked
        是否新生儿 had gone onto a 婴儿出生花名册 and a 40-year-old onto a 困境儿童 list (wf77). The tick or the birth
        date is wrong, and only the cadre knows which."""
        ages = {n: self._age(form.record_sheet, records[n]) for n in chosen}
        outside = [n for n in chosen if (age := ages[n]) is not None and not band[0] <= age <= band[1]]
        if not outside:
            return chosen
        self.named_left_out.update((form.record_sheet or "", n) for n in outside)
        self.named_items.update((form.record_sheet or "", n, "*") for n in outside)
        # (wf141: a baby born in October, split for the first quarter, was 「刘洋（-1岁）」)
        who = "、".join(f"{self._records_named(form.record_sheet, records, [n])}"
                       f"（{'统计期末尚未出生' if (ages[n] or 0) < 0 else f'{ages[n]}岁'}）" for n in outside[:5])
        more = f"等 {len(outside)} 人" if len(outside) > 5 else ""
        ages_said = f"{band[0]}周岁及以上" if band[1] >= 150 else f"{band[1]}周岁及以下" if band[0] == 0 \
            else f"{band[0]}—{band[1]}周岁"
        said = "”“".join(dict.fromkeys(self.mapping.item(k).name for k in ticks for n in outside
                                        if _answer(records[n], k) in YES))
        message = (f"{form.department or '未注明'}《{form.title}》：{who}{more}勾选了“{said}”，但按出生日期"
                   f"（或公民身份号码）算不在{ages_said}，未列入这张表。请核实勾选和出生日期后重新分发。")
        if message not in self.report.alerts:
            self.report.alerts.append(message)
        return [n for n in chosen if n not in outside]

    def _age(self, sheet: str, record: dict[str, Any]) -> int | None:
        """A record's age in whole years at the period's last day (today, no period given), from its 出生日期 or
        its ID number (GB 11643: digits 7 to 14)."""
        born = record.get(self._item_named(sheet, "出生日期") or "")
        if isinstance(born, float) and born.is_integer():
            born = int(born)  # (19700808 typed as a number, read as 19700808.0)
        birth = _as_date(born) if isinstance(born, dt.date) else date_from_text(str(born)) if born else None
        if not isinstance(birth, dt.date):
            number = unicodedata.normalize("NFKC", str(record.get(self._item_named(sheet, "公民身份号码") or "") or ""))
            number = re.sub(r"\s", "", number)
            birth = date_from_text(number[6:14]) if re.fullmatch(r"\d{17}[\dXx]", number) else None
        if not isinstance(birth, dt.date):
            return None
        on = self.as_of or dt.date.today()
        if self.as_of is None and (said := _AGED_TODAY.format(on.isoformat())) not in self.report.warnings:
            self.report.warnings.append(said)
        return _age_on(birth, on)

    def _grown_up(self, form: MappingForm, records: list[dict[str, Any]], grown: list[int], distinctive: list[str],
                  group: str) -> str:
        """The line naming adults who filled what only a children's form asks: no tick would place them there."""
        who = self._records_named(form.record_sheet, records, grown)
        more = f"等 {len(grown)} 人" if len(grown) > 5 else ""
        items = self._items_filled(records, grown, distinctive)
        return (f"{form.department or '未注明'}《{form.title}》：{who}{more}已满18周岁，不属于“{group.removeprefix('是否')}”，"
                f"未列入这张表；为其填写的{items}只有这张表采集，没有写入任何部门报表。如需报送，请另行告知相关部门。")

    def _items_filled(self, records: list[dict[str, Any]], chosen: list[int], items: list[str]) -> str:
        """The names of those of ``items`` some chosen record filled, the first three (「职务、入职时间等」)."""
        # (only what they filled: 「职务、入职时间、离职时间等」 for a 职务 alone sends the clerk looking for the rest)
        filled = [k for k in items if any(not _is_blank(records[n].get(k)) for n in chosen)]
        return _few([self.mapping.item(k).name for k in filled], 3)

    def _records_named(self, sheet: str, records: list[dict[str, Any]], chosen: list[int]) -> str:
        """The first five of some records by their names (「第 3 条」 where a record has none), for a message."""
        name = self._item_named(sheet, None)
        return "、".join((str(records[n].get(name) or "").strip() if name else "") or f"第 {n + 1} 条" for n in chosen[:5])

    def _forgotten_tick(self, form: MappingForm, records: list[dict[str, Any]], forgotten: list[int],
                        distinctive: list[str], group: str, either_way: bool = False) -> str:
        """The line naming the records that filled the form's own items without its group's tick. ``either_way``:
        the form lists whoever answers its 是否… column, 否 as well as 是."""
        who = self._records_named(form.record_sheet, records, forgotten)
        more = f"等 {len(forgotten)} 条记录" if len(forgotten) > 5 else ""
        items = self._items_filled(records, forgotten, distinctive)
        if either_way:
            # (wf111: 「请在一套表中勾选」 read as 「填“是”」 would put a student of no poor family on the 脱贫家庭学生 list:
            # the form lists 否 too, and asks only that it be answered)
            return (f"{form.department or '未注明'}《{form.title}》：{who}{more}填了这张表特有的数据项（{items}），但“{group}”"
                    "没有填，未列入这张表（这张表列出这一列填了“是”或“否”的人）。如属这张表，请在一套表中按实际填“是”或“否”后重新分发。")
        return (f"{form.department or '未注明'}《{form.title}》：{who}{more}填了这张表特有的数据项（{items}），但“{group}”"
                "没有勾选，未列入这张表。如属这张表，请在一套表中勾选后重新分发。")

    def labels_kept(self, form_id: str) -> bool:
        """Whether some of the form's values were not written, in the current report, for a label beside them."""
        return bool(self._kept.get(form_id))

    def left_out(self, form_id: str) -> str | None:
        """Why a form's own items left records out of it, if they did."""
        return self._left_out.get(form_id)

    def value(self, f: MappingField, sheet: str | None, record: int) -> Any:
        records = self.collected.records.get(sheet or "", [])
        if record >= len(records):
            return None
        value = records[record].get(f.item)
        value = self._head_item(f, sheet or "", record, value)
        if _is_blank(value) and not f.slot:
            value = self._heads_own_row(f, sheet or "", record)
        # (「家庭成员年龄」 of a card's family table is each member's own, on their own row: wf161's 高校 card went out
        # with its members' ages blank, their numbers on their rows)
        own = C.squash(self.mapping.item(f.item).meaning).removeprefix(_MEMBER_WORD)
        if _is_blank(value) and own == _AGE_ITEM:
            # (a 年龄 no one typed is worked out from the 出生日期 or the ID number: wf79's 后备干部 and 附件 forms went out
            # with it blank every quarter, fill --carry blanking it as a value that changes)
            value = self._age(sheet or "", records[record])
        if _is_blank(value) and own == _SEX_ITEM:
            # (wf108: 陈小燕's 性别 left blank went blank to her 亲属关系证明; her own number says it, as it says an age)
            value = self._sex_of(sheet or "", record) or None
        if _is_blank(value) and f.slot and _names_a_member(self.mapping.item(f.item).meaning):
            # 户内成员 1, 2 …: a member's name is that record's own 姓名 when the cadre left the column blank
            name = self._item_named(sheet or "", None)
            value = records[record].get(name) if name else None
        if f.slot and _relation_said_as_self(value, self.mapping.item(f.item).meaning):
            value = _HEAD_WORD  # (户内成员 1, 2 …: the head listed on a member's card is their 户主, not 本人 — wf144)
        if not _is_blank(value) and C.squash(self.mapping.item(f.item).meaning) in _HEAD_NAMES \
                and self._a_dead_head(sheet or "", record, str(value)):
            self._dead_head_named(f, sheet or "", record, C.squash(str(value)))
        return self._convert(value, f, sheet or "", record)

    def _dead_head_named(self, f: MappingField, sheet: str, record: int, head: str) -> None:
        """Say, in one line a form, whose copies still name a head of household marked dead (wf128: the police would
        not stamp a 户籍证明 naming the late 黄大勇 its 户主, and nothing said so). The value stays: the register names
        him until the 户主 is changed."""
        form = next(m for m in self.mapping.forms if m.id == f.form)
        living, at = self._dead_heads_named.get((f.form, head), ([], -1))
        if record in living or form.layout != "card":
            return  # (a roster's 户主姓名 column names the household as the register does: the card is what is stamped)
        living.append(record)
        line = (f"{form.department or '未注明'}《{form.title}》（{self._records_named(sheet, self.collected.records[sheet], living)}）："
                f"户主{head}在一套表中已标记死亡，表上仍按一套表写他为户主；请先办理户主变更，在一套表中改填新户主后重新分发。")
        if at < 0:
            self.report.warnings.append(line)
            at = len(self.report.warnings) - 1
        else:
            self.report.warnings[at] = line
        self._dead_heads_named[(f.form, head)] = (living, at)

    def _sex_of(self, sheet: str, record: int) -> str:
        """A record's 性别 as typed, else as its own 公民身份号码 says (GB 11643: the 17th digit is odd for a man) —
        wf106: a wife whose 性别 was left blank had her 配偶 refused the police list's 112-妻."""
        records = self.collected.records.get(sheet, [])
        if record >= len(records):
            return ""
        sex = self._item_named(sheet, "性别")
        typed = answer_word(str(records[record].get(sex) or "")) if sex else ""
        if typed:
            return typed
        for name in sorted(_OWN_ID_NAMES):
            number = str(records[record].get(self._item_named(sheet, name) or "") or "").strip().upper()
            if len(number) == 18 and _id_soundness(number) == 0:
                return C.sex_by_number(number)
        return ""

    def place_of(self, item: MappingItem, sheet: str, record: int) -> str:
        """Where a record's value of an item stands in the filled 一套表 (「人员!F9」), for the clerk to look."""
        if elsewhere := self._typed_elsewhere.get((sheet, record, item.key)):
            return elsewhere
        rows = self.collected.rows.get(sheet, [])
        # (wf40: after a column the cadre inserted, the mapping's letter named the column beside the value)
        letter = get_column_letter(self.collected.moved_columns.get(item.sheet, {}).get(item.key, item.position))
        # (an item on a later part of the record's sheets stands in that part's own row of the record)
        first_part = item.sheet == sheet or self.mapping.parts(sheet)[:1] == [item.sheet]
        part_row = rows[record] if first_part and 0 <= record < len(rows) \
            else self.collected.part_rows.get(item.sheet, {}).get(record)
        return f"{item.sheet}!{letter}{part_row}" if part_row else f"{item.sheet}!{letter}列第 {record + 1} 条记录"

    def _convert(self, raw: Any, f: MappingField, sheet: str, record: int, place: str = "") -> Any:
        item = self.mapping.item(f.item)
        if isinstance(raw, str):
            # (wf64: 「510122201509012130 」 typed with a trailing space reached three forms with it, where an import
            # rejects the number; a space before or after a value is no part of it)
            raw = raw.strip()
            if item.rule in _DIGITS_RULES or _FULL_WIDTH_NUMBER_RE.fullmatch(raw):
                # (wf65: 「３３１０８３…」 typed with a Chinese input method reached the 教育局's roster full-width, told
                # 「校验位不对…应为 7」 beside its own ７; fill had read it as the number it is; wf66: so did a phone in a
                # 「联系人电话（村、社区）」 column)
                raw = raw.translate(_HALF_WIDTH)
            if _PHONE_NAME_RE.search(item.name) and _SPACED_MOBILE_RE.fullmatch(raw):
                raw = re.sub(r"[\s-]", "", raw)  # 「139 0000 2222」: the mobile number an import takes
        elif _PHONE_NAME_RE.search(item.name) and isinstance(raw, int | float) and not isinstance(raw, bool) \
                and float(raw).is_integer() and 7 <= len(str(int(raw))) <= 12:
            # (wf69: a phone typed as a number reached the 公安 import as the number 15057698765 under a phone typed
            # as text: a phone is the text of its digits, as an import takes it)
            raw = str(int(raw))
        if item.rule == "list" and (answer := _marked_answer(raw, item.options)) is not None:
            if (note := _NOTED_ANSWER_RE.match(str(raw).strip())) and (sheet, record, f.item) not in self._noted:
                self._noted.add((sheet, record, f.item))
                self.report.warnings.append(f"{place or self.place_of(item, sheet, record)}（{item.name}）：只填入了"
                                            f"“{answer}”，括号里的说明“{note.group(2)}”没有填入部门表。")
            raw = answer  # 「√」 in a 是否 column is its 是 (wf39: √ and × had reached an import template as typed)
        # (squeezed whatever its check digit: wf54's 「33108219560312 4517」 failing it reached one form spaced, the
        # next squeezed, and was told once either way)
        if item.rule == "id" and isinstance(raw, str) and _ID_GAP_RE.search(raw.strip()) \
                and _ID_SHAPE_RE.fullmatch(squeezed := _ID_GAP_RE.sub("", raw).upper()):
            # 「510722 19800614 026X」 typed in groups, as the card prints it (wf42), or 「330483-20050716-0130」 (wf66)
            raw = squeezed
            self.report.converted += 1
        if item.rule == "date" and isinstance(raw, int | float) and not isinstance(raw, bool) \
                and float(raw).is_integer() and _typed_date(str(int(raw))) is not None:
            raw = str(int(raw))  # 20250310 typed as a number (wf43: it reached the 婴儿出生花名册 as an integer)
        if isinstance(raw, str) and (figure := _typed_figure(raw, item)) is not None:
            raw = figure  # 「6,200」 or 「85%」 in a ％ column, typed as text: the number the form counts (wf50)
            self.report.converted += 1
        if item.rule in ("id", "code") and isinstance(raw, float) and raw.is_integer():
            raw_text: Any = _shown_id(raw)  # as the warning shows it, not 3.3108119700812e+17
        elif item.rule == "id" and isinstance(raw, str) and raw.strip().endswith("x"):
            raw_text = raw.strip().upper()  # GB 11643 writes the check character X
        else:
            raw_text = raw
        if item.rule == "list" and item.options and set(item.options) <= {"是", "否"} \
                and isinstance(raw, str | int) and not isinstance(raw, bool):
            # (wf129: 0, 无 and × typed in 是否参保 were each told 「应为 是/否 之一」, person by person, and the same in
            # 是否老党员 went unsaid: a yes or a no however typed is the column's 是 or 否)
            said = C.squash(str(raw))
            raw = "是" if said in _TICKED_WORDS else "否" if said in _UNTICKED_WORDS else raw
        problem = validate(raw, item.rule, item.options) or _fraction_for_a_percent(raw, item)
        if problem and "关系" in item.meaning and isinstance(raw, str) and relation_choice(
                answer_word(C.squash(raw)), {o: answer_word(o) for o in item.options}, self._sex_of(sheet, record)):
            # (「配偶」 of a woman is the list's 112-妻, and goes out so: wf146 was told 「已按原样填入」 of what went out
            # converted; a 配偶 whose sex no one wrote stays said)
            problem = None
        key = (sheet, record, f.item)
        if problem and key not in self._warned:
            self._warned.add(key)
            place = place or self.place_of(item, sheet, record)
            message = f"{place}（{item.name}）：{problem}；已按原样填入。"
            if message not in self.report.warnings:  # (one cell read for both the 村 row and the 指标 it fills)
                self.report.warnings.append(message)
        if item.rule == "date" and isinstance(raw, str) and (typed := _typed_date(raw)) is not None:
            self.report.converted += 1  # 1975.3.8 typed as text: a date in the department's date column
            day, with_day = typed
            return day if with_day else f"{day:%Y-%m}"  # 2023.2 names a month, not its first day
        if isinstance(raw, str) and _DEADLINE_RE.search(item.name) and (typed := _typed_date(raw)) and typed[1]:
            # (a 整改期限 may be 「3个月」, so the 一套表 checks no date there; 「2026.9.20」 typed in it is a day all
            # the same, a date as the 排查时间 beside it is — wf67)
            self.report.converted += 1
            return typed[0]
        coded = raw_text
        if not f.choices and isinstance(raw_text, str) and raw_text.strip() in item.options \
                and _CODED_ANSWER_RE.match(raw_text):
            raw_text = answer_word(raw_text) or raw_text  # (「1.健康」 of the 一套表's list, into a form of its own)
        value, converted = to_source_value(raw_text, float(f.factor or 1.0), code_list(f.label) or _codes_in_order(f))
        answer = onto_choices(value, f.choices)
        if isinstance(answer, str) and answer.strip() and f.choices and answer not in f.choices \
                and _RELATION_ITEM_RE.search(item.meaning):
            # (wf105: 配偶, 长子 chosen from the 一套表's words reached a police import whose list has 112-妻 and 120-子
            # as typed, and the line said to choose 其他: GB/T 4761's kinds find the list's own answer)
            answer = relation_choice(answer_word(answer), {c: answer_word(c) for c in f.choices},
                                     self._sex_of(sheet, record)) or answer
        if isinstance(answer, str) and answer.strip() and f.choices and answer not in f.choices \
                and all(_CODED_ANSWER_RE.match(c) for c in f.choices) and (f.form, f.item, answer) not in self._off_list:
            # (an import template takes only its codes: 孙子, which the 一套表 offers beside a police list of 与户主关系
            # codes, has none there — wf99–wf102 had chosen 99-其他 for every grandchild)
            self._off_list.add((f.form, f.item, answer))
            form = next((m for m in self.mapping.forms if m.id == f.form), None)
            other = next((c for c in f.choices if answer_word(c).startswith("其他")), "")
            self.report.warnings.append(
                f"{form.department if form else ''}《{form.title if form else f.form}》的“{f.label}”只能选它的代码"
                f"（{_few(f.choices, 4)}），“{answer}”没有对应的代码，已按原样填入：请在该表中改选"
                + (f"（如“{other}”）。" if other else "。"))
        # (a code taken off counts as a conversion: wf31 read 「换算单位或代码 0 处」 after 102-户主 became 户主)
        self.report.converted += converted or answer != value or raw_text != coded
        return answer

    def indicator(self, f: MappingField, period: str) -> Any:
        values = self.collected.indicators.get(f.item, {})
        if period not in values:
            return None
        item = self.mapping.item(f.item)
        column = PERIOD_COLUMN + (self.periods.index(period) if period in self.periods else 0)  # the value's own cell
        value = values.get(period)
        place = f"{INDICATORS}!{get_column_letter(column)}{item.position}"
        if _is_blank(value) and period == (self.periods or [period])[0]:
            value, place = self._the_villages(item) or (None, place)
        return self._convert(value, f, INDICATORS, -1, place)

    def _the_indicator(self, item: MappingItem) -> tuple[Any, str]:
        """The one village's value of an item of its 村（社区） row left blank, where the 一套表 asks the same item on
        指标 too and the cadre typed it there (wf5: 生猪出栏 140 reached the 畜牧业季报 and not the village register);
        and the cell it was typed in."""
        first = (self.periods or [None])[0]
        for key in self._indicator_items.get(item.concept, ()):
            periods = self.collected.indicators.get(key, {})
            period = first if first in periods else next(iter(periods), None)
            if not _is_blank(value := periods.get(period)):
                column = PERIOD_COLUMN + (self.periods.index(period) if period in self.periods else 0)
                return value, f"{INDICATORS}!{get_column_letter(column)}{self.mapping.item(key).position}"
        return None, ""

    def _head_items(self, sheet: str) -> tuple[str | None, str | None]:
        """The keys of a record sheet's 户主公民身份号码 and 户主姓名 items, None where it asks neither."""
        items = [i for i in self.mapping.items if (i.record or i.sheet) == sheet and not i.joins]
        return (next((i.key for i in items if C.squash(i.meaning) in HOUSEHOLD_KEYS[1][0]), None),
                next((i.key for i in items if C.squash(i.meaning) in HOUSEHOLD_KEYS[-1][0]), None))

    def _heads_by_their_own_numbers(self) -> None:
        """A person whose 与户主关系 was left blank and whose row names themselves as its 户主 (their own number the
        户主公民身份号码, else their own name the 户主姓名) is the head, as the README says the head's row is told: every
        form listing the household by relation gets them so (wf160: 刘强's 户籍证明 printed his wife's 配偶 beside his
        own name on the 户主 row, left her out, and listed him again among the members)."""
        for sheet, rows in self.collected.records.items():
            relation = self._item_named(sheet, "与户主关系")
            if relation is None:
                continue
            head_id, head_name = self._head_items(sheet)
            own_id, own_name = self._own_id_item(sheet), self._item_named(sheet, None)
            named: list[int] = []
            for n, row in enumerate(rows):
                if not _is_blank(row.get(relation)):
                    continue
                by_number = bool(head_id and own_id and _squeezed(row.get(head_id))
                                 and _squeezed(row.get(head_id)) == _squeezed(row.get(own_id)))
                by_name = bool(not (head_id and _squeezed(row.get(head_id))) and head_name and own_name
                               and _squeezed(row.get(head_name)) and _squeezed(row.get(head_name)) == _squeezed(row.get(own_name)))
                if by_number or by_name:
                    row[relation] = _HEAD_WORD
                    named.append(n)
            if named:
                self.report.warnings.append(
                    f"{self._records_named(sheet, rows, named)}{'等' if len(named) > 5 else ''}的“与户主关系”没有填，"
                    f"其户主即本人，各部门报表按“户主”填写。")

    def villages_typed(self) -> set[str]:
        """The villages the 一套表's records name (the 村（社区） sheet's rows, the people's and households' 所在村)."""
        if self._villages_typed is None:
            keys = [i.key for i in self.mapping.items if _VILLAGE_ITEM_RE.match(C.squash(i.meaning))]
            self._villages_typed = {C.squash(str(row[key])) for rows in self.collected.records.values() for row in rows
                                    for key in keys if not _is_blank(row.get(key))}
        return self._villages_typed

    def _say_what_several_villages_keep_apart(self, villages: list[dict[str, Any]]) -> None:
        """With several villages' rows, a figure typed on 指标 is no one village's, nor are the villages' figures the
        指标 left blank: each reaches only the forms asking it where it was typed, and the clerk is told which (wf158:
        two villages in one 一套表, and 牛存栏 typed on 指标 reached the 季报's total but no village's row, their 生猪
        figures no total, unsaid)."""
        on_indicators_only, on_villages_only = [], []
        for concept, keys in self._village_items.items():
            if not self._indicator_items.get(concept):
                continue
            typed_on_villages = any(not _is_blank(row.get(key)) for row in villages for key in keys)
            typed_on_indicators = not _is_blank(self._the_indicator(self.mapping.item(keys[0]))[0])
            if typed_on_indicators and not typed_on_villages:
                on_indicators_only.append(self.mapping.item(keys[0]).name)
            elif typed_on_villages and not typed_on_indicators:
                on_villages_only.append(self.mapping.item(keys[0]).name)
        count = f"一套表的{VILLAGES}表填了 {len(villages)} 个村"
        if on_indicators_only:
            self.report.warnings.append(
                f"{count}，{INDICATORS}表所填的 {len(on_indicators_only)} 项（{_few(on_indicators_only, 6)}）不知是哪个村的，"
                f"只写入了按{INDICATORS}填报的报表，各村一行都空着；如属某个村，请填在该村一行。")
        if on_villages_only:
            self.report.warnings.append(
                f"{count}，各村一行填了而{INDICATORS}表空着的 {len(on_villages_only)} 项（{_few(on_villages_only, 6)}）"
                f"只写入了按村填报的报表；按{INDICATORS}填报的报表（全辖区合计）中这些项空着，请在{INDICATORS}表填写合计。")

    def _the_villages(self, item: MappingItem) -> tuple[Any, str] | None:
        """The village's own value of an indicator left blank on 指标, where the 一套表 asks the same item on its
        村（社区） sheet too (存栏 of a 畜牧业季报 and of a village register) and the one village's row fills it: typed
        once, it reaches both forms (helper-105: 牛存栏 12 reached the register and not the 季报). With several
        villages' rows, the indicator is no one village's."""
        villages = self.collected.records.get(VILLAGES, [])
        if len(villages) != 1:
            return None
        # (and where it stands, for a word about it: wf75's 「3次」 typed on 村 was said to be at an empty 指标 cell)
        return next(((value, self.place_of(self.mapping.item(key), VILLAGES, 0))
                     for key in self._village_items.get(item.concept, ())
                     if not _is_blank(value := villages[0].get(key))), None)


# Merged ranges of a worksheet by row, built once: a template with 10,000 merged ranges must not cost a
# scan of all of them for every value written.
_MERGE_INDEX: dict[int, dict[int, list[Any]]] = {}
MAX_INDEXED_ROWS = 2_000_000


def _merge_at(ws: Worksheet, row: int, col: int) -> Any | None:
    index = _MERGE_INDEX.get(id(ws))
    if index is None:
        index = {}
        budget = MAX_INDEXED_ROWS
        for rng in ws.merged_cells.ranges:
            height = rng.max_row - rng.min_row + 1
            if height > budget:
                break  # a hostile template: ranges past the budget are not indexed, values go to the cell itself
            budget -= height
            for r in range(rng.min_row, rng.max_row + 1):
                index.setdefault(r, []).append(rng)
        _MERGE_INDEX[id(ws)] = index
    return next((rng for rng in index.get(row, ()) if rng.min_col <= col <= rng.max_col), None)


def _write_value(ws: Worksheet, row: int, col: int, value: Any) -> None:
    """Write into (row, col) 1-based, or into the top-left cell of the merged range covering it."""
    rng = _merge_at(ws, row, col)
    if rng is not None:
        row, col = rng.min_row, rng.min_col
    put(ws.cell(row, col), value)


def _card_value_cell(ws: Worksheet, row: int, col: int) -> tuple[int, int]:
    """The blank cell (or □ options cell) right of a label, skipping the label's own merged range."""
    rng = _merge_at(ws, row, col)
    return row, (rng.max_col if rng is not None else col) + 1


# The name of a member in a household card's rows (户内成员 1, 2 …).
_MEMBER_NAMES = frozenset({"家庭成员", "家庭成员姓名", "户内成员", "成员姓名"})
def _names_a_member(item_name: str) -> bool:
    """The 一套表's item for the name of a household's member, however noted (「家庭成员（户内成员）」: wf11)."""
    return C.squash(item_name) in _MEMBER_NAMES or bare_name(item_name) in _MEMBER_NAMES
# What a household answers once, whichever of its people's rows it is asked on: 家庭人口数, 家庭住址, 户类型
# (not a member's own items, 家庭成员关系; its numbers, 户编号 and 户口簿户号, typed on the head's row alone, are the
# household's: wf133's 实有人口数据 had the 户号 of its heads only)
# (and what a household owns, as 《社会救助暂行办法》's 家庭财产 counts it — 房产, 汽车, 存款, 有价证券 — and its 重大支出:
# wf104's 法律援助经济状况证明表 of the head's wife went out with them blank, typed on the head's row; and what 防止返贫
# 监测 records of a household, its unit: why it is at risk and since when — wf106's members' rows went out without them)
_HOUSEHOLD_ITEM_RE = re.compile(r"^(?:家庭(?!成员|关系|角色|身份)|全户|本户|户(?:类型|类别|别|属性|人口数|人数|年收入|人均)"
                                r"|(?:资产)?(?:房产|汽车)(?:情况)?$|现金、?存款|存款|有价证券|重大支出"
                                r"|户(?:编号|号)$|户口簿(?:户号|编号)$|户籍编号$"
                                r"|致贫原因|(?:返贫)?致贫风险|风险类型|纳入监测(?:日期|时间|年月)|脱贫(?:年度|时间)"
                                r"|易返贫致贫户类[型别]|监测对象类[型别]|风险是否消除|风险消除|是否两类群体)")
# The 户主's own name on a card that lists the household (the row it stands in is the 户主's).
_HEAD_NAMES = frozenset({"户主姓名", "户主"})
# What names the head: never taken from the head's own row (it is how the row is found)
# Groups policy takes in by household, each of its people a member: 防止返贫监测 (监测户), 脱贫户, 低保户
_HOUSEHOLD_GROUPS = frozenset({"防返贫监测对象", "脱贫人口", "低保对象"})
_HEAD_KEY_ATTRIBUTES = frozenset({"姓名", "公民身份号码", "身份证号码", "身份证号", "证件号码", "编号"})
_AGE_ITEM = "年龄"
_MEMBER_WORD = "家庭成员"  # (家庭成员年龄, 家庭成员性别: a member's own, as the 一套表 asks them for a card's family table)
_SEX_ITEM = "性别"
# People a record names who may be the village's people too, with rows of their own (a 户主's are found otherwise)
# (wf114: a 婴儿出生花名册's 母亲身份证 went out blank, the mother a row of the village with her number on it)
_RELATIVES_WITH_ROWS = ("监护人", "母亲", "父亲")
# What a person's own row says of them, that another record's column about them asks again
_OWN_ATTRIBUTES = frozenset({"性别", "公民身份号码", "身份证号码", "民族", "出生日期", "年龄", "联系电话", "现住址",
                             "家庭住址", "户籍地址", "健康状况", "文化程度", "职业", "工作单位"})
_HOUSEHOLDS = RECORD_SHEETS[Subject.HOUSEHOLD]
_HOUSEHOLD_SIZE = "家庭人口数"
_HEAD_IDS = frozenset({"户主公民身份号码", "户主身份证号码", "户主身份证号", "户主证件号码"})
_HEAD_ITEMS = _HEAD_NAMES | _HEAD_IDS
_OWN_ID = "#公民身份号码"  # (the memo key of a sheet's own ID item, no item's name)


def _place_in_household(relation: Any) -> int:
    """Where a 与户主关系 answer stands in a household's list: the head (户主, 本人, 「102-户主」) first, then GB/T
    4761's order (配偶 10, 子 20 … 兄弟姐妹 70), any other word last."""
    return 0 if _heads_the_household(relation) else relation_rank(answer_word(C.squash(str(relation or ""))))


def _heads_the_household(relation: Any) -> bool:
    """A 与户主关系 answer saying the person is the head: 户主, 本人, 「102-户主」 of a coded list."""
    return answer_word(C.squash(str(relation or ""))) in ("户主", "本人")

_BLANK_MARKS_RE = re.compile(r"^[\s_＿—\-－.…:：/]*$")
# A hint printed where the answer goes: 「（区号）－」 before a phone number, 「(盖章)」 is not one (no dash).
_FILL_HINT_RE = re.compile(r"^\([^()]{1,6}\)[-－—_]+$")


# 「**年*月*日从**迁入」: a sentence to complete, its blanks printed as stars (wf49: a 变更证明's 户籍历史变更 kept
# the pattern and lost the cadre's 「1992年3月从温岭市箬横镇迁入本村」); one star marks a required item
_STARRED_BLANK_RE = re.compile(r"[*＊×]+")
_STARRED_BLANKS = 3


def _answer_cell(current: Any) -> bool:
    """Whether a card's value may go in a cell holding ``current``: a blank, 「____」 or 「年 月 日」 to write
    over, or □ options to tick. Any other text is a label (a register mistaken for a card puts its next
    column's header there): written over, the department's form would lose its header."""
    if _is_blank(current) or not isinstance(current, str):
        return True
    return bool(_BLANK_MARKS_RE.match(current) or _FILL_HINT_RE.match(C.squash(current))) \
        or C.is_option_text(current) or C.is_date_placeholder(current) \
        or len(_STARRED_BLANK_RE.findall(current)) >= _STARRED_BLANKS


def _tick(options_text: str, value: Any) -> str | None:
    """「□男  □女」 with value 男 → 「☑男  □女」; None when the value is not one of the options."""
    text = str(value).strip()
    pattern = re.compile(r"[□☐]\s*" + re.escape(text))
    return pattern.sub(lambda m: "☑" + m.group(0)[1:], options_text, count=1) if pattern.search(options_text) else None


def _date_text(value: dt.date, label: str) -> str:
    """A date as the form asks for it: 出生年月 → 2020-01, otherwise 2020-01-31; a time of day the cadre gave
    (a fire's 发生时间, 2025-03-02 14:30) is kept."""
    if isinstance(value, dt.datetime):  # _as_date has made a date of every midnight
        return f"{value:%Y-%m-%d %H:%M}"
    if re.search(r"年月$", C.squash(label).rstrip("）)")):
        return f"{value:%Y-%m}"
    return f"{value:%Y-%m-%d}"


def _as_date(value: Any) -> Any:
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date()
    return value


def _write_dated(ws: Worksheet, row: int, col: int, value: Any, label: str) -> None:
    """Dates stay dates in an Excel form, shown as the template's cell shows them (or as 2020-01-31)."""
    value = _as_date(value)
    rng = _merge_at(ws, row, col)
    cell = ws.cell(rng.min_row, rng.min_col) if rng is not None else ws.cell(row, col)
    shown = cell.number_format  # the template's own: openpyxl gives a date written into General its yyyy-mm-dd
    _write_value(ws, row, col, value)
    if isinstance(value, dt.date):
        if isinstance(value, dt.datetime):
            cell.number_format = shown if "h" in shown else "yyyy-mm-dd hh:mm"
            _fit_width(ws, cell.column, rng, DATETIME_WIDTH)  # (narrower, Excel shows ### for the time)
        elif shown in ("General", "@") or "h" in shown:
            cell.number_format = "yyyy-mm" if _date_text(value, label).count("-") == 1 else "yyyy-mm-dd"
        else:
            cell.number_format = shown


DATETIME_WIDTH = 17  # characters 2025-03-02 14:30 needs in a cell


def _fit_width(ws: Worksheet, col: int, rng: Any | None, width: float) -> None:
    """Widen a column (the first of a merged cell's) that cannot show ``width`` characters; a merged cell
    wide enough already is left as it is."""
    first, last = (rng.min_col, rng.max_col) if rng is not None else (col, col)
    widths = [ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in range(first, last + 1)]
    if sum(widths) < width:
        ws.column_dimensions[get_column_letter(first)].width = widths[0] + width - sum(widths)


def _text(value: Any, label: str) -> Any:
    """A value for a text-only output (CSV, Word): dates written as the form asks for them."""
    value = _as_date(value)
    return _date_text(value, label) if isinstance(value, dt.date) else value


def _same_template(ws: Worksheet, form: MappingForm, fields: list[MappingField], filler: _Filler | None = None) -> None:
    """Every label still stands where the scan found it (in an Excel or CSV sheet); a column added after the last
    one the scan read is named to the clerk, since nothing can be written under it."""

    def text_at(row: int, col: int) -> str:
        rng = _merge_at(ws, row + 1, col + 1)  # (「蔬菜合计 | 百公斤」: the unit's column of a label merged over two)
        return excel_text(ws.cell(rng.min_row, rng.min_col).value if rng is not None else ws.cell(row + 1, col + 1).value)

    labels_in_place(form, fields, text_at)

    def new_text_at(row: int, col: int) -> str:  # (a title or group header reaching over the table's columns: none)
        rng = _merge_at(ws, row + 1, col + 1)
        return "" if rng is not None and rng.min_col < col + 1 else excel_text(ws.cell(row + 1, col + 1).value)

    _name_columns_added(form, fields, new_text_at, ws.max_column, filler)


# 「填表单位：燕云村党委」, 「审核人：李林  制表人：黄静」, 「填报日期：2021.3.14」 printed on a template: whom and when it
# was last filled for, never the village splitting into it.
_FILLED_BY_LABEL_RE = re.compile(r"(填表单位|填报单位|报送单位|填报日期|填表日期|报送日期|统计日期|填表时间|填报时间|报送时间|"
                                 r"审核人|审核|制表人|制表|填表人|填报人|"
                                 r"统计人|负责人|单位负责人|统计负责人|分管领导|经办人)((?:[（(][^）)]{0,6}[）)])?\s*[:：])")
_PLACEHOLDER_RE = re.compile(r"^[\s_＿—\-－.…·年月日（）()盖章签字/]*$")
_ANY_LABEL_RE = re.compile(r"[\u4e00-\u9fff（）()]{2,10}[:：]")


_DATE_WORDS_ONLY_RE = re.compile(r"^[\s_＿年月日季度第上下半]+$")  # (a date's printed words and blanks: no answer)


# 「　　年　　季度」, 「报告期：____年____月」 printed over a table for the village to write its period in
_PERIOD_BLANK_RE = re.compile(r"^(?P<lead>(?:[\u4e00-\u9fff]{2,5}[:：])?)[\s_＿　]*年[\s_＿　]*(?P<what>第?[\s_＿　]*季[\s　]*度|月[\s　]*份?)?"
                              r"[\s_＿　]*$")


def _fill_the_period(ws: Worksheet, fields: list[MappingField], period: Period) -> None:
    """The blank period line above a form's items, written with ``split --period`` (wf145: an 畜牧 季报's 「年 季度」
    went out blank for 2026Q3). A month or a quarter the period does not say (a year's period on a 季报) stays blank."""
    if not fields:
        return
    top = min(parse_a1(f.cell)[0] + 1 for f in fields)
    for row in ws.iter_rows(min_row=1, max_row=max(top - 1, 0)):
        for cell in row:
            found = _PERIOD_BLANK_RE.match(cell.value) if isinstance(cell.value, str) else None
            if not found or not cell.value.strip(" _＿　:："):
                continue
            what = C.squash(found.group("what") or "")
            if not what:
                part = ""
            elif "季" in what:
                quarter = period.number if period.kind == "Q" else (period.number - 1) // 3 + 1 if period.kind == "M" else 0
                part = Period(period.year, "Q", quarter).label.removeprefix(f"{period.year}年") if quarter else "　　季度"
            else:
                part = f"{period.number}月" if period.kind == "M" else "　　月"
            cell.value = f"{found.group('lead')}{period.year}年{part}"


def _whole_number(value: Any) -> int | None:
    """A count typed as a number or its digits (4, 4.0, 「4」, 「4人」); None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value) if float(value).is_integer() else None
    found = re.fullmatch(r"(\d{1,3})人?", C.squash(str(value or "")))
    return int(found.group(1)) if found else None


def _someone_elses_answers(text: str) -> list[tuple[int, int, str]]:
    """Where a line says whom and when it was filled for (「填表单位：燕云村党委  制表人：黄静」): each answer's span,
    its spaces around left out, and how to say it (「“填表单位：燕云村党委”」). A blank (「填报单位（盖章）：____」)
    is no answer."""
    found = []
    marks = list(_FILLED_BY_LABEL_RE.finditer(text))
    for n, mark in enumerate(marks):
        answer_end = marks[n + 1].start() if n + 1 < len(marks) else len(text)
        if other := _ANY_LABEL_RE.search(text, mark.end(), answer_end):
            answer_end = other.start()  # (「填报人：    联系电话：」: another label ends the answer)
        answer = text[mark.end():answer_end]
        if not _PLACEHOLDER_RE.match(answer):
            start = mark.end() + len(answer) - len(answer.lstrip())
            found.append((start, mark.end() + len(answer.rstrip()), f"“{mark.group(1)}：{answer.strip()}”"))
    return found


def _clear_someone_elses_lines(ws: Worksheet, form: MappingForm, fields: list[MappingField],
                               filler: _Filler) -> None:
    """Blank what a template still says of whom and when it was filled for, above and below its items (wf134,
    wf136: 新槐村's 老党员补贴 went out as 「填表单位：燕云村党委」 with 审核人 李林 and 制表人 黄静, and an 畜牧 季报 as
    「填报单位：刘营 … 填报日期：2021.3.14」): the labels stay, their answers are left for the village to write."""
    if not fields:
        return
    rows = [parse_a1(f.cell)[0] + 1 for f in fields]
    top, bottom = min(rows), max(rows)
    labels = {(parse_a1(f.cell)[0] + 1, parse_a1(f.cell)[1] + 1) for f in fields}
    cleared: list[str] = []
    for row in ws.iter_rows():
        answer_beside = False  # (「填报单位：」 | 「刘营」: the answer in the next cell of the row)
        for cell in row:
            if answer_beside and isinstance(cell.value, str) and cell.value.strip():
                answer_beside = False
                # (wf140: the printed 「年」 of 「填报单位： | ____年」 on a 农业年报表 was cleared as someone's answer)
                if (cell.row, cell.column) not in labels and not re.search("[:：]", cell.value) \
                        and not C.is_non_field_text(cell.value) and not _DATE_WORDS_ONLY_RE.match(cell.value):
                    cleared.append(f"“{cell.value.strip()}”")
                    cell.value = None
                    continue
            if not isinstance(cell.value, str) or top <= cell.row <= bottom and form.layout == "card" \
                    or not _FILLED_BY_LABEL_RE.search(cell.value):
                continue
            text = cell.value
            answers = _someone_elses_answers(text)
            for start, end, _ in reversed(answers):  # (as wide as it was, and the space before the next label kept)
                text = text[:start] + "　" * max(end - start, 4) + text[end:]
            cleared.extend(said for _, _, said in answers)
            if answers:
                cell.value = text
            marks = list(_FILLED_BY_LABEL_RE.finditer(cell.value))
            answer_beside = bool(marks) and _PLACEHOLDER_RE.match(cell.value[marks[-1].end():].replace("　", "")) is not None
    if cleared:
        _say_cleared(form, cleared, filler)


def _say_another_villages_title(form: MappingForm, filler: _Filler) -> None:
    """A title naming a village the 一套表 does not list (「燕云村2024年农作物保险投保清单」 sent with 新槐村's people,
    wf163) is the template's last user's: the copy goes out under it, and the clerk is told to put it right."""
    printed = [name for name in _VILLAGE_IN_TITLE_RE.findall(C.squash(form.title))
               if not name.startswith(_NO_VILLAGE_NAME) and not _NOT_A_VILLAGES_NAME_RE.search(name)]
    typed = filler.villages_typed()
    if not printed or not typed or any(name in typed or any(name in t or t in name for t in typed) for name in printed):
        return
    note = (f"{form.department or '未注明'}《{form.title}》：标题印的是“{printed[0]}”，一套表填的是"
            f"{_few(sorted(typed), 3)}，分发的报表标题未改，请核对后改正。")
    if note not in filler.report.warnings:
        filler.report.warnings.append(note)


# A village a title names (燕云村, 城关社区), not a kind of them (各村, 行政村, 村级)
_VILLAGE_IN_TITLE_RE = re.compile(r"([\u4e00-\u9fff]{2,4}?(?:村|社区))(?![级委民务组庄镇])")
_NOT_A_VILLAGES_NAME_RE = re.compile(r"[省市县区和与及的、]|[农乡]村$")  # (广州市农村, 儿童和农村: no village)
_NO_VILLAGE_NAME = ("各", "全", "本", "每", "行政", "自然", "农村", "乡村", "城乡", "村", "社区", "所在", "所属", "该")


def _say_cleared(form: MappingForm, cleared: list[str], filler: _Filler) -> None:
    where = form.path if form.path.lower().endswith(".docx") else f"{form.path}（{form.sheet}）"
    note = f"{where}：模板上印有别处填写的{_few(list(dict.fromkeys(cleared)), 3)}，已清空，请填写本村（社区）的。"
    if note not in filler.report.warnings:
        filler.report.warnings.append(note)


def _name_columns_added(form: MappingForm, fields: list[MappingField], text_at: Callable[[int, int], str],
                        width: int, filler: _Filler | None) -> None:
    """A column added after the last one the scan read is named to the clerk, since nothing can be written under
    it (wf46: a 联系电话 appended to a 流出党员 list came back empty, and split said nothing; wf48: so did a Word
    list's 监护人电话). ``text_at(row, col)`` is the text a 0-based cell starts with, "" where a wider cell runs on."""
    if filler is None or form.layout != "list" or not form.header_rows or not fields:
        return
    # (「测评等次 › 优 | 良 | 中 | 差」: an item ticked under its options reaches over their columns)
    last = max(parse_a1(f.cell)[1] + max(len(option_columns(f, form.layout)), 1) for f in fields)  # 0-based, after
    for col in range(last, min(width, last + 30)):
        for row in range(form.header_rows[0], form.header_rows[-1] + 1):
            text = text_at(row, col).strip()
            if text and not text.isdigit() and not C.is_unit_header(text) and not C.is_non_field_text(text):
                said = (f"{form.department or '未注明'}《{form.title}》{get_column_letter(col + 1)}{row + 1}“{text}”是生成"
                        "一套表之后新加的列，一套表中没有这一项，未填写：请对改动后的报表重新扫描、合并。")
                if said not in filler.report.warnings:
                    filler.report.warnings.append(said)
                break


def _same_document(doc: DocxTables, forms: list[MappingForm], fields_by_form: dict[str, list[MappingField]],
                   filler: _Filler | None = None) -> None:
    """Every label still stands where the scan found it (in a Word document's tables); a column added after the
    last one the scan read is named."""
    for form in forms:
        table = _table_of(form)
        if table < len(doc.tables):
            grid = doc.cell_map(table)

            def text_at(row: int, col: int, grid: dict[tuple[int, int], Any] = grid) -> str:
                return cell_text(grid[(row, col)]) if (row, col) in grid else ""

            labels_in_place(form, fields_by_form[form.id], text_at)
            width = max((col for _, col in grid), default=0) + 1
            _name_columns_added(form, fields_by_form[form.id], text_at, width, filler)


def _table_of(form: MappingForm) -> int:
    """The 0-based table of a Word document a form is (its sheet is named 表1, 表2 …)."""
    return int(re.sub(r"\D", "", form.sheet) or 1) - 1


def moved_label(form: MappingForm, fields: list[MappingField], text_at: Callable[[int, int], str]) -> str | None:
    """The first label no longer where the scan found it, as 「Sheet1!E2 原为“证件号码”，现为“曾用名”」; None when
    every label stands in place. ``text_at(row, col)`` is the text at a 0-based cell of the sheet."""
    for f in fields:
        row, col = parse_a1(f.cell)
        found = text_at(row, col)
        # (An indicator's label may carry the unit its row prints in a cell of its own: 「村民小组个数（个）」; a word put
        # in front renames the column: 「学籍号」 → 「全国学籍号」, wf9)
        now, then = C.squash(found), C.squash(f.label)
        if now and unit_of_label(found, f.label):
            continue
        if not now or not now.startswith(then) and not then.startswith(now):
            shown = f"现为“{found}”" if found.strip() else "现为空白"
            return f"{form.sheet}!{f.cell} 原为“{f.label}”，{shown}"
    return None


def unit_of_label(found: str, label: str) -> bool:
    """「百公斤」 under 「蔬菜合计」 merged over 亩 | 百公斤: the scan named the unit's own column 「蔬菜合计（百公斤）」, and
    the cell it stands at holds the unit alone (wf43: an unchanged 农业年报表 was refused as changed)."""
    unit = found.strip()
    return bool(unit) and label.rstrip().endswith((f"（{unit}）", f"({unit})"))


def above_the_table(form: MappingForm, fields: list[MappingField]) -> list[MappingField]:
    """The fields of an indicator table asked above its header (what its figures are about), not in its rows."""
    top = form.header_rows[0] if form.header_rows else 0
    return [f for f in fields if parse_a1(f.cell)[0] < top]


def labels_in_place(form: MappingForm, fields: list[MappingField], text_at: Callable[[int, int], str]) -> None:
    """A template changed since the merge (a column inserted) would take every value one column off: it is refused
    with the first label that moved."""
    moved = moved_label(form, fields, text_at)
    if moved:
        raise TemplateChangedError(form.path, f"原表与生成一套表时不同（{moved}），为免填错位置，未回填：请对改动后的报表重新 scan、merge。")


def _fill_sheet(ws: Worksheet, form: MappingForm, fields: list[MappingField], filler: _Filler,
                records: list[int], copy_no: int | None, per_record: bool = False) -> int:
    """Fill one sheet of a template with the given records; returns the number of records written (for an
    indicator table or a card: 1 when any value was written, else 0)."""
    written = 0  # indicator tables and cards: 1 once a value is written, so an empty copy is not kept
    if form.layout == "indicator":
        # 「灾害种类 | ___」 above 「指标名称 | 计量单位 | 代码」: asked once, beside its label (u160's 快报)
        above = above_the_table(form, fields)
        for f in above:
            value = filler.indicator(f, filler.periods[0])
            if not _is_blank(value):
                _write_beside_label(ws, f, value, form, filler)
                written = 1
        fields = [f for f in fields if f not in above]
        cells = indicator_cells(form, fields)
        own = records[copy_no or 0] if form.record_sheet and (copy_no or 0) < len(records) else None
        for f in fields:
            if form.record_sheet:  # one household's figures, in the first period column
                at = next(iter(cells[f.field].values()), None)
                value = filler.value(f, form.record_sheet, own) if own is not None else None
                if at is not None and not _is_blank(value):
                    _write_dated(ws, at[0] + 1, at[1] + 1, value, f.label)
                    written = 1
                continue
            for period in filler.periods:
                at = cells[f.field].get(period)
                if at is None:
                    continue
                value = filler.indicator(f, period)
                if not _is_blank(value):
                    _write_dated(ws, at[0] + 1, at[1] + 1, value, f.label)
                    written = 1
        return written
    if form.layout == "card":
        table = [f for f in fields if f.member and not f.slot]
        if table:
            written = _write_member_rows(ws, form, table, filler, records, copy_no or 0, per_record)
        for f in fields:
            if f.member and not f.slot:
                continue
            row, col = parse_a1(f.cell)
            record = filler.card_record(form, f, records, copy_no or 0, per_record)
            if record is None:
                continue
            value = filler.value(f, form.record_sheet, record)
            if _is_blank(value):
                continue
            written = max(written, _write_beside(ws, row, col, value, f, form, filler))
        return written
    if not filler.any_value(form, fields, records):
        return 0  # rows of nothing (a matrix table's records with no value for it): no blank rows inserted
    # 「学校名称：____」 above the table asks once for the whole list, not in a column of every row.
    top = form.header_rows[0] if form.header_rows else 0
    above = [f for f in fields if parse_a1(f.cell)[0] < top]
    fields = [f for f in fields if parse_a1(f.cell)[0] >= top]
    for f in above:
        value = next((v for n in records if not _is_blank(v := filler.value(f, form.record_sheet, n))), None)
        if value is not None:
            _write_beside_label(ws, f, value, form, filler)
    registers = stacked_registers(form, fields)
    if len(registers) == 1:
        return _write_register(ws, form, fields, filler, records, (form.data_start_row or 0) + 1,
                               _serial_column(ws, form.header_rows))
    # Registers stacked in one table (一、镇级物流点位 | 二、村级物流点位 | 三、未通物流村落): each takes the records
    # that fill it, under its own header; the lowest first, so rows inserted for it move nothing not yet written.
    written: set[int] = set()
    for register, own in _stacked_shares(form, registers, filler, records):
        rows = _header_span(ws, register)
        _write_register(ws, form, register, filler, own, rows[1] + 2, _serial_column(ws, rows))
        written.update(own)
    return len(written)


def _write_register(ws: Worksheet, form: MappingForm, fields: list[MappingField], filler: _Filler,
                    records: list[int], start: int, serial: int | None) -> int:
    """Write the records into a register's rows from ``start`` (1-based), keeping records already there,
    clearing a template's examples and inserting rows when the blank ones run out."""
    count = len(records)
    printed = _printed_rows(ws, start, fields, form)
    if printed is not None and count:
        return _write_printed_rows(ws, form, fields, filler, records, start, serial, *printed)
    stub = _stub_labels(ws, start, fields, form) if count else []
    if len(stub) >= 2:
        # 「合计 | 涉及户数 | (户)」, 「其中：洪涝地质灾害 | 涉及人数 | (人)」 …: the rows are printed categories that no
        # column of the 一套表 names; rows added under them would be figures of no category (wf8).
        shown = "、".join(list(dict.fromkeys(stub))[:3])
        raise CategoryRowsError(form.path, f"这张表按类别分行（{shown}等），一套表中的记录对应不到这些行，为免填错位置，"
                                           "未回填：请按一套表“分类汇总”表中的数字手工填写。")
    if count and _is_total_row(ws, start):
        # (wf115: a 汇总 row heading the records under the header: the records go below it, in its sums' range, not
        # above it, pushing it and its =SUM down past them)
        start += 1
    present = _records_present(ws, start)
    if present and count:
        filler.report.warnings.append(
            f"{form.path}（{form.sheet}）：原表第 {present[0]}–{present[-1]} 行已有 {len(present)} 条记录，"
            "原样保留，新记录接在其后。")
        start = present[-1] + 1
    examples = _example_rows(ws, start) if not present else range(start, start)
    if examples and count:
        for r in examples:
            for c in range(1, ws.max_column + 1):
                if not _is_blank(ws.cell(r, c).value):  # a merged cell's hidden part holds None
                    ws.cell(r, c).value = None
        filler.example_cleared(form, examples)
        _sums_take_in(ws, examples)
    available = _data_rows(ws, start)
    max_col = ws.max_column
    if count > available:
        # The new rows look like the template's last blank row; a template with none (the 汇总 row right under
        # the header) lends them the row above, so they are not left without borders.
        template_row = start + available - 1 if available else max(start - 1, 1)
        _insert_rows_keeping_footer(ws, start + available, count - available)
        for r in range(start + available, start + count):
            _copy_row_style(ws, template_row, r, max_col)
    columns = _list_columns(fields, form)
    for i, record in enumerate(records):
        if serial is not None:
            _write_value(ws, start + i, serial, len(present) + i + 1)
        for f, col, options in columns:
            _write_in_row(ws, start + i, f, col, options, filler.value(f, form.record_sheet, record), form, filler)
    if serial is not None and count:
        _renumber_blank_rows(ws, start + count, serial, len(present) + count + 1)
    fit_row_heights(ws, range(start, start + count), grow_wrapped=True)
    if count:
        for row in (start - 1, start + count):
            _clear_stale_total(ws, row)
    return count


def _clear_stale_total(ws: Worksheet, row: int) -> None:
    """A 合计/汇总 row beside the records keeps its formulas and loses the plain numbers a template left in it: they
    total none of the records written (wf115: a 土坯房 摸排表's 汇总 row, its sums broken to #REF! and one 123 typed
    among them, told the department of 123 houses along the road for a village of one)."""
    if not _is_total_row(ws, row):
        return
    for c in range(1, ws.max_column + 1):
        cell = ws.cell(row, c)
        if isinstance(cell.value, int | float) and not isinstance(cell.value, bool):
            cell.value = None


def _is_total_row(ws: Worksheet, row: int) -> bool:
    """A 合计/汇总 row: its first cells name a total."""
    return 1 <= row <= ws.max_row and any(isinstance(v := ws.cell(row, c).value, str) and C.is_total_label(v.strip())
                                          for c in range(1, min(ws.max_column, 4) + 1))


def _stub_labels(ws: Worksheet, start: int, fields: list[MappingField], form: MappingForm) -> list[str]:
    """The first label of each row printed down a summary's stub (「合计」, 「涉及人数」, 「其中：洪涝地质灾害」 …) where
    its rows start, in columns no field of the form stands in, while every field's column is still blank (a
    counter's number is no label); [] for a register of people, households or bodies."""
    if form.subject not in (Subject.AGGREGATE.value, Subject.PLACE.value):
        return []
    columns = {col + 1 for _, col, _ in _list_columns(fields, form)}
    labels: list[str] = []
    r, last_row = start, ws.max_row
    while r <= last_row:
        texts = [text for c in range(1, min(ws.max_column, 60) + 1) if c not in columns
                 and not _is_blank(ws.cell(r, c).value) and not (text := str(ws.cell(r, c).value).strip()).isdigit()]
        if not texts or any(not _is_blank(ws.cell(r, c).value) for c in columns) \
                or any(C.is_notes(t) or C.is_footer(t) for t in texts):
            break
        labels.append(texts[0])
        r += 1
    return labels


def _printed_rows(ws: Worksheet, start: int, fields: list[MappingField],
                  form: MappingForm) -> tuple[MappingField, dict[str, int]] | None:
    """A register whose rows are printed with their keys (「1 | 青石镇 | | |」, 「2 | 桥头镇 | | |」 down a 汇总表) and
    nothing else: the key's field and the row of each printed key. None for any other register."""
    columns = _list_columns(fields, form)
    rows: dict[str, int] = {}
    key: MappingField | None = None
    r, last_row = start, ws.max_row
    while r <= last_row:
        filled = [(f, ws.cell(r, col + 1).value) for f, col, _ in columns if not _is_blank(ws.cell(r, col + 1).value)]
        if len(filled) != 1:
            break
        f, value = filled[0]
        text = str(value).strip()
        if text.replace(".", "").isdigit() or key not in (None, f) or C.is_total_label(text) and r > start:
            break
        # (「合计 | 其中：洪涝地质灾害 | 旱灾 …」 down a 灾情统计表: the total's row is printed with its key too)
        key = f
        rows.setdefault(C.without_part_mark(text), r)  # (as a cadre types it)
        r += 1
    return (key, rows) if key is not None and len(rows) >= 2 else None


def _write_printed_rows(ws: Worksheet, form: MappingForm, fields: list[MappingField], filler: _Filler,
                        records: list[int], start: int, serial: int | None, key: MappingField,
                        rows: dict[str, int]) -> int:
    """Each record in the row printed with its key (青石镇's figures in 青石镇's row, helper-86 saw them inserted
    above the printed towns); a record whose key is not printed goes after the printed rows."""
    columns = _list_columns(fields, form)
    placed: list[tuple[int, int]] = []
    taken: set[int] = set()
    extra: list[int] = []
    for record in records:
        row = rows.get(C.without_part_mark(str(filler.value(key, form.record_sheet, record) or "")))
        if row is not None and row not in taken:
            placed.append((row, record))
            taken.add(row)
        else:
            extra.append(record)
    after = max(rows.values()) + 1
    if extra:
        _insert_rows_keeping_footer(ws, after, len(extra))
        for n in range(len(extra)):
            _copy_row_style(ws, after - 1, after + n, ws.max_column)
            if serial is not None:
                _write_value(ws, after + n, serial, len(rows) + n + 1)
        placed += [(after + n, record) for n, record in enumerate(extra)]
    printed = set(rows.values())
    for row, record in placed:
        for f, col, options in columns:
            if f is key and row in printed:
                continue  # (the row's printed 「其中：洪涝地质灾害」 stays as printed)
            _write_in_row(ws, row, f, col, options, filler.value(f, form.record_sheet, record), form, filler)
    return len(records)


def _renumber_blank_rows(ws: Worksheet, row: int, col: int, number: int) -> None:
    """The template's blank rows numbered 1, 2, 3 … under the records written: they go on from the last record
    (helper-86 saw 「1」 written over the example and the blank rows still 1–5 below it)."""
    last_row, last_col = ws.max_row, ws.max_column  # each is a pass over every cell: once, not per row
    while row <= last_row:
        value = ws.cell(row, col).value
        if not (isinstance(value, int) or isinstance(value, str) and value.strip().isdigit()):
            return
        if any(not _is_blank(ws.cell(row, c).value) for c in range(1, last_col + 1) if c != col):
            return
        if str(value).strip() != str(number):  # (numbered right already: left as printed)
            ws.cell(row, col).value = number
        row, number = row + 1, number + 1


def _sums_take_in(ws: Worksheet, examples: range) -> None:
    """A total that left out the template's example (=SUM(O9:O13) under an example in row 8) takes in its row,
    where a record now stands (helper-86: a 民宿台账's 客房 total was 0 for 8)."""
    first, after = examples.start, examples.stop

    def widened(match: re.Match[str]) -> str:
        if match.group(3) is not None and int(match.group(2)) == after:
            return f"{match.group(1)}{first}:{match.group(3)}{match.group(4)}"
        return match.group(0)

    for row in ws.iter_rows(min_row=after):
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("=") and cell.data_type == "f":
                cell.value = _FORMULA_REF_RE.sub(widened, cell.value)


TICK = "√"


def _list_columns(fields: list[MappingField], form: MappingForm) -> list[tuple[MappingField, int, list[str]]]:
    """The fields a register's rows are written with, once per sheet: (field, 0-based column, its option columns).
    One value goes into one cell: a repeated item is written in its first slot."""
    return [(f, parse_a1(f.cell)[1], option_columns(f, form.layout)) for f in fields if not (f.slot and f.slot > 1)]


# How a template's notes say to mark a category column (「在对应的类型下都填1」, 「符合的打√」).
# (「其他单元格栏用“1”占位」 too — wf19; not 「用“1-6”标注」, the codes of another column)
_MARK_ONE_RE = re.compile(r"(?:填|用)[“\"「'‘]?1[”\"」'’]?(?![\d.\-－—~～])")
_MARK_TICK_RE = re.compile(r"(?:打|划|画)[“\"「]?[√✓]")
# (「死亡人员（要暂停√）」: a few words of what the tick does before it — wf79's 是 went out as typed beside J's √)
_TICK_IN_LABEL_RE = re.compile(r"[(（][^()（）√✓]{0,6}?(?:是|打|划|画)?[“\"「]?[√✓][”\"」]?(?:号)?[)）]$")
# (by the sheet itself, not its id(): a later file's sheet may be given a freed one's id)
_MARKS: weakref.WeakKeyDictionary[Worksheet, str | None] = weakref.WeakKeyDictionary()


def _tick_mark(ws: Worksheet) -> str | None:
    """The mark the sheet's notes ask for in a column that is a category (1 or √), else None. (Read once a sheet,
    its first and last rows only: the notes stand above or below the table.)"""
    if ws not in _MARKS:
        last = ws.max_row
        rows = [*range(1, min(last, 60) + 1), *range(max(61, last - 40), last + 1)]
        texts = " ".join(str(v) for r in rows for v in (ws.cell(r, c).value for c in range(1, min(ws.max_column, 40) + 1))
                         if isinstance(v, str))
        _MARKS[ws] = "1" if _MARK_ONE_RE.search(texts) else TICK if _MARK_TICK_RE.search(texts) else None
    return _MARKS[ws]


def _write_in_row(ws: Worksheet, row: int, f: MappingField, col: int, options: list[str], value: Any,
                  form: MappingForm, filler: _Filler) -> None:
    """One record's value of one field, in the register's row: ticked under its option, or written as it is. Where
    the form asks a code of its own (「是（分别用数字“1-6”占位）」, 「在J列分别用“1-6”标注」) the 1 the other
    columns take would say 国道 for any road (wf43): a √ says 是, and the clerk is told to fill the code."""
    if _is_blank(value):
        return
    # (「已通知要参加医保要缴费（√）」: the column's own note asks a tick, whatever the sheet's notes say — wf45 found
    # 是 written there)
    mark = _tick_mark(ws) or (TICK if _TICK_IN_LABEL_RE.search(C.squash(f.label)) else None)
    item = filler.mapping.item(f.item)
    # (a kind the sheet marks with its 1 (「困难类型 › 特困 | 低保边缘」 under 「在对应的类型下填1」), asked in the 一套表
    # with no drop-down: no count, no amount)
    # (「房屋属性 › 唯一土坯房（有人居住） › 已享受房屋改造政策」: the kinds header may stand two levels up — wf156's 否
    # went into such a column as the word, and a 1 typed there as text, beside the 1s its 汇总 row sums)
    kind = not item.rule and not f.unit and not _COUNTED_LABEL_RE.search(C.squash(f.label)) and (
        mark is not None or any(_KINDS_HEADER_RE.search(C.squash(group)) for group in f.header_path[:-1]))
    whether = bool(item.selects) or item.rule == "list" and set(item.options) <= {"是", "否"} or kind
    target = _list_target(f, options, value, form, filler, mark, whether)
    if target is None:
        return
    column = col + target[0] + 1
    written = target[1]
    if written in (mark, TICK) and column in _coded_columns(ws):
        written = TICK
        said = (f"{form.department or '未注明'}《{form.title}》{get_column_letter(column)}列（{C.as_printed(f.label)}）：这一栏"
                "按填表说明应填分类代码，一套表只问了是否，已打√，请按填表说明改填代码。")
        if said not in filler.report.warnings:
            filler.report.warnings.append(said)
    if written == TICK and mark is None and column in _summed_columns(ws):
        written = 1  # (wf151: 身份类型 › 监测户 went out √ under a 汇总 row summing the column: the sum counts 1s)
    if written == "1" and mark == "1":
        written = 1  # (wf48: a 1 for a 是 or a √ was text beside the cadre's typed number 1, and a SUM missed it)
    _write_dated(ws, row, column, written, f.label)


# A column taking codes of its own: 「在J列分别用“1-6”标注」 in the notes, 「是（分别用数字“1-6”占位…）」 over it.
_COLUMN_CODES_RE = re.compile(r"([A-Z]{1,2})列[^。；;，,]{0,8}?用[^。；;]{0,6}?\d+\s*[-－—~～至到]\s*\d+")
_CODES_OVER_RE = re.compile(r"用(?:数字)?[“\"「'‘]?\d+\s*[-－—~～至到]\s*\d+")
_CODED: weakref.WeakKeyDictionary[Worksheet, frozenset[int]] = weakref.WeakKeyDictionary()


_SUMMED: weakref.WeakKeyDictionary[Worksheet, frozenset[int]] = weakref.WeakKeyDictionary()


def _summed_columns(ws: Worksheet) -> frozenset[int]:
    """The 1-based columns a total row (汇总, 合计 in its first columns) sums, by a formula or a printed number:
    a tick there is counted, so it is written 1."""
    if ws not in _SUMMED:
        summed: set[int] = set()
        for r in range(1, min(ws.max_row, 60) + 1):
            if not any(isinstance(v := ws.cell(r, c).value, str) and C.is_total_label(v) for c in range(1, 4)):
                continue
            for c in range(2, min(ws.max_column, 80) + 1):
                value = ws.cell(r, c).value
                if isinstance(value, int | float) and not isinstance(value, bool) \
                        or isinstance(value, str) and value.upper().startswith("=SUM"):
                    summed.add(c)
        _SUMMED[ws] = frozenset(summed)
    return _SUMMED[ws]


def _coded_columns(ws: Worksheet) -> frozenset[int]:
    """The 1-based columns of a sheet that its notes or their own header say take a range of codes."""
    if ws not in _CODED:
        last = ws.max_row
        rows = [*range(1, min(last, 60) + 1), *range(max(61, last - 40), last + 1)]
        width = min(ws.max_column, 60)
        coded: set[int] = set()
        for r in rows:
            for c in range(1, width + 1):
                text = ws.cell(r, c).value
                if not isinstance(text, str):
                    continue
                coded.update(column_index_from_string(m.group(1)) for m in _COLUMN_CODES_RE.finditer(text))
                if r <= 12 and _CODES_OVER_RE.search(text):
                    coded.add(c)
        _CODED[ws] = frozenset(coded)
    return _CODED[ws]


def _list_target(f: MappingField, options: list[str], value: Any, form: MappingForm,
                 filler: _Filler, mark: str | None = None, whether: bool = False) -> tuple[int, Any] | None:
    """Where in a register's row a value goes, as (columns right of the field's own, what to write). An item whose
    columns are its options (「认定等级 | 特困 | 困难 | 一般」, 「是否沿线 | 否 | 是」) is ticked under the option
    chosen: written in the item's first column, 「困难」 stood under 特困 and 「是」 under 否. None, with a
    warning, when the value is none of the options. ``whether``: the 一套表 asks it yes or no, so a 1, 0, 有 or 无 typed
    there is that answer."""
    if not options:
        said = C.squash(str(value)) if isinstance(value, str | int) and not isinstance(value, bool) else ""
        asks = next((words for words in ("是否", "有无") if words in C.squash(f.label)), None)
        if asks is None and (note := C.YES_NO_NOTE_RE.search(C.squash(f.label))):
            # 「完成社区党群服务中心亲民化改造（是/否）」: the column asks the word, not a tick (wf145: 是 went out as √ and
            # 否 as a blank the department could not tell from no answer)
            asks = note.group(1) + note.group(2)
        # (a 1 or a 无 of a count or a text is itself; typed for a column asking 是否, a 1 is a yes — wf157: merged by
        # the clerk with a tick column, 是否享受低保 got the cadre's 1 as typed)
        whether = whether or asks is not None and said in ("1", "0", *TICK_MARKS, *_CROSSES)
        if not whether:
            said = said if said in ("是", "否", *TICK_MARKS) else ""
        if (mark or whether) and (said in _TICKED_WORDS or said in _UNTICKED_WORDS) and not asks:
            # 「脱贫户 | 监测户 | 低保户」 under 身份类型 with 「在对应的类型下都填1」: the mark the form asks, for a 是
            # or a cadre's own tick (wf6; wf46 found √ beside a 1); a 否, 无, × or 0 is no tick, a blank (wf124: 0, 无
            # and × went into the 特困 and 低保边缘 columns a count of filled cells counts)
            return 0, (mark or TICK) if said in _TICKED_WORDS else None
        if whether and (said in _TICKED_WORDS or said in _UNTICKED_WORDS) and asks:
            # (wf124: a 1 typed for 是否居住在户籍所在地 reached the 关爱台账 as 1, a × as ×: the column's own words; wf131:
            # 风险是否消除 asks it mid-label, and its 否 had become a blank)
            return 0, asks[0] if said in _TICKED_WORDS else asks[1]
        return 0, value
    chosen = C.squash(str(value))
    if chosen in options:
        # (「其他单元格栏用“1”占位」: wf40 found √ under 是否沿线 › 否 of a form that asks 1)
        return options.index(chosen), mark or TICK
    filler.report.warnings.append(
        f"{form.department or '未注明'}《{form.title}》（{C.as_printed(f.label)}）：“{value}”不是表中列出的选项"
        f"（{'/'.join(options)}），未填入。")
    return None


_LABEL_COLON_END_RE = re.compile(r"[:：][\s_＿]*$")
# 「名称 | 　　　　　　| 企业状态：」: room for 名称's answer, then a divider and the next label in the same box (wf33:
# neither the company's name nor its 存续 was written)
_DIVIDED_BOX_RE = re.compile(r"^[\s\u3000]*[|｜][^:：]{1,12}[:：][\s_＿]*$")


def _before_the_unit(value: Any, box: str) -> str:
    """「2.5 公顷」: a card's number written before the unit its box prints (wf120: 用地总面积 | 公顷 was left blank)."""
    return f"{value} {C.squash(box)}"


def _divided(label: str) -> bool:
    """A label printed after a divider in the box of the label before it (「| 企业状态：」)."""
    return C.squash(label).startswith(("|", "｜"))


def _after_colon(current: str, text: object) -> str:
    """「| 企业状态：」 with 存续 → 「| 企业状态：存续」."""
    return _LABEL_COLON_END_RE.sub(lambda m: m.group(0).strip(" _＿") + str(text), current.rstrip())


def _rows_under(ws: Worksheet, heads: list[MappingField], limit: int = 30) -> list[int]:
    """The blank rows (1-based) under a card's row of column heads, down to the first row with text under a head."""
    rows: list[int] = []
    places = [(r + 1, c + 1) for r, c in (parse_a1(f.cell) for f in heads)]
    top = max(r for r, _ in places)
    for r, c in places:
        box = _merge_at(ws, r, c)
        top = max(top, box.max_row if box is not None else r)
    for row in range(top + 1, min(top + limit, ws.max_row) + 1):
        for _, c in places:
            box = _merge_at(ws, row, c)
            if box is not None and box.min_row < row and box.min_row <= top:
                return rows  # a head (or the table's side label) reaching down: no row of its own here
            if not _answer_cell(ws.cell(box.min_row, box.min_col).value if box is not None else ws.cell(row, c).value):
                return rows
        rows.append(row)
    return rows


def _write_member_rows(ws: Worksheet, form: MappingForm, heads: list[MappingField], filler: _Filler,
                       records: list[int], copy_no: int, per_record: bool) -> int:
    """A card's table of family members (「家庭成员情况 | 姓名 | 年龄 | 与学生关系 …」 over blank rows): the other
    members of the card's household, one a row, each with their own values (wf30: one column on the person sheet
    held one member at most, and split wrote none). 1 when a value was written."""
    members = _members_listed(form, filler, records, copy_no, per_record, len(rows := _rows_under(ws, heads)))
    own = records[copy_no] if per_record and copy_no < len(records) else None
    written = 0
    for row, member in zip(rows, members, strict=False):
        for f in heads:
            value = _member_value(f, form, filler, own, member, members)
            if _is_blank(value):
                continue
            col = parse_a1(f.cell)[1] + 1
            box = _merge_at(ws, row, col)
            _write_dated(ws, *((box.min_row, box.min_col) if box is not None else (row, col)), value, f.label)
            written = 1
    return written


def _member_value(f: MappingField, form: MappingForm, filler: _Filler, own: int | None, member: int,
                  members: list[int]) -> Any:
    """What a card's (or a 证明's) row of a household member gets in ``f``: its value, and a relation as the card asks
    it, to ``own``, the one the card is about."""
    value = filler.value(f, form.record_sheet, member)
    if own is None or not _RELATION_TO_ONE_RE.search(filler.mapping.item(f.item).meaning):
        return value
    if member == own:
        return "本人"  # (the applicant's own row of a list of the applicant and their family)
    to_head = filler._item_named(form.record_sheet or "", "与户主关系")
    rows_of = filler.collected.records.get(form.record_sheet or "", [])
    typed = rows_of[member].get(to_head) if to_head is not None and member < len(rows_of) else None
    derived = _relation_to_the_cards_person(f, form, filler, own, member, typed, to_head,
                                            quiet=not _is_blank(value)) \
        if to_head is not None and not _is_blank(typed) else None
    if derived is not None:
        # (wf75: the cadre typed each one's 与户主关系 and left 家庭成员与本人关系 blank: a grandson's card listed his
        # grandmother, the 户主, with no relation — read from the two relations to the head. wf85: one 家庭成员与本人
        # 关系 column holds one answer a person, typed for one card — 祖父 for a grandson's — and the head's own
        # 家庭成员关系证明 had listed his father as 祖父: the relations to the head say it for every card they can)
        # (wf116: the head's own card wrote 配偶 and 长子 over the cadre's 妻子 and 儿子: the cadre's word, of the same
        # relation, is the one written)
        said = answer_word(C.squash(str(value or "")))
        return said if not _is_blank(value) and same_relation(said, answer_word(C.squash(str(derived)))) else derived
    if not _is_blank(value) and any(_heads_the_household(filler.value(f, form.record_sheet, n))
                                    for n in (own, *members)):
        # (typed to the household's head on each person's row, 户主 among them)
        return _relation_to_the_cards_person(f, form, filler, own, member, value)
    if not _is_blank(value) and not _is_blank(filler.value(f, form.record_sheet, own)):
        # (wf111: the column typed for a father's card — his wife 妻子, his son 儿子, his daughter 女儿 — and the son's
        # own 亲属关系证明 listed his mother as 妻子: a card's person with a relation of their own in the column is not
        # the one it was typed to, and the two relations to that one are read as relations to a head)
        return _relation_to_the_cards_person(f, form, filler, own, member, value, to_another=True)
    return value


_SELF_WORD, _HEAD_WORD, _TO_THE_HEAD = "本人", "户主", "与户主"


def _relation_said_as_self(value: Any, meaning: str) -> bool:
    """The head's relation to the head typed 本人: on anyone else's card it reads as that person's own row."""
    return not _is_blank(value) and answer_word(C.squash(str(value))) == _SELF_WORD and _TO_THE_HEAD in C.squash(meaning)


def _head_of_household(filler: _Filler, sheet: str, record: int, relation: str) -> int | None:
    """The row of the head of ``record``'s household, by the relations to the head typed in ``relation``, where the
    household can be told."""
    found = filler._household_index(sheet)
    if found is None or not all(key := filler._household_of[sheet][record]):
        return None
    rows = filler.collected.records[sheet]
    return next((n for n in found[1].get(key, ()) if _heads_the_household(rows[n].get(relation))), None)


# A member's relation to the one a card is about (与学生关系, the 一套表's 家庭成员与本人关系)
_RELATION_TO_ONE_RE = re.compile(r"与本人关系$")
_RELATION_ITEM_RE = re.compile(r"与[\u4e00-\u9fff]{1,4}关系$")  # 与户主关系, 与申请人关系
_CHILD_RE = re.compile(r"^(?:长|次|三|四|五|独生|养|继)?(?:子|女|儿子|女儿)$")
_SPOUSE_RE = re.compile(r"^(?:妻|妻子|夫|丈夫|配偶|爱人)$")
_GRANDCHILD_RE = re.compile(r"^(外)?(?:孙子|孙女|孙|孙儿)$")
_IN_LAW_RE = re.compile(r"^(?:儿媳|儿媳妇|媳妇|(女婿))$")  # a child's spouse (GB/T 4761 儿媳, 女婿)
_PARENT_RE = re.compile(r"^(?:父亲|母亲|父母|父|母|爸爸|妈妈)$")  # the head's parent (GB/T 4761 50-父母)
_PARENTS_IN_LAW = ("岳父", "岳母", "公公", "婆婆")  # the head's spouse's parents (GB/T 4761 53-56)


def _relation_to_the_cards_person(f: MappingField, form: MappingForm, filler: _Filler, own: int, member: int,
                                  value: Any, to_head: str | None = None, quiet: bool = False,
                                  to_another: bool = False) -> Any:
    """A member's relation as the card asks it, to the one it is about. A cadre typing it on each person's row
    writes it to the household's head (户主, 妻, 子): kept when the card's person is the head; read as the child's
    (父亲, 母亲, 兄弟, 姐妹, by GB/T 4761 and the member's 性别) when the card's person is the head's child; the head,
    the children and the head's parents as the spouse's 丈夫 or 妻子, 儿子 or 女儿, 公婆 or 岳父母; the head and the head's
    spouse as the head's parent's 儿子 or 女儿 and 儿媳 or 女婿; else left blank and said (wf72: a student's card listed his father as 「户主」 and his mother as 「妻」). ``to_head``: the
    item of the relations to the head the value is, when not the card's own column's; ``quiet``: None is returned
    unsaid, the cadre's own answer standing in its place; ``to_another``: the card's own column was typed to
    another member of the household, not to its head."""
    sheet = form.record_sheet or ""
    typed = answer_word(C.squash(str(value)))
    own_typed = filler.collected.records[sheet][own].get(to_head) if to_head else filler.value(f, sheet, own)
    own_relation = answer_word(C.squash(str(own_typed or "")))
    member_sex = filler._sex_of(sheet, member)
    male = member_sex.startswith("男") or typed in ("夫", "丈夫")
    female = member_sex.startswith("女") or typed in ("妻", "妻子")
    if _heads_the_household(own_relation):
        if to_head is None:
            return value
        # (the relation to the head read from its own column: its word, no code of that column's list — 「130-女」
        # is 女 on a 证明; GB/T 4761's 50 父母 is the 父亲 or 母亲 the member is — wf85)
        return ("父亲" if male else "母亲" if female else typed) if typed == "父母" else typed
    found = None
    if _CHILD_RE.match(own_relation) and (_heads_the_household(typed) or _SPOUSE_RE.match(typed)):
        found = "父亲" if male else "母亲" if female else None
    elif _CHILD_RE.match(own_relation) and _CHILD_RE.match(typed):
        # (wf135: a girl born 2012 on her elder brother's card was his 姐妹; their birth dates say 妹妹)
        rows = filler.collected.records[sheet]
        mine, theirs = filler._age(sheet, rows[own]), filler._age(sheet, rows[member])
        older = None if mine is None or theirs is None or mine == theirs else theirs > mine
        found = ("兄弟" if older is None else "哥哥" if older else "弟弟") if male \
            else ("姐妹" if older is None else "姐姐" if older else "妹妹") if female else None
    elif _CHILD_RE.match(own_relation) and _PARENT_RE.match(typed):
        # (wf135: the head's father on his grandson's card had no relation: a son's father's father is the child's
        # 祖父, a daughter's (the head a woman) the child's 外祖父)
        head = _head_of_household(filler, sheet, own, to_head or f.item)
        head_sex = filler._sex_of(sheet, head) if head is not None else ""
        side = "" if head_sex.startswith("男") else "外" if head_sex.startswith("女") else None
        found = None if side is None else f"{side}祖父" if male else f"{side}祖母" if female else None
    elif _SPOUSE_RE.match(own_relation) and _heads_the_household(typed):
        # (wf85: the wife's own 法律援助 form listed her husband, the 户主, with no relation)
        found = "丈夫" if male else "妻子" if female else None
    elif _SPOUSE_RE.match(own_relation) and _CHILD_RE.match(typed):
        # (wf93, wf94: the head's wife's 证明 listed their son with no relation: the head's child is the spouse's)
        found = "儿子" if male else "女儿" if female else None
    elif _SPOUSE_RE.match(own_relation) and typed in _PARENTS_IN_LAW:
        # (wf116: the head's 岳母 on his wife's own 亲属关系证明 is her 母亲; a woman head's 公公 her husband's 父亲)
        found = "父亲" if male or typed in ("岳父", "公公") else "母亲"
    elif _SPOUSE_RE.match(own_relation) and _PARENT_RE.match(typed):
        # (the head's father is his wife's 公公, her husband's parents her 公婆; a wife heading, her husband's 岳父母)
        own_sex = filler._sex_of(sheet, own)
        wife = own_sex.startswith("女") or own_relation in ("妻", "妻子")
        husband = own_sex.startswith("男") or own_relation in ("夫", "丈夫")
        found = (("公公" if male else "婆婆" if female else None) if wife
                 else ("岳父" if male else "岳母" if female else None) if husband else None)
    elif _PARENT_RE.match(own_relation) and _heads_the_household(typed):
        # (wf93: the late grandfather's 亲属关系核查 had no 子女 for his son, the head)
        found = "儿子" if male else "女儿" if female else None
    elif _PARENT_RE.match(own_relation) and _SPOUSE_RE.match(typed):
        found = "儿媳" if female else "女婿" if male else None
    elif _PARENT_RE.match(own_relation) and _CHILD_RE.match(typed):
        # (wf159: the head's father's 关系证明 left the head's children blank: a son's children are his 孙子 and 孙女,
        # a daughter's (the head a woman) his 外孙子 and 外孙女, by GB/T 4761)
        head = _head_of_household(filler, sheet, own, to_head or f.item)
        head_sex = filler._sex_of(sheet, head) if head is not None else ""
        side = "" if head_sex.startswith("男") else "外" if head_sex.startswith("女") else None
        found = None if side is None else f"{side}孙子" if male else f"{side}孙女" if female else None
    elif _PARENT_RE.match(own_relation) and _PARENT_RE.match(typed) and own_relation != typed:
        # (the head's mother on his father's card is his 妻子)
        found = "丈夫" if male else "妻子" if female else None
    elif (in_law := _IN_LAW_RE.match(own_relation)) and (_heads_the_household(typed) or _SPOUSE_RE.match(typed)):
        # (wf87: a daughter-in-law's 证明 listed her parents-in-law, the head and his wife, with no relation)
        found = ("岳父" if male else "岳母" if female else None) if in_law.group(1) else \
            ("公公" if male else "婆婆" if female else None)
    elif (grandchild := _GRANDCHILD_RE.match(own_relation)) and (_heads_the_household(typed) or _SPOUSE_RE.match(typed)):
        # (wf75: a boy's card under his grandmother's household listed her, 户主, with no relation; GB/T 4761's 孙子
        # and 外孙子 have the head and the head's spouse for 祖父母 or 外祖父母)
        side = "外" if grandchild.group(1) else ""
        found = f"{side}祖父" if male else f"{side}祖母" if female else None
    if found is None and not quiet:
        # (wf76: two lines for one card named neither the card nor the members; the cadre had to guess which cells)
        rows = filler.collected.records[sheet]
        names = [filler._records_named(sheet, rows, [n]) for n in (own, member)]
        # (wf87: the line blamed the member's 「子」 when the applicant's own 「儿媳」 was what no rule reads)
        basis = (f"一套表“{filler.mapping.item(f.item).name}”一列是按另一人填的" if to_another
                 else "一套表中只有与户主的关系")
        note = (f"{form.department or '未注明'}《{form.title}》（{names[0]}）：家庭成员栏“{f.label}”要填与本人的关系，{basis}"
                f"（{names[0]}“{own_relation or '未填'}”、{names[1]}“{typed}”），无法换算，已留空，请在分发结果中补填。")
        if note not in filler.report.warnings:
            filler.report.warnings.append(note)
    return found


def _living_members(filler: _Filler, form: MappingForm, card: MappingForm, record: int, others: list[int]) -> list[int]:
    """The members a living person's document lists: those marked dead in the 一套表 left out, and said (wf93: the
    late grandfather stood among the 共同生活的家庭成员 of his daughter-in-law's 法律援助证明; wf109: a late wife among
    the 户内成员 of her son's 户籍证明)."""
    sheet = card.record_sheet or ""
    if filler.marked_dead(sheet, record) or not (late := [m for m in others if filler.marked_dead(sheet, m)]):
        return others
    rows = filler.collected.records.get(sheet, [])
    note = (f"{form.department or '未注明'}《{form.title}》（{filler._records_named(sheet, rows, [record])}）："
            f"{filler._records_named(sheet, rows, late)}在一套表中已标记死亡，未列入家庭成员。")
    if note not in filler.report.warnings:
        filler.report.warnings.append(note)
    return [m for m in others if m not in late]


def _members_listed(form: MappingForm, filler: _Filler, records: list[int], copy_no: int, per_record: bool,
                    rows: int) -> list[int]:
    """The records a card's table of family members lists: the other members of the household of the record the
    copy is written for (all the records, on a card filled once); the clerk is told of those it has no row for."""
    own = records[copy_no] if per_record and copy_no < len(records) else None
    if per_record:
        members = [m for m in filler.household(form, own) if m != own] if own is not None else []
        members = _living_members(filler, form, form, own, members) if own is not None else members
    else:
        members = records
    if len(members) > rows:
        room = f"只有 {rows} 行" if rows else "没有空行可填"
        # (wf159: 「其余 2 人没有写入」 left the cadre to work out whom the card was missing)
        sheet = form.record_sheet or ""
        rows_of = filler.collected.records.get(sheet, [])
        left_out = filler._records_named(sheet, rows_of, members[rows:])
        whose = f"（{filler._records_named(sheet, rows_of, [own])}）" if own is not None else ""
        more = "等" if len(members) - rows > 5 else ""
        note = (f"{form.path}（{form.sheet}）{whose}：家庭成员栏{room}，{left_out}{more}共 {len(members) - rows} 人没有写入，"
                f"请在表中加行补填。")
        if note not in filler.report.warnings:
            filler.report.warnings.append(note)
    return members[:rows]


def _write_beside_label(ws: Worksheet, f: MappingField, value: Any, form: MappingForm, filler: _Filler) -> None:
    """A value asked once above a table: after the colon of 「学校名称：____」 in the label's own cell, else in
    the blank cell right of the label."""
    row, col = parse_a1(f.cell)
    label = ws.cell(row + 1, col + 1).value
    text = _text(value, f.label)
    if isinstance(label, str) and _LABEL_COLON_END_RE.search(label):
        _write_value(ws, row + 1, col + 1, _LABEL_COLON_END_RE.sub(lambda m: m.group(0).strip(" _＿") + str(text),
                                                                   label.rstrip()))
        return
    _write_beside(ws, row, col, value, f, form, filler)


def _write_beside(ws: Worksheet, row: int, col: int, value: Any, f: MappingField, form: MappingForm,
                  filler: _Filler) -> int:
    """Write a value in the cell right of its label at 0-based (row, col): a blank to fill, □ options to tick,
    never another label (the clerk is told instead). 1 when written."""
    own = ws.cell(row + 1, col + 1).value
    if _divided(f.label) and isinstance(own, str) and _LABEL_COLON_END_RE.search(own):
        _write_value(ws, row + 1, col + 1, _after_colon(own, _text(value, f.label)))
        return 1
    vr, vc = _card_value_cell(ws, row + 1, col + 1)
    if vc > filler.drawn_width(ws, form):
        filler.label_kept(form, f.label, "")  # the label fills the form's last cell: no box beside it
        return 0
    box = _merge_at(ws, vr, vc)
    # (A box merged down from rows above, 「第一学年」 over the rows beside a table of members, shows its top
    # cell's text: that is what a value written here would overwrite, helper-52's 务农 over 第一学年.)
    current = ws.cell(box.min_row, box.min_col).value if box is not None else ws.cell(vr, vc).value
    if isinstance(current, str) and _DIVIDED_BOX_RE.match(current):
        _write_value(ws, vr, vc, f"{_text(value, f.label)}  {current.strip()}")
        return 1
    if isinstance(current, str) and C.is_unit_box(current):
        _write_value(ws, vr, vc, _before_the_unit(_text(value, f.label), current))
        return 1
    if not _answer_cell(current):
        filler.label_kept(form, f.label, str(current))
        return 0
    ticked = _tick(current, value) if isinstance(current, str) and C.is_option_text(current) else None
    if ticked is not None:
        _write_value(ws, vr, vc, ticked)
    else:
        _write_dated(ws, vr, vc, value, f.label)
    return 1


def stacked_registers(form: MappingForm, fields: list[MappingField]) -> list[list[MappingField]]:
    """A register's columns, grouped by the register they head when one table stacks several under their own
    headers (「二、村级物流快递点位 | 序号 | 村级物流快递点位名称 …」 under the first one's rows): the first
    register's header rows, then each run of header rows that follows."""
    bottom = form.header_rows[1] if form.header_rows else None
    groups: list[list[MappingField]] = [[]]
    last_row = -1
    for f in sorted(fields, key=lambda f: parse_a1(f.cell)):
        row = parse_a1(f.cell)[0]
        if bottom is not None and row > bottom and row > last_row + 1 and groups[-1]:
            groups.append([])
        groups[-1].append(f)
        last_row = max(last_row, row)
    # (a card's items under a register are no register of their own: they stay with the first, as before)
    stacked = [g for g in groups[1:] if all(f.layout == "list" for f in g)]
    first = [f for g in groups if g is groups[0] or g not in stacked for f in g]
    return [first, *stacked]


def _register_records(form: MappingForm, register: list[MappingField], filler: _Filler, records: list[int]) -> list[int]:
    """The records a stacked register takes: those with a value for one of its own items. A register repeating
    the first one's items (its columns are their later slots, 商贸中心 of three grades) takes none: the 一套表 does
    not say which records are its."""
    own = [f for f in register if not (f.slot and f.slot > 1)]
    return [n for n in records if filler.any_value(form, own, [n])] if own else []


def _stacked_shares(form: MappingForm, registers: list[list[MappingField]], filler: _Filler,
                    records: list[int]) -> list[tuple[list[MappingField], list[int]]]:
    """Each stacked register that takes records, with them, the lowest first (rows added for it move nothing not yet
    written): by the kind the 一套表 says where its registers are told apart so (then each writes its own columns
    with the record's own values), else by the items of its own each record fills."""
    by_kind = _records_by_kind(form, registers, filler, records)
    # A record filling an item only one register asks (镇级物流快递点位名称 | 村级物流快递点位名称, over columns both
    # share) is that register's, and no other's for the shared columns it fills (wf41: a 村级 point's name went in
    # the 村级 register and its 到件量 and 联系人 in the 镇级 one, beside no name).
    distinctive = [[f for f in register if not f.slot] for register in registers]
    claimed = {r: {n for n, asked in enumerate(distinctive) if asked and filler.any_value(form, asked, [r])}
               for r in records}
    shares = []
    for n, register in reversed(list(enumerate(registers))):
        own = by_kind[n] if by_kind else [r for r in _register_records(form, register, filler, records)
                                          if not claimed[r] or n in claimed[r]]
        if own:
            # (each register told apart writes its own columns with the record's own values, whichever slot of the
            # shared item its columns are)
            apart = by_kind or distinctive[n]
            shares.append(([replace(f, slot=None) for f in register] if apart else register, own))
    return shares


def _records_by_kind(form: MappingForm, registers: list[list[MappingField]], filler: _Filler,
                     records: list[int]) -> list[list[int]] | None:
    """Each stacked register's records, by the kind the 一套表's column says (基础型 | 增强型 | 提升型 商贸中心): a
    record left blank there goes in the first; one naming no register is written in none and said (wf19: an
    增强型 centre had gone into the 基础型 register). None when the form's registers are not told apart so."""
    if not form.register_kind or len(form.register_kinds) != len(registers):
        return None
    rows = filler.collected.records.get(form.record_sheet or "", [])
    chosen: list[list[int]] = [[] for _ in registers]
    for n in records:
        said = C.squash(str(rows[n].get(form.register_kind) or "")) if n < len(rows) else ""
        at = 0 if not said else next((k for k, kind in enumerate(form.register_kinds)
                                      if said == kind or len(said) >= 2 and said in kind), None)
        if at is None:
            kind = filler.mapping.item(form.register_kind)
            alert = (f"{form.department or '未注明'}《{form.title}》：{filler.place_of(kind, form.record_sheet or '', n)}"
                     f"（{kind.name}）填的是“{said}”，不是{'、'.join(form.register_kinds)}之一，这条记录未回填。")
            if alert not in filler.report.alerts:
                filler.report.alerts.append(alert)
            continue
        chosen[at].append(n)
    return chosen


def _header_span(ws: Worksheet, fields: list[MappingField]) -> tuple[int, int]:
    """The 0-based first and last rows of a register's header: its labels' rows, down to the foot of a label
    merged over several rows."""
    rows = [parse_a1(f.cell)[0] for f in fields]
    bottom = max(rows)
    for f in fields:
        row, col = parse_a1(f.cell)
        rng = _merge_at(ws, row + 1, col + 1)
        if rng is not None:
            bottom = max(bottom, rng.max_row - 1)
    return min(rows), bottom


def _serial_column(ws: Worksheet, rows: tuple[int, int] | None) -> int | None:
    """The 序号 column (1-based) among the first three, in the header rows ``rows`` (0-based) or the row under."""
    if not rows:
        return None
    for r in range(rows[0] + 1, rows[1] + 2):
        for c in range(1, min(ws.max_column, 3) + 1):
            if C.is_serial_label(str(ws.cell(r, c).value or "")):
                return c
    return None


def _read_grids_task(path: str) -> list[Any]:
    return read_grids(Path(path), Path(path).name)


def _guarded_grids(path: Path) -> list[Any]:
    """The native reader runs in a guarded worker here too: a damaged original cannot take split down."""
    outcome = guarded_map(_read_grids_task, [str(path)], workers=1)[0]
    if outcome.reason is not None:
        raise FormReadError(path, outcome.reason)
    return outcome.value


def _workbook_from_grids(path: Path) -> Workbook:
    """A legacy .xls (or any readable file) re-drawn as an .xlsx: values, merges, column widths."""
    wb = Workbook()
    wb.remove(wb.active)
    for grid in _guarded_grids(path):
        if grid.hidden:
            continue
        ws = wb.create_sheet(grid.sheet[:31])
        for r, row in enumerate(grid.rows, start=1):
            for c, text in enumerate(row, start=1):
                if text:
                    put(ws.cell(r, c), text)
        for rng in grid.merges:
            if rng.height > 1 or rng.width > 1:
                ws.merge_cells(start_row=rng.top + 1, start_column=rng.left + 1, end_row=rng.bottom + 1,
                               end_column=rng.right + 1)
        for c in range(1, grid.width + 1):
            ws.column_dimensions[get_column_letter(c)].width = 14
    return wb


def _workbook_from_original(path: Path) -> Workbook:
    """A legacy .xls as .xlsx with its formatting (through xlrd, in a guarded worker); a file xlrd cannot
    read (an .et, a mis-named file) is re-drawn from its values."""
    with tempfile.TemporaryDirectory() as tmp:
        dst = Path(tmp) / "copy.xlsx"
        outcome = guarded_map(_convert_task, [(str(path), str(dst))], workers=1)[0]
        if outcome.reason is None and dst.exists():
            return load_workbook(dst)
    return _workbook_from_grids(path)


def _load_xlsx(src: Path) -> Workbook:
    """openpyxl refuses a name not ending .xlsx/.xlsm: a renamed workbook is given to it as a file."""
    if name_suffix(src) in (".xlsx", ".xlsm"):
        return load_workbook(src)
    with src.open("rb") as fh:
        return load_workbook(fh)


def _copy_workbook(pristine: Workbook, src: Path, suffix: str) -> Workbook:
    try:
        copied = deepcopy(pristine)
    except Exception:  # noqa: BLE001 - a part openpyxl cannot copy: read the file again instead
        return _load_xlsx(src) if suffix in (".xlsx", ".xlsm") else _workbook_from_original(src)
    # deepcopy restores an IndexedList's index before its items, and its append() then skips every item the
    # index already holds: the copy's fonts, fills, borders and cell styles came out empty, so every card copy
    # lost its formatting and pointed at fonts it no longer had (openpyxl could not read it back). Rebuilt
    # from the original, in order: cells refer to their styles by position.
    for name, value in vars(pristine).items():
        if isinstance(value, IndexedList):
            setattr(copied, name, IndexedList(deepcopy(list(value))))
    return copied


def _convert_task(paths: tuple[str, str]) -> str:
    return convert_xls(*paths)


def _csv_rows(path: Path) -> tuple[list[list[str]], str]:
    raw = path.read_bytes()
    encoding = detect_encoding(raw[:SNIFF_BYTES]) or "utf-8-sig"
    text = raw.decode(encoding, errors="replace")
    return [row for row in csv.reader(text.splitlines())], encoding


def _line_end(path: Path) -> str:
    """The template's own line ending: a CSV written on Linux or a Mac keeps its LF, one from Windows CRLF."""
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
    return "\n" if b"\n" in head and b"\r\n" not in head else "\r\n"


def _fill_csv(src: Path, dst: Path, form: MappingForm, fields: list[MappingField], filler: _Filler,
              records: list[int]) -> int:
    rows, encoding = _csv_rows(src)
    wb = Workbook()
    ws = wb.active
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value:
                put(ws.cell(r, c), value)
    _same_template(ws, form, fields, filler)
    count = _fill_sheet(ws, form, fields, filler, records, None)
    labels = {parse_a1(f.cell)[1]: f.label for f in fields}
    out = [[("" if v is None else str(_text(v, labels.get(c, "")))) for c, v in enumerate(row)]
           for row in ws.iter_rows(values_only=True)]
    for r, row in enumerate(out):
        for c, value in enumerate(row):
            original = rows[r][c] if r < len(rows) and c < len(rows[r]) else ""
            if value != original:
                row[c] = csv_safe(value)  # what we wrote must not become a formula when Excel opens the CSV
    dst.parent.mkdir(parents=True, exist_ok=True)
    with dst.open("w", encoding=encoding if encoding != "utf-8" else "utf-8", newline="") as fh:
        csv.writer(fh, lineterminator=_line_end(src)).writerows(out)
    return count


def _fill_docx_table(doc: DocxTables, form: MappingForm, fields: list[MappingField], filler: _Filler,
                     records: list[int], copy_no: int, per_record: bool = False, own: int | None = None) -> int:
    """One form of a Word document; ``own``: the applicant a list of household members is written for."""
    table = _table_of(form)
    if table >= len(doc.tables):
        return 0
    if form.layout == "card":
        cells = doc.cell_map(table)
        written = 0
        table_heads = [f for f in fields if f.member and not f.slot]
        if table_heads:
            written = _write_docx_member_rows(cells, form, table_heads, filler, records, copy_no, per_record)
        for f in fields:
            if f.member and not f.slot:
                continue
            record = filler.card_record(form, f, records, copy_no, per_record)
            if record is not None:
                written = _write_docx_beside(cells, form, f, filler.value(f, form.record_sheet, record), filler) \
                    or written
        return written
    if not filler.any_value(form, fields, records):
        return 0
    registers, label_rows = _registers_and_label_rows(stacked_registers(form, fields))
    # 「申请人及共同生活的家庭成员月收入状况」 over 「资产状况 | 房产：… / 现金、存款…：   元 / 重大支出」 on a 法律援助经济
    # 状况证明: the rows under the register are the applicant's, each filled beside its label (wf62: their values had
    # gone into a new row added under the table), from the one record of the form that fills them (wf63: the
    # applicant's, beside the family members the register lists)
    owners = [n for n in records if filler.any_value(form, label_rows, [n])] if label_rows else []
    if owners:
        cells = doc.cell_map(table)
        for f in label_rows:
            _write_docx_beside(cells, form, f, filler.value(f, form.record_sheet, owners[0]), filler)
        note = (f"{form.path}（{form.sheet}）：表格下方的“{'”“'.join(_bare_labels(label_rows))}”只能填一人的，"
                f"一套表中有 {len(owners)} 条记录填了，已按排在最前的一条填入，请核对。")
        # (what a household owns, shared onto each member's row, says one thing: wf108 read 「一套表中有 3 条记录填
        # 了」 of values typed once, on the head's row)
        differ = any(len({C.squash(str(v)) for n in owners if not _is_blank(v := filler.value(f, form.record_sheet, n))}) > 1
                     for f in label_rows)
        if len(owners) > 1 and differ and note not in filler.report.warnings:
            filler.report.warnings.append(note)
    if len(registers) == 1:
        start = form.data_start_row or 1
        header = form.header_rows[1] if form.header_rows else start - 1
        available = len(doc.rows(table)) - start
        if label_rows:  # (they end the rows a register may fill)
            available = min(available, min(parse_a1(f.cell)[0] for f in label_rows) - start)
        return _write_docx_register(doc, table, form, registers[0], filler, records, start, header, available, own)
    written: set[int] = set()
    for register, shared in _stacked_shares(form, registers, filler, records):
        cells = doc.cell_map(table)
        header = max(parse_a1(f.cell)[0] for f in register)
        while any(cells.get((header + 1, parse_a1(f.cell)[1])) is cells.get((header, parse_a1(f.cell)[1])) is not None
                  for f in register):
            header += 1  # a label merged down over the header's rows
        available = _docx_blank_rows(cells, header + 1, len(doc.rows(table)))
        _write_docx_register(doc, table, form, register, filler, shared, header + 1, header, available, own)
        written.update(shared)
    return len(written)


def _write_docx_beside(cells: dict[tuple[int, int], Any], form: MappingForm, f: MappingField, value: Any,
                       filler: _Filler) -> int:
    """Write a card label's value in the answer cell beside it (after its colon, in a divided box, or ticked among
    the options printed there); 1 when written."""
    value = _text(value, f.label)
    if _is_blank(value):
        return 0
    row, col = parse_a1(f.cell)
    label = cells.get((row, col))
    if label is not None and _divided(f.label) and _LABEL_COLON_END_RE.search(cell_text(label)):
        set_text(label, _after_colon(cell_text(label), value))
        return 1
    if label is not None and (blank := _BLANK_BEFORE_UNIT_RE.search(cell_text(label))):
        # 「现金、存款、有价证券等资产：   元」: the amount goes in the blank before its unit
        text = cell_text(label)
        set_text(label, f"{text[:blank.start(1)]}{value}{text[blank.end(1):]}")
        return 1
    if label is not None and (ticked := _ticked_in_label(cell_text(label), value)) is not None:
        set_text(label, ticked)  # 「房产：□无□有  套，   平方米」 with 「有1套，85平方米」: ☑有 1 套，85 平方米
        return 1
    target = next((cells[(row, c)] for c in range(col + 1, col + 64)
                   if (row, c) in cells and cells[(row, c)] is not label), None)
    if target is None:
        return 0
    current = cell_text(target)
    if _DIVIDED_BOX_RE.match(current):
        set_text(target, f"{value}  {current.strip()}")
        return 1
    if C.is_unit_box(current):
        set_text(target, _before_the_unit(value, current))
        return 1
    if not _answer_cell(current):
        filler.label_kept(form, f.label, current)
        return 0
    ticked = _tick(current, value) if C.is_option_text(current) else None
    set_text(target, ticked if ticked is not None else value)
    return 1


def _ticked_in_label(text: str, value: Any) -> str | None:
    """A label printing its own options and blanks (「房产：□无□有  套，   平方米」): the option the value opens with
    ticked, and the value's numbers in the blanks before their units, in order; None when no option is named."""
    if not C.is_option_text(text):
        return None
    said = str(value).strip()
    ticked = _tick(text, said)
    if ticked is None:
        ticked = next((t for word in _OPENING_ANSWERS if said.startswith(word)
                       and (t := _tick(text, word)) is not None), None)
    if ticked is None:
        return None
    for number in re.findall(r"\d+(?:\.\d+)?", said):
        blank = _BLANK_BEFORE_A_UNIT_RE.search(ticked)
        if blank is None:
            break
        ticked = f"{ticked[:blank.start(1)]}{number}{ticked[blank.end(1):]}"
    return ticked


_OPENING_ANSWERS = ("有", "无", "是", "否")
# The units a label's own blank stands before: 「…资产：   元」, 「□有  套，   平方米」
_BLANK_UNITS = r"(?:元|万元|平方米|亩|间|套|辆|人|户|个|岁)"
_BLANK_BEFORE_A_UNIT_RE = re.compile(rf"([\s\u3000_＿]{{2,}}){_BLANK_UNITS}")


def _bare_labels(fields: list[MappingField]) -> list[str]:
    """The first few labels, without what their colons print after them."""
    return [C.squash(_LABEL_BLANK_RE.sub("", f.label)) for f in fields[:3]]


_LABEL_BLANK_RE = re.compile(r"[:：].*$")


def _registers_and_label_rows(registers: list[list[MappingField]]) -> tuple[list[list[MappingField]],
                                                                              list[MappingField]]:
    """The stacked registers that are registers, and the labels of those that are rows of labels instead: a register
    heads its columns in at most three rows; 「资产状况 | 房产 / 汽车 / 现金、存款… / 重大支出」 down five rows, one label
    a row, heads none."""
    kept, labels = registers[:1], []
    for register in registers[1:]:
        rows = {parse_a1(f.cell)[0] for f in register}
        if len(rows) > _HEADER_DEPTH and len(register) < 2 * len(rows):
            labels.extend(register)
        else:
            kept.append(register)
    return kept, labels


_HEADER_DEPTH = 3
# 「…资产：   元」: a label's own blank, between its colon and the unit the amount is in, at the end of the label
_BLANK_BEFORE_UNIT_RE = re.compile(rf"[:：]([\s\u3000_＿]{{2,}}){_BLANK_UNITS}[\s\u3000]*$")


def _write_docx_member_rows(cells: dict[tuple[int, int], Any], form: MappingForm, heads: list[MappingField],
                            filler: _Filler, records: list[int], copy_no: int, per_record: bool) -> int:
    """A Word card's table of family members: as :func:`_write_member_rows` does in a workbook."""
    places = [parse_a1(f.cell) for f in heads]
    rows: list[int] = []
    row = max(r for r, _ in places) + 1
    # (a cell merged down from the row above is that row's: no row of its own)
    while len(rows) < 30 and all((row, c) in cells and cells[(row, c)] is not cells.get((row - 1, c))
                                 and _answer_cell(cell_text(cells[(row, c)])) for _, c in places):
        rows.append(row)
        row += 1
    members = _members_listed(form, filler, records, copy_no, per_record, len(rows))
    own = records[copy_no] if per_record and copy_no < len(records) else None
    written = 0
    for at, member in zip(rows, members, strict=False):
        for f, (_, col) in zip(heads, places, strict=True):
            value = _member_value(f, form, filler, own, member, members)
            if not _is_blank(value):
                set_text(cells[(at, col)], _text(value, f.label))
                written = 1
    return written


def _docx_blank_rows(cells: dict[tuple[int, int], Any], start: int, end: int) -> int:
    """Rows from ``start`` (0-based) holding nothing but serial numbers, up to the next section or header (or the
    「本人」 printed in the applicant's row of a list of the applicant and their family)."""
    r = start
    while r < end:
        # (a side label merged down beside the rows, 「申请人及共同生活的家庭成员月收入状况」, is no text of theirs)
        texts = {cell_text(cell).strip() for (row, col), cell in cells.items()
                 if row == r and cell is not cells.get((row - 1, col))} - {""}
        if texts and not all(t.isdigit() or t == "本人" and r == start for t in texts):
            break
        r += 1
    return r - start


def _write_docx_register(doc: DocxTables, table: int, form: MappingForm, fields: list[MappingField],
                         filler: _Filler, records: list[int], start: int, header: int, available: int,
                         own: int | None = None) -> int:
    """Write the records into a Word register's rows from ``start`` (0-based), adding rows below its last
    blank one (or its header) when they run out. ``own``: the applicant whose household members the records are
    (a 家庭成员关系证明 written for each)."""
    relation = _relation_field(form, fields, filler) if own is not None else None
    if own is not None and relation is not None \
            and (slots := _relation_slots(cells := doc.cell_map(table), parse_a1(relation.cell)[1], start)):
        return _write_docx_slots(cells, form, fields, relation, filler, records, own, slots)
    count = len(records)
    if count > available:
        doc.add_rows(table, start + available - 1, count - available)
    cells = doc.cell_map(table)
    serial = next((c for (r, c), cell in sorted(cells.items()) if r <= header and C.is_serial_label(cell_text(cell))),
                  None)
    columns = _list_columns(fields, form)
    for i, record in enumerate(records):
        if serial is not None and (start + i, serial) in cells:
            set_text(cells[(start + i, serial)], i + 1)
        for f, col, options in columns:
            value = _text(_member_value(f, form, filler, own, record, records) if own is not None
                          else filler.value(f, form.record_sheet, record), f.label)
            if _is_blank(value) or (target := _list_target(f, options, value, form, filler)) is None:
                continue
            if (start + i, col + target[0]) in cells:
                set_text(cells[(start + i, col + target[0])], target[1])
    return count


def _relation_field(form: MappingForm, fields: list[MappingField], filler: _Filler) -> MappingField | None:
    """The column of a member's relation to the one a document is about (称谓, 与本人关系)."""
    return next((f for f in fields if f.member and _RELATION_TO_ONE_RE.search(filler.mapping.item(f.item).meaning)),
                None)


def _relation_slots(cells: dict[tuple[int, int], Any], col: int, start: int) -> dict[int, str]:
    """「称谓 | 姓名 | … 」 over rows printed 父亲, 母亲, 配偶, 子女 … in the relation column ``col``: row → the relation
    each row is for. Empty when the rows are not so printed (two at least)."""
    slots: dict[int, str] = {}
    for r in range(start, start + 40):
        if (r, col) not in cells:
            break
        word = C.squash(cell_text(cells[(r, col)]))
        if not word or not _SLOT_WORD_RE.match(word):
            break
        slots[r] = word
    return slots if len(slots) >= 2 else {}


# The relations a document's rows are printed for (GB/T 4761's kinds): 父亲, 母亲, 配偶, 子女, 兄弟姐妹 …
_SLOT_WORD_RE = re.compile(r"^(?:父亲|母亲|父母|配偶|子女|儿子|女儿|子|女|兄弟姐妹|兄弟|姐妹|祖父母|外祖父母|孙子女|外孙子女|"
                           r"继父|继母|养父|养母|其他)$")


def _fits_slot(slot: str, relation: str) -> bool:
    """A member's relation to the document's person fits a row printed for ``slot``."""
    if not relation:
        return False
    if slot == relation or slot == "父母" and relation in ("父亲", "母亲") or slot == "其他":
        return True
    if slot == "配偶":
        return bool(_SPOUSE_RE.match(relation))
    if slot in ("子女", "儿子", "子"):
        return bool(_CHILD_RE.match(relation)) and (slot == "子女" or not relation.endswith("女"))
    if slot in ("女儿", "女"):
        return bool(_CHILD_RE.match(relation)) and relation.endswith("女")
    if slot == "兄弟姐妹":
        return relation in ("兄弟", "姐妹", "哥哥", "弟弟", "姐姐", "妹妹")
    return False


def _write_docx_slots(cells: dict[tuple[int, int], Any], form: MappingForm, fields: list[MappingField],
                      relation: MappingField, filler: _Filler, records: list[int], own: int,
                      slots: dict[int, str]) -> int:
    """Each member of the household on the row printed for their relation to the document's person (wf89: a
    亲属关系核查's 父亲 row had been given the late man himself, and three households shared one copy); a member
    no row is printed for, or whose relation is not known, is named and left to the clerk."""
    free = dict(slots)
    left: list[str] = []
    written = 0
    sheet = form.record_sheet or ""
    rows_of = filler.collected.records.get(sheet, [])
    for member in records:
        kin = answer_word(C.squash(str(_member_value(relation, form, filler, own, member, records) or "")))
        row = next((r for r, slot in free.items() if _fits_slot(slot, kin)), None)
        if row is None:
            left.append(f"{filler._records_named(sheet, rows_of, [member])}（{kin or '关系未知'}）")
            continue
        del free[row]
        for f, col, options in _list_columns(fields, form):
            if f is relation:
                continue  # (the row's printed relation stays)
            value = _text(filler.value(f, sheet, member), f.label)
            if _is_blank(value) or (target := _list_target(f, options, value, form, filler)) is None:
                continue
            if (row, col + target[0]) in cells:
                set_text(cells[(row, col + target[0])], target[1])
                written = 1
    if left:
        whose = filler._records_named(sheet, rows_of, [own])
        note = (f"{form.department or '未注明'}《{form.title}》（{whose}）：表中各行按称谓印好（{'、'.join(dict.fromkeys(slots.values()))}），"
                f"{'、'.join(left)}没有对应的空行或与{whose}的关系不明，未写入，请在分发结果中补填。")
        if note not in filler.report.warnings:
            filler.report.warnings.append(note)
    return written


def _safe_name(text: Any) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "", str(text or ""))[:20]


def _told_apart(form: MappingForm, neighbours: list[MappingForm]) -> str:
    """A form's title, with its sheet when another table of its file has the same title: wf62 was told 《税务登记表》
    was left blank in the file that held its filled first table, and it was the second table (表2) that was."""
    return f"{form.title}［{form.sheet}］" if sum(f.title == form.title for f in neighbours) > 1 else form.title


@dataclass
class _Job:
    """One original file and what it becomes: its forms, the records each receives, the files to write."""

    rel: str
    src: Path
    forms: list[MappingForm]
    records: dict[str, list[int]]  # form id → record indices
    copies: list[int]  # cards: the record of each copy; lists and indicators: [0]
    targets: list[Path]
    kind: str  # what the original is by its bytes (.xlsx, .xls, .docx, .csv), whatever its name says
    households: bool = False  # its card lists the household of the record it is written for
    card: MappingForm | None = None  # the form a copy is written for, one a record

    @property
    def per_record(self) -> bool:
        """Each copy is one record's, and a card listing a household lists that record's, even in a single copy
        (wf30: the one family of a village had its 户主 printed again as the first 户内成员)."""
        return len(self.targets) > 1 or self.households


def _one_a_record(form: MappingForm) -> bool:
    """A form written once per record: a card, or a table of figures filled once per household or person
    (「一户贫困户对应填一张表」), whose figures are that record's."""
    return form.layout == "card" or form.layout == "indicator" and bool(form.record_sheet)


def _card_of(job: _Job) -> MappingForm:
    """The card a file written once per record is written for (only such a file has several targets)."""
    return job.card or next(f for f in job.forms if _one_a_record(f))


def _lists_members(mapping: Mapping, form: MappingForm) -> bool:
    """A document's list whose every column is a family member's item (a 家庭成员关系证明's table; its 备注 aside), or
    which lists the applicant with their family (:func:`_lists_the_applicant_too`): one applicant's household, a copy
    for each applicant. (A periodic roster of members lists the village's.)"""
    fields = mapping.fields_of(form.id)
    return form.layout == "list" and form.kind == "on_demand" and bool(fields) \
        and (all(f.member or is_remark(f.label) for f in fields) and any(f.member for f in fields)
             or _lists_the_applicant_too(mapping, form))


def _lists_the_applicant_too(mapping: Mapping, form: MappingForm) -> bool:
    """「申请人及共同生活的家庭成员月收入状况 › 姓名 | 关系 | …」 of a 法律援助经济状况证明: a document's list of the
    applicant and the family living with them, the applicant's own row first (wf85: it had been filled once for the
    village, three households on one form)."""
    return form.layout == "list" and form.kind == "on_demand" and any(
        f.member and f.header_path and _APPLICANT_AND_FAMILY_RE.search(C.squash(f.header_path[0]))
        for f in mapping.fields_of(form.id))


_APPLICANT_AND_FAMILY_RE = re.compile(r"申请人(?:本人)?(?:及|和|与|、)(?:其)?(?:共同生活的?)?(?:家庭成员|家属|亲属)")


def _count_filled(form: MappingForm, done: int, records: list[int], filled: set[str],
                  listed: set[tuple[str, int]]) -> int:
    """Note that a form of the file received values (``done``) and, for a register, which records it listed."""
    if done:
        filled.add(form.id)
        if form.layout != "indicator":
            listed.update((form.record_sheet, n) for n in records)
    return done


def _records_in_copy(job: _Job, form: MappingForm, copy_no: int, filler: _Filler | None = None) -> list[int]:
    """The records a form of the file receives in one copy. In a file written once per record (a card), a list
    of the same records holds that copy's record alone, not every record of the village in every copy; a list
    of family members (a 证明's 家庭成员 table) holds the other members of that record's household."""
    records = job.records[form.id]
    if not job.per_record or form.layout != "list":
        return records
    card = _card_of(job)
    if form.record_sheet != card.record_sheet:
        # Records of another kind have nothing to do with the copy's record: they go in the first copy only
        # (see _copies_note), not 300 times over.
        return records if copy_no == 0 else []
    record = job.copies[copy_no]
    if filler is not None and any(f.member for f in filler.mapping.fields_of(form.id)):
        # (wf32: a 亲属关系证明's table of members listed the applicant himself, his wife and son left out)
        others = _living_members(filler, form, card, record, [m for m in filler.household(card, record) if m != record])
        return [record, *others] if _lists_the_applicant_too(filler.mapping, form) else others
    return [record] if record in records else []


def _copies_note(job: _Job) -> str | None:
    """What the clerk is told when a per-record file also holds a list of another kind of record."""
    if len(job.targets) == 1:
        return None
    card = _card_of(job)
    lists = [f for f in job.forms if f.layout == "list" and f.record_sheet != card.record_sheet and job.records[f.id]]
    if not lists:
        return None
    return (f"{job.rel}：每条“{card.record_sheet}”记录各写一份，文件中另有“{lists[0].record_sheet}”清单"
            f"（{lists[0].sheet}），只填入第一份（{job.targets[0].name}）。")


def _name_item(mapping: Mapping, sheet: str | None) -> str | None:
    """The column that names a record of a sheet (姓名, 户主姓名, 村名, 单位名称), for card file names."""
    # A wide record sheet is printed as themed parts (人员（基本信息等）…): its name item is in one of them.
    items = [i for i in mapping.items if (i.record or i.sheet) == (sheet or "") and not i.selects and not i.joins]
    items = items or [i for i in mapping.sheet_items(sheet or "") if not i.selects]
    for pattern in (r"^姓名$", r"姓名$", r"名称$|名$"):
        found = next((i.key for i in items if re.search(pattern, i.meaning)), None)
        if found:
            return found
    return None


_WORKBOOK_SUFFIXES = (".xlsx", ".xls", ".xlsm")


def _resent_as(forms_dir: Path, rel: str) -> Path | None:
    """The template sent again in another workbook format (婴儿出生花名册.xlsx now .xls): same folder, same
    name. Its labels are checked cell by cell like any template's, so a changed one is still refused."""
    wanted = PurePosixPath(rel)
    if wanted.suffix.lower() not in _WORKBOOK_SUFFIXES:
        return None
    folder = locate(forms_dir, str(wanted.parent)) if str(wanted.parent) != "." else forms_dir
    if folder is None:
        return None
    for suffix in _WORKBOOK_SUFFIXES:
        if suffix != wanted.suffix.lower() and (found := locate(folder, wanted.stem + suffix)) is not None:
            return found
    return None


def _selector_name(mapping: Mapping, key: str) -> str:
    """The 是否… column a cadre ticks for a form (not 「出具」 for a survey's 是否纳入… — wf17)."""
    try:
        return mapping.item(key).name
    except KeyError:
        return key


def _renamed_to(forms_dir: Path, rel: str, known: set[str], mapping: Mapping,
                forms: list[MappingForm]) -> Path | None:
    """The template renamed in its folder since the scan (老党员补贴.xlsx now 2026年老党员生活补贴登记表.xlsx): of the
    files of the same format the mapping does not know, the one whose sheets hold every label of the form where
    the scan found it, nearest by name when several do (wf17, wf18: scan had reported the rename, split skipped
    the form and the records it was owed)."""
    wanted = PurePosixPath(rel)
    folder = locate(forms_dir, str(wanted.parent)) if str(wanted.parent) != "." else forms_dir
    if folder is None or not folder.is_dir():
        return None
    try:
        strangers = [p for p in sorted(folder.iterdir()) if p.is_file() and p.suffix.lower() == wanted.suffix.lower()
                     and not p.name.startswith(("~$", ".")) and relative_path(p, forms_dir) not in known]
    except OSError:
        return None
    fitting = [p for p in strangers[:_RENAMED_CANDIDATES] if _labels_stand_in(p, forms, mapping)]
    return max(fitting, key=lambda p: fuzz.ratio(wanted.stem, p.stem), default=None)


_RENAMED_CANDIDATES = 20  # (a folder of new files is no rename: read only so many)


def _labels_stand_in(path: Path, forms: list[MappingForm], mapping: Mapping) -> bool:
    """Every form of a template has its labels where the scan found them in ``path``'s sheet of the same name."""
    try:
        grids = {grid.sheet: grid for grid in _guarded_grids(path)}
    except YitaobiaoError:
        return False
    for form in forms:
        grid = grids.get(form.sheet)
        if grid is None or moved_label(form, mapping.fields_of(form.id), lambda row, col, grid=grid: grid.rows[row][col]
                                       if row < len(grid.rows) and col < len(grid.rows[row]) else "") is not None:
            return False
    return True


_HEADS_OWN_ITEM_RE = re.compile(r"^户主(?!姓名$).+")


def _people_for_no_one(filler: _Filler, jobs: list[_Job]) -> list[str]:
    """People the cadre typed whom no department's form lists: not as its record, not as a member of a household a
    card lists, not as the head of a household a form receives (wf74: a wife's whole row — her ID, her phone —
    went to no department, and nothing said so). One line naming them."""
    mapping, collected = filler.mapping, filler.collected
    forms = {form.id: form for form in mapping.forms}
    received: dict[str, set[int]] = defaultdict(set)  # record sheet → records some form receives
    receiving = set()  # forms receiving some record
    for job in jobs:
        for form_id, records in job.records.items():
            form = forms.get(form_id)
            if form is None or not form.record_sheet:
                continue
            received[form.record_sheet].update(records)
            receiving.update([form_id] if records else [])
            if job.households or _lists_members(mapping, form):
                for n in records:  # (the members a card's family table lists reach it too)
                    received[form.record_sheet].update(filler.household(form, n))
    # The names of the heads whose own row some form reads: of a household some form receives, or of a person whose
    # form asks the head's items (户主公民身份号码 from the head's row). A member's 户主姓名 alone writes nothing of
    # the head's own (wf76: a father named only as his disabled daughter's 户主 had his whole row go nowhere unsaid).
    asks_the_heads = {form.record_sheet for form in mapping.forms if form.id in receiving
                      and any(_HEADS_OWN_ITEM_RE.match(mapping.item(f.item).meaning) for f in mapping.fields_of(form.id))}
    heads = set()
    for sheet in mapping.record_sheets():
        head = filler._item_named(sheet, "户主姓名")
        if head and sheet in received and (not filler._item_named(sheet, "姓名") or sheet in asks_the_heads):
            rows = collected.records.get(sheet, [])
            heads.update(C.squash(str(rows[n].get(head) or "")) for n in received[sheet] if n < len(rows))
    lines = []
    for sheet in mapping.record_sheets():
        name = filler._item_named(sheet, "姓名")
        if not name:
            continue  # (a sheet of households, villages or bodies: said item by item by _typed_for_no_one)
        rows = collected.records.get(sheet, [])
        typed = {i.key for i in mapping.items if (i.record or i.sheet) == sheet and not i.selects and not i.joins}
        # (a guardian whose own row another's form took is written there: wf107's grandfather was said lost)
        guardians = {n for row_sheet, n, _ in filler.reaching_others if row_sheet == sheet}
        missed = [n for n, row in enumerate(rows) if n not in received.get(sheet, ()) and n not in guardians
                  and (sheet, n) not in filler.named_left_out  # (a tick hint has named them and what they filled)
                  and C.squash(str(row.get(name) or "")) not in heads | {""}
                  and sum(not _is_blank(row.get(k)) for k in typed) >= 2]
        if missed:
            more = f"等 {len(missed)} 人" if len(missed) > 5 else ""
            # (「本人一行」: a mother named on her child's row of a 出生花名册 is written there, her own row is not — wf73)
            lines.append(f"{filler._records_named(sheet, rows, missed)}{more}：本人一行填写的内容没有写入任何部门报表（没有一张报表"
                         "列入）。如属某张报表，请在一套表中勾选其所属群体后重新分发；如需报送，请另行告知相关部门。")
    return lines


def _received(filler: _Filler, jobs: list[_Job]) -> dict[str, set[int]]:
    """Form id → the records it receives: those its jobs list, and on a form asking a household's members' items,
    their households (the household a 证明's list gives each applicant: wf91's 张长海, on his daughter-in-law's copy;
    a student's card its family's 健康状况 — never the 健康状况 of a man in no student's family, wf100)."""
    mapping = filler.mapping
    forms = {form.id: form for form in mapping.forms}
    of_members = {f.form for f in mapping.fields if f.member or f.slot}
    received: dict[str, set[int]] = defaultdict(set)
    for job in jobs:
        for form_id, records in job.records.items():
            received[form_id].update(records)
            if form_id in forms and (form_id in of_members or _lists_members(mapping, forms[form_id])):
                received[form_id].update(m for n in records for m in filler.household(forms[form_id], n))
    return received


def _required_left_blank(filler: _Filler, jobs: list[_Job]) -> list[str]:
    """A form's columns it marks required (「居住时间*」, 「（必填）」) that records it receives leave blank: an import
    template refuses such rows (wf105: the police 实有人口批量采集表 took 8 people with 居住时间*, 居住事由* … blank,
    and nothing said so). One line a form, naming the columns and the people."""
    said = []
    forms = {form.id: form for form in filler.mapping.forms}
    for job in jobs:
        for form_id, records in job.records.items():
            form = forms.get(form_id)
            # (a record's own columns: a card's table of members and an indicator table's figures are not its)
            required = [f for f in filler.mapping.fields if f.form == form_id and _REQUIRED_RE.search(f.label)
                        and not f.member and not f.slot]
            if form is None or not form.record_sheet or not required or not records:
                continue
            sheet = form.record_sheet or ""
            blank = {f.label: [n for n in records if _is_blank(filler.value(f, sheet, n))] for f in required}
            blank = {label: people for label, people in blank.items() if people}
            if not blank:
                continue
            people = sorted({n for found in blank.values() for n in found})
            rows = filler.collected.records.get(sheet, [])
            ordered = sorted(blank.items(), key=lambda pair: -len(pair[1]))
            columns = "、".join(f"“{label.strip()}”{len(found)} 人" for label, found in ordered[:3]) \
                + (f"等 {len(blank)} 栏" if len(blank) > 3 else "")
            more = f"等 {len(people)} 人" if len(people) > 3 else ""
            said.append(f"{form.department or '未注明'}《{form.title}》：必填栏未填（{columns}；涉及"
                        f"{filler._records_named(sheet, rows, people[:3])}{more}），导入时可能被拒收：请在一套表中补填后重新分发。")
    return said


# A column a template marks required: 「姓名*」, 「＊居住事由」, 「（必填）」
_REQUIRED_RE = re.compile(r"^\s*[*＊]|[*＊]\s*$|[（(]必填[)）]")


def _received_by_item(filler: _Filler, jobs: list[_Job]) -> dict[str, set[int]]:
    """Item key → the records some form asking it receives (of ``jobs``): worked out once a split, for the three
    passes that fill what a form asks from another row (parents, relatives, the household)."""
    if filler.received_items is not None and filler.received_items[0] is jobs:
        return filler.received_items[1]
    by_form = _received(filler, jobs)
    received: dict[str, set[int]] = defaultdict(set)
    for f in filler.mapping.fields:
        received[f.item] |= by_form.get(f.form, set())
    filler.received_items = (jobs, received)
    return received


def _typed_for_no_one(filler: _Filler, jobs: list[_Job]) -> list[str]:
    """What a cadre typed that no department's form receives: an item asked only by forms its record is not
    listed on (wf72: 「已故（2026年2月10日去世）」 under a 健康状况 only a student card asks, and 「全户迁往县城」 under a
    公租房 roster's 备注, reached no one, and nothing said so). One line naming the items and whose they are."""
    mapping, collected = filler.mapping, filler.collected
    received = _received(filler, jobs)
    asking: dict[str, set[str]] = defaultdict(set)  # item → forms asking it
    for f in mapping.fields:
        asking[f.item].add(f.form)
    lost: list[str] = []
    for item in mapping.items:
        # (what everyone has, 姓名 or 公民身份号码, reaches a household's form through its head's row, and where a
        # record is goes with it: said only of what a record tells of itself)
        if item.selects or item.joins or not asking.get(item.key) \
                or (is_everyones(item.meaning) or item.theme == _BASIC_THEME) and not is_remark(item.meaning) \
                or _says_where_or_who(item):
            continue
        sheet = item.record or item.sheet
        records = collected.records.get(sheet, [])
        # (a record a tick hint has named, with what it filled, is said there; a group's item typed for someone no
        # form of the group lists, and no hint names, is said here — wf83: 健康状况 of three people reached no form)
        # (wf100: 赵大山, named for a 医保 form's items, had his 老党员 备注 and 健康状况 lost unsaid)
        # (wf156: 否 typed for 是否服刑人员 was said lost, 「如需报送（如去世…）」: a no tells no department anything)
        asks_whether = _asks_whether(item)
        names = [n for n, record in enumerate(records) if not _is_blank(record.get(item.key))
                 and not (asks_whether and _yes_or_no(record[item.key]) == "否")
                 and not {(sheet, n, item.key), (sheet, n, "*")} & filler.named_items
                 # (wf107: 李秀英's 健康状况 was said lost, written on her grandchild's 附件2 as the 监护人's)
                 and (sheet, n, item.key) not in filler.reaching_others
                 and not any(n in received.get(form_id, ()) for form_id in asking[item.key])]
        if names:
            more = "等" if len(names) > 3 else ""
            lost.append(f"{item.name}（{filler._records_named(sheet, records, names[:3])}{more}）")
    if not lost:
        return []
    return [f"以下填写的内容没有写入任何部门报表（采集它们的报表都没有列入这些记录）：{_few(lost, 6)}。"
            "如需报送（如去世、迁出、残疾等情况），请另行告知相关部门，或在一套表中勾选其所属群体后重新分发。"]


def plan_outputs(mapping: Mapping, filler: _Filler, forms_dir: Path, out_dir: Path,
                 report: SplitReport) -> list[_Job]:
    """Every output file, decided before anything is written (so a clash stops the run with nothing half done)."""
    by_file: dict[str, list[MappingForm]] = defaultdict(list)
    for form in mapping.forms:
        by_file[form.path].append(form)
    jobs: list[_Job] = []
    taken: set[Path] = set()
    found = {rel: locate(forms_dir, rel) for rel in by_file}  # a name in GBK bytes is found by the name shown
    # (the folder holds the other forms: this one was renamed or moved since the scan — wf15)
    renamed = any(src is not None for src in found.values())
    for rel, forms in by_file.items():
        src = found[rel]
        written_as = rel
        if src is None and (src := _resent_as(forms_dir, rel)) is not None:
            report.warnings.append(f"找不到原表 {rel}，改用同名的 {src.name}（部门换了文件格式），已按生成一套表时的"
                                   "表头逐格核对。")
        if src is None and (src := _renamed_to(forms_dir, rel, set(by_file), mapping, forms)) is not None:
            report.warnings.append(f"找不到原表 {rel}，改用同一文件夹中改了名的 {src.name}，已按生成一套表时的表头"
                                   "逐格核对。")
            written_as = str(PurePosixPath(rel).with_name(src.name))  # (the department's new name — wf19)
        said = len(filler.report.warnings)
        records = {form.id: filler.records_for(form) for form in forms}
        if src is None:
            # (what a missing file's forms would have taken is said once, as records not written back: no 「收到 1 条
            # 记录」 beside it — wf67)
            del filler.report.warnings[said:]
            waiting = sum(len(records[form.id]) for form in forms)
            note = (f"找不到原表：{forms_dir / rel}，已跳过（其余报表都在，这张可能已改名或移走：请对现在的报表重新 "
                    "scan、merge 后再拆分）。" if renamed else
                    f"找不到原表：{forms_dir / rel}，已跳过（请用 --forms 指向扫描时的报表文件夹）。")
            if waiting:
                report.alerts.append(f"{note[:-1]}；它应收到的 {waiting} 条记录没有回填。")
            else:
                report.warnings.append(note)
            continue
        receiving = [form for form in forms if form.layout == "indicator" and not form.record_sheet or records[form.id]]
        for form in forms:
            if form not in receiving:
                why = filler.left_out(form.id) or (
                    f"没有勾选为“{form.population}”的记录" if form.selector and form.population
                    else f"没有记录在“{_selector_name(mapping, form.selector)}”一栏勾选" if form.selector
                    else f"“{form.record_sheet}”表没有填写记录")
                report.skipped.append(f"{form.department}《{form.title}》：{why}，未生成。")
        if not receiving:
            continue
        # (a 家庭成员关系证明 whose only table lists the members is written for each applicant too — wf32)
        cards = [form for form in receiving if _one_a_record(form) or _lists_members(mapping, form)]
        households = bool(cards) and (cards[0].layout == "card" and any(f.slot or f.member
                                                                         for f in mapping.fields_of(cards[0].id))
                                      or _lists_members(mapping, cards[0]))
        copies = records[cards[0].id] if cards else [0]
        suffix = content_suffix(src)
        # A copy keeps the original's name, unless that name says otherwise than its bytes or is an .xls:
        # then it is written as what it is (an .xlsx renamed .csv was copied as a text dump of its zip).
        keep = suffix == name_suffix(src) and suffix in (".xlsx", ".xlsm", ".csv", ".docx")
        proper = ".docx" if suffix == ".docx" else ".csv" if suffix == ".csv" else ".xlsx"
        base = out_dir / (written_as if keep else str(Path(written_as).with_suffix(proper)))
        if not keep and base in taken | {out_dir / r for r in by_file}:
            base = base.with_name(f"{src.stem}（{suffix.lstrip('.')}）.xlsx")
        if cards:
            name_key = _name_item(mapping, cards[0].record_sheet)
            sheet_records = filler.collected.records.get(cards[0].record_sheet or "", [])
            targets = []
            for n, record in enumerate(copies, start=1):
                who = sheet_records[record].get(name_key) if name_key else ""
                targets.append(base.with_name(f"{base.stem}-{n:03d}{'-' + _safe_name(who) if who else ''}{base.suffix}"))
        else:
            targets = [base]
        taken.update(targets)
        jobs.append(_Job(rel, src, receiving, records, copies, targets, suffix, households, cards[0] if cards else None))
    return jobs


def _filled_title(forms: list[MappingForm]) -> str:
    """The row of the split's table names the forms of the file that received values (an indicator sheet left
    blank beside a filled list is not named, nor counted as its records)."""
    return forms[0].title if len(forms) == 1 else f"{forms[0].title} 等 {len(forms)} 张"


def _write_job(job: _Job, filler: _Filler, fields_by_form: dict[str, list[MappingField]]) -> SplitReport:
    """Write one original's filled copies; what it has to say is in the report returned."""
    report = filler.start_report()  # the filler's warnings and conversions go to this job's report
    first = job.forms[0]
    department = first.department or "未注明"
    try:
        suffix = job.kind
        if suffix == ".csv":
            count = _fill_csv(job.src, job.targets[0], first, fields_by_form[first.id], filler, job.records[first.id])
            report.outputs.append(FormOutput(department, first.title, job.targets, count))
            return report
        count = 0
        pristine: Workbook | None = None
        pristine_doc: DocxTables | None = None
        if note := _copies_note(job):
            report.warnings.append(note)
        for form in job.forms:
            _say_another_villages_title(form, filler)
        saved: list[Path] = []
        filled: set[str] = set()  # the forms that received anything
        for copy_no, target in enumerate(job.targets):
            written = 0
            # (the records written on every register of the file, each once: wf35's 附件1 and 附件2 took one person
            # each, and the summary said 1)
            listed: set[tuple[str, int]] = set()
            if suffix == ".docx":
                if pristine_doc is None:
                    pristine_doc = DocxTables(job.src)
                    _same_document(pristine_doc, job.forms, fields_by_form, filler)
                    # (wf148, wf151: 「填表单位：浙江省」 over a Word 名单 went out as printed, where a workbook's is
                    # cleared and said)
                    if cleared := pristine_doc.blank_in_paragraphs(_someone_elses_answers):
                        _say_cleared(first, cleared, filler)
                doc = pristine_doc if len(job.targets) == 1 else pristine_doc.copy()
                for form in job.forms:
                    records = _records_in_copy(job, form, copy_no, filler)
                    own = job.copies[copy_no] if job.per_record and form.layout == "list" and any(
                        f.member for f in fields_by_form[form.id]) else None
                    done = _fill_docx_table(doc, form, fields_by_form[form.id], filler, records, copy_no,
                                            per_record=job.per_record, own=own)
                    written = max(written, _count_filled(form, done, records, filled, listed))
            else:
                if pristine is None:
                    pristine = (_load_xlsx(job.src) if suffix in (".xlsx", ".xlsm")
                                else _workbook_from_original(job.src))
                    for form in job.forms:  # once, on the template every copy is made from
                        if form.sheet in pristine.sheetnames:
                            _same_template(pristine[form.sheet], form, fields_by_form[form.id], filler)
                            _clear_someone_elses_lines(pristine[form.sheet], form, fields_by_form[form.id], filler)
                            if filler.period is not None:
                                _fill_the_period(pristine[form.sheet], fields_by_form[form.id], filler.period)
                # One card a record: the template is read once and copied in memory for each (5× faster
                # than parsing it again; a 300-person village is 300 copies).
                wb = pristine if len(job.targets) == 1 else _copy_workbook(pristine, job.src, suffix)
                _MERGE_INDEX.clear()  # worksheets of the last workbook are gone; their ids may be reused
                _MARKS.clear()
                for form in job.forms:
                    if form.sheet in wb.sheetnames:
                        records = _records_in_copy(job, form, copy_no, filler)
                        done = _fill_sheet(wb[form.sheet], form, fields_by_form[form.id], filler, records,
                                           copy_no if _one_a_record(form) else None, per_record=job.per_record)
                        written = max(written, _count_filled(form, done, records, filled, listed))
            if not written:
                continue  # nothing of this record (or no indicator value) to put in the form: no blank copy
            if suffix != ".docx":
                mark_output(wb)  # a later scan of the folder passes the filled copy over
            target.parent.mkdir(parents=True, exist_ok=True)  # not before: a form left unwritten leaves no folder
            (doc if suffix == ".docx" else wb).save(target)
            saved.append(target)
            count = max(count, len(listed) or written)
        if saved and suffix == ".docx" and pristine_doc is not None and (prompts := pristine_doc.blank_prompts()):
            # (wf111, wf116: 「姓名：____，性别：__，公民身份号码：__」 above a 亲属关系证明's table went out blank, and only
            # the file's name said whose it was)
            shown = "、".join(f"“{p}”" for p in prompts[:4]) + ("等" if len(prompts) > 4 else "")
            report.warnings.append(f"{job.rel}：正文段落中的填空（{shown}）不在一套表中，没有回填，已写出的 {len(saved)} 份"
                                   "请在打印前手工填写。")
        if not saved:
            report.skipped.extend(
                f"{department}《{_told_apart(form, job.forms)}》："
                + ("值该填的格子都是别的表头，未能填入（见提示），未生成。" if filler.labels_kept(form.id)
                   else "一套表中没有它的数据项的值，未生成。") for form in job.forms)
            return report
        # Every form is accounted for: one left blank in a file written for its neighbours is said so.
        report.skipped.extend(f"{department}《{_told_apart(form, job.forms)}》：一套表中没有它的数据项的值，"
                              f"在 {saved[0].name} 中留空。" for form in job.forms if form.id not in filled)
        if len(saved) < len(job.targets):
            # (wf87 was told 「1 条记录…」 of a man living alone, whose 家庭成员关系证明 had no one to list)
            card = _card_of(job)
            missing = [job.copies[n] for n, target in enumerate(job.targets) if target not in saved]
            sheet = card.record_sheet or ""
            who = filler._records_named(sheet, filler.collected.records.get(sheet, []), missing)
            more = f"等 {len(missing)} 人" if len(missing) > 5 else ""
            alone = "（一户只有本人、没有可列的家庭成员时也是这样）" if _lists_members(filler.mapping, card) else ""
            report.warnings.append(f"{job.rel}：{who}{more}没有这张表的数据项的值{alone}，未生成空白的一份。")
        records = len(saved) if any(_one_a_record(form) for form in job.forms) else count
        written_forms = [form for form in job.forms if form.id in filled]
        report.outputs.append(FormOutput(department, _filled_title(written_forms), saved, records,
                                         len(written_forms)))
    except TemplateChangedError as exc:
        report.alerts.append(f"{job.rel}：{exc.reason}")
    except FormReadError as exc:
        report.warnings.append(f"{job.rel}：{exc.reason}")
    except (OutputExistsError, OSError):
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged original costs its own forms, not the run
        report.warnings.append(f"{job.rel}：原表无法回填（{clerk_reason(exc)}）")
    return report


# What every job of a split reads (the mapping's filler, the fields of each form, the jobs), set before the
# workers are forked so that they inherit it rather than receive it.
_SHARED: tuple[_Filler, dict[str, list[MappingField]], list[_Job]] | None = None


def _job_in_worker(index: int) -> SplitReport:
    assert _SHARED is not None
    filler, fields_by_form, jobs = _SHARED
    return _write_job(jobs[index], filler, fields_by_form)


def _write_jobs(jobs: list[_Job], filler: _Filler, fields_by_form: dict[str, list[MappingField]]) -> Iterator[SplitReport]:
    """Each job's report, in the jobs' order. The originals are filled and saved on every core (each job writes
    files of its own) where processes can be forked; a worker that dies leaves its jobs to this process."""
    global _SHARED
    workers = min(os.cpu_count() or 1, 2, len(jobs))
    if workers < 2 or "fork" not in mp.get_all_start_methods():
        for job in jobs:
            yield _write_job(job, filler, fields_by_form)
        return
    _SHARED = (filler, fields_by_form, jobs)
    gc.freeze()  # the workers must not collect (and so copy, page by page) what they inherit
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("fork"))
    try:
        futures = [pool.submit(_job_in_worker, index) for index in range(len(jobs))]
        for job, future in zip(jobs, futures, strict=True):
            try:
                yield future.result()
            except BrokenProcessPool:
                yield _write_job(job, filler, fields_by_form)
    finally:  # an output that cannot be written stops the run: the jobs not yet begun are not begun
        pool.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()
        _SHARED = None


def split_filled(filled: Path, mapping: Mapping, forms_dir: Path, out_dir: Path,
                 force: bool = False, period: Period | None = None) -> SplitReport:
    """Write every department's filled copy; see the module docstring for the rules. Ages are worked out at
    ``period``'s last day (today when none is given)."""
    collected = read_filled(filled, mapping, period.last_day if period else None)
    if not collected.sheets_found:
        raise _not_its_one_table(filled, mapping)
    if not collected.count() and all(_is_blank(v) for periods in collected.indicators.values()
                                     for v in periods.values()):
        # Before any folder is made: a blank 一套表 (sent back unfilled, or the one merge wrote) leaves no trace.
        raise NothingFilledError(f"{filled.name} 中还没有填写任何记录或指标值，没有可回填的内容；请填写后再分发。")
    originals = sorted({form.path for form in mapping.forms})
    if originals and not any(locate(forms_dir, rel) is not None for rel in originals):
        raise SplitError(f"{forms_dir} 中找不到一套表所对照的任何原报表（共 {len(originals)} 个，如 {originals[0]}），"
                         "请用 --forms 指向扫描时的报表文件夹。")
    report = SplitReport(warnings=list(collected.notes), alerts=list(collected.alerts))
    filler = _Filler(mapping, collected, report, period)
    report.people = filler.people_by_number()
    filler.tick_the_dead()
    jobs = plan_outputs(mapping, filler, forms_dir, out_dir, report)
    report.warnings.extend(filler.late_left_off_lines())
    report.warnings.extend(filler.parents_from_the_household(jobs))  # (before the parents' own rows are read)
    relatives_rows = filler.take_from_relatives_rows(jobs)  # (first: what it takes reaches a form, said below)
    report.warnings.extend(_people_for_no_one(filler, jobs))
    report.warnings.extend(_typed_for_no_one(filler, jobs))
    report.warnings.extend(filler.household_sizes_told())
    filler.household_sizes_compared()
    report.warnings.extend(filler.share_household_items(jobs))
    report.warnings.extend(relatives_rows)
    report.warnings.extend(_required_left_blank(filler, jobs))
    existing = [t for job in jobs for t in job.targets if t.exists()]
    templates = {found.resolve() for rel in originals if (found := locate(forms_dir, rel)) is not None}
    if over := next((t for t in existing if t.resolve() in templates), None):
        # Input files are never modified: 「-o」 given the templates' own folder would fill the blank originals.
        raise UsageError(f"输出会覆盖原报表模板 {over}：请用 -o 指定另一个文件夹（原报表文件夹 {forms_dir} 不能作为输出）。")
    # (wf133 split two villages one after the other into one folder: the second refused with no word of why, and
    # with --force wrote over the first village's forms, its leftovers called 「以前分发留下的」)
    made_from = _split_from(out_dir)
    another = made_from is not None and made_from != str(filled.resolve())
    if another and not force:
        # (wf135: with no file name in common, the other village's folder took this one's forms beside its own)
        name, theirs = _filled_name(filled), _filled_name(Path(made_from or ""))
        elsewhere = out_dir.parent / (name if theirs and theirs in out_dir.name else f"{out_dir.name}_{name}")
        raise OutputExistsError(f"{existing[0]}{f' 等 {len(existing)} 个文件' if len(existing) > 1 else ''}" if existing
                                else out_dir, hint=f"这个文件夹是另一份一套表（{made_from}）的分发结果；分发另一个村（另一份"
                                                   f"一套表）请另用一个文件夹，如 -o {elsewhere}。")
    if existing and not force:
        more = f" 等 {len(existing)} 个文件" if len(existing) > 1 else ""
        raise OutputExistsError(f"{existing[0]}{more}")
    for target in existing:
        refuse_open_in_office(target)
    # The note marks a folder split made (or marked before), never one that held other files.
    ours = not out_dir.exists() or not any(out_dir.iterdir()) or (out_dir / OUTPUT_FOLDER_NOTE).is_file()
    if not ours and out_dir.resolve().is_relative_to(forms_dir.resolve()):
        # 「-o 报表/民政局」: filled copies among the templates, unmarked, would be scanned as templates next quarter
        raise UsageError(f"输出文件夹 {out_dir} 在原报表文件夹 {forms_dir} 之中，且已有其他文件：回填结果会被下次扫描当作模板。"
                         "请用 -o 指定一个新的文件夹。")
    # (wf51: a second split with --force left the first one's certificates for people no longer ticked, unsaid)
    earlier = {p.resolve() for p in out_dir.rglob("*") if p.is_file() and p.name != OUTPUT_FOLDER_NOTE} \
        if ours and out_dir.is_dir() else set()
    fields_by_form: dict[str, list[MappingField]] = defaultdict(list)
    for f in mapping.fields:
        fields_by_form[f.form].append(f)
    seen: set[str] = set(report.warnings)  # (said while choosing the records, as 同户 lines are: said once)
    for part in _write_jobs(jobs, filler, fields_by_form):
        report.outputs.extend(part.outputs)
        report.skipped.extend(part.skipped)
        report.converted += part.converted
        report.alerts.extend(part.alerts)
        # A value's warning is given once (the filler of each worker remembers only its own jobs).
        fresh = [w for w in part.warnings if w not in seen]
        seen.update(fresh)
        report.warnings.extend(fresh)
    before = f"另一份一套表（{made_from}）分发留下的" if another else "以前分发留下的"
    if another and existing:
        report.warnings.append(f"{out_dir} 原是另一份一套表（{made_from}）的分发结果，其中 {len(existing)} 个文件已被这次分发覆盖；"
                               "各村的分发结果请各用一个文件夹。")
    if stale := sorted(earlier - {t.resolve() for job in jobs for t in job.targets if t.exists()}):
        shown = _few([relative_path(p, out_dir.resolve()) for p in stale], 3)
        report.warnings.append(f"{out_dir} 中另有 {len(stale)} 个文件不是这次分发写出的（{shown}），是{before}："
                               "如已不需要，请删除后再发给部门，以免发错。")
    if ours:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / OUTPUT_FOLDER_NOTE).write_text(
            "本文件夹中的报表是 yitaobiao split 按一套表回填的各部门原表。\n"
            "扫描报表模板时会跳过本文件夹，以免回填结果被当作又一批模板重复统计。\n"
            f"{_SPLIT_FROM}{filled.resolve()}\n", encoding="utf-8")
    return report


_AGED_TODAY = ("年龄按今天（{}）的周岁算出（填入年龄、判断是否在某张表的年龄范围内）；如应按统计期末计算，"
               "请加 --period 写明统计期（如 2026Q1）重新分发。")
_SPLIT_FROM = "分发自："  # (the note's line naming the filled 一套表 the folder was split from)


def _split_from(out_dir: Path) -> str | None:
    """The filled 一套表 an output folder was last split from, as its note says (None: no note, or an older one)."""
    try:
        text = (out_dir / OUTPUT_FOLDER_NOTE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return next((line.removeprefix(_SPLIT_FROM).strip() for line in text.splitlines() if line.startswith(_SPLIT_FROM)),
                None)


def _filled_name(filled: Path) -> str:
    """What tells one filled 一套表 from another: its name, or its folder's where every village's is 一套表.xlsx."""
    return filled.parent.name if filled.stem in ("一套表", "") and filled.parent.name else filled.stem
