"""Casualty counts: deaths, injuries, serious injuries, missing and poisoned, each with the span it was read from."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator

from .dates import in_earlier_list, in_earlier_sentences
from .furniture import in_furniture
from .numerals import NUM, cn_to_int
from .patterns import Gazetteer
from .report import ExtractedReport, Span
from .script import simplified_name
from .text import (
    ANON,
    SURNAMES,
    CommonWords,
    _KindAt,
    _lead_end,
    _sentence_at,
    clause_start,
    earlier_followed,
    hypothetical,
    other_accidents,
    role_alternation,
    statistics,
)

DEATH_ANCHOR = re.compile(
    r"死|遇难|身亡|罹难|丧生|殉职|牺牲|殒命|毙|丧命|送命|溺亡|坠亡|去世|离世|逝世|不治|遗体|尸体|遗骸|生命|性命|人命|救过来|救回来|心跳|回天"
    # (the end of "…遗体于5月10日在下游约6公里处被找到", further from the body than a window reaches after it)
    r"|被(?:找到|发现|打捞)|停止了?呼吸|没有了?呼吸|没了呼吸|没救了|宣告抢救无效"
    # (as people say it: "儿子当场没了", "再没醒来")
    r"|当场没了|没(?:有|能)?醒(?:过)?来|长眠"
)
# (and a limb broken: "砸断了右小腿", see HURT_WORD)
INJ_ANCHOR = re.compile(r"伤|骨折|[砸压轧碾夹撞摔切剪锯]断|危重")
MISSING_ANCHOR = re.compile(r"失踪|失联|下落不明|生死不明")
POISON_ANCHOR = re.compile(r"中毒|刺激|毒害|不适")
# the first character of a count (NUM), ahead of a pattern that starts with lookbehinds (no fixed first character):
# lets the scan skip other positions fast
NUM_AHEAD = r"(?=[\d零〇○一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟廿卅])"
# not two neighbouring numerals, a rough count ("八九人受伤", "三四名工人"): no figure
# (nor its second numeral alone)
_NOT_VAGUE = (
    r"(?![一二两三四五六七八九][二三四五六七八九](?:十)?\s*(?:余|多)?\s*(?:人|名|个|位))"
    r"(?:(?<![一二两三四五六七八九])|(?![二三四五六七八九]))"
)
# who the victims were, between a harm verb and its count: "烧伤工人4人", "砸死路人1名"
VICTIM_WORDS = (
    r"工人|职工|民工|行人|路人|乘客|村民|群众|居民|学生|员工|作业人员|施工人员|司乘人员|驾驶员|司机|押运员|消防员"
    r"|人员"
)
# people counted with 个, only before a word for people: "6个孩子均被烧伤" (not "3个罐体")
_KIDS = r"孩子|小孩|学生|男孩|女孩|人|工人|员工|村民|小伙|男子|女子"
# one person with no measure word, as news writes it: "一女子被烧伤", "一工人当场死亡"
# (or by a trade or a word for who they were: "造成车间内一操作工右手及脸部被烧伤", "一电焊工被炸伤")
_TRADES = (
    r"操作工|电焊工|焊工|工友|修理工|搬运工|装卸工|清洁工|保洁工|维修工|检修工|钳工|电工|木工|瓦工|架子工|钢筋工"
    r"|油漆工|临时工|农民工|男工|女工|学徒|技术员|厨师|保安|渔民|船员|矿工|老人|老汉|妇女|男孩|女孩|男童|女童"
)
ONE_UNMEASURED = r"(?<=一)(?=" + _KIDS + r"|" + VICTIM_WORDS + r"|" + _TRADES + r")"
# a count, not "数十人" or "上百人" (no number given)
# (nor "无一人死亡", which says nobody died)
# men and women counted apart, as news counts a group: "三男两女", "1男1女" (the count is both, `_other_sex`)
SEXES = r"男\s*" + NUM + r"\s*女|女\s*" + NUM + r"\s*男"
COUNT = (
    NUM_AHEAD
    # (not an ordinal: "这也是近一周来第二名环卫职工在工作时罹难")
    + r"(?<![数几无第])(?!(?<=上)[百千万])"
    + _NOT_VAGUE
    + r"("
    + NUM
    # ("两个人": 个 before 人, or before the people it counts: "两个工人")
    + r")\s*(?:余|多)?\s*(?:人|名|位|个(?=人|工人|民工|农民工|男子|女子|小伙|孩子)|"
    + SEXES
    + r"|"
    + ONE_UNMEASURED
    # (a headline's figure with no measure word before workers: "中国西北一个煤矿平台倒塌后，10矿工遇难"; in words too,
    # as Hong Kong papers write it: "两工人当场惨死"; or before young men, women or children: "两小伙路边倒地身亡")
    + r"|(?<=[\d两二三四五六七八九十])(?=矿工|工人|民工|农民工|职工|员工|男子|女子|小伙|男孩|女孩|孩子|村民|青年|少年)"
    # (a family by its size: "一家六口人均因烟熏致死", "一家三口遇难")
    + r"|(?<=一家[一二两三四五六七八九十\d])口(?![中之])"
    + r")"
)
# a person named right after a count of people (人), who is then the subject of what follows, the count the object of
# a verb before it: "补胎炸飞3人修理工死亡" (the repairman died, not 3)
_ANOTHER_PERSON = r"[\u4e00-\u9fff]{0,2}(?:工人|民工|司机|员工|职工|男子|女子|师傅)|(?:修理|维修|[电焊钳铆瓦木油])工"
NOT_ANOTHER_PERSON = r"(?!(?<=人)(?:" + _ANOTHER_PERSON + r"))"
# treatment that failed: "经抢救无效死亡", "送医急救无效身亡"
FAILED_CARE = r"抢救无效|医治无效|救治无效|急救无效"
DEATH_WORD = (
    r"(?:(?:溺水)?(?:死亡|身亡)|遇难|罹难|丧生|殉职|牺牲|殒命|毙命|溺亡|坠亡|(?:被|当场)?(?:烧|烫|炸|压|砸|淹|撞|电|毒|熏|摔|跌)死|(?:窒息|中毒|烟熏|熏)致死"
    # ("一名29岁的伤者在送医途中失去生命体征")
    r"|伤重不治|(?:已)?无生命(?:体征|迹象|气息)|(?:已)?失去(?:了)?生命(?:体征|迹象)"
    # (laid to rest where they died, as a feature story says it: "另外8名矿工永久长眠在地底下")
    r"|长眠"
    # (as Hong Kong and Taiwan papers write it: "男工墮斃", "送醫後仍不治喪命", "清潔工送命"; not a near miss:
    # "险些丧命")
    r"|(?:堕|坠|跌|撞|压|轰|炸|烧|砸|电|毒|熏|击|溺)毙|(?<!差点)(?<!险些)(?<!几乎)(?<!险)(?:丧命|送命)"
    # ("一人从六七十米的高空惨呼坠落，当场死于非命")
    r"|死于非命"
    # (taken to hospital and dead there, as Hong Kong papers write it: "1名女工昏迷送院不治"; and Taiwan's: "一名22岁
    # 工人…疑似因为吸入沼气中毒，送医不治")
    r"|(?<=送[院医])不治(?!疗|之)|(?<=送院后)不治(?!疗|之)"
    # (on the spot, in words a reworded copy uses: "一名民工当场逝世")
    r"|(?<=当场)(?:逝世|去世|离世)"
    # (and after the failed care: "1人经抢救无效不幸离世"; or by misfortune: "并有一名来自印度的40岁男子不幸逝世")
    r"|(?<=无效)(?:不幸)?(?:逝世|去世|离世)|不幸(?:逝世|去世|离世)"
    # ("其中6人在抢救后不治", "两人均已不治")
    r"|(?<=[后仍终已均都实])不治(?!疗|之)"
    # as people say it: "送到医院没抢救过来", "一个没救过来", "两人已经没救了"
    r"|没(?:能)?(?:抢)?救(?:过来|回来|了)"
    # "共有58人在火海中失去生命", "3人失去了宝贵的生命", "他就这样悬在空中失去了性命"
    r"|(?:失去|丧失)了?(?:宝贵的|年轻的|鲜活的)?(?:生命|性命)(?!体征|危险|安全)"
    # (breathing no more: "两兄弟才把尹红才和周兴全刨了出来，而此时，两人都已经没有了呼吸")
    r"|(?<=[已都均])(?:经)?(?:没有了?|没了|停止了?)呼吸(?!困难|道|机)"
    # (the heart stopped after care in vain: "被紧急送往医院抢救，但还是因缺氧时间过长抢救无效停止了心跳")
    r"|(?<=无效)停止了?心跳)"
)
# a death told anywhere, or the dead named as such
ANY_DEATH = re.compile(DEATH_WORD + r"|死者|遇难者|尸体|遗体")
# when a victim died, between the treatment and the death: "经抢救无效于次日死亡", "抢救无效，当晚死亡" (the year too:
# "抢救无效，于2018年4月16日21时20分死亡")
DIED_WHEN = (
    # (the hour it lasted until: "后经医院抢救无效至当日下午5点多死亡")
    # (or the day before the paper's: "因伤势严重，于昨日18时许死亡")
    r"(?:[，,]?\s*(?:于|在|至)?\s*(?:(?:次日|(?:事发)?第[一二三四五六七八九十\d]{1,2}天|当晚|当天|当日|当夜|昨日|昨天"
    r"|(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日"
    r"|(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日)"
    # (the part of the day alone, or the hour alone: "抢救无效于下午15时45分左右死亡", "于15时死亡")
    r"(?:凌晨|上午|中午|下午|晚上|晚间)?|凌晨|上午|中午|下午|晚上|晚间)?)?"
    # (the hour too, and the death declared: "抢救无效于当日 21 时 30 分宣布死亡")
    # (or on the clock: "经抢救无效于9月4日凌晨1:30左右死亡")
    # (the minutes without 分: "经抢救无效于2006年4月3日下午1时20死亡")
    r"(?:\s*(?:\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分?)?|\d{1,2}[:：]\d{2})(?:许|左右|多)?)?\s*(?:被)?(?:宣布|宣告|确认)?"
    # ("经抢救无效而死亡", "经抢救无效后死亡")
    r"(?:而|后)?"
)
# anonymised names listed ahead, "赵某田、赵某强": the people a clause is about
_NAMES_AHEAD = r"(?!\s*[\u4e00-\u9fff](?:某某|某[\u4e00-\u9fff]?|[xX×]{1,3})[、和及与])"
DEATH_RES = [
    # a counted group whose death the next clause tells (one clause more between at most): "2名工人在下水井检修水泵
    # 时，不幸遇难", "6名失联的工人，经DNA比对，已被确认全部遇难"
    re.compile(
        # ("其中2人因伤势过重，经抢救无效死亡" too)
        # (a height or a distance between: "两名作业人员从约48米高处坠落至地面，当场死亡")
        COUNT
        # (the victims' age right after their count: "一名22岁工人爬到下水道…，疑似因为吸入沼气中毒，送医不治")
        + r"(?:\d{1,3}\s*岁)?"
        # (hurt first: "2名职工在巡查过程中因烟道爆裂受伤，送往医院后经抢救无效死亡")
        + r"(?:[^，,。；;\d伤死亡]|伤势过?重|伤重|受伤(?=[，,])"
        r"|\d+(?:\.\d+)?\s*(?:米|m|层|楼|公里|千米|时|分|点|日|号)){0,24}?[，,]"
        # (a clock time in the clause between: "三人伤势过重，截至9时20分，都抢救无效死亡")
        # (not a clause of named victims, whose death it is: "将其余三人救出来，赵某田、赵某强因伤势严重，经抢救
        # 无效死亡")
        + _NAMES_AHEAD
        # (not a part of the count told between: "两人被快速送到医院救治，其中一人重伤者因伤势严重，经抢救无效死亡")
        # (hours of rescue between: "经过20多个小时抢救，全数遇难")
        + r"(?:(?:(?!其中)[^，,。；;\d]|\d+(?:\.\d+)?\s*(?:米|m|层|楼|公里|千米|时|分|点|(?:多|余)?个?小时))"
        r"{0,12}?[，,])?\s*"
        + _NAMES_AHEAD
        # ("经救援全部遇难", "经全力搜救均已遇难")
        # (均 before 已 or after it: "均已遇难", "已全部遇难"; "均经抢救无效死亡")
        # ("2名工人先后被救出，但均已无生命迹象")
        # ("4名采石者…被困200米深溶洞，虽然全部被消防队员救出，但是都因抢救无效死亡")
        # ("寻回被困三人，全部均已遇难", "全数遇难")
        # ("另两名工人陆续被救出，但不幸已遇难")
        + r"(?:但是|但|却|可惜|遗憾的是)?(?:不幸)?(?:被困人员|被困者|遇险人员|上述人员|他们|她们)?"
        r"(?:均|都|全部|全都|全数){0,2}(?:因)?"
        # (confirmed first: "已寻回三人，证实全部死亡", "确认已经丧生")
        r"(?:经)?(?:证实|确认|核实)?"
        # ("发现货车中有一人被困，经医生确认，已经死亡")
        # ("找到了另外3名被埋人员，但经诊断后都已无生命迹象")
        r"(?:已被确认|被确认|已经|已|(?:后)?经(?:全力|连夜|多方)?(?:救援|搜救|搜寻|施救|诊断|检查|鉴定)?(?:后)?)?"
        # ("共5人窒息晕倒，送医院医治无效死亡")
        # (or to hospital as Hong Kong papers say it, confirmed dead there: "送院后证实不治")
        r"(?:均|都|全部|全都)?\s*(?:还是|仍然|仍|最终|终因)?(?:不幸|先后|相继)?(?:送(?:往)?医院(?:后经)?|送医|送院)?"
        # (what the clause before did to them: "3名男子在柴油罐中工作时因罐内柴油气体过浓，导致窒息死亡")
        r"(?:导致|致使|造成)?"
        r"(?:" + FAILED_CARE + r"|不治)?"
        + DIED_WHEN
        + r"(?:证实)?"
        # (not a count of its own after the word: "20名人员已全部找到，经送医院全力抢救，死亡11人")
        # (nor the dead of a count of their own: "井下当班工人共有436人，遇难的74人包括升井后死亡和井下遇难者")
        + r"(?:当场)?(?:中毒|窒息)?" + DEATH_WORD + r"(?!者|人员|人数|的?(?:有|为|是)?\s*(?:" + NUM + r"))"
    ),
    # (not across another count: "毒倒5名工人 一人窒息死亡" is 1)
    # (what they were doing between: "一名检修人员在处理3号炉三电场阻尼电阻故障时触电身亡")
    re.compile(
        COUNT
        + NOT_ANOTHER_PERSON
        # (and the victims' age right after their count: "一名31岁的工人在事故中身亡")
        + r"(?:\d{1,3}\s*岁)?"
        # (or an aside in brackets on who the victim was, right after the word for them: "发现一名女子(林某,52岁,福建
        # 福安人)疑似一氧化碳中毒死亡"; not one of several told after a colon: "4人伤亡：投料工张某（男，32岁）当场
        # 死亡")
        + r"(?:[\u4e00-\u9fff]{1,4}[（(][^（）()。；;\n]{1,30}[）)])?"
        # (a floor or a height between: "两名正在施工的工人从15层坠楼身亡")
        # (a long place of work too: "一名外包单位工人在检修作业部1#机组配套环保设施1#湿式除尘器内部进行恢复性检修作业时
        # 突发疾病(心梗)死亡")
        # (or an age after who they were: "一名来自印度的40岁男子不幸逝世"; not another's: "一名职工和他5岁的儿子")
        + r"(?:在[^，,。；;]{0,48}?(?:时|过程中)|\d+(?:\.\d+)?\s*(?:米|m|层|楼)|(?<=的)\d{1,3}\s*岁|(?!"
        + NUM
        # (nor across a list's mark to the next item's status: "已取得联系22人、遇难8人、失联15人")
        + r"\s*(?:人|名))[^，,。；;！!？?\d、]){0,20}?(?:当场)?"
        # (the day of the death between: "造成黄玉美1人于4月9日死亡")
        + r"(?:(?:于|在)(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日(?:凌晨|上午|中午|下午|晚上|晚间)?)?"
        + r"(?:中毒|窒息)?"
        + DEATH_WORD
        # (not a death word that counts people of its own: "临时雇工8人(死亡的 4 人均为临时雇工)"; nor the next field's
        # label on a case sheet: "受伤人数:3人\n死亡人数:1人")
        + r"(?!的\s*(?:" + NUM + r")\s*(?:人|名)|人数)"
    ),
    re.compile(
        # "死亡人数目前为28人", "遇难人数已经上升到5人": a time word before the figure
        # (not after a count of its own: "1人死亡4人住院", "一人死亡两人重伤" written without a comma; but after who
        # died: "造成当班和附近工段工人死亡3人")
        # ("死亡人数现已升至三十五人")
        r"(?<![\d零〇○一二两三四五六七八九十百][人名位])(?:死亡|遇难|罹难)(?:者|人员)?(?:人数)?(?:目前|现在|现|已经|已){0,2}"
        # (from the count before: "死亡人数已从4人增至7人")
        r"(?:从\s*(?:" + NUM + r")\s*(?:人|名)\s*)?"
        # ("确认死亡人数上升到了25人"; summed up to: "官方报导的死亡人数已经累计到20人"; a case sheet's field:
        # "(五)死亡人数:1人")
        r"(?:为|达|共|有|(?:上升|升|增|增加|累计)(?:至|到|达)了?|\s*[:：])?\s*"
        r"(" + NUM + r")\s*(?:余|多)?\s*(?:人|名)"
        # (nor a headline's next count: "一人窒息死亡 四人生还"; nor the next group's, the hurt told after it with no
        # comma between: "事故造成塔吊司机死亡2名路人轻伤")
        r"(?!\s*(?:生还|获救|脱险|幸存|被救)|[\u4e00-\u9fff]{0,4}?(?:轻伤|重伤|受伤|烧伤|轻微伤))"
    ),
    # (and risen to: "由于一名伤者不治，令死者增至廿八人")
    re.compile(r"死者(?:人数)?(?:共|为|有|(?:已经?)?(?:上升|增加|攀升|增|升)(?:至|到))?\s*(" + NUM + r")\s*(?:人|名)"),
    # the dead as a headline writes them, in the body: "连同上周四发现的1名遇难矿工，今次意外已造成10死" (or with 人
    # left out by a slip: "发生一起物体打击事故，造成1死亡，直接经济损失约249万元")
    re.compile(r"(?:造成|导致|致)\s*(" + NUM + r")\s*死(?:亡)?(?=[，,。；;])"),
    # "夺走了3名工人的生命", "夺去了5条生命", "夺走两条人命的是地下那根电缆", "当场夺走了1个年轻的生命"
    re.compile(
        r"(?:夺(?:走|去)|吞噬)了?\s*(" + NUM + r")\s*(?:余|多)?\s*(?:名|人|位|条|个)[^，,。；;\d]{0,8}?(?:生命|人命)"
    ),
    # (or the lives the subject, lost: "6月16日凌晨，24个鲜活的生命葬身于火海")
    re.compile(
        r"(?<![\d零〇○一二两三四五六七八九十百千万])(" + NUM + r")\s*(?:条|个)[^，,。；;\d]{0,6}?(?:生命|人命)"
        r"[^，,。；;\d]{0,3}?(?:葬身|逝去)"
    ),
    # the dead found: "在废墟中发现2具遗体", "3名失联人员遗体被陆续找到"
    # (who they were between: "已找到7具失踪人员遗体")
    re.compile(r"(?<![数几])(" + NUM + r")\s*具[^，,。；;\d]{0,6}?(?:遗体|尸体|遗骸)"),
    # the dead counted as such: "12名死者的家属全部签订了赔偿协议"
    re.compile(r"(?<![数几])(" + NUM + r")\s*(?:名|位)\s*(?:死者|遇难者)"),
    # the dead counted after the word: "事故中不幸遇难的两个人", "死亡的3名工人均为外地人" (not "死亡的人数")
    re.compile(
        r"(?:遇难|死亡|身亡|罹难|丧生)的\s*"
        + COUNT
        + r"\s*(?:工人|民工|矿工|员工|职工|村民|作业人员|施工人员)?"
    ),
    re.compile(COUNT + r"[^，,。；;\d]{0,8}?(?:的)?(?:遗体|尸体|遗骸)"),
    # "3死2伤", "两死两重度昏迷": a count of the dead and then another count
    # (a rounded count after it too: "1死10余伤"; a mark between, and people before 死: "一死、卅二人傷",
    # "1人死、3人伤")
    re.compile(
        # (亡 too, before a tally's next group: "造成7死亡、8重伤、7轻伤")
        r"(" + NUM + r")\s*(?:人|名)?死(?:亡)?"
        r"(?=[、，,]?\s*(?:(?:" + NUM + r")\s*(?:余|多)?(?:伤|重|轻|人|名|失踪|中毒|昏迷)"
        # (or an unnumbered many hurt after it: "酿成至少1死多人受伤", "1死数伤")
        r"|(?:多|数)(?:人|名)?(?:受)?伤))"
    ),
    # the verb before the count: "当场炸死2人", "烧死驾驶员1人", "事故死1人，伤4人", "烧死筛粉操作工王某等3人"
    re.compile(
        # (the victims' place or work before them: "当场炸死井口工作人员6人")
        # (not the dead one as a noun, counted with those around him: "事发时他与死者等四名工人正在现场打砂浆")
        r"(?:(?:烧|炸|压|砸|撞|轧|淹|电|毒)死|(?<![生该])死(?!者))\s*(?:了)?\s*"
        r"(?:[\u4e00-\u9fff]{0,4}?(?:" + VICTIM_WORDS + r")|[^，,。；;、\d死亡伤]{1,12}?等)?\s*"
        r"(" + NUM + r")\s*(?:余|多)?\s*(?:人|名)"
    ),
]
# injury words by kind; a count before or after one of them is an injured group ("3人重度烧伤", "轻伤47人")
SERIOUS_WORD = (
    r"(?:重伤|重度(?:烧伤|灼伤|受伤)|严重(?:烧伤|灼伤|受伤)|(?<!因)伤(?:势|情)(?:比较|较为|十分|非常)?(?:严重|较重|过重|危重)"
    # (not when the clause, or the next one at once, tells the death: "因2名伤势过重，不治身亡")
    r"(?![^，,。；;]{0,8}?(?:死亡|身亡|不治|去世|无效)"
    r"|[，,]\s*(?:经|终因|最终)?(?:" + FAILED_CARE + r"|不治))"
    r"|(?:烧|炸|砸|撞|摔|烫|压|灼)成重伤"
    # (critical, right after the count, as a toll writes it: "事故已造成5人死亡，2人危重")
    r"|(?<=[人名位])危重(?!病房|病人|患者)"
    # (or still being fought for, right after the count: "前期解救出来的3人中，其中2人仍在抢救中，1人轻伤"; a group
    # whose care then failed is dead, see INJURED_THEN_DIED)
    r"|(?<=[人名位])(?:仍|正|还|尚)在(?:医院)?抢救(?:中|之中)?)"
)
MINOR_WORD = (
    r"(?:轻伤|轻微伤|轻微(?:受伤|烧伤|灼伤|擦伤|划伤|烫伤)|轻度(?:受伤|烧伤|灼伤|烫伤)|(?:烧|炸|砸|撞|摔|烫|压|灼)成轻伤"
    r"|伤(?:势|情)(?:较轻|轻微))"
)
HURT_WORD = (
    # (the compounds of two burn words first: "致其烫灼伤")
    r"(?:烫灼伤|灼烫伤|烧灼伤|灼烧伤"
    r"|受伤|烧伤|灼伤|烫伤|砸伤|炸伤|摔伤|撞伤|擦伤|冻伤|压伤|划伤|割伤|挤伤|碰伤|跌伤|震伤|轧伤|碾伤|夹伤|刺伤|溅伤|击伤"
    # (a machine's wounds: "被机器绞伤右手")
    r"|绞伤|卷伤|切伤|锯伤"
    # (the wounds' names: "胸部挤压伤", "双手电击伤", "软组织挫伤")
    r"|挤压伤|电击伤|挫伤|撕裂伤|扭伤|咬伤|踩伤|顶伤"
    # (an eye lost: "磷酸飞溅到这名工人的眼睛里，…致使该工人右眼失明")
    r"|失明"
    # (struck senseless: "顶楼上突然落下三根角铁，将其中一名工人砸晕")
    r"|砸晕|砸昏"
    # (heat stroke, GB 6441's other harm: "这位患热射病的环卫工才转危为安"; its prevention, "防中暑", is no harm
    # told, as for any hurt word: see `PREVENTED`)
    r"|中暑|热射病"
    # (伤 alone ending its clause, or before its parts in brackets: "其中13人死亡，19人伤（其中2人重伤）")
    r"|扎伤|冲击伤|骨折|(?<![零一二两三四五六七八九十百\d])伤(?=[，,。；;、）)（(\s]|$)"
    # (wounded all over: "有3人(2男1女)全身是伤逃出", "一身是伤")
    r"|(?<=身是)伤"
    # (a limb broken, the limb named after: "被铁梁砸断了右小腿", "压断左腿"; not "砸断了电线")
    # (or cut off: "不慎被剪刀机切断左手的食指、中指和无名指")
    r"|(?:砸|压|轧|碾|夹|撞|摔|切|剪|锯)断(?:了)?(?=[^，,。；;\d]{0,6}?(?:小腿|大腿|腿|手臂|胳膊|手指|食指|中指|无名指|拇指"
    r"|小指|手掌|手|脚趾|脚|肋骨|腰椎|脊椎|锁骨|骨头))"
    # (the limb named before: "一名38岁工友左腿被压断")
    r"|(?<=[腿臂指掌脚])被?(?:砸|压|轧|碾|夹|撞|摔|切|剪|锯)断"
    # 伤势 ending its clause, 受伤 as reworded copies write it: "导致两名男子伤势，所幸并无生命危险"
    r"|(?<!的)伤势(?=[，,。；;])"
    # (an organ ruptured: "事故导致一名工人脾脏破裂")
    r"|(?:脾脏|肝脏|肾脏|内脏|脾|肝)破裂"
    # harm suffered, in a news summary's words: "71人遭受不同程度的伤害"
    r"|遭受了?(?:不同程度|严重)?的?(?:身体)?伤害)(?!亡|者|员|人员|人数|情况|医院|科|专科|病房|中心"
    # (a wound that killed is a death: "1名工人被石头砸伤致死", "被烧伤致死", "由于工人受伤过重，已不治身亡")
    r"|致死|致命|而死|身亡|死亡|去世|过重[，,]?[^。；;，,]{0,4}?(?:不治|抢救无效|医治无效|死亡|身亡))"
)
# (the first characters of the three, ahead: HURT_WORD starts with lookbehinds, so the scan would try every position)
HURT_ANY = re.compile(
    r"(?=[受烧灼烫砸炸摔撞擦冻压划割挤碰跌震轧碾夹刺扎冲骨伤重严轻溅击遭电撕挫扭咬踩顶失])"
    r"(?:" + HURT_WORD + "|" + SERIOUS_WORD + "|" + MINOR_WORD + ")"
)
# groups listed and then hurt together: "3位民警、两名司机以及数十名群众被不同程度地灼伤" is 5 (a group given
# without a number, 数十名, adds nothing); every group of the list is a count of people and a noun, no verb
# (不同程度地 is read with the harm, so that an agent fits: "…以及73位群众被燃烧的黄磷不同程度地灼伤")
_GROUP = (
    r"(?:(?<![数几])(?!(?<=上)[百千万])"
    + NUM
    + r"|数十|数百|几十|十几|几|数|多|若干|部分)\s*(?:余|多)?\s*(?:名|位|个|人)"
    # not across a count of the dead or the missing: "造成8人遇难、2人轻微灼伤", "5人失联、19人重伤",
    # "5名消防员牺牲、14人受伤" list no injured group of 8 or 5
    # (nor across people told safe: "当班人员27人，其中22人成功升井、5人受伤" lists no injured group of 22)
    r"(?:(?!升井|撤离|撤出|逃生|逃离|脱险|获救|生还|平安|无恙|安全(?:撤|升|出|逃|脱|返|转|获))"
    r"[^，,。；;、\d（(）)死伤亡难失殉牲殒毙丧和及与跟被]){0,8}?"
)
# a relative clause describing counted people before their noun, with the noun: "正在居民楼内装修的工人",
# "10多岁的学生" (its digits are an age, not another count)
_WHO_CLAUSE = (
    r"(?:正在|在|从事|负责|参与|参加)?[^，,。；;、（(）)死亡伤]{0,16}?的\s*"
    r"(?:" + VICTIM_WORDS + r"|" + _KIDS + r"|工友|住户|户主)"
)
# the part of the body a victim was hurt in, between the victim and the harm: "押运员李某面部被灼伤", "王某左腿受伤"
_ONE_PART = (
    r"(?:[左右双]?(?:手|脚|腿|臂|眼|耳|肩|膝|足|掌|小腿|大腿|胳膊|手臂|手指|手掌|脚踝|眼睛)|面|脸|头|颈|胸|背|腰"
    r"|腹|臀|全身|身体|皮肤|面颊|额头|下肢|上肢"
    # (a bone: "造成其腰椎骨折", "左锁骨骨折")
    r"|[左右]?(?:锁骨|肋骨|腰椎|颈椎|胸椎|脊椎|颅骨|骨盆|股骨|胫骨|尺骨|桡骨|前臂))(?:部|部位)?"
)
# how much of the body a burn covers, before the harm: "一名女性全身75%严重烧伤", "全身80%面积烧伤"
BURN_EXTENT = r"(?:\d{1,3}(?:\.\d+)?\s*[%％](?:以上|左右)?(?:的)?(?:面积|皮肤)?(?:的)?)?"
BODY_PART = r"(?:的)?" + _ONE_PART + r"(?:(?:及|和|、|与)" + _ONE_PART + r")*(?:多处)?"
# between a counted group and its harm: the victims' names in brackets, then what they were doing ("两名保安员(领班陈某
# 队员王某)在救火过程中…烧伤")
_ASIDE_AND_WHILE = (
    # (or their sexes counted: "有3人(2男1女)全身是伤逃出")
    r"(?:[^，,。；;、\d（(）)死亡将把]{0,6}?[（(](?:[^（(）)\d]{1,20}|(?:[\d一二两三四五六七八九十]{1,2}\s*[男女][、，,]?\s*){1,2})[）)])?"
    # (a comma after it too: "一名女工在操作机器时，不慎被机器切伤左手")
    r"(?:[^，,。；;、\d（(）)死亡将把]{0,6}?在[^，,。；;（(）)\d死亡]{1,16}?(?:时|过程中|期间)[，,]?)?"
)
INJ_LIST_ITEM = re.compile(NUM_AHEAD + r"(?<![数几])(?!(?<=上)[百千万])(" + NUM + r")\s*(?:余|多)?\s*(?:名|位|个|人)")
INJ_ITEM = re.compile(
    # the first characters of the alternatives (a count, a vague count, an injury word), ahead
    r"(?=[\d零〇○一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟数几多若部重轻受烧灼烫炸砸撞摔伤])"
    r"(?P<lst>" + _GROUP + r"(?:(?:、|和|以及|及|与|跟|还有)\s*" + _GROUP + r")+)"
    # (not across another group, which the list must take: "两名工人、两名在附近玩耍的幼童以及一名七旬老太受伤")
    r"(?:(?!" + NUM + r"\s*(?:名|位|个|人))[^，,。；;、\d（(）)]){0,10}?"
    r"(?:(?P<s0>" + SERIOUS_WORD + r")|(?P<m0>" + MINOR_WORD + r")|(?:不同程度[地的]?)?(?:中毒)?(?:" + HURT_WORD + r"))"
    # "3人重度烧伤", "4名工人被烧伤", "16名村民轻微受伤"
    r"|"
    r"(?<![数几无])(?!(?<=上)[百千万])"
    + _NOT_VAGUE
    + r"(?P<n1>" + NUM + r")\s*(?:余|多)?\s*(?:人|名|位|个(?=" + _KIDS + r")"
    r"|" + SEXES + r"|" + ONE_UNMEASURED + r")"
    # (their age: "另有一名38岁工友左腿被压断")
    r"(?:\s*\d{1,3}\s*(?:岁|周岁)(?:的)?)?"
    # the people described by a clause before their noun: "两名正在车间里操作的工人…受伤"
    r"(?:" + _WHO_CLAUSE + r")?"
    # their names in brackets, and what they were doing: "两名保安员(领班陈某队员王某)在救火过程中手部轻微烧伤"
    + _ASIDE_AND_WHILE
    # the parts of the body hurt, listed: "两人面部、手臂多处烫伤", after who the people were ("两名停车场工作人员手部
    # 受了轻伤")
    + r"(?:(?:[^，,。；;、\d（(）)死亡难将把被]{1,6}?(?:" + VICTIM_WORDS + r"))?" + BODY_PART + r")?"
    # not across a count of the dead: "造成一人死亡两人受伤", "一人遇难两人受伤" (written without a comma) are two
    # injured; nor across 将/把, whose count is the agent: "一名居民驾车将受伤的老板送往医院"
    # (nor across another count, a part of theirs: "两名工人一人轻伤，另一人重伤" is 2)
    + r"(?:(?:(?!" + NUM + r"\s*(?:名|位|人))[^，,。；;、\d（(）)死亡难将把]){0,10}?"
    # (longer with the passive: "3名工人在爆炸瞬间被巨大的火球烧伤")
    r"|[^，,。；;、\d（(）)死亡难将把被]{0,12}?被[^，,。；;、\d（(）)死亡难将把]{0,8}?)"
    + BURN_EXTENT
    + r"(?:(?P<s1>" + SERIOUS_WORD + r")|(?P<m1>" + MINOR_WORD + r")"
    + r"|(?:不同程度[地的]?)?(?:中毒)?(?:" + HURT_WORD + r"))"
    # (not a table's next field label: "死亡：1人　重伤：0人")
    r"(?!\s*[:：])"
    # "轻伤47人", "受伤人员共6名", "伤者3名", "烧伤工人4人"
    # ("伤势比较重的13人被分别送往…医院"; not the dead and hurt together: "造成当场死伤10多人")
    # (and the critical before their count, as a toll writes it: "已致44人遇难，危重32人，重伤58人")
    r"|(?:(?P<s2>重伤|危重|伤(?:势|情)(?:比较|较为|十分|非常)?(?:严重|较重|危重|重))|(?P<m2>轻伤)|(?:受伤|烧伤|灼伤|烫伤|炸伤|砸伤|撞伤|摔伤|(?<![死亡])伤)(?:者|员|人员)?(?:人数)?)\s*[:：]?"
    # (the victims with a word of where they work: "烧伤铁路职工三名"; the count standing: "受伤人数仍为36人")
    # ("受伤人员目前累计至53人"; risen to, as a toll writes it: "事故中的伤者急增至519人", "受伤人数已上升至36人")
    r"\s*(?:仍然?|目前|已经?|现已)?"
    r"(?:了|的|为|达|共|有|共有|共计|累计(?:至|达|为)?|[急骤]?(?:上升|攀升|增加|升|增)(?:至|到)了?|达到)?\s*"
    r"(?:[\u4e00-\u9fff]{0,3}?(?:" + VICTIM_WORDS + r"))?"
    # (who was among them: "炸伤包括矿主在内的9人")
    r"\s*(?:包括[^，,。；;\d]{1,8}?在内的)?"
    # (a measure word as people say it: "喷出的油当场烫伤六个人")
    r"\s*(?P<n2>" + NUM + r")\s*(?:余|多)?\s*(?:人|名|个人(?![\u4e00-\u9fff]))"
    # "3死2伤" (a mark between, and people after the counts: "造成2死、2伤", "一死、卅二人傷")
    r"|(?:" + NUM + r")\s*(?:人|名)?死[、，,]?\s*(?P<n3>" + NUM + r")\s*(?:余|多)?(?:人|名)?(?:(?P<s3>重)|轻)?伤"
    # (and the groups of a tally after a mark, each count right before its word: "造成7死亡、8重伤、7轻伤"; or rounded,
    # with no measure word: "事件目前导致7人死亡，约200受伤"; or right after the badly hurt: "造成4死1重伤1轻伤的悲剧")
    r"|(?:(?<=[死亡伤][、，,])|(?<=重伤))(?:约|近)?(?P<n7>" + NUM + r")\s*(?:(?P<s7>重)|轻|受)伤(?=[、，,。；;\s的]|$)"
    # "5名伤员", "30余名受伤人员", "13名被烧伤人员"
    # (and without a measure word, as headlines write it: "一伤者已被送往医院")
    # (the accident's name or the victims' sex between: "6名事故伤者在该院接受治疗", "接到三名女性伤者")
    r"|(?<![数几第唯])(?!(?<=上)[百千万])(?P<n4>" + NUM + r")\s*(?:余|多)?\s*(?:名|个|位)?\s*"
    r"(?:事故|爆炸|火灾|车祸|男性|女性)?(?:伤员|伤者|受伤人员|受伤者|被?(?:烧伤|烫伤|灼伤|炸伤|砸伤|冻伤)的?人员)"
    # (not the wounded told dead in their clause: "由于一名伤者不治，令死者增至廿八人")
    r"(?![^，,。；;]{0,12}?(?:不治|死亡|身亡|去世|无效))"
    # a counted group hurt in the next clause, as 他们 or in the passive: "2位工人浑身沾满了染料，他们手臂还被烫伤",
    # "10名正在矿中施工的矿工，被烈火烧伤"
    r"|(?<![数几无])(?!(?<=上)[百千万])(?P<n5>" + NUM + r")\s*(?:余|多)?\s*(?:人|名|位)[^。；;\d死亡]{0,24}?[，,]\s*"
    # (or a body part: "2名工人在逃生时被液氨喷到，手部和脸部冻伤")
    # ("5人升井，他们都有轻伤")
    r"(?:(?:他们|她们)(?:" + BODY_PART + r")?(?:还|也|均|都)?(?:被|受|有)?"
    r"|(?:均|都|全部|全都)?被[^，,。；;\d死亡]{0,8}?"
    # (what they were doing first, the mishap marked: "导致2名移工见状后，要灭火时却不小心被烫伤")
    r"|[^，,。；;\d死亡]{0,10}?(?:不慎|不小心)被[^，,。；;\d死亡]{0,8}?"
    r"|(?:" + BODY_PART + r")(?:还|也|均|都)?(?:被|受)?"
    # ("首先救出2人，均受轻伤", "4名被困人员全部升井，均有不同程度的擦伤")
    r"|均(?:有|受)"
    # (or the degree of their hurt right away: "目前已有16人升井，不同程度受伤")
    r"|(?=不同程度)"
    # (or how they were hurt, the group its subject: "4名农民工从五楼坠下，摔成重伤")
    r"|(?=(?:烧|炸|砸|撞|摔|烫|压|灼)成[重轻]伤))"
    r"(?:不同程度[地的]?的?)?(?:" + HURT_WORD + r"|" + SERIOUS_WORD + r"|" + MINOR_WORD + r")"
    # a counted group, its clause, then the hurt as the cause of what followed: "两名工人（一男一女）跳楼逃生，因大面积
    # 烧伤在医院救治中"
    r"|(?<![数几无])(?!(?<=上)[百千万])(?P<n6>" + NUM + r")\s*(?:余|多)?\s*(?:人|名|位)[^，,。；;\d死亡]{0,20}?[，,]\s*"
    r"(?:因|由于)(?:大面积|严重|多处)?(?:烧伤|烫伤|灼伤|摔伤|骨折)"
)
MISSING_RES = [
    # (the people with their work between: "13名现场作业人员失联")
    # (or unaccounted for: "其他24人依然下落不明")
    re.compile(COUNT + r"[^，,。；;\d]{0,8}?(?:失踪|失联|下落不明)"),
    # (or their fate unknown, told after where they are: "其余8人被困井下，至今生死不明")
    re.compile(COUNT + r"[^，,。；;\d]{0,8}?(?:[，,]\s*(?:至今|目前|仍然?|依然|尚且?)?)?生死不明"),
    re.compile(r"(?:失踪|失联)\s*(" + NUM + r")\s*(?:人|名)"),
]
POISON_RES = [
    re.compile(COUNT + r"[^，,。；;\d]{0,6}?(?:急性)?中毒(?!死亡)"),
    # poisoned by breathing a gas in: "在爆炸点周围共有60人因吸入氨气发生急性中毒"
    re.compile(COUNT + r"因吸入[^，,。；;\d]{0,10}?(?:发生|出现|引起|导致)?(?:急性)?中毒(?!死亡)"),
    # "…出现头晕、恶心等中毒症状", "导致该区域二百八十二位市民有不同程度的中毒反应"
    re.compile(COUNT + r"[^。；;\d]{0,20}?(?:出现|发生|有)[^。；;\d]{0,12}?中毒(?:症状|反应)"),
    # a gas's irritation or poisoning told without 中毒: "28名员工出现急性氯气刺激反应", "154人吸入…而受到毒害"
    re.compile(COUNT + r"[^。；;\d]{0,20}?(?:出现|发生|有)[^。；;\d]{0,12}?刺激(?:性)?反应"),
    re.compile(COUNT + r"[^。；;\d]{0,20}?(?:受到|遭受|遭到)[^。；;\d]{0,4}?毒害"),
    # people made unwell by a gas, as news reports count the poisoned: "毒气泄漏致90人不适", "液氨泄漏，…8人身体
    # 不适送院观察", "230余人因吸入氨气感觉不适" (not "一名阿婆受惊吓不适")
    re.compile(
        r"(?:吸入|泄漏|泄露|外泄|酸雾|毒气|有毒气体|刺激性气体|气味)[^。；;\d]{0,24}?"
        + COUNT
        + r"[^。；;\d惊]{0,8}?(?:感到|感觉|出现|有)?(?:身体)?不适"
    ),
    re.compile(COUNT + r"[^。；;\d]{0,6}?(?:吸入|闻到)[^。；;\d]{0,10}?(?:感到|感觉|出现)?(?:身体)?不适"),
]
# "1名路过的老人和1名小孩也不幸遇难": victims counted group by group in one clause
DEATH_GROUP = re.compile(
    # the first characters of the alternatives (a count, a vague count), ahead
    r"(?=[\d零〇○一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟数几多若部])"
    # "2名司机、1名押运员和3名路人当场死亡": every group of a list (as for the injured, INJ_ITEM)
    r"(?P<lst>"
    + _GROUP
    + r"(?:(?:、|和|以及|及|与|跟)\s*"
    + _GROUP
    + r"){2,})[^，,。；;\d]{0,8}?(?:死亡|遇难|身亡|罹难|丧生)"
    # (the first group not itself hurt or dead: "3人中毒受伤、1人死亡" is 1 dead)
    # (nor the survivors, the missing or the trapped: "共有107人幸存、37人遇难、10人下落不明" is 37)
    r"|(" + NUM + r")\s*(?:人|名)(?![^，,。；;\d]{0,4}?(?:幸存|获救|生还|脱险|平安|安全|升井|失踪|失联|下落不明|被困))"
    r"[^，,。；;\d伤死亡]{0,10}?(?:和|及|、)[^，,。；;\d]{0,6}?(" + NUM + r")\s*(?:人|名)"
    r"[^，,。；;\d]{0,8}?(?:死亡|遇难|身亡|罹难|丧生)"
)
# a count broken down into its parts after it: "其中", "4名伤者中有…", "伤员当中", "三位伤者之中"
BROKEN_DOWN = re.compile(r"其中|(?:者|员|人)(?:当|之)?中(?![毒暑弹招断止])")
# the people taken to or treated in hospital, as news reports give the injured: "89人住院治疗", "住院治疗521人",
# "3名司乘人员已被送往医院救治", "10人送医救治" (a count only when the text gives no injured count of its own)
HOSPITAL_ANCHOR = re.compile(
    r"住院|留院|医院|送医|送院|救治|治疗|(?:体征|病情|伤情)(?:基本)?(?:平稳|稳定)|[在行](?:全力)?抢救"
)
HOSPITAL_COUNT = re.compile(
    r"(?=[\d零〇○一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟廿卅住获救])"  # the first characters, ahead
    r"(?<![数几无])(?!(?<=上)[百千万])(?P<n>" + NUM + r")\s*(?:余|多)?\s*(?:名|人(?!民)|位)"
    # (not the people who give the care: "县中医院派出…共计5名医生、5名护士赶赴事故现场进行救治")
    r"(?!\s*(?:医生|医师|护士|医护|医务|救护|急救|医疗|专家|消防|民警|救援))"
    # (not care given one by one: "确定一名被困矿工配备一个医护救治小组")
    r"(?![^，,。；;\d]{0,8}?配备)"
    # (freed first, a clause of its own: "其中一人被消防员救出，已送往附近医院救治")
    # ("闫党民等2人被挖了出来，并迅速送往医院救治")
    # ("3名被困工人均无生命危险，目前正在医院接受救治")
    # ("被埋4位民工全部获救，目前正在医院抢救")
    # (or brought up the shaft: "有8名矿工升井，正在医院接受治疗")
    r"(?:[^，,。；;、\d（(）)死亡伤]{0,8}?(?:救出|抬出|拉出|挖出|救起|获救|(?:挖|救|拉|抬)了?出来|(?:安全)?升井"
    r"|(?:均)?(?:无|没有)生命危险)"
    # (their state told between: "目前已将4人救出，情况稳定，正留院治疗观察")
    r"[，,]\s*(?:(?:情况|伤情|病情|伤势)(?:基本)?(?:稳定|平稳)[，,]\s*)?(?:目前|现)?)?"
    r"[^，,。；;、\d（(）)死亡伤]{0,10}?"
    # (not a hospital's building: "在住院部大楼东立面作业")
    # (留院, kept in, as Hong Kong papers write it: "另有五十九人留院")
    r"(?:住院(?![部楼处])|留院|送医|送院|(?:送往|送到|送至|送入|送进)[^，,。；;\d]{0,10}?医院|(?:接受|进行)?(?:救治|治疗)"
    # (still in hospital: "另外2人尚在医院抢救")
    r"|在[^，,。；;\d]{0,8}?医院(?:抢救|救治|治疗)"
    # (the rescued told as patients: "已救出被困人员8人，其中1人死亡，4人生命体征平稳", "被送到医院的2名矿工体征平稳")
    # (or their state as patients: "2名成年女性经急救后转运至…医院继续治疗，目前2人病情平稳")
    r"|(?:(?:生命)?体征|病情|伤情)(?:基本)?(?:平稳|稳定)"
    # (still being treated, no hospital named: "已抢救出4名工人，其中3人死亡，1人正在抢救")
    r"|(?:正在|仍在|尚在)(?:全力)?(?:进行)?抢救)"
    # ("目前住院总人数46人")
    r"|住院(?:治疗)?(?:总)?(?:人数)?(?:为|达|共|有)?\s*(?P<n2>" + NUM + r")\s*(?:余|多)?\s*(?:人|名)"
    # (the rescued counted after the rescue, then in hospital: "获救4人，目前正在医院接受进一步治疗", "已救出1人，
    # 目前正在医院抢救")
    # ("成功救起3名落水渔民，并送至荣成市第三人民医院进行救治")
    r"|(?:获救|救出|救起)(?:了)?\s*(?P<n3>" + NUM + r")\s*(?:人|名)[^，,。；;\d]{0,6}?[，,]\s*"
    r"(?:(?:目前|现)?(?:均)?(?:正在|仍在|在)[^，,。；;\d]{0,8}?医院[^，,。；;\d]{0,8}?(?:抢救|救治|治疗)"
    # (all of them, to the nearest: "已救出8人，全部就近送往永兴县第二人民医院救治")
    r"|(?:并|随即|立即|后)?(?:被)?(?:全部|全都|均|都)?(?:被)?(?:紧急|就近|及时|迅速)?(?:送往|送至|送到|送入)"
    r"[^，,。；;\d]{0,12}?医院)"
    # (the one being treated told after the treatment's start: "医疗队目前正在对另外1名工人进行抢救")
    r"|(?:正在|仍在)对(?:另外|另|其余|剩下的?)?\s*(?P<n4>" + NUM + r")\s*(?:名|人|位)"
    r"[^，,。；;\d]{0,6}?进行(?:抢救|救治)"
)


def _hospital_n(m: re.Match[str]) -> int:
    """The count of people a `HOSPITAL_COUNT` match holds, whichever of its forms matched; ValueError if none reads."""
    return cn_to_int(m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or "")


# treated people who are the poisoned, the unwell or under observation, not the injured: "8人身体不适送院观察",
# "中毒人员…住院治疗"; and treated people the clause goes on to tell died: "3人送医院抢救无效死亡"
# (kept for observation and treated too is treated: "还有12人在医院观察治疗，其中1人伤势较重", "正留院治疗观察")
# (a safety inspection is no check-up: "部署安全生产大检查", "企业开展安全检查")
# (nor are people frightened, taken in for the shock: "锅炉…砸穿…屋顶，众人受惊不小，3人被送医救治")
HOSPITAL_NOT_HURT = re.compile(
    r"中毒|窒息|缺氧|吸入|不适|昏迷|晕|(?<!治疗)观察(?!\s*(?:治疗|救治))|(?<![大全])检查|溺|熏|症状|受惊|惊吓"
)
# a part of the dead told before a hospital count: "其中12名消防员牺牲，住院治疗…"
PART_DEAD = re.compile(r"死|遇难|身亡|罹难|丧生|殉职|牺牲")
# care that failed, told of the treated (see `_other_dead`)
_CARE_FAILED = r"无效|不治|没(?:能)?(?:抢)?救过来"
CARE_FAILED = re.compile(_CARE_FAILED)
HOSPITAL_DIED = re.compile(r"[^。；;]{0,16}?(?:" + _CARE_FAILED + r"|死亡|身亡)")
# treatment told as still going on, and a new count after it: the death is another group's ("1人被救出后正在医院救治，
# 1人经抢救无效死亡"; not "将两名工人救出送医，两名工人经抢救无效死亡")
STILL_TREATED = re.compile(r"正在|仍在|尚在")
NEW_COUNT = re.compile(r"[，,、]\s*(" + NUM + r")\s*(?:名|人|位)")
# a further group of victims after the first: "2人当场死亡；1名…也不幸遇难", "另有3人死亡"
ADDITIVE = re.compile(r"[；;，,][^。；;\n]{0,24}?(?:也|另有|还有|又有)")
# a count the text gives as the whole ("共造成5人死亡") or as the accident's result ("造成3人死亡、2人受伤")
# (a count risen to, as an update gives it, too: "死亡人数上升至8人")
TOTAL_MARK = re.compile(
    r"(?:共|共计|合计|总计|一共|先后|累计)(?:造成|导致|致|有)?\s*$|(?:上升|升|增|增加)(?:至|到)了?\s*$"
    # (and the latest tally of an update: "截至25日14时30分，…目前已有19人死亡")
    r"|(?:目前|现)已(?:经)?有\s*$"
)
# a sentence opening as the tally at the end (see `_rank`)
TALLY_OPENING = re.compile(r"\s*至此")
# (and its count told as all of those sought, found dead: "至此，14名被困人员已全部找到并确认遇难")
# (or the dead of the count, all of them found at last: "至此，11名遇难矿工遗体全部找到")
ALL_FOUND_DEAD = re.compile(
    NUM + r"\s*(?:名|人|位)(?:[^，,。；;\d]{0,16}?(?:全部|均|都)[^，,。；;\d]{0,10}?(?:遇难|死亡|罹难|身亡|遇害)"
    r"|\s*(?:遇难|罹难)[^，,。；;\d]{0,8}?(?:全部|均|都)[^，,。；;\d]{0,4}?(?:找到|搜寻到|寻获|打捞|升井|出井|运出))"
)
# (the tally's 至此 right before its count, within the sentence: "最后一名遇难矿工升井，至此，11名…")
TALLY_BEFORE = re.compile(r"至此\s*[，,]?\s*$")
# 形成 for 造成 in reworded copies ("事故形成两人受伤"), only right before the count (searched up to it); 致 as a
# verb, not in "煤气泄漏所致" (caused by), "一致", "大致", "以致于"'s neighbours or "致电" (to phone)
RESULT_VERB = re.compile(
    # (and as a commentary writes it: "小洪水却带来14人死亡、4人失踪的严重后果")
    r"造成|导致|致使|(?<![所一大细极别雅兴])致(?![力电辞谢敬函信意歉])|酿成|带来|事故中|形成(?:了)?\s*$"
)
# the accident named as what happened, before a count in the lead's sentence: its counts are the result even told
# without 造成 ("某加油站发生一起火灾事故，加油机被烧坏，一名加油工被烧成重伤"), so a victim named in the narrative
# after it is that one, not another
LEAD_ACCIDENT = re.compile(
    r"发生(?:了)?(?:一起|一场|一次)[^。；;]{0,24}?(?:事故|火灾|爆炸|爆燃|闪爆|泄漏|泄露)[，,]"
    # (or what it set off: "罐车…违章维修，引起火灾爆炸，1人被烧伤")
    r"|(?:引起|引发)(?:了)?[^。；;，,]{0,8}?(?:火灾|爆炸|爆燃|闪爆|燃烧)[，,]"
)
# a later group added to a first one in the same sentence: "2人当场死亡，1人经抢救无效死亡", "另有1人…"
PARTIAL = re.compile(r"当场|现场|当即|当时")
# (or right before a count told after its verb: "当场死亡1人")
PARTIAL_BEFORE = re.compile(r"(?:当场|当即)\s*$")
NUM_CHARS = set("零〇○一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟")
# how the victims died, a breakdown of a total already given: "造成3人死亡，2人当场死亡，1人经抢救无效死亡"
BREAKDOWN = re.compile(r"当场|现场|当即|当时|抢救无效|医治无效|送医|送院|途中")
# a group told as everybody there: "屋内8人全部重度烧伤", "车上5人均受伤"
ALL_OF = re.compile(r"全部|全都|均|都")
# a count of the hurt told as all of a group ("二人均送医治疗", "3人全部受伤"): the victims named before it, again
ALL_COUNTED = re.compile(NUM + r"\s*(?:人|名|位)\s*(?:均|都|全部|全都)")
# a headline's compact count of the dead ("4死6伤"), which the story's own sentence tells again
HEADLINE_DEAD = re.compile(NUM + r"\s*死(?!亡)")
ADD_MARK = re.compile(r"另|又|还有|也|随后|后经|此后")
# a further group of the wounded referred to, marked right before it (see `_without_restated`)
FURTHER_REF = re.compile(r"(?:另有|还有|又有|另外有?|另)\s*$")
# the head of a sentence telling a further group of the dead: "另外，爆炸还导致地面人员4死2伤", "此外，还有2名…死亡",
# "另外，与该矿相邻的小三沟煤矿也受到波及，造成1人死亡"
# (not a reporter's further news: "另外，记者还了解到，事故造成15人死亡" tells the same dead again)
FURTHER_SENTENCE = re.compile(r"\s*(?:另外|此外)[，,]?(?:(?!了解|获悉|得知|记者|据|称)[^。；;\n]){0,20}?[还也]")
# the head of a sentence telling a further group of the same harm: "另有34人…", "此外，还有2人…"
FURTHER_GROUP = re.compile(r"\s*(?:此外|另外)?[，,]?\s*(?:另有|还有|另外有|另)\s*")
NO_CASUALTY = re.compile(
    # the first characters of the alternatives, ahead: lets the scan skip other positions fast
    # "没造成人员伤亡" (没 alone, as often as 没有), "没形成人员伤亡" (形成 for 造成 in reworded copies)
    # (not "有无人员伤亡目前不详", a question)
    # (none reported, as Hong Kong and Taiwan papers write it: "所幸并未传出人员伤亡")
    r"(?=[无未没人船避伤受死])(?:(?<!救援)(?<!救援的)(?<!有)(?:无|未|没有?)(?:直接)?"
    r"(?:造成|形成|导致|引起|发生|出现|酿成|传出)?(?:任何)?"
    # (the dead denied with how they would have died: "由于抢救及时，未造成人员中毒死亡"; a scanned text's space
    # inside the word: "所幸未发生人 员伤亡")
    # ("未造成人身伤亡": 人身, the person, for 人员; "未造成人畜伤亡": people and livestock; the badly hurt denied with
    # the dead, some slightly hurt: "造成8人受伤，幸未造成人员重伤或死亡")
    r"人\s?[员身畜](?:中毒|重伤或|重伤和)?(伤亡|死亡|受伤)"
    r"|(?<!有)(?:无|没有?)人(?:员)?(伤亡|死亡|受伤)|(?:未|没有?)(?:造成|形成|导致|引起|出现|发生|传出)(?:任何)?(伤亡)"
    # (the trapped denied with them: "所幸没有人员被困和受伤")
    r"|(?<!有)(?:无|没有?)人(?:员)?(?:被困|受困)[和或、及与](伤亡|死亡|受伤)"
    # where, between the people and the harm: "幸无人员在爆炸中身亡", "目前没有人员在事故中死亡"
    r"|(?<!有)(?:无|没有?)人(?:员)?在[^，,。；;]{1,10}?中(伤亡|死亡|受伤|身亡)"
    # "无一人伤亡", "无一伤亡", "没有一人受伤", "未有人员伤亡", "人员均无伤亡" (not "其他人员无伤亡": the others,
    # see OTHERS_NONE)
    r"|(?:无|没有?)一(?:人|名)?(?:人员)?(伤亡|死亡|受伤)|未有(?:人员)?(伤亡|死亡|受伤)"
    # the casualties denied with no noun: "本次火灾无伤亡", "幸无伤亡" (not "有无伤亡" a question, "人员均无伤亡"
    # told below, with the others it excepts, "无伤亡事故" a goal)
    r"|(?<![有人员])(?<![人员][均都])无(伤亡)(?!事故)"
    # the casualties averted, told as done, or none reported: "成功避免了人员伤亡" (not "避免了更大的人员伤亡": there
    # were some; nor a purpose, "为避免人员伤亡，…"), "事故没有接到伤亡报告"
    r"|避免了(?:人员)?(伤亡)|(?<=成功)避免(?:人员)?(伤亡)|(?:未|没有?)接到(?:任何)?(?:人员)?(伤亡)(?:报告|情况)"
    # "暂未发现有人员伤亡", "未发现有工人受伤", "事故暂未发现造成人员伤亡"
    # ("暂无发现人员伤亡")
    r"|(?:未|没有?|(?<!有)无)发现(?:有)?(?:造成)?(?:任何)?(?:人员|工人|人)(伤亡|死亡|受伤)"
    # "无受伤人员", "没有死亡人员": the harm before the noun
    r"|(?:无|没有)(受伤|伤亡|死亡)人员"
    # "没有工人受伤": a group noun denied
    r"|(?:未|没有?|并无|无)(?:发现)?(?:有)?(?:任何)?(?:工人|员工|职工|群众|村民|居民|游客|乘客|旅客|行人|路人)(伤亡|死亡|受伤)"
    # ("车上人员没有受伤")
    r"|(?<!其他)(?<!其余)(?<!其它)(?<!救援)(?<!消防)(?<!参战)(?<!处置)人员(?:均|都)?(?:无|未|没有?)(伤亡|死亡|受伤)"
    # ("所幸工作人员没有受到伤害": no harm at all)
    r"|(?<!其他)(?<!其余)(?<!其它)(?<!救援)(?<!消防)人员(?:均|都)?(?:未|没有?)(?:受到|遭受|遭到)(?:任何)?(伤害)"
    # everybody got away unhurt: "车内人员均已安全撤离，并未受伤", "人员全部及时逃生，没有受伤" (nobody hurt at all)
    # (the crew, saving themselves: "船上的五六名船员全部自救逃生，幸免于难")
    r"|(?<!其他)(?<!其余)(?<!其它)(?<!救援)(?<!消防)[人船]员(?:均|都|全部|全都)(?:已|已经)?(?:及时|安全|自救)?"
    r"(撤离|逃生|逃离|脱险)[，,]?\s*(?:(?:并|均|都)?(?:未|没有|没)(?:受伤|伤亡)|幸免于难)"
    # the denial reaching over another thing not caused: "未引发次生灾害事故和造成人员伤亡"
    # ("没有出现火情和人员受伤情况")
    r"|(?:未|没有?)(?:引发|引起|造成|导致|出现|发生)[^，,。；;]{1,12}?(?:和|及|或)(?:造成|导致|引起)?(?:任何)?人员(伤亡|死亡|受伤)"
    # no harm to anybody: "泄漏的盐酸没有造成人员的伤害", "未对人员造成伤害"
    r"|(?:未|没有?)(?:造成|导致|产生)?(?:任何)?(?:对)?人员(?:的)?(?:造成)?(伤害)"
    # a bulletin's field: "受伤人数：0"
    r"|(受伤|死亡|伤亡)人数\s*[:：]?\s*(?:0|零|无)(?![\d.])"
    # a bulletin's field: "人员伤亡：无", "伤亡情况：无"
    r"|(?:人员)?(伤亡)(?:情况)?\s*[:：]\s*(?:无|没有)(?=\s*(?:$|[\n。；;，,]))"
    r")"
)
# (what denies both the dead and the hurt: everybody got away, nobody came to harm)
ESCAPED = frozenset(("撤离", "逃生", "逃离", "脱险", "伤害"))
# a sentence about earlier accidents, whose "无人员伤亡" is not this one's: "前几年也听到过厂里的爆炸声，但未出现伤亡"
PAST_EVENT = re.compile(
    r"前几年|前些年|往年|以往|早年|[多几数]年前|曾经|曾(?:多次)?发生|也曾|去年同期|上年同期"
    # (an earlier day told after the accident: "此前的3月21日，…项目外爬架发生坠落，造成6人死亡5人受伤", "此外，今年9月
    # 27日零时许，…松藻煤矿…17人被困，最终16人死亡")
    r"|此前的?\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|此外[，,]?\s*(?:今年|去年)\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    # (only just before, 才: "事实上，中国湖南临澧县今年6月17日才发生一起爆竹工厂爆炸事件，一共造成9死26人受伤")
    r"|(?:今年|去年|上月|上个月)\s*(?:\d{1,2}\s*月\s*)?(?:\d{1,2}\s*日)?(?:才|刚|刚刚|才刚)发生"
    # (a while ago: "前段时间在湖南邵阳也发生了一起类似的事故，造成1死1伤")
    r"|前段时间|前不久"
    # (another day this year or last, when another firm also had one: "今年8月31日，上海…公司也发生液氨泄漏事故")
    r"|(?:今年|去年)\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[，,]?[^。；;\n]{0,30}?也发生"
    # (another firm's, told as had too: "就在一年前，事发拆船厂隔壁的…公司亦发生过爆炸事故，造成5人死亡")
    r"|[也亦]发生过"
)
# a sentence opening with a full date, after a source's lead-in or none ("据公开资料显示，2017年12月11日…")
OPENING_FULL_DATE = re.compile(
    r"\s*(?:据[^，,。；;\n]{0,12}?(?:显示|了解|报道|介绍|查询|统计)[，,:：]?\s*)?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
)
# how long before the accident's day a sentence's opening date tells another event (see `_opens_long_before`)
LONG_BEFORE = dt.timedelta(days=180)


def _written_in_full(norm: str, iso: str) -> bool:
    """Whether the day `iso` (YYYY-MM-DD) is written with its year in `norm` ("2020年5月11日")."""
    y, m, d = (int(x) for x in iso.split("-"))
    return re.search(rf"(?<!\d){y}\s*年\s*0?{m}\s*月\s*0?{d}(?!\d)", norm) is not None


def _opens_long_before(norm: str, sa: int, accident_day: dt.date) -> bool:
    """Whether the sentence at sa opens with a full date long before the accident's day (`LONG_BEFORE`): the account
    of an earlier accident, whose counts are not this one's."""
    m = OPENING_FULL_DATE.match(norm, sa)
    if m is None:
        return False
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return False
    return accident_day - day > LONG_BEFORE


