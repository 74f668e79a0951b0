"""Plan matching: rank the emergency plans for a scenario, with an explained score, and resolve who acts.

A Scenario comes from a form, a Case, a Finding or a rule engine Recommendation. It is enriched from the graph
(the equipment's site, enterprise, major hazard sources, hazards, chemicals and processes) and the plans that
COVER or APPLY_TO any of that are scored:

- tier, the GB/T 29639 order of use: 3 = the on-site plan (现场处置方案) for that very equipment (or, with no
  equipment named, for that site); 2 = a special plan (专项应急预案) — or an on-site plan for other equipment —
  covering the hazard, chemical, equipment, major hazard source, process or accident type; 1 = the overall plan
  (综合应急预案) of the enterprise; 0 = anything else, e.g. another enterprise's plan;
- coverage within the tier: weighted equipment, major hazard source, hazard, chemical, accident type, site and
  response-level agreement (weights renormalised over what the scenario names), each explained.

The score shown is (tier + coverage) / 4, so any plan of a higher tier ranks above every plan of a lower one.
`plan_actions` lists a plan's sections and actions with each assigned role resolved to the people who hold the
position now — or marked vacant.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from kb import GraphStore, Ref, get_node
from ontology import Ontology

from .graph import Hop, Reached, Step, ancestry, expand, node_props
from .similarity import accident_type_similarity

ONSITE, SPECIAL, OVERALL = "现场处置方案", "专项应急预案", "综合应急预案"
WEIGHTS = {"equipment": 0.25, "hazard": 0.20, "chemical": 0.15, "accident_type": 0.15, "mhs": 0.10, "site": 0.10,
           "response_level": 0.05}
# Warning level of a rule engine recommendation → response level: both scales run from 1/I (most severe) down.
WARNING_TO_RESPONSE = {"一级": "I", "二级": "II", "三级": "III", "四级": "IV"}


@dataclass(frozen=True)
class Scenario:
    accident_type: str | None = None
    chemicals: tuple[str, ...] = ()  # CAS numbers
    equipment: Ref | None = None
    site: Ref | None = None
    hazard: Ref | None = None
    enterprise: Ref | None = None
    response_level: str | None = None  # I–IV
    label: str = ""
    source: str = "form"


def scenario_from_form(
    onto: Ontology,
    *,
    accident_type: str | None = None,
    chemical: str | None = None,
    equipment: str | None = None,
    site: str | None = None,
    hazard: str | None = None,
    enterprise: str | None = None,
    severity: str | None = None,
    response_level: str | None = None,
    label: str = "",
) -> Scenario:
    """A scenario from a form's fields (uids and codes), checked against the ontology's taxonomies."""
    if accident_type and accident_type not in onto.taxonomy("accident_types").codes:
        raise ValueError(f"accident type {accident_type!r} is not a GB 6441 type")
    if severity:
        if severity not in onto.taxonomy("severity_grades").codes:
            raise ValueError(f"severity {severity!r} is not one of {sorted(onto.taxonomy('severity_grades').codes)}")
        response_level = response_level or str(onto.taxonomy("severity_grades").get(severity).data["response_level"])
    if response_level and response_level not in onto.taxonomy("response_levels").codes:
        raise ValueError(f"response level {response_level!r} is not one of I, II, III, IV")
    return Scenario(
        accident_type=accident_type or None, chemicals=(chemical,) if chemical else (),
        equipment=Ref("Equipment", equipment) if equipment else None, site=Ref("Site", site) if site else None,
        hazard=Ref("Hazard", hazard) if hazard else None,
        enterprise=Ref("Enterprise", enterprise) if enterprise else None,
        response_level=response_level or None, label=label, source="form",
    )


def scenario_from_case(store: GraphStore, onto: Ontology, case_uid: str) -> Scenario:
    node = get_node(store, onto, Ref("Case", case_uid))
    if node is None:
        raise ValueError(f"no Case with uid {case_uid!r}")
    reached = expand(store, onto, [Step("Case", "INVOLVED", t) for t in ("Equipment", "Chemical", "Hazard")]
                     + [Step("Case", "OCCURRED_AT", t) for t in ("Site", "Enterprise")], [Ref("Case", case_uid)])
    first = {t: next((r.node for r in reached if r.node.type == t), None) for t in ("Equipment", "Site", "Hazard",
                                                                                    "Enterprise")}
    sev = node.get("severity")
    level = str(onto.taxonomy("severity_grades").get(sev).data["response_level"]) if sev else None
    return Scenario(
        accident_type=node.get("accident_type"), chemicals=tuple(sorted(r.node.uid for r in reached
                                                                         if r.node.type == "Chemical")),
        equipment=first["Equipment"], site=first["Site"], hazard=first["Hazard"], enterprise=first["Enterprise"],
        response_level=level, label=str(node.get("name", case_uid)), source=f"Case:{case_uid}",
    )


def scenario_from_finding(store: GraphStore, onto: Ontology, finding_uid: str) -> Scenario:
    """A finding observed on a sensor points at the sensor's equipment and the chemical it detects."""
    f = Ref("Finding", finding_uid)
    if get_node(store, onto, f) is None:
        raise ValueError(f"no Finding with uid {finding_uid!r}")
    seen = expand(store, onto, [Step("Finding", "OBSERVED_ON", t) for t in ("Sensor", "Equipment", "Site")], [f])
    sensors = [r.node for r in seen if r.node.type == "Sensor"]
    more = expand(store, onto, [Step("Sensor", "MONITORS", "Equipment"), Step("Sensor", "MONITORS", "Site"),
                                Step("Sensor", "DETECTS", "Chemical"), Step("Sensor", "LOCATED_AT", "Site")], sensors)
    allr = seen + more
    eq = next((r.node for r in allr if r.node.type == "Equipment"), None)
    site = next((r.node for r in allr if r.node.type == "Site"), None)
    chems = tuple(sorted({r.node.uid for r in allr if r.node.type == "Chemical"}))
    return Scenario(equipment=eq, site=site, chemicals=chems, label=f"Finding {finding_uid}",
                    source=f"Finding:{finding_uid}")


