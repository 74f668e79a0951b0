"""Ingest benchmark: RMP full import time, and Chinese report extraction end to end into the embedded store.

    python -m bench.ingest              # LadybugDB (a fresh store in a temporary folder)
    python -m bench.ingest --neo4j      # also RMP on Neo4j (ANZHI_NEO4J_* or var/neo4j/env): WIPES that database

Reports, two sets of real texts, each written as a JSON array (the cases.json layout) and imported by
`ingest reports` into LadybugDB, one process, default batch size (200):

- "~1,600 chars": the 20 texts just shorter and the 20 just longer than 1,600 characters among all the
  non-empty texts of ../shared/data/cn-hazmat-cases and cn-mohurd-construction-notices (lengths, median and
  mean printed), and 400 reports made of them: each text 10 times, each copy ending with its own line
  "（副本k）", so that each is a new report (a new Case; its parties and chemicals merge with the other copies'),
  imported in batches of 200 as a long import would be. The target, >= 100 reports/s end to end, is judged
  on both (the 40 texts in one transaction carry the per-run costs: one commit, ~35 statements prepared).
- "whole hazmat corpus": the 68 non-empty texts of cn-hazmat-cases/cases.json (median ~1,530, mean ~4,530
  characters: a few reports of up to 45,000 characters dominate the time).

Each set goes into a store in use: a copy of a LadybugDB into which the other texts of both corpora were
imported beforehand (untimed), so that, as in any store after its first import, the measured run does not
pay LadybugDB's one-time cost of the first write to each table (~0.1-0.3 s on this machine); the same import
into an empty store is printed beside it.

The rate is source records per second of the whole run (read, extract, validate, write and commit, the
importer's resume checkpoint), with
the extractor built beforehand and warmed up on both corpora once, as a long-running importer would have it;
best and median of --repeat runs, with the process CPU time per report (LadybugDB's worker threads
included). Beside it, on the same texts: extraction only (no store) and spaCy only (rjieba tokenizer +
EntityRuler, `nlp.pipe`).

"+ checkpoint" counts, besides, LadybugDB's checkpoint after the import (CHECKPOINT: the write-ahead log written
into the database file, which LadybugDB does on its own on close or when the log passes its threshold): the
committed data is durable without it, but every import pays it sooner or later. A checkpoint after inserts rewrites
each relationship table the import touched, ~1.5 s for the 16 a report import touches, whatever the import's size,
so it is printed for the short imports but not judged there; "2,000 made, all checkpoints" is a long import (the 40
texts x50) with every checkpoint counted, those LadybugDB makes on its own as the log grows and the last one, best
of two runs, and is judged like the others.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
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
CHECKPOINT_MB = Settings.from_env().ladybug_checkpoint_mb  # ANZHI_LADYBUG_CHECKPOINT_MB, to compare thresholds


def _fresh_ladybug(folder: Path) -> GraphStore:
    store = open_store(Settings(backend="ladybug", data_dir=folder, ladybug_checkpoint_mb=CHECKPOINT_MB))
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


NEAR_CHARS, NEAR_EACH_SIDE = 1600, 20
Texts = list[tuple[str, str]]  # (title, text)


def report_sets() -> list[tuple[str, Texts, Texts]]:
    """[(name, texts measured, texts already in the store)]: the texts nearest 1,600 characters, and the whole
    hazmat corpus; each with the other texts of both corpora (none equal to a measured one) to fill the store
    with beforehand."""
    from ingest.reports import ReportText, read_reports

    hazmat = [r for r in read_reports(DATA / "cn-hazmat-cases" / "cases.json") if isinstance(r, ReportText)]
    notices_dir = DATA / "cn-mohurd-construction-notices" / "text" / "Accident"
    notices = [r for r in read_reports(notices_dir) if isinstance(r, ReportText)] if notices_dir.is_dir() else []
    pool = hazmat + notices
    below = sorted((r for r in pool if len(r.text) < NEAR_CHARS), key=lambda r: -len(r.text))[:NEAR_EACH_SIDE]
    above = sorted((r for r in pool if len(r.text) >= NEAR_CHARS), key=lambda r: len(r.text))[:NEAR_EACH_SIDE]
    out = []
    for name, chosen in ((f"~{NEAR_CHARS:,} chars", below + above), ("whole hazmat corpus", hazmat)):
        chosen = sorted(chosen, key=lambda r: (r.source, r.locator))
        texts = {r.text for r in chosen}
        others = [(r.title, r.text) for r in pool if r.text not in texts]
        out.append((name, [(r.title, r.text) for r in chosen], others))
    return out


def _write_json(path: Path, texts: Texts) -> Path:
    path.write_text(json.dumps([{"标题": ti, "正文": t} for ti, t in texts], ensure_ascii=False), "utf-8")
    return path


def _rate_line(label: str, rates: list[float], cpu_ms: list[float] | None = None) -> str:
    best, med = max(rates), statistics.median(rates)
    line = f"  {label:<40} {best:6.1f} reports/s best, {med:6.1f} median"
    if cpu_ms:
        line += f"  ({min(cpu_ms):5.1f} ms CPU per report)"
    return line


def _end_to_end(
    importer: ReportsImporter, src: Path, folder: Path, template: Path | None
) -> tuple[float, float, Result, float]:
    """One import of `src` into a copy of `template` (or an empty store): (reports/s, CPU ms per report, result,
    reports/s counting LadybugDB's checkpoint after the import as well)."""
    graph = folder / "graph"
    if template is not None:
        shutil.copytree(template, graph)
        store = open_store(Settings(backend="ladybug", data_dir=graph, ladybug_checkpoint_mb=CHECKPOINT_MB))
    else:
        store = _fresh_ladybug(graph)
    try:
        c0 = time.process_time()
        secs, res = _timed_import(importer, src, store, folder)
        cpu = time.process_time() - c0
        t0 = time.perf_counter()
        store.checkpoint()  # type: ignore[attr-defined]
        ckpt = time.perf_counter() - t0
    finally:
        store.close()
    n = res.counts.records
    return n / secs, cpu * 1000 / n, res, n / (secs + ckpt)


COPIES = 10
LONG_COPIES, LONG_RUNS = 50, 2  # the long import: 2,000 reports, twice


def bench_reports(repeat: int) -> bool:
    if not (DATA / "cn-hazmat-cases" / "cases.json").exists():
        print(f"reports: {DATA / 'cn-hazmat-cases'} not found, skipped")
        return True
    sets = report_sets()
    importer = ReportsImporter()
    ex = importer.extractor
    for _, texts, others in sets[1:]:  # warm up on both corpora: lexemes, caches
        for title, text in texts + others:
            ex.extract(text, title)
    verdicts: list[bool] = []
    for name, texts, others in sets:
        lengths = [len(t) for _, t in texts]
        n = len(texts)
        print(f"\nChinese reports, {name}: {n} texts of {min(lengths):,}-{max(lengths):,} characters "
              f"(median {statistics.median(lengths):,.0f}, mean {sum(lengths) / n:,.0f}), one process, {repeat} runs")
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            template = root / "filled"
            store = _fresh_ladybug(template)
            try:
                _timed_import(importer, _write_json(root / "others.json", others), store, root / "filled-state")
            finally:
                store.close()
            imports: list[tuple[str, Path, Path | None]] = [
                (f"end to end, {n} texts, store in use", _write_json(root / "texts.json", texts), template),
                (f"end to end, {n} texts, empty store", root / "texts.json", None),
            ]
            if name.startswith("~"):
                # The same texts, each copy ending with its own line: new reports (new Cases, the same parties
                # and chemicals merging), for the rate of a long import rather than of one transaction.
                made = [(ti, f"{t}\n（副本{k + 1}）") for k in range(COPIES) for ti, t in texts]
                made_src = _write_json(root / "made.json", made)
                imports.append((f"end to end, {len(made)} made of them (x{COPIES})", made_src, template))
            rates: dict[str, tuple[list[float], list[float]]] = {label: ([], []) for label, _, _ in imports}
            with_ckpt: dict[str, list[float]] = {label: [] for label, _, _ in imports}
            extract_only, ex_cpu, spacy_only = [], [], []
            results: dict[str, Result] = {}
            for i in range(repeat):
                for j, (label, src, tpl) in enumerate(imports):
                    rate, cpu, results[label], rate_ckpt = _end_to_end(importer, src, root / f"run{i}-{j}", tpl)
                    rates[label][0].append(rate)
                    rates[label][1].append(cpu)
                    with_ckpt[label].append(rate_ckpt)
                t0, c0 = time.perf_counter(), time.process_time()
                for title, text in texts:
                    ex.extract(text, title)
                extract_only.append(n / (time.perf_counter() - t0))
                ex_cpu.append((time.process_time() - c0) * 1000 / n)
                t0 = time.perf_counter()
                for _doc in ex.nlp.pipe([t for _, t in texts]):
                    pass
                spacy_only.append(n / (time.perf_counter() - t0))
            long_rates: list[float] = []
            if name.startswith("~"):
                # a long import, every LadybugDB checkpoint counted: those it makes on its own when the log passes
                # its threshold (ANZHI_LADYBUG_CHECKPOINT_MB) and the last one
                longer = [(ti, f"{t}\n（副本{k + 1}）") for k in range(LONG_COPIES) for ti, t in texts]
                long_src = _write_json(root / "long.json", longer)
                for i in range(LONG_RUNS):
                    long_rates.append(_end_to_end(importer, long_src, root / f"long{i}", template)[3])
        res = results[imports[0][0]]
        facts = res.counts.total("created")
        print(f"  {res.counts.records} records: {facts:,} facts written ({facts / n:.0f} per report), "
              f"{res.counts.total('merged')} merged, {res.counts.quarantined} quarantined; the store in use holds "
              f"the other {len(others)} texts of both corpora")
        for label, _, _ in imports:
            print(_rate_line(label, *rates[label]))
        for label, _, tpl in imports:
            if tpl is not None:
                print(_rate_line(f"{label.replace('end to end, ', '')}, + checkpoint", with_ckpt[label]))
        if long_rates:
            print(_rate_line(f"{n * LONG_COPIES:,} made (x{LONG_COPIES}), all checkpoints", long_rates))
        print(_rate_line("extraction only", extract_only, ex_cpu))
        print(_rate_line("spaCy only (nlp.pipe)", spacy_only))
        best = max(rates[imports[0][0]][0])
        print(f"  store, validation, resume checkpoint: ~{1000 / best - 1000 / max(extract_only):.1f} ms per report "
              "(best end to end in use minus best extraction)")
        if name.startswith("~"):
            for label, _, tpl in imports:
                if tpl is None:
                    continue
                rate = max(rates[label][0])
                ok = rate >= TARGET_REPORTS_PER_S
                verdicts.append(ok)
                print(f"  [{'PASS' if ok else 'FAIL'}: {label}: {rate:.1f} >= {TARGET_REPORTS_PER_S:.0f} reports/s]")
            ok = max(long_rates) >= TARGET_REPORTS_PER_S
            verdicts.append(ok)
            print(f"  [{'PASS' if ok else 'FAIL'}: {n * LONG_COPIES:,} made (x{LONG_COPIES}), all checkpoints: "
                  f"{max(long_rates):.1f} >= {TARGET_REPORTS_PER_S:.0f} reports/s]")
            for label, _, tpl in imports:
                if tpl is not None:  # reported, not judged: a short import pays a checkpoint's fixed ~1.5 s
                    rate = max(with_ckpt[label])
                    verdict = "meets" if rate >= TARGET_REPORTS_PER_S else "below"
                    print(f"  [{verdict}: {label}, + checkpoint: {rate:.1f} reports/s]")
    return all(verdicts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--neo4j", action="store_true", help="also import RMP into Neo4j (wipes that database)")
    ap.add_argument("--repeat", type=int, default=5, help="runs per report set: best and median (default 5)")
    ap.add_argument("--no-rmp", action="store_true", help="skip the RMP import")
    args = ap.parse_args(argv)
    if not args.no_rmp:
        bench_rmp(args.neo4j)
    ok = bench_reports(max(1, args.repeat))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
