"""The command line's own words in Chinese: help pages and usage errors of the typer/click framework.

typer prints 「Usage:」「Options:」「Show this message and exit.」 and its errors in English whatever the
locale; the clerk reads Chinese. The help text is translated after it is formatted, and usage errors
are re-raised as one whose message and hint are Chinese.
"""

from __future__ import annotations

import re
from typing import IO, Any

import typer
from typer._click import exceptions as click_exceptions
from typer.core import TyperCommand, TyperGroup

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


def chinese(text: str) -> str:
    """Translate the framework's words in a help page or a message; the tool's own text is Chinese already."""
    for english, zh in _PHRASES:
        text = text.replace(english, zh)
    return text


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


class _ChineseWords:
    """Help pages translated after formatting; usage errors re-raised in Chinese."""

    def get_help(self, ctx: Any) -> str:
        return chinese(super().get_help(ctx))  # type: ignore[misc]

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)  # type: ignore[misc]
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
