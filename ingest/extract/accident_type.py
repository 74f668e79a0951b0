"""The GB 6441 accident type: the harm mechanism a report names (classification field, title, first pieces of
text, harm told in words of its own), by mechanism words, accident phrases and priorities."""

from __future__ import annotations

import itertools
import re

from spacy.matcher import Matcher
from spacy.tokens import Doc

from .casualties import CAUGHT_IN_MACHINE, TOXIC_LEAK, TOXIC_LEAK_RE, CasualtyReader
from .dates import INVESTIGATION_REPORT, in_earlier_list
from .furniture import furniture_spans, in_furniture
from .patterns import ACCIDENT_KEYWORDS, ACCIDENT_PRIORITY, Gazetteer
from .pipeline import accident_phrases
from .report import ExtractedReport, Span
from .script import normalise_text, simplified_name
from .sections import Section
from .text import (
    _KindAt,
    _lead_end,
    _sentence_at,
    clause_start,
    earlier_followed,
    hypothetical,
    other_accidents,
    statistics,
)

CYLINDER_BURST = re.compile(
    # (and autoclaves, sterilisers, pressure cookers: "蒸压釜爆炸", "灭菌器爆炸"; a reactor or any kettle, a pressure
    # vessel too: "联苯醇车间反应釜发生爆炸", "车间发生煮洗釜爆炸")
    # (樽, as Hong Kong papers name a cylinder: "氧气樽爆炸")
    r"(?:气瓶|钢瓶|[氧氢氮氯氨氩]气?[瓶罐樽]|乙炔[瓶罐]|瓶体|压力容器|蒸压釜|高压釜|灭菌器|灭菌柜|压力锅|高压锅"
    r"|反应釜|釜体|[\u4e00-\u9fff]{1,2}釜"
    # (and a tyre being pumped up or mended, which bursts as a vessel does: "刚补好的轮胎突然发生爆炸")
    r"|轮胎|内胎)"
    # (or burst open: "一车间甲苯反应釜发生炸裂，造成2人受伤"; and a gas blast, as Taiwan papers tell a cylinder's
    # burst: "电镀钢瓶疑过热突气爆", "在自家门口遇上氧气钢瓶气爆"; a leak told anywhere makes it the gas's, below)
    r"[^，,。；;\n]{0,10}?(?:发生)?(?:物理)?(?:爆(?:炸|裂)|炸裂|气爆)"
)
# a sealed machine or a device that holds a gas under pressure, told as what blew up: "空调压缩机发生爆炸",
# "爆米花机突发爆炸", "灭火器罐装点发生爆炸"; not a works or a shop named after it ("压缩机厂房发生爆炸",
# "空调铺面突然发生爆炸"), nor what set off a blast ("压缩机启动产生电火花引发爆炸")
MACHINE_BURST = re.compile(
    r"(?:压缩机|空压机|空调外机|空调室外机|外机|空调|冰柜|冷柜|冰箱|爆米花机|爆米花锅|米花机|灭火器"
    # (and a steam sterilizer or pressure cooker: "内蒙古乌海市某医院蒸汽消毒柜爆炸事故"; and a hyperbaric chamber, a
    # pressure vessel for people under TSG 24: "一间医疗机构发生高压氧舱爆炸")
    r"|消毒柜|灭菌器|高压锅|压力锅|氧舱)"
    r"(?!厂|房|车间|铺|店|城|市场|仓库|维修点)"
    r"(?:(?!引发|引起|导致|产生|火花|泄漏|致)[^，,。；;\n]){0,8}?(?:突然|突发)?(?:发生)?(?:爆炸|炸裂|爆裂)"
)
# an LPG cylinder by its everyday names, blowing up: "煤气罐发生爆炸", "液化气罐突然爆炸" (a 煤气瓶 as CYLINDER_BURST),
# read only with the whole text at hand (see GAS_LEAK); not a business named after them ("煤气罐置换点发生爆炸")
LPG_BURST = re.compile(
    r"(?:煤气罐|液化气罐|液化石油气罐)(?!车|置换|充装|换气|供应|门市|站|店)[^，,。；;\n]{0,10}?(?:发生|突然|突发)?爆(?:炸|裂)"
)
# a boiler told as what blew up ("一锅炉突然爆炸起火", "车间的锅炉发生了爆炸"): 锅炉爆炸, not 其他爆炸; not a boiler
# house, where leaked gas blows up ("锅炉房发生爆炸"), a boiler works, nor gas meeting a boiler's flame ("遇锅炉明火发生
# 空间大爆炸"); nor gas blowing up in its furnace ("燃气锅炉的炉膛爆炸"): GB 6441's 锅炉爆炸 is the boiler giving way
# to the pressure inside it
BOILER_BURST = re.compile(
    # ("锅炉在运行中突然发生爆炸")
    r"锅炉(?!房|厂|明火|火)(?:(?!炉膛|煤气|燃气|天然气)[^，,。；;\n]){0,4}?(?:突然|突发)?(?:发生)?了?(?:物理)?"
    r"(?:爆(?:炸|裂)|炸了)"
    # or a water-cooled vessel run dry and then fed water, the boiler's classic burst: "煤气发生炉水夹套缺水干烧，…突然
    # 注水，水急剧汽化，体积瞬间膨胀发生爆炸"
    r"|缺水[^。；;]{0,30}?(?:注水|进水|上水|加水|补水)[^。；;]{0,30}?(?:汽化|膨胀)[^。；;]{0,12}?爆(?:炸|裂)"
)
# a blast and a fire named together, the blast first or the pair as one: "闪爆火灾事故", "火灾爆炸", "爆炸起火"
BLAST_AND_FIRE = re.compile(r"(?:爆炸|闪爆|爆燃)(?:着火|起火)?火灾|火灾爆炸|燃烧爆炸|爆炸燃烧|爆燃起火|爆炸起火")
# a toxic or asphyxiant gas by name
_TOXIC_GAS = r"(?:硫化氢|一氧化碳|氯气|氨气|液氨|氨|毒气|有毒气体|有害气体|沼气|二氧化碳|氮气|二氧化硫|煤气)"
# a structure that gave way, told before the fall of the people on it
COLLAPSE_UNDER = re.compile(r"垮塌|坍塌|倒塌")
STOOD_ON = re.compile(r"脚手架|铁架|架子|梯|吊篮|踩|站在|脚下")
# the mobile cranes, by their names
_MOBILE_CRANE = r"(?:汽车吊|汽车起重机|吊车|起重机|履带吊|随车吊|轮胎吊)"
# a mobile crane, before its overturning in the clause
CRANE_TIPPED = re.compile(_MOBILE_CRANE + r"[^，,。；;\n]{0,30}?$")
# a mobile crane's overturn told in its sentence, at work or not (see `AccidentTypeReader.read`)
CRANE_OVERTURNED = re.compile(_MOBILE_CRANE + r"[^。；;\n]{0,30}?(?:侧翻|倾覆|翻倒|翻覆)")
# what the crane was doing when it overturned: lifting, at work (see `AccidentTypeReader.read`) (吊挂 as Taiwan papers
# write lifting: "吊车吊挂原木翻覆")
CRANE_AT_WORK = re.compile(r"吊运|吊装|起吊|吊起|吊挂|正在[^，,。；;]{0,8}?吊|作业|施工")
# a mine's underground workings (a tunnel's is 坍塌: GB 6441 keeps 冒顶片帮 for mines; not a goaf's caving in over a
# wide area, which the authorities class 坍塌: "平邑…石膏矿因临近的废弃石膏矿采空区坍塌")
COLLAPSE = re.compile(r"坍塌|塌方|垮塌|塌落|冒落|坍方|坍落")
# (a goaf caving in: see `_underground`)
GOAF_CAVED = re.compile(r"采空区[^，,。；;\n]{0,6}?(?:坍塌|垮塌|塌陷|冒落|塌方)")
# (a roadway by its use too: "正在运输巷进行采煤作业"; or a shaft's bottom: "正在该矿1号井二中段立井井底施工")
UNDERGROUND = re.compile(
    r"井下|下井|巷道|工作面|采场|回采|掘进|顺槽|井巷|硐室|坑道|坑口|矿洞|矿坑|(?:运输|回风|进风|轨道|皮带|材料|联络)巷"
    r"|(?:立井|竖井|斜井)井底"
    # (or inside the mine: "当日晚间因矿井底部局部塌方，不幸身亡")
    r"|矿井(?:底部|底下|内|里)"
)
# rock or coal come loose from a working's roof or side (see `AccidentTypeReader.read`), or a shaft's wall: "井壁一块
# 矿石突然脱落"
ROCK_FALL = re.compile(
    r"(?:石块|岩块|矸石|浮石|松石|煤块|顶板|片帮|井壁|巷帮|帮壁)[^，,。；;\n]{0,8}?(?:砸|击中|打中|掉|落)"
)
# firedamp burning or flaring up, as mine reports name it
FIREDAMP_BURNING = re.compile(r"瓦斯(?:燃烧|着火|爆燃|突出燃烧)")
# gas told as leaking before it blew up: a vapour-cloud explosion (其他爆炸), not the cylinder itself bursting
# ("液化气瓶阀门泄漏，遇明火爆燃", "闻到一股煤气味", "瓦斯不断外泄")
GAS_LEAK = re.compile(r"泄漏|泄露|外泄|漏气|(?:煤气|燃气|液化气|天然气)味")
# a mechanism the text presents as the consequence of an earlier one ("相撞，导致…泄漏，继而引发爆燃", "交通事故引发
# 爆燃", "泄漏起火，并发生爆炸"): the later one is how people were harmed
CONSEQUENCE = re.compile(r"引发|引起|继而|进而|导致|致使|并发生|随即发生|随后发生|后发生")
# "侧翻后燃起大火", "相撞后罐体起火": a mechanism following another in the same clause
CONSEQUENCE_AFTER = re.compile(r"[^，,。；;]{0,8}?后[^，,。；;]{0,6}")
# any vehicle at all, by the character most of their names share or by a name without it (see `_type_in`)
ANY_VEHICLE = re.compile(r"车|堆高机|铲运机|装载机|推土机|压路机|挖掘机|拖拉机")
# what a collision or rollover of a tanker goes on to in the same sentence before the casualties ("侧翻，液化气
# 泄漏，遇明火发生爆炸，造成…"): the later one is how people were harmed
AFTER_VEHICLE = frozenset(("中毒和窒息", "容器爆炸", "其他爆炸", "火灾", "火药爆炸", "淹溺", "灼烫"))
# a vehicle or an earth mover overturning (see `AccidentTypeReader.read`)
VEHICLE_TIPPED = re.compile(
    r"(?:挖掘机|挖机|铲车|装载机|叉车|推土机|压路机|拖拉机|农用车|三轮车|货车|卡车|自卸车|翻斗车|罐车)[^，,。；;\n]{0,12}?"
    r"(?:翻车|侧翻|倾翻|翻倒)"
)
# a crash whose harm the text tells (a crushed cab, people struck or trapped) in a text where the fire that followed
# burnt nobody: "追尾导致驾驶室严重变形…驾驶员已死亡", "旅游巴撞向货车…乘客轻微撞伤" are the crash's victims
# ("…相撞起火，一家三口被烧伤" and "追尾后…引发大火，造成2人死亡" stay fires)
# (not the insurance named after it: "机动车交通事故责任强制保险")
VEHICLE_CRASH = re.compile(r"追尾|相撞|对撞|侧翻|翻车|碰撞|车祸|交通事故(?!责任强制保险|责任保险|责任险)|撞上|撞向")
# (people crushed, not goods: "偶氮二异庚腈在挤压、摩擦…作用下受热分解")
# (or a pile-up or a head-on crash, whose force harms the people in it: "发生多车相撞事故，涉事部分车辆起火")
CRASH_HARM = re.compile(
    r"撞伤|撞死|被撞|卡住|被卡|被困|被挤压|挤压(?:在|致|至|伤|死)|严重变形|骨折"
    r"|多车(?:相撞|连撞|连环相撞|追尾|碰撞)|连环(?:相撞|追尾|碰撞)|迎面(?:相撞|对撞)"
)
# a road vehicle crashing or overturning and catching fire in one breath ("油罐车滚下山崖起火",
# "两车相撞油罐车侧翻起火", "轿车高速路追尾油罐车燃起大火"): a traffic accident, as the labels of 4 read texts have it,
# unless people are told burnt
# (not a spill the crash let out that then burnt: "追尾后罐体破裂，柴油泄漏引发大火" stays a fire)
ROAD_CRASH_FIRE = re.compile(
    r"(?:罐车|货车|轿车)[^，,。；;\n]{0,10}?(追尾|相撞|侧翻|滚下|撞上)"
    r"[^，,。；;\n]{0,10}?(?:起火|燃起)"
)
# (people burnt, not the vehicles: "两车被烧毁", "车都被烧成了空壳")
BURN_HARM = re.compile(
    r"烧伤|烧死|烧焦|灼伤|烫伤|被烧(?!毁|坏|成了?空壳)|烧成(?!了?空壳)|烧亡|葬身火海|着火跳|全身着火|身上着火|火人|被大火|炸伤|炸死|被炸|熏"
)
# the victims' harm named with the casualties ("驾驶员被烧死", "2人被炸身亡", "落水溺亡"): how they died, which a
# collision or rollover before it is not
HARM_VERB: dict[str, re.Pattern[str]] = {
    # (烧伤 too, "侧翻后烧伤夫妻俩", unless an acid or alkali burnt them)
    "火灾": re.compile(r"烧死|烧亡|被烧身亡|葬身火海|烧伤致死|烧伤后死亡|烧成重伤|被大火|(?<![酸碱])烧伤"),
    "其他爆炸": re.compile(r"炸死|被炸身亡|炸伤|被炸"),
    "淹溺": re.compile(r"溺亡|溺水|溺死|淹死"),
    # (a farm machine that tipped over onto its driver and then mangled him: "耕田机侧翻压住自己，造成转动的耕田机搅伤
    # 自己的腿脚")
    "机械伤害": re.compile(r"搅伤|绞伤"),
}
# two vehicles as what someone was crushed between, right after the crushing word (see `_type_in`)
# (or a vehicle's front or body and a wall: "将司机死死夹在车头与墙壁、混凝土柱子之间的缝隙里")
BETWEEN_VEHICLES = re.compile(
    r"[^，,。；;\n]{0,2}?(?:两(?:辆)?(?:车|卡车|货车|汽车)(?:的)?(?:夹缝|之间|中间|间)"
    r"|(?:车头|车身|车尾|车厢)(?:与|和)[^，,。；;\n]{1,12}?(?:夹缝|之间|中间|缝隙))"
)
# crushed or buried, right before a suffocation word in its clause (see `_type_in`)
# (and the coroner's word for it: "符合头部及颈部受压力作用致机械性窒息死亡")
# (or caught in a machine or a lift, which squeezed the breath out: "男生不幸被电梯卡住窒息身亡")
CRUSHED_BEFORE = re.compile(
    r"(?:被压|压住|倾压|砸压|重压|被埋|掩埋|埋压|压埋|挤压|压迫|机械性|卡住|夹住)[^，,。；;\n]{0,4}$"
)
# victims told dead of poisoning or suffocation (see `AccidentTypeReader.read`)
POISONED_DEAD = re.compile(r"(?:中毒|窒息)(?:身亡|死亡)")
# a flame burning badly, after 燃烧: "液化气燃烧不充分", "燃烧不完全产生一氧化碳"
INCOMPLETE_BURNING = re.compile(r"不充分|不完全")
# (see PHRASE_CLASSES)
CABLE_CAR_FELL = re.compile(r"(?:缆车|索道)[^。；;\n]{0,30}?(?:掉落|松落)")
# (see PHRASE_CLASSES; not a building named after them: "玻璃厂厂房倒塌", nor a walkway made of them, which gave way
# under the people on it: "景区玻璃栈道突然坍塌")
OBJECTS_TOPPLED = re.compile(
    r"(?:石板|石材|大理石|花岗岩|玻璃|钢板|板材|电杆|电线杆|电桩)(?!栈道|桥|平台|步道|地板|廊)"
    r"[^，,。；;\n厂房楼棚屋库]{0,8}?"
    r"(?:倒塌|垮塌|坍塌|倾倒|滑落|倒下)"
)
# (see PHRASE_CLASSES; not a bare 炉, which may be cold and full of gas: "因炉内残存煤气而中毒并掉入炉内")
INTO_FURNACE = re.compile(
    r"(?:坠入|坠进|掉进|掉入|跌入|跌进|落入|摔进|摔入)了?[^，,。；;\n]{0,8}?"
    r"(?:炼钢炉|电炉|电弧炉|中频炉|熔炉|钢水|铁水)"
)
# earth or water that swallowed someone, after 卷进/卷入: "两兄弟已被卷进土中" is a collapse's, "被卷入水中" a
# drowning's
# (a river by its name too: "将这4名垂钓者卷入了涪江当中"; or the water told before: "被水卷进闸门涵洞")
SWALLOWED_BY_EARTH = re.compile(r"[土泥沙]")
SWALLOWED_BY_WATER = re.compile(r"[洪漩河江海浪水]|[\u4e00-\u9fff]{1,2}[江河]")
SWEPT_BY = re.compile(r"水$")
# a machine named right after the water that took someone in (see `_swept_by_water`)
MACHINE_NAMED_AFTER = re.compile(r"[^，,。；;\n]{0,4}?(?:机|器|泵|辊|轴)")
# caught by a machine, right before a fall in its clause (see `_type_in`)
MACHINE_CAUGHT = re.compile(r"(?:绞住|卷住|绞入|卷入)[^，,。；;\n]{0,4}$")
# a victim killed by the current (not a fire it set off)
ELECTROCUTED = re.compile(r"电死|(?:触电|电击)(?:身亡|死亡|烧死)|被电倒|遭(?:到)?电击|被电(?:击|身亡|死亡)")
# a crane's boom or a vehicle touching a live line ("吊车金属吊臂触碰到空中的高压电线，致使3名施工人员当场死亡",
# "吊车刮断了高压线，…铲车司机遭到电击"): the current is the harm, GB 6441 触电, not the crane or the vehicle
LINE_TOUCHED = re.compile(
    r"(?:触碰|碰触|碰到|触到|触及|接触到|刮断|刮到|挂断|挂到|挂住|搭在|搭到|碰断|碰上|剐蹭|挨到)[^，,。；;\n]{0,8}?"
    r"(?:高压|输电线|电线(?!杆)|电缆|架空线|带电|供电线路|电力线)"
    # (or the line first: "吊车臂意外与高压线接触")
    r"|与(?:高压线|高压电线|电线(?!杆)|电缆|输电线|架空线|带电体)[^，,。；;\n]{0,4}?(?:接触|相碰|触碰|碰触|相接)"
)
# people counted as poisoned, as the result told (no one hurt or dead counted before it in the clause)
POISONED_AFTER = re.compile(r"(?:造成|导致|致使|致)[^，,。；;伤死亡]{0,12}?中毒")
CASUALTY_RESULT = re.compile(r"(?:造成|导致|致使|致)[^，,。；;]{0,12}?(?:死亡|受伤|伤亡|中毒|遇难|身亡|烧伤|灼伤)")
# a victim's harm told without a mechanism word: breathing a substance in, a corrosive splashed on the body
HARM_TOLD: dict[str, re.Pattern[str]] = {
    "中毒和窒息": re.compile(
        # (not sucked in, the passive: "5名工人被吸入电除尘器不幸身亡")
        # (or taken ill: "2名工人在协助脱困过程中疑因吸入气体出现身体不适")
        r"(?<!被)吸入[^，,。；;]{0,12}?[，,]?[^。；;]{0,24}?"
        r"(?:死亡|身亡|不治|昏迷|晕倒|昏倒|休克|呼吸困难|送医|送往医院|身体不适|出现不适)"
        # a toxic gas or fuming acid leaking and harming people, with no other mechanism told: "氯气泄露伤人事件",
        # "液氨泄漏事故，造成一人死亡", "毒气泄漏致90人不适"
        r"|" + TOXIC_LEAK + r"(?:事故|事件)?[^。；;]{0,30}?"
        r"(?:伤人|受伤|死亡|身亡|遇难|不适|送医|送院|入院|住院|送往医院|送到医院|伤亡)"
        # (or a gas or a chemical the text does not name, leaking and felling people: "冷库发生化学品泄漏，多名工人
        # 在作业过程中突然昏迷", "发生不明气体泄漏，两名工人昏迷，经抢救无效死亡")
        # (or a gas, no more told, as a mine's first news says it: "煤矿昨日发生气体泄漏，至今造成两人死亡"; not a hot
        # one, which scalds: "发生高温气体泄漏事故，造成1人死亡、18人重伤")
        r"|(?:化学品|化学气体|有害气体|有毒有害气体|不明气体|刺激性气体|(?<!高温)气体)(?:泄漏|泄露|外泄|外漏)[^。；;]{0,30}?"
        r"(?:昏迷|晕倒|昏倒|晕厥|失去意识|不省人事|中毒|窒息|死亡|身亡|遇难)"
        # (or a mine's firedamp leaking, which suffocates: "煤矿发生瓦斯泄漏，导致20人丧生")
        r"|瓦斯(?:泄漏|泄露|外泄)[^。；;]{0,20}?(?:死亡|身亡|遇难|丧生|窒息)"
        # a toxic gas that felled people: "井内的硫化氢致使三人昏迷"
        r"|" + _TOXIC_GAS + r"[^，,。；;\n]{0,4}?(?:致使|导致|造成|致)[^，,。；;\n]{0,8}?(?:昏迷|晕倒|昏倒|窒息)"
        # (or the accident named by the gas over its limit, as mines report it: "煤矿发生一氧化碳超限事故")
        r"|" + _TOXIC_GAS + r"(?:浓度)?(?:超限|超标)(?:事故|事件)"
        # a toxic gas given off, then the harm: "废料施放出大量的有毒气体，造成重大死亡事故", "遇水产生大量硫化氢
        # 气体共造成13人中毒"
        r"|(?:释放|施放|散发|产生|冒出|挥发)出?[^，,。；;]{0,6}?(?:有毒气体|毒气|有毒有害气体|硫化氢|一氧化碳|氯气|氨气)"
        r"[^。；;]{0,30}?(?:死亡|身亡|遇难|中毒|晕倒|昏迷)"
        # someone who went down into a tank, well, pit or hold and collapsed there, no gas named: "入罐检查…刚下到一半，
        # 就出现晕厥现象", "下井施救，但发现井底两人均已晕倒"
        # ("下沼气池清淤，相继晕倒")
        r"|(?:下井|入井|入罐|进罐|下罐|入池|下池|下[^，,。；;]{1,4}?(?:池|井|窖|坑|罐)"
        # (or a kiln: "员工进入窑内排除石灰炉故障时，…在窑内晕倒")
        r"|进入[^，,。；;]{0,10}?(?:罐|井|池|舱|窖|坑|塔|釜|窑))"
        # (or could not breathe there: "3名施工人员进入…脱硫塔设备进行检修作业，意外被困，出现呼吸困难症状")
        r"[^。；;]{0,40}?(?:晕厥|昏迷|晕倒|昏倒|不省人事|呼吸困难)"
        # (or at its bottom, no going down told: "在进行污水池抽淤作业时，1名工作人员在污水池底部晕倒"; or dead in a
        # pipe with no mask: "由于没有佩戴防护面具，在污水管内死亡")
        r"|在[^，,。；;\n]{0,6}?(?:池|井|罐|窖|坑|舱|管道|管)(?:底部|底|内|里)[^，,。；;\n]{0,4}?"
        r"(?:晕倒|昏倒|昏迷|晕厥|死亡|身亡)"
        # (or found lying in it: "有两名工人被发现倒在一艘煤炭运输船的油箱中，心肺功能已经停止")
        r"|倒在[^，,。；;\n]{0,12}?(?:池|井|罐|窖|坑|舱|油箱|水箱)(?:底部|底|中|内|里)"
        # (or the rescuers falling one after another, the confined space's chain: "一名工人不慎掉进了搅拌面筋的大罐子，
        # 五个人过去施救接连遇难")
        r"|(?:施救|救人|营救|搭救|救援)[^。；;\n]{0,8}?(?:接连|相继|先后)(?:遇难|死亡|身亡|倒下|晕倒|昏倒)"
        # (or collapsing in the rescue, as the first did: "一名工人在查看浮渣池水泵时晕倒，随后又有多名工人在施救过程中
        # 晕倒")
        r"|(?:施救|救人|营救|搭救|救援)(?:过程中|时)[^，,。；;\n]{0,4}?(?:晕倒|昏倒|晕厥|昏迷)"
        # (or people at work in a pit or a tank collapsing one after another: "在电渣炉地坑内维修电机时，8名工人
        # 先后晕倒")
        r"|(?:池|井|罐|窖|坑|舱|釜|塔)(?:底部|底|内|里)[^。；;\n]{0,24}?(?:接连|相继|先后)(?:晕倒|昏倒|倒下|晕厥)"
        # people trapped inside a tank, well, pit or hold, as the labels class it when nothing else is told (6 of the 7
        # read texts that tell it; the seventh an explosion): "进行罐体检修作业时，…先后造成6人被困罐内"
        r"|被困(?:在)?[^，,。；;\d]{0,8}?(?:罐|井|池|釜|塔|窖|舱)(?:体)?(?:内|中|里)"
    ),
    "灼烫": re.compile(
        r"(?:酸|碱|腐蚀性)[^，,。；;]{0,10}?(?:溅|喷|泼|洒)(?:入|到|进|在)?[^，,。；;]{0,6}?"
        r"(?:眼|脸|面部|头部|身上|皮肤|手|腿|脚)"
        r"|(?:酸|碱|腐蚀性)[^，,。；;]{0,8}?(?:烧伤|灼伤|烫伤|烧坏|腐蚀)"
        # a hot medium let out onto people, with no fire or explosion told: "管道防腐保温作业中发生高温气体泄漏事故，
        # 造成1人死亡、18人重伤" (GB 6441 灼烫: 高温物体烫伤)
        r"|高温(?:的)?(?:气体|蒸汽|蒸气|液体|物料|介质|热水|热油|烟气|炉渣|熔渣)[^，,。；;\n]{0,4}?"
        r"(?:泄漏|泄露|喷出|喷溅|外泄|冲出|溢出)"
        # (steam, hot by its name: "拆分离罐底部盲法兰时，蒸汽喷出，导致1人当场死亡"; not a substance's vapour, named
        # by the substance: "含有光气、氯仿蒸汽混合气体泄漏", "苯蒸汽泄漏")
        r"|(?<![仿苯油醇醛酮醚酯烷烯炔烃胺酚腈汞氨])蒸汽[^，,。；;\n]{0,4}?(?:泄漏|泄露|喷出|喷溅|外泄|冲出)"
    ),
    # a person caught or crushed by a machine, with no machine the keywords know: "被压塑机压得血肉模糊",
    # "被机器挂住身穿的围裙，被机器挤压而亡" (GB 6441 机械伤害: 夹击、碰撞、剪切、卷入、绞、碾); not a lifting
    # machine (起重伤害), a driver or a vehicle ("被司机", "被机动车")
    # (or a powered door: "被正在下降的卷闸门卡住脖子当场身亡"; or squeezed by a machine's part: "在维修吹瓶机过程中受到
    # 合模挤压，经抢救无效死亡")
    "机械伤害": re.compile(
        r"被[^，,。；;\n]{0,8}?(?:机器|机械|(?<![司手飞重扬吊降塔])机(?!构|关|会|场|制|动|车|票|组)|[车钻铣刨磨冲]床"
        r"|卷闸门|卷帘门)"
        r"[^，,。；;\n]{0,8}?(?:挤压|压住|压伤|压断|压得|压成|挂住|卷|绞|夹|轧|碾|咬住|卡住|打断)"
        r"|(?:机|床)[^，,。；;\n]{0,4}?过程中受到[^，,。；;\n]{0,4}?(?:挤压|夹击|碾压|剪切)"
        # (the harm named so: "一名员工在车间开展加料作业时发生机械挤压意外")
        r"|机械(?:挤压|夹击|卷入|绞入|碾压)"
        # (or a machine's harm named by the machine: "发生一起凿岩设备伤害事故")
        r"|设备伤害事故"
    ),
    # a vehicle's body or wheels crushing someone, no mechanism word: "横穿铁道时，不慎被两节正在对接的车厢挤压身亡"
    "车辆伤害": re.compile(
        # (or a road vehicle: "一名卡车司机竟被两辆卡车挤压致死")
        # (or a works' carrier: "一名工人被一辆TBM电瓶运输车挤伤")
        r"被[^，,。；;\n]{0,10}?(?:车厢|车轮|车身|卡车|货车|汽车|罐车|挂车|客车|大车|运输车|电瓶车|平板车)"
        r"[^，,。；;\n]{0,4}?(?:挤压|碾压|压住|夹住|挤住|挤伤|挤死)"
    ),
    # a thing's blow told as what killed or hurt people, with no mechanism word: "铁塔…倒向新建的线路导线，2名…人员受
    # 导线冲击死亡" (GB 6441 物体打击; not a blast's shock wave)
    "物体打击": re.compile(
        r"受(?:到)?(?:(?!冲击波|气浪)[^，,。；;\n]){0,6}?(?:冲击|撞击|击打)(?:而|后)?(?:当场)?(?:死亡|身亡|受伤|致死)"
    ),
    # a person dropping from somewhere, then the harm, as people say it: "在厦门搞建筑从四楼掉下死亡" (GB 6441 高处坠落;
    # a thing that dropped and struck someone is told by its blow, a mechanism word read before these: "被从楼上掉下的
    # 砖头砸中身亡" is 物体打击)
    "高处坠落": re.compile(
        r"从[^，,。；;\n]{1,12}?掉(?:了)?下(?:来|去)?[^，,。；;\n]{0,4}?(?:死亡|身亡|摔死|摔伤|受伤|致死)"
        # (a person who slipped and dropped to a level below: "在二级作业平台洒水时，不慎掉落至一级平台，致1人死亡")
        r"|(?:不慎|失足|失手|脚下一滑)[^，,。；;\n]{0,4}?掉落(?:至|到)"
    ),
    # an animal that attacked someone at work (GB 6441 其他伤害: 动物伤害): "好端端的一头公牛…突然发狂，撞伤了养牛者",
    # "失控的牛将工作人员撞伤", "路遇多条比特犬，其中一人被攻击"
    "其他伤害": re.compile(
        r"(?:牛(?![奶肉仔皮排栏棚场])|狗|犬|野猪|毒蛇|马蜂|黄蜂|老虎)(?:只|群)?"
        r"[^。；;\n]{0,12}?(?:撞伤|顶伤|踢伤|咬伤|蜇伤|撞死|顶死|咬死|踩死|踩伤|攻击|围攻|袭击)"
    ),
}
# a named acid or alkali splashed on a victim or burning one ("硫酸溅满了他的全身", "被强酸烧伤"): a chemical burn
# (灼烫), whatever fire words (烧伤, 冒烟) the text uses for it
_CORROSIVE = r"(?:硫酸|盐酸|硝酸|氢氟酸|烧碱|氢氧化钠|强酸|强碱|酸液|碱液|液碱)"
CHEMICAL_BURN = re.compile(
    # (the splash may be told in the next clause: "整桶氢氟酸倒下，喷洒到他的背部")
    _CORROSIVE
    + r"[^，,。；;\n]{0,12}?(?:[，,][^，,。；;\n]{0,10}?)?(?:溅|喷|泼|洒|淋)[^，,。；;\n]{0,8}?(?:到|在|进|入|满)?"
    r"[^，,。；;\n]{0,6}?"
    r"(?:身|脸|面|眼|头|背|腿|手|脚|皮肤)"
    r"|被(?:浓|稀)?" + _CORROSIVE + r"[^，,。；;\n]{0,4}?(?:烧伤|灼伤|烫伤|烧死|腐蚀)"
    # the corrosive spurting out and people splashed, further on in the sentence: "氢氧化钠溶液呈扇形喷出，正在附近
    # 巡检的两名操作工躲避不及，面部和颈部被溅伤"
    r"|" + _CORROSIVE + r"[^。；;\n]{0,12}?(?:喷出|溅出|喷溅|泄漏)[^。；;\n]{0,40}?(?:溅伤|灼伤|烧伤)"
)
# a hot liquid splashed on a person: "滚烫的油泼洒出来，溅到自己和旁边的学徒身上"
HOT_SPLASH = re.compile(
    r"(?:滚烫|高温|灼热|沸腾|热)的?(?:油|水|汤|钢水|铁水|铝水|熔渣|汽水)[^。；;\n]{0,12}?(?:溅|泼|洒|喷|淋)"
    r"[^。；;\n]{0,12}?(?:身|脸|面|手|腿|脚|头)"
)
# a line or a circuit switched on while people worked on it (see `AccidentTypeReader.read`)
ENERGISED = re.compile(r"(?:线路|电路|电线|高压线|设备)[^，,。；;\n]{0,4}?(?:突然|意外)(?:通电|来电|送电)|误送电")
# hot matter let out, then its scald: "大量热汽、热水、热渣从冷灰斗喷出，将工作人员烫伤" (see `AccidentTypeReader.read`)
HOT_SPURT = re.compile(
    r"(?:热汽|热水|热渣|蒸汽|高温|炉渣|灰渣|钢水|铁水|沸水)[^。；;\n]{0,12}?(?:喷出|喷溅|涌出|冲出|溢出)"
    r"[^。；;\n]{0,12}?(?:烫伤|烫死|被烫|灼伤)"
)
# a worker's clothes set alight on him (GB 6441 灼烫: 火焰烧伤, not a fire accident): "钳工衣服被溅上气焊火花，
# 全身工作服迅速燃烧"
CLOTHES_ALIGHT = re.compile(r"(?:衣服|衣物|衣裤|工作服|工装)[^，,。；;\n]{0,8}?(?:燃烧|着火|起火|引燃|点燃|烧着)")
# molten metal or slag sprayed or spilt on people, burning them with no fire between (GB 6441 灼烫: 高温物体烫伤):
# "从炼钢炉中喷射出1000多摄氏度钢水将现场2名炼钢工人当场烫死", "钢水喷射 千度钢水烧死两人"
_MOLTEN = r"(?:钢水|铁水|铝水|铜水|钢液|铁液|铝液|熔融金属|熔渣|钢渣)"
_NO_FIRE = r"(?:(?!火灾|大火|起火|着火|失火|火势)[^。；;\n])"
MOLTEN_BURN = re.compile(
    # (渌死: scalded to death, as Cantonese papers write it: "南钢铁水外溢渌死11工人")
    r"(?:(?:喷|溅|涌|泼|洒|漏|溢)" + _NO_FIRE + r"{0,12}?" + _MOLTEN
    + "|" + _MOLTEN + _NO_FIRE + r"{0,12}?(?:喷|溅|涌|泼|洒|漏|溢))"
    + _NO_FIRE
    + r"{0,30}?(?:烫|烧|灼|渌)(?:死|伤|成)"
)
# a kiln or a furnace (not a boiler) blowing its flame or charge out, as cement and ferroalloy works name it:
# "喷窑事故", "窑火从窑门突然喷出", "出现喷料事故" (see `AccidentTypeReader._kiln_blowback`)
KILN_BLOWBACK = re.compile(
    r"(?:喷窑|窑喷|喷炉|喷料|喷火)事故|(?:窑|(?<!锅)炉)(?:火|内|口|门|膛)?[^，,。；;\n]{0,8}?(?:喷出|喷火|喷料)"
)
BURNT_BY_HEAT = re.compile(r"烧伤|烫伤|灼伤|烧死|烫死|高温")
# molten metal let out of its vessel, or its ladle falling
MOLTEN_OUT = re.compile(
    # (and a ladle a crane let tilt, its melt running out: "导致天车错位，钢包倾斜，残余钢水流出")
    _MOLTEN + r"[^，,。；;\n]{0,4}?(?:外流|外溢|外泄|溢出|喷出|喷溅|泄漏|倾覆|倾翻|流出)"
    r"|(?:外流|外溢|外泄|溢出|喷出|喷溅|泄漏)(?:的|出的)?" + _MOLTEN
    + r"|(?:钢水包|铁水包|钢包|铁水罐|铝水包)[^，,。；;\n]{0,6}?(?:脱落|滑落|坠落|倾覆|倾翻|倾倒|倾斜)"
    # (or a furnace's tap hole spattering, which is its melt: "侧吹炉放铜口突发喷溅，…造成3名员工死亡")
    + r"|(?:炉|放铜口|出铜口|出铁口|出钢口|放渣口|渣口)[^，,。；;\n]{0,4}?(?:突发|突然|发生)?(?:喷溅|喷爆)"
    # (a furnace blowing its charge or flame out, as carbide and ferroalloy works name it: "发生一起喷炉事故", "炉压
    # 升高，炉内喷火导致在场调试的17名工人受伤")
    + r"|喷炉|炉(?:内|口|膛)?(?:喷火|喷料)"
)
# burns told in a text, which an acid leak may have caused instead of a poisoning
ACID_BURN = re.compile(r"灼伤|烧伤|烫伤|腐蚀")
# a fuming acid leaking, as `TOXIC_LEAK` names them
ACID_LEAK = re.compile(r"(?:盐酸|硝酸|发烟硫酸)[^，,。；;]{0,8}?(?:泄漏|泄露|外泄|外漏|逸出)")
HAZARD_TOLD = re.compile(
    r"(?:可|会|能|易|极易|可以|均可)(?:导致|引起|造成|致|使)|应立即|要立即"
    # (a definition: "所谓“喷炉”事故，即电炉上部…原料物体突然塌陷，致使…铁水从加料口喷溅出来")
    r"|所谓"
)
# the report classifying the whole after its result: "造成4人当场死亡的较大道路交通事故"
CLASSIFIED_AFTER = re.compile(
    r"(?:死亡|受伤|伤亡|中毒|遇难|身亡|损失[^，,。；;]{0,20}?)[^。；;]{0,30}?的([^，,。；;的]{1,16}?事故)"
)
# a crane or hoist as the subject of a collapse or fall ("一塔吊在拆卸过程中发生折断坠落") is a crane accident; a
# person falling from one ("从塔吊上坠落") is not
CRANE_WORDS = tuple(w for w in ACCIDENT_KEYWORDS["起重伤害"] if w not in ("起重伤害", "吊装"))
# a structure collapsing onto people (see `AccidentTypeReader.read`)
COLLAPSE_CRUSHED = re.compile(r"(?:倒塌|坍塌|垮塌)[^。；;\n]{0,12}?(?:被压|压死|压伤|被埋|砸死|砸伤)")
# keywords (ACCIDENT_KEYWORDS) that do not count before these characters, where they head another word
KEYWORD_NOT_BEFORE = {
    # (nor power as a trade or its towers: "特高压电力塔、信号塔的生产及销售" in a firm's line of business)
    "高压电": re.compile(r"[缆网源机站柜箱房器路力塔]"),
    # (a crane worker by his trade, who fell: "高雄年约50岁赵姓吊车工人…跌落4公尺高的船舱")
    "吊车": re.compile(r"工(?!作|地|程|况)"),
    # (a fall into cement, not water: "一名工人在作业时不慎跌入水泥罐内")
    **{w: re.compile(r"泥|果|泵|表|管|电") for w in ("掉进水", "掉进了水", "掉入水", "落入水", "跌入水")},
    # (a sinkhole or a subsidence area as a place, not a collapse: "新居墙角出现塌陷洞" where gas then killed people)
    "塌陷": re.compile(r"[洞坑区]"),
}
# a coal mine, where an explosion with its gas told is a firedamp explosion (GB 6441 瓦斯爆炸)
COAL_MINE = re.compile(r"煤矿|煤礦|矿井|井下")
# firedamp named, not town gas's pipes, bottles or stoves (瓦斯 as Taiwan and Hong Kong name fuel gas)
TOWN_GAS_NOT = r"瓦斯(?!管|公司|桶|罐|炉|表|行|钢瓶)"
# what else blows up at a coal mine: explosives, a boiler or a vessel, a store of fuel, a transformer
OTHER_BLAST_SOURCE = re.compile(r"炸药|雷管|火药|爆破|放炮|锅炉|压力容器|储罐|气瓶|钢瓶|油罐|变压器|液化气|煤气")
# explosives going off in blasting work (GB 6441 放炮: 爆破作业中发生的伤亡事故), not where they were made, stored
# or carried (火药爆炸): "作业人员用放炮线连接好3个硐室，…雷电瞬间引爆了…硐室的炸药", "将用剩的炸药在工地内集中引爆处理"
BLASTING_WORK = re.compile(
    r"爆破(?:作业|施工|工程|员|工|点|事故|洞|孔)|放炮|炮眼|炮孔|炮洞|硐室|装药|点炮|起爆器|导爆管|炮响|集中引爆|引爆处理"
    # (the charge put in: "多名工人在现场往爆破洞里填充炸药")
    r"|(?:填充|填装|装填|充填)炸药"
    # (a misfire looked at, and a mine's working face: "在查看未响的雷管时，雷管突然爆炸", "一铁矿采区炸药发生爆炸")
    r"|未响|哑炮|采区|工作面|掌子面"
    # (charges laid beforehand: "采石场预先埋下的爆炸品突然发生爆炸"; not 预埋件, a building's embedded parts)
    r"|预(?:先)?埋(?:下|设)?的?(?:炸药|雷管|爆炸品|火药)"
)
# blasting work told beside an explosion in one sentence, which is what blew up when nothing else is named: "在开挖
# 土方爆破操作过程中装药调试发生爆炸", "有五六名工人在矿山上打炮眼，不知什么原因引发了爆炸" (see
# `AccidentTypeReader.read`; not a mine's working face alone, where firedamp blows up)
BLASTING_BLAST = re.compile(
    r"(?:爆破(?:作业|施工|工程|操作)|放炮|炮眼|炮孔|装药|点炮|哑炮)[^。；;\n]{0,30}?(?:发生|引发|引起|突然|导致)(?:了)?"
    r"(?:意外)?爆炸"
)
# explosives told as the cause of the explosion, anywhere in the text: "爆炸系…对该矿非法储存的炸药采取明火焚烧的方式
# 进行销毁处理引发", "是采石场预埋的雷管，遭遇雷电引发意外爆炸"
EXPLOSIVES_CAUSED = re.compile(
    r"爆炸(?:系|是|为|由|因)[^。；;\n]{0,40}?(?:炸药|雷管|火药|导爆索|爆炸品)"
    r"|(?:炸药|雷管|火药|导爆索|爆炸品)[^。；;\n]{0,30}?引发(?:了)?(?:意外)?爆炸"
)
# rock thrown by blasting: "爆破时，飞出的石头", "爆破飞出碎石", "放炮飞石"
FLY_ROCK = re.compile(
    r"(?:爆破|放炮|炸石|点炮)[^。；;\n]{0,6}?(?:飞出|飞来|崩出|飞溅)(?:的|出的)?(?:碎石|石头|石块|石子|飞石)"
    r"|(?:爆破|放炮)飞石"
)
# fireworks, and what only blasting work has (a site, the drilling, the charging, the firing gear)
FIREWORKS = re.compile(r"烟花|礼花|礼炮|鞭炮|爆竹|花炮|炮竹")
# a site's hoist or a lift failing, falling or catching someone (see `AccidentTypeReader.read`)
LIFT_FAILED = re.compile(
    # (a site's hoist, or a lift's counterweight: not a lift told alone, whose fault may be why someone fell down its
    # shaft, "由于电梯出了故障，六楼的电梯门开了，但电梯厢并没有下到六楼")
    # (or a site's winch hoist: "牡丹江卷扬机坠落7人死亡")
    # (or a goods lift, or a lift's car, told falling: "一无门货运电梯在装货时突然下坠", "电梯轿厢突然从四楼高空坠落")
    r"(?:施工电梯|人货电梯|货梯|货运电梯|载货电梯|轿厢|施工升降机|升降机|吊笼|电梯配重|电梯的配重|卷扬机|物料提升机)"
    # (not a fall through the opening beside it: "疑似自21楼施工电梯与楼板间的开口坠落")
    r"(?:(?!开口|洞口|间隙|之间|间的)[^，,。；;\d]){0,8}?"
    # (plunging, or dropping, as a news story tells it: "升降机急坠意外", "不知何故轿厢下落")
    r"(?:坠落|下坠|坠下|坠地|急坠|下落|失控|冲顶|蹲底|下滑|溜车)"
    # (or a lift's gap: "他被夹在电梯夹层之中", "年轻小伙被卡电梯夹层中不幸身亡"; not the car's top, where someone who
    # fell down the shaft lies: "被困人员卡在一层电梯顶部")
    r"|(?:卷入|夹在|挤在|卡在|被卡)[^，,。；;\d]{0,4}?(?:轿厢|货梯|电梯(?!井|顶))"
    # (the lift catching someone: "一名女员工被货梯卡在3楼")
    r"|被(?:货梯|电梯|轿厢|升降机|施工电梯)[^，,。；;\d]{0,2}?(?:卡|夹|挤|压)"
    # (the lift a worker repaired catching him: "修理电梯时突然被夹住"; a lift told plunging: "在电梯急速下坠的过程中")
    r"|(?:修理|维修|检修|保养|安装)电梯时[^，,。；;\d]{0,4}?被(?:卡|夹|挤)"
    r"|(?<![扶])电梯(?:急速|突然|快速)(?:下坠|坠落)"
    # (a passenger lift running away, up or down, or its brake failing: "电梯却猛冲到29楼，然后又飞速落到9楼",
    # "事发时是电梯制动器故障")
    r"|(?<![扶])电梯[^，,。；;\d]{0,4}?(?:猛冲|冲顶|蹲底|溜梯|急坠|飞速(?:下坠|下落|坠落|落))"
    r"|(?<![扶])电梯[^，,。；;\d]{0,4}?(?:制动器|抱闸)[^，,。；;\d]{0,2}?(?:故障|失效|失灵)"
)
# a tyre blowing up (see `AccidentTypeReader.read`)
TYRE_BURST = re.compile(r"(?:轮胎|车胎)[^，,。；;\n]{0,8}?(?:爆炸|炸裂)")
# a bridge-erecting machine failing: "架桥机倒塌", "架桥机械抖动，随即向架桥方向倾斜脱落", "架桥机横卧公路"
BRIDGE_CRANE_FAILED = re.compile(
    r"架桥机(?:械)?[^，,。；;\n]{0,12}?(?:倒塌|坍塌|垮塌|倾覆|翻覆|侧翻|翻倒|坠落|倾斜|脱落|掉下|掉落|横卧)"
)
STRUCK_BY_FALLEN = re.compile(
    r"被[^，,。；;\d]{0,8}?(?:倒下|倾倒|翻倒|滑落|掉落|坠落)(?:下来)?的[^，,。；;\d]{1,10}?(?:压死|砸死|砸中|砸伤|压伤|击中)"
)
INTO_WATER = re.compile(
    r"(?:坠入|掉入|掉进|落入|跌入|翻入|冲入)(?:了)?(?:大海|海|河|江|湖|水库)|(?:坠|落)(?:海|江|河|湖)(?!边|岸|堤)"
)
# a motor vehicle told going over or into something, here into the water with its people: "公交车坠江",
# "大巴冲落水库", "观光车遭遇强风冲击侧翻落水", "面包车…从…水库岸边坠下。车上7人全部落水"
# (see `AccidentTypeReader.read`)
_MOTOR_VEHICLE = (
    r"(?:汽车|客车|大巴|中巴|面包车|轿车|货车|卡车|公交车|观光车|小车|车辆|罐车|槽车|渣土车|皮卡|出租车|越野车|商务车"
    r"|私家车|校车|班车|农用车|三轮车|拖拉机|测试车)"
)
MOTOR_VEHICLE_WENT_IN = re.compile(
    _MOTOR_VEHICLE
    + r"[^。；;\n]{0,40}?(?:坠入|坠下|坠落|冲入|冲进|冲落|冲下|翻入|翻下|掉入|掉进|掉落|跌落|落入|落水|侧翻|翻落"
    r"|坠江|坠河|坠海|坠湖|坠桥|坠崖|坠沟)"
)
# a motor vehicle told falling from a height itself, with its people (not someone falling off one: "从货车车厢上坠落"):
# "客车坠桥", "测试车从高处坠下" (see `AccidentTypeReader.read`)
MOTOR_VEHICLE_FELL = re.compile(
    _MOTOR_VEHICLE
    + r"(?!车?[上顶厢斗内里])[^，,。；;\n]{0,12}?(?:坠桥|坠崖|坠沟|冲下|翻下|坠下|坠落|翻落|跌落)"
)
# kinds of accident listed, three or more, as a preface or a campaign names them: "交通、火灾、溺水、CO中毒等事故" (the
# list's end found first, by its plain words, and the list looked for only before it: a scan for the list itself at
# every character cost 1 % of the extraction's time)
KINDS_END = re.compile(r"等(?:各类|各种|多种)?(?:安全)?(?:事故|灾害|伤害)")
KINDS_BEFORE = re.compile(r"(?:[\u4e00-\u9fffA-Za-z]{1,6}、){2,}[\u4e00-\u9fffA-Za-z]{1,6}$")
KINDS_REACH = 60
# a vehicle or its driver told as the one at fault (of the read texts that tell one, 30 have a class, 24 of them
# 车辆伤害; the one with someone harmed and no mechanism word is labelled so)
AT_FAULT_VEHICLE = re.compile(
    r"肇事(?:的)?[^，,。；;\d]{0,4}?(?:车|司机|驾驶员)"
    # (or a vehicle out of control: "通勤车往井下运送工人，车辆失控，撞向辅助斜坡巷道"; 9 of the 9 read texts telling
    # one are labelled 车辆伤害 where they have a class)
    r"|(?:车|车辆|汽车|货车|卡车|客车|罐车|槽车|挂车|拖拉机|铲车|叉车)[^，,。；;\d]{0,4}?失控"
)
# an explosion called physical (see `AccidentTypeReader.read`)
PHYSICAL_BLAST = re.compile(r"物理(?:性)?爆炸")
# a machine right before a collapse word (see `_type_in`)
MACHINE_TOPPLED = re.compile(r"(?:设备|机器|机床|机台)(?:突然)?$")
# (see LAST_RESORT)
VEHICLE_OVERTURNED = re.compile(
    r"(?:火车|列车|车厢|机车|货车|卡车|汽车|罐车|客车|收割机|拖拉机|三轮车|农用车)[^，,。；;\n]{0,8}?(?:倾覆|倾翻|翻倒)"
    r"|(?:货车|卡车|汽车|车辆)[^，,。；;\n]{0,4}?(?:忽然|突然)(?:移位|溜车|滑动|后退|前冲)"
)
# a boat as the subject of a capsizing word after it in its clause (see `AccidentTypeReader.read`); not a vehicle or a
# crane between ("船厂的吊车侧翻")
# (or a raft, as the coast's shellfish diggers ride one: "近海挖沙虫排筏侧翻事故已导致8人死亡")
# (and any boat, a rafting one, a dragon boat or a ferry: "驾驶3艘皮划艇…训练时", "一艘龙舟在村中训练时发生侧翻",
# "菲律宾渡轮翻覆15死")
_BOAT = r"(?:船|船只|船舶|舢板|艇|竹筏|木筏|排筏|皮筏|龙舟|冲锋舟|渡轮|客轮|货轮|邮轮|游轮|轮船)"
BOAT_CAPSIZED = re.compile(_BOAT + r"[^，,。；;\n\d车吊]{0,6}?$")
# a boat capsized, told with no other word of how its people came to harm: "福建武夷山皮筏艇发生倾覆 1死4失踪"
# (or taking on water, which sinks it: "渔船因大风浪进水，有沉没危险")
BOAT_OVERTURNED = re.compile(_BOAT + r"[^，,。；;\n\d车吊]{0,6}?(?:倾覆|翻覆|侧翻|翻沉|翻船|进水)")
# an outburst of coal and gas (or rock and carbon dioxide) in a mine, or the dynamic phenomenon of its gas:
# "石乳煤矿发生一起煤与瓦斯突出事故，3名矿工遇难"
OUTBURST = re.compile(r"(?:(?:煤|岩)(?:与|和))?(?:瓦斯|二氧化碳)(?:突出|动力现象)")
# (named as the accident: "发生煤与瓦斯突出重大事故")
OUTBURST_ACCIDENT = re.compile(OUTBURST.pattern + r"[^，,。；;\n]{0,4}?事故")
# a load being lifted that fell (GB 6441 起重伤害: 起重作业中…吊物坠落): "一个起吊的集装箱突然坠落，砸中下方的货车",
# "在起吊过程中，这根…的庞然大物突然坠落"
LIFTED_LOAD = re.compile(
    # (and during the lifting work: "在进行吊装作业时…，致使钢结构上方一钢槽掉落")
    # (or a bundle coming apart: "捆扎完好的钢筋在起吊过程中意外散开，像瀑布般从高空倾泻而下")
    r"(?:起吊|吊起|吊运|吊装)[^，,。；;\n]{0,4}?(?:的|中的|过程中|作业时|时)[^。；;\n]{0,30}?"
    r"(?:坠落|掉落|脱落|滑落|落下|坠下|掉下|散落|散开|倾泻)"
    # (a crane carrying a load, and the load falling in the next sentence: "塔吊正在高空运送砖块。突然，一块砖块从高空中
    # 掉落，砸中工友的头部"; not a crane there is none of: "该施工现场无塔吊吊装作业")
    r"|(?<!无)(?:塔吊|吊车|起重机|行车|龙门吊)[^。；;\n]{0,8}?(?:吊运|运送|吊装|起吊)[^。；;\n]{0,12}?[。；;]"
    r"[^。；;\n]{0,20}?(?:坠落|掉落|脱落|滑落|落下|坠下|掉下)"
    r"|吊物(?:突然)?(?:坠落|掉落|脱落|滑落)"
    # (or the crane's bucket or hook that carries it: "一个塔吊的吊斗突然从高空坠落，砸穿工地上一间工棚")
    r"|(?:吊斗|吊钩|吊具)[^，,。；;\n]{0,8}?(?:坠落|掉落|脱落|滑落|落下|坠下|掉下)"
    # (or the lifted load told as what struck them: "正好有几人经过那个位置，被吊起的施工材料砸中")
    r"|(?:起吊|吊起|吊运)的[^，,。；;\n]{0,8}?(?:砸中|砸伤|砸死|砸到|击中)"
    # (or the rope or sling carrying it breaking, in the lifting work or on the crane: "在进行岩棉板吊挂作业时绳索突然
    # 断裂", "当时塔吊的绳子断了，钢管掉下来砸中3人")
    r"|(?:起吊|吊起|吊运|吊装|吊挂)[^。；;\n]{0,12}?(?:绳索|钢丝绳|吊绳|吊索|吊带|绳子)[^，,。；;\n]{0,4}?(?:断裂|断了|崩断)"
    r"|(?:塔吊|吊车|起重机|行车|龙门吊)的?(?:绳索|钢丝绳|吊绳|吊索|吊带|绳子)[^，,。；;\n]{0,4}?(?:断裂|断了|崩断)"
)
# (see LAST_RESORT)
JACK_FAILED = re.compile(
    r"千斤顶[^，,。；;\n]{0,8}?(?:失灵|失效|故障|滑脱|倾倒|倒下|松动|断裂|泄压)|(?:脱离|滑脱|滑落)了?千斤顶"
)
# (see LAST_RESORT)
CORROSIVE_SPILLED = re.compile(
    r"(?:硫酸|盐酸|硝酸|氢氟酸|氯磺酸|发烟硫酸|强酸|烧碱|液碱|强碱|氢氧化钠)[^，,。；;\n]{0,6}?"
    r"(?:泄漏|泄露|外泄|喷出|喷溅|溅出|溅到|溅入|喷到|溢出)"
)
# how the victims came to harm, told without a mechanism word, by class, the first told as what happened taking it when
# no other mechanism is found anywhere in the text
LAST_RESORT: tuple[tuple[re.Pattern[str], str], ...] = (
    # coal and gas bursting out of a working face (煤与瓦斯突出): GB 6441 has no class of its own for it; the gas
    # smothers the miners, and the labels take 中毒和窒息 (4 of the 6 read texts; the 2 others, labelled early, took
    # 其他伤害), as for carbon dioxide bursting out ("金河煤矿…发生的掘进工作面二氧化碳突出事故，…已有5人遇难")
    (OUTBURST, "中毒和窒息"),
    # people gone into the sea, a river or a reservoir: drowning ("6名工人坠海事故"; where a crash or a machine is told
    # too, the labels class by that: 车辆伤害 twice and 机械伤害 once in the read texts, so these are no keywords; and a
    # motor vehicle gone in with them is 车辆伤害, see `MOTOR_VEHICLE_WENT_IN`)
    (INTO_WATER, "淹溺"),
    # (or thrown in by their boat's capsizing: GB 6441 淹溺, as `AccidentTypeReader.read` takes a boat's overturning
    # beside the vehicles' words)
    (BOAT_OVERTURNED, "淹溺"),
    # a hand, an arm or a head caught in a machine: "因机器设备故障，头部被卡致其死亡" (GB 6441 机械伤害; 6 of 6 read
    # texts telling one with no other mechanism found)
    (CAUGHT_IN_MACHINE, "机械伤害"),
    # a lift or hoist told failing, with no fall or other mechanism word: "一家食品厂的货运电梯在装货时突然下坠，一名
    # 搬运工被卡住受伤" (GB 6441 起重伤害, as `AccidentTypeReader.read` takes it beside a fall)
    (LIFT_FAILED, "起重伤害"),
    # a jack giving way under the load it held up (a jack is lifting gear, GB/T 6974's 轻小型起重设备; the labels take
    # 起重伤害, 2 of the 2 read texts telling it with no other mechanism word): "疑千斤顶突失效，车头滑动当场压住陈男
    # 头部", "车子突然滑动、脱离了千斤顶"
    (JACK_FAILED, "起重伤害"),
    # and a load being lifted told falling or its rope breaking, with no other mechanism word: "在进行保温板吊挂作业时
    # 绳索突然断裂，保温板砸在一名工人身上" (see LIFTED_LOAD)
    (LIFTED_LOAD, "起重伤害"),
    # struck by something that fell or toppled on the victim: "被突然倒下的活动立柱压死" (GB 6441 物体打击; where a
    # crane, a collapse or a machine is told, the keywords class it first)
    (STRUCK_BY_FALLEN, "物体打击"),
    # a vehicle or its driver told as the one at fault (肇事, as in 交通肇事), or a vehicle out of control: "…身体便被
    # 抛向了半空…肇事的皮卡车司机回过神来", "通勤车往井下运送工人，车辆失控" (see AT_FAULT_VEHICLE)
    (AT_FAULT_VEHICLE, "车辆伤害"),
    # a train, a lorry or a farm vehicle overturning, or a parked lorry moving off onto whoever was under it, with no
    # mechanism word: "火车头及前14节车厢倾覆后叠加", "致使联合收割机倾翻，造成李某被当场压死", "一辆正在修理中的
    # 大货车忽然移位，一名正在车下作业的修理工当场身亡" (GB 6441 车辆伤害: 机动车辆…倾覆…造成的伤亡)
    (VEHICLE_OVERTURNED, "车辆伤害"),
    # a strong acid or alkali leaking or splashing, with no other mechanism word: "槽罐车在卸料过程中软管脱落，引发
    # 氯磺酸泄漏…造成4人受伤" (GB 6441 灼烫 takes in 化学灼伤; the 3 read texts telling one so are labelled 灼烫)
    (CORROSIVE_SPILLED, "灼烫"),
)
BLASTING_SITE = re.compile(
    r"爆破|炮眼|炮孔|硐室|装药|起爆器|导爆管|采区|工作面|掌子面|[矿礦]|隧道|隧洞|采石|石场|开山|炸石|炸药"
)
# the harm blasting led to (its fumes, water let in), by class
BLAST_HARM = {
    "中毒和窒息": re.compile(r"中毒|窒息|有害气体|有毒气体|一氧化碳"),
    "透水": re.compile(r"透水|渗水|突水|涌水"),
    # (a gas it set off: "因放炮引起天然气爆炸，10名…矿工被烈火烧伤"; firedamp's, 瓦斯, is its own class)
    "瓦斯爆炸": re.compile(r"瓦斯(?:爆炸|燃烧|爆燃)"),
    "其他爆炸": re.compile(r"(?:天然气|可燃气体?|油气|粉尘|煤尘)(?:爆炸|爆燃|燃爆)"),
}
BLAST_LED_TO = re.compile("|".join(rx.pattern for rx in BLAST_HARM.values()))
EXPLOSIVES_HELD = re.compile(
    r"炸药库|雷管库|仓库|库房|储存|存放|贮存|运输|运送|装卸|搬运|烟花|鞭炮|爆竹|花炮|黑火药|民爆"
    r"|(?:炸药|火药|雷管)[^，,。；;]{0,4}?(?:厂|作坊|生产|加工|车间)"
)
# explosives blowing up: 火药爆炸 rather than 其他爆炸
EXPLOSIVE_BLAST = re.compile(
    # 花炮 (fireworks, as in "花炮厂发生爆炸")
    # (击发帽, 火帽: percussion caps, their priming a chlorate mix)
    # (炮竹, 冲天炮: firecrackers and sky rockets: "一家私人炮竹厂发生一起爆炸", "非法冲天炮作坊…发生爆炸事故")
    # (民爆: a civil-explosives maker, "保利民爆济南科技公司发生爆炸")
    r"(?:黑火药|火药|炸药|雷管|烟火药|烟花爆竹|烟花|爆竹|鞭炮|花炮|炮竹|冲天炮|礼花弹|民爆物品|民爆|爆炸物品|爆破器材|军工硝|击发帽"
    r"|火帽)"
    r"(?:[^，,。；;\n]{0,10}?(?:自爆|爆炸|起爆|爆燃|燃爆|殉爆)"
    # a fireworks or explosives business where it blew up: "花炮有限责任公司厂区30日发生爆炸", "烟花爆竹经营部突发
    # 连环爆燃"
    r"|[^，,。；;\n]{0,12}?(?:厂|公司|作坊|经营部|仓库|商店|店|车间|工房)[^，,。；;\n]{0,12}?(?:发生|突发|突然)"
    r"[^，,。；;\n]{0,6}?(?:爆炸|爆燃|燃爆))"
    # fireworks set off by something: "不小心引爆村民家存放的烟花"
    r"|引爆[^，,。；;\n]{0,14}?(?:烟花|爆竹|鞭炮|花炮|炸药|雷管|火药)"
)
# explosives named in the sentence of an explosion, before or after it ("私藏炸药酿惨祸", "此次爆炸的为土制炸药",
# "民宅爆炸…警方：私藏炸药所致"); not a measure of its force ("威力相当于1吨TNT炸药"), nor goods that burn and blow
# up, as people call what a laboratory keeps ("实验室内存放了大量易燃爆炸品")
EXPLOSIVE_WORD = re.compile(
    r"黑火药|火药|炸药|雷管|烟火药|烟花爆竹|烟花|爆竹|鞭炮|花炮|礼花弹|礼炮|民爆物品|爆炸物品|爆破器材|导火索"
    r"|(?<!易燃)爆炸品"
)
FORCE_OF = re.compile(r"相当于|当量|威力")
# fireworks made where an explosion happened, told anywhere in the text ("内蒙古一间地下炮竹工厂，今天上午
# 突然发生爆炸", "一农资销售门市部发生爆炸…据称，事故原因为非法生产烟花爆竹"): every read text that tells one and an
# explosion is labelled 火药爆炸 (26 of 26 labelled an explosion), however far the explosion is told from them (not
# fireworks merely kept near a gas explosion: "站旁的仓库内存放着烟花和炸药")
FIREWORKS_TRADE = re.compile(
    # (私炮: firecrackers made without a licence, "私炮窝点", "私炮作坊"; 礼花, display fireworks: "新星礼花厂发生爆炸")
    r"(?:烟花|爆竹|鞭炮|花炮|炮竹|私炮|礼花)[^，,。；;\n]{0,6}?(?:工厂|厂|作坊|工场|工房|窝点)"
    r"|(?:生产|制造|加工|制作)[^，,。；;\n]{0,6}?(?:烟花|爆竹|鞭炮|花炮|炮竹|礼花)"
    # (the trade after the goods: "从事烟花爆竹非法加工生产所致")
    r"|(?:烟花|爆竹|鞭炮|花炮|炮竹)[^，,。；;\n]{0,4}?(?:非法)?(?:加工|生产|制造|制作)"
)
# an explosion told in words other than the explosives' own names (炸 of 炸死, 被炸; see `_explosives_told`)
# (and 燃爆, 闪爆, as reports name a blast that burnt through: "花炮有限责任公司厂房燃爆事故")
EXPLOSION_TOLD = re.compile(r"爆炸|爆燃|燃爆|闪爆|爆响|炸")
# a mechanism word its clause presents as prevented, feared or imagined ("为防止发生爆炸", "以防中毒", "担心罐体爆炸",
# "一旦发生泄漏爆炸"), or denied right before it ("未发生爆炸", "没有起火")
NOT_HAPPENED_BEFORE = re.compile(
    r"防止|以防|以免|避免|预防|防范|谨防|严防|担心|担忧|唯恐|一旦|如果|假如|倘若|若(?!干)|可能|(?<![所可予难])以为"
)
# a cause the authorities rule out, right before it: "不是锅炉爆炸，是油漆调料爆燃事故" (not "这已不是该厂第一次发生
# 爆炸")
RULED_OUT = re.compile(
    # (or doubted by the inspectors, as Taiwan papers write it: "劳动部：不像意外坠落", "研判工人应非意外坠落")
    r"(?:不是|并非|并不是|不像是?|应非)"
    # (an earlier account named between: "原因并非此前提出的瓦斯爆炸，而是煤与瓦斯突出事故")
    r"(?:(?:此前|之前|先前|早先|最初|起初|外界|网传)[^，,。；;]{0,4}?的)?[^，,。；;]{0,4}$"
)
# a rumour told before the mechanism word in its sentence, and its correction after it (see `_rumoured`)
# (or a guess that its sentence then refutes: "厂方曾猜测是加工的木头砸下导致事故，但检查了所有木材并未发现任何损伤")
RUMOURED = re.compile(r"(?:网传|传言|传闻|据传|有消息称|有网友称|网友爆料|网上流传|猜测|推测)[^。；;]{0,40}$")
RUMOUR_CORRECTED = re.compile(r"[，,]\s*(?:但|然而|不过|经核实|实际上)|核实|辟谣|不实")
# an official word on what it was, opening the next sentence: "…应急管理局发布情况通报，系…二氧化碳泄漏事故"
RUMOUR_SETTLED = re.compile(r"[。！!？?]?\s*[^。；;\n]{0,40}?(?:通报|证实|核实)[^。；;\n]{0,8}?[，,:：]\s*(?:系|为|是)")
# a mechanism named as a danger still there ("罐车破损变形，有爆炸危险", "存在爆炸风险"), or as a property
# ("爆炸性混合气体"), not what happened
HAZARD_AFTER = re.compile(r"(?:的)?(?:危险|风险|隐患|可能)|性")
PROPERTY_BEFORE = frozenset("不防抗耐阻")
# a person's body or footing, right before 失稳 (see `_type_in`)
BODY_BEFORE = re.compile(r"(?:身体|身子|重心|脚下)$")
# a machine stopped, right after its word, and one there is none of, right before it (see `_type_in`; not a worker
# without his certificate: "无证叉车司机")
IDLE_AFTER = re.compile(r"(?:已|均|全部)?(?:停止|停用|停运|停机)")
ABSENT_BEFORE = re.compile(r"(?<!毫)无(?![证效人法])[^，,。；;]{0,2}$")
CLASS_AS_ATTRIBUTE = re.compile(r"扑救|扑灭|救援|防控|防范|预防|(?:自动)?报警|探测")
NOT_HAPPENED_RIGHT = re.compile(
    r"(?:未|没有|没|并未|不会|不致|幸未|未曾)(?:再)?(?:发生|引起|造成|导致|出现|引发)?[^，,。；;]{0,3}$"
)
# an accident phrase that classes the accident: "发生一起特大交通事故", "是一起较大道路交通事故"
# (a grade or 道路 makes it the class; "一起追尾相撞交通事故，…继而引发爆燃" only describes the collision)
TRAFFIC_CLASSED = re.compile(
    r"(?:发生|是|系|为)(?:了)?(?:一起|一宗)[^，,。；;\n]{0,4}?(?:一般|较大|重大|特大|特别重大)(?:道路)?$"
    r"|(?:发生|是|系|为)(?:了)?(?:一起|一宗)[^，,。；;\n]{0,6}?道路$"
)
# the same phrase as the narrative's class of the whole: also plain "发生一起交通事故", where nothing but the class
# stands between 一起 and 交通事故 (a road traffic accident is 车辆伤害 of GB 6441; the gold conventions)
TRAFFIC_ACCIDENT = re.compile(
    r"(?:发生|是|系)(?:了)?(?:一起|一宗)(?:[^，,。；;\n]{0,4}?(?:一般|较大|重大|特大|特别重大)(?:道路)?|[^，,。；;\n]{0,6}?道路|"
    # (the vehicles, their crash and its casualties told inside the phrase: "发生一起一辆装有柴油的槽罐车和
    # 一辆货车相撞致1人死亡交通事故"; not the crash alone, "发生一起货车与油罐车追尾相撞交通事故，导致…泄漏，
    # 继而引发爆燃")
    r"[^，,。；;\n]{0,40}?(?:相撞|追尾|碰撞|侧翻|刮擦|剐蹭)(?:致|造成)[^，,。；;\n]{0,8}?(?:死亡|受伤|伤亡)|)"
    r"交通(?:安全)?事故(?!的?(?:原因|责任|调查|处理|认定))"
)
# equipment brought to the scene, before its name in the clause (not 使用, 利用: "工人使用塔吊吊运模板时" is work)
BROUGHT_IN = re.compile(r"调集|调派|调来|调用|动用|出动")
# rescuers hoisting the victim, before the lifting word in its clause: "救生员顺利把受伤的渔民吊运上直升机",
# "救生机组决定采用无动力模式进行吊运作业"
RESCUE_HOIST = re.compile(r"救生|救助|搜救|直升机")
# a steam or high-pressure pipe bursting, and the hot gas let out of a pipe that broke
PIPE_BURST = re.compile(
    r"(?:蒸汽|高压|高温高压)[^，,。；;\n]{0,6}?(?:管道|管线|管)[^，,。；;\n]{0,6}?(?:发生)?(?:爆炸|爆裂|破裂|断裂)"
    # (or a vessel that held steam or water: "一个650m3饱和水、蒸汽球罐发生爆炸", "煤气发生炉水夹套爆炸")
    r"|(?:蒸汽|饱和水)[^，,。；;\n]{0,6}?(?:球罐|储罐|罐|容器|汽包)[^，,。；;\n]{0,4}?(?:发生)?(?:爆炸|爆裂|破裂)"
    r"|水夹套[^，,。；;\n]{0,4}?(?:发生)?(?:爆炸|爆裂|破裂)"
    r"|(?:管道|管线)[^，,。；;\n]{0,8}?(?:断裂|爆裂|破裂)[^。；;\n]{0,12}?高(?:温|压)[^。；;\n]{0,6}?(?:气体|蒸汽)"
)
# an explosion, then the fire it set off, before a fire word: "发生爆炸，引发火灾", "爆炸并引起火灾"
FIRE_SET_OFF = re.compile(
    r"(?:爆炸|爆燃|闪爆)[，,]?\s*(?:并|随即|继而|进而)?(?:引发|引起|导致|造成)(?:了)?(?:一场)?[^，,。；;\n]{0,2}$"
)
# a gas that something set off, blowing up (see `_explosives_told`)
GAS_SET_OFF = re.compile(
    r"(?:导致|引燃|引爆|引起|点燃)[^。；;]{0,20}?(?:沼气|燃气|天然气|煤气|可燃气体?|液化气|瓦斯|甲烷)[^，,。；;]{0,4}?"
    r"(?:爆燃|爆炸|燃爆|闪爆)"
)
# the accident named a fire as what happened: "医院昨(24日)发生重大火灾", "发生一起火灾事故" (or as what a cause set
# off: "一出租屋因电动车充电引发大火")
FIRE_HAPPENED = re.compile(r"(?:发生|引发)(?:了)?(?:一起|一场)?[^，,。；;\n]{0,6}?(?:火灾|大火)")
# a blast and the fire it set off, in one clause: "锅炉发生爆炸，并引发大火"
BLAST_LED_TO_FIRE = re.compile(
    r"(?:爆炸|爆燃|闪爆)[，,]?\s*(?:并|随即|继而|进而)?(?:引发|引起|导致)(?:了)?(?:一场)?[^，,。；;\n]{0,2}?(?:大火|火灾)"
)
# a storage tank told as what blew up
TANK_BLAST = re.compile(r"储罐(?:发生)?爆炸")
# fuel burning, which makes a pipe's explosion a fire's or a vapour cloud's
FUEL_BURNING = re.compile(r"起火|着火|燃烧|爆燃|大火|火势")
# electrical switchgear or a meter box blowing up (an arc flash), and the people it burnt or shocked (see
# `AccidentTypeReader._arc_flash`): GB 6441 counts electric burns under 触电 (8 of 10 read texts that tell one and burns
# or a shock so labelled; the two labelled 其他爆炸 tell neither)
ELECTRICAL_BLAST = re.compile(
    r"(?:变电箱|配电箱|电箱|电表箱|电錶箱|电表房|电錶房|电掣|电闸|开关柜|配电柜|高压柜|开关箱)"
    r"[^，,。；;\n]{0,10}?(?:爆炸|爆出火|起爆)"
)
ARC_HARM = re.compile(r"烧伤|灼伤|烧焦|烧烫伤|火人|电击|触电|电伤")
# a flammable gas or dust named as what blew up, which makes the blast its own (其他爆炸), wherever the switchgear was
FUEL_BLAST = re.compile(
    r"(?:燃气|天然气|煤气|液化气|沼气|瓦斯|粉尘|油气|氢气|可燃气)[^，,。；;\n]{0,6}?(?:爆炸|爆燃|燃爆)"
)
SCALDED = re.compile(r"烫伤|烫死|被烫|烫灼伤")
# the burns a steam pipe's steam gave (烧伤 as reports write it for steam too)
STEAM_BURN = re.compile(SCALDED.pattern + r"|烧伤|灼伤")
# a leak and the people it made ill after it, in its sentence (see `_toxic_leak`)
LEAK_MADE_ILL = re.compile(
    r"(?:泄漏|泄露|外泄)[^。；;\n]{0,40}?(?:身体不适|出现不适|头晕|呕吐|(?:到|前往)医院就诊)"
)
# people told as poisoned, counted or not: "导致附近数十人中毒", "27名群众出现中毒症状"
PEOPLE_POISONED = re.compile(
    r"(?:\d+|[一二两三四五六七八九十百]+|数十|数百|几十|十几|多)\s*(?:余|多)?\s*(?:名|位|个)?\s*(?:人|群众|村民|居民|工人|员工|职工|学生)"
    r"[^，,。；;\n]{0,4}?(?:中毒|出现中毒症状)"
    # (or taken ill by breathing a toxic gas in: "由于吸入过量氨气，身体不适")
    r"|吸入[^，,。；;\n]{0,6}?" + _TOXIC_GAS + r"[^。；;\n]{0,8}?(?:身体不适|不适|昏迷|晕倒|昏倒)"
)
# an explosion while a vessel was being pressurised or pressure-tested (not at a step-up substation, 升压站: "海上
# 升压站平台一条电缆爆炸燃烧")
PRESSURISED_BURST = re.compile(
    # (and an airtightness test, the vessel filled with gas under pressure: "在进行换热器气密性试验时发生爆炸")
    r"(?:加压|试压|打压|充压|升压(?!站|变电)|压力测试|(?:水压|气压|耐压|压力|气密性?)试验)[^，,。；;\n]{0,8}?(?:发生|突然)?"
    r"(?:爆炸|爆裂|炸裂|气爆)"
    # (the test's clause first, the pipe's burst after it: "3名工人在对煤气管道进行压力测试时，管道发生了气爆")
    r"|(?:试压|打压|压力测试|(?:水压|气压|耐压|压力)试验)[^，,。；;\n]{0,6}?时[，,]\s*(?:管道|管线|管子|水管)"
    r"[^，,。；;\n]{0,6}?(?:爆炸|爆裂|炸裂|气爆)"
)
# an earlier event told as such right before its mechanism word (not 曾 of a name: "曾某被砸伤")
# (or a word of it told before: "曾爆炸着火")
EARLIER_EVENT_BEFORE = re.compile(
    r"(?:曾经|曾)(?:发生|出现|有过|多次|两次|几次|一度)?过?(?:爆炸|起火|着火|燃烧|爆燃|坍塌|泄漏|泄露|并|和|、)*$"
)
# the kinds of blast GB 6441 tells apart from 其他爆炸
BLAST_KINDS = ("火药爆炸", "瓦斯爆炸", "锅炉爆炸", "容器爆炸")
# the accident named by a GB 6441 class's own name: "发生一起机械伤害事故", "发生1起较大高处坠落生产安全事故"; or a
# mine's haulage accident, by the name mine statistics give it (GB 6441 车辆伤害; 3 of 3 read texts so labelled):
# "淖尔壕煤矿发生1起运输事故，造成1人死亡"; and the class those statistics keep for the rest, GB 6441's 其他伤害:
# "木瓜煤矿南区皮带巷发生一起其他事故，死亡1人"
GB_CLASS_NAMED = re.compile(
    r"发生(?:了)?(?:一|1)起(?:一般|较大|重大|特别重大)?(?:生产安全)?(?:道路)?("
    + "|".join(ACCIDENT_PRIORITY)
    # (the grade after the class too, as some districts write it: "发生一起道路运输一般事故")
    + r"|运输|其他)(?:一般|较大|重大|特别重大)?(?:生产安全)?(?:责任)?事故"
)
# (or the accident's name, its day and its class, as the inquiry's or its report's: "成立…“6·8”机械伤害事故调查组",
# "发布《“8·23”高处坠落事故调查报告》")
DAY_CLASS_NAMED = re.compile(
    r"[“\"]\s*\d{1,2}\s*[·•．.・]\s*\d{1,2}\s*[”\"]\s*(?:一般|较大|重大|特别重大)?(?:生产安全)?("
    + "|".join(ACCIDENT_PRIORITY)
    + r")(?:一般|较大|重大|特别重大)?(?:生产安全)?(?:责任)?事故(?:调查|的调查)"
)
CLASS_NAMED_AS = {"运输": "车辆伤害", "其他": "其他伤害"}
CLASS_NAMED_WITHIN = 400  # characters from the start of the text: its opening
# the lead's accident phrase naming its class by a mechanism alone: "发生一起坠落事故", "发生了一起坍塌事故"
LEAD_CLASS_PHRASE = re.compile(r"发生(?:了)?一起([\u4e00-\u9fff]{2,4}?)事故")
# a title's part (between spaces or marks) that tells a toll: "大桥塌落致5死"
TITLE_TOLL = re.compile(
    r"[^\s，,。；;！!？?：:|｜]*?(?:致|造成|导致)\s*[^\s，,。；;！!？?：:|｜]{0,6}?(?:死|伤|亡|遇难)[^\s，,。；;！!？?：:|｜]*"
)
# a thing named as what fell, in a title: "模板坠落致一死两伤", "钢管从高处掉落砸伤工人"
THING_FELL = re.compile(
    r"(?:模板|钢管|钢筋|钢梁|钢板|构件|石块|石头|砖块|物料|材料|木方|脚手板|吊物|重物|玻璃|广告牌|招牌|预制板|混凝土块"
    r"|石料|石材|水泥块|砖头|瓦片|铁块|钢材|木板|木料|管材|铁板|部件|零件|螺纹钢|圆钢|角钢|槽钢|工字钢|钢棒|铁棍)"
    # (at once: "一个钢结构部件突然坠落，压到2名工人")
    # (or from a height told in metres: "巨型广告牌20米高空坠下")
    r"(?:突然)?(?:从[^，,。；;\s]{0,8}|(?:[\d一二三四五六七八九十几数余多]+米)?(?:高空|高处))?(?:坠落|掉落|坠下|掉下|滑落)"
)
# people rescued with the equipment, after its name in the clause: "吊车赶紧用吊篮将另外两名工人救下"
RESCUED_WITH = re.compile(r"救下|救出|营救|施救|解救|救起")
# the report referring to this accident by its class
TRAFFIC_REFERRED = re.compile(r"(?:此次|这次|本次|该起|这起)[^，,。；;\n]{0,6}?(道路交通事故)")
# words that classify an accident rather than name a mechanism
CLASS_WORDS = frozenset(("车辆伤害", "交通事故", "交通安全事故", "道路交通"))
# a vehicle's keywords of running someone over (see `AccidentTypeReader.read`) ...
RUN_OVER = frozenset(("轧死", "碾压", "碾过", "碾倒"))
# ... told of a machine right before, not one that drives: "被破碎机轧死", "被机器碾压" (the labels class a road
# roller's or an excavator's as vehicles': "被正在施工的压路机轧…")
# (nor a motor vehicle or a locomotive: "被机动车碾压", "被机车碾压")
MACHINE_RAN_OVER = re.compile(
    r"被[^，,。；;\n\d]{0,8}?(?:机器|机械(?!车)"
    r"|(?<!压路)(?<!挖掘)(?<!装载)(?<!推土)(?<!摊铺)(?<!平地)(?<!铲运)(?<!收割)(?<!拖拉)(?<!插秧)(?<![挖司农])机(?![动车]))"
    r"[^，,。；;\n\d]{0,4}?$"
)
RUN_OVER_WORD = re.compile("|".join(sorted(RUN_OVER)))
# (or a case sheet's field with the value after a space: "事故类型 火灾")
TYPE_FIELD = re.compile(r"事故(?:类别|类型|种类|分类)\s*(?:为|是|:|：|[ \t\u3000])\s*([^。；;\n，,]{2,16})")
# a fire told as its alarm (see `AccidentTypeReader._type_in`): "一处企业厂房发生火警", "火警共酿8死" (not the
# number or the centre one calls)
FIRE_ALARM = re.compile(r"(?:发生|酿成?|引发)(?:了|一起|一场)?火警(?!电话|中心|报警)|火警(?:共|已)?(?:酿|致|造成)")
# a pressure vessel's shell bursting (爆裂, a physical burst; not 爆炸, which a reactor's runaway or a vapour
# cloud does as well)
VESSEL_BURST = re.compile(
    r"(?:(?<!油)罐(?!车)|压力容器|气瓶|钢瓶|釜体|容器)[^，,。；;\n]{0,10}?(?:爆裂|炸了)"
    # (or burst by an overpressure: "由于蒸汽超压引发炸裂事故")
    r"|超压[^，,。；;\n]{0,6}?(?:炸裂|爆裂)"
    # (and a pipe of steam or water under pressure: "锅炉操作间发生蒸汽管道爆裂，导致9名工作人员受伤", "冷渣机输水管道
    # 因温度过高发生爆裂")
    r"|(?:蒸汽|输水|热水|高压)[^，,。；;\n]{0,4}?(?:管道|管线|管)[^，,。；;\n]{0,10}?爆裂"
    # (or any pipe under a pressure test: "燃气管道试压过程中受压爆裂，致1死2伤", "在进行曝气管试压时发生管道炸裂")
    r"|(?:试压|打压|受压)[^，,。；;\n]{0,10}?(?:爆裂|炸裂)"
    # (or an autoclave blowing its lid off under pressure: "信宜朱砂一砖厂蒸压釜“冲盖” 滚沙灼伤一工人")
    r"|(?:蒸压釜|蒸养釜)[^，,。；;\n]{0,4}?冲盖"
    # (or equipment held under a pressure of oil or air blowing up: "一部液压系统设备在工人检修时突然发生爆炸",
    # "中间介质气化器在调试过程中意外发生爆炸…当时往气化器里灌的是空气")
    r"|(?:液压系统|液压站|蓄能器|气化器)[^，,。；;\n]{0,12}?(?:爆炸|爆裂|炸裂)"
)
# harm words of 其他伤害 that a leak of a liquefied gas causes too ("液氨管道泄漏，导致2名工人冻伤": the leak's)
LEAK_TOLD = re.compile(r"泄漏|泄露|喷出|液氨|液氮|液化|液态")
# something striking a person (the 物体打击 words, and 砸在/打在: "桶就掉下来了，正好砸在他腰上")
# (not a person crashing down: "空调安装工从高空坠落，砸落到一楼的天井花坛里")
# (or crushing: "一个钢结构部件突然坠落，压到2名工人")
STRUCK = re.compile(r"砸(?!落)|击中|击毙|打中|击伤|打在|撞击|压到|压中|压伤|压死")
# a crane right before or after a tipping word
_CRANES = r"(?:吊车|起重机|塔吊|塔机|汽车吊|履带吊|龙门吊|门吊|架桥机|天秤|吊塔)"
# (the crane the subject of the clause, what it was doing between: "一辆汽车吊从货车上卸C型钢材时不慎发生侧翻")
CRANE_BEFORE = re.compile(_CRANES + r"[^，,。；;\n]{0,20}$")
CRANE_AFTER = re.compile(r"(?:的)?" + _CRANES)
# a vehicle word that any heavy thing does too
TIPPED = frozenset(("侧翻", "翻倒", "倾倒", "倾覆"))
# a vehicle's or a boat's overturning (a boat's people drowned: see `AccidentTypeReader.read`)
CAPSIZED = frozenset(("侧翻", "倾覆", "翻覆"))
# a crane or a site hoist that itself collapsed or toppled ("塔式起重机坍塌事故", "龙门架被大风吹倒…压垮工棚", "汽车吊
# 倒塌，2名工人腾空后摔下"): GB 6441 起重伤害 covers the lifting machine's collapse and overturning (not "龙门架将倒塌",
# a collapse feared, nor "龙门架旁的围墙倒塌")
CRANE_COLLAPSED = re.compile(
    # (and tipping on its side: "一台25吨汽车吊机侧倒"; or leaning over, a dock's crane: "码头吊机突然向前倾斜，而后直直
    # 倒塌")
    r"(?:塔式起重机|门式起重机|起重机|塔吊|塔机|汽车吊|履带吊|龙门吊|龙门架|施工升降机|物料提升机|吊车|吊机)"
    r"(?:(?!旁|边|附近|周围|对面|前面|后面|将|可能|险些|差点)[^，,。；;\n]){0,6}?"
    r"(?:倒塌|坍塌|垮塌|倾覆|倾倒|翻倒|折断|断裂|吹倒|侧倒|倾斜)"
)
# a lift's car falling, told right after the lift, what befell it or the floor it fell from between (see
# `AccidentTypeReader.read`; not a thing on it, "观光电梯外侧的玻璃爆裂坠落", nor its shaft, "从电梯井坠落")
LIFT_FELL = re.compile(
    r"(?:电梯|施工升降机|升降机|吊笼|轿厢)(?:突然|突发|发生故障|故障|失控|从[^，,。；;\n]{1,6}?)*"
    r"(?:坠落|下坠|坠地|坠下|急坠|坠毁)"
)
# tower, gantry or overhead cranes colliding (not a mobile crane, which drives on roads: "吊车与货车相撞")
# (or a crane falling onto a building: "塔吊倾倒与正在修建的四层楼相撞")
# (or a crane's load colliding: "吊起的电机与摆放在地上的减速机碰撞了一下，把我…的左手手指挤伤")
CRANES_COLLIDED = re.compile(
    r"(?:(?:塔吊|塔机|塔式起重机|龙门吊|门式起重机|天车)[^，,。；;\n车]{0,12}|吊起的[^，,。；;\n]{0,12})(?:相撞|碰撞)$"
)
# a work platform, a scaffold or a rack tipping, not a vehicle: "三名建筑工人站在五楼高的吊篮上施工，不料钢丝绳断裂，
# 吊篮侧翻，一名工人摔下身亡"
# (and a bridge's beam: "高架桥第25跨右侧第10梁发生侧翻坠落事故")
PLATFORM_TIPPED = re.compile(r"(?:吊篮|吊笼|脚手架|架子|货架|支架|模板|平台|梯子|操作台|[箱T]?梁)[^，,。；;\n]{0,2}$")
# a vehicle word as part of a trade: 装载机司机, 叉车工, 铲车驾驶员
DRIVER_AFTER = re.compile(r"司机|驾驶员|驾驶人|工(?![厂地程业区])")
# explosions, and people buried (a collapse that buried its victims is a collapse, whatever brought it down)
BLAST_CODES = frozenset(("其他爆炸", "容器爆炸", "火药爆炸", "锅炉爆炸", "瓦斯爆炸"))
BURIED = re.compile(r"被埋|掩埋|埋压|压埋|被压在|埋在|埋没")
# a wall blown or fallen down, told with the verb 倒塌 and 垮塌 do not catch (see `AccidentTypeReader._type_in`)
WALL_DOWN = re.compile(r"(?:围墙|墙体|砖墙|墙壁|院墙|挡土墙|山墙)[^，,。；;\n]{0,6}?(?:吹倒|刮倒|推倒|倒下)")
# a person touching a live line, and a fire it set after (see `AccidentTypeReader.read`)
SHOCK_THEN_FIRE = re.compile(
    r"(?:触电|电击|误触|碰触|触碰|触及|碰到|接触)[^。；;\n]{0,20}?(?:电线|高压线|电缆|带电)"
    r"[^。；;\n]{0,40}?引(?:发|起|燃)(?:了)?(?:一场)?(?:大)?火"
)
# a lift (not an escalator) moving of itself, and someone caught in it (see `AccidentTypeReader._type_in`)
LIFT_MOVED = re.compile(
    r"(?<![扶])电梯[^。；;\n]{0,20}?(?:突然|意外|自行|忽然)(?:启动|运行|下行|上行|下坠|上升|下降|关闭|移动)"
    r"[^。；;\n]{0,20}?(?:夹|挤|卡|剪切)"
)
# an amusement ride by its names (see RIDER_THROWN, RIDE_FAILED)
_RIDE = r"(?:游乐设施|游乐设备|游乐项目|游艺设施|游艺机|过山车|飞椅|摩天轮|大摆锤|海盗船|旋转木马|跳楼机)"
# a rider thrown off an amusement ride: the fall to the ground is the harm (GB 6441 高处坠落, as the labels take it),
# over the ride's failure that threw them: "游乐设施“遨游太空”出现故障，导致一名14岁女孩被甩出后抢救无效身亡"
RIDER_THROWN = re.compile(
    _RIDE + r"[^。；;\n]{0,30}?被[^，,。；;\n]{0,8}?(?:甩出|甩飞|甩落|甩下|抛出|抛下)"
)
# a rider falling on an escalator, tumbling down its steps, with those behind knocked over: GB 6441 has no class for a
# fall on the level or down steps but 其他伤害, as the labels take it (the registry's escalator falls, 4 of 4, and this
# session's read one): "一名女乘客在扶手电梯上失衡跌落，压倒后方同行者", "老人搭手扶梯失足 骨牌式撞跌前方9人" (not a
# fall from height, see `_type_in`)
_ESCALATOR = r"(?:扶梯|扶手梯|扶手电梯|自动人行道)"
ESCALATOR_FALL = re.compile(
    _ESCALATOR + r"[^，,。；;\n]{0,10}(?:跌落|摔倒|跌倒|滚落|摔下|失足|失衡|绊倒|摔伤|跌伤)"
)
# an escalator named in a text, and a lift's car or shaft (see `_escalator_meant`)
ESCALATOR = re.compile(_ESCALATOR)
CAR_LIFT = re.compile(r"轿厢|直梯|电梯井|电梯门|升降|货梯|厢")


