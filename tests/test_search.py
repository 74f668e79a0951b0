"""Search: the tantivy index over the demo, facets, snippets, bad input, catch-up after a crash, the web page."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import ontology
from bench.search_quality import evaluate, load_queries, summary
from kb import GraphStore, Link, Provenance, Ref, Settings, link, open_store, upsert_nodes
from kb.demo import load_demo
from kb.search import IndexDoc, SearchIndex, despace, manual_snippet, snippet_html

PROV = Provenance("test:search", "pytest")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[GraphStore, SearchIndex]]:
    onto = ontology.load()
    base = tmp_path_factory.mktemp("search-demo")
    store = open_store(Settings(backend="ladybug", data_dir=base / "graph"))
    store.apply_schema(onto)
    load_demo(store, onto)
    index = SearchIndex(base / "search", onto)
    assert index.sync(store) > 900
    yield store, index
    store.close()


@pytest.fixture
def small(tmp_path: Path, onto: ontology.Ontology) -> Iterator[GraphStore]:
    store = open_store(Settings(backend="ladybug", data_dir=tmp_path / "graph"))
    store.apply_schema(onto)
    _seed(store, onto)
    yield store
    store.close()


def _seed(store: GraphStore, onto: ontology.Ontology) -> None:
    ent = {"code": "E1", "name": "江海氯碱<script>alert(1)</script>", "industry": "化工"}
    upsert_nodes(store, onto, "Enterprise", [ent], PROV)
    chem = {"cas": "7782-50-5", "name": "氯", "name_en": "Chlorine", "synonyms": ["液氯", "氯气"],
            "description": "液氯 <b>剧毒</b> & 加压气体"}
    upsert_nodes(store, onto, "Chemical", [chem], PROV)
    upsert_nodes(store, onto, "Case", [{"code": "C1", "name": "测试液氯泄漏事故", "occurred_on": "2020-05-01",
                                        "accident_type": "中毒和窒息", "severity": "一般",
                                        "summary": "储罐阀门泄漏，液氯气化扩散，2人中毒。"}], PROV)
    link(store, onto, [Link("OCCURRED_AT", Ref("Case", "C1"), Ref("Enterprise", "E1")),
                       Link("INVOLVED", Ref("Case", "C1"), Ref("Chemical", "7782-50-5"))], PROV)


def ids(index: SearchIndex, q: str, **kw: Any) -> list[str]:
    return [f"{h.type}:{h.uid}" for h in index.search(q, **kw).hits]


# --- queries over the demo -------------------------------------------------------------------------------


def test_chinese_queries_find_the_right_items(demo: tuple[GraphStore, SearchIndex]) -> None:
    _, index = demo
    top = ids(index, "液氯")
    assert top[0] == "Chemical:7782-50-5"
    assert {"EmergencyPlan:PLAN-CA-ZX-CL2", "EmergencyPlan:PLAN-CA-XC-CL2"} <= set(top)
    assert "Case:CASE-2015-0812-TJ" in ids(index, "天津港")[:3]
    assert ids(index, "7782-50-5")[0] == "Chemical:7782-50-5"
    assert "Chemical:7782-50-5" in ids(index, "Chlorine")
    assert ids(index, "硝化棉")[0] == "Chemical:9004-70-0"


def test_facets_filter_and_count(demo: tuple[GraphStore, SearchIndex]) -> None:
    _, index = demo
    res = index.search("爆炸", facets={"type": "Case"}, limit=50)
    assert res.hits and all(h.type == "Case" for h in res.hits)
    assert res.facet_counts["type"] == {"Case": res.total}
    assert sum(res.facet_counts["severity"].values()) == res.total
    big = index.search("爆炸", facets={"type": "Case", "severity": "特别重大", "year": "2015"})
    assert [h.uid for h in big.hits] == ["CASE-2015-0812-TJ"]
    assert big.hits[0].facets["enterprise"] == "天津东疆保税港区瑞海国际物流有限公司"
    assert big.hits[0].facets["industry"] == "化工"
    plans = index.search("泄漏", facets={"enterprise": "江海氯碱化工有限公司", "type": "EmergencyPlan"})
    assert plans.total >= 2 and all(h.uid.startswith("PLAN-CA-") for h in plans.hits)
    steel = index.search("煤气", facets={"industry": "钢铁"})
    assert steel.total > 0 and all(h.facets.get("industry", "").count("钢铁") for h in steel.hits)
    assert index.search("爆炸", facets={"accident_type": "坍塌"}).total == 0
    assert index.search("坍塌", facets={"accident_type": "坍塌", "type": "Case"}).hits[0].uid == "CASE-2023-0222-ALS"
    # Unknown facets are ignored, odd values just match nothing.
    assert index.search("液氯", facets={"colour": "red"}).total == index.search("液氯").total
    assert index.search("液氯", facets={"type": '"):*'}).total == 0


def test_paging(demo: tuple[GraphStore, SearchIndex]) -> None:
    _, index = demo
    first, second = index.search("泄漏", limit=5), index.search("泄漏", limit=5, offset=5)
    assert first.total == second.total > 10
    assert not {h.uid for h in first.hits} & {h.uid for h in second.hits}


@pytest.mark.parametrize("q", ["", "   ", "x" * 10_000, '"', "(", "a:b", "AND OR NOT", "*", "\\", "液氯 AND (氯气",
                               "type:Case", "[1 TO 5]", "液氯^2~", "\x00", "　", "<script>"])
def test_bad_queries_never_raise(demo: tuple[GraphStore, SearchIndex], q: str) -> None:
    _, index = demo
    res = index.search(q)
    assert res.total >= 0
    if not q.strip() or q.strip() == "\x00":
        assert res.message


def test_bad_query_messages(demo: tuple[GraphStore, SearchIndex]) -> None:
    _, index = demo
    assert index.search("").message == "请输入检索词"
    long = index.search("液氯" * 5000)
    assert "过长" in long.message and long.hits
    assert "字面" in index.search('液氯 AND "氯气"').message
    assert index.search('液氯 AND "氯气"').hits
    assert "没有可检索" in index.search("*").message


def test_search_quality_recall_at_10(demo: tuple[GraphStore, SearchIndex]) -> None:
    _, index = demo
    queries = load_queries()
    assert len(queries) >= 30
    recall, ndcg, n = summary(evaluate(index, queries))
    assert n >= 30
    assert recall >= 0.9, f"recall@10 = {recall:.3f}"
    assert ndcg >= 0.7, f"nDCG@10 = {ndcg:.3f}"


# --- snippets -------------------------------------------------------------------------------------------


def test_snippets_highlight_and_escape(tmp_path: Path, small: GraphStore, onto: ontology.Ontology) -> None:
    index = SearchIndex(tmp_path / "search", onto)
    index.sync(small)
    hit = next(h for h in index.search("液氯").hits if h.type == "Chemical")
    assert "<mark>液氯</mark>" in hit.snippet_html
    assert "&lt;b&gt;" in hit.snippet_html and "<b>" not in hit.snippet_html and "&amp;" in hit.snippet_html
    ent = index.search("江海氯碱").hits[0]
    assert ent.title == "江海氯碱<script>alert(1)</script>"  # the title is plain text; the page escapes it
    assert "<script>" not in "".join(h.snippet_html for h in index.search("script alert").hits)


def test_snippet_helpers() -> None:
    frag = "液氯 储罐 泄漏 <b> 2500 m3"
    start = len("液氯 储罐 ".encode())
    html = snippet_html(frag, [(start, start + len("泄漏".encode()))])
    assert html == "液氯储罐<mark>泄漏</mark>&lt;b&gt;2500 m3"
    assert despace("1# 高炉 ( 2500 m³ )") == "1#高炉(2500 m³)"
    assert manual_snippet("甲乙丙丁液氯戊己", ["液氯"]) == "甲乙丙丁<mark>液氯</mark>戊己"


# --- following the graph --------------------------------------------------------------------------------


def test_sync_follows_writes(store: GraphStore, onto: ontology.Ontology, tmp_path: Path) -> None:
    """On both backends: the first sync indexes everything, later ones only what changed.

    (The Neo4j database may be shared with other test runs writing at the same time: counts there are lower bounds.)
    """
    _seed(store, onto)
    exact = store.backend == "ladybug"
    index = SearchIndex(tmp_path / "search", onto)
    n = index.sync(store)
    assert n == 3 if exact else n >= 3
    if exact:
        assert index.sync(store) == 0
    assert ids(index, "测试液氯泄漏事故")[0] == "Case:C1"
    assert index.search("泄漏", facets={"type": "Case"}).hits[0].facets["enterprise"].startswith("江海氯碱")
    upsert_nodes(store, onto, "Case", [{"code": "C1", "name": "测试液氯泄漏事故", "occurred_on": "2020-05-01",
                                        "accident_type": "中毒和窒息", "summary": "改写：槽车卸车软管破裂。"}], PROV)
    assert index.sync(store) == 1 if exact else index.sync(store) >= 0
    assert ids(index, "软管破裂")[0] == "Case:C1"
    if exact:
        assert index.num_docs == 3


def test_catch_up_after_a_crash(small: GraphStore, onto: ontology.Ontology, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "search"
    index = SearchIndex(path, onto)
    index.sync(small)
    # A write reaches the graph; the process dies before the index commits.
    hazard = {"code": "HZ-X", "name": "光气管道泄漏中毒", "factor_class": "物的因素/化学性"}
    upsert_nodes(small, onto, "Hazard", [hazard], PROV)

    def crash(self: SearchIndex, writer: Any) -> None:
        raise KeyboardInterrupt("power cut")

    monkeypatch.setattr(SearchIndex, "_commit", crash)
    with pytest.raises(KeyboardInterrupt):
        index.sync(small)
    monkeypatch.undo()
    del index
    # Another write that never even got a sync attempt.
    upsert_nodes(small, onto, "Hazard", [{"code": "HZ-Y", "name": "光气钢瓶泄漏", "factor_class": "物的因素/化学性"}],
                 PROV)
    restarted = SearchIndex(path, onto)
    assert restarted.search("光气").total == 0
    assert restarted.sync(small) == 2
    assert {"Hazard:HZ-X", "Hazard:HZ-Y"} <= set(ids(restarted, "光气"))
    assert restarted.sync(small) == 0


def test_a_late_commit_with_earlier_stamps_is_caught(small: GraphStore, onto: ontology.Ontology,
                                                     tmp_path: Path) -> None:
    """A transaction that commits after a later one, its updated_at below what the index has already seen."""
    import datetime as dt

    from kb.search import LOOKBACK

    index = SearchIndex(tmp_path / "search", onto)
    index.sync(small)
    upsert_nodes(small, onto, "Hazard", [{"code": "HZ-A", "name": "光气泄漏", "factor_class": "物的因素/化学性"}], PROV)
    assert index.sync(small) == 1
    mark = dt.datetime.fromisoformat(small.read("MATCH (n:Hazard {uid: 'HZ-A'}) RETURN n.updated_at AS u")[0]["u"])

    def late(code: str, name: str, before: dt.timedelta) -> None:
        upsert_nodes(small, onto, "Hazard", [{"code": code, "name": name, "factor_class": "物的因素/化学性"}], PROV)
        small.write(lambda tx: tx.run("MATCH (n:Hazard {uid: $u}) SET n.updated_at = $t",
                                      {"u": code, "t": (mark - before).isoformat()}))

    late("HZ-LATE", "氯乙烯球罐泄漏", dt.timedelta(seconds=5))  # stamped before HZ-A, committed after it
    assert index.sync(small) == 1
    assert "Hazard:HZ-LATE" in ids(index, "氯乙烯球罐")
    assert index.sync(small) == 0
    # Older than the window: left to `reindex` (the documented limit).
    late("HZ-OLD", "环氧乙烷储罐泄漏", LOOKBACK + dt.timedelta(seconds=60))
    assert index.sync(small) == 0
    index.reindex(small)
    assert "Hazard:HZ-OLD" in ids(index, "环氧乙烷储罐")


class CountingStore:
    """A store that counts its read queries."""

    def __init__(self, store: GraphStore) -> None:
        self.store, self.reads = store, 0
        self.backend = store.backend

    def read(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        self.reads += 1
        return self.store.read(query, params)


def test_idle_sync_is_one_query(small: GraphStore, onto: ontology.Ontology, tmp_path: Path) -> None:
    index = SearchIndex(tmp_path / "search", onto)
    counting = CountingStore(small)
    assert index.sync(counting) == 3  # type: ignore[arg-type]
    counting.reads = 0
    assert index.sync(counting) == 0  # type: ignore[arg-type]
    assert counting.reads == 1
    upsert_nodes(small, onto, "Hazard", [{"code": "HZ-Q", "name": "光气泄漏", "factor_class": "物的因素/化学性"}], PROV)
    counting.reads = 0
    assert index.sync(counting) == 1  # type: ignore[arg-type]
    assert counting.reads <= 4  # probe, fetch, and the new node's facet and context lookups
    counting.reads = 0
    assert index.sync(counting) == 0 and counting.reads == 1  # type: ignore[arg-type]


def test_two_indexes_on_one_directory_share_the_work(small: GraphStore, onto: ontology.Ontology,
                                                     tmp_path: Path) -> None:
    """Two processes serving one index (here two objects, each with its own lock file handle, as two processes
    would have): their syncs never overlap, the second finds nothing left to do, and each sees the other's
    commits at its next search, result cache included."""
    a, b = SearchIndex(tmp_path / "search", onto), SearchIndex(tmp_path / "search", onto)
    assert a.search("光气").total == 0 and b.search("光气").total == 0  # both cache an empty answer
    hazard = {"code": "HZ-X", "name": "光气管道泄漏中毒", "factor_class": "物的因素/化学性"}
    upsert_nodes(small, onto, "Hazard", [hazard], PROV)
    done: list[int] = []
    threads = [threading.Thread(target=lambda ix=ix: done.append(ix.sync(small))) for ix in (a, b)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert sorted(done) == [0, 4]
    assert a.num_docs == b.num_docs == 4
    assert ids(a, "光气") == ids(b, "光气") == ["Hazard:HZ-X"]


def test_sync_does_not_wait_for_a_busy_index(small: GraphStore, onto: ontology.Ontology, tmp_path: Path) -> None:
    path = tmp_path / "search"
    index = SearchIndex(path, onto)
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import fcntl, sys, time
        with open({str(path / "lock")!r}, "a") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            print("locked", flush=True)
            sys.stdin.readline()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert index.sync(small, wait=False) == 0 and index.num_docs == 0  # another process holds the index
        waited: list[int] = []
        th = threading.Thread(target=lambda: waited.append(index.sync(small)))
        th.start()
        time.sleep(0.5)
        assert th.is_alive() and not waited  # a waiting sync blocks until the lock is free
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=10)
    th.join(timeout=30)
    assert waited == [3] and index.num_docs == 3


def test_bulk_load_in_another_process_waits_and_is_seen(onto: ontology.Ontology, tmp_path: Path) -> None:
    """A CLI process writing to the index while a server holds it: the writer waits for the lock instead of
    failing on tantivy's own writer lock, and the server's next search sees the documents."""
    path = tmp_path / "search"
    server = SearchIndex(path, onto)
    assert server.search("四氯化钛").total == 0
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        sys.path.insert(0, {str(Path(__file__).resolve().parent.parent)!r})
        import ontology
        from kb.search import IndexDoc, SearchIndex
        index = SearchIndex(Path({str(path)!r}), ontology.load())
        docs = [IndexDoc("Chemical", f"CH-{{i}}", f"四氯化钛{{i}}号罐", "四氯化钛遇水水解放出氯化氢", [], "", {{}})
                for i in range(5)]
        print(index.add_docs(docs), flush=True)
    """)
    with server._exclusive():
        writer = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True)
        time.sleep(3)
        assert writer.poll() is None, writer.communicate()  # still waiting for the lock, not failed
    out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    assert out.strip() == "5"
    assert server.search("四氯化钛").total == 5  # no sync call here: the new generation is taken up on search
    server.add_docs([IndexDoc("Chemical", "CH-9", "四氯化钛9号罐", "", [], "", {})])
    assert server.num_docs == 6


