"""Text helpers the readers share: sentence bounds, the section kind at a position, the lead paragraph, name
patterns, statistics and hypotheticals, the words that are not names."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .dates import earlier_announced
from .patterns import Gazetteer
from .pipeline import _terms
from .sections import Section

# Common single-character surnames (for telling a name from the verb after a role word).
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛"
    "邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝"
    "路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
    "全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕"
    "楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈"
    "晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉"
    "冶斯元束檀衣阴昝智幸奉植衡尧昌傅洪赖代靖蹇"
) - set("来和原应满安全时但由成明国都相利信展富闭支计门云容敬双")
ANON = r"(?:某某|某|[xX×]{1,3}|[＊*]{1,3})"
# statistics of other accidents: "共发生38起，造成24人死亡", "同比下降"
# (not this accident's own tally: "据统计，此次火灾过火面积为5平方米，造成直接经济损失2500元")
STATS = re.compile(
    # (not a superlative of this one: "造成至少39人死亡、逾120人受伤，为西班牙自2013年以来最严重的铁路事故")
    r"(?:[2-9]|\d{2,}|[两三四五六七八九十]+)\s*起(?!重|吊)|同比|以来(?!的?最)|近年|近几年|全年|历年|历史上|多年来"
    r"|据统计(?![，,]?\s*(?:此次|本次|这次|该起|该次|这起))"
    # (not the nation's bodies and honours: "全国两会召开的敏感时刻，…饭堂发生强烈爆炸，造成至少一死、卅二人傷")
    r"|全国(?!两会|人大|政协|总工会|劳模|劳动模范|五一|文明|道德模范|优秀)"
    # (and another mine's: "两个星期之前，中国南方一家煤矿的类似矿难造成122名矿工死亡")
    r"|同类事故|类似的?(?:事故|矿难|惨剧|悲剧)"
    # (a rate of accidents: "中国大陆矿灾发生率居全球之最，今年4月间，内蒙古煤矿坑爆炸造成9名矿工死亡")
    r"|发生率|事故率|死亡率"
    # (an earlier accident of the place: "南钢在二○○四年曾发生炼钢炉轻微爆炸事故，导致三人受伤")
    r"|曾发生|曾经发生"
    # (or by its toll: "2005年11月5日，曾造成70名矿工遇难的…“2004·11·20”特大矿难事故的责任人受到严肃处理")
    r"|曾(?:经)?(?:造成|导致|致使)"
    # (told as experienced: "南风煤矿曾在2005年被列为…停产整顿矿井之一。次年9月26日发生过一起顶板事故，造成1人遇难")
    r"|发生过(?:一起|一次|多起|几起|数起)"
    # (with its day between: "该公司曾于2004年8月31日发生爆炸，事故造成3人死亡2人受伤")
    r"|曾(?:经)?(?:于|在)[^，,。；;\n]{1,16}?发生"
    # (a news backgrounder's earlier accidents: "6月早些时候，…发生大规模爆炸，共造成25人死亡", "距离黑龙江省煤矿爆炸，
    # 导致115人死亡的重大事故只有两天"; not earlier the same day, an earlier word on this one: "火灾死亡人数已升至22人，
    # 当天早些时候，消防部门表示有23人失踪")
    r"|(?<!当天)(?<!当日)早些时候|距离?[^。；;\n]{2,40}?事故(?:只有|仅有|仅|不到|才)"
    # (a time before this accident: "这次事故发生的一个星期前，三门峡一个煤矿发生爆炸，导致8名矿工死亡")
    r"|(?:这次|此次|本次)事故(?:发生)?的?[^，,。；;\n]{0,6}?前"
    # (a year's toll: "去年一年有2600多名煤矿工人在事故中死亡", "透水、火灾、塌陷以及其他事故去年造成近5000人丧生",
    # "每年有上千人死于矿难")
    r"|每年|(?:去年|今年|一年)(?:一年|全年)|去年(?:共|总共|共计)?(?:造成|导致)"
    # (with its count after 有: "去年大约有6千多名矿工，在煤矿爆炸及意外事件中不幸丧生")
    r"|去年(?:大约|大概|约|共|总共|共计)?有"
    # (a year's accidents of several kinds: "去年中国矿井发生的爆炸、塌方和透水等事故造成大约3800人丧生")
    r"|(?:去年|上年)[^，,。；;\n]{0,16}?(?:等|各类|各种)事故"
)
# a count the text only imagines or narrowly avoided: "如果罐体爆炸，将造成上百人死亡", "险些造成人员伤亡"
HYPOTHETICAL = re.compile(
    # (not the if denied: "可惜，没有假如，一切偏偏在同一时刻偶然发生了——…瞬间失去了生命")
    r"如果|(?<!没有)假如|假若|倘若|若是|(?<![倘假])若(?!干)|一旦|万一|险些|差点|差一点|可能(?:会)?(?:造成|导致|引发)|将(?:会)?(?:造成|导致)"
    r"|足以|极易|容易(?:造成|导致)|后果不堪设想"
    # (a rescue's stakes: "如不迅速营救，被困人员极有可能窒息死亡")
    r"|如不|(?<![没])有可能"
    # (a rescuer's fear: "因害怕该工人出现缺氧窒息导致休克，救援工作必须争分夺秒")
    r"|害怕|担心|唯恐|生怕|以防|以免"  # (for its clause: see NEAR_MISS_OR_FEAR)
    # what a substance does, told as a hazard: "人体吸入会导致中毒，…严重的会导致死亡"
    r"|(?<![将可])会(?:造成|导致|引起)"
)
# (a near miss, or a fear, reaches to the end of its clause only: see `hypothetical`)
NEAR_MISS_OR_FEAR = frozenset(("险些", "差点", "差一点", "害怕", "担心", "唯恐", "生怕", "以防", "以免"))


def statistics(norm: str, a: int, b: int) -> bool:
    """Whether norm[a:b] speaks of statistics of other accidents (`STATS`), not counting words inside a quotation
    closed in that stretch: a slogan opening a lesson sheet ("“一厂出事故、万厂受教育，一地有隐患，全国受警示”
    事故经过：…") quotes 全国 and counts nothing."""
    for m in STATS.finditer(norm, a, b):
        opened = norm.rfind("“", a, m.start())
        if opened < 0 or norm.rfind("”", opened, m.start()) >= 0 or norm.find("”", m.end(), b) < 0:
            return True
    return False


def other_accidents(norm: str, a: int, b: int) -> bool:
    """Whether the sentence norm[a:b] speaks of other accidents: their statistics (`statistics`), the account of an
    earlier one that the sentence before announced (`earlier_announced`), or a backgrounder's (`backgrounder`)."""
    return statistics(norm, a, b) or earlier_announced(norm, a) or backgrounder(norm, a)


# a paragraph opening with a bare year, as a backgrounder recalls another accident after the story: "2015年，台湾新北市
# 八仙乐园举行「彩色派对」期间，因粉尘爆炸起火，造成15人死亡" (not a year with its day, as a story's own lead gives it)
BARE_YEAR_OPENING = re.compile(r"[ \t\u3000]*(?:19|20)\d{2}\s*年\s*[，,]")
# what a story told before its backgrounder: harm or the lack of it
HARM_TOLD = re.compile(r"死亡|身亡|遇难|受伤|伤亡|烧伤|生命危险|送医|送院|送往医院")


def backgrounder(norm: str, a: int) -> bool:
    """Whether the sentence at `a` opens a paragraph with a bare year after the story told its harm: a backgrounder's
    earlier accident, whose counts are not this one's."""
    para = norm.rfind("\n", 0, a) + 1
    # (the cheap test first: asked of every sentence a reader weighs)
    return (
        para > 0
        and BARE_YEAR_OPENING.match(norm, para) is not None
        and not norm[para:a].strip()
        and HARM_TOLD.search(norm, 0, para) is not None
    )


# the earlier accident a sentence says this one follows, told from 继 up to its 后…又: "这是继今年7月15号蔺家庄煤矿
# 发生53人死亡的特大爆炸事故后，灵石县发生的又一幕惨剧" (not 继续, 继而 …)
EARLIER_FROM = re.compile(r"继(?!续|而|承|电|任|父|母)")
EARLIER_TO = re.compile(r"之?后[，,]?[^。；;\n]{0,12}?又")


def earlier_followed(norm: str, sa: int, pos: int) -> bool:
    """Whether pos, in the sentence starting at sa, is inside the account of the earlier accident the sentence says
    this one follows: "这是…公司继2005年4月4日炼铁厂二号高炉检修时发生坍塌事故，造成死亡8人、重伤3人、轻伤8人后，
    又一起重大事故" (not what comes after its 后…又)."""
    sb = _sentence_at(norm, pos)[1]
    for m in EARLIER_FROM.finditer(norm, sa, pos):
        to = EARLIER_TO.search(norm, m.end(), sb)
        if to is not None and pos < to.start():
            return True
    return False


def hypothetical(norm: str, sa: int, pos: int) -> bool:
    """Whether what is told at pos, in the sentence starting at sa, is only imagined or narrowly avoided. A near
    miss or a fear reaches to the end of its clause only: in "差点与货车相撞，…货车溅出硫酸，烧伤了她的脸" the burn
    happened, as in "消防部门担心罐体爆炸，疏散了周边群众，驾驶员被烧伤"."""
    for m in HYPOTHETICAL.finditer(norm, sa, pos):
        if m.group() not in NEAR_MISS_OR_FEAR or not re.search(r"[，,]", norm[m.end() : pos]):
            return True
    return False


# a paragraph that is someone's words, which a feature story may open with (她说：“当时我突然看到…”): not the lead
QUOTE_PARAGRAPH = re.compile(r"\s*(?:[^，,。；;“”\n]{0,10}?(?:说|表示|称|回忆|告诉记者)\s*[:：，,]\s*)?“")
# a site's notice before the article, no lead: "免责声明:升降平台网尊重合法版权…" (the lead's counts are the final ones)
NOTICE_PARAGRAPH = re.compile(r"\s*[【\[(（]?\s*(?:免责声明|版权声明|特别声明|郑重声明)")


def clause_start(norm: str, pos: int) -> int:
    """Where the clause holding pos begins: after the last comma, full stop, semicolon, colon or line break before
    it."""
    return max(norm.rfind(p, 0, pos) for p in "，,。；;：:\n") + 1


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


DAY_OPENING = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")


def _wrapped(norm: str, nl: int) -> bool:
    """A line break at nl that cuts running text: the line before is long and does not end a sentence."""
    prev = norm.rfind("\n", 0, nl)
    line = norm[prev + 1 : nl].rstrip()
    # a line of a converted web table ("…4人死亡 | ||||", "---|---|") is no running text; nor is a line that ends in an
    # ASCII full stop, as pages in half-width punctuation end their paragraphs ("…其中重伤14人.")
    return (
        len(line) >= 30
        and line[-1:] not in "。！？；;：:|."
        and nl + 1 < len(norm)
        and norm[nl + 1] not in "\n\r|-"
        # (a paragraph that opens with a day tells a new event: "…进入两岔河水库\n2月11日6时30分，另一辆…")
        and not (DAY_OPENING.match(norm, nl + 1) and line[-1:] not in "年于在至")
    )


def _lead_end(norm: str) -> int:
    """End of the lead: the first paragraph of at least 40 characters that is not a witness's words nor a site's
    notice."""
    pos = 0
    while pos < len(norm):
        nl = norm.find("\n", pos)
        end = nl if nl >= 0 else len(norm)
        paragraph = norm[pos:end]
        if len(paragraph.strip()) >= 40 and not (QUOTE_PARAGRAPH.match(paragraph) or NOTICE_PARAGRAPH.match(paragraph)):
            return end
        pos = end + 1
    return len(norm)


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


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    path = Path(__file__).with_name("common_words.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


def _common_words_with(g: Gazetteer) -> frozenset[str]:
    """The frequent dictionary words and the gazetteer's own 2-3 character words (roles, chemicals …): the words
    jieba's frequency table held above 2000 once the gazetteer words had been added with a high frequency."""
    return _common_words() | {s for _label, s, _id in _terms(g) if 2 <= len(s) <= 3}


class CommonWords:
    """The words that are not names: built once per gazetteer, shared by the readers (read-only)."""

    def __init__(self, g: Gazetteer) -> None:
        self._common = _common_words_with(g)

    def __call__(self, word: str) -> bool:
        """A frequent dictionary word (安全, 现场 …) or a gazetteer word is not a name."""
        return word in self._common


def role_alternation(g: Gazetteer) -> str:
    """The gazetteer's person roles as one regex alternation, longest first (so the longest role matches)."""
    roles = sorted(g.person_roles, key=len, reverse=True)
    return "|".join(map(re.escape, roles))
