"""Case management: open a case, move it through the investigation states, keep its timeline.

States (taxonomy case_states) and the moves between them are data: `TRANSITIONS` lists, for each state, the
states it may move to; `GUARDS` what must be in the graph before a state can be entered; closing needs a
reason and is refused while tasks are open unless the investigator acknowledges them (the warning names
them); reopening (closed → investigating) is recorded as its own event. A case without a status (an old or
ingested record) counts as `reported`.

Every change writes the Case, a `CaseEvent` (HAS_EVENT from the case: the timeline) and an audit entry in one
transaction (cases.audit.commit); a refused change raises `CaseError` with a clear message, is logged
(cases.audit.refuse) and writes nothing else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kb import GraphStore, Ref, get_node
from ontology import Ontology, RecordError, severity_grade

from .audit import CaseError, Change, commit, new_id, prov_for, refusals_logged, refuse
from .responsibility import Decision

INITIAL = "reported"
CLOSED = "closed"
REOPEN_TO = "investigating"
# state -> states it may move to, in the order the UI offers them (forward first)
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "reported": ("investigating", "closed"),
    "investigating": ("causes_determined", "closed"),
    "causes_determined": ("responsibility_determined", "investigating"),
    "responsibility_determined": ("corrective_actions", "causes_determined"),
    "corrective_actions": ("closed", "responsibility_determined"),
    "closed": ("investigating",),  # reopening
}
# state -> (relationship from the case that must exist at least once, what is missing, in words)
GUARDS: dict[str, tuple[str, str]] = {
    "causes_determined": ("CAUSED_BY", "at least one cause"),
    "responsibility_determined": ("HAS_RESPONSIBILITY", "at least one confirmed responsibility"),
}
SYSTEM_PROPS = ("_type", "_id", "uid", "created_at", "updated_at", "audit_seq", "audit_head")


def allowed_next(status: str | None) -> tuple[str, ...]:
    return TRANSITIONS.get(status or INITIAL, ())


def get_case(store: GraphStore, onto: Ontology, case: Ref) -> dict[str, Any]:
    if case.type != "Case":
        raise CaseError("not_case", f"{case} is not a Case", ref=str(case))
    node = get_node(store, onto, case)
    if node is None:
        raise CaseError("no_case", f"no Case with uid {case.uid!r}", case=case.uid)
    node.pop("_type", None)
    return node


def case_record(node: dict[str, Any]) -> dict[str, Any]:
    """A stored Case as a record to write back (system-maintained properties left out)."""
    return {k: v for k, v in node.items() if k not in SYSTEM_PROPS}


# --- opening --------------------------------------------------------------------------------------------


def _open(
    store: GraphStore,
    onto: Ontology,
    actor: str,
    record: dict[str, Any],
    how: str,
    source: Ref | None,
    extra_links: Sequence[tuple[str, Ref]] = (),
) -> Ref:
    rec = {k: v for k, v in record.items() if v not in (None, "")}
    rec.setdefault("code", f"CASE-{dt.date.today():%Y%m%d}-{new_id()[:6].upper()}")
    rec.setdefault("name", rec["code"])
    try:
        deaths, serious = int(rec.get("deaths") or 0), int(rec.get("serious_injuries") or 0)
        rec["severity"] = severity_grade(deaths, serious, float(rec.get("direct_loss_cny") or 0), onto)
    except (TypeError, ValueError) as e:
        raise CaseError("bad_record", f"casualties and loss must be numbers: {e}") from None
    rec["status"] = INITIAL
    rec["opened_from"] = how
    case = Ref("Case", str(rec["code"]).strip())
    if get_node(store, onto, case) is not None:
        raise CaseError("exists", f"a Case with code {case.uid!r} already exists", case=case.uid)
    change = Change(onto, prov_for(case, actor))
    try:
        case = change.node("Case", rec)
        change.event(case, "opened", actor, how, to_status=INITIAL)
        if source is not None:
            change.link("OPENED_FROM", case, source)
        for rel, dst in extra_links:
            change.link(rel, case, dst)
    except RecordError as e:
        raise CaseError("bad_record", str(e)) from None
    commit(store, onto, case, actor, "case.opened", change, after={k: rec[k] for k in sorted(rec)})
    return case


def open_case(store: GraphStore, onto: Ontology, actor: str, record: dict[str, Any]) -> Ref:
    """Open a case by hand: `record` holds Case properties (name, occurred_on, accident_type, casualties …)."""
    return _open(store, onto, actor, record, "manual", None)


def open_from_recommendation(store: GraphStore, onto: Ontology, actor: str, code: str, record: dict[str, Any]) -> Ref:
    """Open a case from a rule engine recommendation: its text and date, the equipment its findings observed."""
    rec_ref = Ref("Recommendation", code)
    rec = get_node(store, onto, rec_ref)
    if rec is None:
        raise CaseError("no_recommendation", f"no Recommendation with code {code!r}", rec=code)
    issued = str(rec.get("issued_at") or "")[:10] or dt.date.today().isoformat()
    merged = {
        "name": f"{rec.get('name') or code}（由处置建议立案）",
        "occurred_on": issued,
        "summary": rec.get("text"),
        **{k: v for k, v in record.items() if v not in (None, "")},
    }
    equipment = {
        r["e"]
        for r in store.read(
            "MATCH (:`Recommendation` {uid: $u})-[:`BASED_ON`]->(:`Finding`)-[:`OBSERVED_ON`]->(e:`Equipment`) "
            "RETURN DISTINCT e.uid AS e",
            {"u": code},
        )
    }
    equipment |= {
        r["e"]
        for r in store.read(
            "MATCH (:`Recommendation` {uid: $u})-[:`BASED_ON`]->(:`Finding`)-[:`OBSERVED_ON`]->(:`Sensor`)"
            "-[:`MONITORS`]->(e:`Equipment`) RETURN DISTINCT e.uid AS e",
            {"u": code},
        )
    }
    links = [("INVOLVED", Ref("Equipment", e)) for e in sorted(equipment)]
    return _open(store, onto, actor, merged, f"recommendation:{code}", rec_ref, links)


def open_from_report(store: GraphStore, onto: Ontology, actor: str, case: Ref) -> Ref:
    """Take an ingested report's Case into the workflow: its status stays (or becomes reported), an event is kept."""
    node = get_case(store, onto, case)
    if int(node.get("audit_seq") or 0) > 0:
        raise CaseError("already_open", f"case {case.uid!r} is already managed", case=case.uid)
    docs = [
        Ref("Document", r["doc"])
        for r in store.read(
            "MATCH (:`Case` {uid: $u})-[:`SOURCED_FROM`]->(d:`Document`) RETURN d.uid AS doc ORDER BY doc",
            {"u": case.uid},
        )
    ]
    status = node.get("status") or INITIAL
    change = Change(onto, prov_for(case, actor))
    change.node(
        "Case", {**case_record(node), "status": status, "opened_from": f"report:{docs[0].uid}" if docs else "report"}
    )
    change.event(case, "opened", actor, "report", to_status=status)
    for d in docs[:1]:
        change.link("OPENED_FROM", case, d)
    commit(
        store,
        onto,
        case,
        actor,
        "case.opened",
        change,
        before={"status": node.get("status")},
        after={"status": status, "opened_from": "report"},
    )
    return case


