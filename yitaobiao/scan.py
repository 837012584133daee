"""Scan a folder of templates: find the files, read them, recognise the forms.

``scan_folder`` is what ``yitaobiao scan`` calls; matching and statistics are applied on its result
by :func:`yitaobiao.match.match_fields` and :mod:`yitaobiao.stats`.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path, PurePosixPath

from . import cells as C
from .classify import FREQUENCY_CUE_RE, classify_form, report_frequency, target_population
from .departments import UNKNOWN_DEPARTMENT, Departments, default_departments
from .errors import LayoutFault, OwnOutputError, UsageError
from .guard import DEFAULT_TIMEOUT, clerk_reason, guarded_map
from .layout import ParsedSheet, parse_grid, title_from_context
from .match import Decisions, match_fields
from .match import prepare as prepare_matching
from .model import OUTPUT_FOLDER_NOTE, Field, Finding, Form, FormKind, Frequency, Grid, Layout, ScanResult, a1
from .normalize import inline_answer
from .readers import is_template_file, read_grids
from .synonyms import Synonyms, load_synonyms


def department_for(rel: str, title: str, departments: Departments | None = None) -> str:
    """The department of a form by the shipped (or given) department table; see ``Departments.resolve``."""
    return (departments or default_departments()).resolve(rel, title)[0]


def assign_departments(result: ScanResult, departments: Departments) -> list[str]:
    """Name every form's department by ``departments``; return the folder names it does not know.

    A folder unknown to the table whose sibling folders are departments is taken for a department too
    (台州/hy_gzj beside 台州/hy_gaj 公安局): its forms are not the city's."""
    unknown: dict[str, None] = {}
    children: dict[str, set[str]] = defaultdict(set)
    for form in result.forms:
        parts = form.path.split("/")[:-1]
        for depth in range(len(parts)):
            children["/".join(parts[:depth])].add(parts[depth])
    with_departments = {parent for parent, folders in children.items()
                        if any(departments.of_folder(folder) for folder in folders)}
    # A department's own folder scanned with its subfolders (guangzhou_fupin_xls/question, …/stat): its forms are
    # the department's, not departments named 「question」 and 「stat」.
    root = departments.of_folder(PurePosixPath(result.root.replace("\\", "/")).name) if result.root else None
    for form in result.forms:
        name, known = departments.resolve(form.path, form.title)
        if name == UNKNOWN_DEPARTMENT and root:
            name = root
        elif not known:
            parts = form.path.split("/")[:-1]
            name = next((parts[depth] for depth in reversed(range(len(parts)))
                         if "/".join(parts[:depth]) in with_departments),
                        root or name)
            if name != root:
                unknown[name] = None
        form.department = name
        for f in form.fields:
            f.department = name
    return list(unknown)


@dataclass
class Candidate:
    """A file found under the scanned folder, or the reason it cannot be read at all."""

    path: Path
    rel: str
    problem: str | None = None  # why it is not even opened (dangling link, device, link leaving the folder)
    code: str = "unreadable"


ARCHIVE_SUFFIXES = frozenset({".zip", ".rar", ".7z", ".tar", ".gz"})
# What operating systems and zip tools leave in a folder of attachments: never a template, not worth a line.
# (__MACOSX holds the resource forks of a zip made on a Mac, one ._表.xlsx beside each real 表.xlsx.)
SYSTEM_LITTER = frozenset({"__MACOSX", "Thumbs.db", "thumbs.db", "desktop.ini", "Desktop.ini", "$RECYCLE.BIN",
                           "System Volume Information"})


