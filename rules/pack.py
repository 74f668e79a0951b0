"""Load a rule pack: YAML → checked dataclasses, keeping line numbers so every error names pack, rule and line.

A pack is checked in three steps, each failing with a PackError that points into the file:
1. the JSON Schema `pack.schema.json` (shape, required keys, value types);
2. the ontology's taxonomies (warning levels, plan kinds and sections, roles, industries);
3. the compiler (`rules.compiler`), which checks fact kinds, fields, variables and windows and builds CLIPS.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

import ontology

HERE = Path(__file__).parent
SCHEMA_PATH = HERE / "pack.schema.json"
PACKS_DIR = HERE / "packs"

Path_ = tuple[str | int, ...]
LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~10× faster


class PackError(ValueError):
    """A pack that cannot be loaded or compiled; the message names the pack, the rule and the line."""

    def __init__(self, pack: str, message: str, rule: str | None = None, line: int | None = None) -> None:
        self.pack = pack
        self.rule = rule
        self.line = line
        self.detail = message
        where = f"pack {pack}"
        if rule:
            where += f", rule {rule}"
        if line:
            where += f", line {line}"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Action:
    text: str
    plan_kind: str | None = None
    section: str | None = None


@dataclass(frozen=True)
class Condition:
    """One entry of a rule's `when:` list, as written, with where it was written."""

    index: int
    spec: Mapping[str, Any]
    line: int

    @property
    def text(self) -> str:
        return f"when[{self.index}] (line {self.line}): " + json.dumps(self.spec, ensure_ascii=False, default=str)


@dataclass(frozen=True)
class GivenFact:
    kind: str
    values: Mapping[str, Any]


@dataclass(frozen=True)
class TestCase:
    name: str
    given: tuple[GivenFact, ...]
    expect_fire: bool
    line: int
    now: Any = None
    times: int | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    basis: str
    warning_level: str
    conditions: tuple[Condition, ...]
    actions: tuple[Action, ...]
    notify: tuple[str, ...]
    tests: tuple[TestCase, ...]
    line: int
    clause: str | None = None
    description: str = ""


@dataclass(frozen=True)
class Pack:
    id: str
    version: str
    title: str
    authority: str
    industries: tuple[str, ...]
    rules: tuple[Rule, ...]
    source: str = ""
    description: str = ""
    lines: Mapping[Path_, int] = field(default_factory=dict, compare=False, repr=False)

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(f"pack {self.id} has no rule {rule_id!r}")


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return data


def _lines(node: yaml.Node, path: Path_, out: dict[Path_, int]) -> None:
    """Record the 1-based line where each value (by its path in the document) starts."""
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for knode, vnode in node.value:
            _lines(vnode, (*path, str(knode.value)), out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _lines(item, (*path, i), out)


def line_of(lines: Mapping[Path_, int], path: Path_) -> int | None:
    """The line of the value at `path`, or of its nearest enclosing value that has one."""
    p = tuple(path)
    while p:
        if p in lines:
            return lines[p]
        p = p[:-1]
    return lines.get((), None)


def parse(text: str, name: str) -> tuple[Any, dict[Path_, int]]:
    """YAML text → (data, line map). YAML syntax errors become PackErrors with the line."""
    loader = LOADER(text)
    try:
        # One parse: the node tree gives line numbers, the same tree is then constructed into data.
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as e:
        line = e.problem_mark.line + 1 if e.problem_mark else None
        raise PackError(name, f"YAML syntax: {e.problem}", line=line) from None
    finally:
        loader.dispose()
    lines: dict[Path_, int] = {}
    if node is not None:
        _lines(node, (), lines)
    return data, lines


def _rule_id_at(data: Any, path: Path_) -> str | None:
    if len(path) >= 2 and path[0] == "rules" and isinstance(path[1], int) and isinstance(data, dict):
        rules = data.get("rules")
        if isinstance(rules, list) and path[1] < len(rules) and isinstance(rules[path[1]], dict):
            rid = rules[path[1]].get("id")
            return str(rid) if rid is not None else f"#{path[1] + 1}"
    return None


def _schema_errors(data: Any, lines: Mapping[Path_, int], name: str) -> Iterator[PackError]:
    validator = jsonschema.Draft202012Validator(schema())
    for err in sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path]):
        # For oneOf/anyOf failures the most specific sub-error reads best.
        best = jsonschema.exceptions.best_match([err])
        path = tuple(best.absolute_path)
        where = "/".join(str(p) for p in path) or "(top)"
        yield PackError(name, f"{where}: {best.message}", rule=_rule_id_at(data, path), line=line_of(lines, path))


