"""Graph store benchmark: load a scaled synthetic park into LadybugDB and Neo4j, then time two queries.

    python -m bench.graph                          # scale 1.0 (~224k nodes, ~523k relationships), both backends
    python -m bench.graph --scale 0.05 --backends ladybug   # smoke run, about 10 s

Loading goes through the application's write path: `kb.repository.write_nodes` / `write_links` inside
`store.write(...)`, one transaction per `--chunk` rows. Stores are fresh: LadybugDB in a temporary
directory, Neo4j (settings from ANZHI_NEO4J_* or var/neo4j/env) wiped first in batches.

Timed, after `--warmup` untimed queries, `--queries` times each:
  - `neighbourhood(store, onto, Ref('Equipment', x), depth=1)` for random equipment;
  - `paths(store, onto, Ref('Equipment', x), Ref('Regulator', y), max_depth=5, rel_types=RESPONSIBILITY)`,
    the responsibility chain equipment ← custodian → position → department → enterprise ← regulator.

Targets: LadybugDB load ≥ 20,000 nodes/s; depth-5 path p95 ≤ 20 ms on each backend.
See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ontology
from kb import GraphStore, Settings, StoreUnavailable, open_store
from kb.config import ROOT
from kb.repository import Ref, neighbourhood, paths, write_links, write_nodes

from .synthetic import Synthetic, generate, validate

RESPONSIBILITY = ["RESPONSIBLE_FOR", "HOLDS_POSITION", "BELONGS_TO", "SUPERVISES"]
LOAD_TARGET_NODES_S = 20_000
PATH_TARGET_P95_MS = 20.0
NEO4J_ENV_FILE = ROOT / "var" / "neo4j" / "env"


@dataclass
class Result:
    backend: str
    nodes: int = 0
    rels: int = 0
    node_s: float = 0.0
    rel_s: float = 0.0
    nb_ms: list[float] = field(default_factory=list)
    path_ms: list[float] = field(default_factory=list)
    nb_sizes: list[int] = field(default_factory=list)
    path_found: list[int] = field(default_factory=list)
    load_avg: list[float] = field(default_factory=list)  # 1-minute load average when each phase ended
    intact: bool = True  # the store still held exactly the dataset after the queries
    reopen_s: float = 0.0  # LadybugDB: close (checkpoint) and reopen after loading, not counted in the load

    @property
    def nodes_per_s(self) -> float:
        return self.nodes / self.node_s if self.node_s else 0.0

    @property
    def rels_per_s(self) -> float:
        return self.rels / self.rel_s if self.rel_s else 0.0

    def summary(self) -> dict[str, float]:
        return {
            "load_nodes_per_s": self.nodes_per_s,
            "load_rels_per_s": self.rels_per_s,
            "neighbourhood_p50_ms": pct(self.nb_ms, 50),
            "neighbourhood_p95_ms": pct(self.nb_ms, 95),
            "path5_p50_ms": pct(self.path_ms, 50),
            "path5_p95_ms": pct(self.path_ms, 95),
        }


def pct(xs: Sequence[float], p: float) -> float:
    """The p-th percentile, nearest rank."""
    if not xs:
        return float("nan")
    s = sorted(xs)
    k = max(0, min(len(s) - 1, round(p / 100 * len(s) + 0.5) - 1))
    return s[k]


# --- progress ---------------------------------------------------------------------------------------


class Progress:
    """A counter with rate on stderr: one rewritten line on a terminal, a line every few seconds otherwise."""

    def __init__(self, label: str, total: int, unit: str) -> None:
        self.label, self.total, self.unit = label, total, unit
        self.done = 0
        self.t0 = self.last = time.perf_counter()
        self.tty = sys.stderr.isatty()

    def add(self, n: int) -> None:
        self.done += n
        now = time.perf_counter()
        if now - self.last >= (0.5 if self.tty else 5.0) or self.done >= self.total:
            self.last = now
            rate = self.done / max(now - self.t0, 1e-9)
            line = (f"  [{self.label}] {self.unit} {self.done:>9,}/{self.total:,}  {rate:>9,.0f}/s  "
                    f"{now - self.t0:6.1f} s")
            print(("\r" + line) if self.tty else line, end="" if self.tty else "\n", file=sys.stderr, flush=True)

    def finish(self) -> float:
        if self.tty:
            print(file=sys.stderr)
        return time.perf_counter() - self.t0


# --- stores -----------------------------------------------------------------------------------------


def neo4j_settings() -> Settings:
    """ANZHI_NEO4J_* from the environment, else from var/neo4j/env (written by scripts/neo4j.sh start)."""
    env = dict(os.environ)
    if "ANZHI_NEO4J_URI" not in env and NEO4J_ENV_FILE.exists():
        for line in NEO4J_ENV_FILE.read_text().splitlines():
            if line.startswith("export ") and "=" in line:
                k, _, v = line[len("export ") :].partition("=")
                env[k] = v.strip().strip("'\"")
    if "ANZHI_NEO4J_URI" not in env:
        raise StoreUnavailable("no ANZHI_NEO4J_URI and no var/neo4j/env: start Neo4j with bash scripts/neo4j.sh start")
    return Settings.from_env({**env, "ANZHI_BACKEND": "neo4j"})


def wipe_neo4j(store: GraphStore, batch: int = 10_000) -> int:
    """Delete everything in batches, so no transaction outgrows the server's transaction memory.

    Relationships go first: `DETACH DELETE` of 10,000 nodes that include hubs (chemicals, regulators) also deletes
    tens of thousands of relationships in the same transaction, which a 1 GB heap refuses.
    """
    rels = f"MATCH ()-[r]->() WITH r LIMIT {batch} DELETE r RETURN count(*) AS c"
    while store.write(lambda tx: tx.run(rels)[0]["c"]):
        pass
    total = 0
    while True:
        n = int(store.write(
            lambda tx: tx.run(f"MATCH (n) WITH n LIMIT {batch} DETACH DELETE n RETURN count(*) AS c")[0]["c"]
        ))
        total += n
        if n == 0:
            return total


def _chunks(rows: Sequence[Any], size: int) -> list[Sequence[Any]]:
    return [rows[i : i + size] for i in range(0, len(rows), size)]


def load(store: GraphStore, ds: Synthetic, chunk: int, res: Result) -> None:
    """Write the dataset through the repository write path, one transaction per chunk."""
    prog = Progress(store.backend, ds.node_count, "nodes")
    for type_name, rows in ds.nodes.items():
        for piece in _chunks(rows, chunk):
            s = store.write(lambda tx, t=type_name, p=piece: write_nodes(tx, t, p))
            res.nodes += s.created
            prog.add(len(piece))
    res.node_s = prog.finish()
    prog = Progress(store.backend, ds.rel_count, "relationships")
    for (rel, st, dt), rows in ds.links.items():
        for piece in _chunks(rows, chunk):
            s = store.write(lambda tx, r=rel, a=st, b=dt, p=piece: write_links(tx, r, a, b, p))
            res.rels += s.created
            prog.add(len(piece))
    res.rel_s = prog.finish()


def count_all(store: GraphStore) -> int:
    return int(store.read("MATCH (n) RETURN count(n) AS c")[0]["c"])


# --- queries ----------------------------------------------------------------------------------------


def timed(label: str, items: Sequence[Any], warmup: int, fn: Callable[[Any], int]) -> tuple[list[float], list[int]]:
    """Run fn on the first `warmup` items untimed, then time it on the rest; return ms and fn's results."""
    for it in items[:warmup]:
        fn(it)
    ms, out = [], []
    prog = Progress(label, len(items) - warmup, "queries")
    for it in items[warmup:]:
        t0 = time.perf_counter()
        out.append(fn(it))
        ms.append((time.perf_counter() - t0) * 1000)
        prog.add(1)
    prog.finish()
    return ms, out


