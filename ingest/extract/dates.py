"""The accident date of a text: official reports and news narratives alike.

An official report states the accident date in full ("2019年3月21日14时48分许"). A news page mixes the accident date
with page furniture: its publication dateline ("2010年06月02日 20:18 来源:…", "时间:2011-09-17 11:39", "中新网丽水6月2日
电"), and it usually writes the accident day without a year ("6月1日下午5时10分左右") or relative to the dateline
("昨日凌晨1时许"). `read_date` tells the two apart: the furniture gives the reference date (year, and "today"), the
first mention of a day followed by a time of day or an event gives the accident day, resolved against the reference.
Without a reference a partial or relative day gives None (the gold convention: no guessing the year).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .numerals import cn_to_int

_CN = "〇○零一二三四五六七八九十"
_N2 = rf"(?:\d{{1,2}}|[{_CN}]{{1,3}})"  # a month or day number, Arabic or Chinese
# a part of the day as a word of its own (not 早 of 早已, 晚 of 晚报), and after a day the single characters too
DAYPART_WORD = r"凌晨|早晨|早上|早间|清晨|上午|正午|中午|午间|午后|下午|傍晚|黄昏|晚上|晚间|夜间|深夜|夜里|半夜|午夜"
_DAYPART = DAYPART_WORD + r"|早|晨|晚|夜"
# a clock time right after a day: "下午5时10分", "晚上7点30分", "14:48", "零时40分"
_TIME = (
    rf"(?:\s*(?P<part>{_DAYPART}))?"
    rf"(?:\s*(?P<h>\d{{1,2}}|[{_CN}]{{1,3}})\s*(?:时|点|:|：)(?:\s*(?P<mi>\d{{1,2}})\s*分?)?)?"
)
# a day alone in Chinese numerals, only before a time of day ("二十一日上午"; not "一日三餐", "有一日上午"), or right
# before the accident's 发生 as agency wires write it ("顺通爆竹厂十三日发生爆炸"), or before an hour in Chinese
# numerals ("本月二十六日二十三时，…一非法开采的煤矿发生瓦斯爆炸")
_CN_DAY = rf"[{_CN}]{{1,3}}(?=\s*[日号]\s*(?:{_DAYPART}|发生|[{_CN}]{{1,3}}\s*[时点]))"
# a month's day written without 日, right before the part of the day (a reporter's slip: "6月18上午9时许")
# the English months, by their first three letters (see `_full`) and their names in full or cut short
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_EN_MONTH = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?"
)
_NO_DAY_WORD = rf"(?=(?:{DAYPART_WORD}))"
# a day mention, one alternative per form, each with its own named groups (read by `_full` and `_resolve`)
DAY_RE = re.compile(
    # the first characters of every form, ahead: several forms start with a lookbehind, and without this the scan
    # tries each of them at every position of the text (~0.6 ms for 1,600 characters, against ~0.1)
    rf"(?=[\d{_CN}昨前今本上星礼周JFMASOND])"
    # full dates: 2010年6月1日, 二〇一〇年六月一日, 2010年06月01日 (日 or 号)
    # (日 left out before the part of the day: "6月18上午9时许")
    rf"(?P<y>\d{{4}}|[〇○零一二三四五六七八九]{{4}})\s*年\s*(?P<m>{_N2})\s*月\s*(?P<d>{_N2})\s*(?:[日号]|{_NO_DAY_WORD})"
    # 2010-06-01, 2010.6.1, 2010/6/1 (not inside a longer number, but a page stamp's clock time glued on after it:
    # "2018-06-2913:16|浙江新闻客户端")
    r"|(?<![\d.])(?P<y2>(?:19|20)\d\d)(?P<sep>[-./])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2}(?![\d])|\d{2}(?=\d{1,2}:\d{2}))"
    # a web dateline written day first: 28.08.2015, and a Hong Kong paper's 18/01/2010 (and a forum's post stamp:
    # "发表于 26-5-2019 01:17 PM")
    r"|(?<![\d./-])(?P<d3>\d{1,2})(?P<sep3>[./-])(?P<m3>\d{1,2})(?P=sep3)(?P<y3>(?:19|20)\d\d)(?!\d)"
    # a page's stamp in English, as a mirror or a video page dates its copy: "Sep 24, 2022", "December 15, 2022"
    rf"|(?P<mon>{_EN_MONTH})\.?\s+(?P<de>\d{{1,2}}),\s*(?P<ye>(?:19|20)\d\d)(?!\d)"
    # a Taiwan date in the years of the Republic: "中央社记者…传真 106年5月13日" (106 + 1911: 2017), three digits or
    # named as such ("民国93年")
    rf"|(?<!\d)(?:(?<=民国)|(?<=民國)|(?=1[0-3]\d\s*年))(?P<yr>\d{{2,3}})\s*年\s*(?P<mr>{_N2})\s*月\s*(?P<dr>{_N2})\s*[日号]"
    # a day without a year: 6月1日, 1日 (not 1日前, 10日内, 自6月1日起, the dateline 6月2日电), or with the year
    # told before it: 同年10月10日 (see `_same_year`); a day alone in Chinese numerals as agency wires write it
    # (or with 号 before the part of the day, as speech writes it: "14号上午，…发生一起坍塌事故"; not "3号楼"; or
    # before what happened at the head of a clause, as Taiwan papers write it (號, read simplified): "一间预拌混凝土厂，
    # 6号发生一起工安意外"; not a thing's number, "矿井3号发生爆炸")
    rf"|(?<!\d)(?<!(?<![同当是去今])年)(?:(?P<m4>{_N2})\s*月\s*(?P<d4>{_N2})\s*(?:[日号]|{_NO_DAY_WORD})"
    # (nor a day whose month is told, the month-day's year lost before it: "年4月6日8时45分许" is no 6日 alone)
    rf"|(?<![\d〇一二三四五六七八九十]月)(?P<d5>\d{{1,2}}|(?<![有某同那这每前次当第续近]){_CN_DAY})\s*"
    rf"(?:日|号(?=\s*(?:{DAYPART_WORD}))"
    r"|号(?:(?<=[，,；;\s于在]\d号)|(?<=[，,；;\s于在]\d\d号))(?=发生)))"
    r"(?![前后内来起报報电電讯訊]|消息)"
    # a day relative to the dateline (当天/当日 are left out: they refer back to a day already named)
    # (with the day of the month in brackets, as news writes it: "今（19）日凌晨", "昨（18）日")
    r"|(?P<rel>昨天|昨日|昨晚|昨晨|昨夜|前天|前日|前晚|前夜|今天|今日|今晨|今早|今晚|今夜|[今昨前]\s*[（(]\s*\d{1,2}\s*[）)]\s*日"
    # (the part of the day right after 昨, as city papers write it: "重庆晚报讯 昨上午暴雨袭击涪陵", and Hong Kong
    # papers' 昨午)
    r"|(?<![\u4e00-\u9fff])昨(?=上午|下午|中午|凌晨|早上|傍晚|午)"
    # (and 昨 alone before the event, as Hong Kong papers write it: "金海大橋昨有箱樑垮塌", "工廠昨發生爆炸")
    # (kept only where no other relative day is told: see `_read_date`)
    r"|(?P<bare>昨)(?=有|发生|發生))"
    # (not a paper's or a programme's name: "来源:今日早报", "今日说法", "今日头条")
    r"(?![报報]|早报|晚报|头条|说法|关注|新闻|焦点|视点|聚焦|话题|导读"
    # (nor the hour an agency filed its story: "据新华社今日10时37分专电 …昨日18时50分许发生一起煤尘爆炸")
    r"|\s*\d{1,2}\s*[时:：]\s*(?:\d{1,2}\s*分?)?\s*(?:专电|电|電|讯|訊))"
    # a day of the week, the dateline's week or the one before (not a span of days: "周一至周五")
    r"|(?P<wk>(?P<wkw>本周|上周|本星期|上星期|星期|礼拜|周)(?P<wd>[一二三四五六日天]))(?![至到和、～~-])"
)
# where a day mention can start: a number followed (through numbers and spaces) by 年/月/日/号 or a date separator, a
# relative day's first character, or a day of the week. Every DAY_RE match starts at one of these, and they are few:
# trying DAY_RE only there (`_day_mentions`) finds what DAY_RE.finditer finds at a fifth of the cost (its alternation
# is slow to try at every numeral of a text: "一辆", "三名")
DAY_START = re.compile(
    rf"[\d{_CN}](?=[\d{_CN}\s]*[年月日号./-])|[昨前今]|(?:[本上]?(?:周|星期|礼拜))(?=[一二三四五六日天])"
    rf"|(?<![A-Za-z])(?:{_EN_MONTH})\.?\s+\d"
)
_AFTER_DAY = re.compile(_TIME)
# what follows the accident mention: a time of day or 许/左右, a clock time, or an accident event in the sentence
TIME_AFTER = re.compile(rf"^\s*(?:{_DAYPART}|\d{{1,2}}\s*(?:时|点|:)|许|左右|前后|[(（)）])")
CLOCK_AFTER = re.compile(rf"^\s*(?:{_DAYPART})?\s*(?:\d{{1,2}}\s*(?:时|点|:)|[{_CN}]{{1,3}}\s*(?:时|点))")
EVENT_AFTER = re.compile(
    r"^[^。！？\n]{0,40}?(?:发生|起火|失火|着火|火灾|火情|爆炸|爆燃|泄漏|泄露|燃烧|坍塌|倒塌|中毒|窒息|爆裂|事故|遇难|身亡|死亡|受伤|翻|撞"
    # (a ship's accident, and harm told as caused: "船舶触岸嘴礁石，造成右舷第2、4舱破损")
    r"|触礁|搁浅|沉没|造成"
    # (a structure falling, a person falling or shocked: "一个正在安装中的大型通信塔突然倾倒")
    r"|倾倒|倾覆|垮塌|塌方|塌陷|塌落|崩塌|冒顶|片帮|透水|坠落|坠亡|坠楼|触电"
    # (a fall told in plain words: "2022年12月2日蔡某在某户安装阳光雨篷时摔落")
    r"|摔落|跌落|摔下"
    # (an animal's attack: "饲养员杨师傅在日常工作时被饲养的老虎袭击")
    r"|袭击|咬伤|咬死)"
)
# a day's scene at the hospital, the victim's treatment after the accident (see `_eventful`)
AT_HOSPITAL = re.compile(rf"\s*(?:{_DAYPART})?\s*[，,]?\s*在[^，,。；;\n]{{0,16}}?(?:医院|病房|病床)")
# ... reaching further in its sentence after a day told again with its clock time ("6日晚间对外透露，当日上午8时许，一辆
# 湖北荆州籍液化气槽罐车，在湖南境内常吉高速官庄段1116千米+17米处地穆庵隧道口前方发生侧翻")
EVENT_FAR_AFTER = re.compile(EVENT_AFTER.pattern.replace("{0,40}", "{0,90}", 1))
# ... or anywhere in a report's long first sentence (see `_opens_long_account`, `_stripped_date`): "2020年81518时
# 15分许，在…区域内…公司员工赵某（女，49岁，…人）被发现倒在…风井洞口下方B1层区域，送…医院经抢救无效死亡"
LONG_EVENT_AFTER = re.compile(EVENT_AFTER.pattern.replace("{0,40}", "{0,150}", 1))
# furniture around a full date: a field label before it, a clock time or the source after it
FURNITURE_BEFORE = re.compile(
    # (not a zone's time, which tells the story's own moment: "美国时间2018年5月29日下午1点", "当地时间", "北京时间")
    r"(?:(?<![国地京港东西部洲])时间|日期|发布|发表|更新|刊登|来源|稿|编辑|作者|出版|浏览|Posted)"
    r"[^\n。,，]{0,6}[:：]?\s*[\[【(]?\s*$"
    # the date in brackets after an agency dateline: "中新网武汉6月13日电（2021年6月13日）"
    r"|(?:电|讯)\s*[（(]\s*$"
)
# (or the accident told as happening on the day: "该起事故发生于11月20日", "事故发生在5月3日凌晨")
_HAPPENED_ON = r"(?:事故|事件|悲剧|意外|此事)(?:发生|事发)(?:于|在)"
# (or told in prose: "事故时间为2021年12月2日3时11分")
ACCIDENT_LABEL = re.compile(r"(?:发生|事发|事故|事件)(?:时间|日期)\s*(?:[:：]|为|是)?\s*$|" + _HAPPENED_ON + r"\s*$")
# the accident's own day told in the clause after another day (see `ACCIDENT_LABEL`)
DATED_AFTER = re.compile(_HAPPENED_ON + r"\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]")
# the start of another date after a day mention
NEXT_DATE = re.compile(r"(?:19|20)\d\d\s*年|(?:19|20)\d\d-\d{1,2}-\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*[日号]")
# a case sheet's fields, time then place: "时间:2016年7月11日\n地点:宁夏中卫\n伤亡人数:4人死亡", "(1)时间2019年9月4日
# 18时55分(接警时间)\n(2)火灾地址广东省…"
TIME_FIELD = re.compile(r"(?<![\u4e00-\u9fff])时间\s*[:：]?\s*$")
# (a field at the head of its line, not the place told in prose: "记者…赶到事发地点")
PLACE_FIELD = re.compile(
    r"(?:^|\n)\s*(?:[（(]?\d{1,2}[）)])?\s*[\u4e00-\u9fff]{0,4}?(?:地点|地址)|(?:地点|地址)\s*[:：]"
)
# a time of day glued to a weekday: "星期六18时左右", "(星期六)下午"
_WEEKDAY_CLOCK = rf"(?:{_DAYPART}|\d{{1,2}}\s*[时点])"
FURNITURE_AFTER = re.compile(
    r"^\s*(?:\d{1,2}:\d{2}(?!\s*(?:时|分|左右|许|前后|[,，]))|[\]】)]|消息|讯|发表|发布|更新|报导|报道|[^\n。,，]{0,24}(?:来源|作者|编辑|字号|浏览|点击|阅读|评论|稿件|日报|晚报"
    # (a correspondent's byline with the city filed from: "(美国之音记者:韦娓2005年8月16日华盛顿报导)")
    r"|[\u4e00-\u9fff]{1,4}?(?:报导|报道)\s*[)）]"
    # (and other papers' names: "2013年05月12日 南方都市报 南都讯 记者李京 昨日中午")
    r"|早报|都市报|商报|快报|时报|导报|周报|网(?=[\s|】\]]|$)|放大|字体|打印|收藏"
    # a newspaper's page line: "2023年5月17日 星期三 第04版", "（2017年9月19日 第A02版）"
    # (or the weekday left blank by the page: "2009 年 6 月 10 日 星期    6月9日下午"; but a weekday with the time of
    # day right after it is the account's: "2022年5月 21日星期六18时左右,位于…发生一起物体打击事故")
    rf"|星期(?![一二三四五六日天]\s*[)）]?{_WEEKDAY_CLOCK})[一二三四五六日天]?|第\s*[A-Za-z]?\d{{1,3}}\s*版"
    # (the weekday in brackets, as Hong Kong papers date a page: "- 2010年07月18日(日)")
    rf"|[(（]\s*(?:星期|周)?[一二三四五六日天]\s*[)）](?!{_WEEKDAY_CLOCK}))"
    # (the site's domain glued on, as a repost's header dates a page: "2023年12月27日ehs.cn")
    r"|(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|cc|hk|tw)(?![A-Za-z])"
    # (or another full date right after it, a document's own date run into the account's: "事故调查组2023年7月4日
    # 2023年4月27日2()时53分,…发生一起顶板事故")
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\s*$)"
)
# a clause that reports on the accident later (a press conference, a bulletin, a reporter's visit): its day is not
# the accident day even when a time of day follows ("3日下午召开的新闻发布会上获悉")
REPORTING = re.compile(
    # (实施 of a rule coming into force, not of work done: "上午安排两组实施工程人员一起进行水泠壁调试")
    r"生效|施行|(?:开始|正式|起)实施|实施(?:之日|以来|后)|成立|投产|获悉|召开|发布|通报|了解到|获知|表示|介绍|报道|报导|记者"
    r"|赶到|接[到获](?![^，,。；;]{0,12}?(?:报警|求救|求助))|收到|举报|公布|证实|调查|宣布|披露|透露"
    # (a finding on the cause, experts' or an inquiry's: "7月9日下午，…委派的专家初步认定，…燃爆事故系…自燃")
    r"|认定"
    # (a listed company's announcement: "8月5日早上，奥美医疗公告称"; a site's or a paper's: "由…网站“枞阳在线”刊发了
    # 一则《汇金广场发生一起坠落事故》的消息")
    r"|公告|刊发|刊登|刊载|登载"
    # (a court's and a prosecutor's acts: "2023年12月8日，…中级人民法院…作二审公开宣判", "2月1日，…人民法院一审以
    # 重大责任事故罪分别判处…")
    r"|宣判|判处|判决|审结|审理|开庭|公诉|起诉|批捕|立案|一审|二审|终审|涉嫌|移送|侦查"
    # (and a regulator's penalty: see REGULATOR_ACT)
    r"|处罚决定"
    # (the handling of the accident, not of things at work: "7日上午10点多他在回收站处理物品时")
    r"|(?:善后|事故|依法|严肃|从严)处理|处理(?:结果|意见|情况|工作|决定|事故)"
    # (a photo's day: "这是4月7日拍摄的事故现场。…4月6日18时56分许，…发生漏油起火事故"; not a film crew's
    # shooting told as under way, the work the accident happened at: "3月11日下午，…剧组拍摄时发生意外", "该剧在4月8日
    # 拍摄一场战争场面时发生了意外事故"; not any shooting in a clause that ends in 时: "9月20日，…一工作人员乘速滑线
    # 拍摄宣传视频时坠落，…有关部门已责成景区停运" is a later notice's day, the fall told on the 18th)
    r"|拍摄(?!时|过程|[^，,。；;\n]{0,8}?(?:场面|镜头|戏)[^，,。；;\n]{0,4}?时)|摄于"
    # (the writer sharing a case: "今天我们分享一个电梯事故案例，以警示大家。…2020年5月14日山西某安装工地，…"; the
    # paper's own earlier story: "昨日，本报对…的一起粉尘事故进行了报道")
    r"|分享|本报对"
)
# the lead of a news item before the accident's date: "据…发布的消息:", "通报称："
# (or a bulletin's: "…应急管理局发布情况通报 :2025年6月3日17时20分许，…")
# (or a regulator's release of accident information: "…安全监察局云南局发布事故信息：2021年11月20日凌晨，…")
NEWS_LEAD_BEFORE = re.compile(r"(?:消息|称|通报|公告|事故信息)\s*[:：]?\s*$")
# the accident told as happening "that day", the dispatch's
HAPPENED_THAT_DAY = re.compile(r"(?:事发|事故发生)(?:时间)?(?:在|于|是|为)?\s*当[天日]")
# a regulator's act after the accident (its day is not the accident's, nor a fallback for it): "2025年4月18日，省住建厅
# 对…项目相关单位…进行约谈"; or its penalty: "2024年3月18日，柳州市应急管理局对制冷工程公司作出行政处罚决定书")
REGULATOR_ACT = re.compile(r"约谈|挂牌督办|约见|处罚决定")
# (told in the date's own clause, the day is the act's, whatever event words follow: "此前6月1日国家能源局曾约谈…")
REGULATOR_ACT_AFTER = re.compile(r"[^，,。；;\n]{0,16}?(?:" + REGULATOR_ACT.pattern + r")")
# a clock time of "that day", a day just named: "2021年5月10日，武汉局部遭遇10级雷暴大风，当日13:30，…"
SAME_DAY_CLOCK = re.compile(r"当[日天]\s*\d{1,2}\s*[:：时点]")
# the reporter as the subject of the clause after a clock time (see `_eventful`)
# (or a tip-off taken, long after the accident: "2023年2月10日15时59分，根据蔡某举报称…2022年12月2日蔡某…摔落")
REPORTER_LEARNT = re.compile(
    r"[^，,。；;]{0,4}[，,]\s*(?:(?:本报)?(?:记者|笔者)|(?:根据|据|接到?)[^，,。；;]{0,12}?举报"
    # (or a site or paper that printed the news at that minute: "2022年04月19日17时32分，由中共枞阳县委宣传部主管的网站
    # “枞阳在线”刊发了一则《汇金广场发生一起坠落事故》的消息")
    r"|由[^，,。；;]{0,40}?(?:刊发|刊登|刊载|登载)"
    # (or a governor or a chief who hurried there: "12月2日19时30分，黑龙江省省长王某赶赴七台河就…透水事故抢险救援作出
    # 部署")
    r"|[^，,。；;]{0,16}?(?:省长|市长|县长|区长|书记|厅长|局长|主任)[^，,。；;]{0,8}?(?:赶赴|赶往|前往)"
    # (or an authority that issued its notice at that minute: "7月25日23时23分，广西北海海城发布了一则情况通报",
    # named at length: "6月23日凌晨1时许，揭阳市榕城区委宣传部官方公众号“榕城发布”发布情况通报称")
    r"|[^，,。；;]{0,32}?发布[^，,。；;]{0,6}?(?:通报|通告|公告|消息))"
)
# a time of "that day", a day just named, with its part of the day or its clock: "当天上午9时22分", "当日凌晨"
# (not the accident's own day named back: "昨日下午，…负责人告诉记者，事发当天下午1时，该局接到发生爆炸事故的报告")
SAME_DAY_TIME = re.compile(r"(?<!事发)当[日天]\s*(?:" + DAYPART_WORD + r"|\d{1,2}\s*[:：时点])")
# an accident named by its month and day, then what happened: "“6·16”化工厂爆炸", "“11·18”特大爆炸事故"
ACCIDENT_NAME_DAY = re.compile(
    # (the year too: "“2019·11·15”较大火灾事故")
    r"[“\"‘'「]\s*(?:(?P<y>(?:19|20)\d\d)\s*[·•．・.]\s*)?(?P<m>\d{1,2})\s*[·•．・.]\s*(?P<d>\d{1,2})\s*[”\"’'」]"
    r"(?=\s*[^，,。；;\n]{0,16}?(?:事故|爆炸|爆燃|火灾|大火|泄漏|中毒|坍塌|燃爆|闪爆))"
)
# what the search and rescue after an accident did (its day is not the accident's), and the accident happening
# (and the trapped carried out: "6月26日，深圳消防官兵将被困工人运出坍塌现场", a photo's caption)
# (and miners brought up: "其中3人前期成功升井，1人9日凌晨成功升井")
# (and a flooded mine's rescue drilling and pumping: "3月2日晚，…抢险人员在…透水事故地面架设的3台钻机开始向井下钻孔")
# (and the handling ended: "30日凌晨3时40分左右，…罐车起火燃烧事故处置工作结束，现场险情成功排除")
FOLLOW_UP = re.compile(
    r"找到|寻回|搜寻|搜救|搜索|救出|扑灭|抓获|刑拘|遗体|尸体|善后|打捞|运出|抬出|升井|获救|抢险|钻孔|打孔|排水"
    r"|(?:处置|救援|抢险)(?:工作)?(?:结束|完毕)|险情(?:已)?(?:成功)?(?:排除|解除)"
)
# (or a boat lost: "10月23日1点30分左右，三门渔船…在江苏大洋港突遇大风沉没")
OCCURRED = re.compile(r"发生|起火|着火|失火|爆炸|爆燃|坍塌|倒塌|泄漏|泄露|冒顶|透水|沉没|翻沉|倾覆")
FOLLOW_UP_SPREAD = dt.timedelta(days=7)
NAME_LEAD = 400  # characters of title and lead where the accident's own name is told
# an accident cited for its lessons: "深刻吸取“8·12”事故教训"
LESSON_BEFORE = re.compile(r"吸取|汲取|借鉴|类似|参照|以来|继")
NAME_SPREAD = dt.timedelta(days=120)
# the heading of an accident's investigation report ("…“11·02”火灾事故调查报告"), here after a date (a page that
# dates the report before its title); the type reader uses it too
INVESTIGATION_REPORT = r"事故(?:的)?调查(?:处理)?报告"
REPORT_TITLE_AFTER = re.compile(r"^[^，,；;]{0,50}?" + INVESTIGATION_REPORT)
# a day counted from the accident, a later day: "29日是矿难发生第13天，也是政府组织救援的第12天"
NTH_DAY_SINCE = re.compile(
    r"^[^，,；;。]{0,3}?(?:是|为|已是|已经是|正值)[^，,；;。]{0,10}?(?:发生|以来|后)的?第[\d一二三四五六七八九十]+天"
)
# a day told as after the accident: "1月13日，事故发生后的井口，停满了救援车辆"
AFTER_THE_ACCIDENT = re.compile(r"^[\s，,]*(?:在)?事故发生(?:之)?后")
# a date that is not of an event: a validity or cut-off date, a founding or birth date ("有效期至2014年4月10日")
# (not "时光回溯至2019年10月13日正午", a story going back to the day)
NOT_EVENT_BEFORE = re.compile(
    # (a tally's day at the head of its clause: "…发生爆裂的事故，到12月15日，有两人经抢救无效死亡")
    # (and an earlier accident this one followed: "这是该矿继2021年6月13日发生机电事故后，再一次发生事故")
    # (nor a page's sharing button before the account: "0\n分享至\n\n2025年11月21日8时许，…发生碰撞")
    r"(?:(?<!回溯)(?<!追溯)(?<!分享)(?<!转发)至|截至|截止|成立于|始建于|建于|出生于|(?<!发)生于|注册于|投产于|(?<=[，,。；;\n])到"
    r"|(?<!相)继"
    # (nor the day another accident is counted from: "距6月24日泰国…氧气瓶爆炸事件刚过去数日。6月30日晚…发生爆炸")
    r"|(?<![\u4e00-\u9fff])距(?:离)?"
    # (a party's birth date, as a judgment lists the parties: "被上诉人李华贵，男，1979年10月12日，汉族")
    r"|(?<=[，,])[男女]\s*[，,])\s*$"
)
# an earlier accident this one followed, its day told inside the clause that names it ("继大埔…前日有工人…夹死事故后，
# 另一间…昨日…失足")
FOLLOWED_BEFORE = re.compile(r"[继繼][^，,。；;\n]{0,22}$")
FOLLOWED_AFTER = re.compile(r"[^，,。；;\n]{0,30}?事故[后後]")
# a contract, a policy or a hiring dated: "2009年7月13日，王维以雇主身份为刘阳投保意外伤害险"
# (not a description of who employed the victims: "2023年8月31日当天，某公司雇佣的工人宋某…")
# (or a settlement reached: "双方最终于2015年4月9日达成一致协议")
CONTRACT_AFTER = re.compile(r"[^。；;\n]{0,20}?(?:投保|参保|签订|签约|入职|达成[^。；;\n]{0,6}?(?:协议|和解))")
# an earlier accident told as such after its date, the background of this one
EARLIER_ACCIDENT_AFTER = re.compile(r"[^。；;\n]{0,24}?(?:就曾|也曾|曾经|曾)(?:发生|出现)")
# an earlier accident announced in a sentence of its own, the next sentence its account: "在2021年11月\n同一工厂就曾
# 发生过安全事故\n据…消息，2021年11月17日16时11分左右，…发生闪爆，造成一人死亡" (see `earlier_announced`)
# (or several of late: "最近中国屡屡发生工业事故。星期二早上在山东省…发生爆炸，共造成10人死亡，6人受伤"; or this one
# told as the second: "这是山东两周内再次发生化工厂爆炸事故。8月22日晚间，…发生爆炸，造成一人死亡、九人受伤")
EARLIER_ANNOUNCED = re.compile(
    r"(?:就曾|也曾|曾经|曾|(?:最近|近来|近期|近日|近年来?)[，,]?[^，,。；;\n]{0,12}?(?:屡屡|频频|接连|屡次)"
    r"|这是[^，,。；;\n]{0,12}?(?:再次|又一次|再度))(?:发生|出现)(?:过)?"
    # (or the accident's circumstances: "…笏山金矿也曾发生迟报瞒报事故情况。")
    # (and what they drew after: "但近年来，八卦洲境内的船厂屡屡发生生产事故，引起人们关注。")
    # (or an 意外, as Hong Kong's papers call an accident: "记者注意到，日前港铁就曾发生过此类扶手电梯意外。")
    r"[^，,。；;\n]{0,12}?(?:事故|意外)(?:情况)?(?:[，,](?:引起|引发|令|让)[^，,。；;\n]{0,10})?[。！!]?\s*$"
    # (or counted as the latest of a run, the run told next: "这已是2014年上半年以来，河南省境内发生的第三起煤矿生产
    # 事故。3月21日…发生一起重大煤与瓦斯突出事故")
    r"|这(?:已经?)?是[^。；;\n]{0,30}?以来[^。；;\n]{0,20}?第[一二三四五六七八九十\d]{1,3}起[^。；;\n]{0,12}?事故[。！!]?\s*$"
)
# the day a measure takes effect: "通知指出自2016年9月28日零时起，全区所有煤矿一律停产" (not 起火, 起吊 …), at an
# hour of it ("龙口金丰及龙口金泰已自8月7日上午6时起停产撤人"), and a share's trading halted or resumed ("公司股票于
# 2016年11月25日开市起复牌")
EFFECTIVE_AFTER = re.compile(
    r"\s*(?:零时|0时|零点|0点)起|\s*起\s*[，,]"
    rf"|\s*(?:(?:{DAYPART_WORD})?\s*\d{{1,2}}\s*[时点](?:\s*\d{{1,2}}\s*分)?\s*)?起\s*(?:停产|停工|停业|撤人|全面|一律|暂停)"
    r"|\s*(?:上午|下午)?\s*(?:开市|开盘)?\s*起?\s*(?:复牌|停牌)"
)
# a founding, opening or birth day after a date: "2000年1月14日成立"
FOUNDED_AFTER = re.compile(r"[^，,。；;]{0,6}?(?:成立|注册|投产|开业|建成|出生|开工|竣工)")
# "同年10月10日", "当年5月3日": the year written last before
SAME_YEAR_BEFORE = re.compile(r"(?:同年|当年|是年)\s*$")
# "去年6月10日", "今年3月1日": the year before the reference date's, or its own
YEAR_WORD_BEFORE = re.compile(r"(?P<w>去年|今年)\s*$")
YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年")
# a year and month of the prose with no day: "2007年4月底", "2019年10月"
YEAR_MONTH_RE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号])")
YEAR_MONTH_WITHIN = 300
# an agency or paper dateline giving today's month and day: "中新网丽水6月2日电", "本报12月4日讯", "东方网4月18日消息"
# (with the hour of filing between: "华龙网12月10日22时30分讯")
DATELINE_MD = re.compile(
    rf"(?=[\d{_CN}])(?:(?P<m>{_N2})\s*月\s*)?(?P<d>{_N2})\s*日\s*(?:\d{{1,2}}\s*[时:：]\s*(?:\d{{1,2}}\s*分?)?\s*)?"
    r"(?:电|讯|消息|报道|報道|電|訊)"
)
# (or after the paper's 讯, the day then a comma: "华商报讯1月30日，宋女士躺在医院骨科的病床上"; not after a dateline
# of its own, "半岛都市报1月13日讯 1月12日，…渔民…不慎被绞机绞断", whose next day is the accident's)
DATELINE_AFTER = re.compile(rf"(?<=[^\d日\s]讯)\s*(?:(?P<m>{_N2})\s*月\s*)?(?P<d>{_N2})\s*日(?=\s*[，,])")
_REL_DAYS = {"昨": 1, "前": 2, "今": 0}  # days before the dateline
# a date right before a day of the week, whose weekday it gives
WEEKDAY_OF_DATE = re.compile(r"[日号\d][ \t　]*[（(]?[ \t　]*\Z")
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


def _weekday(m: re.Match[str], ref: dt.date) -> dt.date:
    """A day of the week against the dateline: that day of the week before ("上周四"), or the last such day on or
    before the dateline ("星期五", "本周二")."""
    wd = _WEEKDAYS[m.group("wd")]
    if m.group("wkw").startswith("上"):
        return ref - dt.timedelta(days=ref.weekday() + 7 - wd)
    return ref - dt.timedelta(days=(ref.weekday() - wd) % 7)
CUT_OFF_AFTER = re.compile(r"\s*\d{1,2}\s*(?:时|点)\s*(?:止|为止)")
LATER_WITHIN = 1000  # characters after a day of a preliminary within which the accident's own day is looked for
LABELLED_NEAR = dt.timedelta(days=7)  # how far the accident's labelled day may be from a news day told before it
MAX_AFTER_FULL = dt.timedelta(days=60)  # a day without its year, read in the year of a full date told shortly before
MAX_BACK = dt.timedelta(days=45)  # a partial date further back than this from the dateline: the page is a repost
# ... unless the page tells the accident's investigation report, published months after it: the inquiry has 60
# days, extendable by 60 (《生产安全事故报告和调查处理条例》 第二十九条), the government replies within 15 or 30 more
# (第三十二条) and the page follows the report ("3月15日…发生火灾…近日…发布了…火灾事故调查报告" under the stamp
# 2021-8-11)
REPORT_BACK = dt.timedelta(days=183)


@dataclass(frozen=True)
class FoundDate:
    date: str  # ISO date of the accident
    time: str | None  # "HH:MM" when the mention gives a clock time
    start: int  # span of the mention in the text
    end: int


def _reporters_day(text: str, m: re.Match[str]) -> bool:
    """Whether the day mention m is the reporter's at the scene: "记者4日凌晨在…瓦斯爆炸事故现场获悉，3日发生的爆炸事故
    已造成32人遇难" (not with the accident told on that day: "记者4日晚间从…证实，当日19时26分许，…发生塌方")."""
    if not text.endswith("记者", 0, m.start()):
        return False
    return SAME_DAY_TIME.search(re.split(r"[。！？\n]", text[m.end() :], maxsplit=1)[0]) is None