# a sentence counting this accident among others, after which a sentence opening with a month tells an earlier one:
# "这是…船厂在过去3个月来发生的第二起火灾事故。今年8月，…发生火灾，事故造成2人死亡7人受伤"
NTH_ACCIDENT = re.compile(r"这是[^。；;\n]{0,30}?第[二三四五六七八九十两\d]+起[^。；;\n]{0,12}?(?:事故|事件)")
# a sentence opening with a month, one of a run after such an earlier accident: "…也发生液氨泄漏事故，导致15人死亡。
# 6月，吉林…公司…发生火灾，…造成121死76伤"
MONTH_OPENING = re.compile(r"\s*(?:(?:今年|去年)\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[，,]")
# several earlier accidents announced, then listed in the same sentence
SEVERAL_EARLIER = re.compile(
    r"(?:先前|此前|以前|之前|近年来?|近期|过去)[^，,。；;\n]{0,4}?(?:发生|出现)(?:过|了)?(?:多起|数起|几起|多次)[^，,。；;\n]{0,12}?事故"
)
# the victims told out of danger (see `CasualtyReader.read`): "无生命危险", "已脱离生命危险" (not a condition told
# stable, "病情稳定", which the labels split on; nor one still in danger: "至今尚未脱离生命危险")
VICTIMS_SAFE = re.compile(
    r"(?:无|没有|暂无|并无|均无|已无)生命危险|(?<![未没不])脱离(?:了)?(?:生命)?危险|生命体征(?:平稳|稳定)"
)
# one victim still in danger, anywhere in the text, which leaves the toll open: "其中4名伤员已脱离危险，另一个伤员仍在
# 抢救", "尚有一位伤者没有脱离生命危险", "仍有一个人昏迷不醒"
STILL_IN_DANGER = re.compile(
    r"仍在抢救|正在抢救|(?:没有|尚未|未|仍未|还未|并未|没)脱离|仍有生命危险|生命垂危|病危|危重|(?<!生)命危|昏迷不醒|生死未卜"
)
# nobody besides the victims told: "无其他人员受伤", "幸无他人伤及", "未伤及他人", "其余人员无伤亡"
OTHERS_NONE = re.compile(
    # (not "以确认有无其他人员伤亡", a question)
    r"(?=[无未没并幸均其\d零〇○一二两三四五六七八九十])(?:(?:(?<!有)无|未|没有|并无|幸无|均无)"
    r"(?:造成|导致|出现|发现有|发现)?(?:其他|其余|其它|他人|别的)(?:人员|人)?(伤亡|死亡|受伤|伤及|伤害)"
    r"|(?:未|没有|无)(?:伤及|波及)(?:到)?(?:其他人员|其他人|他人|其余人员)"
    # (counted: "其余三人没有受伤")
    r"|(?:其他|其余|其它)(?:人员|人|" + NUM + r"\s*(?:人|名|位)(?:工人|员工|人员|工友)?)"
    r"(?:均|都)?(?:无|未|没有?)(?:造成)?(伤亡|死亡|受伤)"
    # the others counted, unhurt: "另2人撤离及时未受伤"
    # (the count right after 另, 另有 or 另外, where the scan's first characters let a match start)
    r"|(?:(?<=另)|(?<=另有)|(?<=另外))" + NUM + r"\s*(?:人|名)[^，,。；;\d]{0,8}?(?:均|都)?(?:未|没有)(受伤|伤亡)"
    # (or unharmed, as a paper writes it: "事故导致9人当场死亡(6男3女)，另5人无恙"; spared harm of any kind)
    r"|(?:(?<=另)|(?<=另有)|(?<=另外))" + NUM + r"\s*(?:人|名)(?:均|都)?(?:安然)?无恙"
    # (the others counted at the head of a clause, all unhurt: "另外2人成功逃脱，3人均未受伤")
    r"|(?<=[，,])" + NUM + r"\s*(?:人|名)均未(受伤))"
)
# what comes between a victim and the harm: "经抢救无效死亡", "送医后不治身亡", "被困车内死亡", "在灭火过程中被烧伤"
LATE_DEATH = (
    # (not across a joined victim: "司机王某和押运员李某经抢救无效死亡" is two)
    r"[^，,。；;和、及与]{0,8}?(?:" + FAILED_CARE + r"|不治|送医后|送院后|途中)"
    + DIED_WHEN
    + r"|(?:被困|被卡|被压|被埋)[^，,。；;\d]{0,8}?"
    r"|(?:在|于)[^，,。；;\d]{0,10}?(?:中|时)"
    r"|(?:因)?(?:伤势过重|伤重|伤势严重)(?:而|经抢救无效)?"
    # the cause, then the treatment that failed: "孙某和钱某因吸入大量有毒气体，经抢救无效死亡"
    r"|因[^，,。；;和、及与]{1,12}?[，,]\s*经?(?:送医)?(?:抢救|医治|救治)无效"
    # what crushed them, then the treatment that failed: "岩石将运搬工李生伟和副总经理赵殿军砸压在下面，经抢救无效死亡"
    r"|(?:砸|压|埋|卡|夹)[^，,。；;和、及与\d]{0,6}?[，,]\s*经?(?:送医)?(?:抢救|医治|救治)无效"
    # a later day alone: "其中张某于事发第三天死亡"
    r"|(?:于|在)(?:次日|当晚|当夜|(?:事发)?第[一二三四五六七八九十\d]{1,2}天)"
)
# a headline's tally of the dead and the injured: "1死1伤", "7死2傷", "3人死亡2人受伤", "致2死3重伤"
TITLE_TALLY = re.compile(
    r"(?<![\d零〇○一二两三四五六七八九十百千万])(" + NUM + r")\s*(?:人|名)?\s*死(?:亡)?\s*[、，,\s]?\s*"
    r"(" + NUM + r")\s*(?:人|名)?\s*(?:受)?(?:重|轻)?(?:伤|傷)(?!亡)"
)
# (or each count after its verb, as Hong Kong and Taiwan headlines write it: "隧道爆炸 死6人傷1人")
TITLE_TALLY_VERB_FIRST = re.compile(
    r"死\s*(" + NUM + r")\s*(?:人|名)\s*[、，,\s]?\s*(?:受)?(?:伤|傷)\s*(" + NUM + r")\s*(?:人|名)"
)
# two relatives, as news names a pair of victims (with 俩, 二人, or 一对 before: see `_KIN_PAIR`)
_KIN = r"(?:夫妻|夫妇|母子|父子|母女|父女|兄弟|姐妹|祖孙)"
# who the people of a headline's count were, right after it with no measure word: "坠下20米脚手架 两工人不幸身亡"
# (and people by their trade ending in 员: "两杂技员堕舞台伤", "3消防员受伤"; siblings, who are all the count:
# "河南两兄弟田间触电身亡"; not children, often a part of it: "夫婦和兩孩子死亡" of "一家4人死亡", "16学生受伤" of 18)
# (and migrant workers, as Taiwan papers name them: "2外籍移工遭烧伤送医")
_TITLE_WHO = (
    r"(?:工人|民工|矿工|工友|员工|职工|男子|女子|村民|司机|农民工|兄弟|姐妹|姊妹|(?:外籍)?移工|[\u4e00-\u9fff]{1,2}?[员員])"
)
# a headline's count of the dead or of the injured alone: "致1人死亡", "3人遇难", "致2死", "5人受伤", "致3傷"; a
# count of people may have who they were and how they died between, not across another count or the injured
# ("砖墙坍塌2名工人被压死", "两名工人受伤"; not "两名工人受伤 一人死亡", nor the class of "“3·19”机械伤害事故")
_TITLE_COUNT = (
    # (not a round figure with no number given: "爆破意外致1死数十伤")
    r"(?<![\d零〇○一二两三四五六七八九十百千万数几])(" + NUM + r")\s*"
    # (not the people a verb before took, another person then named as the one who died: "补胎炸飞3人修理工死亡")
    r"(?:(?:人" + NOT_ANOTHER_PERSON + r"|名|位|" + _TITLE_WHO + r")"
    r"[^\d零〇○一二两三四五六七八九十百千万伤傷死亡，,。；;、\s]{0,6}?)?"
)
# (and the lives lost: "608.75万元损失,4条鲜活生命,安徽这场“夺命事故”敲响安全警钟")
# (and two relatives by their pair: "烧炭为大棚加温父子俩双双丧生")
TITLE_DEAD = re.compile(
    # (not a death only feared: "石灰窑坍塌三名工人疑遇难", the body telling them trapped)
    # (nor their fate unknown: "七名矿工生死不明")
    _TITLE_COUNT + r"(?<![疑恐生])(?<!疑似)(?:死亡|遇难|身亡|丧生|罹难|殒命|死(?![伤傷亡]))"
    # (not lives saved: "火场抢出六条生命", "挽救了3条生命")
    r"|(?<![\d零〇○一二两三四五六七八九十百千万])(?<![出下回救护])(?<![出下回救]了)"
    r"(" + NUM + r")\s*条(?:鲜活的?|宝贵的?|年轻的?)?(?:生命|人命)"
    r"|" + _KIN + r"(俩)(?:双双|均|都)?(?:不幸)?(?:死亡|遇难|身亡|丧生|罹难|殒命)"
    # (the verb of the killing before the count: "高铁埋站撞死两维修工人", "塔吊倒塌压死3人")
    # (not an age in decades: "电杆折断砸死七旬村民" is one villager in his seventies)
    r"|(?:撞|压|砸|烧|炸|轧|电|毒|淹|咬|夹)死\s*(" + NUM + r")\s*(?!旬|岁)(?:名|个|位)?[\u4e00-\u9fff]{0,3}?"
    r"(?:人|" + _TITLE_WHO + r")"
)
# a headline telling one person dead by who they were, with no count: "…村老人田间触碰垂落电线身亡", "…男子提电瓶车电池
# 进电梯爆燃烧伤后死亡" (not a death feared or escaped: "疑触电身亡", "险些遇难"); of the 27 read headlines telling
# one, all are labelled 1 (see `_title_tally`); so are the 16 telling one by the killing ("浙货柜压死司机"), and one
# drowned ("清洁工失足堕入化粪池淹死")
# (not two people joined: "出租车司机和女乘客被压死")
_DEAD_ONE_WHO = r"(?:老人|老汉|男子|女子|男童|女童|小伙|村民|工人|民工|女工|男工|员工|司机|驾驶|保安|[\u4e00-\u9fff]工)"
_KILLED = r"(?:撞|压|砸|烧|轧|电|夹)死"
TITLE_ONE_DEAD = re.compile(
    _DEAD_ONE_WHO + r"[^\d零〇○一二两三四五六七八九十百千几数多和与及、，,。；;！!？?\s]{0,16}?"
    r"(?<![疑险未免])(?<!险些|差点|防止|避免|疑似)"
    r"(?:身亡|死亡|遇难|殒命|丧命|毙命|淹死|被" + _KILLED + r")"
    # (or the killing before who it killed: "高雄港码头吊卸货柜掉落 压死车头司机", "吊臂触电电死车下工友")
    r"|(?<!疑)(?<!险些|差点)" + _KILLED + r"[\u4e00-\u9fff]{0,2}?" + _DEAD_ONE_WHO
)
# a headline's count of people of any kind: "1工人中毒3人搭救反致死" has two
TITLE_PEOPLE = re.compile(
    r"(?<![\d零〇○一二两三四五六七八九十百千万])(" + NUM + r")\s*(?:人|名|位|" + _TITLE_WHO + r")"
)
# a headline's toll risen to a new figure: "死亡人数升至254人", "遇难人数增至28人", "受伤人数升至5人"
# (or the dead by who they were: "遇难矿工增至10人")
TITLE_TOLL_RISEN = re.compile(
    r"(死亡|遇难|受伤)(?:人数|矿工|工人|人员)\s*(?:已经?)?(?:上升|升|增|攀升|增加)(?:至|到)\s*"
    r"(" + NUM + r")\s*(?:人|名)"
)
# rescuers told in a headline: a count of the dead after them may be theirs alone
TITLE_RESCUE = re.compile(r"相救|施救|营救|救人|搭救|接力救|下井救|下池救|去救")
# a word before a headline's count that makes it a bound, not a count: "逾20人受伤", "近百人", "至少3人死亡"
TITLE_BOUND = re.compile(r"(?:逾|超过|超|近|约|至少|最少|不少于|多于)\s*$")
# (not hurt and then dead of it: "致1人重伤死亡", "储罐闪爆起火事故2名伤者死亡")
TITLE_HURT = re.compile(
    # (not the badly hurt by their state, a part: "3名工人受伤，…2移工傷勢重插管治療中")
    _TITLE_COUNT + r"(?:受)?(?:重|轻)?(?:伤|傷)(?!亡|[势勢情]|(?:者|員|员)?(?:后|後)?(?:经抢救无效)?(?:死亡|身亡|不治))"
)
# a headline's injured in two groups, the badly and the slightly hurt, which add up to all of them: "致2重傷22輕傷",
# "1死3重伤5轻伤"
TITLE_HURT_SPLIT = re.compile(
    r"(?<![\d零〇○一二两三四五六七八九十百千万])(" + NUM + r")\s*(?:人|名)?\s*重(?:伤|傷)\s*[、，,\s]?\s*"
    r"(" + NUM + r")\s*(?:人|名)?\s*轻(?:伤|傷)(?!亡)"
)
# the casualties as one count, dead and injured together: "造成5人伤亡"
CASUALTY_TOTAL = re.compile(
    NUM_AHEAD + r"(?<![数几])(?!(?<=上)[百千万])(" + NUM + r")\s*(?:余|多)?\s*(?:人|名)\s*(?:伤亡|死伤)"
    # the word first: "事故伤亡5人", "共造成伤亡8人"
    r"|(?:伤亡|死伤)(?:人数)?(?:为|达|共|共计)?\s*(" + NUM + r")\s*(?:余|多)?\s*(?:人|名)"
)
# a death told with no count: one victim
ONE_DEATH = re.compile(
    # (or in the plain word, after the care that failed: "被送医后抢救无效，于次日凌晨去世")
    r"(?:当场|" + FAILED_CARE + r"|不治|伤势过重|伤势严重|伤重)(?:相继|先后|全部|均|都)?" + DIED_WHEN
    + r"(?:死亡|身亡|去世|离世|逝世|丧命)"
    # (life gone on the spot: "当场失去生命迹象")
    r"|当场(?:失去|没有)了?生命(?:迹象|体征)"
    # (how the victim died there, a word or two: "一名48岁的搬运工背部受压，当场吐血身亡"; no count between)
    r"|当场[^\d零一二两三四五六七八九十百人名位个，,。；;没未无不]{1,3}?(?:死亡|身亡)"
    # (beyond saving: "尽管谢立军很快被送到医院抢救，但已无力回天", "最终抢救不治"; as people say it: "儿子当场没了",
    # "他被压在土坑内，再没醒来")
    r"|(?:已经?)?(?:无力回天|回天乏术|回天无力)|(?:抢救|医治|救治|急救)不治"
    # (on the spot, as Hong Kong papers write it: "被一块从高处堕下的石屎组件击中，当场不治"; or certified dead:
    # "一名工人连同铲车堕海，被救起后证实不治")
    r"|当场不治|证实不治"
    # (held on until an hour, then died, and plainly dead when found, as Hong Kong and Macau papers write it: "经送院
    # 抢救，延至前晚11时42分死亡", "维修员被同事发现时，正悬挂在横梁上，明显死亡")
    r"|延至[^，,。；;]{0,14}?(?:死亡|不治|身亡)|明显死亡"
    # (the wounded one's later death, a name in brackets maybe: "造成一人重伤、一人轻伤。2015年6月30日重伤者(曲智豪)
    # 死亡")
    r"|(?<![名位个人])(?:重伤者|伤者|受伤者)(?:\s*[(（][^()（）。；;，,]{1,12}[)）])?" + DIED_WHEN + r"(?:死亡|身亡)"
    # (treated for days, in vain: "最终在医院抢救4天仍不治")
    # (or pronounced so, as Hong Kong papers write it: "惟送院抢救后终告不治")
    r"|(?:抢救|医治|救治|急救)[^，,。；;]{0,6}?(?:仍|终|最终|还是)告?不治(?!疗|之)"
    # (or in the end of the wounds: "消防人员在火场内将他救出送医救治，最后仍伤重不治")
    r"|(?:最后|最终|终|仍|还是)(?:仍|还是)?(?:因)?(?:伤重|伤势过重)不治(?!疗|之)"
    # (or as its own clause, or after being taken to hospital: "送医因内脏破裂出血，伤重不治", "送医后伤重不治")
    r"|(?:(?<=[，,])|(?<=送医后))(?:因)?(?:伤重|伤势过重)不治(?!疗|之)"
    r"|(?<=当场)没了(?=[，,。；;！!])|再(?:也)?没(?:有|能)?醒(?:过)?来"
    # (one told by a pronoun, whose life was lost: "他就这样悬在空中失去了性命")
    # (not a near miss: "他差点失去了性命")
    r"|(?:他|她)(?![们])(?:(?!差点|差一点|险些|几乎|可能|会)[^，,。；;\d]){0,8}?(?:失去|丧失)了?(?:宝贵的|年轻的)?(?:生命|性命)"
    r"(?!体征|危险|安全)"
    # (or at once, no pronoun: "一位骑车人…被正在施工的压路机轧过，瞬间失去了生命")
    r"|(?:瞬间|当场|不幸)(?:失去|丧失)了?(?:宝贵的|年轻的)?(?:生命|性命)(?!体征|迹象|危险|安全)"
    # (the cause, then the death: "最终被救者由于吸入过量毒气而身亡")
    # (not what befalls such victims: "也有伤者由于失血过多而死亡的")
    r"|由于[^，,。；;]{1,16}?而(?:死亡|身亡)(?!的|者|事故)"
    # (struck and dragged, then dead: "不幸被一辆混凝土车撞倒并拖行20多米后身亡")
    r"|被[^，,。；;]{1,16}?(?:撞倒|撞飞|碾压|碾轧|卷入|拖行)[^，,。；;]{0,14}?后(?:当场)?(?:死亡|身亡)"
    # (struck, and dead of it: "大副在释放救生艇时头部被手动摇柄击中而死亡")
    r"|被[^，,。；;]{1,16}?(?:击中|砸中|打中|撞中)(?:后)?(?:而|致)(?:当场)?(?:死亡|身亡)"
    # (a wound that killed: "一名工人被烧伤致死", "被1500多摄氏度的钢水灼伤死亡")
    r"|坠落身亡|坠亡|(?:摔|砸|压|撞|烧|烫|灼|炸|轧|碾|挤|击)伤(?:致死|死亡|身亡)"
    # (killed by a fall or a blow, as Hong Kong papers write it: "年仅26岁的铁模男工堕毙")
    r"|(?:堕|坠|跌|撞|压|轰|炸|砸|电)毙"
    # (one who died fighting it: "消防战士全某在救火中牺牲")
    r"|(?:在|于)[^，,。；;\d]{1,8}?中(?:英勇)?(?:牺牲|殉职)"
    # (one who died at work: "从10米杆上摔下来，抢救无效，因公殉职", "被另一辆出租车撞飞，以身殉职")
    r"|(?:因公|以身)(?:殉职|牺牲)"
    # "电焊工当场被炸身亡", "司机被烧身亡"
    r"|(?:当场)?被(?:炸|烧|砸|压|撞|轧|电击|电)(?:身亡|致死)"
    # how the one victim died, then the death: "从8米高处坠落死亡", "从四楼掉下死亡", "被卷入致死", "触电身亡",
    # "经打捞确认已溺亡"
    # (not a class of accidents: "高处坠落死亡事故")
    # (where the victim landed between: "坠落至地面死亡")
    # (buried by what was heaped: "不幸被砂石填埋身亡")
    r"|(?:坠落|坠下|坠地|摔下|掉下|跌落|跌下|坠楼|触电|电击|卷入|绞入|挤压|碾压|碾轧|窒息|溺水|被埋|压埋|埋压|掩埋|活埋|填埋)"
    # (a place told at length: "突然跌落在该大厦A座和B座之间的缝隙内身亡")
    r"(?:(?:(?:至|到|在|于|入)[^，,。；;\d]{1,16}?)?(?:而|后)?(?:当场)?(?:死亡|身亡|毙命)|[^，,。；;\d]{0,8}?致死)"
    r"(?!事故|的|率|人数|者|人员)"
    r"|(?<![未没无])溺亡(?!事故|的|率|人数|者|人员)"
    # (where the victim landed, with no word between: "从16楼电梯门坠落井道死亡")
    r"|(?:坠落|跌落|摔落)(?!事故)[\u4e00-\u9fff]{1,3}?(?:死亡|身亡)(?!事故|的|率|人数|者|人员)"
    # (died a dreadful death: "男子被活埋近3小时惨死")
    r"|(?<![未没免])惨死"
    # (one named, dead: "得知小任遇难后", "刘某已经死亡")
    r"|(?:小[\u4e00-\u9fff]|[\u4e00-\u9fff]某|老[\u4e00-\u9fff])(?:已|已经|不幸)?(?:遇难|身亡|死亡)(?!事故|的|率|人数|者|人员)"
    # (fallen into something, where the victim died: "一名工人在工作时，不慎落入炼钢炉中身亡")
    r"|(?:落入|掉入|掉进|跌入|坠入)[^，,。；;\d]{1,12}?(?:中|内|里)(?:当场)?(?:死亡|身亡)"
    r"|(?:送医院|送医|送院|送往医院|送到医院|送至医院)后?(?:不久|途中)?(?:相继|先后)?(?:死亡|身亡)"
    # "被困驾驶室内，不幸身亡", "因伤势过重死亡"
    r"|不幸(?:死亡|身亡|遇难)|(?:伤势过重|伤重)(?:而|经抢救无效)?(?:死亡|身亡)"
    # "被夹在桩管与支腿之间导致死亡": the result with no count is the victim just told of
    r"|(?:导致|致使|造成|致)其?(?:当场)?(?:死亡|身亡)"
    # (the victim named between, no count: "实验室爆炸起火，致博士后孟祥见身亡")
    r"|(?:导致|致使|造成|致)(?:[^，,。；;\d零一二两三四五六七八九十百几数多人名位]){0,6}?"
    r"(?:工人|员工|职工|民工|学生|研究生|博士后|博士|教师|老师|司机|驾驶员|男子|女子|村民|居民|老人|孩子|师傅)"
    r"(?:[\u4e00-\u9fff]{2,3}?)?(?:当场)?(?:死亡|身亡)"
    # one victim's death told in plain words: "槽罐车驾驶员已死亡", "一人因伤势过重已去世", "路人被飞石砸死",
    # "油漆工刷漆时中毒离世"
    # ("不幸的是，男子已经身亡"; the victim left unsaid after the rescue: "交由120送医就诊，可惜已经身亡"; or told
    # as 其: "找出驾驶员，但不幸的是，其已经死亡")
    r"|(?:(?:(?<=[员工者人他她其])|(?<=男子|女子|可惜))已经?|不幸|伤势过重已?)(?:死亡|身亡|去世|离世)"
    # (where the victim was found between: "追尾的…货车驾驶员在车内，已经死亡")
    r"|(?<=[员者])在[^，,。；;\d]{1,6}?[，,]\s*已经?(?:死亡|身亡)"
    # (the heart stopping of the wounds: "在送医途中这名工人因伤势过重停止了心跳")
    r"|伤势过重[^，,。；;\d]{0,2}?(?:停止了?(?:呼吸和)?心跳|心跳(?:已经?)?停止)"
    # (a life not saved: "尽管及时送到医院抢救，可仍未挽回他的生命")
    r"|(?:未能|未|没能|没有)挽(?:回|救回?)(?:他|她|其)的?生命"
    # as people say it: "一个没救过来" (not "已经不行了", which may be someone's fear: "感觉他已经不行了")
    r"|没(?:能)?(?:抢)?救(?:过来|回来)"
    # found and confirmed dead, or found dead: "找到落水人员，已确认死亡", "被埋人员于当日13时被救出，已经死亡"
    r"|(?:已|已被|被|经)?确认(?:已经?)?(?:死亡|身亡|遇难)"
    # (found long dead: "救护车随后赶至现场，但其时严基祥早已殒命")
    r"|早已(?:殒命|身亡|死亡|气绝)"
    r"|(?:救出|找到|挖出|打捞上来)(?:时|后)?[，,]?\s*(?:已经?|均已)(?:死亡|身亡|遇难)"
    # all of the victims named before, where they died: "员工杜某、彭某…未能及时撤离，均在火灾中遇难"
    r"|(?:均|都|全部)(?:已)?在[^，,。；;\d]{1,10}?中(?:遇难|死亡|身亡|罹难)"
    # the victim's body found, or found without signs of life: "找到刘某遗体", "将其打捞上来，已无生命体征"
    r"|(?:找到|发现|打捞起?|捞起|寻获)[^，,。；;\d]{0,8}?(?:的)?(?:遗体|尸体)|(?:已|均已)?(?:无|没有了?)生命(?:体征|迹象|气息)"
    # (the body the subject, found: "失踪船员的遗体在事发海域以南约6海里处被发现", "该工人遗体于5月10日…被找到")
    r"|(?:遗体|尸体)(?:已|已经)?[^，,。；;]{0,20}?被(?:找到|发现|打捞|捞起|搜寻到)"
    # ("李某被活活电死", "当场被绞死")
    # (and "当场" after the agent: "被螺旋桨当场绞死")
    # ("负责电梯维护的小伙子被电梯夹死")
    r"|(?<![未没有])被[^，,。；;\d]{0,4}?(?:当场)?(?:炸|砸|烧|烫|压|撞|轧|碾|电|绞|夹|淹|挤|熏)死"
    # (as witnesses say it, the victim unnamed: "有人发现小区电梯夹死了人")
    r"|(?<!差点)(?<!险些)(?:砸|压|撞|轧|碾|绞|夹|挤)死了(?:一个|一名)?人"
    # (the active voice, one victim after 将: "泥头车…将一摩托车搭客仔撞死到车轮下")
    r"|(?:将|把)一?(?:名|个|位)?[^，,。；;\d零一二两三四五六七八九十百几数多]{1,8}?(?:当场)?(?:炸|砸|压|撞|轧|碾|绞)死"
    r"|(?:中毒|窒息)(?:身亡|离世|去世)"
    # the one dead named as such, or struck to death: "发生一起死亡事故，死者只恒玉，男，59岁", "铁块弹出，打击到
    # 陆某根致死"
    r"|死者(?:为|是)?[\u4e00-\u9fff*＊xX×]{2,4}[，,（(]\s*(?:男|女)"
    # ("据了解，死者姓吴，今年23岁")
    r"|死者姓[\u4e00-\u9fff]"
    r"|(?:击中|打击到|砸中|砸到|撞到)[^，,。；;\d]{1,6}?致死"
    # breathing that stopped: "在送往医院途中停止了呼吸"
    r"|(?<![未没无])停止了?呼吸"
    # the death declared, at the hospital or the scene: "7月18日凌晨3点40分，43岁的陈某宣告死亡", "医护人员宣布廖XX临床
    # 死亡"
    # ("18点10分确定死亡"; and the rescue declared failed: "龚姓饲养员被抬出虎笼，但9时20分宣告抢救无效")
    r"|(?<![未没无])(?:被)?(?:宣告|宣布|确定)(?:其|他|她|[\u4e00-\u9fff](?:某某|某|[xX×]{1,3}|[＊*]{1,3}))?(?:已经?)?(?:临床)?"
    r"(?:死亡|不治|抢救无效)"
    # a treatment after which the victim died: "触电后坠落舱底受伤，经送岸抢救后死亡"
    r"|(?:抢救|救治)后(?:仍)?(?:死亡|身亡)"
)
# …or the people a result verb counted earlier in its sentence: "造成4名作业人员被掩埋，后经抢救无效死亡", or the
# people a clause of the sentence starts with, when something befell them: "2名工人被埋，经抢救无效死亡"
COUNTED_BEFORE = re.compile(
    r"(?:造成|导致|致使|致)[^，,。；;\d]{0,6}?"
    + COUNT
    # (not a count of the casualties, dead and hurt: "造成车间内4人伤亡：投料工张某当场死亡" is 1 dead)
    + r"(?!\s*(?:伤亡|死伤))"
    # the people a fire or blast struck, told with 将/把: "烈火将杨、焦二人严重烧伤，经抢救无效死亡"
    + r"|(?:将|把)[^，,。；;\d]{0,8}?"
    + COUNT
    # (who they were told before the count: "正在架下作业的3名工人被掩埋，后经医院抢救无效死亡")
    + r"|(?:(?<=[，,。；;\n])|^)\s*(?:现场|作业面上|车上|其中|事故中|[^，,。；;\d]{1,12}?的)?"
    + COUNT
    + r"[^，,。；;\d]{0,8}?(?:被|重伤|烧伤|灼伤|受伤)"
    # the people a clause starts with who fell, the next clause their death: "两名在某工地施工的工人从20余米高的脚手架
    # 上坠落，后被120急救人员送往医院抢救无效身亡"
    + r"|(?:(?<=[，,。；;\n])|^)\s*"
    + COUNT
    + r"[^，,。；;\d]{0,12}?(?:工人|人员|员工|职工|民工|工友|矿工)[^，,。；;]{0,16}?(?:坠落|摔下|跌落|坠下|掉下)"
    # (read up to the death, which ends the stretch searched: the death is that next clause's)
    + r"(?=[，,]\s*(?:后|随后|后经|经|被|送)[^，,。；;]{0,24}$)"
    # a count right before the death: "两名伤者被送往医院，一人因伤势过重已去世" is 1
    + r"|"
    + COUNT
    + r"(?=[^，,。；;\d]{0,6}?$)"
    # a part of the victims, the dead of them: "共造成7人中毒，其中2人（一名职工和他5岁的儿子）经抢救无效死亡" is 2
    + r"|其中\s*"
    + COUNT
    # the people who could not get away, then what befell them: "正在清渣的两名工人来不及逃生，瞬间被巨石埋压致死"
    + r"|"
    + COUNT
    + r"[^，,。；;\d]{0,8}?(?:来不及|没来得及|未能|没能|无法)(?:逃生|逃离|撤离|躲避|躲闪|逃出|跑出|撤出)"
)
# a case sheet's count field, a line of its own: "死亡人数 2人", "受伤人数：9人"
COUNT_FIELD = re.compile(r"(?:受伤|死亡|遇难|重伤|轻伤)人数\s*[:：]?\s*(?:" + NUM + r")\s*(?:人|名)\s*(?:\n|$)")
# the rest of the injured after an exception: "(除1名重伤人员)外，其他受伤人员已治愈出院"
REST_HURT_AFTER = re.compile(
    r"[^，,。；;]{0,6}?外[，,]?\s*(?:其他|其余|其它|别的|剩余)[^，,。；;]{0,4}?(?:受伤|伤员|伤者|伤病员)"
)
# the dead told with their count: "其中死亡4人", "4人死亡"
DEAD_TOLD = re.compile(r"(?:死亡|遇难)\s*(" + NUM + r")\s*(?:人|名)|(" + NUM + r")\s*(?:人|名)\s*(?:死亡|遇难)")
# a person told as another one, besides the dead: "有一个小伙子当时在楼下", "另一名工人"
ANOTHER_ONE = re.compile(
    # (no measure word, as a caption writes it: "另1人虽侥幸逃生，但身上多处严重烧伤")
    r"(?:(?<![没])有|另(?:有)?)(?:一|1)\s*(?:个|名|位)?[^，,。；;\d]{0,4}?(?:人|工|男子|女子|小伙|老人|孩子|师傅|司机|员)"
)
# the punctuation of sentences, which a subheading lacks
HEADING_PUNCT = re.compile(r"[，,。；;！!？?：:、]")
# the rest of a group broken down, right before its count: "另一人", "另外两人" (not "另有", a further group:
# "造成2人重伤，其中1人伤势危重，另有轻伤4人")
REST_PART = re.compile(r"另(?:外)?$")
# the same people counted again as all of them: "至此10名矿工全部遇难"
RESTATED_ALL = re.compile(r"至此|全部|均|都")
# people trapped or missing, counted beside the dead; and the trapped found dead later
# (or pinned or buried: "3名工人被埋，一人当场死亡，两人被压在断墙下")
TRAPPED_TOLD = re.compile(r"(" + NUM + r")\s*(?:人|名)[^，,。；;\d]{0,4}?(?:被困|失联|失踪|下落不明|被压|被埋)")
# all the trapped, dead, with no count: "确认全部被困人员遇难", "被困人员已全部遇难" (see `_all_trapped_dead`)
ALL_TRAPPED_DEAD = re.compile(
    r"(?:全部|所有)(?:的)?被困(?:人员|者|矿工|工人)(?:均|都|全部)?(?:已经?)?(?:不幸)?(?:遇难|死亡|身亡|罹难)"
    r"|被困(?:的)?(?:人员|者|矿工|工人)(?:已经?)?(?:全部|均|都)(?:已经?)?(?:不幸)?(?:遇难|死亡|身亡|罹难)"
    # (or confirmed so: "造成1人重伤、1人失踪。目前，当地相关部门已证实失踪人员死亡")
    r"|(?:证实|确认)(?:了)?(?:失踪|失联|被困)(?:的)?(?:人员|者|矿工|工人)(?:已经?)?(?:不幸)?(?:遇难|死亡|身亡|罹难)"
    # (or found, and dead: "导致2名人员失踪。…12月16日凌晨1时许，找到失踪人员，已死亡")
    r"|(?:找到|搜寻到|寻获)(?:了)?(?:全部|所有)?(?:失踪|失联|被困)(?:的)?(?:人员|者|矿工|工人)[，,]\s*(?:均|都|全部)?"
    r"已经?(?:不幸)?(?:遇难|死亡|身亡|罹难)"
)
# (not an ordinal, one of them: "成功救出第3名被困者…已无生命体征")
TRAPPED_DEAD = re.compile(
    r"(?<!第)" + COUNT + r"[^，,。；;\d]{0,6}?(?:被困|失联)(?:人员|者|矿工|工人)?[^。；;\d]{0,30}?"
    r"(?:无生命(?:体征|迹象|气息)|遇难|遗体)"
    # (or freed and then dead of their wounds: "两名获救者因伤势较重，送医抢救无效死亡")
    r"|" + COUNT + r"[^，,。；;\d]{0,6}?获救(?:者|人员|工人)[^。；;\d]{0,30}?(?:" + FAILED_CARE + r"|不治)"
    r"[^。；;\d]{0,6}?(?:死亡|身亡)"
)
# the missing or trapped, no count, found dead: "失踪人员已被从罐体里找到，确认死亡" (see `_trapped_found_dead`)
MISSING_FOUND_DEAD = re.compile(
    r"(?:失联|失踪|被困)(?:的)?(?:人员|者|矿工|工人)[^。；;\d]{0,20}?(?:找到|发现|搜寻到|寻获|搜救出|救出)"
    r"[^。；;\d]{0,12}?(?:确认死亡|确认已死亡|已经?死亡|无生命(?:体征|迹象)|遇难|身亡)"
)
# a victim introduced as one of the injured already told: "受伤的工人许东振", "伤者王某"
THE_INJURED_BEFORE = re.compile(r"(?:受伤|负伤|烧伤|灼伤|重伤|轻伤)的\s*$|(?:伤者|伤员)\s*$")
# a death told of several people at once, with no count: "经抢救无效先后死亡", "均不幸遇难"
PLURAL_DEATH = re.compile(r"先后|相继|均|都|全部")
# a name with a placeholder: "李某", "王xx", "张**"
_ANON_NAME = r"[\u4e00-\u9fff](?:某某|某|[xX×]{1,3}|[＊*]{1,3})"
# the wounded still alive after others died, as the rest: "其余6名伤员正在医院治疗"
REST_WOUNDED = re.compile(
    r"(?:其余|剩余|剩下的?)\s*(" + NUM + r")\s*(?:名|人|位)?\s*(?:伤员|伤者|受伤人员|受伤者)"
    # (or the others still in hospital after the dead are told: "爆炸造成5名员工受伤，目前初步确认有2人死亡，另有3人正在
    # 医院全力救治")
    # (not the rest after some went home: "其中2名轻微伤员…已于下午出院，另有26人正在新钢中心医院接受救治")
    r"|(?:死亡|身亡|遇难|不治)[，,]\s*另(?:有|外)\s*(" + NUM + r")\s*(?:名|人|位)[^，,。；;\d]{0,6}?(?:正在|仍在|尚在)"
    r"[^，,。；;\d]{0,4}?医院"
)
# the injured who went home from hospital
WENT_HOME = re.compile(r"出院|离院|回家")
# the last part of a group accounted for: "其余7人伤情较轻"
REST_OF = re.compile(r"其余|剩余|剩下")
# another person added to those told: "另有1名工人", "还有一人"
OTHER_PERSON = re.compile(r"另有|另外|还有|又有|另(?=" + NUM + r")")
# dying of one's wounds: "因伤势过重死亡"
WOUNDS = re.compile(r"伤势过重|伤重|伤势严重|伤情过重")
# two or more anonymised names listed at the head of a clause, after at most 16 characters of role, place or time
# ("赵某、钱某被抛落…", "当时在该层分拣货物的员工杜某、彭某…"); a field's colon heads a clause too
# (each name with an aside in brackets too: "工人黄某(男，30岁，某村人)、廉某(男，25岁)送往医院后，抢救无效死亡")
_ASIDE_RE = r"\s*[(（][^()（）。；;\n]{0,40}[)）]"
_ASIDE = "(?:" + _ASIDE_RE + ")?"
# full names listed, each with an aside that tells the person's sex, as official notices write the dead: "工人黄国生
# (男，30岁，…人)、廉殿宸(男，25岁，…人)送往医院后，抢救无效死亡" (with no aside a full name is not told from a word)
_FULL_NAME = r"[\u4e00-\u9fff]{2,3}\s*[(（]\s*[男女][^()（）。；;\n]{0,40}[)）]"
FULL_NAMES = re.compile(_FULL_NAME + r"(?:、" + _FULL_NAME + r")+")
NAMED_LIST = re.compile(
    r"\s*[^，,。；;：:\d]{0,16}?(" + _ANON_NAME + _ASIDE + r"(?:[、和及与]" + _ANON_NAME + _ASIDE + r")+"
    r"|" + _FULL_NAME + r"(?:、" + _FULL_NAME + r")+)"
)
# one person right before the death, of a group counted before: "一个没救过来"
ONE_OF = re.compile(r"(?:一个|一人|一名|一位)[^，,。；;\d]{0,3}$")
# a victim by a trade the role lists lack and a placeholder name, maybe after what the victim was doing: "喷漆工张某",
# "仓管员李某", "正在煮浆的工人李某"
TRADE_NAMED = (
    r"(?:正在[^，,。；;、和及与\d]{1,8}?的)?[\u4e00-\u9fff]{0,3}?(?:工|员|师|工人)"
    + _ANON_NAME
)
# a measure against the harm just after it: "防止人员坠落死亡"
PREVENTED = re.compile(r"(?:防止|避免|以防|以免|预防|防范|杜绝|严防)[^，,。；;]{0,10}$")
# named victims when no count is given: "副主任戴xx被灼伤", "驾驶员受伤", "杨远灿、江廷平当场死亡"
VICTIM_GROUPS = (
    r"工人|职工|民工|行人|乘客|村民|学徒工|学徒|员工|作业人员|电焊工|焊工|电工|木工|钢筋工|架子工|杂工|搬运工|信号工|司索工"
    r"|押车员|跟车员|卸车工|装车工|加油员|收费员|副驾驶员|副驾驶"
    # (a site's helpers: "吊钩脱钩，试验荷架侧翻，造成辅助工袁某九死亡")
    r"|辅助工|辅工|普工|小工"
    # (the crew riding with a tanker's driver: "驾驶员和随车人员死亡")
    r"|随车人员|随车员"
    # the trades of gas-cylinder and appliance accidents: "致使送气工和一名女业主被严重烧伤"
    r"|送气工|维修工|安装工|检修工|修理工"
    # people of a shop or a gate, the victims of small-business gas explosions: "致老板娘受伤", "受伤的看门老汉"
    r"|老板娘|老板|店主|摊主|店员|女服务员|服务员|厨师|门卫|保安|看门人|看门老汉|老汉|老人|大妈|大爷|大叔|阿姨"
    # the owners of a home or a small business ("男主人受伤住进医院", "加油点业主被烧成重伤"), and trades of the works
    # and mines the role list lacks
    r"|业主|房主|男主人|女主人|矿工|船员|司炉工|锅炉工|厨工|帮工|临时工|农民工|清洁工|保洁员|环卫工"
)
# relatives at work together, told apart by kin as each died: "弟弟当场死亡，哥哥…抢救无效死亡" (only for the dead: a
# relative's burns or a stay in hospital are told of the dead or of the bereaved as often as of the injured)
KIN_DEAD = r"弟弟|哥哥|姐姐|妹妹|丈夫|妻子|父亲|母亲|儿子|女儿"
NAME_RE = r"[\u4e00-\u9fff](?:某某|某|[xX×]{1,3}|[＊*]{1,3})|[\u4e00-\u9fff]{2,3}?"
# a relative of someone just named, before a polite name: "表兄樊先生"
KIN_OF = r"表兄|表弟|表姐|表妹|堂兄|堂弟|丈夫|妻子|儿子|女儿|同事|朋友|邻居"
# a victim named by surname and a polite title, as news stories name them: "谢师傅受伤", "受伤的杨女士"
HONORIFIC_NAME = r"[\u4e00-\u9fff](?:先生|女士|师傅|大妈|大爷|大叔|阿姨)"
# a name, with a Latin capital as the placeholder too ("朱A"), of a listed victim
NAME_RE_ANON = r"[\u4e00-\u9fff](?:某某|某|[xX×]{1,3}|[＊*]{1,3}|[A-Z](?![A-Za-z])|[\u4e00-\u9fff]{1,2})"
# the outcome of an injury for one victim: hurt, stitched, taken to hospital for treatment
TREATED = (
    r"(?:(?:受|被)?(?:"
    + HURT_WORD
    + r")|伤口(?:经)?(?:缝合|包扎)|(?:被)?(?:送往|送到|送至|送入|送)[^，,。；;]{0,8}?医院"
    r"(?:进行)?(?:治疗|救治|住院|就医|医治)"
    # (or still in danger of death, hurt though no injury word tells it: "操作员刘科至今尚未脱离生命危险")
    r"|(?:尚未|仍未|还未|仍然没有|还没有)脱离生命危险)"
)
# what keeps a clause from telling a victim's injury: a death, a poisoning, a precaution or a hypothetical
# harm told as a precaution, a possibility or denied, not as what happened (one list for NOT_TREATED and NOT_HARMED)
NOT_REAL_HARM = r"防止|避免|以免|防护|可能|会|要|应|若|如果|一旦|未|没有|无"
NOT_REAL_HARM_RE = re.compile(NOT_REAL_HARM)
NOT_TREATED = re.compile(r"死|亡|中毒|窒息|晕倒|昏迷|晕厥|昏倒|头晕|不适|吸入|" + NOT_REAL_HARM)
# trapped people freed: "被困人员被全部救出", "已无被困人员" (see `_trapped_only`)
# ("…司机成功解救", "被困男子成功获救")
TRAPPED_FREED = re.compile(r"救出|脱困|解救出|成功解救|被解救|获救|营救出|转移到安全|无被困人员")
# a verb of hurting with its object after it: "砸伤工人张某", "烧伤了店主" (`CasualtyReader._hurt_objects`)
HURT_VERB = r"砸伤|烧伤|烫伤|炸伤|灼伤|撞伤|压伤|划伤|割伤|夹伤|碰伤|擦伤|刺伤|扎伤|击伤|轧伤|碾伤|挤伤"
# an injury the sentence goes on to tell was fatal: "…全身烧伤，经抢救无效死亡", "…受伤，送医后不治身亡"
INJURED_THEN_DIED = re.compile(
    # ("受重伤送当地医院救治，但仍然不治身亡", "1名工人受伤，被紧急送往医院，但是抢救无效死亡")
    # ("2名伤者抢救无效死亡")
    # ("头部受伤，身上多处骨折，被送医院抢救无效身亡": one more clause of wounds between, with no count)
    r"[^。；;，,]{0,6}(?:[，,](?!其中)[^。；;，,\d零一二两三四五六七八九十]{1,8}(?=[，,]))?[，,]?\s*"
    r"(?:(?:但是?|却|可是?)?(?:被)?(?:后|经|后经|送|因伤势|终因|于|在送|" + FAILED_CARE + r")[^。；;]{0,24}?"
    # (or right there: "一人头部受伤当场身亡"; or found dead already: "两名伤者均被砸中头部，已经不幸当场身亡"; or
    # beyond saving: "一渔民受伤不治身亡")
    r"|(?<![，,])(?:当场|不治)|[，,]\s*(?:已经?|均已|都已)(?:不幸)?(?:当场)?"
    # (or dead of it, the word right after: "致1人重伤死亡")
    r"|(?<=重伤)"
    # (all of them, a clause later: "三人伤势过重，截至9时20分，都抢救无效死亡")
    r"|[，,][^。；;]{0,16}?(?:都|均|全部|全都)(?:经)?(?:" + FAILED_CARE + r")?)(?:死亡|身亡|不治)"
)
# a death denied ("暂无人员死亡"; not "抢救无效死亡")
DEATH_DENIED = re.compile(r"(?:无|未|没有?)(?:人员|人|造成)?(?:死亡|身亡|伤亡)")
# an exception before a statement of no casualties, up to it: "除司机受轻伤外，（所幸）无人员伤亡"
EXCEPTION = re.compile(r"除(?:了)?(?P<who>[^。；;]{1,30}?)(?:之)?外[，,]?[^。；;，,]{0,6}$")
HARM_EXCEPTED = re.compile(r"伤|死|亡|遇难|罹难|中毒|失踪|失联")
# one of the common surnames, as a character class
SURNAME_CLASS = "[" + "".join(sorted(SURNAMES)) + "]"
# the dead named in full in the clause right before a hurt one: "事故造成沈重博死亡，游彬锋手臂受伤" (another person
# when the hurt is named otherwise)
DEAD_NAMED_BEFORE = re.compile(
    r"(?:造成|导致|致使)\s*(" + SURNAME_CLASS + r"[\u4e00-\u9fff]{1,2}?)(?:当场)?(?:死亡|身亡)[，,]\s*$"
    # (or the name heading its clause, what befell the victim between: "孙圣平被压路机碾压倒地当场死亡，杨德国脚踝擦伤")
    r"|(?<=[，,。；;\n])(" + SURNAME_CLASS + r"[\u4e00-\u9fff]{1,2}?)被[^，,。；;\d]{1,12}?(?:当场)?(?:死亡|身亡)"
    r"[，,]\s*$"
)
# a trade ending in 工 that the role lists lack and a full name, only as one of victims joined: "冒落的岩石将运搬工
# 李生伟和副总经理赵殿军砸压在下面，经抢救无效死亡" is 2
TRADE_FULL_NAMED = r"[\u4e00-\u9fff]{1,3}?工" + SURNAME_CLASS + r"[\u4e00-\u9fff]{1,2}"
# an anonymised name's end ("刘某", "张XX"), which a full name has not
ANON_END = re.compile(ANON + r"$")
# a harm denied inside a counted group's statement
# (or of every one: "正在楼顶作业的5名工人无一受伤")
HARM_DENIED = re.compile(
    r"(?:未|没有?|并无|无)(?:一(?:人|个)?)?(?:受到?|被|遭)?(?:任何)?(?:轻|重)?伤"
    # (or narrowly escaped: "锡锅旁边的一名女工差点被炸伤")
    r"|(?:差点|差一点|险些)(?:被|遭)?[^，,。；;]{0,2}伤"
)
# a negation before a victim's role, which denies the harm of anyone of it: "暂未发现有工人受伤", "并无店员受伤"
SUBJECT_DENIED = re.compile(r"(?:未|没有?|无|并无|不见)(?:发现|见到|看到)?(?:有)?(?:其他|任何|别的)?$")
# a figure the text gives as first reported and since corrected, or as a lie
SUPERSEDED = re.compile(
    r"(?:最初|起初|最早|此前|早前|一度|原来|原先|原本)[^。；;\n]{0,12}?(?:通报|报道|报告|公布|发布|称|流传|传出)"
    r"|谎报|虚报|少报|漏报"
    # (not an accident named as one that was concealed, whose figures, found out, follow: "…政府核实了一起企业瞒报
    # 急性中毒事故：…导致4人急性中毒经抢救无效死亡")
    # (nor a report's title noting it, in brackets: "…较大瓦斯爆炸事故（瞒报）调查报告")
    r"|(?<![(（])瞒报(?![^，,。；;：:]{0,10}?事故)"
    # a rumour: "网上一度流传“火灾造成10人死亡”的说法", "网上微博疯传爆炸事件致42人死亡", "有网友传出「…」的消息"
    # (not a rumour denied: "冠王五金塑料有限公司（并非网传的…化工有限公司）仓库发生火灾，…有1人轻伤")
    r"|(?<!非)(?<!不是)(?:网传|谣传|传言|谣言|疯传|网曝|网友(?:传出|爆料))"
    # (or among the people, beside the official figure: "官方报导称事故造成一人死亡，但民间传出已有3人死亡")
    r"|(?:民间|坊间)(?:传出|流传|盛传|传言|相传|传说)"
    # (passed round online or among friends: "网上热传“…已经打死两个人”", "朋友圈转发的大致内容为：…有两人被电死";
    # not 热传导, heat conduction)
    r"|(?:网上|网络上?|微博上?|朋友圈)热传|朋友圈(?:里|中)?(?:转发|流传|传出)"
    # (the rumour quoted after its denial, up to the count: "官方辟谣“福州两人暴雨中被电死”传闻：系电晕")
    r"|辟谣[:：]?\s*[“「‘][^”」’]*$"
)
# the first kind of such a figure: one reported earlier, not a lie or a rumour
EARLIER_REPORT = re.compile(
    r"(?:最初|起初|最早|此前|早前|一度|原来|原先|原本)[^。；;\n]{0,12}?(?:通报|报道|报告|公布|发布|称|流传|传出)"
)
# the correction after such a figure in the same sentence: "最初通报1人受伤，后经核实，事故共造成…"
CORRECTED = re.compile(r"核实|后经|后来|随后|最终|最后|实际|目前|截至|现已|更正|澄清|辟谣|上升到|上升至|增至|升至")
# a count right before a role, which makes it a counted group: "一名18岁员工", "两工人", "多名工人"
COUNTED_ROLE = re.compile(
    # (a clause before the role only after a measure word for people: "一辆轿车的驾驶员" is no counted group)
    r"(?:" + NUM + r"|多|数|几|若干)\s*(?:余|多)?\s*"
    r"(?:(?:名|位|个)\s*(?:\d{1,2}\s*岁(?:的)?)?\s*(?:[\u4e00-\u9fff]{0,4}的)?)?$"
)
COUNTED_HARM = re.compile("(?:" + NUM + r")\s*(?:名|人|位|个|死|伤|重伤|轻伤)")
# a count of people inside a stretch of text
COUNTED_IN = re.compile(NUM + r"\s*(?:余|多)?\s*(?:人|名|位)")
# the harm of a victim named with no count: "受轻伤", "被烧伤", "受到严重烧伤"
HURT_VICTIM_WORD = (
    # (the body and the extent first: "造成张某和岳某全身着火大面积烧伤")
    r"(?:(?:全身|身体|面部|头部|手部|腿部)(?:着火|著火|起火)?)?(?:大面积|多处)?"
    r"(?:受了?|受到了?)?(?:严重|轻微|轻度|重度|不同程度)?(?:的)?(?:"
    + "|".join((HURT_WORD, SERIOUS_WORD, MINOR_WORD))
    + ")"
)
# two relatives hurt together, told as a pair with no count ("一对母子在燃爆中烧伤", "烧伤夫妻俩"), or a family by its
# size ("一家三口被严重烧伤"): 2, or the family's size ("母子三人" gives its own count, not 2)
_KIN_PAIR = (
    r"(?:一对|这对)?(?:" + _KIN + r"|情侣|恋人)(?:俩|二人|两人)?"
    r"(?![三四五六七八九\d]|\s*(?:名|位|个|口|人))"
)
# an animal, the victim of a death with no count ("三只宠物狗被活活烧死"): by its measure word or its kind
ANIMAL = re.compile(
    r"宠物|家禽|牲畜|畜禽|生猪|耕牛|(?:只|头|条|匹)[\u4e00-\u9fff]{0,3}?(?:狗|猫|猪|牛|羊|鸡|鸭|鹅|马|驴|兔)"
)
# two relatives who died, told as a pair before the death with no count ("一对父子被发现倒在…抢救无效不幸身亡");
# not one of them ("父子俩中的父亲", "夫妻俩一人")
KIN_PAIR_DEAD = re.compile(
    r"(?:(?:一对|这对)" + _KIN + r"|" + _KIN + r"(?:俩|二人|两人))(?![中之的]|[一1]\s*(?:人|个|名))[^。；;\d]{0,40}$"
)
KIN_HURT = re.compile(
    # the first characters of the alternatives, ahead: lets the scan skip other positions fast
    r"(?=[一这夫母父兄姐祖情恋烧炸灼烫砸])"
    r"(?:(?P<pair>" + _KIN_PAIR + r")|一家(?P<n>" + NUM + r")口)"
    r"(?P<gap>[^，,。；;\d]{0,10}?)(?:被|受|遭)?(?:严重|重度|轻度|轻微)?"
    r"(?:" + HURT_WORD + "|" + SERIOUS_WORD + "|" + MINOR_WORD + r")"
    r"|(?:烧伤|炸伤|灼伤|烫伤|砸伤)(?:了)?(?P<pair2>" + _KIN_PAIR + r")"
)
# people told one by one with no count, then all of them hurt: "出租车追尾了一辆货车，司机、父亲均受伤", "司机和乘客都
# 受了伤" (one victim a word; see `_all_listed_hurt`)
_LISTED_WHO = r"(?:" + VICTIM_WORDS + r"|" + _TRADES + r"|" + KIN_DEAD + r")"
ALL_LISTED_HURT = re.compile(
    _LISTED_WHO + r"(?:(?:、|和|与|及|以及)" + _LISTED_WHO + r"){1,3}"
    r"(?:均|都|全都|皆|也都)(?:不同程度地?)?(?:受了?)?(?:" + HURT_WORD + "|" + SERIOUS_WORD + "|" + MINOR_WORD + r"|伤)"
)
# a round count, its figure followed by 多 or 余: "600多人受伤" (see `CasualtyReader._stated_injuries`)
ROUGH_COUNT = re.compile(r"(?:" + NUM + r")\s*(?:多|余)")
# (or told as more than a figure, the word before it: "逾120人受伤", "超过120人受伤")
OVER_BEFORE = re.compile(r"(?:逾|超过)\s*$")
# the harm of a count only guessed at, in the count's clause: "当时大车上共三个人可能都受了伤"
GUESSED = re.compile(r"[^，,。；;！？\n]*?(?<!尽)可能(?:都|已经?|均|全部)?(?:受|遇难|死亡|身亡|罹难)")
# a harm denied right after the victim: "槽罐车驾驶员未受伤", "司机并没有受伤" (not a treatment that failed:
# "乘客送医后经抢救无效死亡", "伤重不治")
NEGATED_HARM = re.compile(r"未|没|无(?!辜|效)|不(?!幸|慎|小心|治)")
# one victim referred to by 其 after being named: "硫酸喷溅到装卸工刘某面部，致其面部灼伤", "喷出火焰，将其面部灼烧"
# (灼烧 of a body part only: "无烧灼痕迹" is a part's)
PRONOUN_HURT = re.compile(
    # (what befell the victim between: "因金某脚踩的檩子折断，导致其从屋顶掉到地面摔伤")
    r"(?=[致使造导将把])(?:致|致使|使|造成|导致|将|把)其"
    r"(?:(?:[^，,。；;\d]{0,10}?|" + BODY_PART + r")?(?:被|受)?(?:" + HURT_WORD + r")"
    r"|" + BODY_PART + r"(?:灼烧|烧灼))"
)
# a victim's relative told hurt beside them, one more victim: "导致舱内一名5岁男童死亡，其在旁的母亲亦被爆炸波及受伤",
# "修理工不幸遇难，他的妻子也受到了重伤"
KIN_OF_ONE_HURT = re.compile(
    r"(?:其|他的|她的)(?:在旁的?|身边的?|一旁的?)?(?:母亲|父亲|妻子|丈夫|儿子|女儿|哥哥|弟弟|姐姐|妹妹)"
    r"(?P<gap>[^，,。；;\d]{0,10}?)(?:被|受|遭)?(?:" + HURT_WORD + "|" + SERIOUS_WORD + "|" + MINOR_WORD + r")"
)
# one victim's injury as a doctor or an appraisal graded it, with no count: "造成左锁骨骨折，经医院诊断为轻伤", "右小腿
# 骨折，经鉴定为重伤"
GRADED_HURT = re.compile(
    r"(?:(?:诊断|鉴定|认定|评定)为|属于?|构成)(?:重伤|轻伤|轻微伤)"
    # (or the injury the doctor found: "送医后诊断为轻度脑震荡、右锁骨骨折")
    r"|诊断为[^，,。；;\n]{0,12}?(?:骨折|脑震荡|挫伤|烧伤|烫伤|灼伤|撕裂伤|电击伤|挤压伤|离断伤|裂伤)"
)
# the wounded, with no count, taken to hospital: one victim ("伤者被送往医院救治"; not "伤者均被…", "伤者们")
WOUNDED_TAKEN = re.compile(
    r"(?:^|(?<=[，,。；;\n]))\s*(?:(?:该|这名|这位)?(?:伤者|伤员|受伤者)"
    # (or the one person told of before, by a pronoun: "一名女工人被刺穿脸部。…该女子被迅速送往医院救治")
    r"|(?:该|这名|这位)(?:男子|女子|女工|工人|员工|民工|小伙|老人|司机|驾驶员))(?![们均都等])"
    # (freed first: "伤者被成功救出，随即送至静安区中心医院治疗")
    r"(?:被(?:成功)?(?:救出|抬出|拉出|挖出)[，,]?)?"
    r"(?:已|随即|随后|立即|迅速)?\s*"
    r"(?:被)?(?:紧急|迅速|立即)?(?:送往|送到|送至|送入|转往|转至|转入)[^，,。；;]{0,14}?(?:医院|卫生院)"
)
# the wounded told as one person: "据现场了解，伤员是一名电焊工人", "记者了解到，伤者是60多岁的陈太婆"
# (not "伤者分别是…", "伤者均为…", "伤者是两名…")
WOUNDED_IS_ONE = re.compile(
    r"(?:^|(?<=[，,。；;\n]))\s*(?:伤者|伤员|受伤者)(?:是|为)(?!分别|均|都|[两二三四五六七八九十几数多\d]+\s*(?:名|人|位|个))"
)
ONE_PERSON = re.compile(
    r"(?:一名|一位|一个)[^，,。；;\d]{0,6}?(?:男子|女子|小伙|男孩|女孩|老人|老汉|妇女|男青年|女青年|住户|租客|居民|村民"
    r"|工人|员工|民工|店主|摊主|司机|驾驶员)"
)
# a trapped person freed and taken to hospital, with no count: one victim ("拉出被困司机，随即送往医院治疗")
# (or the trapped person first, then freed: "被困司机被成功解救，…救护车…对其进行简单包扎后送往医院救治")
# (told by sex too: "被困的男性工人随后被救出送往医院")
# (or buried: "被埋工人被救出，送往武钢二医院救治")
# (or pinned under what fell on them, where between: "救出了被压车下的驾驶员，并紧急送往了医院抢救")
_TRAPPED = (
    r"(?:被困|被埋|被压(?:[车在][^，,。；;\d]{0,2}?[下里内中])?)(?:的)?(?:男性|女性)?"
    r"(?:司机|驾驶员|驾驶人|人员|男子|女子|老人|工人|群众|者)"
)
RESCUED_TAKEN = re.compile(
    r"(?:(?:救出|拉出|抬出|拖出|抢出|救下|解救出|营救出)(?:了)?" + _TRAPPED + r"[^。；;]{0,12}?"
    # ("被困男子成功获救，随即被送往医院救治", "被困工人被成功救下，由120救护车立即送往医院医治")
    r"|" + _TRAPPED + r"(?:已|被|也|随后|随即|很快)*(?:成功)?(?:脱困|救出|解救|营救|获救|救下)[^。；;]{0,30}?"
    # (or moved to the ambulance at once: "被困工人立即被转移上已经等候在旁边的救护车上送往附近医院")
    r"|" + _TRAPPED + r"(?:已|被|也|立即|随即|迅速)*(?:转移|抬上|抬到|抬进|背出|抱出)[^。；;]{0,24}?"
    # (or freed as the object told first: "终于将被困者缓缓抬出，并移交120送往医院进行救治")
    r"|(?:将|把)" + _TRAPPED + r"[^，,。；;\d]{0,6}?(?:救|抬|拉|挖|拖|抢)了?出(?:来)?[^。；;]{0,30}?)"
    r"(?:送往|送到|送至|送入|送)[^，,。；;]{0,10}?(?:医院|卫生院)"
)
# a hurt body part with the victim left implicit, a pronoun or a name, as feature stories about one victim tell it
# ("手指被氢氟酸灼伤", "工友见他的脸部被烫伤", "只是腿部受了点伤", "全身烧伤面积达90%的老汉"); a single 手/脚/面 is not
# enough (手套, 脚手架, 地面), so only whole body words
BODY_WORD = (
    r"(?:手指|[拇食中小]指|无名指|手掌|手臂|手部|手腕|双手|[左右]手(?![边侧])|[左右](?:脚|腿|臂|眼|肩|膝)|脸部|脸上|面部|颜面|头部|头发|眉毛|眼睛|眼部|双眼|脖子|颈部"
    r"|胸部|胸前|背部|后背|腰部|腹部|腿部|双腿|大腿|小腿|双脚|脚部|脚面|脚踝|膝盖|皮肤|全身|上肢|下肢|四肢|胳膊|肩部"
    r"|[左右双]臂|[左右]?前臂"
    r"|臀部|额头|面颊|耳朵|身体|身上|头皮"
    # (an organ ruptured: "事故导致一名工人脾脏破裂")
    r"|脾脏|肝脏|肾脏|内脏|脾(?=破裂)|肝(?=破裂))"
)
# a hand or an arm, which a machine catches
HAND_WORD = r"(?:[左右双]?手(?:指|掌|臂|腕)?|[左右双]臂|[左右]?胳膊)"
# BODY_HURT's clause start, with ahead what each of its alternatives needs: a body word (its first characters), a
# pronoun or 被 within the clause's first nine characters; lets the scan give up on other clauses fast
_BODY_CLAUSE = (
    r"(?:^|(?<=[，,。；;！!？?：:\n]))"
    r"(?=\s*[^，,。；;！!？?：:\n“”]{0,10}[手双左右脸面颜头眉眼脖颈胸背后腰腹腿大小脚膝皮全上下四胳肩臀额耳身其他她被脾肝肾内])\s*"
)
# (after a body part, a part cut or crushed off: "齐某手指被切断", "右手被轧断")
_HURT_ONE = (
    r"(?:受了?(?:点|些)(?:轻)?伤(?=[，,。；;！!]|$)|" + HURT_VICTIM_WORD + r"|切断|轧断|绞断|压断|碾断|截断|切掉"
    # (or blown off: "左腿当场被炸飞", "右手被炸断")
    r"|炸断|炸飞|炸掉|打断"
    # (a finger severed, a scalp torn off: "三根手指断离", "头皮撕裂")
    r"|断离|离断|撕裂|撕脱|(?<=[脏脾肝])破裂"
    # (a limb caught in a machine: "把他右胳膊卷进去了")
    r"|卷进|卷入|绞进|绞入)"
)
BODY_HURT = re.compile(
    _BODY_CLAUSE + r"([^，,。；;！!？?：:\n“”]{0,10}?)" + BODY_WORD + r"([^，,。；;！!？?：:\n“”]{0,16}?)" + _HURT_ONE
    # the victim as a pronoun: "所幸其仅受轻微伤", "他也被烧伤"
    + r"|"
    + _BODY_CLAUSE
    + r"((?:所幸|幸好|好在|幸亏|万幸|但|只是)?(?:其|他|她)(?:仅|只|只是|也|还)?(?:被)?)()"
    + _HURT_ONE
    # a hand caught in a machine: "一名工人的双手被冲床轧住", "右手掌被造纸机卡住"
    + r"|" + _BODY_CLAUSE + r"([^，,。；;！!？?：:\n“”]{0,8}?)" + HAND_WORD
    + r"(被[^，,。；;！!？?：:\n“”]{0,12}?(?:机|床|辊|轴|齿轮|皮带)[^，,。；;！!？?：:\n“”]{0,10}?)"
    + r"(?:轧住|卡住|夹住|咬住|压住|绞住|卷住)"
    # the victim told in the clause before: "…引发大火，被烧成重伤住进医院"
    + r"|" + _BODY_CLAUSE + r"((?:当场|不幸|也|还)?)()被[^，,。；;\d]{0,4}?(?:" + SERIOUS_WORD + "|" + HURT_WORD + ")"
)
# a group freed, in the clause right before all of them are told hurt (see `_body_hurt_victims`)
FREED_BEFORE = re.compile(COUNT + r"[^，,。；;\d]{0,8}?(?:被)?(?:救出|获救|挖出|抬出)(?:来)?[，,]\s*$")
# a victim's name in the clause of a hurt body part: "孙某", "阳先生", "王女士"
BODY_HURT_NAME = re.compile(r"[\u4e00-\u9fff](?:" + ANON[3:-1] + r"|先生|女士|师傅)")
# what a hurt word names that is not an injury that happened: "灼伤症状", "烧伤的危险"
NOT_AN_INJURY = re.compile(r"症状|的?危险|的?风险|事故")
# the injured told out of danger (so a death told after them is not of them)
OUT_OF_DANGER = re.compile(r"(?:无|没有|脱离(?:了)?)生命危险")
# a counted group brought out of danger by treatment, hurt though no injury word tells it: "被埋的21人中，9人当场
# 死亡，2人经抢救已脱离生命危险" (not "4人未脱离生命危险", still in danger, told with the hurt if at all)
SAVED_COUNTED = re.compile(
    COUNT + r"\s*(?:经(?:医院)?(?:抢救|救治|治疗)(?:后)?)?(?:目前)?(?:已经?|均已|都已)?(?:基本)?脱离(?:了)?生命危险"
    # (or the rest of the victims, out of danger: "其中1人在送医前就已无生命迹象，其余5人均无生命危险")
    r"|(?<=其余)" + COUNT + r"\s*(?:均|都)?无生命危险"
)
OVERCOME = re.compile(r"中毒|窒息|昏倒|晕倒|昏迷|缺氧|不适")
WOUNDED_DIED = re.compile(r"(?:伤者|伤员|受伤者)[^。；;]{0,24}?(?:死亡|身亡|不治|去世)")
# how the end of the injured is told: "4名工作人员被烧伤，最终3人相继身亡"
EVENTUALLY = re.compile(r"(?:最终|最后|后来|终因)\s*$")
LATE_DIED = re.compile(
    FAILED_CARE + r"|不治|伤势过重|伤重|送医|送院|途中|第[一二三四五六七八九十\d]{1,2}天|次日|[数几]日后|[数几]天后"
)
TREATED_DIED = re.compile(r"死亡|身亡|不治|" + FAILED_CARE + r"|中毒")
# the wounded named with no count and nobody dead: one victim, as news of a single worker hurt tells it
# ("目前伤者正在烧伤科接受治疗", "受伤的施工人员被…送往医院"); tallied over the 1,911 read texts, 11 of the 13 such
# texts are labelled 1 (not 伤员, a group as often as not; not "其中一名伤者", "伤者们", "伤者均…", "伤者是两名…",
# nor where an unnumbered many were hurt or a counted group taken to hospital: see `VAGUE_HURT`, `COUNTED_TAKEN`)
WOUNDED_BARE = re.compile(
    # (the noun right after 受伤 too: "受伤女工被压的手指主要为皮外伤")
    r"(?<![名位个])(?<!其中)(?:伤者|受伤者|受伤的?(?:男子|女子|工人|女工|民工|工友|员工|施工人员|司机|驾驶员|小伙|老人))"
    r"(?![们均都等中之]|分别|[是为](?:分别|均|都|[两二三四五六七八九十几数多\d]))"
)
# a hand, an arm or a head caught in a machine, nobody dead: one injured, as a single worker's mishap is told
# ("原本停机的机器突然运转，…右手…中间三个手指瞬时被撞下", "将手卡进机器压面轴里"); 6 read texts telling one with no
# count, all labelled 1
CAUGHT_IN_MACHINE = re.compile(
    r"(?:手|手指|手臂|胳膊|手掌|头部|头|腿|脚|衣服|头发|袖子|身体)[^，,。；;\d]{0,4}?(?:被)?"
    r"(?:卡入|卡进|卡在|卷入|卷进|捲入|绞入|绞进|夹入|夹进|夹在|压入|吸入|咬住|被卡|被卷|被绞|被夹|撞下)"
    # (or bitten by a named machine, the word in quotes as papers write it: "左手4根手指被轧面机“咬”住", "右手突然被
    # 机器紧紧“咬住”")
    r"|(?:手|手指|手臂|手掌)[^，,。；;\d]{0,4}?被[^，,。；;\d]{0,2}?(?:机器|[\u4e00-\u9fff]{1,3}机)[^，,。；;\d]{0,2}?"
    r"[“\"「]?咬[”\"」]?住"
    # (or held fast by a named machine, what it was doing between: "左手不慎被正在运行的折叠机夹住")
    r"|(?:手|手指|手臂|手掌|胳膊)[^，,。；;\d]{0,4}?被[^，,。；;\d]{0,8}?(?:机器|[\u4e00-\u9fff]{1,3}机)(?:卡住|夹住|绞住|卷住)"
    # (or cut or crushed by a named machine: "不慎被剪刀机切断左手的食指")
    r"|被[^，,。；;\d]{0,4}?(?:机器|[\u4e00-\u9fff]{1,3}机)[^，,。；;\d]{0,2}?(?:切断|剪断|轧断|压断|绞断|切伤|割伤|轧伤|压伤)"
)
# one person, by a pronoun or a name, taken to hospital, nobody dead: one injured ("工友们立即关停机器，并将她送到医院
# 救治", "刘某被急送市第八人民医院抢救"); 5 read texts telling one with no count, all labelled 1, and 8 more that tell
# the one by a craftsman's title, a driver, a trade or in hospital now ("林师傅", "塔吊司机已被送医", "环卫工人",
# "目前该男子正在医院救治"), all labelled 1
_ONE_WHO = (
    r"(?:他|她|其|[\u4e00-\u9fff]某|小[\u4e00-\u9fff]|[\u4e00-\u9fff](?:师傅|先生|女士)"
    r"|(?:该名?|这名|触电|受伤|被困|被埋|被砸)(?:男子|女子|工人|女工|民工|员工|司机|小伙)|[\u4e00-\u9fff]{1,2}司机|环卫工人?"
    r"|(?:泥水|泥瓦|瓦|焊|电|钳|木)工)"
)
ONE_TAKEN = re.compile(
    # (the taking in the next clause: "正刺中了工作中的林师傅，随后被紧急送往了医院")
    # (or freed first: "将司机救出，随即送往医院救治")
    _ONE_WHO + r"(?:[^，,。；;\d]{0,6}?(?:已|也|随即|随后)?|(?:救出|抬出|拉出|救起)?[，,]\s*(?:随即|随后|之后))(?:被)?"
    r"(?:紧急|急|迅速|立即|及时)?(?:(?:送|转送|抬)(?:到|往|进|至|入|了)?[^，,。；;\d]{0,10}?医院|送医)"
    # (or told in hospital now: "目前该男子正在医院救治")
    r"|" + _ONE_WHO + r"(?:目前|现|正|仍|已)*(?:在|正在)[^，,。；;\d]{0,8}?医院(?:接受)?(?:救治|治疗|抢救)"
    # (one told by 一名, 这名 and who: "一名工人当即被撞飞，血流满面，后被送往医院抢救", "救出这名受困者，送医救治";
    # 3 more read texts, all labelled 1)
    r"|(?:这名|该名|一名)[\u4e00-\u9fff]{1,4}?[^，,。；;\d]{0,10}?(?:被)?(?:紧急|急|迅速|立即|及时)?"
    r"(?:送|转送|抬|移交)(?:到|往|进|至|入|给)?[^，,。；;\d]{0,10}?(?:医院|送医|医治|救治)"
    # (or in a clause of its own after one or two of the harm: "一名工人被坠落的钢板砸中，当场昏厥，后被送医救治")
    r"|(?:这名|该名|一名)[^，,。；;\d]{1,24}?(?:[，,][^，,。；;\d]{1,8}?)?[，,]\s*(?:后|随后|随即|之后|并)?(?:被)?"
    r"(?:紧急|急|迅速|立即|及时)?(?:送医|送(?:往|到|至)[^，,。；;\d]{0,10}?医院)(?:救治|治疗|抢救)"
)
# someone told unhurt in the sentence of one taken to hospital, who was only checked (see `_wounded_told`)
UNHURT = re.compile(r"平安|安然|无恙|毫发无[损伤]|未受伤|没有受伤|无受伤")
# (nor where a counted group was taken to hospital: "8名工作人员落水，其中5名被救起并紧急送往泰和县中医院")
# (a group of more than one: "一名厨师手指被卡进绞肉机里，连人带机一起被送到中医院" is the one caught)
COUNTED_TAKEN = re.compile(r"(?![一1]\s*(?:名|人|位))" + NUM + r"\s*(?:名|人|位)[^。；;]{0,20}?送(?:往|到|至|进)")
VAGUE_HURT = re.compile(r"(?:几|多|数|若干|一些|部分)(?:名|人|位|个)[^，,。；;]{0,10}?(?:伤|送(?:往|到|至)?医)")
# harm to a person, for telling whether anybody was hurt when no count is given
PERSON_HARM = (
    # (被烧 not as what was burnt: "被烧的都是他们的宿舍")
    r"(?:" + HURT_WORD + r"|死亡|身亡|遇难|中毒|窒息|昏迷|晕倒|昏倒|休克|熏黑|熏伤|烧焦|被埋|被困|被压|被砸|被炸"
    r"|被烧(?!的)"
    # (buried, told as the harm: "垮塌的土石将一名正在桥墩井内施工的工人埋压")
    r"|埋压|掩埋"
    # (or fell from a height: "三名施工人员高空坠落，目前具体的伤亡人数不详"; or was struck: "一名坑下作业的电工被巨石
    # 砸中")
    r"|(?:高空|高处)?(?:坠落|跌落|摔落)|砸中|击中"
    # (or fell from a building: "两人失足坠楼")
    r"|坠楼"
    r"|送(?:往|到|至)?[^，,。；;]{0,8}?医院)"
)
# what belongs to people, told harmed right after them (see `CasualtyReader.someone_harmed`)
PEOPLES_THINGS = re.compile(
    r"(?:的)?(?:宿舍|工棚|住房|房屋|房子|板房|活动板房|住所|财物|物品|衣物|行李|车辆|厂房|设备)"
)
NOT_HARMED = re.compile(NOT_REAL_HARM + r"|幸免|安全撤离|逃生|脱险")
# the victims of a poisoning as news tells them, with no count the casualty readers take: people who felt unwell or
# were taken in for treatment ("游泳后200多学生出现不适", "27人入院", "300多村民因症状明显须到医院接受治疗"), and the
# poisoned named as such ("中毒者挤满当地医院", "中毒女孩")
POISON_GROUPS = (
    r"学生|患者|病人|孕妇|游客|泳客|市民|儿童|孩子|女孩|男孩|男子|女子|家人|祖孙|母女|父子|夫妻|"
    + NUM
    + r"\s*(?:名|人)"
)
POISON_HARM = (
    # (and fell unconscious: "发现井底两人均已晕倒")
    r"(?:不适|不良反应|头晕|头痛|呕吐|恶心|胸闷|呼吸困难|晕倒|昏倒|昏迷|晕厥|入院|住院|就医|就诊|送医|送院|急救|救治|接受治疗"
    r"|(?:到|去|进|住进|入住)[^，,。；;]{0,8}?医院)"
)
# a sentence of advice about such signs ("如出现头晕、呕吐等不适，应立即就医") tells of no victim
POISON_ADVICE = re.compile(r"(?:如|若)(?:有|出现|发现|感到|感觉)|(?:应|要|请|需)(?:立即|及时|尽快|马上)|建议|提醒|务必")
POISONED_NAMED = r"中毒(?:的)?(?:者|人员|病人|患者|职工|工人|村民|居民|学生|群众|儿童|孩子|女孩|男孩|男子|女子)"
# injured who died later: "6名受伤人员中，有4人因伤势过重医治无效分别于7月26日…死亡"
LATER_DEATH = re.compile(
    # (or of the people caught up in it, told as more: "21日当晚，涉险人员中有3人经抢救无效死亡。截至3月22日上午，
    # 涉险人员中又有3人经抢救无效先后死亡" is 6)
    r"(?:(?:(?:受伤人员|伤员|伤者|受伤者)(?:中|当中)[，,]?\s*(?:有|又有|另有)?|(?:涉险人员|被困人员|遇险人员)(?:中|当中)[，,]?\s*又有)"
    r"\s*(" + NUM + r")\s*(?:人|名)"
    # (or counted as the wounded: "伤员被送往医院后，一名伤者因伤势严重医治无效死亡")
    # (not the group broken down: "6名受伤人员中，有4人…死亡"; the badly hurt told as such too: "1人当场死亡，2人
    # 受重伤。次日，2名重伤人员经抢救无效死亡" is 3)
    r"|(?<![\d两二三四五六七八九十])(" + NUM + r")\s*名\s*"
    r"(?:伤者|伤员|受伤人员|重伤(?:者|人员|员工|职工|工人|学生|患者))(?!\s*(?:中|当中)))"
    # (or taken to hospital and dead there: "重伤者中4人送医后死亡")
    r"[^。；;]{0,30}?(?:" + FAILED_CARE + r"|不治|送医后|送院后|送往医院后|送医途中|途中)[^。；;]{0,60}?(?:死亡|身亡)"
)
# victims listed after a label: "中毒死亡人员：A、B、C", "受伤人员为：…", "死者朱A"
LISTED_DEAD = re.compile(
    # the first characters of the alternatives, ahead: lets the scan skip other positions fast
    r"(?=[中死遇])"
    r"(?:中毒)?(?:死亡|遇难)人员\s*(?:为|是|有)?\s*[:：]\s*([^。\n]{2,300})"
    r"|(?:死者|遇难者)\s*[:：]?\s*((?:" + NAME_RE_ANON + r")(?:、(?:" + NAME_RE_ANON + r"))*)"
)
LISTED_HURT = re.compile(
    r"(?=[中受伤])(?:中毒)?(?:受伤人员|伤员|伤者)\s*(?:为|是|有)?\s*[:：]\s*([^。\n]{2,300})"
    # the wounded named with a placeholder, as "死者朱A": "伤者尹某，24岁"
    r"|(?:伤者|伤员)\s*((?:" + _ANON_NAME + r")(?:、(?:" + _ANON_NAME + r"))*)"
)
# a toxic gas or a fuming acid leaking: the people it sent to hospital are the poisoned
TOXIC_LEAK = (
    # (氨 alone too, as investigation reports write it: "发生氨泄漏事故，造成15人死亡")
    r"(?:氯气|液氯|氨气|液氨|氨水|氨(?![基纶酸])|二氧化硫|三氧化硫|硫化氢|一氧化碳|光气|氰化氢|氯化氢|二氧化氮|溴素|毒气|有毒气体"
    # (and a works' coal gas, carbon monoxide by the most: "4号高炉作业时发生煤气泄漏，导致…作业人员出现昏迷"; let out
    # as Taiwan and Hong Kong write it too: "煤矿…发生的煤气外漏事件，已经造成24名矿工死亡")
    r"|盐酸|硝酸|发烟硫酸|煤气)[^，,。；;]{0,8}?(?:泄漏|泄露|外泄|外漏|逸出)"
)
TOXIC_LEAK_RE = re.compile(TOXIC_LEAK)


