"""Rule-pack pages: /rules, /rules/<pack>, /rules/<pack>/<rule_id>, their JSON twins, languages and test results."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

import ontology
from kb import GraphStore, Settings, open_store
from rules.pack import load, shipped


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    s = open_store(Settings(backend="ladybug", data_dir=tmp_path_factory.mktemp("rules-pages") / "graph"))
    s.apply_schema(ontology.load())
    yield s
    s.close()


def make_app(store: GraphStore, tmp: Path, **config: Any) -> Flask:
    from webui import create_app

    app = create_app(
        store=store,
        TESTING=True,
        LOGIN_DISABLED=True,
        SECRET_KEY="x",
        DATA_DIR=str(tmp),
        USERS_DB=str(tmp / "u.db"),
        **config,
    )
    return app


@pytest.fixture(scope="module")
def client(store: GraphStore, tmp_path_factory: pytest.TempPathFactory) -> Any:
    return make_app(store, tmp_path_factory.mktemp("app")).test_client()


def test_pack_list(client: Any) -> None:
    data = client.get("/rules?format=json").get_json()
    ids = [p["id"] for p in data["packs"]]
    assert ids == [load(p).id for p in shipped()]
    gd = next(p for p in data["packs"] if p["id"] == "gas-detection")
    assert gd["version"] and gd["title"] == "可燃气体和有毒气体检测报警"
    assert (
        gd["authority"]
        and "化工" in gd["industries"]
        and gd["rule_count"] == len(load(next(p for p in shipped() if p.stem == "gas-detection")).rules)
    )
    assert gd["tests"]["total"] == gd["tests"]["passed"] + gd["tests"]["failed"] > 0
    assert data["tests"]["total"] == sum(p["tests"]["total"] for p in data["packs"])
    html = client.get("/rules").get_data(as_text=True)
    assert "规则包" in html and 'href="/rules/gas-detection"' in html and "通过" in html
    assert "Rule packs" in client.get("/rules?lang=en").get_data(as_text=True)


def test_pack_page(client: Any) -> None:
    r = client.get("/rules/gas-detection")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert "GD-01" in html and "GB/T 50493-2019" in html and "班组长" in html and "30 %LEL fires" in html
    data = client.get("/rules/gas-detection?format=json").get_json()
    rule = data["rules"][0]
    assert {"id", "title", "basis", "warning_level", "conditions", "actions", "notify", "cases", "tests"} <= set(rule)
    assert rule["id"] == "GD-01" and rule["warning_level"] == "三级"
    assert rule["conditions"] == ["finding(kind = reading; sensor_kind = 可燃气体; value ≥ 25, value < 50)"]
    assert rule["actions"][0]["plan_kind"] == "现场处置方案" and rule["notify"] == ["班组长", "操作人员"]
    assert [c["expect"] for c in rule["cases"]] == ["fire", "no_fire", "no_fire"]
    assert all(c["passed"] for c in rule["cases"]) and rule["tests"]["failed"] == 0


def test_rule_page(client: Any) -> None:
    data = client.get("/rules/gas-detection/GD-02?format=json").get_json()
    assert data["id"] == "GD-02" and data["pack"]["id"] == "gas-detection"
    assert data["cases"][0]["detail"].startswith("fired")
    html = client.get("/rules/gas-detection/GD-02?lang=en").get_data(as_text=True)
    assert "Warning level" in html and "GD-02" in html and "pass" in html


def test_not_found(client: Any) -> None:
    assert client.get("/rules/no-such-pack").status_code == 404
    assert client.get("/rules/gas-detection/NOPE?format=json").status_code == 404


def test_a_failing_case_shows_as_failed(store: GraphStore, tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    packs.mkdir()
    src = next(p for p in shipped() if p.stem == "gas-detection")
    text = src.read_text(encoding="utf-8")
    # 20 %LEL now "expects" a firing: the rule (threshold 25) does not fire, so that case fails.
    broken = text.replace(
        "name: 20 %LEL is below the set point\n        given: [{finding: {kind: reading, "
        'sensor_kind: 可燃气体, value: 20, unit: "%LEL", ts: 0}}]\n        expect: no_fire',
        "name: 20 %LEL is below the set point\n        given: [{finding: {kind: reading, "
        'sensor_kind: 可燃气体, value: 20, unit: "%LEL", ts: 0}}]\n        expect: fire',
    )
    assert broken != text
    (packs / "gas-detection.yaml").write_text(broken.replace('version: "1.0.0"', 'version: "1.0.99"'), encoding="utf-8")
    (packs / "zz-bad.yaml").write_text("pack: zz-bad\nversion: 1\n", encoding="utf-8")
    c = make_app(store, tmp_path, RULE_PACKS_DIR=str(packs)).test_client()
    data = c.get("/rules?format=json").get_json()
    gd, bad = data["packs"]
    assert "error" not in gd, gd.get("error")
    assert gd["version"] == "1.0.99" and gd["tests"]["failed"] == 1 and data["tests"]["failed"] == 1
    assert bad["id"] == "zz-bad" and bad["error"]
    rule = c.get("/rules/gas-detection/GD-01?format=json").get_json()
    case = next(x for x in rule["cases"] if x["name"] == "20 %LEL is below the set point")
    assert not case["passed"] and "did not" in case["detail"]
    html = c.get("/rules/gas-detection/GD-01").get_data(as_text=True)
    assert "case-fail" in html and "未通过" in html
    assert "加载失败" in c.get("/rules").get_data(as_text=True)
    # A fixed file (new content) is re-run, not served from the cache.
    shutil.copy(src, packs / "gas-detection.yaml")
    assert c.get("/rules/gas-detection?format=json").get_json()["tests"]["failed"] == 0


def test_login_required(store: GraphStore, tmp_path: Path) -> None:
    from webui import create_app

    app = create_app(store=store, TESTING=True, SECRET_KEY="x", DATA_DIR=str(tmp_path), USERS_DB=str(tmp_path / "u"))
    c = app.test_client()
    assert c.get("/rules?format=json").status_code == 401
    assert c.get("/rules").status_code == 302
