"""The clerk decides: a review workbook of matches, and decisions kept from quarter to quarter.

``write_review`` lists every data item with more than one spelling and every near miss, uncertain
ones first, with a 决定 dropdown. ``read_review`` turns the filled workbook into :class:`Decisions`;
``save_decisions`` / ``load_decisions`` keep them in a plain YAML file keyed by normalised labels and
their role (never by cells, which move), so the next quarter's scan applies them by default and the
clerk reviews only what is new.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from . import cells as C
from .changes import FormTemplate, paired_templates, same_columns, templates_of
from .errors import UsageError, YitaobiaoError
from .guard import opening_reason

if TYPE_CHECKING:
    from openpyxl import Workbook
from .match import MATCH_THRESHOLD, Decisions, pair_reason, reading, settles
from .model import FREQUENCY_UNSTATED, Field, Finding, Frequency, ScanResult
from .stats import SUGGESTIONS, FormAdvice, form_key
from .yamlio import YamlSyntaxError, dump_yaml, load_yaml

SAME = "同一数据项"
DIFFERENT = "不是同一项"
RENAME = "改名为…"
MERGED = "已归并"  # a review row's kind: two wordings the machine put in one item
CHOICES = [SAME, DIFFERENT, RENAME]
CONFIDENT = 0.9
DECISIONS_FILE = "decisions.yaml"
SHEET = "审核表"
FORMS_SHEET = "报表处理"
JOIN_SHEET = "补充合并"  # two data items the machine never offered, joined by the clerk (wf15)
ITEMS_SHEET = "数据项清单"  # hidden: every data item by its shown name, and the label keys it is joined by
JOIN_HEADERS = ["序号", "数据项A", "数据项B", "新名称"]
JOIN_ROWS = 30
FORM_HEADERS = ["序号", "部门", "报表", "文件｜工作表", "频次", "频次依据", "频次改为", "数据项", "他表已有", "建议", "理由",
                "建议改为", "键"]
FREQUENCY_NAMES = {f.label: f for f in Frequency}
HEADERS = ["序号", "类型", "数据项", "字段A", "A所在部门｜报表｜表头", "字段B", "B所在部门｜报表｜表头", "得分", "理由",
           "决定", "新名称", "键A", "键B"]
UNCERTAIN_COLOUR = "FFF2CC"


class ReviewError(YitaobiaoError):
    """The review workbook or the decisions file cannot be used."""


@dataclass
class ReviewRow:
    kind: str  # 已归并 / 疑似相同 / 已拆分 (in an earlier review)
    item: str
    a: Field
    b: Field
    score: float
    reason: str

    @property
    def uncertain(self) -> bool:
        return self.kind == "疑似相同" or self.score < CONFIDENT and self.kind != DECIDED_APART


DECIDED_APART = "已拆分"


def _decided_apart(result: ScanResult, decisions: Decisions) -> list[ReviewRow]:
    """Pairs the clerk split in an earlier review, listed again with their decision so it can be seen and undone
    in Excel (helper-39 found a split pair in no later review workbook: decisions.yaml was the only way back)."""
    by_key: dict[str, Field] = {}
    for f in result.fields:
        by_key.setdefault(f.label_key, f)
    rows = []
    for pair in sorted(decisions.different, key=sorted):
        if len(pair) == 2:
            a, b = (by_key.get(k) for k in sorted(pair))
            if a is not None and b is not None:
                rows.append(ReviewRow(DECIDED_APART, f"{a.clean_label} / {b.clean_label}", a, b, 0.0,
                                      f"此前审核定为{DIFFERENT}；如要合并，改选“{SAME}”"))
    return rows


def _earlier_decision(row: ReviewRow, decisions: Decisions) -> tuple[str, str]:
    """The decision an earlier review made on the row's pair, and the name it gave."""
    pair = frozenset((row.a.label_key, row.b.label_key))
    # A rename was of this pair only when both its wordings got that name: it is not offered again to every
    # pair one of them is in (helper-38 saw it spread to a pair never touched).
    renamed = decisions.renames.get(row.a.label_key)
    renamed = renamed if renamed and decisions.renames.get(row.b.label_key) == renamed else ""
    earlier = (DIFFERENT if pair in decisions.different else RENAME if renamed
               else SAME if pair in decisions.same else "")
    return earlier, renamed


def _where(f: Field, titles: dict[str, str], forms_of_key: dict[str, set[str]] | None = None) -> str:
    """Where a wording is asked: the form shown, and how many others ask the same wording (a decision is about the
    wording, so it moves them all: helper-45 split one 单位 and six forms' columns went with it)."""
    where = f"{f.department}｜{titles.get(f.form_id, '')}｜{f.shown_path}"
    others = len((forms_of_key or {}).get(f.label_key, ())) - 1
    return f"{where}（同一写法另有{others}张表，决定一并适用）" if others > 0 else where


def as_read(f: Field) -> str:
    return reading(f.label_key)


def _shown(f: Field) -> str:
    label = f.shown_label
    read = as_read(f)
    return f"{label}（读作「{read}」）" if read and read != (f.clean_label or label) else label


def forms_by_wording(result: ScanResult) -> dict[str, set[str]]:
    """The forms asking each wording (label key): a decision about a wording reaches all of them."""
    forms: dict[str, set[str]] = defaultdict(set)
    for f in result.fields:
        forms[f.label_key].add(f.form_id)
    return forms


