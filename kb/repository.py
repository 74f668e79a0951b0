"""Repository functions, written once in the Cypher both backends accept.

Labels and property names in the query text come only from the ontology (validated identifiers);
every value is a parameter.

Upserts do not use MERGE: LadybugDB plans `UNWIND … MERGE` badly (thousands of rows a second for nodes,
tens for relationships, measured on 0.22), so an upsert looks up which keys exist, CREATEs the new ones
and SETs the existing ones, all inside one write transaction. On Neo4j the uniqueness constraint on
`uid` still guards against a concurrent writer.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ontology import Ontology, RecordError, validate_node, validate_relation

from .store import GraphStore, Row, StoreError, Tx

BATCH = 5000


@dataclass(frozen=True)
class Provenance:
    """Where facts come from and who wrote them; stored on every node and relationship."""

    src_doc: str
    created_by: str
    src_loc: str = ""

    def props(self) -> dict[str, Any]:
        out = {"src_doc": self.src_doc, "created_by": self.created_by}
        if self.src_loc:
            out["src_loc"] = self.src_loc
        return out


@dataclass(frozen=True)
class Ref:
    type: str
    uid: str

    def __str__(self) -> str:
        return f"{self.type}:{self.uid}"

    @classmethod
    def parse(cls, text: str) -> Ref:
        type_name, sep, uid = text.partition(":")
        if not sep or not uid:
            raise ValueError(f"{text!r} is not a reference of the form Type:uid")
        return cls(type_name, uid)


@dataclass(frozen=True)
class Link:
    rel: str
    src: Ref
    dst: Ref
    props: dict[str, Any] = field(default_factory=dict)


@dataclass
class WriteSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def __iadd__(self, other: WriteSummary) -> WriteSummary:
        self.created += other.created
        self.updated += other.updated
        self.unchanged += other.unchanged
        return self


@dataclass(frozen=True)
class Edge:
    type: str
    src: Ref
    dst: Ref
    props: dict[str, Any]


@dataclass
class Subgraph:
    nodes: dict[Ref, dict[str, Any]] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)


def timestamp() -> str:
    """The time stamp written as created_at / updated_at: UTC, ISO 8601."""
    return dt.datetime.now(dt.UTC).isoformat()


def _batches(rows: Sequence[Any], size: int = BATCH) -> Iterable[Sequence[Any]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def _set_clause(var: str, names: Iterable[str]) -> str:
    return ", ".join(f"{var}.{n} = row.{n}" for n in names)


def _unwind_columns(shape: Sequence[str]) -> str:
    """Iterate the rows of a batch passed as one list per column (`$c_<name>`), see `_padded`."""
    return f"UNWIND range($list_base, size($c_{shape[0]}) - 1 + $list_base) AS i"


def _by_shape(rows: list[dict[str, Any]]) -> dict[tuple[str, ...], list[dict[str, Any]]]:
    """Group rows by the set of properties they carry.

    LadybugDB types a parameter list as one struct type, so rows in one UNWIND must have the same
    fields, none of them always null.
    """
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        shape = tuple(sorted(r))
        groups[shape].append({k: r[k] for k in shape})  # same field order too, or the struct types differ
    return groups


# --- writing ------------------------------------------------------------------------------------------


def upsert_nodes(
    store: GraphStore,
    onto: Ontology,
    type_name: str,
    records: Sequence[dict[str, Any]],
    prov: Provenance,
    *,
    source: str = "<input>",
) -> WriteSummary:
    """Validate and write nodes by natural key, in one transaction; a bad record writes nothing."""
    rows = [_with_prov(validate_node(onto, type_name, r, source=source), prov) for r in records]
    return store.write(lambda tx: write_nodes(tx, type_name, rows))


def _with_prov(row: dict[str, Any], prov: Provenance) -> dict[str, Any]:
    return {**prov.props(), **row}  # a record's own src_loc wins


def write_nodes(tx: Tx, type_name: str, rows: Sequence[dict[str, Any]]) -> WriteSummary:
    """Write already validated rows (each with uid) inside a transaction.

    Only rows that change something are written, and they get a new `updated_at`: writing the same facts
    again changes nothing, and the search index can catch up from `updated_at` after a crash. A caller that
    has read the stored nodes itself (an importer comparing and merging) uses `read_nodes`, `create_nodes`
    and `update_nodes` directly, so that nothing is read twice.
    """
    summary = WriteSummary()
    dedup = {r["uid"]: r for r in rows}  # the last record of a key wins, as a second upsert would
    now = timestamp()
    for batch in _batches(list(dedup.values())):
        stored = read_nodes(tx, type_name, [r["uid"] for r in batch])
        new = [r for r in batch if r["uid"] not in stored]
        changed = [
            r for r in batch if r["uid"] in stored and any(stored[r["uid"]].get(k) != v for k, v in r.items())
        ]
        create_nodes(tx, type_name, new, now=now)
        update_nodes(tx, type_name, changed, now=now)
        summary.created += len(new)
        summary.updated += len(changed)
        summary.unchanged += len(batch) - len(new) - len(changed)
    return summary


def read_nodes(tx: Tx, type_name: str, uids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The stored properties of those of `uids` that exist (uid → properties), in one query per 5,000."""
    out: dict[str, dict[str, Any]] = {}
    for batch in _batches(list(dict.fromkeys(uids))):
        for r in tx.run(f"UNWIND $uids AS u MATCH (n:`{type_name}` {{uid: u}}) RETURN n", {"uids": list(batch)}):
            out[r["n"]["uid"]] = {k: v for k, v in r["n"].items() if not k.startswith("_")}
    return out


