"""Findings in: validation with field-level errors, storage with provenance, isolation, and the path from a gas
reading to a recommendation with its accountability trace (on LadybugDB, and once on Neo4j)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import ontology
from kb import GraphStore, Ref, Settings, get_node, open_store
from kb.accountability import accountability_trace
from kb.demo import load_demo
from rules import loads, shipped
from rules.pack import load
from rules.service import RuleService, parse_findings
from rules.store import get_recommendation

T0 = "2024-05-01T08:00:00+08:00"
CL2_SENSOR = "CA-P-101-AT1"  # 液氯液下泵 chlorine detector, alarm_1 0.5 ppm (100 % OEL)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    onto = ontology.load()
    store = open_store(Settings(backend="ladybug", data_dir=tmp_path_factory.mktemp("findings") / "graph"))
    store.apply_schema(onto)
    load_demo(store, onto)
    yield store
    store.close()


@pytest.fixture(scope="module")
def service(demo: GraphStore) -> RuleService:
    return RuleService(demo)


def count(store: GraphStore, label: str) -> int:
    return int(store.read(f"MATCH (n:`{label}`) RETURN count(n) AS c")[0]["c"])


def check_chlorine_path(store: GraphStore, service: RuleService, at: str) -> dict[str, object]:
    result = service.ingest([{"kind": "reading", "sensor": CL2_SENSOR, "value": 0.8, "unit": "ppm",
                              "observed_at": at}], created_by="tester")
    assert result.ok and len(result.stored) == 1 and not result.flagged
    finding = get_node(store, service.onto, Ref("Finding", result.stored[0]))
    assert finding is not None
    assert (finding["src_doc"], finding["created_by"], finding["value"]) == ("api", "tester", 0.8)
    observed = store.read("MATCH (f:Finding {uid: $u})-[:OBSERVED_ON]->(s:Sensor) RETURN s.uid AS s",
                          {"u": result.stored[0]})
    assert [r["s"] for r in observed] == [CL2_SENSOR]
    gd03 = [c for c in result.recommendations if c.startswith("R-GD-03-")]
    assert len(gd03) == 1
    rec = get_recommendation(store, gd03[0])
    assert rec is not None
    assert rec["rule"] == {"id": "GD-03", "version": "1.0.0", "pack": "gas-detection", "pack_version": "1.0.0"}
    assert rec["warning_level"] == "三级"
    assert "GB/T 50493-2019" in str(rec["basis"])
    assert rec["plan_kind"] == "现场处置方案"
    assert [a["text"] for a in rec["actions"]] == ["按探测器报警处置程序现场确认"]
    assert [p["uid"] for p in rec["plans"]] == ["PLAN-CA-XC-CL2"]
    matched = {m["kind"]: m for m in rec["explanation"]["matched"]}
    assert matched["finding"]["values"]["value"] == 0.8 and matched["finding"]["satisfies"].startswith("when[0]")
    assert matched["sensor"]["values"]["alarm_1"] == 0.5 and matched["sensor"]["satisfies"].startswith("when[1]")
    assert [f["code"] for f in rec["findings"]] == result.stored
    roles = [h["role"] for h in rec["trace"]]
    assert roles[:7] == ["设备负责人", "操作负责人", "技术负责人", "主要负责人", "岗位", "部门", "企业"]
    assert all(r.startswith("监管部门") for r in roles[7:]) and len(roles) >= 9
    assert [h["party"]["uid"] for h in rec["trace"][:4]] == ["P-CA-019", "P-CA-011", "P-CA-004", "P-CA-001"]
    assert rec["trace"][0]["edge"] == {"type": "RESPONSIBLE_FOR", "from": "Person:P-CA-019",
                                       "to": "Equipment:CA-P-101", "props": {"role": "设备负责人"}}
    assert rec["trace"][1]["via"][0]["type"] == "INCLUDES"
    assert all(h["legal_basis"] for h in rec["trace"])
    assert any("包保" in b for b in rec["trace"][1]["legal_basis"])
    assert any("第五条" in b for b in rec["trace"][3]["legal_basis"])
    assert any("第十条" in b for h in rec["trace"][7:] for b in h["legal_basis"])
    return rec


def test_a_chlorine_reading_over_the_first_set_point_gives_a_recommendation_with_its_trace(
    demo: GraphStore, service: RuleService
) -> None:
    check_chlorine_path(demo, service, T0)


def test_field_level_errors_name_the_record_and_the_field(service: RuleService) -> None:
    good = {"kind": "reading", "sensor": CL2_SENSOR, "value": 0.1, "observed_at": T0}
    bad = [good, {"kind": "reading", "value": "high", "observed_at": "yesterday"},
           {"kind": "telepathy", "observed_at": T0, "colour": "red"}, {"kind": "alarm", "observed_at": T0,
                                                                      "attrs": {"nonsense": 1}}]
    before = count(service.store, "Finding")
    result = service.ingest(bad)
    got = {(e.record, e.field) for e in result.errors}
    assert {(1, "value"), (1, "observed_at"), (1, "sensor"), (2, "kind"), (2, "colour"), (3, "attrs.nonsense")} <= got
    assert not any(e.record == 0 for e in result.errors)
    assert count(service.store, "Finding") == before  # nothing of a bad batch is stored
    assert parse_findings("not a list", service.onto)[1][0].field == "(body)"


def test_an_unknown_sensor_is_stored_and_flagged_not_dropped(demo: GraphStore, service: RuleService) -> None:
    result = service.ingest([{"kind": "reading", "sensor": "GHOST-9", "value": 70.0, "unit": "%LEL",
                              "observed_at": "2024-05-01T09:00:00+08:00"}])
    assert result.ok and result.flagged == result.stored and len(result.stored) == 1
    node = get_node(demo, service.onto, Ref("Finding", result.stored[0]))
    assert node is not None and node["flagged"] is True and "unknown sensor GHOST-9" in node["note"]
    assert node["sensor_code"] == "GHOST-9"
    assert json.loads(node["fact_json"])["values"]["sensor"] == "GHOST-9"
    assert not demo.read("MATCH (f:Finding {uid: $u})-[:OBSERVED_ON]->(x) RETURN x.uid AS x", {"u": result.stored[0]})


def test_an_out_of_order_batch_is_asserted_in_time_order(service: RuleService) -> None:
    # GD-12: three rising readings of one combustible detector within 60 s, posted newest first.
    readings = [("2024-05-01T10:00:40+08:00", 8.0), ("2024-05-01T10:00:20+08:00", 4.0),
                ("2024-05-01T10:00:00+08:00", 2.0)]
    result = service.ingest([{"kind": "reading", "sensor": "CA-EL-101-GT1", "value": v, "unit": "%LEL",
                              "observed_at": at} for at, v in readings])
    assert result.ok and len(result.stored) == 3
    rising = [c for c in result.recommendations if c.startswith("R-GD-12-")]
    assert len(rising) == 1
    rec = get_recommendation(service.store, rising[0])
    assert rec is not None
    values = [m["values"]["value"] for m in rec["explanation"]["matched"] if m["kind"] == "finding"]
    assert values == [2.0, 4.0, 8.0]


def test_posting_the_same_findings_again_changes_nothing(service: RuleService) -> None:
    batch = [{"kind": "reading", "sensor": "CA-V-101-AT1", "value": 1.5, "unit": "ppm",
              "observed_at": "2024-05-01T11:00:00+08:00"}]
    first = service.ingest(batch)
    assert first.ok and first.new_recommendations >= 1
    findings, recs = count(service.store, "Finding"), count(service.store, "Recommendation")
    again = service.ingest(batch)
    assert again.ok and again.stored == [] and again.unchanged == first.stored
    assert again.recommendations == [] and again.new_recommendations == 0
    assert (count(service.store, "Finding"), count(service.store, "Recommendation")) == (findings, recs)


FAILING = """
pack: failing
version: "1.0.0"
authority: test
industries: [化工]
rules:
  - id: BAD-1
    title: divides by zero
    basis: "test only: a rule that divides by zero at run time"
    warning_level: 四级
    when:
      - finding: {value: $v, sensor: CA-P-101-AT1}
      - finding: {value: {gt: "$v / 0"}, sensor: CA-V-102-AT1}
    actions: [{text: nothing}]
    notify: [班组长]
    tests:
      - {name: f, expect: fire, given: [{finding: {value: 1, ts: 0}}]}
      - {name: n, expect: no_fire, given: [{finding: {value: 1, ts: 0}}]}
