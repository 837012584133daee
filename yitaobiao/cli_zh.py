"""The command line's own words in Chinese: help pages and usage errors of the typer/click framework.

typer prints 「Usage:」「Options:」「Show this message and exit.」 and its errors in English whatever the
locale; the clerk reads Chinese. The help text is translated after it is formatted, and usage errors
are re-raised as one whose message and hint are Chinese.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import IO, Any, get_args, get_origin

import typer
from typer._click import exceptions as click_exceptions
from typer.core import TyperCommand, TyperGroup

try:
    from typer._coercion import RuntimeParam
except ImportError:  # a typer without per-parameter runtime coercion: its own conversion is used
    RuntimeParam = None  # type: ignore[assignment,misc]

_PHRASES = [
    ("Show this message and exit.", "显示本帮助并退出。"),
    ("Usage: ", "用法："),
    ("Usage:", "用法："),
    ("[OPTIONS]", "[选项]"),
    ("COMMAND [ARGS]...", "命令 [参数]..."),
    ("Arguments:", "参数："),
    ("Options:", "选项："),
    ("Commands:", "命令："),
    ("[required]", "[必填]"),
    ("[default: ", "[默认："),
    ("<list[Path]>", "<路径>…"),
    ("<path>", "<路径>"),
    ("<str>", "<文字>"),
    ("<int>", "<整数>"),
    ("<float>", "<数值>"),
    ("<text>", "<文字>"),
]

_ERRORS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^Missing argument '(.+?)'\.?$"), r"缺少参数“\1”。"),
    (re.compile(r"^Missing option '(.+?)'\.?$"), r"缺少选项 \1。"),
    (re.compile(r"^Missing parameter: (.+)$"), r"缺少参数“\1”。"),
    (re.compile(r"^No such option: (\S+) \(Possible options: (.+)\)$"), r"没有选项 \1，是不是 \2？"),
    (re.compile(r"^No such option: (\S+)(?: Did you mean (.+)\?)$"), r"没有选项 \1，是不是 \2？"),
    (re.compile(r"^No such option: (\S+)$"), r"没有选项 \1。"),
    (re.compile(r"^No such command '(.+?)'\. Did you mean (.+)\?$"), r"没有命令“\1”，是不是 \2？"),
    (re.compile(r"^No such command '(.+?)'\.?$"), r"没有命令“\1”。"),
    (re.compile(r"^Missing command\.$"), "缺少命令。"),
    (re.compile(r"^Option '(.+?)' requires an argument\.$"), r"选项 \1 后面要写一个值。"),
    (re.compile(r"^Option '(.+?)' requires (\d+) arguments\.$"), r"选项 \1 后面要写 \2 个值。"),
    (re.compile(r"^Got unexpected extra argument(?:\(s\)|s)? \((.+)\)$"), r"多余的参数：\1。一次只能给一个文件夹或文件；名字里有空格时请加引号。"),
    (re.compile(r"^Invalid value for (.+?): (.+)$"), r"\1 的值不对：\2"),
    (re.compile(r"^Invalid value: (.+)$"), r"值不对：\1"),
    (re.compile(r"^(?:File|Directory|Path) '(.+?)' does not exist\.$"), r"找不到 \1。"),
    (re.compile(r"^'(.+?)' is not a valid (integer|float)( range)?\.$"), r"“\1”不是数字。"),
]


def _columns(text: str) -> int:
    """How many columns a terminal gives the text: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# A type name and the spaces after it that line up the description: 「<str>      」.
_PADDED = [(re.compile(re.escape(english) + r"(?P<pad> {2,})?"), english, zh)
           for english, zh in _PHRASES if english.startswith("<")]


def chinese(text: str) -> str:
    """Translate the framework's words in a help page or a message; the tool's own text is Chinese already.
    A type name in the options table keeps the descriptions lined up: the spaces after it make up for the
    columns its Chinese takes more or fewer than the English did."""
    for pattern, english, zh in _PADDED:
        def keep_columns(m: re.Match[str], english: str = english, zh: str = zh) -> str:
            pad = m.group("pad")
            if not pad:
                return zh
            return zh + " " * max(1, len(pad) + len(english) - _columns(zh))
        text = pattern.sub(keep_columns, text)
    for english, zh in _PHRASES:
        text = text.replace(english, zh)
    # 「用法：yitaobiao scan [选项] {文件夹}」: click's braces round an argument's name mean nothing to a clerk.
    return re.sub(r"^(用法：.*)$", lambda m: re.sub(r"\{([^{}|]+)\}", r"\1", m.group(1)), text, count=1, flags=re.M)