def _padded(
    rows: Sequence[dict[str, Any]], skip: tuple[str, ...] = ()
) -> list[tuple[list[str], dict[str, list[Any]], list[dict[str, Any]]]]:
    """Rows as one list per column, over every property some row sets (None where a row has none): groups of
    (column names, columns, rows).

    LadybugDB converts lists of plain values about three times faster than a list of maps (49k against 17k
    rows/s for an 8-column CREATE on 0.22), and one CREATE per type and batch instead of one per set of
    properties keeps the query text the same from batch to batch, so LadybugDB prepares it once. Two
    limits of LadybugDB 0.x shape the groups: a column no row sets is left out (it cannot type a list of
    nulls), and rows are grouped by which list-valued properties they set (a list column with a null after
    a list fails to convert).
    """
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[tuple(sorted(k for k, v in r.items() if isinstance(v, list)))].append(r)
    out = []
    for group in groups.values():
        names = sorted({k for r in group for k, v in r.items() if v is not None and k not in skip})
        out.append((names, {n: [r.get(n) for r in group] for n in names}, group))
    return out


def create_nodes(tx: Tx, type_name: str, rows: Sequence[dict[str, Any]], *, now: str | None = None) -> int:
    """CREATE validated rows the caller knows are not stored (read_nodes said so), without looking them up.

    Each gets `created_at` = `updated_at` = `now`. On Neo4j the uniqueness constraint on `uid` still refuses
    a key that exists after all.
    """
    if not rows:
        return 0
    stamp = now or timestamp()
    full = [{**r, "created_at": stamp, "updated_at": stamp} for r in rows]
    for names, cols, _ in _padded(full):
        for i in range(0, len(cols["uid"]), BATCH):
            props = ", ".join(f"{n}: $c_{n}[i]" for n in names)
            params = {"list_base": tx.list_base, **{f"c_{n}": col[i : i + BATCH] for n, col in cols.items()}}
            tx.run(f"{_unwind_columns(names)} CREATE (n:`{type_name}` {{{props}}})", params)
    return len(rows)


