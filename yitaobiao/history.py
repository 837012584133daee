"""Quarter after quarter: each scan's figures kept under ``.yitaobiao/history/``, and the trend over them.

The reform is watched 「月监测、季通报、年评估」: a period is a quarter (2026Q3) by default, or a month
(2026-07) or a year (2026). A rescan of the same period replaces its record.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path, PurePath
from typing import Any

from .errors import UsageError
from .stats import Summary

HISTORY_DIR = "history"
_QUARTER_NAMES = "一二三四"
_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True, order=True)
class Period:
    """A reporting period: year plus quarter (1–4) or month (1–12); ``kind`` is Q, M or Y."""

    year: int
    kind: str = "Q"
    number: int = 0

    @property
    def code(self) -> str:
        return {"Q": f"{self.year}Q{self.number}", "M": f"{self.year}-{self.number:02d}", "Y": f"{self.year}"}[self.kind]

    @property
    def label(self) -> str:
        if self.kind == "Q":
            return f"{self.year}年第{_QUARTER_NAMES[self.number - 1]}季度"
        if self.kind == "M":
            return f"{self.year}年{self.number}月"
        return f"{self.year}年"

    @property
    def last_day(self) -> dt.date:
        """The period's closing day, the day a report's ages and stocks are taken at (统计截止日)."""
        if self.kind == "M":
            following = dt.date(self.year + self.number // 12, self.number % 12 + 1, 1)
        elif self.kind == "Q":
            following = dt.date(self.year + self.number // 4, self.number % 4 * 3 + 1, 1)
        else:
            following = dt.date(self.year + 1, 1, 1)
        return following - dt.timedelta(days=1)

    @property
    def unit(self) -> str:
        """What the previous period is called in a sentence: 上季度, 上月, 上年."""
        return {"Q": "上季度", "M": "上月", "Y": "上年"}[self.kind]

    def called_from(self, later: Period) -> str:
        """How a notice for ``later`` names this period: 上季度 (上月, 上年) only when it is the one just before,
        上年同期 a year before, else its own name; 「较上季度」 over a skipped quarter would misstate the notice."""
        if self.kind == later.kind:
            if later.kind == "Y":
                just_before = (later.year - 1, later.number)
            elif later.number == 1:
                just_before = (later.year - 1, 4 if later.kind == "Q" else 12)
            else:
                just_before = (later.year, later.number - 1)
            if (self.year, self.number) == just_before:
                return later.unit
            if later.kind != "Y" and (self.year, self.number) == (later.year - 1, later.number):
                return "上年同期"
        return self.label

    @property
    def sort_key(self) -> tuple[int, int]:
        """Chronological order across kinds: a period sorts by the month it ends in."""
        end = {"Q": self.number * 3, "M": self.number, "Y": 12}[self.kind]
        return (self.year, end)


def current_quarter(today: dt.date | None = None) -> Period:
    today = today or dt.date.today()
    return Period(today.year, "Q", (today.month - 1) // 3 + 1)


def parse_period(text: str | None, today: dt.date | None = None) -> Period:
    """「2026Q3」「2026-Q3」「2026年第三季度」「2026年三季度」「2026-07」「2026年7月」「2026」; blank: this quarter."""
    if not text or not text.strip():
        return current_quarter(today)
    s = re.sub(r"\s+", "", text).upper()
    if m := re.fullmatch(r"(\d{4})[-_/]?Q([1-4])", s):
        return Period(int(m.group(1)), "Q", int(m.group(2)))
    if m := re.fullmatch(r"(\d{4})年?第?([一二三四1-4])季度?", s):
        return Period(int(m.group(1)), "Q", _CN_DIGITS[m.group(2)])
    if m := re.fullmatch(r"(\d{4})(?:[-_/.]|年)(\d{1,2})月?", s):
        month = int(m.group(2))
        if 1 <= month <= 12:
            return Period(int(m.group(1)), "M", month)
    if m := re.fullmatch(r"(\d{4})年?(?:度)?", s):
        return Period(int(m.group(1)), "Y", 0)
    raise UsageError(f"看不懂统计期“{text}”：请写成 2026Q3（季度）、2026-07（月份）或 2026（年度）。")


@dataclass
class DepartmentFigures:
    name: str
    forms: int
    fields: int
    items: int
    shared_items: int
    on_demand_forms: int = 0  # (kept since 2026-12; earlier records count none)

    @property
    def rate(self) -> float:
        """The department's own 重复率: fields of its forms that are not new data items to the whole set."""
        return self.shared_items / self.items if self.items else 0.0


