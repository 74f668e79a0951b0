"""Helpers for the ingest tests (imported by them; no tests of its own)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import ontology
from ingest.base import Importer, shared_data_dir
from ingest.runner import Result, run_import
from kb import GraphStore, count_by_type, count_relations

DATA = shared_data_dir()


def data(folder: str) -> Path:
    path = DATA / folder
    if not path.is_dir():
        pytest.skip(f"shared data set {path} is not there")
    return path


def ingest(
    importer: Importer, path: Path, store: GraphStore, state: Path, *, limit: int | None = None, **kw: object
) -> Result:
    return run_import(
        importer, path, store, state_dir=state, store_id="test", limit=limit, stream=io.StringIO(), **kw  # type: ignore[arg-type]
    )


def counts(store: GraphStore) -> dict[str, int]:
    onto = ontology.load()
    out = {k: v for k, v in count_by_type(store, onto).items() if v}
    out.update({k: v for k, v in count_relations(store, onto).items() if v})
    return out


def assert_nothing_changed(result: Result) -> None:
    c = result.counts
    assert (c.total("created"), c.total("updated"), c.total("merged")) == (0, 0, 0), c.by_type
    assert c.total("unchanged") > 0
