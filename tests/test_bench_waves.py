"""bench.waves: two annotators' labels, their disputes, the adjudicated wave and the registry of used sources."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from bench import waves
from bench.extract import load_labelled

TEXT = "2024年3月5日，某厂发生液氨泄漏事故，造成1人死亡、2人受伤。"
LABELS: dict[str, Any] = {"date": "2024-03-05", "deaths": 1, "injuries": 2, "direct_loss_cny": None,
                          "accident_type": "中毒和窒息", "chemicals": ["液氨"]}


def _write(path: Path, rec: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")


@pytest.fixture
def pool(tmp_path: Path) -> Path:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "01.txt").write_text(TEXT, encoding="utf-8")
    _write(tmp_path / "x" / "01.json", {"source": "https://example.org/a", "title": "液氨泄漏", "labels": LABELS})
    # the second annotator reads one injured and the substance by another name
    _write(tmp_path / "Bx" / "01.json", {"labels": {**LABELS, "injuries": 1, "chemicals": ["氨"]}})
    return tmp_path


def test_agreement_counts_each_field_and_lists_the_disputes(pool: Path) -> None:
    tally, disputes = waves.agree(pool, ["x"])
    assert tally["deaths"] == (1, 1)
    assert tally["injuries"] == (0, 1)
    assert tally["chemicals"] == (0, 1)
    assert disputes == [
        {"file": "x/01", "field": "injuries", "a": 2, "b": 1},
        {"file": "x/01", "field": "chemicals", "a": ["液氨"], "b": ["氨"]},
    ]


def test_a_loss_written_as_a_float_agrees_with_the_same_integer(pool: Path) -> None:
    _write(pool / "x" / "01.json", {"source": "s", "labels": {**LABELS, "direct_loss_cny": 1568000}})
    _write(pool / "Bx" / "01.json", {"labels": {**LABELS, "direct_loss_cny": 1568000.0}})
    tally, _ = waves.agree(pool, ["x"])
    assert tally["direct_loss_cny"] == (1, 1)


def test_a_text_without_a_second_label_is_named(pool: Path) -> None:
    (pool / "Bx" / "01.json").unlink()
    with pytest.raises(ValueError, match="x/01: no second label"):
        waves.agree(pool, ["x"])


def test_labels_lacking_a_field_are_refused_with_the_file_and_field(pool: Path) -> None:
    _write(pool / "Bx" / "01.json", {"labels": {k: v for k, v in LABELS.items() if k != "date"}})
    with pytest.raises(ValueError, match=r"Bx/01.json: labels lack date"):
        waves.agree(pool, ["x"])


def test_build_takes_agreed_fields_and_the_adjudicators_values(pool: Path) -> None:
    with pytest.raises(ValueError, match="x/01: field injuries is disputed and not settled"):
        waves.build(pool, "W1", ["x"])
    _write(pool / "adj" / "x_01.json", {"injuries": {"value": 2, "why": "造成…2人受伤"},
                                        "chemicals": {"value": ["液氨"], "why": "as written"}})
    out = waves.build(pool, "W1", ["x"])
    [gold] = load_labelled(out)
    assert gold.labels == LABELS
    assert gold.text == TEXT
    assert gold.source == "https://example.org/a"


def test_register_records_each_source_once_with_the_texts_hash(pool: Path, tmp_path: Path) -> None:
    settled = {"injuries": {"value": 2, "why": ""}, "chemicals": {"value": ["液氨"], "why": ""}}
    _write(pool / "adj" / "x_01.json", settled)
    out = waves.build(pool, "W1", ["x"])
    registry = tmp_path / "registry.jsonl"
    assert waves.register([out], registry) == 1
    assert waves.register([out], registry) == 0
    [line] = registry.read_text(encoding="utf-8").splitlines()
    rec = json.loads(line)
    assert rec["sha256"] == hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    assert (rec["wave"], rec["name"], rec["labels"]) == ("W1", "x_01", LABELS)
    assert waves.used_sources(registry) == {"https://example.org/a"}
