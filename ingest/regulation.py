"""Chinese laws and regulations as plain text (`cn-coalmine-regulations/`): a Regulation per file and a Clause
per article (第X条), with its chapter (编/章/节 headings in force), its number and its character span.

An article starts at the beginning of a line, possibly after headings glued to it ("第一编总则第一条…"), and
runs to the next article or heading. A line that repeats the number of the article before it is a further
paragraph of that article (the source numbers every paragraph). Article numbers must increase within a
file; an out-of-order number (a stray fragment, or a cross-reference at the start of a line) goes to
quarantine (with the text, so nothing is lost). A file that is not UTF-8 (such
as a GBK copy), is empty, or has no articles goes to quarantine whole. The source's literal two-character
"\\n" sequences are turned into line breaks in clause texts. Each Clause and Regulation is linked to its
Document with SOURCED_FROM {span_start, span_end} (character offsets in the decoded text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .base import SourceDoc, Unit, files_in

KIND = "regulation"
NUM = "〇零一二三四五六七八九十百千两"
HEADING = re.compile(rf"第([{NUM}]+)([编章节])((?:(?!第[{NUM}]+[条编章节]).)*)")
LINE_START = re.compile(rf"^\s*((?:第[{NUM}]+[编章节](?:(?!第[{NUM}]+[条编章节]).)*)*)(第([{NUM}]+)条)?")
DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000}
LEVELS = {"编": 0, "章": 1, "节": 2}


def chinese_number(text: str) -> int:
    """第 … 条 numbers: 一 → 1, 十二 → 12, 一百零五 → 105, 七百二十一 → 721."""
    total, digit = 0, 0
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        else:
            total += (digit or 1) * UNITS[ch]
            digit = 0
    return total + digit


def regulation_kind(title: str) -> str:
    if title.endswith("法") or ("中华人民共和国" in title and title.endswith("法")):
        return "法律"
    if title.endswith("条例"):
        return "行政法规"
    return "部门规章"


@dataclass
class _Article:
    number: int
    label: str
    chapter: str
    start: int
    end: int
    line: int
    end_line: int


def title_of(path: Path) -> str:
    return re.sub(r"^\d+-", "", path.stem).strip()


def split_articles(text: str) -> list[_Article]:
    """Articles in reading order (not yet checked for order)."""
    heads: list[str] = ["", "", ""]
    articles: list[_Article] = []
    offset = 0
    for lineno, line in enumerate(text.splitlines(keepends=True), start=1):
        m = LINE_START.match(line)
        body = line.rstrip("\r\n")
        if m and m.group(1):
            for h in HEADING.finditer(m.group(1)):
                level = LEVELS[h.group(2)]
                heads[level] = f"第{h.group(1)}{h.group(2)} {h.group(3).strip()}".strip()
                for lower in range(level + 1, 3):
                    heads[lower] = ""
        if m and m.group(2) and articles and chinese_number(m.group(3)) == articles[-1].number:
            # the source repeats the number before each paragraph of a multi-paragraph article
            articles[-1].end = offset + len(body)
            articles[-1].end_line = lineno
        elif m and m.group(2):
            start = offset + m.start(2)
            articles.append(
                _Article(chinese_number(m.group(3)), m.group(2), " ".join(h for h in heads if h), start,
                         offset + len(body), lineno, lineno)
            )
        elif articles and not (m and m.group(1)) and body.strip():
            articles[-1].end = offset + len(body)
            articles[-1].end_line = lineno
        offset += len(line)
    return articles


def clean(text: str) -> str:
    return "\n".join(s.strip() for s in text.replace("\\n", "\n").splitlines() if s.strip())


class RegulationImporter:
    kind = KIND

    def files(self, path: Path) -> list[Path]:
        return files_in(path, "*.txt")

    def read(self, docs: Sequence[SourceDoc]) -> list[Unit]:
        units: list[Unit] = []
        for doc in docs:
            units += self._file(doc)
        return units

    def _file(self, doc: SourceDoc) -> list[Unit]:
        head = Unit(doc, "whole file")
        data = doc.path.read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            guess = ""
            try:
                data.decode("gb18030")
                guess = "; it decodes as GBK/GB18030: convert it to UTF-8 (iconv -f GB18030 -t UTF-8)"
            except UnicodeDecodeError:
                pass
            head.reject("encoding", f"not UTF-8 ({e.reason} at byte {e.start}){guess}")
            return [head]
        if not text.strip():
            head.reject("text", "empty text")
            return [head]
        articles = split_articles(text)
        if not articles:
            head.reject("text", "no articles (第X条) found at the start of any line", text[:200])
            return [head]
        title = title_of(doc.path)
        reg = head.node("Regulation", code=title, name=title, kind=regulation_kind(title))
        head.link("SOURCED_FROM", reg, doc.ref, span_start=0, span_end=len(text))
        units = [head]
        last = 0
        for a in articles:
            loc = f"{a.label} (lines {a.line}-{a.end_line})" if a.end_line > a.line else f"{a.label} (line {a.line})"
            unit = Unit(doc, loc, raw=text[a.start : a.end])
            units.append(unit)
            if a.number <= last:
                unit.reject("number", f"{a.label} comes after article {last}: out of order",
                            text[a.start : a.end])
                continue
            last = a.number
            clause = unit.node(
                "Clause", regulation=title, number=str(a.number), name=f"《{title}》{a.label}", chapter=a.chapter,
                text=clean(text[a.start : a.end]),
            )
            unit.link("HAS_CLAUSE", reg, clause)
            unit.link("SOURCED_FROM", clause, doc.ref, span_start=a.start, span_end=a.end)
        return units
