"""The spaCy pipeline: blank("zh") whose tokenizer is rjieba (jieba-rs: jieba's precise mode and dictionary in native
code), an EntityRuler over the gazetteers, and a Matcher for accident-type phrases ("…坍塌事故", "一般车辆伤害事故").
Nothing is downloaded: no model; the dictionary is compiled into rjieba.

rjieba without HMM cuts exactly as `jieba.cut(text, HMM=False)` with the same added words (checked on all 234
hazmat and construction texts), about 25 times faster; it is what made extraction ≥ 100 reports/s possible.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import rjieba
import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span
from spacy.util import get_words_and_spaces
from spacy.vocab import Vocab

from .patterns import ACCIDENT_KEYWORDS, Gazetteer

PUNCT = ["，", "。", "；", "、", "：", ",", ";", ":", "\n", "\r\n", "！", "？"]
CONTAINERS = ("罐", "瓶", "桶")
SET_OFF = ("燃放烟花", "燃放鞭炮", "燃放爆竹", "燃放烟花爆竹")
WORD_FREQ = 200_000  # gazetteer words outrank any dictionary split (jieba's largest frequencies are ~10^6 for 的)


def _terms(g: Gazetteer) -> list[tuple[str, str, str]]:
    """(label, surface, id) for every gazetteer entry."""
    out: list[tuple[str, str, str]] = []
    out += [("CHEM", s, canon) for s, (canon, _cas) in g.chemicals.items()]
    out += [("EQUIP", s, k or s) for s, k in g.equipment.items()]
    out += [("ROLE", s, c) for s, c in g.person_roles.items()]
    out += [("UNIT_ROLE", s, c) for s, c in g.unit_roles.items()]
    out += [("ACC", w, code) for code, words in ACCIDENT_KEYWORDS.items() for w in words]
    out += [("PROV", s, p) for s, p in g.provinces.items() if len(s) >= 2]
    return out


class RJiebaTokenizer:
    """A spaCy tokenizer: rjieba's precise mode without HMM (unknown names fall apart into characters, which the
    name rules handle), with the gazetteer words added so that every entity is whole tokens. Its own rjieba
    instance: other users of rjieba's default instance (kb.search) are not affected by the added words."""

    def __init__(self, vocab: Vocab, words: list[str], split: Sequence[str] = ()) -> None:
        self.vocab = vocab
        self.seg = rjieba.Jieba()
        for w in words:
            self.seg.add_word(w, WORD_FREQ, None)
        for w in split:  # frequency 0: the dictionary word is never taken whole
            self.seg.add_word(w, 0, None)

    def __call__(self, text: str) -> Doc:
        words = [w for w in self.seg.cut(text, False) if w]
        if not words:
            return Doc(self.vocab)
        if "".join(words) == text:  # the usual case: the cut covers the text, whitespace included
            return Doc(self.vocab, words=words, spaces=[False] * len(words))
        words, spaces = get_words_and_spaces(words, text)
        return Doc(self.vocab, words=words, spaces=spaces)


class GazetteerRuler(EntityRuler):
    """spaCy's EntityRuler, phrase patterns only, overwriting: the same entities, found in linear time. The stock
    component tests every match's tokens for an entity already set (a Python Token per token, ~800 matches a
    report), sums its 550 pattern lists (one per label and id) on every Doc to see whether it has any, and
    filters the entity list once per match; with no entity on the Doc before it (it is the first component) none
    of that can change the result.
    """

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        if self.token_patterns:  # not used here; keep the stock behaviour if it ever is
            return list(super().match(doc))
        # as the stock match(): a set of the non-empty matches, longest first, then leftmost (ties in set order)
        found = set([(m_id, start, end) for m_id, start, end in self.phrase_matcher(doc) if start != end])
        return sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int]]) -> None:
        if doc.ents or not self.overwrite:  # not how it is used here: the stock code
            super().set_annotations(doc, matches)  # type: ignore[no-untyped-call]
            return
        new: list[Span] = []
        seen: set[int] = set()
        for match_id, start, end in matches:
            if start in seen or end - 1 in seen:  # the stock test: the match's first and last token
                continue
            if match_id in self._ent_ids:
                label, ent_id = self._ent_ids[match_id]
                new.append(Span(doc, start, end, label=label, span_id=ent_id))
            else:
                new.append(Span(doc, start, end, label=match_id))
            seen.update(range(start, end))
        doc.ents = new


@Language.factory("anzhi_gazetteer_ruler", default_config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
def _gazetteer_ruler(nlp: Language, name: str, phrase_matcher_attr: str, overwrite_ents: bool) -> GazetteerRuler:
    return GazetteerRuler(nlp, name, phrase_matcher_attr=phrase_matcher_attr, overwrite_ents=overwrite_ents)


def build_nlp(g: Gazetteer) -> Language:
    """A fresh pipeline for a gazetteer."""
    nlp = spacy.blank("zh")  # default "char" segmenter, replaced below: nothing to load
    terms = _terms(g)
    words = {s for _label, s, _id in terms if len(s) >= 2}
    # a substance and its container as one dictionary word (液化气罐, 氧气罐, 煤气罐): cut in two, so that the substance
    # is an entity of its own, as in 液化气钢瓶 or 液氨储罐
    split = sorted({s + c for s, _ in g.chemicals.items() if len(s) >= 2 for c in CONTAINERS} - words)
    # and a verb and what it sets off, one dictionary word: "在桌面上燃放烟花，引燃天花板" set the fireworks alight
    split += [w for w in SET_OFF if w not in words]
    nlp.tokenizer = RJiebaTokenizer(nlp.vocab, sorted(words), split)
    ruler: Any = nlp.add_pipe("anzhi_gazetteer_ruler")
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(ruler_patterns(terms))
    return nlp


def ruler_patterns(terms: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    """The entity ruler's phrase patterns: one per (label, surface), the first id given for it."""
    patterns: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for label, surface, ident in terms:
        if (label, surface) not in seen:
            seen.add((label, surface))
            patterns.append({"label": label, "pattern": surface, "id": ident})
    return patterns


def accident_matcher(nlp: Language) -> Matcher:
    """An accident-type word and then 事故 within the same clause (at most four tokens between)."""
    m = Matcher(nlp.vocab)
    m.add(
        "ACC_PHRASE", [[{"ENT_TYPE": "ACC"}, {"ORTH": {"NOT_IN": PUNCT}, "OP": "{0,4}"}, {"ORTH": {"REGEX": "事故$"}}]]
    )
    return m


def accident_phrases(matcher: Matcher, doc: Doc) -> list[tuple[int, int]]:
    """The token (start, end) of `accident_matcher`'s matches, in the Matcher's own order (by end, then the longer
    first). Its pattern starts at an accident-type entity, so it runs only on a window after each one: its regex
    predicate builds a Python token for every token it tests, and on the whole Doc that was ~0.5 ms a report."""
    found: set[tuple[int, int]] = set()
    for e in doc.ents:
        if e.label_ != "ACC":
            continue
        window = doc[e.start : min(len(doc), e.end + 5)]  # the entity, four tokens between, the 事故 token
        found.update((window.start + s, window.start + t) for _m, s, t in matcher(window))
    return sorted(found, key=lambda x: (x[1], -x[0]))
