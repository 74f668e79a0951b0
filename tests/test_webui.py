"""The web UI through the Flask test client: every route (status, JSON shape), roles, CSRF, languages, escaping.

One app per module on a LadybugDB store in a temporary folder, loaded with the demo, with one user per role.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import yaml
from flask import Flask
from flask.testing import FlaskClient

import ontology
from kb import Provenance, Settings, open_store, upsert_nodes
from kb.demo import load_demo
from webui import create_app
from webui.i18n import MESSAGES
from webui.users import ROLES, UserStore, add_user_command, ensure_demo_users

ROOT = Path(__file__).resolve().parent.parent
CASE = "CASE-2019-0321-XS"
PLAN = "PLAN-CA-ZH"
CLAUSE = "REG-DECREE-493|第三条"
PASSWORD = "correct horse battery"
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory, onto: ontology.Ontology) -> Iterator[Flask]:
    tmp = tmp_path_factory.mktemp("webui")
    store = open_store(Settings(data_dir=tmp / "graph"))
    store.apply_schema(onto)
    load_demo(store, onto)
    prov = Provenance("test:web", "pytest")
    upsert_nodes(store, onto, "Enterprise", [{"code": "E-XSS", "name": "江海氯碱<script>alert(1)</script>"}], prov)
    users = UserStore(tmp / "users.db", hash_method="pbkdf2:sha256:1000")  # fast for tests; the default is scrypt
    for role in ROLES:
        users.add(role, PASSWORD, [role])
    app = create_app(
        store=store, TESTING=True, SECRET_KEY="test-secret", DATA_DIR=str(tmp), USERS_DB=str(tmp / "users.db")
    )
    yield app
    store.close()


def csrf(client: FlaskClient, path: str = "/login") -> str:
    m = TOKEN.search(client.get(path).get_data(as_text=True))
    assert m, f"no csrf token on {path}"
    return m.group(1)


def login(app: Flask, role: str) -> FlaskClient:
    c = app.test_client()
    r = c.post("/login", data={"username": role, "password": PASSWORD, "csrf_token": csrf(c)})
    assert r.status_code == 302, r.get_data(as_text=True)
    return c


@pytest.fixture(scope="module")
def viewer(app: Flask) -> FlaskClient:
    return login(app, "viewer")


@pytest.fixture(scope="module")
def admin(app: Flask) -> FlaskClient:
    return login(app, "admin")


def ent(type_name: str, uid: str, suffix: str = "") -> str:
    return f"/entity/{type_name}/{quote(uid, safe='')}{suffix}"


# --- access -----------------------------------------------------------------------------------------


def test_every_page_needs_login(app: Flask) -> None:
    c = app.test_client()
    r = c.get("/")
    assert r.status_code == 302 and r.location.startswith("/login?next=")
    assert c.get("/?format=json").status_code == 401
    assert c.get(ent("Case", CASE, "/graph")).status_code == 401
    assert c.get("/login").status_code == 200
    assert c.get("/static/graph.js").status_code == 200


def test_login_wrong_password_and_csrf(app: Flask) -> None:
    c = app.test_client()
    token = csrf(c)
    r = c.post("/login", data={"username": "viewer", "password": "nope", "csrf_token": token})
    assert r.status_code == 401 and "用户名或密码不正确" in r.get_data(as_text=True)
    r = c.post("/login", data={"username": "viewer", "password": PASSWORD})  # no token
    assert r.status_code == 400 and "CSRF" in r.get_data(as_text=True)
    r = c.post("/login", data={"username": "viewer", "password": PASSWORD, "csrf_token": "forged"})
    assert r.status_code == 400
    assert c.get("/?format=json").status_code == 401


def test_login_redirects_only_to_local_paths(app: Flask) -> None:
    c = app.test_client()
    token = csrf(c)
    r = c.post(
        "/login?next=https://evil.example/", data={"username": "viewer", "password": PASSWORD, "csrf_token": token}
    )
    assert r.location == "/"
    c2 = app.test_client()
    r = c2.post("/login?next=/findings", data={"username": "viewer", "password": PASSWORD, "csrf_token": csrf(c2)})
    assert r.location == "/findings"


def test_session_cookie_flags(app: Flask) -> None:
    c = app.test_client()
    r = c.post("/login", data={"username": "viewer", "password": PASSWORD, "csrf_token": csrf(c)})
    cookie = r.headers.get("Set-Cookie", "")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # testing: plain http
    app.config["ANZHI_SECURE_COOKIES"] = True
    try:
        c2 = app.test_client()
        token = csrf(c2)
        r = c2.post("/login", data={"username": "viewer", "password": PASSWORD, "csrf_token": token})
        assert "Secure" in r.headers.get("Set-Cookie", "")
    finally:
        app.config.pop("ANZHI_SECURE_COOKIES")


def test_security_headers_and_no_cdn(viewer: FlaskClient) -> None:
    r = viewer.get(ent("Case", CASE))
    assert "default-src 'self'" in r.headers["Content-Security-Policy"]
    html = r.get_data(as_text=True)
    assert not re.search(r'(src|href)="(https?:)?//', html), "every asset must be served by the app"
    for f in (ROOT / "webui" / "static").iterdir():
        text = f.read_text().replace("http://www.w3.org/2000/svg", "")
        assert "http://" not in text and "https://" not in text, f


def test_logout_needs_csrf(app: Flask) -> None:
    c = login(app, "viewer")
    assert c.post("/logout").status_code == 400
    r = c.post("/logout", data={"csrf_token": csrf(c, "/")})
    assert r.status_code == 302
    assert c.get("/?format=json").status_code == 401


def test_admin_users_page_is_admin_only(app: Flask, admin: FlaskClient, viewer: FlaskClient) -> None:
    assert viewer.get("/admin/users").status_code == 403
    assert viewer.get("/admin/users?format=json").get_json()["code"] == 403
    data = admin.get("/admin/users?format=json").get_json()
    assert {u["username"] for u in data["users"]} >= set(ROLES)
    assert data["roles"] == list(ROLES)
    token = csrf(admin, "/admin/users")
    r = admin.post(
        "/admin/users",
        data={"username": "new.planner", "password": "long enough", "roles": ["planner"], "csrf_token": token},
    )
    assert r.status_code == 201 and "new.planner" in r.get_data(as_text=True)
    r = admin.post(
        "/admin/users",
        data={"username": "new.planner", "password": "long enough", "roles": ["planner"], "csrf_token": token},
    )
    assert r.status_code == 409
    r = admin.post("/admin/users", data={"username": "x", "password": "short", "roles": ["god"], "csrf_token": token})
    assert r.status_code == 400
    assert (
        admin.post(
            "/admin/users", data={"username": "nocsrf", "password": "long enough", "roles": ["viewer"]}
        ).status_code
        == 400
    )
    token_v = csrf(viewer, "/")
    r = viewer.post(
        "/admin/users",
        data={"username": "sneaky", "password": "long enough", "roles": ["admin"], "csrf_token": token_v},
    )
    assert r.status_code == 403
    assert "sneaky" not in {u.username for u in app.extensions["anzhi"]["users"].list()}


def test_case_status_changes_through_the_audited_workflow(app: Flask, viewer: FlaskClient) -> None:
    url = "/cases/CASE-2015-0812-TJ/transition"
    r = viewer.post(url, data={"to": "investigating", "csrf_token": csrf(viewer, "/")})
    assert r.status_code == 403 and "调查员" in r.get_data(as_text=True)
    inv = login(app, "investigator")
    assert inv.post(url, data={"to": "investigating"}).status_code == 400  # no CSRF token
    token = csrf(inv, "/")
    r = inv.post(url + "?format=json", data={"to": "investigating", "csrf_token": token})
    assert r.status_code == 200, r.get_data(as_text=True)
    home = inv.get("/?format=json").get_json()
    assert "CASE-2015-0812-TJ" in [c["uid"] for c in home["open_cases"]]
    page = inv.get(ent("Case", "CASE-2015-0812-TJ")).get_data(as_text=True)
    assert "/cases/CASE-2015-0812-TJ" in page  # the case page links to its workflow
    assert not any(r.rule.endswith("/status") and "entity" in r.rule for r in app.url_map.iter_rules())


# --- pages and their JSON twins -----------------------------------------------------------------------


def test_home_dashboard(viewer: FlaskClient) -> None:
    r = viewer.get("/")
    html = r.get_data(as_text=True)
    assert r.status_code == 200 and "知识图谱概览" in html and '<svg class="chart"' in html
    assert 'action="/search"' in html and 'name="q"' in html
    data = viewer.get("/?format=json").get_json()
    assert data["nodes"]["Case"] == 24 and data["total_nodes"] == sum(data["nodes"].values())
    assert data["links"]["Enterprise"] == "/types/Enterprise?format=json"
    assert {t["type"] for t in data["types"]} == set(ontology.load().nodes)
    assert data["recent_findings"] == [] and data["recent_recommendations"] == []
    levels = [g["level"] for g in data["major_hazards_by_level"]]
    assert levels[0] == "一级" and sum(len(g["items"]) for g in data["major_hazards_by_level"]) == 8


def test_listing_escaped_paged_and_json(viewer: FlaskClient) -> None:
    html = viewer.get("/types/Enterprise").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    data = viewer.get("/types/Enterprise?format=json&limit=5&skip=0").get_json()
    assert data["limit"] == 5 and len(data["items"]) == 5 and data["total"] == 33
    assert data["items"][0]["url"].startswith("/entity/Enterprise/")
    assert viewer.get("/types/Enterprise?limit=x").status_code == 400
    assert viewer.get("/types/Enterprise?limit=5&skip=5").status_code == 200


def test_unknown_ids_are_404_in_the_users_language(app: Flask) -> None:
    c = login(app, "viewer")
    r = c.get("/types/Spaceship")
    assert (
        r.status_code == 404
        and "未找到" in r.get_data(as_text=True)
        and "没有类型 Spaceship" in r.get_data(as_text=True)
    )
    assert c.get("/types/Spaceship?format=json").get_json()["error"] == "Not Found"
    r = c.get(ent("Case", "NO-SUCH-CASE"))
    assert r.status_code == 404 and "没有 事故案例 NO-SUCH-CASE" in r.get_data(as_text=True)
    assert c.get(ent("Spaceship", "x")).status_code == 404
    assert c.get(ent("Case", "NO-SUCH", "/graph")).status_code == 404
    r = c.get(ent("Case", "NO-SUCH-CASE") + "?lang=en")
    assert (
        r.status_code == 404
        and "Not found" in r.get_data(as_text=True)
        and "There is no Incident case" in r.get_data(as_text=True)
    )
    r = c.get("/no/such/page")  # the cookie now says English
    assert r.status_code == 404 and "Not found" in r.get_data(as_text=True) and "未找到" not in r.get_data(as_text=True)


def test_entity_page_for_every_type(viewer: FlaskClient, onto: ontology.Ontology) -> None:
    home = viewer.get("/?format=json").get_json()
    for type_name in onto.nodes:
        if not home["nodes"][type_name]:
            continue
        first = viewer.get(f"/types/{type_name}?format=json&limit=1").get_json()["items"][0]
        r = viewer.get(first["url"])
        assert r.status_code == 200, (type_name, first["uid"])
        data = viewer.get(first["url"] + "?format=json").get_json()
        assert data["type"] == type_name and data["uid"] == first["uid"]
        assert [p["name"] for p in data["provenance"]] == [
            "src_doc",
            "src_loc",
            "created_by",
            "created_at",
            "updated_at",
        ]
        assert data["links"]["graph"].startswith(data["links"]["html"])


def test_entity_with_bar_in_uid(viewer: FlaskClient) -> None:
    data = viewer.get(ent("Clause", CLAUSE, "?format=json")).get_json()
    assert data["uid"] == CLAUSE and data["type_label"] == "条款"
    assert data["links"]["html"] == "/entity/Clause/REG-DECREE-493%7C%E7%AC%AC%E4%B8%89%E6%9D%A1"
    props = {p["name"]: p for p in data["properties"]}
    assert props["regulation"]["label"] == "所属法规编号"


def test_entity_properties_translated_and_related(viewer: FlaskClient) -> None:
    data = viewer.get(ent("Equipment", "CA-V-101", "?format=json")).get_json()
    props = {p["name"]: p for p in data["properties"]}
    assert props["kind"]["label"] == "类别"
    rels = {(g["rel"], g["direction"]) for g in data["related"]}
    assert ("STORES", "out") in rels and all(g["items"] for g in data["related"])
    en = viewer.get(ent("Equipment", "CA-V-101", "?format=json&lang=en")).get_json()
    assert {p["name"]: p for p in en["properties"]}["kind"]["label"] == "Kind"
    assert en["type_label"] == "Equipment"
    viewer.get("/?lang=zh")


def test_case_page(viewer: FlaskClient) -> None:
    r = viewer.get(ent("Case", CASE))
    html = r.get_data(as_text=True)
    assert r.status_code == 200
    for label in (
        "时间线",
        "原因链",
        "责任认定",
        "处理建议",  # the sanction column of the responsibilities, with the demo's sanction below
        "移送司法机关追究刑事责任",
        "事故后果",
        "经验教训",
        "事故等级",
        "定级依据",
        "特别重大",
        'id="graph"',
    ):
        assert label in html, label
    c = viewer.get(ent("Case", CASE, "?format=json")).get_json()["case"]
    assert c["severity"]["grade"] == "特别重大" and c["severity"]["basis"]["deaths"] == 78
    assert "493" in c["severity"]["basis"]["source"]
    assert c["timeline"][0]["date"] <= "2019-03-21" and any(e["event"] == "事故发生" for e in c["timeline"])
    chain = c["chains"][0]
    assert [x["uid"] for x in chain] == [f"{CASE}-C3", f"{CASE}-C2", f"{CASE}-C1"]
    assert chain[0]["leads_to"] == [f"{CASE}-C2"]
    kinds = {r["kind"] for r in c["responsibilities"]}
    assert kinds == {"主要责任", "监管责任"}
    assert all(r["parties"] for r in c["responsibilities"])
    assert len(c["consequences"]) == 3 and len(c["lessons"]) == 3 and c["sources"]


def test_plan_page(viewer: FlaskClient) -> None:
    html = viewer.get(ent("EmergencyPlan", PLAN)).get_data(as_text=True)
    assert "章节" in html and "岗位与人员" in html and "周建国" in html
    p = viewer.get(ent("EmergencyPlan", PLAN, "?format=json")).get_json()["plan"]
    seqs = [s["seq"] for s in p["sections"]]
    assert seqs == sorted(seqs) and p["sections"][0]["element_display"] == "总则"
    response = next(s for s in p["sections"] if s["element"] == "应急响应")
    assert [a["seq"] for a in response["actions"]] == sorted(a["seq"] for a in response["actions"])
    roles = [r for a in response["actions"] for r in a["roles"]]
    gm = next(r for r in roles if r["position"]["uid"] == "POS-CA-GM")
    assert [h["name"] for h in gm["holders"]] == ["周建国"] and gm["vacant"] is False
    assert p["missing_elements"] == []
    assert set(p["vacant_roles"]) == {r["position"]["uid"] for r in p["roles"] if r["vacant"]}


def test_plan_shows_vacant_roles(viewer: FlaskClient) -> None:
    plans = viewer.get("/types/EmergencyPlan?format=json&limit=100").get_json()["items"]
    vacant = []
    for plan in plans:
        data = viewer.get(plan["url"] + "?format=json").get_json()["plan"]
        vacant += data["vacant_roles"]
        if data["vacant_roles"]:
            html = viewer.get(plan["url"]).get_data(as_text=True)
            assert "空缺" in html
            en = viewer.get(plan["url"] + "?lang=en").get_data(as_text=True)
            assert "vacant" in en
            viewer.get("/?lang=zh")
            break
    if not vacant:
        pytest.skip("the demo has no plan with a vacant role")


def test_graph_json(viewer: FlaskClient) -> None:
    g1 = viewer.get(ent("Case", CASE, "/graph")).get_json()
    assert g1["root"] == f"Case:{CASE}" and g1["depth"] == 1
    ids = {n["id"] for n in g1["nodes"]}
    assert g1["root"] in ids and all(e["source"] in ids and e["target"] in ids for e in g1["edges"])
    assert all({"id", "type", "type_label", "name", "url", "colour", "root"} <= set(n) for n in g1["nodes"])
    g2 = viewer.get(ent("Case", CASE, "/graph?depth=2")).get_json()
    assert len(g2["nodes"]) > len(g1["nodes"]) and len(g2["nodes"]) <= 200
    big = viewer.get("/entity/Industry/化工/graph?depth=2").get_json()
    assert len(big["nodes"]) <= 200
    assert viewer.get(ent("Case", CASE, "/graph?depth=3")).status_code == 400
    assert viewer.get(ent("Case", CASE, "/graph?depth=x")).status_code == 400


def test_findings_feed(viewer: FlaskClient) -> None:
    r = viewer.get("/findings")
    assert r.status_code == 200 and "暂无发现" in r.get_data(as_text=True)
    data = viewer.get("/findings?format=json").get_json()
    assert data["findings"] == [] and data["recommendations"] == []
    assert {k["code"] for k in data["kinds"]} >= {"alarm", "inspection"}
    assert viewer.get("/findings?kind=alarm&format=json").get_json()["kind"] == "alarm"
    assert viewer.get("/findings?kind=nonsense").status_code == 400


def test_findings_feed_lists_findings(tmp_path: Path, onto: ontology.Ontology) -> None:
    store = open_store(Settings(data_dir=tmp_path / "g"))
    store.apply_schema(onto)
    prov = Provenance("test:findings", "pytest")
    upsert_nodes(
        store,
        onto,
        "Finding",
        [
            {
                "code": "F1",
                "name": "氯气浓度一级报警",
                "kind": "alarm",
                "observed_at": "2025-05-01T08:00:00+08:00",
                "value": 3.2,
            },
            {
                "code": "F2",
                "name": "巡检发现阀门渗漏",
                "kind": "inspection",
                "observed_at": "2025-05-02T08:00:00+08:00",
            },
        ],
        prov,
    )
    upsert_nodes(
        store,
        onto,
        "Recommendation",
        [
            {
                "code": "R1",
                "name": "启动液氯泄漏现场处置方案",
                "warning_level": "二级",
                "issued_at": "2025-05-01T08:01:00+08:00",
            },
        ],
        prov,
    )
    app = create_app(
        store=store,
        TESTING=True,
        SECRET_KEY="x",
        LOGIN_DISABLED=True,
        DATA_DIR=str(tmp_path),
        USERS_DB=str(tmp_path / "u.db"),
    )
    c = app.test_client()
    data = c.get("/findings?format=json").get_json()
    assert [f["uid"] for f in data["findings"]] == ["F2", "F1"]
    assert data["findings"][1]["kind_display"] == "报警"
    assert [r["uid"] for r in data["recommendations"]] == ["R1"]
    assert [f["uid"] for f in c.get("/findings?format=json&kind=alarm").get_json()["findings"]] == ["F1"]
    home = c.get("/?format=json").get_json()
    assert [f["uid"] for f in home["recent_findings"]] == ["F2", "F1"]
    assert home["recent_recommendations"][0]["warning_level_display"] == "二级"
    store.close()


def test_language_switch(app: Flask) -> None:
    c = login(app, "viewer")
    zh = c.get("/").get_data(as_text=True)
    assert "知识图谱概览" in zh and 'href="/?lang=en"' in zh
    r = c.get("/?lang=en")
    en = r.get_data(as_text=True)
    assert "Knowledge graph overview" in en and "Incident case" in en and 'lang="en"' in en
    assert "anzhi_lang=en" in r.headers.get("Set-Cookie", "")
    assert "Knowledge graph overview" in c.get("/").get_data(as_text=True)  # remembered
    assert c.get("/?format=json").get_json()["types"][0]["label"] == "Enterprise"
    assert "知识图谱概览" in c.get("/?lang=zh").get_data(as_text=True)


def test_every_message_is_translated() -> None:
    for key, (zh, en) in MESSAGES.items():
        assert zh and en, key
        assert re.findall(r"{(\w+)}", zh) == re.findall(r"{(\w+)}", en) or set(re.findall(r"{(\w+)}", zh)) == set(
            re.findall(r"{(\w+)}", en)
        ), key
    used = set()
    for f in (ROOT / "webui").rglob("*"):
        if f.suffix in (".py", ".html"):
            used |= set(re.findall(r"""\bt\(\s*['"]([\w.]+)['"]\s*[,)]""", f.read_text()))
    missing = sorted(k for k in used if k not in MESSAGES)
    assert not missing, f"labels without a translation: {missing}"


