"""Anzhi command line: wires the store, the demo and the web app together.

python run.py              serve the web app on the configured store, loading the demo into an empty store
python run.py serve        the same, with --host/--port/--workers/--threads
python run.py schema       apply the ontology's schema to the store
python run.py load-demo    load the demo knowledge base (idempotent)
python run.py check        report store health, with a fix when it is unreachable or misconfigured
"""

from __future__ import annotations

import argparse
import sys

import ontology
from cases.plan_matching import choose_plan
from ingest import cli as ingest_cli
from kb import GraphStore, Settings, StoreError, count_by_type, open_store
from kb import search as search_cli
from kb.demo import load_demo
from rules import PackError
from rules.cli import add_commands as add_rules_commands
from rules.replay import add_commands as add_findings_commands
from webui import users


def _open() -> GraphStore:
    return open_store(Settings.from_env())


def cmd_schema(args: argparse.Namespace) -> int:
    store = _open()
    statements = store.apply_schema(ontology.load())
    print(f"schema applied to {store.backend}: {len(statements)} statements")
    store.close()
    return 0


def cmd_load_demo(args: argparse.Namespace) -> int:
    store = _open()
    onto = ontology.load()
    store.apply_schema(onto)
    summary = load_demo(store, onto)
    print(
        f"demo loaded into {store.backend}: {summary.created} created, {summary.updated} updated, "
        f"{summary.unchanged} unchanged (nodes and relationships)"
    )
    store.close()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    store = _open()
    health = store.health()
    store.close()
    if health.ok:
        print(f"ok: {health.backend}: {health.detail}")
        return 0
    print(f"not ok: {health.backend}: {health.detail}. Fix: {health.fix}", file=sys.stderr)
    return 1


def cmd_reindex(args: argparse.Namespace) -> int:
    store = _open()
    onto = ontology.load()
    n = search_cli.cmd_reindex(store, onto)
    store.close()
    return n


def cmd_serve(args: argparse.Namespace) -> int:
    from webui.serving import serve

    passwords = users.ensure_demo_users()
    if passwords:
        print("demo users, one per role (passwords shown only this once):")
        for role, password in passwords.items():
            print(f"  {role:<12} {password}")

    def prepare(store: GraphStore) -> None:
        onto = ontology.load()
        store.apply_schema(onto)
        if sum(count_by_type(store, onto).values()) == 0:
            summary = load_demo(store, onto)
            print(f"empty store: demo loaded ({summary.created} facts)", flush=True)

    return serve(Settings.from_env(), host=args.host, port=args.port, workers=args.workers, threads=args.threads,
                 prepare=prepare)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="run.py", description="Anzhi (安知) industrial-safety knowledge base")
    sub = parser.add_subparsers(dest="command")
    serve = sub.add_parser("serve", help="serve the web app (the default command)")
    for p in (parser, serve):
        p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
        p.add_argument("--port", type=int, default=5000, help="port (default 5000)")
        p.add_argument("--workers", type=int, default=None,
                       help="server processes (default: one per core, 2 to 8; 1 serves from this process alone)")
        p.add_argument("--threads", type=int, default=None,
                       help="threads per process (default 1 with several processes, else 2; raise it over Neo4j, "
                            "where requests wait on the network)")
    serve.set_defaults(handler=cmd_serve)
    sub.add_parser("schema", help="apply the ontology's schema to the store").set_defaults(handler=cmd_schema)
    sub.add_parser("load-demo", help="load the demo knowledge base (idempotent)").set_defaults(handler=cmd_load_demo)
    sub.add_parser("check", help="report store health").set_defaults(handler=cmd_check)
    sub.add_parser("reindex", help="rebuild the search index from the graph").set_defaults(handler=cmd_reindex)
    ingest_cli.add_commands(sub)
    users.add_arguments(sub)
    sub.choices["users"].set_defaults(handler=users.add_user_command)
    add_rules_commands(sub)
    add_findings_commands(sub, plan_chooser=choose_plan)  # recommendations SUGGESTS_PLAN the matcher's best plan
    args = parser.parse_args(argv)
    command = getattr(args, "handler", None) or getattr(args, "func", None) or cmd_serve
    try:
        return int(command(args))
    except (StoreError, ontology.RecordError, FileNotFoundError, users.UserError, PackError) as e:
        # One clear line, not a stack trace: these errors say what is wrong and how to fix it.
        print(f"error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