def run_queries(store: GraphStore, onto: ontology.Ontology, eqs: Sequence[str], chains: Sequence[tuple[str, str]],
                warmup: int, res: Result) -> None:
    res.nb_ms, res.nb_sizes = timed(
        f"{store.backend} neighbourhood", eqs, warmup,
        lambda x: len(neighbourhood(store, onto, Ref("Equipment", x), depth=1).nodes),
    )
    res.path_ms, res.path_found = timed(
        f"{store.backend} path", chains, warmup,
        lambda c: len(paths(store, onto, Ref("Equipment", c[0]), Ref("Regulator", c[1]), max_depth=5,
                            rel_types=RESPONSIBILITY)),
    )


# --- report -----------------------------------------------------------------------------------------


def _fmt(v: float, rate: bool) -> str:
    if v != v:  # nan
        return "-"
    return f"{v:,.0f}" if rate else f"{v:.2f}"


def table(results: dict[str, Result], ds: Synthetic, args: argparse.Namespace) -> str:
    lb, nj = results.get("ladybug"), results.get("neo4j")
    rows = [
        ("load nodes/s", "load_nodes_per_s", True),
        ("load relationships/s", "load_rels_per_s", True),
        ("neighbourhood depth 1 p50 ms", "neighbourhood_p50_ms", False),
        ("neighbourhood depth 1 p95 ms", "neighbourhood_p95_ms", False),
        ("path depth 5 p50 ms", "path5_p50_ms", False),
        ("path depth 5 p95 ms", "path5_p95_ms", False),
    ]
    sl = lb.summary() if lb else {}
    sn = nj.summary() if nj else {}
    lines = [
        f"Graph store benchmark: scale {args.scale:g} (seed {args.seed}), {ds.node_count:,} nodes, "
        f"{ds.rel_count:,} relationships; {args.chunk:,} rows per write transaction; "
        f"{args.queries} timed queries each after {args.warmup} warm-up",
        "",
        f"{'metric':<30}{'LadybugDB':>12}{'Neo4j':>12}{'Neo4j/Lbug':>12}  target",
        "-" * 96,
    ]
    for label, key, rate in rows:
        a, b = sl.get(key, float("nan")), sn.get(key, float("nan"))
        ratio = f"{b / a:.2f}" if lb and nj and a else "-"
        target = ""
        if key == "load_nodes_per_s" and lb:
            target = f"LadybugDB >= {LOAD_TARGET_NODES_S:,}/s: {'PASS' if a >= LOAD_TARGET_NODES_S else 'FAIL'}"
        if key == "path5_p95_ms":
            verdicts = [f"{name} {'PASS' if r.summary()[key] <= PATH_TARGET_P95_MS else 'FAIL'}"
                        for name, r in (("LadybugDB", lb), ("Neo4j", nj)) if r]
            target = f"<= {PATH_TARGET_P95_MS:g} ms: " + ", ".join(verdicts)
        lines.append(f"{label:<30}{_fmt(a, rate):>12}{_fmt(b, rate):>12}{ratio:>12}  {target}")
    lines.append("-" * 96)
    for name, r in (("LadybugDB", lb), ("Neo4j", nj)):
        if r:
            lines.append(
                f"{name}: load {r.node_s:.1f} s nodes + {r.rel_s:.1f} s relationships"
                + (f" (then checkpoint and reopen {r.reopen_s:.1f} s)" if r.reopen_s else "")
                + f"; neighbourhood "
                f"{statistics.mean(r.nb_sizes):.1f} nodes on average; paths found per query "
                f"min {min(r.path_found)} max {max(r.path_found)}; 1-min load average after loading "
                f"{r.load_avg[0]:.1f}, after the queries {r.load_avg[1]:.1f} ({os.cpu_count()} CPUs)"
                + ("" if r.intact else "; STORE CHANGED BY ANOTHER PROCESS DURING THE RUN: figures invalid")
            )
    if lb and nj:
        same = lb.nb_sizes == nj.nb_sizes and lb.path_found == nj.path_found
        lines.append(f"answers identical on both backends: {'yes' if same else 'NO'}")
    lines.append("Ratios above 1 mean Neo4j is faster for rates and slower for latencies.")
    return "\n".join(lines)


