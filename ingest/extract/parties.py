"""Parties (units and people with their roles) and the responsibilities the report assigns them."""

from __future__ import annotations

import re

from spacy.attrs import IDX
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .patterns import Gazetteer
from .report import ExtractedReport, Party, Responsibility, Span
from .sections import Section
from .text import ANON, SURNAMES, CommonWords, _sentences, role_alternation

# words of place after a character that is also a surname (楼, 门, 房, 车 …): the place, not a given name
PLACE_WORDS = frozenset(
    ("旁边", "附近", "周围", "周边", "里面", "外面", "上面", "下面", "门口", "对面", "后面", "前面", "楼下", "楼上")
)
STOP_AFTER = set("，,。；;、（(）)：:和与及等在对将把于被因驾的是为向未已从到\n\r 　兼也即不")
ORG_SUFFIX = (
    r"(?:有限责任公司|股份有限公司|有限公司|集团公司|总公司|分公司|公司|管理局|建设局|教育局|局|厂|站|中心|项目部|"
    r"管理处|研究院|设计院|院|所|政府|委员会|管委会|办公室|指挥部|大学|学院|中学|小学|学校)"
)
ORG_CHAR = r"[\u4e00-\u9fffA-Za-z0-9（）()·]"  # ORG_SUFFIX is made of these too
ORG_RE = ORG_CHAR + r"{2,40}?" + ORG_SUFFIX
# the unit before a post in an identity line: a company or an office, and the police's and the ministries' own
UNIT_IN_LINE = re.compile(ORG_CHAR + r"{2,40}?(?:" + ORG_SUFFIX + r"|厅|总队|支队|大队|中队)")
# a name before 驾驶 ("张三驾驶"), not 驾驶员 or 驾驶室
DRIVES = re.compile(r"([\u4e00-\u9fff]{2,3})驾驶(?![员人室证])")
NOT_HOLDING = ("务", "何", "命", "职")  # 任务, 任何, 任命, 任职: not "holds the post of"
# after a surname, not a given name: a reporter ("副经理向记者介绍": 向 is a preposition there); news names people
# by surname and honorific (陈先生, 谢师傅), and those stay names
ADDRESS = frozenset(("记者",))
ITEM_NO = r"(?:[（(]\d{1,3}[)）]|\d{1,3}[.、．]|[①-⑳])"  # (1) （1） 1. 1、 ①
COMPOUND_SURNAMES = (
    "欧阳 司马 上官 诸葛 东方 皇甫 令狐 慕容 夏侯 尉迟 公孙 长孙 宇文 司徒 端木 南宫 独孤 呼延 澹台 申屠 轩辕"
).split()
# a person's name in an identity line: a compound surname and one or two characters, else one character and an
# anonymising mark (王某) or one or two characters
NAME = (
    r"(?:" + "|".join(COMPOUND_SURNAMES) + r")[\u4e00-\u9fff]{1,2}"
    r"|[\u4e00-\u9fff]\s?(?:" + ANON + r"|[\u4e00-\u9fff]{1,2})"
)
# "负有重要领导责任", "应负直接责任"; a hard line break may fall inside (reports turned from PDF: "负有\r\n重要
# 领导责任")
# (not "对负有直接责任者，给予…", a rule quoted about whoever bears it)
RESP_RE = re.compile(r"(?:负有|应负|承担|负|属)([^。；;，,]{0,8}?)责任(?!者)")
# the sanction a report proposes or records for a party, from its first word to the measure
SANCTION_RE = re.compile(
    r"(?:建议|依法|予以|给予|已被|被)[^。；;，,]{0,40}?"
    r"(?:处分|处罚|追究刑事责任|免予追究责任|免于追究责任|追究责任|刑事拘留|逮捕|罚款|撤职|免职|开除(?:党籍|公职)?"
    r"|诫勉谈话|诫勉|书面检查|警告|辞退|问责|取保候审|立案侦查)(?:处分)?"
    r"(?![\u4e00-\u9fff]{0,8}》)"  # not a word in a cited title: 《事业单位工作人员处分暂行规定》
)
RESP_KINDS = ("领导责任", "监管责任", "直接责任", "主要责任", "重要责任")
# the posts a construction notice lists with each unit ("施工单位是…，法定代表人…，项目经理…；监理单位是…，项目总监…")
LISTED_POSTS = frozenset(("法定代表人", "项目经理", "项目总监", "项目负责人"))


