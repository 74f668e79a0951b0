"""Findings in, recommendations out, over HTTP.

POST /api/findings                  one finding (a JSON object) or a batch (a list); roles investigator, rule_author,
                                    admin. 201 with what was stored and fired; 400 with field-level errors
                                    {"errors": [{"record": i, "field": f, "message": m}]} and nothing stored.
                                    Every recommendation SUGGESTS_PLAN exactly one plan: the rule service's plan
                                    chooser is `cases.plan_matching.choose_plan` (the rank-1 plan of the finding's
                                    scenario), and `linked_plans` maps each code to that plan (null when no plan is
                                    relevant).
GET  /api/recommendations/<code>    a recommendation: rule id and version, basis, matched facts with their values
                                    and the condition each met, actions, plan kind and plans, accountability trace;
                                    `plan` is the plan it suggests (uid, name, kind), or null.
GET  /recommendations/<code>        the same as a page (?format=json: the JSON above).

CSRF: the app checks every unsafe request for the session's token. A script signs in with
`POST /login` (Accept: application/json), which answers with `csrf_token`, and sends it back as the
`X-CSRF-Token` header with the session cookie — no exemption is needed, and a cross-site page cannot read the token.

The rule service lives at current_app.extensions["anzhi"]["rules"], created on first use from the app's store with
`cases.plan_matching.choose_plan` as its plan chooser. In the workers of a multi-process server (`run.py serve
--workers N`) there is none: findings go to the owner process's service (webui.serving), whose windows see them all.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, cast

from flask import Blueprint, Flask, abort, current_app, jsonify, render_template, request

from cases.plan_matching import choose_plan
from rules.service import RuleService
from rules.store import get_recommendation

from .auth import current_user, requires_role
from .common import ctx, wants_json
from .i18n import register, t

bp = Blueprint("api", __name__)
_LOCK = threading.Lock()

register({
    "rec.title": ("处置建议", "Recommendation"),
    "rec.rule": ("规则", "Rule"),
    "rec.pack": ("规则包", "Rule pack"),
    "rec.version": ("版本", "Version"),
    "rec.level": ("预警级别", "Warning level"),
    "rec.issued": ("时间", "Issued at"),
    "rec.basis": ("依据", "Basis"),
    "rec.actions": ("处置措施", "Actions"),
    "rec.plan": ("建议启动的预案", "Plan to open"),
    "rec.no_plan": ("未找到适用的预案", "No applicable plan found"),
    "rec.explanation": ("触发说明", "Why it fired"),
    "rec.fact": ("事实", "Fact"),
    "rec.values": ("取值", "Values"),
    "rec.condition": ("满足的条件", "Condition met"),
    "rec.absent": ("不存在的事实（否定条件成立）", "Absent facts (negated conditions held)"),
    "rec.trace": ("责任链", "Accountability trace"),
    "rec.no_trace": ("未能确定设备及其责任人", "No equipment or responsible party could be determined"),
    "rec.party": ("责任方", "Party"),
    "rec.role": ("角色", "Role"),
    "rec.edge": ("图谱关系", "Graph edge"),
    "rec.legal": ("法律依据", "Legal basis"),
    "rec.findings": ("依据的发现", "Based on findings"),
    "rec.flagged": ("涉及台账中没有的传感器或设备，待核实", "Involves a sensor or equipment not in the ledger; verify"),
})


def get_service() -> RuleService:
    """The app's rule service, created once from the app's store."""
    ext = current_app.extensions["anzhi"]
    svc = ext.get("rules")
    if svc is None:
        with _LOCK:
            svc = ext.get("rules")
            if svc is None:
                onto, store = ctx()
                svc = ext["rules"] = RuleService(store, onto=onto, plan_chooser=choose_plan)
    return cast(RuleService, svc)


@bp.post("/api/findings")
@requires_role("investigator", "rule_author")
def post_findings() -> Any:
    body = request.get_json(silent=True)
    if body is None:
        return jsonify(errors=[{"record": -1, "field": "(body)", "message": "expected a JSON body "
                                "(Content-Type: application/json)"}]), 400
    user = current_user()
    who = user.username if user else "api"
    owner = current_app.extensions["anzhi"].get("owner")
    # In a worker of a multi-process server the owner's rule engine takes them (webui.serving): its windows
    # must see every finding, whichever process received it.
    ok, data = owner.call("findings", body, who) if owner is not None else ingest_findings(body, who)
    return jsonify(data), (201 if ok else 400)


def ingest_findings(body: Any, who: str) -> tuple[bool, dict[str, Any]]:
    """Run posted findings through this process's rule service: (ok, the response body)."""
    result = get_service().ingest(body, src_doc="api", created_by=who)
    if not result.ok:
        return False, result.to_dict()
    return True, {**result.to_dict(), "linked_plans": result.plans}


def owner_calls(app: Flask) -> dict[str, Callable[..., Any]]:
    """What the owner of a multi-process server runs for its workers (kb.remote.StoreServer's calls)."""

    def findings(body: Any, who: str) -> tuple[bool, dict[str, Any]]:
        with app.app_context():
            return ingest_findings(body, who)

    return {"findings": findings}


def _recommendation(code: str) -> dict[str, Any]:
    _, store = ctx()
    data = get_recommendation(store, code)
    if data is None:
        abort(404, description=t("error.no_entity", type=t("rec.title"), uid=code))
    data["plan"] = data["plans"][0] if data["plans"] else None
    return data


@bp.get("/api/recommendations/<path:code>")
def api_recommendation(code: str) -> Any:
    return jsonify(_recommendation(code))


@bp.get("/recommendations/<path:code>")
def recommendation_page(code: str) -> Any:
    data = _recommendation(code)
    if wants_json():
        return jsonify(data)
    return render_template("recommendation.html", data=data)
