"""The engine: each condition kind, explanations, isolation, out-of-order input and bounded memory."""

from __future__ import annotations

import random
import textwrap

import pytest

from rules import Engine, Fact, FactError, Pack, loads

HEAD = textwrap.dedent("""\
    pack: t
    version: "2.1.0"
    authority: test
    industries: [化工]
    rules:
    """)
CASES = """
    tests:
      - {expect: fire, given: []}
      - {expect: no_fire, given: []}
"""


# Three rising readings from one sensor within 60 s (the sequence example), used by several tests.
RISING_3_IN_60S = """
    when:
      - sequence:
          finding: {sensor_kind: 可燃气体}
          same: [sensor]
          n: 3
          within: 60s
          trend: rising
    """


def pack(*rules: str) -> Pack:
    """A pack from rule bodies (id, title … are filled in; each body gives `when:` and optionally more)."""
    out = HEAD
    for i, body in enumerate(rules):
        out += textwrap.indent(
            f"- id: R{i}\n  title: rule {i}\n  basis: \"basis of rule {i}, GB 0000 1.1\"\n  warning_level: 三级\n"
            f"  actions: [{{text: act, plan_kind: 现场处置方案, section: 应急处置}}]\n  notify: [班组长]\n"
            + textwrap.indent(textwrap.dedent(body).strip() + "\n" + textwrap.dedent(CASES).strip() + "\n", "  "),
            "  ")
    return loads(out)


def fired(engine: Engine, facts: list[tuple[str, dict]], now: float | None = None) -> list[str]:
    engine.assert_facts(facts)
    if now is not None:
        engine.advance(now)
    return sorted(f.rule_id for f in engine.run())


def reading(ts: float, value: float, sensor: str = "GT-1", **more: object) -> tuple[str, dict]:
    return ("finding", {"kind": "reading", "sensor": sensor, "sensor_kind": "可燃气体", "value": value, "ts": ts,
                        **more})


def test_threshold_and_explanation() -> None:
    e = Engine([pack("when:\n  - finding: {sensor_kind: 可燃气体, value: {gte: 25}}")])
    e.assert_facts([("sensor", {"id": "GT-1", "kind": "可燃气体"})])
    firings = e.process([reading(10, 30.0), reading(11, 20.0, sensor="GT-2")])
    assert len(firings) == 1
    f = firings[0]
    assert (f.rule_id, f.pack_id, f.pack_version, f.basis) == ("R0", "t", "2.1.0", "basis of rule 0, GB 0000 1.1")
    assert f.warning_level == "三级" and f.notify == ("班组长",) and f.actions[0].section == "应急处置"
    (m,) = f.matched
    assert m.kind == "finding" and m.condition == 0 and m.role == "matched"
    assert m.values["value"] == 30.0 and m.values["sensor"] == "GT-1" and m.values["ts"] == 10.0
    assert "when[0]" in m.condition_text and "gte" in m.condition_text
    assert not f.unknown_subject
    x = f.explanation()
    assert x["rule"] == "R0" and x["version"] == "2.1.0" and x["matched"][0]["values"]["value"] == 30.0


def test_join_across_facts_with_graph_context() -> None:
    p = pack("""
        when:
          - finding: {unit: "%vol", area: $a, substance: $c, value: $v}
          - chemical: {id: $c, lel: {gte: 4}}
          - permit: {kind: 动火作业, area: $a, status: valid}
            active: true
        """)
    e = Engine([p])
    ctx = [("chemical", {"id": "74-82-8", "lel": 5.0}),
           ("permit", {"id": "P1", "kind": "动火作业", "area": "U1", "status": "valid", "ts": 100, "end": 500})]
    e.assert_facts(ctx)
    got = e.process([("finding", {"unit": "%vol", "area": "U1", "substance": "74-82-8", "value": 0.7, "ts": 200}),
                     ("finding", {"unit": "%vol", "area": "U2", "substance": "74-82-8", "value": 0.7, "ts": 210}),
                     ("finding", {"unit": "%vol", "area": "U1", "substance": "74-82-8", "value": 0.7, "ts": 600})])
    assert len(got) == 1  # other area; permit no longer active at 600
    kinds = [(m.kind, m.condition) for m in got[0].matched]
    assert kinds == [("finding", 0), ("chemical", 1), ("permit", 2)]
    assert got[0].matched[1].values["lel"] == 5.0


