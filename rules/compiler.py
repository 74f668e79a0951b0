"""Compile a pack's rules to CLIPS: one deftemplate per fact kind, one defrule per rule.

Each rule's right-hand side is a single call `(python-function anzhi-fire N arg …)` that hands the engine the fact
indices of the facts that matched, in condition order (a count's members as one multifield of indices); the ArgSpecs
kept here say which condition each argument satisfied. That is how a firing's explanation stays exact: it is read
from the values of the very facts CLIPS joined (kept by the engine as asserted), not re-derived afterwards.

How each condition kind compiles (see docs/rules.md for the language itself):
- pattern:      `?zfI <- (kind (slot constraint) …)`; literals become constants in the pattern network, `?var` joins,
                operators become `&:(…)` predicates guarded by `numberp`; a slot whose only test compares with
                constants (in, not_in, eq, ne) becomes a connective constraint (`"a"|"b"`, `~"a"&~"b"`), tested in
                the pattern network without a function call.
- within/active: predicates on the `ts`/`end` slots against the anchor (the first earlier timed pattern, or the
                clock when there is none).
- lasting:      a `(test …)` on (end, or now when still open) − ts, joined with the clock fact.
- not:          `(not (kind …))` with the same constraints.
- sequence:     n joined patterns on the same `same` slots, each later and higher (or lower) than the one before,
                with `(not …)` between neighbours so the readings are consecutive.
- count:        the newest member as a pattern; its last slot test registers every fact that passes the pattern's
                own tests with the engine's per-group counter (`anzhi-member`, evaluated in CLIPS's pattern network,
                so membership is decided by CLIPS, once per fact, in assertion order), and a
                `(test (anzhi-count N (fact-index ?f)))` asks the counter how many live members of the newest one's
                group lie in the trailing window. The engine lists the members of a firing from the same counter.
                A count whose member tests use variables bound by other conditions (members then depend on the
                join, not on the fact alone) keeps the general form: `(test (>= (length$ (find-all-facts …)) min))`
                over the facts of the kind, which scans every live fact of the kind per candidate.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from .facts import CLOCK, KINDS, FactKind, SlotType, parse_duration
from .pack import Condition, Pack, PackError, Rule

FIRE_FUNCTION = "anzhi-fire"
INDICES_FUNCTION = "anzhi-indices"  # a multifield of facts → their fact indices (defined by the engine)
MEMBER_FUNCTION = "anzhi-member"  # registers the fact being asserted as a member of count N (pattern network)
COUNT_FUNCTION = "anzhi-count"  # TRUE when count N has ≥ min live members in the window of the newest (join)
# Variables are written $name in packs ("?" is a YAML indicator in flow style); ?name is accepted too.
VAR = re.compile(r"^[$?]([A-Za-z][A-Za-z0-9_]*)$")
EXPR = re.compile(r"^[$?]([A-Za-z][A-Za-z0-9_]*)\s*([-+*/])\s*(\d+(?:\.\d+)?\s*[smhd]?)$")
MODIFIERS = ("within", "active", "lasting")
def user_var(value: Any) -> str | None:
    """The CLIPS variable for a pack variable ($name or ?name), or None when `value` is not one."""
    if isinstance(value, str):
        m = VAR.match(value)
        if m:
            return "?" + m.group(1)
    return None


def is_var_like(value: Any) -> bool:
    return isinstance(value, str) and value[:1] in ("$", "?")


COMPARE = {"gt": ">", "gte": ">=", "lt": "<", "lte": "<="}


@dataclass(frozen=True)
class ArgSpec:
    """One argument of a rule's anzhi-fire call: the fact(s) that satisfied condition `condition`."""

    condition: int
    kind: str
    role: str
    many: bool = False  # one multifield argument: the members of a count
    counter: int | None = None  # members kept by the engine's counter N (no argument from CLIPS then)


@dataclass(frozen=True)
class CountSpec:
    """A count kept by the engine's per-group counter: members are the facts of `kind` that passed the count's
    pattern, grouped by the values of `same`; it holds when ≥ `least` live members of the newest member's group
    have ts in [newest ts − window, newest ts]."""

    number: int  # the counter's number, unique in an engine (rule number × 100 + condition index)
    kind: str
    same: tuple[str, ...]
    window: float
    least: int