def update_nodes(tx: Tx, type_name: str, rows: Sequence[dict[str, Any]], *, now: str | None = None) -> int:
    """SET the properties each row carries on its stored node (others stay), and `updated_at` = `now`."""
    if not rows:
        return 0
    stamp = now or timestamp()
    for shape, group in _by_shape([{**r, "updated_at": stamp} for r in rows]).items():
        names = [n for n in shape if n != "uid"]
        for batch in _batches(group):
            tx.run(
                f"UNWIND $rows AS row MATCH (n:`{type_name}` {{uid: row.uid}}) SET {_set_clause('n', names)}",
                {"rows": list(batch)},
            )
    return len(rows)


def touch_nodes(tx: Tx, type_name: str, uids: Iterable[str], *, now: str | None = None) -> None:
    """`updated_at` = `now` on these nodes (a relationship was added to them: the search index looks again)."""
    wanted = sorted(set(uids))
    for batch in _batches(wanted):
        tx.run(
            f"UNWIND $uids AS u MATCH (n:`{type_name}` {{uid: u}}) SET n.updated_at = $now",
            {"uids": list(batch), "now": now or timestamp()},
        )


def link(
    store: GraphStore, onto: Ontology, links: Sequence[Link], prov: Provenance, *, source: str = "<input>"
) -> WriteSummary:
    """Validate and write relationships (one per type and ordered pair of nodes), in one transaction."""
    grouped: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for i, lk in enumerate(links):
        rid = f"{lk.rel} {lk.src} -> {lk.dst}" if source == "<input>" else f"#{i + 1} {lk.rel} {lk.src} -> {lk.dst}"
        props = validate_relation(onto, lk.rel, lk.src.type, lk.dst.type, lk.props, source=source, record_id=rid)
        grouped[(lk.rel, lk.src.type, lk.dst.type)].append({"s": lk.src.uid, "d": lk.dst.uid, **prov.props(), **props})

    def work(tx: Tx) -> WriteSummary:
        summary = WriteSummary()
        for (rel, st, dt_), rows in grouped.items():
            summary += write_links(tx, rel, st, dt_, rows, source=source)
        return summary

    return store.write(work)


def write_links(
    tx: Tx, rel: str, src_type: str, dst_type: str, rows: Sequence[dict[str, Any]], *, source: str = "<input>"
) -> WriteSummary:
    """Write validated relationship rows ({s, d, props…}) inside a transaction; both ends must exist.

    A caller that knows which ends exist and which pairs are linked already (an importer that read them)
    uses `read_links`, `create_links`, `update_links` and `touch_nodes` directly.
    """
    summary = WriteSummary()
    dedup = {(r["s"], r["d"]): r for r in rows}
    now = timestamp()
    for batch in _batches(list(dedup.values())):
        found_s = set(read_uids(tx, src_type, [r["s"] for r in batch]))
        found_d = set(read_uids(tx, dst_type, [r["d"] for r in batch]))
        for r in batch:
            for end, typ, found in (("s", src_type, found_s), ("d", dst_type, found_d)):
                if r[end] not in found:
                    raise RecordError(
                        source,
                        f"{rel} {src_type}:{r['s']} -> {dst_type}:{r['d']}",
                        "from" if end == "s" else "to",
                        f"no {typ} with uid {r[end]!r} exists",
                    )
        stored = read_links(tx, rel, src_type, dst_type, [(r["s"], r["d"]) for r in batch])
        new = [r for r in batch if (r["s"], r["d"]) not in stored]
        changed = [
            r
            for r in batch
            if (r["s"], r["d"]) in stored
            and any(stored[(r["s"], r["d"])].get(k) != v for k, v in r.items() if k not in ("s", "d"))
        ]
        create_links(tx, rel, src_type, dst_type, new, now=now)
        touch_nodes(tx, src_type, [r["s"] for r in new], now=now)
        touch_nodes(tx, dst_type, [r["d"] for r in new], now=now)
        update_links(tx, rel, src_type, dst_type, changed, now=now)
        summary.created += len(new)
        summary.updated += len(changed)
        summary.unchanged += len(batch) - len(new) - len(changed)
    return summary