class CasualtyReader:
    """Deaths, injuries, serious injuries, missing and poisoned of one text (`read`). Keeps only patterns built once
    from the gazetteer between calls: the extractor, and so this reader, is shared."""

    def __init__(self, g: Gazetteer, common_word: CommonWords) -> None:
        self.g = g
        self._common_word = common_word
        self._victim_re: dict[str, re.Pattern[str]] = {}
        self._treated_re: re.Pattern[str] | None = None
        self._harmed_re: re.Pattern[str] | None = None
        self._bare_after: re.Pattern[str] | None = None
        self._bare_before: re.Pattern[str] | None = None
        self._role_alt = role_alternation(g)
        self._hurt_object_re: re.Pattern[str] | None = None  # see `_hurt_objects`, built on first use
        self._roles = {*g.person_roles, *VICTIM_GROUPS.split("|")}  # every role a victim may be told by
        # one of the people "受伤的…" qualifies, who may be several: "受伤的老板和女服务员"
        hurt_one = (
            r"(?:" + self._role_alt + r"|" + VICTIM_GROUPS + r")(?:(?![和及与、])(?:" + NAME_RE + r"))?"
            r"|" + HONORIFIC_NAME
        )
        self._hurt_role_re = re.compile(
            # (受伤 with no 的 too, as a headline-like body writes it: "受伤司机弯着腰站在驾驶室内")
            r"(?=[受烧灼烫砸炸摔撞擦冻压划割挤碰跌震轧碾夹刺冲骨伤溅击])(?<![未没无])(?<!没有)(?<!并未)(?:受伤(?:的)?|(?:"
            + HURT_WORD
            + r")的)(?:"
            + r"罐车|货车|槽车|车辆)?((?:"
            + hurt_one
            + r")(?:(?:和|及|与|、)(?:"
            + hurt_one
            + r"))*)"
            r"(?![\u4e00-\u9fff]{0,2}(?:" + NUM + r")\s*(?:名|人))"
        )

    def read(self, norm: str, rep: ExtractedReport, kind_at: _KindAt) -> None:
        """Counts as a careful reader takes them: the statement the text gives as the total or as the accident's
        result ("共造成5人死亡", "造成3人死亡、2人受伤") before any other mention; groups of one statement added up
        ("3人重度烧伤，16名村民轻微受伤" is 19; a part "其中…" or "（…）" is not added); statistics of other accidents
        left out; the largest count only when no statement says which is the whole; victims named one by one when
        no count is given."""
        # a breakdown opening a sentence of its own belongs to the count of the sentence before: "13名伤者被送往医院
        # 进行积极救治。其中，1人…抢救无效死亡，2人重伤" (the same length, so spans stay)
        norm = norm.replace("。其中", "，其中")
        # how long something lasted is no count of people, and its digits would stop the patterns that reach over
        # words to a count's harm: "6名失联18个小时的工人，经DNA比对，已被确认全部不幸遇难" (the same length again)
        norm = DURATION.sub(lambda m: "＊" * len(m.group()), norm)
        # nor is a grade's bound, as the regulation defines a grade: "即造成3人以上10人以下死亡，或者10人以上50人以下
        # 重伤…的事故" (the same length again)
        norm = GRADE_BOUND.sub(lambda m: "＊" * len(m.group()), norm)
        guessing = "可能" in norm  # (most texts guess at nothing: no clause to scan for it, see `usable`)
        # (the accident's day, when the text writes it with its year: one read from a page's stamp may be a repost's)
        accident_day = dt.date.fromisoformat(rep.date) if rep.date and _written_in_full(norm, rep.date) else None

        def usable(pos: int, earlier_ok: bool = False) -> bool:
            if in_furniture(norm, pos):
                return False  # other news in a list of links ("…发生一起交通事故 致4死2伤")
            sa, sb = _sentence_at(norm, pos)
            if kind_at(pos) == "lesson" or other_accidents(norm, sa, sb) or PAST_EVENT.search(norm, sa, pos):
                return False  # (PAST_EVENT: "去年同期该市曾发生一起燃气爆炸致5人死亡")
            if MONTH_OPENING.match(norm, sa):
                before = norm.rfind("。", 0, sa - 1) + 1
                if PAST_EVENT.search(norm, before, sa) or NTH_ACCIDENT.search(norm, before, sa):
                    return False  # (the next earlier accident, after one told so: see `MONTH_OPENING`, `NTH_ACCIDENT`)
            if earlier_followed(norm, sa, pos) or in_earlier_list(norm, pos) or in_earlier_sentences(norm, pos):
                return False
            if accident_day is not None and _opens_long_before(norm, sa, accident_day):
                return False  # (another accident, the firm's history: "据公开资料显示，2017年12月11日…发生燃爆事故")
            if SEVERAL_EARLIER.search(norm, max(norm.rfind(p, 0, pos) for p in "。！!\n") + 1, pos):
                return False  # (listed after, clause by clause: "先前也发生过多起…事故，2025年6月…；2024年6月…")
            told = list(SUPERSEDED.finditer(norm, sa, pos))
            if told and not CORRECTED.search(norm, told[-1].end(), pos):
                # "最初，当地通报称事故造成一死一伤", "企业负责人谎报称…": not the figure that stands (the correction
                # after it in the sentence is: "最初通报1人受伤，后经核实，事故共造成…"); with `earlier_ok`, an
                # earlier report's figure stands where nothing later told it again (never a lie's or a rumour's)
                if not (earlier_ok and EARLIER_REPORT.fullmatch(told[-1].group())):
                    return False
            if guessing and GUESSED.match(norm, pos):
                return False  # (the harm of the count only guessed at, in its clause)
            return not hypothetical(norm, sa, pos)

        def best(res: list[re.Pattern[str]], anchor: re.Pattern[str]) -> tuple[int, Span] | None:
            found: list[tuple[int, Span]] = []
            win = _windows(norm, anchor)
            for rx in res:
                for m in _find(rx, norm, win):
                    if not usable(m.start()):
                        continue
                    try:
                        found.append((cn_to_int(m.group(1)), Span(m.start(), m.end())))
                    except ValueError:
                        continue
            return max(found, key=lambda x: x[0]) if found else None

        # (a count and its death can be two long clauses apart: "4名采石者因一氧化碳中毒被困200米深溶洞，虽然全部被消防
        # 队员救出，但是都因抢救无效死亡")
        dwin = _windows(norm, DEATH_ANCHOR, before=64)
        groups = [m for m in _find(DEATH_GROUP, norm, dwin) if kind_at(m.start()) != "lesson"]
        deaths = self._stated_deaths(norm, usable, groups, dwin)
        missing, poisoned = best(MISSING_RES, MISSING_ANCHOR), best(POISON_RES, POISON_ANCHOR)
        if poisoned is None and TOXIC_LEAK_RE.search(norm) and _treated_are_poisoned(norm):
            # "氯气泄露伤人，130名村民入院治疗": the people a toxic leak sent to hospital are the poisoned
            poisoned = _hospital_count(norm, usable)
        injuries, serious = self._stated_injuries(norm, usable, deaths, poisoned is None)
        if injuries is None and deaths is not None and EARLIER_REPORT.search(norm):
            # the injured of an earlier report whose dead were told again, higher, and its injured never: "此前通报，…
            # 共造成4人死亡，3人受伤，伤者已送医院治疗。…事故死亡人数已经上升至5人" is 3 injured
            injuries, serious = self._stated_injuries(
                norm, lambda pos: usable(pos, earlier_ok=True), deaths, poisoned is None
            )
        if injuries is not None and serious is not None and injuries[0] == serious[0]:
            # only the badly hurt counted, where the people taken to hospital are told with them as a part: all of
            # those are the injured ("…泄漏致104人住院3人重伤" over "造成104人住院治疗，其中3人伤势较重")
            for m in HOSPITAL_COUNT.finditer(norm):
                part = BADLY_HURT_PART.match(norm, m.end())
                if part is None or not usable(m.start()) or HOSPITAL_DIED.match(norm, m.end()):
                    continue
                with contextlib.suppress(ValueError):
                    if (n := _hospital_n(m)) > injuries[0] and cn_to_int(part.group(1)) == serious[0]:
                        injuries = (n, Span(m.start(), m.end()))
                        break
        nones = [
            m
            for m in NO_CASUALTY.finditer(norm)
            if kind_at(m.start()) != "lesson"
            and not PAST_EVENT.search(norm, _sentence_at(norm, m.start())[0], m.start())
        ]
        # "除司机受轻伤外，无人员伤亡": nobody else, an exception told (see `_excepted_victims`)
        excepted = [m for m in nones if _exception_before(norm, m.start(), m.end())]
        none = next((m for m in nones if m not in excepted), None)
        none_kind = _none_kind(none)
        # (or the lead's dead are those who died on the spot: "事故造成2人当场死亡，5人重伤。重伤者中4人送医后死亡")
        if deaths is not None and (
            deaths[1].start >= _lead_end(norm) or re.search(r"当场|现场", norm[deaths[1].start : deaths[1].end])
        ):
            deaths, injuries = _later_deaths(norm, deaths, injuries, usable)
        if deaths is not None:
            deaths = _trapped_found_dead(norm, deaths, usable) or deaths
        if deaths is None and none_kind in ("", "受伤"):
            deaths = _listed_victims(norm, "死", kind_at) or self._named_victims(
                norm, DEATH_WORD, kind_at, dwin, usable
            )
        if deaths is None and none_kind in ("", "受伤"):
            deaths = _all_trapped_dead(norm, usable)
        died_injured = False
        if deaths is None and none_kind in ("", "受伤"):
            # one victim told without a count or a name before the verb: "…跌落至地面，…经抢救无效死亡"
            one = next(
                (
                    m
                    for m in _find(ONE_DEATH, norm, dwin)
                    if usable(m.start()) and not _prevented(norm, m.start()) and not _animal_victim(norm, m.start())
                ),
                None,
            )
            if one is not None and kind_at(one.start()) not in ("lesson", "responsibility"):
                sa = _sentence_at(norm, one.start())[0]
                counted = list(COUNTED_BEFORE.finditer(norm, sa, one.start()))
                if not counted and sa > 0 and PLURAL_DEATH.search(norm, max(sa, one.start() - 2), one.end()):
                    # the people counted in the sentence before, who all died: "造成3人窒息，伤者被…送往医院救治。目前，
                    # 经抢救无效先后死亡" is 3
                    counted = list(COUNTED_BEFORE.finditer(norm, _sentence_at(norm, sa - 1)[0], sa))
                if ONE_OF.search(norm, max(sa, one.start() - 6), one.start()) or FIRST_BODY.search(one.group()):
                    # "两名工人被埋，挖出来后一个没救过来", "六人被埋，据悉已发现首具尸体": one of them
                    counted = []
                elif counted and re.search(r"其中\s*" + _ANON_NAME, norm[counted[-1].end() : one.start()]):
                    counted = []  # "造成3人受伤，其中王某…经抢救无效于当日死亡": one of them, named
                n = cn_to_int(next(x for x in counted[-1].groups() if x)) if counted else 1
                if not counted and KIN_PAIR_DEAD.search(norm, sa, one.start()):
                    n = 2  # "一对父子被发现倒在草莓地里，被送往医院后终因抢救无效不幸身亡", "父子俩已不幸身亡"
                deaths = (n, Span(counted[-1].start() if counted else one.start(), one.end()))
                named = None if counted else _named_subject(norm, sa, one.start())
                if named is not None:
                    # "赵某、钱某被抛落至防火堤内，当场死亡": the victims named at the head of the sentence
                    deaths = (named[0], Span(named[1], one.end()))
                if injuries is not None and deaths[1].start <= injuries[1].start < deaths[1].end:
                    injuries = serious = None  # "导致3名施工人员重伤，经医院抢救无效相继死亡": the same people
                    died_injured = True
        if deaths is None and none_kind in ("", "受伤"):
            # victims named as hurt, whose sentence goes on to their death: "工人张某和李某被火焰严重烧伤，经送医抢救
            # 无效，于当晚先后死亡" is 2 dead
            win = _windows(norm, INJ_ANCHOR)
            deaths = self._named_victims(norm, HURT_VICTIM_WORD, kind_at, win, usable, then_died=True)
        stated_injuries = injuries
        if (
            injuries is not None
            and deaths is not None
            and (
                _died_of_injured(norm, deaths[1], injuries[1])
                or _died_of_wounds_later(norm, deaths, injuries)
                or ((again := _dead_again(norm, deaths, injuries[1])) is not None
                    and (_died_of_injured(norm, again, injuries[1])
                         or again.start >= _sentence_at(norm, injuries[1].start)[1]))
            )
        ):
            # "5名工人被烧伤，其中2人经抢救无效死亡": the dead are part of the injured, who are 3
            injuries = (injuries[0] - deaths[0], injuries[1])
        elif injuries is not None and (died := _injured_accounted(norm, injuries)) is not None:
            injuries = (injuries[0] - died, injuries[1])
        elif injuries is not None and deaths is not None and _all_injured_died(norm, injuries):
            injuries = (0, injuries[1])
        elif injuries is not None and deaths is not None and (died := _wounded_died_again(norm, injuries)):
            injuries = (injuries[0] - died, injuries[1])
        elif injuries is not None and deaths is not None and (died := _hurt_died_after(norm, deaths, injuries)):
            injuries = (injuries[0] - died, injuries[1])
        elif injuries is not None and deaths is not None and _the_one_injured_died(norm, deaths, injuries):
            injuries = None  # "一名工人不慎坠落受伤…伤者经抢救无效死亡，本次事故造成一人死亡": the dead man only
            # (nor the wounded named later as hurt: "造成1人重伤。伤者于2022年11月19日不治身亡。…伤者代某江，男")
            died_injured = True
        elif injuries is not None and deaths is not None and (died := _parts_died(norm, injuries)):
            injuries = (injuries[0] - died, injuries[1])
        elif injuries is not None and deaths is not None and _wounded_died_before(norm, deaths, injuries):
            injuries = (injuries[0] - deaths[0], injuries[1])
        if injuries is not None and injuries[0] < 0:
            # (more dead than injured: the dead were no part of them, "零人受伤，其中3人经抢救无效死亡")
            injuries = stated_injuries
        if deaths is not None and (injuries is None or _part_of_sentence(norm, injuries[1].start)):
            # "造成38人伤亡，其中31人死亡，7人…（危重1人、…）": the casualties less the dead, not a part of them
            injuries = _injured_of_total(norm, deaths, usable, injuries[1] if injuries else None) or injuries
        elif deaths is not None and injuries is not None:
            # the injured told as many as the casualties of the deaths' sentence: the dead were among them ("造成3人
            # 伤亡，其中1人死亡。…造成三名维修工人受伤。经医院全力抢救，1名工人伤重死亡" is 2 injured)
            rest_hurt = _injured_of_total(norm, deaths, usable)
            if rest_hurt is not None and rest_hurt[0] + deaths[0] == injuries[0]:
                injuries = (rest_hurt[0], injuries[1])
        if injuries is not None and poisoned is not None and _poisoned_wounded(norm, injuries):
            injuries = None  # "13人中毒 … 4名伤者被送往医院": the wounded are the poisoned, nobody told as hurt
        if injuries is not None and deaths is not None:
            # the injured left after some died, told as the rest: "…8人受伤。…又有2名重伤人员经抢救无效死亡。…其余6名
            # 伤员正在医院治疗"
            # (not the rest after those who went home, who were hurt too: "20名乘客不同程度受伤。…7名伤者已治疗离院
            # 回家，其余13名伤者继续住院治疗" is 20)
            rest = next(
                (
                    m
                    for m in REST_WOUNDED.finditer(norm, injuries[1].end)
                    if usable(m.start())
                    and not WENT_HOME.search(norm, max(_sentence_at(norm, m.start())[0], m.start() - 24), m.start())
                ),
                None,
            )
            n_rest = cn_to_int(rest.group(1) or rest.group(2)) if rest is not None else 0
            if rest is not None and n_rest < injuries[0]:
                injuries = (n_rest, Span(rest.start(), rest.end()))
            elif rest is not None and "重伤" in norm[injuries[1].start : injuries[1].end]:
                # the rest of the wounded told after the badly hurt, more of them: "致2人遇难，2人因重伤送往省会西宁医院
                # 救治，其余6名伤者在该县医院救治" is 8
                injuries = (injuries[0] + n_rest, Span(injuries[1].start, rest.end()))
        if injuries is not None and injuries[0] > 0 and _rank(norm, injuries[1].start) == 2:
            injuries = self._with_named_injured(norm, injuries, kind_at, usable)
        # (where an unnumbered many were hurt, the victims told one by one are a part of them, no count of all: "数人
        # 受伤。…大火中操作工被烧伤"; "酿成至少1死多人受伤。…现场有多名游客倒地，…头部、腿部等不同部位受伤")
        counting = injuries is None and none_kind in ("", "死亡") and not died_injured
        if counting and VAGUE_HURT.search(norm):
            injuries = _listed_victims(norm, "伤", kind_at)
        elif counting:
            injuries = (
                _listed_victims(norm, "伤", kind_at)
                or _all_listed_hurt(norm, kind_at, usable)
                or _excepted_victims(norm, excepted)
                or self._kin_and_named(norm, kind_at, usable)
                or self._named_victims(norm, HURT_VICTIM_WORD, kind_at, _windows(norm, INJ_ANCHOR), usable)
                or self._treated_victims(norm, kind_at, usable)
                or _one_told_hurt(norm, PRONOUN_HURT, kind_at, usable)
                or _one_told_hurt(norm, KIN_OF_ONE_HURT, kind_at, usable)
                or self._body_hurt_victims(norm, kind_at, usable, another_only=bool(deaths))
                or next(
                    (
                        (1, Span(m.start(), m.end()))
                        for m in GRADED_HURT.finditer(norm)
                        if usable(m.start()) and kind_at(m.start()) not in ("lesson", "responsibility")
                    ),
                    None,
                )
            )
        others = next((m for m in OTHERS_NONE.finditer(norm) if kind_at(m.start()) != "lesson"), None)
        if excepted and (others is None or excepted[0].start() < others.start()):
            others = excepted[0]
        # "幸无他人伤及": the rest are zero once the victims are counted. It says there was a victim, so with none
        # counted it gives nothing (not "nobody was hurt").
        victims_counted = any(c is not None and c[0] > 0 for c in (deaths, injuries))
        if others is not None and none is None and victims_counted:
            kind = _others_kind(others)
            if deaths is None and kind != "受伤":
                deaths = (0, Span(others.start(), others.end()))
            if injuries is None and kind != "死亡":
                injuries = (0, Span(others.start(), others.end()))
        if deaths is not None and _named_dead_before(norm, deaths, usable):
            # (one more dead, no part of the injured, who are counted already)
            deaths = (deaths[0] + 1, deaths[1])
        if deaths:
            rep.deaths, rep.spans["deaths"] = deaths
        elif none and (none_kind in ("伤亡", "死亡") or (none_kind == "受伤" and self._nobody_dead(norm, kind_at))):
            rep.deaths, rep.spans["deaths"] = 0, Span(none.start(), none.end())
        if none_kind == "死亡":
            # "幸无人死亡。…由于灭火抢救及时，无人员伤亡": nobody dead first, then nobody hurt either
            none = next((m for m in nones if m not in excepted and _none_kind(m) in ("伤亡", "受伤")), none)
            none_kind = _none_kind(none)
        if injuries:
            rep.injuries, rep.spans["injuries"] = injuries
        elif none and none_kind in ("伤亡", "受伤"):
            rep.injuries, rep.spans["injuries"] = 0, Span(none.start(), none.end())
        if rep.title:
            _title_tally(rep, norm)
            _title_toll_risen(rep)
        if rep.injuries is None and not rep.deaths and not poisoned and not died_injured and none_kind in ("", "死亡"):
            if told := _wounded_told(norm, kind_at, usable):
                rep.injuries, rep.spans["injuries"] = told
        if rep.injuries is None and not poisoned and none_kind in ("", "死亡"):
            if saved := _saved_counted(norm, usable):
                rep.injuries, rep.spans["injuries"] = saved
        if rep.deaths is None and rep.injuries and others is not None and none is None:
            # (the others' none, once a victim is counted by those late readers: "造成该女孩受伤，现场无其他人员伤亡")
            if _others_kind(others) != "受伤":
                rep.deaths, rep.spans["deaths"] = 0, Span(others.start(), others.end())
        if serious:
            rep.serious_injuries, rep.spans["serious_injuries"] = serious
        if missing:
            rep.missing, rep.spans["missing"] = missing
        if poisoned:
            rep.poisoned, rep.spans["poisoned"] = poisoned
        if (
            rep.deaths is None
            and (rep.injuries or serious)
            and not missing
            and not ANY_DEATH.search(norm)
            and not STILL_IN_DANGER.search(norm)
        ):
            # the injured told out of danger, no death told anywhere: nobody died, as the labels take it ("三名食客
            # 伤势…所幸并无生命危险", "受伤工人…目前已脱离生命危险"; not the poisoned alone, where the labels split:
            # "71名中毒人员生命体征平稳" is left open by them three times in five)
            safe = next(
                (m for m in VICTIMS_SAFE.finditer(norm) if usable(m.start()) and kind_at(m.start()) != "lesson"), None
            )
            if safe is not None:
                rep.deaths, rep.spans["deaths"] = 0, Span(safe.start(), safe.end())

    def _nobody_dead(self, norm: str, kind_at: _KindAt) -> bool:
        """Nobody hurt, no death told anywhere and nobody told as harmed: "车上人员没有受伤" leaves nobody dead either
        (not "几名工人迅速跑开，无人受伤" beside a crane driver taken to hospital)."""
        return not ANY_DEATH.search(norm) and not self.someone_harmed(norm, kind_at)

    def _stated_deaths(
        self, norm: str, usable: Callable[[int], bool], groups: list[re.Match[str]], win: list[tuple[int, int]]
    ) -> tuple[int, Span] | None:
        found: list[tuple[int, int, Span]] = []  # (rank, value, span)
        for rx in DEATH_RES:
            for m in _find(rx, norm, win):
                if not usable(m.start()):
                    continue
                try:
                    n = cn_to_int(m.group(1)) * _each(norm, m.start(1)) + _other_sex(norm, m.end(1))
                except ValueError:
                    continue
                if m.start(1) == m.start():  # the count first: people named by a role before it die with them
                    sa = _sentence_at(norm, m.start())[0]
                    n += self._bare_victims(norm, sa, m.start(), m.start())
                    if not any(g.start() <= m.start() < g.end() for g in groups):  # (groups are added below)
                        n += _counted_before(norm, sa, m.start())
                found.append((_rank(norm, m.start(1)), n, Span(m.start(), m.end())))
        if not found:
            return _add_groups(norm, None, groups)
        found.sort(key=lambda f: f[2].start)
        lowest = min(f[0] for f in found)  # with no statement of the whole, any count starts one
        # each statement with the later groups of its sentence: "2人当场死亡，1人经抢救无效死亡"
        stated: list[tuple[int, int, Span]] = []
        for i, (rank, n, span) in enumerate(found):
            if rank == 2 and lowest < 2:
                continue
            sa, sb = _sentence_at(norm, span.start)
            # (or right before a count told after its verb: "当场死亡1人，…两人经抢救无效死亡")
            first_partial = bool(
                PARTIAL.search(norm, span.start, span.end) or PARTIAL_BEFORE.search(norm, 0, span.start)
            )
            later = [f for f in found[i + 1 :] if span.end <= f[2].start < sb]
            # "造成3人死亡，2人当场死亡，1人经抢救无效死亡": the later groups add up to the first, a breakdown;
            # "造成2人死亡，1人送医院后经抢救无效死亡": they do not, a further group
            # (or those on the spot alone, fewer than the whole, the rest told in words no count reads: "死亡68人，
            # 44人现场死亡，途中24人治疗无效")
            breakdown = sum(f[1] for f in later) == n or (
                bool(later)
                and sum(f[1] for f in later) < n
                and all(PARTIAL.search(norm, f[2].start, f[2].end) for f in later)
            )
            for _r2, n2, sp2 in found[i + 1 :]:
                if sp2.start >= sb:
                    break
                if sp2.start < span.end:
                    continue
                # parts of one breakdown, the first of those who died on the spot or each dead of their wounds:
                # "造成4名工作人员触电，其中3人当场死亡，1人送往医院抢救无效死亡" is 4 dead, "造成3人重伤，其中1人在送往
                # 医院途中死亡，2人在医院抢救无效死亡" 3
                siblings = (
                    _is_part(norm, sa, span.start)
                    and "其中" not in norm[span.start : sp2.start]
                    and (first_partial or bool(DIED_OF_WOUNDS.search(norm, span.start, span.end)))
                )
                if siblings and (first_partial or DIED_OF_WOUNDS.search(norm, sp2.start, sp2.end)):
                    n, span = n + n2, Span(span.start, sp2.end)
                    continue
                if _is_part(norm, sa, sp2.start) and not _part_of_later_injured(norm, span.end, sp2):
                    continue
                if any(g.start() <= sp2.start < g.end() for g in groups):
                    continue  # the last of the groups "1名老人和1名小孩也遇难": added with them below
                # groups of one statement: "2人当场死亡，1人经抢救无效死亡", "大客车52人死亡，轻型货车2人死亡"
                if not norm[sp2.start].isdigit() and norm[sp2.start] not in NUM_CHARS:
                    continue  # "死亡4人均为…" restates a count
                if n2 == n and RESTATED_ALL.search(norm, max(span.end, sp2.start - 4), sp2.end):
                    continue  # "被困的10名矿工的遗体被发现，至此10名矿工全部遇难": the same people, summed up
                if n2 == n and HEADLINE_DEAD.match(norm, span.start):
                    continue  # "…爆炸造成4死6伤 本报温州8月2日电…造成4人死亡6人受伤": a headline's count, told again
                if n2 == n and re.search(r"[:：]", norm[span.end : sp2.start]):
                    # "甲酸甲酯泄漏造成8人死亡:2021年6月12日凌晨，…造成8人中毒死亡": a headline's count before the
                    # colon that opens the story, told again
                    continue
                # (two groups told dead clause after clause, with no whole stated: "1人送往卫生院后死亡，3名被困人员
                # 窒息死亡" is 4)
                adjacent = not norm[span.end : sp2.start].strip("，, ")
                enumerated = rank == 2 == _rank(norm, sp2.start) and not breakdown and adjacent
                if (
                    first_partial
                    or enumerated
                    or ADD_MARK.search(norm, span.end, sp2.start)
                    or (_rank(norm, sp2.start) < 2 and not (breakdown and BREAKDOWN.search(norm, sp2.start, sp2.end)))
                ):
                    n, span = n + n2, Span(span.start, sp2.end)
            grouped = _add_groups(norm, (n, span), groups)
            if grouped and grouped[1].start <= span.start < grouped[1].end:  # "车内2人和村民4人死亡"
                n, span = grouped
            stated.append((rank, n, span))
        return _choose(norm, _with_further_sentence(norm, stated, found))

    def _stated_injuries(
        self, norm: str, usable: Callable[[int], bool], deaths: tuple[int, Span] | None, treated: bool = True
    ) -> tuple[tuple[int, Span] | None, tuple[int, Span] | None]:
        """(injuries, serious injuries): the groups of one statement added up. With `treated`, the people taken to
        hospital count too where no injured count is stated (see `_hospital_items`)."""
        by_sentence: dict[tuple[int, int], list[tuple[str, int, Span, bool]]] = {}
        for m in _find(INJ_ITEM, norm, _windows(norm, INJ_ANCHOR)):
            if not usable(m.start()):
                continue
            if HARM_DENIED.search(m.group()):
                continue  # "车上23名乘客和驾驶员均未受伤": a group nobody of which was hurt
            if re.search(r"除(?:了)?\s*$", norm[max(0, m.start() - 3) : m.start()]) and REST_HURT_AFTER.match(
                norm, m.end()
            ):
                continue  # "除1名重伤人员外，其他受伤人员已治愈出院": a part of the injured, whose whole is not told
            died = INJURED_THEN_DIED.match(norm, m.end())
            if died and not COUNTED_IN.search(died.group()) and not DEATH_DENIED.search(died.group()):
                # "2名工人重伤，经医院救治无效死亡": the group died (not "…后送医，其中1人死亡", "…暂无人员死亡")
                continue
            g = m.groupdict()
            if g["lst"] is not None:
                nums = [cn_to_int(x.group(1)) for x in INJ_LIST_ITEM.finditer(g["lst"])]
                if not nums:
                    continue
                kind = "serious" if g["s0"] else "minor" if g["m0"] else "any"
                sent = _sentence_at(norm, m.start())
                part = _is_part(norm, sent[0], m.start())
                n = sum(nums) + self._bare_victims(norm, sent[0], m.start(), m.end())
                by_sentence.setdefault(sent, []).append((kind, n, Span(m.start(), m.end()), part))
                continue
            if g["n1"] is not None:
                num, kind = g["n1"], "serious" if g["s1"] else "minor" if g["m1"] else "any"
            elif g["n2"] is not None:
                num, kind = g["n2"], "serious" if g["s2"] else "minor" if g["m2"] else "any"
            else:
                num = g["n3"] or g["n4"] or g["n5"] or g["n6"] or g["n7"]
                kind = "ref" if g["n4"] else "serious" if g["s3"] or g["s7"] else "any"
            try:
                n = cn_to_int(num) * (_each(norm, m.start("n1")) if g["n1"] is not None else 1)
                n += _other_sex(norm, m.end("n1")) if g["n1"] is not None else 0
            except ValueError:
                continue
            sent = _sentence_at(norm, m.start())
            part = _is_part(norm, sent[0], m.start())
            if g["n1"] is not None:
                n += self._bare_victims(norm, sent[0], m.start(), m.end())
            by_sentence.setdefault(sent, []).append((kind, n, Span(m.start(), m.end()), part))
        if treated:
            by_sentence = _with_hospital_items(norm, usable, by_sentence)
        if not by_sentence:
            return None, None
        totals: dict[int, tuple[int, Span, tuple[int, Span] | None]] = {}
        all_hurt: set[int] = set()  # the statements counting the injured of every degree alone ("25人受伤")
        ranked: list[tuple[int, int, Span]] = []
        for sent, items in by_sentence.items():
            # "4名伤者中有两人…，另外两人…", "4名伤者…，其中3名…，另一个伤者…": once a count is broken down, the
            # groups after it ("另…" too) are its parts
            # the rest after a part is a part too: "两名男子从空中摔下，其中一人伤势较轻，另一人则伤势较重"
            items = [
                (k, n, sp, part or (i > 0 and items[i - 1][3] and bool(REST_PART.search(norm, sp.start - 3, sp.start))))
                for i, (k, n, sp, part) in enumerate(items)
            ]
            # (or the later groups adding up to the first: "3人轻伤，1人为手部外伤，2人头部外伤")
            adds_up = len(items) > 2 and sum(i[1] for i in items[1:]) == items[0][1]
            sub = [
                i > 0
                and (
                    adds_up
                    or _broken_down_before(norm, items[0][2].start, sp.start)
                    or self._degree_of_first(norm, items[0], (k, n, sp))
                )
                for i, (k, n, sp, _part) in enumerate(items)
            ]
            # (a sentence whose counts are all parts of a whole, "现场共有107人，其中39人平安，目前已有19人死亡，
            # 49人受伤，其中8人伤势较重": the parts less those of the first injured group, the 8 of the 49)
            whole = [i for i, s in zip(items, sub, strict=True) if not s] or items
            items = [(k, n, sp, part or s) for (k, n, sp, part), s in zip(items, sub, strict=True)]
            top = _without_restated(norm, [i for i in items if not i[3]] or whole)
            n = sum(i[1] for i in top)
            span = Span(top[0][2].start, top[-1][2].end)
            ser = [i for i in items if i[0] == "serious"]
            serious = (sum(i[1] for i in ser if not i[3]) or sum(i[1] for i in ser), ser[0][2]) if ser else None
            totals[span.start] = (n, span, serious)
            if all(i[0] == "any" for i in top):
                all_hurt.add(span.start)
            rank = min(_rank(norm, i[2].start) for i in items)
            if deaths is not None and sent[0] <= deaths[1].start < sent[1]:
                rank = 0  # the sentence that states the deaths states the injured too
            ranked.append((rank, n, span))
        chosen = _choose(norm, sorted(ranked, key=lambda r: r[2].start))
        if chosen is None:
            return None, None
        n, span, serious = totals[chosen[1].start]
        if serious is not None and serious[0] == n:
            # only the badly hurt were counted there, and another statement gives all the injured, more of them:
            # "其中现场造成8人死亡，…另有4名重伤者术后已脱离生命危险，其他乘客伤势平稳。…目前事故已造成12人死亡，25人
            # 受伤" is 25
            told_all = [r for r in ranked if r[0] <= 1 and r[2].start in all_hurt and r[1] > n]
            if told_all:
                n, span, serious = totals[min(told_all, key=lambda r: (r[0], r[2].start))[2].start]
        over = OVER_BEFORE.search(norm, max(0, span.start - 3), span.start) is not None
        if ROUGH_COUNT.match(norm, span.start, span.end) or over:
            # a round figure ("600多人受伤", "逾120人受伤") and the exact one told later within it ("640人因受伤正在接受
            # 治疗", "另有123人受伤")
            step = 10 ** (len(str(n)) - 1) if n >= 10 else 1
            finer = next((t for st, t in sorted(totals.items()) if st > span.start and n < t[0] < n + step), None)
            if finer is not None:
                n, span, serious = finer
        # a further group told in the next sentence as such: "…重伤2人，轻伤3人。另有34人被震碎玻璃轻微划伤" is 39
        nb = _sentence_at(norm, span.start)[1]
        further = next((t for st, t in sorted(totals.items()) if st >= nb), None)
        if further is not None and FURTHER_GROUP.fullmatch(norm, nb, further[1].start):
            n, span = n + further[0], Span(span.start, further[1].end)
        return (n, span), serious

    @staticmethod
    def _degree_of_first(
        norm: str, first: tuple[str, int, Span, bool], item: tuple[str, int, Span]
    ) -> bool:
        """A smaller group told by how badly it was hurt after a group of all the injured is a part of it:
        "7人受伤，5人重伤" is 7, "屋内8人全部重度烧伤，6人伤势较重" is 8 (not "3人重伤、2人轻伤", two kinds)."""
        kind, n, span = item
        if n >= first[1] or ADD_MARK.search(norm, first[2].end, span.start):
            return False
        whole = ALL_OF.search(norm, first[2].start, first[2].end) is not None
        return whole or (first[0] == "any" and kind != "any")

    def _named_victims(
        self,
        norm: str,
        word: str,
        kind_at: _KindAt,
        win: list[tuple[int, int]],
        usable: Callable[[int], bool] | None = None,
        then_died: bool = False,
    ) -> tuple[int, Span] | None:
        """Victims named one by one with no count: "副主任戴xx被灼伤", "驾驶员受伤", "杨远灿、江廷平当场死亡"."""
        found = self._named_victim_list(norm, word, kind_at, win, usable, then_died)
        seen = _one_each({self._victim_key(n) for names, _span in found for n in names}, self._roles)
        # (a role told of both parties of a collision is two: "事故造成…5名乘客当场死亡，双方驾驶员受伤")
        both = {
            self._victim_key(names[0]) for names, sp in found if len(names) == 1 and norm.endswith("双方", 0, sp.start)
        }
        return (len(seen) + len(both), found[0][1]) if found else None

    def _kin_and_named(
        self, norm: str, kind_at: _KindAt, usable: Callable[[int], bool]
    ) -> tuple[int, Span] | None:
        """Relatives hurt together (`_kin_hurt`), and the victims named before them when the relatives are told as
        further victims: "曹某…被烧伤，…的一对情侣也被硫酸溅到烧伤" is 3."""
        kin = _kin_hurt(norm, kind_at, usable)
        if kin is None or not re.search(r"也|还|另", norm[kin[1].start : kin[1].end]):
            return kin
        named = self._named_victims(norm, HURT_VICTIM_WORD, kind_at, _windows(norm, INJ_ANCHOR), usable)
        named = named or self._body_hurt_victims(norm, kind_at, usable)
        if named is None or named[1].start >= kin[1].start:
            return kin
        return kin[0] + named[0], Span(named[1].start, kin[1].end)

    def _with_named_injured(
        self, norm: str, injuries: tuple[int, Span], kind_at: _KindAt, usable: Callable[[int], bool]
    ) -> tuple[int, Span]:
        """A count told in the narrative (no total, no result statement) and victims named apart from its groups:
        "3位民警、两名司机…被灼伤，罐车押运员李某面部烧伤" is 6; a named 司机 is one of "两名司机", not added."""
        counted = norm[injuries[1].start : injuries[1].end]
        if ALL_COUNTED.match(counted):
            return injuries  # "严某…划伤，…金某…左腿骨折。二人均送医治疗": the named told again as a group, all of it
        roles = sorted(self._roles, key=len, reverse=True)
        extra: set[str] = set()
        win = _windows(norm, INJ_ANCHOR)
        for names, span in self._named_victim_list(norm, HURT_VICTIM_WORD, kind_at, win, usable):
            if span.start < injuries[1].end and injuries[1].start < span.end:
                continue
            if _quoted(norm, span.start):
                continue  # a witness's words ("还有老板娘腿上被烫伤了") tell of the victims already counted
            if THE_INJURED_BEFORE.search(norm, max(0, span.start - 6), span.start):
                continue  # "4人当场死亡，1人受伤。…受伤的工人许东振左腿骨折": the injured already counted, named
            if COUNTED_HARM.search(norm, span.start, span.end):
                continue  # a group with a count, not one person: "员工一死两重伤"
            if BROKEN_DOWN.search(norm, _sentence_at(norm, span.start)[0], span.start):
                continue  # one of a counted group broken down: "3名受伤者中，2人…，另一老人腿也被划伤"
            for n in names:
                role = next((r for r in roles if n.startswith(r)), "")
                if role and (role in counted or (role in ("驾驶员", "驾驶人") and "司机" in counted)):
                    continue  # one of a counted group
                if role and self._role_counted(norm, role):
                    continue  # "两名液化气公司的工人…受伤" told elsewhere: a named 工人 is one of them
                if role and _joined_to_count(norm, role):
                    continue  # "锅炉工和一名维修工受伤" under "两人受伤": named with a counted group, one of a total
                if role:  # a name alone may be one of the counted
                    extra.add(n)
        return (injuries[0] + len(extra), injuries[1]) if extra else injuries

    def _role_counted(self, norm: str, role: str) -> bool:
        """The text counts a group of this role as hurt somewhere: "两名燃气公司的工人在换气瓶时受伤", "一名78岁的老人
        被火烧伤" (an age between)."""
        rx = re.compile(
            r"(?<![数几])(" + NUM + r")\s*(?:名|位|个)(?:\d{1,3}\s*岁)?[^，,。；;\d]{0,16}?" + re.escape(role)
            + r"[^。；;\n]{0,30}?"
            + r"(?:" + HURT_WORD + r"|" + SERIOUS_WORD + r"|" + MINOR_WORD + r")"
        )
        return rx.search(norm) is not None

    def _named_victim_list(
        self,
        norm: str,
        word: str,
        kind_at: _KindAt,
        win: list[tuple[int, int]],
        usable: Callable[[int], bool] | None = None,
        then_died: bool = False,
    ) -> list[tuple[list[str], Span]]:
        """Each mention of victims named with no count: (their names or roles, span). With `then_died`, only the hurt
        whose sentence goes on to their death ("张某和李某被严重烧伤，经送医抢救无效，于当晚先后死亡")."""
        rx = self._victim_re.get(word)
        if rx is None:
            between = (
                # ("火灾造成佘某某本人烧伤": the person himself)
                r"\s*(?:本人)?(?:被|也|均|都)?\s*(?:当场|不幸|" + LATE_DEATH + r")?\s*"
                # a victim found and confirmed dead: "搜救人员找到孙*，经确认已死亡", "王某被确认已经死亡"
                r"(?:[，,]?\s*(?:经[^，,。；;\d]{0,6}?确认|被确认)\s*)?(?:已经?)?"
                # the passive with its agent: "董女士和樊先生被爆炸产生的高温灼伤"
                # ("刘阳在帮助拉动破碎机皮带时被机器绞伤右手")
                r"(?:被(?:[^，,。；;\d死亡伤被送]{0,10}?(?=[烧灼烫砸炸摔撞擦冻压划割挤碰跌震轧碾夹刺扎溅击受绞卷切锯]))?)?"
                # "张某吸入氯气后中毒身亡": the poisoning or asphyxia that killed the victim
                r"(?:(?:吸入|接触)[^，,。；;\d]{0,8}?后?)?(?:中毒|窒息)?"
                # "…不幸中毒当场死亡"
                r"(?:当场)?"
            )
            # victims each with a role or a name, joined: "驾驶员王某和押运员李某", "王某和李某"
            item = (
                r"(?:"
                + TRADE_NAMED
                + r"|"
                + TRADE_FULL_NAMED
                + r"|(?:"
                + self._role_alt
                + r"|"
                + VICTIM_GROUPS
                + r")\s*(?:"
                + NAME_RE
                + r")?|[\u4e00-\u9fff]"
                + ANON
                # a polite name, a relative's too: "董女士和表兄樊先生被…灼伤"
                + r"|(?:" + KIN_OF + r")?" + HONORIFIC_NAME
                + ")"
            )
            groups = VICTIM_GROUPS + ("|" + KIN_DEAD if word == DEATH_WORD else "")
            rx = re.compile(
                r"(?:((?:" + self._role_alt + r"|" + groups + r")"
                r"(?:(?:和|、|及|与)(?:" + self._role_alt + r"))*)"
                # (not what the role said: "工人称当时受伤的工人…")
                r"\s*((?:(?![称说讲])(?:" + NAME_RE + r"))?)(?<![和及与、])|((?:" + NAME_RE + r")"
                # one victim with an anonymised name and no role: "爆燃导致吴某身体多处烧伤"
                r"(?:、(?:" + NAME_RE + r"))+|[\u4e00-\u9fff]" + ANON + r"|" + HONORIFIC_NAME + r")"
                r"|(" + item + r"(?:(?:和|、|以及|及|与)" + item + r")+))"
                # (what the victim was doing between: "值班操作工在关闭燃烧器时面部及双手被烧伤")
                # (not 当时, when the role said something: "工人称当时受伤的工人就站在楼下")
                r"(?:(?:在[^，,。；;\d]{1,14}?|[^，,。；;\d死亡伤]{1,6}?)(?:(?<!当)时|过程中))?"
                # (or what befell the victim, a comma and the body part hurt: "押运员刘某被甩出车外，腰部受伤")
                r"(?:[^，,。；;\d死亡伤]{1,8}?[，,](?=" + BODY_PART + r"))?"
                r"(?:" + BODY_PART + r")?" + between + word
            )
            self._victim_re[word] = rx
        out: list[tuple[list[str], Span]] = []
        for wa, wb in win:
            pos = wa
            while (m := rx.search(norm, pos, wb)) is not None:
                names = self._victim_names(m)
                # a rejected list of "names" ("员死亡、押运员") must not hide a role inside it (押运员受伤)
                pos = m.end() if names else m.start() + 1
                if not names or kind_at(m.start()) in ("lesson", "responsibility"):
                    continue
                if usable is not None and not usable(m.start()):  # "若罐体爆炸，司机和押运员都会被烧伤"
                    continue
                if _heading_line(norm, m.start()):
                    continue  # a subheading restates the story: "伐木工被砸伤救治无效身亡" above "李某超经救治无效死亡"
                if word != DEATH_WORD and bool(INJURED_THEN_DIED.match(norm, m.end())) != then_died:
                    continue  # "卸油工张某全身烧伤，经抢救无效死亡": the dead, not an injured
                if word != DEATH_WORD and not then_died:
                    # "将石某砸伤。…石某因伤势过重，于5月22日死亡": the dead, told further on, are not the injured
                    names = [n for n in names if not _died_later(norm, n, m.end())]
                    if not names:
                        continue
                if SUBJECT_DENIED.search(norm, max(0, m.start() - 8), m.start()):
                    continue  # "暂未发现有工人受伤", "没有工人受伤": nobody of the role was hurt
                if COUNTED_ROLE.search(norm, max(0, m.start() - 8), m.start()):
                    continue  # "造成多名工人受伤": a group with a count (or a vague one), not one person
                out.append((names, Span(m.start(), m.end())))
        if word == HURT_VICTIM_WORD and not then_died:
            out += self._hurt_objects(norm, kind_at, win, usable)
        return out

    def _hurt_objects(
        self, norm: str, kind_at: _KindAt, win: list[tuple[int, int]], usable: Callable[[int], bool] | None
    ) -> list[tuple[list[str], Span]]:
        """Victims told as what a hurt verb hurt, by role and maybe a name, with no count: "钢管滑落，砸伤工人张某右脚",
        "液化气罐起火，烧伤了店主" (a counted object, "砸伤了一名工人", is a count of its own)."""
        if self._hurt_object_re is None:
            who = r"(?:" + self._role_alt + r"|" + VICTIM_GROUPS + r")(?:" + NAME_RE + r")?"
            self._hurt_object_re = re.compile(
                r"(?:" + HURT_VERB + r")(?:了)?(" + who + r"(?:(?:和|及|与|、)" + who + r")*)"
            )
        out: list[tuple[list[str], Span]] = []
        for wa, wb in win:
            for m in self._hurt_object_re.finditer(norm, wa, wb):
                if kind_at(m.start()) in ("lesson", "responsibility") or (usable is not None and not usable(m.start())):
                    continue
                if INJURED_THEN_DIED.match(norm, m.end()) or _prevented(norm, m.start()):
                    continue  # "砸伤工人张某，经抢救无效死亡": the dead; "为避免撞伤行人": a purpose
                names = [n for n in re.split(r"和|及|与|、", m.group(1)) if n]
                names = [n for n in names if not _died_later(norm, n, m.end())]
                if names:
                    out.append((names, Span(m.start(), m.end())))
        return out

    def _bare_victims(self, norm: str, sa: int, a: int, b: int) -> int:
        """People named by a role with no count beside counted groups hurt together, one each: "2名乘客和司机受伤"
        is 3, "司机、押运员和一名路人受伤" is 3."""
        if self._bare_after is None or self._bare_before is None:
            who = r"(?:" + self._role_alt + r"|" + VICTIM_GROUPS + r")"
            self._bare_after = re.compile(r"(?:和|、|及|以及|与|跟)\s*" + who + r"(?!\s*(?:" + NUM + r"))")
            # (an anonymised name alone too: "赵某某及另一名工人受伤" is 2; or the subject told as himself: "使得自己和
            # 三名干活的工人不同程度受伤" is 4)
            named = r"(?:" + who + r"\s*(?:" + ANON + r")?|[\u4e00-\u9fff]" + ANON + r"|自己)"
            # (not a counted group's role: "导致6名工人和1名指挥人员…不幸遇难" is 7, no bare 工人)
            self._bare_before = re.compile(
                r"(?<![名位个\d])((?:" + named + r"\s*(?:、|和|以及|及|与|跟)\s*)+)(?:另外?)?$"
            )
        n = len(self._bare_after.findall(norm, a, b))
        before = self._bare_before.search(norm, max(sa, a - 30), a)
        if before is not None:
            n += len(re.findall(r"、|和|以及|及|与|跟", before.group(1)))
        return n

    def _treated_victims(self, norm: str, kind_at: _KindAt, usable: Callable[[int], bool]) -> tuple[int, Span] | None:
        """A victim as the subject of a clause whose sentence goes on to the injury's treatment or outcome:
        "司机张某从驾驶室跳下时摔伤", "押运员李某…被送往医院治疗", "装卸工王某…伤口缝合" (one victim each)."""
        if self._treated_re is None:
            self._treated_re = re.compile(
                r"(?:^|(?<=[，,。；;\n]))\s*(?:该车|车上|事故车辆?|罐车|货车|槽车)?的?"
                # (told by sex too: "消防接报到场处置后，男司机被送往医院救治")
                r"(?:男|女)?"
                r"((?:" + self._role_alt + r"|" + VICTIM_GROUPS + r")\s*(?:" + NAME_RE + r")?"
                r"|[\u4e00-\u9fff]" + ANON
                # (or a full name as the subject of the clause: "刘阳在帮助拉动皮带时被机器绞伤右手")
                + r"|(?<![\u4e00-\u9fff])"
                + SURNAME_CLASS
                + r"[\u4e00-\u9fff]{1,2}?(?=在|于|正在|被|不慎|因)"
                # (or by a nickname, as news features name a victim: "小王在操作压塑机时右手被压伤")
                + r"|(?<![\u4e00-\u9fff])[小老]"
                + SURNAME_CLASS
                + r"(?=在|于|正在|被|不慎|因)"
                + r")"
                r"([^。；;\n]{0,30}?)" + TREATED
            )
        seen: set[str] = set()
        bare: set[str] = set()
        first: Span | None = None
        # "受伤的司机被送往医院": the role the injury qualifies
        for m in self._hurt_role_re.finditer(norm):
            if usable(m.start()) and kind_at(m.start()) not in ("lesson", "responsibility"):
                if not TREATED_DIED.search(norm, m.end(), _sentence_at(norm, m.start())[1]):
                    seen.update(self._victim_key(v) for v in re.split(r"和|及|与|、", m.group(1)))
                    first = first or Span(m.start(), m.end())
        for m in self._treated_re.finditer(norm):
            if NOT_TREATED.search(m.group(2)) or kind_at(m.start()) in ("lesson", "responsibility"):
                continue
            if HARM_DENIED.search(norm, m.start(1), m.end()):
                continue  # "司机并没有受伤": the harm denied, read by the name pattern as a name ("并没有")
            sb = _sentence_at(norm, m.start())[1]
            if not usable(m.start()) or TREATED_DIED.search(norm, m.end(), sb):
                continue
            if m.group(1)[:1] in SURNAMES and (
                _name_died_after(norm, m.group(1), sb) or _name_died_before(norm, m.group(1), m.start())
            ):
                # "王崇魁被急救人员送到人民医院救治。21时许，王崇魁经抢救无效死亡": the dead, not an injured; so is
                # one told dead first, then how he was treated ("许某还是因伤势过重不幸身亡。…许某被送来时，尚有生命
                # 体征，…发现他左侧气胸")
                continue
            if m.group(1)[:1] in SURNAMES and m.group(1) not in self._roles and not ANON_END.search(m.group(1)):
                bare.add(m.group(1))
            else:
                seen.add(self._victim_key(m.group(1)))
            first = first or Span(m.start(1), m.end())
        # a full name told bare is the person told elsewhere with a role before it ("工人张仁兵…张仁兵被货车轧伤")
        seen.update(n for n in bare if not any(n[:2] in k for k in seen))
        # (not the poisoned or those short of air, with nobody told as hurt: "一名工人…沼气中毒导致被困井底…被困人员
        # 被成功救出，移交120送往医院救助")
        short_of_air = OUT_OF_AIR.search(norm) is not None and not HURT_ANY.search(norm)
        poisoned_only = _treated_are_poisoned(norm) or short_of_air
        for m in RESCUED_TAKEN.finditer(norm) if not poisoned_only else ():
            if re.search(NUM + r"\s*(?:名|个|位)$", norm[max(0, m.start() - 6) : m.start()]):
                continue  # "另2名被困人员成功救出，…送往医院": a counted group, counted (or not) elsewhere
            if usable(m.start()) and kind_at(m.start()) not in ("lesson", "responsibility"):
                sb = _sentence_at(norm, m.start())[1]
                # (nor one told dead in the next sentence: "被困女子被救出，送往医院抢救。遗憾的是，受伤女子还是
                # 不幸身亡")
                later = ONE_HURT_DIED.search(norm, *_sentence_at(norm, sb + 1)) if sb < len(norm) else None
                if not TREATED_DIED.search(norm, m.end(), sb) and not later and not seen:
                    seen.add("被困者")
                    first = first or Span(m.start(), m.end())
        if not seen and not WOUNDED_DIED.search(norm):
            # "一名男子从屋内跑出…伤者被送至医院抢救": the wounded with no count, after one person was told of, is that
            # person (unless the text goes on to tell the wounded died: "伤者因伤势过重抢救无效身亡")
            # (or the wounded told as who that one person was, with no person told before: "伤员是一名电焊工人")
            for m in itertools.chain(WOUNDED_TAKEN.finditer(norm), WOUNDED_IS_ONE.finditer(norm)):
                sb = _sentence_at(norm, m.start())[1]
                if m.re is WOUNDED_TAKEN and not ONE_PERSON.search(norm, max(0, m.start() - 300), m.start()):
                    continue
                if usable(m.start()) and kind_at(m.start()) not in ("lesson", "responsibility"):
                    if not TREATED_DIED.search(norm, m.end(), sb):
                        return 1, Span(m.start(), m.end())
        seen = _one_each(seen, self._roles)
        return (len(seen), first) if seen and first else None

    def _body_hurt_victims(
        self, norm: str, kind_at: _KindAt, usable: Callable[[int], bool], another_only: bool = False
    ) -> tuple[int, Span] | None:
        """Victims told by a hurt body part, a pronoun or an elided subject, with no count or role: one, or one per
        name told ("孙某手指被灼伤", "他的面部烧伤", "只是腿部受了伤"). With `another_only` (somebody died, and the
        dead's wounds are described too), only a person told as another one in the sentence: "有一个小伙子当时在楼下，
        后背被砸受伤"."""
        names: set[str] = set()
        group = 0
        first: Span | None = None
        for m in BODY_HURT.finditer(norm):
            if kind_at(m.start()) in ("lesson", "responsibility", "cause", "direct", "indirect"):
                continue
            if not usable(m.start()):
                continue
            told = "".join(g or "" for g in m.groups())
            counted = re.search(NUM + r"\s*(?:名|人|位|个)", told)
            if NOT_TREATED.search(told) or (counted and not re.fullmatch(r"一\s*(?:名|位|个)", counted.group())):
                continue  # a death, a precaution, a denial, or a counted group (counted elsewhere); not one person
            if NOT_AN_INJURY.match(norm, m.end()):
                continue
            sa, sb = _sentence_at(norm, m.start())
            if TREATED_DIED.search(norm, m.end(), sb) or INJURED_THEN_DIED.match(norm, m.end()):
                continue
            # all of a group freed in the clause before, alive and so none of the dead: "两名工人被救出，都是腿部
            # 受伤" is 2
            freed = FREED_BEFORE.search(norm, sa, m.start()) if re.match(r"\s*(?:都|均|全部|全都)", told) else None
            # (the line before too, where a poster's lines run on with no stop: "另1人虽侥幸逃生\n但身上多处严重烧伤")
            # (a line that ends with a stop ends the sentence before the harm's: its start follows the stop)
            from_ = norm.rfind("\n", 0, sa - 1) + 1 if sa > 0 and norm[sa - 1] == "\n" else sa
            if another_only and not ANOTHER_ONE.search(norm, from_, m.start()) and freed is None:
                dead = DEAD_NAMED_BEFORE.search(norm, sa, m.start())
                if dead is None or not m.group(1) or m.group(1) == (dead.group(1) or dead.group(2)):
                    continue
                if m.group(1)[:1] not in SURNAMES:
                    continue
            names.update(BODY_HURT_NAME.findall(told))
            with contextlib.suppress(ValueError):
                group = max(group, cn_to_int(freed.group(1)) if freed else 0)
            first = first or Span(m.start(), m.end())
        return (max(1, len(names), group), first) if first else None

    def someone_harmed(self, norm: str, kind_at: _KindAt) -> bool:
        """A person told as harmed with no count: "押运员王某脸部熏黑", "驾驶员李某中毒昏迷", "工人被埋"."""
        if self._harmed_re is None:
            people = self._role_alt + r"|" + VICTIM_GROUPS + r"|人员|群众|村民|居民"
            self._harmed_re = re.compile(
                r"(?:"
                + people
                # (someone, uncounted, right before the harm: "目前可以确定有人受伤，被医护抬上担架送往医院"; not "看到
                # 有人往外跑，…灶炉被烧坏")
                + r"|路人|多人|数人|几人|(?<![没无])有人(?=受伤|伤亡|死亡|遇难|身亡)|[\u4e00-\u9fff]"
                + ANON
                + r")"
                r"([^。；;\n]{0,16}?)"
                + PERSON_HARM
                # the wounded or the dead named as such, casualties with no count: "伤员被送往医院", "造成人员伤亡"
                + r"|()(?:伤员|伤者|遇难者|死者|受伤人员|死亡人员|遇难人员|(?:人员|多人|数人)(?:伤亡|死伤)|"
                + POISONED_NAMED
                + r")"
                # or felt unwell, or were taken in for treatment (see POISON_HARM)
                + r"|(?:"
                + people
                + r"|多人|数人|几人|"
                + HONORIFIC_NAME
                + r"|"
                + POISON_GROUPS
                + r")([^。；;\n]{0,16}?)"
                + POISON_HARM
                # or a gas felled them: "磷化氢毒倒了睡在隔壁的一家三口", "放倒7个油漆工"
                + r"|()(?:毒倒|熏倒|放倒)"
                # or the victim, told by a pronoun, taken to hospital: "将他送至附近医院", "该女子被迅速送往医院救治"
                + r"|()(?:(?:将|把)(?:他|她|其)|(?:他|她|该女子|该男子|伤者)(?:被)?)(?:紧急|迅速|立即|及时)?"
                r"送(?:往|到|至|进|入)?[^，,。；;]{0,8}?医院"
                # or a few people counted with no measure word fell: "两人失足坠楼"
                + r"|()(?<![\d零一二两三四五六七八九十])[一两二三四五六七八九十]人(?:失足|不慎)?(?:坠楼|坠落|摔落)"
            )
        for m in self._harmed_re.finditer(norm):
            ca = max(norm.rfind(p, 0, m.start()) for p in "，,。；;\n") + 1
            told = m.group(1) if m.group(1) is not None else m.group(3)
            if m.group(1) and PEOPLES_THINGS.match(m.group(1)):
                continue  # "几十间工人宿舍被烧": their lodgings harmed, not them
            if NOT_HARMED.search(told or norm[ca : m.start()]) or kind_at(m.start()) in (
                "lesson",
                "responsibility",
                "cause",
                "direct",
                "indirect",
            ):
                continue
            sa, sb = _sentence_at(norm, m.start())
            if statistics(norm, sa, m.end()) or hypothetical(norm, sa, m.end()):
                continue
            if m.group(3) is not None and POISON_ADVICE.search(norm, sa, sb):
                continue
            if norm.endswith("被困", 0, m.end()) and _trapped_only(norm, m.end()):
                continue
            return True
        return False

    def _victim_item(self, item: str) -> bool:
        """One victim of a joined list: a role, a role and a name (驾驶员王某), a name with a placeholder (李某), or a
        polite name (董女士, 表兄樊先生)."""
        if item[:1] in SURNAMES and re.fullmatch(r".\s?" + ANON, item):
            return True
        if re.fullmatch(TRADE_NAMED, item):
            return True  # "喷漆工张某", "正在煮浆的工人李某": a trade of its own and a placeholder name
        if re.fullmatch(TRADE_FULL_NAMED, item) and not self._common_word(item[item.index("工") + 1 :]):
            return True  # "运搬工李生伟": a trade of its own and a full name
        if re.fullmatch(r"(?:" + KIN_OF + r")?" + HONORIFIC_NAME, item):
            return True  # "董女士", "表兄樊先生"
        roles = [r for r in self._roles if item.startswith(r)]
        if not roles:
            return False
        rest = item[len(max(roles, key=len)) :].strip()
        return rest == "" or (
            rest[0] in SURNAMES and not self._common_word(rest) and not re.search(r"死|亡|伤|难|被|当|未|没", rest)
        )

    def _victim_names(self, m: re.Match[str]) -> list[str]:
        if m.group(4):
            items = re.split(r"和|、|以及|及|与", m.group(4))
            return items if all(self._victim_item(x) for x in items) else []
        if m.group(3):
            names = m.group(3).split("、")
            # (an anonymised name needs no known surname: "藏某兴")
            return names if all(n[:1] in SURNAMES or re.fullmatch(_ANON_NAME, n) for n in names) else []
        name = m.group(2) or ""
        if re.search(r"和|、|及|与", m.group(1)):  # "司机和押运员死亡": one victim a role
            if name and NEGATED_HARM.search(m.string, m.end(1), m.end()):
                return []  # "罐车驾驶员及押运员未受伤"
            return re.split(r"和|、|及|与", m.group(1))
        if name and not self._victim_item(m.group(1) + name):
            # not a name: a body part ("司机右手手臂灼伤") is the role alone; a negation ("驾驶员未受伤") no victim
            if NEGATED_HARM.search(m.string, m.end(1), m.end()):
                return []
            name = ""
        return [m.group(1) + name]

    def _victim_key(self, victim: str) -> str:
        """A victim as matched (a role and maybe a name) as one person: "司机右手" is the driver."""
        if self._victim_item(victim):
            if victim in self.g.person_roles:
                return self._one_role(victim)
            # a role and a name, the role in its canonical word as a bare role is: "司机徐某" is the driver (驾驶员)
            # told bare elsewhere ("…司机当场死亡…造成小型轿车司机徐某当场死亡" is one)
            role = max((r for r in self.g.person_roles if victim.startswith(r)), key=len, default="")
            return self._one_role(role) + victim[len(role) :] if role else victim
        role = max((r for r in self._roles if victim.startswith(r)), key=len, default="")
        return self._one_role(role) if role else victim

    def _one_role(self, role: str) -> str:
        """A role without a name as one person: 司机 and 驾驶员 told apart in a title and a body are one driver."""
        return self.g.person_roles.get(role, role)


