"""Figures of one scan: duplicated items overall, per department and per form; burden; what to do with each form.

数据项重复率 = (fields − data items) / fields: the share of asked fields that another form (or the same
form's earlier slot) already asks. 重复 (duplicated) means: the same data item is asked by two or more
forms, of the same department or not.

Burden counts fills a year: a field of a monthly form is filled 12 times a year. Before the 一套表 every
form asks its own fields; after it each data item is collected once, as often as the most frequent form
that needs it. The reform's rule 「同一数据采集频次不超过1次/季度」 flags items filled more than 4 times.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from .cells import CJK_RE
from .model import FREQUENCY_UNSTATED, Field, Form, FormKind, Frequency, Layout, ScanResult, Subject
from .normalize import is_remark

TARGET_RATE = 0.20
QUARTERLY_LIMIT = 4  # fills a year allowed by 「同一数据采集频次不超过1次/季度」
MOSTLY_SHARED = 0.5  # a form whose items are at least this share asked elsewhere goes into the 一套表

DROP, MERGE, KEEP = "取消", "整合", "保留"
SUGGESTIONS = (DROP, MERGE, KEEP)
DUPLICATE_MEANING = "“重复”指同一数据项在两张及以上报表中采集（含同一部门的不同报表）。"


@dataclass
class GroupStats:
    """A department or a form: its fields and data items, and how many of them other forms ask too."""

    name: str
    forms: int
    fields: int
    shared: int  # fields whose data item is also asked by another form
    items: int = 0  # distinct data items
    shared_items: int = 0  # distinct data items also asked by another form
    on_demand_forms: int = 0  # of ``forms``, the 报表 filled when a case arises (证明、申请)

    @property
    def shared_rate(self) -> float:
        return self.shared / self.fields if self.fields else 0.0

    @property
    def shared_item_rate(self) -> float:
        return self.shared_items / self.items if self.items else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "forms": self.forms, "fields": self.fields, "shared": self.shared,
                "shared_rate": round(self.shared_rate, 4), "items": self.items, "shared_items": self.shared_items,
                "shared_item_rate": round(self.shared_item_rate, 4), "on_demand_forms": self.on_demand_forms}


@dataclass
class DuplicatedItem:
    concept_id: str
    name: str
    fields: int
    forms: list[str]
    departments: list[str]
    fills_before: int = 0  # fills a year across all forms asking it
    fills_after: int = 0  # fills a year when collected once, as often as its most frequent form

    def to_dict(self) -> dict[str, Any]:
        return {"concept": self.concept_id, "name": self.name, "fields": self.fields, "forms": self.forms,
                "departments": self.departments, "fills_before": self.fills_before, "fills_after": self.fills_after}


@dataclass
class FormAdvice:
    """What to do with one form in the 一套表 reform, and why (the clerk may override it)."""

    form_id: str
    department: str
    title: str
    frequency: str
    frequency_source: str
    items: int
    shared_items: int
    suggestion: str
    reason: str
    overridden: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"form": self.form_id, "department": self.department, "title": self.title,
                "frequency": self.frequency, "frequency_source": self.frequency_source, "items": self.items,
                "shared_items": self.shared_items, "suggestion": self.suggestion, "reason": self.reason,
                "overridden": self.overridden}


@dataclass
class Burden:
    """Fills a year of all data items, before and after the 一套表."""

    fills_before: int
    fills_after: int
    over_limit_before: int  # data items filled more than 4 times a year today
    over_limit_after: int  # … still so after the 一套表 (asked by a monthly form)
    busiest: list[DuplicatedItem] = field(default_factory=list)

    @property
    def reduction(self) -> float:
        return reduction(self.fills_after, self.fills_before)

    def to_dict(self) -> dict[str, Any]:
        return {"fills_before": self.fills_before, "fills_after": self.fills_after,
                "reduction": round(self.reduction, 4), "over_limit_before": self.over_limit_before,
                "over_limit_after": self.over_limit_after, "busiest": [b.to_dict() for b in self.busiest]}


def reduction(after: int, before: int) -> float:
    """The share taken off: 1 − after ÷ before (0 when there was nothing before)."""
    return 1 - after / before if before else 0.0


@dataclass
class Reform:
    """The periodic 报表 the 一套表 integrates: how many, and their fields and data items, before and after."""

    forms: int
    forms_after: int
    fields: int
    items: int
    suggestions: dict[str, int]

    @property
    def form_reduction(self) -> float:
        return reduction(self.forms_after, self.forms)

    @property
    def item_reduction(self) -> float:
        return reduction(self.items, self.fields)

    @property
    def items_saved(self) -> int:
        return self.fields - self.items

    def to_dict(self) -> dict[str, Any]:
        return {"forms": self.forms, "forms_after": self.forms_after, "fields": self.fields, "items": self.items,
                "form_reduction": round(self.form_reduction, 6), "item_reduction": round(self.item_reduction, 6),
                "items_saved": self.items_saved, "suggestions": self.suggestions}


@dataclass
class Summary:
    forms: int
    fields: int
    concepts: int
    departments: int
    duplicate_rate: float
    cross_department_share: float  # share of data items asked by two or more departments
    items_saved: int
    by_department: list[GroupStats] = field(default_factory=list)  # most duplicated items first
    by_form: list[GroupStats] = field(default_factory=list)  # most duplicated first
    forms_in_order: list[GroupStats] = field(default_factory=list)  # in the order of the scan
    files: int = 0  # the files the forms came from (a workbook's sheets are forms of their own)
    overlap: dict[str, dict[str, int]] = field(default_factory=dict)
    top_items: list[DuplicatedItem] = field(default_factory=list)  # the most asked, without 备注 and 填报日期
    # Every item asked by two or more forms, the most asked first: the report's list (the JSON gives its count;
    # its concepts give the rest).
    repeated_items: list[DuplicatedItem] = field(default_factory=list)
    confirmed_concepts: int = 0
    cross_department_items: int = 0
    advice: list[FormAdvice] = field(default_factory=list)  # in the order of the scan
    burden: Burden | None = None
    target: float = TARGET_RATE
    tables: int = 0  # the forms the scan read: a Word document's tables each, counted as one 报表 in ``forms``
    report_of: dict[str, str] = field(default_factory=dict)  # form id → its 报表 (see :func:`report_key`)
    remarks: int = 0  # fields counted as their form's own item (备注, 说明: see :func:`item_of`)
    slot_repeats: int = 0  # fields repeating an item their own form asked in an earlier row (户内成员 2, 3 …)
    unread: int = 0  # files in the folder that could not be read (damaged, encrypted, .doc): in no figure
    on_demand_keys: frozenset[str] = frozenset()  # the 报表 filled when a case arises (证明、申请: their report keys)
    periodic_fields: int = 0  # the fields and the distinct data items of the periodic 报表 alone
    periodic_items: int = 0
    # the periodic 报表, and those of them whose frequency no form states (counted as yearly)
    periodic_reports: int = 0
    unstated_frequency: int = 0

    @property
    def on_demand(self) -> int:
        """报表 filled when a case arises, kept out of the periodic set the 一套表 integrates."""
        return len(self.on_demand_keys)

    def report_suggestions(self) -> dict[str, str]:
        """取消 / 整合 / 保留 of each 报表: kept if any of its tables is kept; 整合 if the rest go to the 一套表."""
        of_report: dict[str, set[str]] = defaultdict(set)
        for a in self.advice:
            of_report[self.report_of.get(a.form_id, a.form_id)].add(a.suggestion)
        return {report: KEEP if KEEP in said else MERGE if MERGE in said else DROP
                for report, said in of_report.items()}

    def reform(self) -> Reform:
        """What the 一套表 does to the periodic set: the figures of the 报表 it integrates, on-demand documents
        (certificates, applications) left as they are (wf32, wf34: 「数据项由744项压减为368项」 while 51 of 58
        报表 were certificates no 一套表 replaces)."""
        said = {r: s for r, s in self.report_suggestions().items() if r not in self.on_demand_keys}
        counts = Counter(said.values())
        if not self.on_demand_keys:
            return Reform(self.forms, self.forms_after, self.fields, self.concepts,
                          {s: counts.get(s, 0) for s in SUGGESTIONS})
        after = sum(1 for s in said.values() if s == KEEP) + (1 if MERGE in said.values() else 0)
        return Reform(len(said), after, self.periodic_fields, self.periodic_items,
                      {s: counts.get(s, 0) for s in SUGGESTIONS})

    @property
    def forms_after(self) -> int:
        """报表 left after the reform: those kept, plus the one 一套表 that replaces the merged ones."""
        said = self.report_suggestions().values()
        return sum(1 for s in said if s == KEEP) + (1 if MERGE in said else 0)

    @property
    def form_reduction(self) -> float:
        return reduction(self.forms_after, self.forms)

    @property
    def item_reduction(self) -> float:
        return reduction(self.concepts, self.fields)

    def suggestion_counts(self) -> dict[str, int]:
        counts = Counter(self.report_suggestions().values())
        return {s: counts.get(s, 0) for s in SUGGESTIONS}

    def to_dict(self) -> dict[str, Any]:
        return {
            "forms": self.forms, "tables": self.tables, "on_demand": self.on_demand, "files": self.files,
            "fields": self.fields, "concepts": self.concepts,
            # (the 备注 columns each count as their form's item in ``concepts``, one data item in the catalogue's
            # concepts: every tester reconciling the two counted this difference by hand)
            "remark_fields": self.remarks,
            "departments": self.departments,
            "duplicate_rate": round(self.duplicate_rate, 6),
            "cross_department_share": round(self.cross_department_share, 6),
            "cross_department_items": self.cross_department_items,
            "items_saved": self.items_saved, "confirmed_concepts": self.confirmed_concepts,
            "target": self.target, "forms_after": self.forms_after,
            "form_reduction": round(self.form_reduction, 6), "item_reduction": round(self.item_reduction, 6),
            "suggestions": self.suggestion_counts(),
            "reform": self.reform().to_dict(),
            "by_department": [g.to_dict() for g in self.by_department],
            "by_form": [g.to_dict() for g in self.by_form],
            "overlap": self.overlap,
            "top_items": [t.to_dict() for t in self.top_items],
            "repeated_items": len(self.repeated_items),
            "advice": [a.to_dict() for a in self.advice],
            "burden": self.burden.to_dict() if self.burden else None,
        }


# Items every form carries that say nothing about the people or places it collects.
NOT_COLLECTED_ITEMS = frozenset({"备注", "填报日期"})


def duplicate_rate(fields: int, concepts: int) -> float:
    return (fields - concepts) / fields if fields else 0.0


def times_per_year(form: Form) -> int:
    return (form.frequency or Frequency.IRREGULAR).times_per_year


def _frequency_label(form: Form) -> str:
    return (form.frequency or Frequency.IRREGULAR).label


def shown_titles(forms: Sequence[Form]) -> dict[str, str]:
    """Each form's title as the report and the notice show it: a title that several forms share (the sheets
    of one workbook named after its file, 「stat」 five times) is told apart by its sheet, as 「stat［Sheet2］」."""
    titles = Counter(form.title for form in forms)
    sheets = Counter((form.title, form.sheet) for form in forms)  # the same template from two villages: no help
    stem_of = {form.id: PurePosixPath(form.path).stem for form in forms}
    stems = Counter((form.title, stem_of[form.id]) for form in forms)
    shown = {}
    for form in forms:
        stem = stem_of[form.id]
        coded = form.title == stem and not CJK_RE.search(stem)
        if coded or form.title == form.sheet and _BARE_SHEET_RE.fullmatch(form.sheet):
            # (wf35, wf38: a form printing no title, named by its file or its sheet: 「《一》」 and 「《syrkplcjb》」
            # in the notice told the director nothing; the file's name finds it)
            name = PurePosixPath(form.path).name
            shown[form.id] = name if coded and titles[form.title] == 1 else f"{name}［{form.sheet}］"
        elif titles[form.title] > 1 and sheets[form.title, form.sheet] == 1 and form.sheet not in form.title:
            shown[form.id] = f"{form.title}［{form.sheet}］"
        elif titles[form.title] > 1 and stems[form.title, stem] == 1 and stem not in form.title:
            # (one survey's 2011 and 2012 editions, each a workbook of sheets named alike: told apart by file — wf16)
            shown[form.id] = f"{form.title}［{stem}］"
        else:
            shown[form.id] = form.title
    return shown


_BARE_SHEET_RE = re.compile(r"[一二三四五六七八九十]{1,3}|表?\d{1,3}|(?:Sheet|sheet)\d*")
COUNTY_ITEM, VILLAGE_ITEM = "所属县区", "所属村"
ABOVE_VILLAGES_ADVICE = "按区（县）列行的汇总表，由上级汇总各村数据得出，不纳入村（社区）一套表"


def compiled_above_villages(form: Form, items: set[str | None]) -> bool:
    """A table whose rows are counties (分类 | 区（县） | 贫困户户数 …), ``items`` the data items its fields ask:
    the county compiles it from the villages' figures, no village fills it (wf12: each village was asked 所属县区,
    and prefill split one village over four rows). A register with a village column lists villages, whatever
    else it names; a township's table may still be filled by the township."""
    return form.layout == Layout.LIST and form.subject in (Subject.PLACE, Subject.AGGREGATE) \
        and COUNTY_ITEM in items and VILLAGE_ITEM not in items


