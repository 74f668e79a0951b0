"""read_date: the accident date of official reports and news narratives (short texts written for these tests)."""

from __future__ import annotations

import pytest

from ingest.extract.dates import DAY_RE, FoundDate, _day_mentions, read_date
from ingest.extract.numerals import normalise_digits
from tests.corpora import HAZMAT, corpus_texts


def _date(text: str) -> str | None:
    found = read_date(text)
    return found.date if found else None


@pytest.mark.parametrize(
    "text",
    [
        "2015年3月8日,某化工厂发生爆炸。",
        "二〇一五年三月八日,某化工厂发生爆炸。",
        "2015-03-08,某化工厂发生爆炸。",
        "2015.3.8,某化工厂发生爆炸。",
        "2015/3/8,某化工厂发生爆炸。",
        "2015年03月08日,某化工厂发生爆炸。",
        "2015 年3 月8 日,某化工厂发生爆炸。",
    ],
)
def test_full_date_forms(text: str) -> None:
    assert _date(text) == "2015-03-08"


def test_official_report_keeps_first_full_date_with_time() -> None:
    text = "一、事故概况\n2019年4月2日14时30分许,某公司仓库发生火灾,造成2人死亡。\n2019年5月10日,调查组召开会议。"
    found = read_date(text)
    assert found == FoundDate("2019-04-02", "14:30", text.index("2019"), text.index("许"))


def test_dateline_is_reference_not_accident() -> None:
    text = (
        "槽车追尾致盐酸泄漏\n2012年05月20日 09:15 来源:某某网\n本报讯 5月19日下午3时20分左右,一辆槽车在国道上发生追尾。"
    )
    found = read_date(text)
    assert found is not None
    assert (found.date, found.time) == ("2012-05-19", "15:20")
    assert text[found.start : found.end] == "5月19日下午3时20分"


def test_labelled_stamp_is_reference() -> None:
    text = "时间:2016-09-17 11:39\n昨日凌晨1时许,某镇一家烟花厂发生爆炸。"
    found = read_date(text)
    assert found is not None
    assert (found.date, found.time) == ("2016-09-16", "01:00")
    assert text[found.start : found.end] == "昨日凌晨1时"


def test_a_relative_day_counts_from_the_publication_stamp_not_the_update_told_before_it() -> None:
    stamps = "更新时间:09:43 2018-02-17 HKT\n发布时间:22:07 2018-02-16 HKT\n"
    story = "昨晚11时左右，某县某街道一个烟花爆竹零售点发生爆炸，造成3死5伤。"
    assert _date("某县烟花爆竹零售点爆炸 酿3死5伤\n\n" + stamps + story) == "2018-02-15"
    # (stamps without those labels: the first)
    assert _date("某县烟花爆竹零售点爆炸\n\n" + stamps.replace("更新", "").replace("发布", "") + story) == "2018-02-16"


@pytest.mark.parametrize(("word", "expected"), [("昨天", "2013-07-09"), ("前天", "2013-07-08"), ("今晨", "2013-07-10")])
def test_relative_days(word: str, expected: str) -> None:
    assert _date(f"发布时间:2013年07月10日\n{word}上午,某厂储罐发生泄漏。") == expected


@pytest.mark.parametrize("word", ["今晚", "今夜"])
def test_tonight_is_the_stamps_day(word: str) -> None:
    # "2014-09-26 20:27 来源:…\n今晚18时40分许，…塔吊发生倒塌"
    assert _date(f"2013-07-10 22:05 来源:某报\n{word}8时许,某厂储罐发生泄漏,1人受伤。") == "2013-07-10"


def test_agency_dateline_sets_today() -> None:
    # the page stamp is a day after the agency's dateline: 昨日 counts from the dateline
    text = "2008年12月05日03:00 某某晚报\n本报12月4日讯 昨日下午4时许,一辆油罐车发生爆炸。"
    assert _date(text) == "2008-12-03"
    assert _date("2011年06月03日 08:00 来源:某网\n某网某地6月2日电 6月1日晚,一处仓库起火。") == "2011-06-01"
    # (the hour an agency filed its story "today" is no day of the accident)
    text = "2006年02月24日14:23 某晚报\n据新华社今日10时37分专电 某煤矿昨日18时50分许发生一起煤尘爆炸事故。"
    assert _date(text) == "2006-02-23"
    assert _date("2006年02月24日14:23 某晚报\n某网今日9时电 某煤矿昨日发生一起煤尘爆炸事故。") == "2006-02-23"


def test_year_rolls_back_across_new_year() -> None:
    assert _date("2014年01月02日 10:20 来源:某报\n12月30日晚8时许,某厂发生火灾。") == "2013-12-30"
    assert _date("2014年01月02日 10:20 来源:某报\n前晚,某厂发生火灾。") == "2013-12-31"


def test_day_only_takes_month_of_reference() -> None:
    assert _date("发布日期:2010-03-02\n28日晚,某矿发生透水事故。") == "2010-02-28"


def test_day_only_after_a_full_date_of_the_prose_takes_its_month() -> None:
    text = "发布时间 2016-12-11\n2005年1月6日，某公司停产放假。7日17时30分，车间主任打开探火孔，炉内发生爆炸。"
    assert _date(text) == "2005-01-07"


def test_case_sheet_time_field_before_its_place_field() -> None:
    # "时间:" then "地点:" is a case sheet's accident fields, not a page stamp
    assert _date("关键词:中毒窒息\n时间:2016年7月11日\n地点:宁夏中卫\n伤亡人数:4人死亡\n事故经过") == "2016-07-11"
    assert _date("时间:2014年1月18日。\n地点:某牵引变电所高压室。\n事故经过:电弧击穿绝缘子。") == "2014-01-18"
    text = "发布日期:2019-09-09\n火灾的基本情况\n(1)时间2019年9月4日18时55分(接警时间)\n(2)火灾地址某市某厂房"
    assert _date(text) == "2019-09-04"


def test_a_story_going_back_to_the_day() -> None:
    text = "编辑:生活百科 2025-04-18 来源:某网\n时光回溯至2019年10月13日正午,阳光洒落在街道上。"
    assert _date(text) == "2019-10-13"
    assert _date("2019年10月13日午后3时,小吃店发生爆炸。") == "2019-10-13"


def test_an_event_after_a_second_date_is_dated_by_it() -> None:
    # the event told after the second date is not the first one's
    assert _date("2020-09-03新闻6 2019年11月15日 安徽蚌埠市一门面房发生火灾，5人死亡。") == "2019-11-15"


def test_last_year_and_this_year_before_a_month_and_day() -> None:
    assert _date("发布时间:2026-01-07\n去年6月10日，某市场铺面发生火灾，造成3人死亡。") == "2025-06-10"
    assert _date("发布时间:2014-08-20\n今年3月1日凌晨，某厂发生爆炸。") == "2014-03-01"


def test_the_night_before_and_the_day_of_the_fire() -> None:
    text = "1987年10月3日夜，车间里的60名工人正在紧张地操作。4日凌晨2时50分左右，滤尘器网笼喷出一团火，火势迅速蔓延。"
    assert _date(text) == "1987-10-04"


def test_clock_time_before_a_comma_is_prose() -> None:
    # "2007 年 3 月 30 日 17:00，…": the prose's own date and hour, not a page stamp
    assert _date("“330”火灾事故\n事故经过:2007 年 3 月 30 日 17:00,再生公司作业区起火。") == "2007-03-30"


def test_the_day_a_report_was_received_is_not_the_accident_day() -> None:
    text = "2024年4月3日，区市场监管局收到事故举报，经核实，2024年4月1日13时25分许，某公司发生一起碰撞事故。"
    assert _date(text) == "2024-04-01"


def test_no_reference_gives_none() -> None:
    assert read_date("6月1日下午,某厂发生爆炸,2人受伤。") is None
    assert read_date("昨日凌晨,某厂发生爆炸,2人受伤。") is None


def test_undatable_accident_day_not_replaced_by_other_full_date() -> None:
    assert read_date("3月20日上午,某公司发生火灾。该公司成立于2005年6月1日,2018年8月9日曾被通报。") is None


def test_later_investigation_date_not_taken() -> None:
    text = "2017年8月3日下午,某化工厂发生爆燃。2017年8月10日,调查组通报了事故原因。"
    assert _date(text) == "2017-08-03"
    text = "发布时间:2013-06-04\n记者4日从市安监局获悉,3日上午一家工厂发生氯气泄漏。"
    assert _date(text) == "2013-06-03"


def test_validity_and_founding_dates_not_taken() -> None:
    text = "该车道路运输证有效期至2014年4月10日,事故发生时已过期。2014年7月19日2时57分,该车发生追尾。"
    assert _date(text) == "2014-07-19"


def test_partial_date_far_before_stamp_is_a_repost() -> None:
    assert read_date("发布时间:2019-02-24 10:00\n8月2日凌晨,某厂发生爆炸。") is None


def test_a_month_and_day_whose_year_a_page_lost_is_no_day_alone() -> None:
    # ("年4月6日": not the 6th of the stamp's month)
    assert _date("某网 - 2023/8/15 21:14:00\n\n年4月6日8时45分许，某市某广场发生较大火灾事故，共造成4人死亡。") is None
    # (but this month's 6th is)
    assert _date("发布时间:2023-08-15\n本月6日8时45分许，某市某广场发生较大火灾事故，共造成4人死亡。") == "2023-08-06"


def test_a_relative_day_with_its_day_in_brackets_is_that_day() -> None:
    # (a page stamped just after midnight: 今(7)日 is the 7th, not the stamp's day)
    assert _date("08.09.2014  00:14\n\n某网消息 今(7)日下午，某在建工地坍塌。") == "2014-09-07"
    assert _date("2014-09-01 00:14\n\n某网消息 今(31)日下午，某在建工地坍塌。") == "2014-08-31"
    # (a bracketed day far from the stamp's is no such day: the word alone)
    assert _date("2014-09-08 00:14\n\n某网消息 今(17)日下午，某在建工地坍塌。") == "2014-09-08"


def test_bracketed_date_after_relative_day() -> None:
    assert _date("发布日期:2020-08-01\n今天(8月1日)14时许,某高速发生槽车泄漏。") == "2020-08-01"


def test_time_of_day() -> None:
    found = read_date("2018年6月1日晚上9点15分,某小区燃气爆炸。")
    assert found is not None and found.time == "21:15"
    found = read_date("2018年6月1日,某小区燃气爆炸。")
    assert found is not None and found.time is None


def test_no_date() -> None:
    assert read_date("近日,某地发生一起火灾。") is None


def test_accident_time_field_is_not_furniture() -> None:
    found = read_date("事故发生时间:2019年4月2日 14:30\n事故发生地点:某市某区")
    assert found is not None and (found.date, found.time) == ("2019-04-02", "14:30")
    assert read_date("发布时间:2019年4月2日 14:30\n") is None


def test_place_word_after_date_is_not_a_source() -> None:
    assert _date("2019年4月2日在某网吧发生火灾。") == "2019-04-02"


def test_partial_day_takes_year_of_same_day_written_in_full() -> None:
    text = "发生日期:1998年2月3日。\n事故经过:\n2月3日9时30分左右,一辆槽车在市区发生泄漏。"
    assert _date(text) == "1998-02-03"


def test_clock_time_with_shi_after_date_is_prose_not_a_stamp() -> None:
    # "14:20时许" is how reports write the hour of the accident; a page stamp's clock stands alone ("20:18 来源")
    found = read_date("1、事故经过\n2003年5月6日14:20时许，某公司驾驶员驾驶槽车行至某路口时与货车相撞。")
    assert found is not None and (found.date, found.time) == ("2003-05-06", "14:20")
    assert read_date("2003年5月6日 14:20 来源:某某网\n") is None


