"""Mirror sites' pinyin readings, taken out of a text before it is read, and spans mapped back to the text given.

Some sites that mirror Chinese news pages insert the pinyin of characters after them ("發(fā)生", "責(zé)任",
"認(rèn)定"), which splits the words every pattern reads (发生, 有限责任公司). The reader reads the text without them
and maps each span back onto the text as given, so that provenance still points into the source document.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from .report import ExtractedReport, Span

# a syllable with its tone mark, in brackets right after a character (not "(a)", "(1)", nor an English word)
PINYIN_NOTE = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")


def without_pinyin(text: str) -> tuple[str, list[int] | None]:
    """(`text` without pinyin notes, the position in `text` of each position of that string and of its end), or
    (`text`, None) when it has none."""
    if "(" not in text or PINYIN_NOTE.search(text) is None:
        return text, None
    kept: list[str] = []
    where: list[int] = []
    last = 0
    for m in PINYIN_NOTE.finditer(text):
        kept.append(text[last : m.start()])
        where.extend(range(last, m.start()))
        last = m.end()
    kept.append(text[last:])
    where.extend(range(last, len(text) + 1))  # (and the end)
    return "".join(kept), where


def map_spans(rep: ExtractedReport, where: list[int]) -> None:
    """Every span of `rep`, read from the text without notes, mapped onto the text given (in place)."""

    def span(s: Span) -> Span:
        return Span(where[s.start], where[s.end - 1] + 1 if s.end > s.start else where[s.start])

    def moved(item: Any) -> Any:
        return dataclasses.replace(item, span=span(item.span))

    rep.spans = {k: span(v) for k, v in rep.spans.items()}
    rep.chemicals = [moved(c) for c in rep.chemicals]
    rep.equipment = [moved(e) for e in rep.equipment]
    rep.parties = [moved(p) for p in rep.parties]
    rep.causes = [moved(c) for c in rep.causes]
    rep.responsibilities = [moved(r) for r in rep.responsibilities]
    rep.lessons = [moved(lesson) for lesson in rep.lessons]
    if rep.summary is not None:
        rep.summary = moved(rep.summary)
