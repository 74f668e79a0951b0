"""The audit log of a case: every change (who, when, before, after), append-only and tamper-evident.

Each change to a case is written in ONE write transaction together with its `AuditEntry` (see `commit`), so a
change without its entry, or an entry without its change, cannot exist. Entries of a case form a hash chain:
entry n stores `prev_sha256` (the sha256 of entry n-1) and its own `sha256` over a canonical JSON of its
fields; the case keeps the head (`audit_head`) and the count (`audit_seq`). `verify_chain` recomputes the chain:
an edited entry (its hash no longer matches), a removed or inserted one (a gap in `seq`, a broken `prev_sha256`)
or a truncated tail (head and count no longer match the case) is reported. Nothing in Anzhi edits or deletes
an entry; the UI shows the log and offers no edit.

Refused changes are logged too (`refuse`): the Python logger `anzhi.cases` and, when the case exists, an entry
`refused:<action>` carrying the message, written after the refused change rolled back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import uuid
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from kb import GraphStore, Provenance, Ref
from kb.repository import write_links, write_nodes
from kb.store import Tx
from ontology import Ontology, validate_node, validate_relation

log = logging.getLogger("anzhi.cases")
SRC_DOC = "anzhi:investigation"
HASHED = ("case_uid", "seq", "at", "actor", "action", "target", "before_json", "after_json", "prev_sha256")


class CaseError(ValueError):
    """A case operation was refused. `code` names the reason (the UI's message key), `params` fill it in."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(message)


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def new_id() -> str:
    return uuid.uuid4().hex[:12]


def prov_for(case: Ref, actor: str) -> Provenance:
    return Provenance(src_doc=f"{SRC_DOC}/{case.uid}", created_by=actor)


def _json(value: Any) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def entry_hash(fields: dict[str, Any]) -> str:
    """sha256 over the canonical JSON of an entry's hashed fields."""
    canon = json.dumps(
        {k: fields.get(k) if fields.get(k) is not None else "" for k in HASHED},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


@dataclass
class Change:
    """Validated nodes and relationships to write with one audit entry; validation happens as they are added."""

    onto: Ontology
    prov: Provenance
    nodes: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    links: dict[tuple[str, str, str], list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    statements: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # fixed text, values as parameters

    def node(self, type_name: str, record: dict[str, Any]) -> Ref:
        row = validate_node(self.onto, type_name, record, source="investigation")
        self.nodes[type_name].append({**self.prov.props(), **row})
        return Ref(type_name, row["uid"])

    def link(self, rel: str, src: Ref, dst: Ref, props: dict[str, Any] | None = None) -> None:
        clean = validate_relation(
            self.onto, rel, src.type, dst.type, props or {}, source="investigation", record_id=f"{rel} {src} -> {dst}"
        )
        self.links[(rel, src.type, dst.type)].append({"s": src.uid, "d": dst.uid, **self.prov.props(), **clean})

    def event(
        self,
        case: Ref,
        kind: str,
        actor: str,
        text: str = "",
        *,
        also: Sequence[Ref] = (),
        case_link: bool = True,
        **extra: Any,
    ) -> Ref:
        """A timeline event (CaseEvent) linked HAS_EVENT from the case (unless case_link=False) and from `also`."""
        code = f"{case.uid}#E-{new_id()}"
        ref = self.node(
            "CaseEvent",
            {
                "code": code,
                "name": f"{kind} {case.uid}",
                "at": now(),
                "kind": kind,
                "actor": actor,
                "text": text,
                **{k: v for k, v in extra.items() if v},
            },
        )
        for src in ([case] if case_link else []) + list(also):
            self.link("HAS_EVENT", src, ref)
        return ref


@dataclass(frozen=True)
class AuditEntry:
    uid: str
    seq: int
    at: str
    actor: str
    action: str
    target: str
    before: Any
    after: Any
    prev_sha256: str
    sha256: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "seq": self.seq,
            "at": self.at,
            "actor": self.actor,
            "action": self.action,
            "target": self.target,
            "before": self.before,
            "after": self.after,
            "prev_sha256": self.prev_sha256,
            "sha256": self.sha256,
        }


def _entry(row: dict[str, Any]) -> AuditEntry:
    def load(s: Any) -> Any:
        return json.loads(s) if s else None

    return AuditEntry(
        row["uid"],
        int(row["seq"]),
        str(row["at"]),
        str(row["actor"]),
        str(row["action"]),
        str(row.get("target") or ""),
        load(row.get("before_json")),
        load(row.get("after_json")),
        str(row.get("prev_sha256") or ""),
        str(row["sha256"]),
    )


def _append(
    tx: Tx, onto: Ontology, case: Ref, actor: str, action: str, target: str, before: Any, after: Any
) -> AuditEntry:
    rows = tx.run("MATCH (c:`Case` {uid: $u}) RETURN c.audit_seq AS n, c.audit_head AS h", {"u": case.uid})
    if not rows:
        raise CaseError("no_case", f"no Case with uid {case.uid!r}", case=case.uid)
    seq = int(rows[0]["n"] or 0) + 1
    fields: dict[str, Any] = {
        "case_uid": case.uid,
        "seq": seq,
        "at": now(),
        "actor": actor,
        "action": action,
        "target": target,
        "before_json": _json(before),
        "after_json": _json(after),
        "prev_sha256": str(rows[0]["h"] or ""),
    }
    record = {**fields, "code": f"{case.uid}#A{seq:06d}", "name": f"{action} #{seq}", "sha256": "-"}
    row = validate_node(onto, "AuditEntry", record, source="audit")
    digest = row["sha256"] = entry_hash(row)  # over the values as stored
    prov = prov_for(case, actor)
    write_nodes(tx, "AuditEntry", [{**prov.props(), **row}])
    write_links(
        tx, "HAS_AUDIT", "Case", "AuditEntry", [{"s": case.uid, "d": row["uid"], **prov.props()}], source="audit"
    )
    tx.run("MATCH (c:`Case` {uid: $u}) SET c.audit_seq = $n, c.audit_head = $h", {"u": case.uid, "n": seq, "h": digest})
    return _entry(row)


def commit(
    store: GraphStore,
    onto: Ontology,
    case: Ref,
    actor: str,
    action: str,
    change: Change | None = None,
    *,
    target: str = "",
    before: Any = None,
    after: Any = None,
) -> AuditEntry:
    """Write `change` and its audit entry in one transaction: both are committed, or neither."""
    if not actor.strip():
        raise CaseError("no_actor", "every change needs the name of who makes it")

    def work(tx: Tx) -> AuditEntry:
        if change is not None:
            for type_name, rows in change.nodes.items():
                write_nodes(tx, type_name, rows)
            for (rel, st, dt_), rows in change.links.items():
                write_links(tx, rel, st, dt_, rows, source="investigation")
            for query, params in change.statements:
                tx.run(query, params)
        return _append(tx, onto, case, actor, action, target or str(case), before, after)

    return store.write(work)


@contextmanager
def refusals_logged(
    store: GraphStore,
    onto: Ontology,
    case: Ref,
    actor: str,
    action: str,
    unlogged: tuple[str, ...] = ("no_case", "not_case"),
) -> Iterator[None]:
    """Log a change the workflow refuses (see `refuse`), then let the CaseError go on to the caller.

    Errors that mean there is no case to log against (`unlogged`) are passed on without a log entry.
    """
    try:
        yield
    except CaseError as e:
        if e.code not in unlogged:
            refuse(store, onto, case, actor, action, e)
        raise


def refuse(store: GraphStore, onto: Ontology, case: Ref, actor: str, action: str, error: Exception) -> None:
    """Log a refused change: to the logger always, and to the case's audit chain when the case exists."""
    log.warning("refused %s on %s by %s: %s", action, case, actor or "?", error)
    try:
        if store.read("MATCH (c:`Case` {uid: $u}) RETURN c.uid AS u", {"u": case.uid}):
            commit(
                store,
                onto,
                case,
                actor or "?",
                f"refused:{action}",
                after={"error": str(error), "code": getattr(error, "code", type(error).__name__)},
            )
    except Exception:
        log.exception("could not record the refusal of %s on %s", action, case)


def audit_log(store: GraphStore, case: Ref) -> list[AuditEntry]:
    """The case's audit entries, oldest first."""
    rows = store.read("MATCH (a:`AuditEntry`) WHERE a.case_uid = $u RETURN a ORDER BY a.seq", {"u": case.uid})
    return [_entry(r["a"]) for r in rows]


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    head: str
    problems: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "entries": self.entries, "head": self.head, "problems": list(self.problems)}


def verify_chain(store: GraphStore, case: Ref) -> ChainReport:
    """Recompute the case's hash chain; every mismatch, gap or broken link is reported."""
    rows = store.read("MATCH (a:`AuditEntry`) WHERE a.case_uid = $u RETURN a ORDER BY a.seq", {"u": case.uid})
    linked = {
        r["u"]
        for r in store.read(
            "MATCH (:`Case` {uid: $u})-[:`HAS_AUDIT`]->(a:`AuditEntry`) RETURN a.uid AS u", {"u": case.uid}
        )
    }
    head_rows = store.read("MATCH (c:`Case` {uid: $u}) RETURN c.audit_seq AS n, c.audit_head AS h", {"u": case.uid})
    problems: list[str] = []
    prev = ""
    for i, r in enumerate(rows, 1):
        a = r["a"]
        seq = int(a.get("seq") or 0)
        if seq != i:
            problems.append(f"entry {a.get('uid')}: sequence {seq}, expected {i} (an entry was removed or inserted)")
        if str(a.get("prev_sha256") or "") != prev:
            problems.append(f"entry #{seq}: prev_sha256 does not match the previous entry's hash")
        digest = entry_hash(a)
        if digest != a.get("sha256"):
            problems.append(f"entry #{seq}: content does not match its sha256 (edited after it was written)")
        if a.get("uid") not in linked:
            problems.append(f"entry #{seq}: not linked from the case")
        prev = str(a.get("sha256") or "")
    if head_rows:
        n, head = int(head_rows[0]["n"] or 0), str(head_rows[0]["h"] or "")
        if n != len(rows):
            problems.append(f"the case counts {n} entries, {len(rows)} found (entries removed or added)")
        if head != prev:
            problems.append("the case's audit head does not match the last entry")
    elif rows:
        problems.append(f"no Case {case.uid!r} for {len(rows)} audit entries")
    return ChainReport(not problems, len(rows), prev, tuple(problems))
