"""Chemical and equipment mentions: the substances and equipment a report tells as involved in the accident."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import rjieba
from spacy.tokens import Span as SpacySpan

from .dates import earlier_announced, in_earlier_list
from .furniture import in_furniture
from .numerals import NUM
from .patterns import Gazetteer
from .report import ChemicalMention, EquipmentMention, ExtractedReport, Span
from .text import SURNAMES, CommonWords, _KindAt, _sentence_at, hypothetical, other_accidents

# a character that makes a gazetteer name part of a longer one: a substituent (间硝基二甲苯 is not 二甲苯), a
# compound word (过氧化丁酮 is not 丁酮), an acyl group (亚硝酰硫酸 is not 硫酸) or a lower oxidation state
# (亚硫酸钠 is not 硫酸)
# (异, 仲, 叔: an isomer's name the tokenizer split, 异丙醇 is no 丙醇; 聚, a polymer's: 聚甲基丙烯酸甲酯, the plastic,
# is no 甲基丙烯酸甲酯)
CHEM_PREFIX = set("基化酰亚异仲叔聚")
# the last character of a substituent before a known name: 间硝基苯, 二甲基二氯硅烷 (not 副产盐酸)
SUBSTITUENT_END = CHEM_PREFIX | set("氯溴碘氟")
# a counted halogen substituent right before a name: 二氟 of 二氟甲烷, 五氟 of 五氟乙烷, 1,2-二氯 of 1,2-二氯乙烷
HALO_BEFORE = re.compile(r"[一二三四五六七八九十\d][氯溴碘氟]")
# one halogen, uncounted, right before a known name, with the character before it (see `ChemicalReader.read`; not
# another halogen, which `_substituted` counts)
HALO_ONE = re.compile(r"[^氯溴碘氟][氯溴碘氟]")
# ... and before a name that starts with one: 四 of 四氯乙烷 (no 氯乙烷), 过 of 过氯乙烯 (not 经过, 通过, 超过)
COUNTED_HALO_BEFORE = re.compile(r"[一二三四五六七八九十\d]$|(?<![经通超越穿跨路度])过$")
# an official's or a worker's title and surname, right before a short name that is his given name (see `read`)
TITLED_SURNAME_BEFORE = re.compile(
    r"(?:长|书记|主任|经理|记者|司机|工人|师傅)[" + "".join(sorted(SURNAMES)) + r"]$"
)
# a byline in brackets, open before a name: the reporters' names, one of which may read as a substance's
BYLINE_BEFORE = re.compile(r"[（(]\s*(?:记者|通讯员|实习生|见习记者|特约记者|摄影|文/图|文／图)[^（()）\n。]{0,40}$")
# (an explainer's uses: "苯广泛用于…，用作油漆的稀释剂", "硝化棉产品应用在涂料、油墨等领域")
EXCLUDE_CHEM_CONTEXT = re.compile(
    r"经营范围|主要用于|用于制造|用于配制|主要产品|经营项目|许可范围|主要从事|专门从事|广泛用于|应用(?:于|在)|(?<!不)用作"
    # what else a place trades or stocks, and what it plans to use: "该加油站同时经营柴油销售", "已计划改用管道天然气"
    r"|同时(?:经营|储存|存放|生产|销售)|(?:计划|准备|打算|拟|将)改用"
    # the goods a trader's licence lists and what its tanks are for: "经营产品有甲苯、粗苯、二甲苯…", "罐区设有储罐
    # 5台，用于储存苯、粗苯、甲苯…"
    r"|经营(?:产品|品种|商品)|用于储存"
    # the works a contract covers: "施工内容包括厂房内砌墙、抹灰、油漆和水电安装等"
    r"|(?:施工|工程|承包|合同)内容(?:包括|为|是|有)"
    # what a vessel was used for before: "该釜原用于以甲苯为溶剂的缩合反应"
    r"|原用于|为溶剂"
    # what a substance can stand in for, an explainer's: "三光气…可取代光气或双光气参与反应"
    r"|(?:可|可以|能)(?:取代|替代|代替)"
)
# a sentence about uses, business or other accidents: the substances named there are not this accident's
CHEM_NOT_INVOLVED_SENTENCE = re.compile(
    # (not a building or line named for the raw materials: "原料生产厂房某个煤气干燥塔突然发生爆炸")
    # (and an explainer's raw materials: "硝化棉上游原料主要为硝酸、发酵酒精和精制棉等")
    # (and a unit's founding and standing, background: "该公司成立于2008年，是国内最大的废旧锂电池回收处理企业")
    # (nor a store of raw materials, a place: "化工原材料库中的硝化棉…积热自燃")
    r"成立于|原材料(?![库仓])|原辅材料|为原料|作原料|原料生产(?![厂车线楼])|原料(?:主要)?(?:为|是)|经营范围|许可经营|经营方式|同类事故|类似事故"
    r"|事故情况(?:进行)?通报|的通报"
    # an earlier accident told as background: "重庆2003年曾发生特大井喷事故，含硫化氢的天然气大量泄漏"
    r"|曾发生|曾经发生"
    # what a vehicle carried before: "该车此前曾运输过液碱"
    r"|曾经?(?:运输|装运|装载|运送|拉运|储存|存放)过|此前曾|此前已因|曾因"
    # measures taken after the accident: "事后学校要求对…氧气钢瓶进行全面排查", "事后该公司开展专项排查，重点检查…"
    # ("事故后，公司对液氯、液氨等危险化学品储存场所进行了全面排查": the list between)
    r"|(?:事后|事故后|事发后|此后)[^。]{0,40}?(?:要求|专项排查|全面排查|隐患排查|整改|责令|部署)"
    # (or by the authorities' experts, with no word of after: "住建部门已着手组织专家对燃气管网和楼体安全开展检测"; not
    # any department's search of the scene, which may find what leaked: "应急部门对现场进行排查，发现液氯泄漏")
    r"|(?:组织专家|专家组)[^。]{0,12}?对[^。]{0,30}?(?:开展|进行)[^。]{0,4}?(?:检测|排查|检查)"
    # other accidents counted: "今年以来，邻县已发生2起因清掏化粪池导致硫化氢中毒的事故", "先前也发生过多起有限空间
    # 事故，…干冰升华导致车厢内二氧化碳浓度骤升", "从2005年至今，矿业集团至少发生6起瓦斯爆炸、矿震、冒顶…等事故"
    r"|(?:已|共|先后|也|至少|累计)发生[^。，,]{0,6}?起"
)
# the verb of advice (要 of 主要, 重要, 需要 … is none: "火灾蔓延主要原因：…产生大量一氧化碳、甲醛等有毒气体")
_ADVICE_VERB = r"(?:应|应当|(?<![主重需只想总概纲提])要|必须|务必|严禁|禁止|不得|加强|切实)"
# general advice naming substances by kind: "要加强对液氯、液氨等危险化学品运输车辆的监管"
CHEM_ADVICE = re.compile(
    _ADVICE_VERB + r"[^。]*?等(?:危险|危化|化学|易燃|有毒|剧毒|重点)"
    r"|等(?:危险|危化|化学|易燃|有毒|剧毒|重点)[^。]*?"
    + _ADVICE_VERB
    # a reporter's or an official's reminder to the public: "消防部门提醒，冬季使用煤炉取暖要防范煤气中毒"
    + r"|(?:提醒|呼吁|告诫|温馨提示)[^。]{0,40}?(?:要|应|应当|注意|防范|谨防|预防|切勿|不要|务必|避免)"
    # a rule or a standard quoted: "规范中明确规定：加油站的汽油、柴油储罐应直埋成地下式"
    r"|规定[:：，,][^。]*?(?:应|应当|必须|严禁|禁止|不得)"
    # the lessons drawn for others: "各地要举一反三，…已接入管道天然气的也要定期检查"
    r"|举一反三"
)
# a clause about a blood or toxicology test ("血液中未检出乙醇成分", "肝组织无法判断乙醇来源"), an explosion's
# TNT equivalent, a property, a plant's capacity ("120万吨/年硫磺制酸"), or the goods a licence covers ("具有…资质")
CHEM_NOT_INVOLVED_CLAUSE = re.compile(
    r"血液|血样|血中|抽血|肝组织|毒物检测|毒物鉴定|酒精含量|酒精浓度|未检出|当量|分解出|熔点|沸点|易溶于|(?<=状[，,])溶于|而形成"
    # (what a substance mixes with: "能与乙醇、乙醚及许多其他有机溶剂混溶"; what it dissolves in, after its look, and
    # how it is made: "呈白色棉絮状，溶于丙酮", "通过用硝酸…硝化纤维而形成")
    r"|混溶|互溶|可溶于|溶于水"
    # alcohol drunk, not a spilt solvent: "酒精的作用越来越大", "有人酒精过量摔倒在地"
    r"|酒精的?(?:作用|度数|麻醉|过量)"
    r"|吨/年|产能|年产|配套(?:建有|建设|生产)|用于生产|联产"
    # what a substance is made from, or might be present: "光气通常由一氧化碳和氯气…合成", "还可能积聚甲烷"
    r"|由[^，,。；;]{0,16}?合成|可能(?:积聚|产生|含有|存在|造成)"
    # (or might be there, as a warning tells it: "红薯窖里…有的还会有大量一氧化碳、二氧化硫、硫化氢等有毒气体")
    r"|还会有"
    # what monitoring found normal: "环境监测表明，…二氧化硫、硫化氢未出现异常"
    r"|未出现异常|均未超标"
    # a mine's class by its gas: "庙上煤矿为高瓦斯矿井", "该矿…属煤与瓦斯突出矿井"
    r"|[高低]瓦斯矿|煤与瓦斯突出矿井|瓦斯突出矿井"
    # what people online claimed: "此前有网友称事故由天然气管道泄漏引起" (not "…为柴油，而非网传的汽油"'s 柴油)
    r"|网友称|网传|传言|谣言"
    # a plan or a change of fuel, and what was cleared out: "计划于年内完成天然气置换改造", "液化气钢瓶已全部清退"
    r"|(?:计划|准备|打算|拟|督促|要求|动员)[^，,。；;]{0,16}?(?:改用|改为|置换|改造)|清退"
    # what a plant makes or trades: "该厂主要生产硫酸、盐酸等产品"
    r"|主要生产|专业生产|生产销售|主营|合成生产|利用[^，,。；;]{0,16}?生产"
    r"|(?<![不无未没])(?:具有|具备|取得|持有)[^，,。；;]*?资质"
    # a substance's properties or chemistry, and what a place used to hold ("该装油台原为重油装车台")
    r"|分子式|化学式|相对密度|闪点为|爆炸极限为|(?:可|是)由[^，,。；;]{0,20}?(?:生成|制得|制成)|原为|原是"
    # a substance's reactivity as a data sheet tells it: "与浓硝酸、发烟硫酸或其它强氧化剂剧烈反应"
    r"|剧烈反应|爆炸性混合物|(?:其它|其他)强氧化剂"
    # (and a commercial grade's impurities, an explainer's: "工业用乙炔由于含有硫化氢、磷化氢等杂质，而有一股大蒜的
    # 气味")
    r"|含有?[^，,。；;]{0,20}?杂质"
    # an inspection item or a question ("检查生活区是否存放烟火药、黑火药等危险物品"), not what happened; a mistaken
    # belief ("还以为是煤气罐爆炸了")
    r"|是否|(?<![所可予难])以为"
    # substances given as examples of a kind, a list with 如 and 等 at the head of its clause: "如镁粉、铝粉、煤尘、
    # 面粉等"
    r"|(?:^|(?<=[，,。；;：:\n]))\s*(?:例如|比如|诸如|如)(?:[^，,。；;、\n]{1,8}、)+[^，,。；;、\n]{1,8}等"
)
# what a substance must not meet, as a data sheet tells its hazard: the things it meets listed in a clause, and the
# danger in the next ("乙醚…能与空气形成爆炸性混合物，碰到火花、高温、氧化剂、高氯酸、氯气、氧气、臭氧等，就有发生燃烧
# 爆炸的危险")
HAZARD_CONTACT_BEFORE = re.compile(r"碰到|遇到|接触到")
HAZARD_OUTCOME_NEXT = re.compile(r"\s*(?:就|即|便|则)?(?:有|会|可能|易)[^，,。；;]{0,10}?(?:危险|燃烧|爆炸|着火)")
# chemistry told as what a substance does in general, not what happened: "电石遇水生成乙炔，还会生成硫化氢等有毒气体",
# "氯酸钠受热会分解放出氧气"; a product named after such a verb in such a sentence was not released
# (and hydrolysis, and what a substance "will" give: "五硫化二磷…遇水可水解成磷酸和硫化氢", "硫酸二甲酯遇水反应后，
# 将产生硫酸和甲醛")
CHANGE_VERB = r"氧化成|氧化为|转化为|转化成|代谢为|代谢成|转变为|转变成|水解成|水解为|水解生成"
CHEM_GENERAL = re.compile(
    r"(?:会|能|可|可以|易|极易|一般|通常|均可|将会|将)(?:与水|遇水|遇潮|遇湿|受热|遇热|遇火|遇酸|在[^，,。；;]{1,8}?下)?"
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
# the value of a report's accident-class field
CLASS_FIELD_BEFORE = re.compile(r"类\s*(?:别|型)\s*(?:[:：]|为|是)\s*$")
# a vehicle's own fuel ("油箱内的柴油", "以LNG为燃料的货车") is not the accident's substance unless its sentence tells
# it leaked or burnt
FUELS = frozenset(("柴油", "汽油", "天然气", "液化石油气"))
# (a filling station's stock is not a vehicle's fuel: "加油站卸汽油时发生火灾")
VEHICLE_FUEL = re.compile(r"油箱|燃料|燃油|加注|加满|加油(?!站)|动力")
FUEL_RELEASED = re.compile(
    r"泄漏|泄露|漏出|流出|外泄|溢出|渗出|起火(?!点)|燃烧|着火(?!点)|爆炸(?!点)|燃爆|爆燃|引燃|点燃|喷出|火灾|失火|闪爆|闪燃"
)
# what the fire or blast would have reached, told of things stored or standing nearby: after them, passive ("车间内
# 还存放着油漆、液化气瓶等易燃物，一旦被殃及，后果不堪设想", "旁边的氧气瓶险些被引爆"), or before them ("火势未蔓延到
# 隔壁的甲醇储罐"); not an active verb after a name ("罐车侧翻，所幸未引燃", "未波及其他车辆": the cargo itself)
CHEM_THREATENED = re.compile(
    r"(?:一旦|如果|如若|倘若|若|险些|差点|差一点|幸未|未|没有|没)"
    r"(?:被(?:殃及|波及|引燃|引爆|烧到|烧及)|(?:殃及|波及)(?=[，,。；;]|$))"
    # or told as unharmed: "甲苯储罐距起火点仅50米，未受影响", "球罐未受影响", "柴油未外泄", "储罐未发生险情"
    r"|(?:未|没有|没|并未)(?:受到?|遭到?)(?:影响|波及|殃及|损坏|损伤|损)|(?:未|没有)发生(?:险情|泄漏|泄露|渗漏|燃烧|爆炸|异常)"
    r"|(?:未|没有|没)(?:外泄|泄漏|泄露|漏出)|安然无恙"
)
# a load carried, right before its name in the clause (the labelling conventions count cargo as involved)
CARGO_BEFORE = re.compile(
    # (not a vehicle's own fuel, "所载柴油未发生渗漏", told beside the cargo that did leak)
    r"(?:拉|装载|运载|满载|载运|装运)(?:着|了)?的?\s*(?:约|近|共)?\s*(?:\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:吨|t|立方米|方|升|公斤|千克|桶|罐))?$"
)
STORED_BEFORE = re.compile(r"(?:储存|存放|存有|堆放|储有)[^，,。；;]{0,6}$")
# ... or listed after the word, in a store the sentence then tells a disaster would follow for, had the fire reached it
# ("仓库分别存放着15桶油漆及4个液化气罐，此时两个仓库已被大火包围，如果发生爆炸后果将不堪设想"; not the burning store's
# own goods, its fire told in their clause: "由于失火仓库存放着大量塑料等易燃物品，…一旦火势蔓延，后果不堪设想")
STORED_LIST_BEFORE = re.compile(r"(?:储存|存放|存有|堆放|储有)[^，,。；;]{0,16}$")
DIRE_IF = re.compile(r"(?:如果|若|一旦|倘若|万一)[^。；;]{0,20}?不堪设想")
CHEM_UNHARMED_LATER = re.compile(
    # ("未受火势波及": the fire between; "未发生泄漏")
    r"(?P<all>均|都|也|全部)?(?:(?:未|没有|没|并未)(?:被|受到?|遭到?)?(?:火势|大火|火灾|爆炸)?(?:影响|波及|殃及|损坏|损伤|损)"
    r"|(?:未|没有)发生(?:险情|泄漏|泄露|渗漏|燃烧|爆炸|异常))"
)
# other holdings of the place, told apart from what burnt or leaked: "该油库另有汽油、航空煤油储罐各4座"
ANOTHER_BEFORE = re.compile(r"(?:另有|另外有|另外还有|此外还有|还另有)[^，,。；;]{0,12}$")
CHEM_THREATENED_BEFORE = re.compile(
    r"(?:(?:险些|差点|差一点|幸未|未|没有|没)(?:殃及|波及|蔓延到|蔓延至|烧到|烧及|引燃|引爆)"
    # (or endangered, no more: "引发爆炸，危及厂房内的油墨成品和半成品", "火灾威胁着附近两个苯乙烯储罐、一个柴油储罐
    # 和一个二甲苯储罐")
    r"|危及|威胁(?:着|到)?)(?P<gap>[^，,。；;]{0,24})$"
)
# product classes rather than substances (civil explosives): reports name them as trades, licences and rules far more
# often than as things; one counts where its clause tells it carried, stored, handled or going off
PRODUCT_CLASSES = frozenset(
    ("雷管", "导火索", "导爆索", "导爆管", "起爆药", "延期药", "点火药", "发射药", "烟火药", "工业炸药")
)
# explosive articles named by their product class, never a substance of the accident: fireworks (烟花, 鞭炮, 花炮 …) are
# articles (GB 6944 class 1, under their own regulation, not in the hazardous-chemicals catalogue), and the labels
# leave them out (13 of the 15 read texts in which the extractor named them); what they are made of (黑火药, 氯酸钾) is
# a substance. The gazetteer still knows them, so their parts are not read as other names.
ARTICLES = frozenset(("烟花爆竹",))
PRODUCT_INVOLVED = re.compile(
    r"装载|装运|运载|满载|载有|装有|装着|运输|运送|拉运|承运|所载|所运|存放|储存|堆放|搬运|装卸|卸下|卸车|装车|配送"
    # carried by a person: "董某身边有雷管火药", "携带雷管下井"
    r"|携带|随身|身边有|身上有|手持"
    # (not the scene where one was found after: "警方在爆炸废墟中发现有乳化炸药、导火索、导爆管")
    r"|爆炸(?!物品|废墟|现场)|燃烧|起火|着火|自燃|爆燃|燃爆|引爆|起爆|殉爆|散落|撒落|货物|货厢|车厢"
)
# a product that set off another charge, the initiator and not what blew up: "放炸药用雷管引爆", "点燃电雷管引爆炸药"
PRODUCT_INITIATED = re.compile(r"[^，,。；;]{0,2}?(?:引爆|起爆)")
# a product class naming the trade of a material after it
PRODUCT_MATERIAL_AFTER = re.compile(r"(?:药料|原料|原材料|材料|用料)")
# a coat of paint, by its colour before 油漆 or its state after it (see `_chemical_involved`)
PAINT_COLOUR_BEFORE = re.compile(r"色(?:的)?$")
PAINT_COAT_AFTER = re.compile(r"(?:严重)?(?:脱落|剥落|褪色|颜色)")
# a release denied: "未造成其他设备损坏及油品泄露", "没有发生液氨泄漏"
CHEM_NOT_RELEASED_BEFORE = re.compile(r"(?:未|没有|没|并未)(?:造成|导致|引起|发生|出现)[^，,。；;]{0,12}?$")
CHEM_RELEASE_AFTER = re.compile(r"(?:泄漏|泄露|外泄|漏出|燃烧|起火|爆炸)")
# an amount right after a product class is stock that was there: "收集到雷管4582发，…，点火药1.5KG"
PRODUCT_AMOUNT = re.compile(
    r"\s*(?:约|共|达|计)?\s*\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:发|枚|盘|根|米|箱|件|KG|kg|Kg|公斤|千克|克|G|g|吨|t|T)(?![\u4e00-\u9fff]{0,2}/)"
)
EVERYDAY_CARRIED = re.compile(
    r"(?:装有|装载|装运|运载|满载|载有|载着|装着|运输|运送|拉运|存放|储存|堆放|私藏)(?:了|着)?(?:的)?$"
)
EVERYDAY_WENT_OFF = re.compile(r"[^，,。；;\n]{0,8}?(?:爆炸|爆燃|燃爆|起火|着火|燃烧|殉爆|自燃)")
# a product set off where the sentence goes on to the fire it started: "在桌面上燃放烟花，引燃天花板酿成火灾"
SET_OFF = re.compile(r"(?:燃放|点燃|点放)(?:了)?$")
SET_OFF_STARTED = re.compile(r"[^。；;\n]{0,20}?(?:引燃|引发|引起|酿成|导致)")
# gases reports mostly name as what the responders used (purging, inerting, extinguishing): one counts only where
# the text names it as a cargo or in a sentence of harm (leak, asphyxia, burst, frostbite)
INERT_GASES = frozenset(("氮", "二氧化碳", "氩", "氦"))
# wood dust and shavings: a substance of the accident only where its sentence tells it burning or blowing up ("木屑燃爆
# 事故", "木粉飞扬，突然起火"), not sawdust spread to soak up a spill ("用木屑吸附泄漏的液体"), a plug, or a mushroom
# grower's substrate
SOLID_FUELS = frozenset(("木粉",))
# asphalt: a substance of the accident only where its sentence goes on to tell it hot, spilt or burning
# ("高温沥青四溅", "烫化了的沥青一下子喷涌而出", "防水卷材成分中含有沥青，着火后黑烟很浓"), not a road surface
# ("道路沥青铺设", "沥青路面被挖开") nor what a works makes after its fire is told ("发生火灾的沥青厂主要生产沥青")
HARM_ONLY = frozenset(("沥青",))
HARM_ONLY_TOLD = re.compile(r"烫|烧伤|灼伤|喷|溅|泄漏|泄露|起火|着火|燃烧|爆炸|爆燃|闪燃|火灾")
SOLID_FUEL_BURNING = re.compile(r"燃|爆|粉尘|着火|起火|火灾")
# (and a high concentration of it felling someone: "高浓度氮气如同潜伏的死神，瞬间将他击倒"; or bursting out of a mine's
# face: "掘进工作面二氧化碳突出事故")
INERT_HARM = re.compile(r"泄漏|泄露|窒息|中毒|爆炸|爆裂|破裂|冻伤|喷出|缺氧|晕倒|昏倒|昏迷|吸入|高浓度|击倒|倒地|突出")
# the word after a name makes it a thing, a place or a unit, not the substance: 氧气呼吸器, 普光气田, 炸药库, 烟花厂,
# 长沙市液化石油气发展有限公司, 氧气仓库, 油漆作坊, 柴油工厂; or the name goes on as a longer one the gazetteer does not
# know (醋酸乙脂)
CHEM_NOT_SUBSTANCE_AFTER = re.compile(
    # (a torch named after its fuel gas, the tool of hot work: "用乙炔枪气割", "乙炔气枪烤凹部")
    r"呼吸器|面罩|面具|检测仪|报警仪|报警器|灭火器|灭火剂|气?(?:枪|割枪|焊枪|割炬|焊炬)"
    # (the gas named for the cutting it does: "通过大锤捶打、乙炔切割、电焊焊接等方式对砂斗开展检修")
    r"|切割|气割|焊割"
    # (a class of compounds named after it: "甲烷氯化物车间管道液氯气体受压产生泄漏")
    r"|氯化物|溴化物"
    # (or a project, a terminal or a trench named after it: "80万吨乙烯工程一期还建房工地", "燃气管道建设项目施工
    # 人员在进行管道试压", "LNG接收站", "正在挖掘的燃气管道深沟发生塌方")
    r"|接收站|(?:管道|管线|管网)?(?:建设|改造|铺设|安装|迁改)?(?:工程|项目)|(?:管道)?(?:深沟|管沟|沟槽)"
    # (a plant's area named after its product: "上海石化烯烃部2号乙烯老区…裂解炉区域原料管线发生闪爆")
    r"|[老新]区"
    # (a mix or the plant making it: "一沥青混凝土生产场所重油罐发生爆燃", "沥青搅拌站")
    r"|混凝土|混泥土|搅拌站|拌和站|拌合站"
    r"|田|库|仓库|作坊|工?厂|分院|医院|[\u4e00-\u9fff]{0,6}?"
    r"(?:有限责任公司|股份有限公司|有限公司|集团|公司|经营部|销售部|事业部|商行|协会|部门)"
    # (a scanned text's space inside the word: "煤气公 司安全管理制度不落实")
    r"|公\s+司"
    r"|[甲乙丙丁戊己庚辛苯二三四氯溴硝]{1,3}(?:酯|脂|醚|酮|醛|烷|烯|胺|醇)"
    # a class ending that makes the name a part of a longer one: 二硝基苯胺 is not 硝基苯, 乙醇胺 not 乙醇, 硫酸铵 not
    # 硫酸, 甲苯酚 not 甲苯, 丁酮肟 not 丁酮 (联苯醇 not 联苯)
    r"|[胺酚铵腈肟酯脂醇]"
    # (a residue or a mother liquor left of it, another material: 电石渣 is not 电石, 酒精母液 not 乙醇)
    r"|渣|母液"
    # (a benzene ring's acid: 对氯苯甲酸 is not 氯苯; its aldehyde, 硝基苯甲醛, is above)
    r"|(?<=苯)[甲乙](?:酸|酰|腈)"
    # (an acid's metal salt: 醋酸铅 is not 醋酸, 硫酸铜 not 硫酸; and an alcohol's or a phenol's: 甲硫醇钠 is not
    # 甲硫醇, 苯酚钠 not 苯酚)
    r"|(?<=[酸醇酚])亚?[钠钾钙铅铜银锌铁镁铝钡锰铬镍钴汞锂]"
    # a class of substances, not one: "属于液化烃类介质", "醇类物质"; a polymer named after its monomer (丙烯酸树脂)
    r"|类(?!似)|树脂"
    # a machine named by the fuel it burns as designed, whose accident is its own: a boiler bursting ("燃气蒸汽锅炉发生
    # 爆炸"), a generator's exhaust ("汽油发电机…一氧化碳中毒"), a pump's or an engine's ("在山洞内用汽油抽水机灌溉")
    r"|(?:蒸汽|热水)?锅炉|发电机|抽水机|抽水泵|水泵|发动机|(?<=油)机(?![构关会场制动车票组])"
    # a worker named after the material of his trade: 油漆工 is a painter (not 油漆工艺, 硫酸工段)
    r"|工(?![厂业艺具程段序作地况区])"
    # a product class as the attribute of a trade, a licence or a rule: 烟花爆竹生产企业, 烟花爆竹道路运输许可,
    # 民用爆炸物品安全管理条例, 烟花爆竹行业
    r"|(?:生产|经营|批发|零售|储存|运输|道路运输|燃放|销售)?的?(?:企业|厂家|行业|许可|安全|监管|监察|管理|条例"
    r"|经营治理|专项|打非|作业)"
    # the trade in it, not a quantity of it: 成品油供应, 成品油市场整顿办公室, 液化气价格
    r"|市场|供应(?!站|点)|价格"
    # (nor the riches of a place: "拥有丰富的石油、天然气资源")
    r"|资源|储量"
    # a plant unit named after its product or process: 硫磺回收车间, 重油催化装置
    r"|(?:回收|催化|裂化|加氢|精制|制酸)(?:车间|装置|单元|工段)"
    # a workshop named after its product, a place: "氯甲烷车间冷冻站的液氨泄漏", "氢氧化钡车间副主任" (the substance
    # counts where the text names it otherwise); not a workshop that blew up, burnt or leaked ("双氧水车间发生爆炸":
    # its product did), nor a process unit, 装置, whose own substance burns when it does
    # (a fireworks or detonator works' 工房 too: "661厂雷管装配工房起爆药装填工序发生爆炸")
    r"|(?:生产)?(?:车间|工段|分厂|(?:装配|加工|生产|成品|包装)?工房)(?![^，,。；;]{0,3}?(?:发生[^，,。；;]{0,4}?)?"
    r"(?:爆炸|爆燃|火灾|起火|着火|燃爆|闪爆|泄漏|泄露))"
    # a unit named after its product as the first step of a place: 乙二醇装置区域, 氯甲烷装置液氯工段, X车间的反应釜
    # (or units listed: "对…化工装置(主要为 PVC 装置、烧碱装置)实施暂时性停产")
    r"|装置(?=\s*[、）)])"
    # (a vessel's tag before its name: "乙二醇装置T—430精制塔发生爆炸")
    r"|(?:车间|装置|生产区|工段)(?:区域|区|[\u4e00-\u9fff]{1,4}?(?:工段|单元)"
    r"|(?:[A-Za-z]{1,3}\s*[-—－]?\s*\d{1,4}[A-Za-z]?[\u4e00-\u9fff]{0,6}?|[\u4e00-\u9fff]{1,6}?)塔"
    # (and a vessel of the unit: "氯乙烯装置转化器内冷却水超温、超压")
    r"|的?(?:反应釜|反应器|转化器|储罐|罐区|泵房|管道|管线))"
)
# a class of gases, not a substance: 燃气 in 可燃气体, 易燃气体, 助燃气体, 不燃气体, and 可燃气, 可燃气质 (a fabric
# that burns: "工作服属于可燃气质")
GAS_CLASS = re.compile(r"[可易助不]燃气")
# a cargo the gazetteer may not know, by how transport reports name it: "满载30吨丙烯酸丁酯", "运输甲醇钠的罐车",
# "一辆苯乙烯槽罐车", "泄漏的三氯化铝"; a name is taken only when it ends like a substance name (…酯, …醇, …油 …, and
# an acyl chloride's …酰氯: "装载危化品异丁酰氯的货车")
_CHEM_TAIL = r"(?:酯|醇|酮|醛|酸|酐|烷|烯|炔|苯|酚|醚|胺|腈|油|气|碱|粉|焦|钠|钾|钙|铵|磷|硫|酰氯)"
# a name's characters: a comma only between locants ("1,2-二氯乙烷"), else it ends a clause ("将生米运输入库,同时将仓库
# 透气" is no name)
_NAME_CHAR = r"(?:[\u4e00-\u9fffA-Za-z0-9\-]|(?<=\d),(?=\d))"
_CARGO_NAME = (
    r"(?P<name>" + _NAME_CHAR + r"{1,10}?" + _CHEM_TAIL + r")"
    r"(?=的|罐车|槽罐车|槽车|罐式|运输车|货车|半挂|[，,。；;、（()）\s\d]|约|后|发生|泄漏|泄露|和|及|与|$)"
)
_UNIT = r"吨|t|T|立方米|立方|方|公斤|千克|kg|升|桶|瓶|罐|件|箱|袋"
CARGO_RE = re.compile(
    # the first characters of the alternatives, ahead: lets the scan skip other positions fast
    r"(?=[装运满载拉承充所泄漏化危货物介品一辆该])(?:"
    r"(?:(?:装载|装运|运载|满载|载有|装有|装着|运输|运送|拉运|拉载|载运|承运|充装|所运|所载|所装|泄漏的|泄露的|漏出的"
    # (运 alone before a name and 的, as people say it: "撞上了一辆运铁粉的大货车"; not the 运 of 运输, 运送, 运载)
    r"|运(?![输送载])(?=[^，,。；;的]{1,8}的))"
    r"(?:了|着)?\s*[:：]?"
    r"|(?:化学物品|化学品|危化品|危险品|危险货物|货物|物料|介质|品名)(?:为|是|[:：]|——|—))\s*"
    # (a quantity in Chinese numerals only with its unit: 三 of "运输三氯化磷" is the name's; the rest of a load
    # before it: "装载另外5箱偶氮二异庚腈")
    r"(?:另外|其余|剩余|剩下的)?\s*(?:约|近|共|大约)?\s*(?:(?:\d+(?:\.\d+)?)\s*(?:余|多)?\s*(?:" + _UNIT + r")?"
    r"|(?:" + NUM + r")\s*(?:余|多)?\s*(?:" + _UNIT + r"))?\s*(?:左右)?\s*(?:的)?\s*"
    # the kind of goods, then a dash or colon, then the name: "装有22吨化学品——丙烯酸甲酯的罐车"
    r"(?:(?:危险)?(?:化学物品|化学品|危化品|危险品|危险货物|货物)\s*(?:——|—|:|：)\s*)?"
    + _CARGO_NAME
    + r"|(?:一辆|辆|该车|该|一台)\s*(?:满载|装载|载有)?\s*"
    # (a quantity before the name: "一辆满载30吨混合酯槽罐车")
    r"(?:\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:" + _UNIT + r")\s*)?"
    r"(?P<name2>" + _NAME_CHAR + r"{1,10}?" + _CHEM_TAIL + r")"
    r"(?=槽罐车|罐车|槽车|罐式|运输车))"
)
# a list of substances closed by their class: "引燃管线中四甲基硅烷、氯甲基三甲基硅烷等可燃性气体", "货车载有
# 甲乙酮和丁醇等化学品"; the items (cut after a word of place: 管线中…) are names when they end like one
LIST_CLASS = re.compile(
    r"等(?:可燃性?|易燃易爆|易燃|有毒有害|有毒|剧毒|危险|有机)?"
    r"(?:气体|化学品|化学物品|危化品|危险化学品|危险品|化工原料|原料|物料|溶剂)"
)
# a vessel's contents told as a list: "使罐内物料（包括阿昔莫司、…5-甲基吡嗪-2-羧酸和双氧水等）温度、浓度升高"
CONTENTS_LIST = re.compile(r"(?:物料|原料|介质|物质)[（(](?:包括|含有|有|为)(?P<items>[^（()）。]{2,80}?)(?:等)?[）)]")
# a substance that decomposed or ran away, or whose reactor failed: "釜内肟基丙酮发生放热分解", "直接原因是对甲氧基
# 乙基苯酚反应釜在减压蒸馏过程中超温"
# (found from the runaway word back: scanning for the name itself would try every position of the text)
RUNAWAY = re.compile(r"分解|自聚|聚合反应|失控|反应釜")
RUNAWAY_NAME = re.compile(
    r"(?:(?<=[釜罐塔器]内)|(?<=[的是因将使，,。：:]))"
    r"(?P<name>(?:(?![是的在当到达了使将因为和与及内])" + _NAME_CHAR + r"){1,12}?"
    + _CHEM_TAIL
    + r")(?:发生|出现)?(?:剧烈|激烈|放热|热)?$"
)
# a systematic name with its locants, however the gazetteer would cut it ("3 - 甲基苯甲酸" is no 甲苯 and 甲酸)
# (its body without the function words and verbs that end it: "3-氯丙烯泄漏产生大量气体" names 3-氯丙烯)
_LOCANT_BODY = r"(?:(?![的了在等和与及发泄生产燃爆起着中内时后被将把为是])[\u4e00-\u9fffA-Za-z0-9\-])"
# (starting after a space, punctuation or a function word: "蒽醌1-磺酸钠" starts before its locant, and is left alone;
# locants further on too: "6-溴-2,4- 二硝基苯胺")
LOCANT_NAME = re.compile(
    r"(?=\d)(?<!\d[,，])(?:(?<=[\s的是为将把入有和及与、，,。：:（(“])|^)\d{1,2}(?:\s*[,，]\s*\d{1,2})*\s*-\s*[\u4e00-\u9fff]"
    r"(?:" + _LOCANT_BODY + r"|(?<=\d)[,，](?=\d)|(?<=-)\s+){0,14}" + _CHEM_TAIL
)
LIST_SEP = re.compile(r"[、和及与]")
# a counted substituent: 三氯 of 三氯丙酮, 一氯 and 二氟 of 一氯二氟甲烷
COUNTED_SUBSTITUENT = re.compile(r"[一二三四五六七八九十][氯溴碘氟]$")
HALOGENS = frozenset(("氯", "氯气", "液氯", "溴", "液溴", "氟", "氟气", "碘"))
MADE_FROM = re.compile(r".*?(?:原料|原材料|中间体|产物)")
LIST_ITEM_CUT = re.compile(r".*[中内里的了着有为是将把]")
LIST_ITEM = re.compile(_NAME_CHAR + r"{1,10}" + _CHEM_TAIL)
# a substance named by one character, which the gazetteer cannot hold as a word: "发生氨泄漏", "引起苯泄漏",
# "工人汞中毒", "装载苯的罐车", "受苯外泄影响", "含有苯物质的液体"; taken only after a function word, a carrying
# verb or punctuation (not 液氨, 甲苯, 氯化汞) and right before a leak, a poisoning, a smell, a fire, a tank or a word
# of matter (物质, 成分); the gazetteer surface that gives its canonical name and CAS
SINGLE_CHEM_RE = re.compile(
    # the name's character ahead: lets the scan skip other positions fast (the lookbehind is no fixed first character)
    r"(?=[氨氯苯汞])"
    # (吨 before: a quantity of it, "满载30吨氨"; a tanker with its size or kind between: "装苯的大罐车", "的油罐车")
    # (or its state: "满载30吨液态苯的罐车")
    r"(?:(?<=[的生起致成是为及和与因时后发现载运输送装有人名工受含吨座台只辆品、，,。：:（(“\s])|(?<=[液固气]态)|^)"
    r"(?P<c>[氨氯苯汞])"
    # (in quotes too: "运输危险品“苯”的罐车", "所运输的危险品“苯”泄漏")
    r"(?:(?<=“[氨氯苯汞])”)?"
    r"(?=泄漏|泄露|外泄|逸出|中毒|气味|味|燃烧|起火|爆炸|储罐|的?(?:大型|重型|大|油)?(?:罐车|槽车|槽罐车)|物质|成分)"
)
# or right after a word that introduces a substance or a composition and before the end of its item: "主要成分为苯，
# 有毒", "爆炸物质含有化学物苯，", "其成份是氨和…"
SINGLE_CHEM_NAMED = re.compile(
    r"(?:成分|成份|化学物质?|化学品|有毒物质?|有害物质?)(?:主要)?(?:为|是|有|含有)?(?P<c>[氨氯苯汞])"
    # (or what it made up: "将装过有毒物质苯的废弃物交人处理")
    r"(?=[，,。；;、）)\s]|等|和|及|与|的|$)"
)
SINGLE_CHEM_SURFACE = {"氨": "液氨", "氯": "液氯", "苯": "纯苯", "汞": "水银"}
# the unit of a quantity the cargo pattern took as the start of a name: "满载40吨苯" takes "吨苯"
CARGO_UNIT = re.compile(r"吨|公斤|千克|立方|升|桶|瓶|件|箱|袋")
# the kind of goods and a copula inside a taken cargo name: "运输的危化品为X" takes "危化品为X"; the name is after it
GOODS_LABEL = re.compile(r"(?:化学物品|化学品|危化品|危险品|危险货物|货物|物料|介质)(?:为|是)")
# the kind of goods right before the name, with no copula or dash: "装有化学危险品苯的槽车" names 苯
GOODS_KIND = re.compile(r"(?:化学危险品|危险化学品|剧毒化学品|化学物品|化学品|危化品|危险品|危险货物)")
# names a cargo pattern takes that are not substances
# a vehicle's size class before a tanker's name: "一辆重型油罐车", "中型液罐车"
VEHICLE_SIZE = re.compile(r"重型|轻型|中型|大型|小型|微型")
NOT_CARGO = frozenset(
    ("燃油", "燃气", "机油", "油气", "空气", "毒气", "气", "油", "废气", "尾气", "热气", "蒸气", "雾气", "天气")
)
# the air or water monitored after the accident and found safe: "所测的一氧化碳、二氧化硫等十项指标均处于安全状态",
# "检测的是空气中的X、Y的含量，…符合标准" - the names are what the monitoring measured, not what was released (a
# measurement found above the limit, "经检测硫化氢浓度严重超标", still counts)
CHEM_MONITORING = re.compile(r"监测|检测|所测|测得|测定")
CHEM_MONITORED_SAFE = re.compile(
    r"安全状态|安全范围|安全值|符合[^，,。；;]{0,12}?标准|空气质量[^，,。；;]{0,4}?标准|指标[^，,。；;]{0,4}?正常"
    r"|均未被?检测到|均未检出|未超标|均在正常|未见异常|无异常|正常水平|正常范围"
    # ("二氧化硫、氮氧化物等均未超过国家相关环保标准")
    r"|(?:未|没有)超(?:过|出)[^，,。；;]{0,12}?(?:标准|限值)"
)
# an agent used in the response, not a substance of the accident: "用氮气置换罐内残余液化气", "用84消毒液对现场进行
# 消毒"
CHEM_AGENT = re.compile(r"(?:进行)?(?:置换|吹扫|稀释|中和|灭火|冷却|喷淋|覆盖|消毒|洗消|吸收|破氰|处理)")
CHEM_AGENT_BEFORE = re.compile(
    # ("目前已采取液碱进行中和")
    r"(?:用|使用|采用|采取|利用|注入|通入|导入|引入|调来|调集|调运|运来|喷洒|投放|投加|撒)\s*(?:了)?\s*(?:大量|一批|足量)?"
    # (the second of two agents too: "投加双氧水和次氯酸钠进行破氰处理")
    r"(?:[^，,。；;用]{1,8}?(?:和|、|及|与))?\s*$"
)
# how things usually were, told as background at the head of a clause: "平时就有大量氧气瓶和乙炔气", "原先厂里使用煤气
# 取暖", "“以前每次都拉一大车，有时是半成品的火药”" (not "原来" - "it turned out" -, nor a clause that goes on to the
# accident: "平时存放液氨的储罐突然泄漏"); and what a ship or a tank usually holds, wherever in its clause: "H轮通常
# 载运燃料油、沥青溶液等货物"
HABITUAL_BEFORE = re.compile(
    r"(?:(?<![^，,；;：:“\"\s。！？])(?:原先|以往|平时|平常|平日|往常|以前)"
    r"|(?:通常|经常|常年)(?=载运|运输|装运|装载|运送|承运|储存|存放|运载))(?P<gap>[^。！？]*)$"
)
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
# a name the text denies ("事发饭店使用的是天然气，并非液化气") or gives as a measure ("威力相当于2吨TNT")
# or says was absent ("炸药没有雷管引爆，不会爆炸"); not a question ("是不是液化气泄漏引起的")
CHEM_DENIED_BEFORE = re.compile(
    # (a name as the role another substance plays: "用二甲苯作稀释剂")
    r"(?:(?<=[^工操动制写创])作|作为|当作|(?:并非|而非)[^，,。；;]{0,6}?|并不是|(?<![是要])不是|(?<![是])没有|并无|相当于[^，,。；;]{0,8}?"
    # a supply the place never had: "该楼并未接通管道天然气"
    r"|(?:并未|未|没有)(?:接通|接入|开通|安装)(?:管道)?"
    # a gas a test found absent: "据检测，该井内无 H2S、CO 等有毒有害气体"
    r"|(?<=[内中里，,；;])无\s*)$"
)
# a mine's rating of its dust, as its description gives it (see `_chemical_involved`): "煤尘无爆炸性", "煤尘均具有
# 爆炸危险性"
MINE_RATING_AFTER = re.compile(r"(?:均|都)?(?:无|有|具有|不具有|没有)?(?:爆炸性|爆炸危险性|爆炸危险)")
# a supply the responders shut off around the scene as a precaution: "切断周围1公里内的电源、关闭天然气管道"
# (not a valve: closing the valve of what leaked tells it was the source)
CHEM_SHUT_OFF_BEFORE = re.compile(r"(?:关闭|切断|关停)(?:了)?(?:周边|附近|周围|沿线|现场|区域)?(?:的)?\s*$")
CHEM_SHUT_OFF_AFTER = re.compile(r"(?:管道|管线|管网|供气|气源)")
# oxygen measured in the air is the atmosphere, not an oxygen release: "罐内氧气浓度只有2.5%", "窖内氧气大减"
# ("池中氧气很少", "有足够的氧气可供人呼吸"); nor are the cylinders responders carry in ("消防员带上氧气瓶冲入")
# (or what a check measures, named after it: "初步研判，疑似是工作环境的氧气监测、通风换气等因素")
OXYGEN_MEASURED = re.compile(
    r"浓度|含量|很少|较少|稀少|不足|稀薄|缺乏|充足|可供|(?:大|急剧|逐渐|迅速)?(?:减少|下降|降低|耗尽|大减|锐减|被耗尽|被消耗)"
    r"|(?:监测|检测|测量|测定)"
)
# oxygen as the cutting method's name, not a substance of the accident: "筒体与封头结合部位仍有氧气切割的痕迹"
OXYGEN_CUTTING = re.compile(r"(?:切割|割炬|割枪|焊割)")
# oxygen given to the hurt to breathe, in its clause: "医护人员先给仨人吸上氧气", "又拿来氧气输氧", "将氧气瓶导管插进
# 鼻孔"
# (or sent down to the trapped: "往井下输送氧气", "向被困工人处输送氧气")
OXYGEN_GIVEN = re.compile(r"输氧|吸氧|给氧|吸上氧气|吸上了氧气|鼻孔|医护人员|输送")
# (and the air's oxygen a leak met, "泄漏，在遇到氧气后发生了瞬间闪爆", or the oxygen a check would have measured,
# "未检测井内氧气和有毒有害气体含量")
OXYGEN_AIR_BEFORE = re.compile(
    r"(?:足够|充足|充分|缺少|缺乏)的?\s*$|(?:带上|带着|背着|背上|佩戴|戴上|戴着|携带)(?:了)?\s*$"
    r"|遇(?:到)?\s*$|(?:检测|监测|测量|测定)[^，,。；;]{0,4}$"
)
# oxygen an oxidiser gives off as it decomposes ("氯酸钠受热分解释放出大量氧气") is the oxidiser's chemistry, not a
# substance of its own
OXYGEN_FROM_OXIDISER = re.compile(r"分解[^，,。；;]{0,8}?(?:释放|放出|产生|生成|析出)")
# a name the text gives as another name of a substance just named: "抽余油（品名:石脑油，别名:溶剂油",
# "过氧化甲基乙基酮(又称过氧化丁酮"
ALIAS_BEFORE = re.compile(r"(?:又称|又名|别名|别称|俗称|亦称|也称|学名|化学名|品名|商品名|即)\s*[:：为是]?\s*$")
# a comparison, not a substance: "仿佛礼花弹在附近爆炸一般", "犹如液化气罐爆炸似的" (the word of likeness before the
# name in its clause, the closing 一般/一样/似的 after it)
# (and as a smell is likened: "闻着就像84消毒液的味道")
SIMILE_BEFORE = re.compile(r"(?:仿佛|犹如|宛如|好似|好像|如同|恰似|像是|就像)[^，,。；;]{0,6}$")
SIMILE_AFTER = re.compile(r"[^，,。；;]{0,12}?(?:一般|一样|似的|般的|的味道|的气味)")
# (or a body burnt to look like it, right before the name: "被烧死的安装工形同木炭", "瞬间被烧成焦炭")
LIKENED_BEFORE = re.compile(r"(?:形同|形如|状如|酷似|烧成了?)$")
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
# products told with what they are made of in brackets: "涂刷胶粘剂(二氯乙烷、过氯乙烯和丙酮混合物)" names the
# substances that did the harm, and the product is they again
# (or a class of explosives told with its kind: "起爆药(DDNP)传送工在将起爆药放置到…安全箱里时")
PRODUCTS = frozenset(("油漆", "胶水", "防水涂料", "油墨", "稀释剂", "起爆药"))
CLOSING_BRACKET = re.compile(r"[)）]")
# the rest of a company's full name after a substance in it: "百江液化气有限公司" (not "液化气泄漏的公司")
COMPANY_FULL = re.compile(r"[^\W\d_的了在是]{0,6}?(?:有限责任公司|股份有限公司|有限公司|集团)")
# a substance named by its class as the predicate of another one just named: "乳化炸药是矿山常用的一种防水炸药",
# "X属于一类有机溶剂" (the gap between the two names, with 一种/一类): the class is the same substance again (not "以LNG
# 为燃料的货车与一辆甲醇罐车")
CLASS_PREDICATE = re.compile(
    r"(?:是|为|属于|属|系)[^，,。；;、：:（()）]{0,8}?(?:一种|一类)[^，,。；;、：:（()）与和及]{0,6}"
)
# what a substance is likened to, after its name: "类似硫酸的东西", "类似氯仿气味"
LIKENED_AFTER = re.compile(r"的?(?:东西|物质|物品|液体|气体|化学品|气味|味道|臭味)")
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


class ChemicalReader:
    """Chemicals and equipment physically involved in one text (`read`): gazetteer names, cargo names the gazetteer
    does not know, one-character names. Keeps only a cache of accident phrases' chemical prefixes between calls."""

    def __init__(self, g: Gazetteer, common_word: CommonWords) -> None:
        self.g = g
        self._common_word = common_word
        self._acc_chem: dict[str, int] = {}  # accident-type phrase → length of the chemical name it starts with

    def read(self, norm: str, ents: list[SpacySpan], rep: ExtractedReport, kind_at: _KindAt) -> None:
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
                # (only 次: "储存异丙醇" must not lose 异 to 存异 of 求同存异)
                if e.text[0] == "次" and e.text[1:] in self.g.chemicals and _word_across(norm, e.start_char):
                    canon, cas = self.g.canonical_chemical(e.text[1:])  # 批次氯酸钠 is 氯酸钠, not 次氯酸钠
                if prev is not None and prev[1] != canon and e.start_char - prev[0] <= 16:
                    gap = norm[prev[0] : e.start_char]
                    if (ALIAS_BEFORE.search(gap) or gap in ("（", "(") or CLASS_PREDICATE.fullmatch(gap)) and not (
                        prev[1] in PRODUCTS and gap in ("（", "(")
                    ):
                        alias_of.setdefault(canon, alias_of.get(prev[1], prev[1]))
                prev = (e.end_char, canon)
            where = kind_at(e.start_char)
            if where in ("lesson", "responsibility") or (where == "units" and e.label_ == "CHEM"):
                continue  # (a unit's background names what it trades and holds: its equipment may be the scene's)
            if _business_context(norm, e.start_char):
                continue
            if e.label_ == "CHEM":
                if norm[e.start_char - 1 : e.start_char] in CHEM_PREFIX:
                    continue  # part of a longer name
                if TITLED_SURNAME_BEFORE.search(norm, max(0, e.start_char - 4), e.start_char):
                    continue  # a person's given name: "廉江市市长邢太安等负责人" (太安, PETN)
                halo = (
                    HALO_BEFORE.fullmatch(norm, e.start_char - 2, e.start_char)
                    or (
                        e.text[:1] in "氯溴碘氟"
                        and e.text not in HALOGENS  # ("一氯气储罐" is one chlorine tank)
                        and COUNTED_HALO_BEFORE.search(norm, e.start_char - 3, e.start_char)
                    )
                    # (or one halogen, uncounted: "毒性化学物质氟乙酸甲酯" is no 乙酸甲酯)
                    or (HALO_ONE.fullmatch(norm, e.start_char - 2, e.start_char) and e.text[:1] not in "氯溴碘氟")
                )
                if halo:
                    # (二氟甲烷 is not 甲烷, 四氯乙烷 not 氯乙烷): the whole substituted name, which the gazetteer does
                    # not hold, is the substance ("三氯丙酮", "二氯丁烯")
                    full = _substituted(norm, e.start_char, e.end_char)
                    if full is not None and full[1] not in seen_c and self._chemical_involved(
                        norm, full[0], e.end_char, full[1]
                    ):
                        seen_c.add(full[1])
                        rep.chemicals.append(
                            ChemicalMention(full[1], self.g.canonical_chemical(full[1])[1], full[1],
                                            Span(full[0], e.end_char))
                        )
                    continue
                if e.text == "液化气" and norm.startswith("体", e.end_char):
                    continue  # 液化气体 are liquefied gases in general, not 液化气 (LPG)
                if e.text.isascii() and (_ascii_alnum(norm, e.end_char) or _ascii_alnum(norm, e.start_char - 1)):
                    continue  # a formula inside a longer one the tokenizer split: H2 of "H20" (water misspelt)
                if e.text.isascii() and norm.startswith(("#", "＃", "号"), e.end_char):
                    continue  # a numbered thing's code, no formula: "滨海北区H2#400MW海上风电场"
                if not self._chemical_involved(norm, e.start_char, e.end_char, canon):
                    continue
                if canon in INERT_GASES and not self._inert_involved(norm, e.start_char, cargo_at):
                    continue
                if canon in SOLID_FUELS and not SOLID_FUEL_BURNING.search(norm, *_sentence_at(norm, e.start_char)):
                    continue
                if canon in HARM_ONLY and not HARM_ONLY_TOLD.search(
                    norm, e.end_char, _sentence_at(norm, e.end_char)[1]
                ):
                    continue
                if canon in ARTICLES:
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
            # 煤气罐 is the 液化气罐 named: one substance, under the name the text gives it first ("一家小炒店发生煤气
            # 闪爆…抢出11个15公斤的家用液化气瓶" is 煤气, as a reader keeps it)
            first = min(("煤气", "液化石油气"), key=lambda n: next(c.span.start for c in rep.chemicals if c.name == n))
            rep.chemicals = [c for c in rep.chemicals if c.name not in ("煤气", "液化石油气") or c.name == first]
            seen_c.discard("液化石油气" if first == "煤气" else "煤气")  # (so the rule below looks only for the kept)
        if "煤气" in seen_c and "燃气" in seen_c and not TOWN_GAS.search(norm):
            # household 煤气 is the everyday name of fuel gas in general, 燃气 again: one substance, named as first
            first = min(("煤气", "燃气"), key=lambda n: next(c.span.start for c in rep.chemicals if c.name == n))
            rep.chemicals = [c for c in rep.chemicals if c.name not in ("煤气", "燃气") or c.name == first]
            seen_c.discard("燃气" if first == "煤气" else "煤气")
        if "煤气" in seen_c and "一氧化碳" in seen_c and all(
            norm.startswith("中毒", m.end()) for m in re.finditer("煤气", norm)
        ):
            # "煤气中毒" is the everyday name of carbon-monoxide poisoning, told with its gas: "工地发生煤气中毒
            # 事件，14名民工一氧化碳中毒" is 一氧化碳 (the labels of the 3 read texts that tell both; 11 that tell
            # 煤气中毒 alone name 煤气)
            rep.chemicals = [c for c in rep.chemicals if c.name != "煤气"]
            seen_c.discard("煤气")
        for generic, kinds in GENERIC_NAMES.items():
            if generic in seen_c and seen_c & kinds:
                rep.chemicals = [c for c in rep.chemicals if c.name != generic]  # the kind named more exactly
        rep.chemicals = [c for c in rep.chemicals if not _head_of_taken(c, rep.chemicals)]
        rep.chemicals = [c for c in rep.chemicals if not _made_of_taken(norm, c, rep.chemicals)]
        added = self._add_single(norm, rep, kind_at, seen_c)
        if cargo:
            self._add_cargo(norm, cargo, rep, kind_at, seen_c)
        if cargo or added:
            rep.chemicals.sort(key=lambda c: c.span.start)
        if rep.accident_type == "灼烫" and not rep.chemicals:
            self._add_scalding_medium(norm, rep, kind_at)
        if not rep.chemicals:
            self._add_dust(norm, rep, kind_at)

    def _add_dust(self, norm: str, rep: ExtractedReport, kind_at: _KindAt) -> None:
        """Dust that blew up or burnt, no dust named more exactly (the registry's labels list it as 粉尘 in 7 of the 8
        dust explosions whose powder they do not name, and this session's in 4 of 4: "料仓中粉尘浓度过高引起爆炸",
        "发生饲料厂粉尘爆炸并引发火灾"): the first one told so outside the lessons, not one only feared or of other
        accidents."""
        for m in DUST_WENT_OFF.finditer(norm):
            if kind_at(m.start()) in ("lesson", "responsibility"):
                continue
            sa, sb = _sentence_at(norm, m.start())
            if hypothetical(norm, sa, m.start()) or other_accidents(norm, sa, sb):
                continue
            if DUST_GUARDED_BEFORE.search(norm, max(sa, m.start() - 12), m.start()) or DUST_HAZARD_AFTER.match(
                norm, m.end()
            ):
                continue  # a measure against it, or its hazard: "要防止粉尘爆炸", "排查粉尘爆炸隐患"
            rep.chemicals.append(ChemicalMention("粉尘", "", "粉尘", Span(m.start(), m.start() + 2)))
            return

    def _add_scalding_medium(self, norm: str, rep: ExtractedReport, kind_at: _KindAt) -> None:
        """A scalding's hot medium, what leaked or spurted onto the victims, where no substance is named (labellers
        list it as what leaked: "热力管道发生蒸汽泄漏，导致…一死一伤", "遭热水淹，9名工作人员被烫伤"): the first one
        told in a sentence of the harm, as the text names it (not a plant's products: "钢渣、水渣销售")."""
        for m in SCALD_MEDIUM.finditer(norm):
            if kind_at(m.start()) in ("lesson", "responsibility"):
                continue
            sa, sb = _sentence_at(norm, m.start())
            if SCALD_HARM.search(norm, sa, sb) and not CLEARED_BEFORE.search(norm, max(sa, m.start() - 10), m.start()):
                name = m.group("m")
                rep.chemicals.append(ChemicalMention(name, "", name, Span(m.start("m"), m.end("m"))))
                return

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
        """The entities, with the substance inside an accident-type or equipment phrase as a chemical of its own:
        炸药 in 炸药爆炸, 雷管 in 雷管爆炸, 液氨 in 液氨储罐 (the longer phrase took the tokens)."""
        out: list[SpacySpan | _Ent] = []
        for e in ents:
            out.append(e)
            if e.label_ not in ("ACC", "EQUIP"):
                continue
            text = e.text
            n = self._acc_chem.get(text)
            if n is None:
                n = next((k for k in range(len(text), 1, -1) if text[:k] in self.g.chemicals), 0)
                self._acc_chem[text] = n
            if n:
                out.append(_Ent("CHEM", text[:n], e.start_char, e.start_char + n))
            elif e.label_ == "EQUIP":
                across = self._name_into(e)
                if across is not None:
                    out.append(across)
        return out

    def _name_into(self, e: SpacySpan) -> _Ent | None:
        """A substance whose name ends on the first character of a container word the tokenizer took: 柴|油罐,
        溶剂|油罐, 煤|气瓶 (the dictionary word outranked the name), from whole tokens before it: no 燃气 in
        易燃|气瓶."""
        doc = e.doc
        for j in range(max(0, e.start - 3), e.start):  # the longest name first: 燃料油 before 料油
            name = doc[j : e.start].text + e.text[0]
            if name in self.g.chemicals:
                return _Ent("CHEM", name, doc[j].idx, e.start_char + 1)
        return None

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
            if name[:1] in ("为", "是"):
                a, name = a + 1, name[1:]  # "事故车辆为异丁烯醇罐车": the name after the copula
            kind = GOODS_KIND.match(name)
            if kind and kind.end() < len(name):
                a, name = a + kind.end(), name[kind.end() :]  # "装有化学危险品苯的槽车": the name after its kind
            if name.endswith("油") and norm.startswith("罐", b):
                continue  # "中国石化油罐车", "密封油罐车": 油 is of 油罐车 (a tanker), the rest no substance
            if self._new_name(name):
                out.append((a, b, name))
        for a, b, name in self._listed_names(norm):
            starts.add(a)
            if self._new_name(name):
                out.append((a, b, name))
        for m in LOCANT_NAME.finditer(norm):
            name = re.sub(r"\s", "", m.group()).replace("，", ",")
            starts.add(m.start())
            if name not in self.g.chemicals:  # (the parts the gazetteer knows inside it are no names of their own)
                out.append((m.start(), m.end(), name))
        for r in RUNAWAY.finditer(norm):
            found = RUNAWAY_NAME.search(norm, max(0, r.start() - 20), r.start())
            if found is None:
                continue
            starts.add(found.start("name"))
            if self._new_name(found.group("name")):
                out.append((found.start("name"), found.end("name"), found.group("name")))
        return out, starts

    def _new_name(self, name: str) -> bool:
        """Whether a taken cargo or list item is a substance name the gazetteer does not know."""
        # (a name may start with its locants, "5-甲基吡嗪-2-羧酸", not with a quantity)
        if len(name) < 2 or name in NOT_CARGO or name[0] in "空运装拉载" or re.search(r"^\d(?![\d,]*-)|辆|车|罐", name):
            return False  # "空油罐车" is an empty tanker
        if re.search(r"[与和及、]", name):
            return False  # "泄漏的高压气体与周围空气" is two things, no name
        if name.endswith("油") and any(name[i:-1] in self.g.chemicals for i in range(len(name) - 2)):
            return False  # "液化石油气油罐车": a known cargo and 油罐车 (a tanker)
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
        if name[:2] in ("液态", "固态", "气态") and (name[2:] in self.g.chemicals or name[2:] in SINGLE_CHEM_SURFACE):
            return False  # a known substance with its state before it: "满载30吨液态苯" is 苯 (`SINGLE_CHEM_RE`)
        return re.search(r"[\u4e00-\u9fff]", name) is not None and not self._common_word(name)

    @staticmethod
    def _listed_names(norm: str) -> Iterator[tuple[int, int, str]]:
        """The items of a list closed by a class of substances (`LIST_CLASS`), or of a vessel's contents
        (`CONTENTS_LIST`), that end like a substance name."""
        for m in CONTENTS_LIST.finditer(norm):
            pos = m.start("items")
            for item in LIST_SEP.split(m.group("items")):
                a, b = pos, pos + len(item)
                pos = b + 1
                made = MADE_FROM.match(item)  # "阿昔莫司合成原料5-甲基吡嗪-2-羧酸": the raw material's name
                if made:
                    a, item = a + made.end(), item[made.end() :]
                if LIST_ITEM.fullmatch(item):
                    yield a, b, item
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
        """Whether the name at norm[a:b] names a substance of this accident (see `read`)."""
        if CHEM_NOT_SUBSTANCE_AFTER.match(norm, b) or (a > 0 and GAS_CLASS.match(norm, a - 1)):
            return False
        if BYLINE_BEFORE.search(norm, max(0, a - 48), a):
            return False  # a reporter's name in the byline: "(记者 侯希辰 林丹 通讯员 汤珺琳)" (林丹 is lindane)
        if a > 0 and norm[a - 1] == "苯" and norm[a] in "甲乙":
            return False  # (nor the acid or the aldehyde of the ring's compound: 甲酸 of 对氯苯甲酸, 甲醛 of 苯甲醛)
        if canon == "氧" and (
            OXYGEN_GIVEN.search(norm, *_clause_at(norm, a, b))
            or OXYGEN_MEASURED.match(norm, b)
            or OXYGEN_CUTTING.match(norm, b)
            or OXYGEN_FROM_OXIDISER.search(norm, max(0, a - 16), a)
            or OXYGEN_AIR_BEFORE.search(norm, max(0, a - 6), a)
        ):
            return False
        if CHEM_AGENT_BEFORE.search(norm, max(0, a - 16), a):
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
        if norm.endswith(("代替", "替代", "取代"), 0, a):
            return False  # what another was used in place of: "老板违章用液化气代替乙炔气焊补"
        if norm.endswith("类似", 0, a) and LIKENED_AFTER.match(norm, b):
            # a likeness, not the substance: "在油品中加入了类似硫酸的东西", an odour described ("二氯乙烷…是无色有类似
            # 氯仿气味的液体")
            return False
        if CHEM_PREVENTED_BEFORE.search(norm, max(0, a - 4), a) and CHEM_PREVENTED_AFTER.match(norm, b):
            return False
        if MINE_RATING_AFTER.match(norm, b):
            return False  # a mine's rating of its dust: "该矿为低瓦斯矿井，煤层不易自燃，煤尘无爆炸性"
        if CHEM_SHUT_OFF_AFTER.match(norm, b) and CHEM_SHUT_OFF_BEFORE.search(norm, max(0, a - 8), a):
            return False
        sa, sb = _sentence_at(norm, a)
        if norm.rfind("《", sa, a) > norm.rfind("》", sa, a):
            return False  # a document's title: 《油品装车单》
        if CHEM_NOT_INVOLVED_SENTENCE.search(norm, sa, sb) or CHEM_ADVICE.search(norm, sa, sb):
            return False
        if earlier_announced(norm, sa) or in_earlier_list(norm, a):
            return False  # "最近中国屡屡发生工业事故。星期二早上…一家公司的酒精储罐发生爆炸": another accident
        if CHEM_MONITORING.search(norm, sa, sb) and CHEM_MONITORED_SAFE.search(norm, sa, sb):
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
        if CLASS_FIELD_BEFORE.search(norm, max(sa, a - 12), a):
            return False  # the accident's class, not a substance: "事 故 类 别：火药爆炸"
        cb = min([x for x in (norm.find(p, b, sb) for p in "，,；;") if x >= 0] or [sb])
        if canon in FUELS and VEHICLE_FUEL.search(norm, ca, cb):
            # released in its clause or the next: "油箱破裂，柴油泄漏起火", "油箱内的柴油，随即起火燃烧"; the tank
            # itself named (柴油箱) only by a release after it, not by a fire before it in the clause ("将着火的电石
            # 装到翻斗车上(柴油箱用浸水的麻袋覆盖)")
            nb = min([x for x in (norm.find(p, cb + 1, sb) for p in "，,；;") if x >= 0] or [sb])
            if not FUEL_RELEASED.search(norm, b if norm.startswith("箱", b) else ca, nb):
                return False
        if canon in PRODUCT_CLASSES and not (
            PRODUCT_INVOLVED.search(norm, ca, cb) or PRODUCT_AMOUNT.match(norm, b) or _set_off_started(norm, a, b)
        ):
            return False
        if canon in PRODUCT_CLASSES and PRODUCT_INITIATED.match(norm, b):
            return False
        if canon in PRODUCT_CLASSES and PRODUCT_MATERIAL_AFTER.match(norm, b):
            return False  # the trade a material is for: "货物中有烟花爆竹药料硝酸钾、氯酸钾"
        if canon == "油漆" and (PAINT_COLOUR_BEFORE.search(norm, max(0, a - 4), a) or PAINT_COAT_AFTER.match(norm, b)):
            return False  # a coat and its colour: "其中1只气瓶外表为绿色油漆", "气瓶油漆脱落严重"
        if CHEM_NOT_RELEASED_BEFORE.search(norm, ca, a) and CHEM_RELEASE_AFTER.match(norm, b):
            return False  # "事件未造成其他设备损坏及油品泄露"
        if _only_threatened(norm, ca, a, b, cb, sb):
            return False
        if COMPARED_BEFORE.search(norm, max(ca, a - 4), a):
            return False
        if SIMILE_BEFORE.search(norm, ca, a) and SIMILE_AFTER.match(norm, b, cb):
            return False
        if LIKENED_BEFORE.search(norm, max(ca, a - 3), a):
            return False
        if any(m.start() < a and b <= m.end() for m in UNIT_PRODUCT.finditer(norm, ca, cb)):
            return False
        if HAZARD_CONTACT_BEFORE.search(norm, ca, a) and HAZARD_OUTCOME_NEXT.match(norm, cb + 1):
            return False  # what a substance must not meet, a data sheet's: "碰到…氯气、氧气等，就有发生燃烧爆炸的危险"
        return not CHEM_NOT_INVOLVED_CLAUSE.search(norm, ca, cb)