def verdicts_ok(results: dict[str, Result]) -> bool:
    ok = all(r.summary()["path5_p95_ms"] <= PATH_TARGET_P95_MS for r in results.values())
    if "ladybug" in results:
        ok = ok and results["ladybug"].nodes_per_s >= LOAD_TARGET_NODES_S
    return ok


# --- main -------------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.graph", description=__doc__.split("\n\n")[0])
    p.add_argument("--scale", type=float, default=1.0, help="1.0 = 850 enterprises, ~224k nodes, ~523k relationships")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--backends", default="ladybug,neo4j", help="comma-separated: ladybug, neo4j")
    p.add_argument("--queries", type=int, default=300, help="timed queries of each kind per backend")
    p.add_argument("--warmup", type=int, default=50, help="untimed queries of each kind before timing")
    p.add_argument("--chunk", type=int, default=20_000, help="rows per write transaction")
    p.add_argument("--data-dir", type=Path,
                   help="LadybugDB directory, empty or new (default: a temporary one, removed afterwards)")
    p.add_argument("--json", type=Path, help="also write the figures to this file")
    p.add_argument("--strict", action="store_true", help="exit 1 when a target fails")
    args = p.parse_args(argv)
    args.backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    bad = set(args.backends) - {"ladybug", "neo4j"}
    if bad or not args.backends:
        p.error(f"--backends takes ladybug and/or neo4j, not {', '.join(sorted(bad)) or 'nothing'}")
    if args.scale <= 0 or args.queries < 1 or args.warmup < 0 or args.chunk < 1:
        p.error("--scale, --queries and --chunk must be positive, --warmup not negative")
    return args


