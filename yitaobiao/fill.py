"""Pre-fill the 一套表 from what departments already hold, and carry last quarter forward.

``fill`` reads filled department forms (any format ``scan`` reads), recognises which template of the
mapping each one is by its header cells, takes every value back into the 一套表's units and words, and
joins the records: persons by 公民身份号码 (GB 11643: check digit validated, 15 → 18 digits, spaces,
lower-case x and full-width digits normalised; masked numbers cannot join), households by the head's
number, places by name, organisations by 统一社会信用代码 or name. Values that disagree between sources
are never chosen silently: they go to a 待核实 sheet and the cell is highlighted with a comment.

Items are 基础信息 (rarely change: 姓名, 性别, 出生日期 …) or 动态信息 (everything else); with a filled
一套表 of last quarter, basic information is carried forward and dynamic information is left for the
cadre, with last quarter's value in a comment.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from copy import copy
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Any

from openpyxl import load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter

from . import cells as C
from .cells import check_digit
from .changes import FormTemplate, renamed_headers
from .errors import YitaobiaoError
from .guard import guarded_map, opening_reason
from .mapping import HOUSEHOLD_KEYS, Mapping, MappingField, MappingForm, MappingItem, option_columns
from .match import ID_ITEM
from .merge import INDICATORS, RECORD_SHEETS, indicator_cells
from .model import CellRange, Grid, Subject, parse_a1
from .readers import content_suffix, is_template_file, read_grids
from .readers.csv_reader import SNIFF_BYTES, detect_encoding
from .readers.excel import calamine_workbook
from .relations import same_relation, says_more
from .sheets import (
    fit_row_heights,
    print_wide,
    put,
    safe_value,
    save,
    set_widths,
    write_header,
    write_notes,
    write_rows,
)
from .split import (
    _AGE_ITEM,
    _RELATION_TO_ONE_RE,
    PLACE_ITEM_RE,
    REVIEW_COLUMNS,
    REVIEW_SHEET,
    TICK_MARKS,
    YES,
    Collected,
    SplitError,
    _age_on,
    _codes_in_order,
    _few,
    _heads_the_household,
    _insert_rows_keeping_footer,
    _lists_members,
    _name_item,
    above_the_table,
    answer_word,
    code_list,
    date_from_text,
    death_marks,
    mapping_of,
    marks_a_death,
    masked_agrees,
    moved_label,
    onto_choices,
    read_filled,
    unit_of_label,
    year_and_month_typed,
)

BASIC = "基础信息"
DYNAMIC = "动态信息"
# Items that rarely change for a person, a household or a place (GB/T 2261, GB 11643, GB/T 3304 …).
_BASIC_RE = re.compile(r"^(?:(?:户主|本人)?(?:姓名|曾用名|性别|出生日期|出生年月|民族|公民身份号码|身份证号码?|籍贯|出生地|"
                       r"户籍地址|户籍所在地|户口性质)|所[属在](?:县区|区县|县|区|乡镇|街道|村|村民小组|社区|村（社区）|地区)|"
                       r"自然村|村名称?|单位名称|统一社会信用代码)$")
# Figures, states and what belongs to a period: asked afresh every quarter.
_CHANGING_RE = re.compile(r"年龄|[本上当][月季年期周]|今年|去年|目前|当前|现状|情况|状况|状态|收入|支出|金额|余额|人数|户数|"
                          r"次数|时长|面积|产量|存栏|出栏|价格|原因|措施|进展|进度|结果|意见|问题|备注|说明|是否|有无")
# Whom or what a record names, and the days of what happened once (入党, 出生, 参加工作): they stand.
_STANDING_RE = re.compile(r"姓名|名称|编号|证号|证书号|号码|代码|学籍号|学号|工号|账号|开户|户号|地址|住址|电话|手机|关系|民族|性别|"
                          r"党支部|监护人|父亲|母亲|配偶|子女|负责人|责任人|联系人|包保人|法定代表人|学校|文化程度|政治面貌|"
                          r"残疾类别|残疾等级|"
                          r"(?:入党|转正|正式党员|出生|参加工作|入伍|退役|退伍|入学|建成|成立)(?:时间|日期|年月|年份)")
STYLED_ROWS = 5000
ORGANISATIONS = RECORD_SHEETS[Subject.ORGANISATION]
EVENTS = RECORD_SHEETS[Subject.EVENT]
HOUSEHOLDS = RECORD_SHEETS[Subject.HOUSEHOLD]
CONFLICT_FILL = PatternFill("solid", fgColor="FFC7CE")
CARRIED_FILL = PatternFill("solid", fgColor="DDEBF7")
CHECK_FILL = PatternFill("solid", fgColor="FFEB9C")  # a value carried that the column does not take
RECOGNISED = 0.6  # share of a template's header cells that must read the same in a filled file
ABOUT_SHEET = "预填说明"


class FillError(YitaobiaoError):
    """The 一套表 or the sources cannot be used for pre-filling."""


# --------------------------------------------------------------------------- identity numbers
@dataclass(frozen=True)
class IdCheck:
    number: str  # normalised: 18 characters, upper-case X
    problem: str | None = None  # why it cannot join (masked, malformed); None: it can
    warning: str | None = None  # a fact worth a line that does not stop the join (wrong check digit)


def normalise_id(value: Any) -> IdCheck:
    """A 公民身份号码 as it can be joined on (GB 11643-1999)."""
    text = unicodedata.normalize("NFKC", str(value or "")).strip()
    text = re.sub(r"[\s\-]", "", text).upper()
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]  # read from a number cell
    if not text:
        return IdCheck("", "空白")
    if re.search(r"[*＊xX]{3,}|\*", text.replace("X", "", 1) if text.endswith("X") else text):
        return IdCheck(text, "号码被遮挡（含 *），无法据此合并")
    if re.fullmatch(r"\d{15}", text):
        upgraded = text[:6] + "19" + text[6:]
        return IdCheck(upgraded + check_digit(upgraded), warning="15 位旧号码已升为 18 位")
    if not re.fullmatch(r"\d{17}[\dX]", text):
        return IdCheck(text, f"不是 18 位公民身份号码（{len(text)} 位）")
    if check_digit(text[:17]) != text[17]:
        return IdCheck(text, warning="校验位不符，请核对号码")
    return IdCheck(text)


# --------------------------------------------------------------------------- values
_CROSS_MARKS = frozenset({"×", "✗", "✘", "X", "x"})


def _norm_text(value: Any) -> str:
    """The comparable form of a value: two sources agree when these are equal."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = unicodedata.normalize("NFKC", str(value)).strip()
    text = re.sub(r"\s+", "", text)
    if text in TICK_MARKS:
        return "是"  # (a tick is the 是 another source wrote — wf46: 「√」 and 「是」 of one 流出党员 were a conflict)
    match = re.fullmatch(r"(\d{4})[年./-](\d{1,2})[月./-](\d{1,2})日?(?:0:00:00|00:00:00)?", text)
    if match:
        return f"{match.group(1)}-{int(match.group(2)):02d}-{int(match.group(3)):02d}"
    if re.fullmatch(r"-?\d+\.0+", text):
        return text.split(".")[0]
    return text


def _agree(item: MappingItem, one: Any, other: Any) -> bool:
    """Two sources say the same of an item: the same text, the same answer with or without a list's code
    (「102-户主」 and 「户主」, 「2.男」 and 「男」), or the same relation to the head said another way (「之子」 and
    「儿子」, 「112-妻」 and 「配偶」, by GB/T 4761's kinds) — wf82: each was put to 待核实 and the cell left blank."""
    mine, theirs = _norm_text(one), _norm_text(other)
    if mine == theirs:
        return True
    mine, theirs = answer_word(mine), answer_word(theirs)
    if mine == theirs:
        return True
    if {mine, theirs} == _TICKED_ONE_WAY_OR_ANOTHER and not item.unit and item.rule not in ("number", "code", "id"):
        # (「√」 of a 土坯房 sheet and the 「1」 another sheet of the workbook puts for a yes, its notes say: one answer —
        # wf147: 监测户, 是否脱贫人口 and 危房改造 went to 待核实)
        return True
    if item.meaning.endswith(_AGE_ITEM) and mine.isdigit() and theirs.isdigit() and abs(int(mine) - int(theirs)) <= 1:
        return True  # (a birthday between two rosters' days: 68 and 69 of one woman were put to 待核实 — wf82)
    # (GB/T 4761's 50 父母 holds 51 父亲 and 52 母亲: a police list's 「150-父母」 and a roster's 「父亲」 agree — wf93)
    return "关系" in item.meaning and same_relation(mine, theirs)


def _as_listed(item: MappingItem, kept: Any, other: Any) -> bool:
    """Of two ways of writing one answer, ``other`` is the one to keep: the one the column's list offers and ``kept``
    is not, or, of a relation, the one saying more (长子 over a police list's 120-子: wf106's 监测户台账 got 子 back
    for the 长子 it had asked)."""
    if "关系" in item.meaning and says_more(answer_word(_norm_text(kept)), answer_word(_norm_text(other))):
        return str(other).strip() in item.options or not item.options
    if "关系" in item.meaning and says_more(answer_word(_norm_text(other)), answer_word(_norm_text(kept))) \
            and (str(kept).strip() in item.options or not item.options):
        return False
    return bool(item.options) and str(other).strip() in item.options and str(kept).strip() not in item.options


_TICKED_ONE_WAY_OR_ANOTHER = frozenset({"是", "1"})
# GB/T 2261.1 人的性别代码: 1 男, 2 女
_SEX_CODES = {"1": "男", "2": "女"}
_FILING_ITEM_RE = re.compile(r"^(?:填报|填表|填写|报送)(?:日期|时间|人|单位)")


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


_PRINTED_BLANK_RE = re.compile(r"[（(][^（()）]{0,6}[）)]|[-－—_＿\s/／:：.·年月日]")


def to_merged_value(value: Any, factor: float, label: str, options: Iterable[str] = (),
                    ordered: dict[str, str] | None = None) -> Any:
    """A department's value in the 一套表's unit and words: the inverse of split's conversion. ``options``: the
    answers the 一套表's item lists (男, 女), which a department's own coded answer (「2.男」) stands for;
    ``ordered``: the kinds a note lists for a 「儿童类别（1-6）」 column, by their code (split's ``_codes_in_order``)."""
    if _blank(value) or isinstance(value, str) and not _PRINTED_BLANK_RE.sub("", value):
        return None  # (「（区号）－」, 「  年  月  日」: what the template prints where the value goes)
    # (wf71: the 6 and 5 a cadre typed under 儿童类别（1-6） came into the 一套表 as 「6」, none of its answers)
    codes = {**(ordered or {}), **code_list(label)}
    if codes:
        words = {code: word for word, code in codes.items()}
        key = _norm_text(value)
        if key in words:
            return words[key]
    if {"男", "女"} <= set(options) and (sex := _SEX_CODES.get(_norm_text(value))):
        return sex  # (wf72: a 性别 coded 1 met another form's 男 as a conflict: GB/T 2261.1's codes)
    if isinstance(value, str) and options and value.strip() not in options \
            and (word := answer_word(value)) in options:
        return word  # (wf44: 附件2's 「2.男」, 「1.汉族」 came back as conflicts with 男, 汉族)
    if factor and factor != 1.0:
        try:
            number = float(str(value).replace(",", "").strip())
        except ValueError:
            return value
        converted = round(number / factor, 6)
        return int(converted) if float(converted).is_integer() else converted
    if isinstance(value, str):
        boxes = "□" in value or "☐" in value
        ticked = re.search(r"[☑■√✓✔]\s*([^\s□☐☑■]+)", value)
        if ticked and boxes:
            return ticked.group(1)
        if boxes and not ticked:
            return None  # 「□城镇 □农村」 as the template prints it: no box ticked, no answer
        return value.strip()
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date()
    return value


# --------------------------------------------------------------------------- reading filled forms
@dataclass
class SourceRecord:
    """One record read from one filled form: values by mapping item key, with where each was read."""

    form: str
    path: str
    values: dict[str, Any]
    cells: dict[str, str]  # item key → 「Sheet1!C7」