def _clause_at(norm: str, a: int, b: int) -> tuple[int, int]:
    """The clause around norm[a:b], between commas or sentence ends."""
    ca = max(norm.rfind(p, 0, a) for p in "，,。；;\n") + 1
    cb = min([x for x in (norm.find(p, b) for p in "，,。；;\n") if x >= 0] or [len(norm)])
    return ca, cb


def _everyday_product_involved(norm: str, e: SpacySpan | _Ent) -> bool:
    """A product class by its everyday name (烟花, 鞭炮 for 烟花爆竹) counts right after a word of carrying or storing
    ("装有烟花的货车"), right before its blast or fire ("烟花运输车…爆炸"), or set off where its sentence goes on to
    what that started ("燃放烟花，引燃天花板"); "组合烟花样品" alone is a product made."""
    return bool(
        EVERYDAY_CARRIED.search(norm, max(0, e.start_char - 4), e.start_char)
        or EVERYDAY_WENT_OFF.match(norm, e.end_char)
        or _set_off_started(norm, e.start_char, e.end_char)
    )


def _set_off_started(norm: str, a: int, b: int) -> bool:
    """Whether the product at norm[a:b] was set off and its sentence goes on to what that started ("燃放烟花，引燃
    天花板酿成火灾")."""
    return bool(SET_OFF.search(norm, max(0, a - 3), a) and SET_OFF_STARTED.match(norm, b))