def earlier_announced(text: str, pos: int) -> bool:
    """Whether the sentence before the one at `pos` announces an earlier accident and says no more of it."""
    a = max(text.rfind(p, 0, pos) for p in "。！\n") + 1  # (the start of the sentence at pos)
    pa, end = _sentence_before(text, a, "。！\n")
    return a > 0 and EARLIER_ANNOUNCED.search(text, pa, end) is not None


def _sentence_before(text: str, a: int, stops: str) -> tuple[int, int]:
    """The span of the sentence before the one starting at `a`, across blank lines (a page's paragraphs)."""
    end = a
    while end > 0 and text[end - 1] in "\n \t　":
        end -= 1
    return max(text.rfind(p, 0, end - 1) for p in stops) + 1, end


# the head of a list of earlier accidents, one a line, after it: "据悉，鸡西曾发生多起特别重大矿难，造成上百矿工伤亡：\n
# 2004年2月23日，…共造成37人死亡。\n2004年6月20日，…"
EARLIER_LIST_HEAD = re.compile(
    r"(?:曾|曾经|就曾|也曾|先后|此前|近年来?|历史上)[^。\n]{0,16}?(?:发生|出现)(?:过)?[^。\n]{0,24}?"
    r"(?:事故|矿难|爆炸|火灾|惨剧|惨案)[^。\n]{0,24}?[:：]\s*$"
)
# a line of such a list, opening with its accident's full date
LIST_ITEM_DATE = re.compile(r"\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年")


