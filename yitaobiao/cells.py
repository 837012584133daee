"""What a piece of text in a template is, before knowing where it sits.

Government templates reuse a small vocabulary for everything that is not a data item (填报单位 lines,
表号 blocks, 填报人 footers, 填表说明, 甲乙 column numbers, □ options). These predicates recognise that
vocabulary; :mod:`yitaobiao.layout` combines them with the cell's position.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

_SPACE_RE = re.compile(r"\s+")


CJK_RE = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character: a label, a title, a name in words


@lru_cache(maxsize=65536)
def squash(text: str) -> str:
    """NFKC, without any white space: 「姓　　名」 → 「姓名」."""
    return _SPACE_RE.sub("", unicodedata.normalize("NFKC", text))


# Spacing that stretched a label across its cell (「生        猪」, 「在  校  学  生  数」): white space between two
# Chinese characters or brackets.
_STRETCH_RE = re.compile(r"(?<=[\u3400-\u9fff（）《》])\s+(?=[\u3400-\u9fff（）《》])")


def as_printed(text: str) -> str:
    """A label as a clerk reads it in a list: 「生        猪」 → 「生猪」, 「前   后   mm」 → 「前后 mm」, one line."""
    return _SPACE_RE.sub(" ", _STRETCH_RE.sub("", text)).strip()


# 「按性别分 › 男 | 女」, 「分城乡 › 城镇 | 农村」: a count broken down by an attribute; its columns are counts.
_PART_MARK_RE = re.compile(r"^其中[:：]?")


def without_part_mark(text: str) -> str:
    """「其中：洪涝地质灾害」 → 洪涝地质灾害 (squashed): the part, without the mark that makes it one."""
    return _PART_MARK_RE.sub("", squash(text))


_BREAKDOWN_RE = re.compile(r"^(?:其中[:：]?)?(?:按.{1,8}(?:分|划分|统计)|分(?:性别|城乡|户口|户籍|年龄|民族))(?:[(（].*)?$")


def is_breakdown_header(text: str) -> bool:
    """A header saying by what the count above it is broken down (按性别分, 分城乡), not what is counted."""
    return bool(_BREAKDOWN_RE.match(squash(text)))


_REQUIRED_MARKS_RE = re.compile(r"[*＊★☆※▲△]")


def strip_marks(text: str) -> str:
    """Drop required-field marks (*, ★, ※) a template puts around a label."""
    return _REQUIRED_MARKS_RE.sub("", text)


# (「附录A」: a standard's annex, as GB/T and MZ/T forms print it)
# (「表3」 alone above the title: the table's number in its set, no title)
ATTACHMENT_RE = re.compile(r"^(?:附(件|表|录)\s*[0-9一二三四五六七八九十A-Z]*|表\s*[0-9一二三四五六七八九十]+)[-—－.]?\d*\s*[:：]?$")
_FILL_KEYS = (
    "填报单位", "填表单位", "报送单位", "报表单位", "综合机关名称", "填报机关", "统计单位", "上报单位", "调查单位",
    # (a financial statement's 「编报单位：…财政局　2026年1-12月　单位：万元」 or 「编制单位：」 — u331)
    "编报单位", "编制单位", "编报日期", "编制日期",
    "填报日期", "填报时间", "填表时间", "填表日期", "统计时间", "统计日期", "报告期", "统计期", "报送日期", "报送时间",
    "表号", "制定机关", "制表机关", "批准机关", "批准文号", "文号", "有效期至", "有效期", "登记日期", "截止日期",
    "报出日期", "采集日期", "调查时间", "统计截止", "统计截至", "数据截止", "数据截至", "截至日期", "截止时间", "截至时间",
    "统计时点", "数据时点", "标准时点", "统计时段", "统计期间", "统计区间", "报告时段", "公示期", "公示时间",
    # (「社区（村）： | 登记周期：2025年　月」 over a change register: the sheet's place and month, no column's — u627)
    "登记周期", "填报周期", "报送周期", "统计周期", "报告周期",
    # (「推送单位：XX市殡葬管理所 | 核对人：」 under a list one office pushes to the villages to check — u641)
    "推送单位", "推送日期", "推送时间",
    "收件编号", "收件日期", "收件人", "受理编号", "受理日期", "受理人",
    # (the office's own serial of an application it receives: 「报名序号：」 above a 报名登记表 — u125)
    "报名序号", "报名编号", "受理序号",
    # (a survey's own copy: where and by whom it was taken, 「调查地点：___乡___村 | 调查员编号：___」)
    "调查地点", "调查员编号", "调查员代码", "调查员姓名", "调查人员编号", "问卷编号",
)
# 「……单位：」 or 「……单位（盖章）」 anywhere in the line: one search for all the keys.
# Written bare (no colon, no date), an item of a card or register (u115: 「有效期起 | ___ | 有效期止 | ___」).
_ALSO_ITEMS = frozenset({"有效期至", "有效期", "有效期起", "有效期止", "有效期限", "有效期自",
                         # (wf30: a marriage record's 登记日期 | ___ is when the couple registered; a register of
                         # notices' 公示时间 column is when each was posted)
                         "登记日期", "公示期", "公示时间",
                         # (u366: a 宅基地 card's 「批准文号 | ___」 is the approval its plot was built under; a statistics
                         # form's own is printed 「批准文号：国统制〔2024〕…号」)
                         "批准文号", "文号",
                         # (u403: 「编制单位 | ___」 in an 环评审批登记表's 环评文件情况 section is who wrote the report; a
                         # financial statement's own is printed 「编制单位：」)
                         "编制单位"})
_FILL_KEY_MARK_RE = re.compile("|".join(re.escape(f"{key}{mark}") for mark in (":", "(盖章)") for key in _FILL_KEYS))
_FOOTER_KEYS = (
    "填报人", "填表人", "审核人", "复核人", "负责人", "统计负责人", "单位负责人", "分管领导", "主管领导",
    "制表人", "经办人", "联系人", "报出日期", "统计员", "调查员", "核查人", "登记人", "登记员", "采集人", "采集员", "录入人", "录入员",
    # whoever did the check the form records signs under it (「考核人： | 联系电话：」 of a 政治考核表 — u301)
    "考核人", "检查人", "调查人", "核实人", "评估人",
    # whoever fills in a case report card (传染病、职业病报告卡: 「填卡人 | ___ | 填卡日期 | ___」 closing it — u325)
    "填卡人", "报卡人",
)
_FOOTER_KEYS_LONGEST_FIRST = sorted(_FOOTER_KEYS, key=len, reverse=True)
_AFTER_FOOTER_KEY_RE = re.compile(r"[:：]|[(（](?:签字|签名|签章|盖章|手签|签)|[(（][^)）]{0,8}[)）][:：]")
_NOTES_PREFIX = ("填表说明", "填写说明", "填表须知", "填报须知", "说明：", "说明:", "注：", "注:", "备注：", "备注:", "注释", "填报说明", "指标解释", "本表",
                 "温馨提示", "特别提示", "提示：", "提示:", "注意：", "注意:", "注意事项",
                 # a statistics form's checks between its rows (「审核关系：5≤4；8＝9+10」)
                 "审核关系", "平衡关系", "逻辑关系")
# (复核 and 稽核 end a box: 「复核期内是否新购住房」 and 「复核结论」 of an annual 复核表 are items — u163)
_SIGNOFF_KEYS = ("签字", "签名", "盖章", "签章", "意见", "审批", "审核意见", "手印", "承诺", "（章）", "(章)", "声明",
                 "打印日期", "打印时间", "盖公章")  # (「（加盖公章）」 under a 民政部门's box — wf30)
# 「承办单位签收」, 「签收人：　年　月　日」 at the foot of a 转办单: whoever signs for receiving it, a signature (u389)
_SIGNED_FOR_RE = re.compile(r"签收$|^签收人[:：].*年.*月.*日")
SERIAL_LABELS = {"序号", "编号", "顺序号", "行号", "序", "No", "NO", "No.", "序列号", "排序"}
_INDICATOR_HEADERS = {"指标名称", "指标", "项目", "填表项目", "项目名称", "指标项目", "主要指标", "统计指标", "调查项目",
                      "指标名", "名称", "内容", "统计项目",
                      # a price monitoring report's rows are the goods it prices (品种名称 | 规格等级 | 计量单位 | 本周价格)
                      "品种名称", "品种", "商品名称", "品名", "监测品种",
                      # the accounts of a 资产负债表 (农村集体经济组织会计制度): 资产 | 行次 | 年初数 | 年末数
                      "资产", "负债", "负债及所有者权益", "负债和所有者权益", "科目", "会计科目", "科目名称",
                      # the land classes of a 土地利用现状 table (GB/T 21010 地类) and the kinds of a crop or stock table
                      "地类", "地类名称", "作物名称", "作物", "畜种", "畜禽品种"}
_UNIT_HEADERS = {"计量单位", "单位", "计算单位", "单位名称"}
_CODE_HEADERS = {"代码", "行次", "编号", "栏次", "序号", "指标代码", "行号", "代号", "地类编码", "地类代码", "科目编码",
                 "科目代码"}
_PERIOD_RE = re.compile(
    r"^(本期|当期|本月|本季|本季度|本年|本年度|上年|上年同期|同期|上期|去年同期|累计|累计数|本年累计|1-本月累计|"
    r"本月累计|本年实际|本期实际|上年同期实际|本期實際|上年实际|比上年|比上年增减|同比|同比增减|增减|增长|环比|"
    r"数量|数值|数据|实际|计划|预计|合计|总计|金额|人数|户数|\d{4}年.*|期末数?|期初数?|年末数?|年初数?|上月|本月数|"
    # (a term's start and end, and the change over it: 「项目 | 任期初 | 任期末 | 增减额」 of an 经济责任审计 card — u618)
    r"任期[初末]数?|增减额|增减数|"
    r"当月|当年|全年|上年数|本年数|上年末|本期数|上期数|完成数|完成情况|增减%|增长%|比上年同期增减|比上年同期增长%?|"
    r"(?:本期|本月|本季|本季度|本年|上期|上年|年初|年末|期初|期末)(?:发生数|发生额|累计数|累计额|余额|数|额)|"
    # the visits, rounds or months a card's columns take one by one (第1次 | 第2次 …, 一季度, 1月)
    r"第[一二三四五六七八九十\d]{1,3}(?:次|轮|批|季度?|周)|[一二三四1-4]季度|\d{1,2}月份?|[上下]半年|"
    # a price by the day or week it is taken, and its change (本周价格 | 上周价格 | 环比（%）, 今日价格 | 涨跌幅)
    r"(?:本周|上周|今日|昨日|本日|当日|上日|本旬|上旬)(?:价格|均价|零售价|数)?|涨跌幅|涨跌|"
    # the states every row is given in (改造前 | 改造后, 变动前数额（万元） | 变动后数额): as periods, of every row
    r"(?:改造|整改|调整|变更|变动|建设|治理)[前后](?:数额|数|金额|额)?(?:\([^()]{1,6}\))?)$"
)
_REMARK_HEADERS = {"备注", "说明", "其他需要说明的情况", "需要说明的情况", "情况说明", "附注"}
_COLNUM_RE = re.compile(r"^(?:[甲乙丙丁戊己庚辛壬癸]|[(（]?\d{1,3}[)）]?|\d{1,3}栏|[A-Z])$")
_CHINESE_ENUM_RE = re.compile(r"^[一二三四五六七八九十]+[、.．]")
# (「        年  季度」 with the year left blank: the quarter the copy is for — u307)
_PERIOD_TEXT_RE = re.compile(r"^(?:20\d\d|19\d\d|20)\s*年|^年第?季度$|^年[上下]半年$")
_OPTION_RE = re.compile(r"[□☐■☑✓√○◯]")
_UNIT_LINE_RE = re.compile(r"^(?:计量)?单位[:：]|(?:金额|计量|面积|重量|数量|产量|价格|货币|人口|长度)单位[:：]")
_TOTAL_LABELS = {"合计", "总计", "小计", "合 计", "总 计", "全村合计", "全乡合计", "累计"}
_ID_LIKE_RE = re.compile(r"^\d{15}(\d{2}[\dXx])?$")
_DATE_LIKE_RE = re.compile(r"^\d{4}[-/.年]\d{1,2}([-/.月]\d{1,2}日?)?$")
_EXAMPLE_WORDS = ("示例", "样例", "填写示例", "填表示例", "范例")  # whole, or before a colon
_EXAMPLE_RE = re.compile(rf"^(?:(?:例|举例|如)[:：]|(?:{'|'.join(_EXAMPLE_WORDS)})(?:[:：]|$))")


def is_example_mark(text: str) -> bool:
    """「示例」, 「例：」 opening a template's example row: the row shows how to fill, it is no record."""
    s = squash(text).rstrip(":：")
    # (「例2」 under 「例1」: the template's second example — u638 read 例2, 李某某 and 配偶 as items)
    return s in _EXAMPLE_WORDS or s in ("例", "举例") or bool(_NUMBERED_EXAMPLE_RE.fullmatch(s))