def scenario_from_recommendation(store: GraphStore, onto: Ontology, rec_uid: str) -> Scenario:
    """A rule engine recommendation: the scenario of the finding it is BASED_ON, at its warning level."""
    rec = get_node(store, onto, Ref("Recommendation", rec_uid))
    if rec is None:
        raise ValueError(f"no Recommendation with uid {rec_uid!r}")
    fs = expand(store, onto, [Step("Recommendation", "BASED_ON", "Finding")], [Ref("Recommendation", rec_uid)])
    sc = scenario_from_finding(store, onto, fs[0].node.uid) if fs else Scenario()
    return replace(sc, response_level=WARNING_TO_RESPONSE.get(str(rec.get("warning_level")), sc.response_level),
                   label=str(rec.get("name", rec_uid)), source=f"Recommendation:{rec_uid}")


@dataclass(frozen=True)
class Factor:
    feature: str
    local: float
    weight: float
    contribution: float
    detail: str


@dataclass(frozen=True)
class PlanMatch:
    plan: Ref
    name: str
    kind: str
    tier: int
    coverage: float
    score: float
    reason: str  # why this tier
    factors: tuple[Factor, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"plan": str(self.plan), "name": self.name, "kind": self.kind, "tier": self.tier,
                "coverage": self.coverage, "score": self.score, "reason": self.reason,
                "factors": [f.__dict__ for f in self.factors]}


@dataclass
class _Context:
    """What the scenario touches in the graph."""

    equipment: set[Ref] = field(default_factory=set)
    sites: set[Ref] = field(default_factory=set)  # the scenario's own site(s)
    ancestors: set[Ref] = field(default_factory=set)  # sites above them
    enterprises: set[Ref] = field(default_factory=set)
    mhs: set[Ref] = field(default_factory=set)
    hazards: set[Ref] = field(default_factory=set)
    chemicals: set[Ref] = field(default_factory=set)
    processes: set[Ref] = field(default_factory=set)
    accident_types: set[str] = field(default_factory=set)
    climbs: dict[Ref, list[Hop]] = field(default_factory=dict)  # each site's way up to its enterprise

    def refs(self) -> set[Ref]:
        return (self.equipment | self.sites | self.ancestors | self.enterprises | self.mhs | self.hazards
                | self.chemicals | self.processes)


