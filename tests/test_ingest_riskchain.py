"""The coal-mine risk network: 81 typed nodes and 381 weighted edges, path queries work."""

from __future__ import annotations

from pathlib import Path

from ingest.riskchain import RiskChainImporter
from kb import GraphStore, Ref, get_node
from ontology import load
from tests.test_ingest_support import assert_nothing_changed, counts, data, ingest

RISK = "cn-coalmine-injury-riskchain"


def test_risk_network_imports(store: GraphStore, tmp_path: Path) -> None:
    result = ingest(RiskChainImporter(), data(RISK), store, tmp_path)
    assert result.counts.quarantined == 0
    c = counts(store)
    assert c["RiskFactor"] == 81 and c["RISK_LINK"] == 381
    kinds = {r["k"]: r["n"] for r in store.read("MATCH (n:RiskFactor) RETURN n.kind AS k, count(n) AS n")}
    assert kinds == {"Loc": 18, "Body": 14, "Act": 12, "Job": 12, "Team": 9, "HazardMode": 6, "InjuryForm": 4,
                     "Sev": 3, "Shift": 3}
    w = store.read(
        "MATCH (a:RiskFactor {uid: $a})-[r:RISK_LINK]->(b:RiskFactor {uid: $b}) RETURN r.weight AS w, a.name AS n",
        {"a": "InjuryForm:骨折", "b": "Sev:轻伤"},
    )
    assert w == [{"w": 56.0, "n": "骨折"}]
    jobs = store.read(
        "MATCH (a:RiskFactor {uid: $a})-[:RISK_LINK]->(b:RiskFactor) RETURN b.kind AS k, b.name_en AS en",
        {"a": "Team:掘进队"},
    )
    assert {"k": "Job", "en": "Tunneling worker"} in jobs
    assert get_node(store, load(), Ref("RiskFactor", "Loc:采煤工作面")) is not None
    assert_nothing_changed(ingest(RiskChainImporter(), data(RISK), store, tmp_path))
