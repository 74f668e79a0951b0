"""Coverage gaps: where no plan or no owner exists.

- major hazard sources with no on-site or special plan covering them or any equipment they include;
- high-risk equipment (重大风险 / 较大风险) with no on-site or special plan covering the equipment, a major
  hazard source including it, or a hazard it has;
- stored chemicals (STORES) with no on-site or special plan covering the chemical or a hazard of the chemical;
- plans whose assigned roles (sections or actions) are positions nobody holds now;
- plan kinds named by rule actions that are not a GB/T 29639 kind, or of which no plan exists; by default the
  actions of the shipped rule packs (`rules.shipped()`), each gap naming the pack and rules that use the kind.

Overall plans (综合应急预案) do not close a gap: GB/T 29639 asks for a special plan per kind of accident or
hazard and an on-site plan per site, post or equipment where the risk is high, and the overall plan is where
the others hang, not a substitute for them. Each query reads one kind of fact for the whole store.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb import GraphStore, Ref
from ontology import Ontology
from rules.pack import PackError, parse, shipped

from .plan_matching import ONSITE, SPECIAL

HIGH_RISK = ("重大风险", "较大风险")


@dataclass(frozen=True)
class Gap:
    subject: Ref
    name: str
    detail: str
    rules: tuple[str, ...] = ()  # "pack/rule" (line n) naming the plan kind, for plan-kind gaps


@dataclass(frozen=True)
class RulePlanKind:
    """A plan kind named by one rule action."""

    kind: str
    pack: str = ""
    rule: str = ""
    line: int | None = None

    @property
    def where(self) -> str:
        at = f"{self.pack}/{self.rule}" if self.pack else self.rule
        return f"{at} (line {self.line})" if self.line else at


def rule_plan_kinds(paths: Iterable[Path | str] | None = None) -> list[RulePlanKind]:
    """The plan kinds named by the actions of the packs at `paths` (default: the shipped packs).

    The YAML is read, not compiled, so a pack that fails to load on a bad plan kind still has its kinds reported.
    """
    out: list[RulePlanKind] = []
    for path in shipped() if paths is None else paths:
        path = Path(path)
        try:
            data, lines = parse(path.read_text(encoding="utf-8"), str(path))
        except PackError:
            continue
        if not isinstance(data, dict):
            continue
        pack = str(data.get("id") or path.stem)
        for r, rule in enumerate(data.get("rules") or []):
            if not isinstance(rule, dict):
                continue
            for a, action in enumerate(rule.get("actions") or []):
                kind = action.get("plan_kind") if isinstance(action, dict) else None
                if kind:
                    out.append(RulePlanKind(str(kind), pack, str(rule.get("id", f"#{r + 1}")),
                                            lines.get(("rules", r, "actions", a, "plan_kind"))))
    return out


@dataclass(frozen=True)
class VacantRole:
    plan: Ref
    plan_name: str
    position: Ref
    position_name: str
    where: Ref  # the section or action that assigns the role
    duty: str


@dataclass
class CoverageReport:
    major_hazard_sources: list[Gap] = field(default_factory=list)
    high_risk_equipment: list[Gap] = field(default_factory=list)
    stored_chemicals: list[Gap] = field(default_factory=list)
    vacant_roles: list[VacantRole] = field(default_factory=list)
    unknown_plan_kinds: list[Gap] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.major_hazard_sources or self.high_risk_equipment or self.stored_chemicals
                    or self.vacant_roles or self.unknown_plan_kinds)

    def as_dict(self) -> dict[str, Any]:
        def gaps(xs: Sequence[Gap]) -> list[dict[str, Any]]:
            return [{"subject": str(g.subject), "name": g.name, "detail": g.detail}
                    | ({"rules": list(g.rules)} if g.rules else {}) for g in xs]
        return {
            "major_hazard_sources": gaps(self.major_hazard_sources),
            "high_risk_equipment": gaps(self.high_risk_equipment),
            "stored_chemicals": gaps(self.stored_chemicals),
            "vacant_roles": [{"plan": str(v.plan), "plan_name": v.plan_name, "position": str(v.position),
                              "position_name": v.position_name, "where": str(v.where), "duty": v.duty}
                             for v in self.vacant_roles],
            "unknown_plan_kinds": gaps(self.unknown_plan_kinds),
        }


def coverage_gaps(store: GraphStore, onto: Ontology,
                  rule_kinds: Iterable[str | RulePlanKind] | None = None) -> CoverageReport:
    """The gaps in the store; `rule_kinds` are the plan kinds rule actions name (default: the shipped packs')."""
    for t in ("EmergencyPlan", "MajorHazardSource", "Equipment", "Hazard", "Chemical", "Position", "Person"):
        onto.node(t)
    kinds = [ONSITE, SPECIAL]
    covered: dict[str, set[str]] = {"MajorHazardSource": set(), "Equipment": set(), "Hazard": set(), "Chemical": set()}
    for t in covered:
        for r in store.read(f"MATCH (p:`EmergencyPlan`)-[:`COVERS`]->(x:`{t}`) WHERE p.kind IN $k "
                            "RETURN DISTINCT x.uid AS x", {"k": kinds}):
            covered[t].add(r["x"])
    includes: dict[str, set[str]] = {}
    mhs_of: dict[str, set[str]] = {}
    for r in store.read("MATCH (m:`MajorHazardSource`)-[:`INCLUDES`]->(e:`Equipment`) RETURN m.uid AS m, e.uid AS e"):
        includes.setdefault(r["m"], set()).add(r["e"])
        mhs_of.setdefault(r["e"], set()).add(r["m"])
    report = CoverageReport()

    for r in store.read("MATCH (m:`MajorHazardSource`) RETURN m.uid AS m, m.name AS n, m.level AS l ORDER BY m.uid"):
        if r["m"] in covered["MajorHazardSource"] or includes.get(r["m"], set()) & covered["Equipment"]:
            continue
        report.major_hazard_sources.append(Gap(Ref("MajorHazardSource", r["m"]), r["n"] or "",
                                               f"{r['l'] or '未分级'}重大危险源：无现场处置方案或专项应急预案覆盖"))

    hazards_of: dict[str, set[str]] = {}
    for r in store.read("MATCH (e:`Equipment`)-[:`HAS_HAZARD`]->(h:`Hazard`) WHERE e.risk_level IN $lv "
                        "RETURN e.uid AS e, h.uid AS h", {"lv": list(HIGH_RISK)}):
        hazards_of.setdefault(r["e"], set()).add(r["h"])
    for r in store.read("MATCH (e:`Equipment`) WHERE e.risk_level IN $lv RETURN e.uid AS e, e.name AS n, "
                        "e.risk_level AS l ORDER BY e.uid", {"lv": list(HIGH_RISK)}):
        e = r["e"]
        if (e in covered["Equipment"] or mhs_of.get(e, set()) & covered["MajorHazardSource"]
                or hazards_of.get(e, set()) & covered["Hazard"]):
            continue
        report.high_risk_equipment.append(Gap(Ref("Equipment", e), r["n"] or "",
                                              f"{r['l']}：设备、所属重大危险源及其危险因素均无现场处置方案或专项应急预案覆盖"))

    chem_hazards: dict[str, set[str]] = {}
    for r in store.read("MATCH (c:`Chemical`)-[:`HAS_HAZARD`]->(h:`Hazard`) RETURN c.uid AS c, h.uid AS h"):
        chem_hazards.setdefault(r["c"], set()).add(r["h"])
    stored: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for r in store.read(
        "MATCH (x:`Equipment`)-[s:`STORES`]->(c:`Chemical`) RETURN c.uid AS c, c.name AS n, x.uid AS x "
        "UNION ALL MATCH (x:`Site`)-[s:`STORES`]->(c:`Chemical`) RETURN c.uid AS c, c.name AS n, x.uid AS x"
    ):
        stored.setdefault(r["c"], []).append(r["x"])
        names[r["c"]] = r["n"] or ""
    for c in sorted(stored):
        if c in covered["Chemical"] or chem_hazards.get(c, set()) & covered["Hazard"]:
            continue
        where = ", ".join(sorted(set(stored[c])))
        report.stored_chemicals.append(
            Gap(Ref("Chemical", c), names[c], f"储存于 {where}：无现场处置方案或专项应急预案覆盖"))

    rows = store.read(
        "MATCH (p:`EmergencyPlan`)-[:`HAS_SECTION`]->(s:`PlanSection`)-[r:`ASSIGNS_ROLE`]->(pos:`Position`) "
        "OPTIONAL MATCH (h:`Person`)-[:`HOLDS_POSITION`]->(pos) WITH p, s, r, pos, count(h) AS n WHERE n = 0 "
        "RETURN p.uid AS p, p.name AS pn, pos.uid AS pos, pos.name AS posn, 'PlanSection' AS wt, s.uid AS w, "
        "r.duty AS duty "
        "UNION ALL "
        "MATCH (p:`EmergencyPlan`)-[:`HAS_SECTION`]->(:`PlanSection`)-[:`PRESCRIBES`]->(a:`Action`)"
        "-[r:`ASSIGNS_ROLE`]->(pos:`Position`) "
        "OPTIONAL MATCH (h:`Person`)-[:`HOLDS_POSITION`]->(pos) WITH p, a, r, pos, count(h) AS n WHERE n = 0 "
        "RETURN p.uid AS p, p.name AS pn, pos.uid AS pos, pos.name AS posn, 'Action' AS wt, a.uid AS w, "
        "r.duty AS duty"
    )
    for r in sorted(rows, key=lambda r: (r["p"], r["pos"], r["w"])):
        report.vacant_roles.append(VacantRole(Ref("EmergencyPlan", r["p"]), r["pn"] or "", Ref("Position", r["pos"]),
                                              r["posn"] or "", Ref(r["wt"], r["w"]), r["duty"] or ""))

    named = [k if isinstance(k, RulePlanKind) else RulePlanKind(k)
             for k in (rule_plan_kinds() if rule_kinds is None else rule_kinds)]
    if named:
        codes = onto.taxonomy("plan_kinds").codes
        existing = {r["k"] for r in store.read("MATCH (p:`EmergencyPlan`) RETURN DISTINCT p.kind AS k")}
        users: dict[str, list[str]] = {}
        for k in named:
            seen = users.setdefault(k.kind, [])
            if k.where and k.where not in seen:
                seen.append(k.where)
        for kind in sorted(users):
            by = f"；规则 {'、'.join(users[kind])}" if users[kind] else ""
            if kind not in codes:
                report.unknown_plan_kinds.append(Gap(Ref("PlanKind", kind), kind,
                                                     f"不是 GB/T 29639 的预案类别({'、'.join(sorted(codes))}){by}",
                                                     tuple(users[kind])))
            elif kind not in existing:
                report.unknown_plan_kinds.append(Gap(Ref("PlanKind", kind), kind, f"库中没有该类别的预案{by}",
                                                     tuple(users[kind])))
    return report


def vacant_plans(report: CoverageReport) -> dict[Ref, set[Ref]]:
    """Plan → its vacant positions, for a compact view."""
    out: dict[Ref, set[Ref]] = {}
    for v in report.vacant_roles:
        out.setdefault(v.plan, set()).add(v.position)
    return out