def _context(store: GraphStore, onto: Ontology, sc: Scenario) -> _Context:
    cx = _Context()
    if sc.equipment:
        cx.equipment.add(sc.equipment)
    if sc.site:
        cx.sites.add(sc.site)
    if sc.hazard:
        cx.hazards.add(sc.hazard)
    if sc.enterprise:
        cx.enterprises.add(sc.enterprise)
    cx.chemicals |= {Ref("Chemical", c) for c in sc.chemicals}
    if sc.accident_type:
        cx.accident_types.add(sc.accident_type)
    steps = [Step("Equipment", "LOCATED_AT", "Site"), Step("Equipment", "INCLUDES", "MajorHazardSource", False),
             Step("Equipment", "HAS_HAZARD", "Hazard"), Step("Equipment", "STORES", "Chemical"),
             Step("Equipment", "USES_PROCESS", "Process"), Step("Hazard", "LOCATED_AT", "Site"),
             Step("Hazard", "HAS_HAZARD", "Process", False)]
    if not sc.equipment:  # a site alone stands for what is at the site
        steps += [Step("Site", "LOCATED_AT", "MajorHazardSource", False), Step("Site", "HAS_HAZARD", "Hazard"),
                  Step("Site", "USES_PROCESS", "Process")]
    for r in expand(store, onto, steps, cx.equipment | cx.sites | cx.hazards):
        t = r.node.type
        if t == "Site" and not sc.site:
            cx.sites.add(r.node)
        elif t == "MajorHazardSource":
            cx.mhs.add(r.node)
        elif t == "Hazard" and not sc.hazard:
            cx.hazards.add(r.node)
        elif t == "Chemical" and not sc.chemicals:
            cx.chemicals.add(r.node)
        elif t == "Process":
            cx.processes.add(r.node)
    cx.climbs = ancestry(store, onto, cx.sites)
    for hops in cx.climbs.values():
        for h in hops:
            (cx.enterprises if h.dst.type == "Enterprise" else cx.ancestors).add(h.dst)
    if not cx.accident_types and cx.hazards:
        for props in node_props(store, onto, cx.hazards).values():
            cx.accident_types |= set(props.get("accident_types") or [])
    return cx


def match_plans(store: GraphStore, onto: Ontology, scenario: Scenario, k: int = 10) -> list[PlanMatch]:
    """The k best plans for the scenario, best first, each with its tier and its coverage explained."""
    cx = _context(store, onto, scenario)
    found = expand(store, onto, [Step(t, "COVERS", "EmergencyPlan", outgoing=False, prop="kind")
                                 for t in ("Equipment", "MajorHazardSource", "Hazard", "Chemical", "Process")]
                   + [Step(t, "APPLIES_TO", "EmergencyPlan", outgoing=False, prop="kind")
                      for t in ("Site", "Enterprise")], cx.refs())
    if not found:
        return []
    plans = {r.node for r in found}
    touches: dict[Ref, list[Reached]] = {}
    for r in found:
        touches.setdefault(r.node, []).append(r)
    scope = _plan_enterprises(store, onto, plans, cx.climbs)
    props = node_props(store, onto, plans)
    out = [_score(scenario, cx, p, props.get(p, {}), touches[p], scope.get(p, set())) for p in plans]
    out.sort(key=lambda m: (-m.tier, -m.coverage, m.plan.uid))
    return out[:k]


def _plan_enterprises(store: GraphStore, onto: Ontology, plans: set[Ref],
                      known: dict[Ref, list[Hop]]) -> dict[Ref, set[Ref]]:
    """The enterprises a plan belongs to: those it applies to, and those of the sites it applies to.

    `known` holds the climbs already made from the scenario's sites; only the other sites are climbed here.
    """
    rs = expand(store, onto, [Step("EmergencyPlan", "APPLIES_TO", "Enterprise"),
                              Step("EmergencyPlan", "APPLIES_TO", "Site")], plans)
    sites = {r.node for r in rs if r.node.type == "Site"}
    # a site above the scenario's climbs the rest of the same way
    up = {h.src: hops[i:] for hops in known.values() for i, h in enumerate(hops)}
    climbs = {s: up[s] for s in sites if s in up}
    climbs.update(ancestry(store, onto, sites - set(climbs)))
    out: dict[Ref, set[Ref]] = {}
    for r in rs:
        if r.node.type == "Enterprise":
            out.setdefault(r.anchor, set()).add(r.node)
        elif r.node in climbs:
            out.setdefault(r.anchor, set()).add(climbs[r.node][-1].dst)
    return out


