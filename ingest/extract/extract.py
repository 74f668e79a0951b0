"""Text → ExtractedReport: date, place, casualties, loss, accident type, chemicals, equipment, parties, causes,
responsibilities and lessons, each with its character span in the text given (offsets into that exact string)."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import rjieba
from spacy.attrs import IDX
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ontology import severity_grade

from .furniture import in_furniture
from .numerals import NUM, cn_to_int, normalise_digits, parse_amount_cny
from .patterns import ACCIDENT_KEYWORDS, ACCIDENT_PRIORITY, Gazetteer, load_gazetteer
from .pipeline import _terms, accident_matcher, build_nlp
from .sections import CAUSE_KINDS, LEVEL_OF_KIND, Section, split_sections

# Common single-character surnames (for telling a name from the verb after a role word).
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛"
    "邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝"
    "路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
    "全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕"
    "楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈"
    "晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉"
    "冶斯元束檀衣阴昝智幸奉植衡尧昌"
) - set("来和原应满安全时但由成明国都相利信展富闭支计门云容敬双")
ANON = r"(?:某某|某|[xX×]{1,3}|[＊*]{1,3})"
STOP_AFTER = set("，,。；;、（(）)：:和与及等在对将把于被因驾的是为向未已从到\n\r 　兼也即")
ORG_SUFFIX = (
    r"(?:有限责任公司|股份有限公司|有限公司|集团公司|总公司|分公司|公司|管理局|建设局|教育局|局|厂|站|中心|项目部|"
    r"管理处|研究院|设计院|院|所|政府|委员会|管委会|办公室|指挥部)"
)
ORG_RE = r"[\u4e00-\u9fffA-Za-z0-9（）()·]{2,40}?" + ORG_SUFFIX
DATE_RE = re.compile(
    r"(\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*"
    r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]"
    r"(?:\s*(凌晨|早晨|早上|上午|中午|下午|傍晚|晚上|夜间|深夜)?\s*(\d{1,2})\s*[时点:：](?:\s*(\d{1,2})\s*分?)?)?"
)
DEATH_ANCHOR = re.compile(r"死|遇难|身亡|罹难|丧生|殉职|殒命|溺亡|坠亡|去世|离世")
INJ_ANCHOR = re.compile(r"伤")
MISSING_ANCHOR = re.compile(r"失踪|失联")
POISON_ANCHOR = re.compile(r"中毒|刺激|毒害|不适")
# a count, not "数十人" or "上百人" (no number given)
# (nor "无一人死亡", which says nobody died)
COUNT = r"(?<![数几无])(?!(?<=上)[百千万])(" + NUM + r")\s*(?:余|多)?\s*(?:人|名|位)"
# who the victims were, between a harm verb and its count: "烧伤工人4人", "砸死路人1名"
VICTIM_WORDS = (
    r"工人|职工|民工|行人|路人|乘客|村民|群众|居民|学生|员工|作业人员|施工人员|司乘人员|驾驶员|司机|押运员|消防员"
    r"|人员"
)
DEATH_WORD = r"(?:死亡|遇难|身亡|罹难|丧生|殉职|殒命|溺亡|坠亡|(?:被|当场)?(?:烧|炸|压|砸|淹|撞|电|毒)死)"
DEATH_RES = [
    re.compile(COUNT + r"[^，,。；;\d]{0,12}?(?:当场)?(?:中毒)?" + DEATH_WORD),
    re.compile(
        # "死亡人数目前为28人", "遇难人数已经上升到5人": a time word before the figure
        r"(?:死亡|遇难|罹难)(?:者|人员)?(?:人数)?(?:目前|现在|现|已经|已)?(?:为|达|共|有|上升至|上升到|升至|增至|增加至|增加到)?\s*"
        r"(" + NUM + r")\s*(?:余|多)?\s*(?:人|名)"
    ),
    re.compile(r"死者(?:共|为|有)?\s*(" + NUM + r")\s*(?:人|名)"),
    # "3死2伤", "两死两重度昏迷": a count of the dead and then another count
    # (a rounded count after it too: "1死10余伤")
    re.compile(r"(" + NUM + r")死(?=(?:" + NUM + r")(?:余|多)?(?:伤|重|轻|人|名|失踪|中毒|昏迷))"),
    # the verb before the count: "当场炸死2人", "烧死驾驶员1人", "事故死1人，伤4人"
    re.compile(
        r"(?:(?:烧|炸|压|砸|撞|轧|淹|电|毒)死|(?<![生该])死)\s*(?:了)?\s*(?:" + VICTIM_WORDS + r")?\s*"
        r"(" + NUM + r")\s*(?:余|多)?\s*(?:人|名)"
    ),
]
# injury words by kind; a count before or after one of them is an injured group ("3人重度烧伤", "轻伤47人")
SERIOUS_WORD = (
    r"(?:重伤|重度(?:烧伤|灼伤|受伤)|严重(?:烧伤|灼伤|受伤)|伤(?:势|情)(?:严重|较重|过重|危重)|(?:烧|炸|砸|撞|摔|烫|压|灼)成重伤)"
)
MINOR_WORD = r"(?:轻伤|轻微伤|轻微(?:受伤|烧伤|灼伤)|轻度(?:受伤|烧伤|灼伤)|(?:烧|炸|砸|撞|摔|烫|压|灼)成轻伤)"
HURT_WORD = (
    r"(?:受伤|烧伤|灼伤|烫伤|砸伤|炸伤|摔伤|撞伤|擦伤|冻伤|压伤|划伤|割伤|挤伤|碰伤|跌伤|震伤|轧伤|碾伤|夹伤|刺伤"
    r"|扎伤|冲击伤|骨折|(?<![零一二两三四五六七八九十百\d])伤(?=[，,。；;、）)\s]|$)"
    # 伤势 ending its clause, 受伤 as reworded copies write it: "导致两名男子伤势，所幸并无生命危险"
    r"|(?<!的)伤势(?=[，,。；;]))(?!亡|者|员|人员|情况)"
)
HURT_ANY = re.compile(HURT_WORD + "|" + SERIOUS_WORD + "|" + MINOR_WORD)
INJ_KIND = "(?:(" + SERIOUS_WORD + ")|(" + MINOR_WORD + ")|(?:不同程度)?(?:中毒)?(" + HURT_WORD + "))"
# groups listed and then hurt together: "3位民警、两名司机以及数十名群众被不同程度地灼伤" is 5 (a group given
# without a number, 数十名, adds nothing); every group of the list is a count of people and a noun, no verb
_GROUP = (
    r"(?:(?<![数几])(?!(?<=上)[百千万])"
    + NUM
    + r"|数十|数百|几十|十几|几|数|多|若干|部分)\s*(?:余|多)?\s*(?:名|位|个|人)"
    # not across a count of the dead or the missing: "造成8人遇难、2人轻微灼伤", "5人失联、19人重伤" list no
    # injured group of 8 or 5
    r"[^，,。；;、\d（(）)死伤亡难失和及与跟被]{0,8}?"
)
# people counted with 个, only before a word for people: "6个孩子均被烧伤" (not "3个罐体")
_KIDS = r"孩子|小孩|学生|男孩|女孩|人|工人|员工|村民|小伙|男子|女子"
# a relative clause describing counted people before their noun, with the noun: "正在居民楼内装修的工人",
# "10多岁的学生" (its digits are an age, not another count)
_WHO_CLAUSE = (
    r"(?:正在|在|从事|负责|参与|参加)?[^，,。；;、（(）)死亡伤]{0,16}?的\s*"
    r"(?:" + VICTIM_WORDS + r"|" + _KIDS + r"|工友|住户|户主)"
)
INJ_LIST_ITEM = re.compile(r"(?<![数几])(?!(?<=上)[百千万])(" + NUM + r")\s*(?:余|多)?\s*(?:名|位|个|人)")
INJ_ITEM = re.compile(
    r"(?P<lst>" + _GROUP + r"(?:(?:、|和|以及|及|与|跟|还有)\s*" + _GROUP + r")+)"
    r"[^，,。；;、\d（(）)]{0,10}?"
    r"(?:(?P<s0>" + SERIOUS_WORD + r")|(?P<m0>" + MINOR_WORD + r")|(?:不同程度)?(?:中毒)?(?:" + HURT_WORD + r"))"
    # "3人重度烧伤", "4名工人被烧伤", "16名村民轻微受伤"
    r"|"
    r"(?<![数几无])(?!(?<=上)[百千万])(?P<n1>" + NUM + r")\s*(?:余|多)?\s*(?:人|名|位|个(?=" + _KIDS + r"))"
    # the people described by a clause before their noun: "两名正在车间里操作的工人…受伤"
    r"(?:" + _WHO_CLAUSE + r")?"
    # not across a count of the dead: "造成一人死亡两人受伤" (written without a comma) is two injured
    r"[^，,。；;、\d（(）)死亡]{0,10}?"
    r"(?:(?P<s1>" + SERIOUS_WORD + r")|(?P<m1>" + MINOR_WORD + r")|(?:不同程度)?(?:中毒)?(?:" + HURT_WORD + r"))"
    # "轻伤47人", "受伤人员共6名", "伤者3名", "烧伤工人4人"
    r"|(?:(?P<s2>重伤)|(?P<m2>轻伤)|(?:受伤|烧伤|灼伤|烫伤|炸伤|砸伤|撞伤|摔伤|伤)(?:者|员|人员)?(?:人数)?)"
    r"\s*(?:了|的|为|达|共|有|共有|共计)?\s*(?:" + VICTIM_WORDS + r")?\s*(?P<n2>" + NUM + r")\s*(?:余|多)?\s*(?:人|名)"
    # "3死2伤"
    r"|(?:" + NUM + r")死(?P<n3>" + NUM + r")伤"
    # "5名伤员", "30余名受伤人员"
    r"|(?<![数几])(?!(?<=上)[百千万])(?P<n4>" + NUM + r")\s*(?:余|多)?\s*(?:名|个|位)\s*(?:伤员|伤者|受伤人员|受伤者)"
)
MISSING_RES = [
    re.compile(COUNT + r"[^，,。；;\d]{0,4}?(?:失踪|失联)"),
    re.compile(r"(?:失踪|失联)\s*(" + NUM + r")\s*(?:人|名)"),
]
POISON_RES = [
    re.compile(COUNT + r"[^，,。；;\d]{0,6}?(?:急性)?中毒(?!死亡)"),
    re.compile(COUNT + r"[^。；;\d]{0,20}?出现[^。；;\d]{0,12}?中毒(?:症状|反应)"),  # "…出现头晕、恶心等中毒症状"
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
    # "2名司机、1名押运员和3名路人当场死亡": every group of a list (as for the injured, INJ_ITEM)
    r"(?P<lst>"
    + _GROUP
    + r"(?:(?:、|和|以及|及|与|跟)\s*"
    + _GROUP
    + r"){2,})[^，,。；;\d]{0,8}?(?:死亡|遇难|身亡|罹难|丧生)"
    r"|(" + NUM + r")\s*(?:人|名)[^，,。；;\d]{0,10}?(?:和|及|、)[^，,。；;\d]{0,6}?(" + NUM + r")\s*(?:人|名)"
    r"[^，,。；;\d]{0,8}?(?:死亡|遇难|身亡|罹难|丧生)"
)
# a count broken down into its parts after it: "其中", "4名伤者中有…", "伤员当中"
BROKEN_DOWN = re.compile(r"其中|(?:者|员|人)(?:当)?中(?![毒暑弹招断止])")
# the people taken to or treated in hospital, as news reports give the injured: "89人住院治疗", "住院治疗521人",
# "3名司乘人员已被送往医院救治", "10人送医救治" (a count only when the text gives no injured count of its own)
HOSPITAL_ANCHOR = re.compile(r"住院|医院|送医|送院|救治|治疗")
HOSPITAL_COUNT = re.compile(
    r"(?<![数几无])(?!(?<=上)[百千万])(?P<n>" + NUM + r")\s*(?:余|多)?\s*(?:名|人|位)"
    r"[^，,。；;、\d（(）)死亡伤]{0,10}?"
    r"(?:住院|送医|送院|(?:送往|送到|送至|送入|送进)[^，,。；;\d]{0,10}?医院|(?:接受|进行)?(?:救治|治疗))"
    r"|住院(?:治疗)?(?:人数)?(?:为|达|共|有)?\s*(?P<n2>" + NUM + r")\s*(?:余|多)?\s*(?:人|名)"
)
# treated people who are the poisoned, the unwell or under observation, not the injured: "8人身体不适送院观察",
# "中毒人员…住院治疗"; and treated people the clause goes on to tell died: "3人送医院抢救无效死亡"
HOSPITAL_NOT_HURT = re.compile(r"中毒|窒息|缺氧|吸入|不适|昏迷|晕|观察|检查|溺|熏|症状")
# a part of the dead told before a hospital count: "其中12名消防员牺牲，住院治疗…"
PART_DEAD = re.compile(r"死|遇难|身亡|罹难|丧生|殉职|牺牲")
HOSPITAL_DIED = re.compile(r"[^。；;]{0,16}?(?:无效|不治|死亡|身亡)")
# a further group of victims after the first: "2人当场死亡；1名…也不幸遇难", "另有3人死亡"
ADDITIVE = re.compile(r"[；;，,][^。；;\n]{0,24}?(?:也|另有|还有|又有)")
# a count the text gives as the whole ("共造成5人死亡") or as the accident's result ("造成3人死亡、2人受伤")
TOTAL_MARK = re.compile(r"(?:共|共计|合计|总计|一共|先后|累计)(?:造成|导致|致|有)?\s*$")
# 形成 for 造成 in reworded copies ("事故形成两人受伤"), only right before the count (searched up to it)
RESULT_VERB = re.compile(r"造成|导致|致使|致|酿成|事故中|形成(?:了)?\s*$")
# statistics of other accidents: "共发生38起，造成24人死亡", "同比下降"
STATS = re.compile(
    r"(?:[2-9]|\d{2,}|[两三四五六七八九十]+)\s*起(?!重|吊)|同比|以来|近年|近几年|全国|全年|历年|历史上|据统计|多年来"
    r"|同类事故|类似事故"
)
# a count the text only imagines or narrowly avoided: "如果罐体爆炸，将造成上百人死亡", "险些造成人员伤亡"
HYPOTHETICAL = re.compile(
    r"如果|假如|假若|倘若|若是|(?<![倘假])若(?!干)|一旦|万一|险些|差点|差一点|可能(?:会)?(?:造成|导致|引发)|将(?:会)?(?:造成|导致)"
    r"|足以|极易|容易(?:造成|导致)|后果不堪设想"
)
# a later group added to a first one in the same sentence: "2人当场死亡，1人经抢救无效死亡", "另有1人…"
PARTIAL = re.compile(r"当场|现场|当即|当时")
NUM_CHARS = set("零〇○一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟")
# how the victims died, a breakdown of a total already given: "造成3人死亡，2人当场死亡，1人经抢救无效死亡"
BREAKDOWN = re.compile(r"当场|现场|当即|当时|抢救无效|医治无效|送医|送院|途中")
# a group told as everybody there: "屋内8人全部重度烧伤", "车上5人均受伤"
ALL_OF = re.compile(r"全部|全都|均|都")
ADD_MARK = re.compile(r"另|又|还有|也|随后|后经|此后")
NO_CASUALTY = re.compile(
    # the first characters of the alternatives, ahead: lets the scan skip other positions fast
    # "没造成人员伤亡" (没 alone, as often as 没有), "没形成人员伤亡" (形成 for 造成 in reworded copies)
    r"(?=[无未没人])(?:(?<!救援)(?<!救援的)(?:无|未|没有?)(?:直接)?(?:造成|形成|导致|引起|发生|出现|酿成)?(?:任何)?"
    r"人员(伤亡|死亡|受伤)"
    r"|无人(?:员)?(伤亡|死亡|受伤)|(?:未|没有?)(?:造成|形成|导致|引起|出现|发生)(?:任何)?(伤亡)"
    # "无一人伤亡", "未有人员伤亡", "人员均无伤亡" (not "其他人员无伤亡": the others, see OTHERS_NONE)
    r"|无一人(伤亡|死亡|受伤)|未有人员(伤亡|死亡|受伤)"
    r"|(?<!其他)(?<!其余)(?<!其它)(?<!救援)(?<!消防)(?<!参战)(?<!处置)人员(?:均|都)?(?:无|未)(伤亡|死亡|受伤)"
    # everybody got away unhurt: "车内人员均已安全撤离，并未受伤", "人员全部及时逃生，没有受伤" (nobody hurt at all)
    r"|(?<!其他)(?<!其余)(?<!其它)(?<!救援)(?<!消防)人员(?:均|都|全部|全都)(?:已|已经)?(?:及时|安全)?(撤离|逃生|逃离|脱险)"
    r"[，,]?\s*(?:并|均|都)?(?:未|没有|没)(?:受伤|伤亡))"
)
ESCAPED = frozenset(("撤离", "逃生", "逃离", "脱险"))
# a sentence about earlier accidents, whose "无人员伤亡" is not this one's: "前几年也听到过厂里的爆炸声，但未出现伤亡"
PAST_EVENT = re.compile(r"前几年|前些年|往年|以往|早年|[多几数]年前|曾经|曾(?:多次)?发生|也曾")
# nobody besides the victims told: "无其他人员受伤", "幸无他人伤及", "未伤及他人", "其余人员无伤亡"
OTHERS_NONE = re.compile(
    r"(?=[无未没并幸均其])(?:(?:无|未|没有|并无|幸无|均无)(?:造成|导致|出现)?(?:其他|其余|其它|他人|别的)(?:人员|人)?(伤亡|死亡|受伤|伤及|伤害)"
    r"|(?:未|没有|无)(?:伤及|波及)(?:到)?(?:其他人员|其他人|他人|其余人员)"
    r"|(?:其他|其余|其它)(?:人员|人)(?:均|都)?(?:无|未|没有)(?:造成)?(伤亡|死亡|受伤))"
)
NO_LOSS = re.compile(r"(?:未|没有)(?:直接)?造成(?:任何)?(?:人员伤亡(?:和|及|、))?(?:直接)?经济损失")
# what comes between a victim and the harm: "经抢救无效死亡", "送医后不治身亡", "被困车内死亡", "在灭火过程中被烧伤"
LATE_DEATH = (
    r"[^，,。；;]{0,8}?(?:抢救无效|医治无效|救治无效|不治|送医后|送院后|途中)"
    r"|(?:被困|被卡|被压|被埋)[^，,。；;\d]{0,8}?"
    r"|(?:在|于)[^，,。；;\d]{0,10}?(?:中|时)"
    r"|(?:因)?(?:伤势过重|伤重|伤势严重)(?:而|经抢救无效)?"
)
# the casualties as one count, dead and injured together: "造成5人伤亡"
CASUALTY_TOTAL = re.compile(r"(?<![数几])(?!(?<=上)[百千万])(" + NUM + r")\s*(?:余|多)?\s*(?:人|名)\s*(?:伤亡|死伤)")
# a death told with no count: one victim
ONE_DEATH = re.compile(
    r"(?:当场|抢救无效|医治无效|救治无效|不治)(?:相继|先后|全部|均|都)?(?:死亡|身亡)|坠落身亡|坠亡|(?:摔|砸|压|撞)伤致死"
    # "电焊工当场被炸身亡", "司机被烧身亡"
    r"|(?:当场)?被(?:炸|烧|砸|压|撞|轧|电)(?:身亡|致死)"
    r"|(?:送医|送院|送往医院|送到医院|送至医院)后?(?:不久|途中)?(?:相继|先后)?(?:死亡|身亡)"
    # "被困驾驶室内，不幸身亡", "因伤势过重死亡"
    r"|不幸(?:死亡|身亡|遇难)|(?:伤势过重|伤重)(?:而|经抢救无效)?(?:死亡|身亡)"
    # "被夹在桩管与支腿之间导致死亡": the result with no count is the victim just told of
    r"|(?:导致|致使|造成|致)其?(?:当场)?(?:死亡|身亡)"
    # one victim's death told in plain words: "槽罐车驾驶员已死亡", "一人因伤势过重已去世", "路人被飞石砸死",
    # "油漆工刷漆时中毒离世"
    r"|(?:(?<=[员工者人])已|不幸|伤势过重已?)(?:死亡|身亡|去世|离世)"
    r"|(?<![未没有])被[^，,。；;\d]{0,4}?(?:炸|砸|烧|压|撞|轧)死"
    r"|(?:中毒|窒息)(?:身亡|离世|去世)"
)
# …or the people a result verb counted earlier in its sentence: "造成4名作业人员被掩埋，后经抢救无效死亡", or the
# people a clause of the sentence starts with, when something befell them: "2名工人被埋，经抢救无效死亡"
COUNTED_BEFORE = re.compile(
    r"(?:造成|导致|致使|致)[^，,。；;\d]{0,6}?"
    + COUNT
    # the people a fire or blast struck, told with 将/把: "烈火将杨、焦二人严重烧伤，经抢救无效死亡"
    + r"|(?:将|把)[^，,。；;\d]{0,8}?"
    + COUNT
    + r"|(?:(?<=[，,。；;\n])|^)\s*(?:现场|作业面上|车上|其中|事故中)?"
    + COUNT
    + r"[^，,。；;\d]{0,8}?(?:被|重伤|烧伤|灼伤|受伤)"
    # a count right before the death: "两名伤者被送往医院，一人因伤势过重已去世" is 1
    + r"|"
    + COUNT
    + r"(?=[^，,。；;\d]{0,6}?$)"
)
# named victims when no count is given: "副主任戴xx被灼伤", "驾驶员受伤", "杨远灿、江廷平当场死亡"
VICTIM_GROUPS = (
    r"工人|职工|民工|行人|乘客|村民|学徒工|学徒|员工|作业人员|电焊工|焊工|电工|木工|钢筋工|架子工|杂工|搬运工|信号工|司索工"
    r"|押车员|跟车员|卸车工|装车工|加油员|收费员"
    # people of a shop or a gate, the victims of small-business gas explosions: "致老板娘受伤", "受伤的看门老汉"
    r"|老板娘|老板|店主|摊主|店员|厨师|门卫|保安|看门人|看门老汉|老汉"
)
# the part of the body a victim was hurt in, between the victim and the harm: "押运员李某面部被灼伤", "王某左腿受伤"
_ONE_PART = (
    r"(?:[左右双]?(?:手|脚|腿|臂|眼|耳|肩|膝|足|掌|小腿|大腿|胳膊|手臂|手指|手掌|脚踝|眼睛)|面|脸|头|颈|胸|背|腰"
    r"|腹|臀|全身|身体|皮肤|面颊|额头|下肢|上肢)(?:部|部位)?"
)
BODY_PART = r"(?:的)?" + _ONE_PART + r"(?:(?:及|和|、|与)" + _ONE_PART + r")*(?:多处)?"
NAME_RE = r"[\u4e00-\u9fff](?:某某|某|[xX×]{1,3}|[＊*]{1,3})|[\u4e00-\u9fff]{2,3}?"
# a victim named by surname and a polite title, as news stories name them: "谢师傅受伤", "受伤的杨女士"
HONORIFIC_NAME = r"[\u4e00-\u9fff](?:先生|女士|师傅)"
# a name, with a Latin capital as the placeholder too ("朱A"), of a listed victim
NAME_RE_ANON = r"[\u4e00-\u9fff](?:某某|某|[xX×]{1,3}|[＊*]{1,3}|[A-Z](?![A-Za-z])|[\u4e00-\u9fff]{1,2})"
# the outcome of an injury for one victim: hurt, stitched, taken to hospital for treatment
TREATED = (
    r"(?:(?:受|被)?(?:"
    + HURT_WORD
    + r")|伤口(?:经)?(?:缝合|包扎)|(?:被)?(?:送往|送到|送至|送入|送)[^，,。；;]{0,8}?医院"
    r"(?:进行)?(?:治疗|救治|住院|就医|医治))"
)
# what keeps a clause from telling a victim's injury: a death, a poisoning, a precaution or a hypothetical
# harm told as a precaution, a possibility or denied, not as what happened (one list for NOT_TREATED and NOT_HARMED)
NOT_REAL_HARM = r"防止|避免|以免|防护|可能|会|要|应|若|如果|一旦|未|没有|无"
NOT_TREATED = re.compile(r"死|亡|中毒|窒息|晕倒|昏迷|晕厥|昏倒|头晕|不适|吸入|" + NOT_REAL_HARM)
# an injury the sentence goes on to tell was fatal: "…全身烧伤，经抢救无效死亡", "…受伤，送医后不治身亡"
INJURED_THEN_DIED = re.compile(
    r"[^。；;，,]{0,6}[，,]?\s*(?:后|经|后经|送医|送往|送院|送至|送到|因伤势|终因|于|在送)[^。；;]{0,24}?(?:死亡|身亡|不治)"
)
# a death denied ("暂无人员死亡"; not "抢救无效死亡")
DEATH_DENIED = re.compile(r"(?:无|未|没有?)(?:人员|人|造成)?(?:死亡|身亡|伤亡)")
# a count of people inside a stretch of text
COUNTED_IN = re.compile(NUM + r"\s*(?:余|多)?\s*(?:人|名|位)")
# the harm of a victim named with no count: "受轻伤", "被烧伤", "受到严重烧伤"
HURT_VICTIM_WORD = (
    r"(?:受了?|受到了?)?(?:严重|轻微|轻度|重度|不同程度)?(?:的)?(?:"
    + "|".join((HURT_WORD, SERIOUS_WORD, MINOR_WORD))
    + ")"
)
# two relatives hurt together, told as a pair with no count ("一对母子在燃爆中烧伤", "烧伤夫妻俩"), or a family by its
# size ("一家三口被严重烧伤"): 2, or the family's size ("母子三人" gives its own count, not 2)
_KIN_PAIR = (
    r"(?:一对|这对)?(?:夫妻|夫妇|母子|父子|母女|父女|兄弟|姐妹|祖孙)(?:俩|二人|两人)?"
    r"(?![三四五六七八九\d]|\s*(?:名|位|个|口|人))"
)
KIN_HURT = re.compile(
    # the first characters of the alternatives, ahead: lets the scan skip other positions fast
    r"(?=[一这夫母父兄姐祖烧炸灼烫砸])"
    r"(?:(?P<pair>" + _KIN_PAIR + r")|一家(?P<n>" + NUM + r")口)"
    r"(?P<gap>[^，,。；;\d]{0,10}?)(?:被|受|遭)?(?:严重|重度|轻度|轻微)?"
    r"(?:" + HURT_WORD + "|" + SERIOUS_WORD + "|" + MINOR_WORD + r")"
    r"|(?:烧伤|炸伤|灼伤|烫伤|砸伤)(?:了)?(?P<pair2>" + _KIN_PAIR + r")"
)
# a harm denied right after the victim: "槽罐车驾驶员未受伤", "司机并没有受伤"
NEGATED_HARM = re.compile(r"未|没|无(?!辜)|不(?!幸|慎|小心)")
# one victim referred to by 其 after being named: "硫酸喷溅到装卸工刘某面部，致其面部灼伤"
PRONOUN_HURT = re.compile(
    r"(?=[致使造导])(?:致|致使|使|造成|导致)其(?:" + BODY_PART + r")?(?:被|受)?(?:" + HURT_WORD + r")"
)
# the wounded, with no count, taken to hospital: one victim ("伤者被送往医院救治"; not "伤者均被…", "伤者们")
WOUNDED_TAKEN = re.compile(
    r"(?:^|(?<=[，,。；;\n]))\s*(?:该|这名|这位)?(?:伤者|伤员|受伤者)(?![们均都等])(?:已|随即|随后|立即|迅速)?\s*"
    r"(?:被)?(?:紧急)?(?:送往|送到|送至|送入|转往|转至|转入)[^，,。；;]{0,14}?(?:医院|卫生院)"
)
ONE_PERSON = re.compile(
    r"(?:一名|一位|一个)[^，,。；;\d]{0,6}?(?:男子|女子|小伙|男孩|女孩|老人|老汉|妇女|男青年|女青年|住户|租客|居民|村民"
    r"|工人|员工|民工|店主|摊主|司机|驾驶员)"
)
# a trapped person freed and taken to hospital, with no count: one victim ("拉出被困司机，随即送往医院治疗")
RESCUED_TAKEN = re.compile(
    r"(?:救出|拉出|抬出|拖出|抢出|救下|解救出|营救出)(?:了)?被困(?:的)?(?:司机|驾驶员|驾驶人|人员|男子|女子|老人|工人|群众|者)"
    r"[^。；;]{0,12}?(?:送往|送到|送至|送入|送)[^，,。；;]{0,10}?(?:医院|卫生院)"
)
# a hurt body part with the victim left implicit, a pronoun or a name, as feature stories about one victim tell it
# ("手指被氢氟酸灼伤", "工友见他的脸部被烫伤", "只是腿部受了点伤", "全身烧伤面积达90%的老汉"); a single 手/脚/面 is not
# enough (手套, 脚手架, 地面), so only whole body words
BODY_WORD = (
    r"(?:手指|手掌|手臂|手部|手腕|双手|[左右]手(?![边侧])|脸部|脸上|面部|颜面|头部|头发|眉毛|眼睛|眼部|双眼|脖子|颈部"
    r"|胸部|胸前|背部|后背|腰部|腹部|腿部|双腿|大腿|小腿|双脚|脚部|脚面|脚踝|膝盖|皮肤|全身|上肢|下肢|四肢|胳膊|肩部"
    r"|臀部|额头|面颊|耳朵)"
)
_CLAUSE = r"(?:^|(?<=[，,。；;！!？?：:\n]))\s*"
_HURT_ONE = r"(?:受了?(?:点|些)(?:轻)?伤(?=[，,。；;！!]|$)|" + HURT_VICTIM_WORD + r")"
BODY_HURT = re.compile(
    _CLAUSE + r"([^，,。；;！!？?：:\n“”]{0,8}?)" + BODY_WORD + r"([^，,。；;！!？?：:\n“”]{0,16}?)" + _HURT_ONE
    # the victim as a pronoun: "所幸其仅受轻微伤", "他也被烧伤"
    + r"|" + _CLAUSE + r"((?:所幸|幸好|好在|幸亏|万幸|但|只是)?(?:其|他|她)(?:仅|只|只是|也|还)?)()" + _HURT_ONE
    # the victim told in the clause before: "…引发大火，被烧成重伤住进医院"
    + r"|" + _CLAUSE + r"((?:当场|不幸|也|还)?)()被[^，,。；;\d]{0,4}?(?:" + SERIOUS_WORD + "|" + HURT_WORD + ")"
)
# a victim's name in the clause of a hurt body part: "孙某", "阳先生", "王女士"
BODY_HURT_NAME = re.compile(r"[\u4e00-\u9fff](?:" + ANON[3:-1] + r"|先生|女士|师傅)")
# what a hurt word names that is not an injury that happened: "灼伤症状", "烧伤的危险"
NOT_AN_INJURY = re.compile(r"症状|的?危险|的?风险|事故")
WOUNDED_DIED = re.compile(r"(?:伤者|伤员|受伤者)[^。；;]{0,24}?(?:死亡|身亡|不治|去世)")
LATE_DIED = re.compile(r"抢救无效|医治无效|救治无效|不治|伤势过重|伤重|送医|送院|途中")
TREATED_DIED = re.compile(r"死亡|身亡|不治|抢救无效|医治无效|救治无效|中毒")
# harm to a person, for telling whether anybody was hurt when no count is given
PERSON_HARM = (
    r"(?:" + HURT_WORD + r"|死亡|身亡|遇难|中毒|窒息|昏迷|晕倒|昏倒|休克|熏黑|熏伤|烧焦|被埋|被困|被压|被砸|被炸|被烧"
    r"|送(?:往|到|至)?[^，,。；;]{0,8}?医院)"
)
NOT_HARMED = re.compile(NOT_REAL_HARM + r"|幸免|安全撤离|逃生|脱险")
# injured who died later: "6名受伤人员中，有4人因伤势过重医治无效分别于7月26日…死亡"
LATER_DEATH = re.compile(
    r"(?:受伤人员|伤员|伤者|受伤者)(?:中|当中)[，,]?\s*(?:有|又有|另有)?\s*(" + NUM + r")\s*(?:人|名)"
    r"[^。；;]{0,30}?(?:抢救无效|医治无效|救治无效|不治)[^。；;]{0,60}?(?:死亡|身亡)"
)
# victims listed after a label: "中毒死亡人员：A、B、C", "受伤人员为：…", "死者朱A"
LISTED_DEAD = re.compile(
    r"(?:中毒)?(?:死亡|遇难)人员\s*(?:为|是|有)?\s*[:：]\s*([^。\n]{2,300})"
    r"|(?:死者|遇难者)\s*[:：]?\s*((?:" + NAME_RE_ANON + r")(?:、(?:" + NAME_RE_ANON + r"))*)"
)
LISTED_HURT = re.compile(r"(?:中毒)?(?:受伤人员|伤员|伤者)\s*(?:为|是|有)?\s*[:：]\s*([^。\n]{2,300})")
LOSS_RE = re.compile(
    r"(直接)?(?:经济|财产)损失[^。；;\n\d]{0,24}?(\d+(?:\.\d+)?|" + NUM + r")\s*(?:余|多)?\s*(亿|万)?\s*(?:余|多)?元"
)
CYLINDER_BURST = re.compile(
    r"(?:气瓶|钢瓶|[氧氢氮氯氨氩]气?[瓶罐]|乙炔[瓶罐]|瓶体|压力容器)[^，,。；;\n]{0,10}?(?:发生)?(?:物理)?爆(?:炸|裂)"
)
# a mechanism the text presents as the consequence of an earlier one ("相撞，导致…泄漏，继而引发爆燃", "交通事故引发
# 爆燃", "泄漏起火，并发生爆炸"): the later one is how people were harmed
CONSEQUENCE = re.compile(r"引发|引起|继而|进而|导致|致使|并发生|随即发生|随后发生|后发生")
# "侧翻后燃起大火", "相撞后罐体起火": a mechanism following another in the same clause
CONSEQUENCE_AFTER = re.compile(r"[^，,。；;]{0,8}?后[^，,。；;]{0,6}")
# what a collision or rollover of a tanker goes on to in the same sentence before the casualties ("侧翻，液化气
# 泄漏，遇明火发生爆炸，造成…"): the later one is how people were harmed
AFTER_VEHICLE = frozenset(("中毒和窒息", "容器爆炸", "其他爆炸", "火灾", "火药爆炸", "淹溺", "灼烫"))
# a crash whose harm the text tells (a crushed cab, people struck or trapped) in a text where the fire that followed
# burnt nobody: "追尾导致驾驶室严重变形…驾驶员已死亡", "旅游巴撞向货车…乘客轻微撞伤" are the crash's victims
# ("…相撞起火，一家三口被烧伤" and "追尾后…引发大火，造成2人死亡" stay fires)
VEHICLE_CRASH = re.compile(r"追尾|相撞|侧翻|翻车|碰撞|车祸|交通事故|撞上|撞向")
CRASH_HARM = re.compile(r"撞伤|撞死|被撞|卡住|被卡|被困|挤压|严重变形|骨折")
BURN_HARM = re.compile(
    r"烧伤|烧死|烧焦|灼伤|烫伤|被烧|烧成|烧亡|葬身火海|着火跳|全身着火|身上着火|火人|被大火|炸伤|炸死|被炸|熏"
)
# the victims' harm named with the casualties ("驾驶员被烧死", "2人被炸身亡", "落水溺亡"): how they died, which a
# collision or rollover before it is not
HARM_VERB: dict[str, re.Pattern[str]] = {
    # (烧伤 too, "侧翻后烧伤夫妻俩", unless an acid or alkali burnt them)
    "火灾": re.compile(r"烧死|烧亡|被烧身亡|葬身火海|烧伤致死|烧伤后死亡|烧成重伤|被大火|(?<![酸碱])烧伤"),
    "其他爆炸": re.compile(r"炸死|被炸身亡|炸伤|被炸"),
    "淹溺": re.compile(r"溺亡|溺水|溺死|淹死"),
}
CASUALTY_RESULT = re.compile(r"(?:造成|导致|致使|致)[^，,。；;]{0,12}?(?:死亡|受伤|伤亡|中毒|遇难|身亡|烧伤|灼伤)")
# a toxic gas or a fuming acid leaking: the people it sent to hospital are the poisoned
TOXIC_LEAK = (
    r"(?:氯气|液氯|氨气|液氨|氨水|二氧化硫|三氧化硫|硫化氢|一氧化碳|光气|氰化氢|氯化氢|二氧化氮|溴素|毒气|有毒气体"
    r"|盐酸|硝酸|发烟硫酸)[^，,。；;]{0,8}?(?:泄漏|泄露|外泄|逸出)"
)
TOXIC_LEAK_RE = re.compile(TOXIC_LEAK)
# a victim's harm told without a mechanism word: breathing a substance in, a corrosive splashed on the body
HARM_TOLD: dict[str, re.Pattern[str]] = {
    "中毒和窒息": re.compile(
        r"吸入[^，,。；;]{0,12}?[，,]?[^。；;]{0,24}?(?:死亡|身亡|不治|昏迷|晕倒|昏倒|休克|呼吸困难|送医|送往医院)"
        # a toxic gas or fuming acid leaking and harming people, with no other mechanism told: "氯气泄露伤人事件",
        # "液氨泄漏事故，造成一人死亡", "毒气泄漏致90人不适"
        r"|" + TOXIC_LEAK + r"(?:事故|事件)?[^。；;]{0,30}?"
        r"(?:伤人|受伤|死亡|身亡|遇难|不适|送医|送院|入院|住院|送往医院|送到医院|伤亡)"
    ),
    "灼烫": re.compile(
        r"(?:酸|碱|腐蚀性)[^，,。；;]{0,10}?(?:溅|喷|泼|洒)(?:入|到|进|在)?[^，,。；;]{0,6}?"
        r"(?:眼|脸|面部|头部|身上|皮肤|手|腿|脚)"
        r"|(?:酸|碱|腐蚀性)[^，,。；;]{0,8}?(?:烧伤|灼伤|烫伤|烧坏|腐蚀)"
    ),
}
HAZARD_TOLD = re.compile(r"(?:可|会|能|易|极易|可以|均可)(?:导致|引起|造成|致|使)|应立即|要立即")
# the report classifying the whole after its result: "造成4人当场死亡的较大道路交通事故"
CLASSIFIED_AFTER = re.compile(
    r"(?:死亡|受伤|伤亡|中毒|遇难|身亡|损失[^，,。；;]{0,20}?)[^。；;]{0,30}?的([^，,。；;的]{1,16}?事故)"
)
# a crane or hoist as the subject of a collapse or fall ("一塔吊在拆卸过程中发生折断坠落") is a crane accident; a
# person falling from one ("从塔吊上坠落") is not
CRANE_WORDS = tuple(w for w in ACCIDENT_KEYWORDS["起重伤害"] if w not in ("起重伤害", "吊装"))
# explosives blowing up: 火药爆炸 rather than 其他爆炸
EXPLOSIVE_BLAST = re.compile(
    # 花炮 (fireworks, as in "花炮厂发生爆炸")
    r"(?:黑火药|火药|炸药|雷管|烟火药|烟花爆竹|烟花|爆竹|鞭炮|花炮|礼花弹|民爆物品|爆炸物品|爆破器材|军工硝)"
    r"(?:[^，,。；;\n]{0,10}?(?:自爆|爆炸|起爆|爆燃|燃爆|殉爆)"
    # a fireworks or explosives business where it blew up: "花炮有限责任公司厂区30日发生爆炸", "烟花爆竹经营部突发
    # 连环爆燃"
    r"|[^，,。；;\n]{0,12}?(?:厂|公司|作坊|经营部|仓库|商店|店|车间|工房)[^，,。；;\n]{0,12}?(?:发生|突发|突然)"
    r"[^，,。；;\n]{0,6}?(?:爆炸|爆燃|燃爆))"
    # fireworks set off by something: "不小心引爆村民家存放的烟花"
    r"|引爆[^，,。；;\n]{0,14}?(?:烟花|爆竹|鞭炮|花炮|炸药|雷管|火药)"
)
# a mechanism word its clause presents as prevented, feared or imagined ("为防止发生爆炸", "以防中毒", "担心罐体爆炸",
# "一旦发生泄漏爆炸"), or denied right before it ("未发生爆炸", "没有起火")
NOT_HAPPENED_BEFORE = re.compile(
    r"防止|以防|以免|避免|预防|防范|谨防|严防|担心|担忧|唯恐|一旦|如果|假如|倘若|若(?!干)|可能|(?<![所可予难])以为"
)
NOT_HAPPENED_RIGHT = re.compile(
    r"(?:未|没有|没|并未|不会|不致|幸未|未曾)(?:再)?(?:发生|引起|造成|导致|出现|引发)?[^，,。；;]{0,3}$"
)
# an accident phrase that classes the accident: "发生一起特大交通事故", "是一起较大道路交通事故"
# (a grade or 道路 makes it the class; "一起追尾相撞交通事故，…继而引发爆燃" only describes the collision)
TRAFFIC_CLASSED = re.compile(
    r"(?:发生|是|系|为)(?:了)?(?:一起|一宗)[^，,。；;\n]{0,4}?(?:一般|较大|重大|特大|特别重大)(?:道路)?$"
    r"|(?:发生|是|系|为)(?:了)?(?:一起|一宗)[^，,。；;\n]{0,6}?道路$"
)
TRAFFIC_ACCIDENT = re.compile(
    r"(?:发生|是|系)(?:了)?(?:一起|一宗)(?:[^，,。；;\n]{0,4}?(?:一般|较大|重大|特大|特别重大)(?:道路)?|[^，,。；;\n]{0,6}?道路)"
    r"交通(?:安全)?事故(?!的?(?:原因|责任|调查|处理|认定))"
)
# words that classify an accident rather than name a mechanism
CLASS_WORDS = frozenset(("车辆伤害", "交通事故", "交通安全事故", "道路交通"))
TYPE_FIELD = re.compile(r"事故(?:类别|类型|种类|分类)\s*(?:为|是|:|：)\s*([^。；;\n，,]{2,16})")
# a paragraph that is someone's words, which a feature story may open with (她说：“当时我突然看到…”): not the lead
QUOTE_PARAGRAPH = re.compile(r"\s*(?:[^，,。；;“”\n]{0,10}?(?:说|表示|称|回忆|告诉记者)\s*[:：，,]\s*)?“")
# explosions, and people buried (a collapse that buried its victims is a collapse, whatever brought it down)
BLAST_CODES = frozenset(("其他爆炸", "容器爆炸", "火药爆炸", "锅炉爆炸", "瓦斯爆炸"))
BURIED = re.compile(r"被埋|掩埋|埋压|压埋|被压在|埋在")
CAUSE_MARK = re.compile(r"直接原因|间接原因|根本原因")
INLINE_CAUSE = re.compile(
    r"(?:是|为|系)[^。；;\n]{0,24}?(直接原因|间接原因|主要原因|重要原因|根本原因)|(直接原因|间接原因)\s*(?:是|为|：|:)"
)
RESP_RE = re.compile(r"(?:负有|应负|承担|负|属)([^。；;，,\n]{0,6}?)责任")
RESP_KINDS = ("直接责任", "主要责任", "重要责任", "领导责任", "监管责任")
# a character that makes a gazetteer name part of a longer one: a substituent (间硝基二甲苯 is not 二甲苯), a
# compound word (过氧化丁酮 is not 丁酮), an acyl group (亚硝酰硫酸 is not 硫酸) or a lower oxidation state
# (亚硫酸钠 is not 硫酸)
CHEM_PREFIX = set("基化酰亚")
# the last character of a substituent before a known name: 间硝基苯, 二甲基二氯硅烷 (not 副产盐酸)
SUBSTITUENT_END = CHEM_PREFIX | set("氯溴碘氟")
# (an explainer's uses: "苯广泛用于…，用作油漆的稀释剂")
EXCLUDE_CHEM_CONTEXT = re.compile(
    r"经营范围|主要用于|用于制造|主要产品|经营项目|许可范围|主要从事|专门从事|广泛用于|(?<!不)用作"
)
# a sentence about uses, business or other accidents: the substances named there are not this accident's
CHEM_NOT_INVOLVED_SENTENCE = re.compile(
    r"原材料|原辅材料|为原料|作原料|原料生产|经营范围|许可经营|经营方式|同类事故|类似事故|事故情况(?:进行)?通报|的通报"
    # an earlier accident told as background: "重庆2003年曾发生特大井喷事故，含硫化氢的天然气大量泄漏"
    r"|曾发生|曾经发生"
)
# general advice naming substances by kind: "要加强对液氯、液氨等危险化学品运输车辆的监管"
CHEM_ADVICE = re.compile(
    r"(?:应|应当|要|必须|务必|严禁|禁止|不得|加强|切实)[^。]*?等(?:危险|危化|化学|易燃|有毒|剧毒|重点)"
    r"|等(?:危险|危化|化学|易燃|有毒|剧毒|重点)[^。]*?(?:应|应当|要|必须|务必|严禁|禁止|不得|加强|切实)"
    # a reporter's or an official's reminder to the public: "消防部门提醒，冬季使用煤炉取暖要防范煤气中毒"
    r"|(?:提醒|呼吁|告诫|温馨提示)[^。]{0,40}?(?:要|应|应当|注意|防范|谨防|预防|切勿|不要|务必|避免)"
)
# a clause about a blood or toxicology test ("血液中未检出乙醇成分", "肝组织无法判断乙醇来源"), an explosion's
# TNT equivalent, a property, a plant's capacity ("120万吨/年硫磺制酸"), or the goods a licence covers ("具有…资质")
CHEM_NOT_INVOLVED_CLAUSE = re.compile(
    r"血液|血样|血中|抽血|肝组织|毒物检测|毒物鉴定|酒精含量|酒精浓度|未检出|当量|分解出|熔点|沸点|易溶于"
    # alcohol drunk, not a spilt solvent: "酒精的作用越来越大"
    r"|酒精的?(?:作用|度数|麻醉)"
    r"|吨/年|产能|年产"
    # what a plant makes or trades: "该厂主要生产硫酸、盐酸等产品"
    r"|主要生产|专业生产|生产销售|主营"
    r"|(?<![不无未没])(?:具有|具备|取得|持有)[^，,。；;]*?资质"
    # a substance's properties or chemistry, and what a place used to hold ("该装油台原为重油装车台")
    r"|分子式|化学式|相对密度|闪点为|爆炸极限为|(?:可|是)由[^，,。；;]{0,20}?(?:生成|制得|制成)|原为|原是"
    # a substance's reactivity as a data sheet tells it: "与浓硝酸、发烟硫酸或其它强氧化剂剧烈反应"
    r"|剧烈反应|爆炸性混合物|(?:其它|其他)强氧化剂"
    # an inspection item or a question ("检查生活区是否存放烟火药、黑火药等危险物品"), not what happened; a mistaken
    # belief ("还以为是煤气罐爆炸了")
    r"|是否|(?<![所可予难])以为"
)
# chemistry told as what a substance does in general, not what happened: "电石遇水生成乙炔，还会生成硫化氢等有毒气体",
# "氯酸钠受热会分解放出氧气"; a product named after such a verb in such a sentence was not released
CHANGE_VERB = r"氧化成|氧化为|转化为|转化成|代谢为|代谢成|转变为|转变成"
CHEM_GENERAL = re.compile(
    r"(?:会|能|可|可以|易|极易|一般|通常|均可)(?:与水|遇水|遇潮|遇湿|受热|遇热|遇火|遇酸|在[^，,。；;]{1,8}?下)?"
    r"[^，,。；;]{0,4}?(?:生成|产生|放出|释放|分解|" + CHANGE_VERB + ")"
)
# the products of such a change: "在人体内会氧化成甲醛和甲酸" names what the substance turns into, not a release
CHEM_PRODUCT_VERB = re.compile(r"生成|产生|放出|释放出?|分解出|" + CHANGE_VERB)
# the fields of a safety data sheet that name other substances than the one described: "燃烧产物：一氧化碳、二氧化碳",
# "禁配物：强氧化剂、硝酸"
# and the fields of a vehicle's safety notice, which tell what the tank is marked for ("安全告示牌内容为：品名X，
# 种类三类"), not what it held
CHEM_SHEET_FIELD = re.compile(
    r"(?:燃烧|分解)(?:\(分解\)|（分解）)?产物|禁配物|灭火剂|灭火方法|聚合危害|避免接触的条件|告示牌?(?:上的)?内容"
)
# a vehicle's own fuel ("油箱内的柴油", "以LNG为燃料的货车") is not the accident's substance unless its sentence tells
# it leaked or burnt
FUELS = frozenset(("柴油", "汽油", "天然气", "液化石油气"))
# (a filling station's stock is not a vehicle's fuel: "加油站卸汽油时发生火灾")
VEHICLE_FUEL = re.compile(r"油箱|燃料|燃油|加注|加满|加油(?!站)|动力")
FUEL_RELEASED = re.compile(
    r"泄漏|泄露|漏出|流出|外泄|溢出|渗出|起火|燃烧|着火|爆炸|燃爆|爆燃|引燃|点燃|喷出|火灾|失火|闪爆|闪燃"
)
# what the fire or blast would have reached, told of things stored or standing nearby: after them, passive ("车间内
# 还存放着油漆、液化气瓶等易燃物，一旦被殃及，后果不堪设想", "旁边的氧气瓶险些被引爆"), or before them ("火势未蔓延到
# 隔壁的甲醇储罐"); not an active verb after a name ("罐车侧翻，所幸未引燃", "未波及其他车辆": the cargo itself)
CHEM_THREATENED = re.compile(
    r"(?:一旦|如果|如若|倘若|若|险些|差点|差一点|幸未|未|没有|没)"
    r"(?:被(?:殃及|波及|引燃|引爆|烧到|烧及)|(?:殃及|波及)(?=[，,。；;]|$))"
)
CHEM_THREATENED_BEFORE = re.compile(
    r"(?:险些|差点|差一点|幸未|未|没有|没)(?:殃及|波及|蔓延到|蔓延至|烧到|烧及|引燃|引爆)(?P<gap>[^，,。；;]{0,14})$"
)
# product classes rather than substances (civil explosives, fireworks): reports name them as trades, licences and
# rules far more often than as things; one counts where its clause tells it carried, stored, handled or going off
PRODUCT_CLASSES = frozenset(
    ("雷管", "导火索", "导爆索", "导爆管", "起爆药", "延期药", "点火药", "发射药", "烟火药", "烟花爆竹", "工业炸药")
)
PRODUCT_INVOLVED = re.compile(
    r"装载|装运|运载|满载|载有|装有|装着|运输|运送|拉运|承运|所载|所运|存放|储存|堆放|搬运|装卸|卸下|卸车|装车|配送"
    r"|爆炸(?!物品)|燃烧|起火|着火|自燃|爆燃|燃爆|引爆|起爆|殉爆|散落|撒落|货物|货厢|车厢"
)
EVERYDAY_CARRIED = re.compile(
    r"(?:装有|装载|装运|运载|满载|载有|载着|装着|运输|运送|拉运|存放|储存|堆放|私藏)(?:了|着)?(?:的)?$"
)
EVERYDAY_WENT_OFF = re.compile(r"[^，,。；;\n]{0,8}?(?:爆炸|爆燃|燃爆|起火|着火|燃烧|殉爆|自燃)")
# gases reports mostly name as what the responders used (purging, inerting, extinguishing): one counts only where
# the text names it as a cargo or in a sentence of harm (leak, asphyxia, burst, frostbite)
INERT_GASES = frozenset(("氮", "二氧化碳", "氩", "氦"))
INERT_HARM = re.compile(r"泄漏|泄露|窒息|中毒|爆炸|爆裂|冻伤|喷出|缺氧")
# the word after a name makes it a thing, a place or a unit, not the substance: 氧气呼吸器, 普光气田, 炸药库, 烟花厂,
# 长沙市液化石油气发展有限公司, 氧气仓库, 油漆作坊; or the name goes on as a longer one the gazetteer does not
# know (醋酸乙脂)
CHEM_NOT_SUBSTANCE_AFTER = re.compile(
    r"呼吸器|面罩|面具|检测仪|报警仪|报警器|灭火器|灭火剂|田|库|仓库|作坊|厂|分院|医院|[\u4e00-\u9fff]{0,6}?"
    r"(?:有限责任公司|股份有限公司|有限公司|集团|公司|经营部|销售部|商行|协会|部门)"
    r"|[甲乙丙丁戊己庚辛苯二三四氯溴硝]{1,3}(?:酯|脂|醚|酮|醛|烷|烯|胺|醇)"
    # a class ending that makes the name a part of a longer one: 二硝基苯胺 is not 硝基苯, 乙醇胺 not 乙醇, 硫酸铵 not
    # 硫酸, 甲苯酚 not 甲苯, 丁酮肟 not 丁酮
    r"|[胺酚铵腈肟]"
    # a worker named after the material of his trade: 油漆工 is a painter (not 油漆工艺, 硫酸工段)
    r"|工(?![厂业艺具程段序作地况区])"
    # a product class as the attribute of a trade, a licence or a rule: 烟花爆竹生产企业, 烟花爆竹道路运输许可,
    # 民用爆炸物品安全管理条例, 烟花爆竹行业
    r"|(?:生产|经营|批发|零售|储存|运输|道路运输|燃放|销售)?的?(?:企业|厂家|行业|许可|安全|监管|监察|管理|条例"
    r"|经营治理|专项|打非|作业)"
    # the trade in it, not a quantity of it: 成品油供应, 成品油市场整顿办公室, 液化气价格
    r"|市场|供应(?!站|点)|价格"
    # a plant unit named after its product or process: 硫磺回收车间, 重油催化装置
    r"|(?:回收|催化|裂化|加氢|精制|制酸)(?:车间|装置|单元|工段)"
)
# a class of gases, not a substance: 燃气 in 可燃气体, 易燃气体, 助燃气体, 不燃气体
GAS_CLASS = re.compile(r"[可易助不]燃气体")
# a cargo the gazetteer may not know, by how transport reports name it: "满载30吨丙烯酸丁酯", "运输甲醇钠的罐车",
# "一辆苯乙烯槽罐车", "泄漏的三氯化铝"; a name is taken only when it ends like a substance name (…酯, …醇, …油 …)
_CHEM_TAIL = r"(?:酯|醇|酮|醛|酸|酐|烷|烯|炔|苯|酚|醚|胺|腈|油|气|碱|粉|焦|钠|钾|钙|铵|磷|硫)"
_CARGO_NAME = (
    r"(?P<name>[\u4e00-\u9fffA-Za-z0-9,\-]{1,10}?" + _CHEM_TAIL + r")"
    r"(?=的|罐车|槽罐车|槽车|罐式|运输车|货车|半挂|[，,。；;、（()）\s\d]|约|后|发生|泄漏|泄露|和|及|与|$)"
)
CARGO_RE = re.compile(
    # the first characters of the alternatives, ahead: lets the scan skip other positions fast
    r"(?=[装运满载拉承充所泄漏化危货物介品一辆该])(?:"
    r"(?:(?:装载|装运|运载|满载|载有|装有|装着|运输|运送|拉运|拉载|载运|承运|充装|所运|所载|所装|泄漏的|泄露的|漏出的)"
    r"(?:了|着)?\s*[:：]?"
    r"|(?:化学物品|化学品|危化品|危险品|危险货物|货物|物料|介质|品名)(?:为|是|[:：]|——|—))\s*"
    r"(?:约|近|共|大约)?\s*(?:\d+(?:\.\d+)?|" + NUM + r")?\s*(?:余|多)?\s*"
    r"(?:吨|t|T|立方米|立方|方|公斤|千克|kg|升|桶|瓶|罐|件|箱|袋)?\s*(?:左右)?\s*(?:的)?\s*"
    # the kind of goods, then a dash or colon, then the name: "装有22吨化学品——丙烯酸甲酯的罐车"
    r"(?:(?:危险)?(?:化学物品|化学品|危化品|危险品|危险货物|货物)\s*(?:——|—|:|：)\s*)?"
    + _CARGO_NAME
    + r"|(?:一辆|辆|该车|该|一台)\s*(?:满载|装载|载有)?\s*"
    r"(?P<name2>[\u4e00-\u9fffA-Za-z0-9,\-]{1,10}?" + _CHEM_TAIL + r")"
    r"(?=槽罐车|罐车|槽车|罐式|运输车))"
)
# a list of substances closed by their class: "引燃管线中四甲基硅烷、氯甲基三甲基硅烷等可燃性气体", "货车载有
# 甲乙酮和丁醇等化学品"; the items (cut after a word of place: 管线中…) are names when they end like one
LIST_CLASS = re.compile(
    r"等(?:可燃性?|易燃易爆|易燃|有毒有害|有毒|剧毒|危险|有机)?"
    r"(?:气体|化学品|化学物品|危化品|危险化学品|危险品|化工原料|原料|物料|溶剂)"
)
LIST_SEP = re.compile(r"[、和及与]")
LIST_ITEM_CUT = re.compile(r".*[中内里的了着有为是将把]")
LIST_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9,\-]{1,10}" + _CHEM_TAIL)
# a substance named by one character, which the gazetteer cannot hold as a word: "发生氨泄漏", "引起苯泄漏",
# "工人汞中毒", "装载苯的罐车", "受苯外泄影响", "含有苯物质的液体"; taken only after a function word, a carrying
# verb or punctuation (not 液氨, 甲苯, 氯化汞) and right before a leak, a poisoning, a smell, a fire, a tank or a word
# of matter (物质, 成分); the gazetteer surface that gives its canonical name and CAS
SINGLE_CHEM_RE = re.compile(
    # (吨 before: a quantity of it, "满载30吨氨"; a tanker with its size or kind between: "装苯的大罐车", "的油罐车")
    r"(?:(?<=[的生起致成是为及和与因时后发现载运输送装有人名工受含吨、，,。：:（(“\s])|^)(?P<c>[氨氯苯汞])"
    r"(?=泄漏|泄露|外泄|逸出|中毒|气味|味|燃烧|起火|爆炸|储罐|的?(?:大型|重型|大|油)?(?:罐车|槽车|槽罐车)|物质|成分)"
)
# or right after a word that introduces a substance or a composition and before the end of its item: "主要成分为苯，
# 有毒", "爆炸物质含有化学物苯，", "其成份是氨和…"
SINGLE_CHEM_NAMED = re.compile(
    r"(?:成分|成份|化学物质?|化学品|有毒物质?|有害物质?)(?:主要)?(?:为|是|有|含有)?(?P<c>[氨氯苯汞])"
    r"(?=[，,。；;、）)\s]|等|和|及|与|$)"
)
SINGLE_CHEM_SURFACE = {"氨": "液氨", "氯": "液氯", "苯": "纯苯", "汞": "水银"}
# the unit of a quantity the cargo pattern took as the start of a name: "满载40吨苯" takes "吨苯"
CARGO_UNIT = re.compile(r"吨|公斤|千克|立方|升|桶|瓶|件|箱|袋")
# the kind of goods and a copula inside a taken cargo name: "运输的危化品为X" takes "危化品为X"; the name is after it
GOODS_LABEL = re.compile(r"(?:化学物品|化学品|危化品|危险品|危险货物|货物|物料|介质)(?:为|是)")
# names a cargo pattern takes that are not substances
# a vehicle's size class before a tanker's name: "一辆重型油罐车", "中型液罐车"
VEHICLE_SIZE = re.compile(r"重型|轻型|中型|大型|小型|微型")
NOT_CARGO = frozenset(
    ("燃油", "燃气", "机油", "油气", "空气", "毒气", "气", "油", "废气", "尾气", "热气", "蒸气", "雾气", "天气")
)
# an agent used in the response, not a substance of the accident: "用氮气置换罐内残余液化气", "用84消毒液对现场进行
# 消毒"
CHEM_AGENT = re.compile(r"(?:进行)?(?:置换|吹扫|稀释|中和|灭火|冷却|喷淋|覆盖|消毒|洗消)")
CHEM_AGENT_BEFORE = re.compile(
    r"(?:用|使用|采用|利用|注入|通入|调来|调集|调运|运来|喷洒|投放|撒)\s*(?:了)?\s*(?:大量|一批|足量)?\s*$"
)
# a name the text denies ("事发饭店使用的是天然气，并非液化气") or gives as a measure ("威力相当于2吨TNT")
# (not a question: "是不是液化气泄漏引起的")
# or says was absent ("炸药没有雷管引爆，不会爆炸")
# how things usually were, told as background at the head of a clause: "平时就有大量氧气瓶和乙炔气", "原先厂里使用煤气
# 取暖", "“以前每次都拉一大车，有时是半成品的火药”" (not "原来" - "it turned out" -, nor a clause that goes on to the
# accident: "平时存放液氨的储罐突然泄漏")
HABITUAL_BEFORE = re.compile(r"(?<![^，,；;：:“\"\s。！？])(?:原先|以往|平时|平常|平日|往常|以前)(?P<gap>[^。！？]*)$")
HABITUAL_BROKEN = re.compile(r"发生|突然|事发|当天|当日|当时|随即|随后|爆炸|起火|着火|泄漏|泄露|燃烧|引发|导致|造成")
# a poisoning the text warns against, not one that happened: "就餐时应开窗通风，防止一氧化碳中毒"
CHEM_PREVENTED_BEFORE = re.compile(r"(?:防止|预防|谨防|以防|防范|避免)\s*$")
CHEM_PREVENTED_AFTER = re.compile(r"中毒")
# an explainer's description of a substance ("甲缩醛为无色易挥发液体，有氯仿气味", "黄磷…白色蜡样结晶体，…与氯酸钾等
# 氧化剂接触能燃烧"): the names after it in its sentence are its properties (a smell, what it reacts with)
PROPERTY_DESCRIPTION = re.compile(
    r"(?:无色|白色|淡黄色|浅黄色|黄色|银白色|灰白色)[^，,。；;]{0,12}?(?:液体|气体|晶体|结晶体?|固体|粉末)"
    r"[^。]*?[，,；;]"
)
CHEM_DENIED_BEFORE = re.compile(r"(?:并非|而非|并不是|(?<![是要])不是|(?<![是])没有|并无|相当于[^，,。；;]{0,8}?)$")
# a supply the responders shut off around the scene as a precaution: "切断周围1公里内的电源、关闭天然气管道"
# (not a valve: closing the valve of what leaked tells it was the source)
CHEM_SHUT_OFF_BEFORE = re.compile(r"(?:关闭|切断|关停)(?:了)?(?:周边|附近|周围|沿线|现场|区域)?(?:的)?\s*$")
CHEM_SHUT_OFF_AFTER = re.compile(r"(?:管道|管线|管网|供气|气源)")
# oxygen measured in the air is the atmosphere, not an oxygen release: "罐内氧气浓度只有2.5%", "窖内氧气大减"
# ("池中氧气很少", "有足够的氧气可供人呼吸"); nor are the cylinders responders carry in ("消防员带上氧气瓶冲入")
OXYGEN_MEASURED = re.compile(
    r"浓度|含量|很少|较少|稀少|不足|稀薄|缺乏|充足|可供|(?:大|急剧|逐渐|迅速)?(?:减少|下降|降低|耗尽|大减|锐减|被耗尽|被消耗)"
)
OXYGEN_AIR_BEFORE = re.compile(
    r"(?:足够|充足|充分|缺少|缺乏)的?\s*$|(?:带上|带着|背着|背上|佩戴|戴上|戴着|携带)(?:了)?\s*$"
)
# oxygen an oxidiser gives off as it decomposes ("氯酸钠受热分解释放出大量氧气") is the oxidiser's chemistry, not a
# substance of its own
OXYGEN_FROM_OXIDISER = re.compile(r"分解[^，,。；;]{0,8}?(?:释放|放出|产生|生成|析出)")
# a name the text gives as another name of a substance just named: "抽余油（品名:石脑油，别名:溶剂油",
# "过氧化甲基乙基酮(又称过氧化丁酮"
ALIAS_BEFORE = re.compile(r"(?:又称|又名|别名|别称|俗称|亦称|也称|学名|化学名|品名|商品名|即)\s*[:：为是]?\s*$")
# a comparison, not a substance: "仿佛礼花弹在附近爆炸一般", "犹如液化气罐爆炸似的" (the word of likeness before the
# name in its clause, the closing 一般/一样/似的 after it)
SIMILE_BEFORE = re.compile(r"(?:仿佛|犹如|宛如|好似|好像|如同|恰似|像是)[^，,。；;]{0,6}$")
SIMILE_AFTER = re.compile(r"[^，,。；;]{0,12}?(?:一般|一样|似的|般的)")
# 煤气 named as town or plant gas (焦炉煤气, 管道煤气, 煤气管网, 煤气柜, 煤气中毒 of a coal stove): elsewhere, in a text
# that also names 液化气, 煤气 is the everyday name of the same LPG ("液化气罐，也就是人们常说的煤气罐", "餐馆煤气爆燃
# …液化气罐泄漏", "闻到煤气泄漏，发现液化气罐阀门坏了"), one substance
TOWN_GAS = re.compile(
    r"(?:焦炉|高炉|转炉|水|发生炉|人工|管道|城市|天然)煤气|煤气(?:管道|管线|管网|总管|主管|柜|厂|公司|中毒|发生炉|净化|鼓风|化)"
)
# general names and the kinds they stand for: where the text names a kind, the general name (燃气 fuel gas, 油品 or
# 成品油 oil products) is that substance named again, not another one
GENERIC_NAMES = {
    "燃气": frozenset(("天然气", "液化石油气", "煤气", "甲烷", "沼气", "丙烷", "丁烷", "二甲醚", "氢", "乙炔")),
    "油品": frozenset(
        ("汽油", "柴油", "汽柴油", "煤油", "原油", "燃料油", "石脑油", "溶剂油", "渣油", "凝析油", "导热油", "轻质油")
    ),
}
# the rest of a company's full name after a substance in it: "百江液化气有限公司" (not "液化气泄漏的公司")
COMPANY_FULL = re.compile(r"[^\W\d_的了在是]{0,6}?(?:有限责任公司|股份有限公司|有限公司|集团)")
# a comparison with another substance: "相比柴油，汽油更易挥发"
COMPARED_BEFORE = re.compile(r"(?:相比|相比于|相较于?|比起|较之)\s*$")
# a writer's question about such accidents in general: "为什么运载汽油的罐车卸油时不接地？"
QUESTION_BEFORE = re.compile(r"(?:为什么|为何|难道)[^。？?！!]*$")
QUESTION_END = re.compile(r"[^。！!]*?[？?]")
# what a workshop or a plant makes, named as its description: "是生产乙苯、苯乙烯的车间" (not what its tanks held)
UNIT_PRODUCT = re.compile(
    r"生产[^，,。；;的]{0,24}的(?:车间|装置|工段|生产线|工厂|企业|厂家|厂|公司)"
    # or as what the unit is: "该厂是生产油漆涂料的", "这家公司系专门生产胶水的"
    r"|(?:厂|公司|企业|作坊|车间)(?:是|系|为)(?:一家|一个)?(?:专门|主要)?生产[^，,。；;的]{0,24}的"
)

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
    text: str
    span: Span


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


class Extractor:
    """Holds the spaCy pipeline and matchers for one gazetteer; `extract()` is safe to call repeatedly."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.g = gazetteer or load_gazetteer()
        self.nlp: Language = build_nlp(self.g)
        self.acc_matcher: Matcher = accident_matcher(self.nlp)
        self._common = _common_words_with(self.g)
        self._victim_re: dict[str, re.Pattern[str]] = {}
        self._acc_chem: dict[str, int] = {}  # accident-type phrase → length of the chemical name it starts with
        self._treated_re: re.Pattern[str] | None = None
        self._any_mechanism: re.Pattern[str] | None = None
        self._harmed_re: re.Pattern[str] | None = None
        self._bare_after: re.Pattern[str] | None = None
        self._bare_before: re.Pattern[str] | None = None
        roles = sorted(self.g.person_roles, key=len, reverse=True)
        self._role_alt = "|".join(map(re.escape, roles))
        self._hurt_role_re = re.compile(
            r"(?=[受烧灼烫砸炸摔撞擦冻压划割挤碰跌震轧碾夹刺冲骨伤])(?<![未没无])(?<!没有)(?<!并未)(?:受伤|"
            + HURT_WORD
            + r")的(?:"
            + r"罐车|货车|槽车|车辆)?((?:"
            + self._role_alt
            + r"|"
            + VICTIM_GROUPS
            + r")(?:"
            + NAME_RE
            + r")?|"
            + HONORIFIC_NAME
            + r")"
            r"(?![\u4e00-\u9fff]{0,2}(?:" + NUM + r")\s*(?:名|人))"
        )
        units = sorted(self.g.unit_roles, key=len, reverse=True)
        unit_alt = "|".join(map(re.escape, units))
        # "监理单位是…公司", "施工专业分包单位（安装单位）是…公司": the role in brackets is the unit's too
        self._unit_fwd = re.compile(
            r"(" + unit_alt + r")(?:\s*[（(](" + unit_alt + r")[)）])?\s*(?:是|为|：|:)\s*"
            r"(" + ORG_RE + r")(?=[，,；;。、\s（(]|$)"
        )
        self._unit_rev = re.compile(
            r"(?:^|(?<=[，,。；;\n]))\s*(" + ORG_RE + r")作为[^，,。；;]{0,10}?(" + unit_alt + r")"
        )
        self._item_person = re.compile(
            r"(?m)^[\s\u3000]*\d+[.、．]\s*([\u4e00-\u9fff]\s?(?:" + ANON + r"|[\u4e00-\u9fff]{1,2}))\s*，"
            r"[^。\n]{0,60}?(" + self._role_alt + r")(?=[，,。、；;（(])"
        )

    def _common_word(self, word: str) -> bool:
        """A frequent dictionary word (安全, 现场 …) or a gazetteer word is not a name."""
        return word in self._common

    # --- public -------------------------------------------------------------------------------------
    def extract(self, text: str, title: str = "") -> ExtractedReport:
        norm = normalise_digits(text)  # same length as text: spans stay valid
        doc = self.nlp(norm)
        return self._extract(text, norm, doc, title)

    def extract_doc(self, text: str, doc: Doc, title: str = "") -> ExtractedReport:
        return self._extract(text, normalise_digits(text), doc, title)

    # --- steps --------------------------------------------------------------------------------------
    def _extract(self, text: str, norm: str, doc: Doc, title: str) -> ExtractedReport:
        rep = ExtractedReport(sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), length=len(text), title=title)
        sections = split_sections(norm)
        kind_at = _kind_lookup(sections)
        self._date(norm, rep)
        ents = list(doc.ents)  # computed once: spaCy rebuilds the spans on every access
        self._place(norm, ents, rep)
        self._casualties(norm, rep, kind_at)
        self._loss(norm, rep)
        self._accident_type(norm, doc, rep, sections, title, kind_at)
        self._chemicals_equipment(norm, ents, rep, kind_at)
        self._parties(norm, doc, ents, rep)
        self._causes(text, norm, rep, sections)
        self._responsibilities(text, norm, rep, sections)
        self._lessons(text, rep, sections)
        narrative = next((s for s in sections if s.kind == "narrative" and s.end > s.start), None)
        if narrative is not None:
            seg = _strip(text, narrative.start, narrative.end)
            if seg:
                rep.summary = Mention(text[seg[0] : seg[1]][:2000], Span(seg[0], min(seg[1], seg[0] + 2000)))
        if rep.deaths is not None or rep.serious_injuries is not None or rep.direct_loss_cny is not None:
            rep.severity = severity_grade(rep.deaths or 0, rep.serious_injuries or 0, rep.direct_loss_cny or 0.0)
        return rep

    def _date(self, norm: str, rep: ExtractedReport) -> None:
        for m in DATE_RE.finditer(norm):
            try:
                y, mo, d = (cn_to_int(m.group(i)) for i in (1, 2, 3))
                date = dt.date(y, mo, d)
            except ValueError:
                continue
            if not 1900 <= y <= 2100:
                continue
            rep.date, rep.spans["date"] = date.isoformat(), Span(m.start(), m.end())
            if m.group(5):
                h, mi = int(m.group(5)), int(m.group(6) or 0)
                if m.group(4) in ("下午", "傍晚", "晚上") and h < 12:
                    h += 12
                if h < 24 and mi < 60:
                    rep.time = f"{h:02d}:{mi:02d}"
            return

    def _place(self, norm: str, ents: list[SpacySpan], rep: ExtractedReport) -> None:
        first_par_end = norm.find("\n", 20)
        limit = first_par_end if first_par_end > 0 else len(norm)
        provs = [e for e in ents if e.label_ == "PROV"]
        chosen = next((e for e in provs if e.start_char < limit), provs[0] if provs else None)
        if chosen is None:
            return
        rep.province = chosen.ent_id_
        rep.spans["province"] = Span(chosen.start_char, chosen.end_char)
        m = re.match(
            r"(?:省)?([\u4e00-\u9fff]{2,5}?(?:市|州|地区|盟))?([\u4e00-\u9fff]{1,5}?(?:县|区|旗))?",
            norm[chosen.end_char :],
        )
        if m and m.group(1):
            rep.city = m.group(1)
            rep.spans["city"] = Span(chosen.end_char + m.start(1), chosen.end_char + m.end(1))
        if m and m.group(2):
            rep.county = m.group(2)
            rep.spans["county"] = Span(chosen.end_char + m.start(2), chosen.end_char + m.end(2))

    def _casualties(self, norm: str, rep: ExtractedReport, kind_at: _KindAt) -> None:
        """Counts as a careful reader takes them: the statement the text gives as the total or as the accident's
        result ("共造成5人死亡", "造成3人死亡、2人受伤") before any other mention; groups of one statement added up
        ("3人重度烧伤，16名村民轻微受伤" is 19; a part "其中…" or "（…）" is not added); statistics of other accidents
        left out; the largest count only when no statement says which is the whole; victims named one by one when
        no count is given."""

        def usable(pos: int) -> bool:
            if in_furniture(norm, pos):
                return False  # other news in a list of links ("…发生一起交通事故 致4死2伤")
            sa, sb = _sentence_at(norm, pos)
            if kind_at(pos) == "lesson" or STATS.search(norm, sa, sb):
                return False
            return not HYPOTHETICAL.search(norm, sa, pos)

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

        dwin = _windows(norm, DEATH_ANCHOR)
        groups = [m for m in _find(DEATH_GROUP, norm, dwin) if kind_at(m.start()) != "lesson"]
        deaths = self._stated_deaths(norm, usable, groups, dwin)
        missing, poisoned = best(MISSING_RES, MISSING_ANCHOR), best(POISON_RES, POISON_ANCHOR)
        if poisoned is None and TOXIC_LEAK_RE.search(norm) and _treated_are_poisoned(norm):
            # "氯气泄露伤人，130名村民入院治疗": the people a toxic leak sent to hospital are the poisoned
            poisoned = _hospital_count(norm, usable)
        injuries, serious = self._stated_injuries(norm, usable, deaths, poisoned is None)
        none = next(
            (
                m
                for m in NO_CASUALTY.finditer(norm)
                if kind_at(m.start()) != "lesson"
                and not PAST_EVENT.search(norm, _sentence_at(norm, m.start())[0], m.start())
            ),
            None,
        )
        none_kind = next((k for k in none.groups() if k), "") if none else ""
        if none_kind in ESCAPED:
            none_kind = "伤亡"
        if deaths is not None and deaths[1].start >= _lead_end(norm):
            deaths, injuries = _later_deaths(norm, deaths, injuries, usable)
        if deaths is None and none_kind in ("", "受伤"):
            deaths = _listed_victims(norm, "死", kind_at) or self._named_victims(
                norm, DEATH_WORD, kind_at, dwin, usable
            )
        died_injured = False
        if deaths is None and none_kind in ("", "受伤"):
            # one victim told without a count or a name before the verb: "…跌落至地面，…经抢救无效死亡"
            one = next((m for m in _find(ONE_DEATH, norm, dwin) if usable(m.start())), None)
            if one is not None and kind_at(one.start()) not in ("lesson", "responsibility"):
                counted = list(COUNTED_BEFORE.finditer(norm, _sentence_at(norm, one.start())[0], one.start()))
                n = cn_to_int(next(x for x in counted[-1].groups() if x)) if counted else 1
                deaths = (n, Span(counted[-1].start() if counted else one.start(), one.end()))
                if injuries is not None and deaths[1].start <= injuries[1].start < deaths[1].end:
                    injuries = serious = None  # "导致3名施工人员重伤，经医院抢救无效相继死亡": the same people
                    died_injured = True
        if injuries is not None and deaths is not None and _died_of_injured(norm, deaths[1], injuries[1]):
            # "5名工人被烧伤，其中2人经抢救无效死亡": the dead are part of the injured, who are 3
            injuries = (injuries[0] - deaths[0], injuries[1])
        if deaths is not None and (injuries is None or _part_of_sentence(norm, injuries[1].start)):
            # "造成38人伤亡，其中31人死亡，7人…（危重1人、…）": the casualties less the dead, not a part of them
            injuries = _injured_of_total(norm, deaths, usable) or injuries
        if injuries is not None and poisoned is not None and _poisoned_wounded(norm, injuries):
            injuries = None  # "13人中毒 … 4名伤者被送往医院": the wounded are the poisoned, nobody told as hurt
        if injuries is not None and injuries[0] > 0 and _rank(norm, injuries[1].start) == 2:
            injuries = self._with_named_injured(norm, injuries, kind_at, usable)
        if injuries is None and none_kind in ("", "死亡") and not died_injured:
            injuries = (
                _listed_victims(norm, "伤", kind_at)
                or _kin_hurt(norm, kind_at, usable)
                or self._named_victims(norm, HURT_VICTIM_WORD, kind_at, _windows(norm, INJ_ANCHOR), usable)
                or self._treated_victims(norm, kind_at, usable)
                or next(
                    (
                        (1, Span(m.start(), m.end()))
                        for m in PRONOUN_HURT.finditer(norm)
                        if usable(m.start()) and kind_at(m.start()) not in ("lesson", "responsibility")
                    ),
                    None,
                )
                or (self._body_hurt_victims(norm, kind_at, usable) if not deaths else None)
            )
        others = next((m for m in OTHERS_NONE.finditer(norm) if kind_at(m.start()) != "lesson"), None)
        # "幸无他人伤及": the rest are zero once the victims are counted. It says there was a victim, so with none
        # counted it gives nothing (not "nobody was hurt").
        victims_counted = any(c is not None and c[0] > 0 for c in (deaths, injuries))
        if others is not None and none is None and victims_counted:
            kind = others.group(1) or others.group(2) or "伤亡"
            if deaths is None and kind != "受伤":
                deaths = (0, Span(others.start(), others.end()))
            if injuries is None and kind != "死亡":
                injuries = (0, Span(others.start(), others.end()))
        if deaths:
            rep.deaths, rep.spans["deaths"] = deaths
        elif none and none_kind in ("伤亡", "死亡"):
            rep.deaths, rep.spans["deaths"] = 0, Span(none.start(), none.end())
        if injuries:
            rep.injuries, rep.spans["injuries"] = injuries
        elif none and none_kind in ("伤亡", "受伤"):
            rep.injuries, rep.spans["injuries"] = 0, Span(none.start(), none.end())
        if serious:
            rep.serious_injuries, rep.spans["serious_injuries"] = serious
        if missing:
            rep.missing, rep.spans["missing"] = missing
        if poisoned:
            rep.poisoned, rep.spans["poisoned"] = poisoned

    def _stated_deaths(
        self, norm: str, usable: Callable[[int], bool], groups: list[re.Match[str]], win: list[tuple[int, int]]
    ) -> tuple[int, Span] | None:
        found: list[tuple[int, int, Span]] = []  # (rank, value, span)
        for rx in DEATH_RES:
            for m in _find(rx, norm, win):
                if not usable(m.start()):
                    continue
                try:
                    n = cn_to_int(m.group(1)) * _each(norm, m.start(1))
                except ValueError:
                    continue
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
            first_partial = bool(PARTIAL.search(norm, span.start, span.end))
            later = [f for f in found[i + 1 :] if span.end <= f[2].start < sb]
            # "造成3人死亡，2人当场死亡，1人经抢救无效死亡": the later groups add up to the first, a breakdown;
            # "造成2人死亡，1人送医院后经抢救无效死亡": they do not, a further group
            breakdown = sum(f[1] for f in later) == n
            for _r2, n2, sp2 in found[i + 1 :]:
                if sp2.start >= sb:
                    break
                if sp2.start < span.end or _is_part(norm, sa, sp2.start):
                    continue
                if any(g.start() <= sp2.start < g.end() for g in groups):
                    continue  # the last of the groups "1名老人和1名小孩也遇难": added with them below
                # groups of one statement: "2人当场死亡，1人经抢救无效死亡", "大客车52人死亡，轻型货车2人死亡"
                if not norm[sp2.start].isdigit() and norm[sp2.start] not in NUM_CHARS:
                    continue  # "死亡4人均为…" restates a count
                if (
                    first_partial
                    or ADD_MARK.search(norm, span.end, sp2.start)
                    or (_rank(norm, sp2.start) < 2 and not (breakdown and BREAKDOWN.search(norm, sp2.start, sp2.end)))
                ):
                    n, span = n + n2, Span(span.start, sp2.end)
            grouped = _add_groups(norm, (n, span), groups)
            if grouped and grouped[1].start <= span.start < grouped[1].end:  # "车内2人和村民4人死亡"
                n, span = grouped
            stated.append((rank, n, span))
        return _choose(norm, stated)

    def _stated_injuries(
        self, norm: str, usable: Callable[[int], bool], deaths: tuple[int, Span] | None, treated: bool = True
    ) -> tuple[tuple[int, Span] | None, tuple[int, Span] | None]:
        """(injuries, serious injuries): the groups of one statement added up. With `treated`, the people taken to
        hospital count too where no injured count is stated (see `_hospital_items`)."""
        by_sentence: dict[tuple[int, int], list[tuple[str, int, Span, bool]]] = {}
        for m in _find(INJ_ITEM, norm, _windows(norm, INJ_ANCHOR)):
            if not usable(m.start()):
                continue
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
                num, kind = g["n3"] or g["n4"], "any" if g["n3"] else "ref"
            try:
                n = cn_to_int(num) * (_each(norm, m.start("n1")) if g["n1"] is not None else 1)
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
        ranked: list[tuple[int, int, Span]] = []
        for sent, items in by_sentence.items():
            # "4名伤者中有两人…，另外两人…", "4名伤者…，其中3名…，另一个伤者…": once a count is broken down, the
            # groups after it ("另…" too) are its parts
            items = [
                (k, n, sp, part or (i > 0 and BROKEN_DOWN.search(norm, items[0][2].start, sp.start) is not None))
                for i, (k, n, sp, part) in enumerate(items)
            ]
            items = [
                (k, n, sp, part or (i > 0 and self._degree_of_first(norm, items[0], (k, n, sp))))
                for i, (k, n, sp, part) in enumerate(items)
            ]
            top = _without_restated(norm, [i for i in items if not i[3]] or items)
            n = sum(i[1] for i in top)
            span = Span(top[0][2].start, top[-1][2].end)
            ser = [i for i in items if i[0] == "serious"]
            serious = (sum(i[1] for i in ser if not i[3]) or sum(i[1] for i in ser), ser[0][2]) if ser else None
            totals[span.start] = (n, span, serious)
            rank = min(_rank(norm, i[2].start) for i in items)
            if deaths is not None and sent[0] <= deaths[1].start < sent[1]:
                rank = 0  # the sentence that states the deaths states the injured too
            ranked.append((rank, n, span))
        chosen = _choose(norm, sorted(ranked, key=lambda r: r[2].start))
        if chosen is None:
            return None, None
        n, span, serious = totals[chosen[1].start]
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
    ) -> tuple[int, Span] | None:
        """Victims named one by one with no count: "副主任戴xx被灼伤", "驾驶员受伤", "杨远灿、江廷平当场死亡"."""
        found = self._named_victim_list(norm, word, kind_at, win, usable)
        seen = {self._victim_key(n) for names, _span in found for n in names}
        return (len(seen), found[0][1]) if found else None

    def _with_named_injured(
        self, norm: str, injuries: tuple[int, Span], kind_at: _KindAt, usable: Callable[[int], bool]
    ) -> tuple[int, Span]:
        """A count told in the narrative (no total, no result statement) and victims named apart from its groups:
        "3位民警、两名司机…被灼伤，罐车押运员李某面部烧伤" is 6; a named 司机 is one of "两名司机", not added."""
        counted = norm[injuries[1].start : injuries[1].end]
        roles = sorted((*self.g.person_roles, *VICTIM_GROUPS.split("|")), key=len, reverse=True)
        extra: set[str] = set()
        win = _windows(norm, INJ_ANCHOR)
        for names, span in self._named_victim_list(norm, HURT_VICTIM_WORD, kind_at, win, usable):
            if span.start < injuries[1].end and injuries[1].start < span.end:
                continue
            if _quoted(norm, span.start):
                continue  # a witness's words ("还有老板娘腿上被烫伤了") tell of the victims already counted
            for n in names:
                role = next((r for r in roles if n.startswith(r)), "")
                if role and (role in counted or (role in ("驾驶员", "驾驶人") and "司机" in counted)):
                    continue  # one of a counted group
                if role and self._role_counted(norm, role):
                    continue  # "两名液化气公司的工人…受伤" told elsewhere: a named 工人 is one of them
                if role:  # a name alone may be one of the counted
                    extra.add(n)
        return (injuries[0] + len(extra), injuries[1]) if extra else injuries

    def _role_counted(self, norm: str, role: str) -> bool:
        """The text counts a group of this role as hurt somewhere: "两名燃气公司的工人在换气瓶时受伤"."""
        rx = re.compile(
            r"(?<![数几])(" + NUM + r")\s*(?:名|位|个)[^，,。；;\d]{0,16}?" + re.escape(role) + r"[^。；;\n]{0,30}?"
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
    ) -> list[tuple[list[str], Span]]:
        """Each mention of victims named with no count: (their names or roles, span)."""
        rx = self._victim_re.get(word)
        if rx is None:
            between = (
                r"\s*(?:被|也|均|都)?\s*(?:当场|不幸|" + LATE_DEATH + r")?\s*(?:被)?"
                # "张某吸入氯气后中毒身亡": the poisoning or asphyxia that killed the victim
                r"(?:(?:吸入|接触)[^，,。；;\d]{0,8}?后?)?(?:中毒|窒息)?"
                # "…不幸中毒当场死亡"
                r"(?:当场)?"
            )
            # victims each with a role or a name, joined: "驾驶员王某和押运员李某", "王某和李某"
            item = (
                r"(?:(?:"
                + self._role_alt
                + r"|"
                + VICTIM_GROUPS
                + r")\s*(?:"
                + NAME_RE
                + r")?|[\u4e00-\u9fff]"
                + ANON
                + ")"
            )
            rx = re.compile(
                r"(?:((?:" + self._role_alt + r"|" + VICTIM_GROUPS + r")"
                r"(?:(?:和|、|及|与)(?:" + self._role_alt + r"))*)"
                r"\s*((?:" + NAME_RE + r")?)|((?:" + NAME_RE + r")"
                # one victim with an anonymised name and no role: "爆燃导致吴某身体多处烧伤"
                r"(?:、(?:" + NAME_RE + r"))+|[\u4e00-\u9fff]" + ANON + r"|" + HONORIFIC_NAME + r")"
                r"|(" + item + r"(?:(?:和|、|以及|及|与)" + item + r")+))"
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
                if word != DEATH_WORD and INJURED_THEN_DIED.match(norm, m.end()):
                    continue  # "卸油工张某全身烧伤，经抢救无效死亡": the dead, not an injured
                out.append((names, Span(m.start(), m.end())))
        return out

    def _bare_victims(self, norm: str, sa: int, a: int, b: int) -> int:
        """People named by a role with no count beside counted groups hurt together, one each: "2名乘客和司机受伤"
        is 3, "司机、押运员和一名路人受伤" is 3."""
        if self._bare_after is None or self._bare_before is None:
            who = r"(?:" + self._role_alt + r"|" + VICTIM_GROUPS + r")"
            self._bare_after = re.compile(r"(?:和|、|及|以及|与|跟)\s*" + who + r"(?!\s*(?:" + NUM + r"))")
            self._bare_before = re.compile(r"((?:" + who + r"\s*(?:" + ANON + r")?\s*(?:、|和|以及|及|与|跟)\s*)+)$")
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
                r"((?:" + self._role_alt + r"|" + VICTIM_GROUPS + r")\s*(?:" + NAME_RE + r")?"
                r"|[\u4e00-\u9fff]" + ANON + r")"
                r"([^。；;\n]{0,30}?)" + TREATED
            )
        seen: set[str] = set()
        first: Span | None = None
        # "受伤的司机被送往医院": the role the injury qualifies
        for m in self._hurt_role_re.finditer(norm):
            if usable(m.start()) and kind_at(m.start()) not in ("lesson", "responsibility"):
                if not TREATED_DIED.search(norm, m.end(), _sentence_at(norm, m.start())[1]):
                    seen.add(self._victim_key(m.group(1)))
                    first = first or Span(m.start(), m.end())
        for m in self._treated_re.finditer(norm):
            if NOT_TREATED.search(m.group(2)) or kind_at(m.start()) in ("lesson", "responsibility"):
                continue
            sb = _sentence_at(norm, m.start())[1]
            if not usable(m.start()) or TREATED_DIED.search(norm, m.end(), sb):
                continue
            seen.add(self._victim_key(m.group(1)))
            first = first or Span(m.start(1), m.end())
        for m in RESCUED_TAKEN.finditer(norm):
            if usable(m.start()) and kind_at(m.start()) not in ("lesson", "responsibility"):
                if not TREATED_DIED.search(norm, m.end(), _sentence_at(norm, m.start())[1]) and not seen:
                    seen.add("被困者")
                    first = first or Span(m.start(), m.end())
        if not seen and not WOUNDED_DIED.search(norm):
            # "一名男子从屋内跑出…伤者被送至医院抢救": the wounded with no count, after one person was told of, is that
            # person (unless the text goes on to tell the wounded died: "伤者因伤势过重抢救无效身亡")
            for m in WOUNDED_TAKEN.finditer(norm):
                sb = _sentence_at(norm, m.start())[1]
                if not ONE_PERSON.search(norm, max(0, m.start() - 300), m.start()):
                    continue
                if usable(m.start()) and kind_at(m.start()) not in ("lesson", "responsibility"):
                    if not TREATED_DIED.search(norm, m.end(), sb):
                        return 1, Span(m.start(), m.end())
        return (len(seen), first) if seen and first else None

    def _body_hurt_victims(
        self, norm: str, kind_at: _KindAt, usable: Callable[[int], bool]
    ) -> tuple[int, Span] | None:
        """Victims told by a hurt body part, a pronoun or an elided subject, with no count or role: one, or one per
        name told ("孙某手指被灼伤", "他的面部烧伤", "只是腿部受了伤"); only when nobody died (the dead's wounds are
        described too)."""
        names: set[str] = set()
        first: Span | None = None
        for m in BODY_HURT.finditer(norm):
            if kind_at(m.start()) in ("lesson", "responsibility", "cause", "direct", "indirect"):
                continue
            if not usable(m.start()):
                continue
            told = "".join(g or "" for g in m.groups())
            if NOT_TREATED.search(told) or re.search(NUM + r"\s*(?:名|人|位|个)", told):
                continue  # a death, a precaution, a denial, or a counted group (counted elsewhere)
            if NOT_AN_INJURY.match(norm, m.end()):
                continue
            sb = _sentence_at(norm, m.start())[1]
            if TREATED_DIED.search(norm, m.end(), sb) or INJURED_THEN_DIED.match(norm, m.end()):
                continue
            names.update(BODY_HURT_NAME.findall(told))
            first = first or Span(m.start(), m.end())
        return (max(1, len(names)), first) if first else None

    def _someone_harmed(self, norm: str, kind_at: _KindAt) -> bool:
        """A person told as harmed with no count: "押运员王某脸部熏黑", "驾驶员李某中毒昏迷", "工人被埋"."""
        if self._harmed_re is None:
            self._harmed_re = re.compile(
                r"(?:"
                + self._role_alt
                + r"|"
                + VICTIM_GROUPS
                + r"|人员|群众|村民|居民|路人|多人|数人|几人|[\u4e00-\u9fff]"
                + ANON
                + r")"
                r"([^。；;\n]{0,16}?)"
                + PERSON_HARM
                # the wounded or the dead named as such, casualties with no count: "伤员被送往医院", "造成人员伤亡"
                + r"|()(?:伤员|伤者|遇难者|死者|受伤人员|死亡人员|遇难人员|(?:人员|多人|数人)(?:伤亡|死伤))"
            )
        for m in self._harmed_re.finditer(norm):
            ca = max(norm.rfind(p, 0, m.start()) for p in "，,。；;\n") + 1
            if NOT_HARMED.search(m.group(1) or norm[ca : m.start()]) or kind_at(m.start()) in (
                "lesson",
                "responsibility",
                "cause",
                "direct",
                "indirect",
            ):
                continue
            sa, _sb = _sentence_at(norm, m.start())
            if STATS.search(norm, sa, m.end()) or HYPOTHETICAL.search(norm, sa, m.end()):
                continue
            return True
        return False

    def _victim_item(self, item: str) -> bool:
        """One victim of a joined list: a role, a role and a name (驾驶员王某), or a name with a placeholder (李某)."""
        if item[:1] in SURNAMES and re.fullmatch(r".\s?" + ANON, item):
            return True
        roles = [r for r in (*self.g.person_roles, *VICTIM_GROUPS.split("|")) if item.startswith(r)]
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
            return names if all(n[:1] in SURNAMES for n in names) else []
        if re.search(r"和|、|及|与", m.group(1)):  # "司机和押运员死亡": one victim a role
            return re.split(r"和|、|及|与", m.group(1))
        name = m.group(2) or ""
        if name and not self._victim_item(m.group(1) + name):
            # not a name: a body part ("司机右手手臂灼伤") is the role alone; a negation ("驾驶员未受伤") no victim
            if NEGATED_HARM.search(m.string, m.end(1), m.end()):
                return []
            name = ""
        return [m.group(1) + name]

    def _victim_key(self, victim: str) -> str:
        """A victim as matched (a role and maybe a name) as one person: "司机右手" is the driver."""
        if self._victim_item(victim):
            return victim if victim not in self.g.person_roles else self._one_role(victim)
        role = max((r for r in self.g.person_roles if victim.startswith(r)), key=len, default="")
        return self._one_role(role) if role else victim

    def _one_role(self, role: str) -> str:
        """A role without a name as one person: 司机 and 驾驶员 told apart in a title and a body are one driver."""
        return self.g.person_roles.get(role, role)

    def _loss(self, norm: str, rep: ExtractedReport) -> None:
        found = [(m.group(1) is not None, m) for m in LOSS_RE.finditer(norm)]
        if not found:
            none = NO_LOSS.search(norm)  # "未直接造成人员伤亡和经济损失"
            if none:
                rep.direct_loss_cny, rep.spans["direct_loss_cny"] = 0.0, Span(none.start(), none.end())
            return
        direct = [m for d, m in found if d]
        m = direct[0] if direct else found[0][1]
        try:
            rep.direct_loss_cny = parse_amount_cny(m.group(2), m.group(3))
        except ValueError:
            return
        rep.spans["direct_loss_cny"] = Span(m.start(), m.end())

    def _accident_type(
        self, norm: str, doc: Doc, rep: ExtractedReport, sections: list[Section], title: str, kind_at: _KindAt
    ) -> None:
        """`mechanism`: the GB 6441 class of how people were (or would have been) harmed, found whether or not
        anyone was hurt; `accident_type`: the same class, only for an accident with casualties (GB 6441 classifies
        casualty accidents: "无人员伤亡" gives no category)."""
        at = [rep.spans[k].start for k in ("deaths", "injuries", "poisoned") if k in rep.spans]
        found = self._mechanism(norm, doc, sections, title, at)
        if found is None:
            return
        code, span = found
        if code == "其他爆炸" and EXPLOSIVE_BLAST.search(norm):
            code = "火药爆炸"
        elif code == "其他爆炸":
            # "出租车爆炸" in a title, and the sentence of the casualties telling what blew up: "车载天然气钢瓶突然
            # 发生爆炸，造成司机受伤" is a cylinder bursting
            for pos in at:
                burst = CYLINDER_BURST.search(norm, *_sentence_at(norm, pos))
                if burst and not _not_happened(norm, 0, burst.start()):
                    code, span = "容器爆炸", Span(burst.start(), burst.end())
                    break
        if code == "火灾" and CRASH_HARM.search(norm) and not BURN_HARM.search(norm):
            crash = next((m for m in VEHICLE_CRASH.finditer(norm) if not in_furniture(norm, m.start())), None)
            if crash is not None:
                code, span = "车辆伤害", Span(crash.start(), crash.end())
        rep.mechanism = code
        if span is not None:
            rep.spans["mechanism"] = span
        # GB 6441 classes casualty accidents: nobody hurt ("无人员伤亡", or no casualty told at all and no person
        # named as harmed) gives no category
        if not any((rep.deaths, rep.injuries, rep.serious_injuries, rep.missing, rep.poisoned)):
            if (rep.deaths == 0 and rep.injuries == 0) or not self._someone_harmed(norm, kind_at):
                return
        rep.accident_type = code
        if span is not None:
            rep.spans["accident_type"] = span

    def _mechanism(
        self, norm: str, doc: Doc, sections: list[Section], title: str, casualties_at: list[int]
    ) -> tuple[str, Span | None] | None:
        """The class named by the report's classification field, else its title, else its first pieces of text
        (first line, first paragraph of the body, the 事故性质 section, the narrative; then, for a text without
        those headings, the lead paragraph and the sentences that state the casualties)."""
        first_line_end = norm.find("\n", 10)
        pieces: list[tuple[int, int]] = []
        body_start = next((s.start for s in sections if s.kind != "preamble" and s.end - s.start > 20), 0)
        para_end = norm.find("\n", body_start + 10)
        pieces.append((0, first_line_end if first_line_end > 0 else len(norm)))
        pieces.append((body_start, para_end if para_end > 0 else len(norm)))
        for s in sections:
            if s.kind == "nature":
                pieces.append((s.start, s.end))
        for s in sections:
            if s.kind == "narrative":
                pieces.append((s.start, s.end))
        lead_end = _lead_end(norm)
        pieces.append((max(0, norm.rfind("\n", 0, lead_end) + 1), lead_end))
        # the narrative classing the accident as a traffic accident ("…路段发生一起特大交通事故，罐车与货车相撞引发
        # 大火"), ahead of the sentence of the casualties, which may name only the fire that followed
        classed = TRAFFIC_ACCIDENT.search(norm)
        if classed is not None:
            sa, sb = _sentence_at(norm, classed.start())
            if not STATS.search(norm, sa, sb):
                pieces.append((sa, sb))
        for pos in casualties_at:
            pieces.append(_sentence_at(norm, pos))
        # the report's own classification field wins: "事故类别：火灾。"
        for m in TYPE_FIELD.finditer(norm):
            t = self._type_in(norm, m.start(1), m.end(1), [(m.start(1), m.end(1))])
            if t:
                return t
        title_type: tuple[str, Span | None] | None = None
        if title:
            nt = normalise_digits(title)
            t = self._type_in(nt, 0, len(title), [])
            if t:
                title_type = t[0], None  # no span: the title is not part of the text
                if t[0] != "车辆伤害" or nt[t[1].start : t[1].end] in CLASS_WORDS:
                    return title_type
        # the Matcher runs once on the whole text; each piece keeps the phrases inside it
        phrases = [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for _m, s, e in self.acc_matcher(doc)]
        for a, b in pieces:
            t = self._type_in(norm, a, b, [(ps, pe) for ps, pe in phrases if a <= ps and pe <= b])
            if t:
                if t[0] == "车辆伤害" and norm[t[1].start : t[1].end] not in CLASS_WORDS:
                    # a collision or rollover told before the sentence of the casualties, which names the fire,
                    # explosion or poisoning that followed it ("…发生追尾。…泄漏。泄漏的液化气遇明火发生爆燃，3人
                    # 被灼伤"): that is how they were harmed
                    for pos in casualties_at:
                        sa, sb = _sentence_at(norm, pos)
                        if sa < t[1].start < sb:
                            continue
                        harm = self._type_in(norm, sa, sb, [(ps, pe) for ps, pe in phrases if sa <= ps and pe <= sb])
                        if harm and harm[0] in AFTER_VEHICLE and harm[1].start > t[1].start:
                            return harm
                # a title naming a collision or rollover ("槽罐车侧翻事故") holds unless the text tells a fire,
                # explosion, poisoning … that followed it
                return t if title_type is None or t[0] in AFTER_VEHICLE else title_type
        if title_type is not None:
            return title_type
        # no mechanism word anywhere in those pieces: how a victim was harmed, told in words of its own ("因吸入大量
        # 盐酸雾，经抢救无效死亡", "硫酸溅入眼中", "被腐蚀性液体烧伤")
        lessons = [(s.start, s.end) for s in sections if s.kind == "lesson"]
        for code, rx in HARM_TOLD.items():
            for m in rx.finditer(norm):
                sa, _sb = _sentence_at(norm, m.start())
                if any(la <= m.start() < lb for la, lb in lessons) or HYPOTHETICAL.search(norm, sa, m.start()):
                    continue
                if STATS.search(norm, sa, m.end()) or NOT_HAPPENED_BEFORE.search(norm, sa, m.start()):
                    continue
                if HAZARD_TOLD.search(norm, sa, _sentence_at(norm, m.start())[1]):
                    continue  # "吸入高浓度硫化氢可导致昏迷": what a substance does, not what happened
                return code, Span(m.start(), m.end())
        return self._first_mechanism(norm, lessons)

    def _first_mechanism(self, norm: str, lessons: list[tuple[int, int]]) -> tuple[str, Span] | None:
        """A feature story that names the mechanism only further down ("…先后下到窨井里遇难。…沼气中毒后导致死亡"):
        the first sentence naming one as what happened (not a hazard, a precaution, a statistic or a lesson)."""
        if self._any_mechanism is None:
            words = sorted({w for ws in ACCIDENT_KEYWORDS.values() for w in ws}, key=len, reverse=True)
            self._any_mechanism = re.compile("|".join(map(re.escape, words)))
        for m in self._any_mechanism.finditer(norm):
            if any(la <= m.start() < lb for la, lb in lessons) or _not_happened(norm, 0, m.start()):
                continue
            sa, sb = _sentence_at(norm, m.start())
            if STATS.search(norm, sa, sb) or HYPOTHETICAL.search(norm, sa, m.start()):
                continue
            if HAZARD_TOLD.search(norm, sa, sb):
                continue  # "高浓度硫化氢可导致中毒": what a substance does
            return self._type_in(norm, sa, sb, [])
        return None

    def _type_in(self, text: str, a: int, b: int, matched: list[tuple[int, int]]) -> tuple[str, Span] | None:
        """The accident type named in doc.text[a:b]: a GB 6441 code as written wins; then keywords inside an
        "…事故" phrase (`matched` by the Matcher, and the same clause by characters), then any keyword, by
        ACCIDENT_PRIORITY."""
        hits: list[tuple[str, int, int]] = []  # (code, start, end), keywords found by characters
        for code, words in ACCIDENT_KEYWORDS.items():
            for w in words:
                i = text.find(w, a, b)
                while i >= 0:
                    hits.append((code, i, i + len(w)))
                    i = text.find(w, i + 1, b)
        # a mechanism prevented, feared or denied is not what happened: "以防中毒", "为防止发生爆炸", "担心罐体爆炸",
        # "所幸未发生爆炸"
        hits = [h for h in hits if not _not_happened(text, a, h[1])]
        if not hits:
            return None
        hits.sort(key=lambda h: h[1])
        # a falling or collapsing thing that strikes the victim ("被高处坠落的钢管砸中"): the fall describes the
        # object, the strike is the harm
        hits = [h for h in hits if not _falling_object(text, h, hits)] or hits
        # buildings that an explosion told before brought down ("发生爆燃，导致房屋坍塌"): the explosion is the
        # accident, unless people were buried under them
        if not BURIED.search(text, a, b):
            hits = [h for h in hits if not _blast_collapse(h, hits)] or hits
        # the report classifying the whole after its result: "造成4人当场死亡的较大道路交通事故"
        for m in CLASSIFIED_AFTER.finditer(text, a, b):
            inside = [h for h in hits if m.start(1) <= h[1] and h[2] <= m.end(1)]
            if inside:
                return self._by_priority(text, a, b, inside)
        phrase_spans = list(matched)
        phrase_spans += [(m.start() + a, m.end() + a) for m in re.finditer(r"[^，,。；;\n]{1,12}?事故", text[a:b])]
        for code, s, e in hits:  # "发生一起高处坠落事故": the class as written in an accident phrase
            if text[s:e] in self.g.accident_types and any(ps <= s and e <= pe for ps, pe in phrase_spans):
                return code, Span(s, e)
        for code, s, e in hits:
            # "发生一起特大交通事故，…相撞引发大火": the report classing the accident as a traffic accident, not the
            # collision word before the fire it led to
            if text[s:e] in CLASS_WORDS and TRAFFIC_CLASSED.search(text, max(a, s - 12), s):
                return code, Span(s, e)
        crane = self._crane_failure(text, hits)
        if crane is not None:
            return crane
        # a crane as the place someone fell from ("从塔吊上坠落") is not the mechanism
        hits = [h for h in hits if not (h[0] == "起重伤害" and _place_word(text, h[1], h[2]))] or hits
        for code, s, e in hits:
            if text[s:e] in self.g.accident_types:
                return code, Span(s, e)
        hits = _without_causes(text, hits)
        in_phrase = [h for h in hits if any(ps <= h[1] and h[2] <= pe for ps, pe in phrase_spans)]
        found = self._by_priority(text, a, b, in_phrase or hits)
        if found is not None and found[0] == "车辆伤害" and text[found[1].start : found[1].end] not in CLASS_WORDS:
            # a strike or rollover the victims did not die of: "相撞…驾驶员被烧死"
            for code, rx in HARM_VERB.items():
                harm = rx.search(text, a, b)
                if harm:
                    return code, Span(harm.start(), harm.end())
        return found

    @staticmethod
    def _by_priority(text: str, a: int, b: int, group: list[tuple[str, int, int]]) -> tuple[str, Span] | None:
        codes = {h[0]: h for h in sorted(group, key=lambda h: -h[1])}
        for code in ACCIDENT_PRIORITY:
            if code in codes:
                if code == "其他爆炸":  # "氧气瓶与瓶相撞发生爆炸": a cylinder bursting is 容器爆炸
                    burst = CYLINDER_BURST.search(text, a, b)
                    if burst:
                        return "容器爆炸", Span(burst.start(), burst.end())
                return code, Span(codes[code][1], codes[code][2])
        return None

    @staticmethod
    def _crane_failure(text: str, hits: list[tuple[str, int, int]]) -> tuple[str, Span] | None:
        """A crane or hoist named as what collapsed or fell: "一塔吊在顶升过程中发生失稳倒塌", "塔吊…折断坠落"."""
        for code, s, _e in hits:
            if code not in ("坍塌", "高处坠落"):
                continue
            sa = max(text.rfind(p, 0, s) for p in "。；;\n") + 1
            for c2, s2, e2 in hits:
                if c2 != "起重伤害" or not sa <= s2 < s or text[s2:e2] not in CRANE_WORDS:
                    continue
                between = text[e2:s]
                if _place_word(text, s2, e2):
                    continue  # a person falling from the crane
                if re.search(r"[，,]", between) and not re.search(r"发生|出现", between):
                    continue
                return "起重伤害", Span(s2, e2)
        return None

    def _chemicals_equipment(self, norm: str, ents: list[SpacySpan], rep: ExtractedReport, kind_at: _KindAt) -> None:
        """Substances physically involved: gazetteer names (synonyms, trade names, formulas) outside prevention
        measures, responsibilities, business scopes and uses, blood tests, unit names and other accidents; a name
        the text declares another name of a substance just named ("X（别名：Y）", "X（Y）") is that substance."""
        seen_c: set[str] = set()
        seen_e: set[tuple[str, int]] = set()
        alias_of: dict[str, str] = {}  # canonical → the canonical the text gave it as another name of
        prev: tuple[int, str] | None = None  # (end, canonical) of the last chemical name seen
        cargo, cargo_at = self._cargo_names(norm)
        for e in self._with_acc_chemicals(ents):
            if e.label_ not in ("CHEM", "EQUIP"):
                continue
            if e.label_ == "CHEM" and any(
                a <= e.start_char and e.end_char <= b and b - a > e.end_char - e.start_char for a, b, _n in cargo
            ):
                continue  # part of a longer cargo name: 丙烯 in 丙烯酸丁酯
            if e.label_ == "CHEM":
                canon, cas = self.g.canonical_chemical(e.text)
                if e.text[1:] in self.g.chemicals and _word_across(norm, e.start_char):
                    canon, cas = self.g.canonical_chemical(e.text[1:])  # 批次氯酸钠 is 氯酸钠, not 次氯酸钠
                if prev is not None and prev[1] != canon and e.start_char - prev[0] <= 16:
                    gap = norm[prev[0] : e.start_char]
                    if ALIAS_BEFORE.search(gap) or gap in ("（", "("):
                        alias_of.setdefault(canon, alias_of.get(prev[1], prev[1]))
                prev = (e.end_char, canon)
            if kind_at(e.start_char) in ("lesson", "responsibility"):
                continue
            if _business_context(norm, e.start_char):
                continue
            if e.label_ == "CHEM":
                if norm[e.start_char - 1 : e.start_char] in CHEM_PREFIX:
                    continue  # part of a longer name
                if not self._chemical_involved(norm, e.start_char, e.end_char, canon):
                    continue
                if canon in INERT_GASES and not self._inert_involved(norm, e.start_char, cargo_at):
                    continue
                if canon in PRODUCT_CLASSES and e.text != canon and not _everyday_product_involved(norm, e):
                    continue
                canon = alias_of.get(canon, canon)
                cas = self.g.canonical_chemical(canon)[1] or cas
                if canon not in seen_c:
                    seen_c.add(canon)
                    rep.chemicals.append(ChemicalMention(canon, cas, e.text, Span(e.start_char, e.end_char)))
            else:
                kind = self.g.equipment.get(e.text)
                key = (kind or e.text, 0)
                if key not in seen_e:
                    seen_e.add(key)
                    rep.equipment.append(EquipmentMention(e.text, kind, Span(e.start_char, e.end_char)))
        if "煤气" in seen_c and "液化石油气" in seen_c and not TOWN_GAS.search(norm):
            rep.chemicals = [c for c in rep.chemicals if c.name != "煤气"]  # 煤气罐 is the 液化气罐 named
        for generic, kinds in GENERIC_NAMES.items():
            if generic in seen_c and seen_c & kinds:
                rep.chemicals = [c for c in rep.chemicals if c.name != generic]  # the kind named more exactly
        added = self._add_single(norm, rep, kind_at, seen_c)
        if cargo:
            self._add_cargo(norm, cargo, rep, kind_at, seen_c)
        if cargo or added:
            rep.chemicals.sort(key=lambda c: c.span.start)

    def _add_single(self, norm: str, rep: ExtractedReport, kind_at: _KindAt, seen: set[str]) -> bool:
        """Substances named by one character (`SINGLE_CHEM_RE`, `SINGLE_CHEM_NAMED`) where they are involved; whether
        any was added."""
        added = False
        for m in itertools.chain(SINGLE_CHEM_RE.finditer(norm), SINGLE_CHEM_NAMED.finditer(norm)):
            a, b = m.span("c")
            canon, cas = self.g.chemicals.get(SINGLE_CHEM_SURFACE[m.group("c")], (m.group("c"), ""))
            if canon in seen or kind_at(a) in ("lesson", "responsibility"):
                continue
            if _business_context(norm, a) or not self._chemical_involved(norm, a, b, canon):
                continue
            seen.add(canon)
            rep.chemicals.append(ChemicalMention(canon, cas, m.group("c"), Span(a, b)))
            added = True
        return added

    def _with_acc_chemicals(self, ents: list[SpacySpan]) -> list[SpacySpan | _Ent]:
        """The entities, with the substance inside an accident-type phrase as a chemical of its own: 炸药 in
        炸药爆炸, 雷管 in 雷管爆炸 (the longer phrase took the tokens)."""
        out: list[SpacySpan | _Ent] = []
        for e in ents:
            out.append(e)
            if e.label_ != "ACC":
                continue
            text = e.text
            n = self._acc_chem.get(text)
            if n is None:
                n = next((k for k in range(len(text), 1, -1) if text[:k] in self.g.chemicals), 0)
                self._acc_chem[text] = n
            if n:
                out.append(_Ent("CHEM", text[:n], e.start_char, e.start_char + n))
        return out

    def _add_cargo(
        self, norm: str, cargo: list[tuple[int, int, str]], rep: ExtractedReport, kind_at: _KindAt, seen: set[str]
    ) -> None:
        for a, b, name in cargo:
            if name in seen or kind_at(a) in ("lesson", "responsibility"):
                continue
            if _business_context(norm, a) or not self._chemical_involved(norm, a, b, name):
                continue
            seen.add(name)
            rep.chemicals.append(ChemicalMention(name, "", name, Span(a, b)))

    @staticmethod
    def _inert_involved(norm: str, a: int, cargo_at: set[int]) -> bool:
        """An inert gas named as a cargo ("运输液氮的槽车") or in a sentence of harm ("氮气泄漏致2人窒息")."""
        return a in cargo_at or bool(INERT_HARM.search(norm, *_sentence_at(norm, a)))

    def _cargo_names(self, norm: str) -> tuple[list[tuple[int, int, str]], set[int]]:
        """Cargo names the gazetteer does not know, where transport wording names a cargo (`CARGO_RE`), and where
        every cargo name (known or not) starts."""
        out = []
        starts: set[int] = set()
        for m in CARGO_RE.finditer(norm):
            key = "name" if m.group("name") is not None else "name2"
            a, b = m.span(key)
            starts.add(a)
            name = m.group(key)
            cut = max(name.rfind("的"), name.rfind("了"), name.rfind("着"))
            # after the last kind-of-goods label: "运载的化学品为异丁烯醇" names 异丁烯醇
            cut = max(cut, max((lb.end() for lb in GOODS_LABEL.finditer(name)), default=0) - 1)
            if cut >= 0:
                a, name = a + cut + 1, name[cut + 1 :]
            if self._new_name(name):
                out.append((a, b, name))
        for a, b, name in self._listed_names(norm):
            starts.add(a)
            if self._new_name(name):
                out.append((a, b, name))
        return out, starts

    def _new_name(self, name: str) -> bool:
        """Whether a taken cargo or list item is a substance name the gazetteer does not know."""
        if len(name) < 2 or name in NOT_CARGO or name[0] in "空运装拉载" or re.search(r"^\d|辆|车|罐", name):
            return False  # "空油罐车" is an empty tanker
        if CARGO_UNIT.match(name):
            return False  # "满载40吨苯": the unit of a quantity and a one-character name (`SINGLE_CHEM_RE`)
        if VEHICLE_SIZE.match(name):
            return False  # "重型油罐车" is a heavy tanker: 重型油 is no cargo
        if name in self.g.chemicals:
            return False  # the gazetteer's own
        known = next((i for i in range(1, len(name) - 1) if name[i:] in self.g.chemicals), None)
        if known is not None and name[known - 1] not in SUBSTITUENT_END:
            return False  # a known name with words before it ("副产盐酸", "残留硫化钠"), not a substituent (间硝基…)
        if name[:-1] in self.g.chemicals and name[-1] in "粉液气":
            return False  # a known substance in a form: 炸药粉
        return re.search(r"[\u4e00-\u9fff]", name) is not None and not self._common_word(name)

    @staticmethod
    def _listed_names(norm: str) -> Iterator[tuple[int, int, str]]:
        """The items of a list closed by a class of substances (`LIST_CLASS`) that end like a substance name."""
        for m in LIST_CLASS.finditer(norm):
            lo = max(0, m.start() - 60)
            la = max(max(norm.rfind(p, lo, m.start()) for p in "，,。；;：:\n（(") + 1, lo)
            pos = la
            for item in LIST_SEP.split(norm[la : m.start()]):
                a, b = pos, pos + len(item)
                pos = b + 1
                cut = LIST_ITEM_CUT.match(item)
                if cut:
                    a, item = a + cut.end(), item[cut.end() :]
                if LIST_ITEM.fullmatch(item):
                    yield a, b, item

    def _chemical_involved(self, norm: str, a: int, b: int, canon: str) -> bool:
        """Whether the name at norm[a:b] names a substance of this accident (see `_chemicals_equipment`)."""
        if CHEM_NOT_SUBSTANCE_AFTER.match(norm, b) or (a > 0 and GAS_CLASS.match(norm, a - 1)):
            return False
        if canon == "氧" and (
            OXYGEN_MEASURED.match(norm, b)
            or OXYGEN_FROM_OXIDISER.search(norm, max(0, a - 16), a)
            or OXYGEN_AIR_BEFORE.search(norm, max(0, a - 6), a)
        ):
            return False
        if CHEM_AGENT_BEFORE.search(norm, max(0, a - 4), a):
            # "调来液碱中和泄漏的盐酸", "用液碱对泄漏的氯气进行中和": what the responders brought and used
            end = min([x for x in (norm.find(p, b, b + 30) for p in "，,。；;\n") if x >= 0] or [b + 30])
            if CHEM_AGENT.search(norm, b, end):
                return False
        if in_furniture(norm, a):
            return False  # the title of a linked page, an appendix of background
        if _company_short_name(norm, a, b):
            return False
        if CHEM_DENIED_BEFORE.search(norm, max(0, a - 12), a):
            return False
        if CHEM_PREVENTED_BEFORE.search(norm, max(0, a - 4), a) and CHEM_PREVENTED_AFTER.match(norm, b):
            return False
        if CHEM_SHUT_OFF_AFTER.match(norm, b) and CHEM_SHUT_OFF_BEFORE.search(norm, max(0, a - 8), a):
            return False
        sa, sb = _sentence_at(norm, a)
        if norm.rfind("《", sa, a) > norm.rfind("》", sa, a):
            return False  # a document's title: 《油品装车单》
        if CHEM_NOT_INVOLVED_SENTENCE.search(norm, sa, sb) or CHEM_ADVICE.search(norm, sa, sb):
            return False
        if PROPERTY_DESCRIPTION.search(norm, sa, a):
            return False
        habit = HABITUAL_BEFORE.search(norm, sa, a)
        if habit is not None and not HABITUAL_BROKEN.search(norm, habit.start("gap"), sb):
            return False
        if QUESTION_BEFORE.search(norm, sa, a) and QUESTION_END.match(norm, b):
            return False
        ca = max(norm.rfind(p, sa, a) for p in "，,；;：:") + 1
        ca = max(ca, sa)
        if CHEM_PRODUCT_VERB.search(norm, ca, a) and CHEM_GENERAL.search(norm, sa, sb):
            return False
        if CHEM_SHEET_FIELD.search(norm, max(sa, a - 40), a):
            return False
        cb = min([x for x in (norm.find(p, b, sb) for p in "，,；;") if x >= 0] or [sb])
        if canon in FUELS and VEHICLE_FUEL.search(norm, ca, cb):
            # released in its clause or the next: "油箱破裂，柴油泄漏起火", "油箱内的柴油，随即起火燃烧"
            nb = min([x for x in (norm.find(p, cb + 1, sb) for p in "，,；;") if x >= 0] or [sb])
            if not FUEL_RELEASED.search(norm, ca, nb):
                return False
        if canon in PRODUCT_CLASSES and not PRODUCT_INVOLVED.search(norm, ca, cb):
            return False
        if _only_threatened(norm, ca, a, b, cb, sb):
            return False
        if COMPARED_BEFORE.search(norm, max(ca, a - 4), a):
            return False
        if SIMILE_BEFORE.search(norm, ca, a) and SIMILE_AFTER.match(norm, b, cb):
            return False
        if any(m.start() < a and b <= m.end() for m in UNIT_PRODUCT.finditer(norm, ca, cb)):
            return False
        return not CHEM_NOT_INVOLVED_CLAUSE.search(norm, ca, cb)

    def _name_at(self, norm: str, pos: int, bounds: set[int]) -> tuple[str, int] | None:
        """A person's name starting at pos: 周某, 林某某, 高XX, or two or three characters led by a surname."""
        m = re.match(r"[\u4e00-\u9fff]\s?" + ANON, norm[pos : pos + 6])
        if m:
            return m.group(0).replace(" ", ""), pos + m.end()
        if pos >= len(norm) or norm[pos] not in SURNAMES:
            return None
        for n in (3, 2):
            cand = norm[pos : pos + n]
            end = pos + n
            if len(cand) < n or not re.fullmatch(r"[\u4e00-\u9fff]+", cand) or cand[-1] in STOP_AFTER:
                continue
            if self._common_word(cand) or self._common_word(cand[:2]):
                continue
            nxt = norm[end : end + 1]
            if end in bounds or nxt in STOP_AFTER or nxt == "" or nxt.isdigit():
                if n == 3 and end not in bounds and (pos + 2) in bounds and nxt not in STOP_AFTER:
                    continue
                return cand, end
        return None

    def _parties(self, norm: str, doc: Doc, ents: list[SpacySpan], rep: ExtractedReport) -> None:
        bounds: set[int] = {int(i) for i in doc.to_array([IDX]).ravel().tolist()} | {len(norm)}
        out: dict[tuple[str, str], Party] = {}

        def add(p: Party) -> None:
            out.setdefault((p.name, p.role), p)

        last_org = ""
        for m in self._unit_fwd.finditer(norm):
            for r in (m.group(1), m.group(2)):
                if r:
                    add(Party(m.group(3), self.g.unit_roles[r], "enterprise", Span(m.start(3), m.end(3))))
        for m in self._unit_rev.finditer(norm):
            role = self.g.unit_roles[m.group(2)]
            add(Party(m.group(1).strip(), role, "enterprise", Span(m.start(1), m.end(1))))
        org_at = sorted((p.span.start, p.name) for p in out.values())
        roles = [e for e in ents if e.label_ == "ROLE"]
        for i, e in enumerate(roles):
            chain = [e]
            j = i
            # "法定代表人和项目负责人张剑", "押运员兼装卸工孙学盛": every role of the chain goes to the name
            while j + 1 < len(roles) and norm[roles[j].end_char : roles[j + 1].start_char] in ("和", "兼", "、", "及"):
                chain.append(roles[j + 1])
                j += 1
            if i > 0 and norm[roles[i - 1].end_char : e.start_char] in ("和", "兼", "、", "及"):
                continue  # handled with the chain that starts earlier
            pos = chain[-1].end_char
            if norm[pos : pos + 1] in ("是", "为"):  # "该车的押运员是张保华", "车主为庞书发"
                pos += 1
            while True:
                found = self._name_at(norm, pos, bounds)
                if not found:
                    break
                name, end = found
                last_org = next((n for s, n in reversed(org_at) if s < e.start_char and e.start_char - s < 120), "")
                for r in chain:
                    add(Party(name, r.ent_id_, "person", Span(pos, end), last_org))
                if norm[end : end + 1] == "、":
                    pos = end + 1
                    continue
                break
        for m in re.finditer(r"([\u4e00-\u9fff]{2,3})驾驶(?![员人室证])", norm):
            s = m.start(1)
            for off in (0, 1):
                cand = norm[s + off : m.end(1)]
                if (
                    cand
                    and cand[0] in SURNAMES
                    and len(cand) >= 2
                    and (s + off) in bounds
                    and not self._common_word(cand)
                    and not self._common_word(cand[:2])
                    and not self._common_word(cand[1:])
                ):
                    add(Party(cand, "驾驶员", "person", Span(s + off, m.end(1))))
                    break
        for m in self._item_person.finditer(norm):
            name = m.group(1).replace(" ", "")
            add(Party(name, self.g.person_roles[m.group(2)], "person", Span(m.start(1), m.end(1))))
        rep.parties = sorted(out.values(), key=lambda p: p.span.start)

    def _causes(self, text: str, norm: str, rep: ExtractedReport, sections: list[Section]) -> None:
        runs: list[tuple[str | None, int, int]] = []
        for s in sections:
            if s.kind in CAUSE_KINDS:
                if s.kind in LEVEL_OF_KIND:
                    seg = _strip(text, s.start, s.end)
                    if seg:
                        runs.append((LEVEL_OF_KIND[s.kind], seg[0], seg[1]))
                else:
                    nxt = sections[sections.index(s) + 1] if sections.index(s) + 1 < len(sections) else None
                    if nxt is not None and nxt.kind in LEVEL_OF_KIND and len(norm[s.start : s.end].strip()) < 100:
                        continue  # "调查组…认定如下" before （一）直接原因
                    runs += _cause_runs(norm, s.start, s.end)
            elif s.kind not in ("lesson",):
                runs += _inline_causes(norm, s.start, s.end)
        for level, a, b in runs:
            seg = _strip(text, a, b)
            if seg:
                rep.causes.append(Cause(level, text[seg[0] : seg[1]], Span(seg[0], seg[1])))

    def _responsibilities(self, text: str, norm: str, rep: ExtractedReport, sections: list[Section]) -> None:
        for s in sections:
            if s.kind not in ("responsibility", "cause", "indirect", "direct"):
                continue
            for a, b in _sentences(norm, s.start, s.end):
                for m in RESP_RE.finditer(norm, a, b):
                    phrase = m.group(1) + "责任"
                    kind = next(
                        (k for k in ("领导责任", "监管责任", "直接责任", "主要责任", "重要责任") if k[:2] in phrase),
                        None,
                    )
                    if kind is None:
                        continue
                    party = _party_of(norm, a, m.start(), rep.parties)
                    if party:
                        rep.responsibilities.append(Responsibility(party, kind, text[a:b].strip(), Span(a, b)))
                    break

    def _lessons(self, text: str, rep: ExtractedReport, sections: list[Section]) -> None:
        for s in sections:
            if s.kind != "lesson":
                continue
            pos = s.start
            for line in text[s.start : s.end].splitlines(keepends=True):
                seg = _strip(text, pos, pos + len(line))
                if seg and seg[1] - seg[0] >= 6:
                    rep.lessons.append(Lesson(text[seg[0] : seg[1]], Span(seg[0], seg[1])))
                pos += len(line)