# …or one a sentence after a sentence that announces them: "近年来，你单位连续发生生产安全事故。2015年9月30日二十一坑
# 发生轻轨车辆侧翻造成1人死亡。…2019年9月6日发生高处坠落致两人受伤。"
# (also "也发生过": "据悉，宁东基地在2023年也发生过多起事故。2023年1月3日，…；2023年8月7日，…至少2人中毒死亡。")
EARLIER_SENTENCES_HEAD = re.compile(
    r"(?:曾|曾经|就曾|也曾|先后|此前|近年来?|历史上|连续|接连|多次|也(?=发生过|出现过))[^。\n]{0,16}?(?:发生|出现)(?:过|了)?"
    r"[^。\n]{0,24}?"
    r"(?:事故|矿难|爆炸|火灾|惨剧|惨案)[^。\n]{0,12}?。\s*$"
)


def in_earlier_sentences(text: str, pos: int) -> bool:
    """Whether pos is in a sentence that opens with a full date, one of a run of such sentences right after a sentence
    that announces earlier accidents (`EARLIER_SENTENCES_HEAD`)."""
    a = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1
    while LIST_ITEM_DATE.match(text, a) and a > 0:
        pa, end = _sentence_before(text, a, "。\n")
        if not LIST_ITEM_DATE.match(text, pa):
            return EARLIER_SENTENCES_HEAD.search(text, pa, end) is not None
        a = pa
    return False


