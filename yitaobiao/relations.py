"""Relations to a household's head by GB/T 4761 (家庭关系代码): one kind however a roster writes it (之子, 儿子,
长子), and the group a coded list may offer for it (50 父母 for 父亲 or 婆婆, 70 兄弟姐妹 for 兄)."""

from __future__ import annotations

import re

_ORDER = r"(?:之)?(?:长|次|三|四|五|六|独生|养|继)?"
_RELATION_KINDS = [(kind, re.compile(pattern)) for kind, pattern in (
    ("户主", r"户主|本人"), ("配偶", r"配偶|妻|妻子|夫|丈夫|爱人|之妻|之夫"), ("子", _ORDER + r"(?:子|儿子)"),
    ("女", _ORDER + r"(?:女|女儿)"), ("孙子", r"(?:之)?(?:孙|孙子|孙儿)"), ("孙女", r"(?:之)?孙女"),
    ("外孙子", r"(?:之)?外孙子?"), ("外孙女", r"(?:之)?外孙女"), ("父亲", r"(?:之)?(?:父|父亲)"),
    ("母亲", r"(?:之)?(?:母|母亲)"), ("儿媳", r"(?:之)?(?:儿媳|媳|儿媳妇|子媳)"), ("女婿", r"(?:之)?(?:婿|女婿)"),
    ("公公", r"公公"), ("婆婆", r"婆婆"), ("岳父", r"岳父"), ("岳母", r"岳母"),
    ("祖父", r"(?:之)?祖父"), ("祖母", r"(?:之)?祖母"), ("外祖父", r"外祖父"), ("外祖母", r"外祖母"),
    ("兄", r"兄|哥哥|哥"), ("弟", r"弟|弟弟"), ("姐", r"姐|姐姐"), ("妹", r"妹|妹妹"),
    ("父母", r"父母"), ("孙子女", r"(?:外)?孙子女"), ("祖父母", r"(?:外)?祖父母"), ("兄弟姐妹", r"兄弟姐妹|兄弟|姐妹"))]
# GB/T 4761's groups of kinds: a list may offer the group (50 父母, 40 孙子女) where a roster names the one
RELATION_GROUPS = {"父母": ("父亲", "母亲", "公公", "婆婆", "岳父", "岳母"),
                   "孙子女": ("孙子", "孙女", "外孙子", "外孙女"),
                   "祖父母": ("祖父", "祖母", "外祖父", "外祖母"), "兄弟姐妹": ("兄", "弟", "姐", "妹")}
_WIFE_RE = re.compile(r"妻")
_HUSBAND_RE = re.compile(r"夫")


# GB/T 4761's codes of each kind (户主 02, 配偶 10, 子 20 … 女婿 28, 女 30 … 儿媳 38, 孙子女 40, 父母 50, 祖父母 60,
# 兄弟姐妹 70): the order a household's people are listed in, 80 其他 last
_CODE_OF_KIND = {"户主": 2, "配偶": 10, "子": 20, "女婿": 28, "女": 30, "儿媳": 38,
                 **dict.fromkeys(("孙子", "孙女", "外孙子", "外孙女", "孙子女"), 40),
                 **dict.fromkeys(("父亲", "母亲", "公公", "婆婆", "岳父", "岳母", "父母"), 50),
                 **dict.fromkeys(("祖父", "祖母", "外祖父", "外祖母", "祖父母"), 60),
                 **dict.fromkeys(("兄", "弟", "姐", "妹", "兄弟姐妹"), 70)}


def relation_rank(word: str) -> int:
    """Where a relation stands in a household's list, by its GB/T 4761 code (户主 first, 其他 and the unknown last)."""
    kind = relation_kind(word)
    return _CODE_OF_KIND.get(kind, 80) if kind else 80


def relation_kind(word: str) -> str | None:
    """A relation to the household's head by its kind in GB/T 4761 (户主, 配偶, 子, 女, 孙子 …), however written."""
    return next((kind for kind, pattern in _RELATION_KINDS if pattern.fullmatch(word)), None)


def same_relation(one: str, other: str) -> bool:
    """Two words of one relation, or one of them the group the other is in (150-父母's 父母 and 父亲), or a list's
    亲属 for any kin of the head (wf114: split wrote 儿媳 into a police list as its 03-亲属, and fill, reading it
    back, put the two to 待核实 and left 与户主关系 blank)."""
    kinds = {relation_kind(one), relation_kind(other)}
    if (one in _ANY_KIN) != (other in _ANY_KIN):
        kin = other if one in _ANY_KIN else one
        return relation_kind(kin) not in (None, "户主")
    return None not in kinds and (len(kinds) == 1 or any(
        whole in kinds and kinds <= {whole, *parts} for whole, parts in RELATION_GROUPS.items()))


def says_more(one: str, other: str) -> bool:
    """Whether ``other`` says more of the same relation than ``one``: 长子 than 子, 父亲 than the group 父母, 儿媳 than a
    list's 亲属."""
    if one in _ANY_KIN:
        return relation_kind(other) not in (None, "户主")
    kind, other_kind = relation_kind(one), relation_kind(other)
    if kind is None or other_kind is None:
        return False
    if kind == other_kind:  # (之子 says no more than 子)
        one, other = one.removeprefix("之"), other.removeprefix("之")
        return len(other) > len(one) and other.endswith(one[-1:])
    return other_kind in RELATION_GROUPS.get(kind, ())


def relation_choice(word: str, choices: dict[str, str], sex: str = "") -> str | None:
    """The answer of a coded list (answer → its word: 「120-子」 → 子) that a relation typed another way is: 长子 is
    the list's 子, 父亲 its 父母 where it offers only the group, 配偶 its 妻 or 夫 by the person's ``sex``; None
    where the list has no answer of that kind (孙女 of a list stopping at 兄弟姐妹)."""
    kind = relation_kind(word)
    if kind is None:
        return None
    group = next((whole for whole, parts in RELATION_GROUPS.items() if kind in parts), None)
    for wanted in (kind, group):
        found = [answer for answer, said in choices.items() if wanted and relation_kind(said) == wanted]
        if kind == "配偶" and len(found) > 1:
            spouse = _WIFE_RE if _WIFE_RE.search(word) or sex.startswith("女") else \
                _HUSBAND_RE if _HUSBAND_RE.search(word) or sex.startswith("男") else None
            found = [answer for answer in found if spouse and spouse.search(choices[answer])]
        if len(found) == 1:
            return found[0]
    # (a list offering only 亲属 for kin — a police list's 03-亲属 beside 01-雇员 and 02-承租人: wf109's 儿媳 and 孙女 went
    # in as typed, told to choose 99-其他)
    kin = [answer for answer, said in choices.items() if said in _ANY_KIN]
    return kin[0] if kind != "户主" and len(kin) == 1 else None


_ANY_KIN = ("亲属", "其他亲属")
