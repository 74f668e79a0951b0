"""Computed classifications: accident severity (decree 493) and major hazard sources (GB 18218-2018).

Thresholds are read from the taxonomy data (taxonomies.yaml, gb18218.yaml), never written here, so the
numbers live in one place with their source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import yaml

from .schema import HERE, Ontology, load


def severity_grade(
    deaths: int = 0, serious_injuries: int = 0, direct_loss_cny: float = 0.0, onto: Ontology | None = None
) -> str:
    """The grade of 生产安全事故报告和调查处理条例 art. 3: the highest grade any one measure reaches.

    Bounds are inclusive ("以上包括本数"), so 3 deaths is 较大 and 29 deaths is 重大.
    """
    onto = onto or load()
    if min(deaths, serious_injuries, direct_loss_cny) < 0:
        raise ValueError("casualty counts and losses cannot be negative")
    grades = sorted(onto.taxonomy("severity_grades").entries, key=lambda e: -int(e.data["rank"]))
    for g in grades:
        if (
            deaths >= g.data["min_deaths"]
            or serious_injuries >= g.data["min_serious_injuries"]
            or direct_loss_cny >= g.data["min_loss_cny"]
        ):
            return g.code
    return grades[-1].code


@lru_cache(maxsize=1)
def gb18218_tables() -> dict[str, Any]:
    with (HERE / "gb18218.yaml").open(encoding="utf-8") as f:
        data: dict[str, Any] = yaml.safe_load(f)
    return data


@dataclass(frozen=True)
class StoredSubstance:
    cas: str
    quantity_t: float
    # GB 18218 table 4 category (爆炸物, 易燃气体 …) for substances table 3 does not name.
    hazard_category: str = "其他"
    # Only for substances table 1 does not list (their Q comes from table 2 by hazard category).
    critical_quantity_t: float | None = None


@dataclass(frozen=True)
class Term:
    cas: str
    q_t: float
    critical_t: float
    beta: float

    @property
    def ratio(self) -> float:
        return self.q_t / self.critical_t


@dataclass(frozen=True)
class MajorHazardAssessment:
    terms: tuple[Term, ...]
    people_within_500m: int
    alpha: float
    sum_ratio: float
    r_value: float
    is_major: bool
    level: str | None
    basis: str = field(default="GB 18218-2018")


def critical_quantity(cas: str) -> float | None:
    entry = gb18218_tables()["critical_quantities"].get(cas)
    return float(entry["q_t"]) if entry else None


def beta_for(cas: str, hazard_category: str = "其他") -> float:
    t = gb18218_tables()
    if cas in t["beta_named"]:
        return float(t["beta_named"][cas])
    return float(t["beta_by_class"].get(hazard_category, t["beta_by_class"]["其他"]))


def alpha_for(people_within_500m: int) -> float:
    if people_within_500m < 0:
        raise ValueError("people_within_500m cannot be negative")
    for row in gb18218_tables()["alpha_by_people"]:
        if people_within_500m >= row["min_people"]:
            return float(row["alpha"])
    raise AssertionError("alpha table has no row for 0 people")


def assess_major_hazard(
    substances: list[StoredSubstance], people_within_500m: int, onto: Ontology | None = None
) -> MajorHazardAssessment:
    """Identify (Σ q/Q ≥ 1) and grade (R = α Σ β q/Q) a unit per GB 18218-2018 4.2 and 4.3."""
    onto = onto or load()
    terms = []
    for s in substances:
        q_crit = critical_quantity(s.cas) or s.critical_quantity_t
        if not q_crit or q_crit <= 0:
            raise ValueError(f"{s.cas}: no critical quantity in GB 18218 table 1 and none given")
        if s.quantity_t < 0:
            raise ValueError(f"{s.cas}: quantity cannot be negative")
        terms.append(Term(s.cas, s.quantity_t, q_crit, beta_for(s.cas, s.hazard_category)))
    alpha = alpha_for(people_within_500m)
    sum_ratio = sum(t.ratio for t in terms)
    r_value = alpha * sum(t.beta * t.ratio for t in terms)
    is_major = sum_ratio >= 1
    level = None
    if is_major:
        levels = sorted(onto.taxonomy("major_hazard_levels").entries, key=lambda e: -float(e.data["min_r"]))
        level = next(e.code for e in levels if r_value >= float(e.data["min_r"]))
    return MajorHazardAssessment(
        terms=tuple(terms),
        people_within_500m=people_within_500m,
        alpha=alpha,
        sum_ratio=round(sum_ratio, 6),
        r_value=round(r_value, 6),
        is_major=is_major,
        level=level,
    )


def lec_band(l: float, e: float, c: float, onto: Ontology | None = None) -> tuple[float, str, str]:  # noqa: E741
    """D = L × E × C and its band and risk level (LEC method)."""
    onto = onto or load()
    d = l * e * c
    for band in onto.taxonomy("lec_bands").entries:
        lo = float(band.data["min_d"])
        if d > lo or (lo == 0 and d >= 0):
            return d, band.code, str(band.data["risk_level"])
    raise ValueError(f"D={d} is negative")