def read_uids(tx: Tx, type_name: str, uids: Sequence[str]) -> list[str]:
    """Those of `uids` that are stored nodes of `type_name`."""
    out: list[str] = []
    for batch in _batches(sorted(set(uids))):
        query = f"UNWIND $u AS x MATCH (n:`{type_name}` {{uid: x}}) RETURN n.uid AS u"
        out += [r["u"] for r in tx.run(query, {"u": list(batch)})]
    return out


# The start of a query over relationship rows given as columns `$c_s`, `$c_d` (and others), with each row's
# index `i` and its two keys `s` and `d` in scope. The keys are bound to variables first: LadybugDB looks
# `{uid: s}` up by primary key but scans for `{uid: $c_s[i]}`, and converts a list of maps (`row.s`) about
# three times slower than plain columns.
_PAIRS = "UNWIND range($list_base, size($c_s) - 1 + $list_base) AS i WITH i, $c_s[i] AS s, $c_d[i] AS d "


def read_links(
    tx: Tx, rel: str, src_type: str, dst_type: str, pairs: Sequence[tuple[str, str]]
) -> dict[tuple[str, str], dict[str, Any]]:
    """The stored properties of the `rel` relationships between these (source uid, target uid) pairs.

    Anchored on the source's key, then its relationships filtered by the target's key: LadybugDB does not use
    the target's primary key inside a relationship pattern and scans, which grew with the table.
    """
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for batch in _batches(list(dict.fromkeys(pairs))):
        rows = tx.run(
            f"{_PAIRS}MATCH (a:`{src_type}` {{uid: s}}) MATCH (a)-[r:`{rel}`]->(b:`{dst_type}`) "
            "WHERE b.uid = d RETURN a.uid AS s, b.uid AS d, r",
            {"list_base": tx.list_base, "c_s": [p[0] for p in batch], "c_d": [p[1] for p in batch]},
        )
        for r in rows:
            out[(r["s"], r["d"])] = {k: v for k, v in r["r"].items() if not k.startswith("_")}
    return out


def create_links(
    tx: Tx, rel: str, src_type: str, dst_type: str, rows: Sequence[dict[str, Any]], *, now: str | None = None
) -> int:
    """CREATE relationship rows ({s, d, props…}) the caller knows are new and whose ends it knows exist.

    Each gets `created_at` = `updated_at` = `now`; the ends are not touched here (`touch_nodes` does that for
    ends that were not themselves written with the same `now`).
    """
    if not rows:
        return 0
    stamp = now or timestamp()
    full = [{**r, "created_at": stamp, "updated_at": stamp} for r in rows]
    for names, cols, group in _padded(full, skip=("s", "d")):
        cols = {"s": [r["s"] for r in group], "d": [r["d"] for r in group], **cols}
        props = ", ".join(f"{n}: $c_{n}[i]" for n in names)
        for i in range(0, len(group), BATCH):
            params = {"list_base": tx.list_base, **{f"c_{n}": col[i : i + BATCH] for n, col in cols.items()}}
            tx.run(
                f"{_PAIRS}MATCH (a:`{src_type}` {{uid: s}}) WITH a, i, d "
                f"MATCH (b:`{dst_type}` {{uid: d}}) CREATE (a)-[:`{rel}` {{{props}}}]->(b)",
                params,
            )
    return len(rows)


