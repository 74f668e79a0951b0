"""The investigation report of a case, in the usual structure of Chinese accident investigation reports.

Generated from the case graph only: 一、事故发生单位概况 (OCCURRED_AT enterprises and sites); 二、事故经过和救援情况
(summary and timeline); 三、人员伤亡和直接经济损失 (casualties, loss, and the grade of decree 493 art. 3 with the
thresholds it reached); 四、事故原因和性质 (causes by level, with GB/T 13861 class and evidence); 五、责任认定及处理建议
(responsibilities with kind, party and sanction); 六、防范和整改措施 (lessons and corrective/preventive tasks);
附件 证据清单 (every evidence file with its sha256 and integrity). As Markdown (`to_markdown`) and DOCX
(`to_docx`, python-docx).
"""

from __future__ import annotations

import io
from typing import Any

from kb import GraphStore, Ref
from ontology import Ontology

from .analysis import LEVELS, cause_graph
from .evidence import list_evidence
from .tasks import tasks_of
from .workflow import get_case, timeline

SECTIONS = (
    "一、事故发生单位概况",
    "二、事故经过和救援情况",
    "三、人员伤亡和直接经济损失",
    "四、事故原因和性质",
    "五、责任认定及处理建议",
    "六、防范和整改措施",
)
EVIDENCE_TITLE = "附件：证据清单"
PARTY_TYPES = ("Person", "Position", "Department", "Enterprise", "Regulator")
KIND_ORDER = ("直接责任", "主要责任", "重要责任", "领导责任", "监管责任")


def _money(v: Any) -> str:
    return f"{float(v) / 10000:,.2f}万元" if v not in (None, "") else "未核定"


def _label(onto: Ontology, taxonomy: str, code: Any) -> str:
    for e in onto.taxonomy(taxonomy).entries:
        if e.code == code:
            return e.zh
    return str(code or "")


