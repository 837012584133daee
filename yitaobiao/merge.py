"""The merged 一套表: one template that cadres fill once, with a mapping back to every source field.

``plan_merge`` decides where every data item goes (a pure function over the scan result, easy to
test); ``write_merged`` draws the plan as a real government form with openpyxl, and
``mapping_to_dict`` gives the machine-readable mapping that ``yitaobiao split`` follows back.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from . import cells as C
from .classify import population_named
from .mapping import (
    HOUSEHOLD_KEY_NAMES,
    HOUSEHOLD_KEYS,
    Mapping,
    MappingField,
    MappingForm,
    MappingItem,
    embed,
)
from .match import FAMILY_ROLE, UNIT_FACTORS, KeyMaker, asks_by_the_month, unit_dimension
from .model import Concept, Field, Form, FormKind, Frequency, Layout, ScanResult, Subject, parse_a1
from .normalize import is_remark, normalize_label, short_title, without_place
from .notice import region_from
from .sheets import (
    LINE_HEIGHT,
    print_wide,
    put,
    safe_value,
    save,
    set_widths,
    text_lines,
    write_header,
    write_notes,
    write_rows,
)
from .stats import compiled_above_villages, headline, report_key
from .synonyms import Synonyms, load_synonyms

# Sheets of the 一套表: one per record subject (one record a row), and the 指标 sheet for 汇总表 of indicators.
PERSONS = "人员"
RECORD_SHEETS = {
    Subject.PERSON: PERSONS, Subject.HOUSEHOLD: "户", Subject.PLACE: "村（社区）",
    Subject.ORGANISATION: "单位", Subject.EVENT: "项目（事件）",
}
VILLAGES = RECORD_SHEETS[Subject.PLACE]
CATEGORIES = "分类汇总"  # list forms that count by category (专业, 年龄组 …): one category a row
INDICATORS = "指标"
SHEET_ORDER = [*RECORD_SHEETS.values(), CATEGORIES, INDICATORS]
# The columns that say which record a row is, first on its sheet (frozen beside the 序号): a household row
# opened with a bare 性别 and had its 户主姓名 twenty columns on (helper-29).
IDENTITY_FIRST = {
    PERSONS: ["姓名", "公民身份号码"], "户": ["户主姓名", "户主公民身份号码", "户编号", "户口簿户号"],
    "村（社区）": ["所属乡镇", "所属村"], "单位": ["单位名称", "统一社会信用代码"],
}
# The item that names a record of each sheet, as a person reads it (a village by its 所属村, its town the same)
HEAD_NAME = "户主姓名"
NAMING_ITEM = {PERSONS: "姓名", "户": HEAD_NAME, "村（社区）": "所属村", "单位": "单位名称"}
ONE_RECORD = {PERSONS: "一人一行", "户": "一户一行", "村（社区）": "一个村（社区）一行", "单位": "一个单位一行",
              "项目（事件）": "一个项目（事件）一行", CATEGORIES: "一个类别一行"}
ROLE_THEME = "相关人员信息"
OTHER_THEME = "其他"
GROUP_THEME = "纳入报表"
YES_NO = ["是", "否"]
INDICATOR_THEMES = ("人口指标", "村级经济")
COLUMNS_PER_PAGE = 22  # record-sheet columns that stay legible on one A3 page width
_LEAST_TITLE_SPAN = 10  # columns a title and the notes are written across, however few items a sheet has
BLANK_ROWS = 20
HEADER_ROW = 4  # 1-based: title, 填报 line, theme row, then the item names

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="F2F2F2")
GROUP_FILL = PatternFill("solid", fgColor="E2EFDA")
TWIN_FILL = PatternFill("solid", fgColor="DDEBF7")  # a figure the 一套表 asks in two places: fill either
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
NUMBER_FORMATS = {"date": "yyyy-mm-dd", "id": "@", "code": "@"}
_LONG_TEXT_TAILS = ("名称", "单位", "地址", "住址", "地点")
# Numbers that are names, not amounts (账号, 户编号, 学号, 统一社会信用代码, 电话): typed into a General cell, a
# 19-digit account keeps 15 digits and a leading 0 is lost, silently (helper-52).
_CODE_NAME_RE = re.compile(r"(?:账号|帐号|卡号|编号|户号|代码|证号|学号|学籍号|号码|识别号|电话|手机|手机号)$")


class CodeList(NamedTuple):
    values: list[str]
    paths: set[str] | None  # the workbooks it serves; None: every form (a standard item, or not recorded)


@dataclass
class Column:
    """One item of the merged template: a column of a record sheet or a row of the 指标 sheet."""

    concept: Concept
    sheet: str
    theme: str
    unit: str | None
    sources: list[Field]
    position: int = 0  # 1-based column (record sheets) or row (指标)
    code: str | None = None
    parent: str | None = None  # 指标: the concept this one is a 其中 item of
    rule: str | None = None  # validation: sex / date / id / number / list
    options: list[str] = field(default_factory=list)
    name: str = ""  # the header as printed: the item's name, told apart from a namesake in the same sheet
    selects: str | None = None  # a 纳入报表 column: the target group (or on-demand form) it selects
    record: str = ""  # the record sheet (人员 …) this column belongs to; ``sheet`` is the printed sheet
    joins: str | None = None  # an identifying column repeated on a themed sheet: key of the one it repeats
    note: str = ""  # what the header's comment says of a column no form asks (which register a record goes in)
    # The list is one template's code list for an item other forms ask too: offered, other words allowed after a
    # warning (wf34: the 综治 template's 文化程度 list, with no 初中 or 小学, refused every village's answer)
    lenient: bool = False

    def __post_init__(self) -> None:
        self.record = self.record or self.sheet

    @property
    def key(self) -> str:
        return f"{self.concept.id}@{self.sheet if self.joins else self.record}"

    @property
    def cell(self) -> str:
        if self.sheet == INDICATORS:
            return f"A{self.position}"
        return f"{get_column_letter(self.position)}{HEADER_ROW}"


@dataclass
class MappingRow:
    field: Field
    form: Form
    column: Column
    factor: float  # merged value × factor = value in the source's own unit
    slot: int | None
    member: bool = False  # a family member's item asked of the member's own record (see _member_folds)


@dataclass
class UnitConflict:
    concept: str
    units: dict[str, list[str]]  # unit → forms asking in it
    merged_unit: str


@dataclass
class LeftOut:
    """A form or a field that is not in the 一套表, and why."""

    department: str
    title: str
    path: str
    label: str
    reason: str
    report: str = ""  # the 报表 a form left out belongs to (a Word document's tables are one)


@dataclass
class MergePlan:
    title: str
    columns: list[Column]
    mapping: list[MappingRow]
    conflicts: list[UnitConflict]
    periods: list[str]
    result: ScanResult
    created: dt.datetime
    record_sheet_of: dict[str, str | None] = field(default_factory=dict)  # form id → its record sheet
    selector_of: dict[str, str] = field(default_factory=dict)  # form id → key of its 是否… column
    # form id → (key of the column saying which of its stacked registers a record goes in, one option a register)
    kinds_of: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    left_out: list[LeftOut] = field(default_factory=list)
    built_mapping: Mapping | None = field(default=None, repr=False)

    def sheet_columns(self, sheet: str) -> list[Column]:
        return [c for c in self.columns if c.sheet == sheet]

    def sheets(self) -> list[str]:
        """The printed sheets, in order (a wide record sheet printed as several themed sheets)."""
        return list(dict.fromkeys(c.sheet for c in self.columns))

    def twin(self, col: Column) -> Column | None:
        """The same village figure in the other place a village's copy asks it: a 村（社区） column's row on 指标,
        an indicator's column on the 村（社区） sheet. A village types it once; split fills the other (wf11: eight
        figures of a 帮扶 survey were typed twice)."""
        if col.joins:
            return None
        if col.sheet == INDICATORS:
            return self._village_figures.get(col.concept.id, {}).get(VILLAGES)
        return self._village_figures.get(col.concept.id, {}).get(INDICATORS) if col.record == VILLAGES else None

    @cached_property
    def _village_figures(self) -> dict[str, dict[str, Column]]:
        """Each concept's column on the 村（社区） sheet and its row on 指标 (looked up once, not per column)."""
        found: dict[str, dict[str, Column]] = defaultdict(dict)
        for c in self.columns:
            place = INDICATORS if c.sheet == INDICATORS else VILLAGES if c.record == VILLAGES else None
            if place and not c.joins:
                found[c.concept.id].setdefault(place, c)
        return found


# --------------------------------------------------------------------------- planning
def _theme(concept: Concept, synonyms: Synonyms, indicator: bool, sources: list[Field] | None = None,
           titles: dict[str, str] | None = None, scopes: dict[str, str] | None = None) -> str:
    """The group header of an item: its theme in the synonym table, else the section it stands under in
    its source form (with its form's printed title, ``scopes``, on a sheet of villages whose columns come from
    many statistical forms), else the form it comes from (机动车登记, 企业登记) — never a catch-all 其他."""
    # (a name the clerk gave in the review, 「所属村（社区）」, or one told apart from a namesake, 「公民身份号码（身份证
    # 号码）」: the theme of the item it names — wf20 had moved 所属村 under 监测户)
    name = concept.standard_name
    if name in synonyms.roles:
        # (「帮扶责任人」, the helper's name, stood under 收入与保障 on sheet 1, its 性别, 电话 and 单位 with the other
        # people's on sheet 3: the cadre missed the name — wf104)
        return ROLE_THEME
    theme = synonyms.theme_of.get(name) or synonyms.theme_of.get(_BRACKET_NOTE_RE.sub("", name)) \
        or synonyms.theme_of.get(synonyms.lookup(name) or "")
    if theme:
        return theme
    for role in synonyms.roles:
        if name.startswith(role):
            return ROLE_THEME
    if indicator:
        return "村级指标"
    for candidates in ([f.header_path[0] for f in sources or [] if len(f.header_path) > 1],
                       [(titles or {}).get(f.form_id, "") for f in sources or []]):
        named = Counter(name for name in map(_short, candidates) if _is_theme_name(name))
        if named:
            section = named.most_common(1)[0][0]
            return _scoped(section, {_BRACKET_NOTE_RE.sub("", _short(scopes.get(f.form_id, ""))) for f in sources or []}) \
                if scopes is not None else section
    return OTHER_THEME


def _scoped(section: str, titled: set[str]) -> str:
    """A section's group header with the scope its one form's title gives it: 「一、蔬菜」 of the
    「设施种植业生产情况（一）」 is 设施种植业生产情况·蔬菜, not every vegetable a village grows (wf139, wf140:
    cadres typed the village's whole 650 亩 into the 设施 form's cells)."""
    title = next(iter(titled)) if len(titled) == 1 else ""
    if not _is_theme_name(title) or section in title or title in section:
        return section
    return f"{title}·{section}"


_REGION_PREFIX_RE = re.compile(r"^[^\s（(]{1,8}?(?:省|市|县|区|旗|镇|乡|街道)")
# 「社区党组织…」, 「园区企业…」: words ending in 区 or 乡 that name no place of the county's.
_NOT_A_REGION_RE = re.compile(r"(?:社|小|园|片|辖|城|景|山|牧|林|库|灾|老|开发|城乡)区$|城乡$|[《“\"]")
# A village's or a school's own name before what the form is about: 「燕云村」2024年农作物保险投保清单,
# 「湖南工业大学」勤工助学申请 (the 一套表 is the county's, for every village and every school).
_OWN_NAME_PREFIX_RE = re.compile(r"^[^\s（(\d村]{2,4}(?:村|社区)(?=[^、，,；;]\S{3})"
                                 r"|^[^\s（(]{2,10}?(?:大学(?!生)|学院|总会|基金会|协会|公司|医院)(?=[^、，,；;]\S{3})")
