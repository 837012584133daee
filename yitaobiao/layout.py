"""Layout recognition: a grid → the form it holds (title, metadata and the fields a cadre fills in).

Three layouts occur in practice:

* **list** (花名册 / 台账): a band of header rows, possibly several levels of merged group headers,
  above blank record rows. Every leaf header is a field; its header path runs through its groups.
* **indicator** (统计表): a 指标名称 | 计量单位 | 代码 | 本期 … header; every indicator row is a field,
  「其中：」 and indented rows are children of the indicator above; period columns are not fields.
* **card** (登记表 / 申请表): label cells next to blank value cells; section rows and vertically merged
  side labels (基本情况, 监护人情况) give the labels their context.

A sheet is read top-down as a sequence of segments, so a Word 证明 with a member list followed by a
card part yields both.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from . import cells as C
from .model import CellRange, Grid, Layout, single_cell

TITLE_WORDS = ("表", "册", "账", "单", "证明", "名单", "清单", "登记", "情况", "信息", "统计", "台帐", "目录", "卡",
               "回复", "复函", "核查", "查询", "告知书")  # and a department's answer to one case
UNIT_IN_LABEL_RE = re.compile(
    r"[（(]\s*(万元/年|万元/月|万元/人|万元|千元|亿元|元/人[/·•・]月|元/人[/·•・]年|元/公里[/·•・]年|元/公里|元/月|元/年|元/人|元/亩|元|人次|家次|户次|人|户|个|亩|公顷|平方米|㎡|m2|平米|立方米|米|"
    r"公里|千米|吨|百公斤|公斤|千克|斤|次|间|套|辆|台|头|只|岁|周岁|%|％|小时|天|年|月|家|所|座|处|名|元/平方米|万人|万户|万亩|kg|km|"
    # (counted things: 床位（张）, 案件（件）, 船舶（艘）, 培训（期）, 事故（起）)
    r"张|件|条|艘|场次|场|期|栋|幢|起|羽|匹|株|棵|项|块|万吨|万千瓦时|千瓦时|千瓦|平方公里|"
    # (documents and books counted: 签订责任书（份）, 藏书（册）, 图书（本）; wells: 机井（眼）)
    r"份|册|本|眼|"
    # (water works and water quality, GB 5749: 水价（元/吨）, 供水规模（m³/d）, 浊度（NTU）, 菌落总数（CFU/mL）)
    r"元/吨|元/立方米|元/m[3³]|m[3³]/d|立方米/日|吨/日|mg/L|NTU|CFU/mL|MPN/100mL|"
    # a body's measures (GB/T 基本公共卫生服务规范: 身高 cm, 血压 mmHg, 血糖 mmol/L, 出生体重 g)
    r"cm|厘米|mm|毫米|mmHg|mmol/L|kg/m2|kg/㎡|g|克|ml|毫升|次/分钟|次/分|℃|kW|KW|kw|元/千瓦|元/kW|"
    # (geology and relief: 灾害规模（万立方米）, 裂缝长度（m）, 经度（°）, 帐篷（顶）, 棉被（床）; livestock 头/只 — u284, u287)
    r"万立方米|m[3³]|m|°|顶|床|头/只|只/羽)\s*[)）]"
    # (where the label ends, or another note or a mark follows: 「养殖场（户）名称」 names a farm or a household, no unit
    # of a count — u139)
    r"(?=\s*(?:$|[（(*※:：/、，,;；]))"
)
MAX_HEADER_LEVELS = 5
MAX_SIDE_SPAN_EXTRA = 2


@dataclass
class ParsedField:
    row: int
    col: int
    label: str
    header_path: list[str]
    layout: Layout
    unit: str | None = None
    code: str | None = None
    options: list[str] = field(default_factory=list)


@dataclass
class ParsedSheet:
    """What layout recognition found on one grid."""

    layout: Layout
    title: str
    fields: list[ParsedField]
    unit: str | None = None
    period: str | None = None
    reporting_unit: str | None = None
    header_rows: tuple[int, int] | None = None
    data_start_row: int | None = None
    period_columns: list[str] = field(default_factory=list)
    period_positions: dict[str, int] = field(default_factory=dict)  # period column name → 0-based column
    category_rows: bool = False  # the register's rows are printed categories (合计, 其中：洪涝 …), not records
    # 0-based first header row of each register → the line heading it (「二、辖区内共有  个增强型乡镇商贸中心……」)
    register_headings: dict[int, str] = field(default_factory=dict)


@lru_cache(maxsize=1 << 16)  # the same header labels come back on form after form
def unit_in_label(label: str) -> str | None:
    """「家庭年收入（万元）」 → 万元."""
    text = C.squash(label).replace("(", "(").replace(")", ")")
    match = UNIT_IN_LABEL_RE.search(text)
    if match and match.group(1) == "人" and _BODY_OR_PERSON_RE.search(text[:match.start()]):
        return None  # (「收款单位（人）」: the body or the person paid, no count of people — u518)
    if match:
        # (「元/人·月」 is printed as often as 「元/人/月」)
        unit = re.sub(r"[·•・]", "/", match.group(1)).replace("％", "%").replace("㎡", "平方米").replace("平米", "平方米")
        return _METRIC_UNIT_NAMES.get(unit, unit)  # (㎡ is read m2 after NFKC: the clerk sees 平方米)
    return None


_BODY_OR_PERSON_RE = re.compile(r"单位$")
_METRIC_UNIT_NAMES = {"m2": "平方米", "m3": "立方米", "m³": "立方米", "m": "米", "kW": "千瓦", "KW": "千瓦", "kw": "千瓦",
                      "元/kW": "元/千瓦"}
_SPAN_OF_MONTHS_RE = re.compile(r"(?:\d{4}年)?(\d{1,2})月1日(?:起)?[至到—\-~](?:\d{4}年)?(\d{1,2})月(?:2[89]|3[01])日(?:止)?")
_PERIOD_OF_MONTHS = {1: "月报", 3: "季报", 6: "半年报", 12: "年报"}
_QUARTERLY_RE = re.compile(r"季度|季报|[一二三四1-4]季")
# (「普查标准时点：2026年12月31日」, 「2024年11月1日至2025年10月31日」: a day, or a span of days, names no month's report —
# u116)
_MONTHLY_RE = re.compile(r"月报|\d{1,2}月(?!份以)(?!\d{1,2}日)|[1１]-\d{1,2}月|本月|(?:^|\d{4})年_*月(?![_\d]*日)")
_YEARLY_RE = re.compile(r"年报|年度|\d{4}年$|全年|学年|学期")


def period_kind(text: str) -> str | None:
    """月报 / 季报 / 半年报 / 年报 from a title or 报告期 line."""
    s = C.squash(text)
    if span := _SPAN_OF_MONTHS_RE.fullmatch(s):
        # 「统计时段：2026年10月1日至12月31日」: whole months from a first day to a last one (u375: a quarter)
        months = int(span.group(2)) - int(span.group(1)) + 1
        return _PERIOD_OF_MONTHS.get(months)
    if _QUARTERLY_RE.search(s):
        return "季报"
    if "半年" in s:
        return "半年报"
    if _MONTHLY_RE.search(s):
        return "月报"
    if _YEARLY_RE.search(s):
        return "年报"
    return None


class _Sheet:
    """A grid with the row-level questions layout recognition asks of it.

    Recognition asks the same questions of the same rows and columns many times over (every candidate
    header band re-reads the rows below it), so the answers are kept for the life of the sheet.
    """

    def __init__(self, grid: Grid) -> None:
        self.grid = grid
        self.width = grid.width
        self.unmerged = not grid.merges
        # Lists, not dicts: the rows of a grid are few (HEADER_SCAN_ROWS at most) and these are asked most.
        self._texts: list[list[tuple[int, str, CellRange]] | None] = [None] * grid.height
        self._blank: list[bool | None] = [None] * grid.height
        self._closing: dict[int, bool] = {}
        self._choices: dict[int, bool] = {}
        self._edge: int | None = None
        self._stacks: dict[tuple[tuple[int, ...], int], list[tuple[int, int, str]]] = {}
        self._merged_rows = {r for m in grid.merges for r in range(m.top, m.bottom + 1)}
        # Rows holding a photo's box (照片, 相片): few sheets have one, and the card's rows are read without it.
        self.photo_rows = {r for r, row in enumerate(grid.rows) if any(C.is_photo_box(cell) for cell in row)}

    def texts(self, r: int) -> list[tuple[int, str, CellRange]]:
        """Cells whose top-left is in row r and that hold text, left to right: (column, stripped text, range)."""
        found = self._texts[r]
        if found is None:
            found = self._texts[r] = self._row_texts(r)
        return found

    def _row_texts(self, r: int) -> list[tuple[int, str, CellRange]]:
        row = self.grid.rows[r]
        if r not in self._merged_rows:
            # Most rows touch no merge: every cell is its own range, and only cells with text need one.
            return [(c, text, single_cell(r, c)) for c, cell in enumerate(row) if (text := cell.strip())]
        merge_at = self.grid.merge_at
        out = []
        c = 0
        while c < self.width:
            rng = merge_at(r, c)
            if rng is None:
                text = row[c].strip()
                if text:
                    out.append((c, text, single_cell(r, c)))
                c += 1
                continue
            if rng.top == r and rng.left == c:
                text = row[c].strip()
                if text:
                    out.append((c, text, rng))
            c = rng.right + 1 if rng.left <= c else c + 1
        return out

    def text_edge(self) -> int:
        """The rightmost column any text of the sheet reaches."""
        if self._edge is None:
            self._edge = max((t[2].right for n in range(self.grid.height) for t in self.texts(n)), default=0)
        return self._edge

    def is_blank(self, r: int) -> bool:
        blank = self._blank[r]
        if blank is None:
            if r in self._merged_rows:
                # Every cell counts here, also those a merge hides (the texts of row r only hold anchors).
                blank = not any(text.strip() for text in self.grid.rows[r])
            else:
                blank = not self.texts(r)  # every cell is an anchor: the same question, already answered
            self._blank[r] = blank
        return blank

    def bottom(self, r: int, c: int) -> int:
        """Last row of the range covering (r, c): ``grid.span(r, c).bottom`` without building a range."""
        rng = self.grid.merge_at(r, c)
        return r if rng is None else rng.bottom

    def column_stack(self, band: list[int], c: int) -> list[tuple[int, int, str]]:
        """Distinct labels covering column c in the header rows ``band``, top to bottom: (row, col, text).

        Shared between callers (the band is detected, then read for its fields): do not change the list."""
        key = (tuple(band), c)
        stack = self._stacks.get(key)
        if stack is None:
            stack = self._stacks[key] = _column_stack(self, band, c)
        return stack

    def is_choices_row(self, r: int) -> bool:
        """「| 管道气/瓶装液化气/其他 | 有√ 无× | 有√ 无× |」 under a header: the values each column takes, for the
        filler to read; no level of the header (a lone 「姓名/单位」 may be a label, a row of such lists is not)."""
        found = self._choices.get(r)
        if found is None:
            # (「备注：1.各村上报3-5名… 2.…」 across the sheet is the notes, however its points are numbered — wf8)
            # (「化制/深埋/焚烧/发酵 | □是 □否」: a list and boxes to tick, each column's answers — u574)
            kinds = [None if C.is_notes(t) else _choice_kind(t) or ("box" if C.is_option_text(t) else None)
                     for _, t, _ in self.texts(r)]
            # (「香港/澳门/台湾 | 回乡证或台胞证号码 | ①…②… | 是的填“√”」: lists, the papers meant, how to tick, u78)
            # (「村、社区 | 本人或亲属」 under 联系人电话 name whose phone: labels, with no list or how-to among them)
            found = self._choices[r] = bool(kinds) and None not in kinds and any(k in ("list", "how") for k in kinds)
        return found

    def is_colnum_row(self, r: int) -> bool:
        texts = self.texts(r)
        if len(texts) < 2:
            return False
        return all(C.is_colnum(t) for _, t, _ in texts) or _column_letters(t for _, t, _ in texts)

    def is_meta_row(self, r: int) -> bool:
        texts = [t for _, t, _ in self.texts(r)]
        return bool(texts) and (all(_is_meta_text(t) for t in texts) or _is_filler_line(texts))

    def is_closing_row(self, r: int) -> bool:
        """Footer, notes or sign-off rows: nothing in them is a data item."""
        closing = self._closing.get(r)
        if closing is None:
            closing = self._closing[r] = self._is_closing_row(r)
        return closing

    def _is_closing_row(self, r: int) -> bool:
        texts = self.texts(r)
        if not texts:
            return False
        first = texts[0][1]
        if C.is_notes(first) or C.is_footer(first) or C.is_signer_line(first):
            return True
        if len(texts) == 1 and C.squash(first) in _NOTES_HEADINGS and self._numbered_notes_follow(r):
            return True  # 「说明：」 alone over 「1.保障类别填写……」: the heading of the notes
        # (「填表人 | ___ | 审核人（签字） | ___」 closing a Word card: a bare footer key beside a signature — u206)
        return all(_is_closing_text(t) or C.is_footer_key(t) for _, t, _ in texts) \
            and any(_is_closing_text(t) for _, t, _ in texts)

    def _numbered_notes_follow(self, r: int) -> bool:
        for n in range(r + 1, min(r + 3, self.grid.height)):
            texts = self.texts(n)
            if texts:
                return bool(_NUMBERED_SENTENCE_RE.match(C.squash(texts[0][1])))
        return False

    def spans_most(self, rng: CellRange) -> bool:
        return rng.width >= max(2, 0.6 * self.width)


_LETTERS_RE = re.compile(r"^[A-Z]{1,2}$")
_NOTES_HEADINGS = {"说明", "说明:", "注", "注:", "备注:", "附注:", "填表说明:", "注意:"}
_NUMBERED_SENTENCE_RE = re.compile(r"^(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]、).{6,}")


def _column_letters(texts: Iterable[str]) -> bool:
    """「A | B | … | Z | AA | AB」: a row numbering the columns with letters, past Z too. Only a run (nearly) in
    order counts, so that a header of two-letter labels (「QQ」, 「ID」) is not taken for one."""
    numbers = []
    for text in texts:
        s = C.squash(text)
        if not _LETTERS_RE.match(s):
            return False
        numbers.append(sum((ord(ch) - 64) * 26 ** (len(s) - 1 - i) for i, ch in enumerate(s)))
    rising = sum(1 for a, b in zip(numbers, numbers[1:], strict=False) if b > a)
    return len(numbers) >= 3 and rising >= 0.8 * (len(numbers) - 1)  # a slip of the pen (…W, S, Y…) allowed


# Every row of a sheet is asked whether it is a meta line or a closing line: the verdict on a text is cached,
# as are the predicates it combines.
@lru_cache(maxsize=1 << 16)
def _is_meta_text(text: str) -> bool:
    """附件, 填报单位/填报日期, 单位：元 or 2024年 lines above the table."""
    return C.is_attachment(text) or C.is_fill_line(text) or C.is_unit_line(text) or C.is_period_text(text)


_SEAL_RE = re.compile(r"^[（(]?(?:公章|盖章|签章|单位盖章|签字)[）)]?$")


# A card's head line: the body that checks, collects or recommends (检查组, 采集单位, 推荐单位（乡镇科协）,
# 乡镇（街道）人武部) or the card's number, each with its colon and nothing after it but boxes to write in
# (「评估编号：□□□□」, 「登记序号：第    号」) or a note on who fills it (「申请编号：（由系统自动生成）」); the hospital
# reporting a 出生缺陷 card (「医院名称： | 医院编码：□□□□□□□□□」, u175).
# (「经办机构： | 申领日期：  年 月 日」 over a 失业保险金申领登记表: the office that takes the claim — u202)
_HEAD_LINE_RE = re.compile(r"^(?:(?:.{0,8}(?:检查|排查|巡查|调查|采集|登记|核查|走访|推荐|申报|报送|执法|评估|经办|受理)"
                           r"(?:组|单位|机关|机构|部门|中队|大队)|.{0,10}人武部|[\u4e00-\u9fff]{0,4}(?:编号|序号|编码)"
                           r"|(?:医院|医疗机构|接生机构|报告单位)名称"
                           # (「村（社区）： | 排查人： | 排查日期：  年 月 日」 over a 摸底排查登记表: who surveys — u268)
                           r"|(?:检查|排查|巡查|调查|采集|登记|核查|走访|摸排|摸底|普查)(?:人|人员|员))"
                           r"(?:[（(][^）)]{1,8}[）)])?[:：](?:[□☐_]*|[（(][^）)]*[）)]|第_*号)|No\.?)$", re.IGNORECASE)


_PLACE_KEY_RE = re.compile(r"^(?:乡镇|镇|乡|街道|村|社区|县|区)(?:\([^()]{1,6}\))?[:：]_*$")
# The day a card is filed, not a day its record holds (检查日期 is when the check was made: an item).
_FILING_DAY_RE = re.compile(r"^(?:申请|申领|申报|登记|报送|填表|填报)(?:日期|时间)[:：]")  # (its blanks: C.DATED_BLANK_RE)


def _is_filler_line(texts: list[str]) -> bool:
    """「学校名称：____ |（公章）| 填表日期：____」, 「填报单位：刘营 | 刘营 | 单位：头、只」: a line that states who fills
    the form and when (a 填报… line with its colon, a seal or a unit) is about the filler, with whatever stands
    beside it: the filler's name, its value or its seal, never a data item of the table."""
    if len(texts) > 4:
        return False
    if len(texts) == 1 and _FILING_DAY_RE.match(day := C.squash(texts[0])) and C.DATED_BLANK_RE.match(day):
        return True  # 「申请日期：    年  月  日」 alone under a card's title: the day the card is handed in
    meta = [t for t in texts if _is_meta_text(t)]
    # (「乡镇（街道）： | 巡查组：」 over a 巡查台账: the town and the team filling it in — u211)
    heads = [t for t in texts if _HEAD_LINE_RE.match(C.squash(t)) or _PLACE_KEY_RE.match(C.squash(t))]
    # (「社区（网格）： | 年　月」 over a 巡查发现登记台账: the community and the month it is filled for — u405)
    if (meta or heads) and len(meta) < len(texts) and all(
            t in meta or t in heads or C.DATED_BLANK_RE.match(C.squash(t)) or _BLANK_YEAR_PERIOD_RE.match(C.squash(t))
            for t in texts):
        # 「编号： | 申请日期：    年  月  日」, 「检查组： | No.」, 「采集单位： | 采集时间： 年 月 日」 over a card: who fills
        # it, its number and its day, written once
        return True
    if not any(C.states_filler(t) or C.is_unit_line(t) for t in meta):
        return False  # a bare 「填报日期」 among labels is a register's column; 「经营截止日期：」 an item of a card
    for text in texts:
        if text in meta:
            continue
        squashed = C.squash(text)
        if not (_SEAL_RE.match(squashed) or squashed.endswith((":", "：")) and len(squashed) <= 30
                or len(squashed) <= 10 and not C.is_option_text(squashed)) or _ASKS_A_DAY_RE.search(squashed):
            # (「申请日期 | ___ | 受理人： | ___」 near a card's foot: a day asked, no filler's name beside its key — u449)
            return False
    return True