# a headline about several accidents or a period's statistics: "我省发生两起…爆炸事故 导致3死15伤", "4月全国房屋市政工程
# 安全事故致32人死", "湖北随州近期连续发生两起生姜窖中毒事件造成5人死亡"
SEVERAL_TOLD = re.compile(
    r"[两二三四五六七八九十几数多]起|连续|接连|相继发生|全国|全省|全市|各地|今年以来|上半年|月份|\d+月(?!\d)"
    # (several firms, one after another: "内蒙古2家煤矿先后发生顶板事故致2人死亡")
    r"|(?:\d+|[两二三四五六七八九十几数多])家[^，,。；;\s]{0,8}?(?:先后|相继|接连|同时)"
)


def _title_tally(rep: ExtractedReport, norm: str) -> None:
    """The counts of a headline where the body tells none: its tally ("塔机发生倾塌事故1死1伤", the body telling only
    the dead and a man trapped on the crane; "湖南造紙廠中毒事件 7死2傷"), or its count of the dead or of the injured
    alone ("油罐车维修突发闪爆，致1人死亡"); and where the body tells another, a headline of one accident and no rumour
    (see below). No span: the title is not in the text."""

    plain = simplified_name(rep.title)  # (same length: a title is read as given, traditional characters too)

    def stated(m: re.Match[str]) -> bool:
        # (not a rumour's figure: "雲南液化氣站爆炸 網傳42死 官稱3傷")
        return not SUPERSEDED.search(plain, max(0, m.start() - 4), m.start())

    def bound(m: re.Match[str] | None, group: int) -> bool:
        # a count the headline only bounds ("失火逾廿人傷", "近20人受伤"): it does not overrule the body's count
        return m is not None and bool(TITLE_BOUND.search(plain, max(0, m.start(group) - 3), m.start(group)))

    tally = next(filter(stated, TITLE_TALLY.finditer(plain)), None)
    tally = tally or next(filter(stated, TITLE_TALLY_VERB_FIRST.finditer(plain)), None)
    dead_m = tally or next(filter(stated, TITLE_DEAD.finditer(plain)), None)
    dead_g = 1  # (the group holding the count: the tally's first; TITLE_DEAD's alternatives each have their own)
    if dead_m is not None and dead_m is not tally:
        dead_g = next(i for i, g in enumerate(dead_m.groups(), 1) if g)
    dead = dead_m.group(dead_g) if dead_m else None
    split = next(filter(stated, TITLE_HURT_SPLIT.finditer(plain)), None)
    hurt_m = tally or next(filter(stated, TITLE_HURT.finditer(plain)), None)
    hurt_g = 2 if tally else 1
    hurt = hurt_m.group(hurt_g) if hurt_m else None
    if split is not None and (tally is None or tally.start(2) == split.start(1)):
        # (the tally's injured the first of the two groups: "1死3重伤5轻伤" is 8 injured)
        with contextlib.suppress(ValueError):
            hurt_m, hurt_g, hurt = split, 0, str(cn_to_int(split.group(1)) + cn_to_int(split.group(2)))
    one_accident = not (SEVERAL_TOLD.search(plain) or SUPERSEDED.search(plain) or "辟谣" in plain)
    if rep.deaths is None and rep.injuries is None and dead is None and hurt is None:
        # nobody hurt, told by the headline alone, the body telling no harm either: "江宁五层在建办公楼倒塌 下雨工地
        # 休工无人伤亡" (not "…氢气罐发生爆炸无人员伤亡" over "仅有经过的居民受轻微灼伤和擦伤")
        none = NO_CASUALTY.search(plain)
        told = HURT_ANY.search(norm) or ANY_DEATH.search(norm)
        if none is not None and _none_kind(none) == "伤亡" and one_accident and told is None:
            rep.deaths, rep.injuries = 0, 0
            return
    with contextlib.suppress(ValueError):
        if rep.deaths is None and dead is None and not TITLE_PEOPLE.search(plain) and TITLE_ONE_DEAD.search(plain):
            rep.deaths = 1  # (one victim, no count: the body tells the death in words no reading takes as a count)
        if rep.deaths is None and dead is not None:
            rep.deaths = cn_to_int(dead)
        elif (
            dead is not None
            # (not the body's "无人员伤亡": a headline's count against a text that says nobody died is moot)
            and rep.deaths
            and rep.deaths != cn_to_int(dead)
            and one_accident
            and not bound(dead_m, dead_g)
            and not _title_counts_add_up(plain, rep.deaths)
            # (nor an early toll, fewer than the body's update: "…坍塌事故致2人死亡" over "最新：【…死亡人数升至12人】")
            and not (rep.deaths > cn_to_int(dead) and TOLL_UPDATED.search(norm))
            # (nor the rescuers' dead alone, fewer than the body's: "工人喪生化糞池中 3人接力相救2人身亡" over "吞噬3條
            # 人命")
            and not (
                dead_m is not None
                and TITLE_RESCUE.search(plain, 0, dead_m.start())
                and rep.deaths > cn_to_int(dead)
            )
        ):
            # the headline's count of the dead over a different count of the body (the body's an early count, a part,
            # or a misreading): the labels take the headline's in 14 of the 15 read texts where the two differ and the
            # headline tells one accident and no rumour ("山东一食品厂液氨泄漏 已致7人死亡", "…瓦斯爆炸事故 86人遇难";
            # the one other, "1人中毒 4人施救相继死亡", counts the rescuers alone)
            held = rep.injuries and rep.deaths + rep.injuries == cn_to_int(dead)
            if hurt is None and held and WOUNDED_DIED.search(norm):
                # the headline's dead holding the body's injured, whom the body tells dead of their wounds later:
                # "…发生一起火灾事故 4人死亡" over "导致2人死亡、2人受伤。…再次通报，…2名伤者经医院抢救无效死亡"
                rep.injuries = 0
                rep.spans.pop("injuries", None)
            rep.deaths = cn_to_int(dead)
            rep.spans.pop("deaths", None)  # (the title is not in the text: no span)
        if rep.injuries is None and hurt is not None:
            rep.injuries = cn_to_int(hurt)
        elif (
            hurt is not None
            and hurt_m is not None
            and rep.injuries  # (as for the dead: not against the body's "无人员伤亡")
            and rep.injuries != cn_to_int(hurt)
            and one_accident
            and not bound(hurt_m, hurt_g)
            # (all the injured, not the seriously hurt or the burnt alone: "造成4死10重伤", "一名工人重度烧伤"; the two
            # groups of a split are all of them)
            and (hurt_m is split or not re.search(r"[重轻烧灼烫]", plain[hurt_m.start() : hurt_m.end()]))
        ):
            # the headline's count of the injured over a different count of the body, on the same terms as the dead's:
            # the labels take the headline's in 10 of the 13 read texts where the two differ ("云南钢厂爆炸3死11伤",
            # the body telling one of them by name; "上海一吊车高压线触电 两人受伤")
            rep.injuries = cn_to_int(hurt)
            rep.spans.pop("injuries", None)