@dataclass
class FileRead:
    path: str
    forms: list[str] = field(default_factory=list)  # recognised template ids
    records: list[SourceRecord] = field(default_factory=list)
    indicators: list[tuple[str, str, Any, str]] = field(default_factory=list)  # item, period, value, cell
    # the family members a card lists: the index of its record in ``records``, and the member's values
    members: list[tuple[int, SourceRecord]] = field(default_factory=list)
    problem: str | None = None
    notes: list[str] = field(default_factory=list)  # read, but with something the clerk should know


_TEMPLATES: Mapping | None = None  # set before the guarded workers fork


# A template's own example of how to fill a box: 「（填写式样）经查，截止×年×月×日…」.
_SAMPLE_TEXT_RE = re.compile(r"填写式样|填写示例|填表示例|填写样例|[×Xx]年[×Xx]月")
_UNIT_TAIL_RE = re.compile(r"[(（][^()（）]{1,8}[)）]$")


def _labels_match(grid: Grid, fields: list[MappingField]) -> float:
    hits = 0
    for f in fields:
        r, c = parse_a1(f.cell)
        text = C.squash(grid.text(r, c))
        # A unit printed in a row of its own under the header is part of the field's label (村民小组个数（个）)
        # but not of its cell; under a label merged over two units, the unit's own cell is the label in place.
        if text and (text in (C.squash(f.label), C.squash(_UNIT_TAIL_RE.sub("", f.label)) if f.unit else None)
                     or unit_of_label(grid.text(r, c), f.label)):
            hits += 1
    return hits / len(fields) if fields else 0.0


def recognise(grids: list[Grid], mapping: Mapping) -> list[tuple[Grid, MappingForm]]:
    """Which template each sheet or table of a filled file is, by its header cells."""
    fields_of: dict[str, list[MappingField]] = defaultdict(list)
    for f in mapping.fields:
        fields_of[f.form].append(f)
    found = []
    for grid in grids:
        best = max(((_labels_match(grid, fields_of[form.id]), form) for form in mapping.forms if fields_of[form.id]),
                   key=lambda pair: pair[0], default=(0.0, None))
        if best[1] is not None and best[0] >= RECOGNISED:
            found.append((grid, best[1]))
    return found


def _typed_rows(path: Path, sheet: str, fmt: str) -> list[list[Any]] | None:
    """Every row of a sheet with its values typed (dates as dates): calamine reads 100,000 rows in a blink."""
    if fmt in ("xlsx", "xlsm", "xls"):
        # By what the bytes are, not the name: an .xlsx saved as 表.xls is read as scan reads it.
        book = calamine_workbook(path, ".xls" if content_suffix(path) == ".xls" else ".xlsx")
        return book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    if fmt == "csv":
        raw = path.read_bytes()
        encoding = detect_encoding(raw[:SNIFF_BYTES]) or "utf-8-sig"
        return list(csv.reader(raw.decode(encoding, errors="replace").splitlines()))
    return None


def _cell(rows: list[list[Any]] | None, grid: Grid, r: int, c: int) -> Any:
    if rows is not None:
        return rows[r][c] if r < len(rows) and c < len(rows[r]) else None
    return grid.text(r, c) if r < grid.height and c < grid.width else None


def _value_right_of(grid: Grid, rows: list[list[Any]] | None, r: int, c: int) -> tuple[Any, int]:
    span: CellRange = grid.span(r, c)
    col = span.right + 1
    return _cell(rows, grid, r, col), col


def _rows_under(grid: Grid, heads: list[MappingField], labels: set[tuple[int, int]]) -> list[int]:
    """The rows of a card's table under its row of headers (「姓名 | 年龄 | 与学生关系 …」), down to the next label."""
    if not heads:
        return []
    r, c = parse_a1(heads[0].cell)
    columns = sorted(parse_a1(f.cell)[1] for f in heads)
    side = grid.anchor(r, columns[0] - 1) if columns[0] and grid.text(r, columns[0] - 1).strip() else None
    rows: list[int] = []
    for row in range(r + 1, min(r + 16, grid.height)):
        if grid.anchor(row, c) in labels or grid.anchor(row, c)[0] <= r:
            break  # (the next label, or a box merged down from the header's own row)
        if side is not None and grid.anchor(row, side[1]) != side and grid.text(row, side[1]).strip():
            break  # (「家庭成员情况」 merged down beside the rows, then the next section's side label)
        if any(grid.span(row, col).right >= next_col for col, next_col in zip(columns, columns[1:], strict=False)):
            break  # (a line across the table: 「家庭人均年收入    （元）。学生本学年已获资助情况___」)
        rows.append(row)
    return rows


def _member_rows(grid: Grid, heads: list[MappingField], slots: list[MappingField], labels: set[tuple[int, int]],
                 mapping: Mapping, name_key: str | None) -> list[SourceRecord]:
    """The family members a card lists, one a row: under its row of table headers (a 高校 card's 家庭成员情况 — 姓名,
    年龄, 工作单位 …) and on its numbered lines (a 户籍证明's 「户内成员 | 李秀英 | 家庭关系 | 妻」; the 户主's own line,
    「户主 | 王建国 | 家庭关系 | 户主」, names them in its 户主 box). Rows with nothing typed in are left out."""
    # (table or lines, row) → each field and the column its value is in
    lines: dict[tuple[int, int], list[tuple[MappingField, int]]] = defaultdict(list)
    for row in _rows_under(grid, heads, labels):
        lines[0, row] = [(f, parse_a1(f.cell)[1]) for f in heads]
    head_name = next((f for f in mapping.fields if slots and f.form == slots[0].form and not f.slot
                      and C.squash(mapping.item(f.item).meaning) in HOUSEHOLD_KEYS[-1][0]), None)
    slot_rows = {parse_a1(f.cell)[0] for f in slots}
    for f in [*slots, *([head_name] if head_name and parse_a1(head_name.cell)[0] in slot_rows else [])]:
        r, c = parse_a1(f.cell)
        col = grid.span(r, c).right + 1
        if grid.anchor(r, col) not in labels:
            lines[1, r].append((f, col))
    members: list[SourceRecord] = []
    for (_, row), fields in lines.items():
        member = SourceRecord("", "", {}, {})
        for f, col in fields:
            _take(member, f, _cell(None, grid, row, col), grid.sheet, row, col, mapping.item(f.item).options)
            if f is head_name and name_key and f.item in member.values:
                member.values[name_key] = member.values.pop(f.item)
                member.cells[name_key] = member.cells.pop(f.item)
        # (「父亲 | | |」: a row printed for a relation and left blank)
        if any(not C.is_non_field_text(str(v)) and not _RELATION_TO_ONE_RE.search(mapping.item(k).meaning)
               for k, v in member.values.items()):
            members.append(member)
    return members


def _furniture_row(texts: list[str], leading: list[str], fields: list[MappingField], record: SourceRecord) -> bool:
    """A row of the template itself between records: a section line across the table (one text in every
    column it spans, 「二、辖区内共有  个增强型乡镇商贸中心…」) or the register's header printed again for the next
    block (two or more items whose value is their own label)."""
    if any(C.is_section(t) for t in leading[:1]) or len(texts) > 1 and len(set(texts)) == 1 and len(texts[0]) > 10:
        return True  # (a head's row 「张三 | 张三」 under 姓名 and 户主姓名 is a record)
    own = {f.item: C.squash(f.label) for f in fields}
    return sum(1 for item, value in record.values.items() if C.squash(str(value)) == own.get(item)) >= 2


def _end_of_list(grid: Grid, rows: list[list[Any]] | None, r: int) -> bool:
    texts = [str(v).strip() for v in (rows[r] if rows is not None and r < len(rows) else grid.rows[r]) if not _blank(v)]
    return bool(texts) and any(C.is_footer(t) or C.is_notes(t) or C.is_signoff(t) for t in texts[:2])


