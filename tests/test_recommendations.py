"""Recommendations out: pack versions (lifecycle), backtest, and the HTTP API and page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask

import ontology
from cases.plan_matching import match_plans, scenario_from_recommendation
from kb import GraphStore, Ref, Settings, get_node, open_store
from kb.demo import load_demo
from rules import loads, shipped
from rules.pack import load
from rules.service import RuleService, backtest
from rules.store import get_recommendation, unplanned
from webui import create_app

GAS = next(p for p in shipped() if p.stem == "gas-detection")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    onto = ontology.load()
    store = open_store(Settings(backend="ladybug", data_dir=tmp_path_factory.mktemp("recs") / "graph"))
    store.apply_schema(onto)
    load_demo(store, onto)
    yield store
    store.close()


def reading(sensor: str, value: float, at: str) -> dict[str, Any]:
    return {"kind": "reading", "sensor": sensor, "value": value, "unit": "ppm", "observed_at": at}


def count(store: GraphStore, label: str) -> int:
    return int(store.read(f"MATCH (n:`{label}`) RETURN count(n) AS c")[0]["c"])


def test_a_new_pack_version_leaves_past_recommendations_tied_to_the_old_one(demo: GraphStore) -> None:
    v1 = load(GAS)
    first = RuleService(demo, [v1]).ingest([reading("CA-V-101-AT1", 0.7, "2024-06-01T08:00:00Z")])
    old = [c for c in first.recommendations if c.startswith("R-GD-03-")]
    assert len(old) == 1
    before = get_node(demo, ontology.load(), Ref("Recommendation", old[0]))
    assert before is not None and (before["pack_version"], before["rule_version"]) == ("1.0.0", "1.0.0")

    text = GAS.read_text(encoding="utf-8").replace('version: "1.0.0"', 'version: "1.1.0"', 1)
    v2 = loads(text.replace("按探测器报警处置程序现场确认", "按探测器报警处置程序现场确认并复核标定"), str(GAS))
    second = RuleService(demo, [v2]).ingest([reading("CA-V-101-AT1", 0.9, "2024-06-01T09:00:00Z")])
    new = [c for c in second.recommendations if c.startswith("R-GD-03-")]
    assert len(new) == 1 and new != old
    rec = get_recommendation(demo, new[0])
    assert rec is not None and rec["rule"]["version"] == "1.1.0"
    assert rec["actions"][0]["text"].endswith("并复核标定")
    after = get_node(demo, ontology.load(), Ref("Recommendation", old[0]))
    assert after == before  # untouched: same version, same actions, same updated_at


def test_backtest_reports_what_a_pack_would_fire_and_writes_nothing(demo: GraphStore) -> None:
    RuleService(demo, [load(GAS)]).ingest([reading("CA-V-102-AT1", 1.2, "2024-06-02T08:00:00Z")])
    nodes = (count(demo, "Finding"), count(demo, "Recommendation"))
    report = backtest(demo, load(GAS))
    assert report.findings >= 1 and report.firings["GD-03"] >= 1 and report.firings["GD-06"] >= 1
    assert report.errors == []
    assert (count(demo, "Finding"), count(demo, "Recommendation")) == nodes
    pump = backtest(demo, load(next(p for p in shipped() if p.stem == "pump-condition")))
    assert sum(pump.firings.values()) == 0  # no vibration or pump alarm among these findings


@pytest.fixture(scope="module")
def app(demo: GraphStore, tmp_path_factory: pytest.TempPathFactory) -> Flask:
    tmp = tmp_path_factory.mktemp("app")
    app = create_app(store=demo, TESTING=True, LOGIN_DISABLED=True, SECRET_KEY="test", USERS_DB=str(tmp / "u.db"))
    return app


def test_post_findings_and_read_the_recommendation_back(app: Flask) -> None:
    client = client_with_csrf(app)
    body = [reading("CA-E-201-AT1", 0.6, "2024-06-03T08:00:00+08:00")]
    resp = client.post("/api/findings", json=body, headers={"X-CSRF-Token": client.csrf})  # type: ignore[attr-defined]
    assert resp.status_code == 201, resp.get_json()
    data = resp.get_json()
    assert data["ok"] and len(data["stored"]) == 1
    code = next(c for c in data["recommendations"] if c.startswith("R-GD-03-"))
    got = client.get(f"/api/recommendations/{code}").get_json()
    assert got["rule"]["id"] == "GD-03" and got["rule"]["version"] == "1.0.0"
    assert got["basis"] and got["actions"] and got["plan_kind"] == "现场处置方案"
    assert got["explanation"]["matched"][0]["values"]["value"] == 0.6
    assert got["trace"][0]["role"] == "设备负责人" and all(h["legal_basis"] for h in got["trace"])
    # linked to the plan matcher's rank-1 plan for the chlorine sensor's scenario (CA-E-201, chlorine, 三级 → III)
    onto = ontology.load()
    store = app.extensions["anzhi"]["store"]
    ranked = match_plans(store, onto, scenario_from_recommendation(store, onto, code))
    assert ranked and ranked[0].tier > 0
    assert data["linked_plans"][code] == ranked[0].plan.uid
    assert got["plan"]["uid"] == ranked[0].plan.uid and got["plan"]["kind"] == ranked[0].kind
    # exactly one SUGGESTS_PLAN per recommendation the request fired, the matcher's rank-1 plan (no second link
    # from the rule service's own fallback)
    assert [p["uid"] for p in got["plans"]] == [ranked[0].plan.uid]
    for other in data["recommendations"]:
        best = match_plans(store, onto, scenario_from_recommendation(store, onto, other))
        want = [best[0].plan.uid] if best and best[0].tier > 0 else []
        links = store.read("MATCH (:Recommendation {uid: $u})-[s:SUGGESTS_PLAN]->(p:EmergencyPlan) "
                           "RETURN p.uid AS p, s.created_by AS by", {"u": other})
        assert [r["p"] for r in links] == want, other
        assert all(r["by"] == "test" for r in links)  # provenance: the signed-in user
        assert data["linked_plans"][other] == (want[0] if want else None)
    # posting the same reading again fires nothing new and adds no second link
    again = client.post("/api/findings", json=body, headers={"X-CSRF-Token": client.csrf})  # type: ignore[attr-defined]
    assert again.status_code == 201 and again.get_json()["unchanged"] == data["stored"]
    assert [p["uid"] for p in client.get(f"/api/recommendations/{code}").get_json()["plans"]] == [ranked[0].plan.uid]
    page = client.get(f"/recommendations/{code}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "GD-03" in html and "责任链" in html and "安全生产法" in html and "监管部门" in html
    assert client.get(f"/recommendations/{code}?format=json").get_json()["code"] == code


def client_with_csrf(app: Flask) -> Any:
    client = app.test_client()
    client.get("/")  # any page renders a form with the session's CSRF token
    with client.session_transaction() as sess:
        client.csrf = sess.get("csrf", "")  # type: ignore[attr-defined]
    return client


def test_bad_findings_get_400_with_field_errors_and_unknown_codes_404(app: Flask) -> None:
    client = client_with_csrf(app)
    resp = client.post("/api/findings", json={"kind": "reading", "observed_at": "soon"},
                       headers={"X-CSRF-Token": client.csrf})
    assert resp.status_code == 400
    fields = {(e["record"], e["field"]) for e in resp.get_json()["errors"]}
    assert {(0, "observed_at"), (0, "value"), (0, "sensor")} <= fields
    no_json = client.post("/api/findings", data="x", headers={"X-CSRF-Token": client.csrf})
    assert no_json.status_code == 400 and no_json.get_json()["errors"][0]["field"] == "(body)"
    assert client.post("/api/findings", json={}).status_code == 400  # no CSRF token
    assert client.get("/api/recommendations/R-NOPE").status_code == 404


def test_posting_findings_needs_an_investigator_rule_author_or_admin() -> None:
    from webui.api import post_findings

    assert set(post_findings.required_roles) == {"investigator", "rule_author"}  # type: ignore[attr-defined]


def test_the_service_asks_its_plan_chooser_once_per_recommendation_without_a_plan(demo: GraphStore) -> None:
    asked: list[str] = []

    def chooser(store: GraphStore, onto: ontology.Ontology, code: str) -> str | None:
        asked.append(code)
        return "PLAN-CA-ZX-CL2" if code.startswith("R-GD-03-") else None

    svc = RuleService(demo, [load(GAS)], plan_chooser=chooser)
    result = svc.ingest([reading("CA-V-102-AT1", 0.8, "2024-06-04T08:00:00Z")])
    assert result.ok and result.recommendations and sorted(asked) == sorted(result.recommendations)
    for code in result.recommendations:
        rec = get_recommendation(demo, code)
        assert rec is not None
        want = ["PLAN-CA-ZX-CL2"] if code.startswith("R-GD-03-") else []
        assert [p["uid"] for p in rec["plans"]] == want  # the chooser's plan only, not the fallback's
        assert result.plans[code] == (want[0] if want else None)
    # a later firing of the same recommendations asks the chooser only for those still without a plan
    bare = [c for c in result.recommendations if not c.startswith("R-GD-03-")]
    assert unplanned(demo, result.recommendations) == bare