def in_earlier_list(text: str, pos: int) -> bool:
    """Whether pos is on a line of a list of earlier accidents: lines that open with a full date, right after a line
    that announces them and ends with a colon (`EARLIER_LIST_HEAD`)."""
    a = text.rfind("\n", 0, pos) + 1
    if not LIST_ITEM_DATE.match(text, a):
        return False
    while a > 0:
        pa = text.rfind("\n", 0, a - 1) + 1
        line = text[pa : a - 1]
        if line.strip() and not LIST_ITEM_DATE.match(line):
            return EARLIER_LIST_HEAD.search(line) is not None
        a = pa
    return False


def _num(s: str) -> int:
    return cn_to_int(s.replace("○", "〇"))


def _full(m: re.Match[str]) -> dt.date | None:
    """The date of a mention written with its year, or None."""
    if m.group("sep3") == "/":
        # a slashed date with its year last is written day first (18/01/2010) on Hong Kong pages and month first
        # (11/05/2012 for 5 November) on others: only the order its numbers allow is read; both allowed, neither
        first, second = _num(m.group("d3")), _num(m.group("m3"))
        if (first <= 12) == (second <= 12):
            return None
        day, month = (first, second) if first > 12 else (second, first)
        try:
            return dt.date(_num(m.group("y3")), month, day)
        except ValueError:
            return None
    if m.group("mon"):
        try:
            return dt.date(int(m.group("ye")), _EN_MONTHS.index(m.group("mon")[:3]) + 1, int(m.group("de")))
        except ValueError:
            return None
    for y, mo, d in (("y", "m", "d"), ("y2", "m2", "d2"), ("y3", "m3", "d3"), ("yr", "mr", "dr")):
        if m.group(y):
            try:
                year = _num(m.group(y)) + (1911 if y == "yr" else 0)  # (the Republic's years counted from 1912)
                date = dt.date(year, _num(m.group(mo)), _num(m.group(d)))
            except ValueError:
                return None
            return date if 1900 <= date.year <= 2100 else None
    return None


def _is_furniture(text: str, m: re.Match[str]) -> bool:
    """A page's dateline or stamp: a label before the date on its line, a clock time or the source after it."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    before = text[max(line_start, m.start() - 14) : m.start()]
    after = text[m.end() : m.end() + 30].split("\n")[0]
    if _accident_field(text, m.start(), before):
        return False  # "事故发生时间:2019年4月2日 14:30" is the accident's own field
    if m.group("y3") or m.group("mon") or (m.group("y2") and re.match(r"\s", text[m.end() : m.end() + 1])):
        return True  # 28.08.2015, "Sep 24, 2022" and "2023-10-19 标题…" are page stamps, not prose
    if NEWS_LEAD_BEFORE.search(before) and (
        CLOCK_AFTER.match(after)
        or _event_told(text, m.end())
        or SAME_DAY_CLOCK.search(re.split(r"[。！？\n]", text[m.end() : m.end() + 80])[0])
    ):
        return False  # "据应急管理部今天发布的消息:2024年2月18日2时11分,…发生爆炸": the news itself, not a 发布 label
    return bool(FURNITURE_BEFORE.search(before) or FURNITURE_AFTER.match(after))


YEARLESS_STAMP_AFTER = re.compile(r"[ \t　]*[（(][一二三四五六日天][)）][ \t　]*\d{1,2}:\d{2}[ \t　]*(?:\n|$)")


def _yearless_stamp(text: str, m: re.Match[str]) -> bool:
    """A month and day alone on its line with the weekday and the clock after it: a page's stamp."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return not text[line_start : m.start()].strip() and YEARLESS_STAMP_AFTER.match(text, m.end()) is not None


def _accident_field(text: str, start: int, before: str) -> bool:
    """Whether the date at `start`, with `before` the text before it on its line, fills the accident's time field:
    "事故发生时间:", or a bare "时间:" followed by a place field (a case sheet's "时间:…地点:…")."""
    if ACCIDENT_LABEL.search(before):
        return True
    return bool(TIME_FIELD.search(before)) and PLACE_FIELD.search(text, start, start + 160) is not None


