"""Cause analysis: the cause graph of a case, a five-whys helper, and an AcciMap.

Causes are `Cause` nodes (level 直接/间接/管理/根本原因; GB/T 13861 factor class; a direct cause is an unsafe act
or an unsafe condition) linked CAUSED_BY from the case and joined by LEADS_TO (the deeper cause leads to the
one it explains); evidence SUPPORTS them, parties they are ATTRIBUTED_TO (or responsibilities ARISES_FROM them)
tell who is behind them.

Five whys: `grow_chain` asks "why?" of a cause and adds the answer as a new cause one level deeper that
LEADS_TO it; `five_whys` reads such a chain back from the direct cause.

AcciMap (Rasmussen 1997, Svedung & Rasmussen 2002): each cause is placed on one of six levels —
government, regulators, company, management, staff, work and equipment. By its party, where it has one:
a government body (a Regulator whose name says 政府/党委/国务院) → government; any other Regulator →
regulators; an Enterprise or its principal person (主要负责人) → company; departments and managers (分管负责人,
安全管理, 技术负责人, 部门负责人) → management; team leaders and operators → staff. Parties the cause is
ATTRIBUTED_TO win over parties of responsibilities arising from it; among several, the one nearest the work.
Without a party, by level and class: a direct cause of the human class → staff, other direct causes → work
and equipment; an indirect cause by its class (human → staff, material/environmental → work, management →
management); a management cause → management unless its text names a government (政府/党委) or a regulator's
act (监管, 审批, 监察), and a root cause → company with the same exceptions. `accimap_svg` draws the map as a
self-contained SVG (no script).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kb import GraphStore, Ref, get_node
from ontology import Ontology, RecordError

from .audit import CaseError, Change, commit, new_id, prov_for, refusals_logged, refuse
from .workflow import get_case

LEVELS = ("直接原因", "间接原因", "管理原因", "根本原因")
PARTY_TYPES = ("Person", "Position", "Department", "Enterprise", "Regulator")
ACCIMAP = ("government", "regulator", "company", "management", "staff", "work")
POSITION_LEVEL = {
    "主要负责人": "company",
    "分管负责人": "management",
    "安全管理": "management",
    "技术负责人": "management",
    "部门负责人": "management",
    "班组长": "staff",
    "操作人员": "staff",
}
GOVERNMENT_WORDS = ("政府", "党委", "国务院")
REGULATOR_WORDS = ("监管", "审批", "监察", "主管部门")


def deeper(level: str | None) -> str:
    """The next level down a five-whys chain (直接 → 间接 → 管理 → 根本, staying at 根本原因)."""
    if level not in LEVELS:
        return LEVELS[1]
    return LEVELS[min(LEVELS.index(level) + 1, len(LEVELS) - 1)]


def direct_kind_of(factor_class: str | None) -> str | None:
    """unsafe_act for human factors, unsafe_condition for material and environmental ones (GB 6441 annex A)."""
    fc = factor_class or ""
    if fc.startswith("人的因素"):
        return "unsafe_act"
    if fc.startswith(("物的因素", "环境因素")):
        return "unsafe_condition"
    return None


@dataclass
class Party:
    ref: Ref
    name: str
    level: str  # the party's own level (position or admin level), '' when none
    direct: bool  # the cause is ATTRIBUTED_TO it (not through a responsibility)

    @property
    def accimap(self) -> str:
        if self.ref.type == "Regulator":
            return "government" if any(w in self.name for w in GOVERNMENT_WORDS) else "regulator"
        if self.ref.type == "Enterprise":
            return "company"
        if self.ref.type == "Department":
            return "management"
        if self.ref.type == "Position":
            return POSITION_LEVEL.get(self.level, "management")
        return POSITION_LEVEL.get(self.level, "staff")  # a Person: by the post they hold


@dataclass
class CauseView:
    uid: str
    name: str
    level: str
    factor_class: str | None
    direct_kind: str | None
    text: str
    leads_to: list[str] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)

    @property
    def accimap_level(self) -> str:
        if self.parties:
            best = [p for p in self.parties if p.direct] or self.parties
            return max((p.accimap for p in best), key=ACCIMAP.index)  # nearest the work
        fc = self.factor_class or ""
        if self.level == "直接原因":
            return "staff" if fc.startswith("人的因素") else "work"
        if self.level == "间接原因":
            return "staff" if fc.startswith("人的因素") else "work" if fc.startswith(("物的", "环境")) else "management"
        if any(w in self.text for w in GOVERNMENT_WORDS):
            return "government"
        if any(w in self.text for w in REGULATOR_WORDS):
            return "regulator"
        return "company" if self.level == "根本原因" else "management"

    def as_dict(self) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "name": self.name,
            "level": self.level,
            "factor_class": self.factor_class,
            "direct_kind": self.direct_kind,
            "text": self.text,
            "leads_to": self.leads_to,
            "evidence": self.evidence,
            "accimap_level": self.accimap_level,
            "parties": [
                {"ref": str(p.ref), "name": p.name, "level": p.level, "direct": p.direct, "accimap": p.accimap}
                for p in self.parties
            ],
        }


def cause_graph(store: GraphStore, onto: Ontology, case: Ref) -> list[CauseView]:
    """The case's causes with their LEADS_TO edges, supporting evidence and parties."""
    get_case(store, onto, case)
    u = {"u": case.uid}
    views: dict[str, CauseView] = {}
    for r in store.read("MATCH (:`Case` {uid: $u})-[:`CAUSED_BY`]->(c:`Cause`) RETURN c ORDER BY c.uid", u):
        c = r["c"]
        fc = c.get("factor_class")
        kind = c.get("direct_kind") or (direct_kind_of(fc) if c.get("level") == "直接原因" else None)
        views[c["uid"]] = CauseView(
            c["uid"], str(c.get("name") or c["uid"]), str(c.get("level") or ""), fc, kind, str(c.get("text") or "")
        )
    for r in store.read(
        "MATCH (:`Case` {uid: $u})-[:`CAUSED_BY`]->(a:`Cause`)-[:`LEADS_TO`]->(b:`Cause`) "
        "RETURN a.uid AS src, b.uid AS dst ORDER BY src, dst",
        u,
    ):
        if r["src"] in views and r["dst"] in views:
            views[r["src"]].leads_to.append(r["dst"])
    for r in store.read(
        "MATCH (:`Case` {uid: $u})-[:`HAS_EVIDENCE`]->(e:`Evidence`)-[:`SUPPORTS`]->(c:`Cause`) "
        "RETURN c.uid AS c, e.uid AS e, e.filename AS f, e.sha256 AS h, e.integrity AS i",
        u,
    ):
        if r["c"] in views:
            views[r["c"]].evidence.append({"uid": r["e"], "filename": r["f"], "sha256": r["h"], "integrity": r["i"]})
    found: list[tuple[str, Ref, str, str, bool]] = []
    for t in PARTY_TYPES:
        lvl = "p.level" if t in ("Position", "Regulator") else "''"
        for r in store.read(
            f"MATCH (:`Case` {{uid: $u}})-[:`CAUSED_BY`]->(c:`Cause`)-[:`ATTRIBUTED_TO`]->(p:`{t}`) "
            f"RETURN c.uid AS c, p.uid AS p, p.name AS n, {lvl} AS l",
            u,
        ):
            found.append((r["c"], Ref(t, r["p"]), r["n"] or "", r["l"] or "", True))
        for r in store.read(
            f"MATCH (:`Case` {{uid: $u}})-[:`HAS_RESPONSIBILITY`]->(x:`Responsibility`)"
            f"-[:`ARISES_FROM`]->(c:`Cause`), (x)-[:`ATTRIBUTED_TO`]->(p:`{t}`) "
            f"RETURN c.uid AS c, p.uid AS p, p.name AS n, {lvl} AS l",
            u,
        ):
            found.append((r["c"], Ref(t, r["p"]), r["n"] or "", r["l"] or "", False))
    persons = sorted({p.uid for _, p, _, _, _ in found if p.type == "Person"})
    held: dict[str, str] = {}
    if persons:
        for r in store.read(
            "UNWIND $ps AS x MATCH (p:`Person` {uid: x})-[:`HOLDS_POSITION`]->(q:`Position`) "
            "RETURN p.uid AS p, q.level AS l ORDER BY l",
            {"ps": persons},
        ):
            held.setdefault(r["p"], r["l"] or "")
    for cuid, ref, name, level, direct in found:
        v = views.get(cuid)
        if v is not None and all(p.ref != ref or p.direct != direct for p in v.parties):
            v.parties.append(Party(ref, name, held.get(ref.uid, "") if ref.type == "Person" else level, direct))
    return sorted(views.values(), key=lambda v: (LEVELS.index(v.level) if v.level in LEVELS else 9, v.uid))


