"""Form classification: record subject, target group and kind, one rule a test."""

from __future__ import annotations

from pathlib import Path

import pytest

from yitaobiao.classify import classify_form, form_kind, record_subject, target_population
from yitaobiao.model import Field, Form, FormKind, Layout, Subject


def make_form(title: str, labels: list[str], layout: Layout = Layout.LIST,
              units: dict[str, str] | None = None, groups: dict[str, list[str]] | None = None) -> Form:
    form = Form(id="F1", path="x.xlsx", sheet="Sheet1", title=title, department="", layout=layout)
    for n, label in enumerate(labels, start=1):
        path = [*(groups or {}).get(label, []), label]
        form.fields.append(Field(id=f"F1.{n}", form_id="F1", path="x.xlsx", sheet="Sheet1", cell=f"A{n}",
                                 label=label, header_path=path, unit=(units or {}).get(label)))
    return form


@pytest.mark.parametrize(("title", "labels", "layout", "expected"), [
    ("花名册", ["姓名", "性别", "公民身份号码", "联系电话"], Layout.LIST, Subject.PERSON),
    ("", ["乡镇", "村（居）", "姓名", "身份证号码", "年龄"], Layout.LIST, Subject.PERSON),
    ("", ["户主姓名", "身份证号", "家庭人口数", "住址"], Layout.LIST, Subject.HOUSEHOLD),
    # (u54: the rangers the title lists, by name; their 户主姓名 says which household each is of)
    ("2025年度生态护林员续聘新聘人员花名册", ["乡（镇）", "行政村", "护林员姓名", "性别", "证件号码", "年龄", "户主姓名",
                                 "家庭人口（人）"], Layout.LIST, Subject.PERSON),
    ("", ["村名称", "户数", "人数", "耕地面积"], Layout.LIST, Subject.PLACE),
    ("各镇情况表", ["镇名称", "企业数", "从业人数"], Layout.LIST, Subject.PLACE),
    ("企业登记表", ["企业名称", "统一社会信用代码", "法定代表人", "注册资本"], Layout.CARD, Subject.ORGANISATION),
    ("", ["事故时间", "事故地点", "事故类型", "死伤人数"], Layout.LIST, Subject.EVENT),
    # (u355: a 个体经营户's 户主 is the one who runs it, no household's head)
    ("第五次全国经济普查个体经营户清查表", ["个体户名称（字号）", "户主姓名", "公民身份号码", "经营地址", "联系电话（手机）"],
     Layout.CARD, Subject.ORGANISATION),
    # (u351: each row a patch the survey found, whoever its 当事人 is)
    ("违法占用林地图斑核查整改台账", ["图斑编号", "乡镇", "行政村", "当事人姓名", "身份证号码", "占地总面积", "发现时间"],
     Layout.LIST, Subject.EVENT),
    # (u604: places before the 图斑 only locate it; the 当事人 a group names is no record)
    ("耕地“非农化”“非粮化”及撂荒问题图斑核查整改台账", ["县（市、区）", "乡镇", "村", "图斑编号", "图斑总面积", "耕地",
                                          "发现时间", "整改措施"], Layout.LIST, Subject.EVENT),
    # (u576: each row a complaint, whoever complains)
    ("农资产品质量投诉举报登记台账", ["投诉日期", "姓名", "联系电话", "住址", "单位名称", "产品名称"], Layout.LIST,
     Subject.EVENT),
    # (u573: a police incident each row, whoever acted or was rescued)
    ("见义勇为警情登记台账", ["接警时间", "警情编号", "事发地点", "简要经过", "姓名", "性别", "证件号码", "联系电话"],
     Layout.LIST, Subject.EVENT),
    ("主要指标", ["常住人口", "户籍人口"], Layout.INDICATOR, Subject.AGGREGATE),
    ("在校学生年龄情况", ["计", "17岁及以下", "18岁", "19岁"], Layout.LIST, Subject.AGGREGATE),
    ("", ["行政村", "姓名", "与户主关系", "人数"], Layout.LIST, Subject.PERSON),
    # A house's owner keys a register of buildings: a site, whose address and contact are not a person's.
    ("自建房台账", ["镇乡", "自建房户主名", "地址", "建筑高度", "使用性质", "联系人", "联系方式"], Layout.LIST,
     Subject.ORGANISATION),
    ("", ["产权证号", "产权人", "房屋地址", "建筑面积", "房屋层数"], Layout.LIST, Subject.ORGANISATION),
    # (wf9: the number after the head's name is the head's: each row a household applying, whatever 名单 says)
    ("公共租赁住房（低收入）申请名单", ["居委", "户主姓名", "性别", "年龄", "身份证号", "户口性质", "通讯", "家庭类别"],
     Layout.LIST, Subject.HOUSEHOLD),
    ("低保对象名单", ["户主姓名", "姓名", "与户主关系", "身份证号"], Layout.LIST, Subject.PERSON),
    # (wf10: each row a house, numbered by the 排查; its 行政区划 only says where — no table of villages)
    ("经营性自建房数据修正统计汇总表", ["行政区划", "建筑地址", "自建房安全排查编号", "土地性质", "房屋用途"], Layout.LIST,
     Subject.ORGANISATION),
    # (u132, u133: a row a patrol or an activity, whoever or wherever it concerns)
    ("青石县田长制巡田工作台账", ["巡查日期", "巡查田长", "村民小组", "发现问题", "当事人"], Layout.LIST, Subject.EVENT),
    ("新时代文明实践站活动台账", ["序号", "活动主题", "活动地点", "参与人数"], Layout.LIST, Subject.EVENT),
    # (u307: a card of one outbreak, its 地址 where it broke out, no one's 现住址)
    ("学校食源性疾病暴发事件流行病学调查登记表", ["事件发生单位", "地址", "首例病例发病时间", "报告时间", "暴露人数", "发病人数"],
     Layout.CARD, Subject.EVENT),
    # (u150, u148: a row a residential compound, a fish farm or a boat, whatever 乡镇 and 村 locate it)
    ("老旧小区消防设施排查整治台账", ["序号", "小区名称", "街道（乡镇）", "社区", "小区地址", "住户数（户）"], Layout.LIST,
     Subject.ORGANISATION),
    ("水产养殖尾水排放情况排查台账", ["序号", "所在乡镇", "养殖主体名称", "养殖证编号", "养殖面积（亩）"], Layout.LIST,
     Subject.ORGANISATION),
    ("退捕渔船渔具回收处置补偿台账", ["序号", "乡镇", "村（社区）", "船主姓名", "船主身份证号码", "船名号", "渔船编码"],
     Layout.LIST, Subject.ORGANISATION),
    # (u249: a 受益对象公示表's row is its buyer's, named by the kind of person they are)
    ("第一批农机购置补贴受益对象公示表", ["序号", "乡镇", "村", "购机者姓名", "机具品目", "购买数量", "单台补贴额"],
     Layout.LIST, Subject.PERSON),
    # (u489: a row a family farm, named before its owner, the 农场主)
    ("2026年省级示范家庭农场申报推荐汇总表", ["县（市、区）", "乡镇", "家庭农场名称", "农场主姓名", "农场主身份证号", "主营产业"],
     Layout.LIST, Subject.ORGANISATION),
    # (u224: a 贴息 ledger's row is its borrower's, whatever 所在乡镇 beside them says)
    ("创业担保贷款财政贴息资金申请台账", ["借款人姓名", "借款人身份证号", "借款人类别", "所在乡镇", "贷款合同号", "贷款金额（万元）"],
     Layout.LIST, Subject.PERSON),
    # (u429: the insured the title names last, whatever scheme's name runs before them; their employer comes first)
    ("企业职工基本养老保险参保人员增员登记表", ["单位编号", "单位名称", "姓名", "证件类型", "证件号码", "性别", "参保日期"],
     Layout.LIST, Subject.PERSON),
    ("企业安全生产标准化达标情况台账", ["企业名称", "统一社会信用代码", "达标等级", "联系人", "联系电话"], Layout.LIST,
     Subject.ORGANISATION),
])
def test_record_subject(title: str, labels: list[str], layout: Layout, expected: Subject) -> None:
    assert record_subject(make_form(title, labels, layout)) is expected


