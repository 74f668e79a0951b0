"""Chemicals in Chinese accident narratives: the names news reports use (aliases, one-character names, goods labelled
by kind), and the names that are not this accident's substances (parts of longer names, things a fire only threatened,
links to other stories). Every sentence here is written for the test (none is copied from the gold or web texts)."""

from __future__ import annotations

import pytest

from ingest.extract import extract_report
from ingest.extract.patterns import load_gazetteer

LEAD = "2022年5月6日，"


def _chems(text: str) -> set[str]:
    return {c.name for c in extract_report(LEAD + text).chemicals}


@pytest.mark.parametrize(
    ("surface", "canonical"),
    [
        ("粗汽油", "石脑油"),
        ("信那水", "稀释剂"),
        ("丁烷气", "丁烷"),
        ("硝化纤维", "硝化棉"),
        ("亚硝基硫酸", "亚硝酰硫酸"),
        ("水银", "汞"),
        ("土炸药", "炸药"),
        # a dilute acid is the same substance
        ("稀盐酸", "盐酸"),
        ("稀硫酸", "硫酸"),
        ("稀硝酸", "硝酸"),
    ],
)
def test_gazetteer_aliases(surface: str, canonical: str) -> None:
    assert load_gazetteer().canonical_chemical(surface)[0] == canonical


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an alias the text gives after the name is the same substance, not a second one
        ("一辆石脑油罐车侧翻泄漏，1人受伤。石脑油又称粗汽油，属易燃液体。", {"石脑油"}),
        ("仓库里的信那水被引燃，2名工人被烧伤。", {"稀释剂"}),
        # intermediates of a nitration or diazotisation runaway, and the fumes it gives off
        (
            "工人向反应釜加入亚硝酰硫酸后，釜内重氮盐分解爆炸，冒出大量氮氧化物，3人受伤。",
            {"亚硝酰硫酸", "重氮盐", "氮氧化物"},
        ),
        # a known name inside a longer one the gazetteer does not know is not that substance
        ("车间配制硫酸铵溶液时反应釜爆炸，1人受伤。", set()),
        ("工人向釜内投加二硝基苯胺时发生爆燃，1人受伤。", set()),
        ("操作工在制备乙酰硫酸时被灼伤。", set()),
        ("罐内的亚硫酸氢钠溶液喷出，1人受伤。", set()),
        # …but the name itself still counts where nothing follows it
        ("车间硫酸管道破裂，1人被灼伤。", {"硫酸"}),
        ("一辆硝基苯罐车侧翻泄漏，1人中毒。", {"硝基苯"}),
        # goods named by their kind, then a dash or a colon, then the name the gazetteer does not know
        ("一辆装有18吨化学品——丙烯酸羟乙酯的罐车翻入沟中，驾驶员受伤。", {"丙烯酸羟乙酯"}),
        ("一辆运载危险品：十二烷基硫醇的货车起火，1人受伤。", {"十二烷基硫醇"}),
        ("该车运载的化学物品为异丁烯醇，泄漏约2吨。", {"异丁烯醇"}),
        # household names and bulk cargoes
        ("一名保洁员把84消毒液和洁厕剂倒在一起，吸入氯气后中毒。", {"次氯酸钠", "氯"}),
        ("货车车厢里残留的石油焦粉末起火，1人受伤。", {"石油焦"}),
        ("木器厂调漆间的稀料桶起火，1人被烧伤。", {"稀释剂"}),
        # oxygen an oxidiser gives off is its chemistry; oxygen from a cylinder is a substance
        ("车上的过氧化钠受潮后分解放出氧气，引燃了货物，1人受伤。", {"过氧化钠"}),
        ("焊工切割时氧气管破裂起火，1人受伤。", {"氧"}),
        # what burnt or blew up in a fire, a dust cloud, a foundry and a mine: insulation foams, dusts, molten
        # metal, blasting fumes
        ("外墙保温层的聚氨酯泡沫被电焊火花引燃，3人受伤。", {"聚氨酯"}),
        ("冷库内的挤塑板起火，2人被烧伤。", {"聚苯乙烯"}),
        ("淀粉车间发生淀粉粉尘爆炸，5人受伤。", {"淀粉"}),
        ("抛光车间的镁粉尘发生爆炸，3人受伤。", {"镁粉"}),
        ("钢水包倾翻，钢水涌出遇水爆炸，2人被烫伤。", {"钢水"}),
        ("工人进入天井检查时发生炮烟中毒，2人死亡。", {"炮烟"}),
        # gaseous ammonia as plants name it; pyrophoric iron sulphide
        ("中和器气氨带液，发生爆炸，3人受伤。", {"氨"}),
        ("打开塔器人孔后，塔内硫化亚铁自燃，引发火灾，1人烧伤。", {"硫化亚铁"}),
        # combustible gas and a fabric that burns are classes, not town gas
        ("罐内可燃气浓度超标，动火时发生爆炸，2人受伤。", set()),
        ("钳工的工作服属于可燃气质，遇到气焊火花点燃，将钳工严重烧伤致死。", set()),
        # a torch named after its fuel gas is the tool of hot work, not a substance of the accident
        ("发现一只螺帽坏死，故用乙炔枪气割，作业不到3分钟就昏倒，釜内硫化氢超标。", {"硫化氢"}),
        # 煤气中毒, the everyday name of carbon-monoxide poisoning, told with its gas: the gas; alone, 煤气 as written
        ("3月30日，哈尔滨市一工地发生煤气中毒事件，14名民工一氧化碳中毒。", {"一氧化碳"}),
        ("烧卖店发生煤气中毒事件，四人中毒。", {"煤气"}),
        ("煤气管道泄漏，工人煤气中毒，现场一氧化碳浓度超标。", {"煤气", "一氧化碳"}),
        # a project, a terminal or a trench named after a substance is no substance of the accident
        ("事发青山区80万吨乙烯工程一期还建房工地，塌方管道宽3.5米，一人被埋。", set()),
        ("燃气公司燃气管道建设项目施工人员在进行管道试压过程中管道爆裂，致1死2伤。", set()),
        ("液化天然气有限责任公司位于铁山港区的LNG接收站码头平台管线在施工时起火。", set()),
        # the rest of a load, counted, before a cargo the gazetteer does not know
        ("客车在途中装载另外5箱偶氮二异庚腈，随后起火，41人死亡。", {"偶氮二异庚腈"}),
        # a workshop named after its product is a place, unless it is what blew up, burnt or leaked
        ("某公司氯甲烷车间冷冻站的液氨发生大量泄漏，3人中毒。", {"氨"}),
        ("某厂硫酸车间发生一起急性混合性气体中毒事故，6人中毒。", set()),
        ("某化工公司双氧水车间发生爆炸，2人受伤。", {"过氧化氢"}),
        # explosive articles a person had on him at a blast
        ("放炮员身边有雷管火药，在放炮时将身边爆炸物引爆，1人死亡。", {"雷管", "火药"}),
        # (not a detonator that set off the charge, nor articles found in the ruins after)
        ("操作工违反安全规定放炸药用雷管引爆，爆炸过后引起燃烧，1人死亡。", {"炸药"}),
        ("采石场工棚发生爆炸，1人死亡。警方在爆炸废墟中发现有乳化炸药、导火索、导爆管。", {"乳化炸药"}),
        # a substance named by one character, before a leak, a poisoning or a tank
        ("某冷库凌晨发生氨泄漏，4名工人中毒。", {"氨"}),
        ("自来水厂加药间突发氯泄漏，2人中毒。", {"氯"}),
        ("一名油漆工因苯中毒住院。", {"苯"}),
        ("一辆运输苯的槽罐车与货车相撞。", {"苯"}),
        ("3名工人在清理废料时汞中毒。", {"汞"}),
        # (or after its state: the substance, no name of its own)
        ("一辆满载30吨液态苯的罐车在高速上侧翻，1人死亡。", {"苯"}),
        # a cargo the gazetteer does not know, by its class's ending
        ("一辆装载危化品异丁酰氯的货车追尾，导致异丁酰氯泄漏，2人死亡。", {"异丁酰氯"}),
        # …but not inside a longer name, nor a word that is not a substance
        ("一辆甲苯槽车泄漏，1人受伤。", {"甲苯"}),
        ("工人在投放含氯消毒片时晕倒。", set()),
        ("一名氯碱车间工人在检修时受伤。", set()),
    ],
)
def test_chemical_names(text: str, names: set[str]) -> None:
    assert _chems(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # things stored nearby that the fire would have reached are not involved
        (
            "一家家具厂喷漆车间起火，1人受伤。车间内还堆放着稀释剂、液化气瓶等易燃物，一旦被殃及，后果不堪设想。",
            set(),
        ),
        ("饭店后厨起火，2人受伤，所幸旁边的液化气钢瓶未被引燃。", set()),
        ("厂房爆燃后，隔壁仓库的甲醇储罐险些被波及，3人受伤。", set()),
        # …but a substance that leaked or burnt first still counts, whatever it threatened next
        ("一辆汽油罐车泄漏起火，火势险些蔓延到路边的加油站，1人受伤。", {"汽油"}),
        ("车间内泄漏的甲醇被引燃，2人被烧伤。", {"甲醇"}),
        ("火势未蔓延到隔壁存放的液化气钢瓶，2人受伤。", set()),
        ("油墨厂起火，火势蔓延至露天堆放的醋酸乙酯原料并引发爆炸，危及厂房内的油墨成品，1人受伤。", {"乙酸乙酯"}),
        # …nor a cargo that did not catch fire, or whose fire reached nothing else
        ("一辆汽油罐车侧翻，所幸未引燃，驾驶员受伤。", {"汽油"}),
        ("一辆液氨罐车与货车相撞后起火，所幸未波及其他车辆，1人受伤。", {"氨"}),
        ("电焊火花未引燃泄漏的汽油，1人受伤。", {"汽油"}),
        # a cargo that did not leak is still the accident's substance
        ("一辆装载20吨液氨的罐车侧翻，罐体完好，一旦泄漏后果不堪设想，驾驶员受伤。", {"氨"}),
        # what a plant makes, a reminder to the public, a name denied or given as a measure
        ("该厂主要生产硫酸、盐酸等产品。车间反应釜爆炸，1人受伤。", set()),
        ("该厂主要生产硝化棉，昨日仓库里的硝化棉自燃，1人受伤。", {"硝化棉"}),
        ("消防部门提醒，冬季用煤炉取暖要谨防煤气中毒。一辆甲醇罐车侧翻，1人受伤。", {"甲醇"}),
        ("经查，饭店用的是管道天然气，并非液化气。饭店后厨起火，1人受伤。", {"天然气"}),
        ("一辆液化气罐车爆炸，威力相当于1吨TNT，2人死亡。", {"液化石油气"}),
        ("民房爆炸，2人受伤，是不是液化气泄漏引起的，有关部门正在调查。", {"液化石油气"}),
        # a filling station's stock is not a vehicle's own fuel; a vehicle's fuel still is
        ("某加油站员工卸汽油时发生火灾，1人被烧伤。", {"汽油"}),
        ("货车在加油站加满柴油后驶上国道，与一辆甲醇罐车相撞，1人受伤。", {"甲醇"}),
        # a supply shut off around the scene as a precaution; not the valve of what leaked
        ("一辆液氯罐车侧翻泄漏，3人中毒，燃气公司随即关闭了周边的天然气管道。", {"氯"}),
        ("厨房里液化气钢瓶漏气起火，店主关闭液化气阀门时被烧伤。", {"液化石油气"}),
        ("厨房起火，店主关闭液化气阀门时被烧伤。", {"液化石油气"}),
        # a disinfectant the responders used afterwards; a solvent that burnt while cleaning still counts
        ("一辆液氯罐车泄漏，3人中毒。防疫人员随后用84消毒液对现场进行消毒。", {"氯"}),
        ("一名工人用信那水擦洗机器时起火，1人受伤。", {"稀释剂"}),
        # the titles of other stories linked at the foot of a page
        ("一辆甲醇罐车侧翻，司机受伤。\n上一篇：某地化工厂氯气泄漏致5人中毒 下一篇：货车追尾", {"甲醇"}),
        ("一辆甲醇罐车侧翻，司机受伤。\n相关阅读：液氨罐车高速侧翻", {"甲醇"}),
    ],
)
def test_chemical_involved(text: str, names: set[str]) -> None:
    assert _chems(text) == names