# --- writing causes ----------------------------------------------------------------------------------------


def add_cause(
    store: GraphStore,
    onto: Ontology,
    case: Ref,
    text: str,
    level: str,
    actor: str,
    *,
    factor_class: str | None = None,
    direct_kind: str | None = None,
    leads_to: Ref | None = None,
    party: Ref | None = None,
    evidence: Sequence[str] = (),
) -> Ref:
    """Add a cause to the case (CAUSED_BY), optionally LEADS_TO another, ATTRIBUTED_TO a party, with evidence."""
    with refusals_logged(store, onto, case, actor, "cause.add"):
        return _add_cause(store, onto, case, text, level, actor, factor_class, direct_kind, leads_to, party, evidence)


def _case_cause(store: GraphStore, case: Ref, cause: Ref) -> dict[str, Any] | None:
    rows = store.read(
        "MATCH (:`Case` {uid: $c})-[:`CAUSED_BY`]->(x:`Cause` {uid: $u}) RETURN x", {"c": case.uid, "u": cause.uid}
    )
    return dict(rows[0]["x"]) if rows else None


def _add_cause(
    store: GraphStore,
    onto: Ontology,
    case: Ref,
    text: str,
    level: str,
    actor: str,
    factor_class: str | None,
    direct_kind: str | None,
    leads_to: Ref | None,
    party: Ref | None,
    evidence: Sequence[str],
) -> Ref:
    node = get_case(store, onto, case)
    if not text.strip():
        raise CaseError("no_text", "a cause needs its text")
    if leads_to is not None and _case_cause(store, case, leads_to) is None:
        raise CaseError("bad_cause", f"{leads_to} is not a cause of case {case.uid}", ref=str(leads_to))
    if party is not None and (party.type not in PARTY_TYPES or get_node(store, onto, party) is None):
        raise CaseError("unknown_party", f"unknown party {party}", ref=str(party))
    ev_refs = []
    for uid in evidence:
        if not store.read(
            "MATCH (:`Case` {uid: $c})-[:`HAS_EVIDENCE`]->(e:`Evidence` {uid: $u}) RETURN e.uid AS u",
            {"c": case.uid, "u": uid},
        ):
            raise CaseError("no_evidence", f"no evidence {uid!r} in case {case.uid!r}", uid=uid)
        ev_refs.append(Ref("Evidence", uid))
    if level == "直接原因" and direct_kind is None:
        direct_kind = direct_kind_of(factor_class)
    code = f"{case.uid}/C-{new_id()[:8]}"
    short = text.strip().replace("\n", " ")
    change = Change(onto, prov_for(case, actor))
    try:
        ref = change.node(
            "Cause",
            {
                "code": code,
                "name": short[:40] + ("…" if len(short) > 40 else ""),
                "level": level,
                "factor_class": factor_class,
                "direct_kind": direct_kind,
                "text": text.strip(),
            },
        )
        change.link("CAUSED_BY", case, ref)
        if leads_to is not None:
            change.link("LEADS_TO", ref, leads_to)
        if party is not None:
            change.link("ATTRIBUTED_TO", ref, party)
        for ev in ev_refs:
            change.link("SUPPORTS", ev, ref)
        change.event(case, "cause_added", actor, f"{level}：{short[:60]}")
    except RecordError as e:
        raise CaseError("bad_record", e.message if e.field else str(e), field=e.field) from None
    commit(
        store,
        onto,
        case,
        actor,
        "cause.added",
        change,
        target=str(ref),
        after={
            "level": level,
            "factor_class": factor_class,
            "direct_kind": direct_kind,
            "text": text.strip(),
            "leads_to": str(leads_to) if leads_to else None,
            "party": str(party) if party else None,
            "evidence": list(evidence),
            "case": node.get("name"),
        },
    )
    return ref