_NUMBERED_EXAMPLE_RE = re.compile(r"(?:例|示例|样例)[0-9一二三四五六七八九]")
_CODED_VALUE_RE = re.compile(r"^\d{4,}[-—_:：\s]")  # 「430102450000-长沙市…派出所」 code-list entries


@lru_cache(maxsize=65536)
def is_attachment(text: str) -> bool:
    return bool(ATTACHMENT_RE.match(squash(text)))


_NUMBER_LINE_RE = re.compile(r"^(编号|表号|No\.?|NO\.?)[:：]")
# An office's document number left blank to fill (〔  〕调字第  号, （  ）民救字第  号)
_DOCUMENT_NUMBER_BLANK_RE = re.compile(r"[〔\[［(（][_＿]*[〕\]］)）][\u4e00-\u9fff]{0,4}字第[_＿]*号")
_SHORT_KEY_RE = re.compile(r"^[^:：]{1,10}[:：]")
# 「乡镇卫生院（社区卫生服务中心）：  村卫生室：」: prompts and blanks only, however long a prompt
_PROMPTS_ONLY_RE = re.compile(r"^(?:[^:：_]{1,16}[:：]_*){2,}$")


@lru_cache(maxsize=65536)
def is_fill_line(text: str) -> bool:
    """填报单位 / 填报日期 / 表号 / 制定机关 … lines above (or beside) the table."""
    s = squash(text)
    if not s:
        return False
    if s in _ALSO_ITEMS:
        return False  # 「健康证明编号 | ___ | 有效期至 | ___」: a certificate's expiry on a card, no 表号 block's line
    if s.startswith(_FILL_KEYS) or _FILL_KEY_MARK_RE.search(s):
        return True
    if is_period_text(s) or _NUMBER_LINE_RE.match(s) or _YEAR_LINE_RE.match(_BLANK_RUN_RE.sub("_", s)):
        return True
    if _DOCUMENT_NUMBER_BLANK_RE.search(s):
        return True  # 「____人民调解委员会  编号：〔  〕调字第  号」: the office and the number it gives the copy (u636)
    if is_place_blanks(text):
        return True
    keyed = _KEYED_RE.match(text.strip())
    if keyed and not _ADDRESS_KEY_RE.search(keyed.group(1)) and is_place_blanks(keyed.group(2)):
        return True  # 「投保组织者：   乡（镇）   村（社区）」: the village filling the copy in (an address stays an item)
    if keyed and _LEADING_BLANK_RE.match(keyed.group(2)) and _OFFICE_OF_A_PLACE_RE.match(squash(keyed.group(2))):
        return True  # 「受理窗口：      乡（镇）人民政府便民服务中心」: the town's office keeping the copy (u303)
    if keyed and _LEADING_BLANK_RE.match(keyed.group(2)) and _ISSUED_BY_RE.match(squash(keyed.group(2))) \
            or _ISSUED_BY_RE.fullmatch(s):
        return True  # 「登记编号：      XX县档案馆制」: the copy's number and the office that printed the form (u419)
    if keyed and _SPAN_KEY_RE.search(squash(keyed.group(1))) and _DATE_SPAN_RE.match(squash(keyed.group(2))):
        return True  # 「数据提取区间：2026年1月1日至2026年12月31日」 over a system's export: the period it covers (u490)
    if keyed and _PERIOD_KEY_RE.search(squash(keyed.group(1))) and is_period_text(keyed.group(2)):
        # 「报送期别：2026年    月」, 「年度：2026年汛期（4月15日—10月15日）」: the period the copy is for (u578, u586)
        return True
    if keyed and _NUMBER_KEY_RE.search(squash(keyed.group(1))) and _CODE_PREFIX_RE.match(squash(keyed.group(2))):
        # 「项目编号：WZA-2026-」, 「物资批次号：QCRC-2025-」: the copy's number, its printed prefix to complete (u575, u585)
        return True
    if keyed and not _ADDRESS_KEY_RE.search(keyed.group(1)) and _BODY_NAMED_RE.match(squash(keyed.group(2))):
        return True  # 「乡镇（街道）工会：城关镇总工会」 over a 台账: the body filling the copy in, printed for all its rows (u490)
    if keyed and _PLACE_LEVEL_KEY_RE.match(keyed.group(1).strip()) \
            and _ONE_LEVEL_BLANK_RE.match(_BLANK_RUN_RE.sub("_", squash(keyed.group(2)))):
        return True  # 「村民小组：      组」 above a 报备表: the group filling the copy in (u220)
    # 「乡镇（街道）：      村（社区）：」 and 「编号：」 fill-in lines; the boxes of a code's digits (「小区编码：□□□」)
    # and the length of a blank say nothing
    s = _CODE_BOXES_RE.sub(r"\1", _BLANK_RUN_RE.sub("_", s))
    return (bool(_SHORT_KEY_RE.match(s)) and s.count(":") + s.count("：") >= 2 or bool(_PROMPTS_ONLY_RE.match(s))) \
        and len(s) < 40 and not is_option_text(s)