def test_a_villages_post_holder_named_in_its_row_leaves_the_row_the_villages() -> None:
    """u214: 「乡镇 | 村（社区） | 村级档案员 › 姓名 | 联系电话 | 档案室面积」: each row a village, its 档案员 someone it
    names; his 姓名 had met every person register's."""
    archivist = ["村级档案员"]
    form = make_form("村级档案工作情况统计表", ["乡镇", "村（社区）", "姓名", "联系电话", "档案室面积（平方米）"],
                     groups={"姓名": archivist, "联系电话": archivist})
    assert record_subject(form) is Subject.PLACE


@pytest.mark.parametrize(("labels", "expected"), [
    (["姓名（名称）", "性别", "公民身份号码", "联系电话", "住址"], Subject.EVENT),
    # (u439: a party named as a body is read as bodies are; u567: a 仲裁 case's sides, 申请人 | 被申请人, as before)
    (["单位名称", "法定代表人", "住所"], Subject.ORGANISATION),
    (["申请人", "证件号码", "住所", "被申请人"], Subject.PERSON),
])
def test_the_party_named_on_a_case_card_is_no_record(labels: list[str], expected: Subject) -> None:
    """u565: 「当事人情况 › 姓名（名称） | 公民身份号码」 of a 违法建设调查认定审批表 was read as a card about a person,
    and the party met every applicant's and worker's own 姓名 and 公民身份号码: the card is the case's."""
    form = make_form("青石县违法建设调查认定审批表", [*labels, "建设地点", "发现日期"], Layout.CARD,
                     groups={label: ["当事人情况"] for label in labels})
    assert record_subject(form) is expected


def test_place_columns_before_a_name_only_locate_the_person() -> None:
    form = make_form("", ["学期", "省市", "区县", "乡镇", "村组（社区）", "姓名", "身份证号码"])
    assert record_subject(form) is Subject.PERSON


@pytest.mark.parametrize(("title", "expected"), [
    ("城乡最低生活保障对象花名册", "低保对象"),
    ("特困供养人员名册", "特困人员"),
    ("困境儿童动态名单", "困境儿童"),
    ("农村留守儿童台账", "留守儿童"),
    # (wf23: a list of two groups is of either: a 留守 child ticked 是否困境儿童 to reach it, and so the 困境儿童 list)
    ("困境儿童和农村留守儿童台账", "困境儿童和留守儿童"),
    ("城乡低保及特困供养对象花名册", "低保对象和特困人员"),
    ("持证残疾人信息表", "残疾人"),
    ("65周岁以上老年人健康管理名单", "老年人"),
    ("80岁以上高龄津贴发放表", "高龄老人"),
    ("温岭市养老服务补贴名单", "养老服务补贴对象"),  # (wf57: a student reached it, no 是否 column routed it)
    ("防止返贫监测对象信息采集表", "防返贫监测对象"),
    ("就业困难人员认定花名册", "就业困难人员"),
    ("退役军人信息采集表", "退役军人和优抚对象"),
    ("村民基本信息表", None),
    # A register of those who draw a work-injury benefit covers them, not every villager; a social insurance
    # certificate that lists 工伤保险 among the insured risks covers no such group.
    ("领取工伤保险生活护理人员基本情况登记表", "工伤职工"),
    ("领取失业保险金人员名单", "失业人员"),
    ("社会保险参保证明（险种：养老保险、工伤保险、失业保险）", None),
    # Those who left a programme are not its current recipients; a merit scholarship is no need-based aid.
    ("温岭市低保退出人员名单", "低保退出人员"),
    ("国家奖学金获奖学生初审名单", "国家奖学金获奖学生"),  # (wf6: not every pupil of the village)
    ("2025年秋季学期学生花名册", "学生"),
    ("国家励志奖学金获奖学生名单", "家庭经济困难学生"),
    # The two 计划生育 family programmes are told apart: each has its own 扶助类别 (helper-80 saw them merged).
    ("2025年计划生育家庭特别扶助对象资格年审台账", "计划生育特别扶助对象"),
    ("农村部分计划生育家庭奖励扶助对象确认花名册", "计划生育奖励扶助对象"),
    ("人口和计划生育基本情况统计月报表", "育龄妇女"),
    # 《国家基本公共卫生服务规范》's chronic-disease registers each cover their own patients (u61).
    ("桃源镇高血压患者随访管理台账（2025年度）", "高血压患者"),
    ("2型糖尿病患者健康管理服务台账", "2型糖尿病患者"),
    ("严重精神障碍患者管理花名册", "严重精神障碍患者"),
    # A subsidy for the party's elderly members is not every member's (helper-100, helper-105).
    ("重庆市巴南区享受生活补贴老党员登记表", "老党员"),
    # Policy's narrower groups (wf7: a 69-year-old ticked 是否老年人 landed on the 特殊困难老年人 ledger).
    ("流出党员基本信息汇总表", "流出党员"),
    ("附件1 特殊困难老年人基本信息台账", "特殊困难老年人"),
    ("困难残疾人生活补贴发放花名册", "困难残疾人"),
    ("残疾人两项补贴花名册", "残疾人"),
    # Who of the group a title lists (wf5: every 脱贫 farmer went onto a 脱贫家庭学生资助名单, a woman of 78 onto a
    # 60岁以下 list): the students of its families, those of an age or a way of living.
    ("脱贫家庭学生资助名单", "脱贫家庭学生"),
    ("60岁以下独居困难群众基本信息台账", "60岁以下独居困难群众"),
    ("低保对象花名册", "低保对象"),
    # The stage of schooling a title names (wf11: a sixth-grader on a 彩虹助学推荐大学生 list), and a long kind
    # of student kept whole (it was cut to 「等学校国家奖学金获奖学生」), without the class year.
    ("宁波市慈善总会彩虹助学推荐大学生汇总登记表", "家庭经济困难大学生"),
    ("2025年秋季学期义务教育家庭经济困难学生生活补助发放名单", "家庭经济困难义务教育学生"),
    ("学生资助享受情况名单", "家庭经济困难学生"),
    ("学年度普通高等学校国家奖学金获奖学生初审名单表", "普通高等学校国家奖学金获奖学生"),
    ("2017届优秀毕业生推荐表", "优秀学生"),
    # (u254: the families of a dead or disabled only child are their own people, no 育龄妇女; a 参保资助名册 pays a
    # family's medical insurance, no pupil's schooling)
    ("计划生育特殊家庭关怀慰问活动台账", "计划生育特殊家庭"),
    ("全国独生子女伤残死亡家庭特别扶助申请表", "计划生育特殊家庭"),
    ("计划生育特殊家庭成员城乡居民基本医疗保险参保资助名册", "计划生育特殊家庭"),
    ("育龄妇女信息登记表", "育龄妇女"),
    # (u345: a fund paid to both programmes' families is theirs, no 育龄妇女's)
    ("XX县2026年计划生育扶助资金发放明细表", "计划生育扶助对象"),
    # (wf47: a household survey of the 扶贫开发 programme went to every household of the village; its own figures
    # are no group's)
    ("广州市农村扶贫开发“规划到户责任到人”工作2012年度调查表（二）", "脱贫人口"),
    ("扶贫开发工作情况统计表", None),
    # (u499: 《就业促进法》's 零就业家庭 are helped as households, apart from the 就业困难人员 certified one by one)
    ("青溪县零就业家庭动态管理台账", "零就业家庭"),
    ("就业困难人员认定申请表", "就业困难人员"),
])
def test_target_population(title: str, expected: str | None) -> None:
    assert target_population(title) == expected