def _escalator_meant(text: str, told: str) -> bool:
    """Whether a bare 电梯 catching someone is the escalator the text is about: "一名2岁男童在家长的陪同下走向逆行的
    扶梯口…手被卡在了电梯夹缝中" (a step's catch, GB 6441 机械伤害, as the labels take an escalator's; not a lift's
    car, 起重伤害), with no lift's car, door or shaft told anywhere (so none in `told` either)."""
    return "电梯" in told and ESCALATOR.search(text) is not None and CAR_LIFT.search(text) is None


# an amusement ride failing, tipping or colliding (a ride is machinery under the special-equipment rules; the labels
# take 机械伤害, 3 of the 3 read texts): "游乐项目在下降过程中发生故障，致16人受伤", "小型游乐设施“水果飞椅”发生倾倒",
# "大型游乐设施碰撞事故"; not a park, 游乐园 or 游乐区, whose own vehicles crash
RIDE_FAILED = re.compile(
    _RIDE + r"[^。；;\n]{0,20}?(?:故障|倾倒|侧翻|倾覆|脱落|断裂|坠落|碰撞|相撞|失控|甩出|飞出)"
)
# a person buried, told dead: "不幸被砂石填埋身亡", "2人因被淤泥填埋，均已遇难"
FILLED_OVER = re.compile(
    r"被[^，,。；;\d]{0,4}?填埋(?=[^，,。；;]{0,3}?(?:身亡|死亡|致死|遇难)|[，,][^。；;]{0,8}?(?:遇难|死亡|身亡))"
)
# a person blown off their feet: "被炸得飞起来", "被气浪掀翻", "冲击波将其掀出"
BLOWN = re.compile(r"被炸|炸得|气浪|冲击波|掀")


