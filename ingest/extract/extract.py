"""Text → ExtractedReport: date, place, casualties, loss, accident type, chemicals, equipment, parties, causes,
responsibilities and lessons, each with its character span in the text given (offsets into that exact string)."""

from __future__ import annotations

import contextlib
import hashlib
import re
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ontology import severity_grade

from .accident_type import AccidentTypeReader
from .casualties import CasualtyReader
from .causes import read_causes, read_lessons
from .chemicals import ChemicalReader
from .dates import read_date
from .furniture import teaser_boxes
from .mirror import map_spans, without_notes
from .numerals import NUM, parse_amount_cny
from .parties import PartyReader, read_responsibilities
from .patterns import ACCIDENT_KEYWORDS, Gazetteer, load_gazetteer
from .pipeline import accident_matcher, build_nlp
from .report import (
    Cause,
    ChemicalMention,
    EquipmentMention,
    ExtractedReport,
    Lesson,
    Mention,
    Party,
    Responsibility,
    Span,
)
from .script import has_traditional, normalise_text, simplified_name, to_simplified
from .sections import split_sections
from .text import CommonWords, _kind_lookup, _sentence_at, _strip, clause_start, other_accidents

# (and a victim's damages as a court counts them: "遭受医疗费、交通费和误工费等各项损失3余万元", "吴某死亡造成损失
# 56万余元")
COMPENSATED_BEFORE = re.compile(
    r"赔偿|索赔|补偿|赔付|理赔|垫付|支付|诉请|请求|医疗费|误工费|护理费|丧葬费|各项|(?:死亡|伤残|致残)造成"
)


# (or the items of such damages between the loss and its figure: "原告因伤造成的经济损失包括医疗费29529.16元、住院伙食
# 补助费920元")
DAMAGES_ITEM = re.compile(r"医疗费|误工费|护理费|丧葬费|伙食补助费|交通费|营养费|赔偿金")


def _compensated(norm: str, pos: int, end: int) -> bool:
    """Whether the loss named at pos, its figure ending at end, is one compensated or claimed, told so in its
    clause."""
    start = clause_start(norm, pos)
    return COMPENSATED_BEFORE.search(norm, start, pos) is not None or DAMAGES_ITEM.search(norm, pos, end) is not None


# a figure told as heard from others (see `Extractor._loss`)
HEARSAY = re.compile(r"听说|据说|据传|网传|传闻|听人说|有人说")
NO_LOSS = re.compile(r"(?:未|没有)(?:直接)?造成(?:任何)?(?:人员伤亡(?:和|及|、))?(?:直接)?经济损失")
LOSS_RE = re.compile(
    r"(?=[直经财损])"  # the first characters, ahead: lets the scan skip other positions fast
    # (thousands set apart by a space or a comma: "直接经济损失达8　869.63万元"; 元 left out after 万 or 亿 at the
    # end of the clause or before its items: "直接经济损失250余万。", "直接经济损失共计169万：死者补偿金…")
    # (a numeral not inside another or after a vague one: "数百万元", "上千万元" tell no figure)
    # ("直接损失92万余元" too, and 损失 alone right before its figure: "伤2人，损失18.5万元", "损失估计在7万元左右",
    # "损失约百万元", not "挽回损失…")
    # (nor a loss saved with 经济: "为群众挽回经济损失100余万元"; nor "近千万", nearly a magnitude, no figure, but
    # "近十五亿元" is one; nor "超过百万元", more than one)
    r"(?:(直接)(?:经济|财产)?|(?<![挽回少免低])(?:经济|财产)"
    # (nor an ecological loss, no money spent or lost: "造成的海洋生态损失达16.83亿元人民币")
    # (and an estimate as people say it: "火灾中烧毁的橡胶总共有4吨左右，损失大概四千元")
    r"|(?<![挽回减少避免降低济产态])(?=损失(?:初步)?(?:估计|预计|大概|大约)?(?:约|达|共计|共|为|在)?[\d一二两三四五六七八九十百千]))"
    # (the figure maybe on the next line, a page of short lines: "事故造成直接经济损失\n约为789.5万元")
    r"损失\n?[^。；;\n\d]{0,24}?"
    # (nor a figure whose digits before the point were lost: "直接经济损失.44万元")
    r"(?<![.．])(\d{1,3}(?:[ \u3000,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|"
    # (nor a bare magnitude bounded, "超过百万元", "逾千万元": no figure either)
    # (nor a unit with its figure lost: "直接经济损失约万元")
    r"(?<![数几上零〇○一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟])(?!(?<=[近逾超过])[千百万亿])(?![万亿]\s*元)"
    + NUM
    + r")"
    r"\s*(?:余|多)?\s*(亿|万)?\s*(?:余|多)?(?:元|(?:(?<=[万亿])|(?<=[万亿][余多]))(?=[。，,；;:：(（\n]))"
)