def advise_forms(result: ScanResult, concept_of: dict[str, str],
                 overrides: dict[str, str] | None = None) -> list[FormAdvice]:
    """取消 / 整合 / 保留 for every form, in the scan's order.

    取消: every data item of the form is already collected by another form, at the same or a higher
    frequency. Smaller forms are judged first, and a cancelled form covers nothing, so two forms that ask
    the same items never cancel each other. 整合: at least half of its items are asked elsewhere.
    保留: the rest, and on-demand documents (filled when a case arises, not part of the periodic set).
    ``overrides`` (form key → suggestion) are the clerk's word and win.
    """
    overrides = overrides or {}
    shown = shown_titles(result.forms)
    items_of = {form.id: {concept_of[f.id] for f in form.fields} for form in result.forms}
    name_of = {c.id: c.standard_name for c in result.concepts}
    # (wf38: stat.xls's county table was 「宜并入一套表」, which merge leaves out as the county's own roll-up)
    above = {form.id for form in result.forms
             if compiled_above_villages(form, {name_of.get(f.concept_id or "") for f in form.fields})}
    periodic = [form for form in result.forms if form.kind is not FormKind.ON_DEMAND and form.id not in above]
    askers: dict[str, list[Form]] = defaultdict(list)
    for form in result.forms:
        for item in items_of[form.id]:
            askers[item].append(form)
    # (by 报表: the tables of one Word document are filled together, and repeat nothing of each other — wf99)
    periodic_askers = Counter(item for items in _items_by_report(periodic, items_of).values() for item in items)
    document_askers = {item for form in result.forms if form.kind is FormKind.ON_DEMAND for item in items_of[form.id]}
    county_askers = {item for form in result.forms if form.id in above for item in items_of[form.id]}

    def aside(items: set[str], shared: set[str]) -> str:
        """What the 他表已有 column counts beyond the periodic forms: the certificates' items and the county tables'
        (「100项均为本表独有」 stood beside 他表已有 9 — wf56)."""
        documents = sum(1 for i in items if i in document_askers and i not in shared)
        county = sum(1 for i in items if i in county_askers and i not in shared and i not in document_askers)
        said = [*([f"{documents}项见于证明、申请类文书"] if documents else []),
                *([f"{county}项见于区县汇总表"] if county else [])]
        return f"（另有{'，'.join(said)}）" if said else ""
    # active[item][t]: forms still asking the item (periodic, not cancelled) that fill it at least t times a
    # year. A form is covered when, for each of its items, another active form asks it as often or more.
    tpy_of = {form.id: times_per_year(form) for form in result.forms}
    levels = sorted({tpy_of[form.id] for form in periodic})
    active: dict[str, Counter[int]] = defaultdict(Counter)
    # (and among the forms of records, not of totals: a table of villages or people gives what a table of totals
    # asks, never the other way round — wf79's 畜牧业 季报 was to cancel its per-village sheet as 「已由《汇总表》采集」)
    active_rows: dict[str, Counter[int]] = defaultdict(Counter)
    for form in periodic:
        reached = [t for t in levels if tpy_of[form.id] >= t]
        for item in items_of[form.id]:
            for counts in (active[item], *([active_rows[item]] if form.layout != Layout.INDICATOR else [])):
                for t in reached:
                    counts[t] += 1
    in_file = Counter((form.path, item) for form in periodic for item in items_of[form.id])
    cancelled: set[str] = set()
    # Forms of each group not cancelled (counted once: comparing every form with every other is quadratic).
    listing = Counter(form.population for form in periodic if form.population)
    decided: dict[str, tuple[str, str]] = {}
    # (of two editions asking the same, the older is judged first, so it is the one cancelled — wf17: 2012's survey
    # was to be cancelled as 「已由2011年度调查表采集」)
    dropped: dict[str, tuple[set[str], int, bool]] = {}  # cancelled form → its items, times a year, of totals
    for form in sorted(periodic, key=lambda f: (len(items_of[f.id]), _edition_year(f), f.id)):
        items = items_of[form.id]
        # (shared with another periodic form: a certificate no 一套表 holds is no reason to merge — wf36 read
        # 「与《出入境记录查询结果》…重复，宜并入一套表」)
        shared = {i for i in items if periodic_askers[i] > 1}
        tpy = tpy_of[form.id]
        # A list of a group of its own (获奖学生, 困境儿童) says who is in the group, which no other form says: its
        # items are asked elsewhere, but the list is not (helper-52: a scholarship's winners were to be 取消).
        own_group = bool(form.population) and listing[form.population] == 1
        of_totals = form.layout == Layout.INDICATOR
        covering = active if of_totals else active_rows
        # (and by another file: a workbook's own sheets are one submission — wf98, wf100: after a join, a 畜牧业
        # 季报's township total sheet was to be 取消 as 「已由《…季度报表》采集」, its own village sheets)
        if items and all(covering[item][tpy] >= 1 + in_file[(form.path, item)] for item in items) and not own_group:
            cancelled.add(form.id)
            if form.population:
                listing[form.population] -= 1
            reached = [t for t in levels if tpy >= t]
            for item in items:
                for counts in (active[item], *([] if of_totals else [active_rows[item]])):
                    for t in reached:
                        counts[t] -= 1
            for item in items:
                in_file[(form.path, item)] -= 1
            dropped[form.id] = (items, tpy, of_totals)
        elif items and len(shared) >= MOSTLY_SHARED * len(items):
            # (the forms cancelled for asking the same are named too: they are its twins)
            # (not the sheets of its own file: wf102's 季报 total sheet 「主要与《…季度报表（一）》重复」, its own annex)
            names, more = _closest(form.id, shared, askers, items_of, shown,
                                   lambda g, own=form.path: g.kind is not FormKind.ON_DEMAND and g.path != own)
            # (「14项中7项与《X》重复」 beside 他表已有 9 read as wrong: the 7 are shared with any periodic form, X
            # only the closest; the certificates' are said apart — u251, u261, u262, u264)
            where = f"，主要与{names}{more}重复" if names else ""
            group = f"；名单（{form.population}）仅本表有" if own_group and len(shared) == len(items) else ""
            decided[form.id] = (MERGE, f"{len(items)}项中{len(shared)}项（{len(shared) / len(items):.0%}）其他定期报表已有"
                                       f"{aside(items, shared)}{where}{group}，宜并入一套表")
        else:
            # (the 他表已有 column beside counts what certificates ask too: said apart, the two agree — wf37 read
            # 「7项均为本表独有」 beside 4)
            elsewhere = aside(items, shared)
            decided[form.id] = (KEEP, f"{len(items)}项中仅{len(shared)}项其他定期报表已有{elsewhere}" if shared
                                else f"{len(items)}项均不见于其他定期报表{elsewhere}" if elsewhere
                                else f"{len(items)}项均为本表独有")
    advice = []
    for form_id, (items, tpy, of_totals) in dropped.items():
        # Name the forms that between them ask its items, at the same or a higher frequency, among those still kept
        # once every form is judged (real_forms: 2011年度调查表（二）'s own copy was named the cover of another, and was
        # cancelled itself in turn; what covered it covers both).
        names, more = _covering(form_id, items, askers, items_of, shown,
                                lambda g, tpy=tpy, of_totals=of_totals: g.id not in cancelled
                                and tpy_of[g.id] >= tpy and (of_totals or g.layout != Layout.INDICATOR))
        who = f"{names}{more}" if names else "他表"  # (its covers may all lie beyond the bounded search)
        decided[form_id] = (DROP, f"全部{len(items)}项已由{who}以相同或更高频次采集")
    for form in result.forms:
        items = items_of[form.id]
        # (asked by another 报表: wf101's 公租房 document read 他表已有 7 beside 「9项中仅2项」, its other table's five)
        shared_items = sum(1 for i in items if len({report_key(g) for g in askers[i]}) > 1)
        if form.kind is FormKind.ON_DEMAND:
            suggestion, reason = KEEP, "按需填报的证明、申请类文书，不纳入定期报表整合"
        elif form.id in above:
            suggestion, reason = KEEP, ABOVE_VILLAGES_ADVICE
        else:
            suggestion, reason = decided[form.id]
        key = form_key(form)
        overridden = key in overrides and overrides[key] != suggestion
        if key in overrides:
            suggestion = overrides[key]
            if overridden:
                reason = f"人工调整（机器建议：{decided.get(form.id, (KEEP,))[0]}，{reason}）"
        advice.append(FormAdvice(form.id, form.department, shown[form.id], _frequency_label(form), form.frequency_source,
                                 len(items), shared_items, suggestion, reason, overridden))
    return advice


