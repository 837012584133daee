"""Label normalisation: the written label → the words that carry its meaning.

「  其中：65周歲及以上老年人口（人）*」 → clean 「65周岁及以上老年人口」, unit 「人」. Normalising is
idempotent (normalising a clean label gives it back), which the property tests check.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from opencc import OpenCC

from .layout import unit_in_label

_WS_RE = re.compile(r"\s+")
_MARKS_RE = re.compile(r"[*＊★☆※▲△#＃]")
_NUMBERING_RE = re.compile(
    r"^(?:"
    r"[(（]?[一二三四五六七八九十]{1,3}[)）、.．,，]"  # 一、 （一）
    r"|[(（]\d{1,3}[)）][、.．]?"  # (1) （1）
    # 1. 1、 1.2. and 「2.60周岁…」; not a decimal: 0.4千伏, 1.5米 (u113: 「0.4千伏线路」 became 4千伏)
    r"|(?!0[.．])\d{1,2}(?:[.．]\d{1,2})*[、.．](?=\D|(?!\d(?:千伏|千瓦|伏|瓦|米|公里|千米|吨|亩|公斤|千克|万元|元|倍|%))\d+[^\d.．])"
    r"|第[一二三四五六七八九十\d]+(?:[项条部分][、:：]?|[、:：])"  # 第一项、 第二： (第一学历, 第一书记 are words)
    r")\s*"
)
_SPACED_CODE_RE = re.compile(r"^[\s\u3000]*\d{2,3}[\s\u3000]+(?![\d岁周%％倍个])(?=\S)")
# (「按等级分：一级古树株数」: the breakdown's heading printed in the cell of its first part — u250)
_WHEREOF_RE = re.compile(r"^(?:其中|内含|包括)[:：]?|^含[:：]|^按[\u4e00-\u9fff]{1,6}分[:：]")
# A questionnaire's item code before its words (人口抽样调查 R1姓名, H2本户应登记人数, D3死亡日期): no part of the item.
_ITEM_CODE_RE = re.compile(r"^[A-Z]\d{1,2}(?:\.\d{1,2})?[.、．:：]?(?=[\u4e00-\u9fff])")
_BRACKET_RE = re.compile(r"[(（\[【]([^()（）\[\]【】]*)[)）\]】]")
_TRAILING_RE = re.compile(r"[:：_＿\-—.。、，,/／\s]+$")


@dataclass(frozen=True)
class NormalLabel:
    """A label reduced to what it asks: ``clean`` text, its ``unit`` and dropped bracket notes."""

    clean: str
    unit: str | None
    notes: tuple[str, ...] = ()


_T2S = OpenCC("t2s")


def _conversion_keys() -> tuple[frozenset[str], frozenset[str], int] | None:
    """The keys of the conversion's dictionaries: single characters, longer phrases, the longest phrase.

    A text that holds none of them is already Simplified: OpenCC would give it back unchanged. None if
    the dictionaries are not laid out as expected (then every text is converted)."""
    try:
        _T2S.convert("")  # loads the dictionaries
        chars: set[str] = set()
        phrases: set[str] = set()
        pending: list[object] = [_T2S._dict_chain_data]
        while pending:
            item = pending.pop()
            if isinstance(item, list):
                pending.extend(item)
            elif isinstance(item, tuple) and isinstance(item[2], dict):
                for key in item[2]:
                    (chars if len(key) == 1 else phrases).add(key)
            else:
                return None
        if not chars:
            return None
        return frozenset(chars), frozenset(phrases), max(map(len, phrases), default=0)
    except Exception:  # noqa: BLE001 - an OpenCC laid out otherwise: convert every text
        return None


_KEYS = _conversion_keys()
# Where a phrase of the conversion can start: one scan in C finds those places, instead of a Python loop over
# every character of every text (most texts hold none, or one or two). Phrases are two characters or more, so
# only a place holding a phrase's first two characters needs its phrases tried.
_PHRASE_HEAD_RE = (re.compile("[" + "".join(re.escape(p[0]) for p in sorted(_KEYS[1])) + "]")
                   if _KEYS and _KEYS[1] else None)
_PHRASE_OPENINGS = frozenset(p[:2] for p in _KEYS[1]) if _KEYS else frozenset()


def _unchanged(text: str) -> bool:
    """True when OpenCC would find nothing to convert in the text."""
    if _KEYS is None:
        return False
    chars, phrases, longest = _KEYS
    if not chars.isdisjoint(text):
        return False
    if _PHRASE_HEAD_RE is None:
        return True
    for head in _PHRASE_HEAD_RE.finditer(text):
        start = head.start()
        if text[start:start + 2] not in _PHRASE_OPENINGS:
            continue
        for end in range(start + 2, min(len(text), start + longest) + 1):
            if text[start:end] in phrases:
                return False
    return True


@lru_cache(maxsize=200_000)
def to_simplified(text: str) -> str:
    """Traditional → Simplified characters (「與戶主的關係」 → 「与户主的关系」)."""
    if _unchanged(text):
        return text  # nothing to convert (the conversion is slow: most labels skip it)
    return _T2S.convert(text)


_CIRCLED_RE = re.compile(r"^\s*[①-⑳⑴-⒇⒈-⒛]")


@lru_cache(maxsize=1 << 16)  # the same labels come back on form after form
def basic_form(text: str) -> str:
    """NFKC, Simplified characters, no white space, no required-field marks."""
    text = _CIRCLED_RE.sub("", text)  # before NFKC turns ① into a bare 1
    text = unicodedata.normalize("NFKC", text)
    text = _WS_RE.sub("", text)
    text = _MARKS_RE.sub("", text)
    return to_simplified(text)


_BRACKET_CHARS_RE = re.compile(r"[()（）\[\]【】]")
_EXPORT_CODE_RE = re.compile(r"^([A-Z]{2,8})[_\-]?([\u4e00-\u9fff]+)$")
_ROMAN_RE = re.compile(r"[IVX]+")
_ACRONYMS = frozenset({"QQ", "ID", "IC", "IP", "SIM", "GPS", "APP", "VIN", "EMS", "CT", "MRI", "PM", "GDP", "PH"})


def _without_export_code(text: str) -> str:
    """「XM姓名」, 「ZJHM证件号码」 from a system's export: a code of the name's pinyin initials, one letter a
    character, in front of the name. (「QQ号码」 keeps its QQ.)"""
    found = _EXPORT_CODE_RE.match(text)
    # (「Ⅲ级暴露」, NFKC's 「III级暴露」: a Roman numeral grading the item, no pinyin — u432: read 级暴露, it met Ⅴ级)
    if found and len(found.group(1)) == len(found.group(2)) and found.group(1) not in _ACRONYMS \
            and not _ROMAN_RE.fullmatch(found.group(1)):
        return found.group(2)
    return text


_QUOTE_MARKS_RE = re.compile(r"[\"'“”‘’「」『』《》〈〉]")


def _reduce(text: str, drop_bracket: Callable[[re.Match[str]], str]) -> str:
    """Drop brackets, numbering, 其中 and trailing marks until nothing changes (so normalising is idempotent)."""
    previous = None
    while previous != text:
        previous = text
        text = _BRACKET_RE.sub(drop_bracket, text)
        text = _NUMBERING_RE.sub("", text)
        text = _ITEM_CODE_RE.sub("", text)
        text = _WHEREOF_RE.sub("", text)
        text = _TRAILING_RE.sub("", text)
        text = text.lstrip(":：、.．,，").rstrip("(（[【")  # 「服刑人员（（要暂停√）」: a bracket typed twice
        if ":" in text and (inline := inline_answer(text)):
            text = inline.label  # 「住房结构类型：1.钢筋混凝土2.砖木」 asks 住房结构类型
    return text


@dataclass(frozen=True)
class InlineAnswer:
    """A label printed with its answer space in one cell: the item, the choices listed, the unit of the blank."""

    label: str
    choices: tuple[str, ...] = ()
    unit: str | None = None


_INLINE_ANSWER_RE = re.compile(r"^([^:]{2,80}?):(.+)$")  # after basic_form: the colon is ASCII, no white space
_NUMBERED_CHOICES_RE = re.compile(r"^\(?1[).、]?\D+?\(?2[).、]?\D")
_CHOICE_NUMBER_RE = re.compile(r"\(\d{1,2}\)|\d{1,2}[.、]|\d{1,2}(?=\D)")
_BOXES_RE = re.compile(r"^[□☐■☑]")
_DATE_BLANK_RE = re.compile(r"^_*(?:\d{2,4})?_*年_*月_*(?:日_*)?$")
_UNIT_BLANK_RE = re.compile(r"^_*(元|万元|人|户|亩|平方米|㎡|套|个|间|辆|头|本|份)_*$")


@lru_cache(maxsize=65536)
def inline_answer(label: str) -> InlineAnswer | None:
    """「住房结构类型：1.钢筋混凝土2.砖木3.土坯4.其他」, 「汽车：□无□有」, 「开具日期：  年  月  日」, 「存款：   元」:
    the words before the colon are the item, what follows is where and how to answer it. None when the text
    after the colon is anything else (「其中：女」, 「国税…数量：  本  发证日期：…」 asks two things)."""
    text = basic_form(label)
    found = _INLINE_ANSWER_RE.match(text)
    if not found or _WHEREOF_RE.match(text):
        return None
    item, answer = found.group(1), found.group(2)
    if _NUMBERED_CHOICES_RE.match(answer) and ":" not in answer:
        return InlineAnswer(item, tuple(c for c in _CHOICE_NUMBER_RE.split(answer) if c.strip("、,;；")))
    if _BOXES_RE.match(answer) and ":" not in answer:
        parts = [p for p in re.split(r"[□☐■☑]", answer) if p]
        short = all(len(p) <= 8 and not re.search(r"[\d,，;；_]", p) for p in parts)
        return InlineAnswer(item, tuple(parts) if short and len(parts) >= 2 else ())
    if _DATE_BLANK_RE.match(answer):
        return InlineAnswer(item)
    if unit := _UNIT_BLANK_RE.match(answer):
        return InlineAnswer(item, unit=unit.group(1))
    return None


def without_item_number(label: str) -> str:
    """「01 统一社会信用代码」 → 「统一社会信用代码」: a statistics card's item number, set apart by a space (u104)."""
    return _SPACED_CODE_RE.sub("", label)


