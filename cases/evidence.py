"""Evidence: files in content-addressed, write-once storage with a chain-of-custody log.

A file is stored once under `<data dir>/evidence/<sha256[:2]>/<sha256>` (read-only; the same content is one
file however often it is attached). An `Evidence` node (sha256, filename, size, media type, integrity) is linked
HAS_EVIDENCE from the case and may SUPPORTS causes or responsibilities. Each handling is a custody entry, a
`CaseEvent` linked HAS_EVENT from the evidence (collected, viewed, exported, verified, or tampered when the
hash no longer matches), written with an audit entry. Collection and verification also appear on the case's
timeline. `open_evidence` verifies before it hands out the bytes: a file whose hash does not match is refused,
flagged (integrity = tampered) and logged.

The file is written before the graph transaction: if that transaction fails, an unreferenced file remains,
which is harmless (same content, same name) and never a half-written Evidence node.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kb import GraphStore, Ref, get_node
from ontology import Ontology, RecordError

from .audit import CaseError, Change, commit, log, now, prov_for, refusals_logged, refuse
from .workflow import get_case

SHA256 = re.compile(r"^[0-9a-f]{64}$")
MAX_BYTES = 64 * 1024 * 1024
CUSTODY_ACTIONS = ("collected", "viewed", "exported", "verified", "tampered")


class FileStore:
    """Content-addressed, write-once files under `<root>/evidence/`."""

    def __init__(self, data_dir: str | Path) -> None:
        self.root = Path(data_dir) / "evidence"

    def path(self, sha: str) -> Path:
        if not SHA256.match(sha):
            raise CaseError("bad_hash", f"{sha!r} is not a sha256 hex digest", sha=sha)
        return self.root / sha[:2] / sha

    def put(self, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        path = self.path(sha)
        if path.exists():
            if self.digest(sha) != sha:
                raise CaseError(
                    "stored_corrupt", f"the stored file {sha} does not match its hash; not overwritten", sha=sha
                )
            return sha
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(tmp, 0o444)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return sha

    def digest(self, sha: str) -> str | None:
        """The sha256 of what is stored under `sha` now (None when the file is gone)."""
        path = self.path(sha)
        if not path.exists():
            return None
        h = hashlib.sha256()
        with path.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()

    def read(self, sha: str) -> bytes:
        return self.path(sha).read_bytes()


def evidence_code(case: Ref, sha: str) -> str:
    return f"{case.uid}/EV-{sha[:16]}"


def add_evidence(
    store: GraphStore,
    onto: Ontology,
    files: FileStore,
    case: Ref,
    filename: str,
    data: bytes,
    actor: str,
    *,
    media_type: str | None = None,
    supports: Sequence[Ref] = (),
    note: str = "",
) -> Ref:
    """Store the file and record it as the case's evidence (custody: collected), optionally supporting causes."""
    with refusals_logged(store, onto, case, actor, "evidence.add", unlogged=("no_case",)):
        return _add(store, onto, files, case, filename, data, actor, media_type, supports, note)


def _add(
    store: GraphStore,
    onto: Ontology,
    files: FileStore,
    case: Ref,
    filename: str,
    data: bytes,
    actor: str,
    media_type: str | None,
    supports: Sequence[Ref],
    note: str,
) -> Ref:
    get_case(store, onto, case)
    name = Path(filename or "").name.strip()
    if not name:
        raise CaseError("no_filename", "evidence needs a file name")
    if not data:
        raise CaseError("empty_file", f"the file {name!r} is empty", filename=name)
    if len(data) > MAX_BYTES:
        raise CaseError("too_big", f"the file {name!r} is larger than {MAX_BYTES // (1 << 20)} MiB", filename=name)
    for s in supports:
        if s.type not in ("Cause", "Responsibility") or get_node(store, onto, s) is None:
            raise CaseError(
                "bad_support", f"evidence can support an existing Cause or Responsibility, not {s}", ref=str(s)
            )
    sha = hashlib.sha256(data).hexdigest()
    ref = Ref("Evidence", evidence_code(case, sha))
    if get_node(store, onto, ref) is not None:
        raise CaseError("duplicate", f"this file is already evidence of the case ({ref.uid})", uid=ref.uid)
    files.put(data)
    mt = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    change = Change(onto, prov_for(case, actor))
    try:
        change.node(
            "Evidence",
            {
                "code": ref.uid,
                "name": name,
                "sha256": sha,
                "filename": name,
                "size_bytes": len(data),
                "media_type": mt,
                "integrity": "intact",
                "verified_at": now(),
                "description": note,
            },
        )
        change.link("HAS_EVIDENCE", case, ref)
        for s in supports:
            change.link("SUPPORTS", ref, s)
        change.event(case, "evidence_collected", actor, f"{name} sha256={sha}", also=[ref])
    except RecordError as e:
        raise CaseError("bad_record", str(e)) from None
    commit(
        store,
        onto,
        case,
        actor,
        "evidence.collected",
        change,
        target=str(ref),
        after={
            "sha256": sha,
            "filename": name,
            "size": len(data),
            "media_type": mt,
            "supports": [str(s) for s in supports],
        },
    )
    return ref


