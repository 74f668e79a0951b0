"""Several extraction patterns start with a lookahead of their first characters, `(?=[…])`, only so that the regex
scan skips other positions fast (a pattern that starts with a lookbehind has no fixed first character). Such a
lookahead must never change a match: here each one is taken off again and both forms must find the same matches
on both Chinese corpora. A new alternative that starts with a character the lookahead lacks fails here."""

from __future__ import annotations

import re

import pytest

from ingest.extract import casualties, chemicals, dates, extract, furniture
from ingest.extract.numerals import normalise_digits
from tests.corpora import HAZMAT, corpus_texts

LEADING_AHEAD = re.compile(r"^\(\?=\[[^\]]*\]\)")


def _with_leading_lookahead() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for mod in (casualties, chemicals, dates, extract, furniture):
        for name, value in vars(mod).items():
            if isinstance(value, re.Pattern) and LEADING_AHEAD.match(value.pattern):
                out.append((f"{mod.__name__}.{name}", value))
    return out


def test_there_are_such_patterns() -> None:
    names = {n.rsplit(".", 1)[1] for n, _ in _with_leading_lookahead()}
    assert {"HURT_ANY", "INJ_ITEM", "LISTED_HURT", "LOSS_RE", "DAY_RE", "DATELINE_MD"} <= names


@pytest.mark.skipif(not HAZMAT.exists(), reason="needs ../shared/data")
@pytest.mark.parametrize("name,pattern", _with_leading_lookahead(), ids=lambda x: x if isinstance(x, str) else "")
def test_leading_lookahead_changes_no_match(name: str, pattern: re.Pattern[str]) -> None:
    plain = re.compile(LEADING_AHEAD.sub("", pattern.pattern), pattern.flags)
    texts = corpus_texts()
    for text in texts:
        norm = normalise_digits(text)
        got = [(m.span(), m.groups()) for m in pattern.finditer(norm)]
        assert got == [(m.span(), m.groups()) for m in plain.finditer(norm)], (name, text[:40])