# --- fourth round: lists closed by a class, similes, questions, comparisons, appendices, the everyday gas names ---
def names(text: str) -> set[str]:
    return {c.name for c in extract_report(text).chemicals}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # gazetteer: dusts, the fuel pair written as one word, trimethylbenzene and methylsilanes by their names
        ("车间里钨粉扬起，遇火花发生爆燃，两名工人烧伤。", {"钨粉"}, set()),
        ("打磨机附近木粉飞扬，突然起火，一人受伤。", {"木粉"}, set()),
        ("罐体上写着内装汽柴油，罐车侧翻后起火。", {"汽柴油"}, set()),
        ("反应釜内的三甲基苯受热外溢，引发火灾。", {"三甲苯"}, {"甲苯"}),
        # a list closed by its class: items the gazetteer does not know, cut after a word of place
        (
            "动火时引燃管道中二甲基二氯硅烷、三甲基氯硅烷等可燃性气体，发生爆燃。",
            {"二甲基二氯硅烷", "三甲基氯硅烷"},
            set(),
        ),
        ("一辆货车载有乙二醇丁醚和丁酸丁酯等化学品，相撞后泄漏。", {"乙二醇丁醚", "丁酸丁酯"}, set()),
        # ... but not a plant's products
        ("该公司主要生产甲基丙烯酸甲酯等化工原料。", set(), {"甲基丙烯酸甲酯"}),
        # one-character benzene before a word of matter or after 受/含
        ("爆炸后含有苯物质的废液流入河道。", {"苯"}, set()),
        ("受苯外泄影响，附近学校停课。", {"苯"}, set()),
        ("工人在苯乙烯罐区作业时发生火灾。", {"苯乙烯"}, {"苯"}),
    ],
)
def test_substances_taken(text: str, present: set[str], absent: set[str]) -> None:
    got = names(text)
    assert present <= got, got
    assert not absent & got, got


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # a simile: "as if fireworks went off"
        ("液氨罐突然爆裂，巨响就像是烟花在楼下爆炸一样。", {"氨"}, {"烟花爆竹"}),
        ("听到一声巨响，犹如鞭炮在耳边炸开一般，随后甲醇罐起火。", {"甲醇"}, {"烟花爆竹"}),
        # ... nor a real blast of fireworks: articles, not a substance (what they are made of is)
        ("一辆装有烟花的货车在服务区爆炸。", set(), {"烟花爆竹"}),
        ("一辆装有烟花的货车在服务区爆炸，车上的黑火药起火。", {"黑火药"}, {"烟花爆竹"}),
        # a writer's question about such accidents in general
        ("一辆运输丙烯的罐车侧翻。为什么装运汽油的罐车卸油时不做静电接地？值得深思。", {"丙烯"}, {"汽油"}),
        # absence and denial
        ("仓库里的硝铵没有雷管引爆，不会自行爆炸。", set(), {"雷管"}),
        # oxygen as the air's content or the responders' breathing supply
        ("窨井内硫化氢聚集，氧气很少，两名工人晕倒。", {"硫化氢"}, {"氧"}),
        ("池内甲烷浓度高，要有足够的氧气才能下池。", set(), {"氧"}),
        ("消防员背着氧气瓶进入起火的油漆库房。", set(), {"氧"}),
        # ... but an oxygen cylinder that burst is taken
        ("切割用的氧气瓶在搬运时爆炸，一人受伤。", {"氧"}, set()),
        # uses in an explainer
        ("甲苯泄漏。这种溶剂在工业上广泛用于制作丙烯酸树脂。", {"甲苯"}, {"丙烯酸"}),
        ("乙苯泄漏。它还可用作油墨的稀释剂。", {"乙苯"}, {"稀释剂"}),
        # what a workshop makes
        ("发生事故的是一座生产乙苯、苯乙烯的车间，所幸无人受伤。", set(), {"乙苯", "苯乙烯"}),
        # ... but what leaked in the workshop is taken
        ("车间内的乙苯储罐泄漏起火。", {"乙苯"}, set()),
        # a comparison
        ("泄漏的是汽油，相比柴油，汽油更易挥发。", {"汽油"}, {"柴油"}),
        # the trade, a hospital's name, a unit named after its process
        ("罐车起火，当地成品油供应未受影响，液氨泄漏。", {"氨"}, {"油品"}),
        ("伤者被送往市第二医院乙烯分院救治，起火的是丙烯罐。", {"丙烯"}, {"乙烯"}),
        ("炼油厂重油催化装置发生闪爆，10人受伤。", set(), {"燃料油"}),
        # alcohol drunk
        ("他喝了酒，酒精的作用越来越大，没有发现汽油从桶里流出。", {"汽油"}, {"乙醇"}),
        # ... but spilt alcohol is taken
        ("实验室酒精洒落后起火，一人烧伤。", {"乙醇"}, set()),
        # a vehicle's safety notice
        ("罐车尾部安全告示牌内容为：品名甲醇，种类三类。实际装载的是丙酮，侧翻后丙酮泄漏。", {"丙酮"}, {"甲醇"}),
        # a load carried is involved though it did not leak (the conventions count cargo); a bare denial drops it
        ("两车追尾，油罐车拉的约40吨原油没有泄漏，驾驶员受伤。", {"原油"}, set()),
        ("两车追尾，驾驶员受伤，所幸原油未泄漏。", set(), {"原油"}),
    ],
)
def test_substances_not_involved(text: str, kept: set[str], dropped: set[str]) -> None:
    got = names(text)
    assert kept <= got, got
    assert not dropped & got, got


