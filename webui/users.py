"""Users of the web UI: application state, not domain facts, so they live in a small SQLite file (var/users.db).

Passwords are hashed with werkzeug.security (scrypt). Roles: viewer, investigator, planner, rule_author, admin;
admin may do everything, every signed-in user may read.

    python run.py users add NAME --role admin [--role planner] [--password-stdin]
    python run.py users list
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import re
import secrets
import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from werkzeug.security import check_password_hash, generate_password_hash

ROLES = ("viewer", "investigator", "planner", "rule_author", "admin")
USERNAME = re.compile(r"^[A-Za-z0-9._-]{3,32}$")
MIN_PASSWORD = 8
HASH_METHOD = "scrypt"


class UserError(ValueError):
    """A user cannot be created or changed; the message is meant for a person."""


@dataclass(frozen=True)
class User:
    username: str
    roles: tuple[str, ...]
    created_at: str

    def has_role(self, *roles: str) -> bool:
        return "admin" in self.roles or any(r in self.roles for r in roles)


def default_path() -> Path:
    from kb import Settings

    return Settings.from_env().data_dir / "users.db"


class UserStore:
    def __init__(self, path: str | Path, *, hash_method: str = HASH_METHOD) -> None:
        self.path = Path(path)
        self.hash_method = hash_method
        self._local = threading.local()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._conn() as c:
            c.execute(
                "CREATE TABLE IF NOT EXISTS users (username TEXT PRIMARY KEY, password_hash TEXT NOT NULL, "
                "roles TEXT NOT NULL, created_at TEXT NOT NULL)"
            )
        try:
            os.chmod(self.path, 0o600)
        except OSError:
            pass

    @contextmanager
    def _conn(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, timeout=10)
        try:
            with conn:
                yield conn
        finally:
            conn.close()

    def _reader(self) -> sqlite3.Connection:
        """This thread's connection for the lookup every request makes (`get`): opening one per request cost more
        than the query. A connection per thread (sqlite3 connections are not shared between threads); autocommit,
        so each SELECT sees the latest commit of any connection or process. Writes keep a connection of their own."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            self._local.conn = conn
        return conn

    def add(self, username: str, password: str, roles: list[str] | tuple[str, ...]) -> User:
        if not USERNAME.match(username):
            raise UserError(f"user name {username!r}: 3–32 letters, digits, '.', '_' or '-'")
        if len(password) < MIN_PASSWORD:
            raise UserError(f"password: at least {MIN_PASSWORD} characters")
        bad = [r for r in roles if r not in ROLES]
        if bad or not roles:
            raise UserError(f"roles {list(roles)!r}: choose from {', '.join(ROLES)}")
        clean = tuple(r for r in ROLES if r in roles)
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        try:
            with self._conn() as c:
                c.execute(
                    "INSERT INTO users (username, password_hash, roles, created_at) VALUES (?, ?, ?, ?)",
                    (username, generate_password_hash(password, method=self.hash_method), ",".join(clean), now),
                )
        except sqlite3.IntegrityError:
            raise UserError(f"user {username!r} already exists") from None
        return User(username, clean, now)

    def set_password(self, username: str, password: str) -> None:
        if len(password) < MIN_PASSWORD:
            raise UserError(f"password: at least {MIN_PASSWORD} characters")
        with self._conn() as c:
            n = c.execute(
                "UPDATE users SET password_hash = ? WHERE username = ?",
                (generate_password_hash(password, method=self.hash_method), username),
            ).rowcount
        if not n:
            raise UserError(f"no user {username!r}")

    def get(self, username: str) -> User | None:
        rows = self._reader().execute(
            "SELECT username, roles, created_at FROM users WHERE username = ?", (username,)
        ).fetchall()
        row = rows[0] if rows else None
        return User(row[0], tuple(r for r in row[1].split(",") if r), row[2]) if row else None

    def verify(self, username: str, password: str) -> User | None:
        with self._conn() as c:
            row = c.execute("SELECT password_hash FROM users WHERE username = ?", (username,)).fetchone()
        if row is None:
            # Same work as a real check, so timing does not tell which user names exist.
            check_password_hash(_DUMMY_HASH, password)
            return None
        return self.get(username) if check_password_hash(row[0], password) else None

    def list(self) -> list[User]:
        with self._conn() as c:
            rows = c.execute("SELECT username, roles, created_at FROM users ORDER BY username").fetchall()
        return [User(r[0], tuple(x for x in r[1].split(",") if x), r[2]) for r in rows]

    def count(self) -> int:
        with self._conn() as c:
            return int(c.execute("SELECT count(*) FROM users").fetchone()[0])


_DUMMY_HASH = generate_password_hash("not a password", method=HASH_METHOD)


def ensure_demo_users(path: str | Path | None = None) -> dict[str, str] | None:
    """Create one user per role (named after the role) with a random password, the first time only.

    Returns {role: password} when the users were created (print them once), None when users exist already.
    """
    store = UserStore(path or default_path())
    if store.count():
        return None
    passwords = {role: secrets.token_urlsafe(12) for role in ROLES}
    for role, pw in passwords.items():
        store.add(role, pw, [role])
    return passwords


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The `users` sub-command of run.py: `users add NAME --role ROLE…`, `users list`."""
    users = sub.add_parser("users", help="manage web UI users (var/users.db)")
    users_sub = users.add_subparsers(dest="users_command", required=True)
    add = users_sub.add_parser("add", help="add a user")
    add.add_argument("username")
    add.add_argument("--role", action="append", choices=ROLES, required=True, help="a role; repeat for several")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin (no prompt)")
    add.add_argument("--db", help="users database (default: $ANZHI_DATA_DIR/users.db)")
    lst = users_sub.add_parser("list", help="list users and roles")
    lst.add_argument("--db", help="users database (default: $ANZHI_DATA_DIR/users.db)")


def add_user_command(args: argparse.Namespace) -> int:
    """Run `users add` / `users list`; returns the exit status."""
    store = UserStore(args.db or default_path())
    if args.users_command == "list":
        for u in store.list():
            print(f"{u.username}\t{','.join(u.roles)}\t{u.created_at}")
        return 0
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"password for {args.username}: ")
        if getpass.getpass("again: ") != password:
            print("error: the passwords differ", file=sys.stderr)
            return 2
    try:
        user = store.add(args.username, password, args.role)
    except UserError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(f"user {user.username} added with roles {', '.join(user.roles)} to {store.path}")
    return 0
