"""Access: login with hashed passwords, roles, CSRF tokens on every form, secure session cookies.

- Every page needs a signed-in user (any role reads); writes check their role with @requires_role.
- CSRF: a random token in the session, sent back by every POST form (`csrf_token`) or the `X-CSRF-Token`
  header, compared in constant time.
- Session cookie: HttpOnly, SameSite=Lax, Secure unless ANZHI_SECURE_COOKIES=0, or the request is for
  localhost / 127.0.0.1 / ::1, or the app is testing. ANZHI_SECURE_COOKIES=1 forces Secure everywhere.
- Secret key: ANZHI_SECRET_KEY, else a key generated once into <data dir>/secret_key (mode 600).
"""

from __future__ import annotations

import functools
import hmac
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    flash,
    g,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask.sessions import SecureCookieSessionInterface

from .i18n import t
from .users import ROLES, User, UserError, UserStore

if TYPE_CHECKING:
    from itsdangerous import URLSafeTimedSerializer

F = TypeVar("F", bound=Callable[..., Any])
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]"}
PUBLIC_ENDPOINTS = {"auth.login", "static", "auth.logout"}
JSON_ENDPOINTS = {"entity.graph"}
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}

bp = Blueprint("auth", __name__)


def _secure_setting() -> bool | None:
    raw = os.environ.get("ANZHI_SECURE_COOKIES", "").strip().lower()
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    return None


def cookie_secure(app: Flask) -> bool:
    forced = app.config.get("ANZHI_SECURE_COOKIES")
    if forced is None:
        forced = _secure_setting()
    if forced is not None:
        return bool(forced)
    if app.testing:
        return False
    host = (
        (request.host or "").rsplit(":", 1)[0] if not request.host.startswith("[") else request.host.split("]")[0] + "]"
    )
    return host not in LOCAL_HOSTS


class AnzhiSessionInterface(SecureCookieSessionInterface):
    """Secure cookies except on localhost (plain http for the demo) and in tests."""

    _signing: tuple[Any, URLSafeTimedSerializer | None] | None = None

    def get_cookie_secure(self, app: Flask) -> bool:
        return cookie_secure(app)

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        """Flask's serializer (same keys, salt and signer), kept while the secret key and its fallbacks stay the
        same instead of built on every request. It holds no per-request state."""
        keys = (app.secret_key, tuple(app.config.get("SECRET_KEY_FALLBACKS") or ()))
        cached = self._signing
        if cached is None or cached[0] != keys:
            cached = self._signing = (keys, super().get_signing_serializer(app))
        return cached[1]


def secret_key(data_dir: Path) -> str:
    key = os.environ.get("ANZHI_SECRET_KEY", "").strip()
    if key:
        return key
    path = data_dir / "secret_key"
    if path.exists():
        return path.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(key + "\n")
    return key


def csrf_token() -> str:
    tok = session.get("csrf")
    if not isinstance(tok, str):
        tok = secrets.token_urlsafe(32)
        session["csrf"] = tok
    return tok


def users() -> UserStore:
    return cast(UserStore, current_app.extensions["anzhi"]["users"])


def current_user() -> User | None:
    return cast(User | None, getattr(g, "user", None))


def _wants_json() -> bool:
    return request.args.get("format") == "json" or request.accept_mimetypes.best == "application/json"


def requires_role(*roles: str) -> Callable[[F], F]:
    """The view needs a signed-in user holding one of `roles` (admin holds them all); 403 otherwise."""
    for r in roles:
        if r not in ROLES:
            raise ValueError(f"unknown role {r!r}")

    def deco(view: F) -> F:
        @functools.wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            user = current_user()
            if user is None:
                abort(401)
            if not user.has_role(*roles):
                names = "、".join(t(f"role.{r}") for r in roles)
                abort(403, description=t("error.role", roles=names))
            return view(*args, **kwargs)

        wrapped.required_roles = roles  # type: ignore[attr-defined]
        return cast(F, wrapped)

    return deco


def init_app(app: Flask, users_db: Path) -> None:
    app.session_interface = AnzhiSessionInterface()
    app.extensions["anzhi"]["users"] = UserStore(users_db)
    app.jinja_env.globals["csrf_token"] = csrf_token
    app.jinja_env.globals["current_user"] = current_user

    @app.before_request
    def load_user() -> Any:
        g.user = None
        name = session.get("user")
        if isinstance(name, str):
            g.user = users().get(name)
            if g.user is None:
                session.pop("user", None)
        if app.config.get("LOGIN_DISABLED") and app.testing and g.user is None:
            g.user = User("test", ("admin",), "")
        if request.method in UNSAFE_METHODS and app.config["CSRF_ENABLED"]:
            sent = request.form.get("csrf_token") or request.headers.get("X-CSRF-Token") or ""
            expected = session.get("csrf")
            if not isinstance(expected, str) or not hmac.compare_digest(sent, expected):
                abort(400, description=t("error.csrf"))
        if g.user is None and request.endpoint not in PUBLIC_ENDPOINTS:
            if _wants_json() or request.method != "GET" or request.endpoint in JSON_ENDPOINTS:
                abort(401)
            flash(t("login.required"))
            return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
        return None


def _safe_next(target: str | None) -> str:
    if not target:
        return url_for("browse.home")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return url_for("browse.home")
    return target


@bp.route("/login", methods=["GET", "POST"])
def login() -> Any:
    error = None
    if request.method == "POST":
        user = users().verify(request.form.get("username", ""), request.form.get("password", ""))
        if user is not None:
            session.clear()
            session["user"] = user.username
            session.permanent = False
            csrf_token()  # a fresh token for the new session
            return redirect(_safe_next(request.args.get("next")))
        error = t("login.failed")
    if _wants_json():
        return jsonify(user=None, error=error, csrf_token=csrf_token()), (401 if error else 200)
    return render_template("login.html", error=error, next=request.args.get("next", "")), (401 if error else 200)


@bp.post("/logout")
def logout() -> Any:
    session.clear()
    flash(t("logout.done"))
    return redirect(url_for("auth.login"))


@bp.route("/admin/users", methods=["GET", "POST"])
@requires_role("admin")
def admin_users() -> Any:
    message = error = None
    status = 200
    if request.method == "POST":
        name = request.form.get("username", "").strip()
        roles = request.form.getlist("roles")
        try:
            users().add(name, request.form.get("password", ""), roles)
            message = t("users.added", user=name)
            status = 201
        except UserError as e:
            error = t("users.exists", user=name) if "already exists" in str(e) else t("users.invalid")
            status = 409 if "already exists" in str(e) else 400
    listed = [{"username": u.username, "roles": list(u.roles), "created_at": u.created_at} for u in users().list()]
    data = {"users": listed, "roles": list(ROLES), "message": message, "error": error}
    if _wants_json():
        return jsonify(data), status
    return render_template("users.html", data=data), status
