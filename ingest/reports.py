"""Chinese accident reports → ontology records.

`read_reports(path)` yields `ReportText(source, locator, text, title, encoding)` from a JSON array of cases (the
`cn-hazmat-cases` layout: 标题, 正文), a folder of .txt notices (UTF-8, else GB18030, the encoding is reported), or
.docx files; input it cannot use is yielded as `BadInput(file, record, field, reason)` instead of raising, so an
import runner can quarantine it and go on.

`report_to_records(extracted, source, locator)` turns an `ExtractedReport` into validated node records and links in
the ontology's terms (Case, Cause, Responsibility, Lesson, Enterprise/Position/Person, Chemical by CAS, Equipment,
Document) with `src_doc`/`src_loc` spans. A Case without an extractable date or accident type raises RecordError
naming the missing field: nothing is invented.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb.repository import Link, Ref
from ontology import Ontology, RecordError, load, validate_node

from .extract import ExtractedReport, Span

CREATED_BY = "ingest.reports"


@dataclass(frozen=True)
class ReportText:
    source: str  # file path
    locator: str  # record index in a JSON array, file name in a folder, "" for a single file
    text: str
    title: str = ""
    encoding: str = "utf-8"


@dataclass(frozen=True)
class BadInput:
    file: str
    record: str
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: record {self.record or '-'}: field {self.field!r}: {self.reason}"


def decode(data: bytes) -> tuple[str, str]:
    """Bytes → (text, encoding): UTF-8 (with or without BOM), else GB18030 (a superset of GBK and GB2312)."""
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc), ("utf-8" if enc == "utf-8-sig" else enc)
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("gb18030", data, 0, len(data), "neither UTF-8 nor GB18030")


def _docx_text(path: Path) -> str:
    import docx  # python-docx

    d = docx.Document(str(path))
    lines = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            lines.append("\t".join(c.text for c in row.cells))
    return "\n".join(lines)


def _read_json(path: Path) -> Iterator[ReportText | BadInput]:
    try:
        data = json.loads(decode(path.read_bytes())[0])
    except (ValueError, UnicodeDecodeError) as e:
        yield BadInput(str(path), "", "file", f"not a JSON document: {e}")
        return
    if not isinstance(data, list):
        yield BadInput(str(path), "", "file", "expected a JSON array of case records")
        return
    for i, rec in enumerate(data):
        if not isinstance(rec, dict):
            yield BadInput(str(path), str(i), "record", "not an object")
            continue
        text = rec.get("正文") if "正文" in rec else rec.get("text")
        title = rec.get("标题") or rec.get("title") or ""
        if not isinstance(text, str) or not text.strip():
            yield BadInput(
                str(path), str(i), "正文", "empty text" if text in (None, "") else "text is missing or blank"
            )
            continue
        yield ReportText(str(path), str(i), text, str(title))


def _read_file(path: Path, locator: str) -> Iterator[ReportText | BadInput]:
    try:
        if path.suffix.lower() == ".docx":
            text, enc = _docx_text(path), "docx"
        else:
            text, enc = decode(path.read_bytes())
    except UnicodeDecodeError:
        yield BadInput(str(path), locator, "encoding", "neither UTF-8 nor GB18030")
        return
    except Exception as e:  # a damaged .docx: python-docx raises several kinds
        yield BadInput(str(path), locator, "file", f"cannot read: {type(e).__name__}: {e}")
        return
    if not text.strip():
        yield BadInput(str(path), locator, "text", "empty text")
        return
    yield ReportText(str(path), locator, text, "", enc)


def read_reports(path: str | Path) -> Iterator[ReportText | BadInput]:
    """Report texts from a .json array, a .txt or .docx file, or a folder of .txt/.docx files (sorted by name,
    numbers in numeric order)."""
    p = Path(path)
    if not p.exists():
        yield BadInput(str(p), "", "path", "no such file or folder")
    elif p.is_dir():
        files = [f for f in p.iterdir() if f.suffix.lower() in (".txt", ".docx") and f.is_file()]
        files.sort(key=lambda f: (0, int(f.stem), "") if f.stem.isdigit() else (1, 0, f.name))
        for f in files:
            yield from _read_file(f, f.name)
    elif p.suffix.lower() == ".json":
        yield from _read_json(p)
    else:
        yield from _read_file(p, "")


# --- records --------------------------------------------------------------------------------------------


@dataclass
class Records:
    nodes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # type → validated records
    links: list[Link] = field(default_factory=list)

    def add(self, onto: Ontology, type_name: str, rec: dict[str, Any], source: str, locator: str) -> Ref:
        row = validate_node(onto, type_name, rec, source=source, record_id=f"{locator} {type_name}")
        bucket = self.nodes.setdefault(type_name, [])
        if all(r["uid"] != row["uid"] for r in bucket):
            bucket.append(row)
        return Ref(type_name, row["uid"])


def _loc(locator: str, span: Span | None) -> str:
    return f"{locator}@{span.start}-{span.end}" if span else locator


def report_to_records(
    rep: ExtractedReport, source: str, locator: str, onto: Ontology | None = None
) -> tuple[dict[str, list[dict[str, Any]]], list[Link]]:
    """(nodes by type, links) for one extracted report; RecordError when the Case cannot be built."""
    onto = onto or load()
    if rep.date is None:
        raise RecordError(source, locator, "occurred_on", "no accident date found in the text")
    if rep.accident_type is None:
        raise RecordError(source, locator, "accident_type", "no GB 6441 accident type found in the text")
    out = Records()
    doc_code = rep.sha256[:16]
    prov = {"src_doc": source, "created_by": CREATED_BY}

    def add(type_name: str, rec: dict[str, Any], span: Span | None) -> Ref:
        ref = out.add(onto, type_name, {**rec, **prov, "src_loc": _loc(locator, span)}, source, locator)
        if type_name != "Document":
            props = {"span_start": span.start, "span_end": span.end} if span else {}
            out.links.append(Link("SOURCED_FROM", ref, doc_ref, props))
        return ref

    doc_ref = Ref("Document", doc_code)
    out.add(
        onto,
        "Document",
        {
            "code": doc_code,
            "name": rep.title or f"{Path(source).name} {locator}".strip(),
            "path": source,
            "sha256": rep.sha256,
            "kind": "accident report",
            **prov,
            "src_loc": locator,
        },
        source,
        locator,
    )
    case_code = f"RPT-{doc_code}"
    case: dict[str, Any] = {
        "code": case_code,
        "name": rep.title or f"{rep.date} {rep.province or ''}{rep.accident_type}事故",
        "occurred_on": rep.date,
        "accident_type": rep.accident_type,
        "deaths": rep.deaths,
        "serious_injuries": rep.serious_injuries,
        "injuries": rep.injuries,
        "missing": rep.missing,
        "direct_loss_cny": rep.direct_loss_cny,
        "severity": rep.severity,
        "province": rep.province,
        "city": rep.city,
        "county": rep.county,
        "summary": rep.summary.text if rep.summary else None,
        "status": "causes_determined" if rep.causes else "reported",
    }
    case_ref = add("Case", case, rep.spans.get("date"))
    for i, c in enumerate(rep.causes, 1):
        if c.level is None:
            continue  # the ontology needs a cause level; passages whose level the text does not state stay out
        ref = add("Cause", {"code": f"{case_code}/C{i}", "name": c.text[:40], "level": c.level, "text": c.text}, c.span)
        out.links.append(Link("CAUSED_BY", case_ref, ref, prov))
    party_refs: dict[str, Ref] = {}
    for i, p in enumerate(rep.parties, 1):
        if p.kind == "enterprise":
            ref = add(
                "Enterprise",
                {
                    "code": f"name:{p.name}",
                    "name": p.name,
                    "description": f"{p.role}（{case_code}）" if p.role else None,
                },
                p.span,
            )
            party_refs.setdefault(p.name, ref)
            continue
        person = party_refs.get(p.name) or add("Person", {"code": f"{case_code}/P:{p.name}", "name": p.name}, p.span)
        party_refs.setdefault(p.name, person)
        if p.role:
            level = onto.taxonomy("position_levels").codes
            pos = add(
                "Position",
                {
                    "code": f"{case_code}/POS{i}",
                    "name": p.role,
                    "level": _role_level(p.role) if _role_level(p.role) in level else None,
                },
                p.span,
            )
            out.links.append(Link("HOLDS_POSITION", person, pos, prov))
        if p.org and p.org in party_refs:
            out.links.append(Link("WORKS_FOR", person, party_refs[p.org], prov))
        out.links.append(Link("INVOLVED", case_ref, person, {**prov, "role": p.role} if p.role else prov))
    for i, r in enumerate(rep.responsibilities, 1):
        ref = add(
            "Responsibility",
            {"code": f"{case_code}/R{i}", "name": f"{r.party} {r.kind}", "kind": r.kind, "sanction": r.text},
            r.span,
        )
        out.links.append(Link("HAS_RESPONSIBILITY", case_ref, ref, prov))
        if r.party in party_refs:
            out.links.append(Link("ATTRIBUTED_TO", ref, party_refs[r.party], {**prov, "kind": r.kind}))
    for i, les in enumerate(rep.lessons, 1):
        ref = add("Lesson", {"code": f"{case_code}/L{i}", "name": les.text[:40], "text": les.text}, les.span)
        out.links.append(Link("HAS_LESSON", case_ref, ref, prov))
    for ch in rep.chemicals:
        if not ch.cas:
            continue  # Chemical's key is the CAS number
        ref = add("Chemical", {"cas": ch.cas, "name": ch.name}, ch.span)
        out.links.append(Link("INVOLVED", case_ref, ref, {**prov, "role": ch.surface}))
    for i, eq in enumerate(rep.equipment, 1):
        if eq.kind is None:
            continue  # no equipment_kinds code for this word
        ref = add("Equipment", {"code": f"{case_code}/EQ{i}", "name": eq.surface, "kind": eq.kind}, eq.span)
        out.links.append(Link("INVOLVED", case_ref, ref, {**prov, "role": eq.surface}))
    return out.nodes, out.links


def _role_level(role: str) -> str | None:
    from .extract.patterns import ROLE_LEVEL

    level = ROLE_LEVEL.get(role)
    return None if level is None else str(level)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