_KEYED_RE = re.compile(r"^([^:：]{1,10})[:：](.+)$")
_PERIOD_KEY_RE = re.compile(r"(?:期别|报告期|统计期|时期|年度|月份|季度)$")
_NUMBER_KEY_RE = re.compile(r"(?:编号|批次号|批号|单号)$")
_CODE_PREFIX_RE = re.compile(r"^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-$")
_SPAN_KEY_RE = re.compile(r"(?:区间|期间|时段|时间段|起止时间|起止日期|季|季度|年度|汛期|周期)$")
_DATE_SPAN_RE = re.compile(r"^\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:至|-|—|~|～)(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?$"
                           r"|^\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?(?:至|~|～|—)\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?$")
# A body's name printed in full, its place with it, after a key (「城关镇总工会」, 「县人力资源和社会保障局」): written once
# for every row. (「受理窗口：便民服务中心」 names no one body: which window, an item)
_BODY_NAMED_RE = re.compile(r"^[\u4e00-\u9fff()]{0,8}(?:省|市|县|区|镇|乡|街道|村|社区)[\u4e00-\u9fff()]{0,10}(?:总工会|工会|人民政府|政府|办事处|委员会|居委会|村委会|局|办公室|中心|"
                            r"党委|党总支|党支部|团委|妇联|残联|所|站|院|医院|学校|公司)$")
# 「XX县档案馆制」, 「县统计局印制」: the office that made or printed the form
_ISSUED_BY_RE = re.compile(r"^[_＿]*[\u4e00-\u9fffXx×]{2,20}?(?:局|馆|院|委员会|办公室|中心|厅|部|所|站)(?:印|监)?制$")
_LEADING_BLANK_RE = re.compile(r"^(?:\s{2,}|[_＿]{2,})")
# an office named by the place left blank before it: 「（      ）乡（镇）人民政府」, 「    街道便民服务中心」
_OFFICE_OF_A_PLACE_RE = re.compile(r"^[_＿]*(?:乡\(镇\)|乡镇|镇|乡|街道|县|区)(?:人民政府|政府)(?:便民服务中心|为民服务中心|服务中心)?$"
                                   r"|^[_＿]*(?:乡\(镇\)|乡镇|镇|乡|街道)(?:便民服务中心|为民服务中心|服务中心|办事处)$")
