"""Tasks and corrective/preventive actions (CAPA) of a case: owner, due date, status, the overdue list.

A `Task` (kind task | corrective | preventive, status open | done | cancelled, due_on) is linked HAS_TASK from
the case, ASSIGNED_TO its owner (a Person or a Position: a post stays responsible when its holder changes) and
optionally ADDRESSES the cause it corrects. An owner that is not in the graph is refused with a clear message
and nothing is written. Status moves are data too (`TASK_TRANSITIONS`); each change writes an event and an
audit entry in one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from kb import GraphStore, Ref, get_node
from ontology import Ontology, RecordError

from .audit import CaseError, Change, commit, new_id, prov_for, refusals_logged
from .workflow import get_case

OWNER_TYPES = ("Person", "Position")
TASK_TRANSITIONS: dict[str, tuple[str, ...]] = {
    "open": ("done", "cancelled"),
    "done": ("open",),
    "cancelled": ("open",),
}


@dataclass(frozen=True)
class TaskView:
    uid: str
    case: str
    title: str
    kind: str
    status: str
    due_on: str | None
    done_on: str | None
    owner: Ref | None
    owner_name: str
    overdue: bool
    text: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "case": self.case,
            "title": self.title,
            "kind": self.kind,
            "status": self.status,
            "due_on": self.due_on,
            "done_on": self.done_on,
            "owner": str(self.owner) if self.owner else None,
            "owner_name": self.owner_name,
            "overdue": self.overdue,
            "text": self.text,
        }


def _date(value: Any, field: str) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise CaseError(
            "bad_date", f"{field}: {value!r} is not a date yyyy-mm-dd", field=field, value=str(value)
        ) from None


def add_task(
    store: GraphStore,
    onto: Ontology,
    case: Ref,
    title: str,
    owner: Ref,
    actor: str,
    *,
    kind: str = "task",
    due_on: Any = None,
    text: str = "",
    addresses: Ref | None = None,
) -> Ref:
    """Add a task or corrective action to the case; unknown owners and bad input are refused, nothing written."""
    with refusals_logged(store, onto, case, actor, "task.add"):
        return _add(store, onto, case, title, owner, actor, kind, due_on, text, addresses)


def _add(
    store: GraphStore,
    onto: Ontology,
    case: Ref,
    title: str,
    owner: Ref,
    actor: str,
    kind: str,
    due_on: Any,
    text: str,
    addresses: Ref | None,
) -> Ref:
    get_case(store, onto, case)
    if not title.strip():
        raise CaseError("no_title", "a task needs a title")
    if kind not in onto.taxonomy("task_kinds").codes:
        raise CaseError(
            "bad_kind", f"{kind!r} is not a task kind ({', '.join(onto.taxonomy('task_kinds').codes)})", kind=kind
        )
    if owner.type not in OWNER_TYPES:
        raise CaseError("owner_type", f"a task's owner is a Person or a Position, not a {owner.type}", owner=str(owner))
    owner_node = get_node(store, onto, owner)
    if owner_node is None:
        raise CaseError(
            "unknown_owner",
            f"unknown owner {owner}: no {owner.type} with uid {owner.uid!r} in the graph",
            owner=str(owner),
        )
    due = _date(due_on, "due_on")
    if addresses is not None and (addresses.type != "Cause" or get_node(store, onto, addresses) is None):
        raise CaseError("bad_cause", f"{addresses} is not an existing Cause", ref=str(addresses))
    code = f"{case.uid}/T-{new_id()[:8]}"
    change = Change(onto, prov_for(case, actor))
    try:
        ref = change.node(
            "Task", {"code": code, "name": title.strip(), "kind": kind, "status": "open", "due_on": due, "text": text}
        )
        change.link("HAS_TASK", case, ref)
        change.link("ASSIGNED_TO", ref, owner)
        if addresses is not None:
            change.link("ADDRESSES", ref, addresses)
        change.event(
            case,
            "task_added",
            actor,
            f"{title.strip()} → {owner_node.get('name', owner.uid)}" + (f"，{due}" if due else ""),
            also=[ref],
        )
    except RecordError as e:
        raise CaseError("bad_record", str(e)) from None
    commit(
        store,
        onto,
        case,
        actor,
        "task.added",
        change,
        target=str(ref),
        after={"title": title.strip(), "kind": kind, "owner": str(owner), "due_on": due, "status": "open"},
    )
    return ref


def set_status(
    store: GraphStore, onto: Ontology, case: Ref, task_uid: str, status: str, actor: str, note: str = ""
) -> None:
    with refusals_logged(store, onto, case, actor, "task.status"):
        _set_status(store, onto, case, task_uid, status, actor, note)


def _set_status(
    store: GraphStore, onto: Ontology, case: Ref, task_uid: str, status: str, actor: str, note: str
) -> None:
    get_case(store, onto, case)
    rows = store.read(
        "MATCH (:`Case` {uid: $c})-[:`HAS_TASK`]->(t:`Task` {uid: $u}) RETURN t", {"c": case.uid, "u": task_uid}
    )
    if not rows:
        raise CaseError("no_task", f"no task {task_uid!r} in case {case.uid!r}", uid=task_uid)
    task = rows[0]["t"]
    cur = str(task.get("status"))
    if status not in TASK_TRANSITIONS.get(cur, ()):
        raise CaseError("task_forbidden", f"a task cannot move from {cur} to {status}", frm=cur, to=status)
    ref = Ref("Task", task_uid)
    change = Change(onto, prov_for(case, actor))
    done_on = dt.date.today().isoformat() if status == "done" else None
    change.statements.append(
        (
            "MATCH (t:`Task` {uid: $u}) SET t.status = $s, t.done_on = $d, t.updated_at = $now",
            {"u": task_uid, "s": status, "d": done_on, "now": dt.datetime.now(dt.UTC).isoformat()},
        )
    )
    change.event(
        case, "task_updated", actor, f"{task.get('name')}：{cur} → {status}" + (f"；{note}" if note else ""), also=[ref]
    )
    commit(
        store,
        onto,
        case,
        actor,
        "task.status",
        change,
        target=str(ref),
        before={"status": cur},
        after={"status": status, "done_on": done_on, "note": note or None},
    )


def _views(rows: list[dict[str, Any]], today: dt.date) -> list[TaskView]:
    out: dict[str, TaskView] = {}
    for r in rows:
        t = r["t"]
        due = t.get("due_on")
        owner = Ref(r["ot"], r["o"]) if r.get("o") else None
        overdue = t.get("status") == "open" and bool(due) and str(due) < today.isoformat()
        out[t["uid"]] = TaskView(
            t["uid"],
            r["c"],
            str(t.get("name")),
            str(t.get("kind")),
            str(t.get("status")),
            due,
            t.get("done_on"),
            owner,
            str(r.get("oname") or ""),
            overdue,
            str(t.get("text") or ""),
        )
    return sorted(out.values(), key=lambda v: (v.status != "open", v.due_on or "9999", v.uid))


def _query(where: str) -> str:
    return " UNION ALL ".join(
        f"MATCH (c:`Case`)-[:`HAS_TASK`]->(t:`Task`)-[:`ASSIGNED_TO`]->(o:`{ot}`) {where} "
        f"RETURN c.uid AS c, t, o.uid AS o, o.name AS oname, '{ot}' AS ot"
        for ot in OWNER_TYPES
    )


def tasks_of(store: GraphStore, case: Ref, today: dt.date | None = None) -> list[TaskView]:
    return _views(store.read(_query("WHERE c.uid = $u"), {"u": case.uid}), today or dt.date.today())


def overdue(store: GraphStore, today: dt.date | None = None) -> list[TaskView]:
    """Open tasks of every case whose due date has passed, the most overdue first."""
    day = today or dt.date.today()
    rows = store.read(_query("WHERE t.status = 'open' AND t.due_on < $d"), {"d": day.isoformat()})
    return [v for v in _views(rows, day) if v.overdue]
