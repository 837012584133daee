"""YAML read with libyaml's C loader where PyYAML has it (the synonym table loads in 30 ms, not 350).

PyYAML is imported on first use: a rescan finds its tables already built in the cache and never needs it.
"""

from __future__ import annotations

from typing import Any


class YamlSyntaxError(ValueError):
    """The text is not valid YAML; the message says where, in Chinese."""


def load_yaml(text: str) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader, C or pure Python
    except yaml.YAMLError as exc:
        # The parser's own words are English: the clerk is told where to look.
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where = f"第 {mark.line + 1} 行附近" if mark is not None else ""
        raise YamlSyntaxError(f"{where}格式有误：缩进、冒号或括号可能不配对") from exc


def dump_yaml(data: Any) -> str:
    import yaml

    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def load_yaml_cached(text: str, kind: str, refresh: bool = False) -> Any:
    """:func:`load_yaml` of a table shipped with the tool, its parse kept as JSON in the user's cache
    (``refresh``: parse again and replace what the cache holds, found damaged by the caller)."""
    from .cache import cache_path, code_key, read_cache, write_cache

    path = cache_path(kind, [code_key(), text])
    data = None if refresh else read_cache(path)
    if data is None:
        data = load_yaml(text)
        write_cache(path, data)
    return data