def read_filled_form(path: Path, rel: str, mapping: Mapping) -> FileRead:
    """The records of one filled department form, in the 一套表's units and item keys."""
    read = FileRead(rel)
    grids = read_grids(path, rel)
    matches = recognise([g for g in grids if not g.hidden], mapping)
    if not matches:
        left = _left_out_form(rel, mapping)
        read.problem = (f"《{left['title']}》是{left['reason']}，未读取（合并时加 --include-on-demand 可纳入）。"
                        if left else "与已知的报表模板都对不上（表头不同），未读取；请确认它是扫描过的报表，或重新扫描、合并。")
        return read
    fields_of: dict[str, list[MappingField]] = defaultdict(list)
    for f in mapping.fields:
        fields_of[f.form].append(f)
    # (a row holding nothing but where it is, is the template's printed village name)
    places = {i.key for i in mapping.items if PLACE_ITEM_RE.match(i.meaning)}
    for grid, form in matches:
        # (a roster filled on the template before a column was added has no header where the new column stands: its
        # other columns are read, the new one is left to the cadre — wf82 lost eight 老党员 for one added 联系电话)
        absent = [f for f in fields_of[form.id] if not C.squash(grid.text(*parse_a1(f.cell)))] \
            if form.layout == "list" else []
        present = [f for f in fields_of[form.id] if f not in absent]
        # (「房产：□无☑有1套，120平方米」: an answer a copy wrote inside its label is no renamed or moved label)
        answered = {f.field for f in present if _answer_in_label(f.label, grid.text(*parse_a1(f.cell))) is not None}
        renamed = _renamed_in_place([f for f in present if f.field not in answered], grid) \
            if form.layout == "list" else []
        # (wf151: 「家庭住址」 renamed 「联系电话」 in place: read as one column, the addresses went out as phones)
        unlike = [f for f in renamed if _another_item(grid.text(*parse_a1(f.cell)), f.label)]
        if unlike:
            shown = "、".join(f"“{C.squash(grid.text(*parse_a1(f.cell)))}”（现为“{f.label}”）" for f in unlike[:3])
            read.notes.append(f"{rel}（{grid.sheet}）是按改版前的模板填的，{shown}已是另一个数据项，这一列未读入："
                              "请在一套表中填写。")
            renamed = [f for f in renamed if f not in unlike]
            present = [f for f in present if f not in unlike]
        moved = moved_label(form, [f for f in present if f not in renamed and f.field not in answered],
                            lambda r, c, grid=grid: grid.text(r, c))
        if moved:
            # A copy filled from the template before it changed (a column inserted since): read against today's
            # cells every value would land one item off (helper-86).
            read.problem = (f"这份报表与生成一套表时的模板不同（可能是改版前的旧表；{moved}），为免读错位置，未读取："
                            "请用改版后的报表重新填写，或用与它同期的一套表预填。")
            continue
        read.forms.append(form.id)
        if renamed:
            shown = "、".join(f"“{C.squash(grid.text(*parse_a1(f.cell)))}”（现为“{f.label}”）" for f in renamed[:3])
            read.notes.append(f"{rel}（{grid.sheet}）是按改版前的模板填的，{shown}列名不同而位置未变，按同一列读入，请核对。")
        if absent:
            shown = "、".join(f"“{f.label}”" for f in absent[:3]) + ("等" if len(absent) > 3 else "")
            read.notes.append(f"{rel}（{grid.sheet}）是按改版前的模板填的，没有{shown}列：其余各列照常读入，这些列请在一套表中补填。")
        # Values typed (numbers stay numbers, dates dates) for lists and indicator tables.
        rows = _typed_rows(path, grid.sheet, grid.source_format) if form.layout != "card" else None
        fields = present
        if form.layout == "indicator" and form.record_sheet:  # one household's (or person's) figures
            cells = indicator_cells(form, fields)
            record = SourceRecord(form.id, rel, {}, {})
            for f in fields:
                at = next(iter(cells[f.field].values()), None)
                if at is not None:
                    _take(record, f, _cell(rows, grid, *at), grid.sheet, *at, mapping.item(f.item).options)
            if record.values:
                _named_by_its_file(record, form, rel, mapping)
                read.records.append(record)
            continue
        if form.layout == "indicator":
            above = above_the_table(form, fields)  # (灾害种类 above a 快报's table: no period column of its own)
            fields = [f for f in fields if f not in above]
            cells = indicator_cells(form, fields)
            for f in fields:
                for period, (r, col) in cells[f.field].items():
                    value = to_merged_value(_cell(rows, grid, r, col), f.factor, f.label, mapping.item(f.item).options)
                    if value is not None:
                        read.indicators.append((f.item, period, value, f"{grid.sheet}!{get_column_letter(col + 1)}{r + 1}"))
            continue
        if form.layout == "card":
            record = SourceRecord(form.id, rel, {}, {})
            labels = {grid.anchor(*parse_a1(f.cell)) for f in fields}
            heads: list[MappingField] = []  # 「姓名 | 年龄 | 与学生关系」 over the members' rows
            slots = [f for f in fields if f.slot]  # 户内成员 1, 2 …: the household's other people, not the card's own
            for f in fields:
                if f.slot:
                    continue
                r, c = parse_a1(f.cell)
                raw, col = _value_right_of(grid, None, r, c)
                # (Not the next label of a row of headers 「姓名 | 年龄 | …」, nor the template's printed example.)
                if grid.anchor(r, col) in labels:
                    heads.append(f)
                elif not (isinstance(raw, str) and _SAMPLE_TEXT_RE.search(raw)):
                    _take(record, f, raw, grid.sheet, r, col, mapping.item(f.item).options)
            # (the row's last header has no label right of it: 「… | 年收入（元） | 健康状况」 at the card's edge)
            header_rows = {row for row, n in Counter(parse_a1(f.cell)[0] for f in heads).items() if n > 1}
            heads += [f for f in fields if not f.slot and f not in heads and parse_a1(f.cell)[0] in header_rows
                      and f.item not in record.values]
            if record.values:
                _named_by_its_file(record, form, rel, mapping)
                # (wf160, wf162: a 高校 card's 家庭成员情况 — 工作单位, 职业, 年收入 of four members — and a 户籍证明's
                # 户内成员 came back empty from a second round: each row is a member of the card's household)
                name_key = _name_item(mapping, form.record_sheet) if form.record_sheet else None
                for member in _member_rows(grid, heads, slots, labels, mapping, name_key):
                    member.form, member.path = form.id, rel
                    read.members.append((len(read.records), member))
                read.records.append(record)
            continue
        start = form.data_start_row or 0
        height = len(rows) if rows is not None else grid.height
        # 「总计 | … | 家庭人均收入（元）」, 「资产状况 | 房产：…」 under a 法律援助证明's list: rows of the form's own labels
        # end the list (wf87: read back from a split's output, its 资产 lines had become four people named 「有1套，
        # 120平方米」, 「无」 …)
        lines = [f for f in fields if parse_a1(f.cell)[0] >= start]  # (「资产状况 › 房产 | 汽车 …」 under the list)
        if lines:
            height = min(height, min(parse_a1(f.cell)[0] for f in lines))
            fields = [f for f in fields if f not in lines]
        for r in range(start, height):
            if _end_of_list(grid, rows, r):
                break
            record = SourceRecord(form.id, rel, {}, {})
            for f in fields:
                if f.slot and f.slot > 1:
                    continue
                _, c = parse_a1(f.cell)
                options = option_columns(f, form.layout)
                if options:  # ticked under one of its options: the option is the value
                    ticked = [n for n in range(len(options)) if not _blank(_cell(rows, grid, r, c + n))]
                    value = options[ticked[0]] if ticked else None
                    c += ticked[0] if ticked else 0
                else:
                    value = to_merged_value(_cell(rows, grid, r, c), f.factor, f.label, mapping.item(f.item).options,
                                            _codes_in_order(f))
                if value is not None:
                    record.values[f.item] = value
                    record.cells[f.item] = f"{grid.sheet}!{get_column_letter(c + 1)}{r + 1}"
            texts = [str(v) for v in record.values.values()]
            # (「汇总 | | … | 123」: the total row's label may stand in the 序号 column, which is no item)
            leading = [str(_cell(rows, grid, r, k) or "") for k in range(min(3, grid.width))]
            if not texts or all(t.isdigit() and len(t) < 4 for t in texts) \
                    or any(C.is_total_label(t) for t in [*texts[:2], *leading]) or record.values.keys() <= places:
                continue  # blank rows, column-number rows, 合计 rows and village names printed down the template
            if _furniture_row(texts, leading, fields, record):
                continue  # a register stacked below: its section line (「二、辖区内共有…」) and its header again
            if all(_RELATION_TO_ONE_RE.search(mapping.item(k).meaning) for k in record.values):
                continue  # (「母亲 | | |」: a row printed for a relation and left blank — wf89's eight nameless people)
            read.records.append(record)
        if lines and read.records:
            _lines_under_the_list(read, lines, grid, rows, mapping, rel)
    return read


_SELF, _TO_THE_HEAD, _RELATION_TO_SELF, _MEMBER_WORD = "本人", "与户主关系", "与本人关系", "家庭成员"
_HOUSEHOLD_NUMBER, _HEAD_ID, _HEAD_NAME = "户编号", "户主公民身份号码", "户主姓名"
_HOUSEHOLD_KEY_KINDS = {_HOUSEHOLD_NUMBER: HOUSEHOLD_KEYS[0][0], _HEAD_ID: HOUSEHOLD_KEYS[1][0],
                        _HEAD_NAME: HOUSEHOLD_KEYS[-1][0]}


def _lines_under_the_list(read: FileRead, lines: list[MappingField], grid: Grid, rows: list[list[Any]] | None,
                          mapping: Mapping, rel: str) -> None:
    """The rows of labels under a list (「家庭人均收入 | ___」, 「房产：□无☑有1套，120平方米」 under a 法律援助
    经济状况证明's members): the household's, or the person's a copy was written for (split writes them so),
    read into that record where it left them blank (wf150: 家庭人均收入, 房产, 存款 were never read back)."""
    named = _SPLIT_COPY_NAME_RE.search(PurePosixPath(rel).stem)
    owner = next((r for r in read.records if named and named.group(1) in map(str, r.values.values())), read.records[0])
    per_row = Counter(parse_a1(f.cell)[0] for f in lines)
    labels = {parse_a1(f.cell) for f in lines}
    for f in lines:
        r, c = parse_a1(f.cell)
        if per_row[r] > 2:
            continue  # (wf152: the header of another register stacked below — its block is no line of this record)
        answer = _answer_in_label(f.label, grid.text(r, c))
        if answer is not None:
            value: Any = answer
            col = c
        else:
            value, col = _value_right_of(grid, rows, r, c)
            if (r, col) in labels:
                continue  # (the next label of the line, no answer)
        if _blank(owner.values.get(f.item)):
            _take(owner, f, value, grid.sheet, r, col, mapping.item(f.item).options)


def _answer_in_label(printed: str, now: str) -> str | None:
    """What a copy wrote inside a label printing its own boxes and blanks (「房产：□无□有  套，   平方米」 →
    「房产：□无☑有1套，120平方米」 gives 「有1套，120平方米」, 「…资产：   元」 → 「…资产：20000元」 gives 20000);
    None where the label stands as printed."""
    if not (C.is_option_text(printed) or re.search(r"[\s_＿　]{2,}", printed.strip())):
        return None  # (no box and no blank: a label said otherwise is a renamed one)
    was, is_now = (re.sub(r"\s", "", t) for t in (printed, now))
    # (compared a character at a time as NFKC reads it, 「：」 as 「:」; the answer keeps the copy's own characters)
    same = [_one_char(a) == _one_char(b) for a, b in zip(was, is_now, strict=False)]
    if len(was) == len(is_now) and all(same) or not is_now:
        return None
    if ticked := re.search(r"[☑■√✓✔]\s*([^□☐☑■]+)", is_now):
        return ticked.group(1).strip(" ,，;；")
    head = next((n for n, alike in enumerate(same) if not alike), len(same))
    tail = next((n for n, (a, b) in enumerate(zip(reversed(was), reversed(is_now), strict=False))
                 if _one_char(a) != _one_char(b)), min(len(was), len(is_now)))
    middle = is_now[head:len(is_now) - tail] if tail < len(is_now) - head else ""
    return middle.strip("_＿ ") or None


def _one_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


def _named_by_its_file(record: SourceRecord, form: MappingForm, rel: str, mapping: Mapping) -> None:
    """A card copy split wrote for one record is named after it (「q2_stat-001-张大山.xlsx」): where the form asks no
    name, the record's name is the file's, so that the parts of one household meet again (wf149: a household's
    two 户 sheets, pre-filled with no 户主姓名, could not be joined and 37 of its 47 items went nowhere)."""
    key = _name_item(mapping, form.record_sheet) if form.record_sheet else None
    named = _SPLIT_COPY_NAME_RE.search(PurePosixPath(rel).stem)
    if key and named and _blank(record.values.get(key)):
        record.values[key] = named.group(1)
        record.cells[key] = f"文件名 {PurePosixPath(rel).name}"


_SPLIT_COPY_NAME_RE = re.compile(r"-\d{3}-([^-\s][^-]{0,19})$")  # (split's 「…-001-张大山」)


def _left_out_form(rel: str, mapping: Mapping) -> dict[str, str] | None:
    """The form the 一套表 left out as a whole (an on-demand document) that this file is, or a copy of (split
    names copies 证明-001-张三.docx), by its file name."""
    name = PurePosixPath(rel)
    for left in mapping.left_out:
        if left.get("label"):
            continue  # one field left out, not the form
        own = PurePosixPath(left.get("path", ""))
        if name.suffix.lower() == own.suffix.lower() and (
                name.stem == own.stem or name.stem.startswith(own.stem + "-")):
            return left
    return None


def _take(record: SourceRecord, f: MappingField, raw: Any, sheet: str, row: int, col: int,
          options: Iterable[str] = ()) -> None:
    """A card's or a record table's value, in the 一套表's unit and words, and where it was read (0-based cell)."""
    value = to_merged_value(raw, f.factor, f.label, options, _codes_in_order(f))
    if value is not None:
        record.values[f.item] = value
        record.cells[f.item] = f"{sheet}!{get_column_letter(col + 1)}{row + 1}"


def _read_task(args: tuple[str, str]) -> FileRead:
    assert _TEMPLATES is not None
    return read_filled_form(Path(args[0]), args[1], _TEMPLATES)


def _source_files(sources: Iterable[Path]) -> list[tuple[Path, str]]:
    sources = list(sources)
    files = []
    for source in sources:
        # Two folders given hold the same department files: 待核实 names the folder too, or the two values of a
        # conflict would cite one and the same 农业农村局/清单.xlsx (helper-39).
        lead = f"{source.name}/" if len(sources) > 1 else ""
        if source.is_dir():
            files.extend((p, lead + p.relative_to(source).as_posix()) for p in sorted(source.rglob("*"))
                         if p.is_file() and is_template_file(p) and not p.name.startswith("~$"))
        elif source.exists():
            files.append((source, source.name))
        else:
            raise FillError(f"找不到：{source}")
    return files


# --------------------------------------------------------------------------- joining
@dataclass
class Conflict:
    sheet: str
    record: str  # how the record is named: 张三（3301…1234）
    item: str
    values: list[tuple[Any, str]]  # value, 「file Sheet1!C7」
    cell: str = ""  # where in the 一套表 (F7): split takes the clerk's 核实后的值 there


@dataclass
class Joined:
    values: dict[str, Any] = field(default_factory=dict)
    where: dict[str, str] = field(default_factory=dict)
    sources: set[str] = field(default_factory=set)
    conflicts: dict[str, list[tuple[Any, str]]] = field(default_factory=dict)
    carried: set[str] = field(default_factory=set)  # items brought from last quarter
    month_only: set[str] = field(default_factory=set)  # dates a source gave as a month alone (2014.03)
    last_quarter: dict[str, Any] = field(default_factory=dict)  # dynamic items: last quarter's value


