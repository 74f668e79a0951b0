"""Parties with their posts: identity lines of investigation reports, posts held (任), narrative roles. Every sentence
here is written for the test (none is copied from a gold or web text)."""

from __future__ import annotations

import pytest

from ingest.extract import extract_report

LEAD = "2021年3月4日，某化工厂发生爆炸事故。\n"


def parties(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in extract_report(LEAD + text).parties}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numbered identity lines, run on after the previous item's full stop; every post of the line
        (
            "建议给予警告处分。15.张明，中共党员，某市交通运输局党组书记、局长。对监管工作督促不力。"
            "16.刘红，某市交通运输局副局长兼执法支队支队长，分管安全生产。",
            {("张明", "书记"), ("张明", "局长"), ("刘红", "副局长"), ("刘红", "支队长")},
        ),
        ("（3）马超，某县应急管理局危险化学品科科长，负责辖区监管。", {("马超", "科长")}),
        # a compound surname
        ("3.欧阳明，某县应急管理局副局长。", {("欧阳明", "副局长")}),
        # unnumbered: led by a sex, or a post in the first clause
        ("李强，男，某化工公司副总经理兼安全员，分管生产。", {("李强", "副总经理"), ("李强", "安全员")}),
        ("王刚，某化工厂法定代表人。对事故负有责任。", {("王刚", "法定代表人")}),
        # the charge is not the identity: a post named in it is not the person's
        ("4.赵亮，某区安监局科长，对市长交办的检查工作督促不力。", {("赵亮", "科长")}),
        # posts held
        (
            "该公司由周立、周平共同出资，周立任执行董事兼经理，周平任监事。",
            {("周立", "执行董事"), ("周立", "经理"), ("周平", "监事")},
        ),
        ("其中孙勇还兼任副厂长、技术员。", {("孙勇", "副厂长"), ("孙勇", "技术员")}),
        # a post, a colon, the name
        ("该公司法定代表人：王伟，注册资本500万元。", {("王伟", "法定代表人")}),
        # the machine's side of a construction notice; two roles sharing 单位
        (
            "塔吊出租、安拆单位是北方起重设备安装工程有限公司；塔吊生产单位是东山建设机械有限责任公司。",
            {
                ("北方起重设备安装工程有限公司", "租赁单位"),
                ("北方起重设备安装工程有限公司", "安拆单位"),
                ("东山建设机械有限责任公司", "生产单位"),
            },
        ),
        # surnames the list lacked: 傅, 洪, 赖, 代, 靖, 蹇
        (
            "该公司法定代表人傅明，项目经理洪恩，押运员赖强，驾驶员代军。",
            {("傅明", "法定代表人"), ("洪恩", "项目经理"), ("赖强", "押运员"), ("代军", "驾驶员")},
        ),
        # news names people by surname and honorific
        ("事发时，司机陈先生正在卸车。", {("陈先生", "驾驶员")}),
        # company posts before the name in a narrative; a name ends before 不
        (
            "搬运工钱明发现泄漏，便向业务员吴芳报告，安全员程亮不在岗位。",
            {("钱明", "搬运工"), ("吴芳", "业务员"), ("程亮", "安全员")},
        ),
    ],
)
def test_posts_of_named_people(text: str, expected: set[tuple[str, str]]) -> None:
    assert parties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # officials at the scene are not parties (gold conventions), and a post before a name is read as one
        # only for the people a report holds to account in their identity lines
        "事故发生后，市委书记张华、副市长李明赶赴现场指挥救援。",
        "事故发生后，书记张华、副市长李明赶赴现场。",
        # a surname and a post is not a name, nor a preposition and 记者
        "公司副经理向记者介绍了事故经过。",
        "车主彭经理说，当天的货物已全部卸完。",
        # 任务, 任何: not 任 (to hold a post)
        "张伟任务繁重，李军任何时候都是公司的安全员。",
        # a building named for a trade, and a place word after a character that is also a surname
        "倒掉的塔吊就在四号司机楼旁边。",
    ],
)
def test_no_party(text: str) -> None:
    assert parties(text) == set()


REPORT = (
    "2021年3月4日，某县一辆液化石油气槽车侧翻泄漏，1人死亡。\n"
    "三、事故原因\n（一）直接原因\n驾驶员王某疲劳驾驶。\n"
    "四、对事故有关责任人员及责任单位的处理情况及建议\n"
    "（一）建议移送司法机关处理人员\n1.王某，某物流公司驾驶员，对事故发生负有直接责任。\n"
    "（二）建议给予党纪、政纪处分人员\n"
    "1.张明，中共党员，某县交通运输局副局长。对危险货物运输监管不力。对事故发生负有\r\n重要领导责任，建议给予记过处分。\n"
    "2.刘红，某县应急管理局局长。对事故发生负有领导责任，"
    "建议依照《事业单位工作人员处分暂行规定》给予警告处分。\n"
    "五、事故防范和整改措施\n1.加强运输安全管理。\n"
)


