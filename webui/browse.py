"""Home dashboard (counts by type) and listings by type. Every page has a JSON twin (?format=json)."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, current_app, jsonify, render_template, request, url_for

from kb import count_by_type, count_relations, list_nodes

bp = Blueprint("browse", __name__)


def _ctx() -> tuple[Any, Any]:
    ext = current_app.extensions["anzhi"]
    return ext["onto"], ext["store"]


def _wants_json() -> bool:
    return request.args.get("format") == "json"


@bp.get("/")
def home() -> Any:
    onto, store = _ctx()
    counts = count_by_type(store, onto)
    rels = count_relations(store, onto)
    data = {
        "backend": store.backend,
        "nodes": counts,
        "relationships": rels,
        "total_nodes": sum(counts.values()),
        "total_relationships": sum(rels.values()),
        "links": {t: url_for("browse.listing", type_name=t, format="json") for t in onto.nodes},
    }
    if _wants_json():
        return jsonify(data)
    types = [(t, onto.node(t)) for t in onto.nodes]
    return render_template("home.html", data=data, types=types)


@bp.get("/types/<type_name>")
def listing(type_name: str) -> Any:
    onto, store = _ctx()
    if type_name not in onto.nodes:
        abort(404, description=f"没有类型 {type_name}")
    try:
        limit = min(max(int(request.args.get("limit", 50)), 1), 500)
        skip = max(int(request.args.get("skip", 0)), 0)
    except ValueError:
        abort(400, description="limit 与 skip 须为整数")
    items = list_nodes(store, onto, type_name, limit=limit, skip=skip)
    data = {"type": type_name, "label": onto.node(type_name).zh, "limit": limit, "skip": skip, "items": items}
    if _wants_json():
        return jsonify(data)
    return render_template("listing.html", data=data, nt=onto.node(type_name))
