"""bench.learned_readers: candidate counts, the learner, and the warm start that reproduces the rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.extract import Gold, load_gold
from bench.learned_readers import (
    CHEMICAL_RULES,
    INJURY_RULES,
    TYPE_RULES,
    Option,
    Read,
    chemical_groups,
    count_mentions,
    injury_groups,
    injury_options,
    main,
    read_all,
    train,
    type_groups,
    type_options,
)
from ingest.extract.extract import default_extractor


def test_counts_of_people_are_candidates_and_other_numbers_are_not() -> None:
    text = "2号车间于3时发生爆炸，造成三名工人受伤，2人死亡，受伤人数为3，损失120万元。"
    found = count_mentions(text)
    assert sorted(found) == [2, 3]
    assert [text[a:b] for a, b in found[3]] == ["三", "3"]


def test_the_learner_learns_which_feature_marks_the_right_option() -> None:
    # the right option carries "good" and a random other feature; training must find "good"
    groups = []
    for i in range(40):
        opts = [Option(k, [f"noise{(i + k) % 5}"]) for k in range(3)]
        right = i % 3
        opts[right].features.append("good")
        groups.append((opts, right))
    model = train(groups, {}, epochs=5, lr=0.1)
    unseen = [Option("a", ["noise1"]), Option("b", ["noise2", "good"]), Option("c", ["noise3"])]
    assert model.choose(unseen) == "b"
    untrained = train(groups, {}, epochs=0)
    assert untrained.choose(unseen) == "a"  # all scores 0: the first option


@pytest.fixture(scope="module")
def gold_reads() -> list[Read]:
    golds: list[Gold] = load_gold()
    return read_all(golds[::10], default_extractor())


def test_the_warm_start_chooses_as_the_rules_do(gold_reads: list[Read]) -> None:
    # the "warm" model starts from these weights: before training it must be the rules, or "learns corrections to
    # the rules" would not be what it measures
    inj = train(injury_groups(gold_reads), INJURY_RULES, epochs=0)
    for r in gold_reads:
        assert inj.choose(injury_options(r)) == r.rep.injuries, r.gold.file
    typ = train(type_groups(gold_reads), TYPE_RULES, epochs=0)
    for r in gold_reads:
        assert typ.choose(type_options(r)) == r.rep.accident_type, r.gold.file
    groups = chemical_groups(gold_reads)
    chem = train(groups, CHEMICAL_RULES, epochs=0)
    kept = [bool(chem.choose(opts)) for opts, _ in groups]
    rules = [any(f == "rules:kept" for f in opts[1].features) for opts, _ in groups]
    assert kept == rules and any(kept) and not all(kept)


def test_main_prints_rules_cold_and_warm_for_every_reader(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "web"
    d.mkdir()
    texts = {
        "a": (
            "2021年4月6日，某化工厂甲醇储罐爆炸，造成2人死亡、3人受伤。",
            {"injuries": 3, "chemicals": ["甲醇"], "accident_type": "容器爆炸"},
        ),
        "b": (
            "2020年7月1日，一辆液氨槽车侧翻，液氨泄漏，5名村民受伤。",
            {"injuries": 5, "chemicals": ["液氨"], "accident_type": "车辆伤害"},
        ),
    }
    for name, (text, labels) in texts.items():
        (d / f"{name}.txt").write_text(text, encoding="utf-8")
        (d / f"{name}.json").write_text(json.dumps({"labels": labels}, ensure_ascii=False), encoding="utf-8")
    assert main(["--train", str(d), "--test", str(d), "--no-gold-dev"]) == 0
    rows = [ln.split() for ln in capsys.readouterr().out.splitlines()[1:]]
    assert [(r[0], r[1]) for r in rows] == [
        ("injuries", "train"),
        ("injuries", "test"),
        ("chemicals", "train"),
        ("chemicals", "test"),
        ("type", "train"),
        ("type", "test"),
        ("type-words", "train"),
        ("type-words", "test"),
    ]
    assert all(float(x) == 1.0 for r in rows for x in r[3:])  # two plain texts: every reader gets them right