def review_rows(result: ScanResult) -> list[ReviewRow]:
    """Rows to review: each spelling of a merged item against the first, then the near misses."""
    fields = result.field_index()
    by_key: dict[str, Field] = {}
    for f in result.fields:
        by_key.setdefault(f.label_key, f)
    forms_asking = forms_by_wording(result)
    rows: list[ReviewRow] = []
    for concept in result.concepts:
        members = [fields[fid] for fid in concept.field_ids]
        spellings = list({f.label_key: f for f in members}.values())
        if len(members) < 2:
            continue
        first = spellings[0]
        reason = "；".join(concept.reasons[:2])
        if len(spellings) == 1:
            other_form = next((f for f in members if f.form_id != first.form_id), None)
            if other_form is None:
                continue  # one wording asked again within one form (a header printed twice): nothing to decide
            rows.append(ReviewRow(MERGED, concept.name, first, other_form, concept.confidence,
                                  f"{len({f.form_id for f in members})} 张表写法相同"))
        for other in spellings[1:]:
            # (Of a group of three or more wordings, the reason of this row's own pair, not the group's first.)
            # (a pair joined through a third wording has no reason of its own: the group's first reason, shown bare,
            # read as this pair's — wf30's 「居住地址 ~ 家庭详细地址：0.86」 beside 户籍地址 / 现住址)
            own = pair_reason(concept.reasons, first.label_key, other.label_key) \
                or (f"经本组其他写法归并（{reason}）" if reason else "")
            rows.append(ReviewRow(MERGED, concept.name, first, other, min(first.confidence, other.confidence), own))
    # One row a pair of spellings: a decision is recorded by the pair's keys, so the same pair met again in other
    # forms (「其他 / 其他」 eleven times over) would only ask the clerk the same question again.
    asked = {frozenset((row.a.label_key, row.b.label_key)) for row in rows}
    for miss in result.near_misses:
        a, b = by_key.get(miss.a), by_key.get(miss.b)
        pair = frozenset((miss.a, miss.b))
        # Two columns of one form are two items (a form does not ask one thing twice): 氮肥 / 磷肥, 其他 / 重病.
        siblings = bool(forms_asking[miss.a] & forms_asking[miss.b]) or _kinds_of_one_measure(miss.a, miss.b)
        if a and b and miss.score < MATCH_THRESHOLD + 0.2 and pair not in asked and not siblings \
                and not settles(miss.reasons):  # asking about settled pairs buried the real questions
            asked.add(pair)
            rows.append(ReviewRow("疑似相同", f"{a.clean_label} / {b.clean_label}", a, b, miss.score,
                                  "；".join(miss.reasons[:3])))
    # The pairs nearest the line between one item and two come first: a 0.60 near miss is seldom a question.
    rows.sort(key=lambda r: (not r.uncertain, abs(r.score - MATCH_THRESHOLD) if r.uncertain else 0, r.item))
    for row in rows:
        row.reason = _for_clerk(row.reason)
    return rows


_SCORE_PARTS_RE = re.compile(r"[；;，,]?\s*词语加权重合 [\d.]+，字面相似 [\d.]+")


def _for_clerk(reason: str) -> str:
    """The reasons without the scorer's arithmetic (「词语加权重合 0.49，字面相似 0.70」): the score is in its column."""
    return _SCORE_PARTS_RE.sub("", reason).replace("（）", "").strip("；;，, ")


_TOTAL_TAIL_RE = re.compile(r"›(?:合计|小计|总计)$")


def _kinds_of_one_measure(a: str, b: str) -> bool:
    """「兔 › 存栏」 / 「羊存栏」, 「年初实有果园面积」 / 「年初实有耕地面积」: one measure of two kinds, the kinds short
    words with nothing in common. Such pairs were four rows in five of one village's review (helper-22); a
    measure with and without a qualifier (「拆除时间」 / 「计划拆除时间」) is still asked."""
    a, b = (_TOTAL_TAIL_RE.sub("", key.partition("|")[2]).replace("›", "") for key in (a, b))  # 鸡›存栏›合计 is 鸡存栏
    front = len(os.path.commonprefix([a, b]))
    back = len(os.path.commonprefix([a[front:][::-1], b[front:][::-1]]))
    kind_a, kind_b = a[front:len(a) - back], b[front:len(b) - back]
    return back >= 2 and 0 < len(kind_a) <= 3 and 0 < len(kind_b) <= 3 and not set(kind_a) & set(kind_b)


