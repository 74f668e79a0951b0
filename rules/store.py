"""Graph I/O for the rule service: context facts out of the graph; findings and recommendations into it.

Everything here goes through `kb` (the store interface and the repository's validated writers); labels and
relationship names are constants checked against the ontology, and every value is a parameter.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from kb import GraphStore, Provenance
from kb.repository import write_links, write_nodes
from kb.store import Tx
from ontology import Ontology, validate_node, validate_relation

from .engine import Fact

CONTEXT_KINDS = frozenset({"sensor", "equipment", "chemical", "major_hazard", "guarantor", "certificate", "clock"})


@dataclass
class Context:
    """What the graph says about the plant, as engine facts and as lookups for enriching findings."""

    sensors: dict[str, dict[str, Any]] = field(default_factory=dict)
    equipment: dict[str, dict[str, Any]] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)


def _first(rows: list[dict[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        out.setdefault(str(r[key]), r)
    return out


def load_context(store: GraphStore) -> Context:
    """Sensors (kind, unit, set points, equipment, site, detected chemical), equipment (site, major hazard source,
    stored chemical), chemicals (LEL, UEL, OEL), major hazard sources (level, R, site) and 包保 guarantors."""
    ctx = Context()
    sensors = _first(store.read(
        "MATCH (s:Sensor) OPTIONAL MATCH (s)-[:MONITORS]->(e:Equipment) OPTIONAL MATCH (s)-[:LOCATED_AT]->(a:Site) "
        "OPTIONAL MATCH (s)-[:DETECTS]->(c:Chemical) "
        "RETURN s.uid AS sid, s.kind AS kind, s.unit AS unit, s.alarm_1 AS a1, s.alarm_2 AS a2, e.uid AS eq, "
        "a.uid AS area, c.uid AS chem ORDER BY sid, eq, area, chem"), "sid")
    equipment = _first(store.read(
        "MATCH (e:Equipment) OPTIONAL MATCH (e)-[:LOCATED_AT]->(a:Site) "
        "OPTIONAL MATCH (m:MajorHazardSource)-[:INCLUDES]->(e) OPTIONAL MATCH (e)-[:STORES]->(c:Chemical) "
        "RETURN e.uid AS eid, e.kind AS kind, a.uid AS area, m.uid AS mhs, c.uid AS chem "
        "ORDER BY eid, mhs, area, chem"),
        "eid")
    chemicals = store.read(
        "MATCH (c:Chemical) RETURN c.uid AS cid, c.name AS name, c.lel_vol_pct AS lel, c.uel_vol_pct AS uel, "
        "c.oel_ppm AS oel")
    mhs = _first(store.read(
        "MATCH (m:MajorHazardSource) OPTIONAL MATCH (m)-[:LOCATED_AT]->(a:Site) "
        "RETURN m.uid AS mid, m.level AS level, m.r_value AS r, a.uid AS area ORDER BY mid, area"), "mid")
    guarantors = store.read(
        "MATCH (p:Person)-[r:RESPONSIBLE_FOR]->(m:MajorHazardSource) RETURN p.uid AS pid, m.uid AS mid, r.role AS role")
    for sid, r in sensors.items():
        info = {"id": sid, "kind": r["kind"], "equipment": r["eq"], "area": r["area"], "unit": r["unit"],
                "alarm_1": r["a1"], "alarm_2": r["a2"], "substance": r["chem"]}
        ctx.sensors[sid] = info
        ctx.facts.append(Fact("sensor", {k: v for k, v in info.items() if k != "substance"}))
    for eid, r in equipment.items():
        info = {"id": eid, "kind": r["kind"], "area": r["area"], "chemical": r["chem"], "major_hazard": r["mhs"]}
        ctx.equipment[eid] = info
        ctx.facts.append(Fact("equipment", info))
    for r in chemicals:
        ctx.facts.append(Fact("chemical", {"id": r["cid"], "name": r["name"], "lel": r["lel"], "uel": r["uel"],
                                           "oel": r["oel"]}))
    for mid, r in mhs.items():
        ctx.facts.append(Fact("major_hazard", {"id": mid, "level": r["level"], "area": r["area"], "r_value": r["r"]}))
    for r in guarantors:
        if r["role"] in ("主要负责人", "技术负责人", "操作负责人"):
            ctx.facts.append(Fact("guarantor", {"id": f"{r['mid']}/{r['role']}/{r['pid']}", "major_hazard": r["mid"],
                                                "role": r["role"], "person": r["pid"]}))
    return ctx


# --- findings -----------------------------------------------------------------------------------------------


def stored_fact_json(store: GraphStore, codes: Sequence[str]) -> dict[str, str]:
    """The stored `fact_json` of those findings that exist already (code → JSON text)."""
    if not codes:
        return {}
    rows = store.read("UNWIND $u AS x MATCH (f:Finding {uid: x}) RETURN f.uid AS uid, f.fact_json AS fj",
                      {"u": list(codes)})
    return {str(r["uid"]): str(r["fj"] or "") for r in rows}


@dataclass(frozen=True)
class FindingRow:
    """A validated finding ready to write: node properties, and what it was observed on."""

    props: dict[str, Any]
    sensor: str | None  # a Sensor uid known to the graph
    equipment: str | None  # an Equipment uid known to the graph
    src_loc: str = ""


def write_findings(store: GraphStore, onto: Ontology, rows: Sequence[FindingRow], prov: Provenance) -> int:
    """Validate and write findings and their OBSERVED_ON edges in one transaction; returns how many were new."""
    nodes = []
    sensor_links: list[dict[str, Any]] = []
    equipment_links: list[dict[str, Any]] = []
    for r in rows:
        node = validate_node(onto, "Finding", r.props, source=prov.src_doc)
        node = {**prov.props(), **({"src_loc": r.src_loc} if r.src_loc else {}), **node}
        nodes.append(node)
        if r.sensor:
            sensor_links.append({"s": node["uid"], "d": r.sensor, **prov.props(),
                                 **validate_relation(onto, "OBSERVED_ON", "Finding", "Sensor", {})})
        if r.equipment:
            equipment_links.append({"s": node["uid"], "d": r.equipment, **prov.props(),
                                    **validate_relation(onto, "OBSERVED_ON", "Finding", "Equipment", {})})

    def work(tx: Tx) -> int:
        summary = write_nodes(tx, "Finding", nodes)
        if sensor_links:
            write_links(tx, "OBSERVED_ON", "Finding", "Sensor", sensor_links, source=prov.src_doc)
        if equipment_links:
            write_links(tx, "OBSERVED_ON", "Finding", "Equipment", equipment_links, source=prov.src_doc)
        return summary.created

    return store.write(work)


def stored_findings(store: GraphStore, *, page: int = 5000) -> Iterator[tuple[str, str, str]]:
    """(code, observed_at, fact_json) of every stored finding, oldest observation first, a page at a time."""
    skip = 0
    while True:
        rows = store.read(
            "MATCH (f:Finding) RETURN f.uid AS uid, f.observed_at AS at, f.fact_json AS fj "
            "ORDER BY at, uid SKIP $skip LIMIT $limit", {"skip": skip, "limit": page})
        for r in rows:
            yield str(r["uid"]), str(r["at"] or ""), str(r["fj"] or "")
        if len(rows) < page:
            return
        skip += page


# --- recommendations ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecommendationRow:
    props: dict[str, Any]
    findings: tuple[str, ...]
    plans: tuple[str, ...] = ()


def write_recommendations(store: GraphStore, onto: Ontology, rows: Sequence[RecommendationRow],
                          prov: Provenance) -> int:
    """Validate and write recommendations with BASED_ON (findings) and SUGGESTS_PLAN edges; returns how many were new.

    A recommendation that exists already is left as it is: it belongs to the pack version that made it.
    """
    if not rows:
        return 0
    existing = {str(r["uid"]) for r in store.read(
        "UNWIND $u AS x MATCH (r:Recommendation {uid: x}) RETURN r.uid AS uid", {"u": [r.props["code"] for r in rows]})}
    fresh = [r for r in rows if r.props["code"] not in existing]
    if not fresh:
        return 0
    nodes = [{**prov.props(), **validate_node(onto, "Recommendation", r.props, source=prov.src_doc)} for r in fresh]
    based = [{"s": r.props["code"], "d": f, **prov.props(),
              **validate_relation(onto, "BASED_ON", "Recommendation", "Finding", {})}
             for r in fresh for f in r.findings]
    plans = [{"s": r.props["code"], "d": p, **prov.props(),
              **validate_relation(onto, "SUGGESTS_PLAN", "Recommendation", "EmergencyPlan", {})}
             for r in fresh for p in r.plans]

    def work(tx: Tx) -> int:
        summary = write_nodes(tx, "Recommendation", nodes)
        if based:
            write_links(tx, "BASED_ON", "Recommendation", "Finding", based, source=prov.src_doc)
        if plans:
            write_links(tx, "SUGGESTS_PLAN", "Recommendation", "EmergencyPlan", plans, source=prov.src_doc)
        return summary.created

    return store.write(work)


def unplanned(store: GraphStore, codes: Sequence[str]) -> list[str]:
    """Those of the recommendations `codes` that exist and suggest no plan yet, in the given order."""
    if not codes:
        return []
    rows = store.read(
        "UNWIND $u AS x MATCH (r:Recommendation {uid: x}) OPTIONAL MATCH (r)-[s:SUGGESTS_PLAN]->(p:EmergencyPlan) "
        "RETURN r.uid AS uid, count(p) AS n", {"u": list(dict.fromkeys(codes))})
    bare = {str(r["uid"]) for r in rows if int(r["n"]) == 0}
    return [c for c in dict.fromkeys(codes) if c in bare]


def link_plans(store: GraphStore, onto: Ontology, pairs: Sequence[tuple[str, str]], prov: Provenance) -> int:
    """Write SUGGESTS_PLAN (recommendation code, plan uid) in one transaction; returns how many were new."""
    rows = [{"s": rec, "d": plan, **prov.props(),
             **validate_relation(onto, "SUGGESTS_PLAN", "Recommendation", "EmergencyPlan", {})} for rec, plan in pairs]
    if not rows:
        return 0
    return store.write(lambda tx: write_links(tx, "SUGGESTS_PLAN", "Recommendation", "EmergencyPlan", rows,
                                              source=prov.src_doc).created)


def suggested_plans(store: GraphStore, codes: Sequence[str]) -> dict[str, str | None]:
    """Recommendation code → the plan it SUGGESTS_PLAN (the first by uid, should there be several), or None."""
    if not codes:
        return {}
    rows = store.read(
        "UNWIND $u AS x MATCH (r:Recommendation {uid: x})-[:SUGGESTS_PLAN]->(p:EmergencyPlan) "
        "RETURN r.uid AS rec, p.uid AS plan ORDER BY rec, plan", {"u": list(dict.fromkeys(codes))})
    out: dict[str, str | None] = dict.fromkeys(codes)
    for r in rows:
        if out.get(str(r["rec"])) is None:
            out[str(r["rec"])] = str(r["plan"])
    return out


def plan_for(store: GraphStore, equipment: str, plan_kind: str) -> str | None:
    """The emergency plan of `plan_kind` that APPLIES_TO the equipment's site, else to its enterprise: the fallback
    plan of a RuleService with no plan chooser wired (`rules` may not import `cases.plan_matching`; run.py and the
    web app inject it, see rules.service.PlanChooser)."""
    rows = store.read(
        "MATCH (e:Equipment {uid: $e})-[:LOCATED_AT]->(s:Site)<-[:APPLIES_TO]-(p:EmergencyPlan {kind: $k}) "
        "RETURN p.uid AS uid ORDER BY uid LIMIT 1", {"e": equipment, "k": plan_kind})
    if rows:
        return str(rows[0]["uid"])
    rows = store.read(
        "MATCH (e:Equipment {uid: $e})-[:LOCATED_AT]->(s:Site)-[:BELONGS_TO*1..3]->(n:Enterprise)"
        "<-[:APPLIES_TO]-(p:EmergencyPlan {kind: $k}) RETURN p.uid AS uid ORDER BY uid LIMIT 1",
        {"e": equipment, "k": plan_kind})
    return str(rows[0]["uid"]) if rows else None


def get_recommendation(store: GraphStore, code: str) -> dict[str, Any] | None:
    """A recommendation with its explanation, trace, findings and suggested plans, as plain data."""
    rows = store.read("MATCH (r:Recommendation {uid: $u}) RETURN r", {"u": code})
    if not rows:
        return None
    node = {k: v for k, v in rows[0]["r"].items() if not k.startswith("_")}
    explanation = json.loads(node.pop("explanation_json", None) or "{}")
    trace = json.loads(node.pop("trace_json", None) or "[]")
    findings = store.read(
        "MATCH (r:Recommendation {uid: $u})-[:BASED_ON]->(f:Finding) "
        "OPTIONAL MATCH (f)-[:OBSERVED_ON]->(s:Sensor) OPTIONAL MATCH (f)-[:OBSERVED_ON]->(e:Equipment) "
        "RETURN f.uid AS code, f.kind AS kind, f.observed_at AS observed_at, f.value AS value, f.unit AS unit, "
        "f.flagged AS flagged, f.note AS note, f.src_doc AS src_doc, f.src_loc AS src_loc, f.created_by AS created_by, "
        "s.uid AS sensor, e.uid AS equipment ORDER BY observed_at, code", {"u": code})
    plans = store.read(
        "MATCH (r:Recommendation {uid: $u})-[:SUGGESTS_PLAN]->(p:EmergencyPlan) "
        "RETURN p.uid AS uid, p.name AS name, p.kind AS kind ORDER BY uid", {"u": code})
    for k, v in list(node.items()):
        if isinstance(v, dt.datetime):
            node[k] = v.isoformat()
    return {
        "code": node.get("code", code),
        "recommendation": node,
        "rule": {"id": node.get("rule_id"), "version": node.get("rule_version"), "pack": node.get("pack_id"),
                 "pack_version": node.get("pack_version")},
        "warning_level": node.get("warning_level"),
        "basis": explanation.get("basis"),
        "clause": explanation.get("clause"),
        "actions": explanation.get("actions", []),
        "plan_kind": node.get("plan_kind"),
        "plans": [dict(p) for p in plans],
        "explanation": explanation,
        "trace": trace,
        "findings": [dict(f) for f in findings],
    }


def to_iso(epoch: float) -> str:
    return dt.datetime.fromtimestamp(epoch, dt.UTC).isoformat()