def test_appendix_after_story() -> None:
    story = "某化工厂发生二硫化碳泄漏起火，消防官兵用水枪冷却罐体，大火被扑灭，未造成人员伤亡。" * 3
    got = names(story + "\n【新闻关键词】二氧化硫被人体吸入后，会形成亚硫酸。")
    assert "二硫化碳" in got and "二氧化硫" not in got
    links = names(story + "\n相关新闻\n长江边一化工厂硝酸泄漏\n某地液氯槽车侧翻")
    assert "二硫化碳" in links and not {"硝酸", "氯"} & links
    # a keywords line at the head of a paper is not an appendix
    head = names("【关键词】二硫化碳;急性中毒\n" + story)
    assert "二硫化碳" in head


def test_gas_cylinder_everyday_name() -> None:
    # 煤气罐 is the LPG cylinder named the everyday way: one substance when the text names 液化气 too, under the name
    # the text gives it first (the labels' convention)
    got = names("一家小吃店的煤气罐突然爆炸，店外还堆着十几个液化气罐，三人被烧伤。")
    assert got == {"煤气"}
    got = names("一家小吃店的液化气罐突然爆炸，也就是人们常说的煤气罐，三人被烧伤。")
    assert got == {"液化石油气"}
    # town gas by its pipe stays a substance of its own
    pipe = names("煤气管道破裂后起火，旁边的液化气罐被烧爆，两人受伤。")
    assert {"煤气", "液化石油气"} <= pipe


# --- round 5: everyday names, the LPG called 煤气, explainers, furniture -------------------------------------------


@pytest.mark.parametrize(
    ("surface", "canonical"),
    [
        ("液态氮", "氮"),
        ("工业酒精", "乙醇"),
        ("废硫酸", "硫酸"),
        ("地坪漆", "油漆"),
        ("精对苯二甲酸", "对苯二甲酸"),
        ("木炭粉", "木炭"),
        # (fuel oil products, as a police chief names them)
        ("燃料油品", "燃料油"),
    ],
)
def test_everyday_names(surface: str, canonical: str) -> None:
    assert load_gazetteer().canonical_chemical(surface)[0] == canonical


def test_gunpowder_alone_is_not_black_powder() -> None:
    # 火药 names propellants and explosives in general (发射药 is one too); only 黑火药 is black powder
    assert load_gazetteer().canonical_chemical("火药")[0] != "黑火药"


def test_products_by_product_name() -> None:
    assert "油漆" in _chems("一家家具作坊里堆放的油漆被电焊火花引燃，两名工人烧伤。")
    assert "胶水" in _chems("车间内一桶胶水起火，火势迅速蔓延，一人受伤。")
    # a painter is a worker, a paint plant described by its product is no substance of the accident
    assert "油漆" not in _chems("该厂是生产油漆的，昨日厂内锅炉爆炸，一名锅炉工受伤。")
    assert "油漆" not in _chems("镇上一油漆作坊门口的货车起火，司机被烧伤。")


def test_lpg_called_town_gas() -> None:
    # the headline says 煤气, the body 液化气: one substance, by the name told first (the labels': "杭州朝晖路牛肉面馆
    # 后厨卸煤气罐闪燃 两名液化气公司工人烧伤" is 煤气)
    got = _chems("面馆煤气爆燃\n昨日中午，面馆后厨的液化气罐泄漏引发爆燃，四人烧伤。厨师想去关闭煤气，没能成功。")
    assert got == {"煤气"}
    got = _chems("面馆液化气爆燃\n昨日中午，面馆后厨的液化气罐泄漏引发爆燃，四人烧伤。厨师想去关闭煤气，没能成功。")
    assert got == {"液化石油气"}
    # plant gas by its own name stays a substance of its own
    plant = _chems("焦炉煤气泄漏后遇明火爆炸，旁边食堂的液化气罐也被引爆，三人受伤。")
    assert {"煤气", "液化石油气"} <= plant


def test_company_short_name() -> None:
    text = "两名东湖液化气有限公司的送气工卸车时闪燃受伤。目击者说，穿东湖液化气工装的两人脸被烧红。厨房煤气泄漏。"
    assert "液化石油气" not in _chems(text)
    # a name after a verb is the substance, not a company's
    assert "液化石油气" in _chems("店内发生液化气泄漏，这家公司的两名员工烧伤。")


def test_oxygen_depleted_and_warehouse() -> None:
    got = _chems("菜窖密闭多日，窖内氧气减少，二氧化碳积聚，一名村民下窖后中毒昏倒。")
    assert got == {"二氧化碳"}
    assert "氧" not in _chems("厨房液化气瓶起火，三人烧伤，厨房隔壁就是氧气仓库。")


def test_one_character_name_after_composition() -> None:
    assert "苯" in _chems("槽车装载的溶剂主要成分为苯，追尾后少量泄漏，一人受伤。")
    assert "苯" not in _chems("他苯手笨脚地搬运货物，不慎摔伤。")


def test_explainer_properties_and_warnings() -> None:
    got = _chems(
        "一辆装载丙酮的槽车侧翻泄漏，司机受伤。\n丙酮为无色易挥发液体，有薄荷气味，与氯酸钾等氧化剂接触能燃烧。"
    )
    assert "丙酮" in got and "氯酸钾" not in got
    warned = _chems("火锅酒精喷溅，两名食客烧伤。专家提醒，吃炭火锅要开窗，防止一氧化碳中毒。")
    assert "乙醇" in warned and "一氧化碳" not in warned
    assert "一氧化碳" in _chems("三名工人在地下室一氧化碳中毒，送医救治。")


def test_fire_spared_and_agents() -> None:
    got = _chems("打火机厂车间起火，六名工人受伤，所幸大火没有引燃停放在十多米外的几十瓶液化气。")
    assert "液化石油气" not in got
    cooled = _chems("装有氨水的储罐泄漏，三人中毒。消防运来了大量干冰对罐体进行覆盖冷却。")
    assert "二氧化碳" not in cooled


def test_heavy_tanker_is_no_cargo() -> None:
    assert not any("重型" in n for n in _chems("一辆重型油罐车在装油站加油时溢出起火，三人烧伤。"))


def test_breadcrumb_and_previous_link() -> None:
    story = "当前位置: 资讯 >> 涂料与油墨 >> 行业动态 >> 正文\n船舱里涂刷的油漆挥发，两名工人中毒，送医救治。"
    got = _chems(story)
    assert "油漆" in got and "油墨" not in got
    linked = _chems("仓库硫酸泄漏，一人灼伤。\n前一篇: 近海出现油污 经鉴定为燃料油\n后一篇: 某地召开会议")
    assert "硫酸" in linked and "燃料油" not in linked


