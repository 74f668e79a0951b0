"""Texts in traditional characters, read as simplified ones.

Web copies of Chinese accident reports are sometimes in traditional characters (氫氣, 爆炸藥, 傷亡), which the gazetteer
and the patterns, written in simplified characters, do not read. `to_simplified` maps a text written in traditional
characters character for character (same length, so spans stay valid) with OpenCC's TSCharacters table (the first
simplified candidate of each); a simplified text keeps the few traditional forms it uses in names (林洪乾, 鼎昇).
Phrase-level conversions are left out: they may change a text's length.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .numerals import normalise_digits


@lru_cache(maxsize=1)
def _table() -> tuple[dict[int, str], frozenset[str]]:
    """(str.translate table, the characters it maps), read once from the OpenCC package's data."""
    # one line per traditional character or phrase: "氣<TAB>气", "乾<TAB>干 乾"
    lines = (resources.files("opencc") / "dictionary" / "TSCharacters.txt").read_text(encoding="utf-8").splitlines()
    table: dict[int, str] = {}
    for line in lines:
        trad, _tab, cands = line.partition("\t")
        first = cands.split()[0] if cands.strip() else ""
        if len(trad) == 1 and len(first) == 1 and first != trad:
            table[ord(trad)] = first
    return table, frozenset(map(chr, table))


# a text is read as traditional when at least this share of its characters are traditional ones: a simplified text
# keeps the few it has in names as they are (林洪乾, 鼎昇建设)
TRADITIONAL_SHARE = 0.05


def to_simplified(text: str) -> str:
    """`text` with its traditional characters mapped to simplified ones, when it is written in traditional
    characters (`TRADITIONAL_SHARE`); else `text` itself."""
    table, traditional = _table()
    # (a set test first: most texts have no traditional character, and counting walks every character)
    if traditional.isdisjoint(text):
        return text
    count = sum(1 for ch in text if ch in traditional)
    return text.translate(table) if count >= max(5, TRADITIONAL_SHARE * len(text)) else text


# variant characters the patterns write otherwise, one for one: Hong Kong papers write a fall 堕 ("从高处墮下",
# "男工墮斃") where the patterns have 坠
VARIANTS = str.maketrans({"堕": "坠"})


# a lone surrogate: what a byte that is not UTF-8 becomes when a file is read with errors="surrogateescape" (a text cut
# in the middle of a character); the segmenter cannot encode it, so it is read as U+FFFD
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


# an update's headline in brackets at the head of a line, the story run on after it with no stop: "最新：【东莞工地坍塌
# 死亡人数升至12人2人失联】东莞市政府13日举行新闻发布会称，…已造成12人死亡" (its 】 read as a full stop, so that its
# toll is a sentence of its own, not a group added to the story's)
BRACKETED_HEADLINE = re.compile(
    r"^(?:[^\S\n]|[•·])*(?:(?:最新|快讯|更新|突发)[:：])?[^\S\n]*【(?=[^【】\n]{0,60}?(?:死|伤|亡|失联|遇难|被困))"
    r"[^【】\n]{6,60}】(?=[^\s，,。；;])",
    re.MULTILINE,
)


def _headline_stopped(text: str) -> str:
    if "【" not in text:
        return text
    return BRACKETED_HEADLINE.sub(lambda m: m.group()[:-1] + "。", text)


def normalise_text(text: str) -> str:
    """The text the readers read: ASCII digits (`normalise_digits`), simplified characters, `VARIANTS`, no lone
    surrogate and a bracketed headline's end as a stop (`BRACKETED_HEADLINE`), the same length as `text` so that
    spans stay valid."""
    return _headline_stopped(LONE_SURROGATE.sub("\ufffd", to_simplified(normalise_digits(text)).translate(VARIANTS)))


def has_traditional(text: str) -> bool:
    """Whether `text` has a traditional character that `to_simplified` maps."""
    return not _table()[1].isdisjoint(text)


def simplified_name(name: str) -> str:
    """A substance's or a unit's name with every traditional character mapped, as a label copied from a
    traditional text writes it ("煤氣" → "煤气"): a name is too short for `to_simplified`'s share test."""
    return name.translate(_table()[0])
