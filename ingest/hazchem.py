"""China's hazardous-chemicals catalogue (2015) and GBZ 2.1-2007 exposure limits (`cn-hazchem-catalog/`).

`hazcat-2015-reference.md`: one Chemical per CAS with its GHS hazard classes and the 剧毒 flag (the
catalogue marks highly toxic entries "（剧毒）"). The file has no names, so a new Chemical is named by its CAS
until another source gives it a better name (see `ingest.resolve.name_rank`).

`gbz2.1-oel-reference.md`: MAC / PC-TWA / PC-STEL (mg/m³) merged onto the Chemical by CAS. The file has two
layouts. Rows whose 备注 column is filled (with "-" when there is no note) are aligned and imported. On the
other rows the values sit one column to the left (PC-TWA under MAC, PC-STEL under PC-TWA, notes such as 皮
or G2B under PC-STEL; e.g. 氨 shows MAC 20, PC-TWA 30 where the standard has PC-TWA 20, PC-STEL 30): which
limit a number is cannot be told from the row, so such a row goes to quarantine when it carries any value.
A row without any limit is imported for the chemical's Chinese and English names only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from .base import Node, SourceDoc, Unit, normalise_cas, number, read_utf8

KIND = "hazchem"
CATALOGUE = "hazcat-2015-reference.md"
GBZ = "gbz2.1-oel-reference.md"
HIGHLY_TOXIC = re.compile(r"[（(]剧毒[)）]")
GBZ_LIMITS = (("MAC(mg/m³)", "mac_mg_m3"), ("PC-TWA(mg/m³)", "pc_twa_mg_m3"), ("PC-STEL(mg/m³)", "pc_stel_mg_m3"))
NO_NAME = {"", "—", "-", "–"}


def table_rows(doc: SourceDoc, text: str) -> Iterator[tuple[int, list[str], str]]:
    """(line number, cells, raw line) of each data row of the Markdown tables in a file."""
    for i, line in enumerate(text.splitlines(), start=1):
        s = line.strip()
        if not s.startswith("|") or set(s) <= set("|-: "):
            continue
        cells = [c.strip() for c in s.strip("|").split("|")]
        if cells and cells[0] in ("CAS号", "序号"):
            continue
        yield i, cells, line


class HazchemImporter:
    kind = KIND

    def files(self, path: Path) -> list[Path]:
        if path.is_file():
            return [path]
        found = [path / name for name in (CATALOGUE, GBZ) if (path / name).is_file()]
        if not found:
            raise FileNotFoundError(f"{path}: neither {CATALOGUE} nor {GBZ}")
        return found

    def read(self, docs: Sequence[SourceDoc]) -> list[Unit]:
        units: list[Unit] = []
        for doc in docs:
            text = read_utf8(doc)
            if isinstance(text, Unit):
                units.append(text)
                continue
            if doc.path.name.startswith("gbz"):
                units += [self._limits(doc, i, cells, raw) for i, cells, raw in table_rows(doc, text)]
            else:
                units += [self._catalogue(doc, i, cells, raw) for i, cells, raw in table_rows(doc, text)]
        return fold(units)

    def _catalogue(self, doc: SourceDoc, line: int, cells: list[str], raw: str) -> Unit:
        unit = Unit(doc, f"line {line}", raw=raw)
        if len(cells) != 2:
            unit.reject("-", f"expected 2 columns (CAS号, 危险性类别), found {len(cells)}", raw)
            return unit
        cas = normalise_cas(cells[0])
        if cas is None:
            unit.reject("CAS号", f"{cells[0]!r} is not a CAS number (shape or check digit)", raw)
            return unit
        text = cells[1]
        classes = [c.strip() for c in HIGHLY_TOXIC.sub("", text).split("；") if c.strip()]
        unit.node(
            "Chemical", cas=cas, name=cas, hazard_classes=classes, highly_toxic=bool(HIGHLY_TOXIC.search(text)),
            src_loc=unit.loc,
        )
        return unit

    def _limits(self, doc: SourceDoc, line: int, cells: list[str], raw: str) -> Unit:
        unit = Unit(doc, f"line {line}", raw=raw)
        if len(cells) != 8:
            unit.reject("-", f"expected 8 columns (序号 … 备注), found {len(cells)}", raw)
            return unit
        _, name, name_en, cas_text, *values, note = cells
        cas = normalise_cas(cas_text)
        if cas is None:
            unit.reject("CAS号", f"{cas_text!r} is not a CAS number (shape or check digit)", raw)
            return unit
        limits: dict[str, float] = {}
        for (column, prop), value in zip(GBZ_LIMITS, values, strict=True):
            try:
                v = number(value)
            except ValueError:
                unit.reject(column, f"columns shifted: {value!r} (a note) is in a numeric column", raw)
                return unit
            if v is not None:
                limits[prop] = v
        if limits and note == "":
            unit.reject(
                "备注",
                "columns shifted: 备注 is empty while limits are present, so MAC / PC-TWA / PC-STEL cannot be "
                f"told apart ({' | '.join(values)})",
                raw,
            )
            return unit
        zh = "" if name in NO_NAME else name
        en = "" if name_en in NO_NAME else name_en
        notes = "" if note in NO_NAME else note
        unit.node(
            "Chemical", cas=cas, name=zh or en or cas, name_en=en, oel_notes=notes, **limits,
            property_source="GBZ 2.1-2007" if limits else None,
        )
        return unit


def fold(units: list[Unit]) -> list[Unit]:
    """One record per chemical: a GBZ row about a catalogue chemical adds its names and limits to the
    catalogue's record (and its line to the record's location) instead of writing the node a second time,
    so that a re-import writes every node once, with the same values."""
    first: dict[str, Node] = {}
    for unit in units:
        kept = []
        for n in unit.nodes:
            cas = str(n.props["cas"])
            if cas not in first:
                first[cas] = n
                kept.append(n)
                continue
            target = first[cas]
            name = n.props.get("name", "")
            extra = {k: v for k, v in n.props.items() if k not in ("cas", "name")}
            target.props.update(extra)
            if name and name != cas:
                target.props["name"] = name
            target.props["src_loc"] = f"{target.props.get('src_loc', '')}; {unit.doc.path.name} {unit.loc}".lstrip("; ")
        unit.nodes = kept
    return units
