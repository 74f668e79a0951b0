"""Read queries of the web UI, through kb's repository functions and `store.read` with parameterised Cypher.

Labels in query text come only from the ontology (fixed names below, all defined in types.yaml and
relations.yaml); every value is a parameter. Nothing here depends on the request or the language.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import ontology
from kb import GraphStore, Ref, Subgraph, neighbourhood

DATE_TYPES = ("date", "datetime")
PROVENANCE_DATES = ("created_at", "updated_at")


def _clean(node: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in node.items() if k not in ("_id", "_type")}


def recent(
    store: GraphStore, onto: ontology.Ontology, type_name: str, order_by: str, limit: int = 10
) -> list[dict[str, Any]]:
    """The newest nodes of a type by a date property (both from the ontology)."""
    onto.node(type_name)
    if order_by not in onto.node_properties(type_name):
        raise KeyError(order_by)
    rows = store.read(
        f"MATCH (n:`{type_name}`) RETURN n ORDER BY n.`{order_by}` DESC, n.uid LIMIT $limit", {"limit": limit}
    )
    return [_clean(r["n"]) for r in rows]


def nodes_where(
    store: GraphStore,
    onto: ontology.Ontology,
    type_name: str,
    prop: str,
    value: Any,
    *,
    limit: int = 50,
    skip: int = 0,
    order_by: str = "uid",
    desc: bool = False,
) -> list[dict[str, Any]]:
    onto.node(type_name)
    props = onto.node_properties(type_name)
    if prop not in props or order_by not in props:
        raise KeyError(prop)
    rows = store.read(
        f"MATCH (n:`{type_name}`) WHERE n.`{prop}` = $v RETURN n ORDER BY n.`{order_by}` {'DESC' if desc else ''}, "
        "n.uid SKIP $skip LIMIT $limit",
        {"v": value, "skip": skip, "limit": limit},
    )
    return [_clean(r["n"]) for r in rows]


def open_cases(store: GraphStore, limit: int = 20) -> list[dict[str, Any]]:
    rows = store.read(
        "MATCH (n:`Case`) WHERE n.status IS NULL OR n.status <> $closed RETURN n ORDER BY n.occurred_on DESC "
        "LIMIT $limit",
        {"closed": "closed", "limit": limit},
    )
    return [_clean(r["n"]) for r in rows]


def major_hazards(store: GraphStore) -> list[dict[str, Any]]:
    rows = store.read("MATCH (n:`MajorHazardSource`) RETURN n ORDER BY n.r_value DESC, n.uid")
    return [_clean(r["n"]) for r in rows]


def node_id(ref: Ref) -> str:
    return f"{ref.type}:{ref.uid}"


def graph(store: GraphStore, onto: ontology.Ontology, ref: Ref, depth: int, max_nodes: int = 200) -> dict[str, Any]:
    """Nodes and edges within `depth` hops, at most `max_nodes` nodes (nearest first)."""
    sub = neighbourhood(store, onto, ref, depth, limit=2000)
    dist = _distances(sub, ref)
    order = sorted(sub.nodes, key=lambda r: (dist.get(r, 99), r.type, r.uid))
    keep = set(order[:max_nodes])
    nodes = [{"ref": r, "props": sub.nodes[r], "distance": dist.get(r, 0)} for r in order if r in keep]
    edges = [e for e in sub.edges if e.src in keep and e.dst in keep]
    return {"nodes": nodes, "edges": edges, "truncated": len(sub.nodes) > len(keep)}


def _distances(sub: Subgraph, root: Ref) -> dict[Ref, int]:
    adj: dict[Ref, set[Ref]] = defaultdict(set)
    for e in sub.edges:
        adj[e.src].add(e.dst)
        adj[e.dst].add(e.src)
    dist = {root: 0}
    frontier = [root]
    while frontier:
        nxt = []
        for r in frontier:
            for n in adj[r]:
                if n not in dist:
                    dist[n] = dist[r] + 1
                    nxt.append(n)
        frontier = nxt
    return dist


# --- plans --------------------------------------------------------------------------------------------


def plan_details(store: GraphStore, uid: str) -> dict[str, Any]:
    """Sections in order, their actions in order, the roles each names and who holds each role now."""
    sections = [
        _clean(r["s"])
        for r in store.read(
            "MATCH (p:`EmergencyPlan` {uid: $u})-[:`HAS_SECTION`]->(s:`PlanSection`) RETURN s ORDER BY s.seq, s.uid",
            {"u": uid},
        )
    ]
    actions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in store.read(
        "MATCH (p:`EmergencyPlan` {uid: $u})-[:`HAS_SECTION`]->(s:`PlanSection`)-[:`PRESCRIBES`]->(a:`Action`) "
        "RETURN s.uid AS s, a ORDER BY a.seq, a.uid",
        {"u": uid},
    ):
        actions[r["s"]].append(_clean(r["a"]))
    roles: dict[str, list[dict[str, Any]]] = defaultdict(list)
    positions: dict[str, dict[str, Any]] = {}
    for r in store.read(
        "MATCH (p:`EmergencyPlan` {uid: $u})-[:`HAS_SECTION`]->(s:`PlanSection`)-[:`PRESCRIBES`]->(a:`Action`)"
        "-[r:`ASSIGNS_ROLE`]->(pos:`Position`) RETURN a.uid AS owner, r.duty AS duty, pos ORDER BY pos.uid",
        {"u": uid},
    ):
        roles[r["owner"]].append({"duty": r["duty"], "position": r["pos"]["uid"]})
        positions[r["pos"]["uid"]] = _clean(r["pos"])
    for r in store.read(
        "MATCH (p:`EmergencyPlan` {uid: $u})-[:`HAS_SECTION`]->(s:`PlanSection`)-[r:`ASSIGNS_ROLE`]->(pos:`Position`) "
        "RETURN s.uid AS owner, r.duty AS duty, pos ORDER BY pos.uid",
        {"u": uid},
    ):
        roles[r["owner"]].append({"duty": r["duty"], "position": r["pos"]["uid"]})
        positions[r["pos"]["uid"]] = _clean(r["pos"])
    holders: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if positions:
        for r in store.read(
            "MATCH (h:`Person`)-[r:`HOLDS_POSITION`]->(pos:`Position`) WHERE pos.uid IN $uids "
            "RETURN pos.uid AS p, h, r.since AS since ORDER BY h.uid",
            {"uids": sorted(positions)},
        ):
            holders[r["p"]].append({**_clean(r["h"]), "since": r["since"]})
    return {
        "sections": sections,
        "actions": dict(actions),
        "roles": dict(roles),
        "positions": positions,
        "holders": dict(holders),
    }
