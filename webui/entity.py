"""Entity pages for every node type, specialised for Case and EmergencyPlan, and the neighbourhood graph JSON.

GET /entity/<Type>/<uid>            properties, provenance, related items by relationship, graph picture
GET /entity/<Type>/<uid>/graph      nodes and edges within depth 1 or 2 (JSON, feeds static/graph.js)

uids may contain "|" and "/": the path converter takes them, url_for percent-encodes them.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from flask import Blueprint, abort, jsonify, render_template, request, url_for

import ontology
from kb import Edge, Ref, Subgraph, get_node, neighbourhood

from . import queries
from .common import PROVENANCE, ctx, entity_url, item, node_item, properties, provenance, type_colour, wants_json
from .i18n import display_value, node_title, rel_label, rel_prop_label, t, taxonomy_label, type_label

bp = Blueprint("entity", __name__)
# What a case page follows two hops out: causes and their chain, responsibilities with their parties, causes
# and citations, consequences and lessons (not organisation or industry, which lead to other cases).
CASE_RELATIONS = (
    "CAUSED_BY",
    "LEADS_TO",
    "HAS_RESPONSIBILITY",
    "ATTRIBUTED_TO",
    "ARISES_FROM",
    "RESULTED_IN",
    "HAS_LESSON",
    "CITES",
)


def _load(type_name: str, uid: str) -> tuple[ontology.Ontology, Any, Ref, dict[str, Any]]:
    onto, store = ctx()
    if type_name not in onto.nodes:
        abort(404, description=t("error.no_type", type=type_name))
    ref = Ref(type_name, uid)
    node = get_node(store, onto, ref)
    if node is None:
        abort(404, description=t("error.no_entity", type=type_label(type_name), uid=uid))
    node.pop("_type", None)
    return onto, store, ref, node


def _edge_props(e: Edge) -> list[dict[str, Any]]:
    return [
        {"name": k, "label": rel_prop_label(e.type, k), "value": v}
        for k, v in e.props.items()
        if k not in PROVENANCE and v is not None
    ]


def related(sub: Subgraph, ref: Ref) -> list[dict[str, Any]]:
    """Items one hop away, grouped by relationship type and direction, in ontology order."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for e in sub.edges:
        if e.src == ref:
            other, direction = e.dst, "out"
        elif e.dst == ref:
            other, direction = e.src, "in"
        else:
            continue
        groups[(e.type, direction)].append({**item(other, sub.nodes.get(other, {})), "props": _edge_props(e)})
    order = list(ontology.load().relations)
    out = []
    for (rel, direction), items in sorted(groups.items(), key=lambda kv: (order.index(kv[0][0]), kv[0][1])):
        items.sort(key=lambda i: (i["type"], i["name"], i["uid"]))
        out.append({"rel": rel, "label": rel_label(rel), "direction": direction, "items": items})
    return out


def _merge(a: Subgraph, b: Subgraph) -> Subgraph:
    seen = {(e.type, e.src, e.dst) for e in a.edges}
    return Subgraph({**a.nodes, **b.nodes}, a.edges + [e for e in b.edges if (e.type, e.src, e.dst) not in seen])


@bp.get("/entity/<type_name>/<path:uid>")
def entity(type_name: str, uid: str) -> Any:
    onto, store, ref, node = _load(type_name, uid)
    sub = neighbourhood(store, onto, ref, 1, limit=2000)
    data: dict[str, Any] = {
        "type": type_name,
        "type_label": type_label(type_name),
        "uid": uid,
        "name": node_title(node),
        "colour": type_colour(type_name),
        "properties": properties(type_name, node),
        "provenance": provenance(type_name, node),
        "related": related(sub, ref),
        "links": {
            "html": entity_url(type_name, uid),
            "json": entity_url(type_name, uid, format="json"),
            "graph": url_for("entity.graph", type_name=type_name, uid=uid, depth=1),
        },
    }
    template = "entity.html"
    if type_name == "Case":
        deep = neighbourhood(store, onto, ref, 2, limit=2000, rel_types=CASE_RELATIONS)
        data["case"] = case_details(onto, _merge(sub, deep), ref, node)
        template = "case.html"
    elif type_name == "EmergencyPlan":
        data["plan"] = plan_details(onto, store, sub, ref, node)
        template = "plan.html"
    if wants_json():
        return jsonify(data)
    return render_template(template, data=data)


