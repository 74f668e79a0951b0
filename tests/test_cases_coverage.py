"""Coverage gaps on the demo park: exactly the planted gaps and what is truly uncovered."""

from __future__ import annotations

from pathlib import Path

import ontology
from cases.coverage import RulePlanKind, coverage_gaps, rule_plan_kinds, vacant_plans
from kb import GraphStore, Ref, Settings, open_store
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
    rep = coverage_gaps(demo, onto, [])
    assert rep.unknown_plan_kinds == [] and not rep.empty
    assert rep.as_dict()["major_hazard_sources"][0]["subject"] == "MajorHazardSource:MHS-ST-O2"


def test_by_default_the_shipped_packs_plan_kinds_are_checked(demo: GraphStore, onto: ontology.Ontology) -> None:  # noqa: F811
    named = rule_plan_kinds()
    kinds = {k.kind for k in named}
    assert {"现场处置方案", "专项应急预案"} <= kinds <= onto.taxonomy("plan_kinds").codes
    gd03 = [k for k in named if (k.pack, k.rule) == ("gas-detection", "GD-03")]
    assert gd03 and gd03[0].kind == "现场处置方案" and gd03[0].line
    # the demo holds a plan of every kind the shipped packs name: no gap by default
    assert coverage_gaps(demo, onto).unknown_plan_kinds == []
    store_kinds = {r["k"] for r in demo.read("MATCH (p:`EmergencyPlan`) RETURN DISTINCT p.kind AS k")}
    assert store_kinds >= kinds


def test_a_pack_naming_a_bad_or_planless_kind_is_reported_with_pack_and_rule(
    demo: GraphStore, onto: ontology.Ontology, tmp_path: Path  # noqa: F811
) -> None:
    pack = tmp_path / "linkage.yaml"
    pack.write_text(
        "id: linkage\nversion: \"1.0.0\"\nrules:\n"
        "  - id: LK-01\n    actions:\n      - {text: 启动联动预案, plan_kind: 联动预案}\n"
        "  - id: LK-02\n    actions:\n      - {text: 通知}\n      - {text: 启动联动预案, plan_kind: 联动预案}\n",
        encoding="utf-8")
    named = rule_plan_kinds([pack])  # the YAML is read, so a pack the loader would refuse is still checked
    assert [(k.pack, k.rule, k.kind, k.line) for k in named] == [("linkage", "LK-01", "联动预案", 6),
                                                                  ("linkage", "LK-02", "联动预案", 10)]
    rep = coverage_gaps(demo, onto, named)
    [gap] = rep.unknown_plan_kinds
    assert gap.name == "联动预案" and "GB/T 29639" in gap.detail
    assert gap.rules == ("linkage/LK-01 (line 6)", "linkage/LK-02 (line 10)") and "linkage/LK-01" in gap.detail
    assert rep.as_dict()["unknown_plan_kinds"][0]["rules"] == list(gap.rules)
    # a GB/T 29639 kind of which the store holds no plan at all: every shipped kind, in an empty store
    empty = open_store(Settings(backend="ladybug", data_dir=tmp_path / "graph"))
    try:
        empty.apply_schema(onto)
        gaps = coverage_gaps(empty, onto).unknown_plan_kinds
        assert {g.name for g in gaps} == {k.kind for k in rule_plan_kinds()}
        assert all(g.detail.startswith("库中没有该类别的预案；规则 ") and g.rules for g in gaps)
        assert [(g.detail, g.rules) for g in coverage_gaps(empty, onto, [RulePlanKind("综合应急预案", "p", "R-9")])
                .unknown_plan_kinds] == [("库中没有该类别的预案；规则 p/R-9", ("p/R-9",))]
    finally:
        empty.close()