SAMPLES = [
    "2010年6月1日",
    "二〇一〇年十二月三十一日晚",
    "今天(8月1日)",
    "28.08.2015 10:00",
    "2010-06-01 与 2010/6/1",
    "一辆车三名工人 5 月 6 日",
    "前天前日昨天今早",
    "1日前10日内自6月1日起",
]


def _same_mentions(text: str) -> None:
    norm = normalise_digits(text)
    assert [m.span() for m in _day_mentions(norm)] == [m.span() for m in DAY_RE.finditer(norm)], text[:40]


def test_day_mentions_are_day_re_finditer() -> None:
    for text in SAMPLES:
        _same_mentions(text)


@pytest.mark.skipif(not HAZMAT.exists(), reason="needs ../shared/data")
def test_day_mentions_are_day_re_finditer_on_both_corpora() -> None:
    texts = corpus_texts()
    assert len(texts) > 100
    for text in texts:
        _same_mentions(text)


# session 9: narratives that date a preliminary first (a purchase, a departure) and the accident a little later
@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a day without its year, after the full date of the preliminary: that year
        ("1997年9月20日，某轮在南京装纯苯463吨，于次日出发驶往重庆。10月8日，船舶触礁，造成两个舱破损。", "1997-10-08"),
        # (across the year's end)
        ("2003年12月28日，某公司租用货车装运液氯。1月2日，货车行至某路口时侧翻。", "2004-01-02"),
        # a day with only a part of the day that dates a departure, then the accident's day with its hour
        (
            "1991年9月2日下午，某农药厂租用一辆货车，从上海返回。车上装有一甲胺2.4吨。\n"
            "9月3日凌晨3时左右，汽车行经某镇时槽罐阀门被树枝挂断。",
            "1991-09-03",
        ),
        # (not a tally's cut-off, nor a day far later)
        (
            "1991年9月2日下午，某厂租用一辆货车装运一甲胺，从上海返回。\n截至9月29日24时止，累计有37人死亡。",
            "1991-09-02",
        ),
        ("2001年3月1日上午，一名工人进入罐内作业。2001年6月5日，该公司又发生泄漏。", "2001-03-01"),
        # (nor a page stamp)
        ("1991年9月2日下午，某厂租用一辆货车从上海返回。\n发布时间：1991年9月4日 10:30 车辆侧翻事故通报", "1991-09-02"),
    ],
)
def test_the_accident_day_after_a_preliminary(text: str, date: str) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the year told before, named again as 同年/当年
        ("2015年8月初，张某转租门面开设饭店。同年10月10日上午11时许，灶台处液化气喷出燃烧。", "2015-10-10"),
        ("该厂2015年投产。当年10月10日上午，车间发生爆炸，2人死亡。", "2015-10-10"),
    ],
)
def test_same_year_as_told_before(text: str, date: str) -> None:
    assert _date(text) == date


def test_report_date_before_its_title_is_not_the_accident_day() -> None:
    text = (
        "2014年3月31日 某鞋业有限公司“1·14”重大火灾事故调查报告 "
        "2014年1月14日14时40分左右，位于某市的某鞋业有限公司发生火灾，造成16人死亡。"
    )
    assert _date(text) == "2014-01-14"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the accident's name gives its day, where the narrative's day is a later one (the clean-up ended 昨日)
        (
            "2006年06月18日 来源：晚报\n本报讯 某县“6·16”化工厂爆炸清理工作昨日结束，至昨日16时，已确认14人死亡。",
            "2006-06-16",
        ),
        # the named day written in full gives its year, however long after it the report came out
        (
            "发布时间:2021年11月18日\n11月16日，历时近7个月，某市“4·19”某轮火灾事故调查报告正式对外发布。"
            "2021年4月19日约2206时，某轮汽车舱内货车所载货物发生自燃。",
            "2021-04-19",
        ),
        # a name with its year, on a line of its own; a page stamp before it
        (
            "5死3伤!事故原因已查明!\n\n2020-09-03新闻6\n\n2019年11月15日\n\n一门面房发生火灾\n\n"
            "近日\n\n省应急管理厅公布\n\n《某区“2019·11·15”\n\n较大火灾事故调查报告》",
            "2019-11-15",
        ),
        (
            "发布时间:2020-09-03\n近日，省应急管理厅公布《某区“2019·11·15”较大火灾事故调查报告》。",
            "2019-11-15",
        ),
        ("某区“2019·11·15”较大火灾事故\n2020年9月1日上午，记者从应急管理厅获悉，事故调查报告已经公布。", "2019-11-15"),
        # a full date with its clock time tells the day itself
        ("某地“5.16”塔吊倒塌事故\n2024年5月14日21时29分许，某工地塔吊倒塌，造成1人死亡。", "2024-05-14"),
        # unless the narrative comes to the named day
        (
            "某隧道“4·20”重大事故\n2011年4月19日23时30分，钢筋班组安装完成最后一环钢拱架。4月20日4时05分，"
            "作业面上方围岩发生坍塌。",
            "2011-04-20",
        ),
        # an accident cited for its lessons names no day of this one
        ("各单位要深刻吸取“8·12”事故教训。2015年9月1日，某厂仓库发生火灾，1人死亡。", "2015-09-01"),
        # nor one the narrative tells as an earlier accident
        (
            "【大纪元2019年03月26日讯】云南大理又发生天然气爆炸。\n3月23日18时50分左右，某公司清理污水沉井时发生"
            "气体燃爆，造成3人死亡。\n就在该事故前两天，某化工有限公司3月21日曾发生大爆炸。\n对于「3.21」响水爆炸死伤"
            "人数，外界普遍持质疑态度。",
            "2019-03-23",
        ),
    ],
)
def test_accident_named_by_its_day(text: str, date: str) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # an agency wire in Chinese numerals: the day alone before a time of day, and a clock time in them
        ("2009-05-22\n中新社某市五月二十一日电 二十一日上午，某镇一家庭作坊发生大火，造成3人死亡。", "2009-05-21"),
        (
            "2009-05-22\n中新社某市五月二十一日电 今天上午七时二十六分，某市110指挥中心接到报警，称某作坊发生火灾。",
            "2009-05-21",
        ),
        # (a day alone in Chinese numerals needs its time of day: "一日三餐" is no date)
        ("2009-05-22\n工人们一日三餐都在车间解决，车间发生爆炸。", None),
        ("2009-05-22\n有一日上午，车间发生爆炸，1人受伤。", None),
        # a day of the search that followed, and the accident's own day told after it
        (
            "2013-11-21\n本报讯 昨日凌晨2时许，警方在火灾现场又找到一名遇难群众。截至目前，火灾已造成5人死亡。"
            "11月19日20时30分许，某村一库房着火。",
            "2013-11-19",
        ),
    ],
)
def test_wire_numerals_and_the_search_that_followed(text: str, date: str | None) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a newspaper's page line is the reference, not the accident's day
        ("2023年5月17日 星期三 第04版 社会新闻\n本报讯 16日上午9时许，某在建项目发生一起高处坠落事故。", "2023-05-16"),
        ("2023年5月17日 星期三\n本报讯 16日上午9时许，某在建项目发生一起高处坠落事故。", "2023-05-16"),
        ("本报讯 9月18日中午11时40分许，某火锅店发生爆炸事故。\n（2017年9月19日 第A02版）", "2017-09-18"),
        ("本报讯 本月11日下午，一农户使用粉碎机时右臂被卷入。\n（2021年10月13日 《某农民报》 第4版）", "2021-10-11"),
        # the date in brackets after an agency dateline
        ("中新网武汉6月13日电（2021年6月13日）昨日下午，某码头一名装卸工落水。", "2021-06-12"),
        # an incident sheet's time field
        ("【安全事件信息】\n事件时间：2023年2月16日 10:25\n事件地点：某化工园区", "2023-02-16"),
    ],
)
def test_page_lines_and_incident_sheets(text: str, date: str) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a dispatch whose lead tells the accident at a time of day with no day of its own: the dispatch's day, its year
        # from the page stamp
        ("追尾\n2011-11-29 13:11:16\n中广网银川11月29日消息 上午约九时，三辆车发生相撞事故，两人死亡。", "2011-11-29"),
        # not when the stamp is far from the dispatch, nor when the lead tells no accident
        ("追尾\n2011-12-09 13:11:16\n中广网银川11月29日消息 上午约九时，三辆车发生相撞事故，两人死亡。", None),
        ("安全会议\n2011-11-29 13:11:16\n中广网银川11月29日消息 上午，记者从市安监局获悉，该局召开安全会议。", None),
        # or at a clock time of 当日
        (
            "2015-08-17 18:05 来源: 新华网\n新华网海口8月17日电 记者17日从海警获悉，当日6时左右一艘渔船发生火灾。",
            "2015-08-17",
        ),
    ],
)
def test_dispatch_day_of_a_lead_without_a_day(text: str, date: str | None) -> None:
    assert _date(text) == date


