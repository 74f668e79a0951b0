"""Planners manage emergency plans: the plan, its sections, actions and roles, and what it covers.

- a plan (EmergencyPlan): code, name, GB/T 29639 kind (综合应急预案 / 专项应急预案 / 现场处置方案), response levels,
  accident types (GB 6441), version and dates; the enterprise it belongs to (APPLIES_TO Enterprise) and its parent
  plan (SUBPLAN_OF, no cycles);
- its sections (HAS_SECTION PlanSection: element of plan_elements, order, text), the actions each section
  prescribes (PRESCRIBES Action) and the roles a section or an action assigns (ASSIGNS_ROLE Position {duty}):
  positions, not people, so `cases.plan_matching.plan_actions` resolves each role to whoever holds it now;
- what it covers: COVERS a Hazard, MajorHazardSource, Chemical, Equipment or Process, APPLIES_TO a Site or
  Enterprise (the endpoints relations.yaml allows), which is what plan matching and coverage gaps read.

Input is a mapping (a form or a JSON body). Everything is validated against the ontology and the graph before
anything is written; a refusal is a PlanError listing (field, message) pairs, with the HTTP status it deserves
(400 a bad value, 404 the plan or a node it names does not exist, 409 a code already taken). Each change is then
written in one transaction with kb's repository writers; new nodes and links carry the planner as `created_by` and
`anzhi:plans/<plan uid>` as `src_doc`. Editing a node keeps its original provenance (its `updated_at` changes).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kb import GraphStore, Provenance, Ref, get_node
from kb.repository import write_links, write_nodes
from kb.store import Tx
from ontology import Ontology, RecordError, validate_node, validate_relation

from .graph import Step, expand
from .plan_matching import SectionView, plan_actions

PLAN = "EmergencyPlan"
CODE = re.compile(r"^[\w][\w.\-]{0,79}$")
PLAN_FIELDS = ("name", "kind", "response_levels", "accident_types", "version", "issued_on", "last_drill_on",
               "description", "name_en")
LIST_FIELDS = ("response_levels", "accident_types")


class PlanError(ValueError):
    """A refused change: (field, message) pairs and the HTTP status that fits."""

    def __init__(self, errors: Sequence[tuple[str, str]], status: int = 400) -> None:
        self.errors = tuple(errors)
        self.status = status
        super().__init__("; ".join(f"{f}: {m}" for f, m in self.errors))

    @property
    def field(self) -> str:
        return self.errors[0][0] if self.errors else ""

    def as_dicts(self) -> list[dict[str, str]]:
        return [{"field": f, "message": m} for f, m in self.errors]


def _prov(plan: str, actor: str) -> Provenance:
    if not actor.strip():
        raise PlanError([("(user)", "a change to a plan needs the planner's name (created_by)")])
    return Provenance(src_doc=f"anzhi:plans/{plan}", created_by=actor.strip())


def _text(data: Mapping[str, Any], name: str) -> str:
    v = data.get(name)
    if v is None:
        return ""
    if isinstance(v, list | tuple):
        v = v[0] if v else ""
    if not isinstance(v, str | int | float) or isinstance(v, bool):
        raise PlanError([(name, "expected a text")])
    return str(v).strip()


def _list(data: Mapping[str, Any], name: str) -> list[str]:
    """A list field: a JSON list, repeated form fields, or one text separated by commas, 、 or new lines."""
    v = data.get(name)
    if v is None or v == "":
        return []
    items = v if isinstance(v, list | tuple) else [v]
    out: list[str] = []
    for x in items:
        if not isinstance(x, str):
            raise PlanError([(name, "expected a list of texts")])
        out += [p.strip() for p in re.split(r"[,，、\n]", x) if p.strip()]
    return list(dict.fromkeys(out))


def _code(data: Mapping[str, Any], name: str = "code") -> str:
    code = _text(data, name)
    if code and not CODE.match(code):
        raise PlanError([(name, "letters, digits and . _ - only, at most 80 characters")])
    return code


def _validate(onto: Ontology, type_name: str, record: dict[str, Any]) -> dict[str, Any]:
    try:
        return validate_node(onto, type_name, record, source="plans")
    except RecordError as e:
        raise PlanError([(e.field, e.message)]) from None


def _node(store: GraphStore, onto: Ontology, ref: Ref, field: str) -> dict[str, Any]:
    node = get_node(store, onto, ref)
    if node is None:
        raise PlanError([(field, f"no {ref.type} with uid {ref.uid!r}")], 404)
    return node


def _plan(store: GraphStore, onto: Ontology, uid: str) -> dict[str, Any]:
    return _node(store, onto, Ref(PLAN, uid), "plan")


def _link_rows(onto: Ontology, rel: str, src: Ref, dst: Ref, prov: Provenance,
               props: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"s": src.uid, "d": dst.uid, **prov.props(), **validate_relation(onto, rel, src.type, dst.type, props or {})}


def _kept(old: dict[str, Any] | None, row: dict[str, Any], prov: Provenance) -> dict[str, Any]:
    """A node row with its provenance: the original one when the node exists, else the planner's."""
    if old is None:
        return {**prov.props(), **row}
    keep = {k: old[k] for k in ("src_doc", "src_loc", "created_by") if old.get(k) is not None}
    return {**keep, **row}