@dataclass(frozen=True)
class CompiledRule:
    number: int
    name: str  # the defrule's name in CLIPS
    pack: Pack
    rule: Rule
    clips: str
    args: tuple[ArgSpec, ...]
    absent: tuple[int, ...]  # conditions satisfied by absence (`not:`)
    windows: Mapping[str, float] = field(default_factory=dict)  # fact kind → seconds the rule looks back
    texts: Mapping[int, str] = field(default_factory=dict)  # condition index → its text, rendered once
    counts: tuple[CountSpec, ...] = ()  # the counts kept by the engine's counter
    slots: frozenset[tuple[str, str]] = frozenset()  # (kind, slot) of every slot the rule's conditions read


def templates(read: Collection[tuple[str, str]] | None = None) -> list[str]:
    """The deftemplates for every fact kind. Slots are untyped so that absent values are the symbol nil.

    `read`: the (kind, slot) pairs the rules read (CompiledRule.slots); only those slots are declared then."""
    return [f"(deftemplate {k.name} "
            + " ".join(f"(slot {s})" for s in k.slots if read is None or (k.name, s) in read) + ")"
            for k in KINDS.values()]


def clips_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def literal(value: Any) -> str:
    if isinstance(value, bool):
        return '"true"' if value else '"false"'
    if isinstance(value, int | float):
        return repr(float(value))
    return clips_string(str(value))


