"""Flash point, autoignition, flammability limits and exposure limits by CAS (`chem-flammability-exposure/`).

Files and precedence (the first that has a value wins): NFPA 497-2008, then IEC 60079-20-1:2010 (both: flash
point and autoignition in K, LFL/UFL as volume fractions), then DIPPR (flash point only); Ontario exposure
limits give the TWA in ppm or mg/m³. Everything about one CAS number becomes one Chemical record (one unit,
located in every row it draws on), so that a re-import writes the same values in the same order.
Temperatures are stored in ℃ and flammability limits in % by volume. A row without a valid CAS number goes to
quarantine; a blank row is skipped.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .base import SourceDoc, Unit, normalise_cas, read_utf8

KIND = "chemprops"
NFPA = "NFPA 497 2008.tsv"
IEC = "IS IEC 60079-20-1 2010.tsv"
DIPPR = "DIPPR T_flash Serat.csv"
ONTARIO = "Ontario Exposure Limits.tsv"
FILES = (NFPA, IEC, DIPPR, ONTARIO)
SOURCE_NAMES = {NFPA: "NFPA 497-2008", IEC: "IEC 60079-20-1:2010", DIPPR: "DIPPR (Serat)", ONTARIO: "Ontario OEL"}
LIMIT = re.compile(r"^\s*([0-9]*\.?[0-9]+)\s*(ppm|mg/m3|mg/m³)\b", re.IGNORECASE)


@dataclass
class _Entry:
    doc: SourceDoc
    first_loc: str
    locs: list[str] = field(default_factory=list)
    props: dict[str, Any] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def set(self, prop: str, value: float | None) -> bool:
        if value is None or prop in self.props:
            return False
        self.props[prop] = value
        return True


def kelvin_to_c(text: str) -> float | None:
    t = text.strip()
    return round(float(t) - 273.15, 2) if t else None


def fraction_to_pct(text: str) -> float | None:
    t = text.strip()
    return round(float(t) * 100, 4) if t else None


class ChemPropsImporter:
    kind = KIND

    def files(self, path: Path) -> list[Path]:
        if path.is_file():
            return [path]
        found = [path / f for f in FILES if (path / f).is_file()]
        if not found:
            raise FileNotFoundError(f"{path}: none of {', '.join(FILES)}")
        return found

    def read(self, docs: Sequence[SourceDoc]) -> list[Unit]:
        entries: dict[str, _Entry] = {}
        rejects: list[Unit] = []
        for doc in docs:
            text = read_utf8(doc)
            if isinstance(text, Unit):
                rejects.append(text)
                continue
            reader = csv.reader(text.splitlines(), delimiter="\t")
            header = next(reader, [])
            for line, cells in enumerate(reader, start=2):
                if not any(c.strip() for c in cells):
                    continue
                raw = "\t".join(cells)
                row = dict(zip(header, cells, strict=False))
                try:
                    self._row(doc, line, row, raw, entries, rejects)
                except ValueError as e:
                    bad = Unit(doc, f"line {line}", raw=raw)
                    bad.reject(str(e).split(":")[0], str(e), raw)
                    rejects.append(bad)
        units = []
        for cas, entry in entries.items():
            unit = Unit(entry.doc, "; ".join(entry.locs), raw="")
            name = next((n for n in entry.names if n), cas)
            unit.node(
                "Chemical", cas=cas, name=name, name_en=name, synonyms=sorted(set(entry.names[1:]) - {name}),
                property_source="; ".join(SOURCE_NAMES[s] for s in dict.fromkeys(entry.sources)), **entry.props,
            )
            units.append(unit)
        return rejects + units

    def _row(
        self, doc: SourceDoc, line: int, row: dict[str, str], raw: str, entries: dict[str, _Entry], rejects: list[Unit]
    ) -> None:
        file = doc.path.name
        cas_text = (row.get("CASRN") if file == ONTARIO else row.get("CAS")) or ""
        if not cas_text.strip():
            bad = Unit(doc, f"line {line}", raw=raw)
            bad.reject("CAS", "no CAS number: the row cannot be matched to a chemical", raw)
            rejects.append(bad)
            return
        numbers = [c.strip() for c in cas_text.split(";") if c.strip()]
        for text in numbers:
            cas = normalise_cas(text)
            if cas is None:
                bad = Unit(doc, f"line {line}", raw=raw)
                bad.reject("CAS", f"{text!r} is not a CAS number (shape or check digit)", raw)
                rejects.append(bad)
                continue
            loc = f"{file} line {line}"
            e = entries.setdefault(cas, _Entry(doc, loc))
            e.locs.append(loc)
            used = False
            try:
                if file in (NFPA, IEC):
                    used |= e.set("flash_point_c", kelvin_to_c(row.get("T_flash", "")))
                    used |= e.set("autoignition_c", kelvin_to_c(row.get("T_autoignition", "")))
                    used |= e.set("lel_vol_pct", fraction_to_pct(row.get("LFL", "")))
                    used |= e.set("uel_vol_pct", fraction_to_pct(row.get("UFL", "")))
                    names = (row.get("Name") or "").strip() if file == NFPA else row.get("Names") or ""
                    e.names += [n.strip(" ()") for n in names.split(";") if n.strip(" ()")][:1 if file == NFPA else 8]
                elif file == DIPPR:
                    used |= e.set("flash_point_c", kelvin_to_c(row.get("T_flash", "")))
                    e.names.append((row.get("Name") or "").strip().lower())
                else:
                    used |= self._ontario(e, row)
                    agent = (row.get("Agent [CAS No.]") or "").strip()
                    e.names.append(agent.split("[")[0].strip())
            except ValueError as err:
                raise ValueError(f"value: not a number ({err})") from None
            if used:
                e.sources.append(file)

    def _ontario(self, e: _Entry, row: dict[str, str]) -> bool:
        twa = (row.get("Time-Weighted Average Limit (TWA)") or "").strip()
        m = LIMIT.match(twa)
        if not m:
            return False
        prop = "oel_ppm" if m.group(2).lower() == "ppm" else "oel_mg_m3"
        return e.set(prop, float(m.group(1)))