# phrases that name a mechanism with words between, or by what happened, by class (see
# `AccidentTypeReader._type_in`, which takes them beside the keywords)
PHRASE_CLASSES: tuple[tuple[re.Pattern[str], str], ...] = (
    # a vessel's shell bursting, with words between, and a boiler blowing up, as people say it too: "储气罐罐体突然
    # 爆裂", "空压机储气罐炸了", "锅炉突然炸了"
    (VESSEL_BURST, "容器爆炸"),
    (BOILER_BURST, "锅炉爆炸"),
    # a lift that moved of itself and caught someone (a lift is lifting machinery under the special-equipment rules;
    # the labels take 起重伤害, 2 of the 2 read texts, an escalator's catch 机械伤害): "电梯门突然关闭并下行，造成其被夹
    # 致死", "电梯突然启动，硬生生夹住他的头"
    (LIFT_MOVED, "起重伤害"),
    (RIDE_FAILED, "机械伤害"),
    (ESCALATOR_FALL, "其他伤害"),
    (RIDER_THROWN, "高处坠落"),
    # a wall blown or fallen down (GB 6441 坍塌 covers a structure falling; 27 of the 28 read texts telling a wall
    # falling so labelled): "项目部停车场围墙被大风吹倒，正好砸中一名过路男子"
    (WALL_DOWN, "坍塌"),
    # a person buried by what was heaped (not a landfill, 填埋场, nor waste buried): "不幸被砂石填埋身亡"
    (FILLED_OVER, "坍塌"),
    # someone fallen into a steel furnace or its molten metal, whose heat is the harm (GB 6441 灼烫, as the labels
    # have the 2 read texts telling it): "工人不慎掉進1700℃煉鋼爐", "從洞口墜入電爐"
    (INTO_FURNACE, "灼烫"),
    # slabs, sheets or plates of stone, glass or steel, or a pole, toppling or sliding onto people: what struck them,
    # not a structure's collapse (the labels take 物体打击 in all 10 read texts telling slabs, all 4 telling poles):
    # "石材店内的石板突然倒塌", "近千斤玻璃从一辆货车上垮塌，砸中车下三名男子", "数百块钢板瞬间倾倒", "四川邛崃电桩
    # 倒塌 过路人一死一伤"
    (OBJECTS_TOPPLED, "物体打击"),
    # people falling from a cable car, or with its cabin come loose (the labels take 高处坠落 in all 4 read texts
    # telling one): "索道有一轿厢在运行中因机械故障松落，厢内1人死亡", "将缆车上的5位游客掀翻并掉落地面"
    (CABLE_CAR_FELL, "高处坠落"),
    # a fire told as its alarm, as Hong Kong papers write it: "一处企业厂房发生火警", "火警共酿8死"
    (FIRE_ALARM, "火灾"),
)