def _after(earlier: dt.date, month: int, day: int) -> dt.date | None:
    """The date of month/day within MAX_AFTER_FULL after `earlier` (into the next year across its end), or None."""
    for year in (earlier.year, earlier.year + 1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            return None
        if dt.timedelta(0) <= date - earlier <= MAX_AFTER_FULL:
            return date
    return None


# how many days before the day of a report the accident it tells may be named by its day alone
REPORTED_WITHIN = 7


def _after_day(earlier: dt.date, day: int) -> dt.date | None:
    """The date of a day of the month, alone, within MAX_AFTER_FULL after `earlier`: in its month or the next."""
    for ahead in (0, 1):
        year, month = divmod(earlier.month - 1 + ahead, 12)
        try:
            date = dt.date(earlier.year + year, month + 1, day)
        except ValueError:
            continue
        if dt.timedelta(0) <= date - earlier <= MAX_AFTER_FULL:
            return date
    return None


# the day of the month a relative day gives in brackets ("今(7)日")
REL_BRACKET_DAY = re.compile(r"[（(]\s*(\d{1,2})\s*[）)]")


def _bracketed_day(rel: str, ref: dt.date) -> dt.date | None:
    """The day a relative day names in brackets ("今(7)日"), the last such day on or before the reference `ref`, when
    it is within two days of the day the word alone gives: "08.09.2014 00:14 … 今(7)日下午" is the 7th, the page
    stamped just after midnight."""
    m = REL_BRACKET_DAY.search(rel)
    if m is None:
        return None
    day = int(m.group(1))
    with contextlib.suppress(ValueError):
        month_of = ref if day <= ref.day else ref.replace(day=1) - dt.timedelta(days=1)
        told = month_of.replace(day=day)
        if abs(told - (ref - dt.timedelta(days=_REL_DAYS[rel[0]]))) <= dt.timedelta(days=2):
            return told
    return None


def _resolve(m: re.Match[str], refs: list[dt.date], back: dt.timedelta = MAX_BACK) -> dt.date | None:
    """The date of a partial or relative day mention: a relative day against the first reference date (the dateline),
    a partial one against the first reference it falls shortly before (None without one)."""
    if not refs:
        return None
    if m.group("rel"):
        return _bracketed_day(m.group("rel"), refs[0]) or refs[0] - dt.timedelta(days=_REL_DAYS[m.group("rel")[0]])
    if m.group("wk"):
        return _weekday(m, refs[0])
    if not (m.group("d4") or m.group("d5")):
        return None  # (a full date whose year is no year, a typo's: "1013年10月14日 00:20 左右，…发生冒顶事故")
    for ref in refs:
        try:
            day = _num(m.group("d4") or m.group("d5"))
            if m.group("m4"):
                date = dt.date(ref.year, _num(m.group("m4")), day)
                if date > ref:
                    date = date.replace(year=ref.year - 1)
            elif day <= ref.day:
                date = ref.replace(day=day)
            else:
                # the month before the reference's (a 31st under a stamp of 1 April is 31 March, never 31 April)
                date = (ref.replace(day=1) - dt.timedelta(days=1)).replace(day=day)
        except ValueError:
            continue
        if ref - date <= back or (m.group("m4") and _weekday_agrees(m, date)):
            return date
    return None


# a day of the week right after a date: "5月26号（星期五）傍晚"
WEEKDAY_AFTER = re.compile(r"[ \t　]*[（(]?[ \t　]*(?:星期|周|礼拜)(?P<wd>[一二三四五六日天])")


def _weekday_agrees(m: re.Match[str], date: dt.date) -> bool:
    """Whether the month and day at m is followed by its day of the week in `date`'s year: a repost stamped months
    later still gives the year then ("5月26号（星期五）" under the stamp 2017/9/11 is 26 May 2017, a Friday)."""
    wd = WEEKDAY_AFTER.match(m.string, m.end())
    return wd is not None and _WEEKDAYS[wd.group("wd")] == date.weekday()


def _same_year(text: str, m: re.Match[str]) -> dt.date | None:
    """A month and day told as in the same year as the year written last before it: "2015年8月初，…转租门面。
    同年10月10日上午11时许，…喷出燃烧" is 2015-10-10."""
    if not m.group("m4") or not SAME_YEAR_BEFORE.search(text, max(0, m.start() - 3), m.start()):
        return None
    years = list(YEAR_RE.finditer(text, 0, m.start()))
    if not years:
        return None
    try:
        return dt.date(int(years[-1].group(1)), _num(m.group("m4")), _num(m.group("d4")))
    except ValueError:
        return None


def _year_month_before(text: str, m: re.Match[str]) -> dt.date | None:
    """A month and day in the year of a year and month told shortly before in the prose, not later in that year than
    the day: "2007年4月底，傅某…决定…。5月2日中午6人因违规爆破作业，导致…滑塌" is 2007-05-02."""
    if not m.group("m4"):
        return None
    told = list(YEAR_MONTH_RE.finditer(text, max(0, m.start() - YEAR_MONTH_WITHIN), m.start()))
    if not told:
        return None
    year, month = int(told[-1].group(1)), int(told[-1].group(2))
    try:
        date = dt.date(year, _num(m.group("m4")), _num(m.group("d4")))
    except ValueError:
        return None
    return date if date.month >= month and date.month - month <= 2 else None


def _year_told_later(text: str, m: re.Match[str]) -> dt.date | None:
    """A month and day without a year, in the year of a full date of the same month told later in the text, with
    nothing else to date it: "7月11日11点许，…作业区发生火灾。…该队于2017年7月5日至14日对…井实施…作业" is 2017-07-11."""
    if not m.group("m4"):
        return None
    month = _num(m.group("m4"))
    # (not a founding or birth date: "1月17日晚…液化气站发生爆炸。…该站2000年1月14日成立", "该企业注册于2002年12月16日")
    later = next(
        (
            x
            for x in re.finditer(rf"((?:19|20)\d\d)\s*年\s*0?{month}\s*月", text[m.end() :])
            if not FOUNDED_AFTER.match(text, m.end() + x.end())
            and not NOT_EVENT_BEFORE.search(text, max(0, m.end() + x.start() - 6), m.end() + x.start())
        ),
        None,
    )
    if later is None:
        return None
    try:
        return dt.date(int(later.group(1)), month, _num(m.group("d4")))
    except ValueError:
        return None


def _year_word(text: str, m: re.Match[str], refs: list[dt.date]) -> dt.date | None:
    """A month and day after 去年 or 今年, in the year before the first reference date's or in its own: "date
    2026-01-07 去年6月10日，…发生火灾" is 2025-06-10."""
    word = YEAR_WORD_BEFORE.search(text, max(0, m.start() - 3), m.start()) if m.group("m4") else None
    if word is None or not refs:
        return None
    try:
        return dt.date(refs[0].year - (word.group("w") == "去年"), _num(m.group("m4")), _num(m.group("d4")))
    except ValueError:
        return None


# a call for help taken before any other word of reporting: the rescuers' day is the accident's ("7日下午，接到群众报警
# 后，消防大队官兵赶到…")
ALARM_FIRST = re.compile(r"[^，,。；;]{0,6}?[，,]?[^，,。；;]{0,8}?接[到获]?[^，,。；;]{0,10}?(?:报警|求救)")


# the accident come to light on the day, its cover-up's end, the accident the verb's subject: "4月13日，事故被压了
# 一周才爆出，在热搜上“沸”了一下" (the day of the news, not of the accident)
COME_TO_LIGHT = re.compile(r"曝光|曝出|(?<=[才被])爆出")


def _eventful(text: str, end: int) -> bool:
    """Whether the day mention ending at `end` dates an event: a time of day or an accident word follows it in the
    same sentence, before any word of later reporting."""
    end = _past_bracket(text, end)
    window = re.split(r"[。！？\n]", text[end : end + 60])[0]
    # (the inquiry into the accident is reporting too: "同年4月30日，事故调查报告认定，…")
    # (nor is a crime named after accidents: "将郑某涉嫌重大责任事故罪一案移送…")
    window = re.sub(r"事故(?:的)?调查(?:处理)?(?:报告|组)?", "调查", window).replace("事故罪", "罪")
    # (up to the next date: "2020-09-03新闻6  2019年11月15日  …一门面房发生火灾" dates the fire by the second)
    window = NEXT_DATE.split(window, maxsplit=1)[0]
    if NTH_DAY_SINCE.match(window) or AFTER_THE_ACCIDENT.match(window):
        return False
    if COME_TO_LIGHT.search(re.split(r"[,，;；]", window.lstrip("，, "), maxsplit=1)[0]):
        return False
    if REPORT_TITLE_AFTER.search(window):
        return False  # "2014年3月31日 台州大东鞋业有限公司“1·14”重大火灾事故调查报告": the report's own date
    ev = EVENT_AFTER.search(window)
    clause = re.split(r"[,，;；]", window)[0]
    same_day = SAME_DAY_TIME.search(window)
    if same_day is not None:
        after_clock = re.split(r"[。！？\n]", text[end + same_day.end() : end + 200])[0]
        if EVENT_FAR_AFTER.search(after_clock):
            # "31日，笔者从…公安部门获悉，当天上午9时22分，…发生一起…事故": the day learnt of is the event's
            return True
    rep = REPORTING.search(clause)
    if rep is not None and (ev is None or rep.start() < ev.end()):
        return False  # "3日下午召开的新闻发布会上获悉": the day of the reporting, not of the accident
    if (clock := CLOCK_AFTER.match(window)) is not None:
        # "15日晚18时许,…中心接到…": a clock time dates an event even when reporting follows (not the reporter's own
        # learning: "昨晚6时，记者从…医院获悉，事故中的14名伤者中…")
        return REPORTER_LEARNT.match(window, clock.end()) is None
    rep = REPORTING.search(window)
    if rep is not None and (ev is None or rep.start() < ev.end()):
        alarm = ALARM_FIRST.match(window)
        if alarm is None or rep.start() < alarm.end():
            return False
    if ev is None and AT_HOSPITAL.match(window):
        return False  # "昨天上午，在义乌稠州医院手外科病房，小王一脸沮丧": a scene at the hospital after the accident
    return ev is not None or TIME_AFTER.match(window) is not None


def _opens_long_account(text: str, m: re.Match[str]) -> bool:
    """Whether the full date m opens a sentence that tells the accident further on than `_eventful` looks, with no
    reporting in it and no other day before the accident's word: "2023年5月14日，巨龙铜业外协单位—福建兴万祥建设集团
    有限公司在所承包的巨龙铜多金属矿露天采场排水巷道相关竖井工程施工过程中发生一起吊笼坠落事故"."""
    if text[max(text.rfind("\n", 0, m.start()), text.rfind("。", 0, m.start())) + 1 : m.start()].strip():
        return False
    sentence = re.split(r"[。！？\n]", text[m.end() : m.end() + 160])[0].replace("事故罪", "罪")
    ev = LONG_EVENT_AFTER.search(sentence)
    return ev is not None and not REPORTING.search(sentence) and not NEXT_DATE.search(sentence, 0, ev.end())


def _clause_tells_event(text: str, end: int) -> bool:
    """Whether the clause after the comma at `end` tells the accident ("3日，仪征一家私营企业发生一起惨剧"; not
    "1月30日，宋女士躺在医院骨科的病床上，她…被叉车撞倒", the day she was found on, the accident told after it)."""
    clause = re.split(r"[，,。；;！？\n]", text[end:].lstrip(" \u3000，,"), maxsplit=1)[0]
    return EVENT_AFTER.search(clause) is not None


def _event_told(text: str, end: int) -> bool:
    """Whether an accident word follows the day mention ending at `end` in its sentence (far on in it too: "4月5日傍晚，
    位于渤海湾的蓬莱19-3油田，在钻井作业过程中浅层气溢出，随即进行压井作业处置，过程中发生了井喷失控着火")."""
    return EVENT_FAR_AFTER.search(re.split(r"[。！？\n]", text[end : end + 120])[0]) is not None


# how far before the relative day's reading a day alone must lie to show the page's stamp a repost's (see
# `_day_of_a_repost`): more than a week, no story's "the day before yesterday" and its own later days
REPOST_GAP = dt.timedelta(days=7)


# a day mention and its full date, when it has one
Mention = tuple[re.Match[str], dt.date | None]


def _mentions_after(mentions: list[Mention], furniture: set[int], first: re.Match[str]) -> Iterator[Mention]:
    """The day mentions of the prose within LATER_WITHIN characters after `first` (page furniture left out)."""
    for m, full in mentions:
        if first.start() < m.start() and m.start() - first.end() <= LATER_WITHIN and m.start() not in furniture:
            yield m, full


def _later_event_day(
    text: str,
    mentions: list[Mention],
    furniture: set[int],
    first: re.Match[str],
    date: dt.date,
    refs: list[dt.date],
) -> FoundDate | None:
    """A day mention of the prose within LATER_WITHIN characters after `first`, up to MAX_AFTER_FULL later than its
    `date` (but not after the page's stamps, `refs`), that dates an event (`_eventful`): the accident's day in a
    narrative that dated a preliminary first."""
    for m, full in _mentions_after(mentions, furniture, first):
        if HARM_TOLD.search(text, first.end(), m.start()):
            # (the harm told already, the later day is the aftermath's: "2022年4月12日上午，…夫妇在汇金广场一楼从事…蔬菜
            # 分检工作。8时许，陆某某…不慎坠落至地下室地面…4月16日和17日，对事故发生单位…进行了再次核实")
            return None
        later = full or (
            _after(date, _num(m.group("m4")), _num(m.group("d4")))
            if m.group("m4")
            else _after_day(date, _num(m.group("d5")))
            if m.group("d5")
            else None
        )
        if later is None or not dt.timedelta(0) < later - date <= MAX_AFTER_FULL:
            continue
        if refs and later > max(refs):
            # (a day after the page's own stamp is no event the page tells: a day alone is then in the stamp's month,
            # before the preliminary: "从11日晚上开始，井下水位下降非常缓慢。…9日晚9时40分左右，…发生透水事故")
            # (in the stamp's month it is before `date`, else `_after_day` had found it there)
            later = _resolve(m, refs) if m.group("d5") else None
            if later is None:
                continue
        if not _eventful(text, m.end()) or CUT_OFF_AFTER.match(text, m.end()):
            continue  # (not a tally's cut-off: "截至9月29日24时止，累计有37人…死亡")
        time, end = _clock(text, m.end())
        return FoundDate(later.isoformat(), time, m.start(), end)
    return None


def _labelled_day_after(
    text: str,
    mentions: list[Mention],
    furniture: set[int],
    first: re.Match[str],
    date: dt.date,
) -> FoundDate | None:
    """A day without its year that fills the accident's time field after `first` ("事故时间:事故发生在6月5日23:50左右"),
    a few days from its `date`: the accident's own day, where `first` dated the news of it ("据腾讯新闻报道，2016年
    6月6日，…一条铁路隧道坍塌")."""
    for m, full in _mentions_after(mentions, furniture, first):
        if full is not None or not m.group("m4"):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not _accident_field(text, m.start(), text[max(line_start, m.start() - 14) : m.start()]):
            continue
        with contextlib.suppress(ValueError):
            day = date.replace(month=_num(m.group("m4")), day=_num(m.group("d4")))
            if day != date and abs(day - date) <= LABELLED_NEAR:
                time, end = _clock(text, m.end())
                return FoundDate(day.isoformat(), time, m.start(), end)
    return None


# the harm done, told of a victim or the plant (see `_later_event_day`)
HARM_TOLD = re.compile(
    OCCURRED.pattern + r"|坠落|跌落|摔落|触电|受伤|死亡|身亡|遇难|被砸|砸中|砸伤|被埋|掩埋|中毒|窒息|溺水|落水"
)


def _part_of_day(text: str, end: int) -> str | None:
    """The part of the day told right after a day mention ending at `end` ("下午" of "前天下午"), or None."""
    m = re.match(r"\s*(" + DAYPART_WORD + r")", text[end : end + 8])
    return m.group(1) if m else None


def _told_a_day_earlier(
    text: str,
    mentions: list[Mention],
    furniture: set[int],
    first: re.Match[str],
    date: dt.date,
) -> FoundDate | None:
    """A month and day told after the relative day `first` (前天, 昨天), one day before the `date` it was read as, that
    dates an event: the paper's day the relative day counted from was the day before the web page's stamp ("发布时间:
    2015-4-8 …前天下午，…救生艇发生高空滑落…4月5日下午3时，…救生艇突然从十几米高空滑落至海面")."""
    part = _part_of_day(text, first.end())
    before = date - dt.timedelta(days=1)
    for m, full in _mentions_after(mentions, furniture, first):
        told = full or (_after(before, _num(m.group("m4")), _num(m.group("d4"))) if m.group("m4") else None)
        # (the same part of the day, when the relative day told one: not the evening before a night's accident, "昨日
        # 凌晨，…发生安全生产事故。…1月2日23时，电石炉都在正常运作")
        if told == before and part in (None, _part_of_day(text, m.end())) and _eventful(text, m.end()):
            time, end = _clock(text, m.end())
            return FoundDate(told.isoformat(), time, m.start(), end)
    return None


def _day_of_a_repost(
    text: str,
    mentions: list[Mention],
    furniture: set[int],
    first: re.Match[str],
    date: dt.date,
) -> FoundDate | None:
    """A day alone with its clock, told after the relative day `first` (前日, 昨天) and dating an event, that cannot be
    within a week before the `date` the relative day was read as: the page's stamp is a repost's, weeks after the
    paper's day the relative day counted from, and the day alone is the accident's, in the month of `date` ("2016-02-27
    21:02 …本报讯 笔者昨日获悉，…前日发生一起矿山意外事故…4日上午9时左右，…2名工人进入巷道" is 4 February)."""
    for m, full in _mentions_after(mentions, furniture, first):
        time, end = _clock(text, m.end())
        if full is not None or not m.group("d5") or time is None:
            continue
        # (a day after it is the search's or the aftermath's, in its month: "前日凌晨…发生爆燃…到14日凌晨4时20分，…将
        # 两名死者的遗体抬出来" under a stamp of the 15th)
        day = _num(m.group("d5"))
        if not 1 <= day < date.day:
            continue
        told = date.replace(day=day)
        if date - told > REPOST_GAP and _eventful(text, m.end()):
            return FoundDate(told.isoformat(), time, m.start(), end)
    return None


def _earlier_accident_day(
    text: str,
    mentions: list[Mention],
    furniture: set[int],
    first: re.Match[str],
    date: dt.date,
    refs: list[dt.date],
) -> FoundDate | None:
    """A day mention within LATER_WITHIN characters after `first`, up to FOLLOW_UP_SPREAD earlier than its `date`,
    whose sentence tells the accident happening (OCCURRED): the accident's day in a story that led with the search."""
    for m, full in _mentions_after(mentions, furniture, first):
        earlier = full or _resolve(m, refs)
        if earlier is None or not dt.timedelta(0) < date - earlier <= FOLLOW_UP_SPREAD:
            continue
        window = re.split(r"[。！？\n]", text[m.end() : m.end() + 60])[0]
        # (the search told later in its sentence is this day's aftermath: "周二下午发生塌方事故，造成三人被困，经各方
        # 全力搜救已寻回三人")
        if OCCURRED.search(window) and not FOLLOW_UP.search(re.split(r"[，,；;]", window)[0]):
            time, end = _clock(text, m.end())
            return FoundDate(earlier.isoformat(), time, m.start(), end)
    return None


# a date in brackets after a relative day, read in its place ("今天(8月1日)"; not "今天(17号)", a day of the month
# written with 号, which is not read alone: 今天 is, past the bracket)
BRACKETED_DAY = re.compile(r"\s*[(（](?!\s*\d{1,2}\s*号\s*[)）])")


def _past_bracket(text: str, end: int) -> int:
    """Past the closing bracket of a day written in brackets after 今天 or the like: "今天(14日)凌晨4时52分，…"."""
    # (a few characters behind the day suffice: a day is at most two digits and 日; not a slice of the whole text)
    behind = text[max(0, end - 6) : end].rstrip("0123456789日号")
    if text[end : end + 1] in (")", "）") and behind.endswith(("(", "（")):
        return end + 1
    # (and past its day of the week: "5月26号（星期五）傍晚7:30左右")
    week = WEEKDAY_TOLD.match(text, end)
    return week.end() if week is not None else end


# a day of the week told right after a day, in brackets or not (see `_past_bracket`)
WEEKDAY_TOLD = re.compile(
    r"[ \t　]*(?:[（(][ \t　]*(?:星期|周|礼拜)[一二三四五六日天][ \t　]*[)）]|(?:星期|礼拜)[一二三四五六日天])"
)


def _clock(text: str, end: int) -> tuple[str | None, int]:
    """ "HH:MM" from the time of day right after a day mention, and where that time ends."""
    t = _AFTER_DAY.match(text, _past_bracket(text, end))
    if not t or not t.group("h"):
        return None, end
    try:
        h, mi = _num(t.group("h")), int(t.group("mi") or 0)
    except ValueError:
        return None, end
    if t.group("part") in ("下午", "午后", "傍晚", "黄昏", "晚上", "晚间", "晚") and h < 12:
        h += 12
    return (f"{h:02d}:{mi:02d}", t.end()) if h < 24 and mi < 60 else (None, end)


def _day_mentions(text: str) -> list[re.Match[str]]:
    """What `DAY_RE.finditer(text)` gives (leftmost, not overlapping), trying DAY_RE only where a mention can start."""
    out: list[re.Match[str]] = []
    end = 0
    for start in DAY_START.finditer(text):
        if start.start() < end:
            continue
        m = DAY_RE.match(text, start.start())
        if m is not None:
            out.append(m)
            end = m.end()
    return out


def read_date(text: str) -> FoundDate | None:
    """The accident date of `text` (normalised digits), with its clock time and the span of the mention; the day
    the accident is named by ("“6·16”化工厂爆炸"), where the text gives one, over another day of the same season."""
    found = _read_date(text)
    stripped = _stripped_date(text)
    if stripped is not None and (found is None or stripped.start < found.start):
        # (a stripped date before the day found is the accident's, as a full date there would be: "2020年81518时15分
        # 许，…员工赵某被发现倒在…，经抢救无效死亡。…2020年3月3日，…两公司…签订…合同")
        return stripped
    if found is None:
        # a name that carries its year dates the accident alone: "《某区“2019·11·15”较大火灾事故调查报告》"; a name
        # without one takes the year of the page's stamp, the last such day on or before it ("2012年07月13日 …
        # “6·29”道路交通事故引发爆燃重大事故直接原因已初步查明": 2012-06-29)
        m = _accident_name(text)
        stamp = _page_stamp(text, m) if m is not None and not m.group("y") else None
        if m is not None and (m.group("y") or stamp is not None):
            with contextlib.suppress(ValueError):
                if stamp is None:
                    day = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
                else:
                    day = dt.date(stamp.year, int(m.group("m")), int(m.group("d")))
                    if day > stamp:
                        day = day.replace(year=stamp.year - 1)
                return FoundDate(day.isoformat(), None, m.start(), m.end())
        return None
    return _named_day(text, _explicit_day_after(text, found))


# a relative day ("今日", "昨日") counted from a page's stamp, and then the body telling the accident on a day of the
# month with its part of the day, a day or two before: the stamp is a repost's or a later edition's, the day told is the
# event's
# ("重庆一高铁在建项目今日发生围墙垮塌事故 … 23日上午11时许，…围墙垮塌"); of the 283 read texts dated by a relative
# day, the 5 where such a day follows are all so labelled
RELATIVE_DAY = re.compile(r"[今昨前][日天晨]")
DAY_WITH_TIME = re.compile(rf"(?<![\d月年/.-])(\d{{1,2}})\s*日(?=\s*(?:{DAYPART_WORD}))")


def _explicit_day_after(text: str, found: FoundDate) -> FoundDate:
    """The day of the month told with its part of the day after a relative day found, one or two days before it (see
    `DAY_WITH_TIME`); else the day found."""
    if not RELATIVE_DAY.match(text, found.start):
        return found
    day = dt.date.fromisoformat(found.date)
    for m in DAY_WITH_TIME.finditer(text, found.end):
        with contextlib.suppress(ValueError):
            told = day.replace(day=int(m.group(1)))
            if 1 <= (day - told).days <= 2:
                time, end = _clock(text, m.end())
                return FoundDate(told.isoformat(), time, m.start(), end)
    return found


# a date and time whose 年, 月, 日 and 时 a document's conversion lost, before the accident's clause: "2020751130分，
# 内蒙古…发生一起…高处坠落事故" (2020年7月5日11时30分), "2022年41810时33双塔区…发生一起高处坠落事故"
# (or its clock time kept: "202241700:10分许" for 2022年4月17日00:10分)
STRIPPED_DATE = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d\d)年?(?P<mdh>\d{3,6})(?:[时点](?P<mi>\d\d)?|(?P<mi2>\d\d)分|[:：](?P<mi3>\d\d))"
)


