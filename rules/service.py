"""The rule service: findings in (validated, stored with provenance), recommendations out (with explanation and an
accountability trace), over one Engine holding the loaded packs and the graph's context.

    service = RuleService(store)                       # the shipped packs, context loaded from the graph
    result = service.ingest_findings([{"kind": "reading", "sensor": "CA-P-101-AT1", "value": 0.8,
                                       "observed_at": "2024-05-01T08:00:00+08:00"}])
    result.errors            # field-level errors (nothing stored when there are any)
    result.recommendations   # codes of the recommendations written

Isolation: a finding about a sensor or equipment the graph does not know is stored, flagged and still asserted
(the engine marks its firings); a batch is asserted in the order of its own timestamps and late readings still
meet their neighbours within the engine's retention; a rule that fails at run time is reported in
`result.rule_errors` and the other rules still fire. Firings that match only graph context (no finding) are kept in
`context_firings` and not written.

Plans: every recommendation written SUGGESTS_PLAN exactly one plan, or none when no plan is relevant. The plan is
picked by the service's `plan_chooser` (see `PlanChooser`), called after the recommendation and its findings are
written so it can read them from the graph; `rules` may not import `cases`, so the layer above injects
`cases.plan_matching.choose_plan` (run.py for the CLI, webui for the API). A recommendation that has its plan
already keeps it; only one without a SUGGESTS_PLAN link is given one. With no chooser wired (tests, scripts), the
fallback is `rules.store.plan_for`: the plan of the first action's `plan_kind` that APPLIES_TO the equipment's site,
else its enterprise — written with the recommendation, and also at most one.

Lifecycle: every recommendation carries its pack id and version, and its code includes them, so a service with a
newer version of a pack writes new recommendations and leaves the old ones as they were. `backtest` runs a pack over
the stored findings and writes nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
import threading
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import ontology
from kb import GraphStore, Provenance, Ref
from kb.accountability import accountability_trace, trace_dicts
from ontology import Ontology

from .engine import Engine, Fact, Firing, RuleError
from .facts import ENGINE_SLOTS, KINDS, FactError, normalise, to_epoch
from .pack import Pack, PackError, load, shipped
from .store import (
    CONTEXT_KINDS,
    Context,
    FindingRow,
    RecommendationRow,
    link_plans,
    load_context,
    plan_for,
    stored_fact_json,
    stored_findings,
    suggested_plans,
    to_iso,
    unplanned,
    write_findings,
    write_recommendations,
)

MAX_BATCH = 10_000
CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,119}$")
# Finding kind (taxonomy finding_kinds) → the engine's fact kind.
FACT_KIND = {"reading": "finding", "inspection": "finding", "alarm": "alarm", "permit": "permit",
             "hidden_hazard": "hidden_hazard"}
TOP_FIELDS = ("code", "kind", "observed_at", "sensor", "equipment", "value", "unit", "status", "text", "substance",
              "area", "end", "attrs", "src_loc")


class PlanChooser(Protocol):
    """Picks the emergency plan a stored recommendation suggests: a plan uid, or None when no plan is relevant.

    Called with the store, the ontology and the recommendation's code, after the recommendation, its BASED_ON
    findings and their OBSERVED_ON edges are written (so it may read its scenario from the graph).
    """

    def __call__(self, store: GraphStore, onto: Ontology, recommendation: str, /) -> str | None: ...


@dataclass(frozen=True)
class FieldError:
    record: int
    field: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"record": self.record, "field": self.field, "message": self.message}


@dataclass(frozen=True)
class FindingIn:
    """One finding as posted: a reading, an inspection observation, an alarm, a permit or a hidden hazard."""

    kind: str
    observed_at: float  # epoch seconds
    code: str | None = None
    sensor: str | None = None
    equipment: str | None = None
    value: float | None = None
    unit: str | None = None
    status: str | None = None
    text: str | None = None
    substance: str | None = None
    area: str | None = None
    end: float | None = None
    attrs: Mapping[str, Any] = field(default_factory=dict)
    src_loc: str | None = None


def parse_findings(records: Any, onto: Ontology) -> tuple[list[FindingIn], list[FieldError]]:
    """JSON (one object or a list) → FindingIn, or field-level errors naming the record index and the field."""
    if isinstance(records, Mapping):
        records = [records]
    if not isinstance(records, list):
        return [], [FieldError(-1, "(body)", "expected a JSON object or a list of objects")]
    if not records:
        return [], [FieldError(-1, "(body)", "no findings given")]
    if len(records) > MAX_BATCH:
        return [], [FieldError(-1, "(body)", f"at most {MAX_BATCH} findings per request, got {len(records)}")]
    kinds = onto.taxonomy("finding_kinds").codes
    out: list[FindingIn] = []
    errors: list[FieldError] = []
    for i, rec in enumerate(records):
        errs: list[FieldError] = []

        def bad(name: str, message: str, errs: list[FieldError] = errs, i: int = i) -> None:
            errs.append(FieldError(i, name, message))

        if not isinstance(rec, Mapping):
            errors.append(FieldError(i, "(record)", "expected an object"))
            continue
        for name in rec:
            if name not in TOP_FIELDS:
                bad(str(name), f"unknown field (fields: {', '.join(TOP_FIELDS)})")
        kind = rec.get("kind")
        if kind is None:
            bad("kind", "required")
        elif kind not in kinds or kind not in FACT_KIND:
            bad("kind", f"{kind!r} is not one of {sorted(k for k in kinds if k in FACT_KIND)}")
        observed: float | None = None
        if rec.get("observed_at") in (None, ""):
            bad("observed_at", "required (ISO 8601, e.g. 2024-05-01T08:00:00+08:00, or epoch seconds)")
        else:
            try:
                observed = to_epoch(rec["observed_at"])
            except FactError as e:
                bad("observed_at", str(e))
        end: float | None = None
        if rec.get("end") is not None:
            try:
                end = to_epoch(rec["end"])
            except FactError as e:
                bad("end", str(e))
        value = rec.get("value")
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            bad("value", f"{value!r} is not a number")
        for name in ("code", "sensor", "equipment", "unit", "status", "text", "substance", "area", "src_loc"):
            v = rec.get(name)
            if v is not None and (not isinstance(v, str) or not v.strip()):
                bad(name, "expected a non-empty text")
        code = rec.get("code")
        if isinstance(code, str) and code.strip() and not CODE.match(code):
            bad("code", "letters, digits and . _ : / - only, at most 120 characters")
        if kind == "reading":
            if value is None:
                bad("value", "a reading needs a value")
            if not rec.get("sensor") and not rec.get("equipment"):
                bad("sensor", "a reading needs a sensor or an equipment")
        attrs = rec.get("attrs") or {}
        if not isinstance(attrs, Mapping):
            bad("attrs", "expected an object of extra fact fields")
            attrs = {}
        elif isinstance(kind, str) and kind in FACT_KIND:
            fk = KINDS[FACT_KIND[kind]]
            for name, v in attrs.items():
                if name not in fk.slots or name in ENGINE_SLOTS or name in ("id", "ts"):
                    allowed = [s for s in fk.slots if s not in ENGINE_SLOTS and s not in ("id", "ts")]
                    bad(f"attrs.{name}", f"not a field of a {fk.name} fact (fields: {', '.join(allowed)})")
                    continue
                try:
                    normalise(fk, {name: v})
                except FactError as e:
                    bad(f"attrs.{name}", str(e))
        if errs:
            errors.extend(errs)
            continue
        assert isinstance(kind, str) and observed is not None
        out.append(FindingIn(
            kind=kind, observed_at=observed, code=code, sensor=rec.get("sensor"), equipment=rec.get("equipment"),
            value=float(value) if value is not None else None, unit=rec.get("unit"), status=rec.get("status"),
            text=rec.get("text"), substance=rec.get("substance"), area=rec.get("area"), end=end, attrs=dict(attrs),
            src_loc=rec.get("src_loc"),
        ))
    return (out if not errors else []), errors


@dataclass
class IngestResult:
    errors: list[FieldError] = field(default_factory=list)
    stored: list[str] = field(default_factory=list)  # finding codes written (new or changed)
    unchanged: list[str] = field(default_factory=list)  # posted again, identical: not asserted twice
    flagged: list[str] = field(default_factory=list)  # about an unknown sensor or equipment
    recommendations: list[str] = field(default_factory=list)  # every recommendation this batch fired
    plans: dict[str, str | None] = field(default_factory=dict)  # recommendation → the plan it SUGGESTS_PLAN
    new_recommendations: int = 0
    firings: int = 0
    rule_errors: list[RuleError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "errors": [e.to_dict() for e in self.errors],
            "stored": self.stored,
            "unchanged": self.unchanged,
            "flagged": self.flagged,
            "recommendations": self.recommendations,
            "plans": self.plans,
            "new_recommendations": self.new_recommendations,
            "firings": self.firings,
            "rule_errors": [{"pack": e.pack_id, "rule": e.rule_id, "message": e.message} for e in self.rule_errors],
        }


def _code(f: FindingIn) -> str:
    if f.code:
        return f.code
    canon = json.dumps({k: v for k, v in f.__dict__.items() if k not in ("code", "src_loc")}, sort_keys=True,
                       ensure_ascii=False, default=str)
    return "F-" + hashlib.sha1(canon.encode()).hexdigest()[:16]


def recommendation_code(firing: Firing, finding_ids: Iterable[str]) -> str:
    key = "|".join([firing.pack_id, firing.pack_version, firing.rule_id, *sorted(set(finding_ids))])
    return f"R-{firing.rule_id}-{hashlib.sha1(key.encode()).hexdigest()[:12]}"


class RuleService:
    """An Engine over the given packs (default: the shipped ones) plus the graph's context; thread-safe."""

    def __init__(self, store: GraphStore, packs: Sequence[Pack] | None = None, *, onto: Ontology | None = None,
                 retention: float = 60.0, plan_chooser: PlanChooser | None = None) -> None:
        self.store = store
        self.plan_chooser = plan_chooser
        self.onto = onto or ontology.load()
        self.packs = list(packs) if packs is not None else [load(p) for p in shipped()]
        self.engine = Engine(self.packs, retention=retention)
        self.lock = threading.Lock()
        self.context: Context = Context()
        self.context_firings: list[Firing] = []
        self.reload_context()

    def reload_context(self) -> None:
        """Read the plant's context from the graph and (re)assert it; context facts replace older ones by id."""
        with self.lock:
            self.context = load_context(self.store)
            self.context_firings.extend(self.engine.process(self.context.facts))

    # -- findings → facts ----------------------------------------------------------------------------------
    def _prepare(self, f: FindingIn) -> tuple[FindingRow, Fact]:
        code = _code(f)
        notes: list[str] = []
        sensor = self.context.sensors.get(f.sensor) if f.sensor else None
        equipment_id = f.equipment
        if f.sensor and sensor is None:
            notes.append(f"unknown sensor {f.sensor}")
        if sensor and not equipment_id:
            equipment_id = sensor.get("equipment")
        if f.equipment and f.equipment not in self.context.equipment:
            notes.append(f"unknown equipment {f.equipment}")
        equipment = self.context.equipment.get(equipment_id) if equipment_id else None
        if sensor and f.unit and sensor.get("unit") and f.unit != sensor["unit"]:
            notes.append(f"unit {f.unit} differs from the sensor's unit {sensor['unit']}")
        fact_kind = FACT_KIND[f.kind]
        values: dict[str, Any] = {
            "id": code, "ts": f.observed_at, "sensor": f.sensor, "equipment": equipment_id,
            "sensor_kind": sensor.get("kind") if sensor else None,
            "area": f.area or (sensor or {}).get("area") or (equipment or {}).get("area"),
            "substance": f.substance or (sensor or {}).get("substance"),
            "value": f.value, "unit": f.unit or (sensor or {}).get("unit"), "status": f.status, "text": f.text,
            "end": f.end,
        }
        if fact_kind == "finding":
            values["kind"] = f.kind
        values.update(f.attrs)
        slots = KINDS[fact_kind].slots
        values = {k: v for k, v in values.items() if k in slots and v is not None}
        flagged = any(n.startswith("unknown") for n in notes)
        props: dict[str, Any] = {
            "code": code, "name": f"{f.kind} {f.sensor or f.equipment or f.area or ''} {to_iso(f.observed_at)}".strip(),
            "kind": f.kind, "observed_at": to_iso(f.observed_at), "flagged": flagged,
            "fact_json": json.dumps({"kind": fact_kind, "values": values}, ensure_ascii=False, sort_keys=True),
        }
        for name in ("value", "unit", "text", "status"):
            v = getattr(f, name)
            if v is not None:
                props[name] = v
        if f.sensor:
            props["sensor_code"] = f.sensor
        if equipment_id:
            props["equipment_code"] = equipment_id
        if notes:
            props["note"] = "; ".join(notes)
        row = FindingRow(props, f.sensor if sensor else None, equipment_id if equipment else None, f.src_loc or "")
        return row, Fact(fact_kind, values)

    # -- ingest --------------------------------------------------------------------------------------------
    def ingest(self, records: Any, *, src_doc: str = "api", created_by: str = "api") -> IngestResult:
        """Validate JSON-like records, then `ingest_findings`."""
        findings, errors = parse_findings(records, self.onto)
        if errors:
            return IngestResult(errors=errors)
        return self.ingest_findings(findings, src_doc=src_doc, created_by=created_by)

    def ingest_findings(self, findings: Sequence[FindingIn], *, src_doc: str = "api",
                        created_by: str = "api") -> IngestResult:
        result = IngestResult()
        prov = Provenance(src_doc=src_doc, created_by=created_by)
        with self.lock:
            prepared = [self._prepare(f) for f in findings]
            by_code = {row.props["code"]: (row, fact) for row, fact in prepared}  # the last of a code wins
            stored = stored_fact_json(self.store, list(by_code))
            fresh = [(row, fact) for code, (row, fact) in by_code.items() if stored.get(code) != row.props["fact_json"]]
            result.unchanged = [c for c in by_code if stored.get(c) == by_code[c][0].props["fact_json"]]
            if fresh:
                write_findings(self.store, self.onto, [r for r, _ in fresh], prov)
            result.stored = [r.props["code"] for r, _ in fresh]
            result.flagged = [r.props["code"] for r, _ in fresh if r.props.get("flagged")]
            errors_before = len(self.engine.errors)
            firings = self.engine.process([fact for _, fact in fresh]) if fresh else []
            result.rule_errors = self.engine.errors[errors_before:]
            del self.engine.errors[:errors_before]  # keep the engine's list from growing without bound
            rows = self._recommendations(firings, created_by)
            result.firings = len(firings)
            result.new_recommendations = write_recommendations(
                self.store, self.onto, rows, Provenance(src_doc="rules", created_by=created_by))
            result.recommendations = [r.props["code"] for r in rows]
            if rows and self.plan_chooser is not None:
                self._choose_plans(result.recommendations, created_by)
            result.plans = suggested_plans(self.store, result.recommendations)
        return result

    def _choose_plans(self, codes: Sequence[str], created_by: str) -> None:
        """Link each of these recommendations that has no plan yet to the plan the chooser picks (one link each)."""
        assert self.plan_chooser is not None
        chosen = [(code, self.plan_chooser(self.store, self.onto, code)) for code in unplanned(self.store, codes)]
        link_plans(self.store, self.onto, [(c, p) for c, p in chosen if p],
                   Provenance(src_doc="rules", created_by=created_by, src_loc="plan chooser"))

    # -- firings → recommendations -------------------------------------------------------------------------
    def _recommendations(self, firings: Sequence[Firing], created_by: str) -> list[RecommendationRow]:
        traces: dict[str, list[dict[str, Any]]] = {}
        plans: dict[tuple[str, str], str | None] = {}
        out: dict[str, RecommendationRow] = {}
        for firing in firings:
            finding_ids = [m.id for m in firing.matched if m.kind not in CONTEXT_KINDS and m.id]
            if not finding_ids:
                self.context_firings.append(firing)
                continue
            code = recommendation_code(firing, finding_ids)
            equipment = self._subject(firing)
            if equipment and equipment not in traces:
                hops = accountability_trace(self.store, self.onto, Ref("Equipment", equipment))
                traces[equipment] = trace_dicts(hops)
            plan_kind = next((a.plan_kind for a in firing.actions if a.plan_kind), None)
            plan = None
            if equipment and plan_kind and self.plan_chooser is None:  # the fallback (see the module docstring)
                if (equipment, plan_kind) not in plans:
                    plans[(equipment, plan_kind)] = plan_for(self.store, equipment, plan_kind)
                plan = plans[(equipment, plan_kind)]
            explanation = firing.explanation()
            explanation.update(title=firing.title, at_iso=to_iso(firing.at), equipment=equipment,
                               findings=sorted(set(finding_ids)))
            props: dict[str, Any] = {
                "code": code, "name": firing.title, "warning_level": firing.warning_level,
                "rule_id": firing.rule_id, "rule_version": firing.pack_version, "pack_id": firing.pack_id,
                "pack_version": firing.pack_version, "issued_at": to_iso(firing.at),
                "text": firing.title + "：" + "；".join(a.text for a in firing.actions),
                "actions": [a.text for a in firing.actions], "flagged": firing.unknown_subject, "status": "open",
                "explanation_json": json.dumps(explanation, ensure_ascii=False, default=str),
                "trace_json": json.dumps(traces.get(equipment or "", []), ensure_ascii=False, default=str),
            }
            if plan_kind:
                props["plan_kind"] = plan_kind
            out[code] = RecommendationRow(props, tuple(sorted(set(finding_ids))), (plan,) if plan else ())
        return list(out.values())

    def _subject(self, firing: Firing) -> str | None:
        """The known equipment a firing is about: a matched fact's equipment, or the equipment of its sensor."""
        for m in firing.matched:
            eq = m.values.get("equipment") if m.kind != "equipment" else m.values.get("id")
            if isinstance(eq, str) and eq in self.context.equipment:
                return eq
            s = m.values.get("sensor")
            if isinstance(s, str) and s in self.context.sensors:
                eq = self.context.sensors[s].get("equipment")
                if isinstance(eq, str):
                    return eq
        return None