def _score(sc: Scenario, cx: _Context, plan: Ref, props: dict[str, Any], touches: Sequence[Reached],
           scope: set[Ref]) -> PlanMatch:
    kind = str(props.get("kind", ""))
    hit = {r.anchor for r in touches}
    plan_types = list(props.get("accident_types") or [])
    levels = list(props.get("response_levels") or [])

    def frac(xs: set[Ref]) -> float:
        return len(xs & hit) / len(xs) if xs else 0.0

    at_sim = max((accident_type_similarity(a, b) for a in cx.accident_types for b in plan_types), default=0.0)
    if hit & cx.sites:
        site_sim, site_detail = 1.0, f"适用于场所 {', '.join(sorted(x.uid for x in hit & cx.sites))}"
    elif hit & cx.ancestors:
        site_sim, site_detail = 0.7, f"适用于上级场所 {', '.join(sorted(x.uid for x in hit & cx.ancestors))}"
    elif hit & cx.enterprises:
        site_sim, site_detail = 0.5, f"适用于企业 {', '.join(sorted(x.uid for x in hit & cx.enterprises))}"
    else:
        site_sim, site_detail = 0.0, "不适用于该场所或企业"
    feats: dict[str, tuple[float, str]] = {}
    if cx.equipment:
        feats["equipment"] = (frac(cx.equipment), _listing("覆盖设备", cx.equipment & hit, cx.equipment))
    if cx.hazards:
        feats["hazard"] = (frac(cx.hazards), _listing("覆盖危险因素", cx.hazards & hit, cx.hazards))
    if cx.chemicals:
        feats["chemical"] = (frac(cx.chemicals), _listing("覆盖化学品", cx.chemicals & hit, cx.chemicals))
    if cx.accident_types:
        feats["accident_type"] = (at_sim, f"情景 {'/'.join(sorted(cx.accident_types))}；预案 {'/'.join(plan_types)}")
    if cx.mhs:
        feats["mhs"] = (frac(cx.mhs), _listing("覆盖重大危险源", cx.mhs & hit, cx.mhs))
    if cx.sites or cx.enterprises:
        feats["site"] = (site_sim, site_detail)
    if sc.response_level:
        feats["response_level"] = (1.0 if sc.response_level in levels else 0.0,
                                   f"情景 {sc.response_level} 级；预案 {'/'.join(levels) or '未定'}")
    total = sum(WEIGHTS[f] for f in feats) or 1.0
    factors = tuple(Factor(f, round(v, 4), round(WEIGHTS[f] / total, 4), round(v * WEIGHTS[f] / total, 4), d)
                    for f, (v, d) in feats.items())
    coverage = round(sum(x.contribution for x in factors), 4)

    in_scope = not cx.enterprises or bool(scope & cx.enterprises) or not scope
    # relevance needs a named thing covered; the accident type alone only counts when nothing is named
    items = cx.equipment | cx.hazards | cx.chemicals | cx.mhs | cx.processes
    relevant = bool(hit & items) or (not items and at_sim >= 1.0)
    if not in_scope:
        tier, reason = 0, f"属于其他企业({', '.join(sorted(x.uid for x in scope))})"
    elif kind == ONSITE and hit & cx.equipment:
        tier, reason = 3, f"{ONSITE}，针对设备 {', '.join(sorted(x.uid for x in hit & cx.equipment))}"
    elif kind == ONSITE and not cx.equipment and hit & cx.sites and relevant:
        tier, reason = 3, f"{ONSITE}，针对场所 {', '.join(sorted(x.uid for x in hit & cx.sites))}"
    elif kind in (SPECIAL, ONSITE) and relevant:
        tier, reason = 2, f"{kind}，覆盖情景的危险因素、化学品、设备或事故类型"
    elif kind == OVERALL and (hit & cx.enterprises or relevant):
        tier, reason = 1, f"{OVERALL}，企业兜底"
    else:
        tier, reason = 0, "与情景无直接关联"
    return PlanMatch(plan, str(props.get("name", plan.uid)), kind, tier, coverage,
                     round((tier + min(coverage, 0.999)) / 4, 4), reason, factors)


def _listing(label: str, got: set[Ref], want: set[Ref]) -> str:
    return f"{label} {len(got)}/{len(want)}: {', '.join(sorted(x.uid for x in got)) or '无'}"


def best_plan(store: GraphStore, onto: Ontology, scenario: Scenario) -> PlanMatch | None:
    ranked = match_plans(store, onto, scenario, k=1)
    return ranked[0] if ranked and ranked[0].tier > 0 else None