# the body telling an update of the toll (see `_title_tally`)
TOLL_UPDATED = re.compile(r"最新[:：]|(?:死亡|遇难)人数(?:已经?)?(?:上升|升|增|增加)(?:至|到)")


def _one_told_hurt(
    norm: str, rx: re.Pattern[str], kind_at: _KindAt, usable: Callable[[int], bool]
) -> tuple[int, Span] | None:
    """One victim told hurt by `rx` (by a pronoun, `PRONOUN_HURT`; as a victim's relative, `KIN_OF_ONE_HURT`): not in
    a lesson or a finding, not denied or prevented in its gap, and not one the clause goes on to tell dead ("击中刘某
    致其受伤，经抢救无效死亡")."""
    for m in rx.finditer(norm):
        if not usable(m.start()) or kind_at(m.start()) in ("lesson", "responsibility"):
            continue
        gap = m.groupdict().get("gap")
        if (gap and NOT_TREATED.search(gap)) or INJURED_THEN_DIED.match(norm, m.end()):
            continue
        return 1, Span(m.start(), m.end())
    return None


def _others_kind(others: re.Match[str]) -> str:
    """What the others were spared, as `OTHERS_NONE` tells it: 伤亡, 死亡 or 受伤 (the escaped's words are 伤亡)."""
    kind = next((k for k in others.groups() if k), "伤亡")
    return "伤亡" if kind in ESCAPED else kind