def _edition_year(form: Form) -> int:
    """The year a form's title or file names (its edition), 9999 for none: a form of no year is the current one."""
    found = _EDITION_YEAR_RE.findall(f"{form.title} {form.path}")
    return max(map(int, found)) if found else 9999


_EDITION_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _closest(form_id: str, items: set[str], askers: dict[str, list[Form]], items_of: dict[str, set[str]],
             shown: dict[str, str], eligible: Callable[[Form], bool], look: int = 30) -> tuple[str, str]:
    """The two forms sharing most of ``items`` (《A》、《B》), and 「等表」 when more were found: candidates are the
    first ``look`` eligible forms asking each of its three rarest items (a twin asks those; 姓名 is asked by
    thousands), ranked by how many of the items they ask, then by title. The search is bounded (three askers looked
    at per candidate kept): a province's scan advises ten thousand forms that mostly share the same few items."""
    rarest = sorted(items, key=lambda i: (len(askers[i]), i))[:3]
    candidates = _askers_of(form_id, rarest, askers, eligible, look)
    ranked = sorted(candidates.values(), key=lambda g: (-len(items & items_of[g.id]), shown[g.id]))
    titles = list(dict.fromkeys(shown[g.id] for g in ranked))  # (seven copies of one title are named once)
    return "、".join(f"《{t}》" for t in titles[:2]), "等表" if len(titles) > 2 else ""