def _everyday_product_involved(norm: str, e: SpacySpan | _Ent) -> bool:
    """A product class by its everyday name (烟花, 鞭炮 for 烟花爆竹) counts right after a word of carrying or storing
    ("装有烟花的货车") or right before its blast or fire ("烟花运输车…爆炸"); "组合烟花样品" alone is a product made."""
    return bool(
        EVERYDAY_CARRIED.search(norm, max(0, e.start_char - 4), e.start_char)
        or EVERYDAY_WENT_OFF.match(norm, e.end_char)
    )


def _company_short_name(norm: str, a: int, b: int) -> bool:
    """Whether the name at norm[a:b] is inside a company's short name the text gave in full before or after
    ("杭州百江液化气有限公司的工人 … 穿着百江液化气制服的男人"): the two characters before it and the name start a
    company's full name (`COMPANY_FULL`) somewhere in the text."""
    pre = norm[a - 2 : a]
    if a < 2 or not re.fullmatch(r"[\u4e00-\u9fff]{2}", pre) or pre[-1] in "的了是在和与及":
        return False
    key = pre + norm[a:b]
    pos = norm.find(key)
    while pos >= 0:
        if COMPANY_FULL.match(norm, pos + len(key)):
            return True
        pos = norm.find(key, pos + 1)
    return False