def test_habitual_background() -> None:
    got = _chems("五金店门前一只氧气瓶爆炸，店员受伤。邻居说，这家店经营焊割，平时就堆着不少乙炔气。")
    assert "氧" in got and "乙炔" not in got
    before = _chems("车间里的柴油暖风机排烟不畅，二十人一氧化碳中毒。原先车间在老厂区，使用煤气取暖。")
    assert "一氧化碳" in before and "煤气" not in before
    # a clause that goes on to the accident is not background
    assert "氨" in _chems("平时存放液氨的储罐突然泄漏，三名工人中毒。")
    # 原来 "it turned out" tells the cause
    assert "液化石油气" in _chems("屋内一声巨响，两人烧伤，原来是液化气钢瓶漏气遇明火爆燃。")


def test_fuel_gas_in_general() -> None:
    # 燃气 (fuel gas, its kind unsaid) is a substance of its own where nothing names the gas more exactly
    assert _chems("一家面馆后厨燃气泄漏，遇明火发生爆燃，四名顾客受伤。") == {"燃气"}
    assert "燃气" in _chems("小区地下车库的燃气管道破裂，燃气外泄后爆炸，九人受伤。")
    # where the text names the gas, that name is taken, not 燃气 as well
    named = _chems("居民楼燃气爆炸，五人受伤。经查，厨房内天然气软管老化开裂导致泄漏。")
    assert "天然气" in named and "燃气" not in named
    # a gas class, a company and an appliance's safety are not the substance
    assert "燃气" not in _chems("储罐检修时罐内残留的可燃气体遇火花闪爆，两人受伤。")
    assert "燃气" not in _chems("油漆仓库起火，三人烧伤，当地燃气公司派人关闭了附近的阀门。")


def test_oxime_is_not_the_ketone() -> None:
    # 丁酮肟 (an oxime) is another substance than 丁酮, as 丁酮胺 would be
    assert "丁酮" not in _chems("一家化工厂丁酮肟车间发生闪爆，两名操作工烧伤。")
    assert "丁酮" in _chems("一家化工厂的丁酮储罐发生闪爆，两名操作工烧伤。")


def test_one_character_cargo_after_a_quantity() -> None:
    # "满载N吨苯": the unit is not part of a name, and 苯 is the cargo
    got = _chems("一辆满载25吨苯的大罐车在国道上侧翻，司机受伤，部分苯流入稻田。")
    assert "苯" in got and not any(n.startswith("吨") for n in got)
    assert "苯" in _chems("正在灌装苯的油罐车突然起火，一名装卸工烧伤。")
    # a name ending in 苯 after a quantity is that name, not 苯
    assert _chems("一辆满载30吨甲苯的槽车翻车泄漏，一人受伤。") == {"甲苯"}


@pytest.mark.parametrize(
    ("surface", "canonical"),
    [
        ("花炮", "烟花爆竹"),
        ("亚磷酸", "亚磷酸"),
        ("苯甲酰氯", "苯甲酰氯"),
        ("二乙苯", "二乙苯"),
        ("十八酸", "硬脂酸"),
        # fuels by their grade
        ("97号汽油", "汽油"),
        ("0号柴油", "柴油"),
    ],
)
def test_more_gazetteer_names(surface: str, canonical: str) -> None:
    assert load_gazetteer().canonical_chemical(surface)[0] == canonical


def test_oil_products_in_general() -> None:
    # 成品油 (oil products) is the oil the text names, not a second substance
    got = _chems("一处非法加油点在往铁桶里灌装汽油时起火，两人烧伤，经营者对成品油的危险性一无所知。")
    assert "汽油" in got and "油品" not in got
    # alone, it is the substance
    assert "油品" in _chems("油库的一座储罐内成品油外溢后起火，一名工人烧伤。")


def test_liquid_state_names() -> None:
    # 液态 (liquid state) before a name is the 液/液化 form of it
    g = load_gazetteer()
    assert g.canonical_chemical("液态天然气")[0] == "天然气"
    assert g.canonical_chemical("液态氯")[0] == "氯"
    assert g.canonical_chemical("液态石油气")[0] == "液化石油气"


def test_dust_names() -> None:
    # a powder's dust is the powder, written with 尘 or 粉尘 after it
    g = load_gazetteer()
    assert g.canonical_chemical("铝粉尘")[0] == "铝粉"
    assert g.canonical_chemical("镁粉粉尘")[0] == "镁粉"
    assert g.canonical_chemical("玉米淀粉粉尘")[0] == "淀粉"
    # a power plant's pulverised coal that deflagrated
    assert _chems("锅炉车间原煤斗焊接时，火星落入煤粉仓，导致煤粉爆燃，1人死亡。") == {"煤粉"}


def test_monomer_names() -> None:
    # a monomer is its alkene, written with 单体 after it
    g = load_gazetteer()
    assert g.canonical_chemical("氯乙烯单体")[0] == "氯乙烯"
    assert _chems("聚合釜内的氯乙烯单体泄漏后发生爆炸，3人受伤。") == {"氯乙烯"}


@pytest.mark.parametrize(
    ("surface", "canonical"), [("烟花炮竹", "烟花爆竹"), ("火药", "火药"), ("氰化物", "氰化物")]
)
def test_class_names(surface: str, canonical: str) -> None:
    assert load_gazetteer().canonical_chemical(surface)[0] == canonical


def test_class_names_in_narratives() -> None:
    assert "氰化物" in _chems("一家电镀作坊发生氰化物中毒，三名工人送医。")
    # a trade named after the class is not the substance
    assert "火药" not in _chems("某火药厂的一辆叉车撞伤一名工人。")


def test_class_named_short_after_the_substance() -> None:
    # 火药 after 黑火药 is the same powder named short: one substance
    got = _chems("一辆拉着三吨黑火药的厢式货车在国道上起火，运载火药的货车随即爆炸，两人受伤。")
    assert got == {"黑火药"}
    # alone, the class name is the substance
    assert _chems("作坊里的工人在碾压火药时发生爆燃，一人烧伤。") == {"火药"}


def test_class_as_predicate_of_a_substance() -> None:
    # "X是一种…Y": Y is the class X belongs to, not a second substance
    got = _chems("仓库里存放的铵油炸药发生爆炸，两人受伤。铵油炸药是工程爆破常用的一种炸药。")
    assert "炸药" not in got


def test_household_gas_named_two_ways() -> None:
    # household 煤气 and 燃气 are one fuel gas: the name the text gives first
    assert _chems("居民楼一户人家燃气泄漏后爆燃，两人烧伤，邻居说此前闻到了煤气味。") == {"燃气"}
    assert _chems("居民楼一户人家煤气泄漏后爆燃，两人烧伤，燃气公司派人赶到现场。") == {"煤气"}
    # town gas of a steel works stays 煤气 and keeps a fuel gas named besides
    got = _chems("炼铁厂的高炉煤气管道泄漏，三人中毒；另一车间的燃气管线随后起火，一人烧伤。")
    assert "煤气" in got


def test_monitored_air_found_safe() -> None:
    # the pollutants a monitoring station measured and found within limits are not what the accident released
    got = _chems(
        "一座仓库内的丙酮桶起火，一名保管员烧伤。环保人员在厂界外布点监测，测得的氮氧化物、二氧化硫等指标均处于安全范围。"
    )
    assert got == {"丙酮"}
    got = _chems(
        "一家冶炼厂发生泄漏，五名工人送医。据监测人员说，检测的是空气中的氯化氢和氨气的含量，结果均符合国家标准。"
    )
    assert not got & {"盐酸", "氨"}
    got = _chems("一座柴油储罐起火，一名工人烧伤。根据环保监测，二氧化硫、氮氧化物等均未超过国家相关环保标准。")
    assert got == {"柴油"}
    # a measurement above the limit tells the gas was there
    got = _chems("一名工人在污水池边晕倒，经检测池口硫化氢浓度严重超标，另有两人中毒。")
    assert "硫化氢" in got


def test_unit_named_after_its_product_as_a_place() -> None:
    # a unit named after its product, followed by a further place in it, locates the accident: not its substance
    got = _chems("某化工企业丙烯腈装置区域的一台换热器法兰泄漏，泄漏的液氨致两名工人中毒。")
    assert got == {"氨"}
    got = _chems("某厂氯乙烯车间的反应釜发生爆炸，釜内的甲醇随即燃烧，三人受伤。")
    assert "氯乙烯" not in got and "甲醇" in got
    got = _chems("园区一家企业的环氧丙烷装置精馏工段管线破裂，三人受伤。")
    assert "环氧丙烷" not in got
    # the unit itself burning or exploding is not a place path: the name stays
    assert "过氧化氢" in _chems("一家化工厂的双氧水装置突然起火并爆炸，四人受伤。")


