"""Texts in traditional characters are read as simplified ones (ingest/extract/script.py)."""

from __future__ import annotations

import pytest

from ingest.extract.extract import extract_report
from ingest.extract.script import normalise_text, to_simplified

TRADITIONAL = (
    "2004年7月17日11時，某廠充裝車間一隻氧氣鋼瓶在充裝時發生爆炸，造成2人死亡、4人受傷，"
    "直接經濟損失30萬元。經調查，鋼瓶內混入油脂，遇高壓氧氣發生劇烈氧化反應。"
)


def test_a_traditional_text_is_read() -> None:
    rep = extract_report(TRADITIONAL)
    assert (rep.date, rep.deaths, rep.injuries, rep.direct_loss_cny) == ("2004-07-17", 2, 4, 300_000.0)
    assert rep.accident_type == "容器爆炸"
    assert "氧" in {c.name for c in rep.chemicals}


def test_the_same_length_so_spans_stay_valid() -> None:
    assert len(normalise_text(TRADITIONAL)) == len(TRADITIONAL)
    rep = extract_report(TRADITIONAL)
    span = rep.spans["deaths"]
    assert TRADITIONAL[span.start : span.end].startswith("2人")


def test_a_simplified_text_keeps_its_names() -> None:
    # 乾 and 昇 are traditional forms of 干 and 升, and names in simplified texts use them as they are
    text = "项目总监林洪乾，监理单位为四川鼎昇建设项目管理咨询有限公司。塔吊倒塌，造成1人死亡。"
    assert to_simplified(text) == text


def test_a_label_in_traditional_characters_names_the_substance() -> None:
    from bench.extract import Gold, score

    text = "2021年3月4日，一家餐馆发生液化气泄漏爆炸事故，3人受伤。"
    labels = {"chemicals": ["液化氣"], "injuries": 3}
    counts = score([Gold("t.json", "web", "t.txt", "labelled", labels, text, "")])
    assert (counts["chemicals"].tp, counts["chemicals"].fp, counts["chemicals"].fn) == (1, 0, 0)


@pytest.mark.parametrize(
    ("text", "deaths", "accident_type"),
    [
        # Hong Kong papers' words for a fall and a death: 墮 for 坠, 墮斃, 送院後證實不治
        ("2025年9月4日，地盤今早發生工業意外，一名男工從高處墮下，送院後證實不治。", 1, "高处坠落"),
        ("2025年9月4日，地盤今早發生奪命工業意外，年僅26歲的鐵模男工墮斃。", 1, None),
        ("2025年9月4日，某地盘今早发生工业意外，一名工人被压毙。", 1, None),
        ("2025年9月4日，某地盘今早发生工业意外，两名工人被压毙。", 2, None),
        ("2025年9月4日，某矿发生坍塌，两名工人被救出，均已失去生命迹象。", 2, "坍塌"),
        # Taiwan papers': life gone on the spot, and 不治喪命 after hospital; not a near miss
        ("2025年9月10日，鐵工廠發生爆炸，宋男被強大的衝擊波轟出，當場失去生命跡象。", 1, "其他爆炸"),
        ("2025年9月10日，鐵工廠發生爆炸，宋男被強大的衝擊波轟出，送醫後仍不治喪命。", 1, "其他爆炸"),
        ("2025年9月10日，某厂发生事故，一名工人触电丧命。", 1, "触电"),
        ("2025年9月10日，某厂发生事故，一名工人险些丧命。", None, None),
        # on the spot (當場不治), and struck dead (擊斃) by what fell, the victim no faller
        ("2023年9月21日，地盤發生致命工業意外，一名司機被一塊從高處墮下的石屎組件擊中，當場不治。", 1, "物体打击"),
        ("2023年9月21日，地盤發生工業意外，一名司機遭墮下石屎組件擊斃。", 1, "物体打击"),
    ],
)
def test_hong_kong_and_taiwan_words_for_a_death(text: str, deaths: int | None, accident_type: str | None) -> None:
    rep = extract_report(text)
    assert (rep.deaths, rep.accident_type) == (deaths, accident_type)


@pytest.mark.parametrize(
    ("text", "accident_type"),
    [
        # a gas explosion as Taiwan papers write it (氣爆), town gas's pipes named 瓦斯 beside a works shaft no firedamp
        ("2017年3月17日下午，下水道工程不慎挖到中油管線，發生氣爆意外，1名工人送醫後不治。", "其他爆炸"),
        ("2017年3月17日下午，下水道工作井下施工，因路口另有天然氣和欣高瓦斯管線，施工時不慎挖破管線，導致氣爆，"
         "1名工人送醫後不治。", "其他爆炸"),
        # 着火 as traditional texts keep writing it
        ("2015年7月26日，某石化公司常壓裝置渣油換熱器發生洩露著火，已導致1人死亡，4人受傷。", "火灾"),
        # (a coal mine's firedamp is its own class)
        ("2017年3月17日，某煤礦井下發生瓦斯爆炸，1名礦工送醫後不治。", "瓦斯爆炸"),
        # a fall through the opening beside a site hoist is a fall, not the hoist's failure
        ("2025年12月13日上午，某區一處新建工程工地發生嚴重工安事故。1名女工人於作業期間，疑似自21樓高處墜落至1樓地面，"
         "當場死亡。\n警方調查指出，女工人主要負責操作施工電梯。事發時，她剛完成載運其他工人至21樓的作業，準備返回電梯"
         "時，不慎從施工電梯與樓板間的開口墜落。", "高处坠落"),
        ("2025年12月13日上午，工地施工電梯突然墜落至1樓地面，1名工人當場死亡。", "起重伤害"),
    ],
)
def test_taiwan_gas_explosions_and_a_fall_beside_a_hoist(text: str, accident_type: str) -> None:
    assert extract_report(text).accident_type == accident_type


@pytest.mark.parametrize(
    ("text", "accident_type"),
    [
        # a crane worker by his trade, who fell, is no crane accident; a crane at work is
        ("2022年6月21日下午3時許，50歲的趙姓吊車工人在造船廠工作時，疑施工不慎跌落4公尺高的船艙，送醫後宣告不治。",
         "高处坠落"),
        ("2022年6月21日下午3時許，造船廠吊車工作時發生傾覆，砸中一名工人，送醫後宣告不治。", "起重伤害"),
    ],
)
def test_a_crane_worker_who_fell(text: str, accident_type: str) -> None:
    assert extract_report(text).accident_type == accident_type


def test_an_updates_bracketed_headline_ends_as_a_sentence() -> None:
    text = "最新:【工地坍塌死亡人数升至12人】市政府举行新闻发布会"
    norm = normalise_text(text)
    assert len(norm) == len(text) and norm.endswith("12人。市政府举行新闻发布会")
    # (not a bracket of another kind, nor one the text stops after itself)
    for other in (
        "【独家专访安全生产专家】今天我们来谈",
        "【工地坍塌死亡人数升至12人】，市政府举行新闻发布会",
        "新闻回顾【工地坍塌死亡人数升至12人】后续报道",
    ):
        assert normalise_text(other) == other
