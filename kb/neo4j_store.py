"""Neo4j 5 through the official driver.

One driver per process (the driver pools connections); reads use `execute_query`, writes a managed
transaction, and both retry transient errors (leader changes, deadlocks) as the driver does by default.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import neo4j
from neo4j import exceptions as nx

from ontology import Ontology

from .store import Health, Row, StoreError, StoreUnavailable, T

BOLT_SCHEMES = {"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}
_DRIVERS: dict[tuple[str, str], neo4j.Driver] = {}


def _normalise(value: Any) -> Any:
    if isinstance(value, neo4j.graph.Node):
        labels = sorted(value.labels)
        out: dict[str, Any] = {"_type": labels[0] if labels else "", "_id": value.element_id}
        out.update(value.items())
        return out
    if isinstance(value, neo4j.graph.Relationship):
        out = {"_type": value.type, "_id": value.element_id}
        assert value.start_node is not None and value.end_node is not None
        out["_src"] = value.start_node.element_id
        out["_dst"] = value.end_node.element_id
        out.update(value.items())
        return out
    if isinstance(value, neo4j.graph.Path):
        return {"nodes": [_normalise(n) for n in value.nodes], "rels": [_normalise(r) for r in value.relationships]}
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if isinstance(value, dict):
        return {k: _normalise(v) for k, v in value.items()}
    return value


def _rows(records: Any) -> list[Row]:
    return [{k: _normalise(v) for k, v in r.items()} for r in records]


class _Neo4jTx:
    list_base = 0

    def __init__(self, tx: neo4j.ManagedTransaction) -> None:
        self._tx = tx

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        return _rows(self._tx.run(query, params or {}))


def constraint_ddl(type_name: str) -> str:
    return f"CREATE CONSTRAINT {type_name.lower()}_uid IF NOT EXISTS FOR (n:`{type_name}`) REQUIRE n.uid IS UNIQUE"


def name_index_ddl(type_name: str) -> str:
    return f"CREATE INDEX {type_name.lower()}_name IF NOT EXISTS FOR (n:`{type_name}`) ON (n.name)"


class Neo4jStore:
    backend = "neo4j"

    def __init__(self, uri: str, user: str, password: str, database: str = "neo4j") -> None:
        self.uri, self.database = uri, database
        self._key = (uri, user)
        if uri.split("://", 1)[0] not in BOLT_SCHEMES:
            raise StoreUnavailable(
                f"ANZHI_NEO4J_URI={uri!r} is not a Bolt address: use bolt://host:7687 or neo4j://host:7687"
            )
        try:
            if self._key not in _DRIVERS:
                _DRIVERS[self._key] = neo4j.GraphDatabase.driver(uri, auth=(user, password))
            self._driver = _DRIVERS[self._key]
            self._driver.verify_connectivity()
        except nx.AuthError as e:
            self.close()
            raise StoreUnavailable(
                f"Neo4j at {uri} refused user {user!r}: wrong password? Set ANZHI_NEO4J_USER and ANZHI_NEO4J_PASSWORD."
            ) from e
        except (nx.ServiceUnavailable, nx.ConfigurationError, OSError, ValueError) as e:
            self.close()
            raise StoreUnavailable(
                f"Neo4j at {uri} is unreachable ({type(e).__name__}). Start it (bash scripts/neo4j.sh start) "
                "or set ANZHI_NEO4J_URI."
            ) from e

    def read(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        try:
            records, _, _ = self._driver.execute_query(
                query, params or {}, database_=self.database, routing_=neo4j.RoutingControl.READ
            )
        except nx.Neo4jError as e:
            raise StoreError(f"Neo4j: {e.message}") from e
        return _rows(records)

    def write(self, work: Callable[[Any], T]) -> T:
        try:
            with self._driver.session(database=self.database) as session:
                return session.execute_write(lambda tx: work(_Neo4jTx(tx)))
        except nx.Neo4jError as e:
            raise StoreError(f"Neo4j: {e.message}") from e

    def apply_schema(self, onto: Ontology) -> list[str]:
        statements = [s for name in onto.nodes for s in (constraint_ddl(name), name_index_ddl(name))]
        with self._driver.session(database=self.database) as session:
            for stmt in statements:
                session.run(stmt).consume()
        return statements

    def health(self) -> Health:
        try:
            self._driver.verify_connectivity()
            n = len(self.read("SHOW CONSTRAINTS YIELD name RETURN name"))
        except (nx.Neo4jError, nx.DriverError, StoreError, OSError) as e:
            return Health(False, self.backend, f"{self.uri}: {e}", "start Neo4j or check ANZHI_NEO4J_URI")
        if n == 0:
            return Health(False, self.backend, f"{self.uri}: no schema yet", "run: python run.py schema")
        return Health(True, self.backend, f"{self.uri} database {self.database}: {n} constraints")

    def close(self) -> None:
        driver = _DRIVERS.pop(self._key, None)
        if driver is not None:
            driver.close()