def test_a_comma_ends_a_cargo_name_except_between_locants() -> None:
    # a plain comma ends the clause: "运输入库,同时将仓库透气" is no substance
    got = _chems("将花生米运输入库,同时将仓库透气的空隙用纸糊补。施放氰化钠后,搬运工51人中毒。")
    assert got == {"氰化钠"}
    # between locants it is part of the name
    assert "1,2-二氯丙烷" in _chems("一辆装载1,2-二氯丙烷的罐车侧翻泄漏,驾驶员受伤。")


def test_what_a_ship_usually_carries_is_not_this_load() -> None:
    got = _chems("H轮通常载运燃料油、沥青溶液等货物。该轮卸载完毕后空载离港，4号舱内残余油气发生爆炸，2名船员失踪。")
    assert "燃料油" not in got


def test_a_substance_that_decomposed_or_whose_reactor_failed() -> None:
    got = _chems("冷却水中断，当温度达到肟基丙酮分解温度时，釜内肟基丙酮发生放热分解，进而发生爆炸，2人死亡。")
    assert got == {"肟基丙酮"}
    got = _chems("事故直接原因是对甲氧基乙基苯酚反应釜在减压蒸馏过程中超温，釜内压力骤增而爆燃，2人死亡。")
    assert got == {"对甲氧基乙基苯酚"}


def test_a_vessels_contents_listed() -> None:
    text = "使罐内物料（包括阿昔莫司、阿昔莫司合成原料5-甲基吡嗪-2-羧酸和双氧水等）温度升高，发生爆炸，3人死亡。"
    assert _chems(text) == {"5-甲基吡嗪-2-羧酸", "过氧化氢"}


def test_a_systematic_name_with_its_locants_is_one_substance() -> None:
    # not 甲苯 and 甲酸 cut out of it
    got = _chems("1#反应釜的浓硝酸已经投完，3 - 甲基苯甲酸的投料还没完成，釜内突然爆炸，2人死亡。")
    assert got == {"硝酸", "3-甲基苯甲酸"}
    got = _chems("6时50分，向重氮化釜加入 6-溴-2,4- 二硝基苯胺，9时30分釜内物料分解爆炸，3人受伤。")
    assert got == {"6-溴-2,4-二硝基苯胺"}
    # a name that starts before its locant is left to the gazetteer, and so is one written after a verb
    assert "4-二硝基酚" not in _chems("在硝化反应中，会生成2,4-二硝基酚及其盐类，硝基苯受热后发生爆炸，2人死亡。")
    # a name that starts before its locant is left to the gazetteer
    assert "1-磺酸钠" not in _chems("蒽醌1-磺酸钠盐中试溶解釜岗位发生急性硫化氢中毒，造成2人死亡。")


def test_a_name_cut_by_its_container_word() -> None:
    # the tokenizer takes the container word (油罐, 气瓶) with the name's last character: 溶剂|油罐, 煤|气瓶
    assert _chems("一涂料厂溶剂油罐发生火灾，造成2人受伤。") == {"溶剂油"}
    assert _chems("一个煤气瓶发生爆炸，造成2人受伤。") == {"煤气"}
    # a word of its own before the container is no name: 储油罐, and 易燃 does not give 燃气
    assert _chems("一个储油罐发生火灾，造成2人受伤。") == set()
    assert "燃气" not in _chems("仓库内的易燃气瓶发生爆炸，造成2人受伤。")


def test_a_cargo_named_after_its_kind_of_goods() -> None:
    # no copula or dash between the kind and the name: the name is what follows the kind
    assert _chems("中间一辆是装有化学危险品苯的槽车，剧烈撞击造成车辆起火，2人死亡。") == {"苯"}
    assert _chems("一辆装有危险化学品三氯乙烯的槽车侧翻，2人受伤。") == {"三氯乙烯"}


def test_fireworks_set_off_are_no_substance() -> None:
    # fireworks set off, however the fire they started is told, are articles: no substance of the accident
    assert _chems("酒吧内有人在桌面上燃放烟花，引燃天花板酿成火灾，造成17人死亡。") == set()
    assert _chems("有人燃放烟花爆竹引发火灾，造成3人死亡。") == set()
    assert _chems("春节期间燃放烟花，注意安全。某厂发生火灾，造成1人死亡。") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fireworks named by the works that blew up, or by the products themselves: articles, no substance
        ("河南漯河鞭炮厂爆炸，造成3人死亡。空气中四处弥漫着烟花爆竹的味道。", set()),
        ("一间烟火爆竹零售店发生爆炸，造成2人受伤。一、二楼堆满烟花。", set()),
        # a works' name alone, a region's product or the wrapping name no substance
        ("江西上栗一花炮厂爆炸，1人死亡。上栗县是全国四大鞭炮烟花产地之一。", set()),
        ("襄汾花炮厂发生大爆炸，25人死亡。被气浪抛出的花炮包装纸铺满了大门南侧。", set()),
        # nor the products named only in the lessons
        ("某花炮厂发生爆炸，造成1人死亡。\n四、防范措施\n各地要严厉打击非法存放鞭炮的行为。", set()),
        # nor a works that did not go off
        ("该村有一家烟花厂，村民常买烟花。某化工厂发生爆炸，造成2人死亡。", set()),
    ],
)
def test_fireworks_works_that_blew_up(text: str, expected: set[str]) -> None:
    assert _chems(text) == expected


def test_oxygen_given_to_the_hurt_is_no_substance_of_the_accident() -> None:
    assert _chems("货车侧翻，司机被卡在驾驶室，现场的医护人员立即给伤者输液，又拿来氧气输氧。") == set()
    assert _chems("医护人员先给仨人吸上氧气，三人一氧化碳中毒。") == {"一氧化碳"}
    # an oxygen cylinder that burst is
    assert _chems("氧气瓶发生爆炸，1人受伤。") == {"氧"}
    # oxygen sent down to the trapped, the air's oxygen a leak met, the oxygen a check would have measured are not
    assert _chems("井下3人被困。救援人员正在采取强制通风方法往井下输送氧气。") == set()
    assert _chems("管道出现裂缝导致泄漏，在遇到氧气后发生了瞬间闪爆，2人受伤。") == set()
    assert _chems("作业人员在未检测井内氧气和有毒有害气体含量的情况下下井，1人死亡。") == set()


def test_sawdust_is_a_substance_only_where_it_burnt() -> None:
    # wood dust that blew up is the accident's; sawdust spread on a spill, or a mushroom grower's substrate, is not
    assert _chems("某木业公司发生一起木屑燃爆事故，造成3人死亡。") == {"木粉"}
    assert _chems("乙二醇罐车侧翻泄漏，司机受伤。消防官兵用木屑吸附泄漏的液体。") == {"乙二醇"}


def test_a_tankers_cargo_after_its_quantity() -> None:
    # "一辆满载30吨混合酯槽罐车": the name after the quantity, not the quantity with it
    assert _chems("两辆货车与前方一辆满载30吨混合酯槽罐车发生追尾，起火燃烧，造成3人死亡。") == {"混合酯"}