def test_population_only_for_records_of_people() -> None:
    village_table = make_form("各村低保对象情况统计表", ["村名称", "低保户数", "低保人数"])
    classify_form(village_table)
    assert village_table.subject is Subject.PLACE and village_table.population is None
    roster = make_form("低保对象花名册", ["姓名", "身份证号码", "保障金额"])
    classify_form(roster)
    assert roster.population == "低保对象"


@pytest.mark.parametrize(("title", "expected"), [
    ("有无违法犯罪记录证明", FormKind.ON_DEMAND),
    ("临时救助申请审批表", FormKind.ON_DEMAND),
    ("农民身份协查反馈单", FormKind.ON_DEMAND),
    ("不动产登记信息查询结果", FormKind.ON_DEMAND),
    ("净入库（社保缴费）查询", FormKind.ON_DEMAND),
    ("居住证申领登记表", FormKind.ON_DEMAND),  # (u59: read as a register, its 随迁子女 became its records)
    # (wf33: a taxpayer's, a company's and a title's registration with an office had joined the village 一套表)
    ("税务登记表（适用单位纳税人）", FormKind.ON_DEMAND),
    ("公司登记基本情况", FormKind.ON_DEMAND),
    ("企业国有资产变动产权登记情况表", FormKind.ON_DEMAND),
    ("新设立企业登记名录", FormKind.PERIODIC),
    ("房屋权属信息", FormKind.ON_DEMAND),
    # (u270: one candidate's 职称 application, read as a periodic report, kept its 申报人 apart from every roster's own)
    ("新型职业农民职称申报评审表", FormKind.ON_DEMAND),
    ("2026年城镇老旧小区改造中央预算内投资项目申报表", FormKind.ON_DEMAND),
    ("项目申报情况汇总表", FormKind.PERIODIC),
    ("2024年第三季度低保对象花名册", FormKind.PERIODIC),
    ("畜牧业生产季报", FormKind.PERIODIC),
    ("防返贫监测户台账", FormKind.PERIODIC),
])
def test_form_kind(title: str, expected: FormKind) -> None:
    assert form_kind(make_form(title, ["姓名"])) is expected


def test_word_paragraph_names_an_on_demand_document() -> None:
    form = make_form("交通违法情况", ["违法时间", "违法地点"])
    assert form_kind(form, ["驾驶人安全驾驶信用证明"]) is FormKind.ON_DEMAND


def test_a_table_issued_for_one_case_or_one_person_is_on_demand() -> None:
    """wf17: a car's registration (「出具时间（盖章）：」) and a hospital bill under 「姓名：」 「身份证号码：」 had joined the
    一套表 as reports; a register of villages that names a 联系人 stays a report."""
    car = make_form("浙J车辆登记信息", ["机动车所有人", "号牌种类"], Layout.CARD)
    assert form_kind(car, ["浙J    车辆登记信息", "申请单位：        出具时间（盖章）：   年  月  日"]) is FormKind.ON_DEMAND
    bill = make_form("tt_rsj_cer_509", ["结算日期", "出院日期", "报销金额"])
    assert form_kind(bill, ["表1", "姓名：", "身份证号码："]) is FormKind.ON_DEMAND
    villages = make_form("各村农房排查情况表", ["村名称", "户数"])
    assert form_kind(villages, ["Sheet1", "联系人：张三  联系电话："]) is FormKind.PERIODIC


def test_scan_sets_subject_population_and_kind(sample_forms) -> None:  # type: ignore[no-untyped-def]
    from yitaobiao import scan

    result = scan(sample_forms)
    assert all(form.subject and form.kind for form in result.forms)
    assert any(form.population for form in result.forms)


def test_a_word_files_name_gives_its_group_to_the_table_titled_so(tmp_path: Path) -> None:
    """wf133: 「天台县公共租赁住房（低收入）」 and 「天台县公共租赁住房」, two tables of a file named 公共租赁住房低收入.docx:
    the file's name gave the second the first's 低收入人口, and every low-income household went onto both lists."""
    from yitaobiao import scan
    from yitaobiao.testing import write_docx_blocks

    header = ["序号", "户主姓名", "身份证号", "通讯"]
    write_docx_blocks(tmp_path / "forms" / "民政局" / "公共租赁住房低收入.docx",
                      ["天台县公共租赁住房（低收入）", ([header + ["家庭类别"], [""] * 5], {}),
                       "天台县公共租赁住房", ([header + ["家庭人均收入"], [""] * 5], {})])
    populations = {form.title: form.population for form in scan(tmp_path / "forms").forms}
    # (the second is a 公租房 list of its own — wf150: with no group it took every household filling its 家庭人均收入)
    assert populations == {"天台县公共租赁住房（低收入）": "低收入人口", "天台县公共租赁住房": "公租房保障对象"}, populations


def test_programme_items_of_different_target_groups_stay_apart() -> None:
    from yitaobiao.match import match_fields

    dibao = make_form("低保对象花名册", ["姓名", "申请类别"])
    children = make_form("困境儿童名单", ["姓名", "申请类别"])
    children.id = "F2"
    for n, f in enumerate(children.fields, start=1):
        f.form_id, f.id = "F2", f"F2.{n}"
    for form in (dibao, children):
        classify_form(form)
    match_fields([*dibao.fields, *children.fields], forms=[dibao, children])
    assert dibao.fields[0].concept_id == children.fields[0].concept_id  # 姓名
    assert dibao.fields[1].concept_id != children.fields[1].concept_id  # 申请类别 of two programmes