@dataclass
class FillReport:
    files_read: int = 0
    unrecognised: list[str] = field(default_factory=list)
    records: dict[str, int] = field(default_factory=dict)  # sheet → records in the output
    joined: dict[str, int] = field(default_factory=dict)  # sheet → records found in more than one source
    values: dict[str, int] = field(default_factory=dict)  # sheet → values filled
    conflicts: list[Conflict] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)  # values or records that could not be placed, and why
    id_notes: list[str] = field(default_factory=list)  # masked, malformed or upgraded numbers
    to_check: list[str] = field(default_factory=list)  # cells holding what their column does not take
    carried: int = 0
    carried_figures: int = 0  # 指标 of last quarter, shown in comments
    notes: list[str] = field(default_factory=list)  # what the clerk is told about how the 一套表 was read


def item_class(item: MappingItem) -> str:
    """基础信息 or 动态信息: the items that rarely change, by their standard name, and whom or what a record names
    (numbers of certificates and accounts, addresses, relatives, the day one joined the party); figures, states
    and anything tied to a period are dynamic (helper-111: a carried 一套表 lost 所在党支部, 残疾证号, 学籍号,
    监护人 and 入党时间, left in comments, and splitting it sent ten forms fewer)."""
    name = re.sub(r"（[^）]*）$", "", item.meaning)
    if item.selects:
        return DYNAMIC
    if _BASIC_RE.match(name):
        return BASIC
    if item.rule == "number" or item.unit or _CHANGING_RE.search(name):
        return DYNAMIC
    return BASIC if item.theme == "基本信息" or _STANDING_RE.search(name) else DYNAMIC


def _a_standing_membership(item: MappingItem) -> bool:
    """A 是否… column of a target group or of a periodic register: who was 低保对象 last quarter mostly still is,
    and left blank the carried record reaches none of the forms (helper-105: split of a carried 一套表 wrote 0
    files). Carried in blue for the cadre to confirm; a document issued on demand (是否出具…) is not, nor what
    happened in the quarter (wf17: 是否新生儿 carried sent last quarter's baby to the 出生 roster again)."""
    return bool(item.selects) and not item.meaning.startswith("是否出具") and not _EVENT_OF_THE_QUARTER_RE.search(item.meaning)


# A group one joins by what happened in the period: a birth, a death, a move, a case of the quarter.
# (and one leaves by what happened: 是否低保退出人员 carried had a man leave 低保 again each quarter — wf84)
_EVENT_OF_THE_QUARTER_RE = re.compile(r"新生儿|新出生|婴儿出生|出生登记|死亡|去世|身故|迁入|迁出|新增|注销|本月|本季|本期|当月|当季|本次"
                                      r"|退出|停发|停保|取消|减少")


def _key_items(mapping: Mapping, sheet: str) -> tuple[str | None, str | None, str | None]:
    """The items a record of ``sheet`` is joined by: an ID number, a name, a birth date."""
    items = [i for i in mapping.items if (i.record or i.sheet) == sheet and not i.joins and not i.selects]
    ids = [i for i in items if i.rule == "id"]
    person_id = next((i.key for i in ids if i.meaning.startswith("公民身份号码")), None)
    head_id = next((i.key for i in ids if i.meaning.startswith("户主")), None)
    code = next((i.key for i in items if i.meaning.startswith(("统一社会信用代码", "行政区划代码"))), None)
    if sheet == ORGANISATIONS:  # an organisation is its credit code or its name, not its contact's ID
        id_key = code
        # (a register of farms calls it 「养殖场户名称」: the first name of a body the sheet asks)
        name = next((i.key for i in items if re.match(r"^(?:单位名称|名称|企业名称|字号名称)", i.meaning)), None) \
            or next((i.key for i in items if re.match(r"^[^（]{0,8}名称", i.meaning) and "项目" not in i.meaning), None)
        return id_key, name, None
    if sheet.startswith(EVENTS):
        # A project or an event is its number or its name; the village it is in is where, not which (wf45: a
        # village's two 违建 rows became one record, the second's 拆除时间 beside the first's 备注). Else each row
        # is its own.
        number = next((i.key for i in items if i.rule != "id" and re.search(r"(?:编号|编码|案号)$", i.meaning)), None)
        name = next((i.key for i in items if re.match(r"^[^（]{0,8}名称", i.meaning)), None)
        return number, name, None
    id_key = person_id or head_id or code or (ids[0].key if ids else None)
    name = next((i.key for i in items if re.match(r"^(?:姓名|户主姓名|村名称|村名|单位名称|名称|所属村)", i.meaning)), None)
    birth = next((i.key for i in items if i.meaning.startswith(("出生日期", "出生年月"))), None)
    return id_key, name, birth


