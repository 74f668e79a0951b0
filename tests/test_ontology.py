"""The ontology files: complete, consistent, and validating records with clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import ontology
from ontology.schema import HERE, OntologyError, load_from

REQUIRED_TYPES = """Enterprise Site Department Position Person Regulator Industry Equipment Sensor Hazard
MajorHazardSource Chemical Process Case Cause Consequence Lesson EmergencyPlan PlanSection Action Resource
Regulation Clause Finding Recommendation Responsibility Document""".split()


def test_all_required_node_types_exist(onto: ontology.Ontology) -> None:
    assert set(REQUIRED_TYPES) <= set(onto.nodes)
    for nt in onto.nodes.values():
        assert nt.key and nt.zh and nt.en


@pytest.mark.parametrize(
    ("taxonomy", "size"),
    [
        ("accident_types", 20),  # GB 6441-1986
        ("hazardous_processes", 18),
        ("key_industries", 9),
        ("special_operations", 8),
        ("plan_kinds", 3),
        ("severity_grades", 4),
        ("risk_levels", 4),
        ("warning_levels", 4),
        ("response_levels", 4),
        ("hidden_hazard_grades", 2),
        ("major_hazard_levels", 4),
    ],
)
def test_taxonomies_are_complete_and_sourced(onto: ontology.Ontology, taxonomy: str, size: int) -> None:
    t = onto.taxonomy(taxonomy)
    assert len(t.entries) == size
    assert len(t.codes) == size
    assert t.source


def test_top_level_factor_classes_follow_gb_t_13861(onto: ontology.Ontology) -> None:
    top = {e.code for e in onto.taxonomy("hazard_factor_classes").entries if "parent" not in e.data}
    assert top == {"人的因素", "物的因素", "环境因素", "管理因素"}


def test_plan_kinds_list_required_elements_that_exist(onto: ontology.Ontology) -> None:
    elements = onto.taxonomy("plan_elements").codes
    overall = onto.taxonomy("plan_kinds").get("综合应急预案")
    assert overall.data["required_elements"] == ["总则", "应急组织机构及职责", "应急响应", "后期处置", "应急保障"]
    for kind in onto.taxonomy("plan_kinds").entries:
        assert set(kind.data["required_elements"]) <= elements


def test_relationships_cover_the_issue(onto: ontology.Ontology) -> None:
    for rel in """BELONGS_TO REPORTS_TO HOLDS_POSITION SUPERVISES RESPONSIBLE_FOR LOCATED_AT STORES HAS_HAZARD
    OCCURRED_AT INVOLVED CAUSED_BY LEADS_TO ATTRIBUTED_TO RESULTED_IN COVERS APPLIES_TO HAS_SECTION PRESCRIBES
    ASSIGNS_ROLE SOURCED_FROM""".split():
        assert rel in onto.relations
    assert onto.relation("SUPERVISES").properties["basis"].enum == "supervision_basis"
    assert onto.relation("STORES").properties["quantity_t"].required
    guarantors = [e.code for e in onto.taxonomy("custody_roles").entries if e.data.get("guarantor")]
    assert guarantors == ["主要负责人", "技术负责人", "操作负责人"]
    assert onto.relation("SOURCED_FROM").allows("Case", "Document")


def test_every_node_and_relation_has_provenance(onto: ontology.Ontology) -> None:
    for t in onto.nodes:
        assert {"src_doc", "src_loc", "created_by", "created_at"} <= set(onto.node_properties(t))
    for r in onto.relations:
        assert {"src_doc", "src_loc", "created_by"} <= set(onto.relation_properties(r))


def test_validate_node_cleans_and_keys(onto: ontology.Ontology) -> None:
    row = ontology.validate_node(
        onto, "Clause", {"regulation": "AQSCF-2021", "number": "第三条", "name": "三个必须", "chapter": 1}
    )
    assert row["uid"] == "AQSCF-2021|第三条"
    assert row["chapter"] == "1"
    case = ontology.validate_node(
        onto, "Case", {"code": "C", "name": "n", "occurred_on": "2019-03-21", "accident_type": "火灾", "deaths": "3"}
    )
    assert case["deaths"] == 3


@pytest.mark.parametrize(
    ("record", "field", "message"),
    [
        ({"code": "C", "name": "n", "occurred_on": "2019-02-30", "accident_type": "火灾"}, "occurred_on", "date"),
        ({"code": "C", "name": "n", "occurred_on": "2019-02-03", "accident_type": "雷击"}, "accident_type", "taxonomy"),
        ({"code": "C", "name": "n", "occurred_on": "2019-02-03"}, "accident_type", "required"),
        ({"name": "n", "occurred_on": "2019-02-03", "accident_type": "火灾"}, "code", "natural key"),
        (
            {"code": "C", "name": "n", "occurred_on": "2019-02-03", "accident_type": "火灾", "deaths": 1.5},
            "deaths",
            "whole",
        ),
        (
            {"code": "C", "name": "n", "occurred_on": "2019-02-03", "accident_type": "火灾", "colour": "red"},
            "colour",
            "not a property",
        ),
    ],
)
def test_validate_node_errors_name_source_record_and_field(
    onto: ontology.Ontology, record: dict, field: str, message: str
) -> None:
    with pytest.raises(ontology.RecordError) as err:
        ontology.validate_node(onto, "Case", record, source="cases.yaml", record_id="Case #7")
    assert err.value.source == "cases.yaml"
    assert err.value.record == "Case #7"
    assert err.value.field == field
    assert message in err.value.message
    assert "cases.yaml" in str(err.value) and field in str(err.value)


def test_inconsistent_ontology_is_refused(tmp_path: Path) -> None:
    for name in ("common.yaml", "taxonomies.yaml", "relations.yaml"):
        (tmp_path / name).write_text((HERE / name).read_text(encoding="utf-8"), encoding="utf-8")
    types = yaml.safe_load((HERE / "types.yaml").read_text(encoding="utf-8"))
    types["Equipment"]["properties"]["kind"]["enum"] = "no_such_taxonomy"
    (tmp_path / "types.yaml").write_text(yaml.safe_dump(types, allow_unicode=True), encoding="utf-8")
    with pytest.raises(OntologyError, match="no_such_taxonomy"):
        load_from(tmp_path)
