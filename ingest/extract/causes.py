"""Causes (with their level: direct, indirect, root) and lessons, cut from the report's sections."""

from __future__ import annotations

import re

from .report import Cause, ExtractedReport, Lesson, Span
from .sections import CAUSE_KINDS, LEVEL_OF_KIND, Section
from .text import _sentences, _strip

CAUSE_MARK = re.compile(r"直接原因|间接原因|根本原因")
INLINE_CAUSE = re.compile(
    r"(?:是|为|系)[^。；;\n]{0,24}?(直接原因|间接原因|主要原因|重要原因|根本原因)|(直接原因|间接原因)\s*(?:是|为|：|:)"
)


def read_causes(text: str, norm: str, rep: ExtractedReport, sections: list[Section]) -> None:
    runs: list[tuple[str | None, int, int]] = []
    for s in sections:
        if s.kind in CAUSE_KINDS:
            if s.kind in LEVEL_OF_KIND:
                seg = _strip(text, s.start, s.end)
                if seg:
                    runs.append((LEVEL_OF_KIND[s.kind], seg[0], seg[1]))
            else:
                nxt = sections[sections.index(s) + 1] if sections.index(s) + 1 < len(sections) else None
                if nxt is not None and nxt.kind in LEVEL_OF_KIND and len(norm[s.start : s.end].strip()) < 100:
                    continue  # "调查组…认定如下" before （一）直接原因
                runs += _cause_runs(norm, s.start, s.end)
        elif s.kind not in ("lesson",):
            runs += _inline_causes(norm, s.start, s.end)
    for level, a, b in runs:
        seg = _strip(text, a, b)
        if seg:
            rep.causes.append(Cause(level, text[seg[0] : seg[1]], Span(seg[0], seg[1])))


def read_lessons(text: str, rep: ExtractedReport, sections: list[Section]) -> None:
    for s in sections:
        if s.kind != "lesson":
            continue
        pos = s.start
        for line in text[s.start : s.end].splitlines(keepends=True):
            seg = _strip(text, pos, pos + len(line))
            if seg and seg[1] - seg[0] >= 6:
                rep.lessons.append(Lesson(text[seg[0] : seg[1]], Span(seg[0], seg[1])))
            pos += len(line)


def _level(word: str) -> str | None:
    return {"直接原因": "直接原因", "间接原因": "间接原因", "根本原因": "根本原因"}.get(word)


def _cause_runs(norm: str, a: int, b: int) -> list[tuple[str | None, int, int]]:
    """A generic cause section cut into runs of one level: a line (or sentence) naming 直接原因/间接原因 sets the
    level, following lines keep it."""
    pieces: list[tuple[str | None, int, int]] = []
    carry: str | None = None
    pos = a
    for line in norm[a:b].splitlines(keepends=True):
        la, lb = pos, pos + len(line)
        pos = lb
        if not line.strip():
            continue
        marks = list(CAUSE_MARK.finditer(norm, la, lb))
        if not marks:
            pieces.append((carry, la, lb))
            continue
        cuts: list[tuple[int, str | None]] = []
        for mk in marks:
            sent_start = max(norm.rfind("。", la, mk.start()), norm.rfind("；", la, mk.start())) + 1
            sent_start = max(sent_start, la)
            if not cuts or sent_start > cuts[-1][0]:
                cuts.append((sent_start, _level(mk.group(0))))
        if cuts[0][0] > la:
            pieces.append((carry, la, cuts[0][0]))
        for k, (cs, lvl) in enumerate(cuts):
            ce = cuts[k + 1][0] if k + 1 < len(cuts) else lb
            pieces.append((lvl, cs, ce))
            carry = lvl
    runs: list[tuple[str | None, int, int]] = []
    for lvl, x, y in pieces:
        if runs and runs[-1][0] == lvl:
            runs[-1] = (lvl, runs[-1][1], y)
        else:
            runs.append((lvl, x, y))
    return runs


def _inline_causes(norm: str, a: int, b: int) -> list[tuple[str | None, int, int]]:
    """Sentences outside cause sections that state a cause: "…是事故发生的主要原因", "直接原因是…"."""
    runs: list[tuple[str | None, int, int]] = []
    for sa, sb in _sentences(norm, a, b):
        m = INLINE_CAUSE.search(norm, sa, sb)
        if not m:
            continue
        lvl = _level(m.group(1) or m.group(2) or "")
        if runs and runs[-1][0] == lvl and norm[runs[-1][2] : sa].strip() == "":
            runs[-1] = (lvl, runs[-1][1], sb)
        else:
            runs.append((lvl, sa, sb))
    return runs