"""


def test_a_rule_that_fails_at_run_time_is_reported_and_the_others_still_fire(demo: GraphStore) -> None:
    gas = load(next(p for p in shipped() if p.stem == "gas-detection"))
    svc = RuleService(demo, [loads(FAILING), gas])
    result = svc.ingest([
        {"kind": "reading", "sensor": "CA-P-101-AT1", "value": 0.9, "unit": "ppm",
         "observed_at": "2024-05-02T08:00:00Z"},
        {"kind": "reading", "sensor": "CA-V-102-AT1", "value": 0.95, "unit": "ppm",
         "observed_at": "2024-05-02T08:00:01Z"},
    ])
    assert result.ok
    assert {e.rule_id for e in result.rule_errors} == {"BAD-1"}
    assert "divide by zero" in result.rule_errors[0].message
    assert sum(c.startswith("R-GD-03-") for c in result.recommendations) == 2


@pytest.mark.neo4j
@pytest.mark.parametrize("store", ["neo4j"], indirect=True)
def test_trace_and_finding_to_recommendation_on_neo4j(store: GraphStore, onto: ontology.Ontology,
                                                      tmp_path: Path) -> None:
    load_demo(store, onto)
    hops = accountability_trace(store, onto, Ref("Sensor", CL2_SENSOR))
    roles = [h.role for h in hops]
    assert roles[:7] == ["设备负责人", "操作负责人", "技术负责人", "主要负责人", "岗位", "部门", "企业"]
    check_chlorine_path(store, RuleService(store, onto=onto), T0)