@bp.get("/entity/<type_name>/<path:uid>/graph")
def graph(type_name: str, uid: str) -> Any:
    onto, store, ref, _ = _load(type_name, uid)
    try:
        depth = int(request.args.get("depth", 1))
    except ValueError:
        depth = 0
    if depth not in (1, 2):
        abort(400, description=t("error.bad_depth"))
    g = queries.graph(store, onto, ref, depth)
    nodes = [
        {
            "id": queries.node_id(n["ref"]),
            **item(n["ref"], n["props"]),
            "colour": type_colour(n["ref"].type),
            "distance": n["distance"],
            "root": n["ref"] == ref,
        }
        for n in g["nodes"]
    ]
    edges = [
        {"source": queries.node_id(e.src), "target": queries.node_id(e.dst), "type": e.type, "label": rel_label(e.type)}
        for e in g["edges"]
    ]
    legend = sorted({n["type"] for n in nodes})
    return jsonify(
        root=queries.node_id(ref),
        depth=depth,
        truncated=g["truncated"],
        nodes=nodes,
        edges=edges,
        legend=[{"type": x, "label": type_label(x), "colour": type_colour(x)} for x in legend],
    )


# --- cases ----------------------------------------------------------------------------------------------


def case_details(onto: ontology.Ontology, sub: Subgraph, ref: Ref, node: dict[str, Any]) -> dict[str, Any]:
    out_edges: dict[str, list[Edge]] = defaultdict(list)
    for e in sub.edges:
        out_edges[e.type].append(e)

    def targets(rel: str, src: Ref) -> list[Ref]:
        return sorted({e.dst for e in out_edges[rel] if e.src == src}, key=lambda r: r.uid)

    causes = targets("CAUSED_BY", ref)
    cause_set = set(causes) | {r for r in sub.nodes if r.type == "Cause"}
    leads = {c: [e.dst for e in out_edges["LEADS_TO"] if e.src == c and e.dst in cause_set] for c in cause_set}
    incoming = {e.dst for e in out_edges["LEADS_TO"] if e.src in cause_set}

    def cause_item(c: Ref) -> dict[str, Any]:
        p = sub.nodes.get(c, {})
        return {
            **node_item("Cause", p, ("level", "factor_class", "text")),
            "leads_to": [x.uid for x in leads.get(c, [])],
        }

    chains: list[list[dict[str, Any]]] = []
    for root in sorted(cause_set - incoming, key=lambda r: r.uid):
        chain: list[dict[str, Any]] = []
        seen: set[Ref] = set()
        cur: Ref | None = root
        while cur is not None and cur not in seen:
            seen.add(cur)
            chain.append(cause_item(cur))
            nxt = leads.get(cur) or []
            cur = nxt[0] if nxt else None
        chains.append(chain)

    responsibilities = []
    for r in targets("HAS_RESPONSIBILITY", ref):
        p = sub.nodes.get(r, {})
        parties = [
            {
                **item(e.dst, sub.nodes.get(e.dst, {})),
                "kind": e.props.get("kind"),
                "kind_label": taxonomy_label("responsibility_kinds", e.props.get("kind")),
            }
            for e in out_edges["ATTRIBUTED_TO"]
            if e.src == r
        ]
        responsibilities.append(
            {
                **node_item("Responsibility", p, ("kind", "sanction", "basis")),
                "parties": parties,
                "causes": [item(c, sub.nodes.get(c, {})) for c in targets("ARISES_FROM", r)],
                "cites": [item(c, sub.nodes.get(c, {})) for c in targets("CITES", r)],
            }
        )

    consequence_refs = sorted(
        {e.dst for e in out_edges["RESULTED_IN"] if e.src == ref or e.src in cause_set}, key=lambda r: r.uid
    )
    timeline = _timeline(onto, sub, ref, node)
    grade = node.get("severity")
    severity: dict[str, Any] = {"grade": grade, "label": taxonomy_label("severity_grades", grade) if grade else None}
    tax = onto.taxonomy("severity_grades")
    if grade in tax.codes:
        entry = tax.get(str(grade)).data
        severity["basis"] = {
            "deaths": node.get("deaths", 0),
            "serious_injuries": node.get("serious_injuries", 0),
            "direct_loss_cny": node.get("direct_loss_cny"),
            "thresholds": t(
                "case.thresholds",
                grade=taxonomy_label("severity_grades", grade),
                deaths=entry.get("min_deaths"),
                serious=entry.get("min_serious_injuries"),
                loss=f"{entry.get('min_loss_cny', 0):,}",
            ),
            "investigated_by": entry.get("investigated_by"),
            "response_level": entry.get("response_level"),
            "source": tax.source,
        }
    return {
        "status": node.get("status"),
        "status_label": taxonomy_label("case_states", node.get("status")) if node.get("status") else None,
        "statuses": [
            {"code": e.code, "label": taxonomy_label("case_states", e.code)}
            for e in onto.taxonomy("case_states").entries
        ],
        "severity": severity,
        "timeline": timeline,
        "chains": chains,
        "causes": [cause_item(c) for c in sorted(cause_set, key=lambda r: r.uid)],
        "responsibilities": responsibilities,
        "consequences": [node_item("Consequence", sub.nodes.get(c, {}), ("kind", "amount")) for c in consequence_refs],
        "lessons": [node_item("Lesson", sub.nodes.get(c, {}), ("text",)) for c in targets("HAS_LESSON", ref)],
        "sources": [item(c, sub.nodes.get(c, {})) for c in targets("SOURCED_FROM", ref)],
    }


