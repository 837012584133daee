"""The package's own exceptions.

Every failure the tool knows about is a :class:`YitaobiaoError` whose message is one Chinese
sentence a clerk can act on; the CLI prints it and sets the exit code, never a traceback.
"""

from __future__ import annotations

from pathlib import Path


class YitaobiaoError(Exception):
    """Base class for every error the tool reports to the user."""

    exit_code = 1


class UsageError(YitaobiaoError):
    """The command was called wrongly (missing folder, output exists without --force …)."""

    exit_code = 2


class FormReadError(YitaobiaoError):
    """A single input file could not be read; the scan reports it and goes on."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}：{reason}")


class OwnOutputError(FormReadError):
    """A report, review workbook, 一套表 or filled form this tool wrote: not a department's template."""


class UnsupportedFormatError(FormReadError):
    """A legacy or foreign format (.doc, .et, .wps) that must be re-saved first."""


class EncryptedFileError(FormReadError):
    """A password-protected workbook."""


class UnsafeFileError(FormReadError):
    """A file that looks like a decompression or XML entity bomb."""


class LayoutFault(FormReadError):
    """The file was read, but recognising its forms failed: the tool's fault, not the department's file."""

    REASON = "文件已读出，但本工具识别其表头时出错，已跳过；请把此文件反馈给维护人员（不是报送单位的问题）。"

    def __init__(self, path: Path | str) -> None:
        super().__init__(path, self.REASON)


class CatalogError(YitaobiaoError):
    """A saved scan (catalogue JSON) is missing or cannot be used."""


_FILE_PROBLEMS: tuple[tuple[type[BaseException], str], ...] = (
    (FileNotFoundError, "文件不存在"),
    (IsADirectoryError, "这是一个文件夹，不是文件"),
    (PermissionError, "没有读取权限"),
    (UnicodeDecodeError, "不是 UTF-8 编码，请另存为 UTF-8"),
)


def file_problem(exc: OSError | UnicodeDecodeError) -> str:
    """Why a file the user named (an option's file, not a template) cannot be read, in the user's words."""
    return next((words for kind, words in _FILE_PROBLEMS if isinstance(exc, kind)), "系统无法打开")


class OutputError(YitaobiaoError):
    """An output could not be written (open in Excel, read-only, a folder of that name, disk full)."""

    exit_code = 3

    @classmethod
    def from_os(cls, exc: OSError) -> OutputError:
        name = exc.filename or "输出文件"
        if isinstance(exc, IsADirectoryError):
            why = "同名的是一个文件夹，请换一个文件名"
        elif exc.errno == 30:
            why = "所在位置是只读的，请换一个可写的文件夹"
        elif isinstance(exc, PermissionError):
            why = "文件被占用或无写入权限，请关闭后重试"
        elif exc.errno == 28:
            why = "磁盘空间不足"
        else:
            why = "无法写入，请检查路径后重试"
        return cls(f"{why}：{name}")


class OutputExistsError(UsageError):
    """Refusing to overwrite an existing output without --force."""

    def __init__(self, path: Path | str, hint: str = "") -> None:
        self.path = Path(path)
        super().__init__(f"输出文件已存在：{self.path}。{hint}如需覆盖，请加 --force。")


def refuse_overwrite(path: Path | None, force: bool) -> None:
    """Outputs are never overwritten without --force (``-`` means standard output), and never, even with it,
    when the name is a device, a pipe, a folder or a link: an output is written beside and then moved in place,
    which would replace such a thing with a plain file (/dev/full, a link the clerk keeps to a shared file)."""
    if path is None or str(path) == "-":
        return
    if path.is_symlink() or path.exists() and not path.is_file():
        raise OutputError(f"输出位置不是普通文件（文件夹、设备或快捷方式），请换一个文件名：{path}")
    if path.exists() and not force:
        raise OutputExistsError(path)
    refuse_open_in_office(path)


def refuse_open_in_office(path: Path) -> None:
    """Excel and WPS keep 「~$名称」 beside a workbook they have open: written now, the clerk's open copy would
    overwrite it when saved (on Windows the write fails anyway)."""
    if path.exists() and any(path.with_name(lock).exists() for lock in (f"~${path.name}", f"~${path.name[2:]}")):
        office = "Word/WPS" if path.suffix.lower() in (".docx", ".doc") else "Excel/WPS"
        raise OutputError(f"文件正在 {office} 中打开，请先关闭再写出：{path}")
