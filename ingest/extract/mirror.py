"""Mirror sites' pinyin readings and a PDF's layout gaps and line breaks, taken out of a text before it is read, and
spans mapped back to the text given.

Some sites that mirror Chinese news pages insert the pinyin of characters after them ("發(fā)生", "責(zé)任",
"認(rèn)定"), and text taken from a PDF keeps spaces where its lines were laid out ("机械伤 害事故") and sets numerals
on lines of their own ("造成\n40\n人死亡"); all of them split the words and phrases every pattern reads (发生,
有限责任公司, 伤害, 40人死亡). The reader reads the text without them and maps each span back onto the text as given,
so that provenance still points into the source document.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from .report import ExtractedReport, Span

# a syllable with its tone mark, in brackets right after a character (not "(a)", "(1)", nor an English word)
PINYIN_NOTE = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")
# the same without tone marks ("2025年11月(yue)27日下(xia)午"): a syllable of Mandarin's pinyin by its shape (an
# initial and a final), taken out only of a text that has several (TONELESS_NOTES_MIN), where they are a mirror's and
# not a unit's or a label's ("长度(m)", "重量(kg)", "(a)")
TONELESS_NOTE = re.compile(
    r"(?<=[\u4e00-\u9fff])\((?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|er|ia|ie|iu|ua|uo|ui|ue|ve|üe|a|o|e|i|u|v|ü)"
    r"\)"
)
TONELESS_NOTES_MIN = 5


# a space a PDF's layout left between two characters of one word ("发生一起机械伤 害事故", "螺 纹钢坠落"); taken out
# only of a text that has several (LAYOUT_GAPS_MIN), where they are the layout's and not a writer's separators, and
# only inside prose: a line with a sentence's punctuation, past the start of its line (not a form's field and value,
# "事故类型 火灾", "设备制造单位:安徽合力股份有限公司 型号:CPD1")
LAYOUT_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
LAYOUT_GAPS_MIN = 3
PROSE_MARK = re.compile(r"[，,。]")
FIELD_START = 8  # characters from the start of a line within which a space may end a field's label
# (nor a space before a field's label, or after a numbered heading, in a report run into one line: "…平衡重式叉车
# 设备种类:场(厂)内专用机动车辆", "(一)事故发生单位概况 上海育生堂饮料有限公司")
FIELD_AFTER = re.compile(r"[\u4e00-\u9fff]{1,8}[:：]")
HEADING_BEFORE = re.compile(
    r"(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)[^，,。；;]{0,16}$"
)


def _layout_gaps(text: str) -> list[re.Match[str]]:
    """The layout gaps of `text` to take out (see LAYOUT_GAP), or none when it has too few."""
    gaps = []
    for m in LAYOUT_GAP.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        line = text[start : end if end >= 0 else len(text)]
        if (
            m.start() - start > FIELD_START
            and PROSE_MARK.search(line)
            and not FIELD_AFTER.match(text, m.end())
            and not HEADING_BEFORE.search(text, max(start, m.start() - 24), m.start())
        ):
            gaps.append(m)
    return gaps if len(gaps) >= LAYOUT_GAPS_MIN else []


# a PDF's numerals set on lines of their own, inside prose ("2014\n年\n3\n月\n1\n日", "造成\n40\n人死亡", "直接经济损失
# \n8197\n万元"): the line breaks either side are the layout's; taken out only of a text with several such lines
# (LAYOUT_GAPS_MIN), and only where prose goes on at both sides (not a page number after a sentence's end, nor a
# list's number before its item: "。\n12\n", "\n3\n·")
# (zero-width, the lines in a group, so that numerals on consecutive lines are all found: "年\n3\n月\n1\n日")
NUMERAL_ALONE = re.compile(r"(?<=[\u4e00-\u9fff，,、“])(?=(\n\d[\d.]*\n)[\u4e00-\u9fff，,、])")
LINE_BREAK = re.compile(r"\n")


def _numeral_breaks(text: str) -> list[re.Match[str]]:
    """The line breaks around a PDF's numerals (see NUMERAL_ALONE) to take out, or none when it has too few."""
    alone = list(NUMERAL_ALONE.finditer(text)) if "\n" in text else []
    if len(alone) < LAYOUT_GAPS_MIN:
        return []
    breaks = {pos: LINE_BREAK.match(text, pos) for m in alone for pos in (m.start(1), m.end(1) - 1)}
    return [b for _, b in sorted(breaks.items()) if b is not None]


def without_notes(text: str) -> tuple[str, list[int] | None]:
    """(`text` without pinyin notes and a PDF's layout gaps and numerals' line breaks, the position in `text` of each
    position of that string and of its end), or (`text`, None) when it has none of them."""
    notes = list(PINYIN_NOTE.finditer(text)) if "(" in text else []
    toneless = list(TONELESS_NOTE.finditer(text)) if "(" in text else []
    notes += toneless if len(toneless) >= TONELESS_NOTES_MIN else []
    cuts = sorted(notes + _layout_gaps(text) + _numeral_breaks(text), key=lambda m: m.start())
    if not cuts:
        return text, None
    kept: list[str] = []
    where: list[int] = []
    last = 0
    for m in cuts:
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
