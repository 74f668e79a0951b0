"""Chinese accident-report extraction: spaCy blank("zh") with an rjieba tokenizer, gazetteers from the ontology.

`extract_report(text)` turns one report into an `ExtractedReport`; every value carries its character span.
"""

from .extract import Cause, ExtractedReport, Lesson, Party, Responsibility, Span, extract_report
from .numerals import cn_to_int, parse_amount_cny
from .patterns import Gazetteer, load_gazetteer

__all__ = [
    "Cause",
    "ExtractedReport",
    "Gazetteer",
    "Lesson",
    "Party",
    "Responsibility",
    "Span",
    "cn_to_int",
    "extract_report",
    "load_gazetteer",
    "parse_amount_cny",
]