def test_the_day_a_police_report_disclosed_is_not_the_accident_day() -> None:
    text = "新华网9月3日电 据赤峰市公安局3日披露，赤峰市日前发生一起相撞事故。据了解，8月31日下午16:45分左右发生事故。"
    assert _date("2007-9-4\n" + text) == "2007-08-31"
    text = "本报讯 据市安监局3日透露，该市日前发生一起爆炸事故。据了解，8月31日下午一家工厂发生爆炸。"
    assert _date("2007-9-4\n" + text) == "2007-08-31"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a relative day with the day of the month in brackets, against the page stamp
        ("货车侧翻\n2014-03-19 22:12:48\n四川在线消息 今（19）日凌晨5时许，凤溪大道发生了交通事故。", "2014-03-19"),
        ("货车侧翻\n2014-03-20 08:12:48\n本报讯 昨（19）日凌晨5时许，凤溪大道发生了交通事故。", "2014-03-19"),
        # with no stamp, no year: no date
        ("大厦火灾\n四川在线消息 今（30）日上午，宜宾城区一大厦发生火灾。", None),
    ],
)
def test_relative_day_with_its_day_in_brackets(text: str, date: str | None) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # an animal's attack is what the dispatch's lead tells of its day
        ("新闻 2019-08-11 10:02:00\n8月10日消息，当日下午，某养殖场的饲养员王某在喂食时被圈养的棕熊袭击，送医后不治。",
         "2019-08-10"),
        ("新闻 2019-08-11 10:02:00\n8月10日消息，当日下午，某农场一名工人在放牧时被公牛咬伤。", "2019-08-10"),
    ],
)
def test_dispatch_lead_telling_an_animal_attack(text: str, date: str) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a day alone shortly before the day the report came out is in that month, not the next
        ("2018年5月20日，市政府新闻办20日发布消息称，18日14时许，某工地发生塔吊倒塌事故，造成2人死亡。", "2018-05-18"),
        # a day after a full date of the narrative is still in its month or the next
        ("2005年1月28日，某公司停产放假。3日8时许，该公司仓库发生爆炸，造成1人死亡。", "2005-02-03"),
    ],
)
def test_day_alone_before_the_day_of_the_report(text: str, date: str) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # handling things at work is no reporting: the clock time dates the accident
        ("2018-04-10 11:50\n\n一名男子周六(7日)上午10点多在回收站处理物品时，切割油桶引发爆炸。", "2018-04-07"),
        # a month and day with no year, in the year of a full date of the same month told later
        ("7月11日11点许，某油田作业区发生火灾，2人受伤。据悉，该队于2017年7月5日至14日在此作业。", "2017-07-11"),
        # the accident told as happening on a day, though reporting follows
        ("date 2025-12-06 一名工人日前在草场维修粉碎机时身亡。据报道，该起事故发生于11月20日，其妻子向记者表示…",
         "2025-11-20"),
        # (not when the text dates the accident otherwise: a later full date of another month gives nothing)
        ("7月11日11点许，某油田作业区发生火灾，2人受伤。该队于2017年8月进场。", None),
    ],
)
def test_handling_things_and_a_year_told_later(text: str, date: str | None) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the news item's lead ("…发布的消息:") before the accident's date is prose, not a 发布 label of the page
        ("据应急管理部今天发布的消息:2024年2月18日2时11分,某公司车间内铸造井区域发生爆炸,造成5人死亡。", "2024-02-18"),
        # (a page's 发布 label still is: the accident's own day comes after it)
        ("发布时间:2024年3月20日 10:20\n3月18日,某公司车间发生爆炸,造成1人死亡。", "2024-03-18"),
        # an investigation report published months after the accident: its month and day in the stamp's year
        ("3月15日,某果业合作社在冷库设备拆除过程中发生火灾,造成1人死亡。近日,应急管理局发布了该“3·15”火灾事故调查报告。"
         "\n\n发表于 2021-8-11 14:31:29", "2021-03-15"),
        # (a page with no such report that far from its stamp is a repost: no year is taken)
        ("3月15日,某果业合作社在冷库设备拆除过程中发生火灾,造成1人死亡。\n\n发表于 2021-8-11 14:31:29", None),
    ],
)
def test_news_lead_before_the_date_and_a_report_published_months_later(text: str, date: str | None) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a page stamp with its weekday in brackets; the accident "昨日"
        ("- 2010年07月18日(日)\n【本报讯】某造船厂昨日发生爆炸，至少六死四伤。", "2010-07-17"),
        # a founding day of the same month gives no year to the accident's month and day
        ("1月17日晚19点左右，某液化气站发生爆炸，造成4人受伤。据了解，该站2000年1月14日成立，已经营15年。", None),
        # the full date of an earlier accident told as background is not this one's
        ("28日晚上，某机场在建航站楼发生垮塌事故，9人受伤。2010年1月3日，该机场一处引桥支架就曾发生垮塌事故。", None),
        # a page's time label is no case sheet's where the place follows only in prose ("赶到事发地点")
        ("时间:2007-10-30 00:00:00  来源:某网\n\n某网讯 10月27日深夜，某沙场发生事故，一农民工当场被压死。"
         "28日上午，记者赶到事发地点。", "2007-10-27"),
        # (a case sheet's place field on the same line still makes its time the accident's)
        ("时间:2016年7月11日 地点:宁夏中卫 伤亡人数:4人死亡", "2016-07-11"),
    ],
)
def test_stamps_with_weekdays_founding_days_earlier_accidents_and_prose_places(text: str, date: str | None) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a page stamp with its clock time glued on
        ("2018-06-2913:16|某新闻客户端\n\n6月29日上午近11点，有市民报料：一名空调安装工从14楼坠楼。", "2018-06-29"),
        # a listed company's announcement is reporting, not the accident's day
        ("【某网2022年08月05日讯】近日，某公司发生员工中毒事件。\n8月5日早上，该公司公告称，员工出现不适。", None),
        # a structure falling is an event
        ("2022-07-21 14:45:07 来源:某新闻\n\n某新闻消息，7月20日，江苏某镇广场附近，一个正在安装中的通信塔突然倾倒。"
         "某新闻记者多方获悉，一名工人不幸坠亡。", "2022-07-20"),
    ],
)
def test_glued_stamps_announcements_and_structures_falling(text: str, date: str | None) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a court's acts are reporting, and a crime named after accidents is no event
        ("2023年12月8日，某市中级人民法院依法对刘某等10人犯重大责任事故罪一案作二审公开宣判。法院经审理查明，"
         "2021年7月15日，某隧道施工段发生坍塌透水事故，造成14名作业人员死亡。", "2021-07-15"),
        ("2020年3月8日，郑某约上老许等5人来到施工现场干活。没过多久，老许从10多米高的操作平台上坠落，经抢救无效死亡。"
         "同年4月30日，事故调查报告认定，某公司违法将工程分包。公安机关于2024年8月27日将郑某涉嫌重大责任事故罪一案移送"
         "审查起诉。", "2020-03-08"),
        # a day and month in the year of a year and month told just before
        ("2008-02-03 来源:某网\n2月1日，某县法院一审以重大责任事故罪判处傅某有期徒刑。2007年4月底，傅某决定违规开采。"
         "5月2日中午6人因违规爆破作业，导致岩石发生顺坡滑塌，造成2人死亡。", "2007-05-02"),
        # work done (实施 of workers) is no reporting
        ("2023年6月17日，某法院公布典型案例。某公司于2018年3月31日上午安排两组实施工程人员一起进行调试，后因材料掉落，"
         "砸到作业人员。", "2018-03-31"),
        # a roof fall is an event; the officials' handling of the accident is not
        ("2006年09月26日09:30 某报\n本报讯 22日晚，某村民被煤矿顶端塌落的顶板砸在了矿井里。23日凌晨，他被转往市医院。",
         "2006-09-22"),
        ("2006年09月26日09:30 某报\n本报讯 22日晚，某村村民被困在了矿井里，后被救出送医。23日，安监局到矿厂处理事故。",
         "2006-09-22"),
        # a court's acts are reporting
        ("2006年03月08日09:30 某报\n3月5日上午，某区法院开庭审理此案。3月2日，某工地发生坍塌事故，造成1人死亡。",
         "2006-03-02"),
        # the day a measure takes effect is no event's (the accident's day takes its year); a fire that day is one
        ("9月27日上午7时许，某煤矿三号井井下发生瓦斯爆炸事故，造成18人死亡。当天煤矿安全监察局印发紧急通知，自2016年9月"
         "28日零时起，全区所有煤矿一律停产。", "2016-09-27"),
        ("2016年9月28日起火的仓库已被扑灭，事故造成1人死亡。", "2016-09-28"),
        # the day of an insurance policy is no event's
        ("2009年7月13日，王某以雇主身份为刘某投保意外伤害险。2009年12月14日，因沙场破碎机出现故障，修理工对机器进行维修，"
         "刘某在帮助拉动皮带时被机器绞伤右手。", "2009-12-14"),
    ],
)
def test_courts_reports_year_months_roof_falls_and_policies(text: str, date: str | None) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a settlement's day and a unit's commissioning day are no event's; a tally's day at the head of its clause
        ("3月20日，某厂发生事故，1人死亡。双方最终于2015年4月9日达成一致协议，由厂方赔偿死者家属死亡赔偿金。", None),
        ("电力讯：某发电厂一号机组主蒸汽管道发生爆裂的事故，到12月15日，有两人经抢救无效死亡。该机组于1992年7月16日投产。",
         None),
        ("2006年12月18日 09:30 来源:某报\n电力讯：某发电厂主蒸汽管道发生爆裂的事故，到12月15日，有两人经抢救无效死亡。",
         None),
    ],
)
def test_settlements_commissioning_and_tallies(text: str, date: str | None) -> None:
    assert _date(text) == date


@pytest.mark.parametrize("source", ["来源:今日早报", "来源：今日头条", "《今日说法》栏目"])
def test_a_paper_named_today_is_no_day(source: str) -> None:
    # the stamp's day is the reference; "今日" naming a paper or a programme is no day of the accident
    text = f"2006-09-03   {source}    某铸钢厂昨天凌晨4时发生一起爆炸事故，8名职工不同程度烧伤。"
    assert _date(text) == "2006-09-02"


def test_a_dateline_with_the_hour_of_filing_sets_today() -> None:
    # the page's stamp is days later; the wire's dateline, with its hour, is the day "今日" means
    text = "发表于 2011-12-13 12:36 某网12月10日22时30分讯(记者 李辉) 今日13时30分左右，某引线厂发生一起燃烧事故。"
    assert _date(text) == "2011-12-10"


def test_a_page_stamp_with_its_weekday_left_blank() -> None:
    text = "  2009 年 6 月 10 日 星期    6月9日下午1点30分左右，一艘货船上发生了一件奇怪的事情。"
    assert _date(text) == "2009-06-09"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # an accident named by its month and day, no other day told: the year of the page's stamp above it
        ("2012年07月13日10:36  国际在线\n\n  据新华社电,某高速“6·29”交通事故引发爆燃事故原因已查明。", "2012-06-29"),
        # (a named day after the stamp's is of the year before)
        ("2013年01月05日09:10  某网\n\n  “12·30”化工厂爆炸事故调查组昨日公布了事故原因。", "2012-12-30"),
        # a roundup of accidents named one after another dates none of them
        ("2017年02月10日10:00  某网\n\n  2016年发生的某州“7·2”事故、某市“7·8”事故、某盟“7·16”事故未报送。", None),
        # no stamp, no year
        ("据新华社电,某高速“6·29”道路交通事故引发爆燃重大事故直接原因已初步查明。", None),
        # the byline's stamp right under the headline that names it
        ("视频 | 某市“1·8”重大道路交通事故调查报告公布\n某某新闻综合\n2023-12-09 18:46\n报告认定货车超载。",
         "2023-01-08"),
        # (not a day told further down, nor under a line that is not the headline)
        ("某市“1·8”重大道路交通事故调查报告公布\n报告认定货车超载，驾驶人超速行驶，路遇人群未减速，车辆碰撞"
         "人群。经调查该车多次超载。2023-12-09 18:46", None),
        ("某某新闻\n某市“1·8”事故调查报告公布\n2023-12-09 18:46\n报告认定货车超载。", None),
        # (but under a line further down, a stamp labelled the page's publication)
        ("索引号: 某区-2024-00166 发布机构: 某区人民政府\n信息名称: 某公司“12·16”一般机械伤害事故调查报告 主题"
         "分类: 公开内容\n发布日期: 2024-01-08 成文日期: 2024-01-08\n\n一、事故基本情况", "2023-12-16"),
        # (nor a day of the story told under it: the day a count was made up to)
        ("某市“1·8”事故调查报告公布\n截至2024年3月5日，已处理12人。", None),
    ],
)
def test_an_accident_named_by_its_day_under_a_page_stamp(text: str, date: str | None) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a bulletin quoting the accident's day after its colon: no page's "发布:" label
        ("6月4日，某市应急管理局发布情况通报 :2025年6月3日17时20分许，某工程基坑坍塌，3人被困。", "2025-06-03"),
        # …nor when the day's clock time follows as 当日
        ("某市应急管理局发布公告称:2021年5月10日,某地遭遇雷暴大风,当日13:30,工人作业的吊篮被吹起。", "2021-05-10"),
        # (a page's label stays one)
        ("发布时间：2021年5月10日\n某工地一名工人从脚手架坠落身亡。", None),
        # a regulator's talks with the units after the accident are no day of it
        ("近日，某项目发生1起高处坠落事故，造成1人死亡。2025年4月18日,省住建厅对项目相关单位进行约谈。", None),
        # the reporter's day at the scene is no accident's, unless the accident is told on that day
        ("发布时间:2016-12-05 11:00\n新华社呼和浩特12月4日电 记者4日凌晨在赤峰市宝马矿业有限责任公司瓦斯爆炸事故现场"
         "获悉，3日发生的爆炸事故已造成32人遇难。", "2016-12-03"),
        ("发布时间:2018-07-05 10:00\n记者4日晚间从同德县有关部门证实，当日19时26分许，该县境内一排水管道施工现场"
         "发生塌方，致2名作业人员遇难。", "2018-07-04"),
        # a flooded mine's rescue drilling is no accident's day: the day it happened told after
        ("2010-03-03 09:00:35 新华网\n\n3月2日晚，抢险人员在骆驼山煤矿透水事故地面架设的3台钻机开始向井下钻孔。\n\n"
         "3月1日7时29分，骆驼山煤矿回风大巷道掘进工作面发生透水事故。", "2010-03-01"),
        # (nor the hour the handling ended, the accident's told after)
        ("2015-04-30 15:57 来源:中国新闻网\n中新网成都4月30日电 30日凌晨3时40分左右，眉山彭山区，载有23吨甲缩醛罐车"
         "起火燃烧事故处置工作结束，现场险情成功排除。29日晚18时54分左右，罐车在行驶过程中车头突然发生自燃。",
         "2015-04-29"),
        # an agency wire's day in Chinese numerals right before the accident's 发生 (its dateline's is no day of it)
        ("2004年05月15日10:01 胶东在线\n中新社南宁五月十四日电（记者刘万强）广西浦北县顺通爆竹厂十三日发生爆炸，"
         "造成了两人死亡。", "2004-05-13"),
        # (not a span of days: "连续三日发生")
        ("2004年05月15日10:01 胶东在线\n中新社南宁五月十四日电 该市连续三日发生两起事故。顺通爆竹厂十三日发生爆炸。",
         "2004-05-13"),
        # (nor a party's birth date, as a judgment lists the parties before the facts)
        ("被上诉人李华贵，男，1979年10月12日，汉族。2016年3月23日，李华贵在工作过程中，操作轧棉机时，右手不慎被轧棉机"
         "轧伤。", "2016-03-23"),
        # (or its penalty)
        ("制冷工程公司员工在高空作业时坠楼身亡。2024年3月18日，柳州市应急管理局对制冷工程公司作出行政处罚决定书，"
         "指出公司对事故的发生负有责任。", None),
    ],
)
def test_bulletins_quoting_the_day_and_a_regulators_talks(text: str, date: str | None) -> None:
    assert _date(text) == date


