"""Case management pages: the investigation workflow, evidence, tasks, cause analysis, audit log and report.

GET  /cases                                   case list (?status=), JSON twin
GET  /cases/overdue                           open tasks past their due date, all cases
GET  /cases/new, POST /cases/new              open a case: by hand (mode=manual), from a recommendation
                                              (mode=recommendation, recommendation=<code>), from an ingested report's
                                              Case (mode=report, case=<uid>)
GET  /cases/<uid>                             workflow page: state and allowed moves, timeline, evidence, tasks,
                                              causes, five whys, AcciMap, suggested responsibilities, exports
POST /cases/<uid>/transition                  to=<state> [reason, acknowledge=1]
POST /cases/<uid>/evidence                    file=<upload> [supports=<cause uid>]
GET  /cases/<uid>/evidence/<sha256>           the file (custody: viewed; ?download=1: exported); 409 when tampered
POST /cases/<uid>/evidence/<sha256>/verify    recompute the hash
POST /cases/<uid>/tasks                       title, owner=<Person:uid|Position:uid>, kind, due_on
POST /cases/<uid>/tasks/<tid>/status          status=open|done|cancelled
POST /cases/<uid>/causes                      text, level, factor_class [, party, leads_to]
POST /cases/<uid>/whys                        from_cause, text, factor_class (five whys)
POST /cases/<uid>/responsibility              party=<Type:uid>, decision=confirm|reject, kind, sanction
GET  /cases/<uid>/accimap.svg                 the AcciMap picture
GET  /cases/<uid>/audit                       the audit log with the chain check (read-only; nothing edits it)
GET  /cases/<uid>/report.md | report.docx     the investigation report (?format=json: its data)

Reads need a signed-in user; every POST needs the investigator role (admin holds all roles) and the CSRF token.
Refusals answer 400/404/409 with the reason in the user's language (JSON: {error, code, title, detail}).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Blueprint, Response, abort, current_app, flash, jsonify, redirect, render_template, request, url_for

from cases import analysis, audit, evidence, report, tasks, workflow
from cases.audit import CaseError
from cases.responsibility import Decision, suggest_responsibility
from kb import Ref, Settings

from .auth import current_user, requires_role
from .common import ctx, entity_url, wants_json
from .i18n import MESSAGES, current_lang, register, t, taxonomy_label

bp = Blueprint("cases", __name__, url_prefix="/cases")
WRITE_ROLES = ("investigator",)

register(
    {
        "cases.title": ("事故调查案件", "Investigations"),
        "cases.nav": ("案件调查", "Investigations"),
        "cases.open_workflow": (
            "进入案件调查流程（状态、证据、任务、审计日志）",
            "Open the investigation workflow (status, evidence, tasks, audit log)",
        ),
        "cases.new": ("立案", "Open a case"),
        "cases.all": ("全部", "All"),
        "cases.filter": ("按状态筛选", "Filter by status"),
        "cases.none": ("没有案件", "No cases"),
        "cases.overdue": ("逾期任务", "Overdue tasks"),
        "cases.overdue_none": ("没有逾期任务", "No overdue tasks"),
        "cases.mode.manual": ("手工立案", "By hand"),
        "cases.mode.recommendation": ("由处置建议立案", "From a recommendation"),
        "cases.mode.report": ("由已导入的调查报告立案", "From an ingested report"),
        "cases.recommendation": ("处置建议编号", "Recommendation code"),
        "cases.report_case": ("报告案例标识", "Report case identifier"),
        "cases.open": ("立案", "Open"),
        "cases.opened": ("已立案：{uid}", "Case opened: {uid}"),
        "cases.state": ("当前状态", "Current state"),
        "cases.next": ("可变更为", "Move to"),
        "cases.reason": ("理由（结案必填）", "Reason (required to close)"),
        "cases.ack": ("确认在有未完成任务时结案", "Close although tasks are open"),
        "cases.moved": ("状态已变更：{frm} → {to}", "Status changed: {frm} → {to}"),
        "cases.timeline": ("时间线", "Timeline"),
        "cases.evidence": ("证据", "Evidence"),
        "cases.upload": ("上传证据", "Upload evidence"),
        "cases.supports": ("证明的原因", "Supports cause"),
        "cases.verify": ("校验", "Verify"),
        "cases.verified_ok": ("校验通过：{name}", "Hash verified: {name}"),
        "cases.verified_bad": ("校验不符：{name}（{integrity}）", "Hash mismatch: {name} ({integrity})"),
        "cases.added": ("已保存", "Saved"),
        "cases.tasks": ("任务与整改措施", "Tasks and corrective actions"),
        "cases.task_title": ("任务", "Task"),
        "cases.owner": ("责任人（Person:编号 或 Position:编号）", "Owner (Person:uid or Position:uid)"),
        "cases.due": ("期限", "Due on"),
        "cases.overdue_mark": ("已逾期", "overdue"),
        "cases.causes": ("原因分析", "Cause analysis"),
        "cases.add_cause": ("新增原因", "Add a cause"),
        "cases.party": ("责任主体（可选，如 Person:编号）", "Party (optional, e.g. Person:uid)"),
        "cases.whys": ("五问法：追问“为什么”", "Five whys: ask why"),
        "cases.why_of": ("追问的原因", "Why did this happen"),
        "cases.why_answer": ("原因（回答）", "Because"),
        "cases.accimap": ("AcciMap 事故分析图", "AcciMap"),
        "cases.suggestions": ("建议的责任认定", "Suggested responsibilities"),
        "cases.confirm": ("认定", "Confirm"),
        "cases.reject": ("不予认定", "Reject"),
        "cases.sanction": ("处理建议", "Sanction"),
        "cases.role": ("角色", "Role"),
        "cases.rejected": ("已记录：不予认定 {party}", "Recorded: rejected {party}"),
        "cases.export": ("导出调查报告", "Export the report"),
        "cases.audit": ("审计日志", "Audit log"),
        "cases.audit_ok": ("审计链完整：{n} 条记录，哈希链校验通过", "Audit chain intact: {n} entries verified"),
        "cases.audit_bad": ("审计链校验失败", "Audit chain check FAILED"),
        "cases.audit_note": (
            "审计日志只可追加，不能修改或删除。",
            "The audit log is append-only: nothing edits or deletes it.",
        ),
        "cases.before": ("变更前", "Before"),
        "cases.after": ("变更后", "After"),
        "cases.actor": ("操作人", "Actor"),
        "cases.action": ("操作", "Action"),
        "cases.at": ("时间", "When"),
        "cases.readonly": ("只读：需要调查员角色才能修改", "Read-only: changes need the investigator role"),
        "cases.err.forbidden": (
            "不允许的状态变更：{frm} → {to}；允许：{allowed}",
            "Not allowed: {frm} → {to}; allowed: {allowed}",
        ),
        "cases.err.guard": ("进入“{to}”之前需要：{need}", "{to} needs {need} first"),
        "cases.err.close_reason": ("结案需要填写理由", "Closing a case needs a reason"),
        "cases.err.open_tasks": (
            "仍有 {n} 项任务未完成：{tasks}。确认后方可结案",
            "{n} task(s) still open: {tasks}. Acknowledge to close anyway",
        ),
        "cases.err.unknown_owner": ("责任人不存在：{owner}", "Unknown owner: {owner}"),
        "cases.err.owner_type": ("责任人须为人员或岗位：{owner}", "The owner must be a Person or a Position: {owner}"),
        "cases.err.tampered": (
            "证据文件校验不符（SHA-256 不一致），已拒绝并记录",
            "Evidence hash mismatch: refused and logged",
        ),
        "cases.err.duplicate": ("该文件已是本案证据：{uid}", "This file is already evidence of the case: {uid}"),
        "cases.err.no_case": ("没有该案件：{case}", "No such case: {case}"),
        "cases.err.exists": ("案件编号已存在：{case}", "A case with this code exists: {case}"),
        "cases.err.already_open": ("该案件已在调查流程中：{case}", "This case is already managed: {case}"),
        "cases.err.no_recommendation": ("没有该处置建议：{rec}", "No such recommendation: {rec}"),
        "cases.err.task_forbidden": ("任务状态不能从 {frm} 变更为 {to}", "A task cannot move from {frm} to {to}"),
        "cases.err.bad_date": ("日期格式应为 yyyy-mm-dd：{value}", "Not a date yyyy-mm-dd: {value}"),
        "cases.err.no_title": ("任务需要标题", "A task needs a title"),
        "cases.err.no_text": ("原因需要内容", "A cause needs its text"),
        "cases.err.bad_ref": ("无效的引用：{ref}", "Not a reference Type:uid: {ref}"),
        "cases.err.no_file": ("请选择文件", "Choose a file"),
    }
)
STATUS = {
    "forbidden": 409,
    "guard": 409,
    "open_tasks": 409,
    "tampered": 409,
    "duplicate": 409,
    "exists": 409,
    "already_open": 409,
    "task_forbidden": 409,
    "no_case": 404,
    "no_evidence": 404,
    "no_task": 404,
    "no_recommendation": 404,
}


def _actor() -> str:
    user = current_user()
    return user.username if user else "?"


def _files() -> evidence.FileStore:
    base = current_app.config.get("EVIDENCE_DIR") or current_app.config.get("DATA_DIR") or Settings.from_env().data_dir
    return evidence.FileStore(Path(base))


def _message(e: CaseError) -> str:
    key = f"cases.err.{e.code}"
    if key in MESSAGES:
        try:
            return t(key, **e.params)
        except (KeyError, IndexError):
            pass
    return str(e)


def _refused(e: CaseError, uid: str | None) -> Any:
    code = STATUS.get(e.code, 400)
    if wants_json() or uid is None:
        abort(code, description=_message(e))
    flash(_message(e))
    return redirect(url_for("cases.case", uid=uid)), 303


def _done(uid: str, message: str, data: dict[str, Any], status: int = 200) -> Any:
    if wants_json():
        return jsonify({"case": uid, "message": message, **data}), status
    flash(message)
    return redirect(url_for("cases.case", uid=uid)), 303


def _ref(text: str, field: str = "ref") -> Ref:
    try:
        return Ref.parse(text.strip())
    except ValueError:
        raise CaseError("bad_ref", f"{field}: {text!r} is not a reference Type:uid", ref=text) from None


def _states(onto: Any, codes: tuple[str, ...] | list[str]) -> list[dict[str, str]]:
    return [{"code": c, "label": taxonomy_label("case_states", c)} for c in codes]


# --- list, overdue, open -------------------------------------------------------------------------------------


@bp.get("")
def index() -> Any:
    onto, store = ctx()
    status = request.args.get("status") or None
    if status and status not in onto.taxonomy("case_states").codes:
        abort(400, description=t("error.bad_status", status=status))
    rows = workflow.list_cases(store, status)
    for r in rows:
        r["status_label"] = taxonomy_label("case_states", r["status"])
        r["url"] = url_for("cases.case", uid=r["uid"])
    data = {
        "status": status,
        "statuses": _states(onto, list(onto.taxonomy("case_states").codes)),
        "cases": rows,
        "overdue": len(tasks.overdue(store)),
    }
    if wants_json():
        return jsonify(data)
    return render_template("cases_list.html", data=data)


@bp.get("/overdue")
def overdue() -> Any:
    _, store = ctx()
    items = [{**v.as_dict(), "case_url": url_for("cases.case", uid=v.case)} for v in tasks.overdue(store)]
    if wants_json():
        return jsonify({"tasks": items})
    return render_template("cases_overdue.html", data={"tasks": items})


@bp.get("/new")
def new() -> Any:
    onto, _ = ctx()
    data = {
        "accident_types": [
            {"code": c, "label": taxonomy_label("accident_types", c)} for c in onto.taxonomy("accident_types").codes
        ],
        "recommendation": request.args.get("recommendation", ""),
        "report_case": request.args.get("case", ""),
    }
    if wants_json():
        return jsonify(data)
    return render_template("cases_new.html", data=data)


@bp.post("/new")
@requires_role(*WRITE_ROLES)
def create() -> Any:
    onto, store = ctx()
    f = request.form
    mode = f.get("mode", "manual")
    record = {
        k: f.get(k, "").strip()
        for k in (
            "code",
            "name",
            "occurred_on",
            "accident_type",
            "province",
            "city",
            "county",
            "summary",
            "deaths",
            "serious_injuries",
            "injuries",
            "direct_loss_cny",
        )
    }
    try:
        if mode == "recommendation":
            ref = workflow.open_from_recommendation(store, onto, _actor(), f.get("recommendation", "").strip(), record)
        elif mode == "report":
            ref = workflow.open_from_report(store, onto, _actor(), Ref("Case", f.get("case", "").strip()))
        elif mode == "manual":
            ref = workflow.open_case(store, onto, _actor(), record)
        else:
            abort(400, description=f"mode: {mode}")
    except CaseError as e:
        return _refused(e, None)
    return _done(
        ref.uid, t("cases.opened", uid=ref.uid), {"uid": ref.uid, "url": url_for("cases.case", uid=ref.uid)}, 201
    )


# --- the case page ---------------------------------------------------------------------------------------------


def _case_or_404(uid: str) -> tuple[Any, Any, Ref, dict[str, Any]]:
    onto, store = ctx()
    ref = Ref("Case", uid)
    try:
        node = workflow.get_case(store, onto, ref)
    except CaseError as e:
        abort(404, description=_message(e))
    return onto, store, ref, node


@bp.get("/<path:uid>")
def case(uid: str) -> Any:
    onto, store, ref, node = _case_or_404(uid)
    status = str(node.get("status") or workflow.INITIAL)
    causes = analysis.cause_graph(store, onto, ref)
    try:
        suggestions = suggest_responsibility(store, onto, ref)
    except ValueError:
        suggestions = []
    confirmed = {
        r["party"]
        for r in store.read(
            "MATCH (:`Case` {uid: $u})-[:`HAS_RESPONSIBILITY`]->(:`Responsibility`)-[a:`ATTRIBUTED_TO`]->(p) "
            "RETURN p.uid AS party",
            {"u": uid},
        )
    }
    chain = audit.verify_chain(store, ref)
    data: dict[str, Any] = {
        "uid": uid,
        "name": node.get("name"),
        "case": {k: v for k, v in node.items() if not k.startswith("_")},
        "status": status,
        "status_label": taxonomy_label("case_states", status),
        "allowed": _states(onto, workflow.allowed_next(status)),
        "open_tasks": workflow.open_tasks(store, ref),
        "timeline": [
            {**e, "kind_label": taxonomy_label("case_event_kinds", e["kind"])} for e in workflow.timeline(store, ref)
        ],
        "evidence": [
            {
                **e,
                "integrity_label": taxonomy_label("evidence_integrity", e.get("integrity")),
                "url": url_for("cases.evidence_file", uid=uid, sha=e["sha256"]),
            }
            for e in evidence.list_evidence(store, ref)
        ],
        "tasks": [
            {
                **v.as_dict(),
                "tid": v.uid.rsplit("/", 1)[-1],
                "kind_label": taxonomy_label("task_kinds", v.kind),
                "status_label": taxonomy_label("task_states", v.status),
            }
            for v in tasks.tasks_of(store, ref)
        ],
        "causes": [
            {
                **c.as_dict(),
                "level_label": taxonomy_label("cause_levels", c.level),
                "accimap_label": taxonomy_label("accimap_levels", c.accimap_level),
            }
            for c in causes
        ],
        "suggestions": [{**s.as_dict(), "confirmed": s.party.uid in confirmed} for s in suggestions],
        "audit": {**chain.as_dict(), "url": url_for("cases.audit_view", uid=uid)},
        "links": {
            "entity": entity_url("Case", uid),
            "accimap": url_for("cases.accimap_svg", uid=uid),
            "report_md": url_for("cases.report_md", uid=uid),
            "report_docx": url_for("cases.report_docx", uid=uid),
            "report_json": url_for("cases.report_md", uid=uid, format="json"),
        },
    }
    if wants_json():
        return jsonify(data)
    levels, edges = analysis.accimap(store, onto, ref, current_lang())
    svg = analysis.accimap_svg(levels, edges, link=lambda c: entity_url("Cause", c), title=t("cases.accimap"))
    options = {
        "levels": [
            {"code": c, "label": taxonomy_label("cause_levels", c)} for c in onto.taxonomy("cause_levels").codes
        ],
        "factor_classes": [
            {"code": c, "label": taxonomy_label("hazard_factor_classes", c)}
            for c in onto.taxonomy("hazard_factor_classes").codes
        ],
        "task_kinds": [
            {"code": c, "label": taxonomy_label("task_kinds", c)} for c in onto.taxonomy("task_kinds").codes
        ],
        "resp_kinds": [
            {"code": c, "label": taxonomy_label("responsibility_kinds", c)}
            for c in onto.taxonomy("responsibility_kinds").codes
        ],
    }
    user = current_user()
    can_write = bool(user and user.has_role(*WRITE_ROLES))
    return render_template("cases_case.html", data=data, accimap=svg, options=options, can_write=can_write)


@bp.post("/<path:uid>/transition")
@requires_role(*WRITE_ROLES)
def transition(uid: str) -> Any:
    onto, store, ref, _ = _case_or_404(uid)
    try:
        res = workflow.transition(
            store,
            onto,
            ref,
            request.form.get("to", ""),
            _actor(),
            reason=request.form.get("reason", ""),
            acknowledge_open_tasks=request.form.get("acknowledge") in ("1", "on", "true"),
        )
    except CaseError as e:
        return _refused(e, uid)
    msg = t("cases.moved", frm=taxonomy_label("case_states", res.before), to=taxonomy_label("case_states", res.after))
    if res.warnings:
        msg += "；" + "；".join(res.warnings)
    return _done(uid, msg, res.as_dict())


@bp.post("/<path:uid>/evidence")
@requires_role(*WRITE_ROLES)
def evidence_upload(uid: str) -> Any:
    onto, store, ref, _ = _case_or_404(uid)
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        return _refused(CaseError("no_file", "choose a file"), uid)
    supports = [Ref("Cause", c) for c in request.form.getlist("supports") if c]
    try:
        ev = evidence.add_evidence(
            store,
            onto,
            _files(),
            ref,
            upload.filename,
            upload.read(),
            _actor(),
            media_type=upload.mimetype or None,
            supports=supports,
            note=request.form.get("note", ""),
        )
    except CaseError as e:
        return _refused(e, uid)
    return _done(uid, t("cases.added"), {"evidence": ev.uid}, 201)


def _evidence_uid(ref: Ref, sha: str) -> str:
    if not evidence.SHA256.match(sha):
        abort(404)
    return evidence.evidence_code(ref, sha)


@bp.get("/<path:uid>/evidence/<sha>")
def evidence_file(uid: str, sha: str) -> Any:
    onto, store, ref, _ = _case_or_404(uid)
    action = "exported" if request.args.get("download") else "viewed"
    try:
        node, data = evidence.open_evidence(store, onto, _files(), ref, _evidence_uid(ref, sha), _actor(), action)
    except CaseError as e:
        abort(STATUS.get(e.code, 400), description=_message(e))
    resp = Response(data, mimetype=str(node.get("media_type") or "application/octet-stream"))
    disposition = "attachment" if action == "exported" else "inline"
    resp.headers["Content-Disposition"] = f"{disposition}; filename*=UTF-8''{_quote(str(node.get('filename')))}"
    resp.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return resp


def _quote(name: str) -> str:
    from urllib.parse import quote

    return quote(name, safe="")


@bp.post("/<path:uid>/evidence/<sha>/verify")
@requires_role(*WRITE_ROLES)
def evidence_verify(uid: str, sha: str) -> Any:
    onto, store, ref, _ = _case_or_404(uid)
    try:
        res = evidence.verify(store, onto, _files(), ref, _evidence_uid(ref, sha), _actor())
    except CaseError as e:
        return _refused(e, uid)
    name = sha[:12]
    msg = (
        t("cases.verified_ok", name=name)
        if res.ok
        else t("cases.verified_bad", name=name, integrity=taxonomy_label("evidence_integrity", res.integrity))
    )
    if wants_json():
        return jsonify({"case": uid, "message": msg, **res.as_dict()}), (200 if res.ok else 409)
    flash(msg)
    return redirect(url_for("cases.case", uid=uid)), 303


@bp.post("/<path:uid>/tasks")
@requires_role(*WRITE_ROLES)
def task_add(uid: str) -> Any:
    onto, store, ref, _ = _case_or_404(uid)
    f = request.form
    try:
        cause = f.get("addresses", "").strip()
        task = tasks.add_task(
            store,
            onto,
            ref,
            f.get("title", ""),
            _ref(f.get("owner", ""), "owner"),
            _actor(),
            kind=f.get("kind", "task"),
            due_on=f.get("due_on") or None,
            text=f.get("text", ""),
            addresses=Ref("Cause", cause) if cause else None,
        )
    except CaseError as e:
        if e.code == "bad_ref":
            audit.refuse(store, onto, ref, _actor(), "task.add", e)
        return _refused(e, uid)
    return _done(uid, t("cases.added"), {"task": task.uid}, 201)


@bp.post("/<path:uid>/tasks/<tid>/status")
@requires_role(*WRITE_ROLES)
def task_status(uid: str, tid: str) -> Any:
    onto, store, ref, _ = _case_or_404(uid)
    try:
        tasks.set_status(
            store, onto, ref, f"{uid}/{tid}", request.form.get("status", ""), _actor(), request.form.get("note", "")
        )
    except CaseError as e:
        return _refused(e, uid)
    return _done(uid, t("cases.added"), {"task": f"{uid}/{tid}", "status": request.form.get("status")})


@bp.post("/<path:uid>/causes")
@requires_role(*WRITE_ROLES)
def cause_add(uid: str) -> Any:
    onto, store, ref, _ = _case_or_404(uid)
    f = request.form
    try:
        party = _ref(f["party"], "party") if f.get("party", "").strip() else None
        leads = Ref("Cause", f["leads_to"]) if f.get("leads_to", "").strip() else None
        cause = analysis.add_cause(
            store,
            onto,
            ref,
            f.get("text", ""),
            f.get("level", ""),
            _actor(),
            factor_class=f.get("factor_class") or None,
            leads_to=leads,
            party=party,
            evidence=[e for e in f.getlist("evidence") if e],
        )
    except CaseError as e:
        return _refused(e, uid)
    return _done(uid, t("cases.added"), {"cause": cause.uid}, 201)


@bp.post("/<path:uid>/whys")
@requires_role(*WRITE_ROLES)
def whys(uid: str) -> Any:
    onto, store, ref, _ = _case_or_404(uid)
    f = request.form
    try:
        cause = analysis.grow_chain(
            store,
            onto,
            ref,
            Ref("Cause", f.get("from_cause", "")),
            f.get("text", ""),
            f.get("factor_class") or None,
            _actor(),
            level=f.get("level") or None,
        )
    except CaseError as e:
        return _refused(e, uid)
    chain = analysis.five_whys(store, onto, ref, Ref("Cause", f.get("from_cause", "")))
    return _done(uid, t("cases.added"), {"cause": cause.uid, "chain": [c.uid for c in chain]}, 201)


@bp.post("/<path:uid>/responsibility")
@requires_role(*WRITE_ROLES)
def responsibility(uid: str) -> Any:
    onto, store, ref, _ = _case_or_404(uid)
    f = request.form
    try:
        party = _ref(f.get("party", ""), "party")
        found = [s for s in suggest_responsibility(store, onto, ref) if s.party == party]
        if not found:
            raise CaseError("bad_ref", f"{party} is not among the suggestions", ref=str(party))
        if f.get("decision") == "reject":
            change = audit.Change(onto, audit.prov_for(ref, _actor()))
            change.event(ref, "note", _actor(), f"不予认定：{found[0].name}（{party}）{f.get('note', '')}")
            audit.commit(
                store,
                onto,
                ref,
                _actor(),
                "responsibility.rejected",
                change,
                target=str(party),
                after={"party": str(party), "suggested_kind": found[0].kind},
            )
            return _done(uid, t("cases.rejected", party=found[0].name), {"party": str(party), "confirmed": False})
        refs = workflow.confirm_responsibility(
            store,
            onto,
            ref,
            [
                Decision(
                    found[0], True, kind=f.get("kind") or None, sanction=f.get("sanction", ""), note=f.get("note", "")
                )
            ],
            _actor(),
        )
    except CaseError as e:
        return _refused(e, uid)
    return _done(uid, t("cases.added"), {"responsibilities": [r.uid for r in refs], "confirmed": True}, 201)


@bp.get("/<path:uid>/accimap.svg")
def accimap_svg(uid: str) -> Any:
    onto, store, ref, _ = _case_or_404(uid)
    levels, edges = analysis.accimap(store, onto, ref, current_lang())
    if wants_json():
        return jsonify(
            {
                "levels": [
                    {"code": lv.code, "label": lv.label, "causes": [c.as_dict() for c in lv.causes]} for lv in levels
                ],
                "edges": [list(e) for e in edges],
            }
        )
    svg = analysis.accimap_svg(levels, edges, link=lambda c: entity_url("Cause", c), title=t("cases.accimap"))
    return Response(svg, mimetype="image/svg+xml")


@bp.get("/<path:uid>/audit")
def audit_view(uid: str) -> Any:
    _, store, ref, node = _case_or_404(uid)
    chain = audit.verify_chain(store, ref)
    data = {
        "uid": uid,
        "name": node.get("name"),
        "chain": chain.as_dict(),
        "entries": [e.as_dict() for e in audit.audit_log(store, ref)],
        "case_url": url_for("cases.case", uid=uid),
    }
    if wants_json():
        return jsonify(data)
    return render_template("cases_audit.html", data=data)


@bp.get("/<path:uid>/report.md")
def report_md(uid: str) -> Any:
    onto, store, ref, _ = _case_or_404(uid)
    rep = report.build_report(store, onto, ref)
    if wants_json():
        return jsonify(rep)
    resp = Response(report.to_markdown(rep, onto), mimetype="text/markdown; charset=utf-8")
    resp.headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{_quote(uid)}-report.md"
    return resp


@bp.get("/<path:uid>/report.docx")
def report_docx(uid: str) -> Any:
    onto, store, ref, _ = _case_or_404(uid)
    data = report.to_docx(report.build_report(store, onto, ref), onto)
    resp = Response(data, mimetype="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    resp.headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{_quote(uid)}-report.docx"
    return resp