# 「父（母）姓名」, 「祖父（母）」: one kin word bracketed after another is the pair of them (父母, 祖父母), no note
# to drop (u490: read 父姓名, a student's parent's 工作单位 had become the student's own)
_KIN_PAIR_RE = re.compile(r"(父|母|夫|妻|兄|弟|姐|妹)\(([父母夫妻兄弟姐妹])\)")


@lru_cache(maxsize=200_000)
def normalize_label(label: str) -> NormalLabel:
    """Clean a written label for matching; the unit in brackets moves to ``unit``."""
    text = _without_export_code(_QUOTE_MARKS_RE.sub("", basic_form(without_item_number(label))))
    text = _KIN_PAIR_RE.sub(r"\1\2", text)
    unit = unit_in_label(text)
    if inline := inline_answer(text):  # 「存款：   元」: the unit of the blank
        unit = unit or inline.unit
    notes: list[str] = []

    def drop_bracket(match: re.Match[str]) -> str:
        inner = match.group(1)
        if _DOCUMENT_YEAR_RE.fullmatch(inner) and _DOCUMENT_SERIAL_RE.match(match.string, match.end()):
            return f"〔{inner}〕"  # 「穗字[2011]7号」: a document's number, its year kept apart from its serial (wf11)
        if inner.isdigit() and match.end() < len(match.string) \
                and _WHEREOF_RE.sub("", match.string[:match.start()]).strip(":：、 "):
            return inner  # 「第（2）、（3）类项目」: numbers the text refers to, not its own numbering
        if inner:
            notes.append(inner)
        return ""

    clean = _reduce(text, drop_bracket)
    if not clean:  # a label that was all brackets or numbering: keep what it said, without the brackets
        bare = _BRACKET_CHARS_RE.sub("", text)
        clean = _reduce(bare, drop_bracket) or bare
    clean = _TWO_BEFORE_MEASURE_RE.sub("2", clean)  # 餐后两小时血糖 is 餐后2小时血糖
    clean = _MEASURED_VALUE_RE.sub(r"\1", clean)  # 空腹血糖值 is the 空腹血糖 measured
    clean = _DAY_NAMED_RE.sub(r"\1日期", clean)  # 贴息起始日 is the 贴息起始日期 (u224)
    clean = _STOCK_MEASURE_RE.sub(r"\1数", clean)  # 存栏量 is the 存栏数 (u287)
    clean = _CERTIFICATE_WORD_NUMBER_RE.sub("号", clean)  # a certificate's 字号 is its number (收养登记证字号, u302)
    clean = _FOUR_BOUNDS_RE.sub("四至", clean)  # 四至范围, 四至界限: a parcel's 四至 (u305)
    clean = _MOVED_HERE_RE.sub(r"\1", clean)  # 户口迁入本地日期 is the 户口迁入日期 (u301)
    clean = _FIRE_HAZARD_RE.sub("火灾隐患", clean)  # 消防安全隐患 is the 火灾隐患 of 《消防法》 (u316)
    clean = _NAMED_PAYMENT_SUM_RE.sub(r"\1金", clean)  # 丧葬补助金额 is the 丧葬补助金 paid (u363)
    clean = _FUND_SUM_RE.sub("", clean)  # 减免保障金金额 is the 减免保障金 (u368)
    clean = _EVENT_HAPPENED_RE.sub("", _WHEN_IT_HAPPENED_RE.sub(r"发生\1", clean))  # 致害发生时间 is the 致害时间 (u370)
    clean = _THIS_TIME_RE.sub("", clean)  # 本次随访日期 of a visit's record is its 随访日期 (u385)
    clean = _TOTAL_OF_A_MEASURE_RE.sub("", clean)  # 撂荒耕地总面积 is all the 撂荒耕地面积 there is (u604)
    if unit == "%" and clean.endswith("进度") and len(clean) > 3:
        clean = clean[:-2] + "率"  # 整治进度（%） is how much is done, the 整治率; a 进度 in words is a state (u604)
    clean = clean.replace("已实现", "已")  # 已实现转产就业人数: those already in work, 已转产就业人数 (u380)
    if "欠" in clean:
        clean = _WAGE_ARREARS_RE.sub("拖欠工资", clean)  # 欠薪金额 is the 拖欠农民工工资金额 (u378)
    if "岁" in clean:
        clean = _THOSE_WHO_RE.sub("", clean)  # 「其中：60岁以上的」 counts those 60岁以上 (u291)
    return NormalLabel(clean=clean, unit=unit, notes=tuple(notes))