def test_the_accident_told_as_happening_that_day_after_a_dispatch() -> None:
    # the dispatch's day, when the text says the accident happened "that day" further on
    text = (
        "2017-05-11 23:07 来源:某广播网\n\n某网深圳5月11日电 截至11日晚20:02分，某工程基坑内土方坍塌现场已挖出2具"
        "尸体。\n\n据官方发布的消息，事发在当天上午10:30左右，造成3名工人被困。"
    )
    assert _date(text) == "2017-05-11"
    # (with no such words the day stays unknown)
    assert _date(text.replace("事发在当天上午10:30左右", "事故原因正在调查")) is None


def test_a_day_of_experts_finding_is_no_accident_day() -> None:
    # the day experts gave their finding is reporting; the accident's own day follows
    text = (
        "2020-07-10 08:32:16\n\n7月9日下午，省应急管理厅委派的专家初步认定，某花炮公司厂房燃爆事故系硝化棉自燃所致。"
        "\n\n7月8日21时10分左右，该公司生产区厂房起火，22时25分引发燃爆。"
    )
    assert _date(text) == "2020-07-08"


def test_the_day_the_trapped_were_carried_out_is_a_follow_up() -> None:
    # a photo's caption dating the rescue, and the accident's own day told after it
    text = (
        "来源:某新闻网 2015-06-26 16:24:02\n\n    某市在建地铁坍塌 致1名施工人员死亡\n\n"
        "    6月26日，消防官兵将被困工人运出坍塌现场。\n\n"
        "    6月25日16点10分，在建的地铁7号线发生坍塌事故，现场有5人被困。"
    )
    assert _date(text) == "2015-06-25"


def test_a_day_past_the_stamps_month_length_is_in_the_month_before() -> None:
    # the 31st under a stamp of 1 April is 31 March (April has no 31st); with no such day before it, unknown
    text = "2017-04-01 09:06 来源:某新闻网\n本报讯 31日上午9时22分，某镇发生一起槽罐车和货车相撞事故，致1人死亡。"
    assert _date(text) == "2017-03-31"
    assert _date(text.replace("2017-04-01", "2017-03-02").replace("31日", "30日")) is None


def test_the_day_learnt_of_with_that_days_clock_is_the_accidents() -> None:
    # the day the reporter learnt of it, then "当天上午9时22分" and the accident: the day is the accident's
    text = (
        "2017-04-01 09:06 来源:某新闻网\n某网讯 3月31日，笔者从某市公安部门获悉，当天上午9时22分，某镇发生一起槽罐车"
        "和货车相撞致1人死亡交通事故。"
    )
    assert _date(text) == "2017-03-31"
    # (however far into its sentence the accident is told)
    far = (
        "2012-10-07 08:15:32\n某县委宣传部6日晚间对外透露，当日上午8时许，一辆湖北荆州籍液化气槽罐车，"
        "在湖南境内常吉高速官庄段1116千米+17米处某某隧道口前方发生侧翻，事故共造成5死2伤。"
    )
    assert _date(far) == "2012-10-06"
    # (a meeting held that day is no accident)
    assert _date("2017-04-02 09:06\n3月31日，记者获悉，当天上午召开了安全生产会议。") is None


def test_a_day_written_without_its_character_before_the_part_of_the_day() -> None:
    # a reporter's slip, "6月18上午": the day is still the 18th (not a count of 18 of anything else)
    text = "2014/6/19 10:17:47 某网\n6月18上午9时许，一栋楼房在施工时，一名工人从9楼楼顶坠落，当场死亡。"
    assert _date(text) == "2014-06-18"
    assert _date("2014年6月18上午9时许，一名工人从9楼楼顶坠落，当场死亡。") == "2014-06-18"
    assert _date("2014/6/19 10:17:47 某网\n6月18名工人上午在楼顶施工，一名工人坠落死亡。") != "2014-06-18"


def test_a_day_written_with_hao_before_the_part_of_the_day() -> None:
    # speech's 号 for 日, read before the part of the day only (not a building's number: "3号楼")
    text = "2016年11月15日 07:08\n来源:齐鲁网\n14号上午，在济南港沟神武村北边，一个正在施工的现场，发生一起坍塌事故。"
    assert _date(text) == "2016-11-14"
    assert _date("2016年11月15日 07:08\n来源:齐鲁网\n14号楼上午发生一起坍塌事故。") != "2016-11-14"


def test_a_day_written_with_hao_before_what_happened() -> None:
    # a Taiwan paper's 號 for 日 (号 once the text is simplified) before what happened, at the head of a clause
    text = "2024/02/07\n花莲工人清洗储存槽 疑缺氧昏迷送医不治\n美仑工业区一间预拌混凝土厂，6号发生一起工安意外。"
    assert _date(text) == "2024-02-06"
    assert _date("2024/02/17\n某厂事故\n工厂于16号发生爆炸，一名工人送医不治。") == "2024-02-16"
    # (not a thing's number: "矿井3号发生爆炸", a shaft's; nor 号 before what happened with no clause head)
    assert _date("2024/02/07\n某矿事故\n矿井3号发生爆炸，一名工人送医不治。") is None


def test_a_collapse_is_an_event() -> None:
    # a site that collapsed (崩塌) is an event even when the sentence goes on to what was confirmed (证实不治)
    text = (
        "2022-05-09 16:28\n\n某市发生一宗工业意外。事发在上周六(7日)下午,某处排污管道施工地突然崩塌,2名工人被埋,"
        "其中1人救出后证实不治,另1人受轻伤送院救治。"
    )
    assert _date(text) == "2022-05-07"


def test_a_photos_day_is_no_accident_day() -> None:
    # a caption's day (这是4月7日拍摄的事故现场) before the accident's own day: the accident's
    text = "这是4月7日拍摄的事故现场。据省安监局消息，2015年4月6日18时56分许，某芳烃装置发生漏油起火事故。"
    assert _date(text) == "2015-04-06"
    assert _date("2015-04-08 10:00\n4月7日摄于事故现场。4月6日晚，某装置发生爆炸。") == "2015-04-06"


def test_a_film_crews_shooting_of_a_scene_is_the_work_the_accident_happened_at() -> None:
    # a scene or a shot told as being shot when it happened: its day is the accident's (a photo's is not, above)
    assert _date("2008-04-15 18:18\n该剧在4月8日拍摄一场战争场面时发生了意外事故，造成一死两伤。") == "2008-04-08"
    assert _date("2019-06-03 09:10\n剧组6月1日拍摄爆炸镜头时，一名烟火师被炸伤。") == "2019-06-01"
    # (not any shooting in a clause ending in 时: a later notice's day, the fall told on an earlier one)
    text = (
        "2020-09-21 10:00\n9月20日，一工作人员乘速滑线拍摄宣传视频时坠落，有关部门已责成景区停运。"
        "9月18日，有网友爆料称，一名游客疑似在高空项目坠落。"
    )
    assert _date(text) == "2020-09-18"


def test_the_day_a_case_is_shared_is_no_accident_day() -> None:
    text = "今天我们分享一个电梯事故案例，以警示大家。2020年5月14日某安装工地，2名电梯安装工在进行对重安装作业。"
    assert _date(text) == "2020-05-14"


def test_a_day_in_brackets_after_today_keeps_its_clock() -> None:
    # "今天(14日)凌晨4时52分": the clock after the bracket is the day's, and it dates the event
    text = "日期:2017/7/15 9:56:51\n今天(14日)凌晨4时52分，消防支队接到报警：一辆浓硫酸罐车被追尾发生泄漏。"
    found = read_date(text)
    assert found is not None and (found.date, found.time) == ("2017-07-14", "04:52")


def test_the_day_an_alarm_came_in_is_the_accidents() -> None:
    # "7月3日晚间，…消防救援大队接到报警称：一厂房突发大火": an alarm is no later reporting (an inquiry's report is)
    text = "某报客户端 2022-07-06 19:50\n7月3日晚间，某消防救援大队接到报警称：一厂房突发大火，1人受伤。"
    assert _date(text) == "2022-07-03"
    assert _date("某报客户端 2022-07-06 19:50\n7月3日晚间，某局接到某厂的书面报告：一厂房上月突发大火。") is None


