"""Fixtures: one `store` fixture parameterised over both backends, so every contract test runs on both.

Neo4j comes from scripts/neo4j.sh (its env file var/neo4j/env) or ANZHI_NEO4J_* variables. Locally a missing
Neo4j skips the `neo4j` tests with the reason; with CI=true it fails them, so CI cannot pass without it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import ontology
from kb import GraphStore, Settings, StoreUnavailable, open_store
from kb.config import ROOT

NEO4J_ENV_FILE = ROOT / "var" / "neo4j" / "env"


def neo4j_settings() -> Settings | None:
    env = dict(os.environ)
    if "ANZHI_NEO4J_URI" not in env and NEO4J_ENV_FILE.exists():
        for line in NEO4J_ENV_FILE.read_text().splitlines():
            if line.startswith("export ") and "=" in line:
                k, _, v = line[len("export ") :].partition("=")
                env[k] = v.strip().strip("'\"")
    if "ANZHI_NEO4J_URI" not in env:
        return None
    return Settings.from_env({**env, "ANZHI_BACKEND": "neo4j"})


def _no_neo4j(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true and Neo4j is not available: {reason}")
    missing = [t for t in ("java", "mvn") if shutil.which(t) is None]
    hint = f" (missing: {', '.join(missing)})" if missing else " (start it: bash scripts/neo4j.sh start)"
    pytest.skip(f"NEO4J NOT AVAILABLE, Neo4j tests skipped: {reason}{hint}")


@pytest.fixture(scope="session")
def onto() -> ontology.Ontology:
    return ontology.load()


@pytest.fixture(scope="session")
def neo4j_store(onto: ontology.Ontology) -> Iterator[GraphStore]:
    settings = neo4j_settings()
    if settings is None:
        _no_neo4j("no ANZHI_NEO4J_URI and no var/neo4j/env")
    assert settings is not None
    try:
        store = open_store(settings)
    except StoreUnavailable as e:
        _no_neo4j(str(e))
    store.apply_schema(onto)
    yield store
    store.close()


def wipe_neo4j(store: GraphStore) -> None:
    store.write(lambda tx: tx.run("MATCH (n) DETACH DELETE n"))


@pytest.fixture(params=["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, tmp_path: Path, onto: ontology.Ontology) -> Iterator[GraphStore]:
    """An empty store with the schema applied, on each backend."""
    yield from _empty_store(request, request.param, tmp_path, onto)


@pytest.fixture
def any_store(request: pytest.FixtureRequest, tmp_path: Path, onto: ontology.Ontology) -> Iterator[GraphStore]:
    """`store` for a module that parameterises the backends itself (its `store` fixture's param)."""
    yield from _empty_store(request, request.node.callspec.params["store"], tmp_path, onto)


def _empty_store(request: pytest.FixtureRequest, backend: str, tmp_path: Path,
                 onto: ontology.Ontology) -> Iterator[GraphStore]:
    if backend == "ladybug":
        s = open_store(Settings(backend="ladybug", data_dir=tmp_path / "graph"))
        s.apply_schema(onto)
        yield s
        s.close()
    else:
        s = request.getfixturevalue("neo4j_store")
        wipe_neo4j(s)
        yield s
        wipe_neo4j(s)