def build_report(store: GraphStore, onto: Ontology, case: Ref) -> dict[str, Any]:
    """Everything the report says, as plain data (also the JSON twin)."""
    node = get_case(store, onto, case)
    u = {"u": case.uid}
    units = [
        dict(r)
        for t in ("Enterprise", "Site")
        for r in store.read(
            f"MATCH (:`Case` {{uid: $u}})-[:`OCCURRED_AT`]->(e:`{t}`) "
            f"RETURN '{t}' AS type, e.uid AS uid, e.name AS name, "
            + (
                "e.industry AS industry, e.county AS county, e.address AS address, e.employees AS employees"
                if t == "Enterprise"
                else "e.kind AS industry, '' AS county, '' AS address, NULL AS employees"
            ),
            u,
        )
    ]
    grade = node.get("severity")
    severity: dict[str, Any] = {"grade": grade, "reached": [], "basis": ""}
    tax = onto.taxonomy("severity_grades")
    if grade in tax.codes:
        d = tax.get(str(grade)).data
        deaths, serious, loss = (
            int(node.get("deaths") or 0),
            int(node.get("serious_injuries") or 0),
            float(node.get("direct_loss_cny") or 0),
        )
        reached = [
            f"死亡{deaths}人（{d['min_deaths']}人以上）" if deaths >= d["min_deaths"] and d["min_deaths"] else "",
            f"重伤{serious}人（{d['min_serious_injuries']}人以上）"
            if serious >= d["min_serious_injuries"] and d["min_serious_injuries"]
            else "",
            f"直接经济损失{_money(loss)}（{_money(d['min_loss_cny'])}以上）"
            if loss >= d["min_loss_cny"] and d["min_loss_cny"]
            else "",
        ]
        severity.update(
            reached=[r for r in reached if r],
            investigated_by=d.get("investigated_by"),
            basis=f"{tax.source}：{grade}事故为死亡{d['min_deaths']}人以上、或重伤{d['min_serious_injuries']}"
            f"人以上、或直接经济损失{_money(d['min_loss_cny'])}以上（“以上”含本数）",
        )
    causes = cause_graph(store, onto, case)
    responsibilities: list[dict[str, Any]] = []
    for t in PARTY_TYPES:
        for r in store.read(
            f"MATCH (:`Case` {{uid: $u}})-[:`HAS_RESPONSIBILITY`]->(x:`Responsibility`)"
            f"-[:`ATTRIBUTED_TO`]->(p:`{t}`) RETURN x.uid AS uid, x.kind AS kind, x.sanction AS sanction, "
            f"x.basis AS basis, p.uid AS party_uid, p.name AS party",
            u,
        ):
            responsibilities.append({**r, "party_type": t})
    responsibilities.sort(key=lambda r: (KIND_ORDER.index(r["kind"]) if r["kind"] in KIND_ORDER else 9, r["uid"]))
    lessons = [
        r["text"] or r["name"]
        for r in store.read(
            "MATCH (:`Case` {uid: $u})-[:`HAS_LESSON`]->(l:`Lesson`) "
            "RETURN l.text AS text, l.name AS name ORDER BY l.uid",
            u,
        )
    ]
    nature = f"经调查认定，{node.get('name')}是一起{'生产安全责任事故' if responsibilities else '生产安全事故'}" + (
        f"，事故等级为{grade}事故。" if grade else "。"
    )
    return {
        "case": {
            k: node.get(k)
            for k in (
                "uid",
                "name",
                "occurred_on",
                "accident_type",
                "province",
                "city",
                "county",
                "deaths",
                "serious_injuries",
                "injuries",
                "missing",
                "direct_loss_cny",
                "summary",
                "status",
            )
        },
        "title": f"{node.get('name')}调查报告",
        "units": units,
        "timeline": [
            {"at": e["at"], "kind": e["kind"], "actor": e["actor"], "text": e.get("text") or ""}
            for e in timeline(store, case)
        ],
        "severity": severity,
        "causes": {lv: [c.as_dict() for c in causes if c.level == lv] for lv in LEVELS},
        "nature": nature,
        "responsibilities": responsibilities,
        "lessons": lessons,
        "tasks": [t.as_dict() for t in tasks_of(store, case)],
        "evidence": list_evidence(store, case),
    }