# (or only 年 and 月 lost, 日 kept: "20241123日,重庆市竹桂林业开发有限公司…发生一起物体打击事故")
STRIPPED_DAY = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<md>\d{2,4})日")


# the day an accident is named by, its closing quote left out too ("“7.21机械伤害一般死亡事故调查组")
NAME_DAY_LOOSE = re.compile(r"[“\"‘'「]\s*(\d{1,2})\s*[·•．・.]\s*(\d{1,2})(?!\d)")


def _stripped_date(text: str) -> FoundDate | None:
    """The first stripped date (`STRIPPED_DATE`) whose digits split into a month, a day and an hour one way alone
    (no number with a leading zero but the hour, unless all three are written with two digits; or one way that the
    accident's name agrees with), in a sentence that tells the accident (`LONG_EVENT_AFTER`); else the first
    stripped day (`STRIPPED_DAY`), its month and day so split. Of several such, the first on the day the accident is
    named by: "2022817日，…受理…举报投诉，获悉2022612日下午540分左右，…发生一起工人受伤事件" under “6·12” is
    2022-06-12, the day of the complaint told first."""
    found = list(_stripped_dates(text))
    if len(found) > 1:
        named = {(int(n.group(1)), int(n.group(2))) for n in NAME_DAY_LOOSE.finditer(text)}
        for date in found:
            day = dt.date.fromisoformat(date.date)
            if (day.month, day.day) in named:
                return date
    return found[0] if found else None


def _stripped_dates(text: str) -> Iterator[FoundDate]:
    """The stripped dates and days of `text` that `_stripped_date` chooses from, in its order of preference."""
    for m in STRIPPED_DATE.finditer(text):
        digits, year = m.group("mdh"), int(m.group("y"))
        readings: set[tuple[dt.date, int | None]] = set()
        for i in (1, 2):
            for j in (1, 2):
                month, day, hour = digits[:i], digits[i : i + j], digits[i + j :]
                # ("201911080533分许" is 2019年11月08日05时33分: every number written with two digits)
                padded = i == j == len(hour) == 2
                if not 1 <= len(hour) <= 2 or not day or int(hour) > 23:
                    continue
                if not padded and (month[0] == "0" or day[0] == "0"):
                    continue
                with contextlib.suppress(ValueError):
                    readings.add((dt.date(year, int(month), int(day)), int(hour)))
        if (reading := _the_reading(text, m, readings)) is not None:
            (date, hour), minute = reading, int(m.group("mi") or m.group("mi2") or m.group("mi3") or 0)
            clock = f"{hour:02d}:{minute:02d}" if hour is not None and minute < 60 else None
            yield FoundDate(date.isoformat(), clock, m.start(), m.end())
    for m in STRIPPED_DAY.finditer(text):
        digits, year = m.group("md"), int(m.group("y"))
        days: set[tuple[dt.date, int | None]] = set()
        for i in (1, 2):
            month, day = digits[:i], digits[i:]
            padded = i == len(day) == 2  # ("20220612日")
            if not 1 <= len(day) <= 2 or (not padded and (month[0] == "0" or day[0] == "0")):
                continue
            with contextlib.suppress(ValueError):
                days.add((dt.date(year, int(month), int(day)), None))
        if (reading := _the_reading(text, m, days)) is not None:
            yield FoundDate(reading[0].isoformat(), None, m.start(), m.end())