def test_absence_with_a_window_before_the_anchor() -> None:
    p = pack("""
        when:
          - permit: {kind: 动火作业, area: $a, ts: $start}
          - not:
              gas_analysis: {area: $a}
              within: {before: 30m}
          - clock: {now: {gte: $start}}
        """)
    e = Engine([p])
    assert fired(e, [("permit", {"id": "P1", "kind": "动火作业", "area": "U1", "ts": 3600}),
                     ("gas_analysis", {"area": "U1", "ts": 3000})], now=3600) == []
    e.reset()
    got = e.process([("permit", {"id": "P1", "kind": "动火作业", "area": "U1", "ts": 3600}),
                     ("gas_analysis", {"area": "U1", "ts": 1000})])
    assert got == []  # the work has not started: the clock is at 1000
    e.advance(3600)
    (f,) = e.run()
    assert f.absent and "gas_analysis" in f.absent[0]
    e.advance(3700)
    assert e.run() == []  # a later clock does not repeat the firing


def test_sequence_rising_readings_in_any_arrival_order() -> None:
    p = pack(RISING_3_IN_60S)
    e = Engine([p])
    batch = [reading(20, 3.0), reading(0, 1.0), reading(10, 2.0), reading(5, 9.0, sensor="GT-2")]
    (f,) = e.process(batch)
    assert [m.values["value"] for m in f.matched] == [1.0, 2.0, 3.0]
    assert [m.role for m in f.matched] == ["sequence 1/3", "sequence 2/3", "sequence 3/3"]
    e.reset()
    assert fired(e, [reading(0, 1.0), reading(10, 2.0), reading(15, 1.5), reading(20, 3.0)]) == []
    e.reset()
    assert fired(e, [reading(0, 1.0), reading(40, 2.0), reading(80, 3.0)]) == []  # 80 s > 60 s


def test_sequence_grouped_by_another_field_uses_the_general_form() -> None:
    p = pack("""
        when:
          - sequence:
              finding: {sensor_kind: 可燃气体}
              same: [area]
              n: 3
              within: 60s
              trend: falling
        """)
    e = Engine([p])
    assert fired(e, [reading(0, 9.0, area="A"), reading(5, 8.0, sensor="X", area="A"), reading(9, 7.0, area="A")]) \
        == ["R0"]
    e.reset()
    assert fired(e, [reading(0, 9.0, area="A"), reading(5, 8.0, area="B"), reading(9, 7.0, area="A")]) == []


def test_count_within_a_window_per_group() -> None:
    p = pack("""
        when:
          - count:
              hidden_hazard: {grade: 一般事故隐患}
              same: [category, area]
              min: 3
              within: 30d
        """)
    e = Engine([p])
    day = 86400.0

    def hh(i: int, ts: float, area: str = "U1", category: str = "电气") -> tuple[str, dict]:
        return ("hidden_hazard", {"id": f"H{i}", "grade": "一般事故隐患", "area": area, "category": category, "ts": ts})

    assert fired(e, [hh(1, 0), hh(2, 5 * day), hh(3, 10 * day, area="U2")]) == []
    (f,) = e.process([hh(4, 20 * day)])
    counted = [m for m in f.matched if m.role == "counted"]
    assert sorted(m.id for m in counted) == ["H1", "H2", "H4"]
    assert fired(e, [hh(5, 60 * day)]) == []  # the earlier ones are out of the 30-day window


def test_lasting_and_unacknowledged_alarms() -> None:
    p = pack("""
        when:
          - alarm: {type: 可燃气体}
            lasting: {min: 5m}
        """, """
        when:
          - alarm: {acknowledged_at: {exists: false}, ts: $t}
          - clock: {now: {gte: "$t + 5m"}}
        """)
    e = Engine([p])
    assert fired(e, [("alarm", {"id": "A1", "type": "可燃气体", "ts": 0})], now=200) == []
    assert fired(e, [], now=301) == ["R0", "R1"]
    assert fired(e, [], now=900) == []  # once per alarm
    # an update (acknowledged, ended) replaces the alarm and does not repeat the firing
    e.assert_facts([("alarm", {"id": "A1", "type": "可燃气体", "ts": 0, "end": 950, "acknowledged_at": 940})])
    assert e.run() == []
    assert e.fact_count() == 2  # the alarm (replaced, not duplicated) and the clock