class _RuleCompiler:
    def __init__(self, pack: Pack, rule: Rule, number: int, count_scans: bool = False) -> None:
        self.count_scans = count_scans
        self.counts: list[CountSpec] = []
        self.slots: set[tuple[str, str]] = set()
        self.pack = pack
        self.rule = rule
        self.number = number
        self.bound: set[str] = set()
        self.ces: list[str] = []
        self.rhs_binds: list[str] = []
        self.args: list[ArgSpec] = []
        self.absent: list[int] = []
        self.windows: dict[str, float] = {}
        self.anchor: str | None = None  # the ts variable later windows are measured from
        self.anchor_kind: str | None = None
        self.now: str | None = None
        self.cond: Condition | None = None

    # -- errors -------------------------------------------------------------------------------------------------
    def error(self, message: str) -> PackError:
        line = self.cond.line if self.cond else self.rule.line
        where = f"when[{self.cond.index}]: " if self.cond else ""
        return PackError(self.pack.id, where + message, self.rule.id, line)

    # -- operands and field tests ------------------------------------------------------------------------------
    def operand(self, value: Any) -> tuple[str, list[str]]:
        """A literal, a bound ?var or '?var op number' → (CLIPS expression, variables to guard with numberp)."""
        if is_var_like(value):
            var = user_var(value)
            if var:
                self.need_bound(var)
                return var, [var]
            m = EXPR.match(value)
            if m:
                var = "?" + m.group(1)
                self.need_bound(var)
                amount = m.group(3).replace(" ", "")
                number = parse_duration(amount) if amount[-1] in "smhd" else float(amount)  # 5m → 300.0, 2 → 2.0
                return f"({m.group(2)} {var} {number!r})", [var]
            raise self.error(f"{value!r} is neither a variable ($name) nor an expression like '$t + 5m'")
        return literal(value), []

    def need_bound(self, var: str) -> None:
        if var not in self.bound:
            raise self.error(f"variable {var} is used before a condition binds it (bind it in an earlier pattern)")

    def predicates(self, ref: str, ops: Mapping[str, Any]) -> list[str]:
        """Operator mapping → CLIPS boolean expressions over `ref` (a variable or ?zx:slot)."""
        out: list[str] = []
        for op, arg in ops.items():
            if op in COMPARE:
                expr, guards = self.operand(arg)
                checks = " ".join(f"(numberp {g})" for g in [ref, *guards])
                out.append(f"(and {checks} ({COMPARE[op]} {ref} {expr}))")
            elif op in ("eq", "ne"):
                expr, _ = self.operand(arg)
                out.append(f"({'eq' if op == 'eq' else 'neq'} {ref} {expr})")
            elif op in ("in", "not_in"):
                tests = [f"(eq {ref} {literal(v)})" for v in arg]
                any_ = tests[0] if len(tests) == 1 else f"(or {' '.join(tests)})"  # CLIPS's or takes 2 or more
                out.append(any_ if op == "in" else f"(not {any_})")
            elif op in ("between", "outside"):
                lo, hi = (repr(float(x)) for x in arg)
                if op == "between":
                    out.append(f"(and (numberp {ref}) (>= {ref} {lo}) (<= {ref} {hi}))")
                else:
                    out.append(f"(and (numberp {ref}) (or (< {ref} {lo}) (> {ref} {hi})))")
            elif op == "exists":
                out.append(f"(neq {ref} nil)" if arg else f"(eq {ref} nil)")
            else:  # the schema already refuses these; kept for packs built in code
                raise self.error(f"unknown operator {op!r}")
        return out

    def kind_of(self, spec: Mapping[str, Any], allowed_extra: tuple[str, ...]) -> tuple[FactKind, Mapping[str, Any]]:
        kinds = [k for k in spec if k in KINDS]
        extra = [k for k in spec if k not in KINDS and k not in allowed_extra]
        if extra:
            raise self.error(f"unexpected key(s) {extra}")
        if len(kinds) != 1:
            raise self.error(f"a pattern names exactly one fact kind, this one names {kinds or 'none'} "
                             f"(kinds: {', '.join(KINDS)})")
        kind = KINDS[kinds[0]]
        fields = spec[kinds[0]] or {}
        for name in fields:
            if name not in kind.slots:
                raise self.error(f"{kind.name} has no field {name!r} (fields: {', '.join(kind.slots)})")
        return kind, fields

    def slot_constraints(
        self, kind: FactKind, fields: Mapping[str, Any], prefix: str, extra: Mapping[str, list[str]] | None = None,
        bind: Mapping[str, str] | None = None,
    ) -> str:
        """The `(kind (slot constraint) …)` text. `extra` adds predicates per slot (written with the slot's variable
        as `{v}`); `bind` forces a variable for a slot (ts, the value of a sequence …)."""
        extra = extra or {}
        bind = bind or {}
        parts: list[str] = []
        for slot in dict.fromkeys([*fields, *bind, *extra]):
            test = fields.get(slot)
            var: str | None = None
            lit: str | None = None
            preds: list[str] = []
            if user_var(test):
                var = user_var(test)
            elif isinstance(test, Mapping) and slot not in bind and slot not in extra and _constant_test(test):
                lit = _constant_test(test)  # tested in CLIPS's pattern network, no function call per fact
            elif isinstance(test, Mapping):
                var = bind.get(slot) or f"?z{prefix}_{slot}"
                self.bound.add(var)  # the slot's own variable may appear in its predicates
                preds = self.predicates(var, test)
            elif test is not None:
                if is_var_like(test):
                    raise self.error(f"{slot}: {test!r} is not a valid variable name")
                lit = literal(test)
            if slot in bind and not user_var(test):
                var = bind[slot]  # a variable the user named for the slot wins; callers pass that name in bind
            if slot in extra:
                if var is None:
                    var = f"?z{prefix}_{slot}"
                preds += [p.format(v=var) for p in extra[slot]]
            if var is not None and var not in self.bound:
                self.bound.add(var)
            terms = [t for t in (var, lit) if t is not None] + [f":{p}" for p in preds]
            parts.append(f"({slot} {'&'.join(terms)})")
            self.slots.add((kind.name, slot))
        return f"({kind.name} {' '.join(parts)})"

    def query(self, kind: FactKind, fields: Mapping[str, Any], x: str) -> list[str]:
        """Field tests as a boolean expression over a fact-set member `x` (for find-all-facts)."""
        out: list[str] = []
        for slot, test in fields.items():
            ref = f"{x}:{slot}"
            self.slots.add((kind.name, slot))
            var = user_var(test)
            if var:
                self.need_bound(var)
                out.append(f"(eq {ref} {var})")
            elif isinstance(test, Mapping):
                out += self.predicates(ref, test)
            else:
                out.append(f"(eq {ref} {literal(test)})")
        return out

    # -- time --------------------------------------------------------------------------------------------------
    def clock(self) -> str:
        if self.now is None:
            self.now = "?znow"
            self.ces.append(f"(clock (now {self.now}))")
            self.slots.add((CLOCK, "now"))
            self.bound.add(self.now)
        return self.now

    def reference(self) -> tuple[str, str | None]:
        """What windows are measured from: the first earlier timed pattern, else the clock's now."""
        if self.anchor is not None:
            return self.anchor, self.anchor_kind
        return self.clock(), None

    def look_back(self, kind: str | None, seconds: float) -> None:
        if kind is not None and kind != CLOCK:
            self.windows[kind] = max(self.windows.get(kind, 0.0), seconds)

    def window_preds(self, kind: FactKind, spec: Mapping[str, Any]) -> dict[str, list[str]]:
        extra: dict[str, list[str]] = {}
        if "within" in spec:
            if not kind.timed:
                raise self.error(f"`within` needs a timed fact kind; {kind.name} has no ts")
            ref, ref_kind = self.reference()
            w = spec["within"]
            if isinstance(w, Mapping):
                (side, d), = w.items()
                sec = parse_duration(d)
                if side == "before":
                    p = f"(and (numberp {{v}}) (<= {{v}} {ref}) (>= {{v}} (- {ref} {sec!r})))"
                else:
                    p = f"(and (numberp {{v}}) (>= {{v}} {ref}) (<= {{v}} (+ {ref} {sec!r})))"
            else:
                sec = parse_duration(w)
                p = f"(and (numberp {{v}}) (<= (abs (- {{v}} {ref})) {sec!r}))"
            extra.setdefault("ts", []).append(p)
            self.look_back(kind.name, sec)
            self.look_back(ref_kind, sec)
        if spec.get("active"):
            if not (kind.timed and kind.has_end):
                raise self.error(f"`active` needs a fact kind with ts and end; {kind.name} has not")
            ref, _ = self.reference()
            extra.setdefault("ts", []).append(f"(or (not (numberp {{v}})) (<= {{v}} {ref}))")
            extra.setdefault("end", []).append(f"(or (not (numberp {{v}})) (>= {{v}} {ref}))")
        return extra

    # -- conditions --------------------------------------------------------------------------------------------
    def positive(self, cond: Condition, spec: Mapping[str, Any]) -> None:
        kind, fields = self.kind_of(spec, MODIFIERS)
        i = cond.index
        extra = self.window_preds(kind, spec)
        bind: dict[str, str] = {}
        ts_var = f"?zt{i}"
        if kind.timed:
            bind["ts"] = user_var(fields.get("ts")) or ts_var
            ts_var = bind["ts"]
        if "lasting" in spec:
            if not kind.has_end:
                raise self.error(f"`lasting` needs a fact kind with an end; {kind.name} has none")
            bind["end"] = f"?ze{i}"
        fact = f"?zf{i}"
        self.ces.append(f"{fact} <- " + self.slot_constraints(kind, fields, str(i), extra, bind))
        self.args.append(ArgSpec(i, kind.name, "clock" if kind.name == CLOCK else "matched"))
        if "lasting" in spec:
            sec = parse_duration(spec["lasting"]["min"])
            now = self.clock()
            end = bind["end"]
            self.ces.append(f"(test (and (numberp {ts_var}) "
                            f"(>= (- (if (numberp {end}) then {end} else {now}) {ts_var}) {sec!r})))")
        if kind.timed and self.anchor is None:
            self.anchor, self.anchor_kind = ts_var, kind.name

    def negative(self, cond: Condition, spec: Mapping[str, Any]) -> None:
        kind, fields = self.kind_of(spec, ("within", "active"))
        before = set(self.bound)
        extra = self.window_preds(kind, spec)
        # Clock variables created while compiling the window belong outside the `not`.
        outer_bound = set(self.bound)
        ce = self.slot_constraints(kind, fields, f"n{cond.index}", extra)
        self.bound = before | (outer_bound - before)  # variables first bound inside the not stay inside it
        self.ces.append(f"(not {ce})")
        self.absent.append(cond.index)

    def sequence(self, cond: Condition, spec: Mapping[str, Any]) -> None:
        kind, fields = self.kind_of(spec, ("n", "within", "trend", "same", "field"))
        if not kind.timed:
            raise self.error(f"a sequence needs a timed fact kind; {kind.name} has no ts")
        n, trend, sec = int(spec["n"]), spec["trend"], parse_duration(spec["within"])
        value = spec.get("field", "value")
        if kind.slots.get(value) is not SlotType.NUMBER:
            raise self.error(f"sequence field {value!r} is not a number field of {kind.name}")
        for s in spec.get("same", []):
            if s not in kind.slots:
                raise self.error(f"same: {kind.name} has no field {s!r}")
        if "ts" in fields or value in fields:
            raise self.error(f"a sequence sets ts and {value} itself; test them with a separate pattern")
        i = cond.index
        same = {s: (user_var(fields.get(s)) or f"?zs{i}_{s}")
                for s in spec.get("same", [])}
        filters = {k: v for k, v in fields.items() if k not in same}
        cmp = ">" if trend == "rising" else "<"
        # A sensor's readings carry seq/prev numbers (set by the engine): neighbours then join by equality, which
        # CLIPS hashes. Any other grouping falls back to "no reading in between", which pairs readings first.
        linked = list(same) == ["sensor"] and "seq" in kind.slots
        for j in range(n):
            t, v = f"?zs{i}_t{j}", f"?zs{i}_v{j}"
            extra: dict[str, list[str]] = {"ts": ["(numberp {v})"], value: ["(numberp {v})"]}
            bind = {**same, "ts": t, value: v}
            if linked:
                bind["seq"] = f"?zs{i}_n{j}"
                if j > 0:
                    bind["prev"] = f"?zs{i}_n{j - 1}"
            if j > 0:
                t0, tp, vp = f"?zs{i}_t0", f"?zs{i}_t{j - 1}", f"?zs{i}_v{j - 1}"
                extra["ts"].append(f"(> {{v}} {tp})")
                extra["ts"].append(f"(<= (- {{v}} {t0}) {sec!r})")
                extra[value].append(f"({cmp} {{v}} {vp})")
            self.ces.append(f"?zf{i}_{j} <- " + self.slot_constraints(kind, filters, f"s{i}_{j}", extra, bind))
            if j > 0 and not linked:
                # Consecutive: no reading of the same subject between the previous element and this one.
                between = {"ts": ["(numberp {v})", f"(> {{v}} ?zs{i}_t{j - 1})", f"(< {{v}} {t})"]}
                self.ces.append("(not " + self.slot_constraints(kind, filters, f"s{i}_b{j}", between, same) + ")")
            self.args.append(ArgSpec(i, kind.name, f"sequence {j + 1}/{n}"))
        self.look_back(kind.name, sec)
        if self.anchor is None:
            self.anchor, self.anchor_kind = f"?zs{i}_t0", kind.name

    def count(self, cond: Condition, spec: Mapping[str, Any]) -> None:
        kind, fields = self.kind_of(spec, ("min", "within", "same"))
        if not kind.timed:
            raise self.error(f"a count needs a timed fact kind; {kind.name} has no ts")
        i, least, sec = cond.index, int(spec["min"]), parse_duration(spec["within"])
        if "ts" in fields:
            raise self.error("a count sets ts itself (the trailing window ends at its newest member)")
        for s in spec.get("same", []):
            if s not in kind.slots:
                raise self.error(f"same: {kind.name} has no field {s!r}")
        same = {s: (user_var(fields.get(s)) or f"?zc{i}_{s}")
                for s in spec.get("same", [])}
        t = f"?zc{i}_t"
        filters = {k: v for k, v in fields.items() if k not in same}
        if not self.count_scans and not any(_has_variable(v) for v in filters.values()):
            # Members depend on the fact alone: the per-group counter. The registration is the pattern's last test
            # (CLIPS tests a pattern's slots in the order written), so only facts passing every other test register.
            counter = CountSpec(self.number * 100 + i, kind.name, tuple(same), sec, least)
            extra = {"ts": ["(numberp {v})", f"(python-function {MEMBER_FUNCTION} {counter.number})"]}
            self.ces.append(f"?zf{i} <- " + self.slot_constraints(kind, fields, f"c{i}", extra, {**same, "ts": t}))
            group = " ".join(same.values())
            self.ces.append(f"(test (python-function {COUNT_FUNCTION} {counter.number} {t} {group}))")
            self.counts.append(counter)
            self.args.append(ArgSpec(i, kind.name, "counted (newest)"))
            self.args.append(ArgSpec(i, kind.name, "counted", many=True, counter=counter.number))
        else:
            extra = {"ts": ["(numberp {v})"]}
            self.ces.append(f"?zf{i} <- " + self.slot_constraints(kind, fields, f"c{i}", extra, {**same, "ts": t}))
            x = "?zx"
            member = self.query(kind, filters, x)
            member += [f"(eq {x}:{s} {var})" for s, var in same.items()]
            self.slots.update((kind.name, s) for s in [*same, "ts"])
            member += [f"(numberp {x}:ts)", f"(<= {x}:ts {t})", f"(>= {x}:ts (- {t} {sec!r}))"]
            q = f"(find-all-facts (({x} {kind.name})) (and {' '.join(member)}))"
            self.ces.append(f"(test (>= (length$ {q}) {least}))")
            self.rhs_binds.append(f"(bind ?zm{i} {q})")
            self.args.append(ArgSpec(i, kind.name, "counted (newest)"))
            self.args.append(ArgSpec(i, kind.name, "counted", many=True))
        self.look_back(kind.name, sec)
        if self.anchor is None:
            self.anchor, self.anchor_kind = t, kind.name

    def compile(self) -> CompiledRule:
        for cond in self.rule.conditions:
            self.cond = cond
            spec = cond.spec
            if "not" in spec:
                if len(spec) != 1:
                    raise self.error("`not:` stands alone in its condition; put modifiers inside it")
                self.negative(cond, spec["not"])
            elif "sequence" in spec:
                if len(spec) != 1:
                    raise self.error("`sequence:` stands alone in its condition")
                self.sequence(cond, spec["sequence"])
            elif "count" in spec:
                if len(spec) != 1:
                    raise self.error("`count:` stands alone in its condition")
                self.count(cond, spec["count"])
            else:
                self.positive(cond, spec)
        self.cond = None
        if not self.args:
            raise self.error("a rule needs at least one positive condition (a pattern, a sequence or a count)")
        rhs_args: list[str] = []
        for a in self.args:
            if a.counter is not None:
                continue  # the engine lists a counter's members itself
            if a.many:
                rhs_args.append(f"({INDICES_FUNCTION} ?zm{a.condition})")
            elif a.role.startswith("sequence"):
                j = int(a.role.split()[1].split("/")[0]) - 1
                rhs_args.append(f"(fact-index ?zf{a.condition}_{j})")
            else:
                rhs_args.append(f"(fact-index ?zf{a.condition})")
        name = f"r{self.number}"
        # clipspy's UDF is called directly (not through the deffunction define_function builds, which packs the
        # arguments into a multifield and expands them again), with fact indices: plain integers, which cross into
        # Python without a fact object each; the engine keeps every live fact's values by index.
        text = (f"(defrule {name}\n  " + "\n  ".join(self.ces) + "\n  =>\n  " + " ".join(self.rhs_binds)
                + f" (python-function {FIRE_FUNCTION} {self.number} {' '.join(rhs_args)}))")
        return CompiledRule(self.number, name, self.pack, self.rule, text, tuple(self.args), tuple(self.absent),
                            dict(self.windows), {c.index: c.text for c in self.rule.conditions},
                            tuple(self.counts), frozenset(self.slots))


