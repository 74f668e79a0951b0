"""The rule engine: packs compiled into one CLIPS environment; facts in, firings with explanations out.

Design for throughput (the bench asks for ≥ 50,000 findings/s batched; `python -m bench.rules`):
- facts are asserted through one reused CLIPS fact builder per kind after a single pass that checks and converts
  each fact's fields; strings of categorical slots (kind, sensor, area …) and numbers that repeat (measurements, set
  points) are created in CLIPS once and kept as ready values, so most slots cost one call into CLIPS (a new number
  walks a bucket of CLIPS's fixed-size float table, which holds every live timestamp); a sensor's reading numbers
  (seq/prev) are kept by generation, so a finding makes one new float in CLIPS (its time) instead of three;
- the templates declare only the slots some rule reads (CLIPS fills in a default for every declared slot a fact
  leaves out, per fact); the engine keeps every field for the explanations;
- a batch already in time order (a stream usually is) is not sorted again;
- the engine keeps each live fact's values as asserted, by fact index. A rule's right-hand side calls clipspy's
  UDF directly with the matched facts' indices (integers), and the firing's explanation is built from those kept
  values: exact (they are what was asserted) and still there after the facts are pruned or replaced;
- windows are pruned from Python: events sit in a heap by time and are retracted by pointer as soon as they leave
  every window (each `process` call retracts what has become due, so the cost is per fact, never a scan of working
  memory), states once they have ended and left every window; working memory stays flat however long the stream
  runs;
- counts are kept by a per-group counter: CLIPS decides membership in its pattern network (the count's pattern
  registers each fact that passes it), the engine keeps each group's members with their times, and the rule's test
  asks how many live members of the newest one's group lie in its window (see rules/compiler.py);
- the Python routers (clipspy's and ours) are registered write-only: CLIPS asks every router with a read callback
  about every character it parses, which made each string CLIPS parses cost a Python call per character.

Isolation: a fact about an unknown sensor or equipment is asserted with its `unknown` slot set and its firings
flagged; a batch is asserted in the order of the facts' own timestamps; an error inside one rule (in its pattern
tests or its right-hand side) is recorded with the rule's id and the engine carries on with the others.
"""

from __future__ import annotations

import heapq
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import clips
from clips._clips import ffi, lib
from clips.common import (
    environment_data,  # the raw CFFI layer: a reusable fact builder instead of assert_fact's per-call setup
)

from .compiler import (
    COUNT_FUNCTION,
    FIRE_FUNCTION,
    INDICES_FUNCTION,
    MEMBER_FUNCTION,
    CompiledRule,
    CountSpec,
    compile_rule,
    templates,
)
from .facts import CLOCK, KINDS, FactError, FactKind, Lifecycle, SlotType, normalise
from .pack import Action, Pack, PackError

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


def _quiet_routers(env: Any) -> None:
    """Re-register the environment's Python routers without read callbacks.

    CLIPS asks every router that has a read callback, for every character it reads, whether it handles the input;
    clipspy's routers (and ours) have one, so parsing a string (eval, build, assert-string) cost a Python call per
    character. None of them reads, so they go back in as write-only routers: parsing stays in C.
    """
    for name, router in environment_data(env, "routers").items():
        lib.DeleteRouter(env, name.encode())
        lib.AddRouter(env, name.encode(), router.priority, lib.query_function, lib.write_function,
                      ffi.NULL, ffi.NULL, lib.exit_function, router._userdata)