def test_unknown_subject_is_kept_and_flagged() -> None:
    e = Engine([pack("when:\n  - finding: {value: {gte: 25}}")])
    e.assert_facts([("sensor", {"id": "GT-1", "kind": "可燃气体"}), ("equipment", {"id": "V-1", "kind": "储罐"})])
    got = e.process([reading(1, 30.0, sensor="GT-1", equipment="V-1"), reading(2, 30.0, sensor="GT-9")])
    flags = sorted((f.matched[0].values["sensor"], f.unknown_subject) for f in got)
    assert flags == [("GT-1", False), ("GT-9", True)]
    assert ("sensor", "GT-9") in e.unknown_subjects
    assert next(f for f in got if f.unknown_subject).matched[0].values["unknown"] == "sensor:GT-9"


def test_out_of_order_timestamps_drive_the_clock_not_arrival() -> None:
    e = Engine([pack("when:\n  - finding: {value: {gte: 25}}")])
    e.process([reading(100, 1.0)])
    e.process([reading(50, 30.0)])  # late: still matched
    assert e.now == 100.0  # and the clock does not go back
    assert e.errors == []


def test_a_failing_rule_is_reported_and_the_others_still_fire(monkeypatch: pytest.MonkeyPatch) -> None:
    p = pack("when:\n  - finding: {value: $v}\n  - finding: {value: {gt: \"$v / 0\"}, sensor: GT-2}",
             "when:\n  - finding: {value: {gte: 25}}",
             "when:\n  - finding: {value: {gte: 20}}")
    e = Engine([p])
    got = e.process([reading(1, 30.0), reading(2, 31.0, sensor="GT-2")])
    assert sorted({f.rule_id for f in got}) == ["R1", "R2"]
    assert {err.rule_id for err in e.errors} == {"R0"} and "divide by zero" in e.errors[0].message
    # An error on the Python side of one rule's firing does not stop the rest either.
    e.reset()
    real = e._firing

    def flaky(compiled, args):
        if compiled.rule.id == "R1":
            raise RuntimeError("boom")
        return real(compiled, args)

    monkeypatch.setattr(e, "_firing", flaky)
    got = e.process([reading(1, 30.0)])
    assert [f.rule_id for f in got] == ["R2"]
    assert [(err.rule_id, err.message) for err in e.errors] == [("R1", "RuntimeError: boom")]


def test_bad_facts_are_refused_with_the_field_named() -> None:
    e = Engine([pack("when:\n  - finding: {value: {gte: 25}}")])
    with pytest.raises(FactError, match="valeu"):
        e.assert_facts([("finding", {"valeu": 3})])
    with pytest.raises(FactError, match="not a number"):
        e.assert_facts([("finding", {"value": "high"})])
    with pytest.raises(FactError, match="unknown fact kind"):
        e.assert_facts([Fact("reading", {})])


def test_kept_numbers_match_as_fresh_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    """Numbers kept ready (rules.engine.NUMBER_CACHE) fire the same rules as numbers created per fact, with
    0.0 and -0.0 told apart the way CLIPS tells them apart, and NaN never equal to anything."""
    import rules.engine

    p = pack("when:\n  - finding: {sensor: GT-1, value: {eq: 0}}",
             "when:\n  - finding: {sensor: GT-1, value: {in: [2.5, -1]}}",
             "when:\n  - finding: {sensor: GT-1, value: {gte: 2}}",
             "when:\n  - finding: {sensor: GT-1, value: $v}\n  - finding: {sensor: GT-2, value: $v}")
    rng = random.Random(5)
    pool = [0.0, -0.0, float("nan"), 2.5, -1.0, 1.0, 3.0]
    stream = [reading(t, rng.choice(pool), sensor=rng.choice(["GT-1", "GT-2"])) for t in range(300)]

    def run(cache: int) -> list[list[tuple[str, tuple[str, ...]]]]:
        monkeypatch.setattr(rules.engine, "NUMBER_CACHE", cache)
        e = Engine([p])
        out = [sorted((f.rule_id, tuple(m.id for m in f.matched)) for f in e.process(stream[i:i + 7]))
               for i in range(0, len(stream), 7)]
        assert (len(e._numbers) > 0) == (cache > 0)
        return out

    kept, fresh = run(4096), run(0)
    assert kept == fresh
    assert sum(len(b) for b in kept) > 50  # the rules did fire


