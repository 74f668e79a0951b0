"""Application factory. Configuration comes from the environment (kb.Settings) or from the caller."""

from __future__ import annotations

from typing import Any

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

import ontology
from kb import GraphStore, Settings, open_store


def create_app(settings: Settings | None = None, store: GraphStore | None = None, **config: Any) -> Flask:
    app = Flask(__name__)
    app.config.update(JSON_AS_ASCII=False, **config)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    onto = ontology.load()
    app.extensions["anzhi"] = {"onto": onto, "store": store or open_store(settings or Settings.from_env())}

    from .browse import bp as browse_bp

    app.register_blueprint(browse_bp)

    @app.errorhandler(HTTPException)
    def http_error(e: HTTPException) -> Any:
        from flask import render_template, request

        if request.args.get("format") == "json" or request.path.startswith("/api/"):
            return jsonify(error=e.name, detail=e.description), e.code
        return render_template("error.html", error=e), e.code

    return app
