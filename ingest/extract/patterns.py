"""Gazetteers built from the ontology (taxonomies) and from chemical data, plus the role and place vocabularies.

Chemicals come from three places, merged: a small built-in list of common hazardous goods (names, synonyms and
CAS numbers written here from the 危险化学品目录 2015), the demo chemical file `kb/demo/chemicals.yaml` when it
exists, and name/CAS tables under `../shared/data/cn-hazchem-catalog` when that folder exists. The extractor works
without any of the files; a caller may also pass its own gazetteer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ontology import Ontology, load

ROOT = Path(__file__).resolve().parents[2]
DEMO_CHEMICALS = ROOT / "kb" / "demo" / "chemicals.yaml"
SHARED_CATALOG = ROOT.parent / "shared" / "data" / "cn-hazchem-catalog"
EXTRA_CHEMICALS = Path(__file__).with_name("chemicals_extra.tsv")
CAS_RE = re.compile(r"^\d{2,7}-\d{2}-\d$")

# (canonical name, CAS or "", synonyms). Common goods of hazmat transport and storage accidents.
BUILTIN_CHEMICALS: list[tuple[str, str, tuple[str, ...]]] = [
    ("液化石油气", "68476-85-7", ("液化气", "石油液化气", "LPG", "石油气")),
    ("氯", "7782-50-5", ("液氯", "氯气")),
    ("氨", "7664-41-7", ("液氨", "氨气", "无水氨", "气氨")),  # 气氨: gaseous ammonia, as plants name it beside 液氨
    ("甲醇", "67-56-1", ("木醇", "木精")),
    ("乙醇", "64-17-5", ("酒精", "无水乙醇")),
    ("苯", "71-43-2", ("纯苯",)),
    ("粗苯", "", ()),
    ("甲苯", "108-88-3", ()),
    ("二甲苯", "1330-20-7", ()),
    ("苯乙烯", "100-42-5", ()),
    ("苯酚", "108-95-2", ("石炭酸",)),
    ("粗酚", "", ()),
    ("丙酮", "67-64-1", ()),
    ("丙酮氰醇", "75-86-5", ()),
    ("乙酸乙酯", "141-78-6", ("醋酸乙酯",)),
    ("异辛烷", "540-84-1", ("2,2,4-三甲基戊烷",)),
    ("汽油", "86290-81-5", ("车用汽油",)),
    ("柴油", "", ()),
    ("煤油", "8008-20-6", ("航空煤油", "航煤", "航油")),
    ("原油", "8002-05-9", ("石油原油",)),
    ("石脑油", "8030-30-6", ()),
    ("天然气", "8006-14-2", ("液化天然气", "LNG", "压缩天然气", "CNG")),
    ("甲烷", "74-82-8", ("沼气",)),
    ("乙烷", "74-84-0", ()),
    ("丙烷", "74-98-6", ()),
    ("丁烷", "106-97-8", ()),
    ("乙烯", "74-85-1", ()),
    ("丙烯", "115-07-1", ()),
    ("乙炔", "74-86-2", ("溶解乙炔", "电石气")),
    ("碳化钙", "75-20-7", ("电石",)),
    ("黄磷", "12185-10-3", ("白磷",)),
    ("五硫化二磷", "1314-80-3", ("五硫化磷",)),
    ("氯乙烯", "75-01-4", ()),
    ("二氯乙烷", "107-06-2", ("1,2-二氯乙烷",)),
    ("环氧乙烷", "75-21-8", ()),
    ("丙烯腈", "107-13-1", ()),
    ("盐酸", "7647-01-0", ("氯化氢", "浓盐酸", "稀盐酸")),  # (a dilute acid is the same substance)
    ("硫酸", "7664-93-9", ("浓硫酸", "稀硫酸", "发烟硫酸")),
    ("硝酸", "7697-37-2", ("浓硝酸", "稀硝酸")),
    ("氢氟酸", "7664-39-3", ("氟化氢", "无水氟化氢")),
    ("氢氧化钠", "1310-73-2", ("烧碱", "液碱", "火碱")),
    ("次氯酸钠", "7681-52-9", ()),
    ("氰化钠", "143-33-9", ()),
    ("氰化钾", "151-50-8", ()),
    ("氰化氢", "74-90-8", ("氢氰酸",)),
    ("硫化氢", "7783-06-4", ()),
    ("一氧化碳", "630-08-0", ()),
    ("二氧化硫", "7446-09-5", ()),
    ("光气", "75-44-5", ("碳酰氯",)),
    ("氧", "7782-44-7", ("氧气", "液氧")),
    ("氮", "7727-37-9", ("氮气", "液氮")),
    ("氢", "1333-74-0", ("氢气", "氢气球")),  # 氢气球: hydrogen balloons, whose blasts reports tell (one jieba word)
    ("二氧化碳", "124-38-9", ("液态二氧化碳",)),
    ("甲醛", "50-00-0", ("福尔马林",)),
    ("硝酸铵", "6484-52-2", ("硝铵",)),
    ("连二亚硫酸钠", "7775-14-6", ("保险粉",)),
    ("过氧化氢", "7722-84-1", ("双氧水",)),
    ("二硫化碳", "75-15-0", ()),
    ("正己烷", "110-54-3", ()),
    ("苯胺", "62-53-3", ()),
    ("硝基苯", "98-95-3", ()),
    ("间二硝基苯", "99-65-0", ("1,3-二硝基苯",)),
    ("氯酸钠", "7775-09-9", ()),
    ("氯酸钾", "3811-04-9", ()),
    # solvents, intermediates and reagents common in road transport and plant accidents
    ("环己酮", "108-94-1", ()),
    ("环己烷", "110-82-7", ()),
    ("甲基叔丁基醚", "1634-04-4", ("MTBE",)),
    ("乙醚", "60-29-7", ()),
    ("四氢呋喃", "109-99-9", ()),
    ("异丙醇", "67-63-0", ()),
    ("正丁醇", "71-36-3", ("丁醇",)),
    ("乙二醇", "107-21-1", ()),
    ("乙二醇丁醚", "111-76-2", ("乙二醇单丁醚",)),
    ("乙腈", "75-05-8", ()),
    ("乙酸", "64-19-7", ("醋酸", "冰醋酸", "冰乙酸")),
    ("乙酸乙烯酯", "108-05-4", ("醋酸乙烯", "醋酸乙烯酯")),
    ("丙烯酸", "79-10-7", ()),
    ("甲基丙烯酸甲酯", "80-62-6", ()),
    ("丙烯醛", "107-02-8", ()),
    ("环氧丙烷", "75-56-9", ()),
    ("1,3-丁二烯", "106-99-0", ("丁二烯",)),
    ("异丁烯", "115-11-7", ()),
    ("二甲醚", "115-10-6", ()),
    ("氯甲烷", "74-87-3", ("一氯甲烷",)),
    ("二氯甲烷", "75-09-2", ()),
    ("三氯甲烷", "67-66-3", ("氯仿",)),
    ("四氯化碳", "56-23-5", ()),
    ("三氯乙烯", "79-01-6", ()),
    ("四氯乙烯", "127-18-4", ()),
    ("氯苯", "108-90-7", ()),
    ("一甲胺", "74-89-5", ("甲胺",)),
    ("二甲胺", "124-40-3", ()),
    ("三甲胺", "75-50-3", ()),
    ("N,N-二甲基甲酰胺", "68-12-2", ("二甲基甲酰胺", "DMF")),
    ("甲苯二异氰酸酯", "26471-62-5", ("TDI",)),
    ("硫酸二甲酯", "77-78-1", ()),
    ("石油醚", "8032-32-4", ()),
    ("磷酸", "7664-38-2", ()),
    ("氯磺酸", "7790-94-5", ()),
    ("三氯化磷", "7719-12-2", ()),
    ("三氯氧磷", "10025-87-3", ("磷酰氯",)),
    ("氯化亚砜", "7719-09-7", ("亚硫酰氯",)),
    ("溴", "7726-95-6", ("溴素", "液溴")),
    ("氢氧化钾", "1310-58-3", ("苛性钾",)),
    ("硫化钠", "1313-82-2", ("臭碱", "硫化碱")),
    ("次氯酸钙", "7778-54-3", ("漂白粉", "漂粉精")),
    ("高锰酸钾", "7722-64-7", ()),
    ("过氧乙酸", "79-21-0", ("过乙酸",)),
    ("硫磺", "7704-34-9", ("硫黄",)),
    ("乙苯", "100-41-4", ()),
    ("红磷", "7723-14-0", ("赤磷",)),
    ("铝粉", "7429-90-5", ()),
    ("镁粉", "7439-95-4", ()),
    ("氨水", "1336-21-6", ()),
    ("三氯氢硅", "10025-78-2", ("三氯硅烷",)),
    # organic peroxides (catalogue names and their common aliases)
    ("过氧化二叔丁基", "110-05-4", ("二叔丁基过氧化物",)),
    ("过氧化甲基乙基酮", "1338-23-4", ("过氧化甲乙酮", "过氧化丁酮")),
    ("过氧化苯甲酰", "94-36-0", ("过氧化二苯甲酰",)),
    # fuels and oil products by their trade names (溶剂油: 抽余油 is sold as solvent oil; 重油 is a fuel oil)
    ("溶剂油", "", ("抽余油",)),
    ("燃料油", "68476-33-5", ("重油", "燃料油品")),
    ("煤焦油", "8007-45-2", ()),
    ("油品", "", ("成品油",)),
    ("煤气", "", ("焦炉煤气", "水煤气", "发生炉煤气", "高炉煤气", "转炉煤气")),
    ("稀释剂", "", ("天那水", "天拿水", "香蕉水")),  # (天拿水: the Cantonese spelling)
    # explosives and their raw materials (民用爆炸物品, 烟花爆竹 药物)
    ("黑火药", "", ()),
    ("炸药", "", ("土炸药",)),  # (土炸药: home-made explosive, as illegal quarrying uses)
    ("改性铵油炸药", "", ()),
    ("铵油炸药", "", ()),
    ("乳化炸药", "", ()),
    ("硝铵炸药", "", ()),
    ("三硝基甲苯", "118-96-7", ("TNT", "梯恩梯")),
    ("硝酸钾", "7757-79-1", ("军工硝", "火硝")),
    ("硝化棉", "9004-70-0", ("硝化纤维素", "硝酸纤维素")),
]
# Chemical formulas written in reports (H2S, NH3 …): the same substances as the names above.
FORMULAS: dict[str, str] = {
    "H2S": "硫化氢",
    "NH3": "氨",
    "Cl2": "氯",
    "SO2": "二氧化硫",
    "HCl": "盐酸",
    "H2SO4": "硫酸",
    "HNO3": "硝酸",
    "NaOH": "氢氧化钠",
    "NaCN": "氰化钠",
    "CH4": "甲烷",
    "C2H2": "乙炔",
    # the gases of a process ("引入工艺气体（N2、H2混合气体）"); not CO, which news texts write for other things
    "H2": "氢",
    "N2": "氮",
    "O2": "氧",
    "CO2": "二氧化碳",
}

# Words that name an accident category, or a mechanism that decides one (GB 6441-1986 codes on the left).
# Order matters inside one piece of text: the first category in ACCIDENT_PRIORITY that matches wins.
ACCIDENT_KEYWORDS: dict[str, tuple[str, ...]] = {
    # (and harmful gas bursting out in a mine, which mine reports name as the accident: "发生有害气体涌出事故")
    # (smoke or fumes that killed or felled: "矿主违规爆破开采石矿，却被浓烟熏死")
    "中毒和窒息": (
        "中毒和窒息",
        "中毒",
        "窒息",
        "缺氧",
        "刺激反应",
        "刺激性反应",
        "有害气体涌出",
        "有毒气体涌出",
        "熏死",
        "熏倒",
        # (a confined space's accident, as regulators name it: "发生一起有限空间事故，造成3人死亡"; the read texts
        # that name one are all labelled so)
        "有限空间事故",
        "有限空间作业事故",
    ),
    "车辆伤害": (
        "车辆伤害",
        "交通事故",
        # (the vehicle that caused it, as police name it: "民警找到了肇事车辆")
        "肇事车",
        # (a mine's haulage: "运输平板车掉道", "斜井跑车事故"; a train leaving its rails: "第一节车厢脱轨，导致司机室
        # 暖风装置坠落")
        "掉道",
        "脱轨",
        "跑车事故",
        "交通安全事故",
        "道路交通",
        "追尾",
        "侧翻",
        "翻车",
        "翻覆",
        "相撞",
        "碰撞",
        "冲出路面",
        "驶出路外",
        # (one vehicle alone, as traffic police name it: "小型客车在鹤哈高速313公里处发生单方事故，造成5人死亡")
        "单方事故",
        "单车事故",
        "坠崖",
        "撞倒",
        "碾压",
        # (run down: "一辆进站公交车在调头时不慎碾倒一女子")
        "碾倒",
        # a vehicle striking or running over someone, or leaving the road
        "撞上",
        "撞死",
        "被撞",
        "刮擦",
        "剐蹭",
        # (a train brushing track workers, a wheel running over someone: "货物列车与侵入下行线的施工作业人员发生刮碰",
        # "倒车时直接从老耿头上碾过")
        "刮碰",
        "碾过",
        "轧死",
        "冲出护栏",
        "翻下",
        "翻入",
        "叉车",
        "铲车",
        # a vehicle reversing onto someone, or drawing someone under its wheels ("搅拌车将女孩卷进车轮下")
        "倒车",
        "卷进车轮",
        "卷入车轮",
        "卷进车底",
        "卷入车底",
        # a vehicle striking someone or running over them, the vehicle named before the verb ("被车撞到", "货车撞倒",
        # "修车工人在补轮胎时不慎被车轧过")
        "车撞",
        "车轧",
        # motor vehicles of works and mines, and locomotives (GB 6441 车辆伤害 covers vehicles in works; not 火车,
        # which names places: 火车站)
        "推土机",
        "装载机",
        "矿车",
        "胶轮车",
        "机车",
        # a tractor, a motor vehicle of GB 6441's 车辆伤害 (not a harvester, whose cutters and rollers catch people:
        # "被卷入农用收割机" is 机械伤害)
        "拖拉机",
    ),
    "起重伤害": (
        "起重伤害",
        # (a lifting machine's, as housing bureaus class them: "发生一起起重机械伤害类事故"; not 机械伤害 inside it)
        "起重机械伤害",
        "塔吊",
        "塔机",
        "塔式起重机",
        "起重机",
        "升降机",
        "龙门吊",
        "门式起重机",
        "吊装",
        "吊车",
        # a bridge girder erector, a lifting machine under the special-equipment rules (TSG: 架桥机 is a 起重机械), and
        # a tower crane as Hong Kong papers name it ("地盤的天秤突然倒塌")
        "架桥机",
        "天秤",
        # (and as Taiwan papers name it: "吊塔卻突因不明原因倒塌"; an overhead travelling crane as Taiwan papers and
        # plants call it, and a crane as Hong Kong papers do: "不慎被天車夾爆頭", "被俗稱「龍門架」的吊機輾過")
        "吊塔",
        "天车",
        "吊机",
        # construction hoists: their cage (吊笼, 梯笼) falling is a hoist failure
        "施工电梯",
        "外用电梯",
        # (a site's passenger-and-goods hoist, and a lift falling: "发生一起人货电梯坠落事故", "工地电梯坠落12人死";
        # lifts are lifting machinery under the special-equipment rules)
        "人货电梯",
        "电梯坠落",
        "物料提升机",
        "提升机",
        "吊笼",
        "梯笼",
        # a mine shaft's cage, hoisted (罐笼坠落 is a hoisting accident, not a fall from height), and its fall told as
        # one word ("金矿发生一起坠罐事故")
        "罐笼",
        "坠罐",
        # (and its skip, hoisting the mineral: "副斜井发生因箕斗连接装置断裂造成箕斗下滑"; and a sinking shaft's
        # bucket: "用作提升吊桶的钢丝绳突然断裂，令吊桶急速坠落井底")
        "箕斗",
        "吊桶",
        # a mechanical car park, lifting machinery under the special-equipment catalogue (特种设备目录: 机械式停车设备
        # is a class of 起重机械): "社区大楼机械车位突然启动，导致1岁幼童…", "立体车库开门桥箱没上来，司机开车意外掉下"
        *("机械车位", "立体车库", "机械式停车"),
        # hoisting a load, and the load itself (GB 6441: a load falling or swinging in lifting work is 起重伤害)
        # (and the load falling as it was hoisted: "发生一起冷水壁起吊坠落事故"; not 起吊 alone, how a tanker that
        # overturned is lifted back: "侧翻的罐车被起吊扶正")
        "吊运",
        "吊物",
        "起吊坠落",
        # a crane's hook, boom and slings
        "吊钩",
        "吊臂",
        "塔臂",
        "起重臂",
        "平衡臂",
        "吊索",
        "吊具",
    ),
    "锅炉爆炸": ("锅炉爆炸",),
    # GB 6441-1986 defines 瓦斯爆炸 as firedamp or coal dust mixed with air meeting a source of ignition: a coal-dust
    # explosion is of this class, alone or told with the gas ("瓦斯、煤尘爆炸" ends in the same words)
    "瓦斯爆炸": ("瓦斯爆炸", "瓦斯煤尘爆炸", "煤尘爆炸"),
    "火药爆炸": (
        *("火药爆炸", "炸药爆炸", "雷管爆炸", "烟花爆竹爆炸", "民爆物品爆炸", "黑火药"),
        # (munitions, which are explosives too: "首都一军火库发生爆炸", "弹药库爆炸")
        *("军火库爆炸", "军火库发生爆炸", "弹药库爆炸", "弹药库发生爆炸", "弹药爆炸"),
    ),
    "容器爆炸": (
        "容器爆炸",
        "气瓶爆炸",
        "钢瓶爆炸",
        "储罐爆炸",
        "瓶爆炸",
        "压力容器爆炸",
        "储罐发生爆炸",
        "气瓶爆裂",
        "钢瓶爆裂",
        # an air receiver blowing up (a shell bursting: VESSEL_BURST in accident_type.py); not 气罐爆炸, which names
        # bottled gas that leaked and blew up (液化气罐爆炸, 煤气罐爆炸: see LPG_BURST)
        "储气罐爆",
    ),
    # (flash fires and flashovers of gas or vapour: "液化气轰燃", "罐体内部可燃性气体发生闪燃", "产生瞬燃")
    # (and a vessel's implosion as the press names it: "乙炔炭黑水储罐疑似内爆事故")
    # (and a gas explosion as Taiwan papers write it: "下水道工程不慎挖到中油管线，发生气爆意外")
    # (a dust explosion as Taiwan papers shorten it: "碾米厂尘爆起火")
    "其他爆炸": ("其他爆炸", "爆炸", "闪爆", "爆燃", "燃爆", "轰燃", "瞬燃", "闪燃", "内爆", "气爆", "尘爆"),
    # (and a fire as official notices name it: "渣油加氢装置发生火情", "华仑大厦突发火情", "引燃易燃物，导致火情发生")
    "火灾": (
        # (着火 as traditional texts keep writing it: "渣油换热器26日发生洩露著火")
        *("火灾", "着火", "著火", "起火", "燃烧", "失火", "烧死", "大火", "燃起", "自燃"),
        *("发生火情", "突发火情", "引发火情", "导致火情", "引起火情", "出现火情"),
    ),
    # (GB 6441 触电 includes lightning; a live line falling on or touched by someone)
    # (a high-voltage line written in full, someone knocked down by the current: "触碰高压电线造成2死1伤",
    # "3人被电倒在地")
    "触电": (
        *("触电", "电击", "电死", "雷击", "高压线", "高压电线", "触及带电", "接触带电", "碰触带电", "外壳带电"),
        *("被电打", "被电倒"),
        # (an electrician hurt by the current he worked with, his burns its: "电工…施工时用电不慎受伤 脸焦手焦")
        "用电不慎",
        # (the current or the voltage named: "不慎接触到万伏电压，随后当场昏迷", "电流击穿空气介质后打到王某手上")
        *("电流击", "万伏电压"),
        # (and burns by the current or its arc: GB 6441's 灼烫 leaves out 电灼伤, which are this class's: "误触高压电遭
        # 灼伤", "初步诊断，工人属电弧烧伤")
        *("高压电", "电弧烧伤", "电弧灼伤", "电灼伤", "电烧伤"),
    ),
    # (and the falling into water itself, a boat capsized, someone who could not swim)
    "淹溺": (
        "淹溺",
        "溺水",
        "溺亡",
        "溺死",
        "淹死",
        # (as Hong Kong papers write it: "3名工人当场遇溺被困"; and Taiwan's, "1工人溺斃下水道")
        "遇溺",
        "溺毙",
        "落水",
        "掉进水",
        "掉进了水",
        "掉入水",
        "落入水",
        "跌入水",
        # (a pool of water, slurry or pulp: "不慎连人带车掉入池中"; a poisoning in a pit ranks above)
        "掉入池",
        "掉进池",
        "落入池",
        "跌入池",
        # (swept away by water: "3名工人在清理污水管道时被水冲走后身亡")
        "被水冲走",
        "被洪水冲走",
        "被激流冲走",
        "被急流冲走",
        "被雨水冲走",
        "被河水冲走",
        "翻船",
        "不会游泳",
        # (a boat going down with people aboard; people engulfed by water in a pit or a pipe: "被突然灌进的积水淹没")
        "沉没",
        "翻沉",
        # (told as the accident's name: "老龙头景区外海域发生沉船事故，目前已导致船上4人死亡")
        "沉船",
        # (a boat turned over: "渔船被不明船舶碰撞后翻扣海面")
        "翻扣",
        "被淹没",
        "积水淹没",
        "被水淹没",
    ),
    # a 吊篮 (suspended work platform) is not a crane: its workers fall from height
    # (a person stepping into a void: "一脚踏空掉入电梯井底坑")
    "高处坠落": (
        "高处坠落",
        # (as notices shorten it: "项目发生高坠，1人死亡")
        "高坠",
        "坠落",
        "坠亡",
        # (a ladder giving way under the climber, the longer word winning over 断裂 or 垮塌: "施工中发生云梯断裂，导致
        # 两死一伤", "梯子滑倒"; not a lift's, "升降梯折断", a hoist's failure)
        *("梯子断裂", "梯子折断", "梯子滑倒", "梯子倒下", "梯子倾倒", "云梯断裂", "云梯垮塌", "云梯倒塌", "竹梯断裂"),
        "吊篮",
        "坠楼",
        "摔下",
        "跌落",
        "踏空",
        "摔落",
        "坠下",
        "坠地",
        # as people say it: "从上面掉下来", "从架子上摔了下来", "从舷边踩空掉下去了"
        "掉下来",
        "掉了下来",
        "摔了下来",
        "掉下去",
        "掉了下去",
        "摔下去",
        "摔了下去",
        "踩空",
        # (fallen down to a floor: "不幸从四楼电梯坠至一楼", "从屋顶掉到地面摔伤")
        "坠至",
        "摔至",
        "掉到地面",
        "摔到地面",
        "坠到地面",
    ),
    # a structure or its support losing stability (模板支撑体系失稳) is a collapse
    # (a tailings dam giving way: "尾矿库发生溃坝事故")
    # (and people buried, how a collapse, a slide or a silo's grain harms: "被饲料掩埋", "7名工人被埋")
    "坍塌": (
        # (a slope or a face sliding down: "作业点上部的岩石发生顺坡滑塌", "发生一起滑塌事故")
        *("坍塌", "倒塌", "垮塌", "崩塌", "塌陷", "塌方", "滑坡", "塌落", "失稳", "坍方", "坍落", "溃坝", "滑塌"),
        # (a tailings dam's wall giving way, in other words for it: "尾矿库发生溃堤事件", "发生重大垮坝事故"; not
        # 溃决, which tells the water let out as often: "围堰…溃决后的洪水…导致4人死亡" drowned them)
        *("溃堤", "垮坝"),
        # (in a reworded copy's words: "2个装有上百吨水泥熟料的储存罐忽然坍毁")
        *("坍毁", "塌毁"),
        # (a coal bunker's coal bursting out onto the people below: "煤仓下口发生一起较大煤仓溃煤事故，造成5人死亡";
        # or the bunker itself giving way, as mine regulators name it: "发生一起较大煤仓溃仓事故，造成7人遇难")
        "溃煤",
        "溃仓",
        # (a heap of stone powder or spoil giving way, soaked by rain: "石料场发生一起石粉堆场溃塌事故")
        "溃塌",
        # ("发生一起巨石滑落压埋施工人员的意外事故")
        *("被埋", "掩埋", "活埋", "埋压", "压埋"),
        # (a wall falling, as headlines put it: "粮库墙倒砸伤两人"; and toppling over: "一厂房墙面倒覆")
        "墙倒",
        "倒覆",
    ),
    # a mine roof falling in ("顶板冒落", "顶板垮落", "顶板塌落": the longer word wins over 塌落, see `_type_in`)
    # (and the mine regulators' names for it: "发生一起顶板事故"; a rock burst, "矿震", "冲击地压", brings the roof
    # and sides down on the miners)
    "冒顶片帮": (
        *("冒顶", "片帮", "冒落", "片落", "顶板垮落", "顶板塌落", "顶板坍塌", "顶板事故"),
        # (with the grade between, as the regulators name one: "发生一起顶板重大事故"; or the floor giving way too,
        # "顶板(漏底)重大事故")
        *("顶板一般事故", "顶板较大事故", "顶板重大事故", "顶板特别重大事故", "顶板(漏底)"),
        *("矿震", "冲击地压"),
        # (a coal mine's dynamic phenomenon, as its notices name a rock burst: "风井煤柱区F5010联络巷发生动力现象，7人
        # 死亡"; not firedamp's, "瓦斯动力现象", an outburst)
        "发生动力现象",
    ),
    # water (and mud) bursting into a pit, shaft or tunnel: 突涌, 突水, 涌水
    # (and seepage, as mine reports name it: "恒太煤矿在8月23日发生矿坑渗水事故")
    # (and a mine's water disaster, as official reports name it: "杉木树煤矿“12·14”较大水害事故")
    # (a water course bursting onto people at work: "企业清理排洪隧洞时溃水，将作业人员冲入沉淀池")
    # (and a mine's water disaster as news names it: "鑫永丰煤矿发生水灾事故，当班井下作业人员24人"; a pit flooded,
    # "122名矿工估计已经在一个多星期前淹水的矿井内死亡")
    # (and water-laden mud bursting into the workings: "采空区垮冒溃浆事故", "突然发生淤泥喷涌，并伴有积水")
    "透水": (
        *("透水", "突涌", "突水", "涌水", "突泥", "溃水", "渗水事故", "水害事故", "水灾事故", "溃浆", "淤泥喷涌"),
        *("矿井淹水", "淹水的矿井"),
    ),
    # blasting work and its misfires and fly-rock (GB 6441 放炮: 爆破作业中发生的伤亡事故), ahead of the explosives'
    # own class (火药爆炸 is their making, storing and carrying)
    # (the charge lit and going off: "爆破员张华安在点炮时…炮响后，乱石横飞")
    # (and the accident of blasting work as such: "发生爆破伤亡事故", "山体爆破事故致一死一伤")
    "放炮": (
        "放炮", "爆破作业", "爆破飞石", "飞石", "哑炮", "盲炮", "残炮", "拒爆", "瞎炮", "点炮", "炮响", "爆破事故",
        "爆破伤亡",
    ),
    # (and a thing that fell onto someone: "除尘管道砸在王XX的右小腿上")
    # (or came down on someone: "半车玻璃片突然砸下，两名工人被压"; and the class as some reports word it: "发生一起
    # 装卸物体伤害事故")
    # (砸人 as the accident's name: "发生水泥管道砸人事故")
    "物体打击": (
        "物体打击", "物体伤害", "砸中", "砸死", "击中", "砸伤", "被砸", "砸到", "砸在", "砸下", "砸倒", "砸人"
    ),
    # (a machine's gears or blades catching or cutting a hand: "袖口被齿轮啮住", "割刀闪动将齐某手指切断")
    "机械伤害": (
        "机械伤害",
        # the housing ministry's class of construction accidents for machines and power tools on site ("发生一起施工
        # 机具伤害生产安全事故"): GB 6441's 机械伤害
        "机具伤害",
        # (and a mine's machine that hurt someone: "胶带输送机机头发生一起机械伤人事故")
        "机械伤人",
        "卷入",
        "绞伤",
        "绞入",
        "卷进",
        "夹伤",
        "被夹",
        "夹在",
        "绞住",
        "卷住",
        # (a machine's part closing on someone: "头部被电翻锅的翻板夹住")
        "夹住",
        "挤压在",
        "啮住",
        "咬住",
        "绞断",
        "手指切断",
        "切断手指",
        "手指被切断",
        # machines whose moving parts catch, crush or cut (GB 6441 机械伤害: 夹击、碰撞、剪切、卷入、绞、碾、割、刺);
        # named in the harm's sentence they are how the victim was hurt, after any class of higher priority
        "冲床",
        "冲压机",
        "剪板机",
        "圆盘锯",
        "电锯",
        "锯片",
        "皮带轮",
        "传送带",
        "输送带",
        # (a mine's scraper or belt conveyor, which carried the victim into the shearer: "仰面跌倒后被输送机带向采煤机
        # 机尾底部")
        "输送机",
        "搅拌机",
        "搅拌桨",
        "搅拌器",
        "压力机",
        "绞龙",
        "罗拉",
        "轧辊",
        "粉碎机",
        "破碎机",
        "车床",
        "钻床",
        "铣床",
        "刨床",
        # (and the machines of small works, farms and kitchens: "右手手掌不慎被注塑机的钢芯贯穿", "在操作切纸机时…
        # 铡刀将他的9根手指切掉")
        "注塑机",
        "切纸机",
        "裁纸机",
        "裁断机",
        "铡刀",
        "磨床",
        "机床",
        "折弯机",
        "卷板机",
        "压砖机",
        "挤出机",
        "球磨机",
        "和面机",
        "压面机",
        "绞肉机",
        "织布机",
        "梳棉机",
        "印刷机",
        "脱粒机",
        "碾米机",
        # (a boat's propeller: "掉入河里，被螺旋桨当场绞死")
        "螺旋桨",
        # (a drilling or piling rig that toppled onto someone, a machine's accident, not a structure's collapse:
        # "工地发生一起钻机倒塌事故，一名工人被压身亡"; the longer word wins over 倒塌)
        *("钻机倒塌", "钻机倾覆", "钻机侧翻", "桩机倒塌", "桩机倾覆", "桩机侧翻", "桩架倒塌", "桩架倾覆"),
    ),
    # (and the harm of radiation: GB 6441's 灼烫 takes in 光、放射性物质引起的体内外灼伤: "经确诊为一起严重的放射损伤
    # 病例", "造成两名电机维修人员受照", "误触辐射源受伤")
    "灼烫": (
        *("灼烫", "烫伤", "化学灼伤", "灼伤"),
        *("放射损伤", "辐射损伤", "放射病", "受照", "误触放射源", "误触辐射源"),
    ),
    # GB 6441's last class, for harm none of the others names: sprains, falls on the level, frostbite, animals'
    # bites and butts (扭伤、跌伤、冻伤、野兽咬伤; not 扎伤, which the glass of a blast does as often as a nail, nor
    # 摔倒, how people poisoned in a pit fall down)
    # (and heat stroke at work: 中暑, 热射病)
    # (and the housing ministry's class for the rest: "发生一起其他类型生产安全事故，致1人死亡")
    # (and a crowd crush, people trampled: "外滩陈毅广场发生拥挤踩踏事故", "发生大规模人踩人事件"; not a foot on a
    # pedal or a void, "踩踏板")
    "其他伤害": (
        *("其他伤害", "其他类型生产安全事故", "其他类型事故", "扭伤", "冻伤", "咬伤", "咬死", "顶伤", "顶倒", "滑倒"),
        "跌倒",
        *("绊倒", "打滑", "中暑", "热射病"),
        *("踩踏事故", "踩踏事件", "发生踩踏", "引发踩踏", "拥挤踩踏", "被踩踏", "踩踏致", "人踩人"),
    ),
}
ACCIDENT_PRIORITY = (
    "中毒和窒息",
    "车辆伤害",
    "起重伤害",
    "锅炉爆炸",
    "瓦斯爆炸",
    "放炮",
    "火药爆炸",
    "容器爆炸",
    "其他爆炸",
    "火灾",
    "触电",
    "淹溺",
    "坍塌",
    "高处坠落",
    "冒顶片帮",
    "透水",
    "物体打击",
    "机械伤害",
    "灼烫",
    "其他伤害",
)

# Equipment words → equipment_kinds codes (ontology taxonomy); None = recognised but no kind in the taxonomy.
EQUIPMENT_SYNONYMS: dict[str, str | None] = {
    "槽罐车": "槽车",
    "罐车": "槽车",
    "油罐车": "槽车",
    "汽车罐车": "槽车",
    "液化气槽车": "槽车",
    "罐式半挂": "槽车",
    "铁路槽车": "槽车",
    "贮罐": "储罐",
    "油罐": "储罐",
    "液氨储罐": "储罐",
    "塔吊": "起重机",
    "吊塔": "起重机",
    "塔式起重机": "起重机",
    "施工升降机": "起重机",
    "龙门吊": "起重机",
    "吊车": "起重机",
    "输油管线": "管道",
    "管线": "管道",
    "气瓶": "气瓶",
    "钢瓶": "气瓶",
    "叉车": "场(厂)内专用机动车辆",
    "铲车": None,
    "装载机": None,
    "打桩机": None,
}

# Person roles: canonical → surface forms (longest surface wins).
PERSON_ROLES: dict[str, tuple[str, ...]] = {
    "驾驶员": ("驾驶员", "驾驶人", "司机", "驾车人"),
    "押运员": ("押运员", "押运人员"),
    "法定代表人": ("法定代表人", "法人代表"),
    "项目经理": ("项目经理",),
    "项目负责人": ("项目负责人",),
    "项目总监": ("项目总监", "项目总监理工程师", "总监理工程师", "总监"),
    "主要负责人": ("主要负责人",),
    "技术负责人": ("技术负责人",),
    "安全管理人员": ("安全管理人员",),
    "安全员": ("安全员", "专职安全员", "兼职安全员"),
    "安全监察员": ("安全监察员",),
    "操作工": ("操作工", "操作员"),
    "装卸工": ("装卸工", "装卸员", "装卸人员"),
    "卸油工": ("卸油工",),
    "焊工": ("焊工", "电焊工"),
    "厂长": ("厂长",),
    "副厂长": ("副厂长",),
    "总经理": ("总经理",),
    "副总经理": ("副总经理",),
    "董事长": ("董事长",),
    "车间主任": ("车间主任",),
    "副主任": ("副主任",),
    "段长": ("段长", "工段长"),
    "班长": ("班长", "班组长"),
    "处长": ("处长",),
    "副处长": ("副处长",),
    "车主": ("车主",),
    "保安": ("保安",),
    "主任": ("主任",),
    "实际控制人": ("实际控制人",),
    # company posts that narratives write before the name ("业务员易万春", "调度叶继祥", "仓库主任陈承佩")
    **{t: (t,) for t in "经理 副经理 业务员 销售员 保管员 调度员 调度 技术员 搬运工 跟单员".split()},
    **{t: (t,) for t in "采购员 配送员 爆破工 仓库主任 副工段长 车队长 监控员 质检员".split()},
}
# Titles an investigation report gives the people it holds accountable, read only in their identity lines
# ("54.王海波，中共党员，某区工商所所长。", "张三，男，某公司副总经理、安全员，…"), where the person roles above are
# read too: government, Party (书记 among them), police and company posts. Not read elsewhere: "副市长张三赶到现场"
# is a rescue, and officials directing a rescue are not parties (gold conventions). Canonical → surface forms; a
# deputy (副…) is a post of its own.
_DEPUTY_TOO = (
    "局长 厅长 处长 科长 股长 所长 站长 县长 区长 市长 镇长 乡长 省长 主席 主任 部长 院长 队长 大队长"
    " 中队长 支队长 总队长 组长 主委 政委 调研员 主任科员 经理 总经理 董事长 厂长 书记 校长 总工程师"
    " 矿长 段长 馆长 庭长 检察长 主任委员"
)
_TITLES = (
    "指导员 教导员 民警 协警 辅警 警长 执行董事 董事 监事 股东 投资人 承包人 经营者 经营人 实际经营人"
    " 业主 管理人员 负责人 门卫 出纳 安监员 网格员 网格管理员 发运员 检验员 路政员 巡查员 监理员 施工员 班组长"
)
TITLE_ROLES: dict[str, tuple[str, ...]] = {
    **{t: (t,) for t in _DEPUTY_TOO.split()},
    **{"副" + t: ("副" + t,) for t in _DEPUTY_TOO.split()},
    **{t: (t,) for t in _TITLES.split()},
}
TITLE_ROLES["书记"] = ("书记", "党组书记", "党委书记", "党支部书记", "党总支书记", "党工委书记")
TITLE_ROLES["副书记"] = ("副书记", "党组副书记", "党委副书记", "党工委副书记")
# Unit roles: canonical → surface forms.
UNIT_ROLES: dict[str, tuple[str, ...]] = {
    "建设单位": ("建设单位",),
    "施工单位": ("施工单位", "施工总承包单位", "施工总包单位", "总承包单位", "总包单位", "桩基施工单位"),
    "专业承包单位": ("专业承包单位", "施工专业承包单位", "桩基工程专业承包单位", "专业分包单位"),
    "劳务分包单位": ("劳务分包单位",),
    "分包单位": ("分包单位", "施工分包单位"),
    "监理单位": ("监理单位",),
    "设计单位": ("设计单位",),
    "勘察单位": ("勘察单位",),
    "拆卸单位": ("拆卸单位", "塔吊拆卸单位", "安装拆卸单位", "安装拆卸分包单位", "拆卸分包单位"),
    "拆除单位": ("拆除单位", "施工升降机拆除单位"),
    "安装单位": ("安装单位",),
    "发包单位": ("发包单位",),
    "运输单位": ("运输单位", "承运单位", "运输企业", "承运企业"),
    "托运单位": ("托运单位", "托运人"),
    "充装单位": ("充装单位",),
    # the machine's side of a construction notice: "塔吊生产单位是…", "塔吊出租单位是…", "塔吊出租、安拆单位是…"
    "生产单位": ("生产单位", "制造单位"),
    "租赁单位": ("租赁单位", "出租单位"),
    "安拆单位": ("安拆单位",),
}
# Roles → position_levels codes of the ontology.
ROLE_LEVEL: dict[str, str] = {
    "法定代表人": "主要负责人",
    "主要负责人": "主要负责人",
    "厂长": "主要负责人",
    "总经理": "主要负责人",
    "董事长": "主要负责人",
    "实际控制人": "主要负责人",
    "副厂长": "分管负责人",
    "副总经理": "分管负责人",
    "安全管理人员": "安全管理",
    "安全员": "安全管理",
    "安全监察员": "安全管理",
    "技术负责人": "技术负责人",
    "项目经理": "部门负责人",
    "项目负责人": "部门负责人",
    "项目总监": "部门负责人",
    "车间主任": "部门负责人",
    "副主任": "部门负责人",
    "处长": "部门负责人",
    "副处长": "部门负责人",
    "段长": "班组长",
    "班长": "班组长",
    "驾驶员": "操作人员",
    "押运员": "操作人员",
    "操作工": "操作人员",
    "装卸工": "操作人员",
    "卸油工": "操作人员",
    "焊工": "操作人员",
}
PROVINCES = (
    "北京市",
    "天津市",
    "上海市",
    "重庆市",
    "河北省",
    "山西省",
    "辽宁省",
    "吉林省",
    "黑龙江省",
    "江苏省",
    "浙江省",
    "安徽省",
    "福建省",
    "江西省",
    "山东省",
    "河南省",
    "湖北省",
    "湖南省",
    "广东省",
    "海南省",
    "四川省",
    "贵州省",
    "云南省",
    "陕西省",
    "甘肃省",
    "青海省",
    "台湾省",
    "内蒙古自治区",
    "广西壮族自治区",
    "西藏自治区",
    "宁夏回族自治区",
    "新疆维吾尔自治区",
    "香港特别行政区",
    "澳门特别行政区",
)
REGULATOR_WORDS = (
    "应急管理局",
    "安全监管局",
    "安监局",
    "住房和城乡建设局",
    "住建局",
    "交通运输局",
    "交通局",
    "质监局",
    "市场监督管理局",
    "公安局",
    "交警大队",
    "运管所",
    "人民政府",
)


def province_forms() -> dict[str, str]:
    """Surface → full province name: 广东省 and 广东 both → 广东省; 广西壮族自治区 and 广西 → 广西壮族自治区."""
    out: dict[str, str] = {}
    for p in PROVINCES:
        out[p] = p
        short = re.sub(r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "", p)
        out[short] = p
    return out


@dataclass
class Gazetteer:
    """Everything the extractor looks up by name. Build with `load_gazetteer()` or pass your own."""

    chemicals: dict[str, tuple[str, str]] = field(default_factory=dict)  # surface → (canonical, CAS or "")
    accident_types: tuple[str, ...] = ()
    equipment: dict[str, str | None] = field(default_factory=dict)  # surface → equipment_kinds code or None
    person_roles: dict[str, str] = field(default_factory=dict)  # surface → canonical
    title_roles: dict[str, str] = field(default_factory=dict)  # surface → canonical, read in identity lines only
    unit_roles: dict[str, str] = field(default_factory=dict)
    role_levels: dict[str, str] = field(default_factory=dict)
    provinces: dict[str, str] = field(default_factory=dict)
    regulator_words: tuple[str, ...] = ()
    highly_toxic: frozenset[str] = frozenset()  # CAS numbers flagged 剧毒
    # CAS numbers of the toxic-gas directory (高毒物品目录, GB/T 50493 and HG/T 20660's toxic substances) and 剧毒
    toxic: frozenset[str] = frozenset()

    def canonical_chemical(self, name: str) -> tuple[str, str]:
        return self.chemicals.get(name, (name, ""))

    def add_chemical(self, name: str, cas: str, synonyms: tuple[str, ...] | list[str] = ()) -> None:
        name = name.strip()
        if not name:
            return
        canon = self.chemicals.get(name, (name, cas))
        entry = (canon[0], canon[1] or cas)
        for s in (name, *synonyms):
            s = s.strip()
            if len(s) >= 2 and not re.search(r"[\[\]（）()]", s) and s not in self.chemicals:
                self.chemicals[s] = entry
        if entry != canon:
            for s, v in list(self.chemicals.items()):
                if v[0] == entry[0]:
                    self.chemicals[s] = entry


def _read_markdown_name_cas(path: Path) -> list[tuple[str, str]]:
    """Rows of markdown tables with a Chinese name cell followed later by a CAS cell (messy rows are skipped)."""
    pairs: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        for i, c in enumerate(cells):
            if CAS_RE.match(c):
                names = [x for x in cells[:i] if re.search(r"[\u4e00-\u9fff]", x) and not x.isdigit()]
                if names and 2 <= len(names[-1]) <= 12:
                    pairs.append((names[-1], c))
                break
    return pairs


def _read_extra(path: Path) -> list[tuple[str, str, tuple[str, ...]]]:
    """Rows "name<TAB>CAS<TAB>syn|syn" of the extra chemical list ("#" lines are comments)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [*line.split("\t"), "", ""][:3]
        rows.append((cells[0].strip(), cells[1].strip(), tuple(x for x in cells[2].split("|") if x.strip())))
    return rows


