"""Chinese accident reports → ontology records.

`read_reports(path)` yields `ReportText(source, locator, text, title, encoding)` from a JSON array of cases (the
`cn-hazmat-cases` layout: 标题, 正文), a folder of .txt notices (UTF-8, else GB18030, the encoding is reported), or
.docx files; input it cannot use is yielded as `BadInput(file, record, field, reason)` instead of raising, so an
import runner can quarantine it and go on.

`ReportsImporter` is the `ingest reports` kind: one unit per report, built by `build_unit` (Case, Cause, Party,
Responsibility, Lesson, Chemical by CAS, Equipment, each with `src_loc` = record@start-end and SOURCED_FROM
{span_start, span_end}); a report without an extractable date or accident type is quarantined naming the field:
nothing is invented. An incident in which nobody was hurt gets the GB 6441 class of its harm mechanism.
`report_to_records` validates the same records outside a runner.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, overload

from kb.repository import Link, Ref
from ontology import Ontology, RecordError, load, validate_node

from .base import SourceDoc, Unit
from .extract import ExtractedReport, Span
from .extract.extract import Extractor
from .extract.numerals import cn_to_int
from .extract.parties import ORG_RE
from .resolve import normalise_name

CREATED_BY = "ingest:reports"
LEVEL_NOT_STATED = "未注明"  # cause_levels code for a cause passage whose level the report does not state


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


# A report is about one accident. Two kinds of text in the notice folders are not: inspection and penalty notices
# that describe no accident at all, and roundups (a province's year, a national month) that state how many
# accidents there were. The extractor would make one Case of either, with a date and a casualty figure taken from
# somewhere in the list, so they are quarantined with the reason instead (the roundup's accidents can be imported
# one by one). Roundups say so in their opening, which is where the count is looked for: a single report may
# mention earlier accidents ("该路段已发生过4起…事故") in its causes or lessons, further down.
_ACCIDENT_WORDS = re.compile(r"事故|伤亡|死亡|受伤|遇难|身亡|罹难")
_NUMBER = r"(?:\d+|[一二两三四五六七八九十百]+)"
_ACCIDENT_COUNT = re.compile(
    rf"事故\s*(?P<a>{_NUMBER})\s*[起宗]|(?P<b>{_NUMBER})\s*[起宗][^。，；、\n]{{0,16}}?事故|事故起数"
)
_OPENING = 400  # characters: the salutation and the overview paragraph of a notice


def not_one_accident(text: str) -> str | None:
    """Why `text` is not a report of one accident (None when it may be): it mentions no accident or casualty at
    all, or its opening counts accidents (…事故692起, 事故3宗, 事故起数)."""
    if not _ACCIDENT_WORDS.search(text):
        return "describes no accident (no 事故, 伤亡, 死亡, 受伤 or 遇难 in the text): not an accident report"
    for m in _ACCIDENT_COUNT.finditer(text, 0, _OPENING):
        n = m.group("a") or m.group("b")
        if n is None or cn_to_int(n) != 1:
            return (
                f"reports several accidents ({m.group(0)!r} at character {m.start()}): a roundup or statistics "
                "notice, not one accident; import its accidents one by one"
            )
    return None


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
        if (why := not_one_accident(text)) is not None:
            yield BadInput(str(path), str(i), "正文", why)
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
    if (why := not_one_accident(text)) is not None:
        yield BadInput(str(path), locator, "text", why)
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


def _loc(locator: str, span: Span | None) -> str:
    return f"{locator}@{span.start}-{span.end}" if span else locator


def enterprise_code(name: str) -> str:
    """An enterprise named in a report has no registry code: its key is its normalised name, so that the same
    unit written two ways (有限公司 / 有限责任公司, full-width brackets) in two reports is one node."""
    return "name:" + normalise_name(name)


# a public body, by how its name ends: a bureau or department, a government, the police's units, an office or station
GOVERNMENT = re.compile(
    r"(?:局|厅|政府|委员会|管委会|总队|支队|大队|中队|派出所|工商所|管理所|管理处|监督站|安监站|办事处)$"
)


# a whole unit name, as a responsibility's party may be one (not a clause that merely ends in 局 or 公司)
UNIT_NAME = re.compile(ORG_RE)
CLAUSE_WORDS = re.compile(r"未|违|擅自|没有|不|对|因|被|从事|使用|负责|导致|造成|设立|经营")


def unit_node(name: str) -> tuple[str, str]:
    """(node type, key) of a unit a person works for: a Regulator for a public body, else an Enterprise; both keyed
    by the normalised name, so the same bureau named in two reports is one node."""
    if GOVERNMENT.search(name):
        return "Regulator", "name:" + normalise_name(name)
    return "Enterprise", enterprise_code(name)


def build_unit(rep: ExtractedReport, unit: Unit, locator: str, text_doc: Ref | None = None) -> None:
    """Add one extracted report's nodes and links to `unit` (validated later by the runner).

    `text_doc` is the Document whose text the character spans index (the record's own Document for a JSON
    array); by default the unit's source file. Every node gets `src_doc` = that Document and `src_loc` =
    "<locator>@<start>-<end>", and a SOURCED_FROM {span_start, span_end} link to it. A report without an
    extractable date or accident type is rejected whole (field occurred_on / accident_type): nothing is invented.
    """
    if rep.date is None:
        unit.reject("occurred_on", "no accident date found in the text", unit.raw)
        return
    # GB 6441 classes casualty accidents; an incident in which nobody was hurt (a leak, a fire) is filed under the
    # class of its harm mechanism, so near misses stay in the graph instead of in quarantine.
    accident_type = rep.accident_type or rep.mechanism
    if accident_type is None:
        unit.reject("accident_type", "no GB 6441 accident type or harm mechanism found in the text", unit.raw)
        return
    doc_ref = text_doc or unit.doc.ref
    prov = {"src_doc": doc_ref.uid}

    def add(type_name: str, span: Span | None, **props: Any) -> Ref:
        ref = unit.node(type_name, **props, **prov, src_loc=_loc(locator, span))
        sp = {"span_start": span.start, "span_end": span.end} if span else {}
        unit.link("SOURCED_FROM", ref, doc_ref, **prov, src_loc=_loc(locator, span), **sp)
        return ref

    def link(rel: str, a: Ref, b: Ref, span: Span | None = None, **props: Any) -> None:
        unit.link(rel, a, b, **props, **prov, src_loc=_loc(locator, span))

    case_code = f"RPT-{rep.sha256[:16]}"
    case_ref = add(
        "Case",
        rep.spans.get("date"),
        code=case_code,
        name=rep.title or f"{rep.date} {rep.province or ''}{accident_type}事故",
        occurred_on=rep.date,
        accident_type=accident_type,
        deaths=rep.deaths,
        serious_injuries=rep.serious_injuries,
        injuries=rep.injuries,
        missing=rep.missing,
        direct_loss_cny=rep.direct_loss_cny,
        severity=rep.severity,
        province=rep.province,
        city=rep.city,
        county=rep.county,
        summary=rep.summary.text if rep.summary else None,
        status="causes_determined" if rep.causes else "reported",
    )
    for i, c in enumerate(rep.causes, 1):
        ref = add("Cause", c.span, code=f"{case_code}/C{i}", name=c.text[:40], level=c.level or LEVEL_NOT_STATED,
                  text=c.text)
        link("CAUSED_BY", case_ref, ref, c.span)
    party_refs: dict[str, Ref] = {}
    for p in rep.parties:
        if p.kind == "enterprise":
            party_refs.setdefault(p.name, add("Enterprise", p.span, code=enterprise_code(p.name), name=p.name))
    for i, p in enumerate(rep.parties, 1):
        if p.kind == "enterprise":
            continue
        person = party_refs.get(p.name)
        if person is None:
            person = add("Person", p.span, code=f"{case_code}/P:{p.name}", name=p.name)
            party_refs[p.name] = person
        if p.role:
            pos = add("Position", p.span, code=f"{case_code}/POS{i}", name=p.role, level=_role_level(p.role))
            link("HOLDS_POSITION", person, pos, p.span)
        if p.org:
            if p.org not in party_refs:  # the unit a post belongs to, not itself a party of the report
                kind, code = unit_node(p.org)
                party_refs[p.org] = add(kind, p.span, code=code, name=p.org)
            link("WORKS_FOR", person, party_refs[p.org], p.span)
        link("INVOLVED", case_ref, person, p.span, role=p.role or None)
    for i, r in enumerate(rep.responsibilities, 1):
        # (the sanction the report proposes when it names one, else the passage that finds the responsibility)
        ref = add("Responsibility", r.span, code=f"{case_code}/R{i}", name=f"{r.party} {r.kind}", kind=r.kind,
                  sanction=r.sanction or r.text)
        link("HAS_RESPONSIBILITY", case_ref, ref, r.span)
        if r.party not in party_refs and UNIT_NAME.fullmatch(r.party) and not CLAUSE_WORDS.search(r.party):
            # a unit found responsible without a role of its own in the report ("颍上县公安局", "某某有限公司")
            kind, code = unit_node(r.party)
            party_refs[r.party] = add(kind, r.span, code=code, name=r.party)
        if r.party in party_refs:
            link("ATTRIBUTED_TO", ref, party_refs[r.party], r.span, kind=r.kind)
    for i, les in enumerate(rep.lessons, 1):
        ref = add("Lesson", les.span, code=f"{case_code}/L{i}", name=les.text[:40], text=les.text)
        link("HAS_LESSON", case_ref, ref, les.span)
    for ch in rep.chemicals:
        if not ch.cas:
            continue  # Chemical's key is the CAS number; a name without one stays in the text
        ref = add("Chemical", ch.span, cas=ch.cas, name=ch.name)
        link("INVOLVED", case_ref, ref, ch.span, role=ch.surface)
    for i, eq in enumerate(rep.equipment, 1):
        if eq.kind is None:
            continue  # no equipment_kinds code for this word
        ref = add("Equipment", eq.span, code=f"{case_code}/EQ{i}", name=eq.surface, kind=eq.kind)
        link("INVOLVED", case_ref, ref, eq.span, role=eq.surface)


def report_to_records(
    rep: ExtractedReport, source: str, locator: str, onto: Ontology | None = None
) -> tuple[dict[str, list[dict[str, Any]]], list[Link]]:
    """(validated nodes by type, links) for one extracted report, outside a runner (the text's SHA-256 names its
    Document); RecordError naming the field when the Case cannot be built."""
    onto = onto or load()
    doc = SourceDoc(Path(source), source, rep.sha256)
    unit = Unit(doc, locator)
    build_unit(rep, unit, locator)
    if unit.rejects:
        r = unit.rejects[0]
        raise RecordError(source, locator, r.field, r.reason)
    nodes: dict[str, list[dict[str, Any]]] = {}
    for n in unit.nodes:
        row = validate_node(onto, n.type, {"created_by": CREATED_BY, **n.props}, source=source, record_id=locator)
        bucket = nodes.setdefault(n.type, [])
        if all(r["uid"] != row["uid"] for r in bucket):
            bucket.append(row)
    return nodes, unit.links


def _role_level(role: str) -> str | None:
    from .extract.patterns import ROLE_LEVEL

    level = ROLE_LEVEL.get(role)
    levels = load().taxonomy("position_levels").codes
    return level if level in levels else None


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- the import kind ------------------------------------------------------------------------------------

REPORT_SUFFIXES = (".json", ".txt", ".docx")


class ReportsImporter:
    """`ingest reports PATH`: a JSON array of cases, a .txt or .docx report, or a folder of them (not recursive;
    other files, such as .xls attachments, are not read). One unit per report: a JSON record, or a file.

    Units are read in a stable order (files by name, numbers in numeric order; records by index). Enterprises
    and chemicals are shared across reports and sources (normalised name, CAS) and merges across documents are
    recorded (`merge_across_documents`)."""

    kind = "reports"
    merge_across_documents = True

    def __init__(self, extractor: Extractor | None = None) -> None:
        self._extractor = extractor

    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:
            from .extract.extract import default_extractor

            self._extractor = default_extractor()
        return self._extractor

    def files(self, path: Path) -> list[Path]:
        if path.is_file():
            return [path]
        if not path.is_dir():
            raise FileNotFoundError(f"{path} is neither a file nor a folder")
        found = [f for f in path.iterdir() if f.is_file() and f.suffix.lower() in REPORT_SUFFIXES]
        return sorted(found, key=lambda f: (0, int(f.stem), "") if f.stem.isdigit() else (1, 0, f.name))

    def read(self, docs: Sequence[SourceDoc]) -> Sequence[Unit]:
        """The reports of `docs` in a stable order; each is extracted when its unit is first asked for."""
        items: list[tuple[SourceDoc, ReportText | BadInput, bool]] = []
        for doc in docs:
            is_json = doc.path.suffix.lower() == ".json"
            found = _read_json(doc.path) if is_json else _read_file(doc.path, doc.path.name)
            items += [(doc, item, is_json) for item in found]
        return _LazyUnits(items, self._build)

    def _build(self, doc: SourceDoc, item: ReportText | BadInput, is_json: bool) -> Unit:
        if isinstance(item, BadInput):
            record = f"record {item.record}" if is_json and item.record else (item.record or "whole file")
            unit = Unit(doc, record)
            unit.reject(item.field, item.reason, _raw_of(doc.path, item))
            return unit
        return self._unit(doc, item, is_json)

    def _unit(self, doc: SourceDoc, item: ReportText, is_json: bool) -> Unit:
        locator = f"record {item.locator}" if is_json else item.locator or doc.path.name
        unit = Unit(doc, locator, raw=item.text)
        try:
            rep = self.extractor.extract(item.text, item.title)
        except Exception as e:  # a fault of the extractor on one text: quarantine it, import the rest
            unit.reject("正文" if is_json else "text", f"the extractor failed on this text ({type(e).__name__}: {e})")
            return unit
        text_doc = None
        if is_json:  # the spans index this record's text: it gets its own Document, part of the file's
            text_doc = unit.node(
                "Document",
                code=f"doc-{rep.sha256[:16]}",
                name=item.title or f"{doc.path.name} {locator}",
                path=f"{doc.label}#{item.locator}",
                sha256=rep.sha256,
                kind="accident report (record of a JSON array)",
                src_loc=locator,
            )
        build_unit(rep, unit, locator, text_doc)
        return unit


class _LazyUnits(Sequence[Unit]):
    """Units built on first access (slices stay lazy), so extraction happens batch by batch."""

    def __init__(self, items: Sequence[tuple[SourceDoc, ReportText | BadInput, bool]],
                 build: Callable[[SourceDoc, ReportText | BadInput, bool], Unit]) -> None:
        self._items = items
        self._build = build

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, i: int) -> Unit: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[Unit]: ...

    def __getitem__(self, i: int | slice) -> Unit | Sequence[Unit]:
        if isinstance(i, slice):
            return _LazyUnits(self._items[i], self._build)
        return self._build(*self._items[i])


def _raw_of(path: Path, item: BadInput) -> str:
    """The source text of a rejected input, when it can be had (an undecodable file: its first bytes, escaped)."""
    if item.field == "encoding":
        return repr(path.read_bytes()[:200])
    return ""