class AccidentTypeReader:
    """The GB 6441 accident type and harm mechanism of one text (`read`). Asks the casualty reader whether a person
    was told as harmed; keeps only the mechanism-word pattern, built once, between calls."""

    def __init__(self, g: Gazetteer, acc_matcher: Matcher, casualties: CasualtyReader) -> None:
        self.g = g
        self.acc_matcher = acc_matcher
        self._casualties = casualties
        self._any_mechanism: re.Pattern[str] | None = None
        # a substance the toxic catalogues list (高毒物品目录, 剧毒) leaking, beside the gases TOXIC_LEAK names:
        # "阳城县瑞兴化工有限公司发生一起二硫化碳泄漏事故，造成8人死亡"
        names = sorted((n for n, (_c, cas) in g.chemicals.items() if cas in g.toxic), key=len, reverse=True)
        leak = r"[^，,。；;]{0,8}?(?:泄漏|泄露|外泄|外漏|逸出)"
        self._catalogue_leak = re.compile(r"(?:" + "|".join(map(re.escape, names)) + r")" + leak) if names else None

    def read(
        self, norm: str, doc: Doc, rep: ExtractedReport, sections: list[Section], title: str, kind_at: _KindAt
    ) -> None:
        """`mechanism`: the GB 6441 class of how people were (or would have been) harmed, found whether or not
        anyone was hurt; `accident_type`: the same class, only for an accident with casualties (GB 6441 classifies
        casualty accidents: "无人员伤亡" gives no category)."""
        # links to other news are no part of the account: read as blanks, of the same length so that positions hold
        # ("相关文章 … • 山西又暴煤矿事故 5名矿工丧生 … • 江西又有花炮厂爆炸 致20余人死伤" under a dust explosion)
        for a, b in furniture_spans(norm):
            norm = norm[:a] + "＊" * (b - a) + norm[b:]
        # nor is a list of kinds of accident, as a preface names them ("现实生活中血淋淋的交通、火灾、溺水、CO中毒等
        # 事故，令我们既震惊又心痛" before a road accident's account)
        for last in KINDS_END.finditer(norm):
            if (kinds := KINDS_BEFORE.search(norm, max(0, last.start() - KINDS_REACH), last.start())) is not None:
                norm = norm[: kinds.start()] + "＊" * (last.end() - kinds.start()) + norm[last.end() :]
        at = [rep.spans[k].start for k in ("deaths", "injuries", "poisoned") if k in rep.spans]
        found = self._mechanism(norm, doc, sections, title, at)
        if found is None or found[0] in ("火灾", "其他爆炸", "坍塌"):
            found = self._kiln_blowback(norm, title, at) or found
        if found is not None and found[0] == "起重伤害":
            # a crane dropping or tipping a ladle of molten metal, or letting it out: the metal's heat did the harm
            # ("行车在吊运270吨铁水包时，发生双板钩单侧脱落，致使铁水包倾翻"; the 5 read texts telling one are all
            # labelled 灼烫)
            molten = next((m for m in MOLTEN_OUT.finditer(norm) if self._told_as_happened(norm, m.start())), None)
            if molten is not None:
                found = "灼烫", Span(molten.start(), molten.end())
        elif found is not None and found[0] == "高处坠落" and found[1] is not None:
            # (or the ladle's own fall, no person's: "铁水包突然坠落倾翻，事故造成2人死亡")
            fell = found[1]
            molten = next((m for m in MOLTEN_OUT.finditer(norm) if m.start() <= fell.start < m.end()), None)
            if molten is not None and self._told_as_happened(norm, molten.start()):
                found = "灼烫", Span(molten.start(), molten.end())
        if found is None or found[0] in ("火灾", "物体打击"):
            # a chemical burn told with fire words (烧伤, 冒烟) or with none the mechanism words know: "硫酸喷到骑车人
            # 陈某身上，陈某被烧伤" (see CHEMICAL_BURN); or by what spilt the acid on the victim ("装氢氟酸的桶掉下来，
            # 砸在他腰上…氢氟酸…灼伤")
            burn = next((m for m in CHEMICAL_BURN.finditer(norm) if self._told_as_happened(norm, m.start())), None)
            if burn is None and found is not None and found[0] == "火灾":
                # hot oil or water splashed on people, whatever caught fire: "锅内起火，…滚烫的油泼洒出来，溅到自己和
                # 旁边的学徒身上" (GB 6441 灼烫: 高温物体烫伤)
                burn = next((m for m in HOT_SPLASH.finditer(norm) if self._told_as_happened(norm, m.start())), None)
                burn = burn or next(
                    (m for m in CLOTHES_ALIGHT.finditer(norm) if self._told_as_happened(norm, m.start())), None
                )
            if burn is None and (found is None or found[0] == "火灾"):
                # molten metal that burnt people, told in fire words or none ("钢水…将2名炼钢工人当场烫死"), even when
                # it set something alight after ("事故还引发厂区大火")
                burn = next((m for m in MOLTEN_BURN.finditer(norm) if self._told_as_happened(norm, m.start())), None)
                if burn is None and title and MOLTEN_BURN.search(normalise_text(title)):
                    found = "灼烫", None  # (the title's: no span)
            if burn is None and found is None:
                # molten metal let out, with no harm word at all: "铁水外流事故造成11人死亡", "钢水包滑落…外泄钢水
                # 瞬间冲入…房屋，…32人全部死亡" (nothing but the metal's heat did the harm)
                burn = next((m for m in MOLTEN_OUT.finditer(norm) if self._told_as_happened(norm, m.start())), None)
            if burn is not None:
                found = "灼烫", Span(burn.start(), burn.end())
        if found is None:
            # no mechanism word anywhere: what the text tells of how the victims came to harm, in this order (see
            # LAST_RESORT)
            found = self._last_resort(norm, 0, len(norm))
        if found is None:
            # (or the rock come down in a mine's workings: "采场处理锚网松石的过程中，松石突然垮落，事故造成…死亡")
            fall = next(
                (
                    m
                    for m in ROCK_FALL.finditer(norm)
                    if self._told_as_happened(norm, m.start())
                    and self._underground(norm, Span(m.start(), m.end()), title)
                ),
                None,
            )
            found = ("冒顶片帮", Span(fall.start(), fall.end())) if fall is not None else None
        if found is None:
            return
        code, span = found
        if code == "火灾":
            # a building collapsing onto people in the fire, told where the casualties are or just before: "主梁突然
            # 倒塌，致使多名消防队员被压。3名消防队员当场牺牲" (GB 6441 classes by what harmed them: 坍塌)
            crushed = self._collapse_crushed(norm, at)
            if crushed is not None:
                code, span = "坍塌", Span(crushed.start(), crushed.end())
        if code == "火灾" and span is not None:
            # the fire named together with the blast, in the accident's own sentence: "输气管道…打压实验过程中发生
            # 闪爆火灾事故", "球罐…发生泄漏，引发火灾爆炸" (the labels class such accidents as explosions: 21 of the 28
            # read texts that name the pair anywhere and are labelled a fire or an explosion)
            sa, sb = _sentence_at(norm, span.start)
            both = BLAST_AND_FIRE.search(norm, sa, sb)
            if both is not None and self._told_as_happened(norm, both.start()):
                code, span = "其他爆炸", Span(both.start(), both.end())
        if code == "火灾":
            # the fire told as what a blast set off, there or before: "锅炉发生爆炸，并引发大火。…目前大火已扑灭" (the
            # pair's class, as above), or in the title the class was read from (not when its sentence goes on to the
            # harm the fire did: "发生爆炸，引发火灾，造成1人死亡" is the fire's, see `_without_causes`)
            end = len(norm) if span is None else span.end
            set_fire = next(
                (
                    m
                    for m in BLAST_LED_TO_FIRE.finditer(norm, 0, end)
                    if self._told_as_happened(norm, m.start())
                    and not CASUALTY_RESULT.search(norm, m.end(), _sentence_at(norm, m.start())[1])
                    # (nor when the text named the accident a fire before: "医院昨日发生重大火灾，…初步调查指出是病房中
                    # 的氧气瓶爆炸导致大火")
                    and not FIRE_HAPPENED.search(norm, 0, m.start())
                ),
                None,
            )
            if set_fire is not None:
                code, span = "其他爆炸", Span(set_fire.start(), set_fire.end())
            elif span is None and title and BLAST_LED_TO_FIRE.search(normalise_text(title)):
                code = "其他爆炸"
        # (not another blast in a list of links: "相关文章 … • 江西又有花炮厂爆炸 致20余人死伤")
        blast = (
            m
            for m in EXPLOSIVE_BLAST.finditer(norm)
            if not _not_happened(norm, 0, m.start()) and not in_furniture(norm, m.start())
        )
        if code == "其他爆炸" and (
            next(blast, None) or self._explosives_told(norm, at) or _fireworks_made(norm, title)
        ):
            code = "火药爆炸"
        elif code == "其他爆炸" and (
            any(self._told_as_happened(norm, m.start()) for m in BOILER_BURST.finditer(norm))
            # (or the title's boiler, the class read from the title: "福建莆田一工厂锅炉发生爆炸引发大火")
            or (span is None and title and BOILER_BURST.search(normalise_text(title)))
        ):
            code = "锅炉爆炸"
        elif code == "其他爆炸" and self._mine_gas(norm):
            code = "瓦斯爆炸"
        elif code == "其他爆炸" and any(
            self._told_as_happened(norm, m.start())
            for m in itertools.chain(BLASTING_BLAST.finditer(norm), EXPLOSIVES_CAUSED.finditer(norm))
        ):
            # blasting work or explosives told as what blew up, further on than the lead: explosives' class (and
            # blasting's, below, when the work is told)
            code = "火药爆炸"
        elif code == "其他爆炸":
            # "出租车爆炸" in a title, and the sentence of the casualties telling what blew up: "车载天然气钢瓶突然
            # 发生爆炸，造成司机受伤" is a cylinder bursting
            burst = self._cylinder_burst(norm, at)
            if burst is None:
                # a vessel blowing up while it was pressurised or pressure-tested: "一辆拉载液化气罐的车辆，在加压
                # 待检期间发生爆炸" (GB 6441 容器爆炸: the physical burst of a vessel under pressure)
                burst = next(
                    (Span(m.start(), m.end()) for m in PRESSURISED_BURST.finditer(norm)
                     if self._told_as_happened(norm, m.start())),
                    None,
                )
            if burst is None and not FUEL_BURNING.search(norm):
                # an explosion the report calls physical, nothing burning: "转化器内冷却水超温、超压造成的一次物理爆炸"
                # (GB 6441 容器爆炸 is the physical explosion of a vessel)
                burst = next(
                    (Span(m.start(), m.end()) for m in PHYSICAL_BLAST.finditer(norm)
                     if self._told_as_happened(norm, m.start())),
                    None,
                )
            if burst is None:
                # a sealed machine that holds a gas under pressure blowing up itself (a compressor, an air conditioner's
                # unit, a freezer, a popcorn drum): "一台正在修理的冰柜压缩机爆炸", "多联机外机在维修过程中突然爆炸",
                # "爆米花锅突然爆炸" (GB 6441 容器爆炸), in the text or the title
                burst = next(
                    (Span(m.start(), m.end()) for m in MACHINE_BURST.finditer(norm)
                     if self._told_as_happened(norm, m.start())),
                    None,
                )
                if burst is None and title and MACHINE_BURST.search(normalise_text(title)):
                    code, span = "容器爆炸", None
            if burst is not None:
                code, span = "容器爆炸", burst
            elif code == "其他爆炸":
                # a steam or high-pressure pipe bursting, no fuel burning: the physical burst of what it held
                # ("发生蒸汽管道爆炸，…造成1死4伤", "出口管道发生断裂，导致高温、高压气体外泄"), or the steam's
                # scalds when those are the harm told ("蒸汽管道爆炸，没有发生明火，…清洁工面部轻微烫伤")
                pipe = next((m for m in PIPE_BURST.finditer(norm) if self._told_as_happened(norm, m.start())), None)
                if pipe is not None and not FUEL_BURNING.search(norm):
                    code = "灼烫" if SCALDED.search(norm) else "容器爆炸"
                    span = Span(pipe.start(), pipe.end())
        if code == "其他爆炸" and self._arc_flash(norm, title, switchgear := self._switchgear_blast(norm)):
            # switchgear or a meter box blowing up and burning the people at it ("变电箱突然爆炸，2人脸部和手脚都受到
            # 灼伤", "電表房內…有電掣突然發生爆炸，兩工人被燒傷"): an arc flash, GB 6441 触电 (the span of its blast in
            # the text, none for the title's)
            code, span = "触电", (Span(switchgear.start(), switchgear.end()) if switchgear is not None else None)
        if code == "火灾" and any(self._told_as_happened(norm, m.start()) for m in SHOCK_THEN_FIRE.finditer(norm)):
            # a worker who touched a live line, which then set a fire: the current killed him ("一名正在安装空调的工人
            # 误触了工地上方的高压电线，瞬间被烧成焦炭，高压线也同时断裂，在工地宿舍区内引发了一场火灾")
            code = "触电"
        if code in ("火灾", "其他爆炸") and FIREDAMP_BURNING.search(norm + title):
            # firedamp burning in a mine ("泉子沟煤矿瓦斯燃烧事故"): GB 6441 classes it with firedamp explosions
            code = "瓦斯爆炸"
        if code == "火药爆炸" and self._blasting(norm, span):
            code = "放炮"
        if code == "物体打击":
            # a rock thrown by blasting striking someone: "工地爆破时，飞出的石头砸伤工人背部" (GB 6441 放炮 covers the
            # blast's fly-rock), in the text or the title
            thrown = next((m for m in FLY_ROCK.finditer(norm) if self._told_as_happened(norm, m.start())), None)
            if thrown is not None:
                code, span = "放炮", Span(thrown.start(), thrown.end())
            elif title and FLY_ROCK.search(normalise_text(title)):
                code, span = "放炮", None
        if code == "放炮" and FIREWORKS.search(norm + title) and not _blasting_site(norm):
            # a dud firework (哑炮) or fireworks set off, with no blasting work anywhere: explosives' own class
            # ("捡来的、已被燃放过的烟花礼炮当废品去卖。不料…礼炮盒突然爆炸")
            code, span = "火药爆炸", None
        if code == "放炮":
            # the blasting and then the harm it led to, told where the casualties are: "井下放炮，造成大量有害气体涌出…
            # 5人中毒遇难", "金矿渗水6矿工亡" (fumes or water killed them, not the blast)
            led = self._blast_led_to(norm, at + ([span.start] if span is not None else []), title)
            if led is not None:
                code, span = led
        if code == "容器爆炸":
            # a storage tank that blew up and burnt: its vapour's explosion (the labels' convention: a tank explosion is
            # 其他爆炸, a vessel's shell bursting 容器爆炸): "甲醇储罐发生爆炸燃烧事故", in the text or the title
            told = norm[slice(*_sentence_at(norm, span.start))] if span is not None else normalise_text(title)
            if TANK_BLAST.search(told) and FUEL_BURNING.search(told):
                code = "其他爆炸"
        if code == "其他爆炸" and (
            (span is not None and TYRE_BURST.search(norm, *_sentence_at(norm, span.start)))
            or TYRE_BURST.search(simplified_name(title))
        ):
            # a tyre blowing up as it was inflated or fitted ("车胎发生爆炸", "轮胎却突然发生了爆炸"): its air under
            # pressure burst it, GB 6441 容器爆炸 (2 of 2 read texts so labelled); or the title's tyre, the body telling
            # only a blast ("輪胎爆炸 工人被震上屋頂": "一家汽车修理厂内发生爆炸"; the title's traditional characters
            # mapped, too few for `normalise_text`'s share test)
            code = "容器爆炸"
        if code == "容器爆炸" and STEAM_BURN.search(norm):
            # a steam or hot-water pipe that burst and burnt people with what it held ("主蒸汽管道发生爆裂…5人被烧伤",
            # "工厂澡堂热水管爆裂，年轻女工大面积烫伤"): the scalds are the harm (GB 6441 灼烫), as for a pipe's burst
            # read as an explosion above; the burst in the text or, with none there, in the title
            burst_told = norm[span.start : span.end] if span is not None else ""
            if span is None and (in_title := VESSEL_BURST.search(normalise_text(title))) is not None:
                burst_told = in_title.group()
            if burst_told.startswith(("蒸汽", "热水")):
                code = "灼烫"
        if code == "容器爆炸" and span is None and _leak_told(norm) and not MACHINE_BURST.search(normalise_text(title)):
            # a title's vessel blowing up ("反应釜爆炸2死9伤") and a body telling what leaked and burnt ("氨气、甲苯泄露
            # 遭遇高温燃烧而引发"): a vapour-cloud explosion, as `_cylinder_burst` reads the body's (not a sealed
            # machine, whose own steam or gas leaking is no fuel: "爆米花机漏白烟后，突然爆炸")
            code = "其他爆炸"
        if code in ("坍塌", "高处坠落", "物体打击"):
            # a crane that collapsed or broke in the accident's sentence (or the title), or before the fall or the
            # blow it led to: a lifting accident ("20米塔吊空中断裂砸倒数名工人")
            sa, sb = _sentence_at(norm, span.start) if span is not None else (0, 0)
            told = norm[sa:sb] if span is not None else normalise_text(title)
            upto = span.start - sa if span is not None and code != "坍塌" else len(told)
            if any(not hypothetical(told, 0, m.start()) for m in CRANE_COLLAPSED.finditer(told, 0, upto)):
                code = "起重伤害"
            elif code == "高处坠落" and LIFT_FELL.search(told, 0, span.end - sa if span is not None else len(told)):
                # the lift's car itself fell, its riders with it, in the sentence or the title: "汕头市一工地电梯发生
                # 故障坠落 4人坠亡", "医院电梯从22楼坠落21人受伤" (GB 6441 起重伤害: a lift is lifting equipment; not
                # someone who fell down its shaft)
                code = "起重伤害"
        if code in ("淹溺", "高处坠落"):
            # a motor vehicle gone into the water, or fallen from a bridge or a height, with its people (GB 6441
            # 车辆伤害: harm by a vehicle in motion, the fall it took included; of the read texts telling one, the 7
            # read 淹溺 or 高处坠落 are all labelled 车辆伤害, as are the 11 read so already)
            rx = MOTOR_VEHICLE_WENT_IN if code == "淹溺" else MOTOR_VEHICLE_FELL
            if span is not None and (went := self._vehicle_told(norm, span, rx)) is not None:
                code, span = "车辆伤害", Span(went.start(), went.end())
            elif span is None and rx.search(normalise_text(title)):
                code = "车辆伤害"  # (the title's: "贵州大巴冲落水库 21死16伤")
        if code == "淹溺":
            # people who fell into a pool or a pit and are told dead of poisoning: "一名职工不慎滑入纸浆池中，…最后八人
            # 全部掉入池中。…七人已中毒死亡" (GB 6441 classes by the harm: the pool's gas)
            died = next((m for m in POISONED_DEAD.finditer(norm) if self._told_as_happened(norm, m.start())), None)
            if died is not None:
                code, span = "中毒和窒息", Span(died.start(), died.end())
        if code == "火灾":
            # a line switched on while a worker was on it, the current setting him alight: "线路突然通电，导致他瞬间被
            # 大火包围，全身着火" (GB 6441 触电: the current's burns; no fire accident)
            on = next((m for m in ENERGISED.finditer(norm) if self._told_as_happened(norm, m.start())), None)
            if on is not None:
                code, span = "触电", Span(on.start(), on.end())
        if code == "坍塌" and span is not None:
            # hot ash, water or steam let out by what fell in, scalding people: "炉灰渣突然塌落至冷灰斗，大量热汽、
            # 热水、热渣从冷灰斗喷出，将工作人员烫伤" (GB 6441 灼烫: the scald is the harm, not the fall of the ash)
            spurt = HOT_SPURT.search(norm, span.end, _sentence_at(norm, span.start)[1])
            if spurt is not None:
                code, span = "灼烫", Span(spurt.start(), spurt.end())
        if code in ("坍塌", "冒顶片帮") and (
            outburst := next(
                (
                    m
                    for m in OUTBURST_ACCIDENT.finditer(norm)
                    if self._told_as_happened(norm, m.start())
                    # (not another mine's, which the text lists: "这已是…以来，河南省境内发生的第三起煤矿生产事故。
                    # 3月21日…发生一起重大煤与瓦斯突出事故")
                    and not other_accidents(norm, *_sentence_at(norm, m.start()))
                ),
                None,
            )
        ):
            # coal and gas bursting out named as the accident, the workings caving in as its effect ("发生煤与瓦斯突出
            # 重大事故，…受突出影响，矿井内煤层、煤矸石等出现垮塌"): the outburst's class (see LAST_RESORT; not one
            # to prevent: "为防止煤与瓦斯突出事故")
            code, span = "中毒和窒息", Span(outburst.start(), outburst.end())
        if code == "坍塌" and self._underground(norm, span, title) and not _classed_as(norm, code):
            # a mine working's roof or side falling in: GB 6441's 坍塌 "不适用于矿山冒顶片帮" ("井下303回采巷道…被突然
            # 塌方下来的煤块砸伤", "工作面…导致上覆煤层坍塌"); not where the text names the accident a collapse, the
            # class the labels keep: "发生一起钾盐矿坑道坍塌事故，造成3人死亡"
            code = "冒顶片帮"
        if code == "物体打击" and span is not None:
            # a rock loose overhead in a mine's workings falling on a miner: the roof's fall (GB 6441 冒顶片帮, "矿井
            # 工作面、巷道侧壁由于支护不当、压力过大造成的坍塌"), not a thing dropped ("下井维修时，发现头顶有一碗口大的
            # 石块，随即用工具撬石块，不幸被掉下的石块击中")
            if any(
                self._told_as_happened(norm, m.start()) and self._underground(norm, Span(m.start(), m.end()), title)
                for m in ROCK_FALL.finditer(norm)
            ):
                code = "冒顶片帮"
        # the text naming the accident by the class of what one mechanism led to: "发生一起高处坠落引发的较大中毒事故"
        # is a poisoning (a fall, then the rescuers poisoned)
        led_to = next(
            (c for m in LED_TO.finditer(norm) if (c := _led_to_class(m)) and self._told_as_happened(norm, m.start(1))),
            None,
        )
        # (a bare explosion named so keeps the kind of blast read before it: "发生一起因礼花燃放人员违规操作引起的烟花
        # 爆炸事故" is the fireworks')
        if led_to is not None and not (led_to[0] == "其他爆炸" and code in BLAST_KINDS):
            code, span = led_to
        # the text naming the accident by its class ("发生一起高处坠落事故"): the labels keep the class the text gives
        # (97 of 98 read texts), over a lift or a lifted load told after it
        # (or the title naming it so: "某高空坠物物体打击事故")
        classed_as = code is not None and (
            _classed_as(norm, code) or re.search(re.escape(code) + r"事故", normalise_text(title)) is not None
        )
        if code in ("高处坠落", "机械伤害") and not classed_as:
            # a lift or hoist itself falling, failing or catching someone (电梯, 升降机, 吊笼; not its shaft, 电梯井,
            # which people fall down): GB 6441 起重伤害 covers lifts, as the labels take them (14 of 14 read texts that
            # tell one so: "施工电梯突然从高空坠落", "电梯配重从地上一层坠落至地下一层", "卷入轿厢顶与电梯外门的缝隙")
            lift = next(
                (
                    m
                    for m in LIFT_FAILED.finditer(norm)
                    if self._told_as_happened(norm, m.start()) and not _escalator_meant(norm, m.group())
                ),
                None,
            )
            if lift is not None:
                code, span = "起重伤害", Span(lift.start(), lift.end())
            elif span is None and LIFT_FAILED.search(normalise_text(title)):
                code = "起重伤害"  # (the title's: no span)
        if code in ("坍塌", "高处坠落", "车辆伤害", "物体打击") and not classed_as:
            # a bridge-erecting machine failing (架桥机倒塌, 架桥机在行驶过程中坠落): a lifting machine's accident, as
            # the labels take it (5 of 5 read texts that tell one so)
            failed = BRIDGE_CRANE_FAILED.finditer(norm)
            bridge = next((m for m in failed if self._told_as_happened(norm, m.start())), None)
            if bridge is not None:
                code, span = "起重伤害", Span(bridge.start(), bridge.end())
            elif BRIDGE_CRANE_FAILED.search(normalise_text(title)):
                code, span = "起重伤害", None
        if code in ("物体打击", "高处坠落") and not classed_as:
            # the thing that fell and struck was a load being lifted: a crane accident
            lifted = next((m for m in LIFTED_LOAD.finditer(norm) if self._told_as_happened(norm, m.start())), None)
            if lifted is not None:
                code, span = "起重伤害", Span(lifted.start(), lifted.end())
        if code == "高处坠落" and span is not None and not classed_as:
            # a structure collapsing under the people on it, told before their fall in its sentence: "…大桥发生垮塌
            # 事故，正在桥面施工的22名工人坠入57米深谷" (GB 6441 坍塌: what gave way, not the fall it led to)
            # (not the scaffold, the ladder or the cover they stood on, which the labels class by the fall: "因脚手架
            # 坍塌致三名施工工人坠落死亡", "脚下7米高的铁架突然倒塌", "刚踩上…隔离棚，隔离棚就立即坍塌")
            sa = _sentence_at(norm, span.start)[0]
            fell_in = COLLAPSE_UNDER.search(norm, sa, span.start)
            if fell_in is not None and not STOOD_ON.search(norm, sa, fell_in.start()):
                code, span = "坍塌", Span(fell_in.start(), fell_in.end())
        if code == "车辆伤害" and span is not None and norm[span.start : span.end] in ("侧翻", "倾覆", "翻车"):
            # a mobile crane tipping over while it lifted: "一汽车吊在地库顶板吊运木方时发生侧翻事故，吊臂掉落" (GB 6441
            # 起重伤害 covers the lifting machine's overturning)
            ca = max(norm.rfind(p, 0, span.start) for p in "，,。；;\n") + 1
            crane = CRANE_TIPPED.search(norm, ca, span.start)
            if crane is None and norm[span.start : span.end] == "翻车":
                # (or the overturn told before, 翻车 its echo: "突然吊车发生侧翻，吊臂劈向…。而司机在翻车一瞬间跳车")
                crane = CRANE_OVERTURNED.search(norm, 0, span.start)
            # (at work, not driving on a road: "一辆吊车行驶途中侧翻" is a vehicle's)
            if crane is not None and CRANE_AT_WORK.search(norm, crane.start(), span.start):
                code, span = "起重伤害", Span(crane.start(), span.end)
        if code == "车辆伤害" and span is not None and norm[span.start : span.end] in RUN_OVER:
            # run over by a machine, not a vehicle: "男子被破碎机轧死" (GB 6441 机械伤害: 碾)
            machine = MACHINE_RAN_OVER.search(norm, clause_start(norm, span.start), span.start)
            if machine is not None:
                code, span = "机械伤害", Span(machine.start(), span.end)
        if code == "车辆伤害" and span is None and title:
            # (the title's: "男子被破碎机轧死 死状惨烈尸体无法取出")
            nt = normalise_text(title)
            ran = RUN_OVER_WORD.search(nt)
            if ran is not None and MACHINE_RAN_OVER.search(nt, clause_start(nt, ran.start()), ran.start()):
                code = "机械伤害"
        if code == "车辆伤害" and span is None and title:
            # (the title's overturn, the crane lifting: "高雄燕巢吊車吊掛原木翻覆 70歲工人遭壓死")
            crane = CRANE_OVERTURNED.search(normalise_text(title))
            if crane is not None and CRANE_AT_WORK.search(crane.group()):
                code = "起重伤害"
        if code == "车辆伤害" and span is not None and norm[span.start : span.end] in CAPSIZED:
            # a boat capsized: its people thrown into the water (GB 6441 淹溺; 5 of the 5 read texts telling one)
            # ("海天448号沙船翻覆，船上7人下落不明", "不知怎么船就侧翻了")
            ca = clause_start(norm, span.start)
            boat = BOAT_CAPSIZED.search(norm, ca, span.start)
            if boat is not None:
                code, span = "淹溺", Span(boat.start(), span.end)
        if code == "车辆伤害" and span is None and title:
            # (the title's boat capsized: "旗津拖船翻覆港警消持续搜救今天找到失踪船长")
            nt = normalise_text(title)
            tipped = next((m for m in re.finditer("|".join(CAPSIZED), nt)), None)
            if tipped is not None and BOAT_CAPSIZED.search(nt, clause_start(nt, tipped.start()), tipped.start()):
                code = "淹溺"
        if code == "车辆伤害" and span is not None and norm[span.start : span.end] not in CLASS_WORDS:
            # a crash and then, in its sentence, the people poisoned by what it let out: "发生相撞事故，罐阀被撞断，
            # 在处理时…，造成4人中毒，其中1人死亡" (GB 6441 classes by how they were harmed)
            poisoned = POISONED_AFTER.search(norm, span.end, _sentence_at(norm, span.start)[1])
            if poisoned is not None:
                code, span = "中毒和窒息", Span(poisoned.start(), poisoned.end())
        if code == "物体打击" and span is not None:
            # struck by the vehicle or earth mover that overturned, its driver at work: "正在作业的挖掘机突然翻车司机被
            # 砸身亡" (GB 6441 车辆伤害 takes in the plant's vehicles overturning)
            sa = _sentence_at(norm, span.start)[0]
            tipped = VEHICLE_TIPPED.search(norm, sa, span.start)
            if tipped is not None:
                code, span = "车辆伤害", Span(tipped.start(), tipped.end())
        if code == "火灾" and not BURN_HARM.search(norm):
            crash_span: Span | None = None
            if CRASH_HARM.search(norm):
                crash = next((m for m in VEHICLE_CRASH.finditer(norm) if not in_furniture(norm, m.start())), None)
                crash_span = None if crash is None else Span(crash.start(), crash.end())
            if crash_span is None and (crash := ROAD_CRASH_FIRE.search(norm)) is not None:
                crash_span = Span(crash.start(1), crash.end(1))
            if crash_span is not None:
                code, span = "车辆伤害", crash_span
        rep.mechanism = code
        if span is not None:
            rep.spans["mechanism"] = span
        # GB 6441 classes casualty accidents: nobody hurt ("无人员伤亡", or no casualty told at all and no person
        # named as harmed) gives no category
        if not any((rep.deaths, rep.injuries, rep.serious_injuries, rep.missing, rep.poisoned)):
            # (people poisoned, however many, were harmed though nobody was killed or injured: "导致附近数十人中毒，…
            # 无人员伤亡" is a poisoning accident)
            poisoning = code == "中毒和窒息" and any(
                self._told_as_happened(norm, m.start()) for m in PEOPLE_POISONED.finditer(norm)
            )
            # (the report's own class field stands, as the labelling conventions take it: "事故类型：火灾")
            fielded = span is not None and any(m.start(1) <= span.start < m.end(1) for m in TYPE_FIELD.finditer(norm))
            if not poisoning and not fielded and (
                (rep.deaths == 0 and rep.injuries == 0)
                or not (self._casualties.someone_harmed(norm, kind_at) or _investigated(norm, title))
            ):
                return
        rep.accident_type = code
        if span is not None:
            rep.spans["accident_type"] = span

    def _kiln_blowback(self, norm: str, title: str, at: list[int]) -> tuple[str, Span | None] | None:
        """灼烫 for a kiln's or a furnace's flame or charge blown out onto the workers, named as the accident or told
        where the casualties are, with burns or heat told (GB 6441 灼烫: 火焰烧伤、高温物体烫伤), whatever fire, blast
        or collapse inside it the text tells: "发生喷窑事故，窑火从窑门突然喷出，导致…4名工人被严重烧伤", "大火从
        冶炼炉进料口喷出，将7名工人烧伤"."""
        if not BURNT_BY_HEAT.search(norm):
            return None
        casualties = [_sentence_at(norm, pos) for pos in at]
        for m in KILN_BLOWBACK.finditer(norm):
            named = m.group().endswith("事故")
            if (named or any(sa <= m.start() < sb for sa, sb in casualties)) and self._told_as_happened(
                norm, m.start()
            ):
                return "灼烫", Span(m.start(), m.end())
        in_title = KILN_BLOWBACK.finditer(normalise_text(title)) if title else iter(())
        return ("灼烫", None) if any(m.group().endswith("事故") for m in in_title) else None  # (the title's: no span)

    @staticmethod
    def _underground(norm: str, span: Span | None, title: str) -> bool:
        """Whether a collapse is told in a mine's underground workings (a text of a mine): its sentence (with no
        span, as a title's class, the body's first sentence telling a collapse) names them, and no open pit."""
        if span is not None:
            where = norm[slice(*_sentence_at(norm, span.start))]
        else:
            # (or a later collapse sentence that names the workings: "发生一起盗采寿山石塌方事故…。…矿洞塌方后当场造成
            # 1死2伤")
            told = [norm[slice(*_sentence_at(norm, m.start()))] for m in COLLAPSE.finditer(norm)]
            if not told:
                return False
            where = next((w for w in told if UNDERGROUND.search(w)), told[0])
        # (a mine's: the shaft of a lock or a building site is no mine working, "船闸工地…坠入近百米深的“井下”")
        mine = re.search(r"[矿礦]", norm + title) is not None
        # (nor a goaf caving in, told anywhere: "…已封闭冒落带区域发生坍塌事故…是一起…因采空区坍塌导致人员伤亡的重大
        # 责任事故", the 2 read texts so labelled 坍塌)
        # (nor a bunker's coal coming down, which buries like a collapse: "井下煤仓事故中…被埋矿工", labelled 坍塌)
        return (
            mine
            and bool(UNDERGROUND.search(where))
            and "露天" not in where
            and "煤仓" not in where
            and not GOAF_CAVED.search(norm)
        )

    def _mine_gas(self, norm: str) -> bool:
        """Whether an explosion in a coal mine is its gas's: a coal mine and firedamp (瓦斯) told as what happened
        ("新兴煤矿发生爆炸事故。…调度室接到瓦斯监测系统报警", "煤矿…发生特大瓦斯爆炸事故"); GB 6441's 瓦斯爆炸 takes
        coal dust in too."""
        if any(self._told_as_happened(norm, m.start()) for m in re.finditer("煤尘(?:爆炸|爆燃)", norm)):
            return True  # (coal dust's explosion, the mine named in the title only: "一采区矿井发生煤尘爆炸事故")
        if not COAL_MINE.search(norm):
            return False
        # (or the gas named as such: "红土田煤矿昨凌晨发生气体爆炸事故"; or as Hong Kong papers call it: "该煤矿十七日
        # 发生煤气爆炸事故")
        # (not town gas's pipes or bottles, as Taiwan papers name it: "中油天然气和欣高瓦斯管线")
        if any(self._told_as_happened(norm, m.start()) for m in re.finditer(TOWN_GAS_NOT + "|(?:气体|煤气)爆炸", norm)):
            return True
        # (or a coal mine's explosion with nothing else named that blew up: "四川省泸州市桃子沟一煤矿发生爆炸事故，…
        # 矿难事件造成22人死亡"; the read texts that tell one are labelled so)
        return re.search("煤矿|煤礦", norm) is not None and not OTHER_BLAST_SOURCE.search(norm)

    def _blast_led_to(self, norm: str, at: list[int], title: str) -> tuple[str, Span | None] | None:
        """The class of the harm blasting led to, named in the title, a sentence of the casualties or the blasting's
        own: poisoning by its fumes, water let in, a gas it set off."""
        pieces: list[tuple[str, int | None]] = [(normalise_text(title), None)] if title else []
        pieces += [(norm[a:b], a) for a, b in (_sentence_at(norm, pos) for pos in at)]
        for text, offset in pieces:
            m = BLAST_LED_TO.search(text)
            if m is not None:
                code = next(c for c, w in BLAST_HARM.items() if w.fullmatch(m.group()))
                return code, (Span(offset + m.start(), offset + m.end()) if offset is not None else None)
        return None

    def _blasting(self, norm: str, span: Span | None) -> bool:
        """Whether the explosives went off in blasting work: the work told as happening, and the sentence of the
        explosion (else the lead) naming no place or trade that makes, holds or carries them."""
        if not any(self._told_as_happened(norm, m.start()) for m in BLASTING_WORK.finditer(norm)):
            return False
        a, b = _sentence_at(norm, span.start) if span is not None else (0, _lead_end(norm))
        return not EXPLOSIVES_HELD.search(norm, a, b)

    def _switchgear_blast(self, norm: str) -> re.Match[str] | None:
        """The first switchgear or meter box told blowing up, as what happened."""
        return next((m for m in ELECTRICAL_BLAST.finditer(norm) if self._told_as_happened(norm, m.start())), None)

    @staticmethod
    def _arc_flash(norm: str, title: str, switchgear: re.Match[str] | None) -> bool:
        """Whether switchgear or a meter box blew up, in the text (`switchgear`, see `_switchgear_blast`) or the title,
        burning or shocking someone, and no flammable gas or dust is told blowing up."""
        # (the title's traditional characters mapped one by one: too few for `normalise_text`'s share test)
        title = simplified_name(title) if title else ""
        if switchgear is None and not ELECTRICAL_BLAST.search(title):
            return False
        return bool(ARC_HARM.search(norm) or ARC_HARM.search(title)) and not FUEL_BLAST.search(norm + title)

    @staticmethod
    def _told_as_happened(norm: str, pos: int) -> bool:
        """Whether the harm at pos is told as what happened: not web-page clutter, a statistic, a hypothesis or a
        precaution ("被强酸烧伤后应立即用清水冲洗" is advice)."""
        sa, sb = _sentence_at(norm, pos)
        if in_furniture(norm, pos) or statistics(norm, sa, sb) or hypothetical(norm, sa, pos):
            return False
        return not (_not_happened(norm, 0, pos) or HAZARD_TOLD.search(norm, sa, sb))

    @staticmethod
    def _explosives_told(norm: str, at: list[int]) -> bool:
        """Explosives named in the first line, the lead or a sentence of the casualties, beside an explosion."""
        lead_end = _lead_end(norm)
        first_end = norm.find("\n", 10)
        # (and the paragraph after the lead, which says what blew up: "发生爆炸的销毁中心是存放废炸药的库房")
        second_end = norm.find("\n", lead_end + 2)
        for a, b in [(0, first_end if first_end > 0 else len(norm)), (0, lead_end)] + [
            (lead_end, second_end if second_end > 0 else len(norm))
        ] + [
            _sentence_at(norm, pos) for pos in at
        ]:
            for m in EXPLOSIVE_WORD.finditer(norm, a, b):
                sa, sb = _sentence_at(norm, m.start())
                sa, sb = max(sa, a), min(sb, b)
                if not EXPLOSION_TOLD.search(EXPLOSIVE_WORD.sub("", norm[sa:sb])):
                    continue
                if FORCE_OF.search(norm, sa, sb) or in_furniture(norm, m.start()) or _not_happened(norm, 0, m.start()):
                    continue
                if GAS_SET_OFF.search(norm, m.end(), sb):
                    continue  # what set a gas off: "燃放鞭炮时，不慎导致窨井内…沼气爆燃" is the gas's blast
                return True
        return False

    @staticmethod
    def _cylinder_burst(norm: str, at: list[int]) -> Span | None:
        """A cylinder told as what blew up, in a sentence of the casualties or else the first line or the lead
        ("车载天然气钢瓶突然发生爆炸，造成司机受伤", "一民宅煤气罐发生爆炸 1人受伤"), in a text that tells no gas
        leaking (a leak that caught fire is a vapour-cloud explosion)."""
        lead_end = _lead_end(norm)
        for a, b in [_sentence_at(norm, pos) for pos in at] + [(0, lead_end), (lead_end, len(norm))]:
            burst = CYLINDER_BURST.search(norm, a, b) or LPG_BURST.search(norm, a, b)
            if burst and a == lead_end and re.search(r"[釜胎]", burst.group()):
                # (past the lead, only a gas cylinder: "实验过程中不幸发生储气钢瓶爆炸" after "实验室发生爆炸事故";
                # a reactor further on is as often what its contents blew up in: "蒸馏釜内的3-氯丙炔爆炸")
                burst = None
            if burst and not _not_happened(norm, 0, burst.start()) and not in_furniture(norm, burst.start()):
                if _leak_told(norm):
                    return None
                return Span(burst.start(), burst.end())
        return None

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
            if statistics(norm, sa, sb) or in_furniture(norm, classed.start()):
                classed = None
            else:
                pieces.append((sa, sb))
        for pos in casualties_at:
            pieces.append(_sentence_at(norm, pos))
        # the report's own classification field wins: "事故类别：火灾。"
        for m in TYPE_FIELD.finditer(norm):
            t = self._type_in(norm, m.start(1), m.end(1), [(m.start(1), m.end(1))])
            if t:
                return t
        # then the opening classing the accident by a class's own name, as an investigation report does: "…工作人员
        # 使用货物提升机过程中，发生一起机械伤害事故，造成一人死亡" over the lifting platform the account tells
        # crushed him
        # (of 202 read texts that class theirs so and label a class, the labels take that class in all)
        found = [rx.search(norm, 0, CLASS_NAMED_WITHIN) for rx in (GB_CLASS_NAMED, DAY_CLASS_NAMED)]
        named = min((m for m in found if m is not None), key=lambda m: m.start(), default=None)
        if named is not None and self._told_as_happened(norm, named.start()) and not in_furniture(norm, named.start()):
            return CLASS_NAMED_AS.get(named.group(1), named.group(1)), Span(named.start(1), named.end(1))
        # then the report naming this accident by its class: "…违法销售黑火药，致使此次道路交通事故后果扩大"
        lessons = [(s.start, s.end) for s in sections if s.kind == "lesson"]
        for m in TRAFFIC_REFERRED.finditer(norm):
            if not any(la <= m.start() < lb for la, lb in lessons) and not in_furniture(norm, m.start()):
                return "车辆伤害", Span(m.start(1), m.end(1))
        # then the narrative classing it so ("…高速公路发生一起交通事故，一辆拉载化学品的货车起火"): the report's
        # class, ahead of a title that names only the fire or the blast that followed the crash
        if classed is not None:
            return "车辆伤害", Span(classed.start(), classed.end())
        title_type: tuple[str, Span | None] | None = None
        if title:
            nt = normalise_text(title)
            t = self._type_in(nt, 0, len(title), [])
            # a title of several parts, the first the accident with its toll ("江苏在建大桥塌落致5死 目击者七八人落水
            # 有片"): the mechanism that led to the toll, not a witness's or a sequel's told after it
            toll = TITLE_TOLL.search(nt)
            if t and toll and t[1].start >= toll.end():
                part = self._type_in(nt, toll.start(), toll.end(), [])
                t = part or t
            if t and t[0] == "火灾" and BLAST_AND_FIRE.search(nt):
                # a title naming the blast with the fire, as the body's sentences do (see `read`): "危险化学品仓库
                # 特大爆炸火灾事故"
                t = "其他爆炸", t[1]
            if t:
                title_type = t[0], None  # no span: the title is not part of the text
                if t[0] in ("起重伤害", "车辆伤害"):
                    # a crane or a vehicle in the title, the body telling it touched a live line or the victim
                    # electrocuted: "高压线下吊车违章作业致人身亡" over "…吊车臂意外与高压线接触…"
                    shock = next((m for rx in (LINE_TOUCHED, ELECTROCUTED) for m in rx.finditer(norm)), None)
                    if shock is not None and self._told_as_happened(norm, shock.start()):
                        return "触电", Span(shock.start(), shock.end())
                if t[0] in ("高处坠落", "物体打击") and THING_FELL.search(nt):
                    # a thing that fell, not a person ("某工地模板坠落致一死两伤"): the body tells what it did
                    title_type = None
                elif t[0] != "车辆伤害" or nt[t[1].start : t[1].end] in CLASS_WORDS:
                    # (unless the lead classes the accident itself, by a mechanism in its accident phrase: "钢筋架垮塌
                    # 4人遇难" over "…工地发生一起坠落事故，导致现场4名工人重伤")
                    lead = LEAD_CLASS_PHRASE.search(norm, 0, _lead_end(norm))
                    if lead is not None:
                        own = self._type_in(norm, lead.start(1), lead.end(1), [])
                        if own is not None and own[0] != t[0] and norm[own[1].start : own[1].end] == lead.group(1):
                            return own
                    return title_type
        # the Matcher runs once on the text; each piece keeps the phrases inside it
        phrases = [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for s, e in accident_phrases(self.acc_matcher, doc)]
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
                if not _told_as_happened(norm, m, lessons):
                    continue
                if HAZARD_TOLD.search(norm, *_sentence_at(norm, m.start())):
                    continue  # "吸入高浓度硫化氢可导致昏迷": what a substance does, not what happened
                if code == "中毒和窒息" and ACID_LEAK.match(norm, m.start()) and ACID_BURN.search(norm):
                    # a fuming acid's leak whose burns the text tells: "发生硝酸泄漏事故，导致8名工作人员因烧伤和身体
                    # 不适被紧急送医" (the burn, as `_toxic_leak` takes it; not a gas's, whose victims were poisoned
                    # though it burnt them too: "渔船氨气外泄，两名工人送医不治")
                    return "灼烫", Span(m.start(), m.end())
                return code, Span(m.start(), m.end())
        # the harm told in words of its own in the sentence of the casualties ("一名工人被掉落的纸垛压伤，送医院抢救无效
        # 后死亡"), before a mechanism word further down, which may be another accident's (the works' earlier fire)
        for pos in casualties_at:
            told = self._last_resort(norm, *_sentence_at(norm, pos))
            if told is not None:
                return told
        return (
            self._first_mechanism(norm, lessons)
            or _toxic_leak(norm, lessons, self._catalogue_leak)
            or _burnt(norm, lessons)
        )

    def _vehicle_told(self, norm: str, span: Span, rx: re.Pattern[str]) -> re.Match[str] | None:
        """A motor vehicle's fall (`rx`) told as happened in the sentence of the harm at `span` or the one before."""
        sa, sb = _sentence_at(norm, span.start)
        before = _sentence_at(norm, max(0, sa - 1))[0]
        return next((m for m in rx.finditer(norm, before, sb) if self._told_as_happened(norm, m.start())), None)

    def _collapse_crushed(self, norm: str, at: list[int]) -> re.Match[str] | None:
        """A structure collapsing onto people (`COLLAPSE_CRUSHED`), told as happened in the sentence of a casualty
        count at `at` or the sentence before it, up to the count."""
        for pos in at:
            before = _sentence_at(norm, max(0, _sentence_at(norm, pos)[0] - 2))[0]
            for m in COLLAPSE_CRUSHED.finditer(norm, before, pos):
                if self._told_as_happened(norm, m.start()):
                    return m
        return None

    def _last_resort(self, norm: str, a: int, b: int) -> tuple[str, Span] | None:
        """The first harm of `LAST_RESORT`, in its order, told as happened in norm[a:b]."""
        return next(
            (
                (code, Span(m.start(), m.end()))
                for rx, code in LAST_RESORT
                for m in rx.finditer(norm, a, b)
                if self._told_as_happened(norm, m.start())
            ),
            None,
        )

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
            if statistics(norm, sa, sb) or hypothetical(norm, sa, m.start()):
                continue
            if HAZARD_TOLD.search(norm, sa, sb):
                continue  # "高浓度硫化氢可导致中毒": what a substance does
            found = self._type_in(norm, sa, sb, [])
            if found is not None:  # (None: every word of the sentence set aside, as a blast's victim thrown down)
                return found
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
        # phrases that name a mechanism with words between, or by what happened (see PHRASE_CLASSES)
        hits += [(code, m.start(), m.end()) for rx, code in PHRASE_CLASSES for m in rx.finditer(text, a, b)]
        # a mechanism prevented, feared or denied is not what happened: "以防中毒", "为防止发生爆炸", "担心罐体爆炸",
        # "所幸未发生爆炸"
        hits = [h for h in hits if not _not_happened(text, a, h[1]) and not HAZARD_AFTER.match(text, h[2])]
        # a bare 撞上 is a vehicle's only with a vehicle in its sentence before it or as what it struck (not "货柜
        # 来回摆荡撞上朱男", a load swinging from a crane; nor "头撞上天花板", a lift's rider)
        hits = [
            h
            for h in hits
            if text[h[1] : h[2]] != "撞上" or "车" in text[_sentence_at(text, h[1])[0] : h[2] + 8]
        ]
        # nor a keyword that is the head of another word: 高压电 of a cable or a grid ("高压电缆短路停电，…排风设备
        # 停止运行，…工人吸入有毒气体")
        hits = [h for h in hits if not ((nb := KEYWORD_NOT_BEFORE.get(text[h[1] : h[2]])) and nb.match(text, h[2]))]
        # nor a person losing balance, which a structure's 失稳 is not: "跨站在…溜槽沿上托举铰接顶梁时身体失稳，仰面
        # 跌倒"; nor a machine told idle or absent: "施工现场按规范要求塔吊停止作业，该施工现场无塔吊吊装作业"
        hits = [
            h
            for h in hits
            if not (text[h[1] : h[2]] == "失稳" and BODY_BEFORE.search(text, max(a, h[1] - 3), h[1]))
            and not IDLE_AFTER.match(text, h[2])
            and not ABSENT_BEFORE.search(text, max(a, h[1] - 3), h[1])
        ]
        # nor a property or a device named by the word: "不透水坝", "防坠落装置", "防触电保护", "燃烧器平台"
        hits = [h for h in hits if h[1] == 0 or text[h[1] - 1] not in PROPERTY_BEFORE]
        hits = [h for h in hits if text[h[2] : h[2] + 1] != "器"]
        # nor a word of the page around the story (a site's name: "中国燃烧器网")
        hits = [h for h in hits if not in_furniture(text, h[1])]
        # nor a word of a sentence about other accidents ("该厂在2004年曾发生炼钢炉轻微爆炸事故")
        hits = [h for h in hits if not other_accidents(text, *_sentence_at(text, h[1]))]
        hits = [h for h in hits if not earlier_followed(text, _sentence_at(text, h[1])[0], h[1])]
        hits = [h for h in hits if not in_earlier_list(text, h[1])]
        # nor an earlier event told as such at its word: "在这起事故的前一天企业煤磨的袋收尘器曾爆炸着火"
        hits = [h for h in hits if not EARLIER_EVENT_BEFORE.search(text, max(0, h[1] - 8), h[1])]
        # nor frostbite in a sentence telling a liquefied gas leaking (the leak's harm, not GB 6441's frostbite)
        hits = [h for h in hits if not (h[0] == "其他伤害" and LEAK_TOLD.search(text, *_sentence_at(text, h[1])))]
        # nor a crane that was the work being done, when the sentence tells another harm: "一名建筑工人在拆除塔吊时，
        # 不慎从高空坠落死亡" is a fall from height
        # nor a crane naming someone's trade, when anything else is told: "15时13分塔吊指挥员刘某发现宋某"
        hits = [h for h in hits if not (h[0] == "起重伤害" and CRANE_TRADE.match(text, h[2]))] or hits
        hits = [h for h in hits if not (h[0] == "起重伤害" and _crane_worked_on(text, a, b, h, hits))]
        # nor a vehicle skidding, which is no person slipping: "巴城货车打滑侧翻司机身亡"
        hits = [h for h in hits if not (text[h[1] : h[2]] == "打滑" and _skidding(text, a, h[1]))]
        # nor a work platform or a scaffold tipping, nor a crane overturning (a crane's accident): "脖子被侧翻吊车的
        # 驾驶室死死卡住"
        hits = [h for h in hits if not (text[h[1] : h[2]] in TIPPED and PLATFORM_TIPPED.search(text, a, h[1]))]
        hits = [h for h in hits if not (text[h[1] : h[2]] in TIPPED and _crane_tipped(text, h[1], h[2]))]
        # nor cranes that run on no road colliding: "一工地发生塔吊相撞坠落事故" is a crane's accident
        hits = [h for h in hits if not (h[0] == "车辆伤害" and CRANES_COLLIDED.search(text, max(a, h[1] - 18), h[2]))]
        # nor ships colliding, at sea or on a river (GB 6441 车辆伤害 is a motor vehicle's): "一货船与一渔船碰撞",
        # "发生一起海上交通事故" (a boat capsizing is read below, as its people drowned)
        hits = [
            h
            for h in hits
            if not (h[0] == "车辆伤害" and text[h[1] : h[2]] not in CAPSIZED and _ships_collided(text, a, h[1]))
        ]
        # nor a blow where the text read (the headline, when it is read alone) tells no vehicle at all: the wind dashed
        # them against the building in "西安两蜘蛛人风中作业撞死…被安全绳拉回撞在大楼外立面" (a vehicle with no 车 in
        # its name counts: "堆高機卸貨撞傷貨輪船長", Taiwan's forklift)
        hits = [
            h for h in hits if not (h[0] == "车辆伤害" and "撞" in text[h[1] : h[2]] and not ANY_VEHICLE.search(text))
        ]
        # nor a vehicle word whose 车 begins 车间, a workshop: "纸机车间" is no 机车
        hits = [h for h in hits if not (h[0] == "车辆伤害" and text[h[2] - 1 : h[2] + 1] == "车间")]
        # nor a hand-moved truck, no motor vehicle: "一名工人用手动叉车在起重尾板上拉抛光机机架时，…机架砸到该工人"
        hits = [h for h in hits if not (h[0] == "车辆伤害" and text[max(a, h[1] - 2) : h[1]] in ("手动", "手推"))]
        # nor a vehicle naming the victim's trade, when anything else is told: "击中正在路边休息的一名装载机司机"
        hits = [h for h in hits if not (h[0] == "车辆伤害" and DRIVER_AFTER.match(text, h[2]))] or hits
        # nor a flame burning badly, the source of a poisoning and no fire: "液化气燃烧不充分 面馆里五人被放倒"
        hits = [h for h in hits if not (h[0] == "火灾" and INCOMPLETE_BURNING.match(text, h[2]))]
        # nor earth that swallowed someone, which is no machine catching him ("两兄弟已被卷进土中"); water that did is
        # a drowning ("被卷入水中", "被水卷进闸门涵洞")
        hits = [("淹溺", h[1], h[2]) if _swept_by_water(text, a, h) else h for h in hits]
        hits = [h for h in hits if not (text[h[1] : h[2]] in ("卷入", "卷进") and SWALLOWED_BY_EARTH.match(text, h[2]))]
        # nor a machine toppling over, which is no structure's collapse (GB 6441 坍塌: 建筑物、构筑物、堆置物…): "横向
        # 连接螺栓断裂，设备倒塌，李某躲闪不及被砸" is what struck him
        hits = [
            h for h in hits if not (h[0] == "坍塌" and MACHINE_TOPPLED.search(text, max(a, h[1] - 3), h[1]))
        ] or hits
        if not hits:
            return None
        # a word inside a longer word of another class is that class's: "顶板塌落" is a roof fall, not 塌落
        hits = [h for h in hits if not any(o[0] != h[0] and o[1] <= h[1] and h[2] <= o[2] and o != h for o in hits)]
        hits.sort(key=lambda h: h[1])
        # a falling or collapsing thing that strikes the victim ("被高处坠落的钢管砸中"): the fall describes the
        # object, the strike is the harm
        # (with nothing else, a strike told in other words: "桶就掉下来了，正好砸在他腰上" is a falling object's)
        fallen = [h for h in hits if _falling_object(text, h, hits)]
        hits = [h for h in hits if h not in fallen] or [("物体打击", s, e) for _c, s, e in fallen]
        # a falling object named by the fall's word: what struck them, "本案系一起坠落物打击造成的生产安全责任事故"
        hits = [
            ("物体打击", s, e + 1) if c == "高处坠落" and text[e : e + 1] == "物" else (c, s, e) for c, s, e in hits
        ]
        # a surface giving way under someone who then falls ("罐体上的钢板…突然塌落，姜某坠入罐内", "隔离棚就立即坍塌，
        # 马某当场坠落至下料口内"): the fall is the harm
        hits = [_gave_way_under(text, h) or h for h in hits]
        # someone a blast threw, falling after it in the same sentence ("被炸得飞起来，然后重重摔落在2米外"): the
        # blast is the harm, not a fall from height
        hits = [h for h in hits if not (h[0] == "高处坠落" and _thrown_by_blast(text, h[1]))]
        # two vehicles crushing someone between them, told with a machine's word: "身体被挤压在两车夹缝中" (GB 6441
        # 车辆伤害)
        hits = [
            ("车辆伤害", s, e) if c == "机械伤害" and BETWEEN_VEHICLES.match(text, e) else (c, s, e) for c, s, e in hits
        ]
        # nor a fall that was a tumble on an escalator (see ESCALATOR_FALL), nor, after it, the riders behind knocked
        # over, with no vehicle told: "从自动扶梯跌落，多人被撞倒受伤"
        on_escalator = [(m.start(), m.end()) for m in ESCALATOR_FALL.finditer(text, a, b)]
        hits = [
            h
            for h in hits
            if not (h[0] == "高处坠落" and any(s <= h[1] < e for s, e in on_escalator))
            and not (
                h[0] == "车辆伤害"
                and any(e <= h[1] for _, e in on_escalator)
                and "车" not in text[_sentence_at(text, h[1])[0] : h[2]]
            )
        ]
        # nor a suffocation under what crushed or buried the victim: "4人被压窒息死亡", "埋压窒息" (GB 6441 classes it
        # by what fell or gave way, not as a poisoning)
        hits = [h for h in hits if not (h[0] == "中毒和窒息" and CRUSHED_BEFORE.search(text, max(a, h[1] - 6), h[1]))]
        # (or under what a collapse told before buried them, a sentence earlier: "结块的大豆造成塌方，…两名工人均被大豆
        # 埋没。…救出时两人已窒息死亡")
        # (a collapse word, not the burial itself: "珠光砂从塔底人孔处喷出，…多人被掩埋，造成7名女民工窒息死亡")
        falls = [s for c, s, e in hits if c == "坍塌" and not BURIED.fullmatch(text, s, e)]
        if falls:
            first_fall = min(falls)
            hits = [
                h
                for h in hits
                if not (h[0] == "中毒和窒息" and first_fall < h[1] and BURIED.search(text, max(a, h[1] - 40), h[1]))
            ]
        # (nor someone a machine caught, falling with it in the same clause: "被机器绞住腿跌落到坡地中")
        hits = [h for h in hits if not (h[0] == "高处坠落" and MACHINE_CAUGHT.search(text, max(a, h[1] - 10), h[1]))]
        if not hits:
            return None
        # buildings that an explosion told before brought down ("发生爆燃，导致房屋坍塌"), or vehicles and people it
        # sent falling ("运输烟花爆竹爆炸事故，导致大桥部分坍塌，车辆坠落桥下"): the explosion is the accident, unless
        # people were buried under them by anything but explosives (whose blast is the accident whatever it did)
        if not BURIED.search(text, a, b) or EXPLOSIVE_BLAST.search(text, a, b):
            hits = [h for h in hits if not _blast_collapse(h, hits)] or hits
        # the report classifying the whole after its result: "造成4人当场死亡的较大道路交通事故"
        for m in CLASSIFIED_AFTER.finditer(text, a, b):
            inside = [h for h in hits if m.start(1) <= h[1] and h[2] <= m.end(1)]
            if inside:
                return self._by_priority(text, a, b, inside)
        phrase_spans = list(matched)
        phrase_spans += [(m.start() + a, m.end() + a) for m in re.finditer(r"[^，,。；;\n]{1,12}?事故", text[a:b])]
        # (not a fire written as what an explosion set off, "罐车在装卸作业时发生爆炸，引发火灾": whether the explosion
        # or the fire is the accident is for `_without_causes` to tell)
        set_off = {h for h in hits if h[0] == "火灾" and FIRE_SET_OFF.search(text, max(a, h[1] - 16), h[1])}
        # (and the fire words overlapping it: 起火 of "引起火灾")
        set_off |= {h for h in hits if h[0] == "火灾" and any(o[1] < h[2] and h[1] < o[2] for o in set_off)}
        for code, s, e in hits:  # "发生一起高处坠落事故": the class as written in an accident phrase
            if (code, s, e) in set_off:
                continue
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
        # a workshop named for its machines ("一车床车间内发生一起安全生产事故") is a place, not the mechanism
        hits = [h for h in hits if not (h[0] == "机械伤害" and text.startswith(("车间", "厂房", "工段"), h[2]))]
        # a crane as the place someone fell from ("从塔吊上坠落") is not the mechanism
        hits = [h for h in hits if not (h[0] == "起重伤害" and _place_word(text, h[1], h[2]))] or hits
        # nor the rescuers' hoisting, even with nothing else told: it is no mechanism of harm
        hits = [h for h in hits if not (h[0] == "起重伤害" and _rescue_hoist(text, h[1]))]
        # nor a crane the responders brought ("救援人员调集重型起吊车辆对罐车进行扶正")
        hits = [h for h in hits if not (h[0] == "起重伤害" and _brought_in(text, h[1]))] or hits
        for code, s, e in hits:
            # (not the class of a response or a system: "及时做好人员疏散、火灾扑救", "火灾自动报警系统")
            if (code, s, e) in set_off:
                continue
            if text[s:e] in self.g.accident_types and not CLASS_AS_ATTRIBUTE.match(text, e):
                return code, Span(s, e)
        hits = _without_causes(text, hits)
        # victims smothered in a fire the same sentence tells: "鞋厂大火，死者大多窒息身亡", "5人因火灾烟气窒息死亡"
        # (GB 6441 classes them by the fire; the 5 read texts telling such are so labelled)
        fires = [h[1] for h in hits if h[0] == "火灾" and h not in set_off]
        hits = [
            h
            for h in hits
            if not (
                h[0] == "中毒和窒息"
                and SMOTHERED.match(text, h[1])
                and any(_sentence_at(text, f) == _sentence_at(text, h[1]) for f in fires)
            )
        ] or hits
        in_phrase = [h for h in hits if any(ps <= h[1] and h[2] <= pe for ps, pe in phrase_spans) and h not in set_off]
        found = self._by_priority(text, a, b, in_phrase or hits)
        if found is not None and found[0] == "车辆伤害" and text[found[1].start : found[1].end] not in CLASS_WORDS:
            # a strike or rollover the victims did not die of: "相撞…驾驶员被烧死"
            for code, rx in HARM_VERB.items():
                harm = rx.search(text, a, b)
                if harm:
                    return code, Span(harm.start(), harm.end())
        if found is not None and found[0] in ("起重伤害", "车辆伤害"):
            # (or the victim told as electrocuted: "高压线被吊车刮断后落在铲车上 铲车司机遭电击身亡")
            line = LINE_TOUCHED.search(text, a, b) or ELECTROCUTED.search(text, a, b)
            if line is not None:
                return "触电", Span(line.start(), line.end())
        if found is not None and found[0] == "火灾" and (shock := ELECTROCUTED.search(text, a, b)) is not None:
            # a fire the current set off, the victim killed by the current: "导致汽车导电着火，李某被活活电死"
            return "触电", Span(shock.start(), shock.end())
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
                if _brought_in(text, s2):
                    continue  # a crane brought in or rescuing people ("吊车赶紧用吊篮将另外两名工人救下")
                if re.search(r"[，,]", between) and not re.search(r"发生|出现", between):
                    continue
                return "起重伤害", Span(s2, e2)
        return None