def _askers_of(form_id: str, items: Iterable[str], askers: dict[str, list[Form]], eligible: Callable[[Form], bool],
               look: int) -> dict[str, Form]:
    """The first ``look`` eligible forms asking each of ``items`` (of the first 3 × ``look`` asking it), but the form."""
    candidates: dict[str, Form] = {}
    for item in items:
        kept = 0
        for g in askers[item][:3 * look]:
            if g.id != form_id and eligible(g):
                candidates[g.id] = g
                kept += 1
                if kept == look:
                    break
    return candidates


def _covering(form_id: str, items: set[str], askers: dict[str, list[Form]], items_of: dict[str, set[str]],
              shown: dict[str, str], eligible: Callable[[Form], bool], look: int = 30) -> tuple[str, str]:
    """The forms that between them ask all of ``items`` (《A》、《B》), picked greedily, most items first, and 「等表」
    when two do not: a cancelled form's items may lie in two tables (wf81: 「全部29项已由《…季度报表（一）》采集」,
    which asks 18 of them; the sheet beside it asks the rest). Each pick is among the forms asking the eight rarest
    items still left, bounded as in ``_closest`` (the common ones, 姓名, any of them asks)."""
    left, picked = set(items), []
    while left and len(picked) < 2:
        rarest = sorted(left, key=lambda i: (len(askers[i]), i))[:8]
        taken = {g.id for g in picked}
        candidates = _askers_of(form_id, rarest, askers, lambda g, taken=taken: g.id not in taken and eligible(g), look)
        best = min(candidates.values(), key=lambda g: (-len(left & items_of[g.id]), shown[g.id]), default=None)
        if best is None or not left & items_of[best.id]:
            break
        picked.append(best)
        left -= items_of[best.id]
    titles = list(dict.fromkeys(shown[g.id] for g in picked))
    return "、".join(f"《{t}》" for t in titles), "等表" if left else ""