def test_today_with_its_day_written_with_hao_in_brackets() -> None:
    # "今天(17号)上午": 号 is not read as a day alone, so 今天 is (not an earlier accident's 5月30号 told after)
    text = "2015-07-17 16:20:00 来源:某网\n今天(17号)上午，2人被困生姜窖死亡。今年5月30号某镇也发生类似事故。"
    assert _date(text) == "2015-07-17"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a page's stamp in English under the headline, and the story told on the day with its part of the day
        ("某大桥倒塌 一名工人受伤 Sep 24, 2022 某地一座在建大桥倒塌。事发上午9时13分，钢箱梁掉落。", "2022-09-24"),
        ("某地盘中毒9人受伤 December 15, 2022 某地盘发生中毒意外，事发在当地时间下午5时左右。", "2022-12-15"),
        # (a reference for a day the story tells, as any stamp)
        ("某工厂爆炸 Sep 24, 2022\n某工厂22日晚发生爆炸，2人受伤。", "2022-09-22"),
        # (not a word that starts with a month's letters: no stamp, so no day for the story)
        ("某大桥倒塌 Marchetti 24, 2022 某地一座在建大桥倒塌。事发上午9时13分，钢箱梁掉落。", None),
    ],
)
def test_a_page_stamp_in_english(text: str, date: str | None) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a Taiwan date in the years of the Republic (106 + 1911), three digits or named as such
        ("中央社记者传真 106年5月13日\n今(13)日上午10时许，某水泥厂2名工人遭原料掩埋。", "2017-05-13"),
        ("发稿时间:113年8月13日15:45\n某工地12日下午发生坍塌，1名工人死亡。", "2024-08-12"),
        ("民国93年7月2日，某工厂发生爆炸，2名工人受伤。", "2004-07-02"),
        # (not two digits alone, which a mainland text writes for a year of the 1980s)
        ("80年10月1日，某工厂发生爆炸，2名工人受伤。", None),
        # a forum's post stamp, day first with dashes, and the weekday's day after it
        ("发表于 26-5-2019 01:17 PM\n某煤化工厂周五(24日)上午11时40分发生火灾，造成2人死亡。", "2019-05-24"),
        # (a month and day alone on a line with the weekday and the clock is a page's stamp, not the accident's day)
        (
            "煤粉自燃酿夺命火 致2死6伤\n\n[复制链接]\n发表于 26-5-2019 01:17 PM | 显示全部楼层\n"
            "煤粉自燃酿夺命火 致2死6伤\n05月25日(六) 12:06\n\n\n传送带起火后，火势迅速蔓延。\n\n"
            "某煤化工厂周五(24日)上午11时40分发生火灾。",
            "2019-05-24",
        ),
    ],
)
def test_republic_years_dashed_day_first_stamps_and_yearless_stamp_lines(text: str, date: str | None) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("18/01/2010", "2010-01-16"),  # day first, as Hong Kong papers write it
        ("01/18/2010", "2010-01-16"),  # month first: only that order is a date
        ("11/05/2012", None),  # either order is a date: neither is read
    ],
)
def test_slashed_stamps_with_the_year_last(stamp: str, date: str | None) -> None:
    assert _date(f"{stamp}\n\n【本报讯】一间大型塑胶模具厂前日发生大火，逾二十名工人被烧伤。") == date
    # (an unordered one in the prose is nothing, not a day without its year: no error, and the later day is read)
    assert _date("发布:2012-11-05\n11/05/2012 09:40 一间工厂4日下午发生大火。") == "2012-11-04"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # 昨 alone before the event, as Hong Kong papers write it
        ("2021-07-26 00:00\n簡訊\n珠海建設中的某大橋昨有箱樑垮塌,搜救人員尋獲2具遺體。", "2021-07-25"),
        ("2016-03-02 来源:某报\n某化工厂昨发生爆炸，一名工人受伤。", "2016-03-01"),
        # (deferring to the body's relative day, which tells the part of the day: not the evening before the night)
        (
            "某厂昨发生爆炸 事故造成1死4伤\n\n2008-01-04 来源:某报\n昨日凌晨，某厂发生安全生产事故，一人死亡。"
            "工作人员告诉记者，事故发生在凌晨。1月2日23时，电石炉都在正常运作，没有发现异常情况。",
            "2008-01-03",
        ),
        # (昨晚 read as before)
        ("2016-03-02 来源:某报\n某化工厂昨晚发生爆炸，一名工人受伤。", "2016-03-01"),
    ],
)
def test_yesterday_alone_before_the_event(text: str, date: str | None) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # 昨 with the part of the day right after it, as city papers write it
        ("2017-05-04 09:46  重庆晚报\n\n重庆晚报讯 昨上午暴雨袭击涪陵，4名工人被雨水冲走。", "2017-05-03"),
        ("2005年07月19日06:16 重庆晚报\n本报讯 昨下午，长江大桥南桥头下一名工人坠落身亡。", "2005-07-18"),
        # (not the day a reporter learnt something)
        ("2005年07月19日06:16 重庆晚报\n记者昨上午获悉，一名工人坠落身亡。", None),
    ],
)
def test_yesterday_with_the_part_of_the_day(text: str, date: str | None) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    "paper",
    ["南方都市报 南都讯", "某某商报讯", "某某快报 记者 王某", "某某时报", "某某导报", "某某周报"],
)
def test_a_stamp_followed_by_a_papers_name_on_its_line(paper: str) -> None:
    text = f"2013年05月12日 {paper} 昨日中午，保税区一家制药厂突燃大火，三名员工逃生时受轻伤。"
    assert _date(text) == "2013-05-11"


def test_a_regulators_act_dated_in_its_clause_is_not_the_accidents_day() -> None:
    text = (
        "2020年07月03日 23:12\n这是三月内的第三起安全事故；此前6月1日国家能源局曾约谈该公司，要求其汲取教训。\n"
        "官方通报称，7月2日上午9时10分左右，某输变电工程施工点发生一起有限空间作业人员被困事件。"
    )
    assert _date(text) == "2020-07-02"


def test_a_regulators_accident_information_and_an_earlier_accident_this_one_followed() -> None:
    text = (
        "11月20日，某省矿山安全监察局发布事故信息：2021年11月20日凌晨，某煤矿发生一起顶板事故，造成1人死亡。"
        "这是该矿继2021年6月13日发生机电事故后，再一次发生事故。"
    )
    assert _date(text) == "2021-11-20"
    # (the earlier accident's day alone dates nothing; 相继 is not 继)
    assert _date("这是该矿继2021年6月13日发生机电事故后，再一次发生事故，造成1人死亡。") is None
    assert _date("两名工人相继2021年6月13日发生中毒，造成1人死亡。") == "2021-06-13"


def test_a_day_the_miners_were_brought_up_is_not_the_accidents() -> None:
    text = (
        "截至10月10日3时8分，经过57小时的全力搜救，某煤矿矿震事故7名被困矿工中，4名矿工成功获救（其中3人前期成功"
        "升井，1人9日凌晨成功升井），3名矿工不幸遇难。\n10月7日18时许，某煤矿二井发生矿震，导致4人被困井下。"
    )
    assert _date("2021-10-11 23:01:19\n" + text) == "2021-10-07"
    assert _date("2021-10-11 23:01:19\n" + text.replace("1人9日凌晨成功升井", "1人9日凌晨获救")) == "2021-10-07"


def test_a_day_counted_from_the_accident_is_a_later_day() -> None:
    text = (
        "2009年06月30日 来源：某社\n某社贵阳6月29日电 搜寻工作仍无法开展。29日是矿难发生第13天，"
        "也是政府组织救援的第12天。6月17日，某煤矿发生透水事故，共有16人被困井下。"
    )
    assert _date(text) == "2009-06-17"


def test_a_day_alone_after_a_day_of_the_rescue_is_in_the_stamps_month_not_after_it() -> None:
    # a day of the rescue first (its part of the day makes it eventful); the accident's day alone after it is before
    # it, not in the next month, which would be after the page's own stamp
    text = (
        "某网 2004年07月12日10:08\n某矿透水事故抢险工作受阻，被困的5名矿工至今下落不明。从11日晚上开始，井下水位下降"
        "非常缓慢。\n9日晚9时40分左右，某煤矿发生透水事故，井下作业的23名矿工被困。"
    )
    assert _date(text) == "2004-07-09"
    # (the day of the news got is no event: "政府在18日接获事故消息")
    text = (
        "2009年06月30日 来源：某社\n某社6月29日电 井下的积水29日上午已基本排干，转入清淤阶段。由于矿主瞒报，政府在18日"
        "接获事故消息随即展开抢险救援工作。"
    )
    assert _date(text) == "2009-06-29"


def test_a_day_shortly_before_the_full_date_a_plan_was_told_for_is_in_its_year() -> None:
    text = (
        "某公司5月15日晚间公告，公司股票将于2012年5月16日开市时复牌。\n公告称，5月14日15:48分左右，某公司在工程安装行车时"
        "发生爆炸，导致9人死亡。行车是于2012年5月13号交付的。"
    )
    assert _date(text) == "2012-05-14"


def test_a_full_date_with_a_mistyped_year_dates_nothing_and_breaks_nothing() -> None:
    # (a year out of range is no year, and the mention is no day without one to resolve against either)
    text = "2013年10月17日 来源：某报\n1013年10月14日 00:20 左右，某公司矿山发生冒顶事故，已确认1人遇难。"
    assert _date(text) is None
    assert _date(text.split("\n")[1]) is None


def test_a_correspondents_byline_with_the_city_filed_from_dates_no_accident() -> None:
    text = "(美国之音记者:韦娓2005年8月16日华盛顿报导) 广东省被困地下的122名矿工估计已经在淹水的矿井内死亡。"
    assert _date(text) is None


def test_a_papers_dateline_after_its_name_is_the_day_of_the_report() -> None:
    text = (
        "发布时间: 2016-01-31 09:35:12\n某报讯1月30日，宋女士躺在医院骨科的病床上，她在超市整理货品时被叉车撞倒。\n"
        "1月26日晚上7时许，超市的一辆叉车突然倒着冲向她，致其左踝骨骨折。"
    )
    assert _date(text) == "2016-01-26"


def test_a_day_after_the_papers_name_whose_clause_tells_the_accident_is_its_day() -> None:
    # (so 昨天 further on is not read back from it)
    text = (
        "2006年12月04日07:17 某晚报\n本报讯 3日，仪征一家私营企业发生一起惨剧，一名操作工被卷进镗床，当场身亡。"
        "昨天不幸身亡的师傅姓郭。"
    )
    assert _date(text) == "2006-12-03"


def test_a_day_in_chinese_numerals_with_hao_before_the_part_of_the_day() -> None:
    assert _date("2016/01/11 06:56\n湖南省某市，一间停产的民营化工厂，九号晚上发生爆炸，现场大火冲天。") == "2016-01-09"


def test_days_of_the_papers_earlier_story_and_of_its_reporting_date_nothing() -> None:
    # the paper's earlier story, an official's account naming the accident's own day back (事发当天), the reporter
    # learning at a clock time: none of them is the accident's day, which the text does not give
    text = (
        "2010年07月24日05:08 某报\n本报讯 食品添加剂工厂爆炸，14名工人被烧伤。昨日，本报对某公司的一起粉尘事故进行了"
        "报道。\n昨日下午，区安监局一负责人告诉记者，事发当天下午1时，该局接到发生爆炸事故的报告。\n昨晚6时，记者从市第一"
        "人民医院获悉，事故中的14名伤者中，有4名工人仍在重症监护室抢救。"
    )
    assert _date(text) is None


def test_a_lead_of_the_bodies_found_and_the_accident_a_day_before_told_with_its_search() -> None:
    text = (
        "2024年06月05日\n某地在建隧道塌方事故，救援人员周三凌晨寻回被困三人，全部均已遇难。某公路一条兴建中的隧道，"
        "周二下午发生塌方事故，造成三人被困，经各方全力搜救已寻回三人，证实全部死亡。"
    )
    assert _date(text) == "2024-06-04"


def test_a_dateline_day_alone_is_the_last_such_day_before_the_stamp() -> None:
    text = (
        "某消防网 2017-04-01 09:06\n某消防网讯31日，笔者从某市公安部门获悉，当天上午9时22分，某路口发生一起槽罐车"
        "和货车相撞致1人死亡的交通事故。"
    )
    assert _date(text) == "2017-03-31"


def test_a_day_after_a_dateline_of_its_own_is_the_accidents() -> None:
    text = (
        "2017-01-14 07:43   来源: 某都市报\n\n某都市报1月13日讯 1月12日，一艘渔船在海域捕捞作业时，船上一名渔民右侧小腿"
        "不慎被绞机绞断。"
    )
    assert _date(text) == "2017-01-12"