def grow_chain(
    store: GraphStore,
    onto: Ontology,
    case: Ref,
    from_cause: Ref,
    why_text: str,
    factor_class: str | None,
    actor: str,
    *,
    level: str | None = None,
    evidence: Sequence[str] = (),
) -> Ref:
    """Five whys: answer "why?" for `from_cause` with a new, deeper cause that LEADS_TO it."""
    prev = _case_cause(store, case, from_cause)
    if prev is None:
        err = CaseError("bad_cause", f"{from_cause} is not a cause of case {case.uid}", ref=str(from_cause))
        refuse(store, onto, case, actor, "cause.why", err)
        raise err
    return add_cause(
        store,
        onto,
        case,
        why_text,
        level or deeper(prev.get("level")),
        actor,
        factor_class=factor_class,
        leads_to=from_cause,
        evidence=evidence,
    )


def five_whys(store: GraphStore, onto: Ontology, case: Ref, start: Ref) -> list[CauseView]:
    """The chain from `start` (usually a direct cause) asking why: each next cause LEADS_TO the one before."""
    views = {v.uid: v for v in cause_graph(store, onto, case)}
    chain: list[CauseView] = []
    cur: str | None = start.uid
    while cur in views and views[cur] not in chain and len(chain) < 10:
        chain.append(views[cur])
        nxt = sorted(v.uid for v in views.values() if cur in v.leads_to)
        cur = nxt[0] if nxt else None
    return chain