class Joiner:
    """Records of one record sheet, joined across sources by their key."""

    def __init__(self, mapping: Mapping, sheet: str, report: FillReport, name_and_birth: bool) -> None:
        self.mapping = mapping
        self.sheet = sheet
        self.report = report
        self.name_and_birth = name_and_birth
        self.id_key, self.name_key, self.birth_key = _key_items(mapping, sheet)
        self.records: list[Joined] = []
        self.index: dict[str, int] = {}
        self.by_first_digits: dict[tuple[str, str], int] = {}  # (17 digits, name) → record, for a mistyped check digit
        # (a household's numbers, 户编号 and 户口簿户号: one household whichever source gave its head's ID — wf137)
        self.numbers = [i.key for i in mapping.items if sheet == HOUSEHOLDS and (i.record or i.sheet) == sheet
                        and not i.joins and C.squash(i.meaning) in HOUSEHOLD_KEYS[0][0]]
        own = [i for i in mapping.items if (i.record or i.sheet) == sheet and not i.joins and not i.selects]
        self.to_head = next((i.key for i in own if C.squash(i.meaning) == _TO_THE_HEAD), None)
        # (the columns naming a person's household, each with the words that name it: a 户主's name, number, 户编号)
        self.household_keys = {i.key: kind for i in own for kind, words in _HOUSEHOLD_KEY_KINDS.items()
                               if C.squash(i.meaning) in words}

    def forget(self, values: dict[str, Any]) -> list[Joined]:
        """Take out the records read so far of the person ``values`` describes (by number; by name where either has
        none): one dead, whom a department's roster still lists (wf94)."""
        def number(record_values: dict[str, Any]) -> str:
            raw = record_values.get(self.id_key) if self.id_key else None
            return "" if _blank(raw) else normalise_id(raw).number or _norm_text(raw)

        own, name = number(values), _norm_text(values.get(self.name_key)) if self.name_key else ""
        gone = [r for r in self.records
                if own and number(r.values) == own
                or name and (not own or not number(r.values)) and _norm_text(r.values.get(self.name_key)) == name]
        if gone:
            kept = [r for r in self.records if all(r is not g for g in gone)]
            at = {id(r): n for n, r in enumerate(kept)}
            self.index = {key: at[id(self.records[n])] for key, n in self.index.items() if id(self.records[n]) in at}
            self.records = kept
        return gone

    def key_of(self, values: dict[str, Any], where: str) -> str | None:
        if self.id_key and not _blank(values.get(self.id_key)):
            item = self.mapping.item(self.id_key)
            if item.rule == "id":
                checked = normalise_id(values[self.id_key])
                if checked.problem:
                    self.report.id_notes.append(f"{where}：{item.name}“{values[self.id_key]}”{checked.problem}，单独成行。")
                    return None
                if checked.warning:
                    self.report.id_notes.append(f"{where}：{item.name}“{values[self.id_key]}”{checked.warning}。")
                values[self.id_key] = checked.number
                return "id:" + checked.number
            return "code:" + _norm_text(values[self.id_key])
        name = _norm_text(values.get(self.name_key)) if self.name_key else ""
        if self.sheet == HOUSEHOLDS and name:
            return f"head:{name}"  # (a household is its head's, whose number another source may give: _one_head_named)
        if self.sheet_is_people() and not self.name_and_birth:
            self.report.id_notes.append(f"{where}：{f'“{name}”' if name else '这条记录'}没有可用的公民身份号码，单独成行"
                                        f"（确认同名同生日即同一人时可加 --match-name-birth）。")
            return None
        birth = _norm_text(values.get(self.birth_key)) if self.birth_key else ""
        if name and (birth or not self.sheet_is_people()):
            return f"name:{name}|{birth}"
        return None

    def _one_head_named(self, values: dict[str, Any]) -> int | None:
        """The one household of the 户 sheet whose head has the name ``values`` gives, where one of the two gives no
        head's ID and they do not differ in a number both have (a head's name two households share joins neither)."""
        if self.sheet != HOUSEHOLDS or not self.name_key:
            return None
        name = _norm_text(values.get(self.name_key))
        numbered = bool(self.id_key and not _blank(values.get(self.id_key)))
        found = [n for n, r in enumerate(self.records) if name and _norm_text(r.values.get(self.name_key)) == name]
        if numbered:
            if any(not _blank(self.records[n].values.get(self.id_key)) for n in found):
                return None  # (another household of a head so named, by its own number: which one is not known)
            found = [n for n in found if _blank(self.records[n].values.get(self.id_key))]
        if len(found) != 1:
            return None
        theirs = self.records[found[0]].values
        differ = any(not _blank(values.get(k)) and not _blank(theirs.get(k)) and _norm_text(values[k]) != _norm_text(theirs[k])
                     for k in self.numbers)
        return None if differ else found[0]

    def _same_but_check_digit(self, values: dict[str, Any], where: str) -> int | None:
        """The record of the same name whose number differs from this one's only in the check digit, one of the two
        right: one person, a digit mistyped (wf113: last quarter's three numbers, each one check digit off the
        department's, put three people twice on the 一套表 and on a 留守老人 list). Both carry the right number."""
        name = _norm_text(values.get(self.name_key)) if self.name_key else ""
        number = str(values.get(self.id_key) or "") if self.id_key else ""
        at = self.by_first_digits.get((number[:17], name)) if name and len(number) == 18 else None
        if at is None:
            return None
        theirs = str(self.records[at].values.get(self.id_key) or "")
        right = next((n for n in (number, theirs) if len(n) == 18 and check_digit(n[:17]) == n[17]), None)
        if right is None or theirs == number:
            return None
        wrong = theirs if right == number else number
        # (wf141: the line named this record's cell, whose number was the right one, for the other's 「…022x」)
        wrong_at = where if wrong == number else self.records[at].where.get(self.id_key) or where
        # (the line saying the digit is wrong gives way to the one saying which number was kept, however its
        # letter was typed)
        self.report.id_notes[:] = [n for n in self.report.id_notes if f"“{wrong.upper()}”校验位不符" not in n.upper()]
        values[self.id_key] = right
        self.records[at].values[self.id_key] = right
        self.report.id_notes.append(f"{wrong_at}：{self.mapping.item(self.id_key).name}“{wrong}”与“{right}”只差校验位，"
                                    f"姓名相同，按同一人合并，取校验位正确的“{right}”。")
        return at

    def sheet_is_people(self) -> bool:
        return bool(self.id_key and self.mapping.item(self.id_key).rule == "id")

    def _place(self, values: dict[str, Any], where: str, source: str) -> int:
        """The record ``values`` join (its place in :attr:`records`; a new one's is the next), by their key."""
        key = self.key_of(values, where)
        if key is not None and key not in self.index and (same := self._same_but_check_digit(values, where)) is not None:
            self.index[key] = same
        # (wf137: 赵大山's household, its 户编号 on both, came twice onto the 户 sheet, one source giving the head's ID
        # and the other not; 刘芳's, one source naming her alone, twice too)
        numbered = [f"no:{k}:{_norm_text(values[k])}" for k in self.numbers if not _blank(values.get(k))]
        joined = self.index.get(key) if key is not None else None
        namesakes = joined is not None and key is not None and key.startswith("head:") \
            and source in self.records[joined].sources
        if namesakes:
            joined = None  # (two households of one source whose heads share a name: two, unsaid which is whose)
        if joined is None:
            joined = next((self.index[n] for n in numbered if n in self.index), None)
        if joined is None and key is not None and not namesakes:
            joined = self._one_head_named(values)
        if joined is None:
            joined = len(self.records)  # (a new record, appended by the caller)
            if key is not None and key.startswith("id:") \
                    and (name := _norm_text(values.get(self.name_key)) if self.name_key else ""):
                self.by_first_digits.setdefault((key[3:20], name), joined)
        for known in ([key] if key is not None else []) + numbered:
            self.index.setdefault(known, joined)
        return joined

    def add(self, values: dict[str, Any], cells: dict[str, str], source: str, carried: bool = False,
            standing: set[str] | frozenset[str] = frozenset(), into: int | None = None) -> Joined:
        """Join a record's values to the one of the same person; ``carried``: last quarter's, its basic items carried
        and the rest kept as last quarter's; ``standing``: items carried whatever their class (a death marked);
        ``into``: the record (its place in :attr:`records`, or the next place for a new one) already found."""
        # (a date kept as the number 20130521 is the 2013-05-21 another source has: no conflict — wf46)
        # (a month alone, 「2014.03」, says less than another source's 2014-03-05, and agrees with it — wf72)
        # (1950.3 typed as a number is that month, 1952.1 January or a 1952.10 Excel made a number of — wf126)
        typed_months = {k: typed for k, v in values.items()
                        if self.mapping.item(k).rule == "date" and (typed := year_and_month_typed(v)) is not None}
        values = {**values, **typed_months}
        month_only = {k for k, v in values.items() if self.mapping.item(k).rule == "date" and isinstance(v, str)
                      and _YEAR_MONTH_RE.fullmatch(_norm_text(v))}
        values = {k: _typed(v, self.mapping.item(k)) if self.mapping.item(k).rule == "date" else v
                  for k, v in values.items()}
        for k, typed in typed_months.items():
            if typed.endswith(".1") and isinstance(day := values[k], MonthOnly):
                values[k] = JanuaryOrOctober(day.year, 1, 1)
        # (a note about the ID number points at its own cell, not the row's first: wf19 was sent to B6 for F6)
        # (wf47: a record without a number was pointed at A3, the mother's name beside it, not its own 姓名 at C3)
        at = next((cells[k] for k in (self.id_key, self.name_key) if k and k in cells), next(iter(cells.values()), ""))
        where = source if carried else f"{source} {at}".strip()
        joined = self._place(values, where, source) if into is None else into
        if joined == len(self.records):
            self.records.append(Joined())
        target = self.records[joined]
        if carried:
            for item_key, value in values.items():
                item = self.mapping.item(item_key)
                if item_class(item) == BASIC or item_key in (self.id_key, self.name_key, self.birth_key) \
                        or _a_standing_membership(item) or item_key in standing:
                    if item_key not in target.values:
                        target.values[item_key] = value
                        target.where[item_key] = source
                        target.carried.add(item_key)
                    elif not _agree(item, target.values[item_key], value):
                        self._conflict(target, item_key, value, source)
                    elif _as_listed(item, target.values[item_key], value):
                        target.values[item_key] = value  # (wf84: 「之子」 kept over the list's 「120-子」, and marked)
                else:
                    target.last_quarter[item_key] = value
            return target
        target.sources.add(source)
        for item_key, value in values.items():
            place = f"{source} {cells.get(item_key, '')}".strip()
            if item_key in target.values and _FILING_ITEM_RE.match(self.mapping.item(item_key).meaning):
                continue  # (wf47: two monthly rosters' 填报日期 put to 待核实: when a form was filled, no person's fact)
            if item_key not in target.values:
                target.values[item_key] = value
                target.where[item_key] = place
                if item_key in month_only:
                    target.month_only.add(item_key)
            elif _agree(self.mapping.item(item_key), target.values[item_key], value):
                if _as_listed(self.mapping.item(item_key), target.values[item_key], value):
                    target.values[item_key], target.where[item_key] = value, place
            else:
                if _norm_text(target.values[item_key])[:7] == _norm_text(value)[:7] \
                        and (item_key in month_only or item_key in target.month_only):
                    if item_key in target.month_only and item_key not in month_only:
                        target.values[item_key], target.where[item_key] = value, place  # (the whole day)
                        target.month_only.discard(item_key)
                    continue
                self._conflict(target, item_key, value, place)
        return target

    def household_of(self, record: Joined) -> dict[str, str]:
        """What names ``record``'s household (户编号, 户主姓名, 户主公民身份号码 …, by item), the head's own name and
        number standing for the 户主 columns a head's own row leaves blank."""
        heads = _heads_the_household(record.values.get(self.to_head)) if self.to_head else False
        named: dict[str, str] = {}
        for key, kind in self.household_keys.items():
            value = _norm_text(record.values.get(key))
            if not value and heads:
                own = {_HEAD_NAME: self.name_key, _HEAD_ID: self.id_key}.get(kind)
                value = _norm_text(record.values.get(own)) if own else ""
            if value:
                named[key] = value
        return named

    def add_member(self, owner: Joined, member: SourceRecord) -> str:
        """Join a family member a card lists (:func:`_member_rows`) to the one of that name in the household of the
        card's own record, or add them to it; what was done: 「joined」, 「added」, 「no household」 (the card's record
        names none), 「namesakes」, 「nameless」, 「gone」 (the card's record left out: one dead)."""
        name = _norm_text(member.values.get(self.name_key)) if self.name_key else ""
        at = next((n for n, r in enumerate(self.records) if r is owner), None)
        if at is None:
            return "gone"
        if not name:
            return "nameless"
        if name == _norm_text(owner.values.get(self.name_key)):
            self.add(member.values, member.cells, member.path, into=at)  # (the card's own person listed first)
            return "joined"
        household = self.household_of(owner)
        if self.id_key and not _blank(member.values.get(self.id_key)):
            if not household:
                return "no household"
            self.add({**household, **member.values}, member.cells, member.path)
            return "joined"

        def of_the_household(record: Joined) -> bool | None:
            """Whether ``record`` is of the household; None where it says nothing either way."""
            theirs = self.household_of(record)
            if any(theirs.get(k) not in (None, v) for k, v in household.items()):
                return False
            # (the head a card's 户主 box names, whose own row leaves its 户主 columns blank, is of it too)
            return any(theirs.get(k) == v or not theirs.get(k) and self.household_keys[k] == _HEAD_NAME
                       and _norm_text(record.values.get(self.name_key)) == v for k, v in household.items()) or None

        namesakes = [(n, of_the_household(r)) for n, r in enumerate(self.records)
                     if r is not owner and _norm_text(r.values.get(self.name_key)) == name]
        # (the one of that name in the household; else the village's one person of that name, who is in no other)
        found = [n for n, of in namesakes if of] or [n for n, of in namesakes if of is None and len(namesakes) == 1]
        if len(found) > 1 or not found and namesakes:
            return "namesakes"
        if not found and not household:
            return "no household"
        self.add({**household, **member.values}, member.cells, member.path,
                 into=found[0] if found else len(self.records))
        return "joined" if found else "added"

    def settle(self) -> None:
        """With --match-name-birth, a person without a usable ID number joins the one person of the sheet who has one,
        the same name and the same birth date (read from the ID number when no form asked it). A form asking no birth
        date joins the one numbered person of that name when nothing the two both hold differs, and says whether
        anything confirmed it (wf45, wf46: a 流出党员 list and a 民主评议 sheet ask no ID number, and each member
        became a second and third row). Namesakes without numbers that differ among themselves join no one."""
        if not (self.name_and_birth and self.sheet_is_people() and self.name_key):
            return
        gone: set[int] = set()
        # (by name once: a 10,000-row list without numbers had scanned every record for each of its rows)
        numbered_of: dict[str, list[Joined]] = defaultdict(list)
        unnumbered: dict[str, list[Joined]] = defaultdict(list)
        for record in self.records:
            if name := _norm_text(record.values.get(self.name_key)):
                (numbered_of if self._numbered(record) else unnumbered)[name].append(record)
        for record in self.records:
            name = _norm_text(record.values.get(self.name_key))
            if not name or self._numbered(record):
                continue
            numbered = numbered_of[name]
            birth = self._birth(record)
            if birth:
                found = [r for r in numbered if self._birth(r) == birth]
                how = "姓名和出生日期"
            else:
                found = numbered if len(numbered) == 1 and self._differs(record, numbered[0]) is None \
                    and not any(self._differs(record, other) for other in unnumbered[name]) else []
                shared = bool(found) and any(k in found[0].values and k != self.name_key for k in record.values)
                how = "姓名（其余各项一致）" if found and self._confirms(record, found[0]) \
                    else "姓名（另有性别等几项一致，请核对）" if shared \
                    else "姓名（两表没有可核对的其他项，请核对）"
            where = record.where.get(self.name_key, "")
            if len(found) != 1:
                differs = self._differs(record, numbered[0]) if len(numbered) == 1 and not birth else None
                why = "有多位同名者" if len(found) > 1 or not birth and len(numbered) > 1 \
                    else f"与同名者的{differs}不一致" if differs \
                    else "同名的几条记录各项不一致" if numbered and not birth \
                    else "同名者的出生日期不同" if numbered else "没有同名而有号码的人"
                self.report.id_notes.append(f"{where}：“{name}”没有可用的公民身份号码，{why}，单独成行。")
                continue
            target = found[0]
            for item_key, value in record.values.items():
                if item_key == self.id_key and item_key in target.values:
                    continue  # (the namesake's whole number stands for a masked or broken one)
                if item_key not in target.values:
                    target.values[item_key] = value
                    target.where[item_key] = record.where.get(item_key, "")
                elif _norm_text(target.values[item_key]) != _norm_text(value):
                    self._conflict(target, item_key, value, record.where.get(item_key, ""))
            target.sources |= record.sources
            gone.add(id(record))
            self.report.id_notes.append(f"{where}：“{name}”没有可用的公民身份号码，按{how}并入{self.describe(target)}。")
        self.records = [r for r in self.records if id(r) not in gone]

    def by_id_numbers(self, as_of: dt.date | None = None) -> None:
        """What a record's own ID number says better than a roster did (GB 11643: digits 7–14 are the birth date): a
        出生日期 given as a month alone (「1941.03」) is the day the number says in that month, and an 年龄 copied from
        last year's roster is the age today (wf107: 何国华 went into the 一套表 born 1941-03-01 against his 1941-03-15, and
        张桂兰 as 82 beside a birth date making her 83; split sends both on). One line says how many."""
        if not self.id_key:
            return
        age_key = next((i.key for i in self.mapping.items if (i.record or i.sheet) == self.sheet
                        and C.squash(i.meaning) == _AGE_ITEM), None)
        # (wf155: filled in December for a third quarter's split, 周红梅 went out 51, who was 50 at 2026-09-30)
        today = as_of or dt.date.today()
        days = ages = 0
        for record in self.records:
            ages += self._others_ages(record, today)
            born = self._born_by_number(record)
            if born is None:
                continue
            if self.birth_key and self.birth_key in record.month_only:
                typed = record.values.get(self.birth_key)
                given = typed.date() if isinstance(typed, dt.datetime) else typed
                if isinstance(given, dt.date) and (given.year, given.month) == (born.year, born.month) \
                        or isinstance(given, JanuaryOrOctober) and (given.year, born.month) == (born.year, 10):
                    record.values[self.birth_key] = born
                    record.month_only.discard(self.birth_key)
                    days += 1
            if age_key and not _blank(record.values.get(age_key)):
                age = _age_on(born, today)
                if _norm_text(record.values[age_key]) != str(age):
                    record.values[age_key] = age
                    ages += 1
        if days or ages:
            parts = [f"{days} 人的出生日期只写到月，按其公民身份号码补全到日"] if days else []
            on = f"{as_of.year}年{as_of.month}月{as_of.day}日" if as_of else "今天"
            parts += [f"{ages} 人的年龄与公民身份号码算出的周岁不同（多为上一年的名册），已按{on}的周岁填入"] if ages else []
            self.report.notes.append(f"{'；'.join(parts)}。")

    def _born_by_number(self, record: Joined, id_key: str | None = None) -> dt.date | None:
        number = _norm_text(record.values.get(id_key or self.id_key)).upper()
        if not re.fullmatch(r"\d{17}[\dX]", number) or check_digit(number[:17]) != number[17]:
            return None
        return C.born_by_number(number)

    def _others_ages(self, record: Joined, on: dt.date) -> int:
        """The ages of the others a record names beside their ID numbers (监护人年龄 by 监护人公民身份号码), taken at
        ``on`` as the record's own (wf157: a guardian's 73 from last quarter's form went out for a 74-year-old)."""
        changed = 0
        for age_key, id_key in self._role_ages:
            born = self._born_by_number(record, id_key)
            if born is None or _blank(record.values.get(age_key)):
                continue
            age = _age_on(born, on)
            if _norm_text(record.values[age_key]) != str(age):
                record.values[age_key] = age
                changed += 1
        return changed

    @cached_property
    def _role_ages(self) -> list[tuple[str, str]]:
        """(age item, ID number item) of each person other than the record's own the sheet asks both of."""
        items = {C.squash(i.meaning): i.key for i in self.mapping.items if (i.record or i.sheet) == self.sheet}
        return [(key, items[whose + ID_ITEM]) for meaning, key in items.items()
                if meaning.endswith(_AGE_ITEM) and (whose := meaning[:-len(_AGE_ITEM)]) and whose + ID_ITEM in items]

    def _numbered(self, record: Joined) -> bool:
        return bool(self.id_key) and re.fullmatch(r"\d{17}[\dX]", _norm_text(record.values.get(self.id_key))) is not None

    def _birth(self, record: Joined) -> str:
        if self.birth_key and not _blank(record.values.get(self.birth_key)):
            return _norm_text(record.values[self.birth_key])
        if self._numbered(record):  # (GB 11643: the 7th to 14th digits are the birth date)
            digits = _norm_text(record.values[self.id_key])[6:14]
            return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
        return ""

    def _differs(self, record: Joined, other: Joined) -> str | None:
        """The first item both hold with different values, by its name; None when none differs. A number masked
        (3310**********015X) differs only where its digits show (wf47: 「与同名者的公民身份号码不一致」 had been said
        of a masked number whose digits were the namesake's)."""
        for k in record.values:
            if k not in other.values or k == self.name_key:
                continue
            mine, theirs = _norm_text(record.values[k]), _norm_text(other.values[k])
            if k == self.id_key and masked_agrees(mine, theirs):
                continue
            if not _agree(self.mapping.item(k), mine, theirs):
                return self.mapping.item(k).name
        return None

    def _confirms(self, record: Joined, other: Joined) -> bool:
        """Something both hold agrees beyond the name, a sex or a 是/否."""
        return any(k in other.values and k != self.name_key and not self._says_little(self.mapping.item(k))
                   for k in record.values)

    @staticmethod
    def _says_little(item: MappingItem) -> bool:
        return item.rule == "sex" or bool(item.selects) or 0 < len(item.options) <= 3

    def _conflict(self, target: Joined, item_key: str, value: Any, place: str) -> None:
        seen = target.conflicts.setdefault(item_key, [(target.values[item_key], target.where[item_key])])
        if not any(_agree(self.mapping.item(item_key), v, value) for v, _ in seen):
            seen.append((value, place))

    def describe(self, record: Joined) -> str:
        name = record.values.get(self.name_key) if self.name_key else None
        number = record.values.get(self.id_key) if self.id_key else None
        masked = f"{str(number)[:4]}…{str(number)[-4:]}" if number and len(str(number)) > 8 else (number or "")
        return f"{name or '（无名称）'}{f'（{masked}）' if masked else ''}"