_NOT_A_VILLAGE_RE = re.compile(r"^(?:行政|自然|农|乡|全|本|各|城中)|(?:农|乡|行政|自然)村$|^(?:考|上|读|在|入)")
_FORM_SUFFIX_RE = re.compile(r"(?:基本情况|基本信息|情况|信息|动态)?(?:登记表|统计表|调查表|汇总表|花名册|名册|名单|台账|清单|明细表|信息表|"
                             r"一览表|表|单|证|书|卡)(?:[（(][^）)]*[）)])?$")
_BRACKET_NOTE_RE = re.compile(r"[（(][^（）()]*[）)]")  # 「（试行）」, 「（季）」, 「（元）」
_TERM_PREFIX_RE = re.compile(r"^(?:\d{4}(?:年度?|学年)?|学年)?(?:第[一二]学期)?")
_THEME_CHARS = 12  # a group header over a few columns: longer ones are cut where the words part (及, 、, 和)


_FIELD_WORD_RE = re.compile(r"(?:号码|号|日期|时间|年月|质量|金额|人数|户数|代码|编号|名称|姓名|地址|电话|县|区|市)[）)]?$")


def _is_theme_name(name: str) -> bool:
    """A group header a clerk can read: Chinese words (not a file code such as yh_gaj_cer_1 or a numeral),
    naming a section rather than one more field."""
    return (len(re.findall(r"[\u4e00-\u9fff]", name)) >= 2 and not re.search(r"[A-Za-z_]", name)
            and not _FIELD_WORD_RE.search(name) and not junk_reason(name))


def _without_region(text: str) -> str:
    """「宁波市慈善总会…」 without 宁波市, 「温岭市某某镇…」 without both; 「四川省社区党组织…」 keeps 社区."""
    while (match := _REGION_PREFIX_RE.match(text)) and not _NOT_A_REGION_RE.search(match.group(0)):
        text = text[match.end():]
    return text




def _short(text: str) -> str:
    """A form title or a section as a group header: without the region, the year and the 表 word."""
    s = re.sub(r"\s+", "", text)
    s = re.sub(r"^[（(]?[一二三四五六七八九十\d]+[)）、.．]", "", s)
    s = re.sub(r"^[（(]([^（）()]+)[）)]$", r"\1", s)  # 「（适用单位纳税人）」 as a whole in brackets
    s = re.sub(r"^[（(][^（）()]{1,4}[）)](?=\S{4})", "", s)  # 「（镇街）2024年自然灾害…」: a blank for the place
    quoted = re.search(r"《([^《》]{4,})》", s)  # 「落实《四川省社区党组织工作规则（试行）》情况」 is about the rules
    if quoted:
        s = _BRACKET_NOTE_RE.sub("", quoted.group(1))
    # 「2024新槐村…」, 「燕云村2024年…」, 「宁波市慈善总会…」: a year, a region and one name of its own, in either order
    s = _without_region(_TERM_PREFIX_RE.sub("", s))
    own = _OWN_NAME_PREFIX_RE.match(s)
    if own and not _NOT_A_VILLAGE_RE.search(own.group(0)):
        s = s[own.end():]
    s = _without_region(_TERM_PREFIX_RE.sub("", s))
    s = _FORM_SUFFIX_RE.sub("", s)
    if not C.CJK_RE.search(s):
        return s  # a file's code standing for its title (hy_jyj_cer_411): cut, it names nothing (wf34)
    if len(s) > _THEME_CHARS:  # 「本月（季）投入帮扶资金（元）」: a note in brackets goes before the words are cut
        s = _BRACKET_NOTE_RE.sub("", s)
    if len(s) > _THEME_CHARS:  # 「农村基本情况及农业生产条件」 → 「农村基本情况」, not 「…农业生产条」
        joint = max(s.rfind(mark, 4, _THEME_CHARS + 1) for mark in "及、和与对“《（(")
        s = s[:joint] if joint > 0 else s[:_THEME_CHARS]
    return s


# What every person or household of a village has (the basic data elements of a person and a household):
# a form asking only these is about everyone; the items beyond them say whom it is about.
EVERYONES_ITEMS = frozenset({
    "姓名", "曾用名", "性别", "公民身份号码", "证件类型", "出生日期", "年龄", "民族", "籍贯", "出生地", "国籍",
    "政治面貌", "宗教信仰", "婚姻状况", "文化程度", "照片", "联系电话", "户籍地址", "现住址", "邮政编码",
    "所属县区", "所属乡镇", "所属村", "村民小组", "与户主关系", "户主姓名", "户主公民身份号码", "户编号",
    "户口簿户号", "家庭人口数", "户类型", "户口性质", "备注", "序号",
    # where a subsidy is paid: every programme asks it, so it says nothing about which one a person is in
    "银行账号", "开户银行", "开户人", "开户人姓名", "银行户名",
    # what every organisation or site has: its name says nothing of which register it belongs on (a pig farm
    # with only its name reached a 商超 table, helper-95)
    "单位名称", "统一社会信用代码", "场所地址", "注册地址", "单位地址",
    # and whom to reach at a body: its head and its contact (wf120: a 合作社 whose 联系人 the cadre typed went to 住建局
    # as a self-built house, the ledger's 联系人 column being its only other taker)
    "法定代表人姓名", "法定代表人公民身份号码", "法定代表人联系电话", "负责人姓名", "负责人联系电话", "联系人姓名",
    "联系人联系电话", "联系人电话", "单位联系电话", "电子邮箱",
})
_BRACKETED_TAIL_RE = re.compile(r"[(（].*$")
# Items that ask of an event befalling some people only: a form asking one is about those it befell.
EVENT_RE = re.compile(r"死亡|去世|离世|死因|火化|殡葬|遗体|迁出|注销|外出|流出|离婚|服刑|失踪")


def bare_name(name: str) -> str:
    """An item's name without the note in brackets after it: 「户籍地址（户籍地）」 → 户籍地址."""
    return _BRACKETED_TAIL_RE.sub("", C.squash(name))


_HEAD_RELATION = "与户主关系"
_CODE_LEAD_RE = re.compile(r"^\s*\d{1,3}\s*[-－.．、]?\s*")


def is_everyones(name: str) -> bool:
    """An item every record has (「户籍地址（户籍地）」 is 户籍地址), not one that says whom a form is about."""
    return bare_name(name) in EVERYONES_ITEMS


ON_DEMAND_REASON = "按需填报的文书（证明、申请表、审批表等），默认不纳入定期填报的一套表"
ABOVE_VILLAGES_REASON = "按区（县）列行的汇总表，由上级汇总各村数据得出，不在村（社区）一套表中填报"
CATEGORY_ROWS_REASON = "按表中印好的类别分行（合计、其中：…）的汇总表，一套表的行对应不到这些类别，请仍按原表填报"
def _compiled_above_villages(form: Form, maker: KeyMaker) -> bool:
    """A table of counties: see :func:`stats.compiled_above_villages`."""
    return compiled_above_villages(form, {maker.key(f.label).canonical for f in form.fields})


def record_sheet(form: Form) -> str:
    """The 一套表 sheet a form's records live in, from what one row (or card) of it describes."""
    subject = form.subject or (Subject.AGGREGATE if form.layout == Layout.INDICATOR else Subject.PERSON)
    if subject is Subject.AGGREGATE:
        return _category_sheet(form) if form.layout == Layout.LIST else INDICATORS
    return RECORD_SHEETS[subject]


def _category_sheet(form: Form) -> str:
    """Tables counting by category share a sheet only when they start with the same column (their rows the same
    kind of thing), and the sheet is named by it: wf20's 灾情调度表 had been keyed by 高基212's 专业, and a disaster
    row was written into the 专业 table as a major."""
    first = min(form.fields, key=lambda f: parse_a1(f.cell)[::-1], default=None)
    kind = _SHEET_NAME_BAD_RE.sub("", normalize_label(first.label).clean)[:10] if first is not None else ""
    return f"{CATEGORIES}（{kind}）" if kind else CATEGORIES


def is_category_sheet(sheet: str) -> bool:
    return sheet == CATEGORIES or sheet.startswith(CATEGORIES + "（")


def _one_record(record: str) -> str:
    """What one row of a record sheet is (一人一行, 一个类别一行 …), "" when it says nothing of its own."""
    return ONE_RECORD.get(CATEGORIES if is_category_sheet(record) else record, "")


def _sheet_rank(sheet: str) -> int:
    return SHEET_ORDER.index(CATEGORIES if is_category_sheet(sheet) else sheet)


_SENTENCE_RE = re.compile(r"[，。；！？]|[,.;!?]\s")
# A proper place name standing where a header should be (从化市 | 温泉镇 | 密石村: a filled row of the header
# band): a name and an administrative suffix, not a generic word such as 所属村, 行政村, 贫困镇.
_PLACE_NAME_RE = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}(?:省|市|县|区|旗))?[\u4e00-\u9fff]{2,6}(?:市|县|区|镇|乡|村|街道|街|社区)$")
_GENERIC_PLACE_RE = re.compile(r"^(?:所属|所在|贫困|行政|自然|户籍|居住|现住|现居|本|全|各|原|帮扶|结对|挂钩|示范|重点|试点|城|农|社|居|"
                               r"乡镇|街道|村|镇|乡|区|县|市|省|其他|城镇|农村|城市)")
_DATE_WORD_RE = re.compile(r"^(?:年|月|日|年月|年月日|月日|时|分|[0-9]{2,4}年)$")


def junk_reason(label: str) -> str | None:
    """Why a parsed label cannot head a column a cadre fills, or None: a sentence, a sign-off, a date word."""
    s = C.squash(label)
    if not s:
        return "空白表头"
    if C.is_signoff(s) or C.is_date_placeholder(s):
        return "签字盖章或日期栏"
    if _DATE_WORD_RE.match(s):
        return "日期用字"
    if C.is_attachment(s) or C.is_footer(s) or C.is_notes(s) or (len(s) > 24 and _SENTENCE_RE.search(s)):
        return "句子或说明文字"
    if C.looks_like_value(s) or (_PLACE_NAME_RE.match(s) and not _GENERIC_PLACE_RE.match(s)):
        return "预印的值"
    return None


def display_name(name: str) -> str:
    """An item's name as a header: without the stray bars and colons of the source cell (「| 企业状态：」)."""
    return re.sub(r"^[|｜\s:：_]+|[|｜\s:：_]+$", "", name) or name


