"""Collect once, use many times: fill every department's own template from the filled 一套表.

For each original template named in the mapping (一套表.mapping.json) a filled copy is written to
``OUTDIR/<部门>/<原文件名>``:

* list forms (花名册/台账) get one row per record, below their own header; when the template has fewer
  blank rows than records, rows are inserted with the style of the last blank row, and the footer and
  its merged cells move down;
* indicator forms (统计表) get each indicator's value in the matching period column (本期, 上年同期, 累计);
* card forms (登记表) get one filled file per record, named ``<原文件名>-<序号>-<姓名>.xlsx``; a value
  next to □ options ticks the chosen option (☑男 □女).

Values keep the department's own units (元 ↔ 万元 through the mapping's factor) and code lists
(男/女 → 1/2 when the original label says 「1男2女」). A value that fails validation is reported with its
place in the 一套表 and still carried over as written. .xlsx templates keep their formatting; .xls
templates are written as .xlsx (values, merged cells and column widths; Excel/WPS open both); .csv
templates are written as .csv in their own encoding.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from copy import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from . import cells as C
from .docx_fill import DocxTables, cell_text, set_text
from .errors import FormReadError, OutputExistsError, YitaobiaoError, refuse_overwrite
from .guard import clerk_reason, guarded_map
from .merge import CARD, INDICATORS, ROSTER, period_kind_of
from .model import parse_a1
from .readers import read_grids
from .readers.csv_reader import SNIFF_BYTES, detect_encoding
from .sheets import csv_safe, put

Record = dict[str, Any]  # concept id → value


class SplitError(YitaobiaoError):
    """The filled 一套表 or its mapping cannot be used."""


@dataclass
class Collected:
    """What the cadres filled in the 一套表."""

    records: list[Record]  # 花名册 rows
    indicators: dict[str, dict[str, Any]]  # concept → period → value
    card: Record  # 登记表 values
    places: dict[tuple[int, str], str] = field(default_factory=dict)  # (record, concept) → cell in the 一套表


@dataclass
class FormOutput:
    department: str
    title: str
    files: list[Path]
    records: int


@dataclass
class SplitReport:
    outputs: list[FormOutput] = field(default_factory=list)
    converted: int = 0
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- reading the 一套表
def load_mapping(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SplitError(f"找不到字段对照文件：{path}。请先运行 yitaobiao merge，或用 --mapping 指定。") from exc
    except (OSError, json.JSONDecodeError) as exc:
        raise SplitError(f"字段对照文件无法读取：{path}（{exc}）") from exc
    if not isinstance(data, dict) or "fields" not in data or "forms" not in data:
        raise SplitError(f"{path} 不是 yitaobiao merge 写出的字段对照文件（请用新版本重新生成一套表）。")
    return data


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_filled(path: Path, mapping: dict[str, Any]) -> Collected:
    """Records, indicator values and card values from a filled 一套表."""
    try:
        wb = load_workbook(path, data_only=True)
    except FileNotFoundError as exc:
        raise SplitError(f"找不到已填写的一套表：{path}") from exc
    except Exception as exc:
        raise SplitError(f"一套表无法打开：{path}（{exc}）") from exc
    items = mapping["items"]
    collected = Collected(records=[], indicators={}, card={})
    header_row = int(mapping.get("roster_header_row", 4))
    roster_items = [i for i in items if i["sheet"] == ROSTER]
    if roster_items and ROSTER in wb.sheetnames:
        ws = wb[ROSTER]
        for r in range(header_row + 1, ws.max_row + 1):
            first = ws.cell(r, 1).value
            if isinstance(first, str) and first.startswith("填表说明"):
                break
            record = {i["concept"]: ws.cell(r, i["position"]).value for i in roster_items}
            if all(_is_blank(v) for v in record.values()):
                continue
            index = len(collected.records)
            collected.records.append(record)
            for i in roster_items:
                collected.places[(index, i["concept"])] = f"{ROSTER}!{get_column_letter(i['position'])}{r}"
    if INDICATORS in wb.sheetnames:
        ws = wb[INDICATORS]
        periods = mapping.get("periods") or ["本期"]
        for i in (i for i in items if i["sheet"] == INDICATORS):
            collected.indicators[i["concept"]] = {p: ws.cell(i["position"], 4 + n).value for n, p in enumerate(periods)}
            collected.places[(-1, i["concept"])] = f"{INDICATORS}!D{i['position']}"
    if CARD in wb.sheetnames:
        ws = wb[CARD]
        for i in (i for i in items if i["sheet"] == CARD):
            collected.card[i["concept"]] = ws.cell(i["position"], 3).value
            collected.places[(-2, i["concept"])] = f"{CARD}!C{i['position']}"
    wb.close()
    return collected


# --------------------------------------------------------------------------- values
_CODE_PAIR_RE = re.compile(r"(\d{1,2})\s*[.、=:：-]?\s*([^\d,，;；、/()（）\s]{1,6})")


def code_list(label: str) -> dict[str, str]:
    """「性别（1男2女）」 → {男: 1, 女: 2}: the codes a template asks for instead of words."""
    pairs = _CODE_PAIR_RE.findall(C.squash(label))
    if len(pairs) < 2:
        return {}
    return {word: code for code, word in pairs}


def to_source_value(value: Any, factor: float, codes: dict[str, str]) -> tuple[Any, bool]:
    """The merged value in the department's own unit and codes; True when it was converted."""
    if _is_blank(value):
        return value, False
    if codes and str(value).strip() in codes:
        return codes[str(value).strip()], True
    if factor != 1.0:
        number = _number(value)
        if number is not None:
            converted = round(number * factor, 6)
            return (int(converted) if float(converted).is_integer() else converted), True
    return value, False


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).replace(",", "").strip())
    except ValueError:
        return None