def _not_the_columns(value: Any, item: MappingItem) -> str | None:
    """Why a carried value is not one the 一套表's column takes (none of its drop-down's answers, a masked
    number), said in the cell's comment; None when it is."""
    if item.rule == "list" and item.options and isinstance(value, str) and value.strip() \
            and value.strip() not in item.options:
        return f"“{value.strip()}”不是本列下拉选项中的答案（{_few(item.options, 6)}），请改选一项。"
    if item.rule == "id" and isinstance(value, str) and "*" in value:
        return "部门报表中的号码被遮挡（含 *），请补全完整号码。"
    if isinstance(value, JanuaryOrOctober):
        return (f"部门报表中录的是数字 {value.year}.1，可能是 {value.year} 年 1 月，也可能是 {value.year} 年 10 月"
                f"（{value.year}.10 存成数字就成了 {value.year}.1），已按 1 月填入，请核对。")
    return None


def _typed(value: Any, item: MappingItem) -> Any:
    """A value as the 一套表 column holds it: numbers read from text sources (CSV, Word) become numbers."""
    if isinstance(value, str) and item.name.endswith(_NAME_ITEM):
        # (wf121: 「王 建国」, 「赵　桂兰」 spaced to line up a roster's column went into every department's form spaced;
        # a space between Latin letters or a 「·」 is part of the name)
        return _NAME_PADDING_RE.sub("", value.strip())
    if item.rule == "number" and isinstance(value, str) and re.fullmatch(r"-?\d+(?:\.\d+)?", value.strip()):
        number = float(value)
        return int(number) if number.is_integer() else number
    if item.rule == "date" and (typed := year_and_month_typed(value)) is not None:
        # (wf126: 1950.3 typed into a roster's cell is the number 1950.3, read in a date cell as 1905-05-03 07:12; a
        # 1950.10 typed so is 1950.1, January, which no reading can tell from it)
        value = typed
    if item.rule == "date" and isinstance(value, int | float) and not isinstance(value, bool) \
            and float(value).is_integer() and (day := date_from_text(str(int(value)))) is not None:
        return day  # (wf45: 19791102 kept as a number in a department's date cell became 「#VALUE!」 in the 一套表)
    if item.rule == "date" and isinstance(value, str):
        text = _norm_text(value)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
        # (wf14: 「2024-03」, 「2024.3」, 「2024年3月」 of a 保障起始年月 went in as text, refused by the column's check)
        month = _YEAR_MONTH_RE.fullmatch(text)
        if month and 1 <= int(month.group(2)) <= 12:
            return MonthOnly(int(month.group(1)), int(month.group(2)), 1)
        # (wf57: a birth date typed 「20080115」 last quarter was carried as that text, the others as dates)
        if (day := date_from_text(text)) is not None:
            return day
    if item.selects and isinstance(value, str | int) and not isinstance(value, bool) \
            and str(value).strip().lower() in YES:
        return "是"  # (wf57: a 是否困境儿童 ticked √ came back √, not the 是 its drop-down offers)
    if isinstance(value, str) and "是" in item.options and "否" in item.options:
        # (wf112: 是否死亡人员, 是否服刑人员 ticked √ in a department's roster came back √, yellow as no answer of the
        # drop-down; a cross is its 否)
        mark = _norm_text(value)  # (a tick reads 是)
        if mark in ("是", "否"):
            return mark
        if mark in _CROSS_MARKS:
            return "否"
    if item.options:
        # (wf47: 「慢性病」 from a department went into a column whose list is 「1.健康, 2.残疾, 3.慢性病」, and split
        # then refused it as none of the options)
        return onto_choices(value, item.options)
    return value


_YEAR_MONTH_RE = re.compile(r"(\d{4})\s*(?:[-./]|年)\s*(\d{1,2})\s*月?")
MONTH_FORMAT = "yyyy-mm"


class MonthOnly(dt.date):
    """A date a source gives to its month only (「1970.3」, 「1972年10月」): its first day, shown and split as 1970-03,
    never a made-up day of a department's form (wf121: 成为正式党员时间 1970-03-01)."""


class JanuaryOrOctober(MonthOnly):
    """A month a source kept as the number 1952.1: January, or a 1952.10 the spreadsheet made a number of."""
_NAME_ITEM = "姓名"
_NAME_PADDING_RE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


# --------------------------------------------------------------------------- the whole command
def prefill(merged: Path, mapping: Mapping, sources: list[Path], output: Path, carry: Path | None = None,
            name_and_birth: bool = False, progress: Callable[[int], None] | None = None,
            as_of: dt.date | None = None) -> FillReport:
    """Read the filled department forms, join their records and write the pre-filled 一套表 to ``output``; ages
    the ID numbers give are taken at ``as_of`` (the period's last day split will use; today when None)."""
    global _TEMPLATES
    report = FillReport()
    files = _source_files(sources)
    _TEMPLATES = mapping
    try:
        outcomes = guarded_map(_read_task, [(str(p), rel) for p, rel in files], progress=progress, timeout=300,
                               memory_mb=3072)
    finally:
        _TEMPLATES = None
    forms = {f.id: f for f in mapping.forms}
    # (wf159: a member's relation on a copy written for someone else is to that one, no fact of the member's own:
    # 王建国 was 丈夫 on his wife's 关系证明 and 儿子 on his father's, and fill asked the clerk to choose; where the 一套表
    # asks each one's 与户主关系, split words every card's relations from it, and these are left out)
    told_by_head = {(i.record or i.sheet) for i in mapping.items if C.squash(i.meaning) == _TO_THE_HEAD}
    relations_left = 0
    members: list[tuple[str, Joined, SourceRecord]] = []  # the family members cards list, and whose card
    record_sheets = list(dict.fromkeys([*mapping.record_sheets()]))
    joiners = {sheet: Joiner(mapping, sheet, report, name_and_birth) for sheet in record_sheets}
    indicators: dict[tuple[str, str], list[tuple[Any, str]]] = defaultdict(list)
    for (_, rel), outcome in zip(files, outcomes, strict=True):
        if outcome.reason is not None:
            report.unrecognised.append(f"{rel}：{outcome.reason}")
            continue
        read: FileRead = outcome.value
        if read.problem:
            report.unrecognised.append(f"{rel}：{read.problem}")
            continue
        report.files_read += 1
        report.notes.extend(read.notes)
        owners: dict[int, Joined] = {}
        for n, record in enumerate(read.records):
            sheet = forms[record.form].record_sheet
            if sheet is None or sheet not in joiners:
                report.unplaced.append(f"{rel}：《{forms[record.form].title}》的记录在一套表中没有对应的表，未填入。")
                continue
            selector = forms[record.form].selector
            # (a 证明's list of an applicant's family lists relatives, no applicants: wf89 read its split copies back
            # and ticked 是否出具亲属关系证明 on every relative, the applicant left unticked — only 本人's row applies)
            relatives = _lists_members(mapping, forms[record.form]) and not any(
                _RELATION_TO_ONE_RE.search(mapping.item(k).meaning) and answer_word(C.squash(str(v))) == "本人"
                for k, v in record.values.items())
            if selector and not relatives:  # a record on the 低保 form is a 低保对象: its 是否 column says so
                record.values[selector] = "是"
                record.cells[selector] = f"（出现在《{forms[record.form].title}》中）"
            if sheet in told_by_head:
                # (only the relation of the row's own person: 「紧急联系人与本人关系」 says who the contact is to the
                # record's person, a fact of theirs — wf163's 儿子 had been left out)
                for key in [k for k, v in record.values.items()
                            if C.squash(mapping.item(k).meaning).removeprefix(_MEMBER_WORD) == _RELATION_TO_SELF
                            and answer_word(C.squash(str(v))) != _SELF]:
                    del record.values[key]
                    record.cells.pop(key, None)
                    relations_left += 1
            owners[n] = joiners[sheet].add(record.values, record.cells, rel)
        for n, member in read.members:
            if n in owners:
                members.append((forms[member.form].record_sheet or "", owners[n], member))
        for item, period, value, cell in read.indicators:
            indicators[(item, period)].append((value, f"{rel} {cell}"))
    if relations_left:
        report.notes.append(f"各部门表中家庭成员“与本人关系”一栏（{relations_left} 处）是对各自那张表的申请人而言的，"
                            "未填入一套表；分发时按各人的“与户主关系”换算。")
    if files and not report.files_read and carry is None:
        # (an empty 一套表 written as 「预填」 would be sent out as if the departments had nothing on anyone)
        shown = "；".join(report.unrecognised[:3]) + (" 等" if len(report.unrecognised) > 3 else "")
        raise FillError(f"给出的 {len(files)} 个文件都无法读入，未写出预填的一套表：{shown}")
    last_figures: dict[str, Any] = {}
    held, already = _records_held(merged, mapping)
    if held and carry is None:
        # (wf81: last quarter's filled 一套表 given as the one to fill: its rows kept whatever the departments' records
        # did not write over, so one person's 出生日期 stood on another's row and split sent them on)
        carry = merged
        report.notes.append(f"《{merged.name}》中已填有 {held}，按上季度已填的一套表沿用（同 --carry）："
                            "预填结果逐条重新写出，不会在原有行上混填，但仍是这份一套表的格式；本季度重新 merge 过的，"
                            "请改用本季度的空白一套表，并用 --carry 指定这份。")
    elif held:
        report.notes.append(f"《{merged.name}》中原有的 {held} 没有沿用（上季度的记录取自 --carry {carry.name}），"
                            "预填结果逐条重新写出。")
    if carry is not None:
        # (the 一套表 given, filled, is read once: by its own mapping, the one the output is written by)
        previous, dead = (already, set()) if carry is merged and already is not None else _carried(carry, mapping)
        first_period = (mapping.periods or ["本期"])[0]
        last_figures = {key: value for key, periods in previous.indicators.items()
                        if not _blank(value := periods.get(first_period))}
        late: list[str] = []
        unmarked: list[str] = []
        revived: list[str] = []  # the departments' files that still list one of them
        for sheet, records in previous.records.items():
            if sheet in joiners:
                marks = death_marks(mapping, sheet)
                name = joiners[sheet].name_key
                for n, values in enumerate(records):
                    clean = {k: v for k, v in values.items() if not _blank(v) and not mapping.item(k).joins}
                    died = {k for k in marks if marks_a_death(mapping.item(k), values.get(k))}
                    if not died and (sheet, n) in dead:
                        # (wf90: the form asking 是否死亡人员 was dropped, and a man dead last quarter came back alive
                        # on every roster, unsaid: with no mark to carry, the record is not carried; wf94: nor is a
                        # department's roster that still lists her read as the living)
                        unmarked.append(str(values.get(name) or "").strip() or "（无姓名）")
                        revived.extend(src for r in joiners[sheet].forget(clean) for src in sorted(r.sources))
                        continue
                    if died:
                        # (wf82: a man marked 死亡人员 √ last quarter came back, blue, on every living roster, his
                        # death a comment; wf84: left out, a department's roster brought her back unmarked)
                        late.append(str(values.get(name) or "").strip() or "（无姓名）")
                    joiners[sheet].add(clean, {}, f"上季度《{carry.name}》", carried=True, standing=died)
                    report.carried += 1
        if late:
            report.notes.append(f"上季度已标记死亡的 {len(late)} 条记录连同死亡标记沿用：{'、'.join(late[:5])}"
                                f"{'等' if len(late) > 5 else ''}。分发时会列为“需要处理”；核实后请从一套表中删去这些行。")
        if unmarked:
            report.notes.append(f"上季度已标记死亡的 {len(unmarked)} 条记录没有沿用：{'、'.join(unmarked[:5])}"
                                f"{'等' if len(unmarked) > 5 else ''}（本季度的一套表没有标记死亡的列，沿用会把他们当作在世者"
                                "列入各部门报表）。如确需沿用，请在一套表中补填。"
                                + (f"其中有人在部门报表（{'、'.join(dict.fromkeys(revived))}）中仍列为在世，也未填入；"
                                   "请核实后告知该部门。" if revived else ""))
    _add_members(members, joiners, told_by_head, report)
    _write(merged, mapping, joiners, indicators, output, report, last_figures, as_of)
    return report