@dataclass(frozen=True)
class Verification:
    evidence: Ref
    ok: bool
    expected: str
    actual: str | None
    integrity: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "evidence": self.evidence.uid,
            "ok": self.ok,
            "expected": self.expected,
            "actual": self.actual,
            "integrity": self.integrity,
        }


def _evidence(store: GraphStore, onto: Ontology, case: Ref, uid: str) -> tuple[Ref, dict[str, Any]]:
    get_case(store, onto, case)
    ref = Ref("Evidence", uid)
    rows = store.read(
        "MATCH (:`Case` {uid: $c})-[:`HAS_EVIDENCE`]->(e:`Evidence` {uid: $u}) RETURN e", {"c": case.uid, "u": uid}
    )
    if not rows:
        raise CaseError("no_evidence", f"no evidence {uid!r} in case {case.uid!r}", uid=uid)
    node = {k: v for k, v in rows[0]["e"].items() if not k.startswith("_")}
    return ref, node


def verify(store: GraphStore, onto: Ontology, files: FileStore, case: Ref, uid: str, actor: str) -> Verification:
    """Recompute the stored file's hash; a mismatch flags the evidence (tampered or missing) and is logged."""
    ref, node = _evidence(store, onto, case, uid)
    expected = str(node["sha256"])
    actual = files.digest(expected)
    ok = actual == expected
    integrity = "intact" if ok else "missing" if actual is None else "tampered"
    change = Change(onto, prov_for(case, actor))
    change.statements.append(
        (
            "MATCH (e:`Evidence` {uid: $u}) SET e.integrity = $i, e.verified_at = $t",
            {"u": ref.uid, "i": integrity, "t": now()},
        )
    )
    text = f"{node.get('filename')} sha256={expected}" + ("" if ok else f" ≠ {actual or '(file missing)'}")
    change.event(case, "evidence_verified" if ok else "evidence_tampered", actor, text, also=[ref])
    commit(
        store,
        onto,
        case,
        actor,
        "evidence.verified" if ok else "evidence.tampered",
        change,
        target=str(ref),
        before={"integrity": node.get("integrity")},
        after={"integrity": integrity, "actual": actual},
    )
    if not ok:
        log.warning("evidence %s of case %s: stored file hash %s does not match %s", uid, case.uid, actual, expected)
    return Verification(ref, ok, expected, actual, integrity)


def open_evidence(
    store: GraphStore, onto: Ontology, files: FileStore, case: Ref, uid: str, actor: str, action: str = "viewed"
) -> tuple[dict[str, Any], bytes]:
    """The evidence's bytes for viewing or export, after checking its hash; a mismatch is refused."""
    if action not in ("viewed", "exported"):
        raise ValueError("action is viewed or exported")
    ref, node = _evidence(store, onto, case, uid)
    expected = str(node["sha256"])
    data = files.read(expected) if files.path(expected).exists() else None
    if data is None or hashlib.sha256(data).hexdigest() != expected:
        result = verify(store, onto, files, case, uid, actor)
        err = CaseError(
            "tampered",
            f"evidence {uid} refused: the stored file ({result.integrity}) does not match its sha256 {expected}",
            uid=uid,
            sha=expected,
        )
        refuse(store, onto, case, actor, f"evidence.{action}", err)
        raise err
    change = Change(onto, prov_for(case, actor))
    change.event(case, f"evidence_{action}", actor, str(node.get("filename")), also=[ref], case_link=False)
    commit(store, onto, case, actor, f"evidence.{action}", change, target=str(ref))
    return node, data


def list_evidence(store: GraphStore, case: Ref) -> list[dict[str, Any]]:
    rows = store.read(
        "MATCH (:`Case` {uid: $u})-[:`HAS_EVIDENCE`]->(e:`Evidence`) RETURN e ORDER BY e.created_at, e.uid",
        {"u": case.uid},
    )
    out = [{k: v for k, v in r["e"].items() if not k.startswith("_")} for r in rows]
    for t in ("Cause", "Responsibility"):
        for r in store.read(
            f"MATCH (:`Case` {{uid: $u}})-[:`HAS_EVIDENCE`]->(e:`Evidence`)-[:`SUPPORTS`]->(x:`{t}`) "
            "RETURN e.uid AS e, x.uid AS x, x.name AS n",
            {"u": case.uid},
        ):
            for ev in out:
                if ev["uid"] == r["e"]:
                    ev.setdefault("supports", []).append({"type": t, "uid": r["x"], "name": r["n"]})
    return out


def custody_log(store: GraphStore, evidence: Ref) -> list[dict[str, Any]]:
    rows = store.read(
        "MATCH (:`Evidence` {uid: $u})-[:`HAS_EVENT`]->(e:`CaseEvent`) RETURN e ORDER BY e.at, e.uid",
        {"u": evidence.uid},
    )
    return [{k: v for k, v in r["e"].items() if not k.startswith("_")} for r in rows]