def iter_files(root: Path, follow_outside: bool = False) -> Iterator[Candidate]:
    """Every entry under root in a stable order, skipping hidden entries (also our own output folder,
    .yitaobiao) and what the system leaves behind (SYSTEM_LITTER).

    Links that point outside the folder are not followed unless asked; dangling links, link loops,
    pipes and devices are named, not silently dropped.
    """
    root_real = root.resolve()
    seen_dirs: set[Path] = set()

    def walk(folder: Path, folder_rel: str) -> Iterator[Candidate]:
        # os.scandir knows each entry's kind from the directory itself: a plain file costs no system call.
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: os.fsencode(entry.name))
        except OSError as exc:
            yield Candidate(folder, folder_rel, f"文件夹无法打开（{_os_reason(exc)}）。")
            return
        for entry in entries:
            if entry.name.startswith(".") or entry.name in SYSTEM_LITTER:
                continue
            path = Path(entry.path)
            rel = f"{folder_rel}/{_shown_name(entry.name)}" if folder_rel else _shown_name(entry.name)
            try:
                if entry.is_symlink():
                    target = path.resolve()
                    if not target.exists():
                        yield Candidate(path, rel, "快捷方式（链接）指向的文件不存在，已跳过。")
                        continue
                    if not follow_outside and root_real not in (target, *target.parents):
                        yield Candidate(path, rel, "链接指向扫描文件夹之外，未读取（需要时请把文件复制进来）。")
                        continue
                is_dir, is_file = entry.is_dir(), entry.is_file()
            except RuntimeError:  # a link loop
                yield Candidate(path, rel, "链接形成循环，已跳过。")
                continue
            except OSError as exc:
                yield Candidate(path, rel, f"无法访问（{_os_reason(exc)}）。")
                continue
            if is_dir and (path / OUTPUT_FOLDER_NOTE).is_file():
                yield Candidate(path, rel, "这是本工具回填生成的文件夹（split），不作为报表模板读取。", "own_output")
                continue
            if is_dir:
                real = path.resolve()
                if real in seen_dirs:
                    yield Candidate(path, rel, "链接形成循环，已跳过。")
                    continue
                seen_dirs.add(real)
                yield from walk(path, rel)
            elif is_file:
                yield Candidate(path, rel)
            else:
                yield Candidate(path, rel, "不是普通文件（管道或设备），已跳过。", "special_file")

    seen_dirs.add(root_real)
    yield from walk(root, "")


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "没有权限"
    if isinstance(exc, FileNotFoundError):
        return "文件不存在"
    return "系统无法打开"


def relative_path(path: Path, root: Path) -> str:
    """The path shown for a file: '/' separators, NFC, and names that are not UTF-8 (GBK bytes from a
    Windows zip) decoded as GBK where that works, else with their undecodable bytes replaced."""
    return "/".join(_shown_name(part) for part in path.relative_to(root).parts)


def locate(root: Path, rel: str) -> Path | None:
    """The file a shown relative path names under ``root``: the same path, or the one whose names shown
    (GBK bytes decoded) read so. None when there is none."""
    direct = root / rel
    if direct.exists():
        return direct
    here = root
    for part in rel.split("/"):
        try:
            here = next(p for p in here.iterdir() if _shown_name(p.name) == part)
        except (OSError, StopIteration):
            return None
    return here