def _add_members(members: list[tuple[str, Joined, SourceRecord]], joiners: dict[str, Joiner], told_by_head: set[str],
                 report: FillReport) -> None:
    """The family members cards list, each joined to the one of their name in the household of the card's record or
    added to it, once every form's records are in (wf160, wf162: the members a 高校 card's 家庭成员情况 and a
    户籍证明's 户内成员 gave — 工作单位, 职业, 年收入 — came back empty from a second round). Their relation to the card's
    person is their 与户主关系 where that person heads the household, and no fact of theirs elsewhere."""
    done: dict[str, Counter[str]] = defaultdict(Counter)
    for sheet, owner, member in members:
        joiner = joiners[sheet]
        for key in [k for k in member.values if _RELATION_TO_ONE_RE.search(joiner.mapping.item(k).meaning)]:
            value = member.values.pop(key)
            cell = member.cells.pop(key)
            if sheet in told_by_head and joiner.to_head and _heads_the_household(owner.values.get(joiner.to_head)) \
                    and answer_word(C.squash(str(value))) != _SELF:
                member.values[joiner.to_head], member.cells[joiner.to_head] = value, cell
            elif sheet not in told_by_head:
                member.values[key], member.cells[key] = value, cell
    # (a student's card names no household; the 户籍证明 of a member listing the student may: read first, it says
    # whose household the student's family is)
    waiting = [(joiners[sheet], owner, member) for sheet, owner, member in members if joiners[sheet].name_key]
    while waiting:
        outcomes = [(joiner, owner, member, joiner.add_member(owner, member)) for joiner, owner, member in waiting]
        left = [(joiner, owner, member) for joiner, owner, member, how in outcomes if how == "no household"]
        if len(left) == len(waiting):
            break
        for _, _, member, how in outcomes:
            if how != "no household":
                done[member.path][how] += 1
        waiting = left
    for _, _, member in waiting:
        done[member.path]["no household"] += 1
    for path, outcome in done.items():
        read_in = outcome["joined"] + outcome["added"]
        if read_in:
            added = f"，其中 {outcome['added']} 人一套表中原来没有，新增为一行（没有公民身份号码的，请补填）" \
                if outcome["added"] else ""
            report.notes.append(f"{path}：家庭成员栏读入 {read_in} 人，按姓名对应到同户的人{added}。")
        if outcome["no household"]:
            report.notes.append(f"{path}：家庭成员栏所填的 {outcome['no household']} 人没有读入一套表：这张表的本人在一套表中"
                                "没有户主姓名、户编号等说明是哪一户的项，无法知道家庭成员是谁家的；请在一套表中他们自己的一行填写。")
        if outcome["nameless"]:
            report.notes.append(f"{path}：表内列表栏有 {outcome['nameless']} 行没有填姓名，没有读入一套表，请核对。")
        if outcome["namesakes"]:
            report.notes.append(f"{path}：家庭成员栏中有 {outcome['namesakes']} 人在同户中有同名的几条记录，没有读入，请核对。")


def _another_item(old: str, new: str) -> bool:
    """Whether a header renamed in place asks another item now: both known to the synonym table, as different
    items (家庭住址 is a 现住址, 联系电话 a phone); a rewording (从事行业 → 现从事职业) or 姓名 → 户主姓名 is not."""
    from .match import KeyMaker  # (only when a header was renamed: loading the table costs)
    from .synonyms import load_synonyms

    maker = KeyMaker(load_synonyms())
    before, after = maker.key(old).canonical, maker.key(new).canonical
    return bool(before and after) and before != after and not before.endswith(after) and not after.endswith(before)


def _renamed_in_place(fields: list[MappingField], grid: Grid) -> list[MappingField]:
    """Columns an older copy heads with other words where every other column stands as the template has it (a header
    renamed in place, as the scan's changes say it): the same columns (wf84: a roster on the old template lost its
    people for 「从事行业」 renamed 「现从事职业」 at H3). None when more than a quarter of them differ, or a header
    now stands where another column's did (columns moved: every value would be one item off)."""
    labels = {C.squash(f.label) for f in fields}
    differing = [f for f in fields if C.squash(grid.text(*parse_a1(f.cell))) != C.squash(f.label)
                 and not C.squash(grid.text(*parse_a1(f.cell))).startswith(C.squash(f.label))
                 and not C.squash(f.label).startswith(C.squash(grid.text(*parse_a1(f.cell))))]
    if not differing or len(differing) * 4 > len(fields) \
            or any(C.squash(grid.text(*parse_a1(f.cell))) in labels for f in differing):
        return []
    return differing


def _records_held(merged: Path, mapping: Mapping) -> tuple[str, Collected | None]:
    """What the 一套表 to be filled holds already, said for the clerk (「13 条记录和指标表的数」; "" when blank), and
    what was read of it."""
    try:
        held = read_filled(merged, mapping)
    except (SplitError, OSError, ValueError, KeyError):
        return "", None  # (one that cannot be read is told of when it is opened to be written)
    records = sum(len(records) for records in held.records.values())
    figures = any(not _blank(v) for periods in held.indicators.values() for v in periods.values())
    return "和".join([*([f"{records} 条记录"] if records else []), *(["指标表的数"] if figures else [])]), held


def _carried(carry: Path, mapping: Mapping) -> tuple[Collected, set[tuple[str, int]]]:
    """Last quarter's 一套表, read by the mapping it carries and put on this quarter's items: after one department
    added a column the themed sheets are cut anew (人员（在校残疾学生等） became 人员（学生资助享受等）) and an item
    may stand on another sheet or column (wf9: a whole sheet carried nothing). With it, the records it marked dead
    (sheet, row index), whether or not this quarter asks the mark."""
    try:
        then = mapping_of(carry)
    except SplitError:
        then = mapping  # (no mapping of its own: read as this quarter's; what is not found is not carried)
    previous = read_filled(carry, then)
    marks = death_marks(then)
    dead = {(sheet, n) for sheet, records in previous.records.items() for n, values in enumerate(records)
            if any(marks_a_death(then.item(k), values.get(k)) for k in marks)}
    if then is mapping:
        return previous, dead
    now_key = carried_keys(then, mapping)
    previous.records = {sheet: [{now_key[k]: v for k, v in values.items() if k in now_key and not _blank(v)}
                                for values in records]
                        for sheet, records in previous.records.items()}
    previous.indicators = {now_key[k]: periods for k, periods in previous.indicators.items() if k in now_key}
    return previous, dead


def carried_keys(then: Mapping, now: Mapping) -> dict[str, str]:
    """Each item of an earlier 一套表 → the same item of this one: the same header on the same record (人员, 户 or
    指标), else the item most of its departments' fields are filled from now. Items this 一套表 no longer asks
    are left out.

    Item keys and concept numbers are the scan's own (C165@人员) and are numbered anew when a form is added or
    dropped: they say nothing across quarters (wf81: last quarter's 玉米 area went into 所属乡镇, a bank account
    into a note on 服刑人员). The departments' fields do: a form's column by its headers, or by its cell where it
    was renamed."""
    def record_of(item: MappingItem) -> str:
        return item.record or item.sheet

    by_name: dict[tuple[str, str], str] = {}
    for i in now.items:
        if not i.joins:  # (a repeated identifying column is its first one's)
            by_name.setdefault((record_of(i), i.name), i.key)
            if i.standard:
                by_name.setdefault((record_of(i), i.standard), i.key)
    fields_of: dict[str, list[MappingField]] = defaultdict(list)
    for f in then.fields:
        fields_of[f.item].append(f)
    by_header: dict[tuple[str, tuple[str, ...]], set[str]] = defaultdict(set)
    for f in now.fields:
        item = now.item(f.item)
        if not item.joins:
            by_header[(record_of(item), _headed(f))].add(item.key)
    # (a column renamed: found where the template's headers say it went, as the scan's changes say it — a column
    # inserted before it, its old cell is another's now: wf98's 身体状况, reworded 身体健康状况 beside a new 民族
    # column, had carried last quarter's health into 民族)
    by_cell: dict[tuple[str, tuple[str, ...]], set[str]] = defaultdict(set)
    for (path, sheet, slot), (old, new, items_at) in _columns_by_form(then, now).items():
        for was, cell in renamed_headers(old, new):
            for item in items_at.get(cell, ()):
                if not item.joins:
                    by_cell[(record_of(item), (path, sheet, was, slot))].add(item.key)
    found: dict[str, str] = {}
    for i in then.items:
        if i.joins:
            continue
        key = by_name.get((record_of(i), i.name)) or by_name.get((record_of(i), i.standard))
        for index, where in ((by_header, _headed), (by_cell, _placed)):
            if key:
                break
            votes = Counter(k for f in fields_of[i.key] for k in index.get((record_of(i), where(f)), ()))
            ranked = votes.most_common(2)
            if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                key = ranked[0][0]
        if key:
            found[i.key] = key
    return found


