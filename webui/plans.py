"""Planners manage emergency plans: pages and a JSON API over cases.plan_admin.

GET  /plans                               the plans (kind, enterprise, parent), JSON twin
GET  /plans/new, POST /plans/new          create a plan: code, name, kind, response_levels, accident_types, version,
                                          issued_on, last_drill_on, description, enterprise, parent [, covers]
GET  /plans/<uid>/edit                    the editor: the plan, its sections, actions, roles (with who holds each
                                          position now) and coverage, with a form for each change; JSON twin
POST /plans/<uid>/edit                    change the plan's fields (those sent; empty clears), enterprise, parent
POST /plans/<uid>/sections                add or edit a section: element, seq [, code, name, text]
POST /plans/<uid>/actions                 add or edit an action: section, text [, seq, code, name]
POST /plans/<uid>/roles                   owner (a section or action uid), position (uid) [, duty]
POST /plans/<uid>/roles/remove            owner, position
POST /plans/<uid>/coverage                target=Type:uid (Hazard, MajorHazardSource, Chemical, Equipment, Process:
                                          COVERS; Site, Enterprise: APPLIES_TO), repeatable
POST /plans/<uid>/coverage/remove         target=Type:uid

Reads need a signed-in user; every POST needs the planner role (admin holds all roles) and the CSRF token (form
field csrf_token or header X-CSRF-Token). POSTs take a form or a JSON body; they answer JSON with ?format=json, a
JSON body or Accept: application/json (201/200 with the change; refusals 400/404/409 as
{error, code, title, detail, errors: [{field, message}]}), else redirect to the editor (303) or, refused, show the
form again with the errors and the same status. Every change is written with created_by = the user.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, url_for

from cases import plan_admin
from cases.plan_admin import PlanError
from kb import Ref, list_nodes

from .auth import current_user, requires_role
from .common import ctx, entity_url, item, wants_json
from .i18n import MESSAGES, display_value, register, t, taxonomy_label

bp = Blueprint("plans", __name__, url_prefix="/plans")
WRITE_ROLES = ("planner",)
CHOICES = 500  # at most this many entries per datalist of the editor
REASONS = {400: "Bad Request", 404: "Not Found", 409: "Conflict"}

register(
    {
        "plans.title": ("应急预案管理", "Emergency plans"),
        "plans.nav": ("应急预案", "Plans"),
        "plans.new": ("新建预案", "New plan"),
        "plans.edit": ("编辑预案", "Edit plan"),
        "plans.edit_link": ("编辑本预案", "Edit this plan"),
        "plans.none": ("没有预案", "No plans"),
        "plans.create": ("创建", "Create"),
        "plans.save": ("保存", "Save"),
        "plans.remove": ("移除", "Remove"),
        "plans.created": ("已创建预案：{uid}", "Plan created: {uid}"),
        "plans.saved": ("已保存", "Saved"),
        "plans.removed": ("已移除", "Removed"),
        "plans.refused": ("未保存，请更正以下字段", "Not saved: correct these fields"),
        "plans.readonly": ("只读：需要预案管理员（planner）角色才能修改", "Read-only: changes need the planner role"),
        "plans.field.code": ("编号", "Code"),
        "plans.field.name": ("名称", "Name"),
        "plans.field.kind": ("预案类别（GB/T 29639）", "Kind (GB/T 29639)"),
        "plans.field.response_levels": ("响应级别", "Response levels"),
        "plans.field.accident_types": ("针对的事故类型（GB 6441）", "Accident types (GB 6441)"),
        "plans.field.version": ("版本", "Version"),
        "plans.field.issued_on": ("发布日期", "Issued on"),
        "plans.field.last_drill_on": ("最近演练", "Last drill"),
        "plans.field.description": ("说明", "Description"),
        "plans.field.enterprise": ("所属企业（企业编号）", "Enterprise (uid)"),
        "plans.field.parent": ("上级预案（预案编号）", "Parent plan (uid)"),
        "plans.field.element": ("要素", "Element"),
        "plans.field.seq": ("序号", "Order"),
        "plans.field.text": ("内容", "Text"),
        "plans.field.section": ("所属章节", "Section"),
        "plans.field.owner": ("章节或措施", "Section or action"),
        "plans.field.position": ("岗位（岗位编号）", "Position (uid)"),
        "plans.field.duty": ("职责", "Duty"),
        "plans.field.target": ("对象（类型:编号，如 Hazard:HZ-1）", "Target (Type:uid, e.g. Hazard:HZ-1)"),
        "plans.sections": ("章节、处置措施与职责", "Sections, actions and roles"),
        "plans.add_section": ("新增或修改章节", "Add or change a section"),
        "plans.add_action": ("新增或修改处置措施", "Add or change an action"),
        "plans.assign_role": ("指定岗位职责", "Assign a role"),
        "plans.coverage": ("覆盖范围", "Coverage"),
        "plans.add_coverage": ("新增覆盖对象或适用范围", "Add what it covers or applies to"),
        "plans.covers": (
            "针对（危险因素、重大危险源、化学品、设备、工艺）",
            "Covers (hazards, major hazard sources, chemicals, equipment, processes)",
        ),
        "plans.applies_to": ("适用于（场所、企业）", "Applies to (sites, enterprises)"),
        "plans.children": ("下级预案", "Sub-plans"),
        "plans.holder": ("现任", "Held by"),
        "plans.vacant": ("空缺", "vacant"),
        "plans.missing_elements": ("缺少 GB/T 29639 要求的要素", "Missing elements required by GB/T 29639"),
        "plans.page": ("预案页面", "Plan page"),
    }
)


def _actor() -> str:
    user = current_user()
    return user.username if user else ""


def _json_wanted() -> bool:
    return wants_json() or request.is_json or request.accept_mimetypes.best == "application/json"


def _data() -> dict[str, Any]:
    """The posted fields: a JSON object, or the form with every field as its list of values."""
    if request.is_json:
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            raise PlanError([("(body)", "expected a JSON object")])
        return body
    return {k: request.form.getlist(k) for k in request.form if k != "csrf_token"}


def _options() -> dict[str, Any]:
    onto, store = ctx()

    def codes(taxonomy: str) -> list[dict[str, str]]:
        return [{"code": c, "label": taxonomy_label(taxonomy, c)} for c in onto.taxonomy(taxonomy).codes]

    def nodes(type_name: str) -> list[dict[str, str]]:
        return [{"uid": str(n["uid"]), "name": str(n.get("name", ""))}
                for n in list_nodes(store, onto, type_name, limit=CHOICES)]

    targets = [{"type": ty, "rel": rel, **n} for ty, rel in plan_admin.coverage_types(onto).items()
               for n in nodes(ty)]
    return {"kinds": codes("plan_kinds"), "response_levels": codes("response_levels"),
            "accident_types": codes("accident_types"), "elements": codes("plan_elements"),
            "enterprises": nodes("Enterprise"), "plans": nodes("EmergencyPlan"), "positions": nodes("Position"),
            "targets": targets}


def _refused(e: PlanError, template: str, **context: Any) -> Any:
    """A refusal: JSON {error, code, title, detail, errors}, or the form again with the errors, same status."""
    title = t(f"error.{e.status}") if f"error.{e.status}" in MESSAGES else t("error.other")
    if _json_wanted():
        return jsonify(error=REASONS.get(e.status, "Error"), code=e.status, title=title, detail=str(e),
                       errors=e.as_dicts()), e.status
    return render_template(template, errors=e.as_dicts(), message=t("plans.refused"), form=_form_echo(),
                           **context), e.status


def _form_echo() -> dict[str, Any]:
    """What was posted, to fill the form again (the template escapes it)."""
    return {k: (v[0] if len(v) == 1 else v) for k, v in _data().items()} if not request.is_json else {}


def _done(uid: str, message: str, data: dict[str, Any], status: int = 200) -> Any:
    if _json_wanted():
        return jsonify({"plan": uid, "message": message, **data, "links": _links(uid)}), status
    flash(message)
    return redirect(url_for("plans.edit", uid=uid)), 303


def _links(uid: str) -> dict[str, str]:
    return {"page": entity_url("EmergencyPlan", uid), "edit": url_for("plans.edit", uid=uid),
            "json": url_for("plans.edit", uid=uid, format="json")}


def _can_write() -> bool:
    user = current_user()
    return bool(user and user.has_role(*WRITE_ROLES))


# --- list and create ---------------------------------------------------------------------------------------------


@bp.get("")
def index() -> Any:
    _, store = ctx()
    rows = plan_admin.list_plans(store)
    for r in rows:
        r["kind_label"] = display_value("EmergencyPlan", "kind", r["kind"]) if r.get("kind") else ""
        r["url"] = entity_url("EmergencyPlan", r["uid"])
        r["edit_url"] = url_for("plans.edit", uid=r["uid"])
    data = {"plans": rows, "new_url": url_for("plans.new")}
    if wants_json():
        return jsonify(data)
    return render_template("plans.html", data=data, can_write=_can_write())


@bp.get("/new")
def new() -> Any:
    data = {"options": _options()}
    if wants_json():
        return jsonify(data)
    return render_template("plan_new.html", data=data, form={}, errors=[], can_write=_can_write())


@bp.post("/new")
@requires_role(*WRITE_ROLES)
def create() -> Any:
    onto, store = ctx()
    try:
        ref = plan_admin.save_plan(store, onto, _actor(), _data())
    except PlanError as e:
        return _refused(e, "plan_new.html", data={"options": _options()}, can_write=True)
    return _done(ref.uid, t("plans.created", uid=ref.uid), {"uid": ref.uid}, 201)


# --- the editor ---------------------------------------------------------------------------------------------------


def _view(uid: str) -> dict[str, Any]:
    onto, store = ctx()
    v = plan_admin.plan_view(store, onto, uid)

    def ref_item(r: Ref) -> dict[str, Any]:
        return item(r, {"uid": r.uid, "name": v.names.get(r) or r.uid})

    def role(r: Any) -> dict[str, Any]:
        return {"position": item(r.position, {"uid": r.position.uid, "name": r.position_name}), "duty": r.duty,
                "holders": [item(p, {"uid": p.uid, "name": n}) for p, n in r.holders], "vacant": r.vacant}

    kind = str(v.props.get("kind", ""))
    required: list[str] = []
    if kind in onto.taxonomy("plan_kinds").codes:
        required = list(onto.taxonomy("plan_kinds").get(kind).data.get("required_elements", []))
    present = {s.element for s in v.sections}
    props = {k: v.props.get(k) for k in ("code", *plan_admin.PLAN_FIELDS) if v.props.get(k) not in (None, "")}
    return {
        "uid": uid,
        "plan": {**props, "kind_label": display_value("EmergencyPlan", "kind", kind) if kind else "",
                 "created_by": v.props.get("created_by"), "updated_at": str(v.props.get("updated_at") or "")},
        "enterprise": [ref_item(r) for r in v.enterprise],
        "parent": [ref_item(r) for r in v.parent],
        "children": [ref_item(r) for r in v.children],
        "covers": [ref_item(r) for r in v.covers],
        "applies_to": [ref_item(r) for r in v.applies_to],
        "sections": [
            {"uid": s.section.uid, "seq": s.seq, "element": s.element,
             "element_label": taxonomy_label("plan_elements", s.element), "name": s.name, "text": s.text,
             "roles": [role(r) for r in s.roles],
             "actions": [{"uid": a.action.uid, "seq": a.seq, "text": a.text, "roles": [role(r) for r in a.roles]}
                         for a in s.actions]}
            for s in v.sections
        ],
        "missing_elements": [{"code": c, "label": taxonomy_label("plan_elements", c)}
                             for c in required if c not in present],
        "links": _links(uid),
    }


def _edit_context(uid: str) -> dict[str, Any]:
    return {"data": {**_view(uid), "options": _options()}, "can_write": _can_write()}


@bp.get("/<path:uid>/edit")
def edit(uid: str) -> Any:
    try:
        data = _view(uid)
    except PlanError as e:
        abort(e.status, description=str(e))
    if wants_json():
        return jsonify({**data, "options": _options()})
    return render_template("plan_edit.html", data={**data, "options": _options()}, form={}, errors=[],
                           can_write=_can_write())


def _change(uid: str, fn: Any, message: str, status: int = 200) -> Any:
    onto, store = ctx()
    try:
        result = fn(store, onto, _actor(), uid, _data())
    except PlanError as e:
        try:
            context = _edit_context(uid)
        except PlanError:
            return _refused(e, "error.html", code=e.status, title=t("error.other"), detail=str(e))
        return _refused(e, "plan_edit.html", **context)
    out = [str(r) for r in result] if isinstance(result, list) else str(result)
    return _done(uid, message, {"changed": out}, status)


def _save_plan(store: Any, onto: Any, actor: str, uid: str, data: dict[str, Any]) -> Ref:
    return plan_admin.save_plan(store, onto, actor, data, uid=uid)


@bp.post("/<path:uid>/edit")
@requires_role(*WRITE_ROLES)
def update(uid: str) -> Any:
    return _change(uid, _save_plan, t("plans.saved"))


@bp.post("/<path:uid>/sections")
@requires_role(*WRITE_ROLES)
def section(uid: str) -> Any:
    return _change(uid, plan_admin.save_section, t("plans.saved"), 201)


@bp.post("/<path:uid>/actions")
@requires_role(*WRITE_ROLES)
def action(uid: str) -> Any:
    return _change(uid, plan_admin.save_action, t("plans.saved"), 201)


@bp.post("/<path:uid>/roles")
@requires_role(*WRITE_ROLES)
def role(uid: str) -> Any:
    return _change(uid, plan_admin.assign_role, t("plans.saved"), 201)


@bp.post("/<path:uid>/roles/remove")
@requires_role(*WRITE_ROLES)
def role_remove(uid: str) -> Any:
    return _change(uid, plan_admin.remove_role, t("plans.removed"))


@bp.post("/<path:uid>/coverage")
@requires_role(*WRITE_ROLES)
def coverage(uid: str) -> Any:
    return _change(uid, plan_admin.add_coverage, t("plans.saved"), 201)


@bp.post("/<path:uid>/coverage/remove")
@requires_role(*WRITE_ROLES)
def coverage_remove(uid: str) -> Any:
    return _change(uid, plan_admin.remove_coverage, t("plans.removed"))
