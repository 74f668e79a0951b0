"""`ingest KIND PATH [--dry-run]`: the command, for run.py (add_commands) and `python -m ingest`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import ontology
from kb import Settings, StoreError, open_store

from .base import Importer
from .runner import run_import, summary_table


def importers() -> dict[str, Importer]:
    from .chemprops import ChemPropsImporter
    from .hazchem import HazchemImporter
    from .regulation import RegulationImporter
    from .reports import ReportsImporter
    from .riskchain import RiskChainImporter
    from .rmp import RmpImporter

    found: list[Importer] = [
        RmpImporter(),
        HazchemImporter(),
        ChemPropsImporter(),
        RiskChainImporter(),
        RegulationImporter(),
        ReportsImporter(),
    ]
    return {i.kind: i for i in found}


KINDS = ("rmp", "hazchem", "chemprops", "riskchain", "regulation", "reports")


def store_id(settings: Settings) -> str:
    """Which store a checkpoint belongs to: a resumed run must write into the same one."""
    if settings.backend == "ladybug":
        return f"ladybug:{Path(settings.data_dir).resolve()}"
    return f"{settings.backend}:{settings.neo4j_uri}/{settings.neo4j_database}"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=KINDS, metavar="KIND", help=f"what to import: {', '.join(KINDS)}")
    p.add_argument("path", type=Path, metavar="PATH", help="the data set folder (or one file of it)")
    p.add_argument("--dry-run", action="store_true", help="read, validate and compare; write nothing")
    p.add_argument("--limit", type=int, default=None, help="import only the first N source records")
    p.add_argument("--batch-size", type=int, default=200, help="source records per transaction (default 200)")


def add_commands(subparsers: Any) -> None:
    """Add `ingest` to run.py's subcommands; run.py dispatches "ingest" to `cmd_ingest`."""
    p = subparsers.add_parser("ingest", help="import a data set: " + ", ".join(KINDS))
    add_arguments(p)
    p.set_defaults(handler=cmd_ingest)


def cmd_ingest(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    store = open_store(settings)
    try:
        store.apply_schema(ontology.load())  # idempotent; a dry run needs the (empty) tables to compare against
        result = run_import(
            importers()[args.kind],
            args.path,
            store,
            state_dir=Path(settings.data_dir),
            store_id=store_id(settings),
            batch_size=args.batch_size,
            dry_run=args.dry_run,
            limit=args.limit,
        )
    finally:
        store.close()
    print(summary_table(result))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest", description="Anzhi ingest: import a data set")
    add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        return cmd_ingest(args)
    except (StoreError, ontology.RecordError, FileNotFoundError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
