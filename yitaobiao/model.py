"""Small data classes shared by every stage: grids, forms, fields, concepts, findings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from enum import StrEnum
from functools import cached_property, lru_cache
from operator import attrgetter

from .cells import as_printed


class Layout(StrEnum):
    """How a form lays out its data items (the value compares equal to the plain string)."""

    LIST = "list"  # 花名册/台账: one record a row under a (multi-level) header
    INDICATOR = "indicator"  # 统计表: indicator rows × period columns
    CARD = "card"  # 登记表/申请表: labels with blank cells beside them


class Subject(StrEnum):
    """What one row (list) or one card describes: the record a form is about."""

    PERSON = "person"
    HOUSEHOLD = "household"
    PLACE = "place"  # 村（社区）/乡镇
    ORGANISATION = "organisation"  # 单位/组织/企业
    EVENT = "event"  # 项目/事件/案件/发放
    AGGREGATE = "aggregate"  # 汇总表 of indicators

    @property
    def label(self) -> str:
        return _SUBJECT_LABELS[self]


_SUBJECT_LABELS = {
    Subject.PERSON: "人", Subject.HOUSEHOLD: "户", Subject.PLACE: "村（社区）", Subject.ORGANISATION: "单位",
    Subject.EVENT: "项目/事件", Subject.AGGREGATE: "汇总表",
}


class FormKind(StrEnum):
    """A periodic report (月报/季报/年报, 台账, 花名册, 统计表) or an on-demand document (证明, 申请表 …)."""

    PERIODIC = "periodic"
    ON_DEMAND = "on_demand"

    @property
    def label(self) -> str:
        # (「报表」, not 「定期」: beside a 频次 of 不定期 the clerk read 「定期 | 不定期*」 as a contradiction — u316, u318, u320)
        return "报表" if self is FormKind.PERIODIC else "按需文书"


FREQUENCY_UNSTATED = "未注明"  # a form's frequency_source when nothing on it says how often it is filled


class Frequency(StrEnum):
    """How often a form is filled."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"
    IRREGULAR = "irregular"

    @property
    def label(self) -> str:
        return _FREQUENCY_LABELS[self]

    @property
    def times_per_year(self) -> int:
        """Fills a year; an irregular form counts once."""
        return _FREQUENCY_TIMES[self]


_FREQUENCY_LABELS = {
    Frequency.DAILY: "日报", Frequency.WEEKLY: "周报", Frequency.MONTHLY: "月报", Frequency.QUARTERLY: "季报",
    Frequency.HALF_YEARLY: "半年报", Frequency.YEARLY: "年报", Frequency.IRREGULAR: "不定期",
}
_FREQUENCY_TIMES = {
    Frequency.DAILY: 365, Frequency.WEEKLY: 52, Frequency.MONTHLY: 12, Frequency.QUARTERLY: 4,
    Frequency.HALF_YEARLY: 2, Frequency.YEARLY: 1, Frequency.IRREGULAR: 1,
}


def column_letter(col: int) -> str:
    """0-based column index → Excel letters (0 → A, 26 → AA)."""
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def a1(row: int, col: int) -> str:
    """0-based (row, col) → A1 address."""
    return f"{column_letter(col)}{row + 1}"


_A1_RE = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d+)$")


@lru_cache(maxsize=1 << 14)  # header cells (C4, D4 …) recur on every form
def parse_a1(address: str) -> tuple[int, int]:
    """A1 address → 0-based (row, col)."""
    match = _A1_RE.match(address.strip())
    if not match:
        raise ValueError(f"not an A1 address: {address!r}")
    col = 0
    for ch in match.group(1).upper():
        col = col * 26 + ord(ch) - 64
    return int(match.group(2)) - 1, col - 1


