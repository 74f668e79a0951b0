"""Resolution across sources: an enterprise by normalised name, a chemical by CAS; merges are recorded."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ingest.base import SourceDoc, Unit, normalise_cas
from ingest.resolve import normalise_name
from kb import GraphStore, Ref, get_node
from ontology import load
from tests.test_ingest_support import assert_nothing_changed, counts, ingest


class _Names:
    """A tiny importer: one Enterprise per line "code,name"."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def files(self, path: Path) -> list[Path]:
        return [path]

    def read(self, docs: Sequence[SourceDoc]) -> list[Unit]:
        units = []
        for i, line in enumerate(docs[0].path.read_text(encoding="utf-8").splitlines(), start=1):
            code, name = line.split(",")
            unit = Unit(docs[0], f"line {i}", raw=line)
            e = unit.node("Enterprise", code=code, name=name, address=f"from {self.kind}")
            c = unit.node(
                "Case", code=f"{self.kind}-{code}", name="事故", occurred_on="2020-01-01", accident_type="火灾"
            )
            unit.link("OCCURRED_AT", c, e)
            units.append(unit)
        return units


def test_name_normalisation_and_cas() -> None:
    assert normalise_name("江苏天嘉宜化工有限公司") == normalise_name(" 江苏天嘉宜化工 （有限公司）")
    assert normalise_name("Acme Chemicals Co., Ltd.") == normalise_name("ACME CHEMICALS")
    assert normalise_cas("7664-41-7") == "7664-41-7" and normalise_cas("007664-41-7") == "7664-41-7"
    assert normalise_cas("7440-62-6") is None and normalise_cas("00-11-11") is None


def test_enterprise_merges_by_normalised_name(store: GraphStore, tmp_path: Path) -> None:
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text("91320000A,江苏天嘉宜化工有限公司\n", encoding="utf-8")
    b.write_text("X-77,江苏天嘉宜化工（有限公司）\n", encoding="utf-8")
    ingest(_Names("src-a"), a, store, tmp_path)
    result = ingest(_Names("src-b"), b, store, tmp_path)
    assert result.counts.by_type["Enterprise"]["merged"] == 1
    assert counts(store)["Enterprise"] == 1
    ent = get_node(store, load(), Ref("Enterprise", "91320000A"))
    assert ent is not None and ent["created_by"] == "ingest:src-a" and ent["address"] == "from src-a"
    assert len(ent["merged_from"]) == 1
    assert "same normalised name" in ent["merge_reason"] and "X-77" in ent["merge_reason"]
    # the second source's case points at the merged enterprise
    query = "MATCH (c:`Case` {uid: $c})-[:OCCURRED_AT]->(e:Enterprise) RETURN e.uid AS e"
    rows = store.read(query, {"c": "src-b-X-77"})
    assert rows == [{"e": "91320000A"}]
    assert_nothing_changed(ingest(_Names("src-b"), b, store, tmp_path))
    assert counts(store)["Enterprise"] == 1
