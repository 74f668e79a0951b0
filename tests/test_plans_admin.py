"""Planners manage emergency plans through the pages and the JSON API (webui/plans.py over cases/plan_admin.py):
roles, CSRF, field-level refusals, escaping; a plan made here is on its page, ranked by plan matching for a scenario
it covers, and closes coverage gaps. One app per module on a LadybugDB store loaded with the demo."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from flask import Flask
from flask.testing import FlaskClient

import ontology
from cases import plan_admin
from cases.coverage import coverage_gaps
from cases.plan_matching import match_plans, plan_actions, scenario_from_form
from kb import GraphStore, Link, Provenance, Ref, Settings, get_node, link, neighbourhood, open_store, upsert_nodes
from kb.demo import load_demo
from rules.store import link_plans, suggested_plans, unplanned
from tests.webclient import app_with_users, login
from webui.users import ROLES


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory, onto: ontology.Ontology) -> Iterator[Flask]:
    tmp = tmp_path_factory.mktemp("plans")
    store = open_store(Settings(data_dir=tmp / "graph"))
    store.apply_schema(onto)
    load_demo(store, onto)
    app = app_with_users(store, tmp)
    yield app
    store.close()



@pytest.fixture(scope="module")
def planner(app: Flask) -> tuple[FlaskClient, str]:
    return login(app, "planner")


def store_of(app: Flask) -> GraphStore:
    return app.extensions["anzhi"]["store"]  # type: ignore[no-any-return]


def post(client: FlaskClient, token: str, path: str, body: dict[str, Any]) -> Any:
    return client.post(path, json=body, headers={"X-CSRF-Token": token})


def holders(store: GraphStore, position: str) -> list[str]:
    rows = store.read("MATCH (p:Person)-[:HOLDS_POSITION]->(:Position {uid: $u}) RETURN p.name AS n ORDER BY n",
                      {"u": position})
    return [str(r["n"]) for r in rows]


def test_only_planners_and_admins_write(app: Flask) -> None:
    body = {"code": "PLAN-ROLE-{}", "name": "测试预案", "kind": "综合应急预案"}
    for role in ROLES:
        c, tok = login(app, role)
        r = post(c, tok, "/plans/new", {**body, "code": f"PLAN-ROLE-{role}"})
        assert r.status_code == (201 if role in ("planner", "admin") else 403), (role, r.get_json())
        assert (get_node(store_of(app), ontology.load(), Ref("EmergencyPlan", f"PLAN-ROLE-{role}")) is not None) == (
            role in ("planner", "admin"))
        page = c.get("/plans/new").get_data(as_text=True)  # every signed-in role may read
        assert ('id="new-plan"' in page) == (role in ("planner", "admin"))
    viewer, tok = login(app, "viewer")
    for path in ("/plans/PLAN-CA-ZH/edit", "/plans/PLAN-CA-ZH/sections", "/plans/PLAN-CA-ZH/coverage",
                 "/plans/PLAN-CA-ZH/roles", "/plans/PLAN-CA-ZH/actions"):
        assert post(viewer, tok, path, {"name": "x"}).status_code == 403, path
    assert app.test_client().post("/plans/new", json=body).status_code in (400, 401)  # no session: refused
    for rule in app.url_map.iter_rules():
        if rule.endpoint.startswith("plans.") and "POST" in (rule.methods or ()):
            assert set(app.view_functions[rule.endpoint].required_roles) == {"planner"}, rule.rule


def test_csrf_is_required(app: Flask, planner: tuple[FlaskClient, str]) -> None:
    c, _ = planner
    r = c.post("/plans/new", json={"code": "PLAN-NOCSRF", "name": "x", "kind": "综合应急预案"})
    assert r.status_code == 400
    r = c.post("/plans/new", data={"code": "PLAN-NOCSRF", "name": "x", "kind": "综合应急预案", "csrf_token": "wrong"})
    assert r.status_code == 400
    assert get_node(store_of(app), ontology.load(), Ref("EmergencyPlan", "PLAN-NOCSRF")) is None


@pytest.mark.parametrize(("path", "body", "status", "field"), [
    ("/plans/new", {"name": "x", "kind": "综合应急预案"}, 400, "code"),
    ("/plans/new", {"code": "P X", "name": "x", "kind": "综合应急预案"}, 400, "code"),
    ("/plans/new", {"code": "PLAN-CA-ZH", "name": "x", "kind": "综合应急预案"}, 409, "code"),
    ("/plans/new", {"code": "PLAN-V1", "kind": "综合应急预案"}, 400, "name"),
    ("/plans/new", {"code": "PLAN-V1", "name": "x", "kind": "联动预案"}, 400, "kind"),
    ("/plans/new", {"code": "PLAN-V1", "name": "x", "kind": "综合应急预案", "response_levels": ["V"]}, 400,
     "response_levels"),
    ("/plans/new", {"code": "PLAN-V1", "name": "x", "kind": "综合应急预案", "accident_types": ["爆炸"]}, 400,
     "accident_types"),
    ("/plans/new", {"code": "PLAN-V1", "name": "x", "kind": "综合应急预案", "issued_on": "2024-13-40"}, 400,
     "issued_on"),
    ("/plans/new", {"code": "PLAN-V1", "name": "x", "kind": "综合应急预案", "enterprise": "ENT-NOPE"}, 404,
     "enterprise"),
    ("/plans/new", {"code": "PLAN-V1", "name": "x", "kind": "综合应急预案", "parent": "PLAN-NOPE"}, 404, "parent"),
    ("/plans/new", {"code": "PLAN-V1", "name": "x", "kind": "综合应急预案", "covers": ["Person:P-CA-001"]}, 400,
     "covers"),
    ("/plans/PLAN-CA-ZH/edit", {"parent": "PLAN-CA-XC-CL2"}, 400, "parent"),  # its own sub-plan: a cycle
    ("/plans/PLAN-CA-ZH/edit", {"kind": ""}, 400, "kind"),
    ("/plans/PLAN-NOPE/edit", {"name": "x"}, 404, "plan"),
    ("/plans/PLAN-CA-ZH/sections", {"element": "总则"}, 400, "seq"),
    ("/plans/PLAN-CA-ZH/sections", {"element": "总则", "seq": "first"}, 400, "seq"),
    ("/plans/PLAN-CA-ZH/sections", {"element": "序言", "seq": 9}, 400, "element"),
    ("/plans/PLAN-CA-ZH/sections", {"element": "总则", "seq": 9, "code": "PLAN-CA-XC-CL2-S1"}, 409, "code"),
    ("/plans/PLAN-CA-ZH/actions", {"section": "PLAN-CA-XC-CL2-S3", "text": "x"}, 404, "section"),
    ("/plans/PLAN-CA-ZH/actions", {"section": "PLAN-CA-ZH-S3"}, 400, "text"),
    ("/plans/PLAN-CA-ZH/roles", {"owner": "PLAN-CA-ZH-S3", "position": "POS-NOPE"}, 404, "position"),
    ("/plans/PLAN-CA-ZH/roles", {"owner": "PLAN-TF-ZH-S3", "position": "POS-CA-GM"}, 404, "owner"),
    ("/plans/PLAN-CA-ZH/coverage", {"target": "Hazard"}, 400, "target"),
    ("/plans/PLAN-CA-ZH/coverage", {"target": "Hazard:HZ-NOPE"}, 404, "target"),
    ("/plans/PLAN-CA-ZH/coverage/remove", {"target": "Chemical:7782-44-7"}, 404, "target"),
])
def test_refusals_name_the_field_and_write_nothing(app: Flask, planner: tuple[FlaskClient, str], path: str,
                                                   body: dict[str, Any], status: int, field: str) -> None:
    c, tok = planner
    store = store_of(app)
    before = store.read("MATCH (n) RETURN count(n) AS n")[0]["n"], store.read("MATCH ()-[r]->() RETURN count(r) AS n")
    zh = get_node(store, ontology.load(), Ref("EmergencyPlan", "PLAN-CA-ZH"))
    r = post(c, tok, path, body)
    assert r.status_code == status, r.get_json()
    got = r.get_json()
    assert got["code"] == status and got["errors"][0]["field"] == field and got["errors"][0]["message"]
    after = store.read("MATCH (n) RETURN count(n) AS n")[0]["n"], store.read("MATCH ()-[r]->() RETURN count(r) AS n")
    assert after == before
    assert get_node(store, ontology.load(), Ref("EmergencyPlan", "PLAN-CA-ZH")) == zh


def test_a_refused_form_is_shown_again_with_its_errors_escaped(planner: tuple[FlaskClient, str]) -> None:
    c, tok = planner
    r = c.post("/plans/new", data={"csrf_token": tok, "code": "PLAN-FORM", "name": "<b>x</b>", "kind": "无此类别"})
    assert r.status_code == 400
    html = r.get_data(as_text=True)
    assert 'id="errors"' in html and "kind" in html and "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html
    r = c.post("/plans/PLAN-CA-ZH/sections", data={"csrf_token": tok, "element": "总则", "seq": "<i>one</i>"})
    assert r.status_code == 400
    html = r.get_data(as_text=True)
    assert 'id="errors"' in html and "seq" in html and "<i>one</i>" not in html and 'id="add-section"' in html
    r = c.post("/plans/PLAN-CA-ZH/sections", data={"csrf_token": tok, "element": "总则", "seq": "1", "text": "x"})
    assert r.status_code == 303 and r.headers["Location"].endswith("/plans/PLAN-CA-ZH/edit")


def test_a_plan_made_through_the_pages_is_on_its_page_ranked_and_closes_coverage_gaps(
    app: Flask, planner: tuple[FlaskClient, str], onto: ontology.Ontology
) -> None:
    c, tok = planner
    store = store_of(app)
    scenario = scenario_from_form(onto, equipment="ST-V-501", chemical="7782-44-7", severity="一般")
    ranked = match_plans(store, onto, scenario)
    assert not ranked or ranked[0].plan.uid != "PLAN-ST-XC-O2"
    gaps = coverage_gaps(store, onto, [])
    assert "MHS-ST-O2" in {g.subject.uid for g in gaps.major_hazard_sources}
    assert "ST-V-501" in {g.subject.uid for g in gaps.high_risk_equipment}
    assert "7782-44-7" in {g.subject.uid for g in gaps.stored_chemicals}

    # create with the form, as a planner's browser does
    form = {"csrf_token": tok, "code": "PLAN-ST-XC-O2", "name": "液氧贮槽泄漏现场处置方案<script>alert(1)</script>",
            "kind": "现场处置方案", "response_levels": ["", "IV"], "accident_types": ["", "火灾", "其他爆炸"],
            "enterprise": "", "parent": "PLAN-ST-ZH", "version": "2025版", "issued_on": "2025-01-10"}
    r = c.post("/plans/new", data=form)
    assert r.status_code == 303 and r.headers["Location"].endswith("/plans/PLAN-ST-XC-O2/edit")
    # then the rest through the JSON API
    for path, body in [
        ("/plans/PLAN-ST-XC-O2/coverage", {"target": ["MajorHazardSource:MHS-ST-O2", "Equipment:ST-V-501",
                                                      "Chemical:7782-44-7", "Site:SITE-ST-O2"]}),
        ("/plans/PLAN-ST-XC-O2/sections", {"element": "事故风险描述", "seq": 1, "text": "液氧泄漏遇油脂等可燃物燃爆"}),
        ("/plans/PLAN-ST-XC-O2/sections", {"element": "应急处置", "seq": 2}),
        ("/plans/PLAN-ST-XC-O2/actions", {"section": "PLAN-ST-XC-O2-S2", "text": "关闭贮槽出口阀，隔离泄漏点"}),
        ("/plans/PLAN-ST-XC-O2/actions", {"section": "PLAN-ST-XC-O2-S2", "text": "设置警戒区，严禁烟火和油脂"}),
        ("/plans/PLAN-ST-XC-O2/roles", {"owner": "PLAN-ST-XC-O2-S2-A1", "position": "POS-ST-O2-LEAD",
                                        "duty": "现场处置负责人"}),
        ("/plans/PLAN-ST-XC-O2/roles", {"owner": "PLAN-ST-XC-O2-S2", "position": "POS-ST-O2-OP", "duty": "岗位处置"}),
    ]:
        r = post(c, tok, path, body)
        assert r.status_code == 201, (path, r.get_json())
    node = get_node(store, onto, Ref("EmergencyPlan", "PLAN-ST-XC-O2"))
    assert node is not None and node["created_by"] == "planner" and node["src_doc"] == "anzhi:plans/PLAN-ST-XC-O2"
    assert node["response_levels"] == ["IV"] and node["accident_types"] == ["火灾", "其他爆炸"]
    edges = neighbourhood(store, onto, Ref("EmergencyPlan", "PLAN-ST-XC-O2"), 1).edges
    assert {(e.type, e.dst.uid) for e in edges} >= {("SUBPLAN_OF", "PLAN-ST-ZH"), ("COVERS", "MHS-ST-O2"),
                                                    ("APPLIES_TO", "SITE-ST-O2"), ("HAS_SECTION", "PLAN-ST-XC-O2-S1")}
    assert {e.props["created_by"] for e in edges} == {"planner"}

    # on its page: coverage, sections, actions, and each role resolved to whoever holds the position now
    page = c.get(f"/entity/EmergencyPlan/{quote('PLAN-ST-XC-O2', safe='')}")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "关闭贮槽出口阀" in html and "华钢制氧站液氧储存重大危险源" in html
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    lead = holders(store, "POS-ST-O2-LEAD")
    assert lead and all(name in html for name in lead)
    data = c.get("/entity/EmergencyPlan/PLAN-ST-XC-O2?format=json").get_json()["plan"]
    assert [s["uid"] for s in data["sections"]] == ["PLAN-ST-XC-O2-S1", "PLAN-ST-XC-O2-S2"]
    assert {m["code"] for m in data["missing_elements"]} == {"应急工作职责", "注意事项"}
    editor = c.get("/plans/PLAN-ST-XC-O2/edit?format=json").get_json()
    assert [p["uid"] for p in editor["parent"]] == ["PLAN-ST-ZH"]
    role = editor["sections"][1]["actions"][0]["roles"][0]
    assert role["position"]["uid"] == "POS-ST-O2-LEAD" and [h["name"] for h in role["holders"]] == lead
    assert "PLAN-ST-XC-O2" in {p["uid"] for p in c.get("/plans?format=json").get_json()["plans"]}
    secs = plan_actions(store, onto, Ref("EmergencyPlan", "PLAN-ST-XC-O2"))
    assert [a.text for a in secs[1].actions] == ["关闭贮槽出口阀，隔离泄漏点", "设置警戒区，严禁烟火和油脂"]

    # ranked first for the scenario it covers, as the on-site plan for that equipment
    top = match_plans(store, onto, scenario)[0]
    assert (top.plan.uid, top.tier) == ("PLAN-ST-XC-O2", 3)
    # and the coverage gaps it was made for are closed
    after = coverage_gaps(store, onto, [])
    assert "MHS-ST-O2" not in {g.subject.uid for g in after.major_hazard_sources}
    assert "ST-V-501" not in {g.subject.uid for g in after.high_risk_equipment}
    assert "7782-44-7" not in {g.subject.uid for g in after.stored_chemicals}
    # removing the chemical again reopens that gap
    r = post(c, tok, "/plans/PLAN-ST-XC-O2/coverage/remove", {"target": "Chemical:7782-44-7"})
    assert r.status_code == 200, r.get_json()
    assert "7782-44-7" in {g.subject.uid for g in coverage_gaps(store, onto, []).stored_chemicals}


def test_editing_changes_fields_enterprise_parent_and_duties(app: Flask, planner: tuple[FlaskClient, str],
                                                             onto: ontology.Ontology) -> None:
    c, tok = planner
    store = store_of(app)
    assert post(c, tok, "/plans/new", {"code": "PLAN-ED", "name": "编辑测试", "kind": "专项应急预案",
                                       "enterprise": "ENT-CA", "version": "v1", "covers": ["Hazard:HZ-CA-CL2-LEAK"]}
                ).status_code == 201
    r = post(c, tok, "/plans/PLAN-ED/edit", {"enterprise": "ENT-ST", "version": "", "parent": "PLAN-ST-ZH",
                                             "response_levels": "III、IV"})
    assert r.status_code == 200, r.get_json()
    node = get_node(store, onto, Ref("EmergencyPlan", "PLAN-ED"))
    assert node is not None and "version" not in node and node["response_levels"] == ["III", "IV"]
    assert node["name"] == "编辑测试" and node["kind"] == "专项应急预案"  # not sent: unchanged
    ents = store.read("MATCH (:EmergencyPlan {uid: 'PLAN-ED'})-[:APPLIES_TO]->(e:Enterprise) RETURN e.uid AS e")
    assert [x["e"] for x in ents] == ["ENT-ST"]  # replaced, not added
    assert post(c, tok, "/plans/PLAN-ED/sections", {"element": "处置措施", "seq": 1}).status_code == 201
    for duty in ("指挥", "现场指挥"):
        assert post(c, tok, "/plans/PLAN-ED/roles", {"owner": "PLAN-ED-S1", "position": "POS-ST-GM",
                                                     "duty": duty}).status_code == 201
    [sec] = plan_actions(store, onto, Ref("EmergencyPlan", "PLAN-ED"))
    assert [(r.position.uid, r.duty) for r in sec.roles] == [("POS-ST-GM", "现场指挥")]
    assert post(c, tok, "/plans/PLAN-ED/roles/remove", {"owner": "PLAN-ED-S1", "position": "POS-ST-GM"}
                ).status_code == 200
    assert plan_actions(store, onto, Ref("EmergencyPlan", "PLAN-ED"))[0].roles == ()
    # the editor page renders for a planner (forms) and read-only for a viewer
    html = c.get("/plans/PLAN-ED/edit").get_data(as_text=True)
    assert 'id="add-section"' in html and 'id="assign-role"' in html
    viewer, _ = login(app, "viewer")
    html = viewer.get("/plans/PLAN-ED/edit").get_data(as_text=True)
    assert 'id="readonly"' in html and 'id="add-section"' not in html
    assert viewer.get("/plans/PLAN-NOPE/edit").status_code == 404



def test_plan_admin_and_plan_links_on_both_backends(store: GraphStore, onto: ontology.Ontology) -> None:
    """The Cypher of cases.plan_admin and of the rule service's plan links, on LadybugDB and on Neo4j."""
    prov = Provenance("test:plans", "pytest")
    upsert_nodes(store, onto, "Enterprise", [{"code": "E1", "name": "甲企业"}, {"code": "E2", "name": "乙企业"}], prov)
    upsert_nodes(store, onto, "Position", [{"code": "POS-1", "name": "班长"}], prov)
    upsert_nodes(store, onto, "Person", [{"code": "P-1", "name": "张三"}], prov)
    upsert_nodes(store, onto, "Hazard", [{"code": "HZ-1", "name": "泄漏", "factor_class": "物的因素"}], prov)
    link(store, onto, [Link("HOLDS_POSITION", Ref("Person", "P-1"), Ref("Position", "POS-1"))], prov)
    plan_admin.save_plan(store, onto, "alice", {"code": "PL-0", "name": "总体", "kind": "综合应急预案",
                                                "enterprise": "E1"})
    ref = plan_admin.save_plan(store, onto, "alice", {"code": "PL-1", "name": "专项", "kind": "专项应急预案",
                                                      "version": "v1", "enterprise": "E1", "parent": "PL-0",
                                                      "covers": ["Hazard:HZ-1"]})
    with pytest.raises(plan_admin.PlanError) as e:  # PL-1 is a sub-plan of PL-0: a cycle
        plan_admin.save_plan(store, onto, "bob", {"parent": "PL-1"}, uid="PL-0")
    assert (e.value.field, e.value.status) == ("parent", 400)
    plan_admin.save_plan(store, onto, "bob", {"version": "", "enterprise": "E2", "parent": ""}, uid="PL-1")
    node = get_node(store, onto, ref)
    assert node is not None and "version" not in node and node["created_by"] == "alice"
    plan_admin.save_section(store, onto, "bob", "PL-1", {"element": "处置措施", "seq": 1})
    plan_admin.save_action(store, onto, "bob", "PL-1", {"section": "PL-1-S1", "text": "关阀"})
    plan_admin.assign_role(store, onto, "bob", "PL-1", {"owner": "PL-1-S1-A1", "position": "POS-1", "duty": "处置"})
    v = plan_admin.plan_view(store, onto, "PL-1")
    assert v.enterprise == [Ref("Enterprise", "E2")] and v.parent == [] and v.covers == [Ref("Hazard", "HZ-1")]
    assert [h for _, h in v.sections[0].actions[0].roles[0].holders] == ["张三"]
    listed = {p["uid"]: p for p in plan_admin.list_plans(store)}
    assert [e["uid"] for e in listed["PL-1"]["enterprises"]] == ["E2"] and listed["PL-1"]["parent"] is None
    plan_admin.remove_role(store, onto, "bob", "PL-1", {"owner": "PL-1-S1-A1", "position": "POS-1"})
    plan_admin.remove_coverage(store, onto, "bob", "PL-1", {"target": "Hazard:HZ-1"})
    v = plan_admin.plan_view(store, onto, "PL-1")
    assert v.covers == [] and v.sections[0].actions[0].roles == ()
    # the rule service's plan links: which recommendations lack a plan, write one, read them back
    upsert_nodes(store, onto, "Recommendation", [{"code": "R-1", "name": "r1"}, {"code": "R-2", "name": "r2"}], prov)
    assert unplanned(store, ["R-1", "R-2", "R-NOPE"]) == ["R-1", "R-2"]
    assert link_plans(store, onto, [("R-1", "PL-1")], prov) == 1
    assert unplanned(store, ["R-1", "R-2"]) == ["R-2"]
    assert suggested_plans(store, ["R-1", "R-2"]) == {"R-1": "PL-1", "R-2": None}
