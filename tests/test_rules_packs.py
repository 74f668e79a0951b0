"""Every shipped pack passes its own embedded test cases, and those cases can fail."""

from __future__ import annotations

import pytest

from rules import load, loads, run_pack, shipped
from rules.cli import main

PACKS = shipped()


@pytest.mark.parametrize("path", PACKS, ids=[p.stem for p in PACKS])
def test_embedded_cases_pass(path) -> None:
    pack = load(path)
    results = run_pack(pack)
    assert len(results) >= 2 * len(pack.rules)
    failures = [f"{r.rule_id} line {r.line}: {r.case}: {r.detail}" for r in results if not r.passed]
    assert not failures, "\n".join(failures)


def test_a_wrong_threshold_is_caught_by_the_cases() -> None:
    path = next(p for p in PACKS if p.stem == "gas-detection")
    text = path.read_text(encoding="utf-8").replace("value: {gte: 25, lt: 50}", "value: {gte: 35, lt: 50}")
    results = [r for r in run_pack(loads(text, str(path))) if r.rule_id == "GD-01"]
    assert [r.passed for r in results] == [False, True, True]
    assert "expected the rule to fire" in results[0].detail


def test_a_rule_that_fires_too_often_is_caught() -> None:
    path = next(p for p in PACKS if p.stem == "coal-mine-gas")
    text = path.read_text(encoding="utf-8").replace("value: {gt: 0.75}", "value: {gt: 0.5}")
    bad = [r for r in run_pack(loads(text, str(path))) if not r.passed]
    assert [r.rule_id for r in bad] == ["CM-01"] and "expected no firing" in bad[0].detail


def test_cli_test_and_list(capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    assert main(["rules", "test", "gas-detection"]) == 0
    out = capsys.readouterr().out
    assert "ok   gas-detection" in out and "FAIL" not in out
    broken = tmp_path / "broken.yaml"
    path = next(p for p in PACKS if p.stem == "gas-detection")
    broken.write_text(path.read_text(encoding="utf-8").replace("value: {gte: 50}}", "value: {gte: 70}}"),
                      encoding="utf-8")
    assert main(["rules", "test", str(broken)]) == 1
    out = capsys.readouterr().out
    assert "FAIL GD-02" in out
    assert main(["rules", "test", "no-such-pack"]) == 2
    assert main(["rules", "list"]) == 0
    assert "coal-mine-gas 1.0.0" in capsys.readouterr().out