def _links(tx: Tx, groups: Iterable[tuple[str, str, str, list[dict[str, Any]]]]) -> None:
    for rel, st, dt, rows in groups:
        if rows:
            write_links(tx, rel, st, dt, rows, source="plans")


def _unlink(tx: Tx, rel: str, src: Ref, dst: Ref) -> None:
    tx.run(f"MATCH (a:`{src.type}` {{uid: $s}})-[r:`{rel}`]->(b:`{dst.type}`) WHERE b.uid = $d DELETE r",
           {"s": src.uid, "d": dst.uid})


# --- the plan ---------------------------------------------------------------------------------------------------


def _targets(store: GraphStore, onto: Ontology, plan: str, steps: Sequence[Step]) -> list[Ref]:
    return sorted({r.node for r in expand(store, onto, steps, [Ref(PLAN, plan)])}, key=lambda r: (r.type, r.uid))


def _ancestors(store: GraphStore, onto: Ontology, plan: str, depth: int = 8) -> set[str]:
    seen: set[str] = set()
    frontier = [Ref(PLAN, plan)]
    for _ in range(depth):
        up = expand(store, onto, [Step(PLAN, "SUBPLAN_OF", PLAN)], frontier)
        nxt = [r.node for r in up if r.node.uid not in seen]
        seen |= {r.uid for r in nxt}
        frontier = nxt
        if not frontier:
            break
    return seen


def save_plan(store: GraphStore, onto: Ontology, actor: str, data: Mapping[str, Any], uid: str | None = None) -> Ref:
    """Create a plan (uid None: `code` names it) or edit plan `uid`; returns its reference.

    Editing sets the fields present in `data` (an empty value clears an optional one) and leaves the others.
    `enterprise` and `parent`, when present, replace the plan's APPLIES_TO Enterprise and SUBPLAN_OF links (empty:
    removes them); `covers` (Type:uid items) adds coverage as `add_coverage` does.
    """
    errors: list[tuple[str, str]] = []
    statuses: list[int] = [400]
    if uid is None:
        code = _code(data)
        if not code:
            raise PlanError([("code", "required")])
        old = get_node(store, onto, Ref(PLAN, code))
        if old is not None:
            raise PlanError([("code", f"a plan with code {code!r} exists")], 409)
    else:
        code = uid
        old = _plan(store, onto, uid)
    record: dict[str, Any] = {"code": code}
    cleared: list[str] = []
    for name in PLAN_FIELDS:
        if name not in data and old is not None:
            if old.get(name) not in (None, "", []):
                record[name] = old[name]
            continue
        try:
            value: Any = _list(data, name) if name in LIST_FIELDS else _text(data, name)
        except PlanError as e:
            errors += e.errors
            statuses.append(e.status)
            continue
        if value in ("", []):
            cleared.append(name)
        else:
            record[name] = value
    for name in ("name", "kind"):
        if name not in record and not any(f == name for f, _ in errors):
            errors.append((name, "required"))
    checked: dict[str, Any] = {}
    if not errors:
        try:
            checked = _validate(onto, PLAN, record)
        except PlanError as e:
            errors += e.errors
            statuses.append(e.status)
    enterprise: list[Ref] | None = None
    if "enterprise" in data:
        try:
            ent = _text(data, "enterprise")
            enterprise = [Ref("Enterprise", ent)] if ent else []
            for r in enterprise:
                _node(store, onto, r, "enterprise")
        except PlanError as e:
            errors += e.errors
            statuses.append(e.status)
    parent: list[Ref] | None = None
    if "parent" in data:
        try:
            par = _text(data, "parent")
            parent = [Ref(PLAN, par)] if par else []
            if par == code:
                raise PlanError([("parent", "a plan cannot be its own parent")])
            if par:
                _node(store, onto, Ref(PLAN, par), "parent")
                if uid is not None and code in _ancestors(store, onto, par):
                    raise PlanError([("parent", f"{par} is a sub-plan of {code}: that would make a cycle")])
        except PlanError as e:
            errors += e.errors
            statuses.append(e.status)
    covers: list[tuple[str, Ref]] = []
    if "covers" in data:
        try:
            covers = _coverage_targets(store, onto, _list(data, "covers"), "covers")
        except PlanError as e:
            errors += e.errors
            statuses.append(e.status)
    if errors:
        raise PlanError(errors, max(statuses))
    prov = _prov(code, actor)
    ref = Ref(PLAN, code)
    old_ent = _targets(store, onto, code, [Step(PLAN, "APPLIES_TO", "Enterprise")]) if old else []
    old_par = _targets(store, onto, code, [Step(PLAN, "SUBPLAN_OF", PLAN)]) if old else []
    props = onto.node_properties(PLAN)
    nulls = [n for n in cleared if n in props and not props[n].required and old is not None]

    def work(tx: Tx) -> None:
        write_nodes(tx, PLAN, [_kept(old, checked, prov)])
        if nulls:
            tx.run(f"MATCH (n:`{PLAN}` {{uid: $u}}) SET " + ", ".join(f"n.`{n}` = NULL" for n in nulls),
                   {"u": code})
        for rel, now, before in (("APPLIES_TO", enterprise, old_ent), ("SUBPLAN_OF", parent, old_par)):
            if now is None:
                continue
            for gone in set(before) - set(now):
                _unlink(tx, rel, ref, gone)
            for r in now:
                _links(tx, [(rel, PLAN, r.type, [_link_rows(onto, rel, ref, r, prov)])])
        for rel, r in covers:
            _links(tx, [(rel, PLAN, r.type, [_link_rows(onto, rel, ref, r, prov)])])

    store.write(work)
    return ref