def _highly_toxic(path: Path) -> frozenset[str]:
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*(\d{2,7}-\d{2}-\d)\s*\|(.*)\|", line)
        if m and "剧毒" in m.group(2):
            out.add(m.group(1))
    return frozenset(out)


def _add_liquid_forms(g: Gazetteer) -> None:
    """液态 (liquid state) written where the name has 液 or 液化: 液态氯 is 液氯, 液态天然气 液化天然气, 液态石油气
    液化石油气; and a gas liquefied, named by its gas: 液化氨气 is 液氨 (a name the gazetteer already has keeps its
    entry)."""
    for s, entry in list(g.chemicals.items()):
        if s.startswith("液化") and len(s) >= 4:
            g.chemicals.setdefault("液态" + s[2:], entry)
        elif s.startswith("液") and len(s) == 2:
            g.chemicals.setdefault("液态" + s[1:], entry)
        elif s.endswith("气") and len(s) == 2:
            g.chemicals.setdefault("液化" + s, entry)
            g.chemicals.setdefault("液态" + s, entry)


def _add_dust_forms(g: Gazetteer) -> None:
    """A powder's dust, written X粉尘 (镁粉尘 is 镁粉, 淀粉粉尘 is 淀粉); a name the gazetteer already has keeps
    its entry."""
    for s, entry in list(g.chemicals.items()):
        if s.endswith("粉") and len(s) >= 2:
            g.chemicals.setdefault(s + "尘", entry)
            g.chemicals.setdefault(s + "粉尘", entry)