def _business_context(norm: str, a: int) -> bool:
    """Whether the sentence up to norm[a] is about uses or business (`EXCLUDE_CHEM_CONTEXT`)."""
    sent_a = max(norm.rfind("。", 0, a), norm.rfind("\n", 0, a)) + 1
    return EXCLUDE_CHEM_CONTEXT.search(norm, sent_a, a + 1) is not None


def _only_threatened(norm: str, ca: int, a: int, b: int, cb: int, sb: int) -> bool:
    """Whether the name at norm[a:b], in the clause norm[ca:cb] of a sentence ending at sb, is only something the fire
    or blast threatened (`CHEM_THREATENED_BEFORE` in its clause, `CHEM_THREATENED` there or in the next clause) and
    its clause tells no leak or fire of it."""
    before = CHEM_THREATENED_BEFORE.search(norm, ca, a)
    if before is not None:
        return not FUEL_RELEASED.search(norm, before.start("gap"), cb)  # "未引燃泄漏的汽油": it leaked
    nb = min([x for x in (norm.find(p, cb + 1, sb) for p in "，,；;") if x >= 0] or [sb])
    m = CHEM_THREATENED.search(norm, b, nb)
    return m is not None and not FUEL_RELEASED.search(norm, ca, m.start())


def _not_happened(text: str, a: int, s: int) -> bool:
    """Whether the mechanism word at s is one the clause prevents, fears or denies (see `NOT_HAPPENED`)."""
    ca = max(a, max(text.rfind(p, 0, s) for p in "，,。；;：:\n") + 1)
    return bool(NOT_HAPPENED_BEFORE.search(text, ca, s) or NOT_HAPPENED_RIGHT.search(text, max(ca, s - 6), s))


