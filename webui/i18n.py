"""Languages: Chinese by default, English available.

A small dictionary-based `t()` (no catalogs to compile): every UI label is a key with a Chinese and an English
text. Node type, property, relationship and taxonomy labels come from the ontology's `zh`/`en` fields.
The language is chosen by `?lang=en|zh` (remembered in a cookie) or the cookie; otherwise Chinese.
"""

from __future__ import annotations

from typing import Any

from flask import g, has_request_context, request

import ontology

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"
LANG_COOKIE = "anzhi_lang"

# key: (zh, en). Keys are short English identifiers; placeholders use str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    "brand": ("安知", "Anzhi"),
    "search.title": ("全文检索", "Search"),
    "search.filters": ("筛选：", "Filters: "),
    "search.clear": ("取消此条件", "remove this filter"),
    "search.total": ("共 {n} 条", "{n} results"),
    "search.range": ("，第 {a}–{b} 条", ", {a}–{b} shown"),
    "search.prev": ("上一页", "Previous"),
    "search.next": ("下一页", "Next"),
    "facet.type": ("类型", "Type"),
    "facet.industry": ("行业", "Industry"),
    "facet.accident_type": ("事故类型", "Accident type"),
    "facet.severity": ("事故等级", "Severity"),
    "facet.year": ("年份", "Year"),
    "facet.enterprise": ("企业", "Enterprise"),
    "colon": ("：", ": "),
    "tagline": ("工业安全知识库", "Industrial-safety knowledge base"),
    "title.home": ("知识图谱概览", "Knowledge graph overview"),
    "footer": ("安知 Anzhi · 数据为演示与公开资料", "Anzhi · demo data and public sources"),
    "nav.home": ("概览", "Overview"),
    "nav.findings": ("发现与建议", "Findings"),
    "nav.users": ("用户管理", "Users"),
    "nav.login": ("登录", "Log in"),
    "nav.logout": ("退出", "Log out"),
    "nav.language": ("语言", "Language"),
    "nav.switch_lang": ("English", "中文"),
    "search.placeholder": ("搜索案例、预案、危险源…", "Search cases, plans, hazards…"),
    "search.button": ("搜索", "Search"),
    "home.backend": ("后端", "Backend"),
    "home.nodes": ("节点", "Nodes"),
    "home.relationships": ("关系", "Relationships"),
    "home.counts": ("各类型数量", "Counts by type"),
    "home.chart": ("数量分布图", "Counts chart"),
    "home.recent_findings": ("最新监测/检查发现", "Recent findings"),
    "home.recent_recommendations": ("最新处置建议", "Recent recommendations"),
    "home.open_cases": ("未结案事故案例", "Open cases"),
    "home.major_hazards": ("重大危险源（按级别）", "Major hazard sources by level"),
    "home.no_findings": ("暂无发现（规则引擎尚未产生结果）", "No findings yet (the rule engine has produced none)"),
    "home.no_recommendations": ("暂无处置建议", "No recommendations yet"),
    "home.no_open_cases": ("没有未结案的案例", "No open cases"),
    "col.type": ("类型", "Type"),
    "col.count": ("数量", "Count"),
    "col.uid": ("标识", "Identifier"),
    "col.name": ("名称", "Name"),
    "col.source": ("来源", "Source"),
    "col.property": ("属性", "Property"),
    "col.value": ("值", "Value"),
    "col.level": ("级别", "Level"),
    "col.date": ("日期", "Date"),
    "col.event": ("事件", "Event"),
    "col.kind": ("类别", "Kind"),
    "col.party": ("责任主体", "Party"),
    "col.duty": ("职责", "Duty"),
    "col.role": ("岗位", "Role"),
    "col.holder": ("现任人员", "Held by"),
    "col.action": ("处置措施", "Action"),
    "col.cause": ("原因", "Cause"),
    "col.basis": ("依据", "Basis"),
    "col.sanction": ("处理建议", "Sanction"),
    "col.text": ("内容", "Text"),
    "col.username": ("用户名", "User name"),
    "col.roles": ("角色", "Roles"),
    "col.created": ("创建时间", "Created"),
    "empty": ("暂无数据", "No data"),
    "vacant": ("空缺", "vacant"),
    "none": ("无", "none"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "pager.prev": ("上一页", "Previous"),
    "pager.next": ("下一页", "Next"),
    "pager.range": ("第 {start}–{end} 条", "Items {start}–{end}"),
    "entity.properties": ("属性", "Properties"),
    "entity.provenance": ("出处", "Provenance"),
    "entity.related": ("关联对象", "Related items"),
    "entity.graph": ("关系图", "Neighbourhood graph"),
    "entity.graph_help": (
        "拖动节点、滚轮缩放、点击节点打开详情。",
        "Drag nodes, scroll to zoom, click a node to open it.",
    ),
    "entity.depth": ("深度", "Depth"),
    "entity.outgoing": ("→", "→"),
    "entity.incoming": ("←", "←"),
    "entity.open_case": ("案例视图", "Case view"),
    "entity.truncated": ("图过大，仅显示部分节点", "Graph too large: only part of it is shown"),
    "case.timeline": ("时间线", "Timeline"),
    "case.occurred": ("事故发生", "Incident occurred"),
    "case.recorded": ("录入知识库", "Recorded in the knowledge base"),
    "case.updated": ("最近更新", "Last updated"),
    "case.causes": ("原因链", "Chain of causes"),
    "case.leads_to": ("导致", "leads to"),
    "case.responsibilities": ("责任认定", "Responsibilities"),
    "case.consequences": ("事故后果", "Consequences"),
    "case.lessons": ("经验教训", "Lessons"),
    "case.severity": ("事故等级", "Severity"),
    "case.severity_basis": ("定级依据", "Basis of the grade"),
    "case.thresholds": (
        "{grade}：死亡 ≥ {deaths} 人，或重伤 ≥ {serious} 人，或直接经济损失 ≥ {loss} 元",
        "{grade}: deaths ≥ {deaths}, or serious injuries ≥ {serious}, or direct loss ≥ {loss} CNY",
    ),
    "case.sources": ("来源文档", "Source documents"),
    "case.status": ("案件状态", "Case status"),
    "case.set_status": ("更新状态", "Update status"),
    "case.status_updated": ("状态已更新", "Status updated"),
    "plan.sections": ("章节", "Sections"),
    "plan.covers": ("针对对象", "Covers"),
    "plan.applies_to": ("适用于", "Applies to"),
    "plan.missing_elements": ("缺少的必备要素", "Missing required elements"),
    "plan.all_elements": ("必备要素齐全", "All required elements present"),
    "plan.roles": ("岗位与人员", "Roles and who fills them"),
    "plan.section_roles": ("章节指定岗位", "Roles named by the section"),
    "plan.no_actions": ("本章节无处置措施", "No actions in this section"),
    "findings.title": ("监测/检查发现与处置建议", "Findings and recommendations"),
    "findings.findings": ("发现", "Findings"),
    "findings.recommendations": ("处置建议", "Recommendations"),
    "findings.all_kinds": ("全部类别", "All kinds"),
    "findings.filter": ("筛选", "Filter"),
    "login.title": ("登录", "Log in"),
    "login.username": ("用户名", "User name"),
    "login.password": ("密码", "Password"),
    "login.submit": ("登录", "Log in"),
    "login.failed": ("用户名或密码不正确", "Wrong user name or password"),
    "login.required": ("请先登录", "Please log in"),
    "login.welcome": ("欢迎，{user}", "Welcome, {user}"),
    "logout.done": ("已退出", "Logged out"),
    "users.title": ("用户管理", "User management"),
    "users.add": ("添加用户", "Add user"),
    "users.added": ("已添加用户 {user}", "User {user} added"),
    "users.exists": ("用户 {user} 已存在", "User {user} already exists"),
    "users.invalid": (
        "用户名须为 3–32 位字母、数字、._-，密码至少 8 位，角色须有效",
        "Invalid user name, password or role",
    ),
    "role.viewer": ("查看者", "Viewer"),
    "role.investigator": ("调查员", "Investigator"),
    "role.planner": ("预案编制员", "Planner"),
    "role.rule_author": ("规则作者", "Rule author"),
    "role.admin": ("管理员", "Administrator"),
    "error.400": ("请求有误", "Bad request"),
    "error.403": ("无权访问", "Forbidden"),
    "error.404": ("未找到", "Not found"),
    "error.405": ("不允许的方法", "Method not allowed"),
    "error.500": ("服务器内部错误", "Internal server error"),
    "error.other": ("出错了", "Error"),
    "error.back_home": ("返回概览", "Back to the overview"),
    "error.no_type": ("没有类型 {type}", "There is no type {type}"),
    "error.no_entity": ("没有 {type} {uid}", "There is no {type} {uid}"),
    "error.bad_paging": ("limit 与 skip 须为整数", "limit and skip must be whole numbers"),
    "error.bad_depth": ("depth 须为 1 或 2", "depth must be 1 or 2"),
    "error.csrf": (
        "表单已失效（CSRF 校验失败），请刷新页面后重试",
        "The form has expired (CSRF check failed): reload the page and try again",
    ),
    "error.role": ("此操作需要角色：{roles}", "This needs one of the roles: {roles}"),
    "error.bad_status": ("无效的状态 {status}", "Invalid status {status}"),
    "prov.src_doc": ("来源文档", "Source document"),
}