def _columns_by_form(then: Mapping, now: Mapping
                     ) -> dict[tuple[str, str, str], tuple[FormTemplate, FormTemplate, dict[str, list[MappingItem]]]]:
    """Each department form's columns in both 一套表s, by form and repeated block: as templates (cell → header),
    and the items this 一套表's fields in each cell are."""
    def templates(mapping: Mapping) -> dict[tuple[str, str, str], FormTemplate]:
        found: dict[tuple[str, str, str], FormTemplate] = {}
        for f in mapping.fields:
            found.setdefault((f.path, f.sheet, str(f.slot or "")), FormTemplate(f.path, f.sheet, "", {})) \
                .labels.setdefault(f.cell, f.label)
        return found

    items_at: dict[tuple[str, str, str], dict[str, list[MappingItem]]] = defaultdict(lambda: defaultdict(list))
    for f in now.fields:
        items_at[(f.path, f.sheet, str(f.slot or ""))][f.cell].append(now.item(f.item))
    before, after = templates(then), templates(now)
    return {where: (before[where], after[where], items_at[where]) for where in before.keys() & after.keys()}


def _headed(f: MappingField) -> tuple[str, ...]:
    """A department's column from quarter to quarter, by its form and its headers."""
    return (f.path, f.sheet, *f.header_path[:-1], f.label, str(f.slot or ""))


def _placed(f: MappingField) -> tuple[str, ...]:
    """A department's column by its form and its cell."""
    return (f.path, f.sheet, f.cell, str(f.slot or ""))


def _as_shown(value: Any) -> str:
    """A value as the cadre wrote it: a day without its midnight (wf18: 「上季度：2024-03-01 00:00:00」), a phone or
    a count without the 「.0」 a spreadsheet number carries (wf46: 「13908119999.0」)."""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _write(merged: Path, mapping: Mapping, joiners: dict[str, Joiner],
           indicators: dict[tuple[str, str], list[tuple[Any, str]]], output: Path, report: FillReport,
           last_figures: dict[str, Any] | None = None, as_of: dt.date | None = None) -> None:
    try:
        wb = load_workbook(merged)
    except Exception as exc:
        raise FillError(f"一套表无法打开：{merged}（{opening_reason(merged, exc)}）") from exc
    for sheet, joiner in joiners.items():
        joiner.settle()
        joiner.by_id_numbers(as_of)
        records = joiner.records
        report.records[sheet] = len(records)
        report.joined[sheet] = sum(1 for r in records if len(r.sources) > 1)
        filled = 0
        for part in mapping.parts(sheet):
            if part not in wb.sheetnames:
                continue
            ws = wb[part]
            items = mapping.sheet_items(part)
            first = mapping.header_row + 1
            notes = next((r for r in range(first, ws.max_row + 1)
                          if str(ws.cell(r, 1).value or "").startswith("填表说明")), ws.max_row + 1)
            _clear_rows(ws, range(first, notes), [1, *(i.position for i in items)])
            if len(records) > notes - first:
                _insert_rows_keeping_footer(ws, notes, len(records) - (notes - first))
                # Added rows look like the template's rows; past a few thousand they take only the number formats
                # that matter (dates, ID numbers as text): a style on every cell of 30,000 rows costs a gigabyte.
                columns = [1, *(i.position for i in items)]
                if len(records) <= STYLED_ROWS:
                    styles = [(c, ws.cell(first, c)._style) for c in columns]
                else:
                    styles = [(c, ws.cell(first, c)._style) for c in columns
                              if ws.cell(first, c).number_format != "General"]
                for r in range(notes, first + len(records)):
                    for c, style in styles:
                        ws.cell(r, c)._style = copy(style)
            for n, record in enumerate(records):
                row = first + n
                put(ws.cell(row, 1), n + 1)
                for item in items:
                    key = item.joins or item.key
                    cell = ws.cell(row, item.position)
                    # (Sources that disagree leave the cell to the cadre: the values stand in its comment and 待核实.)
                    if key in record.values and not (key in record.conflicts and not item.joins):
                        value = _typed(record.values[key], item)
                        put(cell, value)
                        if isinstance(value, MonthOnly):
                            cell.number_format = MONTH_FORMAT
                        filled += 0 if item.joins else 1
                        if key in record.carried:
                            cell.fill = CARRIED_FILL
                        if not item.joins and (why := _not_the_columns(value, item)):
                            # (wf70: 「体弱多病」 went into a 健康状况 column whose list offers 健康, 一般或较弱 …, and a
                            # masked number into the 公民身份号码 column, unmarked: the cadre is shown where to look)
                            cell.fill = CHECK_FILL
                            cell.comment = Comment(safe_value(why), "yitaobiao", width=300, height=80)
                            report.to_check.append(f"{part}!{cell.coordinate}")
                    if key in record.conflicts and not item.joins:
                        cell.fill = CONFLICT_FILL
                        text = "各来源的值不一致，请核实：\n" + "\n".join(f"{_as_shown(v)}（{w}）" for v, w in record.conflicts[key])
                        cell.comment = Comment(safe_value(text), "yitaobiao", width=360, height=140)
                        report.conflicts.append(Conflict(part, joiner.describe(record), item.name,
                                                         record.conflicts[key], cell.coordinate))
                    elif key in record.last_quarter and not item.joins and key not in record.values:
                        cell.comment = Comment(safe_value(f"上季度：{_as_shown(record.last_quarter[key])}（请核实后填写）"),
                                               "yitaobiao", width=240, height=60)
            if len(records) <= STYLED_ROWS:  # (past that, rows keep one line, as their styles do)
                fit_row_heights(ws, range(first, first + len(records)))
        report.values[sheet] = filled
    if INDICATORS in wb.sheetnames:
        # (a 一套表 filled before: its figures are last quarter's, shown in comments where wanted, never this one's)
        for item in mapping.sheet_items(INDICATORS):
            _clear_rows(wb[INDICATORS], range(item.position, item.position + 1),
                        range(4, 4 + len(mapping.periods or ["本期"])))
    if indicators and INDICATORS in wb.sheetnames:
        ws = wb[INDICATORS]
        periods = mapping.periods or ["本期"]
        count = 0
        other_columns: dict[str, set[str]] = defaultdict(set)
        for (item_key, period), values in indicators.items():
            if period not in periods:
                other_columns[period].update(w.split(" ")[0] for _, w in values)
                continue
            cell = ws.cell(mapping.item(item_key).position, 4 + periods.index(period))
            distinct = {_norm_text(v) for v, _ in values}
            if len(distinct) == 1:
                put(cell, values[0][0])
                count += 1
            else:
                cell.fill = CONFLICT_FILL
                cell.comment = Comment(safe_value("各来源的值不一致，请核实：\n" + "\n".join(f"{_as_shown(v)}（{w}）" for v, w in values)),
                                       "yitaobiao", width=360, height=140)
                report.conflicts.append(Conflict(INDICATORS, period, mapping.item(item_key).name, values,
                                                 cell.coordinate))
        report.values[INDICATORS] = count
        if other_columns:
            files = sorted({f for fs in other_columns.values() for f in fs})
            report.unplaced.append(f"{'、'.join(files[:3])}{'等' if len(files) > 3 else ''}统计表中"
                                   f"“{'、'.join(list(other_columns)[:5])}{'等' if len(other_columns) > 5 else ''}”列"
                                   "不是一套表指标表的期别（本期、上年同期、累计），这些列的值未填入。")
    if last_figures and INDICATORS in wb.sheetnames:
        ws = wb[INDICATORS]
        given = {item for item, period in indicators if period == (mapping.periods or ["本期"])[0]}
        for item_key, value in last_figures.items():
            if item_key not in given:  # (a figure changes every quarter: last quarter's is shown, not filled in)
                ws.cell(mapping.item(item_key).position, 4).comment = Comment(
                    safe_value(f"上季度：{_as_shown(value)}（请核实后填写）"), "yitaobiao", width=240, height=60)
                report.carried_figures += 1
    _review_sheet(wb, report)
    _about_sheet(wb, mapping, report)
    output.parent.mkdir(parents=True, exist_ok=True)
    save(wb, output)


def _clear_rows(ws: Any, rows: range, columns: Iterable[int]) -> None:
    """Empty what a 一套表 filled before holds in ``rows``: values, and the marks fill leaves (colours, comments)."""
    marks = {CONFLICT_FILL.fgColor.rgb, CARRIED_FILL.fgColor.rgb, CHECK_FILL.fgColor.rgb}
    columns = list(columns)
    cells = ws._cells  # (the cells a sheet holds: asking ws.cell for each blank row of a template would make them)
    for r in rows:
        for c in columns:
            cell = cells.get((r, c))
            if cell is None:
                continue
            if cell.value is not None:
                cell.value = None
            if cell.comment is not None:
                cell.comment = None
            if cell.fill is not None and cell.fill.fgColor is not None and cell.fill.fgColor.rgb in marks:
                cell.fill = PatternFill()


def _review_sheet(wb: Any, report: FillReport) -> None:
    if REVIEW_SHEET in wb.sheetnames:
        del wb[REVIEW_SHEET]
    ws = wb.create_sheet(REVIEW_SHEET, 0 if report.conflicts else None)
    write_header(ws, 1, list(REVIEW_COLUMNS))
    write_rows(ws, 2, [[n, c.sheet, c.cell, c.record, c.item, "；".join(f"{_as_shown(v)}（{w}）" for v, w in c.values),
                        ""] for n, c in enumerate(report.conflicts, start=1)])
    for row, conflict in enumerate(report.conflicts, start=2):
        if conflict.cell:  # (a click takes the clerk to the red cell)
            ws.cell(row, 3).hyperlink = f"#'{conflict.sheet}'!{conflict.cell}"
    set_widths(ws, [6, 16, 8, 26, 18, 80, 16])
    ws.freeze_panes = "A2"
    print_wide(ws)  # (the values and the clerk's column on the page the record is on, not three pages over)


def _about_sheet(wb: Any, mapping: Mapping, report: FillReport) -> None:
    if ABOUT_SHEET in wb.sheetnames:
        del wb[ABOUT_SHEET]
    ws = wb.create_sheet(ABOUT_SHEET)
    rows: list[list[Any]] = [["预填时间", dt.datetime.now().strftime("%Y-%m-%d %H:%M")],
                             ["读入的部门报表", f"{report.files_read} 个文件"]]
    for sheet, count in report.records.items():
        rows.append([f"工作表：{sheet}", f"{count} 条记录（{report.joined.get(sheet, 0)} 条由多张报表合并），"
                                       f"填入 {report.values.get(sheet, 0)} 个值"])
    rows.append(["待核实", f"{len(report.conflicts)} 处各来源不一致，见“{REVIEW_SHEET}”表（单元格标红并附批注）；"
                          "核实后的值填在标红的格子或“核实后的值”一栏，分发时都会采用"])
    if report.to_check:
        rows.append(["需改正", f"{len(report.to_check)} 个值不是本列可选的答案或号码被遮挡（黄底并附批注：{_few(report.to_check, 5)}），"
                            "请改正后再分发"])
    if report.carried:
        rows.append(["沿用上季度", f"{report.carried} 条记录的基础信息和所属对象群体（是否……）已沿用（蓝底），请核实；"
                                  "动态信息留空，批注中附上季度的值"])
    if report.carried_figures:
        rows.append(["上季度指标", f"{report.carried_figures} 项指标上季度的值附在“{INDICATORS}”表本期列的批注中，请核实后填写"])
    rows.append(["数据项分类", "基础信息（很少变化，可沿用）："
                 + "、".join(dict.fromkeys(i.name for i in mapping.items if item_class(i) == BASIC and not i.joins))])
    # (wf151: a column read as another item's was said on the console only; the sheet is what the clerk keeps)
    for line in [*report.unrecognised, *report.notes, *report.id_notes, *report.unplaced]:
        rows.append(["说明", line])
    write_notes(ws, rows, widths=(22, 100))