def _dropdown(ws: Any, ref: str, values: list[str], title: str) -> None:
    """A list to choose from in the cells of ``ref`` (one range, or several separated by spaces)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    choice = DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True,
                            showErrorMessage=True, error="请从下拉列表中选择。", errorTitle=title)
    ws.add_data_validation(choice)
    for cells in ref.split():
        choice.add(cells)


def _ranges(rows: list[int], column: str) -> str:
    """「J2:J4 J7」: the cells of ``column`` in ``rows`` (ascending) as runs."""
    runs: list[list[int]] = []
    for r in rows:
        if runs and runs[-1][1] == r - 1:
            runs[-1][1] = r
        else:
            runs.append([r, r])
    return " ".join(f"{column}{a}" if a == b else f"{column}{a}:{column}{b}" for a, b in runs)


def _write_forms_sheet(wb: Workbook, result: ScanResult, advice: list[FormAdvice], decisions: Decisions) -> None:
    """One row per form: its frequency and the 取消/整合/保留 suggestion, each with a column to correct it."""
    from openpyxl.styles import PatternFill

    from .sheets import print_wide, set_widths, write_header, write_rows

    uncertain = PatternFill("solid", fgColor=UNCERTAIN_COLOUR)
    ws = wb.create_sheet(FORMS_SHEET)
    write_header(ws, 1, FORM_HEADERS)
    forms = result.form_index()
    for r, item in enumerate(advice, start=2):
        form = forms[item.form_id]
        key = form_key(form)
        write_rows(ws, r, [[r - 1, item.department, item.title, f"{form.path}｜{form.sheet}", item.frequency,
                            item.frequency_source, decisions.frequencies.get(key, ""), item.items, item.shared_items,
                            item.suggestion, item.reason, decisions.suggestions.get(key, ""), key]])
        if item.frequency_source == FREQUENCY_UNSTATED:
            ws.cell(r, 5).fill = uncertain
    last = max(2, len(advice) + 1)
    for column, values in (("G", [f.label for f in Frequency]), ("L", list(SUGGESTIONS))):
        _dropdown(ws, f"{column}2:{column}{last}", values, "填写有误")
    set_widths(ws, [6, 12, 36, 30, 8, 10, 10, 8, 10, 8, 40, 10, 10])
    ws.column_dimensions["M"].hidden = True
    ws.freeze_panes = "D2"
    print_wide(ws)


def _item_choices(result: ScanResult) -> dict[str, list[str]]:
    """Each data item's name as the join sheet offers it (made unique by the form that asks it, then by its number)
    → the label keys of its fields, first one it alone has: a join ties all of them, so the item joins whole
    (wf27: joined by its weakest wording alone, 「联系电话」 had left four of its fields behind)."""
    fields = result.field_index()
    titles = {form.id: form.title for form in result.forms}
    # (a wording two items share, one table asking both, joins neither: an item is offered by a wording of its own)
    items_of_key: dict[str, set[str]] = defaultdict(set)
    for concept in result.concepts:
        for fid in concept.field_ids:
            if fid in fields:
                items_of_key[fields[fid].label_key].add(concept.id)
    choices: dict[str, str] = {}
    for concept in result.concepts:
        members = sorted((fields[fid] for fid in concept.field_ids if fid in fields),
                         key=lambda f: len(items_of_key[f.label_key]))
        if not members:
            continue
        shown = concept.name
        if shown in choices:
            shown = f"{concept.name}（{titles.get(members[0].form_id, '')}）"
        if shown in choices:
            shown = f"{concept.name}（{concept.id}）"
        # (a wording another item has too stays out: the join would drag that item in)
        own = [f.label_key for f in members[1:] if len(items_of_key[f.label_key]) == 1]
        choices[shown] = list(dict.fromkeys([members[0].label_key, *own]))
    return choices


def _write_join_sheet(wb: Workbook, result: ScanResult) -> None:
    """Rows to join two data items the review never offered, each chosen from a list of every item."""
    from openpyxl.worksheet.datavalidation import DataValidation

    from .sheets import print_wide, set_widths, write_header, write_rows

    choices = _item_choices(result)
    if not choices:
        return
    listing = wb.create_sheet(ITEMS_SHEET)
    write_header(listing, 1, ["数据项", "键"])
    write_rows(listing, 2, [[name, *keys] for name, keys in sorted(choices.items())])
    listing.sheet_state = "hidden"
    ws = wb.create_sheet(JOIN_SHEET, index=1)
    write_header(ws, 1, JOIN_HEADERS)
    write_rows(ws, 2, [[n, "", "", ""] for n in range(1, JOIN_ROWS + 1)])
    # (a list of hundreds of names is too long to write into the rule itself: the rule points at the hidden sheet)
    choice = DataValidation(type="list", formula1=f"'{ITEMS_SHEET}'!$A$2:$A${len(choices) + 1}", allow_blank=True,
                            showErrorMessage=True, error="请从下拉列表中选择数据项。", errorTitle="数据项有误")
    ws.add_data_validation(choice)
    choice.add(f"B2:C{JOIN_ROWS + 1}")
    set_widths(ws, [6, 36, 36, 24])
    ws.freeze_panes = "B2"
    print_wide(ws)


def _read_join_rows(rows: list[tuple], items: list[tuple], decisions: Decisions,  # type: ignore[type-arg]
                    warnings: list[str]) -> None:
    """数据项A and 数据项B of the join sheet: one more 同一数据项 decision each, renamed when 新名称 is given."""
    keys_of = {str(row[0]).strip(): [str(v).strip() for v in row[1:] if v] for row in items[1:]
               if len(row) > 1 and row[0] and row[1]}
    for n, row in enumerate(rows[1:], start=2):
        cells = [str(v).strip() if v is not None else "" for v in (*row, "", "", "", "")[:4]]
        _, first, second, name = cells
        if not (first or second):
            continue
        a_keys, b_keys = keys_of.get(first, []), keys_of.get(second, [])
        a, b = a_keys[0] if a_keys else None, b_keys[0] if b_keys else None
        if name and (a_keys or b_keys) and (not (first and second) or first == second):
            # (one item and a name: a rename of an item no row offers — wf87, wf88 and wf90 had no way to name one, and
            # choosing it twice read 「同一张表问了两次」)
            decisions.renames[(a_keys or b_keys)[0]] = name
            decisions.shown_as[(a_keys or b_keys)[0]] = first or second
            continue
        if not (a and b):
            unknown = "、".join(x for x, key in ((first, a), (second, b)) if not key) or "（空）"
            warnings.append(f"“{JOIN_SHEET}”第 {n} 行：数据项“{unknown}”不在清单中（请从下拉列表中选择两项），已忽略。")
            continue
        if a == b:
            warnings.append(f"“{JOIN_SHEET}”第 {n} 行：“{first}”与“{second}”写法相同（同一张表问了两次，机器据此分开），"
                            "无法在此合并，已忽略。")
            continue
        decisions.same.add(frozenset((a, b)))
        # (each item with all its wordings, but one the clerk parted from it on the 审核表: wf97 parted 农户编号 from
        # 户编号, joined 编号 to 户编号 here, and got 编号 joined to 农户编号)
        parted = [key for key in (*a_keys, *b_keys) if any(frozenset((key, c)) in decisions.different for c in (a, b))]
        decisions.same.update(frozenset((a, key)) for key in (*a_keys, *b_keys) if key != a and key not in parted)
        if parted:
            warnings.append(f"“{JOIN_SHEET}”第 {n} 行：{'、'.join(f'“{reading(k)}”' for k in parted)}已在审核表中拆分出去，"
                            f"不随“{first}”“{second}”合并。")
        if name:
            decisions.renames[a] = name
            decisions.renames[b] = name


def write_review(result: ScanResult, path: Path, decisions: Decisions | None = None,
                 advice: list[FormAdvice] | None = None) -> int:
    """Write the review workbook; returns the number of rows. Earlier decisions are filled in."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    from .sheets import print_wide, put, save, set_widths, write_header, write_rows

    uncertain = PatternFill("solid", fgColor=UNCERTAIN_COLOUR)
    decisions = decisions or Decisions()
    titles = {form.id: form.title for form in result.forms}
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    write_header(ws, 1, HEADERS)
    rows = review_rows(result)
    forms_of_key = forms_by_wording(result)
    asked = {frozenset((row.a.label_key, row.b.label_key)) for row in rows}
    rows += [row for row in _decided_apart(result, decisions) if frozenset((row.a.label_key, row.b.label_key)) not in asked]
    earlier_of = {id(row): _earlier_decision(row, decisions) for row in rows}
    # What is left to decide comes first; a pair decided in an earlier review is listed after, not yellow
    # (helper-52: decided rows stayed yellow at the top of the second round's workbook).
    rows.sort(key=lambda row: bool(earlier_of[id(row)][0]))
    for r, row in enumerate(rows, start=2):
        earlier, renamed = earlier_of[id(row)]
        values = [r - 1, row.kind, row.item, _shown(row.a), _where(row.a, titles, forms_of_key), _shown(row.b),
                  _where(row.b, titles, forms_of_key), round(row.score, 2), row.reason, earlier,
                  renamed, row.a.label_key, row.b.label_key]
        write_rows(ws, r, [values])
        if row.uncertain and not earlier:
            for c in range(1, len(values) + 1):
                ws.cell(r, c).fill = uncertain
    # One wording cannot be split into two items: its rows offer only 同一数据项 and 改名为… (helper-48 chose
    # 不是同一项 on 「计 | 计」 and was told afterwards).
    one_wording = [r for r, row in enumerate(rows, start=2) if row.a.label_key == row.b.label_key]
    two_wordings = [r for r, row in enumerate(rows, start=2) if row.a.label_key != row.b.label_key] or [2]
    _dropdown(ws, _ranges(two_wordings, "J"), CHOICES, "决定有误")
    if one_wording:
        _dropdown(ws, _ranges(one_wording, "J"), [SAME, RENAME], "同一写法不能拆开，可改名")
    set_widths(ws, [6, 10, 18, 16, 40, 16, 40, 8, 40, 14, 16, 16, 16])
    ws.column_dimensions["L"].hidden = True
    ws.column_dimensions["M"].hidden = True
    ws.freeze_panes = "D2"
    ws.auto_filter.ref = f"A1:K{len(rows) + 1}"
    print_wide(ws)  # printed for a meeting: landscape, one page wide, the header on every page
    if advice:
        _write_forms_sheet(wb, result, advice, decisions)
    _write_join_sheet(wb, result)
    notes = wb.create_sheet("说明")
    for r, text in enumerate([
        "审核说明",
        "1. 黄色行是机器拿不准的（得分较低的归并和疑似相同的字段），已排在前面，最难判断的（得分接近 0.82）排在最前；其余行机器较有把握，也可推翻。",
        f"2. 在“决定”列选择：{SAME}（合并）、{DIFFERENT}（拆开）、{RENAME}（这一行的字段A、字段B是同一数据项，合并后改用"
        "“新名称”列填写的名称；只想改名而不合并时，请先选“不是同一项”；“已归并”行选它只改名）。留空表示同意机器的判断。"
        "决定针对写法：同一写法在其他报表中的字段（“所在”列注明“同一写法另有N张表”）随之合并或拆开。",
        "3. 保存后运行：yitaobiao scan 文件夹 --decisions 本文件 ；决定会记入 .yitaobiao/decisions.yaml，下季度扫描自动沿用。",
        "4. 请勿修改灰色隐藏列（键A、键B、键），它们用于识别字段和报表。",
        f"5. “{FORMS_SHEET}”表列出每张报表的填报频次（黄色为表中未注明、按不定期计的）和机器的处理建议（取消/整合/保留）；"
        "如有不同，在“频次改为”“建议改为”列中选择，重新扫描后生效。",
        f"6. 审核表里没有列出、但其实是同一数据项的两项（如“父母姓名”与“监护人姓名”），在“{JOIN_SHEET}”表的“数据项A”"
        "“数据项B”列中从下拉列表各选一项即可合并；需要时在“新名称”列填写合并后的名称（不填则沿用多数报表的叫法）。只给某一项改名：只选“数据项A”，"
        "在“新名称”列填写新名称。",
        f"{_WRITTEN_FOR}{result.root}",
    ], start=1):
        put(notes.cell(r, 1), text).font = Font(bold=r == 1)
    notes.column_dimensions["A"].width = 110
    path.parent.mkdir(parents=True, exist_ok=True)
    save(wb, path)
    return len(rows)


