"""The store contract: every repository function, transactions and schema, on both backends, and on LadybugDB
served to another process (kb.remote: how the workers of `run.py serve --workers N` reach the graph)."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import ontology
from kb import (
    GraphStore,
    Link,
    Provenance,
    Ref,
    StoreError,
    count_by_type,
    count_relations,
    get_node,
    link,
    list_nodes,
    neighbourhood,
    paths,
    upsert_nodes,
)
from kb.remote import RemoteStore, StoreServer, socket_address
from kb.repository import write_nodes

PROV = Provenance(src_doc="test:contract", created_by="pytest", src_loc="line 1")


@pytest.fixture(params=["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j), "served"])
def store(request: pytest.FixtureRequest, tmp_path: Path, onto: ontology.Ontology) -> Iterator[GraphStore]:
    """The conftest's store on each backend, and "served": a LadybugDB store behind a StoreServer, used through a
    RemoteStore client (a real Unix socket and the HMAC handshake; the server runs in a thread of this process)."""
    if request.param != "served":
        yield request.getfixturevalue("any_store")
        return
    from kb import Settings, open_store

    owner = open_store(Settings(backend="ladybug", data_dir=tmp_path / "graph"))
    owner.apply_schema(onto)
    key = os.urandom(32)
    server = StoreServer(owner, socket_address(), key, calls={"echo": lambda *a: list(a)}).start()
    client = RemoteStore(server.address, key, connect_timeout=10)
    yield client
    client.close()
    server.close()
    owner.close()


def org(store: GraphStore, onto: ontology.Ontology) -> None:
    """Equipment ← custodian → position → department → enterprise ← regulator: a five-hop chain."""
    upsert_nodes(store, onto, "Enterprise", [{"code": "E1", "name": "江海氯碱化工有限公司", "industry": "化工"}], PROV)
    upsert_nodes(store, onto, "Department", [{"code": "D1", "name": "电解车间"}], PROV)
    upsert_nodes(store, onto, "Position", [{"code": "P1", "name": "电解班长", "level": "班组长"}], PROV)
    upsert_nodes(store, onto, "Person", [{"code": "U1", "name": "王强"}], PROV)
    upsert_nodes(
        store, onto, "Equipment", [{"code": "V-101", "name": "液氯储罐", "kind": "储罐", "capacity_m3": 40.0}], PROV
    )
    upsert_nodes(store, onto, "Regulator", [{"code": "R1", "name": "江海县应急管理局", "level": "县"}], PROV)
    link(
        store,
        onto,
        [
            Link("RESPONSIBLE_FOR", Ref("Person", "U1"), Ref("Equipment", "V-101"), {"role": "设备负责人"}),
            Link("HOLDS_POSITION", Ref("Person", "U1"), Ref("Position", "P1")),
            Link("BELONGS_TO", Ref("Position", "P1"), Ref("Department", "D1")),
            Link("BELONGS_TO", Ref("Department", "D1"), Ref("Enterprise", "E1")),
            Link("SUPERVISES", Ref("Regulator", "R1"), Ref("Enterprise", "E1"), {"basis": "属地"}),
        ],
        PROV,
    )


def test_schema_applies_twice_and_reports_health(store: GraphStore, onto: ontology.Ontology) -> None:
    first = store.apply_schema(onto)
    second = store.apply_schema(onto)
    assert first and second
    h = store.health()
    assert h.ok, h.detail
    assert h.backend == store.backend


def test_upsert_creates_then_updates_with_provenance(store: GraphStore, onto: ontology.Ontology) -> None:
    s1 = upsert_nodes(store, onto, "Chemical", [{"cas": "7782-50-5", "name": "氯", "synonyms": ["液氯"]}], PROV)
    assert (s1.created, s1.updated) == (1, 0)
    s2 = upsert_nodes(store, onto, "Chemical", [{"cas": "7782-50-5", "name": "氯", "lel_vol_pct": 4.0}], PROV)
    assert (s2.created, s2.updated) == (0, 1)
    s3 = upsert_nodes(store, onto, "Chemical", [{"cas": "7782-50-5", "name": "氯", "lel_vol_pct": 4.0}], PROV)
    assert (s3.created, s3.updated, s3.unchanged) == (0, 0, 1)  # the same facts again change nothing
    node = get_node(store, onto, Ref("Chemical", "7782-50-5"))
    assert node is not None
    assert node["_type"] == "Chemical"
    assert node["synonyms"] == ["液氯"]  # an upsert without a property keeps the stored value
    assert node["lel_vol_pct"] == 4.0
    assert node["src_doc"] == "test:contract" and node["created_by"] == "pytest" and node["src_loc"] == "line 1"
    assert node["created_at"].startswith("20") and node["updated_at"] > node["created_at"]
    assert count_by_type(store, onto)["Chemical"] == 1


def test_values_round_trip_with_their_types(store: GraphStore, onto: ontology.Ontology) -> None:
    rec = {
        "code": "C1",
        "name": "测试“案例”'; MATCH (n) DETACH DELETE n //",
        "occurred_on": "2019-03-21",
        "accident_type": "其他爆炸",
        "deaths": 78,
        "direct_loss_cny": 1.986e9,
    }
    upsert_nodes(store, onto, "Case", [rec], PROV)
    upsert_nodes(store, onto, "Chemical", [{"cas": "71-43-2", "name": "苯", "highly_toxic": False}], PROV)
    node = get_node(store, onto, Ref("Case", "C1"))
    assert node is not None
    assert node["name"] == rec["name"]  # a value is a parameter, never query text
    assert node["deaths"] == 78 and isinstance(node["deaths"], int)
    assert node["direct_loss_cny"] == 1.986e9
    assert node["occurred_on"] == "2019-03-21"
    chem = get_node(store, onto, Ref("Chemical", "71-43-2"))
    assert chem is not None and chem["highly_toxic"] is False


def test_invalid_record_names_field_and_writes_nothing(store: GraphStore, onto: ontology.Ontology) -> None:
    good = {"code": "EQ-1", "name": "泵", "kind": "泵"}
    bad = {"code": "EQ-2", "name": "罐", "kind": "飞船"}
    with pytest.raises(ontology.RecordError) as err:
        upsert_nodes(store, onto, "Equipment", [good, bad], PROV, source="equipment.csv")
    assert err.value.source == "equipment.csv" and err.value.field == "kind" and "EQ-2" in err.value.record
    assert count_by_type(store, onto)["Equipment"] == 0


def test_failed_transaction_leaves_nothing(store: GraphStore, onto: ontology.Ontology) -> None:
    def work(tx):  # type: ignore[no-untyped-def]
        write_nodes(
            tx, "Regulator", [{"uid": "R9", "code": "R9", "name": "市应急管理局", "src_doc": "t", "created_by": "t"}]
        )
        assert tx.run("MATCH (n:Regulator {uid: 'R9'}) RETURN count(n) AS c")[0]["c"] == 1
        raise RuntimeError("boom after a write")

    with pytest.raises(RuntimeError, match="boom"):
        store.write(work)
    assert count_by_type(store, onto)["Regulator"] == 0


def test_a_failed_statement_in_a_write_raises_its_own_error(store: GraphStore, onto: ontology.Ontology) -> None:
    """The statement's error reaches the caller, not a complaint from the rollback that follows it."""
    row = {"uid": "R8", "code": "R8", "name": "县应急管理局", "src_doc": "t", "created_by": "t"}
    store.write(lambda tx: write_nodes(tx, "Regulator", [row]))

    def duplicate(tx):  # type: ignore[no-untyped-def]
        tx.run("CREATE (:Regulator {uid: $u, code: $u, name: 'x', src_doc: 't', created_by: 't'})", {"u": "R8"})

    with pytest.raises(Exception) as e:
        store.write(duplicate)
    assert "no active transaction" not in str(e.value).lower()
    assert "R8" in str(e.value) or "primary key" in str(e.value).lower()  # names the violated key or its value
    assert count_by_type(store, onto)["Regulator"] == 1


