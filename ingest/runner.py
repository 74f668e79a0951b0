"""Run an importer: validate, resolve, write in batches, quarantine, checkpoint, report.

Each batch of units is written in one transaction through `kb.repository.write_nodes/write_links`, after
reading what is already stored so that a node or relationship that would not change is not written at all
(a re-import changes nothing, and says so). A unit that fails validation goes whole to the quarantine
report; a link whose end does not exist goes there alone. After the transaction commits, the batch's
rejects are appended to the report and the checkpoint records the units done, so a killed run resumes
after the last committed batch with nothing lost and nothing twice.
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import ontology
from kb import GraphStore
from kb.repository import write_links, write_nodes
from kb.store import Row, Tx
from ontology import Ontology, RecordError, validate_node, validate_relation

from . import quarantine
from .base import Importer, Reject, SourceDoc, Unit
from .checkpoint import Checkpoint
from .progress import Progress
from .resolve import NAME_MATCH_TYPES, changed, merge, normalise_name

COLUMNS = ("created", "updated", "unchanged", "merged")
NodeKey = tuple[str, str]  # (type, uid)
LinkKey = tuple[str, str, str, str, str]  # (rel, src type, dst type, src uid, dst uid)


@dataclass
class Counts:
    """What a run did, by node type or relationship type."""

    records: int = 0
    quarantined: int = 0
    by_type: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, name: str, column: str, n: int = 1) -> None:
        row = self.by_type.setdefault(name, dict.fromkeys(COLUMNS, 0))
        row[column] += n

    def total(self, column: str) -> int:
        return sum(r[column] for r in self.by_type.values())

    def merge_in(self, other: Counts) -> None:
        self.records += other.records
        self.quarantined += other.quarantined
        for name, row in other.by_type.items():
            for col, n in row.items():
                self.add(name, col, n)

    def as_dict(self) -> dict[str, Any]:
        return {"records": self.records, "quarantined": self.quarantined, "by_type": self.by_type}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Counts:
        c = cls(int(data.get("records", 0)), int(data.get("quarantined", 0)))
        for name, row in (data.get("by_type") or {}).items():
            for col, n in row.items():
                c.add(name, col, int(n))
        return c


@dataclass
class Result:
    kind: str
    counts: Counts
    quarantine_file: Path | None
    seconds: float
    resumed_from: int = 0
    dry_run: bool = False


@dataclass
class _Batch:
    """The validated content of a batch, ready to write."""

    nodes: dict[NodeKey, dict[str, Any]] = field(default_factory=dict)
    reasons: dict[NodeKey, str] = field(default_factory=dict)  # merge reasons found by name matching
    links: dict[LinkKey, dict[str, Any]] = field(default_factory=dict)
    link_origin: dict[LinkKey, tuple[str, str]] = field(default_factory=dict)  # (file, record) for rejects
    merged: set[NodeKey] = field(default_factory=set)  # nodes merged from two documents inside the batch


@dataclass
class _Outcome:
    counts: Counts
    rejects: list[Reject]
    written: set[NodeKey]


class _ReadOnlyTx:
    """A dry run reads through the store and writes nothing."""

    def __init__(self, store: GraphStore) -> None:
        self._store = store
        self.list_base = 1 if store.backend == "ladybug" else 0  # as the store's own transactions

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        return self._store.read(query, params)


def _ordered(row: dict[str, Any]) -> dict[str, Any]:
    """Keys in one order: LadybugDB types an UNWIND list as one struct, field order included."""
    return {k: row[k] for k in sorted(row)}


def source_hash(kind: str, docs: Sequence[SourceDoc], limit: int | None) -> str:
    h = hashlib.sha256(f"{kind}\n{limit}\n".encode())
    for d in docs:
        h.update(f"{d.label}\n{d.sha256}\n".encode())
    return h.hexdigest()


class Runner:
    def __init__(
        self,
        importer: Importer,
        store: GraphStore,
        *,
        state_dir: Path,
        store_id: str,
        batch_size: int = 200,
        dry_run: bool = False,
        limit: int | None = None,
        stream: TextIO | None = None,
        onto: Ontology | None = None,
    ) -> None:
        self.importer, self.store = importer, store
        self.state_dir, self.store_id = state_dir, store_id
        self.batch_size, self.dry_run, self.limit = max(1, batch_size), dry_run, limit
        self.stream = stream if stream is not None else sys.stderr
        self.onto = onto or ontology.load()
        self.created_by = f"ingest:{importer.kind}"
        self.by_doc = bool(getattr(importer, "merge_across_documents", False))
        self.aliases: dict[str, str] = {}  # "Type:uid" written as another uid (name matches)
        self._names: dict[str, dict[str, str]] = {}  # type -> normalised name -> uid
        self._seen: set[NodeKey] = set()  # nodes written (or, in a dry run, that would be) in this run

    # --- the run -------------------------------------------------------------------------------------

    def run(self, path: Path) -> Result:
        t0 = time.monotonic()
        kind = self.importer.kind
        docs = [SourceDoc.read(p, path) for p in self.importer.files(path)]
        if not docs:
            raise FileNotFoundError(f"{path}: no source files for {kind}")
        units = self.importer.read(docs)
        if self.limit is not None:
            units = units[: self.limit]
        key = source_hash(kind, docs, self.limit)
        counts = Counts()
        start = 0
        ckpt = None if self.dry_run else Checkpoint.load(self.state_dir, kind)
        if ckpt is not None and ckpt.matches(key, self.store_id) and 0 < ckpt.done < len(units):
            start = ckpt.done
            counts = Counts.from_dict(ckpt.counts)
            self.aliases = dict(ckpt.counts.get("aliases", {}))
            qfile = Path(ckpt.quarantine_file)
            self.stream.write(f"[{kind}] resuming after {start} of {len(units)} records (checkpoint)\n")
        else:
            qfile = quarantine.new_path(self.state_dir, kind + ("-dry-run" if self.dry_run else ""))
            ckpt = Checkpoint(kind, key, self.store_id, quarantine_file=str(qfile))
        documents = Unit(docs[0], "documents")
        for d in docs:
            documents.node("Document", **d.document(f"source of ingest:{kind}"), src_doc=d.code, src_loc="file")
        counts.merge_in(self._commit([documents], count_records=False, qfile=qfile))

        progress = Progress(kind, len(units), start=start, stream=self.stream)
        for i in range(start, len(units), self.batch_size):
            batch = units[i : i + self.batch_size]
            counts.merge_in(self._commit(batch, count_records=True, qfile=qfile))
            if not self.dry_run:
                ckpt.done = i + len(batch)
                ckpt.counts = {**counts.as_dict(), "aliases": self.aliases}
                ckpt.save(self.state_dir)
            progress.update(len(batch))
        progress.finish()
        if not self.dry_run:
            ckpt.clear(self.state_dir)
        return Result(
            kind,
            counts,
            qfile if qfile.exists() else None,
            time.monotonic() - t0,
            resumed_from=start,
            dry_run=self.dry_run,
        )

    def _commit(self, units: list[Unit], *, count_records: bool, qfile: Path) -> Counts:
        prepared, rejects = self._prepare(units)
        if self.dry_run:
            outcome = self._write(_ReadOnlyTx(self.store), prepared)
        else:
            outcome = self.store.write(lambda tx: self._write(tx, prepared))
        self._seen |= outcome.written
        all_rejects = rejects + outcome.rejects
        quarantine.append(qfile, all_rejects)
        outcome.counts.quarantined += len(all_rejects)
        if count_records:
            outcome.counts.records += len(units)
        return outcome.counts

    # --- validation and resolution (outside the transaction) -----------------------------------------

    def _prepare(self, units: list[Unit]) -> tuple[_Batch, list[Reject]]:
        batch = _Batch()
        rejects: list[Reject] = []
        for unit in units:
            rejects += unit.rejects
            try:
                nodes, links = self._validate(unit)
            except RecordError as e:
                rejects.append(Reject(e.source, e.record, e.field, e.message, unit.raw))
                continue
            for type_name, row in nodes:
                self._resolve(type_name, row, batch)
            for key, row in links:
                key = self._alias_link(key)
                batch.links[key] = {**batch.links.get(key, {}), **row, "s": key[3], "d": key[4]}
                batch.link_origin[key] = (unit.doc.label, unit.loc)
        return batch, rejects

    def _validate(self, unit: Unit) -> tuple[list[tuple[str, dict[str, Any]]], list[tuple[LinkKey, dict[str, Any]]]]:
        prov = {"src_doc": unit.doc.code, "src_loc": unit.loc, "created_by": self.created_by}
        source = unit.doc.label
        nodes = [
            (n.type, validate_node(self.onto, n.type, {**prov, **n.props}, source=source, record_id=unit.loc))
            for n in unit.nodes
        ]
        links: list[tuple[LinkKey, dict[str, Any]]] = []
        for lk in unit.links:
            rid = f"{unit.loc}: {lk.rel} {lk.src} -> {lk.dst}"
            row = validate_relation(
                self.onto, lk.rel, lk.src.type, lk.dst.type, {**prov, **lk.props}, source=source, record_id=rid
            )
            links.append(((lk.rel, lk.src.type, lk.dst.type, lk.src.uid, lk.dst.uid), row))
        return nodes, links

    def _names_of(self, type_name: str) -> dict[str, str]:
        if type_name not in self._names:
            rows = self.store.read(f"MATCH (n:`{type_name}`) RETURN n.uid AS uid, n.name AS name")
            self._names[type_name] = {normalise_name(str(r["name"])): str(r["uid"]) for r in rows if r["name"]}
        return self._names[type_name]

    def _resolve(self, type_name: str, row: dict[str, Any], batch: _Batch) -> None:
        uid = row["uid"]
        alias = self.aliases.get(f"{type_name}:{uid}")
        if alias is None and type_name in NAME_MATCH_TYPES and row.get("name"):
            norm = normalise_name(str(row["name"]))
            other = self._names_of(type_name).get(norm)
            if other is not None and other != uid and not self._exists(type_name, uid):
                alias = other
                batch.reasons[(type_name, other)] = f"same normalised name {norm!r} (code {uid} → {other})"
        if alias is None and type_name in NAME_MATCH_TYPES and row.get("name"):
            self._names_of(type_name).setdefault(normalise_name(str(row["name"])), uid)
        if alias is not None:
            self.aliases[f"{type_name}:{uid}"] = alias
            row = {**row, "uid": alias}
            row.pop("code", None)  # the existing node keeps its own key
        key = (type_name, row["uid"])
        first = batch.nodes.get(key)
        if first is None:
            batch.nodes[key] = row
        elif self.by_doc and row.get("src_doc") != first.get("src_doc") and "merged_from" in self._props(type_name):
            # another document's node in the same batch: the first one's values stay, the merge is recorded
            merged, is_new = merge(self.onto, type_name, {**first, "uid": first["uid"]}, row, by_document=True)
            batch.nodes[key] = merged
            if is_new:
                batch.merged.add(key)
        else:  # the same node twice in a batch: later values, first provenance
            batch.nodes[key] = {**first, **{k: v for k, v in row.items() if k not in ("src_doc", "src_loc")}}

    def _props(self, type_name: str) -> Any:
        return self.onto.node_properties(type_name)

    def _exists(self, type_name: str, uid: str) -> bool:
        if (type_name, uid) in self._seen:
            return True
        return bool(self.store.read(f"MATCH (n:`{type_name}` {{uid: $u}}) RETURN n.uid AS u", {"u": uid}))

    def _alias_link(self, key: LinkKey) -> LinkKey:
        rel, st, dt, s, d = key
        return (rel, st, dt, self.aliases.get(f"{st}:{s}", s), self.aliases.get(f"{dt}:{d}", d))

    # --- writing (inside one transaction; no side effects outside it, Neo4j may retry) ---------------

    def _write(self, tx: Tx, batch: _Batch) -> _Outcome:
        counts = Counts()
        rejects: list[Reject] = []
        written: set[NodeKey] = set()
        by_type: dict[str, list[dict[str, Any]]] = {}
        for (type_name, _), row in batch.nodes.items():
            by_type.setdefault(type_name, []).append(row)
        for type_name, rows in by_type.items():
            existing = {
                r["n"]["uid"]: {k: v for k, v in r["n"].items() if not k.startswith("_")}
                for r in tx.run(
                    f"UNWIND $uids AS u MATCH (n:`{type_name}` {{uid: u}}) RETURN n", {"uids": [r["uid"] for r in rows]}
                )
            }
            to_write = []
            for row in rows:
                old = existing.get(row["uid"])
                if old is None:
                    to_write.append(row)
                    counts.add(type_name, "created")
                    if (type_name, row["uid"]) in batch.merged:
                        counts.add(type_name, "merged")
                    continue
                new, is_merge = merge(
                    self.onto, type_name, old, row, batch.reasons.get((type_name, row["uid"])), by_document=self.by_doc
                )
                if not changed(old, new):
                    counts.add(type_name, "unchanged")
                    continue
                to_write.append({k: v for k, v in new.items() if k not in ("created_at", "updated_at")})
                counts.add(type_name, "merged" if is_merge else "updated")
            if to_write and not isinstance(tx, _ReadOnlyTx):
                write_nodes(tx, type_name, [_ordered(r) for r in to_write])
            written |= {(type_name, r["uid"]) for r in rows}

        grouped: dict[tuple[str, str, str], list[tuple[LinkKey, dict[str, Any]]]] = {}
        for key, row in batch.links.items():
            grouped.setdefault(key[:3], []).append((key, row))
        missing = self._missing_ends(tx, batch, written)
        for (rel, st, dt), items in grouped.items():
            ok: list[dict[str, Any]] = []
            for key, row in items:
                gone = [(end, t, u) for end, t, u in (("from", st, key[3]), ("to", dt, key[4])) if (t, u) in missing]
                if gone:
                    end, t, u = gone[0]
                    file, record = batch.link_origin[key]
                    rejects.append(
                        Reject(file, f"{record}: {rel} {st}:{key[3]} -> {dt}:{key[4]}", end, f"no {t} with uid {u!r}")
                    )
                else:
                    ok.append(row)
            if not ok:
                continue
            found = tx.run(
                # Anchored on the source's key, as kb.repository.write_links does (LadybugDB scans otherwise).
                f"UNWIND $rows AS row MATCH (a:`{st}` {{uid: row.s}}) MATCH (a)-[r:`{rel}`]->(b:`{dt}`) "
                "WHERE b.uid = row.d RETURN a.uid AS s, b.uid AS d, r AS r",
                {"rows": [{"s": r["s"], "d": r["d"]} for r in ok]},
            )
            existing_links = {
                (f["s"], f["d"]): {k: v for k, v in f["r"].items() if not k.startswith("_")} for f in found
            }
            to_write = []
            for row in ok:
                old = existing_links.get((row["s"], row["d"]))
                if old is None:
                    to_write.append(row)
                    counts.add(rel, "created")
                elif changed(old, row):
                    to_write.append(row)
                    counts.add(rel, "updated")
                else:
                    counts.add(rel, "unchanged")
            if to_write and not isinstance(tx, _ReadOnlyTx):
                write_links(tx, rel, st, dt, [_ordered(r) for r in to_write], source=self.importer.kind)
        return _Outcome(counts, rejects, written)

    def _missing_ends(self, tx: Tx, batch: _Batch, written: set[NodeKey]) -> set[NodeKey]:
        wanted: dict[str, set[str]] = {}
        for _, st, dt, s, d in batch.links:
            for t, u in ((st, s), (dt, d)):
                if (t, u) not in written and (t, u) not in self._seen:
                    wanted.setdefault(t, set()).add(u)
        missing: set[NodeKey] = set()
        for t, uids in wanted.items():
            query = f"UNWIND $uids AS x MATCH (n:`{t}` {{uid: x}}) RETURN n.uid AS u"
            found = {r["u"] for r in tx.run(query, {"uids": sorted(uids)})}
            missing |= {(t, u) for u in uids - found}
        return missing


def run_import(
    importer: Importer,
    path: Path,
    store: GraphStore,
    *,
    state_dir: Path,
    store_id: str,
    batch_size: int = 200,
    dry_run: bool = False,
    limit: int | None = None,
    stream: TextIO | None = None,
) -> Result:
    runner = Runner(
        importer,
        store,
        state_dir=state_dir,
        store_id=store_id,
        batch_size=batch_size,
        dry_run=dry_run,
        limit=limit,
        stream=stream,
    )
    return runner.run(path)


def summary_table(result: Result) -> str:
    """The final table: per node and relationship type, created / updated / unchanged / merged."""
    c = result.counts
    head = f"{'type':<22}" + "".join(f"{col:>11}" for col in COLUMNS)
    lines = [head, "-" * len(head)]
    for name in sorted(c.by_type):
        row = c.by_type[name]
        lines.append(f"{name:<22}" + "".join(f"{row[col]:>11}" for col in COLUMNS))
    lines.append("-" * len(head))
    lines.append(f"{'total':<22}" + "".join(f"{c.total(col):>11}" for col in COLUMNS))
    verb = "would import" if result.dry_run else "imported"
    tail = (
        f"{result.kind}: {c.records} source records read, {verb} {c.total('created')} new and "
        f"{c.total('updated')} updated facts, {c.total('unchanged')} unchanged, {c.total('merged')} merged "
        f"with other sources, {c.quarantined} quarantined, in {result.seconds:.1f} s"
    )
    if result.resumed_from:
        tail += f" (resumed after {result.resumed_from} records)"
    if result.quarantine_file is not None:
        tail += f"\nquarantine report: {result.quarantine_file}"
    return "\n".join([*lines, tail])

