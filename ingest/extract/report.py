"""What the extractor returns: one report's values, each with its character span in the text given."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    text: str
    span: Span


@dataclass(frozen=True)
class ChemicalMention:
    name: str  # canonical name
    cas: str  # "" when not known
    surface: str
    span: Span


@dataclass(frozen=True)
class EquipmentMention:
    surface: str
    kind: str | None  # equipment_kinds code, None when the word has no kind in the taxonomy
    span: Span


@dataclass(frozen=True)
class Party:
    name: str
    role: str  # canonical role, "" when none was stated
    kind: str  # "enterprise" (any unit) or "person"
    span: Span
    org: str = ""  # the unit a person belongs to, when the text says so


@dataclass(frozen=True)
class Cause:
    level: str | None  # 直接原因 / 间接原因 / 根本原因, None when the text does not say
    text: str
    span: Span


@dataclass(frozen=True)
class Responsibility:
    party: str
    kind: str  # responsibility_kinds code
    text: str  # the passage that finds it
    span: Span
    sanction: str | None = None  # what the report proposes or records: "建议给予行政记过处分", "被公安机关刑事拘留"


@dataclass(frozen=True)
class Lesson:
    text: str
    span: Span


@dataclass
class ExtractedReport:
    sha256: str
    length: int
    title: str = ""
    date: str | None = None
    time: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    deaths: int | None = None
    injuries: int | None = None
    serious_injuries: int | None = None
    missing: int | None = None
    poisoned: int | None = None
    direct_loss_cny: float | None = None
    accident_type: str | None = None  # GB 6441 code, only when someone was hurt (the labels' convention)
    # GB 6441 class of the harm mechanism the text names, also when nobody was hurt ("…泄漏起火，未造成人员伤亡"
    # gives 火灾): lets an importer file a no-casualty incident under its mechanism; equal to accident_type otherwise
    mechanism: str | None = None
    severity: str | None = None
    chemicals: list[ChemicalMention] = field(default_factory=list)
    equipment: list[EquipmentMention] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    causes: list[Cause] = field(default_factory=list)
    responsibilities: list[Responsibility] = field(default_factory=list)
    lessons: list[Lesson] = field(default_factory=list)
    summary: Mention | None = None
    spans: dict[str, Span] = field(default_factory=dict)  # span of each scalar field above