# --- AcciMap ------------------------------------------------------------------------------------------------


@dataclass
class AcciMapLevel:
    code: str
    label: str
    causes: list[CauseView]


def accimap(
    store: GraphStore, onto: Ontology, case: Ref, lang: str = "zh"
) -> tuple[list[AcciMapLevel], list[tuple[str, str]]]:
    """The six AcciMap levels (top: government) with the causes on each, and the LEADS_TO edges between causes."""
    causes = cause_graph(store, onto, case)
    tax = onto.taxonomy("accimap_levels")
    levels = [
        AcciMapLevel(e.code, e.zh if lang == "zh" else e.en, [c for c in causes if c.accimap_level == e.code])
        for e in sorted(tax.entries, key=lambda e: -int(e.data["rank"]))
    ]
    edges = [(c.uid, d) for c in causes for d in c.leads_to]
    return levels, edges


def _wrap(text: str, width: int, lines: int) -> list[str]:
    out = [text[i : i + width] for i in range(0, len(text), width)][:lines] or [""]
    if len(text) > width * lines:
        out[-1] = out[-1][:-1] + "…"
    return out


def accimap_svg(
    levels: Sequence[AcciMapLevel],
    edges: Sequence[tuple[str, str]],
    link: Callable[[str], str] | None = None,
    title: str = "AcciMap",
) -> str:
    """The AcciMap as one self-contained SVG: a band per level, a box per cause, an arrow per LEADS_TO."""
    width, label_w, row_h, box_w, box_h = 1000, 120, 96, 170, 60
    pos: dict[str, tuple[float, float]] = {}
    parts: list[str] = []
    for i, lv in enumerate(levels):
        y = i * row_h
        fill = "#f6f6f6" if i % 2 == 0 else "#ffffff"
        parts.append(f'<rect x="0" y="{y}" width="{width}" height="{row_h}" fill="{fill}" stroke="#ddd"/>')
        parts.append(
            f'<text x="8" y="{y + row_h / 2 + 5}" class="accimap-level" font-size="14" '
            f'font-weight="bold">{html.escape(lv.label)}</text>'
        )
        n = len(lv.causes)
        slot = (width - label_w) / max(n, 1)
        for j, c in enumerate(lv.causes):
            cx = label_w + slot * j + slot / 2
            cy = y + row_h / 2
            pos[c.uid] = (cx, cy)
            w = min(box_w, slot - 8)
            colour = {"直接原因": "#d62728", "间接原因": "#ff7f0e", "管理原因": "#1f77b4", "根本原因": "#9467bd"}.get(
                c.level, "#7f7f7f"
            )
            lines = _wrap(c.text or c.name, max(int(w / 13), 4), 3)
            box = [
                f'<rect x="{cx - w / 2:.1f}" y="{cy - box_h / 2:.1f}" width="{w:.1f}" height="{box_h}" rx="6" '
                f'fill="#fff" stroke="{colour}" stroke-width="2"><title>{html.escape(c.level)}：'
                f"{html.escape(c.text or c.name)}</title></rect>"
            ]
            for k, line in enumerate(lines):
                box.append(
                    f'<text x="{cx:.1f}" y="{cy - box_h / 2 + 17 + k * 16:.1f}" text-anchor="middle" '
                    f'font-size="12">{html.escape(line)}</text>'
                )
            inner = "".join(box)
            if link:
                inner = f'<a href="{html.escape(link(c.uid))}">{inner}</a>'
            parts.append(f'<g class="accimap-cause" data-uid="{html.escape(c.uid)}">{inner}</g>')
    arrows = []
    for a, b in edges:
        if a in pos and b in pos:
            (x1, y1), (x2, y2) = pos[a], pos[b]
            dy = box_h / 2 if y2 > y1 else -box_h / 2 if y2 < y1 else 0
            dx = 0 if dy else (box_w / 2 if x2 > x1 else -box_w / 2)
            arrows.append(
                f'<line x1="{x1 + dx:.1f}" y1="{y1 + dy:.1f}" x2="{x2 - dx:.1f}" y2="{y2 - dy:.1f}" '
                'stroke="#555" stroke-width="1.5" marker-end="url(#accimap-arrow)"/>'
            )
    height = len(levels) * row_h
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="accimap" role="img" aria-label="{html.escape(title)}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        '<defs><marker id="accimap-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
        'markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#555"/></marker></defs>'
        + "".join(parts)
        + "".join(arrows)
        + "</svg>"
    )
