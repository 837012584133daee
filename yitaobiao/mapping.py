"""The mapping between the 一套表 and every department's own fields: a typed model merge writes and
split (and later commands) read, as ``一套表.mapping.json`` beside the workbook and inside it.

The workbook carries the same JSON in a hidden sheet, so a filled 一套表 that comes back from a
village under another name can be split without the file beside it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import orjson

from . import cells as C
from .errors import YitaobiaoError

VERSION = 2
HIDDEN_SHEET = "_对照数据"
CHUNK = 30_000  # characters per cell of the hidden sheet (a cell holds at most 32,767)


class MappingError(YitaobiaoError):
    """The mapping cannot be read or is not one yitaobiao wrote."""


# What tells a household apart on a record sheet, strongest first: each entry is the columns (by any of their
# names) that together name one household. Split groups a household's records by them; merge tells the cadre.
HOUSEHOLD_KEYS: list[list[frozenset[str]]] = [
    [frozenset({"户编号", "户号", "户口簿户号", "家庭编号", "户籍编号"})],
    [frozenset({"户主公民身份号码", "户主身份证号码", "户主身份证号", "户主证件号码"})],
    [frozenset({"户主姓名", "户主"}), frozenset({"所属村", "村(社区)", "行政村", "村名"})],
    # (no village column: the 一套表 is one village's copy, its 填报单位 line says which — wf11's 家庭户内信息登记表
    # listed no member of anyone's household)
    [frozenset({"户主姓名", "户主"})],
]
# The words of every household key's first column: an item by one of these names tells whose household a row is in.
HOUSEHOLD_KEY_NAMES = frozenset(name for key in HOUSEHOLD_KEYS for names in key[:1] for name in names)


@dataclass
class MappingItem:
    """One column of a record sheet (人员, 户 …) or one row of the 指标 sheet."""

    key: str  # unique across the workbook: concept id @ sheet
    concept: str
    name: str  # the header as printed
    sheet: str
    position: int  # 1-based column (record sheets) or row (指标)
    cell: str
    unit: str | None = None
    theme: str = ""
    rule: str | None = None  # sex / date / id / code / number / list
    options: list[str] = field(default_factory=list)
    parent: str | None = None  # 指标: the item this one is a 其中 item of
    selects: str | None = None  # a 纳入报表 column: the target group (or on-demand form) it selects
    record: str = ""  # the record sheet it belongs to (人员); ``sheet`` is where it is printed (人员（收入与保障等）)
    joins: str | None = None  # an identifying column repeated on a themed sheet: the key of the one it repeats
    standard: str = ""  # the item's name by the tool's rules, when the clerk renamed it (所属村 printed 所在村（社区）)

    @property
    def meaning(self) -> str:
        """The name fill and split recognise the item by: the clerk's rename is printed, the item is what it was."""
        return self.standard or self.name


def option_columns(f: MappingField, layout: str) -> list[str]:
    """The options a register item's columns stand for, in column order (「认定等级 | 特困 | 困难 | 一般」: the value
    is ticked under its option, not written), without their notes (「是（用数字占位）」 is 是); [] for any other item."""
    if layout != "list" or len(f.options) < 2 or not all(C.is_option_word(o) for o in f.options):
        return []
    return [C.option_value(o) for o in f.options]


@dataclass
class MappingField:
    """One field of a department's form and the 一套表 item it is filled from."""

    field: str
    form: str
    item: str  # MappingItem.key
    concept: str
    department: str
    form_title: str
    path: str
    sheet: str
    cell: str
    label: str
    layout: str
    unit: str | None
    factor: float  # 一套表 value × factor = the value in the form's own unit
    slot: int | None
    confidence: float
    header_path: list[str] = field(default_factory=list)
    options: list[str] = field(default_factory=list)
    choices: list[str] = field(default_factory=list)  # the template's own drop-down over the column (1.女, 2.男)
    member: bool = False  # a family member's item, filled from the member's own record (a card's table of members)


@dataclass
class MappingForm:
    """A department's form: where it is, how it is drawn, and which records of the 一套表 it receives."""

    id: str
    path: str
    sheet: str
    department: str
    title: str
    layout: str
    format: str
    data_start_row: int | None
    header_rows: list[int] | None
    period_positions: dict[str, int]
    subject: str | None
    population: str | None
    kind: str | None
    record_sheet: str | None  # the 一套表 sheet its records come from (None: the 指标 sheet)
    selector: str | None = None  # MappingItem.key of the 是否… column that picks its records
    # registers of the same columns stacked under headings of their own (基础型 | 增强型 商贸中心): the key of the
    # column saying which one a record goes in, and its answers in the registers' order
    register_kind: str | None = None
    register_kinds: list[str] = field(default_factory=list)


