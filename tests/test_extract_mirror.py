"""Mirror sites' pinyin notes (發(fā)生): read without them, spans mapped back onto the text as given."""

from __future__ import annotations

import pytest

from ingest.extract import extract_report
from ingest.extract.mirror import without_pinyin

LEAD = "2019年7月12日17时53分，"


def test_notes_taken_out_and_positions_kept() -> None:
    text = "罐車(chē)發(fā)生側翻"
    clean, where = without_pinyin(text)
    assert clean == "罐車發生側翻"
    assert where is not None and len(where) == len(clean) + 1
    assert "".join(text[i] for i in where[:-1]) == clean
    assert where[-1] == len(text)


@pytest.mark.parametrize("text", ["一辆LNG(液化天然气)槽车侧翻", "第(1)项", "事故(a)款", "无注音的文本"])
def test_other_brackets_are_left_alone(text: str) -> None:
    assert without_pinyin(text) == (text, None)


def test_a_mirror_text_is_read_and_its_spans_point_into_it() -> None:
    text = LEAD + "一輛液化天然氣槽車(chē)側翻，處(chǔ)置過(guò)程中未發(fā)生人員傷亡。"
    rep = extract_report(text)
    assert (rep.deaths, rep.injuries) == (0, 0)
    assert rep.length == len(text)
    span = rep.spans["deaths"]
    # (the span covers the words as the page wrote them, notes and all)
    assert text[span.start : span.end] == "未發(fā)生人員傷亡"
    counted = LEAD + "一輛罐車(chē)側翻，事故造成2人死(sǐ)亡。"
    rep = extract_report(counted)
    assert rep.deaths == 2
    assert counted[rep.spans["deaths"].start : rep.spans["deaths"].end] == "2人死(sǐ)亡"
    # (a note right after a span's last character is outside it)
    ended = LEAD + "一輛罐車側翻，事故造成2人死亡(wáng)。"
    rep = extract_report(ended)
    assert ended[rep.spans["deaths"].start : rep.spans["deaths"].end] == "2人死亡"


def test_a_text_without_notes_reads_as_before() -> None:
    text = LEAD + "一辆液化天然气槽车侧翻，处置过程中未发生人员伤亡。"
    rep = extract_report(text)
    assert (rep.deaths, rep.injuries) == (0, 0)
    span = rep.spans["deaths"]
    assert text[span.start : span.end] == "未发生人员伤亡"