@lru_cache(maxsize=4096)
def _shown_name(name: str) -> str:
    """One file or folder name as shown (see :func:`relative_path`)."""
    raw = os.fsencode(name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError:
            text = raw.decode("utf-8", errors="replace")
    return unicodedata.normalize("NFC", text)


_WHITE_SPACE_RE = re.compile(r"\s+")
_ATTACHMENT_PREFIX_RE = re.compile(r"^附件\s*\d*[-—：:、]*")
_TEMPLATE_NOTE_RE = re.compile(r"[（(]模板[）)]")


# (「（截至    年  月  日）」: each blank before a date's part, not only the month's — u177 had 「（截至年__月日）」)
_MONTH_BLANK_RE = re.compile(r"(?<![\d\s_＿])[\s_＿]+(?=[年月日季])")


def _letter_spaced(title: str) -> bool:
    """「畜  牧  业  生  产  季 报」: a title spread over its merged row a character or two at a time, whose spaces are
    no blanks to fill (wf154: read 「畜牧业生产__季报」, a season's blank in a title that has none)."""
    pieces = title.split()
    return len(pieces) >= 4 and all(len(piece) <= 3 for piece in pieces) \
        and sum(len(piece) == 1 for piece in pieces) * 5 >= len(pieces) * 3


def clean_title(title: str, rel: str, sheet: str = "") -> str:
    # 「2025年   月…发放花名册」: the month's blank stays visible (「2025年__月」), it says the form is monthly.
    text = _WHITE_SPACE_RE.sub("", title if _letter_spaced(title) else _MONTH_BLANK_RE.sub("__", title)) if title else ""
    if not text:
        text = Path(rel).stem
        text = _ATTACHMENT_PREFIX_RE.sub("", text)
        text = _TEMPLATE_NOTE_RE.sub("", text)
        if not C.CJK_RE.search(text) and C.CJK_RE.search(sheet) and not _DEFAULT_SHEET_RE.match(sheet):
            text = sheet  # 「cyryplcjb.xls」 with a sheet 「从业人员导入表」: a system's code names no form (wf15)
    return text


_DEFAULT_SHEET_RE = re.compile(r"^(?:Sheet|sheet|工作表|表)\s*\d*$")


_CODE_SHEET_RE = re.compile(r"代码|下拉|字典|选项|数据源|码表")
_HELPER_COLUMN_RE = re.compile(r"校验|勿删|辅助列|计算列|公式列|检查列")


_CODE_RE = re.compile(r"\d{1,4}|[A-Za-z]\d{0,3}")


def code_lists(grid: Grid) -> dict[str, list[str]]:
    """Code lists of a hidden or 代码表/下拉选项 sheet: header → values (性别: 男, 女)."""
    if not (grid.hidden or _CODE_SHEET_RE.search(grid.sheet)) or len(grid.rows) < 3 and not grid.listed_across:
        return {}
    lists: dict[str, list[str]] = {}
    if grid.listed_across:
        # (a sheet whose drop-downs take rows is a list per row, its name in the cell before the values)
        for r, first in sorted(grid.listed_across.items()):
            row = grid.rows[r] if r < len(grid.rows) else []
            header = row[first - 1].strip() if 0 < first <= len(row) else ""
            _add_list(lists, header, [v.strip() for v in row[first:] if v.strip()])
        return lists
    if any(_CODE_RE.fullmatch(cell.strip()) for cell in grid.rows[0]):
        return {}  # 「1 | 正常」 atop 「2 | 生长迟缓」: codes and their meanings with no header row naming a list (u410)
    for c in range(grid.width):
        if c in grid.listed_from_top:
            continue  # (a list a drop-down takes from its first row has no name: u164's 脱贫家庭, 防止返贫监测对象家庭 …)
        _add_list(lists, grid.rows[0][c].strip(), [row[c].strip() for row in grid.rows[1:] if row[c].strip()])
    return lists


def _add_list(lists: dict[str, list[str]], header: str, values: list[str]) -> None:
    """A named list of a few short answers (a column of prose or of hundreds of names is none)."""
    if header and 2 <= len(values) <= 200 and all(len(v) <= 20 for v in values):
        lists[header] = list(dict.fromkeys(values))


@lru_cache(maxsize=1 << 16)  # the values of a filled sheet and the labels of templates recur
def _may_state_frequency(text: str) -> bool:
    return bool(FREQUENCY_CUE_RE.search(text))


def frequency_cues(grid: Grid, limit: int = 20) -> list[str]:
    """Lines of the sheet (and a Word table's paragraphs) that may state how often it is filled:
    填报周期, 报送时间, 表号, notes. Long prose is cut: the cue sits near the start of its sentence."""
    found: dict[str, None] = {}  # ordered and without repeats
    for text in chain(grid.context, *grid.rows):
        if not text:
            continue  # most cells of a template are blank
        head = text[:300]
        if head not in found and _may_state_frequency(head):
            found[head] = None
            if len(found) >= limit:
                break
    return list(found)


def forms_from_grids(grids: list[Grid], rel: str, next_id: Callable[[], str],
                     findings: list[Finding], code_lists_found: dict[str, list[str]]) -> list[Form]:
    """Recognise the forms on the grids of one file; hidden and empty sheets become findings. Departments
    are named by :func:`finish_scan`, once every file is in (a folder's name is looked up once there)."""
    forms: list[Form] = []
    file_stem = _stem(rel)  # the same for every sheet
    own_cues: dict[str, list[str]] = {}
    notes_cues: list[str] = []
    document_title = ""  # a Word document's title, for its later tables that have none of their own
    for grid in grids:
        if grid.source_format == "docx" and not document_title:
            # (「有无违法犯罪记录证明」 over a first table holding only 「〔20 〕第 号」: the title is the document's;
            # a document of nothing above its first table prints it below — wf33's 临时用地复垦验收意见书)
            document_title = title_from_context(grid.context) or (
                title_from_context(grid.trailing) if not grid.context and grid is grids[0] else "")
        lists = code_lists(grid)
        if lists:
            code_lists_found.update({k: v for k, v in lists.items() if k not in code_lists_found})
        if grid.hidden:
            findings.append(Finding("hidden_sheet", rel, "隐藏工作表，已跳过。", sheet=grid.sheet))
            continue
        if grid.choice_list:
            findings.append(Finding("code_list", rel, "下拉选项表（其他工作表的下拉列表取自这里），已用作一套表的下拉列表。",
                                    sheet=grid.sheet))
            continue
        if lists and _CODE_SHEET_RE.search(grid.sheet):
            findings.append(Finding("code_list", rel, "代码表（下拉选项），已用作一套表的下拉列表。", sheet=grid.sheet))
            continue
        parsed = parse_grid(grid)
        if parsed is None:
            code, message = _why_no_form(grid)
            findings.append(Finding(code, rel, message, sheet=grid.sheet))
            if code == "instructions":
                notes_cues.extend(frequency_cues(grid))
            continue
        if forms and (note := _reference_table(grid, parsed)):
            findings.append(Finding("reference_table", rel, note, sheet=grid.sheet))
            continue
        if grid.source_format == "docx":
            document_title = document_title or parsed.title
        title = clean_title(parsed.title or (document_title if grid.source_format == "docx" else ""), rel, grid.sheet)
        form = Form(
            id=next_id(), path=rel, sheet=grid.sheet, title=title, department="",
            layout=parsed.layout, unit=parsed.unit, period=parsed.period, reporting_unit=parsed.reporting_unit,
            header_rows=parsed.header_rows, data_start_row=parsed.data_start_row,
            period_columns=parsed.period_columns, period_positions=parsed.period_positions,
            source_format=grid.source_format, register_headings=parsed.register_headings,
            category_rows=parsed.category_rows,
        )
        hidden = [pf.col in grid.hidden_cols or pf.row in grid.hidden_rows for pf in parsed.fields]
        # A hidden column that checks the others (「校验（勿删）」) is the template's machinery, nothing to fill.
        shown = [(pf, h) for pf, h in zip(parsed.fields, hidden, strict=True)
                 if not (h and _HELPER_COLUMN_RE.search(C.squash(pf.label)))]
        for n, (pf, is_hidden) in enumerate(shown, start=1):
            inline = inline_answer(pf.label)  # 「住房结构：1.砖混2.砖木」, 「存款：   元」
            form.fields.append(Field(
                id=f"{form.id}.{n}", form_id=form.id, path=rel, sheet=grid.sheet, cell=a1(pf.row, pf.col),
                label=pf.label, unit=pf.unit or (inline.unit if inline else None),
                header_path=[*map(_upright, pf.header_path[:-1]), *pf.header_path[-1:]],
                hidden=is_hidden,
                department=form.department, form_title=form.title, code=pf.code,
                options=pf.options or list(inline.choices if inline else ()),
                # (the template's own drop-down over the column: 外出地点 from its 外出地点 sheet — wf19)
                choices=list(grid.column_choices.get(pf.col, ())) if pf.layout == Layout.LIST else [],
            ))
        classify_form(form, [*grid.context[:3], grid.sheet, file_stem], frequency_cues(grid), parsed.category_rows,
                      names=(grid.sheet, file_stem))
        own_cues[form.id] = frequency_cues(grid)
        if any(f.hidden for f in form.fields):
            findings.append(Finding("hidden_cells", rel, "表头中有隐藏的行或列，其中的数据项已标注。", sheet=grid.sheet))
        if grid.total_rows > 1000:
            findings.append(Finding("filled_sheet", rel, f"工作表已填有约 {grid.total_rows} 行数据，只读取了表头部分。",
                                    sheet=grid.sheet))
        forms.append(form)
    if notes_cues:
        # A workbook's 填表说明 sheet speaks of its forms: 「本表每季度末报」 there is the cycle of the table beside it
        # (u271, u268: read 不定期 or 年报 from the title's year)
        for form in forms:
            if form.kind is not FormKind.ON_DEMAND:
                form.frequency, form.frequency_source = report_frequency(form, [*own_cues[form.id], *notes_cues],
                                                                         (form.sheet, file_stem))
    # (「天台县公共租赁住房（低收入）」 and 「天台县公共租赁住房」, two tables of a file named for the first: the file's
    # name gave the second the first's 低收入人口, and every low-income household went onto both lists — wf133)
    titled = {form.id: target_population(form.title) for form in forms}
    for form in forms:
        if form.source_format == "docx" and titled[form.id] is None and form.population and len({f.title for f in forms}) > 1 \
                and any(titled[other.id] == form.population for other in forms if other is not form):
            form.population = None
    if any(form.kind is FormKind.ON_DEMAND and form.source_format == "docx" for form in forms):
        for form in forms:  # the tables of one Word 证明 (交通违法情况, 交通事故情况 …) are pages of that document
            form.kind, form.frequency, form.frequency_source = FormKind.ON_DEMAND, Frequency.IRREGULAR, "按需填报"
    return forms


# A sheet beside a workbook's form that only looks things up: 「积分评分标准（摘要）」, 「填写示例」, 「指标解释」.
_REFERENCE_RE = re.compile(r"标准|说明|参考|释义|解释|示例|样例|对照|要求")


LOOKUP_ROWS = 20  # rows written through that make an untitled later sheet a list to look up
REFERENCE_NOTE = "参考表（内容已印好，如评分标准），不含待填数据项，已跳过。"


def _reference_table(grid: Grid, parsed: ParsedSheet) -> str | None:
    """A later sheet of a workbook, named or titled as a reference (积分标准 beside a 积分台账), whose rows under the
    header are printed through: every cell of at least two rows written (u103 counted it as a 17th form). Or an
    untitled one holding a long list written through: wf22's 207 rows of 县级市 | 贫困镇 | 村 | 帮扶单位 beside a
    调查表 were a form, and their headers columns of the 一套表. Returns what the clerk is told, or None."""
    if parsed.layout != Layout.LIST or parsed.data_start_row is None:
        return None
    columns = sorted({pf.col for pf in parsed.fields})
    rows = [row for row in grid.rows[parsed.data_start_row:] if any(cell.strip() for cell in row)]
    written_through = sum(1 for row in rows if all(row[c].strip() for c in columns))
    if _REFERENCE_RE.search(grid.sheet) or _REFERENCE_RE.search(parsed.title):
        return REFERENCE_NOTE if len(rows) >= 2 and written_through == len(rows) else None
    if not parsed.title and len(rows) >= LOOKUP_ROWS and written_through >= 0.9 * len(rows):
        return f"已填好的对照名单（{len(rows)} 行，如各村及其帮扶单位），不是待填的报表，已跳过。"
    return None


def _upright(text: str) -> str:
    """「职\n工\n本\n人\n情\n况」, a label written down a narrow merged column one character a line, read across."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    return "".join(line.strip() for line in lines) if all(len(line.strip()) <= 1 for line in lines) else text


def _stem(rel: str) -> str:
    """PurePosixPath(rel).stem of a relative path with '/' separators, without building a path per file."""
    name = rel.rsplit("/", 1)[-1]
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def _why_no_form(grid: Grid) -> tuple[str, str]:
    texts = [t for row in grid.rows for t in row if t.strip()]
    if not texts:
        return "empty_sheet", "工作表为空，已跳过。"
    if any(C.is_notes(t) or C.squash(t) in ("填表说明", "说明", "填报说明") for t in texts[:3]):
        return "instructions", "填表说明页，不含数据项。"
    return "no_header", "未找到可识别的表头（不像花名册、统计表或登记表），已跳过。"


FileForms = tuple[list[Form], list[Finding], dict[str, list[str]]]


def read_file_forms(task: tuple[str, str]) -> FileForms:
    """Read one file and recognise its forms (the work done under the guard, in a worker process).

    Form ids are numbered from 1 within the file; :func:`scan_folder` renumbers them.
    """
    path, rel = task
    counter = 0

    def next_id() -> str:
        nonlocal counter
        counter += 1
        return f"F{counter}"

    try:
        grids = read_grids(Path(path), rel, refuse_own_output=True)
    except OwnOutputError as exc:
        return [], [Finding("own_output", rel, exc.reason)], {}
    findings: list[Finding] = []
    lists: dict[str, list[str]] = {}
    try:
        return forms_from_grids(grids, rel, next_id, findings, lists), findings, lists
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:
        # The grids are plain data once read: a failure here is a fault of the tool, and telling the clerk the
        # department's file is damaged would send them asking for it again.
        raise LayoutFault(path) from exc


def read_file_safely(task: tuple[str, str]) -> FileForms | Finding:
    """:func:`read_file_forms`, or the clerk's one-line finding when the file cannot be read: the step to map
    over files on an engine of one's own (a Dask bag, a process pool). It catches exceptions only: a native
    crash or a runaway file is the engine's to contain, as the guard contains it in :func:`scan_folder`."""
    try:
        return read_file_forms(task)
    except Exception as exc:  # noqa: BLE001 - any failure is a fact about this file
        return Finding("unreadable", task[1], clerk_reason(exc), detail=repr(exc.__cause__ or exc)[:4000])


def add_file_forms(result: ScanResult, rel: str, outcome: FileForms | Finding) -> None:
    """Add one file's outcome to a scan: its forms numbered after those already in, or its finding."""
    if isinstance(outcome, Finding):
        result.files_failed += 1
        result.findings.append(outcome)
        return
    forms, findings, lists = outcome
    if not forms and any(f.code == "own_output" for f in findings):
        result.files_skipped += 1
        result.findings.extend(findings)
        return
    result.files_read += 1
    for form in forms:
        _renumber(form, f"F{len(result.forms) + 1}")
        result.forms.append(form)
    result.findings.extend(findings)
    for key, values in lists.items():
        result.code_lists.setdefault(key, values)
        result.code_list_paths.setdefault(key, []).append(rel)
    if not forms:
        result.findings.append(Finding("no_form", rel, "文件中没有识别出数据项。"))


def finish_scan(result: ScanResult, departments: Departments | None = None) -> ScanResult:
    """Name every form's department once all files are in, and list the folders that name none."""
    for folder in assign_departments(result, departments or default_departments()):
        result.findings.append(Finding(
            "unknown_department", folder, "文件夹名不是已知的部门名称或代码，通报中按原名作为部门；"
            "可在部门对照表（--departments）中写明它是哪个部门。"))
    unnamed = sum(1 for form in result.forms if form.department == UNKNOWN_DEPARTMENT)
    if unnamed:
        result.findings.append(Finding(
            "no_department", "", f"{unnamed} 张报表不在部门子文件夹中，标题也没有写明部门，通报中不计入任何部门；"
            "请按部门分子文件夹存放（如 民政局/、人社局/）后重新扫描。"))
    return result


def _renumber(form: Form, new_id: str) -> None:
    form.id = new_id
    for n, f in enumerate(form.fields, start=1):
        f.id, f.form_id = f"{new_id}.{n}", new_id


def discover(root: Path | str, follow_links: bool = False) -> tuple[ScanResult, list[tuple[str, str]]]:
    """The files under ``root`` to read, as (path, relative path) tasks, and a scan holding what was found
    besides them (links that leave the folder, lock files, files that are not templates)."""
    root = Path(root)
    if not root.exists():
        raise UsageError(f"找不到文件夹：{root}")
    base = root.parent if root.is_file() else root
    made = next((folder for folder in (base.resolve(), *base.resolve().parents)
                 if (folder / OUTPUT_FOLDER_NOTE).is_file()), None)
    if made is not None:
        # (a clerk who scanned 分发 by mistake got a notice of 「1个部门1张报表…重复率0.0%」 from its one CSV)
        raise UsageError(f"{root} 是本工具回填生成的文件夹（{made.name}，split 写出的各部门报表），不是报表模板："
                         "请扫描各部门原报表模板所在的文件夹。")
    if root.is_file():
        candidates = [Candidate(root, relative_path(root, base))]
    else:
        candidates = list(iter_files(root, follow_outside=follow_links))
    # The folder as shown (a name in GBK bytes decoded): the catalogue and the mapping are UTF-8 JSON.
    result = ScanResult(root=str(Path(*(_shown_name(part) for part in base.resolve().parts))), forms=[])
    tasks: list[tuple[str, str]] = []
    lock_files = 0
    for cand in candidates:
        name = cand.path.name
        if cand.problem:
            if cand.code in ("special_file", "own_output"):
                result.files_skipped += 1
            else:
                result.files_failed += 1
            result.findings.append(Finding(cand.code, cand.rel, cand.problem))
        elif name.startswith("~$"):
            lock_files += 1  # Excel's own lock files: one count, not a line each
            result.files_skipped += 1
        elif not is_template_file(cand.path):
            result.files_skipped += 1
            if cand.path.suffix.lower() in ARCHIVE_SUFFIXES:  # templates often arrive zipped: say what to do
                result.findings.append(Finding("archive", cand.rel, "压缩包中的报表不会被读取，请先解压到本文件夹再扫描。"))
            else:
                result.findings.append(Finding("not_a_form", cand.rel, "不是报表模板文件，已跳过。"))
        else:
            tasks.append((str(cand.path), cand.rel))
    if lock_files:
        result.findings.append(Finding("lock_files", "", f"{lock_files} 个 Office 临时锁文件（~$ 开头），已跳过。"))
    same, copies = same_content(tasks)
    result.findings.extend(same)
    if copies:
        result.files_skipped += len(copies)
        tasks = [task for task in tasks if task[1] not in copies]
    return result, tasks


def same_content(tasks: list[tuple[str, str]]) -> tuple[list[Finding], set[str]]:
    """A finding for each file whose bytes are another's, and the copies not to read. A copy kept beside its
    original in one folder (「老党员补贴(1).xlsx」 beside 「老党员补贴.xlsx」) is one template filed twice: it is
    counted once (wf105: the copy had made 组织部 the department of most repeats in the notice). Copies in two
    folders stay counted, said: two departments may well send the same template (wf33: five copies of one
    无犯罪记录证明 had raised the rate, unsaid). Only files of equal size are read, once each."""
    by_size: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for path, rel in tasks:
        try:
            by_size[os.stat(path).st_size].append((path, rel))
        except OSError:
            continue  # (the reader will say why)
    found: list[Finding] = []
    copies: set[str] = set()
    for group in by_size.values():
        if len(group) < 2:
            continue
        by_digest: dict[bytes, list[str]] = defaultdict(list)
        for path, rel in group:
            try:
                by_digest[hashlib.blake2b(Path(path).read_bytes(), digest_size=16).digest()].append(rel)
            except OSError:
                continue
        for same in by_digest.values():
            kept: dict[str, str] = {}  # folder → the file of it counted
            for rel in sorted(same, key=lambda r: (bool(_COPY_NAME_RE.search(PurePosixPath(r).stem)), len(r), r)):
                folder = str(PurePosixPath(rel).parent)
                if folder in kept:
                    copies.add(rel)
                    found.append(Finding("same_file", rel, f"与 {kept[folder]} 内容完全相同，是同一文件夹中的副本，"
                                                           "只计入一份。"))
                elif kept:
                    first = next(iter(kept.values()))
                    found.append(Finding("same_file", rel, f"与 {first} 内容完全相同，两份都已计入；"
                                                           "如是同一模板重复存放，请只保留一份后重新扫描。"))
                kept.setdefault(folder, rel)
    return found, copies


# (「老党员补贴(1)」, 「名单 - 副本」, 「名单（2）」, 「名单 copy」: how Windows, WPS and mail clients name a copy)
_COPY_NAME_RE = re.compile(r"[（(]\d{1,2}[)）]$|[-－\s]*副本(?:\s*[（(]?\d{0,2}[)）]?)?$|\s+copy(?:\s*\d*)?$", re.I)


def scan_folder(root: Path | str, progress: Callable[[Path], None] | None = None,
                follow_links: bool = False, timeout: float = DEFAULT_TIMEOUT,
                departments: Departments | None = None,
                while_waiting: Callable[[], None] | None = None) -> ScanResult:
    """Read every template under ``root`` and recognise its forms (no matching yet).

    Every file is read under one guard (time, memory, any error, native crashes); a file that cannot
    be read becomes one ``Finding`` with its reason and the scan goes on. Every file found is named
    exactly once: read, or in a finding. The same steps over an engine of one's own: :func:`discover`,
    :func:`read_file_safely` on each task, :func:`add_file_forms` in order, :func:`finish_scan`.
    ``while_waiting()`` runs once while the workers read (imports for what comes next).
    """
    result, tasks = discover(root, follow_links)
    read_tasks(result, tasks, progress, timeout, while_waiting)
    return finish_scan(result, departments)


def read_tasks(result: ScanResult, tasks: list[tuple[str, str]], progress: Callable[[Path], None] | None = None,
               timeout: float = DEFAULT_TIMEOUT, while_waiting: Callable[[], None] | None = None) -> None:
    """Read the files :func:`discover` found, under the guard, into ``result`` (``progress(path)`` after each)."""

    def step(index: int) -> None:
        if progress:
            progress(Path(tasks[index][0]))

    for outcome in guarded_map(read_file_forms, tasks, progress=step, timeout=timeout, while_waiting=while_waiting):
        rel = tasks[outcome.index][1]
        add_file_forms(result, rel, outcome.value if outcome.reason is None else
                       Finding(outcome.code, rel, outcome.reason, detail=outcome.detail))


def scan(root: Path | str, synonym_files: list[Path] | None = None, decisions: Decisions | None = None,
         progress: Callable[[Path], None] | None = None, departments: Departments | None = None) -> ScanResult:
    """Read, recognise and match: the whole of ``yitaobiao scan`` as one library call."""
    result = scan_folder(root, progress=progress, departments=departments, while_waiting=prepare_matching)
    apply_matching(result, load_synonyms(synonym_files), decisions)
    return result


def apply_matching(result: ScanResult, synonyms: Synonyms, decisions: Decisions | None = None) -> None:
    """Group the scanned fields into concepts, honouring a person's decisions."""
    matched = match_fields(result.fields, synonyms, decisions, forms=result.forms)
    result.concepts = matched.concepts
    result.near_misses = matched.near_misses
