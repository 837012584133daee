"""Duplicated-field rates: overall, per department, per form, and between departments.

数据项重复率 = (fields − concepts) / fields: the share of asked items that another form (or the same
form's earlier slot) already asks.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from .model import ScanResult

TARGET_RATE = 0.20


@dataclass
class GroupStats:
    """A department or a form: how many of its fields other forms ask too."""

    name: str
    forms: int
    fields: int
    shared: int  # fields whose data item is also asked by another form

    @property
    def shared_rate(self) -> float:
        return self.shared / self.fields if self.fields else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "forms": self.forms, "fields": self.fields, "shared": self.shared,
                "shared_rate": round(self.shared_rate, 4)}


@dataclass
class DuplicatedItem:
    concept_id: str
    name: str
    fields: int
    forms: list[str]
    departments: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"concept": self.concept_id, "name": self.name, "fields": self.fields, "forms": self.forms,
                "departments": self.departments}


@dataclass
class Summary:
    forms: int
    fields: int
    concepts: int
    departments: int
    duplicate_rate: float
    cross_department_share: float
    items_saved: int
    by_department: list[GroupStats] = field(default_factory=list)
    by_form: list[GroupStats] = field(default_factory=list)  # most duplicated first
    forms_in_order: list[GroupStats] = field(default_factory=list)  # in the order of the scan
    overlap: dict[str, dict[str, int]] = field(default_factory=dict)
    top_items: list[DuplicatedItem] = field(default_factory=list)
    confirmed_concepts: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "forms": self.forms, "fields": self.fields, "concepts": self.concepts, "departments": self.departments,
            "duplicate_rate": round(self.duplicate_rate, 6),
            "cross_department_share": round(self.cross_department_share, 6),
            "items_saved": self.items_saved, "confirmed_concepts": self.confirmed_concepts,
            "by_department": [g.to_dict() for g in self.by_department],
            "by_form": [g.to_dict() for g in self.by_form],
            "overlap": self.overlap,
            "top_items": [t.to_dict() for t in self.top_items],
        }


def duplicate_rate(fields: int, concepts: int) -> float:
    return (fields - concepts) / fields if fields else 0.0


def summarise(result: ScanResult, top: int = 10) -> Summary:
    """Rates and tables for the report. Fields without a concept count as their own data item."""
    fields = result.fields
    concept_of = {f.id: f.concept_id or f"_{f.id}" for f in fields}
    forms_of: dict[str, set[str]] = defaultdict(set)
    depts_of: dict[str, set[str]] = defaultdict(set)
    titles = {form.id: form.title for form in result.forms}
    for f in fields:
        forms_of[concept_of[f.id]].add(f.form_id)
        depts_of[concept_of[f.id]].add(f.department)
    n_fields = len(fields)
    n_concepts = len(forms_of)
    cross = sum(1 for f in fields if len(depts_of[concept_of[f.id]]) > 1)

    dept_forms: dict[str, set[str]] = defaultdict(set)
    dept_fields: Counter[str] = Counter()
    dept_shared: Counter[str] = Counter()
    form_stats = []
    for form in result.forms:
        dept_forms[form.department].add(form.id)
        shared = sum(1 for f in form.fields if len(forms_of[concept_of[f.id]]) > 1)
        dept_fields[form.department] += len(form.fields)
        dept_shared[form.department] += shared
        form_stats.append(GroupStats(f"{form.department}｜{form.title}", 1, len(form.fields), shared))
    by_department = sorted(
        (GroupStats(d, len(dept_forms[d]), dept_fields[d], dept_shared[d]) for d in dept_forms),
        key=lambda g: (-g.shared_rate, g.name),
    )
    departments = sorted(dept_forms)
    concepts_by_dept: dict[str, set[str]] = defaultdict(set)
    for f in fields:
        concepts_by_dept[f.department].add(concept_of[f.id])
    overlap = {a: {b: len(concepts_by_dept[a] & concepts_by_dept[b]) for b in departments} for a in departments}

    names = {c.id: c.name for c in result.concepts}
    label_of = {f.id: f.label for f in fields}
    ranked = sorted(forms_of.items(), key=lambda kv: (-len(kv[1]), -len(depts_of[kv[0]]), kv[0]))
    top_items = []
    for cid, form_ids in ranked[:top]:
        if len(form_ids) < 2:
            break
        members = [f for f in fields if concept_of[f.id] == cid]
        top_items.append(DuplicatedItem(
            cid, names.get(cid) or label_of[members[0].id], len(members),
            sorted(titles[fid] for fid in form_ids), sorted(depts_of[cid]),
        ))
    return Summary(
        forms=len(result.forms), fields=n_fields, concepts=n_concepts, departments=len(departments),
        duplicate_rate=duplicate_rate(n_fields, n_concepts),
        cross_department_share=cross / n_fields if n_fields else 0.0,
        items_saved=n_fields - n_concepts, by_department=by_department,
        by_form=sorted(form_stats, key=lambda g: (-g.shared_rate, g.name)), forms_in_order=form_stats,
        overlap=overlap, top_items=top_items,
        confirmed_concepts=sum(1 for c in result.concepts if c.confirmed),
    )

