"""Investigation benchmark: responsibility suggestion, similar cases and plan matching at scale, on both stores.

    python -m bench.investigate                       # 10,000 cases, 1,000 plans (100 enterprises), both backends
    python -m bench.investigate --backends ladybug --cases 2000 --enterprises 20   # a smoke run

A synthetic park (enterprises with sites, departments, positions, people, custodians, 包保 guarantors,
equipment storing chemicals with hazards, regulators by territory and industry, ten plans per enterprise)
and a synthetic case library (cases with accident types, chemicals with GHS classes, equipment kinds, causes
with GB/T 13861 classes and Chinese text) are written through kb's write path (`write_nodes` / `write_links`
inside `store.write`) into a fresh LadybugDB and a wiped Neo4j (settings from ANZHI_NEO4J_* or var/neo4j/env).

Timed, after warm-up, per backend: `suggest_responsibility` for random equipment, `similar_cases` for random
cases over the prebuilt CaseBase (its build time is reported apart), `match_plans` for random equipment
scenarios. Targets (p95): responsibility ≤ 20 ms, similar cases over 10,000 ≤ 100 ms, plans over 1,000 ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ontology
from bench.graph import neo4j_settings, pct, wipe_neo4j
from cases.plan_matching import match_plans, scenario_from_form
from cases.responsibility import suggest_responsibility
from cases.similarity import CaseBase, similar_cases
from kb import GraphStore, Ref, Settings, StoreUnavailable, open_store
from kb.repository import write_links, write_nodes
from ontology import validate_node, validate_relation

TARGETS = {"responsibility": 20.0, "similar": 100.0, "plans": 50.0}
CREATED_BY = "bench-investigate"
TYPES = ["其他爆炸", "火灾", "中毒和窒息", "容器爆炸", "灼烫", "机械伤害", "高处坠落", "物体打击", "起重伤害", "坍塌"]
KINDS = ["储罐", "球罐", "反应釜", "塔器", "换热器", "泵", "压缩机", "管道", "槽车", "气柜"]
PROCESSES = ["硝化工艺", "加氢工艺", "氯化工艺", "聚合工艺", "氧化工艺", "烷基化工艺"]
INDUSTRIES = ["化工", "石化", "钢铁", "矿山", "有色"]
FACTORS = ["人的因素/行为/违章作业", "人的因素/行为/操作错误", "人的因素/行为/违章指挥", "物的因素/物理性",
           "物的因素/化学性", "管理因素", "环境因素"]
CLASSES = [["易燃气体,类别1", "加压气体"], ["易燃液体,类别2"], ["急性毒性-吸入,类别2"], ["氧化性液体,类别3"],
           ["皮肤腐蚀/刺激,类别1A"], ["爆炸物,1.1项"]]
PHRASES = ("储罐区发生泄漏", "现场人员未佩戴防护用品", "违章动火作业引燃可燃气体", "反应釜温度失控", "冷却水中断",
           "安全阀失效超压", "管道腐蚀减薄破裂", "装卸作业软管脱落", "有毒气体扩散至厂外", "应急处置不当扩大事故",
           "检修作业未办理作业票", "受限空间未检测即进入", "联锁被摘除未恢复", "承包商资质审查不严", "夜间无人值守",
           "可燃气体报警未及时处置", "吊装作业钢丝绳断裂", "高处作业未系安全带", "粉尘积聚遇火源爆炸", "槽车侧翻泄漏",
           "气柜活塞卡涩倾斜", "煤气管道排水器泄漏", "液氯钢瓶阀门泄漏", "硝化釜加料过快", "加氢反应器密封失效")


@dataclass
class Data:
    nodes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    links: dict[tuple[str, str, str], list[dict[str, Any]]] = field(default_factory=dict)
    equipment: list[str] = field(default_factory=list)
    cases: list[str] = field(default_factory=list)

    def node(self, t: str, **p: Any) -> str:
        p.setdefault("name", p["code"])
        self.nodes.setdefault(t, []).append(p)
        return str(p["code"])

    def link(self, rel: str, a: Ref, b: Ref, **p: Any) -> None:
        self.links.setdefault((rel, a.type, b.type), []).append({"s": a.uid, "d": b.uid, **p})

    @property
    def size(self) -> tuple[int, int]:
        return sum(map(len, self.nodes.values())), sum(map(len, self.links.values()))


def generate(enterprises: int, cases: int, seed: int) -> Data:
    rng = random.Random(seed)
    d = Data()
    for i in ("化工", "石化", "钢铁", "矿山", "有色"):
        d.node("Industry", code=i)
    for p in PROCESSES:
        d.node("Process", code=p)
    chems: list[str] = []
    for k in range(200):
        cas = f"9{k:04d}-00-{k % 10}"
        d.nodes.setdefault("Chemical", []).append({"cas": cas, "name": f"化学品{k}",
                                                   "hazard_classes": CLASSES[k % len(CLASSES)]})
        chems.append(cas)
    regs = [d.node("Regulator", code=f"B-REG-{k}", level="县") for k in range(10)]
    plans = 0
    for e in range(enterprises):
        ent = Ref("Enterprise", d.node("Enterprise", code=f"B-ENT-{e}", industry=INDUSTRIES[e % 5]))
        plant = Ref("Site", d.node("Site", code=f"B-S-{e}", kind="厂区"))
        d.link("BELONGS_TO", plant, ent)
        gm = Ref("Position", d.node("Position", code=f"B-POS-{e}-GM", level="主要负责人"))
        sm = Ref("Position", d.node("Position", code=f"B-POS-{e}-SM", level="安全管理"))
        for pos, tag in ((gm, "GM"), (sm, "SM")):
            d.link("BELONGS_TO", pos, ent)
            d.link("HOLDS_POSITION", Ref("Person", d.node("Person", code=f"B-P-{e}-{tag}")), pos)
        for r in rng.sample(regs, 2):
            d.link("SUPERVISES", Ref("Regulator", r), ent, basis=rng.choice(["属地", "行业"]))
        zh = Ref("EmergencyPlan", d.node("EmergencyPlan", code=f"B-PLAN-{e}-ZH", kind="综合应急预案",
                                         accident_types=TYPES[:5], response_levels=["II", "III", "IV"]))
        d.link("APPLIES_TO", zh, ent)
        d.link("APPLIES_TO", zh, plant)
        plans += 1
        mhs = Ref("MajorHazardSource", d.node("MajorHazardSource", code=f"B-MHS-{e}"))
        for role, tag in (("主要负责人", "GM"), ("技术负责人", "SM"), ("操作负责人", "GM")):
            d.link("RESPONSIBLE_FOR", Ref("Person", f"B-P-{e}-{tag}"), mhs, role=role)
        for u in range(3):
            site = Ref("Site", d.node("Site", code=f"B-S-{e}-{u}", kind="装置"))
            d.link("BELONGS_TO", site, plant)
            dep = Ref("Department", d.node("Department", code=f"B-D-{e}-{u}"))
            d.link("BELONGS_TO", dep, ent)
            d.link("RESPONSIBLE_FOR", dep, site, role="属地管理")
            head = Ref("Position", d.node("Position", code=f"B-POS-{e}-{u}-H", level="部门负责人"))
            op = Ref("Position", d.node("Position", code=f"B-POS-{e}-{u}-OP", level="操作人员"))
            for pos, tag in ((head, "H"), (op, "OP")):
                d.link("BELONGS_TO", pos, dep)
                d.link("HOLDS_POSITION", Ref("Person", d.node("Person", code=f"B-P-{e}-{u}-{tag}")), pos)
            hz = Ref("Hazard", d.node("Hazard", code=f"B-HZ-{e}-{u}", factor_class="物的因素/化学性",
                                      accident_types=rng.sample(TYPES[:5], 2)))
            chem = Ref("Chemical", rng.choice(chems))
            zx = Ref("EmergencyPlan", d.node("EmergencyPlan", code=f"B-PLAN-{e}-ZX-{u}", kind="专项应急预案",
                                             accident_types=rng.sample(TYPES[:5], 2), response_levels=["III", "IV"]))
            d.link("SUBPLAN_OF", zx, zh)
            d.link("APPLIES_TO", zx, site)
            d.link("COVERS", zx, hz)
            d.link("COVERS", zx, chem)
            plans += 1
            eqs = []
            for q in range(4):
                eq = Ref("Equipment", d.node("Equipment", code=f"B-EQ-{e}-{u}-{q}", kind=rng.choice(KINDS),
                                             risk_level=rng.choice(["重大风险", "较大风险", "一般风险"])))
                d.equipment.append(eq.uid)
                eqs.append(eq)
                d.link("LOCATED_AT", eq, site)
                d.link("RESPONSIBLE_FOR", Ref("Person", f"B-P-{e}-{u}-OP"), eq, role="设备负责人")
                d.link("STORES", eq, chem, quantity_t=round(rng.uniform(1, 100), 1))
                d.link("HAS_HAZARD", eq, hz)
                if u == 0 and q < 3:
                    d.link("INCLUDES", mhs, eq)
            for x in range(2):
                xc = Ref("EmergencyPlan", d.node("EmergencyPlan", code=f"B-PLAN-{e}-XC-{u}-{x}", kind="现场处置方案",
                                                 accident_types=rng.sample(TYPES[:5], 2), response_levels=["IV"]))
                d.link("SUBPLAN_OF", xc, zh)
                d.link("APPLIES_TO", xc, site)
                d.link("COVERS", xc, hz)
                for eq in eqs[2 * x : 2 * x + 2]:
                    d.link("COVERS", xc, eq)
                plans += 1
        d.link("LOCATED_AT", mhs, Ref("Site", f"B-S-{e}-0"))
    hist_eq = [d.node("Equipment", code=f"B-HEQ-{k}", kind=rng.choice(KINDS)) for k in range(500)]
    hist_ent = [d.node("Enterprise", code=f"B-HENT-{k}", industry=rng.choice(INDUSTRIES)) for k in range(300)]
    for c in range(cases):
        at = rng.choice(TYPES)
        summary = "，".join(rng.sample(PHRASES, rng.randint(4, 8))) + "。"
        day = f"20{rng.randint(0, 24):02d}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
        case = Ref("Case", d.node("Case", code=f"B-CASE-{c}", occurred_on=day, accident_type=at, summary=summary,
                                  name=f"某企业{at}事故{c}"))
        d.cases.append(case.uid)
        for cas in rng.sample(chems, rng.randint(0, 2)):
            d.link("INVOLVED", case, Ref("Chemical", cas))
        d.link("INVOLVED", case, Ref("Equipment", rng.choice(hist_eq)))
        d.link("OCCURRED_AT", case, Ref("Enterprise", rng.choice(hist_ent)))
        d.link("IN_INDUSTRY", case, Ref("Industry", rng.choice(INDUSTRIES)))
        if rng.random() < 0.2:
            d.link("INVOLVED", case, Ref("Process", rng.choice(PROCESSES)))
        for k in range(rng.randint(2, 3)):
            cause = Ref("Cause", d.node("Cause", code=f"B-CASE-{c}-C{k}", level=["直接原因", "间接原因", "管理原因"][k],
                                        factor_class=rng.choice(FACTORS), text=rng.choice(PHRASES)))
            d.link("CAUSED_BY", case, cause)
    assert plans == enterprises * 10
    return d


def validate(onto: ontology.Ontology, d: Data) -> None:
    """Validate every record against the ontology (as the application's writes are) and set uids."""
    for t, rows in d.nodes.items():
        d.nodes[t] = [{**validate_node(onto, t, r, source="bench"), "src_doc": "bench", "created_by": CREATED_BY}
                      for r in rows]
    for (rel, st, dt), rows in d.links.items():
        d.links[(rel, st, dt)] = [{"s": r["s"], "d": r["d"], "src_doc": "bench", "created_by": CREATED_BY,
                                   **validate_relation(onto, rel, st, dt, {k: v for k, v in r.items()
                                                                           if k not in ("s", "d")}, source="bench")}
                                  for r in rows]


def load(store: GraphStore, d: Data, chunk: int = 20_000) -> float:
    t0 = time.perf_counter()
    for t, rows in d.nodes.items():
        for i in range(0, len(rows), chunk):
            store.write(lambda tx, t=t, p=rows[i : i + chunk]: write_nodes(tx, t, p))
    for (rel, st, dt), rows in d.links.items():
        for i in range(0, len(rows), chunk):
            store.write(lambda tx, r=rel, a=st, b=dt, p=rows[i : i + chunk]: write_links(tx, r, a, b, p))
    return time.perf_counter() - t0


def timed(items: Sequence[Any], warmup: int, fn: Callable[[Any], Any]) -> list[float]:
    for it in items[:warmup]:
        fn(it)
    ms = []
    for it in items[warmup:]:
        t0 = time.perf_counter()
        fn(it)
        ms.append((time.perf_counter() - t0) * 1000)
    return ms


@dataclass
class Result:
    backend: str
    load_s: float = 0.0
    build_s: float = 0.0
    ms: dict[str, list[float]] = field(default_factory=dict)


def run(store: GraphStore, onto: ontology.Ontology, d: Data, args: argparse.Namespace) -> Result:
    res = Result(store.backend)
    res.load_s = load(store, d)
    print(f"  [{store.backend}] loaded in {res.load_s:.1f} s", file=sys.stderr)
    rng = random.Random(args.seed + 7)
    n = args.warmup + args.queries
    eqs = [rng.choice(d.equipment) for _ in range(n)]
    res.ms["responsibility"] = timed(eqs, args.warmup,
                                     lambda x: suggest_responsibility(store, onto, Ref("Equipment", x)))
    t0 = time.perf_counter()
    base = CaseBase.build(store, onto)
    res.build_s = time.perf_counter() - t0
    print(f"  [{store.backend}] CaseBase of {len(base):,} cases built in {res.build_s:.1f} s", file=sys.stderr)
    cases = [rng.choice(d.cases) for _ in range(n)]
    res.ms["similar"] = timed(cases, args.warmup, lambda c: similar_cases(store, onto, c, k=5, base=base))
    scen = [scenario_from_form(onto, equipment=x, accident_type=rng.choice(TYPES[:5])) for x in eqs]
    res.ms["plans"] = timed(scen, args.warmup, lambda s: match_plans(store, onto, s, k=10))
    return res


def table(results: dict[str, Result], d: Data, args: argparse.Namespace) -> str:
    nodes, rels = d.size
    lb, nj = results.get("ladybug"), results.get("neo4j")
    lines = [f"Investigation benchmark: {args.enterprises} enterprises ({args.enterprises * 10:,} plans), "
             f"{args.cases:,} cases; {nodes:,} nodes, {rels:,} relationships; {args.queries} timed queries each "
             f"after {args.warmup} warm-up", "",
             f"{'operation':<34}{'LadybugDB':>11}{'Neo4j':>11}{'Neo4j/Lbug':>12}  target", "-" * 100]
    labels = {"responsibility": "responsibility suggestion", "similar": f"similar cases over {args.cases:,}",
              "plans": f"plan matching over {args.enterprises * 10:,} plans"}
    for key, label in labels.items():
        for p in (50, 95):
            a = pct(lb.ms[key], p) if lb else float("nan")
            b = pct(nj.ms[key], p) if nj else float("nan")
            ratio = f"{b / a:.2f}" if lb and nj and a else "-"
            target = ""
            if p == 95:
                verdicts = [f"{name} {'PASS' if pct(r.ms[key], 95) <= TARGETS[key] else 'FAIL'}"
                            for name, r in (("LadybugDB", lb), ("Neo4j", nj)) if r]
                target = f"<= {TARGETS[key]:g} ms: " + ", ".join(verdicts)
            lines.append(f"{label + f' p{p} ms':<34}{a:>11.2f}{b:>11.2f}{ratio:>12}  {target}")
    lines.append("-" * 100)
    for name, r in (("LadybugDB", lb), ("Neo4j", nj)):
        if r:
            lines.append(f"{name}: load {r.load_s:.1f} s; CaseBase build {r.build_s:.1f} s (once, then in memory)")
    lines.append("Ratios above 1 mean Neo4j is slower.")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.investigate", description=__doc__.split("\n\n")[0])
    p.add_argument("--enterprises", type=int, default=100, help="ten plans each (default 100 → 1,000 plans)")
    p.add_argument("--cases", type=int, default=10_000)
    p.add_argument("--backends", default="ladybug,neo4j")
    p.add_argument("--queries", type=int, default=200)
    p.add_argument("--warmup", type=int, default=30)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--strict", action="store_true", help="exit 1 when a target fails")
    args = p.parse_args(argv)
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    onto = ontology.load()
    t0 = time.perf_counter()
    d = generate(args.enterprises, args.cases, args.seed)
    validate(onto, d)
    nodes, rels = d.size
    print(f"generated and validated {nodes:,} nodes, {rels:,} relationships in {time.perf_counter() - t0:.1f} s",
          file=sys.stderr)
    results: dict[str, Result] = {}
    tmp = Path(tempfile.mkdtemp(prefix="anzhi-bench-inv-"))
    try:
        for name in backends:
            try:
                if name == "ladybug":
                    store = open_store(Settings(backend="ladybug", data_dir=tmp / "ladybug"))
                else:
                    store = open_store(neo4j_settings())
                    wipe_neo4j(store)
            except StoreUnavailable as e:
                print(f"{name}: {e}", file=sys.stderr)
                return 2
            try:
                store.apply_schema(onto)
                results[name] = run(store, onto, d, args)
            finally:
                if name == "neo4j":
                    wipe_neo4j(store)
                store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(table(results, d, args))
    ok = all(pct(r.ms[k], 95) <= TARGETS[k] for r in results.values() for k in TARGETS)
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
