"""The Flask web UI: application factory and blueprints."""

from .app import create_app

__all__ = ["create_app"]