_PLACE_LEVEL_KEY_RE = re.compile(r"^(?:村民小组|村组|组|村|社区|乡镇|镇|乡|街道)(?:\([^()]{1,6}\)|（[^（）]{1,6}）)?$")
_ONE_LEVEL_BLANK_RE = re.compile(r"^_*(?:组|村|社区|镇|乡|街道)?_*$")
# 「履职年度：    年」, 「填报年度：2025年」: the year the copy is for, a period line (出生年份 is a person's item).
# (「年审年度：    年（审核上年度安排情况）」: a note on which year's figures — u207)
_YEAR_LINE_RE = re.compile(r"^[^:：]{0,6}年度[:：]_*(?:\d{4})?_*年?度?_*(?:\([^()]{1,20}\))?$")
_ADDRESS_KEY_RE = re.compile(r"住址|地址|住所|所在地|户籍|居住|地点|详址|位置|坐落|籍贯|出生地")
_CODE_BOXES_RE = re.compile(r"([:：])[□☐]{2,}$")
_BLANK_RUN_RE = re.compile(r"[_＿]{2,}")


# (「（街、路）」 of a 名录库 card's address: the street's blank, its level only in brackets — u111)
_PLACE_LEVEL = r"(?:(?:省|市|县|区|乡|镇|乡镇|街道|村|社区|[村居]民小组|组)(?:\((?:[市区街道社区镇乡居村委会、,]{1,6})\))?|\([街路巷、,]{1,5}\))"
_PLACE_BLANKS_RE = re.compile(rf"^_*(?:{_PLACE_LEVEL}_*){{2,}}(?:\(?门牌号?\)?_*|号_*)?$")
# A date to write in, label and blanks in one cell: 「申请日期：    年  月  日」.
# (「村民（代表）会议议事日期：    年  月  日」 beside 「单位：元、工日」 over a 筹资筹劳台账: a long key too — u174)
DATED_BLANK_RE = re.compile(r"^[^:：]{0,14}(?:日期|时间)[:：](?:_*|\d{4})年(?:_*|\d{1,2})月_*(?:日_*)?$")  # (2024年10月  日)
_PLACE_THEN_DATE_RE = re.compile(r"^(.+?)(?:(?:申请|申报|填报|填表|登记|采集|调查|排查|走访|报送|评定|核查|核实)?(?:日期|时间)[:：]_*年_*月_*(?:日_*)?"
                                 # (「___村（社区）___组   房屋编号：」: the copy's number after the place — u85)
                                 # (申请编号, 房屋编号, 一户一卡's 卡号: the copy's number)
                                 r"|(?![村组镇乡社街区])[\u4e00-\u9fff]{0,4}(?:编号|卡号)[:：]_*)?$")


@lru_cache(maxsize=65536)
def names_a_place_level(text: str) -> bool:
    """「乡镇」, 「村（社区）」, 「乡镇(街道)」: a header naming a level of place, as a table of places heads its rows."""
    return bool(_PLACE_LEVEL_KEY_RE.match(squash(text)))


def is_place_blanks(text: str) -> bool:
    """「       镇（街道）     村」, 「乡（镇）   村   组（门牌号）」: a place written in the blanks between the printed
    levels (and the day after them: 「…组   申请日期：  年 月 日」)."""
    # (「青山县          乡镇（街道）          村（社区）」: the county printed, its town and village to write in — u579)
    county = _COUNTY_BEFORE_BLANKS_RE.match(text.strip())
    s = squash(text.strip()[county.end():] if county else text)
    place = _PLACE_THEN_DATE_RE.match(s)
    # (「村　组（小地名：　）」: a blank for the spot's own name after the levels — u199)
    levels = _SPOT_NAME_BLANK_RE.sub("", place.group(1)) if place else ""
    return bool(place and _PLACE_BLANKS_RE.match(levels)
                and (re.search(r"\s{2,}", text.strip()) or "__" in s or levels != place.group(1)))


_SPOT_NAME_BLANK_RE = re.compile(r"\([^()]{1,8}[:：]_*\)$")
_COUNTY_BEFORE_BLANKS_RE = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:省|市|县|区|旗)(?=\s{2,})")


@lru_cache(maxsize=65536)
def states_filler(text: str) -> bool:
    """「填报单位：……」, 「填表日期：  年 月 日」: a line that begins by naming who fills the form or when."""
    s = squash(text)
    return s.startswith(_FILL_KEYS) and (":" in s or "：" in s)


@lru_cache(maxsize=65536)
def is_period_text(text: str) -> bool:
    """「2025年  月  日」, 「2025年第三季度」, 「2025年1-6月」: a date or period, not 「2024年营业收入（万元）」, the
    column of an item in a year."""
    s = squash(text)
    found = _PERIOD_TEXT_RE.match(s)
    return bool(found) and len(s) <= 20 and len(_NOT_PERIOD_WORDS_RE.sub("", s[found.end():])) < 2


# What may follow the year in a date or period line: numbers, blanks, and the words of dates and periods.
_NOT_PERIOD_WORDS_RE = re.compile(r"[\d\s年月日季度第一二三四五六七八九十上下半全累计至止起底末初期号时份旬周截报表填写()（）:：\-—~～_.、/]")


@lru_cache(maxsize=65536)
def is_unit_line(text: str) -> bool:
    s = squash(text)
    return bool(_UNIT_LINE_RE.search(s)) and len(s) <= 30


def unit_from_line(text: str) -> str | None:
    """「单位：人、元」 → 人、元; 「填报单位：XX乡    单位：元」 → 元. 「核查单位：____派出所（盖章）」 names who checks,
    no unit of measure (u136)."""
    parts = _UNIT_PART_RE.findall(unicodedata.normalize("NFKC", text).strip())
    return parts[-1].strip("、，,;；)") or None if parts else None


# A 单位： that starts the line or a part of it (after a blank, a bracket or another line's colon), or names what it
# measures (金额单位：): not the end of 填报单位 or 核查单位.
_UNIT_PART_RE = re.compile(r"(?:^|(?<=[\s_(（:：]))(?:计量|金额|面积|重量|数量|产量|价格|货币|人口|长度)?单位[:：]\s*([^\s:：]+)")


# Whoever signs a form off: 「乡镇负责人：」, 「村支书：」, 「登记民警：」 (a level's official, whatever follows), and
# 「殡仪馆负责人：」, 「调查人：」, 「建卡医生：    年  月  日」 (anyone's, with nothing but a date to write after).
_SIGNERS = "负责人|审核人|填报人|填表人|经办人|调查人|核查人|登记人|采集人|统计员|调查员|书记|支书|主任|所长|站长|民警|医生|责任人|网格员|" \
           "协办员|协管员|核对人|复核人"
_SIGNER_RE = re.compile(rf"^(?:乡镇|乡|镇|街道|村|社区|居委会|村委会|县|区|单位|部门|科室|派出所|所|站|登记)?(?:{_SIGNERS})[:：]")
_ANY_SIGNER_RE = re.compile(rf"^[\u4e00-\u9fff（）()]{{0,9}}?(?:{_SIGNERS})[:：][_＿]*(?:年[_＿]*月[_＿]*日[_＿]*)?$")