def register(messages: dict[str, tuple[str, str]]) -> None:
    """Add a blueprint's own labels (key -> (zh, en)); a key may be registered once only."""
    clash = sorted(set(messages) & set(MESSAGES))
    if clash:
        raise ValueError(f"message keys registered twice: {clash}")
    MESSAGES.update(messages)
    _BY_LANG.clear()


class Messages(dict[str, str]):
    """One language's messages, for templates: `T['some.key']` gives what the function t gives for the key (a
    missing key stands for itself), without a function call per string (a page has dozens)."""

    def __missing__(self, key: str) -> str:
        return key


_BY_LANG: dict[str, Messages] = {}


def messages(lang: str) -> Messages:
    """The messages in `lang`, built once (again after a `register`)."""
    m = _BY_LANG.get(lang)
    if m is None:
        i = 0 if lang == "zh" else 1
        m = _BY_LANG[lang] = Messages({k: v[i] for k, v in MESSAGES.items()})
    return m


def current_lang() -> str:
    if has_request_context():
        lang = getattr(g, "lang", None)
        if lang in LANGS:
            return str(lang)
    return DEFAULT_LANG


def choose_lang() -> str:
    """The request's language: ?lang=, then the cookie, then Chinese."""
    for value in (request.args.get("lang"), request.cookies.get(LANG_COOKIE)):
        if value in LANGS:
            return str(value)
    return DEFAULT_LANG