def _add_monomer_forms(g: Gazetteer) -> None:
    """A monomer, written X单体 (氯乙烯单体 is 氯乙烯, 苯乙烯单体 苯乙烯): every alkene (…烯) of the gazetteer; a name
    it already has keeps its entry."""
    for s, entry in list(g.chemicals.items()):
        if s.endswith("烯") and len(s) >= 2:
            g.chemicals.setdefault(s + "单体", entry)


def build_gazetteer(
    onto: Ontology | None = None, shared_catalog: Path | None = SHARED_CATALOG, demo_file: Path | None = DEMO_CHEMICALS
) -> Gazetteer:
    onto = onto or load()
    g = Gazetteer()
    for name, cas, syn in BUILTIN_CHEMICALS:
        g.add_chemical(name, cas, syn)
    for name, cas, syn in _read_extra(EXTRA_CHEMICALS):
        g.add_chemical(name, cas, syn)
    _add_liquid_forms(g)
    _add_dust_forms(g)
    _add_monomer_forms(g)
    by_canon = {v[0]: v for v in g.chemicals.values()}  # 氨, 氯 … are canonical names but too short to be keys
    for formula, name in FORMULAS.items():
        g.chemicals.setdefault(formula, by_canon[name])
    if demo_file is not None and demo_file.exists():
        data: dict[str, Any] = yaml.safe_load(demo_file.read_text(encoding="utf-8")) or {}
        for rec in (data.get("nodes") or {}).get("Chemical") or []:
            g.add_chemical(str(rec.get("name", "")), str(rec.get("cas", "")), list(rec.get("synonyms") or []))
    if shared_catalog is not None and shared_catalog.is_dir():
        toxic: set[str] = set()
        for md in ("toxic-gas-directory-reference.md", "gbz2.1-oel-reference.md"):
            if (shared_catalog / md).exists():
                for name, cas in _read_markdown_name_cas(shared_catalog / md):
                    g.add_chemical(name, cas)
                    if md.startswith("toxic"):
                        toxic.add(cas)
        if (shared_catalog / "hazcat-2015-reference.md").exists():
            g.highly_toxic = _highly_toxic(shared_catalog / "hazcat-2015-reference.md")
        g.toxic = frozenset(toxic) | g.highly_toxic
    g.accident_types = tuple(sorted(onto.taxonomy("accident_types").codes))
    kinds = onto.taxonomy("equipment_kinds").codes
    g.equipment = {k: k for k in kinds}
    g.equipment.update({s: k for s, k in EQUIPMENT_SYNONYMS.items() if k is None or k in kinds})
    g.person_roles = {s: canon for canon, forms in PERSON_ROLES.items() for s in forms}
    g.unit_roles = {s: canon for canon, forms in UNIT_ROLES.items() for s in forms}
    g.title_roles = {s: canon for canon, forms in TITLE_ROLES.items() for s in forms}
    levels = onto.taxonomy("position_levels").codes
    g.role_levels = {r: lv for r, lv in ROLE_LEVEL.items() if lv in levels}
    for lv in levels:  # the taxonomy's own codes are roles too (主要负责人, 技术负责人 …)
        g.person_roles.setdefault(lv, lv)
    g.provinces = province_forms()
    g.regulator_words = REGULATOR_WORDS
    return g


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The default gazetteer (cached): ontology taxonomies, built-in chemicals, demo and shared files if present."""
    return build_gazetteer()
