"""Flammability and exposure limits by CAS, merged onto the catalogue's chemicals with the merge recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import quarantine
from ingest.chemprops import ChemPropsImporter
from ingest.hazchem import HazchemImporter
from kb import GraphStore, Ref, get_node
from ontology import load
from tests.test_ingest_support import assert_nothing_changed, counts, data, ingest

PROPS = "chem-flammability-exposure"


def test_properties_merge_onto_catalogue_chemicals(store: GraphStore, tmp_path: Path) -> None:
    ingest(HazchemImporter(), data("cn-hazchem-catalog"), store, tmp_path)
    before = counts(store)["Chemical"]
    result = ingest(ChemPropsImporter(), data(PROPS), store, tmp_path)
    c = result.counts
    merged = c.by_type["Chemical"]["merged"]
    assert merged > 500 and c.by_type["Chemical"]["created"] + before == counts(store)["Chemical"]
    methane = get_node(store, load(), Ref("Chemical", "74-82-8"))
    assert methane is not None
    assert methane["lel_vol_pct"] == pytest.approx(5.0) and methane["uel_vol_pct"] == pytest.approx(15.0)
    assert methane["autoignition_c"] == pytest.approx(600.0, abs=5)
    assert methane["hazard_classes"] and methane["created_by"] == "ingest:hazchem"  # first source keeps provenance
    assert methane["merge_reason"] == "same CAS number 74-82-8" and len(methane["merged_from"]) == 1
    assert methane["merged_from"][0].startswith("doc-") and "NFPA 497-2008" in methane["property_source"]
    # quarantine: rows without a CAS number (Ontario agents such as "Coal dust") are reported, not lost
    assert result.quarantine_file is not None
    report = quarantine.read(result.quarantine_file)
    assert len(report) == c.quarantined > 0
    assert any("Coal dust" in r["raw"] and r["field"] == "CAS" for r in report)
    assert_nothing_changed(ingest(ChemPropsImporter(), data(PROPS), store, tmp_path))
    assert_nothing_changed(ingest(HazchemImporter(), data("cn-hazchem-catalog"), store, tmp_path))
