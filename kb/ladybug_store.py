"""LadybugDB (the maintained Kùzu fork), embedded: the default backend.

LadybugDB needs typed tables, so the DDL is derived from the ontology: one node table per node type with
`uid` as primary key, one relationship table per relationship type listing every allowed FROM/TO pair.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ladybug

from ontology import Ontology, Property

from .config import DEFAULT_CHECKPOINT_MB
from .store import Health, Row, StoreError, StoreUnavailable, T

# Dates and date-times are stored as ISO strings on both backends: they sort correctly, compare
# as text in Cypher, and come back from both drivers as the same Python type.
COLUMN_TYPES = {
    "string": "STRING",
    "int": "INT64",
    "float": "DOUBLE",
    "bool": "BOOLEAN",
    "date": "STRING",
    "datetime": "STRING",
    "strings": "STRING[]",
}


def _id(value: dict[str, Any]) -> str:
    return f"{value['table']}:{value['offset']}"


def _normalise(value: Any) -> Any:
    if isinstance(value, dict):
        if "_NODES" in value and "_RELS" in value:
            return {"nodes": [_normalise(n) for n in value["_NODES"]], "rels": [_normalise(r) for r in value["_RELS"]]}
        if "_LABEL" in value and "_ID" in value:
            out: dict[str, Any] = {"_type": value["_LABEL"], "_id": _id(value["_ID"])}
            if "_SRC" in value:
                out["_src"] = _id(value["_SRC"])
                out["_dst"] = _id(value["_DST"])
            for k, v in value.items():
                if not k.startswith("_") and v is not None:
                    out[k] = v
            return out
        return {k: _normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    return value


def _columns(props: dict[str, Property]) -> str:
    return ", ".join(f"{p.name} {COLUMN_TYPES[p.type]}" for p in props.values())


def node_table_ddl(onto: Ontology, type_name: str) -> str:
    props = {k: v for k, v in onto.node_properties(type_name).items() if k != "uid"}
    return f"CREATE NODE TABLE IF NOT EXISTS `{type_name}`(uid STRING PRIMARY KEY, {_columns(props)})"


def rel_table_ddl(onto: Ontology, rel_name: str) -> str:
    rt = onto.relation(rel_name)
    pairs = ", ".join(f"FROM `{s}` TO `{d}`" for s in rt.sources for d in rt.targets)
    props = onto.relation_properties(rel_name)
    cols = f", {_columns(props)}" if props else ""
    return f"CREATE REL TABLE IF NOT EXISTS `{rel_name}`({pairs}{cols})"


class _LadybugTx:
    list_base = 1  # LadybugDB lists are 1-based

    def __init__(self, conn: ladybug.Connection) -> None:
        self._conn = conn

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        return _execute(self._conn, query, params)


def _execute(conn: ladybug.Connection, query: str, params: dict[str, Any] | None) -> list[Row]:
    try:
        result = conn.execute(query, params or {})
    except RuntimeError as e:
        raise StoreError(f"LadybugDB: {e}") from e
    if isinstance(result, list):  # several statements: keep the last result
        result = result[-1]
    cols = result.get_column_names()
    rows = [dict(zip(cols, (_normalise(v) for v in row), strict=True)) for row in result.get_all()]
    result.close()
    return rows


class LadybugStore:
    backend = "ladybug"

    def __init__(self, data_dir: str | Path, *, checkpoint_mb: int = DEFAULT_CHECKPOINT_MB) -> None:
        self.path = Path(data_dir) / "graph.lbug"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = ladybug.Database(str(self.path), checkpoint_threshold=checkpoint_mb * 1024 * 1024)
            self._conn = ladybug.Connection(self._db)
        except (RuntimeError, OSError) as e:
            raise StoreUnavailable(
                f"cannot open the LadybugDB database at {self.path}: {e}. "
                "Is another Anzhi process using it? Set ANZHI_DATA_DIR to another folder or stop that process."
            ) from e
        # One connection, one writer at a time: LadybugDB allows a single write transaction, and a
        # Connection is not meant to be shared by threads running queries at once.
        self._lock = threading.RLock()

    def read(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        with self._lock:
            return _execute(self._conn, query, params)

    def write(self, work: Callable[[Any], T]) -> T:
        with self._lock:
            self._conn.execute("BEGIN TRANSACTION")
            try:
                result = work(_LadybugTx(self._conn))
            except BaseException:
                # A failed statement has usually rolled the transaction back already; then ROLLBACK itself fails
                # ("no active transaction") and must not hide the error that matters.
                with contextlib.suppress(RuntimeError):
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
            return result

    def existing_tables(self) -> dict[str, str]:
        return {r["name"]: r["type"] for r in self.read("CALL show_tables() RETURN name, type")}

    def apply_schema(self, onto: Ontology) -> list[str]:
        statements: list[str] = []
        with self._lock:
            tables = self.existing_tables()
            for name in onto.nodes:
                statements.append(node_table_ddl(onto, name))
                if name in tables:
                    statements += self._add_missing_columns(name, onto.node_properties(name))
            for name in onto.relations:
                statements.append(rel_table_ddl(onto, name))
                if name in tables:
                    statements += self._add_missing_columns(name, onto.relation_properties(name))
            for stmt in statements:
                _execute(self._conn, stmt, None)
        return statements

    def _add_missing_columns(self, table: str, props: dict[str, Property]) -> list[str]:
        """Schema evolution: a property added to the ontology becomes a new, empty column."""
        have = {r["name"] for r in _execute(self._conn, f"CALL table_info('{table}') RETURN name", None)}
        return [
            f"ALTER TABLE `{table}` ADD IF NOT EXISTS {p.name} {COLUMN_TYPES[p.type]}"
            for p in props.values()
            if p.name not in have
        ]

    def health(self) -> Health:
        try:
            n = len(self.existing_tables())
        except StoreError as e:
            return Health(False, self.backend, str(e), "check ANZHI_DATA_DIR and its permissions")
        if n == 0:
            return Health(False, self.backend, f"{self.path}: no schema yet", "run: python run.py schema")
        return Health(True, self.backend, f"{self.path}: {n} tables")

    def checkpoint(self) -> None:
        """Write the write-ahead log into the database file now. Committed data is durable in the log already;
        LadybugDB checkpoints on its own when the log passes a threshold and on close, and a checkpoint after
        inserts rewrites each relationship table they touched (~1.5 s, plus ~1.5 ms a report, after an import of
        reports), so an import's full cost includes it (bench/ingest.py measures both)."""
        with self._lock:
            _execute(self._conn, "CHECKPOINT", None)

    def close(self) -> None:
        with self._lock:
            self._conn.close()
            self._db.close()