_ASKS_A_DAY_RE = re.compile(r"(?:日期|时间)$")


@lru_cache(maxsize=1 << 16)
def _is_closing_text(text: str) -> bool:
    """填报人 footers, notes, sign-offs and fill-in lines below the table."""
    return C.is_footer(text) or C.is_notes(text) or C.is_signoff(text) or C.is_fill_line(text) or C.is_signer_line(text)


# --------------------------------------------------------------------------- top of the sheet
@dataclass
class _Top:
    title: str = ""
    unit: str | None = None
    period: str | None = None
    reporting_unit: str | None = None
    body_start: int = 0


def _looks_like_title(text: str) -> bool:
    s = C.squash(text)
    if any(mark in s for mark in "，。；,;") or s.startswith(("从", "经核查", "经核实", "现将", "兹")):
        return False  # a sentence of the certificate's text, not its title
    if _SEALED_RE.search(s):
        return False  # 「单位名称（电子印章）」 over the date: where the issuer stamps a certificate (wf17)
    return 4 <= len(s) <= 60 and not C.is_non_field_text(text) and any(w in s for w in TITLE_WORDS)


_SEALED_RE = re.compile(r"印章|盖章|公章|签章|签字|签名")
_REPORTING_UNIT_RE = re.compile(
    r"^(?:填报单位|填表单位|报送单位|综合机关名称|填报机关|上报单位)(?:\(盖章\))?[:：]([^:：]*?)"
    r"(?:填[报表](?:时间|日期)|统计时间|截[至止]|$)")  # (「…：　　截至　年　月　日」: a date, no unit — u413)


def _absorb_meta(top: _Top, text: str) -> None:
    s = C.squash(text)
    if C.is_unit_line(text) or "单位:" in s and not s.startswith(("填报单位", "填表单位", "报送单位")):
        top.unit = top.unit or C.unit_from_line(text)
    match = _REPORTING_UNIT_RE.match(s)
    # (「填报单位：    县（市、区）民政局    2026年  季度」: the period closing the line is no part of the unit — u375)
    closing = _CLOSING_PERIOD_RE.search(match.group(1)) if match else None
    if match and (unit := match.group(1)[:closing.start()] if closing else match.group(1)).strip("_ "):
        top.reporting_unit = top.reporting_unit or unit
    if C.is_period_text(text) or "报告期" in s or _BLANK_YEAR_PERIOD_RE.match(s):
        top.period = top.period or period_kind(text)
    elif key := _PERIOD_KEY_RE.search(s):
        top.period = top.period or period_kind(s[key.end():])  # 「统计时间：2026年　　季度」 (u320)
    elif closing:
        top.period = top.period or period_kind(closing.group())


_CLOSING_PERIOD_RE = re.compile(r"(?:\d{4}|_*)年_*(?:第_*[一二三四1-4]?_*季度|[一二三四1-4]?_*季度|[上下]半年|\d{0,2}_*月份?)_*$")
# (「结算期间：　年　月」 over a 医保结算台账: the month it settles — u399 read 不定期)
_PERIOD_KEY_RE = re.compile(r"(?:统计|报告|报送|结算|填报|登记)(?:时间|时段|期间|区间|月份|周期|期)[:：]")
# 「    年第    季度」 on a 填报单位 line: the period the report covers, its year left blank (u148)
_BLANK_YEAR_PERIOD_RE = re.compile(r"^_*年_*(?:第_*[一二三四1-4]?_*季度?|[上下]半年|_*月)_*$")


def _consume_blank_or_meta(sheet: _Sheet, top: _Top, r: int) -> bool:
    """Blank rows and 填报单位/单位/报告期 lines hold no fields; meta lines feed the form's metadata."""
    if sheet.is_blank(r) or not sheet.texts(r):
        return True
    if sheet.is_meta_row(r):
        for _, text, _ in sheet.texts(r):
            _absorb_meta(top, text)
        return True
    return False


def _read_top(sheet: _Sheet) -> _Top:
    grid = sheet.grid
    top = _Top()
    r = 0
    while r < grid.height:
        if _consume_blank_or_meta(sheet, top, r):
            r += 1
            continue
        texts = sheet.texts(r)
        # (「××县…完成情况表 | 表号：移扶3表」 with 制定机关 and 有效期至 stacked under the number: the title, its
        # number block beside it — u570: every column's header path began with the title and 填报单位)
        titles = [anchor for anchor in texts if not _is_meta_text(anchor[1])] if len(texts) > 1 else texts
        if not top.title and len(titles) == 1 and _is_title_cell(sheet, titles[0]) \
                and (len(texts) == 1 or _looks_like_title(titles[0][1])):
            top.title = titles[0][1]
            for _, text, _ in texts:
                if text != top.title:
                    _absorb_meta(top, text)
            r += 1
            continue
        break
    top.body_start = r
    if not top.title:
        top.title = title_from_context(grid.context)
    if top.title:
        top.period = top.period or period_kind(top.title)
    return top


def _is_title_cell(sheet: _Sheet, anchor: tuple[int, str, CellRange]) -> bool:
    _, text, rng = anchor
    if C.is_section(text) or C.squash(text).endswith((":", "：")):
        return False
    if sheet.grid.source_format == "docx":
        # (「儿童基本情况」 across the first row under a paragraph 「困境儿童基本信息登记表」: the card's first section)
        above = title_from_context(sheet.grid.context)
        if above and C.is_numbered_heading(text) and C.squash(above) != C.squash(text):
            return False  # (「A.3 信息提供者及联系人信息表」 across a table under the document's title: a part of it — u608)
        return _looks_like_title(text) and sheet.spans_most(rng) and (
            not above or C.squash(above) == C.squash(text) or not _SECTION_TITLE_RE.search(C.squash(text)))
    size = len(C.squash(text))
    return (size >= 4 or size >= 2 and any(w in text for w in TITLE_WORDS)) and not C.is_non_field_text(text)


# (「查询申请人」 across the first row under 「不动产登记资料查询申请书」: the party whose rows follow — u395)
_SECTION_TITLE_RE = re.compile(r"(?:情况|信息|资料|概况|(?<=..)(?:人|者|方))$")



def title_from_context(context: list[str]) -> str:
    # (「农村公益性公墓建设用地情况登记表」 over 「一、基本情况」: the document's title, not the part its first table is —
    # u607, u608's tables were named by their parts)
    numbered = [n for n, text in enumerate(context) if C.is_numbered_heading(text)]
    for n in [*(n for n in range(len(context) - 1, -1, -1) if n not in numbered), *reversed(numbered)]:
        text = context[n]
        # 「市不动产登记服务中心:」 heads a letter to that office: an addressee, not the document's title.
        if _looks_like_title(text) and not C.is_option_text(text) and "：" not in text[:12] \
                and not C.squash(text).endswith((":", "：")):
            # 「税务登记表」 over 「（适用单位纳税人）」: the line in brackets says which version of the title it is.
            if _BRACKETED_RE.match(C.squash(text)) and n and _looks_like_title(context[n - 1]):
                return f"{context[n - 1].strip()}{text.strip()}"
            return text.strip()
    # 「天台县公共租赁住房（低收入）」 heading a document's table without a word like 表 or 名单: still its title, rather
    # than the file's code (the first short line standing alone, not a sentence, not a blank to fill).
    for text in context:
        s = C.squash(text)
        if 4 <= len(s) <= 30 and not any(mark in s for mark in ":：，。；,;_") and not C.is_option_text(text) \
                and not C.is_non_field_text(text) and not C.is_fill_line(text):
            return text.strip()
    return ""


# --------------------------------------------------------------------------- indicator forms
def _find_indicator_header(sheet: _Sheet, start: int) -> int | None:
    return next((r for r in range(start, min(start + 6, sheet.grid.height)) if _heads_indicators(sheet, r)), None)


def _heads_indicators(sheet: _Sheet, r: int, named_only: bool = False) -> bool:
    """Row r is an indicator table's header: 指标名称 | 计量单位 | 代码 | 本期 … (``named_only``: one that says
    指标, not only 项目 | 金额, which a card's table of fees has too)."""
    # (「主要指标」 merged over 「营业收入（万元） › 本年 | 上年 | 从业人员期末人数」 of a register of firms groups its
    # columns, no column of indicator names — u339: the register was read as a table of one item)
    texts = [(c, t, rng) for c, t, rng in sheet.texts(r) if not _groups_columns_below(sheet, rng)]
    return bool(texts) and any(_names_the_rows(t, texts) for _, t, _ in texts) and any(
        C.is_unit_header(t) or C.is_code_header(t) or C.is_period_header(t) for _, t, _ in texts) and (
        any(C.squash(t) in _SURE_INDICATOR_HEADERS for _, t, _ in texts)
        or not named_only and _prints_indicators(sheet, r))


def _groups_columns_below(sheet: _Sheet, rng: CellRange) -> bool:
    """A header cell merged across columns with headers of its own under it: a group of columns. (「项目」 merged over
    「一、确权情况 | 集体林地总面积 | 亩 | 1」 heads a section column and an indicator column: the row under it
    prints a code, a row of the table — u387's table had been read as a register of its own headers.)"""
    below = rng.bottom + 1
    if not (rng.right > rng.left and below < sheet.grid.height):
        return False
    texts = sheet.texts(below)
    return sum(1 for c, _, _ in texts if rng.left <= c <= rng.right) >= 2 \
        and not any(C.squash(t).isdigit() for c, t, _ in texts if c > rng.right)


def _names_the_rows(text: str, row: Sequence[tuple[int, str, CellRange]]) -> bool:
    """The header of an indicator table's stub: 指标名称, 项目, or a kind's 名称 beside a 计量单位 column (「能源名称 |
    计量单位 | 代码 | 本年1-本季」 of a 能源消费 季报, whose rows print the fuels — u536: read as a register)."""
    return C.is_indicator_header(text) or bool(_KIND_NAMED_RE.match(C.squash(text))) and any(
        C.squash(t) in _MEASURE_UNIT_HEADERS for _, t, _ in row)


_KIND_NAMED_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}名称$")
_MEASURE_UNIT_HEADERS = {"计量单位", "计算单位"}
# Headers that only an indicator table has; 项目 / 项目名称 / 名称 also head registers (of projects, of units).
_SURE_INDICATOR_HEADERS = {"指标名称", "指标", "指标项目", "主要指标", "统计指标", "指标名"}


def _prints_indicators(sheet: _Sheet, r: int) -> bool:
    """The rows under an ambiguous header (序号 | 项目名称 | 计划 | 累计) print their items, as an indicator table's
    rows do: a register of projects leaves them blank for each record."""
    texts = sheet.texts(r)
    c = next(rng.left for _, t, rng in texts if _names_the_rows(t, texts))
    below = max(rng.bottom for _, _, rng in sheet.texts(r))
    printed = 0
    for k in range(below + 1, min(below + 16, sheet.grid.height)):
        if sheet.is_closing_row(k):
            break
        if sheet.is_colnum_row(k):
            continue
        text = sheet.grid.text(k, c).strip()
        if text and not _is_value_text(text) and not C.is_total_label(text):
            printed += 1
            if printed >= 2:
                return True
    return False


def _parse_indicator(sheet: _Sheet, h: int, top: _Top) -> ParsedSheet:
    """Indicator rows under a 指标名称 | 代码 | 计量单位 | 本期 … header. A wide sheet may print two blocks
    side by side (指标名称 … 数量 | 指标名称 … 数量): each block is read in turn, left block first."""
    grid = sheet.grid
    header = sheet.texts(h)
    label_anchors = [a for a in header if _names_the_rows(a[1], header)]
    # (「技术指标」 merged down the left of 「指标 | 改造前 | 改造后」 inside a card is a side label over the rows,
    # neither a level of the header nor a period column.)
    side = {c for _, _, rng in header if rng.right < label_anchors[0][2].left and rng.height > 1
            for c in range(rng.left, rng.right + 1)}
    bottom = max([h] + [rng.bottom for c, _, rng in header if rng.height <= 3 and c not in side])
    below = sheet.texts(h + 1) if bottom == h and h + 1 < grid.height else []
    if below and all(C.is_period_header(text) and rng.left > label_anchors[0][2].right for _, text, rng in below):
        # 「数量」 over 「本期 | 上年同期」 of a CSV, which keeps no merge: the periods are a second header row, no
        # items, and 「备注」 beside 数量 keeps its column (u404 had 数量 for its one period and lost its 备注)
        bottom = h + 1
    band = list(range(h, bottom + 1))
    starts = [a[2].left for a in label_anchors]
    period_columns: list[str] = []
    period_positions: dict[str, int] = {}
    fields: list[ParsedField] = []
    data_start: int | None = None
    for n, anchor in enumerate(label_anchors):
        block = range(starts[n] if n else 0, starts[n + 1] if n + 1 < len(starts) else grid.width)
        label_cols = range(anchor[2].left, anchor[2].right + 1)
        unit_col = code_col = spec_col = None
        value_columns = 0
        for c in block:
            if c in label_cols or c in side:
                continue
            stack = sheet.column_stack(band, c)
            if not stack:
                if value_columns and c > label_cols.stop:
                    break  # (a blank column after the table's own: what stands beyond is pasted there, wf11)
                continue
            value_columns += 1
            leaf_r, leaf_c, leaf = stack[-1]
            top_text = stack[0][2]
            if c == label_cols.start - 1 and _KIND_COLUMN_RE.match(C.squash(leaf)):
                # 「类别 | 品种名称」: the kind merged down the left sorts the goods; a good is the item whatever its
                # kind (粳米, not 粮油粳米), and the kind is no period column
                continue
            elif _SPEC_COLUMN_RE.match(C.squash(leaf)) and spec_col is None:
                spec_col = c  # 「猪肉 | 精瘦肉」 and 「猪肉 | 五花肉」: which one a row prices
            elif C.is_unit_header(leaf) or C.is_unit_header(top_text):
                unit_col = c if unit_col is None else unit_col
            elif C.is_code_header(leaf) or C.is_code_header(top_text):
                code_col = c if code_col is None else code_col
            elif C.is_remark_header(leaf):
                if (leaf_r, leaf_c) == grid.anchor(leaf_r, c) and leaf_c == c:
                    fields.append(ParsedField(leaf_r, leaf_c, leaf, [leaf], "indicator"))
            elif leaf not in period_columns:
                period_columns.append(leaf)
                period_positions[leaf] = c
        block_fields, block_start = _indicator_rows(sheet, bottom, label_cols, unit_col, code_col)
        if spec_col is not None:
            _told_apart_by_spec(sheet, block_fields, spec_col)
        fields.extend(block_fields)
        if data_start is None or block_start is not None and block_start < data_start:
            data_start = block_start
    return ParsedSheet(
        layout=Layout.INDICATOR, title=top.title, fields=fields, unit=top.unit, period=top.period,
        reporting_unit=top.reporting_unit, header_rows=(h, bottom), data_start_row=data_start,
        period_columns=period_columns, period_positions=period_positions,
    )


def _indent(text: str) -> int:
    """Leading blank width of a label: indented rows are the breakdown of the row above them."""
    width = 0
    for ch in text:
        if ch == " ":
            width += 1
        elif ch in "\u3000\t":
            width += 2
        else:
            break
    return width


_KIND_COLUMN_RE = re.compile(r"^(?:类别|分类|大类|类型|种类|品类|商品类别)$")
_SPEC_COLUMN_RE = re.compile(r"^(?:规格|规格等级|规格型号|等级规格|规格品质|品质规格|等级)$")


def _told_apart_by_spec(sheet: _Sheet, fields: list[ParsedField], spec_col: int) -> None:
    """Rows that print the same item twice are told apart by the spec beside them: 「猪肉（精瘦肉）」 and
    「猪肉（五花肉）」 are two prices, not one asked twice."""
    seen = Counter(C.squash(f.label) for f in fields)
    for f in fields:
        spec = sheet.grid.text(f.row, spec_col).strip()
        if seen[C.squash(f.label)] > 1 and spec:
            f.label = f"{f.label.strip()}（{spec}）"
            f.header_path = [*f.header_path[:-1], f.label]


