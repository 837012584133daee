"""Which department a form comes from: folder names, codes and titles → the name used in the notice.

The shipped table (``data/departments.yaml``) knows the common departments by their Chinese names,
the pinyin initials county systems use for folders (hy_gaj = 黄岩区公安局), pinyin and English words
(changsha_police_cps). A clerk's own file adds to it or overrides it. A folder that names no known
department is kept as written and listed, so the clerk can add it to the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from . import cells as C
from .errors import UsageError, file_problem
from .yamlio import YamlSyntaxError, load_yaml, load_yaml_cached

UNKNOWN_DEPARTMENT = "未注明"
_ORG_SUFFIX_RE = re.compile(r"(局|委员会|委|办公室|办|联合会|联|中心|所|站|队|院|部|厅|处|科|股)$")
_STRICT_SUFFIX = r"(局|委员会|委|办公室|办|部|厅|中心|所|联合会)"
# A folder of one period or one batch of returns (2025年三季度, 第2批, 202509): it names when, not who.
_BATCH_RE = re.compile(r"\d{4}|\d\s*[年月]|[一二三四]季度|第.{1,3}[批次期]|批次")


@dataclass
class Departments:
    """Name patterns (in titles and Chinese folder names) and codes (folder names and their parts)."""

    names: list[tuple[re.Pattern[str], re.Pattern[str], str]] = field(default_factory=list)
    codes: dict[str, str] = field(default_factory=dict)
    # Every form of a folder asks about the same folder names: each is looked up once.
    _folders: dict[tuple[str, int, int], str | None] = field(default_factory=dict, repr=False, compare=False)

    def from_text(self, text: str, strict: bool = False) -> str | None:
        """The department a text names. ``strict`` (for titles) wants the organ's suffix too, so that
        「统计表」 is not taken for 统计局."""
        s = C.squash(text)
        for loose, with_suffix, name in self.names:
            # (a body whose name is its own organ word — 妇联, 团委, 红十字会, 科协 — needs no suffix after it)
            pattern = with_suffix if strict and not name.endswith(("联", "委", "会", "协")) else loose
            if pattern.search(s):
                return name
        return None

    def of_folder(self, folder: str) -> str | None:
        key = (folder, len(self.names), len(self.codes))  # a table extended later is asked afresh
        if key not in self._folders:
            self._folders[key] = self._of_folder(folder)
        return self._folders[key]

    def _of_folder(self, folder: str) -> str | None:
        key = folder.strip().lower()
        if key in self.codes:
            return self.codes[key]
        if _ORG_SUFFIX_RE.search(folder) or self.from_text(folder):
            return folder
        for token in re.split(r"[_\-\s.]+", key):
            if token in self.codes:
                return self.codes[token]
        return None

    def resolve(self, rel: str, title: str) -> tuple[str, bool]:
        """The department of a form and whether it is known.

        The first folder that names a department decides; a folder that names none (a city, a batch:
        「2025年三季度」) is looked through, then the title is tried, then the first folder that is not a period
        or a batch is kept as written (not known), or, with no folder at all, 未注明. (Among folders that are
        departments, an unknown one is a department too: :func:`scan.assign_departments` sees the siblings.)
        """
        parts = rel.split("/")[:-1]
        for folder in parts:
            named = self.of_folder(folder)
            if named:
                return named, True
        named = self.from_text(title, strict=True)
        if named:
            return named, True
        if not parts:
            return UNKNOWN_DEPARTMENT, True
        return next((folder for folder in parts if not _BATCH_RE.search(folder)), parts[0]), False


def _add_names(table: Departments, rows: object, source: str) -> None:
    if not isinstance(rows, list):
        raise UsageError(f"部门对照表 {source} 的 names 应是 [写法, 部门名称] 的列表。")
    for row in rows:
        if not (isinstance(row, list) and len(row) == 2 and all(isinstance(x, str) for x in row)):
            raise UsageError(f"部门对照表 {source} 的 names 中有一行格式不对：{row!r}")
        pattern, name = row
        try:
            table.names.append((re.compile(pattern), re.compile(f"({pattern}){_STRICT_SUFFIX}"), name))
        except re.error as exc:
            raise UsageError(f"部门对照表 {source} 中的写法 {pattern} 不是有效的模式。") from exc


def _add_codes(table: Departments, codes: object, source: str) -> None:
    if not isinstance(codes, dict):
        raise UsageError(f"部门对照表 {source} 应是“文件夹名或代码: 部门名称”的对照。")
    for code, name in codes.items():
        if not isinstance(name, str) or not str(code).strip():
            raise UsageError(f"部门对照表 {source} 中 {code} 的部门名称不对。")
        table.codes[str(code).strip().lower()] = name.strip()


def _shipped_table(shipped: dict[str, object]) -> Departments:
    table = Departments()
    _add_names(table, shipped["names"], "（内置）")
    _add_codes(table, shipped["codes"], "（内置）")
    return table


def load_departments(extra: Path | None = None) -> Departments:
    """The shipped table, with a clerk's file on top (its entries win).

    A clerk's file is either a plain mapping ``文件夹名或代码: 部门名称`` or has the shipped file's
    ``names`` / ``codes`` sections.
    """
    text = resources.files("yitaobiao").joinpath("data/departments.yaml").read_text("utf-8")
    try:
        table = _shipped_table(load_yaml_cached(text, "departments"))
    except (UsageError, KeyError, TypeError):  # a damaged cache file: the shipped file itself
        table = _shipped_table(load_yaml_cached(text, "departments", refresh=True))
    if extra is None:
        return table
    try:
        data = load_yaml(extra.read_text("utf-8-sig"))
    except FileNotFoundError as exc:
        raise UsageError(f"找不到部门对照表：{extra}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"读不了部门对照表 {extra}（{file_problem(exc)}）。") from exc
    except YamlSyntaxError as exc:
        raise UsageError(f"部门对照表 {extra} 的{exc}。") from exc
    if data is None:
        return table
    if isinstance(data, dict) and ("names" in data or "codes" in data):
        own = Departments()
        _add_names(own, data.get("names") or [], str(extra))
        _add_codes(own, data.get("codes") or {}, str(extra))
        table.names[:0] = own.names
        table.codes.update(own.codes)
    else:
        _add_codes(table, data, str(extra))
    return table


_default: Departments | None = None


def default_departments() -> Departments:
    global _default
    if _default is None:
        _default = load_departments()
    return _default