_WRITTEN_FOR = "7. 本审核表由扫描以下文件夹写出："


def read_review(path: Path) -> tuple[Decisions, list[str]]:
    """Decisions from a filled review workbook, and warnings for rows that could not be used."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError as exc:  # the clerk named a file that is not there: a usage error, as elsewhere
        raise UsageError(f"找不到审核表：{path}") from exc
    except Exception as exc:
        raise ReviewError(f"审核表无法打开：{path}（{opening_reason(path, exc)}）") from exc
    if SHEET not in wb.sheetnames:  # another workbook given for --decisions: a usage error
        raise UsageError(f"{path} 中没有“{SHEET}”工作表，不像 yitaobiao 生成的审核表；请给出 scan --review 写出的审核表。")
    rows = list(wb[SHEET].iter_rows(values_only=True))
    form_rows = list(wb[FORMS_SHEET].iter_rows(values_only=True)) if FORMS_SHEET in wb.sheetnames else []
    join_rows = list(wb[JOIN_SHEET].iter_rows(values_only=True)) if JOIN_SHEET in wb.sheetnames else []
    item_rows = list(wb[ITEMS_SHEET].iter_rows(values_only=True)) if ITEMS_SHEET in wb.sheetnames else []
    written_for = next((str(row[0])[len(_WRITTEN_FOR):] for row in wb["说明"].iter_rows(values_only=True)
                        if row and str(row[0] or "").startswith(_WRITTEN_FOR)), "") if "说明" in wb.sheetnames else ""
    wb.close()
    header = [str(v or "").strip() for v in rows[0]] if rows else []
    try:
        col = {name: header.index(name) for name in ("决定", "新名称", "键A", "键B")}
    except ValueError as exc:
        raise ReviewError(f"{path} 的表头被改动（缺少 决定/新名称/键A/键B 列），请用新生成的审核表。") from exc
    kind_at = header.index("类型") if "类型" in header else None
    item_at = header.index("数据项") if "数据项" in header else None
    decisions = Decisions()
    warnings: list[str] = []
    for n, row in enumerate(rows[1:], start=2):
        def value(name: str, row: tuple = row) -> str:  # type: ignore[type-arg]
            index = col[name]
            return str(row[index]).strip() if index < len(row) and row[index] is not None else ""

        decision, a, b = value("决定"), current_key(value("键A")), current_key(value("键B"))
        if not decision:
            continue
        # (wf60 counted 序号 for the row: the sheet's 序号 runs one behind Excel's row numbers)
        serial = str(row[0]).strip() if row and row[0] is not None else ""
        at = f"审核表第 {n} 行" + (f"（序号 {serial}）" if serial and serial != str(n) else "")
        if not a or not b:
            warnings.append(f"{at}缺少隐藏的键A/键B，已忽略该行。")
            continue
        if decision == SAME:
            decisions.same.add(frozenset((a, b)))
        elif decision == DIFFERENT:
            if a == b:
                warnings.append(f"{at}：同一种写法无法拆成两项，已忽略（可选择“{RENAME}”）。")
                continue
            decisions.different.add(frozenset((a, b)))
        elif decision.startswith("改名为"):
            name = value("新名称") or decision.removeprefix("改名为").strip("…. ：:")
            if not name:
                warnings.append(f"{at}选了“{RENAME}”但没有填写新名称，已忽略。")
                continue
            decisions.renames[a] = name
            if item_at is not None and item_at < len(row) and row[item_at]:
                # (wf97–wf100 renamed the item shown as 风险类型 and read 「改名：“致贫原因” → “致贫原因”」)
                decisions.shown_as[a] = str(row[item_at]).strip()
            if kind_at is not None and kind_at < len(row) and row[kind_at] == MERGED:
                # (a row the machine had merged renames its item, no join: wf85 and wf86 renamed two such and read
                # 「合并 5 处（其中 3 处是改名并为一项）、…改名 0 项」)
                continue
            decisions.renames[b] = name
            if a != b:
                decisions.same.add(frozenset((a, b)))
        else:
            warnings.append(f"{at}的决定“{decision}”无法识别（应为：{'、'.join(CHOICES)}），已忽略。")
    _read_form_rows(form_rows, decisions, warnings)
    if join_rows:
        _read_join_rows(join_rows, item_rows, decisions, warnings)
    decisions.written_for = written_for
    return decisions, warnings


def _read_form_rows(rows: list[tuple], decisions: Decisions, warnings: list[str]) -> None:  # type: ignore[type-arg]
    """频次改为 / 建议改为 of the 报表处理 sheet."""
    if not rows:
        return
    header = [str(v or "").strip() for v in rows[0]]
    if not all(name in header for name in ("频次改为", "建议改为", "键")):
        warnings.append(f"“{FORMS_SHEET}”表的表头被改动，其中的调整已忽略。")
        return
    at = {name: header.index(name) for name in ("频次改为", "建议改为", "键")}
    for n, row in enumerate(rows[1:], start=2):
        def value(name: str, row: tuple = row) -> str:  # type: ignore[type-arg]
            index = at[name]
            raw = str(row[index]) if index < len(row) and row[index] is not None else ""
            # (the form's key is its sheet's name as stored: 「report2.xls#3 」 keeps its space — wf27)
            return raw if name == "键" else raw.strip()

        frequency, suggestion, key = value("频次改为"), value("建议改为"), value("键")
        if not (frequency or suggestion):
            continue
        if not key:
            warnings.append(f"“{FORMS_SHEET}”第 {n} 行缺少隐藏的键，已忽略该行。")
            continue
        if frequency:
            if frequency in FREQUENCY_NAMES:
                decisions.frequencies[key] = frequency
            else:
                warnings.append(f"“{FORMS_SHEET}”第 {n} 行的频次“{frequency}”无法识别（应为：{'、'.join(FREQUENCY_NAMES)}），已忽略。")
        if suggestion:
            if suggestion in SUGGESTIONS:
                decisions.suggestions[key] = suggestion
            else:
                warnings.append(f"“{FORMS_SHEET}”第 {n} 行的建议“{suggestion}”无法识别（应为：{'、'.join(SUGGESTIONS)}），已忽略。")


def decisions_in_words(decisions: Decisions) -> tuple[dict[str, int], list[str]]:
    """How many joins, partings and renames a set of decisions makes, and one line for each, in the review's words
    (wf60 was told 「合并 1 处、拆分 3 处、改名 2 项」 and opened decisions.yaml to learn which; a rename of two
    wordings is no join of its own)."""
    renamed: dict[str, list[str]] = defaultdict(list)
    for key, name in decisions.renames.items():
        renamed[name].append(key)
    by_rename = {frozenset(pair) for keys in renamed.values() for pair in combinations(sorted(keys), 2)}
    joined = sorted(decisions.same - by_rename, key=sorted)
    parted = sorted(decisions.different, key=sorted)

    def said(keys: Iterable[str], between: str) -> str:
        return between.join(f"“{reading(k)}”" for k in sorted(keys))

    # (a join of two items ties every wording of both: one decision, said once — wf99, wf101 read 「合并 4 处」 of two)
    joins = _connected(joined)
    lines = [f"合并：{said(keys, '与' if len(keys) == 2 else '、')}" for keys in joins]
    lines += [f"拆分：{said(pair, '与')}" for pair in parted]
    # (wf65 joined 被排查单位 and 单位名称 under one name on the 补充合并 sheet and read only 「改名」: two wordings
    # renamed alike are one item, and the line says so)
    lines += [f"并为一项，名为“{name}”：{said(keys, '、')}" if len(keys) > 1
              else f"改名：“{decisions.shown_as.get(keys[0]) or reading(keys[0])}” → “{name}”"
              for name, keys in renamed.items()]
    lines += [f"频次：{_form_named(key)} 改为{frequency}" for key, frequency in sorted(decisions.frequencies.items())]
    lines += [f"处理建议：{_form_named(key)} 改为{suggestion}" for key, suggestion in sorted(decisions.suggestions.items())]
    # (wf71 read 「合并 0 处、…改名 1 项」 above 「并为一项，名为“所属村（社区）”」: wordings put under one name are joined)
    put_together = sum(1 for keys in renamed.values() if len(keys) > 1)
    return {"合并": len(joins) + put_together, "拆分": len(parted), "改名": len(renamed) - put_together,
            "频次": len(decisions.frequencies), "建议": len(decisions.suggestions), "改名并入": put_together}, lines


def _connected(pairs: Iterable[frozenset[str]]) -> list[set[str]]:
    """The wordings pairs of joins tie together, one set each."""
    groups: list[set[str]] = []
    for pair in pairs:
        touching = [g for g in groups if g & pair]
        merged = set(pair).union(*touching)
        groups = [g for g in groups if not g & pair] + [merged]
    return groups


def joins_and_renames_in_words(counts: dict[str, int]) -> str:
    """「合并 3 处（其中 2 处是改名并为一项）、拆分 2 处、改名 0 项」: a rename that joined an item is said as such
    (wf81 chose 改名为… twice and read 「改名 0 项」)."""
    joined = f"合并 {counts['合并']} 处" + (f"（其中 {counts['改名并入']} 处是改名并为一项）" if counts.get("改名并入") else "")
    return f"{joined}、拆分 {counts['拆分']} 处、改名 {counts['改名']} 项"


def _form_named(key: str) -> str:
    """「民政局/family_list.xls#Sheet1」 → 「family_list.xls（Sheet1）」: a form's key as the 报表处理 sheet shows it."""
    path, _, sheet = key.partition("#")
    name = PurePosixPath(path).name
    return f"{name}（{sheet}）" if sheet else name