def _timeline(onto: ontology.Ontology, sub: Subgraph, ref: Ref, node: dict[str, Any]) -> list[dict[str, Any]]:
    """The case's date, the dates of related documents and events, and when it was recorded, oldest first."""
    events: list[dict[str, Any]] = []
    if node.get("occurred_on"):
        events.append({"date": str(node["occurred_on"]), "event": t("case.occurred"), **item(ref, node)})
    for r, p in sub.nodes.items():
        if r == ref or r.type == "Case":
            continue
        for name, prop in onto.node(r.type).properties.items():
            if prop.type in queries.DATE_TYPES and p.get(name):
                events.append({"date": str(p[name]), "event": prop_label_of(r.type, name), **item(r, p)})
    for name, key in (("created_at", "case.recorded"), ("updated_at", "case.updated")):
        if node.get(name):
            events.append({"date": str(node[name])[:10], "event": t(key), **item(ref, node)})
    events.sort(key=lambda e: (e["date"], e["uid"]))
    return events


def prop_label_of(type_name: str, prop: str) -> str:
    from .i18n import prop_label

    return f"{type_label(type_name)} · {prop_label(type_name, prop)}"


# --- plans ----------------------------------------------------------------------------------------------


def plan_details(onto: ontology.Ontology, store: Any, sub: Subgraph, ref: Ref, node: dict[str, Any]) -> dict[str, Any]:
    raw = queries.plan_details(store, ref.uid)

    def role_rows(owner: str) -> list[dict[str, Any]]:
        rows = []
        for r in raw["roles"].get(owner, []):
            pos = raw["positions"][r["position"]]
            holders = raw["holders"].get(r["position"], [])
            rows.append(
                {
                    "duty": r["duty"],
                    "position": node_item("Position", pos),
                    "holders": [{**node_item("Person", h), "since": h.get("since")} for h in holders],
                    "vacant": not holders,
                }
            )
        return rows

    sections = []
    for s in raw["sections"]:
        sections.append(
            {
                **node_item("PlanSection", s, ("seq", "element", "text")),
                "roles": role_rows(s["uid"]),
                "actions": [
                    {**node_item("Action", a, ("seq", "text")), "roles": role_rows(a["uid"])}
                    for a in raw["actions"].get(s["uid"], [])
                ],
            }
        )
    kind = node.get("kind")
    required = []
    if kind in onto.taxonomy("plan_kinds").codes:
        required = list(onto.taxonomy("plan_kinds").get(str(kind)).data.get("required_elements", []))
    present = {s.get("element") for s in raw["sections"]}
    near = [e for e in sub.edges if ref in (e.src, e.dst)]
    covers = [item(e.dst, sub.nodes.get(e.dst, {})) for e in near if e.type == "COVERS" and e.src == ref]
    applies = [item(e.dst, sub.nodes.get(e.dst, {})) for e in near if e.type == "APPLIES_TO" and e.src == ref]
    all_roles = {}
    for owner_rows in [role_rows(o) for o in raw["roles"]]:
        for row in owner_rows:
            all_roles[row["position"]["uid"]] = row
    return {
        "kind": kind,
        "kind_label": display_value("EmergencyPlan", "kind", kind) if kind else None,
        "sections": sections,
        "required_elements": [{"code": c, "label": taxonomy_label("plan_elements", c)} for c in required],
        "missing_elements": [
            {"code": c, "label": taxonomy_label("plan_elements", c)} for c in required if c not in present
        ],
        "covers": sorted(covers, key=lambda i: (i["type"], i["uid"])),
        "applies_to": sorted(applies, key=lambda i: (i["type"], i["uid"])),
        "roles": [
            {"position": r["position"], "holders": r["holders"], "vacant": r["vacant"]}
            for r in sorted(all_roles.values(), key=lambda r: r["position"]["uid"])
        ],
        "vacant_roles": sorted(uid for uid, r in all_roles.items() if r["vacant"]),
        "edit_url": url_for("plans.edit", uid=ref.uid),
    }
