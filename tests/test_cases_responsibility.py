"""Responsibility tracing on the demo park: who may answer for what, by which path and which law."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import ontology
from cases.responsibility import Decision, accountability_trace, confirm, suggest_responsibility
from kb import GraphStore, Ref, Settings, StoreError, open_store
from kb.demo import demo_files, load_demo, read_files
from tests.conftest import wipe_neo4j


@pytest.fixture(scope="module", params=["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def demo(request: pytest.FixtureRequest, onto: ontology.Ontology,
         tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    """The demo park on each backend: one LadybugDB for the session, Neo4j reloaded per module (others wipe it)."""
    if request.param == "ladybug":
        store = getattr(request.session, "anzhi_cases_ladybug", None)
        if store is None:
            store = open_store(Settings(backend="ladybug", data_dir=Path(tmp_path_factory.mktemp("cases")) / "g"))
            store.apply_schema(onto)
            load_demo(store, onto)
            request.session.anzhi_cases_ladybug = store  # type: ignore[attr-defined]
            request.session.config.add_cleanup(store.close)
        yield store
    else:
        # Neo4j is shared with the other tests, whose `store` fixture wipes it: reload unless the demo is intact
        store = request.getfixturevalue("neo4j_store")
        ds = read_files(onto, demo_files())
        plans = len(ds.nodes["EmergencyPlan"])
        nodes = sum(len(v) for v in ds.nodes.values())
        if store.read("MATCH (p:`EmergencyPlan`) RETURN count(p) AS n")[0]["n"] != plans or \
                store.read("MATCH (n) RETURN count(n) AS n")[0]["n"] < nodes:
            for attempt in (1, 2):  # a concurrent writer on the shared server may collide with the first load
                wipe_neo4j(store)
                try:
                    load_demo(store, onto)
                    break
                except StoreError:
                    if attempt == 2:
                        raise
        yield store


def by_party(items: list) -> dict[str, object]:
    return {str(s.party): s for s in items}


def test_tank_trace_walks_custodian_guarantors_leaders_and_regulators(
    demo: GraphStore, onto: ontology.Ontology
) -> None:
    sug = suggest_responsibility(demo, onto, Ref("Equipment", "CA-V-101"))
    got = by_party(sug)
    # the custodian of the tank: direct responsibility, one hop
    cust = got["Person:P-CA-019"]
    assert (cust.role, cust.kind) == ("设备/属地负责人", "直接责任")
    assert [(h.rel, str(h.src), str(h.dst), h.reverse) for h in cust.path] == [
        ("RESPONSIBLE_FOR", "Equipment:CA-V-101", "Person:P-CA-019", True)]
    assert cust.path[0].props == {"role": "设备负责人"}
    # the 包保 guarantors of MHS-CA-CL2, which INCLUDES the tank
    for uid, kind in (("P-CA-001", "领导责任"), ("P-CA-004", "领导责任"), ("P-CA-011", "主要责任")):
        g = got[f"Person:{uid}"]
        assert g.role == "重大危险源包保责任人" and g.kind == kind
        assert [h.rel for h in g.path] == ["INCLUDES", "RESPONSIBLE_FOR"]
        assert any("包保责任制" in lb for lb in g.legal_basis)
    # the workshop head is also the operational guarantor; the principal person is also the main guarantor
    assert any("部门负责人" in a for a in got["Person:P-CA-011"].also)
    assert any("主要负责人" in a for a in got["Person:P-CA-001"].also)
    assert any("第五条" in lb for lb in got["Person:P-CA-001"].legal_basis)
    # the area owner (the liquid-chlorine workshop) and the safety director
    assert got["Department:DEP-CA-CL2"].kind == "主要责任"
    safety = got["Person:P-CA-005"]
    assert safety.role == "安全管理负责人" and any("第二十五条" in lb for lb in safety.legal_basis)
    assert [h.rel for h in safety.path][-2:] == ["BELONGS_TO", "HOLDS_POSITION"]
    # regulators of ENT-CA, each with its basis (三个必须: territory and industry)
    regs = {p: s for p, s in got.items() if p.startswith("Regulator:")}
    assert set(regs) == {"Regulator:REG-PARK", "Regulator:REG-COUNTY-EM", "Regulator:REG-CITY-EM",
                         "Regulator:REG-COUNTY-SAMR"}
    assert regs["Regulator:REG-COUNTY-SAMR"].path[-1].props == {"basis": "行业"}
    assert regs["Regulator:REG-PARK"].path[-1].props == {"basis": "属地"}
    assert all(s.kind == "监管责任" and any("第十条" in lb for lb in s.legal_basis) for s in regs.values())
    assert str(regs["Regulator:REG-PARK"].path[-2].dst) == "Enterprise:ENT-CA"
    # chain order: direct first, regulators last; one suggestion per party
    ranks = [s.rank for s in sug]
    assert ranks == sorted(ranks) and len(got) == len(sug)


def test_department_head_found_through_the_custodians_position(demo: GraphStore, onto: ontology.Ontology) -> None:
    # CA-E-202 (液氯汽化器): custodian P-CA-016 holds POS-CA-SYN-LEAD in DEP-CA-SYN, which is also the area owner
    # of its site SITE-CA-CP; the head of DEP-CA-SYN is P-CA-012, reached by the shorter of the two paths
    got = by_party(suggest_responsibility(demo, onto, Ref("Equipment", "CA-E-202")))
    assert got["Person:P-CA-016"].kind == "直接责任"
    head = got["Person:P-CA-012"]
    assert head.role == "部门负责人" and head.kind == "主要责任"
    assert [h.rel for h in head.path] == ["LOCATED_AT", "RESPONSIBLE_FOR", "BELONGS_TO", "HOLDS_POSITION"]
    assert [str(h.dst) for h in head.path] == ["Site:SITE-CA-CP", "Department:DEP-CA-SYN", "Position:POS-CA-SYN-HEAD",
                                               "Person:P-CA-012"]
    assert "Person:P-CA-001" in got and got["Person:P-CA-001"].role == "主要负责人"
    assert "MajorHazardSource" not in {h.dst.type for s in got.values() for h in s.path}  # not in any MHS


def test_steel_plant_regulated_by_industry_and_oxygen_mhs_guarantors(demo: GraphStore, onto: ontology.Ontology) -> None:
    got = by_party(suggest_responsibility(demo, onto, Ref("MajorHazardSource", "MHS-ST-O2")))
    assert {p for p in got if p.startswith("Person:")} >= {"Person:P-ST-001", "Person:P-ST-003", "Person:P-ST-012",
                                                           "Person:P-ST-004"}
    assert got["Regulator:REG-CITY-MIIT"].path[-1].props == {"basis": "行业"}


def test_unknown_subject_is_refused(demo: GraphStore, onto: ontology.Ontology) -> None:
    with pytest.raises(ValueError, match="no Equipment with uid 'NOPE'"):
        suggest_responsibility(demo, onto, Ref("Equipment", "NOPE"))
    with pytest.raises(ValueError, match="not from Chemical"):
        suggest_responsibility(demo, onto, Ref("Chemical", "7782-50-5"))


def test_confirmed_set_is_the_accountability_trace(demo: GraphStore, onto: ontology.Ontology) -> None:
    case = Ref("Case", "CASE-2018-1128-ZJK")
    sug = by_party(suggest_responsibility(demo, onto, Ref("Equipment", "CA-V-101")))
    decisions = [
        Decision(sug["Regulator:REG-PARK"], confirmed=True),
        Decision(sug["Person:P-CA-019"], confirmed=True),
        Decision(sug["Person:P-CA-001"], confirmed=True, kind="主要责任", sanction="罚款"),
        Decision(sug["Person:P-CA-004"], confirmed=False),
    ]
    refs = confirm(demo, onto, case, decisions, investigator="调查组-张三")
    assert len(refs) == 3
    trace = accountability_trace(demo, onto, case)
    mine = [t for t in trace if t.created_by == "调查组-张三"]
    assert [(str(t.party), t.kind) for t in mine] == [
        ("Person:P-CA-019", "直接责任"), ("Person:P-CA-001", "主要责任"), ("Regulator:REG-PARK", "监管责任")]
    assert "RESPONSIBLE_FOR" in mine[0].description and "第十条" in mine[-1].basis
    # the case's own (demo) responsibilities stay in the trace too
    assert any(t.created_by == "anzhi-demo" for t in trace)
    with pytest.raises(ValueError, match="investigator"):
        confirm(demo, onto, case, decisions, investigator=" ")
    with pytest.raises(ValueError, match="not one of"):
        confirm(demo, onto, case, [Decision(sug["Person:P-CA-019"], True, kind="无责任")], investigator="x")