def _title_counts_add_up(plain: str, deaths: int) -> bool:
    """Whether the headline counts its people in groups that add up to the body's dead: "1工人中毒3人搭救反致死"
    under "造成4人死亡" (the headline's dead are the rescuers alone)."""
    counts = [m.group(1) for m in TITLE_PEOPLE.finditer(plain)]
    with contextlib.suppress(ValueError):
        # (a single count is the headline's dead itself, already told as differing from the body's)
        return sum(cn_to_int(c) for c in counts) == deaths
    return False


def _title_toll_risen(rep: ExtractedReport) -> None:
    """A headline's toll risen to a figure ("…崩塌事故死亡人數上升至11人") over a smaller count of the body, written
    before the toll rose (the body's "已有5人不治死亡"): the figure that stands. In the read texts the body agrees with
    such a headline seven times in eight and tells a smaller count once."""
    for m in TITLE_TOLL_RISEN.finditer(simplified_name(rep.title)):  # (traditional too: "死亡人數上升至11人")
        with contextlib.suppress(ValueError):
            n = cn_to_int(m.group(2))
            if m.group(1) != "受伤" and (rep.deaths is None or rep.deaths < n):
                rep.deaths = n
                rep.spans.pop("deaths", None)  # (the title is not in the text: no span)
            elif m.group(1) == "受伤" and (rep.injuries is None or rep.injuries < n):
                rep.injuries = n
                rep.spans.pop("injuries", None)