def _items_by_report(forms: Iterable[Form], items_of: dict[str, set[str]]) -> dict[str, set[str]]:
    """The data items each 报表 asks, over its tables."""
    found: dict[str, set[str]] = defaultdict(set)
    for form in forms:
        found[report_key(form)] |= items_of[form.id]
    return found


def report_key(form: Form) -> str:
    """The 报表 a form belongs to. A Word document is one 报表 however many tables it holds: they are the parts a
    cadre fills together, a certificate's four sections or a form run on into a second table (wf29–wf31 read
    「报表由59张压减为51张」 with one 驾驶证明 counted four times). A workbook's sheets are reports of their own."""
    return form.path if form.source_format == "docx" else form.id


def form_key(form: Form) -> str:
    """What the clerk's word about a form is kept under: its file and sheet, which survive a rescan."""
    return f"{form.path}#{form.sheet}"


@dataclass
class Headline:
    """The counts of a scan without its tables: what a 说明 sheet states."""

    departments: int
    forms: int
    fields: int
    concepts: int

    @property
    def duplicate_rate(self) -> float:
        return duplicate_rate(self.fields, self.concepts)

    @property
    def items_saved(self) -> int:
        return self.fields - self.concepts


def item_of(f: Field) -> str:
    """The data item a field counts as: its concept, or itself; a remark (备注, 说明) is each form's own (the 一套表
    keeps one per form, so the rate does not count it as collected again — wf19, wf20, wf22 and wf23 read 备注 as the
    item most departments share)."""
    item = f.concept_id or f"_{f.id}"
    return f"{item}#{f.form_id}" if is_remark(f.label) else item