def _blast_collapse(hit: tuple[str, int, int], hits: list[tuple[str, int, int]]) -> bool:
    """A collapse after an explosion told before it in the same piece of text."""
    return hit[0] == "坍塌" and any(h[0] in BLAST_CODES and h[2] <= hit[1] for h in hits)


def _falling_object(text: str, hit: tuple[str, int, int], hits: list[tuple[str, int, int]]) -> bool:
    """A fall word that describes the thing striking someone: "被高处坠落的钢管砸中", "被掉落的模板击中"."""
    code, _s, e = hit
    if code != "高处坠落" or text[e : e + 1] != "的" or text[e + 1 : e + 3] in ("同时", "时候", "过程", "瞬间"):
        return False
    clause_end = min([x for x in (text.find(p, e) for p in "，,。；;\n") if x >= 0] or [len(text)])
    return any(c == "物体打击" and e < s2 < clause_end for c, s2, _e2 in hits)


def _place_word(text: str, s: int, e: int) -> bool:
    """Whether the word at text[s:e] is where something happened: "从塔吊上", "在升降机顶部"."""
    return text[max(0, s - 2) : s].endswith(("从", "自", "在")) and text[e : e + 1] in ("上", "顶", "臂", "内")


def _each(norm: str, pos: int) -> int:
    """How many groups a count at pos stands for: "重型厢式货车和小型越野车各1人受伤" is 2 × 1."""
    k = pos
    while k > 0 and norm[k - 1] in " \u3000":
        k -= 1
    if k == 0 or norm[k - 1] != "各":
        return 1
    ca = max(norm.rfind(p, 0, k) for p in "，,。；;：:\n") + 1
    before = norm[ca : k - 1]
    groups = len(re.findall(r"和|与|及|、|跟", before)) + 1
    counted = re.search(r"([两二三四五六七八九十])\s*(?:车|辆|方|家|侧|处|个)[^，,]{0,3}$", before)
    if groups == 1 and counted:  # "两车各1人死亡"
        groups = cn_to_int(counted.group(1))
    return min(groups, 10)