# one person told by a plain noun ("一小伙", "一名男子"), then that noun told hurt with no count: "一小伙在给轮胎
# 充气时，轮胎突然发生爆炸，小伙被爆炸的冲击波掀到空中摔下受伤" (see `_wounded_told`)
ONE_NOUN_HURT = re.compile(
    # (who they were between: "一名过路男子")
    r"一(?:名|个|位)?[^\d，,。；;]{0,4}?(?P<who>男子|女子|小伙子?|男孩|女孩|老人|老汉|妇女)[^。]{0,200}?"
    r"(?<![\d零〇○一二两三四五六七八九十几数多名位个])(?P=who)(?:也|还|不慎)?[^，,。；;\d]{0,16}?" + HURT_VICTIM_WORD
)


def _wounded_told(norm: str, kind_at: _KindAt, usable: Callable[[int], bool]) -> tuple[int, Span] | None:
    """The wounded told of with no count, nobody dead and no poisoning: one victim (see `WOUNDED_BARE`), or one person
    caught in a machine, taken to hospital or told hurt by the noun that introduced them (`CAUGHT_IN_MACHINE`,
    `ONE_TAKEN`, `ONE_NOUN_HURT`)."""
    if VAGUE_HURT.search(norm) or WOUNDED_DIED.search(norm) or COUNTED_TAKEN.search(norm):
        return None
    for rx in (WOUNDED_BARE, CAUGHT_IN_MACHINE, ONE_TAKEN, ONE_NOUN_HURT):
        for m in rx.finditer(norm):
            sa, sb = _sentence_at(norm, m.start())
            told = usable(m.start()) and kind_at(m.start()) not in ("lesson", "responsibility")
            # (not one freed unhurt and then taken in to be checked: "被困人员被平安救出，现场人员将其送医")
            if told and "中毒" not in norm[sa:sb] and not UNHURT.search(norm, sa, sb):
                return 1, Span(m.start(), m.end())
    return None


def _saved_counted(norm: str, usable: Callable[[int], bool]) -> tuple[int, Span] | None:
    """The people counted as brought out of danger (`SAVED_COUNTED`) where the text tells no injured and nobody
    overcome (those saved from a gas are labelled poisoned, not hurt: "…相继昏倒。…确认3人死亡，1人经抢救后脱离生命
    危险"); None when there are none."""
    if OVERCOME.search(norm):
        return None
    for m in SAVED_COUNTED.finditer(norm):
        if usable(m.start()):
            with contextlib.suppress(ValueError):
                return cn_to_int(next(g for g in m.groups() if g)), Span(m.start(), m.end())
    return None


def _animal_victim(norm: str, pos: int) -> bool:
    """Whether the death at pos is an animal's, told in its clause: "还有三只宠物狗被活活烧死", "一头耕牛被电死"."""
    start = max(norm.rfind(p, 0, pos) for p in "，,。；;\n") + 1
    return ANIMAL.search(norm, start, pos) is not None


def _prevented(norm: str, pos: int) -> bool:
    """Whether the harm at pos is what a measure is for, in its clause: "防止人员坠落死亡", "避免触电身亡"."""
    return PREVENTED.search(norm, max(0, pos - 14), pos) is not None


def _named_subject(norm: str, sa: int, pos: int) -> tuple[int, int] | None:
    """(how many, where): the anonymised names listed as the subject of the last clause before the death at pos, in
    the sentence starting at sa: "…罐顶被掀开，赵某、钱某被抛落至防火堤内，当场死亡" is 2."""
    # (not at a comma inside a bracketed aside: "黄某(男，30岁)、廉某(男，25岁)送往医院后，…")
    plain = re.sub(r"[(（][^()（）。；;\n]{0,40}[)）]", lambda b: "_" * len(b.group()), norm[sa:pos])
    starts = [sa] + [sa + m.end() for m in re.finditer(r"[，,：:]", plain)]
    for start in reversed(starts[-2:]):  # the death's own clause and the one before it
        m = NAMED_LIST.match(norm, start)
        if m is not None and m.end() <= pos:
            if re.search(r"将|把", norm[m.end() : pos]):
                return None  # the names are who helped: "叫来工人宣某、曲某将郭某送往医院，经抢救无效死亡"
            names = re.sub(_ASIDE_RE, "", m.group(1))  # (an aside's words are no names: "家住某村")
            full = FULL_NAMES.fullmatch(m.group(1))
            return (names.count("、") + 1 if full else len(re.findall(_ANON_NAME, names))), m.start(1)
    return None


def _all_trapped_dead(norm: str, usable: Callable[[int], bool]) -> tuple[int, Span] | None:
    """The trapped counted before, told later as all dead with no count of their own: "…导致14名施工人员被困。在经过
    一周的救援后，确认全部被困人员遇难" is 14; None when the text tells no such thing."""
    for m in ALL_TRAPPED_DEAD.finditer(norm):
        if not usable(m.start()):
            continue
        told = list(TRAPPED_TOLD.finditer(norm, max(0, m.start() - 600), m.start()))
        if told:
            with contextlib.suppress(ValueError):
                return cn_to_int(told[-1].group(1)), Span(told[-1].start(), m.end())
    return None


def _trapped_found_dead(norm: str, deaths: tuple[int, Span], usable: Callable[[int], bool]) -> tuple[int, Span] | None:
    """The dead with the trapped of their statement found dead later: "事故当场导致1人遇难、19人被困。…19名被困人员全部
    被搜寻发现，均无生命体征" is 20; None when the text tells no such thing."""
    sa, sb = _sentence_at(norm, deaths[1].start)
    # (the last such group of the sentence: "3名工人被埋，一人当场死亡，两人被压在断墙下" leaves two pinned)
    told = list(TRAPPED_TOLD.finditer(norm, sa, sb))
    if not told:
        return None
    trapped = told[-1]
    if deaths[1].start <= trapped.start() < deaths[1].end:
        return None  # the dead are the missing counted: "6名失联人员已确认不幸遇难。…6名失联人员不幸遇难" is 6
    found = next((m for m in TRAPPED_DEAD.finditer(norm, sb, sb + 600) if usable(m.start())), None)
    # (or the missing found dead with no count, all of them: "造成3人死亡、1人失联。…失踪人员已被从罐体里找到，
    # 确认死亡")
    all_found = next((m for m in MISSING_FOUND_DEAD.finditer(norm, sb, sb + 600) if usable(m.start())), None)
    if found is None and all_found is None:
        return None
    try:
        of = cn_to_int(trapped.group(1))
        n = cn_to_int(next(g for g in found.groups() if g)) if found is not None else of
    except ValueError:
        return None
    end = (found or all_found or trapped).end()
    return (deaths[0] + n, Span(deaths[1].start, end)) if 0 < n <= of else None


def _heading_line(norm: str, pos: int) -> bool:
    """Whether pos is on a short line with no punctuation in a text that has sentences: a subheading ("案情回放",
    "伐木工被砸伤救治无效身亡"), which restates what the paragraphs tell."""
    a = norm.rfind("\n", 0, pos) + 1
    b = norm.find("\n", pos)
    line = norm[a : b if b >= 0 else len(norm)].strip()
    return len(line) <= 30 and not HEADING_PUNCT.search(line) and HEADING_PUNCT.search(norm) is not None


def _name_died_after(norm: str, name: str, end: int) -> bool:
    """Whether the person `name` (as told) is told dead in the text shortly after `end`."""
    return re.search(re.escape(name) + r"[^。；;\n]{0,24}?(?:死亡|身亡|去世|不治)", norm[end : end + 300]) is not None


def _name_died_before(norm: str, name: str, start: int) -> bool:
    """Whether the person `name` (as told) is told dead in the text shortly before `start` (not another of the same
    surname told apart by one more placeholder: "张某" is not "张某某")."""
    told = re.escape(name) + r"(?!某)[^。；;\n]{0,24}?(?:死亡|身亡|去世|不治)"
    return re.search(told, norm[max(0, start - 300) : start]) is not None


def _died_later(norm: str, name: str, end: int) -> bool:
    """Whether `name` (an anonymised name, not a role: "石某") is told dead shortly after `end`: "…将石某砸伤。…石某
    因伤势过重，于5月22日死亡", "…三人被送往医院，其中张某烫伤面积达85%，于事发第三天死亡"."""
    anon = re.search(_ANON_NAME + r"$", name)  # (after a trade: "运行人员张某")
    if anon is None:
        return False
    told = re.compile(re.escape(anon.group()) + r"[^。；;\n]{0,24}?(?:死亡|身亡|去世|不治)")
    # (or as the wounded: "将行人刘某某砸伤，刘某某随即被120送往市急救中心抢救。…伤者经抢救无效死亡")
    return told.search(norm, end, end + 300) is not None or WOUNDED_DIED.search(norm, end, end + 300) is not None


def _none_kind(none: re.Match[str] | None) -> str:
    """What a statement of no casualties denies: "伤亡" (nobody hurt or dead), "死亡", "受伤", or "" (no statement)."""
    kind = next((k for k in none.groups() if k), "") if none else ""
    return "伤亡" if kind in ESCAPED else "死亡" if kind == "身亡" else kind


def _other_sex(norm: str, end: int) -> int:
    """The second count of a group counted by sex, after the first ending at `end`: "三男两女" is 3 and 2."""
    m = re.match(r"\s*[男女]\s*(" + NUM + r")\s*[男女]", norm[end : end + 8])
    return cn_to_int(m.group(1)) if m else 0


def _each(norm: str, pos: int) -> int:
    """How many groups a count at pos stands for: "重型厢式货车和小型越野车各1人受伤" is 2 × 1."""
    k = pos
    while k > 0 and norm[k - 1] in " \u3000":
        k -= 1
    if k == 0 or norm[k - 1] != "各":
        return 1
    ca = clause_start(norm, k)
    before = norm[ca : k - 1]
    groups = len(re.findall(r"和|与|及|、|跟", before)) + 1
    counted = re.search(r"([两二三四五六七八九十])\s*(?:车|辆|方|家|侧|处|个)[^，,]{0,3}$", before)
    if groups == 1 and counted:  # "两车各1人死亡"
        groups = cn_to_int(counted.group(1))
    return min(groups, 10)


def _grade(norm: str, span: Span) -> str:
    """The legal grade a group's hurt ends with, 轻微伤 apart from 轻伤 (see `_without_restated`)."""
    return "轻微伤" if norm.endswith("轻微伤", span.start, span.end) else ""


def _without_restated(norm: str, items: list[tuple[str, int, Span, bool]]) -> list[tuple[str, int, Span, bool]]:
    """The groups of a sentence that add up: not the wounded referred to by a count ("一名伤者的老乡说，两名伤者…",
    kind "ref") beside counted groups, nor a group restating an earlier one's count and kind ("两人受伤的原因是…，造成
    二人受伤"); a further group marked as such ("另有2人受伤"), also after the wounded referred to
    ("一伤者已被送往医院，另有一名路人被划伤" is 2), and groups of two kinds ("3人重伤、3人轻伤") add up."""
    # (and wounded referred to, the next one marked as further right before it, not as a part: "接到三名女性伤者，另有
    # 一名男性伤者自行来到医院"; not "发现20名受伤人员，其中死亡4人，另有16名伤者…")
    def further(a: tuple[str, int, Span, bool], b: tuple[str, int, Span, bool]) -> bool:
        between = norm[a[2].end : b[2].start]
        return b[2].start > a[2].end and "其中" not in between and FURTHER_REF.search(between) is not None

    groups = [
        i
        for i in items
        if i[0] != "ref"
        or any(o[0] != "ref" and o[2].start > i[2].end and ADD_MARK.search(norm, i[2].end, o[2].start) for o in items)
        or any(o[0] == "ref" and (further(i, o) or further(o, i)) for o in items)
    ]
    if not groups:
        return [max(items, key=lambda i: i[1])]
    # the groups summed up by the text itself, last: "实验员及一名研究生被碎片砸伤，共2人受伤" is 2
    total = [i for i in groups[1:] if TOTAL_MARK.search(norm, max(0, i[2].start - 4), i[2].start)]
    if total and total[-1][1] >= max(i[1] for i in groups):
        return [total[-1]]
    out: list[tuple[str, int, Span, bool]] = []
    for it in groups:
        # "两名烧伤的工人…，两人均为轻伤": the same count told as all of them (均) restates it, of another kind too
        restates = ALL_OF.search(norm, it[2].start, it[2].end) is not None
        if any(
            o[1] == it[1]
            and (o[0] == it[0] or restates)
            and not ADD_MARK.search(norm, o[2].end, it[2].start)
            # (not the two legal grades of a slight hurt, listed: "1名轻伤，1名轻微伤")
            and _grade(norm, o[2]) == _grade(norm, it[2])
            # (nor two people told apart by who they were: "一名工人脾脏破裂，一名驾驶员受伤")
            and not _told_apart(norm, o[2], it[2])
            for o in out
        ):
            continue
        out.append(it)
    return out


# who a counted group was, right after its count: "一名工人", "1名驾驶员" (see `_told_apart`)
COUNTED_WHO = re.compile(NUM + r"\s*(?:名|位|个)\s*(?P<who>" + VICTIM_WORDS + r"|" + _TRADES + r")")


def _told_apart(norm: str, a: Span, b: Span) -> bool:
    """Whether two groups of the same count name different people right after their counts."""
    wa, wb = COUNTED_WHO.match(norm, a.start, a.end), COUNTED_WHO.match(norm, b.start, b.end)
    return wa is not None and wb is not None and wa.group("who") != wb.group("who")


def _other_dead(norm: str, treated: re.Match[str], new: re.Match[str], died: re.Match[str]) -> bool:
    """Whether the dead told after a count of the treated (`HOSPITAL_DIED`, past a `NEW_COUNT`) are another group:
    another count, dead with no care that failed ("事故现场已搜救出4人，1人送往医院抢救，3人死亡"; not "2人送往医院，
    1人经抢救无效死亡", one of the two)."""
    try:
        return cn_to_int(new.group(1)) != _hospital_n(treated) and not CARE_FAILED.search(norm, new.end(), died.end())
    except ValueError:
        return False


def _with_hospital_items(
    norm: str, usable: Callable[[int], bool], by_sentence: dict[tuple[int, int], list[tuple[str, int, Span, bool]]]
) -> dict[tuple[int, int], list[tuple[str, int, Span, bool]]]:
    """The injured groups by sentence with the counts of people taken to hospital: such a count heads its sentence's
    groups when it comes first and they are its parts ("住院治疗521人，其中重症伤员52人", "89人住院治疗（其中14人
    重伤）"); a sentence of treated people alone counts only when no sentence states an injured group."""
    found: dict[tuple[int, int], list[tuple[str, int, Span, bool]]] = {}
    if _treated_are_poisoned(norm):
        return by_sentence
    for a, b in _windows(norm, HOSPITAL_ANCHOR, before=24, after=12):
        for m in HOSPITAL_COUNT.finditer(norm, a, b):
            sent = _sentence_at(norm, m.start())
            prev = _sentence_at(norm, sent[0] - 2)[0] if sent[0] >= 2 else sent[0]
            if not usable(m.start()) or HOSPITAL_NOT_HURT.search(norm, prev, sent[1]):
                continue
            died = HOSPITAL_DIED.match(norm, m.end())
            if died and (new := NEW_COUNT.search(norm, m.end(), died.end())):
                if STILL_TREATED.search(norm, m.start(), m.end()) or _other_dead(norm, m, new, died):
                    died = None
            if died and _part_died(norm, m, died):
                # a part of them who died: "13人已全部救出并送往医院救治，其中5人经抢救无效死亡" (the rest are injured;
                # the dead are taken from them as from an injured group, see `_died_of_injured`)
                died = None
            if died or _treated_died_next(norm, m):
                continue
            before = norm[sent[0] : m.start()]
            if (
                _is_part(norm, sent[0], m.start())
                and not PART_DEAD.search(before, max(0, before.rfind("其中")))
                and not PART_OF_TRAPPED.search(before)
            ):
                # "3人受伤（其中2人住院治疗）"; not after a part of the dead ("其中12人遇难，住院治疗…"), nor a part of
                # the trapped, whom no count of the injured holds ("三名工人被困，其中一人被消防员救出，已送往附近医院")
                continue
            try:
                n = _hospital_n(m)
            except ValueError:
                continue
            items = by_sentence.get(sent, [])
            if any(sp.start <= m.start() < sp.end or m.start() <= sp.start < m.end() for _k, _n, sp, _p in items):
                continue
            if items and not all(
                sp.start > m.end() and (part or BROKEN_DOWN.search(norm, m.end(), sp.start))
                for _k, _n, sp, part in items
            ):
                continue  # the sentence states the injured itself: "3人受伤，其中2人送医院治疗"
            found.setdefault(sent, []).append(("any", n, Span(m.start(), m.end()), False))
    if not found:
        return by_sentence
    out = dict(by_sentence) if by_sentence else {}
    for sent, hosp in found.items():
        if sent in out:
            out[sent] = [hosp[0], *[(k, n, sp, True) for k, n, sp, _p in out[sent]]]
        elif not by_sentence:
            out[sent] = hosp[:1]
    return out


# a part of the people taken to hospital, counted after 其中 (see `_with_hospital_items`)
TREATED_PART = re.compile(r"[，,]\s*其中\s*(" + NUM + r")\s*(?:名|人|位)")


def _part_died(norm: str, m: re.Match[str], died: re.Match[str]) -> bool:
    """Whether the death after the treated count at m is of a smaller part of them, counted after 其中."""
    part = TREATED_PART.search(norm, m.end(), died.end())
    if part is None:
        return False
    try:
        return cn_to_int(part.group(1)) < _hospital_n(m)
    except ValueError:
        return False


# a duration in hours, its digits masked before counts are read (see `CasualtyReader.read`)
DURATION = re.compile(r"(?<![\d.])\d{1,3}(?=\s*(?:多个|个多|个|多)?\s*小时)")
# the digits of a grade's upper bound on the people harmed, as the 2007 regulation defines the grades: "10人以下" of
# "3人以上10人以下死亡" (a lower bound alone, "3人以上死亡", reads as no count already)
GRADE_BOUND = re.compile(r"(?<![\d.])\d{1,4}(?=\s*(?:人|名)\s*以下)")


# a part of the trapped or the rescued, right after them: "三名工人被困，其中", "8名工作人员落水，其中",
# "现场已搜救出8人，其中" (see `_with_hospital_items`)
PART_OF_TRAPPED = re.compile(r"(?:被困|被埋|被压|失联|落水|救出\s*" + NUM + r"\s*(?:人|名))[，,]\s*其中\s*$")
# the people taken to hospital told dead in the next sentence, as many or more of them: "4名被埋人员全部救出并送至医院
# 抢救。8日凌晨1时40分许，4名被埋人员经抢救无效死亡"
HOSPITALISED_DIED = re.compile(
    COUNT + r"[^，,。；;\d]{0,10}?(?:经|因)?(?:抢救|医治|救治)无效[^，,。；;\d]{0,8}?(?:死亡|身亡)"
)


# people told dead after being resuscitated, a day between allowed: "其余4人于7月19日经抢救无效死亡"
RESCUE_FAILED_LATER = re.compile(
    r"(?:其余|剩余|剩下的?|另外?)\s*"
    + COUNT
    + r"[^，,。；;]{0,16}?(?:经|因)?(?:抢救|医治|救治)无效[^，,。；;\d]{0,8}?(?:死亡|身亡)"
)


# one victim named by what befell them, told dead (see `CasualtyReader`'s rescued taken to hospital)
ONE_HURT_DIED = re.compile(
    r"(?:受伤|被困|被救|获救|被埋)的?(?:女子|男子|工人|男孩|女孩|老人|司机|人员|者)[^，,。；;\d]{0,12}?(?:死亡|身亡|不治|去世)"
)


def _treated_died_next(norm: str, m: re.Match[str]) -> bool:
    """Whether the people counted at m (`HOSPITAL_COUNT`) are told dead in the next sentence (`HOSPITALISED_DIED`), or,
    counted while still being resuscitated, anywhere later (`RESCUE_FAILED_LATER`)."""
    end = _sentence_at(norm, m.start())[1]
    if end >= len(norm):
        return False
    try:
        n = _hospital_n(m)
    except ValueError:
        return False
    died = [HOSPITALISED_DIED.search(norm, *_sentence_at(norm, end + 1))]
    if "抢救" in m.group():
        # ("…2人经抢救无效死亡，4人目前正在全力抢救中。…其余4人于7月19日经抢救无效死亡")
        died.append(RESCUE_FAILED_LATER.search(norm, end))
    for d in died:
        with contextlib.suppress(ValueError):
            if d is not None and cn_to_int(d.group(1)) >= n:
                return True
    return False


# (not a risk of it: "有窒息的风险", "男子险窒息")
# (or who breathed in a toxic gas: "一人进入车罐内清罐，因吸入有毒气体发生昏迷无法脱困")
OUT_OF_AIR = re.compile(
    r"(?<!险)(?:缺氧|窒息)(?!的?(?:风险|危险|可能))|(?<![防避免止])吸入[^，,。；;]{0,6}?(?:有毒|有害|毒性)(?:有害)?气体"
)


def _treated_are_poisoned(norm: str) -> bool:
    """A poisoning or a toxic leak with nobody told as hurt (no injury word): the people treated are the poisoned."""
    return (POISON_ANCHOR.search(norm) is not None or TOXIC_LEAK_RE.search(norm) is not None) and not HURT_ANY.search(
        norm
    )


def _hospital_count(norm: str, usable: Callable[[int], bool]) -> tuple[int, Span] | None:
    """The first count of people taken to hospital who did not die there (see HOSPITAL_COUNT), with the counts of
    treated people listed right after it: "1人正在抢救，14人留院观察" is 15."""
    for a, b in _windows(norm, HOSPITAL_ANCHOR, before=24, after=12):
        for m in HOSPITAL_COUNT.finditer(norm, a, b):
            if not usable(m.start()) or HOSPITAL_DIED.match(norm, m.end()):
                continue
            try:
                n, end = _hospital_n(m), m.end()
            except ValueError:
                continue
            for more in HOSPITAL_COUNT.finditer(norm, m.end(), _sentence_at(norm, m.start())[1]):
                if not LISTED_NEXT.fullmatch(norm, end, more.start()):
                    break
                with contextlib.suppress(ValueError):
                    n, end = n + _hospital_n(more), more.end()
            return n, Span(m.start(), end)
    return None


# the badly hurt told as a part of the people taken to hospital, right after their count: "造成104人住院治疗，其中3人
# 伤势较重"
BADLY_HURT_PART = re.compile(
    r"[^，,。；;\d]{0,6}?[，,]\s*其中\s*(" + NUM + r")\s*(?:人|名)[^，,。；;\d]{0,4}?"
    r"(?:伤(?:势|情)(?:较为|较|十分)?(?:严重|重)|重伤|伤重)"
)
# what lies between two counts of a list: a comma, and a word that adds (see `_hospital_count`)
LISTED_NEXT = re.compile(r"[^，,、；;。\d]{0,6}?[，,、]\s*(?:另有|还有|另)?")


def _poisoned_wounded(norm: str, injuries: tuple[int, Span]) -> bool:
    """Whether injuries counted only as "N名伤者" are people the text tells as poisoned: no injury word anywhere."""
    counted = norm[injuries[1].start : injuries[1].end]
    return bool(re.search(r"伤者|伤员", counted)) and HURT_ANY.search(norm) is None


def _quoted(norm: str, pos: int) -> bool:
    """Whether pos is inside a quotation “…” opened in its paragraph."""
    para = norm.rfind("\n", 0, pos) + 1
    return norm.rfind("“", para, pos) > norm.rfind("”", para, pos)


# one victim told dead on the spot by an anonymised name, a role maybe before it: "造成公司锅炉工李某当场死亡"
NAMED_DEAD_ON_THE_SPOT = re.compile(_ANON_NAME + r"(?:\s*[(（][^()（）。；;]{0,12}[)）])?当场(?:死亡|身亡)")


