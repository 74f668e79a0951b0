"""Replaying a real SKAB run (../shared/data/skab-pump-valve) onto the demo pump produces recommendations with
accountability traces; replaying it again stores nothing new."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import ontology
import run
from cases.plan_matching import match_plans, scenario_from_recommendation
from kb import GraphStore, Settings, open_store
from kb.demo import load_demo
from rules.replay import MapError, load_map, replay
from rules.service import RuleService
from rules.store import get_recommendation

ROOT = Path(__file__).resolve().parents[1]
SKAB = ROOT.parent / "shared" / "data" / "skab-pump-valve" / "valve1" / "0.csv"
MAP = ROOT / "tests" / "fixtures" / "skab_map.yaml"
pytestmark = pytest.mark.skipif(not SKAB.exists(), reason=f"SKAB data not found at {SKAB}")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RuleService]:
    onto = ontology.load()
    store = open_store(Settings(backend="ladybug", data_dir=tmp_path_factory.mktemp("replay") / "graph"))
    store.apply_schema(onto)
    load_demo(store, onto)
    yield RuleService(store, onto=onto)
    store.close()


def test_the_skab_map_names_demo_sensors_and_equipment(service: RuleService) -> None:
    m = load_map(MAP)
    for r in m.readings:
        assert (r.sensor or "") in service.context.sensors or r.equipment in service.context.equipment
    assert all(a.equipment in service.context.equipment for a in m.alarms)


def test_replaying_a_skab_run_gives_recommendations_with_traces(service: RuleService) -> None:
    # Rows 560–899 of valve1/0.csv: the inlet valve starts closing at row 574 (SKAB's anomaly label).
    lines: list[str] = []
    report = replay(SKAB, MAP, service, start=560, limit=340, progress=lines.append)
    assert report.rows == 340 and report.findings == 340 * 5 + 1 and report.flagged == 0
    assert lines and "recommendations" in lines[-1]
    rules = {}
    for code in report.recommendations:
        rec = get_recommendation(service.store, code)
        assert rec is not None
        rules[rec["rule"]["id"]] = rec
    assert set(rules) == {"MH-01", "PC-03", "PC-04"}
    assert rules["MH-01"]["warning_level"] == "二级"  # MHS-CA-CL2 is a 一级 major hazard source
    assert rules["PC-04"]["warning_level"] == "三级"
    for rec in rules.values():
        assert [h["role"] for h in rec["trace"]][:4] == ["设备负责人", "操作负责人", "技术负责人", "主要负责人"]
        assert rec["trace"][-1]["edge"]["type"] == "SUPERVISES"
        assert [f["code"] for f in rec["findings"]] == ["valve1-0-anomaly-1"]
        assert rec["findings"][0]["src_doc"] == "replay:valve1/0.csv"
    vib = service.store.read(
        "MATCH (f:Finding)-[:OBSERVED_ON]->(s:Sensor {uid: 'CA-P-101-VT1'}) RETURN f.unit AS u, f.note AS n LIMIT 1")
    assert vib[0]["u"] == "g" and "differs" in vib[0]["n"]

    again = replay(SKAB, MAP, service, start=560, limit=340)
    assert again.stored == 0 and again.firings == 0


def test_a_map_naming_a_missing_column_is_refused(service: RuleService, tmp_path: Path) -> None:
    bad = tmp_path / "map.yaml"
    bad.write_text("readings:\n  Vibration: {sensor: CA-P-101-VT1}\n", encoding="utf-8")
    with pytest.raises(MapError, match="Vibration"):
        replay(SKAB, bad, service, limit=1)
    bad.write_text("readings:\n  Pressure: {}\n", encoding="utf-8")
    with pytest.raises(MapError, match="sensor or an equipment"):
        load_map(bad)


def suggested(store: GraphStore, code: str) -> list[str]:
    rows = store.read("MATCH (r:Recommendation {uid: $u})-[:SUGGESTS_PLAN]->(p:EmergencyPlan) RETURN p.uid AS p",
                      {"u": code})
    return [str(r["p"]) for r in rows]


def test_the_replay_command_links_each_recommendation_to_the_plan_matchers_best_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`python run.py findings replay` (run.py wires cases.plan_matching in): exactly one SUGGESTS_PLAN per
    recommendation, the matcher's rank-1 plan for the recommendation's scenario."""
    onto = ontology.load()
    data = tmp_path / "graph"
    store = open_store(Settings(backend="ladybug", data_dir=data))
    store.apply_schema(onto)
    load_demo(store, onto)
    store.close()  # the command opens the configured store itself
    monkeypatch.setenv("ANZHI_BACKEND", "ladybug")
    monkeypatch.setenv("ANZHI_DATA_DIR", str(data))
    assert run.main(["findings", "replay", str(SKAB), "--map", str(MAP), "--start", "560", "--limit", "340"]) == 0
    assert "recommendations" in capsys.readouterr().out
    store = open_store(Settings(backend="ladybug", data_dir=data))
    try:
        codes = [str(r["c"]) for r in store.read("MATCH (r:Recommendation) RETURN r.uid AS c ORDER BY c")]
        assert len(codes) >= 3
        for code in codes:
            ranked = match_plans(store, onto, scenario_from_recommendation(store, onto, code))
            assert ranked and ranked[0].tier > 0
            assert suggested(store, code) == [ranked[0].plan.uid], code
            rec = get_recommendation(store, code)
            assert rec is not None and [p["uid"] for p in rec["plans"]] == [ranked[0].plan.uid]
    finally:
        store.close()


def test_a_service_without_a_chooser_falls_back_to_one_plan_of_the_named_kind(service: RuleService) -> None:
    codes = [str(r["c"]) for r in service.store.read("MATCH (r:Recommendation) RETURN r.uid AS c ORDER BY c")]
    assert codes  # written by the replay above, with no plan chooser wired
    for code in codes:
        rec = get_recommendation(service.store, code)
        assert rec is not None and len(rec["plans"]) <= 1
        assert all(p["kind"] == rec["plan_kind"] for p in rec["plans"])