def _without_restated(norm: str, items: list[tuple[str, int, Span, bool]]) -> list[tuple[str, int, Span, bool]]:
    """The groups of a sentence that add up: not the wounded referred to by a count ("一名伤者的老乡说，两名伤者…",
    kind "ref") beside counted groups, nor a group restating an earlier one's count and kind ("两人受伤的原因是…，造成
    二人受伤"); a further group marked as such ("另有2人受伤") and groups of two kinds ("3人重伤、3人轻伤") add up."""
    groups = [i for i in items if i[0] != "ref"]
    if not groups:
        return [max(items, key=lambda i: i[1])]
    out: list[tuple[str, int, Span, bool]] = []
    for it in groups:
        if any(o[1] == it[1] and o[0] == it[0] and not ADD_MARK.search(norm, o[2].end, it[2].start) for o in out):
            continue
        out.append(it)
    return out


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
            if HOSPITAL_DIED.match(norm, m.end()):
                continue
            before = norm[sent[0] : m.start()]
            if _is_part(norm, sent[0], m.start()) and not PART_DEAD.search(before, max(0, before.rfind("其中"))):
                continue  # "3人受伤（其中2人住院治疗）"; not after a part of the dead ("其中12人遇难，住院治疗…")
            try:
                n = cn_to_int(m.group("n") or m.group("n2"))
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