def test_identity_items_beside_a_named_person_on_a_card_are_that_persons() -> None:
    from yitaobiao.match import match_fields

    card = make_form("核查单", ["企业名称", "负责人", "身份证号码"], layout=Layout.CARD)
    card.fields[1].cell, card.fields[2].cell = "A2", "C2"  # 负责人 | ___ | 身份证号码 | ___ on one row
    roster = make_form("花名册", ["姓名", "身份证号码"])
    roster.id = "F2"
    for n, f in enumerate(roster.fields, start=1):
        f.form_id, f.id = "F2", f"F2.{n}"
    for form in (card, roster):
        classify_form(form)
    match_fields([*card.fields, *roster.fields], forms=[card, roster])
    assert card.fields[2].role == "负责人"
    assert card.fields[2].concept_id != roster.fields[1].concept_id


def test_a_register_of_the_certificates_issued_is_kept_over_time() -> None:
    # (u147: a 签发登记台账 of death certificates was read as one certificate, filled on demand)
    assert form_kind(make_form("居民死亡医学证明（推断）书签发登记台账", ["姓名"])) is FormKind.PERIODIC
    assert form_kind(make_form("居民户籍证明", ["姓名"])) is FormKind.ON_DEMAND


def test_a_letter_asking_another_office_and_one_persons_check_are_on_demand() -> None:
    # (wf20: a 机动车登记证信息 letter, 「……车辆，请您处协助提供以下信息」, and the 出入境记录核查表 card of one person
    # were periodic, and every person of the 一套表 got eleven vehicle columns)
    assert form_kind(make_form("机动车登记证信息", ["车辆类型"], layout=Layout.CARD),
                     ["玉环市交警大队：", "_____车辆，请您处协助提供以下信息；"]) is FormKind.ON_DEMAND
    assert form_kind(make_form("出入境记录核查表", ["姓名", "证件号码"], layout=Layout.CARD)) is FormKind.ON_DEMAND
    assert form_kind(make_form("耕地地力保护补贴面积核实登记表", ["户主姓名"], layout=Layout.CARD)) is FormKind.PERIODIC


def test_a_verification_of_one_case_is_on_demand() -> None:
    assert form_kind(make_form("亲属关系核查", ["姓名"])) is FormKind.ON_DEMAND
    assert form_kind(make_form("死亡人口信息核查表", ["姓名"])) is FormKind.PERIODIC


@pytest.mark.parametrize(("title", "cues", "expected", "source"), [
    ("低保对象花名册（季报）", [], "季报", "标题"),
    ("2025年第三季度城乡低保对象花名册", [], "季报", "标题"),
    ("2025年__月两项补贴发放花名册", [], "月报", "标题"),  # the month left blank to fill: one list a month
    ("2025年度就业登记人员花名册", ["填表日期：2025年  月  日"], "年报", "标题"),
    ("高龄津贴发放花名册", ["填报周期：每月"], "月报", "填报说明"),
    ("村集体经济情况表", ["报送时间：每年1月10日前报上年数据"], "年报", "填报说明"),
    ("党建工作推进情况统计表", ["说明：本表每半年报送一次"], "半年报", "填报说明"),
    ("困难群众台账", ["有变化时及时更新"], "不定期", "填报说明"),
    ("2024年农作物保险投保清单", [], "年报", "标题"),
    ("3月份低保金发放名单", [], "月报", "标题"),
    ("留守儿童信息台账", [], "不定期", "未注明"),
    # A weekly report is filled 52 times a year; a note asking for extra reports in an emergency does not make it
    # irregular (u67).
    ("汛期防灾减灾工作情况周报表", ["说明：遇重大灾情随时报告"], "周报", "标题"),
    ("疫情防控信息统计表", ["填报周期：每周一报送"], "周报", "填报说明"),
    ("安平县生活必需品市场监测日报表", [], "日报", "标题"),
    # (wf5: the year of the disasters a one-off collection asks about is no yearly edition)
    ("（镇街）2024年自然灾害对巩固拓展脱贫攻坚成果工作的影响情况表", [], "不定期", "未注明"),
    # (u147: the deadline's date stands between the cycle and 报)
    ("殡葬改革工作进展情况统计表", ["说明：3.本表于每年12月20日前报县民政局。"], "年报", "填报说明"),
    # (u270: the days after the quarter's end stand there; the title's year is no yearly edition)
    ("2026年高素质农民培育工作进展情况统计表", ["2.本表每季度结束后5日内报市农业农村局。"], "季报", "填报说明"),
    ("美沙酮维持治疗门诊在治人员台账", ["统计月份：    年   月"], "月报", "填报说明"),  # (u271)
    ("学校特种设备安全隐患排查台账", ["说明：每学期开学前报县教育局。"], "半年报", "填报说明"),  # (u269: two terms a year)
    # (u276, u275: a deadline after the quarter; a data source's 年报数 and an item's 年度计划 state no cycle)
    ("户厕改造进展情况统计表", ["请于季后5日内报送"], "季报", "填报说明"),
    ("农村公路与农村客运发展情况统计表", ["说明：3.计划实施里程按年度计划填报，完成里程按交工验收数填报。"], "不定期", "未注明"),
    ("生活垃圾收运处置情况统计表", ["3.户籍人口、常住人口以统计部门年报数为准。"], "不定期", "未注明"),
    ("2026年秋季学期寄宿生生活费补助发放花名册", [], "半年报", "标题"),  # (u277: a term's roster)
    # (u285: the cycle beside changes reported between; a 推送 is a report; u287: the weekday and hour of the
    # deadline; u286: a month left blank after the year)
    ("托育机构从业人员花名册", ["填表说明：1.本表每季度末更新，人员变动的随时报备"], "季报", "填报说明"),
    ("托育机构登记注册信息推送台账", ["4.每月5日前推送上月新设立、变更、注销的托育机构信息。"], "月报", "填报说明"),
    ("春季动物集中免疫进度表", ["说明：每周五下午5点前报镇农业服务中心"], "周报", "填报说明"),
    ("矛盾纠纷排查化解情况汇总表", ["统计时间：2026年    月"], "月报", "填报说明"),
    # (u318: the month after the quarter is the deadline's; the note names a quarterly report)
    ("土地承包管理工作情况季报表", ["2.本表每季度末次月5日前报县农业农村局。"], "季报", "填报说明"),
    # (u404: whose definitions an item follows, 「…口径与文化和旅游统计年报一致」, states no cycle; the month a yearly
    # report is due, 「每年1月报送」, is no 月报; u399: 「结算期间：　年　月」 names the month settled)
    ("A级旅游景区安全检查情况统计表", ["2.“接待游客”“旅游收入”数据口径与文化和旅游统计年报一致。"], "不定期", "未注明"),
    ("村级财务收支情况表", ["说明：本表为年报，每年1月报送乡镇。"], "年报", "填报说明"),
])
def test_report_frequency(title: str, cues: list[str], expected: str, source: str) -> None:
    from yitaobiao.classify import report_frequency

    frequency, found_in = report_frequency(make_form(title, ["姓名"]), cues)
    assert (frequency.label, found_in) == (expected, source)


