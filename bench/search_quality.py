"""Search quality on the labelled query set: recall@10 and nDCG@10 per query and overall.

    python -m bench.search_quality [--queries tests/fixtures/search_queries.yaml] [-k 10]

Loads the demo into a throw-away LadybugDB store, indexes it with kb.search.SearchIndex, and scores each query of
the labelled set (see the header of the YAML file for its format and grades).
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

import ontology
from kb import Settings, open_store
from kb.demo import load_demo
from kb.search import SearchIndex

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "tests" / "fixtures" / "search_queries.yaml"


@dataclass
class QueryScore:
    id: str
    q: str
    recall: float
    ndcg: float
    missed: list[str]
    skipped: str = ""


def load_queries(path: Path = QUERIES) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        data = yaml.safe_load(f)
    out = []
    for entry in data["queries"]:
        rel = entry["relevant"]
        grades = {str(k): 1 for k in rel} if isinstance(rel, list) else {str(k): int(v) for k, v in rel.items()}
        out.append({**entry, "relevant": grades})
    return out


def ndcg_at(ranked: list[str], grades: dict[str, int], k: int) -> float:
    dcg = sum((2 ** grades.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def _present(index: SearchIndex, ref: str) -> bool:
    type_name, _, uid = ref.partition(":")
    return any(h.uid == uid for h in index.search(uid, facets={"type": type_name}, limit=5).hits)


def evaluate(index: SearchIndex, queries: list[dict[str, Any]], k: int = 10) -> list[QueryScore]:
    scores: list[QueryScore] = []
    for e in queries:
        grades: dict[str, int] = e["relevant"]
        if e.get("corpus", "demo") != "demo":
            absent = [r for r in grades if not _present(index, r)]
            if absent:
                scores.append(QueryScore(e["id"], e["q"], 0.0, 0.0, absent, skipped="needs ingested data"))
                continue
        res = index.search(e["q"], limit=k)
        ranked = [f"{h.type}:{h.uid}" for h in res.hits]
        found = [r for r in grades if r in ranked[:k]]
        scores.append(QueryScore(e["id"], e["q"], len(found) / len(grades), ndcg_at(ranked, grades, k),
                                 [r for r in grades if r not in found]))
    return scores


def summary(scores: list[QueryScore]) -> tuple[float, float, int]:
    run = [s for s in scores if not s.skipped]
    if not run:
        return 0.0, 0.0, 0
    return sum(s.recall for s in run) / len(run), sum(s.ndcg for s in run) / len(run), len(run)


def demo_index(workdir: Path) -> SearchIndex:
    onto = ontology.load()
    store = open_store(Settings(backend="ladybug", data_dir=workdir / "graph"))
    store.apply_schema(onto)
    load_demo(store, onto)
    index = SearchIndex(workdir / "search", onto)
    index.sync(store)
    store.close()
    return index


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--queries", type=Path, default=QUERIES)
    ap.add_argument("-k", type=int, default=10)
    args = ap.parse_args(argv)
    queries = load_queries(args.queries)
    with tempfile.TemporaryDirectory(prefix="anzhi-quality-") as tmp:
        index = demo_index(Path(tmp))
        scores = evaluate(index, queries, args.k)
    print(f"{'id':<5} {'recall@' + str(args.k):>9} {'nDCG@' + str(args.k):>8}  query / missed")
    for s in scores:
        if s.skipped:
            print(f"{s.id:<5} {'-':>9} {'-':>8}  {s.q}  (skipped: {s.skipped})")
            continue
        missed = f"  missed: {', '.join(s.missed)}" if s.missed else ""
        print(f"{s.id:<5} {s.recall:>9.3f} {s.ndcg:>8.3f}  {s.q}{missed}")
    recall, ndcg, n = summary(scores)
    target = "PASS" if recall >= 0.9 else "FAIL"
    print(f"overall ({n} queries): recall@{args.k} = {recall:.3f} [{target}: target >= 0.9], "
          f"nDCG@{args.k} = {ndcg:.3f}")
    return 0 if recall >= 0.9 else 1


if __name__ == "__main__":
    sys.exit(main())