def test_accountability_part_is_read_item_by_item() -> None:
    from ingest.extract.sections import split_sections

    # the long heading and the lists of people ("建议给予…处分人员", not a lesson for its 建议) are the accountability
    # part; each item is one party's, its responsibility read across a hard line break
    kinds = [s.kind for s in split_sections(REPORT)]
    assert kinds == ["preamble", "cause", "direct", "responsibility", "responsibility", "responsibility", "lesson"]
    rep = extract_report(REPORT)
    assert [(r.party, r.kind, r.sanction) for r in rep.responsibilities] == [
        ("王某", "直接责任", None),
        ("张明", "领导责任", "建议给予记过处分"),
        ("刘红", "领导责任", "建议依照《事业单位工作人员处分暂行规定》给予警告处分"),  # (not cut at the title's 处分)
    ]
    assert rep.responsibilities[1].text.startswith("1.张明，") and rep.responsibilities[1].text.endswith("记过处分。")
    assert [le.text for le in rep.lessons] == ["1.加强运输安全管理。"]
    assert {("张明", "副局长"), ("刘红", "局长"), ("王某", "驾驶员")} <= {(p.name, p.role) for p in rep.parties}


def test_a_cause_item_naming_a_failing_is_not_a_heading() -> None:
    from ingest.extract.sections import split_sections

    # "2.某公司安全生产主体责任落实不到位。" has 责任 but asserts a failing: an item of the indirect causes, which run
    # on to the next heading; "四、事故责任分析" is a heading
    t = (
        "三、事故原因\n（一）直接原因\n驾驶员王某疲劳驾驶。\n（二）间接原因\n1.某物流公司违法运输危险货物。\n"
        "2.某物流公司安全生产主体责任落实不到位。\n未建立安全管理制度。\n四、事故责任分析\n王某负有直接责任。\n"
    )
    secs = split_sections(t)
    assert [s.kind for s in secs] == ["cause", "direct", "indirect", "responsibility"]
    indirect = secs[2]
    assert t[indirect.start : indirect.end].strip().endswith("未建立安全管理制度。")


def test_responsibility_items_and_whose_they_are() -> None:
    t = (
        "2021年3月4日，某县一辆槽车侧翻，1人死亡，运输公司经理王刚随后赶到。\n"
        "四、事故责任认定及处理建议\n东山物流有限公司，对事故负有主要责任。\n"
        # an item after a closing bracket; a footnote mark (②) is not an item
        "（一）建议给予处分人员（3人）1.张明，东山县交通运输局局长②。对事故发生负有领导责任。"
        "2.李强，东山县运输管理所所长，对运输企业监管不力，对事故发生负有监管责任。\n"
        # a rule quoted about whoever bears it ("负有直接责任者") is not a finding; the finding's own sentence names
        # its party ("王刚作为经理"), not the item's first name
        "3.事故后，李强、王刚均未按规定处理，公司对负有直接责任者未作处理。王刚作为经理，对事故发生负有直接责任。\n"
    )
    rep = extract_report(t)
    assert [(r.party, r.kind) for r in rep.responsibilities] == [
        ("东山物流有限公司", "主要责任"),
        ("张明", "领导责任"),
        ("李强", "监管责任"),
        ("王刚", "直接责任"),
    ]


def test_a_university_or_school_as_a_unit_and_rare_surnames_after_a_notices_posts() -> None:
    text = (
        "2014年12月29日8时10分，某体育馆工程发生坍塌事故，造成10名施工人员死亡。\n"
        "据了解，该工程建设单位是清华大学；施工单位是某建设有限公司，法人代表果兴军，项目经理信观尧；"
        "监理单位是某工程管理有限公司，法定代表人胡斌，项目总监郝维民。"
    )
    got = {(p.name, p.role) for p in extract_report(text).parties}
    assert {("清华大学", "建设单位"), ("果兴军", "法定代表人"), ("信观尧", "项目经理")} <= got


def test_words_after_a_trade_are_no_name_of_a_rare_surname() -> None:
    text = "2021年3月4日，一辆货车侧翻，驾驶员受了伤，被送往医院。"
    assert not [p for p in extract_report(text).parties if p.role == "驾驶员"]