# --- coverage --------------------------------------------------------------------------------------------------


def coverage_types(onto: Ontology) -> dict[str, str]:
    """Node type → the relation a plan reaches it by (COVERS or APPLIES_TO), from relations.yaml."""
    out: dict[str, str] = {}
    for rel in ("COVERS", "APPLIES_TO"):
        for t in onto.relation(rel).targets:
            out.setdefault(t, rel)
    return out


def _coverage_targets(store: GraphStore, onto: Ontology, items: Sequence[str], field: str) -> list[tuple[str, Ref]]:
    kinds = coverage_types(onto)
    out: list[tuple[str, Ref]] = []
    for text in items:
        try:
            ref = Ref.parse(text)
        except ValueError:
            raise PlanError([(field, f"{text!r} is not a reference Type:uid")]) from None
        if ref.type not in kinds:
            raise PlanError([(field, f"a plan covers or applies to {', '.join(sorted(kinds))}, not {ref.type}")])
        _node(store, onto, ref, field)
        out.append((kinds[ref.type], ref))
    return out


def add_coverage(store: GraphStore, onto: Ontology, actor: str, plan: str, data: Mapping[str, Any]) -> list[Ref]:
    """`target` (one or more Type:uid): COVERS a hazard, major hazard source, chemical, equipment or process;
    APPLIES_TO a site or enterprise."""
    _plan(store, onto, plan)
    items = _list(data, "target")
    if not items:
        raise PlanError([("target", "required (Type:uid, e.g. Hazard:HZ-1)")])
    targets = _coverage_targets(store, onto, items, "target")
    prov = _prov(plan, actor)
    ref = Ref(PLAN, plan)
    store.write(lambda tx: _links(tx, [(rel, PLAN, r.type, [_link_rows(onto, rel, ref, r, prov)])
                                       for rel, r in targets]))
    return [r for _, r in targets]


def remove_coverage(store: GraphStore, onto: Ontology, actor: str, plan: str, data: Mapping[str, Any]) -> Ref:
    """Remove the plan's COVERS or APPLIES_TO link to `target` (Type:uid)."""
    _plan(store, onto, plan)
    _prov(plan, actor)
    text = _text(data, "target")
    if not text:
        raise PlanError([("target", "required (Type:uid)")])
    [(rel, target)] = _coverage_targets(store, onto, [text], "target")
    ref = Ref(PLAN, plan)
    if target not in _targets(store, onto, plan, [Step(PLAN, rel, target.type)]):
        raise PlanError([("target", f"{plan} has no {rel} link to {target}")], 404)
    store.write(lambda tx: _unlink(tx, rel, ref, target))
    return target


# --- sections, actions, roles ------------------------------------------------------------------------------------