def validate(value: Any, rule: str | None, options: list[str]) -> str | None:
    """Why a value fails the item's rule, or None."""
    if _is_blank(value) or not rule:
        return None
    text = str(value).strip()
    if rule == "id" and not re.fullmatch(r"\d{17}[\dXx]", text):
        return f"公民身份号码应为 18 位（现为 {len(text)} 位：{text}）"
    if rule == "number" and _number(value) is None:
        return f"应为数值（现为“{text}”）"
    if rule == "number" and (_number(value) or 0) < 0:
        return f"不应为负数（{text}）"
    if rule == "list" and options and text not in options:
        return f"应为 {'/'.join(options)} 之一（现为“{text}”）"
    return None


# --------------------------------------------------------------------------- writing
def _copy_row_style(ws: Worksheet, source_row: int, target_row: int, max_col: int) -> None:
    for c in range(1, max_col + 1):
        src = ws.cell(source_row, c)
        dst = ws.cell(target_row, c)
        if src.has_style:
            dst._style = copy(src._style)
    if ws.row_dimensions[source_row].height:
        ws.row_dimensions[target_row].height = ws.row_dimensions[source_row].height


def _insert_rows_keeping_footer(ws: Worksheet, at: int, count: int) -> None:
    """Insert rows at ``at`` (1-based) and move merged ranges below it, which openpyxl does not."""
    ws.insert_rows(at, count)  # moves every cell below, merged placeholders included, but not the ranges
    ranges = ws.merged_cells.ranges
    for rng in ranges:
        if rng.min_row >= at:
            rng.shift(0, count)
    # The ranges were changed in place: rebuild the set (one pass, where unmerge/merge per range took
    # minutes on a template with 10,000 merged ranges).
    ws.merged_cells.ranges = set(ranges)
    _MERGE_INDEX.pop(id(ws), None)


def _data_rows(ws: Worksheet, start: int) -> int:
    """Blank template rows from ``start`` (1-based) down to the footer or the end of the sheet."""
    r = start
    last_row, last_col = ws.max_row, ws.max_column  # each is a pass over every cell: once, not per row
    while r <= last_row:
        values = [ws.cell(r, c).value for c in range(1, last_col + 1)]
        texts = [str(v).strip() for v in values if not _is_blank(v)]
        if texts and any(C.is_footer(t) or C.is_notes(t) or C.is_signoff(t) for t in texts):
            break
        if texts and not all(t.isdigit() or C.is_total_label(t) for t in texts):
            break
        if texts and any(C.is_total_label(t) for t in texts):
            break
        r += 1
    return r - start


class _Filler:
    def __init__(self, mapping: dict[str, Any], collected: Collected, report: SplitReport) -> None:
        self.items = {i["concept"]: i for i in mapping["items"]}
        self.collected = collected
        self.report = report
        self.periods = mapping.get("periods") or ["本期"]
        self._warned: set[tuple[int, str]] = set()

    def value(self, field_map: dict[str, Any], record: int) -> Any:
        item = self.items[field_map["concept"]]
        if item["sheet"] == ROSTER:
            if record >= len(self.collected.records):
                return None
            raw = self.collected.records[record].get(field_map["concept"])
        elif item["sheet"] == CARD:
            raw = self.collected.card.get(field_map["concept"])
            record = -2
        else:
            return None
        return self._convert(raw, field_map, item, record)

    def _convert(self, raw: Any, field_map: dict[str, Any], item: dict[str, Any], record: int) -> Any:
        problem = validate(raw, item.get("rule"), item.get("options") or [])
        key = (record, field_map["concept"])
        if problem and key not in self._warned:
            self._warned.add(key)
            place = self.collected.places.get(key, item["sheet"])
            self.report.warnings.append(f"{place}（{item['name']}）：{problem}；已按原样填入。")
        value, converted = to_source_value(raw, float(field_map.get("factor") or 1.0), code_list(field_map["label"]))
        self.report.converted += converted
        return value

    def indicator(self, field_map: dict[str, Any], period: str) -> Any:
        values = self.collected.indicators.get(field_map["concept"], {})
        item = self.items[field_map["concept"]]
        return self._convert(values.get(period), field_map, item, -1) if period in values else None