def plan_merge(result: ScanResult, synonyms: Synonyms | None = None, created: dt.datetime | None = None,
               include_on_demand: bool = False) -> MergePlan:
    """Decide the sheet, place and unit of every data item, and the mapping of every source field.

    A field goes to the sheet of its form's record subject; the same data item asked by forms of two
    subjects is a column in each. Record sheets of people get one 是否… column per target group, which
    decides the forms a record is sent to. On-demand documents are left out unless asked for.
    """
    synonyms = synonyms or load_synonyms()
    concepts = {c.id: c for c in result.concepts if c.field_ids}
    order_of = {cid: n for n, cid in enumerate(concepts)}
    maker = KeyMaker(synonyms)
    included: list[Form] = []
    left_out: list[LeftOut] = []
    for form in result.forms:
        if form.kind is FormKind.ON_DEMAND and not include_on_demand:
            left_out.append(LeftOut(form.department, form.title, form.path, "", ON_DEMAND_REASON, report_key(form)))
        elif _compiled_above_villages(form, maker):
            left_out.append(LeftOut(form.department, form.title, form.path, "", ABOVE_VILLAGES_REASON, report_key(form)))
        elif form.category_rows:
            # (wf27: a 灾情调度表 of 合计 | 其中：洪涝地质灾害 … rows became a 分类汇总 sheet of 49 columns the cadre
            # filled for nothing: split can tell no row's category, and refused to write them back)
            left_out.append(LeftOut(form.department, form.title, form.path, "", CATEGORY_ROWS_REASON, report_key(form)))
        else:
            included.append(form)
    sheet_of = {form.id: record_sheet(form) for form in included}

    groups: dict[tuple[str, str], list[Field]] = defaultdict(list)
    member_folds = _member_folds(included, sheet_of, concepts)
    members: set[str] = set()
    for form in included:
        for f in form.fields:
            reason = junk_reason(f.label)
            if reason:
                left_out.append(LeftOut(form.department, form.title, form.path, f.label, reason))
                continue
            key = f.concept_id or f"_{f.id}"
            if key in member_folds.get(form.id, {}):
                key = member_folds[form.id][key]
                members.add(f.id)
            elif sheet_of[form.id] == PERSONS and f.concept_id in concepts \
                    and _of_a_member(form, f, concepts[f.concept_id].standard_name):
                # (a column of a table of members the person sheet asks no own twin of, 与学生关系 or 职业: the
                # members' rows fill it all the same — wf31)
                members.add(f.id)
            if is_remark(f.label):
                # (「备注」 asks each form's own remark: 「优秀农民工」 meant for 组织部's list reached 公安局's — wf8)
                key = f"{key}{_OWN_REMARK}{form.id}"
            groups[(sheet_of[form.id], key)].append(f)

    code_lists: dict[str, CodeList] = {}
    for header, values in result.code_lists.items():
        key = maker.key(header)
        # A standard item's code list (民族, 文化程度) serves every form; a list under a form's own heading
        # (问题类型 of a 户厕 check) only the item of its own workbook (a 巡田 form's 问题类型 has other answers).
        paths = None if key.canonical or header not in result.code_list_paths else set(result.code_list_paths[header])
        code_lists.setdefault(key.canonical or key.text, CodeList(values, paths))
    form_titles = _header_titles(included)
    printed_titles = {form.id: form.title for form in included if C.CJK_RE.search(form.title)}
    columns: list[Column] = []
    for (sheet, cid), sources in sorted(groups.items(), key=lambda kv: (_sheet_rank(kv[0][0]),
                                                                        order_of.get(kv[0][1], len(order_of)))):
        own_remark = _OWN_REMARK in cid
        cid = cid.partition(_OWN_REMARK)[0]
        concept = concepts.get(cid) or Concept(cid, sources[0].label, [f.id for f in sources])
        if own_remark:
            concept = Concept(f"{concept.id}{_OWN_REMARK}{sources[0].form_id}",
                              f"{concept.name}（{_short(form_titles[sources[0].form_id])}）", [f.id for f in sources],
                              unit=concept.unit, reasons=concept.reasons, confirmed=concept.confirmed)
        units = Counter(f.unit for f in sources if f.unit)
        unit = units.most_common(1)[0][0] if units else concept.unit
        if unit and concept.unit == f"{unit}/月" and any(asks_by_the_month(f.label, f.header_path[:-1]) for f in sources):
            # (「家庭成员月收入状况 › 工资性收入（元）」: a month's money, which the column says — wf85 and wf87 read a bare
            # 工资性收入（元） beside a 年收入 and would have typed the year's); not a month another form's column says, of
            # a column whose own forms do not (wf92: a 公租房 form's 家庭人均收入 had borrowed a 法律援助 form's 元/月)
            unit = concept.unit
        rule, options = _rule(Concept(concept.id, concept.standard_name, concept.field_ids, unit=unit), sources,
                              code_lists, synonyms.item_options)
        code = next((f.code for f in sources if f.code), None)
        listed = code_lists.get(concept.standard_name)
        # (wf37: a police import template's drop-down of 与户主关系 codes, with no 孙子女 or 儿媳, refused every
        # three-generation home the other forms ask about)
        lenient = rule == "list" and not _STRICT_LISTS_RE.search(concept.standard_name) and (
            listed is not None and options == listed.values and not _options(sources)
            and (listed.paths is None or any(f.path not in listed.paths for f in sources))
            or options == _chosen_from(sources) and any(f.choices != options for f in sources))
        if lenient and concept.standard_name == _HEAD_RELATION:
            # (a police list of 与户主关系 codes has no 孙子女, 儿媳 or 祖父母: wf99–wf102 chose 99-其他 for a grandchild.
            # GB/T 4761's words are offered beside its codes; each form gets its own, or a line where it has none)
            have = {_CODE_LEAD_RE.sub("", o) for o in options}
            options = [*options, *(w for w in synonyms.item_options.get(_HEAD_RELATION, []) if w not in have)]
        columns.append(Column(concept, sheet, _theme(concept, synonyms, sheet == INDICATORS, sources, form_titles,
                                                     scopes=printed_titles if sheet == VILLAGES else None),
                              unit, sources, code=code, rule=rule, options=options, name=display_name(concept.name),
                              lenient=lenient))
    selector_of = _add_selectors(columns, included, sheet_of)
    kinds_of = _add_register_kinds(columns, included, sheet_of)
    _add_naming_columns(columns)
    # (a register listing each of a household's people with 与户主关系, a 监测户台账, lists them by household too: wf132,
    # wf134's cadre could not say whose household a member was, and its 人数 and 户类型 reached the head's row alone)
    by_household = {sheet_of[form.id] for form in included if form.layout is Layout.LIST for f in form.fields
                    if f.concept_id in concepts and concepts[f.concept_id].standard_name == _HEAD_RELATION}
    _add_household_column(columns, by_household | {sheet_of[f.form_id] for form in included for f in form.fields
                                                   if f.id in members})
    _link_indicator_parents(columns)
    forms_count = {col.key: len({f.form_id for f in col.sources}) for col in columns}
    theme_order = {t: i for i, t in enumerate(dict.fromkeys([*synonyms.themes, ROLE_THEME, "村级指标", OTHER_THEME,
                                                             GROUP_THEME]))}
    indicator_order = {t: i for i, t in enumerate(dict.fromkeys([*INDICATOR_THEMES, "农业与土地", *synonyms.themes,
                                                                 "村级指标"]))}

    for col in columns:
        themes = indicator_order if col.sheet == INDICATORS else theme_order
        if col.theme not in themes:
            themes[col.theme] = len(themes) - (1 if col.sheet != INDICATORS else 0) + 1000

    def order(col: Column) -> tuple[int, int, int, int, int]:
        themes = indicator_order if col.sheet == INDICATORS else theme_order
        identity = IDENTITY_FIRST.get(col.sheet, [])
        name = col.concept.standard_name
        first = identity.index(name) if name in identity else len(identity)
        return (_sheet_rank(col.sheet), first, themes.get(col.theme, len(themes)), -forms_count.get(col.key, 0),
                order_of.get(col.concept.id, len(order_of)))

    columns.sort(key=order)
    _name_the_programme(columns, result, synonyms)
    _tell_apart(columns, result)
    columns = _split_wide(columns)
    _place(columns)

    mapping: list[MappingRow] = []
    by_field = {f.id: col for col in columns for f in col.sources}
    unit_of: dict[str, str | None] = {}
    for form in included:
        for f in form.fields:
            if f.id in by_field:
                col = by_field[f.id]
                unit_of[f.id] = f.unit or stated_unit(form.unit, col.unit)
                mapping.append(MappingRow(f, form, col, _factor(unit_of[f.id], col.unit), f.slot, f.id in members))
    conflicts = []
    titles = {form.id: form.title for form in included}
    for col in columns:
        by_unit = defaultdict(list)
        for f in col.sources:
            if unit_of.get(f.id):
                by_unit[unit_of[f.id]].append(titles[f.form_id])
        if len(by_unit) > 1:
            conflicts.append(UnitConflict(col.concept.name, dict(by_unit), col.unit or ""))
    periods = _periods(included)
    # The region the clerk's notice names (scan --region), else the one most titles start with: one reading
    # for both (the 一套表 once said 椒江区 for a county two of nineteen forms came from).
    region = result.region or region_from([form.title for form in result.forms], result.root)
    title = f"{region}村（社区）基础数据“一套表”"
    return MergePlan(title, columns, mapping, conflicts, periods, result,
                     created or dt.datetime.now().replace(microsecond=0),
                     record_sheet_of={fid: (None if s == INDICATORS else s) for fid, s in sheet_of.items()},
                     selector_of=selector_of, kinds_of=kinds_of, left_out=left_out)


def _of_a_member(form: Form, f: Field, name: str) -> bool:
    """Whether a field asks a family member's item of the member's own row: one of a card's member rows (户内成员1,
    户内成员2 …), a column of a card's table of members, or a list whose rows are the members."""
    if f.slot is not None and name.startswith(FAMILY_ROLE):
        return True
    return f.role == FAMILY_ROLE and form.layout in (Layout.LIST, Layout.CARD)


_RELATION_RE = re.compile(r"关系|称谓")


def _member_folds(forms: list[Form], sheet_of: dict[str, str], concepts: dict[str, Concept]) -> dict[str, dict[str, str]]:
    """For each form on the person sheet, the sheet's own item for each family member's item it asks (家庭成员姓名 →
    姓名, 家庭成员公民身份号码 → 公民身份号码).

    On a sheet of one person a row, a household's members are rows of their own: a member's name is that row's
    姓名. A column of its own invited the cadre to type another person there (wf30: a child's guardian typed in
    家庭成员姓名 was printed as a member of the 户内信息 card, and the child left out). A member's relation to
    the card's applicant is no item of the person's own and stays apart; so does a member's item on a list that
    asks the row's own person the same item (申请人姓名 | 家庭成员 › 姓名 on one row are two people).
    """
    def name(cid: str | None) -> str:  # (by the item's own name: 姓名 renamed 本人姓名 still takes its members — wf58)
        return concepts[cid].standard_name if cid in concepts else ""

    own_fields: Counter[str] = Counter()
    for form in forms:
        if sheet_of.get(form.id) == PERSONS:
            own_fields.update(f.concept_id for f in form.fields
                              if f.concept_id and f.role is None and not name(f.concept_id).startswith(FAMILY_ROLE))
    own_by_name: dict[str, str] = {}
    for cid, _ in own_fields.most_common():
        own_by_name.setdefault(name(cid), cid)
    folds: dict[str, dict[str, str]] = {}
    for form in forms:
        if sheet_of.get(form.id) != PERSONS:
            continue
        asked_own = {f.concept_id for f in form.fields if f.role is None and not f.slot}
        for f in form.fields:
            member = name(f.concept_id)
            own = member.removeprefix(FAMILY_ROLE)
            target = own_by_name.get(own)
            if (f.concept_id and own != member and target and not _RELATION_RE.search(own)
                    and _of_a_member(form, f, member)
                    and not (form.layout is Layout.LIST and target in asked_own)):
                folds.setdefault(form.id, {})[f.concept_id] = target
    return folds


_TRAILING_NOTE_RE = re.compile(r"[（(][^（）()]*[）)]$")
_PHONE_RE = re.compile(r"电话|手机|联系方式")


def _own_words(name: str, total: str) -> str:
    """A part's name under its total, without the total's words it was read with: 「帮扶资金总量帮扶单位自筹资金」
    under 帮扶资金总量 is 帮扶单位自筹资金, 「谷物稻谷」 under 粮食作物谷物 is 稻谷."""
    for k in range(len(total), 1, -1):
        if name.startswith(total[-k:]) and len(name) - k >= 2:
            return name[k:]
    return name