# --- moving through the states --------------------------------------------------------------------------


@dataclass(frozen=True)
class TransitionResult:
    case: Ref
    before: str
    after: str
    event: Ref
    warnings: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "case": self.case.uid,
            "from": self.before,
            "to": self.after,
            "event": self.event.uid,
            "warnings": list(self.warnings),
        }


def _count(store: GraphStore, case: Ref, rel: str) -> int:
    return int(store.read(f"MATCH (:`Case` {{uid: $u}})-[:`{rel}`]->(x) RETURN count(x) AS n", {"u": case.uid})[0]["n"])


def open_tasks(store: GraphStore, case: Ref) -> list[dict[str, Any]]:
    rows = store.read(
        "MATCH (:`Case` {uid: $u})-[:`HAS_TASK`]->(t:`Task`) WHERE t.status = 'open' "
        "RETURN t.uid AS uid, t.name AS name, t.due_on AS due_on ORDER BY t.uid",
        {"u": case.uid},
    )
    return [dict(r) for r in rows]


def transition(
    store: GraphStore,
    onto: Ontology,
    case: Ref,
    to: str,
    actor: str,
    *,
    reason: str = "",
    acknowledge_open_tasks: bool = False,
) -> TransitionResult:
    """Move the case to state `to`, if the table allows it; refused moves raise CaseError and are logged."""
    with refusals_logged(store, onto, case, actor, "case.status"):
        return _transition(store, onto, case, to, actor, reason.strip(), acknowledge_open_tasks)


