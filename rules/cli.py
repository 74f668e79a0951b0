"""`rules` commands for run.py: `rules test [PACK]`, `rules list`.

run.py calls `add_commands(subparsers)`; each command is dispatched through the parser's `func` default.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .engine import Engine
from .pack import Pack, PackError, load, shipped
from .testing import run_pack


def _packs(names: list[str]) -> list[Pack]:
    """Shipped packs by id or file stem, or pack files by path; all shipped packs when no name is given."""
    paths = shipped()
    if not names:
        return [load(p) for p in paths]
    out: list[Pack] = []
    for name in names:
        path = Path(name)
        if path.suffix in (".yaml", ".yml") and path.exists():
            out.append(load(path))
            continue
        hits = [p for p in paths if p.stem == name]
        if not hits:
            hits = [p for p in paths if load(p).id == name]
        if not hits:
            raise PackError(name, f"no such pack (shipped: {', '.join(p.stem for p in paths)})")
        out.append(load(hits[0]))
    return out


def cmd_test(args: argparse.Namespace) -> int:
    try:
        packs = _packs(args.packs)
        for p in packs:
            Engine([p])  # compile errors surface here, with pack, rule and line
    except PackError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    failed = total = 0
    for pack in packs:
        t0 = time.perf_counter()
        results = run_pack(pack)
        bad = [r for r in results if not r.passed]
        total += len(results)
        failed += len(bad)
        status = "ok" if not bad else "FAIL"
        print(f"{status:4} {pack.id} {pack.version}: {len(pack.rules)} rules, "
              f"{len(results) - len(bad)}/{len(results)} cases passed ({time.perf_counter() - t0:.2f} s)")
        for r in results:
            if args.verbose or not r.passed:
                mark = "  pass" if r.passed else "  FAIL"
                print(f"{mark} {r.rule_id} line {r.line}: {r.case} — {r.detail}")
    print(f"{total - failed}/{total} cases passed" + (f", {failed} FAILED" if failed else ""))
    return 1 if failed else 0


def cmd_list(args: argparse.Namespace) -> int:
    try:
        packs = _packs([])
    except PackError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for pack in packs:
        print(f"{pack.id} {pack.version} — {pack.title} ({pack.authority}; {', '.join(pack.industries)}): "
              f"{len(pack.rules)} rules")
        if args.rules:
            for r in pack.rules:
                print(f"  {r.id} [{r.warning_level}] {r.title} — {r.basis}")
    return 0


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rules = subparsers.add_parser("rules", help="rule packs: run their embedded tests, list them")
    sub = rules.add_subparsers(dest="rules_command", required=True)
    test = sub.add_parser("test", help="run the embedded test cases of the shipped packs (or the named ones)")
    test.add_argument("packs", nargs="*", metavar="PACK", help="pack id, file stem, or path to a pack .yaml")
    test.add_argument("-v", "--verbose", action="store_true", help="print every case, not only failures")
    test.set_defaults(func=cmd_test)
    lst = sub.add_parser("list", help="list the shipped packs")
    lst.add_argument("--rules", action="store_true", help="list each pack's rules too")
    lst.set_defaults(func=cmd_list)
    from .service import add_backtest_command  # the service needs the graph; test and list do not

    add_backtest_command(sub)


def main(argv: list[str] | None = None) -> int:
    """`python -m rules.cli …` until run.py wires the commands in."""
    parser = argparse.ArgumentParser(prog="rules")
    add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
