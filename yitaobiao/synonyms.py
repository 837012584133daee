"""The synonym table (``field_synonyms.yaml``): canonical data items, roles, contrasts, domain words."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .cache import cache_path, code_key, read_cache, write_cache
from .errors import UsageError, file_problem
from .normalize import normalize_label
from .yamlio import YamlSyntaxError, load_yaml

DEFAULT_FILE = "field_synonyms.yaml"


class SynonymsError(UsageError):
    """The synonym file is missing or malformed."""


@dataclass
class Synonyms:
    """Lookup tables built from one or more synonym files."""

    canonical_of: dict[str, str] = field(default_factory=dict)  # normalised alias → canonical name
    theme_of: dict[str, str] = field(default_factory=dict)  # canonical name → theme
    themes: list[str] = field(default_factory=list)
    roles: dict[str, list[str]] = field(default_factory=dict)  # role → words that announce it
    self_prefixes: list[str] = field(default_factory=list)
    self_contexts: set[str] = field(default_factory=set)
    token_rep: dict[str, str] = field(default_factory=dict)  # token → representative token
    contrasts: list[list[tuple[str, ...]]] = field(default_factory=list)
    fillers: set[str] = field(default_factory=set)
    terms: list[str] = field(default_factory=list)
    prefixes: list[str] = field(default_factory=list)  # droppable affixes, longest first
    suffixes: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    other_parties: list[str] = field(default_factory=list)  # endings of words naming another person (…负责人)
    record_roles: set[str] = field(default_factory=set)  # roles that can be the record's own subject (子女)
    household_head: set[str] = field(default_factory=set)  # items a household record's head owns (公民身份号码)
    qualifiers: list[str] = field(default_factory=list)  # period/state words, longest first
    generic_labels: set[str] = field(default_factory=set)  # labels read only with their group header
    sections: list[str] = field(default_factory=list)  # endings of topic-only group headers
    option_items: dict[str, list[str]] = field(default_factory=dict)  # option word → items it is a value of
    item_options: dict[str, list[str]] = field(default_factory=dict)  # item → its answers, in the table's order
    token_cache: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)  # filled by match.tokenize
    contrast_cache: dict[str, dict[int, frozenset[int]]] = field(default_factory=dict, repr=False)
    affix_cache: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)  # filled by match.affix_variants
    kept_whole: set[str] = field(default_factory=set, repr=False)  # terms and token-synonym words: never split

    def whole_words(self) -> set[str]:
        """Words a compound is never split into or out of: the domain terms and the token-synonym words."""
        if not self.kept_whole:
            self.kept_whole = {*self.terms, *self.token_rep}
        return self.kept_whole

    def lookup(self, clean: str) -> str | None:
        return self.canonical_of.get(clean)

    def add_text(self, text: str, source: str) -> None:
        """Merge one YAML text (read from ``source``, named in errors) into the tables."""
        try:
            data = load_yaml(text) or {}
        except YamlSyntaxError as exc:
            raise SynonymsError(f"同义词文件格式错误：{source}（{exc}）") from exc
        if not isinstance(data, dict):
            raise SynonymsError(f"同义词文件格式错误：{source}（顶层应为键值对）")
        self._absorb(data, source)
        self.sources.append(source)

    def _absorb(self, data: dict[str, Any], source: str) -> None:
        concepts = data.get("concepts") or {}
        if not isinstance(concepts, dict):
            raise SynonymsError(f"同义词文件格式错误：{source}（concepts 应为“主题 → 标准名称 → 别名列表”）")
        for theme, items in concepts.items():
            if not isinstance(items, dict):
                raise SynonymsError(f"同义词文件格式错误：{source}（主题“{theme}”下应为“标准名称: [别名…]”）")
            if theme not in self.themes:
                self.themes.append(str(theme))
            for canonical, aliases in items.items():
                canonical = str(canonical)
                self.theme_of.setdefault(canonical, str(theme))
                for alias in [canonical, *(aliases or [])]:
                    key = normalize_label(str(alias)).clean
                    self.canonical_of.setdefault(key, canonical)
        for role, words in (data.get("roles") or {}).items():
            self.roles.setdefault(str(role), [])
            self.roles[str(role)].extend(normalize_label(str(w)).clean for w in words or [])
        self.self_prefixes.extend(str(p) for p in data.get("self_prefixes") or [])
        self.self_contexts.update(normalize_label(str(c)).clean for c in data.get("self_contexts") or [])
        for group in data.get("token_synonyms") or []:
            words = [str(w) for w in group]
            # A group sharing a word with an earlier one (a user's file adding to ours) joins it.
            rep = next((self.token_rep[w] for w in words if w in self.token_rep), words[0])
            for w in words:
                self.token_rep.setdefault(w, rep)
        for group in data.get("contrasts") or []:
            self.contrasts.append([tuple(str(member).split("=")) for member in group])
        self.fillers.update(str(w) for w in data.get("fillers") or [])
        self.terms.extend(str(t) for t in data.get("terms") or [])
        affixes = data.get("affixes") or {}
        self.prefixes.extend(str(a) for a in affixes.get("prefix") or [])
        self.suffixes.extend(str(a) for a in affixes.get("suffix") or [])
        self.other_parties.extend(str(w) for w in data.get("other_parties") or [])
        self.record_roles.update(str(w) for w in data.get("record_roles") or [])
        self.household_head.update(str(w) for w in data.get("household_head") or [])
        self.qualifiers.extend(str(w) for w in data.get("qualifiers") or [])
        self.generic_labels.update(normalize_label(str(w)).clean for w in data.get("generic_labels") or [])
        self.sections.extend(str(w) for w in data.get("sections") or [])
        for item, options in (data.get("option_items") or {}).items():
            known = self.item_options.setdefault(str(item), [])
            known.extend(str(o) for o in options or [] if str(o) not in known)
            for option in options or []:
                items = self.option_items.setdefault(str(option), [])
                if str(item) not in items:
                    items.append(str(item))
        for words in (self.self_prefixes, self.prefixes, self.suffixes, self.other_parties, self.qualifiers):
            words.sort(key=len, reverse=True)

    def aliases_of(self) -> dict[str, list[str]]:
        """Canonical name → every normalised spelling that resolves to it."""
        out: dict[str, list[str]] = {}
        for alias, canonical in self.canonical_of.items():
            out.setdefault(canonical, []).append(alias)
        return out

    def role_words(self) -> list[tuple[str, str]]:
        """(word, role) pairs, longest word first."""
        pairs = [(w, role) for role, words in self.roles.items() for w in words if w]
        return sorted(pairs, key=lambda p: -len(p[0]))


def _synonym_text(path: Path | None) -> tuple[str, str]:
    """The text of a synonym file and how errors name it (the packaged default when ``path`` is None)."""
    if path is None:
        text = resources.files("yitaobiao").joinpath("data", DEFAULT_FILE).read_text(encoding="utf-8")
        return text, f"内置 {DEFAULT_FILE}"
    try:
        return Path(path).read_text(encoding="utf-8"), str(path)
    except FileNotFoundError as exc:
        raise SynonymsError(f"找不到同义词文件：{path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise SynonymsError(f"同义词文件无法读取：{path}（{file_problem(exc)}）") from exc


def load_synonyms(extra: list[Path] | None = None) -> Synonyms:
    """The packaged synonym table, plus the user's own files in order.

    The same files give the same table object, so its token caches are shared by every caller.
    """
    return _built((_synonym_text(None), *(_synonym_text(path) for path in extra or [])))


# Kept out of the cached file: filled while matching, or derived.
_RUN_CACHES = {"token_cache", "contrast_cache", "affix_cache", "kept_whole"}


@cache
def _built(texts: tuple[tuple[str, str], ...]) -> Synonyms:
    """The table of these texts; built once and kept in the user's cache (parsing and normalising the
    thousand aliases of the packaged table costs 35 ms at every start)."""
    path = cache_path("synonyms", [code_key(), *(part for pair in texts for part in pair)])
    kept = read_cache(path)
    if isinstance(kept, dict):
        try:
            return _from_json(kept)
        except (KeyError, TypeError, ValueError):
            pass
    table = Synonyms()
    for text, source in texts:
        table.add_text(text, source)
    write_cache(path, {f.name: _jsonable(getattr(table, f.name)) for f in fields(Synonyms) if f.name not in _RUN_CACHES})
    return table


def _jsonable(value: Any) -> Any:
    return sorted(value) if isinstance(value, set) else value


def _from_json(data: dict[str, Any]) -> Synonyms:
    table = Synonyms()
    for f in fields(Synonyms):
        if f.name in _RUN_CACHES:
            continue
        value = data[f.name]
        empty = getattr(table, f.name)
        if isinstance(empty, set):
            value = set(value)
        elif f.name == "contrasts":
            value = [[tuple(member) for member in group] for group in value]
        elif not isinstance(value, type(empty)):
            raise TypeError(f.name)
        setattr(table, f.name, value)
    return table
