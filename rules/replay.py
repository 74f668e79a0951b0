"""Replay a recorded sensor series (such as a SKAB run) through the rule service, as if it arrived live.

A YAML map says which column is which sensor or equipment reading, and which 0/1 column is an alarm:

    separator: ";"
    time_column: datetime
    timezone: "+03:00"                 # the CSV's times are local; stored as UTC
    batch: 500                         # rows per ingest call
    readings:
      Accelerometer1RMS: {sensor: CA-P-101-VT1, unit: g}
      Pressure: {equipment: CA-P-101, unit: bar}
    alarms:
      - {column: anomaly, equipment: CA-P-101, type: 设备运行异常, level: 一级}

Each reading becomes a finding (kind reading) on its sensor, or on the equipment when no sensor is named; each run
of 1s in an alarm column becomes one alarm finding, posted when it starts (no end) and posted again with its end
when it stops. Finding codes are derived from the file and row, so replaying a file twice stores nothing new.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .service import FindingIn, IngestResult, PlanChooser, RuleService


class MapError(ValueError):
    """A replay map that cannot be used; the message names the field."""


@dataclass(frozen=True)
class ReadingMap:
    column: str
    sensor: str | None
    equipment: str | None
    unit: str | None
    scale: float = 1.0


@dataclass(frozen=True)
class AlarmMap:
    column: str
    equipment: str | None
    sensor: str | None
    type: str
    level: str | None


@dataclass(frozen=True)
class ReplayMap:
    readings: tuple[ReadingMap, ...]
    alarms: tuple[AlarmMap, ...]
    separator: str = ";"
    time_column: str = "datetime"
    timezone: dt.tzinfo = dt.UTC
    batch: int = 500


def load_map(path: Path | str) -> ReplayMap:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise MapError(f"{path}: expected a mapping")
    tz_text = str(data.get("timezone", "+00:00"))
    try:
        tz: dt.tzinfo = dt.datetime.fromisoformat(f"2000-01-01T00:00:00{tz_text}").tzinfo or dt.UTC
    except ValueError:
        raise MapError(f"{path}: timezone {tz_text!r} is not an offset like +03:00") from None
    readings = []
    for column, spec in (data.get("readings") or {}).items():
        if not isinstance(spec, dict) or not (spec.get("sensor") or spec.get("equipment")):
            raise MapError(f"{path}: readings.{column} needs a sensor or an equipment")
        readings.append(ReadingMap(str(column), spec.get("sensor"), spec.get("equipment"), spec.get("unit"),
                                   float(spec.get("scale", 1.0))))
    alarms = []
    for i, spec in enumerate(data.get("alarms") or []):
        if not isinstance(spec, dict) or "column" not in spec or "type" not in spec:
            raise MapError(f"{path}: alarms[{i}] needs a column and a type")
        alarms.append(AlarmMap(str(spec["column"]), spec.get("equipment"), spec.get("sensor"), str(spec["type"]),
                               spec.get("level")))
    if not readings and not alarms:
        raise MapError(f"{path}: maps no column (readings: / alarms:)")
    return ReplayMap(tuple(readings), tuple(alarms), str(data.get("separator", ";")),
                     str(data.get("time_column", "datetime")), tz, int(data.get("batch", 500)))


@dataclass
class ReplayReport:
    rows: int = 0
    findings: int = 0
    stored: int = 0
    flagged: int = 0
    firings: int = 0
    recommendations: set[str] = field(default_factory=set)
    rule_errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        return (f"{self.rows} rows, {self.findings} findings ({self.stored} stored, {self.flagged} flagged), "
                f"{self.firings} firings, {len(self.recommendations)} recommendations, {self.seconds:.1f} s")


def _rows(csv_path: Path, m: ReplayMap, start: int, limit: int | None) -> Iterator[tuple[int, dict[str, str]]]:
    with csv_path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh, delimiter=m.separator)
        header = [h.strip() for h in reader.fieldnames or []]
        wanted = [r.column for r in m.readings] + [m.time_column]  # an alarm column may be absent (no labels)
        missing = [c for c in wanted if c not in header]
        if missing:
            raise MapError(f"{csv_path}: no column(s) {missing} (header: {header})")
        n = 0
        for i, row in enumerate(reader):
            if i < start:
                continue
            if limit is not None and n >= limit:
                return
            n += 1
            yield i + 2, {k.strip(): (v or "").strip() for k, v in row.items() if k is not None}  # line numbers


def replay(csv_path: Path | str, map_path: Path | str, service: RuleService, *, speed: float | None = None,
           limit: int | None = None, start: int = 0, created_by: str = "replay",
           progress: Callable[[str], None] | None = None) -> ReplayReport:
    """Post the file's rows as findings, a batch at a time. `speed`: replay at this multiple of real time (None: as
    fast as possible). `start`/`limit`: the rows to replay (after the header)."""
    csv_path = Path(csv_path)
    m = load_map(map_path)
    stem = f"{csv_path.parent.name}-{csv_path.stem}"
    src_doc = f"replay:{csv_path.parent.name}/{csv_path.name}"
    report = ReplayReport()
    t0 = time.perf_counter()
    batch: list[FindingIn] = []
    open_alarm: dict[str, tuple[str, float]] = {}  # column → (code, start)
    episode: dict[str, int] = {}
    first_ts: float | None = None

    def flush() -> None:
        if not batch:
            return
        result: IngestResult = service.ingest_findings(batch, src_doc=src_doc, created_by=created_by)
        report.findings += len(batch)
        report.stored += len(result.stored)
        report.flagged += len(result.flagged)
        report.firings += result.firings
        report.recommendations.update(result.recommendations)
        report.rule_errors.extend(f"{e.pack_id}/{e.rule_id}: {e.message}" for e in result.rule_errors)
        batch.clear()
        if progress:
            progress(f"\r{csv_path.name}: {report.line()}")

    for line, row in _rows(csv_path, m, start, limit):
        try:
            moment = dt.datetime.fromisoformat(row[m.time_column])
        except ValueError:
            raise MapError(f"{csv_path}:{line}: {row[m.time_column]!r} is not a date-time") from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=m.timezone)
        ts = moment.timestamp()
        if speed and first_ts is not None:
            wait = (ts - first_ts) / speed - (time.perf_counter() - t0)
            if wait > 0:
                flush()
                time.sleep(wait)
        first_ts = ts if first_ts is None else first_ts
        report.rows += 1
        loc = f"line {line}"
        for r in m.readings:
            raw = row.get(r.column, "")
            if raw == "":
                continue
            try:
                value = float(raw) * r.scale
            except ValueError:
                continue  # a gap in the series is not a reading
            batch.append(FindingIn(kind="reading", observed_at=ts, code=f"{stem}-{line}-{r.column.replace(' ', '_')}",
                                   sensor=r.sensor, equipment=r.equipment if not r.sensor else None, value=value,
                                   unit=r.unit, src_loc=f"{loc}, column {r.column}"))
        for a in m.alarms:
            on = row.get(a.column, "") not in ("", "0", "0.0")
            attrs: dict[str, Any] = {"type": a.type, **({"level": a.level} if a.level else {})}
            if on and a.column not in open_alarm:
                episode[a.column] = episode.get(a.column, 0) + 1
                code = f"{stem}-{a.column}-{episode[a.column]}"
                open_alarm[a.column] = (code, ts)
                batch.append(FindingIn(kind="alarm", observed_at=ts, code=code, sensor=a.sensor,
                                       equipment=a.equipment, text=f"{a.type}（{a.column}）", attrs=attrs,
                                       src_loc=f"{loc}, column {a.column}"))
            elif not on and a.column in open_alarm:
                code, began = open_alarm.pop(a.column)
                batch.append(FindingIn(kind="alarm", observed_at=began, code=code, sensor=a.sensor,
                                       equipment=a.equipment, text=f"{a.type}（{a.column}）", end=ts, attrs=attrs,
                                       src_loc=f"{loc}, column {a.column}"))
        if len(batch) >= m.batch:
            flush()
    flush()
    report.seconds = time.perf_counter() - t0
    return report


def cmd_replay(args: argparse.Namespace) -> int:
    """`python run.py findings replay CSV --map MAP [--limit N] [--start N] [--speed X]`."""
    from kb import Settings, open_store

    store = open_store(Settings.from_env())
    try:
        service = RuleService(store, plan_chooser=getattr(args, "plan_chooser", None))
        paths = [Path(p) for p in args.csv]
        files = [f for p in paths for f in (sorted(p.glob("*.csv")) if p.is_dir() else [p])]
        total = ReplayReport()
        for f in files:
            try:
                rep = replay(f, args.map, service, speed=args.speed, limit=args.limit, start=args.start,
                             progress=lambda s: print(s, end="", file=sys.stderr, flush=True))
            except MapError as e:
                print(f"\nerror: {e}", file=sys.stderr)
                return 2
            print(f"\n{f}: {rep.line()}")
            for err in rep.rule_errors:
                print(f"  rule error: {err}")
            total.rows += rep.rows
            total.findings += rep.findings
            total.recommendations |= rep.recommendations
        print(f"total: {total.rows} rows, {total.findings} findings, {len(total.recommendations)} recommendations")
        return 0
    finally:
        store.close()


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
                 plan_chooser: PlanChooser | None = None) -> None:
    """`findings replay …` for run.py, which passes `cases.plan_matching.choose_plan` as the rule service's plan
    chooser (without one, recommendations get the fallback plan, see rules.service)."""
    findings = subparsers.add_parser("findings", help="findings: replay a recorded sensor series")
    sub = findings.add_subparsers(dest="findings_command", required=True)
    rp = sub.add_parser("replay", help="replay CSV file(s) or a folder of them through the rules, mapped by MAP")
    rp.add_argument("csv", nargs="+", metavar="CSV", help="a CSV file or a folder of CSV files")
    rp.add_argument("--map", required=True, help="YAML map of columns to sensors and equipment")
    rp.add_argument("--limit", type=int, default=None, help="replay at most N rows per file")
    rp.add_argument("--start", type=int, default=0, help="skip the first N rows of each file")
    rp.add_argument("--speed", type=float, default=None, help="replay at this multiple of real time")
    rp.set_defaults(func=cmd_replay, plan_chooser=plan_chooser)