# a ship, or the water it sails (see `_ships_collided`)
SHIP_OR_WATER = re.compile(r"船|舰|艇|海上|水上|江上|河上|航道|水域|[”\"]轮")
# the victims' death by smothering (see `_type_in`): "窒息身亡", "窒息死亡"
SMOTHERED = re.compile(r"窒息(?:而)?(?:身亡|死亡)")
# a fire of a place, not a flame on a person ("火苗一下子扑在了孩子的脸上", "顾不得扑灭自己身上的火" are burns, 灼烫)
FIRE_TOLD = re.compile(r"火势|灭火|浓烟|过火|扑灭(?!自己|身上)")
# burns with no fire, explosion or other mechanism told anywhere: a hot substance's (GB 6441 灼烫: "设备突然冒出红灰
# 导致4名工作人员被烧伤")
BURNT = re.compile(r"(?:被|遭)?(?:烧伤|烫伤|灼伤|烧灼伤|烫灼伤)")


def _told_as_happened(norm: str, m: re.Match[str], lessons: list[tuple[int, int]]) -> bool:
    """Whether the harm at m is told as what happened: not in a lesson, imagined, a statistic or denied."""
    sa = _sentence_at(norm, m.start())[0]
    if any(la <= m.start() < lb for la, lb in lessons) or hypothetical(norm, sa, m.start()):
        return False
    return not (statistics(norm, sa, m.end()) or NOT_HAPPENED_BEFORE.search(norm, sa, m.start()))