def _treated_are_poisoned(norm: str) -> bool:
    """A poisoning or a toxic leak with nobody told as hurt (no injury word): the people treated are the poisoned."""
    return (POISON_ANCHOR.search(norm) is not None or TOXIC_LEAK_RE.search(norm) is not None) and not HURT_ANY.search(
        norm
    )


def _hospital_count(norm: str, usable: Callable[[int], bool]) -> tuple[int, Span] | None:
    """The first count of people taken to hospital who did not die there (see HOSPITAL_COUNT)."""
    for a, b in _windows(norm, HOSPITAL_ANCHOR, before=24, after=12):
        for m in HOSPITAL_COUNT.finditer(norm, a, b):
            if not usable(m.start()) or HOSPITAL_DIED.match(norm, m.end()):
                continue
            try:
                return cn_to_int(m.group("n") or m.group("n2")), Span(m.start(), m.end())
            except ValueError:
                continue
    return None


def _poisoned_wounded(norm: str, injuries: tuple[int, Span]) -> bool:
    """Whether injuries counted only as "N名伤者" are people the text tells as poisoned: no injury word anywhere."""
    counted = norm[injuries[1].start : injuries[1].end]
    return bool(re.search(r"伤者|伤员", counted)) and HURT_ANY.search(norm) is None