def test_a_report_named_by_its_file_when_its_sheets_are_titled_by_their_contents() -> None:
    """wf5: the sheets of 农业年报表.xls are titled 「农村基本情况及农业生产条件（一）」 …: the file says 年报."""
    from yitaobiao.classify import report_frequency

    form = make_form("农村基本情况及农业生产条件（一）", ["耕地面积"], Layout.INDICATOR)
    assert report_frequency(form, [], ["Sheet1", "农业年报表"]) == (report_frequency(form, ["年报"])[0], "文件名")
    assert report_frequency(form, [], ["Sheet1", "农业生产情况"])[1] == "未注明"
    assert report_frequency(make_form("畜牧业生产季报", ["存栏"]), [], ["年报"])[1] == "标题"  # the title first


def test_a_column_asking_how_often_something_is_done_states_no_frequency() -> None:
    """wf9: 「社区党组织每半年至少向镇党委专题报告1次抓党建工作情况（是/否）」, a column of a 统计表, made it a 半年报."""
    from yitaobiao.classify import report_frequency

    label = "社区党组织每半年至少向镇党委专题报告1次抓党建工作情况（是/否）"
    form = make_form("社区党建工作重点任务推进情况统计表", ["社区", label])
    assert report_frequency(form, [label]) == (report_frequency(form)[0], "未注明")
    assert report_frequency(form, [label, "说明：本表每季度报送一次"])[0].label == "季报"


def test_a_note_on_how_often_something_else_is_done_states_no_frequency() -> None:
    """u114: 「备注：财务收支每月公开一次」 made a 村务公开登记台账 a 月报; u113: a note on the 年度路况评定 made a 季度 table a
    年报. Only a frequency said of filling or sending the form counts."""
    from yitaobiao.classify import report_frequency

    form = make_form("村（居）务公开登记台账", ["公开日期", "公开事项"])
    assert report_frequency(form, ["备注：财务收支每月公开一次，重大事项随时公开"])[1] == "未注明"
    assert report_frequency(form, ["说明：本台账每月5日前报送乡镇"])[0].label == "月报"
    assert report_frequency(form, ["表号：村公开季报1表"])[0].label == "季报"


def test_frequency_of_an_indicator_table_from_its_period_columns() -> None:
    from yitaobiao.classify import report_frequency

    form = make_form("自然灾害情况统计表", ["受灾人口"], Layout.INDICATOR)
    form.period_columns = ["本月", "本年累计"]
    assert report_frequency(form)[0].label == "月报"


def test_an_on_demand_document_is_filled_when_asked() -> None:
    from yitaobiao.classify import report_frequency

    form = make_form("个人年度医疗费用证明", ["姓名"])
    form.kind = FormKind.ON_DEMAND
    assert report_frequency(form, ["每年"])[0].label == "不定期"


def test_a_table_of_figures_says_when_it_is_filled_once_per_household() -> None:
    from yitaobiao.classify import record_subject
    from yitaobiao.model import Form, Layout, Subject

    form = Form(id="F1", path="q2.xls", sheet="Sheet1", title="扶贫开发调查表（二）", department="", layout=Layout.INDICATOR)
    assert record_subject(form) is Subject.AGGREGATE
    assert record_subject(form, cue_lines=["1.表二适用于填写贫困户帮扶成效，一户贫困户对应填一张表。"]) is Subject.HOUSEHOLD
    assert record_subject(form, cue_lines=["本表一人一表"]) is Subject.PERSON


def test_a_table_of_one_familys_figures_is_a_household_survey_without_a_note() -> None:
    """wf12: a 规划到户 调查表（二） with no note (（二）家庭成员人数, 当年家庭人均年收入, 家庭生产经营收入 …) went to the
    指标 sheet, one column a village: a village could report one household. A village's table counts households."""
    from yitaobiao.classify import record_subject
    from yitaobiao.model import Field, Form, Layout, Subject

    def table(*labels: str) -> Form:
        form = Form(id="F1", path="q2.xls", sheet="Sheet1", title="扶贫开发调查表（二）", department="",
                    layout=Layout.INDICATOR)
        form.fields = [Field(id=f"F1.{n}", form_id="F1", path="q2.xls", sheet="Sheet1", cell=f"B{n}", label=label,
                             header_path=[label]) for n, label in enumerate(labels, start=5)]
        return form

    assert record_subject(table("（二）家庭成员人数", "\u3000\u3000当年家庭人均年收入", "（二）家庭生产经营收入",
                                "1.农业生产经营收入", "（四）家庭财产性收入")) is Subject.HOUSEHOLD
    assert record_subject(table("家庭户数", "家庭成员人数", "家庭人均年收入", "家庭经营收入")) is Subject.AGGREGATE
    assert record_subject(table("贫困户户数", "家庭人均年收入")) is Subject.AGGREGATE


def test_a_list_of_disabled_students_is_its_own_group() -> None:
    """「在校残疾学生名单」 was a list of 学生: every pupil received it (helper-29)."""
    from yitaobiao.classify import target_population

    assert target_population("温岭市在校残疾学生名单") == "残疾学生"
    assert target_population("持证残疾人花名册") == "残疾人" and target_population("在校学生名单") == "学生"


def test_identity_items_right_of_someone_elses_name_in_a_register_are_theirs() -> None:
    from yitaobiao.match import match_fields

    farms = make_form("畜禽养殖场排查登记表", ["养殖场名称", "负责人", "联系电话", "存栏量"])
    shops = make_form("民宿登记表", ["民宿名称", "经营者姓名", "公民身份号码", "联系电话"])
    roster = make_form("老人花名册", ["姓名", "公民身份号码", "联系电话"])
    for n, form in enumerate((farms, shops, roster), start=1):
        form.id = f"F{n}"
        for k, f in enumerate(form.fields, start=1):
            f.form_id, f.id, f.cell = form.id, f"F{n}.{k}", f"{'ABCD'[k - 1]}3"
        classify_form(form)
    match_fields([*farms.fields, *shops.fields, *roster.fields], forms=[farms, shops, roster])
    assert farms.fields[2].role == "负责人"
    assert [f.role for f in shops.fields[1:]] == ["经营者", "经营者", "经营者"]
    assert roster.fields[2].role is None
    assert shops.fields[2].concept_id != roster.fields[1].concept_id
    assert len({farms.fields[2].concept_id, shops.fields[3].concept_id, roster.fields[2].concept_id}) == 3


