"""Accountability trace: who answers for a piece of equipment, in order, each hop an edge of the graph with its law.

    custodian (RESPONSIBLE_FOR 设备负责人, the 包保 operator on the floor)
    → the 包保 guarantors of the major hazard source that INCLUDES the equipment (操作负责人, 技术负责人, 主要负责人)
    → the custodian's Position (HOLDS_POSITION) → its Department(s) (BELONGS_TO) → the Enterprise (BELONGS_TO)
    → the Regulators that SUPERVISES the enterprise (属地, 行业, 综合)

Every hop carries the edge it rests on (type, from, to, properties) and its legal basis: the relation's
`legal_basis` from the ontology, plus what the role adds (包保责任制 for guarantors; 安全生产法 第五条/第二十一条 for
the principal person; 第九条/第十条 and the supervision basis for regulators). A hop whose edge is missing is simply
absent: the trace shows what the graph can prove, not what it ought to hold.

One walk, `walk_chain`, goes up the chain depth by depth (one batched query per depth, kb.walk) from any subject an
investigation starts at (equipment, site, major hazard source, hazard, case): custody targets → custodians and 包保
guarantors → the custodians' positions and departments → up the BELONGS_TO trees to the enterprises → department
heads, principal persons, safety managers and who holds those posts now → the regulators. `accountability_trace`
reads the rule engine's trace for one equipment off that walk; `cases.responsibility` turns the same walk into an
investigator's suggestions (roles, kinds, legal bases). A handful of read queries, whatever the size of the
organisation. Labels and relationship names are constants checked against the ontology; every value is a parameter.

The trace's organisation chain is the first custodian's (by uid): its first position, that position's first
department, the department's parent when the department itself belongs to no enterprise, then the enterprise; a
department tree is climbed up to three levels (kb.walk.ancestry), and an equipment without that chain falls back to
the enterprise its site belongs to.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ontology import Ontology

from .repository import Edge, Ref, get_node
from .store import GraphStore
from .walk import Hop, Reached, Step, ancestry, expand, fold_hops, node_props

PROVENANCE = ("src_doc", "src_loc", "created_by", "created_at", "updated_at")
GUARANTOR_ORDER = ("操作负责人", "技术负责人", "主要负责人")
BASIS_ORDER = ("属地", "行业", "综合")

# What a role or a basis adds to the relation's own legal basis.
ROLE_BASIS: dict[str, tuple[str, ...]] = {
    "设备负责人": ("安全生产法(2021)第二十二条：全员安全生产责任制应当明确各岗位的责任人员、责任范围和考核标准",),
    "操作负责人": (
        "危险化学品重大危险源企业安全包保责任制(应急〔2021〕12号)：操作负责人负责重大危险源的日常安全管理和现场操作安全",
    ),
    "技术负责人": (
        "危险化学品重大危险源企业安全包保责任制(应急〔2021〕12号)：技术负责人对重大危险源的安全技术措施和监测监控负责",
    ),
    "主要负责人": (
        "危险化学品重大危险源企业安全包保责任制(应急〔2021〕12号)：主要负责人对所包保重大危险源的安全全面负责",
        "安全生产法(2021)第五条：生产经营单位的主要负责人是本单位安全生产第一责任人，对本单位的安全生产工作全面负责",
        "安全生产法(2021)第二十一条：主要负责人对本单位安全生产工作负有的职责",
    ),
}
SUPERVISION_BASIS: dict[str, tuple[str, ...]] = {
    "属地": (
        "安全生产法(2021)第九条：开发区、工业园区等应当明确负责安全生产监督管理的有关工作机构及其职责，"
        "按照职责对管理区域内生产经营单位安全生产状况进行监督检查",
    ),
    "行业": (
        "安全生产法(2021)第三条“管行业必须管安全”；"
        "第十条第二款：有关部门在各自职责范围内对有关行业、领域的安全生产工作实施监督管理",
    ),
    "综合": (
        "安全生产法(2021)第十条第一款：县级以上地方各级人民政府应急管理部门对本行政区域内安全生产工作实施综合监督管理",
    ),
}
ENTERPRISE_BASIS = ("安全生产法(2021)第四条：生产经营单位应当建立健全全员安全生产责任制和安全生产规章制度",)

# (query name → labels and relationship types it uses), checked against the ontology once per call.
_USES = {
    "nodes": ("Equipment", "Person", "Position", "Department", "Enterprise", "Regulator", "MajorHazardSource", "Site"),
    "rels": ("RESPONSIBLE_FOR", "INCLUDES", "HOLDS_POSITION", "BELONGS_TO", "SUPERVISES", "LOCATED_AT"),
}


@dataclass(frozen=True)
class TraceHop:
    """One party of the trace, reached over one edge of the graph."""

    order: int
    party: Ref
    name: str
    role: str  # 设备负责人, 操作负责人 …, 岗位, 部门, 企业, 监管部门(属地) …
    edge: Edge
    legal_basis: tuple[str, ...]
    via: tuple[Edge, ...] = field(default=())  # edges that lead to this hop's edge (e.g. MHS INCLUDES equipment)

    def to_dict(self) -> dict[str, Any]:
        return {
            "order": self.order,
            "party": {"type": self.party.type, "uid": self.party.uid},
            "name": self.name,
            "role": self.role,
            "edge": _edge_dict(self.edge),
            "via": [_edge_dict(e) for e in self.via],
            "legal_basis": list(self.legal_basis),
        }


def _edge_dict(e: Edge) -> dict[str, Any]:
    return {"type": e.type, "from": str(e.src), "to": str(e.dst), "props": dict(e.props)}


def _props(raw: dict[str, Any] | None) -> dict[str, Any]:
    if not raw:
        return {}
    return {k: v for k, v in raw.items() if not k.startswith("_") and k not in PROVENANCE and v is not None}


def _basis(onto: Ontology, rel: str, *extra: str) -> tuple[str, ...]:
    own = onto.relation(rel).legal_basis
    return tuple(x for x in (own, *extra) if x)


def equipment_of_sensor(store: GraphStore, sensor_uid: str) -> str | None:
    rows = store.read(
        "MATCH (s:Sensor {uid: $uid})-[:MONITORS]->(e:Equipment) RETURN e.uid AS eq ORDER BY eq LIMIT 1",
        {"uid": sensor_uid},
    )
    return str(rows[0]["eq"]) if rows else None


# --- the walk ------------------------------------------------------------------------------------------------

SUBJECT_TYPES = ("Equipment", "Site", "MajorHazardSource", "Hazard", "Case")
PARTY_TYPES = ("Person", "Position", "Department")
CUSTODY_TYPES = ("Equipment", "Site", "MajorHazardSource", "Hazard")  # what has custodians (RESPONSIBLE_FOR)
LEADER_LEVELS = {"dept": "部门负责人", "principal": "主要负责人", "safety": "安全管理"}  # position levels


def guarantor_roles(onto: Ontology) -> set[str]:
    """The 包保 roles (taxonomy custody_roles with guarantor: true)."""
    return {e.code for e in onto.taxonomy("custody_roles").entries if e.data.get("guarantor")}


@dataclass
class ChainWalk:
    """Everything the walk up the accountability chain reached from `subject`, in the order it was reached.

    `paths` holds the first (shortest) path from the subject to every node reached, `names` their names; the lists
    hold the hops of each depth, each sorted the way the walk applied them.
    """

    subject: Ref
    paths: dict[Ref, list[Hop]] = field(default_factory=dict)
    names: dict[Ref, str] = field(default_factory=dict)
    involved: list[Reached] = field(default_factory=list)  # persons a Case INVOLVED
    targets: set[Ref] = field(default_factory=set)  # what has custodians: the subject and what it brings
    custody: list[Reached] = field(default_factory=list)  # target <-RESPONSIBLE_FOR- party (custodians, guarantors)
    custodians: list[Reached] = field(default_factory=list)  # the custody hops that are not 包保 of an MHS
    persons: list[Ref] = field(default_factory=list)  # custodian persons, then involved persons
    held_positions: list[Reached] = field(default_factory=list)  # person -HOLDS_POSITION-> position
    belongs: list[Reached] = field(default_factory=list)  # position -BELONGS_TO-> department / enterprise
    climbs: dict[Ref, list[Hop]] = field(default_factory=dict)  # site or department → its way up to the enterprise
    enterprises: set[Ref] = field(default_factory=set)
    departments: set[Ref] = field(default_factory=set)
    leaders: list[Reached] = field(default_factory=list)  # department/enterprise <-BELONGS_TO- leading position
    holders: dict[Ref, list[Reached]] = field(default_factory=dict)  # leading position → who holds it now
    regulators: list[Reached] = field(default_factory=list)  # enterprise <-SUPERVISES- regulator

    def reach(self, r: Reached) -> None:
        if r.node not in self.paths:
            self.paths[r.node] = [*self.paths.get(r.anchor, []), r.hop]
        self.names.setdefault(r.node, r.name)

    def via(self, anchor: Ref, hops: Sequence[Hop]) -> list[Hop]:
        return [*self.paths.get(anchor, []), *hops]


def walk_chain(store: GraphStore, onto: Ontology, subject: Ref) -> ChainWalk:
    """Walk up the accountability chain from `subject` (one of SUBJECT_TYPES); ValueError when it does not exist.

    depth 1: what the subject brings into custody (an Equipment its site and the major hazard sources INCLUDING it;
    a Case its INVOLVED equipment, hazards and persons and where it OCCURRED_AT); depth 2: custodians and 包保
    guarantors (RESPONSIBLE_FOR) of every target; depth 3: the custodians' positions and their departments or
    enterprise; depth 4: up the BELONGS_TO trees of sites and departments to the enterprises; depth 5: the heads of
    those departments, the enterprises' principal persons and safety managers, who holds each post now, and the
    regulators that SUPERVISES the enterprises.
    """
    if subject.type not in SUBJECT_TYPES:
        raise ValueError(f"responsibility is traced from {', '.join(SUBJECT_TYPES)}, not from {subject.type}")
    guarantors = guarantor_roles(onto)
    depth1 = [
        Step("Equipment", "LOCATED_AT", "Site"),
        Step("Equipment", "INCLUDES", "MajorHazardSource", outgoing=False),
        Step("Site", "INCLUDES", "MajorHazardSource", outgoing=False),
        Step("Site", "LOCATED_AT", "MajorHazardSource", outgoing=False),
        Step("MajorHazardSource", "LOCATED_AT", "Site"),
        Step("Hazard", "HAS_HAZARD", "Equipment", outgoing=False),
        Step("Hazard", "LOCATED_AT", "Site"),
        Step("Case", "INVOLVED", "Equipment"),
        Step("Case", "INVOLVED", "Hazard"),
        Step("Case", "INVOLVED", "Person"),
        Step("Case", "OCCURRED_AT", "Site"),
        Step("Case", "OCCURRED_AT", "Enterprise"),
    ]
    # Where a round trip costs more than an OPTIONAL MATCH (Neo4j; see kb.walk.fold_hops), a depth and the
    # next are asked together. Equipment, a Site or a major hazard source brings all its custody targets at
    # depth 1 (itself and what it reaches), so depth 2 comes in the same query: the custodians of the subject,
    # and those of each target as the continuation of the hop that reaches it.
    fold = fold_hops(store)
    direct = fold and subject.type in CUSTODY_TYPES and subject.type != "Hazard"
    if direct:
        depth1 = [Step(subject.type, "RESPONSIBLE_FOR", p, outgoing=False) for p in PARTY_TYPES] + [
            replace(st, then=Step(st.dst, "RESPONSIBLE_FOR", p, outgoing=False))
            for st in depth1 if st.src == subject.type for p in PARTY_TYPES]
    rows = expand(store, onto, depth1, [subject])
    first = _unique(r for r in rows if r.step.rel != "RESPONSIBLE_FOR")
    # the subject's own name comes with its neighbours; only a subject without any is looked up on its own
    if rows:
        name = rows[0].anchor_name or subject.uid
    else:
        node = get_node(store, onto, subject)
        if node is None:
            raise ValueError(f"no {subject.type} with uid {subject.uid!r}: check the reference")
        name = str(node.get("name", subject.uid))
    w = ChainWalk(subject, paths={subject: []}, names={subject: name})
    if subject.type != "Case":
        w.targets.add(subject)
    for r in first:
        w.reach(r)
        if r.node.type == "Enterprise":
            w.enterprises.add(r.node)
        elif r.node.type == "Person":
            w.involved.append(r)
        else:
            w.targets.add(r.node)
    # a Case or Hazard names equipment: bring in that equipment's site and major hazard sources too
    second_hand = [t for t in w.targets if t.type in ("Equipment", "Hazard") and t not in (subject,)]
    if subject.type in ("Case", "Hazard") and second_hand:
        for r in expand(store, onto, [
            Step("Equipment", "LOCATED_AT", "Site"),
            Step("Equipment", "INCLUDES", "MajorHazardSource", outgoing=False),
            Step("Hazard", "LOCATED_AT", "Site"),
        ], second_hand):
            w.reach(r)
            w.targets.add(r.node)

    # depth 2: custodians and guarantors of every target
    if direct:
        got = _unique([*(r for r in rows if r.step.rel == "RESPONSIBLE_FOR"), *(r.then for r in rows)])
    else:
        got = expand(store, onto, [
            Step(t, "RESPONSIBLE_FOR", p, outgoing=False) for t in CUSTODY_TYPES for p in PARTY_TYPES
        ], w.targets)
    # by target type and party type (the branch order), then by uid rather than in the store's own order
    w.custody = sorted(got, key=lambda r: (CUSTODY_TYPES.index(r.anchor.type), PARTY_TYPES.index(r.node.type),
                                           r.anchor.uid, r.node.uid))
    for r in w.custody:
        w.reach(r)
        if not (str(r.hop.props.get("role", "")) in guarantors and r.anchor.type == "MajorHazardSource"):
            w.custodians.append(r)

    # depth 3: the custodians' positions and departments
    w.persons = [r.node for r in w.custodians if r.node.type == "Person"] + [r.node for r in w.involved]
    positions: set[Ref] = {r.node for r in w.custodians if r.node.type == "Position"}
    w.departments = {r.node for r in w.custodians if r.node.type == "Department"}
    # (person → position → department or enterprise, and custodian position → …, in one query)
    up = [Step("Position", "BELONGS_TO", "Department"), Step("Position", "BELONGS_TO", "Enterprise")]
    if fold:
        org = expand(store, onto, [Step("Person", "HOLDS_POSITION", "Position", then=st) for st in up] + up,
                     [*w.persons, *positions])
        w.held_positions = _unique(r for r in org if r.anchor.type == "Person")
        belongs = _unique(r.then if r.anchor.type == "Person" else r for r in org)
    else:
        w.held_positions = expand(store, onto, [Step("Person", "HOLDS_POSITION", "Position")], w.persons)
        belongs = expand(store, onto, up, positions | {r.node for r in w.held_positions})
    for r in w.held_positions:
        w.reach(r)
    w.belongs = sorted(belongs, key=lambda r: r.node.type != "Department")  # departments first, as walked before
    for r in w.belongs:
        w.reach(r)
        (w.departments if r.node.type == "Department" else w.enterprises).add(r.node)

    # depth 4: up the trees to the enterprise
    sites = {t for t in w.targets if t.type == "Site"}
    w.climbs = ancestry(store, onto, sites | w.departments)
    for start, hops in sorted(w.climbs.items(), key=lambda t: len(w.paths.get(t[0], [])) + len(t[1])):
        w.enterprises.add(hops[-1].dst)
        base = w.paths.get(start, [])
        for i, h in enumerate(hops):
            w.paths.setdefault(h.dst, [*base, *hops[: i + 1]])

    # depth 5: heads of those departments; the enterprises' principal person and safety manager
    # (with who holds those positions, and the regulators that supervise the enterprises, in one query)
    holder = Step("Position", "HOLDS_POSITION", "Person", outgoing=False)
    leads = [Step("Department", "BELONGS_TO", "Position", outgoing=False, where="b.level = $dept"),
             Step("Enterprise", "BELONGS_TO", "Position", outgoing=False, where="b.level IN [$principal, $safety]")]
    supervises = Step("Enterprise", "SUPERVISES", "Regulator", outgoing=False)
    depth5 = expand(store, onto, [replace(st, then=holder) if fold else st for st in leads] + [supervises],
                    w.departments | w.enterprises, LEADER_LEVELS)
    w.leaders = _unique(r for r in depth5 if r.node.type == "Position")
    w.regulators = sorted(_unique(r for r in depth5 if r.node.type == "Regulator"),
                          key=lambda r: (r.anchor.uid, r.node.uid))
    for r in w.leaders:
        w.reach(r)
    people = (_unique(r.then for r in depth5 if r.node.type == "Position") if fold
              else expand(store, onto, [holder], [r.node for r in w.leaders]))
    for r in people:
        w.holders.setdefault(r.anchor, []).append(r)
    return w


def _unique(items: Iterable[Reached | None]) -> list[Reached]:
    """Each (anchor, node) once, in order: a row per continuation repeats the first hop."""
    seen: set[tuple[Ref, Ref]] = set()
    out: list[Reached] = []
    for r in items:
        if r is not None and (r.anchor, r.node) not in seen:
            seen.add((r.anchor, r.node))
            out.append(r)
    return out


# --- the rule engine's trace ----------------------------------------------------------------------------------


def accountability_trace(store: GraphStore, onto: Ontology, equipment: Ref) -> list[TraceHop]:
    """The ordered parties accountable for `equipment` (a Sensor is followed to the equipment it MONITORS), read off
    `walk_chain`: custodians, 包保 guarantors, the first custodian's position, department(s) and enterprise (else the
    enterprise of the equipment's site), and the regulators of that enterprise."""
    for n in _USES["nodes"]:
        onto.node(n)
    for r in _USES["rels"]:
        onto.relation(r)
    if equipment.type == "Sensor":
        uid = equipment_of_sensor(store, equipment.uid)
        if uid is None:
            return []
        equipment = Ref("Equipment", uid)
    elif equipment.type != "Equipment":
        raise ValueError(f"an accountability trace starts at an Equipment or a Sensor, not {equipment.type}")
    eq = equipment
    try:
        w = walk_chain(store, onto, eq)
    except ValueError:
        return []  # no such equipment: nothing the graph can prove
    hops: list[TraceHop] = []

    def add(party: Ref, name: str, role: str, edge: Edge, basis: tuple[str, ...], via: tuple[Edge, ...] = ()) -> None:
        hops.append(TraceHop(len(hops) + 1, party, name, role, edge, basis, via))

    def by_uid(rs: Iterable[Reached]) -> list[Reached]:
        return sorted(rs, key=lambda r: r.node.uid)

    # 1. Custodians of the equipment.
    custodians = by_uid(r for r in w.custody if r.anchor == eq and r.node.type == "Person")
    for c in custodians:
        role = str(c.hop.props.get("role", "设备负责人"))
        add(c.node, c.name, role, Edge("RESPONSIBLE_FOR", c.node, eq, dict(c.hop.props)),
            _basis(onto, "RESPONSIBLE_FOR", *ROLE_BASIS.get(role, ())))

    # 2. The 包保 guarantors of every major hazard source that includes the equipment.
    rank = {role: n for n, role in enumerate(GUARANTOR_ORDER)}
    rows = [r for r in w.custody if r.anchor.type == "MajorHazardSource" and r.node.type == "Person"]
    rows.sort(key=lambda g: (g.anchor.uid, rank.get(str(g.hop.props.get("role")), 99), g.node.uid))
    for g in rows:
        role = str(g.hop.props.get("role", ""))
        includes = Edge("INCLUDES", g.anchor, eq, {})
        add(g.node, g.name, role, Edge("RESPONSIBLE_FOR", g.node, g.anchor, dict(g.hop.props)),
            _basis(onto, "RESPONSIBLE_FOR", *ROLE_BASIS.get(role, ())), (includes,))

    # 3. The first custodian's position, its department (and a parent department) and the enterprise.
    enterprise: Ref | None = None
    unnamed: list[tuple[int, Ref]] = []  # hops whose party was reached by a climb, which carries no names
    if custodians:
        first = custodians[0].node
        held = by_uid(r for r in w.held_positions if r.anchor == first)
        if held:
            pos = held[0].node
            since = store.read(
                "MATCH (p:Person {uid: $p})-[h:HOLDS_POSITION]->(pos:Position {uid: $pos}) RETURN h LIMIT 1",
                {"p": first.uid, "pos": pos.uid})
            add(pos, held[0].name, "岗位", Edge("HOLDS_POSITION", first, pos, _props(since[0]["h"] if since else None)),
                _basis(onto, "HOLDS_POSITION"))
            last: Ref = pos
            depts = by_uid(r for r in w.belongs if r.anchor == pos and r.node.type == "Department")
            chain: list[Ref] = []
            if depts:
                d = depts[0].node
                add(d, depts[0].name, "部门", Edge("BELONGS_TO", pos, d, {}), _basis(onto, "BELONGS_TO"))
                last = d
                climb = w.climbs.get(d, [])
                chain = [h.dst for h in climb]
                if len(climb) >= 2:  # the department's parent department
                    d2 = climb[0].dst
                    unnamed.append((len(hops), d2))
                    add(d2, w.names.get(d2, d2.uid), "部门", Edge("BELONGS_TO", d, d2, {}),
                        _basis(onto, "BELONGS_TO"))
                    last = d2
            own = by_uid(r for r in w.belongs if r.anchor == pos and r.node.type == "Enterprise")
            if chain and len(chain) <= 2:
                enterprise = chain[-1]
            elif own:
                enterprise = own[0].node
            if enterprise is not None:
                unnamed.append((len(hops), enterprise))
                add(enterprise, w.names.get(enterprise, enterprise.uid), "企业",
                    Edge("BELONGS_TO", last, enterprise, {}), _basis(onto, "BELONGS_TO", *ENTERPRISE_BASIS))

    # 4. No custodian (or an org chart that stops short): the enterprise the equipment's site belongs to.
    if enterprise is None:
        for site in sorted((t for t in w.targets if t.type == "Site" and t in w.climbs), key=lambda t: t.uid):
            enterprise = w.climbs[site][-1].dst
            unnamed.append((len(hops), enterprise))
            add(enterprise, w.names.get(enterprise, enterprise.uid), "企业",
                Edge("BELONGS_TO", site, enterprise, {}), _basis(onto, "BELONGS_TO", *ENTERPRISE_BASIS))
            break

    # 5. The regulators supervising the enterprise.
    if enterprise is not None:
        order = {b: n for n, b in enumerate(BASIS_ORDER)}
        regs = [r for r in w.regulators if r.anchor == enterprise]
        regs.sort(key=lambda r: (order.get(str(r.hop.props.get("basis")), 99), r.node.uid))
        for reg in regs:
            basis = str(reg.hop.props.get("basis", ""))
            add(reg.node, reg.name, f"监管部门({basis})" if basis else "监管部门",
                Edge("SUPERVISES", reg.node, enterprise, dict(reg.hop.props)),
                _basis(onto, "SUPERVISES", *SUPERVISION_BASIS.get(basis, ())))
    # names of the parties reached by climbing (one query per type, only when the walk did not name them)
    missing = {ref for _, ref in unnamed if ref not in w.names}
    if missing:
        props = node_props(store, onto, missing)
        for i, ref in unnamed:
            if ref in missing:
                hops[i] = replace(hops[i], name=str(props.get(ref, {}).get("name", ref.uid)))
    return hops


def trace_dicts(hops: list[TraceHop]) -> list[dict[str, Any]]:
    return [h.to_dict() for h in hops]