# the value of property a fire or blast destroyed, where the text tells no loss figure: it is the direct loss (GB
# 6721 counts property destroyed in it): "价值140余万元的商品被大火吞噬", "烧毁价值30万元的货物" (not property saved,
# "保住了价值数千万元的财产", which tells no figure either)
_VALUE = r"价值\s*(?:约|近)?(\d+(?:\.\d+)?|" + NUM + r")\s*(?:余|多)?\s*(亿|万)?\s*(?:余|多)?元"
BURNT_VALUE = re.compile(
    r"(?:烧毁|烧光|焚毁|炸毁)(?:了)?"
    + _VALUE
    + r"|"
    + _VALUE
    + r"的[^。；;，,]{0,12}?(?:被|遭)?(?:大火|火)?(?:烧毁|烧光|吞噬|焚毁|炸毁|化为灰烬|付之一炬)"
)

# the figure told before the loss it is: "李某某…滑落，导致身亡，并造成70万元经济损失" (a fallback: see `_loss`), or
# right after the toll, joined to it: "事故共造成1人死亡及90余万元的直接经济损失" (or after other damage: "带来严重物质
# 损失及大约220万元的直接经济损失"; or what the accident cost: "伤者历经209天治疗、耗费142.66万元直接经济损失")
LOSS_FIGURE_FIRST = re.compile(
    r"(?:(?:造成|导致|致使|带来|耗费)(?:了)?|(?:死亡|受伤|伤亡|损失)(?:和|及|以及|、))(?:大约|约|近)?(\d+(?:\.\d+)?|"
    + NUM
    + r")\s*(?:余|多)?\s*(亿|万)?\s*(?:余|多)?元(?:的)?"
    r"(?:直接)?(?:经济|财产)损失"
)
# a bound after a loss figure, which then tells no figure: "经济损失在200万元以内"
# (or a class of accidents bounded by its loss: "未发生直接经济损失100万元以上的一般电力设备事故")
LOSS_BOUND_AFTER = re.compile(r"\s*(?:以内|之内|以下)|\s*(?:及)?以上的[^，,。；;]{0,12}?事故")
# a ceiling before a loss figure, which then tells no figure either: "预计直接经济损失不超20万元"
LOSS_BOUND_BEFORE = re.compile(r"不超过?|不足|低于|少于|不到|至多|最多")
# a figure rounded down: "3503余万元", "逾500万元", "超过1万元" (the exact figure is at least as large)
ROUNDED = re.compile(r"[余多](?:亿|万)?元?$|(?:逾|超过|超)\s*[\d零〇○一二两三四五六七八九十百千万]")