def _burnt(norm: str, lessons: list[tuple[int, int]]) -> tuple[str, Span] | None:
    """灼烫 when the text tells people burnt and names no mechanism at all (the last resort of `_mechanism`)."""
    for m in BURNT.finditer(norm):
        if not _told_as_happened(norm, m, lessons):
            continue
        # (a fire told in other words makes the burns a fire's: "火势被扑灭，…面部、四肢30%烧伤")
        fire = FIRE_TOLD.search(norm)
        return ("火灾", Span(fire.start(), fire.end())) if fire else ("灼烫", Span(m.start(), m.end()))
    return None


# a gas that smothers, leaking (GB 6441 中毒和窒息 covers suffocation): "一艘货船在港区发生二氧化碳泄漏"
ASPHYXIANT_LEAK = re.compile(r"(?:二氧化碳|氮气|液氮|氩气)[^，,。；;]{0,8}?(?:泄漏|泄露|外泄|外漏|逸出)")


def _toxic_leak(
    norm: str, lessons: list[tuple[int, int]], catalogue_leak: re.Pattern[str] | None = None
) -> tuple[str, Span] | None:
    """A text naming no mechanism word at all but a toxic gas or fuming acid leaking ("液氯泵管道泄漏，氯气从…",
    "化工厂发生盐酸泄漏，数千工人疏散"), a substance of the toxic catalogues (`catalogue_leak`), or a gas that smothers
    ("货船发生二氧化碳泄漏，造成8人死亡"): the people it harmed were poisoned or suffocated; not where acid burns are
    told (灼烫)."""
    if ACID_BURN.search(norm):
        return None
    leaks = sorted(
        itertools.chain(
            TOXIC_LEAK_RE.finditer(norm),
            ASPHYXIANT_LEAK.finditer(norm),
            # (or any leak that made people ill, told in its sentence: "致石脑油泄漏，造成附近村民身体不适")
            LEAK_MADE_ILL.finditer(norm),
            catalogue_leak.finditer(norm) if catalogue_leak else (),
        ),
        key=lambda m: m.start(),
    )
    for m in leaks:
        sa, sb = _sentence_at(norm, m.start())
        if any(la <= m.start() < lb for la, lb in lessons) or in_furniture(norm, m.start()):
            continue
        if statistics(norm, sa, sb) or hypothetical(norm, sa, m.start()) or _not_happened(norm, 0, m.start()):
            continue
        return "中毒和窒息", Span(m.start(), m.end())
    return None


