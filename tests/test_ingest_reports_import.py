"""`ingest reports`: the hazmat cases (JSON array) and the construction notices (a folder of .txt) into LadybugDB.

Every source record is either a Case or a quarantine line (with file, record, field and reason); a re-import
changes nothing; a run that fails mid-way resumes from its checkpoint; spans point at the text they came from.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import ontology
from ingest import quarantine
from ingest.checkpoint import Checkpoint
from ingest.reports import ReportsImporter
from ingest.runner import run_import
from kb import GraphStore, Settings, open_store
from tests.test_ingest_support import assert_nothing_changed, counts, data, ingest


@pytest.fixture(scope="module")
def importer() -> ReportsImporter:
    return ReportsImporter()


@pytest.fixture
def lbug(tmp_path: Path) -> Iterator[GraphStore]:
    s = open_store(Settings(backend="ladybug", data_dir=tmp_path / "graph"))
    s.apply_schema(ontology.load())
    yield s
    s.close()


def _quarantined(path: Path | None) -> list[dict[str, str]]:
    return quarantine.read(path) if path is not None else []


def test_hazmat_and_notices_import_then_reimport(importer: ReportsImporter, lbug: GraphStore, tmp_path: Path) -> None:
    hazmat = data("cn-hazmat-cases") / "cases.json"
    notices = data("cn-mohurd-construction-notices") / "text" / "Accident"
    n_hazmat = len(json.loads(hazmat.read_text(encoding="utf-8")))
    n_notices = len([f for f in notices.iterdir() if f.suffix in (".txt", ".docx")])

    first = ingest(importer, hazmat, lbug, tmp_path)
    q1 = _quarantined(first.quarantine_file)
    assert first.counts.records == n_hazmat == 69
    assert counts(lbug)["Case"] + len({r["record"] for r in q1}) == n_hazmat
    assert all(r["file"].endswith("cases.json") and r["record"].startswith("record ") for r in q1)
    assert {r["field"] for r in q1} <= {"正文", "occurred_on", "accident_type"}
    assert any(r["field"] == "正文" and r["reason"] == "empty text" for r in q1)  # record 36 is empty

    cases_before = counts(lbug)["Case"]
    second = ingest(importer, notices, lbug, tmp_path)
    q2 = _quarantined(second.quarantine_file)
    assert second.counts.records == n_notices == 165
    new_cases = counts(lbug)["Case"] - cases_before
    bad = {r["record"] for r in q2}
    assert len(bad) == len(q2)  # one line per quarantined notice
    # a Case is keyed by its text's SHA-256: notices with the same text are one Case
    texts = {f.read_bytes() for f in notices.iterdir() if f.suffix == ".txt" and f.name not in bad}
    assert new_cases == len(texts) and len(texts) + len(bad) >= n_notices - 1
    assert {"199.txt", "203.txt"} <= {r["record"] for r in q2 if r["reason"] == "empty text"}
    assert second.counts.by_type["Enterprise"]["merged"] > 0  # the same unit in several notices

    # a re-import of either source changes nothing, and quarantines the same records
    for path, q in ((hazmat, q1), (notices, q2)):
        again = ingest(importer, path, lbug, tmp_path)
        assert_nothing_changed(again)
        assert sorted(r["record"] for r in _quarantined(again.quarantine_file)) == sorted(r["record"] for r in q)

    # provenance: a Cause's span in its Document's text; a chemical merged across reports says why
    onto = ontology.load()
    rows = lbug.read(
        "MATCH (c:`Cause`)-[s:SOURCED_FROM]->(d:Document) RETURN c.text AS t, c.src_loc AS loc, "
        "s.span_start AS a, s.span_end AS b, d.path AS path LIMIT 5"
    )
    cases = json.loads(hazmat.read_text(encoding="utf-8"))
    assert rows
    for r in rows:
        record = int(r["path"].rsplit("#", 1)[1])
        assert cases[record]["正文"][r["a"] : r["b"]] == r["t"]
        assert r["loc"] == f"record {record}@{r['a']}-{r['b']}"
    merged = lbug.read("MATCH (c:Chemical) WHERE c.merge_reason IS NOT NULL RETURN c.merge_reason AS m LIMIT 1")
    assert merged and merged[0]["m"].startswith("same CAS number")
    assert onto.taxonomy("cause_levels").codes >= {"直接原因", "间接原因", "未注明"}


class _FailingStore:
    """A store whose n-th write transaction raises: a run that dies after some committed batches."""

    def __init__(self, store: GraphStore, fail_at: int) -> None:
        self._store, self._n, self._fail_at = store, 0, fail_at

    def write(self, fn: Any) -> Any:
        self._n += 1
        if self._n == self._fail_at:
            raise RuntimeError("killed")
        return self._store.write(fn)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def test_failed_run_resumes_from_checkpoint(importer: ReportsImporter, lbug: GraphStore, tmp_path: Path) -> None:
    hazmat = data("cn-hazmat-cases") / "cases.json"
    flaky: Any = _FailingStore(lbug, fail_at=3)  # batch 1 (with the Documents), batch 2 commit; batch 3 dies
    with pytest.raises(RuntimeError):
        run_import(importer, hazmat, flaky, state_dir=tmp_path, store_id="t", batch_size=20, stream=io.StringIO())
    ckpt = Checkpoint.load(tmp_path, "reports")
    assert ckpt is not None and ckpt.done == 40
    err = io.StringIO()
    result = run_import(importer, hazmat, lbug, state_dir=tmp_path, store_id="t", batch_size=20, stream=err)
    assert "resuming after 40 of 69" in err.getvalue()
    assert result.counts.records == 69 and Checkpoint.load(tmp_path, "reports") is None
    q = _quarantined(result.quarantine_file)
    assert counts(lbug)["Case"] + len({r["record"] for r in q}) == 69  # nothing lost, nothing twice
    fresh = tmp_path / "fresh"
    other = open_store(Settings(backend="ladybug", data_dir=fresh))
    try:
        other.apply_schema(ontology.load())
        whole = run_import(importer, hazmat, other, state_dir=fresh, store_id="u", stream=io.StringIO())
        assert counts(other) == counts(lbug)
        assert whole.counts.quarantined == result.counts.quarantined
    finally:
        other.close()


class _CountingExtractor:
    """The real extractor, counting the texts it is given."""

    def __init__(self) -> None:
        from ingest.extract.extract import default_extractor

        self.inner = default_extractor()
        self.texts: list[str] = []

    def extract(self, text: str, title: str = "") -> Any:
        self.texts.append(text)
        return self.inner.extract(text, title)


def test_reports_are_extracted_batch_by_batch_and_a_resume_skips_done_ones(lbug: GraphStore, tmp_path: Path) -> None:
    hazmat = data("cn-hazmat-cases") / "cases.json"
    counting = _CountingExtractor()
    imp = ReportsImporter(counting)  # type: ignore[arg-type]
    flaky: Any = _FailingStore(lbug, fail_at=3)
    with pytest.raises(RuntimeError):
        run_import(imp, hazmat, flaky, state_dir=tmp_path, store_id="t", batch_size=20, stream=io.StringIO())
    # three batches built (record 36 is empty: quarantined, never extracted), the third one's commit failed;
    # the rest never read
    assert len(counting.texts) == 60 - 1
    counting.texts.clear()
    run_import(imp, hazmat, lbug, state_dir=tmp_path, store_id="t", batch_size=20, stream=io.StringIO())
    assert len(counting.texts) == 69 - 40  # only the records after the checkpoint (40)


def test_docx_and_bad_inputs(importer: ReportsImporter, lbug: GraphStore, tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    folder = tmp_path / "in"
    folder.mkdir()
    d = docx.Document()
    d.add_paragraph("2021年3月4日，某化工厂发生一起中毒和窒息事故，造成2人死亡。")
    d.save(str(folder / "a.docx"))
    (folder / "b.txt").write_bytes("2018年9月7日，江西省发生一起坍塌事故，造成4人死亡。".encode("gbk"))
    (folder / "c.txt").write_text("某厂发生火灾，1人死亡。", encoding="utf-8")
    (folder / "d.txt").write_text("2020年1月2日，某厂发生一起事故。", encoding="utf-8")
    (folder / "e.txt").write_bytes(b"\x81\x30\xff\xff\xfe")
    (folder / "f.txt").write_text(" \n", encoding="utf-8")
    (folder / "g.xls").write_bytes(b"\xd0\xcf\x11\xe0")  # not read: only .json, .txt and .docx
    result = ingest(importer, folder, lbug, tmp_path)
    assert result.counts.records == 6
    got = {r["record"]: (r["field"], r["reason"]) for r in _quarantined(result.quarantine_file)}
    assert got == {
        "c.txt": ("occurred_on", "no accident date found in the text"),
        "d.txt": ("accident_type", "no GB 6441 accident type or harm mechanism found in the text"),
        "e.txt": ("encoding", "neither UTF-8 nor GB18030"),
        "f.txt": ("text", "empty text"),
    }
    rows = lbug.read("MATCH (c:`Case`) RETURN c.accident_type AS t, c.deaths AS d ORDER BY t")
    assert rows == [{"t": "中毒和窒息", "d": 2}, {"t": "坍塌", "d": 4}]


class _FailsOn:
    """An extractor that fails on texts containing a word, as a fault in a rule would."""

    def __init__(self, inner: Any, word: str) -> None:
        self._inner, self._word = inner, word

    def extract(self, text: str, title: str = "") -> Any:
        if self._word in text:
            raise StopIteration  # what a text naming 煤气, 燃气 and 液化石油气 once raised
        return self._inner.extract(text, title)


def test_a_fault_of_the_extractor_quarantines_its_text_and_imports_the_rest(
    importer: ReportsImporter, lbug: GraphStore, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("2021年3月4日，某化工厂发生一起中毒和窒息事故，造成2人死亡。", encoding="utf-8")
    (folder / "b.txt").write_text("2018年9月7日，江西省某工地发生一起坍塌事故，造成4人死亡。", encoding="utf-8")
    failing = ReportsImporter(_FailsOn(importer.extractor, "坍塌"))  # type: ignore[arg-type]
    result = ingest(failing, folder, lbug, tmp_path)
    assert (result.counts.records, result.counts.quarantined) == (2, 1)
    (row,) = _quarantined(result.quarantine_file)
    assert (row["record"], row["field"]) == ("b.txt", "text")
    assert row["reason"].startswith("the extractor failed on this text (StopIteration")
    assert lbug.read("MATCH (c:`Case`) RETURN c.deaths AS d") == [{"d": 2}]


class _CountingStore:
    """Counts the queries each write transaction runs."""

    def __init__(self, store: GraphStore) -> None:
        self._store = store
        self.queries: list[str] = []

    def write(self, fn: Any) -> Any:
        outer = self

        class Tx:
            def __init__(self, tx: Any) -> None:
                self._tx, self.list_base = tx, tx.list_base

            def run(self, query: str, params: dict[str, Any] | None = None) -> Any:
                outer.queries.append(query)
                return self._tx.run(query, params)

        return self._store.write(lambda tx: fn(Tx(tx)))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def test_batches_read_once_and_reimport_in_any_batch_size_changes_nothing(
    importer: ReportsImporter, lbug: GraphStore, tmp_path: Path
) -> None:
    hazmat = data("cn-hazmat-cases") / "cases.json"
    counting: Any = _CountingStore(lbug)
    first = run_import(importer, hazmat, counting, state_dir=tmp_path, store_id="t", stream=io.StringIO())
    facts = first.counts.total("created")
    assert first.counts.records == 69 and facts > 3000
    # one transaction: a query per node type and relationship group, not per fact; in an empty store no
    # relationship can exist yet (its ends are new), so none is looked up
    assert len(counting.queries) < 80, len(counting.queries)
    assert not [q for q in counting.queries if "-[r:" in q]

    # reports sharing a chemical in different batches: every document is recorded, and a re-import in
    # batches of another size finds everything there
    small = tmp_path / "small"
    other = open_store(Settings(backend="ladybug", data_dir=small / "graph"))
    try:
        other.apply_schema(ontology.load())
        again = ingest(importer, hazmat, other, small, batch_size=7)
        assert again.counts.total("created") == facts and counts(other) == counts(lbug)
        for size in (7, 20, 200):
            assert_nothing_changed(ingest(importer, hazmat, other, small / str(size), batch_size=size))
        query = "MATCH (c:Chemical) WHERE c.merged_from IS NOT NULL RETURN c.uid AS u, c.merged_from AS m"
        merged = {r["u"]: sorted(r["m"]) for r in other.read(query)}
        assert merged and merged == {r["u"]: sorted(r["m"]) for r in lbug.read(query)}
    finally:
        other.close()
    assert_nothing_changed(ingest(importer, hazmat, lbug, tmp_path, batch_size=5))


def test_dry_run_counts_as_the_import_and_writes_nothing(
    importer: ReportsImporter, lbug: GraphStore, tmp_path: Path
) -> None:
    hazmat = data("cn-hazmat-cases") / "cases.json"
    dry = run_import(importer, hazmat, lbug, state_dir=tmp_path, store_id="t", dry_run=True, stream=io.StringIO())
    assert counts(lbug) == {} and Checkpoint.load(tmp_path, "reports") is None
    real = ingest(importer, hazmat, lbug, tmp_path)
    assert dry.counts.by_type == real.counts.by_type and dry.counts.quarantined == real.counts.quarantined
    after = counts(lbug)
    again = run_import(importer, hazmat, lbug, state_dir=tmp_path, store_id="t", dry_run=True, stream=io.StringIO())
    assert_nothing_changed(again)
    assert counts(lbug) == after


def test_reports_on_both_backends(importer: ReportsImporter, store: GraphStore, tmp_path: Path) -> None:
    hazmat = data("cn-hazmat-cases") / "cases.json"
    first = ingest(importer, hazmat, store, tmp_path, limit=24, batch_size=8)
    c = counts(store)
    assert first.counts.records == 24
    assert c["Case"] + len({r["record"] for r in _quarantined(first.quarantine_file)}) == 24
    assert first.counts.total("created") == sum(c.values())
    unsourced = (
        "MATCH (c:`Case`) WHERE c.src_doc IS NULL OR c.src_loc IS NULL OR c.created_by IS NULL RETURN count(c) AS n"
    )
    assert store.read(unsourced)[0]["n"] == 0
    spans = "MATCH (:`Cause`)-[s:SOURCED_FROM]->(:Document) WHERE s.span_start IS NULL RETURN count(s) AS n"
    assert c["Cause"] > 0 and store.read(spans)[0]["n"] == 0
    assert_nothing_changed(ingest(importer, hazmat, store, tmp_path / "again", limit=24, batch_size=5))
    assert counts(store) == c


def test_accountability_becomes_a_path_to_the_unit(importer: ReportsImporter, lbug: GraphStore, tmp_path: Path) -> None:
    # an investigation report's accountability items (written for this test): who answers, with which post, in which
    # unit, and what the report proposes; the bureau is a Regulator, the carrier an Enterprise
    text = (
        "2021年3月4日，某县一辆液化石油气槽车侧翻泄漏，造成1人死亡。\n四、对事故有关责任人员及责任单位的处理建议\n"
        "（一）建议给予党纪、政纪处分人员\n"
        "1.张明，中共党员，东山县交通运输局党组书记、局长。对危险货物运输监管不力，对事故发生负有重要领导责任，"
        "建议给予行政记过处分。\n"
        "2.李强，男，东山物流有限公司安全员。对事故发生负有直接责任，建议予以辞退。\n"
        "（二）对事故责任单位的处理建议\n"
        "1.东山县运输管理所，对辖区危险货物运输车辆监管不力，对事故发生负有监管责任。\n"
    )
    f = tmp_path / "cases.json"
    f.write_text(json.dumps([{"标题": "东山县槽车侧翻事故", "正文": text}], ensure_ascii=False), encoding="utf-8")
    ingest(importer, f, lbug, tmp_path / "state")
    rows = lbug.read(
        "MATCH (:`Case`)-[:HAS_RESPONSIBILITY]->(r:`Responsibility`)-[:ATTRIBUTED_TO]->(p:`Person`)"
        "-[:WORKS_FOR]->(u) RETURN p.name AS person, r.kind AS kind, r.sanction AS sanction, u.name AS unit, "
        "labels(u) AS type ORDER BY person",
        {},
    )
    got = [(r["person"], r["kind"], r["sanction"], r["unit"], str(r["type"]).strip("[]'\"")) for r in rows]
    assert got == [
        ("张明", "领导责任", "建议给予行政记过处分", "东山县交通运输局", "Regulator"),
        ("李强", "直接责任", "建议予以辞退", "东山物流有限公司", "Enterprise"),
    ]
    # a unit found responsible, with no role of its own in the report, is a node too
    units = lbug.read(
        "MATCH (r:`Responsibility`)-[:ATTRIBUTED_TO]->(u:`Regulator`) RETURN u.name AS unit, r.kind AS kind", {}
    )
    assert [(r["unit"], r["kind"]) for r in units] == [("东山县运输管理所", "监管责任")]
    posts = lbug.read(
        "MATCH (p:`Person` {name: $n})-[:HOLDS_POSITION]->(x:`Position`) RETURN x.name AS post ORDER BY post",
        {"n": "张明"},
    )
    assert [r["post"] for r in posts] == ["书记", "局长"]