def _blocks(rep: dict[str, Any], onto: Ontology) -> list[tuple[str, str]]:
    """The report as (style, text) blocks: ('title'|'h1'|'h2'|'p'|'li', text), shared by Markdown and DOCX."""
    c = rep["case"]
    out: list[tuple[str, str]] = [("title", rep["title"])]
    out.append(("h1", SECTIONS[0]))
    if not rep["units"]:
        out.append(("p", "图谱中未记录事故发生单位。"))
    for u in rep["units"]:
        bits = [
            f"行业：{u['industry']}" if u.get("industry") else "",
            f"所在区县：{u['county']}" if u.get("county") else "",
            f"地址：{u['address']}" if u.get("address") else "",
            f"从业人数：{u['employees']}人" if u.get("employees") else "",
        ]
        out.append(("li", f"{u['name']}（{u['uid']}）" + ("，" + "，".join(b for b in bits if b) if any(bits) else "")))
    out.append(("h1", SECTIONS[1]))
    place = "".join(str(c.get(k) or "") for k in ("province", "city", "county"))
    out.append(
        (
            "p",
            f"事故发生时间：{c.get('occurred_on')}；地点：{place or '未记录'}；"
            f"事故类型：{c.get('accident_type')}（GB 6441-1986）。",
        )
    )
    out.append(("p", c.get("summary") or "事故经过未记录。"))
    if rep["timeline"]:
        out.append(("h2", "调查过程"))
        for e in rep["timeline"]:
            out.append(
                (
                    "li",
                    f"{str(e['at'])[:16].replace('T', ' ')} {_label(onto, 'case_event_kinds', e['kind'])}"
                    f"（{e['actor']}）{('：' + e['text']) if e['text'] else ''}",
                )
            )
    out.append(("h1", SECTIONS[2]))
    out.append(
        (
            "p",
            f"死亡{c.get('deaths') or 0}人，重伤（含急性工业中毒）{c.get('serious_injuries') or 0}人，"
            f"受伤{c.get('injuries') or 0}人，失踪{c.get('missing') or 0}人；"
            f"直接经济损失{_money(c.get('direct_loss_cny'))}。",
        )
    )
    sev = rep["severity"]
    if sev.get("grade"):
        reached = "、".join(sev["reached"]) or "未达到更高等级的任一标准"
        out.append(
            (
                "p",
                f"事故等级：{sev['grade']}事故（{reached}）。依据：{sev['basis']}。"
                + (f"由{sev['investigated_by']}负责调查。" if sev.get("investigated_by") else ""),
            )
        )
    out.append(("h1", SECTIONS[3]))
    for lv, items in rep["causes"].items():
        if not items:
            continue
        out.append(("h2", f"（{'一二三四'[LEVELS.index(lv)]}）{lv}"))
        for x in items:
            cls = x.get("factor_class") or "未分类"
            kind = {"unsafe_act": "人的不安全行为", "unsafe_condition": "物的不安全状态"}.get(
                x.get("direct_kind") or "", ""
            )
            ev = "；".join(f"证据 {e['filename']}" for e in x["evidence"])
            out.append(
                (
                    "li",
                    f"{x['text'] or x['name']}（GB/T 13861：{cls}{'；' + kind if kind else ''}"
                    f"{'；' + ev if ev else ''}）",
                )
            )
    if not any(rep["causes"].values()):
        out.append(("p", "原因尚未查明。"))
    out.append(("h2", "事故性质"))
    out.append(("p", rep["nature"]))
    out.append(("h1", SECTIONS[4]))
    if not rep["responsibilities"]:
        out.append(("p", "责任尚未认定。"))
    for r in rep["responsibilities"]:
        out.append(
            (
                "li",
                f"{r['party']}：{r['kind']}。{r['basis'] or ''}"
                + (f" 处理建议：{r['sanction']}。" if r.get("sanction") else ""),
            )
        )
    out.append(("h1", SECTIONS[5]))
    for text in rep["lessons"]:
        out.append(("li", text))
    for t in rep["tasks"]:
        if t["kind"] in ("corrective", "preventive") and t["status"] != "cancelled":
            out.append(
                (
                    "li",
                    f"{t['title']}（{_label(onto, 'task_kinds', t['kind'])}；责任人：{t['owner_name']}；"
                    f"期限：{t['due_on'] or '未定'}；{_label(onto, 'task_states', t['status'])}）",
                )
            )
    if not rep["lessons"] and not any(t["kind"] != "task" for t in rep["tasks"]):
        out.append(("p", "防范和整改措施尚未提出。"))
    out.append(("h1", EVIDENCE_TITLE))
    if not rep["evidence"]:
        out.append(("p", "无。"))
    for i, e in enumerate(rep["evidence"], 1):
        out.append(
            (
                "li",
                f"{i}. {e['filename']}，{e['size_bytes']}字节，{e.get('media_type') or ''}，"
                f"SHA-256 {e['sha256']}，{_label(onto, 'evidence_integrity', e.get('integrity'))}，"
                f"收集人 {e.get('created_by') or ''}，{str(e.get('created_at') or '')[:10]}",
            )
        )
    return out


def to_markdown(rep: dict[str, Any], onto: Ontology) -> str:
    prefix = {"title": "# ", "h1": "## ", "h2": "### ", "p": "", "li": "- "}
    lines: list[str] = []
    for style, text in _blocks(rep, onto):
        lines.append(prefix[style] + text.replace("\n", " "))
        if style != "li":
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def to_docx(rep: dict[str, Any], onto: Ontology) -> bytes:
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "SimSun"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")  # Chinese text in a Chinese font
    for kind, text in _blocks(rep, onto):
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        elif kind == "li":
            doc.add_paragraph(text, style="List Bullet")
        else:
            doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
