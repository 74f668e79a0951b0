"""US EPA RMP accident histories (`us-epa-rmp-accidents/`): one Case per accident row.

Per accident (`rmp_accident_detailed.csv`, one unit per row): the Case (date at month precision from
`rmp_facility_accidents.csv`, release types, casualties, evacuated / sheltered, property damage in USD, NAICS
code), the facility as an Enterprise (OCCURRED_AT), the release source equipment (INVOLVED role 泄漏源), the
initiating event (Cause, 直接原因) and each contributing factor (Cause, 间接原因 or 管理原因), each
post-accident change (Lesson), the chemicals released with their quantity in kg (`rmp_accident_chemicals.csv`,
INVOLVED role 泄漏物质), and the industry (IN_INDUSTRY) when the NAICS code falls in one of the key industries.

Source quirks handled here: the `Off-Site Deaths` / `Off-Site Public Deaths` columns repeat the on-site death
columns on every row (a PDF-parsing artefact), so deaths and injuries count the on-site columns only; two
RMP "chemicals" carry placeholder CAS numbers (Flammable Mixture 00-11-11, CBI substance 00-00-00) which are
not Chemical nodes: they are named in the case description with their quantity. Facility names are not in
the copied data, so an Enterprise is named after its EPA facility ID.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kb import Ref

from .base import SourceDoc, Unit, normalise_cas, number

KIND = "rmp"
FILES = (
    "rmp_accident_detailed.csv",
    "rmp_facility_accidents.csv",
    "rmp_accident_chemicals.csv",
    "rmp_chemical.csv",
    "rmp_facility_naics.csv",
)
LB_TO_KG = 0.45359237

RELEASE_TYPES = {
    "Gas Release": "gas release",
    "Liquid Spill/Evaporation": "liquid spill",
    "Fire": "fire",
    "Explosion": "explosion",
    "Uncontrolled/Runaway Reaction": "runaway reaction",
}
# RMP release source → equipment_kinds code.
EQUIPMENT = {
    "Storage Vessel": "储罐",
    "Piping": "管道",
    "Process Vessel": "工艺容器",
    "Transfer Hose": "软管",
    "Valve": "阀门",
    "Pump": "泵",
    "Joint": "接头",
}
# RMP cause flag → (cause level, GB/T 13861 factor class or None).
INITIATING = {
    "Equipment Failure": ("物的因素", "equipment failure"),
    "Human Error": ("人的因素/行为/操作错误", "human error"),
    "Natural(Weather Conditions": ("环境因素", "natural (weather conditions)"),
}
CONTRIBUTING = {
    "Contributing - Equipment Failure": ("间接原因", "物的因素"),
    "Contributing - Human Error": ("间接原因", "人的因素/行为/操作错误"),
    "Contributing - Improper Procedures": ("管理原因", "管理因素"),
    "Contributing - Overpressurization": ("间接原因", "物的因素/物理性"),
    "Contributing - Upset Condition": ("间接原因", "物的因素"),
    "Contributing - By-Pass Condition": ("间接原因", "人的因素/行为/违章作业"),
    "Contributing - Maintenance Activity/Inactivity": ("管理原因", "管理因素"),
    "Contributing - Process Design Failure": ("管理原因", "管理因素"),
    "Contributing - Unsuitable Equipment": ("间接原因", "物的因素"),
    "Contributing - Unusual Weather Condition": ("间接原因", "环境因素"),
    "Contributing - Management Error": ("管理原因", "管理因素"),
}
CHANGES = (
    "Change - Improved/Upgraded Equipment",
    "Change - Revised Maintenance",
    "Change - Revised Training",
    "Change - Revised Operating Procedures",
    "Change - New Process Controls",
    "Change - New Mitigation Systems",
    "Change - Revised Emergency Response Plan",
    "Change - Changed Process",
    "Change - Reduced Inventory",
)
# NAICS prefix → key industry of the 工业互联网+安全生产 action plan (longest prefix wins).
NAICS_INDUSTRY = {
    "211": "石油",
    "4861": "石油",
    "4862": "石油",
    "212": "矿山",
    "324": "石化",
    "325": "化工",
    "32592": "民爆",
    "327": "建材",
    "3311": "钢铁",
    "3312": "钢铁",
    "33151": "钢铁",
    "3313": "有色",
    "3314": "有色",
    "33152": "有色",
}
DEATHS = ("Employee/Contractor Deaths", "Public Responder Deaths", "Public Deaths")
INJURIES = ("Employee/Contractor Injuries", "Public Responder Injuries", "Public Injuries")
DAMAGE = ("On-Site Property Damage ($)", "Off-Site Property Damage ($)")


def industry_of(naics: str) -> str | None:
    for n in range(len(naics), 2, -1):
        hit = NAICS_INDUSTRY.get(naics[:n])
        if hit:
            return hit
    return None


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]


def yes(value: str | None) -> bool:
    return (value or "").strip().lower() == "yes"


def free_text(value: str | None) -> str:
    v = (value or "").strip()
    return "" if v in ("", "N/A") else v


@dataclass
class _Chem:
    rows: list[int] = field(default_factory=list)
    kg: float | None = None
    percent: float | None = None


def _read_csv(doc: SourceDoc) -> list[tuple[int, dict[str, str]]]:
    with doc.path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return [(reader.line_num, row) for row in reader]


class RmpImporter:
    kind = KIND

    def files(self, path: Path) -> list[Path]:
        folder = path if path.is_dir() else path.parent
        missing = [f for f in FILES if not (folder / f).is_file()]
        if missing:
            raise FileNotFoundError(f"{folder}: RMP files missing: {', '.join(missing)}")
        return [folder / f for f in FILES]

    def read(self, docs: Sequence[SourceDoc]) -> list[Unit]:
        by_name = {d.path.name: d for d in docs}
        detailed, fac_acc, acc_chem, chem, fac_naics = (by_name[f] for f in FILES)
        dates = {r["facility_accident_id"]: (line, r) for line, r in _read_csv(fac_acc)}
        chemicals = {r["chemical_id"]: (line, r) for line, r in _read_csv(chem)}
        naics_of: dict[str, list[str]] = defaultdict(list)
        for _, r in _read_csv(fac_naics):
            naics_of[r["facility_id"]].append(r["naics_code"].strip())
        released: dict[str, list[tuple[int, dict[str, str]]]] = defaultdict(list)
        for line, r in _read_csv(acc_chem):
            released[r["facility_accident_id"]].append((line, r))

        units: list[Unit] = []
        seen: set[Ref] = set()  # shared nodes (enterprise, chemical, industry) are yielded once
        for line, row in _read_csv(detailed):
            unit = Unit(detailed, f"line {line}", raw=",".join(row.values()))
            units.append(unit)
            self._accident(unit, row, dates, chemicals, naics_of, released, acc_chem, chem, fac_acc, seen)
        return units

    def _accident(
        self,
        unit: Unit,
        row: dict[str, str],
        dates: dict[str, tuple[int, dict[str, str]]],
        chemicals: dict[str, tuple[int, dict[str, str]]],
        naics_of: dict[str, list[str]],
        released: dict[str, list[tuple[int, dict[str, str]]]],
        acc_chem: SourceDoc,
        chem_doc: SourceDoc,
        fac_acc: SourceDoc,
        seen: set[Ref],
    ) -> None:
        faid = row["Facility Accident ID"].strip()
        facility = row["EPA Facility ID"].strip()
        code = f"RMP-{faid}"
        if faid not in dates:
            unit.reject("Facility Accident ID", f"{faid!r} is not in {fac_acc.path.name}: no date")
            return
        dline, drow = dates[faid]
        try:
            occurred = dt.datetime.strptime(drow["date_of_accident"].strip(), "%B %Y").date()
        except ValueError:
            unit.reject("date_of_accident", f"not a month and year: {drow['date_of_accident']!r}",
                        record=f"{fac_acc.path.name} line {dline}")
            return
        try:
            deaths = sum(int(number(row[c]) or 0) for c in DEATHS)
            injuries = sum(int(number(row[c]) or 0) for c in INJURIES)
            evacuated = int(number(row["Evacuated"]) or 0)
            sheltered = int(number(row["Sheltered-in-Place"]) or 0)
            damage = sum(number(row[c]) or 0.0 for c in DAMAGE)
        except ValueError as e:
            unit.reject("casualties/damage", f"not a number: {e}")
            return
        releases = [label for col, label in RELEASE_TYPES.items() if yes(row.get(col))]
        chems = self._chemicals(unit, faid, released, chemicals, acc_chem)
        toxic = any(chemicals[cid][1]["flammable_toxic"].strip() == "Toxic" for cid in chems if cid in chemicals)
        notes: list[str] = []
        for cid, c in chems.items():
            cline, crow = chemicals[cid]
            if normalise_cas(crow["cas_number"]) is None:
                qty = f", {c.kg:g} kg" if c.kg is not None else ""
                notes.append(f"{crow['chemical_name'].strip()} (RMP placeholder CAS {crow['cas_number'].strip()}{qty})")
        naics = row["NAICS Code of Process Involved"].strip()
        desc = [
            f"RMP accident {faid} at EPA facility {facility}",
            f"{' + '.join(releases) or 'release'} began {drow['time_accident_began'].strip()}, "
            f"lasting {drow['release_duration'].strip()}",
            f"process NAICS {naics} ({row['NAICS Description'].strip()})",
        ]
        if notes:
            desc.append("also released: " + "; ".join(notes))
        case = unit.node(
            "Case",
            code=code,
            name=f"RMP {faid}: {' + '.join(releases) or 'release'}, {occurred:%Y-%m}",
            occurred_on=occurred.isoformat(),
            date_precision="month",
            accident_type=_accident_type(releases, toxic),
            deaths=deaths,
            injuries=injuries,
            evacuated=evacuated,
            sheltered=sheltered,
            property_damage_usd=damage,
            release_types=releases,
            naics_code=naics,
            status="closed",
            description="; ".join(desc) + ".",
        )
        ent = Ref("Enterprise", f"EPA-RMP-{facility}")
        if ent not in seen:
            industry = next((i for i in map(industry_of, sorted(naics_of.get(facility, []))) if i), None)
            unit.node("Enterprise", code=ent.uid, name=f"RMP facility {facility}", industry=industry)
            seen.add(ent)
        unit.link("OCCURRED_AT", case, ent)
        industry = industry_of(naics)
        if industry:
            ind = Ref("Industry", industry)
            if ind not in seen:
                unit.node("Industry", code=industry, name=industry)
                seen.add(ind)
            unit.link("IN_INDUSTRY", case, ind)
        for col, kind in EQUIPMENT.items():
            if yes(row.get(col)):
                eq = unit.node("Equipment", code=f"{code}-eq-{slug(col)}", name=col, kind=kind)
                unit.link("INVOLVED", case, eq, role="泄漏源")
        other_source = free_text(row.get("Other Release Source"))
        if other_source:
            eq = unit.node("Equipment", code=f"{code}-eq-other", name=other_source, kind="其他设备")
            unit.link("INVOLVED", case, eq, role="泄漏源")
        event = row["Initiating Event"].strip()
        if event and event != "Unknown":
            factor, text = INITIATING.get(event, (None, event))
            cause = unit.node(
                "Cause", code=f"{code}-init", name=f"initiating event: {text}", level="直接原因",
                factor_class=factor, text=event,
            )
            unit.link("CAUSED_BY", case, cause)
        for col, (level, factor) in CONTRIBUTING.items():
            if yes(row.get(col)):
                label = col.removeprefix("Contributing - ")
                cause = unit.node(
                    "Cause", code=f"{code}-cf-{slug(label)}", name=f"contributing: {label.lower()}", level=level,
                    factor_class=factor, text=label,
                )
                unit.link("CAUSED_BY", case, cause)
        other_cause = free_text(row.get("Contributing - Other"))
        if other_cause:
            cause = unit.node("Cause", code=f"{code}-cf-other", name=f"contributing: {other_cause}", level="间接原因",
                              text=other_cause)
            unit.link("CAUSED_BY", case, cause)
        for col in CHANGES:
            if yes(row.get(col)):
                label = col.removeprefix("Change - ")
                lesson = unit.node("Lesson", code=f"{code}-chg-{slug(label)}", name=f"change: {label}", text=label)
                unit.link("HAS_LESSON", case, lesson)
        other_change = free_text(row.get("Change - Other"))
        if other_change:
            lesson = unit.node("Lesson", code=f"{code}-chg-other", name=f"change: {other_change}", text=other_change)
            unit.link("HAS_LESSON", case, lesson)
        for cid, c in chems.items():
            cline, crow = chemicals[cid]
            cas = normalise_cas(crow["cas_number"])
            if cas is None:
                continue
            ref = Ref("Chemical", cas)
            if ref not in seen:
                name = crow["chemical_name"].strip()
                unit.node("Chemical", cas=cas, name=name, name_en=name, src_doc=chem_doc.code,
                          src_loc=f"line {cline}")
                seen.add(ref)
            unit.link(
                "INVOLVED", case, ref, role="泄漏物质", quantity_kg=c.kg, percent_weight=c.percent,
                src_doc=acc_chem.code, src_loc="lines " + ",".join(map(str, c.rows)),
            )

    def _chemicals(
        self,
        unit: Unit,
        faid: str,
        released: dict[str, list[tuple[int, dict[str, str]]]],
        chemicals: dict[str, tuple[int, dict[str, str]]],
        doc: SourceDoc,
    ) -> dict[str, _Chem]:
        """The chemicals an accident released, one entry per chemical (repeated rows add their quantities)."""
        out: dict[str, _Chem] = {}
        for line, r in released.get(faid, []):
            where = f"{doc.path.name} line {line}"
            cid = r["chemical_id"].strip()
            if cid not in chemicals:
                unit.reject("chemical_id", f"{cid!r} is not in rmp_chemical.csv", raw=str(r), record=where)
                continue
            try:
                lbs = number(r["quantity_released_lbs"])
                pct = number(r["percent_weight"])
            except ValueError:
                unit.reject("quantity_released_lbs/percent_weight", "not a number", raw=str(r), record=where)
                continue
            c = out.setdefault(cid, _Chem())
            c.rows.append(line)
            if lbs is not None:
                c.kg = round((c.kg or 0.0) + lbs * LB_TO_KG, 3)
            if pct is not None and c.percent is None:
                c.percent = pct
        return out


def _accident_type(releases: list[str], toxic: bool) -> str:
    """GB 6441 accident type from the RMP release types: explosion, then fire, then toxic release."""
    if "explosion" in releases:
        return "其他爆炸"
    if "fire" in releases:
        return "火灾"
    if toxic:
        return "中毒和窒息"
    return "其他伤害"
