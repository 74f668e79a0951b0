"""The demo knowledge base: big enough, graded in code, idempotent, and all-or-nothing on bad input."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

import ontology
from kb import GraphStore, Ref, count_by_type, count_relations, get_node, paths
from kb.demo import DEMO_DIR, demo_files, load_demo, read_files


@pytest.fixture(scope="module")
def dataset() -> Any:
    return read_files(ontology.load(), demo_files())


def test_demo_has_the_promised_size(dataset: Any) -> None:
    n = {t: len(v) for t, v in dataset.nodes.items()}
    park_enterprises = [e for e in dataset.nodes["Enterprise"] if e.startswith("ENT-")]
    assert len(park_enterprises) >= 3
    assert n["Equipment"] >= 40
    assert n["Sensor"] >= 40
    assert n["Chemical"] >= 30
    assert n["Case"] >= 20
    plans = dataset.nodes["EmergencyPlan"].values()
    assert len(plans) >= 12
    assert {p["kind"] for p in plans} == {"综合应急预案", "专项应急预案", "现场处置方案"}
    assert n["Regulator"] >= 2
    assert n["MajorHazardSource"] >= 3


def test_every_enterprise_has_a_principal_person_and_a_safety_manager(dataset: Any) -> None:
    levels = Counter(p.get("level") for p in dataset.nodes["Position"].values())
    assert levels["主要负责人"] >= 3 and levels["安全管理"] >= 3


def test_chemical_properties_come_from_shared_data(dataset: Any) -> None:
    chems = dataset.nodes["Chemical"]
    with_props = [c for c in chems.values() if c.get("lel_vol_pct") or c.get("flash_point_c") is not None]
    assert len(with_props) >= 20
    assert all(c.get("property_source") for c in with_props)
    assert chems["7782-50-5"]["critical_quantity_t"] == 5  # GB 18218 table 1, filled in by the loader


def test_major_hazard_sources_are_graded_in_code_with_three_guarantors(dataset: Any) -> None:
    custody = dataset.links[("RESPONSIBLE_FOR", "Person", "MajorHazardSource")]
    levels = set()
    for uid, mhs in dataset.nodes["MajorHazardSource"].items():
        assert mhs["sum_q_ratio"] >= 1
        assert mhs["level"] in {"一级", "二级", "三级", "四级"}
        levels.add(mhs["level"])
        roles = sorted(p["role"] for (s, d), p in custody.items() if d == uid)
        assert roles == sorted(["主要负责人", "技术负责人", "操作负责人"]), uid
    assert len(levels) >= 2


def test_case_severity_is_computed_from_decree_493(dataset: Any) -> None:
    for case in dataset.nodes["Case"].values():
        expected = ontology.severity_grade(
            case.get("deaths", 0), case.get("serious_injuries", 0), case.get("direct_loss_cny", 0.0)
        )
        assert case["severity"] == expected
    assert {c["severity"] for c in dataset.nodes["Case"].values()} >= {"特别重大", "重大", "较大"}


def test_cases_have_causes_consequences_and_responsibilities(dataset: Any) -> None:
    caused = {s for (s, _d) in dataset.links[("CAUSED_BY", "Case", "Cause")]}
    resulted = {s for (s, _d) in dataset.links[("RESULTED_IN", "Case", "Consequence")]}
    responsible = {s for (s, _d) in dataset.links[("HAS_RESPONSIBILITY", "Case", "Responsibility")]}
    assert set(dataset.nodes["Case"]) <= caused  # every case has its causes
    complete = set(dataset.nodes["Case"]) & caused & resulted & responsible
    assert len(complete) >= 20
    kinds = {r["kind"] for r in dataset.nodes["Responsibility"].values()}
    assert {"直接责任", "主要责任", "监管责任"} <= kinds


def test_plans_have_the_required_elements_of_their_kind(dataset: Any) -> None:
    onto = ontology.load()
    sections = dataset.links[("HAS_SECTION", "EmergencyPlan", "PlanSection")]
    for uid, plan in dataset.nodes["EmergencyPlan"].items():
        elements = {dataset.nodes["PlanSection"][d]["element"] for (s, d) in sections if s == uid}
        required = set(onto.taxonomy("plan_kinds").get(plan["kind"]).data["required_elements"])
        assert required <= elements, (uid, required - elements)


@pytest.fixture
def loaded(store: GraphStore, onto: ontology.Ontology) -> GraphStore:
    load_demo(store, onto)
    return store


def snapshot(store: GraphStore, onto: ontology.Ontology) -> tuple[list[Any], list[Any]]:
    nodes = sorted(
        (t, sorted((k, repr(v)) for k, v in r["n"].items() if k != "_id"))
        for t in onto.nodes
        for r in store.read(f"MATCH (n:`{t}`) RETURN n")
    )
    rels = sorted(
        (r["t"], r["a"], r["b"], repr(sorted(r["props"].items())))
        for rel in onto.relations
        for r in [
            {"t": rel, "a": x["a"], "b": x["b"], "props": {k: v for k, v in x["r"].items() if not k.startswith("_")}}
            for x in store.read(f"MATCH (a)-[r:`{rel}`]->(b) RETURN a.uid AS a, b.uid AS b, r")
        ]
    )
    return nodes, rels


def test_loading_twice_changes_nothing(loaded: GraphStore, onto: ontology.Ontology) -> None:
    before = snapshot(loaded, onto)
    again = load_demo(loaded, onto)
    assert again.created == 0
    assert snapshot(loaded, onto) == before


def test_loaded_demo_answers_a_responsibility_path(loaded: GraphStore, onto: ontology.Ontology) -> None:
    counts = count_by_type(loaded, onto)
    assert counts["Equipment"] >= 40 and counts["Case"] >= 20
    assert sum(count_relations(loaded, onto).values()) > 500
    chlorine = get_node(loaded, onto, Ref("Chemical", "7782-50-5"))
    assert chlorine is not None and chlorine["src_doc"].startswith("anzhi:demo/")
    # Some equipment reaches its county regulator through custodian, position, department and enterprise.
    custodian = loaded.read(
        "MATCH (p:Person)-[:RESPONSIBLE_FOR]->(e:Equipment)-[:LOCATED_AT]->(:Site) RETURN e.uid AS e LIMIT 1"
    )[0]["e"]
    regulator = loaded.read(
        "MATCH (e:Equipment {uid: $e})<-[:RESPONSIBLE_FOR]-(:Person)-[:HOLDS_POSITION]->(:Position)"
        "-[:BELONGS_TO*1..3]->(:Enterprise)<-[:SUPERVISES]-(r:Regulator) RETURN r.uid AS r LIMIT 1",
        {"e": custodian},
    )
    assert regulator, "no custodian-to-regulator chain in the demo"
    found = paths(loaded, onto, Ref("Equipment", custodian), Ref("Regulator", regulator[0]["r"]), max_depth=6,
                  rel_types=["RESPONSIBLE_FOR", "HOLDS_POSITION", "BELONGS_TO", "SUPERVISES"])
    assert found and found[0].edges[0].type == "RESPONSIBLE_FOR"


def test_bad_demo_file_names_file_record_field_and_writes_nothing(
    store: GraphStore, onto: ontology.Ontology, tmp_path: Path
) -> None:
    good = tmp_path / "a.yaml"
    good.write_text(yaml.safe_dump({"nodes": {"Regulator": [{"code": "R1", "name": "县应急局"}]}}, allow_unicode=True))
    bad = tmp_path / "b.yaml"
    bad.write_text(
        yaml.safe_dump(
            {"nodes": {"Equipment": [{"code": "T-1", "name": "罐", "kind": "储罐", "capacity_m3": "大"}]}},
            allow_unicode=True,
        )
    )
    with pytest.raises(ontology.RecordError) as err:
        load_demo(store, onto, [good, bad])
    assert str(bad) in err.value.source and "T-1" in err.value.record and err.value.field == "capacity_m3"
    assert sum(count_by_type(store, onto).values()) == 0


def test_grades_cannot_be_written_by_hand(tmp_path: Path, onto: ontology.Ontology) -> None:
    f = tmp_path / "c.yaml"
    case = {"code": "C1", "name": "x", "occurred_on": "2020-01-01", "accident_type": "火灾", "severity": "一般"}
    f.write_text(yaml.safe_dump({"nodes": {"Case": [case]}}, allow_unicode=True))
    with pytest.raises(ontology.RecordError, match="computed"):
        read_files(onto, [f])


def test_demo_dir_is_the_default() -> None:
    assert demo_files() and all(p.parent == DEMO_DIR for p in demo_files())
