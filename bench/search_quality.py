"""Search quality on the labelled query set: recall@10 and nDCG@10 per query and overall.

    python -m bench.search_quality [--queries tests/fixtures/search_queries.yaml] [-k 10] [--ingest]

Loads the demo into a throw-away LadybugDB store, indexes it with kb.search.SearchIndex, and scores each query of
the labelled set (see the header of the YAML file for its format and grades). With --ingest the store also gets
the shared data sets (`python run.py ingest KIND PATH` for each of INGEST, when ../shared/data exists), and the
`demo` and `ingest` entries are scored over that one combined index and reported apart.
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
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
SHARED = ROOT.parent / "shared" / "data"
# (kind, data set) in the order docs/operations.md gives.
INGEST = [("rmp", "us-epa-rmp-accidents"), ("hazchem", "cn-hazchem-catalog"),
          ("chemprops", "chem-flammability-exposure"), ("riskchain", "cn-coalmine-injury-riskchain"),
          ("regulation", "cn-coalmine-regulations")]


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


def ingest_index(workdir: Path) -> SearchIndex:
    """The demo plus every shared data set, ingested by `run.py ingest` into a LadybugDB store under `workdir`."""
    env = {**os.environ, "ANZHI_DATA_DIR": str(workdir), "ANZHI_BACKEND": "ladybug"}
    run = [sys.executable, str(ROOT / "run.py")]
    subprocess.run([*run, "load-demo"], env=env, cwd=ROOT, check=True, capture_output=True)
    for kind, data_set in INGEST:
        subprocess.run([*run, "ingest", kind, str(SHARED / data_set)], env=env, cwd=ROOT, check=True,
                       capture_output=True)
    onto = ontology.load()
    store = open_store(Settings(backend="ladybug", data_dir=workdir))
    index = SearchIndex(workdir / "search", onto)
    index.sync(store)
    store.close()
    return index


def by_corpus(queries: list[dict[str, Any]], scores: list[QueryScore]) -> dict[str, tuple[float, float, int]]:
    corpora = sorted({str(q.get("corpus", "demo")) for q in queries})
    return {c: summary([s for s, q in zip(scores, queries, strict=True) if q.get("corpus", "demo") == c])
            for c in corpora}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--queries", type=Path, default=QUERIES)
    ap.add_argument("-k", type=int, default=10)
    ap.add_argument("--ingest", action="store_true", help="the demo plus the ingested shared data (~1 minute)")
    args = ap.parse_args(argv)
    queries = load_queries(args.queries)
    with tempfile.TemporaryDirectory(prefix="anzhi-quality-") as tmp:
        if args.ingest and not SHARED.exists():
            print(f"note: {SHARED} not found; scoring the demo only")
        index = ingest_index(Path(tmp)) if args.ingest and SHARED.exists() else demo_index(Path(tmp))
        scores = evaluate(index, queries, args.k)
    print(f"{'id':<5} {'recall@' + str(args.k):>9} {'nDCG@' + str(args.k):>8}  query / missed")
    for s in scores:
        if s.skipped:
            print(f"{s.id:<5} {'-':>9} {'-':>8}  {s.q}  (skipped: {s.skipped})")
            continue
        missed = f"  missed: {', '.join(s.missed)}" if s.missed else ""
        print(f"{s.id:<5} {s.recall:>9.3f} {s.ndcg:>8.3f}  {s.q}{missed}")
    corpus = "demo + ingested shared data" if args.ingest and SHARED.exists() else "demo"
    for name, (r, nd, m) in by_corpus(queries, scores).items():
        print(f"  {name} entries over the {corpus} index ({m} queries): recall@{args.k} = {r:.3f}, "
              f"nDCG@{args.k} = {nd:.3f}")
    recall, ndcg, n = summary(scores)
    target = "PASS" if recall >= 0.9 else "FAIL"
    print(f"overall ({n} queries): recall@{args.k} = {recall:.3f} [{target}: target >= 0.9], "
          f"nDCG@{args.k} = {ndcg:.3f}")
    return 0 if recall >= 0.9 else 1


if __name__ == "__main__":
    sys.exit(main())