def test_cargo_after_yun_alone() -> None:
    # 运 alone before a name and 的, as people say it
    assert _chems("轿车撞上了一辆停在道路右侧的运铁粉的大货车，5人死亡。") == {"铁粉"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a known name with counted halogens before it, a name the gazetteer does not hold: the whole name
        ("某化工厂三氯丙酮车间发生泄漏，造成3人中毒。", {"三氯丙酮"}),
        ("一辆运输二氯丁烯的罐车侧翻泄漏，2名村民中毒。", {"二氯丁烯"}),
        ("车间内的过氯乙烯起火燃烧，1人被烧伤。", {"过氯乙烯"}),
        # (or one halogen, uncounted)
        ("鞋盒表面的附着物为毒性化学物质氟乙酸甲酯，造成1人死亡。", {"氟乙酸甲酯"}),
        # (one chlorine tank; a longer name than the known one with its halogens)
        ("污水处理厂内，一氯气储罐发生泄漏，3人中毒。", {"氯"}),
        ("某公司三氯吡啶醇钠车间发生爆炸，2人受伤。", set()),
    ],
)
def test_substituted_names(text: str, names: set[str]) -> None:
    assert _chems(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # what a substance would give, told as its chemistry: hydrolysis, and what it "will" produce
        ("拉载五硫化二磷的货车起火，一死一伤。五硫化二磷为黄色固体。遇水可水解成磷酸和硫化氢，有毒。", {"五硫化二磷"}),
        ("槽罐车硫酸二甲酯泄漏，5人死亡。泄漏的硫酸二甲酯遇水反应后，将产生硫酸和甲醛。", {"硫酸二甲酯"}),
        # what a substance can stand in for is no substance of the accident
        ("某药业公司发生三光气泄漏，60多名员工中毒。泄漏的三光气在医药方面可取代光气或双光气参与反应。", {"三光气"}),
        # (a product that the accident released is the accident's)
        ("罐内五硫化二磷遇水反应，产生大量硫化氢气体，3名工人中毒。", {"五硫化二磷", "硫化氢"}),
    ],
)
def test_products_of_a_substances_chemistry(text: str, names: set[str]) -> None:
    assert _chems(text) == names


def test_a_toxic_substance_named_before_what_it_made_up() -> None:
    # one character named after 有毒物质, before what it made up
    assert _chems("该公司违规将装过有毒物质苯的废弃物交人处理，分拆时发生毒气泄漏，38人中毒。") == {"苯"}


def test_a_longer_name_ending_in_an_alcohol() -> None:
    # 联苯醇 (a workshop's product) is no 联苯
    assert "联苯" not in _chems("某公司联苯醇车间反应釜发生爆炸，造成1人死亡。")


def test_a_polymer_is_not_its_monomer() -> None:
    # 聚甲基丙烯酸甲酯 (the plastic) is no 甲基丙烯酸甲酯
    assert "甲基丙烯酸甲酯" not in _chems("仓库内堆放的聚甲基丙烯酸甲酯板材起火，2人受伤。")
    # (the monomer itself is)
    assert _chems("仓库内的甲基丙烯酸甲酯桶起火，2人受伤。") == {"甲基丙烯酸甲酯"}


def test_a_store_of_raw_materials_and_charcoal() -> None:
    # a store of raw materials is a place, not a sentence about what a works is made from
    text = "厂房燃爆事故系化工原材料库中的硝化棉积热自燃，导致毗邻库房内的木炭起火，6人受伤。"
    assert _chems(text) == {"硝化棉", "木炭"}
    # (the raw materials a works makes its goods from are still none of the accident's)
    assert _chems("该厂以甲醇为原料生产甲醛，原材料由罐车运入。车间发生火灾，造成1人受伤。") == set()


def test_inert_gas_breathed_in_and_a_building_named_for_raw_materials() -> None:
    # an inert gas breathed in is involved, as one that leaked is
    assert _chems("两名工人进入反应釜内清理，因吸入高浓度氩气等气体导致事故发生，造成2人死亡。") == {"氩"}
    # …and one whose high concentration felled someone
    assert _chems("操作工钻进冷冻盐水箱，高浓度氮气瞬间将他击倒，3名工友施救时相继倒下，4人死亡。") == {"氮"}
    # (nitrogen the responders purged with is not involved)
    assert _chems("罐车起火，消防员用氮气对罐体进行置换，1人受伤。") == set()
    # a building named for the raw materials is no sentence of what a plant makes from them
    assert _chems("该厂原料生产车间的一座煤气发生炉突然爆炸，造成2人受伤。") == {"煤气"}
    # (a plant's raw materials are still no substance of the accident)
    assert _chems("该厂以甲醇为原料生产甲醛。车间发生火灾，造成1人受伤。") == set()


def test_wood_shavings_and_lithium_batteries_that_burnt() -> None:
    # wood shavings and sawdust are the wood material of dust-explosion reports (木粉)
    assert _chems("木料加工厂储存木屑的房间起火，火舌蹿出，三名工人被烧伤。") == {"木粉"}
    assert _chems("车间地面堆积的锯末被火星引燃，一名工人被烧伤。") == {"木粉"}
    # lithium batteries under the chemistries reports name
    assert _chems("仓库内堆放的磷酸铁锂电池突然起火，造成2人受伤。") == {"锂电池"}
    # not what a works makes
    assert _chems("该公司主要生产锂电池。车间配电箱起火，1人受伤。") == set()


def test_a_gas_liquefied_named_by_its_gas_and_what_a_substance_mixes_with() -> None:
    # a liquefied gas named by its gas is the gas (液化氨气 is 液氨, 氨)
    assert _chems("一辆载有20吨液化氨气的罐车侧翻，罐体发生泄漏，2人中毒。") == {"氨"}
    # what a substance mixes with is no substance of the accident
    assert _chems("车间内的正丁醇起火，2人受伤。据了解，正丁醇能与乙醇、乙醚混溶。") == {"正丁醇"}
    # nor a commercial grade's impurities
    text = "乙炔钢瓶皮管出现裂缝，乙炔泄漏发生爆燃，6人烧伤。工业用乙炔由于含有硫化氢、磷化氢等杂质，有大蒜的气味。"
    assert _chems(text) == {"乙炔"}


def test_a_units_founding_and_standing_name_no_substance() -> None:
    assert _chems("某公司成立于2008年，是国内最大的废旧锂电池回收处理企业。该公司车间发生爆炸，1人死亡。") == set()


def test_sponge_paraffin_and_a_main_cause_that_is_no_imperative() -> None:
    # the sponge of furniture works is polyurethane foam; paraffin wax burns in candle works
    assert _chems("家具厂仓库内堆放的海绵起火，3名工人被烧伤。") == {"聚氨酯"}
    assert _chems("蜡烛厂车间内的石蜡起火，1人死亡。") == {"石蜡"}
    # 要 of 主要 is no advice: the substances of the main cause are the accident's
    assert _chems("火灾蔓延主要原因：起火后引燃了油漆，产生大量一氧化碳、甲醛等有毒气体，造成3人死亡。") == {
        "油漆",
        "一氧化碳",
        "甲醛",
    }


def test_examples_of_a_kind_the_gas_of_a_cutting_and_home_made_explosive() -> None:
    # substances given as examples of a kind (如…等) are no substances of the accident
    text = "某厂除尘系统内铝合金粉尘自燃，引发粉尘爆炸，20人受伤。\n粉尘的自燃与爆炸\n如镁粉、铝粉、煤尘、面粉等"
    assert _chems(text) == {"铝合金粉"}
    # the gas named for the cutting it does is the tool's, as 乙炔枪 is
    assert _chems("工人通过大锤捶打、乙炔切割、电焊焊接等方式检修砂斗，一名工人触电死亡。") == set()
    # (acetylene that leaked is the accident's)
    assert _chems("乙炔瓶阀门泄漏，乙炔遇明火爆炸，1人受伤。") == {"乙炔"}
    # home-made explosive is explosive
    assert _chems("郑某等引爆了自制的土炸药，4人吸入有毒气体死亡。") == {"炸药"}


def test_counted_and_per_halogen_names_and_a_likeness() -> None:
    # a name starting with a halogen, counted or per- before it, is a longer name: 四氯乙烷 is no 氯乙烷
    assert _chems("工人吸入胶水释放的四氯乙烷，1人死亡。") >= {"1,1,2,2-四氯乙烷"}
    assert "氯乙烷" not in _chems("工人吸入胶水释放的四氯乙烷，1人死亡。")
    # (and the whole name is the substance: 过氯乙烯, a name the gazetteer does not hold)
    assert _chems("工人吸入过氯乙烯中毒，2人受伤。") == {"过氯乙烯"}
    # (经过 is no per-)
    assert _chems("泄漏的气体经过氯乙烯储罐区，2人中毒。") == {"氯乙烯"}
    # a likeness is not the substance
    assert _chems("工厂在油品中加入了类似硫酸的东西，3名操作人员吸入有毒气体死亡。") == {"油品"}
    # (nor a substance whose odour another one's is likened to)
    text = "发生爆炸的是二氯乙烷车间的回收釜。二氯乙烷在室温下是无色有类似氯仿气味的液体，3人死亡。"
    assert _chems(text) == {"二氯乙烷"}