# Bounds of the part of a sheet that layout recognition looks at.
MERGE_REACH = 50  # rows/columns a merged range may add beyond the cells that hold text
MAX_GRID_COLS = 2000
# Written into the document properties (keywords, 「标记」 in Excel and Word) of every file the tool writes, so
# that a scan run where its outputs lie (the forms folder itself) does not read them back as templates.
OUTPUT_MARK = "yitaobiao 生成"
# The note split leaves in a folder it made: a CSV copy cannot carry OUTPUT_MARK, so the folder says it.
OUTPUT_FOLDER_NOTE = "本文件夹由一套表工具生成.txt"
MAX_MERGES = 20000
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Text without control characters (and lone surrogates), which no workbook may hold."""
    return _CONTROL_RE.sub("", text) if text else text


@dataclass(frozen=True, slots=True)
class CellRange:
    """An inclusive, 0-based rectangle of cells (a merged range)."""

    top: int
    left: int
    bottom: int
    right: int

    @property
    def height(self) -> int:
        return self.bottom - self.top + 1

    @property
    def width(self) -> int:
        return self.right - self.left + 1

    def ref(self) -> str:
        if self.height == 1 and self.width == 1:
            return a1(self.top, self.left)
        return f"{a1(self.top, self.left)}:{a1(self.bottom, self.right)}"


@lru_cache(maxsize=1 << 14)
def single_cell(row: int, col: int) -> CellRange:
    """The range of one cell. Building a frozen range costs more than a cache look-up, ranges cannot change,
    and the same header positions recur on every form: the cells share their ranges."""
    return CellRange(row, col, row, col)


@dataclass
class Grid:
    """One sheet (or Word table) as text cells with its merged ranges.

    ``rows`` holds only the top of the sheet that layout recognition needs; ``total_rows`` is the
    sheet's real height so that a 100,000-row filled sheet can be reported without being loaded.
    """

    path: str
    sheet: str
    rows: list[list[str]]
    merges: list[CellRange] = field(default_factory=list)
    hidden: bool = False
    hidden_rows: frozenset[int] = frozenset()
    hidden_cols: frozenset[int] = frozenset()
    total_rows: int = 0
    source_format: str = "xlsx"
    context: list[str] = field(default_factory=list)  # text around a Word table (title paragraphs)
    trailing: list[str] = field(default_factory=list)  # a Word table's paragraphs after it, before the next table
    column_choices: dict[int, list[str]] = field(default_factory=dict)  # 0-based column → its drop-down list
    choice_list: bool = False  # the sheet holds another sheet's drop-down lists (外出地点, 流动原因)
    listed_from_top: set[int] = field(default_factory=set)  # columns a drop-down takes from row 1: no header row
    # rows a drop-down takes across (「代码!$B$2:$G$2」) → the first column taken: the list's name stands before it
    listed_across: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.sheet = clean_text(self.sheet)
        for row in self.rows:
            if _CONTROL_RE.search("".join(row)):  # one search a row: control characters are rare
                for c, text in enumerate(row):
                    if text and _CONTROL_RE.search(text):
                        row[c] = clean_text(text)
        width = max((len(r) for r in self.rows), default=0)
        # A merged range implies its cells exist even where the file stores no value for them, but the
        # grid is bounded by the cells actually present: a range (or a claimed dimension) reaching to
        # XFD1048576 must not make a grid of billions of cells.
        if self.merges and self.rows:
            height_cap, width_cap = len(self.rows) + MERGE_REACH, min(width + MERGE_REACH, MAX_GRID_COLS)
            kept = []
            for m in self.merges[:MAX_MERGES]:
                if m.top < height_cap and m.left < width_cap and m.bottom >= m.top and m.right >= m.left:
                    inside = m.bottom < height_cap and m.right < width_cap
                    kept.append(m if inside else
                                CellRange(m.top, m.left, min(m.bottom, height_cap - 1), min(m.right, width_cap - 1)))
            self.merges = kept
        if self.merges and self.rows:
            reach = max(m.bottom for m in self.merges) + 1
            if len(self.rows) < reach:
                self.rows.extend([] for _ in range(reach - len(self.rows)))
            width = max(width, max(m.right for m in self.merges) + 1)
        for row in self.rows:
            if len(row) < width:
                row.extend([""] * (width - len(row)))
        if not self.total_rows:
            self.total_rows = len(self.rows)

    @property
    def height(self) -> int:
        return len(self.rows)

    @property
    def width(self) -> int:
        return len(self.rows[0]) if self.rows else 0

    @cached_property
    def _merge_owner(self) -> dict[tuple[int, int], CellRange]:
        owner: dict[tuple[int, int], CellRange] = {}
        last_row, last_col = self.height - 1, self.width - 1
        for rng in self.merges:  # a later range overlapping an earlier one owns the cells they share
            cols = range(rng.left, min(rng.right, last_col) + 1)
            for r in range(rng.top, min(rng.bottom, last_row) + 1):
                for c in cols:
                    owner[r, c] = rng
        return owner

    def merge_at(self, row: int, col: int) -> CellRange | None:
        """The merged range covering (row, col), or None where no merge does."""
        return self._merge_owner.get((row, col))

    def span(self, row: int, col: int) -> CellRange:
        """The range covering (row, col): its merge, or the cell alone."""
        return self._merge_owner.get((row, col)) or single_cell(row, col)

    def anchor(self, row: int, col: int) -> tuple[int, int]:
        """Top-left cell of the merge covering (row, col), or the cell itself."""
        rng = self._merge_owner.get((row, col))
        return (rng.top, rng.left) if rng else (row, col)

    def text(self, row: int, col: int) -> str:
        """Text shown at (row, col): a merged range shows its top-left value everywhere."""
        if row >= self.height or col >= self.width:
            return ""
        r, c = self.anchor(row, col)
        return self.rows[r][c]

    def is_anchor(self, row: int, col: int) -> bool:
        return self.anchor(row, col) == (row, col)


@dataclass(slots=True)
class Finding:
    """Something about an input worth telling the clerk (not a crash): skipped file, hidden sheet …"""

    code: str
    path: str
    message: str
    sheet: str | None = None
    cell: str | None = None
    detail: str = ""  # technical detail for the log and --debug, never shown to the clerk by default

    def to_dict(self) -> dict[str, str | None]:
        return {"code": self.code, "path": self.path, "sheet": self.sheet, "cell": self.cell,
                "message": self.message}


@dataclass(slots=True)  # tens of thousands per scan: slots halve their memory and their pickling between processes
class Field:
    """One data item a cadre fills in on one form."""

    id: str
    form_id: str
    path: str
    sheet: str
    cell: str
    label: str
    header_path: list[str]
    unit: str | None = None
    clean_label: str = ""
    hidden: bool = False
    slot: int | None = None  # repeated slot of one group (成员1, 成员2 …), 1-based
    concept_id: str | None = None
    confidence: float = 1.0
    department: str = ""
    form_title: str = ""
    code: str | None = None  # 代码/行次 of an indicator row
    options: list[str] = field(default_factory=list)  # □男 □女 choices printed beside the label
    label_key: str = ""  # role|normalised label: what review decisions refer to
    role: str | None = None  # whose data the field asks for (户主, 监护人 …); None: the record's own
    choices: list[str] = field(default_factory=list)  # the template's own drop-down list over the field's column

    @property
    def context(self) -> list[str]:
        """Group headers above the field's own label."""
        return self.header_path[:-1]

    @property
    def shown_label(self) -> str:
        """The label as listed for a clerk (its cell's stretching spaces and line breaks gone)."""
        return as_printed(self.label)

    @property
    def shown_path(self) -> str:
        """「生猪 › 其中 › 仔猪」: the header path as listed for a clerk."""
        return " › ".join(as_printed(part) for part in self.header_path)

    def __reduce__(self) -> tuple[type[Field], tuple[object, ...]]:
        # Sent from the reading workers by the ten thousand: positional values pickle in half the time of
        # the name → value state a slotted dataclass gives by default.
        return Field, _field_values(self)