def _int(data: Mapping[str, Any], name: str, required: bool) -> int | None:
    raw = data.get(name)
    if isinstance(raw, list | tuple):  # a form field's values
        raw = raw[0] if raw else None
    if raw in (None, ""):
        if required:
            raise PlanError([(name, "required")])
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | str):
        raise PlanError([(name, f"expected a whole number, got {raw!r}")])
    try:
        n = int(str(raw).strip())
    except ValueError:
        raise PlanError([(name, f"expected a whole number, got {raw!r}")]) from None
    if not 1 <= n <= 999:
        raise PlanError([(name, "between 1 and 999")])
    return n


def _owner_of(store: GraphStore, onto: Ontology, ref: Ref, rel: str, owner_type: str) -> str | None:
    rows = expand(store, onto, [Step(ref.type, rel, owner_type, outgoing=False)], [ref])
    return rows[0].node.uid if rows else None


def save_section(store: GraphStore, onto: Ontology, actor: str, plan: str, data: Mapping[str, Any]) -> Ref:
    """Add a section to the plan, or edit one of its sections (same `code`): element, seq, name, text."""
    node = _plan(store, onto, plan)
    seq = _int(data, "seq", True)
    element = _text(data, "element")
    if not element:
        raise PlanError([("element", "required")])
    code = _code(data) or f"{plan}-S{seq}"
    ref = Ref("PlanSection", code)
    old = get_node(store, onto, ref)
    if old is not None and _owner_of(store, onto, ref, "HAS_SECTION", PLAN) not in (None, plan):
        raise PlanError([("code", f"section {code!r} belongs to another plan")], 409)
    name = _text(data, "name") or f"{node.get('name', plan)}·{element}"
    row = _validate(onto, "PlanSection", {"code": code, "name": name, "element": element, "seq": seq,
                                          "text": _text(data, "text")})
    prov = _prov(plan, actor)

    def work(tx: Tx) -> None:
        write_nodes(tx, "PlanSection", [_kept(old, row, prov)])
        if "text" in data and not row.get("text") and old is not None:
            tx.run("MATCH (n:`PlanSection` {uid: $u}) SET n.`text` = NULL", {"u": code})
        has = _link_rows(onto, "HAS_SECTION", Ref(PLAN, plan), ref, prov)
        _links(tx, [("HAS_SECTION", PLAN, "PlanSection", [has])])

    store.write(work)
    return ref


def _sections(store: GraphStore, onto: Ontology, plan: str) -> dict[str, Ref]:
    return {r.node.uid: r.node for r in expand(store, onto, [Step(PLAN, "HAS_SECTION", "PlanSection")],
                                                [Ref(PLAN, plan)])}


def save_action(store: GraphStore, onto: Ontology, actor: str, plan: str, data: Mapping[str, Any]) -> Ref:
    """Add an action to one of the plan's sections (`section`), or edit one (same `code`): seq, text, name."""
    _plan(store, onto, plan)
    section = _text(data, "section")
    if not section:
        raise PlanError([("section", "required")])
    sections = _sections(store, onto, plan)
    if section not in sections:
        raise PlanError([("section", f"{section!r} is not a section of {plan}")], 404)
    text = _text(data, "text")
    if not text:
        raise PlanError([("text", "required")])
    seq = _int(data, "seq", False)
    if seq is None:
        seq = len(expand(store, onto, [Step("PlanSection", "PRESCRIBES", "Action")], [sections[section]])) + 1
    code = _code(data) or f"{section}-A{seq}"
    ref = Ref("Action", code)
    old = get_node(store, onto, ref)
    if old is not None and _owner_of(store, onto, ref, "PRESCRIBES", "PlanSection") not in (None, section):
        raise PlanError([("code", f"action {code!r} belongs to another section")], 409)
    name = _text(data, "name") or (text if len(text) <= 24 else text[:24] + "…")
    row = _validate(onto, "Action", {"code": code, "name": name, "seq": seq, "text": text})
    prov = _prov(plan, actor)

    def work(tx: Tx) -> None:
        write_nodes(tx, "Action", [_kept(old, row, prov)])
        _links(tx, [("PRESCRIBES", "PlanSection", "Action",
                     [_link_rows(onto, "PRESCRIBES", sections[section], ref, prov)])])

    store.write(work)
    return ref


def _role_owner(store: GraphStore, onto: Ontology, plan: str, owner: str) -> Ref:
    if not owner:
        raise PlanError([("owner", "required (a section or an action of the plan)")])
    sections = _sections(store, onto, plan)
    if owner in sections:
        return sections[owner]
    actions = {r.node.uid: r.node for r in expand(store, onto, [Step("PlanSection", "PRESCRIBES", "Action")],
                                                  sections.values())}
    if owner in actions:
        return actions[owner]
    raise PlanError([("owner", f"{owner!r} is not a section or an action of {plan}")], 404)


