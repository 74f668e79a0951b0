"""Page furniture (links to other news, appendices of background) is not read as the story, by any field."""

from __future__ import annotations

from ingest.extract import extract_report
from ingest.extract.furniture import furniture_spans, in_furniture, teaser_boxes

STORY = "2021年3月4日，某市一家机械厂车间内的铝粉突然爆炸，3名工人被烧伤，已送医院救治。\n"


def test_a_links_marker_covers_its_line_and_the_titles_below_it() -> None:
    links = "相关报道：某地一化工企业发生爆炸 死2伤9\n          某县液化气站起火七人受伤\n\n"
    text = STORY + links + "记者 王某 编辑 李某。\n"
    rep = extract_report(text)
    assert (rep.deaths, rep.injuries) == (None, 3)
    assert {c.name for c in rep.chemicals} == {"铝粉"}
    assert in_furniture(text, text.index("某县液化气站"))
    assert not in_furniture(text, text.index("记者"))  # a sentence after the list ends it


def test_a_marker_alone_on_its_line_and_next_article_links() -> None:
    text = STORY + "相关阅读\n某港口甲苯储罐起火\n上一篇：某厂液氨泄漏12人中毒\n"
    rep = extract_report(text)
    assert {c.name for c in rep.chemicals} == {"铝粉"}
    assert rep.poisoned is None


def test_an_appendix_heading_in_the_second_half_ends_the_story() -> None:
    background = "【新闻链接】铝粉遇水会放出氢气，与氯气接触会燃烧，硫化氢浓度高时可致人死亡。"
    rep = extract_report(STORY + "工厂已停产整顿。\n" + background)
    assert {c.name for c in rep.chemicals} == {"铝粉"}
    # before the story, a paper's keyword line is not an appendix
    text = "【关键词】铝粉；粉尘爆炸\n" + STORY + "工厂已停产整顿，事故原因正在调查之中，车间内铝粉已清运完毕。"
    assert furniture_spans(text) == ()


def test_a_run_of_short_headlines_is_a_list_only_with_a_cut_headline() -> None:
    runs = "某地烟花厂爆炸…\n某县加油站起火\n某市煤气罐爆炸\n"
    assert furniture_spans(STORY + runs)
    lines = "工厂名称：某机械厂\n地点：某市某区\n行业：机械加工\n"  # short lines of a form, not links
    assert furniture_spans(STORY + lines) == ()


def test_a_run_of_short_headlines_each_stamped_with_its_day_is_a_list() -> None:
    dated = (
        "责任编辑：某某\n某港口股东承认靠关系通过审核      [2015-08-20]\n环保部门:25个水质监测点检出氰化物      "
        "[2015-08-19]\n某市20日起进入阅兵时区      [2015-08-19]\n"
    )
    rep = extract_report(STORY + dated)
    assert {c.name for c in rep.chemicals} == {"铝粉"}
    assert in_furniture(STORY + dated, (STORY + dated).index("氰化物"))
    # (not two such lines, nor lines of a form with their days)
    two = "某港口股东承认靠关系通过审核      [2015-08-20]\n环保部门:25个水质监测点检出氰化物      [2015-08-19]\n"
    assert furniture_spans(STORY + two) == ()
    assert furniture_spans(STORY + "检测时间：上午\n" + two) == ()  # (three short lines, two of them with a day)


DUST_BLAST_WITH_LINKS = (
    "【大纪元1月10日讯】9日下午3时许，位于松江的某饲料厂发生粉尘爆炸事故，导致8人受伤。\n"
    "目前，警方正在对这起粉尘爆炸案进行调查。\n\n"
    "    相关文章\n    \n\n"
    "  • 下一个受伤的是谁?–明星拍戏“伤事”不断 (1/10/2002)    \n"
    "  • 山西又暴煤矿事故 5名矿工丧生 (1/10/2002)    \n"
    "  • 江西又有花炮厂爆炸 致20余人死伤 (1/8/2002)    \n"
    "  • 湖南浏阳家庭鞭炮工厂也传爆炸 2死三伤 (1/8/2002)    \n"
)


def test_a_bulleted_links_headline_may_ask_and_the_list_goes_on() -> None:
    pos = DUST_BLAST_WITH_LINKS.index("江西又有花炮厂")
    assert in_furniture(DUST_BLAST_WITH_LINKS, pos)
    # (a paper's ■ before a subheading or a paragraph of the story is no link, nor a bullet's sentence)
    for line in ("■谁该为事故负责?", "• 消防人员冒死冷却罐体，防止发生爆炸。"):
        text = f"某罐车追尾起火，致一死一伤。\n相关文章\n{line}\n"
        assert not in_furniture(text, text.index(line[2:])), line


def test_the_class_is_read_without_the_linked_news() -> None:
    rep = extract_report(DUST_BLAST_WITH_LINKS)
    assert (rep.accident_type, rep.deaths, rep.injuries) == ("其他爆炸", None, 8)


TEASERS = (
    "福建拆危楼压毙工人\n[2015.06.15] 发表\n【明报专讯】福建惠安昨日也发生塌楼事故，一名被困工人获救送院后不治。\n"
    "更多中国新闻\n【明报专讯】黑龙江省庆安县一干部被人围殴重伤，在医院治理28天后死亡。\n传媒《...\n详情\n"
    "【明报专讯】据四川新闻网报道，6月7日，这样的事情就发生在南充嘉陵区一乡镇，接到报警后...\n详情\n"
)


def test_a_teaser_box_under_more_news_is_furniture_and_tells_no_day() -> None:
    boxes = teaser_boxes(TEASERS)
    assert [TEASERS[a:b].splitlines()[0] for a, b in boxes] == ["更多中国新闻"]
    assert TEASERS[boxes[0][0] : boxes[0][1]].endswith("详情")
    # the story's relative day counts from the page's stamp, not the teaser's day
    assert extract_report(TEASERS).date == "2015-06-14"


def test_a_more_news_heading_over_a_story_takes_in_no_story() -> None:
    text = "更多新闻\n2021年3月4日上午，某厂发生爆炸，3人受伤。"
    boxes = teaser_boxes(text)
    assert [text[a:b] for a, b in boxes] == ["更多新闻"]
    assert extract_report(text).date == "2021-03-04"