# Merged ranges of a worksheet by row, built once: a template with 10,000 merged ranges must not cost a
# scan of all of them for every value written.
_MERGE_INDEX: dict[int, dict[int, list[Any]]] = {}
MAX_INDEXED_ROWS = 2_000_000


def _merge_at(ws: Worksheet, row: int, col: int) -> Any | None:
    index = _MERGE_INDEX.get(id(ws))
    if index is None:
        index = {}
        budget = MAX_INDEXED_ROWS
        for rng in ws.merged_cells.ranges:
            height = rng.max_row - rng.min_row + 1
            if height > budget:
                break  # a hostile template: ranges past the budget are not indexed, values go to the cell itself
            budget -= height
            for r in range(rng.min_row, rng.max_row + 1):
                index.setdefault(r, []).append(rng)
        _MERGE_INDEX[id(ws)] = index
    return next((rng for rng in index.get(row, ()) if rng.min_col <= col <= rng.max_col), None)


def _write_value(ws: Worksheet, row: int, col: int, value: Any) -> None:
    """Write into (row, col) 1-based, or into the top-left cell of the merged range covering it."""
    rng = _merge_at(ws, row, col)
    if rng is not None:
        row, col = rng.min_row, rng.min_col
    put(ws.cell(row, col), value)


def _card_value_cell(ws: Worksheet, row: int, col: int) -> tuple[int, int]:
    """The blank cell (or □ options cell) right of a label, skipping the label's own merged range."""
    rng = _merge_at(ws, row, col)
    return row, (rng.max_col if rng is not None else col) + 1


def _tick(options_text: str, value: Any) -> str | None:
    """「□男  □女」 with value 男 → 「☑男  □女」; None when the value is not one of the options."""
    text = str(value).strip()
    pattern = re.compile(r"[□☐]\s*" + re.escape(text))
    return pattern.sub(lambda m: "☑" + m.group(0)[1:], options_text, count=1) if pattern.search(options_text) else None


def _fill_sheet(ws: Worksheet, form: dict[str, Any], fields: list[dict[str, Any]], filler: _Filler,
                record: int | None) -> int:
    """Fill one sheet of a template; returns the number of records written."""
    layout = form["layout"]
    if layout == "indicator":
        positions = form.get("period_positions") or {}
        columns: dict[str, int] = {}
        for name, col in positions.items():
            columns.setdefault(period_kind_of(name) or name, col)
        label_start = min((parse_a1(f["cell"])[1] for f in fields), default=0)
        rightmost = max(positions.values(), default=-1)
        for f in fields:
            row, col = parse_a1(f["cell"])
            # An indicator of a second block printed beside the first takes its values as far right of its
            # own label as the first block's values are of theirs.
            shift = col - label_start if col > rightmost else 0
            for period in filler.periods:
                target = columns.get(period)
                if target is None:
                    continue
                target += shift
                value = filler.indicator(f, period)
                if not _is_blank(value):
                    _write_value(ws, row + 1, target + 1, value)
        return 1
    if layout == "card":
        for f in fields:
            row, col = parse_a1(f["cell"])
            slot = f.get("slot")
            value = filler.value(f, (slot - 1) if slot else (record or 0))
            if _is_blank(value):
                continue
            vr, vc = _card_value_cell(ws, row + 1, col + 1)
            current = ws.cell(vr, vc).value
            ticked = _tick(str(current), value) if isinstance(current, str) and C.is_option_text(current) else None
            _write_value(ws, vr, vc, ticked if ticked is not None else value)
        return 1
    count = len(filler.collected.records)
    start = (form.get("data_start_row") or 0) + 1
    available = _data_rows(ws, start)
    max_col = ws.max_column
    if count > available:
        template_row = start + max(available - 1, 0)
        _insert_rows_keeping_footer(ws, start + available, count - available)
        for r in range(start + available, start + count):
            _copy_row_style(ws, template_row, r, max_col)
    serial = _serial_column(ws, form)
    for i in range(count):
        if serial is not None:
            _write_value(ws, start + i, serial, i + 1)
        for f in fields:
            _, col = parse_a1(f["cell"])
            slot = f.get("slot")
            if slot and slot > 1:
                continue
            value = filler.value(f, i)
            if not _is_blank(value):
                _write_value(ws, start + i, col + 1, value)
    return count


