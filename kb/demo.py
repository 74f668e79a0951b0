"""The demo knowledge base: a fictional chemical park written by the project from public facts.

Files in kb/demo/*.yaml hold nodes by type and links as [REL, Type:uid, Type:uid, {props}]. Grades are
never written in the files: the loader computes each case's severity (decree 493) and each major hazard
source's R value and level (GB 18218-2018) from the quantities, so the numbers cannot disagree.

Everything is validated before anything is written, and all of it is written in one transaction: a bad
record names its file, record and field, and leaves the store as it was.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ontology import (
    Ontology,
    RecordError,
    StoredSubstance,
    assess_major_hazard,
    severity_grade,
    validate_node,
    validate_relation,
)
from ontology.grading import critical_quantity

from .repository import Provenance, Ref, WriteSummary, write_links, write_nodes
from .store import GraphStore, Tx

DEMO_DIR = Path(__file__).parent / "demo"
CREATED_BY = "anzhi-demo"
# Properties the loader computes (see derive_grades); a file that writes them is refused.
COMPUTED = {"Case": {"severity"}, "MajorHazardSource": {"r_value", "level", "sum_q_ratio", "alpha"}}


@dataclass
class Dataset:
    nodes: dict[str, dict[str, dict[str, Any]]] = field(default_factory=lambda: defaultdict(dict))
    # (rel, src_type, dst_type) -> {(src_uid, dst_uid): props}
    links: dict[tuple[str, str, str], dict[tuple[str, str], dict[str, Any]]] = field(
        default_factory=lambda: defaultdict(dict)
    )


def read_files(onto: Ontology, files: list[Path]) -> Dataset:
    """Parse and validate the files; raise RecordError on the first bad record."""
    ds = Dataset()
    raw_links: list[tuple[str, int, list[Any]]] = []
    for path in files:
        source = str(path.relative_to(path.parent.parent)) if path.parent == DEMO_DIR else str(path)
        with path.open(encoding="utf-8") as f:
            doc = yaml.safe_load(f) or {}
        prov = Provenance(src_doc=f"anzhi:{source}", created_by=CREATED_BY)
        for type_name, records in (doc.get("nodes") or {}).items():
            for i, rec in enumerate(records or []):
                rid = f"{type_name} #{i + 1}"
                if not isinstance(rec, dict):
                    raise RecordError(source, rid, "-", "a record must be a mapping of property: value")
                written = sorted(COMPUTED.get(type_name, set()) & set(rec))
                if written:
                    raise RecordError(source, rid, written[0], "is computed by the loader, not written in the file")
                row = validate_node(
                    onto,
                    type_name,
                    rec,
                    source=source,
                    record_id=f"{rid} ({rec.get('code') or rec.get('cas') or rec.get('name')})",
                )
                row.setdefault("src_loc", f"{type_name}[{i}]")
                if row["uid"] in ds.nodes[type_name]:
                    raise RecordError(source, rid, "uid", f"{type_name} {row['uid']!r} is defined twice")
                ds.nodes[type_name][row["uid"]] = {**prov.props(), **row}
        for i, item in enumerate(doc.get("links") or []):
            raw_links.append((source, i, item))
    for source, i, item in raw_links:
        rid = f"link #{i + 1} {item!r}"
        if not isinstance(item, list) or len(item) not in (3, 4):
            raise RecordError(
                source, rid, "-", "a link is [REL, Type:uid, Type:uid] or [REL, Type:uid, Type:uid, {props}]"
            )
        rel, a, b = item[0], item[1], item[2]
        props = item[3] if len(item) == 4 else {}
        try:
            src, dst = Ref.parse(a), Ref.parse(b)
        except ValueError as e:
            raise RecordError(source, rid, "from/to", str(e)) from None
        clean = validate_relation(onto, rel, src.type, dst.type, props, source=source, record_id=rid)
        for end, ref in (("from", src), ("to", dst)):
            if ref.uid not in ds.nodes.get(ref.type, {}):
                raise RecordError(source, rid, end, f"no {ref.type} with uid {ref.uid!r} in the demo files")
        if (src.uid, dst.uid) in ds.links[(rel, src.type, dst.type)]:
            raise RecordError(source, rid, "from/to", f"{rel} from {src} to {dst} is given twice")
        ds.links[(rel, src.type, dst.type)][(src.uid, dst.uid)] = {
            "src_doc": f"anzhi:{source}",
            "created_by": CREATED_BY,
            "src_loc": f"links[{i}]",
            **clean,
        }
    derive_grades(onto, ds)
    return ds


def derive_grades(onto: Ontology, ds: Dataset) -> None:
    """Compute case severity and major-hazard grading in place."""
    for case in ds.nodes.get("Case", {}).values():
        case["severity"] = severity_grade(
            case.get("deaths", 0), case.get("serious_injuries", 0), case.get("direct_loss_cny", 0.0), onto
        )
    for chem in ds.nodes.get("Chemical", {}).values():
        q = critical_quantity(chem["cas"])
        if q is not None:
            chem["critical_quantity_t"] = q
    stores: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for (rel, st, _), pairs in ds.links.items():
        if rel == "STORES" and st == "Equipment":
            for (eq, cas), props in pairs.items():
                stores[eq].append((cas, float(props["quantity_t"])))
    included = ds.links.get(("INCLUDES", "MajorHazardSource", "Equipment"), {})
    located = ds.links.get(("LOCATED_AT", "MajorHazardSource", "Site"), {})
    for uid, mhs in ds.nodes.get("MajorHazardSource", {}).items():
        totals: dict[str, float] = defaultdict(float)
        for m, eq in included:
            if m == uid:
                for cas, qty in stores[eq]:
                    totals[cas] += qty
        sites = [s for (m, s) in located if m == uid]
        if not totals or not sites:
            raise RecordError(
                mhs["src_doc"],
                f"MajorHazardSource {uid}",
                "INCLUDES/LOCATED_AT",
                "needs equipment that stores chemicals and a site, to be graded",
            )
        people = ds.nodes["Site"][sites[0]].get("people_within_500m", 0)
        substances = [
            StoredSubstance(cas, qty, _hazard_category(ds.nodes["Chemical"][cas]))
            for cas, qty in sorted(totals.items())
        ]
        try:
            a = assess_major_hazard(substances, people, onto)
        except ValueError as e:
            raise RecordError(mhs["src_doc"], f"MajorHazardSource {uid}", "INCLUDES", str(e)) from None
        if not a.is_major:
            raise RecordError(
                mhs["src_doc"],
                f"MajorHazardSource {uid}",
                "INCLUDES",
                f"Σq/Q = {a.sum_ratio:.2f} < 1: not a major hazard source under GB 18218-2018",
            )
        mhs.update(r_value=a.r_value, level=a.level, sum_q_ratio=a.sum_ratio, alpha=a.alpha)


def _hazard_category(chem: dict[str, Any]) -> str:
    classes = " ".join(chem.get("hazard_classes", []))
    for cat in ("爆炸物", "易燃气体"):
        if cat in classes:
            return cat
    return "其他"


def write_dataset(store: GraphStore, ds: Dataset) -> WriteSummary:
    def work(tx: Tx) -> WriteSummary:
        total = WriteSummary()
        for type_name, rows in ds.nodes.items():
            total += write_nodes(tx, type_name, list(rows.values()))
        for (rel, st, dt), pairs in ds.links.items():
            links = [{"s": s, "d": d, **p} for (s, d), p in pairs.items()]
            total += write_links(tx, rel, st, dt, links)
        return total

    return store.write(work)


def demo_files() -> list[Path]:
    return sorted(DEMO_DIR.glob("*.yaml"))


def load_demo(store: GraphStore, onto: Ontology, files: list[Path] | None = None) -> WriteSummary:
    return write_dataset(store, read_files(onto, files or demo_files()))