def merge_decisions(old: Decisions, new: Decisions) -> Decisions:
    """Newer decisions win: a pair decided again replaces its earlier decision."""
    same = (old.same - new.different) | new.same
    different = (old.different - new.same) | new.different
    # Two wordings renamed alike are one item: a newer 不是同一项 between them undoes that (of the pair only).
    renames = {**old.renames, **new.renames}
    for pair in new.different:
        if len(pair) == 2:
            a, b = sorted(pair)
            if renames.get(a) and renames.get(a) == renames.get(b) and not (new.renames.get(a) and new.renames.get(b)):
                for key in (a, b):
                    if key not in new.renames:
                        renames.pop(key, None)
    return Decisions(same=same, different=different, renames=renames,
                     frequencies={**old.frequencies, **new.frequencies},
                     suggestions={**old.suggestions, **new.suggestions})


def reversed_decisions(old: Decisions, new: Decisions) -> list[str]:
    """Lines for the pairs a review decides the other way from a decision kept before: the newer wins, as the clerk
    may mean, but an older review given by mistake undoes later work unsaid (wf107: last week's review parted 仔猪
    from 仔猪 again, and the notice's 去重后 moved 219 → 220)."""
    lines = []
    for pairs, before, now in ((new.same, old.different, "合并"), (new.different, old.same, "分开")):
        for pair in sorted(pairs & before, key=sorted):
            if len(pair) == 2:
                a, b = sorted(pair)
                lines.append(f"审核表把“{reading(a)}”与“{reading(b)}”改为{now}，与此前记下的决定相反；如这份审核表是以前的，"
                             "请改用本次扫描写出的审核表重新填写。")
    return lines