def _serial_column(ws: Worksheet, form: dict[str, Any]) -> int | None:
    rows = form.get("header_rows")
    if not rows:
        return None
    for r in range(rows[0] + 1, rows[1] + 2):
        for c in range(1, min(ws.max_column, 3) + 1):
            if C.is_serial_label(str(ws.cell(r, c).value or "")):
                return c
    return None


def _read_grids_task(path: str) -> list[Any]:
    return read_grids(Path(path), Path(path).name)


def _guarded_grids(path: Path) -> list[Any]:
    """The native reader runs in a guarded worker here too: a damaged original cannot take split down."""
    outcome = guarded_map(_read_grids_task, [str(path)], workers=1)[0]
    if outcome.reason is not None:
        raise FormReadError(path, outcome.reason)
    return outcome.value


def _workbook_from_grids(path: Path) -> Workbook:
    """A legacy .xls (or any readable file) re-drawn as an .xlsx: values, merges, column widths."""
    wb = Workbook()
    wb.remove(wb.active)
    for grid in _guarded_grids(path):
        if grid.hidden:
            continue
        ws = wb.create_sheet(grid.sheet[:31])
        for r, row in enumerate(grid.rows, start=1):
            for c, text in enumerate(row, start=1):
                if text:
                    put(ws.cell(r, c), text)
        for rng in grid.merges:
            if rng.height > 1 or rng.width > 1:
                ws.merge_cells(start_row=rng.top + 1, start_column=rng.left + 1, end_row=rng.bottom + 1,
                               end_column=rng.right + 1)
        for c in range(1, grid.width + 1):
            ws.column_dimensions[get_column_letter(c)].width = 14
    return wb


def _csv_rows(path: Path) -> tuple[list[list[str]], str]:
    raw = path.read_bytes()
    encoding = detect_encoding(raw[:SNIFF_BYTES]) or "utf-8-sig"
    text = raw.decode(encoding, errors="replace")
    return [row for row in csv.reader(text.splitlines())], encoding


def _fill_csv(src: Path, dst: Path, form: dict[str, Any], fields: list[dict[str, Any]], filler: _Filler) -> int:
    rows, encoding = _csv_rows(src)
    wb = Workbook()
    ws = wb.active
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value:
                put(ws.cell(r, c), value)
    count = _fill_sheet(ws, form, fields, filler, None)
    out = [[("" if v is None else str(v)) for v in row] for row in ws.iter_rows(values_only=True)]
    for r, row in enumerate(out):
        for c, value in enumerate(row):
            original = rows[r][c] if r < len(rows) and c < len(rows[r]) else ""
            if value != original:
                row[c] = csv_safe(value)  # what we wrote must not become a formula when Excel opens the CSV
    with dst.open("w", encoding=encoding if encoding != "utf-8" else "utf-8", newline="") as fh:
        csv.writer(fh).writerows(out)
    return count


def _fill_docx_table(doc: DocxTables, form: dict[str, Any], fields: list[dict[str, Any]], filler: _Filler,
                     record: int) -> int:
    table = int(re.sub(r"\D", "", form["sheet"]) or 1) - 1
    if table >= len(doc.tables):
        return 0
    if form["layout"] == "card":
        cells = doc.cell_map(table)
        for f in fields:
            row, col = parse_a1(f["cell"])
            slot = f.get("slot")
            value = filler.value(f, (slot - 1) if slot else record)
            label = cells.get((row, col))
            target = next((cells[(row, c)] for c in range(col + 1, col + 64)
                           if (row, c) in cells and cells[(row, c)] is not label), None)
            if target is None or _is_blank(value):
                continue
            current = cell_text(target)
            ticked = _tick(current, value) if C.is_option_text(current) else None
            set_text(target, ticked if ticked is not None else value)
        return 1
    count = len(filler.collected.records)
    start = form.get("data_start_row") or 1
    available = len(doc.rows(table)) - start
    if count > available:
        doc.add_rows(table, len(doc.rows(table)) - 1, count - available)
    cells = doc.cell_map(table)
    for i in range(count):
        for f in fields:
            _, col = parse_a1(f["cell"])
            if f.get("slot") and f["slot"] > 1:
                continue
            value = filler.value(f, i)
            if (start + i, col) in cells and not _is_blank(value):
                set_text(cells[(start + i, col)], value)
    return count