def test_bad_query_raises_store_error(store: GraphStore) -> None:
    with pytest.raises(StoreError):
        store.read("MATCH (n:NoSuchLabel RETURN n")


def test_link_creates_updates_and_validates(store: GraphStore, onto: ontology.Ontology) -> None:
    org(store, onto)
    rels = count_relations(store, onto)
    assert rels["BELONGS_TO"] == 2 and rels["SUPERVISES"] == 1
    again = link(
        store, onto, [Link("SUPERVISES", Ref("Regulator", "R1"), Ref("Enterprise", "E1"), {"basis": "行业"})], PROV
    )
    assert (again.created, again.updated) == (0, 1)
    assert count_relations(store, onto)["SUPERVISES"] == 1
    sub = neighbourhood(store, onto, Ref("Regulator", "R1"), 1)
    (edge,) = sub.edges
    assert edge.props["basis"] == "行业" and edge.props["src_doc"] == "test:contract"

    with pytest.raises(ontology.RecordError, match="may not join"):
        link(
            store, onto, [Link("SUPERVISES", Ref("Enterprise", "E1"), Ref("Regulator", "R1"), {"basis": "属地"})], PROV
        )
    with pytest.raises(ontology.RecordError) as err:
        link(
            store,
            onto,
            [
                Link("IN_INDUSTRY", Ref("Enterprise", "E1"), Ref("Industry", "化工")),  # missing node
            ],
            PROV,
        )
    assert err.value.field == "to"
    with pytest.raises(ontology.RecordError, match="required"):
        link(store, onto, [Link("SUPERVISES", Ref("Regulator", "R1"), Ref("Enterprise", "E1"))], PROV)