def test_normalise_converts_what_needs_converting_and_copies_the_rest() -> None:
    """normalise's shortcut (every field already a str or a float) gives what the field-by-field path gives."""
    from rules.facts import KINDS, normalise

    k = KINDS["finding"]
    plain = {"kind": "reading", "sensor": "GT-1", "value": 3.5, "ts": 10.0}
    out = normalise(k, plain)
    assert out == plain and out is not plain
    out["seq"] = 1.0
    assert "seq" not in plain  # the engine adds to the result; the caller's mapping stays as it was
    mixed = {"kind": "reading", "sensor": 7, "value": 3, "ts": "1970-01-01T00:00:10", "unit": True, "area": None}
    got = normalise(k, mixed)
    assert got == {"kind": "reading", "sensor": "7", "value": 3.0, "ts": 10.0, "unit": "true"}
    assert type(got["value"]) is float and type(got["ts"]) is float
    with pytest.raises(FactError, match="valeu"):
        normalise(k, {"kind": "reading", "valeu": 3.0})
    with pytest.raises(FactError, match="not a number"):
        normalise(k, {"value": "high"})
    assert normalise(KINDS["clock"], {"now": 5.0}) == {"now": 5.0}


@pytest.mark.slow
def test_pruning_keeps_working_memory_bounded_over_100k_findings() -> None:
    p = pack(RISING_3_IN_60S, "when:\n  - finding: {value: {gte: 25}}")
    e = Engine([p], retention=10, prune_every=5000)
    rng = random.Random(7)
    sizes = []
    total = 0
    for b in range(20):
        batch = [reading(b * 500 + i * 0.1, rng.uniform(0, 26), sensor=f"S{i % 50}") for i in range(5000)]
        total += len(e.process(batch))
        sizes.append(e.fact_count())
    assert total > 0
    # horizon 70 s at 10 findings/s: about 700 live findings, whatever the length of the stream
    assert max(sizes[2:]) < 1000, sizes
    assert len(e._seen) < 2000


def test_explanations_stay_exact_after_the_facts_are_pruned_or_replaced() -> None:
    p = pack("""
        when:
          - finding: {sensor: $s, value: $v}
          - sensor: {id: $s, alarm_1: {lte: $v}}
        """)
    e = Engine([p], retention=1, prune_every=1)
    e.process([("sensor", {"id": "GT-1", "kind": "可燃气体", "alarm_1": 20.0})])
    (f,) = e.process([reading(10, 30.0)])
    e.process([("sensor", {"id": "GT-1", "kind": "可燃气体", "alarm_1": 25.0})])  # replaced
    e.process([reading(1000, 1.0)])  # moves the clock: the first reading is pruned
    assert e.fact_count() == 3 and len(e._facts) == 3  # sensor, the new reading, the clock
    x = f.explanation()
    assert [m["values"]["value"] if m["kind"] == "finding" else m["values"]["alarm_1"] for m in x["matched"]] \
        == [30.0, 20.0]
    assert x["matched"][0]["values"]["ts"] == 10.0 and x["matched"][0]["id"].startswith("finding#")


def test_firings_are_the_same_objects_as_built_by_their_constructors() -> None:
    e = Engine([pack("when:\n  - finding: {value: {gte: 25}}")])
    (f,) = e.process([reading(1, 30.0)])
    import dataclasses

    from rules import Firing, MatchedFact

    assert f == Firing(**{k.name: getattr(f, k.name) for k in dataclasses.fields(Firing)})
    m = f.matched[0]
    assert m == MatchedFact(**{k.name: getattr(m, k.name) for k in dataclasses.fields(MatchedFact)})
    assert dataclasses.asdict(f)["matched"][0]["values"]["value"] == 30.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.rule_id = "x"  # type: ignore[misc]


def test_kept_strings_survive_resets_and_pruning() -> None:
    import gc

    e = Engine([pack("when:\n  - finding: {sensor_kind: 可燃气体, area: U1, value: {gte: 25}}")], retention=1)
    for round_ in range(3):
        got = e.process([reading(round_ * 1000 + i, 30.0, area="U1") for i in range(5)])
        assert len(got) == 5 and all(f.matched[0].values["area"] == "U1" for f in got)
        e.prune()
        e.reset()
        gc.collect()
    assert e.fact_count() == 1  # the clock