def _indicator_rows(sheet: _Sheet, bottom: int, label_cols: range, unit_col: int | None,
                    code_col: int | None) -> tuple[list[ParsedField], int | None]:
    grid = sheet.grid
    fields: list[ParsedField] = []
    # the rows above that a row may break down: (indent, text, a 其中 row), outermost first
    owners: list[tuple[int, str, bool]] = []
    data_start = None
    section = ""
    section_of: list[str] = []  # the section row each field stands under
    # the last 「其中：…」 part read: its indent, the indent of its words after 「其中：」, its words, and whether a
    # sibling stood under those words
    last_part: tuple[int, int, str, bool] | None = None
    unit_of: dict[str, str | None] = {}  # the unit of each row read (an owner's, by its text)
    previous_row = -1  # the row of the last indicator read
    coded_above = False  # the row above printed a code of its own
    for r in range(bottom + 1, grid.height):
        if sheet.is_colnum_row(r) or sheet.is_blank(r):
            continue
        if _blanks_to_sign(sheet, r) and _nothing_but_closing_after(sheet, r):
            break  # 「村务监督委员会审核意见： | 村党组织书记：」 under the table: who signs it
        if sheet.is_closing_row(r):
            texts = sheet.texts(r)
            if texts and texts[0][0] in label_cols or not texts or C.is_footer(texts[0][1]) or C.is_notes(texts[0][1]):
                break
            continue
        groups, leaf = _indicator_labels(sheet, r, label_cols)
        if leaf is None:
            continue
        c, raw = leaf
        text = grid.rows[r][c]
        # A section row merged across the table shows its own words in the unit and code columns: none of its own.
        own = grid.span(r, c)
        # (「一、拆除任务完成情况 | — | —」: a dash in the unit and code cells says the row has none — u205)
        unit_text = _none_marked(_cell_beside(grid, r, unit_col, own))
        code_text = _none_marked(_cell_beside(grid, r, code_col, own))
        was_coded, coded_above = coded_above, any(ch.isdigit() for ch in code_text)
        # (「一、造林面积合计（亩）」 with its own code 01, or a unit in its words, is an indicator numbered like one.)
        # (「一、参保情况 | | 01」 over 「参加工伤保险人数 | 人 | 02」: a heading numbered in the code column all the
        # same, naming nothing that is counted or measured — u377's five sections had been indicators)
        if (C.is_section(raw) and not unit_in_label(raw) and (
                not any(ch.isdigit() for ch in code_text)
                or not _MEASURE_TAIL_RE.search(C.without_part_mark(C.squash(raw)))
                and _next_row_united(sheet, r, label_cols, unit_col))
                or _CHINESE_NUMERAL_RE.fullmatch(code_text)) and not unit_text and not groups:
            owners = [(0, text, False)]  # 「一、人口情况」, or 一 in the 序号 column: a section, not an indicator
            section = text.strip()
            continue
        if _BREAKDOWN_HEADING_RE.match(_ITEM_NUMBER_RE.sub("", C.squash(raw))) and not unit_text and not groups:
            owners = [(0, text, False)]  # 「按经营地分」: the heading of the breakdown rows below it, no indicator
            section = text.strip()
            continue
        # (「（一）就业创业」 merged across a table without a code column is a part's heading too, u81)
        # (「2.贫困户子女读书」 with neither code nor unit, where the indicators have codes: a part's heading, wf9)
        # (「收支结余」 between 「收入合计 | 6」 and 「本年收益 | 13」, with no 行次 where every row around has one, u79)
        if (_SUBSECTION_RE.match(C.squash(raw)) or C.squash(raw).endswith((":", "："))
                or code_col is not None and _NUMBERED_ROW_RE.match(C.squash(raw))
                or was_coded and not _indent(text) and _next_row_coded(sheet, r, label_cols, code_col)) \
                and not unit_text and not code_text and not groups \
                and (code_col is not None or own.width > 2
                     # (「（一）农机购置补贴」 with no unit, over rows printing theirs, in a table without codes: u249)
                     or _SUBSECTION_RE.match(C.squash(raw)) and _next_row_united(sheet, r, label_cols, unit_col)):
            # (「流动资产：」 over a 资产负债表's accounts: a heading ending in a colon, no 行次 of its own)
            owners = [(0, text, False)]  # 「（三）贫困户危房改造」 without a code of its own, in a table whose indicators have codes
            section = text.strip()
            continue
        if C.is_total_label(raw) or C.is_colnum(raw):
            continue
        data_start = r if data_start is None else data_start
        squashed = C.squash(raw)
        indent = _indent(text)
        # A row breaks down the nearest row above it that is less indented; 「其中：」 the row right above it, at
        # any indent (siblings at one indent share their parent: 0-14岁 is not the parent of 15-59岁). Rows
        # indented under a section line break down what it names (八、年末常住人口按年龄分 › 60岁及以上).
        breakdown = squashed.startswith("其中")
        # 「其中：男」 then 「女」 at the same indent, or under the words after 「其中：」: the rest of the breakdown,
        # under the same total.
        # (「其中：残疾军人」 then 「　　烈士遗属」: two full-width blanks stand under the words 「其中：」 leads to, short
        # of them — the next part of the same total, not a part of 残疾军人, u263)
        # (Once a part stood under the words, a row back at the 「其中：」 indent is past the breakdown: 「其中：集中安置人数
        # | 　　分散安置人数 | 因灾死亡人数」 — u284's deaths had become a part of the people moved to safety.)
        aligned = last_part is not None and last_part[0] < indent <= last_part[1] + 1 \
            and last_part[1] > last_part[0] + 1 and not _NUMBERED_ROW_RE.match(squashed)
        sibling = not breakdown and not groups and last_part is not None and (
            indent == last_part[0] and not last_part[3] and _same_breakdown(last_part[2], squashed) or aligned)
        if sibling and last_part is not None:
            while owners and owners[-1][2] and owners[-1][0] >= last_part[0]:
                owners.pop()  # (the part's own 其中 row is no parent of its sibling)
        # (One space more is a slip of typing, not a level: 「兔出栏」 over 「 牛奶产量」 is no parent of it. A 其中 row
        # is the parent of a 其中 indented under it — 「其中：公益林面积」 › 「其中：国家级公益林」 (u86) — never of one at
        # its own indent.)
        while owners and not groups and not sibling and (
                owners[-1][0] > indent or owners[-1][2] and owners[-1][0] >= indent if breakdown
                else owners[-1][0] >= indent - 1):
            owners.pop()
        unit = unit_text if unit_text and unit_text not in ("-", "—", "／", "/") else unit_in_label(raw)
        # (「其中：年龄分布（人） | 35岁以下」: the group's unit, as a register's columns take their group's)
        unit = unit or _groups_unit(groups, text)
        if groups:
            path = [*groups, text]  # 「其中：年龄分布 | 35岁以下」: the group names the breakdown
        elif owners and (_counts_apart(unit, unit_of.get(owners[-1][1])) or _the_other_kind(text, owners[-1][1])):
            # 「1.贫困户总户数（户）」 over 「  贫困户总人数（人）」, 「  贫困户劳动力培训率（％）」: people are no part of
            # households, nor a rate of what it rates; a 其中 row then breaks down the row right above it (wf9)
            above = fields[-1] if fields and fields[-1].row == previous_row else None
            path = [above.label, text] if breakdown and above and not _counts_apart(unit, above.unit) else [text]
        elif owners:
            path = [owners[-1][1], text]
        else:
            path = [text]
        if breakdown and owners and not groups:
            last_part = (indent, indent + _indent_of_mark(text), C.without_part_mark(squashed), False)
        elif not sibling:
            last_part = None
        elif aligned and last_part is not None:
            last_part = (*last_part[:3], True)
        if not groups and not sibling:
            owners.append((indent, text, breakdown))
        if section and not groups and _SUBSECTION_RE.match(squashed) and _SUBSECTION_RE.match(C.squash(section)):
            # 「（四）帮扶资金总量」 with a code of its own after 「（三）长效发展机制」: the next part of the table, and
            # the rows under it its own, not the third part's
            section = text.strip()
        elif not groups and C.is_section(squashed):
            # 「七、惠民活动 | 次 | 195」 over 「（一）文娱体育」 … 「（五）其他」: a part of the table with a figure of its own;
            # its 其他 is not the 其他 of the part before (wf22: 「（五）其他」 became the section of itself)
            section = text.strip()
        fields.append(ParsedField(r, c, text, path, "indicator", unit=unit or None, code=code_text or None))
        unit_of[text] = unit or None
        previous_row = r
        section_of.append(section)
    _name_sections(fields, section_of)
    if fields:
        fields.extend(_identity_below(sheet, max(f.row for f in fields)))
    return fields, data_start


def _identity_below(sheet: _Sheet, after: int) -> list[ParsedField]:
    """「贫困户（签名） | 户主身份证号码 | ___」 under a household's survey: whose copy it is, asked beside the signature
    (wf42, wf44: the 户主's number was never read, and each household's copy came back with no one's name on it)."""
    found = []
    for r in range(after + 1, min(after + 8, sheet.grid.height)):
        for c, text, rng in sheet.texts(r):
            if _IDENTITY_BELOW_RE.fullmatch(C.squash(text)) and not sheet.grid.text(r, rng.right + 1).strip():
                found.append(ParsedField(r, c, text, [text], "indicator"))
    return found


_IDENTITY_BELOW_RE = re.compile(r"(?:户主|本人|申请人)(?:公民)?身份(?:证件?)?(?:号码|号)[:：]?")


_NUMBERED_ROW_RE = re.compile(r"^[(（]?[0-9一二三四五六七八九十]+[)）.、．]")  # 「二、」, 「(3)」, 「1.」 (not 「一般」)
# Counts of different things, and rates: a row in one is no part of a row in another (人 of 户, ％ of 人).
# (A code row, 「1.是2.否」, is the whole of nothing.)
_COUNT_KINDS = {"户": "户", "万户": "户", "家": "户", "人": "人", "万人": "人", "名": "人", "%": "%", "％": "%",
                "元": "元", "万元": "元", "代码": "代码"}


def _counts_apart(part: str | None, whole: str | None) -> bool:
    kinds = _COUNT_KINDS.get(C.squash(part or "")), _COUNT_KINDS.get(C.squash(whole or ""))
    return None not in kinds and (kinds[0] != kinds[1] or kinds[1] == "代码")


def _the_other_kind(part: str, whole: str) -> bool:
    """「  无劳动能力的贫困户户数」 under 「2.有劳动能力的贫困户户数」: those without are no part of those with."""
    found = _HAVING_RE.search(C.squash(whole))
    return found is not None and f"无{found.group(1)}" in C.squash(part)


_HAVING_RE = re.compile(r"有([\u4e00-\u9fff]{2})")


def _indent_of_mark(text: str) -> int:
    """The width 「其中：」 takes before a part's words (a full-width character is two blanks wide)."""
    mark = _PART_MARK_WIDTH_RE.match(text)
    return sum(1 if ch.isascii() else 2 for ch in mark.group(1)) if mark else 0


_PART_MARK_WIDTH_RE = re.compile(r"^\s*(其中\s*[:：]?\s*)")


def _part_words(label: str) -> str:
    """「其中：脱贫户（户）」 → 脱贫户: a part's own words, without its mark and unit."""
    return _BRACKETED_RE.sub("", _PART_MARK_RE.sub("", C.squash(label)))


_PART_MARK_RE = re.compile(r"^其中[:：]?")


def _same_breakdown(part: str, label: str) -> bool:
    """Whether ``label`` reads as another part of the breakdown ``part`` began: 男 › 女, 农业人口 › 非农业人口,
    中度 › 重度 (both short, or the same measure word); 能繁母猪 › 牛存栏 is a new indicator."""
    if not part or not label or _NUMBERED_ROW_RE.match(label):
        return False  # (「二、常住人口」 after 「一、户籍人口 / 其中：男性人口」: a numbered row is an indicator of its own)
    part, label = _BRACKETED_RE.sub("", part) or part, _BRACKETED_RE.sub("", label) or label
    if _FLOW_START_RE.match(label) and not _FLOW_START_RE.match(part):
        # (「有效灌溉面积 / 其中：高效节水灌溉面积 / 新增灌溉面积 / 改善灌溉面积」: what changed this year is no kind of
        # the area there is — u346)
        return False
    if bool(_STATE_START_RE.match(label)) != bool(_STATE_START_RE.match(part)):
        # (「排查安全隐患 / 其中：重大事故隐患 / 已整改隐患」: what was dealt with is no kind of what was found, nor is
        # 「立案查处案件」 after 「其中：已整改」 — u421)
        return False
    if len(part) <= 3 and len(label) <= 3 or part.endswith("的") and label.endswith("的"):
        return True  # (「其中：已在民政部门登记的 | 已在街道备案的」: those of the total that …, each — u332)
    if part[-2:] == label[-2:]:
        # (「其中：住房困难低保户数」 then 「低保特困家庭纳入公租房保障户数」: a count of its own, no part — u331)
        return len(label) <= len(part) + 3
    # 「其中：早稻 | 中稻（一季稻） | 晚稻」, 「其中：社会团体 | 民办非企业单位 | 基金会」: kinds of what the total counts,
    # none a measure of its own (u333, u332: each after the first had lost its total)
    return len(label) <= 8 and not _MEASURE_TAIL_RE.search(part) and not _MEASURE_TAIL_RE.search(label)


# Words a change over the period begins with: a flow, never a kind of the stock a total counts.
# Words a state a thing reached begins with: 已整改, 未脱贫, 尚未销号.
_STATE_START_RE = re.compile(r"^(?:已|未(?!成年)|尚未|待)")
_FLOW_START_RE = re.compile(r"^(?:本年|当年|全年)?(?:新增|增加|减少|净增|净减|改善|恢复|新建|新开工|新发生|退出)")
_MEASURE_TAIL_RE = re.compile(r"(?:数|量|额|面积|率|比重|比例|人口|人次|户次|次|值|收入|支出|资金|投资|费|价格?|时间|日期|"
                              r"天|长度|里程|容量|规模|合计|小计|总计|人|户|栏|笼)$")


def _next_row_coded(sheet: _Sheet, r: int, label_cols: range, code_col: int | None) -> bool:
    """The next row naming an indicator prints its code."""
    return code_col is not None and any(ch.isdigit() for ch in _next_rows_cell(sheet, r, label_cols, code_col))


def _next_row_united(sheet: _Sheet, r: int, label_cols: range, unit_col: int | None) -> bool:
    """The next row naming an indicator prints its unit."""
    return unit_col is not None and _none_marked(_next_rows_cell(sheet, r, label_cols, unit_col)).strip() != ""


def _next_rows_cell(sheet: _Sheet, r: int, label_cols: range, col: int) -> str:
    """The text in a column of the next row naming an indicator ("" when none follows)."""
    for k in range(r + 1, sheet.grid.height):
        if sheet.is_blank(k) or sheet.is_colnum_row(k):
            continue
        if sheet.is_closing_row(k) or _indicator_labels(sheet, k, label_cols)[1] is None:
            return ""
        return sheet.grid.text(k, col)
    return ""


def _cell_beside(grid: Grid, r: int, c: int | None, label: CellRange) -> str:
    """The text of column c in row r, unless the label's own merged range covers it."""
    if c is None or label.left <= c <= label.right:
        return ""
    return grid.text(r, c).strip()


_BREAKDOWN_HEADING_RE = re.compile(r"^(?:其中[:：]?)?按.{1,10}(?:分|划分|分组)[:：]?$")
_SUBSECTION_RE = re.compile(r"^[(（][一二三四五六七八九十]+[)）]")
_ITEM_NUMBER_RE = re.compile(r"^[(（]?[0-9一二三四五六七八九十]+[)）.、．]?")


def _none_marked(text: str) -> str:
    return "" if _NONE_MARK_RE.fullmatch(text.strip()) else text


_NONE_MARK_RE = re.compile(r"[—―\-－/／×]{1,2}")


def _name_sections(fields: list[ParsedField], section_of: list[str]) -> None:
    """「2.帮扶单位自筹资金」 under 「（三）贫困户危房改造」, again under 「（二）路灯建设」 …: an indicator asked in
    several sections of one table is a different amount in each, and its section goes into its header (read
    as slots of one item, five of six amounts were lost in the 一套表)."""
    # (its note in brackets aside: 「1.帮扶单位自筹资金（不含……）」 of the funds' part is the same words)
    def words(f: ParsedField) -> str:
        return _BRACKETED_RE.sub("", _ITEM_NUMBER_RE.sub("", C.squash(f.header_path[-1])))

    sections: dict[str, set[str]] = defaultdict(set)
    for f, section in zip(fields, section_of, strict=True):
        sections[words(f)].add(section)
    for f, section in zip(fields, section_of, strict=True):
        if section and (len(sections[words(f)]) > 1 or _outcome_of_an_event(words(f), section)) \
                and section not in f.header_path:
            f.header_path = [section, *f.header_path]


def _outcome_of_an_event(words: str, section: str) -> bool:
    """「三、道路交通事故情况 › 死亡人数」: the dead, the injured and the loss are the event's the section names, not
    the 死亡人数 of the fire table beside it (u253: merged in one item, the two departments' deaths were one)."""
    return C.is_event_outcome(words) and C.event_named(section) is not None


_DAY_ENDINGS = ("日期", "时间")


_CHINESE_NUMERAL_RE = re.compile(r"[一二三四五六七八九十]+")


def _indicator_labels(sheet: _Sheet, r: int, label_cols: range) -> tuple[list[str], tuple[int, str] | None]:
    """The indicator label of row r and the breakdown groups left of it (merged down from above or
    standing beside it: 「其中：年龄分布（人） | 35岁以下」)."""
    grid = sheet.grid
    texts: list[tuple[int, str, bool]] = []  # column, text, anchored in this row
    c = label_cols.start
    while c < label_cols.stop and c < grid.width:
        rng = grid.span(r, c)
        text = grid.rows[rng.top][rng.left].strip()
        if text and rng.left >= label_cols.start:
            texts.append((rng.left, text, rng.top == r))
        c = rng.right + 1
    own = [(col, t) for col, t, here in texts if here]
    if not own:
        return [], None
    leaf = own[-1]
    groups = [t for col, t, _ in texts if col < leaf[0]]
    return groups, leaf


def _column_stack(sheet: _Sheet, band: list[int], c: int) -> list[tuple[int, int, str]]:
    """Distinct labels covering column c in the header band, top to bottom: (row, col, text)."""
    stack: list[tuple[int, int, str]] = []
    for r in band:
        label = _covering_label(sheet, r, c, band)
        if label and (not stack or stack[-1][:2] != label[:2] and stack[-1][2] != label[2]) \
                and not (stack and (C.is_choice_hint(label[2]) or sheet.is_choices_row(label[0]))):
            stack.append(label)
    # A sentence between a group and its labels describes the group (「思想品德 › 理想信念，…… › 优」): no level.
    return [label for n, label in enumerate(stack)
            if n in (0, len(stack) - 1) or not _sentence_or_placeholder(label[2])]


def _covering_label(sheet: _Sheet, r: int, c: int, band: list[int]) -> tuple[int, int, str] | None:
    grid = sheet.grid
    ar, ac = (r, c) if sheet.unmerged else grid.anchor(r, c)
    if ar < band[0]:
        return None  # a merge reaching down from above the header belongs to what stands above
    text = grid.rows[ar][ac].strip()
    if text:
        return ar, ac, text
    if sheet.unmerged and r + 1 in band:
        # CSV and unmerged sheets: a group header stands left of blank cells that have sub-headers below.
        for left in range(c - 1, -1, -1):
            left_text = grid.rows[r][left].strip()
            if left_text:
                if all(grid.rows[r + 1][k].strip() for k in range(left, c + 1)):
                    return r, left, left_text
                return None
    return None


# --------------------------------------------------------------------------- list forms
@dataclass
class _Band:
    rows: list[int]
    bottom: int
    first_col: int
    last_col: int
    data_start: int
    next_row: int


def _is_group_for(sheet: _Sheet, band: list[int], n: int, c: int) -> bool:
    """Is (n, c) under a group header that stands in the band rows above it?"""
    grid = sheet.grid
    below = grid.span(n, c)
    for p in band:
        ar, ac = grid.anchor(p, c)
        rng = grid.span(p, c)
        # (what a group heads lies within it: 「“两公开”情况」 across a whole card is no part of the 「村民代表会议决议」
        # two columns wide above it — u618's card rows had become a register's header)
        if ar < n and rng.bottom < n and rng.width > 1 and rng.left <= below.left and below.right <= rng.right \
                and (grid.rows[ar][ac].strip() or _blank_group(sheet, rng, n)):
            return True
        if sheet.unmerged and ar == p:
            for left in range(c, -1, -1):
                if grid.rows[p][left].strip():
                    return left < c or any(not grid.rows[p][k].strip() for k in range(c + 1, min(c + 2, grid.width)))
    return False


