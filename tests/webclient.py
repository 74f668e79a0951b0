"""Shared set-up for the Flask test-client suites: an app over a given store with one user per role, and login."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from kb import GraphStore
from webui import create_app
from webui.users import ROLES, UserStore

PASSWORD = "correct horse battery"
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def app_with_users(store: GraphStore, tmp: Path, **config: Any) -> Flask:
    """The app over `store`, its data in `tmp`, with a user named after each role holding just that role."""
    users = UserStore(tmp / "users.db", hash_method="pbkdf2:sha256:1000")  # fast for tests; the default is scrypt
    for role in ROLES:
        users.add(role, PASSWORD, [role])
    settings = {"TESTING": True, "SECRET_KEY": "x", "DATA_DIR": str(tmp), "USERS_DB": str(tmp / "users.db")}
    return create_app(store=store, **{**settings, **config})


def login(app: Flask, role: str) -> tuple[FlaskClient, str]:
    """A client signed in as the user `role`, and its session's CSRF token."""
    c = app.test_client()
    token = TOKEN.search(c.get("/login").get_data(as_text=True))
    assert token
    r = c.post("/login", data={"username": role, "password": PASSWORD, "csrf_token": token.group(1)})
    assert r.status_code == 302
    return c, c.get("/login?format=json").get_json()["csrf_token"]