def decisions_path(workdir: Path) -> Path:
    from .catalog import STATE_DIR

    return workdir / STATE_DIR / DECISIONS_FILE


# Wordings of label keys an earlier version wrote, and what the keys say now: a decision made then still holds.
_EARLIER_KEY_WORDS = {"一条记录（一人、一户或一个单位）的数": "一条记录的数"}


def current_key(key: str) -> str:
    """A label key from an earlier decisions.yaml or review workbook, as this version writes it."""
    for earlier, now in _EARLIER_KEY_WORDS.items():
        key = key.replace(earlier, now)
    return key


def load_decisions(path: Path) -> Decisions:
    if not path.exists():
        return Decisions()
    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
        return Decisions(
            same={frozenset(map(current_key, p)) for p in data.get("same", [])},
            different={frozenset(map(current_key, p)) for p in data.get("different", [])},
            renames={current_key(str(k)): str(v) for k, v in (data.get("renames") or {}).items()},
            frequencies={str(k): str(v) for k, v in (data.get("frequencies") or {}).items()},
            suggestions={str(k): str(v) for k, v in (data.get("suggestions") or {}).items()},
        )
    except (YamlSyntaxError, TypeError, AttributeError) as exc:
        raise ReviewError(f"审核决定文件格式错误：{path}（{exc}）。可删除该文件后重新审核。") from exc


def save_decisions(decisions: Decisions, path: Path) -> None:
    data = {
        "说明": "yitaobiao 审核决定：键为“所属对象|规范化字段名”。下次扫描自动沿用；可手工删改。",
        "updated": dt.date.today().isoformat(),
        "same": sorted(sorted(p) for p in decisions.same),
        "different": sorted(sorted(p) for p in decisions.different),
        "renames": dict(sorted(decisions.renames.items())),
        "frequencies": dict(sorted(decisions.frequencies.items())),
        "suggestions": dict(sorted(decisions.suggestions.items())),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump_yaml(data), encoding="utf-8")


def foreign_review(new: Decisions, result: ScanResult, review_file: Path | None) -> list[Finding]:
    """A review workbook written by the scan of another folder, or none of whose decisions is about a wording this
    scan found: the review of another folder or of an older scan (wf105: one from another folder was taken as 「合并 1
    处…拆分 1 处」 and saved, and only per-field hints followed; wf110: one sharing a few wordings, unsaid)."""
    keys = new.label_keys()
    present = {f.label_key for f in result.fields}
    where = f"“{review_file.name}”" if review_file else "给出的审核表"
    if keys and new.written_for and new.written_for != result.root:
        return [Finding("unapplied_decision", "", f"{where}是扫描另一个文件夹（{new.written_for}）时写出的，本次扫描的是"
                                                  f"{result.root}：其中的决定已采用并记下；如给错了文件，请在本次扫描写出的"
                                                  "审核表中改回这些决定。")]
    if not keys or keys & present:
        return []
    return [Finding("unapplied_decision", "", f"{where}中的 {len(keys)} 个写法，本次扫描的报表都没有：它可能是别的文件夹或"
                                              "以前的扫描写出的审核表，其中的决定本次都用不上；请给出本次 scan --review 写出、"
                                              "填好的审核表。")]