def assign_role(store: GraphStore, onto: Ontology, actor: str, plan: str, data: Mapping[str, Any]) -> Ref:
    """A section or action of the plan (`owner`) ASSIGNS_ROLE a Position (`position`) with a `duty`; assigning the
    same position again changes the duty."""
    _plan(store, onto, plan)
    owner = _role_owner(store, onto, plan, _text(data, "owner"))
    pos_uid = _text(data, "position")
    if not pos_uid:
        raise PlanError([("position", "required (a Position uid)")])
    position = Ref("Position", pos_uid)
    _node(store, onto, position, "position")
    duty = _text(data, "duty")
    prov = _prov(plan, actor)
    row = _link_rows(onto, "ASSIGNS_ROLE", owner, position, prov, {"duty": duty} if duty else {})
    store.write(lambda tx: _links(tx, [("ASSIGNS_ROLE", owner.type, "Position", [row])]))
    return position


def remove_role(store: GraphStore, onto: Ontology, actor: str, plan: str, data: Mapping[str, Any]) -> Ref:
    _plan(store, onto, plan)
    _prov(plan, actor)
    owner = _role_owner(store, onto, plan, _text(data, "owner"))
    position = Ref("Position", _text(data, "position"))
    held = {r.node for r in expand(store, onto, [Step(owner.type, "ASSIGNS_ROLE", "Position")], [owner])}
    if position not in held:
        raise PlanError([("position", f"{owner.uid} assigns no role to {position.uid!r}")], 404)
    store.write(lambda tx: _unlink(tx, "ASSIGNS_ROLE", owner, position))
    return position


# --- reading ---------------------------------------------------------------------------------------------------


def list_plans(store: GraphStore) -> list[dict[str, Any]]:
    """Every plan with its kind, the enterprises it applies to and its parent plan, by uid."""
    rows = store.read(
        "MATCH (p:`EmergencyPlan`) OPTIONAL MATCH (p)-[:`APPLIES_TO`]->(e:`Enterprise`) "
        "OPTIONAL MATCH (p)-[:`SUBPLAN_OF`]->(q:`EmergencyPlan`) "
        "RETURN p.uid AS uid, p.name AS name, p.kind AS kind, e.uid AS ent, e.name AS ent_name, q.uid AS parent "
        "ORDER BY uid, ent, parent")
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        p = out.setdefault(str(r["uid"]), {"uid": str(r["uid"]), "name": r["name"] or "", "kind": r["kind"] or "",
                                           "enterprises": [], "parent": r["parent"]})
        if r["ent"] and not any(e["uid"] == r["ent"] for e in p["enterprises"]):
            p["enterprises"].append({"uid": r["ent"], "name": r["ent_name"] or ""})
    return list(out.values())


# --- reading a plan for its editor -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanView:
    ref: Ref
    props: dict[str, Any]
    enterprise: list[Ref]
    parent: list[Ref]
    children: list[Ref]
    covers: list[Ref]
    applies_to: list[Ref]
    sections: list[SectionView]
    names: dict[Ref, str]


def plan_view(store: GraphStore, onto: Ontology, uid: str) -> PlanView:
    node = _plan(store, onto, uid)
    kinds = coverage_types(onto)
    steps = [Step(PLAN, rel, t) for t, rel in kinds.items()] + [Step(PLAN, "SUBPLAN_OF", PLAN),
                                                               Step(PLAN, "SUBPLAN_OF", PLAN, outgoing=False)]
    reached = expand(store, onto, steps, [Ref(PLAN, uid)])
    names = {r.node: r.name for r in reached}

    def pick(rel: str, types: Iterable[str], outgoing: bool = True) -> list[Ref]:
        ts = set(types)
        return sorted({r.node for r in reached if r.step.rel == rel and r.node.type in ts
                       and r.step.outgoing == outgoing}, key=lambda x: (x.type, x.uid))

    covers_types = [t for t, rel in kinds.items() if rel == "COVERS"]
    applies_types = [t for t, rel in kinds.items() if rel == "APPLIES_TO"]
    return PlanView(Ref(PLAN, uid), node, pick("APPLIES_TO", ["Enterprise"]), pick("SUBPLAN_OF", [PLAN]),
                    pick("SUBPLAN_OF", [PLAN], outgoing=False), pick("COVERS", covers_types),
                    pick("APPLIES_TO", applies_types), plan_actions(store, onto, Ref(PLAN, uid)), names)