@pytest.mark.parametrize(("labels", "groups", "expected"), [
    (["小作坊名称", "姓名", "身份证号码", "联系电话"], {"姓名": ["经营者"], "身份证号码": ["经营者"]}, Subject.ORGANISATION),
    (["所属乡镇", "所在村", "站点名称", "姓名", "身份证号"], {"姓名": ["站点负责人"], "身份证号": ["站点负责人"]},
     Subject.ORGANISATION),
    (["房屋地址", "出租间数", "姓名", "联系电话"], {"姓名": ["出租人（房东）"], "联系电话": ["出租人（房东）"]},
     Subject.ORGANISATION),
    (["户编码", "姓名", "公民身份号码", "家庭常住人口"], {"姓名": ["户主"], "公民身份号码": ["户主"]}, Subject.HOUSEHOLD),
    (["姓名", "性别", "课程名称", "培训时间"], {}, Subject.PERSON),
    # (wf14: 「单位（小区）名称」 names the estate a 应急维修核查 card is about; 「单位（个人）名称」 may be a person's)
    (["单位（小区）名称", "地址", "所属街道", "物业企业或管理单位", "联系人"], {}, Subject.ORGANISATION),
    # (and a label with one bracket open is read as it is: it recursed for ever in a 医保参保清理.xls)
    (["姓名", "金额(元", "身份证号"], {}, Subject.PERSON),
    # (u111: the ID number right of a 负责人 column is the manager's, and each row a workshop)
    (["村（居）", "作坊名称", "负责人", "身份证号", "联系方式", "生产地址"], {}, Subject.ORGANISATION),
    (["姓名", "身份证号", "联系人", "联系电话"], {}, Subject.PERSON),
])
def test_a_register_naming_someone_else_for_each_row_is_of_sites(labels: list[str], groups: dict[str, list[str]],
                                                                 expected: Subject) -> None:
    assert record_subject(make_form("登记台账", labels, groups=groups)) is expected


def test_a_list_of_registrations_with_a_period_to_fill_is_a_periodic_register() -> None:
    """u627: 「流动人口动态变更登记表」, rows of people under 「登记周期：2025年　月」, was read as one case's document
    (a 变更登记 filed when something changes); a single change's 登记表 still is one."""
    changes = make_form("流动人口动态变更登记表", ["变动类型", "姓名", "证件号码", "变动日期"])
    changes.period = "月报"
    assert form_kind(changes) is FormKind.PERIODIC
    assert form_kind(make_form("企业变更登记表", ["企业名称", "变更事项"], Layout.CARD)) is FormKind.ON_DEMAND


def test_the_person_who_runs_a_site_for_its_register_leaves_each_row_the_sites() -> None:
    """u621: 「乡镇 | 村名 | 服务站名称 | 承办人情况 › 姓名 | 性别 | 公民身份号码」 of a 服务站建设名册 was read as a roster
    of people, and its 服务站名称 parted from every site register's. The 承办人 runs the site the row is."""
    runner = ["承办人情况"]
    form = make_form("村级便民服务站建设名册", ["乡镇", "村名", "服务站名称", "姓名", "性别", "公民身份号码", "开业日期"],
                     groups={"姓名": runner, "性别": runner, "公民身份号码": runner})
    assert record_subject(form) is Subject.ORGANISATION


def test_an_owner_named_over_a_registers_columns_owns_what_each_row_is() -> None:
    """u413: 「船主情况 › 姓名 | 身份证号码 | 联系电话」 of a 自用船舶安全管理台账 made each row a person, and the owners'
    names, numbers and phones one item with the crew roster's own. Each row is a boat; its owner is its party."""
    groups = {"姓名": ["船主情况"], "身份证号码": ["船主情况"], "联系电话": ["船主情况"]}
    form = make_form("自用船舶安全管理台账", ["所在村（组）", "姓名", "身份证号码", "联系电话", "船舶登记号码", "船长(m)"],
                     groups=groups)
    assert record_subject(form) not in (Subject.PERSON, Subject.HOUSEHOLD)
    cars = make_form("电动自行车登记台账", ["姓名", "联系电话", "车牌号码"], groups={"姓名": ["车主"], "联系电话": ["车主"]})
    assert record_subject(cars) is not Subject.PERSON
    crew = make_form("渡运船员花名册", ["姓名", "身份证号", "手机号码", "适任证书编号"])
    assert record_subject(crew) is Subject.PERSON


def test_the_tables_of_a_letter_with_blanks_in_its_sentences_are_filled_for_one_case() -> None:
    form = make_form("交通违法情况", ["违法时间", "违法地点", "违法行为"])
    prose = "驾驶人姓名：        ，性别：     ，身份证号：               ，该驾驶人安全驾驶信用情况如下："
    assert form_kind(form, [prose, "交通违法情况"]) is FormKind.ON_DEMAND
    assert form_kind(form, ["填报单位：        ", "交通违法情况"]) is FormKind.PERIODIC
    # (wf27: the same letter printed without its commas, and its counts of the case's events)
    bare = "驾驶人姓名：       性别：     身份证号码：                 初次领证日期："
    assert form_kind(form, ["机动车驾驶人安全驾驶信用情况", bare]) is FormKind.ON_DEMAND
    assert form_kind(form, ["从      年     月     至今，违法行为共   起，其中：严重违法行为   起，如下表。"]) \
        is FormKind.ON_DEMAND
    assert form_kind(form, ["填报单位：        填报日期：      ", "交通违法情况"]) is FormKind.PERIODIC
    # (wf29: a vehicle's registration certificate, a land reclamation's acceptance opinion: issued for one case)
    assert form_kind(form, ["机动车登记证书", "注册登记摘要信息栏"]) is FormKind.ON_DEMAND
    assert form_kind(make_form("临时用地复垦验收意见书", ["项目名称"])) is FormKind.ON_DEMAND
    assert form_kind(make_form("持证残疾人情况统计表", ["残疾证号"])) is FormKind.PERIODIC


def test_every_table_of_a_word_document_is_on_demand_when_one_is() -> None:
    from yitaobiao.model import Grid
    from yitaobiao.scan import forms_from_grids

    first = Grid("证明.docx", "表1", [["姓名", "", "性别", ""]], source_format="docx",
                 context=["驾驶人安全驾驶信用情况证明"])
    second = Grid("证明.docx", "表2", [["违法时间", "违法地点", "违法行为"], ["", "", ""]], source_format="docx",
                  context=["交通违法情况"])
    counter = iter(range(1, 10))
    forms = forms_from_grids([first, second], "公安局/jj_376.docx", lambda: f"F{next(counter)}", [], {})
    assert [form.kind for form in forms] == [FormKind.ON_DEMAND, FormKind.ON_DEMAND]


def test_a_register_with_two_sides_lists_cases() -> None:
    """helper-78: a 调解 register's 申请人 › 姓名 | … | 被申请人 › 姓名 was read as a roster of the 申请人, whose name,
    ID and address then met every person's own. Two sides make each row a case between them; a guardian and
    the ward are no sides (the ward is the record)."""
    sides = {"姓名": ["申请人"], "身份证号码": ["申请人"], "住址": ["申请人"], "姓名（名称）": ["被申请人"]}
    case = make_form("人民调解登记台账", ["受理日期", "纠纷类别", "姓名", "身份证号码", "住址", "姓名（名称）"],
                     groups=sides)
    assert record_subject(case) is Subject.EVENT
    other = make_form("排查工作台账", ["排查时间", "纠纷类型", "姓名", "联系电话", "姓名 ", "联系电话 "],
                      groups={"姓名": ["当事人（申请方）"], "联系电话": ["当事人（申请方）"],
                              "姓名 ": ["当事人（对方）"], "联系电话 ": ["当事人（对方）"]})
    assert record_subject(other) is Subject.EVENT
    ward = make_form("困境儿童花名册", ["姓名", "身份证号码", "姓名 "], groups={"姓名": ["被监护人"], "姓名 ": ["监护人"]})
    assert record_subject(ward) is Subject.PERSON


