"""A scaled synthetic chemical park with the shape of the demo, for benchmarks.

Every name, code and number here is made up; nothing describes a real enterprise. The shape follows the
demo: enterprises → departments → positions ← persons; plants and their units; equipment with sensors,
equipment STORES chemicals, RESPONSIBLE_FOR custodians; a major hazard source per enterprise that
INCLUDES its tank-farm equipment, with the three guarantors (主要/技术/操作负责人); county regulators
SUPERVISES enterprises by 属地 and city industry regulators by 行业; hazards; emergency plans with sections
and actions; incident cases with causes.

At scale 1.0 there are 850 enterprises: about 224,000 nodes and 523,000 relationships. Everything is
derived from one seeded RNG, so a scale and seed always give the same graph.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ontology import Ontology, validate_node, validate_relation

ENTERPRISES_AT_SCALE_1 = 850
ENTERPRISES_PER_COUNTY = 40
COUNTIES_PER_CITY = 5
SRC_DOC = "bench:synthetic"
CREATED_BY = "anzhi-bench"

DEPARTMENTS = 6
POSITIONS_PER_DEPT = 4
PERSONS = 40
UNITS = 4  # sites below the plant
EQUIPMENT = 40
SENSORS_PER_EQUIPMENT = 2
HAZARDS = 10
RESOURCES = 3
CHEMICALS = 400
# Position levels by index within a department; department 0 is the management team.
MGMT_LEVELS = ["主要负责人", "分管负责人", "安全管理", "技术负责人"]
DEPT_LEVELS = ["部门负责人", "安全管理", "班组长", "操作人员"]
UNIT_KINDS = ["装置", "罐区", "仓库", "车间"]
STORING_KINDS = {"储罐", "球罐", "反应釜", "塔器", "气柜", "槽车", "管道"}
EQUIPMENT_KINDS = ["储罐", "球罐", "反应釜", "塔器", "换热器", "泵", "压缩机", "管道", "气柜"]
SENSOR_KINDS = ["可燃气体", "有毒气体", "温度", "压力", "液位"]
PLAN_KINDS = ["综合应急预案", "专项应急预案", "现场处置方案"]
CAUSE_LEVELS = ["直接原因", "间接原因", "管理原因", "根本原因"]
# The required elements of each plan kind (GB/T 29639-2020, as in taxonomies.yaml plan_kinds).
PLAN_ELEMENTS = {
    "综合应急预案": ["总则", "应急组织机构及职责", "应急响应", "后期处置", "应急保障"],
    "专项应急预案": ["适用范围", "应急组织机构及职责", "响应启动", "处置措施", "应急保障"],
    "现场处置方案": ["事故风险描述", "应急工作职责", "应急处置", "注意事项"],
}


@dataclass
class Synthetic:
    nodes: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    # (rel, src_type, dst_type) -> rows {s, d, props…}
    links: dict[tuple[str, str, str], list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    # (equipment uid, regulator uid): a custodian → position → department → enterprise ← regulator chain
    # exists between them.
    chains: list[tuple[str, str]] = field(default_factory=list)
    equipment: list[str] = field(default_factory=list)

    @property
    def node_count(self) -> int:
        return sum(len(v) for v in self.nodes.values())

    @property
    def rel_count(self) -> int:
        return sum(len(v) for v in self.links.values())


class _Builder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.ds = Synthetic()
        self.prov = {"src_doc": SRC_DOC, "created_by": CREATED_BY}

    def node(self, type_name: str, code: str, name: str, **props: Any) -> str:
        row = {"uid": code, "code": code, "name": name, **self.prov}
        row.update((k, v) for k, v in props.items() if v is not None)
        self.ds.nodes[type_name].append(row)
        return code

    def link(self, rel: str, st: str, s: str, dt: str, d: str, **props: Any) -> None:
        self.ds.links[(rel, st, dt)].append({"s": s, "d": d, **self.prov, **props})


def generate(scale: float = 1.0, seed: int = 42) -> Synthetic:
    """The synthetic park at `scale` (1.0 = 850 enterprises). Rows are in stored form, uid set."""
    b = _Builder(seed)
    rng = b.rng
    n_ent = max(1, round(ENTERPRISES_AT_SCALE_1 * scale))
    n_counties = max(1, -(-n_ent // ENTERPRISES_PER_COUNTY))
    n_cities = max(1, -(-n_counties // COUNTIES_PER_CITY))
    industries = ["化工", "化工", "化工", "石化", "石油", "钢铁", "有色", "建材", "民爆"]
    processes = [
        "氯化工艺", "硝化工艺", "加氢工艺", "氧化工艺", "聚合工艺", "烷基化工艺", "电解工艺(氯碱)", "裂解(裂化)工艺",
    ]

    # --- shared reference nodes ---------------------------------------------------------------------
    for ind in sorted(set(industries)):
        b.ds.nodes["Industry"].append({"uid": ind, "code": ind, "name": f"{ind}行业", **b.prov})
    for p in processes:
        b.ds.nodes["Process"].append({"uid": p, "code": p, "name": p, **b.prov})
    chemicals = []
    for i in range(CHEMICALS):
        cas = f"{90000 + i}-{i % 97:02d}-{i % 10}"  # CAS-shaped, not real numbers
        gas = i % 3 == 0
        b.ds.nodes["Chemical"].append({
            "uid": cas, "cas": cas, "name": f"合成化学品{i:03d}", **b.prov,
            "hazard_classes": ["易燃气体"] if gas else ["易燃液体"],
            "flash_point_c": round(rng.uniform(-40, 60), 1), "lel_vol_pct": round(rng.uniform(1, 15), 1),
            "highly_toxic": i % 25 == 0,
        })
        chemicals.append(cas)

    # --- regulators: province ← city (综合 + one per industry) ← county ---------------------------------
    prov_reg = b.node("Regulator", "R-P", "合成省应急管理厅", level="省", jurisdiction="合成省")
    city_regs, industry_regs, county_regs = [], [], []
    for c in range(n_cities):
        r = b.node("Regulator", f"R-C{c}", f"合成{c}市应急管理局", level="市", jurisdiction=f"合成{c}市")
        b.link("REPORTS_TO", "Regulator", r, "Regulator", prov_reg)
        city_regs.append(r)
        per_ind = {}
        for ind in sorted(set(industries)):
            ri = b.node("Regulator", f"R-C{c}-{ind}", f"合成{c}市{ind}行业安全监管处", level="市",
                        jurisdiction=f"合成{c}市")
            b.link("REPORTS_TO", "Regulator", ri, "Regulator", r)
            per_ind[ind] = ri
        industry_regs.append(per_ind)
    for k in range(n_counties):
        r = b.node("Regulator", f"R-K{k}", f"合成{k}县应急管理局", level="县", jurisdiction=f"合成{k}县")
        b.link("REPORTS_TO", "Regulator", r, "Regulator", city_regs[k // COUNTIES_PER_CITY])
        county_regs.append(r)

    for e in range(n_ent):
        _enterprise(b, e, rng.choice(industries), county_regs[e // ENTERPRISES_PER_COUNTY],
                    e // ENTERPRISES_PER_COUNTY, industry_regs, chemicals, processes)
    return b.ds


def _enterprise(
    b: _Builder, e: int, industry: str, county_reg: str, county: int,
    industry_regs: list[dict[str, str]], chemicals: list[str], processes: list[str],
) -> None:
    rng = b.rng
    E = f"E{e:05d}"
    ent = b.node("Enterprise", E, f"合成{e}化工有限公司", industry=industry, county=f"合成{county}县",
                 employees=rng.randint(80, 2000))
    b.link("IN_INDUSTRY", "Enterprise", ent, "Industry", industry)
    ind_reg = industry_regs[county // COUNTIES_PER_CITY][industry]
    b.link("SUPERVISES", "Regulator", county_reg, "Enterprise", ent, basis="属地")
    b.link("SUPERVISES", "Regulator", ind_reg, "Enterprise", ent, basis="行业")

    # Sites: a plant and its units.
    plant = b.node("Site", f"{E}-S0", f"合成{e}厂区", kind="厂区", people_within_500m=rng.randint(0, 400))
    b.link("BELONGS_TO", "Site", plant, "Enterprise", ent)
    units = []
    for u, kind in enumerate(UNIT_KINDS[:UNITS], start=1):
        s = b.node("Site", f"{E}-S{u}", f"合成{e}{kind}{u}", kind=kind)
        b.link("BELONGS_TO", "Site", s, "Site", plant)
        units.append(s)
    tank_farm = units[1]

    # Organisation.
    positions: list[list[str]] = []
    for d in range(DEPARTMENTS):
        dept = b.node("Department", f"{E}-D{d}", "安全管理委员会" if d == 0 else f"第{d}生产部")
        b.link("BELONGS_TO", "Department", dept, "Enterprise", ent)
        b.link("LOCATED_AT", "Department", dept, "Site", plant if d == 0 else units[(d - 1) % UNITS])
        row = []
        for p, level in enumerate(MGMT_LEVELS if d == 0 else DEPT_LEVELS):
            pos = b.node("Position", f"{E}-D{d}-P{p}", f"{level}{d}-{p}", level=level)
            b.link("BELONGS_TO", "Position", pos, "Department", dept)
            row.append(pos)
        positions.append(row)
    flat_positions = [p for row in positions for p in row]
    holders: dict[str, list[str]] = defaultdict(list)
    for k in range(PERSONS):
        pos = flat_positions[k % len(flat_positions)]
        person = b.node("Person", f"{E}-U{k}", f"员工{e}-{k}", phone=f"1380000{k:04d}",
                        certificates=["动火作业"] if k % 7 == 3 else None)
        b.link("HOLDS_POSITION", "Person", person, "Position", pos, since=f"20{10 + k % 14:02d}-0{1 + k % 9}-01")
        b.link("WORKS_FOR", "Person", person, "Enterprise", ent)
        holders[pos].append(person)
    # Custodians: team leaders and operators of the production departments.
    operators = [h for d in range(1, DEPARTMENTS) for p in (2, 3) for h in holders[positions[d][p]]]

    # Hazards, owned by positions.
    hazards = []
    for h in range(HAZARDS):
        hz = b.node("Hazard", f"{E}-H{h}", f"危险因素{e}-{h}",
                    factor_class="物的因素/化学性" if h % 2 else "物的因素/物理性",
                    accident_types=["火灾", "其他爆炸"] if h % 2 else ["中毒和窒息"],
                    risk_level=["低风险", "一般风险", "较大风险", "重大风险"][h % 4],
                    lec_l=3.0, lec_e=6.0, lec_c=float(1 + h % 7))
        b.link("RESPONSIBLE_FOR", "Position", positions[1 + h % (DEPARTMENTS - 1)][0], "Hazard", hz, role="属地管理")
        hazards.append(hz)
    for s in (plant, *units):
        b.link("HAS_HAZARD", "Site", s, "Hazard", rng.choice(hazards))

    # Equipment with sensors.
    in_tank_farm = []
    for q in range(EQUIPMENT):
        unit = units[q % UNITS]
        kind = "储罐" if unit == tank_farm else rng.choice(EQUIPMENT_KINDS)
        eq = b.node("Equipment", f"{E}-Q{q}", f"设备{e}-{q}", kind=kind,
                    capacity_m3=float(rng.choice((50, 100, 200, 500, 1000))) if kind in ("储罐", "球罐") else None,
                    design_pressure_mpa=round(rng.uniform(0.1, 4.0), 2),
                    risk_level=["低风险", "一般风险", "较大风险", "重大风险"][q % 4])
        b.link("LOCATED_AT", "Equipment", eq, "Site", unit)
        b.link("RESPONSIBLE_FOR", "Person", operators[q % len(operators)], "Equipment", eq, role="设备负责人")
        b.link("HAS_HAZARD", "Equipment", eq, "Hazard", hazards[q % HAZARDS])
        chem = None
        if kind in STORING_KINDS:
            chem = rng.choice(chemicals)
            b.link("STORES", "Equipment", eq, "Chemical", chem, quantity_t=round(rng.uniform(1, 500), 1))
        if kind == "反应釜":
            b.link("USES_PROCESS", "Equipment", eq, "Process", rng.choice(processes))
        if unit == tank_farm:
            in_tank_farm.append(eq)
        for j in range(SENSORS_PER_EQUIPMENT):
            sk = SENSOR_KINDS[(q + j) % len(SENSOR_KINDS)]
            gas = sk in ("可燃气体", "有毒气体")
            sn = b.node("Sensor", f"{E}-Q{q}-N{j}", f"{sk}探测器{e}-{q}-{j}", kind=sk,
                        unit={"可燃气体": "%LEL", "有毒气体": "ppm", "温度": "℃", "压力": "MPa", "液位": "%"}[sk],
                        alarm_1=25.0 if gas else None, alarm_2=50.0 if gas else None)
            b.link("MONITORS", "Sensor", sn, "Equipment", eq)
            b.link("LOCATED_AT", "Sensor", sn, "Site", unit)
            if gas and chem:
                b.link("DETECTS", "Sensor", sn, "Chemical", chem)
        b.ds.equipment.append(eq)
        b.ds.chains.append((eq, county_reg if q % 2 == 0 else ind_reg))

    # The major hazard source: the tank farm, with its three guarantors.
    # Its level is made up, not graded from the quantities as the demo loader does.
    mhs = b.node("MajorHazardSource", f"{E}-M0", f"合成{e}罐区重大危险源",
                 level=["一级", "二级", "三级", "四级"][e % 4])
    b.link("LOCATED_AT", "MajorHazardSource", mhs, "Site", tank_farm)
    for eq in in_tank_farm:
        b.link("INCLUDES", "MajorHazardSource", mhs, "Equipment", eq)
    guarantors = (("主要负责人", positions[0][0]), ("技术负责人", positions[0][3]), ("操作负责人", positions[2][2]))
    for role, pos in guarantors:
        b.link("RESPONSIBLE_FOR", "Person", holders[pos][0], "MajorHazardSource", mhs, role=role)

    # Emergency resources and plans (overall → special → on-site) with sections and actions.
    resources = []
    for r in range(RESOURCES):
        res = b.node("Resource", f"{E}-X{r}", f"应急物资{e}-{r}", kind=["空气呼吸器", "消防泡沫", "堵漏工具"][r],
                     quantity=float(4 + r))
        b.link("LOCATED_AT", "Resource", res, "Site", units[r % UNITS])
        resources.append(res)
    plans = []
    for i, kind in enumerate(PLAN_KINDS):
        ep = b.node("EmergencyPlan", f"{E}-EP{i}", f"合成{e}{kind}", kind=kind, version="2024版",
                    accident_types=["火灾", "中毒和窒息"], response_levels=["III", "IV"], issued_on="2024-03-01")
        plans.append(ep)
        if i == 0:
            b.link("APPLIES_TO", "EmergencyPlan", ep, "Enterprise", ent)
        else:
            b.link("SUBPLAN_OF", "EmergencyPlan", ep, "EmergencyPlan", plans[i - 1])
        if i == 1:
            b.link("COVERS", "EmergencyPlan", ep, "MajorHazardSource", mhs)
        if i == 2:
            b.link("APPLIES_TO", "EmergencyPlan", ep, "Site", tank_farm)
            for eq in in_tank_farm[:3]:
                b.link("COVERS", "EmergencyPlan", ep, "Equipment", eq)
        elements = PLAN_ELEMENTS[kind]
        for seq, element in enumerate(elements, start=1):
            sec = b.node("PlanSection", f"{ep}-{seq}", element, element=element, seq=seq,
                         text=f"{element}（合成文本）")
            b.link("HAS_SECTION", "EmergencyPlan", ep, "PlanSection", sec)
            for a in range(2):
                act = b.node("Action", f"{sec}-A{a}", f"处置措施{seq}.{a}", seq=a + 1, text="按规程处置（合成文本）")
                b.link("PRESCRIBES", "PlanSection", sec, "Action", act)
                b.link("ASSIGNS_ROLE", "Action", act, "Position", positions[1 + (seq + a) % (DEPARTMENTS - 1)][a + 2],
                       duty="现场处置")
                b.link("NEEDS_RESOURCE", "Action", act, "Resource", resources[(seq + a) % RESOURCES])

    # One incident case with its cause chain.
    case = b.node("Case", f"{E}-C0", f"合成{e}泄漏事故", occurred_on=f"20{15 + e % 9}-0{1 + e % 9}-1{e % 10}",
                  accident_type="中毒和窒息", deaths=e % 3, injuries=e % 5,
                  direct_loss_cny=float(100000 * (1 + e % 50)), severity="一般", status="closed")
    b.link("OCCURRED_AT", "Case", case, "Enterprise", ent)
    b.link("OCCURRED_AT", "Case", case, "Site", tank_farm)
    b.link("IN_INDUSTRY", "Case", case, "Industry", industry)
    b.link("INVOLVED", "Case", case, "Equipment", in_tank_farm[0], role="泄漏设备")
    causes = []
    for c, level in enumerate(CAUSE_LEVELS):
        cause = b.node("Cause", f"{case}-K{c}", f"{level}{e}", level=level, text=f"{level}（合成文本）")
        b.link("CAUSED_BY", "Case", case, "Cause", cause)
        if causes:
            b.link("LEADS_TO", "Cause", cause, "Cause", causes[-1])
        causes.append(cause)
    lesson = b.node("Lesson", f"{case}-L0", f"教训{e}", text="加强巡检（合成文本）")
    b.link("HAS_LESSON", "Case", case, "Lesson", lesson)
    cons = b.node("Consequence", f"{case}-O0", f"后果{e}", kind="直接经济损失", amount=float(100000 * (1 + e % 50)))
    b.link("RESULTED_IN", "Case", case, "Consequence", cons)
    resp = b.node("Responsibility", f"{case}-R0", f"责任认定{e}", kind="直接责任", sanction="依法处理")
    b.link("HAS_RESPONSIBILITY", "Case", case, "Responsibility", resp)
    b.link("ATTRIBUTED_TO", "Responsibility", resp, "Person", operators[0], kind="直接责任")
    b.link("ARISES_FROM", "Responsibility", resp, "Cause", causes[0])


def validate(onto: Ontology, ds: Synthetic) -> None:
    """Check every row against the ontology (raises RecordError); normalise rows to their stored form."""
    for type_name, rows in ds.nodes.items():
        ds.nodes[type_name] = [
            {**validate_node(onto, type_name, r, source=SRC_DOC)} for r in rows
        ]
    for (rel, st, dt), rows in ds.links.items():
        clean = []
        for r in rows:
            props = {k: v for k, v in r.items() if k not in ("s", "d")}
            clean.append({"s": r["s"], "d": r["d"], **validate_relation(onto, rel, st, dt, props, source=SRC_DOC)})
        ds.links[(rel, st, dt)] = clean