def _trailing_leaves(sheet: _Sheet, band: list[int], r: int) -> list[int]:
    """Columns of a lower header row (r, under the band's merged side labels) that go on right of the band, nothing
    above them: a header a department typed after the table's last column in the lower row only (wf69:
    「社区党组织书记姓名」 added at R3 beside a two-row header was neither read nor reported as a change)."""
    last = max(rng.right for p in band for _, _, rng in sheet.texts(p))
    columns = sorted(c for c, _, _ in sheet.texts(r) if c > last)
    # (the row must be the header's lower level, labels under its groups: 「服务情况 | 负责服务的区域」 over 「| 配备的
    # 预警接收设备 | □手机 □预警大喇叭」 of a card is no header, its options no column — u284)
    if columns != list(range(last + 1, last + 1 + len(columns))) \
            or not any(_is_group_for(sheet, band, r, c) for c, _, _ in sheet.texts(r) if c <= last):
        return []
    return [c for c in columns if all(not sheet.grid.text(p, c).strip() for p in band)
            and _plausible_label(text := sheet.grid.text(r, c)) and not _is_meta_text(text)
            and not C.is_option_text(text)]


def _without_row_labels(sheet: _Sheet, band: _Band, found: list[ParsedField]) -> list[ParsedField]:
    """「项目联系人」 over printed rows 法定代表人 | 财务负责人 | 办税人 and nothing else filled: the first column holds
    the grid's row labels, written by the template, not a data item asked of each row. Village names printed
    down 「所属村」 are the records of those villages, the column an item of each."""
    rows = list(range(band.data_start, band.next_row))
    if len(rows) < 2 or not found:
        return found
    first = min(found, key=lambda f: f.col)
    if _total_row_only(sheet, rows[0], first.col):
        # 总计 first, over printed 学段 (学前教育, 小学 …): categories counted, whatever blank rows follow them (a 合计
        # under printed school names closes a register of schools)
        rows = [r for r in rows[1:] if not sheet.is_blank(r)]
    if len(rows) < 2:
        return found
    if not all(_row_label_only(sheet, r, first.col) for r in rows) \
            or any(_PLACE_NAME_END_RE.search(C.squash(sheet.texts(r)[0][1])) for r in rows):
        return _without_stub(sheet, rows, found)
    kept = [f for f in found if f is not first]
    for f in kept:  # 项目联系人 › 姓名: whose items the grid's columns ask
        f.header_path[len(first.header_path) - 1:len(first.header_path) - 1] = [first.label]
    return kept


def _without_stub(sheet: _Sheet, rows: list[int], found: list[ParsedField]) -> list[ParsedField]:
    """「栏目/灾害类型 | 单位」 over printed rows 「合计 | 涉及户数 | (户)」, 「其中：旱害 | 涉及人数 | (人)」 and every
    other column blank: the leading columns are the grid's printed row labels and units (its stub), asked of no
    row. (A sample record fills the columns after them too.)"""
    columns = sorted({f.col for f in found})
    printed = [(c, t) for r in rows for c, t, _ in sheet.texts(r)]
    if len(printed) < 4 or not all(_label_like(t) or C.is_total_label(t) or _printed_unit(t) for _, t in printed):
        return found
    width = sum(1 for c in columns if c <= max(c for c, _ in printed))
    stub = columns[:width]
    if not 2 <= width < len(columns) or any(len({t for c, t in printed if c == col}) < 2 for col in stub[1:]):
        return found
    return [f for f in found if f.col not in stub]


# A unit printed in a stub's 单位 column: 「(户)」, 「万元」, 「头/只」.
_PRINTED_UNIT_RE = re.compile(r"^\(?(?:户|人|人次|个|元|千元|万元|亿元|亩|万亩|公顷|平方米|米|公里|千米|吨|万吨|公斤|千克|斤|头|只|头/只|"
                              r"间|套|座|处|所|家|辆|台|条|件|起|次|%)\)?$")


def _printed_unit(text: str) -> bool:
    return bool(_PRINTED_UNIT_RE.match(C.squash(text)))


# How to fill a column, printed under its label: 「是的填“√”」, 「请填写全称」, 「格式为1985.06」.
# (「按河湖名录标准名称填写」, 「格式：112.3456」 under a register's header: how to fill the column — u474)
_HOW_TO_FILL_RE = re.compile(r"^(?:是的?|有的?|符合的?)?(?:请)?(?:填|打|划|画)[“\"「]?[√✓]|^请填写|^格式[为:：]|^填写"
                             r"|^(?:请)?按.{1,24}(?:填写|填报)$|^(?:如|例|例如|示例)[:：]")
_CIRCLED_RE = re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩]")
_NUMBERED_CHOICE_RE = re.compile(r"(?:^|[\s；;，,])\d{1,2}(?:[.、．]|\s+)[^\d\s.、．]")


_NUMBERED_BLANKS_RE = re.compile(r"(?:\d{1,2}[.、．][_＿]*){2,}")


def _numbered_blanks(text: str) -> bool:
    """「1.　　　2.　　　3.」: numbered blanks, the answers to write in the box of the label before it."""
    return bool(_NUMBERED_BLANKS_RE.fullmatch(C.squash(text)))


def _numbered_answers(text: str) -> bool:
    """「1.家庭户　2.集体户」, 「1 男 2 女」: the numbered answers of the label before it, to circle or write the
    number of (u110: 老年人能力评估's codes, printed in the box to write them in)."""
    return len(_NUMBERED_CHOICE_RE.findall(text.strip())) >= 2


def _choice_kind(text: str) -> str | None:
    """What a cell of a row under a header tells the filler: the values a column takes (a list of three or more,
    of two, in brackets, numbered ①②), how to fill it, or which of two papers it means (「回乡证或台胞证号码」);
    None for a label."""
    listed = C.choices_listed(text)
    if listed >= 3 or C.is_choice_hint(text) or len(_CIRCLED_RE.findall(text)) >= 2 \
            or _numbered_answers(text):  # (「1.随班就读 2.特教学校 3.送教上门」)
        return "list"
    if listed == 2:
        return "two"
    if _HOW_TO_FILL_RE.match(C.squash(text)):
        return "how"
    s = C.squash(text)
    return "either" if "或" in s and len(s) <= 12 else None


def _total_row_only(sheet: _Sheet, r: int, col: int) -> bool:
    """Row r holds 总计 or 合计, printed in column ``col``, and blanks elsewhere: a row label like the others."""
    texts = sheet.texts(r)
    return len(texts) == 1 and texts[0][0] == col and C.is_total_label(texts[0][1])


def _row_label_only(sheet: _Sheet, r: int, col: int) -> bool:
    """Row r holds one printed label, in column ``col``, and blanks elsewhere (or the options every row prints to
    tick, 「东 | | □同意 □不同意」)."""
    texts = [(c, t) for c, t, _ in sheet.texts(r)]
    if len(texts) > 1 and any(C.is_option_text(t) for _, t in texts):
        texts = [(c, t) for c, t in texts if c == col or not _answers_printed_down(sheet, r, c)]
    return len(texts) == 1 and texts[0][0] == col and _label_like(texts[0][1]) and not _is_value_text(texts[0][1])


def _side_by_side_blocks(sheet: _Sheet, r: int) -> bool:
    """「男方 | 女方」, each merged over half the card, over rows of label and answer box in each half: the
    headings of card blocks side by side, not a register's header."""
    texts = sheet.texts(r)
    grid = sheet.grid
    if len(texts) < 2 or r + 1 >= grid.height or any(
            rng.width < 2 or rng.height > 1 or len(C.squash(t)) > 12 or not _label_like(t)
            or any(mark in t for mark in ":：") or C.is_fill_line(t) for _, t, rng in texts):
        return False  # (「开具日期：  年 月 日 | 证明号码：」 are a certificate's lines to fill, no headings)
    if sum(rng.width for _, _, rng in texts) < 0.8 * grid.width:
        return False
    return _card_row_under_groups(sheet, [r], r + 1, sheet.texts(r + 1))


def _mirrored(sheet: _Sheet, r: int, blocks: list[tuple[int, int, str]]) -> bool:
    """Row r asks the same labels in every block, and no cell of it reaches across two blocks."""
    grid = sheet.grid
    c = 0
    while c < grid.width:
        rng = grid.span(r, c)
        if any(rng.left < left <= rng.right or rng.left <= right < rng.right for left, right, _ in blocks):
            return False
        c = rng.right + 1
    asked = [[C.squash(t) for c, t, _ in sheet.texts(r) if left <= c <= right] for left, right, _ in blocks]
    return all(labels == asked[0] for labels in asked)


def _box_after(grid: Grid, r: int, label: CellRange) -> int | None:
    """The column of the blank answer box of row r's own right after ``label``, or None."""
    c = label.right + 1
    if c >= grid.width or grid.span(r, c).top != r or grid.rows[r][c].strip():
        return None
    return c


def _without_photo_box(texts: list[tuple[int, str, CellRange]]) -> list[tuple[int, str, CellRange]]:
    """A row's texts but the box a photo is glued in."""
    return [t for t in texts if not C.is_photo_box(t[1])]


def _card_row(sheet: _Sheet, r: int) -> bool:
    """Two or more labels, each with a blank box of its own right after it: a card's row, no record. (The box a
    photo is glued in, merged down beside the first rows, has no box after it and is no label.)"""
    texts = _without_photo_box(sheet.texts(r)) if r in sheet.photo_rows else sheet.texts(r)
    return len(texts) >= 2 and all(
        _label_like(text) and not C.looks_like_value(text) and _box_after(sheet.grid, r, rng) is not None
        for _, text, rng in texts)


def _ends_the_rows(sheet: _Sheet, r: int, width: int) -> bool:
    """Row r ends a table's rows: 「申请理由 | ____________」 under a card's table of members (one label and a box
    across most of the table's columns, blank or with a hint printed in it: a register's record fills its columns
    one by one), a section's heading or
    a numbered instruction across the table, or the title of the next table."""
    texts = sheet.texts(r)
    if len(texts) == 2 and _label_like(texts[0][1]) and _sentence_or_placeholder(texts[1][1]) \
            and texts[1][2].left == texts[0][2].right + 1 and texts[1][2].width * 2 >= width:
        return True  # 「申请事由 | （请详细说明家庭困难情况……）」: the hint printed in the label's box (u133)
    if len(texts) != 1:
        return False
    _, text, rng = texts[0]
    if C.is_total_label(text) or C.looks_like_value(text):
        return False
    if rng.width * 2 >= width and (_is_section_row(sheet, texts[0]) or _sentence_or_placeholder(text)):
        return True  # 「现住房情况」 or 「二、辖区内共有……，请选取……」 across the table: what comes next
    if _titles_a_table(text):
        return True  # 「附：本村监测汇总表」 under a register's rows: the title of the next table
    if not _label_like(text):
        return False
    box = _box_after(sheet.grid, r, rng)
    return box is not None and sheet.grid.span(r, box).width * 2 >= width


def _titles_a_table(text: str) -> bool:
    """「附：本村监测汇总表」: a line that names a table (…表, 名单, 名册, 台账, 清单)."""
    return _looks_like_title(text) and C.squash(text).endswith(("表", "名单", "名册", "台账", "清单"))


def _card_row_under_groups(sheet: _Sheet, band: list[int], n: int, sub: list[tuple[int, str, CellRange]]) -> bool:
    """Row n pairs each of its labels with a blank box of its own under a group header of the band (「男方 | 女方」
    over 「姓名 | ___ | 出生日期 | ___」): a card's rows. A header's next level labels the columns under its group."""
    grid = sheet.grid
    if n in sheet.photo_rows:
        sub = _without_photo_box(sub)  # (the photo's box merged down beside the card's rows)
    if len(sub) < 2:
        return False
    for _, _, rng in sub:
        c = _box_after(grid, n, rng)
        if c is None or not any((g := grid.span(p, c)).width > 1 and g.bottom < n and grid.rows[g.top][g.left].strip()
                                for p in band):
            return False
    return True


def _first_rows_label(sheet: _Sheet, band: list[int], sub: list[tuple[int, str, CellRange]]) -> bool:
    """「项目联系人」 over 「法定代表人」 in the same cells, nothing else in the row: the first row's label of a grid
    of people (or categories), no header level."""
    if len(sub) != 1:
        return False
    c, _, rng = sub[0]
    above = sheet.grid.span(band[-1], c)
    return (rng.left, rng.right) == (above.left, above.right) and above.left == min(
        r.left for _, _, r in sheet.texts(band[0]))


def _describes_groups(sheet: _Sheet, band: list[int], sub: list[tuple[int, str, CellRange]]) -> bool:
    """「思想品德」 over 「理想信念，执行党的方针……」 over 「优 | 良 | 中 | 差」: a row of sentences, each spanning exactly
    a group header above it, says what each group means; it is no level, and the band goes on below it."""
    grid = sheet.grid
    for c, text, rng in sub:
        if not _sentence_or_placeholder(text) or rng.width < 2:
            return False
        if not any((g := grid.merge_at(p, c)) and (g.left, g.right) == (rng.left, rng.right) for p in band):
            return False
    return True


def _repeats_above(sheet: _Sheet, band: list[int], n: int, c: int, text: str) -> bool:
    """「姓名」 printed again in the row under its own merged 「姓名」: the template repeats the label, which is no
    level of its own (民主评议党员测评表)."""
    above = _covering_label(sheet, band[-1], c, band)
    return above is not None and C.squash(above[2]) == C.squash(text)


def _blank_group(sheet: _Sheet, rng: CellRange, n: int) -> bool:
    """A group cell left blank above its sub-headers (「 | 种植业占地面积 | 畜牧业占地面积」 under an empty merged
    cell): every column under it is labelled in row n. A card's blank answer box has no labels right under it."""
    labelled = {c for c, _, _ in sheet.texts(n)}
    return rng.bottom == n - 1 and all(c in labelled for c in range(rng.left, rng.right + 1))


# Row tests below run on every row of a filled register, whose values recur (村, 镇, 男, 是): the verdict on a
# text is cached like the predicates of :mod:`yitaobiao.cells`.
@lru_cache(maxsize=1 << 16)
def _asks_for_answer(text: str) -> bool:
    """□ options to tick or a label ending in a colon: the row is part of a card, not a record. A tick alone
    (√ under 肢体) is an answer given, as a record's row holds it."""
    squashed = C.squash(text)
    return not _TICK_RE.match(squashed) and (C.is_option_text(text) or squashed.endswith((":", "：")))


_TICK_RE = re.compile(r"^[√✓✔☑✗×Xx■●]$")


@lru_cache(maxsize=1 << 16)
def _is_value_text(text: str) -> bool:
    """A counter, a total or a filled-in value: what stands in a record row besides labels."""
    return text.isdigit() or C.is_total_label(text) or C.looks_like_value(text) or C.is_code_value(text)


def _is_data_row(sheet: _Sheet, r: int, first: int, last: int) -> bool:
    anchors = [a for a in sheet.texts(r) if first <= a[0] <= last]
    if not anchors:
        return True
    asking = {c for c, t, _ in anchors if _asks_for_answer(t)}
    if asking and not (all(_answers_printed_down(sheet, r, c) for c in asking)
                       and _keys_and_blanks_beside(anchors, asking, first, last)):
        return False
    if _is_sample_row(anchors):
        return True
    rest = [t for c, t, _ in anchors if not _is_value_text(t) and c not in asking]
    return len(rest) <= max(1, 0.3 * (last - first + 1))


def _keys_and_blanks_beside(anchors: list[tuple[int, str, CellRange]], asking: set[int], first: int, last: int) -> bool:
    """Beside a row's printed options, blank cells to write in and short keys that ask nothing (东, 南): a register's
    row. (「是否低保 | □是 □否」 row after row of a card asks each question in its own row.)"""
    written = {c for c, _, rng in anchors for c in range(rng.left, rng.right + 1)}
    keys = [t for c, t, _ in anchors if c not in asking]
    return len(written) < last - first + 1 and all(
        len(C.squash(t)) <= 6 and not C.squash(t).startswith(("是否", "有无")) for t in keys)


def _answers_printed_down(sheet: _Sheet, r: int, c: int) -> bool:
    """「方位 | 相邻权利人姓名 | 是否同意」 over rows 「东 | | □同意 □不同意」, 「南 | | □同意 □不同意」: the same options
    printed in the same column row after row are each row's answer to tick, as a register's (u630: the rows made
    the neighbours' table a card, its 东/南/西/北 items and its 联系电话 no one's)."""
    text = next((t for col, t, _ in sheet.texts(r) if col == c), "")
    if not C.is_option_text(text) or C.squash(text).endswith((":", "：")) \
            or any(col < c and _asks_for_answer(t) for col, t, _ in sheet.texts(r)):
        return False
    if not any(0 <= n < sheet.grid.height and next((t for col, t, _ in sheet.texts(n) if col == c), None) == text
               for n in (r - 1, r + 1)):
        return False
    # (the column's header asks what they answer: 「是否同意」 over 「□同意 □不同意」; a checklist's 「情况」 does not)
    header = next((t for n in range(r - 1, max(-1, r - 8), -1) for col, t, _ in sheet.texts(n)
                   if col == c and t != text), "")
    words = [w for w in _OPTION_WORDS_RE.split(C.squash(text)) if len(w) >= 2]
    return C.squash(header).startswith(("是否", "有无")) or any(w in header for w in words)


_OPTION_WORDS_RE = re.compile(r"[□☐■☑√]+")


def _is_options_legend(sheet: _Sheet, r: int, first: int, last: int) -> bool:
    """「 | | □是 □否 | ①限期送离 ②收容 ③其他」 right under a register's header: the answers its columns take,
    printed once (u212: the row made the register a card), not a record nor a card's row."""
    texts = [t for c, t, _ in sheet.texts(r) if first <= c <= last]
    return bool(texts) and len(sheet.texts(r)) == len(texts) \
        and all(C.is_option_text(t) and not C.squash(t).rstrip("□☐ ").endswith((":", "：")) for t in texts) \
        and not any(_LABEL_COLON_RE.match(C.strip_marks(t).strip()) for t in texts)


def _is_record_row(sheet: _Sheet, r: int, first: int, last: int) -> bool:
    """A row of a filled register: most columns hold values, none reads like a label."""
    texts = [t for c, t, _ in sheet.texts(r) if first <= c <= last]
    if len(texts) < max(2, 0.5 * (last - first + 1)):
        return False
    return not any(_asks_for_answer(t) for t in texts)


def _is_filled_register(sheet: _Sheet, d: int, first: int, last: int) -> bool:
    """Three or more different record rows below the header: the template came back filled in."""
    rows = [d + k for k in range(3)]
    if rows[-1] >= sheet.grid.height or not all(_is_record_row(sheet, r, first, last) for r in rows):
        return False
    contents = {tuple(sheet.grid.rows[r][first:last + 1]) for r in rows}
    return len(contents) == len(rows)


@lru_cache(maxsize=1 << 16)
def _is_sample_value(text: str) -> bool:
    return C.is_code_value(text) or C.looks_like_value(text) or bool(_PLACEHOLDER_VALUE_RE.match(C.squash(text)))


