"""Responsibility: from what failed to who may answer for it, by walking the graph (the 三个必须 principle).

`suggest_responsibility` reads the walk up the accountability chain, `kb.accountability.walk_chain` (the one walk:
the rule engine's trace reads it too), which goes depth by depth (one query per depth, see kb.walk):

1. the subject's custody targets: the equipment itself, its site, the major hazard sources INCLUDING it (a
   Case brings its INVOLVED equipment, hazards and persons and the site or enterprise it OCCURRED_AT);
2. custodians (RESPONSIBLE_FOR 设备负责人 / 属地管理) → 直接责任, and the 包保 guarantors of the major hazard
   sources (主要负责人 / 技术负责人 / 操作负责人);
3. the custodian's position and department, and that department's head (position level 部门负责人);
4. the enterprise (up the BELONGS_TO tree of the site or department): its principal person (主要负责人) and
   safety manager (安全管理);
5. the regulators that SUPERVISES the enterprise, each by its basis (属地 / 行业 / 综合) → 监管责任.

Each suggestion carries its path and its legal basis: the `legal_basis` of every relationship walked (from
relations.yaml) plus the article that names the role. Suggestions are only suggestions: the investigator
confirms or rejects each and sets its kind; `confirm` writes the confirmed ones as Responsibility nodes, and
`accountability_trace` reads them back in chain order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kb import GraphStore, Link, Provenance, Ref, get_node, link, upsert_nodes
from kb.accountability import CUSTODY_TYPES, PARTY_TYPES, SUBJECT_TYPES, guarantor_roles, walk_chain
from ontology import Ontology

from .graph import Hop

__all__ = ["CUSTODY_TYPES", "PARTY_TYPES", "SUBJECT_TYPES", "Decision", "Suggestion", "TraceEntry",
           "accountability_trace", "confirm", "suggest_responsibility"]

# Role → (chain rank, suggested kind, role-specific articles). The rank orders the trace the way reports do:
# the people at the machine first, then line managers, the enterprise's leaders, and the regulators last.
ROLE_INVOLVED = "涉事人员"
ROLE_CUSTODIAN = "设备/属地负责人"
ROLE_GUARANTOR = "重大危险源包保责任人"
ROLE_DEPT_HEAD = "部门负责人"
ROLE_SAFETY = "安全管理负责人"
ROLE_PRINCIPAL = "主要负责人"
ROLE_REGULATOR = "监管部门"

ART_5_21 = (
    "安全生产法(2021)第五条：生产经营单位的主要负责人是本单位安全生产第一责任人，对本单位的安全生产工作全面负责",
    "安全生产法(2021)第二十一条：生产经营单位的主要负责人对本单位安全生产工作负有的职责",
)
ART_25 = ("安全生产法(2021)第二十五条：生产经营单位的安全生产管理机构以及安全生产管理人员履行的职责",)
ART_BAOBAO = ("危险化学品重大危险源企业安全包保责任制(应急〔2021〕12号)：主要负责人、技术负责人、操作负责人分级包保",)
ART_10 = ("安全生产法(2021)第十条：负有安全生产监督管理职责的部门按行业、领域和属地实施监督管理",)
ART_22 = ("安全生产法(2021)第二十二条：全员安全生产责任制明确各岗位的责任人员、责任范围和考核标准",)

RANK = {ROLE_INVOLVED: 0, ROLE_CUSTODIAN: 0, ROLE_GUARANTOR: 1, ROLE_DEPT_HEAD: 2, ROLE_SAFETY: 3,
        ROLE_PRINCIPAL: 3, ROLE_REGULATOR: 4}
# Guarantor role → suggested kind: the operational guarantor runs the unit day to day (主要责任); the technical
# and the principal guarantor answer as leaders (领导责任).
GUARANTOR_KIND = {"操作负责人": "主要责任", "技术负责人": "领导责任", "主要负责人": "领导责任"}
# The order of kinds in an accountability trace (direct first, supervisory last).
KIND_ORDER = ("直接责任", "主要责任", "重要责任", "领导责任", "监管责任")


@dataclass(frozen=True)
class Suggestion:
    party: Ref
    name: str
    role: str  # the role in the chain, e.g. 设备/属地负责人, 部门负责人, 主要负责人, 监管部门
    kind: str  # suggested responsibility kind (responsibility_kinds)
    path: tuple[Hop, ...]
    legal_basis: tuple[str, ...]
    detail: str = ""  # e.g. the custody role, the supervision basis, "岗位空缺"
    also: tuple[str, ...] = ()  # further roles the same party holds in this trace

    @property
    def rank(self) -> int:
        return RANK.get(self.role, 9)

    def as_dict(self) -> dict[str, Any]:
        return {"party": str(self.party), "name": self.name, "role": self.role, "kind": self.kind,
                "detail": self.detail, "also": list(self.also), "path": [h.as_dict() for h in self.path],
                "legal_basis": list(self.legal_basis)}


def _legal(onto: Ontology, path: Sequence[Hop], extra: Sequence[str] = ()) -> tuple[str, ...]:
    seen: list[str] = []
    for h in path:
        lb = onto.relation(h.rel).legal_basis
        if lb and lb not in seen:
            seen.append(lb)
    for e in extra:
        if e not in seen:
            seen.append(e)
    return tuple(seen)


def suggest_responsibility(store: GraphStore, onto: Ontology, subject: Ref) -> list[Suggestion]:
    """Parties that may bear responsibility for `subject`, in chain order, each with path and legal basis.

    The walk is kb.accountability.walk_chain (the one the rule engine's trace reads too); this adds the roles, the
    suggested kinds and the legal bases.
    """
    w = walk_chain(store, onto, subject)
    guarantors = guarantor_roles(onto)
    out: list[Suggestion] = []
    for r in w.involved:
        out.append(Suggestion(r.node, r.name, ROLE_INVOLVED, "直接责任", tuple(w.paths[r.node]),
                              _legal(onto, w.paths[r.node], ART_22), detail=r.hop.props.get("role", "")))
    for r in w.custody:
        role = str(r.hop.props.get("role", ""))
        path = w.via(r.anchor, [r.hop])
        if role in guarantors and r.anchor.type == "MajorHazardSource":
            out.append(Suggestion(r.node, r.name, ROLE_GUARANTOR, GUARANTOR_KIND.get(role, "领导责任"),
                                  tuple(path), _legal(onto, path, ART_BAOBAO),
                                  detail=f"{w.names.get(r.anchor, r.anchor.uid)} 包保{role}"))
        else:
            kind = "主要责任" if r.node.type == "Department" else "直接责任"
            out.append(Suggestion(r.node, r.name, ROLE_CUSTODIAN, kind, tuple(path), _legal(onto, path),
                                  detail=f"{role}：{w.names.get(r.anchor, r.anchor.uid)}"))

    # heads of the departments; the enterprise's principal person and safety manager
    custodian_people = set(w.persons)
    for r in w.leaders:
        extra: tuple[str, ...]
        if r.anchor.type == "Department":
            role, kind, extra = ROLE_DEPT_HEAD, "主要责任", ART_22
        elif r.level == "主要负责人":
            role, kind, extra = ROLE_PRINCIPAL, "领导责任", ART_5_21
        else:
            role, kind, extra = ROLE_SAFETY, "主要责任", ART_25
        base = w.paths.get(r.anchor, [])
        held = w.holders.get(r.node, [])
        if not held:
            path = [*base, r.hop]
            out.append(Suggestion(r.node, r.name, role, kind, tuple(path), _legal(onto, path, extra),
                                  detail="岗位空缺：无人担任"))
        for p in held:
            if role == ROLE_DEPT_HEAD and p.node in custodian_people:
                continue  # the custodian heads the department: already suggested, at the sharper end
            path = [*base, r.hop, p.hop]
            out.append(Suggestion(p.node, p.name, role, kind, tuple(path), _legal(onto, path, extra),
                                  detail=f"{r.name}（{w.names.get(r.anchor, r.anchor.uid)}）"))

    # regulators, by industry or territory
    for r in w.regulators:
        basis = str(r.hop.props.get("basis", ""))
        path = [*w.paths.get(r.anchor, []), r.hop]
        out.append(Suggestion(r.node, r.name, ROLE_REGULATOR, "监管责任", tuple(path),
                              _legal(onto, path, (*ART_10, f"监管依据：{basis}")),
                              detail=f"按{basis}监管 {w.names.get(r.anchor, r.anchor.uid)}"))
    return _merge(out)


def _merge(items: list[Suggestion]) -> list[Suggestion]:
    """One suggestion per party: the sharpest role (lowest rank, shortest path) wins, the others go to `also`."""
    ordered = sorted(enumerate(items), key=lambda t: (t[1].rank, len(t[1].path), t[0]))
    first: dict[Ref, Suggestion] = {}
    for _, s in ordered:
        if s.party not in first:
            first[s.party] = s
            continue
        kept = first[s.party]
        extra = f"{s.role}（{s.detail}）" if s.detail else s.role
        if extra not in kept.also:
            laws = tuple(dict.fromkeys((*kept.legal_basis, *s.legal_basis)))
            first[s.party] = Suggestion(kept.party, kept.name, kept.role, kept.kind, kept.path, laws, kept.detail,
                                        (*kept.also, extra))
    return list(first.values())


# --- the investigator's decisions -------------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """The investigator's verdict on one suggestion: confirmed or not, with the kind they settle on."""

    suggestion: Suggestion
    confirmed: bool
    kind: str | None = None  # None keeps the suggested kind
    sanction: str = ""
    note: str = ""


@dataclass(frozen=True)
class TraceEntry:
    responsibility: Ref
    party: Ref
    party_name: str
    kind: str
    basis: str
    created_by: str
    description: str


def confirm(
    store: GraphStore, onto: Ontology, case: Ref, decisions: Sequence[Decision], investigator: str
) -> list[Ref]:
    """Write the confirmed decisions as the case's Responsibility nodes; rejected ones write nothing.

    Each Responsibility is keyed by case and party (confirming again updates it), linked HAS_RESPONSIBILITY from
    the case and ATTRIBUTED_TO {kind} the party, with provenance created_by = the investigator.
    """
    if case.type != "Case":
        raise ValueError(f"responsibility is confirmed on a Case, not on {case.type}")
    if not investigator.strip():
        raise ValueError("confirming responsibility needs the investigator's name (created_by)")
    case_node = get_node(store, onto, case)
    if case_node is None:
        raise ValueError(f"no Case with uid {case.uid!r}")
    kinds = onto.taxonomy("responsibility_kinds").codes
    records: list[dict[str, Any]] = []
    links: list[Link] = []
    refs: list[Ref] = []
    for d in decisions:
        if not d.confirmed:
            continue
        kind = d.kind or d.suggestion.kind
        if kind not in kinds:
            raise ValueError(f"responsibility kind {kind!r} is not one of {sorted(kinds)}")
        party = d.suggestion.party
        code = f"{case.uid}-RS-{party.type}-{party.uid}"
        path = " ".join(h.text() for h in d.suggestion.path)
        records.append({
            "code": code,
            "name": f"{case_node.get('name', case.uid)}·{d.suggestion.name}·{kind}",
            "kind": kind,
            "sanction": d.sanction,
            "basis": "；".join(d.suggestion.legal_basis),
            "description": f"{d.suggestion.role}：{d.suggestion.detail}。路径：{path}"
                           + (f"。{d.note}" if d.note else ""),
        })
        ref = Ref("Responsibility", code)
        refs.append(ref)
        links += [Link("HAS_RESPONSIBILITY", case, ref), Link("ATTRIBUTED_TO", ref, party, {"kind": kind})]
    if not records:
        return []
    prov = Provenance(src_doc=f"anzhi:investigation/{case.uid}", created_by=investigator.strip())
    upsert_nodes(store, onto, "Responsibility", records, prov, source="investigation")
    link(store, onto, links, prov, source="investigation")
    return refs


def accountability_trace(store: GraphStore, onto: Ontology, case: Ref) -> list[TraceEntry]:
    """The case's confirmed responsibilities, in chain order (direct → main → leadership → supervisory)."""
    onto.relation("HAS_RESPONSIBILITY")
    rows = store.read(" UNION ALL ".join(
        "MATCH (c:`Case` {uid: $uid})-[:`HAS_RESPONSIBILITY`]->(r:`Responsibility`)-[a:`ATTRIBUTED_TO`]->"
        f"(p:`{t}`) RETURN r.uid AS r, r.kind AS kind, r.basis AS basis, r.created_by AS by, "
        f"r.description AS d, p.uid AS p, p.name AS pn, '{t}' AS pt"
        for t in ("Person", "Position", "Department", "Enterprise", "Regulator")
    ), {"uid": case.uid})
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    rows.sort(key=lambda r: (order.get(r["kind"], 9), r["r"]))
    return [TraceEntry(Ref("Responsibility", r["r"]), Ref(r["pt"], r["p"]), r["pn"] or "", r["kind"],
                       r["basis"] or "", r["by"] or "", r["d"] or "") for r in rows]
