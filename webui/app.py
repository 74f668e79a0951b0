"""Application factory. Configuration comes from the environment (kb.Settings) or from the caller.

Config keys a caller may pass: DATA_DIR (default ANZHI_DATA_DIR), USERS_DB (path of the users database, default
<data dir>/users.db), SEARCH_DIR (the search index, default <data dir>/search),
SEARCH_CACHE (result-cache entries, default kb.search's), SECRET_KEY (default ANZHI_SECRET_KEY or a key generated into
<data dir>/secret_key), ANZHI_SECURE_COOKIES
(True/False, default from the environment, else Secure except on localhost), CSRF_ENABLED (default True),
LOGIN_DISABLED (only honoured with TESTING: every request acts as an admin named "test").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from flask import Flask, Response, g, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

import ontology
from kb import GraphStore, Settings, open_store
from kb.search import SearchIndex

from . import auth
from .common import cached_url, entity_url, type_colour
from .i18n import LANG_COOKIE, LANGS, choose_lang, current_lang, messages, node_title, t, type_label

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'"
)


def create_app(settings: Settings | None = None, store: GraphStore | None = None, **config: Any) -> Flask:
    app = Flask(__name__)
    settings = settings or Settings.from_env()
    app.config.update(
        JSON_AS_ASCII=False,
        SESSION_COOKIE_NAME="anzhi_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        CSRF_ENABLED=True,
    )
    app.config.update(**config)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.json.sort_keys = False  # type: ignore[attr-defined]
    data_dir = Path(app.config.get("DATA_DIR") or settings.data_dir)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = auth.secret_key(data_dir)
    onto = ontology.load()
    store = store or open_store(settings)
    # The index catches up with the graph at start (writes that reached the graph but not the index before a
    # crash, or made by another process such as an ingest) and then on search requests, see webui/search.py.
    index = SearchIndex(Path(app.config.get("SEARCH_DIR") or data_dir / "search"), onto)
    if app.config.get("SEARCH_CACHE") is not None:  # result-cache entries (the benchmark turns it off with 0)
        index.cache_size = int(app.config["SEARCH_CACHE"])
    index.sync(store)
    app.extensions["anzhi"] = {"onto": onto, "store": store, "search": index}
    auth.init_app(app, Path(app.config.get("USERS_DB") or data_dir / "users.db"))

    from .api import bp as api_bp
    from .browse import bp as browse_bp
    from .cases_pages import bp as cases_bp
    from .entity import bp as entity_bp
    from .plans import bp as plans_bp
    from .rules_pages import bp as rules_bp
    from .search import bp as search_bp

    app.register_blueprint(auth.bp)
    app.register_blueprint(browse_bp)
    app.register_blueprint(entity_bp)
    app.register_blueprint(search_bp)
    app.register_blueprint(api_bp)
    app.register_blueprint(cases_bp)
    app.register_blueprint(rules_bp)
    app.register_blueprint(plans_bp)

    @app.before_request
    def set_lang() -> None:
        g.lang = choose_lang()

    # set_lang must run before auth's checks so their messages are in the user's language.
    funcs = app.before_request_funcs[None]
    funcs.insert(0, funcs.pop())

    @app.after_request
    def headers(resp: Response) -> Response:
        if request.args.get("lang") in LANGS:
            resp.set_cookie(
                LANG_COOKIE,
                str(request.args["lang"]),
                max_age=365 * 24 * 3600,
                httponly=True,
                samesite="Lax",
                secure=auth.cookie_secure(app),
            )
        resp.headers.setdefault("Content-Security-Policy", CSP)
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "same-origin")
        resp.headers.setdefault("X-Frame-Options", "DENY")
        resp.headers["Content-Language"] = "zh-CN" if current_lang() == "zh" else "en"
        return resp

    # Globals (not a context processor) so that imported macros see them too.
    app.jinja_env.globals.update(
        t=t,
        type_label=type_label,
        type_colour=type_colour,
        entity_url=entity_url,
        cached_url=cached_url,
        node_title=node_title,
        lang_switch_url=lang_switch_url,
        json_url=json_url,
    )

    @app.context_processor
    def lang_() -> dict[str, Any]:
        lang = current_lang()
        return {"lang": lang, "T": messages(lang)}

    @app.errorhandler(HTTPException)
    def http_error(e: HTTPException) -> Any:
        code = e.code or 500
        title = t(f"error.{code}") if f"error.{code}" in _error_keys() else t("error.other")
        # Werkzeug's own descriptions are English; ours are already in the user's language.
        detail = e.description if e.description != type(e).description else ""
        if request.args.get("format") == "json" or request.path.startswith("/api/") or code == 401:
            return jsonify(error=e.name, code=code, title=title, detail=detail or title), code
        return render_template("error.html", code=code, title=title, detail=detail), code

    return app


def _error_keys() -> set[str]:
    from .i18n import MESSAGES

    return {k for k in MESSAGES if k.startswith("error.")}


def lang_switch_url() -> str:
    other = "en" if current_lang() == "zh" else "zh"
    args = {k: v for k, v in request.args.items() if k != "lang"}
    args["lang"] = other
    return f"{request.path}?{urlencode(args)}"


def json_url() -> str:
    args = {k: v for k, v in request.args.items() if k not in ("lang", "format")}
    args["format"] = "json"
    return f"{request.path}?{urlencode(args)}"