_TOTAL_OF_A_MEASURE_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})总+(?=面积$|产量$)")
_DOCUMENT_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
_DOCUMENT_SERIAL_RE = re.compile(r"\d{1,4}号")
_TWO_BEFORE_MEASURE_RE = re.compile(r"两(?=小时|分钟|周|个月|年|天|次|岁)")
# A measured quantity and its 值 are one item (血糖值, 体重指数值); 产值, 价值 and 比值 are other things.
_MEASURED_VALUE_RE = re.compile(r"(血糖|血压|血脂|体重|身高|指数|浓度|含量|温度|评分|得分|视力)值$")
# An age band said as 「60岁以上的」 (those of them who are so); a clause's 的 (「由社会企业捐赠的」) stays, as it
# names no noun to count
_THOSE_WHO_RE = re.compile(r"(?<=以上|以下)的$")
# 畜牧业统计's stock and slaughter counts, ended 数, 量 or 数量 by different forms
_STOCK_MEASURE_RE = re.compile(r"(存栏|出栏)(?:数量|量)$")
# A day named by what happens on it (起始日, 到期日, 起息日) is that date; 工作日, 节假日 and 休息日 are kinds of day.
_DAY_NAMED_RE = re.compile(r"(起始|开始|截止|终止|到期|生效|失效|起息|结息|止息|还款|放款|签订|签约|出生|死亡)日$")