def update_links(
    tx: Tx, rel: str, src_type: str, dst_type: str, rows: Sequence[dict[str, Any]], *, now: str | None = None
) -> int:
    """SET the properties each row carries on its stored relationship, and `updated_at` = `now`."""
    if not rows:
        return 0
    stamp = now or timestamp()
    pair = f"MATCH (a:`{src_type}` {{uid: row.s}}) MATCH (a)-[r:`{rel}`]->(b:`{dst_type}`) WHERE b.uid = row.d"
    for shape, group in _by_shape([{**r, "updated_at": stamp} for r in rows]).items():
        names = [n for n in shape if n not in ("s", "d")]
        for batch in _batches(group):
            tx.run(f"UNWIND $rows AS row {pair} SET {_set_clause('r', names)}", {"rows": list(batch)})
    return len(rows)


# --- reading ------------------------------------------------------------------------------------------


def get_node(store: GraphStore, onto: Ontology, ref: Ref) -> dict[str, Any] | None:
    onto.node(ref.type)
    rows = store.read(f"MATCH (n:`{ref.type}` {{uid: $uid}}) RETURN n", {"uid": ref.uid})
    if not rows:
        return None
    node = dict(rows[0]["n"])
    node.pop("_id", None)
    return node


def count_by_type(store: GraphStore, onto: Ontology) -> dict[str, int]:
    return {t: int(store.read(f"MATCH (n:`{t}`) RETURN count(n) AS c")[0]["c"]) for t in onto.nodes}


def count_relations(store: GraphStore, onto: Ontology) -> dict[str, int]:
    return {r: int(store.read(f"MATCH ()-[r:`{r}`]->() RETURN count(r) AS c")[0]["c"]) for r in onto.relations}


def list_nodes(
    store: GraphStore, onto: Ontology, type_name: str, *, limit: int = 100, skip: int = 0
) -> list[dict[str, Any]]:
    onto.node(type_name)
    rows = store.read(
        f"MATCH (n:`{type_name}`) RETURN n ORDER BY n.uid SKIP $skip LIMIT $limit", {"skip": skip, "limit": limit}
    )
    return [{k: v for k, v in r["n"].items() if k != "_id"} for r in rows]


def _rel_pattern(onto: Ontology, rel_types: Sequence[str] | None, depth: str) -> str:
    if rel_types:
        for r in rel_types:
            onto.relation(r)
        return f"[:{'|'.join(f'`{r}`' for r in rel_types)}*{depth}]"
    return f"[*{depth}]"


def _path_parts(path: dict[str, Any]) -> tuple[list[Ref], list[Edge], dict[Ref, dict[str, Any]]]:
    by_id: dict[str, Ref] = {}
    props: dict[Ref, dict[str, Any]] = {}
    refs: list[Ref] = []
    for n in path["nodes"]:
        ref = Ref(n["_type"], n["uid"])
        by_id[n["_id"]] = ref
        props[ref] = {k: v for k, v in n.items() if k != "_id"}
        refs.append(ref)
    edges = [
        Edge(r["_type"], by_id[r["_src"]], by_id[r["_dst"]], {k: v for k, v in r.items() if not k.startswith("_")})
        for r in path["rels"]
    ]
    return refs, edges, props