def _the_reading(
    text: str, m: re.Match[str], readings: set[tuple[dt.date, int | None]]
) -> tuple[dt.date, int | None] | None:
    """The one reading (day, hour) of the stripped date at `m`, when its sentence tells the accident: of several, the
    one the accident is named by ("2022721430分…发生一起…机械伤害事故。…“7.21机械伤害一般死亡事故调查组" is 7月21日
    4时30分, not 7月2日14时30分)."""
    if len(readings) > 1:
        named = {(int(n.group(1)), int(n.group(2))) for n in NAME_DAY_LOOSE.finditer(text)}
        readings = {r for r in readings if (r[0].month, r[0].day) in named}
    told = re.split(r"[。！？\n]", text[m.end() : m.end() + 160])[0]
    return next(iter(readings)) if len(readings) == 1 and LONG_EVENT_AFTER.search(told) else None


def _page_stamp(text: str, name: re.Match[str]) -> dt.date | None:
    """The page stamp or dateline with its year above an accident's `name` ("2012年07月13日10:36 国际在线"), unless
    the name is one of a list ("“7·2”事故、浙江杭州“7·8”事故、…": a roundup of several accidents)."""
    if ACCIDENT_NAME_DAY.search(text, name.end(), name.end() + 24):
        return None
    for m in _day_mentions(text[: name.start()]):
        full = _full(m)
        if full is not None and _is_furniture(text, m):
            return full
    # (or the byline's stamp right under a headline that names it: "南昌“1·8”重大道路交通事故调查报告公布\n看看新闻
    # 2023-12-09 18:46"; under a line further down, a stamp labelled the page's publication: "索引号: …\n信息名称:
    # …“12·16”一般机械伤害事故调查报告\n发布日期: 2024-01-08")
    title_end = text.find("\n", name.end())
    if title_end < 0:
        return None
    headline = "\n" not in text[: name.start()].strip()
    byline = text[title_end : title_end + BYLINE_SPAN]
    for m in _day_mentions(byline.split("。")[0]):
        full = _full(m)
        if full is not None and _is_furniture(byline, m):
            if headline or PUBLISHED_LABEL.search(byline, max(0, m.start() - 8), m.start()):
                return full
    return None


# how far under a headline its byline's stamp may be
BYLINE_SPAN = 80


def _accident_name(text: str) -> re.Match[str] | None:
    """The day an accident is named by in the title or lead (`ACCIDENT_NAME_DAY`), not one cited for its lessons."""
    m = ACCIDENT_NAME_DAY.search(text, 0, NAME_LEAD)
    if m is None or LESSON_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    if COMPARED_AFTER.match(text, m.end()):
        return None
    return m


# another accident the text compares this one with, after its name: "与山东某纸业有限公司“6·9”机械伤害事故的行业相同、
# 时间相近"
COMPARED_AFTER = re.compile(r"[^。；;！!？?\n]{0,24}?(?:相同|相似|相近|类似)")


def _month_day(month: int, day: int) -> str:
    """A pattern of one month and day written out: "4月20日", "04月20号"."""
    return rf"0?{month}\s*月\s*0?{day}\s*[日号]"


