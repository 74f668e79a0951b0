"""Mirror sites' pinyin notes (發(fā)生): read without them, spans mapped back onto the text as given."""

from __future__ import annotations

import pytest

from ingest.extract import extract_report
from ingest.extract.mirror import without_notes

LEAD = "2019年7月12日17时53分，"


def test_notes_taken_out_and_positions_kept() -> None:
    text = "罐車(chē)發(fā)生側翻"
    clean, where = without_notes(text)
    assert clean == "罐車發生側翻"
    assert where is not None and len(where) == len(clean) + 1
    assert "".join(text[i] for i in where[:-1]) == clean
    assert where[-1] == len(text)


@pytest.mark.parametrize("text", ["一辆LNG(液化天然气)槽车侧翻", "第(1)项", "事故(a)款", "无注音的文本"])
def test_other_brackets_are_left_alone(text: str) -> None:
    assert without_notes(text) == (text, None)


def test_a_mirror_text_is_read_and_its_spans_point_into_it() -> None:
    text = LEAD + "一輛液化天然氣槽車(chē)側翻，處(chǔ)置過(guò)程中未發(fā)生人員傷亡。"
    rep = extract_report(text)
    assert (rep.deaths, rep.injuries) == (0, 0)
    assert rep.length == len(text)
    span = rep.spans["deaths"]
    # (the span covers the words as the page wrote them, notes and all)
    assert text[span.start : span.end] == "未發(fā)生人員傷亡"
    counted = LEAD + "一輛罐車(chē)側翻，事故造成2人死(sǐ)亡。"
    rep = extract_report(counted)
    assert rep.deaths == 2
    assert counted[rep.spans["deaths"].start : rep.spans["deaths"].end] == "2人死(sǐ)亡"
    # (a note right after a span's last character is outside it)
    ended = LEAD + "一輛罐車側翻，事故造成2人死亡(wáng)。"
    rep = extract_report(ended)
    assert ended[rep.spans["deaths"].start : rep.spans["deaths"].end] == "2人死亡"


def test_a_text_without_notes_reads_as_before() -> None:
    text = LEAD + "一辆液化天然气槽车侧翻，处置过程中未发生人员伤亡。"
    rep = extract_report(text)
    assert (rep.deaths, rep.injuries) == (0, 0)
    span = rep.spans["deaths"]
    assert text[span.start : span.end] == "未发生人员伤亡"


def test_a_pdfs_layout_gaps_inside_prose_are_taken_out_and_spans_kept() -> None:
    text = (
        LEAD + "某纸业有限公司发生一起机械伤 害事故，造成1人死亡。该事故发生在全省 开展工贸行业专项整治期间，发生事故"
        "实属不该、教训 深刻。\n17时10分，放置在上方的螺 纹钢坠落，扎入工人杜某的颈部。"
    )
    clean, where = without_notes(text)
    assert "机械伤害事故" in clean and "螺纹钢坠落" in clean
    assert where is not None and "".join(text[i] for i in where[:-1]) == clean
    rep = extract_report(text)
    assert rep.accident_type == "机械伤害"
    assert text[rep.spans["deaths"].start : rep.spans["deaths"].end] == "1人死亡"


def test_a_pdfs_numerals_on_lines_of_their_own_are_joined_to_their_prose_and_spans_kept() -> None:
    text = (
        "某隧道“\n3\n·\n1\n”\n特别重大燃爆事故调查报告\n2014\n年\n3\n月\n1\n日\n14\n时\n45\n分许，两辆运输甲醇的列车"
        "追尾相撞，造成\n40\n人死亡、\n12\n人受伤，直接经济损失\n8197\n万元。\n事故发生后，有关部门高度重视。"
    )
    clean, where = without_notes(text)
    assert "调查报告2014年3月1日14时45分许" in clean and "造成40人死亡、12人受伤" in clean
    assert "“\n3\n·\n1\n”" in clean  # (not prose at both sides)
    assert where is not None and "".join(text[i] for i in where[:-1]) == clean
    rep = extract_report(text)
    assert (rep.date, rep.deaths, rep.injuries, rep.direct_loss_cny) == ("2014-03-01", 40, 12, 81970000)
    assert text[rep.spans["direct_loss_cny"].start : rep.spans["direct_loss_cny"].end].endswith("8197\n万元")


@pytest.mark.parametrize(
    "text",
    [
        # (a page's number after a sentence's end, and before a heading)
        "某厂发生火灾，造成1人死亡。\n12\n一、事故经过\n当日，车间起火。\n13\n二、事故原因\n电气线路短路。\n14\n"
        "三、防范措施\n加强管理。\n15\n四、处理建议\n依法处理。",
        # (numerals on lines of their own, too few)
        "某厂发生火灾，造成\n1\n人死亡、\n2\n人受伤。",
        # (a writer's separators, too few)
        "某县工厂爆炸 2人受伤，其中1人重伤。",
        # (a form's fields and values: no sentence on the line)
        "涉事单位所在行业 民用加油 站点经营\n涉事单位工艺设备 加油加气 站点储罐\n涉及化学品名称 油品 柴油",
        # (a field's label at the head of its line)
        "事故类型 火灾，一般。\n事故地点 南平，顺昌。\n直接原因 卸油，操作不当。",
        # (a report run into one line: its fields' labels)
        "设备名称:蓄电池叉车，平衡重式 设备种类:场内专用机动车辆 设备类别:机动工业车辆 设备制造单位:某合力公司",
        # (and its numbered headings)
        "(一)事故发生单位概况 某饮料公司，成立于2002年。(二)发生事故设备概况 某叉车，型号CPD15。"
        "(三)事故发生经过 某日，叉车倾覆。",
    ],
)
def test_spaces_that_separate_are_left_alone(text: str) -> None:
    assert without_notes(text) == (text, None)


def test_toneless_pinyin_notes_of_a_mirror_are_taken_out_when_there_are_several() -> None:
    text = "2025年11月(yue)27日下(xia)午4:45,河(he)北省(sheng)唐山(shan)市某公(gong)司管(guan)道發(fa)生燃爆事(shi)故。"
    clean, where = without_notes(text)
    assert clean == "2025年11月27日下午4:45,河北省唐山市某公司管道發生燃爆事故。"
    assert where is not None and "".join(text[i] for i in where[:-1]) == clean
    assert extract_report(text).date == "2025-11-27"


@pytest.mark.parametrize(
    "text",
    [
        # (a unit's or a label's letters in brackets, and too few toneless notes to be a mirror's)
        "长度(m)为12，重量(kg)为3，第(a)款",
        "河(he)北省(sheng)某厂发生爆炸",
    ],
)
def test_units_and_a_few_toneless_notes_are_left_alone(text: str) -> None:
    assert without_notes(text) == (text, None)
