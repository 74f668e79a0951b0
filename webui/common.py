"""Helpers shared by the blueprints: the app's ontology and store, JSON twins, links and labels of nodes."""

from __future__ import annotations

import zlib
from typing import Any

from flask import current_app, request, url_for

import ontology
from kb import GraphStore, Ref

from .i18n import current_lang, display_value, node_title, prop_label, type_label

# Colour per node type, stable across runs (the ontology's order), readable on white.
PALETTE = (
    "#8b1a1a",
    "#1f77b4",
    "#2ca02c",
    "#ff7f0e",
    "#9467bd",
    "#17becf",
    "#d62728",
    "#7f7f7f",
    "#bcbd22",
    "#e377c2",
    "#8c564b",
    "#393b79",
    "#637939",
    "#8c6d31",
    "#843c39",
    "#7b4173",
    "#3182bd",
    "#31a354",
    "#756bb1",
    "#636363",
    "#e6550d",
    "#969696",
    "#6baed6",
    "#fd8d3c",
    "#74c476",
    "#9e9ac8",
    "#a55194",
)
PROVENANCE = ("src_doc", "src_loc", "created_by", "created_at", "updated_at")


def ctx() -> tuple[ontology.Ontology, GraphStore]:
    ext = current_app.extensions["anzhi"]
    return ext["onto"], ext["store"]


def wants_json() -> bool:
    return request.args.get("format") == "json"


def type_colour(type_name: str) -> str:
    names = list(ontology.load().nodes)
    i = names.index(type_name) if type_name in names else zlib.crc32(type_name.encode())
    return PALETTE[i % len(PALETTE)]


def cached_url(endpoint: str, **values: Any) -> str:
    """url_for(endpoint, **values) for a link that is the same on every request (the header's links): built once
    per application and script root (the one part of a path-only URL that comes from the request)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    cache: dict[tuple[Any, ...], str] = app.extensions.setdefault("anzhi_urls", {})
    key = (request.script_root, endpoint, *sorted(values.items()))
    url = cache.get(key)
    if url is None:
        url = url_for(endpoint, **values)
        if len(cache) >= 4096:  # script roots are a handful; a bound all the same
            cache.clear()
        cache[key] = url
    return url


def entity_url(type_name: str, uid: str, **kw: Any) -> str:
    """The entity page's URL: what url_for gives, from the type's prefix (cached) and the uid as the route's
    <path:uid> converter writes it (url_for costs more than a search page's other links together)."""
    if kw:
        return url_for("entity.entity", type_name=type_name, uid=uid, **kw)
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    conv = app.extensions.get("anzhi_path_converter")
    if conv is None:
        conv = app.extensions["anzhi_path_converter"] = app.url_map.converters["path"](app.url_map)
    return cached_url("entity.entity", type_name=type_name, uid="0")[:-1] + str(conv.to_url(uid))


def item(ref: Ref, props: dict[str, Any]) -> dict[str, Any]:
    """A node as a list item: type, labels, name in the language, link."""
    return {
        "type": ref.type,
        "type_label": type_label(ref.type),
        "uid": ref.uid,
        "name": node_title(props),
        "url": entity_url(ref.type, ref.uid),
    }


def node_item(type_name: str, props: dict[str, Any], extra: tuple[str, ...] = ()) -> dict[str, Any]:
    out = item(Ref(type_name, str(props.get("uid", ""))), props)
    for name in extra:
        if props.get(name) is not None:
            out[name] = props[name]
            out[f"{name}_display"] = display_value(type_name, name, props[name])
    return out


def properties(type_name: str, node: dict[str, Any]) -> list[dict[str, Any]]:
    """The node's properties (not provenance) in ontology order, with labels and display values."""
    onto = ontology.load()
    out = []
    for name in onto.node_properties(type_name):
        if name in PROVENANCE or node.get(name) in (None, "", []):
            continue
        out.append(
            {
                "name": name,
                "label": prop_label(type_name, name),
                "value": node[name],
                "display": display_value(type_name, name, node[name]),
            }
        )
    return out


def provenance(type_name: str, props: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"name": p, "label": prop_label(type_name, p), "value": props.get(p)} for p in PROVENANCE]


def lang() -> str:
    return current_lang()
