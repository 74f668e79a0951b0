"""Evaluate similar-case retrieval and plan matching on whatever is in the store.

    python -m bench.evaluate_cases                  # the configured store (ANZHI_BACKEND …); loads the demo if empty
    python -m bench.evaluate_cases --demo           # a fresh temporary LadybugDB with the demo only
    python -m bench.evaluate_cases --data-dir DIR   # the LadybugDB store in DIR (as ANZHI_DATA_DIR=DIR), read only

Similar cases: every case in the store is a query against all the others; over its top 3 (itself excluded) we
report how often they share the query's accident type and the GHS hazard-class family of its chemicals (only
for queries whose chemicals have a known hazard class), with the rate a random pick from the store would give.
The figures are printed for all cases and, separately, by where the query came from: the RMP accidents
(`ingest rmp`), the Chinese hazmat reports (`ingest reports`) and the rest (the demo's cases).

Plan matching: the labelled scenarios of tests/fixtures/plan_scenarios.yaml (the project's own labels over the
demo park); we print each scenario's rank of the intended plan and the rank-1 rate (target ≥ 90 %). A store
with cases but no plans (ingested data only) is left as it is and the scenarios run on a temporary demo store.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Collection, Sequence
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
    type_chance: float = 0.0  # share of the other cases in the store with the query's accident type
    family_chance: float = 0.0  # share of the other cases sharing a hazard-class family (queries with one)


def evaluate_similarity(base: CaseBase, k: int = 3, queries: Collection[str] | None = None) -> SimilarityFigures:
    """Top-k agreement for every case of the base as a query (or only the uids in `queries`), against all cases."""
    reps = [q for q in base.reps if queries is None or q.uid in queries]
    n = len(reps)
    others = max(len(base.reps) - 1, 1)
    types = Counter(r.accident_type for r in base.reps)
    t_share = t_hit = f_share = f_hit = b_share = t_chance = f_chance = 0.0
    with_family = 0
    for q in reps:
        t_chance += (types[q.accident_type] - 1) / others
        if q.families:
            f_chance += (sum(bool(r.families & q.families) for r in base.reps) - 1) / others
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
        f_hit / max(with_family, 1), b_share / max(with_family, 1), t_chance / max(n, 1),
        f_chance / max(with_family, 1),
    )


SOURCES = (("RMP accidents (ingest rmp)", "ingest:rmp"), ("Chinese hazmat reports (ingest reports)", "ingest:reports"))


def case_sources(store: GraphStore) -> dict[str, set[str]]:
    """Case uids by where they came from: the ingested RMP accidents, the Chinese hazmat reports, the rest."""
    out: dict[str, set[str]] = {label: set() for label, _ in SOURCES}
    out["other cases (demo …)"] = set()
    by = {who: label for label, who in SOURCES}
    for r in store.read("MATCH (c:`Case`) RETURN c.uid AS c, c.created_by AS w"):
        out[by.get(r["w"] or "", "other cases (demo …)")].add(r["c"])
    return {label: uids for label, uids in out.items() if uids}


def evaluate_by_source(store: GraphStore, base: CaseBase) -> list[tuple[str, SimilarityFigures]]:
    """All cases together, then each source on its own (queries from that source, against all cases)."""
    groups = case_sources(store)
    out = [("all cases", evaluate_similarity(base))]
    if len(groups) > 1:
        out += [(label, evaluate_similarity(base, queries=uids)) for label, uids in groups.items()]
    return out


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


def similarity_lines(sim: SimilarityFigures, title: str) -> list[str]:
    return [
        f"{title}: {sim.cases} queries",
        f"  same accident type:            {sim.type_at3:6.1%} of results, {sim.type_hit3:6.1%} of queries have one"
        f"  (random pick: {sim.type_chance:5.1%})",
        f"  shared hazard-class family:    {sim.family_at3:6.1%} of results, {sim.family_hit3:6.1%} of queries have one"
        f"  (random pick: {sim.family_chance:5.1%}; {sim.queries_with_family} queries with a known hazard class)",
        f"  both:                          {sim.both_at3:6.1%} of results",
    ]


def report(sim: SimilarityFigures | Sequence[tuple[str, SimilarityFigures]], plans: Sequence[ScenarioResult]) -> str:
    groups = [("all cases", sim)] if isinstance(sim, SimilarityFigures) else list(sim)
    total = groups[0][1].cases
    lines = [f"Similar cases (top 3, itself excluded, against all {total} cases in the store)"]
    for title, figures in groups:
        lines += similarity_lines(figures, title)
    lines += ["", f"Plan matching: {len(plans)} labelled scenarios (tests/fixtures/plan_scenarios.yaml)"]
    for r in plans:
        mark = "ok " if r.rank == 1 else "   "
        lines.append(f"  {mark}{r.id} rank {r.rank if r.rank else '-':>2}  {r.intended:<20} top {r.top:<20} {r.text}")
    rate = rank1_rate(plans)
    verdict = "PASS" if rate >= TARGET_RANK1 else "FAIL"
    lines.append(f"  intended plan at rank 1: {rate:.1%} (target >= {TARGET_RANK1:.0%}: {verdict})")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.evaluate_cases", description=__doc__.split("\n\n")[0])
    where = p.add_mutually_exclusive_group()
    where.add_argument("--demo", action="store_true", help="evaluate on a fresh temporary LadybugDB with the demo only")
    where.add_argument("--data-dir", type=Path, help="the LadybugDB store folder to evaluate (as ANZHI_DATA_DIR); "
                                                     "default: the configured store")
    args = p.parse_args(argv)
    if args.data_dir is not None and not args.data_dir.is_dir():
        p.error(f"--data-dir {args.data_dir}: no such folder")
    onto = ontology.load()
    tmp = Path(tempfile.mkdtemp(prefix="anzhi-eval-"))
    try:
        settings = (Settings(backend="ladybug", data_dir=tmp / "demo") if args.demo
                    else Settings(backend="ladybug", data_dir=args.data_dir) if args.data_dir else None)
        store = open_store(settings)
        try:
            store.apply_schema(onto)
            has_plans = bool(store.read("MATCH (p:`EmergencyPlan`) RETURN count(p) AS n")[0]["n"])
            if args.demo or (not has_plans and not store.read("MATCH (c:`Case`) RETURN count(c) AS n")[0]["n"]):
                load_demo(store, onto)
                has_plans = True
            sims = evaluate_by_source(store, CaseBase.build(store, onto))
            if has_plans:
                plans = evaluate_plans(store, onto, load_scenarios())
        finally:
            store.close()
        if not has_plans:  # ingested cases only: the labelled scenarios are over the demo park
            demo = open_store(Settings(backend="ladybug", data_dir=tmp / "plans"))
            try:
                demo.apply_schema(onto)
                load_demo(demo, onto)
                plans = evaluate_plans(demo, onto, load_scenarios())
            finally:
                demo.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(report(sims, plans))
    return 0 if rank1_rate(plans) >= TARGET_RANK1 else 1


if __name__ == "__main__":
    sys.exit(main())
