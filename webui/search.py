"""Search page: GET /search?q=…&type=…&industry=… (HTML with facet links and highlighted snippets) and its
JSON twin (?format=json). The index is `current_app.extensions["anzhi"]["search"]` (a kb.search.SearchIndex)."""

from __future__ import annotations

import time
from dataclasses import asdict
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, current_app, jsonify, render_template, request, url_for

from kb.search import FACET_LABELS, FACETS, MAX_LIMIT, SearchIndex, SearchResult

bp = Blueprint("search", __name__)
PAGE = 10


# The index follows writes made by this process and by others (an ingest, the rule service) by catching up
# from the graph's updated_at at most this often; a sync with nothing new costs one small query per type.
SYNC_EVERY_S = 2.0


def _index() -> SearchIndex:
    ext = current_app.extensions["anzhi"]
    index: SearchIndex = ext["search"]
    now = time.monotonic()
    if "store" in ext and now - ext.get("search_synced_at", 0.0) > SYNC_EVERY_S:
        ext["search_synced_at"] = now
        index.sync(ext["store"])
    return index


def _int_arg(name: str, default: int, lo: int, hi: int) -> int:
    try:
        return min(max(int(request.args.get(name, default)), lo), hi)
    except (TypeError, ValueError):
        return default


def _type_label(type_name: str) -> str:
    onto = current_app.extensions["anzhi"].get("onto")
    if onto is not None and type_name in onto.nodes:
        return str(onto.node(type_name).zh)
    return type_name


@bp.get("/search")
def search() -> Any:
    q = request.args.get("q", "")
    facets = {f: request.args.get(f, "") for f in FACETS if request.args.get(f)}
    limit = _int_arg("limit", PAGE, 1, MAX_LIMIT)
    offset = _int_arg("offset", 0, 0, 10_000)
    result: SearchResult = _index().search(q, facets=facets, limit=limit, offset=offset)
    if request.args.get("format") == "json":
        data = asdict(result)
        data.update(facets=facets, limit=limit, offset=offset)
        return jsonify(data)

    # One url_for, and the current arguments encoded once: a page has up to 6 × 30 facet links, each differing
    # from the current URL in one argument (url_for and urlencode per link cost more than the search itself).
    path = url_for("search.search") + "?"
    current: dict[str, Any] = {"q": q, **facets, "limit": limit, "offset": 0}
    encoded = {k: urlencode({k: v}) for k, v in current.items() if v not in ("", None)}

    def link(**changes: Any) -> str:
        parts = [encoded[k] for k in current if k not in changes and k in encoded]
        parts += [urlencode({k: v}) for k, v in changes.items() if v not in ("", None)]
        return path + "&".join(parts)

    facet_links = {
        f: [(value, count, link(**{f: value}), facets.get(f) == value) for value, count in counts.items()]
        for f, counts in result.facet_counts.items()
    }
    pages = {
        "prev": link(offset=max(offset - limit, 0)) if offset > 0 else "",
        "next": link(offset=offset + limit) if offset + limit < result.total else "",
    }
    return render_template(
        "search.html",
        q=q,
        result=result,
        facets=facets,
        facet_links=facet_links,
        facet_labels=FACET_LABELS,
        clear={f: link(**{f: None}) for f in facets},
        pages=pages,
        offset=offset,
        type_label=_type_label,
    )