# 「管护区域四至范围」, 「四至界限」: the four bounds of a parcel or an area (不动产 宗地四至), however the form words it
_FOUR_BOUNDS_RE = re.compile(r"四至(?:范围|界限|边界|界址)")
# 「户口迁入本地日期」, 「迁入本村时间」: moving in is moving here; the place it names adds nothing (GA 户口 迁入日期)
_MOVED_HERE_RE = re.compile(r"(迁入|迁来)本(?:地|市|县|区|乡|镇|村|社区|址)(?=日期|时间|年月|$)")
# 《消防法》 and 《消防监督检查规定》 say 火灾隐患; inspection records and 月报 also say 消防安全隐患 or 消防隐患
_FIRE_HAZARD_RE = re.compile(r"消防(?:安全)?隐患")
# 「丧葬补助金额」, 「临时救助金额」: the sum of a payment named in full is that payment (丧葬补助金, 临时救助金). A bare
# 「补助金额」 stays: under a header naming the payment it is that payment's figure beside its 标准.
# (「核定补助金额」, 「申请救助金额」 name a stage of a payment, no payment: each is its stage's figure — u149)
_NAMED_PAYMENT_SUM_RE = re.compile(r"^(?!申请|批准|核准|核定|审定|审批|核实|实际|实发|应发|发放|拨付|下达|累计|平均|人均|户均|先行|已获"
                                   r"|本年|上年|当年|年度)"
                                   r"([\u4e00-\u9fff]{2,}(?:补助|救助|扶助|资助|抚恤|奖励|慰问|赔偿|补偿|优待))金额$")