def test_reindex_equals_sync(small: GraphStore, onto: ontology.Ontology, tmp_path: Path) -> None:
    synced = SearchIndex(tmp_path / "a", onto)
    synced.sync(small)
    rebuilt = SearchIndex(tmp_path / "b", onto)
    rebuilt.sync(small)
    upsert_nodes(small, onto, "Chemical", [{"cas": "7782-50-5", "name": "氯", "name_en": "Chlorine",
                                            "synonyms": ["液氯", "氯气", "氯[液化的]"]}], PROV)
    synced.sync(small)
    assert rebuilt.reindex(small) == 3
    assert synced.num_docs == rebuilt.num_docs == 3
    for q in ("液氯", "江海", "中毒", "Chlorine", "7782-50-5"):
        a, b = synced.search(q), rebuilt.search(q)
        assert [(h.type, h.uid, h.snippet_html, h.facets) for h in a.hits] == \
            [(h.type, h.uid, h.snippet_html, h.facets) for h in b.hits]
        assert a.facet_counts == b.facet_counts


def test_index_schema_change_starts_afresh(small: GraphStore, onto: ontology.Ontology, tmp_path: Path) -> None:
    path = tmp_path / "search"
    SearchIndex(path, onto).sync(small)
    (path / "watermark.json").write_text('{"schema": -1}', encoding="utf-8")
    index = SearchIndex(path, onto)
    assert index.num_docs == 0 and index.sync(small) == 3