def choose_plan(store: GraphStore, onto: Ontology, rec_uid: str) -> str | None:
    """The rule service's plan chooser (rules.service.PlanChooser): the uid of the rank-1 plan for the scenario of
    a stored Recommendation, or None when no plan is relevant (tier 0). run.py and the web app inject it."""
    match = best_plan(store, onto, scenario_from_recommendation(store, onto, rec_uid))
    return match.plan.uid if match else None


# --- who does what -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Role:
    position: Ref
    position_name: str
    duty: str
    holders: tuple[tuple[Ref, str], ...]  # (person, name) holding the position now

    @property
    def vacant(self) -> bool:
        return not self.holders


@dataclass(frozen=True)
class ActionView:
    action: Ref
    seq: int
    text: str
    roles: tuple[Role, ...]
    resources: tuple[tuple[Ref, str], ...]


@dataclass(frozen=True)
class SectionView:
    section: Ref
    seq: int
    element: str
    name: str
    text: str
    roles: tuple[Role, ...]
    actions: tuple[ActionView, ...]


def plan_actions(store: GraphStore, onto: Ontology, plan: Ref) -> list[SectionView]:
    """The plan's sections in order, with their actions; every role resolved to who holds it now."""
    if plan.type != "EmergencyPlan":
        raise ValueError(f"plan_actions takes an EmergencyPlan, not {plan.type}")
    if get_node(store, onto, plan) is None:
        raise ValueError(f"no EmergencyPlan with uid {plan.uid!r}")
    sections = [r.node for r in expand(store, onto, [Step("EmergencyPlan", "HAS_SECTION", "PlanSection")], [plan])]
    acts = expand(store, onto, [Step("PlanSection", "PRESCRIBES", "Action")], sections)
    items: list[Ref] = sections + [r.node for r in acts]
    props = node_props(store, onto, items)
    roles = expand(store, onto, [Step("PlanSection", "ASSIGNS_ROLE", "Position"),
                                 Step("Action", "ASSIGNS_ROLE", "Position"),
                                 Step("Action", "NEEDS_RESOURCE", "Resource")], items)
    holders: dict[Ref, list[tuple[Ref, str]]] = {}
    for r in expand(store, onto, [Step("Position", "HOLDS_POSITION", "Person", outgoing=False)],
                    {r.node for r in roles if r.node.type == "Position"}):
        holders.setdefault(r.anchor, []).append((r.node, r.name))
    role_of: dict[Ref, list[Role]] = {}
    res_of: dict[Ref, list[tuple[Ref, str]]] = {}
    for r in roles:
        if r.node.type == "Resource":
            res_of.setdefault(r.anchor, []).append((r.node, r.name))
        else:
            role_of.setdefault(r.anchor, []).append(Role(r.node, r.name, str(r.hop.props.get("duty", "")),
                                                         tuple(sorted(holders.get(r.node, []), key=_by_uid))))
    by_section: dict[Ref, list[Ref]] = {}
    for r in acts:
        by_section.setdefault(r.anchor, []).append(r.node)

    def seq(x: Ref) -> int:
        return int(props.get(x, {}).get("seq") or 0)

    out = []
    for s in sorted(sections, key=lambda x: (seq(x), x.uid)):
        p = props.get(s, {})
        actions = tuple(
            ActionView(a, seq(a), str(props.get(a, {}).get("text", "")), tuple(role_of.get(a, [])),
                       tuple(sorted(res_of.get(a, []), key=_by_uid)))
            for a in sorted(by_section.get(s, []), key=lambda x: (seq(x), x.uid))
        )
        out.append(SectionView(s, seq(s), str(p.get("element", "")), str(p.get("name", "")), str(p.get("text", "")),
                               tuple(role_of.get(s, [])), actions))
    return out


def _by_uid(item: tuple[Ref, str]) -> str:
    return item[0].uid


def scenarios_from(items: Iterable[dict[str, Any]], onto: Ontology) -> list[Scenario]:
    """Scenarios from form-like mappings (the labelled fixture uses this)."""
    keys = ("accident_type", "chemical", "equipment", "site", "hazard", "enterprise", "severity", "response_level",
            "label")
    return [scenario_from_form(onto, **{k: v for k, v in it.items() if k in keys}) for it in items]