def test_parsing_does_not_call_back_into_python_per_character() -> None:
    import time

    e = Engine([pack("when:\n  - finding: {value: {gte: 25}}")])
    text = "(+ " + " ".join(["1"] * 60_000) + ")"
    t = time.perf_counter()
    assert e.env.eval(text) == 60_000
    assert time.perf_counter() - t < 0.3  # ~0.03 s in C; ~0.7 s with a Python router queried per character


COUNTS = ("""
        when:
          - count:
              finding: {kind: reading, value: {gte: 25}}
              same: [sensor]
              min: 3
              within: 60s
        """, """
        when:
          - count:
              alarm: {type: 可燃气体}
              same: [equipment, area]
              min: 2
              within: 5m
        """, """
        when:
          - equipment: {id: $e, major_hazard: {exists: true}}
          - count:
              alarm: {equipment: $e}
              same: [equipment]
              min: 3
              within: 1h
        """, """
        when:
          - count:
              finding: {kind: reading, value: {gte: 25}}
              min: 4
              within: 30s
        """)


def counted(firings: list) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """Each firing as (rule, keyed facts, counted members), order-independent."""
    return sorted((f.rule_id, tuple(m.id for m in f.matched if m.role != "counted"),
                   tuple(sorted(m.id for m in f.matched if m.role == "counted"))) for f in firings)


def test_count_fires_at_the_threshold_inside_the_window_only() -> None:
    e = Engine([pack(COUNTS[0])])
    assert fired(e, [reading(0, 30.0), reading(10, 30.0)]) == []  # 2 < 3
    assert fired(e, [reading(20, 20.0)]) == []  # below the member test: not a member
    assert fired(e, [reading(30, 26.0, sensor="GT-2")]) == []  # another group
    (f,) = e.process([reading(40, 25.0)])  # the third member of GT-1, 40 s after the first
    assert sorted(m.values["ts"] for m in f.matched if m.role == "counted") == [0.0, 10.0, 40.0]
    assert fired(e, [reading(65, 40.0)]) == ["R0"]  # 10, 40, 65 lie within 60 s; 0 has left the window
    assert fired(e, [reading(120, 40.0)]) == []  # only 65 and 120 lie within the 60 s before 120
    e.reset()
    assert fired(e, [reading(0, 30.0), reading(30, 30.0), reading(61, 30.0)]) == []  # 61 s: the first is out
    e.reset()
    (f,) = e.process([reading(0, 30.0), reading(30, 30.0), reading(60, 30.0)])  # the window is inclusive
    assert sorted(m.values["ts"] for m in f.matched if m.role == "counted") == [0.0, 30.0, 60.0]


def test_count_groups_by_every_same_field_joins_earlier_conditions_and_follows_replacements() -> None:
    e = Engine([pack(*COUNTS[1:3])])
    context = [("equipment", {"id": "V-1", "kind": "储罐", "major_hazard": "MHS-1"}),
               ("equipment", {"id": "V-2", "kind": "储罐"})]
    e.assert_facts(context)

    def alarm(i: int, ts: float, equipment: str = "V-1", area: str = "U1", **more: object) -> tuple[str, dict]:
        return ("alarm", {"id": f"A{i}", "type": "可燃气体", "equipment": equipment, "area": area, "ts": ts, **more})

    # R0: 2 on one (equipment, area) in 5 min; R1: 3 on one equipment of a major hazard source in 1 h
    assert fired(e, [alarm(1, 0), alarm(2, 60, area="U2"), alarm(3, 120, equipment="V-2")]) == []
    got = e.process([alarm(4, 180)])
    assert counted(got) == [("R0", ("A4",), ("A1", "A4")), ("R1", ("V-1", "A4"), ("A1", "A2", "A4"))]
    # A1 is updated (replaced by id): it is counted once, with its new values
    assert fired(e, [alarm(1, 0, end=30)]) == []
    got = e.process([alarm(5, 200)])
    assert counted(got) == [("R0", ("A5",), ("A1", "A4", "A5")), ("R1", ("V-1", "A5"), ("A1", "A2", "A4", "A5"))]
    assert [m.values.get("end") for f in got for m in f.matched if m.id == "A1"] == [30.0, 30.0]
    e.reset()
    e.assert_facts(context)
    assert fired(e, [alarm(1, 0, equipment="V-2"), alarm(2, 60, equipment="V-2"), alarm(3, 90, equipment="V-2")]) \
        == ["R0", "R0"]  # the second and the third complete the pair; R1: V-2 is not a major hazard source
    assert fired(e, [alarm(6, 100, area="U9", type="高液位"), alarm(7, 130, area="U9")]) == []  # another type