# What an example record prints where a real one would give a person away: 张三, 某某, ×××, a masked ID
# (「36xxxxxxxxxxxxxxxx」, 「3622**********1234」).
_PLACEHOLDER_VALUE_RE = re.compile(
    r"^(?:张三|李四|王五|赵六|[张王李赵刘陈]?某某?|[xX×＊*]{2,4}|(?=[\dxX*＊]{15,18}$)\d{0,12}[xX*＊]{4,}\d{0,6}[\dxX]?)$")


def _stray_number(texts: list[tuple[int, str, CellRange]]) -> bool:
    """「县级市 | 贫困镇 | 0 | 帮扶单位」: one bare number among labels is a stray, not an example record (with the
    header refused, the first filled row was read as the header and its place names as items)."""
    values = [t for _, t, _ in texts if _is_sample_value(t)]
    return len(values) == 1 and values[0].strip().isdigit() and len(texts) >= 3


def _is_sample_row(texts: list[tuple[int, str, CellRange]]) -> bool:
    """A template's example record (张三 | 男 | 汉族 | 已婚 …): values of code lists give it away, or the 「例」
    its counter column holds (u86: 「例 | 城关镇 | 石门村 | 集中供水工程 | 千人以上」 read the register as a card)."""
    if texts and C.is_example_mark(texts[0][1]):
        return True
    values = sum(1 for _, t, _ in texts if _is_sample_value(t))
    return values >= 2 or values >= 1 and values * 4 >= len(texts)


def _detect_band(sheet: _Sheet, r: int) -> _Band | None:
    grid = sheet.grid
    texts = sheet.texts(r)
    if len(texts) < 2 or _is_sample_row(texts) and not _stray_number(texts) \
            or any(C.is_option_text(t) or _sentence_or_placeholder(t) or not any(ch.isalnum() for ch in t)
                   or _numbered_blanks(t)  # (「1.　　2.　　3.」: three answers to write, u189)
                   or _SIGNER_DATE_BOX_RE.match(C.squash(t))  # (「县交警大队备案 | 经办人：  年 月 日」: who signs, u640)
                   for _, t, _ in texts) or _card_row(sheet, r):  # (「右侧 | /」: a label and the box's printed slash)
        return None
    if any(C.is_unit_box(t) and not C.is_unit_box(before) for (_, before, _), (_, t, _) in pairwise(texts)):
        return None  # 「项目净用地 |          公顷 | 净出让用地 | 公顷」: labels and the boxes their numbers go in (wf120)
    # A sign-off row (「审核人（签字）： | 日期：」) is no header; a register's header with one column about the
    # approval (「审批日期」, 「审核意见」) among many is.
    if any(_STAMP_BOX_RE.match(C.squash(t)) for _, t, _ in texts):
        return None  # 「信访部门 | （盖章） 年 月 日 | 民政部门 | （盖章）…」 under 联审意见: who stamps it (u77)
    signoffs = sum(1 for _, t, _ in texts if C.is_signoff(t))
    if signoffs and (len(texts) < 4 or signoffs * 2 > len(texts)):
        return None  # (a register asking each record's 评议小组签名 and 学院审批 among six other columns is a register)
    if sum(1 for _, t, _ in texts if C.squash(t).endswith((":", "："))) >= 2:
        return None
    if _filler_line(sheet, r):
        return None  # 「填报单位：白沙市场监督管理所 | 截至2025年9月30日」 above a header is no level of it (unseen 18)
    band = [r]
    while len(band) < MAX_HEADER_LEVELS and band[-1] + 1 < grid.height:
        n = band[-1] + 1
        sub = sheet.texts(n)
        if sub and _describes_groups(sheet, band, sub):
            band.append(n)  # read through: the labels under the descriptions belong to the band
            continue
        if _units_under(sheet, band, sub):
            band.append(n)  # 「户籍总户数 | 户籍总人口」 over 「户 | 人」: the units of the labels above (see _unit_row)
            break
        if sheet.is_choices_row(n):
            band.append(n)  # 「居民/非居民 | 居民身份证/营业执照/其他」: the values to choose, read by the filler
            break
        if _is_options_legend(sheet, n, 0, grid.width - 1):
            break  # 「□是 □否 | □满意 □基本满意 □不满意」: the answers of the labels above, no level (u515)
        # (One label that reads like a value among labels, 「1981-2000年」 beside 「1980年及以前」, is a label too.)
        if not sub or sheet.is_colnum_row(n) or _is_sample_row(sub) or any(
                _sentence_or_placeholder(t) for _, t, _ in sub) or 2 * sum(
                1 for _, t, _ in sub if C.looks_like_value(t)) >= len(sub):
            break
        if _card_row_under_groups(sheet, band, n, sub):
            break  # 「男方 | 女方」 over 「姓名 | ___ | 出生日期 | ___」: blanks to write in under a group, a card's rows
        if _first_rows_label(sheet, band, sub):
            break
        if all(_is_group_for(sheet, band, n, c) or _repeats_above(sheet, band, n, c, t) for c, t, _ in sub):
            band.append(n)
        else:
            break
    level_limit = len(band) + MAX_SIDE_SPAN_EXTRA
    bottom = max([band[-1]] + [rng.bottom for p in band for _, _, rng in sheet.texts(p) if rng.height <= level_limit])
    bottom = min(bottom, grid.height - 1)
    first = min(rng.left for p in band for _, _, rng in sheet.texts(p))
    last = max(rng.right for p in band for _, _, rng in sheet.texts(p))
    trailing = {c for p in range(band[-1] + 1, bottom + 1) for c in _trailing_leaves(sheet, band, p)}
    last = min(max([last, *trailing]), grid.width - 1)
    if _answer_box_after(sheet, band, last) and any(
            c > last or c < first for p in range(band[-1] + 1, bottom + 1) for c, _, _ in sheet.texts(p)):
        # 「民政部门信息 | 详细通讯地址 | ________」 over 「| 邮政编码 | ___ | 联系电话 | ___」: a blank box to write in
        # beside the labels, and more labels beyond them in the side label's rows: a card's rows, not a header.
        return None
    width = last - first + 1
    covered = 0
    for c in range(first, last + 1):
        if sheet.column_stack(band, c) or c in trailing:
            covered += 1
        elif (covered + last - c) / width < 0.9:
            return None  # too many columns without a header already: the rest cannot make up for them
    if covered / width < 0.9 or covered < 3 and not (covered == 2 and first == 0 and last == grid.width - 1):
        return None
    d = bottom + 1
    while d < grid.height and (sheet.is_colnum_row(d) or _is_options_legend(sheet, d, first, last)):
        d += 1
    filled = _is_filled_register(sheet, d, first, last)
    if d < grid.height and not (filled or sheet.is_blank(d) or sheet.is_closing_row(d)
                                or _is_data_row(sheet, d, first, last)):
        return None
    data_start = d
    # 「家庭成员」 merged down the left edge over the member rows: the table inside a card ends where it ends.
    edge_end = grid.height - 1
    edge = [rng for _, _, rng in sheet.texts(band[0]) if rng.left == first]
    inner_bottom = max((rng.bottom for p in band for _, _, rng in sheet.texts(p) if rng.left > first), default=band[-1])
    if edge and edge[0].bottom > inner_bottom:
        edge_end = edge[0].bottom
    numbered = any(C.is_serial_label(t) for c, t, _ in sheet.texts(band[0]) if c == first)
    while d <= edge_end and not sheet.is_closing_row(d) and not _card_row(sheet, d) \
            and not _ends_the_rows(sheet, d, width) and not (numbered and d > data_start and _labels_after_numbers(sheet, d, first)) \
            and (sheet.is_blank(d) or _is_data_row(sheet, d, first, last) or filled and _is_record_row(sheet, d, first, last)):
        d += 1
    labels = {c for p in band for c, _, _ in sheet.texts(p)}
    if len(labels) <= 2 and d - data_start >= 2 and all(_row_label_only(sheet, k, first) for k in range(data_start, d)):
        return None  # 「名称 | ___」 over 「住所 | ___」, 「法定代表人 | ___」: labels down a card's side, no register
    return _Band(band, bottom, first, last, data_start, max(d, bottom + 1))


def _labels_after_numbers(sheet: _Sheet, r: int, first: int) -> bool:
    """「人口变动 | 上年11月1日以来出生人数 | ___ | 死亡人数 | ___」 under a card's table of members numbered 1 … 6:
    words where the numbers stood, and a label beside them, are the card's own rows again (u455: three items
    below the table were read as a seventh member)."""
    texts = sheet.texts(r)
    return len(texts) >= 2 and texts[0][0] == first and not any(ch.isdigit() for ch in texts[0][1]) \
        and not C.is_total_label(texts[0][1]) and all(_label_like(t) for _, t, _ in texts[:2])


_PLACE_NAME_END_RE = re.compile(r"(?:村|社区|居委会|镇|乡|街道|区|县|市)$")


_ROW_CODE_HEADS = frozenset({"编号", "代码", "行次", "栏次", "行号", "行码"})
_PRINTED_ZEROS = frozenset({"0", "0.0", "0.00", "-", "—", "/"})  # a template's own zeros in a category's cells


def _printed_categories(sheet: _Sheet, band: _Band, look: int = 8) -> bool:
    """A register whose first rows are printed labels in its first columns with nothing else (「合计 | 涉及户数 |
    (户)」, 「其中：洪涝地质灾害」 …) counts by category: its rows are not records to add. Village names printed
    down the first column are records of villages, not categories."""
    labelled, totals = 0, 0
    edge = band.first_col + 2
    # (「总 计 | 01」, 「其中：女 | 02」 under a 编号 column of a 高基 table: the rows' printed codes are labels too — wf30)
    grid = sheet.grid
    coded = {c for r in band.rows for c in range(grid.width) if C.squash(grid.rows[r][c]) in _ROW_CODE_HEADS}
    numbered = 0  # rows with their printed code in a 编号 column
    for r in range(band.data_start, min(band.data_start + look, grid.height)):
        row = [(c, t, rng) for c, t, rng in sheet.texts(r) if C.squash(t) not in _PRINTED_ZEROS]
        texts = [(c, t, rng) for c, t, rng in row if c not in coded]
        if not texts:
            continue
        if sheet.is_closing_row(r):
            break  # (「合计」 over 「审核人： 填表人：」 and 「说明：…」 of a short 花名册: the footer is no category — u172)
        if any(c > edge for c, _, _ in texts) or any(_PLACE_NAME_END_RE.search(C.squash(t)) for _, t, _ in texts):
            return False
        if all(not _is_value_text(t) or C.is_total_label(t) for _, t, _ in texts):
            labelled += 1
            totals += any(C.is_total_label(t) or C.squash(t).startswith("其中") for _, t, _ in texts)
            numbered += any(c in coded and C.squash(t).isdigit() for c, t, _ in row)
    # (「博士生 | 01」, 「硕士生 | 02」 …: rows a statistics system numbers are its categories, with or without a total;
    # a numbered 「总 计 | 01」 over blank rows is one too — wf31's gj222 took records above its total)
    return labelled >= 3 and (totals >= 1 or numbered == labelled) or numbered == labelled >= 1 and totals >= 1


def _answer_box_after(sheet: _Sheet, band: list[int], last: int) -> bool:
    """A blank merged cell right of a band row's last label: where a card's answer is written."""
    grid = sheet.grid
    if last + 1 >= grid.width:
        return False
    for p in band:
        box = grid.merge_at(p, last + 1)
        if box is not None and box.right > box.left and not grid.rows[box.top][box.left].strip():
            return True
    return False


def _list_fields(sheet: _Sheet, band: _Band, context: list[str]) -> list[ParsedField]:
    grid = sheet.grid
    rows = list(range(band.rows[0], band.bottom + 1))
    fields: list[ParsedField] = []
    seen: set[tuple[int, int]] = set()
    first = band.first_col
    # 「家庭成员情况」 merged down the left edge beside a table inside a card names the whole table.
    unit_row = _unit_row(sheet, band)
    edge = sheet.column_stack(rows, first)
    # (A first column merged down to the unit row is the record's own column, 「村名」 or 「单位」, not a side label;
    # so is one merged down exactly as far as the other headers reach, 「区（县）」 over two header rows.)
    headers_end = max((sheet.bottom(r, c) for r in band.rows for c, _, _ in sheet.texts(r) if c > first),
                      default=band.rows[-1])
    if len(edge) == 1 and sheet.bottom(edge[0][0], edge[0][1]) > headers_end and band.last_col > first + 1 \
            and not C.is_serial_label(edge[0][2]) and sheet.bottom(edge[0][0], edge[0][1]) != unit_row:
        context = [*context, edge[0][2]]
        first += 1
    elif first > 0 and (beside := grid.span(band.rows[0], first - 1)).top < band.rows[0] \
            and beside.bottom > headers_end and beside.right == first - 1 \
            and (side := grid.rows[beside.top][beside.left].strip()) and side not in context and _label_like(side):
        # 「家庭情况」 merged down the left of a card, over 「家庭人口数 | ___」 and then a table of the members
        # (「称谓 | 姓名 | 年龄 | 工作（学习）单位」): the side label, begun above the table, names its rows too (u447)
        context = [*context, side]
    # (「乡镇 | 服务期满人数 | 期满考核结果 › 优秀 | 合格 | 不合格」: on a table whose rows are places and that names no
    # one, words under a group head columns of counts, none a value to tick — u240)
    by_place = bool(edge) and C.names_a_place_level(edge[0][2]) and not any(
        "姓名" in C.squash(t) for r in band.rows for _, t, _ in sheet.texts(r))
    units: dict[int, str] = {}  # column → the unit printed under its label
    for c in range(first, band.last_col + 1):
        stack = sheet.column_stack(rows, c)
        if not stack:
            continue
        if unit_row is not None and len(stack) >= 2 and stack[-1][0] == unit_row:
            # 「蔬菜合计 | 亩 | 百公斤」: the unit row under a header is no header level; the item is the label
            # above it, in that unit (two columns under one label are two items, area and output).
            unit = units[c] = C.squash(stack[-1][2]).strip("()（）")
            above = stack[-2]
            # (the second column under a label merged over both stands at its unit's cell, one the sheet prints:
            # inside the label's merge it would be no cell at all)
            at = above[0] if sheet.grid.is_anchor(above[0], c) else stack[-1][0]
            stack = [*stack[:-2], (at, c, f"{above[2].strip()}（{unit}）")]
        side: list[str] = []  # labels merged down past the header: they name the whole table's rows
        own: list[tuple[int, int, str]] = []
        for label in stack:
            if sheet.bottom(label[0], label[1]) > band.bottom:
                side.append(label[2])
            else:
                own.append(label)
        stack = own
        if not stack:
            continue
        leaf_r, leaf_c, leaf = stack[-1]
        if (leaf_r, leaf_c) in seen:
            continue
        seen.add((leaf_r, leaf_c))
        # (「网络零售额 › 2025年1-6月」: a period under a group heads one of its columns, as 「2024年」 beside it does.)
        # (「登记卡 › 编号」: a number under what it numbers is that document's, no row counter)
        # (「户名 | 类型 | 性别 | 编号」: a 编号 after the record's own columns numbers the household, no row — wf22)
        serial = C.is_serial_label(leaf) and not ((len(stack) >= 2 or fields) and C.squash(leaf) == "编号")
        # (「矫正期限 › 起 | 止」: the end of a term under it, a date of its own column, no blank between two — u257)
        if serial or C.is_colnum(leaf) or C.is_non_field_text(leaf) and not _dated_column(leaf) \
                and not (len(stack) >= 2 and (C.is_period_text(leaf) or C.squash(leaf) in _TERM_ENDS)) \
                or _SIGNATURE_COLUMN_RE.search(C.squash(leaf)):
            continue
        # (「帮扶资金 › 4 › 规划投入资金」: a bare number above the labels is a page's or a table's, no group)
        stack = [label for label in stack[:-1] if not _BARE_NUMBER_RE.match(label[2])] + stack[-1:]
        path = [*context, *side, *(t for _, _, t in stack)]
        parent = stack[-2] if len(stack) >= 2 else None
        if parent and not by_place and C.is_option_word(leaf) and (C.squash(leaf) not in _COUNTED_OPTIONS
                                                  or _ATTRIBUTE_PARENT_RE.search(C.squash(parent[2]))
                                                  and not C.is_breakdown_header(parent[2])
                                                  and not any(_COUNT_GROUP_RE.search(C.squash(t))
                                                              for _, _, t in stack[:-2])):
            # 「认定等级 | 特困 | 困难 | 一般」: columns headed by the values to tick ask for the group's item.
            if fields and fields[-1].header_path[:-1] == path[:-2] and fields[-1].label == parent[2]:
                fields[-1].options.append(leaf)
                continue
            if _option_group(sheet, rows, parent, band):
                fields.append(ParsedField(parent[0], parent[1], grid.rows[parent[0]][parent[1]], path[:-1], "list",
                                          unit=unit_in_label(parent[2]), options=[leaf]))
                continue
        text = leaf if c in units else grid.rows[leaf_r][leaf_c]  # a label built with its unit is in no cell
        # (「劳动力（人） › 合计 | 其中：外出务工」: a group's unit is its columns' unit)
        unit = unit_in_label(leaf) or units.get(c) or _groups_unit([t for _, _, t in stack[:-1]], leaf)
        fields.append(ParsedField(leaf_r, leaf_c, text, path, "list", unit=unit))
    legends = [r for r in range(band.bottom + 1, band.data_start)
               if _is_options_legend(sheet, r, band.first_col, band.last_col)]
    for r in [*rows, *legends]:
        if r > band.rows[0] and (sheet.is_choices_row(r) or r in legends):
            # 「管道气/瓶装液化气/其他」 under 气源类型: the values its column takes, for the 一套表's dropdown; so do the
            # boxes of a legend row under the header (「□是 □否」 — u515)
            for col, text, rng in sheet.texts(r):
                owner = next((f for f in fields if rng.left <= f.col <= rng.right or f.col == col), None)
                if owner is not None and not owner.options:
                    owner.options = C.choices_of(text) or ([text] if r in legends else [])  # (as a card keeps its boxes)
    return fields


_BARE_NUMBER_RE = re.compile(r"^\s*\d{1,3}\s*$")


_RELATION_COLUMN_RE = re.compile(r"^(?:称谓|关系|亲属关系|家庭关系|成员关系|与.{1,8}(?:的)?(?:关系|称谓))$")


def _groups_unit(groups: Sequence[str], leaf: str = "") -> str | None:
    """The unit printed in the innermost group header that has one (劳动力（人） › 合计); none for a leaf that is no
    quantity (「补偿资金（元） › 兑付日期」 is a day — u620's had been in 元)."""
    if _NO_QUANTITY_RE.search(C.squash(leaf)):
        return None
    return next((u for g in reversed(groups) if (u := unit_in_label(g))), None)


