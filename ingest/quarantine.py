"""The quarantine report: one JSON line per rejected record with file, record, field, reason and raw text."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .base import Reject


def new_path(state_dir: Path, kind: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return state_dir / "quarantine" / f"{kind}-{stamp}.jsonl"


def append(path: Path, rejects: Iterable[Reject]) -> int:
    lines = [json.dumps(r.as_dict(), ensure_ascii=False) for r in rejects]
    if not lines:
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
        f.flush()
    return len(lines)


def read(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def reasons(path: Path) -> Counter[str]:
    """Counts by (field, reason) with the record-specific detail cut off, for the summary."""
    return Counter(f"{r['field']}: {r['reason'].split(':')[0]}" for r in read(path))