@dataclass
class Form:
    """One sheet of one template file, recognised as a form."""

    id: str
    path: str
    sheet: str
    title: str
    department: str
    layout: Layout
    fields: list[Field] = field(default_factory=list)
    unit: str | None = None
    period: str | None = None
    reporting_unit: str | None = None
    header_rows: tuple[int, int] | None = None  # 0-based first and last header row (list forms)
    data_start_row: int | None = None  # 0-based first row where records / values go
    period_columns: list[str] = field(default_factory=list)
    period_positions: dict[str, int] = field(default_factory=dict)  # period column name → 0-based column
    source_format: str = "xlsx"
    subject: Subject | None = None  # what one row / card describes
    population: str | None = None  # target group the report covers (低保对象, 困境儿童 …)
    kind: FormKind | None = None
    frequency: Frequency | None = None
    frequency_source: str = ""  # where the frequency was read: 标题, 填报说明, 表头 … or 未注明
    # registers stacked in one table: 0-based first header row → the line heading it (基础型 | 增强型 商贸中心)
    register_headings: dict[int, str] = field(default_factory=dict)
    # the rows are printed categories (合计 | 涉及户数, 其中：洪涝地质灾害 | 涉及人数 …) that no column names
    category_rows: bool = False

    def __reduce__(self) -> tuple[type[Form], tuple[object, ...]]:
        return Form, _form_values(self)


_field_values = attrgetter(*(f.name for f in fields(Field)))
_form_values = attrgetter(*(f.name for f in fields(Form)))


@dataclass
class Concept:
    """A data item: the fields of all forms that ask for the same thing."""

    id: str
    name: str
    field_ids: list[str]
    confidence: float = 1.0
    unit: str | None = None
    reasons: list[str] = field(default_factory=list)
    confirmed: bool = False  # a person confirmed it in the review workbook
    machine_name: str = ""  # the name the matcher gave it, when the clerk renamed it in the review

    @property
    def standard_name(self) -> str:
        """The name the tool's own rules know the item by (所属村, 姓名): the clerk's 「所在村（社区）」 is shown, and the
        item is still the village (wf56: renamed, two village tables became county roll-ups and the 一套表's rows
        lost their village)."""
        return self.machine_name or self.name


@dataclass
class NearMiss:
    """Two data items that almost matched (label keys of one field each): worth a person's look."""

    a: str
    b: str
    score: float
    reasons: list[str]


@dataclass
class ScanResult:
    """Everything one scan found: the catalogue the later commands work from."""

    root: str
    forms: list[Form]
    findings: list[Finding] = field(default_factory=list)
    concepts: list[Concept] = field(default_factory=list)
    files_read: int = 0
    files_skipped: int = 0
    files_failed: int = 0
    near_misses: list[NearMiss] = field(default_factory=list)
    code_lists: dict[str, list[str]] = field(default_factory=dict)  # from hidden 代码表 sheets: 性别 → 男, 女
    code_list_paths: dict[str, list[str]] = field(default_factory=dict)  # 性别 → the files whose code sheet has it
    region: str = ""  # the county or city the clerk's notice names (--region, or read off the titles)

    @property
    def fields(self) -> list[Field]:
        return [f for form in self.forms for f in form.fields]

    def field_index(self) -> dict[str, Field]:
        return {f.id: f for f in self.fields}

    def form_index(self) -> dict[str, Form]:
        return {f.id: f for f in self.forms}