def test_a_registration_date_gives_no_year_to_the_accident() -> None:
    text = "12月17日11时许，某企业厂区发生火灾，11人死亡。经查，该企业注册于2002年12月16日，注册资本6500万元。"
    assert _date(text) is None
    # (a later full date of the same month that is no founding still does: see `_year_told_later`)
    assert _date(text.replace("该企业注册于2002年12月16日", "该企业于2002年12月16日进行检修")) == "2002-12-17"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a day of the week against the dateline: the last such day on or before it, or that day of the week before
        ("2009年10月09日 新华网\n一口矿井星期四上午发生罐笼坠落事故，造成26人死亡。", "2009-10-08"),
        ("2005.12.16\n一家铅锌矿本周二凌晨一时许泄漏不明气体，数百名工人吸入气体后不适。", "2005-12-13"),
        ("2021-01-29 22:36\n上周四凌晨，一座金矿发生爆炸，造成10人死亡。", "2021-01-21"),
        ("2021-01-29 22:36\n周四凌晨，一座金矿发生爆炸，造成10人死亡。", "2021-01-28"),
        ("2021-01-25 22:36\n金矿周日发生爆炸，造成10人死亡。", "2021-01-24"),
        # a routine is no day; a stamp's weekday is the stamp's (the accident then dated otherwise)
        ("2021-01-25 22:36\n工人周一至周五上班，昨天发生爆炸，造成3人死亡。", "2021-01-24"),
        # the day in brackets after it is read instead
        ("2021-01-25 22:36\n一工厂内的废气塔周三(13日)突然发生爆炸，造成3人死亡。", "2021-01-13"),
        ("2011年4月26日 星期二 19:06\n煤矿发生透水事故，事发在前日，8名矿工遇难。", "2011-04-24"),
        # no dateline to count from: nothing
        ("一家化工厂星期五发生爆炸，造成3人死亡。", None),
    ],
)
def test_day_of_the_week(text: str, date: str | None) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a month and day with its day of the week gives its year, however long before the stamp the page came out
        ("2017/9/11 13:50:24\n\n据了解，5月26号（星期五）傍晚7:30左右，一名职工独自驾驶冲锋舟失联。", "2017-05-26"),
        ("2017/9/11 13:50:24\n\n据了解，5月26号（星期六）傍晚7:30左右，一名职工独自驾驶冲锋舟失联。", None),
        ("2017/9/11 13:50:24\n\n据了解，5月26日傍晚7:30左右，一名职工独自驾驶冲锋舟失联。", None),
        # a dateline's month long before the stamp: a day alone after it is no day of the stamp's months
        (
            "2017/9/11 13:50:24\n\n据“新江夏”5月30日消息：26日，一职工在傍晚独自驾驶冲锋舟过程中失联。"
            "28日下午，村民将遇难者遗体打捞上来。",
            None,
        ),
        (
            "2017/9/11 13:50:24\n\n据“新江夏”5月30日消息：26日，一职工在傍晚独自驾驶冲锋舟过程中失联。\n"
            "据了解，5月26号（星期五）傍晚7:30左右，该职工独自一人驾驶冲锋舟失联。\n"
            "28日下午3:30左右，渔民用滚钩将遇难者遗体打捞上来。",
            "2017-05-26",
        ),
        # (a dateline just after the stamp is no repost: a day alone after it is still read)
        ("2017-01-02 10:00\n新华社12月30日电 29日上午，一工厂发生爆炸，造成3人死亡。", "2016-12-29"),
        # the accident far on in the day's sentence, not a later day of the fire still burning
        (
            "【新唐人北京时间2021年04月09日讯】中海油位于渤海湾的蓬莱19-3油田，近日发生井喷起火事故，3人失踪。"
            "有消息称，大火持续延烧至今，仍未扑灭。\n4月9日午间，中海油发公告称，4月5日傍晚，位于渤海湾的蓬莱19-3油田，"
            "在钻井作业过程中浅层气溢出，随即进行压井作业处置，过程中发生了井喷失控着火。\n"
            "据指，平台现场火光熊熊，冒出滚滚黑烟。\n事故发生时，平台现场共有102人，当晚撤离99人，另有三人失踪。\n"
            "公告称，4月6日，火已被扑灭。目前，未发生原油泄漏。\n但财新网则表示，8日大火仍未扑灭，平台上部设施严重损毁，目前尚不清楚泄漏了多少原油。",
            "2021-04-05",
        ),
    ],
)
def test_weekdays_give_years_and_reposts_datelines(text: str, date: str | None) -> None:
    assert _date(text) == date


def test_time_read_past_a_bracketed_weekday() -> None:
    found = read_date("2017年5月30日讯 5月26号(星期五)傍晚7:30左右，陈某驾驶冲锋舟失联。")
    assert found is not None and (found.date, found.time) == ("2017-05-26", "19:30")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a measure in force from an hour of a day, and a share's trading resumed on a day, date no accident
        ("2010年08月10日 10:31 某网\n某公司公告，因某金矿发生起火伤亡事故，公司已按要求停产。龙口公司已自8月7日上午6时"
         "起停产撤人。据报道，8月6日下午5时许，某金矿发生电缆起火事故，事故造成16人死亡。", "2010-08-06"),
        ("某公司于晚间公告，公司下属项目在施工过程中发生施工平台倒塌事故，已造成67人死亡。公司股票于2016年11月25日开市起"
         "复牌。", None),
        ("某公司公告，公司股票自2016年11月25日起停牌。", None),
        # (the hour told, then a fire that day: an event)
        ("2010年8月7日上午6时起火的仓库已被扑灭，事故造成1人死亡。", "2010-08-07"),
    ],
)
def test_a_measure_in_force_from_an_hour_and_a_shares_trading_date_no_accident(text: str, date: str | None) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "date", "time"),
    [
        # a date a document's conversion stripped of 年, 月, 日 and 时, read when its digits split one way alone
        ("2020751130分，某县某矿业公司发生一起高处坠落事故，造成1人死亡。", "2020-07-05", "11:30"),
        ("2022年41810时33双塔区南大街一处商业网点屋顶防水施工过程中发生一起高处坠落事故。", "2022-04-18", "10:33"),
        ("1992102440分，某厂甲醇车间发生一起因起吊设备突然坠落而造成死亡的事故。", "1992-10-02", "04:40"),
        ("202241700:10分许，某区某木材市场B33号发生一起高处坠落事故，造成1人受伤后经抢救无效死亡。", "2022-04-17",
         "00:10"),
        # (with the accident's name too, and no page stamp to give the name a year)
        ("20197161655分左右，位于某镇某百货楼顶发生一起一般触电事故。某镇成立了“7·16”事故调查组。", "2019-07-16",
         "16:55"),
        # (before a day the text goes on to tell, in a long first sentence that tells the accident at its end)
        ("2020年81518时15分许，在某区某路379号8号楼1楼作业区内某建筑工程有限公司员工赵某（女，49岁，某省某市人）被发现倒在"
         "8号楼1楼风井洞口下方B1层区域，送某区中心医院经抢救无效死亡。\n（二）合同签订情况\n2020年3月3日，某工程局有限公司和"
         "某建筑工程有限公司签订项目合同。", "2020-08-15", "18:15"),
        # (digits that split two ways, the accident's name telling which)
        ("2022721430分某木材加工厂生产车间内，发生一起机械伤害事故，造成一人死亡。\n区政府成立了某木材加工厂“7.21机械伤害"
         "一般死亡事故调查组。", "2022-07-21", "04:30"),
        # (every number written with two digits: 2019年11月08日05时33分)
        ("201911080533分许，在某市某快线某跨线桥路段发生一宗货车与一辆电动三轮车碰撞，造成1人死亡。", "2019-11-08",
         "05:33"),
        # (digits that split two ways, or none, or no accident told after them: no date)
        ("2021111110分，某厂发生一起火灾事故。", None, None),
        ("2021123456时，某厂发生一起火灾事故。", None, None),
        ("订单号2020751130分拣完毕，仓库一切正常。", None, None),
    ],
)
def test_a_date_stripped_of_its_words_is_read_when_its_digits_split_one_way(
    text: str, date: str | None, time: str | None
) -> None:
    found = read_date(text)
    assert ((found.date, found.time) if found is not None else (None, None)) == (date, time)


def test_a_full_date_opening_a_long_sentence_that_tells_the_accident_at_its_end_is_the_accidents() -> None:
    text = (
        "某公司公布，近日，公司控股子公司收到县应急管理局函复，同意恢复生产。\n2023年5月14日，某铜业外协单位—某建设集团"
        "有限公司在所承包的某铜多金属矿露天采场排水巷道相关竖井工程施工过程中发生一起吊笼坠落事故，经全力抢救，搜救工作于"
        "5月16日完成，事故造成6名失联人员遇难。"
    )
    assert _date(text) == "2023-05-14"
    # (not a sentence that tells reporting, as a court's judgment does)
    court = (
        "2023年12月8日，某市中级人民法院依法对刘某等10人犯重大责任事故罪一案作二审公开宣判。法院经审理查明，2021年7月"
        "15日，某隧道施工段发生坍塌透水事故，造成14名作业人员死亡。"
    )
    assert _date(court) == "2021-07-15"


def test_the_day_of_a_tip_off_is_no_accidents_and_a_fall_in_plain_words_is_one() -> None:
    text = (
        "2023年2月10日15时59分，根据蔡某举报称某门业雇佣其哥哥安装门窗，2022年12月2日蔡某在城郊某户安装阳光雨篷时"
        "摔落，后被工友送往市人民医院救治，2023年2月5日在医院身亡。"
    )
    assert _date(text) == "2022-12-02"
    # (an alarm taken at a clock time still dates the accident: "…中心接到报警")
    alarm = "2023年2月10日15时59分，消防救援中心接到报警称某厂房起火，1人被困。"
    assert _date(alarm) == "2023-02-10"


def test_a_full_date_of_a_meeting_or_a_bulletin_dates_no_accident_even_as_a_fallback() -> None:
    text = (
        "日前，某水泥有限责任公司在预热器五级锥体清堵操作中，出现喷料事故，导致1人死亡。\n"
        "据某县人民法院消息，2019年6月13日，这家企业破产清算案第一次债权人会议在某县人民法院召开。"
    )
    assert _date(text) is None
    # (a full date with no word after it at all still dates the text's accident)
    bare = "2019年6月13日，某水泥有限责任公司预热器。1人死亡。"
    assert _date(bare) == "2019-06-13"
    # (a date of reporting still gives its year to the accident's name, as a page stamp does)
    named = (
        "2026年1月16日，某省应急管理厅公布的一则调查报告，让池州东至某某新材料有限公司“10·27”较大事故再次进入公众"
        "视野。该公司操作工张某钻进冷冻盐水箱，3人死亡。"
    )
    assert _date(named) == "2025-10-27"
    # (nor a day learnt on that tells the accident after the reporting: the fallback it was)
    learnt = "2019年6月13日，记者从市应急管理局获悉，某化工厂发生爆炸，造成2人死亡。"
    assert _date(learnt) == "2019-06-13"


def test_a_date_glued_to_a_domain_or_to_another_full_date_is_the_pages_not_the_accidents() -> None:
    # (a repost's header: the site's domain right after the date; the account tells no day of its own)
    stamped = "2023年5月6日ehs.cn\n\n某市某区某大道18号店面发生一起火灾事故，造成1人死亡、2人轻伤。"
    assert _date(stamped) is None
    # (a report's own date run into the account's date: the second is the accident's)
    glued = (
        "事故调查组2022年9月1日2022年6月15日1()时20分,某县某矿业有限公司(以下简称“某煤矿“)101-2切眼改造掘进工作面"
        "发生一起顶板事故,造成1人死亡,直接经济损失200万元。"
    )
    assert _date(glued) == "2022-06-15"
    # (a period between two dates is no such run: "至" stands between them)
    period = "2022年6月15日，某煤矿发生一起顶板事故，造成1人死亡。该矿许可证有效期为2021年6月23日至2024年6月23日。"
    assert _date(period) == "2022-06-15"


def test_a_date_whose_year_and_month_marks_a_conversion_lost_with_its_day_mark_kept() -> None:
    text = "20241123日,某林业开发有限公司在林场实施阻隔带项目作业过程中,发生一起物体打击事故,造成1人死亡。"
    assert _date(text) == "2024-11-23"
    # (digits that split two ways, 1月23日 or 12月3日, date nothing; the accident's name chooses)
    two_ways = "2024123日,某林业开发有限公司在林场作业过程中,发生一起物体打击事故,造成1人死亡。"
    assert _date(two_ways) is None
    named = "2024123日,某林业开发有限公司在林场作业过程中,发生一起物体打击事故。“12.3”事故调查组成立。"
    assert _date(named) == "2024-12-03"
    # (a day with a leading zero is no reading: 10月3日, not 1月03日)
    zero = "2024103日,某林业开发有限公司在林场作业过程中,发生一起物体打击事故,造成1人死亡。"
    assert _date(zero) == "2024-10-03"
    # (but month and day both written with two digits are: 06月12日)
    padded = "20220612日,某林业开发有限公司在林场作业过程中,发生一起物体打击事故,造成1人死亡。"
    assert _date(padded) == "2022-06-12"


