"""What changed in the departments' templates since the last scan: the quarter's question before the merge.

A form is known again by its folder, file name (whatever its format: a department may send its .xlsx as .xls)
and sheet. Labels are compared by what they say, so a column inserted before others is one label added, not
every label after it moved; a label whose cell now says something else, with neither wording left elsewhere,
is a renamed header.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath

from . import cells as C
from .model import Form, ScanResult


@dataclass(frozen=True)
class TemplateChange:
    """One change of one form: ``kind`` is added / removed / renamed / format / new_form / gone_form."""

    path: str
    sheet: str
    kind: str
    detail: str

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "sheet": self.sheet, "kind": self.kind, "detail": self.detail}


def _form_key(form: Form) -> tuple[str, str, str]:
    path = PurePosixPath(form.path)
    return str(path.parent), path.stem, form.sheet


def _labels(form: Form) -> dict[str, str]:
    """Cell → the label as printed (spaces and line breaks aside)."""
    return {f.cell: C.squash(f.label) for f in form.fields if not f.hidden}


def template_changes(previous: ScanResult, current: ScanResult) -> list[TemplateChange]:
    """The changes from ``previous`` to ``current``; none when the two share no form (another county's folder)."""
    before = {_form_key(form): form for form in previous.forms}
    after = {_form_key(form): form for form in current.forms}
    if not before.keys() & after.keys():
        return []
    changes: list[TemplateChange] = []
    for key, form in after.items():
        old = before.get(key)
        if old is None:
            changes.append(TemplateChange(form.path, form.sheet, "new_form", f"新增报表《{form.title}》"))
            continue
        if PurePosixPath(old.path).suffix.lower() != PurePosixPath(form.path).suffix.lower():
            changes.append(TemplateChange(form.path, form.sheet, "format",
                                          f"文件格式由 {PurePosixPath(old.path).suffix} 改为 {PurePosixPath(form.path).suffix}"))
        changes.extend(_label_changes(old, form))
    for key, form in before.items():
        if key not in after:
            changes.append(TemplateChange(form.path, form.sheet, "gone_form", f"本次没有报表《{form.title}》"))
    return changes


def _label_changes(old: Form, new: Form) -> list[TemplateChange]:
    was, now = _labels(old), _labels(new)
    gone = [label for label in was.values() if label not in now.values()]
    came = [label for label in now.values() if label not in was.values()]
    # A header is renamed where it stood only when the others stand where they stood: once columns have moved
    # (one inserted or deleted), a new wording in an old place is as likely a new column.
    cell_of = {label: cell for cell, label in was.items()}
    moved = any(cell_of.get(label, cell) != cell for cell, label in now.items())
    renamed = [] if moved else [(was[cell], now[cell]) for cell in was.keys() & now.keys()
                                if was[cell] in gone and now[cell] in came]
    changes = [TemplateChange(new.path, new.sheet, "renamed", f"表头“{a}”改为“{b}”") for a, b in sorted(renamed)]
    taken = {a for a, _ in renamed} | {b for _, b in renamed}
    changes += [TemplateChange(new.path, new.sheet, "added", f"新增表头“{label}”") for label in came if label not in taken]
    changes += [TemplateChange(new.path, new.sheet, "removed", f"删去表头“{label}”") for label in gone if label not in taken]
    return changes


__all__ = ["TemplateChange", "template_changes"]
