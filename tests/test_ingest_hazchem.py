"""The 2015 catalogue and GBZ 2.1 limits: every CAS a Chemical, 剧毒 flags, shifted GBZ rows quarantined."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ingest import quarantine
from ingest.hazchem import HazchemImporter
from kb import GraphStore, Ref, get_node
from ontology import load
from tests.test_ingest_support import assert_nothing_changed, counts, data, ingest

HAZ = "cn-hazchem-catalog"


def test_catalogue_and_limits_import_with_quarantine(store: GraphStore, tmp_path: Path) -> None:
    result = ingest(HazchemImporter(), data(HAZ), store, tmp_path)
    c = counts(store)
    # 2,552 catalogue rows plus the GBZ chemicals that are not in the catalogue
    assert c["Chemical"] == 2573 and c["Document"] == 2
    toxic = store.read("MATCH (n:Chemical) WHERE n.highly_toxic = true RETURN count(n) AS n")[0]["n"]
    assert toxic == 147
    onto = load()
    benzene = get_node(store, onto, Ref("Chemical", "71-43-2"))
    assert benzene is not None and "易燃液体,类别2" in benzene["hazard_classes"] and not benzene["highly_toxic"]
    # an aligned GBZ row (备注 filled): its limits are imported, and the Chinese name names the chemical
    phenol = get_node(store, onto, Ref("Chemical", "108-95-2"))
    assert phenol is not None and phenol["pc_twa_mg_m3"] == 10 and phenol["oel_notes"] == "皮"
    # a shifted row (氨: MAC 20 / PC-TWA 30 where the standard has PC-TWA 20 / PC-STEL 30) is not imported
    ammonia = get_node(store, onto, Ref("Chemical", "7664-41-7"))
    assert ammonia is not None and "mac_mg_m3" not in ammonia
    assert result.quarantine_file is not None
    report = quarantine.read(result.quarantine_file)
    assert len(report) == result.counts.quarantined == 219
    shifted = [r for r in report if r["file"].endswith("gbz2.1-oel-reference.md")]
    assert len(shifted) == len(report)
    for r in report:
        assert r["record"].startswith("line ") and r["field"] and r["reason"] and r["raw"]
    fields = Counter(r["field"] for r in report)
    assert fields == {"备注": 114, "PC-STEL(mg/m³)": 103, "CAS号": 2}  # 217 shifted rows, 2 CAS check-digit errors
    assert all(r["reason"].startswith("columns shifted") for r in report if r["field"] != "CAS号")
    styrene = next(r for r in report if "100-42-5" in r["raw"])
    assert styrene["field"] == "PC-STEL(mg/m³)" and "皮，G2B" in styrene["reason"]
    assert any(r["field"] == "备注" and "7664-41-7" in r["raw"] for r in report)
    assert_nothing_changed(ingest(HazchemImporter(), data(HAZ), store, tmp_path))
    assert counts(store) == c