def is_signer_line(text: str) -> bool:
    """A blank for the name of whoever signs the form off (a footer when it stands below the table)."""
    return bool(_ANY_SIGNER_RE.match(squash(text)))


@lru_cache(maxsize=65536)
def is_footer_key(text: str) -> bool:
    """「填表人」, 「审核人」 printed bare: a footer's key when a signature or a footer stands beside it."""
    return squash(text) in _FOOTER_KEYS


def is_footer(text: str) -> bool:
    s = squash(text)
    if not s or s.endswith(("情况", "信息", "概况")):
        return False  # (「负责人及经办人情况」 heads a card's section of those people — u509 lost its first row)
    if _SIGNER_RE.match(s):
        return True
    # 「填报人：」 leads the line (tested key by key only when some key leads it), or two footer keys share it.
    # (「填报人（签字）：」 leads a footer; 「单位负责人（法定代表人）」 heads a register's column)
    return s.startswith(_FOOTER_KEYS) and any(
        s.startswith(key) and _AFTER_FOOTER_KEY_RE.match(s, len(key)) for key in _FOOTER_KEYS
    ) or _footer_keys_in(s) >= 2


def _footer_keys_in(text: str) -> int:
    """How many footer keys a text holds, each once: 「单位负责人」 holds one (not also 负责人), so
    「法定代表人（单位负责人）」, the 统计 名录库's column, is no footer; 「单位负责人： 填表人：」 holds two."""
    found = 0
    for key in _FOOTER_KEYS_LONGEST_FIRST:
        if key in text:
            found += 1
            text = text.replace(key, "|")
    return found


@lru_cache(maxsize=65536)
def is_notes(text: str) -> bool:
    s = squash(text)
    if s.startswith(_NOTES_PREFIX) and (len(s) > 6 or s.rstrip(":") in ("填表说明", "填写说明", "填报说明", "指标解释")):
        return True
    if _SALUTATION_RE.match(s) or _CAPTION_RE.search(s):
        # 「尊敬的居民朋友：为改善居住环境……」 over a 意愿征询表: a letter to whoever fills it (u102); 「房屋登记信息查询
        # 结果如下：」 over a 无房证明's table: the caption of what follows (wf12)
        return True
    return len(s) > 60 and ("。" in s or "；" in s)


_SALUTATION_RE = re.compile(r"^(?:尊敬的|亲爱的)[^:]{1,12}:.")
_CAPTION_RE = re.compile(r".{4,}(?:如下|如后|见下表)[:。]?$")


@lru_cache(maxsize=65536)
def is_signoff(text: str) -> bool:
    s = squash(text)
    if (_SUGGESTIONS_RE.search(s) or _ANSWER_RE.match(s)) and not _OFFICE_RE.search(s) \
            and not any(k in s for k in ("签字", "签名", "盖章")):
        return False
    if _DECIDED_AMOUNT_RE.search(s) or s.startswith("是否") or YES_NO_NOTE_RE.search(s) or _WHAT_IS_APPROVED_RE.match(s) or _NUMBERED_TOPIC_RE.match(s) or _WRONG_APPROVAL_RE.search(s) \
            or _APPROVAL_NUMBER_RE.search(s) \
            or _NUMBERED_RE.match(s) and not any(key in s for key in _SIGNING_KEYS):
        # 「审批救助金额（元）」: the amount the review decided is a figure to fill, not a signature; 「是否征求相邻权利人
        # 意见」 asks yes or no; 「三、宅基地审批情况」, 「一、宅基地申请审批」 and 「二、审批后监管」 head parts of a table
        # (u76, u157: a 季报's rows were dropped, and with them the whole form)
        return False
    # 「经办机构审核」, 「领导批示」: a box to decide in (「获领导批示（条）」 counts what a member's reports received)
    return (any(key in s for key in _SIGNOFF_KEYS) and len(s) <= 40) or "(盖章)" in s or bool(_SEAL_DATE_RE.search(s)) \
        or bool(_SIGNED_FOR_RE.search(s)) \
        or s.rstrip(":：").endswith(("审核", "审查", "批示", "复核", "稽核", "复核人", "稽核人")) and len(s) <= 12 \
        or is_officer(text)


# 「经办民警」, 「受理民警」: the officer who handles a registration signs it, whatever else the row asks (u129)
_OFFICER_RE = re.compile(r"(?:经办|受理|登记|审核|审批|办理)民警")


def is_officer(text: str) -> bool:
    """The box where the officer who handles a registration signs (「受理民警」)."""
    return bool(_OFFICER_RE.fullmatch(squash(text).rstrip(":：")))


# 「已签订承诺书（是/否）」: a column asking yes or no in words, no pledge to sign (wf145's check)
YES_NO_NOTE_RE = re.compile(r"[（(]\s*(是|有)\s*[/／、或]\s*(否|无)\s*[)）]")
# 「特殊工时审批文号」: the number of an approval granted, a data item to copy, no box to sign (u429)
_APPROVAL_NUMBER_RE = re.compile(r"(?:审批|批准|核准)(?:文号|编号|文件号|号)(?:\([^()]*\))?[:：]?$")
# 「违法建设和违法审批」 of a 自建房 register: an approval given against the law is a fact to record, no box to sign (wf13)
_WRONG_APPROVAL_RE = re.compile(r"(?:违法|违规|未经|越权|擅自)审批")
# 「对今后培训的意见建议」: what a person suggests, asked of them, no office's 意见 box to sign (u187)
_SUGGESTIONS_RE = re.compile(r"意见(?:和|与|及|、)?建议|建议(?:和|与|及|、)?意见")
# 「审批事项：□启动 □中止」: what an approval is for, an item to tick, no box to sign (u219)
_WHAT_IS_APPROVED_RE = re.compile(r"^(?:审批|审核|报批)(?:事项|类型|类别|内容)(?:[:：]|$)"
                                  # 「承诺办结时限」 of a 代办事项 card: the days the office promises, an item (u230)
                                  r"|^承诺(?:办结|办理)?(?:时限|期限|时间|日期|天数|工作日)(?:\([^()]{1,6}\))?[:：]?$")
# 「解答意见」, 「答复意见」 of a 法律咨询 record: the answer the person was given, a data item (u208)
_ANSWER_RE = re.compile(r"^(?:解答|答复|回复|整改)意见[:：]?$")
_OFFICE_RE = re.compile(r"委员会|村委|居委|部门|单位|乡镇|街道|政府|办公室|审核|审批|审查|领导|组织")


_OFFICIALS = frozenset({"经办人", "审核人", "审批人", "复核人", "核定人", "经办人签字", "审核人签字", "经办人签名",
                        "核对人", "核对人员", "填卡人", "报卡人"})
