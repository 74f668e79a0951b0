"""Page furniture: the parts of a web page around a story that are not the story.

Accident texts copied from news sites carry lists of links to other news ("相关报道：某化工厂爆炸 死3伤11"), headlines
of the next and previous articles, and appendices of background ("【新闻链接】硫化氢是…"). Their casualty counts and
substances belong to other accidents or to no accident, so the extractor reads none of them. One detector serves
every field.
"""

from __future__ import annotations

import functools
import re

# a marker of links to other pages: "上一篇：…", "前一篇: …", "相关阅读：…", or alone on its line above the titles, or
# a "more" link ending the heading line of a box of titles
LINK_MARKER = re.compile(
    # (the first characters of the alternatives, ahead: lets the scan skip other positions)
    r"(?=[上下前后相延推热猜更新])"
    r"(?:上一篇|下一篇|前一篇|后一篇|上一条|下一条|上篇|下篇|相关新闻|相关阅读|相关链接|相关文章|相关报道|延伸阅读|推荐阅读|热点推荐"
    # (and "热点新闻推荐:" above a list of other stories)
    r"|热门推荐|猜你喜欢|热点新闻推荐|热点新闻|新闻推荐)(?:文章)?[ \t　]*(?:[:：]|$)"
    # a box of other stories under its heading's "more" link: "图片报道 更多>>", "图片报道 | 更多>> |"
    r"|更多[ \t　]*(?:>>|»)[ \t　|]*$",
    re.M,
)
# an appendix of background after the story: "【新闻关键词】", "【相关链接】", "【背景资料】"; only in the text's second
# half (a paper's "【关键词】" line comes before its body)
APPENDIX_HEADING = re.compile(r"【[^】\n]{0,8}?(?:关键词|链接|背景|知识|科普|资料|延伸|相关)[^】\n]{0,6}】")
# a navigation trail at the top of a page: "当前位置: 资讯 >> 涂料与油墨 >> 行业动态 >> 正文",
# "新闻中心 > 国内新闻 > …"; its items are the site's sections (a trade's name of a product, a headline), not the story
BREADCRUMB = re.compile(
    r"^[ \t　]*(?:(?:当前位置|您的位置|您现在的位置|所在位置|现在位置)[ \t　]*[:：][^\n]*"
    r"|[^\n>»]{1,24}(?:>>?|»)[^\n>»]{1,30}(?:>>?|»)[^\n]*)$",
    re.M,
)
# a line naming a site and its web address, without the end of a sentence: a site's masthead
# ("中国燃烧器网【燃友会@Chinaburner.com】中国燃烧机行业技术交流平台", "安全文化网 www.anquan.com.cn"), a dateline or a
# copyright line; the words of a site's name (燃烧器, 危化品物流) are not the story's (a headline with the address
# after it is: "…被石块砸死http://www.sina…")
WEB_ADDRESS_LINE = re.compile(
    r"^[^\n。！？]{0,40}?(?:网|论坛|平台)[^\n。！？]{0,30}?(?:https?://|www\.|[A-Za-z0-9-]\.(?:com|cn|net|org)\b)"
    r"[^\n。！？]{0,80}$",
    re.M,
)
SENTENCE_END = re.compile(r"[。！？!?]")
# a list's bullet (not ■, which papers set before a paragraph of the story: "■消防人员冒死冷却罐体，防止发生爆炸。")
LIST_BULLET = re.compile(r"[•●▪◆]")
SHORT_LINE = 40  # a link title is a short line without the end of a sentence
# a link title's day at its line's end, bracketed: "[2015-08-19]", "(2020-10-09)"
DATED_LINK = re.compile(r"[\[【(（][ \t　]*(?:19|20)\d\d-\d{1,2}-\d{1,2}[ \t　]*[\]】)）][ \t　]*$")


def in_furniture(norm: str, pos: int) -> bool:
    """Whether norm[pos] is page furniture (see `furniture_spans`)."""
    return any(a <= pos < b for a, b in furniture_spans(norm))