_OWN_REMARK = "#"


def _asks_membership(columns: list[Column], sheet: str, population: str) -> Column | None:
    """A column of the sheet some form asks as whether one is in the target group (是否低保户, 低保对象（是/否）,
    是否脱贫家庭学生), or ticks under the kinds it lists (「困难类型 › 特困 | 低保边缘 | 监测户」: wf133's 一套表 asked
    监测户 beside 是否防返贫监测对象, and a person ticked for one was blank in the other's form)."""
    for col in columns:
        if col.record == sheet and col.selects is None and not col.joins and any(
                (clean := normalize_label(f.label).clean).startswith("是否")
                and population in (clean[2:], population_named(clean[2:]))
                or len(f.header_path) > 1 and population_named(clean) == population for f in col.sources):
            return col
    return None


def _add_selectors(columns: list[Column], forms: list[Form], sheet_of: dict[str, str]) -> dict[str, str]:
    """One 是否… column per target group (and per on-demand document) on the sheet of its records, and one
    是否纳入… column per form that nothing else tells the records of (see :func:`_undecided_forms`)."""
    selector_of: dict[str, str] = {}
    made: dict[tuple[str, str], Column] = {}
    undecided = _undecided_forms(columns, forms, sheet_of)
    for form in forms:
        sheet = sheet_of[form.id]
        if sheet == INDICATORS or is_category_sheet(sheet):
            continue
        if form.kind is FormKind.ON_DEMAND:
            what, name = f"《{form.title}》", f"是否出具{short_title(form.title)}"
        elif form.population:
            what, name = form.population, f"是否{form.population}"
        elif form.id in undecided:
            what, name = f"《{form.title}》", f"是否纳入{short_title(form.title)}"
        else:
            continue
        key = (sheet, what)
        if key not in made and form.population and (asked := _asks_membership(columns, sheet, form.population)):
            # 「是否农民工」 of a 后备干部 table asks whether one is a 外出务工人员: the one column routes the group's
            # forms too (two columns, 是否外出务工人员（农民工） and 是否外出务工人员（2）, asked it twice).
            asked.selects, asked.theme, asked.name, asked.rule = what, GROUP_THEME, name, "list"
            asked.options = asked.options or list(YES_NO)
            made[key] = asked
        if key not in made:
            concept = Concept(f"G{len(made) + 1}", name, [])
            made[key] = Column(concept, sheet, GROUP_THEME, None, [], rule="list", options=list(YES_NO), name=name,
                               selects=what)
            columns.append(made[key])
        selector_of[form.id] = made[key].key
    return selector_of


def _add_naming_columns(columns: list[Column]) -> None:
    """A record sheet no form names a row of (a household survey asking only figures) gets the column that names its
    records, asked of the cadre and sent to no form: three anonymous households went to 乡村振兴局 as q2_stat-001,
    -002 and -003, and the cadre could not tell which row was whose (wf56)."""
    sheets = dict.fromkeys(c.record for c in columns if c.record in NAMING_ITEM)
    for n, sheet in enumerate(sheets, start=1):
        # (by a name, not a number: wf57's households were told apart by 户主公民身份号码 alone, 18 digits to read,
        # and their copies went out as q2-001, q2-002)
        name = NAMING_ITEM[sheet]
        if any(_names_the_record(sheet, c.concept.standard_name) for c in columns if c.record == sheet):
            continue
        what = {"户": "户", VILLAGES: "村（社区）", "单位": "单位"}.get(sheet, "人")
        columns.append(_unasked_column(f"N{n}", sheet, name, f"用于区分各{what}：各部门报表没有问到这一项，本列不回填到任何"
                                                             f"报表；分发时按它为每{what}的报表命名。"))


# The columns naming a household a cadre knows, in the order the 一套表 asks for them: the head's ID number, the
# head's name (a department's 户编号 is its own register's number).
_HEAD_KEYS_TO_ASK = (frozenset({"户主公民身份号码", "户主身份证号码", "户主身份证号", "户主证件号码"}), frozenset({"户主姓名", "户主"}))


def _add_household_column(columns: list[Column], listing_members: set[str]) -> None:
    """A sheet of people some form lists by household (a 亲属关系证明's members, a card's 家庭成员情况) asks whose
    household each person is in, when no form asks 户主姓名, 户编号 or the head's number: wf57's cadre could not
    say who lived with whom, and the 亲属关系证明 was never written."""
    for sheet in sorted(listing_members & {PERSONS}):
        if any(c.concept.standard_name in HOUSEHOLD_KEY_NAMES for c in columns if c.record == sheet):
            continue
        columns.append(_unasked_column("H1", sheet, HEAD_NAME, "用于判断谁与谁同户：同一户的人填相同的户主姓名（户主本人也填）。"
                                                           "本列不回填到任何报表，回填“家庭成员”等栏目时据此列出同户的人。"))


def _unasked_column(cid: str, sheet: str, name: str, note: str) -> Column:
    """A column of the 一套表 no form asks, whose header comment says what it is for (it takes nothing from a form
    and is written to none)."""
    return Column(Concept(cid, name, []), sheet, "基本信息", None, [], name=name, note=note)


def _names_the_record(sheet: str, name: str) -> bool:
    """The item is the name a record of the sheet is known by: 姓名, a household head's name, any body's own name
    (养殖场户名称 on a register of farms), the village's."""
    return name == NAMING_ITEM[sheet] or sheet == "户" and name.startswith("户主") and name.endswith("姓名") \
        or sheet == "单位" and name.endswith("名称") or sheet == VILLAGES and name in IDENTITY_FIRST[VILLAGES][1:]


def _add_register_kinds(columns: list[Column], forms: list[Form], sheet_of: dict[str, str]) -> dict[str, tuple[str, list[str]]]:
    """One column per form whose table stacks registers of the same columns under headings of their own
    (「一、……基础型乡镇商贸中心」, 「二、……增强型……」, 「三、……提升型……」): which of them each record goes in. The
    一套表 asks their columns once, and without it every centre went into the first register (wf19)."""
    made: dict[str, tuple[str, list[str]]] = {}
    by_field = {f.id: col.key for col in columns for f in col.sources}
    for form in forms:
        headings = sorted(form.register_headings.items())
        if form.layout != Layout.LIST or len(headings) < 2 or sheet_of[form.id] == INDICATORS \
                or is_category_sheet(sheet_of[form.id]):
            continue
        asked: dict[int, set[str]] = defaultdict(set)
        for f in form.fields:
            row = parse_a1(f.cell)[0]
            top = max((r for r, _ in headings if r <= row), default=None)
            if top is not None and f.id in by_field:
                asked[top].add(by_field[f.id])
        registers = [r for r, _ in headings if asked.get(r)]
        if len(registers) < 2 or any(asked[r] != asked[registers[0]] for r in registers):
            continue  # (镇级 | 村级 物流点位: registers asking items of their own are told apart by those)
        kinds, named = register_kinds([dict(headings)[r] for r in registers])
        concept = Concept(f"K{len(made) + 1}", named or f"类别（{short_title(form.title)}）", [])
        column = Column(concept, sheet_of[form.id], GROUP_THEME, None, [], rule="list", options=kinds,
                        name=concept.name,
                        note=f"{form.department}《{form.title}》分{len(kinds)}块填报（{'、'.join(kinds)}）：选择这条"
                             "记录填入哪一块；留空的填入第一块。")
        columns.append(column)
        made[form.id] = (column.key, kinds)
    return made


_HEADING_NUMBER_RE = re.compile(r"^(?:[一二三四五六七八九十]+|\d+)[、.．]")


def register_kinds(headings: list[str]) -> tuple[list[str], str | None]:
    """What each stacked register's heading says it holds, told apart by the words where they differ, and the
    name of what they are kinds of: 「一、辖区内共有  个基础型乡镇商贸中心，请选取……」 … → 基础型乡镇商贸中心, 增强型
    乡镇商贸中心, 提升型乡镇商贸中心; 乡镇商贸中心类型."""
    clauses = [re.split(r"[，,。；;：:]", _HEADING_NUMBER_RE.sub("", C.squash(h)))[0].replace("_", "") for h in headings]
    lead = len(os.path.commonprefix(clauses))
    kinds = [c[lead:][:20] for c in clauses]
    if len(set(kinds)) < len(kinds) or not all(kinds):
        kinds = [f"{n}、{c[:12]}" for n, c in enumerate(clauses, start=1)]
        return kinds, None
    tail = os.path.commonprefix([k[::-1] for k in kinds])[::-1].lstrip("型类级")
    return kinds, f"{tail}类型" if len(tail) >= 2 else None


def _undecided_forms(columns: list[Column], forms: list[Form], sheet_of: dict[str, str]) -> set[str]:
    """Forms whose records nothing in the 一套表 tells apart: no target group, no event, and every item of their
    own (beyond what every record has) asked by another form of the same records too (the 土坯房 and the 其他农房
    registers of households; a 九小场所 list beside the 规上企业 list). Split sent every record to each of them; a
    是否纳入… column lets the cadre say. A form asking only what every record has is about every record, and a
    village's records are in every village form."""
    asking: dict[str, set[str]] = defaultdict(set)
    own: dict[str, set[str]] = defaultdict(set)
    for col in columns:
        if is_everyones(col.concept.standard_name):
            continue
        for f in col.sources:
            asking[col.key].add(f.form_id)
            own[f.form_id].add(col.key)
    sharing = Counter(sheet_of[form.id] for form in forms if form.kind is not FormKind.ON_DEMAND)
    return {form.id for form in forms
            if form.kind is not FormKind.ON_DEMAND and not form.population and own[form.id]
            and sheet_of[form.id] not in (INDICATORS, RECORD_SHEETS[Subject.PLACE])
            and not is_category_sheet(sheet_of[form.id])
            and sharing[sheet_of[form.id]] > 1 and not EVENT_RE.search(form.title)
            and all(len(asking[key]) > 1 for key in own[form.id])}


# A step of a programme's case (its 审批日期, 申请金额): asked bare, it says nothing of which programme's.
_PROGRAMME_STEP_RE = re.compile(r"^(?:申请|申报|审批|审核|批准|核准|认定|评定|发放|领取|签约|受理|办理|复核|审定)"
                                r"(?:日期|时间|年月|金额|标准|原因|结果|额度)$")


_BARE_WORD_RE = re.compile(r"^(?:填报|登记|造成|发生|变更|退出|纳入)?(?:日期|时间|原因|状态|类别|类型|情况)$")


def _header_titles(forms: Iterable[Form]) -> dict[str, str]:
    """Form id → the title a 一套表 header names it by: a form printing no title is named by its file, and
    「类型（family_list）」 or 「备注（student）」 told wf65's cadre nothing; its department says whose it is."""
    return {form.id: form.title if C.CJK_RE.search(form.title) else form.department for form in forms}


def _name_the_programme(columns: list[Column], result: ScanResult, synonyms: Synonyms) -> None:
    """A step of one form's case on a record sheet is headed with the form it belongs to: 「审批日期（养老服务补贴名单）」.
    Printed 「审批日期」 between the 困难学生补助 columns, wf57's cadre typed a student's approval date there, and the
    student reached 民政局's 养老服务补贴名单. So is a word that says nothing alone (类别, 造成原因, 填报日期 — wf59)."""
    titles = _header_titles(result.forms)
    for col in columns:
        forms = {f.form_id for f in col.sources}
        bare = bare_name(col.concept.standard_name)
        if col.sheet == INDICATORS or col.selects or col.joins or len(forms) != 1 or col.name != col.concept.name \
                or not (_PROGRAMME_STEP_RE.match(bare) or bare in synonyms.generic_labels or _BARE_WORD_RE.match(bare)):
            continue
        title = short_title(without_place(titles[forms.pop()]))
        col.name = f"{col.name}（{title}）" if title else col.name