def test_of_several_stripped_dates_the_one_the_accident_is_named_by() -> None:
    # (the day a complaint was received told first, the accident's day in the same sentence)
    text = (
        "某花园“6·12”一般生产安全事故调查报告\n\n2022817日，某市应急管理局受理关于某项目施工工程的安全生产举报投诉，"
        "获悉2022612日下午540分左右，某花园项目发生一起工人受伤事件。"
    )
    assert _date(text) == "2022-06-12"
    # (no name: the first)
    assert _date(text.replace("“6·12”", "")) == "2022-08-17"


def test_a_day_in_chinese_numerals_before_an_hour_in_chinese_numerals() -> None:
    text = "2006年11月30日 21:39 来源:新闻网\n本月二十六日二十三时，某市一非法开采的煤矿发生瓦斯爆炸，导致七人死亡。"
    assert _date(text) == "2006-11-26"


def test_a_day_whose_clause_tells_the_accident_happened_on_another_day_is_not_its_day() -> None:
    text = (
        "【2023年11月10日讯】某市一商场近日发生一宗扶手电梯事故，一名工人在维修电梯时被卷入夹死。11月9日，当地派出所"
        "工作人员对媒体确认此事发生在11月7日，但不便透露其它情况。"
    )
    assert _date(text) == "2023-11-07"


def test_a_body_found_days_later_and_a_boat_lost_on_the_accidents_day() -> None:
    text = (
        "2010-10-27 来源:某新闻网\n昨天上午，在某港口发现一具尸体。经家属辨认，是某渔船落水船员。\n"
        "10月23日1点30分左右，某渔船在某港突遇大风沉没，15名船员全部落水。"
    )
    assert _date(text) == "2010-10-23"


def test_a_relative_day_read_from_a_web_stamp_a_day_late_gives_way_to_the_day_told() -> None:
    text = (
        "发布时间:2015-4-8 9:54:33\n前天下午，某海域一艘集装箱货轮在保养救生艇时发生高空滑落，三名船员受伤。"
        "4月5日下午3时，该船两名船员在救生艇内做保养，救生艇突然从十几米高空滑落至海面。"
    )
    assert _date(text) == "2015-04-05"
    # (a day told two days before is another matter: the relative day stands)
    other = (
        "发布时间:2015-4-8 9:54:33\n前天下午，某海域一艘集装箱货轮在保养救生艇时发生高空滑落，三名船员受伤。"
        "4月4日下午3时，该船曾发生一次故障。"
    )
    assert _date(other) == "2015-04-06"
    # (nor a day before it that dates no event: the ship's voyage)
    voyage = (
        "发布时间:2015-4-8 9:54:33\n前天下午，某海域一艘集装箱货轮在保养救生艇时发生高空滑落，三名船员受伤。"
        "4月5日，该船从广州开往乐清七里港码头，途中在锚地锚泊。"
    )
    assert _date(voyage) == "2015-04-06"


def test_the_evening_before_a_nights_accident_is_not_its_day() -> None:
    text = (
        "2008-01-04 来源:某商报\n昨日凌晨，某集团电石分厂发生安全生产事故，事故造成一人死亡四人受伤。"
        "一位工作人员告诉记者，事故发生在凌晨。1月2日23时，电石炉都在正常运作，当班炉长指挥打开炉眼正常出炉。"
    )
    assert _date(text) == "2008-01-03"


def test_a_weekday_with_the_time_right_after_it_is_the_accounts_not_a_page_line() -> None:
    assert _date("2022年5月 21日星期六18时左右，某租赁站院内发生一起物体打击事故，造成一人死亡。") == "2022-05-21"
    assert _date("2022年5月21日(星期六)18时左右，某租赁站院内发生一起物体打击事故，造成一人死亡。") == "2022-05-21"
    # (a page's line stays furniture)
    assert _date("2023年5月17日 星期三 第04版\n5月16日18时左右，某租赁站院内发生一起物体打击事故。") == "2023-05-16"


def test_a_minute_a_site_printed_the_news_and_the_inquirys_later_days_are_not_the_accidents() -> None:
    text = (
        "日前，某县某广场发生一起坠落事故，事故导致一死一伤。\n"
        "2022年04月19日17时32分，由某县委宣传部主管的网站“某县在线”刊发了一则《某广场发生一起坠落事故》的消息。\n"
        "内容显示，2022年4月12日上午，村民陆某某和何某某夫妇在广场一楼从事蔬菜分检工作。8时许，陆某某不慎坠落至"
        "地下室地面受伤。\n4月15日16时，县应急局接到何某某死亡报告后，立即派员到事故现场进行初查。4月16日和17日，"
        "对事故发生单位及有关人员进行了再次核实。"
    )
    assert _date(text) == "2022-04-12"


def test_the_accident_time_told_in_prose_is_its_day() -> None:
    text = (
        "某煤矿“12•2”运输事故发生于某采煤工作面，事故时间为2021年12月2日3时11分。\n"
        "据了解，2021年12月1日21时，采煤工区区长召开班前会安排当班工作。2日2时30分左右，采煤机停机。"
    )
    assert _date(text) == "2021-12-02"


def test_another_accident_the_text_compares_this_one_with_does_not_name_it() -> None:
    text = (
        "2023年7月14日，某纸业有限公司发生一起机械伤害事故，造成1人死亡。该事故与某省某纸业有限公司“6·9”机械伤害事故"
        "的行业相同、时间相近、原因相似。"
    )
    assert _date(text) == "2023-07-14"


def test_a_governor_hurrying_there_the_next_evening_does_not_date_the_accident() -> None:
    text = (
        "2012年12月02日22:15\n来源:某网\n原标题 [某省某煤矿透水事故初步原因查明:矿主越界开采]\n\n    某网消息(网络新闻"
        "联播记者李某报道)12月2日19时30分,某省省长王某赶赴某市就某煤矿八井透水事故作出部署。指挥部副总指挥刘某"
        "在介绍情况时说,矿主越界开采,导致透水。\n\n  12月1日23时40分,某省某市某煤炭有限责任公司八井"
        "发生透水事故,截至2日12时许有8人升井,仍有14人被困井下。"
    )
    assert _date(text) == "2012-12-01"


@pytest.mark.parametrize(
    "after", ["事故发生后的井口，停满了救援车辆", "事发后，救援车辆停满了井口", "在事故发生之后，家属赶到井口"]
)
def test_a_day_told_as_after_the_accident_is_not_its_day(after: str) -> None:
    text = (
        "2019-01-17 08:52:55 来源：某周刊\n某煤矿位于调度中心大楼旁。1月13日，" + after + "。\n"
        "1月12日16时30分许，某煤矿发生井下冒顶事故，21人被困并遇难。"
    )
    assert _date(text) == "2019-01-12"


# (however many blank lines the page leaves after the button: "0\n分享至\n\n\n\n2026年2月18日14時24分，…突發爆燃事故")
@pytest.mark.parametrize("gap", ["\n\n", "\n\n\n\n", "\n \n \n \n"])
def test_a_pages_sharing_button_is_no_cut_off_before_the_date(gap: str) -> None:
    text = (
        f"某渔船相撞事故调查报告\n\n0\n分享至{gap}2025年11月21日8时许，两船发生碰撞，2人死亡。\n\n"
        "2026年1月26日，政府网站公布事故调查报告。"
    )
    assert _date(text) == "2025-11-21"
    # (a cut-off date still is one)
    text = "2025年11月21日8时许，两船发生碰撞。截至\n2025年11月23日，2人死亡。"
    assert _date(text) == "2025-11-21"


@pytest.mark.parametrize(
    "notice",
    [
        "广西北海海城发布了一则情况通报",
        "区应急管理局发布通报",
        "当地政府发布一条消息",
        # (an authority named at length, its account's name and all)
        "揭阳市榕城区委宣传部官方公众号“榕城发布”发布情况通报称",
    ],
)
def test_the_minute_an_authority_issued_its_notice_is_not_the_accidents(notice: str) -> None:
    # (under a page stamp that gives the notice's day its year)
    text = (
        f"2025-07-26 08:03:49\n\n7月25日23时23分，{notice}，通报如下：\n"
        "2025年7月22日14时25分，某海域发生一起摩托艇与快艇相撞事件，致两人身亡。"
    )
    assert _date(text) == "2025-07-22"


def test_early_morning_as_a_part_of_the_day_told_after_the_reporters_day() -> None:
    text = (
        "2021年01月25日 17:06 来源：新闻网\n中新社大连1月25日电 (记者 杨毅)记者25日从大连金普新区应急办获悉，"
        "当日早间5时50分左右，某小区附近发生爆炸事故。"
    )
    assert _date(text) == "2021-01-25"


def test_hong_kong_papers_yesterday_noon() -> None:
    # 昨午, as Hong Kong papers write 昨日中午 (the 昨 of the day's part)
    text = (
        "2017年07月11日 15:17 来源:某网\n某网7月11日电 据香港某报消息，一个隧道工程地盘，昨午发生严重工业意外，"
        "3名工人遇溺。"
    )
    assert _date(text) == "2017-07-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the accident's own day in its time field after the news's full date: the field's
        ("据某网报道，2016年6月6日，某地一条铁路隧道坍塌，1人死亡。\n事故时间:事故发生在6月5日23:50左右", "2016-06-05"),
        ("2016年6月6日，某地一条铁路隧道坍塌，1人死亡。事故发生在6月5日23时50分左右。", "2016-06-05"),
        # (not a day far from it, another event's)
        ("2016年6月6日，某地一条铁路隧道坍塌，1人死亡。此前事故发生在3月5日的另一隧道。", "2016-06-06"),
        # (nor a day told without the field's words)
        ("2016年6月6日，某地一条铁路隧道坍塌，1人死亡。6月5日，该隧道曾进行检修。", "2016-06-06"),
    ],
)
def test_the_accidents_time_field_after_a_news_day(text: str, expected: str) -> None:
    assert _date(text) == expected


def test_the_day_another_accident_is_counted_from_is_not_this_ones() -> None:
    text = (
        "2020-07-02 某网\n今年的安全生产月却不安全。距6月24日某地救护车的氧气瓶爆炸事件刚过去数日。6月30日晚9点左右，"
        "某医院门诊发生爆炸，已造成19人死亡。"
    )
    assert _date(text) == "2020-06-30"


def test_a_scene_at_the_hospital_is_no_accident_day() -> None:
    text = (
        "2014年12月29日 10:59:13 来源:某网\n某网12月29日讯 “操作压塑机时，想了点别的事。”昨天上午，在某医院手外科"
        "病房，小王一脸沮丧。\n12月23日下午4点多，他在操作压塑机包装袜子时，右手被压塑机压得血肉模糊。"
    )
    assert _date(text) == "2014-12-23"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a video page's stamp, eight digits alone on a line near the top
        ("某景区玻璃滑道人踩人1死多伤\n\n20200820\n东网电视\n景区的玻璃滑道，周三(19日)下午发生事故。", "2020-08-19"),
        # (not eight digits inside a line: an order number, or past the top)
        ("订单号20200820的货车\n景区的玻璃滑道，周三(19日)下午发生夺命事故。", None),
        ("某景区玻璃滑道事故\n" + "相关新闻。" * 70 + "\n20200820\n景区的玻璃滑道，周三(19日)下午发生夺命事故。", None),
        # (or before the headline on its line, as an accident database titles its entries)
        ("20230419 广西某钙业公司中毒致2死22伤\n4月19日9时50分许，厂长安排人员清理脱硫除尘塔内的沉渣。", "2023-04-19"),
        # (but not before a number: a list of figures)
        ("20230419 1325 4410\n4月19日9时50分许，厂长安排人员清理脱硫除尘塔内的沉渣。", None),
    ],
)
def test_a_stamp_of_eight_digits_on_its_own_line(text: str, expected: str | None) -> None:
    assert _date(text) == expected


