"""Held-out wordings for subject- and context-aware matching.

Written before the subject/qualifier rules were tuned (issue 9, part B), by hand, from general knowledge of
county forms — not taken from any evaluation corpus. The matcher is scored on them in
``test_match_context.py``; do not edit a pair to make the matcher pass.

Each entry: (label A, context A, label B, context B, same data item?).
"""

from __future__ import annotations

HELDOUT_CONTEXT_PAIRS: list[tuple[str, tuple[str, ...], str, tuple[str, ...], bool]] = [
    # whose data: other parties named in the label or any header level
    ("负责人电话", (), "联系电话", (), False),
    ("联系电话", ("负责人",), "负责人联系电话", (), True),
    ("经办人姓名", (), "姓名", (), False),
    ("姓名", ("经办人信息",), "经办人姓名", (), True),
    ("监管人手机", (), "手机号码", (), False),
    ("管护责任人电话", (), "联系电话", (), False),
    ("网格员姓名", (), "姓名", (), False),
    ("身份证号", ("配偶",), "配偶身份证号码", (), True),
    ("身份证号", ("配偶",), "公民身份号码", (), False),
    ("出生年月", ("父亲",), "出生日期", ("母亲",), False),
    ("姓名", ("家庭成员",), "姓名", (), False),
    ("与申请人关系", (), "与户主关系", (), False),
    ("法人代表联系电话", (), "法定代表人电话", (), True),
    ("监护人", (), "监护人姓名", (), True),
    ("联系人", (), "联系人姓名", (), True),
    ("紧急联系人电话", (), "联系电话", (), False),
    ("女方身份证号", (), "男方身份证号", (), False),
    ("身份证号", ("男方",), "男方公民身份号码", (), True),
    # qualifiers: period and state in the header or the label
    ("出栏", ("本季",), "出栏", ("上年同期",), False),
    ("人数", ("本月新增",), "人数", ("本月减少",), False),
    ("低保户", ("有劳动能力",), "有劳动能力的低保户", (), True),
    ("低保户", ("有劳动能力",), "低保户", (), False),
    ("已投入资金", (), "资金", ("计划",), False),
    ("存栏", ("牛",), "牛存栏", (), True),
    ("存栏", ("牛",), "存栏", ("羊",), False),
    # generic labels never match alone
    ("合计", ("补贴资金",), "合计", ("受灾人口",), False),
    ("其他", ("致贫原因",), "其他", ("残疾类别",), False),
    ("金额", ("医疗救助",), "金额", ("临时救助",), False),
    ("小计", ("耕地",), "耕地小计", (), True),
    # options as the header
    ("□男□女", (), "性别", (), True),
    ("是/否", ("低保户",), "是否低保户", (), True),
    # unseen wordings
    ("身份证", (), "公民身份号码", (), True),
    ("电话", (), "联系电话", (), True),
    ("出生年月", (), "出生日期", (), True),
    ("在册低保户数", (), "低保户数", (), True),
    ("民族代码", (), "民族", (), True),
    ("学历", (), "文化程度", (), True),
]

# Plain wordings, no header context: abbreviations, qualifier variants and one-character variants of compounds.
# Written before the character-overlap rule was added; same rules as above.
HELDOUT_PLAIN_PAIRS: list[tuple[str, str, bool]] = [
    ("残疾人证号码", "残疾证号", True),
    ("身份证号码（18位）", "身份号码", True),
    ("手机号", "联系电话", True),
    ("电话号", "联系方式", True),
    ("出生年月日", "出生日期", True),
    ("在册低保人数", "低保人数", True),
    ("现有低保户数", "低保户数", True),
    ("低保家庭户数", "低保户数", True),
    ("特困供养人数", "特困人员数", True),
    ("实际居住地址", "现住址", True),
    ("户籍所在地址", "户籍地址", True),
    ("家庭人口总数", "家庭人口数", True),
    ("务工地址", "外出务工地点", True),
    ("开户行名称", "开户银行", True),
    ("银行卡账号", "银行账号", True),
    ("社会保障卡号码", "社保卡号", True),
    ("就读学校名称", "学校名称", True),
    ("文化水平", "文化程度", True),
    ("户口类型", "户口性质", True),
    ("养殖规模数量", "养殖规模", True),
    ("宅基地占地面积", "宅基地面积", True),
    ("撂荒地面积", "撂荒面积", True),
    ("粮食作物播种面积", "粮食播种面积", True),
    ("危房改造户数", "危房户数", False),
    ("残疾人证号", "公民身份号码", False),
    ("耕地面积", "林地面积", False),
    ("户籍地址", "现住址", False),
    ("联系电话", "紧急联系人电话", False),
    ("家庭年收入", "人均年收入", False),
    ("出生日期", "入学日期", False),
    ("开户银行", "开户人姓名", False),
    ("承包地面积", "流转面积", False),
    ("60岁以上老年人数", "65岁以上老年人数", False),
    ("低保户数", "特困户数", False),
    ("留守儿童数", "困境儿童数", False),
    ("转移就业人数", "就业人数", False),
]