def _transition(
    store: GraphStore, onto: Ontology, case: Ref, to: str, actor: str, reason: str, acknowledge: bool
) -> TransitionResult:
    node = get_case(store, onto, case)
    cur = str(node.get("status") or INITIAL)
    if to not in onto.taxonomy("case_states").codes:
        raise CaseError("bad_state", f"{to!r} is not a case state", to=to)
    allowed = allowed_next(cur)
    if to not in allowed:
        raise CaseError(
            "forbidden",
            f"a case cannot move from {cur} to {to}; allowed: {', '.join(allowed) or 'none'}",
            frm=cur,
            to=to,
            allowed=", ".join(allowed),
        )
    guard = GUARDS.get(to)
    if guard and _count(store, case, guard[0]) == 0:
        raise CaseError("guard", f"{to} needs {guard[1]} first", to=to, need=guard[1])
    warnings: list[str] = []
    if to == CLOSED:
        if not reason:
            raise CaseError("close_reason", "closing a case needs a reason")
        pending = open_tasks(store, case)
        if pending:
            names = "; ".join(f"{t['name']} ({t['due_on'] or '-'})" for t in pending)
            if not acknowledge:
                raise CaseError(
                    "open_tasks",
                    f"{len(pending)} task(s) still open: {names}; acknowledge to close anyway",
                    n=len(pending),
                    tasks=names,
                )
            warnings.append(f"closed with {len(pending)} open task(s): {names}")
    kind = "closed" if to == CLOSED else "reopened" if cur == CLOSED else "status"
    record = {**case_record(node), "status": to}
    if to == CLOSED:
        record["closed_reason"] = reason
    change = Change(onto, prov_for(case, actor))
    change.node("Case", record)
    if cur == CLOSED:
        change.statements.append(("MATCH (c:`Case` {uid: $u}) SET c.closed_reason = NULL", {"u": case.uid}))
    text = "；".join(x for x in (reason, *warnings) if x)
    event = change.event(case, kind, actor, text, from_status=cur, to_status=to)
    commit(
        store,
        onto,
        case,
        actor,
        f"case.{kind}",
        change,
        before={"status": cur},
        after={"status": to, "reason": reason or None, "warnings": warnings or None},
    )
    return TransitionResult(case, cur, to, event, tuple(warnings))


# --- reading --------------------------------------------------------------------------------------------


def timeline(store: GraphStore, case: Ref) -> list[dict[str, Any]]:
    """The case's events, oldest first."""
    rows = store.read(
        "MATCH (:`Case` {uid: $u})-[:`HAS_EVENT`]->(e:`CaseEvent`) RETURN e ORDER BY e.at, e.uid", {"u": case.uid}
    )
    return [{k: v for k, v in r["e"].items() if not k.startswith("_")} for r in rows]


def list_cases(store: GraphStore, status: str | None = None, *, limit: int = 200) -> list[dict[str, Any]]:
    """Cases, newest first; `status` filters (no status counts as reported)."""
    where = ""
    params: dict[str, Any] = {}
    if status:
        where = "WHERE c.status = $s" + (" OR c.status IS NULL" if status == INITIAL else "")
        params["s"] = status
    rows = store.read(
        f"MATCH (c:`Case`) {where} RETURN c.uid AS uid, c.name AS name, c.status AS status, "
        "c.occurred_on AS occurred_on, c.severity AS severity, c.accident_type AS accident_type, "
        f"c.audit_seq AS audit_seq ORDER BY c.occurred_on DESC, c.uid LIMIT {int(limit)}",
        params,
    )
    return [{**r, "status": r["status"] or INITIAL} for r in rows]


# --- responsibility, confirmed with the audit trail -------------------------------------------------------


def confirm_responsibility(
    store: GraphStore, onto: Ontology, case: Ref, decisions: Sequence[Decision], actor: str
) -> list[Ref]:
    """Like cases.responsibility.confirm (same codes and links), written atomically with an event and audit entry."""
    node = get_case(store, onto, case)
    kinds = onto.taxonomy("responsibility_kinds").codes
    change = Change(onto, prov_for(case, actor))
    refs: list[Ref] = []
    summary: list[dict[str, Any]] = []
    for d in decisions:
        if not d.confirmed:
            continue
        kind = d.kind or d.suggestion.kind
        if kind not in kinds:
            err = CaseError("bad_kind", f"responsibility kind {kind!r} is not one of {sorted(kinds)}", kind=kind)
            refuse(store, onto, case, actor, "responsibility.confirm", err)
            raise err
        party = d.suggestion.party
        path = " ".join(h.text() for h in d.suggestion.path)
        ref = change.node(
            "Responsibility",
            {
                "code": f"{case.uid}-RS-{party.type}-{party.uid}",
                "name": f"{node.get('name', case.uid)}·{d.suggestion.name}·{kind}",
                "kind": kind,
                "sanction": d.sanction,
                "basis": "；".join(d.suggestion.legal_basis),
                "description": f"{d.suggestion.role}：{d.suggestion.detail}。路径：{path}"
                + (f"。{d.note}" if d.note else ""),
            },
        )
        change.link("HAS_RESPONSIBILITY", case, ref)
        change.link("ATTRIBUTED_TO", ref, party, {"kind": kind})
        refs.append(ref)
        summary.append({"party": str(party), "kind": kind, "sanction": d.sanction})
    if not refs:
        return []
    change.event(case, "responsibility_confirmed", actor, "；".join(f"{s['party']} {s['kind']}" for s in summary))
    commit(store, onto, case, actor, "responsibility.confirm", change, after=summary)
    return refs