def open_backend(name: str, onto: ontology.Ontology, args: argparse.Namespace, tmp: Path) -> GraphStore:
    if name == "ladybug":
        data_dir = args.data_dir or tmp / "ladybug"
        if data_dir.exists() and any(data_dir.iterdir()):
            raise SystemExit(f"--data-dir {data_dir} is not empty: the benchmark needs a fresh store")
        store = open_store(Settings(backend="ladybug", data_dir=data_dir))
    else:
        store = open_store(neo4j_settings())
        t0 = time.perf_counter()
        n = wipe_neo4j(store)
        print(f"  [neo4j] wiped {n:,} nodes in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    store.apply_schema(onto)
    return store


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    logging.getLogger("neo4j").setLevel(logging.ERROR)  # not a warning per query about unused types
    onto = ontology.load()
    t0 = time.perf_counter()
    ds = generate(args.scale, args.seed)
    validate(onto, ds)
    print(f"generated and validated {ds.node_count:,} nodes, {ds.rel_count:,} relationships "
          f"in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    rng = random.Random(args.seed + 1)
    n = args.warmup + args.queries
    eqs = [rng.choice(ds.equipment) for _ in range(n)]
    chains = [rng.choice(ds.chains) for _ in range(n)]

    results: dict[str, Result] = {}
    tmp = Path(tempfile.mkdtemp(prefix="anzhi-bench-"))
    try:
        for name in args.backends:
            try:
                store = open_backend(name, onto, args, tmp)
            except StoreUnavailable as e:
                print(f"{name}: {e}", file=sys.stderr)
                return 2
            try:
                res = Result(name)
                load(store, ds, args.chunk, res)
                res.load_avg.append(os.getloadavg()[0])
                if name == "ladybug":
                    # Query the store as the application finds it after a restart: checkpointed and reopened,
                    # not with the load still in the write-ahead log (about 1.5x slower paths, measured).
                    t0 = time.perf_counter()
                    data_dir = store.path.parent  # type: ignore[attr-defined]
                    store.close()
                    store = open_store(Settings(backend="ladybug", data_dir=data_dir))
                    res.reopen_s = time.perf_counter() - t0
                run_queries(store, onto, eqs, chains, args.warmup, res)
                res.load_avg.append(os.getloadavg()[0])
                res.intact = count_all(store) == ds.node_count
                if not res.intact:
                    print(f"  [{name}] WARNING: the store no longer holds the dataset: another process wrote to it",
                          file=sys.stderr)
                results[name] = res
            finally:
                store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(table(results, ds, args))
    if args.json:
        args.json.write_text(json.dumps({
            "scale": args.scale, "seed": args.seed, "nodes": ds.node_count, "relationships": ds.rel_count,
            "chunk": args.chunk, "queries": args.queries, "warmup": args.warmup,
            "results": {k: {**v.summary(), "load_node_s": v.node_s, "load_rel_s": v.rel_s} for k, v in results.items()},
        }, indent=2))
    return 1 if args.strict and not verdicts_ok(results) else 0


if __name__ == "__main__":
    sys.exit(main())
