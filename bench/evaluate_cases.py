"""Evaluate similar-case retrieval and plan matching on whatever is in the store.

    python -m bench.evaluate_cases                  # the configured store (ANZHI_BACKEND …); loads the demo if empty
    python -m bench.evaluate_cases --demo           # a fresh temporary LadybugDB with the demo only

Similar cases: every case in the store is a query; over its top 3 (itself excluded) we report how often they
share the query's accident type and the GB hazard-class family of its chemicals (only for queries whose
chemicals have a known hazard class). Today the demo holds 24 Chinese cases; once the ingested Chinese hazmat
reports and the RMP accidents are in the store the same command measures them too.

Plan matching: the labelled scenarios of tests/fixtures/plan_scenarios.yaml (the project's own labels over the
demo park); we print each scenario's rank of the intended plan and the rank-1 rate (target ≥ 90 %).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

import ontology
from cases.plan_matching import match_plans, scenario_from_form
from cases.similarity import CaseBase
from kb import GraphStore, Settings, open_store
from kb.config import ROOT
from kb.demo import load_demo

SCENARIOS = ROOT / "tests" / "fixtures" / "plan_scenarios.yaml"
TARGET_RANK1 = 0.9
FORM_KEYS = ("accident_type", "chemical", "equipment", "site", "hazard", "enterprise", "severity", "response_level")


@dataclass
class SimilarityFigures:
    cases: int
    queries_with_family: int
    type_at3: float  # share of top-3 results with the query's accident type
    type_hit3: float  # share of queries with at least one such result
    family_at3: float
    family_hit3: float
    both_at3: float


def evaluate_similarity(base: CaseBase, k: int = 3) -> SimilarityFigures:
    n = len(base)
    t_share = t_hit = f_share = f_hit = b_share = 0.0
    with_family = 0
    for q in base.reps:
        top = base.query(q, k)
        if not top:
            continue
        same_type = [base.reps[base.pos[r.uid]].accident_type == q.accident_type for r in top]
        t_share += sum(same_type) / len(top)
        t_hit += any(same_type)
        if q.families:
            with_family += 1
            fam = [bool(base.reps[base.pos[r.uid]].families & q.families) for r in top]
            f_share += sum(fam) / len(top)
            f_hit += any(fam)
            b_share += sum(a and b for a, b in zip(same_type, fam, strict=True)) / len(top)
    return SimilarityFigures(
        n, with_family, t_share / max(n, 1), t_hit / max(n, 1), f_share / max(with_family, 1),
        f_hit / max(with_family, 1), b_share / max(with_family, 1),
    )


@dataclass
class ScenarioResult:
    id: str
    text: str
    intended: str
    rank: int | None  # 1-based; None when the intended plan is not in the ranking
    top: str


def load_scenarios(path: Path = SCENARIOS) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        data: dict[str, Any] = yaml.safe_load(f)
    return list(data["scenarios"])


def evaluate_plans(store: GraphStore, onto: ontology.Ontology, items: Sequence[dict[str, Any]]) -> list[ScenarioResult]:
    out = []
    for it in items:
        sc = scenario_from_form(onto, **{k: str(it[k]) for k in FORM_KEYS if k in it})
        ranked = match_plans(store, onto, sc, k=50)
        codes = [m.plan.uid for m in ranked]
        rank = codes.index(it["intended"]) + 1 if it["intended"] in codes else None
        out.append(ScenarioResult(it["id"], it["text"], it["intended"], rank, codes[0] if codes else "-"))
    return out


def rank1_rate(results: Sequence[ScenarioResult]) -> float:
    return sum(r.rank == 1 for r in results) / max(len(results), 1)


def report(sim: SimilarityFigures, plans: Sequence[ScenarioResult]) -> str:
    lines = [
        f"Similar cases (top 3, itself excluded) over {sim.cases} cases in the store:",
        f"  same accident type:            {sim.type_at3:6.1%} of results, {sim.type_hit3:6.1%} of queries have one",
        f"  shared hazard-class family:    {sim.family_at3:6.1%} of results, {sim.family_hit3:6.1%} of queries have one"
        f"  ({sim.queries_with_family} queries with a known hazard class)",
        f"  both:                          {sim.both_at3:6.1%} of results",
        "",
        f"Plan matching: {len(plans)} labelled scenarios (tests/fixtures/plan_scenarios.yaml)",
    ]
    for r in plans:
        mark = "ok " if r.rank == 1 else "   "
        lines.append(f"  {mark}{r.id} rank {r.rank if r.rank else '-':>2}  {r.intended:<20} top {r.top:<20} {r.text}")
    rate = rank1_rate(plans)
    verdict = "PASS" if rate >= TARGET_RANK1 else "FAIL"
    lines.append(f"  intended plan at rank 1: {rate:.1%} (target >= {TARGET_RANK1:.0%}: {verdict})")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.evaluate_cases", description=__doc__.split("\n\n")[0])
    p.add_argument("--demo", action="store_true", help="evaluate on a fresh temporary LadybugDB with the demo only")
    args = p.parse_args(argv)
    onto = ontology.load()
    tmp = Path(tempfile.mkdtemp(prefix="anzhi-eval-")) if args.demo else None
    try:
        store = open_store(Settings(backend="ladybug", data_dir=tmp) if tmp else None)
        try:
            store.apply_schema(onto)
            if tmp or not store.read("MATCH (p:`EmergencyPlan`) RETURN count(p) AS n")[0]["n"]:
                load_demo(store, onto)
            sim = evaluate_similarity(CaseBase.build(store, onto))
            plans = evaluate_plans(store, onto, load_scenarios())
        finally:
            store.close()
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    print(report(sim, plans))
    return 0 if rank1_rate(plans) >= TARGET_RANK1 else 1


if __name__ == "__main__":
    sys.exit(main())
