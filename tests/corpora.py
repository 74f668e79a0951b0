"""The two Chinese corpora of ../shared/data as the extraction tests read them: the hazardous-chemical cases (a JSON
array) and the construction-accident notices (a folder of .txt). Tests that need them skip when they are absent."""

from __future__ import annotations

from pathlib import Path

from ingest.reports import ReportText, read_reports

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
HAZMAT = SHARED / "cn-hazmat-cases" / "cases.json"
NOTICES = SHARED / "cn-mohurd-construction-notices" / "text" / "Accident"


def corpus_texts(notices: int | None = None) -> list[str]:
    """Every hazmat case's text, then the notices' (the first `notices` of them when given)."""
    texts = [r.text for r in read_reports(HAZMAT) if isinstance(r, ReportText)]
    if NOTICES.is_dir():
        texts += [r.text for r in read_reports(NOTICES) if isinstance(r, ReportText)][:notices]
    return texts