def _tell_apart(columns: list[Column], result: ScanResult) -> None:
    """No two columns of a sheet print the same header: the qualifier that tells them apart joins the header
    (联系电话（监护人）), else the wording of a source form, else the form it comes from."""
    titles = {form.id: form.title for form in result.forms}
    by_header: dict[tuple[str, str], list[Column]] = defaultdict(list)
    for col in columns:
        by_header[(col.sheet, _label(col))].append(col)
    taken = {key for key in by_header}
    for (sheet, _), cols in by_header.items():
        if len(cols) < 2:
            continue
        for col in cols[1:] if cols[0].sources and _is_plain(cols[0]) else cols:
            for hint in _hints(col, titles):
                hint = _what_differs(hint, col.concept.name, col.unit)
                if not hint:
                    continue
                candidate = f"{col.concept.name}（{hint}）"
                if (sheet, _label_of(candidate, col.unit)) not in taken:
                    col.name = candidate
                    taken.add((sheet, _label_of(candidate, col.unit)))
                    break
            else:  # nothing printed tells it apart: numbered, as a clerk would (人数（2）)
                n = 2
                while (sheet, _label_of(f"{col.concept.name}（{n}）", col.unit)) in taken:
                    n += 1
                col.name = f"{col.concept.name}（{n}）"
                taken.add((sheet, _label_of(col.name, col.unit)))


_BRACKETED_RE = re.compile(r"[（(]([^（）()]*)[）)]")
# Header words that tell nothing apart: 「其中」 stands over the parts of every total.
_NO_HINT = frozenset({"其中", "合计", "小计", "总计", "其他", "其它", "计"})


def _what_differs(hint: str, name: str, unit: str | None) -> str:
    """The part of a hint a reader needs beside the name: 「农用化肥施用量（折纯量）」 beside 农用化肥施用量氮肥 is
    「折纯量」; a hint that only repeats the name or its unit says nothing (「当年新增（当年新增（亩））」). Brackets
    inside become a dot, so that a heading never nests them (「唯一土坯房·长期闲置」)."""
    text = re.sub(r"\s+", "", hint)
    if unit:
        text = text.replace(f"（{unit}）", "").replace(f"({unit})", "")
    text = _BRACKETED_RE.sub(r"·\1", text)
    common = len(os.path.commonprefix([text, name]))
    if common >= 2:
        text = text[common:]
    text = text.strip("·（）()")
    if not text or text in name or text == unit or text in _NO_HINT:
        return ""
    return text


def _is_plain(col: Column) -> bool:
    """A column read with no role or qualifier keeps the bare name; its namesakes take the qualifier."""
    return all(not f.role and "›" not in f.label_key.partition("|")[2] for f in col.sources)


def _hints(col: Column, titles: dict[str, str]) -> list[str]:
    hints: list[str] = []
    for f in col.sources:
        role, _, rest = f.label_key.partition("|")
        context = [part for part in (role, *rest.split("›")[:-1]) if part]
        if context:
            hints.append(" › ".join(context))
        hints.extend(re.sub(r"\s+", "", p) for p in reversed(f.header_path[:-1]) if p.strip())  # nearest first
        label = re.sub(r"\s+", "", f.label)
        if label and label != col.concept.name:
            hints.append(label)
    # Which form asks it; the same template in several folders: its department, then the folder or file.
    hints.extend(short_title(titles.get(f.form_id, "")) for f in col.sources)
    hints.extend(f.department for f in col.sources)
    hints.extend(part for f in col.sources for part in reversed(PurePosixPath(f.path).with_suffix("").parts))
    return [h for h in dict.fromkeys(hints) if h]


# 「何年月至何年月」, 「起止时间」: a span written as text (2019.09—2022.06), no single date to check (wf16)
_SPAN_RE = re.compile(r"至|起止|起讫|期间")


# Items of two answers a template's list cannot miss (男/女, 是/否): its list is the whole list
_STRICT_LISTS_RE = re.compile(r"(?:性别|民族)$|^是否|^有无")
# National code lists the 一套表 offers whole, whatever shorter list one template keeps (GB/T 3304 民族: wf23's
# 「1.汉族 … 5.其他（手动填入）」 from one community's form refused 彝族 in every village's 一套表)
STANDARD_LISTS = ("民族",)


def _rule(concept: Concept, sources: list[Field], code_lists: dict[str, CodeList],
          standard: dict[str, list[str]] | None = None) -> tuple[str | None, list[str]]:
    name = concept.name
    base = _TRAILING_NOTE_RE.sub("", name) or name
    whole = next(((standard or {}).get(item) for item in STANDARD_LISTS if base.endswith(item)), None)
    if whole:
        return "list", list(whole)
    listed = code_lists.get(name)
    options = _options(sources) or (listed.values if listed and (
        listed.paths is None or any(f.path in listed.paths for f in sources)) else []) or _chosen_from(sources)
    # (「公民身份号码（身份证号）」, told apart from its namesake in the review, is still a number of 18 to keep whole,
    # and 「性别（未成年子女情况）」 still 男 or 女 — wf21)
    if base.endswith("性别"):
        return "list", ["男", "女"]
    if base.endswith(("公民身份号码", "身份证号")):
        return "id", []
    if _CODE_NAME_RE.search(name):
        return "code", []
    if re.search(r"(日期|时间|年月)$", base) and not _SPAN_RE.search(name):
        return "date", []
    if options:
        return "list", options
    if "是否" in base:
        return "list", list(YES_NO)  # (wf22: 是否残疾生, 本学期是否享受资助 took any text)
    if base.startswith("有无"):
        return "list", ["有", "无"]
    if unit_dimension(concept.unit) or re.search(r"(人数|户数|金额|面积|收入|数|年龄)$", name):
        return "number", []
    return None, []


_CODE_PAIR_RE = re.compile(r"[(（]?(\d{1,2})\s*[)）.、=:：-]?\s*([^\d,，;；、/()（）\s]{1,16})")
# Where a label's answers begin: after its last colon (「…工作：1.是2.否」), else in its last brackets (「性别（1男2女）」)
_ANSWERS_AFTER_RE = re.compile(r"^.*[:：]")
_LAST_BRACKETS_RE = re.compile(r"[(（]([^()（）]*(?:[(（]\d{1,2}[)）][^()（）]*)*)[)）]?$")


def code_list(label: str) -> dict[str, str]:
    """「性别（1男2女）」 → {男: 1, 女: 2}, 「…：（1）是（2）否」 → {是: 1, 否: 2}: the codes a template asks for
    instead of words, read where its answers stand (wf24: 「指定1名领导和明确1个部门…：1.是2.否」 had 1 名领导 for a
    code)."""
    text = C.squash(label)
    if _ANSWERS_AFTER_RE.match(text):
        text = _ANSWERS_AFTER_RE.sub("", text)
    elif (bracketed := _LAST_BRACKETS_RE.search(text)) is not None:
        text = bracketed.group(1)
    pairs = _CODE_PAIR_RE.findall(text)
    if len(pairs) < 2:
        return {}
    return {word: code for code, word in pairs}


def _codes_shown(col: Column) -> str:
    """The codes a source label asks for, as the 指标 sheet shows them after the name: 「（1.是 2.否）」 (wf22: the
    meanings of an indicator answered in 代码 were only in the cell's comment)."""
    codes = next((found for f in col.sources if (found := code_list(f.label))), {})
    return f"（{' '.join(f'{code}.{word}' for word, code in codes.items())}）" if codes else ""


def _chosen_from(sources: list[Field]) -> list[str]:
    """The drop-down list a source template keeps over the item's column (外出地点 from its 外出地点 sheet): the
    one most of them use, so that the cadre picks what the department's form offers."""
    lists = Counter(tuple(f.choices) for f in sources if len(f.choices) >= 2)
    return list(lists.most_common(1)[0][0]) if lists else []


def _options(sources: list[Field]) -> list[str]:
    """Choices printed as □男 □女 on a source form, or standing as its columns (认定等级 | 特困 | 困难 | 一般), become
    a dropdown."""
    for f in sources:
        if len(f.options) >= 2 and all(C.is_option_word(o) for o in f.options):
            return list(dict.fromkeys(C.option_value(o) for o in f.options))
        for text in f.options:
            # What stands before the first box leads in (「请选择对应项目打“√”」): the options follow the boxes.
            items = [re.sub(r"\s+", "", item) for item in re.split(r"[□☐■☑○◯]", text)[1:]]
            items = [i.strip("，,、;；") for i in items if i.strip("，,、;；")]
            if len(items) >= 2 and all(len(i) <= 12 for i in items):
                return items
    return []


def stated_unit(form_unit: str | None, merged_unit: str | None) -> str | None:
    """The unit a form's unit line states for an item whose label gives none: 「金额单位：元」 over a roster's
    应发金额, the 元 of 「单位：户、人、元」 for an amount (helper-86: 1.3 万元 went to a roster in 元 as 1.3)."""
    if not form_unit or not merged_unit or unit_dimension(merged_unit) is None:
        return None
    return next((unit for unit in re.split(r"[、,，/／\s]+", form_unit)
                 if unit in UNIT_FACTORS and unit_dimension(unit) == unit_dimension(merged_unit)), None)


def _factor(source_unit: str | None, merged_unit: str | None) -> float:
    if not source_unit or not merged_unit or source_unit == merged_unit:
        return 1.0
    if unit_dimension(source_unit) != unit_dimension(merged_unit):
        return 1.0
    src, dst = UNIT_FACTORS.get(source_unit), UNIT_FACTORS.get(merged_unit)
    return dst / src if src and dst else 1.0


def _link_indicator_parents(columns: list[Column]) -> None:
    """A 其中 item's parent: the row of its own table that its header path names, nearest above it in its column
    (two blocks side by side each have a 谷物: 播种面积's and 产量's), else any indicator of that name."""
    by_name: dict[str, str] = {}
    in_table: dict[tuple[str, str, int, str], list[tuple[int, str]]] = defaultdict(list)
    for col in columns:
        if col.sheet == INDICATORS:
            for f in col.sources:
                clean = normalize_label(f.label).clean
                by_name.setdefault(clean, col.concept.id)
                row, c = parse_a1(f.cell)
                in_table[(f.form_id, f.sheet, c, clean)].append((row, col.concept.id))
    for col in columns:
        if col.sheet != INDICATORS:
            continue
        for f in col.sources:
            if len(f.header_path) > 1:
                clean = normalize_label(f.header_path[0]).clean
                row, c = parse_a1(f.cell)
                above = [(r, cid) for r, cid in in_table.get((f.form_id, f.sheet, c, clean), []) if r < row]
                parent = max(above)[1] if above else by_name.get(clean)
                if parent and parent != col.concept.id:
                    col.parent = parent
                    break


IDENTITY_THEME = "识别信息（与第一张表一致）"
MAX_SHEET_COLUMNS = 40  # wider record sheets are printed as themed sheets sharing the identifying columns
_IDENTIFYING_RE = re.compile(r"^(?:姓名|户主姓名|公民身份号码|户主公民身份号码|名称|单位名称|统一社会信用代码|"
                             r"所属村|村名称|村名|项目名称)$")


