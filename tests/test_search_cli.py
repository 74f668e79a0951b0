"""The reindex command function that run.py wires as `python run.py reindex`."""

from __future__ import annotations

from pathlib import Path

import pytest

import ontology
from kb import Provenance, Settings, open_store, upsert_nodes
from kb.search import SearchIndex, cmd_reindex


def test_cmd_reindex(tmp_path: Path, onto: ontology.Ontology, monkeypatch: pytest.MonkeyPatch,
                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ANZHI_DATA_DIR", str(tmp_path))
    store = open_store(Settings(backend="ladybug", data_dir=tmp_path))
    store.apply_schema(onto)
    upsert_nodes(store, onto, "Chemical", [{"cas": "7782-50-5", "name": "氯", "synonyms": ["液氯"]}],
                 Provenance("test", "pytest"))
    assert cmd_reindex(store, onto) == 0
    assert "1 documents" in capsys.readouterr().out
    assert SearchIndex(tmp_path / "search", onto).search("液氯").hits[0].uid == "7782-50-5"
    store.close()
