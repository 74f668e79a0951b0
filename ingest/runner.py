"""Run an importer: validate, resolve, write in batches, quarantine, checkpoint, report.

Each batch of units is written in one transaction with `kb.repository`'s column-list bulk functions, after
reading what is already stored once per batch (one query per node type, one per relationship group whose
ends were stored before), so that a node or relationship that would not change is not written at all
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
from kb.repository import (
    create_links,
    create_nodes,
    read_links,
    read_nodes,
    read_uids,
    timestamp,
    touch_nodes,
    update_links,
    update_nodes,
)
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
        pending = [documents]  # written in the first batch's transaction: one commit fewer per run
        if start >= len(units):
            counts.merge_in(self._commit(pending, records=0, qfile=qfile))

        progress = Progress(kind, len(units), start=start, stream=self.stream)
        for i in range(start, len(units), self.batch_size):
            batch = list(units[i : i + self.batch_size])  # a lazy importer builds (extracts) them here
            counts.merge_in(self._commit(pending + batch, records=len(batch), qfile=qfile))
            pending = []
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

    def _commit(self, units: list[Unit], *, records: int, qfile: Path) -> Counts:
        """Write `units` in one transaction; then (committed) append the rejects to the quarantine report.
        `records` is how many of them are source records (the Documents unit is not one)."""
        prepared, rejects = self._prepare(units)
        if self.dry_run:
            outcome = self._write(_ReadOnlyTx(self.store), prepared)
        else:
            outcome = self.store.write(lambda tx: self._write(tx, prepared))
        self._seen |= outcome.written
        all_rejects = rejects + outcome.rejects
        quarantine.append(qfile, all_rejects)
        outcome.counts.quarantined += len(all_rejects)
        outcome.counts.records += records
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
        """Compare the batch with what is stored and write the difference, reading everything once.

        One query per node type reads the batch's nodes; one per relationship group reads the links that
        could exist (both ends were stored before this transaction: a link to a node created here is new).
        New facts are created in one column-list CREATE per type, changed ones SET, and the stored ends of
        new links touched once (`updated_at`), all with the same time stamp.
        """
        counts = Counts()
        rejects: list[Reject] = []
        write = not isinstance(tx, _ReadOnlyTx)
        now = timestamp()
        written: set[NodeKey] = set()  # the batch's nodes: stored after this transaction
        existed: set[NodeKey] = set()  # ... of which stored before it
        stamped: set[NodeKey] = set()  # ... of which created or changed here, with updated_at = now
        by_type: dict[str, list[dict[str, Any]]] = {}
        for (type_name, _), row in batch.nodes.items():
            by_type.setdefault(type_name, []).append(row)
        for type_name, rows in by_type.items():
            existing = read_nodes(tx, type_name, [r["uid"] for r in rows])
            new_rows: list[dict[str, Any]] = []
            changed_rows: list[dict[str, Any]] = []
            for row in rows:
                key = (type_name, row["uid"])
                written.add(key)
                old = existing.get(row["uid"])
                if old is None:
                    new_rows.append(row)
                    stamped.add(key)
                    counts.add(type_name, "created")
                    if key in batch.merged:
                        counts.add(type_name, "merged")
                    continue
                existed.add(key)
                new, is_merge = merge(
                    self.onto, type_name, old, row, batch.reasons.get(key), by_document=self.by_doc
                )
                if not changed(old, new):
                    counts.add(type_name, "unchanged")
                    continue
                changed_rows.append({k: v for k, v in new.items() if k not in ("created_at", "updated_at")})
                stamped.add(key)
                counts.add(type_name, "merged" if is_merge else "updated")
            if write:
                create_nodes(tx, type_name, new_rows, now=now)
                update_nodes(tx, type_name, changed_rows, now=now)

        grouped: dict[tuple[str, str, str], list[tuple[LinkKey, dict[str, Any]]]] = {}
        for lk, row in batch.links.items():
            grouped.setdefault(lk[:3], []).append((lk, row))
        missing, found = self._ends(tx, batch, written)
        stored_before = existed | found | (self._seen - written)
        touch: dict[str, set[str]] = {}
        for (rel, st, dt), items in grouped.items():
            ok: list[dict[str, Any]] = []
            for lk, row in items:
                gone = [(end, t, u) for end, t, u in (("from", st, lk[3]), ("to", dt, lk[4])) if (t, u) in missing]
                if gone:
                    end, t, u = gone[0]
                    file, record = batch.link_origin[lk]
                    rejects.append(
                        Reject(file, f"{record}: {rel} {st}:{lk[3]} -> {dt}:{lk[4]}", end, f"no {t} with uid {u!r}")
                    )
                else:
                    ok.append(row)
            maybe = [(r["s"], r["d"]) for r in ok if (st, r["s"]) in stored_before and (dt, r["d"]) in stored_before]
            existing_links = read_links(tx, rel, st, dt, maybe) if maybe else {}
            new_links: list[dict[str, Any]] = []
            changed_links: list[dict[str, Any]] = []
            for row in ok:
                old = existing_links.get((row["s"], row["d"]))
                if old is None:
                    new_links.append(row)
                    counts.add(rel, "created")
                    for t, u in ((st, row["s"]), (dt, row["d"])):
                        if (t, u) not in stamped:
                            touch.setdefault(t, set()).add(u)
                elif changed(old, row):
                    changed_links.append(row)
                    counts.add(rel, "updated")
                else:
                    counts.add(rel, "unchanged")
            if write:
                create_links(tx, rel, st, dt, new_links, now=now)
                update_links(tx, rel, st, dt, changed_links, now=now)
        if write:
            for t, uids in touch.items():  # a node that gained a relationship: the search index looks again
                touch_nodes(tx, t, uids, now=now)
        return _Outcome(counts, rejects, written)

    def _ends(self, tx: Tx, batch: _Batch, written: set[NodeKey]) -> tuple[set[NodeKey], set[NodeKey]]:
        """(missing, stored): the links' ends that are neither in the batch nor written earlier in this run,
        split by whether the store has them."""
        wanted: dict[str, set[str]] = {}
        for _, st, dt, s, d in batch.links:
            for t, u in ((st, s), (dt, d)):
                if (t, u) not in written and (t, u) not in self._seen:
                    wanted.setdefault(t, set()).add(u)
        missing: set[NodeKey] = set()
        found: set[NodeKey] = set()
        for t, uids in wanted.items():
            there = set(read_uids(tx, t, sorted(uids)))
            found |= {(t, u) for u in there}
            missing |= {(t, u) for u in uids - there}
        return missing, found


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