class Extractor:
    """Holds the spaCy pipeline and matchers for one gazetteer; `extract()` is safe to call repeatedly."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.g = gazetteer or load_gazetteer()
        self.nlp: Language = build_nlp(self.g)
        self.acc_matcher: Matcher = accident_matcher(self.nlp)
        common_word = CommonWords(self.g)
        # the readers, built once from the gazetteer; each keeps only patterns and caches between calls
        self.casualties = CasualtyReader(self.g, common_word)
        self.accident_type = AccidentTypeReader(self.g, self.acc_matcher, self.casualties)
        self.chemicals = ChemicalReader(self.g, common_word)
        self.parties = PartyReader(self.g, common_word)

    # --- public -------------------------------------------------------------------------------------
    def extract(self, text: str, title: str = "") -> ExtractedReport:
        # (a mirror site's pinyin notes and a PDF's layout gaps taken out first, the spans mapped back after: see
        # `mirror`)
        clean, where = without_notes(text)
        norm = normalise_text(clean)  # same length as clean: spans stay valid
        doc = self.nlp(norm)
        rep = self._extract(clean, norm, doc, without_notes(title)[0])
        if where is not None:
            map_spans(rep, where)
            rep.sha256, rep.length = text_sha256(text), len(text)
        return rep

    def extract_doc(self, text: str, doc: Doc, title: str = "") -> ExtractedReport:
        # (the text as given, the caller's doc read from it: no pinyin notes taken out)
        return self._extract(text, normalise_text(text), doc, title)

    # --- steps --------------------------------------------------------------------------------------
    def _extract(self, text: str, norm: str, doc: Doc, title: str) -> ExtractedReport:
        rep = ExtractedReport(sha256=text_sha256(text), length=len(text), title=title)
        sections = split_sections(norm)
        kind_at = _kind_lookup(sections)
        self._date(norm, rep)
        ents = list(doc.ents)  # computed once: spaCy rebuilds the spans on every access
        self._place(norm, ents, rep)
        self.casualties.read(norm, rep, kind_at)
        self._loss(norm, rep)
        # (a traditional text's title read in simplified characters too, as short as it is: "高雄燕巢吊車吊掛原木翻覆"
        # has too few traditional characters for `to_simplified`'s share test on its own; the text is looked at only
        # when the title has one, a simplified title being its own simplified form)
        read_title = (
            simplified_name(title) if title and has_traditional(title) and to_simplified(text) is not text else title
        )
        self.accident_type.read(norm, doc, rep, sections, read_title, kind_at)
        self.chemicals.read(norm, ents, rep, kind_at)
        self.parties.read(norm, doc, ents, rep)
        read_causes(text, norm, rep, sections)
        read_responsibilities(text, norm, rep, sections)
        read_lessons(text, rep, sections)
        narrative = next((s for s in sections if s.kind == "narrative" and s.end > s.start), None)
        if narrative is not None:
            seg = _strip(text, narrative.start, narrative.end)
            if seg:
                rep.summary = Mention(text[seg[0] : seg[1]][:2000], Span(seg[0], min(seg[1], seg[0] + 2000)))
        if rep.deaths is not None or rep.serious_injuries is not None or rep.direct_loss_cny is not None:
            rep.severity = severity_grade(rep.deaths or 0, rep.serious_injuries or 0, rep.direct_loss_cny or 0.0)
        return rep

    def _date(self, norm: str, rep: ExtractedReport) -> None:
        # other stories' teasers under a "more news" heading tell their own days ("更多中国新闻…6月7日，这样的事情就
        # 发生在…"): read as blanks, of the same length so that positions hold
        for a, b in teaser_boxes(norm):
            norm = norm[:a] + "＊" * (b - a) + norm[b:]
        found = read_date(norm)
        if found is not None:
            rep.date, rep.time, rep.spans["date"] = found.date, found.time, Span(found.start, found.end)

    def _place(self, norm: str, ents: list[SpacySpan], rep: ExtractedReport) -> None:
        first_par_end = norm.find("\n", 20)
        limit = first_par_end if first_par_end > 0 else len(norm)
        # where someone comes from or a unit is registered is not where the accident happened: "湖南省岳阳县人",
        # "户籍所在地为…", "注册地址：…"
        provs = [e for e in ents if e.label_ == "PROV" and not _not_the_scene(norm, e.start_char, e.end_char)]
        chosen = next((e for e in provs if e.start_char < limit), provs[0] if provs else None)
        if chosen is None:
            return
        rep.province = chosen.ent_id_
        rep.spans["province"] = Span(chosen.start_char, chosen.end_char)
        m = re.match(
            r"(?:省)?([\u4e00-\u9fff]{2,5}?(?:市|州|地区|盟))?([\u4e00-\u9fff]{1,5}?(?:县|区|旗))?",
            norm[chosen.end_char :],
        )
        if m and m.group(1):
            rep.city = m.group(1)
            rep.spans["city"] = Span(chosen.end_char + m.start(1), chosen.end_char + m.end(1))
        if m and m.group(2):
            rep.county = m.group(2)
            rep.spans["county"] = Span(chosen.end_char + m.start(2), chosen.end_char + m.end(2))

    def _loss(self, norm: str, rep: ExtractedReport) -> None:
        # (skipped when it cannot match: the scan, even with its first characters ahead, walks the whole text)
        found = [(m.group(1) is not None, m) for m in LOSS_RE.finditer(norm)] if "损失" in norm else []
        # not the indirect loss: "停运期间的间接经济损失达40000余元"
        found = [(d, m) for d, m in found if not norm.endswith("间接", 0, m.start())]
        # nor losses compensated or claimed, as courts and insurers tell them (the direct loss is named so): "发包公司
        # 共赔偿3位死者的家属经济损失共计260万元", "索赔各种损失共计55万余元"
        found = [(d, m) for d, m in found if d or not _compensated(norm, m.start(), m.end())]
        # nor a bound, which gives no figure: "预计公司的经济损失在200万元以内"
        found = [(d, m) for d, m in found if not LOSS_BOUND_AFTER.match(norm, m.end())]
        # (nor a ceiling told before the figure: "预计直接经济损失不超20万元")
        found = [(d, m) for d, m in found if not LOSS_BOUND_BEFORE.search(m.group(0))]
        # nor a loss someone heard of, no direct loss reported: "听说老板刚进了上千条布，损失估计达200万"
        found = [(d, m) for d, m in found if d or not HEARSAY.search(norm, _sentence_at(norm, m.start())[0], m.start())]
        # nor the loss of another, earlier accident: "蓬莱19-3油田过去也曾发生多次事故，其中在2011年6月17日发生井涌
        # 事故，…损失达16.83亿元", "…笏山金矿也曾发生迟报瞒报事故情况。2021年1月10日下午，该矿发生爆炸事故…，直接
        # 经济损失6847.33万元"
        found = [(d, m) for d, m in found if not other_accidents(norm, *_sentence_at(norm, m.start()))]
        figure_first = next(
            (
                m
                for m in (LOSS_FIGURE_FIRST.finditer(norm) if not found and "损失" in norm else ())
                if not other_accidents(norm, *_sentence_at(norm, m.start()))
            ),
            None,
        )
        if figure_first is not None:
            with contextlib.suppress(ValueError):
                rep.direct_loss_cny = parse_amount_cny(figure_first.group(1), figure_first.group(2))
                rep.spans["direct_loss_cny"] = Span(figure_first.start(), figure_first.end())
                return
        if not found:
            none = NO_LOSS.search(norm)  # "未直接造成人员伤亡和经济损失"
            if none:
                rep.direct_loss_cny, rep.spans["direct_loss_cny"] = 0.0, Span(none.start(), none.end())
                return
            burnt = BURNT_VALUE.search(norm) if "价值" in norm else None
            if burnt is not None:
                number, unit = (burnt.group(1), burnt.group(2)) if burnt.group(1) else (burnt.group(3), burnt.group(4))
                try:
                    rep.direct_loss_cny = parse_amount_cny(number, unit)
                except ValueError:
                    return
                rep.spans["direct_loss_cny"] = Span(burnt.start(), burnt.end())
            return
        direct = [m for d, m in found if d]
        m = direct[0] if direct else found[0][1]
        try:
            rep.direct_loss_cny = parse_amount_cny(m.group(2), m.group(3))
        except ValueError:
            return
        if rep.direct_loss_cny == 0:
            # a figure of nought is an empty field, as an accident database prints one ("经济损失: 0万" beside
            # "疏散人数: 0人"), not a loss (one told as none is `NO_LOSS`'s)
            rep.direct_loss_cny = None
            return
        rep.spans["direct_loss_cny"] = Span(m.start(), m.end())
        rounded = ROUNDED.search(m.group(0)) is not None
        if rounded or rep.direct_loss_cny % 10000 == 0:
            # a rounded figure first (a headline's "3503余万元") and the exact one further on ("3503.76万元"); or a
            # round one and the assessed figure it rounds ("损失达80万元…据评估，车间经济损失达人民币807021元")
            first = rep.direct_loss_cny
            for later in direct[1:] if direct else [f for _d, f in found[1:]]:
                try:
                    exact = parse_amount_cny(later.group(2), later.group(3))
                except ValueError:
                    continue
                if rounded and exact < first:
                    continue  # ("3503余万元" is more than 3503万)
                if not ROUNDED.search(later.group(0)) and abs(exact - first) < 0.01 * exact:
                    rep.direct_loss_cny, rep.spans["direct_loss_cny"] = exact, Span(later.start(), later.end())
                    break


NOT_SCENE_BEFORE = re.compile(r"(?:户籍|籍贯|出生|住址|家住|户口|注册地|住所|地址|来自)[^，,。；;]{0,6}$")
NOT_SCENE_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{0,8}?(?:市|州|县|区|旗|镇|乡|村))?人(?=[，,）)。；;、]|$)")


def _not_the_scene(norm: str, a: int, b: int) -> bool:
    """A place named as someone's origin or home, or a unit's registered address."""
    return bool(NOT_SCENE_BEFORE.search(norm, max(0, a - 12), a) or NOT_SCENE_AFTER.match(norm, b))


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    return Extractor()


def text_sha256(text: str) -> str:
    """The sha256 of `text` as UTF-8; a text read with errors="surrogateescape" hashes to its file's own bytes, and any
    other lone surrogate is hashed as it stands rather than failing."""
    try:
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        data = text.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


def extract_report(text: str, title: str = "", gazetteer: Gazetteer | None = None) -> ExtractedReport:
    """Extract one report. With no gazetteer the default one (ontology, built-ins, demo/shared files if any)."""
    ex = default_extractor() if gazetteer is None else Extractor(gazetteer)
    return ex.extract(text, title)


__all__ = [
    "ACCIDENT_KEYWORDS",
    "Cause",
    "ChemicalMention",
    "EquipmentMention",
    "ExtractedReport",
    "Extractor",
    "Lesson",
    "Mention",
    "Party",
    "Responsibility",
    "Span",
    "extract_report",
]
