"""The rule engine: packs compiled into one CLIPS environment; facts in, firings with explanations out.

Design for throughput (the bench asks for ≥ 50,000 findings/s batched):
- facts are asserted through one reused CLIPS fact builder per kind (no per-fact Python objects on the CLIPS
  side, no string parsing), after a single pass that checks and converts each fact's fields;
- windows are pruned inside CLIPS with one fact-set query per kind, so working memory stays flat however long the
  stream runs;
- Python runs per firing only: the right-hand side of every rule is one call back into the engine, which reads the
  matched facts and builds the explanation.

Isolation: a fact about an unknown sensor or equipment is asserted with its `unknown` slot set and its firings
flagged; a batch is asserted in the order of the facts' own timestamps; an error inside one rule (in its pattern
tests or its right-hand side) is recorded with the rule's id and the engine carries on with the others.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import clips
from clips._clips import ffi, lib  # the raw CFFI layer: a reusable fact builder instead of assert_fact's per-call setup

from .compiler import FIRE_FUNCTION, CompiledRule, compile_rule, templates
from .facts import CLOCK, KINDS, FactError, FactKind, Lifecycle, SlotType, normalise
from .pack import Action, Pack, PackError

FLOAT, STRING = int(clips.common.CLIPSType.FLOAT), int(clips.common.CLIPSType.STRING)
RULE_IN_MESSAGE = re.compile(r"(?:defrule '|in rule )(?:MAIN::)?r(\d+)")


@dataclass(frozen=True)
class Fact:
    """A fact handed to the engine: its kind (see rules.facts.KINDS) and its field values."""

    kind: str
    values: Mapping[str, Any]


FactInput = Fact | tuple[str, Mapping[str, Any]]


@dataclass(frozen=True)
class MatchedFact:
    """A fact that satisfied one condition of a firing rule."""

    kind: str
    id: str
    values: Mapping[str, Any]
    condition: int
    role: str  # matched, sequence 2/3, counted, clock …
    condition_text: str


@dataclass(frozen=True)
class Firing:
    rule_id: str
    title: str
    pack_id: str
    pack_version: str
    basis: str
    warning_level: str
    actions: tuple[Action, ...]
    notify: tuple[str, ...]
    matched: tuple[MatchedFact, ...]
    absent: tuple[str, ...]  # the `not:` conditions, satisfied because no such fact was there
    at: float  # the engine's clock when the rule fired (epoch seconds)
    unknown_subject: bool = False
    clause: str | None = None

    def explanation(self) -> dict[str, Any]:
        """Why it fired, as plain data (JSON-ready)."""
        return {
            "rule": self.rule_id,
            "pack": self.pack_id,
            "version": self.pack_version,
            "basis": self.basis,
            "clause": self.clause,
            "warning_level": self.warning_level,
            "at": self.at,
            "unknown_subject": self.unknown_subject,
            "matched": [
                {"kind": m.kind, "id": m.id, "values": dict(m.values), "condition": m.condition, "role": m.role,
                 "satisfies": m.condition_text}
                for m in self.matched
            ],
            "absent": list(self.absent),
            "actions": [{"text": a.text, "plan_kind": a.plan_kind, "section": a.section} for a in self.actions],
            "notify": list(self.notify),
        }


@dataclass(frozen=True)
class RuleError:
    pack_id: str
    rule_id: str
    message: str


class _Capture(clips.Router):  # type: ignore[misc]
    """Collects CLIPS error output so it can be pinned on a rule instead of going to the log.

    Priority 35: below clipspy's ErrorRouter (40), which shares what it sees on down, above its LoggingRouter (30).
    """

    def __init__(self) -> None:
        super().__init__("anzhi-capture", 35)
        self.text: list[str] = []

    def query(self, name: str) -> bool:
        return name in ("stderr", "stdwrn")

    def write(self, name: str, message: str) -> None:
        self.text.append(message)

    def take(self) -> str:
        out = "".join(self.text)
        self.text.clear()
        return out


@dataclass
class _Builder:
    """A reusable CLIPS fact builder for one kind, with slot names pre-encoded."""

    ptr: Any
    slots: dict[str, bytes]
    types: dict[str, SlotType]


@dataclass
class _Seen:
    """What a past firing matched, to fire once per set of facts even when the clock or an update re-activates it."""

    events: list[Any] = field(default_factory=list)  # TemplateFacts of event kinds (gone once pruned)
    states: list[tuple[str, str]] = field(default_factory=list)  # (kind, id) of state and context facts


class Engine:
    """One CLIPS environment holding the rules of the loaded packs, and the working memory they match."""

    def __init__(self, packs: Iterable[Pack], *, retention: float = 60.0, prune_every: int = 10_000) -> None:
        """`retention`: the least time (s) an event stays, so a late reading still meets its neighbours.
        `prune_every`: prune windows after this many asserted facts (in `process`)."""
        self.packs: dict[str, Pack] = {}
        self.rules: list[CompiledRule] = []
        self.retention = retention
        self.prune_every = prune_every
        self.errors: list[RuleError] = []
        self.unknown_subjects: set[tuple[str, str]] = set()
        self.env = clips.Environment()
        self._e = self.env._env  # the raw environment pointer for the CFFI calls
        self._capture = _Capture()
        self.env.add_router(self._capture)
        for t in templates():
            self.env.build(t)
        self.env.define_function(self._fire, name=FIRE_FUNCTION)
        number = itertools.count()
        for pack in packs:
            if pack.id in self.packs:
                raise PackError(pack.id, f"pack loaded twice (versions {self.packs[pack.id].version} and "
                                         f"{pack.version}); load one version per engine")
            self.packs[pack.id] = pack
            for rule in pack.rules:
                compiled = compile_rule(pack, rule, next(number))
                try:
                    self.env.build(compiled.clips)
                except clips.CLIPSError as e:
                    raise PackError(pack.id, f"CLIPS rejected the compiled rule: {e}", rule.id, rule.line) from None
                finally:
                    self._capture.take()
                self.rules.append(compiled)
        self.horizon: dict[str, float] = {k: retention for k in KINDS}
        for r in self.rules:
            for kind, seconds in r.windows.items():
                self.horizon[kind] = max(self.horizon[kind], seconds + retention)
        self._builders = {k.name: self._builder(k) for k in KINDS.values()}
        self._value = ffi.new("CLIPSValue *")
        self._read = ffi.new("CLIPSValue *")
        self._ids = itertools.count(1)
        self._firings: list[Firing] = []
        self._init_memory()

    # -- working memory ---------------------------------------------------------------------------------------
    def _init_memory(self) -> None:
        self.now = 0.0
        self._live: dict[tuple[str, str], Any] = {}  # state and context facts by (kind, id)
        self._context_ids: dict[str, set[str]] = {"sensor": set(), "equipment": set()}
        self._sensor_seq: dict[str, float] = {}
        self._seen: dict[tuple[Any, ...], _Seen] = {}
        self._since_prune = 0
        self._clock: Any = None
        self._set_clock(0.0)

    def reset(self) -> None:
        """Empty working memory (the rules stay). Used between embedded test cases."""
        self.env.reset()
        self._live.clear()
        self._firings.clear()
        self.errors.clear()
        self.unknown_subjects.clear()
        self._init_memory()

    def _builder(self, kind: FactKind) -> _Builder:
        ptr = lib.CreateFactBuilder(self._e, kind.name.encode())
        return _Builder(ptr, {s: s.encode() for s in kind.slots}, dict(kind.slots))

    def _values(self, kind: str, fact: Any) -> dict[str, float | str]:
        """A fact's present slots, read straight through the C API (clipspy's iteration costs ~20× more)."""
        out: dict[str, float | str] = {}
        val, ptr = self._read, fact._fact
        for slot, name in self._builders[kind].slots.items():
            lib.GetFactSlot(ptr, name, val)
            t = val.header.type
            if t == FLOAT:
                out[slot] = float(val.floatValue.contents)
            elif t == STRING:
                out[slot] = ffi.string(val.lexemeValue.contents).decode()
        return out

    def _assert(self, kind: str, values: Mapping[str, float | str]) -> Any:
        b = self._builders[kind]
        val, e = self._value, self._e
        for slot, v in values.items():
            val.value = lib.CreateFloat(e, v) if isinstance(v, float) else lib.CreateString(e, v.encode())
            lib.FBPutSlot(b.ptr, b.slots[slot], val)
        ptr = lib.FBAssert(b.ptr)
        if ptr == ffi.NULL:
            raise FactError(f"{kind}: CLIPS refused the fact (error {lib.FBError(e)})")
        return ptr

    def _set_clock(self, now: float) -> None:
        if self._clock is not None and self._clock.exists:
            self._clock.retract()
        self._clock = clips.facts.TemplateFact(self._e, self._assert(CLOCK, {"now": now}))
        self.now = now

    def advance(self, now: Any) -> None:
        """Move the clock forward to `now` (epoch seconds or ISO time); it never moves back."""
        t = normalise(KINDS[CLOCK], {"now": now})["now"]
        assert isinstance(t, float)
        if t > self.now:
            self._set_clock(t)

    def assert_facts(self, facts: Iterable[FactInput]) -> int:
        """Check and assert a batch, context first, then in the order of the facts' own timestamps.

        A state or context fact replaces the one with the same kind and id. Raises FactError for a fact that does
        not fit its kind (nothing of the batch is asserted then).
        """
        batch: list[tuple[float, int, str, dict[str, float | str]]] = []
        latest = self.now
        for n, f in enumerate(facts):
            kind_name, raw = (f.kind, f.values) if isinstance(f, Fact) else f
            kind = KINDS.get(kind_name)
            if kind is None or kind_name == CLOCK:
                raise FactError(f"unknown fact kind {kind_name!r} (kinds: {', '.join(k for k in KINDS if k != CLOCK)})")
            values = normalise(kind, dict(raw))
            if "id" not in values:
                values["id"] = f"{kind_name}#{next(self._ids)}"
            ts = values.get("ts")
            if kind.timed and ts is None:
                values["ts"] = ts = self.now  # no time given: it happened when it arrived
            if kind.moves_clock and isinstance(ts, float) and ts > latest:
                latest = ts
            # Context (no ts) goes first so the stream meets the equipment it refers to.
            batch.append((ts if isinstance(ts, float) else float("-inf"), n, kind_name, values))
        batch.sort(key=lambda row: (row[0], row[1]))
        for _, _, kind_name, values in batch:
            kind = KINDS[kind_name]
            if kind.subjects:
                self._flag_unknown(kind, values)
            sensor = values.get("sensor")
            if kind.name == "finding" and isinstance(sensor, str):
                # Number each sensor's readings in time order so a sequence joins a reading to the next one by
                # equality (hashed in CLIPS) instead of pairing every two readings in the window.
                seq = self._sensor_seq.get(sensor, 0.0) + 1.0
                self._sensor_seq[sensor] = seq
                values["seq"], values["prev"] = seq, seq - 1.0
            if kind.lifecycle is Lifecycle.EVENT:
                self._assert(kind_name, values)
            else:
                key = (kind_name, str(values["id"]))
                old = self._live.get(key)
                if old is not None and old.exists:
                    old.retract()
                self._live[key] = clips.facts.TemplateFact(self._e, self._assert(kind_name, values))
                if kind_name in self._context_ids:
                    self._context_ids[kind_name].add(key[1])
        if latest > self.now:
            self._set_clock(latest)
        self._since_prune += len(batch)
        self._pattern_errors()
        return len(batch)

    def _flag_unknown(self, kind: FactKind, values: dict[str, float | str]) -> None:
        unknown = []
        for slot in kind.subjects:
            ref = values.get(slot)
            if isinstance(ref, str) and ref not in self._context_ids[slot]:
                unknown.append(f"{slot}:{ref}")
                self.unknown_subjects.add((slot, ref))
        if unknown:
            values["unknown"] = " ".join(unknown)

    # -- running ----------------------------------------------------------------------------------------------
    def run(self, limit: int = 1_000_000) -> list[Firing]:
        """Fire every activated rule; returns the new firings. Errors go to `self.errors`, one per failing rule."""
        self._firings = []
        for _ in range(10_000):  # each pass ends at the end of the agenda or at a rule's error
            self.env.run(limit)
            failed = self._record(self._capture.take())
            if not failed or lib.GetNextActivation(self._e, ffi.NULL) == ffi.NULL:
                break
        return self._firings

    def process(self, facts: Iterable[FactInput]) -> list[Firing]:
        """Assert a batch, run, and prune windows when enough has come in since the last pruning."""
        self.assert_facts(facts)
        firings = self.run()
        if self._since_prune >= self.prune_every:
            self.prune()
        return firings

    def _pattern_errors(self) -> None:
        self._record(self._capture.take())

    def _record(self, text: str) -> bool:
        if not text.strip():
            return False
        numbers = {int(n) for n in RULE_IN_MESSAGE.findall(text)}
        message = " ".join(text.split())
        if not numbers:
            self.errors.append(RuleError("", "", message))
        for n in sorted(numbers):
            r = self.rules[n]
            self.errors.append(RuleError(r.pack.id, r.rule.id, message))
        return True

    def _fire(self, number: int, *args: Any) -> None:
        """Called from every rule's right-hand side with the matched facts. Never raises into CLIPS."""
        compiled = self.rules[number]
        try:
            firing = self._firing(compiled, args)
            if firing is not None:
                self._firings.append(firing)
        except Exception as e:  # one rule's failure must not stop the others
            self.errors.append(RuleError(compiled.pack.id, compiled.rule.id, f"{type(e).__name__}: {e}"))

    def _firing(self, compiled: CompiledRule, args: Sequence[Any]) -> Firing | None:
        rule = compiled.rule
        texts = compiled.texts
        matched: list[MatchedFact] = []
        key: list[Any] = [compiled.number]
        seen = _Seen()
        k = 0
        for spec in compiled.args:
            if spec.many:
                count = int(args[k])
                facts = args[k + 1 : k + 1 + count]
                k += 1 + count
            else:
                facts = (args[k],)
                k += 1
            for f in facts:
                values = self._values(spec.kind, f)
                fid = str(values.get("id", ""))
                matched.append(MatchedFact(spec.kind, fid, values, spec.condition, spec.role,
                                           texts[spec.condition]))
                if spec.kind == CLOCK or spec.many:
                    continue
                key.append((spec.kind, fid))
                if KINDS[spec.kind].lifecycle is Lifecycle.EVENT:
                    seen.events.append(f)
                else:
                    seen.states.append((spec.kind, fid))
        dedupe = tuple(key)
        if dedupe in self._seen:
            return None
        self._seen[dedupe] = seen
        pack = compiled.pack
        return Firing(
            rule_id=rule.id, title=rule.title, pack_id=pack.id, pack_version=pack.version, basis=rule.basis,
            warning_level=rule.warning_level, actions=rule.actions, notify=rule.notify, matched=tuple(matched),
            absent=tuple(texts[i] for i in compiled.absent), at=self.now,
            unknown_subject=any("unknown" in m.values for m in matched), clause=rule.clause,
        )

    # -- pruning ----------------------------------------------------------------------------------------------
    def prune(self) -> int:
        """Retract what no rule can look back to any more; returns how many facts went."""
        before = self.fact_count()
        for kind in KINDS.values():
            cut = self.now - self.horizon[kind.name]
            if kind.lifecycle is Lifecycle.EVENT:
                test = f"(and (numberp ?f:ts) (< ?f:ts {cut!r}))"
            elif kind.lifecycle is Lifecycle.STATE:
                test = f"(and (numberp ?f:end) (< ?f:end {cut!r}))"
            else:
                continue
            # Collect first, then retract: retracting inside do-for-all-facts slows down quadratically.
            self.env.eval(f"(progn$ (?x (find-all-facts ((?f {kind.name})) {test})) (retract ?x))")
        for key in [k for k, f in self._live.items() if not f.exists]:
            del self._live[key]
        stale = [k for k, s in self._seen.items()
                 if any(not f.exists for f in s.events) or any(ref not in self._live for ref in s.states)]
        for k in stale:
            del self._seen[k]
        self._since_prune = 0
        return before - self.fact_count()

    def fact_count(self) -> int:
        """Facts in working memory (the clock included)."""
        return int(self.env.eval("(length$ (get-fact-list))"))
