"""What a form is about: its record subject, its target group and whether it is a periodic report.

A clerk reads these off a template before reading any field: the title says 「……花名册」 or 「各村……情况表」,
the first identifying columns say whose rows they are (姓名 + 身份证 → a person; 户主姓名 + 家庭人口 → a
household; 村名 → a place; 单位名称 → an organisation), and 「……证明」 or 「……申请表」 says it is filled when
somebody asks, not every quarter. The rules below follow that reading and the standard vocabularies of the
departments (target groups as named in 民政/人社/乡村振兴/残联 policy), never the labels of one corpus.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .model import FREQUENCY_UNSTATED, Form, FormKind, Frequency, Layout, Subject
from .normalize import basic_form, normalize_label, without_item_number

# --- record subject -------------------------------------------------------------------------------

# Identifying columns: the first few labels of a list (or a card's first labels) say what one record is.
_PERSON_ID_RE = re.compile(
    r"^(?:本人|学生|儿童|老人|人员|成员|家庭成员|被查询人|申请人|当事人|职工|患者|对象|党员|干部|子女|婴儿|姓"
    # (whoever is paid, insured or heard, named first: 「借款人姓名 | 借款人身份证号」 of a 贴息 ledger — u224)
    r"|借款人|申领人|领取人|受助人|受援人|参保人|投保人|缴费人|投诉人|举报人|反映人|信访人|求助人)?"
    # (「成员姓名或名称」 of a 合作社成员名册: its members are people, now and then a body — u169)
    r"(?:姓名|名字|姓名或(?:单位)?名称|公民身份(?:证)?号码?|身份证(?:件)?(?:号码?|编号)?|证件号码?|学号|学籍号|社会保障号码?|"
    r"社保(?:卡)?号|人员编号)$"
)
# (「建房户姓名」, 「申请户姓名」: a household named by its head, as 户主姓名 is — u188; a utility's 用户 or a bank's
# 开户 is no household)
_KIND_OF_HOUSEHOLD_NAMED = r"^[\u4e00-\u9fff]{0,3}(?<![用客账开商门])户(?:姓名|名)$"
_HOUSEHOLD_ID_RE = re.compile(
    r"户主(?:姓名|名|名称|身份证(?:号码?)?|公民身份号码)?$|^(?:户名|户号|户编号|户编码|农户编号|家庭编号|户籍编号)$|"
    r"^住户(?:编码|编号|代码)$|"
    + _KIND_OF_HOUSEHOLD_NAMED)
# 「户主 › 姓名」, 「户主情况 › 公民身份号码」: the head's items name the household a row is (u366's 住户清查表)
_HEADS_GROUP_RE = re.compile(r"户主(?:基本)?(?:情况|信息)?$")
_HEAD_NAMED_RE = re.compile(r"户主(?:姓名|名)?$|" + _KIND_OF_HOUSEHOLD_NAMED)
_HOUSEHOLD_SIZE_RE = re.compile(r"(?:家庭|户内|全户|共同生活)(?:成员|人口)?(?:人数|人口|成员数)|^人口(?:数)?$|^家庭人口")
_PLACE_ID_RE = re.compile(
    r"^(?:(?:所在|所属)?(?:行政村|自然村|村(?:民)?小组|村组|村(?:（居）|\(居\)|居)?|社区|居委会?|村委会|"
    r"乡镇(?:（街道）)?|镇乡|镇(?:街)?|乡|街道|区(?:（县）|县)?|县(?:（市、区）)?|县级市|市|地区|"
    r"(?:村|镇|乡|社区|街道|区|县|行政村|自然村|村（社区）|村\(社区\))(?:名称?|名)|单位|地区名称|行政区划|行政区划代码|"
    r"贫困村|贫困镇))$"
)
_ORG_ID_RE = re.compile(
    r"(?:单位|企业|公司|机构|组织|合作社|场所|商户|个体户|纳税人|养殖场户?|学校|医院|门店|网点|点位|商超|店)(?:全称|名称|名)$"
    r"|^(?:统一社会信用代码|组织机构代码|纳税人识别号|注册号|营业执照号|法定代表人|字号名称|名称)$"
    # (「申请单位 | ___ | 单位负责人」 heading a 补助资金申请审批表: a township or a school applies, no person — u193, u195)
    r"|^申请单位(?:名称|全称)?$"
)
# Among the first columns, the name of something that is no person, place or matter names a site (站点名称,
# 小作坊名称, 工程名称) that each row or card describes.
_NAMED_SITE_RE = re.compile(r"^[\u4e00-\u9fff（）()]{2,8}名称$")
_NOT_A_SITE_RE = re.compile(r"项目|事项|活动|课程|培训|商品|产品|药品|品种|作物|疾病|病种|证书|证件|险种|专业|职务|岗位|"
                            r"文件|资料|材料|物资|设备|村|镇|乡|街道|社区|县|(?<!小)区|组|人|主(?!体)")  # (车主名称, 单位（个人）名称)
# (「图斑编号」 first on a 违法占用林地图斑核查整改台账: each row a patch found in the survey, a case — u351)
_EVENT_ID_RE = re.compile(
    r"(?:项目(?:名称|编号)?|案件|案由|事故|违法|违建|事件|警情|问题|隐患|业务|交易|结算|发放|报销|变更|申请|就诊|记录|批次|图斑)"
    r"(?:时间|日期|名称|编号|类型|地点|描述|事项|类别)?$"
)

# Title words: what the rows of a form describe. Ordered, first hit wins among equally strong ones.
_TITLE_SUBJECTS: list[tuple[re.Pattern[str], Subject]] = [
    (re.compile(r"(?:各|分)(?:村|镇|乡|社区|街道|区|县)|村级|镇级|乡级|(?:村|社区|村庄|行政村)(?:基本)?情况|村务|集体经济"), Subject.PLACE),
    (re.compile(r"企业|公司|单位(?:基本)?(?:情况|信息|名录|登记)|合作社|个体(?:工商|经营)?户|场所|纳税人|商超|物流|网点|门店|养殖场|"
                r"非自然人"),
     Subject.ORGANISATION),
    (re.compile(r"(?:农|家|住|贫困|监测|脱贫|低保|特困)户|家庭(?:基本)?(?:情况|信息)|户籍(?:证明)?|户内"), Subject.HOUSEHOLD),
    # (巡查台账, 灾情台账, 活动台账: a row a patrol, a disaster or an event, whoever and wherever it concerns)
    (re.compile(r"项目|案件|事故|事件|警情|违法|违建|违章|投诉|举报|隐患|问题|整治|投保|保险|报销|结算|发放|补贴资金|交易|变更|查询记录|"
                r"巡[查田河林护](?:工作)?(?:台账|记录)|图斑|灾情|活动(?:开展)?(?:台账|记录|登记)"), Subject.EVENT),
    (re.compile(r"花名册|名单|名册|人员|人口|学生|儿童|老人|老年人|残疾人|党员|干部|职工|居民|村民|对象|婴儿|妇女|个人|本人"),
     Subject.PERSON),
]


def _titled_subject(title: str) -> Subject | None:
    """What a title says its records are: the first kind its words name, in the order of :data:`_TITLE_SUBJECTS`;
    but people named last, at the head of the phrase before 登记表 or 花名册, are what it lists
    (「企业职工基本养老保险参保人员增员登记表」 lists 人员, the insured, whatever scheme's name runs before them —
    u429: read as a register of 企业, each person's 证件号码 had become a 单位's)."""
    # (in the table's order: the first hit is the first kind's)
    found = [(match.end(), subject) for pattern, subject in _TITLE_SUBJECTS for match in pattern.finditer(title)]
    if not found:
        return None
    last = max(found, key=lambda hit: hit[0])[1]
    return Subject.PERSON if last is Subject.PERSON else found[0][1]


# A 个体工商户 (个体经营户): a body run by one 经营者, whom departments also call its 户主 or 业主
SOLE_TRADER_TITLE_RE = re.compile(r"个体(?:工商|经营)?户")


@dataclass(frozen=True)
class _Votes:
    person: float = 0.0
    household: float = 0.0
    place: float = 0.0
    organisation: float = 0.0
    event: float = 0.0


_TRAILING_NOTE_RE = re.compile(r"[（(][^()（）]*[)）]$")
_SPACE_STAR_COLON_RE = re.compile(r"[\s*＊:：]")
_COUNT_LABEL_RE = re.compile(r"(?:户数|人数|个数|次数|数量|面积|金额|合计|总数|\(户\)|\(人\)|（户）|（人）)$")
_COUNT_UNITS = frozenset({"户", "人", "个", "人次", "次", "亩", "元", "万元"})
_DATE_LABEL_RE = re.compile(r"(?:时间|日期|年月|年度)$")
_RELATION_TO_HEAD_RE = re.compile(r"与户主(?:的)?关系")


@lru_cache(maxsize=1 << 16)
def _clean(label: str) -> str:
    # (「02 单位详细名称」: u189's 单位清查表 read as a person's card, none of its numbered labels known)
    text = basic_form(without_item_number(label))
    text = _TRAILING_NOTE_RE.sub("", text)  # a trailing unit or hint does not change what a column is
    return _SPACE_STAR_COLON_RE.sub("", text)


def _identifying_labels(form: Form, limit: int = 8) -> list[str]:
    """The first labels of the form, where identifying columns stand (序号 is not among the fields)."""
    return [_clean(f.label) for f in form.fields[:limit]]


def _groups(form: Form, limit: int = 8) -> list[str]:
    """The innermost group header over each of the first labels ('' for none)."""
    return [_clean(f.header_path[-2]) if len(f.header_path) > 1 else "" for f in form.fields[:limit]]


# A group naming someone other than whoever a row or card is about: its items identify that person, not the record.
# (an owner named over a register's columns — 船主情况 of a 自用船舶台账, 车主 of a vehicle's — owns what each row is:
# the boat is the record, the owner one of its parties — u413)
# (承办人: who runs a 服务站 for its owner, the row still the site — u621)
_OTHERS = (r"(?:负责人|经营者|业主|法定代表人|法人代表|联系人|管理员|责任人|监护人|代理人|经办人|代领人|委托人|承办人|房东|出租人|"
           r"船主|车主|船舶所有人|车辆所有人|所有权人|书记|主任|站长|所长|队长)")
# (「被监护人情况」 is whom the record is about, its 监护人 someone else — u280)
_OTHER_PERSON_GROUP_RE = re.compile(rf"(?<!被){_OTHERS}(?:情况|信息|基本情况)?$"
                                    # (「村级档案员 › 姓名」, 「村（居）法律顾问 › 姓名」 of a table of villages: each
                                    # village's post-holder, the row still the village's — u208, u214)
                                    r"|^(?:村级|村居|村|社区|镇级|乡镇)[\u4e00-\u9fff]{1,6}(?:员|顾问)$")
# The party a case deals with, as a section names them (当事人情况, 当事人（建设人）)
_PARTY_GROUP_RE = re.compile(r"^(?:违法|违章)?当事人(?:\([^()]*\))?(?:情况|信息|基本情况)?$")
# Whom something is done to or for, 被查询人, 被监护人, 被保险人: the person a record about it describes
_UNDERGOER_GROUP_RE = re.compile(r"^被[\u4e00-\u9fff]{1,4}人(?:情况|信息|基本情况)?$")
# A column naming such a person (「作坊名称 | 负责人 | 身份证号 | 联系方式」): the numbers after it are theirs.
_OTHER_PERSON_COLUMN_RE = re.compile(rf"^(?:单位|企业|主要|站点|门店|场所)?{_OTHERS}(?:姓名)?$")


# The name of a kind of person (购机者姓名, 摊主姓名, 参训学员姓名): a register of those people
_KIND_OF_PERSON_NAMED_RE = re.compile(r"^[\u4e00-\u9fff]{1,4}(?:者|人|员|主|民|工|生|儿|妇)(?:姓名|名字)$")


# Whoever employs the person a record is about
_EMPLOYER_RE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．])?(?:用人|用工|工作|所在|就业|原工作)单位")
# The sides of a case (申请人 | 被申请人, 原告 | 被告); 监护人 | 被监护人 are no case, the ward is the record.
_CASE_SIDE_RE = re.compile(r"申请人|申请方|申诉人|举报人|投诉人|控告人|反映人|请求人|执行人|侵权人|告|诉人")


def party_sides(heads: Iterable[str]) -> frozenset[str]:
    """The group headers naming the two sides of a record (申请人 | 被申请人, 当事人（申请方） | 当事人（对方）):
    a record with two sides is a case or a dealing between them, and neither side is the record itself."""
    heads = {basic_form(h) for h in heads if h}
    # (「申请人（一方当事人）」 | 「被申请人（另一方当事人）」: the bracket says what each side is — u143)
    bare = {head: _SIDE_NOTE_RE.sub("", head) for head in heads}
    sides: set[str] = set()
    for head in heads:
        side = bare[head]
        if side.startswith("被") and 2 <= len(side) <= 6 and _CASE_SIDE_RE.fullmatch(side[1:]):
            others = {o for o in heads if o != head and not bare[o].startswith("被") and bare[o].endswith(side[1:])
                      and len(bare[o]) <= len(side) + 1}
            if others:
                sides.update({head, *others})
        elif "对方" in head and len(head) <= 10:
            sides.add(head)
            sides.update(o for o in heads if o != head and len(o) <= 10 and "方" in o and "对方" not in o
                         and ("当事" in o or o.endswith(("方", "方）", "方)"))))
    return frozenset(sides) if len(sides) >= 2 else frozenset()


_SIDE_NOTE_RE = re.compile(r"[（(][^（）()]*[）)]$")


def _is_count(label: str, unit: str | None) -> bool:
    return bool(unit and unit in _COUNT_UNITS) or _is_count_label(label)


# The same column labels (姓名, 性别, 户主姓名 …) come back on form after form: what each one says about the
# record is worked out once.
_SUBJECTS = tuple(Subject)
_IDENTIFYING_WEIGHTS = {Subject.HOUSEHOLD: 2.0, Subject.PERSON: 1.5, Subject.ORGANISATION: 1.5, Subject.PLACE: 0.5,
                        Subject.EVENT: 1.0}


# The owner of a building (自建房户主名, 房主, 产权人) keys a register of buildings, not of households: each row
# is a house with its height, use and address, as in the 自建房安全排查 registers.
_BUILDING_OWNER_RE = re.compile(r"^(?:(?:自建|出租|经营性?)?房(?:屋)?(?:户主|所有人|所有权人|产权人)|房主|产权人)(?:姓名|名)?$")


_BUILDING_ID_RE = re.compile(r"(?:房屋|自建房|建筑|住房|楼栋|渔船|船舶)[\u4e00-\u9fff]{0,6}(?:编号|编码|代码)$"
                             r"|^(?:渔船)?船名(?:号)?$"
                             # (「镇 | 村 | 房屋地址 | 出租人（房东）› 姓名」: a register of rented houses — u194)
                             r"|^(?:出租)?房屋(?:地址|坐落|座落|位置)$")


@lru_cache(maxsize=1 << 16)
def _identified_subject(label: str) -> Subject | None:
    """The record a column identifies by its label, the first rule that fits deciding (a date column counts
    as an event only when it comes first, which the caller knows)."""
    if _BUILDING_OWNER_RE.match(label) or _BUILDING_ID_RE.search(label):
        # a site, as a 场所 is: its address is the building's, its phone a contact's (「自建房安全排查编号」 numbers
        # the houses of a 经营性自建房 register, wf10: read as a table of villages; 「船名号」 names the boats of a
        # 渔船回收 register, whatever 乡镇 and 村 locate them — u148)
        return Subject.ORGANISATION
    if _HOUSEHOLD_ID_RE.search(label):
        return Subject.HOUSEHOLD
    if _PERSON_ID_RE.match(label):
        return Subject.PERSON
    if _ORG_ID_RE.search(label):
        return Subject.ORGANISATION
    if _PLACE_ID_RE.match(label):
        return Subject.PLACE
    if _EVENT_ID_RE.search(label):
        return Subject.EVENT
    unbracketed = _BRACKETED_RE.sub("", label)
    if unbracketed != label and not _OR_A_PERSON_RE.search(label):  # (「单位（个人）名称」: a body or a person)
        # 「单位（小区）名称」 of a 应急维修核查 card: the bracket names the kind, the words around it the record (wf14)
        return _identified_subject(unbracketed)
    return None


_BRACKETED_RE = re.compile(r"\([^()]*\)")
_OR_A_PERSON_RE = re.compile(r"\((?:个人|自然人|本人|居民|农户)\)")


@lru_cache(maxsize=1 << 16)
def _names_household_size(label: str) -> bool:
    return bool(_HOUSEHOLD_SIZE_RE.search(label))


@lru_cache(maxsize=1 << 16)
def _names_relation_to_head(label: str) -> bool:
    return bool(_RELATION_TO_HEAD_RE.search(label))


@lru_cache(maxsize=1 << 16)
def _is_count_label(label: str) -> bool:
    return bool(_COUNT_LABEL_RE.search(label))


def _asks_of_one_family(form: Form) -> bool:
    """A table of figures about one family (「（二）家庭成员人数」, 「当年家庭人均年收入」, 「（二）家庭生产经营收入」)
    counting no households: a household's survey without a note saying so (wf12: a 规划到户 调查表（二） became
    one 指标 column per village, and a village could report one household)."""
    labels = [normalize_label(f.label).clean for f in form.fields]
    return sum(1 for label in labels if label.startswith("家庭")) >= 3 and not any("户数" in label for label in labels)


def record_subject(form: Form, texts: Sequence[str] = (), cue_lines: Sequence[str] = (),
                   category_rows: bool = False) -> Subject:
    """What one row (list) or one card describes. A table of figures is an aggregate unless its notes say it
    is filled once per household or person (a household's survey, not the village's totals); so is a register
    whose rows are printed categories (合计, 其中：洪涝 …)."""
    if category_rows:
        return Subject.AGGREGATE
    if form.layout == Layout.INDICATOR:
        for line in cue_lines:
            found = ONE_PER_RECORD_RE.search(basic_form(line))
            if found:
                return Subject.HOUSEHOLD if found.group("household") else Subject.PERSON
        if _asks_of_one_family(form):
            return Subject.HOUSEHOLD
        return Subject.AGGREGATE
    labels = _identifying_labels(form)
    all_labels = [_clean(f.label) for f in form.fields]
    title = basic_form(" ".join([form.title, *texts]))

    votes = dict.fromkeys(_SUBJECTS, 0.0)
    names_others = False
    sides = {_clean(side) for side in party_sides(g for f in form.fields for g in f.header_path[:-1])}
    if sides:
        votes[Subject.EVENT] += 2.0  # 申请人 | 被申请人 of a 调解 register: each row is a case between them
    # (「一、用人单位信息 › 用人单位名称 | 统一社会信用代码」 over 「二、患者基本信息 › 姓名 | 有效身份证件号码」 on a
    # 职业病报告卡: the employer of the person the card is about, not the record — u184)
    employs = any(_identified_subject(label) is Subject.PERSON for label in all_labels)
    head_named = False  # a 户主姓名 column met, and no one's own name since
    other_named = False  # a column naming someone else (负责人) met, and no one's own name since
    sites: list[str] = []  # the names of sites or bodies met (家庭农场名称), whose owners the record is not
    # (「当事人情况 › 姓名（名称） | 公民身份号码」 of a 违法建设调查认定审批表: the party a case deals with, the card
    # the case's, as each row of a case register is — u565: the party had become every applicant's own person)
    # (a party named by 单位名称 or by the sides' words, 申请人 | 被申请人, is left to the usual reading: u439's body
    # is the body every register names, u567's 仲裁 applicant the applicant's own person)
    titled = _titled_subject(basic_form(form.title)) or _titled_subject(title)
    parties_named = {group for label, group in zip(labels, _groups(form), strict=False)
                     if label.startswith("姓名") and _PARTY_GROUP_RE.match(group)} if titled is Subject.EVENT else set()
    if parties_named:
        votes[Subject.EVENT] += 2.0  # (「乡镇 | 村 | 组 | 当事人（建设人） › 姓名」 of a 违章建筑排查台账: cases, located)
    for n, (label, group) in enumerate(zip(labels, _groups(form), strict=False)):
        weight = 1.5 if n == 0 else 1.0 if n < 4 else 0.7  # the leftmost columns name the record
        if _HEADS_GROUP_RE.search(group):
            # (the head's items that say who they are; 「低保户主情况 › 保障类别 | 保障人口数」 name no one)
            if _identified_subject(label) in (Subject.PERSON, Subject.HOUSEHOLD):
                votes[Subject.HOUSEHOLD] += _IDENTIFYING_WEIGHTS[Subject.HOUSEHOLD] * weight
            # (「户主情况 › 姓名 … 家庭成员情况 › 姓名」: a roster of members filed under their head, as a 户主姓名 column)
            head_named = head_named or label.endswith(("姓名", "名字")) or _HEAD_NAMED_RE.search(label) is not None
            continue
        if _OTHER_PERSON_GROUP_RE.search(group) or group in sides or group in parties_named:
            names_others = True
            if group in sides or not (n <= 3 and _NAMED_SITE_RE.match(label) and not _NOT_A_SITE_RE.search(label)):
                continue  # 经营者 › 姓名, 站点负责人 › 身份证号: someone the record names, not the record
            # (「经营者基本情况 › 店铺名称」 of a 小餐饮经营登记台账: the shop each row is, whoever runs it — u268)
        if _OTHER_PERSON_COLUMN_RE.match(label):
            names_others = other_named = True
            continue
        subject = _identified_subject(label)
        if subject is Subject.ORGANISATION and employs and (_EMPLOYER_RE.match(label) or _EMPLOYER_RE.match(group)):
            continue
        if subject is Subject.PERSON and other_named and not label.endswith(("姓名", "名字")):
            continue  # 「负责人 | 身份证号」 of a workshop register: the manager's number, not the record's
        if subject is None and n == 0 and _DATE_LABEL_RE.search(label):
            subject = Subject.EVENT
        if subject is None and label.endswith("姓名") and 2 <= len(label) - 2 <= 6 and label[:-2] in title:
            subject = Subject.PERSON  # 「护林员姓名」 on a 生态护林员花名册: the people the title lists, by name
        if subject is None and n <= 3 and _KIND_OF_PERSON_NAMED_RE.match(label):
            if label.endswith("主姓名") and any(label[:-3] in site for site in sites):
                names_others = True  # 「家庭农场名称 | 农场主姓名」: the farm's owner, the farm the record (u489)
                continue
            subject = Subject.PERSON  # 「乡镇 | 村 | 购机者姓名」 of a 受益对象公示表: each row is a buyer (u249)
        if subject is None and n <= 3 and _NAMED_SITE_RE.match(label) and not _NOT_A_SITE_RE.search(label):
            subject = Subject.ORGANISATION  # 小作坊名称, 站点名称, 民宿名称: a register of sites, shops or works
            sites.append(label)
        if subject is Subject.HOUSEHOLD and SOLE_TRADER_TITLE_RE.search(title):
            continue  # 「户主姓名」 of a 个体经营户清查表: the 个体户's 经营者, no household's head (u355)
        if subject is Subject.HOUSEHOLD and _HEAD_NAMED_RE.search(label):
            head_named = True
        elif subject is Subject.PERSON and head_named and not label.endswith(("姓名", "名字")):
            # 「户主姓名 | 性别 | 年龄 | 身份证号」 of a 公共租赁住房申请名单: the number after the head's name is the
            # head's, and names the household that applies (wf9: rows of 户主 items with no one's 姓名)
            subject = Subject.HOUSEHOLD
        elif subject is Subject.PERSON:
            if head_named and label.endswith(("姓名", "名字")):
                # 「户编号 | 户主姓名 | 成员姓名 | 证件号码」: one row per member, filed under the household (u196)
                votes[Subject.PERSON] += 2.5
            head_named = False  # (the record's own 姓名 after the head's: a roster of members)
        if subject is Subject.PERSON and _UNDERGOER_GROUP_RE.match(group):
            # 「被查询人 › 姓名 | 证件号码」 after 「申请单位 | 经办人」 of a 不动产登记资料查询申请书: whom a body files it
            # about is whom it is about (u395)
            weight += 1.0
        if subject is not None:
            votes[subject] += _IDENTIFYING_WEIGHTS[subject] * weight
    if names_others and not any(votes.values()):
        votes[Subject.ORGANISATION] += 1.0  # a house with its 出租人 named, a works with its 负责人: a site
    if any(_names_household_size(label) for label in all_labels):
        votes[Subject.HOUSEHOLD] += 1.0
    if any(_names_relation_to_head(label) for label in all_labels):
        votes[Subject.PERSON] += 1.5  # one row per household member
    counts = sum(_is_count(label, f.unit) for label, f in zip(all_labels, form.fields, strict=True))
    mostly_counts = counts * 2 >= max(len(form.fields), 1)
    if votes[Subject.PERSON] or votes[Subject.HOUSEHOLD] or votes[Subject.ORGANISATION] or votes[Subject.EVENT]:
        # 乡镇 | 村 | 姓名 …: place columns before a person, household or organisation only locate the record; so do
        # they before a case, a problem or a 图斑 a row numbers (u604: 「县（市、区）| 乡镇 | 村 | 图斑编号」 of a
        # 核查整改台账 was read as a table of counties, its 乡镇 and 村 as counts).
        votes[Subject.PLACE] = 0.0
    elif votes[Subject.PLACE]:
        votes[Subject.PLACE] += 1.0 + (1.0 if mostly_counts else 0.0)
    elif form.layout == Layout.LIST and mostly_counts:
        return Subject.AGGREGATE  # counts by category (专业, 年龄组 …): a table of figures, not of records

    no_record_column = not any(votes.values())
    if titled is not None:
        if no_record_column and titled is Subject.PERSON and form.layout == Layout.LIST:
            return Subject.AGGREGATE  # 「在校学生年龄情况」 with no name column counts students, it lists none
        votes[titled] += 1.2

    best = max(votes, key=votes.__getitem__)
    if votes[best] <= 0:
        return Subject.PERSON if form.layout == Layout.CARD else Subject.AGGREGATE
    return best


# --- target group ---------------------------------------------------------------------------------

# Target groups as policy names them; the first name of each entry is the one reported.
_POPULATIONS: list[tuple[str, re.Pattern[str]]] = [
    ("防返贫监测对象", re.compile(r"防(?:止)?返贫|监测(?:对象|户)|边缘易致贫|脱贫不稳定|突发严重困难")),
    # (「农村扶贫开发“规划到户责任到人”…调查表（二）」 of a household: the poor households the programme helps — wf47)
    ("脱贫人口", re.compile(r"脱贫(?:户|人口|家庭)|建档立卡|贫困(?:户|人口|家庭)|扶贫对象|扶贫开发.{0,12}?到户")),
    ("特困人员", re.compile(r"特困(?:人员|供养|对象)|五保")),
    ("低保对象", re.compile(r"低保|最低生活保障")),
    ("低收入人口", re.compile(r"低收入|低边")),
    ("孤儿和事实无人抚养儿童", re.compile(r"孤儿|事实无人抚养")),
    ("困境儿童", re.compile(r"困境儿童")),
    ("留守儿童", re.compile(r"留守儿童")),
    ("残疾学生", re.compile(r"残疾(?:学生|在校生)|在校残疾")),  # both: a disabled adult is not on it, nor any pupil
    ("残疾人", re.compile(r"残疾人|残疾儿童|持证残疾")),
    # 《国家基本公共卫生服务规范》's people under chronic-disease management, each on a register of its own
    ("高血压患者", re.compile(r"高血压")),
    ("2型糖尿病患者", re.compile(r"糖尿病")),
    ("严重精神障碍患者", re.compile(r"严重精神障碍|精神障碍患者|精神病患者|精神病人")),
    ("肺结核患者", re.compile(r"肺结核|结核病患者")),
    ("留守老人和空巢老人", re.compile(r"留守老人|空巢老人|独居老人")),
    # (民政's subsidy for elderly people in need of care at home: its own list, no student's — wf57 put one on it)
    ("养老服务补贴对象", re.compile(r"养老服务补贴|居家养老服务补贴|养老服务券")),
    ("高龄老人", re.compile(r"(?:80|八十)(?:周)?岁以上|高龄")),
    ("老年人", re.compile(r"(?:60|65|70)(?:周)?岁(?:及)?以上|老年人|老人")),
    ("退役军人和优抚对象", re.compile(r"退役军人|优抚|复员|伤残军人|烈属|军属")),
    ("就业困难人员", re.compile(r"就业困难")),
    # (《就业促进法》第五十二条: a household none of whose working-age members works, helped as a household — u499)
    ("零就业家庭", re.compile(r"零就业")),
    ("失业人员", re.compile(r"失业人员|失业登记|失业保险金")),
    ("工伤职工", re.compile(r"工伤(?:职工|人员)|工伤保险[^，。；、]{0,8}人员|领取工伤")),
    # (全国总工会《困难职工帮扶救助办法》: the union's own register of workers' families in hardship, no 就业困难人员 of
    # 人社 — u617: the two 困难类别 had merged)
    ("困难职工", re.compile(r"困难职工")),
    ("外出务工人员", re.compile(r"外出(?:务工)?人员|外出务工|外出农民工|流出人员")),
    # (国家统计局 农民工监测: those from the countryside working away AND those working locally off the farm — a
    # 后备干部 who is a 农民工 is on no 外出人员 register, wf13)
    ("农民工", re.compile(r"农民工")),
    ("流动人口", re.compile(r"流动人口|暂住人口|出租屋")),
    # (a 参保资助名册 pays a family's medical insurance, no pupil's schooling — u254)
    ("家庭经济困难学生", re.compile(r"(?:经济)?困难学生|贫困(?:在校)?(?:学生|生)|助学|(?:学生|教育|学前|在校生)资助|资助(?:学生|在校)"
                            r"|励志奖学金|勤工")),
    ("学生", re.compile(r"学生|在校生|毕业生")),
    # (a subsidy for the party's elderly members covers them, not every member the village has)
    ("老党员", re.compile(r"老党员|老年党员")),
    ("党员", re.compile(r"党员")),
    ("后备干部", re.compile(r"后备干部")),
    ("新生儿", re.compile(r"婴儿|新生儿|出生(?:人口|登记)")),
    # The two national 计划生育 family programmes (奖励扶助制度, 特别扶助制度): each its own 扶助类别 and 标准.
    ("计划生育特别扶助对象", re.compile(r"计划生育(?:家庭)?特别扶助|特别扶助(?:金|对象)")),
    ("计划生育奖励扶助对象", re.compile(r"计划生育(?:家庭)?奖励扶助|奖励扶助(?:金|对象)")),
    # (the families whose only child died or was disabled, 国家卫健委: their own people, no 育龄妇女 — u254)
    ("计划生育特殊家庭", re.compile(r"计划生育特殊家庭|计生特殊家庭|独生子女(?:伤残|死亡)|失独")),
    # (「计划生育扶助资金发放明细表」 pays both programmes' families, no 育龄妇女 — u345)
    ("计划生育扶助对象", re.compile(r"计划生育(?:家庭)?扶助|计生(?:家庭)?扶助|奖特扶")),
    ("育龄妇女", re.compile(r"育龄妇女|计划生育|孕产妇")),
    # (《公共租赁住房管理办法》: households the county houses, each its own applicants' list — wf150: a 公租房 list with
    # no group of its own took every household that filled its 家庭人均收入)
    ("公租房保障对象", re.compile(r"公共租赁住房|公租房|廉租住房|廉租房|保障性住房")),
    ("困难群众", re.compile(r"困难群众|特殊困难|困难家庭|临时救助|医疗救助")),
    ("从业人员", re.compile(r"从业人员")),
]


# Most forms name no target group: one search over all the names tells so before trying them in order.
_ANY_POPULATION_RE = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in _POPULATIONS))


def target_population(title: str, texts: Iterable[str] = ()) -> str | None:
    """The group of people a report covers, named as policy names it; None when it covers everyone."""
    # (「农村低收入人口动态监测信息台账」 is of 低收入人口, whatever its columns ask of 防返贫 monitoring: a group the
    # title names comes before one its other lines name — u548)
    titled = basic_form(title)
    text = titled if _ANY_POPULATION_RE.search(titled) else basic_form(" ".join([title, *texts]))
    if not _ANY_POPULATION_RE.search(text):
        return None
    for name, pattern in _POPULATIONS:
        if pattern.search(text):
            if _LEAVERS_RE.search(basic_form(title)):
                # 「低保退出人员名单」 lists those who left: ticking 是否低保对象 would put current recipients on it.
                return f"{name.removesuffix('对象').removesuffix('人员').removesuffix('人口')}退出人员"
            return _both_groups(name, pattern, basic_form(title)) or _narrowed(name, pattern, basic_form(title))
    return None


def _both_groups(name: str, pattern: re.Pattern[str], title: str) -> str | None:
    """「困境儿童和农村留守儿童台账」 lists two groups: its records are those of either (wf23: a 留守 child ticked 是否
    困境儿童 to reach it, and so reached the 困境儿童 benefit list too)."""
    first = pattern.search(title)
    if first is None:
        return None
    for other, other_pattern in _POPULATIONS:
        found = other_pattern.search(title)
        if other == name or found is None:
            continue
        (left, a), (right, b) = sorted([(first, name), (found, other)], key=lambda m: m[0].start())
        if left.end() <= right.start() and _JOINED_RE.fullmatch(title[left.end():right.start()]):
            return f"{a}和{b}"  # (named in the title's order)
    return None


_JOINED_RE = re.compile(r"(?:和|及|与|、|以及)(?:农村|城乡|城市|城镇)?")


# Who of a group a title lists: its students or children (脱贫家庭学生), those of an age or way of living
# (60岁以下独居困难群众). Ticking membership of the whole group would put everyone of it on the list (wf5: a
# 48-year-old 脱贫 farmer on a 脱贫家庭学生资助名单, a woman of 78 on a 60岁以下 list).
_NARROWER_PEOPLE_RE = re.compile(r"^(?:家庭|户)?(?:在校)?(学生|儿童|子女|幼儿|青少年|妇女|老人|老年人)")
# (「特殊困难老年人」, 「困难残疾人」, 「流出党员」: policy's narrower groups, wf7 had every 69-year-old on the first)
_NARROWER_KIND_RE = re.compile(r"(?:(?:\d+|[一二三四五六七八九十]+)(?:周)?岁(?:及)?(?:以上|以下)|独居|空巢|失能|半失能|孤寡|重度|"
                               r"(?:特殊|经济|生活)?困难|流出|流动|失独)+$")


_BROAD_GROUPS = frozenset({"学生"})
_CLASS_YEAR_RE = re.compile(r"^.*\d{2,4}(?:届|级)")
_QUALIFIER_BEFORE_RE = re.compile(r"[\u4e00-\u9fff]{2,14}$")
# Words before 学生 that name when or say nothing of whom (秋季学期, 在校, 全体): no narrower group.
_TERM_WORDS_RE = re.compile(r"(?:(?:春季|秋季|春|秋)?学期|学年|年度|季度|上半年|下半年|在校|在读|全体|所有|全部)+$")


# The stage of schooling a title's students are at (教育部 学生资助: 学前, 义务教育, 高中, 中职, 高校 each a scheme of
# its own): a 彩虹助学推荐大学生 list is not the 义务教育 pupils' 校服 list (wf11 put a sixth-grader on the first).
_SCHOOL_STAGES = (("大学生", re.compile(r"大学生|大学|高校|本科|专科|研究生|高等教育")),
                  ("中职学生", re.compile(r"中职|中等职业|技工")),
                  ("高中学生", re.compile(r"普通高中|高中")),
                  ("义务教育学生", re.compile(r"义务教育|小学|初中")),
                  ("学前儿童", re.compile(r"学前|幼儿园")))


def _narrowed(name: str, pattern: re.Pattern[str], title: str) -> str:
    found = pattern.search(title)
    if found is None:
        return name
    if name == "家庭经济困难学生":
        stage = next((stage for stage, stage_re in _SCHOOL_STAGES if stage_re.search(title)), None)
        if stage:
            return name.removesuffix("学生") + stage
    people = _NARROWER_PEOPLE_RE.match(title[found.end():])
    if people and name.endswith(people.group(1)):
        people = None  # 「在校残疾学生」: the group is those students already
    kind = _NARROWER_KIND_RE.search(title[:found.start()])
    if people is None and kind is None and name in _BROAD_GROUPS:
        # 「国家奖学金获奖学生初审名单」: the students it names, not every pupil of the village (wf6: an 11-year-old
        # on a university scholarship list)
        # (「2017届优秀毕业生」: the class year is no kind of student)
        before = _TERM_WORDS_RE.sub("", _CLASS_YEAR_RE.sub("", _PLACE_OR_YEAR_RE.sub("", title[:found.start()])))
        kind = _QUALIFIER_BEFORE_RE.search(before)
    if people is None and kind is None:
        return name
    said = title[found.start():found.end() + (people.end() if people else 0)]
    return f"{kind.group() if kind else ''}{said if people else name}"


_LEAVERS_RE = re.compile(r"退出|停保|停发|注销|终止|取消(?:资格|保障|救助)")
# (城乡低保: the one scheme of town and village)
_MEMBERSHIP_VERB_RE = re.compile(r"^已?(?:纳入|享受|属于|为|是)?(?:城乡)?")  # (是否已享受低保)
_MEMBER_SUFFIX_RE = re.compile(r"(?:户|家庭|对象|人员|人口)$")
_PROVISION_RE = re.compile(r"(?<=人员)救助供养$")  # 「纳入特困人员救助供养」: the group, and what it receives


def population_named(text: str) -> str | None:
    """The target group a yes/no question asks membership of, when that is all it asks: 「纳入低保」,
    「低保家庭」, 「低保户」 → 低保对象; 「有残疾人」 (someone in the family is) → None."""
    rest = _PROVISION_RE.sub("", _MEMBERSHIP_VERB_RE.sub("", text))
    for candidate in (rest, _MEMBER_SUFFIX_RE.sub("", rest)):
        for name, pattern in _POPULATIONS:
            if candidate and pattern.fullmatch(candidate):
                return name
    return None

# A payment a form is about, as its title names it (「2025年耕地地力保护补贴面积核实登记表」): the rate and the amount
# of one subsidy are not another's, whoever they are paid to.
PAYMENT_WORDS = r"(?:补贴|补助|津贴|奖补|救助金|生活救助|困难救助|临时救助|扶助金|抚恤金|补偿金|优待金|慰问金|奖励金|奖励费|劳务报酬|劳务费)"
_PAYMENT_RE = re.compile(r"([\u4e00-\u9fff]{2,14}?" + PAYMENT_WORDS + ")")
# (a place's suffix, not a word's first character: 市场主体, 区域, 乡村, 县域 — u501's 「秸秆综合利用市场主体补贴」 had
# read 「场主体补贴」)
_PLACE_OR_YEAR_RE = re.compile(r"^.*(?:年度|年|县(?!域|级)|市(?!场|级|民)|区(?!域|级)|旗|镇(?!级)|乡(?!村|镇|级|贤)|街道)"
                               r"(?=[\u4e00-\u9fff]{4,})")
# (those a relief is for, named before it: 灵活就业人员 names a programme of its own, 受灾人员 does not)
_FOR_WHOM_LEAD_RE = re.compile(r"^(?:受灾|受助|困难|特困|救助)(?:人员|群众)(?=[\u4e00-\u9fff]{4,})")
# (「2026年__月公益性岗位补贴发放花名册」: after the month's blank the payment read 「月公益性岗位补贴」 and parted its
# 花名册's items from every other form's as another programme's — u499)
_PERIOD_LEAD_RE = re.compile(r"^(?:第?[一二三四1-4]?季度|[上下]半年|第[一二三四五六七八九十\d]{1,2}批|\d{1,2}月份?|[一二三四五六七八九十]{0,2}月[份度]?)")


def paid_programme(title: str) -> str | None:
    """「城关街道2025年居家养老服务补贴对象台账」 → 居家养老服务补贴; None when the title names no payment."""
    found = _PAYMENT_RE.search(basic_form(title))
    if not found:
        return None
    # (u118: 「第二季度灵活就业人员社会保险补贴」 of a quarter's 台账 is the same payment as its 申请表's)
    # (u160: 「受灾人员过渡期生活救助申请审批表」 pays the 过渡期生活救助 its 花名册 lists: whom it is for says no more)
    paid = _PERIOD_LEAD_RE.sub("", _PLACE_OR_YEAR_RE.sub("", found.group(1)))
    return _FOR_WHOM_LEAD_RE.sub("", paid)


# --- periodic report or on-demand document -------------------------------------------------------

_ON_DEMAND_RE = re.compile(
    r"证明|申请(?:表|书|审批表)?$|申请表|申请书|申领(?:表|登记表|审批表|单)|审批表|审核表|呈批表|协查|反馈单|查询(?:结果|记录|单)|查询$|意见表|征询|回复|复函|核查单|核查$|"
    r"报销单|告知书|承诺书|推荐表|鉴定表|认定表|回执|通知书|介绍信|委托书|"
    # (one candidate's or one project's: a 职称申报评审表, a 项目申报表 — u270, u251)
    r"申报表$|评审表$|"
    # (wf29: a 机动车登记证书 and a 临时用地复垦验收意见书 had put their tables into the village 一套表)
    r"证书$|意见书$|执照$"
    # (wf34: a 房屋权属信息 sheet, a house's title as the 不动产 office prints it, made up the 一套表's 单位 sheet)
    r"|权属(?:信息|状况)$"
)
_CASE_DOCUMENT_RE = re.compile(r"证明|协查|查询")
# 「居民死亡医学证明（推断）书签发登记台账」: a register of the documents issued, kept over time (u147)
_REGISTER_TITLE_RE = re.compile(r"(?:登记|签发|发放|办理)?台账$")
_PERIODIC_RE = re.compile(r"月报|季报|年报|半年报|台账|花名册|名册|名单|统计表|汇总表|(?<!申)报表|调查表|摸排|排查|清理|动态|情况表")


# A registration with an office, filed when a taxpayer, a company or a title changes (税务登记表, 公司登记基本情况,
# 国有资产产权登记表): no report a village fills each period (wf33: four 单位 sheets of 88 columns in its 一套表).
# A register of such registrations, kept over time, is one.
_REGISTRATION_RE = re.compile(r"(?:税务|产权|工商|公司|企业|不动产|房屋|机动车|设立|变更|注销|开业)登记")
_REGISTER_OF_RE = re.compile(r"台账|花名册|名册|名单|名录|清单|统计表|汇总表|月报|季报|年报|报表")


def form_kind(form: Form, texts: Sequence[str] = ()) -> FormKind:
    """On-demand when the title names a document filled for one case (证明, 申请表, 协查反馈单 …)."""
    title = basic_form(form.title)
    # (a list of registrations with a period to fill, 「流动人口动态变更登记表」 under 「登记周期：2025年　月」, is the
    # month's register of them — u627 read it as one case's document)
    if _REGISTRATION_RE.search(title) and not _REGISTER_OF_RE.search(title) \
            and not (form.layout == Layout.LIST and form.period):
        return FormKind.ON_DEMAND
    if _PERIODIC_RE.search(title) and (not _CASE_DOCUMENT_RE.search(title) or _REGISTER_TITLE_RE.search(title)):
        return FormKind.PERIODIC
    if _ON_DEMAND_RE.search(title) or any(_ON_DEMAND_RE.search(basic_form(t)) for t in texts[:3]):
        return FormKind.ON_DEMAND
    if form.layout == Layout.CARD and _CHECKED_RE.search(title):
        return FormKind.ON_DEMAND  # 「出入境记录核查表」: one person's card, checked when a case asks (wf20)
    if any(len(_BLANK_IN_PROSE_RE.findall(t)) >= 2 or _PARTICULARS_RE.search(t) and len(_PROMPT_BLANK_RE.findall(t)) >= 2
           for t in texts[:3]):
        # 「驾驶人姓名：        ，性别：     ，……」 around a table: a letter filled for one case; so is 「驾驶人姓名：
        # 性别：     身份证号码：」 printed without its commas (wf27: one driver's record had joined the 一套表)
        return FormKind.ON_DEMAND
    if any(_ISSUED_RE.search(basic_form(t)) or _ONE_PERSONS_LINE_RE.match(basic_form(t)) for t in texts):
        # 「出具时间（盖章）：  年  月  日」 beside a table, or 「姓名：」 「身份证号码：」 above it: a document issued for
        # one case, one person's (wf17: a car's registration and a hospital bill had joined the 一套表)
        return FormKind.ON_DEMAND
    return FormKind.PERIODIC


# What an office issues for one case, a certificate or a system's query result, says who issued it and when; a
# letter asking another office for a case's facts says so (「……车辆，请您处协助提供以下信息」 — wf20).
_ISSUED_RE = re.compile(r"出具(?:时间|日期|单位|机关|部门)|信息提供单位|查询结果|协助(?:提供|核查|查询|调查)")
_CHECKED_RE = re.compile(r"核查|协查")  # (not 核实: a 面积核实登记表 or 单位核实表 is filled for every record, each year)
_ONE_PERSONS_LINE_RE = re.compile(r"^(?:姓\s*名|身份证(?:号码?)?|公民身份号码)[:：]")


# A blank left in a sentence for one case's particulars: 「姓名：        ，」, 「共   起，」 (wf27: 「违法行为共   起，
# 其中：严重违法行为   起，如下表。」 over a driver's record printed without the commas of its name line).
_PARTICULARS_RE = re.compile(r"(?:姓\s*名|身份证(?:件)?号码?|公民身份号码)[:：][ \u3000_＿]{2,}")
_PROMPT_BLANK_RE = re.compile(r"[:：][ \u3000_＿]{2,}")
_BLANK_IN_PROSE_RE = re.compile(r"[:：]?[ \u3000_＿]{3,}(?:起|次|件|宗|人|户|元|个)?[，,。；;]")


# --- reporting frequency --------------------------------------------------------------------------

# Lines that state how often a form is filled: 「填报周期：每季度」, 「报送时间：每月5日前」, 表号 「民统月1表」.
# 「一户贫困户对应填一张表」, 「一人一表」: what one copy of a table of figures is about (its record).
ONE_PER_RECORD_RE = re.compile(
    r"(?P<household>一户一表|(?:一|每)户[^，。；,;]{0,8}?(?:对应)?填(?:写|报)?一(?:张|份)|每户(?:一|填)(?:张|份|表))"
    r"|(?P<person>一人一表|(?:一|每)人[^，。；,;]{0,6}?(?:对应)?填(?:写|报)?一(?:张|份)|每人(?:一|填)(?:张|份|表))")
FREQUENCY_CUE_RE = re.compile(
    r"填报周期|报送周期|报告周期|统计周期|报送频[次率]|填报频[次率]|报送时间|上报时间|填报时间要求|报送要求|报告期别|表号|"
    r"每日|每周|每月|每季|每半年|每年|按周|按月|按季|按年|逐月|月报|季报|年报|不定期|随时报|实时|次月|"
    r"每学期|学期|统计月份|填报月份|报告月份|统计时间|统计时段|季后|月后|" + ONE_PER_RECORD_RE.pattern
)
_EVENT_WORDS = r"(?:自然)?灾|洪|涝|旱|地震|台风|疫情|火灾|汛"
# A cue line about filling or sending the form: 报送, 上报, 填报, 季报, 表号, 周期, 更新 …
_SAYS_REPORTING_RE = re.compile(r"报|填|统计|更新|采集|汇总|周期|期别|频次|频率|动态|调度|推送")
_FREQUENCY_WORDS: list[tuple[re.Pattern[str], Frequency]] = [
    (re.compile(r"不定期|随时|实时|即时|一事一报|发生后|有变化(?:时)?(?:及时)?(?:报|更新)"), Frequency.IRREGULAR),
    # (a report's own name, not 「广州日报」 quoted in a note: 日报表, （日报）, or 日报 closing the text)
    (re.compile(r"日报(?:表|[)）]|$)|每日|逐日|按日|日[0-9０-９]+表"), Frequency.DAILY),
    # (「年龄按周岁计算」 counts years, no week — u185)
    (re.compile(r"周报(?:表|[)）]|$)|每周(?!岁)|按周(?!岁)|逐周|周[0-9０-９]+表"), Frequency.WEEKLY),
    # (a school's two terms a year: 「每学期开学前报」, 「学年第  学期」 — u269)
    (re.compile(r"半年报|每半年|半年度|上半年|下半年|按半年|每学期|本学期|第\s*学期|[春秋]季学期"), Frequency.HALF_YEARLY),
    (re.compile(r"季报|季度|每季|按季|逐季|本季|[一二三四1-4１-４]季|季末|季后"), Frequency.QUARTERLY),
    (re.compile(r"月报|每月|按月|逐月|月度|本月|(?:统计|填报|报告)月份|(?:^|\d{4})年_+月(?![_\d]*日)|\d{4}年月(?!\d*日)|\d{1,2}月份?(?:报|统计|情况|发放|名单|花名册|台账)|(?<!\d)\d{1,2}月份|"
                r"月[0-9０-９]+表|月后\d+日|次月\d+日前"), Frequency.MONTHLY),  # (「于次月5日前报」: u185's 结算表)
    # (「2025年耕地地力保护补贴清理登记表」 is that year's edition; 「2024年自然灾害…影响情况表」 asks about an event)
    (re.compile(r"年报|年度|每年|按年|全年|学年|\d{4}年(?!" + _EVENT_WORDS + r")(?:$|[^\d第上下春秋一二三四0-9]*(?:表|册|单|账)$)"
                r"|年[0-9０-９]+表"), Frequency.YEARLY),
]
_PERIOD_COLUMN_FREQUENCY = [("今日", Frequency.DAILY), ("本周", Frequency.WEEKLY), ("本月", Frequency.MONTHLY),
                            ("本季", Frequency.QUARTERLY), ("本学期", Frequency.HALF_YEARLY),
                            ("本学年", Frequency.YEARLY)]  # (a school year's 本学年 | 上学年 — u285)
_WITHIN_A_YEAR = (Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.HALF_YEARLY)
_THIS_YEAR_COLUMNS = frozenset({"本年", "本年数", "本年度", "本年实际", "本年实际数", "当年", "当年数"})
# 「月报」, 「周报」 …: a period named by its report (the labels of the frequencies, 不定期 aside).
_PERIOD_NAME_FREQUENCY = {f.label: f for f in Frequency if f is not Frequency.IRREGULAR}
_CYCLE_NAMED_RE = re.compile(f"(?:{'|'.join(sorted(_PERIOD_NAME_FREQUENCY, key=len, reverse=True))})(?:表|[)）]|$)")


def frequency_in(text: str) -> Frequency | None:
    """The reporting frequency a text states, if any: 「每季度报送」 → quarterly."""
    s = basic_form(text)
    for pattern, frequency in _FREQUENCY_WORDS:
        if pattern.search(s):
            return frequency
    return None


def _reported_frequency(line: str) -> Frequency | None:
    """The frequency a cue line states of filling or sending the form: its word beside 报, 填, 统计, 更新 …
    (「每月5日前报送」, 「季报」); not 「固定接待日填写…如“每月10日”」 or 「财务收支每月公开一次」, how often something else
    is done (u114), nor 「年度路况评定」 in a note (u113)."""
    # (「本表于每年12月20日前报县民政局」: the deadline's date stands between the cycle and 报 — u147)
    s = _NOT_A_CYCLE_RE.sub("", _DEADLINE_RE.sub("日", _DEADLINE_MONTH_RE.sub("", basic_form(line))))
    stated = [frequency for pattern, frequency in _FREQUENCY_WORDS for found in pattern.finditer(s)
              if _SAYS_REPORTING_RE.search(s[max(0, found.start() - _CUE_REACH):found.end() + _CUE_REACH])]
    # (「每季度末更新，人员变动的随时报备」: the cycle, and changes reported between — u285's roster read 不定期)
    return next((f for f in stated if f is not Frequency.IRREGULAR), stated[0] if stated else None)


# (「每季度结束后5日内报」: the days after the period's end stand between the cycle and 报 — u270)
# 「以统计部门年报数为准」 names a source, 「按年度计划填报」 the basis of an item: no cycle of the form (u275, u276)
# (「数据口径与文化和旅游统计年报一致」: whose definitions an item follows, no cycle of the form — u404 read 年报)
_NOT_A_CYCLE_RE = re.compile(r"(?:按|以)?(?:年度|年|季度|月度)(?:计划|预算|目标|考核)数?|(?:统计部门|统计)?年报数"
                             r"|(?:统计)?年报(?:口径)?(?:一致|相同|为准|衔接)")
# (「每周五下午5点前报」: the day and hour of the week stand between the cycle and 报 — u287)
# (「每季度末次月5日前报」: the month after the quarter is the deadline's, the cycle is the quarter's — u318)
_DEADLINE_RE = re.compile(r"(?<=[年月季周度])(?:\d{1,2}月\d{1,2}日|(?:结束|终了)后\d{1,2}(?:个工作)?日[内前]?)"
                          r"|(?<=[季度])末?次月\d{1,2}日"
                          r"|(?<=周)[一二三四五六日天](?:[上下]午|晚上)?(?:\d{1,2}(?:[点时](?:\d{1,2}分)?|:\d{2}))?")
# (「本表为年报，每年1月报送」: the month a yearly report is due, no 月报 — its 「1月报」 had read as one)
_DEADLINE_MONTH_RE = re.compile(r"(?<=[年度])\d{1,2}月(?:份|底|初|上旬|中旬|下旬)?(?=前|内|报|送|上报)")
_CUE_REACH = 6  # characters either side of a frequency word where the filling it is about is said


def report_frequency(form: Form, cue_lines: Sequence[str] = (), names: Sequence[str] = ()) -> tuple[Frequency, str]:
    """How often the form is filled, and where that was read (shown to the clerk, who can correct it).

    A line that states the cycle (填报周期, 报送时间, 表号, a note) wins over the title; then the period
    columns of an indicator table (本月 → monthly) and the 报告期 line; then a report named in ``names`` (the
    file's or the sheet's: 「农业年报表.xls」 whose sheets are titled by their contents); an on-demand document
    is filled when a case arises. With no sign at all the form counts as 不定期 and says so.
    """
    if form.kind is FormKind.ON_DEMAND:
        return Frequency.IRREGULAR, "按需填报"
    title = basic_form(form.title)
    named = _CYCLE_NAMED_RE.search(title)
    # (「社区党组织每半年至少向镇党委专题报告1次…（是/否）」: a column asking how often something is done, not how
    # often the form is filled — wf9 read a 统计表 as 半年报)
    asked = {basic_form(f.label) for f in form.fields} if cue_lines else set()
    for line in cue_lines:
        if basic_form(line) == title or basic_form(line) in asked:
            continue  # the title cell itself: judged below, as the title
        found = _reported_frequency(line)
        if found is Frequency.IRREGULAR and named:
            continue  # 「…周报表」 with 「遇重大灾情随时报告」: the note asks for extra reports, the title names the cycle
        if found:
            return found, "填报说明"
    found = frequency_in(form.title)
    if found is Frequency.YEARLY and _PERIOD_NAME_FREQUENCY.get(form.period or "") in _WITHIN_A_YEAR:
        # 「2026年农村户厕改造进展情况统计表」 with 「2026年第  季度」 to fill in: the year's edition, filled each
        # quarter (u276)
        return _PERIOD_NAME_FREQUENCY[form.period or ""], "报告期"
    if found:
        return found, "标题"
    for column in form.period_columns:
        for word, frequency in _PERIOD_COLUMN_FREQUENCY:
            if word in column:
                return frequency, "表头"
    if any(basic_form(column) in _THIS_YEAR_COLUMNS for column in form.period_columns) \
            and any("上年" in column or "去年" in column for column in form.period_columns):
        return Frequency.YEARLY, "表头"  # 「本年 | 上年同期」 with no month or quarter beside them (u277)
    if form.period in _PERIOD_NAME_FREQUENCY:
        return _PERIOD_NAME_FREQUENCY[form.period], "报告期"
    for name in names:
        cycle = _CYCLE_NAMED_RE.search(basic_form(name))
        if cycle:
            return _PERIOD_NAME_FREQUENCY[cycle.group().rstrip("表)）")], "文件名"
    return Frequency.IRREGULAR, FREQUENCY_UNSTATED


def classify_form(form: Form, texts: Sequence[str] = (), cue_lines: Sequence[str] = (),
                  category_rows: bool = False, names: Sequence[str] = ()) -> None:
    """Set the form's subject, target group and kind from its title, its fields and the text around it
    (``texts``: the sheet name, a Word table's surrounding paragraphs, the file name; ``category_rows``: layout
    found printed category rows under the header; ``names``: the sheet's and the file's, which may name the report)."""
    form.subject = record_subject(form, texts, cue_lines, category_rows)
    if form.subject in (Subject.PERSON, Subject.HOUSEHOLD):
        # Only records of people belong to a target group; a village table counting 低保户 covers villages.
        header_words = [" ".join(f.header_path[:-1]) for f in form.fields[:12] if len(f.header_path) > 1]
        # (「一户贫困户对应填一张表」 in a 调查表（二）'s notes: whose copies they are — wf44: every household that gave its
        # 家庭人口数 was sent the poverty survey)
        filled_by = [line for line in cue_lines if ONE_PER_RECORD_RE.search(basic_form(line))]
        form.population = target_population(form.title, [*texts, *header_words, *filled_by])
    else:
        form.population = None
    form.kind = form_kind(form, texts)
    form.frequency, form.frequency_source = report_frequency(form, cue_lines, names)


__all__ = ["classify_form", "form_kind", "frequency_in", "record_subject", "report_frequency", "target_population"]