@dataclass
class Snapshot:
    """One period's figures, as kept in the history."""

    period: str  # code: 2026Q3
    label: str  # 2026年第三季度
    scanned_at: str
    folder: str
    forms: int
    fields: int
    items: int
    duplicate_rate: float
    target: float
    forms_after: int
    fills_before: int
    fills_after: int
    departments: list[DepartmentFigures] = field(default_factory=list)
    form_titles: list[str] = field(default_factory=list)

    @property
    def parsed_period(self) -> Period:
        return parse_period(self.period)

    def department(self, name: str) -> DepartmentFigures | None:
        return next((d for d in self.departments if d.name == name), None)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Snapshot:
        departments = [DepartmentFigures(**d) for d in data.get("departments", [])]
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__ and k != "departments"}
        return cls(**known, departments=departments)


def snapshot(summary: Summary, period: Period, folder: str, titles: list[str],
             now: dt.datetime | None = None) -> Snapshot:
    burden = summary.burden
    return Snapshot(
        period=period.code, label=period.label, scanned_at=(now or dt.datetime.now()).isoformat(timespec="seconds"),
        folder=folder, forms=summary.forms, fields=summary.fields, items=summary.concepts,
        duplicate_rate=round(summary.duplicate_rate, 6), target=summary.target, forms_after=summary.forms_after,
        fills_before=burden.fills_before if burden else 0, fills_after=burden.fills_after if burden else 0,
        departments=[DepartmentFigures(g.name, g.forms, g.fields, g.items, g.shared_items, g.on_demand_forms)
                     for g in summary.by_department],
        form_titles=sorted(titles),
    )


def history_dir(state_dir: Path) -> Path:
    return state_dir / HISTORY_DIR


