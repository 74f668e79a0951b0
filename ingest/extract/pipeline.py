"""The spaCy pipeline: blank("zh") with the jieba segmenter, an EntityRuler over the gazetteers, and a Matcher for
accident-type phrases ("…坍塌事故", "一般车辆伤害事故"). Nothing is downloaded: no model, only the jieba dictionary
that ships inside the jieba package.
"""

from __future__ import annotations

import logging
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import Matcher

from .patterns import ACCIDENT_KEYWORDS, Gazetteer

PUNCT = ["，", "。", "；", "、", "：", ",", ";", ":", "\n", "\r\n", "！", "？"]


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


class _FastJieba:
    """jieba's accurate mode without the HMM guesser for unknown words (about 20 % faster; gazetteer words and the
    dictionary still segment as usual, unknown names fall apart into characters, which the name rules handle)."""

    def __init__(self, jieba_module: Any) -> None:
        self._jieba = jieba_module

    def cut(self, text: str, cut_all: bool = False) -> Any:
        return self._jieba.cut(text, cut_all=cut_all, HMM=False)


def build_nlp(g: Gazetteer) -> Language:
    """A fresh pipeline for a gazetteer. jieba learns the gazetteer words so that entities are whole tokens."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    terms = _terms(g)
    for _label, surface, _id in terms:
        if len(surface) >= 2:
            jieba.add_word(surface, freq=200_000)
    tokenizer: Any = nlp.tokenizer
    tokenizer.jieba_seg = _FastJieba(jieba)
    ruler: Any = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    patterns: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for label, surface, ident in terms:
        if (label, surface) not in seen:
            seen.add((label, surface))
            patterns.append({"label": label, "pattern": surface, "id": ident})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns)
    return nlp


def accident_matcher(nlp: Language) -> Matcher:
    """An accident-type word and then 事故 within the same clause (at most four tokens between)."""
    m = Matcher(nlp.vocab)
    m.add(
        "ACC_PHRASE", [[{"ENT_TYPE": "ACC"}, {"ORTH": {"NOT_IN": PUNCT}, "OP": "{0,4}"}, {"ORTH": {"REGEX": "事故$"}}]]
    )
    return m