# the heading of an investigation report: "…物流园“11·02”火灾事故调查报告（公示版）"
INVESTIGATION_HEADING = re.compile(INVESTIGATION_REPORT)
FINDING = re.compile(r"(?:通报|认定|调查)的?(?:事故)?直接原因|经调查[，,]?(?:事故)?(?:的)?直接原因")


# an accident named by its grade (《生产安全事故报告和调查处理条例》 art. 3) and its GB 6441 class: "一般触电事故"
GRADED_CLASS = re.compile(
    r"(?:一般|较大|重大|特别重大)(?:生产安全)?(?:" + "|".join(ACCIDENT_KEYWORDS) + r")事故(?!隐患)"
)


def _ships_collided(text: str, a: int, pos: int) -> bool:
    """Whether the vehicle word at pos tells vessels colliding: a ship or the water named before it in its clause,
    and no vehicle (车)."""
    before = text[max(a, clause_start(text, pos)) : pos]
    return SHIP_OR_WATER.search(before) is not None and "车" not in before


def _investigated(norm: str, title: str) -> bool:
    """Whether the text is headed as an accident's investigation report: the heading names the class of an
    accident that was investigated (《生产安全事故报告和调查处理条例》 art. 3 grades such accidents by their
    casualties and direct loss), so an excerpt that tells no count has not said that nobody was hurt (a text that
    says so was checked before) and the class stands, as the labelling conventions take a report's own class."""
    first_line = norm[: norm.find("\n")] if "\n" in norm[:200] else norm[:200]
    if INVESTIGATION_HEADING.search(title) or INVESTIGATION_HEADING.search(first_line):
        return True
    # (or the investigation's finding quoted: "通报的直接原因：…", "经调查，事故直接原因是…"; or the accident named by
    # its grade, which the regulations give casualty accidents: "雨污分流改造项目三标段“10·9”一般触电事故案的行政处罚")
    return FINDING.search(norm) is not None or GRADED_CLASS.search(norm) is not None