def chinese_error(message: str) -> str:
    for pattern, zh in _ERRORS:
        if pattern.match(message):
            return pattern.sub(zh, message)
    return message


class ChineseUsageError(click_exceptions.UsageError):
    """A usage error shown in Chinese: what is wrong, the usage line and where to get help."""

    def __init__(self, original: click_exceptions.UsageError) -> None:
        super().__init__(chinese_error(original.format_message()), original.ctx)
        self.exit_code = original.exit_code

    def show(self, file: IO[Any] | None = None) -> None:
        lines = []
        if self.ctx is not None:
            lines.append(chinese(self.ctx.get_usage()))
            lines.append(f"运行 {self.ctx.command_path} --help 查看说明。")
        lines.append(f"错误：{self.format_message()}")
        typer.echo("\n".join(lines), err=True)

    def format_message(self) -> str:
        return self.message


_PLAIN_TYPES = (str, Path, int, float, bool)


def _plain_type(annotation: Any) -> Any:
    """The type of a parameter typed str, Path, int, float or bool (or a list of one), else None."""
    if get_origin(annotation) is list:
        (annotation,) = get_args(annotation) or (None,)
    return annotation if annotation in _PLAIN_TYPES else None


if RuntimeParam is not None:

    class PlainParam(RuntimeParam):  # type: ignore[misc,valid-type]
        """Conversion of a plain str/Path/int/float/bool value without pydantic.

        typer 0.29 converts every parameter through a pydantic TypeAdapter; importing pydantic and
        building the adapters took 0.15 s of a 0.7 s one-form scan. The tool's options are plain paths,
        words and switches, which need no schema.
        """

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            convert = _plain_type(self.annotation)
            if isinstance(value, (list, tuple)):
                return [self._one(convert, v, param, ctx) for v in value]
            return self._one(convert, value, param, ctx)

        @staticmethod
        def _one(convert: Any, value: Any, param: Any, ctx: Any) -> Any:
            if isinstance(value, bytes):
                value = value.decode("utf-8", "replace")
            if convert is bool and isinstance(value, str):
                value = value.strip().lower() in {"1", "true", "yes", "y", "on", "t"}
            try:
                return convert(value)
            except (TypeError, ValueError):
                raise click_exceptions.BadParameter(f"“{value}”不是数字。", ctx=ctx, param=param) from None


def _use_plain_conversion(params: list[Any]) -> None:
    """Give the plain parameters :class:`PlainParam` before typer builds a pydantic adapter for them."""
    if RuntimeParam is None:
        return
    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        if descriptor is None or getattr(param, "_runtime_param", ()) is not None:
            continue
        info = descriptor.parameter_info
        checks = (info.parser, info.min, info.max, info.exists, info.resolve_path,
                  getattr(info, "click_type", None))
        if _plain_type(descriptor.annotation) is not None and not descriptor.is_file and not any(checks):
            param._runtime_param = PlainParam(parameter_info=info, annotation=descriptor.annotation)


class _ChineseWords:
    """Help pages translated after formatting; usage errors re-raised in Chinese."""

    def get_help(self, ctx: Any) -> str:
        return chinese(super().get_help(ctx))  # type: ignore[misc]

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        _use_plain_conversion(self.get_params(ctx))  # type: ignore[attr-defined]
        try:
            return super().parse_args(ctx, args)  # type: ignore[misc]
        except click_exceptions.NoArgsIsHelpError:
            raise  # the (translated) help page itself, not an error about it
        except click_exceptions.UsageError as exc:
            raise ChineseUsageError(exc) from None


class ChineseCommand(_ChineseWords, TyperCommand):
    pass


class ChineseGroup(_ChineseWords, TyperGroup):
    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        try:
            return super().resolve_command(ctx, args)
        except click_exceptions.UsageError as exc:
            raise ChineseUsageError(exc) from None
