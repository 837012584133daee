"""Line up fields that ask for the same data item.

1. Every field gets a *key*: its normalised label, whose it is (监护人, 户主, 负责人 … from its own
   wording, any level of its header path, or the record the form describes: the ID beside 户主姓名 in a
   household row is the head's), the header words that qualify it (本月 › 存栏, 牛 › 存栏, 有劳动能力 ›
   低保户; a generic 合计/金额 with no such header matches only inside its form), the item its options
   name (□男□女 → 性别), its unit and the numbers in it.
2. Keys found in the synonym table resolve to a canonical data item; those are certain.
3. The rest are compared with fuzzy scores (rapidfuzz over the label, and a weighted overlap of jieba
   tokens where rare words weigh more than 人数 or 情况), but only inside blocks of labels that share
   a token, and never across a veto: a contrast set (出生/死亡), different numbers (60岁/80岁),
   different roles, incompatible units (人/户) or two different canonical items.
4. Clustering links keys from the best score down and joins two groups only when *every* pair across
   them scores high enough and none is vetoed, so A~B and B~C never pull A and C together.
5. Two fields of one form stay apart unless they are repeated slots of one group (成员1, 成员2 …).
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from .cache import cache_dir, cache_path, read_cache, write_cache
from .cells import (
    choices_listed,
    choices_of,
    event_named,
    is_breakdown_header,
    is_event_outcome,
    option_value,
)
from .classify import PAYMENT_WORDS, SOLE_TRADER_TITLE_RE, paid_programme, population_named, target_population
from .model import Concept, Field, Form, FormKind, Layout, NearMiss, Subject, parse_a1
from .normalize import NormalLabel, basic_form, normalize_label, numbers_in, short_title, without_place
from .synonyms import Synonyms, load_synonyms

if TYPE_CHECKING:
    import numpy as np
else:
    class _Numpy(ModuleType):
        """numpy, imported at its first use (0.1 s at every start): the scan's guarded workers are forked
        without it, and the command imports it while they read (:func:`prepare`)."""

        def __getattr__(self, name: str) -> Any:
            import numpy

            globals()["np"] = numpy
            return getattr(numpy, name)

    np = _Numpy("numpy")


def prepare() -> None:
    """Import what matching needs; meant for a moment the process would otherwise wait (the workers reading)."""
    import numpy  # noqa: F401

MATCH_THRESHOLD = 0.82  # a link strong enough to merge two groups
LINK_FLOOR = 0.72  # every pair across two merged groups must score at least this
UNCERTAIN_LOW = 0.60  # near misses from here up are worth a person's look
BLOCK_DF_CAP = 1500  # tokens in more labels than this are too common to block on
SMALL_BLOCK = 40  # blocks up to this size are compared pair by pair
PREFILTER_CUTOFF = 75  # token-set ratio a pair needs before it is scored in full
AFFIX_SCORE = 0.9  # two labels that differ only by a droppable word (…全称, 目前…)
PAIR_CHUNK = 1_000_000  # candidate pairs scored at once (bounds the memory of bulk scoring)
NEAR_MISSES_PER_LABEL = 20  # a near miss is kept when it is among the best this many of one of its labels
NEAR_MISSES_MAX = 50_000  # and among the best this many of all (more is more than anyone reviews)

# Items that describe a person, so a role in the group header (监护人情况) makes them the role's own.
PERSON_THEMES = {"基本信息", "地址与联系", "健康与残疾", "教育", "就业与社保", "工作与服役"}
# A person's attributes that are measured, in years, centimetres or kilograms.
# (a place's 经度 and 纬度 are measured in degrees: 「东经（°）」 is its 经度 — u327)
MEASURED_ATTRIBUTES = {"年龄", "身高", "体重", "出生体重", "经度", "纬度"}
PLACE_ITEMS = {"所属乡镇", "所属村", "村民小组", "所属县区", "所属网格"}  # (网格: a village's cells of 网格化管理)

UNIT_DIMENSIONS: dict[str, str] = {
    "元": "money", "万元": "money", "千元": "money", "亿元": "money",
    "元/月": "money/month", "元/人/月": "money/month", "元/年": "money/year", "元/人/年": "money/year",
    "万元/年": "money/year", "万元/月": "money/month", "万元/人": "money/person",
    "元/人": "money/person", "元/亩": "money/area", "元/平方米": "money/area", "元/公里": "money/length",
    "元/公里/年": "money/length/year",
    "人": "person", "万人": "person", "名": "person", "人次": "person-time",
    # (家 counts enterprises and institutions, as 个 does: 「辖区校外培训机构数（家）」 is the 机构总数（个）; a 家次 is a
    # visit, as a 人次 is — u259)
    "户": "household", "万户": "household", "家": "count", "家次": "times", "户次": "times",
    "亩": "area", "万亩": "area", "公顷": "area", "平方米": "area", "平方公里": "area", "块": "piece",
    "米": "length", "公里": "length", "千米": "length", "km": "length",
    "吨": "weight", "万吨": "weight", "公斤": "weight", "百公斤": "weight", "千克": "weight", "斤": "weight",
    "kg": "weight", "立方米": "volume", "千瓦": "power", "元/千瓦": "money/power", "千瓦时": "energy", "万千瓦时": "energy",
    "羽": "livestock", "匹": "livestock", "株": "plant", "棵": "plant",
    "间": "room", "套": "dwelling", "个": "count", "次": "times", "辆": "vehicle", "台": "machine",
    "头": "livestock", "只": "livestock", "岁": "age", "周岁": "age", "%": "percent",
    "小时": "hours", "天": "days", "年": "years", "月": "months", "所": "institution", "座": "structure",
    "处": "count", "厘米": "length", "cm": "length", "毫米": "length", "mm": "length", "克": "weight", "g": "weight",
    "mmHg": "pressure", "mmol/L": "concentration", "毫升": "liquid", "ml": "liquid", "次/分": "rate", "次/分钟": "rate",
    # (项 counts hazards or problems found as 条 and 件 do: 「发现问题隐患（项）」 is the 发现隐患（条） of a town's 月报 — u369)
    "张": "piece", "件": "piece", "项": "piece", "条": "piece", "艘": "vessel", "场": "times", "期": "times", "起": "piece",
    "栋": "structure", "幢": "structure", "万立方米": "volume", "°": "angle", "顶": "piece", "床": "piece",
    # (份 counts documents signed or copies handed out: 「签订安全责任书（份）」 of a village's 月报 is no boat's
    # 是否签订安全责任书 — u550; 本, 册 count books, 眼 wells, 场次 performances)
    "份": "piece", "本": "piece", "册": "piece", "眼": "structure", "场次": "times",
    "头/只": "livestock", "只/羽": "livestock",
    "元/吨": "money/volume", "元/立方米": "money/volume", "元/m3": "money/volume", "m3/d": "flow", "立方米/日": "flow",
    "吨/日": "flow", "mg/L": "concentration", "NTU": "turbidity", "CFU/mL": "microbes", "MPN/100mL": "microbes",
}
UNIT_FACTORS: dict[str, float] = {"元": 1, "千元": 1e3, "万元": 1e4, "亿元": 1e8, "人": 1, "万人": 1e4, "户": 1,
                                  "万户": 1e4, "亩": 1, "万亩": 1e4, "公顷": 15, "平方米": 0.0015, "平方公里": 1500, "米": 1,
                                  "公里": 1000, "千米": 1000, "吨": 1000, "万吨": 1e7, "公斤": 1, "百公斤": 100, "千克": 1,
                                  "kg": 1, "斤": 0.5, "厘米": 0.01, "cm": 0.01, "毫米": 0.001, "mm": 0.001, "克": 0.001,
                                  "g": 0.001, "立方米": 1, "万立方米": 1e4, "元/年": 1, "万元/年": 1e4, "元/月": 1, "万元/月": 1e4}
# Labels whose last word names a count carry their unit even without brackets.
_COUNT_SUFFIX = (("户数", "户"), ("人数", "人"), ("人口", "人"), ("人次", "人次"), ("间数", "间"), ("面积", "亩"))

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------- tokenising
_TOKENIZERS: dict[tuple[str, ...], Any] = {}
_TOKENIZER_LOCK = threading.Lock()


def _tokenizer(terms: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """jieba with the synonym table's terms: its dictionary takes a second to load, so it is loaded once,
    under a lock, and can be started early in a thread (``warm_up``) while the files are being read."""
    with _TOKENIZER_LOCK:
        tokenizer = _TOKENIZERS.get(terms)
        if tokenizer is None:
            import jieba

            # jieba keeps its dictionary's cache in the system's temp folder and prints a traceback when it
            # cannot write it there (a /tmp/jieba.cache of another user): it goes to the tool's cache folder,
            # and a failure to keep it is not the clerk's business.
            jieba.setLogLevel(logging.CRITICAL)
            tokenizer = jieba.Tokenizer()
            with contextlib.suppress(OSError):
                cache_dir().mkdir(parents=True, exist_ok=True)
                tokenizer.tmp_dir = str(cache_dir())
            tokenizer.initialize()
            for term in terms:
                tokenizer.add_word(term, freq=200000)
            _TOKENIZERS.clear()
            _TOKENIZERS[terms] = tokenizer
        return tokenizer


def release_tokenizer() -> None:
    """Let go of jieba's dictionary (about 50 MB for a province's first scan): it is needed only while labels
    are cut, and matching works on the cuts; a label cut later loads it again."""
    with _TOKENIZER_LOCK:
        _TOKENIZERS.clear()


def warm_up(synonyms: Synonyms) -> threading.Thread | None:
    """On a first run (no cuts kept from earlier runs), load the tokenizer in the background while the
    guarded workers read the files; later runs find their labels' cuts on disk and may never need it."""
    if token_store(synonyms).cuts:
        return None
    thread = threading.Thread(target=_tokenizer, args=(tuple(synonyms.terms),), daemon=True, name="jieba-warm-up")
    thread.start()
    return thread


class TokenStore:
    """jieba's cuts of labels seen before, kept on disk between runs: a rescan of the same templates (the
    clerk's quarterly routine) never loads jieba's dictionary, which costs a second or more.

    Keyed by jieba's version and the synonym table's terms, so a changed table or jieba starts afresh.
    Set YITAOBIAO_CACHE_DIR to move it; a cache that cannot be read or written is simply not used.
    """

    # A county's templates have a few thousand distinct labels, a province's tens of thousands; past this the
    # cache would cost more to load at every start than the cuts it saves (10 MB: 0.4 s).
    LIMIT = 60_000

    # A cut is kept as its tokens joined by this separator: one string a label, not a list of small strings
    # (60,000 cuts took 35 MB as lists, 10 as strings). No clean label holds a control character.
    SEPARATOR = "\x1f"

    def __init__(self, terms: tuple[str, ...]) -> None:
        self.path = self._path(terms)
        self.cuts: dict[str, str] = {}
        self.dirty = False
        if self.path is not None:
            data = read_cache(self.path)  # a few MB after a year of templates: 20 ms with orjson, not 200
            if isinstance(data, dict) and all(isinstance(v, str) for v in data.values()):
                self.cuts = data

    @staticmethod
    def _path(terms: tuple[str, ...]) -> Path | None:
        try:
            # The installed jieba, by its files (importlib.metadata would cost 50 ms at every start).
            from importlib.util import find_spec

            spec = find_spec("jieba")
            origin = Path(spec.origin if spec and spec.origin else "")
            dictionary = origin.with_name("dict.txt")
            jieba_version = f"{origin.stat().st_size}-{dictionary.stat().st_size}-{int(dictionary.stat().st_mtime)}"
        except Exception:  # noqa: BLE001 - without knowing the installed jieba the cache could go stale: no cache
            return None
        return cache_path("jieba-cuts", [jieba_version, *terms])

    def cut(self, text: str, terms: tuple[str, ...]) -> list[str]:
        hit = self.cuts.get(text)
        if hit is not None:
            # The same few thousand words make up every label: one string each, not one per label they are in.
            return [_WORDS.setdefault(t, t) for t in hit.split(self.SEPARATOR)] if hit else []
        tokens = [t for t in _tokenizer(terms).lcut(text, HMM=False) if t.strip()]
        if len(self.cuts) < self.LIMIT and self.SEPARATOR not in text:
            self.cuts[text] = self.SEPARATOR.join(tokens)
            self.dirty = True
        return tokens

    def save(self) -> None:
        if self.dirty and self.path is not None:
            write_cache(self.path, self.cuts)
            self.dirty = False


_STORES: dict[tuple[str, ...], TokenStore] = {}
_WORDS: dict[str, str] = {}


def token_store(synonyms: Synonyms) -> TokenStore:
    terms = tuple(synonyms.terms)
    store = _STORES.get(terms)
    if store is None:
        _STORES.clear()
        store = _STORES[terms] = TokenStore(terms)
    return store


def tokenize(text: str, synonyms: Synonyms) -> tuple[str, ...]:
    """jieba tokens of a clean label, each replaced by its token-synonym representative."""
    hit = synonyms.token_cache.get(text)
    if hit is None:
        cut = token_store(synonyms).cut(text, tuple(synonyms.terms))
        whole = synonyms.whole_words()
        hit = tuple(synonyms.token_rep.get(t, t) for token in _document_numbers_joined(_date_words_joined(cut))
                    for t in _split_compound(token, whole))
        synonyms.token_cache[text] = hit
    return hit


def _date_words_joined(tokens: list[str]) -> list[str]:
    """jieba cuts 「暂停发放年月」 as 年 | 月 but 「出生年月」 as 年月: a 年 followed by 月 (and 日) is one word, the
    date the label asks, so 「待遇领取起始年月」 meets 「待遇开始领取时间」 on 日期 as 出生年月 meets 出生日期."""
    joined: list[str] = []
    for token in tokens:
        if token in ("月", "日") and joined and joined[-1] in ("年", "年月") and (token == "月") == (joined[-1] == "年"):
            joined[-1] += token
        else:
            joined.append(token)
    return joined


def _document_numbers_joined(tokens: list[str]) -> list[str]:
    """jieba knows 证号 and 证编号 as words: a certificate it does not know (火化证号, 火化证编号) is cut 火化 | 证号
    and 火化 | 证编号, where 残疾证号 and 残疾证编号 are both 残疾证 | 号. The 证 goes back to its certificate, so
    that the two spellings of one number meet word for word, as those of a known certificate do (u244)."""
    joined: list[str] = []
    for token in tokens:
        tail = _CERTIFICATE_NUMBER_WORDS.get(token)
        if tail and joined:
            joined[-1] += "证"
            joined.append(tail)
        else:
            joined.append(token)
    return joined


_CERTIFICATE_NUMBER_WORDS = {"证号": "号", "证编号": "编号", "证号码": "号码"}


def _split_compound(token: str, whole: set[str]) -> tuple[str, ...]:
    """A compound jieba keeps whole, split before a tail the synonym table knows as a word: 车牌号码 is
    车牌 + 号码 and 从业人员 is 从业 + 人员, so that they meet 车牌号 and 从业人数 word for word (uncut, the two
    spellings of one item shared no word at all). Terms and the table's own words stay whole."""
    if len(token) < 3 or token in whole:
        return (token,)
    for size in (3, 2, 1):
        head, tail = token[:-size], token[-size:]
        if len(head) >= 2 and tail in whole:
            return (head, tail)
    return (token,)


# --------------------------------------------------------------------------- keys
@dataclass
class LabelKey:
    """What a field asks, reduced to the features matching looks at."""

    text: str  # effective label: role + base, normalised
    canonical: str | None  # canonical item from the synonym table, if resolved
    role: str | None
    unit: str | None
    numbers: frozenset[str]
    how: str  # how the canonical was found: exact / prefix / tokens / role / none
    tokens: tuple[str, ...] = ()
    qualifiers: tuple[str, ...] = ()  # period/state words taken from the group headers (本月, 新增)
    header: str | None = None  # the group headers a bare label was read with (牛 › 存栏)
    written: str = ""  # the normalised label as written
    scope: str = ""  # a generic label with nothing to qualify it (合计, 金额) matches only inside its form
    program: str = ""  # target group of the form, for items the synonym table does not know (申请类别 of 低保 ≠ of 困境儿童)
    level: str = ""  # an indicator table filled once per household or person: its figures are that record's
    figure: bool = False  # a row of a statistics table: a count or an amount, never a yes/no or a name
    ticked: bool = False  # answered by ticking 是 or 否 printed beside it (□是 □否), however it is worded
    shown: str = ""  # the name to print when the text glues a breakdown to its item (联系人电话（本人或亲属）)

    @property
    def display(self) -> str:
        """How the field was read: 「监护人 › 联系电话」, 「本月 › 牛 › 存栏」, 「联系电话」."""
        written = self.written or self.text
        parts = [self.role] if self.role and not written.startswith(self.role) else []
        parts += list(self.qualifiers)
        parts += self.header.split("›") if self.header else []
        tail = written
        for part in parts:
            tail = tail.removeprefix(part)
        return " › ".join([*parts, tail or written])

    @cached_property  # keys are not changed once made (a changed key is a new one, by ``replace``)
    def node(self) -> str:
        if self.canonical:  # (a household's 户籍人口 is not the village's: the level parts them, u87)
            return f"={self.canonical}" + (f"#{self.program}" if self.program else "") \
                + (f"^{self.level}" if self.level else "")
        return f"~{self.text}|{unit_dimension(self.unit) or ''}" + (f"@{self.scope}" if self.scope else "") \
            + (f"#{self.program}" if self.program else "") + (f"^{self.level}" if self.level else "") \
            + ("?" if self.ticked else "")


_FAMILY_CONTACT_RE = re.compile(r"^家庭(?:通讯|通信|联系)")
# The synonym table's item for a person's relation to the record's subject (与本人关系, 与学生关系 …), and the
# bare words that ask it in a section about that person.
RELATION_ITEM = "与本人关系"
HEAD_RELATION_ITEM = "与户主关系"
_RELATION_WORDS = frozenset({"关系", "称谓", "亲属关系", "关系称谓"})
_COUNT_UNITS = frozenset({"人次", "户次"})
# 教职工总数 is 教职工数, 户籍总人口 户籍人口: 总 says the count is of them all, as the bare count does.
_GRAND_TOTAL_RE = re.compile(r"^(.{2,})总(人数|户数|人口|台数|辆数|个数|数)$")
# (and 「资产总额」, 「负债总额」 of an organisation's card: its 总资产, 总负债 — u459)
_SUMMED_RE = re.compile(r"^([\u4e00-\u9fff]{2,3})(?:合计|总计|总额)$")
# The ends of a term asked bare under its header (「矫正期限 › 起 | 止」), and the headers that name a term
_TERM_END_WORDS = {"起": "起始日期", "自": "起始日期", "从": "起始日期", "止": "终止日期", "至": "终止日期", "到": "终止日期"}
_TERM_HEADER_RE = re.compile(r"(?:期限|期间|期|时间|日期|年限|起止)$")
# 「村民小组个数」, 「客房数量」: how many, as 「村民小组数」, 「客房数」 (u117); a 平台数 counts no 台 (u288), and an
# 事件数 or a 文件数 counts events and documents, no 件 (u376: 上报事件数 had been named 上报事数). (A 案件数 counts
# what a column of cases in 件 counts: 「立案查处案件数」 is the 立案查处（件） of another office — u269.)
_PIECES_COUNT_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:个数|数量|(?<![事文证条物部邮软硬零配信])件数|株数|棵数"
                              r"|(?<![平站柜舞阳灶])台数|辆数|艘数|份数|册数)$")
# 「受益学生人数」 counts what 「受益学生数」 counts: a word naming people already, 人 adds nothing (u410)
# (u620: 「退捕渔民总数」 of one table and 「退捕渔民人数」 of another)
_PEOPLE_HEADCOUNT_RE = re.compile(r"^([\u4e00-\u9fff]*?(?:学生|[校业宿读]生|员|者|儿童|老人|妇女|干部|职工|[村居农渔牧移市灾]民|群众))人数$")


def _kind_at_a_stage(clean: str, header: str) -> bool:
    """「排查出矛盾纠纷 › 其中：婚姻家庭纠纷」: a kind of the cases a stage of their handling counts (排查, 调解, 受理 …)
    is of that stage; 「现有吸毒人员 › 其中：社区戒毒人员」 is the population it names."""
    # (「已排查燃气用户总数 › 其中：居民用户」: a total counts what its bare count does — u464's look-alike)
    kind, counted = clean.removesuffix("数"), header.removesuffix("数").removesuffix("总")
    return len(kind) <= 6 and kind[-2:] == counted[-2:] and kind != counted \
        and bool(_CASE_STAGE_RE.search(counted[:-2])) and not _CASE_STAGE_RE.search(kind)


def _restated_tail(header: str, clean: str) -> int:
    """How many characters a label repeats of the word its header ends with (「水费收缴 › 收缴率」: 2), or 0. Two
    characters at least, with something left over on both sides."""
    if _WHEN_TAIL_RE.search(clean):
        return 0  # (「成员身份确认 › 确认日期」: a date names its event itself, as a bare 确认时间 asks it)
    # (what the header adds must be a word, no 拟 or 已 of a stage: 「拟管护情况 › 管护区域」 is the 管护区域)
    return next((k for k in range(min(len(header) - 2, len(clean) - 1), 1, -1)
                 if header.endswith(clean[:k]) and _HAN_WORD_RE.fullmatch(clean[:k])), 0)


_HAN_WORD_RE = re.compile(r"[\u4e00-\u9fff]+")


# The stages a case (纠纷, 案件, 信访事项) passes through, as the 人民调解 and 信访 statistics count them
# (and a hazard's: 排查发现 › 已整改 | 已销号 — u369's 已整改隐患 had been read 排查发现隐患已整改隐患数)
_CASE_STAGE_RE = re.compile(r"排查|发现|调解|调处|化解|受理|办结|立案|结案|移交|接报|查处|审结|交办|处理|整改|整治|销号|督办")
_WHEN_TAIL_RE = re.compile(r"(?:日期|时间|年月|时限)$")
_MOMENT_RE = re.compile(r"[\u4e00-\u9fff]{2,3}(?<![日期间月年份])")
_HEADCOUNTS = frozenset({"人数", "数", "人口", "名数", "总数", "数量"})
# 「植保无人机保有量」, 「电动自行车拥有量」: how many are held; a 耕地保有量 in 亩 is land, no count (u264)
_HELD_COUNT_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:保有量|拥有量)$")
_RELATION_TO_RE = re.compile(r"^与(.{1,8}?)的?(?:关系|称谓)$")  # (与见义勇为人员关系 — u238)
# Whether a licence or certificate is held, however the form asks it: 是否（已）办理 / 取得 / 领取 / 持有 …, 有无 ….
_LICENCE_HELD_RE = re.compile(r"^(?:是否(?:已经?)?(?:办理|取得|领取|持有|办(?![学事]))|有无|有否)(.{1,10}?(?:证|照|许可|证书))$")
_AGE_BAND_RE = re.compile(r"^\d{1,3}(?:周)?岁?(?:[-~—至到]\d{1,3}(?:周)?岁|(?:周)?岁(?:及|以)?(?:以上|以下))$")
_AGE_BAND_START_RE = re.compile(_AGE_BAND_RE.pattern.strip("^$"))
_DIGITS_RE = re.compile(r"\d+")
# People an age band is written in front of (80周岁及以上老年人), and how the band counts them in any wording.
_AGED_PEOPLE_RE = re.compile(r"^(?:老年人口?|老人|人口|高龄老人|高龄老年人)数?$")
_AGED_COUNT_RE = re.compile(r"^(\d{2,3})周?岁(?:及以上|以上)的?(?:老年人口?|老人|人口|人员)(?:数|人数)?$")
_AGED_COUNT = "老年人数"
# 上年度经营收入 is 上年经营收入; 年度补助标准 the 年补助标准 of another roster (u461)
_YEAR_OF_RE = re.compile(r"(?<=[上本去今当])年度|^年度(?=[\u4e00-\u9fff]{3})")
_LATEST_TIME_RE = re.compile(r"^(?:最近一次|最后一次|上一次)")  # 最近一次检验日期 is the 上次检验日期 (u269)
_ALTERNATIVE_HEAD_RE = re.compile(r"^([\u4e00-\u9fff]{2,4})[（(]([\u4e00-\u9fff]{2,4})[)）]([\u4e00-\u9fff]{1,6})$")
_ALTERNATIVE_TAIL_RE = re.compile(r"^([\u4e00-\u9fff]{2,8})[（(]([\u4e00-\u9fff]{2})[)）]$")
_BANK_CARD_NOTE_RE = re.compile(r"银行卡|银行账[号户]|金融账户|存折")
_CARD_NUMBER_TAILS = ("卡号", "账号", "帐号")
_BANK_ACCOUNT = "银行账号"
# (「就业困难人员类别」 of a roster says which kind one is, never how many are: u202's count row 就业困难人员)
_NAME_TAIL = ("名称", "姓名", "类别", "类型", "种类", "地名")  # (标准地名 is a name; 标准地名总数 counts them — u327)
# Where a thing is: a place, never how many went there (安置地点 against 安置方式（人）› 集中安置 — u266)
_PLACE_TAIL = ("地点", "地址", "住址", "住所", "场所", "位置")
# The end of the period a report is for (季末存栏 in a quarterly report is its 存栏): no qualifier of the item,
# but no subject either.
# A stock (人口, 存栏, 户数) is counted at the end of the period its report is for: 年末常住人口 and 季末存栏 ask
# what 常住人口 and 存栏 ask on any other form. The start of the period (年初户籍人口) is another figure.
_PERIOD_END_WORDS = ("季末", "月末", "年末", "期末")
_REPORT_PERIOD_WORDS = (*_PERIOD_END_WORDS, "季初", "月初", "年初", "期初")
# (当期出栏, 本期出栏: the report's own period, said or not)
_PERIOD_END_RE = re.compile(rf"^(?:{'|'.join((*_PERIOD_END_WORDS, '当期', '本期'))})(?=..)")
# A yes-or-no question a header leaves open for the columns under it to end (是否兼任, 是否属于, 有无): each column
# is one answer, whether the record's person is, has or does what it names
_OPEN_QUESTION_RE = re.compile(r"^(?:是否|有无)(?:兼任|兼职|担任|属于|为|是|有|参加|参与|享受|纳入|接受|患有|持有|取得|办理|签订|具有)?$")
# Headers of what one enjoys (享受待遇情况): a group ticked under them asks whether one is in it.
_ENJOYING = ("享受", "是否享受", "已享受", "纳入")
_COUNTED_PEOPLE_RE = re.compile(r"(?:人员|人口|对象|老人|职工|群众|人数|户数)$")
# Whether one was taken into a group or is one of it, however the verb is put (是否纳入…, 是否属于…, 是否为…)
_JOINED_A_GROUP_RE = re.compile(r"^是否(?:已经?)?(?:纳入|属于|列入|认定为|为)(.{2,12})$")
_GROUP_WORDS = ("户", "家庭", "对象", "人员", "人口", "儿童", "老人", "群众", "学生")
# A payment a header names (困难残疾人生活补贴 › 发放金额 | 标准): its amount and rate are that payment's.
_PAYMENT_HEADER_RE = re.compile(PAYMENT_WORDS + "$")
_PAYMENT_FIGURES = ("金额", "标准")
_MONEY_HEADS = ("金", "款", "费")  # (a sum a header names, whose payment a date under it is of)
_AMOUNT = "金额"
_KINDS_OF_CHARGE = ("费", "税", "租金", "补贴", "补助", "保险")
_URBAN_OR_RURAL_RE = re.compile(r"^(?:城市|农村|城镇|城乡)")


def _names_a_group(header: str) -> bool:
    """「特困」, 「城市低保」, 「孤儿」 over a table's columns: a group of people the columns count or pay."""
    core = _URBAN_OR_RURAL_RE.sub("", header)
    return any(population_named(text) is not None for text in (header, core, core + "对象", core + "人员"))


# The record's state before or after a change (原保障情况, 调整后情况), unless the header names a former body or place.
_FORMER = "原"
_PLAN = "计划"
# A money column of a budget table by its year: 预算数 is planned, 执行数 (决算数, 实际数) is what was spent — no count
_BUDGET_HEADER_RE = re.compile(r"^(?:\d{4}年度?|本年|上年|当年)?(?:全年)?(预算|计划|执行|决算|实际)(?:数|安排数?|金额)?$")
_PLANNED_MONEY = ("预算", "计划")
_DAMAGE_RE = re.compile(r"灾|倒损|倒塌|损毁|损坏|受损")
# (「改造后房屋情况 › 结构类型」 of a 竣工验收表: the house built, no house a 申请表 describes as it stands — u282)
_BEFORE_OR_AFTER_RE = re.compile(r"^(原|(?:调整|变更|变动|改造|搬迁|安置|维修|加固|修缮|重建|改建|翻建)[前后])"
                                 r"(?=[\u4e00-\u9fff]{2})(?!因|料|始|则|本|件|籍)")
_ORGANISATION_OR_PLACE_RE = re.compile(r"单位|企业|公司|机构|学校|部队|住址|地址|户籍|居住地|所在地")
_WISHES = ("意向", "意愿")  # (a header of wishes qualifies no label that says it is one)
_FACT_WORDS = ("原", "现", "目前", "申请")
_CONTACT_WORD = "联系人"
_ANY_BODY = frozenset({"单位", "组织", "企业", "机构", "公司", "集体"})  # a body of no particular kind
# A plan, an estimate or what was done, asked as a column under the quantity it qualifies
_PLAN_OR_ACTUAL_RE = re.compile(r"^(?:计划|实际|预计|目标|应[发缴收付拨]|实[发缴收付拨])$")
_BODY_SIDES = frozenset({"左眼", "右眼", "双眼", "左耳", "右耳", "双耳", "左侧", "右侧", "左手", "右手", "左上肢", "右上肢",
                         "左下肢", "右下肢"})
# A document's number asked under a header naming the document (捕捞许可证 › 证书编号, 营业执照 › 证照号码)
_DOCUMENT_HEADER_RE = re.compile(r"(?:证|照|证书|许可)$")
_NUMBER_OF_DOCUMENT_RE = re.compile(r"^(?:证书|证件|证照|执照|许可证)(编号|号码|号)$")
# A state before or after a change (改造前 › 建筑面积, 搬迁后 › 住房面积) or a wish (求职意向 › 工种): a different figure
# from the same item standing alone, whatever else the form asks.
_STATE_HEADER_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:前|后|之前|之后)$|^[\u4e00-\u9fff]{1,4}(?:意向|意愿)$")
# A measure that names no kind (播种面积, 总产量, 出栏): under 粮食作物 or 生猪 it is that kind's, as 存栏 is.
_MEASURE_ONLY_RE = re.compile(r"^(?:播种|收获|实有|总)?(?:面积|产量|产值|数量|总量|存栏|出栏|销量|销售量)$")
# A count named only by when or how it stands (「基干民兵人数 › 计划数 | 实有数」): the header's count at that stage
_STAGE_COUNT_RE = re.compile(r"^(?:实有|现有|应有|在册|在岗|实际|实到|应到|已完成|完成|计划|预计|目标|已?(?:拨付|发放|下达|到位|兑付))数$")
# 补贴对象姓名, 帮扶对象身份证号: the people a roster is of (whoever the form is done for) are its subject.
_TARGET_GROUP_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}?对象(?=..)")
COUNT_THEME = "人口指标"  # the synonym table's theme of counted people and households
_COUNT_WORDING_RE = re.compile(r"(?:数|数量|人口|总量|合计|小计)$")


def unit_dimension(unit: str | None) -> str | None:
    return UNIT_DIMENSIONS.get(unit) if unit else None


def is_attribute(canonical: str, synonyms: Synonyms) -> bool:
    """A person's or place's attribute (姓名, 所属村): never a quantity with a unit."""
    # (「子女数（人）」 and 「子女人数」: a count of a person's children is counted in 人 — u613 vetoed them)
    return synonyms.theme_of.get(canonical) in PERSON_THEMES and canonical not in MEASURED_ATTRIBUTES \
        and not canonical.endswith(_DURATION_ENDINGS) and not canonical.endswith(_AMOUNT_ENDINGS) \
        and not _COUNT_TAIL_RE.search(canonical)


# 务工时长 in 月, 缴费年限 in 年: measured, with a unit; so is a length of years in -龄 (军龄, 工龄, 党龄 in 年 — u626
# vetoed 军龄（年） and 服役年限, one item in the synonym table)
_DURATION_ENDINGS = ("时长", "月数", "年限", "天数", "龄")
# 医疗总费用, 报销金额 of a person's medical case: an amount in 元, however personal (u146)
# (基本医保统筹支付, 大病保险支付: what the fund paid of one stay's costs, in 元 — u170)
# (缴费档次 in 元/年: a grade of payment is an amount however personal — u625 kept 缴费档次（元/年） from 缴费档次)
_AMOUNT_ENDINGS = ("费用", "金额", "总额", "资金", "收入", "支出", "支付", "报销", "档次")


_COUNTS_WHAT_RE = re.compile(r"(户数|户|人数|人口数?|人次)$")


def _is_money(key: LabelKey) -> bool:
    return (unit_dimension(key.unit) or "").startswith("money")


def _counts_alike(label: str, item: str) -> bool:
    """「农村低保户数」 is not 农村低保人数 whatever its words share: a count of households is not one of people."""
    a, b = _COUNTS_WHAT_RE.search(label), _COUNTS_WHAT_RE.search(item)
    return not (a and b) or a.group(1)[0] == b.group(1)[0] and (a.group(1) == "人次") == (b.group(1) == "人次")


# A count's unit said in brackets (志愿者（人）, 客房（间）, 开展活动（次）) is the count word the label leaves out:
# it asks 志愿者人数, 客房数, 开展活动次数 — not the 志愿者's name, nor what a 客房 is.
_COUNTING_UNITS = {"人": "人数", "名": "人数", "户": "户数", "次": "次数", "人次": "人次", "个": "数", "间": "数",
                   "张": "数", "所": "数", "处": "数", "座": "数", "家": "数", "辆": "数", "台": "数", "条": "数",
                   "场": "数", "期": "数", "套": "数", "栋": "数", "幢": "数", "艘": "数", "件": "数", "起": "数",
                   "项": "数", "株": "数", "棵": "数", "家次": "数", "户次": "数", "份": "数", "册": "数",
                   "架": "数", "台套": "数"}
# A header naming an amount and how it breaks down (总投资及资金来源, 人数及构成): the total is the amount.
_ITS_BREAKDOWN_RE = re.compile(r"(?<=..)及其?(?:资金来源|来源|构成|组成|分布|结构|分类)$")
_COUNTED_RE = re.compile(r"(?:数|数量|量|人口|人次|总计|合计|小计|规模|容量)$")  # (日均收件量（件） is no 收件量数 — u328)
# (a table of villages counts its 低保户 and 低保对象 bare as often as in brackets: the unit keeps 户 from 人)
_GROUPS_COUNTED_BARE = ("户", "家庭", "对象")


def counted(clean: str, unit: str | None, generic: set[str]) -> str:
    """「志愿者」 in 人 is 志愿者人数, 「客房」 in 间 is 客房数, 「工作人员」 in 人 is 工作人员数 (a label already a count,
    a generic one read with its header, and a yes/no question are left as they are)."""
    word = _COUNTING_UNITS.get(unit or "")
    # (「以入股分红、逐年返利且不参与经营的」 in 个: a clause naming which of its total's projects, no noun to count)
    if not word or len(clean) < 2 or clean in generic or clean.startswith(("是否", "有无", "其中")) \
            or _COUNTED_RE.search(clean) or clean.endswith(_GROUPS_COUNTED_BARE) or clean.endswith("的"):
        return clean
    if word == "人数" and (clean.endswith(("人", "员")) or _PEOPLE_HEADCOUNT_RE.match(clean + word)):
        return clean + "数"  # 脱贫户（户）: 脱贫户数, not 脱贫户户数; 工作人员（人）: 工作人员数; 育龄妇女（人）: 育龄妇女数
    return clean + word


# Roles a bracket may say someone plays, whatever the heading calls them (实际抚养人（监护人）, 奶奶（监护人）).
_CARE_ROLES = frozenset({"监护人"})
# Roles a bracket may say someone is, whatever the form calls them: the guardian, the household's head (a post,
# 负责人, is what else they are, no other person)
_WHO_ONE_IS = frozenset({*_CARE_ROLES, "户主"})
_HOW_MANY_RE = re.compile(r"限填|最多|不超过|不少于|至少|以内|\d+\s*(?:人|名|位)")
# 「户主本人不能领取时填写」, 「无监护人的不填」, 「如有」: when to fill a section, not whose rows it holds
_WHEN_TO_FILL_RE = re.compile(r"(?:时|的|者)(?:须|需|应|才|可|不)?(?:填写|填报|填|不填)$|^(?:如|若|如有|没有|无)")
# 「建房户姓名」, 「申请户身份证号」: the name or ID number of a household, which is its head's.
# (a gas 用户 or a bank's 客户 is one person or body, no household its head names)
_NO_HOUSEHOLD_WORDS = ("用户", "客户", "账户", "开户")
_HOUSEHOLD_PERSON_RE = re.compile(r"^([\u4e00-\u9fff]{1,4}?)户(姓名|身份证号码?|公民身份号码|身份证件号码)$")
_TOTAL_WORDS = frozenset({"合计", "小计", "总计", "总数", "共计"})
_SEX_PARTS = {"男": "男性", "女": "女性", "男性": "男性", "女性": "女性"}
_HEADCOUNT_TAIL_RE = re.compile(r"(?:总人数|人数|总数|数)$")
_SEXED_PEOPLE = ("员", "生", "工", "师")  # 党员 → 女党员, 学生 → 女学生, 职工 → 女职工, 教师 → 女教师
_EITHER_GROUP_RE = re.compile(r"^是否([\u4e00-\u9fff]{2,8}?)(?:或|或者|及|和|/|／|、)([\u4e00-\u9fff]{2,8})$")
_BAND_COUNTED_RE = re.compile(r"(?:人数|人口|数)$")
_ADDRESS_HEADER_RE = re.compile(r"(?:地址|住址|坐落|门牌|地点)$")
_ADDRESS_PARTS = frozenset({"楼栋号", "单元号", "房号"})
_PAID_TAIL_RE = re.compile(r"(?:支付|报销|赔付|补偿)(?:金额)?$")
_PEOPLE_UNITS = frozenset({"人", "名", "人次", "户"})  # (a header counting people: 「参加人数（人） › 家长」 counts parents)
_SEX_HEADS = frozenset({"性别", "按性别分", "分性别", "其中"})
# Counts of everyone the village or the table covers: their 男 and 女 are the 男性人数 and 女性人数 themselves.
_ALL_PEOPLE = frozenset({"总人口", "户籍人口", "常住人口", "人口", "人口数", "总人数", "人数", "家庭人口数"})
# A member of a pair named over the two of them (父母 › 父亲 | 母亲): which pair heads the columns.
_KIN_OVER = {"父亲": "父母", "母亲": "父母", "丈夫": "夫妻", "妻子": "夫妻", "男方": "男女双方", "女方": "男女双方"}
# A tick to make in the column (「死亡人员（√）」, 「低保户（是打√）」): the column asks whether, it counts no one.
_TICK_NOTE_RE = re.compile(r"^(?:是(?:的)?)?(?:打|划|画)?[√✓✔](?:号)?$")
_TICK_ASKED_RE = re.compile(r"^.{0,10}(?:打|划|画)[“\"]?[√✓✔]")  # 「在对应栏打√」 over the columns to tick
_TICKED_NOTE_RE = re.compile(r"[√✓✔]|打勾|划勾|勾选")
# The ends of a term (期限, 期间, 矫正期) are its start and end dates: the word for the term itself adds nothing.
# (刑期, 学期, 工期 are terms of one character before 期: 「刑起始日期」 would say nothing)
_TERM_END_RE = re.compile(r"(?<=.)(?:期限|期间|(?<=[\u4e00-\u9fff]{2})(?<![刑学假工周聘任租])期)"
                          r"(?=(?:起始|开始|终止|截止|结束|届满|到期)(?:日期|时间)$)")


def implied_unit(clean: str, unit: str | None) -> str | None:
    if unit:
        return unit
    if clean.startswith(("是否", "有无")):
        return None  # 「是否脱贫人口」 asks yes or no: no count of people, whatever word it ends in
    if _FLOOR_AREA_RE.search(clean):
        return "平方米"  # 「建筑面积」 of a house is measured in square metres, a field's 面积 in 亩 (wf20: 建筑面积（亩）)
    for suffix, implied in _COUNT_SUFFIX:
        if clean.endswith(suffix):
            return implied
    return None


_FLOOR_AREA_RE = re.compile(r"(?:建筑|住房|房屋|使用|营业|经营场所|套内|居住|办公|用房|宅基地|占地|场地|室内)面积$")


def affix_variants(base: str, synonyms: Synonyms) -> list[str]:
    """The label with droppable words (目前…, …总数, …全称, 本人…) taken off its ends."""
    hit = synonyms.affix_cache.get(base)
    if hit is not None:
        return list(hit)
    variants: list[str] = []
    frontier = [base]
    for _ in range(2):
        grown = []
        for text in frontier:
            for prefix in (*synonyms.prefixes, *synonyms.self_prefixes):
                if text.startswith(prefix) and len(text) > len(prefix) + 1:
                    grown.append(text[len(prefix):])
            for suffix in synonyms.suffixes:
                if text.endswith(suffix) and len(text) > len(suffix) + 1:
                    grown.append(text[: -len(suffix)])
        variants.extend(grown)
        frontier = grown
    out = list(dict.fromkeys(variants))
    synonyms.affix_cache[base] = tuple(out)
    return out


# A place's code (行政村代码, 统计用区划代码) is a data element of its own, twelve digits where the place's item
# holds its name: 「…代码」 dropped to its place would fill a name where a department's form wants the code (u85).
_PLACE_THEME = "地址与联系"
_ALTERNATIVES_RE = re.compile(r"[、/／]|或")
# Items that number one thing, never count them: 「单元数」 of a 楼栋 register is no 单元号 (u265)
_IDENTIFIER_TAIL_RE = re.compile(r"(?:号|编号|号码|代码|编码)$")
# Items that describe, name or place, never count: 「发现问题（个）」 counts problems, it is no 问题描述 (u178), and
# 「集中安置点个数」 counts sites, it is no 安置地点 (u382)
_DESCRIPTION_RE = re.compile(r"(?:描述|情况|内容|原因|说明|名称|类型|类别|姓名|地址|住址|地点|场所|位置|所在地|意见)$")
_PERSON_WORD_RE = re.compile(r"^(.{1,4}?[人者])(.+)$")
_OWNER_WORD = "主人"
_KIND_OF_PEOPLE_RE = re.compile(r"(?:对象|人员|群众|人口)(?:数|人数)?$")
_KEEPER = "饲养人"  # 《动物防疫法》's keeper of an animal: 犬主, 动物主人
_OPTION_SPLIT_RE = re.compile(r"[□☐■◻○√✓/／、,，;；|｜\s]+")
_CATCH_ALL_OPTIONS = {"其他", "其它", "未知", "不详", "无"}
_YES_NO = ({"是", "否"}, {"有", "无"}, {"是", "不是"}, {"有", "没有"})
_SENTENCE_RE = re.compile(r"[，,。；;！!？?：:]")
# The stage of a case a section's figures are at (申请 › 面积 asked for, 批准 › 面积 granted, 实际 › 面积 built), not
# 申请人 or 申请书 and not the case's dates or reasons.
_STAGE_RE = re.compile(r"^(申请|批准|核定|审定|审批|许可|实际|验收|核实)(?!人|者|单位|书|表|事项|事由|理由|原因|日期|时间|"
                       r"编号|意见|对象|条件|情况$|信息$|及|和|与|、)")
# 「公示起始日期」 after a card's 监护人情况: a date of the case's handling, nobody's in the section above (u136)
_PROCESS_DATE_RE = re.compile(r"^(?:公示|受理|审核|审批|审查|批准|办理|登记|录入|核查|复核|评议)(?:起始|开始|截止|结束)?(?:日期|时间)$")
# Whoever files the form (申报人, 报告人, 登记人), whom a bracket may name by what they are (申报人（货主）).
_FILER_RE = re.compile(r"^(?:申报|申请|报告|登记|报案|举报|投诉|委托|信访|来访|来信)人$")
_PARTY_ENDINGS = ("主", "人", "户", "者", "方")
_THIS_YEAR = frozenset({"本年", "当年"})
_HISTORY = "经历"
# (「二、驾驶经历 › 准驾车型 | 初次领取驾驶证日期」 of a 网约车驾驶员证申请表: the driving record the licence held shows,
# a qualification 《网络预约出租汽车经营服务管理暂行办法》 asks, no post once held — u427)
# An area measured over classes of land (「占用面积」, 「地块面积」, 「土地流转面积」) and the classes (GB/T 21010's 地类);
# (a 受灾面积 or a 新增面积 over 水田 is read with its header as any other: 水田 受灾, not land taken)
_AREA_HEADER_RE = re.compile(r"^(地块|土地|承包地|用地|耕地|林地|园地|草地|茶园|果园)?(占用|流转|撂荒|复耕|征收|征用|转入|转出|退耕|确权)?"
                             r"总?面积$")
_LAND_CLASS_RE = re.compile(r"(?:农田|耕地|水田|旱地|水浇地|园地|林地|草地|菜地|果园|茶园|宅基地|建设用地)$")
_HISTORY_HEADER_RE = re.compile(r"(?:(?<!驾驶)经历|简历|履历)(?:情况)?$")
_FORMER_WORDS = ("原", "曾", "退休前", "离休前")
_AGE_UNITS = ("岁", "周岁")
# (and where: 「是否居住在户籍所在地」 was offered the clerk beside 户籍地详址 — wf155)
_NUMBER_OR_DAY_TAIL_RE = re.compile(r"(?:编号|号码|证号|号|日期|时间|年月|地址|住址|详址|电话)$")
# What a yes/no header asks after, of those who answered yes: the when, which and how much (是否参保 › 参保类型)
_FOLLOW_UP_RE = re.compile(r"(?:日期|时间|年月|类型|类别|种类|编号|号码|号|金额|原因|名称|地点|方式|情况|说明|备注|人|数|率|期限)$")
_BEFORE_EVENT_RE = re.compile(r"([\u4e00-\u9fff]{2})前")
_LIFE_EVENT_DATE_RE = re.compile(r"(?:参加(?:革命)?工作|离休|退休|离退休|入党|入伍|参军|出生)(?:时间|日期|年月)$")
# A span counted from an event to now: 「开工以来累计」, 「建档以来」, 「截至本月累计」, 「自实施至今」.
_SINCE_HEADER_RE = re.compile(r"^[自从]?[\u4e00-\u9fff]{1,6}?(?:以来|至今)(?:累计)?$|^(?:截至|截止)[\u4e00-\u9fff]{1,6}累计$")
_WHOLE_YEAR = "年度"
_MONEY_WORDS_RE = re.compile(r"费用|金额|收入|支出|资金")
# Words an amount of money ends in (基本报酬, 办公经费, 社会保险补贴 — u274, u278)
_MONEY_TAILS = "报酬|工资|经费|补助|补贴|收入|支出|投资"
_FIGURE_TAIL_RE = re.compile(rf"(?:面积|金额|资金|层数|高度|数|额|数量|标准|价格|长度|宽度|蓄积|(?<!质)量|{_MONEY_TAILS})$")
# 拟 + what is to be done to a thing + 情况/信息: a section on the thing (拟退出宅基地情况, 拟聘用人员信息)
_OBJECT_PLANNED_RE = re.compile(r"^拟[\u4e00-\u9fff]{3,}(?:基本)?(?:情况|信息)$")
MAX_QUALIFYING_HEADER = 12  # longer group headers are sentences or notes, not qualifiers
_JOINED_RE = re.compile(r"[及和与]")
_ACCOUNT_ITEMS = frozenset({"银行账号", "开户银行", "开户人姓名", "开户网点"})
# An account a body or a project holds (工资专用账户, 监管账户, 对公账户, 专户): not a person's.
_BODYS_ACCOUNT_RE = re.compile(r"(?:专用|监管|共管|对公|基本|保证金|资金)账户|专户")
_ADDRESS_ENDINGS = ("地址", "住址")
_PART_WORD = r"(?:其中|内含|含)\s*[:：]"
_PART_OF_RE = re.compile(rf"^{_PART_WORD}")  # 「其中：女」: a part of the count above
# A section about an organisation (民政部门信息, 工作单位情况, 学校基本情况): its address and phone are the
# organisation's, not the person's the form is about.
_OFFICE_SECTION_RE = re.compile(r"^([\u4e00-\u9fff]{2,6}(?:部门|机关))(?:基本)?(?:信息|情况)$")
_ORGANISATION_SECTION_RE = re.compile(
    r"(?:单位|部门|机关|机构|委员会|村委会|居委会|学校|医院|公司|企业|银行)(?:基本)?(?:信息|情况|意见)$")
# A bare header naming the organisation a person works for (用人单位 › 单位名称 | 统一社会信用代码).
_EMPLOYER_HEADER_RE = re.compile(r"^(?:用人|就业|所在|聘用|雇主|录用|接收)(?:单位|企业|公司|机构)$")
ORGANISATION_ROLE = "单位"
# The kind of organisation a header names (物业服务企业, 建设单位, 业主委员会, 农民专业合作社).
_BODY_LEAD_RE = re.compile(r"^(?:单位|企业|公司)")
_ORGANISATION_NOUN_RE = re.compile(r"(?:企业|公司|单位|机构|委员会|合作社|协会|联合会|市场主体|经营主体)$")
# The beat or the kind of a post (包片防疫员, 责任医生, 政府行政责任人), or the kind of household a head heads
# (养殖户户主): the same person as the post or the head named bare. A level is not (县级路长, 乡级路长 and 村级路长
# are three people on one form).
# (「村（居）法律顾问」 is the village's 法律顾问, as a 示范村 card names him — u208; 村主任 stays whole)
_POST_LEAD_RE = re.compile(r"^(?:政府|责任|日常|包片|包村|包户|驻村|驻点|专职|兼职|分管|负责(?=[\u4e00-\u9fff]{3,}$)"
                           r"|[\u4e00-\u9fff]{1,4}户(?=户主$)|(?:村组|村社|村|社区|村居)(?!级|民|委)(?=[\u4e00-\u9fff]{3,}$))")
# A header naming what a position is of (取水口坐标, 问题点位坐标); 地理坐标 or GPS坐标 say only how it is given.
_LOCATED_RE = re.compile(r"^([\u4e00-\u9fffA-Za-z]{2,8}?)(?:坐标|位置|定位|点位|路段)$")
# (and the verbs of putting the record's own thing somewhere: 「设置位置 › 经度」 of a siren is where it is — u444)
_ANY_PLACE = frozenset({"地理", "GPS", "gps", "经纬度", "所在", "具体", "详细", "空间", "中心", "中心点", "所处", "位置",
                        "设置", "安装", "布设", "放置", "架设", "建设", "设立"})
_WORKPLACE_RE = re.compile(r"^(?:原|现)?(?:工作|就业|就职|务工)")
_NAME_WORDS = frozenset({"姓名", "名称", "单位名称", "企业名称", "单位全称", "全称"})
_PERIOD_LEAF_RE = re.compile(r"^(?:上年度?|去年|上年同期|上期|上月|上季度?|上届|年初|年末|期初|期末)$")
# 「本人手机」, 「本人联系电话」: one's own item, said outright (not 「本人或亲属」, a breakdown of whose)
_OWN_ITEM_RE = re.compile(r"(?:本人|自己)(?![或及和与、/]).{2,}")
_OWN_OR_NOW = frozenset({"本人", "自己", "本次", "本期", "当前", "目前", "现在"})
_THIS_PERIOD = frozenset({"本期", "当期", "本月", "当月", "本季", "本季度", "当季", "本届"})
# A service or a visit a person word heads (家庭医生签约, 网格员走访): its items are the service's, not that person's.
_ACTIVITIES = ("签约", "随访", "走访", "巡查", "培训", "考核", "评估", "慰问", "服务")
EMPLOYER_ROLE = "用人单位"  # every item under it is the employer's: its name, its code, its phone
# Endings of words naming a person (经营者, 赡养人, 业主, 承包方代表, 祖父母): a section so named is that person's.
_ORGANISATION_THEMES = frozenset({"地址与联系", "单位信息"})
_ON_BEHALF = ("代理", "委托", "代办", "代")
def _commissioned(role: str | None) -> str | None:
    """「委托代领人」 is the 代领人, 「委托代理人」 the 代理人: 委托 says how the agent came to act, not who it is.
    (委托人, who gives the errand, stays.)"""
    if role and role.startswith("委托") and len(role) >= 5 and role.endswith("人"):
        return role[2:]
    return role


_BODY_HEADS = frozenset({"法定代表人", "负责人"})
# The populations statistics tell apart (户籍/常住, 城镇/农村): in a bracket after a count they say which it is.
_RESIDENCE_NOTES = frozenset({"户籍", "户口", "常住", "流动", "暂住", "城镇", "城市", "农村"})
# Which of a pair a bracket names (「视力（左）」 | 「视力（右）」, 「人数（女）」): part of the item, never a note to
# drop (u488: the left and the right eye's sight had met as one 视力)
_SIDE_NOTES = frozenset({"左", "右", "左侧", "右侧", "左眼", "右眼", "左耳", "右耳", "左手", "右手"})
_SEX_NOTES = frozenset({"男", "女", "男性", "女性"})
# What a person word followed by it counts: the households or people that have such a person (u345).
_BARE_COUNTS = frozenset({"户数", "人数", "个数", "户", "人次", "户次"})
# Whoever answers for a body or a business on a register of them (its phone is theirs when no 联系人 is named)
_ANSWERS_FOR_A_BODY = frozenset({*_BODY_HEADS, "经营者", "业主", "业户负责人", "主要负责人"})
_POSTS = ("长", "主任", "经理", "书记", "主席")  # posts in a body (理事长, 社长, 村委会主任, 总经理)
NAME_ITEM = "姓名"
_KIN_GROUPS = ("家庭成员",)  # the role of a family as a whole, narrowed by a bracketed party to one of them
# A post a label names the holder of (包联干部, 县级包联领导): that person, whatever section lists them (u127).
_NAMED_POSTS = ("领导", "干部", "责任人", "负责人", "联系人")
_PAIRS_AND_GROUPS = frozenset({*_KIN_OVER.values(), *_KIN_GROUPS})  # a section of several, one of whom a row names
# Sections of a record's kin (家长情况 over 父亲 | 母亲 | 监护人 rows): on a row that names one of them, that one's.
_KIN_SECTIONS = frozenset({"家长", "家属", "亲属", "近亲属"})
# Where relatives live apart from the family (海外亲属, 境外亲属): a group of their own.
_KINDS_OF_HOUSEHOLD = ("户", "家庭", "家")  # 贫困户户主, 低保家庭户主: the head of a kind of household
_ELSEWHERE = frozenset({"海外", "境外", "国外", "在外", "外地", "异地", "台湾", "港澳"})
_WHOLE_FAMILY = ("家庭", "全家", "全户", "户")  # an item of the whole family, whoever's section it stands in
_FAMILY_WORDS = _WHOLE_FAMILY[:3]  # (no bare 户 in a head's section: 户主 and 户口 start with it)
_STAFF, _STAFF_TAIL = "人员", "员"
_PERSON_ENDINGS = ("者", "人", "主", "代表", "父", "母", "父母", "兄弟姐妹", "小组", "工作组", "员", "长", "儿", "主任", "顾问", "执委",
                   "干部", "书记", "医生", "师", "兽医", "工匠", "烈士", "战士", "遗属", "军属", "烈属", "亲属", "丧属", "领导",
                   "同胞", "侨胞", "台胞", "侨眷", "归侨", "华侨")
_COUNT_SUFFIXES = ("数", "数量", "总数", "人数")
_DOERS_ENDING = "人员"
_HEADCOUNT_ENDINGS = ("人数", "人次")
_POPULATION_ENDING = "人口"


def _doers_and_their_count(doers: str, count: str) -> bool:
    """「抽查人员」 and 「实际抽查人数」: the people who did an act (a name column) and how many did it, at a stage the
    count names. (「从业人员」 and 「从业人数」, the same words, are one population — the count of it.)"""
    # (「服务人员」 of a 清掏 record, who did the job, and 「服务人口（人）」 of a works, how many it serves: 人口 is
    # never anyone's name — u616)
    return doers.endswith(_DOERS_ENDING) and len(doers) >= 4 and (
        count.endswith(_HEADCOUNT_ENDINGS) and count[:-2].endswith(doers[:-2]) and len(count) > len(doers)
        or count == doers[:-2] + _POPULATION_ENDING)
_NOT_A_PARTY = ("地方", "对方", "双方", "各方", "配方", "处方", "药方", "多方", "官方", "平方", "立方")
# (…人员 is whom a register lists; 服务时长, 道路全长 measure: u425's phone after 年度服务时长 had been its holder's)
_NOT_A_POST = ("增长", "成长", "延长", "生长", "专长", "特长", "时长", "全长", "总长", "身长", "体长", "周长", "边长", "人员")
_TOTALS = {"合计", "小计", "总计"}
_COUNTED_BY_TOTAL = {"总人数": "人数", "总户数": "户数", "总数": "数"}  # a total named by what its header counts
# Roles held by whoever does a job: the word in front tells whose job (企业联系人 ≠ 点位联系人).
_DUTY_ROLES = {"联系人", "负责人", "经办人", "代理人", "代办人", "紧急联系人"}
# What a register of organisations or sites calls its record (企业负责人, 场所负责人 = 单位负责人): the head of the
# record itself, the same on a 九小场所 register and an enterprise's. (A contact is not: 企业联系人 of a 商超 and the
# 联系人 of a rented house are kept apart.)
_RECORD_NOUNS = frozenset({"单位", "企业", "场所", "机构", "公司", "经营主体", "主体"})


_COUNT_AFTER_PERSON = {"数", "次", "口", "均"}
# Words a person word ending in 主 runs into (户主要, 业主管), and two-character words its first character closes
# (企业, 物业): the person word is not there.
_MAIN_WORDS = ("主要", "主管", "主办", "主体", "主营", "主导")
_WORDS_ACROSS = frozenset({"企业", "物业", "就业", "职业", "专业", "行业", "农业", "产业", "商业", "创业", "营业", "作业",
                           "毕业"})


def _person_at(clean: str, word: str) -> int:
    """Where a person word starts in a label, or -1: not 被监护人, not 帮扶人数, not the 户主 of 脱贫户主要…."""
    at = clean.find(word)
    end = at + len(word)
    if at < 0 or at and clean[at - 1] == "被" or clean.startswith(_MAIN_WORDS, end - 1):
        return -1
    if at and clean[at - 1:at + 1] in _WORDS_ACROSS:
        return -1  # 「企业主管部门」: 企业 | 主管, no 业主 (wf33: its column became 「产权人管部门」)
    if word == "产妇" and at and clean[at - 1] == "孕":
        return -1  # 「孕产妇健康管理」: the women cared for in pregnancy and after, no one's 产妇 (u137)
    if word.endswith("人") and clean[end:end + 1] in _COUNT_AFTER_PERSON:
        return -1  # 帮扶人数, 监护人次: a count of people, not a person
    if word.endswith("人") and clean.startswith("群", end):
        return -1  # 「管理人群血压控制人数」: the people under care (人群), no 管理人 (u159)
    if clean[end:] in ("数", "数量", "总数"):
        return -1  # 专职网格员数, 志愿者数量: how many of them, not one of them
    if word in _PAYING_OR_RECEIVING and clean.startswith("员", end):
        return -1  # 「待遇领取人员信息」, 参保人员: the people a register is of, not one who collects for them (u147)
    if word == "法人" and clean.startswith(("单位", "企业", "组织", "机构", "资本", "股"), end):
        return -1  # 法人单位数, 国家法人资本: units that are legal persons, no 法定代表人 (wf33: 「法定代表人资本」)
    if clean.startswith("证", end) and not clean.startswith(("证件", "证明", "证人"), end):
        return -1  # 「统计调查员证编号」: the card a 调查员 holds, their own, named after what they are (u189)
    return at


# The holder of a post named before a person's item (河长姓名, 养护员联系电话, 妇联主席电话): someone with a
# duty towards the record, not its subject.
_POST_HOLDER_RE = re.compile(r"^(.{1,4}?(?:长|员|专干|书记|主任|主席|干部|委员|顾问))"
                             r"(姓名|联系电话|电话|手机号码|手机号|手机|联系方式|身份证号码|身份证号|公民身份号码|职务)$")


_KIND_HOUSEHOLD_HEAD_RE = re.compile(r"^([\u4e00-\u9fff]{1,6}户)户主(.*)$")


def _own_name(rest: str) -> str:
    """What follows a person word: nothing or 名 (监护人, 户主名, 检查人员) means the person's name."""
    return "姓名" if rest in ("", "名", "名字", "员") else rest
_STATE_HEADS = set("有无未已非不")  # 有劳动能力, 未脱贫, 非农业: a header that narrows what is under it
# Nouns that only start like a state (不动产 is real property: 「不动产情况 › 房屋结构」 is the house's — u157)
_NOT_STATES = ("不动产", "无人机", "有机")
# A building or a facility (农村文化礼堂, 农家书屋, 卫生室, 办公用房, 服务站): what is under it is its own (its 建筑面积,
# its 是否建成), not the record's.
_FACILITY_RE = re.compile(r"(?:礼堂|书屋|室|馆|站|中心|用房|广场|基地|场馆|院|仓库|厂房)$")
# 「记账人员」, 「调查人员」, 「村级管护人员」: people named by the work they do for the record, not the people it is of
_DUTIES = ("记账", "调查", "管护", "巡查", "巡护", "监测", "检查", "核查", "排查", "照管", "保洁", "联络", "协管", "督导",
           "包保", "帮扶", "走访", "采集", "指导",
           # (an appraiser's or inspector's row on a 鉴定表: 「鉴定人员 | ___ | 联系电话」 is the appraiser's phone — u601)
           "鉴定", "查勘", "勘查", "勘验", "评估", "验收", "检测", "检验", "测量", "核验", "核实", "考察")


def _on_duty(stem: str) -> bool:
    """巡查人员, 帮扶人员, and 指导农技人员 (the duty before the kind of staff): whoever does a job for the record."""
    return stem.endswith("人员") and (stem[:-2].endswith(_DUTIES) or stem.startswith(_DUTIES) and len(stem) > 4)


_POPULATION_THEME = "人口指标"
_HOUSEHOLDS = "家庭"
# A place the person came from or went to (迁出地 › 乡镇 | 行政村): its levels are not the record's own place.
_OTHER_PLACE_RE = re.compile(r"^(?:迁出|迁入|迁移前|迁移后|原籍|原居住|原住|出生|外出务工|务工|流出|流入|来源|转出|转入|"
                             r"搬迁前|搬迁后|安置|去向|目的)地?(?:点|址)?$")
_ADDRESS_PART_RE = re.compile(r"^(?:省|市|县|区|县区|乡镇|乡|镇|街道|村|社区|行政村|自然村|组|村民小组|"
                              r"详细地址|地址|门牌号)$")


class KeyMaker:
    """Builds :class:`LabelKey` objects against one synonym table (cached per label and context)."""

    def __init__(self, synonyms: Synonyms) -> None:
        self.synonyms = synonyms
        self._role_words = synonyms.role_words()
        self._role_of_word = {word: role for word, role in self._role_words}
        self._token_index = self._build_token_index()
        self._cache: dict[tuple[object, ...], LabelKey] = {}
        self._person_cache: dict[str, tuple[str | None, str]] = {}
        self._titled_cache: dict[tuple[str, str], str] = {}
        self._qualifiers_longest = sorted(self.synonyms.qualifiers, key=len, reverse=True)

    def _build_token_index(self) -> dict[tuple[str, ...], str]:
        index: dict[tuple[str, ...], str] = {}
        clashes: set[tuple[str, ...]] = set()
        for alias, canonical in self.synonyms.canonical_of.items():
            toks = tuple(sorted(set(tokenize(alias, self.synonyms))))
            if toks in index and index[toks] != canonical:
                clashes.add(toks)
            index.setdefault(toks, canonical)
        for toks in clashes:
            del index[toks]
        return index

    def resolve_base(self, base: str) -> tuple[str | None, str]:
        """Canonical item of a label without role: exact alias, after a self prefix, or by tokens."""
        syn = self.synonyms
        hit = syn.lookup(base)
        if hit:
            return hit, "exact"
        if base in syn.self_prefixes and (base.endswith("对象") or base.startswith("被") or _FILER_RE.match(base)) \
                or _UNDERGOER_RE.fullmatch(base) and not _CASE_PARTY_RE.search(base):
            # (「被征收人」, 「被保险人」 heading a register's column: whom each row is about, by name — u101, u106; a
            # case's 被申请人 or 被投诉人 is its other side; 「信访人」 heading a petition register's, whoever filed it — u186)
            # 「服务对象」, 「被监护人」 heading a roster's column: whom each row serves, by name. (A kind of person,
            # 「残疾人」 or 「老年人」, heads a column of ticks.)
            return NAME_ITEM, "prefix"
        # (「婴儿死亡人数」 counts infants, not every death: who a count counts is no prefix to drop)
        counts_people = bool(_COUNT_WORDING_RE.search(base))
        for prefix in syn.self_prefixes:
            if base.startswith(prefix) and len(base) > len(prefix) and not counts_people:
                hit = syn.lookup(base[len(prefix):])
                if hit:
                    return hit, "prefix"
        target = _TARGET_GROUP_RE.match(base)
        if target and not counts_people and (hit := syn.lookup(base[target.end():])):
            return hit, "prefix"
        counted = bool(_COUNTED_RE.search(base))
        counted_people = next((p for p in syn.self_prefixes if base.startswith(p)), None) if counts_people else None
        for variant in self._affix_variants(base):
            if counted_people and not variant.startswith(counted_people):
                continue
            hit = syn.lookup(variant)
            # 「班级数」 counts classes: a count is never the attribute it counts by (班级), 数 dropped or not; nor
            # are the people it counts (成员数 is no 家庭成员's name).
            if hit and not (counted and not _COUNTED_RE.search(variant) and self._never_a_count(hit)) \
                    and not self._code_of_place(base, variant, hit):
                return hit, "prefix"
        for variant in (base, *self._affix_variants(base)):
            if counted_people and not variant.startswith(counted_people):
                continue
            hit = self._token_index.get(tuple(sorted(set(tokenize(variant, syn)))))
            # 「死亡人员（要暂停√）」 ticks a person; 「死亡人口数」 counts them: only a count matches a count by its words.
            if hit and not (hit.endswith("数") and not _COUNT_WORDING_RE.search(base)) \
                    and not (counted and self._never_a_count(hit)) and _counts_alike(base, hit) \
                    and not self._code_of_place(base, variant, hit):
                return hit, "tokens"
        aged = _AGED_COUNT_RE.match(base)
        if aged and (hit := syn.lookup(f"{aged.group(1)}岁以上{_AGED_COUNT}")):
            return hit, "tokens"  # 80周岁及以上老年人, 80岁以上老人: however the band and the people are worded
        match = _PERSON_WORD_RE.match(base)
        if match and match.group(1) != _OWNER_WORD and not match.group(1).startswith("代"):
            # 「参保人姓名」, 「持证人性别」: a person word in front of a person's attribute
            # (「主人联系电话」: an owner is the owner of something, never the record's own person; nor is one who acts
            # for them, 代收人 or 代缴人 — u628's 代管人)
            hit = syn.lookup(match.group(2))
            if hit and syn.theme_of.get(hit) in PERSON_THEMES and not self.split_role(base)[0]:
                return hit, "prefix"
        parts = [p for p in _ALTERNATIVES_RE.split(base) if p]
        if len(parts) >= 2 and all(len(p) >= 2 for p in parts):
            # 「职业、工种或工作岗位」: one item however it is called, when the words the table knows all say it (u179)
            # (「乙方身份证号码/统一社会信用代码」 names a party's: no part naming someone is left unread)
            hits = [syn.lookup(p) for p in parts]
            known = set(filter(None, hits))
            if len(known) == 1 and len([h for h in hits if h]) >= 2 \
                    and not any(self.person_word(p)[0] for p, h in zip(parts, hits, strict=True) if not h):
                return known.pop(), "tokens"
        return None, "none"

    def _code_of_place(self, base: str, variant: str, hit: str) -> bool:
        """「行政村代码」 read as 行政村 with its 代码 dropped: the code of a place, not the place's name; nor is
        「危险区代码」 the 危险区名称 a bare 危险区 is (u467)."""
        return base.endswith("代码") and not variant.endswith("代码") \
            and (self.synonyms.theme_of.get(hit) == _PLACE_THEME or hit.endswith("名称"))

    def _never_a_count(self, item: str) -> bool:
        """An item no count is, with its count word dropped: what it counts by or whom (:meth:`_counted_by`), or a
        description or a name (「发现问题（个）」 counts problems, it is no 问题描述 — u178)."""
        return self._counted_by(item) or bool(_DESCRIPTION_RE.search(item)) or bool(_IDENTIFIER_TAIL_RE.search(item))

    def _counted_by(self, item: str) -> bool:
        """An item a count counts by (班级 of 班级数) or the people it counts (家庭成员 of 成员数), never the count."""
        return is_attribute(item, self.synonyms) or item in self.synonyms.roles \
            or item.endswith(NAME_ITEM) and item[:-len(NAME_ITEM)] in self.synonyms.roles  # (成员数: no 家庭成员姓名)

    def party_in_front(self, clean: str) -> tuple[str, str] | None:
        """「举办者姓名」 → (举办者, 姓名): a person word in front of a person's item that is not one of the words a
        register calls its own people by (参保人, 申请人); None otherwise."""
        lead = _PERSON_WORD_RE.match(clean)
        # (「当事人身份证号」 beside 「违法当事人姓名」 on a patrol register: the case's party, though a roster of
        # 当事人 calls its own people so — u236)
        if not lead or lead.group(1) in self.synonyms.self_prefixes and lead.group(1) != _PARTY_WORD:
            return None
        # (「受益人口数」 is no 受益人's 口数: what follows must be a person's item — u183)
        item = self.synonyms.lookup(lead.group(2))
        return (lead.group(1), lead.group(2)) if item and self.synonyms.theme_of.get(item) in PERSON_THEMES else None

    def _affix_variants(self, base: str) -> list[str]:
        return affix_variants(base, self.synonyms)

    def person_word(self, clean: str) -> tuple[str | None, str]:
        """The other person a label or header names at its start, and the rest.

        「监护人姓名」 → (监护人, 姓名); 「管护责任人电话」 → (管护责任人, 电话); 「农户户主姓名」 → (户主, 姓名).
        A bare person word is that person's name (「联系人」 → (联系人, 姓名)); 「与户主关系」 and
        「被监护人姓名」 name no one else.
        """
        hit = self._person_cache.get(clean)
        if hit is None:
            role, rest = self._person_word(self.as_post(clean))
            hit = self._person_cache[clean] = (_commissioned(role), rest)
        return hit

    def as_post(self, clean: str) -> str:
        """「安全管理人员姓名」, 「安全管理员姓名」 → 「安全管理人姓名」: the holder of a duty the table knows as 「…人」
        (管理人, 检查人), whether a form writes 人, 员 or 人员 (u369: 安全管理人员 and 安全管理员 of two registers were two
        people, one read 「安全管理人」 asking 「员姓名」). A word the table lists itself (走访人员, 押运员, 网格员) stays."""
        duty = _DUTY_BEFORE_A_POST_RE.match(clean)
        if duty and any(clean[duty.end():].startswith(word) for word in self.synonyms.other_parties
                        if len(word) >= 3 and word.endswith(_STAFF_TAIL)):
            # 「包联网格员 › 姓名」 of a household register, 「巡查网格员」 of a patrol record: the household's 网格员,
            # whatever duty the form names them by (u397); a 巡查责任人 is one of a reservoir's three 责任人 (u266)
            clean = clean[duty.end():]
        at = clean.find(_STAFF_TAIL)
        if at < 2:
            return clean
        staff = clean[at - 1] == _STAFF[0]
        stem = clean[:at - 1] if staff else clean[:at]
        holder = stem + _STAFF[0]
        written = clean[:at + 1]
        if written in self._role_of_word or any(written.endswith(word) for word in self.synonyms.other_parties) \
                or not any(holder.endswith(word) for word in self.synonyms.other_parties):
            return clean
        return holder + clean[at + 1:]

    def _person_word(self, clean: str) -> tuple[str | None, str]:
        if clean.startswith(("与", "是否", "有无")):
            # (「是否户主」 asks whether the record's person heads the household, not the head's name — u242)
            return None, clean
        side = _UNDERGOER_RE.match(clean)
        if side and _CASE_PARTY_RE.search(side.group()) and len(clean) > side.end():
            # 「被申请人现住址」 of a 保护令 register: the other side of the case, not the applicant (u218's look-alike);
            # a 被监护人's or a 被征收人's items are the record's own
            return side.group(), _own_name(clean[side.end():])
        if clean.startswith(OTHER_SIDE) or clean.startswith(OTHER_SIDE[:2]) and len(clean) > 2:
            # 「对方当事人姓名」, 「对方联系电话」: the other side of the case (「对方」 alone is its name)
            return OTHER_SIDE, clean.removeprefix(OTHER_SIDE).removeprefix(OTHER_SIDE[:2]) or "姓名"
        syn = self.synonyms
        if (kind_of_household := _KIND_HOUSEHOLD_HEAD_RE.match(clean)) \
                and population_named(kind_of_household.group(1)) is None:
            # 「被征地户户主」, 「拆迁户户主姓名」: the head of a household of that kind, however long its kind (u197); a
            # group's 「五保户户主」 or 「贫困户户主」 is a kind of person, no one's name
            return "户主", _own_name(kind_of_household.group(2))
        for word, role in self._role_words:
            at = _person_at(clean, word)
            if 0 <= at <= 2:
                lead, rest = clean[:at], clean[at + len(word):].lstrip("的")
                if word.endswith(_STAFF[0]) and rest.startswith(_STAFF_TAIL):
                    rest = rest[1:]  # 「驾驶人员姓名」: the 驾驶人's 姓名, no 「员姓名」
                if lead in _DONE_TO_LEADS:
                    return None, clean  # 「带动农户增收」, 「服务农户数」: the households a body drives or serves (u270)
                if rest.startswith(_BODIES_OF_PEOPLE):
                    # 「业主委员会成立日期」, 「成立业主大会的小区数」: a body the owners form, no owner's item (u417 had read
                    # 产权人委员会成立日期)
                    return None, clean
                if rest in _HEADCOUNTS:
                    return None, clean  # 「供养直系亲属人数」 counts those people: no item of one of them (u288)
                if role == "户主" and word in _HOUSEHOLD_WORDS and rest and not self._asks_of_a_person(rest):
                    # 「农户分类参与率」, 「农户自筹」, 「向农户收取的垃圾处理费」: the households' rate, money or charge,
                    # nothing the head of one is asked (u276: 户主自筹, 户主收取的…)
                    return None, clean
                if role == "负责人" and lead in _RECORD_NOUNS:
                    return role, _own_name(rest)
                if word == _DEAD_PEOPLE and not lead and not rest:
                    return None, clean  # 「减少人口 › 死亡人员」 counts them, 「死亡人员（√）」 ticks: no one's name
                if role in _DUTY_ROLES and len(lead) > 1 and lead not in syn.prefixes and not _POST_LEAD_RE.fullmatch(lead):
                    role = lead + word  # 企业联系人 and 点位联系人 are different people; 自建房户主 is the 户主
                elif role in _KIN_GROUPS and lead in _ELSEWHERE:
                    role = lead + word  # 海外亲属 live apart: no member of the household the form's family is (u119)
                elif lead and not rest and lead not in syn.prefixes \
                        and (role != "户主" or word != "户主" or lead.endswith(_KINDS_OF_HOUSEHOLD)):
                    return None, clean  # 烈士子女, 独生子女, 脱贫农户: a kind, not someone's name (建房户主 is a name)
                return role, _own_name(rest)
        best: tuple[int, str, str] | None = None
        for ending in syn.other_parties:
            at = _person_at(clean, ending)
            if at < 0 or at > 4:
                continue
            end = at + len(ending)
            if best is None or end < best[0]:
                best = (end, clean[:end], ending)
        if best and clean[best[0]:] not in _HEADCOUNTS:
            end, word, ending = best
            kin = self._role_of_word.get(ending)
            if kin and kin not in _DUTY_ROLES and word != ending and end == len(clean) \
                    and (word[: -len(ending)].endswith(_KINDS_OF_HOUSEHOLD) or kin != "户主"):
                # 贫困户户主 as a whole label is a kind of person, like 烈士子女; 建房户主, 自建房户主 name the head of
                # the household that builds (u135: a 验收表's and a 巡查台账's 建房户主 stood apart from 户主姓名)
                return None, clean
            # 自建房户主 is the 户主; 巡查责任人 and 管护责任人 are different people; 政府行政责任人 is the 行政责任人
            post = _POST_LEAD_RE.sub("", word)
            word = post if len(post) > len(ending) else word
            if word[: len(word) - len(ending)] in _RECORD_NOUNS:
                word = ending  # 「场所管理人」 is the 管理人 of the site the record is, as 场所负责人 is its 负责人
            role = kin if kin and kin not in _DUTY_ROLES else self._role_of_word.get(word, word)
            return role, _own_name(clean[end:].lstrip("的"))
        post = _POST_HOLDER_RE.match(clean)
        if post and not any(post.group(1).endswith(word) for word in syn.self_prefixes):
            return post.group(1), post.group(2)  # 河长姓名, 养护员电话: whoever holds the post
        return None, clean

    def _asks_of_a_person(self, rest: str) -> bool:
        """「姓名」, 「联系电话」, 「身份证号码」 …: what a person word in front of it asks of that person."""
        canonical = self.synonyms.lookup(rest)
        return bool(canonical and self.synonyms.theme_of.get(canonical) in PERSON_THEMES) \
            or rest.endswith(("姓名", "电话", "号码", "身份证号", "住址", "地址", "签字", "签名"))

    def section_person(self, clean: str) -> str | None:
        """The person a section is about when the synonym table does not list them: 「经营者信息」, 「业主情况」,
        「赡养人」, 「祖父母情况」 name someone whose items are theirs, not the record subject's. A section naming
        the subject itself (学生信息, 从业人员情况, 退役军人基本信息) names no one else."""
        syn = self.synonyms
        ending = max((word for word in syn.sections if clean.endswith(word)), key=len, default="")
        stem = clean[: len(clean) - len(ending)]
        if ending and stem.endswith("出生") and stem[:-2].endswith(_PERSON_ENDINGS):
            stem = stem[:-2]  # 「新生儿出生登记」: the section of the newborn
        either = [self._role_of_word.get(word, word) for word in _EITHER_RE.split(stem)] if _EITHER_RE.search(stem) else []
        if len(either) == 2 and len(known := [role for role in either if role in syn.roles]) == 1:
            return known[0]  # 「赡养人/监护人 › 姓名」: the guardian the table knows, as 「监护人（赡养人）情况」 (u394)
        # (预警信息接收人, 防汛转移责任人: a duty's name may run to eight characters; 承包方, 发包方: a party)
        party = _is_party(stem)
        if not 2 <= len(stem) <= 10 or not (stem.endswith(_PERSON_ENDINGS) or party) \
                or _COUNT_WORDING_RE.search(stem) or stem.endswith(_NOT_A_POST) and not _on_duty(stem):
            return None
        if stem in syn.self_contexts or any(stem.endswith(word) and not stem[:-len(word)].endswith(_ON_BEHALF)
                                            and not (word == "人员" and _on_duty(stem))
                                            for word in syn.self_prefixes):
            return None  # (代理申请人, 委托代理人: someone acting for the subject is someone else)
        if stem.startswith("被"):
            return None  # 被查询人, 被救助人: whom the form is done for is its subject
        head = next((h for h in _BODY_HEADS if stem.endswith(h) and len(stem) > len(h)), None)
        if head and re.fullmatch(_KINDS_OF_BODY, stem[:-len(head)]):
            return head  # 「二、投资主体法定代表人情况」: the body's head, as 法定代表人 alone names (u127)
        post = _POST_LEAD_RE.sub("", stem)
        return post if len(post) >= 2 and post.endswith(_PERSON_ENDINGS) else stem

    def split_role(self, clean: str) -> tuple[str | None, str]:
        """「监护人姓名」 → (监护人, 姓名); a label that is only a person word stays whole here."""
        role, rest = self.person_word(clean)
        if role and rest:
            return role, rest
        return None, clean

    def context_role(self, context: Iterable[str]) -> str | None:
        """The person a group header at any level names (监护人情况 › 联系电话 is the guardian's)."""
        role = None
        for group in context:
            norm = normalize_label(group)
            clean = self.as_post(norm.clean)
            if clean.startswith(OTHER_SIDE[:2]) or OTHER_SIDE[:2] in norm.notes:
                role = OTHER_SIDE  # 「当事人（对方）」, 「对方当事人」: whoever the record deals with, never its own
                continue
            # 「登记申请人（义务人）」: the bracket says which of the parties the section is about.
            # (「缴费及资助（元/人）」: a unit in brackets names no one)
            # (「烈士（因公牺牲、病故军人）情况」: a list of kinds in brackets widens the section; it names no one else)
            # (「海外亲属情况（限填3人）」: how many to write names no one)
            # (「家庭成员情况（含户主）」: what the section takes in names no one else)
            party = next(filter(None, (self.section_person(note) or self.person_word(note)[0] for note in norm.notes
                                       if "/" not in note and "、" not in note and unit_dimension(note) is None
                                       and not _HOW_MANY_RE.search(note) and not note.startswith(_SCOPE_WORDS)
                                       and not _WHEN_TO_FILL_RE.search(note)
                                       and not note.endswith(_OUTSIDE_WORDS))),
                         None)
            # (「遗属（领款人）情况」: a word the table lists for a role is that role, 领取人 — u147)
            party = self._role_of_word.get(party, party) if party else None
            if any(note in _SELF_NOTES for note in norm.notes) and (named := self.person_word(clean)[0]) \
                    and named.endswith("方"):
                # 「一、女方（登记人）情况 | 二、男方情况」 of a 生育登记服务单: the side the bracket says registers is the
                # card's own person (u581: 女方姓名 and 女方公民身份号码 met no roster's own); one who applies for
                # someone else, 「丧属（申请人）」, stays who they are (u77)
                role = None
                continue
            if party and _SECTION_ENDING_RE.sub("", clean).endswith("对象"):
                continue  # 「补偿对象（林权权利人）」: the bracket says who the record's own beneficiaries are (u124)
            # (「家庭成员（监护人）」: the one of the family who is the guardian)
            # (「厨师（承办者）」: a post named outright is the person; the bracket says what else they are)
            named_here = self.person_word(clean)[0]
            if party in _CARE_ROLES and party != named_here:
                role = party  # 「实际抚养人（监护人）」: the one who raises the child is its guardian, as the bracket says
                continue
            if party and (clean in self.synonyms.self_contexts or named_here in (None, *_KIN_GROUPS)) \
                    and not (named_here is None and self.section_person(clean) == clean):
                role = party
                continue
            if party in _BODY_HEADS and clean.endswith(_POSTS):
                role = party  # 「理事长（法定代表人）」, 「社长（负责人）」: the post of the body's head, whatever its name
                continue
            if clean in self.synonyms.self_contexts:
                if clean not in _BASICS:  # (「家庭成员情况 › 基本信息」: the members' basic facts stay theirs — u347)
                    role = None
                continue
            first = _JOINED_RE.split(clean, maxsplit=1)[0]
            if len(clean) > MAX_QUALIFYING_HEADER and first != clean and len(first) >= 2 \
                    and (named_first := self.context_role([first])):
                # 「家庭主要成员及主要社会关系」 of a 政审 card: the people first named are whose rows follow (u112)
                role = named_first
                continue
            if _SENTENCE_RE.search(clean) or len(clean) > MAX_QUALIFYING_HEADER and not (
                    # 「申请人及共同生活的家庭成员月收入状况」: a longer section heading still says whose rows follow.
                    len(clean) <= 2 * MAX_QUALIFYING_HEADER and clean.endswith(tuple(self.synonyms.sections))):
                continue
            # 「法定赡养、抚养、扶养义务人情况」: the last of a list of kinds names the people the section is about.
            last = clean.rsplit("、", 1)[-1]
            if last != clean and (named := self.section_person(last)):
                role = named
                continue
            body = _SECTION_ENDING_RE.sub("", clean)  # 「销售企业信息」: the section of the body it names
            if body.endswith(_DESIGNATED_SITES):
                continue  # 「文物保护单位（传统村落） › 所在乡镇」: where a site stands, no body's own (u250)
            if body != clean and (named_body := _ORGANISATION_NOUN_RE.search(body)) \
                    and len(body) > len(named_body.group()) and not _EMPLOYER_HEADER_RE.match(body) \
                    and not _WORKPLACE_RE.match(body):  # (工作单位情况 is the person's employer: 单位)
                role = body
                continue
            noun = _ORGANISATION_NOUN_RE.search(clean)
            if noun and not _EMPLOYER_HEADER_RE.match(clean):
                # 「施工单位 › 联系电话」, 「业主委员会 › 联系电话」: that body's (not a 业主's, nor the record's contact)
                role = clean if len(clean) > len(noun.group()) else role
                continue
            found, rest = self.person_word(clean)
            if found and rest.endswith(_ACTIVITIES):
                continue
            if found:
                role = found
                continue
            if _EMPLOYER_HEADER_RE.match(clean):
                role = EMPLOYER_ROLE
                continue
            if (office := _OFFICE_SECTION_RE.match(clean)) and not office.group(1).startswith(_OWN_BODY_WORDS):
                # 「民政部门信息 › 详细通讯地址 | 邮政编码 | 联系电话」 of a 高校学生家庭情况调查表: the office that stamps it,
                # by its name, no 单位联系电话 a cadre reads as the student's employer's (wf125, wf128)
                role = office.group(1)
                continue
            if _ORGANISATION_SECTION_RE.search(clean):
                role = ORGANISATION_ROLE
                continue
            named = self.section_person(clean)
            if named:
                role = named
                continue
            for word, candidate in self._role_words:
                if _person_at(clean, word) >= 0 and not clean.startswith("与"):
                    role = candidate
                    break
        return _commissioned(role)

    def option_item(self, label: str) -> str | None:
        """The item a header made only of its options asks for: 「□男□女」 → 性别, 「是/否」 → 是否."""
        parts = {p for p in _OPTION_SPLIT_RE.split(basic_form(label)) if p}
        if len(parts) < 2:
            return None
        if any(parts <= pair for pair in _YES_NO):
            return "是否"
        parts -= _CATCH_ALL_OPTIONS
        if len(parts) < 2:
            return None
        common: set[str] | None = None
        for part in parts:  # 配偶/子/女: 女 is a 性别 too, but only 与户主关系 offers all three
            items = set(self.synonyms.option_items.get(part, ()))
            common = items if common is None else common & items
        return common.pop() if common and len(common) == 1 else None

    def qualifying_header(self, groups: list[str], below: int | None = None) -> tuple[int, str] | None:
        """The innermost group header (above index ``below``) that says what a bare label is about."""
        syn = self.synonyms
        for at in range(len(groups) if below is None else below, 0, -1):
            clean = groups[at - 1]
            # (「户籍60周岁及以上老年人口」: a number is one word however many digits it has)
            if not clean or len(_DIGITS_RE.sub("0", clean)) > MAX_QUALIFYING_HEADER or _SENTENCE_RE.search(clean):
                continue
            if clean in syn.self_contexts or self.person_word(clean)[0]:
                return None  # the subject's own or another person's section: it names whose, not what
            if clean in syn.generic_labels and not syn.lookup(clean) or is_breakdown_header(clean):
                continue  # (户数 › 合计 | 其中：脱贫户: a count the table knows is what its columns break down;
                # 实有人口 › 按性别分 › 男: a breakdown says by what, the count above says what)
            ending = max((word for word in syn.sections if clean.endswith(word)), key=len, default=None)
            if ending:  # 历年缴费情况 › 年度 → 历年缴费年度: a topic section says what a bare label is about
                stem = clean[: -len(ending)]
                if stem.endswith("本人") or any(stem + word in syn.self_contexts for word in syn.sections):
                    return None  # 「学生本人基本情况 › 孤残」: the subject's own section names nothing more
                if _OBJECT_PLANNED_RE.match(clean) and not _STAGE_RE.match(stem[1:]):
                    stem = stem[1:]  # 拟拆除房屋情况 › 层数: the floors of the house to be pulled down, no plan
                return (at - 1, stem) if len(stem) >= 2 else None
            return at - 1, clean
        return None

    def item_header(self, groups: list[str]) -> str | None:
        """The innermost header when it names a data item that breaks down into columns: a quantity (耕地面积)
        or a person's item (联系人电话). None for a section, a person alone, a topic or an attribute."""
        if not groups:
            return None
        header = groups[-1]
        if not header or len(header) > MAX_QUALIFYING_HEADER or header in self.synonyms.generic_labels:
            return None
        role, base = self.person_word(header)
        if role:  # 联系人电话, 监护人联系方式: a person's item, broken down by whose or where
            # (A person word alone, 「家庭成员」 or 「亲属」, is a section of that person's items, not an item.)
            item = base in header and base not in self.synonyms.generic_labels and self.synonyms.lookup(base)
            return header if item else None
        canonical = self.synonyms.lookup(header)
        # A quantity breaks down into parts (耕地面积 › 水田); an attribute (身份证号码, 填表日期) has none, and a
        # label under it stands there by a slip of the layout.
        theme = self.synonyms.theme_of.get(canonical or "")
        # (a phone breaks down by whose it is: 「手机号码 › 村、社区 | 本人或亲属」 asks the same as 「联系人电话 › …」; its
        # 村、社区 is no village — wf53, renamed so in a second quarter, met 所属村)
        return header if canonical and (theme not in PERSON_THEMES and theme != "其他" or canonical == PHONE_ITEM) \
            else None

    def is_breakdown(self, clean: str) -> bool:
        """A count of people that is a part of whatever its group header counts: 户籍人口 › 其中：女 counts the
        registered women, 常住人口 › 女 the resident ones, 一年级 › 男 the first year's boys; not the table's
        女性人数. A label that names its own population (其中：65周岁及以上老年人口) is the same figure under any
        total."""
        syn = self.synonyms
        if _AGE_BAND_RE.match(clean):
            return True  # 60岁及以上, 0-14岁: of whatever the header counts
        return not _COUNT_WORDING_RE.search(clean) and syn.theme_of.get(syn.lookup(clean) or "") == COUNT_THEME

    def counted_among(self, clean: str, groups: list[str]) -> bool:
        """A population (脱贫人口, 残疾人) under a count of people who did something (签约人数 › 其中：重点人群)
        counts those of them who did it, not the whole population: 签约的脱贫人口 ≠ 脱贫人口数."""
        syn = self.synonyms
        # (「吸纳就业人数 › 脱贫劳动力」: a population the table does not list is counted all the same — u173)
        people = clean.removesuffix("人数") if clean.endswith(_POPULATION_NOUNS_COUNTED) else clean
        if syn.theme_of.get(syn.lookup(clean) or "") != COUNT_THEME and not people.endswith(_POPULATION_NOUNS) \
                and not _PEOPLE_GROUP_RE.search(clean):
            return False
        # (「培训人数合计 › 脱贫劳动力」: a total of the count is the count — u635's trainees had met a 季报's migrant
        # workers; 「全村党员人数 › 其中：女党员」 counts the same people, no one who did anything)
        return any((count := _TOTAL_ENDING_RE.sub("", g)).endswith(("人数", "人次"))
                   and syn.theme_of.get(syn.lookup(count) or "") != COUNT_THEME
                   and not (len(who := count[:-2]) >= 2 and clean.removesuffix("数").endswith(who[-2:]))
                   for g in groups)

    def read_with_headers(self, clean: str, groups: list[str]) -> tuple[str, str | None, bool]:
        """A bare or generic label read with the headers above it, the headers used, and whether the label is a
        breakdown of the item its header is (联系人电话 › 本人或亲属).

        牛 › 存栏 → 牛存栏; 鸡 › 存栏 › 合计 → 鸡存栏 (a total is its header's item); 禽蛋 › 其他 → 禽蛋其他;
        有劳动能力 › 低保户 → 有劳动能力低保户 (a header saying 有/无/未/已 … narrows whatever is under it).
        """
        syn = self.synonyms
        counted = _COUNTED_BY_TOTAL.get(clean)
        if counted and groups and groups[-1].endswith(counted):
            clean = "合计"  # 「参与人数（人） › 总人数 | 其中：未成年人」: the header's own count (u292)
        if groups and _KINDS_OF_BODY_RE.fullmatch(groups[-1]) and _COUNT_TAIL_RE.search(clean) \
                and not clean.startswith(groups[-1]) and unit_dimension(groups[-1]) is None:
            # 「个体经营户 › 户数 | 从业人员数」 of a village's 清查 table: the workers of those businesses, not a unit's own
            # 从业人员期末人数 (u104)
            return groups[-1] + clean, groups[-1], False
        if groups and _COMMITTEE_RE.search(groups[-1]) and _COUNT_TAIL_RE.search(clean) \
                and not clean.startswith(groups[-1]):
            # 「村务监督委员会 › 应选人数 | 当选人数」 beside 「村委会选举 › 当选成员数」: the committee's own members (u166)
            return groups[-1] + clean, groups[-1], False
        area = _AREA_HEADER_RE.match(groups[-1]) if groups else None
        if area and _LAND_CLASS_RE.search(said := _PART_LEAD_RE.sub("", clean)) and not said.startswith(area.group(2) or "\0"):
            # 「占用面积 › 其中：永久基本农田」 of a 非农化 台账, 「地块面积（亩） › 永久基本农田」 of a 非粮化 排查表: the area
            # of that class of land, taken up or not as the header says (u533: the two had met as 永久基本农田)
            return f"{area.group(2) or ''}{said}面积", groups[-1], False
        item = self.item_header(groups)
        if item and item not in clean and not syn.lookup(clean) and clean not in syn.generic_labels \
                and not _own_measure(clean, item) \
                and not (syn.lookup(item) == PHONE_ITEM and (_PHONE_WORD_RE.search(clean) or self.person_word(clean)[0])):
            # 「联系人电话 › 村、社区 | 本人或亲属」: under a header that is itself a data item, a label the table does
            # not know is a breakdown of that item (whose phone), not an item of its own (the village).
            return self._under(item, clean), item, True
        found = self.qualifying_header(groups)
        noun = _ORGANISATION_NOUN_RE.search(found[1]) if found else None
        if found and noun and clean.startswith(noun.group()) and clean != noun.group() \
                and len(found[1]) > len(noun.group()) and not _EMPLOYER_HEADER_RE.match(found[1]):
            # 「物业服务企业 › 企业名称」, 「建设单位 › 单位名称」: the label restates the header's kind of organisation
            return found[1] + clean[len(noun.group()):], found[1], False
        used: list[str] = []
        below: int | None = None
        while True:
            # 「季末存栏」 under 一、生猪 and under 二、牛: a period word and a measure name no subject of their own
            said = next((clean[len(q):] for q in (*syn.qualifiers, *_REPORT_PERIOD_WORDS) if clean.startswith(q)), clean)
            # (「是否同意改造 › 同意 | 不同意」: the answer and its negation are both bare, u102; so is a state reached,
            # 「排查发现安全隐患 › 其中：已整改」 — u440's school hazards put right had met a village's environment problems)
            bare = clean in syn.generic_labels or bool(_MEASURE_ONLY_RE.match(said)) or bool(_STAGE_COUNT_RE.match(said)) \
                or (len(said) <= 2 or len(said) == 3 and said[0] in _NEGATIONS + "已") \
                and not syn.lookup(said) and not syn.lookup(clean)
            # (「申请户 › 户主」: a role word alone asks that person's name, whichever household it heads)
            bare = bare and not self.person_word(clean)[0]
            found = self.qualifying_header(groups, below)
            if found is None:
                break
            below, header = found
            if header != groups[below] and _JOINED_RE.search(header) and clean not in syn.generic_labels:
                # (「渔船及证照情况 › 船长（米）」: a section of two things names neither alone; the label says which
                # — u620's 船长 had stood apart from a register's 渔船信息 › 船长)
                break
            if _JOINED_RE.search(header) and clean not in syn.generic_labels and any(
                    len(part) >= 2 and clean.startswith(part) for part in _JOINED_RE.split(_SECTION_ENDING_RE.sub("", header))):
                # (「上岗及补助 › 上岗时间」: the label names the one of the two it is, as any form asks it — u640's
                # 上岗时间 had been read 上岗及补助上岗时间)
                break
            # (「困难残疾人生活补贴 › 发放金额 | 重度残疾人护理补贴 › 发放金额」: what each payment pays, not a 低保 roster's
            # 月发放金额 — u100)
            # (「申请补助情况 › 核定补助金额」: a label of another stage of the header's payment is its own — u149)
            paid = _PAYMENT_HEADER_RE.search(header)
            bare = bare or bool(paid) and clean.endswith(_PAYMENT_FIGURES) and not (
                _STAGE_RE.match(header) and _STAGE_RE.match(clean) and paid.group() in clean)
            # (「补偿资金（元） › 兑付日期」: the day that money was paid, as 「补偿资金兑付日期」 is asked whole — u620)
            bare = bare or (bool(paid) or header.endswith(_MONEY_HEADS)) and bool(_WHEN_TAIL_RE.search(clean)) \
                and len(clean) <= 4 and not syn.lookup(clean)
            # (「城市低保 › 发放金额 | 农村低保 › 发放金额」, 「水费 › 减免金额 | 电费 › 减免金额」: the money of each kind
            # the header names, as its 人数 is that kind's — u219's two look-alikes)
            bare = bare or clean.endswith(_AMOUNT) and len(header) <= 6 and not self.person_word(header)[0] \
                and (_names_a_group(header) or header.endswith(_KINDS_OF_CHARGE) and len(header) <= 4
                     and not _JOINED_RE.search(header) and not _STAGE_RE.match(header)
                     # (「参保缴费情况 › 个人缴费金额」 names its charge itself: no 参保缴费个人缴费金额 — u308)
                     and header[-2:] not in clean)
            # (「排查出矛盾纠纷 › 其中：婚姻家庭纠纷」 beside 「调解矛盾纠纷 › 其中：婚姻家庭纠纷」: a kind of what the header
            # counts, by its head noun, is of that count — u286's two look-alikes)
            bare = bare or _kind_at_a_stage(clean, header) and not syn.lookup(clean)
            # (「水费收缴 › 收缴率」: a label starting with the word its header ends with goes on from the header, as
            # 「水费收缴率」 is asked whole — u611's rate stood apart; 「转移安置情况 › 安置方式」 is a topic's section,
            # whose 安置方式 is any form's — u614)
            # (「住房安全鉴定 › 鉴定等级」 too; what follows the word must be no item of its own: 「四、转产安置意向 ›
            # 意向培训工种」 is the 意向培训工种 any form asks — u236)
            bare = bare or header == groups[below] and 0 < len(clean) - _restated_tail(header, clean) <= 2 < len(clean) \
                and not syn.lookup(clean)
            if not bare and not (header[0] in _STATE_HEADS and len(header) <= 6 and header not in syn.canonical_of
                                 and not header.startswith(_NOT_STATES)) \
                    and not self.is_breakdown(clean) and not self.counted_among(clean, groups) \
                    and not (_OTHER_PLACE_RE.match(header) and self.is_place_part(clean)) \
                    and not (header.endswith("户数") and clean.endswith("户")) \
                    and not (_FACILITY_RE.search(header) and not self.person_word(clean)[0]
                             and syn.theme_of.get(syn.lookup(clean) or "") not in PERSON_THEMES):
                break
            if header in clean:
                continue
            used.insert(0, header)
            # (临时救助 › 人次 is 临时救助人次, as labels write it: 人次 counts a figure of its own, not a unit of 临时救助)
            # (「项目总投资及资金来源（万元） › 合计」 totals the investment, whose sources the columns beside break
            # down — u326's 合计 had been an item 项目总投资及资金来源 apart from every 项目总投资)
            clean = _ITS_BREAKDOWN_RE.sub("", header) if clean in _TOTALS \
                else header if clean in UNIT_DIMENSIONS and clean not in _COUNT_UNITS else self._under(header, clean)
        # (「困难类型 › 低保」: one of the kinds its header asks, printed 困难类型（低保）)
        return clean, "›".join(used) or None, len(used) == 1 and used[0].endswith(_KIND_ENDINGS)

    def is_place_part(self, clean: str) -> bool:
        """A level of an address (乡镇, 行政村, 自然村（组）, 详细地址): where, not what."""
        return self.synonyms.lookup(clean) in PLACE_ITEMS or bool(_ADDRESS_PART_RE.match(clean))

    def _under(self, header: str, clean: str) -> str:
        """A label read under its header: 脱贫户 › 户数 is 脱贫户数 (the word the header ends with is the one the
        label starts with); 60周岁及以上人口 › 其中：80周岁及以上 is 80周岁及以上人口 (a band inside a band)."""
        # (an indicator's row counted in 人 reads 「其中：100周岁及以上」 as 100周岁及以上人数: the band all the same — u458)
        if (count := _TOTAL_ENDING_RE.sub("", header)).endswith(("人数", "人次")):
            header = count  # (「培训人数合计 › 脱贫劳动力」: the trainees' count, its total no word of it)
        bare_band = _BAND_COUNTED_RE.sub("", clean)
        band = _AGE_BAND_RE.match(bare_band)
        wider = _AGE_BAND_START_RE.search(header) if band else None
        if wider:  # (户籍60周岁及以上老年人口 › 80周岁及以上 is 户籍80周岁及以上老年人口)
            return header[:wider.start()] + bare_band + header[wider.end():]
        if band and _AGED_PEOPLE_RE.search(header):
            clean = bare_band
            # 「老年人 › 80周岁及以上」 is written 「80周岁及以上老年人」; a band of the 高龄 (80 and over) is of the old
            # people it names (u458: 「高龄老人数 › 100周岁及以上」 is the 100周岁及以上 a 老龄 table counts)
            return clean + ("老年人口" if header.startswith("高龄") else header)
        if header[-1] == clean[0] and clean in self.synonyms.generic_labels:
            return header + clean[1:]
        if overlap := _restated_tail(header, clean):
            return header + clean[overlap:]
        if header.endswith("户数") and clean.endswith("户") and len(clean) >= 2:
            return clean + "数"  # 总户数 › 其中：脱贫户 counts the 脱贫户: 脱贫户数
        if _PLAN_OR_ACTUAL_RE.match(clean) and not _PLAN_OR_ACTUAL_RE.match(header) and not _WHEN_TAIL_RE.search(header):
            # 「储备数量（吨） › 计划 | 实际」 is the 计划储备数量 and 实际储备数量 another form asks whole (u411: 储备数量计划).
            # (「开工时间 › 实际」 stays as it was read: a bare 开工时间 is near enough to 实际开工时间 to merge with a
            # contract's 约定 date — u403)
            return clean + header
        when = _WHEN_TAIL_RE.search(header)
        if when and _MOMENT_RE.fullmatch(clean) and not _PLAN_OR_ACTUAL_RE.match(clean) \
                and clean not in self.synonyms.generic_labels:
            # 「住院时间 › 入院 | 出院」, 「服务时间 › 开始 | 结束」: when each moment was, as 入院日期 and 服务开始时间 are
            # asked whole (u605: 「住院时间入院」 was read as no date)
            stem = header[:when.start()]
            return (clean if stem and stem[-1] == clean[-1] else stem + clean) + when.group()
        if _STAGE_COUNT_RE.match(clean) and not _WHEN_TAIL_RE.search(header):
            return clean[:-1] + header  # 「基干民兵人数 › 实有数」 is the 实有基干民兵人数 (u422: 实有数 had stood alone)
        product = _PRODUCE_HEADER_RE.match(header)
        if product and (clean in _LIVESTOCK or clean in _REST_WORDS):
            # 「禽蛋 › 鸡 | 鸭 | 其他」 of a 畜牧业 table: the 鸡蛋产量 and 其他禽蛋产量 another sheet asks row by row
            # (《畜牧业生产统计报表制度》's 禽蛋产量, 肉类产量, 奶类产量 by kind — wf77: two figures for one egg count)
            return (clean + header if clean in _REST_WORDS else clean + product.group(1)) + "产量" \
                if not header.endswith("产量") else (clean + header if clean in _REST_WORDS else clean + header[1:])
        if clean in _BODY_SIDES:
            # 「球镜（DS） › 右眼」 is the 右眼球镜 that 「右眼 › 球镜（S）」 is: the side first, however the table nests them
            # (u241: 球镜右眼 and 右眼球镜 were two items)
            return clean + header
        return header + clean

    def header_qualifiers(self, header: str) -> list[str]:
        """Period and state words a group header puts on what is under it: the words it starts with
        (本月存栏数量, 当年新增, 已投入资金). A long indicator name that mentions a period in passing
        (当年贫困户参加新型农村养老保险人数) is a parent indicator, not a period header."""
        if len(header) > MAX_QUALIFYING_HEADER or _SENTENCE_RE.search(header):
            return []
        if _HISTORY_HEADER_RE.search(header):
            return [_HISTORY]  # 「任职经历 › 担任职务」: a post once held, no one's 现任职务 (u145)
        if _BEFORE_THE_CHANGE_HEADER_RE.match(header) or _GIVEN_UP_OBJECT_HEADER_RE.match(header) \
                or _FORMER_RE.match(header) and _SECTION_ENDING_RE.search(header):
            # (「原就业单位情况 › 单位名称」 of a 失业保险金申领登记表: the employer one had, no 工作单位 one has — u383)
            return [_FORMER]
        budget = _BUDGET_HEADER_RE.match(header)
        if budget:
            # 「2027年预算数 › 村干部报酬 › 基本报酬」 beside 「2026年执行数 › …」 of a budget table: what is planned, no
            # figure spent; what was spent is the plain item (u274: budget and actual pay had merged)
            return [_PLAN] if budget.group(1) in _PLANNED_MONEY else []
        if header.endswith(_PLAN) and len(header) > len(_PLAN):
            # 「收益分配计划（万元） › 公益岗位工资」 of a 备案表 against 「收益分配情况 › 公益岗位工资」 of a year's
            # summary: what was planned, not what was paid (u209: four look-alikes)
            return [_PLAN]
        if _STATE_HEADER_RE.match(header) or len(header) <= 5 and _DUE_RE.match(header):
            # (「应补种 › 疫苗名称」: the vaccine due, no vaccine given — u285)
            return [header]
        before_or_after = _BEFORE_OR_AFTER_RE.match(header)
        if before_or_after and not _ORGANISATION_OR_PLACE_RE.search(header):
            # 「原保障情况 › 保障人数 | 月保障金」 beside 「调整后情况 › …」 of a 减保停保 sheet: the figures before the change
            # are no roster's current ones (u100); 「原就业单位情况」 names a former employer, whose items follow
            return [before_or_after.group(1)]
        found: list[str] = []
        rest = header
        planned_object = False
        if _OBJECT_PLANNED_RE.match(header) and not _STAGE_RE.match(header[1:]):
            # 「拟拆除房屋情况 › 房屋坐落 | 层数」: the house is the one to be pulled down, its place and floors are
            # no plan (u205: a card's whole house apart from the register's); 「拟申请…情况」 is a stage, below.
            # (The figures of what is to be done are the plan's: 「拟采伐林木情况 › 采伐蓄积（立方米）」 is no 实际采伐蓄积
            # — u248; the key keeps 拟 for those only.)
            rest, planned_object = header[1:], True
        while True:
            word = next((q for q in self.synonyms.qualifiers if rest.startswith(q)), None)
            if word is None and rest.startswith(_WHOLE_YEAR) and _MONEY_WORDS_RE.search(rest):
                # 「年度医疗费用情况 › 个人自付费用」: the year's spending, no one stay's (u146); 「年度工作成效」 of a
                # yearly card is just what the card is about
                word = _WHOLE_YEAR
            if word is None and (stage := _STAGE_RE.match(rest)) and (found or stage.group(1) != "申请"):
                # 「拟申请…情况」 beside 「拟批准…情况」: what is asked for, what is granted (u135), the stage saying
                # all 拟 does. (「申请经营情况」 alone is the application's own business, whatever stage.)
                word = stage.group(1)
                found = [q for q in found if q != "拟"]
            if word is None and not found and not planned_object and _SINCE_HEADER_RE.match(rest):
                # 「开工以来累计 › 应发工资」 beside 「本月工资支付 › 应发工资总额」 of a project's monthly report: the
                # total since work began, no month's pay (u513's look-alike)
                return [_CUMULATIVE]
            if word is None:
                return [*found, _PLANNED[0]] if planned_object else found
            # (期末存栏 › 能繁母猪 asks what 能繁母猪 asks, as 期末能繁母猪 does; 「本年收入 › 村干部基本报酬」 is the
            # figure a table of 本年 | 上年同期 columns asks in its 本年 column — u145)
            if word not in _PERIOD_END_WORDS and not (word in _THIS_YEAR and rest[len(word):]):
                found.append(word)
            rest = rest[len(word):]

    def _the_known_alternative(self, group: str) -> str:
        """「承包（承租）方」: a party word with another word for it in brackets inside, read as the one the role table
        knows (承租方, a 承租人), so that its items meet those of every 承租方情况 (u618: the 发包 台账's 承包方 stood
        apart from the lease cards' 承租人)."""
        inside = _INNER_ALTERNATIVE_RE.match(basic_form(group))
        if inside is None:
            glossed = _GLOSSED_ROLE_RE.match(basic_form(group))
            if glossed and not self._role_of_word.get(glossed.group(1)) and glossed.group(1) not in self.synonyms.self_prefixes \
                    and (role := self._role_of_word.get(glossed.group(2))) in _WHO_ONE_IS:
                # 「权利人（户主）」: a word of the form's own glossed as the household's head is the 户主 (u630: the
                # 确权花名册's 权利人's name and number had become every register's own person's); a post in the bracket,
                # 「施工工匠（负责人）」, leaves the person the head word names
                return role + basic_form(group)[glossed.end(2) + 1:]
            return group
        first, second, tail, rest = inside.groups()
        known = [word for word in (first + tail, second + tail) if self._role_of_word.get(word)]
        return known[0] + rest if len(known) == 1 else group

    def key(self, label: str, context: Iterable[str] = (), unit: str | None = None,
            owners: tuple[tuple[str, str], ...] = (), subject_role: str | None = None,
            options: tuple[str, ...] = (), parties: frozenset[str] = frozenset()) -> LabelKey:
        """What a field asks for.

        ``owners`` (item → role) are whose the form's record makes unmarked items (户主 for the identity items
        of a household row keyed by 户主姓名, 场所 for the address on a register of sites); ``subject_role``
        is a role that is the record's own subject (子女 in a roster of children), so it is dropped.
        ``options`` printed beside a generic label (类别：□未婚 □已婚) tell which item it asks for.
        ``parties`` are group headers naming the sides of a two-party record (申请人 | 被申请人 of a case):
        whatever either side's items are, they are that side's (see :func:`two_parties`).
        """
        context = tuple(self._the_known_alternative(g) for g in context if not _block_number(g))
        if context and label != PHONE_ITEM and (glossed := _GLOSSED_ROLE_RE.match(basic_form(context[-1]))) \
                and self._role_of_word.get(glossed.group(1)) and self._role_of_word.get(glossed.group(2)):
            # 「家长（监护人）情况 › 家长姓名」: the section says its 家长 is a 监护人, and a bare 联系电话 under it is read so;
            # a label naming the other word is the same person (u488: the name stood apart from every 监护人姓名 while the
            # phone beside it met theirs)
            section_role = self.key(PHONE_ITEM, context[-1:]).role
            words = {self._role_of_word[w]: w for w in glossed.groups()}
            other = next((w for role, w in words.items() if role != section_role), None)
            if section_role in words and other and basic_form(label).startswith(other):
                label = words[section_role] + basic_form(label)[len(other):]
        if context and (completed := _completed_by_header(label, context[-1])) \
                and self.synonyms.lookup(normalize_label(label).clean) is None:  # (账户名称: the holder's, a known item)
            label, context = completed, context[:-1]
        elif context and (numbered := _number_of_the_header(label, context[-1])) and self.synonyms.lookup(numbered):
            label, context = numbered, context[:-1]
        if context and _SCORE_HEADER_RE.search(normalize_label(context[-1]).clean) and "分" not in label:
            # 「评估指标得分（每项0—20分） › 身体状况 | 居住状况」 of a 风险等级评估台账: the points each is given, no state
            # of one's health or home (u522: two look-alikes with every roster's 健康状况 and 居住状况)
            label, context = normalize_label(label).clean + "得分", context[:-1]
        if subject_role in _CLAIMED_FOR or subject_role in _DEPENDANTS \
                or subject_role and (_UNDERGOER_RE.fullmatch(subject_role) or _HARMED_RE.fullmatch(subject_role)):
            # 「二、申请人情况 › 申请人姓名」 on a card about a late person or a newborn: the one who claims for them
            # (u147, u155)
            # (one declared for, 被申报人, is declared by an agent: their 申请人 receives nothing)
            claimant = _DECLARER if subject_role not in _CLAIMED_FOR and subject_role not in _DEPENDANTS else _CLAIMANT
            label = _as_claimant(label, claimant)
            context = tuple(_as_claimant(g, claimant) for g in context)
        if any(_BODYS_OWN_SECTION_RE.match(basic_form(g)) for g in context) and self.synonyms.theme_of.get(
                self.synonyms.lookup(normalize_label(label).clean) or "") not in PERSON_THEMES:
            # 「一、服务站基本情况 › 站点面积」 on a 服务站备案登记表: the section of the body the card is about, not a body
            # the record names (u162: every item of the card had become 服务站…); its phone and address are still the
            # body's, no person's (u37)
            context = tuple(g for g in context if not _BODYS_OWN_SECTION_RE.match(basic_form(g)))
        if _OWN_ITEM_RE.match(label.lstrip()):
            # 「家长姓名 | 家庭联系电话 | 本人手机」: one's own phone, whoever else the row or section names (u130)
            context = tuple(g for g in context if not self.person_word(normalize_label(g).clean)[0])
        if subject_role:
            # 「委员基本情况 › 界别」 on a register of 委员: the section of the record's own person qualifies nothing (u114)
            context = tuple(g for g in context if _SECTION_ENDING_RE.sub("", normalize_label(g).clean) != subject_role)
        # 「报废车辆号牌号码」 of a 审核表 is the plate under an application's 「报废车辆信息」 (u335: an item alone)
        given_up = _GIVEN_UP_OBJECT_WORDS_RE.match(label.strip())
        if given_up:
            label, context = label.strip()[given_up.end():], (*context, _GIVEN_UP_HEADER)
        # 「单位联系电话」, 「企业电话」: the body's phone, as 「用人单位情况 › 联系电话」 asks it (u377: the two had stood
        # apart, one the body's and one a person's own); an item the table names whole (单位地址) is left as it is
        body = _BODY_LEAD_RE.match(label.strip())
        if body and self.synonyms.lookup(normalize_label(label).clean) is None \
                and (rest_item := self.resolve_base(normalize_label(label.strip()[body.end():]).clean)[0]) \
                and self._takes_role(rest_item, ORGANISATION_ROLE):
            label, context = label.strip()[body.end():], (*context, body.group() + "情况")
        label, unit = _as_a_rate(label, unit)
        cache_key = (label, context, unit, owners, subject_role, options, parties)
        if cache_key in self._cache:
            return self._cache[cache_key]
        norm: NormalLabel = normalize_label(label)
        syn = self.synonyms
        clean = _PERIOD_END_RE.sub("", self.bracket_qualified(norm, label))
        clean = self.one_of_two(_LATEST_TIME_RE.sub("上次", _YEAR_OF_RE.sub("年", clean)))
        clean = _GRAND_TOTAL_RE.sub(r"\1\2", clean)
        clean = _BEFORE_THE_CHANGE_RE.sub(_FORMER, _FORMER_OF_THE_PAST_RE.sub("", clean))
        # (「新车号牌号码」 of a 审核表 is the plate an application's 「新购车辆信息」 asks plainly — u335)
        clean = _NEW_OBJECT_WORDS_RE.sub("", clean)
        clean = _OWN_CUT_SHORT_RE.sub("本人", clean)  # 「人联系电话」 of a 监测户台账 is the person's own phone (wf104)
        if syn.lookup(clean) is None and (belongs := _BELONGS_TO_BODY_RE.match(clean)):
            clean = belongs.group(1) + "名称"  # 「所属服务站」 names the 服务站 a person is of: its 服务站名称 (u500)
        if syn.lookup(clean) is None:
            clean = _SUMMED_RE.sub(r"总\1", clean)  # 「收入合计」 of a statement is its 总收入
            clean = _PIECES_COUNT_RE.sub("数", clean)  # 「村民小组个数」 counts what 「村民小组数」 counts
            clean = _PEOPLE_HEADCOUNT_RE.sub(r"\1数", clean)
            if (unit or norm.unit) is None or (unit or norm.unit) in _COUNTING_UNITS:
                clean = _HELD_COUNT_RE.sub("数", clean)
        # (a header's own note says so of each column under it: 「证照情况（有/无） › 办学许可证 | 营业执照」 asks whether
        # each is held, no licence's number — u528)
        header_notes = normalize_label(context[-1]).notes if context else ()
        if not clean.startswith(("是否", "有无")) and any(self.option_item(note) == "是否" or _TICK_NOTE_RE.match(note)
                                                         for note in (*norm.notes, *header_notes)):
            clean = "是否" + clean  # 「低保对象（是/否）」, 「死亡人员（√）」 ask whether, as 「是否低保对象」 does
        held = _LICENCE_HELD_RE.match(clean)
        if held and syn.lookup(clean) is None:
            clean = "是否取得" + held.group(1)  # 「是否办理营业执照」, 「有无营业执照」: whether one holds it (u117, u111)
        if any(_names_kinds_of_body(note) for note in norm.notes) and not clean.endswith(("名称", "类型", "类别")):
            clean += "名称"  # 「服务对象（村/企业/合作社）」: which body, by its name; no person's 姓名 (u121)
        relation = _RELATION_TO_RE.match(clean)
        # (「与子女关系」 on a card about the child: the record's own person, as 与学生关系 — u277)
        if relation and (relation.group(1).endswith(_PERSON_ENDINGS) or relation.group(1) in syn.record_roles) \
                and syn.lookup(clean) is None:
            clean = RELATION_ITEM  # 与经营者关系, 与购房人的关系: a relative's relation to the record's person
        if options and syn.lookup(clean) == _SEX_ITEM and _ANIMAL_SEXES_RE.search("".join(options)):
            # 「救护对象情况 › 性别：□雄 □雌 □不详」 of a wildlife rescue card: the animal's, never a person's 性别
            # (u430: the bird had met every roster's people)
            clean = _ANIMAL_SEX
        unit = unit or norm.unit or (clean if clean in UNIT_DIMENSIONS and context else None)
        if unit in _AGE_UNITS and _DATE_TAIL_RE.search(clean):
            # 「出生年月（  岁）」 of a 干部登记表: the birth date with the age beside it, no count of years (u564: five
            # 出生日期 stood apart)
            unit = None
        headers = [normalize_label(g) for g in context]
        groups = [g.clean for g in headers]
        animal = next((g for g in reversed(groups) if _ANIMAL_RE.search(g)), None)
        if animal and (living := syn.lookup(clean)) in _LIVING_ATTRIBUTES \
                and (kind := _SECTION_ENDING_RE.sub("", animal)) and not kind.endswith(_PERSON_ENDINGS):
            # 「犬只信息 › 性别 | 出生年月」 of a dog register: the dog's, no person's (u212: four look-alikes); a
            # 犬主信息 section is its owner's
            clean = kind + living
        if animal and clean.startswith(_OWNER_WORD) and len(clean) > len(_OWNER_WORD):
            # 「四、致伤动物情况 › 主人姓名 | 主人联系电话」: the animal's owner, its 饲养人 (u432: read as the bitten
            # person's own phone)
            clean = _KEEPER + clean[len(_OWNER_WORD):]
        counted_header = bool(headers) and _COUNTING_UNITS.get(headers[-1].unit or "") is not None
        if not clean.startswith(("是否", "有无")) and clean not in syn.generic_labels \
                and (any(_TICK_ASKED_RE.search(note) for h in headers for note in h.notes)
                     or any(_TICKED_NOTE_RE.search(note) for note in norm.notes)):
            # 「需暂停参保情况（在对应栏打√） › 死亡人员」: a tick, whether one is; so is 「现役军人（要暂停√）」, the note
            # in its own brackets (wf84: the 一套表 had asked a 现役军人姓名, and a name reached the 医保 form's tick box)
            clean = "是否" + clean
        if not clean.startswith(("是否", "有无")) and any(g.startswith(_ENJOYING) and not _COUNTED_PEOPLE_RE.search(g)
                                                         for g in groups) \
                and population_named(clean):
            # 「享受待遇情况 › 社会救助类 › 特困供养」: a tick, whether one is (u99); under people counted, 「纳入管理的
            # 退休人员 › 人数 | 80周岁以上」 of a village summary, a part of them (u510: read 是否高龄老人)
            clean = "是否" + clean
        if not clean.startswith(("是否", "有无")) and groups and (asked := _OPEN_QUESTION_RE.match(groups[-1])):
            # 「是否兼任 › 气象信息员 | 网格员」 of a 灾害信息员花名册: each column answers the question its header leaves
            # open, whether one also serves as one; no 气象信息员's name (u396)
            clean = asked.group(0) + clean
        elif not clean.startswith(("是否", "有无")) and groups and groups[-1].startswith(("是否", "有无")) \
                and not _FOLLOW_UP_RE.search(clean) and not unit:
            # 「是否办理证照 › 特种行业许可证 | 消防安全检查合格证」 of a 民宿花名册: whether each was obtained, no licence's
            # number (u569: a look-alike with the 特种行业许可证编号 of a police register)
            clean = groups[-1][:2] + clean
        if clean.startswith("是否") and (group := population_named(clean[2:])):
            # 是否低保户, 是否低保家庭, 是否纳入低保, a tick under 享受待遇情况（打√）: whether one is in the group
            clean = "是否" + group
        elif (joined := _JOINED_A_GROUP_RE.match(clean)) and joined.group(1).endswith(_GROUP_WORDS):
            # 「是否纳入低保边缘家庭」 asks what 「是否低保边缘家庭」 asks: whether one is of the group (u412)
            clean = "是否" + joined.group(1)
        if counted_header and clean in _TOTAL_WORDS:
            # 「志愿者（人） › 合计」: the total of what the header counts, 志愿者人数
            groups[-1] = counted(groups[-1], headers[-1].unit, syn.generic_labels)
        if groups and (kin := _KIN_OVER.get(clean)) and groups[-1].startswith(kin):
            attribute = groups[-1].removeprefix(kin)
            if len(attribute) >= 2 and not self.person_word(attribute)[0] \
                    and not attribute.endswith(tuple(syn.sections)):
                # 「父母外出务工地 › 父亲 | 母亲」: each parent's place of work, not their names
                clean, groups, context = clean + attribute, groups[:-1], context[:-1]
        # (「四、联系方式 › 联系人 | ___」 on a card: a numbered section's own item, the person to reach — u104)
        whose = self.whose_column(clean, groups) if not (context and _NUMBERED_SECTION_RE.match(context[-1])) else None
        if whose is not None:
            # 「联系方式 › 本人 | 家属」, 「体重 › 本次 | 下次目标」: the header is the item, the column says whose or when
            clean, groups, context = whose + (self.resolve_base(groups[-1])[0] or groups[-1]), groups[:-1], context[:-1]
        item = self.option_item(label)
        if item is None and len(options) > 1 and clean in syn.generic_labels:
            item = self.option_item("/".join(options))
            item = None if item == "是否" else item
        if item == "是否":
            found = self.qualifying_header(groups)
            clean = "是否" + found[1] if found else clean
        elif item:
            clean = item
        if options and (bare := self.person_word(clean))[0] and bare[1] == NAME_ITEM and NAME_ITEM not in clean:
            clean = "有无" + bare[0]  # 「配偶情况：□有配偶 □无配偶」: whether there is one, not their name (u120)
        sexed: str | None = None  # the count a sex breakdown was read with
        if clean in _SEX_PARTS and (parent := self._counted_parent(groups)):
            # 「党外代表人士 › 其中：女性」, 「奖励扶助对象 › 其中：男」: the women among those counted, not the village's
            # 女性人数 (u72, u78)
            stem = _HEADCOUNT_TAIL_RE.sub("", parent)
            # (「团员情况 › 团员人数 › 其中：女」 is the 女团员 「团员总数 › 其中：女团员」 counts — u447)
            sexed_people = clean[0] + stem
            # (「气象信息员人数 › 其中：女性」: 女气象信息员 would read as someone's name, as 网格员 does; the count says it)
            clean = (sexed_people if not self.person_word(sexed_people)[0] else stem + _SEX_PARTS[clean] + "人数") \
                if stem != parent and len(stem) >= 2 and stem.endswith(_SEXED_PEOPLE) else parent + _SEX_PARTS[clean]
            sexed = parent
        named_household = _HOUSEHOLD_PERSON_RE.match(clean)
        if named_household and syn.lookup(clean) is None and named_household.group(1) + "户" not in syn.prefixes \
                and not (named_household.group(1) + "户").endswith(_NO_HOUSEHOLD_WORDS):
            clean = "户主" + named_household.group(2)  # 「建房户姓名」: a household is named by its head (u76)
        if groups and _DOCUMENT_HEADER_RE.search(groups[-1]) and (said := _NUMBER_OF_DOCUMENT_RE.match(clean)):
            clean = said.group(1)  # 「捕捞许可证 › 证书编号」: the number of the licence the header names (u236)
        if groups and clean in _TERM_END_WORDS and _TERM_HEADER_RE.search(groups[-1]):
            # 「矫正期限 › 起 | 止」: the term's 起始日期 and 终止日期, no count in 起 (u257)
            unit = None if unit == clean else unit
            clean = _TERM_END_WORDS[clean]
        # A bare or generic label (存栏, 合计, 其他) is read with the header it sits under.
        leaf = clean
        # (under a header that counts, the label is one of its breakdowns, read with it: 「工作人员（人） › 专职」,
        # 「年龄分布（人） › 60岁以上」 — of those counted, not everyone over 60)
        clean = clean if counted_header else counted(clean, unit, syn.generic_labels)
        counted_people = False
        if (either := _EITHER_GROUP_RE.match(clean)) and population_named(either.group(1)) \
                and population_named(either.group(2)):
            # 「是否脱贫户或监测户」: whether one is in the first group the table names, the other said beside it as
            # 「是否脱贫户（监测户）」 says it (u448, u461)
            clean = "是否" + population_named(either.group(1))
        if clean.startswith("是否") and population_named(clean[2:]) and not any(
                population_named(g) for g in groups):
            # 「住房情况 › 是否低保家庭」: whether one is in a group, whatever section asks it (u142)
            folded, breakdown = None, False
        else:
            counts_people = counted_header and _COUNTING_UNITS.get(headers[-1].unit or "") == "人数" \
                or bool(groups) and groups[-1].endswith("人数")
            if sexed:
                # (the count is said in the label now, not read with it again: 「气象信息员人数 › 其中：女性」 had become
                # 「气象信息员人数女气象信息员」 — u525)
                folded, breakdown = sexed, False
            elif counts_people and (person := self.person_word(clean))[0] and person[1] == NAME_ITEM \
                    and NAME_ITEM not in clean:
                # 「参加人数（人） › 学生 | 家长」: the parents among those counted, no parent's 姓名 (u241)
                clean, folded, breakdown, counted_people = groups[-1] + clean, groups[-1], False, True
            else:
                clean, folded, breakdown = self.read_with_headers(clean, groups)
            if folded and syn.lookup(clean) is None:
                clean = _PIECES_COUNT_RE.sub("数", clean)  # 「排查矛盾纠纷 › 件数」 counts what 排查矛盾纠纷（件） does (u143)
        clean = _TERM_END_RE.sub("", clean)  # 矫正期限 › 起始日期 is the 矫正起始日期 a card asks
        if not _is_rest(clean) and any(g in _REST_WORDS for g in groups):
            clean = "其他" + clean  # 家禽 › 其他 › 存栏: the rest of the poultry, not all of it
        # Period and state words of any header level qualify the field (本月 › 存栏 = 本月存栏).
        # (a stage qualifies a figure: 批准 › 宅基地面积 is no 申请宅基地面积, but the 建房类型 asked and granted is one)
        figure = bool(unit) or bool(_FIGURE_TAIL_RE.search(clean))
        # (a plan's 改造方式 is the 改造方式: what is planned differs from what is done only in figures, the plan's
        # own unit saying so: 「收益分配计划（万元）」 — u209)
        # (and a date: 「计划工期 › 开工时间」 is no 开工日期 of the works done — u296)
        planned = figure or any(h.unit for h in headers) or bool(_WHEN_TAIL_RE.search(clean))
        quals = tuple(q for g in groups for q in self.header_qualifiers(g) if q not in clean
                      # (「四、转产安置意向 › 意向培训工种」: the label says it is what one would like already — u236)
                      and not (q.endswith(_WISHES) and q[-2:] in clean)
                      # (「改厕意愿 › 原厕所类型 | 申请日期」: what one has and when one asked are no wish; 申请… says
                      # it is what one asks for already — u616)
                      and not (q.endswith(_WISHES) and (clean.startswith(_FACT_WORDS) or _WHEN_TAIL_RE.search(clean)))
                      # (拟 of a section on a thing to be dealt with: only the figures of what is to be done, 采伐蓄积
                      # under 拟采伐林木情况; the thing's own 层数 or 面积 are no plan)
                      and (q != _PLANNED[0] or figure and g[1:3] in leaf)
                      and (figure or not _STAGE_RE.match(q)) and (planned or q != _PLAN)
                      # (「二、原住房及倒损情况 › 灾害种类 | 倒损间数」: the disaster and the damage it did are no state
                      # before a change, only the house is — u160)
                      and not (q == _FORMER and _DAMAGE_RE.search(clean))
                      # (「原就业单位情况 › 参加工作时间」: the body is the former one, one's working life is one's own)
                      and not (q == _FORMER and _ORGANISATION_NOUN_RE.search(_SECTION_ENDING_RE.sub("", g))
                               and syn.theme_of.get(syn.lookup(clean) or "") not in _ORGANISATION_THEMES
                               and not _BODY_WORD_RE.search(clean))
                      # (「工作经历 › 原任职务 | 离休时间」, 「原工作情况 › 退休时间」 of a 离退休干部 roster: a post the
                      # label already says was held, and the day one's working life began or ended, are one's own
                      # — u559: read 经历原任职务 and 原退休日期, apart from every other form's)
                      and not (q in (_HISTORY, _FORMER) and (clean.startswith(_FORMER_WORDS)
                                                             or _LIFE_EVENT_DATE_RE.search(clean)))
                      # (「返乡前务工情况 › 返乡时间」: the day of the event the header is before is no former one —
                      # u564 read 原返乡时间, apart from the same 返乡时间 of another form)
                      and not (q == _FORMER and (before := _BEFORE_EVENT_RE.search(g)) is not None
                               and clean.startswith(before.group(1)))
                      # (「新增人员情况 › 姓名 | 性别 | 出生日期」 of a 低保家庭增员审批表: the people added, whose name is no
                      # new name — u644 read 新增姓名, 新增公民身份号码 … apart from every form's own)
                      and not (q not in (_HISTORY, _FORMER) and _PEOPLE_SECTION_RE.match(g[len(q):])
                               and syn.lookup(clean) in _IDENTITY_ITEMS))
        party_group = next((g for g in reversed(groups) if g in parties), None)
        # (「患者情况」 a party's section: the 患者's, as a 患者 › header would say)
        ctx_role = (_SECTION_ENDING_RE.sub("", party_group) or party_group) if party_group \
            else self.context_role(context)
        # (「当事人（建设人）」: the bracket says what the case's party did; the party stays the case's 当事人, as on
        # the case's other registers — u565 read 建设人姓名, apart from every 当事人情况 › 姓名)
        if party_group and ctx_role != _PARTY_WORD and (said := next((role for h in headers if h.clean == party_group for note in h.notes
                                          if (role := self.context_role([note]))), None)):
            ctx_role = said  # 「申请人（监护人）情况」: the side is the guardian its note says (u312)
        if party_group and ctx_role in _FAMILY_SECTION_STEMS:
            # 「家庭情况 › 称谓 | 姓名 | 年龄」 of a card: the people a household section names are its members (u447)
            ctx_role = FAMILY_ROLE
        if party_group and not ctx_role.endswith(_PERSON_ENDINGS) and (front := self.party_in_front(norm.clean)):
            # 「行为发生情况 › 受助人姓名 | 受助人联系电话」 on a 见义勇为确认申报表: the person the label names, not the
            # event its section is about (u238: 「行为发生姓名」 met no 受救助人's)
            ctx_role = front[0]
        role: str | None = None
        text = clean
        household_count = ""
        canonical, how = self.resolve_base(clean)
        if canonical == _BODY_WEIGHT and unit in _GRAMS:
            # 「缺陷儿情况 › 体重（克）」: a weight in grams is a newborn's at birth, never the kg a check-up weighs (u175)
            canonical = _BIRTH_WEIGHT
        if canonical is None and groups and not ctx_role and clean == leaf \
                and 2 <= len(thing := _SECTION_ENDING_RE.sub("", groups[-1])) <= 6 and thing != groups[-1] \
                and (named_thing := self.resolve_base(thing + clean)[0]):
            # 「贷款信息 › 到期日期」: the item the section's thing and the label name together, 贷款到期日期 (u131)
            canonical, how, clean, text = named_thing, "tokens", thing + clean, thing + clean
        if canonical is None and groups and not ctx_role and _ADDRESS_HEADER_RE.search(groups[-1]) \
                and (part := self.resolve_base(leaf.removesuffix("号") + "号")[0]) and part in _ADDRESS_PARTS:
            # 「房屋坐落 › 详细地址 › 楼栋 | 单元 | 房号」: the parts of the address, the 楼栋号 a roster asks (u460)
            canonical, how, clean, text = part, "tokens", part, part
        if canonical is None and groups and not ctx_role and clean == leaf \
                and (paid := _PAID_TAIL_RE.search(groups[-1])) and (paid_by := self.resolve_base(clean + paid.group())[0]):
            # 「三重保障制度支付 › 基本医保 | 大病保险」: what each fund the header's payment names pays, 基本医保统筹支付 and
            # 大病保险支付 (u457)
            canonical, how, clean, text = paid_by, "tokens", clean + paid.group(), clean + paid.group()
        if canonical and groups and (named := clean.removesuffix("名称")) != clean and len(named) >= 2 \
                and groups[-1].endswith(named) and (whole := self.resolve_base(groups[-1])[0]) \
                and whole != canonical and not canonical.endswith(NAME_ITEM):
            # 「现任专业技术职务 › 职务名称」: the name of the item the header is (a 职称), not the 职务 the words say (u125);
            # 「补贴发放账户 › 账户名称」 is still whose the account is, no account number (u155)
            canonical = whole
        lead = None if canonical else next((q for q in self._qualifiers_longest if clean.startswith(q)), None)
        # (「计划户数（户）」 of an 改造完成情况汇总表 counts the households planned, no 户籍户数 a bare 户数 of a village's
        # table means: a word the table only reads with its header stays the words written — u394)
        if lead and len(clean) - len(lead) >= 2 and clean[len(lead):] not in syn.generic_labels \
                and (rest := self.resolve_base(clean[len(lead):])[0]):
            # 「上年营业额」 and 「上年营业收入（千元）」: a period word in front of an item the table knows is that
            # item of that period, as 「上年 › 营业额」 under a header is (u111)
            canonical, how, quals = rest, "prefix", (lead, *quals)
        elif lead in _PLANNED and len(clean) - len(lead) >= 2 and lead not in quals and text == clean:
            # 「拟开工时间」 is when work is planned to start, no 开工时间 (u149); the word is said once, as a qualifier
            quals, clean, text = (lead, *quals), clean[len(lead):], clean[len(lead):]
        insurance = _INSURANCE_RE.search(groups[-1]) if canonical and groups else None
        if insurance and insurance.group() not in canonical and "参保" in clean:
            # 「养老保险参保情况 › 参保类型 | 是否参保」: the insurance the header names, not the 医保 a bare 参保类型
            # means alone (u148)
            for asked in (insurance.group() + clean, clean.replace("参保", "参加" + insurance.group(), 1)):
                if named := self.resolve_base(asked)[0]:
                    canonical, clean = named, asked
                    break
        if canonical in _ACCOUNT_ITEMS and groups and _BODYS_ACCOUNT_RE.search(groups[-1]):
            # 「农民工工资专用账户 › 开户银行 | 账号」 of a 工资支付监管台账: the project's account, no worker's 一卡通 (u118)
            canonical, how, text = None, "none", groups[-1] + clean
            clean = text
        if canonical and groups and clean in _BARE_ADDRESSES | _DETAILED_ADDRESSES:
            # 「户籍地 › 详细地址 | 现居住地 › 详细地址」 of a 流动人口 台账: the address each header names (u119: the
            # registered one had become the 现住址 and the 现住址 a second item)
            named_address = self.resolve_base(groups[-1])[0]
            if named_address and named_address != canonical and named_address.endswith(_ADDRESS_ENDINGS) \
                    and syn.theme_of.get(named_address) == _PLACE_THEME:
                canonical = named_address
        # (「完成抽检 › 其中：食品小作坊」 in 批次: a figure marked as part of the figure above, whatever it counts —
        # u468's batches sampled had met the village table's 食品小作坊数)
        figure_part = bool(unit) and bool(_PART_OF_RE.match(label.strip())) and unit_dimension(unit) is None
        money_part = bool(groups) and bool(_PART_OF_RE.match(label.strip())) and groups[-1].endswith(_AMOUNT_WHOLE_ENDINGS) \
            and _kind_of_amount(leaf, groups[-1]) is None
        # (「子女情况 › 子女人数 | 其中：已确认成员人数」 of a 妇女权益 台账: those of her children, no village's 已确认成员人数
        # — u609's look-alike)
        role_whole = not canonical and bool(groups) and _COUNT_TAIL_RE.search(groups[-1]) is not None \
            and self.person_word(_PEOPLE_COUNTED_RE.sub("", groups[-1]))[0] is not None
        if groups and folded in (None, groups[-1]) and (_PART_OF_RE.match(label.strip()) or label[:1].isspace()) \
                and (canonical or clean != leaf or role_whole or counted_header or figure_part or money_part
                     or _names_a_group(_PEOPLE_COUNTED_RE.sub("", leaf))
                     # (「本期接收刑满释放人员信息数 › 其中：重点帮教对象」: those of the quarter's newcomers, no register's
                     # 重点帮教对象 — u433's look-alike)
                     or _KIND_OF_PEOPLE_RE.search(leaf)) \
                and (_COUNT_TAIL_RE.search(groups[-1]) or counted_header or figure_part
                     # (「已拨付到户资金 › 其中：拆除重建户」: the money paid to those households, no count of them — u478)
                     or money_part
                     # (「期末从业人员 › 其中：归侨侨眷」 of an indicator table, its unit in a column of its own: the
                     # employees who are, no county's 归侨侨眷人数 — u446)
                     or _KIND_OF_PEOPLE_RE.search(groups[-1])) and groups[-1] not in syn.generic_labels \
                and (self.resolve_base(groups[-1])[0] is None
                     or not canonical and _KIND_OF_PEOPLE_RE.search(groups[-1]) and not _AGE_BAND_RE.match(leaf)
                     or role_whole
                     # (「受益人口 › 其中：脱贫人口」 of a 供水工程台账: the poor among those the works serves, no
                     # county's 脱贫人口 — u611's look-alike; of everyone, 户籍人口 › 其中：脱贫人口 is all of them)
                     or not _EVERYONE_RE.match(normalize_label(groups[-1]).clean) and not _AGE_BAND_START_RE.search(leaf)) \
                and not _names_its_whole(leaf, groups[-1]) \
                and not (_AGE_BAND_RE.match(_BAND_COUNTED_RE.sub("", leaf)) and _AGE_BAND_START_RE.search(groups[-1])):
            # (「60周岁及以上户籍老年人口 › 80周岁及以上」: a band inside a band, the 80周岁及以上户籍老年人口 another table
            # asks whole — u608; :meth:`_under` reads it)
            # 「经常参加体育锻炼人数 › 其中：60周岁及以上」: those of the people the row above counts, not the village's
            # 60岁以上老年人数 (u117); 「义务教育阶段在校学生数 › 其中：农村留守儿童」 (a group of people, counted or not)
            # the pupils among the county's 留守儿童 (u401). (「60周岁及以上老年人口 › 其中：65周岁及以上老年人口」, a whole the vocabulary knows, holds the
            # 65岁以上老年人数 itself.)
            canonical, how, folded, breakdown = None, "none", groups[-1], True
            clean = text = groups[-1] + leaf
        elif groups and folded is None and (paid_as := _kind_of_amount(leaf, groups[-1])) \
                and (_PART_OF_RE.match(label.strip()) or label[:1].isspace()
                     or not canonical and not (paid_as.endswith(leaf + _AMOUNT) and _PAYMENT_HEADER_RE.search(leaf))):
            # 「补贴发放金额 › 其中：护理补贴」: the amount paid as that kind of 补贴, the 护理补贴发放金额 of a table of
            # payments, not the 护理补贴（元/月） one person is granted (u299's look-alike); 「补贴资金 › 购置补贴」 of a
            # county's allocation is its 购置补贴资金, no 购置补贴额 of one application (u249). (「补贴金额 › 岗位补贴」
            # adds nothing to 岗位补贴（元）, an amount by its unit — u278; but 「缴费金额 › 个人缴费」 is the 个人缴费金额 a
            # card asks, 缴费 being the paying, no sum — u362.)
            canonical, how = self.resolve_base(paid_as)
            clean = text = paid_as
        label_role, base = self.person_word(clean) if not (canonical and how == "exact" or counted_people) \
            else (None, clean)
        if not label_role and not canonical and not counted_people and (said := _DUTY_ITEM_RE.match(clean)) \
                and said.group(1) not in syn.self_prefixes and said.group(1) not in syn.self_contexts \
                and self.section_person(said.group(1)) == said.group(1) and not ctx_role:
            # 「结对帮扶情况 › 帮扶执委姓名 | 联系电话」: a post the table does not know, named with the item asked of it
            # (u428: 帮扶执委姓名 named no one, and the phone beside it was no one's)
            label_role, base = said.group(1), said.group(2)
        if label_role and base in _BARE_COUNTS:
            # 「落实双岗联系人户数」, 「监护人户数」: households that have one, counted; no 户数 of that person's own
            label_role, base = None, clean
        if not label_role and how == "prefix" and canonical and (front := _PERSON_WORD_RE.match(clean)) \
                and len(front.group(1)) >= 4 and front.group(1) not in syn.self_prefixes \
                and self.section_person(front.group(1) + "信息") == front.group(1) \
                and self.resolve_base(front.group(2))[0] == canonical:
            # 「共同借款人姓名」 of a 逾期明细 beside the 借款人's own: the person the words in front name, as 「共同借款人信息 ›
            # 姓名」 says it (u246: dropped as a prefix, it was a second 姓名 of the row)
            label_role, base = front.group(1), front.group(2)
        care = next((r for note in norm.notes if (r := self._role_of_word.get(note, note)) in _CARE_ROLES), None)
        if label_role and care:
            # 「家长（监护人）姓名」: the parent who is the guardian, as 「家庭成员（监护人）」 heading a section says (u204)
            label_role = care
        if not label_role and how == "prefix" and canonical and (front := _PERSON_WORD_RE.match(clean)) \
                and not self._role_of_word.get(front.group(1)) and front.group(1) not in syn.self_prefixes \
                and (noted := next((r for note in norm.notes if (r := self._role_of_word.get(note)) in _WHO_ONE_IS),
                                   None)):
            # 「权利人（户主）姓名」: a word of the form's own glossed by a role the table knows, as 「权利人（户主）」
            # heading a section is (u630)
            label_role, base = noted, front.group(2)
        if how == "prefix" and _of_sites(owners) and not ctx_role:
            # 「举办者姓名」 on a register of banquets: on a record that is no person, the person a word in front
            # names is one of the record's parties (as 「举办者 › 姓名」 on its card), not the record's own 姓名.
            party = self.party_in_front(clean)
            if party:
                canonical, (label_role, base) = None, party
        if not canonical and not label_role and _is_party(clean):
            label_role, base = clean, "姓名"  # 「承包方」 alone asks the party's name, as 「监护人」 alone does
        # (子女姓名 in a roster of children is the child's own name; so is 监督员联系电话 beside 人民监督员姓名 on a
        # register of 人民监督员, the word said short — u239)
        if label_role and (label_role == subject_role
                           or subject_role and len(label_role) >= 3 and subject_role.endswith(label_role)):
            label_role, clean, text = None, base, base
            canonical, how = self.resolve_base(clean)
        # The table named the item outright, role word and all (家庭医生签约, 开户人姓名): keep it.
        if canonical and (how == "exact" or not label_role or label_role in canonical):
            if canonical and unit and is_attribute(canonical, syn):
                canonical, how = None, "none"  # 「村委会（个）」 counts committees; it is not 所属村
            elif canonical and ctx_role == "户主" and syn.theme_of.get(canonical) == _POPULATION_THEME:
                # 「户主信息 › 常住人口」 counts the head's household, not the village a table of villages counts
                canonical, household_count, how = None, _HOUSEHOLDS + canonical, "none"
            elif ctx_role and ctx_role != subject_role and self._takes_role(canonical, ctx_role) \
                    and not (ctx_role == "户主" and (clean.startswith(_FAMILY_WORDS) or canonical == HOME_ITEM)):
                # (「户主情况 › 家庭住址 | 现居住地址」 of a 补助资金发放花名册 or a 户厕 申请登记表 is where the family lives,
                # as a household roster's 家庭住址 beside 户主姓名 is: no head's own — u393, u350)
                role = ctx_role
            elif owners and canonical in dict(owners):
                role = dict(owners)[canonical]
                if role == _SITE and _DOMICILE_RE.match(norm.clean):
                    # 「住所」 of a body is where it is registered (《民法典》第六十三条), not where it works (u169)
                    role, canonical = None, _REGISTERED_ADDRESS
            if role:
                # (A side of a case is no alias: 申请人姓名 is the 姓名 of an application's own subject.)
                # (「当事人情况 › 姓名」 of a case register: the party's, though 当事人姓名 alone is one's own 姓名)
                canonical = role + canonical if role in parties or party_group and role == ctx_role \
                    else self._role_item(role, canonical)
                how = "role"
        elif label_role:
            role = label_role
            if party_group and role in _BODY_HEADS and ctx_role != subject_role:
                role = ctx_role + role  # 「被申请人（医疗机构）情况 › 法定代表人」: the other body's head, not the record's own
            elif role == _CONTACT and ctx_role and _ORGANISATION_NOUN_RE.search(ctx_role) \
                    and (len(ctx_role) > 2 and not ctx_role.startswith(_OWN_BODY_WORDS) or ctx_role == ORGANISATION_ROLE):
                # 「施工单位 › 联系人」: the person to reach at that body, no one's 联系人 at large; 「用人单位情况 › 联系人」
                # is the 单位联系人 another form names so (u377)
                role = ctx_role + role
            relation = _RELATION_TO_RE.match(base)
            if relation and relation.group(1).endswith(_PERSON_ENDINGS) and syn.lookup(base) is None:
                base = RELATION_ITEM  # 「监护人与受种者关系」: the guardian's relation to the record's person
            base_canonical, how = self.resolve_base(base)
            text = role + base
            if base_canonical:
                # 帮扶责任人姓名 is the item the table names 帮扶责任人 (a person word standing for the name)
                named = syn.lookup(role) if base_canonical == "姓名" else None
                canonical = syn.lookup(role + base_canonical) or named or self._role_item(role, base_canonical)
                how = "role"
            else:
                canonical = None
        if not canonical and not role and ctx_role and ctx_role != subject_role \
                and (clean in _RELATION_WORDS or ctx_role == FAMILY_ROLE and norm.clean in _RELATION_WORDS) \
                and syn.lookup(RELATION_ITEM):
            # 家庭成员 › 关系 (or 称谓): that person's relation to the record's subject, as 与本人关系 asks it
            role, canonical, how = ctx_role, self._role_item(ctx_role, RELATION_ITEM), "role"
        elif not canonical and not role and ctx_role and ctx_role != subject_role and (
                clean in syn.generic_labels or ctx_role != "户主"
                and (ctx_role in syn.roles or (ctx_role in groups or party_group or _PERSONAL_PAPER_RE.search(clean)
                                               and any(_SECTION_ENDING_RE.sub("", g) == ctx_role
                                                       or g != _SECTION_ENDING_RE.sub("", g)
                                                       # (「三、厨师（承办人）情况」: the person its bracket names — u468)
                                                       and ctx_role in (self.context_role([g]), self.context_role([raw]))
                                                       for g, raw in zip(groups, context, strict=False)))
                     and (ctx_role.endswith(_PERSON_ENDINGS) or _is_party(ctx_role)))
                and not clean.startswith((*_WHOLE_FAMILY, "本人")) and not clean.endswith(_NAMED_POSTS)
                and not _PROCESS_DATE_RE.match(clean) and not _COUNT_TAIL_RE.search(clean)
                # (「涉及劳动者（人） › 其中：农民工」, 「妇联执委 › 执委人数 › 其中：女性」: a header counting people breaks
                # them down — u429, u428)
                and not counted_header and not any(_COUNT_TAIL_RE.search(g) for g in groups)):
            # 紧急联系人 › 备注, 家庭成员 › 劳动技能, 厨师 › 健康证明编号 (a post named bare): an item the table does
            # not know is that person's too (but 家庭成员 › 家庭人均收入 is the family's, and 党员情况 › 女党员 counts;
            # 「户主基本情况 › 受灾时间 | 起火原因」: the head is named for the household, whose affairs these are — u150)
            # (「护林员（人） › 专职」 read with its header is 护林员专职 already: not 护林员护林员专职 — u109)
            # (「受益对象 › 受益人口数（人）」 counts the people the section names: no one's item — u183)
            role, text = ctx_role, clean if clean.startswith(ctx_role) else ctx_role + clean
        if ctx_role == EMPLOYER_ROLE and not role:
            role, how = EMPLOYER_ROLE, "role"
            canonical = self._role_item(role, canonical) if canonical else None
            text = canonical or role + clean
        if quals:
            # (「累计备案人数 › 其中：高血压」 read with its header says 累计 already: not 累计累计备案人数高血压 — u245)
            text = "".join(q for q in quals if q not in (canonical or text)) + (canonical or text)
            canonical = syn.lookup(text) or (text if canonical else None)
        position = canonical if canonical in ("经度", "纬度") else text if text.endswith("桩号") else None
        if position and groups and (located := _LOCATED_RE.match(groups[-1])) and located.group(1) not in _ANY_PLACE:
            # 「取水口坐标 › 经度」 and 「问题坐标 › 经度」, 「养护路段 › 起点桩号」 and 「隐患路段 › 起点桩号」: where
            # two different things are
            text = located.group(1) + position
            canonical = text if canonical else None
        if canonical == PHONE_ITEM and not role and any(_FAMILY_CONTACT_RE.match(g) for g in groups):
            # 「家庭通讯信息 › 联系电话」 on a student's or an applicant's form: the family's phone, as a 「家庭联系电话」
            # column is elsewhere, not the person's own.
            canonical, text, how = None, "家庭联系电话", "none"
        if household_count:
            role, text = None, household_count
        text = canonical or text
        # (printed as 「联系人电话（本人或亲属）」, not 「联系人电话本人或亲属」: the part in brackets after its item)
        shown = f"{folded}（{leaf}）" if breakdown and not canonical and text == clean and folded else ""
        result = LabelKey(text=text, canonical=canonical, role=role, unit=implied_unit(clean, unit),
                          numbers=numbers_in(text), how=how, tokens=tokenize(text, syn),
                          qualifiers=quals, header=folded, written=norm.clean, shown=shown,
                          # (「审批情况 › 其中：占用耕地」 is a part of an area, never 「是否占用耕地」 — u157's look-alike)
                          figure=not role and bool(_PART_OF_A_TOTAL_RE.match(label)),
                          # (「安装独立式感烟火灾探测报警器 | □是 □否」 of an inspection card asks whether, never how
                          # many households, as 「…报警器户数」 of a township's table does — u647)
                          ticked=bool(options) and self.option_item("/".join(options)) == "是否")
        self._cache[cache_key] = result
        return result

    def as_its_title_names(self, label: str, title: str) -> str:
        """A bare attribute the table does not know alone (结构, 层数, 类别, 档案编号) is that of the thing its title
        names, where the two words make an item the vocabulary knows: 「结构」 on a 房屋安全鉴定台账 is 房屋结构,
        「等级」 on a 残疾人生活补贴 roster is 残疾等级. (Read once for each label and title: a province's forms
        repeat both.)"""
        hit = self._titled_cache.get((label, title))
        if hit is None:
            hit = self._titled_cache[(label, title)] = self._as_its_title_names(label, title)
        return hit

    def _as_its_title_names(self, label: str, title: str) -> str:
        clean = normalize_label(label).clean
        syn = self.synonyms
        # (「儿童总数（0-17周岁）」 on a 留守儿童和困境儿童汇总表: a total of all of them, no 困境儿童数 — u126)
        # (「单位名称」 of a 城关派出所辖区旅馆业单位基本情况台账 is the row's own body's, no 派出单位 — u569)
        if len(clean) < 2 or syn.lookup(clean) is not None or self.split_role(clean)[0] or "总" in clean \
                or clean == ORGANISATION_NAME:
            return label
        titled = basic_form(title)
        for size in (2, 3):
            for start in range(len(titled) - size + 1):
                thing = titled[start:start + size]
                if titled.startswith(clean[:2], start + size):
                    continue  # 「注册登记申请表 › 登记日期」: the date of the title's own 登记, no 注册登记日期 (u150)
                if thing[:2] in _FORM_KIND_WORDS or thing[-2:] in _FORM_KIND_WORDS:
                    continue  # 「文化志愿者登记花名册 › 注册时间」: what the form does names no thing (u292: 登记注册时间)
                canonical = syn.lookup(thing + clean)
                if canonical and syn.theme_of.get(canonical) != "基本信息" and not self.person_word(thing)[0]:
                    return thing + clean
        return label

    def _counted_parent(self, groups: list[str]) -> str | None:
        """The count a sex breakdown splits: the nearest header that names people or a count of them, not a topic
        (基本情况), not the 性别 its options answer, not a bare 人数 (whose 男 is the 男性人数 itself)."""
        syn = self.synonyms
        for group in reversed(groups):
            if not group or group in syn.self_contexts or group.endswith(tuple(syn.sections)):
                continue
            if group in syn.generic_labels or group in _SEX_HEADS or group in _ALL_PEOPLE or syn.lookup(group) in _ALL_PEOPLE:
                return None
            return group
        return None

    def whose_column(self, clean: str, groups: list[str]) -> str | None:
        """Under a header that is an item itself (联系方式, 身份证号, 体重), a column headed only by the current time
        (本次, 当前) is that item now; under a person's identity item (联系方式, 身份证号), a column headed only by a
        person (本人, 家属, 配偶) is that person's. The person's word ("" for the record's own person, or now);
        None otherwise."""
        if not groups:
            return None
        if clean in _THIS_PERIOD and len(groups[-1]) <= MAX_QUALIFYING_HEADER and not groups[-1].startswith("已"):
            # 「工业总产值 › 本月 | 本年累计」: this period's figure is the item a 月报's row asks (u104); but what has
            # been done (「已编制门牌 › 本月 | 累计」) is the stock, of which 本月 is only the month's (u466's look-alike)
            return ""
        item, how = self.resolve_base(groups[-1])
        if how != "exact":
            return None
        if clean in _OWN_OR_NOW:
            return ""
        if _PERIOD_LEAF_RE.match(clean):
            return clean  # 「营业收入 › 上年度」 is the 上年度营业收入
        if item not in self.synonyms.household_head | {PHONE_ITEM}:
            return None  # 「帮扶措施 › 帮扶责任人」: a section that is also an item, over who carries it out
        role, rest = self.person_word(clean)
        if item == PHONE_ITEM and clean == _CONTACT_WORD:
            # 「联系方式 › 联系人 | 联系电话」 of a 许可证发放台账: whom to reach, by name, beside their phone (u243: the name had
            # become a second 联系人联系电话)
            return None
        return clean if role and rest == "姓名" and not clean.endswith(("名", "名称")) else None

    def one_of_two(self, clean: str) -> str:
        """「营业额或营业收入」: two wordings of one item, the later the standard one (统计 forms write the common
        word first). Two different things joined by 或 (户主或代理人, 患病或残疾) are left whole."""
        first, _, second = clean.partition("或")
        if first in _NAME_WORDS and second in _NAME_WORDS:
            return "姓名"  # 「承包方 › 姓名或单位名称」: a party's name, a person's or a body's
        if second in _NAME_WORDS and first.endswith("姓名") and (
                self.synonyms.lookup(first) == "姓名" or self.person_word(first)[0]):
            return first  # 「成员姓名或名称」 of a 合作社成员名册: the member's name (u169)
        if not (2 <= len(first) <= 8 and 2 <= len(second) <= 8) or "或" in second \
                or len(os.path.commonprefix([first, second])) < 2 \
                or self.person_word(first)[0] or self.person_word(second)[0]:
            return clean
        return second

    def bracket_qualified(self, norm: NormalLabel, label: str = "") -> str:
        """The label with a bracketed word that names which one it is put back, when together they are an item
        of the synonym table: 「户号（户口簿）」 is the 户口簿户号 of public security, not a village's 户编号;
        「号码（身份证）」 is 身份证号码. Notes that say something else (units, examples, 含…) stay dropped."""
        clean = norm.clean
        # 「开业（成立）时间」: the bracket gives the head another wording; the item is the one the table knows.
        alternative = _ALTERNATIVE_HEAD_RE.match(basic_form(label)) if label and len(norm.notes) == 1 else None
        # (「户主（申请人）姓名」: the head, who applies, as 「申请人（户主）姓名」 is — u560 read the 申请人 as the card's
        # own person, and the head's name, ID and phone met every roster's)
        if alternative and not self.synonyms.lookup(clean) and not self.person_word(clean)[0]:
            other = alternative.group(2) + alternative.group(3)
            if self.synonyms.lookup(other):
                return other
        tail = _ALTERNATIVE_TAIL_RE.search(basic_form(label)) if label and len(norm.notes) == 1 and not norm.unit else None
        if tail and len(tail.group(2)) < len(clean) and not self.synonyms.lookup(clean) \
                and not self.person_word(tail.group(2))[0] \
                and self.synonyms.lookup(other := clean[:-len(tail.group(2))] + tail.group(2)):
            # 「退役时职务（军衔）」: the bracket closing the label gives its last word another wording, the one the
            # table knows (退役时军衔（职务）, put the other way round — u602)
            return other
        if _BANK_CARD_NOTE_RE.fullmatch(normalize_label(norm.notes[0]).clean if norm.notes else "") \
                and clean.endswith(_CARD_NUMBER_TAILS) and self.synonyms.lookup(_BANK_ACCOUNT):
            # 「社会保障卡（银行卡）号」 of a payment roster: the card's bank account the money goes to (u603, u606)
            return _BANK_ACCOUNT
        if clean in self.synonyms.self_prefixes or self.synonyms.lookup(clean) == "姓名" or _FILER_RE.match(clean):
            # 「申请人（户主）」: the applicant is the household's head; the card's person is the 户主. 「申报人（货主）」:
            # whoever files a 检疫申报 is the owner of the animals, whom another form calls 货主 (u139).
            for note in norm.notes:
                role, rest = self.person_word(note_clean := normalize_label(note).clean)
                if role and rest in ("", "姓名"):
                    return role
                if _FILER_RE.match(clean) and 2 <= len(note_clean) <= 4 and note_clean.endswith(_PARTY_ENDINGS):
                    return note_clean
        role_here, rest_here = self.person_word(clean)
        party = bool(role_here) and rest_here in ("", NAME_ITEM) or len(clean) <= 4 and clean.endswith(_PARTY_ENDINGS)
        for note in norm.notes:
            note_clean = normalize_label(note).clean
            if party and note_clean in _ANY_BODY:
                # 「被举报人（单位）」: the party, a person or a body, by its name; no 单位名称 of an applicant (u243)
                return clean + "名称"
            if party and _BODY_RE.search(note_clean):
                # 「发包方（村集体经济组织）」: the party is a body, and the label asks its name (u156)
                return note_clean + "名称"
            if not role_here and len(clean) <= 4 and not self.resolve_base(clean)[0] \
                    and (note_role := self.person_word(note_clean))[0] and note_role[1] in ("", NAME_ITEM):
                # 「理事长（法定代表人）」: a post the table does not know, glossed by a role it does (u156)
                return note_role[0]
        if any(_names_levels(note) for note in norm.notes):
            # 「户籍地（省市县）」 asks the region, down to the county: not the door address of 户籍地址
            canonical = self.synonyms.lookup(clean) or ""
            if canonical.endswith("地址"):
                return canonical.removesuffix("地址") + REGION_TAIL
        for note in norm.notes:
            note = normalize_label(note).clean
            for joined in (note + clean, clean + note):
                if note and joined != clean and self.synonyms.lookup(joined):
                    return joined
            if note in _RESIDENCE_NOTES and note not in clean:
                # 「辖区60周岁及以上老年人口（户籍）」: whose population it counts, the registered or the resident, is part
                # of the item (a 常住 count beside it is a look-alike — u356)
                return note + clean
            if note not in clean and (note in _SIDE_NOTES or note in _SEX_NOTES and clean.endswith("数")):
                return note + clean
        if clean.endswith("名称") and any(normalize_label(note).clean == NAME_ITEM for note in norm.notes) \
                and (clean == "名称" or self.person_word(clean.removesuffix("名称"))[0]):
            # 「流入方名称（姓名）」: a body's name or a person's, as 「姓名或单位名称」 asks (u169)
            return clean.removesuffix("名称") + NAME_ITEM
        if not self.resolve_base(clean)[0]:
            # 「纳税人识别号（统一社会信用代码）」: a label the table does not know, glossed by one it does; 「E（经度）」:
            # a letter glossed by the item it stands for.
            for note in norm.notes:
                note = normalize_label(note).clean
                if (len(note) >= 4 or clean.isascii()) and self.synonyms.lookup(note) and not self.person_word(note)[0]:
                    return note
        return clean

    def _role_item(self, role: str, canonical: str) -> str:
        """The item ``canonical`` is when it is ``role``'s: 监护人 + 联系电话 = 监护人联系电话; 「个人」 gives way to
        the person named (a 家庭成员's 个人年收入 is 家庭成员年收入)."""
        own = canonical.removeprefix("个人")
        if canonical.startswith(role):
            return canonical  # 单位 › 单位名称
        # (「帮扶责任人 › 姓名」 is the item the table names 帮扶责任人, as the label 「帮扶责任人姓名」 is)
        named = self.synonyms.lookup(role) if canonical == NAME_ITEM else None
        return self.synonyms.lookup(role + canonical) or self.synonyms.lookup(role + own) or named or role + own

    def _takes_role(self, canonical: str, role: str = "") -> bool:
        theme = self.synonyms.theme_of.get(canonical)
        if role in (ORGANISATION_ROLE, EMPLOYER_ROLE) or _ORGANISATION_NOUN_RE.search(role):
            # 「原就业单位情况 › 参加工作时间」: a section about a body gives it its name, code, address and phone;
            # a person's own items under it (when they began work, their post) stay the person's
            return theme in _ORGANISATION_THEMES
        if _is_party(role) and theme in _ORGANISATION_THEMES:
            return True  # 「承包方（乙方）› 统一社会信用代码 | 住所」: a party may be a body
        if canonical in _BODY_CODES:
            return True  # (「受托人 › 统一社会信用代码」 of a 流转委托书: the trustee may be a body — u623)
        # 「个人年收入」 is whoever's the header names: a family member's income is not the applicant's.
        # (「代办人 › 与户主关系」: how the agent is related to the head; a family member's is the roster's own item)
        # (「领取人信息 › 开户银行 | 银行账号」: the account of whoever collects, not the soldier's own, helper-86)
        household = role in (FAMILY_ROLE, "户主", *_KIN_GROUPS)
        return (theme in PERSON_THEMES and canonical not in PLACE_ITEMS) or canonical == RELATION_ITEM \
            or canonical.startswith("个人") or canonical in (*_ACCOUNT_ITEMS, HEAD_RELATION_ITEM) and not household


# --------------------------------------------------------------------------- scoring
# Vetoes that settle a pair as two items, by the words Scorer.score opens them with: opposite words (出生/死亡),
# other numbers (60岁/80岁), units that do not convert, other periods, two items of the synonym table. A person
# is not asked about such a near miss; generic labels, roles and target groups may still be the clerk's call.
_CUMULATIVE = "累计"
_REST_RE = re.compile(r"其[他它]")
_REST_WORDS = frozenset({"其他", "其它"})


# What a quantity measures, by its last word: a part named with that word whole (受灾面积 › 其中：成灾面积, 直接经济
# 损失 › 其中：农业损失) is an item of its own name, not a nameless part of the total.
_MEASURE_WORDS = ("面积", "人数", "户数", "人口", "金额", "资金", "损失", "产量", "收入", "支出", "存栏", "出栏")


def _is_party(word: str) -> bool:
    """A side of a contract or a case (承包方, 发包方, 出租方): a person or a body."""
    return len(word) >= 3 and word.endswith("方") and not word.endswith(_NOT_A_PARTY)


def _own_measure(clean: str, item: str) -> bool:
    """A label under a quantity that is a quantity or an attribute of its own: 耕地面积 › 水田面积, 养殖规模 ›
    能繁母猪存栏 | 养殖畜种, 饮水情况 › 供水工程名称 (a part of a quantity names only what it counts: 耕地面积 › 水田)."""
    if clean.endswith(_KIND_ENDINGS) and len(clean) > 2 or clean.endswith(_NAMING_ENDINGS) and len(clean) > 3:
        return True
    ending = next((w for w in _MEASURE_WORDS if clean.endswith(w)), None)
    return ending is not None and len(clean) - len(ending) >= 2 and (item.endswith(ending) or not item.endswith(
        _MEASURE_WORDS))


_KIND_ENDINGS = ("种类", "品种", "畜种", "类型", "类别")
# (「联系方式 › 本人电话 | 家属联系电话」: a phone of its own under a phone header, whoever's it is; 「联系方式 › 联系人」
# asks the contact's name)
_PHONE_WORD_RE = re.compile(r"电话|手机|号码|联系方式")
_NAMING_ENDINGS = ("名称", "编号")


def _is_rest(text: str) -> bool:
    """「其他补贴金额」, 「家禽其他存栏」: the rest of a total, never the total itself."""
    return bool(_REST_RE.search(text))


# 原工作单位, 原住址, 原户籍地: what was before (失业前, 搬迁前), not what is now. (原因, 原料, 原始 … are words of
# their own; 原籍 is the ancestral home, 籍贯.)
_FORMER_RE = re.compile(r"^(?:原|曾经|以前|此前)(?!因|料|始|则|本|件|籍|价|值|创|判|告|审|型)")
# 「失业前工作单位」, 「变更前户主姓名」: what was so before the change the record is about, its 原工作单位 (u202)
_CHANGES = r"(?:失业|离职|离岗|下岗|退休|退役|入伍|变更|调整|迁移|迁出|搬迁|拆迁|征地|征收|转岗|转移|改造|整改|流转|合并|撤并|返乡)"
_BEFORE_THE_CHANGE_RE = re.compile(rf"^{_CHANGES}前(?=[\u4e00-\u9fff]{{2}})")
# (「原毕业学校」 of a 学籍 card is the 毕业学校 a family survey asks: what one graduated from was so already — wf70)
_FORMER_OF_THE_PAST_RE = re.compile(r"^原(?=毕业)")
# 「改造前取暖情况 › 取暖方式」, 「搬迁前 › 住房面积」: the record's former state, its 原取暖方式 (u211)
_BEFORE_THE_CHANGE_HEADER_RE = re.compile(rf"^{_CHANGES}前(?:[\u4e00-\u9fff]{{0,6}}?(?:情况|信息|状况))?$")

# 「施工单位 › 联系人」: the person to reach at that body (the record's own body's, 申请单位 or 本单位, is the record's)
_CONTACT = "联系人"
_OWN_BODY_WORDS = ("申请", "申报", "填报", "报送", "本", "所在", "工作", "就业", "用人")

# 「所属服务站」, 「所在敬老院」: the body or site a record belongs to, by its name (a village, a branch or a school is
# the vocabulary's own item)
_BELONGS_TO_BODY_RE = re.compile(r"^(?:所属|所在)([\u4e00-\u9fff]{1,8}(?:站|点|院|中心|机构|医院|卫生室|幼儿园|合作社|"
                                 r"协会|网格|敬老院|养老院))$")
# A phone headed 「人…」 alone: 本人 cut short by a narrow column, the row's own person (联系人 keeps its 联系); the
# wording stays the label's key, so decisions made of it hold
_OWN_CUT_SHORT_RE = re.compile(r"^人(?=(?:联系)?电话(?:号码)?$|联系方式$|手机(?:号码?)?$)")

# A vehicle or machine given up (报废车辆号牌号码) and the one bought in its place (新车号牌号码), said in a label; a
# register titled by what is given up (报废机动车注销登记台账) asks it under a plain 车辆信息.
_VEHICLE_ATTRIBUTE_AHEAD = r"(?=号牌|车牌|车辆识别|识别代号|品牌|型号|初次登记|注册登记|注销)"
_GIVEN_UP_OBJECT_WORDS_RE = re.compile(rf"^(?:报废|淘汰|交售旧|旧)(?:机动车|车辆|汽车|车|农机|机具){_VEHICLE_ATTRIBUTE_AHEAD}")
_NEW_OBJECT_WORDS_RE = re.compile(rf"^新购?(?:机动车|车辆|汽车|车|农机|机具){_VEHICLE_ATTRIBUTE_AHEAD}")
_GIVEN_UP_WORD = "报废"
_GIVEN_UP_HEADER = _GIVEN_UP_WORD + "车辆信息"
_GIVEN_UP_TITLE_RE = re.compile(r"(?:报废|淘汰)(?:机动车|车辆|汽车|农机|农业机械|机具|船舶|渔船)")
_OBJECT_INFO_HEADER_RE = re.compile(r"^(?:车辆|机动车|汽车|农机|农业机械|机具|船舶|渔船)(?:基本)?(?:信息|情况)$")
# 「二、交售旧车信息 › 号牌号码 | 整车编码」 beside 「三、新购车辆信息 › 号牌号码」 of a 以旧换新 card, 「报废机具信息」 of an
# 农机报废更新 card: the thing given up, its plate no register's current one (u225: three look-alikes)
_GIVEN_UP_OBJECT_HEADER_RE = re.compile(r"^(?:(?:交售|报废|淘汰|回收|置换|更换|拆除)?旧|报废|淘汰)[\u4e00-\u9fff]{1,4}?(?:信息|情况)?$")


def _is_former(text: str) -> bool:
    return bool(_FORMER_RE.match(text))


# 应缴, 应发, 应付, 应收, 应领, 应补: the amount due, not the amount paid (缴费金额, 发放金额) nor 实缴/实发; and whoever
# or whatever is due, 应参保人数 of a 征缴 table, never the 参保人数 who are (u170). (应急, 应征, 应届 … are words of
# their own.)
_DUE_RE = re.compile(r"^(?:本年度|本年|当年)?应(?![急用届征聘对答变])[\u4e00-\u9fff]")


def _is_flow(text: str) -> bool:
    return bool(_FLOW_RE.search(text))


_FLOW_RE = re.compile(r"新增|增加|减少|净增|净减")


def _is_date(k: LabelKey) -> bool:
    """A day, a month or a year the label asks (签订日期, 入党年月, 有效期至); 服务时间（小时） is a length of time."""
    return bool(_DATE_TAIL_RE.search(k.text)) and not unit_dimension(k.unit)


# (「改厕年度」 is the year of it, as 「改厕年份」 is — u616; 本年度 and 上年度 are periods, no item's year)
_DATE_TAIL_RE = re.compile(r"(?:日期|时间|年月|年月日|年份|(?<![本上当下全])年度|月份|生日|期[至止])$")


def _is_due(text: str) -> bool:
    return bool(_DUE_RE.match(text))


def _is_planned(text: str) -> bool:
    """「计划基本公共卫生服务补助」 (a 计划数 read with its header): what is planned, no amount done or paid. (A planned
    date, 计划拆除时间, is the clerk's to judge: no figure.)"""
    return bool(_PLANNED_FIGURE_RE.match(text)) and not _WHEN_TAIL_RE.search(text)


# (计划生育 is a programme, 计划单列 a city's standing: no plan)
_PLANNED_FIGURE_RE = re.compile(r"^(?:计划|预计)(?!生育|单列|内|外)[\u4e00-\u9fff]{2,}")


def _names_not_counts(k: LabelKey) -> bool:
    """A name, a belonging or a description (所在党支部, 所属村, 存在问题), or a body asked bare (a graduate's 服务单位):
    never a count of what it names (服务单位数（个） — u240)."""
    uncounted = not (unit_dimension(k.unit) or k.figure)
    # (「单元号」 numbers one stairwell; 「单元数」 counts them — u265)
    return _names_one(k.text) or k.canonical in PLACE_ITEMS or uncounted and bool(
        k.canonical and _DESCRIPTION_RE.search(k.canonical) or _ORGANISATION_NOUN_RE.search(k.text)
        or _IDENTIFIER_TAIL_RE.search(k.canonical or k.text)
        # (「幼儿园」 of a payment ledger: the kindergarten each row is paid to, no 幼儿园总数 — u324)
        or re.fullmatch(_KINDS_OF_SITE, k.text) is not None)


def _names_one(text: str) -> bool:
    """The label asks which one (its name, where it belongs), never how many. (「所在村户籍人口」 counts the people
    of the village the row is in: a count all the same — u255.)"""
    return text.endswith(_NAME_TAIL + _PLACE_TAIL) or text.startswith(_WHICH_ONE) and not _COUNT_TAIL_RE.search(text)


_WHICH_ONE = ("所在", "所属", "所处")
_PART_OF_A_TOTAL_RE = re.compile(r"^\s*其中\s*[:：]?")


def _key_asks_yes_no(key: LabelKey) -> bool:
    return key.ticked or _asks_yes_no(key.text)


def _asks_yes_no(text: str) -> bool:
    """「是否参加城乡居民基本医疗保险」 asks one person yes or no; 「…参保人数」 counts those who said yes. So does
    「从业人员是否持有效健康合格证明」 of an inspection, its people named first (u436)."""
    return text.startswith(("是否", "有无")) or bool(_YES_NO_WITHIN_RE.search(text))


_YES_NO_WITHIN_RE = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:是否|有无)[\u4e00-\u9fff]{2,}$")


def _negated_apart(a: str, b: str) -> str | None:
    """The words two labels differ by where one says what the other denies: 「未持证人数」 and 「持证人数」 count
    those without and those with (u436); or where one counts only the large operators among them: 「种粮大户数」
    are the 大户 of agricultural statistics, a few of 「种粮户数」 (u495)."""
    for x, y in ((a, b), (b, a)):
        for at, ch in enumerate(x):
            if x[:at] + x[at + 1:] != y or at + 1 >= len(x):
                continue
            if ch in _NEGATIONS and x[at - 1:at + 1] != "有无" or x[at:at + 2] == _LARGE_OPERATORS:
                return f"对立词：{x[at:at + 3]} ≠ {y[at:at + 2]}"
    return None


_LARGE_OPERATORS = "大户"


_COUNT_TAIL_RE = re.compile(r"(?:数|数量|人口|人次)$")  # 人数, 户数, 总数 … end in 数
_PEOPLE_COUNTED_RE = re.compile(r"[人户]?数$")
_COMMITTEE_RE = re.compile(r"(?:委员会|委会)$")
# (「泛称」 too: 登记机关 of a 机动车登记证书 and of a 婚姻登记 record, asked at 1.00 as 疑似相同 beside a reason saying
# they are never matched, were seven of wf34's yellow rows)
SETTLING_VETOES = ("对立词", "数字不一致", "计量单位不可换算", "限定不同", "同义词表中是两个数据项", "记录层级不同", "泛称", "总数与其中一项")


def settles(reasons: list[str]) -> bool:
    """Whether a near miss's reasons include a veto that settles it as two items."""
    return any(reason.startswith(SETTLING_VETOES) for reason in reasons)


@dataclass(slots=True)
class PairScore:
    score: float
    vetoes: list[str]
    reasons: list[str]

    @property
    def vetoed(self) -> bool:
        return bool(self.vetoes)


def contrast_profile(text: str, synonyms: Synonyms) -> dict[int, frozenset[int]]:
    """Which members of which contrast sets a label contains (sparse: only sets it touches)."""
    hit = synonyms.contrast_cache.get(text)
    if hit is None:
        index, longest, everywhere = _contrast_words(synonyms)
        found: dict[int, set[int]] = defaultdict(set)
        for g, m in everywhere:
            found[g].add(m)
        for start in range(len(text)):  # every piece of the text up to the longest contrast word
            for end in range(start + 1, min(len(text), start + longest) + 1):
                for g, m in index.get(text[start:end], ()):
                    found[g].add(m)
        hit = {g: frozenset(found[g]) for g in sorted(found)}
        synonyms.contrast_cache[text] = hit
    return hit


_CONTRAST_WORDS: dict[int, tuple[list[list[tuple[str, ...]]], int, dict[str, list[tuple[int, int]]], int,
                                 list[tuple[int, int]]]] = {}


def _contrast_words(synonyms: Synonyms) -> tuple[dict[str, list[tuple[int, int]]], int, list[tuple[int, int]]]:
    """Contrast word → the (set, member) pairs it names; the longest word; members with an empty word."""
    contrasts = synonyms.contrasts
    size = sum(len(group) for group in contrasts)
    known = _CONTRAST_WORDS.get(id(contrasts))
    if known is None or known[0] is not contrasts or known[1] != size:
        index: dict[str, list[tuple[int, int]]] = defaultdict(list)
        everywhere: list[tuple[int, int]] = []
        for g, group in enumerate(contrasts):
            for m, words in enumerate(group):
                for word in words:
                    (index[word].append((g, m)) if word else everywhere.append((g, m)))
        longest = max((len(w) for w in index), default=0)
        known = _CONTRAST_WORDS[id(contrasts)] = (contrasts, size, dict(index), longest, everywhere)
    return known[2], known[3], known[4]


def _one_kind_apart(a: str, b: str) -> tuple[str, str] | None:
    """The two characters two labels differ by where one names a kind of site or a level and the other another
    (所/站, 村/镇): 「新时代文明实践所数」 and 「辖区新时代文明实践站数」 count different places."""
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > _SITE_PAIR_SLACK or not (kinds_a := _SITE_KINDS.intersection(a)) \
            or not (kinds_b := _SITE_KINDS.intersection(b)) or kinds_a == kinds_b:
        return None
    for op in Levenshtein.editops(a, b):
        if op.tag == "replace" and a[op.src_pos] in _SITE_KINDS and b[op.dest_pos] in _SITE_KINDS:
            return a[op.src_pos], b[op.dest_pos]
    return None


# (学校 and 学院, 乐园 and 公园 are kinds of one thing: no site's level)
_SITE_KINDS = frozenset("所站室馆场社队组村镇乡县市省区")
_SITE_PAIR_SLACK = 4  # (「辖区」 and the like before one of the two)


def _whole_it_is_part_of(key: LabelKey) -> str | None:
    """The total a key is one kind of, when its header reads as a total and its label names a kind of what that
    counts: 「生猪存栏 › 其中：仔猪」 is part of 生猪存栏, 「牛存栏 › 奶牛」 of 牛存栏 (a 户数 under 低保户 counts the
    低保户 themselves, and a person's 姓名 under 家庭成员 is no kind of anything)."""
    if not key.header or key.role or key.canonical:
        return None
    whole = key.header.replace("›", "")
    kind = key.written
    if not kind or key.text != whole + kind or kind in whole or kind[-1] not in whole:
        return None
    return whole


def _may_be_a_whole(key: LabelKey) -> bool:
    return not key.role and not _key_asks_yes_no(key)


def _total_with_its_part(a: LabelKey, b: LabelKey) -> tuple[str, str] | None:
    """A total and one of its own parts, as two forms print them (wf155: 「生猪 › 存栏」 and 「生猪存栏 › 其中：仔猪」,
    「牛 › 存栏 › 合计」 and 「牛存栏 › 奶牛」 were offered the clerk as maybe one item)."""
    for whole, part in ((a, b), (b, a)):
        if _may_be_a_whole(whole) and _whole_it_is_part_of(part) == whole.text:
            return whole.display, part.display
    return None


_SEX_TOKENS = frozenset({"女", "男", "女性", "男性"})
# Counts of everyone a place has, whose parts are counts of their own (户籍人口 › 其中：脱贫人口 is the 脱贫人口)
_EVERYONE_RE = re.compile(r"^(?:年末|期末|本年末)?(?:全村|全乡|全镇|辖区|本村)?(?:户籍|常住|总|实有)?(?:人口|户数|人数|户|人)(?:总数|数)?"
                          r"(?:合计|总计)?$")


def contrast_veto(a: str, b: str, synonyms: Synonyms) -> str | None:
    """The contrast set that keeps two labels apart, if any (出生日期 / 死亡日期 → 出生/死亡)."""
    pa, pb = contrast_profile(a, synonyms), contrast_profile(b, synonyms)
    for g in pa.keys() & pb.keys():
        only_a, only_b = pa[g] - pb[g], pb[g] - pa[g]
        if only_a and only_b:
            group = synonyms.contrasts[g]
            return f"对立词：{'/'.join(group[min(only_a)])} ≠ {'/'.join(group[min(only_b)])}"
    return None


class Scorer:
    """Pair scores with token weights learnt from the labels being matched."""

    def __init__(self, synonyms: Synonyms, keys: Iterable[LabelKey]) -> None:
        self.synonyms = synonyms
        keys = list(keys)
        # Token rarity is learnt from the labels being matched plus the synonym table's own spellings,
        # so that even two labels compared alone (yitaobiao explain) get sensible weights.
        self.aliases = synonyms.aliases_of()
        background = [tokenize(alias, synonyms) for alias in synonyms.canonical_of]
        df: Counter[str] = Counter()
        for tokens in [*background, *(k.tokens for k in keys)]:
            df.update(set(tokens))
        n = len(background) + len(keys)
        self.weights = {t: math.log((n + 1) / (c + 1)) + 1.0 for t, c in df.items()}
        self.df: Counter[str] = Counter()
        for k in keys:
            self.df.update(set(k.tokens))
        self.max_weight = math.log(n + 1) + 1.0
        self._spellings: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        self._weight_cache: dict[str, float] = {}
        self._written_as: defaultdict[str, list[str]] | None = None

    def spellings(self, key: LabelKey) -> list[tuple[str, tuple[str, ...]]]:
        """Texts a key can be compared by: its own, and for a canonical item every alias of it."""
        if not key.canonical or key.role:
            return [(key.text, key.tokens)]
        if key.canonical not in self._spellings:
            texts = self.aliases.get(key.canonical, [key.canonical])
            self._spellings[key.canonical] = [(t, tokenize(t, self.synonyms)) for t in texts]
        return self._spellings[key.canonical]

    def as_written(self, token: str, *texts: str) -> str:
        """A shared word as the labels write it: 「编码」 for the token 文号 that 地块编码 and 地块代码 meet on, 「地点」
        for 住址 (u272: the reasons named words in neither label)."""
        if any(token in text for text in texts):
            return token
        if self._written_as is None:
            self._written_as = defaultdict(list)
            for word, rep in sorted(self.synonyms.token_rep.items(), key=lambda pair: -len(pair[0])):
                self._written_as[rep].append(word)  # (longest first)
        return next((word for text in texts for word in self._written_as.get(token, ()) if word in text), token)

    def weight(self, token: str) -> float:
        w = self._weight_cache.get(token)
        if w is None:
            w = self.weights.get(token, self.max_weight)
            if token in self.synonyms.fillers or len(token) == 1 and not token.isdigit():
                w *= 0.25
            self._weight_cache[token] = w
        return w

    def token_overlap(self, a: tuple[str, ...], b: tuple[str, ...]) -> float:
        sa, sb = set(a), set(b)
        union = sa | sb
        if not union:
            return 0.0
        shared = sum(self.weight(t) for t in sa & sb)
        total = sum(self.weight(t) for t in union)
        return shared / total if total else 0.0

    def score(self, a: LabelKey, b: LabelKey) -> PairScore:
        vetoes: list[str] = []
        reasons: list[str] = []
        if a.canonical and b.canonical:
            if a.canonical == b.canonical:
                return PairScore(1.0, [], [f"同义词表：同为「{a.canonical}」"])
            vetoes.append(f"同义词表中是两个数据项：「{a.canonical}」≠「{b.canonical}」")
        if a.scope != b.scope:
            generic = a.text if a.scope else b.text
            vetoes.append(f"泛称：「{generic}」没有上级表头说明是什么，不与别的表相配")
        if a.program and b.program and a.program != b.program:
            vetoes.append(f"所属群体不同：{a.program} ≠ {b.program}（各自业务的数据项）")
        if a.level != b.level:
            vetoes.append(f"记录层级不同：{_level_words(a.level)} ≠ {_level_words(b.level)}（一条记录的数字不是汇总的合计）")
        if (a.role or None) != (b.role or None):
            vetoes.append(f"所属对象不同：{a.role or '本人'} ≠ {b.role or '本人'}")
        if a.numbers != b.numbers:
            vetoes.append(f"数字不一致：{'、'.join(sorted(a.numbers)) or '无'} ≠ {'、'.join(sorted(b.numbers)) or '无'}")
        if kinds := _one_kind_apart(a.text, b.text):
            # 「新时代文明实践所数」 and 「新时代文明实践站数」: the township's sites and the village's, one character apart
            # (u338: 0.89, a look-alike merged)
            vetoes.append(f"场所或层级不同：{kinds[0]} ≠ {kinds[1]}")
        da, db = unit_dimension(a.unit), unit_dimension(b.unit)
        if da and db and da != db:
            vetoes.append(f"计量单位不可换算：{a.unit} ≠ {b.unit}")
        if parts := _total_with_its_part(a, b):
            vetoes.append(f"总数与其中一项：「{parts[1]}」是「{parts[0]}」的一部分")
        for x, y in ((a, b), (b, a)):
            if x.canonical and y.unit and is_attribute(x.canonical, self.synonyms):
                vetoes.append(f"「{x.canonical}」是属性，不是以{y.unit}计的数量")
        contrast = contrast_veto(a.text, b.text, self.synonyms) or _negated_apart(a.text, b.text)
        if contrast:
            vetoes.append(contrast)
        for x, y in ((a, b), (b, a)):
            missing = [q for q in x.qualifiers if q not in y.text]
            if missing:
                vetoes.append(f"限定不同：「{'、'.join(missing)} › {x.text.removeprefix(''.join(x.qualifiers))}」≠「{y.text}」")
                break
            if _CUMULATIVE in x.text and _CUMULATIVE not in y.text:
                # 「培训累计人数」 counts since the programme began, 「培训人数」 this period: two figures
                vetoes.append(f"限定不同：「{x.text}」是累计数，「{y.text}」不是")
                break
            # (「是否脱贫人口」 ends as a count does, and asks yes or no all the same — u448, u461)
            # (a bare age band is the people of that age a table counts: 「按年龄段分 › 16周岁以下」 of a village summary
            # against a roster's 「安置对象类别（在对应栏打“√”） › 16周岁以下」, read as 是否16周岁以下 — u518)
            counted = (unit_dimension(y.unit) or _COUNT_TAIL_RE.search(y.text) or y.figure
                       or _AGE_BAND_RE.match(y.text)) and not _key_asks_yes_no(y)
            if counted and (unit_dimension(x.unit) or x.figure or _COUNT_TAIL_RE.search(x.text)) \
                    and (sex := _SEX_TOKENS.intersection(x.tokens)) and not _SEX_TOKENS.intersection(y.tokens):
                # (「已确认成员人数 › 其中：女性」 against 「已确认成员 › 人数」: the women among them, no count of all — u609)
                vetoes.append(f"限定不同：「{x.text}」只计{min(sex)[0]}性，「{y.text}」不分男女")
                break
            if _key_asks_yes_no(x) and counted:
                # (「是否流动党员」 against an indicator 流动党员 counted in 名: the unit is in the 计量单位 column)
                vetoes.append(f"限定不同：「{x.text}」问是否，「{y.text}」是人数或个数")
                break
            if _key_asks_yes_no(x) and not _key_asks_yes_no(y) and _NUMBER_OR_DAY_TAIL_RE.search(y.text):
                # (「是否办理证照 › 特种行业许可证」 against a register's 特种行业许可证号 — u569)
                vetoes.append(f"限定不同：「{x.text}」问是否，「{y.text}」是号码、日期或地址")
                break
            if counted and not (unit_dimension(x.unit) or x.figure or _COUNT_TAIL_RE.search(x.text)) \
                    and (_is_group_word(x.text) or _PERSON_STATE_RE.search(x.text)):
                # 「身份类型 › 低保户」 ticked on a register of houses against 「低保户」 counted on a table of villages
                # (wf7): whether one household is, against how many are; 「伤亡情况 › 死亡」 ticked for one person of a
                # register of casualties against a village's 「交通事故 › 死亡人数」 (u556)
                vetoes.append(f"限定不同：「{x.text}」问是否属于，「{y.text}」是户数或人数")
                break
            if counted and x.text.endswith(_PERSON_ENDINGS) and not (unit_dimension(x.unit) or x.figure) and (
                    y.text.startswith(x.text) and y.text[len(x.text):] in _COUNT_SUFFIXES
                    # (「抽查人员」 of a 复核抽查台账, who checked, against 「实际抽查 › 人数」 of a town's table — u485)
                    or _doers_and_their_count(x.text, y.text)):
                # 「人民调解员」 heading a case register's column names the mediator; 「人民调解员数」 counts them (u107)
                vetoes.append(f"限定不同：「{x.text}」是哪一位，「{y.text}」是人数")
                break
            if _names_not_counts(x) and counted:
                # 「个体工商户名称」 against 市场主体数（户）› 个体工商户, 「所在党支部」 against 党支部（个）: a name or a
                # belonging is no count of what it names; nor is the village a row is in (建制村 against 建制村总数),
                # nor a description the problems counted (存在问题 against 发现问题（个）— u178)
                vetoes.append(f"限定不同：「{x.text}」是{'地点' if x.text.endswith(_PLACE_TAIL) else '名称'}，「{y.text}」是数量")
                break
            if _is_money(x) and not _is_money(y) and _COUNT_TAIL_RE.search(y.text):
                # 「遗体火化费（元）」 against 「遗体火化数（具）」: what was paid is no count of what was done
                vetoes.append(f"限定不同：「{x.text}」是金额，「{y.text}」是数量")
                break
            if _is_former(x.text) and not _is_former(y.text):
                vetoes.append(f"限定不同：「{x.text}」是原来的，「{y.text}」是现在的")
                break
            if _is_due(x.text) and not _is_due(y.text):
                vetoes.append(f"限定不同：「{x.text}」是应缴（应发）数，「{y.text}」不是")
                break
            if _is_planned(x.text) and not _is_planned(y.text):
                # (「基本公共卫生服务补助 › 计划数」 of a 分配表 against each doctor's 基本公共卫生服务补助 paid — u484)
                vetoes.append(f"限定不同：「{x.text}」是计划数，「{y.text}」不是")
                break
            if _is_rest(x.text) and not _is_rest(y.text):
                # 「其他补贴金额」 is what the named subsidies leave over, 「补贴金额」 all of them: two figures
                vetoes.append(f"限定不同：「{x.text}」是其他项，「{y.text}」不是")
                break
            if _is_flow(x.text) and not _is_flow(y.text):
                # 「本期新增领取失业保险金人数」 against 「期末领取失业保险金人数」: who came in this period, against all
                # who are at its end (u202)
                vetoes.append(f"限定不同：「{x.text}」是增减数，「{y.text}」不是")
                break
            if _is_date(x) and not _is_date(y):
                # 「首次献血时间」 against 「献血人次 › 其中：首次献血」: when it was, against how many were (u203)
                vetoes.append(f"限定不同：「{x.text}」是日期，「{y.text}」不是")
                break
        score, overlap, ratio = 0.0, 0.0, 0.0
        short, long = sorted((a.text, b.text), key=len)
        if len(short) > 2 and short != long and (long.startswith(short) and long[len(short):] in self.synonyms.suffixes
                                                 or long.endswith(short) and long[:-len(short)] in self.synonyms.prefixes
                                                 and _droppable_before(long[:-len(short)], a.figure or b.figure)):
            score = AFFIX_SCORE  # 所在党支部 / 所在党支部全称: only a droppable word apart
            reasons.append("只差一个可省略的词")
        # A vetoed pair is never merged: its score only ranks it among near misses, so its own spellings
        # suffice; every alias against every alias is for pairs that could merge (most of the time at scale).
        spellings_a = [(a.text, a.tokens)] if vetoes else self.spellings(a)
        spellings_b = [(b.text, b.tokens)] if vetoes else self.spellings(b)
        for text_a, tokens_a in spellings_a:
            for text_b, tokens_b in spellings_b:
                o = self.token_overlap(tokens_a, tokens_b)
                r = fuzz.ratio(text_a, text_b, processor=None) / 100.0
                p = fuzz.token_set_ratio(" ".join(tokens_a), " ".join(tokens_b), processor=None) / 100.0
                candidate = 0.6 * o + 0.25 * r + 0.15 * p
                if candidate > score or not overlap and not ratio:
                    score, overlap, ratio = max(score, candidate), o, r
        shared = sorted(set(a.tokens) & set(b.tokens), key=lambda t: (-self.weight(t), t))  # same words every run
        if shared:
            reasons.append(f"共同词：{'、'.join(self.as_written(t, a.text, b.text) for t in shared[:5])}")
        reasons.append(f"词语加权重合 {overlap:.2f}，字面相似 {ratio:.2f}")
        if da and db and a.unit != b.unit and da == db:
            reasons.append(f"单位可换算：{a.unit} ↔ {b.unit}")
        return PairScore(round(score, 4), vetoes, reasons)

    # ----------------------------------------------------------------------- many pairs at once
    def score_many(self, keys: list[LabelKey], first: np.ndarray, second: np.ndarray,
                   floor: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The scores of many pairs at once, for the pairs that score at least ``floor``.

        The same numbers as :meth:`score` (``score(keys[i], keys[j]).score`` and ``.vetoed``), computed
        without a Python loop over pairs and without formatting any reason: the vetoes are compared as
        ids, the weighted token overlap in numpy, the two rapidfuzz ratios in bulk (``process.cpdist``),
        and only the spellings a pair can reach ``floor`` with are compared. Returns the positions of the
        pairs kept, their scores and whether they are vetoed.
        """
        table = _KeyTable(self, keys)
        found = [table.score_pairs(first[at:at + PAIR_CHUNK], second[at:at + PAIR_CHUNK], floor)
                 for at in range(0, len(first), PAIR_CHUNK)]
        if not found:
            return np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0, dtype=bool)
        starts = range(0, len(first), PAIR_CHUNK)
        return (np.concatenate([at + start for (at, _, _), start in zip(found, starts, strict=True)]),
                np.concatenate([values for _, values, _ in found]), np.concatenate([v for _, _, v in found]))


def _droppable_before(prefix: str, figure: bool) -> bool:
    """A droppable word in front (农户 of 农户姓名) that still drops: on a table of figures the households a figure
    covers narrow it (「涉农贷款余额 › 其中：农户贷款余额」 is no 台账's 贷款余额, u96)."""
    return not (figure and prefix.endswith("户"))


def keys_by_text(keys: list[LabelKey]) -> dict[str, list[int]]:
    """The positions of the keys of each text."""
    by_text: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        by_text[k.text].append(i)
    return by_text


class _KeyTable:
    """The keys being matched as arrays of ids, so that many pairs are vetoed and scored at once."""

    def score_pairs(self, first: np.ndarray, second: np.ndarray,
                    floor: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """See :meth:`Scorer.score_many`."""
        table = self
        vetoed = table.vetoed(first, second)
        same_item = table.same_canonical(first, second)  # score() answers 1.0 for these before any veto
        vetoed &= ~same_item
        raw = np.zeros(len(first))
        # Own spellings: every pair (a vetoed pair is scored on them alone, see score()).
        own = vetoed | ~(table.multi[first] | table.multi[second])
        positions = np.flatnonzero(own & ~same_item)
        raw[positions] = table.spelling_scores(table.own[first[positions]], table.own[second[positions]], floor)
        # Every alias against every alias, for the pairs that could merge and have a canonical item's aliases.
        positions = np.flatnonzero(~own & ~same_item)
        if len(positions):
            a_spellings = [table.spellings[i] for i in first[positions].tolist()]
            b_spellings = [table.spellings[i] for i in second[positions].tolist()]
            counts = np.fromiter((len(x) * len(y) for x, y in zip(a_spellings, b_spellings, strict=True)),
                                 dtype=np.int64, count=len(positions))
            sa = np.fromiter((u for x, y in zip(a_spellings, b_spellings, strict=True) for u in x for _ in y),
                             dtype=np.int64, count=int(counts.sum()))
            sb = np.fromiter((v for x, y in zip(a_spellings, b_spellings, strict=True) for _ in x for v in y),
                             dtype=np.int64, count=int(counts.sum()))
            best = np.zeros(len(positions))
            np.maximum.at(best, np.repeat(np.arange(len(positions)), counts), table.spelling_scores(sa, sb, floor))
            raw[positions] = best
        affix = table.affix(first, second)
        raw[affix] = np.maximum(raw[affix], AFFIX_SCORE)
        raw[same_item] = 1.0
        kept = np.flatnonzero(raw >= floor - _ROUNDING)
        # round() as score() rounds (numpy's rounding can differ from Python's in the last place).
        rounded = np.fromiter((round(x, 4) for x in raw[kept].tolist()), dtype=np.float64, count=len(kept))
        good = rounded >= floor
        return kept[good], rounded[good], vetoed[kept[good]]

    def __init__(self, scorer: Scorer, keys: list[LabelKey]) -> None:
        syn = scorer.synonyms
        self.scorer = scorer
        self.keys = keys

        def ids(values: Iterable[object]) -> np.ndarray:
            seen: dict[object, int] = {}
            return np.fromiter((seen.setdefault(v, len(seen)) for v in values), dtype=np.int64, count=len(keys))

        self.canonical = ids(k.canonical for k in keys)
        self.has_canonical = np.array([bool(k.canonical) for k in keys], dtype=bool)
        self.scope = ids(k.scope for k in keys)
        self.program = ids(k.program for k in keys)
        self.has_program = np.array([bool(k.program) for k in keys], dtype=bool)
        self.level = ids(k.level for k in keys)
        self.cumulative = np.array([_CUMULATIVE in k.text for k in keys], dtype=bool)
        self.rest = np.array([_is_rest(k.text) for k in keys], dtype=bool)
        self.former = np.array([_is_former(k.text) for k in keys], dtype=bool)
        self.due = np.array([_is_due(k.text) for k in keys], dtype=bool)
        self.planned = np.array([_is_planned(k.text) for k in keys], dtype=bool)
        self.date = np.array([_is_date(k) for k in keys], dtype=bool)
        self.flow = np.array([_is_flow(k.text) for k in keys], dtype=bool)
        self.yes_no = np.array([_key_asks_yes_no(k) for k in keys], dtype=bool)
        self.number_or_day = np.array([bool(_NUMBER_OR_DAY_TAIL_RE.search(k.text)) for k in keys], dtype=bool)
        self.count_text = np.array([bool(_COUNT_TAIL_RE.search(k.text)) for k in keys], dtype=bool)
        self.counted = self.count_text | np.array([k.figure or bool(_AGE_BAND_RE.match(k.text)) for k in keys],
                                                  dtype=bool)
        self.money = np.array([_is_money(k) for k in keys], dtype=bool)
        self.sexed = np.array([bool(_SEX_TOKENS.intersection(k.tokens)) for k in keys], dtype=bool)
        self.figure = np.array([k.figure for k in keys], dtype=bool)
        self.named = np.array([_names_not_counts(k) for k in keys], dtype=bool)
        self.group_word = np.array([_is_group_word(k.text) or bool(_PERSON_STATE_RE.search(k.text)) for k in keys],
                                   dtype=bool)
        self.role = ids(k.role or None for k in keys)
        self.numbers = ids(k.numbers for k in keys)
        dimensions = [unit_dimension(k.unit) for k in keys]
        self.dimension = ids(dimensions)
        self.has_dimension = np.array([bool(d) for d in dimensions], dtype=bool)
        self.has_unit = np.array([bool(k.unit) for k in keys], dtype=bool)
        self.attribute = np.array([bool(k.canonical) and is_attribute(k.canonical, syn) for k in keys], dtype=bool)
        self.has_qualifiers = np.array([bool(k.qualifiers) for k in keys], dtype=bool)
        self.has_site = np.array([not _SITE_KINDS.isdisjoint(k.text) for k in keys], dtype=bool)
        self.sites = ids(_SITE_KINDS.intersection(k.text) for k in keys)  # (frozensets: equal sets, one id)
        self.length = np.array([len(k.text) for k in keys], dtype=np.int64)
        wholes: dict[str, int] = {}
        self.total = np.array([wholes.setdefault(k.text, len(wholes)) if _may_be_a_whole(k) else -1
                               for k in keys], dtype=np.int64)
        self.part_of = np.array([wholes.get(whole, -2) if (whole := _whole_it_is_part_of(k)) else -2 for k in keys],
                                dtype=np.int64)
        self.negated = np.array([any(ch in _NEGATIONS for ch in k.text) or _LARGE_OPERATORS in k.text for k in keys],
                                dtype=bool)
        self.by_text = keys_by_text(keys)
        self.person_counts = self._person_counts()
        profiles = [contrast_profile(k.text, syn) for k in keys]
        self.profiles: list[dict[int, frozenset[int]]] = []
        profile_id: dict[tuple[tuple[int, frozenset[int]], ...], int] = {(): 0}
        self.profiles.append({})
        contrast = np.zeros(len(keys), dtype=np.int64)
        for i, profile in enumerate(profiles):
            if profile:
                sig = tuple(sorted(profile.items()))
                if sig not in profile_id:
                    profile_id[sig] = len(self.profiles)
                    self.profiles.append(profile)
                contrast[i] = profile_id[sig]
        self.contrast = contrast
        # Spellings: a key's own (text, tokens), and for a canonical item without role every alias of it.
        self._spelling_id: dict[tuple[str, tuple[str, ...]], int] = {}
        self._spelling_list: list[tuple[str, tuple[str, ...]]] = []
        self.own = np.fromiter((self._spelling((k.text, k.tokens)) for k in keys), dtype=np.int64, count=len(keys))
        self.spellings = [[self._spelling(sp) for sp in scorer.spellings(k)] for k in keys]
        self.multi = np.array([sp != [int(self.own[i])] for i, sp in enumerate(self.spellings)], dtype=bool)
        self._prepare_spellings()

    def _person_counts(self) -> np.ndarray:
        """Pairs (as i * n + j, i < j) of a person word and its count (人民调解员 | 人民调解员数): see score()."""
        n = len(self.keys)
        counted = (self.has_dimension | self.counted) & ~self.yes_no
        by_text = self.by_text
        codes = [min(i, j) * n + max(i, j)
                 for text, people in by_text.items() if text.endswith(_PERSON_ENDINGS)
                 for suffix in _COUNT_SUFFIXES for j in by_text.get(text + suffix, ()) if counted[j]
                 for i in people if not (self.has_dimension[i] or self.keys[i].figure)]
        # (「抽查人员」 | 「实际抽查人数」: the doers of an act and how many did it, by the act they end with)
        by_act: dict[str, list[int]] = defaultdict(list)
        for text, counts in by_text.items():
            if text.endswith(_HEADCOUNT_ENDINGS):
                for length in range(2, min(len(text) - 3, 6) + 1):  # (the count says more than the act alone)
                    by_act[text[-2 - length:-2]].extend(j for j in counts if counted[j])
        codes += [min(i, j) * n + max(i, j)
                  for text, people in by_text.items() if text.endswith(_DOERS_ENDING) and len(text) >= 4
                  for j in [*by_act.get(text[:-2], ()),
                            *(j for j in by_text.get(text[:-2] + _POPULATION_ENDING, ()) if counted[j])]
                  for i in people if not (self.has_dimension[i] or self.keys[i].figure)]
        return np.array(sorted(set(codes)), dtype=np.int64)

    def _spelling(self, spelling: tuple[str, tuple[str, ...]]) -> int:
        found = self._spelling_id.get(spelling)
        if found is None:
            found = self._spelling_id[spelling] = len(self._spelling_list)
            self._spelling_list.append(spelling)
        return found

    def _prepare_spellings(self) -> None:
        """Token ids and weights of every spelling (padded rows), its texts and joined tokens for rapidfuzz."""
        token_id: dict[str, int] = {}
        rows = [sorted({token_id.setdefault(t, len(token_id)) for t in tokens}) for _, tokens in self._spelling_list]
        weight_of = np.array([self.scorer.weight(t) for t in token_id], dtype=np.float64)
        width = max((len(r) for r in rows), default=0) or 1
        self.token_rows = np.full((len(rows), width), -1, dtype=np.int64)
        for i, row in enumerate(rows):
            self.token_rows[i, :len(row)] = row
        self.weight_rows = np.where(self.token_rows >= 0, weight_of[np.maximum(self.token_rows, 0)], 0.0)
        self.total_weight = self.weight_rows.sum(axis=1)
        self.texts = np.array([text for text, _ in self._spelling_list] or [""], dtype=object)
        self.joined = np.array([" ".join(tokens) for _, tokens in self._spelling_list] or [""], dtype=object)

    def vetoed(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Whether score() finds a veto (the same tests, without formatting them)."""
        out = self.has_canonical[a] & self.has_canonical[b] & (self.canonical[a] != self.canonical[b])
        out |= self.scope[a] != self.scope[b]
        out |= self.has_program[a] & self.has_program[b] & (self.program[a] != self.program[b])
        out |= self.level[a] != self.level[b]
        out |= self.cumulative[a] != self.cumulative[b]
        out |= self.rest[a] != self.rest[b]
        out |= self.former[a] != self.former[b]
        out |= self.due[a] != self.due[b]
        out |= self.planned[a] != self.planned[b]
        out |= self.date[a] != self.date[b]
        out |= self.flow[a] != self.flow[b]
        counted = (self.has_dimension | self.counted) & ~self.yes_no
        out |= self.money[a] & ~self.money[b] & self.count_text[b] | self.money[b] & ~self.money[a] & self.count_text[a]
        out |= (self.yes_no[a] | self.named[a]) & counted[b] | (self.yes_no[b] | self.named[b]) & counted[a]
        out |= self.yes_no[a] & ~self.yes_no[b] & self.number_or_day[b] | self.yes_no[b] & ~self.yes_no[a] & self.number_or_day[a]
        out |= self.group_word[a] & ~counted[a] & counted[b] | self.group_word[b] & ~counted[b] & counted[a]
        own_count = self.has_dimension | self.count_text | self.figure
        out |= self.sexed[a] & ~self.sexed[b] & own_count[a] & counted[b] | self.sexed[b] & ~self.sexed[a] & own_count[b] & counted[a]
        out |= self.role[a] != self.role[b]
        out |= self.numbers[a] != self.numbers[b]
        out |= self.has_dimension[a] & self.has_dimension[b] & (self.dimension[a] != self.dimension[b])
        out |= self.attribute[a] & self.has_unit[b]
        out |= self.attribute[b] & self.has_unit[a]
        out |= (self.part_of[a] == self.total[b]) | (self.part_of[b] == self.total[a])
        if len(self.person_counts):
            n = len(self.keys)
            out |= np.isin(np.minimum(a, b) * n + np.maximum(a, b), self.person_counts)
        both = np.flatnonzero(~out & (self.contrast[a] > 0) & (self.contrast[b] > 0))
        if len(both):
            n = len(self.profiles)
            combos, back = np.unique(self.contrast[a[both]] * n + self.contrast[b[both]], return_inverse=True)
            clash = np.array([_profiles_clash(self.profiles[c // n], self.profiles[c % n]) for c in combos.tolist()],
                             dtype=bool)
            out[both[clash[back]]] = True
        rest = np.flatnonzero(~out & (self.has_qualifiers[a] | self.has_qualifiers[b]))
        keys = self.keys
        for at, i, j in zip(rest.tolist(), a[rest].tolist(), b[rest].tolist(), strict=True):
            ka, kb = keys[i], keys[j]
            if any(q not in kb.text for q in ka.qualifiers) or any(q not in ka.text for q in kb.qualifiers):
                out[at] = True
        # (only texts of about one length whose sites differ can be one site-kind apart)
        sited = np.flatnonzero(~out & self.has_site[a] & self.has_site[b] & (self.sites[a] != self.sites[b])
                               & (np.abs(self.length[a] - self.length[b]) <= _SITE_PAIR_SLACK))
        for at, i, j in zip(sited.tolist(), a[sited].tolist(), b[sited].tolist(), strict=True):
            if _one_kind_apart(keys[i].text, keys[j].text):
                out[at] = True
        denied = np.flatnonzero(~out & (self.negated[a] | self.negated[b]) & (np.abs(self.length[a] - self.length[b]) == 1))
        for at, i, j in zip(denied.tolist(), a[denied].tolist(), b[denied].tolist(), strict=True):
            if _negated_apart(keys[i].text, keys[j].text):
                out[at] = True
        return out

    def same_canonical(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        return self.has_canonical[a] & self.has_canonical[b] & (self.canonical[a] == self.canonical[b])

    def affix(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Pairs whose texts differ only by a droppable word (所在党支部 / 所在党支部全称)."""
        syn = self.scorer.synonyms
        by_text = self.by_text  # (built once: affix() is asked for every batch of pairs)
        n = len(self.keys)
        codes: list[int] = []
        for short, shorts in by_text.items():
            if len(short) <= 2:
                continue
            longs = [(short + x, "") for x in syn.suffixes if x] + [(x + short, x) for x in syn.prefixes if x]
            for long, prefix in longs:
                for j in by_text.get(long, ()):
                    codes.extend(min(i, j) * n + max(i, j) for i in shorts
                                 if _droppable_before(prefix, self.keys[i].figure or self.keys[j].figure))
        if not codes:
            return np.zeros(len(a), dtype=bool)
        return np.isin(np.minimum(a, b) * n + np.maximum(a, b), np.array(codes, dtype=np.int64))

    def spelling_scores(self, a: np.ndarray, b: np.ndarray, floor: float) -> np.ndarray:
        """0.6 × weighted token overlap + 0.25 × ratio + 0.15 × token-set ratio of spelling pairs (as score()
        computes each), or 0 where the overlap alone shows the pair cannot reach ``floor``."""
        out = np.zeros(len(a))
        if not len(a):
            return out
        overlap = np.zeros(len(a))
        width = self.token_rows.shape[1]
        step = max(1, 4_000_000 // (width * width))
        for start in range(0, len(a), step):
            ta, tb = self.token_rows[a[start:start + step]], self.token_rows[b[start:start + step]]
            hit = ((ta[:, :, None] == tb[:, None, :]) & (ta[:, :, None] >= 0)).any(axis=2)
            shared = np.where(hit, self.weight_rows[a[start:start + step]], 0.0).sum(axis=1)
            total = self.total_weight[a[start:start + step]] + self.total_weight[b[start:start + step]] - shared
            with np.errstate(invalid="ignore", divide="ignore"):
                overlap[start:start + step] = np.where(total > 0, shared / np.where(total > 0, total, 1.0), 0.0)
        # ratio and token-set ratio are at most 1: below this overlap the pair cannot reach the floor.
        reach = np.flatnonzero(0.6 * overlap + 0.4 >= floor - _ROUNDING)
        if not len(reach):
            return out
        # cpdist holds a converted copy of every string it is given: in slices, the copies stay small.
        for start in range(0, len(reach), _CPDIST_SLICE):
            part = reach[start:start + _CPDIST_SLICE]
            ra, rb = a[part], b[part]
            ratio = process.cpdist(self.texts[ra], self.texts[rb], scorer=fuzz.ratio, processor=None,
                                   dtype=np.float64, workers=-1) / 100.0
            token_set = process.cpdist(self.joined[ra], self.joined[rb], scorer=fuzz.token_set_ratio,
                                       processor=None, dtype=np.float64, workers=-1) / 100.0
            out[part] = 0.6 * overlap[part] + 0.25 * ratio + 0.15 * token_set
        return out


_CPDIST_SLICE = 200_000
_ROUNDING = 1e-4  # scores are rounded to 4 places: a raw score this far below a floor may still reach it


def _profiles_clash(pa: dict[int, frozenset[int]], pb: dict[int, frozenset[int]]) -> bool:
    """contrast_veto on two contrast profiles: a set whose members the two labels use differently."""
    return any(pa[g] - pb[g] and pb[g] - pa[g] for g in pa.keys() & pb.keys())


# --------------------------------------------------------------------------- clustering
@dataclass
class MatchResult:
    concepts: list[Concept]
    near_misses: list[NearMiss] = field(default_factory=list)


class _Groups:
    """Union of nodes with the members of each group kept, for the no-chaining check."""

    def __init__(self, nodes: Iterable[str]) -> None:
        self.parent = {n: n for n in nodes}
        self.members = {n: [n] for n in self.parent}

    def find(self, n: str) -> str:
        while self.parent[n] != n:
            self.parent[n] = self.parent[self.parent[n]]
            n = self.parent[n]
        return n

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))


def candidate_index_pairs(keys: list[LabelKey], scorer: Scorer, floor: float = UNCERTAIN_LOW) -> np.ndarray:
    """Pairs (i, j), i < j, of keys that share a token not too common to block on (at least one side
    unresolved) and could score ``floor``; an (M, 2) array, each pair once.

    A block of a token in at most SMALL_BLOCK labels gives all its pairs. In a larger block a pair is a
    candidate when its token-set ratio reaches PREFILTER_CUTOFF; that ratio is computed only for the pairs
    that can score ``floor`` at all: their weighted token overlap (a matrix product per block) is high
    enough, their labels differ by a droppable word only, or one side is a synonym-table item compared by
    all its aliases. Pairs that cannot reach ``floor`` are left out: they are never merged nor shown, and
    the clustering scores any pair it needs on demand. ``floor=0`` gives every candidate.
    """
    n = len(keys)
    index: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        for token in set(key.tokens):
            if scorer.df[token] <= BLOCK_DF_CAP:
                index[token].append(i)
    resolved = np.array([bool(k.canonical) for k in keys], dtype=bool)
    multi = np.array([bool(k.canonical) and not k.role and len(scorer.spellings(k)) > 1 for k in keys], dtype=bool)
    joined = np.array([" ".join(k.tokens) for k in keys] or [""], dtype=object)
    token_id: dict[str, int] = {}
    token_rows = [sorted({token_id.setdefault(t, len(token_id)) for t in k.tokens}) for k in keys]
    weight_of = np.array([scorer.weight(t) for t in token_id], dtype=np.float64)
    # o = shared / (Wa + Wb - shared) must reach (floor - 0.4) / 0.6 (ratio and token-set ratio are at most 1).
    least = max(0.0, (floor - _ROUNDING - 0.4) / 0.6 - 1e-3)
    small: list[np.ndarray] = []
    large: list[np.ndarray] = []
    for members in index.values():
        if len(members) < 2:
            continue
        block = np.array(members, dtype=np.int64)
        if len(members) <= SMALL_BLOCK:
            rows, cols = np.triu_indices(len(members), 1)
            a, b = block[rows], block[cols]
            keep = ~(resolved[a] & resolved[b])
            small.append(a[keep] * n + b[keep])
            continue
        close = ~(resolved[block][:, None] & resolved[block][None, :])
        if least > 0:
            local = [token_rows[i] for i in members]
            vocab, column = np.unique(np.concatenate([np.array(r, dtype=np.int64) for r in local]),
                                      return_inverse=True)
            present = np.zeros((len(members), len(vocab)), dtype=np.float32)
            present[np.repeat(np.arange(len(members)), [len(r) for r in local]), column] = 1.0
            weighted = present * weight_of[vocab].astype(np.float32)
            shared = present @ weighted.T
            total = weighted.sum(axis=1)
            reach = shared >= least * (total[:, None] + total[None, :] - shared)
            reach |= multi[block][:, None] | multi[block][None, :]  # compared by every alias
            close &= reach
        rows, cols = np.nonzero(np.triu(close, 1))
        large.append(block[rows] * n + block[cols])
    codes = _distinct(np.concatenate(small)) if small else np.zeros(0, dtype=np.int64)
    if large or least > 0:
        extra = _distinct(np.concatenate([*large, _affix_codes(keys, scorer, index, least > 0)]))
        extra = extra[~np.isin(extra, codes)]
        if len(extra):
            # The token-set prefilter, for the pairs of large blocks only (a small block takes all its pairs).
            passed = [codes]
            for start in range(0, len(extra), _CPDIST_SLICE):  # in slices: cpdist copies what it is given
                part = extra[start:start + _CPDIST_SLICE]
                ratio = process.cpdist(joined[part // n], joined[part % n], scorer=fuzz.token_set_ratio,
                                       processor=None, score_cutoff=PREFILTER_CUTOFF, dtype=np.uint8, workers=-1)
                passed.append(part[ratio > 0])
            codes = _distinct(np.concatenate(passed))
    return np.stack([codes // n, codes % n], axis=1)


def _distinct(codes: np.ndarray) -> np.ndarray:
    """The sorted distinct values of a 1-D array: np.unique without its import of numpy.ma (15 ms at every
    start, for a check of masked arrays)."""
    codes = np.sort(codes)
    return codes[np.concatenate(([True], codes[1:] != codes[:-1]))] if len(codes) else codes


def _affix_codes(keys: list[LabelKey], scorer: Scorer, index: dict[str, list[int]], wanted: bool) -> np.ndarray:
    """Pairs (as i * n + j) whose texts differ by a droppable word only (they score AFFIX_SCORE whatever
    their overlap) and that share a token of a large block."""
    if not wanted:
        return np.zeros(0, dtype=np.int64)
    syn = scorer.synonyms
    n = len(keys)
    by_text = keys_by_text(keys)
    large = {t for t, members in index.items() if len(members) > SMALL_BLOCK}
    codes = []
    for short, shorts in by_text.items():
        if len(short) <= 2:
            continue
        for long in [short + x for x in syn.suffixes if x] + [x + short for x in syn.prefixes if x]:
            for j in by_text.get(long, ()):
                for i in shorts:
                    if not (keys[i].canonical and keys[j].canonical) and set(keys[i].tokens) & set(keys[j].tokens) & large:
                        codes.append(min(i, j) * n + max(i, j))
    return np.array(codes, dtype=np.int64)


def candidate_pairs(keys: dict[str, LabelKey], scorer: Scorer) -> set[tuple[str, str]]:
    """Node pairs that share a token not too common to block on; at least one side unresolved."""
    names = sorted(keys)
    pairs = candidate_index_pairs([keys[n] for n in names], scorer, floor=0.0)
    return {(names[i], names[j]) for i, j in pairs.tolist()}


class PairScores:
    """Scores of node pairs: the candidate pairs that scored at least ``UNCERTAIN_LOW`` (kept as arrays,
    without reasons), and any other pair scored when it is asked for (and kept if ``remember``).

    Reasons are not kept: they are formatted only for what is shown (the concepts, the near misses kept).
    """

    def __init__(self, keys: dict[str, LabelKey], scorer: Scorer) -> None:
        self.keys = keys
        self.scorer = scorer
        self.names = sorted(keys)
        self.position = {name: i for i, name in enumerate(self.names)}
        self.n = len(self.names)
        self.codes = np.zeros(0, dtype=np.int64)  # i * n + j, sorted
        self.values = np.zeros(0)
        self.vetoes = np.zeros(0, dtype=bool)
        self.extra: dict[int, tuple[float, bool]] = {}

    def add(self, pairs: np.ndarray, values: np.ndarray, vetoed: np.ndarray) -> None:
        codes = pairs[:, 0] * self.n + pairs[:, 1]
        order = np.argsort(codes, kind="stable")
        self.codes, self.values, self.vetoes = codes[order], values[order], vetoed[order]

    def get(self, a: str, b: str, remember: bool = True) -> tuple[float, bool]:
        """(score, vetoed) of two nodes."""
        i, j = self.position[a], self.position[b]
        if i > j:
            i, j = j, i
        code = i * self.n + j
        at = int(np.searchsorted(self.codes, code))
        if at < len(self.codes) and self.codes[at] == code:
            return float(self.values[at]), bool(self.vetoes[at])
        hit = self.extra.get(code)
        if hit is None:
            s = self.scorer.score(self.keys[self.names[i]], self.keys[self.names[j]])
            hit = (s.score, s.vetoed)
            if remember:
                self.extra[code] = hit
        return hit

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Every pair scored so far: (i, j, score, vetoed), i < j."""
        codes = np.concatenate([self.codes, np.fromiter(self.extra, dtype=np.int64, count=len(self.extra))])
        values = np.concatenate([self.values, np.array([v for v, _ in self.extra.values()], dtype=np.float64)])
        vetoes = np.concatenate([self.vetoes, np.array([v for _, v in self.extra.values()], dtype=bool)])
        return codes // self.n, codes % self.n, values, vetoes

    def __len__(self) -> int:
        return len(self.codes) + len(self.extra)


def cluster_nodes(keys: dict[str, LabelKey], scorer: Scorer,
                  cannot_link: set[frozenset[str]] | None = None,
                  must_link: Iterable[tuple[str, str]] = ()) -> tuple[_Groups, PairScores]:
    """Group nodes without chaining; returns the groups and the scores computed on the way."""
    cannot_link = cannot_link or set()
    scores = PairScores(keys, scorer)
    names = scores.names
    key_list = [keys[n] for n in names]
    pairs = candidate_index_pairs(key_list, scorer)
    if type(scorer).score is Scorer.score:
        at, values, vetoed = scorer.score_many(key_list, pairs[:, 0], pairs[:, 1], UNCERTAIN_LOW)
        scores.add(pairs[at], values, vetoed)
    else:  # a scorer with a score() of its own: pair by pair
        for i, j in pairs.tolist():
            scores.get(names[i], names[j])

    groups = _Groups(keys)
    canonicals = {n: {keys[n].canonical} if keys[n].canonical else set() for n in keys}

    def join(a: str, b: str) -> None:
        ra, rb = groups.find(a), groups.find(b)
        if ra != rb:
            joined = canonicals.pop(ra) | canonicals.pop(rb)
            groups.union(ra, rb)
            canonicals[groups.find(ra)] = joined

    for a, b in must_link:
        if a in keys and b in keys:
            join(a, b)
    first, second, values, vetoes = scores.arrays()
    strong = np.flatnonzero(~vetoes & (values >= MATCH_THRESHOLD))
    order = strong[np.lexsort((second[strong], first[strong], -values[strong]))]
    for i, j in zip(first[order].tolist(), second[order].tolist(), strict=True):
        a, b = names[i], names[j]
        ra, rb = groups.find(a), groups.find(b)
        if ra == rb or len(canonicals[ra] | canonicals[rb]) > 1:
            continue
        ok = True
        for x in groups.members[ra]:
            for y in groups.members[rb]:
                if cannot_link and frozenset((x, y)) in cannot_link:
                    ok = False
                    break
                value, vetoed = scores.get(x, y)
                if vetoed or value < LINK_FLOOR:
                    ok = False
                    break
            if not ok:
                break
        if ok:
            join(a, b)
    return groups, scores


def _things_and_their_counts(fields: list[Field], field_key: dict[str, LabelKey]) -> set[frozenset[str]]:
    """Wordings one form asks both of, one the other's count (「17.轮胎 | 18.轮胎数」 of a vehicle's card): the thing
    and how many there are, two items wherever they are asked (real_forms: another card's 轮胎数 had met 轮胎)."""
    texts: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for f in fields:
        k = field_key[f.id]
        texts[f.form_id][k.text].add(k.node)
    apart: set[frozenset[str]] = set()
    for asked in texts.values():
        for text, nodes in asked.items():
            for suffix in _COUNT_SUFFIXES:
                for counted in asked.get(text + suffix, ()):
                    apart.update(frozenset((node, counted)) for node in nodes if node != counted)
    return apart


def _slot_signature(f: Field) -> str:
    """Label and context with digits and ordinals removed: equal for 成员1姓名 and 成员2姓名."""
    return _numbers_masked("›".join(f.header_path))


_ORDINALS_RE = re.compile(r"[0-9一二三四五六七八九十]+|(?<![A-Za-z])[IVX]+(?![A-Za-z])")
# A heading that only numbers a block (「II」 … 「VII」 down a 机动车登记证书's 转移登记 blocks, 「2」, 「（三）」): which
# block, a slot, never what its items ask
_BLOCK_NUMBER_RE = re.compile(r"[IVX]{1,5}|\d{1,2}|[一二三四五六七八九十]{1,3}")
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _block_number(heading: str) -> bool:
    return bool(_BLOCK_NUMBER_RE.fullmatch(basic_form(heading).strip(" ()（）、.．")))


def _ordinal_value(text: str) -> int:
    """1 for 「1」, 「一」 and 「I」; 0 for what is no ordinal."""
    if text.isdigit():
        return int(text)
    if text in _CHINESE_ORDINALS:
        return _CHINESE_ORDINALS[text]
    values = [_ROMAN.get(ch, 0) for ch in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


@lru_cache(maxsize=1 << 16)  # the same header paths recur on form after form
def _numbers_masked(path: str) -> str:
    return _ORDINALS_RE.sub("#", basic_form(path))


@dataclass
class Decisions:
    """A person's word on matches, keyed by label keys (see :func:`label_key`), not by cells."""

    same: set[frozenset[str]] = field(default_factory=set)
    different: set[frozenset[str]] = field(default_factory=set)
    renames: dict[str, str] = field(default_factory=dict)  # label key → name of its data item
    # The clerk's word on whole forms, keyed by ``stats.form_key`` (file#sheet): 频次 and 取消/整合/保留.
    frequencies: dict[str, str] = field(default_factory=dict)
    suggestions: dict[str, str] = field(default_factory=dict)
    # label key → the item's name as the review workbook showed it, for saying a rename (never saved)
    shown_as: dict[str, str] = field(default_factory=dict)
    written_for: str = ""  # the folder whose scan wrote the review workbook read (never saved)

    def label_keys(self) -> set[str]:
        out = set(self.renames)
        for pair in self.same | self.different:
            out.update(pair)
        return out


def label_key(key: LabelKey, clean_label: str) -> str:
    """What a review decision is about: the normalised label, whose it is and what qualifies it.

    「监护人|姓名」; a field qualified by its headers adds them (「|本月›存栏」), so a decision about one
    context does not spill onto another.
    """
    qualifying = "".join(q for q in key.qualifiers if q not in (key.header or "")) + (key.header or "")
    # (a wording that says nothing alone, 合计 or 金额, is read in its own template only: a clerk's 「合计 = 贫困户户数」
    # on one table had joined a 低保 roster's 合计 column the next quarter — wf86)
    scope = f"《{key.scope}》" if key.scope else ""
    return f"{key.role or ''}|{qualifying + '›' if qualifying else ''}{clean_label}{scope}"


def _plainness(key: LabelKey, fields: int) -> tuple[bool, bool, int, str]:
    """Which reading of a wording keeps its bare label key: the unqualified, resolved, most asked one."""
    return bool(key.scope or key.program or key.level), key.how == "none", -fields, key.node


# What an 实际 figure is told from on a form that asks both: the approved or applied-for one. (Against a plan,
# 计划 or 预计, the bare figure is the one done: 完成时间 is the 实际完成时间 — u474, u470, u421.)
_APPROVED_WORDS = ("批准", "核准", "核定", "审批", "规划", "设计", "许可", "申请", "申报", "合同")
_ACTUAL = "实际"


def _actual_against_approval(fields: list[Field], field_key: dict[str, LabelKey]) -> None:
    """An 实际 figure of a form that asks it beside the approved one (批准建筑面积 | 实际建筑面积) is
    the one actually built, never the bare figure another form asks (a 规划许可证 register's 建筑面积 is the
    approved one): 实际 qualifies that wording wherever it is asked. Elsewhere 实际 says nothing (实际种植面积 is the
    种植面积). u486: a 验收意见表's 实际建筑面积 and 实际建筑高度 had met a permit register's 建筑面积 and 建筑高度."""
    by_form: dict[str, set[str]] = defaultdict(set)
    for f in fields:
        by_form[f.form_id].add(field_key[f.id].text)
    contrasted = {text for texts in by_form.values()
                  if any(t.startswith(_ACTUAL) and any(p + t[len(_ACTUAL):] in texts for p in _APPROVED_WORDS) for t in texts)
                  for text in texts if text.startswith(_ACTUAL) and len(text) > len(_ACTUAL) + 1}
    for f in fields:
        k = field_key[f.id]
        if k.text in contrasted and _ACTUAL not in k.qualifiers:
            field_key[f.id] = replace(k, qualifiers=(*k.qualifiers, _ACTUAL))


def _others_named_by_their_kind(fields: list[Field], field_key: dict[str, LabelKey], field_lk: dict[str, str],
                                maker: KeyMaker) -> None:
    """「姓名 | 公民身份号码 | 用血者姓名 | 用血者身份证号码」: a form asking its own person's 姓名 and a 用血者姓名 asks
    someone else's by the kind of person they are, and so are that kind's other items (u258: read as the row's own
    姓名 too, the patient's name stood apart from every 用血者情况 › 姓名)."""
    syn = maker.synonyms
    by_form: dict[str, list[Field]] = defaultdict(list)
    for f in fields:
        by_form[f.form_id].append(f)

    def kind_and_rest(k: LabelKey) -> tuple[str, str] | None:
        written = k.written
        cut = next((i for i in range(2, min(7, len(written) - 1)) if syn.lookup(written[i:]) == k.canonical), None)
        return (written[:cut], written[cut:]) if cut and written[:cut].endswith(_KINDS_OF_PERSON_ENDINGS) else None

    for members in by_form.values():
        keys = [field_key[f.id] for f in members]
        if not any(k.canonical == NAME_ITEM and not k.role and k.how != "prefix" for k in keys):
            continue
        others = {found[0] for k in keys if k.canonical == NAME_ITEM and not k.role and k.how == "prefix"
                  and (found := kind_and_rest(k))}
        for f, k in zip(members, keys, strict=True):
            found = kind_and_rest(k) if not k.role and k.how == "prefix" else None
            if found and found[0] in others and (new := maker.key(found[1], (found[0] + "情况",), k.unit)).role:
                field_key[f.id] = new
                f.role = new.role
                f.label_key = field_lk[f.id] = label_key(new, f.clean_label)


_KINDS_OF_PERSON_ENDINGS = ("者", "人", "员", "属", "主", "儿")


def _tell_asked_twice_apart(fields: list[Field], field_lk: dict[str, str]) -> None:
    """One label key for one item of a form: the same wording a form asks under several headers (「村组织情况 ›
    其中：文化程度分布（人） › 初中及以下」, 「党员情况 › …」, 「挂扶干部参与党组织情况 › …」) is as many items, each
    keyed by the first header that tells it from the first one asked, so that a review decision about one is not
    applied to the others (wf78 joined the third to another item and renamed all three). The first keeps the bare
    key, as earlier quarters' decisions have it."""
    asked: dict[tuple[str, str], list[Field]] = defaultdict(list)
    for f in fields:
        asked[(f.form_id, field_lk[f.id])].append(f)
    for (_, lk), same in asked.items():
        if len(same) < 2:
            continue
        first = same[0].header_path[:-1]
        for f in same[1:]:
            path = f.header_path[:-1]
            told = next((g for n, g in enumerate(path) if n >= len(first) or first[n] != g), None)
            if told:
                f.label_key = field_lk[f.id] = f"{lk}（{normalize_label(told).clean or told.strip()}）"


def _partners(decisions: Decisions, field_lk: dict[str, str]) -> dict[str, set[str]]:
    """label key → the keys the clerk joined it to (both ways), for keys this scan has."""
    present = set(field_lk.values())
    partners: dict[str, set[str]] = defaultdict(set)
    for pair in decisions.same:
        if len(pair) == 2 and pair <= present:
            a, b = tuple(pair)
            partners[a].add(b)
            partners[b].add(a)
    return partners


def _tell_namesakes_apart(fields: list[Field], field_key: dict[str, LabelKey], field_lk: dict[str, str]) -> None:
    """One label key for one item: a wording read as different items on different forms (联系电话, and
    家庭通讯信息 › 联系电话 read as the family's; 金额 of one form and of another) gets what tells it apart
    after the key, so that a review decision about one is not applied to the other. The reading the label
    has by itself keeps the bare key (decisions of earlier quarters still find it)."""
    nodes_of: dict[str, dict[str, list[Field]]] = defaultdict(lambda: defaultdict(list))
    for f in fields:
        nodes_of[field_lk[f.id]][field_key[f.id].node].append(f)
    for lk, by_node in nodes_of.items():
        if len(by_node) < 2:
            continue
        plain, *others = sorted(by_node, key=lambda node, by_node=by_node: _plainness(field_key[by_node[node][0].id],
                                                                                      len(by_node[node])))
        plain_key = field_key[by_node[plain][0].id]
        for node in others:
            for f in by_node[node]:
                k = field_key[f.id]
                parts = [part for part in (
                    (k.canonical or k.text) if (k.canonical or k.text) != (plain_key.canonical or plain_key.text) else "",
                    (k.unit or "无单位") if unit_dimension(k.unit) != unit_dimension(plain_key.unit) else "",
                    k.program, _level_words(k.level) if k.level else "", k.scope) if part] or [node]
                f.label_key = field_lk[f.id] = f"{lk}（{'，'.join(parts)}）"


def _person_said(clean: str, maker: KeyMaker) -> tuple[str | None, str]:
    """The person a label names and what it asks of them: a role word the table knows (「责任人联系电话」), else a
    duty's holder it does not (「送教教师」 alone, 「教师电话」: a word ending as people's posts do, before a name or a
    phone — u424)."""
    role, rest = maker.person_word(clean)
    if role or maker.synonyms.lookup(clean):
        return role, rest
    if maker.section_person(clean) == clean:
        return clean, ""
    said = _DUTY_ITEM_RE.match(clean)
    if said and maker.section_person(said.group(1)) == said.group(1):
        return said.group(1), said.group(2)
    return None, clean


_DUTY_ITEM_RE = re.compile(r"^(.{2,6}?)(姓名|联系电话|电话|手机号码|手机|联系方式)$")


def _roles_said_in_full(fields: list[Field], maker: KeyMaker) -> dict[str, dict[str, str]]:
    """form → a role said short → the one role of the form it shortens: 「责任人联系电话」 on a card whose 「帮扶责任人」
    names the person is that person's phone (u321: it stood apart from every 帮扶责任人 › 联系电话). Not when the form
    names the short role's own person too (负责人 beside 安全负责人), nor when two roles end alike."""
    roles: dict[str, set[str]] = defaultdict(set)
    named: dict[str, set[str]] = defaultdict(set)
    for f in fields:
        role, rest = _person_said(normalize_label(f.label).clean, maker)
        if role:
            roles[f.form_id].add(role)
            if rest in ("", NAME_ITEM):
                named[f.form_id].add(role)
    fuller: dict[str, dict[str, str]] = {}
    for form_id, said in roles.items():
        for short in said - named[form_id]:
            longer = [r for r in named[form_id] if r != short and r.endswith(short)]
            if len(longer) == 1:
                fuller.setdefault(form_id, {})[short] = longer[0]
    return fuller


def _template_of(f: Field) -> str:
    """The template a field is asked on, as a clerk names it: its form's title (the same template from two
    departments is one), else its file and sheet. A review decision keyed by it survives a renamed file."""
    return basic_form(f.form_title) if f.form_title.strip() else f"{f.path}#{f.sheet}"


PAIR_SEPARATOR = " ~ "
_PAIR_HEAD_RE = re.compile(r"(.+?)：\d\.\d\d（")  # a label may hold a colon (其中：女); the pair ends at the score


def pair_reason(reasons: list[str], a: str, b: str) -> str | None:
    """The reason given for two label keys of one item (「a ~ b：0.88（…）」), if the group's reasons name them."""
    wanted = {reading(a), reading(b)}
    for reason in reasons:
        head = _PAIR_HEAD_RE.match(reason)
        if head and set(head.group(1).split(PAIR_SEPARATOR)) == wanted:
            return reason
    return None


def reading(key: str) -> str:
    """A label key as the matcher read it: 「监护人 › 联系电话」, 「本月 › 存栏」."""
    role, _, rest = key.partition("|")
    return " › ".join(part for part in (role, *rest.split("›")) if part)


Owners = tuple[tuple[str, str], ...]
# On a register of sites, organisations or projects the address is the site's and the phone its contact's.
PHONE_ITEM = "联系电话"
_SITE = "场所"
# (a body's 开户银行 and 银行账号 are its own account, never a worker's wage card — u173)
HOME_ITEM = "现住址"
SITE_OWNERS: Owners = ((HOME_ITEM, _SITE), (PHONE_ITEM, "联系人"), ("邮政编码", _SITE), ("开户银行", "单位"),
                       ("银行账号", "单位"))


def _sites_owned(phone: str) -> Owners:
    """SITE_OWNERS with the phone answered by someone the register names (its 经营者, 负责人)."""
    return tuple((item, phone if item == PHONE_ITEM else owner) for item, owner in SITE_OWNERS)


def _of_sites(owners: Owners) -> bool:
    """The owners of a register of sites, bodies or projects (:data:`SITE_OWNERS`, whoever answers the phone)."""
    return owners[:1] == SITE_OWNERS[:1]


_DOMICILE_RE = re.compile(r"^住所(?:地|地址)?$")
_OWN_SECTION_RE = re.compile(r"本人(?:基本)?(?:情况|信息)$")
_KIN_SECTION_RE = re.compile(r"亲属|家属|家庭成员|配偶|子女|父母|亲友")
_REGISTERED_ADDRESS = "注册地址"
FOUNDING_DATE = "成立日期"
_REGISTRATION_DATES = frozenset({"注册日期", "注册时间"})
SITE_SUBJECTS = {Subject.ORGANISATION, Subject.PLACE, Subject.EVENT}
FAMILY_ROLE = "家庭成员"
_FAMILY_SECTION_STEMS = frozenset({"家庭", "家庭基本", "家庭主要", "家庭经济"})
OTHER_SIDE = "对方当事人"
ID_ITEM = "公民身份号码"


def _does_what_the_title_registers(group: str, titled: str) -> bool:
    """「申领人基本情况」 on a 居住证申领登记表, 「兑换人」 on a 积分兑换登记表: a section of the one who does the act the
    title's register records."""
    doer = _DOER_SECTION_RE.match(normalize_label(group).clean)
    # (「食源性疾病（疑似食物中毒）事件报告登记表」 registers an incident: its 报告人 reports it, no one it is about —
    # u561: the reporter's name and phone met every roster's own)
    return bool(doer) and re.search(doer.group(1) + _REGISTERED_ACT, titled) is not None \
        and not _INCIDENT_TITLE_RE.search(titled)


_INCIDENT_TITLE_RE = re.compile(r"事件|事故|疫情|灾情|险情|中毒|火灾|案件")
_DOER_SECTION_RE = re.compile(r"^([\u4e00-\u9fff]{2})人(?:基本)?(?:情况|信息)?$")
_REGISTERED_ACT = r"(?:登记|申请|审批|审核|备案|确认|核验)?(?:表|卡|簿|台账|清单)"


def record_roles(form_fields: list[Field], maker: KeyMaker, subject: Subject | None = None,
                 kind: FormKind | None = None, title: str = "", continued: bool = False,
                 layout: Layout | str | None = None, banked: bool = True,
                 parties: frozenset[str] = frozenset(), others: frozenset[str] = frozenset()) -> tuple[Owners, str | None]:
    """Whose unmarked items a form's fields are, from the record the form describes.

    Returns ``(owners, subject_role)``. A household record keyed by 户主姓名 with no name of its own gives its
    identity items (身份证号 beside 户主姓名) to the 户主; a roster whose only name column is 子女姓名
    lists the children, so 子女 is the record's own subject; a register of sites (Form.subject 单位, 村,
    项目) gives its address to the site. A person roster keeps its own items.
    """
    syn = maker.synonyms
    # (「户名 | 类型 | 性别」 of a list of households with no bank account (``banked`` False): 户名 is its head's name,
    # and so the 性别 beside it is the head's, as on a 户主姓名 roster — wf17; a power company's card's 户名 is its
    # customer's)
    heads_name = not banked and subject is Subject.HOUSEHOLD and layout == "list"
    keys = [maker.key("户主姓名" if heads_name and normalize_label(f.label).clean == _ACCOUNT_NAME_WORD else f.label,
                      f.context, f.unit, parties=parties) for f in form_fields]
    if (claimed_for := _claimed_for(keys, form_fields, syn)) is not None:
        return (), claimed_for
    # (``others``: sections naming someone other than the record's person, whatever word they use — named_groups;
    # after a late person or a newborn a card opens with, whoever answers for them — u363's 调查对象情况)
    others = others if any(k.role in _CLAIMED_FOR for k in keys) else frozenset()
    if any(k.canonical == "姓名" and not k.role and not (k.how == "prefix" and subject in SITE_SUBJECTS
                                                              and maker.party_in_front(k.written))
           and not (len(f.header_path) > 1 and normalize_label(f.header_path[-2]).clean in others)
           for k, f in zip(keys, form_fields, strict=True)):
        # (「户口注销登记台账」 of deaths names its late people bare: whoever declares a death there acts for them, as
        # on the 申报表 whose 逝者 section says so — u363's two 公安 forms had a 申报人 and a 代办人)
        late = _DEATHS_TITLE_RE.search(basic_form(title)) and not any(k.role == _LATE_PERSON for k in keys)
        return (), _LATE_PERSON if late else None  # (「举办者姓名」 on a register of banquets names a party: KeyMaker.key)
    # 「信访人信息」 on a 信访事项登记表, 「代表性传承人」 on a 代表性传承人名录: the person the title lists is the record's
    # own subject, whatever else its rows carry (the 代表性项目 beside them).
    titled = basic_form(title)
    roles = list(dict.fromkeys(k.role for k in keys if k.role))
    # (Listed after what the register is of, they are its people when no one else is named: a project's
    # inheritor is; a bus's driver beside its attendant is not, the bus is the record.)
    # (「护林员基本情况 › 姓名 …」 on a 生态护林员选聘及管护补助花名册: the basic facts of the people the title names
    # are the roster's own, however far the title runs on before it says 花名册)
    # (「驻村干部基本情况 › 姓名 | 性别 …」 opening a 驻村第一书记和工作队员花名册, a 紧急联系人 after: the first people
    # a roster describes are its own, however it words them — u496's cadres were read as someone else's 干部)
    described = {k.role for k, f in zip(keys, form_fields, strict=True)
                 if k.role and any(normalize_label(g).clean.endswith(k.role + basic) for g in f.context for basic in _BASICS)}
    first_named = next((k.role for k in keys if _names_someone(k, syn)), None)
    # (「委员基本情况」 on a 政协委员履职登记表: a two-character word is its own core, 委 says nothing — u114)
    # (「无偿献血者及其亲属用血费用报销登记台账」: the 献血者 it names in full, not the 用血者 whose core 用血 is only the
    # 用血费用 it pays — u258)
    named = next((role for role in roles if maker.section_person(role)
                  and len(core := _core_of(role)) >= 2 and not _ACTOR_RE.match(role)
                  and (_title_lists(role, titled) or _title_lists_far_alone(role, titled)
                       or role in described and (role in titled or (len(roles) == 1 or role == first_named)
                                                 and layout == "list" and role != "户主"
                                                 and _ROSTER_TITLE_RE.search(titled) is not None))
                  and (len(roles) == 1 or not _listed_after(role, titled))), None) \
        or next((role for role in roles if maker.section_person(role)
                 and len(core := _core_of(role)) >= 2 and not _ACTOR_RE.match(role)
                 and not (_FILER_RE.match(role) and _INCIDENT_TITLE_RE.search(titled))
                 and _title_lists(core, titled) and (len(roles) == 1 or not _listed_after(core, titled))), None)
    if not named and _MOTHER in roles and _MATERNAL_TITLE_RE.search(titled) and not _CHILDS_TITLE_RE.search(titled):
        # (「申请人情况 › 产妇姓名 | 公民身份号码」 of a 孕产妇住院分娩补助申请审批表: where the title is of the women
        # themselves, the 产妇 a newborn's card names 母亲 is the record's own — u498)
        named = _MOTHER
    # 「申领人基本情况」 on a 居住证申领登记表, 「兑换人 › 姓名」 on a 积分兑换登记表: the one who does what the title
    # registers is its own person, whatever the vocabulary calls them elsewhere (申领人 is a 领取人 of money paid for
    # another — u476, u465)
    # (not on a card about someone claimed for: a 死亡待遇申领审批表's 申领人 collects for the late person — u147)
    if not named and not any(k.role in _CLAIMED_FOR for k in keys):
        named = next((k.role for k, f in zip(keys, form_fields, strict=True) if k.role
                      for g in f.context if _does_what_the_title_registers(g, titled)
                      and maker.context_role([g]) == k.role), None)
    # (A household's card keyed by 户主姓名 is the household's: 「动物防疫档案卡」 names what is done, and its
    # 责任防疫员 is someone else.)
    # (「一、代表基本情况 … 二、推选户签名 › 户主姓名」 on a 村民代表推选登记表: households listed after the card's
    # own person sign for them, they do not key it — u166)
    own_first = next((n for n, k in enumerate(keys) if k.role == named), len(keys)) if named else len(keys)
    heads = any(k.role == "户主" and k.text.endswith("姓名") for k in keys[:own_first])
    if named and (subject not in SITE_SUBJECTS or _names_its_people(titled)) and not heads:
        return (), named
    name_roles = [k.role for k in keys if _names_someone(k, syn)]
    if name_roles and name_roles[0] and name_roles[0] != "户主" and subject not in SITE_SUBJECTS \
            and (name_roles[0] in _relation_anchors(form_fields, maker)
                 or name_roles[0] == _HOLDER and _CARD_TITLE_RE.search(titled) is not None) \
            and _first_section_is_theirs(name_roles[0], keys, form_fields, maker):
        # 「一、持卡人基本信息 … 三、监护人情况 › 与持卡人关系」: the person the others are told by is the one the card
        # opens with, the record's own (u167: a 社会保障卡 card's holder is no other 开户人); so is the holder a
        # register of cards opens with, its 监护人 after (u362's 新生儿社会保障卡申领发放台账). On a card about a body
        # they are its people: a 小餐饮 card's 经营者 is the shop's, told apart from anyone's own name (u178).
        return (), name_roles[0]
    if name_roles and name_roles[0] and _FILER_RE.match(name_roles[0]) and name_roles[0][:2] in titled \
            and subject not in SITE_SUBJECTS and not _DEATHS_TITLE_RE.search(titled) \
            and not _INCIDENT_TITLE_RE.search(titled) \
            and _first_section_is_theirs(name_roles[0], keys, form_fields, maker):
        # 「申报人情况 › 姓名 …」 opening a 动物检疫申报单: whoever files the 申报 the title names, on their own behalf,
        # is the record's person (u456: a beekeeper's name and phone stood apart from every roster's); a death's
        # declarer acts for the late person (u200)
        return (), name_roles[0]
    own_marks = [n for n, k in enumerate(keys) if not (k.role is None and _CASE_MARK_RE.search(k.text))]
    if subject is Subject.EVENT and name_roles and name_roles[0] in _PAYING_OR_RECEIVING \
            and not _PAYING_OR_RECEIVING.intersection(name_roles[1:]) \
            and _first_section_is_theirs(name_roles[0], [keys[n] for n in own_marks],
                                         [form_fields[n] for n in own_marks], maker):
        # 「借款人信息 › 借款人姓名 | 证件号码 | 手机号码」 first on a 小额信贷发放管理台账: each row is a loan, and the
        # one it is paid to is the person the row is about (u96); its 帮扶责任人 is someone else. (A case's own
        # number or date before them, 「案件编号 | 受援人情况 › 姓名」, is the row's mark — u107.)
        return (), name_roles[0]
    if subject in SITE_SUBJECTS and not (subject is Subject.EVENT and name_roles and name_roles[0] == "户主"):
        # (「巡查日期 | 乡镇 | 村 | 户主姓名 | 联系电话 | 家庭住址」 of a 巡查台账: each visit is to a household, its
        # phone and address the household's — u211)
        named_once = set(name_roles)
        if layout == "list" and len(named_once) == 1 and (only := next(iter(named_once))) in _ANSWERS_FOR_A_BODY \
                and _CONTACT_WORD not in {k.role for k in keys}:
            # 「个体工商户名称 | 经营者姓名 | 联系电话」: the one person a register of bodies names answers its phone, not a
            # 联系人 it never names (u298, u287, u297)
            return _sites_owned(phone=only), None
        return SITE_OWNERS, None
    # A record headed by someone (户主, a land contract's 承包方代表) lists its 家庭成员 as other people; a roster
    # of 子女 naming their 母亲 and 父亲 is still the children's.
    # (「新生儿情况 › 姓名 … 户主姓名」 on a birth declaration names the household the child joins: the newborn,
    # named first, is the record's own person)
    # (「家庭成员情况 › 基本信息 › 姓名 | 与户主关系」: the relation is asked under the members' header, unprefixed — u347)
    related = next((k.role for k in keys if k.role and k.role != "户主" and k.text == k.role + HEAD_RELATION_ITEM), None) \
        or next((role for k, f in zip(keys, form_fields, strict=True) if k.text == HEAD_RELATION_ITEM
                 and (role := maker.context_role(f.context)) and role != "户主"), None)
    if layout == "list" and related and "户主" in name_roles and related in name_roles \
            and not _stands_in(related, form_fields):
        # 「户主情况 › 姓名 … | 军人（退役军人）情况 › 姓名 | 公民身份号码 | 与户主关系」 of a 光荣牌 register: the person
        # whose relation to the head each row asks is the row's own, the head named for their household (u151)
        return (), related
    headed = bool(name_roles) and (name_roles[0] == "户主" or name_roles[0].endswith("代表"))
    if subject is Subject.PERSON and kind is FormKind.ON_DEMAND and name_roles \
            and _applies_for_itself(name_roles[0], syn):
        # 「受助人情况」 first on a 救助申请审批表, 「购机者信息」 on a 购机补贴申请表: the person an application is about,
        # under whatever name its programme gives them; those after (代理申请人, 家庭成员) are others.
        return (), name_roles[0]
    if subject is Subject.PERSON and name_roles and not headed and _applies_for_itself(name_roles[0], syn) \
            and not any(_applies_for_itself(r, syn) for r in name_roles if r != name_roles[0]) \
            and _first_section_is_theirs(name_roles[0], keys, form_fields, maker):
        # 「实际种粮者信息 › 姓名 | 公民身份证号码」 first on a 种粮农民补贴核实清册, 「一、补贴对象（持卡人）基本信息」 on a
        # 一卡通 card: a register's first section of a person is of the person each record is (u96); the
        # 配偶, 代办人 or 帮扶责任人 sections after it are others, and so are two people of one standing.
        return (), name_roles[0]
    receiving = next((r for r in name_roles if r in _PAYING_OR_RECEIVING), None)
    if subject is Subject.PERSON and headed and receiving and name_roles[0] == "户主" \
            and set(name_roles) <= {"户主", receiving, *_KIN_OF_THE_SUBJECT} \
            and not _stands_in(receiving, form_fields) and any(k.text.endswith(HEAD_RELATION_ITEM) for k in keys):
        # 「户主信息 › 户主姓名 | 领取人信息 › 姓名 | 与户主关系」 of a 一卡通发放花名册: each row pays one person of the
        # household, its 户主 named for the household's sake (u91). (Without their relation to the head asked, the
        # one who collects a household's relief goods is whoever came for it: u634's 领取人 had become the record's own
        # person on a 救灾物资发放登记表 beside 户主姓名.)
        return (), receiving
    subject_role = None if headed else next((r for r in name_roles if r in syn.record_roles), None)
    first_kin = next((n for n, k in enumerate(keys) if k.role and k.role == subject_role), None)
    if subject_role == FAMILY_ROLE and first_kin is not None and any(
            not k.role and not k.canonical and k.text.endswith("姓名") for k in keys[:first_kin]):
        # (「站内编号 | 自报姓名 | 性别 … | 亲属姓名 | 亲属联系电话」 of a 寻亲台账: a name of the row's own, however
        # worded, comes first; the relatives after it are someone else — u505's look-alike)
        subject_role = None
    if subject_role == _LATE_PERSON and name_roles[0] != subject_role:
        # 「一、操办人（事主）情况 … 四、丧事填写 › 逝者姓名」 on a 婚丧喜庆报备表: the late person named after the one
        # who reports is someone the record names (u103); a register of deaths names them first. (A roster of 子女
        # may name their parents first and still be the children's.)
        subject_role = None
    first = next((k for k in keys if _names_someone(k, syn)), None)
    if subject_role is None and not headed and subject is Subject.PERSON and first is not None \
            and (first.written.startswith(_APPLYING_TO_RECEIVE)
                 or first.role in _PAYING_OR_RECEIVING
                 and all(r in (first.role, *_KIN_OF_THE_SUBJECT, *_BODY_HEADS) or r.startswith(_ON_BEHALF)
                         for r in name_roles)):
        # 「申领人 | 证件号码 | 联系方式」 heading a ledger of applications (居住证, 以旧换新补贴): the one who applies
        # to receive is the record's person, named first and with no name of its own beside (u59, u68); so is a
        # 申领人信息 or 缴费人信息 section naming the only person of a 失业保险金申领登记表 or a 缴费明细 (u81), with
        # the 代办人 who may hand it in for them (u202); so is the 反映人 of a 欠薪线索 ledger, the 负责人 of the
        # 欠薪单位 they report beside them (u222)
        return (), first.role
    if subject_role == "子女" and _PARENTS_TITLE_RE.search(titled):
        subject_role = None  # 「独生子女父母奖励扶助对象名单」 lists the parents: the 子女 columns are their child's
    if continued and subject_role == FAMILY_ROLE:
        subject_role = None  # a document's later table of 家庭主要成员 lists the family of the person its card is about
    if layout == "card" and subject_role in (FAMILY_ROLE, "子女") and name_roles and name_roles[0] != subject_role:
        # 「承租人情况 › 承租人姓名 … 家庭成员情况（含承租人）› 姓名」 on a 年度资格复核表: the family named after the card's
        # own person are theirs, never the card's person (u163: their 姓名 met every applicant's)
        subject_role = None
    # 「逝者信息 › 姓名 | 公民身份号码 … | 承办家属 › 姓名 | 联系电话」: of the people a register names, the one whose
    # ID number it asks is whom each record is about; the family member beside them is a contact.
    # (A 出生人口 card asks the parents' ID numbers, not the newborn's: the person named first is the subject.)
    identified = next((k.role for k in keys if k.role and k.text.endswith(ID_ITEM) and k.role not in syn.record_roles),
                      None)
    if subject_role and identified in name_roles and name_roles.index(identified) < name_roles.index(subject_role) \
            and not any(k.role == subject_role and k.text.endswith(ID_ITEM) for k in keys):
        subject_role = identified
    # A certificate is about its applicant: the family members in its table are other people.
    if subject_role and subject is not Subject.HOUSEHOLD and (kind is not FormKind.ON_DEMAND
                                                             or subject_role not in (FAMILY_ROLE, "子女")):
        return (), subject_role
    if "户主" in name_roles:  # whatever the record is called, the only person it names is the head
        items = set(syn.household_head)
        # A row keyed by its 户主姓名 column reaches the head by phone too; a 户主情况 group over 姓名 and
        # 身份证号 closes the head's items, and a phone outside it is the household's own.
        if any(k.role == "户主" and k.text.endswith("姓名") and not maker.context_role(f.context)
               for k, f in zip(keys, form_fields, strict=True)):
            items.add(PHONE_ITEM)
        return tuple((item, "户主") for item in sorted(items)), None
    return (), None


_LATE_PERSON = "逝者"
# A register of deaths: each row a person who died (死亡人员登记, 户口注销（死亡）, 死亡医学证明签发, 火化登记)
_DEATHS_TITLE_RE = re.compile(r"死亡(?:人员|人口|登记|注销|医学证明|证明|信息)|注销\(死亡\)|(?:火化|殡葬|遗体)[\u4e00-\u9fff]{0,4}登记")
# The basic facts of a body, a site or a project a card is about: 「一、服务站基本情况」, 「企业基本信息」
_BODYS_OWN_SECTION_RE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])?[\u4e00-\u9fff]{0,8}"
                                   r"(?:站|站点|中心|企业|公司|合作社|单位|机构|组织|学校|幼儿园|医院|卫生院|卫生室|场所|网点|"
                                   r"门店|项目|工程)基本(?:情况|信息|概况)$")
# Words a body's name ends with (a party that is an organisation, not a person)
_BODY_RE = re.compile(r"(?:组织|单位|企业|公司|合作社|委员会|村委会|居委会|机构|集体)$")
# People who cannot apply for themselves: a card about one of them names whoever applies for them after them.
_CLAIMED_FOR = frozenset({_LATE_PERSON, "新生儿", "婴儿", "婴幼儿"})
# People others apply for, told by the applicant's 「与学员关系」 (u198: a parent's 退费申请 for a 学员 had the parent
# as its own person, the pupil a party)
_DEPENDANTS = frozenset({"学员", "学生", "儿童", "幼儿", "婴幼儿", "婴儿", "新生儿", "未成年人", "患者", "患儿", "老人",
                         "老年人"})
_PLANNED = ("拟", "预计")
_POPULATION_NOUNS = ("劳动力", "人口")
_POPULATION_NOUNS_COUNTED = tuple(noun + "人数" for noun in _POPULATION_NOUNS)  # (脱贫劳动力人数, read in 人)
_TOTAL_ENDING_RE = re.compile(r"(?<=..)(?:合计|总计|小计)$")
# A group of people by what they are (未成年人, 残疾人, 留守儿童, 党员): those of a count of people who did something
# are counted among them (「参加人数 › 其中：未成年人」 is no area's 未成年人数 — u632)
_PEOPLE_GROUP_RE = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:(?:未成年|成年|老年|残疾|病|军|工|盲|聋哑)人|儿童|学生|妇女|青少年|老人|群众|党员|干部|职工)数?$")
# What a title says a form is or does (登记花名册, 统计台账), not the thing its bare attributes belong to
_FORM_KIND_WORDS = frozenset({"登记", "名册", "花名", "台账", "统计", "申请", "调查", "汇总", "审批", "报表", "明细", "清单",
                              "一览", "备案", "核查", "摸排", "排查"})
_BODY_WEIGHT, _BIRTH_WEIGHT, _GRAMS = "体重", "出生体重", frozenset({"克", "g"})
_DEAD_PEOPLE = "死亡人员"
# (whoever collects a payment for the record's person: a late person's benefits go to the one who claims them)
_CLAIMANT = "领取人"
_APPLICANT_WORD = "申请人"
# A bracket saying the person a section names is the one who files the card (「女方（登记人）」)
_SELF_NOTES = frozenset({"登记人", "申请人", "申报人", "本人", "填表人"})


def _as_claimant(text: str, claimant: str = _CLAIMANT) -> str:
    clean = normalize_label(text).clean
    if (applicant := _APPLICANT_RE.match(clean)) and applicant.group() in text:
        return text.replace(applicant.group(), claimant, 1)
    # (「二、申报人情况」 on a 死亡人员户口注销申报登记表: whoever declares the death acts for the late person — u200)
    declarer = _DECLARER_RE.match(clean)
    return text.replace(declarer.group(), _DECLARER, 1) if declarer and declarer.group() in text else text


_DECLARER_RE = re.compile(r"^(?:申报人|报告人)")
_DECLARER = "代办人"


def _relation_to(clean: str) -> str | None:
    """Whom a relation is to: 「与户主关系」 → 户主."""
    found = _RELATION_TO_RE.match(clean)
    return found.group(1) if found else None


def _stands_in(role: str, form_fields: list[Field]) -> bool:
    """「领取人信息（代领时填写）」: the role's section is filled only when someone collects for the record's person, so
    its people are stand-ins, never whom each row is about (u231: a 代领人's 姓名 met every roster's own)."""
    if _STAND_IN_ROLE_RE.match(role):
        return True  # (「代领人信息（户主死亡或无民事行为能力时填写）」: one who collects for another, by name — u645)
    return any(clean.startswith(role) and any(_STAND_IN_NOTE_RE.search(note) for note in notes)
               for f in form_fields for clean, notes in
               ((norm.clean, norm.notes) for norm in map(normalize_label, f.header_path[:-1])))


# A section on people (「新增人员情况」 after its state word) and what says who one of them is, whatever state
_PEOPLE_SECTION_RE = re.compile(r"^(?:人员|对象|成员|人口)(?:基本)?(?:情况|信息)?$")
_IDENTITY_ITEMS = frozenset({"姓名", "性别", "出生日期", "民族", "公民身份号码", "与户主关系"})
# A card's section on a household, whose person is its head: 「申请户基本情况」, 「家庭基本信息」
_HOUSEHOLDS_SECTION_RE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．])?(?:申请|受助|救助|补助|保障|移民|监测|脱贫)?"
                                    r"(?:户|家庭)(?:基本)?(?:情况|信息)$")
_STAND_IN_NOTE_RE = re.compile(r"代(?:领|办|签|缴|收)|委托|他人")
_STAND_IN_ROLE_RE = re.compile(r"^代(?:领|办|签|缴|收)人$")


# (「网格员基本情况 › 姓名 | 性别 | 身份证号码」, the one person a 监管责任人花名册 describes: its own people, whatever
# word the title gives them — u353)
_ROSTER_TITLE_RE = re.compile(r"(?:花名册|名册|名单)$")
_ADMITTING_SCHOOL_RE = re.compile(r"录取(?:学校|院校|高校)(?:名称)?")
_ADMISSION_TITLE_RE = re.compile(r"入学|入园|招生|报名|学位申请")
_ADMITTING_SCHOOL = "拟入学学校"
_MOTHER = "母亲"
# (and of their care around the birth: 「产后访视记录台账」's 产妇姓名 is each row's own woman — u568)
_MATERNAL_TITLE_RE = re.compile(r"孕产妇|产妇|孕妇|产后|产前|孕期|孕早期|分娩")
_CHILDS_TITLE_RE = re.compile(r"新生儿|婴儿|婴幼儿|儿童|患儿|缺陷儿|围产儿|胎儿")


def _claimed_for(keys: list[LabelKey], form_fields: list[Field], synonyms: Synonyms) -> str | None:
    """「一、逝者基本情况 › 姓名 … 二、申请人情况 › 申请人姓名」 on a 惠民殡葬补贴申请审批表, 「新生儿信息 … 申请人信息 ›
    申请人」 on a 出生一件事联办申请表: the late person or the newborn named first is whom the card is about (their
    role, returned), and the applicant named after them claims for them (u147, u155). (Named after the one who
    reports, 「操办人情况 … 丧事填写 › 逝者姓名」, the late person is someone the record names.)"""
    first = next((k for k in keys if _names_someone(k, synonyms) or k.canonical == NAME_ITEM and not k.role), None)
    # 「申请人情况 › 姓名 | 与学员关系 … 学员情况 › 学员姓名」: the applicant's relation names the one applied for
    related = {_relation_to(normalize_label(f.label).clean) for f in form_fields if _applies_here(f)} & _DEPENDANTS
    named = {word for f in form_fields if not _applies_here(f)
             for word in (_SECTION_ENDING_RE.sub("", normalize_label(g).clean) for g in f.header_path[:-1])}
    if related & named:
        return min(related & named)
    # 「申请人（监护人）情况 › 与子女关系 … 随迁子女情况 › 姓名」 of a 随迁子女入学申请表: a guardian applies for their
    # ward, and the one the guardian's relation names, in a section of their own, is whom the card is about (u552:
    # the guardian's name and ID met every child's)
    wards = {_relation_to(normalize_label(f.label).clean) for k, f in zip(keys, form_fields, strict=True)
             if k.role in _CARE_ROLES and _applies_here(f)}
    ward = next((role for role in sorted(wards - {None}) if any(word.endswith(role) for word in named)
                 and any(k.role == role for k in keys)), None)
    if ward:
        return ward
    # 「申请人姓名 | 申请人身份证号 … 被申报人姓名 | 被申报人身份证号码」 of a 见义勇为申报受理台账: the one declared is
    # whom each record is about, the applicant declares for them (u238: the applicant's items had met the heroes'
    # on every other form). A side of a case (被申请人, 被投诉人) is no one declared for; a ward's applicant is their
    # guardian, as its section says (u190's 监护人（申请人）情况).
    # (「受伤害职工情况 … 申请人情况 › 申请人姓名 | 与受伤害职工关系」 of a 工伤认定申请表: the one harmed is whom it is
    # about, and the applicant, the unit or a relative, applies for them — u377)
    undergoer = next((side.group() for f in form_fields if not _applies_here(f)
                      for text in (f.label, *f.header_path[:-1])
                      if (side := _UNDERGOER_RE.match(clean := normalize_label(text).clean))
                      and not _CASE_PARTY_RE.search(side.group()) and not side.group().startswith(_WARD)
                      or (side := _HARMED_RE.match(clean))), None)
    if undergoer and any(_applies_here(f) for f in form_fields):
        return undergoer
    if first is None or first.role not in _CLAIMED_FOR:
        return None
    # (「逝者姓名 | … | 寄存人姓名 | 与逝者关系」 of a 骨灰寄存登记台账: after the late person, a name of no one the table
    # knows is whoever acts for them, applicant or not — u607: the depositor had become every form's deceased)
    after = keys.index(first)
    applied = any((k.canonical == NAME_ITEM and not k.role or k.role and _DECLARER_RE.match(k.role))
                  and (_applies_here(f) or n > after and k.canonical == NAME_ITEM and not k.role)
                  for n, (k, f) in enumerate(zip(keys, form_fields, strict=True)))
    return first.role if applied else None


def _applies_here(f: Field) -> bool:
    """The field is the applicant's or the declarer's: 申请人姓名, or any item under a 申请人情况 (申报人情况)
    section."""
    return any(_APPLICANT_RE.match(clean := normalize_label(text).clean) or clean.startswith(("申报人", "报告人"))
               for text in (f.label, *f.header_path[:-1]))


# The one who applies, named by what they apply for too (理赔申请人, 补贴申请人); never the side applied against
_APPLICANT_RE = re.compile(r"^(?!被)[\u4e00-\u9fff]{0,4}?申请人")
# The number or date a register marks each case or application by (案件编号, 受理日期): the row's, no one's.
# (and the days of its handling: 「办理时间 › 申请日期 | 受理日期 | 审批日期」 before 「受援人情况 › 姓名」 — u454)
_CASE_MARK_RE = re.compile(r"^(?:案件|案|事项|业务|申请|受理|登记|流水|信访件|信访|来信|来访|投诉|举报|工单|咨询|接待|求助|"
                           r"审批|批准|审核|立案|收案|办结|结案|指派)?(?:编号|号|序号|日期|时间)$")


def _first_section_is_theirs(role: str, keys: list[LabelKey], form_fields: list[Field], maker: KeyMaker) -> bool:
    """The first item of the form that is anyone's is ``role``'s, under a section about them (「X信息」, 「X基本情况」)
    that opens the form: nothing of the record's own is asked before it but where it is (a 校车台账's 车辆信息
    first: the bus is the record, its 驾驶人 someone it names)."""
    for k, f in zip(keys, form_fields, strict=True):
        if not k.role:
            if k.canonical not in PLACE_ITEMS:
                return False
            continue
        section = next((g for g in f.context if maker.context_role([g]) == role), None)
        return k.role == role and section is not None \
            and normalize_label(section).clean.endswith(_SECTION_OF_A_PERSON)
    return False


_SECTION_OF_A_PERSON = ("信息", "情况")


_HOLDER = "开户人"  # (持卡人, 开户人: whoever a card or an account is in the name of)
_CARD_TITLE_RE = re.compile(r"卡|账户|帐户|存折")


def _relation_anchors(form_fields: list[Field], maker: KeyMaker) -> set[str]:
    """The roles other people on a form are told by (「与持卡人关系」 names 持卡人, the role 开户人)."""
    found = set()
    for f in form_fields:
        if (whom := _relation_to(normalize_label(f.label).clean)) and (role := maker.split_role(whom)[0]):
            found.add(role)
    return found


def _applies_for_itself(role: str, synonyms: Synonyms) -> bool:
    """A person word that is nobody the table knows as someone else's (监护人, 户主, 经营者, 联系人) nor one acting
    for another (代理申请人, 委托人)."""
    return role not in synonyms.roles and not role.startswith(_ON_BEHALF) \
        and not any(role.endswith(word) for word in synonyms.other_parties)


# People named for a thing they keep or give: 《动物防疫法》's 饲养人 (犬主, 畜主, 养犬人) and 《慈善法》's 捐赠人. A
# 养犬登记申请表 that opens with the owner and asks 与犬主关系 is about the dog, a 捐赠台账 that opens with the donor is
# about the gift, and their items never become the bare items a 狂犬病 patient's card or an aid roster asks (u379, u391)
_KEEPER_ROLES = frozenset({"饲养人", "捐赠人"})
_PARENTS_TITLE_RE = re.compile(r"父母|父亲|母亲|家长")
_APPLYING_TO_RECEIVE = ("申领人",)
# (受援人: whom 法律援助 is given, the person a legal-aid case register is about — u107; 信访人, 投诉人: who brings a
# petition or a complaint, the person a 信访 register's row is about — u115)
_PAYING_OR_RECEIVING = frozenset({"领取人", "缴费人", "参保人", "投保人", "受助人", "申领人", "借款人", "求助人", "受益人",
                                  "受援人", "信访人", "投诉人", "举报人", "来访人", "来访者", "求助者",
                                  # (who comes to ask: a VCT 个案登记表's 求询者, a 法律咨询 record's 咨询人 — u210)
                                  "求询者", "咨询者", "咨询人", "反映人"})
# (「借款人信息 | 配偶信息」 of a 小额信贷 roster: the borrower's spouse is the borrower's, u82)
_KIN_OF_THE_SUBJECT = frozenset({"配偶", "家庭成员", "子女", "父亲", "母亲", "紧急联系人"})
# Two person words for one section, 「赡养人/监护人」, 「监护人、赡养人」
_EITHER_RE = re.compile(r"[/／、]")
# A duty a post is named by (包联网格员, 巡查网格员, 驻村联络员): the post itself
_DUTY_BEFORE_A_POST_RE = re.compile(r"^(?:包联|包保|包片|包村|驻村|巡查|联系|挂钩|结对|负责)")
# Who does the visit or the check: a 走访摸底台账 records the families visited, never its 走访人; and whoever acts for
# someone else (代办人, 代理人, 代领人): a 代办事项登记簿 records the errands of those who come, its 代办人 the
# village's agent (u582: the agent's name met every roster's own 姓名).
_ACTOR_RE = re.compile(r"^(?:走访|探访|随访|检查|巡查|排查|核查|验收|包保|包联|代办|代理|代领|代缴|代签)[人员]$")


def _names_its_people(titled: str) -> bool:
    """The title is a list of people (…传承人名录, …名册, …名单), whatever each of its rows also records; not one of
    bodies or sites (「农资经营网点花名册」: its 经营者 › 姓名 had become the row's own person, met every roster's —
    u450)."""
    return titled.endswith(("名录", "名册", "名单")) and not _BODIES_LISTED_RE.search(titled)


_BODIES_LISTED_RE = re.compile(r"(?:网点|企业|单位|公司|合作社|站点|服务站|机构|场所|基地|门店|主体|项目|医院|学校|商户|店铺|"
                               r"园区|工程|设施|社)(?:花?名册|名录|名单)$")


# A certificate of the household register (户籍证明, 户口登记): its bare address is the registered one.
_REGISTRY_TITLE_RE = re.compile(r"户籍(?:证明|登记|信息|核查)|户口(?:证明|登记|簿)|常住人口登记")
_BARE_ADDRESSES = frozenset({"住址", "地址", "住所"})
_DETAILED_ADDRESSES = frozenset({"详细地址", "详址", "具体地址"})
_REGISTRY_HEADER_RE = re.compile(r"^(?:户籍|户口|落户|入户)(?:登记)?(?:信息|情况)?$")
# Headers that say where a record is (生长位置 › 乡镇 | 村): the levels under them name the place, count nothing.
_WHERE_RE = re.compile(r"位置|地点|地址|所在|坐落|区域|住所|所属|属地")
# Levels of places a table of places counts in its columns (覆盖 › 行政村 | 自然村).
_PLACE_LEVEL_RE = re.compile(r"^(?:行政村|自然村|建制村|村|社区|村民小组|组|乡镇|镇|乡)$")
# The first column of a table of villages names its row: 「单位」, 「名称」, 「地区」 … is the village.
_PLACE_NAME_RE = re.compile(r"^(?:单位|单位名称|名称|地区|地区名称|区域|行政区域|行政区划|地点)$")
PLACE_ITEM = "所属村"
# A column naming the village a row of a table of villages is (贫困村, 行政村, 村名, 村别).
_VILLAGE_COLUMN_RE = re.compile(r"^[\u4e00-\u9fff]{0,3}村(?:名称|名|别)?$")
_CERTIFICATE_RE = re.compile(r"^证件(?:号码|号|编号|类型|类别|名称|种类)$")
# The name of the organisation a register's row is, by the kind each department calls it.
# (字号: a 个体工商户's registered name, 《个体工商户名称登记管理办法》)
_ORGANISATION_NAME_RE = re.compile(r"^(?:企业|单位|纳税人|排污单位|用人单位|经营者|市场主体|经营主体|法人单位|机构|字号)(?:详细)?名称$")
ORGANISATION_NAME = "单位名称"
# A kind of organisation or establishment a department registers (食品小作坊, 个体工商户, 九小场所, 生产经营单位).
_KINDS_OF_BODY = r"[\u4e00-\u9fff]{0,6}(?:单位|企业|公司|个体户|工商户|商户|经营户|作坊|场所|门店|店铺|网点|合作社|机构|组织|主体|农场)"
# A kind of site a register may be of (加油站, 屠宰场, 养老院, 服务中心): the row's own only when its title names it.
# (a 民宿, a 农家乐, a 客栈: places to stay and eat, a register's own when its title names them — u320)
# (站点 and 服务社 too: a 站点信息台账's 站点名称 is each row's own — u621)
_KINDS_OF_SITE = r"(?:[\u4e00-\u9fff]{0,6}(?:站点|服务社)|[\u4e00-\u9fff]{1,6}(?:站|厂|场|馆|院|中心|基地|园)|[\u4e00-\u9fff]{0,4}(?:民宿|农家乐|客栈|旅馆|酒店|饭店|餐馆|餐厅))"
_KIND_OF_ORGANISATION_RE = re.compile(rf"^({_KINDS_OF_BODY}|{_KINDS_OF_SITE})(?:详细)?名称$")
_KINDS_OF_BODY_RE = re.compile(_KINDS_OF_BODY)
_KIND_ADDRESS_RE = re.compile(rf"^({_KINDS_OF_BODY}|{_KINDS_OF_SITE})(?:所在地)?(?:详细)?地址$")
_INSPECTED_BODY_RE = re.compile(r"^(?:被(?:监督)?(?:检查|抽查|检测|巡查|核查|查)|受检|受查)(?:单位|企业|机构|场所|主体)(?:名称)?$")
_KIND_CLASS_RE = re.compile(rf"^({_KINDS_OF_BODY})(类别|类型|性质)$")
_BARE_NAME = "名称"
# Prefixes naming another body than the row's own (its 主管单位, the 施工单位 of its works, its 开户银行; the 标称
# 生产企业 printed on a product sampled from it).
_ANOTHER_BODY_RE = re.compile(r"^(?:主管|上级|隶属|挂靠|委托|承包|发包|合作|对口|帮扶|结对|施工|监理|设计|建设|开户|原|培训|标称|"
                              r"派遣|审批|登记|发证|检验|检测|维保|维护|供应|供货|承办|使用|产权|管理|运营|托管|所属|挂钩|联系|"
                              r"业务主管|举办|申报|实施|责任|监管|执法|处理|收集|收购|销售|购买|进货|运行维护|运维|管护|养护|保洁|物业|第三方|"
                              r"制造|安装|改造|修理|鉴定|评估|出租|租赁)")


def _names_the_organisation(clean: str, title: str) -> bool:
    """「企业名称」, or 「小作坊名称」 on a 食品小作坊登记表: the name of the body the register's row is. A kind named
    bare (单位, 企业) or named in the title is the row's own; another body (主管单位名称, 施工单位名称) is not."""
    if _ORGANISATION_NAME_RE.match(clean):
        return True
    if clean in _BARE_NAMES and _BODY_TITLE_RE.search(basic_form(title)):
        return True  # 「名称」 on a 公司登记基本情况 card: the company's name (wf29: left apart from 单位名称)
    found = _KIND_OF_ORGANISATION_RE.match(clean)
    return found is not None and _kind_of_its_own(found.group(1), title)


_BARE_NAMES = frozenset({"名称", "全称"})
_BODY_TITLE_RE = re.compile(r"公司|企业|单位|合作社|工商户|商户|社会组织|社会团体|民办非企业|法人")


# 《文物保护法》: a 文物保护单位 is an immovable relic so designated, a site and no body (u359: its name had become every
# register's 单位名称)
_DESIGNATED_SITES = ("文物保护单位",)


def _kind_of_its_own(kind: str, title: str) -> bool:
    """The kind of body a register is of: any 单位 or 企业, a market entity named bare (个体户, 商户, 主体), or a
    kind its title names (小作坊 on a 食品小作坊登记表; 九小场所 names 场所); not another body (主管单位)."""
    if _ANOTHER_BODY_RE.match(kind) and _names_a_register_of(kind, basic_form(title)):
        return True  # 「“门前三包”责任单位登记台账」: a register of 责任单位, whose 责任单位基本情况 is each row's own (u415)
    if _ANOTHER_BODY_RE.match(kind) or kind.endswith(_DESIGNATED_SITES):
        return False
    if kind.endswith(("单位", "企业")) or kind in _MARKET_ENTITIES:
        return True
    titled = basic_form(title)
    at = titled.find(kind[-2:])
    # (「农贸市场畜禽肉经营户登记台账」 is of the stalls in a market: its 市场名称 is where a row is, no row's own name
    # — u287's market had joined the farms' 单位名称. A 民宿经营户 runs the 民宿 it is: 「民宿经营户基本情况台账」's
    # 民宿名称 is each row's own — u491)
    within = _BODIES_WITHIN_RE.search(titled, at + 2) if at >= 0 else None
    return at >= 0 and (within is None or within.group() in _OPERATORS and not kind.endswith(_HOLDS_OTHERS))


_REGISTER_OF_RE = re.compile(r"(?:基本)?(?:信息)?(?:登记|台账|名册|花名册|名录|名单|信息表|情况表)")


def _names_a_register_of(kind: str, title: str) -> bool:
    """「“门前三包”责任单位登记台账」 names a register of 责任单位: the kind right before a register word."""
    at = title.find(kind)
    while at >= 0:
        if _REGISTER_OF_RE.match(title, at + len(kind)):
            return True
        at = title.find(kind, at + 1)
    return False
_BODIES_WITHIN_RE = re.compile(r"经营户|商户|业户|个体户|摊位|摊主|门店|店铺|会员|成员|从业人员")
# Whoever runs a business of the kind named before them (民宿经营户): the business itself, unless the kind is a place
# holding many (a 市场's 经营户 are its stalls)
_OPERATORS = frozenset({"经营户", "业户", "商户", "个体户"})
_HOLDS_OTHERS = ("市场", "商场", "商城", "集市", "园区", "中心", "综合体", "大厦", "楼宇", "街区")


def _premises_address(clean: str, title: str) -> bool:
    """「门店地址」 on a 沿街门店 register, 「单位所在地详细地址」: where the register's own body is."""
    found = _KIND_ADDRESS_RE.match(clean)
    return found is not None and _kind_of_its_own(found.group(1), title)


def _asked_under_several_headers(fields: list[Field]) -> set[str]:
    """Fields whose words their form asks again under another header (种植情况 › 品种 | 养殖情况 › 品种): the headers
    tell them apart, whatever the title names."""
    headers: dict[tuple[str, str], set[tuple[str, ...]]] = defaultdict(set)
    for f in fields:
        headers[(f.form_id, normalize_label(f.label).clean)].add(tuple(f.header_path[:-1]))
    return {f.id for f in fields if len(headers[(f.form_id, normalize_label(f.label).clean)]) > 1}


def _about_its_own_thing(group: str, title: str, maker: KeyMaker) -> bool:
    """「古树情况」 on a 古树名木…花名册, 「事件基本情况」 on a 损害事件登记表: a section about what the title says each
    record is. Not a plan's (拟采伐林木情况: its figures are the plan's), nor a person's or a body's (whose it is)."""
    clean = normalize_label(group).clean
    stem = _SECTION_ENDING_RE.sub("", clean)
    if stem == clean or len(stem) < 2 or stem.startswith(_PLANNED) or maker.context_role([group]):
        return False
    titled = basic_form(title)
    return stem in titled


def _about_its_own_body(group: str, title: str) -> bool:
    """「门店信息」 on a 沿街门店 register, 「一、单位基本情况」: a section about the register's own body."""
    stem = _SECTION_ENDING_RE.sub("", normalize_label(group).clean)
    return not stem or re.fullmatch(_KINDS_OF_BODY, stem) is not None and _kind_of_its_own(stem, title)


_SECTION_ENDING_RE = re.compile(r"(?:基本)?(?:信息|情况|概况)$")
# A section naming its person by two role words, one glossing the other: 「家长（监护人）情况」
_INNER_ALTERNATIVE_RE = re.compile(r"^([\u4e00-\u9fff]{1,4})\(([\u4e00-\u9fff]{1,4})\)(方|人)((?:基本)?(?:信息|情况)?)$")
_GLOSSED_ROLE_RE = re.compile(r"^([\u4e00-\u9fff]{2,6})\(([\u4e00-\u9fff]{2,6})\)(?:基本)?(?:信息|情况|概况)?$")
# Words for the farm households a head answers for (roles 户主), which also name households counted or charged
_HOUSEHOLD_WORDS = frozenset({"农户", "承包农户"})
# Bodies people form, named by who they are (业主委员会, 业主大会, 职工代表大会, 村民理事会): no one of them
_BODIES_OF_PEOPLE = ("委员会", "大会", "代表大会", "协会", "联合会", "理事会", "议事会")
# Words in front of a person word that make them whom a record acts on, never a person the record names
_DONE_TO_LEADS = frozenset({"带动", "辐射", "服务", "帮扶", "联系", "覆盖", "惠及", "吸纳", "指导", "培训", "受益"})
# A paper one person holds, by its number: 「厨师情况 › 健康证明编号」 is the cook's, not the card's own person's (u268)
# (「三、安全管理员情况 › 证书编号」 of a body's card: the certificate the person the section names holds — u421)
_PERSONAL_PAPER_RE = re.compile(r"(?:健康证|健康证明|资格证|资格证书|上岗证|从业证|执业证|职业证书|技能证书|证书)(?:编号|号码|号)$")


def _as_a_rate(label: str, unit: str | None) -> tuple[str, str | None]:
    """「每餐补贴标准（元）」 is the 补贴标准 in 元/餐, 「每亩保险金额（元）」 the 保险金额 in 元/亩, and 「单位保险金额
    （元/亩）」 says the same (u633, u628: each stood apart from the other wording)."""
    text = basic_form(label).strip()
    if not text.startswith(("每", "单位")):
        return label, unit  # (most labels: no rate's words, and key() is asked for every field)
    money = unit or normalize_label(label).unit
    if (per := _PER_UNIT_RE.match(text)) and (money or "元") in _RATE_MONEY:
        return per.group("rest"), f"{money or '元'}/{per.group('per')}"
    if money and "/" in money and (rate := _PER_ONE_RE.match(text)):
        return rate.group("rest"), unit
    return label, unit


_PER_UNIT_RE = re.compile(r"^每(?P<per>人次|平方米|公斤|餐|人|亩|户|月|年|次|头|只|吨)(?P<rest>[\u4e00-\u9fff]{2,}.*)$")
_PER_ONE_RE = re.compile(r"^单位(?P<rest>(?!名称|负责人|地址|电话|性质|类型)[\u4e00-\u9fff]{2,}.*)$")
_RATE_MONEY = frozenset({"元", "万元"})


def _number_of_the_header(label: str, header: str) -> str | None:
    """「社会保障卡 › 卡号」, 「残疾人证 › 证号」: the number of the card or certificate the header names (u628: the
    social security card's own number had been read as a bank card's, its 金融账号 apart from every 收款账号)."""
    words = normalize_label(label).clean
    thing = _SECTION_ENDING_RE.sub("", normalize_label(header).clean)
    if words not in _NUMBERS_OF_A_THING or len(thing) < 2 or not _HAN_WORD_RE.fullmatch(thing):
        return None
    if words.endswith("账号"):
        return thing + words  # 社会保障卡 › 金融账号: 社会保障卡金融账号
    return thing + "号" if thing.endswith(words[0]) else None  # 社会保障卡 › 卡号: 社会保障卡号; 残疾人证 › 证号


_NUMBERS_OF_A_THING = frozenset({"卡号", "证号", "账号", "金融账号"})


def _completed_by_header(label: str, header: str) -> str | None:
    """「经营主体情况 › 主体名称」, 「健康证明 › 证明编号」: a label that opens with the last words of its header says
    the header's thing short; written out it is 「经营主体名称」, 「健康证明编号」 (u270, u268: each stood apart from the
    same item written in full). None when the label says it in full or not at all."""
    # (「家庭经济及困难情况 › 困难类别」: two things, the last of them the label's own word, no 家庭经济及困难类别 — u490)
    thing = re.split(r"[及和与、/]", _SECTION_ENDING_RE.sub("", normalize_label(header).clean))[-1]
    words = normalize_label(label).clean
    if not 3 <= len(thing) <= 8 or not _HAN_WORD_RE.fullmatch(thing) or words.startswith(thing):
        return None
    # (only a thing's name, kind or number: 「隐患及整改情况 › 整改措施」 is no 隐患及整改措施, and a party a section
    # names (使用单位, 被检查单位) is told by whose the section is)
    cut = next((n for n in range(len(thing) - 1, 1, -1) if words.startswith(thing[-n:])
                and words[n:] in _THING_ATTRIBUTES and thing[-n:] not in _PARTY_NOUNS), None)
    return thing[:-cut] + words if cut else None


_THING_ATTRIBUTES = frozenset({"名称", "类型", "类别", "编号", "号码", "证号"})
_SCORE_HEADER_RE = re.compile(r"(?:得分|评分|分值|打分|分数)$")
_PARTY_NOUNS = frozenset({"单位", "企业", "机构", "人员", "场所", "部门", "组织"})
# A section or group about animals: the sex, birth date and age asked under it are the animal's.
# A header naming a farm product by the kind of animal it comes from (禽蛋, 畜肉, 禽肉产量): its columns are each animal's
_PRODUCE_HEADER_RE = re.compile(r"^(?:禽|畜|畜禽)(蛋|肉|奶)(?:类)?(?:产量)?$")
_LIVESTOCK = frozenset({"鸡", "鸭", "鹅", "鸽", "鹌鹑", "猪", "牛", "羊", "兔", "驴", "马", "骡"})
_SEX_ITEM = "性别"
_ANIMAL_SEXES_RE = re.compile(r"(?:^|[□☐■√\s/、|])\s*(?:雄|雌|公|母)(?:性|畜)?(?=$|[□☐■\s/、|])")
_ANIMAL_SEX = "动物性别"
_ANIMAL_RE = re.compile(r"犬|狗|猫|宠物|动物|牲畜|家畜|畜禽|禽|种公畜|母畜|母猪|种猪|耕牛|役畜")
_LIVING_ATTRIBUTES = frozenset({"性别", "出生日期", "年龄", "体重", "健康状况"})


def _titled_partners(members: list[Field], parties: frozenset[str], position: dict[str, tuple[int, int]],
                     maker: KeyMaker) -> frozenset[str]:
    """Sections the title names that are someone else's all the same: 「留守儿童情况 › 姓名 … 代理妈妈情况 › 姓名」 of a
    留守儿童“代理妈妈”结对帮扶登记表 names both, and the person named after the record's own, asking a 姓名 of their
    own, is its partner (u364: the volunteer's 年龄 and 联系电话 had met every child's). With one section the title
    names, that one is the record's own, wherever it stands (u354's 义务兵情况 after the applicant's)."""
    title = members[0].form_title if members else ""
    titled: list[str] = []
    for f in sorted(members, key=lambda f: position[f.id]):
        group = f.header_path[-2] if len(f.header_path) > 1 else ""
        if group and (_about_its_own_people(group, title) or _about_its_own_thing(group, title, maker)) \
                and (clean := normalize_label(group).clean) not in titled:
            titled.append(clean)
    return frozenset(titled[1:]) & parties


@lru_cache(maxsize=65536)
def _about_its_own_people(group: str, title: str) -> bool:
    """A section heading naming the people the title lists, when the title lists someone else's people with them
    (「在县亲属情况」 on a …同胞在县亲属…名册)."""
    clean = normalize_label(group).clean
    stem = _SECTION_ENDING_RE.sub("", clean)
    if stem == clean or len(stem) < 3:
        return False
    titled = basic_form(title)
    found = titled.find(stem)
    # (「校车及驾驶人基本信息台账」 lists buses and their drivers: the drivers are the bus's, not the row's own — u80)
    return found > 0 and _title_lists(stem, titled) and not _listed_after(stem, titled)
_MARKET_ENTITIES = frozenset({"个体户", "个体工商户", "工商户", "商户", "经营户", "主体", "市场主体", "经营主体", "门店", "店铺"})


# What a unit has, asked on a person's form: their employer's (工作单位性质, 工作单位地址).
_EMPLOYER_ATTRIBUTES = frozenset({"单位性质", "单位类型", "单位类别", "单位地址", "单位电话", "单位联系电话", "单位所属行业"})
_BODY_WORD_RE = re.compile(r"单位|部门|机构|机关|企业|公司|组织|学校|医院")
REGISTERED_ADDRESS = "注册地址"
PREMISES_ADDRESS = "场所地址"
# 「单位注册地」, 「注册地址」, 「05 单位注册地及区划」 (u189: a 普查 card asks its 详细地址 and 区划代码 under it)
_REGISTERED_RE = re.compile(r"注册(?:登记)?地(?:址)?(?:及区划)?$")
EMPLOYER_ITEM = "工作单位"


FOREIGN_DOCUMENT = "境外人员"
_FOREIGNERS_RE = re.compile(r"签证|护照|入境|外文姓|英文姓|国籍")


def _asks_of_foreigners(members: list[Field]) -> bool:
    """A register of foreigners (境外人员住宿登记: 英文姓, 国籍, 签证种类): its 证件 are passports and visas. (A 国籍
    column alone is asked of citizens too; with 签证 or 护照 beside it the people are from abroad.)"""
    found = {m.group() for f in members if (m := _FOREIGNERS_RE.search(normalize_label(f.label).clean))}
    return len(found) >= 2 and bool(found & {"签证", "护照", "入境"})


# A row of people on a statistics table (承租人员, 流动人员, 志愿者): how many of them.
_BARE_PEOPLE_RE = re.compile(r"[\u4e00-\u9fff]{1,8}(?:人员|者)")
_PEOPLE_NOUN_RE = re.compile(r"(?<![卫出发民产先])生$|(?:儿童|学生|老人|妇女|人员|户|家庭|对象)$")
_SERVED_PEOPLE_RE = re.compile(r"(?:服务|帮扶|关爱|救助|资助|走访|慰问|培训|指导|受益)对象")
_RECORDS_OF_NO_ONE = (Subject.ORGANISATION, Subject.EVENT, Subject.PLACE, Subject.AGGREGATE)
_GROUP_OF_PEOPLE_RE = re.compile(r"[\u4e00-\u9fff、]{1,14}(?:户|家庭|对象)")  # (从业人员 under a 合计 counts)
_NOT_A_GROUP_RE = re.compile(r"^(?:是否|有无|有否)|(?:账|开|门|落|立|分)户$|姓名|名称|负责|责任|联系|帮扶")


# What befell one person, ticked on a register of people (伤亡情况 › 死亡 | 受伤): no count of those it befell.
_PERSON_STATE_RE = re.compile(r"(?:死亡|受伤|重伤|轻伤|失踪|遇难|伤残|获救)$")


def _is_group_word(text: str) -> bool:
    """「低保户」, 「低收入困难家庭」, 「特困对象」: a group of households or people, neither its count nor a name."""
    return bool(_GROUP_OF_PEOPLE_RE.fullmatch(text)) and not _NOT_A_GROUP_RE.search(text)


REGION_TAIL = "所在地区"
_LEVEL_CHARS = frozenset("省市县区州旗乡镇")


_BODY_OR_VILLAGE_RE = re.compile(rf"^(?:{_KINDS_OF_BODY}|村|社区|村（社区）|乡镇|学校|医院)$")


_LIST_SEPARATOR_RE = re.compile(r"[/／、，,]")


def _names_kinds_of_body(note: str) -> bool:
    """「村/企业/合作社」: a bracket listing kinds of bodies or places the label may be one of."""
    parts = [p for p in _LIST_SEPARATOR_RE.split(note) if p]
    return len(parts) >= 2 and all(_BODY_OR_VILLAGE_RE.match(p) for p in parts)


def _names_levels(note: str) -> bool:
    """「省市县」, 「省/市/县」, 「省、市、县（区）」: a bracket that says down to which levels a place is asked."""
    kept = [c for c in note if c not in "/／、，, （）()"]
    return len(kept) >= 2 and all(c in _LEVEL_CHARS for c in kept)


_COUNTED_TAIL_RE = re.compile(r"(?:总数|人数|户数|数量|人口|人次|数)$")


def _names_its_whole(part: str, whole: str) -> bool:
    """「全村党员人数 › 其中：女党员」: a part naming the people of its whole (女党员 are 党员) is the count it says, as
    on any other table; 「兑付户数 › 其中：水库移民户」 names no 兑付 and is only a part of that count."""
    stem = _COUNTED_TAIL_RE.sub("", whole).removesuffix("总")  # (「党员总人数」 counts 党员, as 「党员人数」 does)
    core = stem[-2:]
    # (「现有吸毒人员」: 人员 says nothing of who, 吸毒人员 does)
    said = _WHOLES_SCOPE_RE.sub("", stem[:-4] if core in _ANYONE_NOUNS else stem[:-2])
    # (「归侨侨眷总人数 › 其中：侨眷」: two kinds of people named together, the part one of them — u352)
    one_of_two = len(said) == 2 and _COUNTED_TAIL_RE.sub("", part) in (said, core)
    if len(said) >= 2 and not one_of_two and core in part and not part.startswith(stem):
        # 「本年度实际收训儿童数 › 其中：孤独症儿童」: the children a centre trained, not every 孤独症儿童 a village counts
        # (u424's look-alike); the whole says more of its people than where and when they are, two words as well
        # (u615: 「在托残疾人数 › 其中：重度残疾人」 of an institution, those in its care, no village's 重度残疾人数)
        return False
    # (「归侨侨眷总人数 › 其中：归侨」: the first of the two kinds of people its whole names together — u352)
    return len(core) == 2 and core in part or len(part) >= 2 and stem.startswith(part) \
        and part.endswith(_PERSON_ENDINGS) and stem[len(part):].endswith(_PERSON_ENDINGS)


_ANYONE_NOUNS = frozenset({"人员", "人口", "对象", "群众"})
# Where and when a count's people are, which adds nothing to who they are (全村党员, 年末在校学生)
_WHOLES_SCOPE_RE = re.compile(r"^(?:本年度|本年|当年|本期|年末|期末|年初|期初)?(?:全村|全县|全镇|全乡|全区|辖区|本村|本镇|本县|"
                              r"在册|在校|在园|现有|全部|全体)?")


_PART_LEAD_RE = re.compile(rf"\s*(?:{_PART_WORD})?")


def _counted_part(label: str, clean: str, people: bool = False, unit: str | None = None) -> str:
    """「其中：水库移民户」 read as a count keeps the 其中 (or the indent) that makes it a part of the count above.
    ``people``: a count of people is 人数 unless its word names people already (乡村医生人数, 寄宿人员数), as
    a unit of 人 reads it (:func:`counted`); one in 人次 counts turns out (「出动执法人员」 in 人次 is the 出动执法人员
    （人次） of a patrol register, no 人数 — u236)."""
    tail = "人数" if people and not clean.endswith(("人", "员", "户", "家庭", "对象")) \
        and not _PEOPLE_HEADCOUNT_RE.match(clean + "人数") else "数"
    if _COUNTING_UNITS.get(unit or "") == "人次":
        tail = "人次"
    return _PART_LEAD_RE.match(label).group() + clean + tail


def _as_its_form_means(f: Field, subject: Subject | None, layout: Layout | str | None, first_column: bool,
                       registry: bool, foreign: bool = False, leading: bool = False, someones: bool = False) -> str:
    """The label a field is read as, where what its form is about says more than its words: the first column
    of a table of villages (「单位」) is the village; 「住址」 on a 户籍证明 is the registered address it attests;
    「证件类型 | 证件号码」 of an organisation (a register of enterprises, a check on a 非自然人) are its licence's,
    not a citizen's ID number."""
    clean = normalize_label(f.label).clean
    if subject is Subject.PLACE and layout == "list" and first_column and _PLACE_NAME_RE.match(clean):
        return PLACE_ITEM
    if _sole_traders_head(f.label, subject, f.form_title):
        # 「个体户基本情况 › 户主姓名」 of a 个体经营户清查表, 「业主姓名」 of a 个体工商户定期定额核定台账: the 个体户's
        # 经营者, whatever the statistics or the tax office call them — no household's head, no owner of a house (u355)
        return _SOLE_TRADER_NAME
    if subject is Subject.PLACE and layout == "list" and leading and _VILLAGE_COLUMN_RE.match(clean):
        return PLACE_ITEM  # 「帮扶单位 | 贫困村 | …」: the village each row is, whatever kind the table calls it
    if subject in (Subject.PLACE, Subject.AGGREGATE) and not first_column and f.header_path[:-1] \
            and _PLACE_LEVEL_RE.match(clean) \
            and not any(_WHERE_RE.search(normalize_label(g).clean) for g in f.header_path[:-1]):
        # 「移动网络覆盖 › 4G › 行政村」 on a table of towns: how many villages, not the row's own village
        # (「位  置 › 乡镇（街道）」 spaced out on a tree's card is where it stands — u250)
        return _counted_part(f.label, clean, unit=f.unit)
    if subject is Subject.AGGREGATE and layout == "indicator" and _BARE_PEOPLE_RE.fullmatch(clean):
        # 「承租人员」 on a quarter's statistics counts the tenants; it asks no one's name
        return _counted_part(f.label, clean, unit=f.unit)
    if subject is Subject.PLACE and layout == "list" and not first_column and _is_group_word(clean):
        # 「村名 | 合计 | 低保户 | 低收入困难家庭」, a row a village: how many of them it has, where a register of
        # houses ticks 身份类型 › 低保户 (wf7 merged the two)
        return _counted_part(f.label, clean, unit=f.unit)
    budget = bool(f.header_path[:-1]) and _BUDGET_HEADER_RE.match(normalize_label(f.header_path[-2]).clean) is not None
    if f.header_path[:-1] and not budget and (_COUNT_TAIL_RE.search(head := normalize_label(f.header_path[-2]).clean)
                               or subject in (Subject.PLACE, Subject.AGGREGATE)
                               and _SECTION_ENDING_RE.sub("", head).endswith("人员")) \
            and _PEOPLE_NOUN_RE.search(clean) and not _COUNT_TAIL_RE.search(clean) and not _NOT_A_GROUP_RE.search(clean):
        # 「留守儿童数 › 其中：寄宿生」: a breakdown of a count counts too, never asks 是否寄宿 of one child (u90); so
        # does 「人员情况 › 社区戒毒人员」 on a table of towns (u271)
        return _counted_part(f.label, clean, people=True, unit=f.unit)
    if subject in (Subject.PLACE, Subject.AGGREGATE) and f.header_path[:-1] and not budget \
            and _COUNT_TAIL_RE.search(head := normalize_label(f.header_path[-2]).clean) \
            and not f.unit and clean not in _TOTALS and not _COUNT_TAIL_RE.search(clean) \
            and not _NOT_A_GROUP_RE.search(clean) and not any(ch.isdigit() for ch in clean) \
            and clean not in _THIS_PERIOD and not _PERIOD_LEAF_RE.match(clean):
        # (「登记选民数 › 本届 | 上届」 of a township's 台账: the count this term and the last, no 本届数 — u309)
        # 「暂缓登记宗数（宗） › 一户多宅」 of a town's progress table: how many parcels are held back for it, never
        # one household's 是否一户多宅 (u235); 「民兵人数 › 基干民兵」 counts people, the 基干民兵人数 of a county's
        # table (u360: 基干民兵数 had stood apart)
        return _counted_part(f.label, clean, people=head.endswith("人数"), unit=f.unit)
    if subject in _RECORDS_OF_NO_ONE and _SERVED_PEOPLE_RE.fullmatch(clean):
        # 「服务对象」 on a register of service sites or activities (受益家庭户数 | 人数 beside it): whom it serves, a
        # kind of people, not one person's name (u90)
        return clean + "类别"
    # (「落户信息 › 住址」 on a 新生儿出生登记台账: where the child is registered, not where it lives — u105)
    under_register = len(f.header_path) > 1 and bool(_REGISTRY_HEADER_RE.search(normalize_label(f.header_path[-2]).clean))
    if clean in _BARE_ADDRESSES and (registry and not f.header_path[:-1] or under_register):
        return "户籍地址"
    if subject is Subject.ORGANISATION and _CERTIFICATE_RE.match(clean) and not someones:
        # (「产权人情况 › 证件号码」 on a building's card: the owner's ID, not the body's licence — u74)
        return ORGANISATION_ROLE + clean
    if foreign and _CERTIFICATE_RE.match(clean):
        return FOREIGN_DOCUMENT + clean  # beside 国籍, 签证种类: a passport's number, not a 公民身份号码
    if subject is Subject.ORGANISATION and _names_the_organisation(clean, f.form_title) and not any(
            # (「三、所属快递企业信息 › 企业名称」: another body's section, its 信息 no part of the noun — u89)
            _ORGANISATION_NOUN_RE.search(_SECTION_ENDING_RE.sub("", normalize_label(g).clean))
            and not _about_its_own_body(g, f.form_title) for g in f.header_path[:-1]):
        return ORGANISATION_NAME  # 企业名称, 纳税人名称, 排污单位名称 … of a register of organisations: the row's own
    if subject in (Subject.ORGANISATION, Subject.EVENT) and _INSPECTED_BODY_RE.match(clean):
        # 「被检查单位」 of an inspection record, 「受检主体名称」 of a register of tests: the body checked (u123, u182)
        return ORGANISATION_NAME
    if subject is Subject.EVENT and _ORGANISATION_NAME_RE.match(clean) and not any(
            _ORGANISATION_NOUN_RE.search(_SECTION_ENDING_RE.sub("", normalize_label(g).clean))
            and not _about_its_own_body(g, f.form_title) for g in f.header_path[:-1]):
        # 「企业（单位）基本情况 › 企业（单位）名称」 of a 隐患排查整治台账: each row a hazard found at a body, the body's
        # own name, as a register of the bodies asks it (u557: read apart from every 企业名称)
        return ORGANISATION_NAME
    if subject is Subject.ORGANISATION and _premises_address(clean, f.form_title) and all(
            _about_its_own_body(g, f.form_title) for g in f.header_path[:-1]):
        return PREMISES_ADDRESS  # 门店地址, 农场地址 … of a register of such bodies: where the row's own body is
    if subject is Subject.ORGANISATION and (kind := _KIND_CLASS_RE.match(clean)) and len(kind.group(1)) > 2 \
            and _kind_of_its_own(kind.group(1), f.form_title):
        return kind.group(1)[-2:] + kind.group(2)  # 「医疗机构类别」 on a 医疗机构 register: its own 机构类别 (u123)
    if subject is Subject.ORGANISATION and clean in _REGISTRATION_DATES and not f.header_path[:-1]:
        return FOUNDING_DATE  # a body's 注册日期 is the 成立日期 its licence prints (a volunteer's is no founding)
    if subject is Subject.ORGANISATION and _registered_address(clean, f.header_path[:-1]):
        return REGISTERED_ADDRESS  # an organisation's 住所 is where it is registered (营业执照), not its premises
    if subject is Subject.ORGANISATION and clean == _BARE_NAME and f.header_path[:-1] \
            and all(_about_its_own_body(g, f.form_title) for g in f.header_path[:-1]):
        return ORGANISATION_NAME  # 「受检单位 › 名称 | 地址」 of an 抽查结果 register: the body's own name (u252)
    if subject is Subject.ORGANISATION and clean in _BARE_ADDRESSES - {"住所"} | {PHONE_ITEM} and f.header_path[:-1] \
            and not someones and all(_about_its_own_body(g, f.form_title) for g in f.header_path[:-1]):
        # 「一、医疗机构基本情况 › 地址 | 联系电话」 on a 医疗机构执业登记申请表: the body's own, no person's 现住址 (u123)
        return PREMISES_ADDRESS if clean != PHONE_ITEM else ORGANISATION_ROLE + PHONE_ITEM
    if subject is Subject.PERSON and clean in _EMPLOYER_ATTRIBUTES and all(
            _EMPLOYER_HEADER_RE.match(g := normalize_label(group).clean) or not _BODY_WORD_RE.search(g)
            for group in f.header_path[:-1]):
        # 「职工基本情况 › 单位性质」 on a 困难职工档案: a person has no 单位性质; it is their employer's, not the one a
        # 见习基地申报表 asks of the applying unit (u108)
        return EMPLOYER_ITEM + clean[len(ORGANISATION_ROLE):]
    if subject is Subject.PERSON and clean == ORGANISATION_NAME and not normalize_label(f.label).notes \
            and all("单位" in (g := normalize_label(group).clean) and not g.startswith("被")
                    for group in f.header_path[:-1]):
        # 单位名称 on a roster of people is where each of them works, under a header of that unit too (「单位编号对应
        # 单位名称」 of a 参保证明, wf10: it met a 商贸中心's 企业名称); not 「被投诉单位」's; 「单位（个人）名称」 is
        # whoever applies; under 「原就业单位情况」 where they worked (u383)
        former = any(_FORMER_RE.match(normalize_label(group).clean) for group in f.header_path[:-1])
        return _FORMER + EMPLOYER_ITEM if former else EMPLOYER_ITEM
    return f.label


# The person a 个体工商户 (个体经营户) is run by, as each department names them: its 经营者 (《个体工商户条例》)
_SOLE_TRADERS_HEAD = frozenset({"户主", "户主姓名", "业主", "业主姓名"})
_SOLE_TRADER_NAME = "经营者姓名"


def _sole_traders_head(label: str, subject: Subject | None, title: str) -> bool:
    """「户主姓名」 of a 个体经营户清查表, 「业主姓名」 of a 个体工商户定期定额核定台账: the 个体户's 经营者."""
    return subject is Subject.ORGANISATION and normalize_label(label).clean in _SOLE_TRADERS_HEAD \
        and SOLE_TRADER_TITLE_RE.search(title) is not None


def _registered_address(clean: str, groups: list[str]) -> bool:
    """「住所」 alone, or an address under 「单位注册地」, on a register of organisations."""
    if not groups:
        return clean == "住所"
    return clean in _BARE_ADDRESSES | {"详细地址"} and bool(_REGISTERED_RE.search(normalize_label(groups[-1]).clean))


def _later_tables(forms: list[Form]) -> set[str]:
    """The forms that are a Word document's second or later table: parts of the record its first one holds."""
    seen: set[str] = set()
    later = set()
    for form in forms:
        if form.source_format == "docx":
            if form.path in seen:
                later.add(form.id)
            seen.add(form.path)
    return later


def _programme_paid(title: str) -> str | None:
    """The payment a title names, as its people's programme when it is no more than theirs: 高龄津贴 is the
    高龄老人's (u195: a 发放花名册's 发放金额 was kept from the 月报's as 「高龄老人 ≠ 高龄津贴」); 困难残疾人生活补贴
    stays a subsidy of its own beside 重度残疾人护理补贴."""
    paid = paid_programme(title)
    return population_named(_PAYMENT_END_RE.sub("", paid)) or paid if paid else None


_PAYMENT_END_RE = re.compile(PAYMENT_WORDS + "$")


def _one_name_each(programme_of: dict[str, str | None]) -> dict[str, str | None]:
    """Forms of one subsidy, named as each title words it, under one name: 农机购置补贴, 农机购置与应用补贴 (its
    name of 2021), 农业机械报废更新补贴 and 第一批农机购置与报废更新补贴 are one programme's, whose 单台补贴额 is one
    item (u249: identical columns were kept apart as 「所属群体不同」). 低保 and 特困 stay apart."""
    names = sorted({p for p in programme_of.values() if p}, key=len)
    chosen: dict[str, str] = {}
    for name in names:
        chosen[name] = next((chosen[other] for other in names if other in chosen
                             and _one_programme(_short_programme(other), _short_programme(name))), name)
    return {form: chosen.get(p, p) if p else p for form, p in programme_of.items()}


def _short_programme(name: str) -> str:
    """「第一批农业机械报废更新补贴」 → 「农机报废更新补贴」: no batch, and the standard short name (《农业机械化促进法》)."""
    name = _BATCH_RE.sub("", name)
    for long, short in _SHORT_NAMES.items():
        name = name.replace(long, short)
    return name


_BATCH_RE = re.compile(r"^第[一二三四五六七八九十\d]*批次?")
_SHORT_NAMES = {"农业机械": "农机", "计划生育": "计生",
                # (城乡居民养老保险 is the 基本养老保险 of 《社会保险法》 however a title words it — u529)
                "基本养老保险": "养老保险", "基本医疗保险": "医疗保险"}


def _one_programme(shorter: str, longer: str) -> bool:
    """农机补贴 of 农机购置补贴, 农机购置补贴 of 农机购置与应用补贴, 农机报废更新补贴 of 农机购置与报废更新补贴: one
    payment, the longer name saying more of it or naming two parts of it."""
    paid = (_PAYMENT_END_RE.search(shorter), _PAYMENT_END_RE.search(longer))
    if None in paid or paid[0].group() != paid[1].group():
        return False
    short, long = shorter[:paid[0].start()], longer[:paid[1].start()]
    if short == long or len(short) >= 2 and long.startswith(short):
        return True
    parts = re.split("[与和及]", long)
    subject = os.path.commonprefix([short, long])
    return len(parts) > 1 and len(subject) >= 2 and any(short in (part, subject + part) for part in parts)


def _complaint_sides(parties: frozenset[str], subject: Subject | None) -> frozenset[str]:
    """The sides a record's own person is told apart by: both of an event's, or the 被… side facing one who comes
    to ask (「投诉人基本信息 | 被投诉人 › 姓名」 of a 维权投诉 register: the 被投诉人's 姓名 is not the row's own — u218).
    Facing an adopter or an applicant, the 被… side may be whom the record is about (被收养人)."""
    if subject is Subject.EVENT:
        return parties
    faced = {_SECTION_ENDING_RE.sub("", party)[1:] for party in parties if party.startswith("被")}
    return parties if faced & _PAYING_OR_RECEIVING else frozenset()


def two_parties(members: list[Field], subject: Subject | None, title: str = "") -> frozenset[str]:
    """The group headers naming the two sides of a record: 「申请人 | 被申请人」, 「原告 | 被告」, 「举报人 | 被举报人」.

    The 被… side is never the record's subject then (alone, 被查询人 is: the one the form is done for); the other
    side is a party too when the record is a case or an event (a 调解 register's 申请人), but on an application
    it is the applicant, the form's own subject — a case's too: a 仲裁申请书 is the worker's (u179: their 姓名 and
    公民身份号码 had been a 申请人's, apart from every other form's)."""
    heads = {normalize_label(g).clean for f in members for g in f.header_path[:-1]}
    if _APPLICATION_TITLE_RE.search(basic_form(title)):
        subject = None
    # 「甲方当事人 | 乙方当事人」 of a 调解协议书, 「一方当事人 | 另一方当事人」 of a dispute register: two sides, neither
    # of them the record's own person, whatever the words (u186: the first side had met every petitioner's 姓名)
    sides: set[str] = set()
    for head in heads:
        for first, second in _SIDES:
            if head.startswith(first) and (other := second + head[len(first):]) in heads:
                sides.update((head, other))
    parties: set[str] = set()
    for head in heads:
        # (监护人 | 被监护人 are no two sides: the ward is the record's own person, the 患者 of a guardian's 以奖代补
        # application — u190's 被监护人（患者） had met no patient's 姓名)
        # (「投诉人基本信息 | 被投诉人」 of a 维权投诉 register: the sides however each section is worded — u218)
        side = _SECTION_ENDING_RE.sub("", head)
        if head.startswith("被") and 2 <= len(side) <= 6 and not head.startswith(_WARD):
            # (「举报人情况 | 被举报对象情况」 of a 举报线索受理登记表: the sides by their act, whatever word names each
            # — u434: the accused's 名称（姓名） and 联系电话 had become the record's own person's); a section of the act's
            # findings names no side (「被核查人信息 | 核查情况」 of a 核查反馈表: the one checked is the row's own — u512)
            act = _SIDE_WORD_RE.sub("", side[1:])
            other = next((o for o in heads if o != head and not o.startswith("被")
                          and ((bare := _SECTION_ENDING_RE.sub("", o)).endswith(side[1:]) and len(bare) <= len(side) + 1
                               or len(act) >= 2 and _SIDE_WORD_RE.search(bare) is not None
                               and _SIDE_WORD_RE.sub("", bare) == act)),
                         None)
            if other:
                parties.add(head)
                if subject is Subject.EVENT:
                    parties.add(other)
            elif subject is Subject.EVENT and _UNDERGOER_RE.fullmatch(side):
                # (「行为人信息 | 被救助人信息」 of a 见义勇为警情登记台账: each row an incident, whom it was done to one of
                # its parties, no roster's own person — u573: their 姓名 and 联系电话 met every roster's)
                parties.add(head)
    if not (parties or sides) and subject is Subject.EVENT:
        # 「当事人情况 › 姓名（名称） | 联系电话」 of a 违法线索移交 register: each row is a case, its 当事人 the one it
        # deals with, no roster's own person (u228: three look-alikes with a 文物保护员 roster). (Over 申请人 | 被申请人
        # it only gathers the two sides.)
        parties.update(head for head in heads if _SECTION_ENDING_RE.sub("", head).endswith(_PARTY_WORD) and len(head) <= 8)
    return frozenset(parties | sides)


_APPLICATION_TITLE_RE = re.compile(r"申请(?:书|表)$")
_SIDE_WORD_RE = re.compile(r"(?:对象|单位|人|者|方)$")
_WARD = "被监护"
_PARTY_WORD = "当事人"
_SIDES = (("甲方", "乙方"), ("一方", "另一方"))
_ACCOUNT_NAME_WORD = "户名"
# (a utility's customer account — 用电户号, 电表编号, 水费缴费号 — is an account too: its 户名 is the customer's, who
# need not head a household — u590's 农网 forms)
_BANK_WORDS_RE = re.compile(r"账号|帐号|卡号|银行|开户|账户|存折|[电水气]表|用[电水气]|缴费|[用客]户(?:编?号|编码)")


def _event_of(context: list[str], title: str) -> str | None:
    """The kind of event the nearest heading, else the title, is about (事故, 火灾, 灾害 …)."""
    return next((event for g in reversed(context) if (event := event_named(g))), None) or event_named(title)


def _items_by_section(fields: list[Field], layout_of: dict[str, str], maker: KeyMaker) -> dict[str, str]:
    """Field id → the section heading that qualifies it, for the rows of an indicator table whose label comes
    again under another section of the same table (一、批发和零售业 › 从业人员, 二、住宿和餐饮业 › 从业人员): the
    table itself tells them apart by section, so each is its section's, the first as much as the second. Topic
    headings (基本情况) and headings naming people (监护人情况) are left to the usual reading."""
    syn = maker.synonyms
    under: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for f in fields:
        if layout_of.get(f.form_id) != "indicator" or len(f.header_path) < 2:
            continue
        section = normalize_label(f.header_path[-2]).clean
        under[(f.form_id, normalize_label(f.label).clean)][section].append(f.id)
    chosen: dict[str, str] = {}
    for sections in under.values():
        if len(sections) < 2:
            continue
        for section, ids in sections.items():
            if len(section) >= 2 and not section.endswith(tuple(syn.sections)) and section not in syn.generic_labels \
                    and not maker.context_role([section]) and not syn.lookup(section):
                chosen.update(dict.fromkeys(ids, section))
    return chosen


_ANYONES_WORDS = frozenset({"本人", "个人", "所属", "成员", "人员", "对象"})  # self words no other person is named by


# A section's note saying it is filled only when someone else acts (「职工本人申请的不填」, 「非经营者本人办理时填写」)
_SOMEONE_ELSES_NOTE_RE = re.compile(r"本人[^，,；;]{0,6}(?:不填|无需填|不用填|免填)|非[^，,；;]{0,6}本人")


def others_own_words(members: list[Field], synonyms: Synonyms, title: str, card: bool = False) -> frozenset[str]:
    """Sections naming a kind of person forms list as their own (患者情况, 学生信息), on a form whose own person is
    another one: 「申请人情况 | 患者情况」 of a 医疗纠纷调解申请书 or its case register. The section the title names,
    else the applicant's or one's own (申请人情况, 本人情况), is the record's; the others are parties (u123)."""
    stems = {}
    agents = set()
    first_at: dict[str, tuple[int, int]] = {}  # where each kind of person is first named
    for f in members:
        if len(f.header_path) > 1:
            header = normalize_label(f.header_path[-2])
            group = header.clean
            stem = _SECTION_ENDING_RE.sub("", group)
            if stem != group and stem in synonyms.self_prefixes:
                stems[group] = stem
                first_at[stem] = min(first_at.get(stem, _position(f)), _position(f))
                if any(_SOMEONE_ELSES_NOTE_RE.search(note) for note in header.notes):
                    agents.add(group)
    if len(set(stems.values())) < 2:
        return frozenset()
    if agents and len({stems[group] for group in agents}) < len(set(stems.values())):
        # 「申请人情况（职工本人申请的不填）」 after 「职工基本情况」 on a 工伤认定申请表: the section its note says is
        # left blank when the person applies for themselves is whoever applies for them (u184: the worker's items had
        # become a 职工's and the agent's the form's own)
        return frozenset(agents)
    titled = basic_form(title)
    # (「申请人（监护人）情况 | 被监护人（患者）情况」 of a 监护补贴申请审批表: the guardian applies, the ward is whom the
    # record is about, as everywhere a 被监护人 is named — u312's patient had become a 被监护人 apart from every roster)
    # (「职工基本情况 | 申请人情况」 of a 工伤认定申请表: whoever applies, after the worker the form is about, is the
    # other — u325's worker had become a 职工 apart from every roster's own person, the applicant the form's own; an
    # applicant named first is the form's own, as on a 医疗纠纷调解申请书 beside the 患者, u123; a register's columns
    # follow no such order)
    kinds = set(stems.values())
    about = kinds - {_APPLICANT_WORD} - _ANYONES_WORDS
    applied_for = card and _APPLICANT_WORD in kinds and len(about) == 1 \
        and first_at[next(iter(about))] < first_at[_APPLICANT_WORD]
    own = {stem for stem in kinds if stem.startswith(_WARD)} \
        or {stem for stem in kinds if stem in titled} \
        or (about if applied_for else set()) \
        or {stem for group, stem in stems.items() if group in synonyms.self_contexts or stem in _ANYONES_WORDS}
    if len(own) != 1:
        return frozenset()  # (no one or two of them the record's own: left as they read)
    # (「个人基本情况 › 姓名 … | 退役军人情况 › 是否退役军人 | 入伍时间」 of a 民兵编组花名册: a section that names no one, by
    # name or number, asks of the row's own person whether and how they are of that kind — u422)
    named = {normalize_label(f.header_path[-2]).clean for f in members if len(f.header_path) > 1
             and synonyms.lookup(normalize_label(f.label).clean) in _NAMING_ITEMS}
    return frozenset(group for group, stem in stems.items()
                     if stem not in own and stem not in _ANYONES_WORDS and group in named)


_NAMING_ITEMS = frozenset({"姓名", "公民身份号码"})


def named_groups(members: list[Field], maker: KeyMaker, subject: Subject | None) -> frozenset[str]:
    """Group headers over a 姓名 column that name someone other than the record's subject, whatever word they
    use (结对“五老”, 联系干部, 包保人员): on a register of places or organisations any such group; on others
    every one after the first name the row gives (the 结对儿童's). Their items (联系电话 too) are that person's.
    Groups the words already name (监护人, 负责人) and the subject's own sections are left to those words."""
    names: list[tuple[tuple[int, int], str]] = []
    for f in members:
        key = maker.key(f.label)
        if key.canonical != "姓名" or key.role:
            continue
        group = normalize_label(f.header_path[-2]).clean if len(f.header_path) > 1 else ""
        names.append((_position(f), group))
    syn = maker.synonyms
    names.sort()
    # (「服刑人员情况 › 姓名 … | 未成年子女情况 › 姓名 …」 of a register whose title lists the children: the row is the
    # child's, and the parent named first is someone else — u154's four look-alikes)
    titled = basic_form(members[0].form_title) if members else ""
    # (「指示病例 › 姓名 … | 密切接触者基本情况 › 姓名 …」 of a 密切接触者筛查登记表: the people the title lists are the
    # row's, and the index case named first someone else — u521)
    listed = any((role := maker.context_role([group])) and _title_lists(_core_of(role), titled)
                 and (role in syn.record_roles or maker.section_person(role) and group.endswith(_BASICS))
                 for _, group in names if group)
    others = subject in (Subject.ORGANISATION, Subject.PLACE) or listed
    found: set[str] = set()
    first = True  # (a 户主信息 group before the household's people is the head's, not the first name of the row)
    slots: set[str] = set()  # (成员1 › 姓名, 成员2 › 姓名: one kind of person, repeated)
    for _, group in names:
        if group and (role := maker.context_role([group])):
            # (「死者情况 › 姓名 … 调查对象情况 › 姓名」 of a 死亡个案调查登记表: the late person the card opens with is
            # the first it names, the one who answers for them someone else — u363)
            first = first and role not in _CLAIMED_FOR
            continue
        slot = _numbers_masked(group)
        if group and (others or not first) and slot not in slots and group not in syn.self_contexts \
                and 2 <= len(group) <= 8 and not _SENTENCE_RE.search(group) and not group.startswith(_WARD):
            found.add(group)
        first = False
        slots.add(slot)
    return frozenset(found)


def _groups_the_title_names(fields: list[Field], title_of: dict[str, str]) -> dict[str, str]:
    """Form id → its one top group header when the title names it whole (「耕地地力保护补贴」 over 申报面积 | 补贴标准 |
    补贴金额 of a 耕地地力保护补贴面积核实登记花名册); a form grouping its columns under two such headers keeps both."""
    tops: dict[str, set[str]] = defaultdict(set)
    for f in fields:
        if len(f.header_path) > 1:
            tops[f.form_id].add(f.header_path[0])
    named = {}
    for form_id, groups in tops.items():
        group = next(iter(groups))
        words = normalize_label(group).clean
        if len(groups) == 1 and len(words) >= _TITLED_GROUP_MIN and words in basic_form(title_of.get(form_id, "")) \
                and words.endswith(_PROGRAMME_ENDINGS):
            named[form_id] = group
    return named


_TITLED_GROUP_MIN = 4  # (「低保」 in a title is a word in passing; a whole programme's name is longer)
# (a measure the title names, 「稻谷种植面积 › 早稻 | 中稻」, is what its columns break down: only a programme goes)
_PROGRAMME_ENDINGS = ("补贴", "补助", "救助", "津贴", "奖补", "资助", "保险")


def _totals_its_header(f: Field) -> bool:
    """「参加人数 › 总人数」: a total named by what its header counts."""
    counted = _COUNTED_BY_TOTAL.get(normalize_label(f.label).clean)
    return bool(counted and len(f.header_path) >= 2 and normalize_label(f.header_path[-2]).clean.endswith(counted))


def _wholes_of_parts(fields: list[Field], layout_of: dict[str, str],
                     position: dict[str, tuple[int, int]]) -> dict[str, list[str]]:
    """Field id → the headers over a 「其中：…」 column beside its whole: the nearest column left of it on its row
    (「兑付户数 | 其中：水库移民户（户）」 counts the resettled households among those paid, not all of them — u124)."""
    at_row: dict[tuple[str, str, int], list[tuple[int, Field]]] = defaultdict(list)
    # (form, sheet, headers) → the columns of a count its header names and a 小计 under it totals
    totalled: dict[tuple[str, str, tuple[str, ...]], list[tuple[int, str]]] = defaultdict(list)
    for f in fields:
        if layout_of.get(f.form_id) == "list":
            at_row[(f.form_id, f.sheet, position[f.id][0])].append((position[f.id][1], f))
            if len(f.header_path) >= 2 and _is_total_word(f.label):
                totalled[(f.form_id, f.sheet, tuple(f.header_path[:-2]))].append((position[f.id][1], f.header_path[-2]))
    wholes: dict[str, list[str]] = {}
    for row in at_row.values():
        row.sort(key=lambda item: item[0])
        seen: list[Field] = []  # the wholes so far, nearest last
        for _, f in row:
            if not _PART_OF_RE.match(f.label.strip()):
                seen.append(f)
                continue
            # (「支委人数 | 其中：女干部 | 其中：交叉任村委」: each part is of the whole before the parts; 「受益户数 |
            # 受益人数 | 其中：脱贫户和监测户户数」 counts households, among the households — u183)
            alike = [w for w in reversed(seen) if w.header_path[:-1] == f.header_path[:-1]]
            kind = _counted_kind(f) or ("人" if _AGE_BAND_RE.match(normalize_label(f.label).clean) else None)
            whole = next((w for w in alike if kind and _counted_kind(w) == kind), None)
            if whole is None and kind:
                # 「归侨侨眷情况 › 户数 | 人数 › 小计 | 归侨 | 侨眷 | 其中：60岁以上」: people of an age are among the
                # people its 小计 totals, not among the households beside the part (u446, u443: 户数60岁以上)
                heads = [head for col, head in totalled[(f.form_id, f.sheet, tuple(f.header_path[:-1]))]
                         if col < position[f.id][1] and _counted_kind_of(normalize_label(head).clean, None) == kind]
                if heads:
                    wholes[f.id] = [*f.header_path[:-1], heads[-1]]
                    continue
            if whole is None and not any(kind and _counted_kind(w) for w in alike):
                whole = alike[0] if alike else None
            if whole is not None:
                # (「涉及劳动者（人） › 合计 | 其中：农民工」: a total is its header's whole, which the header says —
                # u429's migrant workers of the cases had become every register's 农民工人数)
                # (「参加人数 › 总人数 | 其中：未成年人」: a total named by what its header counts is that total too —
                # u632's young participants had met an area's 未成年人数)
                total = _is_total_word(whole.label) or _totals_its_header(whole)
                wholes[f.id] = [*f.header_path[:-1]] if total else [*f.header_path[:-1], whole.label]
    return wholes


def _is_total_word(label: str) -> bool:
    return normalize_label(label).clean in _TOTALS


def _kind_of_amount(part: str, whole: str) -> str | None:
    """A part naming a kind of the money its whole counts, written out with the whole's measure: 「补贴发放金额 ›
    其中：护理补贴」 is 护理补贴发放金额, 「救助资金支出 › 其中：临时救助」 临时救助资金支出. None when the part shares no
    head word with the whole, or the whole is no amount."""
    if not whole.endswith(_AMOUNT_WHOLE_ENDINGS):
        return None
    if whole.endswith(_RATE_OF_PAY) and _PAYMENT_HEADER_RE.search(part):
        # 「补贴标准 › 岗位补贴」, 「发放标准（元/月） › 生活补贴」: the rate each payment is paid at, no sum paid out on a
        # 发放明细 (u606's look-alike)
        return part + _RATE_OF_PAY
    shared = next((n for n in range(min(len(part), len(whole)) - 1, 1, -1) if part.endswith(whole[:n])), None)
    return part + whole[shared:] if shared and len(part) > shared else None


# (and a kind of payer of a subsidy or a fee: 「财政补贴 › 中央财政」 is the 中央财政补贴 — u311)
_RATE_OF_PAY = "标准"
_AMOUNT_WHOLE_ENDINGS = (_AMOUNT, "资金", "支出", "发放额", "补贴", "补助", "保费", "费用", _RATE_OF_PAY)


def _counted_kind(f: Field) -> str | None:
    """What a count counts, households or people, by its words or its unit."""
    return _counted_kind_of(normalize_label(f.label).clean, f.unit or normalize_label(f.label).unit)


def _counted_kind_of(clean: str, unit: str | None) -> str | None:
    unit = unit or ""
    if clean.endswith("户数") or unit == "户":
        return "户"
    if clean.endswith(("人数", "人口")) or unit == "人":
        return "人"
    return None


def _titled_subject(members: list[Field], title: str, synonyms: Synonyms) -> str | None:
    """The people a register lists, when its only name column says who they are and its title names them
    (「孕产妇姓名」 on a 孕产妇登记花名册): the record's own subject, whose 孕产妇姓名 is its 姓名."""
    # (「《致家长的一封信》签收登记表」: the letter's addressees sign for it, the register lists the pupils — u204)
    titled = _LETTER_TO_RE.sub("", basic_form(title))
    cleans = [normalize_label(f.label).clean for f in members]
    # (丈夫 › 姓名 beside 孕产妇姓名 is the husband's name: only a 姓名 of no one else's group is the record's own)
    if any(clean == "姓名" and (len(f.header_path) < 2 or f.header_path[-2] in synonyms.self_contexts
                                or normalize_label(f.header_path[-2]).clean in synonyms.sections)
           for clean, f in zip(cleans, members, strict=True)):
        return None
    for clean, f in zip(cleans, members, strict=True):
        word = clean[:-2]
        if clean.endswith("姓名") and 2 <= len(word) <= 6 and synonyms.lookup(clean) is None \
                and (not word.endswith("户") or word.endswith(_NO_HOUSEHOLD_WORDS)) \
                and not _told_by_another(f, word, members, cleans) \
                and (_title_lists(word, titled) or _title_lists(word, titled, far=True)):
            # (a 河长巡河记录表 records the patrols of 河长: its 河长 is no subject of the record)
            # (「农户姓名」 of a 种粮农户售粮情况登记台账 names the household by its head, as 建房户姓名 does — u333)
            return word
    # 「摊主姓名 | 身份证号码 | 手机号码」 of a 流动摊贩登记台账: the one name the register asks, of a person no word of
    # the vocabulary names, beside an ID number no one else's, is its own person's (u122)
    # (「建房户姓名」 names a household by its head, whose the ID beside is — u188: three look-alikes)
    names = [clean for clean in cleans if clean.endswith("姓名")]
    # (「站内临时姓名」 of a 长期滞留人员 register: the name the station gives, no kind of person — u221)
    if len(names) == 1 and 2 <= len(word := names[0][:-2]) <= 4 and synonyms.lookup(names[0]) is None \
            and not word.endswith("户") and not _KIND_OF_NAME_RE.search(word) \
            and synonyms.lookup(word) is None and not any(word.endswith(w) for w, _ in synonyms.role_words()) \
            and not any(word.endswith(w) for w in synonyms.other_parties) \
            and (any(synonyms.lookup(clean) == ID_ITEM for clean in cleans)
                 # (「缺勤学生姓名」 of a 晨午检 register: a kind of the people registers call their own — u241)
                 or len(word) >= 3 and word.endswith(tuple(synonyms.self_prefixes))):
        return word
    return None


def _told_by_another(name: Field, word: str, members: list[Field], cleans: list[str]) -> bool:
    """The people of a name's group are told by their relation to someone else the form names (「患者姓名 | 监护人信息 ›
    监护人姓名 | 与患者关系」 of a 患者监护人以奖代补资金发放花名册): they are not its own, whatever the title pays them
    (u511). A 与户主关系 beside a roster's own name, outside any group, tells its household, not its people."""
    group = name.header_path[:-1]
    return bool(group) and any(
        f.header_path[:-1] == group and (whom := _relation_to(clean)) and whom != word and whom + "姓名" in cleans
        for clean, f in zip(cleans, members, strict=True))


# Which of a person's names a column asks (临时姓名, 自报姓名, 曾用姓名, 拼音姓名), not whose.
_KIND_OF_NAME_RE = re.compile(r"(?:临时|自报|核实|曾用|真实|常用|登记|英文|拼音|中文|少数民族文字|乳|小)$")
_LETTER_TO_RE = re.compile(r"致[\u4e00-\u9fff]{1,10}?的?(?:一封)?(?:公开)?(?:信|书)")
_BASICS = ("基本情况", "基本信息")
_REGISTER_WORDS = r"(?:登记|花名册|名册|名单|名录|清册|信息|台账|档案|基本情况|情况|统计|一览表|发放|公示|考核|考勤|测评|评议)"


def _core_of(role: str) -> str:
    """信访人 → 信访, 护林员 → 护林: the word a title may name the people by; 委员 stays 委员."""
    core = role.rstrip("人者员方")
    return core if len(core) >= 2 else role


def _title_lists(people: str, titled: str, far: bool = False) -> bool:
    """The title lists those people (孕产妇登记花名册, 信访事项登记表, 生态护林员选聘花名册), not what they do (河长巡河记录表).

    ``far``: the title may name what is done for them at more length before the register (「生态护林员续聘新聘人员
    花名册」, 「困难职工帮扶救助资金发放台账」), naming no other people in between (「独生子女父母奖励费发放花名册」 lists
    the parents)."""
    # (「孕妇姓名」 on a 孕产妇健康管理登记表: a word the title's contracts, one character at most left out between
    # two of its own — u84)
    written = re.escape(people) if people in titled else ".?".join(map(re.escape, people))
    # (「“双岗”联系人制度落实情况台账」: the people name a system the register checks, of the families it lists — u254)
    if far:
        found = re.search(written + "(.{6,8}?)" + _REGISTER_WORDS, titled)
        return found is not None and not _PARENTS_TITLE_RE.search(found.group(1)) \
            and not _SYSTEM_RE.match(found.group(1))
    # (「校车驾驶人及随车照管人员登记表」: the first of the people a title lists together; 「独生子女父母奖励金发放台账」
    # lists the parents, whose child's name it asks)
    found = re.search(written + "(.{0,5}?|人?[及和与].{0,10}?)" + _REGISTER_WORDS, titled)
    return found is not None and not _PARENTS_TITLE_RE.match(found.group(1)) and not _SYSTEM_RE.match(found.group(1))


_SYSTEM_RE = re.compile(r"^[人者员]?(?:制度|机制)")


def _title_lists_far_alone(people: str, titled: str) -> bool:
    """The title names those people, then what is done for them, naming no one else before the register word
    (「无偿献血者用血费用报销台账」; not 「港澳台同胞在县亲属联系走访名册」, which lists the 亲属)."""
    found = re.search(re.escape(people) + "(.{6,8}?)" + _REGISTER_WORDS, titled)
    return found is not None and not _SOMEONE_IN_BETWEEN_RE.search(found.group(1)) and not _SYSTEM_RE.match(found.group(1))


_SOMEONE_IN_BETWEEN_RE = re.compile(r"[人者员属]|子女|父母|儿童|老人|家庭")


def _listed_after(people: str, titled: str) -> bool:
    """The title names the people after what else the register is of (「代表性项目及代表性传承人名录」, 「校车使用许可及
    驾驶人、照管员信息台账」)."""
    found = re.search(re.escape(people), titled)
    return found is not None and titled[:found.start()].endswith(("及", "和", "与", "、"))


def _without_subject_word(label: str, word: str, synonyms: Synonyms) -> str:
    """孕产妇姓名 → 姓名, 孕产妇身份证号 → 身份证号 on a register of 孕产妇; anything else as it is."""
    clean = normalize_label(label).clean
    rest = clean[len(word):]
    return rest if clean.startswith(word) and synonyms.lookup(rest) else label


# The items of insurance cover that do not say which insurance (a 医保 form's 参保险种 is its 医疗保险类型), and
# whether one is covered at all (a pension roster's 参保状态 is 养老保险参保状态, apart from the 医保 台账's).
_BARE_INSURANCE_ITEMS = frozenset({"参保险种", "险种", "参保类型", "参保类别"})
_BARE_ACCOUNTS = frozenset({"账号", "个人账号", "账户", "个人账户", "账户号码"})
_BARE_COVER_ITEMS = frozenset({"参保状态", "参保情况", "是否参保", "是否已参保"})
_BARE_COVER_DATES = frozenset({"参保日期", "参保时间", "参保年月", "参保年度", "首次参保日期", "首次参保时间"})
_INSURANCE_RE = re.compile(r"医疗保险|医保|医疗保障|养老保险|养老")
_MEDICAL_RE = re.compile(r"医疗保险|医保|医疗保障")
_PENSION_RE = re.compile(r"养老保险|养老金")


def _insurance_named(title: str) -> str | None:
    """The one insurance a title names (医疗保险 or 养老保险), None for none or both."""
    medical, pension = bool(_MEDICAL_RE.search(title)), bool(_PENSION_RE.search(title))
    return "医疗保险" if medical and not pension else "养老保险" if pension and not medical else None


_NEGATIONS = "不未非无没"
_UNDERGOER_RE = re.compile(r"被[\u4e00-\u9fff]{1,4}人")
# Whom harm befell, as 受伤害职工, 受灾群众, 受害人: the one a record about the harm is about
# (出险人: the insured whom the accident befell, whose claim a relative may file — u579)
_HARMED_RE = re.compile(r"(?:受(?:伤害|伤|害|灾|困)(?:职工|人员|群众|人|者)|出险(?:人|者))(?=$|情况|信息|基本|姓名)")  # (no 受伤人数)
_CASE_PARTY_RE = re.compile(r"申请|诉|举报|告|执行|检查|处罚|调解|害")  # (被投诉人, 被申诉人, 被告, 被侵害人 …)
_NUMBERED_SECTION_RE = re.compile(r"^\s*[一二三四五六七八九十]+[、.．]")
_SCOPE_WORDS = ("含", "包括", "包含", "不含", "其中")
# 「紧急联系人（监护人以外）」: whom the section leaves out names no one it is about (u117)
_OUTSIDE_WORDS = ("以外", "之外", "除外", "外")


def _level_words(level: str) -> str:
    # (a register of units or sites is of one record each too: 「一人或一户」 read as nonsense beside a school's or a
    # 服务组织's figure — u251, u253, u264; and 「（一人、一户或一个单位）」 nested in a key's brackets was unreadable — u319,
    # u320)
    return {"household": "每户一张", "person": "每人一张", RECORD_LEVEL: "一条记录的数"}.get(level, "汇总")


RECORD_LEVEL = "record"
HOUSEHOLD_SIZE_ITEM = "家庭人口数"
_BARE_HEADCOUNTS = frozenset({"人数", "人口", "人口数", "口数", "总人数", "总人口"})
_PEOPLES_RECORDS = (Subject.PERSON, Subject.HOUSEHOLD)


def _among_the_count(context: list[str]) -> bool:
    """「需转移人数 | 其中 › 残疾人 | 儿童」 of a household's row: how many of those counted beside are disabled."""
    return bool(context) and normalize_label(context[-1]).clean == "其中"


def _counts_people(k: LabelKey, synonyms: Synonyms) -> bool:
    """How many people or households: a household's own 家庭人口 is no village's 户籍人口 (u87)."""
    dimension = unit_dimension(k.unit) or ""
    return dimension in ("person", "household", "person-time") or bool(_PEOPLE_COUNT_TAIL_RE.search(k.text)) \
        or synonyms.theme_of.get(k.canonical or "") == COUNT_THEME


_PEOPLE_COUNT_TAIL_RE = re.compile(r"(?:人口|人数|户数|口数)$")


# Items of a programme's own administration (申请类别, 发放标准, 始领年月, 救助证编号): the 低保 office's and the
# 困境儿童 office's are different items even when they are worded alike.
_PROGRAM_ITEM_RE = re.compile(r"申请|发放|始领|停发|停领|补助|补贴|救助|扶助|保障|享受|认定|退出|确诊")
# When one was taken into a programme or left it (纳入监测时间, 保障起始年月, 退出时间): each programme's own date, the
# 低收入人口 monitoring of 民政 and the 防返贫 monitoring of 乡村振兴 taking the same family in on different days (u548)
_MEMBERSHIP_DATE_RE = re.compile(r"(?:纳入|认定|退出|享受|(?:保障|救助|供养)起始|始领).*(?:时间|日期|年月)$")
# A programme's classing of its own people (人员类别 on a 低保 register), and the words its population ends with.
_PEOPLE_CATEGORY_RE = re.compile(r"(人员|对象|人口)(类别|类型|分类)")
_FAMILY_CATEGORY_RE = re.compile(r"(家庭|救助|困难)(?:类别|类型)")
# The 乡村振兴 programmes whose households' 户类型 is 脱贫户, 监测户 or 一般户
_POVERTY_PROGRAMME_RE = re.compile(r"脱贫|返贫|监测|扶贫|贫困")
_PEOPLE_ENDINGS = ("人员", "对象", "人口", "人", "儿童", "老人", "户")


def _names_someone(k: LabelKey, synonyms: Synonyms) -> bool:
    """The key asks for another person's name (监护人姓名, 负责人, 经营者姓名): whose items may follow it."""
    return bool(k.role) and k.canonical in (f"{k.role}姓名", synonyms.lookup(f"{k.role}姓名"))


_BODY_CODES = frozenset({"统一社会信用代码", "组织机构代码"})
_ANOTHER_BODYS_NAME_RE = re.compile(r"^((?:鉴定|评估|检测|检验|施工|监理|设计|勘察|物业|运维|维保)(?:机构|单位|公司|企业))(?:名称|全称)$")


def _another_bodys_name(k: LabelKey) -> str | None:
    """The body a 「鉴定机构名称」, 「施工单位名称」 column names: one that works on the record, never the record."""
    # (as written: 鉴定机构名称 is the item 鉴定单位 of the table, and still another body's name — u172)
    found = None if k.role else _ANOTHER_BODYS_NAME_RE.match(k.written or k.text)
    return found.group(1) if found else None


# Words a yes-or-no question opens with (是否低保户, 有无房产)
_YES_NO_LEAD = ("是否", "有无")


def _holds_a_duty(k: LabelKey, maker: KeyMaker) -> bool:
    """A bare word for whoever holds a duty, which no table lists (监测人, 儿童主任, 预警信号发布人): the identity
    items right after it are that person's. (Kinds of the record's own people, 残疾人 or 党员, are no duty.)"""
    # (「是否“法律明白人”」 asks a yes or no of the row's own person, naming no one: the 联系电话 after it stays theirs — u357)
    return not k.canonical and not k.role and not k.qualifiers and not k.text.startswith(_YES_NO_LEAD) \
        and maker.section_person(k.text) == k.text


def _money_unit_of(form: Form) -> str | None:
    """The one money unit a form's unit line states (「单位：万元」); a line of several units states none."""
    stated = form.unit
    if not stated or re.search(r"[、，,;；/\s]", stated) or not (unit_dimension(stated) or "").startswith("money"):
        return None
    return stated


def _money_unit_stated(f: Field, stated: str | None) -> str | None:
    """The form's money unit for an amount whose label gives none: the county's 「2.社会保险补贴」 in 万元 is no
    roster's 「补贴标准（元/月） › 社会保险补贴」 (u278). A label that asks no amount takes none."""
    return stated if stated and _MONEY_LABEL_RE.search(normalize_label(f.label).clean) else None


_MONEY_LABEL_RE = re.compile(rf"(?:费用?|金额|总额|资金|款|{_MONEY_TAILS})$")


_MONEY_PER_MONTH = UNIT_DIMENSIONS["元/月"]
_MONTHLY_MONEY_RE = re.compile(r"^(?:人均|户均)?月(?![份末初底度])[\u4e00-\u9fff]")
_MONTHLY_HEADER_RE = re.compile(r"(?<![本上当次每])月(?:收入|支出|工资|收支)(?:状况|情况|明细)?$")


def asks_by_the_month(label: str, header_path: Iterable[str]) -> bool:
    """「月补贴标准（元）」, 「家庭成员月收入状况 › 工资性收入（元）」: money a field asks by the month."""
    return bool(_MONTHLY_MONEY_RE.match(label.strip())) \
        or any(_MONTHLY_HEADER_RE.search(normalize_label(g).clean) for g in header_path)


def _per_record(unit: str | None, subject: Subject | None, layout: Layout | str | None) -> str | None:
    """A per-person unit on a row or card that is one person (缴费及资助（元/人） › 应缴费金额) is that person's
    元, as 元/户 is on a household's (helper-88: 元/人 ≠ 元 kept 应缴费金额 from 应缴费额（元）)."""
    if unit and layout != Layout.INDICATOR:
        per = {Subject.PERSON: "/人", Subject.HOUSEHOLD: "/户"}.get(subject) if subject else None
        if per and unit.endswith(per) and len(unit) > len(per):
            return unit[:-len(per)]
    return unit


def _identity_items(synonyms: Synonyms) -> set[str]:
    """The items that follow a person's name on a row: whose they are, the name says."""
    # (「委托代办人 | ___ | 与户主关系 | ___」: how the agent is related to the head; 「负责人 | ___ | 职务 | ___」: the
    # post of the one in charge, not of the register's own person — u88)
    return synonyms.household_head | {PHONE_ITEM, HEAD_RELATION_ITEM, RELATION_ITEM, _POST_ITEM}


_POST_ITEM = "职务"


def _roles_beside_names(members: list[Field], maker: KeyMaker, position: dict[str, tuple[int, int]],
                        subject: Subject | None = None, own_people: str | None = None,
                        title: str = "") -> dict[str, str]:
    """「负责人 | 联系电话」, 「经营者姓名 | 身份证号码 | 联系电话」 in a register: the identity items that follow a
    column naming someone else, under the same headers and with nothing else between, are that person's. (The
    户主's are given by the household record itself, and a register of 子女 lists the children.) On a register of
    people, a 性别 or 出生日期 the form asks only once is its own person's: 「患者姓名 | 患儿家长姓名 | 性别 | 出生日期」
    names the parent in passing. The people the title lists (``own_people``: 护林员 of a 护林员花名册) are no one
    else."""
    syn = maker.synonyms
    identity = _identity_items(syn)
    asked = Counter(maker.key(f.label).canonical for f in members)
    # A table stacked under another in one form (a Word card's 家庭成员 rows, then 探访记录, then 儿童主任 |
    # 联系电话) heads its own columns: header rows more than two apart start a new part.
    part: dict[int, int] = {}
    previous, parts = None, 0
    for row in sorted({position[f.id][0] for f in members}):
        if previous is not None and row - previous > 2:
            parts += 1
        part[row], previous = parts, row
    carried: dict[str, str] = {}
    named: tuple[str, list[str]] | None = None
    since_named: list[str] = []
    def in_turn(f: Field) -> tuple[int, int, int, int]:
        # (「队长：____  联系电话：____」 over a 花名册's header: a line of its own, read along it before the header's
        # columns — u614's 联系电话 there had been a team member's)
        row, column = position[f.id]
        line = f.label.rstrip().endswith(("：", ":"))
        return part[row], 0 if line else 1, row if line else 0, column

    for f in sorted(members, key=in_turn):
        k = maker.key(_SOLE_TRADER_NAME if _sole_traders_head(f.label, subject, title) else f.label)
        if _names_someone(k, syn) and k.role not in ("户主", own_people) and k.role not in syn.record_roles:
            # (「父母（监护人）信息 › 父亲姓名 | 母亲姓名 | 联系电话」: after two people named side by side, the phone is
            # the group's, not the second one's)
            side_by_side = named is not None and not since_named and named[1] == f.context and named[0] != k.role
            # (「运维单位 › 联系人 | 联系电话」: the phone is the 运维单位联系人's, as its header makes the contact — u349)
            # (「开发企业 › 联系人 | 联系电话」 on a register of the 开发企业 themselves: its own contact, as the key says)
            context = [g for g in f.context if subject is not Subject.ORGANISATION or not _about_its_own_body(g, title)]
            whose = maker.key(f.label, tuple(context)).role if context else None
            who = whose if whose and k.role and whose != k.role and whose.endswith(k.role) else k.role
            named, since_named = (None if side_by_side else (who, f.context)), []
        elif _holds_a_duty(k, maker):
            named, since_named = (k.text, f.context), []  # 「儿童主任 | 联系电话」: a duty's holder the words do not list
        elif body := _another_bodys_name(k):
            # 「鉴定机构名称 | 统一社会信用代码」 of a 自建房 register: the code of the body just named, not the row's
            # (wf13: the 一套表 keyed its 单位 sheet by the appraiser's code)
            named, since_named = (body, f.context), []
        elif named and not k.role and k.canonical in _BODY_CODES and f.context == named[1]:
            carried[f.id] = named[0]
            since_named.append(f.id)
        elif named and not k.role and k.canonical in identity and f.context == named[1]:
            if subject is Subject.PERSON and k.canonical in _DESCRIBES_A_PERSON and asked[k.canonical] == 1:
                for earlier in since_named:  # (the 有效证件号 between is in that block too: the patient's)
                    del carried[earlier]
                named, since_named = None, []
            else:
                carried[f.id] = named[0]
                since_named.append(f.id)
        elif named and k.role and k.role != named[0] and named[0].endswith(k.role) and f.context == named[1]:
            carried[f.id] = named[0]  # 「转移责任人 | 责任人电话」: the one just named, by a shorter word
            since_named.append(f.id)
        elif named and k.role == named[0] and f.context == named[1]:
            pass  # 「监护人姓名 | 监护人证件号码 | 与学生关系」: the same person named again, still the one the row is on (u140)
        else:
            named, since_named = None, []
    return carried


def _another_bodys_rows(members: list[Field], position: dict[str, tuple[int, int]], title: str) -> dict[str, str]:
    """「分支机构名称 | 注册地址 | 纳税人识别号」, 「总机构名称 | 纳税人识别号」 then 「注册地址 | 经营范围」 on a 税务登记表:
    a card row that opens with another body's name asks that body's items, and so do the rows right after it
    that ask again what the card asked of its own body (wf62: the head office's 注册地址 and 纳税人识别号 had been
    the unit's own)."""
    rows: dict[int, list[Field]] = defaultdict(list)
    for f in members:
        rows[position[f.id][0]].append(f)
    carried: dict[str, str] = {}
    asked: set[str] = set()
    body: str | None = None
    previous = None
    for row in sorted(rows):
        cells = sorted(rows[row], key=lambda f: position[f.id][1])
        labels = [normalize_label(f.label).clean for f in cells]
        opening = _OTHER_BODY_NAME_RE.match(labels[0])
        if opening and not cells[0].header_path[:-1] and not _kind_of_its_own(opening.group(1), title):
            # (a header naming the body, 「总机构情况 › 总机构名称」, gives the row its items already)
            body = opening.group(1)
            carried.update((f.id, body) for f in cells[1:])
        elif body and previous is not None and row == previous + 1 and any(label in asked for label in labels):
            carried.update((f.id, body) for f in cells)
        else:
            body = None
            asked.update(labels)
        previous = row
    return carried


# 「分支机构名称」, 「总机构名称」, 「上级单位名称」: a body the record is not, named on a row of its card.
_OTHER_BODY_NAME_RE = re.compile(r"^([\u4e00-\u9fff]{1,6}(?:机构|单位|公司|企业))(?:名称|全称)$")


def _documents_beside(members: list[Field], position: dict[str, tuple[int, int]],
                      synonyms: Synonyms) -> dict[str, str]:
    """「健康证明编号 | ___ | 有效期至 | ___」 on a card: a generic label (有效期至, 发证机关) right after a document's
    number on the same row is that document's (健康证明), as a 健康证明 › 有效期至 column of a register is."""
    found: dict[str, str] = {}
    previous: Field | None = None
    for f in sorted(members, key=lambda f: position[f.id]):
        clean = normalize_label(f.label).clean
        if previous is not None and position[previous.id][0] == position[f.id][0] \
                and clean in synonyms.generic_labels and (number := _DOCUMENT_NUMBER_RE.match(
                    normalize_label(previous.label).clean)):
            found[f.id] = number.group(1)
        previous = f
    return found


_DOCUMENT_NUMBER_RE = re.compile(r"^([\u4e00-\u9fff]{2,10}?(?:证|证明|证书|执照|许可证|卡))(?:编号|号码|证号|号)$")


# The current period a row of an indicator table repeats, numbering and all: 「一、本年总收入」, 「（二）本月新增」.
_ROW_PERIOD_RE = re.compile(r"^(\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])?\s*)"
                            r"(?:本年度?|本期|本月|本季度?|当年|当期|当月)(?![末初底])(?=\S{2,})")  # (本年末: a time point, u101)
_DESCRIBES_A_PERSON = frozenset({"性别", "出生日期", "年龄", "民族"})


def _position(f: Field) -> tuple[int, int]:
    try:
        return parse_a1(f.cell)
    except ValueError:
        return (0, 0)


def match_fields(fields: list[Field], synonyms: Synonyms | None = None, decisions: Decisions | None = None,
                 progress: Callable[[str], None] | None = None, forms: Iterable[Form] = ()) -> MatchResult:
    """Group fields into concepts. Sets ``concept_id``, ``confidence``, ``clean_label``, ``slot`` and ``role``.

    ``decisions`` (from the review workbook) override the matcher: must-link, cannot-link, renames.
    ``forms`` give each form's record subject (Form.subject); without them it is read from the fields.
    """
    synonyms = synonyms or load_synonyms()
    decisions = decisions or Decisions()
    maker = KeyMaker(synonyms)
    forms = list(forms)
    subject_of = {form.id: form.subject for form in forms}
    kind_of = {form.id: form.kind for form in forms}
    # The programme a form's payments and applications belong to: its target group, or the payment its title names.
    programme_of = _one_name_each({form.id: form.population or _programme_paid(form.title) for form in forms})
    insurance_of = {form.id: _insurance_named(form.title) for form in forms}
    fund_of = {form.id: "公积金" in form.title for form in forms}
    registry = {form.id for form in forms if _REGISTRY_TITLE_RE.search(basic_form(form.title))}
    layout_of = {form.id: form.layout for form in forms}
    money_unit_of = {form.id: unit for form in forms if (unit := _money_unit_of(form))}
    period_tables = {form.id for form in forms if form.layout == "indicator" and form.period_columns}
    by_form: dict[str, list[Field]] = defaultdict(list)
    for f in fields:
        by_form[f.form_id].append(f)
    title_of = {form.id: form.title for form in forms}
    foreign = {form_id for form_id, members in by_form.items() if _asks_of_foreigners(members)}
    continued = _later_tables(forms)
    # (a body's card names its people — 「二、药学技术人员情况 › 执业药师姓名」 of a 定点零售药店申请表, 「园长姓名」 of a
    # 幼儿园认定申请表 — the body is its record, none of them its own person: u542's look-alike, u537)
    # (A register of things keyed by their owner, 车主姓名 of a 电动自行车登记台账, is the owner's — u493.)
    titled_subject = {form_id: None if subject_of.get(form_id) in (Subject.ORGANISATION, Subject.PLACE)
                      and layout_of.get(form_id) == "card" else _titled_subject(members, title_of.get(form_id, ""), synonyms)
                      for form_id, members in by_form.items()}
    # (A register of 孕产妇 keyed by 孕产妇姓名 is the mother's: its 新生儿 › 性别 is the child's, not the record's; and
    # 「一、委员基本情况 › 性别」 on a 政协委员履职登记表 is the 委员's own — u114.)
    # (forms asking a bank account, or naming their 户主 otherwise: there 户名 is the account's name)
    banked = {f.form_id for f in fields if _BANK_WORDS_RE.search(clean := normalize_label(f.label).clean) or "户主" in clean}
    named_of = {form_id: named_groups(members, maker, subject_of.get(form_id))
                if layout_of.get(form_id) in ("list", "card") else frozenset() for form_id, members in by_form.items()}
    parties_of = {form_id: two_parties(members, subject_of.get(form_id), title_of.get(form_id, ""))
                  | others_own_words(members, synonyms, title_of.get(form_id, ""), layout_of.get(form_id) == "card")
                  | named_of[form_id]
                  for form_id, members in by_form.items()}
    # (a titled subject said by a word of a role, 产妇 of a 孕产妇 roster, is that role: the 母亲 its ID number beside
    # 产妇姓名 is given — u498)
    role_of_word = dict(synonyms.role_words())
    form_roles = {form_id: ((), role_of_word.get(titled, titled)) if (titled := titled_subject[form_id]) else record_roles(
        members, maker, subject_of.get(form_id), kind_of.get(form_id), title_of.get(form_id, ""), form_id in continued,
        layout_of.get(form_id), form_id in banked, _complaint_sides(parties_of[form_id], subject_of.get(form_id)),
        named_of[form_id])
        for form_id, members in by_form.items()}
    # (a household's record is the household: its 户主 is someone of it, whose items are the 户主's on every form —
    # u616: 「申请人（户主）基本情况 › 户主姓名」 of a household's 改厕申请表 had become a bare 姓名)
    form_roles = {form_id: (owners, None if role in _KEEPER_ROLES
                            or role == "户主" and subject_of.get(form_id) is Subject.HOUSEHOLD else role)
                  for form_id, (owners, role) in form_roles.items()}
    position = {f.id: _position(f) for f in fields}
    partners = {form_id: found for form_id, members in by_form.items()
                if (found := _titled_partners(members, parties_of[form_id], position, maker))}
    identity = _identity_items(synonyms)
    carried_role: dict[str, str] = {}
    for form_id, members in by_form.items():
        if layout_of.get(form_id) == "list":
            carried_role.update(_roles_beside_names(members, maker, position, subject_of.get(form_id),
                                                    titled_subject[form_id], title_of.get(form_id, "")))
    document_of: dict[str, str] = {}
    body_of_row: dict[str, str] = {}
    for form_id, members in by_form.items():
        if layout_of.get(form_id) == "card":
            document_of.update(_documents_beside(members, position, synonyms))
            body_of_row.update(_another_bodys_rows(members, position, title_of.get(form_id, "")))
    field_key: dict[str, LabelKey] = {}
    field_lk: dict[str, str] = {}
    # (form, sheet, row) → the role a card row names, and the side label it stands beside (None: any)
    row_role: dict[tuple[str, str, int], tuple[str, tuple[str, ...] | None]] = {}
    row_named: dict[tuple[str, str, int], int] = {}  # how many items of the row's person the row has asked
    own_named_rows: set[tuple[str, str, int]] = set()  # card rows naming the record's own person
    card_asks = Counter((f.form_id, maker.key(f.label).canonical) for f in fields if layout_of.get(f.form_id) == "card")
    # The same label under the same headers on the same kind of record is read once: a province's forms
    # repeat a few thousand wordings tens of thousands of times.
    read_before: dict[tuple[object, ...], tuple[LabelKey, bool]] = {}
    sectioned = _items_by_section(fields, layout_of, maker)
    asked_twice = _asked_under_several_headers(fields)
    first_column: dict[str, int] = {}
    for f in fields:
        first_column[f.form_id] = min(first_column.get(f.form_id, position[f.id][1]), position[f.id][1])
    left_of = _wholes_of_parts(fields, layout_of, position)
    titles_group = _groups_the_title_names(fields, title_of)
    fuller = _roles_said_in_full(fields, maker)
    said_own = {f.form_id for f in fields
                if any(_OWN_SECTION_RE.search(normalize_label(g).clean) for g in f.header_path[:-1])}
    # (「资格权人情况（含户主） › 姓名 | 性别 | … | 与户主关系」 under a card's 户主情况: a section of members, each asked
    # their relation to the head, is theirs — u486: its 性别 and 出生日期 had been read as the head's)
    # Registers of people listed by household (「姓名 | 证件号码 | 人数 | 与户主关系」). (A register of houses' 人口 is
    # who lives in the house, no household's size — real_forms_more's 农村房屋基本情况摸排表.)
    by_household = {f.form_id for f in fields if layout_of.get(f.form_id) == "list"
                    and normalize_label(f.label).clean == HEAD_RELATION_ITEM}
    member_sections = {(f.form_id, f.header_path[-2]) for f in fields
                       if len(f.header_path) > 1 and normalize_label(f.label).clean == HEAD_RELATION_ITEM}
    for f in sorted(fields, key=lambda f: (f.form_id, *position[f.id])):
        owners, subject_role = form_roles[f.form_id]
        if owners and len(f.header_path) > 1 and (f.form_id, f.header_path[-2]) in member_sections:
            owners = ()
        context = left_of.get(f.id) or f.header_path[:-1]
        if context and context[0] == titles_group.get(f.form_id):
            # 「耕地地力保护补贴 › 补贴标准（元/亩）」 of a 耕地地力保护补贴面积核实登记花名册: the title's programme, which
            # every item of the form is of, qualifies none of them (u333: 「耕地地力保护补贴补贴标准」 met no 补贴标准)
            context = context[1:]
        if context and _GIVEN_UP_TITLE_RE.search(f.form_title) and _OBJECT_INFO_HEADER_RE.match(context[0]):
            # 「车辆信息 › 号牌号码」 of a 报废机动车注销登记台账: the car given up, as 「报废车辆信息 › 号牌号码」 of an
            # application says, not the new car an 报废更新 application names plainly (u335: plate, VIN and model met)
            context = [_GIVEN_UP_WORD + context[0], *context[1:]]
        row = (f.form_id, f.sheet, position[f.id][0])
        card = layout_of.get(f.form_id) == "card"
        named_here = row_role.get(row) if card else None
        if card and named_here is None and subject_of.get(f.form_id) is Subject.ORGANISATION:
            # 「负 责 人 | ___ | 性别 | ___」 over 「身份证号码 | ___ | 联系电话 | ___」 on a body's card: a body has no ID
            # number, the person named on the row above goes on (u89)
            named_here = row_role.get((f.form_id, f.sheet, position[f.id][0] - 1))
        elif card and named_here is None and context and _HOUSEHOLDS_SECTION_RE.match(context[-1]) \
                and (above := row_role.get((f.form_id, f.sheet, position[f.id][0] - 1))) and above[0] == "户主":
            # 「申请户基本情况 › 户主姓名 | ___ | 联系电话 | ___」 over 「身份证号码 | ___」: a household's section asks
            # its head's number under the head's name, no one else is named in it (u645)
            named_here = above
        if named_here and named_here[1] in (None, tuple(context)) \
                and not maker.split_role(normalize_label(f.label).clean)[0]:
            # 「负责人 | ___ | 身份证号码 | ___」: on a card row that names a person, the identity items beside
            # that name are the person's.
            probe = maker.key(f.label, context, f.unit)
            if probe.role and (_ORGANISATION_NOUN_RE.search(probe.role) or probe.role in _PAIRS_AND_GROUPS
                               # 「家长情况 › 父亲姓名 | ___ | 联系电话」 of a 家访记录表: the father's phone (u531)
                               or probe.role in _KIN_SECTIONS and named_here[0] != probe.role
                               # 「承租人基本情况 › 紧急联系人 | ___ | 与承租人关系」: the record's own section, another's row
                               or probe.role == subject_role and named_here[0] != probe.role
                               or any(_names_several_people(g) for g in context)
                               # 「二、企业负责人情况 › 法定代表人 | ___ | 联系电话」 over 「安全管理负责人 | ___ |
                               # 联系电话」: a section of the body's heads, each row one of them (u464)
                               or probe.role in _BODY_HEADS and named_here[0] != probe.role
                               and (named_here[0] in _BODY_HEADS or named_here[0].endswith(probe.role))):
                # 「一、申请单位基本情况 › 法定代表人（负责人） | ___ | 联系电话」: the body's section, the head's row (u122);
                # 「二、父母情况 › 父亲姓名 | ___ | 身份证号」: the father's, not the pair's (u126); 「二、负责人及安全管理人员
                # 情况 › 主要负责人 | ___ | 联系电话」: the row's person, one of those the section lists (u141)
                probe = maker.key(f.label, (), f.unit)
            # (「残疾家长姓名 | 家长残疾证号 | 残疾类别」: a row asking twice after one person asks about them throughout)
            # (「患者姓名 | ___ | 患儿家长姓名 | ___ | 性别」 on a report card: the parent named in passing beside the
            # patient, the one 性别 the card asks is the patient's — u180)
            in_passing = subject_of.get(f.form_id) is Subject.PERSON and row in own_named_rows \
                and probe.canonical in _DESCRIBES_A_PERSON and card_asks[(f.form_id, probe.canonical)] == 1
            # (「网格员 | ___ | 网格员电话 | ___ | 所属网格 | ___」: where the record is, no one's — u631)
            if not probe.role and not in_passing and probe.canonical not in PLACE_ITEMS and (
                    probe.canonical in identity or row_named.get(row, 0) >= 2
                    and (synonyms.theme_of.get(probe.canonical or "") in PERSON_THEMES
                         # 「紧急联系人 | ___ | 紧急联系人电话 | ___ | 与承租人关系 | ___」: the contact's relation (u534)
                         or (probe.canonical or "").endswith((RELATION_ITEM, HEAD_RELATION_ITEM)))):
                context = [*context, named_here[0]]
        if context and f.id not in asked_twice and not maker.person_word(leaf := normalize_label(f.label).clean)[0] \
                and leaf not in synonyms.generic_labels:
            # (but a label that says nothing alone keeps it: 「流转情况 › 起始日期」 on a 流转合同备案登记表 is the
            # 流转起始日期 a 鉴证台账 prints whole — u318)
            # 「古树情况 › 树种」 on a 古树名木管护补助发放花名册, 「事件基本情况 › 树种」 on a 损害事件登记表: the section of
            # the thing each record is, which the title names; its 树种 is the 树种 (u250: five items for one). A
            # person under it is still the thing's: 「非遗工坊情况 › 负责人」 is no 传习所's 负责人.
            # (an animal's section stays: 「犬只情况 › 性别 | 毛色」 on a 犬只免疫登记台账 is the dog's, which a 犬主's
            # 性别 must never meet, and the 犬只信息 › 毛色 of a register the title names no 犬只 on — u379)
            context = [g for g in context if not _about_its_own_thing(g, f.form_title, maker)
                       or normalize_label(g).clean in partners.get(f.form_id, ()) or _ANIMAL_RE.search(g)]
        if subject_of.get(f.form_id) is Subject.ORGANISATION:
            # 「一、单位基本情况 › 统一社会信用代码」 on a register of units: the record's own body, no other party
            context = [g for g in context if not _about_its_own_body(g, f.form_title)]
        elif subject_of.get(f.form_id) is Subject.PERSON and context:
            # 「在县亲属情况 › 姓名」 on a 港澳台同胞在县亲属联系走访名册: the people the title lists are the record's own,
            # whatever kin word names them (u78); the 港澳台同胞 beside them are someone else.
            # (Not kin where a section says 本人: 「干部本人情况 › 姓名 … | 近亲属情况 › 姓名」 of a 近亲属任职回避情况登记表
            # lists cadres, whose relatives the title names too — u438; a 指导员花名册's 「本人情况 | 指导员情况」 are
            # both the instructor's own)
            context = [g for g in context if not _about_its_own_people(g, f.form_title)
                       or normalize_label(g).clean in partners.get(f.form_id, ())
                       or f.form_id in said_own and _KIN_SECTION_RE.search(normalize_label(g).clean)]
        shortened = None
        if f.id in carried_role:
            own, rest = maker.person_word(normalize_label(f.label).clean)
            if own and own != carried_role[f.id]:
                shortened = carried_role[f.id] + rest
            else:
                context = [*context, carried_role[f.id]]
        if f.id in document_of:
            context = [*context, document_of[f.id]]
        if f.id in body_of_row:
            if maker.person_word(normalize_label(f.label).clean)[0] in _BODY_HEADS:
                shortened = body_of_row[f.id] + normalize_label(f.label).clean  # 「总机构 … 法定代表人姓名」: its head's
            else:
                context = [*context, body_of_row[f.id]]
        programme = programme_of.get(f.form_id)
        # (whose section the field stands in matters only on a register of bodies: asked there alone)
        whose = maker.context_role(context) if context and subject_of.get(f.form_id) is Subject.ORGANISATION else None
        label = _as_its_form_means(f, subject_of.get(f.form_id), layout_of.get(f.form_id),
                                   position[f.id][1] == first_column[f.form_id], f.form_id in registry,
                                   f.form_id in foreign, position[f.id][1] <= first_column[f.form_id] + 1,
                                   whose is not None and whose not in (ORGANISATION_ROLE, EMPLOYER_ROLE))
        label = shortened or label
        if f.form_id in by_household and not f.header_path[:-1] and normalize_label(label).clean in _BARE_HEADCOUNTS:
            # 「人数」 beside 与户主关系 on a 监测户台账: the household's, which the 一套表 asked twice, once as 家庭人口数 and
            # once as a 人数 of that form alone, the one the cadre filled never reaching it (wf122, wf123, wf125)
            label = HOUSEHOLD_SIZE_ITEM
        if subject_of.get(f.form_id) is Subject.ORGANISATION and _DOMICILE_RE.match(normalize_label(label).clean) \
                and any(_about_its_own_body(g, f.form_title) for g in f.header_path[:-1]):
            # 「涉案单位情况 › 住所」: a body's 住所 is where it is registered (《民法典》第六十三条), no one's 现住址 (u434)
            label = _REGISTERED_ADDRESS
        if programme and not context and (people := _PEOPLE_CATEGORY_RE.fullmatch(normalize_label(label).clean)):
            # 「人员类别」 on a 低保退出人员名单 is the programme's own classing of its people (重点保障, 一般保障), not
            # the 户籍/流动 人口类型 of a police register (wf9)
            label = programme + (people.group(2) if programme.endswith(_PEOPLE_ENDINGS) else people.group())
        elif (kind := _FAMILY_CATEGORY_RE.fullmatch(normalize_label(label).clean)) \
                and (families := programme or target_population(f.form_title)) \
                and not (kind.group(1) == "家庭" and _POVERTY_PROGRAMME_RE.search(families)):
            # 「家庭类别」 on a 困境儿童 list or a 大病救助 table is the programme's classing of families (低保, 特困 …),
            # not the 户类型 (脱贫户, 监测户) of a 防返贫监测 register (wf43, wf44: both merged at 1.00); a 慰问活动台账
            # of 计生特殊家庭 names whose families it visits in its title (u254). So is a 救助类别: 急难型 | 支出型 of a
            # 临时救助 审批表, 城乡低保 | 特困供养 of a 低保 roster (u263's look-alike). And a 困难类别: 深度困难 | 相对困难
            # of the union's 困难职工, 大龄失业 | 残疾 of 人社's 就业困难人员 (u617's look-alike).
            label = families + kind.group(1) + "类别"
        if _ADMITTING_SCHOOL_RE.fullmatch(normalize_label(label).clean) and _ADMISSION_TITLE_RE.search(f.form_title):
            # (an 入学 application or roster: the school admitting the child, not yet the one attended — the 现就读学校
            # asked beside it; on a student aid form the 录取院校 is the student's college — u503, u476, u80)
            label = _ADMITTING_SCHOOL
        if label == f.label and not f.header_path[:-1]:
            label = maker.as_its_title_names(label, f.form_title)
        if titled_subject[f.form_id] and label == f.label:
            label = _without_subject_word(label, titled_subject[f.form_id], synonyms)
        if f.form_id not in banked and normalize_label(label).clean == _ACCOUNT_NAME_WORD:
            # 「户名 | 类型 | 性别」 of a list of households with no bank account asked: the household's name, its head's
            # (wf6: read as the account holder's name, it reached no household form)
            label = "户主姓名"
        insurance = insurance_of.get(f.form_id)
        if insurance and normalize_label(label).clean in _BARE_INSURANCE_ITEMS \
                and not any(_INSURANCE_RE.search(g) for g in context):
            # 「参保险种」, 「参保状态」 on a 基本医疗保险登记表: the medical insurance's, which the title names (u92: the
            # 医保 form's scheme met a pension roster's)
            label = insurance + "类型"
        elif fund_of.get(f.form_id) and normalize_label(label).clean in _BARE_ACCOUNTS:
            label = "住房公积金账号"  # 「个人账号」 on a 住房公积金 汇缴清册: the fund's account, no bank's (u106)
        elif insurance and normalize_label(label).clean in _BARE_COVER_ITEMS \
                and not any(_INSURANCE_RE.search(g) for g in context):
            label = ("医保" if insurance == "医疗保险" else insurance) + "参保状态"
        elif insurance and normalize_label(label).clean in _BARE_COVER_DATES \
                and not any(_INSURANCE_RE.search(g) for g in context):
            # 「参保时间」 of a 养老保险 roster and 「参保日期」 of a 医疗保险 花名册: when one joined the insurance the
            # title names (u380: the two schemes' dates were one item)
            label = ("医保" if insurance == "医疗保险" else insurance) + normalize_label(label).clean
        if f.id in sectioned:
            # 「一、批发和零售业 › 从业人员」 and 「二、住宿和餐饮业 › 从业人员」 of one table: each its section's (u75)
            label, context = sectioned[f.id] + normalize_label(label).clean, context[:-1]
        if is_event_outcome(bare := normalize_label(label).clean) and (event := _event_of(context, f.form_title)) \
                and event not in bare:
            # 「三、道路交通事故情况 › 死亡人数」 and the 死亡人数 of a 火灾情况统计表: each its event's dead, never the
            # 死亡人口 of a population table (u253: the police's road deaths and the fire brigade's were one item)
            label, context = event + bare, [g for g in context if event_named(g) is None]
        if f.form_id in period_tables:
            # 「一、本年总收入」 beside 本年数 | 上年同期数 columns: the columns say the period, the row the item
            label = _ROW_PERIOD_RE.sub(r"\1", label) or label
            context = [_ROW_PERIOD_RE.sub(r"\1", g) or g for g in context]
        if f.form_id in fuller and label == f.label:
            said_short = _person_said(normalize_label(label).clean, maker)
            if role_in_full := fuller[f.form_id].get(said_short[0] or ""):
                # 「责任人联系电话」 beside 「帮扶责任人」: that 帮扶责任人's (u321); 「教师电话」 beside 「送教教师」, asked as
                # its section would ask it (u424)
                label, context = said_short[1] or NAME_ITEM, [*context, role_in_full]
        parties = parties_of[f.form_id]
        unit = _per_record(f.unit or _money_unit_stated(f, money_unit_of.get(f.form_id)), subject_of.get(f.form_id),
                           layout_of.get(f.form_id))
        if unit and asks_by_the_month(label, context) and unit_dimension(f"{unit}/月") == _MONEY_PER_MONTH:
            # 「月补贴标准（元）」 is the 补贴标准（元/月） of another form (u292, u289); so are the columns of a
            # 「家庭成员月收入状况」 (wf85, wf87: the 一套表 asked 工资性收入（元） beside a 年收入, no 月 in sight)
            unit += "/月"
        memo = (label, tuple(context), unit, owners, subject_role, tuple(f.options), programme,
                layout_of.get(f.form_id) == "indicator" and subject_of.get(f.form_id), parties)
        known = read_before.get(memo)
        if known is None:
            k = maker.key(label, context, unit, owners=owners, subject_role=subject_role, options=memo[5],
                          parties=parties)
            # (a register's column named by a post asks its holder too: 「承办公证员」 of a 公证事项登记簿 is the card's
            # 「以下由公证处填写 › 承办公证员」 — u454)
            if (layout_of.get(f.form_id) == "card" or layout_of.get(f.form_id) == "list" and not any(
                    _COUNT_TAIL_RE.search(header.clean) or header.unit in _PEOPLE_UNITS
                    for header in map(normalize_label, context))) \
                    and not unit and not f.options and _holds_a_duty(k, maker):
                # 「安全管理员 | ___ | 移动电话 | ___」 on a card asks the holder's name, as 「安全管理员 › 姓名」 does (u269);
                # a word the table cannot tell from the card's own person (复查人姓名 read as 姓名) stays as written
                holder = maker.key(label.strip() + "姓名", context, unit, owners=owners, subject_role=subject_role,
                                   options=memo[5], parties=parties)
                if not holder.role and k.text not in synonyms.self_prefixes:
                    # (「送教教师 | ___ | 教师电话 | ___」: a duty the table does not know by name is read as its
                    # section would ask it, 「送教教师 › 姓名」 — u424)
                    holder = maker.key(NAME_ITEM, (*context, label.strip()), unit, owners=owners,
                                       subject_role=subject_role, options=memo[5], parties=parties)
                k = holder if holder.role else k
            generic = not k.canonical and k.text in synonyms.generic_labels
            if not generic and programme and (not k.canonical and _PROGRAM_ITEM_RE.search(k.text)
                                              or k.canonical and _MEMBERSHIP_DATE_RE.search(k.text)):
                k = replace(k, program=programme)
            if not k.canonical and layout_of.get(f.form_id) == "indicator" \
                    and subject_of.get(f.form_id) in (Subject.HOUSEHOLD, Subject.PERSON):
                k = replace(k, level=subject_of[f.form_id].value)  # 「一户贫困户对应填一张表」
            if layout_of.get(f.form_id) == "indicator" and subject_of.get(f.form_id) is Subject.AGGREGATE:
                k = replace(k, figure=True)
            elif layout_of.get(f.form_id) == "list" and subject_of.get(f.form_id) is Subject.PLACE \
                    and not k.role and not k.canonical and _among_the_count(context):
                # 「服务对象 › 其中 › 享受定期抚恤补助」 of a table of villages counts them; a card's 是否享受定期抚恤补助
                # ticks one person (u151's look-alike)
                k = replace(k, figure=True)
            if not k.level and subject_of.get(f.form_id) in _PEOPLES_RECORDS \
                    and (_counts_people(k, synonyms) or _among_the_count(context)):
                # 「一、住户基本情况 › 户籍人口（人）」 of a household's card against 「户籍人口」 of a village table: one
                # household's figure is no village's total (u87: 7 look-alikes merged)
                k = replace(k, level=RECORD_LEVEL)
            known = read_before[memo] = (k, generic)
        k, generic = known
        if generic:
            # 金额 of one form and 金额 of another are not known to be one item; of one template sent to two
            # departments they are (wf30: 婚姻信息查询结果's 登记机关 from 档案馆 and 民政局 stood apart)
            k = replace(k, scope=_template_of(f))
        # (each field's own words: 「企业名称」 and 「制造单位名称」 both read as the record's 单位名称 had shown one label)
        f.clean_label = normalize_label(f.label).clean
        f.label_key = label_key(k, f.clean_label)
        if card:
            # (「帮扶措施 › 帮扶责任人 | ___ | 联系电话」: a person the table knows by a word of its own; 「监测人 | ___ |
            # 联系电话」: a duty's holder; beside a side label only that label's items are the person's)
            named = k.role if _names_someone(k, synonyms) else k.canonical if k.canonical in synonyms.roles \
                else k.text if _holds_a_duty(k, maker) else None
            if k.canonical == NAME_ITEM and not k.role:
                own_named_rows.add(row)
            if named:
                row_role[row] = (named, tuple(f.context) if f.context else None)
                row_named[row] = 1
            elif k.role and row_role.get(row, (None,))[0] == k.role and maker.person_word(f.clean_label)[0] == k.role:
                row_named[row] += 1  # (its own words name the person, as 家长残疾证号 does: no carried role counts)
            elif row in row_role and _relation_to(f.clean_label) == row_role[row][0]:
                # 「户主姓名 | ___ | 与户主关系 | ___ | 联系电话」: the relation is the card's own person's to the one
                # named, and so is what follows it on the row (u148: the fisher's phone had become the 户主's)
                del row_role[row]
        field_key[f.id] = k
        f.role = k.role
        field_lk[f.id] = f.label_key
        f.slot = None
    _actual_against_approval(fields, field_key)
    _others_named_by_their_kind(fields, field_key, field_lk, maker)
    _tell_namesakes_apart(fields, field_key, field_lk)
    _tell_asked_twice_apart(fields, field_lk)
    release_tokenizer()  # every label is cut: the scores below work on the cuts
    keys = {k.node: k for k in field_key.values()}
    if progress:
        progress(f"{len(fields)} 个字段，{len(keys)} 个不同的数据项写法")
    node_of_lk = {field_lk[f.id]: field_key[f.id].node for f in fields}
    must = [(node_of_lk[a], node_of_lk[b]) for a, b in (tuple(p) for p in decisions.same if len(p) == 2)
            if a in node_of_lk and b in node_of_lk]
    cannot = {frozenset((node_of_lk[a], node_of_lk[b])) for a, b in (tuple(p) for p in decisions.different if len(p) == 2)
              if a in node_of_lk and b in node_of_lk and node_of_lk[a] != node_of_lk[b]}
    cannot |= _things_and_their_counts(fields, field_key)
    scorer = Scorer(synonyms, keys.values())
    groups, scores = cluster_nodes(keys, scorer, cannot, must)

    by_group: dict[str, list[Field]] = defaultdict(list)
    for f in fields:
        by_group[groups.find(field_key[f.id].node)].append(f)
    clusters = _apply_one_form_rule(list(by_group.values()), field_key, synonyms, _partners(decisions, field_lk))
    clusters = _apply_cannot_link(clusters, field_lk, decisions.different, decisions.same)
    # (A 不是同一项 keeps two wordings apart and confirms neither's group: wf37's split of 家庭详细地址 from 居住地址
    # had marked 居住地址's unreviewed partners 「经人工审核确认」.)
    joined = {lk for pair in decisions.same for lk in pair} | set(decisions.renames)

    lk_of_node: dict[str, str] = {}
    for f in fields:
        lk_of_node.setdefault(field_key[f.id].node, field_lk[f.id])
    concepts: list[Concept] = []
    for n, members in enumerate(sorted(clusters, key=lambda ms: _first_position(ms)), start=1):
        cid = f"C{n}"
        member_keys = [field_key[f.id] for f in members]
        # (two items the clerk joined: the name most of its fields ask — wf115 joined 父母姓名 of one form to the
        # 监护人姓名 of two, and the item, named 父母姓名, no longer led split to the guardian's own row)
        canonicals = Counter(k.canonical for k in member_keys if k.canonical)
        canonical = max(canonicals, key=canonicals.__getitem__) if canonicals else None
        rename = next((decisions.renames[field_lk[f.id]] for f in members if field_lk[f.id] in decisions.renames), None)
        if rename is not None and any(k.canonical == rename for k in member_keys):
            # (wf112 joined 父母姓名 to 监护人姓名 under that name, as the README shows: the item is the guardian's, and
            # split, still knowing it as 父母姓名, no longer filled the guardian's other items from the guardian's row)
            canonical = rename
        name = canonical or _most_common_label(member_keys)
        nodes = sorted({k.node for k in member_keys})
        reasons, confidence = _explain_group(nodes, keys, scores, scorer, lk_of_node)
        member_lks = {field_lk[f.id] for f in members}
        confirmed = any(pair <= member_lks for pair in decisions.same) or bool(member_lks & decisions.renames.keys())
        for f in members:
            f.concept_id = cid
            k = field_key[f.id]
            f.confidence = {"exact": 1.0, "role": 0.97, "prefix": 0.95, "tokens": 0.9}.get(k.how, confidence)
            if len(nodes) > 1 and not k.canonical:
                f.confidence = min(f.confidence, confidence)
            if confirmed and field_lk[f.id] in joined:
                f.confidence = 1.0
        if confirmed:
            reasons = ["经人工审核确认", *reasons]
        units = Counter(k.unit for k in member_keys if k.unit)
        concepts.append(Concept(id=cid, name=rename or name, machine_name=name if rename and rename != name else "",
                                field_ids=[f.id for f in members],
                                confidence=min(f.confidence for f in members),
                                unit=units.most_common(1)[0][0] if units else None, reasons=reasons, confirmed=confirmed))
    field_by_id = {f.id: f for f in fields}
    concepts = _join_renamed(concepts, decisions, field_lk, field_by_id)
    _name_split_parts(concepts, decisions, field_lk, field_by_id)
    _name_apart(concepts, field_by_id)
    _name_period_ends(concepts, field_by_id)
    near = [NearMiss(lk_of_node[m.a], lk_of_node[m.b], m.score, m.reasons) for m in _near_misses(groups, keys, scores, scorer)]
    token_store(synonyms).save()
    return MatchResult(concepts=concepts, near_misses=near)


def renamed_reason(wordings: list[str], name: str) -> str:
    """The reason of an item the clerk's rename joined, naming the wordings renamed (without a template's padding)."""
    said = "」「".join(dict.fromkeys(_unpadded(w) for w in wordings[:3]))
    return f"经人工审核，「{said}」改名为「{name}」后并入本项"


def reason_said_of(reason: str, label: str) -> bool:
    """Whether an item's reason belongs beside a field of this label: a rename is said of the wordings renamed,
    not of every field of the item (wf42: 电话号码 and 联系方式, never touched, read as renamed)."""
    renamed = _RENAMED_REASON_RE.match(reason)
    return not renamed or f"「{_unpadded(label)}」" in renamed.group(1)


def _unpadded(label: str) -> str:
    return re.sub(r"\s+", "", label)  # 「通  讯」 as a template pads it is 通讯


_RENAMED_REASON_RE = re.compile(r"^经人工审核，(「.*」)改名为")


def _join_renamed(concepts: list[Concept], decisions: Decisions, field_lk: dict[str, str],
                  fields: dict[str, Field]) -> list[Concept]:
    """A data item the clerk renamed to the name of another item becomes that item: the two are joined."""
    if not decisions.renames:
        return concepts
    renamed = {c.id for c in concepts if any(field_lk.get(fid) in decisions.renames for fid in c.field_ids)}
    by_name: dict[str, Concept] = {}
    kept: list[Concept] = []
    def kept_apart(one: Concept, other: Concept) -> bool:  # the clerk said 不是同一项 of two of their wordings
        lks_one = {field_lk.get(fid) for fid in one.field_ids}
        return any(frozenset((a, field_lk.get(fid))) in decisions.different
                   for fid in other.field_ids for a in lks_one)

    def asked_side_by_side(one: Concept, other: Concept) -> bool:
        # (one form asks both: wf59 renamed 监护人 › 联系电话 and 帮扶责任人 › 联系电话 of one 困境儿童台账 alike, and
        # split wrote the guardian's number into the 帮扶人's column too; left apart, the rename is said unapplied)
        forms_one = {fields[fid].form_id for fid in one.field_ids if fid in fields}
        return any(fields[fid].form_id in forms_one for fid in other.field_ids if fid in fields)

    for concept in concepts:
        other = by_name.get(concept.name)
        if other is not None and (concept.id in renamed or other.id in renamed) and not kept_apart(concept, other) \
                and not asked_side_by_side(concept, other):
            other.field_ids.extend(concept.field_ids)
            other.confirmed = True
            if not concept.machine_name:
                # (the item the matcher itself named so is the one joined into: its rules still know it by that name —
                # wf78 renamed 居委 to 所属村, and the 一套表's village sheet, taking 居委 for no village's name, added a
                # second 所属村 column that went to no form while the cadre filled it)
                other.machine_name = ""
            # (which wording the clerk renamed: the reason is shown beside every field of the item, and wf41 read it
            # as said of 电话号码 and 联系方式, which no one had touched)
            wordings = list(dict.fromkeys(fields[fid].label for fid in other.field_ids
                                          if field_lk.get(fid) in decisions.renames))
            other.reasons = [renamed_reason(wordings, other.name), *other.reasons]
            for fid in concept.field_ids:
                fields[fid].concept_id = other.id
            continue
        by_name.setdefault(concept.name, concept)
        kept.append(concept)
    return kept


# Items whose names the 一套表's own columns and joins go by (姓名, 公民身份号码 …): never renamed here.
_KEY_NAMES_RE = re.compile(r"^(?:户主)?(?:姓名|公民身份号码)$|^(?:所属|所在)?(?:村|乡镇|社区)|名称$|代码$|编号$")


def _name_apart(concepts: list[Concept], fields: dict[str, Field]) -> None:
    """Two data items of one name (保障户数 of the 城市 section and of the 农村 one) are shown apart: every one but
    the largest takes, in brackets, the innermost header of its fields that the others' fields lack."""
    by_name: dict[str, list[Concept]] = defaultdict(list)
    for concept in concepts:
        by_name[concept.name].append(concept)
    taken = set(by_name)
    for name, alike in by_name.items():
        if len(alike) < 2 or _KEY_NAMES_RE.search(name):
            continue
        headers = {c.id: Counter(normalize_label(g).clean for fid in c.field_ids if fid in fields
                                 for g in fields[fid].header_path[:-1]) for c in alike}
        titles = {c.id: Counter(fields[fid].form_title for fid in c.field_ids if fid in fields) for c in alike}
        # How many of the alike items each header, title and unit stands with: one of them only when the count
        # is 1 (counted once, not by comparing every item with every other: 其他 is thousands of items).
        header_spread = Counter(h for c in alike for h in headers[c.id])
        title_spread = Counter(t for c in alike for t in titles[c.id])
        unit_spread = Counter(c.unit for c in alike)
        for concept in sorted(alike, key=lambda c: -len(c.field_ids))[1:]:
            hint = next((h for h, _ in headers[concept.id].most_common() if h and header_spread[h] == 1 and h != name),
                        "")
            if not hint and concept.unit and unit_spread[concept.unit] == 1:
                hint = concept.unit  # 谷物 › 稻谷 of the 播种面积 block (亩) and of the 产量 block (吨)
            if not hint:  # else the form that asks it (其他 of eleven tables)
                hint = next((t for t, _ in titles[concept.id].most_common() if t and title_spread[t] == 1), "")
                # (wf27: 「普及九年义务教育适龄人数（广州市农村扶贫开发“规划到户责任到人”工作2012年度调查表（二））」 ran off
                # the 一套表's column; the title as a column heading is short enough to read)
                hint = short_title(hint) if hint else hint
            if hint and f"{name}（{hint}）" not in taken:
                concept.name = f"{name}（{hint}）"
                taken.add(concept.name)
            elif not hint and (own := _own_wording(concept, fields)) and own not in taken:
                # 「户籍地 | 户籍门（楼）详址」 of one 实有人口 table, both 户籍地址 to the vocabulary: the second is shown
                # by its own words, not as a second 户籍地址 (wf15)
                concept.name = own
                taken.add(own)


_PERIOD_START_RE = re.compile(r"^(?:年初|季初|月初|期初)(?:实有|现有)?")


def _name_period_ends(concepts: list[Concept], fields: dict[str, Field]) -> None:
    """A stock asked at its period's end is shown with that end where another item holds its start: 「年末实有耕地面积
    › 合计」 is 耕地面积 to the vocabulary, but beside 「年初实有耕地面积」 on the 一套表 the cadre could not tell which
    figure the cell asks (wf140, wf143)."""
    starts = {_PERIOD_START_RE.sub("", c.name) for c in concepts if _PERIOD_START_RE.match(c.name)}
    if not starts:
        return
    taken = {c.name for c in concepts}
    for concept in concepts:
        if concept.machine_name or concept.name.startswith(_REPORT_PERIOD_WORDS) \
                or not ({concept.name, concept.name.removeprefix("实有"), concept.name.removeprefix("现有")} & starts):
            continue
        ends = {word for fid in concept.field_ids if fid in fields for g in fields[fid].header_path
                for word in _PERIOD_END_WORDS if normalize_label(g).clean.startswith(word)}
        if len(ends) == 1 and (named := ends.pop() + concept.name) not in taken:
            concept.name = named
            taken.add(named)


def _own_wording(concept: Concept, fields: dict[str, Field]) -> str:
    """The one wording all of a data item's fields are printed with, when they share one and stand under no
    header that reads them and name no one else (「项目净用地 › 公顷」 is no 公顷)."""
    members = [fields[fid] for fid in concept.field_ids if fid in fields]
    words = {normalize_label(f.label).clean for f in members}
    return words.pop() if len(words) == 1 and all(len(f.header_path) == 1 and not f.role for f in members) else ""


def _name_split_parts(concepts: list[Concept], decisions: Decisions, field_lk: dict[str, str],
                      fields: dict[str, Field]) -> None:
    """Items the clerk split apart keep names that tell them apart: 「联系电话」 and 「联系电话（监护人 › 联系电话）」."""
    if not decisions.different:
        return
    split_keys = {k for pair in decisions.different for k in pair}
    seen: dict[str, str] = {}
    by_id = {c.id: c for c in concepts}

    def hint_of(concept: Concept, key: str) -> str:
        members = [fields[fid] for fid in concept.field_ids if fid in fields]
        label = Counter(f.shown_label for f in members).most_common(1)[0][0] if members else reading(key)
        if members and basic_form(label) in basic_form(concept.name) and label != concept.name:
            # (「监护人联系电话（联系电话）」 beside 「监护人联系电话」: the words tell nothing a cadre can go by, the form
            # they come from does — wf95)
            title = Counter(f.form_title for f in members if f.form_title).most_common(1)
            return short_title(without_place(title[0][0])) if title else label
        return label if label != concept.name else reading(key)

    # (the item most forms ask keeps the plain name, and with it the place a name gives, the ID column's: wf20's
    # 证件号码 of two forms, split from the 公民身份号码 of fourteen, had taken it)
    def forms_asking(concept: Concept) -> int:
        return -len({fields[fid].form_id for fid in concept.field_ids if fid in fields})

    for concept in sorted(concepts, key=forms_asking):
        first = next((field_lk[fid] for fid in concept.field_ids if field_lk.get(fid) in split_keys), None)
        if first is None:
            seen.setdefault(concept.name, concept.id)
            continue
        if concept.name in seen and seen[concept.name] != concept.id:
            hint = hint_of(concept, first)
            if hint == concept.name:
                # (户编号 split from 农户编号, the 户编号 part met second: the first part is the one to name apart)
                other = by_id[seen[concept.name]]
                other_key = next((field_lk[fid] for fid in other.field_ids if field_lk.get(fid) in split_keys), "")
                other_hint = hint_of(other, other_key) if other_key else other.name
                if other_hint != other.name and f"{other.name}（{other_hint}）" not in seen:
                    del seen[other.name]
                    other.name = f"{other.name}（{other_hint}）"
                    seen[other.name] = other.id
                    seen[concept.name] = concept.id
                continue  # 「因灾死亡人数（因灾死亡人数）」 tells nothing: _name_apart names it by its headers
            # (a reading that already says the name and what tells it apart is the name: 「申请类别（困境儿童）」, not
            # 「申请类别（申请类别（困境儿童））」 — wf55)
            concept.name = hint if hint.startswith(f"{concept.name}（") else f"{concept.name}（{hint}）"
            if concept.name in seen:  # numbered, as a clerk would (an internal 「·C205」 meant nothing to one)
                n = 2
                while f"{concept.name}（{n}）" in seen:
                    n += 1
                concept.name = f"{concept.name}（{n}）"
        seen.setdefault(concept.name, concept.id)


def _apply_cannot_link(clusters: list[list[Field]], field_lk: dict[str, str], different: set[frozenset[str]],
                       same: set[frozenset[str]] = frozenset()) -> list[list[Field]]:
    """Split concepts that hold two label keys a person said are different items."""
    if not different:
        return clusters
    out: list[list[Field]] = []
    for members in clusters:
        keys = {field_lk[f.id] for f in members}
        named = {lk for lk in keys if any(frozenset((lk, other)) in different for other in keys if other != lk)}
        if not named:
            out.append(members)
            continue
        # The labels the person named are parted first; every other wording then goes with the part the clerk joined
        # it to, else with the part it reads most like (「证件号码 ≠ 身份证号码」 takes 证件号码 out, and 公民身份号码,
        # 身份证号 stay with 身份证号码).
        parts: list[tuple[set[str], list[Field]]] = []
        for lk in sorted(named):
            for lks, _ in parts:
                if not any(frozenset((lk, other)) in different for other in lks):
                    lks.add(lk)
                    break
            else:
                parts.append(({lk}, []))
        # (wf112: 「家庭住址 ≠ 地址」 took 居住地址 and 居住地详址 out with 地址, which they read a little more like, and
        # left the 一套表 two address columns, one never filled: a wording that reads clearly like one part goes with
        # it, any other stays with the part most of the item's forms ask)
        asked = [sum(field_lk[f.id] in lks for f in members) for lks, _ in parts]
        for f in members:
            lk = field_lk[f.id]
            home = next((part for lks, part in parts if lk in lks), None)  # (a part is a list, empty at first)
            if home is None:
                home = next((part for lks, part in parts if any(frozenset((lk, other)) in same for other in lks)), None)
            if home is None:
                likeness = [max(fuzz.ratio(lk, other) for other in lks) for lks, _ in parts]
                best = max(range(len(parts)), key=lambda n: (likeness[n], asked[n]))
                if any(likeness[best] - likeness[n] < _CLEARLY_LIKE for n in range(len(parts)) if n != best):
                    best = max(range(len(parts)), key=lambda n: (asked[n], likeness[n]))
                home = parts[best][1]
            home.append(f)
        out.extend(part for _, part in parts if part)
    return out


_CLEARLY_LIKE = 20  # points of fuzz.ratio by which a wording reads more like one part than another


def _first_position(members: list[Field]) -> tuple[int, int]:
    def order(f: Field) -> tuple[int, int]:
        form_no, _, field_no = f.id.lstrip("F").partition(".")
        return int(form_no or 0), int(field_no or 0)

    return min(order(f) for f in members)


def _most_common_label(keys: list[LabelKey]) -> str:
    counts = Counter(k.text for k in keys)
    text = min(counts, key=lambda t: (-counts[t], len(t), t))
    return next((k.shown for k in keys if k.text == text and k.shown), text)


def _repeating_forms(clusters: list[list[Field]]) -> set[str]:
    """Forms made of repeated blocks: most of their fields have a twin with the very same header path.

    Such a form asks the same items for several members or sites (slots). In a form where only a few
    labels repeat (a student card whose family table asks 姓名 and 政治面貌 again) the repeats are
    someone else's items, not slots.
    """
    paths: dict[str, Counter[str]] = defaultdict(Counter)
    for members in clusters:
        for f in members:
            paths[f.form_id][_slot_signature(f)] += 1
    out = set()
    for form_id, counts in paths.items():
        total = sum(counts.values())
        repeated = sum(n for n in counts.values() if n > 1)
        if repeated * 2 >= total:
            out.add(form_id)
    return out


def _blocks_repeated_in_a_row(clusters: list[list[Field]]) -> set[tuple[str, int]]:
    """Rows of a form that print one block of labels two or more times side by side (a card's 家庭成员 row 「姓名 |
    年龄 | 与户主关系 | 姓名 | 年龄 | 与户主关系」): two members asked on one line, the same items (u135)."""
    rows: dict[tuple[str, int], list[tuple[int, str]]] = defaultdict(list)
    two_heads: set[tuple[str, int]] = set()
    for members in clusters:
        for f in members:
            row, col = _position(f)
            rows[f.form_id, row].append((col, _slot_signature(f)))
            if len(f.header_path) > 1 and _TWO_HEADS_RE.match(f.header_path[-2].strip()):
                two_heads.add((f.form_id, row))  # 「养老保险      医疗保险 › 缴费基数 | 个人缴费 | 缴费基数 | 个人缴费」
    repeated = set()
    for where, cells in rows.items():
        if where in two_heads:
            continue  # (each pair under its own head, printed in one cell)
        labels = [signature for _, signature in sorted(cells)]
        for period in range(1, len(labels) // 2 + 1):
            if len(labels) % period == 0 and labels == labels[:period] * (len(labels) // period) \
                    and len(set(labels[:period])) == period:
                repeated.add(where)
                break
    return repeated


def _apply_one_form_rule(clusters: list[list[Field]], field_key: dict[str, LabelKey], synonyms: Synonyms,
                         partners: dict[str, set[str]] | None = None) -> list[list[Field]]:
    """A form does not ask the same thing twice: split such clusters, except repeated slots. Of one form's fields
    the one the clerk joined to another form's field in the cluster stays with it (``partners``: label key → the
    keys it was joined to)."""
    partners = partners or {}
    repeating = _repeating_forms(clusters)
    side_by_side = _blocks_repeated_in_a_row(clusters)
    out: list[list[Field]] = []
    pending = clusters
    while pending:
        next_round: list[list[Field]] = []
        for members in pending:
            by_form: dict[str, list[Field]] = defaultdict(list)
            for f in members:
                by_form[f.form_id].append(f)
            sections = _by_section(members, by_form, synonyms, partners) or _by_options(members)
            if sections:
                next_round.extend(sections)
                continue
            keep: list[Field] = []
            ejected: list[Field] = []
            for form_fields in by_form.values():
                if len(form_fields) == 1:
                    keep.extend(form_fields)
                    continue
                signatures = {_slot_signature(f) for f in form_fields}
                numbered = len({"›".join(f.header_path) for f in form_fields}) > 1
                if len(signatures) == 1 and (numbered or form_fields[0].form_id in repeating
                                             or _in_one_repeated_row(form_fields, side_by_side)) \
                        and _counted_off(form_fields):
                    for slot, f in enumerate(form_fields, start=1):
                        f.slot = slot
                    keep.extend(form_fields)
                    continue
                others = {f.label_key for f in members if f.form_id != form_fields[0].form_id}
                ranked = sorted(form_fields, key=lambda f, others=others: (not partners.get(f.label_key, set()) & others,
                                                                           _year_rank(f), _rank(field_key[f.id])))
                keep.append(ranked[0])
                ejected.extend(ranked[1:])
            if ejected:
                regroup: dict[str, list[Field]] = defaultdict(list)
                for f in ejected:
                    regroup[_regroup_key(f, field_key)].append(f)
                # 「门牌编码 | 门牌号」 asked side by side on one form: another form's 门牌号, worded as the one ejected
                # and alone on its form, goes with it, not with the 门牌编码 kept (u466)
                kept_keys = {_regroup_key(f, field_key) for f in keep if len(by_form[f.form_id]) > 1}
                taken = [f for f in keep if len(by_form[f.form_id]) == 1
                         and (k := _regroup_key(f, field_key)) in regroup and k not in kept_keys]
                if taken and len(taken) < len(keep):
                    for f in taken:
                        regroup[_regroup_key(f, field_key)].append(f)
                    keep = [f for f in keep if f not in taken]
                next_round.extend(regroup.values())
            out.append(keep)
        pending = next_round
    return out


def _regroup_key(f: Field, field_key: dict[str, LabelKey]) -> str:
    return field_key[f.id].node + "|" + f.clean_label


# Two heads printed in one merged cell, far apart over their own columns (养老保险          医疗保险).
_TWO_HEADS_RE = re.compile(r"^[\u4e00-\u9fff]{2,}\s{3,}[\u4e00-\u9fff]{2,}$")


def _names_several_people(group: str) -> bool:
    """「负责人及安全管理人员情况」, 「法定代表人、主要负责人」: a section listing several kinds of people, one of whom
    each row names."""
    clean = _SECTION_ENDING_RE.sub("", normalize_label(group).clean)
    parts = [p for p in _SEVERAL_RE.split(clean) if p]
    return len(parts) >= 2 and all(p.endswith(_PERSON_ENDINGS) for p in parts)


_SEVERAL_RE = re.compile(r"[及和与、]")


def _in_one_repeated_row(form_fields: list[Field], side_by_side: set[tuple[str, int]]) -> bool:
    rows = {(f.form_id, _position(f)[0]) for f in form_fields}
    return len(rows) == 1 and rows <= side_by_side


_CHINESE_ORDINALS = {c: n for n, c in enumerate("一二三四五六七八九十", start=1)}


# What a number counts when it counts occasions or periods, not people or places: a dose (第1剂, 第2针), a
# visit (第1次), a quarter, a school year or term, a batch, a round, a stage.
_OCCASION_RE = re.compile(r"剂|针|次|期|季|学年|学期|年度|批|轮|阶段")
# What a number ranks when it ranks kinds: a birth order (一孩, 二胎), a grade (一级), a class (一类, 二档, 三等).
_RANK_RE = re.compile(r"孩|胎|级|类|档|等|星")


def _counted_off(form_fields: list[Field]) -> bool:
    """The numbers that tell the fields apart count them off (成员1, 成员2; 第一, 第二): repeated slots of one item.
    Numbers that name something (4G | 5G, 60岁 | 80岁, 2024年 | 2025年) make different items."""
    found = [list(_ORDINALS_RE.finditer("›".join(f.header_path))) for f in form_fields]
    runs = [[m.group() for m in ms] for ms in found]
    differing = next((i for i in range(min(map(len, runs), default=0)) if len({r[i] for r in runs}) > 1), None)
    if differing is None:
        return True  # (the numbers are alike: the paths differ in words, not in a count)
    if _OCCASION_RE.match(found[0][differing].string, found[0][differing].end()):
        return False  # 第1剂 | 第2剂, 第一季度 | 第二季度: occasions of one person, each an item of its own (u180)
    first = found[0][differing]
    if _RANK_RE.match(first.string, first.end()) and not first.string[:first.start()].endswith("第"):
        # 一孩 | 二孩, 一级 | 二级: a birth order or a grade each, counted or ticked, no slot of one item (u581);
        # 「第一胎 › 姓名 | 第二胎 › 姓名」 are the first and second child's
        return False
    values = sorted(_ordinal_value(r[differing]) for r in runs)
    return values[0] in (1, 2) and all(b - a == 1 for a, b in zip(values, values[1:], strict=False))


def _by_section(members: list[Field], by_form: dict[str, list[Field]], synonyms: Synonyms,
                partners: dict[str, set[str]] | None = None) -> list[list[Field]]:
    """An item one form asks under several sections (「（二）路灯建设 › 帮扶单位自筹资金」, 「（三）二次改水 › …」) is a
    different item in each: the cluster is split by those sections, and each other form's field joins the part of
    its own section, not the one that happens to stand at the same place in the order (a table of another year
    with one section fewer had its amounts one section off). A field under none of them goes with the section its
    form is about (:func:`_section_titled`). [] when no form asks the item under two sections."""
    def section_of(f: Field) -> str:
        # (「申请人基本情况 › 联系电话」 beside 「创业项目情况 › 联系电话」: the card's own person's section is no section
        # of the item, and goes with every other form's 联系电话 — u295)
        section = _section_of(f)
        return "" if _names_its_own_person(section, synonyms) else section

    sections: list[str] = []
    for fs in by_form.values():
        own = list(dict.fromkeys(sec for f in fs if (sec := section_of(f))))
        if len(own) > 1:
            sections.extend(sec for sec in own if sec not in sections)
    if not sections:
        return []
    parts: dict[str, list[Field]] = {sec: [] for sec in sections}
    joined = partners or {}
    for f in members:
        own = section_of(f)
        if own not in sections:
            # (one the clerk joined to a field of a section goes with that section)
            decided = next((sec for g in members if g.label_key in joined.get(f.label_key, ())
                            and (sec := section_of(g)) in sections), None)
            own = decided or _section_titled(sections, basic_form(f.form_title))
        parts.setdefault(own, []).append(f)
    return [part for part in parts.values() if part]


def _by_options(members: list[Field]) -> list[list[Field]]:
    """Items whose printed choices have nothing in common (产品类别：□冰箱 □洗衣机 □空调 on an appliance
    trade-in form, □粮油 □果蔬 □禽肉 on a consumption-aid one) ask about different things: the cluster is split
    by overlapping choices, a field with none of its own going with the largest part. [] when it is one item.
    (Two-way answers say little: 是/否 and 有/无 ask one question; two kinds of their own, 盲人医疗按摩 | 盲人保健按摩
    against 民办非企业单位 | 事业单位, or three or more disjoint ones do not — u541.)"""
    choices = {f.id: found for f in members if len(found := _choices(f)) >= 3
               or len(found) == 2 and not found & _BINARY_ANSWERS}
    if len(choices) < 2:
        return []
    parts: list[tuple[set[str], list[Field]]] = []
    for f in members:
        if f.id not in choices:
            continue
        touching = [part for part in parts if _choices_meet(part[0], choices[f.id])]
        merged = (set(choices[f.id]), [f])
        for part in touching:
            merged[0].update(part[0])
            merged[1].extend(part[1])
            parts.remove(part)
        parts.append(merged)
    if len(parts) < 2:
        return []
    groups = [fields for _, fields in sorted(parts, key=lambda part: -len(part[1]))]
    groups[0].extend(f for f in members if f.id not in choices)
    return groups


# The words of a two-way answer (是/否, 有/无, 男/女, 城镇/农村 …), which different wordings of one question share.
_BINARY_ANSWERS = frozenset({"是", "否", "有", "无", "男", "女", "城镇", "农村", "农业", "非农业", "已", "未", "能", "不能",
                             "同意", "不同意", "合格", "不合格", "正常", "异常", "阴性", "阳性", "在岗", "离岗"})


def _choices_meet(these: set[str] | frozenset[str], those: frozenset[str]) -> bool:
    """Some choice of one list is one of the other's, however shortened (低保 and 低保对象); 其他 says nothing."""
    return any(a in b or b in a for a in these - _CATCH_ALL_OPTIONS for b in those - _CATCH_ALL_OPTIONS)


def _choices(f: Field) -> frozenset[str]:
    """The values a field's printed boxes offer (□冰箱 □洗衣机 → 冰箱, 洗衣机), or its label lists in brackets
    (「人员类别（脱贫劳动力/监测对象/其他）」)."""
    found: set[str] = set()
    for text in f.options:
        pieces = re.split(r"[□☐■☑○◯]", text)[1:] if re.search(r"[□☐■☑○◯]", text) else [text]
        found.update(v for piece in pieces if (v := option_value(piece.strip("，,、;；:："))))
    for note in normalize_label(f.label).notes:
        if choices_listed(note) >= 3:
            found.update(choices_of(note))
    return frozenset(found)


def _section_titled(sections: list[str], title: str) -> str:
    """The section a field under none belongs to, by its form's title: the one the title names; none ("") when
    the title names another of their kind (a 养老保险 form's 参保人数 against the 医疗保险 and 长期护理保险
    sections of a 医保 table); else the first (a card's unsectioned 姓名 before its 配偶 section's)."""
    words = [sec.lstrip("#、.．()（） ") for sec in sections]
    named = [sec for sec, w in zip(sections, words, strict=True) if w and w in title]
    if len(named) > 1:
        return ""  # (「政府代缴人员花名册（低保对象、特困人员）」: both sections' people, neither section's total — u153)
    if named:
        return named[0]
    # (a kind is a specific word, 保险 of 医疗保险: 人口 or 情况 ending every section says nothing of the title — u93's
    # 户表 asks 姓名 of its 人口 and of its 死亡人口, and every 人口 register's 姓名 went apart)
    kinds = {w[-2:] for w in words if len(w) >= 4} - _GENERIC_SECTION_ENDINGS
    return "" if any(kind in title for kind in kinds) else sections[0]


_GENERIC_SECTION_ENDINGS = frozenset({"情况", "信息", "人口", "人员", "成员", "基本", "名单", "明细"})


def _names_its_own_person(section: str, synonyms: Synonyms) -> bool:
    """「申请人基本情况」, 「基本信息」: a section about the record's own person."""
    clean = normalize_label(section).clean
    stem = _SECTION_ENDING_RE.sub("", clean)
    return bool(clean) and (clean in synonyms.self_contexts or stem in synonyms.self_prefixes)


def _section_of(f: Field) -> str:
    """The innermost header above a field's label, numbers masked (「（#）路灯建设」); "" when there is none."""
    return _numbers_masked(f.header_path[-2]) if len(f.header_path) > 1 else ""


_GROUP_YEAR_RE = re.compile(r"(20\d\d)年")


def _year_rank(f: Field) -> tuple[int, int]:
    """Of one item asked under several years' groups (「2025年度 › 是否参保 | 2026年度 › 是否参保」), the latest year's
    copy — the one a form asking it without a year means — stays with the item; one under no year comes first
    (u605: the 2025 copy met every roster's 是否参保)."""
    years = [int(y) for g in f.header_path[:-1] for y in _GROUP_YEAR_RE.findall(g)]
    return (1, -max(years)) if years else (0, 0)


def _rank(key: LabelKey) -> int:
    return {"exact": 0, "role": 1, "prefix": 2, "tokens": 3}.get(key.how, 4)


def _explain_group(nodes: list[str], keys: dict[str, LabelKey], scores: PairScores, scorer: Scorer,
                   lk_of_node: dict[str, str]) -> tuple[list[str], float]:
    """Why the group is one item, pair by pair (each named as read, so the review can show a row its own pair's
    reason: :func:`pair_reason`), and the lowest pair score."""
    if len(nodes) == 1:
        k = keys[nodes[0]]
        if k.canonical:
            return [f"同义词表：「{k.canonical}」"], 1.0
        return [], 1.0
    reasons = []
    low = 1.0
    for i, a in enumerate(nodes):
        for b in nodes[i + 1:]:
            if len(reasons) < 10:  # only the reasons shown are written out
                s = scorer.score(keys[a], keys[b])
                low = min(low, s.score)
                pair = f"{reading(lk_of_node[a])}{PAIR_SEPARATOR}{reading(lk_of_node[b])}"
                reasons.append(f"{pair}：{s.score:.2f}（{'；'.join(s.reasons)}）")
            else:
                low = min(low, scores.get(a, b, remember=False)[0])
    return reasons, low


def _near_misses(groups: _Groups, keys: dict[str, LabelKey], scores: PairScores,
                 scorer: Scorer) -> list[NearMiss]:
    """Pairs that scored from ``UNCERTAIN_LOW`` up but were not grouped, best first; of each label only its
    ``NEAR_MISSES_PER_LABEL`` best are kept (a near miss stays when it is among the best of either label), and
    of all at most ``NEAR_MISSES_MAX``.
    Their reasons are formatted here, for the near misses kept only."""
    names = scores.names
    first, second, values, _ = scores.arrays()
    root = np.array([scores.position[groups.find(n)] for n in names], dtype=np.int64)
    near = np.flatnonzero((values >= UNCERTAIN_LOW) & (root[first] != root[second]))
    first, second, values = first[near], second[near], values[near]
    # Rank every near miss among those of each of its two labels: best score first, then by the other label.
    node = np.concatenate([first, second])
    other = np.concatenate([second, first])
    both = np.concatenate([values, values])
    order = np.lexsort((other, -both, node))
    rank = np.empty(len(order), dtype=np.int64)
    sorted_node = node[order]
    starts = np.flatnonzero(np.r_[True, sorted_node[1:] != sorted_node[:-1]]) if len(order) else np.zeros(0, int)
    run_start = np.repeat(starts, np.diff(np.r_[starts, len(order)]))
    rank[order] = np.arange(len(order)) - run_start
    kept = np.flatnonzero((rank[:len(near)] < NEAR_MISSES_PER_LABEL) | (rank[len(near):] < NEAR_MISSES_PER_LABEL))
    kept = kept[np.lexsort((second[kept], first[kept], -values[kept]))][:NEAR_MISSES_MAX]
    out = []
    for i, j, value in zip(first[kept].tolist(), second[kept].tolist(), values[kept].tolist(), strict=True):
        a, b = names[i], names[j]
        s = scorer.score(keys[a], keys[b])
        out.append(NearMiss(a, b, value, s.vetoes + s.reasons))
    return out


# --------------------------------------------------------------------------- explain
@dataclass
class Explanation:
    a: LabelKey
    b: LabelKey
    score: float
    same: bool
    reasons: list[str]


def explain(label_a: str, label_b: str, context_a: Iterable[str] = (), context_b: Iterable[str] = (),
            synonyms: Synonyms | None = None) -> Explanation:
    """Why two labels are (or are not) one data item: score, synonym hits, vetoes."""
    synonyms = synonyms or load_synonyms()
    maker = KeyMaker(synonyms)
    ka, kb = maker.key(label_a, tuple(context_a)), maker.key(label_b, tuple(context_b))
    scorer = Scorer(synonyms, [ka, kb])
    s = scorer.score(ka, kb)
    same = ka.node == kb.node or (not s.vetoed and s.score >= MATCH_THRESHOLD)
    reasons = []
    if ka.display != ka.written or kb.display != kb.written:
        kinds = sorted({_veto_kind(v) for v in s.vetoes}, key=lambda k: (k not in _DECIDING, k))
        why = "：" + "；".join(kinds) if kinds and not same else ""
        reasons.append(f"读作「{ka.display}」{'=' if same else '≠'}「{kb.display}」{why}")
    for k, label in ((ka, label_a), (kb, label_b)):
        if k.canonical:
            reasons.append(f"「{label}」在同义词表中是「{k.canonical}」（{_HOW[k.how]}）")
        else:
            reasons.append(f"「{label}」不在同义词表中，按字面比较：{k.text}")
        if k.role:
            reasons.append(f"「{label}」属于：{k.role}")
        if k.qualifiers or k.header:
            reasons.append(f"「{label}」受表头限定：{' › '.join([*k.qualifiers, *(k.header or '').split('›')]).strip(' ›')}")
    reasons.extend(f"否决：{v}" for v in s.vetoes)
    reasons.extend(s.reasons)
    return Explanation(ka, kb, 1.0 if ka.node == kb.node else s.score, same, reasons)


_DECIDING = ("所属对象不同", "限定不同")  # what the context decided comes first in the verdict


def _veto_kind(veto: str) -> str:
    """The first words of a veto (所属对象不同, 限定不同, 对立词 …) for the one-line verdict."""
    return veto.split("：", 1)[0]


_HOW = {"exact": "别名完全一致", "role": "按所属对象", "prefix": "去掉“本人/目前/…全称”等可省略的词后一致", "tokens": "同义词替换后一致",
        "none": "未收录"}
