"""Ingest benchmark: RMP full import time, and Chinese report extraction end to end into the embedded store.

    python -m bench.ingest              # LadybugDB (a fresh store in a temporary folder)
    python -m bench.ingest --neo4j      # also RMP on Neo4j (ANZHI_NEO4J_* or var/neo4j/env): WIPES that database

Reports: the 69 texts of ../shared/data/cn-hazmat-cases/cases.json (median 1,439, mean ~4,460 characters) read,
extracted and written by `ingest reports` into a fresh LadybugDB, one process; the rate is records per second of
the run (extractor built beforehand, as a long-running importer would have it), and the same rate scaled to
reports of 1,600 characters. Beside it: the spaCy-only rate (rjieba tokenizer + EntityRuler, `nlp.pipe`) and the
extraction-only rate (no store). Target: ≥ 100 reports/s end to end.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import ontology
from ingest.base import shared_data_dir
from ingest.reports import ReportsImporter
from ingest.rmp import RmpImporter
from ingest.runner import Result, run_import
from kb import GraphStore, Settings, StoreUnavailable, open_store

TARGET_REPORTS_PER_S = 100.0
DATA = shared_data_dir()


def _fresh_ladybug(folder: Path) -> GraphStore:
    store = open_store(Settings(backend="ladybug", data_dir=folder))
    store.apply_schema(ontology.load())
    return store


def _timed_import(importer: object, path: Path, store: GraphStore, state: Path) -> tuple[float, Result]:
    t0 = time.perf_counter()
    result = run_import(importer, path, store, state_dir=state, store_id="bench", stream=io.StringIO())  # type: ignore[arg-type]
    return time.perf_counter() - t0, result


def bench_rmp(neo4j: bool) -> None:
    path = DATA / "us-epa-rmp-accidents"
    if not path.is_dir():
        print(f"RMP: {path} not found, skipped")
        return
    with tempfile.TemporaryDirectory() as tmp:
        store = _fresh_ladybug(Path(tmp) / "graph")
        try:
            secs, res = _timed_import(RmpImporter(), path, store, Path(tmp))
        finally:
            store.close()
    facts = res.counts.total("created")
    print(f"RMP full import, fresh LadybugDB: {secs:6.1f} s  ({res.counts.records} records, {facts} facts, "
          f"{res.counts.records / secs:.0f} records/s)")
    if not neo4j:
        print("  (Neo4j: run with --neo4j to compare; it wipes the configured Neo4j database)")
        return
    from tests.conftest import neo4j_settings

    settings = neo4j_settings()
    if settings is None:
        print("  Neo4j: no ANZHI_NEO4J_URI and no var/neo4j/env, skipped")
        return
    try:
        n4 = open_store(settings)
    except StoreUnavailable as e:
        print(f"  Neo4j: unavailable ({e}), skipped")
        return
    try:
        n4.write(lambda tx: tx.run("MATCH (n) DETACH DELETE n"))
        n4.apply_schema(ontology.load())
        with tempfile.TemporaryDirectory() as tmp:
            nsecs, _ = _timed_import(RmpImporter(), path, n4, Path(tmp))
        print(f"RMP full import, empty Neo4j:    {nsecs:6.1f} s  (Neo4j / LadybugDB = {nsecs / secs:.2f})")
    finally:
        n4.close()


def bench_reports(repeat: int) -> bool:
    cases_file = DATA / "cn-hazmat-cases" / "cases.json"
    if not cases_file.exists():
        print(f"reports: {cases_file} not found, skipped")
        return True
    cases = json.loads(cases_file.read_text(encoding="utf-8"))
    texts = [c.get("正文") or "" for c in cases]
    titles = [c.get("标题") or "" for c in cases]
    n, mean, med = len(texts), sum(map(len, texts)) / len(texts), statistics.median(map(len, texts))
    importer = ReportsImporter()
    ex = importer.extractor
    for t, ti in zip(texts, titles, strict=True):  # warm up: lexemes, caches
        ex.extract(t, ti)
    end_to_end, extract_only, spacy_only = [], [], []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            store = _fresh_ladybug(Path(tmp) / "graph")
            try:
                secs, res = _timed_import(importer, cases_file, store, Path(tmp))
            finally:
                store.close()
        end_to_end.append(res.counts.records / secs)
        t0 = time.perf_counter()
        for t, ti in zip(texts, titles, strict=True):
            ex.extract(t, ti)
        extract_only.append(n / (time.perf_counter() - t0))
        t0 = time.perf_counter()
        for _doc in ex.nlp.pipe(texts):
            pass
        spacy_only.append(n / (time.perf_counter() - t0))
    rate = max(end_to_end)
    print(f"\nChinese reports: {n} hazmat texts (median {med:.0f}, mean {mean:.0f} chars), one process, "
          f"best of {repeat}")
    print(f"  {res.counts.records} records: {res.counts.total('created')} facts written, "
          f"{res.counts.quarantined} quarantined")
    for label, r in (
        ("end to end into LadybugDB", rate),
        ("extraction only          ", max(extract_only)),
        ("spaCy only (nlp.pipe)    ", max(spacy_only)),
    ):
        print(f"  {label}: {r:7.1f} reports/s  = {r * mean / 1600:7.1f} reports/s of 1,600 chars")
    ok = rate >= TARGET_REPORTS_PER_S
    print(f"  [{'PASS' if ok else 'FAIL'}: end to end >= {TARGET_REPORTS_PER_S:.0f} reports/s on these texts]")
    return ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--neo4j", action="store_true", help="also import RMP into Neo4j (wipes that database)")
    ap.add_argument("--repeat", type=int, default=3, help="report runs; the best is kept (default 3)")
    ap.add_argument("--no-rmp", action="store_true", help="skip the RMP import")
    args = ap.parse_args(argv)
    if not args.no_rmp:
        bench_rmp(args.neo4j)
    ok = bench_reports(max(1, args.repeat))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
