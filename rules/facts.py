"""The fact kinds rules can match, their slots, and how values cross into CLIPS.

Rules are written against a small fixed vocabulary of fact kinds (a finding, a permit, a chemical …) rather than
against graph node types: the graph is supplied as context facts, the live data as event facts. Keeping the
vocabulary here, as data, lets the pack loader reject a misspelt slot with its line number and lets the engine
assert facts without looking anything up per fact.

Every value inside CLIPS is one of: a FLOAT (numbers and times, times as epoch seconds), a STRING (text, booleans as
"true"/"false"), or the symbol nil (absent). Comparisons in compiled rules guard with `numberp`, so a missing or
textual value never raises inside the pattern network; it simply does not match.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any


class SlotType(Enum):
    TEXT = "text"
    NUMBER = "number"
    TIME = "time"  # epoch seconds in CLIPS; ISO 8601 strings, datetimes and numbers accepted on the way in


class Lifecycle(Enum):
    """How long a fact of a kind stays in working memory."""

    EVENT = "event"  # immutable observation: retracted once older than the longest window any rule looks back
    STATE = "state"  # has an id and a lifetime (ts … end): replaced by id, retracted once ended and out of windows
    CONTEXT = "context"  # graph context (equipment, chemical …): replaced by id, never retracted by time


@dataclass(frozen=True)
class FactKind:
    name: str
    zh: str
    lifecycle: Lifecycle
    slots: dict[str, SlotType]
    # Observation times of this kind move the engine's clock (a permit's start, which may lie ahead, does not).
    moves_clock: bool = False
    # Slots naming a sensor or equipment: a fact whose subject is not in the supplied context is flagged unknown.
    subjects: tuple[str, ...] = ()

    @property
    def timed(self) -> bool:
        return "ts" in self.slots

    @property
    def has_end(self) -> bool:
        return "end" in self.slots


T, N, TM = SlotType.TEXT, SlotType.NUMBER, SlotType.TIME
TEXT_ = SlotType.TEXT

KINDS: dict[str, FactKind] = {
    k.name: k
    for k in (
        FactKind(
            "finding", "监测/检查发现", Lifecycle.EVENT,
            {"id": T, "ts": TM, "kind": T, "sensor": T, "sensor_kind": T, "equipment": T, "area": T, "place": T,
             "substance": T, "value": N, "unit": T, "status": T, "activity": T, "person": T, "text": T,
             "unknown": T, "seq": N, "prev": N},
            moves_clock=True, subjects=("sensor", "equipment"),
        ),
        FactKind(
            "alarm", "报警", Lifecycle.STATE,
            {"id": T, "ts": TM, "end": TM, "sensor": T, "sensor_kind": T, "equipment": T, "area": T, "place": T,
             "substance": T, "type": T, "level": T, "value": N, "acknowledged_at": TM, "unknown": T},
            moves_clock=True, subjects=("sensor", "equipment"),
        ),
        FactKind(
            "gas_analysis", "气体分析", Lifecycle.EVENT,
            {"id": T, "ts": TM, "area": T, "place": T, "equipment": T, "substance": T, "value": N, "o2": N,
             "unit": T, "person": T},
            moves_clock=True,
        ),
        FactKind(
            "permit", "作业票", Lifecycle.STATE,
            {"id": T, "ts": TM, "end": TM, "kind": T, "grade": T, "area": T, "equipment": T, "status": T,
             "worker": T, "guardian": T},
        ),
        FactKind(
            "hidden_hazard", "事故隐患", Lifecycle.STATE,
            {"id": T, "ts": TM, "end": TM, "area": T, "category": T, "grade": T, "deadline": TM, "status": T,
             "person": T},
            moves_clock=True,
        ),
        FactKind("certificate", "特种作业证", Lifecycle.CONTEXT,
                 {"id": T, "ts": TM, "end": TM, "person": T, "kind": T}),
        FactKind("sensor", "传感器", Lifecycle.CONTEXT,
                 {"id": T, "kind": T, "equipment": T, "area": T, "place": T, "unit": T, "alarm_1": N,
                  "alarm_2": N}),
        FactKind("equipment", "设备设施", Lifecycle.CONTEXT,
                 {"id": T, "kind": T, "area": T, "chemical": T, "major_hazard": T}),
        FactKind("chemical", "危险化学品", Lifecycle.CONTEXT,
                 {"id": T, "name": T, "lel": N, "uel": N, "oel": N}),
        FactKind("major_hazard", "重大危险源", Lifecycle.CONTEXT,
                 {"id": T, "level": T, "area": T, "r_value": N}),
        FactKind("guarantor", "包保责任人", Lifecycle.CONTEXT,
                 {"id": T, "major_hazard": T, "role": T, "person": T}),
        # The engine's clock: one fact, the latest observation time (or what the caller set). Rules about
        # deadlines and durations join it; rules never assert it.
        FactKind("clock", "时钟", Lifecycle.CONTEXT, {"now": TM}),
    )
}

CLOCK = "clock"
# Slots the engine fills in itself: `unknown` (subject not in context), `seq`/`prev` (a sensor's readings numbered
# in time order, which sequences join on).
ENGINE_SLOTS = frozenset({"unknown", "seq", "prev"})


class FactError(ValueError):
    """A fact handed to the engine does not fit its kind."""


DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)\s*$")
UNIT_SECONDS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


def parse_duration(text: str | int | float) -> float:
    """'60s', '5m', '2h', '30d' → seconds. A bare number is seconds."""
    if isinstance(text, bool):
        raise ValueError(f"{text!r} is not a duration")
    if isinstance(text, int | float):
        return float(text)
    m = DURATION.match(text)
    if not m:
        raise ValueError(f"{text!r} is not a duration (write e.g. 60s, 5m, 2h, 30d)")
    return float(m.group(1)) * UNIT_SECONDS[m.group(2)]


def to_epoch(value: Any) -> float:
    """A time as epoch seconds: numbers as they are, datetimes and ISO 8601 strings (naive ones as UTC)."""
    if isinstance(value, bool):
        raise FactError(f"{value!r} is not a time")
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            raise FactError(f"{value!r} is not a time (epoch seconds or ISO 8601)") from None
    if isinstance(value, dt.datetime):
        moment: dt.datetime = value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
        return float(moment.timestamp())
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC).timestamp()
    raise FactError(f"{value!r} is not a time")


def normalise(kind: FactKind, values: Mapping[str, Any]) -> dict[str, float | str]:
    """Check a fact's fields against its kind and convert them to what CLIPS holds (floats and strings).

    None drops the field (it stays nil). Raises FactError naming the kind and field.
    """
    exact = _EXACT.get(kind.name)
    if exact is not None and KINDS[kind.name] is kind:
        # The common case, checked first: every field already a str (text) or a float (number, time), which this
        # function would keep as it is (one type test per field instead of the conversions below).
        for name, v in values.items():
            if exact.get(name) is not type(v):
                break
        else:
            return dict(values)
    out: dict[str, float | str] = {}
    slots = kind.slots
    for name, v in values.items():
        stype = slots.get(name)
        if stype is None:
            raise FactError(f"{kind.name}: unknown field {name!r} (fields: {', '.join(kind.slots)})")
        if v is None:
            continue
        # The common cases first, by exact type (this runs once per field of every fact).
        tv = type(v)
        if stype is TEXT_:
            if tv is str:
                out[name] = v
            elif tv is bool:
                out[name] = "true" if v else "false"
            else:
                out[name] = str(v)
        elif tv is float:
            out[name] = v
        elif tv is int:
            out[name] = float(v)
        elif stype is SlotType.TIME:
            out[name] = to_epoch(v)
        else:
            if isinstance(v, bool) or not isinstance(v, int | float):
                try:
                    v = float(v)
                except (TypeError, ValueError):
                    raise FactError(f"{kind.name}.{name}: {v!r} is not a number") from None
            out[name] = float(v)
    return out


# Per kind, the Python type each slot's value has once normalised (str for text, float for numbers and times).
_EXACT: dict[str, dict[str, type]] = {
    k.name: {s: str if t is SlotType.TEXT else float for s, t in k.slots.items()} for k in KINDS.values()}
