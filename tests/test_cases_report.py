"""The investigation report: Markdown in the usual structure, and a DOCX that opens with the same headings."""

from __future__ import annotations

import io
from pathlib import Path

import docx

import ontology
from cases import analysis, evidence, report, tasks, workflow
from cases.responsibility import Decision, Suggestion
from kb import GraphStore, Provenance, Ref, Settings, open_store, upsert_nodes
from tests.test_cases_workflow import ACTOR, seed


def build(tmp_path: Path, onto: ontology.Ontology) -> tuple[GraphStore, Ref, str]:
    store = open_store(Settings(backend="ladybug", data_dir=tmp_path / "g"))
    store.apply_schema(onto)
    case = seed(store, onto)
    prov = Provenance("test", "pytest")
    upsert_nodes(store, onto, "Lesson", [{"code": "L1", "name": "教训", "text": "严格执行受限空间作业审批"}], prov)
    from kb import Link, link

    link(
        store,
        onto,
        [Link("HAS_LESSON", case, Ref("Lesson", "L1")), Link("OCCURRED_AT", case, Ref("Enterprise", "E1"))],
        prov,
    )
    c1 = analysis.add_cause(
        store, onto, case, "作业人员违章进入受限空间", "直接原因", ACTOR, factor_class="人的因素/行为/违章作业"
    )
    analysis.grow_chain(store, onto, case, c1, "企业未落实作业审批制度", "管理因素", ACTOR)
    ev = evidence.add_evidence(
        store, onto, evidence.FileStore(tmp_path), case, "审批单.pdf", b"%PDF-1.4 test", ACTOR, supports=[c1]
    )
    sug = Suggestion(Ref("Position", "POS-GM"), "总经理", "主要负责人", "领导责任", (), ("安全生产法(2021)第五条",))
    workflow.confirm_responsibility(store, onto, case, [Decision(sug, True, kind="主要责任", sanction="罚款")], ACTOR)
    tasks.add_task(
        store,
        onto,
        case,
        "开展受限空间专项整治",
        Ref("Position", "POS-GM"),
        ACTOR,
        kind="corrective",
        due_on="2024-12-31",
    )
    sha = str(store.read("MATCH (e:`Evidence` {uid: $u}) RETURN e.sha256 AS h", {"u": ev.uid})[0]["h"])
    return store, case, sha


def test_report_markdown_and_docx(tmp_path: Path, onto: ontology.Ontology) -> None:
    store, case, sha = build(tmp_path, onto)
    try:
        rep = report.build_report(store, onto, case)
        md = report.to_markdown(rep, onto)
        positions = [md.index(f"## {s}") for s in report.SECTIONS]
        assert positions == sorted(positions) and f"## {report.EVIDENCE_TITLE}" in md
        assert md.startswith("# 江海化工“5·1”中毒事故调查报告")
        assert "事故等级：较大事故（死亡3人（3人以上））" in md and "第493号" in md
        assert "直接经济损失200.00万元" in md
        assert "### （一）直接原因" in md and "人的不安全行为" in md and "证据 审批单.pdf" in md
        assert "### （二）间接原因" in md and "企业未落实作业审批制度" in md
        assert "总经理：主要责任" in md and "处理建议：罚款" in md and "生产安全责任事故" in md
        assert (
            "严格执行受限空间作业审批" in md
            and "开展受限空间专项整治（整改措施；责任人：总经理；期限：2024-12-31" in md
        )
        assert f"SHA-256 {sha}" in md and "江海化工（E1）" in md
        data = report.to_docx(rep, onto)
        d = docx.Document(io.BytesIO(data))
        headings = [p.text for p in d.paragraphs if p.style is not None and p.style.name.startswith("Heading")]
        assert all(s in headings for s in report.SECTIONS) and report.EVIDENCE_TITLE in headings
        assert any(sha in p.text for p in d.paragraphs)
    finally:
        store.close()


def test_report_of_a_bare_case(tmp_path: Path, onto: ontology.Ontology) -> None:
    store = open_store(Settings(backend="ladybug", data_dir=tmp_path / "g"))
    store.apply_schema(onto)
    try:
        case = workflow.open_case(
            store,
            onto,
            ACTOR,
            {"code": "C-B", "name": "空白案例", "occurred_on": "2024-01-01", "accident_type": "其他伤害"},
        )
        md = report.to_markdown(report.build_report(store, onto, case), onto)
        assert "原因尚未查明" in md and "责任尚未认定" in md and "图谱中未记录事故发生单位" in md
        assert "是一起生产安全事故，事故等级为一般事故" in md
    finally:
        store.close()