# 「减免保障金金额」, 「抚恤金金额」: the sum of a fund or payment already named …金 is that …金
_FUND_SUM_RE = re.compile(r"(?<=..金)金额$")
# 「事发时间」, 「事发地点」: when and where it happened (发生时间, 发生地点); after what happened, 发生 adds nothing:
# 「致害发生时间」 is the 致害时间 a roster asks, 「火灾发生地点」 the 火灾地点
_WHEN_IT_HAPPENED_RE = re.compile(r"^事发(时间|日期|地点)$")
_EVENT_HAPPENED_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})发生(?=时间$|日期$|地点$)")
# 「本次随访日期」, 「本次检查日期」: a record of one visit or check asks this one's, its 随访日期; 上次 and 下次 are others
_THIS_TIME_RE = re.compile(r"^本次(?=[\u4e00-\u9fff]{2})")
# 《保障农民工工资支付条例》 says 拖欠农民工工资; its 欠薪 is the same arrears, and the 农民工 it names everywhere adds
# nothing to a form about them
_WAGE_ARREARS_RE = re.compile(r"欠薪|拖欠(?:农民工)?(?:工资|薪资|薪酬)")
# 「收养登记证字号」: the 字 and 号 a certificate is numbered by, its 证号; a shop's 字号 (its trade name) follows no 证
_CERTIFICATE_WORD_NUMBER_RE = re.compile(r"(?<=证)字号$")


_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
NO_NUMBERS: frozenset[str] = frozenset()
_CHINESE_DIGITS = {"一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7",
                   "八": "8", "九": "9", "十": "10"}
_LATEST_ONE_RE = re.compile(r"(?<=[近后上末])一次")
_CHINESE_NUMBER_RE = re.compile(r"([一二两三四五六七八九十])(?=[岁级类档项个次周年月天日]|小时|分钟)|(?<=第)([一二两三四五六七八九十])")