def stale_decisions(decisions: Decisions, result: ScanResult) -> list[Finding]:
    """Decisions about labels that no form asks any more: reported, never fatal."""
    present = {f.label_key for f in result.fields}
    missing = sorted(k for k in decisions.label_keys() if k not in present)
    # (wf81: 「…“残疾证号”本次未出现，该决定暂不生效」 while the join it was in still stood by another wording)
    return [Finding("stale_decision", "", f"审核决定涉及的字段“{k.split('|', 1)[-1]}”本次没有报表再这样写（可能改了名或删去），"
                                          "与这个写法有关的决定这次用不上，其余决定照常生效；如是改名，请在审核表中对新写法重新确认。")
            for k in missing]


def apply_form_decisions(result: ScanResult, decisions: Decisions) -> list[Finding]:
    """The clerk's frequencies replace the ones read off the forms; a form no longer scanned is reported. A
    form the department sent again in another format (老党员补贴.xlsx as .xls) keeps the clerk's word about it."""
    keys = {form_key(form): form for form in result.forms}
    resent = {_without_suffix(key): key for key in keys}
    for chosen in (decisions.frequencies, decisions.suggestions):
        for old in [k for k in chosen if k not in keys and _without_suffix(k) in resent]:
            chosen.setdefault(resent[_without_suffix(old)], chosen.pop(old))
    for key, form in keys.items():
        if key in decisions.frequencies and decisions.frequencies[key] in FREQUENCY_NAMES:
            form.frequency = FREQUENCY_NAMES[decisions.frequencies[key]]
            form.frequency_source = "人工确认"
    missing = sorted(k for k in {*decisions.frequencies, *decisions.suggestions} if k not in keys)
    return [Finding("stale_decision", k.split("#")[0], "审核时调整过的这张报表本次未出现，该调整暂不生效。") for k in missing]


def _without_suffix(key: str) -> str:
    """「组织部/老党员补贴.xlsx#Sheet1」 → 「组织部/老党员补贴#Sheet1」: the same form whatever Excel format it came in."""
    path, _, sheet = key.partition("#")
    return f"{PurePosixPath(path).with_suffix('')}#{sheet}"


def unapplied_decisions(decisions: Decisions, result: ScanResult) -> list[Finding]:
    """Decisions about fields present in this scan that the matching could not honour: said, never dropped."""
    concept_of = _groups_by_key(result)
    findings = []
    for pair in sorted(decisions.same, key=sorted):
        a, b = sorted(pair) if len(pair) == 2 else (next(iter(pair)),) * 2
        if a in concept_of and b in concept_of and not concept_of[a] & concept_of[b]:
            findings.append(Finding("unapplied_decision", "", f"审核决定“{reading(a)}”与“{reading(b)}”为同一数据项，"
                                    f"但未能合并（{_why_not_joined(a, b, decisions, concept_of)}），本次未生效。"))
    for pair in sorted(decisions.different, key=sorted):
        if len(pair) != 2:
            continue
        a, b = sorted(pair)
        if a in concept_of and b in concept_of and concept_of[a] & concept_of[b]:
            findings.append(Finding("unapplied_decision", "", f"审核决定“{reading(a)}”与“{reading(b)}”不是同一项，"
                                    "但另有决定把它们合并，本次仍按合并处理，请在审核表中核对。"))
    return findings


def _why_not_joined(a: str, b: str, decisions: Decisions, concept_of: dict[str, set[str]]) -> str:
    """Why a join the clerk decided did not happen: a parting decided of one of them and a wording the other is one
    item with (wf62: 「人联系电话」 joined to 「电话号码」 and parted from 「联系电话」, which the synonym table makes
    the same item as 「电话号码」 — the parting won, and the clerk was told the two might be one table's columns)."""
    for mine, other in ((a, b), (b, a)):
        for pair in sorted(decisions.different, key=sorted):
            if mine in pair and len(pair) == 2:
                (third,) = pair - {mine}
                if third != other and concept_of.get(third, set()) & concept_of[other]:
                    return (f"另有决定“{reading(mine)}”与“{reading(third)}”不是同一项，而“{reading(other)}”与"
                            f"“{reading(third)}”是同一数据项，两个决定不能同时成立，已按“不是同一项”处理")
    return "二者可能是同一张表中的两列"


def parted_by_decisions(decisions: Decisions, result: ScanResult, before: ScanResult | None) -> list[Finding]:
    """Wordings the machine had joined that a decision took apart without saying so: the clerk joined 贫困户总户数
    to report_12's 贫困户数, and report_12's other column 贫困户户数, the machine's partner of 贫困户总户数, could
    no longer be the same item (one table asks nothing twice) — wf56 was told of nothing. ``before``: this
    folder's scan before the decisions were made (None: nothing is said)."""
    if before is None or before.root != result.root or not (decisions.same or decisions.different):
        return []
    now = _groups_by_key(result)
    then = _groups_by_key(before)
    # (a wording the clerk decided of stays where the decision put it; one whose decision failed is said of too)
    decided = {key for pair in decisions.different for key in pair} | {
        key for pair in decisions.same for key in pair if len({frozenset(now.get(k, ())) for k in pair}) == 1}
    findings = []
    said: set[tuple[str, str]] = set()
    forms_of: defaultdict[str, set[str]] = defaultdict(set)
    forms_of_item: defaultdict[str, set[str]] = defaultdict(set)
    for f in result.fields:
        forms_of[f.label_key].add(f.form_id)
        forms_of_item[f.concept_id or ""].add(f.form_id)

    def forms_in(items: set[str]) -> set[str]:
        return set().union(*(forms_of_item[c] for c in items))

    for pair in sorted(decisions.same, key=sorted):
        a, b = sorted(pair) if len(pair) == 2 else (next(iter(pair)),) * 2
        if a not in now or b not in now or not now[a] & now[b] or then.get(a, set()) & then.get(b, set()):
            continue  # not joined now, or joined before: the decision moved nothing
        for key, joined in ((a, b), (b, a)):
            partners = {other for other, groups in then.items() if groups & then.get(key, set())} - decided
            for other in sorted(partners):
                if other in now and not now[other] & now[key] and (other, key) not in said:
                    said.add((other, key))
                    # (wf104: 「人联系电话」, on a form of no other phone, was said parted as one table's second ask)
                    why = "同一张表不会两次问同一项" if forms_of[other] & forms_in(now[key]) else \
                        f"它与并入的“{reading(joined)}”字面差别较大"
                    findings.append(Finding("unapplied_decision", "", f"按审核决定把“{reading(a)}”与“{reading(b)}”合并后，"
                                            f"“{reading(other)}”不再与“{reading(key)}”合并（{why}）；"
                                            "如不妥，请在审核表中调整。"))
    # (wf85: 「电话号码 ≠ 联系电话」 also parted 电话号码 from 人联系电话, the machine's partner the clerk had left
    # agreed, which goes with 联系电话 by the synonym table — and nothing was said)
    for pair in sorted(decisions.different, key=sorted):
        if len(pair) != 2:
            continue
        a, b = sorted(pair)
        if not then.get(a, set()) & then.get(b, set()) or now.get(a, set()) & now.get(b, set()):
            continue  # apart before, or still together: the decision moved nothing
        for key, side in ((a, b), (b, a)):
            partners = {other for other, groups in then.items() if groups & then.get(key, set())} - decided
            for other in sorted(partners):
                if other in now and not now[other] & now.get(key, set()) and now[other] & now.get(side, set()) \
                        and (other, key) not in said:
                    said.add((other, key))
                    findings.append(Finding("unapplied_decision", "", f"按审核决定把“{reading(a)}”与“{reading(b)}”分开后，"
                                            f"“{reading(other)}”随“{reading(side)}”一方，也不再与“{reading(key)}”合并；"
                                            "如不妥，请在审核表中调整。"))
    return findings