def _named_dead_before(norm: str, deaths: tuple[int, Span], usable: Callable[[int], bool]) -> bool:
    """Whether the count of the dead is of the badly hurt who died later, and a sentence before it told one more
    victim dead on the spot by name, not counted: "造成锅炉工李某当场死亡，2名学生受重伤…。6月8日，2名重伤学生经
    抢救无效死亡" is 3 dead."""
    if LATER_DEATH.match(norm, deaths[1].start) is None:
        return False
    sa = _sentence_at(norm, deaths[1].start)[0]
    return any(usable(m.start()) for m in NAMED_DEAD_ON_THE_SPOT.finditer(norm, 0, sa))


def _later_deaths(
    norm: str, deaths: tuple[int, Span], injuries: tuple[int, Span] | None, usable: Callable[[int], bool]
) -> tuple[tuple[int, Span], tuple[int, Span] | None]:
    """Injured who died later, told after counts taken at the scene (no lead gives the final figures): "造成52人
    死亡、6人受伤 … 6名受伤人员中，有4人因伤势过重医治无效…死亡" is 56 dead and 2 injured."""
    if re.search(r"共|累计|总计", norm[max(0, deaths[1].start - 6) : deaths[1].end]):
        # (not a total, which holds them: "爆燃事故共造成4人死亡，2人受伤。…事故造成6名工作人员受伤…4名重伤人员经全力
        # 抢救无效死亡")
        return deaths, injuries
    after = max(deaths[1].end, injuries[1].end if injuries else 0)
    # (the count of the dead may hold such a death already, which a later sentence only retells: "造成3人当场死亡，
    # 1名受伤人员经送医院抢救无效死亡。…3名施工人员当场死亡，另外一名受伤人员送医抢救无效死亡" is 4)
    held = [_later_count(m) for m in LATER_DEATH.finditer(norm, deaths[1].start, deaths[1].end)]
    for m in LATER_DEATH.finditer(norm, after):
        if not usable(m.start()):
            continue
        k = _later_count(m)
        if k is None or k in held:
            continue
        if injuries is not None and injuries[0] >= k:
            injuries = (injuries[0] - k, injuries[1])
        return (deaths[0] + k, deaths[1]), injuries
    return deaths, injuries


# the wounded counted, then how many of them died, in the next clause: "7名伤员送往定西市人民医院救治，3人经抢救无效
# 死亡" is 3 (see `_later_count`)
LATER_PART = re.compile(
    r"[，,]\s*(?:其中|有)?\s*(" + NUM + r")\s*(?:人|名)[^，,。；;]{0,6}?(?:" + FAILED_CARE + r"|不治)"
)


def _later_count(m: re.Match[str]) -> int | None:
    """The count a `LATER_DEATH` match holds (or the part of it told dead: `LATER_PART`); None if it does not read."""
    part = LATER_PART.search(m.group())
    try:
        return cn_to_int(part.group(1) if part is not None else next(g for g in m.groups() if g))
    except ValueError:
        return None


# the first body of a group found ("已发现首具尸体"): one of them
FIRST_BODY = re.compile(r"(?:首|第一)具")
# a name anonymised to its surname: "丁某", "丁某某", "欧阳某"
ANONYMISED = re.compile(r"[\u4e00-\u9fff]{1,2}某+")


def _one_each(keys: set[str], roles: set[str]) -> set[str]:
    """Victims told twice, a bare role or name and the same with more, as one person each: "受伤的大妈…受伤的王大妈",
    "驾驶员和押运员均受轻伤…驾驶员吴某、押运员冯某擦伤", "轻型货车驾驶员向某死亡…向某当场死亡"; two roles stay two
    people (驾驶员 and 副驾驶员), and so do two anonymised names of one surname (丁某 and 丁某某, as court and inquiry
    texts tell two people apart)."""

    def same(k: str, o: str) -> bool:
        if o == k or o in roles or not (o.startswith(k) or o.endswith(k)):
            return False
        return not (ANONYMISED.fullmatch(k) and ANONYMISED.fullmatch(o))

    return {k for k in keys if not any(same(k, o) for o in keys)}


def _broken_down_before(norm: str, a: int, b: int) -> bool:
    """Whether a count told between a and b is broken down before b, with no further group marked after the
    breakdown ("重伤3人，其中1人…死亡，另有轻伤6人": the 6 are not a part of the 3)."""
    ends = [m.end() for m in BROKEN_DOWN.finditer(norm, a, b)]
    # (not "另外两人" of "4名烧伤者中有两人…，另外两人…": the rest of the count)
    return bool(ends) and not re.search(r"另有|此外", norm[ends[-1] : b])


def _trapped_only(norm: str, end: int) -> bool:
    """Whether people told as trapped (ending at `end`) are told freed in what follows (200 characters): "有人员被困。…
    4名被困人员被全部救出，并转移到安全地带" (a fire's trapped, freed with no harm told, are no casualties), or only
    searched for ("消防官兵还在搜寻是否有人员被困")."""
    if re.search(r"是否[^，,。；;]{0,6}$", norm[max(0, end - 12) : end - 2]):
        return True
    # (harm told of them as well is found by the other patterns: "…救出，送往医院救治")
    return TRAPPED_FREED.search(norm, end, end + 200) is not None


def _joined_to_count(norm: str, role: str) -> bool:
    """The text names a person of this role joined to a counted group of the hurt, in one clause: "锅炉工和一名维修工
    受伤" (the reader of counts took the pair together, as one statement)."""
    rx = re.compile(
        re.escape(role) + r"(?:和|及|与|、)[^，,。；;]{0,4}?" + NUM + r"\s*(?:名|位|个)[^，,。；;\d]{0,16}?"
        r"(?:" + HURT_WORD + r"|" + SERIOUS_WORD + r"|" + MINOR_WORD + r")"
    )
    return rx.search(norm) is not None


def _died_of_injured(norm: str, dead: Span, hurt: Span) -> bool:
    """Whether the deaths at `dead` are a part ("其中…", "…中，有") of the injured group at `hurt` told just before in
    the same sentence, dying of their injuries: "5名工人被烧伤，其中2人经抢救无效死亡"."""
    sa, sb = _sentence_at(norm, hurt.start)
    if not (hurt.end <= dead.start < sb):
        return False
    eventually = EVENTUALLY.search(norm, max(hurt.end, dead.start - 4), dead.start) is not None
    if not _is_part(norm, sa, dead.start) and not BROKEN_DOWN.search(norm, hurt.start, dead.start) and not eventually:
        return False  # (a part told as "受伤的7名工人中，有2人…" too, or as the end: "4人被烧伤，最终3人相继身亡")
    between = norm[hurt.end : dead.start]
    if re.search(r"死|亡|遇难", norm[sa : hurt.start] + between):
        return False  # the dead were counted apart: "造成2人死亡、5人受伤，其中…"
    if re.fullmatch(r"[，,]?\s*其中", between):
        return True  # the count right after the injured and 其中: "10名木工不同程度烧伤，其中一人死亡"
    if re.fullmatch(r"(?:当)?中(?:有|的)?", between):
        return True  # the dead counted among the injured group: "其中升井时已重伤的8人中有7人死亡"
    if re.search(r"(?:伤者|伤员)$", norm[hurt.start : hurt.end]) and re.search(r"[，,]\s*其中$", between):
        return True  # a part of the wounded, counted as such, who died: "已发现9名伤者紧急送往医院，其中1人已经死亡"
    # (the death's own words may follow a named victim's harm: "其中张某烫伤面积达85%，于事发第三天死亡")
    return bool(LATE_DIED.search(norm, dead.start, min(sb, dead.end + 30))) or (
        eventually and re.search(r"相继|先后", norm[dead.start : dead.end]) is not None
    )


# a sentence that starts with a part of the injured, maybe after when it was told: "截至21时许，伤者中5人…"
PART_OF_HURT = re.compile(r"[^。；;！？\n]{0,12}?(?:伤者|伤员|受伤人员|受伤者)(?:当)?中")


def _dead_again(norm: str, deaths: tuple[int, Span], hurt: Span) -> Span | None:
    """The same dead told again after the injured in their sentence, as a part of them, when the count of the dead was
    taken from elsewhere (a headline in the text: "【…发生火灾 致11人死亡】…15人不同程度受伤送医院救治，其中11人因
    窒息抢救无效死亡"); None when the sentence tells no such statement, or counted the dead itself ("致一死一伤，
    其中一名环卫工不幸遇难")."""
    sa, sb = _sentence_at(norm, hurt.start)
    if sa <= deaths[1].start < sb:
        return None
    # (or in the next sentence, told as a part of the injured: "导致9名工作人员受伤，…送医救治。截至21时许，伤者中5人
    # 经医院全力抢救无效死亡")
    if sb < len(norm) and PART_OF_HURT.match(norm, sb):
        sb = _sentence_at(norm, sb)[1]
    for rx in DEATH_RES:
        for m in rx.finditer(norm, hurt.end, sb):
            if not BROKEN_DOWN.search(norm, hurt.end, m.start()):
                continue  # (a group of its own: "其中4人受伤，1人经抢救无效死亡")
            count = re.search(COUNT, m.group(0))
            with contextlib.suppress(ValueError):
                if count is not None and cn_to_int(count.group(1)) == deaths[0]:
                    return Span(m.start(), m.end())
    return None


# the dead told as some of the hurt, treated in vain: "其中一名伤者已经死亡", "其中1名工人经全力抢救，于1月7日凌晨
# 3时许死亡"
LATER_OF_THE_HURT = re.compile(r"其中[^，,。；;]{0,8}?(?:伤者|伤员|受伤)|伤者|伤员|抢救|救治|医治")
# how the injured told before died of their wounds: treatment that failed, on the way to hospital
DIED_OF_WOUNDS = re.compile(r"不治|无效|伤势过重|伤重|途中")


def _part_of_later_injured(norm: str, after: int, dead: Span) -> bool:
    """Whether the part of the dead at `dead` ("其中2人…") is of an injured group told after the first statement of the
    dead, dying of their wounds: "导致3人当场死亡，5人受伤，其中2人在送医途中不治身亡" adds 2 to the 3."""
    return bool(HURT_ANY.search(norm, after, dead.start)) and bool(DIED_OF_WOUNDS.search(norm, dead.start, dead.end))


def _hurt_died_after(norm: str, deaths: tuple[int, Span], injuries: tuple[int, Span]) -> int:
    """How many of the injured the statement of the dead added after them, dying of their wounds: "导致3人当场死亡，
    5名伤者在送往医院救治过程中，2人因伤势过重不治身亡" is 5 dead and 3 injured (the count of the dead already
    holds the 2; the injured less them)."""
    dead, hurt = deaths[1], injuries[1]
    if not dead.start < hurt.start < hurt.end <= dead.end:
        return 0
    tail = norm[hurt.end : dead.end]
    if not DIED_OF_WOUNDS.search(tail):
        return 0
    died = 0
    # (not the missing told between: "10人受伤，2人下落不明，…有两人经抢救无效死亡" is 2)
    for clause in re.split(r"[，,；;]", tail):
        if re.search(r"下落不明|失踪|失联|被困", clause):
            continue
        for m in re.finditer(COUNT, clause):
            with contextlib.suppress(ValueError):
                died += cn_to_int(m.group(1))
    # (all of them too: "现场造成2人遇难，4人受伤，4名伤者后经抢救无效死亡" leaves no injured)
    return died if 0 < died <= injuries[0] else 0


def _died_of_wounds_later(norm: str, deaths: tuple[int, Span], injuries: tuple[int, Span]) -> bool:
    """Whether the dead at `deaths`, told after the injured counted before, are of them, or all of them: they died of
    their wounds ("致5人受伤。后经医院全力救治，2人因伤势过重死亡", "两名伤者被送往医院，一人因伤势过重已去世",
    "致使…两人受伤，两名伤者经医院全力抢救无效后死亡"), with no death told between and no other person added
    ("另有1人因伤势过重死亡")."""
    dead, hurt = deaths[1], injuries[1]
    if not (hurt.end <= dead.start and dead.start - hurt.end <= 300) or deaths[0] > injuries[0]:
        return False
    if not (
        WOUNDS.search(norm, dead.start, dead.end)
        or LATER_OF_THE_HURT.search(norm, dead.start, dead.end)
        # (a part of them, the injured the last group counted: "3名当班工人不同程度灼伤。昨晨，其中一人不幸身亡")
        or norm[max(0, dead.start - 2) : dead.start] == "其中"
    ):
        return False
    between = norm[hurt.end : dead.start]
    # (nor after the injured were told out of danger: "共6人受伤，已送医院治疗，无生命危险；1人经…救治不幸身亡")
    if OUT_OF_DANGER.search(between):
        return False
    # (a heading's 伤亡 between tells no death: "…3人不同程度受伤。…事故造成的人员伤亡情况 事故中的伤者殷某鹏于事发当日
    # 10时50分因救治无效死亡")
    return re.search(r"死|(?<!伤)亡|遇难", between) is None and not OTHER_PERSON.search(between)


def _parts_died(norm: str, injuries: tuple[int, Span]) -> int:
    """How many of the injured their sentence breaks down into parts that died of their wounds (a death told
    elsewhere): "造成3人不幸遇难。…事故造成3人重伤，其中1人在送往医院途中死亡，2人在医院抢救无效死亡" leaves nobody
    injured (the dead are counted as such), "…其中1人在送往医院途中死亡，2人仍在医院治疗" two."""
    hurt = injuries[1]
    sa, sb = _sentence_at(norm, hurt.start)
    if re.search(r"死|亡|遇难", norm[sa : hurt.start]):
        return 0  # (the dead counted apart before: "造成2人死亡、5人受伤，其中1人经抢救无效死亡")
    if (en_route := EN_ROUTE_DIED.match(norm, hurt.end)) is not None and en_route.end() <= sb:
        # (or on the way, with no 其中: "其中8人受伤被送往医院，途中有一人死亡" leaves 7)
        with contextlib.suppress(ValueError):
            died = cn_to_int(en_route.group(1))
            return died if died <= injuries[0] else 0
    k = norm.find("其中", hurt.end, sb)
    if k < 0 or k - hurt.end > 4:
        return 0
    died = 0
    counted_dead = re.search(r"死|亡", norm[sa : hurt.end]) is not None  # (a count of both: "致一死一伤")
    for clause in re.split(r"[，,、]", norm[k + 2 : sb]):
        m = re.match(r"\s*" + COUNT, clause)
        if m is None:
            continue
        # (or told dead in so many words: "将走失的8名人员找到并立即送往医院救治，其中，1人生命体征平稳，7人不幸遇难";
        # not the dead of a count of both, "致一死一伤，其中一名环卫工不幸遇难")
        died_of_wounds = DIED_OF_WOUNDS.search(clause) and re.search(r"死亡|身亡|不治", clause)
        told_dead = re.search(r"不幸(?:遇难|死亡|身亡)", clause) and not counted_dead
        if not (died_of_wounds or told_dead):
            continue  # a part that lived: "其中1人在送往医院途中死亡，2人仍在医院治疗"
        with contextlib.suppress(ValueError):
            died += cn_to_int(m.group(1))
    return died if died <= injuries[0] else 0


# the injured taken to hospital, some dying on the way (see `_parts_died`)
EN_ROUTE_DIED = re.compile(
    r"[^，,。；;]{0,12}?[，,]\s*(?:在)?(?:送医|送往医院|送院)?途中(?:又|有|还有)?\s*"
    + COUNT
    + r"[^，,。；;]{0,8}?(?:死亡|身亡|不治)"
)


# the dead counted as wounded people: "8名重伤人员因抢救无效已经死亡", "其中一人重伤者因伤势严重…死亡"
DEAD_AS_WOUNDED = re.compile(r"(?:重伤|受伤)(?:人员|员|者)|伤员|伤者")


# counted groups joined right before another count, who die with its group: "导致6名工人和1名混凝土泵车指挥人员直接
# 掉到建筑底部，不幸遇难" is 7
COUNTED_GROUPS_BEFORE = re.compile(
    r"((?:" + NUM + r"\s*(?:名|位)[^，,。；;\d、和及与]{0,8}?(?:、|和|以及|及|与)\s*)+)$"
)


def _counted_before(norm: str, sa: int, a: int) -> int:
    """The people of the counted groups joined right before the count at `a` (see `COUNTED_GROUPS_BEFORE`)."""
    m = COUNTED_GROUPS_BEFORE.search(norm, max(sa, a - 40), a)
    if m is None:
        return 0
    with contextlib.suppress(ValueError):
        return sum(cn_to_int(x) for x in re.findall("(" + NUM + r")\s*(?:名|位)", m.group(1)))
    return 0


def _wounded_died_before(norm: str, deaths: tuple[int, Span], injuries: tuple[int, Span]) -> bool:
    """Whether the dead, counted as wounded people, are some of the injured counted after them: "8名重伤人员因抢救无效
    已经死亡。…事故发生时共造成10人受伤，其中8人重伤" is 8 dead and 2 injured (not when the injured counted are only
    the slightly hurt and the dead were the badly hurt, "3名重伤者在送往医院途中死亡，…5名施工人员受轻伤", nor others
    hurt besides them, "另有5人受伤")."""
    dead, hurt = deaths[1], injuries[1]
    if not (dead.end <= hurt.start and deaths[0] < injuries[0]):
        return False
    if not DEAD_AS_WOUNDED.search(norm, dead.start, dead.end) or not DIED_OF_WOUNDS.search(norm, dead.start, dead.end):
        return False
    if re.search(r"另|此外|还有|还造成|同时", norm[dead.end : hurt.start]):
        return False  # others hurt besides: "2名重伤者…经抢救无效死亡，另有5人受伤"
    told = norm[hurt.start : _sentence_at(norm, hurt.start)[1]]
    return not ("重伤" in norm[dead.start : dead.end] and "轻伤" in told and "重伤" not in told)


# wounded counted, more than one, right before the word for them (see `_the_one_injured_died`; not an ordinal:
# "第三名伤者")
COUNTED_BEFORE_WOUNDED = re.compile(
    r"(?<!第)(?![一1]\s*(?:名|人|位))(?:" + NUM + r")\s*(?:名|人|位)[^，,。；;\d]{0,4}$"
)


def _the_one_injured_died(norm: str, deaths: tuple[int, Span], injuries: tuple[int, Span]) -> bool:
    """Whether the one injured person counted at `injuries` is told dead shortly after as the wounded, with no count
    ("一名工人不慎坠落受伤，后送往区医院救治。…伤者经抢救无效死亡"), and the dead counted hold at least one."""
    if injuries[0] != 1 or deaths[0] < 1:
        return False
    died = WOUNDED_DIED.search(norm, injuries[1].end, injuries[1].end + 300)
    # (not a count of them: "伤者中有2人…死亡"; an hour is no count: "伤者经抢救无效于8时死亡"; nor wounded counted
    # right before: "消防员在失火现场发现两名男性伤者，经送医抢救后不幸死亡", others than the one injured)
    return (
        died is not None
        and re.search(NUM + r"\s*(?:人|名|位)", died.group()) is None
        and not COUNTED_BEFORE_WOUNDED.search(norm, max(0, died.start() - 8), died.start())
    )


# the wounded counted again, dead of their wounds (see `_wounded_died_again`)
WOUNDED_DIED_AGAIN = re.compile(
    r"[，,]\s*(" + NUM + r")\s*(?:名|位|个)?(?:伤者|伤员|受伤人员|受伤者)[^，,。；;]{0,12}?(?:抢救|医治|救治)无效"
    r"[^，,。；;\d]{0,6}?(?:死亡|身亡)"
)


def _wounded_died_again(norm: str, injuries: tuple[int, Span]) -> int:
    """How many of the injured the rest of their sentence counts again as the wounded, dead of their wounds (0 when
    none, or more than were injured): "车内乘坐3人受伤，3名伤者经送医院抢救无效先后死亡，此次事故共造成4人死亡" is 3."""
    again = WOUNDED_DIED_AGAIN.search(norm, injuries[1].end, _sentence_at(norm, injuries[1].start)[1])
    if again is None:
        return 0
    try:
        died = cn_to_int(again.group(1))
    except ValueError:
        return 0
    return died if died <= injuries[0] else 0


def _all_injured_died(norm: str, injuries: tuple[int, Span]) -> bool:
    """Whether the next sentence after the injured tells all of them, or more, dead of their wounds: "…一名工作人员，
    以及面包车司机和一名乘车人员重伤。经抢救无效，3人均不幸死亡" (an injured who died counts only as dead)."""
    sa, sb = _sentence_at(norm, _sentence_at(norm, injuries[1].start)[1] + 1)
    if sa <= injuries[1].end:
        return False
    for rx in DEATH_RES[:2]:
        dead = rx.search(norm, sa, sb)
        if dead is None or not ALL_OF.search(dead.group()) or not DIED_OF_WOUNDS.search(norm, sa, dead.end()):
            continue
        with contextlib.suppress(ValueError):
            if cn_to_int(dead.group(1)) >= injuries[0]:
                return True
    return False


# a sentence whose subject is the wounded: "受伤人员在送往医院救治途中…" (see `_injured_accounted`)
ABOUT_HURT = re.compile(r"\s*(?:[^。；;！？\n，,]{0,6}?[，,]\s*)?(?:伤者|伤员|受伤人员|受伤者)(?!中|当中)")


def _injured_accounted(norm: str, injuries: tuple[int, Span]) -> int | None:
    """How many of the injured counted at `injuries` a later sentence tells as dead, when it accounts for every one
    of them, the rest told last: "致12人不同程度受伤。…4人经抢救无效死亡，1人伤势较重…，其余7人伤情较轻" is 4
    (4 + 1 + 7 = 12); None when no sentence does."""
    hurt = injuries[1]
    pos = _sentence_at(norm, hurt.start)[1]
    while pos < len(norm) and pos - hurt.end <= 300:
        sa, sb = _sentence_at(norm, pos + 1)
        if sb <= pos:
            break
        pos = sb
        dead = DEATH_RES[0].search(norm, sa, sb) or DEATH_RES[1].search(norm, sa, sb)
        # (or a sentence about the wounded, who died on the way or lived: "受伤人员在送往医院救治途中有3人死亡，2人
        # 正在医院治疗")
        about_hurt = ABOUT_HURT.match(norm, sa + 1 if norm[sa : sa + 1] in ("。", "\n") else sa, sb) is not None
        if dead is None or not LATE_DIED.search(norm, sa if about_hurt else dead.start(), dead.end()):
            continue
        if not REST_OF.search(norm, dead.end(), sb) and not about_hurt:
            continue
        counts = [cn_to_int(m.group(1)) for m in re.finditer(COUNT, norm[dead.start() : sb])]
        if len(counts) >= 2 and sum(counts) == injuries[0] and counts[0] < injuries[0]:
            return counts[0]
    return None


def _injured_of_total(
    norm: str, deaths: tuple[int, Span], usable: Callable[[int], bool], part: Span | None = None
) -> tuple[int, Span] | None:
    """The injured as the casualties less the dead, when the text gives only those two: "造成5人伤亡，其中2人死亡"
    is 3 injured; in the sentence of the dead, or in that of a part of the injured which tells the same dead again
    ("事故造成4人死亡。…通报称，事故造成30人伤亡，其中死亡4人，重伤10人" is 26)."""
    sa, sb = _sentence_at(norm, deaths[1].start)
    found = list(CASUALTY_TOTAL.finditer(norm, sa, sb))
    if not found and part is not None:
        pa, pb = _sentence_at(norm, part.start)
        told = DEAD_TOLD.search(norm[pa:pb])
        if told is not None and cn_to_int(told.group(1) or told.group(2)) == deaths[0]:
            found = list(CASUALTY_TOTAL.finditer(norm, pa, pb))
    for m in found:
        if not usable(m.start()):
            continue
        try:
            total = cn_to_int(m.group(1) or m.group(2))
        except ValueError:
            continue
        if total > deaths[0]:
            return total - deaths[0], Span(m.start(), m.end())
    return None


def _exception_before(norm: str, pos: int, end: int) -> bool:
    """Whether a statement of no casualties at norm[pos:end] follows an exception of a harm in its sentence: "除司机受
    轻伤外，无人员伤亡" (not "除车头受损外"); or the only harm is told right after it (`ONLY_HURT`)."""
    ex = EXCEPTION.search(norm, _sentence_at(norm, pos)[0], pos)
    if ex is not None and HARM_EXCEPTED.search(ex.group("who")) is not None:
        return True
    return _only_hurt(norm, end) is not None


# the only harm, told after a statement of no casualties (a subheading's or its own sentence's): "幸无人伤亡 … 所幸
# 事故中只有吊车司机受了轻伤", "无人员伤亡，仅司机受轻伤" (one per person joined)
ONLY_HURT = re.compile(
    r"(?:只有|仅有|只|仅)(?P<who>[^，,。；;！？\n\d]{1,12}?(?:受了?|受到了?)?(?:轻微|轻度|轻)?(?:受)?(?<!损)伤)(?![亡害人者员])"
)
ONLY_HURT_WITHIN = 200


def _only_hurt(norm: str, end: int) -> re.Match[str] | None:
    """The only harm told within `ONLY_HURT_WITHIN` characters after a statement of no casualties ending at `end`
    (another such statement may come between: a subheading's "幸无人伤亡", then the story's own)."""
    return ONLY_HURT.search(norm, end, end + ONLY_HURT_WITHIN)


def _excepted_victims(norm: str, excepted: list[re.Match[str]]) -> tuple[int, Span] | None:
    """The hurt excepted from a statement of no casualties, with no count: "除司机受轻伤外，无人员伤亡" is 1,
    "除驾驶员和押运员受伤外" 2 (one per person joined); not the dead ("除两人死亡外")."""
    for m in excepted:
        ex = EXCEPTION.search(norm, _sentence_at(norm, m.start())[0], m.start()) or _only_hurt(norm, m.end())
        if ex is None:
            continue
        who = ex.group("who")
        if DEATH_ANCHOR.search(who) or "伤" not in who or NOT_REAL_HARM_RE.search(who):
            continue
        # (a count, "除2人受轻伤外", is a stated group, read before this)
        n = len(re.findall(r"和|、|及|与", who.split("伤")[0])) + 1
        return n, Span(ex.start("who"), ex.end("who"))
    return None


def _kin_hurt(norm: str, kind_at: _KindAt, usable: Callable[[int], bool]) -> tuple[int, Span] | None:
    """Relatives hurt together with no count: "一对夫妻被火灼伤" is 2, "一家三口烧伤严重" is 3 (see KIN_HURT)."""
    for m in KIN_HURT.finditer(norm):
        if not usable(m.start()) or kind_at(m.start()) in ("lesson", "responsibility"):
            continue
        if m.group("gap") and NOT_TREATED.search(m.group("gap")):
            continue  # "这对夫妻的儿子未受伤", "夫妻俩中毒受伤"
        if INJURED_THEN_DIED.match(norm, m.end()):
            continue
        try:
            n = cn_to_int(m.group("n")) if m.group("n") else 2
        except ValueError:
            continue
        return n, Span(m.start(), m.end())
    return None


def _all_listed_hurt(norm: str, kind_at: _KindAt, usable: Callable[[int], bool]) -> tuple[int, Span] | None:
    """People told one by one with no count, all of them hurt (`ALL_LISTED_HURT`): one a word."""
    for m in ALL_LISTED_HURT.finditer(norm):
        if usable(m.start()) and kind_at(m.start()) not in ("lesson", "responsibility"):
            return len(re.findall(_LISTED_WHO, m.group())), Span(m.start(), m.end())
    return None


def _listed_victims(norm: str, word: str, kind_at: _KindAt) -> tuple[int, Span] | None:
    """Victims listed after a label with no count: "死者朱A", "中毒受伤人员：班长罗国庆、发运员陈君、押运员杨广平"."""
    rx = LISTED_DEAD if word == "死" else LISTED_HURT
    for m in rx.finditer(norm):
        if kind_at(m.start()) in ("lesson", "responsibility"):
            continue
        if m.group(1) is not None:  # a labelled list: one victim per item
            if re.match(r"\s*(?:无|没有|暂无)", m.group(1)):
                continue
            items = [x for x in re.split(r"[、；;]", m.group(1)) if len(re.findall(r"[\u4e00-\u9fff]", x)) >= 2]
        else:  # names after 死者
            items = [x for x in m.group(2).split("、") if x[:1] in SURNAMES]
        if items:
            return len(items), Span(m.start(), m.end())
    return None


def _with_further_sentence(
    norm: str, stated: list[tuple[int, int, Span]], found: list[tuple[int, int, Span]]
) -> list[tuple[int, int, Span]]:
    """A group of the dead told in a sentence marked as further, added to the largest count found in the sentence
    right before it (a part of a whole of its own too): "下井矿工有90人，其中已有8人遇难，…。另外，爆炸还导致地面
    人员4死2伤" is 12."""
    out = list(stated)
    for i, (rank, n, span) in enumerate(stated):
        sa = _sentence_at(norm, span.start)[0]
        if not FURTHER_SENTENCE.match(norm, sa, span.start):
            continue
        before = [s for s in found if s[2].start < sa and not norm[_sentence_at(norm, s[2].start)[1] : sa].strip()]
        if before:
            r0, n0, sp0 = max(before, key=lambda s: s[1])
            out[i] = (min(rank, r0), n0 + n, Span(sp0.start, span.end))
            # the first count, if stated, gives way to the sum: a lead's result statement would be chosen before it
            out = [out[i] if s[2] == sp0 else s for s in out]
    return out


def _add_groups(norm: str, deaths: tuple[int, Span] | None, groups: list[re.Match[str]]) -> tuple[int, Span] | None:
    """Deaths counted group by group: "1名老人和1名小孩也不幸遇难" is 2; "2人当场死亡；1名老人和1名小孩也不幸遇难"
    is 4 (a further group is one the text marks with 也/另/还 right after the first count)."""
    best = deaths
    for g in groups:
        try:
            if g.group("lst"):
                n = sum(cn_to_int(x.group(1)) for x in INJ_LIST_ITEM.finditer(g.group("lst")))
                if n == 0:
                    continue
            else:
                n = cn_to_int(g.group(2)) + cn_to_int(g.group(3))
        except ValueError:
            continue
        span = Span(g.start(), g.end())
        if (
            deaths is not None
            and 0 <= g.start() - deaths[1].end <= 2
            and norm[deaths[1].end : g.start()].strip("；;，, ") == ""
            and ADDITIVE.search(norm[deaths[1].end - 1 : g.end()])
        ):
            n, span = n + deaths[0], Span(deaths[1].start, g.end())
        if best is None or n > best[0]:
            best = (n, span)
    return best


def _windows(norm: str, anchor: re.Pattern[str], before: int = 32, after: int = 14) -> list[tuple[int, int]]:
    """Stretches of text around an anchor word (死, 伤 …), merged: the casualty patterns only run there."""
    out: list[tuple[int, int]] = []
    for m in anchor.finditer(norm):
        a, b = max(0, m.start() - before), min(len(norm), m.end() + after)
        while a > 0 and (norm[a - 1].isdigit() or norm[a - 1] in NUM_CHARS):
            a -= 1  # never cut a number in two
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _find(rx: re.Pattern[str], norm: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    for a, b in windows:
        yield from rx.finditer(norm, a, b)


def _choose(norm: str, stated: list[tuple[int, int, Span]]) -> tuple[int, Span] | None:
    """The count a report gives for the whole: a total ("共造成…") first; then a result statement of the lead
    paragraph ("2019年…发生…，造成3人死亡"); then the largest result statement; then the largest count."""
    if not stated:
        return None
    lead_end = _lead_end(norm)
    for want in (
        [s for s in stated if s[0] == 0],
        [s for s in stated if s[0] == 1 and s[2].start < lead_end],
    ):
        if want:
            return want[0][1], want[0][2]
    pool = [s for s in stated if s[0] == 1] or stated
    top = max(pool, key=lambda s: s[1])
    return top[1], top[2]


def _rank(norm: str, pos: int) -> int:
    """0: a count given as the whole ("共造成5人"), 1: as the accident's result ("造成3人…"), 2: any other."""
    sa, _sb = _sentence_at(norm, pos)
    before = norm[max(sa, pos - 12) : pos]
    if TOTAL_MARK.search(before):
        return 0
    if TALLY_OPENING.match(norm, sa) and re.search(r"(?:确定|确认)\s*$", before):
        return 0  # the search's end, its final tally: "至此，发生在…采石场的山体滑坡事件，确定22人罹难，1人生还"
    if (TALLY_OPENING.match(norm, sa) or TALLY_BEFORE.search(norm, max(sa, pos - 4), pos)) and ALL_FOUND_DEAD.match(
        norm, pos
    ):
        return 0  # (or all of the trapped found and dead: "至此，14名被困人员已全部找到并确认遇难")
    if not norm[norm.rfind("\n", 0, pos) + 1 : pos].strip() and COUNT_FIELD.match(norm, pos):
        return 0  # a case sheet's field on its own line: "受伤人数 9人"
    if RESULT_VERB.search(norm, max(sa, pos - 60), pos) and not _is_part(norm, sa, pos):
        return 1
    if sa < _lead_end(norm) and LEAD_ACCIDENT.search(norm, sa, pos) and not _is_part(norm, sa, pos):
        return 1  # the lead's summary told without 造成: "…发生一起火灾事故，设施被烧坏，一名加油工被烧成重伤"
    return 2


def _part_of_sentence(norm: str, pos: int) -> bool:
    """A count at pos told as a part of a whole of its sentence (see `_is_part`)."""
    return _is_part(norm, _sentence_at(norm, pos)[0], pos)


def _is_part(norm: str, sa: int, pos: int) -> bool:
    """A count inside "（…）" or after "其中" or "包括" in its sentence is a part of a whole stated before it."""
    before = norm[sa:pos]
    opened = max(before.rfind("（"), before.rfind("("))
    if opened > max(before.rfind("）"), before.rfind(")")):
        return True
    # (or after 包括: "事故已造成22人受伤，包括8名施工方人员以及12名周边群众受伤")
    k = max(before.rfind("其中"), before.rfind("包括"))
    # "8人死亡（其中3人当场死亡）、5人受伤": a 其中 closed inside its brackets parts only the count before them
    return k >= 0 and not re.search(r"另|[。；;）)]", before[k:])
