"""Scan a folder of templates: find the files, read them, recognise the forms.

``scan_folder`` is what ``yitaobiao scan`` calls; matching and statistics are applied on its result
by :func:`yitaobiao.match.match_fields` and :mod:`yitaobiao.stats`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

from . import cells as C
from .classify import classify_form
from .errors import FormReadError, UsageError
from .layout import parse_grid
from .match import Decisions, match_fields
from .model import Field, Finding, Form, Grid, ScanResult, a1
from .readers import is_template_file, read_grids
from .synonyms import Synonyms, load_synonyms

UNKNOWN_DEPARTMENT = "未注明"

# Department names as they appear in titles and folder names → the short name used in reports.
_DEPARTMENT_PATTERNS: list[tuple[str, str]] = [
    (r"人力资源和社会保障|人社", "人社局"),
    (r"卫生健康|卫健|卫生", "卫健局"),
    (r"医疗保障|医保", "医保局"),
    (r"乡村振兴|扶贫", "乡村振兴局"),
    (r"农业农村|农业|农村农业", "农业农村局"),
    (r"应急管理|应急", "应急管理局"),
    (r"退役军人", "退役军人事务局"),
    (r"残疾人联合会|残联", "残联"),
    (r"民政", "民政局"),
    (r"教育|教体", "教育局"),
    (r"公安|派出所|警", "公安局"),
    (r"统计", "统计局"),
    (r"自然资源|国土", "自然资源局"),
    (r"住房和城乡建设|住建|建设", "住建局"),
    (r"市场监督|市场监管|工商", "市场监管局"),
    (r"税务", "税务局"),
    (r"财政", "财政局"),
    (r"司法", "司法局"),
    (r"水利", "水利局"),
    (r"交通运输|交通", "交通运输局"),
    (r"生态环境|环保|环境保护", "生态环境局"),
    (r"林业", "林业局"),
    (r"妇联", "妇联"),
    (r"团委|共青团", "团委"),
    (r"组织部", "组织部"),
    (r"宣传部", "宣传部"),
]
# Pinyin initials that folder names of county systems use for departments (hy_gaj = 黄岩区公安局).
_PINYIN_DEPARTMENTS = {
    "gaj": "公安局", "mzj": "民政局", "rsj": "人社局", "rlsbj": "人社局", "ybj": "医保局", "jyj": "教育局",
    "gtzy": "自然资源局", "zrzy": "自然资源局", "zrzyj": "自然资源局", "swj": "税务局", "sjj": "市场监管局",
    "scjg": "市场监管局", "gsj": "市场监管局", "jtj": "交通运输局", "jtysj": "交通运输局", "xzjd": "乡镇（街道）",
    "hbj": "生态环境局", "sthj": "生态环境局", "yjgl": "应急管理局", "yjglj": "应急管理局", "ltj": "林业局",
    "lyj": "林业局", "czj": "财政局", "daj": "档案局", "bwb": "编委办", "wqb": "外侨办", "slj": "水利局",
    "jsj": "住建局", "zjj": "住建局", "wjj": "卫健局", "wsj": "卫健局", "nyncj": "农业农村局", "nyj": "农业农村局",
    "tjj": "统计局", "cl": "残联", "xczx": "乡村振兴局", "xczxj": "乡村振兴局", "fpb": "乡村振兴局",
    "sfj": "司法局", "tyjrj": "退役军人事务局", "xzzf": "综合行政执法局", "zhzf": "综合行政执法局",
}
_ORG_SUFFIX_RE = re.compile(r"(局|委员会|委|办公室|办|联合会|联|中心|所|站|队|院|部|厅|处|科|股)$")


def department_from_text(text: str, strict: bool = False) -> str | None:
    """The department a text names. ``strict`` (for titles) wants the organ's suffix too, so that
    「统计表」 is not taken for 统计局."""
    s = C.squash(text)
    for pattern, name in _DEPARTMENT_PATTERNS:
        suffix = r"(局|委员会|委|办公室|办|部|厅|中心|所|联合会)" if strict and not name.endswith(("联", "委")) else ""
        if re.search(f"({pattern}){suffix}", s):
            return name
    return None


def _department_of_folder(folder: str) -> str | None:
    if _ORG_SUFFIX_RE.search(folder) or department_from_text(folder):
        return folder
    for token in re.split(r"[_\-\s.]+", folder.lower()):
        if token in _PINYIN_DEPARTMENTS:
            return _PINYIN_DEPARTMENTS[token]
    return None


def department_for(rel: str, title: str) -> str:
    """The first folder under the scanned directory, else a department named in the title, else 未注明.

    A first folder that names no department (a city or a batch: 「2025年三季度」) is looked through:
    deeper folders and then the title are tried before falling back to it.
    """
    parts = rel.split("/")[:-1]
    for folder in parts:
        named = _department_of_folder(folder)
        if named:
            return named
    named = department_from_text(title, strict=True)
    if named:
        return named
    return parts[0] if parts else UNKNOWN_DEPARTMENT


def iter_files(root: Path) -> Iterator[Path]:
    """Every file under root in a stable order, skipping hidden folders and our own output folder."""
    for path in sorted(root.rglob("*"), key=lambda p: str(p.relative_to(root))):
        rel_parts = path.relative_to(root).parts
        if any(part.startswith(".") for part in rel_parts):
            continue
        if path.is_file():
            yield path


def relative_path(path: Path, root: Path) -> str:
    return unicodedata.normalize("NFC", path.relative_to(root).as_posix())


def clean_title(title: str, rel: str) -> str:
    text = re.sub(r"\s+", "", title) if title else ""
    if not text:
        text = Path(rel).stem
        text = re.sub(r"^附件\s*\d*[-—：:、]*", "", text)
        text = re.sub(r"[（(]模板[）)]", "", text)
    return text


_CODE_SHEET_RE = re.compile(r"代码|下拉|字典|选项|数据源|码表")


def code_lists(grid: Grid) -> dict[str, list[str]]:
    """Code lists of a hidden or 代码表/下拉选项 sheet: header → values (性别: 男, 女)."""
    if not (grid.hidden or _CODE_SHEET_RE.search(grid.sheet)) or len(grid.rows) < 3:
        return {}
    lists: dict[str, list[str]] = {}
    for c in range(grid.width):
        header = grid.rows[0][c].strip()
        values = [row[c].strip() for row in grid.rows[1:] if row[c].strip()]
        if header and 2 <= len(values) <= 200 and all(len(v) <= 20 for v in values):
            lists[header] = list(dict.fromkeys(values))
    return lists


def forms_from_grids(grids: list[Grid], rel: str, next_id: Callable[[], str],
                     findings: list[Finding], code_lists_found: dict[str, list[str]]) -> list[Form]:
    """Recognise the forms on the grids of one file; hidden and empty sheets become findings."""
    forms: list[Form] = []
    for grid in grids:
        lists = code_lists(grid)
        if lists:
            code_lists_found.update({k: v for k, v in lists.items() if k not in code_lists_found})
        if grid.hidden:
            findings.append(Finding("hidden_sheet", rel, "隐藏工作表，已跳过。", sheet=grid.sheet))
            continue
        if lists and _CODE_SHEET_RE.search(grid.sheet):
            findings.append(Finding("code_list", rel, "代码表（下拉选项），已用作一套表的下拉列表。", sheet=grid.sheet))
            continue
        parsed = parse_grid(grid)
        if parsed is None:
            code, message = _why_no_form(grid)
            findings.append(Finding(code, rel, message, sheet=grid.sheet))
            continue
        title = clean_title(parsed.title, rel)
        form = Form(
            id=next_id(), path=rel, sheet=grid.sheet, title=title, department=department_for(rel, title),
            layout=parsed.layout, unit=parsed.unit, period=parsed.period, reporting_unit=parsed.reporting_unit,
            header_rows=parsed.header_rows, data_start_row=parsed.data_start_row,
            period_columns=parsed.period_columns, period_positions=parsed.period_positions,
            source_format=grid.source_format,
        )
        for n, pf in enumerate(parsed.fields, start=1):
            form.fields.append(Field(
                id=f"{form.id}.{n}", form_id=form.id, path=rel, sheet=grid.sheet, cell=a1(pf.row, pf.col),
                label=pf.label, header_path=pf.header_path, unit=pf.unit or None,
                hidden=pf.col in grid.hidden_cols or pf.row in grid.hidden_rows,
                department=form.department, form_title=form.title, code=pf.code, options=pf.options,
            ))
        classify_form(form, [*grid.context[:3], grid.sheet, Path(rel).stem])
        if any(f.hidden for f in form.fields):
            findings.append(Finding("hidden_cells", rel, "表头中有隐藏的行或列，其中的数据项已标注。", sheet=grid.sheet))
        if grid.total_rows > 1000:
            findings.append(Finding("filled_sheet", rel, f"工作表已填有约 {grid.total_rows} 行数据，只读取了表头部分。",
                                    sheet=grid.sheet))
        forms.append(form)
    return forms


def _why_no_form(grid: Grid) -> tuple[str, str]:
    texts = [t for row in grid.rows for t in row if t.strip()]
    if not texts:
        return "empty_sheet", "工作表为空，已跳过。"
    if any(C.is_notes(t) or C.squash(t) in ("填表说明", "说明", "填报说明") for t in texts[:3]):
        return "instructions", "填表说明页，不含数据项。"
    return "no_header", "未找到可识别的表头（不像花名册、统计表或登记表），已跳过。"


def scan_folder(root: Path | str, progress: Callable[[Path], None] | None = None) -> ScanResult:
    """Read every template under ``root`` and recognise its forms (no matching yet).

    A file that cannot be read becomes a ``Finding`` with its reason; the scan goes on.
    """
    root = Path(root)
    if not root.exists():
        raise UsageError(f"找不到文件夹：{root}")
    files = [root] if root.is_file() else list(iter_files(root))
    base = root.parent if root.is_file() else root
    result = ScanResult(root=str(base.resolve()), forms=[])
    counter = 0

    def next_id() -> str:
        nonlocal counter
        counter += 1
        return f"F{counter}"

    for path in files:
        rel = relative_path(path, base)
        if progress:
            progress(path)
        if not is_template_file(path) or path.name.startswith("~$"):
            result.files_skipped += 1
            result.findings.append(Finding("not_a_form", rel, "不是报表模板文件，已跳过。"))
            continue
        try:
            grids = read_grids(path, rel)
        except FormReadError as exc:
            result.files_failed += 1
            result.findings.append(Finding("unreadable", rel, exc.reason))
            continue
        result.files_read += 1
        found = forms_from_grids(grids, rel, next_id, result.findings, result.code_lists)
        if not found:
            result.findings.append(Finding("no_form", rel, "文件中没有识别出数据项。"))
        result.forms.extend(found)
    return result


def scan(root: Path | str, synonym_files: list[Path] | None = None, decisions: Decisions | None = None,
         progress: Callable[[Path], None] | None = None) -> ScanResult:
    """Read, recognise and match: the whole of ``yitaobiao scan`` as one library call."""
    result = scan_folder(root, progress=progress)
    apply_matching(result, load_synonyms(synonym_files), decisions)
    return result


def apply_matching(result: ScanResult, synonyms: Synonyms, decisions: Decisions | None = None) -> None:
    """Group the scanned fields into concepts, honouring a person's decisions."""
    matched = match_fields(result.fields, synonyms, decisions, forms=result.forms)
    result.concepts = matched.concepts
    result.near_misses = matched.near_misses