def decisions_on_new_wordings(decisions: Decisions, result: ScanResult,
                              earlier: list[FormTemplate] | None) -> list[Finding]:
    """A decision already made that now reaches a column a form did not ask in the period compared with: wf88's
    「家庭住址 ≠ 现住址」, made of one table's 家庭住址, took 民政局's 居住地址 renamed 家庭住址 the next quarter out
    of 现住址, and the address carried to the 留守老人 form was lost, without a word. ``earlier``: the templates of
    the period (or scan) compared with; None, nothing is said."""
    if not earlier or not (decisions.same or decisions.different):
        return []
    asked_before = {(t.path, t.sheet): {C.squash(label) for label in t.labels.values()} for t in earlier}
    decided: dict[str, list[tuple[frozenset[str], str]]] = defaultdict(list)  # label key → its decisions
    for pairs, verdict in ((decisions.same, "是同一数据项"), (decisions.different, "不是同一项")):
        for pair in pairs:
            if len(pair) == 2:
                for key in pair:
                    decided[key].append((pair, verdict))
    findings = []
    for f in result.fields:
        before = asked_before.get((f.path, f.sheet))
        if before is None or C.squash(f.label) in before:
            continue  # a new form, or a column it asked before
        for pair, verdict in decided.get(f.label_key, ()):
            a, b = sorted(pair)
            findings.append(Finding("unapplied_decision", f.path, f"已有的审核决定“{reading(a)}”与“{reading(b)}”{verdict}，"
                                    f"也用在了本期新出现的“{C.squash(f.label)}”（{f.sheet}!{f.cell}）上；请核对是否适用，"
                                    "如不适用，请在审核表中调整。", sheet=f.sheet, cell=f.cell))
    return findings


def decisions_for_renamed_columns(decisions: Decisions, result: ScanResult, earlier: list[FormTemplate] | None
                                  ) -> tuple[Decisions, list[Finding]]:
    """The decisions made of a column its template still asks since ``earlier``, under a label key it no longer
    has, moved to the new key, and a line for each. wf97 parted 耕地's 农户编号 from 户编号; next quarter the template
    printed 农户编码 in its place, the matcher joined it to 户编号 again, and the 扶贫 household number went into
    农业农村局's form. wf98 joined a 监测户台账's 人数 (keyed by its title, a generic wording) to 家庭人数; the title's
    year changed, and the join was lost. Moved only where the old key is asked nowhere now and the new one has no
    decision of its own."""
    if not earlier or not decisions.label_keys():
        return decisions, []
    decided = decisions.label_keys()
    present = {f.label_key for f in result.fields}
    field_at = {(f.path, f.sheet, f.cell): f for f in result.fields}
    moved: dict[str, str] = {}
    findings = []
    current = {t.key: t for t in templates_of(result)}
    for key, old in paired_templates(earlier, list(current.values())).items():
        new = current[key]
        for cell_before, cell in same_columns(old, new):
            was, f = old.keys.get(cell_before), field_at.get((new.path, new.sheet, cell))
            if not was or f is None or was not in decided or was in present or was in moved \
                    or f.label_key in decided or f.label_key in moved.values():
                continue
            moved[was] = f.label_key
            header = old.labels[cell_before]
            if C.squash(header) != C.squash(new.labels[cell]):
                changed = f"表头“{header}”改为“{new.labels[cell]}”（{cell}）"
            elif C.squash(old.title) != C.squash(new.title):
                changed = f"表头“{header}”（{cell}）所在报表的标题由《{old.title}》改为《{new.title}》"
            else:
                changed = f"表头“{header}”（{cell}）所在的报表有改动"
            findings.append(Finding("carried_decision", f.path, f"{changed}，此前对“{reading(was)}”的审核决定已沿用到"
                                    "本期的这一列上；如不适用，请在审核表中调整。", sheet=f.sheet, cell=cell))
    if not moved:
        return decisions, []

    def renamed(pairs: set[frozenset[str]]) -> set[frozenset[str]]:
        return {frozenset(moved.get(k, k) for k in pair) for pair in pairs}

    return Decisions(same=renamed(decisions.same), different=renamed(decisions.different),
                     renames={moved.get(k, k): v for k, v in decisions.renames.items()},
                     frequencies=dict(decisions.frequencies), suggestions=dict(decisions.suggestions)), findings


def _groups_by_key(result: ScanResult) -> dict[str, set[str]]:
    """label key → the data items its fields are in."""
    groups: dict[str, set[str]] = {}
    for f in result.fields:
        groups.setdefault(f.label_key, set()).add(f.concept_id or "")
    return groups