# The CFFI calls of the assertion loop, bound once (an attribute lookup on `lib` per call adds up per slot).
_create_float = lib.CreateFloat
_create_string = lib.CreateString
_put_slot = lib.FBPutSlot
_fb_assert = lib.FBAssert
_fact_index = lib.FactIndex
_retract = lib.Retract
_NULL = ffi.NULL
LEXEME_CACHE = 100_000  # at most this many distinct strings are kept ready (then new ones are created per fact)
_UNIQUE_SLOTS = frozenset({"id", "text", "unknown"})  # values that rarely repeat: not worth keeping
NUMBER_CACHE = 4_096  # at most this many distinct numbers (values, set points …) are kept ready
# A sensor's reading numbers (seq/prev, see assert_facts) grow with the stream, but each value is shared by every
# sensor at that point of its stream: they are kept by generation, at most COUNTER_CACHE at a time (then the lot is
# released and kept afresh), so a long stream does not pin ever more of them.
_COUNTER_SLOTS = frozenset({"seq", "prev"})
COUNTER_CACHE = 4_096
_NOTHING_KEPT: dict[Any, Any] = {}  # the "cache" of slots whose values are created per fact (times, ids …)


@dataclass
class _Builder:
    """A reusable CLIPS fact builder for one kind, with the slots rules read.

    `plan` maps each such slot to its pre-encoded name, the cache of ready CLIPS values for it (a value missing there
    is made by the third item, which may keep it) — so the assertion loop is the same two lookups for every slot."""

    ptr: Any
    plan: dict[str, tuple[bytes, dict[Any, Any], Any]]


@dataclass
class _Seen:
    """What a past firing matched, to fire once per set of facts even when the clock or an update re-activates it."""

    events: list[int] = field(default_factory=list)  # fact indices of event kinds (gone once pruned)
    states: list[tuple[str, str]] = field(default_factory=list)  # (kind, id) of state and context facts


@dataclass(frozen=True)
class _ArgInfo:
    """What the engine needs per argument of a rule's firing, worked out once per rule."""

    kind: str
    many: bool
    event: bool
    keyed: bool  # part of the once-per-set-of-facts key (not the clock, not a count's members)
    base: dict[str, Any]  # the MatchedFact fields that do not depend on the facts
    counter: int | None = None  # a count's members, listed from the engine's counter N (no argument from CLIPS)


def _make(cls: type[Any], fields: dict[str, Any]) -> Any:
    """An instance of a frozen dataclass from its fields, without the per-field object.__setattr__ of __init__.

    Used for the Firing and MatchedFact objects built per firing; the result is the same as cls(**fields)."""
    obj = object.__new__(cls)
    obj.__dict__.update(fields)
    return obj


