"""Home dashboard, listings by type and the findings feed. Every page has a JSON twin (?format=json)."""

from __future__ import annotations

import time
from collections import defaultdict
from typing import Any

from flask import Blueprint, abort, current_app, jsonify, render_template, request, url_for

from kb import count_by_type, count_relations, list_nodes

from . import queries
from .common import ctx, node_item, type_colour, wants_json
from .i18n import t, taxonomy_label, type_label

bp = Blueprint("browse", __name__)
COUNTS_TTL = 10.0  # seconds the dashboard's counts may be stale (65 count queries on every view otherwise)


def _counts() -> tuple[dict[str, int], dict[str, int]]:
    onto, store = ctx()
    cache = current_app.extensions["anzhi"].setdefault("counts_cache", {})
    now = time.monotonic()
    if cache.get("at", -COUNTS_TTL) + COUNTS_TTL < now:
        cache.update(at=now, nodes=count_by_type(store, onto), rels=count_relations(store, onto))
    return dict(cache["nodes"]), dict(cache["rels"])


def _paging(default: int = 50) -> tuple[int, int]:
    try:
        limit = min(max(int(request.args.get("limit", default)), 1), 500)
        skip = max(int(request.args.get("skip", 0)), 0)
    except ValueError:
        abort(400, description=t("error.bad_paging"))
    return limit, skip


@bp.get("/")
def home() -> Any:
    onto, store = ctx()
    counts, rels = _counts()
    by_level: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in queries.major_hazards(store):
        by_level[m.get("level") or ""].append(node_item("MajorHazardSource", m, ("r_value",)))
    levels = [e.code for e in onto.taxonomy("major_hazard_levels").entries]
    data = {
        "backend": store.backend,
        "nodes": counts,
        "relationships": rels,
        "total_nodes": sum(counts.values()),
        "total_relationships": sum(rels.values()),
        "types": [
            {
                "type": t_,
                "label": type_label(t_),
                "count": counts[t_],
                "colour": type_colour(t_),
                "url": url_for("browse.listing", type_name=t_),
            }
            for t_ in onto.nodes
        ],
        "recent_findings": [
            node_item("Finding", n, ("kind", "observed_at", "text"))
            for n in queries.recent(store, onto, "Finding", "observed_at", 10)
        ],
        "recent_recommendations": [
            node_item("Recommendation", n, ("warning_level", "issued_at", "text"))
            for n in queries.recent(store, onto, "Recommendation", "issued_at", 10)
        ],
        "open_cases": [node_item("Case", n, ("occurred_on", "status", "severity")) for n in queries.open_cases(store)],
        "major_hazards_by_level": [
            {"level": lv, "label": taxonomy_label("major_hazard_levels", lv), "items": by_level[lv]}
            for lv in [*levels, *sorted(set(by_level) - set(levels))]
            if by_level.get(lv)
        ],
        "links": {t_: url_for("browse.listing", type_name=t_, format="json") for t_ in onto.nodes},
    }
    if wants_json():
        return jsonify(data)
    return render_template("home.html", data=data)


@bp.get("/types/<type_name>")
def listing(type_name: str) -> Any:
    onto, store = ctx()
    if type_name not in onto.nodes:
        abort(404, description=t("error.no_type", type=type_name))
    limit, skip = _paging()
    rows = list_nodes(store, onto, type_name, limit=limit, skip=skip)
    total = count_by_type_one(type_name)
    data = {
        "type": type_name,
        "label": type_label(type_name),
        "limit": limit,
        "skip": skip,
        "total": total,
        "items": [{**r, "url": node_item(type_name, r)["url"]} for r in rows],
    }
    if wants_json():
        return jsonify(data)
    return render_template("listing.html", data=data)


def count_by_type_one(type_name: str) -> int:
    _, store = ctx()
    return int(store.read(f"MATCH (n:`{type_name}`) RETURN count(n) AS c")[0]["c"])


@bp.get("/findings")
def findings() -> Any:
    """The findings feed: newest Finding nodes (optionally of one kind) and newest Recommendations."""
    onto, store = ctx()
    limit, skip = _paging(50)
    kind = request.args.get("kind") or None
    kinds = onto.taxonomy("finding_kinds")
    if kind is not None and kind not in kinds.codes:
        abort(400, description=f"kind: {kind}")
    if kind:
        found = queries.nodes_where(
            store, onto, "Finding", "kind", kind, limit=limit, skip=skip, order_by="observed_at", desc=True
        )
    else:
        found = queries.recent(store, onto, "Finding", "observed_at", limit + skip)[skip:]
    data = {
        "kind": kind,
        "kinds": [{"code": e.code, "label": taxonomy_label("finding_kinds", e.code)} for e in kinds.entries],
        "limit": limit,
        "skip": skip,
        "findings": [node_item("Finding", n, ("kind", "observed_at", "value", "unit", "text")) for n in found],
        "recommendations": [
            node_item("Recommendation", n, ("warning_level", "issued_at", "rule_id", "rule_version", "text"))
            for n in queries.recent(store, onto, "Recommendation", "issued_at", 50)
        ],
    }
    if wants_json():
        return jsonify(data)
    return render_template("findings.html", data=data)