class PartyReader:
    """The units and people a report names with their roles (`read`). Keeps only patterns built once from the
    gazetteer between calls."""

    def __init__(self, g: Gazetteer, common_word: CommonWords) -> None:
        self.g = g
        self._common_word = common_word
        self._role_alt = role_alternation(g)
        units = sorted(self.g.unit_roles, key=len, reverse=True)
        unit_alt = "|".join(map(re.escape, units))
        # "监理单位是…公司", "施工专业分包单位（安装单位）是…公司": the role in brackets is the unit's too
        self._unit_fwd = re.compile(
            r"(" + unit_alt + r")(?:\s*[（(](" + unit_alt + r")[)）])?\s*(?:是|为|：|:)\s*"
            r"(" + ORG_RE + r")(?=[，,；;。、\s（(]|$)"
        )
        # two roles sharing 单位: "塔吊出租、安拆单位是…" is the 出租单位 (and, by the pattern above, the 安拆单位)
        # (a pattern of its own: an optional group in front would cost the scan its fast first-character skip)
        shared = sorted({r[:-2] for r in units if r.endswith("单位") and len(r) == 4}, key=len, reverse=True)
        self._unit_shared = re.compile(
            r"(" + "|".join(shared) + r")、(?:" + unit_alt + r")\s*(?:是|为|：|:)\s*"
            r"(" + ORG_RE + r")(?=[，,；;。、\s（(]|$)"
        )
        self._unit_rev = re.compile(
            # (the lookahead, a clause start followed by a unit's characters and 作为, lets the scan give up on a
            # clause without 作为 before trying every length of name against every suffix)
            r"(?:^|(?<=[，,。；;\n]))(?=\s*" + ORG_CHAR + r"*?作为)"
            r"\s*(" + ORG_RE + r")作为[^，,。；;]{0,10}?(" + unit_alt + r")"
        )
        # identity lines of the people a report holds accountable, numbered ("54.王海波，中共党员，…所所长。", also
        # run on after the last item's full stop) or at a line's start and led by a sex or a post ("张三，男，…",
        # "李四，某化工厂法定代表人。"): every post the line gives, up to its first full stop or the clause that
        # starts the charge (…，对事故…)
        self._item_role = {**g.title_roles, **g.person_roles}
        item_alt = "|".join(map(re.escape, sorted(self._item_role, key=len, reverse=True)))
        # (run on "\n" + the text, so that each starts with a character from a set and the scan skips other
        # positions fast: a numbered item after a line break or the previous item's end, a line led by a name)
        self._numbered = re.compile(
            r"[。；;）)\n][\s\u3000]*" + ITEM_NO + r"\s*(" + NAME + r")\s*[，,：:]([^。\n]{0,160})"
        )
        self._led = re.compile(
            r"\n[\s\u3000]*(" + NAME + r")"
            r"(?=\s*[，,]\s*(?:[男女][，,]|[^，,。\n]{0,30}?(?:" + item_alt + r")[，,。；;]))"
            r"\s*[，,：:]([^。\n]{0,160})"
        )
        # a person holding posts: "周先青任公司执行董事兼经理", "其中李毛见还兼任负责生产的副厂长、技术员"; tried
        # before each 任 (the name's length lazy: "孙勇还兼任" is 孙勇 and 还)
        self._holder = re.compile(
            r"(?:^|(?<=[，,。；;、\n（(])|(?<=其中))(" + NAME.replace("{1,2}", "{1,2}?") + r")"
            r"(?:现|曾|还|又|同时)?兼?\Z"
        )
        self._post = re.compile(r"(?:" + item_alt + r")(?=[，,。、；;（()）兼]|$)")

    def _name_at(self, norm: str, pos: int, bounds: set[int], post: bool = False) -> tuple[str, int] | None:
        """A person's name starting at pos: 周某, 林某某, 高XX, or two or three characters led by a surname (or, after a
        `post` of a notice's list of units and their people, by a surname no list holds)."""
        m = re.match(r"[\u4e00-\u9fff]\s?" + ANON, norm[pos : pos + 6])
        if m:
            return m.group(0).replace(" ", ""), pos + m.end()
        if pos < len(norm) and norm[pos] not in SURNAMES:
            # a surname no list holds ("项目经理信观尧；", "法人代表果兴军，"): a whole name of three characters after a
            # post, closed by the punctuation of the list
            cand = norm[pos : pos + 3]
            if (
                post
                and re.fullmatch(r"[\u4e00-\u9fff]{3}", cand)
                and norm[pos + 3 : pos + 4] in ("；", ";", "。", "，", ",")
                and not STOP_AFTER.intersection(cand)
                and not self._common_word(cand)
                and not self._common_word(cand[:2])
                and not self._common_word(cand[1:])
            ):
                return cand, pos + 3
            return None
        if pos >= len(norm):
            return None
        for n in (3, 2):
            cand = norm[pos : pos + n]
            end = pos + n
            if len(cand) < n or not re.fullmatch(r"[\u4e00-\u9fff]+", cand) or cand[-1] in STOP_AFTER:
                continue
            if self._common_word(cand) or self._common_word(cand[:2]) or self._form_of_address(cand[1:]):
                continue
            if cand[1:] in PLACE_WORDS:
                continue  # a surname-like character before a word of place: "四号司机楼旁边" is no 司机 楼旁边
            nxt = norm[end : end + 1]
            if end in bounds or nxt in STOP_AFTER or nxt == "" or nxt.isdigit():
                if n == 3 and end not in bounds and (pos + 2) in bounds and nxt not in STOP_AFTER:
                    continue
                return cand, end
        return None

    def _posts_with_units(self, line: str) -> list[tuple[str, str]]:
        """The posts of an identity line, each with the unit written before it: "莆田市交通运输局党组书记、局长" gives
        both posts to 莆田市交通运输局 (a post right after another shares its unit), "…副局长兼…交警支队支队长" gives
        the second its own. A unit named only relative to an earlier place ("市人民政府市长") is left out."""
        out: list[tuple[str, str]] = []
        prev_end, org = 0, ""
        for post in self._post.finditer(line):
            seg = re.split(r"[，,、]", line[prev_end : post.start()])[-1]
            found = UNIT_IN_LINE.search(seg)
            if found:
                org = found.group(0).split("任")[-1]  # "2013年5月至今任…交警大队": the unit after 任
                org = re.sub(r"^(?:兼|系|为|原)", "", org)
                org = "" if len(org) < 4 or org[0] in "省市区县镇乡" else org
            elif seg.strip(" 兼") or re.search(r"[，,]", line[prev_end : post.start()]):
                org = ""  # a clause without a unit: not the previous post's
            out.append((post.group(0), org))
            prev_end = post.end()
        return out

    def _form_of_address(self, rest: str) -> bool:
        """A surname and a post is not a name ("彭经理" is a manager called Peng), nor "向记者"."""
        return rest in ADDRESS or rest in self.g.person_roles or rest in self.g.title_roles

    def read(self, norm: str, doc: Doc, ents: list[SpacySpan], rep: ExtractedReport) -> None:
        # (tolist() already gives Python ints: no per-token int() call)
        bounds: set[int] = set(doc.to_array(IDX).tolist())
        bounds.add(len(norm))
        out: dict[tuple[str, str], Party] = {}

        def add(p: Party) -> None:
            out.setdefault((p.name, p.role), p)

        last_org = ""
        for m in self._unit_fwd.finditer(norm):
            for r in (m.group(1), m.group(2)):
                if r:
                    add(Party(m.group(3), self.g.unit_roles[r], "enterprise", Span(m.start(3), m.end(3))))
        for m in self._unit_shared.finditer(norm) if "单位" in norm else ():
            add(Party(m.group(2), self.g.unit_roles[m.group(1) + "单位"], "enterprise", Span(m.start(2), m.end(2))))
        # (a match needs 作为, and the scan of a pattern with no fixed first character tries every position)
        for m in self._unit_rev.finditer(norm) if "作为" in norm else ():
            role = self.g.unit_roles[m.group(2)]
            add(Party(m.group(1).strip(), role, "enterprise", Span(m.start(1), m.end(1))))
        org_at = sorted((p.span.start, p.name) for p in out.values())
        roles = [e for e in ents if e.label_ == "ROLE"]
        for i, e in enumerate(roles):
            chain = [e]
            j = i
            # "法定代表人和项目负责人张剑", "押运员兼装卸工孙学盛": every role of the chain goes to the name
            while j + 1 < len(roles) and norm[roles[j].end_char : roles[j + 1].start_char] in ("和", "兼", "、", "及"):
                chain.append(roles[j + 1])
                j += 1
            if i > 0 and norm[roles[i - 1].end_char : e.start_char] in ("和", "兼", "、", "及"):
                continue  # handled with the chain that starts earlier
            pos = chain[-1].end_char
            if norm[pos : pos + 1] in ("是", "为", "：", ":"):  # "押运员是张保华", "车主为庞书发", "法定代表人：王某"
                pos += 1
            listed = all(r.ent_id_ in LISTED_POSTS for r in chain)
            while True:
                found = self._name_at(norm, pos, bounds, listed)
                if not found:
                    break
                name, end = found
                last_org = next((n for s, n in reversed(org_at) if s < e.start_char and e.start_char - s < 120), "")
                for r in chain:
                    add(Party(name, r.ent_id_, "person", Span(pos, end), last_org))
                if norm[end : end + 1] == "、":
                    pos = end + 1
                    continue
                break
        for m in DRIVES.finditer(norm) if "驾驶" in norm else ():
            s = m.start(1)
            for off in (0, 1):
                cand = norm[s + off : m.end(1)]
                if (
                    cand
                    and cand[0] in SURNAMES
                    and len(cand) >= 2
                    and (s + off) in bounds
                    and not self._common_word(cand)
                    and not self._common_word(cand[:2])
                    and not self._common_word(cand[1:])
                ):
                    add(Party(cand, "驾驶员", "person", Span(s + off, m.end(1))))
                    break
        lined = "\n" + norm  # (offsets in it are one more than in norm)
        for m in (*self._numbered.finditer(lined), *self._led.finditer(lined)):
            name = m.group(1).replace(" ", "")
            if not _person_name(name) or self._common_word(name):
                continue
            line = re.split(r"[，,；;]\s*对", m.group(2), maxsplit=1)[0]
            for post, org in self._posts_with_units(line):
                add(Party(name, self._item_role[post], "person", Span(m.start(1) - 1, m.end(1) - 1), org))
        i = norm.find("任")
        while i >= 0:
            h = self._holder.search(norm, max(0, i - 9), i) if norm[i + 1 : i + 2] not in NOT_HOLDING else None
            if h:
                name = h.group(1).replace(" ", "")
                posts = re.split(r"[，,。；;\n]", norm[i + 1 : i + 41], maxsplit=1)[0]
                if _person_name(name) and not self._common_word(name) and not self._common_word(name[:2]):
                    for held, org in self._posts_with_units(posts + "，"):
                        add(Party(name, self._item_role[held], "person", Span(h.start(1), h.end(1)), org))
            i = norm.find("任", i + 1)
        rep.parties = sorted(out.values(), key=lambda p: p.span.start)


