"""Accountability trace: who answers for a piece of equipment, in order, each hop an edge of the graph with its law.

    custodian (RESPONSIBLE_FOR 设备负责人, the 包保 operator on the floor)
    → the 包保 guarantors of the major hazard source that INCLUDES the equipment (操作负责人, 技术负责人, 主要负责人)
    → the custodian's Position (HOLDS_POSITION) → its Department(s) (BELONGS_TO) → the Enterprise (BELONGS_TO)
    → the Regulators that SUPERVISES the enterprise (属地, 行业, 综合)

Every hop carries the edge it rests on (type, from, to, properties) and its legal basis: the relation's
`legal_basis` from the ontology, plus what the role adds (包保责任制 for guarantors; 安全生产法 第五条/第二十一条 for
the principal person; 第九条/第十条 and the supervision basis for regulators). A hop whose edge is missing is simply
absent: the trace shows what the graph can prove, not what it ought to hold.

Five read queries per equipment, whatever the size of the organisation. Labels and relationship names are constants
checked against the ontology; every value is a parameter. `cases/` can reuse this for investigations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ontology import Ontology

from .repository import Edge, Ref
from .store import GraphStore

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


def accountability_trace(store: GraphStore, onto: Ontology, equipment: Ref) -> list[TraceHop]:
    """The ordered parties accountable for `equipment` (a Sensor is followed to the equipment it MONITORS)."""
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
    hops: list[TraceHop] = []

    def add(party: Ref, name: str, role: str, edge: Edge, basis: tuple[str, ...], via: tuple[Edge, ...] = ()) -> None:
        hops.append(TraceHop(len(hops) + 1, party, name, role, edge, basis, via))

    # 1. Custodians of the equipment.
    custodians = store.read(
        "MATCH (p:Person)-[r:RESPONSIBLE_FOR]->(e:Equipment {uid: $uid}) "
        "RETURN p.uid AS uid, p.name AS name, r AS rel ORDER BY uid",
        {"uid": eq.uid},
    )
    for c in custodians:
        props = _props(c["rel"])
        role = str(props.get("role", "设备负责人"))
        ref = Ref("Person", str(c["uid"]))
        add(ref, str(c["name"]), role, Edge("RESPONSIBLE_FOR", ref, eq, props),
            _basis(onto, "RESPONSIBLE_FOR", *ROLE_BASIS.get(role, ())))

    # 2. The 包保 guarantors of every major hazard source that includes the equipment.
    guarantors = store.read(
        "MATCH (m:MajorHazardSource)-[i:INCLUDES]->(e:Equipment {uid: $uid}) "
        "OPTIONAL MATCH (p:Person)-[r:RESPONSIBLE_FOR]->(m) "
        "RETURN m.uid AS mhs, m.name AS mname, m.level AS level, i AS inc, p.uid AS uid, p.name AS name, r AS rel",
        {"uid": eq.uid},
    )
    rank = {role: n for n, role in enumerate(GUARANTOR_ORDER)}
    rows = [g for g in guarantors if g["uid"] is not None]
    rows.sort(key=lambda g: (str(g["mhs"]), rank.get(str(_props(g["rel"]).get("role")), 99), str(g["uid"])))
    for g in rows:
        props = _props(g["rel"])
        role = str(props.get("role", ""))
        mhs = Ref("MajorHazardSource", str(g["mhs"]))
        ref = Ref("Person", str(g["uid"]))
        includes = Edge("INCLUDES", mhs, eq, _props(g["inc"]))
        add(ref, str(g["name"]), role, Edge("RESPONSIBLE_FOR", ref, mhs, props),
            _basis(onto, "RESPONSIBLE_FOR", *ROLE_BASIS.get(role, ())), (includes,))

    # 3. The custodian's position, its department (and a parent department) and the enterprise, in one query.
    enterprise: Ref | None = None
    if custodians:
        first = Ref("Person", str(custodians[0]["uid"]))
        org = store.read(
            "MATCH (p:Person {uid: $uid})-[h:HOLDS_POSITION]->(pos:Position) "
            "OPTIONAL MATCH (pos)-[b1:BELONGS_TO]->(d:Department) "
            "OPTIONAL MATCH (d)-[b2:BELONGS_TO]->(d2:Department) "
            "OPTIONAL MATCH (d)-[b3:BELONGS_TO]->(e1:Enterprise) "
            "OPTIONAL MATCH (d2)-[b4:BELONGS_TO]->(e2:Enterprise) "
            "OPTIONAL MATCH (pos)-[b5:BELONGS_TO]->(e0:Enterprise) "
            "RETURN pos.uid AS pos_uid, pos.name AS pname, h AS h_rel, d.uid AS d_uid, d.name AS dname, b1 AS b1_rel, "
            "d2.uid AS d2_uid, d2.name AS d2name, b2 AS b2_rel, e1.uid AS e1_uid, e1.name AS e1name, b3 AS b3_rel, "
            "e2.uid AS e2_uid, e2.name AS e2name, b4 AS b4_rel, e0.uid AS e0_uid, e0.name AS e0name, b5 AS b5_rel "
            "ORDER BY pos_uid, d_uid, d2_uid LIMIT 1",
            {"uid": first.uid},
        )
        if org:
            o = org[0]
            pos = Ref("Position", str(o["pos_uid"]))
            add(pos, str(o["pname"]), "岗位", Edge("HOLDS_POSITION", first, pos, _props(o["h_rel"])),
                _basis(onto, "HOLDS_POSITION"))
            last: Ref = pos
            for key, name, edge_key in (("d_uid", "dname", "b1_rel"), ("d2_uid", "d2name", "b2_rel")):
                if o[key] is None or (key == "d2_uid" and o["e1_uid"] is not None):
                    break
                ref = Ref("Department", str(o[key]))
                add(ref, str(o[name]), "部门", Edge("BELONGS_TO", last, ref, _props(o[edge_key])),
                    _basis(onto, "BELONGS_TO"))
                last = ref
            ends = (("e1_uid", "e1name", "b3_rel"), ("e2_uid", "e2name", "b4_rel"), ("e0_uid", "e0name", "b5_rel"))
            for key, name, edge_key in ends:
                if o[key] is not None:
                    enterprise = Ref("Enterprise", str(o[key]))
                    add(enterprise, str(o[name]), "企业", Edge("BELONGS_TO", last, enterprise, _props(o[edge_key])),
                        _basis(onto, "BELONGS_TO", *ENTERPRISE_BASIS))
                    break

    # 4. No custodian (or an org chart that stops short): the enterprise the equipment's site belongs to.
    if enterprise is None:
        site_rows = store.read(
            "MATCH (e:Equipment {uid: $uid})-[:LOCATED_AT]->(s:Site)-[:BELONGS_TO*1..3]->(ent:Enterprise) "
            "RETURN ent.uid AS uid, ent.name AS name, s.uid AS site LIMIT 1",
            {"uid": eq.uid},
        )
        if site_rows:
            r0 = site_rows[0]
            enterprise = Ref("Enterprise", str(r0["uid"]))
            add(enterprise, str(r0["name"]), "企业",
                Edge("BELONGS_TO", Ref("Site", str(r0["site"])), enterprise, {}),
                _basis(onto, "BELONGS_TO", *ENTERPRISE_BASIS))

    # 5. The regulators supervising the enterprise.
    if enterprise is not None:
        regs = store.read(
            "MATCH (r:Regulator)-[s:SUPERVISES]->(e:Enterprise {uid: $uid}) "
            "RETURN r.uid AS uid, r.name AS name, r.level AS level, s AS rel",
            {"uid": enterprise.uid},
        )
        order = {b: n for n, b in enumerate(BASIS_ORDER)}
        regs.sort(key=lambda r: (order.get(str(_props(r["rel"]).get("basis")), 99), str(r["uid"])))
        for reg in regs:
            props = _props(reg["rel"])
            basis = str(props.get("basis", ""))
            ref = Ref("Regulator", str(reg["uid"]))
            add(ref, str(reg["name"]), f"监管部门({basis})" if basis else "监管部门",
                Edge("SUPERVISES", ref, enterprise, props),
                _basis(onto, "SUPERVISES", *SUPERVISION_BASIS.get(basis, ())))
    return hops


def trace_dicts(hops: list[TraceHop]) -> list[dict[str, Any]]:
    return [h.to_dict() for h in hops]