def test_the_payment_a_title_names() -> None:
    from yitaobiao.classify import paid_programme

    assert paid_programme("城关街道2025年居家养老服务补贴对象及服务落实台账") == "居家养老服务补贴"
    assert paid_programme("青禾县居家养老服务补贴申请审批表") == "居家养老服务补贴"
    assert paid_programme("______年度农业机械购置与应用补贴申请表") == "农业机械购置与应用补贴"
    # (u118: a quarter's 台账 pays what the 申请表 asks for; the quarter is no part of the payment's name)
    assert paid_programme("青石镇2024年第二季度灵活就业人员社会保险补贴发放台账") == "灵活就业人员社会保险补贴"
    assert paid_programme("2025年上半年高龄津贴发放花名册") == "高龄津贴"
    # (u499: a month or a quarter left blank is still the period, no part of the programme: 「月公益性岗位补贴」 had kept
    # a 花名册's 岗位补贴标准 apart from every other form's as another programme's)
    assert paid_programme("青溪县2026年__月公益性岗位补贴发放花名册") == "公益性岗位补贴"
    assert paid_programme("2026年第__季度公益性岗位补贴发放表") == "公益性岗位补贴"
    # (u501: a place's suffix, not a word's first character — 市场主体, 区域, 乡村)
    assert paid_programme("秸秆综合利用市场主体补贴项目申报表") == "秸秆综合利用市场主体补贴"
    assert paid_programme("青石镇乡村公益性岗位补贴发放表") == "乡村公益性岗位补贴"
    assert paid_programme("村民基本情况登记表") is None
    # (u70: the 发放标准 of an 优待金 roster and of a 抚恤补助金 one are two benefits' rates)
    assert paid_programme("2025年度义务兵家庭优待金发放花名册") == "义务兵家庭优待金"
    assert paid_programme("独生子女父母奖励金发放台账") == "独生子女父母奖励金"
    # (u160: two reliefs of one county, each its own 申请救助金额; the one a card is for names whom it pays)
    assert paid_programme("冬春临时生活困难救助申请审批表") == "冬春临时生活困难救助"
    assert paid_programme("受灾人员过渡期生活救助申请审批表") == paid_programme("过渡期生活救助人员花名册") == "过渡期生活救助"


def test_the_group_a_yes_no_question_asks_membership_of() -> None:
    from yitaobiao.classify import population_named

    assert population_named("纳入低保") == population_named("低保家庭") == "低保对象"
    assert population_named("脱贫户") == "脱贫人口"
    assert population_named("有残疾人") is None  # someone in the family is: not whether the person is
    # (u94: 「是否享受城乡低保」, 「是否纳入特困人员救助供养」 stood apart from 是否低保对象, 是否特困供养人员)
    assert population_named("享受城乡低保") == "低保对象"
    assert population_named("纳入特困人员救助供养") == population_named("特困供养人员") == "特困人员"
    assert population_named("享受城市低保") is None and population_named("城乡居民") is None


def test_a_newspaper_named_in_a_template_states_no_frequency() -> None:
    """Review of this round: 「广州日报」, a newspaper named in six real 扶贫 questionnaires, was read as their cycle
    (日报, 365 fills a year) and raised the notice's 全年填报项次; a report's own name still states it."""
    from yitaobiao.classify import FREQUENCY_CUE_RE, frequency_in

    assert not FREQUENCY_CUE_RE.search("广州日报") and frequency_in("据广州日报报道") is None
    assert frequency_in("生活必需品市场监测日报表").label == "日报" and frequency_in("低保名单（周报）").label == "周报"
    assert frequency_in("请于每周一报送").label == "周报"


def test_a_villages_card_is_a_place_whatever_names_its_secretary() -> None:
    # (u85: 「行政村名称 | 所属乡镇」 over 户籍户数 … with 村党组织书记 › 姓名 was read as a person's card)
    from yitaobiao.model import Field, Form, Layout

    form = Form(id="F1", path="a.xlsx", sheet="Sheet1", title="石桥镇村庄基本情况调查表", department="", layout=Layout.CARD)
    labels = [("行政村名称", ()), ("所属乡镇", ()), ("姓名", ("村党组织书记",)), ("联系电话", ("村党组织书记",)),
              ("户籍户数（户）", ()), ("户籍人口（人）", ())]
    form.fields = [Field(id=f"F1.{n}", form_id="F1", path="a.xlsx", sheet="Sheet1", cell=f"A{n}", label=label,
                         header_path=[*groups, label]) for n, (label, groups) in enumerate(labels, start=1)]
    assert record_subject(form) is Subject.PLACE


def test_the_two_sides_of_a_dispute_are_named_with_what_they_are() -> None:
    """u143: 「申请人（一方当事人） | 被申请人（另一方当事人）」 of a 矛盾纠纷 ledger were no two sides (too long with their
    brackets), and the applicant's 姓名, ID and phone became the record's own."""
    from yitaobiao.classify import party_sides

    assert party_sides(["当事人基本情况", "申请人（一方当事人）", "被申请人（另一方当事人）"]) == {
        "申请人(一方当事人)", "被申请人(另一方当事人)"}
    assert party_sides(["申请人", "被申请人"]) == {"申请人", "被申请人"}


def test_an_employer_section_does_not_make_a_persons_card_the_bodys() -> None:
    """u184: a 职业病报告卡 opens with 「一、用人单位信息 › 用人单位名称 | 统一社会信用代码」 and then 「二、患者基本信息 ›
    姓名 | 有效身份证件号码」: the employer of the patient the card is about, not the record. A register of units
    still is of its units."""
    groups = {"用人单位名称": ["一、用人单位信息"], "统一社会信用代码": ["一、用人单位信息"], "经济类型": ["一、用人单位信息"],
              "姓名": ["二、患者基本信息"], "性别": ["二、患者基本信息"], "有效身份证件号码": ["二、患者基本信息"]}
    card = make_form("职业病报告卡", list(groups), Layout.CARD, groups=groups)
    assert record_subject(card) is Subject.PERSON
    register = make_form("用人单位参保及用工情况摸排台账", ["用人单位名称", "统一社会信用代码", "法定代表人", "从业人员数"])
    assert record_subject(register) is Subject.ORGANISATION


def test_ages_in_full_years_and_the_next_months_deadline() -> None:
    """u185: 「年龄按周岁计算…本表每季度末更新一次」 made a roster weekly (52 fills a year of every item it asks);
    「于次月5日前报送」 says monthly."""
    from yitaobiao.classify import frequency_in
    from yitaobiao.model import Frequency

    assert frequency_in("年龄按周岁计算，本表每季度末更新一次") is Frequency.QUARTERLY
    assert frequency_in("结算表于次月5日前报县民政局") is Frequency.MONTHLY
    assert frequency_in("每周五报送") is Frequency.WEEKLY


def test_a_members_name_after_the_heads_makes_a_roster_of_members() -> None:
    # (u196: 「户编号 | 户主姓名 | 成员姓名 | 证件号码」 of a 股份量化台账 lists each member, filed under the household)
    members = make_form("成员股份量化台账", ["户编号", "户主姓名", "成员姓名", "证件号码", "农龄（年）", "人口股"])
    assert record_subject(members) is Subject.PERSON
    heads = make_form("公共租赁住房申请名单", ["户主姓名", "性别", "年龄", "身份证号", "家庭人口"])
    assert record_subject(heads) is Subject.HOUSEHOLD