def _split_wide(columns: list[Column]) -> list[Column]:
    """A record sheet wider than a printable page set becomes themed sheets (人员（基本信息）, 人员（收入与保障等）…),
    each starting with the record's identifying columns so a row can be read, and joined, on its own."""
    out: list[Column] = []
    for record in dict.fromkeys(c.record for c in columns):
        cols = [c for c in columns if c.record == record]
        if record == INDICATORS or len(cols) <= MAX_SHEET_COLUMNS:
            out.extend(cols)
            continue
        items = [c for c in cols if not c.selects]
        # (No name or code among them, as on a table of printed categories: the first item that is no quantity,
        # 「栏目灾害类型」, names the row; 「农作物受灾面积（公顷）」 would name nothing.)
        # (「所属村（社区）」: the item named with its own wording is still the village — wf18 keyed a sheet by 合计)
        # (but 「公民身份号码（证件号码）」, split off in the review beside the 公民身份号码 itself, identifies nothing more
        # and is not repeated on every part — wf20)
        # (「户主姓名」 asked on the 单位 sheet names no unit: a sheet is read by its own record's names — wf21's note
        # told cadres to match units by 户主姓名)
        foreign = {name for sheet, names in IDENTITY_FIRST.items() if sheet != record for name in names} \
            - set(IDENTITY_FIRST.get(record, []))
        bases = {_TRAILING_NOTE_RE.sub("", c.concept.standard_name) for c in items
                 if _IDENTIFYING_RE.match(c.concept.standard_name)}
        identifying = [c for c in items
                       if _IDENTIFYING_RE.match(base := _TRAILING_NOTE_RE.sub("", c.concept.standard_name))
                       and (base == c.concept.standard_name or base not in bases) and base not in foreign][:3] or [
            next((c for c in items if c.rule != "number" and not c.unit), items[0])]
        if identifying[0].rule == "number" or identifying[0].unit:
            # Nothing names a row (no 户主姓名, no 户编号: every item a figure): rows of themed sheets could only be
            # joined by a count, and two households of four would swap their money (wf50). One wide sheet instead.
            out.extend(cols)
            continue
        rest = [c for c in items if c not in identifying]
        room = MAX_SHEET_COLUMNS - len(identifying)
        parts: list[list[Column]] = [[]]
        for col in rest:
            new_theme = not parts[-1] or parts[-1][-1].theme != col.theme
            theme_size = sum(1 for c in rest if c.theme == col.theme)
            # A theme that fits on a sheet starts one rather than being cut; a larger one fills up and goes on.
            if parts[-1] and (len(parts[-1]) >= room or (new_theme and theme_size <= room
                                                         and len(parts[-1]) + theme_size > room)):
                parts.append([])
            parts[-1].append(col)
        selectors = [c for c in cols if c.selects]
        names: set[str] = set()
        for n, part in enumerate(parts):
            themes = [t for t in dict.fromkeys(c.theme for c in part) if t != record]
            # (a theme read from a header may hold a character Excel forbids in a sheet's name: 高血压/糖尿病;
            # items of no theme but the record's own are numbered, not named 「人员（人员）」, 「人员（人员）2」)
            shown = f"{themes[0]}{'等' if len(themes) > 1 else ''}" if themes else f"第{n + 1}部分"
            name = _SHEET_NAME_BAD_RE.sub("、", f"{record}（{shown}）")[:31]
            while name in names:
                name = f"{name[:28]}{len(names) + 1}"
            names.add(name)
            if n == 0:
                rank = {id(c): i for i, c in enumerate(cols)}
                members = sorted([*identifying, *part], key=lambda c: rank[id(c)])
            else:
                members = [Column(c.concept, name, IDENTITY_THEME, c.unit, [], rule=c.rule, options=list(c.options),
                                  name=c.name, record=record, joins=c.key) for c in identifying] + part
            for col in [*members, *(selectors if n == 0 else [])]:
                col.sheet = name
                out.append(col)
    return out


_SHEET_NAME_BAD_RE = re.compile(r"[\\/?*\[\]:：]")  # what Excel allows in no sheet's name


def _place(columns: list[Column]) -> None:
    """Give every item its position; 其中 items of the 指标 sheet follow their parent."""
    for sheet in dict.fromkeys(c.sheet for c in columns):
        if sheet == INDICATORS:
            continue
        for n, col in enumerate((c for c in columns if c.sheet == sheet), start=2):  # column A is 序号
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

    def add(col: Column, seen: frozenset[str]) -> None:
        # A 其中 inside a 其中 (在校学生数 › 其中：女生 › 其中：寄宿生) follows its own parent, at any depth; a
        # grandchild was left without a row and merge stopped on an internal error (helper-37's corpus).
        ordered.append(col)
        for child in children.get(col.concept.id, []):
            if child.concept.id not in seen:
                add(child, seen | {child.concept.id})

    for col in top:
        add(col, frozenset({col.concept.id}))
    placed = {id(c) for c in ordered}
    ordered.extend(c for c in indicators if id(c) not in placed)  # (a loop of parents: placed at the end)
    for n, col in enumerate(ordered, start=5):  # title, 填报 line, header, 甲乙 row
        col.position = n
    sheet_rank = {sheet: n for n, sheet in enumerate(dict.fromkeys(c.sheet for c in columns))}
    columns.sort(key=lambda c: (sheet_rank[c.sheet], c.position))


PERIOD_KINDS = [  # canonical period column ← the wordings departments use for it
    # (本次: a 灾情快报's figures of this event, beside its 累计 for the year)
    ("本期", re.compile(r"^(本期|当期|本月|本季|本季度|本年|本年度|本年实际|本期实际|本期數|本期实际数|当月|当年|数量|数值|本期數|实际|本次|本次数|本次灾害|本次过程|本次灾害过程)$")),
    ("上年同期", re.compile(r"^(上年同期|上年|去年同期|上年同期实际|上年实际|同期|上年数)$")),
    ("累计", re.compile(r"^(累计|累计数|本年累计|1-本月累计|本月累计|年初至今)$")),
]


def period_kind_of(name: str) -> str | None:
    text = re.sub(r"\s+", "", name)
    return next((kind for kind, pattern in PERIOD_KINDS if pattern.match(text)), None)


_YEAR_COLUMN_RE = re.compile(r"^(\d{4})年度?(?:数|实际|数据)?$")


def period_kinds(names: Iterable[str]) -> dict[str, str]:
    """The 一套表's period of each period column of a form. Columns named by years (「2024年 | 2023年」, helper-86:
    a 生活源调查表's figures were dropped) are the latest year's 本期 and the year before's 上年同期."""
    names = list(names)
    kinds = {name: kind for name in names if (kind := period_kind_of(name))}
    years = {int(m.group(1)): name for name in names if (m := _YEAR_COLUMN_RE.match(re.sub(r"\s+", "", name)))}
    if years and not kinds:
        latest = max(years)
        kinds[years[latest]] = "本期"
        if latest - 1 in years:
            kinds[years[latest - 1]] = "上年同期"
    return kinds


def indicator_cells(form: MappingForm, fields: list[MappingField]) -> dict[str, dict[str, tuple[int, int]]]:
    """Where each indicator's value of each period stands on its form: field id → period → (row, column),
    0-based. An indicator of a second block printed beside the first has its values as far right of its own
    label as the first block's values are of theirs."""
    columns: dict[str, int] = {}
    kinds = period_kinds(form.period_positions or {})
    for name, col in (form.period_positions or {}).items():
        columns.setdefault(kinds.get(name, name), col)
    label_start = min((parse_a1(f.cell)[1] for f in fields), default=0)
    rightmost = max((form.period_positions or {}).values(), default=-1)
    cells: dict[str, dict[str, tuple[int, int]]] = {}
    for f in fields:
        row, col = parse_a1(f.cell)
        shift = col - label_start if col > rightmost else 0
        cells[f.field] = {period: (row, target + shift) for period, target in columns.items()}
    return cells


def _periods(forms: list[Form]) -> list[str]:
    """The period columns of the 指标 sheet: 本期 always, 上年同期 and 累计 where a source form has them."""
    kinds = {kind for form in forms for kind in period_kinds(form.period_columns).values()}
    return [kind for kind, _ in PERIOD_KINDS if kind in kinds or kind == "本期"]


# --------------------------------------------------------------------------- writing
def _box(cell, bold: bool = False, fill: bool = False) -> None:  # type: ignore[no-untyped-def]
    cell.border = BOX
    cell.alignment = CENTER
    if bold:
        cell.font = Font(bold=True)
    if fill:
        cell.fill = HEAD_FILL


# A comment lists at most this many forms: beyond that it is a wall the cadre cannot read (字段对照 lists all).
NOTE_FORMS = 20


def _source_note(col: Column, forms: dict[str, Form]) -> str:
    labels_of: dict[str, dict[str, None]] = {}
    for f in col.sources:
        labels_of.setdefault(f.form_id, {})[re.sub(r"\s+", "", f.label)] = None
    lines = [f"{forms[form_id].department}《{forms[form_id].title}》：{'、'.join(labels)}"
             for form_id, labels in list(labels_of.items())[:NOTE_FORMS]]
    if len(labels_of) > NOTE_FORMS:
        lines.append(f"……等共 {len(labels_of)} 张报表（全部见“字段对照”表）")
    return "采集该项的报表：\n" + "\n".join(lines)


def _twin_note(twin: Column | None) -> str:
    if twin is None:
        return ""
    return f"\n此项也在{_twin_place(twin)}：填一处即可，分发时两处互补。"


def _twin_place(twin: Column) -> str:
    """Where the other copy of a village figure stands: 「“指标”表第 12 行」, 「“村（社区）”表 W 列」."""
    return f"“{INDICATORS}”表第{twin.position}行" if twin.sheet == INDICATORS \
        else f"“{twin.sheet}”表{get_column_letter(twin.position)}列"


def _label_of(name: str, unit: str | None) -> str:
    return f"{name}（{unit}）" if unit and not name.endswith(f"（{unit}）") else name


def _label(col: Column) -> str:
    return _label_of(col.name or col.concept.name, col.unit)


def _joining_note(col: Column, plan: MergePlan) -> str:
    """What an identifying column repeated on a later themed sheet is for (it is asked by no form of its own)."""
    first = next((c.sheet for c in plan.columns if c.key == col.joins), col.record)
    return f"用来把本表每一行对上“{first}”中的同一条记录：请与该表中的{col.name}填写一致。"


def _group_note(col: Column) -> str:
    return (f"填“是”表示该记录属于{col.selects}，将填入{col.selects}相关的报表；填“否”或留空则不填入。"
            if not (col.selects or "").startswith("《") else f"填“是”表示需要为该记录出具{col.selects}。")