@functools.lru_cache(maxsize=8)  # asked for every candidate of the same text; the text is the key
def furniture_spans(norm: str) -> tuple[tuple[int, int], ...]:
    """The spans of `norm` that are furniture: (1) after a link marker, the rest of its line and the short lines
    without an end of sentence that follow it; (2) a run of three or more such short lines, one a headline cut
    short ("…"), marker or not; (3) a navigation trail (`BREADCRUMB`); (4) a line naming a site and its web
    address (`WEB_ADDRESS_LINE`); (5) everything after an appendix heading in the second half of the text."""
    lines = _lines(norm)
    spans: list[tuple[int, int]] = []
    for m in LINK_MARKER.finditer(norm):
        end = norm.find("\n", m.end())
        end = len(norm) if end < 0 else end
        after = [ln for ln in lines if ln[0] > end]
        for a, b in after:
            if a == b or norm[a:b].strip() == "":
                continue  # a blank line inside the list
            if not _link_title(norm, a, b):
                break
            end = b
        spans.append((m.start(), end))
    spans.extend(_link_runs(norm, lines))
    spans.extend(m.span() for m in BREADCRUMB.finditer(norm) if m.end() - m.start() <= 2 * SHORT_LINE + 20)
    spans.extend(m.span() for m in WEB_ADDRESS_LINE.finditer(norm))
    spans.extend(teaser_boxes(norm, lines))
    appendix = APPENDIX_HEADING.search(norm, len(norm) // 2)
    if appendix:
        spans.append((appendix.start(), len(norm)))
    return tuple(spans)


# a box of other stories' teasers under its heading, each cut short and followed by its link: "更多中国新闻\n
# 【明报专讯】据四川新闻网报道，6月7日，这样的事情就发生在…，接到报警后...\n详情"
TEASER_HEADING = re.compile(r"^[ \t　]*更多[^\n。，,]{0,6}?(?:新闻|资讯|报道)[ \t　]*[:：>»]*[ \t　]*$", re.M)
TEASER_LINES = 3  # lines of one teaser before its link or its cut
TEASER_LINK = re.compile(r"[ \t　]*(?:详情|全文|阅读全文|查看全文|详细)[ \t　>»]*")


def teaser_boxes(norm: str, lines: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The teaser boxes (`TEASER_HEADING`): each heading and the teasers after it, each a few lines ending with its
    link ("详情") or cut short ("…", "..."), up to the last such end with no more than three other lines between
    (a teaser may run to a second line: "…在医院治理28天后死亡。\n传媒《...\n详情")."""
    out: list[tuple[int, int]] = []
    if "更多" not in norm:
        return out
    lines = _lines(norm) if lines is None else lines
    for m in TEASER_HEADING.finditer(norm):
        end, since = m.end(), 0
        for a, b in lines:
            text = norm[a:b].strip()
            if a <= m.start() or not text:
                continue
            if TEASER_LINK.fullmatch(text) or text.endswith(("…", "...")):
                end, since = b, 0
                continue
            since += 1
            if since > TEASER_LINES:
                break
        out.append((m.start(), end))
    return out


def _lines(norm: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in norm.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _link_title(norm: str, a: int, b: int) -> bool:
    text = norm[a:b].strip()
    if LIST_BULLET.match(text):
        # a bulleted link's headline may ask or exclaim ("• 下一个受伤的是谁?–明星拍戏”伤事”不断 (1/10/2002)"): only a
        # full stop ends a sentence in it
        return 0 < len(text) < SHORT_LINE + 10 and "。" not in text
    return 0 < len(text) < SHORT_LINE and not SENTENCE_END.search(text)


def _link_runs(norm: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for i, (a, b) in enumerate([*lines, (len(norm), len(norm))]):  # a last empty line closes the last run
        if i < len(lines) and _link_title(norm, a, b):
            run.append((a, b))
            continue
        if i < len(lines) and run and norm[a:b].strip() == "":
            continue  # a blank line inside the list
        # (or three of them stamped with their day at the end, a site's list of its latest stories: "环保部门:25个
        # 水质监测点检出氰化物      [2015-08-19]")
        if len(run) >= 3 and (
            any(norm[x:y].rstrip().endswith(("…", "...")) for x, y in run)
            or sum(1 for x, y in run if DATED_LINK.search(norm, x, y)) >= 3
        ):
            out.append((run[0][0], run[-1][1]))
        run = []
    return out
