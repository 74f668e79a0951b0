"""Rule-pack pages: the packs with their embedded test results, one pack's rules, one rule. JSON twins (?format=json).

    GET /rules                     packs: id, version, title, authority, industries, rule count, test pass/fail counts
    GET /rules/<pack>              the pack's rules: basis, warning level, conditions, actions, notify, test results
    GET /rules/<pack>/<rule_id>    one rule with each test case's result

Packs come from the app config `RULE_PACKS_DIR` (a directory of *.yaml) or else the shipped ones
(`rules.pack.shipped()`). The embedded tests run once per pack file content (so once per version as long as a
changed pack gets a new version) and the results are cached for the life of the process. A pack that does not load
or compile is listed with its error instead of failing the page.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flask import Blueprint, abort, current_app, jsonify, render_template, url_for

from rules.pack import Pack, PackError, Rule, loads, shipped
from rules.testing import CaseResult, run_pack

from .common import wants_json
from .i18n import register, t

bp = Blueprint("rules_pages", __name__)

register({
    "rules.title": ("规则包", "Rule packs"),
    "rules.pack": ("规则包", "Rule pack"),
    "rules.rule": ("规则", "Rule"),
    "rules.id": ("编号", "ID"),
    "rules.version": ("版本", "Version"),
    "rules.name": ("名称", "Title"),
    "rules.authority": ("发布/编写单位", "Authority"),
    "rules.industries": ("适用行业", "Industries"),
    "rules.rule_count": ("规则数", "Rules"),
    "rules.tests": ("内嵌测试", "Embedded tests"),
    "rules.passed": ("通过", "passed"),
    "rules.failed": ("未通过", "failed"),
    "rules.pass": ("通过", "pass"),
    "rules.fail": ("未通过", "FAIL"),
    "rules.basis": ("依据", "Basis"),
    "rules.clause": ("条款", "Clause"),
    "rules.level": ("预警级别", "Warning level"),
    "rules.conditions": ("触发条件", "Conditions"),
    "rules.actions": ("处置措施", "Actions"),
    "rules.notify": ("通知岗位", "Notify"),
    "rules.case": ("测试用例", "Test case"),
    "rules.expect": ("预期", "Expected"),
    "rules.expect_fire": ("触发", "fires"),
    "rules.expect_no_fire": ("不触发", "does not fire"),
    "rules.result": ("结果", "Result"),
    "rules.detail": ("说明", "Detail"),
    "rules.line": ("行", "Line"),
    "rules.error": ("加载失败", "Failed to load"),
    "rules.none": ("没有规则包", "No rule packs"),
    "rules.all": ("全部规则包", "All rule packs"),
    "rules.description": ("说明", "Description"),
    "rules.source": ("文件", "File"),
    "rules.not": ("不存在", "no"),
    "rules.count": ("计数", "count"),
    "rules.present": ("存在", "present"),
    "rules.absent": ("不存在", "absent"),
    "rules.plan": ("预案", "Plan"),
    "rules.no_pack": ("没有规则包 {pack}", "No rule pack {pack}"),
    "rules.no_rule": ("规则包 {pack} 中没有规则 {rule}", "Rule pack {pack} has no rule {rule}"),
})


@dataclass
class Loaded:
    """One pack file: the pack and its test results, or why it could not be loaded."""

    path: Path
    pack: Pack | None
    results: list[CaseResult] = field(default_factory=list)
    error: str = ""

    @property
    def id(self) -> str:
        return self.pack.id if self.pack else self.path.stem


_LOCK = threading.Lock()
# (path, sha256 of the text) -> Loaded; the stat key avoids re-reading an unchanged file on every request.
_BY_CONTENT: dict[tuple[str, str], Loaded] = {}
_BY_STAT: dict[str, tuple[tuple[int, int], Loaded]] = {}


def _load(path: Path) -> Loaded:
    st = path.stat()
    key = (st.st_mtime_ns, st.st_size)
    with _LOCK:
        hit = _BY_STAT.get(str(path))
        if hit and hit[0] == key:
            return hit[1]
        text = path.read_text(encoding="utf-8")
        ck = (str(path), hashlib.sha256(text.encode("utf-8")).hexdigest())
        loaded = _BY_CONTENT.get(ck)
        if loaded is None:
            try:
                pack = loads(text, str(path))
                loaded = Loaded(path, pack, run_pack(pack))  # compiles the pack: compile errors are PackErrors
            except PackError as e:
                loaded = Loaded(path, None, error=str(e))
            _BY_CONTENT[ck] = loaded
        _BY_STAT[str(path)] = (key, loaded)
        return loaded


def _paths() -> list[Path]:
    configured = current_app.config.get("RULE_PACKS_DIR")
    if configured:
        return sorted(Path(configured).glob("*.yaml"))
    return shipped()


def _all() -> list[Loaded]:
    return [_load(p) for p in _paths()]


def _find(pack_id: str) -> Loaded:
    for loaded in _all():
        if loaded.id == pack_id or loaded.path.stem == pack_id:
            return loaded
    abort(404, description=t("rules.no_pack", pack=pack_id))


# --- summaries ------------------------------------------------------------------------------------------

_OPS = {"gte": "≥", "gt": ">", "lte": "≤", "lt": "<", "eq": "=", "ne": "≠", "in": "∈", "not_in": "∉"}


def _value(v: Any) -> str:
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, Mapping):
        return json.dumps(v, ensure_ascii=False, default=str)
    return str(v)


def _field(name: str, spec: Any) -> str:
    if isinstance(spec, Mapping):
        parts: list[str] = []
        for op, v in spec.items():
            if op == "exists":
                parts.append(f"{name} {t('rules.present') if v else t('rules.absent')}")
            elif op in _OPS:
                parts.append(f"{name} {_OPS[op]} {_value(v)}")
            else:
                parts.append(f"{name} {op} {_value(v)}")
        return ", ".join(parts)
    return f"{name} = {_value(spec)}"


def _fact(kind: str, fields: Any) -> str:
    if not isinstance(fields, Mapping):
        return f"{kind}: {_value(fields)}"
    return f"{kind}(" + "; ".join(_field(k, v) for k, v in fields.items()) + ")"


def summarise(spec: Mapping[str, Any]) -> str:
    """One `when:` entry as a line of text: fact(field op value; …), with not/count/sequence/window modifiers."""
    parts: list[str] = []
    for key, value in spec.items():
        if key == "not" and isinstance(value, Mapping):
            parts.append(t("rules.not") + " " + summarise(value))
        elif key in ("count", "sequence") and isinstance(value, Mapping):
            inner = {k: v for k, v in value.items() if isinstance(v, Mapping) and k not in ("within",)}
            params = {k: v for k, v in value.items() if k not in inner}
            body = " ".join(_fact(k, v) for k, v in inner.items())
            parts.append(f"{t('rules.count') if key == 'count' else key}[{_value(params)}] {body}".strip())
        elif isinstance(value, Mapping) and key not in ("within", "lasting"):
            parts.append(_fact(key, value))
        else:
            parts.append(f"{key}: {_value(value)}")
    return " · ".join(parts)


# --- views ----------------------------------------------------------------------------------------------


def _counts(results: list[CaseResult], rule_id: str | None = None) -> dict[str, int]:
    rs = [r for r in results if rule_id is None or r.rule_id == rule_id]
    passed = sum(1 for r in rs if r.passed)
    return {"total": len(rs), "passed": passed, "failed": len(rs) - passed}


def _pack_item(loaded: Loaded) -> dict[str, Any]:
    item: dict[str, Any] = {"id": loaded.id, "file": loaded.path.name,
                            "url": url_for("rules_pages.pack", pack_id=loaded.id)}
    if loaded.pack is None:
        item.update(error=loaded.error, tests={"total": 0, "passed": 0, "failed": 0})
        return item
    p = loaded.pack
    item.update(version=p.version, title=p.title, authority=p.authority, industries=list(p.industries),
                rule_count=len(p.rules), tests=_counts(loaded.results), description=p.description)
    return item


def _rule_item(loaded: Loaded, rule: Rule) -> dict[str, Any]:
    assert loaded.pack is not None
    results = [r for r in loaded.results if r.rule_id == rule.id]
    by_case = {(r.case, r.line): r for r in results}
    cases = []
    for tc in rule.tests:
        res = by_case.get((tc.name, tc.line))
        cases.append({"name": tc.name, "line": tc.line, "expect": "fire" if tc.expect_fire else "no_fire",
                      "passed": bool(res and res.passed), "detail": res.detail if res else ""})
    return {
        "id": rule.id,
        "title": rule.title,
        "description": rule.description,
        "basis": rule.basis,
        "clause": rule.clause,
        "warning_level": rule.warning_level,
        "conditions": [summarise(c.spec) for c in rule.conditions],
        "actions": [{"text": a.text, "plan_kind": a.plan_kind, "section": a.section} for a in rule.actions],
        "notify": list(rule.notify),
        "line": rule.line,
        "tests": _counts(loaded.results, rule.id),
        "cases": cases,
        "url": url_for("rules_pages.rule", pack_id=loaded.id, rule_id=rule.id),
    }


@bp.get("/rules")
def packs() -> Any:
    items = [_pack_item(x) for x in _all()]
    totals = {k: sum(i["tests"][k] for i in items) for k in ("total", "passed", "failed")}
    data = {"packs": items, "tests": totals}
    if wants_json():
        return jsonify(data)
    return render_template("rule_packs.html", data=data)


@bp.get("/rules/<pack_id>")
def pack(pack_id: str) -> Any:
    loaded = _find(pack_id)
    data = _pack_item(loaded)
    data["rules"] = [_rule_item(loaded, r) for r in loaded.pack.rules] if loaded.pack else []
    if wants_json():
        return jsonify(data)
    return render_template("rule_pack.html", data=data)


@bp.get("/rules/<pack_id>/<rule_id>")
def rule(pack_id: str, rule_id: str) -> Any:
    loaded = _find(pack_id)
    if loaded.pack is None or rule_id not in {r.id for r in loaded.pack.rules}:
        abort(404, description=t("rules.no_rule", pack=pack_id, rule=rule_id))
    data = _rule_item(loaded, loaded.pack.rule(rule_id))
    data["pack"] = {k: v for k, v in _pack_item(loaded).items() if k not in ("description",)}
    if wants_json():
        return jsonify(data)
    return render_template("rule.html", data=data)
