"""Checkpoints: after each committed batch, how many units of which source went into which store.

A checkpoint is keyed by the content hash of the source files (and the options that change what is read)
and by the store; a run whose key matches resumes after the committed units, any other run starts afresh.
It is written atomically (temporary file, then rename), after the batch's transaction has committed.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Checkpoint:
    kind: str
    source_hash: str
    store: str
    done: int = 0
    quarantine_file: str = ""
    counts: dict[str, Any] = field(default_factory=dict)

    @staticmethod
    def path(state_dir: Path, kind: str) -> Path:
        return state_dir / "ingest" / f"{kind}.checkpoint.json"

    @classmethod
    def load(cls, state_dir: Path, kind: str) -> Checkpoint | None:
        p = cls.path(state_dir, kind)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
            return cls(**data)
        except (OSError, ValueError, TypeError):
            return None

    def matches(self, source_hash: str, store: str) -> bool:
        return self.source_hash == source_hash and self.store == store

    def save(self, state_dir: Path) -> None:
        p = self.path(state_dir, self.kind)
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp = p.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, p)

    def clear(self, state_dir: Path) -> None:
        self.path(state_dir, self.kind).unlink(missing_ok=True)