_NO_QUANTITY_RE = re.compile(r"(?:日期|时间|年月|年份|月份|姓名|名称|电话|号码|编号|账号|方式|类型|类别|地址|地点|原因|备注|说明)$")


# 「评议小组签名」, 「学院审批」 heading a register's column: signed or stamped by hand on the paper form, nothing to
# collect (「审批日期」 is a date and 「违法审批」 a count: both are items).
_SIGNATURE_COLUMN_RE = re.compile(r"签名|签字|签章|盖章|手印|签批|(?:学院|学校|单位|部门|领导|小组|乡镇|街道|村委|社区)(?:审批|审核|意见)$")


_TERM_ENDS = frozenset({"至", "止", "到"})


def _dated_column(leaf: str) -> bool:
    """「填报日期」 heading a register's column: the date of each record, asked on every row. (Beside a colon, above
    the table, it is the filler's line.)"""
    s = C.squash(leaf)
    return C.is_fill_line(leaf) and len(s) <= 8 and ":" not in s and "：" not in s and not (
        C.is_attachment(leaf) or C.is_footer(leaf) or C.is_notes(leaf) or C.is_unit_line(leaf)
        or C.is_date_placeholder(leaf))


# Units of measure printed on a row of their own under a header (「亩 | 百公斤 | 头 | 户」).
_MEASURE_UNITS = frozenset({
    "万元", "千元", "亿元", "元", "人", "人次", "户", "个", "亩", "公顷", "万亩", "平方米", "立方米", "米", "公里", "千米",
    "吨", "万吨", "公斤", "千克", "百公斤", "斤", "次", "间", "套", "辆", "台", "头", "只", "羽", "匹", "条", "艘", "株",
    "棵", "张", "件", "家", "所", "座", "处", "名", "岁", "%", "‰", "小时", "天", "千瓦", "千瓦时", "万千瓦时", "kg",
    "km", "m2", "m3", "万人", "万户", "元/人", "元/亩", "元/吨", "元/公斤",
})


def _units_under(sheet: _Sheet, band: list[int], sub: list[tuple[int, str, CellRange]]) -> bool:
    """A row of nothing but units of measure (two or more), each under a label of the band."""
    return len(sub) >= 2 and all(C.squash(t).strip("()（）") in _MEASURE_UNITS for _, t, _ in sub) \
        and all(sheet.column_stack(band, c) for c, _, _ in sub)


def _unit_row(sheet: _Sheet, band: _Band) -> int | None:
    """The band's last row when it holds nothing but units of measure (at least two), else None."""
    texts = sheet.texts(band.bottom)
    if band.bottom == band.rows[0] or len(texts) < 2:
        return None
    return band.bottom if all(C.squash(t).strip("()（）") in _MEASURE_UNITS for _, t, _ in texts) else None


# Option words that a statistical table counts by (一年级 › 男 | 女, 户籍人口 › 城镇 | 农村): values to tick only
# under the item they are values of (性别 › 男 | 女).
_COUNTED_OPTIONS = frozenset({"男", "女", "城镇", "农村", "农业", "非农业"})
_ATTRIBUTE_PARENT_RE = re.compile(r"性别|户口|户籍性质|城乡|性质|类型|类别|属地")
# A group counting people above 「性别 › 男 | 女」 (「流入人口 › 性别 › 男」): the count broken down, no option to tick
# (u194: a village table's 男 and 女 columns became one 性别 to tick)
# (「本年末人数中 › 按性别 › 男 | 女」: among those counted — u247)
_COUNT_GROUP_RE = re.compile(r"(?:人口|人数|人次|户数)中?(?:[(（][^()（）]*[)）])?$")


def _option_group(sheet: _Sheet, rows: list[int], parent: tuple[int, int, str], band: _Band) -> bool:
    """Every column under the group header is headed by an option word, and there are at least two. (Not on a
    table its unit line says counts people or households: 「单位：人」 over 「性别 › 男 | 女」 of a table of villages
    counts the men and the women — u439's two columns had become one 性别 to choose.)"""
    rng = sheet.grid.span(parent[0], parent[1])
    leaves = [sheet.column_stack(rows, c)[-1][2] for c in range(rng.left, min(rng.right, band.last_col) + 1)
              if sheet.column_stack(rows, c)]
    distinct = list(dict.fromkeys(leaves))
    return len(distinct) >= 2 and all(C.is_option_word(t) for t in distinct) and not _counts_people(sheet, band)


_COUNTING_UNIT_LINE_RE = re.compile(r"单位[:：]\s*(?:人|户|人次|户次)(?:$|[\s、，,;；])")


def _counts_people(sheet: _Sheet, band: _Band) -> bool:
    """A unit line above the header saying the table counts people or households (「单位：人」)."""
    return any(C.is_unit_line(t) and _COUNTING_UNIT_LINE_RE.search(C.squash(t))
               for r in range(max(0, band.rows[0] - 4), band.rows[0]) for _, t, _ in sheet.texts(r))


# --------------------------------------------------------------------------- card forms
_PERSON_ITEM_RE = re.compile(r"^(?:姓名|名称|性别|年龄|出生|身份证|公民身份号码|证件|联系电话|电话|手机|与.{1,4}关系|关系|工作单位|住址)")


def _labels_a_person_item(text: str) -> bool:
    """The label is one of a person's own items (姓名, 身份证号码, 联系电话 …), as a group's first column is."""
    return bool(_PERSON_ITEM_RE.match(C.squash(text)))
_LABEL_COLON_RE = re.compile(r"^([^:：□☐]{1,20})[:：]\s*(.*)$", re.S)
# The box beside a post or a person that holds only a signature and its day (「签字：    年  月  日」).
_SIGNATURE_BOX_RE = re.compile(r"^[(（]?(?:签字|签名|签章|签字盖章|签名盖章)[)）]?[:：]?_*(?:年_*月_*日_*)?$")
# A box holding only a signer's word and the day: 「申请人（签字按印）：  年 月 日」, 「经办人：  年 月 日」
_SIGNER_DATE_BOX_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:\((?:签字|签名|签章|盖章)[^()]{0,4}\))?:_*年_*月_*日_*$")
_QUESTION_OPENINGS = ("是否", "有无")  # (a question beside a review's side label: 是否存在…情形 | □是 □否)
# A stamp and its day (「（盖章） 年 月 日」): whoever stamps the form off. (A 「（盖章）」 alone beside 单位名称 is where
# the unit writes its name and stamps it: an item.)
_STAMP_BOX_RE = re.compile(r"^[(（]?(?:盖章|公章|单位盖章)[)）]?[:：]?_*年_*月_*日_*$")


def _breakdown_sibling(fields: list[ParsedField], r: int, text: str, nxt: str | None) -> bool:
    """「户籍人口 | ___ | 其中：男 | ___ | 女 | ___」: the value word after a 「其中：」 one on its row, with a box of its
    own, is the breakdown's next label, not an answer printed in the card (u85)."""
    if not fields or fields[-1].row != r or nxt:
        return False
    before = C.squash(fields[-1].label)
    return before.startswith("其中") and C.is_code_value(before[2:].lstrip(":："))


def _boxed_label(seq: Sequence[tuple[int, str, CellRange]], j: int) -> bool:
    """Cell j of a card row is a label with a blank box after it, one row high: 「建议改造项目 | ___」 (「签章 › 学生本人
    | ___」 merged down six rows is where the student signs)."""
    return j + 1 < len(seq) and bool(seq[j][1]) and _label_like(seq[j][1]) and not seq[j + 1][1] \
        and not C.is_official(seq[j][1]) and seq[j][2].bottom == seq[j][2].top == seq[j + 1][2].bottom


def _dated_box(seq: Sequence[tuple[int, str, CellRange]], j: int) -> bool:
    """Cell j names a day of its own (申请日期, 评估日期) with a blank box after it, no bare 日期 of a signature."""
    day = C.squash(seq[j][1]).rstrip(":：")
    return _boxed_label(seq, j) and day.endswith(_DAY_ENDINGS) and len(day) >= 4 and not C.is_signing_day(day)


def _identified_below(grid: Grid, r: int, person: str) -> bool:
    """The next rows ask the person's papers or phone (「经办人证件号码」, 「经办人联系电话」)."""
    asked = tuple(person + item for item in ("证件", "身份证", "公民身份", "联系电话", "电话", "手机"))
    return any(C.squash(text).startswith(asked) for row in grid.rows[r + 1:r + 3] for text in row if text)


def _card_fields(sheet: _Sheet, r: int, context: list[str]) -> list[ParsedField]:
    grid = sheet.grid
    side: list[str] = []
    seq: list[tuple[int, str, CellRange]] = []
    inner: list[tuple[int, str]] = []
    c = 0
    boxed: str | None = None  # a 「…意见」 merged down from above: a group if labels follow it on its rows
    while c < grid.width:
        rng = grid.span(r, c)
        text = grid.rows[rng.top][rng.left].strip()
        if rng.top < r:
            if text and not seq and not C.is_signoff(text):
                side.append(text)  # a side label merged down from a row above
            elif text and not seq:
                boxed = text
            elif text and seq:
                inner.append((c, text))  # a label merged down mid-row: a group if a label follows it (below)
        else:
            seq.append((c, text, rng))
        c = rng.right + 1
    first_label = next((t for _, t, _ in seq if t), "")
    if boxed and (_labels_a_person_item(first_label)
                  or _boxed_label(seq, next((j for j, (_, t, _) in enumerate(seq) if t), 0))):
        # 「直系亲属意见 › 身份证号码 | 联系电话」: the relatives who sign, and their items; 「评估意见 › 预估费用（元）
        # | ___」 on its second row (u394)
        side.append(boxed)
    # 「视力 | 左眼 | ___」 over 「     | 右眼 | ___」: a label merged down mid-row over the labels right of it.
    groups = [(col, text) for col, text in inner if _label_like(text) and _label_like(
        next((t for c2, t, _ in seq if c2 > col), "") or "")]
    fields: list[ParsedField] = []
    texts_seen = 0
    sides_here = 0  # group labels met in this row so far
    decided_at = -1  # a sign-off box passed over for what the review decides, further along its row
    for i, (col, text, rng) in enumerate(seq):
        if not text or i < decided_at:
            continue
        texts_seen += 1
        nxt = seq[i + 1][1] if i + 1 < len(seq) else None
        if C.is_signoff(text) and decided_at < i and rng.bottom == rng.top and (later := next(
                (j for j in range(i + 1, len(seq)) if seq[j][1] and (C.is_decided_figure(seq[j][1])
                                                                     or _dated_box(seq, j))), None)):
            # 「县侨联审核意见 | （盖章） 年 月 日 | 核定救助金额（元） | ___」: the stamp's box, then the amount it decides,
            # a figure to fill (u119); so is the day of 「本人承诺……签字： | 申请日期 | ___」 in a box of its own (u394)
            decided_at = later
            continue
        if C.is_signoff(text) and rng.bottom > rng.top and (_labels_a_person_item(nxt or "")
                                                             or C.is_decided_figure(nxt or "")
                                                             or C.squash(nxt or "").startswith(_QUESTION_OPENINGS)
                                                             or _boxed_label(seq, i + 1)):
            # 「直系亲属意见」 merged down beside 「姓名 | ___ | 与登记人关系」: a group, not a box; so is 「乡镇（街道）
            # 审核」 beside 「核定金额（元） | ___ | 审核日期」, what the review decides (u114, u112), and 「评估意见」
            # beside 「建议改造项目 | ___」 over 「预估费用（元） | ___ | 评估日期 | ___」 (u394); and 「资格审查」 beside
            # 「是否存在不得确定为候选人情形 | □是 □否」, a question the review answers (u637)
            side.append(text)
            continue
        if C.is_officer(text) and any(t and not C.is_signoff(t) for _, t, _ in seq[i + 1:]):
            continue  # 「受理民警 | ___ | 登记日期 | ___ | 号牌号码」: the officer signs; the row's record goes on (u150)
        if C.is_signoff(text) or C.is_footer(text) or C.is_notes(text):
            break
        if C.is_official(text) and all(C.is_official(t) or C.is_signoff(t) or C.is_signing_day(t) for _, t, _ in seq[i:] if t) \
                and not (fields and fields[-1].row == r and _identified_below(grid, r, C.squash(text).rstrip(":："))):
            # 「经办人 | ___ | 审核人 | ___ | 审批人 | ___」: a row of those who sign (u161). (「申请单位 | ___ | 经办人 | ___」
            # over 「经办人证件号码 | ___」 of a 查询申请书: the person who comes for the body, whose papers it asks — u395)
            break
        if C.is_official(text) and any(C.is_decided_figure(t) or C.squash(t).endswith(_DAY_ENDINGS)
                                       for _, t, _ in seq[:i] if t):
            # 「核定提取金额（元） | ___ | 经办人 | ___」: who decided it signs there, no item (u120, u121); so do those
            # beside the day a report is issued (「报告出具日期 | ___ | 核对人员 | ___ | 审核人」, u161)
            if any(C.squash(t).endswith(_DAY_ENDINGS) and not C.is_official(t) for _, t, _ in seq[i + 1:] if t):
                continue  # 「申请日期 | ___ | 经办人 | ___ | 受理日期 | ___」: the day after the signer is asked (u446)
            break
        if _DOER_BLANK_RE.match(C.squash(text)) and any(C.is_signoff(t) for _, t, _ in seq[i + 1:] if t):
            break  # 「建册人： | 建册机构（盖章）：  年  月  日」 closing a card: who made it signs, no item (u317)
        if C.squash(text).endswith("确认") and any(C.is_signoff(t) for _, t, _ in seq[i + 1:] if t):
            break  # 「农户确认 | ___ | 本人确认以上信息真实准确……签字（按手印）：」: who confirms and signs, no item
        if nxt and C.squash(text).rstrip(":") in _NOTES_HEADINGS and _sentence_or_placeholder(nxt):
            break  # 「说明 | 此表一式贰份，一份装入学生档案……」: the card's note, printed, not a box to fill
        if nxt and (_SIGNATURE_BOX_RE.match(C.squash(nxt)) or _STAMP_BOX_RE.match(C.squash(nxt))
                    or _SIGNER_DATE_BOX_RE.match(C.squash(nxt))):
            # 「村（社区）协办员 | 签字：    年  月  日」: whoever signs, not an item; so is 「户主申请 | 申请人（签字按印）：
            # 年 月 日」 and 「县交警大队备案 | 经办人：  年 月 日」, a box holding only who signs and the day (u638, u640)
            break
        if C.is_unit_box(text) or fields and fields[-1].row == r and _printed_unit(text):
            # 「用地总面积 | 公顷」, 「项目净用地 |          公顷」: the unit printed in the label's box, no label; so is
            # 「12 从业人员期末人数 | ___ | 人」 after the box (u189)
            if fields and fields[-1].row == r and not fields[-1].unit:
                fields[-1].unit = C.squash(text)
            continue
        if fields and i == len(seq) - 1 and seq[i - 1][0] == fields[-1].col and rng.right == grid.width - 1 \
                and rng.width >= 3 and texts_seen == 2 and not C.squash(text).endswith((":", "：")) \
                and not C.is_option_text(text):
            continue  # 「用地项目所涉及部门 | 公路部门」 across the rest of the row: the answer printed for this copy
        if fields and fields[-1].col == seq[i - 1][0] and _numbered_answers(text):
            fields[-1].options.append(text)  # 「户别 | 1.家庭户　2.集体户」: the answers to circle, beside the label
            continue
        if C.is_option_text(text):
            colon = _LABEL_COLON_RE.match(C.strip_marks(text).strip())
            if colon and not fields or colon and not C.is_option_text(colon.group(1)):
                fields.append(ParsedField(r, col, text, [*context, *side, colon.group(1).strip()], "card"))
            elif fields:
                fields[-1].options.append(text)
            continue
        # (「在院老人（人） | 合计 | ___ | 其中：女 | ___」: a total under a group label is the group's item)
        if C.looks_like_value(text) or C.is_code_value(text) and not _breakdown_sibling(fields, r, text, nxt) \
                or C.is_fill_line(text) and not _record_date(text, nxt) \
                or C.is_total_label(text) and not side and not any(c2 < col for c2, _ in groups) \
                or C.is_serial_label(text) or C.is_date_placeholder(text) or C.is_photo_box(text) \
                or C.is_amount_in_words(text) or _numbered_blanks(text):
            continue  # a printed answer, a blank for a date, a counter or a photo's box is not a label
        ends_with_colon = C.squash(text).endswith((":", "："))
        nxt_box = seq[i + 1][2] if i + 1 < len(seq) else None
        # (「名称 | | 企业状态：______」: a wide box after the label is its answer box, whatever is printed in it)
        wide_box = nxt_box is not None and nxt_box.width >= 3 and nxt_box.width * 2 >= grid.width - rng.right - 1 \
            and C.squash(nxt or "").endswith((":", "："))
        # (「资产状况」 merged down beside 「房产：□无□有」: a label before the options, so the side's group)
        labelled_options = C.is_option_text(nxt or "") and _LABEL_COLON_RE.match(C.strip_marks(nxt or "").strip())
        # (「用地项目所涉及部门 | 公路部门」 with nothing after it: what is printed in the label's box)
        printed_answer = i + 1 == len(seq) - 1 and nxt_box is not None and nxt_box.right == grid.width - 1 \
            and nxt_box.width >= 3 and rng.height == 1 and texts_seen == 1
        if nxt and not ends_with_colon and (not C.is_option_text(nxt) or labelled_options and rng.height > 1) \
                and not wide_box and not _numbered_answers(nxt) and not _numbered_blanks(nxt) \
                and not C.is_place_blanks(nxt) \
                and not C.is_unit_box(nxt) \
                and not printed_answer \
                and not C.is_date_placeholder(nxt) and (  # (「租赁期限 | 年 月 日 至 年 月 日」: the box of a label)
            texts_seen == 1 and (rng.height > 1 or _label_like(nxt))
            # 「家庭成员情况 | 父亲情况 | 姓名 | ___」: stacked group labels, merged down, all name the group
            or not fields and texts_seen == sides_here + 1 and rng.height > 1 and _label_like(nxt)
            # 「监测预警（merged down） | 监测人 | 姓名 | ___ | 联系电话」: the person whose items follow (u168)
            or not fields and sides_here and texts_seen == sides_here + 1 and _labels_a_person_item(nxt)
            and _label_like(text) and not _labels_a_person_item(text)
            # (「家庭成员及主要社会关系 | 称谓 | 姓名 | 工作单位」: a relation heads a member table's column, no
            # person — u622's 称谓 was lost and the members' items became a 称谓's)
            and not _RELATION_COLUMN_RE.match(C.squash(text))
        ):
            side.append(text)  # 「监护人情况 | 姓名 | ___」: the first text names the group
            sides_here += 1
            continue
        if texts_seen > 1 and fields and rng.height > 1 and nxt and nxt_box is not None and \
                nxt_box.height < rng.height and _label_like(nxt) and _label_like(text) and not ends_with_colon:
            groups.append((col, text))  # the top row of such a group: 「视力 | 左眼」
            continue
        # (「是否存在《村（社区）“两委”成员候选人资格条件负面清单》所列情形 | □是 □否」: a document it cites is one
        # name, however long — u166)
        # (nor is a note in brackets: 「5.是否按规定留样（每餐次每个品种不少于125克，留存48小时以上）」 — u176)
        # (「是否存在非法拼装、改装电动自行车或提供解除限速、更换大容量蓄电池等服务 | □是 □否」: a check asked with its
        # answers beside it is an item however long it runs — u225)
        longest = _LONGEST_CHECK if _ASKS_YES_NO_RE.match(C.squash(text)) and nxt and C.is_option_text(nxt) \
            else _LONGEST_LABEL
        if len(_BRACKETED_RE.sub("", _CITED_DOCUMENT_RE.sub("《》", C.squash(text)))) > longest \
                or not _plausible_label(text):
            continue
        if nxt is None and not ends_with_colon and not fields and i == 0 and grid.width <= 2:
            continue  # a lone text in a one-column sheet is a list entry (code lists), not a label
        over = [t for c2, t in groups if c2 < col]
        fields.append(ParsedField(r, col, text, [*context, *side, *over, text], "card", unit=unit_in_label(text)))
    return fields