def _quoted(norm: str, pos: int) -> bool:
    """Whether pos is inside a quotation “…” opened in its paragraph."""
    para = norm.rfind("\n", 0, pos) + 1
    return norm.rfind("“", para, pos) > norm.rfind("”", para, pos)


def _later_deaths(
    norm: str, deaths: tuple[int, Span], injuries: tuple[int, Span] | None, usable: Callable[[int], bool]
) -> tuple[tuple[int, Span], tuple[int, Span] | None]:
    """Injured who died later, told after counts taken at the scene (no lead gives the final figures): "造成52人
    死亡、6人受伤 … 6名受伤人员中，有4人因伤势过重医治无效…死亡" is 56 dead and 2 injured."""
    after = max(deaths[1].end, injuries[1].end if injuries else 0)
    for m in LATER_DEATH.finditer(norm, after):
        if not usable(m.start()):
            continue
        try:
            k = cn_to_int(m.group(1))
        except ValueError:
            continue
        if injuries is not None and injuries[0] >= k:
            injuries = (injuries[0] - k, injuries[1])
        return (deaths[0] + k, deaths[1]), injuries
    return deaths, injuries


def _died_of_injured(norm: str, dead: Span, hurt: Span) -> bool:
    """Whether the deaths at `dead` are a part ("其中…") of the injured group at `hurt` told just before in the same
    sentence, dying of their injuries: "5名工人被烧伤，其中2人经抢救无效死亡"."""
    sa, sb = _sentence_at(norm, hurt.start)
    if not (hurt.end <= dead.start < sb) or not _is_part(norm, sa, dead.start):
        return False
    between = norm[hurt.end : dead.start]
    if re.search(r"死|亡|遇难", norm[sa : hurt.start] + between):
        return False  # the dead were counted apart: "造成2人死亡、5人受伤，其中…"
    return bool(LATE_DIED.search(norm, dead.start, dead.end))