def test_a_class_of_compounds_named_after_a_substance_and_heat_transfer_oil() -> None:
    assert _chems("厂区突然停电，造成甲烷氯化物车间管道液氯气体受压产生泄漏，3人中毒。") == {"氯"}
    assert _chems("车间的导热油泄漏起火，2人受伤。") == {"导热油"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # asphalt hot, spilt or burning is a substance of the accident
        ("工人在搅拌站卸料时，高温沥青喷出，将两名工人烫伤。", ["沥青"]),
        ("因防水卷材成分中含有沥青，着火后黑烟很浓，一名工人被烧伤。", ["沥青"]),
        # not a road surface, nor what a works makes after its fire is told
        ("项目正在进行道路沥青铺设，一名工人被压路机碾压死亡。", []),
        ("某厂重油罐起火爆炸，造成1人死亡。据了解，发生火灾的工厂主要生产沥青，有沥青储罐4个和重油罐1个。", ["燃料油"]),
    ],
)
def test_asphalt_only_where_it_harms(text: str, names: list[str]) -> None:
    assert [c.name for c in extract_report("2021年3月4日，" + text).chemicals] == names


def test_a_plant_unit_named_after_its_product_is_not_the_substance() -> None:
    text = "2021年3月4日，氯乙烯装置转化器内冷却水超温、超压造成一次物理爆炸，造成3人死亡。"
    assert [c.name for c in extract_report(text).chemicals] == []
    assert [c.name for c in extract_report(text.replace("氯乙烯装置转化器内", "氯乙烯泄漏，转化器内")).chemicals] == [
        "氯乙烯"
    ]


def test_epoxy_resin_and_acidified_oil() -> None:
    assert _chems("施工人员违规操作，引燃施工材料环氧树脂产生烟雾，造成4人窒息死亡。") == {"环氧树脂"}
    assert _chems("一辆酸化油槽罐车发生侧翻，大量酸化油从破裂处向外流出，导致1死1伤。") == {"酸化油"}


@pytest.mark.parametrize(
    ("text", "chems"),
    [
        # a body burnt to look like a substance names no substance
        ("工人误触高压电线，被烧死的安装工形同木炭。", set()),
        # (the substance itself, named elsewhere, still is one)
        ("被烧死的安装工形同木炭，现场散落着木炭。", {"木炭"}),
        ("一名工人在木炭堆旁作业时窒息死亡，木炭燃烧产生一氧化碳。", {"木炭", "一氧化碳"}),
    ],
)
def test_a_body_likened_to_a_substance(text: str, chems: set[str]) -> None:
    assert _chems(text) == chems


def test_glue_by_its_trade_word_and_a_product_told_with_what_it_is_made_of() -> None:
    assert _chems("鞋厂突发大火，两名工人葬身火海。鞋厂内存有黏合剂和皮革等易燃物，烈火燃烧得十分猛烈。") == {"胶水"}
    # the substances in brackets are the product again: "胶粘剂(二氯乙烷、过氯乙烯和丙酮混合物)"
    text = "操作工对塑料布涂刷胶粘剂(过氯乙烯和丙酮混合物)，2小时后昏迷，抢救无效死亡。"
    assert _chems(text) == {"过氯乙烯", "丙酮"}
    # (not brackets of anything else: "油漆（红色）")
    assert _chems("工人在船舱内涂刷油漆（红色），2小时后昏迷，抢救无效死亡。") == {"油漆"}
    assert _chems("工人在车间内涂刷油漆（红色），旁边存放的丙酮泄漏起火，2人受伤。") == {"油漆", "丙酮"}


def test_oils_that_burn_where_they_are_held_and_an_area_named_after_a_product() -> None:
    assert _chems("化工公司对污油池内的污油进行加热升温过程中，污油池发生爆炸，1人死亡。") == {"污油"}
    assert _chems("变压器发生短路，电火花和变压器油在爆炸中四处飞溅，1名工人烧伤。") == {"变压器油"}
    # a plant's area named after its product is no substance of the accident
    assert _chems("烯烃部2号乙烯老区在检修开车准备过程中，裂解炉区域原料管线发生闪爆，导致14人烧伤。") == set()


def test_a_one_character_substance_in_quotes() -> None:
    assert _chems("一辆运输危险品“苯”的罐车冲进加油站内。") == {"苯"}
    assert _chems("车上所运输的危险品“苯”泄漏。") == {"苯"}
    # (a character talked about is none)
    assert _chems("这个“苯”字写错了，“苯”的读音也不对。") == set()


def test_a_class_of_explosive_told_with_its_kind_and_units_named_after_products() -> None:
    # the kind in brackets is the substance; the works' 工房 named after its product names none
    text = "某厂雷管装配工房起爆药(DDNP)装填工序发生爆炸，起爆药传送工死亡。"
    assert _chems(text) == {"二硝基重氮酚"}
    assert _chems("某厂雷管装配工房起爆药装填工序发生爆炸，一名操作工死亡。") == {"起爆药"}
    # units listed by their products name none; a mine's class by its gas names none
    assert _chems("对氯碱化工装置(主要为 PVC 装置、烧碱装置) 实施暂时性停产。车间内一名工人被砸死亡。") == set()
    assert _chems("烧碱装置发生泄漏，氢氧化钠溶液喷出，1人灼伤。") == {"氢氧化钠"}
    assert _chems("煤矿发生顶板事故，1人死亡。该矿属煤与瓦斯突出矿井，核定生产能力480万吨/年。") == set()


def test_the_works_a_contract_covers_name_no_substance() -> None:
    assert _chems("装修工程面积约1300平方米，施工内容包括厂房内砌墙、抹灰、油漆和水电安装等。工人触电死亡。") == set()
    assert _chems("装修工人在刷油漆时引燃油漆，1人烧伤。") == {"油漆"}


def test_goods_stored_where_the_fire_would_have_been_a_disaster_are_only_threatened() -> None:
    text = (
        "2021年3月4日晚，某家具厂发生火灾。家具厂进门处有两个小型仓库，分别存放着15桶油漆及4个液化气罐，此时两个仓库"
        "已被大火包围，如果发生爆炸后果将不堪设想。消防员将仓库内物品转移。"
    )
    assert _chems(text) == set()
    # (the burning store's own goods are involved)
    burning = (
        "2021年3月4日晚，某厂仓库发生火灾。由于失火仓库存放着大量油漆等易燃物品，又紧挨着加工车间，一旦火势蔓延，"
        "后果不堪设想。"
    )
    assert _chems(burning) == {"油漆"}


def test_a_mines_rating_of_its_gas_and_dust_is_no_substance_of_the_accident() -> None:
    text = (
        LEAD + "某煤矿回风大巷维修工作面发生一起顶板事故，造成1人死亡。该矿为低瓦斯矿井，煤层不易自燃，煤尘无爆炸性。"
    )
    assert _chems(text) == set()
    # (a blast of either is)
    assert _chems(LEAD + "某煤矿发生一起煤尘爆炸事故，造成2人死亡。") == {"煤尘"}
    assert _chems(LEAD + "某煤矿发生瓦斯爆炸，造成2人死亡。") == {"瓦斯"}


@pytest.mark.parametrize(
    ("text", "chems"),
    [
        # a scalding's hot medium, what leaked or spurted onto the victims, where no substance is named
        ("某热力管道在检修过程中发生蒸汽泄漏，导致正在检修的工人一死一伤。", {"蒸汽"}),
        ("因供热管线泄漏，某饭店地下二层遭热水淹，9名工作人员被烫伤后送医。", {"热水"}),
        ("某厂蒸汽锅炉房内，一名工人在加料时被热油烫伤。", {"热油"}),
        # (not a plant's products, nor a boiler named by its steam; nor beside a substance named)
        ("某公司经营钢渣、水渣销售。炼钢车间发生灼烫事故，一名工人被烫伤。", set()),
        ("某厂蒸汽锅炉房内，一名工人在检修时被烫伤。", set()),
        ("某厂发生硫酸泄漏，喷出的硫酸和蒸汽将一名工人灼伤。", {"硫酸"}),
        ("某厂一名工人在车间被烫伤。事后检查，车间的热水供应正常。", set()),
        ("某厂一名工人在车间被烫伤。\n五、防范措施\n加强管理，防止蒸汽泄漏烫伤人员。", set()),
        # (a boiler's burst is its own class, its steam no substance)
        ("某厂锅炉发生爆炸，高温蒸汽喷出，造成2人死亡。", set()),
        # (nor what the work was clearing, which harmed nobody of itself)
        ("一名工人在清除电炉炉渣时，不慎坠入电炉内被灼伤，造成1人死亡。", set()),
        ("电炉炉渣突然喷出，将一名工人烫伤。", {"炉渣"}),
    ],
)
def test_a_scaldings_hot_medium(text: str, chems: set[str]) -> None:
    assert _chems(LEAD + text) == chems