def record(snap: Snapshot, state_dir: Path) -> Path:
    """Keep the period's figures; a rescan of the same period replaces them."""
    folder = history_dir(state_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{snap.period}.json"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(snap.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
    return path


def load_history(state_dir: Path) -> list[Snapshot]:
    """Recorded periods, oldest first. A damaged record is skipped (the next scan of its period rewrites it)."""
    folder = history_dir(state_dir)
    snaps = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            snaps.append(Snapshot.from_dict(json.loads(path.read_text(encoding="utf-8"))))
        except (ValueError, TypeError, KeyError, UsageError):
            continue
    return sorted(snaps, key=lambda s: s.parsed_period.sort_key)


def partial_of(snap: Snapshot, history: list[Snapshot]) -> Snapshot | None:
    """The recorded scan whose folder holds the one just scanned, when this one is a part of it (one
    department's subfolder, one file): its figures are not the period's, to record or to compare. None for
    the whole folder again, or a folder of its own (each quarter's templates in a folder of their own)."""
    return recorded_whole(snap.folder, history)


def recorded_whole(folder: str, history: list[Snapshot]) -> Snapshot | None:
    """The last recorded scan whose folder holds ``folder`` (a subfolder of it, or a file in it)."""
    here = PurePath(folder)
    for old in reversed(history):
        there = PurePath(old.folder)
        if here != there and here.is_relative_to(there):
            return old
    return None


def recorded_from_elsewhere(snap: Snapshot, history: list[Snapshot]) -> Snapshot | None:
    """The period's record, when it was made by scanning another folder (not a part or the whole of this
    one): a copy of last quarter's templates scanned for a look would otherwise replace the quarter's figures."""
    here = PurePath(snap.folder)
    for old in history:
        there = PurePath(old.folder)
        if old.period == snap.period and here != there and not there.is_relative_to(here):
            return old
    return None


def previous(history: list[Snapshot], period: str) -> Snapshot | None:
    """The recorded period just before ``period`` (of any kind)."""
    key = parse_period(period).sort_key
    earlier = [s for s in history if s.parsed_period.sort_key < key]
    return earlier[-1] if earlier else None


@dataclass
class Movement:
    """How the figures moved against the previous period."""

    current: Snapshot
    before: Snapshot | None
    improved: list[str] = field(default_factory=list)  # departments whose rate fell
    worsened: list[str] = field(default_factory=list)  # departments whose rate rose
    # (whose forms are as they were: another department now asks what they ask, wf5)
    worsened_by_others: list[str] = field(default_factory=list)
    # (whose forms are as they were: another department stopped asking what they ask, wf35)
    improved_by_others: list[str] = field(default_factory=list)
    # (whose rate fell only because they asked new items of their own, as many duplicated as before: wf11)
    diluted: list[str] = field(default_factory=list)
    # (whose rate rose only because they dropped items of their own, none more duplicated: wf60's 民政局 was told
    # 「需加快整合」 for removing a column nobody else asks)
    concentrated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    clear: list[str] = field(default_factory=list)  # no duplicated item in either period: nothing to improve
    # (whose 报表 are all 证明、申请 filled when a case arises: no part of the 一套表, nothing to integrate — wf37)
    documents_only: list[str] = field(default_factory=list)
    new: list[str] = field(default_factory=list)  # departments not in the previous period
    forms_added: list[str] = field(default_factory=list)
    forms_removed: list[str] = field(default_factory=list)

    @property
    def compared_with(self) -> str:
        """The earlier period as the notice names it: 上季度, 上年同期, or 2026年第一季度 over a gap."""
        return "" if self.before is None else self.before.parsed_period.called_from(self.current.parsed_period)

    @property
    def rate_change(self) -> float | None:
        return None if self.before is None else shown_difference(self.current.duplicate_rate, self.before.duplicate_rate)


def movement(current: Snapshot, history: list[Snapshot], tolerance: float = 0.0005) -> Movement:
    before = previous(history, current.period)
    moved = Movement(current, before)
    if before is None:
        return moved
    for dept in current.departments:
        old = before.department(dept.name)
        if old is None:
            moved.new.append(dept.name)
        elif dept.rate < old.rate - tolerance:
            same_forms = (dept.forms, dept.fields, dept.items) == (old.forms, old.fields, old.items)
            (moved.improved_by_others if same_forms else moved.improved if dept.shared_items < old.shared_items
             else moved.diluted).append(dept.name)
        elif dept.rate > old.rate + tolerance:
            same_forms = (dept.forms, dept.fields, dept.items) == (old.forms, old.fields, old.items)
            (moved.worsened_by_others if same_forms else moved.worsened if dept.shared_items > old.shared_items
             else moved.concentrated).append(dept.name)
        elif dept.shared_items == old.shared_items == 0:
            moved.clear.append(dept.name)
        elif dept.forms and dept.on_demand_forms >= dept.forms:
            moved.documents_only.append(dept.name)
        else:
            moved.unchanged.append(dept.name)
    moved.forms_added = sorted(set(current.form_titles) - set(before.form_titles))
    moved.forms_removed = sorted(set(before.form_titles) - set(current.form_titles))
    return moved


def shown_difference(now: float, was: float) -> float:
    """now − was as the two rates are shown, to 0.1% with halves up: 74.9% against 52.9% is 22.0 points, whatever
    the difference of the unrounded rates (wf35 read 「上升21.9个百分点」 beside them)."""
    return float(shown_percent(now) - shown_percent(was)) / 100


def shown_percent(rate: float) -> Decimal:
    """A share in percent to one decimal, halves rounded up as Excel shows the same number (6.25% is 6.3%)."""
    return Decimal(repr(round(rate * 100, 9))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def points(change: float) -> str:
    """A rate change in words: 「下降6.1个百分点」."""
    value = abs(change) * 100
    if value < 0.05:
        return "持平"
    return f"{'上升' if change > 0 else '下降'}{value:.1f}个百分点"


@dataclass
class TrendRow:
    period: str
    label: str
    name: str  # 全部 or a department
    forms: int
    fields: int
    items: int
    rate: float
    change: float | None  # against the previous recorded period
    to_target: float  # rate − target (negative: under target)


def trend_rows(history: list[Snapshot], department: str | None = None) -> list[TrendRow]:
    """Overall (or one department's) figures over the recorded periods, with the change against the last."""
    rows: list[TrendRow] = []
    last: float | None = None
    for snap in history:
        if department is None:
            forms, fields, items, rate = snap.forms, snap.fields, snap.items, snap.duplicate_rate
        else:
            dept = snap.department(department)
            if dept is None:
                last = None
                continue
            forms, fields, items, rate = dept.forms, dept.fields, dept.items, dept.rate
        rows.append(TrendRow(snap.period, snap.label, department or "全部", forms, fields, items, rate,
                             None if last is None else shown_difference(rate, last), rate - snap.target))
        last = rate
    return rows