_LONGEST_LABEL, _LONGEST_CHECK = 30, 60
# An answer's wording with blanks to fill in.
_TEMPLATE_ANSWER_RE = re.compile(r"^_{3,}[^_]+_{3,}")
_CITED_DOCUMENT_RE = re.compile(r"《[^《》]{2,}》")


_MASKED_RE = re.compile(r"\*{2,}")
_ASCII_LABEL_RE = re.compile(r"^[A-Za-z][A-Za-z0-9\-_. ]{1,15}$")


@lru_cache(maxsize=1 << 16)
def _sentence_or_placeholder(text: str) -> bool:
    """A sentence of a certificate (「经核实，情况如下：」), a bracketed placeholder to be replaced, a masked
    value (「**年*月*日从**迁入」), a hint written where the answer goes (「（区号）－」) or an answer's wording with
    blanks to fill in (「______号规划用地范围图______红线图」)."""
    s = C.squash(text)
    # A note in brackets may be a sentence (「身份证号码（18位，末位X大写）」): the label before it is not.
    said = _BRACKETED_RE.sub("", s) or s
    return any(mark in said for mark in ",;。") or (s[:1] == "(" and s[-1:] in ")-－—_")  \
        or bool(_MASKED_RE.search(s)) or bool(_BLANK_BEFORE_UNIT_RE.search(text)) and not _SPACED_PAIR_RE.fullmatch(text) \
        or bool(_TEMPLATE_ANSWER_RE.match(s)) \
        or bool(_DATE_BLANK_RE.match(text.strip()))  # squash() applied NFKC


# 「        年      月      日」, 「（盖章） 年 月 日」: where a date is written by hand, no label (u437: the card's last rows,
# 申请日期 and three offices' opinions, had been read as the levels of a table's header)
_DATE_BLANK_RE = re.compile(r"^(?:[(（](?:盖章|签字|签名|签章|公章|章)[)）])?\s*(?:20)?[\s_＿]*年[\s_＿]+月[\s_＿]+日$")
# 「每日  次 每次  mg」: a blank to write a number in before its unit, a dose's template, no label (u137)
# (and 「小区（项目）      栋      单元      号」, where a door address goes — u163)
# (but 「餐    次」, two characters spaced out to fill the box as 「姓    名」 is, is a label: u508's 聚餐备案登记表 lost it;
# 「共    次」 and 「每    次」 still leave the number's blank)
_SPACED_PAIR_RE = re.compile(r"\s*[^\s共每第约计合][ \u3000]{2,}[\u4e00-\u9fff]\s*")
_BLANK_BEFORE_UNIT_RE = re.compile(r"[\u4e00-\u9fff）)][ \u3000_]{2,}(?:次|mg|毫克|片|粒|支|ml|毫升|克|分钟|小时|天|栋|幢|单元|"
                                   r"室|层)(?:\s|$)")


# (one pattern for the module: squash() has made every bracket ASCII — two earlier definitions of this name,
# for full-width brackets and for a whole bracketed text, were never in force)
_BRACKETED_RE = re.compile(r"\([^()]*\)")


def _plausible_label(text: str) -> bool:
    """Not a sentence, a placeholder or a stray unit (「ml/ kw」); E-mail, QQ and ID are labels too."""
    s = C.squash(text)
    return bool(C.CJK_RE.search(s) or _ASCII_LABEL_RE.match(s) and len(s) >= 2 and s.lower() not in _UNIT_WORDS) \
        and not _sentence_or_placeholder(text)


_UNIT_WORDS = {"ml", "kg", "kw", "km", "mm", "cm", "m2", "m3", "kwh", "t", "g", "l"}


def _record_date(text: str, nxt: str | None) -> bool:
    """「登记日期 | ___」 inside a card: the date of the record (a marriage registered), asked like any item; the
    filler's own date (填报日期, 报送日期) and lines with a colon stay the form's."""
    s = C.squash(text)
    return nxt == "" and s.endswith(("日期", "时间")) and not s.startswith(("填", "报", "制", "统计")) \
        and ":" not in s and "：" not in s


def _label_like(text: str) -> bool:
    s = C.squash(text)
    # (「/」 printed in a box between 收缩压 and 舒张压 is what to write around, not a label)
    return 1 <= len(s) <= 20 and any(ch.isalnum() for ch in s) and not C.looks_like_value(text) \
        and not C.is_option_text(text) \
        and not _sentence_or_placeholder(text) and not C.is_signoff(text) \
        and not C.is_place_blanks(text)  # 「申请人签字：年月日」, 「乡（镇） 村 组」 are no labels


def _closes_section(texts: list[tuple[int, str, CellRange]]) -> bool:
    """「申请人承诺 | 本人承诺……签字」 across a card: a declaration signed across it closes the section above; the
    office's 「登记日期 | 号牌号码」 after it are not the 代理人's (u150)."""
    return bool(texts) and len(texts) <= 2 and C.is_signoff(texts[0][1]) and bool(_DECLARATION_RE.search(texts[0][1]))


# (a review's own sign-offs, 「二、评定意见 › 村级评定小组意见 | 组长（签字）」, go on with the items it decides)
_DECLARATION_RE = re.compile(r"承诺|声明|保证")
# A section about one person: 「代办人情况（委托他人代为申请时填写）」, 「监护人信息」, 「接替人员基本情况」
_PERSONS_SECTION_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}人员?(?:(?:基本)?(?:情况|信息)|$)")
# What a person's section may go on to ask on a row of its own: where they live, whom they work for, how to reach them.
_PERSONS_OWN_ITEM_RE = re.compile(r"地址|住址|住所|居住|户籍|籍贯|单位|职业|职务|电话|手机|联系方式|关系|证件|身份|民族|"
                                  r"学历|文化|健康|银行|账号|帐号|卡号|姓名|性别|年龄|出生|政治|婚姻|专业|资格|证书|"
                                  r"邮政|邮编|微信|邮箱")


def _leaves_a_persons_section(sheet: _Sheet, section: list[str], r: int,
                              texts: list[tuple[int, str, CellRange]]) -> bool:
    """「紧急联系人情况 › 姓名 | 与本人关系 | 联系电话」 then 「服务期间主要工作表现 | ___ (across the card)」: an item
    asked alone on its row after a row of the person's several, and none a person is asked about, is the card's
    own again (u240, u237: 「接替人员基本情况」 had made the 轮换原因 the successor's)."""
    if not section or not _PERSONS_SECTION_RE.match(C.squash(section[-1])):
        return False
    # (「消防安全管理人 › 姓名 | 证件号码 | 联系电话」 then 「建筑面积（㎡） | ___ | 使用面积（㎡） | ___」: the place's
    # own items again, none a person is asked — u414 had read 消防安全管理人使用面积)
    labels = [t for _, t, _ in texts if _label_like(t)]
    if not labels or any(_PERSONS_OWN_ITEM_RE.search(C.squash(label)) for label in labels):
        return False
    heading = C.squash(section[-1])
    for k in range(r - 1, -1, -1):
        above = sheet.texts(k)
        if len(above) == 1 and C.squash(above[0][1]) == heading:
            return False
        if sum(_label_like(t) for _, t, _ in above) >= 2:
            return True
    return False


def _ends_a_persons_section(section: list[str], texts: list[tuple[int, str, CellRange]]) -> bool:
    """「代办人情况 › 姓名 …」 then 「村（居）委会意见 | 经办人：（盖章）」: the offices' boxes end the person's section; the
    review's items after them (救助方式, 核定救助金额) are no 代办人's (u161)."""
    return bool(section and texts) and bool(_PERSONS_SECTION_RE.match(C.squash(section[-1]))) \
        and "意见" in C.squash(texts[0][1])


def _card_rows(sheet: _Sheet, rows: range, top: _Top | None = None) -> list[ParsedField]:
    """The card rows among ``rows`` around a table inside a card: above it (``top`` given: meta lines feed the
    form's metadata, closing lines are passed), or below it up to the card's footer or notes."""
    found: list[ParsedField] = []
    for r in rows:
        if top is not None and _consume_blank_or_meta(sheet, top, r):
            continue
        if sheet.is_closing_row(r):
            if top is None:
                break
            continue
        if _card_row(sheet, r):
            found.extend(_card_fields(sheet, r, []))
    return found


_PROMPT_RE = re.compile(r"^[^:：]{1,8}[:：]_*$")


def _signoff_below(sheet: _Sheet, r: int) -> bool:
    """The nearest row below ``r`` with any text opens with a sign-off."""
    below = next((k for k in range(r + 1, min(r + 4, sheet.grid.height)) if sheet.texts(k)), None)
    return below is not None and C.is_signoff(sheet.texts(below)[0][1])


def _after_closing_row(sheet: _Sheet, r: int) -> bool:
    """The nearest row above ``r`` with any text is a footer or a note, or opens with a sign-off (「本卡发放单位
    （盖章）： | 持卡人：」)."""
    above = next((k for k in range(r - 1, -1, -1) if sheet.texts(k)), None)
    return above is not None and (sheet.is_closing_row(above) or C.is_signoff(sheet.texts(above)[0][1]))


def _states_heading(texts: list[tuple[int, str, CellRange]]) -> bool:
    """「(技术指标) | 指标 | 改造前 | 改造后」: an indicator stub and the periods or states of the rows under it; and
    「项目 | 金额 | 自理 | 自费 | 项目 | 金额 | 自理 | 自费」, two such stubs side by side over two columns of rows (a
    报销单's charges, wf14: eight items of its heading)."""
    at = next((n for n, (_, t, _) in enumerate(texts) if C.is_indicator_header(t)), None)
    if at is not None and at <= 1 and len(texts) - at - 1 >= 2 and all(
            C.is_period_header(t) for _, t, _ in texts[at + 1:]):
        return True
    words = [C.squash(t) for _, t, _ in texts]
    half = len(words) // 2
    return len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:] and C.is_indicator_header(words[0])


# --------------------------------------------------------------------------- sheet
def parse_grid(grid: Grid) -> ParsedSheet | None:
    """Recognise the form on one grid; None when it holds no data items."""
    if grid.hidden or not grid.rows or grid.width == 0:
        return None
    sheet = _Sheet(grid)
    parsed = _recognise(sheet)
    if parsed is not None and parsed.layout is not Layout.INDICATOR:
        _choices_from_notes(sheet, parsed)
    return parsed


def _choices_from_notes(sheet: _Sheet, parsed: ParsedSheet) -> None:
    """The answers the notes under a table list for its items (「注：1.健康状况：健康；一般或较弱；慢性病……」), as if
    printed beside them: the 一套表 offers them as a drop-down, split says what is not one of them, and items
    listing disjoint answers are told apart (wf54: 「儿童类别（1-6）」, its six kinds defined only in the note,
    got 「留守儿童」 as typed)."""
    last = max(f.row for f in parsed.fields)
    notes = "\n".join([*(t for r in range(last + 1, sheet.grid.height) for _, t, _ in sheet.texts(r)),
                       *sheet.grid.trailing])
    if "：" not in notes and ":" not in notes:
        return
    listed = C.choices_in_notes(notes)
    for f in parsed.fields:
        if not f.options and (choices := listed.get(_BRACKETED_RE.sub("", C.squash(f.label)))):
            f.options = ["".join(f"□{choice}" for choice in choices)]


def _recognise(sheet: _Sheet) -> ParsedSheet | None:
    grid = sheet.grid
    top = _read_top(sheet)
    h = _find_indicator_header(sheet, top.body_start)
    if h is not None:
        parsed = _parse_indicator(sheet, h, top)
        above = _card_rows(sheet, range(top.body_start, h), top)
        header = [t for _, t, _ in sheet.texts(h)]
        if above and parsed.fields and any(C.is_unit_header(t) for t in header) \
                and any(C.is_code_header(t) for t in header):
            # 「灾害种类 | ___ | 灾害发生时间 | ___」 over 「指标名称 | 计量单位 | 代码 | 本次灾害过程 | 本年累计」: a
            # statistics report asks above its table what its figures are about (u160: a 自然灾害情况统计快报 was
            # read as one person's card, and none of its figures met the 核报's)
            parsed.fields[:0] = above
            return parsed
        if len(above) >= 2 and parsed.fields:
            # 「姓名 | ___ | 档案编号 | ___」 over 「随访项目 | 第1次 | 第2次 …」: one person's card whose items are
            # asked at each visit; the rows are that person's items, not a statistical table's indicators. The
            # card goes on below the table (「技术指标 › 指标 | 改造前 | 改造后」 inside a project's card).
            for f in parsed.fields:
                f.layout = Layout.CARD
            below = _card_rows(sheet, range(max(f.row for f in parsed.fields) + 1, grid.height))
            parsed.fields[:0] = above
            parsed.fields.extend(below)
            parsed.layout = Layout.CARD
        return parsed if parsed.fields else None
    fields: list[ParsedField] = []
    section = lead_in = _lead_in(grid.context, top.title, opens_as_a_card=_opens_as_a_card(sheet, top.body_start))
    section_col: int | None = None  # the column a section row stands in
    header_rows: tuple[int, int] | None = None
    data_start: int | None = None
    categories = False
    blocks: list[tuple[int, int, str]] = []  # card blocks side by side (男方 | 女方): columns and heading
    register_headings: dict[int, str] = {}
    last_header: frozenset[tuple[int, tuple[str, ...]]] = frozenset()
    last_end = -1
    r = top.body_start
    while r < grid.height:
        if _consume_blank_or_meta(sheet, top, r):
            r += 1
            continue
        texts = sheet.texts(r)
        numbered_section = len(texts) == 1 and C.is_section(texts[0][1]) and _is_section_row(sheet, texts[0])
        if sheet.is_closing_row(r) and not numbered_section or sheet.is_colnum_row(r):
            if _closes_section(texts) or _ends_a_persons_section(section, texts):
                section = lead_in
            r += 1  # (「四、评定意见」 over the items the review decides heads them, however it reads like a sign-off)
            continue
        if len(texts) == 1 and C.DATED_BLANK_RE.match(C.squash(texts[0][1])) and _after_closing_row(sheet, r):
            r += 1  # 「本卡发放单位（盖章）」 then 「发卡日期：  年  月  日」: the day it is stamped, no item (u168)
            continue
        if len(texts) == 1 and _PROMPT_RE.match(C.squash(texts[0][1])) and _after_closing_row(sheet, r) \
                and _signoff_below(sheet, r):
            # 「经办人签字：」, 「单位名称：」, 「（加盖公章）」 in a 民政部门's box: the stamping office's name, part of its
            # signature, no item (wf30: it became a 家长单位名称 of the 一套表)
            r += 1
            continue
        if blocks and not _mirrored(sheet, r, blocks):
            blocks = []  # 「登记机关 | ______」 across both, or asked once: the side by side blocks have ended
        if _side_by_side_blocks(sheet, r):
            blocks = [(rng.left, rng.right, text) for _, text, rng in texts]
            r += 1
            continue
        if section is not lead_in and section_col is not None \
                and any(col < section_col and rng.top == r for col, _, rng in texts):
            # 「申请人情况（merged down） | 代理人」 then 「不动产情况（merged down） | 坐落」: a new block down the side
            # closes the section row inside the last one (u235: the parcel's 坐落 had been the 代理人's)
            section = lead_in
        if len(texts) == 1 and _is_section_row(sheet, texts[0]) and not _in_a_column_of_labels(sheet, r):
            section, section_col = [texts[0][1]], texts[0][0]
            r += 1
            continue
        if len(texts) == 1 and header_rows is not None and _titles_a_table(texts[0][1]):
            r += 1  # 「附：本村监测汇总表」 under a register: the title of the next table, no item
            continue
        if len(texts) == 1 and sheet.spans_most(texts[0][2]) and any(ch.isdigit() for ch in _stated_value(texts[0][1])):
            r += 1  # 「结算时间段：20180101----20181231」 across the sheet: printed about the whole sheet, no item
            continue
        if not fields and _filler_line(sheet, r) and _register_follows(sheet, r):
            for _, text, _ in texts:  # (「单位：元」 beside them is the register's unit)
                _absorb_meta(top, text)
            r += 1  # 「村（社区）：____ | 排查时间：  年 月 日」 over a register: where and when it is filled
            continue
        # (a body's own card may open with its 「单位名称：」 across the row, an inspection's with its 「检查日期：」:
        # items, not where the card is filled)
        if not fields and not section and _filler_line(sheet, r, numbered=True) and _card_body_follows(sheet, r) \
                and all(_WHERE_LABEL_RE.match(label) and not label.endswith("名称") or _COPY_NUMBER_RE.match(label)
                        for label in (C.squash(t).split("：")[0].split(":")[0] for _, t, _ in texts)):
            for _, text, _ in texts:
                _absorb_meta(top, text)
            r += 1  # 「执行地司法所： | 编号：」 over a card's 一、基本情况: where it is filled and the copy's number
            continue
        # (a 「工程项目名称：」 asked above the header does not make the sheet a card, u91)
        if header_rows is not None and all(f.layout == "list" or f.row < header_rows[0] for f in fields) \
                and _blanks_to_sign(sheet, r) and _nothing_but_closing_after(sheet, r):
            r += 1  # 「校长： | 资助专干： | 联系电话：」 under a register's rows: who signs it, not items
            continue
        if fields and _states_heading(texts):
            r += 1  # 「技术指标 › 指标 | 改造前 | 改造后」 in a card: the states each row below is asked in, no item
            continue
        if fields and _heads_indicators(sheet, r, named_only=True):
            # 「一、基本情况」 rows of a 普查 card over 「二、… › 指标名称 | 计量单位 | 代码 | 指标值」: the card's figures,
            # one table further down than the indicator finder looks
            block = _parse_indicator(sheet, r, top).fields
            for f in block:
                f.layout = Layout.CARD
            fields.extend(block)
            r = max([r, *(f.row for f in block)]) + 1
            continue
        band = _detect_band(sheet, r)
        if band is not None:
            found = _without_row_labels(sheet, band, _list_fields(sheet, band, section))
            asked = frozenset((f.col, tuple(map(C.squash, f.header_path))) for f in found)
            if asked and asked == last_header and all(sheet.is_blank(k) for k in range(last_end, r)):
                # The register's header printed again on its next page, right under its rows (after 二、… a
                # header of the same columns heads a register of its own).
                r = last_end = band.next_row
                continue
            last_header, last_end = asked, band.next_row
            if found and (heading := _heading_above(sheet, band.rows[0])):
                register_headings[band.rows[0]] = heading
            if found and header_rows is None:
                header_rows = (band.rows[0], band.bottom)
                data_start = band.data_start
                categories = _printed_categories(sheet, band)
            fields.extend(found)
            r = band.next_row
            if found and band.next_row > band.data_start:
                section = lead_in  # the section headed its table and its rows: the card's rows after are its own
            continue
        if _leaves_a_persons_section(sheet, section, r, texts):
            section = lead_in
        found = _card_fields(sheet, r, section)
        if not found and _closes_section(texts):
            section = lead_in
        parts_side_by_side = sum(C.squash(f.label).startswith("其中") for f in found) > 1
        for f in found:  # 男方 › 姓名, 女方 › 姓名: each block's labels are its person's
            f.header_path[len(section):len(section)] = [t for left, right, t in blocks if left <= f.col <= right]
            before = fields[-1] if fields else None
            if before is not None and before.row < f.row and parts_side_by_side:
                # 「收入总额 | ___ | 支出总额 | ___」 over 「其中：不征税收入 | ___ | 其中：免税收入 | ___」: each part
                # breaks down the count above it, not the last one read (u332: both were parts of 支出总额); one part
                # alone breaks down the last (「登记选民数 | 参加投票人数」 over 「其中委托投票人数 | 应选职数」, u309)
                before = next((g for g in fields if g.row == before.row and g.col == f.col), before)
            if before is not None and C.squash(f.label).startswith("其中") \
                    and before.header_path[:-1] == f.header_path[:-1] and not C.squash(before.label).startswith("其中"):
                # 「带动农户数（户） | ___」 then 「其中：脱贫户（户） | ___」 on a card: a part of the count before it (u89),
                # under a side label that heads the rows too (「人员及服务情况」 down the left of 「本年度实际收训儿童数（人）
                # | ___ | 其中：孤独症儿童 | ___」 — u424's children with autism at one centre had met the county's)
                f.header_path.insert(len(f.header_path) - 1, before.label)
            elif before is not None and before.row == f.row and C.squash(before.label).startswith("其中") \
                    and len(before.header_path) == len(f.header_path) + 1 and not _ASKS_YES_NO_RE.match(C.squash(f.label)) \
                    and _same_breakdown(_part_words(before.label), _part_words(f.label)):
                # 「其中：男 | ___ | 女」: the same count's other part (not 「其中：化肥销售额 | ___ | 是否开展测土配方施肥
                # 服务」, a question of its own beside it — u113; nor 「其中委托投票人数 | ___ | 应选职数」, another
                # count — u309)
                f.header_path[-1:-1] = before.header_path[-2:-1]
            fields.append(f)
        r += 1
    if not fields:
        return None
    _anchor_changes(fields)
    list_count = sum(1 for f in fields if f.layout == "list")
    # 「姓名 | ___ | 性别 | ___」 over a table of that person's entries (出入境记录): one person a copy, a card.
    names_its_record = fields[0].layout == "card" and _NAME_LABEL_RE.search(C.squash(fields[0].label))
    layout = Layout.LIST if list_count * 2 >= len(fields) and not names_its_record else Layout.CARD
    return ParsedSheet(
        layout=layout, title=top.title, fields=fields, unit=top.unit, period=top.period,
        reporting_unit=top.reporting_unit, header_rows=header_rows, data_start_row=data_start,
        category_rows=categories and layout == Layout.LIST, register_headings=register_headings,
    )