# The day a signer's row dates what they signed (「填卡人 | ___ | 填卡日期 | ___」 of a 报告卡 — u325)
_SIGNING_DAYS = frozenset({"填卡日期", "报卡日期"})


def is_signing_day(text: str) -> bool:
    return squash(text).rstrip(":：") in _SIGNING_DAYS


def is_official(text: str) -> bool:
    """「经办人」, 「审核人」 alone: the official who handles a review, whose name is a signature."""
    return squash(text).rstrip(":：") in _OFFICIALS


def is_decided_figure(text: str) -> bool:
    """「核定金额（元）」, 「审批救助金额」, 「审核日期」: what a review decides, a figure or a day to fill in."""
    return bool(_DECIDED_AMOUNT_RE.search(squash(text)))


_NUMBERED_RE = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))")
# What only a box to sign or to give an opinion in says (a numbered heading saying none of them heads a part)
_SIGNING_KEYS = ("签字", "签名", "盖章", "签章", "意见", "手印", "承诺", "章)", "声明", "批示")
_NUMBERED_TOPIC_RE = re.compile(_NUMBERED_RE.pattern + r".{1,20}(?:情况|信息|统计|概况)$")
# (with the colon a card prints before its blank: 「审批救助金额（元）：」, 「审批日期：」 — u433)
_DECIDED_AMOUNT_RE = re.compile(r"^(?:审批|复核|核定|核准|审核|核实|认定|批准)[^:：意见签章]{0,8}(?:金额|数额|标准|面积|人数|户数|日期|时间)"
                                r"(?:\([^()]*\))?[:：]?$")


# 「XX村村民委员会 XXXX年XX月XX日」 at the foot of a certificate: the issuing body and the date of its seal.
_SEAL_DATE_RE = re.compile(r"(?:委员会|政府|办事处|局|中心|站|所|院|公司|社区)(?:\([^()]{1,12}\))?"
                           r"[XＸx×_＿\d]*年[XＸx×_＿\d]*月[XＸx×_＿\d]*日?$")


_TICK_HINT_RE = re.compile(r"[(（][^()（）]*[√✓][^()（）]*[)）]")


# A unit alone in a card's box, printed for the number to be written before it (「用地总面积 | 公顷」).
_UNIT_BOX_RE = re.compile(r"^(?:公顷|亩|平方米|万元|元|千米|公里|米|吨|立方米)$")


def is_unit_box(text: str) -> bool:
    """「公顷」, 「         公顷」 in the box beside a card's label: where its number goes, before the unit."""
    return bool(_UNIT_BOX_RE.match(squash(text)))


@lru_cache(maxsize=65536)
def is_option_text(text: str) -> bool:
    """□ options to tick, or numbered in circles (「①限期送离 ②收容 ③其他」 under a column — u212); a tick inside
    brackets (「死亡人员（要暂停√）」) tells how to fill a column instead."""
    return bool(_OPTION_RE.search(_TICK_HINT_RE.sub("", text))) or len(_CIRCLED_NUMBER_RE.findall(text)) >= 2


_CIRCLED_NUMBER_RE = re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩]\s*[\u4e00-\u9fff]")


_ENCLOSED_RE = re.compile(r"^[【（(\[［][^】）)\]］]*(?:[（(][^）)]*[）)][^】）)\]］]*)*[】）)\]］]$")


@lru_cache(maxsize=65536)
def is_choice_hint(text: str) -> bool:
    """「【监测户、一般脱贫户、其他一般农户】」, 「（①两不愁、②基本医疗……）」 under a label: the values it takes, in
    brackets, for the filler to read; not a header level of its own."""
    s = squash(text)
    return bool(_ENCLOSED_RE.match(s)) and (s.count("、") >= 2 or s.count("；") >= 2 or "②" in s)


_CHOICE_SPLIT_RE = re.compile(r"[/／、|｜]")
_TICK_KEY_RE = re.compile(r"^(?:[^√×✓✗]{1,4}[√✓][^√×✓✗]{1,4}[×✗]|[^√×✓✗]{1,4}[×✗][^√×✓✗]{1,4}[√✓])$")


def choices_of(text: str) -> list[str]:
    """The choices a cell lists: 「管道气/瓶装液化气/其他」 → 管道气, 瓶装液化气, 其他; 「有√ 无×」 → 有, 无."""
    if not choices_listed(text):
        return []
    s = squash(text)
    if _TICK_KEY_RE.match(s):
        return [part for part in re.split(r"[√✓×✗]", s) if part]
    return _CHOICE_SPLIT_RE.split(s)


@lru_cache(maxsize=65536)
def choices_listed(text: str) -> int:
    """How many short choices a cell lists (「管道气/瓶装液化气/其他」 3, 「居民/非居民」 2, 「5/15/50」 3); a tick key
    (「有√ 无×」) counts as 3; 0 for anything else."""
    s = squash(text)
    if _TICK_KEY_RE.match(s):
        return 3
    parts = _CHOICE_SPLIT_RE.split(s)
    if len(parts) < 2 or any(not 1 <= len(p) <= 8 or not any(ch.isalnum() for ch in p) for p in parts):
        return 0
    return len(parts)


def choices_in_notes(text: str) -> dict[str, list[str]]:
    """The answers a note lists for an item: 「注：1.健康状况：健康；一般或较弱；慢性病；重病；残疾。 5.户籍性质：农村；城镇。」
    → {健康状况: [健康, 一般或较弱, …], 户籍性质: [农村, 城镇]}; 「3.儿童类别：（1）孤儿。指……（2）事实无人抚养儿童。指……」
    → {儿童类别: [孤儿, 事实无人抚养儿童, …]}. A definition or an instruction after the colon lists none."""
    found: dict[str, list[str]] = {}
    lines = "\n".join(_NOTE_LEAD_RE.sub("", line) for line in text.splitlines())
    for entry in _NOTE_ENTRY_RE.finditer(lines):
        key, body = entry.group(1), entry.group(2).strip()
        numbered = _NUMBERED_CHOICE_RE.findall(body)
        if len(numbered) >= 2 and [int(n) for n, _ in numbered] == list(range(1, len(numbered) + 1)):
            choices = [squash(name).rstrip("。.") for _, name in numbered]
        else:
            listed = _BRACKETED_NOTE_RE.sub("", body.split("。")[0])
            choices = [squash(part) for part in _NOTE_CHOICE_SPLIT_RE.split(listed) if squash(part)]
        if 2 <= len(choices) <= MAX_NOTE_CHOICES and all(1 <= len(c) <= 12 and "：" not in c and ":" not in c
                                                         for c in choices) and len(set(choices)) == len(choices):
            found.setdefault(key, choices)
    return found