# --- the web page ---------------------------------------------------------------------------------------

@pytest.fixture
def client(demo: tuple[GraphStore, SearchIndex], tmp_path: Path) -> Any:
    """The real app (webui.create_app), on the demo store and the demo's index."""
    from webui import create_app

    app = create_app(
        store=demo[0], TESTING=True, LOGIN_DISABLED=True, SECRET_KEY="x", DATA_DIR=str(tmp_path),
        SEARCH_DIR=str(demo[1].path),
    )
    return app.test_client()


def test_search_page_html(client: Any) -> None:
    r = client.get("/search?q=液氯")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert "<mark>液氯</mark>" in html and "危险化学品" in html
    assert "/search?q=" in html and "type=EmergencyPlan" in html  # facet links
    r = client.get("/search?q=液氯&type=EmergencyPlan")
    assert "液氯泄漏中毒事故专项应急预案" in r.get_data(as_text=True)


def test_search_page_json_twin(client: Any) -> None:
    data = client.get("/search?q=天津港&format=json").get_json()
    assert data["hits"][0]["type"] in {"Case", "Document"}
    assert {"query", "total", "hits", "facet_counts", "message"} <= set(data)
    filtered = client.get("/search?q=天津港&type=Case&format=json").get_json()
    assert [h["uid"] for h in filtered["hits"]] == ["CASE-2015-0812-TJ"]