def _heading_above(sheet: _Sheet, r: int) -> str | None:
    """The one line right above a register's header (blank rows passed over) that heads it: 「一、辖区内共有  个基础型
    乡镇商贸中心，请选取……」 over one of three registers of the same columns, which tells their records apart."""
    for above in range(r - 1, -1, -1):
        texts = sheet.texts(above)
        if texts:
            return texts[0][1] if len(texts) == 1 else None
    return None


def _anchor_changes(fields: list[ParsedField]) -> None:
    """「一、年初实有桑园面积 | 当年新增 | 当年减少 | 年末实有桑园面积 | 二、年初实有果园面积 | 当年新增 …」: a bare change
    column with no header above it is the change of the stock just named to its left (wf13: the 一套表 printed
    「当年新增（亩）」 and 「当年新增（桑果园面积及水果、坚果等产量）（亩）」 side by side)."""
    by_cell = {(f.row, f.col): f for f in fields if f.layout == Layout.LIST}
    for f in sorted(by_cell.values(), key=lambda f: (f.row, f.col)):
        if len(f.header_path) != 1 or not _CHANGE_WORD_RE.match(_bare(f.label)):
            continue
        before = by_cell.get((f.row, f.col - 1))
        while before is not None and len(before.header_path) == 2 and before.header_path[0] != before.label \
                and _CHANGE_WORD_RE.match(_bare(before.label)):
            before = by_cell.get((before.row, before.col - 1))  # 「当年减少」 after 「当年新增」: the same stock's
        if before is None or len(before.header_path) != 1:
            continue
        stock = _STOCK_WORDS_RE.sub("", _bare(before.label))
        if len(stock) >= 2 and not _CHANGE_WORD_RE.match(stock):
            f.header_path.insert(0, stock)


def _bare(label: str) -> str:
    """「一、年初实有桑园面积（亩）」 → 年初实有桑园面积: a label without its number and its unit."""
    return _UNIT_TAIL_RE.sub("", _LEADING_NUMBER_RE.sub("", C.squash(label)))


_LEADING_NUMBER_RE = re.compile(r"^(?:[一二三四五六七八九十]+|\d{1,2})[、.．]")
_UNIT_TAIL_RE = re.compile(r"[(（][^()（）]{1,8}[)）]$")
# The change of a stock over the period (当年新增, 本年减少, 增减): what happened to the stock left of it.
_CHANGE_WORD_RE = re.compile(r"^(?:当年|本年|本期|当期)?(?:新增|减少|增加|增减|净增|净减)(?:数|量)?$")
# The time a stock is counted at (年初实有, 期末): the stock itself is what remains.
_STOCK_WORDS_RE = re.compile(r"^(?:年初|年末|期初|期末|上年末|本年末)?(?:实有|现有)?")


_NAME_LABEL_RE = re.compile(r"^(?:姓名|户主姓名|申请人姓名|户主|申请人)[:：]?$")
_ASKS_YES_NO_RE = re.compile(r"^(?:是否|有无|有否)")
# Where or when a sheet is filled: a place (村（社区）, 村卫生室, 学校) or a time (排查时间, 登记年度).
# (「学校（托幼机构）名称： | 班级：」 over a 查验登记表: the school and class whose pupils it lists — u256)
_WHERE_LABEL = (r"^.{0,8}(?:村|社区|居委会|乡镇|乡|镇|街道|县|市|区|室|卫生院|学校|班级|单位|部门|机构|机关|派出所|所|站|点|中心|局|办|队|行"
                r"|党委|党工委|党总支)(?:[（(].{1,6}[)）])?(?:名称)?$")
_WHERE_LABEL_RE = re.compile(_WHERE_LABEL)
_FILLER_LABEL_RE = re.compile(_WHERE_LABEL + r"|^.{0,6}(?:时间|日期|年度|年份|年月|月份|季度|期间|时段|时点|所属期|批次|公示期|任期"
                                            r"|学年|学期|旬次|周次)$")
# A period's blank with no label (「        年度」, 「____年」, read stripped) beside a line of where and when.
_PERIOD_BLANK_RE = re.compile(r"^[\s_＿\u3000]*(?:\d{4})?[\s_＿\u3000]*(?:年度|年|季度|月份)$")
# The body or the project the whole register is about, when the template states it (「项目名称：…二期工程」,
# 「组织名称：共青团…委员会」). Left blank (「项目名称：____」 over a scholarship's list) it is asked once, an item.
_STATED_ABOUT_RE = re.compile(r"^.{0,8}(?:委员会|调委会|组织|项目|工程|企业|公司|合作社|协会|支部)(?:名称)?$")
# The register's own total asked above it (「总数量：___」 over a 花名册): its rows give it, no record's item.
_REGISTER_TOTAL_RE = re.compile(r"^(?:总|合计|共计|总计)(?:数量|人数|户数|条数|份数|数)?$|^(?:人数|户数|条数)(?:合计|总计|共计)$")
# (or its blanks: 「截至  年 月 日」, 「截至    月    日」)
_CUT_OFF_RE = re.compile(r"^(?:截至|截止|截止到|统计截止|截至日期)[:：]?(?:\d{4}|[_\s]*)(?:年|月)")
_BLANK_TO_FILL_RE = re.compile(r"^(?:[^:：□☐\s][^:：□☐]{0,14}[:：][\s_＿]*(?:年[\s_＿]*月[\s_＿]*日)?[\s_＿]*)+$")


def _filler_line(sheet: _Sheet, r: int, numbered: bool = False) -> bool:
    """Row r names where or when the sheet is filled (「村（社区）：」, 「登记年度：2025年」), and maybe who fills it
    (「登记民警：」), nothing else; ``numbered``: and maybe the copy's number (「编号：」 of a card)."""
    texts = sheet.texts(r)
    if not texts or len(texts) > 4:
        return False
    where_or_when = False
    for _, text, _ in texts:
        found = _LABEL_COLON_RE.match(C.squash(text))
        if found is not None and (_FILLER_LABEL_RE.match(found.group(1)) or _STATED_ABOUT_RE.match(found.group(1))
                                  and found.group(2).strip(" _＿\u3000") or _REGISTER_TOTAL_RE.match(found.group(1))) \
                or _CUT_OFF_RE.match(C.squash(text)):
            where_or_when = True  # (「截至2025年9月30日」: the day the figures stand at)
        elif _PERIOD_BLANK_RE.match(text):
            continue  # (「填报部门： | 　　　　年度」: the year's blank beside where it is filled — u539)
        elif numbered and found is not None and _COPY_NUMBER_RE.match(found.group(1)) and not found.group(2).strip():
            continue
        elif not (C.is_signer_line(text) or C.is_footer(text) or C.is_unit_line(text) or C.is_fill_line(text)):
            return False  # (「单位：元」 beside 「工资所属期：2025年6月」 is the sheet's unit)
    return where_or_when


# 「建册人：」, 「接诊人：」: a blank after the colon for whoever did what the card records.
_DOER_BLANK_RE = re.compile(r"^[\u4e00-\u9fff]{1,4}人[:：][_＿]*$")
# The number of one copy of a card (「编号：」, 「登记编号：」), written beside where it is filled.
_COPY_NUMBER_RE = re.compile(r"^.{0,4}(?:编号|编码|表号|档案号)$")


def _card_body_follows(sheet: _Sheet, r: int) -> bool:
    """The next row with text opens a card's body: a section (「一、基本信息」, 「申请人情况」 standing down the first
    column) or labels written without the colon the line of where and when ends with."""
    for n in range(r + 1, min(r + 4, sheet.grid.height)):
        texts = sheet.texts(n)
        if not texts:
            continue
        first = texts[0]
        if len(texts) == 1 and _is_section_row(sheet, first) or first[2].bottom > n and first[2].left == 0:
            return True
        return len(texts) >= 2 and not any(C.squash(t).endswith((":", "：")) for _, t, _ in texts)
    return False


def _register_follows(sheet: _Sheet, r: int) -> bool:
    """The next row with text, past more lines of where and when, starts a register's header."""
    for n in range(r + 1, min(r + 6, sheet.grid.height)):
        if not (sheet.is_blank(n) or sheet.is_meta_row(n) or _filler_line(sheet, n)):
            return _detect_band(sheet, n) is not None
    return False


_SIGNED_ELSEWHERE_RE = re.compile(r"另附|附后|见附件|签字确认|签名确认")


def _blanks_to_sign(sheet: _Sheet, r: int) -> bool:
    """Every cell of row r is a label and its colon with nothing after it, or a date's blanks (「收缴员：」)."""
    texts = sheet.texts(r)
    blanks = [t for _, t, _ in texts if _BLANK_TO_FILL_RE.match(t.strip())]
    # (「村级协保员： | 联系电话： | 投保农户签字确认表另附」: a word on what is signed elsewhere beside them)
    return bool(blanks) and all(t in blanks or _SIGNED_ELSEWHERE_RE.search(t) for _, t, _ in texts)


def _nothing_but_closing_after(sheet: _Sheet, r: int) -> bool:
    """Below row r stand only footers, notes, blanks and more lines of blanks to sign: the sheet has ended."""
    return all(sheet.is_blank(n) or sheet.is_closing_row(n) or _blanks_to_sign(sheet, n)
               for n in range(r + 1, sheet.grid.height))


_BLANK_LINE_RE = re.compile(r"[_＿]{2,}")  # 「户主：____」 asks for an answer, it names no table
_RELATIVES_TITLE_RE = re.compile(r"(?:亲属|家庭成员|家属|直系亲属)(?:关系)?(?:证明|核查|情况|名单|表)")


# A lead-in names the people or the matter the rows list (…成员, …亲属, …情况, 如下, 有); 「住所地（经常居住地）：」
# above a table is a blank of the document to fill, not whose rows they are.
_LEAD_IN_RE = re.compile(r"成员|亲属|家属|继承人|子女|人员|名单|情况|明细|如下|有[:：]$|表[:：]$")


def _lead_in(context: list[str], title: str, opens_as_a_card: bool = False) -> list[str]:
    """Whose rows a Word table lists, from the paragraph just above it (「家庭成员情况表：」,
    「其法定继承人/供养亲属有：」) or from a title about relatives (亲属关系证明): the table's rows are
    those people, not the person the document is about. A table that opens with the card of a person of its own
    (「姓名 | ___ | 公民身份号码 | ___」, 「献血者情况 › 姓名 | ___」) is about that person, its relatives a section of
    it (u527: a 直系亲属关系证明's donor had become a 家庭成员)."""
    if context:
        last = C.squash(context[-1])
        if last.endswith((":", "：")) and len(last) <= 24 and last.count(":") + last.count("：") == 1 \
                and not _BLANK_LINE_RE.search(last) and C.squash(title) != last and _LEAD_IN_RE.search(last):
            return [last.rstrip(":：").lstrip("其")]
    if _RELATIVES_TITLE_RE.search(C.squash(title)) and not opens_as_a_card:
        return ["家庭成员"]
    return []


def _opens_as_a_card(sheet: _Sheet, start: int) -> bool:
    """The first row of a table's body with anything in it is a card's: labels each with a box to fill after it."""
    # (past a line across the table under the title: 「（用于临床用血费用报销）」)
    r = next((n for n in range(start, sheet.grid.height) if sheet.texts(n)
              and not (len(sheet.texts(n)) == 1 and sheet.spans_most(sheet.texts(n)[0][2]))), None)
    if r is None:
        return False
    texts = sheet.texts(r)
    if len(texts) >= 2 and _label_like(texts[0][1]) and _card_row(sheet, r):
        return True
    # (「献血者情况」 merged down beside 「姓名 | ___」: a side label, then the card's first labels)
    side = texts[0][2]
    return len(texts) >= 3 and side.height > 1 and _label_like(texts[0][1]) and all(
        _label_like(t) and _box_after(sheet.grid, r, rng) is not None for _, t, rng in texts[1:])


def _in_a_column_of_labels(sheet: _Sheet, r: int) -> bool:
    """「企业名称 | ___」 over 「法定代表人 | ___」, each label merged over two of a Word card's three columns: a
    column of labels with their boxes to the right, not headings one under another (real_forms' 企业国有资产产权
    登记表 lost all five as sections). A heading spans the row, or stands alone above what it heads."""
    [(_, text, rng)] = sheet.texts(r)
    # (the boxes to the right are inside the table: some row's text reaches past the label)
    if rng.right >= sheet.text_edge() or C.is_section(text) or _PAREN_SECTION_RE.match(C.squash(text)):
        return False

    def alike(n: int) -> bool:
        beside = sheet.texts(n) if 0 <= n < sheet.grid.height else []
        return len(beside) == 1 and (beside[0][2].left, beside[0][2].right) == (rng.left, rng.right) \
            and not C.is_section(beside[0][1]) and _label_like(beside[0][1])

    # (three in a run at least: two headings one over the other, 「XX学校X年级(XX)班 / 学生基本信息」, stay headings)
    run = [n for n in range(r - 2, r + 3) if alike(n)]
    return any(all(n + k in run for k in range(3)) for n in run)


def _is_section_row(sheet: _Sheet, anchor: tuple[int, str, CellRange]) -> bool:
    _, text, rng = anchor
    text = _UNITS_NOTE_RE.sub("", text.strip())  # 「三、承包耕地核实情况（单位：亩）」: a heading stating its unit
    if C.squash(text).endswith((":", "：")) or C.is_option_text(text) or _BLANK_LINE_RE.search(text) \
            or _sentence_or_placeholder(text) or _stated_value(text):
        return False  # 「家庭成员因残疾…情况：______」 is a sentence to complete, not a heading over the rows below
    if C.is_section(text) or _PAREN_SECTION_RE.match(C.squash(text)):
        return True
    return sheet.spans_most(rng)


def _stated_value(text: str) -> str:
    """The value a 「label：value」 line states about the whole sheet (「结算时间段：20180101----20181231」,
    「开具日期：年 月 日」), or "" for anything else."""
    found = _LABEL_COLON_RE.match(C.squash(text))
    return found.group(2).strip() if found else ""


_PAREN_SECTION_RE = re.compile(r"^\([一二三四五六七八九十\d]{1,3}\)[^:：]{1,20}$")  # （一）长效机制, (2)教育情况
# (「（单位：亩）」, and 「（近12个月，单位：元）」 with the span it covers — u161)
_UNITS_NOTE_RE = re.compile(r"[(（](?:[^()（）:：]{1,12}[，,、；;\s])?(?:计量|金额|面积)?单位[:：][^()（）:：]{1,12}[)）]$")