def test_ontology_labels_are_bilingual(onto: ontology.Ontology) -> None:
    for name, nt in onto.nodes.items():
        assert nt.zh and nt.en, name
        for p in onto.node_properties(name).values():
            assert p.zh and p.en, (name, p.name)
    for name, rt in onto.relations.items():
        assert rt.zh and rt.en, name


# --- users ------------------------------------------------------------------------------------------


def test_ensure_demo_users_once(tmp_path: Path) -> None:
    db = tmp_path / "users.db"
    first = ensure_demo_users(db)
    assert first is not None and set(first) == set(ROLES)
    assert ensure_demo_users(db) is None
    store = UserStore(db)
    assert store.verify("planner", first["planner"]) is not None
    assert store.verify("planner", "wrong") is None and store.verify("ghost", "x") is None
    assert stat.S_IMODE(os.stat(db).st_mode) == 0o600
    with store._conn() as conn:
        hashes = [r[0] for r in conn.execute("SELECT password_hash FROM users")]
    assert all(h.startswith("scrypt:") for h in hashes) and first["planner"] not in "".join(hashes)


def test_users_add_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "users.db")
    parser = argparse.ArgumentParser()
    from webui.users import add_arguments

    add_arguments(parser.add_subparsers(dest="command"))
    args = parser.parse_args(
        ["users", "add", "li.na", "--role", "planner", "--role", "investigator", "--password-stdin", "--db", db]
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password\n"))
    assert add_user_command(args) == 0
    user = UserStore(db).verify("li.na", "a long password")
    assert user is not None and user.roles == ("investigator", "planner")
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password\n"))
    assert add_user_command(args) == 2
    assert "already exists" in capsys.readouterr().err
    assert add_user_command(parser.parse_args(["users", "list", "--db", db])) == 0
    assert "li.na\tinvestigator,planner" in capsys.readouterr().out


def test_secret_key_generated_with_mode_600(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from webui.auth import secret_key

    monkeypatch.delenv("ANZHI_SECRET_KEY", raising=False)
    key = secret_key(tmp_path)
    assert len(key) == 64 and secret_key(tmp_path) == key
    assert stat.S_IMODE(os.stat(tmp_path / "secret_key").st_mode) == 0o600
    monkeypatch.setenv("ANZHI_SECRET_KEY", "from-env")
    assert secret_key(tmp_path) == "from-env"


# --- OpenAPI ----------------------------------------------------------------------------------------


def _openapi_path(rule: str) -> str:
    return re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule)


def test_every_get_route_is_in_openapi(app: Flask) -> None:
    spec: dict[str, Any] = yaml.safe_load((ROOT / "docs" / "openapi.yaml").read_text(encoding="utf-8"))
    assert spec["openapi"].startswith("3.1")
    missing = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static" or rule.endpoint.startswith("search."):
            continue
        path = _openapi_path(rule.rule)
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            if method.lower() not in spec["paths"].get(path, {}):
                missing.append(f"{method} {path}")
    assert not missing, f"routes missing from docs/openapi.yaml: {missing}"


# --- fast paths: the same output as the general helpers -----------------------------------------------


@pytest.mark.parametrize("script_root", ["", "/anzhi"])
def test_entity_url_and_cached_url_equal_url_for(app: Flask, script_root: str) -> None:
    from flask import url_for

    from webui.common import cached_url, entity_url

    uids = ["CASE-1", "REG-DECREE-493|第三条", "a b/c?d#e%f", "x/graph", "~!$&'()*+,;=:@", "液氯 储罐", ""]
    for _ in range(2):  # the second round from the cache
        with app.test_request_context("/search", base_url="http://localhost" + script_root):
            for uid in uids:
                for type_name in ("Case", "Clause"):
                    assert entity_url(type_name, uid) == url_for("entity.entity", type_name=type_name, uid=uid)
            assert entity_url("Case", "C 1", depth=2) == url_for("entity.entity", type_name="Case", uid="C 1",
                                                                 depth=2)
            for endpoint in ("browse.home", "auth.logout", "cases.index"):
                assert cached_url(endpoint) == url_for(endpoint)
                assert cached_url(endpoint).startswith(script_root + "/")
            assert cached_url("static", filename="anzhi.css") == url_for("static", filename="anzhi.css")


def test_template_messages_are_t(app: Flask) -> None:
    from webui.i18n import MESSAGES, messages, register, t

    for lang in ("zh", "en"):
        m = messages(lang)
        assert all(m[k] == t(k, lang) for k in MESSAGES)
        assert m["no.such.key"] == t("no.such.key", lang) == "no.such.key"
    register({"test.fast_path_key": ("中", "en")})
    try:
        assert messages("zh")["test.fast_path_key"] == "中" and messages("en")["test.fast_path_key"] == "en"
    finally:
        MESSAGES.pop("test.fast_path_key")
        register({})


def test_user_lookup_sees_later_writes_from_any_thread(tmp_path: Path) -> None:
    import threading

    db = tmp_path / "users.db"
    store = UserStore(db, hash_method="pbkdf2:sha256:1000")
    assert store.get("late.user") is None  # this thread's reader connection is open now
    UserStore(db, hash_method="pbkdf2:sha256:1000").add("late.user", "a long password", ["viewer"])
    user = store.get("late.user")
    assert user is not None and user.roles == ("viewer",)
    seen: list[Any] = []
    threads = [threading.Thread(target=lambda: seen.append(store.get("late.user"))) for _ in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert seen == [user] * 4


def test_every_template_message_is_translated() -> None:
    """The labels templates take from the `T` mapping (see webui.i18n.messages) exist, like those given to t()."""
    used = set()
    for f in (ROOT / "webui" / "templates").glob("*.html"):
        used |= set(re.findall(r"""\bT\[\s*['"]([\w.]+)['"]\s*\]""", f.read_text()))
    assert "search.title" in used and "nav.logout" in used
    assert not sorted(k for k in used if k not in MESSAGES)


def test_header_links_and_user_on_pages(app: Flask, viewer: FlaskClient, admin: FlaskClient) -> None:
    html = viewer.get("/search?q=液氯").get_data(as_text=True)
    assert '<span class="user">viewer</span>' in html and "/admin/users" not in html
    assert 'action="/logout"' in html and 'href="/static/anzhi.css"' in html
    assert '<span class="user">admin</span>' in admin.get("/").get_data(as_text=True)
    assert 'href="/admin/users"' in admin.get("/").get_data(as_text=True)


def test_session_signing_follows_the_secret_key(app: Flask) -> None:
    """The session serializer is kept between requests, but a changed secret key (or fallbacks) takes effect."""
    rejected, kept = login(app, "viewer"), login(app, "viewer")
    assert rejected.get("/search?q=液氯").status_code == 200
    si = app.session_interface
    first = si.get_signing_serializer(app)  # type: ignore[attr-defined]
    assert first is si.get_signing_serializer(app)  # type: ignore[attr-defined]
    old = app.secret_key
    try:
        app.secret_key = "another-secret"
        assert si.get_signing_serializer(app) is not first  # type: ignore[attr-defined]
        assert rejected.get("/search?q=液氯").status_code == 302  # the old key no longer signs in
        app.config["SECRET_KEY_FALLBACKS"] = [old]
        assert kept.get("/search?q=液氯").status_code == 200  # signed with a fallback key
    finally:
        app.secret_key = old
        app.config["SECRET_KEY_FALLBACKS"] = []


def test_search_hits_are_escaped(viewer: FlaskClient) -> None:
    html = viewer.get("/search?q=江海氯碱").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "<strong>江海氯碱&lt;script&gt;alert(1)&lt;/script&gt;</strong>" in html
    assert '<li class="search-hit">' in html and 'href="/entity/Enterprise/E-XSS"' in html