def t(key: str, lang: str | None = None, **fmt: Any) -> str:
    pair = MESSAGES.get(key)
    if pair is None:
        return key
    text = pair[0] if (lang or current_lang()) == "zh" else pair[1]
    return text.format(**fmt) if fmt else text


def _onto() -> ontology.Ontology:
    return ontology.load()


def type_label(type_name: str, lang: str | None = None) -> str:
    nt = _onto().nodes.get(type_name)
    return nt.label(lang or current_lang()) if nt else type_name


def rel_label(rel_name: str, lang: str | None = None) -> str:
    rt = _onto().relations.get(rel_name)
    return rt.label(lang or current_lang()) if rt else rel_name


def prop_label(type_name: str | None, prop: str, lang: str | None = None) -> str:
    onto = _onto()
    props = onto.node_properties(type_name) if type_name in onto.nodes else {**onto.node_common, **onto.provenance}
    p = props.get(prop)
    if p is None:
        return prop
    return p.zh if (lang or current_lang()) == "zh" else p.en


def rel_prop_label(rel_name: str, prop: str, lang: str | None = None) -> str:
    onto = _onto()
    p = onto.relation_properties(rel_name).get(prop) if rel_name in onto.relations else None
    if p is None:
        return prop
    return p.zh if (lang or current_lang()) == "zh" else p.en


def taxonomy_label(taxonomy: str | None, code: Any, lang: str | None = None) -> str:
    """The label of a taxonomy code in the language; the code itself when unknown."""
    tax = _onto().taxonomies.get(taxonomy or "")
    if tax is None:
        return str(code)
    for e in tax.entries:
        if e.code == str(code):
            return e.zh if (lang or current_lang()) == "zh" else e.en
    return str(code)


def display_value(type_name: str, prop: str, value: Any, lang: str | None = None) -> str:
    """A property value as text in the language: taxonomy codes translated, lists joined, booleans worded."""
    onto = _onto()
    p = onto.node_properties(type_name).get(prop) if type_name in onto.nodes else None
    enum = p.enum if p else None
    if isinstance(value, bool):
        return t("yes" if value else "no", lang)
    if isinstance(value, list):
        return (
            "、".join(taxonomy_label(enum, v, lang) for v in value)
            if (lang or current_lang()) == "zh"
            else ", ".join(taxonomy_label(enum, v, lang) for v in value)
        )
    if enum:
        return taxonomy_label(enum, value, lang)
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"
    return str(value)


def node_title(node: dict[str, Any], lang: str | None = None) -> str:
    """A node's name in the language: name_en in English when present."""
    if (lang or current_lang()) == "en" and node.get("name_en"):
        return str(node["name_en"])
    return str(node.get("name") or node.get("uid") or "")