def test_batch_with_one_bad_link_writes_none(store: GraphStore, onto: ontology.Ontology) -> None:
    org(store, onto)
    before = count_relations(store, onto)
    upsert_nodes(store, onto, "Site", [{"code": "S1", "name": "氯碱装置", "kind": "装置"}], PROV)
    with pytest.raises(ontology.RecordError):
        link(
            store,
            onto,
            [
                Link("LOCATED_AT", Ref("Equipment", "V-101"), Ref("Site", "S1")),
                Link("LOCATED_AT", Ref("Equipment", "V-999"), Ref("Site", "S1")),
            ],
            PROV,
        )
    assert count_relations(store, onto) == before


def test_neighbourhood_by_depth(store: GraphStore, onto: ontology.Ontology) -> None:
    org(store, onto)
    one = neighbourhood(store, onto, Ref("Equipment", "V-101"), 1)
    assert set(one.nodes) == {Ref("Equipment", "V-101"), Ref("Person", "U1")}
    assert [(e.type, e.src, e.dst) for e in one.edges] == [
        ("RESPONSIBLE_FOR", Ref("Person", "U1"), Ref("Equipment", "V-101"))
    ]
    three = neighbourhood(store, onto, Ref("Equipment", "V-101"), 3)
    assert Ref("Department", "D1") in three.nodes and Ref("Enterprise", "E1") not in three.nodes
    assert len({(e.type, e.src, e.dst) for e in three.edges}) == len(three.edges) == 3
    only = neighbourhood(store, onto, Ref("Enterprise", "E1"), 2, rel_types=["SUPERVISES"])
    assert set(only.nodes) == {Ref("Enterprise", "E1"), Ref("Regulator", "R1")}
    with pytest.raises(KeyError):
        neighbourhood(store, onto, Ref("Equipment", "nope"), 1)


def test_paths_between_nodes(store: GraphStore, onto: ontology.Ontology) -> None:
    org(store, onto)
    found = paths(store, onto, Ref("Equipment", "V-101"), Ref("Regulator", "R1"), max_depth=5)
    assert len(found) == 1
    (p,) = found
    assert p.nodes == [
        Ref("Equipment", "V-101"),
        Ref("Person", "U1"),
        Ref("Position", "P1"),
        Ref("Department", "D1"),
        Ref("Enterprise", "E1"),
        Ref("Regulator", "R1"),
    ]
    assert [e.type for e in p.edges] == ["RESPONSIBLE_FOR", "HOLDS_POSITION", "BELONGS_TO", "BELONGS_TO", "SUPERVISES"]
    assert p.edges[0].src == Ref("Person", "U1")  # direction is kept even though matching ignores it
    assert paths(store, onto, Ref("Equipment", "V-101"), Ref("Regulator", "R1"), max_depth=4) == []
    assert paths(store, onto, Ref("Equipment", "V-101"), Ref("Regulator", "R1"), rel_types=["BELONGS_TO"]) == []
    # A second, shorter route comes first.
    link(
        store,
        onto,
        [Link("RESPONSIBLE_FOR", Ref("Department", "D1"), Ref("Equipment", "V-101"), {"role": "属地管理"})],
        PROV,
    )
    found = paths(store, onto, Ref("Equipment", "V-101"), Ref("Regulator", "R1"), max_depth=5)
    assert [len(p) for p in found] == [3, 5]


def test_counts_and_listing(store: GraphStore, onto: ontology.Ontology) -> None:
    org(store, onto)
    counts = count_by_type(store, onto)
    assert set(counts) == set(onto.nodes)
    assert counts["Person"] == 1 and counts["Case"] == 0
    assert sum(count_relations(store, onto).values()) == 5
    upsert_nodes(store, onto, "Regulator", [{"code": "R0", "name": "市应急管理局"}], PROV)
    listed = list_nodes(store, onto, "Regulator")
    assert [n["uid"] for n in listed] == ["R0", "R1"]
    assert [n["uid"] for n in list_nodes(store, onto, "Regulator", limit=1, skip=1)] == ["R1"]


# --- the served store only: what the contract above cannot show -----------------------------------------------


@pytest.fixture
def served(tmp_path: Path, onto: ontology.Ontology) -> Iterator[tuple[GraphStore, StoreServer, bytes]]:
    from kb import Settings, open_store

    owner = open_store(Settings(backend="ladybug", data_dir=tmp_path / "graph"))
    owner.apply_schema(onto)
    key = os.urandom(32)
    server = StoreServer(owner, socket_address(), key, calls={"add": lambda a, b: a + b}).start()
    yield owner, server, key
    server.close()
    owner.close()
    assert not Path(server.address).parent.exists()  # the socket's private directory goes with it


