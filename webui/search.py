"""Search page: GET /search?q=…&type=…&industry=… (HTML with facet links and highlighted snippets) and its
JSON twin (?format=json). The index is `current_app.extensions["anzhi"]["search"]` (a kb.search.SearchIndex)."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from html import escape
from typing import Any
from urllib.parse import quote, urlencode

from flask import Blueprint, current_app, jsonify, render_template, request, url_for
from markupsafe import Markup
from markupsafe import escape as markup_escape

from kb.search import FACETS, MAX_LIMIT, SearchIndex, SearchResult

from .i18n import current_lang, messages, t
from .i18n import type_label as _i18n_type_label

bp = Blueprint("search", __name__)
PAGE = 10


# The index follows writes made by this process and by others (an ingest, the rule service) by catching up
# from the graph's updated_at at most this often. A sync with nothing new is one small query; when another
# thread or process is already changing the index, the request does not wait for it (see SearchIndex.sync).
SYNC_EVERY_S = 2.0


def _index() -> SearchIndex:
    ext = current_app.extensions["anzhi"]
    index: SearchIndex = ext["search"]
    now = time.monotonic()
    if "store" in ext and now - ext.get("search_synced_at", 0.0) > SYNC_EVERY_S:
        ext["search_synced_at"] = now
        index.sync(ext["store"], wait=False)
    return index


def _int_arg(name: str, default: int, lo: int, hi: int) -> int:
    try:
        return min(max(int(request.args.get(name, default)), lo), hi)
    except (TypeError, ValueError):
        return default


@functools.lru_cache(maxsize=4096)
def _type_label(type_name: str, lang: str) -> str:
    return str(_i18n_type_label(type_name, lang))


@functools.lru_cache(maxsize=65536)
def _quoted(value: str) -> str:
    return quote(value, safe="")


@functools.lru_cache(maxsize=65536)
def _escaped(value: str) -> str:
    return escape(value)


def _facets_html(result: SearchResult, facets: dict[str, str], link: Any, lang: str) -> Markup:
    """The facet sidebar, written here rather than in Jinja: up to 6 × 30 links, each a few string joins on
    cached quoted and escaped values (in the template every link cost several helper calls and escapes)."""
    out: list[str] = []
    for f, counts in result.facet_counts.items():
        # Every link of a facet is the current URL without that facet plus `&facet=value`.
        base = escape(link(**{f: None})) + f"&amp;{f}="
        out.append(f"<section><h2>{_escaped(t('facet.' + f, lang))}</h2><ul>")
        for value, count in counts.items():
            label = _escaped(_type_label(value, lang) if f == "type" else value)
            if facets.get(f) == value:
                out.append(f"<li><strong>{label}</strong> <small>{count}</small></li>")
            else:
                out.append(f'<li><a href="{base}{_quoted(value)}">{label}</a> <small>{count}</small></li>')
        out.append("</ul></section>")
    return Markup("".join(out))


def _hits_html(hits: list[tuple[Any, str, str]]) -> Markup:
    """The result list's items, written here rather than in a Jinja loop (what the loop gave, character for
    character: every value escaped as Jinja escapes it, the snippet already HTML). Links come from the page's
    `entity_url` template helper."""
    entity_url: Callable[[str, str], str] = current_app.jinja_env.globals["entity_url"]  # type: ignore[assignment]
    out: list[str] = []
    for h, label, hit_facets in hits:
        snippet = f'<div class="snippet">{h.snippet_html}</div>' if h.snippet_html else ""
        small = f'<div class="hit-facets"><small>{markup_escape(hit_facets)}</small></div>' if hit_facets else ""
        out.append(
            f'\n      <li class="search-hit">\n        <div><span class="tag">{markup_escape(label)}</span> '
            f'<a href="{markup_escape(entity_url(h.type, h.uid))}"><strong>{markup_escape(h.title)}</strong></a> '
            f"<small>{markup_escape(h.uid)}</small></div>\n        {snippet}\n        {small}\n      </li>\n      "
        )
    return Markup("".join(out))


@bp.get("/search")
def search() -> Any:
    args = request.args
    q = args.get("q", "")
    facets = {f: v for f in FACETS if f in args and (v := args.get(f, ""))}
    limit = _int_arg("limit", PAGE, 1, MAX_LIMIT)
    offset = _int_arg("offset", 0, 0, 10_000)
    result: SearchResult = _index().search(q, facets=facets, limit=limit, offset=offset)
    if args.get("format") == "json":
        data = result.to_dict()
        data.update(facets=facets, limit=limit, offset=offset)
        return jsonify(data)

    # One url_for, and the current arguments encoded once: each facet link differs from the current URL in one
    # argument (url_for and urlencode per link cost more than the search itself).
    path = url_for("search.search") + "?"
    # Default page size and the first page are left out of the links (shorter pages to send).
    current: dict[str, Any] = {"q": q, **facets, "limit": limit if limit != PAGE else None}
    encoded = {k: urlencode({k: v}) for k, v in current.items() if v not in ("", None)}

    def link(**changes: Any) -> str:
        parts = [encoded[k] for k in current if k not in changes and k in encoded]
        parts += [f"{k}={_quoted(str(v))}" for k, v in changes.items() if v not in ("", None)]
        return path + "&".join(parts)

    lang = current_lang()
    colon = t("colon", lang)
    facet_names = {f: t("facet." + f, lang) for f in FACETS}
    hits = [
        (h, _type_label(h.type, lang),
         " · ".join(f"{facet_names.get(k, k)}{colon}{v}" for k, v in h.facets.items()))
        for h in result.hits
    ]
    filters = [(facet_names[f], _type_label(v, lang) if f == "type" else v, link(**{f: None}))
               for f, v in facets.items()]
    pages = {
        "prev": link(offset=max(offset - limit, 0)) if offset > 0 else "",
        "next": link(offset=offset + limit) if offset + limit < result.total else "",
    }
    return render_template(
        "search.html",
        q=q,
        result=result,
        facets=facets,
        filters=filters,
        facets_html=_facets_html(result, facets, link, lang),
        hits=hits,
        hits_html=_hits_html(hits),
        pages=pages,
        offset=offset,
        T=messages(lang),
    )