def _made_of_taken(norm: str, c: ChemicalMention, taken: list[ChemicalMention]) -> bool:
    """Whether `c` is a product told with substances taken in brackets right after it (see `PRODUCTS`)."""
    if c.name not in PRODUCTS or not norm.startswith(("(", "（"), c.span.end):
        return False
    close = CLOSING_BRACKET.search(norm, c.span.end)
    end = close.start() if close else c.span.end
    return any(c.span.end < t.span.start < end for t in taken)


def _head_of_taken(c: ChemicalMention, taken: list[ChemicalMention]) -> bool:
    """Whether c is a class or mixture name (no CAS) that ends another taken name, the same substance named short:
    火药 after 黑火药, 炸药 after 乳化炸药 ("运载5吨黑火药的货车…运载火药的货车爆炸")."""
    return not c.cas and any(
        d is not c and len(d.name) > len(c.name) and (d.name.endswith(c.name) or d.surface.endswith(c.surface))
        for d in taken
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


def _ascii_alnum(norm: str, pos: int) -> bool:
    """Whether norm[pos] is an ASCII letter or digit."""
    return 0 <= pos < len(norm) and norm[pos].isascii() and norm[pos].isalnum()


# a scalding's hot medium (see `ChemicalReader._add_scalding_medium`), and the harm told in its sentence
# dust going off: "粉尘爆炸", "引燃粉尘", "粉尘浓度过高引起爆炸" (see `ChemicalReader._add_dust`)
DUST_WENT_OFF = re.compile(
    r"粉尘(?:发生|突然|瞬间)?(?:爆炸|燃爆|爆燃|闪燃|闪爆|燃烧|起火|着火)"
    r"|(?:引燃|点燃|引爆|引起|引发)(?:了)?[^，,。；;\n]{0,6}?粉尘"
    r"|粉尘[^，,。；;\n]{0,8}?(?:引起|引发|导致|造成)(?:了)?(?:爆炸|燃爆|爆燃|火灾|闪燃)"
)
DUST_GUARDED_BEFORE = re.compile(r"防止|预防|防范|避免|排查|以防|杜绝|严防|防控|治理|整治|专项|可能|易")
DUST_HAZARD_AFTER = re.compile(r"[^，,。；;\n]{0,4}?(?:隐患|风险|危险|危害|事故的|防|整治|治理|专项)")
SCALD_MEDIUM = re.compile(r"(?:高温)?(?P<m>蒸汽|蒸气|热水|开水|沸水|滚油|热油|炉渣|熔渣|钢渣)(?![锅炉管机房发器])")
SCALD_HARM = re.compile(r"烫|灼|烧伤|喷|泄漏|泄露|溅|淹")
# the medium as what the work was clearing, no harm of its own: "在清除电炉炉渣时，不慎…失足坠落电炉内"
CLEARED_BEFORE = re.compile(r"(?:清除|清理|清扫|清掏|移除)[^，,。；;\n]{0,6}$")


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
    if CARGO_BEFORE.search(norm, ca, a):
        return False  # a vehicle's cargo is involved though it did not leak: "油罐车拉的约40吨原油没有泄漏"
    nb = min([x for x in (norm.find(p, cb + 1, sb) for p in "，,；;") if x >= 0] or [sb])
    m = CHEM_THREATENED.search(norm, b, nb)
    told_to = m.start() if m is not None else cb  # where a leak or fire of the name itself would be told
    if m is None:
        # told as unharmed further on in its sentence, as all of a list ("另有储罐分别储存汽油、柴油，由于采取了
        # 冷却措施，均未受到波及") or by its name again ("另一辆柴油罐车…倒出危险区域，车内柴油未受影响")
        later = CHEM_UNHARMED_LATER.search(norm, nb, sb)
        if later is not None:
            la = max(norm.rfind(p, nb, later.start()) for p in "，,；;") + 1
            stored = STORED_BEFORE.search(norm, ca, a) is not None  # "一座储存汽油、柴油的加油站，…，未受波及"
            another = ANOTHER_BEFORE.search(norm, ca, a) is not None  # "另有甲醇、苯乙烯储罐区，…，未受火势波及"
            if later.group("all") or stored or norm.find(norm[a:b], la, later.start()) >= 0:
                m, told_to = later, later.start()
            elif another:
                # (its own clause only: "…储罐各4座，火灾期间采取冷却保护措施，未受影响" tells the fire of others)
                m = later
    if m is None and STORED_LIST_BEFORE.search(norm, ca, a):
        dire = DIRE_IF.search(norm, b, sb)
        if dire is not None:
            m, told_to = dire, dire.start()
    return m is not None and not FUEL_RELEASED.search(norm, ca, told_to)


def _word_across(norm: str, pos: int) -> bool:
    """Whether the characters before and at pos form one dictionary word (批次 in 批次氯酸钠)."""
    return pos > 0 and len(rjieba.cut(norm[pos - 1 : pos + 1], False)) == 1


@dataclass(frozen=True)
class _Ent:
    """An entity found inside another (see `ChemicalReader._with_acc_chemicals`), with the attributes used of a Span."""

    label_: str
    text: str
    start_char: int
    end_char: int


def _substituted(norm: str, start: int, end: int) -> tuple[int, str] | None:
    """(start, name) of a known name at norm[start:end] with its counted halogen substituents before it ("三氯丙酮",
    "一氯二氟甲烷", "四氯乙烷", "过氯乙烯"); None when a locant starts it ("1,2-二氯乙烷": `LOCANT_NAME` reads those) or
    the count belongs to something else (a list number: "3氯乙烯")."""
    a = start
    while a >= 2 and COUNTED_SUBSTITUENT.search(norm, a - 2, a):
        a -= 2
    if a == start and HALO_ONE.fullmatch(norm, start - 2, start):
        a = start - 1  # one halogen, uncounted: 氟 of 氟乙酸甲酯
    if a == start and COUNTED_HALO_BEFORE.search(norm, start - 3, start):
        a = start - 1  # the count of the name's own first halogen: 四 of 四氯乙烷, 过 of 过氯乙烯
    if a == start or (a > 0 and (norm[a - 1] in "-－" or norm[a - 1].isdigit())):
        return None
    return a, norm[a:end]