def test_served_store_runs_named_calls_and_refuses_a_wrong_key(served: tuple[GraphStore, StoreServer, bytes]) -> None:
    owner, server, key = served
    client = RemoteStore(server.address, key, connect_timeout=10)
    assert client.backend == owner.backend == "ladybug"
    assert client.call("add", 2, 3) == 5
    with pytest.raises(StoreError, match="KeyError"):
        client.call("no-such-call")
    from multiprocessing import AuthenticationError

    with pytest.raises((AuthenticationError, StoreError, OSError)):
        RemoteStore(server.address, os.urandom(32), connect_timeout=2)
    assert client.call("add", "a", "b") == "ab"  # the server still serves the right key after a wrong one
    client.close()


def test_served_writes_from_threads_and_processes_gone_mid_transaction(
    served: tuple[GraphStore, StoreServer, bytes], onto: ontology.Ontology
) -> None:
    """Threads of a worker write at once (each its own connection and transaction); a worker that dies inside a
    transaction has it rolled back and the store goes on serving the others."""
    owner, server, key = served
    client = RemoteStore(server.address, key, connect_timeout=10)

    def add(i: int) -> None:
        upsert_nodes(client, onto, "Person", [{"code": f"U{i}", "name": f"员工{i}"}], PROV)

    threads = [threading.Thread(target=add, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert count_by_type(owner, onto)["Person"] == 8

    from multiprocessing.connection import Client

    dying = Client(server.address, family="AF_UNIX", authkey=key)
    dying.send(("begin",))
    assert dying.recv()[0] == "ok"
    dying.send(("run", "CREATE (:Person {uid: 'ghost', name: '幽灵'})", None))
    assert dying.recv()[0] == "ok"
    dying.close()  # gone before "commit"
    add(99)  # the store's lock was released: this write goes through
    uids = {r["uid"] for r in client.read("MATCH (p:Person) RETURN p.uid AS uid")}
    assert "ghost" not in uids and "U99" in uids
    client.close()


def test_served_store_reconnects_after_a_broken_connection(
    served: tuple[GraphStore, StoreServer, bytes], onto: ontology.Ontology
) -> None:
    """A thread whose connection broke (the owner dropped an idle transaction, a socket error) is not stuck with
    it: a read retries once on a new connection, a write fails once and the next one goes through."""
    _, server, key = served
    client = RemoteStore(server.address, key, connect_timeout=10)
    client._conn().close()  # break this thread's connection under the client
    assert client.read("RETURN 1 AS one") == [{"one": 1}]
    client._conn().close()
    with pytest.raises(StoreError, match="gone"):
        upsert_nodes(client, onto, "Person", [{"code": "U1", "name": "王强"}], PROV)
    upsert_nodes(client, onto, "Person", [{"code": "U1", "name": "王强"}], PROV)
    assert count_by_type(client, onto)["Person"] == 1
    client.close()


def test_ladybug_checkpoint_keeps_committed_data(tmp_path: Path, onto: ontology.Ontology) -> None:
    from kb.ladybug_store import LadybugStore

    store = LadybugStore(tmp_path / "graph")
    store.apply_schema(onto)
    upsert_nodes(store, onto, "Chemical", [{"cas": "7782-50-5", "name": "氯"}], PROV)
    wal = tmp_path / "graph" / "graph.lbug.wal"
    assert wal.exists() and wal.stat().st_size > 0  # committed, in the log
    store.checkpoint()
    assert not wal.exists() or wal.stat().st_size == 0  # written into the database file
    store.close()
    again = LadybugStore(tmp_path / "graph")
    try:
        assert get_node(again, onto, Ref("Chemical", "7782-50-5")) is not None
    finally:
        again.close()


def test_ladybug_checkpoint_threshold_from_the_environment(tmp_path: Path) -> None:
    from kb import Settings as S
    from kb import open_store

    assert S.from_env({}).ladybug_checkpoint_mb == 64
    assert S.from_env({"ANZHI_LADYBUG_CHECKPOINT_MB": " 48 "}).ladybug_checkpoint_mb == 48
    # 48, not LadybugDB's own default (16 MB) nor ours (64): the setting must reach the database
    store = open_store(S(backend="ladybug", data_dir=tmp_path / "graph", ladybug_checkpoint_mb=48))
    try:
        threshold = store.read("CALL current_setting('checkpoint_threshold') RETURN *")
        assert [str(v) for v in threshold[0].values()] == [str(48 * 1024 * 1024)]
    finally:
        store.close()