def _taxonomy_errors(data: dict[str, Any], lines: Mapping[Path_, int], name: str) -> Iterator[PackError]:
    onto = ontology.load()
    levels = onto.taxonomy("warning_levels").codes
    plan_kinds = onto.taxonomy("plan_kinds").codes
    sections = onto.taxonomy("plan_elements").codes
    roles = onto.taxonomy("position_levels").codes | onto.taxonomy("custody_roles").codes
    industries = onto.taxonomy("key_industries").codes
    for i, ind in enumerate(data.get("industries", [])):
        if ind not in industries:
            yield PackError(name, f"industry {ind!r} is not one of {sorted(industries)}",
                            line=line_of(lines, ("industries", i)))
    seen: dict[str, int] = {}
    for r, rule in enumerate(data["rules"]):
        rid = str(rule["id"])
        at = ("rules", r)
        if rid in seen:
            yield PackError(name, f"duplicate rule id (first at rule #{seen[rid] + 1})", rid, line_of(lines, at))
        seen[rid] = r
        if rule["warning_level"] not in levels:
            yield PackError(name, f"warning_level {rule['warning_level']!r} is not one of {sorted(levels)}", rid,
                            line_of(lines, (*at, "warning_level")))
        for a, action in enumerate(rule["actions"]):
            kind = action.get("plan_kind")
            if kind is not None and kind not in plan_kinds:
                yield PackError(name, f"plan_kind {kind!r} is not one of {sorted(plan_kinds)}", rid,
                                line_of(lines, (*at, "actions", a, "plan_kind")))
            sec = action.get("section")
            if sec is not None:
                if sec not in sections:
                    yield PackError(name, f"section {sec!r} is not a plan element ({sorted(sections)})", rid,
                                    line_of(lines, (*at, "actions", a, "section")))
                elif kind in plan_kinds and sec not in onto.taxonomy("plan_kinds").get(kind).data["required_elements"]:
                    yield PackError(name, f"section {sec!r} is not an element of a {kind}", rid,
                                    line_of(lines, (*at, "actions", a, "section")))
        for n, role in enumerate(rule["notify"]):
            if role not in roles:
                yield PackError(name, f"role {role!r} is neither a position level nor a custody role "
                                      f"({sorted(roles)})", rid, line_of(lines, (*at, "notify", n)))
        tests = rule["tests"]
        if not any(t["expect"] == "fire" for t in tests) or not any(t["expect"] == "no_fire" for t in tests):
            yield PackError(name, "needs at least one test expecting `fire` and one expecting `no_fire`", rid,
                            line_of(lines, (*at, "tests")))


def _build(data: dict[str, Any], lines: dict[Path_, int], source: str) -> Pack:
    rules: list[Rule] = []
    for r, raw in enumerate(data["rules"]):
        at: Path_ = ("rules", r)
        conditions = tuple(
            Condition(index=i, spec=spec, line=line_of(lines, (*at, "when", i)) or 0)
            for i, spec in enumerate(raw["when"])
        )
        tests = tuple(
            TestCase(
                name=str(t.get("name", f"test {k + 1}")),
                given=tuple(GivenFact(kind=next(iter(g)), values=dict(next(iter(g.values())) or {}))
                            for g in t.get("given", [])),
                expect_fire=t["expect"] == "fire",
                line=line_of(lines, (*at, "tests", k)) or 0,
                now=t.get("now"),
                times=t.get("times"),
            )
            for k, t in enumerate(raw["tests"])
        )
        rules.append(Rule(
            id=str(raw["id"]),
            title=raw["title"],
            basis=raw["basis"],
            clause=raw.get("clause"),
            warning_level=raw["warning_level"],
            conditions=conditions,
            actions=tuple(Action(a["text"], a.get("plan_kind"), a.get("section")) for a in raw["actions"]),
            notify=tuple(raw["notify"]),
            tests=tests,
            line=line_of(lines, at) or 0,
            description=raw.get("description", ""),
        ))
    return Pack(
        id=data["pack"],
        version=str(data["version"]),
        title=data.get("title", data["pack"]),
        authority=data["authority"],
        industries=tuple(data["industries"]),
        rules=tuple(rules),
        source=source,
        description=data.get("description", ""),
        lines=lines,
    )


def loads(text: str, source: str = "<string>") -> Pack:
    """Parse and check a pack from YAML text. Raises the first PackError (all are listed by `check`)."""
    errors, pack = _load(text, source)
    if errors:
        raise errors[0]
    assert pack is not None
    return pack


def check(text: str, source: str = "<string>") -> list[PackError]:
    """Every schema and taxonomy error of a pack (compile errors come from `rules.compiler`)."""
    return _load(text, source)[0]


def _load(text: str, source: str) -> tuple[list[PackError], Pack | None]:
    name = Path(source).name
    data, lines = parse(text, name)
    if isinstance(data, dict) and isinstance(data.get("pack"), str):
        name = data["pack"]
    errors = list(_schema_errors(data, lines, name))
    if errors:
        return errors, None
    errors = list(_taxonomy_errors(data, lines, name))
    if errors:
        return errors, None
    return [], _build(data, lines, source)


def load(path: Path | str) -> Pack:
    path = Path(path)
    return loads(path.read_text(encoding="utf-8"), str(path))


def shipped() -> list[Path]:
    """The packs that ship with Anzhi, in file-name order."""
    return sorted(PACKS_DIR.glob("*.yaml"))