def _constant_test(test: Mapping[str, Any]) -> str | None:
    """A slot's only test, when it compares with constants (in, not_in, eq, ne), as a CLIPS connective constraint:
    `"a"|"b"`, `~"a"&~"b"`, `"a"`, `~"a"`. It matches what the predicate form matches ((or (eq ?x "a") …) …): a
    constant in a pattern equals a field of the same type and value, as eq does; nil (absent) equals none of them.
    None when the test is anything else (then it compiles to predicates)."""
    if len(test) != 1:
        return None
    (op, arg), = test.items()
    if op in ("in", "not_in"):
        if not isinstance(arg, list | tuple) or not arg or any(is_var_like(v) or isinstance(v, Mapping | list)
                                                                 for v in arg):
            return None
        return "|".join(literal(v) for v in arg) if op == "in" else "&".join(f"~{literal(v)}" for v in arg)
    if op in ("eq", "ne"):
        if is_var_like(arg) or isinstance(arg, Mapping | list | tuple) or arg is None:
            return None
        return literal(arg) if op == "eq" else f"~{literal(arg)}"
    return None


def _has_variable(test: Any) -> bool:
    """Whether a field test refers to a variable ($name, or an expression of one), at any depth."""
    if isinstance(test, Mapping):
        return any(_has_variable(v) for v in test.values())
    if isinstance(test, list | tuple):
        return any(_has_variable(v) for v in test)
    return is_var_like(test)


def compile_rule(pack: Pack, rule: Rule, number: int, *, count_scans: bool = False) -> CompiledRule:
    """Compile one rule; raises PackError naming pack, rule and the condition's line.

    `count_scans`: compile every count to the general form (a scan of the kind's facts per candidate) instead of
    the engine's per-group counter; kept to check the two against each other."""
    try:
        return _RuleCompiler(pack, rule, number, count_scans).compile()
    except ValueError as e:
        if isinstance(e, PackError):
            raise
        raise PackError(pack.id, str(e), rule.id, rule.line) from None
