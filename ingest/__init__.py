"""Ingest: structured importers of the shared data sets, with provenance, quarantine and resume.

`python run.py ingest KIND PATH [--dry-run]` (or `python -m ingest …`); see docs/operations.md.
"""

from .base import Importer, Node, Reject, SourceDoc, Unit, normalise_cas
from .runner import Counts, Result, Runner, run_import, summary_table

__all__ = [
    "Counts",
    "Importer",
    "Node",
    "Reject",
    "Result",
    "Runner",
    "SourceDoc",
    "Unit",
    "normalise_cas",
    "run_import",
    "summary_table",
]