# 「注：」, 「填表说明：」 before the first entry
_NOTE_LEAD_RE = re.compile(r"^\s*(?:填表说明|填报说明|说明|注释|注|备注)\s*[:：]?")
# an entry: its number, the item's name and what the note says of it, up to the next numbered entry
_NOTE_ENTRY_RE = re.compile(r"(?:^|(?<=[\s。；;]))\s*\d{1,2}\s*[.、．]\s*([\u4e00-\u9fff]{2,10})\s*[:：]"
                            r"((?:(?!\s*\d{1,2}\s*[.、．]\s*[\u4e00-\u9fff]{2,10}\s*[:：]).)+)", re.S)
_NUMBERED_CHOICE_RE = re.compile(r"[（(](\d{1,2})[)）]\s*([^。；;，,（(）)\s]{1,16})")
_NOTE_CHOICE_SPLIT_RE = re.compile(r"[；;、/／]")
_BRACKETED_NOTE_RE = re.compile(r"[（(][^（()）]*[)）]")
MAX_NOTE_CHOICES = 15


@lru_cache(maxsize=65536)
def is_serial_label(text: str) -> bool:
    s = squash(strip_marks(text))
    return s in SERIAL_LABELS or bool(_COUNTED_SERIAL_RE.match(s))


# 「人员序号」, 「成员序号」 (a household survey's rows of members): the counter of what each row is.
_COUNTED_SERIAL_RE = re.compile(r"^(?:人员|成员|家庭成员|户内成员|记录|行)序号$")


@lru_cache(maxsize=65536)
def is_total_label(text: str) -> bool:
    """合计, 总计 …, also a place's or a page's: 全镇合计, 东山村合计, 全乡（镇）汇总, 本页小计 (「合计：」 as 「合计」)."""
    s = squash(text).rstrip(":：")
    return s in _TOTALS or bool(_SCOPED_TOTAL_RE.match(s))


_TOTALS = frozenset(squash(t) for t in _TOTAL_LABELS)
# A total of a place or a page, never of an amount: 「家庭收入合计」 is an indicator of its own.
_SCOPE = r"(?:村|社区|居委会|乡|镇|乡镇|乡[（(]镇[)）]|街道|县|区|市|省|组|页)"
_SCOPED_TOTAL_RE = re.compile(rf"^(?:[全本各]{_SCOPE}|[^合总小汇]{{1,8}}?{_SCOPE})?(?:合计|总计|小计|汇总)$")


@lru_cache(maxsize=65536)
def is_colnum(text: str) -> bool:
    return bool(_COLNUM_RE.match(squash(text)))


@lru_cache(maxsize=65536)
def is_section(text: str) -> bool:
    """「一、人口情况」 section headings of indicator and card forms."""
    return bool(_CHINESE_ENUM_RE.match(squash(text)))


def is_numbered_heading(text: str) -> bool:
    """A heading numbered as a part of a document: 「一、基本情况」, 「（二）地块明细」, 「A.3 信息提供者及联系人信息表」
    (the parts of GB/T 42195's 评估表), 「2.家庭成员」 — never the document's title."""
    return is_section(text) or bool(_NUMBERED_HEADING_RE.match(squash(text)))


_NUMBERED_HEADING_RE = re.compile(r"^(?:[A-Za-z]\.\d+(?:\.\d+)*|[(][一二三四五六七八九十]{1,3}[)]|\d{1,2}[.、．])\s*[\u4e00-\u9fff]")


def event_named(text: str) -> str | None:
    """The kind of event a heading or title is about (「三、道路交通事故情况」 → 事故, 「火灾情况统计表」 → 火灾): its
    dead, injured and losses are that event's."""
    found = _EVENT_RE.search(squash(text))
    return _EVENT_KINDS.get(found.group(), found.group()) if found else None


def is_event_outcome(label: str) -> bool:
    """What an accident, a fire or a disaster leaves: its dead, injured, missing, losses, or how many there were."""
    return bool(_EVENT_OUTCOME_RE.search(label))


# GB/T 6441 伤亡事故, 《生产安全事故报告和调查处理条例》 第三条, 自然灾害情况统计调查制度
_EVENT_OUTCOME_RE = re.compile(r"^(?:死亡|受伤|重伤|轻伤|失踪|遇难|伤亡)(?:人数|人口|人员)?$|经济损失|财产损失|^起数$")
# (the kinds of accident the law counts apart: 《道路交通安全法》's 交通事故, 《生产安全事故报告和调查处理条例》's 生产安全
# 事故, 《特种设备安全法》's — u372: a 公安 table's road deaths had met an 应急 table's deaths at work)
_EVENT_RE = re.compile(r"(?:道路)?交通事故|生产安全事故|安全生产事故|特种设备事故|火灾|火警|事故|灾害|灾情|险情|案件|事件|疫情|中毒")
_EVENT_KINDS = {"灾情": "灾害", "火警": "火灾",  # (a 灾情统计表's losses are a 自然灾害 table's)
                "道路交通事故": "交通事故", "安全生产事故": "生产安全事故"}


@lru_cache(maxsize=65536)
def is_indicator_header(text: str) -> bool:
    s = squash(text)
    return s in _INDICATOR_HEADERS or bool(_KIND_OF_ITEMS_RE.match(s))


# 「收入项目」, 「支出项目」, 「检查项目」: the stub of a table whose rows print items of one kind (a register of
# projects names its column 项目名称; the caller still asks for a code, unit or period column and printed rows).
_KIND_OF_ITEMS_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}项目$")


@lru_cache(maxsize=65536)
def is_unit_header(text: str) -> bool:
    return squash(text) in _UNIT_HEADERS


@lru_cache(maxsize=65536)
def is_code_header(text: str) -> bool:
    return squash(text) in _CODE_HEADERS


@lru_cache(maxsize=65536)
def is_period_header(text: str) -> bool:
    return bool(_PERIOD_RE.match(squash(text)))


@lru_cache(maxsize=65536)
def is_remark_header(text: str) -> bool:
    return squash(strip_marks(text)) in _REMARK_HEADERS


# Values of national code lists: a cell holding one of them is a filled-in or sample value, never a label.
# GB/T 2261.1 性别, GB/T 2261.2 婚姻状况, GB/T 4762 政治面貌, GB/T 4658 学历, GB/T 3304 民族, 是/否 and 有/无.
_NATIONALITIES = ["汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺"]
CODE_VALUES = frozenset({
    "男", "女", "男性", "女性", "未婚", "已婚", "初婚", "再婚", "复婚", "丧偶", "离婚", "离异",
    "中共党员", "中共预备党员", "共青团员", "群众", "无党派人士", "民革党员", "民盟盟员", "民建会员", "民进会员",
    "农工党党员", "致公党党员", "九三学社社员", "台盟盟员", "中国民主同盟盟员",
    "博士研究生毕业", "硕士研究生毕业", "研究生毕业", "大学本科毕业", "大学专科毕业", "中等专科毕业", "普通高中毕业",
    "初中毕业", "小学毕业", "文盲", "半文盲", "不识字或识字很少",
    "是", "否", "有", "无", "√", "×",
    *(f"{n}族" for n in _NATIONALITIES),
})
_DURATION_RE = re.compile(r"^[一二两三四五六七八九十半\d]{1,3}个?(?:月|年|日|天|周|工作日)(?:内)?$")
_DATE_BLANKS = (r"(?:(?:\d{0,4}|[_＿\sXＸx×]*)年[_＿\sXＸx×]*月(?:[_＿\sXＸx×]*日)?|[_＿\s]*月[_＿\s]*日)"
                r"(?:[_＿\s]*时(?:[_＿\s]*分)?)?")  # (「年 月 日 时」: a fire permit's hour to the minute)
