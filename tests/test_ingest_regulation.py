"""Regulation texts: a Clause per 第X条 with chapter, number and span; bad files are quarantined, not fatal."""

from __future__ import annotations

import shutil
from pathlib import Path

from ingest import quarantine
from ingest.regulation import RegulationImporter, chinese_number
from kb import GraphStore, Ref, get_node
from ontology import load
from tests.test_ingest_support import assert_nothing_changed, counts, data, ingest

REGS = "cn-coalmine-regulations"


def test_chinese_numbers() -> None:
    texts = ("一", "十", "十二", "二十", "一百零五", "七百二十一")
    assert [chinese_number(t) for t in texts] == [1, 10, 12, 20, 105, 721]


def test_regulations_and_clauses(store: GraphStore, tmp_path: Path) -> None:
    result = ingest(RegulationImporter(), data(REGS), store, tmp_path)
    c = counts(store)
    assert c["Regulation"] == 11 and c["Clause"] == c["HAS_CLAUSE"] == 1500
    assert c["SOURCED_FROM"] == 1511  # every clause and every regulation to its Document, with a span
    rows = store.read(
        "MATCH (r:Regulation {uid: $r})-[:HAS_CLAUSE]->(c:Clause) RETURN c.number AS n", {"r": "煤矿建设安全规程"}
    )
    numbers = {int(r["n"]) for r in rows}
    assert len(rows) == 718 and set(range(1, 722)) - numbers == {93, 97, 104}  # the copied text lacks three
    onto = load()
    art = get_node(store, onto, Ref("Clause", "中华人民共和国矿山安全法|3"))
    assert art is not None and art["chapter"] == "第一章 总则" and art["text"].startswith("第三条")
    span = store.read(
        "MATCH (c:Clause {uid: $u})-[s:SOURCED_FROM]->(d:Document) RETURN s.span_start AS a, s.span_end AS b",
        {"u": art["uid"]},
    )[0]
    text = (data(REGS) / "13-中华人民共和国矿山安全法.txt").read_text(encoding="utf-8")
    assert text[span["a"] : span["b"]].startswith("第三条")
    four = get_node(store, onto, Ref("Clause", "煤矿建设安全规程|4"))
    assert four is not None and four["text"].count("第四条") == 4  # four paragraphs, each numbered in the source
    # out-of-order article numbers (a stray fragment, a cross-reference at a line start) are quarantined
    assert result.quarantine_file is not None
    report = quarantine.read(result.quarantine_file)
    assert len(report) == 11 and {r["field"] for r in report} == {"number"}
    assert_nothing_changed(ingest(RegulationImporter(), data(REGS), store, tmp_path))


def test_gbk_and_empty_files_are_quarantined_and_the_rest_imports(store: GraphStore, tmp_path: Path) -> None:
    folder = tmp_path / "regs"
    folder.mkdir()
    good = data(REGS) / "7-煤矿安全生产事故报告及调查处理规定.txt"
    shutil.copy(good, folder / good.name)
    law = (data(REGS) / "13-中华人民共和国矿山安全法.txt").read_text(encoding="utf-8")
    (folder / "13-矿山安全法-GBK.txt").write_bytes(law.encode("gbk"))
    (folder / "99-空文件.txt").write_text("  \n", encoding="utf-8")
    result = ingest(RegulationImporter(), folder, store, tmp_path)
    c = counts(store)
    assert c["Regulation"] == 1 and c["Clause"] == 18
    assert result.quarantine_file is not None
    report = {r["file"].split("/")[-1]: r for r in quarantine.read(result.quarantine_file)}
    gbk = report["13-矿山安全法-GBK.txt"]
    assert gbk["record"] == "whole file" and gbk["field"] == "encoding"
    assert "not UTF-8" in gbk["reason"] and "GBK" in gbk["reason"]
    empty = report["99-空文件.txt"]
    assert empty["field"] == "text" and empty["reason"] == "empty text"
    assert result.counts.quarantined == 2