def _fill_docx(src: Path, target_dir: Path, forms: list[dict[str, Any]], fields_by_form: dict[str, list[dict[str, Any]]],
               filler: _Filler, collected: Collected, name_item: str | None, force: bool) -> FormOutput:
    """A Word template stays a Word document: cards one file per record, lists filled in place."""
    cards = any(form["layout"] == "card" for form in forms)
    copies = max(1, len(collected.records)) if cards else 1
    files: list[Path] = []
    count = 0
    for copy_no in range(copies):
        doc = DocxTables(src)
        for form in forms:
            count = max(count, _fill_docx_table(doc, form, fields_by_form[form["id"]], filler, copy_no))
        if cards and collected.records:
            who = collected.records[copy_no].get(name_item) if name_item else ""
            dst = target_dir / f"{src.stem}-{copy_no + 1:03d}{'-' + _safe_name(who) if who else ''}.docx"
        else:
            dst = target_dir / src.name
        refuse_overwrite(dst, force)
        doc.save(dst)
        files.append(dst)
    return FormOutput(forms[0]["department"] or "未注明", forms[0]["title"], files, copies if cards else count)


def _safe_name(text: Any) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "", str(text or ""))[:20]


def split_filled(filled: Path, mapping: dict[str, Any], forms_dir: Path, out_dir: Path,
                 force: bool = False) -> SplitReport:
    """Write every department's filled copy; see the module docstring for the rules."""
    collected = read_filled(filled, mapping)
    report = SplitReport()
    filler = _Filler(mapping, collected, report)
    fields_by_form: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in mapping["fields"]:
        fields_by_form[f["form"]].append(f)
    forms_by_file: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for form in mapping["forms"]:
        forms_by_file[form["path"]].append(form)
    name_item = next((i["concept"] for i in mapping["items"] if i["name"] == "姓名" and i["sheet"] == ROSTER), None)
    for rel, forms in forms_by_file.items():
        src = forms_dir / rel
        department = forms[0]["department"] or "未注明"
        if not src.exists():
            report.warnings.append(f"找不到原表：{src}，已跳过（请用 --forms 指向扫描时的报表文件夹）。")
            continue
        target_dir = out_dir / department
        target_dir.mkdir(parents=True, exist_ok=True)
        suffix = src.suffix.lower()
        try:
            if suffix == ".csv":
                dst = target_dir / src.name
                refuse_overwrite(dst, force)
                count = _fill_csv(src, dst, forms[0], fields_by_form[forms[0]["id"]], filler)
                report.outputs.append(FormOutput(department, forms[0]["title"], [dst], count))
                continue
            if suffix == ".docx":
                report.outputs.append(_fill_docx(src, target_dir, forms, fields_by_form, filler, collected, name_item,
                                                 force))
                continue
            cards = [form for form in forms if form["layout"] == "card"]
            copies = max(1, len(collected.records)) if cards else 1
            for copy_no in range(copies):
                wb = load_workbook(src) if suffix in (".xlsx", ".xlsm") else _workbook_from_grids(src)
                _MERGE_INDEX.clear()  # worksheets of the last workbook are gone; their ids may be reused
                count = 0
                for form in forms:
                    if form["sheet"] not in wb.sheetnames:
                        continue
                    count = max(count, _fill_sheet(wb[form["sheet"]], form, fields_by_form[form["id"]], filler,
                                                   copy_no if form["layout"] == "card" else None))
                stem = Path(src.name).stem
                if cards and collected.records:
                    who = collected.records[copy_no].get(name_item) if name_item else ""
                    dst = target_dir / f"{stem}-{copy_no + 1:03d}{'-' + _safe_name(who) if who else ''}.xlsx"
                else:
                    dst = target_dir / (src.name if suffix in (".xlsx", ".xlsm") else f"{stem}.xlsx")
                refuse_overwrite(dst, force)
                wb.save(dst)
                if copy_no == 0:
                    report.outputs.append(FormOutput(department, forms[0]["title"], [dst], count))
                else:
                    report.outputs[-1].files.append(dst)
            if cards:
                report.outputs[-1].records = copies
        except FormReadError as exc:
            report.warnings.append(f"{rel}：{exc.reason}")
        except (OutputExistsError, OSError):
            raise
        except Exception as exc:  # noqa: BLE001 - a damaged original costs its own forms, not the run
            report.warnings.append(f"{rel}：原表无法回填（{clerk_reason(exc)}）")
    return report

