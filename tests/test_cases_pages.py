"""Case management pages through the Flask test client: roles, CSRF, the workflow, evidence, tasks, audit, exports."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import docx
import pytest
from flask import Flask
from flask.testing import FlaskClient

import ontology
from kb import Link, Provenance, Ref, Settings, link, open_store
from tests.test_cases_workflow import seed
from tests.webclient import app_with_users, login
from webui.cases_pages import bp as cases_bp

CASE = "/cases/CASE-T1"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory, onto: ontology.Ontology) -> Iterator[Flask]:
    tmp = tmp_path_factory.mktemp("casepages")
    store = open_store(Settings(data_dir=tmp / "graph"))
    store.apply_schema(onto)
    case = seed(store, onto)
    prov = Provenance("test:web", "pytest")
    link(
        store,
        onto,
        [
            Link("OCCURRED_AT", case, Ref("Enterprise", "E1")),
            Link("BELONGS_TO", Ref("Position", "POS-GM"), Ref("Enterprise", "E1")),
        ],
        prov,
    )
    app = app_with_users(store, tmp)
    if "cases" not in app.blueprints:
        app.register_blueprint(cases_bp)
    yield app
    store.close()



@pytest.fixture(scope="module")
def inv(app: Flask) -> tuple[FlaskClient, str]:
    return login(app, "investigator")


@pytest.fixture(scope="module")
def viewer(app: Flask) -> tuple[FlaskClient, str]:
    return login(app, "viewer")


def test_reading_needs_login_and_viewer_is_read_only(app: Flask, viewer: tuple[FlaskClient, str]) -> None:
    anon = app.test_client()
    assert anon.get("/cases?format=json").status_code == 401
    c, token = viewer
    r = c.get("/cases")
    assert r.status_code == 200 and "CASE-T1" in r.get_data(as_text=True)
    page = c.get(CASE).get_data(as_text=True)
    assert 'id="readonly"' in page and "/transition" not in page and "<svg" in page
    r = c.post(f"{CASE}/transition?format=json", data={"to": "investigating", "csrf_token": token})
    assert r.status_code == 403
    r = c.post(f"{CASE}/tasks?format=json", data={"title": "x", "owner": "Person:P1", "csrf_token": token})
    assert r.status_code == 403
    data = c.get(f"{CASE}?format=json").get_json()
    assert data["status"] == "reported" and [s["code"] for s in data["allowed"]] == ["investigating", "closed"]


def test_csrf_is_required(inv: tuple[FlaskClient, str]) -> None:
    c, _ = inv
    assert c.post(f"{CASE}/transition", data={"to": "investigating"}).status_code == 400
    assert c.post(f"{CASE}/transition", data={"to": "investigating", "csrf_token": "forged"}).status_code == 400
    assert c.get(f"{CASE}?format=json").get_json()["status"] == "reported"


def test_investigation_through_the_pages(app: Flask, inv: tuple[FlaskClient, str]) -> None:
    c, token = inv
    post = lambda path, **data: c.post(path, data={"csrf_token": token, **data})  # noqa: E731
    r = post(f"{CASE}/transition?format=json", to="corrective_actions")
    assert r.status_code == 409 and "不允许的状态变更" in r.get_json()["detail"]
    r = post(f"{CASE}/transition", to="investigating")
    assert r.status_code == 303
    assert "调查中" in c.get(r.location).get_data(as_text=True)

    r = post(
        f"{CASE}/causes?format=json",
        text="作业人员未检测进入受限空间",
        level="直接原因",
        factor_class="人的因素/行为/违章作业",
        party="Person:P1",
    )
    assert r.status_code == 201
    cause = r.get_json()["cause"]
    r = post(f"{CASE}/whys?format=json", from_cause=cause, text="审批制度未执行", factor_class="管理因素")
    assert r.status_code == 201 and r.get_json()["chain"][0] == cause and len(r.get_json()["chain"]) == 2

    r = c.post(
        f"{CASE}/evidence?format=json",
        data={"csrf_token": token, "supports": cause, "file": (io.BytesIO(b"gas log 19.0% O2"), "气体检测记录.txt")},
        content_type="multipart/form-data",
    )
    assert r.status_code == 201
    ev = c.get(f"{CASE}?format=json").get_json()["evidence"][0]
    assert ev["filename"] == "气体检测记录.txt" and ev["supports"][0]["uid"] == cause
    got = c.get(ev["url"])
    assert (
        got.status_code == 200
        and got.data == b"gas log 19.0% O2"
        and "sandbox" in got.headers["Content-Security-Policy"]
    )

    r = post(f"{CASE}/tasks?format=json", title="x", owner="Person:GHOST", due_on="2020-01-01")
    assert r.status_code == 400 and "责任人不存在：Person:GHOST" in r.get_json()["detail"]
    r = post(f"{CASE}/tasks", title="受限空间专项整治", owner="Position:POS-GM", kind="corrective", due_on="2020-01-01")
    assert r.status_code == 303
    page = c.get(CASE).get_data(as_text=True)
    assert "overdue-mark" in page and "受限空间专项整治" in page and "不予认定" in page
    assert c.get("/cases/overdue?format=json").get_json()["tasks"][0]["title"] == "受限空间专项整治"

    data = c.get(f"{CASE}?format=json").get_json()
    party = next(s["party"] for s in data["suggestions"] if s["party"] == "Position:POS-GM")
    r = post(f"{CASE}/responsibility?format=json", party=party, decision="confirm", kind="领导责任", sanction="罚款")
    assert r.status_code == 201
    r = post(f"{CASE}/responsibility?format=json", party="Person:NOPE", decision="confirm")
    assert r.status_code == 400

    r = post(f"{CASE}/transition?format=json", to="closed")
    assert r.status_code == 400 and "结案需要填写理由" in r.get_json()["detail"]
    r = post(f"{CASE}/transition?format=json", to="closed", reason="调查完毕")
    assert r.status_code == 409 and "仍有 1 项任务未完成" in r.get_json()["detail"]
    r = post(f"{CASE}/transition?format=json", to="closed", reason="调查完毕", acknowledge="1")
    assert r.status_code == 200 and r.get_json()["warnings"]
    r = post(f"{CASE}/transition?format=json", to="investigating", reason="补充调查")
    assert r.get_json()["to"] == "investigating"

    audit = c.get(f"{CASE}/audit?format=json").get_json()
    assert audit["chain"]["ok"] and audit["entries"][0]["action"] == "case.opened"
    actions = [e["action"] for e in audit["entries"]]
    assert "case.reopened" in actions and "refused:task.add" in actions and "refused:case.status" in actions
    html = c.get(f"{CASE}/audit").get_data(as_text=True)
    assert 'id="chain-ok"' in html and "<form" not in html.split("<main>")[1].split("</main>")[0]

    md = c.get(f"{CASE}/report.md")
    text = md.get_data(as_text=True)
    assert md.status_code == 200 and "## 四、事故原因和性质" in text and "气体检测记录.txt" in text
    d = docx.Document(io.BytesIO(c.get(f"{CASE}/report.docx").data))
    assert "五、责任认定及处理建议" in [p.text for p in d.paragraphs]
    svg = c.get(f"{CASE}/accimap.svg")
    assert svg.mimetype == "image/svg+xml" and "员工" in svg.get_data(as_text=True)


def test_tampered_evidence_is_refused(app: Flask, inv: tuple[FlaskClient, str]) -> None:
    c, token = inv
    r = c.post(
        f"{CASE}/evidence?format=json",
        data={"csrf_token": token, "file": (io.BytesIO(b"photo"), "p.jpg")},
        content_type="multipart/form-data",
    )
    assert r.status_code == 201
    ev = next(e for e in c.get(f"{CASE}?format=json").get_json()["evidence"] if e["filename"] == "p.jpg")
    path = Path(app.config["DATA_DIR"]) / "evidence" / ev["sha256"][:2] / ev["sha256"]
    os.chmod(path, 0o644)
    path.write_bytes(b"edited")
    r = c.get(ev["url"] + "?format=json")
    assert r.status_code == 409 and "校验不符" in r.get_json()["detail"]
    r = c.post(f"{CASE}/evidence/{ev['sha256']}/verify?format=json", data={"csrf_token": token})
    assert r.status_code == 409 and r.get_json()["integrity"] == "tampered"
    page = c.get(CASE).get_data(as_text=True)
    assert "校验不符" in page


def test_open_case_forms(app: Flask, inv: tuple[FlaskClient, str], viewer: tuple[FlaskClient, str]) -> None:
    c, token = inv
    assert c.get("/cases/new").status_code == 200
    r = c.post(
        "/cases/new?format=json",
        data={
            "csrf_token": token,
            "mode": "manual",
            "code": "CASE-W2",
            "name": "手工立案",
            "occurred_on": "2024-03-01",
            "accident_type": "火灾",
        },
    )
    assert r.status_code == 201 and r.get_json()["uid"] == "CASE-W2"
    r = c.post(
        "/cases/new?format=json",
        data={
            "csrf_token": token,
            "mode": "manual",
            "code": "CASE-W2",
            "name": "again",
            "occurred_on": "2024-03-01",
            "accident_type": "火灾",
        },
    )
    assert r.status_code == 409
    r = c.post(
        "/cases/new?format=json",
        data={"csrf_token": token, "mode": "recommendation", "recommendation": "REC-NONE", "accident_type": "火灾"},
    )
    assert r.status_code == 404 and "REC-NONE" in r.get_json()["detail"]
    r = c.post("/cases/new?format=json", data={"csrf_token": token, "mode": "report", "case": "CASE-W2"})
    assert r.status_code == 409
    listing = c.get("/cases?status=reported&format=json").get_json()
    assert [x["uid"] for x in listing["cases"]] == ["CASE-W2"]
    assert c.get("/cases?status=nonsense").status_code == 400
    v, vt = viewer
    assert v.post("/cases/new", data={"csrf_token": vt, "mode": "manual"}).status_code == 403
    assert c.get(f"/cases/{quote('NOPE', safe='')}?format=json").status_code == 404


def test_every_cases_route_is_in_openapi(app: Flask) -> None:
    import yaml

    spec = yaml.safe_load((Path(__file__).resolve().parent.parent / "docs" / "openapi.yaml").read_text("utf-8"))
    missing = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint.startswith("cases."):
            path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
            for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
                if method.lower() not in spec["paths"].get(path, {}):
                    missing.append(f"{method} {path}")
    assert not missing