class Engine:
    """One CLIPS environment holding the rules of the loaded packs, and the working memory they match."""

    def __init__(self, packs: Iterable[Pack], *, retention: float = 60.0, prune_every: int = 10_000,
                 count_scans: bool = False) -> None:
        """`retention`: the least time (s) an event stays, so a late reading still meets its neighbours.
        `prune_every`: prune states and the engine's bookkeeping after this many asserted facts (in `process`;
        events are retracted as they leave their windows, in every `process` call).
        `count_scans`: compile counts to the general form (a scan of the kind's facts) instead of the per-group
        counter; kept to check the two against each other."""
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
        _quiet_routers(self._e)
        # Every assertion is a fact of its own. CLIPS's duplicate check hashes each fact into a fixed-size table
        # and walks its bucket (~5 µs per fact with 100,000 live facts); identity is the engine's: states and
        # context are replaced by id, events are distinct observations (the service drops unchanged reposts).
        lib.SetFactDuplication(self._e, True)
        self._counts: dict[int, CountSpec] = {}
        number = itertools.count()
        for pack in packs:
            if pack.id in self.packs:
                raise PackError(pack.id, f"pack loaded twice (versions {self.packs[pack.id].version} and "
                                         f"{pack.version}); load one version per engine")
            self.packs[pack.id] = pack
            for rule in pack.rules:
                compiled = compile_rule(pack, rule, next(number), count_scans=count_scans)
                self.rules.append(compiled)
                self._counts.update((c.number, c) for c in compiled.counts)
        # The templates hold only the slots some rule reads: only those go into CLIPS, and CLIPS fills in a default
        # for every slot of a template a fact leaves out (a call per slot, per fact). The engine keeps every value.
        read = {slot for r in self.rules for slot in r.slots}
        for t in templates(read):
            self.env.build(t)
        self.env.define_function(self._fire, name=FIRE_FUNCTION)
        self.env.define_function(self._member, name=MEMBER_FUNCTION)
        self.env.define_function(self._count, name=COUNT_FUNCTION)
        self.env.build(f"(deffunction {INDICES_FUNCTION} (?facts) (bind ?out (create$))"
                       " (progn$ (?f ?facts) (bind ?out (create$ ?out (fact-index ?f)))) ?out)")
        for compiled in self.rules:
            try:
                self.env.build(compiled.clips)
            except clips.CLIPSError as e:
                raise PackError(compiled.pack.id, f"CLIPS rejected the compiled rule: {e}", compiled.rule.id,
                                compiled.rule.line) from None
            finally:
                self._capture.take()
        self._infos = [self._info(r) for r in self.rules]
        self.horizon: dict[str, float] = {k: retention for k in KINDS}
        for r in self.rules:
            for kind, seconds in r.windows.items():
                self.horizon[kind] = max(self.horizon[kind], seconds + retention)
        self._value = ffi.new("CLIPSValue *")
        self._pins = lib.CreateMultifieldBuilder(self._e, 1024)
        self._lexemes: dict[str, Any] = {}  # text → a CLIPSValue holding its CLIPS string
        self._numbers: dict[float, Any] = {}  # number → a CLIPSValue holding its CLIPS float
        self._counters: dict[float, Any] = {}  # seq/prev number → a CLIPSValue (kept by generation)
        self._counter_pins = lib.CreateMultifieldBuilder(self._e, 1024)
        self._builders = {k.name: self._builder(k, frozenset(s for s in k.slots if (k.name, s) in read))
                          for k in KINDS.values()}
        self._ids = itertools.count(1)
        self._firings: list[Firing] = []
        self._init_memory()

    def _info(self, compiled: CompiledRule) -> tuple[dict[str, Any], tuple[_ArgInfo, ...]]:
        rule, pack, texts = compiled.rule, compiled.pack, compiled.texts
        base = {"rule_id": rule.id, "title": rule.title, "pack_id": pack.id, "pack_version": pack.version,
                "basis": rule.basis, "warning_level": rule.warning_level, "actions": rule.actions,
                "notify": rule.notify, "absent": tuple(texts[i] for i in compiled.absent), "clause": rule.clause}
        args = tuple(
            _ArgInfo(a.kind, a.many, KINDS[a.kind].lifecycle is Lifecycle.EVENT, a.kind != CLOCK and not a.many,
                     {"kind": a.kind, "condition": a.condition, "role": a.role,
                      "condition_text": texts[a.condition]}, a.counter)
            for a in compiled.args)
        return base, args

    # -- working memory ---------------------------------------------------------------------------------------
    def _init_memory(self) -> None:
        self.now = 0.0
        # Every live fact's values by fact index, as asserted: a firing's explanation is read from here (a dict
        # lookup per matched fact instead of a slot read through CLIPS), and stays exact after the fact is gone.
        self._facts: dict[int, dict[str, float | str]] = {}
        # Live events per kind, a heap by time: (ts, fact index, fact pointer); retracted once out of every window.
        self._events: dict[str, list[tuple[float, int, Any]]] = {
            k.name: [] for k in KINDS.values() if k.lifecycle is Lifecycle.EVENT}
        # Each count's members by group (the values of its `same` fields): [ts, fact index] in assertion order; the
        # index is -1 while the fact is being asserted (CLIPS registers it before FBAssert returns).
        self._groups: dict[int, dict[tuple[Any, ...], list[list[Any]]]] = {n: {} for n in self._counts}
        self._asserting: dict[str, float | str] = {}
        self._pending: list[list[Any]] = []
        # State and context facts by (kind, id): (fact pointer, fact index). Facts are held and retracted by raw
        # pointer, never through clipspy's TemplateFact: a fact that clipspy's wrapper ever held stays on CLIPS's
        # garbage list once retracted, and every later (run) walks that list (0.3 ms per run after 40,000).
        self._live: dict[tuple[str, str], tuple[Any, int]] = {}
        self._context_ids: dict[str, set[str]] = {"sensor": set(), "equipment": set()}
        self._sensor_seq: dict[str, float] = {}
        self._seen: dict[tuple[Any, ...], _Seen] = {}
        self._since_prune = 0
        self._clock: Any = _NULL
        self._clock_index = 0
        self._set_clock(0.0)

    def reset(self) -> None:
        """Empty working memory (the rules stay). Used between embedded test cases."""
        self.env.reset()
        self._live.clear()
        self._firings.clear()
        self.errors.clear()
        self.unknown_subjects.clear()
        self._init_memory()

    def _builder(self, kind: FactKind, read: frozenset[str]) -> _Builder:
        ptr = lib.CreateFactBuilder(self._e, kind.name.encode())
        plan: dict[str, tuple[bytes, dict[Any, Any], Any]] = {}
        for slot, stype in kind.slots.items():
            if slot not in read:
                continue  # no rule reads it: the engine keeps it for the explanations only
            if slot in _COUNTER_SLOTS:
                how: tuple[dict[Any, Any], Any] = (self._counters, self._counter)
            elif stype is SlotType.NUMBER:
                how = (self._numbers, self._number)
            elif stype is SlotType.TIME:
                how = (_NOTHING_KEPT, self._float)  # times rarely repeat: a new float per fact
            elif slot in _UNIQUE_SLOTS:
                how = (_NOTHING_KEPT, self._string)
            else:
                how = (self._lexemes, self._lexeme)
            plan[slot] = (slot.encode(), *how)
        return _Builder(ptr, plan)

    def _assert(self, kind: str, values: dict[str, float | str]) -> tuple[Any, int]:
        """Assert one fact through its kind's builder; returns its pointer and fact index, under which the values
        are kept. `values` must not change afterwards (firings share it)."""
        b = self._builders[kind]
        ptr, plan = b.ptr, b.plan
        for slot, v in values.items():
            how = plan.get(slot)
            if how is not None:
                name, ready, make = how
                _put_slot(ptr, name, ready.get(v) or make(v))
        self._asserting = values
        fact = _fb_assert(ptr)
        if fact == _NULL:
            for entry in self._pending:
                entry[1] = -2  # never live
            self._pending.clear()
            raise FactError(f"{kind}: CLIPS refused the fact (error {lib.FBError(self._e)})")
        index: int = _fact_index(fact)
        self._facts[index] = values
        if self._pending:
            for entry in self._pending:
                entry[1] = index
            self._pending.clear()
        return fact, index

    def _float(self, x: float) -> Any:
        """A CLIPSValue holding a new CLIPS float for `x` (the engine's scratch value: put it in a slot at once)."""
        val = self._value
        val.value = _create_float(self._e, x)
        return val

    def _string(self, text: str) -> Any:
        """A CLIPSValue holding a new CLIPS string (the scratch value, as for _float)."""
        val = self._value
        val.value = _create_string(self._e, text.encode())
        return val

    def _lexeme(self, text: str) -> Any:
        """A CLIPSValue holding the CLIPS string for `text`, ready to put in a slot. Strings of categorical slots
        (kind, sensor, area …) are kept, so later facts reuse them without a call into CLIPS."""
        ptr = _create_string(self._e, text.encode())
        if len(self._lexemes) < LEXEME_CACHE:
            return self._keep(ptr, self._lexemes, text)
        self._value.value = ptr
        return self._value

    def _number(self, x: float) -> Any:
        """A CLIPSValue holding the CLIPS float for `x`, kept while fewer than NUMBER_CACHE are: a measurement's
        values repeat, and a kept float skips the walk of CLIPS's float table. 0.0 and NaN are not kept (a dict
        would take -0.0 for 0.0, and never find a NaN)."""
        ptr = _create_float(self._e, x)
        if x and x == x and len(self._numbers) < NUMBER_CACHE:
            return self._keep(ptr, self._numbers, x)
        self._value.value = ptr
        return self._value

    def _counter(self, x: float) -> Any:
        """A CLIPSValue holding the CLIPS float for a reading number (seq/prev), kept by generation: once
        COUNTER_CACHE are kept, all are released (facts hold their own references) and keeping starts afresh.
        Every live timestamp sits in CLIPS's fixed-size float table, so each float made anew walks a long bucket;
        a reading number is shared by every sensor at that point of its stream, so it is made once per generation
        instead of twice per reading. 0.0 is not kept (see _number)."""
        ptr = _create_float(self._e, x)
        if not x or x != x:
            self._value.value = ptr
            return self._value
        if len(self._counters) >= COUNTER_CACHE:
            lib.MBReset(self._counter_pins)
            self._counters.clear()
        kept = ffi.new("CLIPSValue *")
        kept.value = ptr
        lib.MBAppend(self._counter_pins, kept)
        self._counters[x] = kept
        return kept

    def _keep(self, ptr: Any, cache: dict[Any, Any], key: Any) -> Any:
        """`ptr` in a CLIPSValue of its own (no value to fill in per slot), pinned by a multifield builder that
        holds a reference to it so CLIPS does not collect it, and remembered under `key`."""
        kept = ffi.new("CLIPSValue *")
        kept.value = ptr
        lib.MBAppend(self._pins, kept)
        cache[key] = kept
        return kept

    def _set_clock(self, now: float) -> None:
        if self._facts.pop(self._clock_index, None) is not None:
            _retract(self._clock)  # only the engine retracts the clock (and reset, which forgets it)
        self._clock, self._clock_index = self._assert(CLOCK, {"now": now})
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
        batch: list[tuple[float, int, FactKind, dict[str, float | str]]] = []
        latest = now = self.now
        ids = self._ids
        last, ordered = _CONTEXT_FIRST, True
        for n, f in enumerate(facts):
            kind_name, raw = (f.kind, f.values) if isinstance(f, Fact) else f
            kind = _STREAM_KINDS.get(kind_name)
            if kind is None:
                raise FactError(f"unknown fact kind {kind_name!r} (kinds: {', '.join(k for k in KINDS if k != CLOCK)})")
            values = normalise(kind, raw)
            if "id" not in values:
                values["id"] = f"{kind_name}#{next(ids)}"
            ts = values.get("ts")
            if ts is None:
                if kind.timed:
                    values["ts"] = ts = now  # no time given: it happened when it arrived
                else:
                    ts = _CONTEXT_FIRST  # context (no ts) goes first so the stream meets the equipment it refers to
            elif kind.moves_clock and ts > latest:  # type: ignore[operator]
                latest = ts  # type: ignore[assignment]
            if not ts >= last:  # type: ignore[operator]
                ordered = False  # out of order (or NaN): sorted below
            last = ts  # type: ignore[assignment]
            batch.append((ts, n, kind, values))  # type: ignore[arg-type]
        if not ordered:  # already in time order (a stream usually is): sorting by (time, arrival) changes nothing
            batch.sort()  # by time, then arrival (arrival numbers are unique: kinds and values are never compared)
        facts_by_index, events, context_ids, seqs = self._facts, self._events, self._context_ids, self._sensor_seq
        push, assert_, live = heapq.heappush, self._assert, self._live
        for ts, _, kind, values in batch:
            name, subjects, event = _KIND_FLAGS[kind.name]
            unknown: list[str] | None = None
            for slot in subjects:
                subject = values.get(slot)
                if subject is not None and subject not in context_ids[slot]:
                    self.unknown_subjects.add((slot, str(subject)))
                    if unknown is None:
                        unknown = []
                    unknown.append(f"{slot}:{subject}")
            if unknown:
                values["unknown"] = " ".join(unknown)
            if name == "finding":
                sensor = values.get("sensor")
                if type(sensor) is str:
                    # Number each sensor's readings in time order so a sequence joins a reading to the next one by
                    # equality (hashed in CLIPS) instead of pairing every two readings in the window.
                    seq = seqs.get(sensor, 0.0) + 1.0
                    seqs[sensor] = seq
                    values["seq"], values["prev"] = seq, seq - 1.0
            if event:
                fact, index = assert_(name, values)
                push(events[name], (ts, index, fact))
            else:
                key = (name, str(values["id"]))
                old = live.get(key)
                if old is not None and facts_by_index.pop(old[1], None) is not None:
                    _retract(old[0])
                ptr, index = assert_(name, values)
                live[key] = (ptr, index)
                if name in context_ids:
                    context_ids[name].add(key[1])
        if latest > self.now:
            self._set_clock(latest)
        self._since_prune += len(batch)
        self._pattern_errors()
        return len(batch)

    # -- running ----------------------------------------------------------------------------------------------
    def run(self, limit: int = 1_000_000) -> list[Firing]:
        """Fire every activated rule; returns the new firings. Errors go to `self.errors`, one per failing rule."""
        self._firings = []
        for _ in range(10_000):  # each pass ends at the end of the agenda or at a rule's error
            self.env.run(limit)
            failed = self._record(self._capture.take())
            if not failed or lib.GetNextActivation(self._e, _NULL) == _NULL:
                break
        return self._firings

    def process(self, facts: Iterable[FactInput]) -> list[Firing]:
        """Assert a batch, run, and prune windows when enough has come in since the last pruning."""
        self.assert_facts(facts)
        firings = self.run()
        if self._since_prune >= self.prune_every:
            self.prune()
        else:
            self._prune_events()
        return firings

    def _pattern_errors(self) -> None:
        if self._capture.text:
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
        """Called from every rule's right-hand side with the matched facts' indices. Never raises into CLIPS."""
        compiled = self.rules[number]
        try:
            firing = self._firing(compiled, args)
            if firing is not None:
                self._firings.append(firing)
        except Exception as e:  # one rule's failure must not stop the others
            self.errors.append(RuleError(compiled.pack.id, compiled.rule.id, f"{type(e).__name__}: {e}"))

    def _firing(self, compiled: CompiledRule, args: Sequence[Any]) -> Firing | None:
        """The firing for one activation, or None when this set of facts has fired the rule before.

        Each argument is a fact index (a count's members: a list of them). The values come from the engine's own
        record of what it asserted, so they are exact even once the facts have been pruned."""
        base, infos = self._infos[compiled.number]
        facts = self._facts
        matched: list[MatchedFact] = []
        key: list[Any] = [compiled.number]
        events: list[int] = []
        states: list[tuple[str, str]] = []
        unknown = False
        given = iter(args)
        index = 0
        for info in infos:
            if info.counter is not None:
                arg: Any = self._members(info.counter, facts[index])  # the newest member is the previous argument
            else:
                arg = next(given)
            for index in (arg if info.many else (arg,)):
                values = facts[index]
                fid = str(values.get("id", ""))
                matched.append(_make(MatchedFact, {**info.base, "id": fid, "values": values}))
                if "unknown" in values:
                    unknown = True
                if info.keyed:
                    key.append((info.kind, fid))
                    if info.event:
                        events.append(index)
                    else:
                        states.append((info.kind, fid))
        dedupe = tuple(key)
        if dedupe in self._seen:
            return None
        self._seen[dedupe] = _Seen(events, states)
        firing: Firing = _make(Firing, {**base, "matched": tuple(matched), "at": self.now, "unknown_subject": unknown})
        return firing

    # -- counts -----------------------------------------------------------------------------------------------
    def _member(self, number: int) -> bool:
        """Called by CLIPS from count `number`'s pattern for each fact that passes it, while the fact is asserted:
        the fact joins its group."""
        values = self._asserting
        spec = self._counts[number]
        entry = [values["ts"], -1]
        group = tuple(values.get(s) for s in spec.same)
        groups = self._groups[number]
        members = groups.get(group)
        if members is None:
            groups[group] = [entry]
        else:
            members.append(entry)
        self._pending.append(entry)
        return True

    def _count(self, number: int, t: float, *group: Any) -> bool:
        """The test of count `number` for a newest member at time `t` in `group` (its `same` values, nil for an
        absent one): at least `least` live members of the group with ts in [t − window, t], the same members a
        scan of the kind's facts finds."""
        facts = self._facts
        spec = self._counts[number]
        lo = t - spec.window
        least = spec.least
        n = 0
        for ts, i in self._groups[number].get(tuple(None if type(g) is clips.Symbol else g for g in group), ()):
            if lo <= ts <= t and (i in facts or i == -1):  # -1: the fact being asserted now
                n += 1
                if n >= least:
                    return True
        return False

    def _members(self, number: int, newest: Mapping[str, Any]) -> list[int]:
        """The fact indices of count `number`'s live members in the window ending at `newest`, in assertion order."""
        facts = self._facts
        spec = self._counts[number]
        t = newest["ts"]
        lo = t - spec.window
        group = self._groups[number].get(tuple(newest.get(s) for s in spec.same), ())
        return sorted(i for ts, i in group if lo <= ts <= t and i in facts)

    # -- pruning ----------------------------------------------------------------------------------------------
    def _prune_events(self) -> int:
        """Retract the events that have left every window (oldest first, by pointer); returns how many went."""
        facts, now, gone = self._facts, self.now, 0
        for kind, heap in self._events.items():
            cut = now - self.horizon[kind]
            while heap and heap[0][0] < cut:
                _, index, fact = heapq.heappop(heap)
                if facts.pop(index, None) is not None:  # an identical fact asserted twice is one fact in CLIPS
                    _retract(fact)
                    gone += 1
        return gone

    def prune(self) -> int:
        """Retract what no rule can look back to any more; returns how many facts went."""
        gone = self._prune_events()
        facts, now = self._facts, self.now
        for key, (fact, index) in list(self._live.items()):
            kind = KINDS[key[0]]
            if kind.lifecycle is Lifecycle.STATE:
                end = facts[index].get("end")
                if type(end) is float and end < now - self.horizon[kind.name]:
                    _retract(fact)
                    del facts[index], self._live[key]
                    gone += 1
        self._capture.take()
        live = self._live
        stale = [k for k, s in self._seen.items()
                 if any(i not in facts for i in s.events) or any(ref not in live for ref in s.states)]
        for k in stale:
            del self._seen[k]
        for groups in self._groups.values():
            for group, members in list(groups.items()):
                kept = [m for m in members if m[1] in facts]
                if kept:
                    groups[group] = kept
                else:
                    del groups[group]
        self._since_prune = 0
        return gone

    def fact_count(self) -> int:
        """Facts in working memory (the clock included)."""
        return int(self.env.eval("(length$ (get-fact-list))"))


_STREAM_KINDS = {name: kind for name, kind in KINDS.items() if name != CLOCK}
# Per kind, what assert_facts asks of every fact: its name, the slots naming a subject, whether it is an event.
_KIND_FLAGS = {name: (name, kind.subjects, kind.lifecycle is Lifecycle.EVENT) for name, kind in KINDS.items()}
_CONTEXT_FIRST = float("-inf")