def test_a_tables_note_naming_whose_copy_it_is_names_its_people() -> None:
    """wf44: a 调查表（二） whose notes say 「一户贫困户对应填一张表」 covered no group: every household that gave its
    家庭人口数 in the 一套表 was sent the poverty survey."""
    form = make_form("农村扶贫开发工作调查表（二）", ["家庭人口数", "人均年收入"], Layout.INDICATOR, units={"家庭人口数": "人"})
    classify_form(form, cue_lines=["说明：1.表二适用于填写贫困户帮扶工作和帮扶成效，一户贫困户对应填一张表。"])
    assert form.subject is Subject.HOUSEHOLD and form.population == "脱贫人口"
    village = make_form("农村扶贫开发工作调查表（一）", ["户籍人口", "贫困户户数"], Layout.INDICATOR)
    classify_form(village, cue_lines=["说明：本表由各村填报。"])
    assert village.population is None


def test_a_shop_named_under_its_operators_section_is_the_row() -> None:
    """u268: 「所在乡镇 | 经营者基本情况 › 店铺名称 | 统一社会信用代码 | 经营者姓名」 of a 小餐饮经营登记台账: each row a
    shop, whoever runs it. Read as a table of towns, its per-shop 持健康证明人数 met a town's total."""
    operator = ["经营者基本情况"]
    form = make_form("临江县小餐饮经营登记台账", ["所在乡镇（街道）", "店铺名称", "统一社会信用代码", "经营者姓名", "身份证号码"],
                     groups={"店铺名称": operator, "统一社会信用代码": operator, "经营者姓名": operator, "身份证号码": operator})
    assert record_subject(form) is Subject.ORGANISATION


def test_a_years_edition_filled_each_quarter_is_quarterly() -> None:
    """u276: 「平山县2026年农村户厕改造进展情况统计表」 with 「2026年第  季度」 to fill in was read 年报 from its title."""
    from yitaobiao.classify import report_frequency

    form = make_form("平山县2026年农村户厕改造进展情况统计表", ["改造户厕数"])
    form.period = "季报"
    assert report_frequency(form) == (report_frequency(make_form("季报", ["x"]))[0], "报告期")


def test_this_years_and_last_years_columns_make_a_yearly_table() -> None:
    """u277, u280: a table of 本年 | 上年同期 columns, no month or quarter beside them, was 不定期."""
    from yitaobiao.classify import report_frequency

    form = make_form("教育帮扶情况统计表", ["在校学生数"])
    form.period_columns = ["本年", "上年同期"]
    assert report_frequency(form) == (report_frequency(make_form("年报", ["x"]))[0], "表头")
    form.period_columns = ["本季", "本年累计"]
    assert report_frequency(form)[0] == report_frequency(make_form("季报", ["x"]))[0]
    form.period_columns = ["本学年", "上学年"]  # (u285: a school year's table)
    assert report_frequency(form) == (report_frequency(make_form("年报", ["x"]))[0], "表头")


def test_a_register_of_wards_lists_them_whoever_guards_them() -> None:
    """u280: 「乡镇 | 村 | 被监护人情况 › 姓名 | 身份证号 | 监护人情况 › 姓名」 of a 特殊人群监护责任落实台账: each row a
    ward. 被监护人 was read as someone the record names, and the register as one of 单位."""
    ward, guard = ["被监护人情况"], ["监护人情况"]
    form = make_form("森林防火特殊人群监护责任落实台账", ["乡镇", "村", "姓名", "性别", "身份证号", "监护人姓名", "联系电话"],
                     groups={"姓名": ward, "性别": ward, "身份证号": ward, "监护人姓名": guard, "联系电话": guard})
    assert record_subject(form) is Subject.PERSON


def test_whom_a_body_files_a_card_about_is_whom_it_describes() -> None:
    """u395: 「查询申请人 › 申请单位 | 经办人 | 经办人证件号码 … 被查询人 › 姓名 | 证件号码」 of a 不动产登记资料查询申请书
    was a card of 单位, its 被查询人 someone it names."""
    applicant, queried = ["查询申请人"], ["被查询人"]
    form = make_form("不动产登记资料查询申请书", ["申请单位", "经办人", "经办人证件号码", "联系电话", "姓名", "证件号码"],
                     groups={"申请单位": applicant, "经办人": applicant, "经办人证件号码": applicant,
                             "联系电话": applicant, "姓名": queried, "证件号码": queried})
    form.layout = Layout.CARD
    assert record_subject(form) is Subject.PERSON


def _grouped_form(title: str, labels: list[tuple[str, tuple[str, ...]]], layout: Layout = Layout.LIST) -> Form:
    form = Form(id="F1", path="a.xlsx", sheet="Sheet1", title=title, department="", layout=layout)
    form.fields = [Field(id=f"F1.{n}", form_id="F1", path="a.xlsx", sheet="Sheet1", cell=f"A{n}", label=label,
                         header_path=[*groups, label]) for n, (label, groups) in enumerate(labels, start=1)]
    return form


def test_a_heads_section_names_the_household_a_row_is() -> None:
    """u366: 「住户编码 | 户主情况 › 姓名 | 公民身份号码 | 户籍人口 | 常住人口」 of a 住户清查表 was a roster of people; a
    roster of members under their head, or of pupils under a 低保户主情况 (its 保障类别 names no one), stays one."""
    head = ("户主情况",)
    census = _grouped_form("普查小区住户清查表", [("住户编码", ()), ("姓名", head), ("公民身份号码", head),
                                                ("联系电话", head), ("户籍人口", ("人口情况",))])
    assert record_subject(census) is Subject.HOUSEHOLD
    members = _grouped_form("劳动力资源调查花名册", [
        ("村民小组", ()), ("姓名", head), ("家庭人口数", head), ("姓名 ", ("家庭成员情况", "基本信息")),
        ("与户主关系", ("家庭成员情况", "基本信息")), ("公民身份号码", ("家庭成员情况", "基本信息"))])
    assert record_subject(members) is Subject.PERSON
    pupils = _grouped_form("低保家庭义务教育阶段学生名册", [
        ("户主姓名", ("低保户主情况",)), ("户主身份证号", ("低保户主情况",)), ("保障类别", ("低保户主情况",)),
        ("保障人口数", ("低保户主情况",)), ("学生姓名", ("在校学生情况",)), ("身份证号", ("在校学生情况",))])
    assert record_subject(pupils) is Subject.PERSON


def test_a_group_the_title_names_comes_before_its_columns() -> None:
    """u548: 民政's 「农村低收入人口动态监测信息台账」 asks 是否防返贫监测对象 of each row; it is still a register of
    低收入人口, not of 乡村振兴's monitored households."""
    title = "青川县农村低收入人口动态监测信息台账"
    assert target_population(title, ["是否防返贫监测对象", "监测对象类型"]) == "低收入人口"
    assert target_population("入户核查表", ["防返贫监测对象类型"]) == "防返贫监测对象"