def test_earlier_accidents_told_paragraph_by_paragraph_after_their_head() -> None:
    text = (
        "2012-02-13 08:54:00 来源: 某网\n\n某社南京2月13日电 12日，位于某地的一家船舶制造公司在建货船舱内突发爆炸事故，"
        "造成3名作业人员死亡。\n\n但近年来，八卦洲境内的船厂屡屡发生生产事故，引起人们关注。\n\n"
        "2010年8月17日，八卦洲南江船厂发生爆炸事故造成1死5伤。\n\n"
        "2011年8月25日，八卦洲海月造船厂内，2名油漆工在船舱内作业时相继中毒。"
    )
    assert _date(text) == "2012-02-12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the earlier accident this one followed, its day inside the clause that names it (继…事故后)
        (
            "2015年11月1日 星期日\n\n某報訊 再有混凝土廠發生奪命工業意外，繼大埔一間混凝土廠前日有工人慘遭運輸帶夾死"
            "事故後，另一間位於屯門的混凝土廠，一名船工昨日疑意外失足，跌落沙倉內。",
            "2015-10-31",
        ),
        (
            "2015年11月1日 星期日\n\n某报讯 继大埔一间混凝土厂前日有工人惨遭夹死事故后，另一间混凝土厂一名船工昨日失足"
            "跌落沙仓内。",
            "2015-10-31",
        ),
        # (not a day after 继续, nor one whose clause tells no earlier accident)
        ("2015年11月1日 星期日\n\n某报讯 工人继续在前日施工的沙仓作业，昨日一名船工失足跌落沙仓内。", "2015-10-30"),
        ("2015年11月1日 星期日\n\n某报讯 继大埔一间混凝土厂前日发生事故，一名船工失足跌落沙仓内。", "2015-10-30"),
    ],
)
def test_the_day_of_an_earlier_accident_this_one_followed(text: str, expected: str) -> None:
    assert _date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call for help taken on the day: the rescuers' arrival that follows is no later reporting
        (
            "发布时间:2013-11-11  来源:某网\n  某镇一名女工在疏通绞肉机的进料口时，整只右手被机子吞进。\n\n"
            "  7日下午，接到群众报警后，消防大队官兵赶到某食品有限责任公司，发现该女工的右手被绞肉机卡住。",
            "2013-11-07",
        ),
        (
            "发布时间:2013-11-11  来源:某网\n  某镇一名女工的右手被绞肉机吞进。\n\n"
            "  7日下午，消防大队接报警后赶到某食品公司，发现该女工的右手被绞肉机卡住。",
            "2013-11-07",
        ),
        (
            "发布时间:2013-11-11  来源:某网\n  某镇一名女工的右手被绞肉机吞进。\n\n"
            "  7日下午，消防大队接到求救电话后赶到某食品公司，发现该女工的右手被绞肉机卡住。",
            "2013-11-07",
        ),
        # (the reporter arriving is reporting still, even after a call)
        (
            "发布时间:2013-11-11  来源:某网\n  某镇一名女工的右手被绞肉机吞进。\n\n"
            "  7日下午，记者接到报警后赶到某食品公司，看到该女工的右手被绞肉机卡住。",
            None,
        ),
        (
            "发布时间:2013-11-11  来源:某网\n  某镇一名女工的右手被绞肉机吞进。\n\n"
            "  7日下午，记者赶到某食品公司，看到该女工的右手被绞肉机卡住。",
            None,
        ),
    ],
)
def test_a_call_for_help_dates_the_accident(text: str, expected: str | None) -> None:
    assert _date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative day counted from the page's stamp, then the day of the month with its time a day or two before:
        # the stamp is a later one's, the day told the event's
        (
            "某高铁项目垮塌 5人死亡 社会热点 11:51 2023/02/24 某高铁在建项目今日发生围墙垮塌事故 5人死亡。"
            "据某区应急管理局，23日上午11时许，某在建项目围墙垮塌，造成5人死亡。",
            "2023-02-23",
        ),
        (
            "2016-02-03 08:10 来源：某网\n今晨，某厂发生火灾。据了解，1日早晨传出火警，消防赶到时火势已大。",
            "2016-02-01",
        ),
        (
            "2018年01月04日 来源：某报\n昨日，某地一工地发生坍塌。2日晚上8时52分，工地一面墙体倒塌。",
            "2018-01-02",
        ),
        (
            "2017-03-15 来源：某台\n今天下午5点，记者了解到，某船厂工人坠海。13日下午，某船厂一名工人在作业时坠海。",
            "2017-03-13",
        ),
        (
            "某某发表于 2014/3/31 23:13:16 某铝材厂发生爆炸 两名员工1死1伤\n某报讯 前日上午，某铝材加工厂突然发生爆炸，"
            "致两名员工一死一伤。\n附近居民介绍，28日上午11点半左右，事发工厂突然传出巨大的爆炸声。",
            "2014-03-28",
        ),
        # (not the relative day's own date told again, nor a day three days before, nor a day with no time)
        (
            "2023/02/24 某在建项目今日发生围墙垮塌事故。据某区应急管理局，24日上午11时许，某在建项目围墙垮塌。",
            "2023-02-24",
        ),
        (
            "2023/02/24 某在建项目今日发生围墙垮塌事故。据某区应急管理局，21日上午11时许，曾有人反映围墙开裂。",
            "2023-02-24",
        ),
        (
            "2023/02/24 某在建项目今日发生围墙垮塌事故。该项目23日开工，围墙此前已开裂。",
            "2023-02-24",
        ),
        # (nor after a full date found)
        (
            "2023年2月24日上午，某在建项目发生围墙垮塌事故。23日上午11时许，有人反映围墙开裂。",
            "2023-02-24",
        ),
    ],
)
def test_a_day_told_with_its_time_after_a_relative_day(text: str, expected: str) -> None:
    assert _date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a page stamped to the minute, the account telling a part of the day and no day: the stamp's day
        (
            "時事脈搏 | 2023-09-17 15:51\n\n某碼頭有工人煮食時爆炸 兩人傷\n\n某貨櫃碼頭下午發生爆炸，有2名男工人燒傷。",
            "2023-09-17",
        ),
        (
            "記者 某某 報導\n發佈時間:2006/06/05 17:00\n最後更新時間:2016/05/16 07:06\n\n"
            "某水泥廠，下午4:10傳出不幸意外。",
            "2006-06-05",
        ),
        # (not a stamp with no clock time, nor a part of the day far below it, nor a page that calls the day vague)
        ("2023-09-17\n\n某碼頭有工人煮食時爆炸 兩人傷\n\n某貨櫃碼頭下午發生爆炸。", None),
        ("時事脈搏 | 2023-09-17 15:51\n\n" + "某貨櫃碼頭發生爆炸。" * 25 + "事發在下午。", None),
        ("時事脈搏 | 2023-09-17 15:51\n\n近日，某貨櫃碼頭下午發生爆炸，有2名男工人燒傷。", None),
        ("2023-09-17 15:51 某晚報\n記者昨上午獲悉，某貨櫃碼頭發生爆炸。", None),
        ("時事脈搏 | 2023-09-17 15:51\n\n日前，某貨櫃碼頭下午發生爆炸，有2名男工人燒傷。", None),
        ("時事脈搏 | 2023-09-17 15:51\n\n前不久，某貨櫃碼頭下午發生爆炸，有2名男工人燒傷。", None),
        ("時事脈搏 | 2023-09-17 15:51\n\n近期，某貨櫃碼頭下午發生爆炸，有2名男工人燒傷。", None),
    ],
)
def test_a_page_stamped_to_the_minute_dates_a_same_day_account(text: str, expected: str | None) -> None:
    assert _date(text) == expected


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a film crew's shooting told as under way is the work the accident happened at, not a photo's day
        ("2022-03-12 16:38\n3月11日下午，剧组拍摄时发生意外，两名工作人员不小心坠谷身亡。", "2022-03-11"),
        ("2022-03-12 16:38\n3月11日下午，剧组在拍摄过程中发生意外，两名工作人员坠谷身亡。", "2022-03-11"),
        # (a photo's day still is: the accident's is the other)
        ("2022-03-12 16:38\n这是3月12日拍摄的事故现场。3月11日下午，一工地发生坍塌，两名工人身亡。", "2022-03-11"),
    ],
)
def test_a_film_crews_shooting_under_way_dates_the_accident(text: str, date: str) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a repost weeks after the paper: its relative day is the paper's, and the day alone with its clock after it,
        # weeks before that reading, is the accident's
        (
            "2016-02-27 21:02 我要评论\n本报讯 笔者昨日获悉，某镇前日发生一起矿山意外事故，到昨日凌晨1时左右，"
            "事故已造成4人因缺氧窒息死亡。\n4日上午9时左右，某萤石矿2名工人进入巷道查看，发生窒息。",
            "2016-02-04",
        ),
        # (not a day after the relative day, the search's; nor a day within the week before it, the story's own)
        (
            "2008年01月15日 14:33 来源：晚报\n前日凌晨3时50分左右，某硫酸厂硫磺仓库发生爆燃，事故造成5人死亡。"
            "到14日凌晨4时20分，搜救人员终于将两名死者的遗体抬出来。",
            "2008-01-13",
        ),
        (
            "2016-02-27 21:02 我要评论\n前日发生一起矿山意外事故，造成4人死亡。22日上午9时左右，2名工人进入巷道作业，"
            "发生事故。",
            "2016-02-25",
        ),
    ],
)
def test_a_reposts_relative_day_and_the_accidents_own_day_weeks_before(text: str, date: str) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the day the accident came to light, a cover-up's end, is the news's, not the accident's
        (
            "2025-04-14 22:25:41 · 来源：某网\n近日，某施工现场发生坍塌事故，造成3人死亡。4月13日，事故被压了一周"
            "才爆出，在热搜上沸了一下。\n某办公室4月10日通告，2025年4月6日9时20分，某项目发生土方坍塌事故，造成3人"
            "死亡。",
            "2025-04-06",
        ),
        # (a blast's fireball bursting out still is the accident's)
        (
            "2025-04-15 22:25:41 · 来源：某网\n4月13日，一辆罐车爆出巨大火球，造成3人死亡。4月14日凌晨2时，又有1名伤者"
            "在医院死亡。",
            "2025-04-13",
        ),
    ],
)
def test_the_day_an_accident_came_to_light(text: str, date: str) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a page's teaser cut short just after a day, its sentence whole in the story below: read there, where the
        # day is a meeting's, and the accident's own day after it
        (
            "2017-12-12 来源：某日报\n本报讯 按照省委部署，联合调查组正式对某矿瞒报较大事故进行提级调查。12月10日上午，"
            "在某市召\n本报讯 按照省委部署，联合调查组正式对某矿瞒报较大事故进行提级调查。12月10日上午，在某市召开了"
            "调查组成立会议。\n组长指出，2017年11月1日某矿发生一起较大生产安全事故，造成4人死亡。",
            "2017-11-01",
        ),
        # (a line cut short far after its day reads the day where it stands)
        (
            "2017-05-22 来源：某日报\n5月20日23时55分许，某制药厂附近三名工人在油罐车罐内进行刷漆作业时疑似中毒昏迷，"
            "情况十分危急。消防支队指挥中心接到报警后立即派遣消防官兵前往救援。21日0时，消防官兵赶到现\n"
            "5月20日23时55分许，某制药厂附近三名工人在油罐车罐内进行刷漆作业时疑似中毒昏迷，情况十分危急。",
            "2017-05-20",
        ),
    ],
)
def test_a_pages_teaser_cut_short_after_a_day(text: str, date: str) -> None:
    assert _date(text) == date


@pytest.mark.parametrize("zone", ["美国时间", "当地时间", "北京时间"])
def test_a_zones_time_is_the_storys_moment_not_a_pages_field(zone: str) -> None:
    # "美国时间2018年5月29日下午1点" is when it happened, not a page's 时间 label beside its stamp
    text = f"某饲料厂爆炸\n\n新闻网 2018-06-28 06:01:00\n\n{zone}2018年5月29日下午1点，一饲料厂发生爆炸，2人受伤。"
    assert _date(text) == "2018-05-29"
