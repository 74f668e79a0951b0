"""The gazetteer ruler finds exactly the entities spaCy's stock EntityRuler finds (it only does so faster)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from ingest.extract.numerals import normalise_digits
from ingest.extract.patterns import load_gazetteer
from ingest.extract.pipeline import _terms, build_nlp, ruler_patterns
from tests.corpora import HAZMAT, corpus_texts


def _stock(nlp: Language) -> Language:
    """The same pipeline with spaCy's own EntityRuler and the same patterns."""
    g = load_gazetteer()
    stock = build_nlp(g)
    stock.remove_pipe("anzhi_gazetteer_ruler")
    ruler: Any = stock.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    with stock.select_pipes(enable=[]):
        ruler.add_patterns(ruler_patterns(_terms(g)))
    return stock


def _ents(nlp: Language, text: str) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.label_, e.ent_id_) for e in nlp(normalise_digits(text)).ents]


SAMPLES = [
    "2019年3月21日，江苏响水天嘉宜化工有限公司发生特别重大爆炸事故，硝化废料、苯、甲苯、液化石油气储罐。",
    "一辆装载液氨的槽罐车与货车相撞，液氨泄漏，驾驶员和押运员受伤；项目经理王某、施工单位、监理单位到场。",
    "氯气氯化氢盐酸硫化氢一氧化碳，液化气罐液化气钢瓶，氧气罐。",  # overlapping and nested names
    "",
]


def test_same_entities_as_stock_ruler_on_samples() -> None:
    ours = build_nlp(load_gazetteer())
    stock = _stock(ours)
    for text in SAMPLES:
        assert _ents(ours, text) == _ents(stock, text), text
    assert _ents(ours, SAMPLES[0])  # the samples do have entities: the comparison is not empty-handed


@pytest.mark.skipif(not HAZMAT.exists(), reason="needs ../shared/data")
def test_same_entities_as_stock_ruler_on_both_corpora() -> None:
    ours = build_nlp(load_gazetteer())
    stock = _stock(ours)
    texts = corpus_texts()
    assert len(texts) > 100
    n = 0
    for text in texts:
        got = _ents(ours, text)
        assert got == _ents(stock, text), text[:60]
        n += len(got)
    assert n > 5_000  # 6,569 entities in all on 2026-11-28: the texts were read
