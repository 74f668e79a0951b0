"""Severity grades (decree 493 art. 3) and major hazard sources (GB 18218-2018), against worked examples."""

from __future__ import annotations

import pytest

from ontology import StoredSubstance, assess_major_hazard, lec_band, severity_grade


@pytest.mark.parametrize(
    ("deaths", "serious", "loss", "grade"),
    [
        (0, 0, 0, "一般"),
        (2, 9, 9_999_999, "一般"),  # every measure just below 较大
        (3, 0, 0, "较大"),  # "以上" includes the bound
        (0, 10, 0, "较大"),
        (0, 0, 10_000_000, "较大"),
        (9, 49, 49_999_999, "较大"),
        (10, 0, 0, "重大"),
        (29, 0, 0, "重大"),
        (0, 50, 0, "重大"),
        (0, 0, 50_000_000, "重大"),
        (30, 0, 0, "特别重大"),
        (0, 100, 0, "特别重大"),
        (0, 0, 100_000_000, "特别重大"),
        (1, 0, 120_000_000, "特别重大"),  # the highest grade any one measure reaches
        (165, 798, 6_866_000_000, "特别重大"),  # Tianjin Port 8·12 (2015)
        (20, 24, 94_778_150, "重大"),  # Wenling 6·13 LPG tank truck (2020)
    ],
)
def test_severity_grade(deaths: int, serious: int, loss: float, grade: str) -> None:
    assert severity_grade(deaths, serious, loss) == grade


def test_severity_rejects_negative_counts() -> None:
    with pytest.raises(ValueError):
        severity_grade(-1, 0, 0)


CHLORINE, H2S, PHOSGENE, LPG = "7782-50-5", "7783-06-4", "75-44-5", "68476-85-7"
BENZENE, TOLUENE, GASOLINE, METHANOL = "71-43-2", "108-88-3", "86290-81-5", "67-56-1"


def test_chlorine_tank_area_worked_example() -> None:
    # 20 t of liquid chlorine (Q = 5 t, β = 4), 150 people within 500 m (α = 2.0):
    # Σq/Q = 4 ≥ 1, R = 2.0 × 4 × 4 = 32 → 三级.
    a = assess_major_hazard([StoredSubstance(CHLORINE, 20)], 150)
    assert a.is_major and a.sum_ratio == 4 and a.alpha == 2.0 and a.r_value == 32 and a.level == "三级"


def test_lpg_spheres_worked_example() -> None:
    # 1,500 t LPG (Q = 50 t; flammable gas β = 1.5), 60 people (α = 1.5): R = 1.5 × 1.5 × 30 = 67.5 → 二级.
    a = assess_major_hazard([StoredSubstance(LPG, 1500, hazard_category="易燃气体")], 60)
    assert a.r_value == 67.5 and a.level == "二级"


def test_tank_farm_mixture_worked_example() -> None:
    # Benzene 300 t (Q 50), toluene 2,000 t (Q 500), gasoline 3,000 t (Q 200), nobody within 500 m (α = 0.5):
    # Σq/Q = 6 + 4 + 15 = 25, R = 0.5 × 25 = 12.5 → 三级.
    a = assess_major_hazard(
        [StoredSubstance(BENZENE, 300), StoredSubstance(TOLUENE, 2000), StoredSubstance(GASOLINE, 3000)], 0
    )
    assert a.sum_ratio == 25 and a.alpha == 0.5 and a.r_value == 12.5 and a.level == "三级"


def test_phosgene_and_h2s_worked_examples() -> None:
    # Phosgene 3 t (Q 0.3, β 20), 20 people (α 1.0): R = 20 × 10 = 200 → 一级.
    assert assess_major_hazard([StoredSubstance(PHOSGENE, 3)], 20).level == "一级"
    # H2S 10 t (Q 5, β 5), 120 people (α 2.0): R = 2 × 5 × 2 = 20 → 三级.
    assert assess_major_hazard([StoredSubstance(H2S, 10)], 120).r_value == 20


def test_below_threshold_is_not_major() -> None:
    a = assess_major_hazard([StoredSubstance(METHANOL, 100)], 500)  # 100/500 = 0.2
    assert not a.is_major and a.level is None


def test_level_bounds_are_inclusive() -> None:
    # Chlorine 62.5 t, α 2.0: R = 2 × 4 × 12.5 = 100 → 一级 (R ≥ 100).
    assert assess_major_hazard([StoredSubstance(CHLORINE, 62.5)], 100).level == "一级"
    # α by people: 50 → 1.5, 30 → 1.2, 1 → 1.0, 0 → 0.5 (GB 18218-2018 table 5).
    assert [assess_major_hazard([StoredSubstance(CHLORINE, 5)], n).alpha for n in (50, 49, 30, 29, 1, 0)] == [
        1.5,
        1.2,
        1.2,
        1.0,
        1.0,
        0.5,
    ]


def test_unknown_substance_needs_its_critical_quantity() -> None:
    with pytest.raises(ValueError, match="no critical quantity"):
        assess_major_hazard([StoredSubstance("0000-00-0", 10)], 0)
    a = assess_major_hazard([StoredSubstance("0000-00-0", 10, critical_quantity_t=5)], 0)
    assert a.sum_ratio == 2


def test_lec_bands() -> None:
    assert lec_band(10, 6, 7)[1:] == ("极其危险", "重大风险")  # D = 420
    assert lec_band(3, 6, 15)[1:] == ("高度危险", "较大风险")  # D = 270
    assert lec_band(1, 6, 15)[1:] == ("显著危险", "一般风险")  # D = 90
    assert lec_band(1, 1, 1)[1:] == ("稍有危险", "低风险")
