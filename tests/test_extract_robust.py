"""The extractor reads whatever a web page or a clerk typed: a mistyped year ("1013年10月14日"), a month or a day out of
range, a day of the week that is none, huge or odd counts, brackets and quotes left open, a text cut off anywhere.
Here such pieces are put into both Chinese corpora's texts at places a seeded generator picks, and every text must
come out as a report whose fields are sane, never as an exception (an exception would send the whole record to
quarantine). A real text with a mistyped year broke the date reader once; this test finds that on the code before
the fix."""

from __future__ import annotations

import datetime as dt
import math
import random
import re

import pytest

from ingest.extract import extract_report
from ingest.extract.report import ExtractedReport
from tests.corpora import HAZMAT, corpus_texts

# pieces that are dates, counts, names and punctuation gone wrong, as pages and typists get them wrong
ODD_PIECES = [
    "1013年10月14日",
    "0年0月0日",
    "二〇二三年十三月三十二日",
    "２０２３年１２月３１日",
    "9999-99-99",
    "2023.13.45",
    "45/13/2023",
    "今（99）日",
    "昨(0)日",
    "周八",
    "29日是事故发生第0天",
    "“6·32”",
    "“13.45”事故",
    "99999999999999人死亡",
    "十万万人死亡",
    "零人受伤",
    "600多人受伤，640人正在抢救",
    "其中可能都受伤",
    "直接经济损失亿元",
    "损失1e99万元",
    "直接经济损失" + "9" * 400 + "万元",
    "直接经济损失" + "一二三四五六七八九十百千万亿" * 30 + "元",
    "造成" + "一" * 60 + "人死亡",
    "-5人死亡",
    "1，000人受伤",
    "\x00",
    "\ufeff",
    "😀",
    "<p>&nbsp;</div>",
    "(",
    "）",
    "“",
    "”",
    "\n\n\n",
    "。。。",
]


def _garbled(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 6)):
        at = rng.randint(0, len(text))
        text = text[:at] + rng.choice(ODD_PIECES) + text[at:]
    if rng.random() < 0.3:
        text = text[: rng.randint(0, len(text))]
    return text


def _sane(rep: ExtractedReport) -> None:
    if rep.date is not None:
        assert 1900 <= dt.date.fromisoformat(rep.date).year <= 2100
    if rep.time is not None:
        assert re.fullmatch(r"(?:[01]\d|2[0-3]):[0-5]\d", rep.time)
    for n in (rep.deaths, rep.injuries, rep.serious_injuries, rep.missing, rep.poisoned):
        assert n is None or (isinstance(n, int) and n >= 0)
    assert rep.direct_loss_cny is None or 0 <= rep.direct_loss_cny < math.inf
    for name, span in rep.spans.items():
        assert 0 <= span.start <= span.end <= rep.length, name


@pytest.mark.skipif(not HAZMAT.exists(), reason="needs ../shared/data")
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_garbled_texts_come_out_as_sane_reports(seed: int) -> None:
    rng = random.Random(seed)
    texts = corpus_texts(notices=150)
    assert len(texts) > 100
    for text in rng.sample(texts, 120):
        garbled = _garbled(text, rng)
        title = rng.choice(["", "“6·32”事故", garbled[:20]])
        _sane(extract_report(garbled, title))


def test_the_forms_that_broke_the_date_reader_are_read_without_error() -> None:
    # a full date whose year is out of range under a page stamp; a day 0 shortly before the day of the reporting
    rep = extract_report("2013年10月17日 来源：某报\n1013年10月14日 00:20 左右，某公司矿山发生冒顶事故，1人遇难。")
    assert (rep.date, rep.deaths) == (None, 1)
    rep = extract_report("2013年11月2日，某局通报，0日10时10分左右，某工程发生坍塌事故，造成5人死亡。")
    assert rep.deaths == 5


def test_more_dead_than_injured_leaves_no_negative_count() -> None:
    # (the dead taken out of the injured only when they can be part of them)
    rep = extract_report("2021年3月4日，某厂发生爆炸，零人受伤，其中3人经抢救无效死亡。")
    assert (rep.deaths, rep.injuries) == (3, 0)
    rep = extract_report("2021年3月4日，某厂发生爆炸，5人受伤，其中3人经抢救无效死亡。")
    assert (rep.deaths, rep.injuries) == (3, 2)


def test_a_text_cut_inside_a_character_is_read_and_hashed_as_its_bytes() -> None:
    # a file read with errors="surrogateescape", cut in the middle of a character: the segmenter cannot encode the
    # lone surrogates, which are read as U+FFFD; the sha256 is that of the file's own bytes
    import hashlib

    data = "2021年3月4日，某厂发生爆炸，造成2人死亡。".encode() + "事".encode()[:2]
    text = data.decode("utf-8", "surrogateescape")
    rep = extract_report(text)
    assert (rep.date, rep.deaths, rep.length) == ("2021-03-04", 2, len(text))
    assert rep.sha256 == hashlib.sha256(data).hexdigest()
    # (any other lone surrogate is read too)
    assert extract_report(text.replace("\udcba", "\ud800")).deaths == 2