@pytest.mark.parametrize(
    ("text", "chems"),
    [
        # a sealed source's radionuclide, with or without the hyphen, as one substance
        ("某公司在管道探伤时丢失一枚放射源铱-192，一名工人捡到后放入口袋，造成1人受伤。", {"铱-192"}),
        ("某公司丢失的放射源铱192被一名村民捡到带回家中，造成1人受伤。", {"铱-192"}),
        ("某辐照厂钴-60放射源卡源，一名工人进入辐照室，受到大剂量照射，造成1人死亡。", {"钴-60"}),
    ],
)
def test_a_sealed_sources_radionuclide(text: str, chems: set[str]) -> None:
    assert _chems(text) == chems


@pytest.mark.parametrize(
    ("text", "chems"),
    [
        # a benzene ring's acid or aldehyde is neither the ring's other part nor the acid alone
        ("车间对氯苯甲酸反应釜发生爆炸，造成2人受伤。", set()),
        ("车间邻硝基苯甲醛泄漏，造成2人受伤。", set()),
        ("车间甲酸泄漏，造成2人受伤。", {"甲酸"}),
        ("车间氯苯泄漏，造成2人受伤。", {"氯苯"}),
    ],
)
def test_a_rings_acid_is_one_compound(text: str, chems: set[str]) -> None:
    assert _chems(text) == chems


@pytest.mark.parametrize(
    ("text", "chems"),
    [
        # a reporter's name in the byline is no substance (林丹, lindane, as a name); the substance that leaked is
        ("延平一渡船被掀翻(记者 侯希辰 林丹 通讯员 汤珺琳)，3人死亡。", set()),
        ("仓库内林丹泄漏，3人中毒。", {"γ-六六六"}),
    ],
)
def test_a_bylines_names_are_no_substances(text: str, chems: set[str]) -> None:
    assert _chems(text) == chems


def test_an_earlier_accidents_substance_after_its_announcement_is_not_this_ones() -> None:
    text = (
        "2012年2月12日，某船舶制造公司在建货船舱内突发爆炸事故，造成3名作业人员死亡。\n\n"
        "但近年来，八卦洲境内的船厂屡屡发生生产事故，引起人们关注。\n\n"
        "2010年8月17日，八卦洲南江船厂发生爆炸事故，爆炸原因为船体内残留的汽油挥发。"
    )
    assert extract_report(text).chemicals == []


@pytest.mark.parametrize(
    ("text", "chems"),
    [
        # a plant named after its product, as 工厂 as well as 厂: the place, not what burnt
        ("位于路易斯安那州的可再生柴油工厂发生了一起氢气爆炸，两名工人受伤。", {"氢"}),
        ("这次发生气爆的地方是第二真空制汽油工厂，两名员工被玻璃割伤。", set()),
        # (the product itself told burning still counts)
        ("柴油工厂的储罐内柴油起火，两名工人受伤。", {"柴油"}),
    ],
)
def test_a_plant_named_after_its_product_as_gongchang(text: str, chems: set[str]) -> None:
    assert _chems(text) == chems


@pytest.mark.parametrize(
    ("background", "named"),
    [
        # an explainer's raw materials, uses and properties, after the accident: not what blew up
        ("硝化棉上游原料主要为硝酸、发酵酒精和精制棉等。", "乙醇"),
        ("硝化棉产品应用在涂料、油墨等领域超过80%。", "油墨"),
        ("硝化棉产品广泛应用于国防、涂料、油墨等领域。", "油墨"),
        ("其原料主要是硝酸和精制棉。", "硝酸"),
        ("硝化棉呈白色棉絮状，溶于丙酮。", "丙酮"),
        ("它通过用硝酸硝化纤维而形成。", "硝酸"),
    ],
)
def test_an_explainers_raw_materials_uses_and_properties_are_not_the_accidents(background: str, named: str) -> None:
    chems = _chems("湖北一化工公司硝化棉车间发生爆炸，3人死亡。" + background)
    assert "硝化棉" in chems
    assert named not in chems


def test_quenching_oil_is_a_substance_that_burns() -> None:
    # the oil of a heat-treatment tank, catching fire as hot parts go in
    assert _chems("热处理车间网带炉淬火油着火，两名工人被烧伤。") == {"淬火油"}


def test_oxygen_a_check_measures_and_a_numbered_things_code() -> None:
    # oxygen named as what a check measures, after it: the atmosphere, no substance of the accident
    text = "一名工人独自清洗储存槽，疑似缺氧，送医不治。初步研判，疑似是工作环境的氧气监测、通风换气等因素所致。"
    assert "氧" not in _chems(text)
    # (oxygen that leaked stays one)
    assert "氧" in _chems("一名工人在船舱内作业时，氧气管泄漏的氧气遇明火燃烧，致3人烧伤。")
    # a formula followed by a number sign is a numbered thing's code: "H2#400MW" is a wind farm's, no hydrogen
    assert "氢" not in _chems("滨海北区H2#400MW海上风电项目一艘施工船发生火灾，一名工人失踪。")
    assert "氢" in _chems("引入工艺气体（N2、H2混合气体）时发生爆炸，造成2人死亡。")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # what the authorities' experts were set to inspect after the accident is no substance of it
        ("居民楼发生爆燃，1人死亡。住建部门已着手组织专家对燃气管网和楼体安全开展检测。", set()),
        # (a check under way when the substance leaked is the accident's, and a search of the scene finding it)
        ("在对反应釜进行检查时，甲醇泄漏引发爆炸，1人死亡。", {"甲醇"}),
        ("储罐发生爆炸，1人死亡。应急部门对现场进行排查，发现液氯泄漏。", {"氯"}),
    ],
)
def test_what_the_authorities_set_experts_to_inspect(text: str, names: set[str]) -> None:
    assert {c.name for c in extract_report(LEAD + text).chemicals} == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dust that blew up or burnt, with no powder named: 粉尘, as the labels list it
        ("车间发生粉尘爆炸，造成2人受伤。", {"粉尘"}),
        ("料仓中粉尘浓度过高引起爆炸，造成5名工人受伤。", {"粉尘"}),
        ("摩擦产生的火星掉进储存器，引燃粉尘，造成1人死亡。", {"粉尘"}),
        # (not where the powder is named, nor a measure against it or its hazard)
        ("车间内的铝粉尘发生爆炸，造成2人受伤。", {"铝粉"}),
        ("车间起火，造成2人受伤。要防止粉尘爆炸。", set()),
        ("车间发生火灾，2人受伤。排查粉尘爆炸隐患。", set()),
    ],
)
def test_dust_that_went_off(text: str, expected: set[str]) -> None:
    assert _chems(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tanks the fire only threatened, however long the list
        (
            "一储罐发生着火，1人受伤。火灾威胁着附近两个苯乙烯储罐、一个柴油储罐和一个二甲苯储罐。",
            set(),
        ),
        # (one that leaked, though threatened, is involved)
        ("火灾威胁着附近的柴油储罐，柴油泄漏后起火，1人受伤。", {"柴油"}),
        # a smell likened to a product's: no substance of the accident
        ("摊主闻到一股刺鼻的气味，闻着就像84消毒液的味道，2人中毒。", set()),
        ("工人闻到一股硫化氢的气味，随后晕倒，2人中毒。", {"硫化氢"}),
    ],
)
def test_threatened_at_length_and_a_smell_likened(text: str, expected: set[str]) -> None:
    assert _chems(text) == expected