def neighbourhood(
    store: GraphStore,
    onto: Ontology,
    ref: Ref,
    depth: int = 1,
    *,
    limit: int = 500,
    rel_types: Sequence[str] | None = None,
) -> Subgraph:
    """Nodes and relationships within `depth` hops of `ref`, either direction.

    Query shapes measured with bench.graph (docs/benchmarks.md): one hop is a plain pattern returning the
    start, the relationship and the neighbour, which costs LadybugDB a sixth of a one-hop variable-length
    path; longer ones return the path `p` itself, not `nodes(p)` and `relationships(p)`, which LadybugDB
    would build twice. LIMIT is a literal (an int from here, never input text): LadybugDB 0.22 plans a
    parameterised LIMIT over a path several milliseconds slower.
    """
    if not 1 <= depth <= 5:
        raise ValueError("depth must be between 1 and 5")
    onto.node(ref.type)
    cap = _cap(limit)
    if depth == 1:
        rows = store.read(
            f"MATCH (a:`{ref.type}` {{uid: $uid}})-{_one_hop(onto, rel_types)}-(b) RETURN a, r, b LIMIT {cap}",
            {"uid": ref.uid},
        )
        found = [{"nodes": [row["a"], row["b"]], "rels": [row["r"]]} for row in rows]
    else:
        pattern = _rel_pattern(onto, rel_types, f"1..{depth}")
        rows = store.read(
            f"MATCH p = (a:`{ref.type}` {{uid: $uid}})-{pattern}-(b) RETURN p LIMIT {cap}", {"uid": ref.uid}
        )
        found = [row["p"] for row in rows]
    sub = Subgraph()
    seen: set[tuple[str, Ref, Ref]] = set()
    start = {k: v for k, v in found[0]["nodes"][0].items() if k != "_id"} if found else get_node(store, onto, ref)
    if start is None:
        raise KeyError(f"no {ref}")
    sub.nodes[ref] = start
    for path in found:
        _, edges, props = _path_parts(path)
        sub.nodes.update(props)
        for e in edges:
            if (e.type, e.src, e.dst) not in seen:
                seen.add((e.type, e.src, e.dst))
                sub.edges.append(e)
    return sub


def _one_hop(onto: Ontology, rel_types: Sequence[str] | None) -> str:
    """`[r]` or `[r:`A`|`B`]`: one relationship of the given types, bound to `r`."""
    for t in rel_types or ():
        onto.relation(t)
    return f"[r:{'|'.join(f'`{t}`' for t in rel_types)}]" if rel_types else "[r]"


def _cap(n: int) -> int:
    """A row limit to write into query text: an int of at least 0, whatever the caller passed."""
    n = int(n)
    if n < 0:
        raise ValueError("limit must not be negative")
    return n


@dataclass(frozen=True)
class Path:
    nodes: list[Ref]
    edges: list[Edge]
    props: dict[Ref, dict[str, Any]]

    def __len__(self) -> int:
        return len(self.edges)


def paths(
    store: GraphStore,
    onto: Ontology,
    src: Ref,
    dst: Ref,
    *,
    max_depth: int = 5,
    rel_types: Sequence[str] | None = None,
    limit: int = 10,
) -> list[Path]:
    """Simple paths (no node twice) between two nodes, shortest first, ignoring direction.

    LadybugDB matches walks and Neo4j trails, so paths that revisit a node are dropped here to give
    the same answer on both.
    """
    if not 1 <= max_depth <= 8:
        raise ValueError("max_depth must be between 1 and 8")
    onto.node(src.type)
    onto.node(dst.type)
    pattern = _rel_pattern(onto, rel_types, f"1..{max_depth}")
    # `RETURN p` with a literal LIMIT: see neighbourhood() for why (half the time on LadybugDB).
    rows = store.read(
        f"MATCH p = (a:`{src.type}` {{uid: $a}})-{pattern}-(b:`{dst.type}` {{uid: $b}}) "
        f"RETURN p, length(p) AS n ORDER BY n LIMIT {_cap(limit) * 20}",
        {"a": src.uid, "b": dst.uid},
    )
    out: list[Path] = []
    seen: set[tuple[Any, ...]] = set()
    for row in rows:
        refs, edges, props = _path_parts(row["p"])
        if len(set(refs)) != len(refs):
            continue
        sig = tuple((e.type, e.src, e.dst) for e in edges)
        if sig in seen:
            continue
        seen.add(sig)
        out.append(Path(refs, edges, props))
        if len(out) >= limit:
            break
    return out


def run_read(store: GraphStore, query: str, params: dict[str, Any] | None = None) -> list[Row]:
    """A parameterised read for callers outside kb that need a query of their own."""
    if any(word in query.upper().split() for word in ("CREATE", "MERGE", "DELETE", "SET", "REMOVE", "DROP")):
        raise StoreError("run_read takes read-only queries")
    return store.read(query, params)