@pytest.mark.parametrize("q", ["", '"', "(", "a:b", "AND OR NOT", "*", "\\", "x" * 10_000, "<script>alert(1)</script>"])
def test_search_page_bad_input(client: Any, q: str) -> None:
    r = client.get("/search", query_string={"q": q, "limit": "abc", "offset": "-5"})
    assert r.status_code == 200
    assert "<script>alert(1)</script>" not in r.get_data(as_text=True)
    assert client.get("/search", query_string={"q": q, "format": "json"}).status_code == 200


def test_counts_over_the_match_condition_equal_counts_over_the_ranked_query(
        demo: tuple[GraphStore, SearchIndex]) -> None:
    """The facet counts and the total are taken over the strict query's match condition (`QueryPlan.match`):
    the same documents as the ranked strict query."""
    import tantivy

    _, index = demo
    searcher = index.index.searcher()
    for q in ("液氯泄漏", "储罐", "天津港 爆炸", "氯气中毒应急", "PLAN-CA-ZH", "chlorine tank", "储罐区火灾事故"):
        plan = index.query_plan(q)
        assert plan is not None and plan.strict is not None and plan.match is not None
        for filt in ({}, {"type": "Case"}):
            must = [(tantivy.Occur.Must, tantivy.Query.term_query(index.schema, k, v)) for k, v in filt.items()]
            ranked = tantivy.Query.boolean_query([(tantivy.Occur.Must, plan.strict), *must])
            counted = tantivy.Query.boolean_query([(tantivy.Occur.Must, plan.match), *must])
            assert index._facet_counts(searcher, ranked) == index._facet_counts(searcher, counted)