def numbers_in(clean: str) -> frozenset[str]:
    """Numbers that make a label a different item: 60岁 ≠ 80岁, 一级 ≠ 二级."""
    text = _LATEST_ONE_RE.sub("次", clean)  # 「最近一次尿检日期」 is the latest test, no first or second one (u271)
    text = _CHINESE_NUMBER_RE.sub(lambda m: _CHINESE_DIGITS[m.group(1) or m.group(2)], text)  # 第二联系人: 2
    found = _NUMBER_RE.findall(text)
    # Most labels hold no number: they share one empty set (a new one each was 15 MB over 50,000 labels).
    return frozenset(n.lstrip("0") or "0" for n in found) if found else NO_NUMBERS


# A form's free remark: what one department is told of a record, never an item to collect once for all.
REMARK_WORDS = frozenset({"备注", "附注", "备考", "说明", "其他说明", "情况说明"})


def is_remark(label: str) -> bool:
    return normalize_label(label).clean in REMARK_WORDS


_TITLE_NOTE_RE = re.compile(r"[（(][^（）()]*[）)]$")
_TITLE_NUMBER_RE = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[）)]$")
_TITLE_YEAR_RE = re.compile(r"(?:19|20)\d{2}年")
_LEADING_YEAR_RE = re.compile(r"^(?:19|20)\d{2}年度?(?=[\u4e00-\u9fff“]{4})")
_INNER_NOTE_RE = re.compile(r"[（(][^（）()]{1,12}[）)](?=.)")


# (「XX县」, 「××市」, 「____县」: a template's placeholder for the county's name, which it says no more than a real one)
_PLACEHOLDER_NAME = r"[XxＸｘ×*＊_＿]{1,8}"
_PLACE_PREFIX_RE = re.compile(
    rf"^(?:[\u4e00-\u9fff]{{2,6}}?|{_PLACEHOLDER_NAME})(?:省|自治区|市(?!场)|自治州|县|自治县|旗"
    r"|(?<![社小园景校辖片城山学矿库牧林农])区)(?=[\u4e00-\u9fff“\d]{4})")
_PLACEHOLDER_PLACE_RE = re.compile(rf"{_PLACEHOLDER_NAME}\s*[\u4e00-\u9fff]{{1,3}}")


def is_placeholder_place(name: str) -> bool:
    """「XX县」, 「____县」: the blank a template leaves for its county, no county's name."""
    return bool(_PLACEHOLDER_PLACE_RE.fullmatch(name.strip()))


def without_place(title: str) -> str:
    """「青禾县个人职业技能提升补贴发放花名册」 → 个人职业技能提升补贴发放花名册: the county's name opening a title."""
    return _PLACE_PREFIX_RE.sub("", title, count=1)


def short_title(title: str, limit: int = 16) -> str:
    """A title short enough for a column heading, cut where a reader expects: a trailing note in brackets goes
    first (「参保证明（个人专用）」, not a table's number 「（二）」), and a cut never leaves a bracket open. A title
    whose year and kind come late keeps them after its first words (wf17: 「…2012年度调查表（二）」 and 「…2011年度
    调查表（一）」 were both cut to 「广州市农村扶贫开发“规划到户责任」)."""
    if len(title) > limit and not _TITLE_NUMBER_RE.search(title):
        title = _TITLE_NOTE_RE.sub("", title)
    late_year = _TITLE_YEAR_RE.search(title, limit // 2)
    if len(title) > limit and late_year and len(title) - late_year.start() <= limit:
        tail = title[late_year.start():]
        return f"{short_title(title[:late_year.start()], max(limit - len(tail), 6))}…{tail}"
    if len(title) > limit:
        # (a county's name opening the title says nothing in its own 一套表: 「青禾县个人职业技能提升补贴发放花名册」 was
        # cut to 「…发放花」 beside an item's name — u319; nor does the year then, nor a note in brackets inside it:
        # 「XX县2026年种粮大户补贴资金…」 and 「结建人防工程（防空地下室）建设情」 were u398's and u400's headings)
        title = without_place(title)
        title = _LEADING_YEAR_RE.sub("", title) if len(title) > limit else title
        title = _INNER_NOTE_RE.sub("", title) if len(title) > limit else title
        title = title[:limit]
        opened = max(title.rfind("（"), title.rfind("("))
        if opened > max(title.rfind("）"), title.rfind(")")):
            title = title[:opened]
    return title
