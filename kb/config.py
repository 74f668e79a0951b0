"""Configuration from the environment, and opening the configured store."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .store import GraphStore, StoreError

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CHECKPOINT_MB = 64  # see Settings.ladybug_checkpoint_mb


@dataclass(frozen=True)
class Settings:
    backend: str = "ladybug"
    data_dir: Path = ROOT / "var"
    neo4j_uri: str = "bolt://127.0.0.1:7687"
    neo4j_user: str = "neo4j"
    neo4j_password: str = ""
    neo4j_database: str = "neo4j"
    # LadybugDB writes its log into the database file when the log passes this size (and on close). Its default,
    # 16 MB, is about 800 imported reports, and each such checkpoint rewrites every relationship table the
    # import touched: 64 MB made a 2,000-report import 101 -> 129 reports/s, checkpoints included
    # (docs/benchmarks.md, "Write path"), for up to 64 MB of log to replay after a crash.
    ladybug_checkpoint_mb: int = DEFAULT_CHECKPOINT_MB

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        e = os.environ if env is None else env
        return cls(
            backend=e.get("ANZHI_BACKEND", cls.backend).strip().lower(),
            data_dir=Path(e.get("ANZHI_DATA_DIR", str(cls.data_dir))),
            neo4j_uri=e.get("ANZHI_NEO4J_URI", cls.neo4j_uri),
            neo4j_user=e.get("ANZHI_NEO4J_USER", cls.neo4j_user),
            neo4j_password=e.get("ANZHI_NEO4J_PASSWORD", cls.neo4j_password),
            neo4j_database=e.get("ANZHI_NEO4J_DATABASE", cls.neo4j_database),
            ladybug_checkpoint_mb=_positive_int(e, "ANZHI_LADYBUG_CHECKPOINT_MB", cls.ladybug_checkpoint_mb),
        )


def _positive_int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value <= 0:
        raise StoreError(f"{name}={raw!r} is not a positive whole number (megabytes; default {default})")
    return value


def open_store(settings: Settings | None = None) -> GraphStore:
    """The store the settings name. Raises StoreUnavailable with a one-line reason and fix."""
    s = settings or Settings.from_env()
    if s.backend == "ladybug":
        from .ladybug_store import LadybugStore

        return LadybugStore(s.data_dir, checkpoint_mb=s.ladybug_checkpoint_mb)
    if s.backend == "neo4j":
        from .neo4j_store import Neo4jStore

        return Neo4jStore(s.neo4j_uri, s.neo4j_user, s.neo4j_password, s.neo4j_database)
    raise StoreError(f"ANZHI_BACKEND={s.backend!r} is not a backend: use 'ladybug' (default) or 'neo4j'")