def _injured_of_total(norm: str, deaths: tuple[int, Span], usable: Callable[[int], bool]) -> tuple[int, Span] | None:
    """The injured as the casualties less the dead, when the text gives only those two: "造成5人伤亡，其中2人死亡"
    is 3 injured."""
    sa, sb = _sentence_at(norm, deaths[1].start)
    for m in CASUALTY_TOTAL.finditer(norm, sa, sb):
        if not usable(m.start()):
            continue
        try:
            total = cn_to_int(m.group(1))
        except ValueError:
            continue
        if total > deaths[0]:
            return total - deaths[0], Span(m.start(), m.end())
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


def _without_causes(text: str, hits: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Hits (sorted by start) without those the text presents as leading to a later, different mechanism before
    the casualties ("相撞，导致溶剂油泄漏，继而引发爆燃，…造成20人死亡": the collision is not how they died)."""
    out = []
    for i, (code, s, e) in enumerate(hits):
        end = min([x for x in (text.find(p, e) for p in "。；;\n") if x >= 0] or [len(text)])
        res = CASUALTY_RESULT.search(text, e, end)
        limit = res.start() if res else end
        later = [h for h in hits[i + 1 :] if h[1] < limit and h[0] != code]
        if later and any(
            CONSEQUENCE.search(text, e, h[1])
            or CONSEQUENCE_AFTER.fullmatch(text, e, h[1])
            or (code == "车辆伤害" and text[s:e] not in CLASS_WORDS and h[0] in AFTER_VEHICLE)
            for h in later
        ):
            continue
        out.append(hits[i])
    return out or hits


def _word_across(norm: str, pos: int) -> bool:
    """Whether the characters before and at pos form one dictionary word (批次 in 批次氯酸钠)."""
    return pos > 0 and len(rjieba.cut(norm[pos - 1 : pos + 1], False)) == 1


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


def _sentence_at(norm: str, pos: int) -> tuple[int, int]:
    """The sentence around pos: from after the previous 。 or paragraph end to the next one (a ；-list stays whole).
    A line break inside a long line of running text (a wrapped PDF line) does not end the sentence."""
    a = pos
    while True:
        a = max(norm.rfind("。", 0, a), norm.rfind("\n", 0, a))
        if a < 0 or norm[a] == "。" or not _wrapped(norm, a):
            break
    b = pos
    while True:
        ends = [e for e in (norm.find("。", b), norm.find("\n", b)) if e >= 0]
        if not ends:
            b = len(norm)
            break
        b = min(ends)
        if norm[b] == "。" or not _wrapped(norm, b):
            b += 1
            break
        b += 1
    return a + 1, b


def _wrapped(norm: str, nl: int) -> bool:
    """A line break at nl that cuts running text: the line before is long and does not end a sentence."""
    prev = norm.rfind("\n", 0, nl)
    line = norm[prev + 1 : nl].rstrip()
    # a line of a converted web table ("…4人死亡 | ||||", "---|---|") is no running text
    return (
        len(line) >= 30
        and line[-1:] not in "。！？；;：:|"
        and nl + 1 < len(norm)
        and norm[nl + 1] not in "\n\r|-"
    )


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


def _lead_end(norm: str) -> int:
    """End of the lead: the first paragraph of at least 40 characters that is not a witness's words."""
    pos = 0
    while pos < len(norm):
        nl = norm.find("\n", pos)
        end = nl if nl >= 0 else len(norm)
        if len(norm[pos:end].strip()) >= 40 and not QUOTE_PARAGRAPH.match(norm, pos, end):
            return end
        pos = end + 1
    return len(norm)


def _rank(norm: str, pos: int) -> int:
    """0: a count given as the whole ("共造成5人"), 1: as the accident's result ("造成3人…"), 2: any other."""
    sa, _sb = _sentence_at(norm, pos)
    before = norm[max(sa, pos - 12) : pos]
    if TOTAL_MARK.search(before):
        return 0
    if RESULT_VERB.search(norm, max(sa, pos - 60), pos) and not _is_part(norm, sa, pos):
        return 1
    return 2


def _part_of_sentence(norm: str, pos: int) -> bool:
    """A count at pos told as a part of a whole of its sentence (see `_is_part`)."""
    return _is_part(norm, _sentence_at(norm, pos)[0], pos)


def _is_part(norm: str, sa: int, pos: int) -> bool:
    """A count inside "（…）" or after "其中" in its sentence is a part of a whole stated before it."""
    before = norm[sa:pos]
    opened = max(before.rfind("（"), before.rfind("("))
    if opened > max(before.rfind("）"), before.rfind(")")):
        return True
    k = before.rfind("其中")
    # "8人死亡（其中3人当场死亡）、5人受伤": a 其中 closed inside its brackets parts only the count before them
    return k >= 0 and not re.search(r"另|[。；;）)]", before[k:])


@dataclass(frozen=True)
class _Ent:
    """An entity found inside another (see `Extractor._with_acc_chemicals`), with the attributes used of a Span."""

    label_: str
    text: str
    start_char: int
    end_char: int


class _KindAt:
    def __init__(self, sections: list[Section]) -> None:
        self.bounds = [(s.heading_start, s.end, s.kind) for s in sections]

    def __call__(self, pos: int) -> str:
        for a, b, k in self.bounds:
            if a <= pos < b:
                return k
        return "preamble"


def _kind_lookup(sections: list[Section]) -> _KindAt:
    return _KindAt(sections)


def _strip(text: str, a: int, b: int) -> tuple[int, int] | None:
    ws = " \u3000\t\r\n"
    while a < b and text[a] in ws:
        a += 1
    while b > a and text[b - 1] in ws:
        b -= 1
    return (a, b) if b > a else None


def _sentences(norm: str, a: int, b: int) -> list[tuple[int, int]]:
    out, start = [], a
    for m in re.finditer(r"[。；;！？\n]", norm[a:b]):
        end = a + m.end()
        if end - start > 1:
            out.append((start, end))
        start = end
    if b - start > 1:
        out.append((start, b))
    return out


def _level(word: str) -> str | None:
    return {"直接原因": "直接原因", "间接原因": "间接原因", "根本原因": "根本原因"}.get(word)


def _cause_runs(norm: str, a: int, b: int) -> list[tuple[str | None, int, int]]:
    """A generic cause section cut into runs of one level: a line (or sentence) naming 直接原因/间接原因 sets the
    level, following lines keep it."""
    pieces: list[tuple[str | None, int, int]] = []
    carry: str | None = None
    pos = a
    for line in norm[a:b].splitlines(keepends=True):
        la, lb = pos, pos + len(line)
        pos = lb
        if not line.strip():
            continue
        marks = list(CAUSE_MARK.finditer(norm, la, lb))
        if not marks:
            pieces.append((carry, la, lb))
            continue
        cuts: list[tuple[int, str | None]] = []
        for mk in marks:
            sent_start = max(norm.rfind("。", la, mk.start()), norm.rfind("；", la, mk.start())) + 1
            sent_start = max(sent_start, la)
            if not cuts or sent_start > cuts[-1][0]:
                cuts.append((sent_start, _level(mk.group(0))))
        if cuts[0][0] > la:
            pieces.append((carry, la, cuts[0][0]))
        for k, (cs, lvl) in enumerate(cuts):
            ce = cuts[k + 1][0] if k + 1 < len(cuts) else lb
            pieces.append((lvl, cs, ce))
            carry = lvl
    runs: list[tuple[str | None, int, int]] = []
    for lvl, x, y in pieces:
        if runs and runs[-1][0] == lvl:
            runs[-1] = (lvl, runs[-1][1], y)
        else:
            runs.append((lvl, x, y))
    return runs


def _inline_causes(norm: str, a: int, b: int) -> list[tuple[str | None, int, int]]:
    """Sentences outside cause sections that state a cause: "…是事故发生的主要原因", "直接原因是…"."""
    runs: list[tuple[str | None, int, int]] = []
    for sa, sb in _sentences(norm, a, b):
        m = INLINE_CAUSE.search(norm, sa, sb)
        if not m:
            continue
        lvl = _level(m.group(1) or m.group(2) or "")
        if runs and runs[-1][0] == lvl and norm[runs[-1][2] : sa].strip() == "":
            runs[-1] = (lvl, runs[-1][1], sb)
        else:
            runs.append((lvl, sa, sb))
    return runs


def _party_of(norm: str, a: int, b: int, parties: list[Party]) -> str:
    """Who a responsibility sentence is about: a known party named in it, else the clause it starts with."""
    for p in parties:
        if p.name and p.name in norm[a:b]:
            return p.name
    m = re.match(r"[\s\u3000]*(?:[（(]?\d+[)）.、．]|[①-⑳])?\s*([^，,。；;（(]{2,30}?)[①-⑳]?[，,（(]", norm[a:b])
    return m.group(1).strip() if m else ""


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    path = Path(__file__).with_name("common_words.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


def _common_words_with(g: Gazetteer) -> frozenset[str]:
    """The frequent dictionary words and the gazetteer's own 2-3 character words (roles, chemicals …): the words
    jieba's frequency table held above 2000 once the gazetteer words had been added with a high frequency."""
    return _common_words() | {s for _label, s, _id in _terms(g) if 2 <= len(s) <= 3}


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    return Extractor()


def extract_report(text: str, title: str = "", gazetteer: Gazetteer | None = None) -> ExtractedReport:
    """Extract one report. With no gazetteer the default one (ontology, built-ins, demo/shared files if any)."""
    ex = default_extractor() if gazetteer is None else Extractor(gazetteer)
    return ex.extract(text, title)


__all__ = [
    "ACCIDENT_KEYWORDS",
    "Cause",
    "ChemicalMention",
    "EquipmentMention",
    "ExtractedReport",
    "Extractor",
    "Lesson",
    "Mention",
    "Party",
    "Responsibility",
    "Span",
    "extract_report",
]