@dataclass
class Mapping:
    title: str
    created: str
    forms_root: str
    periods: list[str]
    header_row: int  # 1-based row of item names on record sheets
    items: list[MappingItem]
    fields: list[MappingField]
    forms: list[MappingForm]
    unit_conflicts: list[dict[str, Any]] = field(default_factory=list)
    left_out: list[dict[str, str]] = field(default_factory=list)  # forms not in the 一套表 and why
    version: int = VERSION

    def item(self, key: str) -> MappingItem:
        return self._items()[key]

    def _items(self) -> dict[str, MappingItem]:
        cache = self.__dict__.get("_item_index")
        if cache is None or len(cache) != len(self.items):
            cache = {i.key: i for i in self.items}
            self.__dict__["_item_index"] = cache
        return cache

    def sheet_items(self, sheet: str) -> list[MappingItem]:
        return [i for i in self.items if i.sheet == sheet]

    def parts(self, record: str) -> list[str]:
        """The printed sheets of a record sheet: itself, or its themed sheets in order."""
        return list(dict.fromkeys(i.sheet for i in self.items if (i.record or i.sheet) == record))

    def record_sheets(self) -> list[str]:
        return list(dict.fromkeys(f.record_sheet for f in self.forms if f.record_sheet))

    def fields_of(self, form_id: str) -> list[MappingField]:
        # (indexed once: split asks it of every form of every file, and a province's mapping has 80,000 fields)
        cache = self.__dict__.get("_fields_index")
        if cache is None or self.__dict__.get("_fields_indexed") != len(self.fields):
            cache = defaultdict(list)
            for f in self.fields:
                cache[f.form].append(f)
            self.__dict__["_fields_index"], self.__dict__["_fields_indexed"] = cache, len(self.fields)
        return list(cache.get(form_id, ()))

    def to_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["items"] = [asdict(i) for i in self.items]
        data["fields"] = [asdict(f) for f in self.fields]
        data["forms"] = [asdict(f) for f in self.forms]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mapping:
        if not isinstance(data, dict) or data.get("version") != VERSION:
            raise MappingError("字段对照不是本版本 yitaobiao merge 写出的，请重新运行 yitaobiao merge 生成一套表。")
        try:
            return cls(
                title=data["title"], created=data["created"], forms_root=data["forms_root"], periods=data["periods"],
                header_row=data["header_row"],
                items=[MappingItem(**i) for i in data["items"]],
                fields=[MappingField(**f) for f in data["fields"]],
                forms=[MappingForm(**f) for f in data["forms"]],
                unit_conflicts=data.get("unit_conflicts", []), left_out=data.get("left_out", []),
            )
        except (KeyError, TypeError) as exc:
            raise MappingError("字段对照内容不完整，请重新运行 yitaobiao merge 生成一套表。") from exc

    def to_json(self, indent: bool = True) -> str:
        # orjson writes the nested dataclasses itself: asdict() deep-copies every value first (20 s for the
        # 80,000 fields of 10,000 templates).
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        option = orjson.OPT_INDENT_2 if indent else 0
        return orjson.dumps(data, option=option | orjson.OPT_NON_STR_KEYS).decode("utf-8")

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.to_json(), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Mapping:
        from .catalog import read_json

        return cls.from_dict(read_json(path, f"找不到字段对照文件：{path}。请先运行 yitaobiao merge，或用 --mapping 指定。",
                                       f"字段对照文件无法读取：{path}。", MappingError))


def embed(wb: Any, mapping: Mapping) -> None:
    """Keep the mapping inside the workbook, in a hidden sheet, so a renamed copy can still be split."""
    ws = wb.create_sheet(HIDDEN_SHEET)
    text = mapping.to_json(indent=False)
    ws.cell(1, 1).value = "yitaobiao mapping v2"
    for n in range(0, len(text), CHUNK):
        ws.cell(2 + n // CHUNK, 1).value = text[n:n + CHUNK]
    ws.sheet_state = "veryHidden"


def embedded(wb: Any) -> Mapping | None:
    """The mapping carried by a 一套表 workbook, or None when it carries none."""
    if HIDDEN_SHEET not in wb.sheetnames:
        return None
    return embedded_in_rows(list(wb[HIDDEN_SHEET].iter_rows(min_row=1, max_col=1, values_only=True)))


def embedded_in_rows(rows: list[Any]) -> Mapping | None:
    """The mapping carried in the hidden sheet's rows (a workbook read by another reader: .xls, .ods)."""
    parts = [str(row[0]) for row in rows[1:] if row and row[0]]
    try:
        return Mapping.from_dict(orjson.loads("".join(parts)))
    except (ValueError, MappingError):
        return None
