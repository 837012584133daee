"""What changed in the departments' templates since the last scan: the quarter's question before the merge.

A form is known again by its folder, file name (whatever its format: a department may send its .xlsx as .xls)
and sheet. Labels are compared by what they say, so a column inserted before others is one label added, not
every label after it moved; a label whose cell now says something else is a renamed header only when no
other label moved.

Each scan keeps the templates' labels in a small file of their own (``templates_of``), so that the next scan
compares without loading the whole catalogue (60 MB for 10,000 templates).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from pathlib import Path, PurePosixPath
from typing import Any

import orjson
from rapidfuzz import fuzz

from . import cells as C
from .errors import UsageError
from .history import Period, parse_period
from .model import ScanResult, parse_a1


@dataclass(frozen=True)
class TemplateChange:
    """One change of one form: ``kind`` is added / removed / renamed / format / new_form / gone_form / renamed_file /
    retitled."""

    path: str
    sheet: str
    kind: str
    detail: str
    title: str = ""  # the form's title, as the notice names forms

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "sheet": self.sheet, "kind": self.kind, "detail": self.detail, "title": self.title}


CHANGE_KINDS = {"added": "新增表头", "removed": "删去表头", "renamed": "表头改名", "format": "文件格式",
                "new_form": "新增报表", "gone_form": "不再报送", "renamed_file": "文件改名", "retitled": "标题改动"}


def change_rows(result: ScanResult, changes: Iterable[TemplateChange]) -> list[list[str]]:
    """部门 | 文件 | 工作表 | 变化 | 说明 of each change, as the report's sheet and the notice list them. A form no
    longer sent is in no scan of this period: its folder names its department (wf35's two 不再报送 rows had none,
    and a filter by department lost them)."""
    department = {(form.path, form.sheet): form.department for form in result.forms}
    of_folder = {PurePosixPath(form.path).parts[0]: form.department for form in result.forms
                 if len(PurePosixPath(form.path).parts) > 1}

    def department_of(change: TemplateChange) -> str:
        parts = PurePosixPath(change.path).parts
        folder = parts[0] if len(parts) > 1 else ""
        return department.get((change.path, change.sheet)) or of_folder.get(folder) or folder

    return [[department_of(c), c.path, c.sheet, CHANGE_KINDS.get(c.kind, c.kind), c.detail] for c in changes]


def notice_change_rows(result: ScanResult, changes: Iterable[TemplateChange]) -> list[list[str]]:
    """部门 | 报表 | 变化 | 说明 of each change as the notice prints them: a form by its title, as the notice names
    forms everywhere (wf67's read 「卫健局/婴儿出生花名册.xlsx［main］」, a path and a sheet's English name)."""
    changes = list(changes)
    return [[department, f"《{change.title}》" if change.title else PurePosixPath(path).name, kind, detail]
            for (department, path, _, kind, detail), change in zip(change_rows(result, changes), changes, strict=True)]


@dataclass(frozen=True)
class FormTemplate:
    """A form as its labels print it: path, sheet, title and cell → label."""

    path: str
    sheet: str
    title: str
    labels: dict[str, str]
    # cell → the header a field's label stands under (「联系人电话」 over 「村、社区」): renamed, it changes what the
    # columns below it ask though their own labels stay (wf53)
    groups: dict[str, str] = field(default_factory=dict)
    # cell → the field's label key, which review decisions are keyed by: a column renamed next period takes its
    # decisions along (wf97)
    keys: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str, str]:
        path = PurePosixPath(self.path)
        return str(path.parent), path.stem, self.sheet


def templates_of(result: ScanResult) -> list[FormTemplate]:
    return [FormTemplate(form.path, form.sheet, form.title,
                         {f.cell: _as_printed(f.label) for f in form.fields if not f.hidden},
                         {f.cell: _as_printed(f.header_path[-2]) for f in form.fields
                          if not f.hidden and len(f.header_path) > 1},
                         {f.cell: f.label_key for f in form.fields if not f.hidden and f.label_key})
            for form in result.forms]


def _as_printed(label: str) -> str:
    """A header as the template prints it, without the blanks and line breaks inside it."""
    return re.sub(r"\s+", "", label)


def save_templates(templates: Iterable[FormTemplate], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(orjson.dumps([[t.path, t.sheet, t.title, t.labels, t.groups, t.keys] for t in templates]))


def load_templates(path: Path) -> list[FormTemplate] | None:
    """The templates a scan kept; None when there are none (a first scan) or the file cannot be read."""
    try:
        data: Any = orjson.loads(path.read_bytes())
        # (a period kept before headers over labels were: no groups to compare; before label keys were, none)
        return [FormTemplate(str(p), str(s), str(t), {str(k): str(v) for k, v in labels.items()},
                             {str(k): str(v) for k, v in (more[0] if more else {}).items()},
                             {str(k): str(v) for k, v in (more[1] if len(more) > 1 else {}).items()})
                for p, s, t, labels, *more in data]
    except (OSError, ValueError, TypeError, AttributeError):
        return None


PERIOD_TEMPLATES = "templates"  # one file per recorded period, named by its code (2026Q4.json)


def save_period_templates(templates: Iterable[FormTemplate], state_dir: Path, period: Period) -> None:
    save_templates(templates, state_dir / PERIOD_TEMPLATES / f"{period.code}.json")


def templates_before(state_dir: Path, period: Period) -> tuple[list[FormTemplate], Period] | None:
    """The templates of the latest period recorded before ``period``, and that period: what this period's scans,
    the first and any re-scan, are compared with (wf22: a re-scan of 2027Q1 after one more fix was compared with
    the first 2027Q1 scan, and the five changes since 2026Q4 were no longer listed)."""
    earlier = []
    for path in (state_dir / PERIOD_TEMPLATES).glob("*.json"):
        try:
            then = parse_period(path.stem)
        except UsageError:
            continue
        if then.sort_key < period.sort_key:
            earlier.append((then.sort_key, then, path))
    for _, then, path in sorted(earlier, key=lambda e: e[0], reverse=True):
        if (loaded := load_templates(path)) is not None:
            return loaded, then
    return None


def template_changes(previous: ScanResult | list[FormTemplate],
                     current: ScanResult | list[FormTemplate]) -> list[TemplateChange]:
    """The changes from ``previous`` to ``current``; none when the two share no form (another county's folder)."""
    before = {t.key: t for t in (templates_of(previous) if isinstance(previous, ScanResult) else previous)}
    after = {t.key: t for t in (templates_of(current) if isinstance(current, ScanResult) else current)}
    if not before.keys() & after.keys():
        return []
    renamed = _renamed_files([t for k, t in before.items() if k not in after], [t for k, t in after.items() if k not in before])
    changes: list[TemplateChange] = []
    for key, form in after.items():
        old = before.get(key) or renamed.get(key)
        if old is None:
            changes.append(TemplateChange(form.path, form.sheet, "new_form", f"新增报表《{form.title}》"))
            continue
        if old.key != key:
            changes.append(TemplateChange(form.path, form.sheet, "renamed_file",
                                          f"文件由“{PurePosixPath(old.path).name}”改名为“{PurePosixPath(form.path).name}”"))
        was, now = PurePosixPath(old.path).suffix, PurePosixPath(form.path).suffix
        if was.lower() != now.lower():
            changes.append(TemplateChange(form.path, form.sheet, "format", f"文件格式由 {was} 改为 {now}"))
        # (a title-less form is named by its file: renamed, that is the file's change, said once — wf67)
        named_by_file = old.title == PurePosixPath(old.path).stem and form.title == PurePosixPath(form.path).stem
        if C.squash(old.title) != C.squash(form.title) and old.title and form.title and not named_by_file:
            # (wf22: 「…动态名单」 retitled 「…动态管理名单」 went unreported; the notice names forms by their titles)
            changes.append(TemplateChange(form.path, form.sheet, "retitled", f"标题由《{old.title}》改为《{form.title}》"))
        changes.extend(_label_changes(old, form))
    paired = {t.key for t in renamed.values()}
    for key, form in before.items():
        if key not in after and key not in paired:
            changes.append(TemplateChange(form.path, form.sheet, "gone_form", f"本次没有报表《{form.title}》"))
    titles = {(t.path, t.sheet): t.title for t in (*before.values(), *after.values())}
    return [replace(change, title=titles.get((change.path, change.sheet), "")) for change in changes]


RENAMED_FILE_OVERLAP = 0.5  # share of labels two templates of one folder and sheet name must have in common


def _renamed_files(gone: list[FormTemplate], came: list[FormTemplate]) -> dict[tuple[str, str, str], FormTemplate]:
    """New template → the one it was before its file was renamed: in the same folder, of the same sheet name,
    and asking mostly the same labels (wf13: a renamed 外出人员 file hid that 现从事职业 became 从事行业)."""
    scored = []
    for new in came:
        for old in gone:
            if old.key[0] != new.key[0] or old.sheet != new.sheet:
                continue
            a, b = {C.squash(v) for v in old.labels.values()}, {C.squash(v) for v in new.labels.values()}
            overlap = len(a & b) / len(a | b) if a | b else 0.0
            if overlap >= RENAMED_FILE_OVERLAP:
                scored.append((overlap, new.key, old))
    found: dict[tuple[str, str, str], FormTemplate] = {}
    used: set[tuple[str, str, str]] = set()
    for _, key, old in sorted(scored, key=lambda s: -s[0]):
        if key not in found and old.key not in used:
            found[key] = old
            used.add(old.key)
    # A file is renamed as a whole: its sheets (a Word document's tables) all paired with those of one new file.
    # (wf37: three of four tables of an abolished document were 「改名」 to another district's, the fourth 「不再报送」)
    sheets_of: dict[tuple[str, str], set[str]] = {}
    for template in (*gone, *came):
        sheets_of.setdefault(template.key[:2], set()).add(template.sheet)
    paired: dict[tuple[tuple[str, str], tuple[str, str]], set[str]] = {}
    for key, old in found.items():
        paired.setdefault((key[:2], old.key[:2]), set()).add(key[2])
    whole = {files for files, sheets in paired.items() if sheets == sheets_of[files[0]] == sheets_of[files[1]]}
    return {key: old for key, old in found.items() if (key[:2], old.key[:2]) in whole}


def _headers_moved(old: FormTemplate, new: FormTemplate) -> bool:
    """Whether a wording of ``old`` stands in another cell in ``new`` (a column inserted or deleted before it). (A
    wording may stand in several cells: 姓名 under 本人 and under 监护人.)"""
    cells_of: dict[str, set[str]] = {}
    for cell, label in old.labels.items():
        cells_of.setdefault(C.squash(label), set()).add(cell)
    return any((squashed := C.squash(label)) in cells_of and cell not in cells_of[squashed]
               for cell, label in new.labels.items())


RENAMED_ALIKE = 50  # rapidfuzz ratio a header moved along with others must keep of its wording to be the same column


def renamed_headers(old: FormTemplate, new: FormTemplate) -> list[tuple[str, str]]:
    """(old cell, new cell) of each header given a wording of its own in ``new``. Where every other header stands
    where it stood, one in the same cell. Where columns moved (one inserted or deleted), the headers in the same
    place of the two sequences between unchanged ones, one for one, when the wording is mostly kept (wf97: 农户编号
    printed 农户编码 beside a new 联系电话 column was 「新增」 and 「删去」, and its decisions were lost)."""
    was = {C.squash(label) for label in old.labels.values()}
    now = {C.squash(label) for label in new.labels.values()}
    if not _headers_moved(old, new):
        return sorted((cell, cell) for cell in old.labels.keys() & new.labels.keys()
                      if C.squash(old.labels[cell]) not in now and C.squash(new.labels[cell]) not in was)
    before = sorted(old.labels, key=lambda cell: parse_a1(cell)[::-1])
    after = sorted(new.labels, key=lambda cell: parse_a1(cell)[::-1])
    matcher = SequenceMatcher(None, [C.squash(old.labels[c]) for c in before], [C.squash(new.labels[c]) for c in after],
                              autojunk=False)
    pairs = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "replace":
            continue
        # (within the place that changed, the most alike first: a column may also have been inserted beside it)
        alike = sorted(((fuzz.ratio(C.squash(old.labels[a]), C.squash(new.labels[b])), a, b)
                        for a in before[i1:i2] if C.squash(old.labels[a]) not in now
                        for b in after[j1:j2] if C.squash(new.labels[b]) not in was), reverse=True)
        taken_before: set[str] = set()
        taken_after: set[str] = set()
        for ratio, a, b in alike:
            if ratio >= RENAMED_ALIKE and a not in taken_before and b not in taken_after:
                taken_before.add(a)
                taken_after.add(b)
                pairs.append((a, b))
    return sorted(pairs)


def same_columns(old: FormTemplate, new: FormTemplate) -> list[tuple[str, str]]:
    """(old cell, new cell) of each column of ``old`` that ``new`` still asks: renamed (:func:`renamed_headers`), or
    worded as before, in its cell or, where it moved, the one cell each template prints that wording in."""
    pairs = renamed_headers(old, new)
    cells_before: dict[str, list[str]] = defaultdict(list)
    cells_after: dict[str, list[str]] = defaultdict(list)
    for cell, label in old.labels.items():
        cells_before[C.squash(label)].append(cell)
    for cell, label in new.labels.items():
        cells_after[C.squash(label)].append(cell)
    for label, cells in cells_after.items():
        before = cells_before.get(label, [])
        if len(before) == 1 and len(cells) == 1:
            pairs.append((before[0], cells[0]))  # the one column so worded, moved or not
        else:
            pairs += [(cell, cell) for cell in cells if cell in before]  # (姓名 under 本人 and under 监护人)
    return sorted(set(pairs))


def paired_templates(before: list[FormTemplate], after: list[FormTemplate]) -> dict[tuple[str, str, str], FormTemplate]:
    """Each template of ``after`` → the one it was in ``before``: the same file and sheet, or its file renamed."""
    old = {t.key: t for t in before}
    new = {t.key: t for t in after}
    renamed = _renamed_files([t for k, t in old.items() if k not in new], [t for k, t in new.items() if k not in old])
    return {key: found for key in new if (found := old.get(key) or renamed.get(key)) is not None}


def _label_changes(old: FormTemplate, new: FormTemplate) -> list[TemplateChange]:
    """Headers added, removed and renamed, each with its cell, compared as squashed words and shown as the template
    prints them (wf54: 「城镇常住人口数(人)」 was shown with the half-width brackets of the comparison)."""
    was = {cell: C.squash(label) for cell, label in old.labels.items()}
    now = {cell: C.squash(label) for cell, label in new.labels.items()}
    gone = [cell for cell, label in was.items() if label not in now.values()]
    came = [cell for cell, label in now.items() if label not in was.values()]
    moved = _headers_moved(old, new)
    renamed = renamed_headers(old, new)
    changes = [TemplateChange(new.path, new.sheet, "renamed", f"表头“{old.labels[a]}”改为“{new.labels[b]}”"
                              f"（{b if a == b else f'原{a}，现{b}'}）") for a, b in renamed]
    taken = {was[a] for a, _ in renamed} | {now[b] for _, b in renamed}
    changes += [TemplateChange(new.path, new.sheet, "added", f"新增表头“{new.labels[cell]}”（{cell}）")
                for cell in came if now[cell] not in taken]
    changes += [TemplateChange(new.path, new.sheet, "removed", f"删去表头“{old.labels[cell]}”（原{cell}）")
                for cell in gone if was[cell] not in taken]
    if not moved:
        # (「联系人电话 › 村、社区 | 本人或亲属」 renamed 「手机号码 › …」: said once, with the columns it stands over)
        under: dict[tuple[str, str], list[str]] = {}
        for cell in sorted(old.groups.keys() & new.groups.keys(), key=parse_a1):
            before, after = old.groups[cell], new.groups[cell]
            if was.get(cell) == now.get(cell) and C.squash(before) != C.squash(after):
                under.setdefault((before, after), []).append(cell)
        # (wf55: the columns under it named, and where they stand)
        changes += [TemplateChange(new.path, new.sheet, "renamed",
                                   f"表头“{a}”改为“{b}”（其下“{'”“'.join(new.labels.get(c, '') for c in cells[:4])}”"
                                   f"{'等' if len(cells) > 4 else ''}，{cells[0]}{'–' + cells[-1] if len(cells) > 1 else ''}）")
                    for (a, b), cells in under.items()]
    return changes


__all__ = ["FormTemplate", "TemplateChange", "load_templates", "save_templates", "template_changes", "templates_of"]