def test_count_members_leave_with_pruning() -> None:
    e = Engine([pack(COUNTS[0])], retention=1, prune_every=1)
    assert fired(e, [reading(0, 30.0), reading(10, 30.0)]) == []
    e.process([reading(500, 1.0, sensor="GT-9")])  # moves the clock: both members are pruned
    assert e.fact_count() == 2 and all(not g for g in e._groups.values())
    # a late member with its old time does not meet the pruned ones
    assert fired(e, [reading(20, 30.0)]) == []


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_count_counter_finds_what_a_scan_of_working_memory_finds(seed: int) -> None:
    """The per-group counter against the general form (a scan of the kind's facts per candidate) on a random
    stream: several groups, out-of-order times within and across batches, alarms updated by id, pruning."""
    packs = [pack(*COUNTS)]
    fast = Engine(packs, retention=30, prune_every=40)
    scan = Engine(packs, retention=30, prune_every=40, count_scans=True)
    assert not scan._counts and len(fast._counts) == 4
    rng = random.Random(seed)
    context = [("equipment", {"id": "V-1", "kind": "储罐", "major_hazard": "MHS-1"}),
               ("equipment", {"id": "V-2", "kind": "储罐", "major_hazard": "MHS-2"})]
    total = 0
    t = 0.0
    for e in (fast, scan):
        e.assert_facts(context)
    for _ in range(60):
        batch: list[tuple[str, dict]] = []
        for _ in range(rng.randint(1, 12)):
            t += rng.uniform(0, 8)
            ts = t - rng.choice([0, 0, 0, rng.uniform(0, 90)])  # now and then late
            if rng.random() < 0.7:
                batch.append(reading(ts, rng.choice([10.0, 25.0, 30.0]), sensor=rng.choice(["S1", "S2", "S3"])))
            else:
                batch.append(("alarm", {"id": f"A{rng.randint(1, 25)}", "type": rng.choice(["可燃气体", "高液位"]),
                                        "equipment": rng.choice(["V-1", "V-2"]), "area": rng.choice(["U1", "U2"]),
                                        "ts": ts, **({"end": ts + 60} if rng.random() < 0.3 else {})}))
        a, b = counted(fast.process(batch)), counted(scan.process(batch))
        assert a == b
        total += len(a)
    assert total > 20
    assert fast.fact_count() == scan.fact_count()


def test_replaced_and_pruned_states_leave_no_garbage_that_slows_every_run() -> None:
    """Facts retracted after clipspy's TemplateFact wrapper held them stay on CLIPS's garbage list, which every
    (run) walks: 20,000 such alarms made an empty run cost ~0.1 ms instead of ~1 µs."""
    import time

    from clips._clips import lib

    e = Engine([pack("when:\n  - alarm: {type: 可燃气体, level: 一级}")], retention=1, prune_every=1000)
    for i in range(20_000):  # each alarm raised, then updated (replaced by id), then pruned once ended
        e.assert_facts([("alarm", {"id": f"A{i}", "type": "高液位", "ts": i})])
        e.assert_facts([("alarm", {"id": f"A{i}", "type": "高液位", "ts": i, "end": i + 1})])
    e.prune()
    assert e.fact_count() < 1100
    t = time.process_time()
    for _ in range(200):
        lib.Run(e._e, -1)
    assert time.process_time() - t < 0.01  # ~0.0002 s; ~0.1 s when the garbage piles up


