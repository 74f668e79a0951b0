"""Plan matching on the demo park: the intended plan first, explained; roles resolved to people or vacant."""

from __future__ import annotations

import itertools

import pytest

import ontology
from bench.evaluate_cases import TARGET_RANK1, evaluate_plans, load_scenarios, rank1_rate
from cases.plan_matching import (
    Scenario,
    match_plans,
    plan_actions,
    scenario_from_case,
    scenario_from_form,
)
from kb import GraphStore, Ref
from tests.test_cases_responsibility import demo  # noqa: F401  (the shared module fixture)


def test_onsite_before_special_before_overall(demo: GraphStore, onto: ontology.Ontology) -> None:  # noqa: F811
    sc = scenario_from_form(onto, equipment="CA-V-101", chemical="7782-50-5", accident_type="中毒和窒息",
                            severity="一般")
    assert sc.response_level == "IV"
    ranked = match_plans(demo, onto, sc)
    assert [m.plan.uid for m in ranked[:3]] == ["PLAN-CA-XC-CL2", "PLAN-CA-ZX-CL2", "PLAN-CA-ZH"]
    assert [m.tier for m in ranked[:3]] == [3, 2, 1]
    assert all(a.score > b.score for a, b in itertools.pairwise(ranked) if a.tier > b.tier)
    top = ranked[0]
    f = {x.feature: x for x in top.factors}
    assert f["equipment"].local == 1.0 and "CA-V-101" in f["equipment"].detail
    assert f["hazard"].local == 0.5  # covers the leak, not the overfill hazard of the tank
    assert f["response_level"].local == 1.0 and f["accident_type"].local == 1.0
    assert abs(sum(x.weight for x in top.factors) - 1.0) < 1e-3
    assert abs(top.coverage - sum(x.contribution for x in top.factors)) < 1e-3
    # other enterprises' plans never outrank this one's
    assert all(m.tier == 0 for m in ranked if not m.plan.uid.startswith("PLAN-CA-"))


def test_labelled_scenarios_rank_intended_plan_first(demo: GraphStore, onto: ontology.Ontology) -> None:  # noqa: F811
    items = load_scenarios()
    assert len(items) >= 20
    results = evaluate_plans(demo, onto, items)
    assert rank1_rate(results) >= TARGET_RANK1, [(r.id, r.rank, r.top) for r in results if r.rank != 1]
    assert all(r.rank is not None and r.rank <= 3 for r in results)


def test_scenario_from_case_and_unknown_input(demo: GraphStore, onto: ontology.Ontology) -> None:  # noqa: F811
    sc = scenario_from_case(demo, onto, "CASE-2019-0719-YM")
    assert sc.accident_type == "其他爆炸" and sc.chemicals == ("7782-44-7",) and sc.response_level == "II"
    assert sc.enterprise == Ref("Enterprise", "H-ENT-YM-QHC")
    # a historical enterprise has no plan in the park: nothing of tier > 0
    assert all(m.tier == 0 for m in match_plans(demo, onto, sc))
    with pytest.raises(ValueError, match="GB 6441"):
        scenario_from_form(onto, accident_type="爆炸")
    with pytest.raises(ValueError, match="no Case"):
        scenario_from_case(demo, onto, "NOPE")
    assert match_plans(demo, onto, Scenario()) == []


def test_plan_actions_resolve_roles_to_people_or_vacant(demo: GraphStore, onto: ontology.Ontology) -> None:  # noqa: F811
    secs = plan_actions(demo, onto, Ref("EmergencyPlan", "PLAN-FC-ZX-NIT"))
    assert [s.seq for s in secs] == [1, 2, 3, 4, 5]
    assert secs[3].element == "处置措施" and len(secs[3].actions) == 6
    roles = {(r.position.uid, r.duty): r for s in secs for a in s.actions for r in a.roles}
    assert roles[("POS-FC-EMDUTY", "先期处置指挥")].vacant
    assert [h[1] for h in roles[("POS-FC-NIT-OP", "强化冷却")].holders] == ["邹平", "熊伟"]
    assert [h[0].uid for h in roles[("POS-FC-GM", "事故信息上报")].holders] == ["P-FC-001"]
    a4 = secs[3].actions[3]
    assert a4.seq == 4 and [r[0].uid for r in a4.resources] == ["RES-FC-QUENCH"]
    section_roles = {r.position.uid: r.vacant for r in secs[1].roles}
    assert section_roles == {"POS-FC-UNIT-HEAD": False, "POS-FC-EMDUTY": True}