# --- backtest -------------------------------------------------------------------------------------------------


@dataclass
class BacktestReport:
    pack_id: str
    pack_version: str
    findings: int = 0
    skipped: int = 0  # stored findings without a rule fact (written by other tools)
    firings: Counter[str] = field(default_factory=Counter)
    context_firings: Counter[str] = field(default_factory=Counter)
    errors: list[RuleError] = field(default_factory=list)
    examples: dict[str, list[str]] = field(default_factory=dict)  # rule → first matched finding ids

    def to_dict(self) -> dict[str, Any]:
        return {"pack": self.pack_id, "version": self.pack_version, "findings": self.findings,
                "skipped": self.skipped, "firings": dict(self.firings), "context_firings": dict(self.context_firings),
                "errors": [{"rule": e.rule_id, "message": e.message} for e in self.errors],
                "examples": self.examples}


def backtest(store: GraphStore, pack: Pack, *, batch: int = 5000) -> BacktestReport:
    """Run `pack` over the stored findings (oldest observation first) on a fresh engine; writes nothing."""
    engine = Engine([pack])
    report = BacktestReport(pack.id, pack.version)
    for f in engine.process(load_context(store).facts):
        report.context_firings[f.rule_id] += 1
    chunk: list[Fact] = []

    def run(chunk: list[Fact]) -> None:
        for f in engine.process(chunk):
            ids = [m.id for m in f.matched if m.kind not in CONTEXT_KINDS and m.id]
            if not ids:
                report.context_firings[f.rule_id] += 1
                continue
            report.firings[f.rule_id] += 1
            report.examples.setdefault(f.rule_id, ids)

    for _code, _at, fact_json in stored_findings(store, page=batch):
        if not fact_json:
            report.skipped += 1
            continue
        data = json.loads(fact_json)
        chunk.append(Fact(str(data["kind"]), dict(data["values"])))
        report.findings += 1
        if len(chunk) >= batch:
            run(chunk)
            chunk = []
    if chunk:
        run(chunk)
    report.errors = list(engine.errors)
    return report


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def cmd_backtest(args: argparse.Namespace) -> int:
    """`python run.py rules backtest PACK`: what PACK would fire over the stored findings (nothing is written)."""
    from kb import Settings, open_store

    from .cli import _packs

    try:
        packs = _packs([args.pack])
    except PackError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    store = open_store(Settings.from_env())
    try:
        report = backtest(store, packs[0])
    finally:
        store.close()
    if getattr(args, "json", False):
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"{report.pack_id} {report.pack_version} over {report.findings} stored findings"
          + (f" ({report.skipped} without a rule fact, skipped)" if report.skipped else "") + ":")
    pack = packs[0]
    for rule in pack.rules:
        n = report.firings.get(rule.id, 0)
        c = report.context_firings.get(rule.id, 0)
        extra = f" (+{c} on graph context alone)" if c else ""
        example = f" e.g. {', '.join(report.examples[rule.id][:3])}" if rule.id in report.examples else ""
        print(f"  {rule.id:10} [{rule.warning_level}] {n:6} firing(s){extra}  {rule.title}{example}")
    for err in report.errors:
        print(f"  rule error {err.rule_id}: {err.message}")
    return 0


def add_backtest_command(rules_subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `backtest PACK` under `rules` (call with the sub-parsers that rules.cli.add_commands creates)."""
    bt = rules_subparsers.add_parser("backtest", help="run a pack over the stored findings and report what would fire")
    bt.add_argument("pack", metavar="PACK", help="pack id, file stem, or path to a pack .yaml")
    bt.add_argument("--json", action="store_true", help="print the report as JSON")
    bt.set_defaults(func=cmd_backtest)
