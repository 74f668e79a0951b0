"""Coverage gaps on the demo park: exactly the planted gaps and what is truly uncovered."""

from __future__ import annotations

import ontology
from cases.coverage import coverage_gaps, vacant_plans
from kb import GraphStore, Ref
from tests.test_cases_responsibility import demo  # noqa: F401  (the shared module fixture)


def test_gaps_are_exactly_the_uncovered_ones(demo: GraphStore, onto: ontology.Ontology) -> None:  # noqa: F811
    rep = coverage_gaps(demo, onto, ["现场处置方案", "专项应急预案", "联动预案"])
    assert [g.subject.uid for g in rep.major_hazard_sources] == ["MHS-ST-O2"]
    # high-risk equipment with no on-site or special plan for itself, its MHS or its hazards (read from the data):
    # the chlorine turbo-compressor (no hazard linked), the chlorinated-paraffin reactors (their runaway hazard
    # is only in the overall plan) and the oxygen station
    assert [g.subject.uid for g in rep.high_risk_equipment] == ["CA-C-201", "CA-R-401", "CA-R-402", "ST-C-501",
                                                               "ST-V-501"]
    assert [g.subject.uid for g in rep.stored_chemicals] == ["1310-73-2", "62-53-3", "7647-01-0", "7681-52-9",
                                                            "7782-44-7", "98-95-3"]
    assert vacant_plans(rep) == {Ref("EmergencyPlan", "PLAN-FC-ZX-NIT"): {Ref("Position", "POS-FC-EMDUTY")}}
    assert {v.where.uid for v in rep.vacant_roles} == {"PLAN-FC-ZX-NIT-S2", "PLAN-FC-ZX-NIT-S3",
                                                       "PLAN-FC-ZX-NIT-S4-A1", "PLAN-FC-ZX-NIT-S4-A5"}
    assert [(g.name, "GB/T 29639" in g.detail) for g in rep.unknown_plan_kinds] == [("联动预案", True)]


def test_without_rule_kinds_no_kind_gap(demo: GraphStore, onto: ontology.Ontology) -> None:  # noqa: F811
    rep = coverage_gaps(demo, onto)
    assert rep.unknown_plan_kinds == [] and not rep.empty
    assert rep.as_dict()["major_hazard_sources"][0]["subject"] == "MajorHazardSource:MHS-ST-O2"
