"""Batched one-hop expansion over the graph: the walk under the accountability chain (kb.accountability) and under
cases' plan matching, coverage and similarity.

Every walk goes depth by depth: all hops of one depth (several relationship and node types)
are asked in ONE query, a UNION ALL of typed branches, so a trace costs a handful of round trips however
many nodes it touches. LadybugDB types the columns of a UNION strictly (a node of one table is not a node of
another, NULL is not a STRING), so each branch returns the same scalar columns: uids, names, one string
property of the far node (`level`) and one string property of the relationship (its `role`/`basis`/`duty`).
Labels and relationship types come only from the ontology and are escaped with backticks, as the repository does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ontology import Ontology

from .repository import Ref
from .store import GraphStore

PROVENANCE_KEYS = {"src_doc", "src_loc", "created_by", "created_at", "updated_at"}
# On LadybugDB `UNWIND $uids AS u MATCH (a:T {uid: u})` joins the list against a scan of the table (≈ 1–4 ms
# a branch, growing with the table), while `MATCH (a:T {uid: $u})` is a primary-key lookup (≈ 0.2 ms). So up to
# this many anchors of one type are each matched by their own branch; beyond it (and always on Neo4j, whose
# plan cache prefers one stable text and whose UNWIND uses the uid index) one UNWIND branch serves them all.
DIRECT_MAX = 8


@dataclass(frozen=True)
class Hop:
    """One relationship walked from `src` to `dst`; `reverse` when the stored relationship points dst → src."""

    rel: str
    src: Ref
    dst: Ref
    props: dict[str, Any] = field(default_factory=dict)
    reverse: bool = False

    def text(self) -> str:
        arrow = f"<-[{self.rel}]-" if self.reverse else f"-[{self.rel}]->"
        return f"{self.src}{arrow}{self.dst}"

    def as_dict(self) -> dict[str, Any]:
        return {"rel": self.rel, "from": str(self.src), "to": str(self.dst), "props": dict(self.props),
                "reverse": self.reverse}


@dataclass(frozen=True)
class Step:
    """A hop kind: from nodes of `src` over `rel` to nodes of `dst`; `outgoing` is the stored direction.

    `then` continues, in the same branch, with an OPTIONAL hop from the node reached (its `where` and `prop`
    apply to `c`, the node it reaches): a depth and the next one in one query, where the next one only needs
    the nodes this one reaches.
    """

    src: str
    rel: str
    dst: str
    outgoing: bool = True
    where: str = ""  # an extra condition on `b` (the far node) or `r`, with parameters only
    prop: str = "level"  # the one string property of `b` to return (as Reached.level)
    then: Step | None = None


@dataclass(frozen=True)
class Reached:
    """A node reached by one Step from an anchor, with what the UI and the scoring need of it."""

    step: Step
    anchor: Ref
    node: Ref
    name: str
    level: str  # the far node's Step.prop value ('' when it has none)
    hop: Hop
    anchor_name: str = ""
    then: Reached | None = None  # the node reached by Step.then from `node`, if any


def _string_prop(onto: Ontology, rel: str) -> str | None:
    for p in onto.relation(rel).properties.values():
        if p.type == "string":
            return p.name
    return None


def fold_hops(store: GraphStore) -> bool:
    """Whether to ask a depth and the next in one query (Step.then, an OPTIONAL MATCH) rather than in two.

    On Neo4j every query is a network round trip (≈ 2–3 ms) and an OPTIONAL MATCH costs little, so fewer
    queries win. Embedded LadybugDB has no round trip, but an OPTIONAL MATCH branch costs ≈ 1–1.5 ms to plan
    and run, more than the separate query it saves (measured on the investigation benchmark).
    """
    return store.backend != "ladybug"


def anchored(store: GraphStore, label: str, uids: Sequence[str], key: str, args: dict[str, Any]) -> list[str]:
    """The MATCH prefixes that bind `a` to each of `uids` (one per uid, or one UNWIND), their params set in `args`."""
    if store.backend == "ladybug" and len(uids) <= DIRECT_MAX:
        out = []
        for j, uid in enumerate(uids):
            args[f"{key}_{j}"] = uid
            out.append(f"MATCH (a:`{label}` {{uid: ${key}_{j}}})")
        return out
    args[key] = list(uids)
    return [f"UNWIND ${key} AS u MATCH (a:`{label}` {{uid: u}})"]


def expand(
    store: GraphStore,
    onto: Ontology,
    steps: Sequence[Step],
    anchors: Iterable[Ref],
    params: dict[str, Any] | None = None,
) -> list[Reached]:
    """Expand every anchor by every applicable step, in one query; returns nothing when nothing applies."""
    by_type: dict[str, list[str]] = {}
    for a in anchors:
        by_type.setdefault(a.type, [])
        if a.uid not in by_type[a.type]:
            by_type[a.type].append(a.uid)
    branches: list[str] = []
    args: dict[str, Any] = dict(params or {})
    used: list[Step] = []
    for st in steps:
        uids = by_type.get(st.src)
        if not uids:
            continue
        i = len(used)
        first = _hop_text(onto, st, "", "r", "b")
        nxt = f" OPTIONAL MATCH {_hop_text(onto, st.then, 'b', 'r2', 'c')}" if st.then else ""
        # the columns of every branch in the same order (a UNION matches them by position)
        more = _cols(onto, st.then, "r2", "c", "2") if st.then else "'' AS b2, '' AS bn2, '' AS bl2, '' AS rp2"
        branches += [
            f"{head}{first}{nxt} RETURN {i} AS step, a.uid AS a, a.name AS an, {_cols(onto, st, 'r', 'b', '')}, {more}"
            for head in anchored(store, st.src, uids, f"u{i}", args)
        ]
        used.append(st)
    if not branches:
        return []
    rows = store.read(" UNION ALL ".join(branches), args)
    out: list[Reached] = []
    for row in rows:
        st = used[int(row["step"])]
        a = Ref(st.src, row["a"])
        first_r = _reached(onto, st, a, row, "")
        then = _reached(onto, st.then, first_r.node, row, "2") if st.then and row.get("b2") else None
        out.append(replace(first_r, anchor_name=row.get("an") or "", then=then))
    return out


def _hop_text(onto: Ontology, st: Step, a: str, r: str, b: str) -> str:
    onto.node(st.src)
    onto.node(st.dst)
    onto.relation(st.rel)
    pattern = f"-[{r}:`{st.rel}`]->" if st.outgoing else f"<-[{r}:`{st.rel}`]-"
    where = f" WHERE {st.where}" if st.where else ""
    return f"{f'({a})' if a else ''}{pattern}({b}:`{st.dst}`){where}"


def _cols(onto: Ontology, st: Step, r: str, b: str, sfx: str) -> str:
    lp = onto.node_properties(st.dst).get(st.prop)
    level = f"{b}.{st.prop}" if lp is not None and lp.type == "string" else "''"
    rp = _string_prop(onto, st.rel)
    return (f"{b}.uid AS b{sfx}, {b}.name AS bn{sfx}, {level} AS bl{sfx}, "
            f"{f'{r}.{rp}' if rp else chr(39) * 2} AS rp{sfx}")


def _reached(onto: Ontology, st: Step, a: Ref, row: dict[str, Any], sfx: str) -> Reached:
    b = Ref(st.dst, row[f"b{sfx}"])
    rp = _string_prop(onto, st.rel)
    props = {rp: row[f"rp{sfx}"]} if rp and row.get(f"rp{sfx}") not in (None, "") else {}
    return Reached(st, a, b, row.get(f"bn{sfx}") or "", row.get(f"bl{sfx}") or "",
                   Hop(st.rel, a, b, props, reverse=not st.outgoing))


def ancestry(store: GraphStore, onto: Ontology, anchors: Iterable[Ref], max_depth: int = 3) -> dict[Ref, list[Hop]]:
    """The path from each Site or Department up the BELONGS_TO tree to its Enterprise (first found, shortest).

    Written as fixed-depth branches rather than a variable-length path so that the answer is scalar columns
    (see the module docstring) — and because LadybugDB plans `*1..n` patterns an order of magnitude slower.
    Depths 1–2 (nearly every tree) are asked first; deeper ones only for the anchors still without an answer.
    """
    onto.relation("BELONGS_TO")
    todo = {a for a in anchors if a.type in ("Site", "Department")}
    out: dict[Ref, list[Hop]] = {}
    for depths in (range(1, min(2, max_depth) + 1), range(3, max_depth + 1)):
        if not todo or not depths:
            break
        out.update(_climb(store, todo, list(depths), max_depth))
        todo -= set(out)
    return out


def _climb(store: GraphStore, anchors: set[Ref], depths: list[int], max_depth: int) -> dict[Ref, list[Hop]]:
    by_type: dict[str, list[str]] = {}
    for a in anchors:
        by_type.setdefault(a.type, []).append(a.uid)
    branches: list[str] = []
    args: dict[str, Any] = {}
    for t, uids in by_type.items():
        for depth in depths:
            mids = "".join(f"-[:`BELONGS_TO`]->(m{k}:`{t}`)" for k in range(1, depth))
            cols = ", ".join(f"m{k}.uid AS m{k}" if k < depth else f"'' AS m{k}" for k in range(1, max_depth))
            branches += [
                f"{head}{mids}-[:`BELONGS_TO`]->(e:`Enterprise`) "
                f"RETURN '{t}' AS t, {depth} AS depth, a.uid AS a, {cols}{', ' if cols else ''}e.uid AS e"
                for head in anchored(store, t, sorted(set(uids)), f"u_{t}", args)
            ]
    if not branches:
        return {}
    rows = store.read(" UNION ALL ".join(branches), args)
    out: dict[Ref, list[Hop]] = {}
    for row in sorted(rows, key=lambda r: int(r["depth"])):
        t = str(row["t"])
        start = Ref(t, row["a"])
        if start in out:
            continue
        chain = [start] + [Ref(t, row[f"m{k}"]) for k in range(1, int(row["depth"]))] + [Ref("Enterprise", row["e"])]
        out[start] = [Hop("BELONGS_TO", chain[i], chain[i + 1]) for i in range(len(chain) - 1)]
    return out


def node_props(store: GraphStore, onto: Ontology, refs: Iterable[Ref]) -> dict[Ref, dict[str, Any]]:
    """Properties of many nodes, one query per node type."""
    by_type: dict[str, set[str]] = {}
    for r in refs:
        by_type.setdefault(r.type, set()).add(r.uid)
    out: dict[Ref, dict[str, Any]] = {}
    for t, uids in by_type.items():
        onto.node(t)
        args: dict[str, Any] = {}
        query = " UNION ALL ".join(f"{head} RETURN a AS n" for head in anchored(store, t, sorted(uids), "u", args))
        for row in store.read(query, args):
            n = row["n"]
            out[Ref(t, n["uid"])] = {k: v for k, v in n.items() if not k.startswith("_")}
    return out
