"""Batched one-hop expansion over the graph, shared by responsibility tracing, plan matching and coverage.

Every walk in this package goes depth by depth: all hops of one depth (several relationship and node types)
are asked in ONE query, a UNION ALL of typed branches, so a trace costs a handful of round trips however
many nodes it touches. LadybugDB types the columns of a UNION strictly (a node of one table is not a node of
another, NULL is not a STRING), so each branch returns the same scalar columns: uids, names, one string
property of the far node (`level`) and one string property of the relationship (its `role`/`basis`/`duty`).
Labels and relationship types come only from the ontology and are escaped with backticks, as kb does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kb import GraphStore, Ref
from ontology import Ontology

PROVENANCE_KEYS = {"src_doc", "src_loc", "created_by", "created_at", "updated_at"}


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
    """A hop kind: from nodes of `src` over `rel` to nodes of `dst`; `outgoing` is the stored direction."""

    src: str
    rel: str
    dst: str
    outgoing: bool = True
    where: str = ""  # an extra condition on `b` (the far node) or `r`, with parameters only
    prop: str = "level"  # the one string property of `b` to return (as Reached.level)


@dataclass(frozen=True)
class Reached:
    """A node reached by one Step from an anchor, with what the UI and the scoring need of it."""

    step: Step
    anchor: Ref
    node: Ref
    name: str
    level: str  # the far node's Step.prop value ('' when it has none)
    hop: Hop


def _string_prop(onto: Ontology, rel: str) -> str | None:
    for p in onto.relation(rel).properties.values():
        if p.type == "string":
            return p.name
    return None


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
        onto.node(st.src)
        onto.node(st.dst)
        rel_t = onto.relation(st.rel)
        pattern = f"-[r:`{st.rel}`]->" if st.outgoing else f"<-[r:`{st.rel}`]-"
        i = len(used)
        args[f"u{i}"] = uids
        lp = onto.node_properties(st.dst).get(st.prop)
        level = f"b.{st.prop}" if lp is not None and lp.type == "string" else "''"
        rp = _string_prop(onto, rel_t.name)
        where = f" WHERE {st.where}" if st.where else ""
        branches.append(
            f"UNWIND $u{i} AS u MATCH (a:`{st.src}` {{uid: u}}){pattern}(b:`{st.dst}`){where} "
            f"RETURN {i} AS step, a.uid AS a, b.uid AS b, b.name AS bn, {level} AS bl, "
            f"{'r.' + rp if rp else chr(39) * 2} AS rp"
        )
        used.append(st)
    if not branches:
        return []
    rows = store.read(" UNION ALL ".join(branches), args)
    out: list[Reached] = []
    for row in rows:
        st = used[int(row["step"])]
        a, b = Ref(st.src, row["a"]), Ref(st.dst, row["b"])
        rp = _string_prop(onto, st.rel)
        props = {rp: row["rp"]} if rp and row.get("rp") not in (None, "") else {}
        out.append(Reached(st, a, b, row.get("bn") or "", row.get("bl") or "",
                           Hop(st.rel, a, b, props, reverse=not st.outgoing)))
    return out


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
        args[f"u_{t}"] = sorted(set(uids))
        for depth in depths:
            mids = "".join(f"-[:`BELONGS_TO`]->(m{k}:`{t}`)" for k in range(1, depth))
            cols = ", ".join(f"m{k}.uid AS m{k}" if k < depth else f"'' AS m{k}" for k in range(1, max_depth))
            branches.append(
                f"UNWIND $u_{t} AS u MATCH (a:`{t}` {{uid: u}}){mids}-[:`BELONGS_TO`]->(e:`Enterprise`) "
                f"RETURN '{t}' AS t, {depth} AS depth, a.uid AS a, {cols}{', ' if cols else ''}e.uid AS e"
            )
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
        for row in store.read(f"UNWIND $u AS u MATCH (n:`{t}` {{uid: u}}) RETURN n", {"u": sorted(uids)}):
            n = row["n"]
            out[Ref(t, n["uid"])] = {k: v for k, v in n.items() if not k.startswith("_")}
    return out
