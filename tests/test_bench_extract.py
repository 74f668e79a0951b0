"""`python -m bench.extract --labelled DIR`: scoring texts labelled outside the repository."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.extract import main

TEXTS = {
    # (text, labels): the labels a careful reader takes from each text (written for this test)
    "one": (
        "2021年4月6日9时，江苏省某市一化工厂的甲醇储罐发生爆炸，造成2人死亡、3人受伤，直接经济损失120万元。",
        {"date": "2021-04-06", "deaths": 2, "injuries": 3, "accident_type": "其他爆炸", "chemicals": ["甲醇"]},
    ),
    "two": (
        "2020年7月1日，山东省某县一辆运输液氨的槽罐车侧翻，液氨泄漏，造成5人中毒，无人员死亡。",
        {"date": "2020-07-01", "deaths": 0, "poisoned": 5, "accident_type": "中毒和窒息", "chemicals": ["液氨"]},
    ),
}


def _write(folder: Path, labels_of: dict[str, dict[str, object]]) -> None:
    folder.mkdir()
    for name, (text, labels) in TEXTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        rec = {"source": "test", "labels": {**labels, **labels_of.get(name, {})}}
        (folder / f"{name}.json").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")


def _row(out: str, field: str) -> list[float]:
    line = next(ln for ln in out.splitlines() if ln.startswith(field + " "))
    return [float(x) for x in line.split()[1:]]


def test_labelled_folders_are_scored_per_folder_and_pooled(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "right", {})
    _write(tmp_path / "wrong", {"one": {"injuries": 4}})  # a label the text does not support
    assert main(["--labelled", str(tmp_path / "right"), str(tmp_path / "wrong"), "--errors", "all"]) == 0
    out = capsys.readouterr().out
    assert "right(2)" in out and "wrong(2)" in out and "all(4)" in out
    deaths = _row(out, "deaths")
    assert deaths[2] == 1.0 and deaths[5] == 1.0  # F1 of each folder
    injuries = _row(out, "injuries")
    assert injuries[2] == 1.0 and injuries[3] == 0.0 and injuries[5] == 0.0  # P, R and F1 of "wrong": its one miss
    assert "[injuries] wrong/one.json: injuries gold=4 pred=3" in out
    assert _row(out, "chemicals")[8] == 1.0


def test_a_label_file_without_its_text_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "set", {})
    (tmp_path / "set" / "two.txt").unlink()
    assert main(["--labelled", str(tmp_path / "set")]) == 2
    err = capsys.readouterr().err
    assert "two.json" in err and "two.txt" in err and "missing" in err