def _named_day(text: str, found: FoundDate) -> FoundDate:
    """Reports name an accident by its month and day ("“6·16”化工厂爆炸清理工作昨日结束"): a day read from the
    narrative that differs from the name (the day of the clean-up, of a hospital admission) gives way to the named
    day in its year. The name counts in the title or lead only, and not as an accident cited for its lessons."""
    m = _accident_name(text)
    if m is None:
        return found
    # the named day told again after the day found
    told_later = re.compile(r"(?<!\d)" + _month_day(int(m.group("m")), int(m.group("d")))).search(text, found.end)
    if found.time is not None and "年" in text[found.start : found.end] and told_later is None:
        # a full date with its clock time tells the day itself ("2024年5月14日21时29分许，…塔吊倒塌" under a
        # headline's “5.16”), unless the narrative comes to the named day ("2011年4月19日23时30分，…安装完成…。
        # 4月20日4时05分，…发生了坍塌" under “4·20”)
        return found
    if told_later is not None and EARLIER_ACCIDENT_AFTER.match(text, told_later.end()):
        # the name is another accident's, told as an earlier one: "3月23日18时50分左右，…发生气体燃爆…。就在该事故前
        # 两天，…化工有限公司3月21日曾发生大爆炸。…对于…「3.21」响水爆炸死伤人数"
        return found
    got = dt.date.fromisoformat(found.date)
    try:
        named = dt.date(int(m.group("y") or got.year), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return found
    if named == got:
        return found
    if m.group("y"):
        return FoundDate(named.isoformat(), None, m.start(), m.end())
    told = re.search(r"((?:19|20)\d\d)\s*年\s*" + _month_day(named.month, named.day), text)
    if told is not None:
        # the named day written in full ("“4·19”…火灾事故调查报告正式对外发布。2021年4月19日约2206时，…"): its year
        # stands however long after it the report came out
        with contextlib.suppress(ValueError):  # (29 February of a year without one)
            full = dt.date(int(told.group(1)), named.month, named.day)
            return FoundDate(full.isoformat(), None, told.start(), told.end())
    if named - got > NAME_SPREAD:
        named = named.replace(year=got.year - 1)
    elif got - named > NAME_SPREAD:
        named = named.replace(year=got.year + 1)
    if abs(named - got) > NAME_SPREAD:
        return found
    return FoundDate(named.isoformat(), None, m.start(), m.end())


# a page stamp written as eight digits alone on a line near the top ("20200820\n东网电视"), the only stamp of such pages
# (or before a headline on its line, as an accident database titles its entries: "20230419 广西平南宝佳钙业中毒…")
COMPACT_STAMP = re.compile(
    r"^[ \t　]*((?:19|20)\d\d)([01]\d)([0-3]\d)(?:[ \t　]*$|[ \t　]+(?=[\u4e00-\u9fff]))", re.MULTILINE
)
COMPACT_STAMP_WITHIN = 300  # characters from the top of the text


def _compact_stamp(text: str) -> dt.date | None:
    m = COMPACT_STAMP.search(text, 0, COMPACT_STAMP_WITHIN)
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# the labels of a page's stamps: its update's, told first, and its publication's ("更新时间:09:43 2018-02-17 HKT\n发布
# 时间:22:07 2018-02-16 HKT"), the day a story's relative days ("昨晚11时左右") count from
UPDATED_LABEL = re.compile(r"(?:更新|修改|最后编辑)(?:时间|日期)?\s*[:：][^\n]{0,12}$")
PUBLISHED_LABEL = re.compile(r"(?:发布|发表|发稿|刊登)(?:时间|日期)?\s*[:：][^\n]{0,12}$")


def _published_first(
    text: str, stamps: list[Mention]
) -> list[tuple[re.Match[str], dt.date]]:
    """The page's stamps (`stamps`, in order; the dateless left out), its publication's first when an update's is
    told before it (see `UPDATED_LABEL`)."""
    dated: list[tuple[re.Match[str], dt.date]] = [(m, d) for m, d in stamps if d is not None]

    def label(m: re.Match[str]) -> str:
        return text[max(text.rfind("\n", 0, m.start()) + 1, m.start() - 20) : m.start()]

    if len(dated) < 2 or not UPDATED_LABEL.search(label(dated[0][0])):
        return dated
    for k, (m, d) in enumerate(dated[1:], 1):
        if PUBLISHED_LABEL.search(label(m)):
            return [(m, d), *dated[:k], *dated[k + 1 :]]
    return dated


# a teaser's line is at least this long, its words around a day mention found again further on, and cut short within
# this many characters after the mention (its sentence left unfinished)
TEASER_MIN = 30
TEASER_CUT_WITHIN = 20


def _teaser_copy(text: str, m: re.Match[str]) -> bool:
    """Whether the day mention m is in a page's teaser: a long line cut short (no end of a sentence at its end) soon
    after m, whose words around m the story repeats further on ("本报讯…12月10日上午,在张家口市召" over the story's
    "12月10日上午，在张家口市召开了调查组成立会议，…" and its account of the accident's own day after it)."""
    ls = text.rfind("\n", 0, m.start()) + 1
    le = text.find("\n", m.end())
    le = len(text) if le < 0 else le
    line = text[ls:le].rstrip()
    if len(line) < TEASER_MIN or line.endswith(("。", "！", "？", "”", "）", ")", "…")):
        return False
    if ls + len(line) - m.end() > TEASER_CUT_WITHIN:
        return False  # (the cut far after it: its own sentence is whole, and read as it is)
    probe = text[max(ls, m.start() - 12) : min(ls + len(line), m.end() + 12)]
    return text.find(probe, le) >= 0


def _read_date(text: str) -> FoundDate | None:
    mentions = [(m, _full(m)) for m in _day_mentions(text)]
    if any(m.group("rel") and not m.group("bare") for m, _ in mentions):
        # (a headline's bare 昨 defers to the body's relative day, which tells the part of the day: "电石分厂昨发生爆炸
        # …昨日凌晨，…发生安全生产事故")
        mentions = [(m, d) for m, d in mentions if not m.group("bare")]
    furniture = {m.start() for m, d in mentions if d is not None and _is_furniture(text, m)}
    # (and a month and day alone on a line with the weekday and the clock, a page's stamp without its year:
    # "05月25日(六) 12:06" under the headline)
    furniture |= {m.start() for m, d in mentions if d is None and m.group("m4") and _yearless_stamp(text, m)}
    # the reference dates: the page stamps, in order; the first moved to the day of an agency dateline
    refs = [d for m, d in _published_first(text, [(m, d) for m, d in mentions if m.start() in furniture])]
    if not refs and (compact := _compact_stamp(text)) is not None:
        refs = [compact]  # (a video page's stamp, the date in eight digits on a line of its own: "20150828")
    # (not a day after the paper's 讯 whose clause tells the accident: "本报讯 3日，仪征一家私营企业发生一起惨剧" is
    # the accident's day)
    after = [d for d in DATELINE_AFTER.finditer(text) if not _clause_tells_event(text, d.end())]
    datelines = sorted([*DATELINE_MD.finditer(text), *after], key=lambda d: d.start())
    line = datelines[0] if datelines else None
    dispatch_day: dt.date | None = None  # the day of the agency dateline, when a page stamp gives its year
    # a dateline's month and day long before the page stamp (a repost): a day alone after it is in the dateline's
    # month, not in the stamp's or the month before it ("“新江夏”5月30日消息：26日，…失联。28日下午，…打捞上来" under
    # the stamp 2017/9/11); the year is not told, so such a day dates nothing
    stale_line = False
    if refs and line is not None:  # "本报12月4日讯" under the stamp 2005年12月05日: today is the 4th
        ref = refs[0]
        try:
            if line.group("m"):
                today = ref.replace(month=_num(line.group("m")), day=_num(line.group("d")))
            else:
                # a day alone is the last such day on or before the stamp ("讯31日" under a stamp of 1 April)
                day = _num(line.group("d"))
                month_of = ref if day <= ref.day else ref.replace(day=1) - dt.timedelta(days=1)
                today = month_of.replace(day=day)
        except ValueError:
            today = ref
        if dt.timedelta(0) <= ref - today <= dt.timedelta(days=7):
            refs[0] = today
            dispatch_day = today
        # (not a dateline just after the stamp, read in the stamp's year: "12月30日电" under a stamp of 2 January)
        stale_line = bool(line.group("m")) and ref - today > dt.timedelta(days=7)
    in_dateline = {a.start("d") for a in datelines}
    back = REPORT_BACK if re.search(INVESTIGATION_REPORT, text) else MAX_BACK
    fallback: tuple[re.Match[str], dt.date] | None = None
    undated = False  # an accident day was written that cannot be dated: only a full date may still replace it
    prose_full: dt.date | None = None  # the last full date of the text's prose so far
    prose_full_reported = False  # ... and whether it dates the reporting, not an event
    first_undated: re.Match[str] | None = None  # the first day of an event that nothing dated
    reported_full: tuple[re.Match[str], dt.date] | None = None  # the first full date of reporting (see `reported`)
    for m, full in mentions:
        if m.start() in furniture or max(m.start("d4"), m.start("d5")) in in_dateline:
            continue
        if not m.group("rel") and _teaser_copy(text, m):
            # (the page's teaser, cut short: the story's own copy of the sentence is read instead; a relative day is
            # read where it first stands, counted from the days before it there)
            continue
        if stale_line and line is not None and m.group("d5") and full is None and m.start() > line.start():
            continue
        if m.group("sep3") and full is None:
            continue  # a slashed date whose order is not told ("11/05/2012"): nothing, not a day without its year
        if (undated and full is None) or ((m.group("rel") or m.group("wk")) and BRACKETED_DAY.match(text, m.end())):
            continue  # "今天(8月1日)", "周三(20日)": the date in brackets is read instead
        if m.group("wk") and WEEKDAY_OF_DATE.search(text, max(0, m.start() - 3), m.start()):
            continue  # a stamp's day of the week ("2019年10月28日 星期一")
        # (searched in place, not in a slice: its lookbehinds see past the window's start, as "分享至" before blank
        # lines, "0\n分享至\n\n\n\n2026年2月18日14時24分，…", is a button, not a cut-off "至")
        if NOT_EVENT_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue
        if FOLLOWED_BEFORE.search(text, max(0, m.start() - 24), m.start()) and FOLLOWED_AFTER.match(text, m.end()):
            continue  # "繼大埔…前日有工人慘遭…夾死事故後，另一間…昨日…": the earlier accident this one followed
        if _reporters_day(text, m):
            continue
        if full is not None and EARLIER_ACCIDENT_AFTER.match(text, m.end()):
            continue  # "2010年1月3日，昆明新机场一处引桥支架就曾发生垮塌事故": another, earlier accident
        if full is not None and earlier_announced(text, m.start()):
            continue  # the account of an earlier accident the sentence before announced
        if full is not None and (in_earlier_list(text, m.start()) or in_earlier_sentences(text, m.start())):
            continue  # a line of a list of earlier accidents, or a sentence of a run of them
        if REGULATOR_ACT_AFTER.match(text, m.end()):
            continue  # "此前6月1日国家能源局曾约谈国家电网，要求其汲取安全事故教训": a regulator's act
        if any(rx.match(text, m.end()) for rx in (CONTRACT_AFTER, FOUNDED_AFTER, EFFECTIVE_AFTER)):
            # a contract's, a policy's, a founding day or the day a measure takes effect, not an event's:
            # "2009年7月13日，王维…投保意外伤害险"
            continue
        if DATED_AFTER.search(re.split(r"[。！？\n]", text[m.end() : m.end() + 60])[0]):
            continue  # "11月9日，当地派出所工作人员对陆媒确认此事发生在11月7日": the accident's day is told after it
        line_start = text.rfind("\n", 0, m.start()) + 1
        labelled = _accident_field(text, m.start(), text[max(line_start, m.start() - 14) : m.start()])
        eventful = labelled or _eventful(text, m.end()) or (full is not None and _opens_long_account(text, m))
        date = full if full is not None else _same_year(text, m) or _year_word(text, m, refs)
        date = date or _year_month_before(text, m) or _resolve(m, refs, back)
        if date is None and m.group("m4") and prose_full is not None:
            # "1997年9月20日，…装纯苯463.4t，于次日出发。10月8日，由于驾驶员操作失误…": a narrative's later day
            # without its year, shortly after the full date told before it
            date = _after(prose_full, _num(m.group("m4")), _num(m.group("d4")))
            # (or shortly before it, a day the prose's full date was planned after: "公司股票将于2012年5月16日开市时
            # 复牌。公告称，5月14日15:48分左右，…发生爆炸")
            date = date or _resolve(m, [prose_full], back)
        if full is None and m.group("d5") and prose_full is not None:
            # "2005年1月6日，某公司停产放假…7日17时30分，…8日早上6时左右，…发生了爆炸": a day alone, after a full date
            # of the prose, is in that date's month or the next, not in the page stamp's
            day = _num(m.group("d5"))
            if prose_full_reported and 0 < prose_full.day - day <= REPORTED_WITHIN and day >= 1:
                # "2016年7月16日…官方微博16日发布消息称，15日18时30分许，…发生施工升降机坠落事故": a day shortly
                # before the day of the reporting is in its month (not a day 0, a typo's: "0日")
                date = prose_full.replace(day=day)
            else:
                date = _after_day(prose_full, day) or date
        if full is not None:
            prose_full = full
            prose_full_reported = not eventful
        if date is None and m.group("m4") and fallback is not None:
            # "发生日期:1969年1月25日 … 1月25日15时30分左右": the same day written in full earlier gives the year
            earlier = fallback[1]
            date = earlier if (earlier.month, earlier.day) == (_num(m.group("m4")), _num(m.group("d4"))) else None
        if date is None:
            if eventful and not undated:
                first_undated = m
            undated = undated or eventful
            continue
        if eventful and FOLLOW_UP.search(re.split(r"[。！？\n]", text[m.end() : m.end() + 60])[0]):
            # "昨日凌晨2时许，警方在火灾现场又找到一名遇难群众。…11月19日20时30分许，…库房着火": a day of the search
            # that followed, and the accident's own day told after it
            accident_day = _earlier_accident_day(text, mentions, furniture, m, date, refs)
            if accident_day is not None:
                return accident_day
        if eventful and m.group("rel") and (told := _told_a_day_earlier(text, mentions, furniture, m, date)):
            return told
        if eventful and m.group("rel") and refs and (told := _day_of_a_repost(text, mentions, furniture, m, date)):
            return told
        if eventful and full is not None and not labelled:
            told = _labelled_day_after(text, mentions, furniture, m, date)
            if told is not None:
                return told
        if eventful:
            time, end = _clock(text, m.end())
            if time is None and not labelled and not _event_told(text, m.end()):
                # "1991年9月2日下午，…货车从上海返回贵溪。…9月3日凌晨3时左右，汽车行经…时侧翻": a day that dates only a
                # departure or a purchase, and the day of the accident told shortly after it
                later = _later_event_day(text, mentions, furniture, m, date, refs)
                if later is not None:
                    return later
            return FoundDate(date.isoformat(), time, m.start(), end)
        following = text[m.end() : m.end() + 40]
        # (not a full date of reporting either, a court's meeting or a bulletin: "2019年6月13日，这家企业破产清算案
        # 第一次债权人会议在某县人民法院召开", with no accident word after it; kept aside for an accident's name to
        # date, as a page stamp would: "2026年1月16日，…应急管理厅公布的一则调查报告，让…“10·27”较大事故再次进入
        # 公众视野")
        reported = REPORTING.search(following) is not None and (full is None or EVENT_AFTER.search(following) is None)
        if fallback is None and (not reported or (full is not None and reported_full is None)):
            if not REGULATOR_ACT.search(re.split(r"[。！？\n]", text[m.end() : m.end() + 200], maxsplit=1)[0]):
                if not reported:
                    fallback = (m, date)
                else:
                    reported_full = (m, date)
    if fallback is None and reported_full is not None and _accident_name(text) is not None:
        fallback = reported_full
    if fallback is None and not undated and line is not None and dispatch_day is not None:
        # "中广网银川11月29日消息 …影响，上午约九时左右，…三辆车发生连环相撞事故": the dispatch's lead tells the
        # accident at a time of day with no day of its own, so on the dispatch's day
        lead = re.split(r"[。！？\n]", text[line.end() : line.end() + 120])[0]
        # (or at a clock time of 当日: "记者17日从…获悉，当日6时左右支队接报警称，一艘渔船…发生火灾")
        part = re.search(DAYPART_WORD, lead) or re.search(r"当[日天]\s*\d{1,2}\s*[时点]", lead)
        if part is not None and EVENT_AFTER.search(lead[part.end() :]):
            return FoundDate(dispatch_day.isoformat(), None, line.start(), line.end())
        # (or the text saying the accident happened "that day" further on: "中新网深圳5月11日电 截至11日晚…已挖出2具
        # 尸体…据官方发布的消息，事发在当天上午10:30左右")
        if HAPPENED_THAT_DAY.search(text, line.end()):
            return FoundDate(dispatch_day.isoformat(), None, line.start(), line.end())
    if fallback is not None and not undated:
        m, date = fallback
        time, end = _clock(text, m.end())
        return FoundDate(date.isoformat(), time, m.start(), end)
    if first_undated is not None and (dated := _year_told_later(text, first_undated)) is not None:
        time, end = _clock(text, first_undated.end())
        return FoundDate(dated.isoformat(), time, first_undated.start(), end)
    if line is None and all(m.start() in furniture for m, _ in mentions):
        return _stamp_same_day(text, [m for m, _ in mentions])  # (not with an agency's dateline: see above)
    return None


# a page stamped to the minute whose account tells the accident by a part of the day and no day at all, as Hong Kong
# and Taiwan papers report the same day ("時事脈搏 | 2023-09-17 15:51 … 青衣航運路9號貨櫃碼頭下午發生爆炸"): the
# stamp's day; of the 8 read texts with such a stamp and no other day, 7 are so labelled (not a page that says the
# day is vague: "近日")
STAMP_CLOCK = re.compile(r"\s*\d{1,2}:\d{2}")
STAMP_PART_SPAN = 200
VAGUE_DAY = re.compile(r"近日|日前|前不久|近期")


def _stamp_same_day(text: str, stamps: list[re.Match[str]]) -> FoundDate | None:
    """The day of the first page stamp, when it has a clock time and a part of the day follows it (see
    `STAMP_CLOCK`); else None."""
    # (an English stamp has no clock: a breaking-news page's, "Sep 24, 2022 …事发上午9时13分")
    if not stamps or VAGUE_DAY.search(text) or not (stamps[0].group("mon") or STAMP_CLOCK.match(text, stamps[0].end())):
        return None
    day = _full(stamps[0])
    part = re.search(rf"(?<!昨)(?:{DAYPART_WORD})", text[stamps[0].end() : stamps[0].end() + STAMP_PART_SPAN])
    if day is None or part is None:  # (not another day's part: "记者昨上午获悉")
        return None
    return FoundDate(day.isoformat(), None, stamps[0].start(), stamps[0].end())
