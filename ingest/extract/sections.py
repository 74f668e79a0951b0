"""Split a report into sections by its headings (事故经过, 应急处置, 直接原因, 间接原因, 责任认定, 防范措施 …).

A heading is a line that, after optional numbering (一、 (二) 3． 2.1 ① 1) …), starts with a heading word and
either is short or goes on after a colon ("直接原因：押运员王某…", an inline heading).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# kind → heading words (longest first when matching).
HEADINGS: dict[str, tuple[str, ...]] = {
    "direct": ("事故直接原因", "事故的直接原因", "直接原因"),
    "indirect": ("事故间接原因", "事故的间接原因", "间接原因"),
    "root": ("事故的根本原因", "事故根本原因", "根本原因"),
    "cause": (
        "事故原因分析",
        "事故原因及性质",
        "事故原因和性质认定",
        "事故原因和性质",
        "事故发生原因及性质",
        "事故发生原因",
        "事故发生的原因",
        "事故原因的初步分析",
        "事故原因",
        "原因分析",
        "发生原因",
        "事故分析",
        "原因及性质",
    ),
    "narrative": (
        "事故经过",
        "事故发生经过",
        "事故发生的经过",
        "事故概况及经过",
        "事故概况",
        "事故简要经过",
        "事故情况",
        "事故基本情况",
        "基本情况",
        "原因经过",
        "事故发生经过及应急处置情况",
        "事故发生的经过及救援情况",
        "发生事故的单位基本情况",
        "伤亡人员及直接经济损失",
        # (a case sheet's account under a lesson sheet's heading: "事故警示…典型事故案例…事故简况")
        "事故简况",
        "事故简介",
        "事故概要",
        "案例简介",
        "典型事故案例",
    ),
    "response": ("应急处置", "应急救援", "事故救援", "处置情况", "救援情况", "事故处置", "事故应急处置"),
    "nature": ("事故性质", "事故的性质"),
    "responsibility": (
        "事故责任认定及处理建议",
        "事故责任认定和处理建议",
        "责任认定及处理建议",
        "责任认定",
        "事故责任划分",
        "事故责任",
        "处理建议",
        "处理意见",
        "事故处理情况",
        "事故处理",
        "对事故责任单位",
        "对事故单位",
        "对有关责任人员",
    ),
    "lesson": (
        "事故防范和整改措施",
        "事故防范措施建议",
        "防范措施",
        "事故教训及防范措施",
        "事故教训与防范措施",
        "主要教训",
        "事故主要教训",
        "事故教训",
        "教训",
        "防止同类事故的措施",
        "预防措施",
        "整改意见",
        "整改措施",
        "启示",
        "经验小结",
        "有关要求",
        "吸取教训",
        "运输过程的防范措施",
        "事故预防措施",
        "专家提醒",
        "安全提示",
        "安全提醒",
        "事故警示",
        # a news editor's comment after the story: background and advice, not the accident
        "编者按",
        "编后语",
        "编后",
    ),
}
CAUSE_KINDS = {"cause", "direct", "indirect", "root"}
LEVEL_OF_KIND = {"direct": "直接原因", "indirect": "间接原因", "root": "根本原因"}

# words of the accountability part's headings and of its lists of people ("（三）建议给予党纪、政纪处分人员")
ACCOUNTABILITY_WORDS = (
    "责任人员", "责任单位", "责任认定", "责任追究", "处理建议", "处理意见", "处分", "处罚", "问责", "追究", "司法机关"
)
ACCOUNTABILITY = re.compile("|".join(ACCOUNTABILITY_WORDS))
# a line that asserts a failing is an item of a cause list, whatever its length
FAILING = re.compile(r"不落实|未落实|落实不到位|不到位|不力|不严|缺失|不健全|未履行|不履行|失职|失察|违法|违规")
_WORDS = sorted(((w, k) for k, ws in HEADINGS.items() for w in ws), key=lambda x: -len(x[0]))
_NUMBERING = re.compile(
    r"^[\s\u3000]*(?:第[一二三四五六七八九十]+[章节部分]\s*)?"
    r"(?:[（(][一二三四五六七八九十\dl]+[)）]|[一二三四五六七八九十]+[、.．]|\d+(?:[.．]\d+)*[、.．)）]?|[①-⑳]|[⑴-⒇])?"
    r"[\s\u3000]*"
)
_ALT = "|".join(re.escape(w) for w, _ in _WORDS)
_HEAD = re.compile(r"(?:" + _ALT + r")")


@dataclass(frozen=True)
class Section:
    kind: str  # one of HEADINGS' keys, "units" (a unit's background), "other" or "preamble"
    heading: str
    start: int  # body start (char offset in the text)
    end: int  # body end (exclusive)
    heading_start: int


def _line_heading(line: str) -> tuple[str, str, int] | None:
    """(kind, word, offset of the body inside the line) when the line is a heading."""
    m = _NUMBERING.match(line)
    pos = m.end() if m else 0
    rest = line[pos:]
    hm = _HEAD.match(rest)
    if not hm:
        return None
    word = hm.group(0)
    kind = next(k for w, k in _WORDS if w == word)
    after = rest[hm.end() :]
    stripped = after.strip(" \u3000\t")
    if stripped[:1] in (":", "：") or after[:1] in (":", "："):
        body_off = pos + hm.end() + (len(after) - len(after.lstrip(" \u3000\t"))) + 1
        return kind, word, body_off
    # short heading line: nothing after the word but punctuation or a few characters (e.g. 事故原因的初步分析)
    if len(stripped) <= 6 and "，" not in stripped and "," not in stripped:
        return kind, word, len(line)
    return None


def _generic_heading(line: str) -> tuple[str, str, int] | None:
    """Headings not in the word list: a short numbered line, or a short label before a colon ("损失情况:"),
    classified by the words it contains."""
    m = _NUMBERING.match(line)
    pos = m.end() if m else 0
    numbered = pos > 0 and bool(line[:pos].strip())
    rest = line[pos:]
    colon = re.match(r"([^，,。；;:：]{2,14})[:：]", rest)
    if colon and re.match(r"[\u4e00-\u9fff]", colon.group(1).strip()):
        label, body_off = colon.group(1).strip(), pos + colon.end()
    elif (
        numbered
        and 2 <= len(rest.strip()) <= (30 if ACCOUNTABILITY.search(rest) else 20)
        and not re.search(r"[，,。；;]", rest.strip()[:-1])
    ):
        # (a heading of the accountability part may run to 30 characters: "四、对事故有关责任人员及责任单位的处理情况
        # 及建议"; any other numbered line that long is an item: "1.事故车辆所有人单位安全生产主体责任不落实。")
        label, body_off = rest.strip(), len(line)
    else:
        return None
    kind = _classify(label)
    if kind == "other" and not colon:
        return None  # a numbered line such as "2.事故相关单位和部门监管不到位" is an item, not a heading
    if kind == "responsibility" and not colon and not ACCOUNTABILITY.search(label) and FAILING.search(label):
        return None  # "2. 莆田公司安全生产主体责任落实不到位。": a cause item that names a failing, not a heading
    return kind, label, body_off


def _classify(label: str) -> str:
    if "原因" in label:
        for word, kind in (("直接", "direct"), ("间接", "indirect"), ("根本", "root")):
            if word in label:
                return kind
        return "cause"
    for words, kind in (
        # the accountability part and its lists of people, before the lesson words: "（三）建议给予党纪、政纪处分人员",
        # "（二）司法机关已采取措施人员", "（四）行政处罚及问责建议"
        (ACCOUNTABILITY_WORDS, "responsibility"),
        # a news page's summary of the story ("核心提示："): the accident told, though 提示 alone heads safety tips
        (("核心提示", "内容提示", "新闻提示", "要闻提示", "内容提要"), "narrative"),
        (("教训", "措施", "建议", "要求", "启示", "经验", "提醒", "提示", "警示", "编者按", "编后"), "lesson"),
        (("责任", "处理"), "responsibility"),
        (("性质",), "nature"),
        (("处置", "救援"), "response"),
    ):
        if any(w in label for w in words):
            return kind
    # the units' background in an investigation report ("（一）事故单位基本情况", "涉事企业概况"): what they trade,
    # hold and are licensed for, not what happened
    if any(w in label for w in ("单位", "企业", "公司")) and any(w in label for w in ("情况", "概况", "简介")):
        if "经过" not in label and "事故情况" not in label:
            return "units"
    return "narrative" if any(w in label for w in ("经过", "概况", "情况")) else "other"


# an entry of a table of contents, which ends with its page number ("(三)事故发生经过 3"): no heading of the body (the
# last entry, "七、事故整改和防范措施 9", would make the whole report a lesson)
PAGE_NUMBER = re.compile(r"\S[\s\u3000.…·]+\d{1,3}[\s\u3000]*$")
# a table of contents headed as such, its entries lines with no page numbers, up to the first line of prose (a stop):
# no headings of the body either
CONTENTS_HEAD = re.compile(r"[\s\u3000]*目[\s\u3000]*录[\s\u3000]*$")


def split_sections(text: str) -> list[Section]:
    """Sections in order. Text before the first heading is a `preamble` section; bodies never include headings."""
    heads: list[tuple[int, int, str, str]] = []  # (heading_start, body_start, kind, word)
    offset = 0
    contents = False
    for line in text.splitlines(keepends=True):
        content = line.rstrip("\r\n")
        if CONTENTS_HEAD.match(content):
            contents = True
        elif contents and "。" in content:
            contents = False
        if content.strip() and len(content) <= 400 and not PAGE_NUMBER.search(content) and not contents:
            h = _line_heading(content) or _generic_heading(content)
            if h is not None:
                kind, word, body_off = h
                heads.append((offset, offset + body_off, kind, word))
        offset += len(line)
    sections: list[Section] = []
    first = heads[0][0] if heads else len(text)
    if first > 0:
        sections.append(Section("preamble", "", 0, first, 0))
    for i, (hs, bs, kind, word) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        sections.append(Section(kind, word, min(bs, end), end, hs))
    return sections


def parent_kinds(sections: list[Section]) -> list[str]:
    """The kind each section belongs to, letting sub-headings (直接原因 under 事故原因) keep their own kind and
    treating a 'nature' section as closing the cause block."""
    return [s.kind for s in sections]
