"""The coal-mine injury risk network (`cn-coalmine-injury-riskchain/`): typed RiskFactor nodes and weighted
RISK_LINK edges, from Supplementary Table S3 (81 nodes, 381 edges).

A node's code is the source's node id (`Loc:采煤工作面`), its name the Chinese label, its English name the
translated label, its kind one of the network's node types (taxonomy risk_factor_kinds).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from kb import Ref

from .base import SourceDoc, Unit, number

KIND = "riskchain"
NODES = "Supplementary_Table_S3_nodes.csv"
EDGES = "Supplementary_Table_S3_edges.csv"
NODE_METRICS = {"pagerank": "pagerank", "betweenness": "betweenness", "severity_rate": "severity_rate",
                "risk_score": "risk_score"}
EDGE_METRICS = {"weight": "weight", "edge_severity_rate": "severity_rate", "confidence_to_severe":
                "confidence_to_severe", "lift_to_severe": "lift_to_severe", "edge_risk_score": "risk_score"}


def _label(text: str) -> str:
    return text.split(":", 1)[1].strip() if ":" in text else text.strip()


class RiskChainImporter:
    kind = KIND

    def files(self, path: Path) -> list[Path]:
        folder = path if path.is_dir() else path.parent
        missing = [f for f in (NODES, EDGES) if not (folder / f).is_file()]
        if missing:
            raise FileNotFoundError(f"{folder}: missing {', '.join(missing)}")
        return [folder / NODES, folder / EDGES]

    def read(self, docs: Sequence[SourceDoc]) -> list[Unit]:
        nodes, edges = docs
        units: list[Unit] = []
        for line, row, raw in self._rows(nodes):
            unit = Unit(nodes, f"line {line}", raw=raw)
            units.append(unit)
            try:
                metrics = {prop: number(row[col]) for col, prop in NODE_METRICS.items()}
                freq = number(row["frequency"])
            except (KeyError, ValueError) as e:
                unit.reject("metrics", f"not a number: {e}", raw)
                continue
            unit.node(
                "RiskFactor", code=row["node_id"].strip(), name=_label(row["node_label"]),
                name_en=_label(row["Node label (English)"]), kind=row["node_type"].strip(),
                frequency=None if freq is None else int(freq), **metrics,
            )
        for line, row, raw in self._rows(edges):
            unit = Unit(edges, f"line {line}", raw=raw)
            units.append(unit)
            try:
                metrics = {prop: number(row[col]) for col, prop in EDGE_METRICS.items()}
            except (KeyError, ValueError) as e:
                unit.reject("metrics", f"not a number: {e}", raw)
                continue
            src, dst = row["source"].strip(), row["target"].strip()
            unit.link("RISK_LINK", Ref("RiskFactor", src), Ref("RiskFactor", dst), **metrics)
        return units

    @staticmethod
    def _rows(doc: SourceDoc) -> list[tuple[int, dict[str, str], str]]:
        text = doc.path.read_bytes().decode("utf-8-sig")
        reader = csv.DictReader(text.splitlines())
        return [(reader.line_num, row, ",".join(row.values())) for row in reader]