def headline(result: ScanResult, periodic: bool = False) -> Headline:
    """The counts :func:`summarise` gives, without its per-form advice and tables (a second in 10,000 forms);
    ``periodic``: of the periodic 报表 alone, as the notice's reform counts them (:meth:`Summary.reform`)."""
    forms = result.forms
    if periodic:
        report_of = {form.id: report_key(form) for form in forms}
        on_demand = _on_demand_reports(forms, report_of)
        forms = [form for form in forms if report_of[form.id] not in on_demand]
    fields = [f for form in forms for f in form.fields]
    return Headline(departments=len({form.department for form in forms}),
                    forms=len({report_key(form) for form in forms}),
                    fields=len(fields), concepts=len({item_of(f) for f in fields}))


def summarise(result: ScanResult, top: int = 10, target: float = TARGET_RATE,
              overrides: dict[str, str] | None = None) -> Summary:
    """Rates and tables for the report. Fields without a concept count as their own data item."""
    fields = result.fields
    concept_of = {f.id: item_of(f) for f in fields}
    form_of = result.form_index()
    forms_of: dict[str, set[str]] = defaultdict(set)
    depts_of: dict[str, set[str]] = defaultdict(set)
    for f in fields:
        forms_of[concept_of[f.id]].add(f.form_id)
        depts_of[concept_of[f.id]].add(f.department)
    n_fields = len(fields)
    n_concepts = len(forms_of)
    cross_items = sum(1 for depts in depts_of.values() if len(depts) > 1)

    report_of = {form.id: report_key(form) for form in result.forms}
    # (重复 is between 报表: the two tables of one Word document, filled together, repeat nothing of each other — wf99:
    # a 公共租赁住房 document's 户主 items were 民政局's duplicates, and it was to be 整合 「主要与」 itself)
    reports_of = {cid: {report_of[fid] for fid in form_ids} for cid, form_ids in forms_of.items()}
    on_demand = _on_demand_reports(result.forms, report_of)
    periodic = [form for form in result.forms if report_of[form.id] not in on_demand]
    dept_forms: dict[str, set[str]] = defaultdict(set)
    dept_fields: Counter[str] = Counter()
    dept_shared: Counter[str] = Counter()
    dept_items: dict[str, set[str]] = defaultdict(set)
    form_stats = []
    titles = shown_titles(result.forms)  # (wf17: three 「2012年度调查表（一）」 rows no one could tell apart)
    for form in result.forms:
        dept_forms[form.department].add(report_of[form.id])
        shared = sum(1 for f in form.fields if len(reports_of[concept_of[f.id]]) > 1)
        items = {concept_of[f.id] for f in form.fields}
        dept_fields[form.department] += len(form.fields)
        dept_shared[form.department] += shared
        dept_items[form.department] |= items
        form_stats.append(GroupStats(f"{form.department}｜{titles[form.id]}", 1, len(form.fields), shared, len(items),
                                     sum(1 for i in items if len(reports_of[i]) > 1)))
    by_department = sorted(
        (GroupStats(d, len(dept_forms[d]), dept_fields[d], dept_shared[d], len(dept_items[d]),
                    sum(1 for i in dept_items[d] if len(reports_of[i]) > 1), len(dept_forms[d] & on_demand))
         for d in dept_forms),
        key=lambda g: (-g.shared_items, -g.shared_item_rate, g.name),
    )
    departments = sorted(dept_forms)
    overlap = {a: {b: len(dept_items[a] & dept_items[b]) for b in departments} for a in departments}

    names = {c.id: c.name for c in result.concepts}
    for f in fields:
        if is_remark(f.label):
            names[concept_of[f.id]] = names.get(f.concept_id or "") or f.label
    label_of = {f.id: f.label for f in fields}
    form_id_of = {f.id: f.form_id for f in fields}
    members_of: dict[str, list[str]] = defaultdict(list)
    for f in fields:
        members_of[concept_of[f.id]].append(f.id)

    # A certificate is filled when someone asks for one: it has no fills a year to lighten (wf33: five copies of one
    # 无犯罪记录证明 made its items 「超过1次/季度」).
    tpy_of = {form.id: 0 if form.kind is FormKind.ON_DEMAND else times_per_year(form) for form in result.forms}

    def item(cid: str) -> DuplicatedItem:
        form_ids = forms_of[cid]
        fills = [tpy_of[fid] for fid in form_ids]
        members = members_of[cid]
        before = sum(tpy_of[form_id_of[fid]] for fid in members)
        one_each = {report_of[fid]: fid for fid in sorted(form_ids, reverse=True)}.values()  # (a document once)
        return DuplicatedItem(cid, names.get(cid) or label_of[members[0]], len(members),
                              sorted(form_of[fid].title for fid in one_each), sorted(depts_of[cid]),
                              fills_before=before, fills_after=max(fills))

    # A notes column and the date of filling stand on nearly every form: no one collects them twice in substance,
    # and a 通报 naming 备注 as the most collected item reads as a joke. They still count in every rate.
    ranked = sorted((cid for cid in forms_of if len(reports_of[cid]) > 1),
                    key=lambda cid: (names.get(cid) in NOT_COLLECTED_ITEMS, -len(reports_of[cid]), -len(depts_of[cid]), cid))
    repeated_items = [item(cid) for cid in ranked]
    top_items = [entry for entry in repeated_items[:top] if entry.name not in NOT_COLLECTED_ITEMS]
    # Fills of every item, without building the full entry (sorted titles of thousands of forms) for each.
    before_of = {cid: sum(tpy_of[form_id_of[fid]] for fid in members) for cid, members in members_of.items()}
    after_of = {cid: max(tpy_of[fid] for fid in form_ids) for cid, form_ids in forms_of.items()}
    # How often an item is collected counts forms, not the slots of one form: a card asking 与户主关系 of nine
    # members collects it once each time it is filled (wf11: 「9项次」 of one 不定期 card was 「超过1次/季度」).
    # (and the sheets of one file, filled together: wf93's 畜牧 季报 asks its items on its total sheet and again by
    # village, once a quarter, and 29 of them had been 「超过1次/季度」)
    path_of = {form.id: form.path for form in result.forms}

    def a_year_of(form_ids: Iterable[str]) -> int:
        by_file: dict[str, int] = {}
        for fid in form_ids:
            by_file[path_of[fid]] = max(by_file.get(path_of[fid], 0), tpy_of[fid])
        return sum(by_file.values())

    busy = [cid for cid in forms_of if a_year_of(forms_of[cid]) > QUARTERLY_LIMIT]
    # (备注 and 填报日期 lead no list a clerk reads: helper-52 found 备注 first among the busiest)
    busiest = sorted((item(cid) for cid in heapq.nsmallest(
        top, (cid for cid in busy if names.get(cid) not in NOT_COLLECTED_ITEMS),
        key=lambda cid: (-before_of[cid], names.get(cid) or label_of[members_of[cid][0]]))),
        key=lambda i: (-i.fills_before, i.name))
    burden = Burden(
        fills_before=sum(before_of.values()), fills_after=sum(after_of.values()),
        over_limit_before=len(busy), over_limit_after=sum(1 for v in after_of.values() if v > QUARTERLY_LIMIT),
        busiest=busiest,
    )
    return Summary(
        forms=len(set(report_of.values())), files=len({form.path for form in result.forms}), fields=n_fields,
        concepts=n_concepts, departments=len(departments),
        duplicate_rate=duplicate_rate(n_fields, n_concepts),
        cross_department_share=cross_items / n_concepts if n_concepts else 0.0,
        cross_department_items=cross_items,
        items_saved=n_fields - n_concepts, by_department=by_department,
        # (ordered by the share the report prints, of distinct items: wf17 saw 12.5% above 23.1%)
        by_form=sorted(form_stats, key=lambda g: (-g.shared_item_rate, g.name)), forms_in_order=form_stats,
        overlap=overlap, top_items=top_items, repeated_items=repeated_items,
        confirmed_concepts=sum(1 for c in result.concepts if c.confirmed),
        advice=advise_forms(result, concept_of, overrides), burden=burden, target=target,
        tables=len(result.forms), report_of=report_of, remarks=sum(1 for f in fields if is_remark(f.label)),
        slot_repeats=len(fields) - len({(f.form_id, concept_of[f.id]) for f in fields}),
        unread=result.files_failed,
        on_demand_keys=on_demand,
        periodic_fields=sum(len(form.fields) for form in periodic),
        periodic_items=len({concept_of[f.id] for form in periodic for f in form.fields}),
        periodic_reports=len({report_of[form.id] for form in periodic}),
        unstated_frequency=len({report_of[form.id] for form in periodic if form.frequency_source == FREQUENCY_UNSTATED}),
    )


def _on_demand_reports(forms: Sequence[Form], report_of: dict[str, str]) -> frozenset[str]:
    """The 报表 all of whose tables are filled when a case arises."""
    periodic = {report_of[form.id] for form in forms if form.kind is not FormKind.ON_DEMAND}
    return frozenset(set(report_of.values()) - periodic)