def _write_record_sheet(wb: Workbook, plan: MergePlan, sheet: str, forms: dict[str, Form]) -> None:
    """A sheet of records (人员, 户, 村（社区）…): one record a row, items grouped under their themes."""
    cols = plan.sheet_columns(sheet)
    if not cols:
        return
    ws = wb.create_sheet(sheet)
    last = max(c.position for c in cols)
    put(ws.cell(1, 1), f"{plan.title}·{sheet}").font = Font(bold=True, size=16)
    ws.cell(1, 1).alignment = CENTER
    # The title stands over the first printed page, and over enough columns to be read on a narrow sheet (wf11:
    # a sheet of one item wrapped its title over the 填报单位 line)
    first_page = max(min(last, COLUMNS_PER_PAGE), _LEAST_TITLE_SPAN)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=first_page)
    put(ws.cell(2, 1), FILLER_LINE)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=first_page)
    put(ws.cell(3, 1), "序号")
    ws.merge_cells(start_row=3, start_column=1, end_row=HEADER_ROW, end_column=1)
    _box(ws.cell(3, 1), bold=True, fill=True)
    _box(ws.cell(HEADER_ROW, 1))
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
        cell = put(ws.cell(HEADER_ROW, col.position), _label(col))
        _box(cell, bold=True, fill=True)
        if col.selects:
            cell.fill = GROUP_FILL
        note = col.note or (_group_note(col) if col.selects else _joining_note(col, plan) if col.joins
                            else _source_note(col, forms) + _twin_note(plan.twin(col)))
        cell.comment = Comment(safe_value(note), "yitaobiao", width=320, height=120)
        least = {"id": 21, "code": 21, "date": 12}.get(col.rule or "", 10)  # 18 digits, a code, a date show whole
        if _PHONE_RE.search(col.concept.standard_name):
            least = 14  # 11 digits of a mobile number, on one line
        elif col.concept.standard_name.endswith(_LONG_TEXT_TAILS):
            least = 16  # a school's or a unit's name, an address: on one line as a cadre types it
        ws.column_dimensions[get_column_letter(col.position)].width = max(least, min(24, 2.2 * len(_label(col)) + 2))
    ws.column_dimensions["A"].width = 6
    first_data = HEADER_ROW + 1
    for r in range(first_data, first_data + BLANK_ROWS):
        _box(put(ws.cell(r, 1), r - HEADER_ROW))
        for col in cols:
            cell = ws.cell(r, col.position)
            _box(cell)
            if col.rule in NUMBER_FORMATS:
                cell.number_format = NUMBER_FORMATS[col.rule]
    for col in cols:
        if col.rule in NUMBER_FORMATS:  # rows the cadre adds below keep the format of the column
            ws.column_dimensions[get_column_letter(col.position)].number_format = NUMBER_FORMATS[col.rule]
    _validations(ws, cols, first_data, first_data + BLANK_ROWS + 500, by_column=True)
    notes_row = first_data + BLANK_ROWS
    instructions = _instructions(cols, plan, sheet)
    put(ws.cell(notes_row, 1), instructions)
    ws.cell(notes_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=notes_row, start_column=1, end_row=notes_row, end_column=max(last, _LEAST_TITLE_SPAN))
    ws.row_dimensions[notes_row].height = 15 * (2 + instructions.count("\n"))
    ws.row_dimensions[HEADER_ROW].height = 36
    # The columns naming the record (姓名 and 公民身份号码, 户主姓名 …) stay in view and are printed on every page:
    # a second printed page showed 序号 alone, no one's name (helper-25).
    naming = IDENTITY_FIRST.get(cols[0].record if cols else sheet, [])
    lead = 0
    for col in sorted(cols, key=lambda c: c.position):
        if col.joins or col.concept.standard_name in naming:
            lead += 1
        else:
            break
    ws.freeze_panes = ws.cell(first_data, 2 + max(lead, 1))
    _print_setup(ws, f"3:{HEADER_ROW}", columns=last)
    if last > COLUMNS_PER_PAGE:
        ws.print_title_cols = f"A:{get_column_letter(1 + lead)}"
        # Printed over several pages, the title centred across them fell on the fold and the 填报单位 line was cut
        # where the repeated name columns end (wf11): on paper both go to every page's header instead.
        ws.print_area = f"A3:{get_column_letter(last)}{notes_row}"
        ws.oddHeader.center.text = f"&B&14{_header_text(f'{plan.title}·{sheet}')}"
        ws.oddHeader.left.text = f"&9{_header_text(FILLER_LINE.split('填报日期')[0])}"
        ws.oddHeader.right.text = "&9填报日期：　　年　　月　　日　　第 &P 页"
        ws.page_margins.top = 1.1


def _write_indicators(wb: Workbook, plan: MergePlan, forms: dict[str, Form]) -> None:
    cols = plan.sheet_columns(INDICATORS)
    if not cols:
        return
    ws = wb.create_sheet(INDICATORS)
    width = 3 + len(plan.periods)
    twins = {col.key: twin for col in cols if (twin := plan.twin(col)) is not None}
    drawn = width + (1 if twins else 0)  # (a 填写说明 column where a figure is asked on a 村（社区） sheet too)
    put(ws.cell(1, 1), f"{plan.title}·{INDICATORS}").font = Font(bold=True, size=16)
    ws.cell(1, 1).alignment = CENTER
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=drawn)
    asked_every = {forms[f.form_id].frequency for col in cols for f in col.sources if f.form_id in forms}
    put(ws.cell(2, 1), f"填报单位（盖章）：　　　　乡（镇）　　　　村（社区）　　　　报告期：{_report_period_blank(asked_every)}")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=drawn)
    for c, text in enumerate(["指标名称", "计量单位", "代码", *plan.periods, *(["填写说明"] if twins else [])], start=1):
        _box(put(ws.cell(3, c), text), bold=True, fill=True)
    for c, text in enumerate(["甲", "乙", "丙", *(str(n) for n in range(1, len(plan.periods) + 1)),
                              *(["丁"] if twins else [])], start=1):
        _box(put(ws.cell(4, c), text))
    parent_of = {col.concept.id: col.parent for col in cols}
    name_of = {col.concept.id: col.name for col in cols}
    for n, col in enumerate(cols, start=1):
        depth, above = 0, parent_of.get(col.parent or "")
        while above and depth < 4:  # 其中 of a 其中 stands further in, as the department's table has it
            depth, above = depth + 1, parent_of.get(above)
        name = f"{'　　' * (depth + 1)}其中：{_own_words(col.name, name_of.get(col.parent or '', ''))}" \
            if col.parent else col.name
        if col.unit == "代码":
            name += _codes_shown(col)
        cell = put(ws.cell(col.position, 1), name)
        _box(cell)
        cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
        twin = twins.get(col.key)
        twin_note = f"同{_twin_place(twin)}，填一处即可" if twin is not None else ""
        if (lines := max(text_lines(name, _INDICATOR_NAME_WIDTH), text_lines(twin_note, _TWIN_NOTE_WIDTH))) > 1:
            ws.row_dimensions[col.position].height = LINE_HEIGHT * lines  # (a long name wrapped, not over the next row)
        cell.comment = Comment(safe_value(_source_note(col, forms) + _twin_note(twin)), "yitaobiao",
                               width=320, height=120)
        _box(put(ws.cell(col.position, 2), col.unit or ""))
        _box(put(ws.cell(col.position, 3), f"{n:02d}"))
        for c in range(4, width + 1):
            _box(ws.cell(col.position, c))
        if twins:
            # The same village figure is a column of a 村（社区） sheet too: said on the row, where the cadre looks, not
            # only in the 说明 sheet (wf22: 51 items seemed asked twice)
            _box(put(ws.cell(col.position, drawn), twin_note))
            ws.cell(col.position, drawn).alignment = Alignment(vertical="center", wrap_text=True)
            if twin is not None:
                for c in range(4, width + 1):
                    ws.cell(col.position, c).fill = TWIN_FILL
    last_row = max(c.position for c in cols)
    validation = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                                showErrorMessage=True, error="请填写不小于 0 的数值。", errorTitle="数值有误")
    ws.add_data_validation(validation)
    # (a figure only: 灾害种类 and 灾害发生时间 asked above a 快报's table are a word and a day — u160)
    figures = [col.position for col in cols if col.rule == "number" or col.rule is None and col.unit]
    for start, end in _runs(figures):
        validation.add(f"D{start}:{get_column_letter(width)}{end}")
    for col in cols:
        # (wf55: 「发文成立单位扶贫领导小组（1.是 2.否）」 offered no list; the cadre picks the answer, split writes the
        # code the department's row asks)
        codes = next((found for f in col.sources if (found := code_list(f.label))), {})
        words = [word for word in codes if re.fullmatch(r"[^,，\"]{1,12}", word)]
        if col.unit == "代码" and len(words) >= 2 and sum(map(len, words)) + len(words) < 250:
            answers = DataValidation(type="list", formula1='"' + ",".join(words) + '"', allow_blank=True,
                                     showErrorMessage=True, errorStyle="warning", errorTitle="不在下拉列表中",
                                     error=f"请选择：{'、'.join(words)}（也可填代码）。")
            ws.add_data_validation(answers)
            answers.add(f"D{col.position}:{get_column_letter(width)}{col.position}")
    put(ws.cell(last_row + 1, 1), "单位负责人：　　　　统计负责人：　　　　填表人：　　　　联系电话：　　　　报出日期：　　年　　月　　日")
    ws.merge_cells(start_row=last_row + 1, start_column=1, end_row=last_row + 1, end_column=drawn)
    ws.column_dimensions["A"].width = _INDICATOR_NAME_WIDTH
    for c in range(2, width + 1):
        ws.column_dimensions[get_column_letter(c)].width = 12
    if twins:
        ws.column_dimensions[get_column_letter(drawn)].width = _TWIN_NOTE_WIDTH
    ws.freeze_panes = "B5"
    _print_setup(ws, "3:4", landscape=False)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Consecutive rows as (first, last) runs: 5, 6, 7, 9 → (5, 7), (9, 9)."""
    runs: list[tuple[int, int]] = []
    for row in sorted(rows):
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


_INDICATOR_NAME_WIDTH = 40
_TWIN_NOTE_WIDTH = 36
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
        if col.rule == "list" and col.lenient:
            dv = DataValidation(type="list", formula1=_list_source(ws.parent, col), allow_blank=True,
                                showErrorMessage=True, errorStyle="warning", errorTitle="不在下拉列表中",
                                error="下拉选项取自一张报表的代码表；其他写法点“是”保留，分发时会提示核对。")
        elif col.rule == "list":
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
        elif col.rule == "number":
            dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                                showErrorMessage=True, error="请填写不小于 0 的数值。", errorTitle="数值有误")
        else:
            continue  # a code (合同编号, 联系电话, 林权证号) is text as written: 「BS-LZ-2025-007」 is no number
        ws.add_data_validation(dv)
        dv.add(ref)


def _instructions(cols: list[Column], plan: MergePlan, sheet: str) -> str:
    units = "；".join(f"{_label(c)}" for c in cols if c.unit)
    record = cols[0].record if cols else sheet
    lines = ["填表说明：", f"1. 本表由村（社区）填报，{_one_record(record) or '一条记录一行'}；各部门需要的数据由本表统一采集，不再另行填报。"]
    if record != sheet:
        # The first part holds the identifying columns the later parts repeat: every part names the same ones.
        identity = dict.fromkeys(c.name for c in plan.columns if c.record == record and c.joins)
        lines.append(f"{len(lines)}. “{record}”的数据项较多，分为几张表填写；每张表都先填{'、'.join(identity) or '识别信息'}，"
                     "同一条记录在各表中的这几项须一致。")
    if units:
        lines.append(f"{len(lines)}. 计量单位：{units}。")
    rules = []
    if any(c.rule == "id" for c in cols):
        rules.append("公民身份号码填写 18 位")
    if any(c.rule == "code" for c in cols):
        rules.append("账号、编号、代码、电话等按文本填写，不要改成数字格式")
    if any(c.rule == "date" for c in cols):
        rules.append("日期格式为 YYYY-MM-DD")
    if any(c.rule == "list" for c in cols):
        rules.append("带下拉列表的项从列表中选择")
    if any(c.rule == "number" for c in cols):
        rules.append("数值项不得为负数")
    if rules:
        lines.append(f"{len(lines)}. 校验规则：{'；'.join(rules)}。")
    if any(c.selects for c in cols):
        lines.append(f"{len(lines)}. “{GROUP_THEME}”各列填“是”或“否”：记录属于哪个对象群体（是否低保对象等）、"
                     "应列入哪张报表（是否纳入××表），就在该列填“是”，记录只填入这些报表；"
                     "未设这类列的报表，按记录是否填写了该表特有的数据项接收记录。")
    heads = [c.name for c in plan.columns
             if c.record == record and not c.joins and c.concept.standard_name in HOUSEHOLD_KEY_NAMES]
    if record == PERSONS and heads and any(row.member or row.slot for row in plan.mapping):
        # (wf31: with 户主姓名 left blank every card listing a household came out with no members, and nothing in the
        # 一套表 had said so)
        # (wf133: told to give one household one 户编号, the cadre made up D-H001, and 乡村振兴局's form, whose 户编号 is
        # its own register's number, got it: the head's ID number or name says the household as well, and is known)
        known = sorted(heads, key=lambda name: next((n for n, key in enumerate(_HEAD_KEYS_TO_ASK) if name in key),
                                                     len(_HEAD_KEYS_TO_ASK)))
        numbered = [name for name in heads if C.squash(name) in HOUSEHOLD_KEYS[0][0]]
        lines.append(f"{len(lines)}. 同一户的人请填相同的“{'”或“'.join(known[:2])}”（户主本人也填）：回填“户内成员”“家庭成员情况”"
                     "等栏目时，据此列出同户的人。"
                     + (f"“{numbered[0]}”请照部门编的号填写，不要自编。" if numbered else ""))
    names = {c.concept.name for c in cols}
    conflicts = [c for c in plan.conflicts if c.concept in names]
    if conflicts:
        lines.append(f"{len(lines)}. 已统一口径：" + "；".join(f"{c.concept}统一按{c.merged_unit}填报" for c in conflicts) + "。")
    return "\n".join(lines)


FILLER_LINE = "填报单位（盖章）：　　　　乡（镇）　　　　村（社区）　　　　填报日期：　　年　　月　　日"


def _report_period_blank(frequencies: set[Frequency | None]) -> str:
    """The blank of the report period, for the most often filled of the forms a sheet serves: a sheet of quarterly
    tables asks its 季度, not a month (wf145: 「报告期：年 月」 over the 季报's figures)."""
    for often, blank in ((Frequency.DAILY, "　　年　　月　　日"), (Frequency.WEEKLY, "　　年　　月　　日"),
                         (Frequency.MONTHLY, "　　年　　月"), (Frequency.QUARTERLY, "　　年第　　季度"),
                         (Frequency.HALF_YEARLY, "　　年上/下半年"), (Frequency.YEARLY, "　　年度")):
        if often in frequencies:
            return blank
    return "　　年　　月"


def _header_text(text: str) -> str:
    """Text for a printed page header: 「&」 starts a header code, so a literal one is doubled."""
    return safe_value(text).replace("&", "&&")


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
               "一套表表头", "一套表单位", "换算（一套表值×系数=原表值）", "槽位", "匹配可信度"]
    write_header(ws, 1, headers)
    write_rows(ws, 2, [
        [row.form.department, row.form.title, row.field.path, row.field.sheet, row.field.cell, row.field.shown_label,
         row.field.shown_path, row.field.unit or "", row.column.sheet, row.column.cell,
         _label(row.column), row.column.unit or "", row.factor, row.slot or "", round(row.field.confidence, 2)]
        for row in plan.mapping
    ], last=True)
    set_widths(ws, [12, 30, 34, 10, 8, 20, 30, 8, 10, 10, 18, 10, 14, 6, 10])
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:O{len(plan.mapping) + 1}"
    print_wide(ws)