def read_responsibilities(text: str, norm: str, rep: ExtractedReport, sections: list[Section]) -> None:
    """The responsibility each person or unit is found to bear, with the passage that says so. In the accountability
    part a numbered item is one party's ("54.王海波，…。对…不力。对事故发生负有重要领导责任，建议…"), so the item is
    the unit read; elsewhere a sentence."""
    for s in sections:
        if s.kind not in ("responsibility", "cause", "indirect", "direct"):
            continue
        for a, b in _items(norm, s.start, s.end) or _sentences(norm, s.start, s.end):
            for m in RESP_RE.finditer(norm, a, b):
                phrase = re.sub(r"\s", "", m.group(1)) + "责任"
                kind = next((k for k in RESP_KINDS if k[:2] in phrase), None)
                if kind is None:
                    continue
                # (the sentence that finds it first, "邓亮均作为车辆实际控制人，对事故…负有直接责任", else the item's
                # own name: "1.张明，…。对事故发生负有重要领导责任")
                sa = max(a, *(norm.rfind(c, a, m.start()) + 1 for c in "。；;\n"))
                party = _named_party(norm, sa, m.start(), rep.parties) or _party_of(norm, a, m.start(), rep.parties)
                if party:
                    sm = SANCTION_RE.search(norm, a, b)
                    sanction = re.sub(r"\s", "", text[sm.start() : sm.end()]) if sm else None
                    rep.responsibilities.append(Responsibility(party, kind, text[a:b].strip(), Span(a, b), sanction))
                break


