"""What an importer produces, and the source documents it reads.

An importer turns one kind of source (a data set folder or a file) into `Unit`s: one per source record
(a CSV row, a 第X条 clause, a whole file when the file itself is bad), each with the nodes and links it
yields, its locator in the source, and the parts of it that were rejected. The runner (`ingest.runner`)
validates, resolves, writes, quarantines and checkpoints; importers never touch the store.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Protocol

import ontology
from kb import Link, Ref


@dataclass(frozen=True)
class SourceDoc:
    """A source file: its bytes' SHA-256 names the Document node that everything read from it points to."""

    path: Path
    label: str  # the path shown to people and stored on the Document: "<data set folder>/<file>"
    sha256: str

    @classmethod
    def read(cls, path: Path, root: Path) -> SourceDoc:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        try:
            label = str(path.resolve().relative_to(root.resolve().parent))
        except ValueError:
            label = path.name
        return cls(path=path, label=label, sha256=digest)

    @property
    def code(self) -> str:
        return f"doc-{self.sha256[:16]}"

    @property
    def ref(self) -> Ref:
        return Ref("Document", self.code)

    def document(self, kind: str) -> dict[str, Any]:
        return {"code": self.code, "name": self.path.name, "path": self.label, "sha256": self.sha256, "kind": kind}


@dataclass(frozen=True)
class Reject:
    """A record, or a part of one, that is not imported: where it is, which field, why, and its raw text."""

    file: str
    record: str
    field: str
    reason: str
    raw: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"file": self.file, "record": self.record, "field": self.field, "reason": self.reason, "raw": self.raw}


@dataclass
class Node:
    type: str
    props: dict[str, Any]

    @cached_property
    def ref(self) -> Ref:
        return Ref(self.type, ontology.natural_key(ontology.load(), self.type, self.props))


@dataclass
class Unit:
    """One source record: what it yields and what of it was rejected.

    `doc` is the document the record comes from; `loc` the record's place in it (row 12, 第三条, line span).
    Nodes and links get `src_doc`, `src_loc` and `created_by` from the runner unless they set their own.
    """

    doc: SourceDoc
    loc: str
    nodes: list[Node] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    raw: str = ""  # the source record's text, kept in the quarantine report if the unit is rejected

    def node(self, type_name: str, **props: Any) -> Ref:
        n = Node(type_name, {k: v for k, v in props.items() if v is not None and v != "" and v != []})
        self.nodes.append(n)
        return n.ref

    def link(self, rel: str, src: Ref, dst: Ref, **props: Any) -> None:
        self.links.append(Link(rel, src, dst, {k: v for k, v in props.items() if v is not None and v != ""}))

    def reject(self, field_name: str, reason: str, raw: str = "", record: str | None = None) -> None:
        self.rejects.append(Reject(self.doc.label, record or self.loc, field_name, reason, raw))


class Importer(Protocol):
    """One kind of source. `files` lists its source files in a stable order; `read` gives its units.

    The order of units must be stable for the same source bytes: a resumed run skips the units the
    checkpoint says are committed. `read` may return a lazy sequence whose units are built when indexed (the
    reports kind extracts each text only when its batch is written, so a resumed run does not extract the
    reports it skips and the progress bar covers extraction).
    """

    kind: str

    def files(self, path: Path) -> list[Path]: ...

    def read(self, docs: Sequence[SourceDoc]) -> Sequence[Unit]: ...


# --- helpers shared by importers ------------------------------------------------------------------------

CAS_RE = re.compile(r"^(\d{2,7})-(\d{2})-(\d)$")


def read_utf8(doc: SourceDoc) -> str | Unit:
    """The file's text, or a rejected whole-file Unit saying why it is not UTF-8 (the runner quarantines it)."""
    try:
        return doc.path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as e:
        bad = Unit(doc, "whole file")
        bad.reject("encoding", f"not UTF-8 ({e.reason} at byte {e.start})")
        return bad


def normalise_cas(text: str) -> str | None:
    """The CAS registry number in canonical form, or None when it is not one (bad shape or check digit)."""
    t = text.strip().replace("－", "-").replace("‐", "-")
    m = CAS_RE.match(t)
    if not m:
        return None
    digits = (m.group(1) + m.group(2))[::-1]
    if sum((i + 1) * int(d) for i, d in enumerate(digits)) % 10 != int(m.group(3)):
        return None
    return f"{int(m.group(1))}-{m.group(2)}-{m.group(3)}"


def number(text: str) -> float | None:
    """A plain number, or None for empty / N/A; raises ValueError for anything else."""
    t = text.strip().replace(",", "")
    if t in ("", "N/A", "-", "—", "NA"):
        return None
    return float(t)


def shared_data_dir(repo_root: Path | None = None) -> Path:
    """The shared real data sets: `../shared/data` beside the repository root."""
    root = repo_root or Path(__file__).resolve().parent.parent
    return root.parent / "shared" / "data"


def files_in(path: Path, pattern: str) -> list[Path]:
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise FileNotFoundError(f"{path} is neither a file nor a folder")
    return sorted(p for p in path.glob(pattern) if p.is_file())