def _write_about(wb: Workbook, plan: MergePlan) -> None:
    ws = wb.create_sheet("说明")
    summary = headline(plan.result)
    included = {report_key(row.form) for row in plan.mapping}
    rows: list[list[object]] = [
        ["一套表", plan.title], ["生成日期", plan.created.strftime("%Y-%m-%d")],
        # (wf23: the notice's 「报表由43张压减为29张」 and this sheet's 「纳入一套表 36 张」 read as a contradiction)
        ["来源", f"{summary.departments} 个部门 {summary.forms} 张报表，纳入一套表 {len(included)} 张（其数据项都在本表中"
                 "采集一次、分发回各表；通报中的“取消”“整合”是指这些报表今后可不再单独下发）"],
        # (wf29: 「一套表数据项数 437」 beside sheets holding 308 items: the notice's count takes in the forms left
        # out below too; what the 一套表 itself asks is counted apart)
        ["原数据项（字段）数（全部报表）", summary.fields], ["去重后数据项数（全部报表，同通报）", summary.concepts],
        ["一套表采集数据项数", _items_asked(plan)],
        ["数据项重复率（合并前）", f"{summary.duplicate_rate * 100:.1f}%"],
        # (wf36: 1108 here against the notice's 922: what the 一套表 saves is counted over the periodic 报表)
        ["减少重复填报项数（定期报表，同通报）", headline(plan.result, periodic=True).items_saved],
    ]
    for sheet in plan.sheets():
        cols = plan.sheet_columns(sheet)
        what = f"{len(cols)} 项" if sheet == INDICATORS else f"{len(cols)} 列，{_one_record(cols[0].record)}"
        rows.append([f"工作表：{sheet}", what])
    twins = [c for c in plan.sheet_columns(INDICATORS) if plan.twin(c)]
    if twins:
        names = "、".join(c.name for c in twins[:6]) + (f"等 {len(twins)} 项" if len(twins) > 6 else "")
        rows.append(["一处填写", f"{names}在“{VILLAGES}”表和“{INDICATORS}”表中都有：本村只需在其中一处填写，"
                                 "分发时两处互补（两处都填且不一致时，各按其处填写的值回填）。"
                                 f"“{INDICATORS}”表中这些行以浅蓝底标出，“填写说明”列写明其在村表中的位置。"])
    for conflict in plan.conflicts:
        detail = "；".join(f"{unit}：{'、'.join(dict.fromkeys(titles))}" for unit, titles in conflict.units.items())
        rows.append([f"口径不一致：{conflict.concept}", f"统一按{conflict.merged_unit}；{detail}"])
    forms_left = [x for x in plan.left_out if not x.label]
    if forms_left:
        rows.append(["未纳入的报表", "以下报表不在一套表中填报（原因见各行）；按需填报的文书需要时运行 "
                                     "yitaobiao merge --include-on-demand。"])
        rows.extend([x.department, f"《{x.title}》 {x.path}：{x.reason}"] for x in forms_left)
    fields_left = [x for x in plan.left_out if x.label]
    if fields_left:
        rows.append(["未纳入的表头", "以下表头不是需要填写的数据项（句子、签字盖章栏、日期用字、预印的值），未列入一套表："])
        rows.extend([x.department, f"《{x.title}》“{x.label}”：{x.reason}"] for x in fields_left)
    rows.append(["来源报表", ""])
    for form in plan.result.forms:
        sheet = plan.record_sheet_of.get(form.id, "—") if form.id in plan.record_sheet_of else "未纳入"
        rows.append([form.department, f"《{form.title}》 {form.path}［{form.sheet}］，{len(form.fields)} 项 → {sheet or INDICATORS}"])
    write_notes(ws, rows)


def _items_asked(plan: MergePlan) -> str:
    """The items the 一套表 asks, those of the departments' forms told from the columns it adds to place records on
    them (是否… ticks) and to join them (户主姓名 on a member's row): wf148 read 107 here against the notice's 97."""
    # (by item: 姓名 printed again on a later themed sheet to join its rows is the forms' 姓名 all the same)
    columns = [col for sheet in plan.sheets() for col in plan.sheet_columns(sheet)]
    asked = {col.concept.id for col in columns}
    ticks = {col.concept.id for col in columns if col.selects}
    joining = asked - ticks - {col.concept.id for col in columns if col.sources}
    added = "，".join(part for part in (f"{len(ticks)} 列勾选所属群体或报表" if ticks else "",
                                         f"{len(joining)} 列关联记录（如户主姓名）" if joining else "") if part)
    forms = len(asked) - len(ticks) - len(joining)
    return f"{len(asked)}（各报表的数据项 {forms} 项；另有 {added}）" if added else str(len(asked))


def write_merged(plan: MergePlan, path: Path) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    forms = plan.result.form_index()
    for sheet in plan.sheets():
        if sheet == INDICATORS:
            _write_indicators(wb, plan, forms)
        else:
            _write_record_sheet(wb, plan, sheet, forms)
    _write_mapping_sheet(wb, plan)
    _write_about(wb, plan)
    if CODE_SHEET in wb.sheetnames:  # (hidden lists after what the cadre reads, not between the record sheets)
        wb.move_sheet(CODE_SHEET, len(wb.sheetnames) - 1 - wb.sheetnames.index(CODE_SHEET))
    embed(wb, build_mapping(plan))
    wb.properties.creator = "yitaobiao"
    wb.properties.created = wb.properties.modified = plan.created
    path.parent.mkdir(parents=True, exist_ok=True)
    save(wb, path)


def build_mapping(plan: MergePlan) -> Mapping:
    """The mapping split follows back (一套表.mapping.json, and a hidden sheet of the workbook); built once
    per plan."""
    if plan.built_mapping is None:
        plan.built_mapping = _build_mapping(plan)
    return plan.built_mapping


def _build_mapping(plan: MergePlan) -> Mapping:
    items = [MappingItem(key=col.key, concept=col.concept.id, name=_label(col), sheet=col.sheet, position=col.position,
                         cell=col.cell, unit=col.unit, theme=col.theme, rule=col.rule, options=list(col.options),
                         parent=col.parent, selects=col.selects, record=col.record, joins=col.joins,
                         standard=col.concept.machine_name)
             for col in plan.columns]
    fields = [MappingField(field=row.field.id, form=row.form.id, item=row.column.key, concept=row.column.concept.id,
                           department=row.form.department, form_title=row.form.title, path=row.field.path,
                           sheet=row.field.sheet, cell=row.field.cell, label=row.field.label, layout=row.form.layout,
                           unit=row.field.unit, factor=row.factor, slot=row.slot,
                           confidence=round(row.field.confidence, 4), header_path=list(row.field.header_path),
                           options=list(row.field.options), choices=list(row.field.choices), member=row.member)
              for row in plan.mapping]
    forms = [MappingForm(id=form.id, path=form.path, sheet=form.sheet, department=form.department, title=form.title,
                         layout=form.layout, format=form.source_format, data_start_row=form.data_start_row,
                         header_rows=list(form.header_rows) if form.header_rows else None,
                         period_positions=dict(form.period_positions),
                         subject=form.subject.value if form.subject else None, population=form.population,
                         kind=form.kind.value if form.kind else None, record_sheet=plan.record_sheet_of[form.id],
                         selector=plan.selector_of.get(form.id),
                         register_kind=plan.kinds_of[form.id][0] if form.id in plan.kinds_of else None,
                         register_kinds=plan.kinds_of[form.id][1] if form.id in plan.kinds_of else [])
             for form in plan.result.forms if form.id in plan.record_sheet_of]
    return Mapping(title=plan.title, created=plan.created.isoformat(), forms_root=plan.result.root,
                   periods=list(plan.periods), header_row=HEADER_ROW, items=items, fields=fields, forms=forms,
                   unit_conflicts=[{"concept": c.concept, "units": c.units, "merged_unit": c.merged_unit}
                                   for c in plan.conflicts],
                   left_out=[{"department": x.department, "title": x.title, "path": x.path, "label": x.label,
                              "reason": x.reason} for x in plan.left_out])
