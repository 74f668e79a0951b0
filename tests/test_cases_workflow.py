"""Case management on both backends: workflow, evidence and custody, tasks, the audit chain, five whys, AcciMap."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

import ontology
from cases import analysis, audit, evidence, tasks, workflow
from cases.audit import CaseError
from kb import GraphStore, Link, Provenance, Ref, get_node, link, upsert_nodes

ACTOR = "调查组-李四"


def seed(store: GraphStore, onto: ontology.Ontology) -> Ref:
    prov = Provenance("test:cases", "pytest")
    upsert_nodes(store, onto, "Enterprise", [{"code": "E1", "name": "江海化工"}], prov)
    upsert_nodes(
        store,
        onto,
        "Position",
        [
            {"code": "POS-GM", "name": "总经理", "level": "主要负责人"},
            {"code": "POS-OP", "name": "操作工", "level": "操作人员"},
        ],
        prov,
    )
    upsert_nodes(store, onto, "Person", [{"code": "P1", "name": "王五"}], prov)
    upsert_nodes(
        store,
        onto,
        "Regulator",
        [
            {"code": "R1", "name": "某县人民政府", "level": "县"},
            {"code": "R2", "name": "某县应急管理局", "level": "县"},
        ],
        prov,
    )
    link(store, onto, [Link("HOLDS_POSITION", Ref("Person", "P1"), Ref("Position", "POS-OP"))], prov)
    return workflow.open_case(
        store,
        onto,
        ACTOR,
        {
            "code": "CASE-T1",
            "name": "江海化工“5·1”中毒事故",
            "occurred_on": "2024-05-01",
            "accident_type": "中毒和窒息",
            "deaths": 3,
            "direct_loss_cny": 2_000_000,
            "summary": "受限空间作业中毒。",
        },
    )


def counts(store: GraphStore) -> dict[str, int]:
    return {
        t: int(store.read(f"MATCH (n:`{t}`) RETURN count(n) AS n")[0]["n"])
        for t in ("CaseEvent", "Task", "Evidence", "Cause", "AuditEntry")
    }


def status(store: GraphStore, onto: ontology.Ontology, case: Ref) -> str:
    node = get_node(store, onto, case)
    assert node is not None
    return str(node["status"])


def test_workflow_transitions_close_and_reopen(store: GraphStore, onto: ontology.Ontology) -> None:
    case = seed(store, onto)
    node = get_node(store, onto, case)
    assert node is not None and node["status"] == "reported" and node["severity"] == "较大"  # 3 deaths, decree 493
    assert workflow.allowed_next("reported") == ("investigating", "closed")

    # forbidden: a clear message, logged in the audit chain, nothing else written
    before = counts(store)
    with pytest.raises(CaseError, match="cannot move from reported to corrective_actions") as e:
        workflow.transition(store, onto, case, "corrective_actions", ACTOR)
    assert e.value.code == "forbidden"
    after = counts(store)
    assert status(store, onto, case) == "reported"
    assert after["CaseEvent"] == before["CaseEvent"] and after["AuditEntry"] == before["AuditEntry"] + 1
    assert audit.audit_log(store, case)[-1].action == "refused:case.status"

    workflow.transition(store, onto, case, "investigating", ACTOR)
    with pytest.raises(CaseError, match="needs at least one cause"):  # guard
        workflow.transition(store, onto, case, "causes_determined", ACTOR)
    direct = analysis.add_cause(
        store,
        onto,
        case,
        "作业人员未检测即进入受限空间",
        "直接原因",
        ACTOR,
        factor_class="人的因素/行为/违章作业",
        party=Ref("Person", "P1"),
    )
    workflow.transition(store, onto, case, "causes_determined", ACTOR)
    task = tasks.add_task(
        store,
        onto,
        case,
        "修订受限空间作业规程",
        Ref("Position", "POS-GM"),
        ACTOR,
        kind="corrective",
        due_on="2020-01-01",
    )
    # straight to closed is not in the table from causes_determined; step back, then close
    workflow.transition(store, onto, case, "investigating", ACTOR)
    with pytest.raises(CaseError, match="needs a reason"):
        workflow.transition(store, onto, case, "closed", ACTOR)
    with pytest.raises(CaseError, match="1 task\\(s\\) still open: 修订受限空间作业规程") as e:
        workflow.transition(store, onto, case, "closed", ACTOR, reason="非生产安全事故")
    assert e.value.code == "open_tasks" and status(store, onto, case) == "investigating"
    res = workflow.transition(store, onto, case, "closed", ACTOR, reason="非生产安全事故", acknowledge_open_tasks=True)
    assert res.warnings and "修订受限空间作业规程" in res.warnings[0]
    node = get_node(store, onto, case)
    assert node is not None and node["status"] == "closed" and node["closed_reason"] == "非生产安全事故"

    res = workflow.transition(store, onto, case, "investigating", ACTOR, reason="发现新证据")
    node = get_node(store, onto, case)
    assert node is not None and node["status"] == "investigating" and not node.get("closed_reason")
    kinds = [e["kind"] for e in workflow.timeline(store, case)]
    assert kinds[0] == "opened" and kinds[-2:] == ["closed", "reopened"]
    assert kinds.count("status") == 3 and "task_added" in kinds and "cause_added" in kinds
    reopened = workflow.timeline(store, case)[-1]
    assert (reopened["from_status"], reopened["to_status"], reopened["actor"]) == ("closed", "investigating", ACTOR)
    assert [str(t.uid) for t in tasks.overdue(store, dt.date(2024, 6, 1))] == [task.uid]
    assert direct.uid.startswith("CASE-T1/C-")
    report = audit.verify_chain(store, case)
    assert report.ok, report.problems
    actions = [a.action for a in audit.audit_log(store, case)]
    assert actions[0] == "case.opened" and "case.reopened" in actions and actions.count("refused:case.status") == 4


def test_tasks_unknown_owner_refused_and_status(store: GraphStore, onto: ontology.Ontology) -> None:
    case = seed(store, onto)
    before = counts(store)
    with pytest.raises(CaseError, match="unknown owner Person:NOBODY") as e:
        tasks.add_task(store, onto, case, "整改", Ref("Person", "NOBODY"), ACTOR, due_on="2030-01-01")
    assert e.value.code == "unknown_owner"
    with pytest.raises(CaseError, match="Person or a Position"):
        tasks.add_task(store, onto, case, "整改", Ref("Enterprise", "E1"), ACTOR)
    with pytest.raises(CaseError, match="not a date"):
        tasks.add_task(store, onto, case, "整改", Ref("Person", "P1"), ACTOR, due_on="明天")
    after = counts(store)
    assert after["Task"] == before["Task"] == 0 and after["CaseEvent"] == before["CaseEvent"]
    assert [a.action for a in audit.audit_log(store, case)][-3:] == ["refused:task.add"] * 3

    t1 = tasks.add_task(
        store, onto, case, "隐患整改", Ref("Person", "P1"), ACTOR, kind="corrective", due_on=dt.date(2024, 1, 10)
    )
    t2 = tasks.add_task(
        store, onto, case, "培训", Ref("Position", "POS-OP"), ACTOR, kind="preventive", due_on="2099-01-01"
    )
    today = dt.date(2024, 2, 1)
    views = {v.uid: v for v in tasks.tasks_of(store, case, today)}
    assert views[t1.uid].overdue and not views[t2.uid].overdue and views[t1.uid].owner_name == "王五"
    assert views[t2.uid].owner == Ref("Position", "POS-OP")
    tasks.set_status(store, onto, case, t1.uid, "done", ACTOR)
    assert tasks.overdue(store, today) == []
    with pytest.raises(CaseError, match="cannot move from done to cancelled"):
        tasks.set_status(store, onto, case, t1.uid, "cancelled", ACTOR)
    assert tasks.tasks_of(store, case, today)[-1].done_on == dt.date.today().isoformat()
    assert audit.verify_chain(store, case).ok


def test_evidence_round_trip_custody_and_tamper(store: GraphStore, onto: ontology.Ontology, tmp_path: Path) -> None:
    case = seed(store, onto)
    files = evidence.FileStore(tmp_path)
    cause = analysis.add_cause(store, onto, case, "气体检测仪失效", "直接原因", ACTOR, factor_class="物的因素/物理性")
    data = "现场照片".encode() * 100
    ev = evidence.add_evidence(store, onto, files, case, "photo.jpg", data, ACTOR, supports=[cause])
    sha = get_node(store, onto, ev)["sha256"]  # type: ignore[index]
    stored = tmp_path / "evidence" / sha[:2] / sha
    assert (stored.read_bytes() == data and not os.access(stored, os.W_OK)) or os.geteuid() == 0
    with pytest.raises(CaseError, match="already evidence"):
        evidence.add_evidence(store, onto, files, case, "again.jpg", data, ACTOR)
    node, got = evidence.open_evidence(store, onto, files, case, ev.uid, ACTOR)
    assert got == data and node["media_type"] == "image/jpeg"
    assert evidence.verify(store, onto, files, case, ev.uid, ACTOR).ok
    assert [e["kind"] for e in evidence.custody_log(store, ev)] == [
        "evidence_collected",
        "evidence_viewed",
        "evidence_verified",
    ]
    assert analysis.cause_graph(store, onto, case)[0].evidence[0]["sha256"] == sha

    os.chmod(stored, 0o644)
    stored.write_bytes(data + b"x")  # tampered on disk
    res = evidence.verify(store, onto, files, case, ev.uid, ACTOR)
    assert not res.ok and res.integrity == "tampered" and res.actual != sha
    with pytest.raises(CaseError, match="refused: the stored file \\(tampered\\)"):
        evidence.open_evidence(store, onto, files, case, ev.uid, ACTOR, "exported")
    assert get_node(store, onto, ev)["integrity"] == "tampered"  # type: ignore[index]
    kinds = [e["kind"] for e in evidence.custody_log(store, ev)]
    assert kinds[-1] == "evidence_tampered" and "evidence_exported" not in kinds
    assert audit.audit_log(store, case)[-1].action == "refused:evidence.exported"
    stored.unlink()
    assert evidence.verify(store, onto, files, case, ev.uid, ACTOR).integrity == "missing"
    with pytest.raises(CaseError, match="Cause or Responsibility"):
        evidence.add_evidence(store, onto, files, case, "b.txt", b"b", ACTOR, supports=[Ref("Cause", "NOPE")])
    assert counts(store)["Evidence"] == 1


def test_audit_chain_detects_tampering(store: GraphStore, onto: ontology.Ontology) -> None:
    case = seed(store, onto)
    workflow.transition(store, onto, case, "investigating", ACTOR)
    analysis.add_cause(store, onto, case, "管理制度缺失", "管理原因", ACTOR, factor_class="管理因素")
    log = audit.audit_log(store, case)
    assert [a.seq for a in log] == [1, 2, 3] and log[1].before == {"status": "reported"}
    assert log[1].prev_sha256 == log[0].sha256 and audit.verify_chain(store, case).ok
    # someone with database access rewrites history
    store.write(lambda tx: tx.run("MATCH (a:`AuditEntry` {uid: $u}) SET a.actor = 'mallory'", {"u": log[1].uid}))
    rep = audit.verify_chain(store, case)
    assert not rep.ok and any("#2: content does not match" in p for p in rep.problems)
    store.write(lambda tx: tx.run("MATCH (a:`AuditEntry` {uid: $u}) SET a.actor = $a", {"u": log[1].uid, "a": ACTOR}))
    assert audit.verify_chain(store, case).ok
    store.write(lambda tx: tx.run("MATCH (a:`AuditEntry` {uid: $u}) DETACH DELETE a", {"u": log[2].uid}))
    rep = audit.verify_chain(store, case)
    assert not rep.ok and any("counts 3 entries, 2 found" in p for p in rep.problems)


def test_five_whys_and_accimap(store: GraphStore, onto: ontology.Ontology) -> None:
    case = seed(store, onto)
    c1 = analysis.add_cause(
        store,
        onto,
        case,
        "操作工未佩戴呼吸器进入罐内",
        "直接原因",
        ACTOR,
        factor_class="人的因素/行为/违章作业",
        party=Ref("Person", "P1"),
    )
    c2 = analysis.grow_chain(store, onto, case, c1, "未执行受限空间作业审批", "管理因素", ACTOR)
    c3 = analysis.grow_chain(store, onto, case, c2, "企业安全生产责任制未落实", "管理因素", ACTOR)
    c4 = analysis.grow_chain(store, onto, case, c3, "县政府对园区企业监管失职", "管理因素", ACTOR)
    c5 = analysis.add_cause(
        store, onto, case, "罐内氮气置换后氧含量不足", "直接原因", ACTOR, factor_class="物的因素/化学性"
    )
    c6 = analysis.add_cause(
        store,
        onto,
        case,
        "应急管理局未开展执法检查",
        "管理原因",
        ACTOR,
        factor_class="管理因素",
        party=Ref("Regulator", "R2"),
    )
    chain = analysis.five_whys(store, onto, case, c1)
    assert [v.uid for v in chain] == [c1.uid, c2.uid, c3.uid, c4.uid]
    assert [v.level for v in chain] == ["直接原因", "间接原因", "管理原因", "根本原因"]
    assert chain[0].direct_kind == "unsafe_act" and chain[1].leads_to == [c1.uid]
    with pytest.raises(CaseError, match="not a cause of case"):
        analysis.grow_chain(store, onto, case, Ref("Cause", "NOPE"), "x", None, ACTOR)
    with pytest.raises(CaseError, match="not in taxonomy hazard_factor_classes"):
        analysis.add_cause(store, onto, case, "x", "直接原因", ACTOR, factor_class="无此类")
    levels, edges = analysis.accimap(store, onto, case)
    where = {c.uid: lv.code for lv in levels for c in lv.causes}
    assert [lv.code for lv in levels] == ["government", "regulator", "company", "management", "staff", "work"]
    assert where == {
        c1.uid: "staff",
        c2.uid: "management",
        c3.uid: "management",
        c4.uid: "government",
        c5.uid: "work",
        c6.uid: "regulator",
    }
    assert (c2.uid, c1.uid) in edges
    svg = analysis.accimap_svg(levels, edges, link=lambda u: f"/x/{u}")
    assert svg.startswith("<svg") and svg.count('class="accimap-cause"') == 6 and "监管部门" in svg
    assert svg.count("<line") == 3 and "<script" not in svg


def test_open_from_report_and_unknown_case(store: GraphStore, onto: ontology.Ontology) -> None:
    prov = Provenance("test:cases", "pytest")
    upsert_nodes(store, onto, "Document", [{"code": "DOC-1", "name": "调查报告"}], prov)
    upsert_nodes(
        store,
        onto,
        "Case",
        [{"code": "RPT-DOC-1", "name": "某事故", "occurred_on": "2020-01-01", "accident_type": "火灾"}],
        prov,
    )
    link(store, onto, [Link("SOURCED_FROM", Ref("Case", "RPT-DOC-1"), Ref("Document", "DOC-1"))], prov)
    case = workflow.open_from_report(store, onto, ACTOR, Ref("Case", "RPT-DOC-1"))
    node = get_node(store, onto, case)
    assert node is not None and node["status"] == "reported" and node["opened_from"] == "report:DOC-1"
    with pytest.raises(CaseError, match="already managed"):
        workflow.open_from_report(store, onto, ACTOR, case)
    with pytest.raises(CaseError, match="no Case with uid 'NOPE'"):
        workflow.transition(store, onto, Ref("Case", "NOPE"), "investigating", ACTOR)
    with pytest.raises(CaseError, match="already exists"):
        workflow.open_case(
            store, onto, ACTOR, {"code": "RPT-DOC-1", "name": "x", "occurred_on": "2020-01-01", "accident_type": "火灾"}
        )
    with pytest.raises(CaseError, match="accident_type"):
        workflow.open_case(store, onto, ACTOR, {"code": "C-X", "name": "x", "occurred_on": "2020-01-01"})
    assert get_node(store, onto, Ref("Case", "C-X")) is None
    assert [c["uid"] for c in workflow.list_cases(store, "reported")] == ["RPT-DOC-1"]