def test_constant_tests_in_the_pattern_fire_as_their_predicate_form(monkeypatch: pytest.MonkeyPatch) -> None:
    """A slot's only test against constants (in, not_in, eq, ne) compiles to a CLIPS constraint (`"a"|"b"`,
    `~"a"&~"b"` …) instead of a predicate; both fire the same rules on the same facts, absent fields included."""
    import rules.compiler

    p = pack("when:\n  - finding: {sensor_kind: {in: [甲烷, 二氧化碳]}, value: {in: [2.5, -1]}}",
             "when:\n  - finding: {sensor_kind: {not_in: [甲烷, 二氧化碳]}, place: {ne: 巷道}}",
             "when:\n  - finding: {area: {eq: U1}, value: {ne: 3}}",
             "when:\n  - finding: {place: {eq: 巷道}, value: {gte: 2, in: [2.5, 3]}}",
             "when:\n  - finding: {status: {not_in: [closed]}, sensor_kind: {eq: 甲烷}}")
    assert '"甲烷"|"二氧化碳"' in rules.compiler.compile_rule(p, p.rules[0], 0).clips
    rng = random.Random(3)
    stream = [("finding", {k: v for k, v in {
        "kind": "reading", "sensor": "GT-1", "ts": float(t),
        "sensor_kind": rng.choice(["甲烷", "二氧化碳", "可燃气体", None]),
        "value": rng.choice([2.5, -1.0, 3.0, 0.0, None]), "area": rng.choice(["U1", "U2", None]),
        "place": rng.choice(["巷道", "泵房", None]), "status": rng.choice(["closed", "open", None])}.items()
        if v is not None}) for t in range(400)]

    def run() -> list[list[tuple[str, str]]]:
        e = Engine([p])
        return [sorted((f.rule_id, f.matched[0].id) for f in e.process(stream[i:i + 9]))
                for i in range(0, len(stream), 9)]

    constants = run()
    monkeypatch.setattr(rules.compiler, "_constant_test", lambda test: None)
    assert '"甲烷"|"二氧化碳"' not in rules.compiler.compile_rule(p, p.rules[0], 0).clips
    assert constants == run()
    assert len({r for batch in constants for r, _ in batch}) == 5  # every rule fired somewhere


def test_reading_numbers_kept_by_generation_match_fresh_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    """seq/prev numbers are kept by generation (rules.engine.COUNTER_CACHE at a time, then all released): sequences
    fire the same with a tiny generation (released every few readings) as with one that never fills."""
    import rules.engine

    p = pack(RISING_3_IN_60S)
    rng = random.Random(7)
    stream = [reading(t, float(rng.randint(0, 5)), sensor=rng.choice(["GT-1", "GT-2", "GT-3"])) for t in range(600)]

    def run(cache: int) -> list[list[tuple[str, ...]]]:
        monkeypatch.setattr(rules.engine, "COUNTER_CACHE", cache)
        e = Engine([p], retention=5, prune_every=50)
        out = [sorted(tuple(m.id for m in f.matched) for f in e.process(stream[i:i + 11]))
               for i in range(0, len(stream), 11)]
        assert len(e._counters) <= max(cache, 1)
        return out

    small, large = run(3), run(100_000)
    assert small == large
    assert sum(len(b) for b in small) > 20


def test_templates_hold_only_the_slots_rules_read_and_explanations_keep_every_field() -> None:
    from rules.compiler import templates

    e = Engine([pack("when:\n  - finding: {sensor_kind: 可燃气体, value: {gte: 25}}")])
    slots = set(e.env.find_template("finding").slots)
    assert {s.name for s in slots} == {"sensor_kind", "value", "ts"}
    assert len(templates()[0].split("(slot ")) - 1 == 18  # without `read`: every slot of the kind
    (f,) = e.process([reading(10, 30.0, unit="%LEL", place="泵房", text="说明")])
    assert f.matched[0].values["unit"] == "%LEL" and f.matched[0].values["text"] == "说明"
    assert f.explanation()["matched"][0]["values"]["place"] == "泵房"


def test_a_batch_already_in_time_order_is_asserted_as_a_sorted_one_would_be() -> None:
    """assert_facts skips sorting a batch already in time order; equal times keep their arrival order, and a batch
    with a time out of order (or NaN) is sorted as before."""
    p = pack("when:\n  - finding: {value: {gte: 1}}")
    e = Engine([p])
    def order() -> list[str]:  # ids by fact index: the order of assertion
        return [str(v["id"]) for _, v in sorted(e._facts.items()) if "id" in v]

    assert len(e.process([reading(1, 1.0, id="a"), reading(1, 2.0, id="b"), reading(2, 3.0, id="c")])) == 3
    assert order() == ["a", "b", "c"]
    e.reset()
    assert len(e.process([reading(3, 1.0, id="a"), reading(1, 2.0, id="b"), reading(2, 3.0, id="c")])) == 3
    assert order() == ["b", "c", "a"]
    e.reset()
    e.process([reading(1, 1.0, id="a"), reading(float("nan"), 2.0, id="b"), reading(0, 3.0, id="c")])
    assert sorted(order()) == ["a", "b", "c"]