def _fireworks_made(norm: str, title: str) -> bool:
    """Fireworks made where the explosion happened, told in the title or anywhere in the text (see FIREWORKS_TRADE)."""
    if FIREWORKS_TRADE.search(normalise_text(title)):
        return True
    return any(not _not_happened(norm, 0, m.start()) for m in FIREWORKS_TRADE.finditer(norm))


def _not_happened(text: str, a: int, s: int) -> bool:
    """Whether the mechanism word at s is one the clause prevents, fears or denies (see `NOT_HAPPENED`), or a rumour
    its sentence goes on to correct (see `RUMOURED`)."""
    ca = max(a, clause_start(text, s))
    if s > a and text[s - 1] == "防":
        return True  # a device or measure against it: "防碰撞钢板", "防坠落装置"
    return bool(
        NOT_HAPPENED_BEFORE.search(text, ca, s)
        or NOT_HAPPENED_RIGHT.search(text, max(ca, s - 6), s)
        or RULED_OUT.search(text, max(ca, s - 16), s)
        or _rumoured(text, a, s)
    )


def _classed_as(norm: str, code: str) -> bool:
    """Whether the text names the accident by the class `code`: "发生一起高处坠落事故", "煤矿发生井下坍塌事故", "发生
    采场坍塌较大事故" (or as what a mechanism led to: "发生围岩坍塌引发高处坠落事故")."""
    phrase = (
        r"(?:(?:一起|一宗|发生)[^，,。；;\n]{0,10}?|(?:引发|导致)(?:了)?)" + re.escape(code)
        + r"(?:较大|重大|特别重大|一般)?(?:生产安全)?(?:责任)?事故"
    )
    return re.search(phrase, norm) is not None


# an accident named as what a mechanism led to: "一起高处坠落引发的较大中毒事故", "一起火灾引发的爆炸事故"
LED_TO = re.compile(
    r"(?:一起|一宗)[^，,。；;\n]{1,12}?(?:引发|导致|引起)的(?:较大|重大|特别重大|一般)?(?:生产安全)?([\u4e00-\u9fff]{1,6}?)事故"
)


def _led_to_class(m: re.Match[str]) -> tuple[str, Span] | None:
    """The class of the accident named at m as what a mechanism led to (see `LED_TO`), by its keywords."""
    named = m.group(1)
    for code, words in ACCIDENT_KEYWORDS.items():
        if named == code or any(named.endswith(w) for w in words):
            return code, Span(m.start(1), m.end(1))
    return None


def _rumoured(text: str, a: int, s: int) -> bool:
    """Whether the mechanism word at s is what a rumour said, which its sentence then corrects: "此前有消息称，该车满载
    化学物品并发生爆炸，但据…核实，该车属于返程空车，…并未发生爆炸"."""
    sa, sb = _sentence_at(text, s)
    if RUMOURED.search(text, max(a, sa), s) is None:
        return False
    # (or the next sentence, an official bulletin, tells what it was: "网传…发生爆炸事故，…其中四人死亡。…应急管理局
    # 发布情况通报，系…发生二氧化碳泄漏事故")
    return RUMOUR_CORRECTED.search(text, s, sb) is not None or RUMOUR_SETTLED.match(text, sb) is not None


def _blast_collapse(hit: tuple[str, int, int], hits: list[tuple[str, int, int]]) -> bool:
    """A collapse or a fall after an explosion told before it in the same piece of text."""
    return hit[0] in ("坍塌", "高处坠落") and any(h[0] in BLAST_CODES and h[2] <= hit[1] for h in hits)


def _leak_told(norm: str) -> bool:
    """Whether the text tells gas leaking (not in the page's furniture): a vapour cloud, not a vessel, blew up."""
    return any(not in_furniture(norm, m.start()) for m in GAS_LEAK.finditer(norm))


def _crane_tipped(text: str, s: int, e: int) -> bool:
    """Whether the tipping word at text[s:e] is a crane's: "吊车侧翻", "侧翻吊车的驾驶室"."""
    return bool(CRANE_BEFORE.search(text, max(0, s - 26), s) or CRANE_AFTER.match(text, e))


# a person's fall, right before the fall word: a slip only a person makes ("不慎从6米高处坠落"), or a worker falling
# (from somewhere: "维修工从5楼坠落", "空调维修工坠楼女子险被砸中")
PERSON_FELL = re.compile(
    r"(?:不慎|失足|踩空)[^，,。；;\n]{0,10}$|(?:工|员|男子|女子|师傅)(?:(?:不慎)?(?:从|自)[^，,。；;\n]{0,10})?$"
)


def _falling_object(text: str, hit: tuple[str, int, int], hits: list[tuple[str, int, int]]) -> bool:
    """A fall word that describes the thing striking someone: "被高处坠落的钢管砸中", "被掉落的模板击中", or the
    thing that fell and then struck, told in the same or the next clause ("模板从高处坠落，砸中下方作业的工人",
    "钢板坠落将下方工人砸死")."""
    code, s, e = hit
    if code == "车辆伤害" and text[s:e] in TIPPED:
        # a thing, not a vehicle, tipping onto someone: "不慎将上方一块石材荒料弄侧翻并砸在其本人身上"
        sa = max(text.rfind(p, 0, s) for p in "，,。；;\n") + 1
        struck = STRUCK.search(text, e, e + 8)
        if struck is None or "车" in text[sa:s]:
            return False
        return not re.search(r"[，,。；;\n]", text[e : struck.start()])
    if code != "高处坠落":
        return False
    thing = THING_FELL.search(text, max(0, s - 14), e)
    if thing is not None and thing.end() == e:
        return True  # a thing named as what fell: "发生模板坠落事故"
    if text[e : e + 1] == "的":
        if text[e + 1 : e + 3] in ("同时", "时候", "过程", "瞬间"):
            return False
        clause_end = min([x for x in (text.find(p, e) for p in "，,。；;\n") if x >= 0] or [len(text)])
        return any(c == "物体打击" and e < s2 < clause_end for c, s2, _e2 in hits)
    if PERSON_FELL.search(text, max(0, s - 16), s):
        return False  # a person who fell onto someone below: "维修工不慎从5楼坠落，砸中一楼正在浇花的女子"
    stop = min([x for x in (text.find(p, e) for p in "。；;\n") if x >= 0] or [len(text)])
    struck = STRUCK.search(text, e, min(stop, e + 16))
    return struck is not None and len(re.findall("[，,]", text[e : struck.start()])) <= 1


# the fall of the person a collapse dropped, within the next clause
FELL_THROUGH = re.compile(r"坠\s*落|坠\s*入|跌\s*落|跌\s*入|掉\s*入|摔\s*落|摔\s*下")


def _gave_way_under(text: str, hit: tuple[str, int, int]) -> tuple[str, int, int] | None:
    """The fall of someone a surface gave way under, told in the clause after the collapse word ("…突然塌落，姜某
    坠入罐内"), as the hit to take instead of the collapse; None when the hit is no such collapse."""
    code, _s, e = hit
    if code != "坍塌":
        return None
    ends = [x for x in (text.find(p, e) for p in "，,。；;\n") if x >= 0]
    stop = min([x for x in ends if text[x] in "。；;\n"] or [len(text)])
    first = min(ends or [stop])
    second = min([x for x in (text.find(p, first + 1) for p in "，,。；;\n") if x >= 0] or [stop])
    fell = FELL_THROUGH.search(text, e, min(stop, second))
    return ("高处坠落", fell.start(), fell.end()) if fell else None


def _thrown_by_blast(text: str, s: int) -> bool:
    """Whether the sentence before the fall word at s tells the faller blown up: "被炸得飞起来，…摔落"."""
    sa = max(text.rfind(p, 0, s) for p in "。；;\n") + 1
    return BLOWN.search(text, sa, s) is not None


def _blasting_site(norm: str) -> bool:
    """Whether the text names a place or a work of blasting (`BLASTING_SITE`); charging fireworks in a works is no
    blasting ("在合球房给礼花弹装药的乔某被炸死", or in a fireworks works the text names: "爆竹厂…效果车间在装药时
    发生爆炸")."""
    for m in BLASTING_SITE.finditer(norm):
        ca = max(norm.rfind(p, 0, m.start()) for p in "，,。；;\n") + 1
        if m.group() == "装药" and (FIREWORKS.search(norm, ca, m.start()) or FIREWORKS_TRADE.search(norm)):
            continue
        return True
    return False


def _rescue_hoist(text: str, s: int) -> bool:
    """Whether the lifting word at s is rescuers hoisting someone, told before it in its clause (`RESCUE_HOIST`)."""
    ca = clause_start(text, s)
    return RESCUE_HOIST.search(text, ca, s) is not None


def _brought_in(text: str, s: int) -> bool:
    """Whether the word at s is equipment its clause says was brought to the scene ("调集重型起吊车辆"), or used to
    rescue people ("工地上的吊车赶紧用吊篮将另外两名工人救下")."""
    ca = clause_start(text, s)
    cb = min((e for e in (text.find(p, s) for p in "，,。；;\n") if e >= 0), default=len(text))
    return BROUGHT_IN.search(text, ca, s) is not None or RESCUED_WITH.search(text, s, cb) is not None


def _place_word(text: str, s: int, e: int) -> bool:
    """Whether the word at text[s:e] is where something happened: "从塔吊上", "在升降机顶部" (or a hoist's frame or
    shaft: "在提升机框架九层…作业时从提升机孔洞坠落"), or the way the victims went up: "两人乘坐施工电梯上到12层"."""
    if RIDDEN_UP.match(text, e) and text[max(0, s - 2) : s].endswith(("乘坐", "乘", "坐")):
        return True
    return text[max(0, s - 2) : s].endswith(("从", "自", "在")) and text[e : e + 1] in PLACE_AFTER


# what follows a lifting machine's word that makes it a place (see `_place_word`)
PLACE_AFTER = ("上", "顶", "臂", "内", "框", "孔", "井")
# a floor reached by a hoist ridden, after its word: "乘坐施工电梯上到B05号楼12层"
RIDDEN_UP = re.compile(r"(?:上到|上至|升至|到达)[^，,。；;]{0,10}?[层楼]")


# the work on a crane its crew did, or the climbing of it, before the crane's word: "在拆除塔吊时", "正在安装塔吊",
# "攀爬塔吊，爬到塔吊中部"
CRANE_WORK_BEFORE = re.compile(r"(?:拆除|拆卸|安装|加节|顶升|维修|检修|保养|攀爬|爬上|爬到|登上)(?:一台|的)?$")
# a crane word naming a trade: "塔吊的操作员", "塔吊司机", "塔吊指挥员"
CRANE_TRADE = re.compile(r"(?:的)?(?:操作员|操作工|司机|指挥员|信号工|司索工)")
# what skids, before 打滑: a vehicle, its wheels (not a person slipping, GB 6441's 其他伤害)
SKIDDING_BEFORE = re.compile(r"(?:车|车辆|车轮|轮胎|轮子)$")
# mechanisms whose falling material is what struck the victims (GB 6441 classes them by the fall, not the blow)
STRUCK_BY_ITS_FALL = ("冒顶片帮", "坍塌")


def _crane_worked_on(text: str, a: int, b: int, hit: tuple[str, int, int], hits: list[tuple[str, int, int]]) -> bool:
    """Whether the crane word of `hit` is the object of the work the victims did or the place they climbed
    (在拆除塔吊时, 攀爬塔吊), and its sentence tells a fall from height and no crane word otherwise (the person
    falling, not the crane or its load)."""

    def worked_on(h: tuple[str, int, int]) -> bool:
        return CRANE_WORK_BEFORE.search(text, max(a, h[1] - 4), h[1]) is not None

    if not worked_on(hit):
        return False
    sa, sb = _sentence_at(text, hit[1])
    here = [h for h in hits if sa <= h[1] < min(sb, b)]
    return any(h[0] == "高处坠落" for h in here) and all(worked_on(h) for h in here if h[0] == "起重伤害")


def _skidding(text: str, a: int, s: int) -> bool:
    """Whether 打滑 at s is a vehicle's or its wheels' (see SKIDDING_BEFORE)."""
    return SKIDDING_BEFORE.search(text, max(a, s - 3), s) is not None


def _without_causes(text: str, hits: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Hits (sorted by start) without those the text presents as leading to a later, different mechanism before
    the casualties ("相撞，导致溶剂油泄漏，继而引发爆燃，…造成20人死亡": the collision is not how they died)."""
    out = []
    for i, (code, s, e) in enumerate(hits):
        end = min([x for x in (text.find(p, e) for p in "。；;\n") if x >= 0] or [len(text)])
        res = CASUALTY_RESULT.search(text, e, end)
        limit = res.start() if res else end
        # (the harm words of 其他伤害 follow any mechanism: "液氨泄漏，导致2人冻伤" is the leak's; and what a roof
        # fall or a collapse brought down struck its victims: "发生顶板冒落事故，导致1名井下作业人员被砸" is the roof's)
        later = [
            h
            for h in hits[i + 1 :]
            if h[1] < limit
            and h[0] not in (code, "其他伤害")
            and not (h[0] == "物体打击" and code in STRUCK_BY_ITS_FALL)
            # (an explosion that set off a fire stays the accident unless its sentence goes on to the harm the fire
            # did: "发生爆炸，引发火灾。…事故已造成1人死亡" is the explosion's; "发生爆炸，引发大火，造成4人受伤"
            # the fire's)
            and not (code == "其他爆炸" and h[0] == "火灾" and res is None)
        ]
        if later and any(
            CONSEQUENCE.search(text, e, h[1])
            or CONSEQUENCE_AFTER.fullmatch(text, e, h[1])
            or (code == "车辆伤害" and text[s:e] not in CLASS_WORDS and h[0] in AFTER_VEHICLE)
            for h in later
        ):
            continue
        out.append(hits[i])
    return out or hits


def _swept_by_water(text: str, a: int, hit: tuple[str, int, int]) -> bool:
    """Whether a 卷入/卷进 hit is water taking someone in ("被卷入水中", "被水卷进闸门涵洞")."""
    if text[hit[1] : hit[2]] not in ("卷入", "卷进"):
        return False
    water = SWALLOWED_BY_WATER.match(text, hit[2])
    if water is not None:
        # (not a machine named for what it moves: "卷入了河沙输送机", "卷入水泵")
        return not MACHINE_NAMED_AFTER.match(text, water.end())
    return bool(SWEPT_BY.search(text, max(a, hit[1] - 1), hit[1]))