# an item's start: after a line break or a full stop, or after a closing bracket ("河南省（17人）1.胡志强，…") when
# numbered with digits: a circled number there is a footnote mark ("…协议④约定的职责")
ITEM_START = re.compile(
    r"(?:^|(?<=[。；;\n]))[\s\u3000]*(?=" + ITEM_NO + r"\s*[\u4e00-\u9fff])"
    r"|(?<=[）)])[\s\u3000]*(?=(?:[（(]\d{1,3}[)）]|\d{1,3}[.、．])\s*[\u4e00-\u9fff])",
    re.M,
)


def _items(norm: str, a: int, b: int) -> list[tuple[int, int]]:
    """The numbered items of norm[a:b] ("1.张三，…" up to "2.李四，…") after the sentences before them, or [] when
    it has fewer than two items."""
    starts = [m.end() for m in ITEM_START.finditer(norm, a, b)]
    if len(starts) < 2:
        return []
    ends = [*starts[1:], b]
    # (sentences before the first item, "经调查认定，某公司对事故负有主要责任。", are read as sentences)
    return _sentences(norm, a, starts[0]) + [(x, y) for x, y in zip(starts, ends, strict=True) if y - x > 1]


def _named_party(norm: str, a: int, b: int, parties: list[Party]) -> str:
    """The known party named first in norm[a:b] (an item's own name, not a unit its charge mentions), or ""."""
    seg = norm[a:b]
    named = [(seg.find(p.name), -len(p.name), p.name) for p in parties if p.name and p.name in seg]
    return min(named)[2] if named else ""


def _party_of(norm: str, a: int, b: int, parties: list[Party]) -> str:
    """Who a responsibility passage is about: the known party named first in it, else the clause it starts with."""
    named = _named_party(norm, a, b, parties)
    if named:
        return named
    m = re.match(r"[\s\u3000]*(?:[（(]?\d+[)）.、．]|[①-⑳])?\s*([^，,。；;（(]{2,30}?)[①-⑳]?[，,（(]", norm[a:b])
    return m.group(1).strip() if m else ""


def _person_name(name: str) -> bool:
    """A surname first (a compound one too): "王海波", "欧阳正伟", "王某"; not "据查" or "经调查"."""
    return name[:2] in COMPOUND_SURNAMES or name[0] in SURNAMES