# 「年 月 日」, and 「年 月 日 至 年 月 日」 (「自 年 月 日起至 年 月 日止」, 「起：年 月 日 止：年 月 日」) in the box of a
# period of validity: blanks where a date is written.
# (「年 月 日 NO：」 over a 报销单: its day and its number, to be written in; 「___ 至 ___」 between two date boxes)
_DATE_PLACEHOLDER_RE = re.compile(
    # (「年 月 日 时 分至 时 分」: a fire permit's hours of one day, the second half a time alone — u199)
    rf"^(?:自|从|起[:：]?)?{_DATE_BLANKS}起?(?:(?:至|到|止[:：]?|[-—－~～])[_＿\s]*(?:{_DATE_BLANKS}|时(?:[_＿\s]*分)?)止?)?"
    r"(?:[_＿\s]*(?:NO|No|no|编号|票号)[.:：]?[_＿\s]*)?$|^(?:至|到|止|至今)$"
    # (「时 分 至 时 分」: the hours of a day already named — u220; 「年 月 日前整改完毕」: a deadline's blanks)
    r"|^[_＿\s]*时[_＿\s]*分?[_＿\s]*(?:至|到|[-—－~～])[_＿\s]*时[_＿\s]*分?[_＿\s]*$"
    rf"|^{_DATE_BLANKS}[_＿\s]*(?:以前|之前|前)[\u4e00-\u9fff]{{0,6}}$")


@lru_cache(maxsize=65536)
def is_code_value(text: str) -> bool:
    """A value of a national code list (男, 已婚, 苗族, 中共党员, 是): data, not a label."""
    return squash(strip_marks(text)) in CODE_VALUES


# Grades and categories that head the tick columns of a group (认定等级 | 特困 | 困难 | 一般).
_OPTION_WORDS = frozenset({
    "特困", "困难", "一般", "特别困难", "比较困难", "优秀", "良好", "合格", "不合格", "基本合格", "优", "良", "中", "差",
    "好", "较好", "较差", "称职", "基本称职", "不称职", "满意", "基本满意", "不满意", "高", "低", "城镇", "农村",
    "农业", "非农业", "是", "否", "有", "无", "男", "女", "已婚", "未婚",
})


@lru_cache(maxsize=65536)
def is_option_word(text: str) -> bool:
    """A value to tick used as a column header under its item's group header; a note in brackets after it
    (「是（分别用数字“1-6”占位）」) does not change which value it is."""
    word = squash(strip_marks(text))
    return word in _OPTION_WORDS or option_value(word) in _OPTION_WORDS


def option_value(text: str) -> str:
    """「是（分别用数字“1-6”占位）」 → 「是」: the value an option column stands for, without its note."""
    return _NOTE_AFTER_RE.sub("", squash(text))


_NOTE_AFTER_RE = re.compile(r"[(（].*$")


@lru_cache(maxsize=65536)
def is_date_placeholder(text: str) -> bool:
    """「年　月　日」 blanks of a sign-off or a date line: where a date is written, not a data item's label."""
    return bool(_DATE_PLACEHOLDER_RE.match(squash(text)))


def is_amount_in_words(text: str) -> bool:
    """「（大写）          （小写）￥」: the blanks of an amount written twice, in the box of its label."""
    return bool(_AMOUNT_IN_WORDS_RE.match(squash(text)))


_AMOUNT_IN_WORDS_RE = re.compile(r"^(?:\(大写\)|大写[:：]).*(?:\(小写\)|小写[:：])[_\s]*[￥¥]?[_\s]*(?:元)?$|^[￥¥]$")


@lru_cache(maxsize=65536)
def looks_like_value(text: str) -> bool:
    """A filled-in or example value rather than a label (an ID number, a date, 例：…)."""
    s = squash(text)
    return bool(_ID_LIKE_RE.match(s) or _DATE_LIKE_RE.match(s) or _EXAMPLE_RE.match(s) or _CODED_VALUE_RE.match(s)
                or _DURATION_RE.match(s)) or s.replace(".", "", 1).isdigit()


@lru_cache(maxsize=65536)
def is_non_field_text(text: str) -> bool:
    """Text that is never a data item wherever it stands."""
    return (is_attachment(text) or is_footer(text) or is_notes(text) or is_unit_line(text)
            or is_fill_line(text) or is_date_placeholder(text) or is_photo_box(text) or is_not_to_fill(text)
            or is_amount_in_words(text))


_NOT_TO_FILL_RE = re.compile(r"请?勿填|无需填写|不需填写|不用填写|不必填写|(?:系统|公式|自动)(?:生成|计算|带出)")


def is_not_to_fill(text: str) -> bool:
    """「年龄（公式自动生成，请勿填写）」, 「房屋编码（系统生成，勿填）」: a column the cadre is told not to fill."""
    return bool(_NOT_TO_FILL_RE.search(squash(text)))


def is_photo_box(text: str) -> bool:
    """「照片（近期一寸免冠彩照）」: the box a photo is glued in, not a value to write (nor to collect in a workbook)."""
    return "片" in text and bool(_PHOTO_BOX_RE.match(squash(text)))  # (照片, 相片, 像片: asked of every header text)


# (「照片（张）」 under 档案数量 counts an archive's photographs: a counting unit in the bracket makes it a count — u419)
_PHOTO_BOX_RE = re.compile(r"^(?:本人|个人|近期|免冠|正面|一寸|二寸|1寸|2寸|彩色|蓝底|白底)*(?:照片|相片|像片)"
                           r"(?:\((?![张幅份件个卷册套组]\))[^)]*\))?$")


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CODES = "10X98765432"


def sex_by_number(number: str) -> str:
    """The sex an 18-digit 公民身份号码 says (GB 11643: the 17th digit is odd for a man)."""
    return "男" if int(number[16]) % 2 else "女"


def born_by_number(number: str) -> dt.date | None:
    """The birth date an 18-digit 公民身份号码 says (GB 11643: digits 7–14), or None when it is no day."""
    try:
        return dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


def check_digit(first17: str) -> str:
    """The check character of a 公民身份号码's first 17 digits (GB 11643-1999, ISO 7064 MOD 11-2)."""
    return _CHECK_CODES[sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True)) % 11]
