"""The minimal web UI: home counts by type with a JSON twin, listings, escaping, 404s."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient

import ontology
from kb import Provenance, Settings, open_store, upsert_nodes
from webui import create_app


@pytest.fixture
def client(tmp_path: Path, onto: ontology.Ontology) -> Iterator[FlaskClient]:
    store = open_store(Settings(data_dir=tmp_path))
    store.apply_schema(onto)
    prov = Provenance("test:web", "pytest")
    upsert_nodes(store, onto, "Enterprise", [{"code": "E1", "name": "江海氯碱<script>alert(1)</script>"}], prov)
    upsert_nodes(store, onto, "Regulator", [{"code": "R1", "name": "江海县应急管理局"}], prov)
    app = create_app(store=store, TESTING=True)
    with app.test_client() as c:
        yield c
    store.close()


def test_home_shows_counts_in_chinese(client: FlaskClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert "知识图谱概览" in html and "企业" in html and "监管部门" in html


def test_home_json_twin(client: FlaskClient) -> None:
    data = client.get("/?format=json").get_json()
    assert data["nodes"]["Enterprise"] == 1 and data["nodes"]["Regulator"] == 1
    assert data["total_nodes"] == 2
    assert data["links"]["Enterprise"] == "/types/Enterprise?format=json"


def test_listing_html_is_escaped_and_json_matches(client: FlaskClient) -> None:
    html = client.get("/types/Enterprise").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
    data = client.get("/types/Enterprise?format=json").get_json()
    assert [i["uid"] for i in data["items"]] == ["E1"]
    assert data["items"][0]["src_doc"] == "test:web"


def test_unknown_type_is_404_in_chinese(client: FlaskClient) -> None:
    r = client.get("/types/Spaceship")
    assert r.status_code == 404 and "未找到" in r.get_data(as_text=True)
    assert client.get("/types/Spaceship?format=json").get_json()["error"] == "Not Found"
    assert client.get("/types/Enterprise?limit=x").status_code == 400
