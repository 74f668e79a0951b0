"""Loading and checking rule packs: errors name the pack, the rule and the line."""

from __future__ import annotations

import json
import textwrap

import pytest

import rules.compiler
from rules import KINDS, Engine, PackError, load, loads, shipped
from rules.pack import SCHEMA_PATH, check

GOOD = textwrap.dedent("""\
    pack: demo
    version: "1.2.0"
    authority: 测试协会
    industries: [化工]
    rules:
      - id: R-1
        title: 可燃气体一级报警
        basis: "GB/T 50493-2019 第5.5.2条：≤25%LEL"
        warning_level: 三级
        when:
          - finding: {sensor_kind: 可燃气体, value: {gte: 25}}
        actions:
          - {text: 现场确认, plan_kind: 现场处置方案, section: 应急处置}
        notify: [班组长]
        tests:
          - {expect: fire, given: [{finding: {sensor_kind: 可燃气体, value: 30}}]}
          - {expect: no_fire, given: [{finding: {sensor_kind: 可燃气体, value: 10}}]}
    """)


def bad(old: str, new: str) -> PackError:
    text = GOOD.replace(old, new)
    assert text != GOOD
    with pytest.raises(PackError) as e:
        Engine([loads(text, "demo.yaml")])
    return e.value


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_good_pack_loads_with_its_parts() -> None:
    pack = loads(GOOD)
    assert (pack.id, pack.version, pack.industries) == ("demo", "1.2.0", ("化工",))
    rule = pack.rule("R-1")
    assert rule.warning_level == "三级" and rule.notify == ("班组长",)
    assert rule.actions[0].plan_kind == "现场处置方案"
    assert rule.conditions[0].line == line_of(GOOD, "- finding:")
    assert [t.expect_fire for t in rule.tests] == [True, False]


def test_schema_error_names_pack_rule_and_line() -> None:
    e = bad("    warning_level: 三级\n", "    warning_level: 三级\n    severity: high\n")
    assert (e.pack, e.rule) == ("demo", "R-1")
    assert e.line == line_of(GOOD, "id: R-1")  # an unexpected key is reported at its rule
    assert "severity" in str(e) and "pack demo, rule R-1, line" in str(e)


def test_schema_error_inside_a_condition_points_at_the_condition() -> None:
    e = bad("value: {gte: 25}", "value: {greater: 25}")
    assert e.rule == "R-1"
    assert e.line == line_of(GOOD, "- finding:")
    assert "greater" in e.detail


def test_missing_required_field() -> None:
    e = bad('    basis: "GB/T 50493-2019 第5.5.2条：≤25%LEL"\n', "")
    assert e.rule == "R-1" and "basis" in e.detail


def test_unknown_warning_level_and_plan_kind_and_role() -> None:
    e = bad("warning_level: 三级", "warning_level: 五级")
    assert e.rule == "R-1" and e.line == line_of(GOOD, "warning_level") and "五级" in e.detail
    e = bad("plan_kind: 现场处置方案", "plan_kind: 应急方案")
    assert "应急方案" in e.detail and e.line == line_of(GOOD, "plan_kind")
    e = bad("notify: [班组长]", "notify: [门卫]")
    assert "门卫" in e.detail and e.line == line_of(GOOD, "notify")
    e = bad("section: 应急处置", "section: 总则")  # an element of the overall plan, not of an on-site one
    assert "总则" in e.detail


def test_a_rule_needs_a_positive_and_a_negative_case() -> None:
    e = bad("- {expect: no_fire,", "- {expect: fire,")
    assert e.rule == "R-1" and "no_fire" in e.detail


def test_compile_errors_name_the_condition_line() -> None:
    e = bad("value: {gte: 25}", "valu: {gte: 25}")
    assert e.rule == "R-1" and e.line == line_of(GOOD, "- finding:")
    assert "has no field 'valu'" in e.detail
    e = bad("value: {gte: 25}", "value: {gte: $limit}")
    assert "$limit" in e.detail or "?limit" in e.detail
    assert "before a condition binds it" in e.detail
    e = bad("- finding: {sensor_kind: 可燃气体, value: {gte: 25}}",
            "- finding: {sensor_kind: 可燃气体}\n        within: 5m\n      - chemical: {id: x}\n        within: 5m")
    assert "needs a timed fact kind" in e.detail


def test_yaml_syntax_error_has_a_line() -> None:
    with pytest.raises(PackError) as e:
        loads(GOOD.replace("title: 可燃气体一级报警", "title: [unclosed"), "demo.yaml")
    assert e.value.line is not None and e.value.line >= line_of(GOOD, "title:")


def test_clips_rejection_names_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    real = rules.compiler.compile_rule

    def broken(pack, rule, number, **options):
        compiled = real(pack, rule, number, **options)
        return type(compiled)(**{**compiled.__dict__, "clips": compiled.clips.replace("=>", "=> (", 1)})

    monkeypatch.setattr("rules.engine.compile_rule", broken)
    with pytest.raises(PackError) as e:
        Engine([loads(GOOD)])
    assert e.value.rule == "R-1" and "CLIPS rejected" in e.value.detail


def test_check_lists_every_error() -> None:
    text = GOOD.replace("warning_level: 三级", "warning_level: 五级").replace("notify: [班组长]", "notify: [门卫]")
    assert len(check(text)) == 2


def test_schema_knows_exactly_the_engine_fact_kinds() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    pattern_kinds = set(schema["$defs"]["pattern"]["properties"]) - {"within", "active", "lasting"}
    assert pattern_kinds == set(KINDS)
    assert set(schema["$defs"]["given"]["propertyNames"]["enum"]) == set(KINDS) - {"clock"}


def test_shipped_packs_have_at_least_40_tested_rules_that_cite_a_basis() -> None:
    packs = [load(p) for p in shipped()]
    assert {p.id for p in packs} == {"gas-detection", "special-operations", "major-hazard", "coal-mine-gas",
                                     "hidden-hazards", "pump-condition"}
    all_rules = [r for p in packs for r in p.rules]
    assert len(all_rules) >= 40
    for r in all_rules:
        assert any(t.expect_fire for t in r.tests) and any(not t.expect_fire for t in r.tests), r.id
        assert len(r.basis) > 10, r.id
    coal = next(p for p in packs if p.id == "coal-mine-gas")
    assert all("煤矿安全规程(2016) 第" in r.basis for r in coal.rules)
