"""Run the test cases embedded in a pack: given facts → the rule under test fires, or does not.

Each case runs on a fresh working memory of an engine holding the whole pack, so a case also shows whether
the pack's other rules disturb the one under test (they may fire too; only the rule under test is checked).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .engine import Engine, Fact
from .facts import FactError
from .pack import Pack, Rule, TestCase


@dataclass(frozen=True)
class CaseResult:
    pack_id: str
    rule_id: str
    case: str
    line: int
    passed: bool
    detail: str


def run_case(engine: Engine, rule: Rule, case: TestCase) -> CaseResult:
    engine.reset()
    pack = next(p for p in engine.packs.values() if rule in p.rules)

    def result(passed: bool, detail: str) -> CaseResult:
        return CaseResult(pack.id, rule.id, case.name, case.line, passed, detail)

    try:
        engine.assert_facts(Fact(g.kind, g.values) for g in case.given)
        if case.now is not None:
            engine.advance(case.now)
    except FactError as e:
        return result(False, f"bad given fact: {e}")
    firings = [f for f in engine.run() if f.rule_id == rule.id and f.pack_id == pack.id]
    errors = [e for e in engine.errors if e.rule_id == rule.id]
    if errors:
        return result(False, f"rule raised an error: {errors[0].message}")
    n = len(firings)
    if case.expect_fire:
        if case.times is not None and n != case.times:
            return result(False, f"expected {case.times} firing(s), got {n}")
        if n == 0:
            return result(False, "expected the rule to fire; it did not")
        return result(True, f"fired {n}×")
    if n:
        matched = ", ".join(f"{m.kind}:{m.id}" for m in firings[0].matched)
        return result(False, f"expected no firing; fired {n}× (matched {matched})")
    return result(True, "did not fire")


def run_pack(pack: Pack, rule_ids: Iterable[str] | None = None) -> list[CaseResult]:
    """Every embedded case of the pack (or of the named rules), in file order."""
    engine = Engine([pack])
    wanted = set(rule_ids) if rule_ids is not None else None
    out: list[CaseResult] = []
    for rule in pack.rules:
        if wanted is not None and rule.id not in wanted:
            continue
        for case in rule.tests:
            out.append(run_case(engine, rule, case))
    return out
