"""Similar cases over the demo's 24 historical cases: taxonomy-aware, explained feature by feature."""

from __future__ import annotations

import pytest

import ontology
from bench.evaluate_cases import evaluate_similarity
from cases.similarity import CaseBase, CaseRep, accident_type_similarity, hazard_families, similar_cases, tokens
from kb import GraphStore
from tests.test_cases_responsibility import demo  # noqa: F401  (the shared module fixture)


def test_local_similarities_are_taxonomy_aware() -> None:
    assert accident_type_similarity("容器爆炸", "容器爆炸") == 1.0
    assert accident_type_similarity("容器爆炸", "锅炉爆炸") == accident_type_similarity("锅炉爆炸", "容器爆炸") > 0.5
    assert 0 < accident_type_similarity("火灾", "其他爆炸") < 1
    assert accident_type_similarity("触电", "淹溺") == 0.0
    assert hazard_families(["易燃气体,类别1", "加压气体"]) == {"易燃"}
    assert hazard_families(["皮肤腐蚀/刺激,类别1A"]) == {"腐蚀"}
    assert hazard_families(["皮肤腐蚀/刺激,类别2"]) == frozenset()
    assert tokens("液氯泄漏 Tank leak") == ["液氯", "氯泄", "泄漏", "tank", "leak"]


def test_lpg_tanker_finds_the_other_lpg_tanker(demo: GraphStore, onto: ontology.Ontology) -> None:  # noqa: F811
    base = CaseBase.build(demo, onto)
    assert len(base) >= 24
    top = similar_cases(demo, onto, "CASE-2020-0613-WL", k=3, base=base)
    assert top[0].uid == "CASE-2017-0605-LY"
    assert "CASE-2020-0613-WL" not in [t.uid for t in top]
    feats = {f.feature: f for f in top[0].explanation}
    assert feats["chemicals"].local == 1.0 and "68476-85-7" in feats["chemicals"].case
    assert feats["equipment"].local == 1.0 and feats["accident_type"].local == 1.0
    assert abs(top[0].score - sum(f.contribution for f in top[0].explanation)) < 1e-3
    assert abs(sum(f.weight for f in top[0].explanation) - 1.0) < 1e-3
    assert [t.score for t in top] == sorted((t.score for t in top), reverse=True)


def test_co_poisoning_prefers_co_cases(demo: GraphStore, onto: ontology.Ontology) -> None:  # noqa: F811
    top = similar_cases(demo, onto, "CASE-2022-0215-JN", k=5, base=CaseBase.build(demo, onto))
    assert {t.uid for t in top[:3]} >= {"CASE-2021-0114-ZMD"}


def test_new_case_not_in_base_and_unknown(demo: GraphStore, onto: ontology.Ontology) -> None:  # noqa: F811
    base = CaseBase([])
    assert base.query(CaseRep("X", "x", "火灾"), 3) == []
    with pytest.raises(ValueError, match="no Case"):
        similar_cases(demo, onto, "NOPE", base=base)


def test_demo_figures(demo: GraphStore, onto: ontology.Ontology) -> None:  # noqa: F811
    fig = evaluate_similarity(CaseBase.build(demo, onto))
    assert fig.cases >= 24
    assert fig.type_hit3 >= 0.7 and fig.family_hit3 >= 0.8
