"""RMP accidents: the whole set on LadybugDB, a subset on Neo4j; counts match the source; re-import changes nothing."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ingest.rmp import DEATHS, RmpImporter, industry_of
from kb import GraphStore, Ref, get_node
from ontology import load
from tests.test_ingest_support import assert_nothing_changed, counts, data, ingest

RMP = "us-epa-rmp-accidents"


@pytest.mark.slow
def test_whole_rmp_set_imports_once(tmp_path: Path) -> None:
    from kb import Settings, open_store

    store = open_store(Settings(backend="ladybug", data_dir=tmp_path / "graph"))
    store.apply_schema(load())
    try:
        first = ingest(RmpImporter(), data(RMP), store, tmp_path)
        c = counts(store)
        assert first.counts.records == 1554 and first.counts.quarantined == 0
        assert c["Case"] == 1554 and c["OCCURRED_AT"] == 1554
        assert c["Enterprise"] == 1129  # distinct EPA facility IDs
        with (data(RMP) / "rmp_accident_chemicals.csv").open(encoding="utf-8") as f:
            pairs = {(r["facility_accident_id"], r["chemical_id"]) for r in csv.DictReader(f)}
        placeholder = {("3",), ("67",)}  # Flammable Mixture, CBI substance: not real CAS numbers
        assert c["INVOLVED"] == c["Equipment"] + len({p for p in pairs if (p[1],) not in placeholder})
        assert c["CAUSED_BY"] == c["Cause"] and c["HAS_LESSON"] == c["Lesson"]
        case = get_node(store, load(), Ref("Case", "RMP-100000024252_1"))
        assert case is not None
        assert case["occurred_on"] == "2016-08-01" and case["date_precision"] == "month"
        assert case["injuries"] == 2 and case["accident_type"] == "中毒和窒息"
        assert case["src_doc"].startswith("doc-") and case["src_loc"] == "line 2" and case["created_by"] == "ingest:rmp"
        deaths = store.read("MATCH (c:`Case`) WHERE c.deaths > 0 RETURN count(c) AS n")[0]["n"]
        with (data(RMP) / "rmp_accident_detailed.csv").open(encoding="utf-8") as f:
            fatal = sum(any(int(r[col]) for col in DEATHS) for r in csv.DictReader(f))
        assert deaths == fatal
        again = ingest(RmpImporter(), data(RMP), store, tmp_path)
        assert_nothing_changed(again)
        assert counts(store) == c
    finally:
        store.close()


def test_rmp_subset_on_both_backends(store: GraphStore, tmp_path: Path) -> None:
    first = ingest(RmpImporter(), data(RMP), store, tmp_path, limit=120)
    c = counts(store)
    assert c["Case"] == 120 and first.counts.quarantined == 0
    amm = get_node(store, load(), Ref("Chemical", "7664-41-7"))
    assert amm is not None and amm["name"] == "Ammonia (anhydrous)"
    rows = store.read(
        "MATCH (c:`Case` {uid: $u})-[r:INVOLVED]->(x:Chemical) RETURN x.uid AS cas, r.quantity_kg AS kg",
        {"u": "RMP-100000024252_1"},
    )
    assert rows == [{"cas": "7664-41-7", "kg": pytest.approx(39 * 0.45359237, abs=1e-3)}]
    assert_nothing_changed(ingest(RmpImporter(), data(RMP), store, tmp_path, limit=120))
    assert counts(store) == c


def test_naics_to_key_industry() -> None:
    assert industry_of("325181") == "化工" and industry_of("32592") == "民爆" and industry_of("32411") == "石化"
    assert industry_of("31171") is None
