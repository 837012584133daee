"""Subjects and context decide the data item (issue 9): one test per rule, with wordings written for them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from heldout_context_wordings import HELDOUT_CONTEXT_PAIRS, HELDOUT_PLAIN_PAIRS
from hypothesis import given, settings
from hypothesis import strategies as st

from yitaobiao.classify import target_population
from yitaobiao.match import KeyMaker, explain, match_fields
from yitaobiao.model import Field, Form, Layout, Subject
from yitaobiao.synonyms import load_synonyms

SYN = load_synonyms()
MAKER = KeyMaker(SYN)



def concept_by_cell(root: Path) -> dict[tuple[str, str], str]:
    """Scan a folder of templates: the concept of each field, by its department folder and cell."""
    from yitaobiao.scan import scan

    result = scan(root)
    concept_of = {fid: c.id for c in result.concepts for fid in c.field_ids}
    return {(f.path.split("/")[0], f.cell): concept_of[f.id] for f in result.fields}

def field(fid: str, label: str, context: tuple[str, ...] = ()) -> Field:
    form_id = fid.split(".")[0]
    return Field(id=fid, form_id=form_id, path=f"{form_id}.xlsx", sheet="Sheet1", cell="A1", label=label,
                 header_path=[*context, label], department=form_id)


def at(fid: str, cell: str, label: str, *context: str) -> Field:
    """A field at a cell of its form (card rows and register columns are read by where they stand)."""
    f = field(fid, label, context)
    f.cell = cell
    return f


def forms_of(layout: object, *subjects: Subject) -> list[object]:
    """Forms F1, F2 … of one layout whose records are the given subjects."""
    from yitaobiao.model import Form

    return [Form(id=f"F{n}", path=f"F{n}.xlsx", sheet="Sheet1", title=f"F{n}", department=f"F{n}", layout=layout,
                 subject=subject) for n, subject in enumerate(subjects, start=1)]


def same(fields: list[Field], a: str, b: str) -> bool:
    by_id = {f.id: f for f in fields}
    return by_id[a].concept_id == by_id[b].concept_id


def match_titled(fields: list[Field], titles: dict[str, str], layout: str = "list") -> list[object]:
    """Match fields of person registers F1, F2 … whose titles are given; the forms made."""
    from yitaobiao.model import Form

    forms = [Form(id=fid, path=f"{fid}.xlsx", sheet="Sheet1", title=title, department=fid, layout=layout,
                  subject=Subject.PERSON) for fid, title in titles.items()]
    for f in fields:
        f.form_title = titles[f.form_id]
    match_fields(fields, SYN, forms=forms)
    return forms


def test_other_people_named_in_the_label() -> None:
    assert MAKER.key("管护责任人电话").role == "管护责任人"
    assert MAKER.key("网格员手机号").role == "网格员"
    assert not explain("监管人联系电话", "联系电话").same
    assert not explain("紧急联系人电话", "联系人电话").same  # a relative is not the contact of a site
    assert not explain("企业联系人电话", "站点联系人电话").same  # whose contact: the word in front decides
    # (u208: an advisor is someone; the village's 法律顾问 is the 法律顾问 a 示范村 card names; 村主任 stays whole)
    assert MAKER.key("法律顾问姓名").role == "法律顾问" and MAKER.key("姓名", ["村（居）法律顾问"]).role == "法律顾问"
    assert MAKER.key("姓名", ["村主任"]).role == "村主任"


def test_person_words_that_are_not_other_people() -> None:
    assert MAKER.key("被监护人姓名").role is None
    assert MAKER.key("脱贫户主要收入来源").role is None
    assert MAKER.key("与户主关系").role is None
    assert MAKER.key("农户户主姓名").role == "户主"


def test_a_bare_role_word_is_that_persons_name() -> None:
    for word in ("户主", "监护人", "联系人", "户主名"):
        key = MAKER.key(word)
        assert key.role is not None, word
        assert key.canonical in (key.role + "姓名", SYN.lookup(key.role + "姓名")), word
    # (u42: 「申请户 › 户主」 under a household's header is still the head's name, not an item 「申请户户主」)
    assert MAKER.key("户主", ("申请户",)).canonical == MAKER.key("户主姓名").canonical


def test_a_person_word_that_names_an_item_is_that_item() -> None:
    assert explain("帮扶责任人姓名", "帮扶责任人").same  # the table's 帮扶责任人 is the helper's name
    assert explain("与户主之间的关系", "与户主关系").same


def test_a_persons_own_income_is_whoever_the_header_names() -> None:
    member = MAKER.key("年收入（元）", ("家庭成员情况",))
    assert (member.role, member.canonical) == ("家庭成员", "家庭成员年收入")
    assert MAKER.key("家庭成员年收入").canonical == "家庭成员年收入"  # the same item, written out
    assert MAKER.key("年收入").canonical == "个人年收入" and not explain("年收入", "家庭成员年收入").same


def test_a_label_and_its_negation_are_two_answers() -> None:
    """已享受 / 未享受 scored 0.89 and merged: a cadre's 1 under 已享受 came out under 未享受 in the department's form."""
    assert not explain("已享受房屋改造政策", "未享受房屋改造政策").same
    assert not explain("已婚", "未婚").same
    fields = [field("F1.1", "已享受房屋改造政策", ("唯一土坯房",)), field("F1.2", "未享受房屋改造政策", ("唯一土坯房",)),
              field("F2.1", "未享受任何房屋改造政策", ("享受房屋改造政策情况",))]
    match_fields(fields, SYN)
    assert not same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.1")


def test_columns_under_a_data_item_break_it_down() -> None:
    """「联系人电话 › 村、社区 | 本人或亲属」: whose phone, not the village; 「耕地面积 › 水田」: the paddy part of the
    arable land, not the paddy fields a disaster form counts. Attributes have no parts: a label under 身份证号码
    stands there by a slip of the layout and keeps its own reading."""
    village = MAKER.key("村、社区", ("联系人电话",))
    assert (village.role, village.text) == ("联系人", "联系人电话村、社区")
    assert MAKER.key("水田", ("耕地面积",)).text != MAKER.key("水田", ("受灾面积",)).text
    assert MAKER.key("结算日期", ("身份证号码",)).text == "结算日期"
    fields = [field("F1.1", "村、社区", ("联系人电话",)), field("F2.1", "所属村"), field("F3.1", "村（社区）")]
    match_fields(fields, SYN)
    assert not same(fields, "F1.1", "F2.1") and same(fields, "F2.1", "F3.1")


def test_only_a_count_matches_a_count_by_its_words() -> None:
    """「死亡人员（要暂停√）」 ticks a person on a register; it was read as 死亡人口数, and a cadre typed 120 into the
    一套表's column of that name (helper-20)."""
    assert MAKER.key("死亡人员（要暂停√）").canonical is None
    assert MAKER.key("死亡人数").canonical == MAKER.key("死亡人口数").canonical == "死亡人口数"


def test_a_registering_body_is_the_registrations_of_its_form() -> None:
    """登记机关 of a marriage, of a company and of a vehicle were one item of the 一套表 (helper-21): without a header
    saying whose registration, 登记机关 and 登记日期 are matched only inside their form."""
    fields = [field("F1.1", "登记机关"), field("F2.1", "登记机关"), field("F3.1", "登记机关", ("婚姻登记",)),
              field("F4.1", "登记机关", ("婚姻登记",))]
    match_fields(fields, SYN)
    assert not same(fields, "F1.1", "F2.1") and same(fields, "F3.1", "F4.1")


def test_a_longer_section_heading_still_says_whose_rows_follow() -> None:
    """「申请人及共同生活的家庭成员月收入状况 › 姓名」 lists the family: its names were merged with the applicant's own
    (helper-21, 法律援助申请人经济状况证明表). A sentence naming someone in passing still names no one."""
    member = MAKER.key("姓名", ("申请人及共同生活的家庭成员月收入状况",))
    assert member.role == "家庭成员"
    assert MAKER.key("姓名", ("请如实填写，如有家庭成员外出务工请注明",)).role is None


def test_an_item_asked_in_several_sections_pairs_by_section_not_by_order() -> None:
    """This year's table asks 帮扶单位自筹资金 under three sections, last year's under two (no 路灯建设): paired by
    their order, last year's 二次改水 amount joined this year's 路灯建设 one (helper-22)."""
    new = [field("F1.1", "2.帮扶单位自筹资金", ("（一）危房改造",)), field("F1.2", "2.帮扶单位自筹资金", ("（二）路灯建设",)),
           field("F1.3", "3.帮扶单位自筹资金", ("（三）二次改水",))]
    old = [field("F2.1", "2.帮扶单位自筹资金", ("（一）危房改造",)), field("F2.2", "3.帮扶单位自筹资金", ("（二）二次改水",))]
    match_fields([*new, *old], SYN)
    fields = [*new, *old]
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.3", "F2.2") and not same(fields, "F1.2", "F2.2")


def test_an_item_under_no_section_joins_the_section_its_form_is_about() -> None:
    """A 医保 table asks 参保人数 under 一、城乡居民基本医疗保险 and 五、长期护理保险: a 养老保险 form's bare 参保人数
    joined the first section's and merged two schemes (helper-50). A form titled by one of the sections joins that
    one; a card's unsectioned 姓名 still goes with the first, not alone."""
    table = [field("F1.1", "1.参保人数", ("一、城乡居民基本医疗保险",)), field("F1.2", "1.参保人数", ("五、长期护理保险",))]
    pension, care, card = field("F2.1", "一、参保人数"), field("F3.1", "参保人数"), field("F4.1", "参保人数")
    pension.form_title, care.form_title = "城乡居民养老保险待遇领取情况统计表", "长期护理保险参保情况表"
    card.form_title = "参保登记表"
    fields = [*table, pension, care, card]
    match_fields(fields, SYN)
    assert not same(fields, "F2.1", "F1.1") and not same(fields, "F2.1", "F1.2")
    assert same(fields, "F3.1", "F1.2") and same(fields, "F4.1", "F1.1")


def test_the_phone_of_a_family_contact_section_is_the_familys() -> None:
    """「家庭通讯信息 › 联系电话」 on a student's survey is the family's phone: it was merged with the students' own
    (helper-21; a hard negative of real_forms_more). A 「家庭基本情况」 section of a household register is the record's."""
    assert MAKER.key("联系电话", ("家庭通讯信息",)).text == MAKER.key("家庭联系电话").text == "家庭联系电话"
    assert not explain("联系电话", "联系电话", context_b=["家庭通讯信息"]).same
    assert MAKER.key("联系电话", ("家庭基本情况",)).canonical == "联系电话"


def test_any_header_level_names_the_subject() -> None:
    deep = MAKER.key("电话", ("困境儿童台账", "负责人", "联系方式"))
    assert deep.role == "负责人"
    assert not explain("姓名", "姓名", context_a=["巡查责任人"]).same


def test_relations_to_different_people_differ() -> None:
    assert not explain("与户主关系", "与申请人关系").same
    assert not explain("与户主的关系", "与本人关系").same


def test_household_record_gives_the_id_beside_the_head_to_the_head() -> None:
    fields = [field("F1.1", "户主姓名"), field("F1.2", "身份证号"), field("F1.3", "家庭人口数"),
              field("F2.1", "姓名"), field("F2.2", "公民身份号码"), field("F2.3", "户主姓名"),
              field("F3.1", "户主身份证号码")]
    match_fields(fields, SYN)
    assert same(fields, "F1.2", "F3.1") and not same(fields, "F1.2", "F2.2")
    assert fields[1].role == "户主" and fields[4].role is None  # a person roster keeps its own ID


def test_the_head_owns_identity_items_whatever_the_record_is_called() -> None:
    from yitaobiao.model import Form, Layout

    fields = [field("F1.1", "户主姓名"), field("F1.2", "身份证号"), field("F2.1", "公民身份号码"),
              field("F3.1", "户主身份证号")]
    forms = [Form(id=fid, path=f"{fid}.xlsx", sheet="Sheet1", title=fid, department=fid, layout=Layout.LIST,
                  subject=subject) for fid, subject in (("F1", Subject.PERSON), ("F2", Subject.PERSON), ("F3", None))]
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.2", "F3.1") and not same(fields, "F1.2", "F2.1")

def test_a_household_row_keyed_by_the_heads_name_gives_the_phone_to_the_head() -> None:
    """A 水费收缴台账 row 「户主姓名 | 水表编号 | 联系电话」 is called on the head's phone; a 确权台账 whose
    「户主情况」 group spans 姓名 and 身份证号 leaves the phone outside it to the household."""
    fields = [field("F1.1", "户主姓名"), field("F1.2", "水表编号"), field("F1.3", "联系电话"),
              field("F2.1", "户主联系电话"),
              field("F3.1", "姓名"), field("F3.2", "手机号码"),
              field("F4.1", "姓名", ("户主情况",)), field("F4.2", "身份证号", ("户主情况",)), field("F4.3", "电话号码")]
    match_fields(fields, SYN)
    assert same(fields, "F1.3", "F2.1") and not same(fields, "F1.3", "F3.2")
    assert same(fields, "F4.3", "F3.2") and not same(fields, "F4.3", "F2.1")



def test_a_roster_of_children_names_its_subject() -> None:
    fields = [field("F1.1", "子女姓名"), field("F1.2", "子女性别"), field("F1.3", "母亲姓名"),
              field("F2.1", "姓名"), field("F2.2", "性别"), field("F3.1", "母亲姓名")]
    match_fields(fields, SYN)
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2")
    assert same(fields, "F1.3", "F3.1") and not same(fields, "F1.3", "F2.1")


def test_period_and_state_headers_qualify() -> None:
    assert not explain("能繁母猪", "能繁母猪", context_a=["本月存栏"]).same
    assert explain("出栏", "本季出栏", context_a=["本季"]).same
    assert not explain("户数", "户数", context_a=["当年新增"], context_b=["当年减少"]).same
    assert "限定不同" in " ".join(explain("受助人次", "受助人次", context_a=["累计"]).reasons)


def test_a_span_since_an_event_is_a_cumulative_header() -> None:
    """u513: 「开工以来累计 › 应发工资」 of a project's monthly pay report met a roster's month's 应发工资 (a look-alike):
    a header counting from an event to now (以来, 至今, 截至…累计) is the 累计 figure."""
    for since in ("开工以来累计", "自开工以来", "截至本月累计", "建档以来"):
        assert not explain("应发工资", "应发工资", context_a=[since]).same, since
    assert explain("应发工资", "累计应发工资", context_a=["开工以来累计"]).same


def test_a_qualifier_in_the_header_or_in_the_label_is_one_item() -> None:
    assert explain("五保户", "无劳动能力五保户", context_a=["无劳动能力"]).same
    assert not explain("五保户", "五保户", context_a=["无劳动能力"]).same


def test_bare_labels_are_read_with_their_header() -> None:
    assert MAKER.key("存栏", ("家禽", "鸭")).text == "鸭存栏"
    assert MAKER.key("合计", ("家禽", "鸭", "出栏")).text == "鸭出栏"  # a total is its header's item
    assert not explain("其他", "其他", context_a=["残疾类别"], context_b=["致贫原因"]).same
    assert not explain("小计", "小计", context_a=["种植业"], context_b=["养殖业"]).same
    assert explain("备注", "备注").same  # a remark column stays one item across forms


def test_a_label_going_on_from_its_headers_last_word_is_read_whole() -> None:
    # (u611: 「水费收缴 › 收缴率」 of a monthly report stood apart from another form's 「水费收缴率」)
    assert MAKER.key("收缴率", ("水费收缴",)).text == "水费收缴率"
    assert MAKER.key("鉴定等级", ("住房安全鉴定",)).text == MAKER.key("房屋安全鉴定等级").text  # (u601)
    assert MAKER.key("变更前", ("姓名变更情况",)).text == "姓名变更前"
    assert not explain("收缴率", "收缴率", context_a=["水费收缴"], context_b=["电费收缴"]).same
    # a date names its event itself; a stage word is no more than a stage
    assert explain("确认日期", "确认时间", context_a=["成员身份确认"]).same
    assert MAKER.key("管护区域", ("拟管护",)).text != "拟管护区域"


def test_sections_and_sentences_do_not_qualify() -> None:
    assert explain("学历", "文化程度", context_a=["学生基本情况"]).same
    assert MAKER.key("其他", ("请如实填写，不得漏报。",)).text == "其他"


def test_options_as_the_header() -> None:
    assert MAKER.key("□男 □女").canonical == "性别"
    assert MAKER.key("未婚/已婚/丧偶").canonical == "婚姻状况"
    assert MAKER.key("是/否", ("参加新农合",)).text == "是否参加新农合"
    assert MAKER.key("男/群众").canonical is None  # options of two different items ask for neither
    assert MAKER.key("□汉族 □满族 □其他").canonical == "民族"  # a catch-all option does not hide the item
    assert MAKER.key("配偶/子/女/其他亲属").canonical == "与户主关系"  # 女 is also a 性别, but not 配偶
    assert MAKER.key("血型代码").canonical == MAKER.key("□A型□B型□O型□AB型").canonical == "血型"


def test_review_key_carries_the_qualifying_header() -> None:
    fields = [field("F1.1", "存栏", ("本季",)), field("F2.1", "存栏", ("本月",))]
    match_fields(fields, SYN)
    assert fields[0].label_key != fields[1].label_key
    assert "本季" in fields[0].label_key


def test_held_out_context_wordings() -> None:
    """Wordings written before the rules were tuned; the score is reported in the closing note."""
    wrong = [(a, ca, b, cb) for a, ca, b, cb, want in HELDOUT_CONTEXT_PAIRS if explain(a, b, ca, cb).same != want]
    assert len(wrong) <= 2, wrong
    plain = [(a, b) for a, b, want in HELDOUT_PLAIN_PAIRS if explain(a, b).same != want]
    assert len(plain) <= 2, plain


def test_explain_says_what_the_context_decided() -> None:
    result = explain("联系电话", "联系电话", context_a=["监护人情况"])
    assert not result.same
    assert result.reasons[0].startswith("读作「监护人 › 联系电话」≠「联系电话」：所属对象不同")
    assert explain("合计", "鸭出栏", context_a=["家禽", "鸭", "出栏"]).reasons[0] == "读作「鸭 › 出栏 › 合计」=「鸭出栏」"


def test_review_workbook_shows_how_a_field_was_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from yitaobiao.model import Form, Layout, ScanResult
    from yitaobiao.review import write_review

    fields = [field("F1.1", "联系电话", ("监护人情况",)), field("F1.2", "手机", ("监护人情况",)),
              field("F2.1", "监护人电话"), field("F3.1", "联系电话")]
    forms = [Form(id=fid, path=f"{fid}.xlsx", sheet="Sheet1", title=f"表{fid}", department=fid, layout=Layout.LIST,
                  fields=[f for f in fields if f.form_id == fid]) for fid in ("F1", "F2", "F3")]
    result = ScanResult(root=str(tmp_path), forms=forms)
    matched = match_fields(fields, SYN, forms=forms)
    result.concepts, result.near_misses = matched.concepts, matched.near_misses
    out = tmp_path / "审核表.xlsx"
    write_review(result, out)
    cells = [c for row in load_workbook(out)["审核表"].iter_rows(min_row=2, values_only=True) for c in row[3:6:2]]
    assert "联系电话（读作「监护人 › 联系电话」）" in cells


def test_a_kind_of_person_is_not_someones_name() -> None:
    assert MAKER.key("独生子女").role is None
    assert MAKER.key("五保户户主").role is None
    assert MAKER.key("企业联系人").role == "企业联系人"  # whoever does the job: that person's name
    assert MAKER.key("危房户户主名").role == "户主"
    assert MAKER.key("帮扶人数").role is None and MAKER.key("监护人次").role is None  # counts of people


def test_a_card_repeating_a_few_labels_asks_them_for_someone_else() -> None:
    # A student card with a family table below it: the table's 姓名 is a family member's, not a slot.
    card = [field("F1.1", "姓名"), field("F1.2", "性别"), field("F1.3", "民族"), field("F1.4", "籍贯"),
            field("F1.5", "称谓"), field("F1.6", "姓名"), field("F1.7", "工作单位")]
    blocks = [field(f"F2.{n}", label) for n, label in enumerate(["站点名称", "地址", "站点名称", "地址"], start=1)]
    other = [field("F3.1", "姓名")]
    fields = card + blocks + other
    match_fields(fields, SYN)
    assert same(fields, "F1.1", "F3.1") and not same(fields, "F1.6", "F3.1")
    assert same(fields, "F2.1", "F2.3") and [f.slot for f in blocks] == [1, 1, 2, 2]  # repeated blocks are slots


def test_labels_a_droppable_word_apart_are_one_item() -> None:
    assert explain("所属合作社全称", "所属合作社").same
    assert not explain("所属合作社全称", "所属合作社成员").same
    assert not explain("儿童低保劳动力人数", "低保劳动力人数").same  # 儿童 names a group here, not the subject


def test_options_beside_a_generic_label_name_its_item() -> None:
    assert MAKER.key("类别", options=("未婚", "已婚", "离婚")).canonical == "婚姻状况"
    assert MAKER.key("类别", options=("是", "否")).canonical is None


def test_a_register_of_sites_owns_its_address() -> None:
    from yitaobiao.model import Form, Layout

    fields = [field("F1.1", "场所名称"), field("F1.2", "地址"), field("F1.3", "联系方式"),
              field("F2.1", "姓名"), field("F2.2", "家庭住址"), field("F2.3", "联系电话"),
              field("F3.1", "单位地址"), field("F4.1", "联系人电话")]
    forms = [Form(id=fid, path=f"{fid}.xlsx", sheet="Sheet1", title=fid, department=fid, layout=Layout.LIST,
                  subject=subject)
             for fid, subject in (("F1", Subject.ORGANISATION), ("F2", Subject.PERSON), ("F3", None), ("F4", None))]
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.2", "F3.1") and not same(fields, "F1.2", "F2.2")
    assert same(fields, "F1.3", "F4.1") and not same(fields, "F1.3", "F2.3")


def test_a_generic_label_alone_matches_nothing_in_other_forms() -> None:
    fields = [field("F1.1", "金额"), field("F2.1", "金额"), field("F3.1", "合计", ("医疗救助",)),
              field("F4.1", "医疗救助合计"), field("F5.1", "备注"), field("F6.1", "备注")]
    result = match_fields(fields, SYN)
    assert not same(fields, "F1.1", "F2.1")
    assert same(fields, "F3.1", "F4.1") and same(fields, "F5.1", "F6.1")
    people = [field("F7.1", "关系", ("紧急联系人",)), field("F8.1", "关系", ("紧急联系人信息",))]
    match_fields(people, SYN)
    assert same(people, "F7.1", "F8.1") and people[0].role == "紧急联系人"  # a person header qualifies it
    assert any("泛称" in " ".join(m.reasons) for m in result.near_misses)


_WORDS = ["姓名", "联系电话", "存栏", "合计", "其他", "本月", "监护人", "户主", "有劳动能力", "低保户", "基本情况", "牛",
          "□男□女", "是/否", "身份证号", "负责人", "当年新增", "金额", "情况说明", "家庭成员"]


@settings(deadline=None, max_examples=60)
@given(st.sampled_from(_WORDS), st.lists(st.sampled_from(_WORDS), max_size=3))
def test_a_field_matches_itself_in_the_same_context(label: str, context: list[str]) -> None:
    key = MAKER.key(label, tuple(context))
    assert key.node == MAKER.key(label, tuple(context)).node
    assert explain(label, label, context, context).same


@settings(deadline=None, max_examples=60)
@given(st.sampled_from(_WORDS), st.lists(st.sampled_from(_WORDS), max_size=2),
       st.sampled_from(_WORDS), st.lists(st.sampled_from(_WORDS), max_size=2))
def test_explain_is_symmetric_with_context(a: str, ca: list[str], b: str, cb: list[str]) -> None:
    assert explain(a, b, ca, cb).same == explain(b, a, cb, ca).same


def test_a_bracketed_word_that_names_the_item_is_kept() -> None:
    """「户号（户口簿）」 is the public-security household number, not a village's 农户编号 (a hard negative of
    real_forms_more); a bracketed note that names nothing (a unit, 含…) is still dropped."""
    assert MAKER.key("户号（户口簿）").canonical == MAKER.key("户口簿户号").canonical
    assert not explain("户号（户口簿）", "农户编号").same
    assert MAKER.key("号码（身份证）").canonical == MAKER.key("公民身份号码").canonical
    assert MAKER.key("家庭年收入（含工资性收入）").canonical == MAKER.key("家庭年收入").canonical


def test_an_organisations_section_holds_its_own_address_and_phone() -> None:
    """「民政部门信息 › 联系电话」 is the department's, not the student's or the family's."""
    assert not explain("联系电话", "联系电话", context_a=["民政部门信息"]).same
    assert MAKER.key("联系电话", ("工作单位情况",)).role == "单位"
    assert MAKER.key("单位名称", ("学校基本情况",)).text == "单位名称"


def test_an_organisations_certificate_is_not_a_citizens_id() -> None:
    """「证件类型 | 证件号码」 on a check of a 非自然人 (an enterprise) were merged with every person's 公民身份号码
    (helper-24); a person's form keeps 证件号码 as the ID number."""
    from yitaobiao.model import Layout

    fields = [field("F1.1", "名称"), field("F1.2", "证件类型"), field("F1.3", "证件号码"),
              field("F2.1", "姓名"), field("F2.2", "证件号码"), field("F3.1", "公民身份号码")]
    match_fields(fields, SYN, forms=forms_of(Layout.CARD, Subject.ORGANISATION, Subject.PERSON, Subject.PERSON))
    assert same(fields, "F2.2", "F3.1") and not same(fields, "F1.3", "F3.1")


def test_vocabulary_kept_apart_by_the_standard_meaning() -> None:
    """A registered address is not the premises; a natural village is no villager group; 低保金 and a monthly
    subsidy of another programme are not the 低保 monthly amount (helper-24)."""
    assert not explain("注册地址", "经营场所地址").same
    assert not explain("自然村", "村民小组").same and not explain("自然村", "行政村").same
    assert not explain("月补助金额", "月保障金额").same and not explain("低保金", "月保障金额").same


def test_a_cumulative_figure_is_not_the_periods() -> None:
    assert not explain("参加免费农技和就业培训累计人数", "参加免费农技和就业培训人数").same


def test_the_first_column_of_a_table_of_villages_is_the_village() -> None:
    """「单位 | 村民小组个数 | 户籍总户数」: the 单位 of a table of villages is the village, so its rows are told
    apart by 所属村 when split fills them (helper-25: six 农业年报 sheets came back without village names)."""
    from yitaobiao.model import Layout

    fields = [field("F1.1", "单位"), field("F1.2", "村民小组个数"), field("F2.1", "所属村"), field("F2.2", "姓名"),
              field("F3.1", "单位"), field("F3.2", "单位地址")]
    for n, f in enumerate(fields):
        f.cell = "AB"[n % 2] + "3"
    match_fields(fields, SYN, forms=forms_of(Layout.LIST, Subject.PLACE, Subject.PERSON, Subject.ORGANISATION))
    assert same(fields, "F1.1", "F2.1") and not same(fields, "F3.1", "F2.1")


def test_a_person_word_in_front_on_a_record_that_is_no_person_names_a_party() -> None:
    """A 集体聚餐备案台账 (a register of banquets) asks 「举办者姓名」: the host's name, as its card's 「举办者 › 姓名」,
    not the record's own 姓名 beside a person roster's. A register's own people (参保人姓名) stay its 姓名."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "A3", "举办者姓名"), at("F1.2", "B3", "举办地点"),
              at("F2.1", "B4", "姓名", "举办者"), at("F2.2", "B5", "聚餐地点"),
              at("F3.1", "A3", "姓名"), at("F3.2", "B3", "性别"),
              at("F4.1", "A3", "参保人姓名"), at("F4.2", "B3", "缴费金额")]
    match_fields(fields, SYN, forms=forms_of(Layout.LIST, Subject.EVENT, Subject.PERSON, Subject.PERSON,
                                             Subject.EVENT))
    assert same(fields, "F1.1", "F2.1") and not same(fields, "F1.1", "F3.1")
    assert same(fields, "F4.1", "F3.1")


def test_the_subjects_own_section_names_nothing_more() -> None:
    """「学生本人基本情况 › 孤残」 was read as 「学生本人基本孤残」 (helper-25)."""
    assert MAKER.key("孤残", ("学生本人基本情况",)).text == "孤残"
    assert MAKER.key("年度", ("历年缴费情况",)).text == "历年缴费年度"  # a topic section still qualifies


def test_more_vocabulary_from_the_real_templates() -> None:
    """helper-27: 权利类型 ≠ 权利性质 (two fields of a 不动产 register), 发动机号 = 发动机号码 (号码 is a number before it
    is a phone), an investor's address is not the premises', a company's 变更后 is not a person's."""
    assert not explain("权利类型", "权利性质").same
    assert explain("发动机号", "发动机号码").same and explain("联系号码", "联系电话").same
    assert not explain("地址", "现住址", context_a=["出资人情况"]).same
    assert not explain("变更后", "变更后", context_a=["名称"], context_b=["姓名变更情况"]).same


def test_the_address_on_a_household_register_certificate_is_the_registered_one() -> None:
    """「住址」 on a 户籍证明 was merged with people's current address (helper-27)."""
    from yitaobiao.model import Layout

    fields = [field("F1.1", "姓名"), field("F1.2", "住址"), field("F2.1", "户籍地址"), field("F3.1", "现住址")]
    forms = forms_of(Layout.CARD, Subject.PERSON, Subject.PERSON, Subject.PERSON)
    forms[0].title = "户籍证明"
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.2", "F2.1") and not same(fields, "F1.2", "F3.1")


def test_the_person_a_title_names_is_the_record_subject() -> None:
    """「信访人基本情况」 on a 信访事项登记表 is the petitioner's own: their 姓名 is the 姓名 of other forms."""
    from yitaobiao.model import Form

    petition = [Field(id="F1.1", form_id="F1", path="a.xlsx", sheet="S", cell="B3", label="姓名",
                      header_path=["信访人基本情况", "姓名"])]
    roster = [Field(id="F2.1", form_id="F2", path="b.xlsx", sheet="S", cell="B3", label="姓名", header_path=["姓名"])]
    forms = [Form(id="F1", path="a.xlsx", sheet="S", title="信访事项受理登记表", department="F1", layout="card"),
             Form(id="F2", path="b.xlsx", sheet="S", title="花名册", department="F2", layout="list")]
    match_fields([*petition, *roster], forms=forms)
    assert petition[0].concept_id == roster[0].concept_id
    business = [Field(id="F3.1", form_id="F3", path="c.xlsx", sheet="S", cell="B3", label="姓名",
                      header_path=["经营者信息", "姓名"])]
    forms.append(Form(id="F3", path="c.xlsx", sheet="S", title="个体工商户登记表", department="F3", layout="card"))
    match_fields([*petition, *roster, *business], forms=forms)
    assert business[0].concept_id != roster[0].concept_id


def test_an_employer_header_owns_every_item_under_it() -> None:
    for label in ("统一社会信用代码", "单位名称", "联系电话"):
        assert not explain(label, label, ["用人单位"]).same, label
    assert explain("单位名称", "单位名称", ["用人单位"], ["用人单位"]).same


def test_a_record_headed_by_a_representative_lists_its_family_as_other_people() -> None:
    """承包方代表 heads a land contract: the 家庭成员 columns beside it are not the record's own 姓名."""
    contract = [Field(id=f"F1.{n}", form_id="F1", path="a.xlsx", sheet="S", cell=f"{c}4", label=label,
                      header_path=[*group, label])
                for n, (c, group, label) in enumerate([("E", ["承包方"], "承包方代表"), ("H", ["承包方家庭成员"], "姓名"),
                                                       ("J", ["承包方家庭成员"], "身份证号码")], start=1)]
    roster = [Field(id="F2.1", form_id="F2", path="b.xlsx", sheet="S", cell="B3", label="姓名", header_path=["姓名"])]
    match_fields([*contract, *roster])
    assert contract[1].concept_id != roster[0].concept_id


def test_a_stock_at_the_end_of_the_period_is_the_stock_the_report_asks() -> None:
    """「一、生猪 › （一）季末存栏」 on a quarterly report and 「生猪 › 存栏」 across a table of villages ask one
    figure; the start of the year and another period are other figures."""
    assert explain("（一）季末存栏", "存栏", context_a=("一、生猪",), context_b=("生猪（头）",)).same
    assert explain("七、年末常住人口", "常住人口数").same
    assert not explain("年初户籍人口", "年末户籍人口").same
    assert not explain("季末存栏", "本月存栏", context_a=("生猪",), context_b=("生猪",)).same


def test_a_count_under_the_group_it_counts_reads_as_one_word() -> None:
    """「脱贫户 › 户数」 across a table of villages is the indicator report's 脱贫户数, not a 脱贫户户数 of its own."""
    assert explain("户数", "1.脱贫户数", context_a=("脱贫户",)).same
    assert not explain("人数", "1.脱贫户数", context_a=("脱贫户",)).same


def test_an_age_band_inside_a_wider_band_is_the_narrower_population() -> None:
    assert explain("80周岁及以上", "80周岁及以上老年人数", context_a=("60周岁及以上人口",)).same
    assert not explain("80周岁及以上", "60周岁及以上人口", context_a=("60周岁及以上人口",)).same
    assert not explain("其中：女", "女性人数", context_a=("60周岁及以上人口",)).same


def test_an_age_band_under_the_people_it_counts_reads_as_the_aged_count() -> None:
    """「其中：老年人（人） › 80周岁及以上」 is the 80岁以上老年人数 a table of villages writes in a word (u93); the band
    still tells 80 from 60, and a band of the 户籍 population keeps its population."""
    assert explain("80周岁及以上", "80岁以上老年人数", context_a=("其中：老年人（人）",)).same
    assert explain("80周岁及以上老年人", "80岁及以上人口").same
    assert not explain("80周岁及以上", "60岁以上老年人数", context_a=("老年人口",)).same
    assert not explain("60周岁及以上", "60岁以上老年人数", context_a=("户籍人口",)).same


def test_the_people_a_register_is_titled_after_are_its_own_subject() -> None:
    """「孕产妇姓名」 on a 孕产妇登记花名册 with no other name is each row's own 姓名 (helper-35)."""
    from yitaobiao.model import Form, Layout

    fields = [field("F1.1", "孕产妇姓名"), field("F1.2", "孕产妇身份证号"), field("F1.3", "丈夫姓名"),
              field("F2.1", "姓名"), field("F2.2", "公民身份号码")]
    forms = [Form(id="F1", path="F1.xlsx", sheet="Sheet1", title="柳溪村孕产妇登记花名册", department="F1",
                  layout=Layout.LIST, subject=Subject.PERSON),
             Form(id="F2", path="F2.xlsx", sheet="Sheet1", title="居民健康档案", department="F2", layout=Layout.LIST,
                  subject=Subject.PERSON)]
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2") and not same(fields, "F1.3", "F2.1")
    # a word the title contracts (孕妇, 产妇 of 孕产妇) names them too (u84)
    fields = [field("F1.1", "孕妇姓名"), field("F1.2", "丈夫姓名"), field("F2.1", "姓名")]
    forms[0] = Form(id="F1", path="F1.docx", sheet="表1", title="XX县孕产妇健康管理登记表", department="F1",
                    layout=Layout.CARD, subject=Subject.PERSON)
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.1", "F2.1") and not same(fields, "F1.2", "F2.1")


def test_wordings_of_family_items_on_applications() -> None:
    assert explain("共同生活家庭人口", "家庭人口数").same
    assert explain("救助金发放账号", "发放账号").same
    assert explain("与申请人关系", "称谓", context_a=("家庭成员情况（不含申请人）",), context_b=("家庭主要成员",)).same
    assert not explain("与申请人关系", "与申请人关系", context_a=("代理申请人情况",), context_b=("家庭成员情况",)).same


def test_a_start_date_is_of_whatever_its_header_names() -> None:
    """「矫正期限 › 起始日期」 and 「聘用期限 › 起始日期」 were one item, named after the 低保's 保障起始年月."""
    assert not explain("起始日期", "起始日期", context_a=("矫正期限",), context_b=("聘用期限",)).same
    assert not explain("起始日期", "保障起始年月").same
    assert explain("起始日期", "开始日期", context_a=("聘用期限",), context_b=("聘用期限",)).same


def test_a_teams_contact_is_the_teams() -> None:
    """「矫正小组 › 负责人 | 联系电话」 on a register of people under correction is the team's, not the person's."""
    fields = [field("F1.1", "姓名"), field("F1.2", "本人联系电话"), field("F1.3", "联系电话", ("矫正小组",)),
              field("F2.1", "姓名"), field("F2.2", "手机号码")]
    match_fields(fields, SYN)
    assert same(fields, "F1.2", "F2.2") and not same(fields, "F1.3", "F2.2")


def test_where_a_house_stands_and_how_it_is_built() -> None:
    assert explain("房屋坐落", "房屋地址", context_b=("出租房屋情况",)).same
    assert explain("结构类型", "房屋结构").same
    assert not explain("房屋坐落", "现住址").same and not explain("坐落", "房屋地址").same


def test_an_agent_and_a_party_named_in_brackets_are_other_people() -> None:
    """「代理申请人情况 › 姓名」 is the agent's; 「登记申请人（义务人） › 联系电话」 the obligor's (helper-34)."""
    assert MAKER.key("姓  名", ("代理申请人情况",)).role == "代理申请人"
    assert MAKER.key("联系电话", ("登记申请人（义务人）",)).role == "义务人"
    assert MAKER.key("姓名", ("申请人基本情况",)).role is None
    assert MAKER.key("姓名", ("监护人（法定代理人）",)).role == "监护人"
    assert MAKER.key("姓名", ("家庭成员（监护人）",)).role == "监护人"  # the one of the family who is the guardian
    assert MAKER.key("姓名", ("家庭成员情况（不含申请人）",)).role == "家庭成员"
    assert not explain("联系电话", "联系电话", context_a=("登记申请人（义务人）",), context_b=("登记申请人（权利人）",)).same


def test_a_population_under_a_count_of_people_who_did_something_is_those_of_them() -> None:
    """「签约人数 › 其中：重点人群 › 脱贫人口」 counts the 脱贫人口 who signed, not all of them."""
    assert not explain("脱贫人口", "脱贫人口数", context_a=("签约人数", "其中：重点人群")).same
    assert explain("脱贫人口", "脱贫人口", context_a=("签约人数", "其中：重点人群"),
                   context_b=("签约人数", "其中：重点人群")).same
    assert explain("其中：65周岁及以上老年人口", "65岁以上老年人口数", context_a=("户籍人口",)).same


def test_the_holder_of_a_post_is_someone_else_unless_the_register_lists_them() -> None:
    """「河长姓名」 on a 河长巡河记录表 is the patrolling 河长's; 「养护员 › 联系电话」 the road-keeper's (helper-36); a
    register titled after them (生态护林员选聘花名册) lists them."""
    assert MAKER.key("河长姓名").role == "河长" and MAKER.key("联系电话", ("养护员",)).role == "养护员"
    assert MAKER.key("收入增长率").role is None and MAKER.key("队员姓名").role is None
    from yitaobiao.model import Form, Layout

    fields = [field("F1.1", "护林员姓名"), field("F1.2", "身份证号"), field("F2.1", "河长姓名"), field("F2.2", "巡河日期"),
              field("F3.1", "姓名")]
    forms = [Form(id=f"F{n}", path=f"F{n}.xlsx", sheet="Sheet1", title=title, department=f"F{n}", layout=Layout.LIST,
                  subject=Subject.PERSON)
             for n, title in enumerate(["2025年度生态护林员选聘花名册", "村级河长巡河记录表", "居民花名册"], start=1)]
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.1", "F3.1") and not same(fields, "F2.1", "F3.1")


def test_what_was_before_is_not_what_is_now() -> None:
    assert not explain("原工作单位", "工作单位", context_a=("失业前情况",)).same
    assert not explain("原住址", "现住址").same
    assert explain("原工作单位", "原工作单位").same and not explain("原因", "因").same


def test_a_relation_to_the_records_person_by_any_name() -> None:
    assert explain("与经营者关系", "与申请人关系", context_a=("家庭成员",), context_b=("家庭成员",)).same
    assert not explain("与经营者关系", "与户主关系").same
    assert explain("就业创业证号码", "就业创业证编号").same


def test_counts_of_all_of_them_and_counts_of_times() -> None:
    assert explain("教职工总数", "教职工数").same and explain("户籍总人口", "户籍人口").same
    assert explain("临时救助人次", "人次", context_b=("临时救助",)).same
    assert not explain("临时救助人次", "金额", context_b=("临时救助",)).same
    assert explain("女生", "女性").same and not explain("女生", "男生").same


def test_residents_schemes_and_asking_yes_or_no_against_counting() -> None:
    """helper-37: 城乡居民医保参保人数 = 参加城乡居民基本医疗保险人数; the employees' scheme is another figure; a
    person's 「是否参加…」 is never the count of those who did."""
    assert explain("城乡居民医保参保人数", "参加城乡居民基本医疗保险人数").same
    assert not explain("城乡居民医保参保人数", "职工医保参保人数").same
    assert not explain("是否参加城乡居民基本医疗保险", "城乡居民基本医疗保险参保人数").same


def test_two_items_of_one_name_are_shown_apart() -> None:
    """保障户数 of the 城市 section and of the 农村 one were two items both named 保障户数 in the report (helper-37);
    the largest keeps the name, the other takes what tells it apart. Key items (姓名 …) keep theirs."""
    fields = [field("F1.1", "保障户数", ("一、城市低保",)), field("F1.2", "保障户数", ("二、农村低保",)),
              field("F2.1", "保障户数", ("二、农村低保",))]
    result = match_fields(fields, SYN)
    names = sorted(c.name for c in result.concepts)
    assert len(names) == 2 and len(set(names)) == 2 and "保障户数（城市低保）" in names, names


def test_sections_of_other_family_members_co_applicants_and_obligors_name_whose_items() -> None:
    assert MAKER.key("工作单位", ["三、家庭其他成员情况"]).role == "家庭成员"
    assert MAKER.key("工作单位", ["共同申请人（家庭成员）"]).role == "家庭成员"
    assert MAKER.key("工作单位", ["法定赡养、抚养、扶养义务人情况"]).role == "扶养义务人"
    assert MAKER.key("工作单位", ["吃、穿、住情况"]).role is None


def test_an_item_the_table_does_not_know_under_a_family_members_section_is_theirs() -> None:
    assert MAKER.key("劳动技能", ["家庭成员"]).role == "家庭成员"
    assert MAKER.key("务工时间（月）", ["监护人情况"]).role == "监护人"
    assert MAKER.key("家庭人均收入", ["家庭成员"]).role is None  # the family's, whoever's section it stands in
    assert not explain("劳动技能", "劳动技能", ["家庭成员"]).same


def test_the_levels_of_a_place_moved_from_are_not_the_records_own_place() -> None:
    assert not explain("乡镇", "所属乡镇", ["迁出地"]).same
    assert not explain("行政村", "村（社区）", ["搬迁前"]).same
    assert explain("乡镇", "所属乡镇", ["现居住地"]).same


def test_kinds_of_households_under_a_count_of_households_are_counts() -> None:
    assert MAKER.key("合计", ["户数（户）"]).text == MAKER.key("3.总户数").text
    assert MAKER.key("其中：脱贫户", ["户数（户）"]).text == MAKER.key("其中：脱贫户", ["3.总户数"]).text == "脱贫户数"
    assert MAKER.key("户数", ["脱贫户"]).text == "脱贫户数"
    assert MAKER.key("脱贫户").text == "脱贫户"  # a kind of household alone is no count


def test_what_stands_under_a_facility_is_the_facilitys() -> None:
    assert not explain("建筑面积（㎡）", "建筑面积（㎡）", ["农村文化礼堂"]).same
    assert not explain("是否建成", "是否建成", ["农家书屋"], ["村级卫生室"]).same
    assert explain("建筑面积", "建筑面积", ["基本情况"]).same
    # (the holder of a duty the table knows as 管理人, written 管理员 or 管理人员 — u369)
    assert MAKER.key("管理员姓名", ["农家书屋"]).role == "管理人"


def test_a_landlord_is_the_one_who_lets_and_a_tenant_the_one_who_rents() -> None:
    assert explain("房东姓名", "姓名", [], ["出租人（房东）"]).same
    assert not explain("房东联系电话", "联系电话", [], ["承租人"]).same
    assert not explain("姓名", "姓名", ["租户"]).same


def test_a_list_of_parents_names_their_child_as_someone_else() -> None:
    from yitaobiao.model import Form, Layout

    def roster(form_id: str, title: str, columns: list[tuple[str, str]]) -> tuple[Form, list[Field]]:
        form = Form(id=form_id, path=f"{form_id}.xlsx", sheet="Sheet1", title=title, department=form_id,
                    layout=Layout.LIST, subject=Subject.PERSON)
        fields = [Field(id=f"{form_id}.{n}", form_id=form_id, path=form.path, sheet="Sheet1", cell=f"{'ABCDEF'[n]}3",
                        label=label, header_path=[group, label] if group else [label], department=form_id)
                  for n, (group, label) in enumerate(columns)]
        return form, fields

    parents = [("父亲", "姓名"), ("母亲", "姓名"), ("子女", "姓名"), ("子女", "出生日期")]
    awards, award_fields = roster("F1", "独生子女父母奖励扶助对象名单", parents)
    children, child_fields = roster("F2", "留守儿童花名册", parents)
    people, people_fields = roster("F3", "花名册", [("", "姓名"), ("", "出生日期")])
    match_fields([*award_fields, *child_fields, *people_fields], forms=[awards, children, people])
    assert award_fields[2].role == "子女" and award_fields[2].concept_id != people_fields[0].concept_id
    assert child_fields[2].role is None and child_fields[2].concept_id == people_fields[0].concept_id


def test_long_duty_names_and_contracting_parties_name_whose_items() -> None:
    assert MAKER.key("姓名", ["预警信息接收人"]).role == "预警信息接收人"
    assert MAKER.key("联系电话", ["承包方"]).role == "承包方"
    assert MAKER.key("面积", ["地方"]).role is None
    assert explain("所在村民小组", "组别").same


def test_a_measure_or_a_total_is_the_kind_it_stands_under() -> None:
    """Unseen 15 (a township's statistics, held out): 粮食作物 › 播种面积（亩） › 合计 read as 播种面积, and 生猪 › 当期出栏
    as 当期出栏, apart from 粮食播种面积 and 生猪出栏 on other forms. A measure naming no kind climbs to the kind
    above it, as 存栏 did; 当期 and 本期 are the report's own period."""
    maker = MAKER
    assert maker.key("合计", ["粮食作物", "播种面积（亩）"]).node == maker.key("粮食播种面积").node
    assert maker.key("当期出栏（头）", ["生猪"]).node == maker.key("出栏（头）", ["生猪"]).node \
        == maker.key("生猪出栏（头）").node
    assert maker.key("期初存栏", ["生猪"]).node != maker.key("存栏", ["生猪"]).node


def test_period_end_in_a_header_asks_what_it_asks_in_a_label() -> None:
    """期末存栏 › 其中：能繁母猪 was vetoed against 能繁母猪 (限定不同), while 期末从业人数 is 从业人数: a stock at the end of
    the period is the stock, whether the header or the label says so."""
    maker = MAKER
    assert maker.key("其中：能繁母猪", ["生猪", "期末存栏（头）"]).node == maker.key("能繁母猪").node
    assert maker.key("合计", ["期末人口", "常住人口"]).node == maker.key("常住人口").node
    assert maker.key("存栏", ["期初"]).node != maker.key("存栏", ["期末"]).node


def test_the_people_a_roster_is_of_are_its_subject() -> None:
    """补贴对象姓名 stood apart from 姓名 while 救助对象姓名 met it: whoever the roster is done for (X对象) is its subject."""
    maker = MAKER
    for label in ("补贴对象姓名", "帮扶对象姓名", "关爱对象姓名"):
        assert maker.key(label).canonical == "姓名", label
    assert maker.key("资助对象身份证号").canonical == maker.key("身份证号").canonical


def test_a_state_before_or_after_a_change_or_a_wish_qualifies_its_columns() -> None:
    """Unseen 14: 改造前 › 建筑面积 met a temple's 建筑面积, and 求职意向 › 工种 the 工种 a worker does. The group header
    alone tells them apart, whatever else the form asks."""
    maker = MAKER
    assert maker.key("建筑面积", ["改造前"]).node != maker.key("建筑面积").node
    assert maker.key("建筑面积", ["改造前"]).node != maker.key("建筑面积", ["改造后"]).node
    assert maker.key("建筑面积", ["改造后"]).node == maker.key("建筑面积", ["改造后"]).node
    assert maker.key("工种", ["求职意向"]).node != maker.key("工种").node
    assert maker.key("姓名", ["基本情况"]).node == maker.key("姓名").node  # a section is no state


def test_the_two_sides_of_a_case_are_parties_not_its_subject() -> None:
    """A 调解 register's 申请人 › 姓名 met every roster's 姓名 (unseen 14): on a case both sides are parties. On an
    application the 申请人 is the form's own subject; the 被… side is another party on either."""
    from yitaobiao.match import two_parties
    from yitaobiao.model import Layout

    sides = [("申请人", "姓名"), ("申请人", "联系电话"), ("被申请人", "姓名"), ("被申请人", "联系电话")]
    case = [field("F1.1", "案件编号"),
            *(field(f"F1.{n}", label, ("当事人情况", side)) for n, (side, label) in enumerate(sides, start=2))]
    roster = [field("F2.1", "姓名"), field("F2.2", "联系电话")]
    application = [field("F3.1", "姓名", ("申请人",)), field("F3.2", "姓名", ("被申请人",))]
    assert two_parties(case, Subject.EVENT) == {"申请人", "被申请人"}
    assert two_parties(application, Subject.PERSON) == {"被申请人"}
    assert two_parties(roster, Subject.PERSON) == frozenset()
    fields = case + roster + application
    match_fields(fields, SYN, forms=forms_of(Layout.LIST, Subject.EVENT, Subject.PERSON, Subject.PERSON))
    assert not same(fields, "F1.2", "F2.1") and not same(fields, "F1.3", "F2.2")
    assert not same(fields, "F1.2", "F1.4") and same(fields, "F3.1", "F2.1") and not same(fields, "F3.2", "F2.1")
    assert same(fields, "F1.4", "F3.2")  # the other side of a case and of an application: that party's name
    # (u512: 「被核查人信息 | 核查情况」 of a candidate's 核查反馈表: the check's findings name no side, and the one
    # checked is the row's own person, as a vetting's or a nomination's is)
    vetting = [field("F4.1", "姓名", ("被核查人信息",)), field("F4.2", "公民身份号码", ("被核查人信息",)),
               field("F4.3", "有无刑事处罚记录", ("核查情况",))]
    assert two_parties(vetting, Subject.PERSON) == frozenset()
    assert explain("姓名", "姓名", context_a=("被核查人信息",)).same
    # (u513: whoever asks for help is whom a 求助登记表 is about)
    assert explain("姓名", "姓名", context_a=("一、求助人基本情况",)).same


def test_a_breakdown_header_says_by_what_and_the_count_above_says_what() -> None:
    """Unseen 16 and 17: 实有人口 › 按性别分 › 男 read as 按性别分男, and 户籍60周岁及以上老年人口 › 按年龄分 › 80周岁及以上
    lost its 户籍 (the header was thought too long to qualify), so it could meet the 常住 count."""
    maker = MAKER
    assert maker.key("男", ["实有人口（人）", "按性别分"]).node == maker.key("男", ["实有人口（人）", "其中"]).node
    registered = maker.key("80周岁及以上", ["户籍60周岁及以上老年人口", "按年龄分"])
    assert registered.text == "户籍80周岁及以上老年人口"
    assert registered.node != maker.key("80周岁及以上", ["常住60周岁及以上老年人口", "按年龄分"]).node


def test_the_person_whose_id_a_register_asks_is_its_subject() -> None:
    """A 火化登记台账 names 逝者信息 › 姓名 | 公民身份号码 … and 承办家属 › 姓名 | 联系电话: the relative (a 家庭成员,
    which alone would be the register's subject, as on a roster of 子女) was read as the record's own person,
    and the deceased as someone else (unseen 17: 69 wrong or missed pairs)."""
    from yitaobiao.model import Layout

    register = [field("F1.1", "姓名", ("逝者信息",)), field("F1.2", "公民身份号码", ("逝者信息",)),
                field("F1.3", "死亡日期", ("逝者信息",)), field("F1.4", "姓名", ("承办家属",)),
                field("F1.5", "联系电话", ("承办家属",))]
    roster = [field("F2.1", "姓名"), field("F2.2", "身份证号"), field("F2.3", "联系电话")]
    children = [field("F3.1", "姓名", ("子女",)), field("F3.2", "出生日期", ("子女",))]
    fields = register + roster + children
    match_fields(fields, SYN, forms=forms_of(Layout.LIST, Subject.PERSON, Subject.PERSON, Subject.PERSON))
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2")
    assert not same(fields, "F1.4", "F2.1") and not same(fields, "F1.5", "F2.3")
    assert same(fields, "F3.1", "F2.1")  # a roster naming only 子女 is still the children's


def test_a_newborn_is_someone_else_on_the_mothers_roster_and_the_subject_of_a_birth_card() -> None:
    """Unseen 16: a 育龄妇女 roster's 新生儿出生登记 › 性别 met every roster's 性别. On a 出生人口 card the 新生儿 named
    first is whom the card is about, though only the parents' ID numbers are asked (unseen 3)."""
    from yitaobiao.model import Layout

    assert MAKER.key("性别", ["新生儿出生登记"]).role == "新生儿"
    mothers = [field("F1.1", "姓名"), field("F1.2", "身份证号"), field("F1.3", "性别", ("新生儿出生登记",))]
    card = [field("F2.1", "姓名", ("新生儿",)), field("F2.2", "性别", ("新生儿",)), field("F2.3", "姓名", ("父亲",)),
            field("F2.4", "身份证号码", ("父亲",)), field("F2.5", "姓名", ("母亲",)), field("F2.6", "身份证号码", ("母亲",))]
    roster = [field("F3.1", "姓名"), field("F3.2", "性别")]
    fields = mothers + card + roster
    match_fields(fields, SYN, forms=forms_of(Layout.LIST, Subject.PERSON, Subject.PERSON, Subject.PERSON))
    assert not same(fields, "F1.3", "F3.2") and same(fields, "F1.1", "F3.1")
    assert same(fields, "F2.1", "F3.1") and same(fields, "F2.2", "F3.2") and not same(fields, "F2.3", "F3.1")


def test_a_documents_later_table_of_family_members_is_the_cards_family() -> None:
    """A 退役军人 信息采集表.docx holds the card in its first table and 家庭主要成员 › 姓名 | 联系电话 in its second:
    alone in its form, the family was read as the record's own person and met every roster's 姓名 (unseen 16)."""
    from yitaobiao.model import Form, Layout

    card = [field("F1.1", "姓名"), field("F1.2", "联系电话")]
    family = [field("F2.1", "姓名", ("家庭主要成员",)), field("F2.2", "联系电话", ("家庭主要成员",))]
    members_roster = [field("F3.1", "姓名", ("家庭成员",)), field("F3.2", "联系电话", ("家庭成员",))]
    forms = [Form(id="F1", path="退役军人/采集表.docx", sheet="表1", title="采集表", department="退役军人事务局",
                  layout=Layout.CARD, subject=Subject.PERSON, source_format="docx"),
             Form(id="F2", path="退役军人/采集表.docx", sheet="表2", title="采集表", department="退役军人事务局",
                  layout=Layout.LIST, subject=Subject.PERSON, source_format="docx"),
             Form(id="F3", path="民政/家庭成员.xlsx", sheet="Sheet1", title="家庭成员花名册", department="民政局",
                  layout=Layout.LIST, subject=Subject.PERSON)]
    fields = card + family + members_roster
    match_fields(fields, SYN, forms=forms)
    assert not same(fields, "F2.1", "F1.1") and not same(fields, "F2.2", "F1.2")
    assert same(fields, "F3.1", "F1.1")  # a roster of family members on its own lists them: they are its people


def test_a_label_restating_its_headers_kind_of_organisation_is_that_organisations() -> None:
    """A 小区 register's 物业服务企业 › 企业名称 met a register of enterprises' own 企业名称, and 业主委员会 › 联系电话 was
    read as an owner's (业主) phone (unseen 16)."""
    maker = MAKER
    assert maker.key("企业名称", ["物业服务企业"]).node != maker.key("企业名称").node
    assert maker.key("企业名称", ["物业服务企业"]).node == maker.key("物业服务企业名称").node
    assert maker.key("单位名称", ["建设单位"]).node != maker.key("单位名称", ["施工单位"]).node
    assert maker.key("联系电话", ["业主委员会"]).role != "业主"
    assert maker.key("企业名称", ["企业基本情况"]).node == maker.key("企业名称").node  # the record's own section


def test_the_name_of_the_organisation_a_row_is_is_one_item_whatever_each_department_calls_it() -> None:
    """Unseen 18: 企业名称, 单位详细名称, 纳税人名称, 排污单位名称, 用人单位名称 and 经营者名称 of registers of organisations
    were six items; on a roster of people 单位名称 is where each works; a party's name stays the party's."""
    from yitaobiao.model import Layout

    names = ["企业名称", "纳税人名称", "排污单位名称", "用人单位名称", "单位详细名称"]
    registers = [field(f"F{n}.1", label) for n, label in enumerate(names, start=1)]
    workers = [field("F6.1", "姓名"), field("F6.2", "单位名称")]
    employed = [field("F7.1", "姓名"), field("F7.2", "工作单位")]
    project = [field("F8.1", "项目名称"), field("F8.2", "单位名称", ("建设单位",))]
    fields = registers + workers + employed + project
    subjects = [Subject.ORGANISATION] * 5 + [Subject.PERSON, Subject.PERSON, Subject.ORGANISATION]
    match_fields(fields, SYN, forms=forms_of(Layout.LIST, *subjects))
    assert all(same(fields, "F1.1", f"F{n}.1") for n in range(2, 6))
    assert same(fields, "F6.2", "F7.2") and not same(fields, "F6.2", "F1.1") and not same(fields, "F8.2", "F1.1")


def test_a_units_nature_on_a_persons_card_is_their_employers() -> None:
    """u108: 「职工基本情况 › 单位性质」 of a 困难职工档案登记表 merged with the 单位性质 a 见习基地申报表 asks of the
    applying unit; a person has none of their own, it is the employer's."""
    from yitaobiao.model import Layout

    fields = [field("F1.1", "姓名", ("职工基本情况",)), field("F1.2", "工作单位", ("职工基本情况",)),
              field("F1.3", "单位性质", ("职工基本情况",)), field("F2.1", "单位名称"), field("F2.2", "单位性质"),
              field("F3.1", "姓名"), field("F3.2", "工作单位性质")]
    match_fields(fields, SYN, forms=forms_of(Layout.CARD, Subject.PERSON, Subject.ORGANISATION, Subject.PERSON))
    assert not same(fields, "F1.3", "F2.2") and same(fields, "F1.3", "F3.2")


def test_a_split_off_item_is_not_named_after_itself() -> None:
    """helper-52: after 不是同一项 on 因灾死亡人数 / 死亡人员, the 因灾死亡人数 of the 监测对象受灾情况 section was renamed
    「因灾死亡人数（因灾死亡人数）」; it keeps the header that tells it apart. A one-wording decision from a
    hand-edited decisions file is passed over, not a crash."""
    from yitaobiao.match import Decisions

    def fields() -> list[Field]:
        return [field("F1.1", "因灾死亡人数", ("群众受灾情况",)), field("F1.2", "因灾死亡人数", ("监测对象受灾情况",)),
                field("F2.1", "死亡人员"), field("F3.1", "因灾死亡人数")]

    first = fields()
    match_fields(first, SYN)
    key = {f.id: f.label_key for f in first}
    again = fields()
    decisions = Decisions(different={frozenset((key["F1.2"], key["F2.1"])), frozenset((key["F3.1"],))})
    names = {c.name for c in match_fields(again, SYN, decisions=decisions).concepts}
    assert "因灾死亡人数（监测对象受灾情况）" in names and "因灾死亡人数（因灾死亡人数）" not in names


def test_each_party_to_a_project_keeps_its_own_phone() -> None:
    """Unseen 18: 施工单位 › 联系电话 was read as a 联系人's phone and met every enterprise register's contact phone;
    建设单位, 施工单位 and 监理单位 were read three different ways."""
    maker = MAKER
    builder, contractor = maker.key("联系电话", ["施工单位"]), maker.key("联系电话", ["监理单位"])
    assert builder.role == "施工单位" and builder.node != contractor.node
    assert builder.node != maker.key("联系电话", ["联系人"]).node != maker.key("联系电话").node
    assert maker.key("联系电话", ["企业"]).node == maker.key("联系电话").node  # no kind named: the record's own


def test_an_organisations_domicile_is_where_it_is_registered() -> None:
    """Unseen 18: a 合作社's 住所 (its 营业执照 address) joined the premises addresses of nine registers, and
    单位注册地 › 详细地址 stood apart from 注册地址; a person's 住所 is still their home."""
    from yitaobiao.model import Layout

    fields = [field("F1.1", "合作社名称"), field("F1.2", "住所"), field("F2.1", "企业名称"), field("F2.2", "注册地址"),
              field("F2.3", "经营地址"), field("F3.1", "单位详细名称"), field("F3.2", "详细地址", ("单位注册地",)),
              field("F4.1", "姓名"), field("F4.2", "住所"), field("F5.1", "姓名"), field("F5.2", "现住址")]
    subjects = [Subject.ORGANISATION] * 3 + [Subject.PERSON] * 2
    match_fields(fields, SYN, forms=forms_of(Layout.LIST, *subjects))
    assert same(fields, "F1.2", "F2.2") and same(fields, "F3.2", "F2.2") and not same(fields, "F1.2", "F2.3")
    assert same(fields, "F4.2", "F5.2") and not same(fields, "F4.2", "F2.2")


def test_a_group_over_a_later_name_column_is_another_person_whatever_its_word() -> None:
    """Unseen 20 and 22: 结对“五老” › 姓名 | 联系电话 on a roster of children, and 联系干部 › 姓名 | 联系电话 on a register
    of religious sites, gave the other person's phone to every roster's 联系电话 (五老 and 干部 are no person word).
    A group over a name column after the row's own name, or on a register of places, names someone else; a
    户主信息 group before the household's people leaves 人员基本信息 › 姓名 the people's own."""
    from yitaobiao.match import named_groups
    from yitaobiao.model import Layout

    children = [at("F1.1", "A4", "姓名", "结对儿童"), at("F1.2", "B4", "姓名", "监护人"),
                at("F1.3", "C4", "联系电话", "监护人"), at("F1.4", "D4", "姓名", "结对“五老”"),
                at("F1.5", "E4", "联系电话", "结对“五老”")]
    sites = [at("F2.1", "A3", "场所名称"), at("F2.2", "B4", "姓名", "联系干部"), at("F2.3", "C4", "联系电话", "联系干部")]
    household = [at("F3.1", "A4", "姓名", "户主信息"), at("F3.2", "B4", "姓名", "人员基本信息"),
                 at("F3.3", "C4", "联系电话", "人员基本信息")]
    roster = [at("F4.1", "A3", "姓名"), at("F4.2", "B3", "联系电话")]
    assert named_groups(children, MAKER, Subject.PERSON) == {"结对五老"}
    assert named_groups(sites, MAKER, Subject.ORGANISATION) | {MAKER.context_role(["联系干部"])} == {"联系干部"}
    assert named_groups(sites[:1] + [at("F2.4", "D4", "姓名", "结对“五老”")], MAKER, Subject.ORGANISATION) == {"结对五老"}
    slots = [at("F5.1", "A4", "姓名", "成员1"), at("F5.2", "B4", "姓名", "成员2")]
    assert named_groups(slots, MAKER, Subject.HOUSEHOLD) == frozenset()  # one kind of person, repeated
    # (u521: the people a title lists, described in their 基本情况, are the row's own; the index case named before
    # them is someone else)
    contacts = [at("F6.1", "B5", "姓名", "指示病例"), at("F6.2", "D5", "姓名", "密切接触者基本情况")]
    for f in contacts:
        f.form_title = "密切接触者筛查登记表"
    assert named_groups(contacts, MAKER, Subject.PERSON) == {"指示病例"}
    assert named_groups(household, MAKER, Subject.HOUSEHOLD) == frozenset()
    fields = children + sites + household + roster
    match_fields(fields, SYN, forms=forms_of(Layout.LIST, Subject.PERSON, Subject.ORGANISATION, Subject.HOUSEHOLD,
                                             Subject.PERSON))
    assert same(fields, "F1.1", "F4.1") and same(fields, "F3.2", "F4.1") and same(fields, "F3.3", "F4.2")
    assert not same(fields, "F1.5", "F4.2") and not same(fields, "F2.3", "F4.2") and not same(fields, "F1.4", "F4.1")


def test_an_applicant_bracketed_as_the_head_makes_the_card_the_heads() -> None:
    """Unseen 23's 冬春救助 card opens 「申请人（户主） | 性别 | 年龄 / 身份证号码 | 联系电话」: the applicant is the head,
    so these are the 户主's items, as on every household list; they had joined the rosters' own people."""
    from yitaobiao.model import Layout

    assert MAKER.key("申请人（户主）").text == "户主姓名"
    assert MAKER.key("申请人（签字）").text == "姓名"  # a bracket that says how, not who
    card = [field("F1.1", "申请人（户主）"), field("F1.2", "性别"), field("F1.3", "身份证号码"), field("F1.4", "联系电话")]
    households = [field("F2.1", "户主姓名"), field("F2.2", "身份证号码")]
    roster = [field("F3.1", "姓名"), field("F3.2", "性别"), field("F3.3", "身份证号码")]
    fields = card + households + roster
    match_fields(fields, SYN, forms=forms_of(Layout.CARD, Subject.HOUSEHOLD, Subject.HOUSEHOLD, Subject.PERSON))
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.3", "F2.2")
    assert not same(fields, "F1.1", "F3.1") and not same(fields, "F1.2", "F3.2") and not same(fields, "F1.3", "F3.3")


def test_the_phone_after_a_duty_holder_is_theirs_on_a_card_and_in_a_stacked_table() -> None:
    """「监测与预警 › 监测人 | ___ | 联系电话 | ___」 on a 明白卡 (unseen 23) and 「儿童主任 | 联系电话 | 儿童督导员」 closing a
    Word card's third table (unseen 22): the words 监测人 and 儿童主任 are on no list of people, but the phone right
    after them is theirs, not the record's own."""
    from yitaobiao.model import Layout

    card = [at("F1.1", "A1", "户主姓名"), at("F1.2", "B6", "监测人", "监测与预警"),
            at("F1.3", "D6", "联系电话", "监测与预警"), at("F1.4", "B7", "预警信号", "监测与预警")]
    stacked = [at("F2.1", "A2", "姓名", "家庭成员情况"), at("F2.2", "B2", "与儿童关系", "家庭成员情况"),
               at("F2.3", "A7", "探访日期", "探访帮扶记录"), at("F2.4", "B7", "探访人", "探访帮扶记录"),
               at("F2.5", "A12", "儿童主任"), at("F2.6", "C12", "联系电话")]
    roster = [at("F3.1", "A3", "姓名"), at("F3.2", "B3", "联系电话")]
    fields = card + stacked + roster
    match_fields(fields, SYN, forms=[*forms_of(Layout.CARD, Subject.HOUSEHOLD),
                                     *forms_of(Layout.LIST, Subject.PERSON, Subject.PERSON, Subject.PERSON)[1:]])
    assert not same(fields, "F1.3", "F3.2") and not same(fields, "F2.6", "F3.2")
    by_id = {f.id: f for f in fields}
    assert by_id["F1.3"].role == "监测员" and by_id["F2.6"].role == "儿童主任"  # (监测人 is the 监测员, u168)


def test_the_people_a_register_title_lists_are_its_subject_beside_their_project() -> None:
    """Unseen 21's 「非物质文化遗产代表性项目及代表性传承人名录」 (one row per project, an event) lists its inheritors:
    代表性传承人 › 姓名 | 性别 | 身份证号 are the record's people, as on every roster. A troupe's card lists its
    主要成员 › 姓名 | 联系电话 after its own 负责人: those are other people."""
    from yitaobiao.model import Form, Layout

    heritage = [field("F1.1", "项目名称", ("代表性项目",)), field("F1.2", "姓名", ("代表性传承人",)),
                field("F1.3", "身份证号", ("代表性传承人",))]
    troupe = [field("F2.1", "团队名称"), field("F2.2", "姓名", ("负责人",)), field("F2.3", "姓名", ("主要成员",)),
              field("F2.4", "联系电话", ("主要成员",))]
    roster = [field("F3.1", "姓名"), field("F3.2", "身份证号码"), field("F3.3", "联系电话")]
    forms = [Form(id="F1", path="F1.xlsx", sheet="Sheet1", title="非物质文化遗产代表性项目及代表性传承人名录",
                  department="F1", layout=Layout.LIST, subject=Subject.EVENT),
             Form(id="F2", path="F2.docx", sheet="表1", title="群众文艺团队登记表", department="F2", layout=Layout.CARD,
                  subject=Subject.ORGANISATION),
             *forms_of(Layout.LIST, Subject.PERSON, Subject.PERSON, Subject.PERSON)[2:]]
    fields = heritage + troupe + roster
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.2", "F3.1") and same(fields, "F1.3", "F3.2")
    assert not same(fields, "F2.3", "F3.1") and not same(fields, "F2.4", "F3.3")


def test_the_newborn_or_the_dead_named_first_is_the_records_own_person() -> None:
    """Unseen 26: 出生登记申报表 opens 「新生儿情况 › 姓名 | 性别 … | 户主姓名」 and goes on to 父亲, 母亲 and the 申报人;
    a 死亡人员注销 register opens 「死者基本情况 › 姓名 …」. The 户主姓名 inside the newborn's section made the card
    「headed」 by the head, and the declaration's kind (按需) kept the newborn from being its subject: 94 pairs of
    the newborn's and the dead's own items stood apart from every other roster's."""
    from yitaobiao.model import Form, FormKind, Layout

    birth = [field("F1.1", "姓名", ("新生儿情况",)), field("F1.2", "性别", ("新生儿情况",)),
             field("F1.3", "户主姓名", ("新生儿情况",)), field("F1.4", "姓名", ("父亲情况",)),
             field("F1.5", "公民身份号码", ("父亲情况",)), field("F1.6", "姓名", ("申报人情况",))]
    deaths = [field("F2.1", "姓名", ("死者基本情况",)), field("F2.2", "公民身份号码", ("死者基本情况",)),
              field("F2.3", "死亡日期")]
    roster = [field("F3.1", "姓名"), field("F3.2", "性别"), field("F3.3", "公民身份号码")]
    forms = [Form(id="F1", path="F1.docx", sheet="表1", title="出生登记申报表", department="F1", layout=Layout.CARD,
                  subject=Subject.PERSON, kind=FormKind.ON_DEMAND),
             *forms_of(Layout.LIST, Subject.PERSON, Subject.PERSON, Subject.PERSON)[1:]]
    fields = birth + deaths + roster
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.1", "F3.1") and same(fields, "F1.2", "F3.2")
    assert same(fields, "F2.1", "F3.1") and same(fields, "F2.2", "F3.3")
    assert not same(fields, "F1.4", "F3.1") and not same(fields, "F1.5", "F3.3") and not same(fields, "F1.6", "F3.1")


def test_a_card_row_naming_someone_beside_a_side_label_gives_them_its_phone() -> None:
    """「家庭情况 › 父亲姓名 | ___ | 联系电话」 (unseen 24) and 「帮扶措施 › 帮扶责任人 | ___ | 联系电话」 (unseen 11, a person the
    synonym table knows by a word of its own): the rule that a card row's name owns the phone beside it stopped at
    rows under a side label, so the father's and the helper's phones met the record's own."""
    from yitaobiao.model import Layout

    card = [at("F1.1", "A1", "姓名"), at("F1.2", "C1", "联系电话"),
            at("F1.3", "B5", "父亲姓名", "家庭情况"), at("F1.4", "D5", "联系电话", "家庭情况"),
            at("F1.5", "B9", "帮扶责任人", "帮扶措施"), at("F1.6", "D9", "联系电话", "帮扶措施")]
    roster = [at("F2.1", "A3", "姓名"), at("F2.2", "B3", "联系电话")]
    fields = card + roster
    match_fields(fields, SYN, forms=forms_of(Layout.CARD, Subject.PERSON, Subject.PERSON)[:1]
                 + forms_of(Layout.LIST, Subject.PERSON, Subject.PERSON)[1:])
    by_id = {f.id: f for f in fields}
    assert same(fields, "F1.2", "F2.2")
    assert by_id["F1.4"].role == "父亲" and by_id["F1.6"].role == "帮扶责任人"


def test_the_document_of_a_register_of_foreigners_is_no_citizens_id() -> None:
    """Unseen 26's 境外人员临时住宿登记 asks 英文姓 | 国籍 | 证件种类 | 证件号码 | 签证种类: its 证件号码 is a passport's
    and met every roster's 公民身份号码. A 国籍 column alone (asked of citizens too) changes nothing."""
    from yitaobiao.model import Layout

    guests = [field("F1.1", "英文姓"), field("F1.2", "国籍"), field("F1.3", "证件号码"), field("F1.4", "签证种类")]
    citizens = [field("F2.1", "姓名"), field("F2.2", "国籍"), field("F2.3", "证件号码")]
    roster = [field("F3.1", "姓名"), field("F3.2", "公民身份号码")]
    fields = guests + citizens + roster
    match_fields(fields, SYN, forms=forms_of(Layout.LIST, Subject.PERSON, Subject.PERSON, Subject.PERSON))
    assert not same(fields, "F1.3", "F3.2") and same(fields, "F2.3", "F3.2")


def test_the_first_of_the_people_a_title_lists_together_is_the_subject() -> None:
    """Unseen 24's 「校车驾驶人及随车照管人员登记表」: each row is a driver (驾驶人基本情况 › 姓名 | 身份证号) with the
    attendant who rides along (随车照管员 › 姓名 | 联系电话); the drivers' items stood apart from every roster's."""
    from yitaobiao.match import _title_lists
    from yitaobiao.model import Form, Layout

    assert _title_lists("驾驶", "校车驾驶人及随车照管人员登记表") and not _title_lists("河长", "河长巡河记录表")
    bus = [field("F1.1", "姓名", ("驾驶人基本情况",)), field("F1.2", "身份证号", ("驾驶人基本情况",)),
           field("F1.3", "姓名", ("随车照管员",)), field("F1.4", "联系电话", ("随车照管员",))]
    roster = [field("F2.1", "姓名"), field("F2.2", "公民身份号码"), field("F2.3", "联系电话")]
    forms = [Form(id="F1", path="F1.xls", sheet="Sheet1", title="校车驾驶人及随车照管人员登记表", department="F1",
                  layout=Layout.LIST, subject=Subject.PERSON), *forms_of(Layout.LIST, Subject.PERSON, Subject.PERSON)[1:]]
    fields = bus + roster
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2")
    assert not same(fields, "F1.3", "F2.1") and not same(fields, "F1.4", "F2.3")


def test_a_section_about_a_body_gives_it_only_a_bodys_items() -> None:
    """「原就业单位情况 › 参加工作时间」 on a 失业保险金 claim (unseen 25) became the unit's 参加工作时间: the section names
    whose name, code, address and phone follow, not whose working life."""
    assert explain("参加工作时间", "参加工作时间", context_a=["原就业单位情况"]).same
    assert MAKER.key("联系电话", ("施工单位",)).role == "施工单位"
    assert not explain("联系电话", "联系电话", context_a=["原就业单位情况"]).same


def test_a_part_named_with_its_totals_measure_word_is_an_item_of_its_own() -> None:
    """Unseen 23: 农作物受灾面积 › 其中：成灾面积 was read 农作物受灾面积成灾面积 and missed every ledger's 成灾面积; a part
    with a nameless word (耕地面积 › 水田, 户籍人口 › 其中：女) is still read with its total."""
    assert MAKER.key("其中：成灾面积", ["农作物受灾面积"]).text == MAKER.key("成灾面积").text
    # (农业损失 is the 农业直接经济损失 of 《自然灾害情况统计调查制度》: u634)
    assert MAKER.key("其中：农业损失", ["直接经济损失"]).text == MAKER.key("农业直接经济损失").text
    assert MAKER.key("水田", ["耕地面积"]).text == "水田面积" != MAKER.key("水田").text  # (the paddy part's area: u533)
    assert MAKER.key("其中：女", ["户籍人口"]).text != MAKER.key("女").text


def test_a_place_level_under_a_group_on_a_table_of_places_counts_places() -> None:
    """Unseen 27's coverage table of towns: 移动网络覆盖 › 4G › 行政村 | 自然村 count the villages covered; 行政村 was read
    as the row's village (所属村) and merged with every roster's village column."""
    from yitaobiao.model import Layout

    towns = [at("F1.1", "A3", "乡镇"), at("F1.2", "B3", "行政村数"), at("F1.3", "D5", "行政村", "移动网络覆盖", "4G")]
    roster = [at("F2.1", "A3", "姓名"), at("F2.2", "B3", "行政村")]
    fields = towns + roster
    match_fields(fields, SYN, forms=forms_of(Layout.LIST, Subject.PLACE, Subject.PERSON))
    assert not same(fields, "F1.3", "F2.2")  # a count of villages, not the row's village
    assert not same(fields, "F1.3", "F1.2")  # those covered by 4G, not all of them
    # 古树名木 › 生长位置 › 村（社区） (unseen 29) says where the tree stands: the place, not a count of places
    trees = [at("F3.1", "A4", "树种"), at("F3.2", "C5", "村（社区）", "生长位置")]
    fields = trees + roster
    match_fields(fields, SYN, forms=forms_of(Layout.LIST, Subject.PLACE, Subject.PERSON, Subject.PLACE)[1:])
    assert same(fields, "F3.2", "F2.2")


def test_split_off_items_that_read_alike_are_numbered_not_given_an_internal_id() -> None:
    """Two items the clerk split off, each read 「负责人姓名（负责人）」, were told apart by 「·C205」 in the 一套表's
    header (helper-61): a clerk numbers them."""
    from yitaobiao.match import Decisions, _name_split_parts
    from yitaobiao.model import Concept

    fields = {fid: field(fid, "负责人") for fid in ("F1.1", "F2.1", "F3.1")}
    field_lk = {"F1.1": "负责人|姓名", "F2.1": "负责人|姓名 ", "F3.1": "负责人|姓名  "}
    concepts = [Concept(f"C{n}", "负责人姓名", [fid]) for n, fid in enumerate(fields, start=1)]
    decisions = Decisions(different={frozenset(field_lk.values())})
    _name_split_parts(concepts, decisions, field_lk, fields)
    names = [c.name for c in concepts]
    assert len(set(names)) == 3 and not any("·" in name for name in names), names
    # (wf55: a reading that already says what tells it apart is the name, not bracketed again)
    fields = {fid: field(fid, "申请类别") for fid in ("F1.1", "F2.1")}
    field_lk = {"F1.1": "|申请类别", "F2.1": "|申请类别（困境儿童）"}
    concepts = [Concept(f"C{n}", "申请类别", [fid]) for n, fid in enumerate(fields, start=1)]
    _name_split_parts(concepts, Decisions(different={frozenset(field_lk.values())}), field_lk, fields)
    assert sorted(c.name for c in concepts) == ["申请类别", "申请类别（困境儿童）"]


def test_a_pay_list_or_a_notice_lists_its_people() -> None:
    """Unseen 29: 护林员姓名 on a 生态护林员劳务报酬发放表 and a 选聘公示 list is the roster's own 姓名 (a 发放 list, a
    公示 names the people paid or chosen)."""
    from yitaobiao.match import _title_lists

    assert _title_lists("护林员", "生态护林员劳务报酬发放表") and _title_lists("护林员", "生态护林员选聘公示")
    assert not _title_lists("河长", "河长巡河记录表")


def test_numbers_that_name_something_make_items_not_slots() -> None:
    """覆盖 › 4G › 行政村 and 覆盖 › 5G › 行政村 were read as slots 1 and 2 of one item, like 成员1 › 姓名 and 成员2 ›
    姓名 (unseen 27): numbers that count blocks off make slots; 4G and 5G, 60岁 and 80岁 name different things."""
    from yitaobiao.match import _counted_off

    def of(*context: str) -> Field:
        return field("F1.1", "行政村", context)

    assert _counted_off([of("成员1"), of("成员2"), of("成员3")]) and _counted_off([of("第一胎"), of("第二胎")])
    assert not _counted_off([of("覆盖", "4G"), of("覆盖", "5G")])
    assert not _counted_off([of("2024年"), of("2025年")])
    # (u581: 「出生人数按孩次分 › 一孩 | 二孩」 of a village table were slots of one count, and merged)
    assert not _counted_off([of("出生人数按孩次分", "一孩"), of("出生人数按孩次分", "二孩")])
    assert not _counted_off([of("残疾等级", "一级"), of("残疾等级", "二级")])
    fields = [field("F1.1", "行政村数", ("覆盖", "4G")), field("F1.2", "行政村数", ("覆盖", "5G")),
              field("F1.3", "自然村数", ("覆盖", "4G")), field("F1.4", "自然村数", ("覆盖", "5G"))]
    match_fields(fields, SYN)
    assert not same(fields, "F1.1", "F1.2") and not same(fields, "F1.3", "F1.4")
    slots = [field("F2.1", "姓名", ("成员1",)), field("F2.2", "姓名", ("成员2",))]
    match_fields(slots, SYN)
    assert same(slots, "F2.1", "F2.2") and [f.slot for f in slots] == [1, 2]


def test_a_service_a_person_word_heads_is_no_persons_section() -> None:
    """「家庭医生签约 › 签约日期」 is the day the service was signed, asked bare on the signing ledger; 「监护人情况 ›
    姓名」 is still the guardian's."""
    assert explain("签约日期", "签约日期", context_a=("家庭医生签约",)).same
    assert MAKER.key("姓名", ("监护人情况",)).role == "监护人"


def test_a_column_naming_whose_or_when_under_an_item() -> None:
    """「联系方式 › 本人 | 家属」, 「体重 › 本次 | 下次目标」: the header is the item, the column whose or when."""
    assert explain("本人", "手机号码", context_a=("联系方式",)).same
    assert explain("家属", "家属电话", context_a=("联系方式",)).same
    assert not explain("家属", "本人", context_a=("联系方式",), context_b=("联系方式",)).same
    assert explain("本次", "体重（kg）", context_a=("体重（kg）",)).same
    assert not explain("本人", "签字", context_a=("签字",)).same  # a sign-off's box is no item's column


def test_written_numbers_and_a_measured_value() -> None:
    assert explain("餐后两小时血糖", "餐后2小时血糖").same
    assert explain("空腹血糖值（mmol/L）", "空腹血糖").same
    from yitaobiao.normalize import normalize_label

    assert normalize_label("两病患者人数").clean == "两病患者人数"  # 两病 is a name, not a number
    assert not explain("工业总产值", "工业总产").same


def test_a_parent_named_in_passing_on_a_register_of_patients() -> None:
    """「患者姓名 | 患儿家长姓名 | 有效证件号 | 性别 | 出生日期」: the identity block after the parent's name is the
    patient's, since the register asks a 性别 only once; 「经营者姓名 | 身份证号码」 on a register of shops is still
    the operator's."""
    labels = ["患者姓名", "患儿家长姓名", "有效证件号", "性别", "出生日期"]
    patients = [Field(id=f"F1.{n}", form_id="F1", path="a.csv", sheet="S", cell=f"{'ABCDE'[n - 1]}3", label=label,
                      header_path=[label]) for n, label in enumerate(labels, start=1)]
    roster = [Field(id=f"F2.{n}", form_id="F2", path="b.xlsx", sheet="S", cell=f"{'ABC'[n - 1]}3", label=label,
                    header_path=[label]) for n, label in enumerate(["姓名", "公民身份号码", "性别"], start=1)]
    match_fields([*patients, *roster], forms=forms_of("list", Subject.PERSON, Subject.PERSON))
    assert [p.concept_id == r.concept_id for p, r in zip([patients[2], patients[3]], roster[1:], strict=True)] == [
        True, True]
    assert patients[1].concept_id != roster[0].concept_id


def test_a_quantity_or_a_kind_of_its_own_under_a_quantity_header() -> None:
    """「养殖规模 › 其中：能繁母猪存栏 | 养殖畜种」 on a farm's card: items of their own, not parts of 养殖规模 (a part
    names only what it counts: 耕地面积 › 水田)."""
    assert explain("其中：能繁母猪存栏（头）", "能繁母猪存栏", context_a=("养殖规模",)).same
    assert MAKER.key("养殖畜种", ("养殖规模",)).text == "畜禽种类"
    assert MAKER.key("水田", ("耕地面积",)).header == "耕地面积"


def test_a_post_on_its_beat_is_the_post_but_not_at_another_level() -> None:
    """包片防疫员 and 责任防疫员 hold one post; 养殖户户主 is the 户主; 企业联系人 stays someone else; 县级路长,
    乡级路长 and 村级路长 are three people on one form (u36: 县级路长 › 姓名 had become the roster's own 姓名)."""
    assert explain("联系电话", "联系电话", context_a=("责任防疫员",), context_b=("包片防疫员",)).same
    assert explain("手机号", "电话", context_a=("日常联系人",), context_b=("联系人",)).same  # (u37)
    assert explain("姓名", "户主姓名", context_a=("养殖户户主",)).same
    assert not explain("企业联系人电话", "联系人电话").same
    assert not explain("姓名", "姓名", context_a=("县级路长",), context_b=("乡级路长",)).same
    assert MAKER.key("姓名", ("县级路长",)).role == "县级路长"


def test_a_households_card_is_not_about_the_post_its_title_names_a_work_of() -> None:
    """「养殖户动物防疫档案卡」 keyed by 户主姓名: its 责任防疫员 › 姓名 is not the record's own person (防疫 names the
    work done, as 信访 would name the petitioner)."""
    from yitaobiao.model import Form, Layout

    card = [Field(id=f"F1.{n}", form_id="F1", path="a.xlsx", sheet="S", cell=cell, label=label,
                  header_path=[*group, label])
            for n, (cell, group, label) in enumerate([("B3", ["户主信息"], "户主姓名"), ("D3", ["户主信息"], "身份证号码"),
                                                      ("B8", ["责任防疫员"], "姓名"), ("D8", ["责任防疫员"], "联系电话")],
                                                     start=1)]
    roster = [Field(id="F2.1", form_id="F2", path="b.xlsx", sheet="S", cell="B3", label="姓名", header_path=["姓名"])]
    forms = [Form(id="F1", path="a.xlsx", sheet="S", title="养殖户动物防疫档案卡", department="F1", layout=Layout.CARD,
                  subject=Subject.HOUSEHOLD),
             Form(id="F2", path="b.xlsx", sheet="S", title="村民名册", department="F2", layout=Layout.LIST,
                  subject=Subject.PERSON)]
    match_fields([*card, *roster], SYN, forms=forms)
    assert card[2].concept_id != roster[0].concept_id and card[2].role == "防疫员"


def test_the_name_of_the_body_a_register_is_of_whatever_its_kind() -> None:
    """「小作坊名称」 on a 食品小作坊登记表, 「个体工商户名称」, 「生产经营单位名称」: the register's own body, as 企业名称
    is; 「主管单位名称」 and 「施工单位名称」 name another body."""
    from yitaobiao.match import _names_the_organisation

    assert _names_the_organisation("小作坊名称", "青山镇食品小作坊登记表")
    assert _names_the_organisation("个体工商户名称", "个体工商户基本信息采集表")
    assert _names_the_organisation("场所名称", "九小场所消防安全检查登记表")
    assert _names_the_organisation("生产经营单位名称", "安全生产隐患排查整改台账")
    assert not _names_the_organisation("主管单位名称", "社会组织登记表")
    assert not _names_the_organisation("施工单位名称", "在建工程安全检查台账")
    assert not _names_the_organisation("场所名称", "学生资助名册")  # a kind the title does not register
    # (u111: a site the title registers, and a 个体工商户's 字号)
    assert _names_the_organisation("加油站名称", "成品油零售经营企业（加油站）基本情况台账")
    assert _names_the_organisation("字号名称", "个体工商户和小微企业名录摸底登记表")
    assert not _names_the_organisation("加油站名称", "危险化学品运输车辆台账")
    assert not _names_the_organisation("检测站名称", "机动车检测站检测记录")  # 检测 is another body's doing
    # (u287: a register of the stalls in a market is of the stalls; the market is where each row is)
    assert not _names_the_organisation("市场名称", "农贸市场畜禽肉经营户登记台账")
    assert _names_the_organisation("市场名称", "农贸市场基本情况登记表")


def test_a_post_named_outright_over_a_bracket() -> None:
    """「厨师（承办者）› 姓名」 is the cook's; 「申请人（户主）」 and 「家庭成员（监护人）」 still name the bracketed one."""
    assert MAKER.key("姓名", ("厨师（承办者）",)).role == "厨师"
    assert MAKER.key("姓名", ("申请人（户主）",)).role == "户主"
    assert MAKER.key("姓名", ("家庭成员（监护人）",)).role == "监护人"


def test_the_period_of_an_indicator_table_is_in_its_columns() -> None:
    """「一、本年总收入 › 1.经营收入」 beside 本年数 | 上年同期数 columns, and 「收入合计 › 经营收入」 beside 本季数 |
    本年累计数: one item each, the period being the columns' (u30). A register's 本年收入 keeps its period."""
    from yitaobiao.model import Form, Layout

    def table(form_id: str, rows: list[tuple[str, list[str]]], periods: list[str]) -> tuple[Form, list[Field]]:
        fields = [Field(id=f"{form_id}.{n}", form_id=form_id, path=f"{form_id}.xlsx", sheet="S", cell=f"A{n + 5}",
                        label=label, header_path=[*groups, label]) for n, (label, groups) in enumerate(rows, start=1)]
        return Form(id=form_id, path=f"{form_id}.xlsx", sheet="S", title=form_id, department=form_id,
                    layout=Layout.INDICATOR, subject=Subject.AGGREGATE, period_columns=periods), fields

    annual, a = table("F1", [("一、本年总收入", []), ("1.经营收入", ["一、本年总收入"])], ["本年数", "上年同期数"])
    quarterly, q = table("F2", [("一、总收入", []), ("经营收入", ["一、总收入"])], ["本季数", "本年累计数"])
    register = [Field(id="F3.1", form_id="F3", path="F3.xlsx", sheet="S", cell="C3", label="本年经营收入",
                      header_path=["本年经营收入"])]
    forms = [annual, quarterly, Form(id="F3", path="F3.xlsx", sheet="S", title="F3", department="F3",
                                     layout=Layout.LIST, subject=Subject.ORGANISATION)]
    match_fields([*a, *q, *register], SYN, forms=forms)
    assert a[0].concept_id == q[0].concept_id and a[1].concept_id == q[1].concept_id
    assert register[0].concept_id != q[1].concept_id


def test_a_cards_expiry_beside_its_documents_number_and_a_posts_own_items() -> None:
    """「经营者情况 › 健康证明编号 | ___ | 有效期至」 is the 健康证明's expiry, as a register's 「健康证明 › 有效期至」;
    the same pair beside 「厨师」 is the cook's, not the operator's."""
    from yitaobiao.model import Form, Layout

    card = [at("F1.1", "B6", "姓名", "经营者情况"), at("F1.2", "B9", "健康证明编号", "经营者情况"),
            at("F1.3", "E9", "有效期至", "经营者情况"), at("F1.4", "B17", "登记证编号", "登记信息"),
            at("F1.5", "E17", "有效期至", "登记信息"), at("F1.6", "B14", "健康证明编号", "厨师"),
            at("F1.7", "E14", "有效期至", "厨师")]
    register = [at("F2.1", "M4", "有效期至", "健康证明")]
    forms = [Form(id="F1", path="F1.xlsx", sheet="S", title="食品小作坊登记表", department="F1", layout=Layout.CARD,
                  subject=Subject.ORGANISATION),
             Form(id="F2", path="F2.xlsx", sheet="S", title="摊贩台账", department="F2", layout=Layout.LIST,
                  subject=Subject.PERSON)]
    fields = [*card, *register]
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.3", "F2.1")
    assert not same(fields, "F1.3", "F1.5") and not same(fields, "F1.7", "F1.3") and not same(fields, "F1.6", "F1.2")
    assert "健康证明" in card[2].label_key and "登记证" in card[4].label_key and "厨师" in card[5].label_key


def test_a_party_to_a_contract_may_be_a_person_or_a_body() -> None:
    """「承包方」 alone asks the party's name, as 「承包方（乙方）› 姓名或单位名称」 does; a party's credit code and the
    other party's 单位名称 are that party's."""
    assert MAKER.key("承包方").text == MAKER.key("姓名或单位名称", ("承包方（乙方）",)).text
    assert MAKER.key("统一社会信用代码", ("承包方",)).role == "承包方"
    assert MAKER.key("单位名称", ("发包方（甲方）",)).role == "发包方"
    assert MAKER.key("营业额或营业收入").text == MAKER.key("营业收入").text


def test_a_register_of_units_asks_its_own_bodys_items_whatever_the_kind() -> None:
    """u35: 「一、单位基本情况 › 统一社会信用代码」, 「个体户名称（字号名称）」, 「农场基本信息 › 主体名称 | 农场地址」,
    「门店信息 › 商户名称 | 门店地址」 on registers of units are the unit's own code, name and premises."""
    from yitaobiao.model import Form, Layout

    def register(form_id: str, title: str, rows: list[tuple[str, tuple[str, ...]]]) -> tuple[Form, list[Field]]:
        fields = [Field(id=f"{form_id}.{n}", form_id=form_id, path=f"{form_id}.xlsx", sheet="S", cell=f"B{n + 3}",
                        label=label, header_path=[*groups, label], form_title=title)
                  for n, (label, groups) in enumerate(rows, start=1)]
        return Form(id=form_id, path=f"{form_id}.xlsx", sheet="S", title=title, department=form_id,
                    layout=Layout.CARD, subject=Subject.ORGANISATION), fields

    census, c = register("F1", "个体经营户清查表", [("统一社会信用代码", ("一、单位基本情况",)),
                                             ("个体户名称（字号名称）", ("一、单位基本情况",)),
                                             ("经营地址", ("一、单位基本情况",))])
    farm, f = register("F2", "家庭农场基本情况登记表", [("社会信用代码", ("农场基本信息",)), ("主体名称", ("农场基本信息",)),
                                                ("农场地址", ("农场基本信息",))])
    shop, s = register("F3", "沿街门店治安管理信息登记表", [("商户名称", ("门店信息",)), ("门店地址", ("门店信息",)),
                                                   ("主管单位名称", ())])
    fields = [*c, *f, *s]
    match_fields(fields, SYN, forms=[census, farm, shop])
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2") and same(fields, "F1.2", "F3.1")
    assert same(fields, "F1.3", "F2.3") and same(fields, "F1.3", "F3.2")
    assert not same(fields, "F3.3", "F3.1")


def test_the_village_a_row_of_a_table_of_villages_is_by_any_name() -> None:
    """「帮扶单位 | 贫困村 | 贫困户户数」: the 贫困村 column names the village each row is (helper-71: split left it
    empty, the 一套表 asking 所属村); a 贫困村 further right on such a table is not taken for it."""
    from yitaobiao.model import Form, Layout

    table = [Field(id=f"F1.{n}", form_id="F1", path="a.xls", sheet="1", cell=f"{c}4", label=label,
                   header_path=["帮扶到户", label]) for n, (c, label) in enumerate(
        [("A", "帮扶单位"), ("B", "贫困村"), ("C", "贫困户户数（户）"), ("D", "贫困村")], start=1)]
    villages = [Field(id="F2.1", form_id="F2", path="b.xls", sheet="S", cell="C1", label="村名称",
                      header_path=["村名称"])]
    forms = [Form(id=f"F{n}", path=p, sheet="S", title=f"F{n}", department=f"F{n}", layout=Layout.LIST,
                  subject=Subject.PLACE) for n, p in ((1, "a.xls"), (2, "b.xls"))]
    match_fields([*table, *villages], SYN, forms=forms)
    assert table[1].concept_id == villages[0].concept_id and table[3].concept_id != villages[0].concept_id


def test_a_position_is_of_what_its_header_names() -> None:
    """「问题坐标 › 经度」 and 「取水口坐标 › 经度」 locate two things (u34: merged, a look-alike pair); 「地理坐标 ›
    经度」 and a bare 经度 say only how a position is given."""
    assert not explain("经度", "经度", context_a=("问题坐标",), context_b=("取水口坐标",)).same
    assert explain("经度", "东经", context_a=("地理坐标",)).same
    # (u430: a wetland's 「中心点坐标 › 经度」 and 「中心位置 › 东经」 are where the record itself lies, as 地理坐标)
    assert explain("经度", "东经", context_a=("中心点坐标",), context_b=("中心位置",)).same
    assert MAKER.key("姓名", ("安全管理责任人", "政府行政责任人")).role == MAKER.key("姓名", ("行政责任人",)).role


def test_a_period_column_under_an_item_is_that_items_period() -> None:
    """「营业收入 › 上年度」 is the 上年度营业收入, as 「体重 › 本次」 is the 体重; 营业额 is the 营业收入 of
    统计 forms."""
    assert MAKER.key("上年度", ("营业额",)).text == MAKER.key("上年度", ("营业收入",)).text == "上年营业收入"
    assert not explain("上年度", "营业收入", context_a=("营业收入",)).same


def test_the_village_a_row_is_in_is_no_count_of_villages() -> None:
    """「建制村」 on a register of stations (the village it is in) against 「建制村总数」 of a statistical table (u36)."""
    assert not explain("建制村总数", "建制村").same
    assert explain("建制村", "行政村").same


def test_a_stake_number_is_of_the_stretch_its_header_names() -> None:
    """「养护路段 › 起点桩号」 and 「隐患路段 › 起点桩号」 are where two different stretches start (u36)."""
    assert not explain("起点桩号", "起点桩号", context_a=("养护路段",), context_b=("隐患路段",)).same
    assert explain("起点桩号", "桩号", context_b=("起点",)).same


def test_a_section_naming_a_body_is_that_bodys() -> None:
    """「销售企业信息 › 统一社会信用代码」 on a card and 「销售企业 › 统一社会信用代码」 in a register (u37)."""
    assert MAKER.key("统一社会信用代码", ("销售企业信息",)).text == MAKER.key("统一社会信用代码", ("销售企业",)).text
    assert MAKER.key("联系电话", ("单位基本情况",)).role == "单位"


def test_when_a_house_or_a_station_was_built_is_named_for_either() -> None:
    """建成时间 of a 综合服务社 was shown as 「建房时间」 (u37); the item's name now fits a house, a road or a station."""
    assert MAKER.key("建成时间").canonical == MAKER.key("建房时间").canonical == "建成时间"


def test_items_whose_printed_choices_have_nothing_in_common_are_two() -> None:
    """产品类别 with □冰箱 □洗衣机 □空调 on a trade-in form and with □粮油 □果蔬 □禽肉 on a consumption-aid form ask
    about different goods (u37); 是/否 against 有/无 says too little to part them."""
    appliances = field("F1.1", "产品类别", ("购买新品信息",))
    appliances.options = ["□冰箱 □洗衣机 □空调 □电视机"]
    food = field("F2.1", "产品类别", ("申报产品情况",))
    food.options = ["□粮油 □果蔬 □禽肉"]
    bare = field("F3.1", "产品类别")
    yes = field("F4.1", "是否参保")
    yes.options = ["□是 □否"]
    has = field("F5.1", "是否参保")
    has.options = ["□有 □无"]
    fields = [appliances, food, bare, yes, has]
    match_fields(fields, SYN)
    assert appliances.concept_id != food.concept_id
    assert bare.concept_id in (appliances.concept_id, food.concept_id) and yes.concept_id == has.concept_id


def test_two_kinds_of_their_own_printed_as_choices_part_two_items() -> None:
    """u541: 机构类别 □盲人医疗按摩 □盲人保健按摩 of a 盲人按摩机构 card met 机构类型 □民办非企业单位 □事业单位 of a
    辅助性就业机构 card (0.94): two kinds with nothing in common are two classings; a two-way answer (城镇/农村,
    农业/非农业) is one question however its words differ."""
    massage = field("F1.1", "机构类别")
    massage.options = ["□盲人医疗按摩 □盲人保健按摩"]
    legal = field("F2.1", "机构类型", ("机构基本情况",))
    legal.options = ["□民办非企业单位 □事业单位"]
    town = field("F3.1", "户口性质")
    town.options = ["□城镇 □农村"]
    farm = field("F4.1", "户口性质")
    farm.options = ["□农业 □非农业"]
    fields = [massage, legal, town, farm]
    match_fields(fields, SYN)
    assert massage.concept_id != legal.concept_id and town.concept_id == farm.concept_id


def test_a_bare_headcount_of_people_listed_by_household_is_the_households_size() -> None:
    """wf122, wf123, wf125: 「姓名 | 证件号码 | 人数 | 与户主关系」 of a 监测户台账 was a 人数 of that form alone, beside the
    家庭人口数 of every other form; the 一套表 asked both and the one the cadre filled never reached the 台账. A house
    survey's 人口 (who lives in the house) is left as it is."""
    roster = [field("F1.1", "姓名"), field("F1.2", "证件号码"), field("F1.3", "人数"), field("F1.4", "与户主关系")]
    card = [field("F2.1", "家庭人口数", ("学生本人基本情况",))]
    houses = [field("F3.1", "户主姓名"), field("F3.2", "人口（人）")]
    fields = roster + card + houses
    _match_forms(fields, [form_of("F1", "2024新槐村监测户基本信息台账", Layout.LIST, Subject.PERSON),
                          form_of("F2", "学生及家庭情况调查表", Layout.CARD, Subject.PERSON),
                          form_of("F3", "农村房屋基本情况摸排表", Layout.LIST, Subject.HOUSEHOLD)])
    assert roster[2].concept_id == card[0].concept_id != houses[1].concept_id


def test_the_people_a_bodys_card_names_are_not_its_record() -> None:
    """u542: 「二、药学技术人员情况 › 执业药师姓名」, the one name column of a 定点零售药店申请表 (its ID number the
    法定代表人's), was read as the record's own person and met every roster's 姓名 (a look-alike); so did 园长姓名 of
    a 幼儿园认定申请表 (u537). A body's card is the body's; a register of things keyed by their owner stays the owner's."""
    card = [at("F1.1", "A2", "申请单位名称", "一、申请单位基本情况"), at("F1.2", "A6", "法定代表人", "一、申请单位基本情况"),
            at("F1.3", "C6", "身份证号码", "一、申请单位基本情况"), at("F1.4", "A11", "执业药师姓名", "二、药学技术人员情况")]
    roster = [field("F2.1", "姓名"), field("F2.2", "公民身份号码")]
    bikes = [field("F3.1", "车主姓名"), field("F3.2", "公民身份号码"), field("F3.3", "车架号")]
    fields = card + roster + bikes
    _match_forms(fields, [form_of("F1", "定点零售药店申请表", Layout.CARD, Subject.ORGANISATION),
                          form_of("F2", "协管员花名册", Layout.LIST, Subject.PERSON),
                          form_of("F3", "电动自行车登记上牌台账", Layout.LIST, Subject.ORGANISATION)])
    assert not same(fields, "F1.4", "F2.1") and same(fields, "F3.1", "F2.1")


def test_a_class_of_land_under_an_area_header_is_that_classs_area() -> None:
    """u533: 「占用面积 › 其中：永久基本农田」 of a 非农化 台账 met 「地块面积（亩） › 永久基本农田」 of a 非粮化 排查表 as a bare
    永久基本农田 (a look-alike): a class of land under an area header is the area of that class, taken up, let or
    cleared as the header says."""
    taken = MAKER.key("其中：永久基本农田", ("占用面积",))
    assert taken.text == "占用永久基本农田面积"
    assert not explain("其中：永久基本农田", "永久基本农田", context_a=["占用面积"], context_b=["地块面积（亩）"]).same
    assert explain("永久基本农田", "永久基本农田面积（亩）", context_a=["地块面积（亩）"]).same
    assert MAKER.key("水田", ("流转面积",)).text == "流转水田面积"


def test_an_offices_section_names_the_office() -> None:
    """wf125, wf128: 「民政部门信息 › 邮政编码 | 联系电话」 of a 高校学生及家庭情况调查表 became the 一套表's 单位邮政编码 and
    单位联系电话, which a cadre read as the student's employer's and typed them there; the values went into the
    民政部门 block of the card. The office a section names is the role; the applicant's own body stays 单位."""
    assert MAKER.key("联系电话", ("民政部门信息",)).text == "民政部门联系电话"
    assert MAKER.key("邮政编码", ("民政部门信息",)).role == "民政部门"
    assert MAKER.key("联系电话", ("申请部门信息",)).role == "单位"


def test_documents_books_and_wells_counted_are_counts() -> None:
    """u550: 「签订安全责任书（份）」 of a village's 月报 met a boat's 是否签订安全责任书 (0.93): 份 was no unit, so the count
    read as the item. 份, 本, 册 count documents and books, 眼 wells, 场次 performances."""
    assert not explain("签订安全责任书（份）", "是否签订安全责任书").same
    for label in ("签订安全责任书（份）", "藏书（册）", "机井（眼）", "演出（场次）", "发放资料（本）"):
        assert MAKER.key(label).unit, label


def test_a_tongxun_column_is_the_phone() -> None:
    """wf124, wf129: 「通  讯」 of a 公租房 register of households (户主姓名 | 性别 | 年龄 | … | 通讯) stood alone, so the
    head's phone typed in the 一套表 never reached it."""
    assert explain("通  讯", "联系电话").same and explain("通讯方式", "联系电话").same
    assert not explain("通讯地址", "联系电话").same


def test_a_craftsman_is_someone_else() -> None:
    """「建筑工匠 › 姓名 | 联系电话」 on a register of house building (u39): the craftsman's, not the household's."""
    assert MAKER.key("联系电话", ("建筑工匠",)).role == "建筑工匠"
    assert not explain("联系电话", "联系电话", context_a=("建筑工匠",)).same


def test_a_wording_read_two_ways_gets_two_keys_and_a_decision_applies_to_one() -> None:
    """helper-82: 联系电话 of a register and 家庭通讯信息 › 联系电话 (the family's) had one label key; the clerk's
    「同一数据项」 for 人联系电话 ~ 联系电话 was applied to the family's phone, and split the pair it confirmed."""
    from yitaobiao.match import Decisions

    def fields() -> list[Field]:
        return [field("F1.1", "人联系电话"), field("F2.1", "联系电话"), field("F3.1", "联系电话", ("家庭通讯信息",)),
                field("F4.1", "金额"), field("F5.1", "金额")]

    first = fields()
    match_fields(first, SYN)
    key = {f.id: f.label_key for f in first}
    assert key["F2.1"] == "|联系电话" and key["F3.1"] != key["F2.1"]
    assert key["F4.1"] != key["F5.1"]  # 金额 of one form is not known to be 金额 of another
    again = fields()
    match_fields(again, SYN, decisions=Decisions(same={frozenset((key["F1.1"], key["F2.1"]))}))
    assert same(again, "F1.1", "F2.1") and not same(again, "F1.1", "F3.1")


def test_the_other_side_of_a_case_is_never_the_records_own() -> None:
    """helper-78: 当事人（对方） › 姓名 met everyone's own 姓名 while 当事人（申请方） was read as a side."""
    other = {MAKER.key("姓名", ["当事人（对方）"]).node, MAKER.key("姓名", ["对方当事人"]).node,
             MAKER.key("对方当事人姓名（名称）").node}
    assert len(other) == 1 and MAKER.key("姓名").node not in other
    assert MAKER.key("联系电话", ["当事人（对方）"]).role == "对方当事人"


def test_a_register_keyed_by_its_peoples_name_keeps_others_groups_apart() -> None:
    """helper-80: a 孕产妇 register (孕产妇姓名 | 丈夫 › 姓名 | … | 新生儿 › 性别) was read as the newborn's: the
    husband's 姓名 kept 孕产妇姓名 from being the record's own name, and 新生儿 › 性别 met everyone's own 性别."""
    from yitaobiao.model import Form

    register = Form(id="F1", path="F1.xlsx", sheet="Sheet1", title="2025年度辖区孕产妇保健管理登记台账",
                    department="F1", layout="list", subject=Subject.PERSON)
    roster = Form(id="F2", path="F2.xlsx", sheet="Sheet1", title="花名册", department="F2", layout="list",
                  subject=Subject.PERSON)
    fields = [at("F1.1", "B4", "孕产妇姓名", "孕产妇基本信息"), at("F1.2", "G5", "姓名", "孕产妇基本信息", "丈夫"),
              at("F1.3", "V4", "性别", "新生儿"), at("F1.4", "C4", "身份证号码", "孕产妇基本信息"),
              at("F2.1", "A3", "姓名"), at("F2.2", "B3", "性别"), at("F2.3", "C3", "公民身份号码")]
    match_fields(fields, SYN, forms=[register, roster])
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.4", "F2.3")
    assert not same(fields, "F1.3", "F2.2") and not same(fields, "F1.2", "F2.1")


def test_an_agent_and_a_service_body_named_on_a_card_are_someone_else() -> None:
    """helper-79: on a 危房改造 card the 户主情况 row 「委托代办人 | 与户主关系 | 代办人电话」 was read as the head's, and
    the agent's relation met a family member's. helper-81: 「二、运行维护单位 › 统一社会信用代码」 on a facility's
    card was read as the facility's own code and met a farm's."""
    agent = MAKER.key("与户主关系", ["户主情况", "代办人"])
    assert agent.role == "代办人" and agent.node != MAKER.key("与户主关系", ["家庭成员"]).node
    assert MAKER.key("与户主关系", ["家庭成员"]).node == MAKER.key("与户主关系").node
    assert MAKER.key("代办人电话", ["户主情况"]).role == "代办人"
    from yitaobiao.match import _about_its_own_body

    assert not _about_its_own_body("二、运行维护单位", "农村生活污水处理设施运行维护登记表")
    assert _about_its_own_body("一、单位基本情况", "企业安全生产登记表")
    # (u415: a register the title names of 责任单位 is of them: its 责任单位基本情况 is each row's own body, whose 经营
    # 地址 is the 场所地址 of a check on it, not a 责任单位's beside the row)
    assert _about_its_own_body("责任单位基本情况", "XX县“门前三包”责任单位登记台账")
    assert not _about_its_own_body("责任单位基本情况", "河道巡查情况登记台账")


def test_who_drives_attends_or_visits_is_someone_else() -> None:
    """helper-85: on a 校车使用许可及驾驶人、照管员信息台账 the 随车照管人员's name and phone met everyone's own; helper-84:
    a 走访摸底台账's 走访人 › 职务 met a militia member's 担任职务, and 走访人 was read as the families visited.
    A 资助标准 (元/生·学期) is a rate, not the 资助金额 paid."""
    from yitaobiao.model import Form

    bus = Form(id="F1", path="F1.xlsx", sheet="Sheet1", title="全县校车使用许可及驾驶人、照管员信息台账",
               department="F1", layout="list", subject=Subject.PERSON)
    visits = Form(id="F2", path="F2.xlsx", sheet="Sheet1", title="应征青年家庭走访摸底台账", department="F2",
                  layout="list", subject=Subject.PERSON)
    roster = Form(id="F3", path="F3.xlsx", sheet="Sheet1", title="民兵花名册", department="F3", layout="list",
                  subject=Subject.PERSON)
    fields = [at("F1.1", "C4", "号牌号码", "车辆信息"), at("F1.2", "I4", "姓名", "驾驶人"), at("F1.3", "L4", "手机号", "驾驶人"),
              at("F1.4", "M4", "姓名", "随车照管人员"), at("F1.5", "N4", "手机号", "随车照管人员"),
              at("F2.1", "B4", "青年姓名"), at("F2.2", "N4", "走访人", "走访情况"), at("F2.3", "O4", "走访人职务", "走访情况"),
              at("F3.1", "B4", "姓名"), at("F3.2", "C4", "联系电话"), at("F3.3", "N5", "担任职务", "编组情况")]
    match_fields(fields, SYN, forms=[bus, visits, roster])
    for other in ("F1.2", "F1.4", "F2.2"):
        assert not same(fields, other, "F3.1"), other
    assert not same(fields, "F1.5", "F3.2") and not same(fields, "F1.3", "F3.2")
    assert not same(fields, "F2.3", "F3.3")
    assert MAKER.key("资助标准").node != MAKER.key("资助金额").node


def test_a_person_word_with_yuan_alone_asks_that_persons_name() -> None:
    """helper-83, helper-79: 检查人 and 检查人员, 排查人 and 排查人员 were two items: 「X人员」 alone is X's name."""
    assert MAKER.key("检查人员").node == MAKER.key("检查人").node == MAKER.key("姓名", ["检查人"]).node
    assert MAKER.key("排查人员").node == MAKER.key("排查人").node


def test_who_a_count_counts_is_no_prefix_to_drop() -> None:
    """helper-86: 婴儿死亡人数 was read as 死亡人口数 (婴儿 dropped as a word for the record's own person), so a
    cadre's count of every death would land in the infants' row. 儿童姓名 is still the child's 姓名."""
    assert MAKER.key("婴儿死亡人数").node != MAKER.key("死亡人数").node
    assert MAKER.key("儿童姓名").node == MAKER.key("姓名").node
    # (helper-87: 威胁对象 › 户数 was read as 户籍户数, its sibling 人数 as 威胁对象人数)
    assert MAKER.key("户数", ["威胁对象"]).node != MAKER.key("户数").node
    assert MAKER.key("救助对象姓名").node == MAKER.key("姓名").node


def test_an_account_is_its_holders_and_who_collects_is_one_role() -> None:
    """helper-86: 领取人信息 › 开户银行 met the soldier's own 开户银行, so his bank reached the recipient's column;
    helper-84: 领取人 (发放花名册) and 申领人 (申领审批表) of a 优待金 are the one family member who collects it."""
    assert MAKER.key("开户银行", ["领取人信息"]).node != MAKER.key("开户银行").node
    assert MAKER.key("银行账号", ["监护人"]).role == "监护人"
    assert MAKER.key("银行账号", ["家庭成员"]).node == MAKER.key("银行账号").node
    assert MAKER.key("姓名", ["申领人情况"]).node == MAKER.key("姓名", ["领取人信息"]).node != MAKER.key("姓名").node


def test_the_keeper_of_stored_goods_is_one_post() -> None:
    """helper-87: 保管员 › 姓名, 物资管理员 › 姓名 and 保管人 of three 物资 registers were three items, their phones three
    more."""
    keeper = MAKER.key("姓名", ["保管员"]).node
    assert MAKER.key("保管人").node == MAKER.key("姓名", ["物资管理员"]).node == keeper != MAKER.key("姓名").node


def test_a_due_amount_a_per_person_unit_and_a_unit_in_a_groups_brackets() -> None:
    """helper-88 (medical insurance): 缴费及资助（元/人） › 应缴费金额 of a one-person-a-row register was kept from
    应缴费额（元） by 元/人 ≠ 元, then met a door-to-door list's 缴费金额 (paid, not due); and 「（元/人）」 in the
    group's brackets was read as a person, so 姓名 under it became 「元/人姓名」."""
    from yitaobiao.model import Form

    roster = Form(id="F1", path="F1.xlsx", sheet="Sheet1", title="参保资助核对表", department="F1", layout="list",
                  subject=Subject.PERSON)
    doors = Form(id="F2", path="F2.csv", sheet="Sheet1", title="入户动员登记表", department="F2", layout="list",
                 subject=Subject.PERSON)
    fields = [at("F1.1", "B4", "姓名"), at("F1.2", "K4", "应缴费金额", "缴费及资助（元/人）"),
              at("F2.1", "B3", "姓名"), at("F2.2", "K3", "缴费金额（元）"), at("F2.3", "L3", "应缴费金额（元）")]
    fields[1].unit = "元/人"
    match_fields(fields, SYN, forms=[roster, doors])
    assert same(fields, "F1.2", "F2.3") and not same(fields, "F1.2", "F2.2")
    assert MAKER.key("姓名", ["缴费及资助（元/人）"]).node == MAKER.key("姓名").node


def test_the_head_of_the_record_is_one_post_whatever_the_record_is_called() -> None:
    """u33: a 九小场所 register's 「场所负责人 › 姓名」, an enterprise table's 「企业负责人 › 主要负责人 › 姓名」 and a
    隐患台账's 「主要负责人 › 姓名」 ask the same person. A contact is not so read: 企业联系人 ≠ 点位联系人."""
    assert explain("姓名", "姓名", context_a=["场所负责人"], context_b=["主要负责人"]).same
    assert explain("电话", "联系电话", context_a=["企业负责人"], context_b=["单位负责人"]).same
    assert explain("场所负责人", "负责人姓名").same
    assert not explain("企业联系人电话", "站点联系人电话").same
    assert not explain("场所负责人", "姓名").same


def test_a_count_is_not_the_people_it_counts() -> None:
    """u53: a 合作社's 「成员数（个）」 was one item with a 家庭农场 card's 「家庭成员情况 › 姓名」."""
    assert not explain("成员数（个）", "姓名", context_b=["家庭成员情况"]).same
    assert not explain("成员总数", "家庭成员").same
    # (a member named is shown as 家庭成员姓名, not 家庭成员 — u108, u114, u116 read it as the family itself)
    assert MAKER.key("姓名", ("家庭成员情况",)).text == "家庭成员姓名" and explain("户内成员", "家庭成员姓名").same


def test_a_row_of_a_statistics_table_is_a_figure() -> None:
    """u50: a 季报's rows 「承租人员」 and 「出租房屋（套） › 签订治安责任书」 count tenants and houses; a 出租房屋台账's
    「承租人员 › 姓名」 and 「是否签订治安责任书」 ask a name and a yes/no of one house."""
    from yitaobiao.model import Form, Layout

    fields = [at("F1.1", "A5", "承租人员"), at("F1.2", "A6", "签订治安责任书", "出租房屋（套）"),
              at("F2.1", "K5", "姓名", "承租人员"), at("F2.2", "T4", "是否签订治安责任书"),
              at("F3.1", "A5", "签订治安责任书", "出租房屋（套）")]
    forms = [Form(id=fid, path=f"{fid}.xlsx", sheet="Sheet1", title=fid, department=fid, layout=layout,
                  subject=subject)
             for fid, layout, subject in (("F1", Layout.INDICATOR, Subject.AGGREGATE),
                                          ("F2", Layout.LIST, Subject.PLACE),
                                          ("F3", Layout.INDICATOR, Subject.AGGREGATE))]
    match_fields(fields, SYN, forms=forms)
    assert not same(fields, "F1.1", "F2.1") and not same(fields, "F1.2", "F2.2")
    assert same(fields, "F1.2", "F3.1")


def test_a_place_asked_down_to_the_county_is_a_region_not_an_address() -> None:
    """u50, u52: 「户籍地（省市县）」 and 「户籍所在地（省/市/县）」 ask a region (浙江省杭州市西湖区); 户籍地址 and 户籍详址
    ask the door."""
    assert not explain("户籍地（省市县）", "户籍地址").same
    assert not explain("户籍所在地（省/市/县）", "户籍详址").same
    assert explain("户籍地（省市县）", "户籍所在地（省/市/县）").same
    assert explain("户籍地（详址）", "户籍地址").same


def test_the_person_an_application_is_about_under_its_programmes_name() -> None:
    """u52, u53: 「受助人情况 › 姓名」 first on a 人道救助申请审批表 and 「购机者信息 › 身份证号」 on a 购机补贴申请表 ask the
    applicant's own items; the 代理申请人 after them is someone else, and a 经营者 (a body's operator) or a 监护人
    first on a card stays theirs."""
    from yitaobiao.model import Form, FormKind, Layout

    fields = [at("F1.1", "B3", "姓名", "受助人情况"), at("F1.2", "B4", "身份证号码", "受助人情况"),
              at("F1.3", "B8", "姓名", "代理申请人"),
              at("F2.1", "B3", "购机者姓名", "购机者信息"), at("F2.2", "B4", "身份证号", "购机者信息"),
              at("F3.1", "A3", "姓名"), at("F3.2", "B3", "公民身份号码"),
              at("F4.1", "B3", "姓名", "经营者情况"), at("F5.1", "B3", "姓名", "监护人情况")]
    forms = [Form(id=f"F{n}", path=f"F{n}.xlsx", sheet="Sheet1", title=f"F{n}", department=f"F{n}",
                  layout=Layout.LIST if n == 3 else Layout.CARD, subject=Subject.PERSON,
                  kind=FormKind.PERIODIC if n == 3 else FormKind.ON_DEMAND) for n in range(1, 6)]
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.1", "F3.1") and same(fields, "F1.2", "F3.2") and same(fields, "F2.2", "F3.2")
    assert same(fields, "F2.1", "F3.1") and not same(fields, "F1.3", "F3.1")
    assert not same(fields, "F4.1", "F3.1") and not same(fields, "F5.1", "F3.1")


def test_a_post_glossed_as_the_bodys_head_is_that_role() -> None:
    """u53: a 合作社 card's 「理事长（法定代表人） › 姓名」 is the 法定代表人 of its 名录's 「法定代表人」; a 厨师（承办者）
    or an 经营者（负责人） keeps the person its head word names."""
    assert explain("姓名", "法定代表人", context_a=["理事长（法定代表人）"]).same
    assert explain("身份证号", "法定代表人身份证号", context_a=["理事长（法定代表人）"]).same
    assert not explain("姓名", "负责人", context_a=["经营者（负责人）"]).same
    assert MAKER.key("姓名", ("厨师（承办者）",)).role == "厨师"


def test_a_column_headed_by_whom_the_roster_serves_is_their_name() -> None:
    """u51: a 居家养老服务台账's column 「服务对象」 holds each elder's name; a column 「残疾人」 holds ticks."""
    assert explain("服务对象", "姓名").same
    assert explain("被监护人", "姓名").same
    assert not explain("残疾人", "姓名").same


def test_the_rate_and_amount_of_one_subsidy_are_not_anothers() -> None:
    """u53: 「补贴标准 | 补贴金额」 of a 耕地地力保护补贴 register and of a 种粮农民一次性补贴 清册 were one item each, and
    the notice counted them as asked twice. The same subsidy's register at another office is the same item."""
    from yitaobiao.model import Form, Layout

    titles = {"F1": "2025年耕地地力保护补贴面积核实登记表", "F2": "2025年实际种粮农民一次性补贴发放清册",
              "F3": "某县耕地地力保护补贴资金发放花名册"}
    fields = [at(f"{fid}.{n}", f"{col}3", label) for fid in titles
              for n, (col, label) in enumerate((("L", "补贴标准（元/亩）"), ("M", "补贴金额（元）")), start=1)]
    forms = [Form(id=fid, path=f"{fid}.xlsx", sheet="Sheet1", title=title, department=fid, layout=Layout.LIST,
                  subject=Subject.PERSON) for fid, title in titles.items()]
    match_fields(fields, SYN, forms=forms)
    assert not same(fields, "F1.1", "F2.1") and not same(fields, "F1.2", "F2.2")
    assert same(fields, "F1.1", "F3.1") and same(fields, "F1.2", "F3.2")


def test_a_role_named_by_its_word_or_over_its_name_is_one_item() -> None:
    """「帮扶责任人」 alone and 「帮扶责任人 › 姓名」 ask the helper's name (they were two items); a 血样采集登记表's
    「亲属联系人」 is the 紧急联系人 of a 志愿者注册登记表 (u52)."""
    assert explain("帮扶责任人", "姓名", context_b=["帮扶责任人"]).same
    assert explain("结对帮扶人", "姓名", context_b=["帮扶人"]).same
    assert explain("联系电话", "联系电话", context_a=["亲属联系人"], context_b=["紧急联系人"]).same
    assert not explain("联系电话", "联系电话", context_a=["亲属联系人"], context_b=["联系人"]).same


def test_what_was_paid_is_no_count_of_what_was_done() -> None:
    """u55: a 惠民殡葬 card's 「遗体火化费（元）」 and a 殡葬 statistics row 「遗体火化数（具）」 were one item."""
    assert not explain("遗体火化费（元）", "遗体火化数（具）").same
    assert not explain("救助金额（万元）", "救助人数").same
    assert explain("临时救助金额（元）", "临时救助金额（万元）").same


def test_a_title_naming_its_people_then_what_is_done_for_them() -> None:
    """u54, u52: 「护林员姓名」 on a 生态护林员续聘新聘人员花名册 and 「困难职工姓名」 on a 困难职工帮扶救助资金发放台账 are the
    roster's own 姓名; a 独生子女父母特别扶助金发放花名册 lists the parents, and its 独生子女姓名 stays the child's."""
    from yitaobiao.match import _titled_subject

    def subject(label: str, title: str) -> str | None:
        return _titled_subject([field("F1.1", label), field("F1.2", "联系电话")], title, SYN)

    assert subject("护林员姓名", "2025年度生态护林员续聘新聘人员花名册") == "护林员"
    assert subject("困难职工姓名", "2025年困难职工帮扶救助资金发放台账") == "困难职工"
    assert subject("独生子女姓名", "独生子女父母特别扶助金发放花名册") is None
    # (u511: the guardians the title pays are told by their relation to the patient the roster names first: the
    # patient is the row's own, the guardian's name, ID and phone someone else's)
    title = "严重精神障碍患者监护人“以奖代补”资金发放花名册"
    guardians = [field("F1.1", "患者姓名"), field("F1.2", "监护人姓名", ("监护人信息",)),
                 field("F1.3", "与患者关系", ("监护人信息",))]
    assert _titled_subject(guardians, title, SYN) is None
    # (u433, u443: a 与户主关系 beside the roster's own name tells its household, not whose row it is)
    assert _titled_subject([field("F1.1", "监护人姓名"), field("F1.2", "户主姓名"), field("F1.3", "与户主关系")], title,
                           SYN) == "监护人"


def _split_by_a_decision(labels: list[str], apart: tuple[int, int]) -> list[Field]:
    """Fields of ``labels`` (one a form), matched again after the clerk said the wordings of the fields numbered
    ``apart`` (1-based) are different items; the first matching leaves them one item."""
    from yitaobiao.match import Decisions

    fields = [field(f"F{n}.1", label) for n, label in enumerate(labels, start=1)]
    match_fields(fields, SYN)
    assert len({f.concept_id for f in fields}) == 1
    key = {f.id: f.label_key for f in fields}
    again = [field(f"F{n}.1", label) for n, label in enumerate(labels, start=1)]
    match_fields(again, SYN, decisions=Decisions(different={frozenset(key[f"F{n}.1"] for n in apart)}))
    return again


def test_a_different_decision_takes_out_only_the_wording_it_names() -> None:
    """helper-95 said 证件号码 ≠ 身份证号码 in the review: the ID item split into two halves of six and twelve
    forms (公民身份号码, 身份证号 on either side as the fields came). Only 证件号码 leaves; the other wordings stay
    with the one they read like."""
    again = _split_by_a_decision(["证件号码", "公民身份号码", "身份证号码", "身份证号", "公民身份号码（身份证号码）", "身份证"],
                                 (1, 3))
    assert not same(again, "F1.1", "F3.1")
    assert all(same(again, "F3.1", f"F{n}.1") for n in (2, 4, 5, 6))
    # (wf112: 「家庭住址 ≠ 地址」 took 居住地址 and 居住地详址, a little more like 地址, out with it: a wording no clearer
    # like one part than the other stays with the part more forms ask)
    again = _split_by_a_decision(["家庭住址", "家庭住址", "现住址", "地址", "居住地址", "居住地详址"], (1, 4))
    assert not same(again, "F1.1", "F4.1")
    assert all(same(again, "F1.1", f"F{n}.1") for n in (2, 3, 5, 6))


def test_a_label_under_a_score_header_is_the_points_given() -> None:
    """u522: 「评估指标得分（每项0—20分） › 身体状况 | 居住状况」 of a 风险等级评估台账 met every roster's 健康状况 and
    居住状况: the points each is given, no state of health or home."""
    scored = ("评估指标得分（每项0—20分）",)
    assert not explain("身体状况", "身体状况", context_a=scored).same
    assert not explain("居住状况", "居住状况", context_a=scored).same
    assert explain("身体状况", "身体状况得分", context_a=scored).same


def test_a_join_named_after_one_of_its_items_is_still_that_item() -> None:
    """wf112 joined 父母姓名 with 监护人姓名 on the 补充合并 sheet under the name 监护人姓名, as the README shows: the
    item was still known as 父母姓名 underneath, and split no longer filled the guardian's other items from the
    guardian's own row. A name the clerk gives that is one of the joined items' is the item's own."""
    from yitaobiao.match import Decisions

    fields = [field("F1.1", "父母姓名"), field("F2.1", "姓名", ("监护人",)), field("F3.1", "姓名", ("监护人信息",))]
    match_fields(fields, SYN)
    parent, guardian = fields[0].label_key, fields[1].label_key
    assert not same(fields, "F1.1", "F2.1")
    again = [field("F1.1", "父母姓名"), field("F2.1", "姓名", ("监护人",)), field("F3.1", "姓名", ("监护人信息",))]
    result = match_fields(again, SYN, decisions=Decisions(same={frozenset((parent, guardian))},
                                                           renames={parent: "监护人姓名", guardian: "监护人姓名"}))
    assert same(again, "F1.1", "F2.1") and same(again, "F1.1", "F3.1")
    (joined,) = [c for c in result.concepts if "F1.1" in c.field_ids]
    assert joined.name == joined.standard_name == "监护人姓名", (joined.name, joined.machine_name)
    # (wf115 joined them with no new name: the item is what most of its fields ask, the guardian's, not the first's)
    again = [field("F1.1", "父母姓名"), field("F2.1", "姓名", ("监护人",)), field("F3.1", "姓名", ("监护人信息",))]
    result = match_fields(again, SYN, decisions=Decisions(same={frozenset((parent, guardian))}))
    (joined,) = [c for c in result.concepts if "F1.1" in c.field_ids]
    assert joined.standard_name == "监护人姓名" and same(again, "F1.1", "F3.1"), joined


def test_the_columns_beside_a_titled_rosters_name_are_its_own_persons() -> None:
    """u54: 「护林员姓名 | 性别 | 证件号码 | 年龄」 on a 生态护林员续聘新聘人员花名册: the ranger's own 姓名 was read, but the
    columns after it stayed 护林员性别, 护林员公民身份号码 (carried from the name column as another person's)."""
    from yitaobiao.model import Form, Layout

    fields = [at("F1.1", "D4", "护林员姓名"), at("F1.2", "E4", "性别"), at("F1.3", "F4", "证件号码"),
              at("F1.4", "G4", "年龄"), at("F1.5", "H4", "户主姓名"), at("F2.1", "B3", "姓名"), at("F2.2", "C3", "性别"), at("F2.3", "D3", "身份证号"),
              at("F2.4", "E3", "年龄")]
    forms = [Form(id="F1", path="F1.xlsx", sheet="Sheet1", title="2025年度生态护林员续聘新聘人员花名册", department="林业局",
                  layout=Layout.LIST, subject=Subject.HOUSEHOLD),  # (its 户主姓名 column made it a household list)
             Form(id="F2", path="F2.xlsx", sheet="Sheet1", title="人员名册", department="人社局", layout=Layout.LIST,
                  subject=Subject.PERSON)]
    match_fields(fields, SYN, forms=forms)
    assert all(same(fields, f"F1.{n}", f"F2.{n}") for n in range(1, 5))


def test_matching_lets_go_of_the_tokenizer_once_every_label_is_cut() -> None:
    """Issue 14: jieba's dictionary (about 50 MB) stayed loaded through the scoring of a province's labels, and
    the 50,000-label benchmark peaked at 504 MB under some hash seeds (the goal is 500)."""
    import yitaobiao.match as M

    M._tokenizer(tuple(SYN.terms))
    fields = [field("F1.1", "户籍所在地详址"), field("F2.1", "户籍地址")]
    match_fields(fields, SYN)
    assert not M._TOKENIZERS
    assert M.tokenize("现居住地址", SYN)  # a label cut later loads it again


def test_a_long_section_naming_a_post_is_that_posts_holders() -> None:
    """u57: 「三、银行驻站金融指导员 › 姓名 | 联系电话」 on a 村级金融服务站 card (the bank's instructor, nine characters)
    joined every roster's own 姓名 and 联系电话."""
    assert not explain("姓名", "姓名", context_a=["三、银行驻站金融指导员"]).same
    assert MAKER.key("联系电话", ("银行驻站金融指导员",)).role == "银行驻站金融指导员"


def test_an_agent_commissioned_is_the_agent() -> None:
    """u56: a 两项补贴花名册's 「代领人 › 姓名 | 与补贴对象关系」 and an application's 「委托代领人 › 姓  名」 ask the same
    person; the one who gives the errand (委托人) is another."""
    assert explain("姓名", "姓名", context_a=["代领人"], context_b=["委托代领人"]).same
    assert explain("联系电话", "联系电话", context_a=["代理人"], context_b=["委托代理人"]).same
    assert not explain("姓名", "姓名", context_a=["委托人"], context_b=["代理人"]).same


def test_whether_one_is_in_a_programmes_group_is_one_question_however_worded() -> None:
    """u56: 低保对象（是/否）, 是否低保家庭, 是否低保户, 是否纳入低保 on five forms were five items; 特困 is another group."""
    wordings = ["低保对象（是/否）", "是否低保家庭", "是否低保户", "是否纳入低保", "是否享受低保"]
    assert all(explain(wordings[0], other).same for other in wordings[1:])
    assert not explain("是否低保户", "是否特困人员").same
    assert MAKER.key("是否低保家庭").text == "是否低保对象"


def test_items_split_apart_are_named_apart_whichever_comes_first() -> None:
    """helper-100 marked 农户编号 / 户编号 as different items: the rescan reported two items both named 户编号."""
    from yitaobiao.match import Decisions

    for labels in (["农户编号", "户编号", "户编号"], ["户编号", "户编号", "农户编号"]):
        fields = [field(f"F{n}.1", label) for n, label in enumerate(labels, start=1)]
        match_fields(fields, SYN)
        key = {f.label: f.label_key for f in fields}
        again = [field(f"F{n}.1", label) for n, label in enumerate(labels, start=1)]
        result = match_fields(again, SYN, decisions=Decisions(different={frozenset((key["农户编号"], key["户编号"]))}))
        names = [c.name for c in result.concepts]
        assert len(names) == 2 and len(set(names)) == 2, names


def test_a_bare_attribute_is_that_of_the_thing_the_title_names() -> None:
    """u42: 「结构 | 层数」 of a 房屋安全鉴定项目登记台账 were items of their own beside every other form's 房屋结构 and
    房屋层数; 「等级」 on a roster of 残疾人 is 残疾等级. A word of the title that is a person, or a pair the
    vocabulary does not know, changes nothing."""
    fields = [field("F1.1", "结构"), field("F1.2", "层数"), field("F2.1", "房屋结构"), field("F2.2", "建筑层数"),
              field("F3.1", "等级"), field("F4.1", "残疾等级"), field("F5.1", "等级")]
    titles = {"F1": "房屋安全鉴定项目登记台账", "F2": "农村自建房排查台账", "F3": "困难残疾人生活补贴发放花名册",
              "F4": "残疾人名册", "F5": "村干部考核表"}
    for f in fields:
        f.form_title = titles[f.form_id]
    match_fields(fields, SYN)
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2") and same(fields, "F3.1", "F4.1")
    assert not same(fields, "F5.1", "F4.1")
    # (u126: 「儿童总数（0-17周岁）」 on a 留守儿童和困境儿童汇总表 counts all the children, no 困境儿童数)
    assert MAKER.as_its_title_names("儿童总数（0-17周岁）", "城关镇农村留守儿童和困境儿童基本情况汇总表") == "儿童总数（0-17周岁）"


def test_a_persons_relation_to_whoever_the_form_is_about() -> None:
    """u61: 「监护人与受种者关系」 on a vaccination list and 「监护人情况 › 与患者关系」 on a patients' register ask one
    thing, the guardian's relation to the record's person; a relation to the 户主 stays that."""
    assert explain("监护人与受种者关系", "与患者关系", context_b=["监护人情况"]).same
    assert not explain("监护人与受种者关系", "监护人与户主关系").same


def test_the_stages_of_joining_the_party_are_dated_apart() -> None:
    """u60: each stage of 《中国共产党发展党员工作细则》 is one item however worded, and no stage is another."""
    assert explain("递交入党申请书时间", "申请入党时间").same
    assert explain("确定为积极分子时间", "列为入党积极分子时间").same
    assert explain("所在党支部", "组织关系所在党支部").same and explain("所属党支部", "所在党支部").same
    stages = ["申请入党时间", "确定为入党积极分子时间", "确定为发展对象时间", "入党时间", "转正时间"]
    assert not any(explain(a, b).same for a in stages for b in stages if a != b)


def test_the_same_kind_word_with_choices_in_brackets_that_never_meet_is_two_items() -> None:
    """u63: 「人员类别（脱贫劳动力/监测对象/其他）」 of a river keepers' roster and 「人员类别（村级防汛责任人/网格责任人/
    预警信息员/巡查员）」 of a flood duty list were one item (score 1.00). Choices shortened on one side (低保 and
    □低保对象) still meet, and 其他 alone does not make them meet."""
    fields = [field("F1.1", "人员类别（脱贫劳动力/监测对象/其他）"), field("F2.1", "人员类别（村级防汛责任人/网格责任人/预警信息员/巡查员）"),
              field("F3.1", "对象类别（低保/特困/低收入/其他）"), field("F4.1", "对象类别")]
    fields[3].options = ["□低保对象  □特困人员  □低收入家庭  □其他"]
    match_fields(fields, SYN)
    assert not same(fields, "F1.1", "F2.1") and same(fields, "F3.1", "F4.1")


def test_after_two_people_named_side_by_side_the_phone_is_the_groups() -> None:
    """u61: 「父母（监护人）信息 › 父亲姓名 | 母亲姓名 | 联系电话」 gave the phone to the mother, the column just before
    it; the group heads it, and it is the guardian's phone another form asks as 监护人电话."""
    group = ("父母（监护人）信息",)
    fields = [at("F1.1", "A4", "儿童姓名"), at("F1.2", "B4", "父亲姓名", *group), at("F1.3", "C4", "母亲姓名", *group),
              at("F1.4", "D4", "联系电话", *group), at("F2.1", "A4", "姓名"), at("F2.2", "B4", "监护人电话"),
              at("F3.1", "A4", "姓名"), at("F3.2", "B4", "母亲姓名"), at("F3.3", "C4", "母亲电话")]
    match_fields(fields, SYN, forms=forms_of("list", Subject.PERSON, Subject.PERSON, Subject.PERSON))
    assert same(fields, "F1.4", "F2.2") and not same(fields, "F1.4", "F3.3")


def test_a_diagnosis_date_is_of_the_disease_its_register_manages() -> None:
    """u61: 确诊日期 of a 高血压患者随访管理台账 and 确诊时间 of a 2型糖尿病患者健康管理服务台账 date two diagnoses."""
    from yitaobiao.model import Form

    fields = [field("F1.1", "姓名"), field("F1.2", "确诊日期"), field("F2.1", "姓名"), field("F2.2", "确诊时间"),
              field("F3.1", "姓名"), field("F3.2", "确诊日期")]
    titles = {"F1": "高血压患者随访管理台账", "F2": "2型糖尿病患者健康管理服务台账", "F3": "原发性高血压患者花名册"}
    forms = [Form(id=fid, path=f"{fid}.xlsx", sheet="Sheet1", title=title, department=fid, layout="list",
                  subject=Subject.PERSON, population=target_population(title)) for fid, title in titles.items()]
    for f in fields:
        f.form_title = titles[f.form_id]
    match_fields(fields, SYN, forms=forms)
    assert not same(fields, "F1.2", "F2.2") and same(fields, "F1.2", "F3.2")


def test_a_statements_sum_line_is_its_total() -> None:
    """u30, u62: 「一、收入合计 | 二、支出合计」 of a 财务公开表 and 「本年总收入 | 本年总支出」 of a 收益分配表 are one
    statement's totals; income and spending stay two."""
    assert explain("收入合计", "总收入").same and explain("支出合计", "总支出").same
    assert not explain("收入合计", "总支出").same


def test_a_label_naming_something_is_no_part_of_the_item_above_it() -> None:
    """u63: 「饮水情况 › 供水工程名称」 on a household check was read as a part of 饮水情况; a name of its own is
    the same item the supply register asks, while 「耕地面积 › 水田」 stays a part of the arable land."""
    assert explain("供水工程名称", "供水工程名称", context_a=["饮水情况"]).same
    assert MAKER.key("水田", ("耕地面积",)).text != MAKER.key("水田").text


def test_a_breakdown_is_printed_after_its_item_in_brackets() -> None:
    """helper-105: the 一套表 printed 「联系人电话本人或亲属」 and 「困难类型低保」, the header and the part glued."""
    fields = [field("F1.1", "本人或亲属", ("联系人电话",)), field("F2.1", "低保", ("困难类型",)),
              field("F3.1", "存栏", ("牛",))]
    result = match_fields(fields, SYN)
    names = {c.name for c in result.concepts}
    assert {"联系人电话（本人或亲属）", "困难类型（低保）", "牛存栏"} <= names, names


def test_the_basic_facts_of_the_people_a_title_names_are_the_rosters_own() -> None:
    """u64: 「护林员基本情况 › 姓名 | 身份证号 | 手机号码」 on a 2025年度生态护林员选聘及管护补助花名册 became the items of a
    护林员 apart from the person's own, which another roster of the same people asks as 姓名 | 公民身份号码."""

    section = ("护林员基本情况",)
    fields = [field("F1.1", "姓名", section), field("F1.2", "身份证号", section), field("F1.3", "管护面积（亩）"),
              field("F2.1", "姓名"), field("F2.2", "公民身份号码")]
    titles = {"F1": "2025年度生态护林员选聘及管护补助花名册", "F2": "生态护林员名单"}
    match_titled(fields, titles)
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2")


def test_a_population_count_under_the_heads_section_counts_the_household() -> None:
    """u66: 「户主信息 › 常住人口」 of a 户厕改造花名册 and 「户主基本情况 › 常住人口（人）」 of its application were one
    item with a village table's 常住人口（人）: a household's size is not the village's population."""
    assert explain("常住人口", "常住人口（人）", context_a=["户主信息"], context_b=["户主基本情况"]).same
    assert not explain("常住人口", "常住人口（人）", context_a=["户主信息"]).same
    assert MAKER.key("常住人口", ("户主信息",)).role is None


def test_a_flat_and_its_lease_in_the_housing_vocabulary() -> None:
    """u65: 房号 / 室号, 楼号 / 楼栋号, 起租日期 / 租赁起始日期, 租赁到期日 / 租赁终止日期 and 房屋产权证号 / 不动产权证号
    were items apart; a count of buildings is no building's number, and a lease's start is not its end."""
    for a, b in (("房号", "室号"), ("楼号", "楼栋号"), ("起租日期", "租赁起始日期"), ("租赁到期日", "租赁终止日期"),
                 ("房屋产权证号", "不动产权证号")):
        assert explain(a, b).same, (a, b)
    assert not explain("楼栋数", "楼栋号").same and not explain("起租日期", "租赁到期日").same


def test_a_stand_of_forest_and_a_letter_glossed_by_its_item() -> None:
    """u64: 「管护区域位置 › 林班 | 小班」 and 「地块位置 › 林班」 stood apart from 林班号 and 小班号; 「E（经度） | N（纬度）」
    apart from 经度 and 纬度. East is still not north."""
    assert explain("林班", "林班号", context_a=["管护区域位置"]).same and explain("小班", "小班号", context_a=["地块位置"]).same
    assert explain("E（经度）", "经度").same and not explain("E（经度）", "N（纬度）").same


def test_people_named_by_the_work_they_do_are_other_people() -> None:
    """u62: 「记账人员 › 姓名 | 手机号码」 on a 记账户花名册 were the record's own 姓名 and 联系电话, as 「从业人员 › 姓名」
    on a register of employees is: people named by their duty to the record are someone else."""
    assert MAKER.key("姓名", ("记账人员",)).role == "记账人员"
    assert MAKER.key("手机号码", ("村级管护人员",)).role == "村级管护人员"
    assert MAKER.key("姓名", ("从业人员",)).role is None and MAKER.key("姓名", ("迁移人员情况",)).role is None


def test_a_death_certificate_in_the_vocabulary() -> None:
    """u61: 死亡证编号 / 死亡医学证明编号 and 根本死亡原因 / 根本死因 stood apart; the underlying cause is not any cause."""
    assert explain("死亡证编号", "死亡医学证明编号").same and explain("根本死亡原因", "根本死因").same
    assert not explain("根本死因", "死亡原因").same


def test_the_one_who_applies_to_receive_heads_a_ledger_of_applications() -> None:
    """u68: 「申领人 | 证件号码 | 联系方式」 of a 以旧换新补贴申领发放台账 were a 领取人's items, apart from the applicant's
    姓名, 公民身份号码 and 联系电话 on the application; with a name of its own beside, a 申领人 is someone else."""
    fields = [at("F1.1", "A3", "申领人"), at("F1.2", "B3", "证件号码"), at("F1.3", "C3", "联系方式"),
              at("F2.1", "A3", "姓名"), at("F2.2", "B3", "公民身份号码"), at("F2.3", "C3", "联系电话"),
              at("F3.1", "A3", "姓名"), at("F3.2", "B3", "申领人"), at("F3.3", "C3", "申领人联系电话")]
    match_fields(fields, SYN, forms=forms_of("list", Subject.PERSON, Subject.PERSON, Subject.PERSON))
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2") and same(fields, "F1.3", "F2.3")
    assert not same(fields, "F3.2", "F2.1") and not same(fields, "F3.3", "F2.3")


def test_the_manager_of_the_site_the_record_is_is_its_manager() -> None:
    """u67: 「三、场所管理人 › 姓名 | 联系电话」 of a shelter's card and 「管理人姓名 | 管理人电话」 of the shelters' ledger
    are one person, as 场所负责人 is the 负责人; the 企业联系人 stays apart from a site's contact."""
    assert explain("管理人姓名", "姓名", context_b=["场所管理人"]).same
    assert explain("管理人电话", "联系电话", context_b=["场所管理人"]).same
    assert not explain("企业联系人电话", "站点联系人电话").same


def test_an_appointment_a_station_set_up_and_a_unit_above_the_limit_in_the_vocabulary() -> None:
    """u67, u68: 聘任时间 / 受聘时间, 建点时间 / 建成时间 and 是否限额以上单位 / 是否限上企业 stood apart; the two ends of a
    term of employment are neither the appointment nor each other."""
    assert explain("聘任时间", "受聘时间").same and explain("建点时间", "建成时间").same
    assert explain("是否限额以上单位", "是否限上企业").same
    assert not explain("聘用起始时间", "聘任时间").same and not explain("聘用起始时间", "聘用终止时间").same


def test_this_household_and_this_area_are_droppable_words() -> None:
    """u61, u62, u66: 辖区常住人口数 is 常住人口, 本户详细地址 the household's 家庭住址, 农户类别 its 户类别."""
    assert explain("辖区常住人口数", "常住人口数").same and explain("本户详细地址", "家庭住址").same
    assert explain("农户类别", "户类别").same and explain("农户类型", "户类型").same  # (u66: 农户 is the household)


def test_a_counting_unit_in_brackets_is_the_count_word_the_label_leaves_out() -> None:
    """u71, u73, u74: 「其中：专职网格员（人）」 of a monthly table was read as the grid worker's name, 「志愿者（人） ›
    合计」 as 志愿者志愿者 and 「开展活动（次）」 apart from 开展活动次数; 户 and 人 of one group stay two counts."""
    assert explain("志愿者（人）", "志愿者人数").same and explain("开展活动（次）", "开展活动次数").same
    assert explain("合计", "志愿者人数", context_a=["志愿者（人）"]).same
    assert explain("客房（间）", "客房数（间）").same and explain("工作人员（人）", "工作人员数").same
    assert MAKER.key("其中：专职网格员", unit="人").role is None
    assert not explain("其中：专职网格员（人）", "姓名", context_b=["专职网格员"]).same
    assert not explain("低保对象（户）", "低保对象（人）").same and not explain("志愿者（人）", "志愿者（次）").same


def test_a_count_of_people_named_by_their_word_needs_no_ren() -> None:
    """u410: 「受益学生数」 of 教育局's table and 「受益学生人数」 of 财政局's stood apart at 0.80; u297: 「育龄妇女（15-49岁）」
    in 人 and 「育龄妇女人数（15-49岁）」. A word that names people already is counted alike with or without 人."""
    assert explain("受益学生数", "受益学生人数").same and explain("在校生人数", "在校学生数").same
    assert explain("育龄妇女（人）", "育龄妇女人数").same and explain("严重精神障碍患者人数", "严重精神障碍患者数").same
    # (a birth, a household or a post counted is no people-word: 户数 and 人数 stay two counts)
    assert not explain("低保户数", "低保人数").same and MAKER.key("出生人数").text != "出生数"


def test_income_per_head_in_either_order_and_a_diagnosed_disease() -> None:
    """u409: 「家庭年人均收入」 and 「家庭人均年收入」 differ only in word order; u407: 民政's 「诊断病种」 is the 疾病名称
    卫健's 花名册 asks as 疾病诊断."""
    assert explain("家庭年人均收入（元）", "家庭人均年收入（元）").same
    assert explain("诊断病种", "疾病诊断").same and not explain("诊断病种", "诊断日期").same


def test_a_vessels_owner_by_any_of_their_names() -> None:
    """u413: the owner of a boat was 船舶所有人 on the 渡船 ledger, 船主 on the 责任人 roster and 船主情况 over a 自用船
    ledger's columns: three people to the tool, one to the 海事处 (《船舶登记条例》's 船舶所有人)."""
    assert explain("姓名", "姓名", context_a=["船主情况"], context_b=["船舶所有人"]).same
    assert explain("联系电话", "船东联系电话", context_a=["船主"]).same
    assert not explain("姓名", "姓名", context_a=["船主"], context_b=["监护人"]).same


def test_whoever_files_a_record_of_filing_is_whom_it_is_about() -> None:
    """u418: 「备案者情况 › 名称 | 联系电话 | 经营场所」 of a 农作物种子经营备案登记表 were read as a 备案者's, apart from
    every other form's 单位名称, phone and 场所地址; the filer of a 备案 is the record, as an applicant is."""
    assert MAKER.key("名称", ("备案者情况",)).role is None and MAKER.key("联系电话", ("备案人情况",)).role is None
    assert MAKER.key("联系电话", ("备案者情况",)).node == MAKER.key("联系电话").node


def test_a_body_the_owners_form_is_no_owner() -> None:
    """u417: 「业主委员会成立日期」 was named 产权人委员会成立日期 and 「成立业主大会的小区数」 产权人大会的小区数: 业主 read as
    the 产权人 role inside the name of the body owners form (《物业管理条例》's 业主大会, 业主委员会)."""
    assert MAKER.key("业主委员会成立日期").text == "业主委员会成立日期" and MAKER.key("业主委员会成立日期").role is None
    assert MAKER.key("成立业主大会的小区数").role is None and "产权人" not in MAKER.key("成立业主大会的小区数").text
    assert MAKER.key("姓名", ("业主委员会主任情况",)).role != "产权人"
    assert MAKER.key("业主姓名").role == "产权人"  # (an owner is still the 产权人)


def test_whether_one_was_taken_into_a_group_is_whether_one_is_of_it() -> None:
    """u412: 「是否纳入低保边缘家庭」 of a 防返贫 ledger and 「是否低保边缘家庭」 of a household card stood apart at 0.82."""
    assert explain("是否纳入低保边缘家庭", "是否低保边缘家庭").same
    assert explain("是否为低收入人口", "是否低收入人口").same and explain("是否属于困难群众", "是否困难群众").same
    assert not explain("是否纳入低保边缘家庭", "是否低保家庭").same


def test_a_class_opens_when_its_training_starts_and_ends_with_its_completion() -> None:
    """u416: 开班日期 and 结业日期 of a 职业培训补贴 roster stood apart from another roster's 培训开始日期 and 培训结束日期."""
    assert explain("开班日期", "培训开始日期").same and explain("结业日期", "培训结束时间").same
    assert not explain("开班日期", "结业日期").same and not explain("培训开始日期", "培训结束日期").same


def test_a_plan_or_what_was_done_under_a_quantity_qualifies_it() -> None:
    """u411: 「储备数量（吨） › 计划 | 实际」 of a rotation ledger was read 储备数量计划 and 储备数量实际, apart from the
    计划储备数量 and 实际储备数量 a register asks whole; the plan and the actual stay two items."""
    assert explain("计划", "计划储备数量（吨）", context_a=["储备数量（吨）"]).same
    assert explain("实际", "实际储备数量", context_a=["储备数量（吨）"]).same
    assert not explain("计划", "实际", context_a=["储备数量（吨）"], context_b=["储备数量（吨）"]).same
    assert MAKER.key("计划", ("投资额",)).text == "计划投资额"
    # (u403: 「开工时间 › 实际」 read as 实际开工时间 merged with a contract's 约定 开工时间: a date stays as read)
    assert not explain("实际", "开工时间", context_a=["开工时间"], context_b=["合同约定"]).same


def test_the_people_a_roster_is_of_are_its_own_under_a_group_naming_them() -> None:
    """u70, u71: 「烈士（因公牺牲、病故军人）情况 | 遗属情况 › 姓名 …」 of a 烈士遗属基本情况台账 gave every 遗属 column a
    singleton; the 遗属 are the roster's people, the 烈士 someone else. A 包案领导 named over 姓名 is someone else too."""

    fallen, survivor = ("烈士（因公牺牲、病故军人）情况",), ("遗属情况",)
    fields = [at("F1.1", "B5", "姓名", *fallen), at("F1.2", "C5", "入伍时间", *fallen),
              at("F1.3", "D5", "姓名", *survivor), at("F1.4", "E5", "公民身份号码", *survivor),
              at("F1.5", "F5", "联系电话", *survivor),
              at("F2.1", "A4", "姓名"), at("F2.2", "B4", "身份证号"), at("F2.3", "C4", "手机号码"),
              at("F2.4", "D4", "姓名", "包案领导"), at("F2.5", "E4", "职务", "包案领导")]
    titles = {"F1": "烈士遗属、因公牺牲军人遗属基本情况台账", "F2": "重点信访人员稳控化解台账"}
    match_titled(fields, titles)
    assert same(fields, "F1.3", "F2.1") and same(fields, "F1.4", "F2.2") and same(fields, "F1.5", "F2.3")
    assert not same(fields, "F1.1", "F2.1") and not same(fields, "F2.4", "F2.1")


def test_veterans_medical_aid_and_petition_vocabulary() -> None:
    """u70, u71, u72, u74: the words of 退役军人 registers, 医疗救助 cards and 信访 ledgers for one item; an end date
    is one whether it ends, closes or expires, and a grid's 编码 is its 编号."""
    pairs = [("退出现役方式", "退役方式"), ("服役年限", "军龄"), ("退役证件编号", "退役证号"), ("就诊医院", "就诊医疗机构"),
             ("疾病诊断", "所患疾病名称"), ("医疗费用总额", "医疗总费用"), ("光荣证编号", "独生子女父母光荣证号"),
             ("收款人开户银行", "开户银行"), ("主要诉求", "诉求内容"), ("网格编码", "网格编号"), ("保存现状", "保存状况"),
             ("从事行业", "从事产业")]
    assert [p for p in pairs if not explain(*p).same] == []
    assert explain("截止日期", "矫正终止日期", context_a=["矫正期限"]).same
    # (u107: 「矫正期 › 起始日期」 of a roster is the card's 矫正起始日期; a 刑期 keeps its word)
    assert explain("起始日期", "矫正起始日期", context_a=["矫正期"]).same
    assert not explain("起始日期", "起始日期", context_a=["矫正期"], context_b=["刑期"]).same
    assert not explain("退役时间", "退役方式").same and not explain("入伍时间", "军龄").same


def test_a_title_listing_the_parents_makes_the_only_childs_name_the_childs() -> None:
    """u72: 「独生子女姓名」 on a 独生子女父母奖励金发放台账 (父亲姓名 | 母亲姓名 | 独生子女姓名 …) was read as the roster's
    own 姓名; the title lists the parents, and the child is theirs."""

    fields = [at("F1.1", "A3", "父亲姓名"), at("F1.2", "B3", "母亲姓名"), at("F1.3", "C3", "独生子女姓名"),
              at("F2.1", "A3", "姓名"), at("F2.2", "B3", "子女姓名", "子女情况"), at("F3.1", "A3", "独生子女姓名")]
    titles = {"F1": "独生子女父母奖励金发放台账", "F2": "计划生育特别扶助对象花名册", "F3": "独生子女登记花名册"}
    match_titled(fields, titles)
    assert not same(fields, "F1.3", "F2.1") and same(fields, "F1.3", "F2.2")
    assert same(fields, "F3.1", "F2.1")  # (a register of the children themselves: their own name)


def test_a_parent_under_a_header_naming_the_parents_item_asks_that_parents() -> None:
    """u73: 「父母外出务工地 › 父亲 | 母亲」 of a 留守儿童花名册 were read as the parents' names; they are where each works,
    as 「父亲 › 务工地点」 of a ledger asks, while 「父母情况 › 父亲」 is still the father's name."""
    assert explain("父亲", "务工地点", context_a=["父母外出务工地"], context_b=["父亲"]).same
    assert not explain("父亲", "父亲姓名", context_a=["父母外出务工地"]).same
    assert not explain("父亲", "母亲", context_a=["父母外出务工地"], context_b=["父母外出务工地"]).same
    assert explain("父亲", "父亲姓名", context_a=["父母情况"]).same


def test_a_breakdown_under_a_counted_header_is_of_those_counted() -> None:
    """real_forms: 「其中：年龄分布（人） › 60岁以上」 of a party report counts its members over 60, never the village's
    60岁以上人口; the total under a counted header is its count."""
    assert not explain("60岁以上", "60岁以上人数", context_a=["村组织情况", "其中：年龄分布（人）"]).same
    assert explain("合计", "志愿者人数", context_a=["志愿者（人）"]).same


def test_a_column_to_tick_asks_whether() -> None:
    """u72: 「需暂停参保情况（在对应栏打√） › 死亡人员」 and 「死亡人员（√）」 of a 参保核查台账 tick a person; the
    死亡人口 of a statistics table counts the dead."""
    assert not explain("死亡人员", "死亡人口", context_a=["需暂停参保情况（在对应栏打√）"]).same
    assert not explain("死亡人员（√）", "死亡人口").same
    assert explain("死亡人员（√）", "死亡人员", context_b=["需暂停参保情况（在对应栏打√）"]).same


def test_the_sex_breakdown_of_a_count_is_of_those_counted() -> None:
    """u72, u78: 「党外代表人士 › 其中：女性」 and 「少数民族人口数 › 其中：女性」, 「奖励扶助对象 › 其中：男」 and
    「子女数 › 其中：男」 were one 女性人数 / 男性人数; the 男 and 女 of the whole population stay the plain items."""
    assert not explain("其中：女性", "其中：女性", context_a=["少数民族人口数"], context_b=["党外代表人士"]).same
    assert not explain("其中：男", "其中：男", context_a=["农村部分计划生育家庭奖励扶助对象"], context_b=["子女数"]).same
    assert not explain("其中：女", "女性人数", context_a=["党外代表人士"]).same
    assert explain("其中：女", "女性人数", context_a=["人数"]).same and explain("女", "女性人数").same
    assert explain("其中：女性", "女", context_a=["党外代表人士"], context_b=["党外代表人士"]).same


def test_the_people_a_title_lists_are_its_own_whatever_kin_word_names_them() -> None:
    """u78: on a 港澳台同胞在县亲属联系走访名册, 「在县亲属情况 › 姓名 …」 went to a 家庭成员 and 「港澳台同胞情况 ›
    姓名 …」 became the roster's own 姓名; the title lists the relatives, and the compatriots are someone else. A note
    saying how many to write (限填3人) names no one."""
    from yitaobiao.model import Form

    kin, compatriot = ("在县亲属情况",), ("港澳台同胞情况",)
    fields = [at("F1.1", "C4", "姓名", *kin), at("F1.2", "D4", "公民身份号码", *kin),
              at("F1.3", "H4", "姓名", *compatriot), at("F1.4", "I4", "联系方式", *compatriot),
              at("F2.1", "A4", "姓名"), at("F2.2", "B4", "身份证号"), at("F2.3", "C4", "联系电话")]
    titles = {"F1": "XX县港澳台同胞在县亲属联系走访名册", "F2": "归侨侨眷基本信息登记表"}
    forms = match_titled(fields, titles)
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2")
    assert not same(fields, "F1.3", "F2.1") and not same(fields, "F1.4", "F2.3")
    assert MAKER.key("姓名", ("二、海外亲属情况（限填3人）",)).role != "限填3人"
    # (u80: 「校车及驾驶人基本信息台账」 lists buses and their drivers: 「驾驶人信息 › 姓名」 is the driver's, not a pupil's)
    driver = ("驾驶人信息",)
    more = [at("F3.1", "C4", "车牌号码", "车辆信息"), at("F3.2", "I4", "姓名", *driver), at("F3.3", "J4", "身份证号码", *driver),
            at("F3.4", "M4", "姓名", "随车照管人员")]
    forms.append(Form(id="F3", path="F3.xlsx", sheet="Sheet1", title="石门县校车及驾驶人基本信息台账", department="F3",
                      layout="list", subject=Subject.PERSON))
    for f in more:
        f.form_title = forms[-1].title
    match_fields([*fields, *more], SYN, forms=forms)
    assert not same([*fields, *more], "F3.2", "F2.1") and not same([*fields, *more], "F3.3", "F2.2")


def test_the_bereaved_who_apply_are_not_the_deceased_a_funeral_form_is_about() -> None:
    """u77: on a 惠民殡葬费用减免申请审批表, 「逝者情况 › 姓名 …」 stood apart from every 姓名 and 「丧属（申请人）情况 ›
    姓名 | 公民身份号码 | 联系电话」 joined the county's own: the deceased is the form's person, the bereaved
    family member who applies someone else."""
    from yitaobiao.model import Form, FormKind

    dead, bereaved = ("逝者情况",), ("丧属（申请人）情况",)
    fields = [at("F1.1", "B3", "姓名", *dead), at("F1.2", "B4", "公民身份号码", *dead), at("F1.3", "B5", "死亡时间", *dead),
              at("F1.4", "B7", "姓名", *bereaved), at("F1.5", "B8", "公民身份号码", *bereaved),
              at("F1.6", "F7", "联系电话", *bereaved),
              at("F2.1", "A4", "姓名"), at("F2.2", "B4", "身份证号"), at("F2.3", "C4", "联系电话")]
    forms = [Form(id="F1", path="F1.xlsx", sheet="Sheet1", title="惠民殡葬基本服务费用减免申请审批表", department="F1",
                  layout="card", subject=Subject.PERSON, kind=FormKind.ON_DEMAND),
             Form(id="F2", path="F2.xlsx", sheet="Sheet1", title="死亡人口信息核查表", department="F2", layout="list",
                  subject=Subject.PERSON)]
    for f in fields:
        f.form_title = forms[0].title if f.form_id == "F1" else forms[1].title
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2")
    assert not same(fields, "F1.4", "F2.1") and not same(fields, "F1.5", "F2.2") and not same(fields, "F1.6", "F2.3")


def test_an_indicator_asked_in_two_sections_of_a_table_is_each_sections() -> None:
    """u75: 「一、批发和零售业 › 从业人员」 joined the per-shop 从业人员数 of a register while 「二、住宿和餐饮业 ›
    从业人员」 of the same table stood apart: the table tells them apart by section, the first as much as the
    second."""
    from yitaobiao.model import Form

    trade, catering = ("一、批发和零售业",), ("二、住宿和餐饮业",)
    fields = [at("F1.1", "A6", "法人单位数", *trade), at("F1.2", "A8", "从业人员", *trade),
              at("F1.3", "A11", "法人单位数", *catering), at("F1.4", "A13", "从业人员", *catering),
              at("F2.1", "A4", "店铺名称"), at("F2.2", "B4", "从业人员数（人）")]
    forms = [Form(id="F1", path="F1.xlsx", sheet="Sheet1", title="限额以下批发零售和住宿餐饮业基本情况统计表",
                  department="F1", layout="indicator", subject=Subject.AGGREGATE),
             Form(id="F2", path="F2.xlsx", sheet="Sheet1", title="小餐饮店登记台账", department="F2", layout="list",
                  subject=Subject.ORGANISATION)]
    match_fields(fields, SYN, forms=forms)
    assert not same(fields, "F1.2", "F2.2") and not same(fields, "F1.4", "F2.2") and not same(fields, "F1.2", "F1.4")
    assert MAKER.key("法人单位数").role is None  # (a count of legal-person units, no 法定代表人's)


def test_a_households_name_and_number_are_its_heads() -> None:
    """u76: 「建房户姓名 | 身份证号」 of a 农房建设“两到场”台账 stood apart from the 户主姓名 of seven forms; a household
    is named by its head. (So is a 农户: u76 had read 农户姓名 as the person's own 姓名, but u135 and u152, three
    wordings on two corpora, call it the 户主's — see test_a_farm_household_is_named_by_its_head.)"""
    assert explain("建房户姓名", "户主姓名").same and explain("建房户身份证号", "户主身份证号").same
    assert explain("农户姓名", "户主姓名").same and not explain("建房户姓名", "姓名").same


def test_banquet_religion_homestead_and_newcomer_vocabulary() -> None:
    """u75, u76, u78: 举办人 is the banquet's 举办者, a 健康证 its 健康证明, a 地点 an 地址; 宗教别 of a cleric is the
    宗教类别 of a site; 来本县日期 and 来县日期 the day one came; 宅基地批准书号 the 批准书's number."""
    assert explain("姓名", "举办人姓名", context_a=["举办者信息"]).same
    assert explain("健康证号", "健康证明编号").same and explain("经营地点", "经营地址").same
    assert explain("宗教别", "宗教类别").same and explain("来本县日期", "来县日期").same
    assert explain("宅基地批准书号", "农村宅基地批准书编号").same
    assert not explain("来本县日期", "离开本县日期").same and not explain("出生地点", "现住址").same


def test_a_persons_religion_and_relatives_abroad() -> None:
    """u119: a cleric's 所属宗教 is the person's 宗教信仰, not the 宗教类别 a register of sites asks; 海外亲属 live
    apart from the applicant's household, so their 与本人关系 is no 家庭成员's."""
    assert explain("所属宗教", "宗教信仰").same and not explain("所属宗教", "宗教类别").same
    abroad = MAKER.key("与本人关系", ("海外（境外）亲属情况",))
    assert abroad.role == "海外亲属" and abroad != MAKER.key("与申请人关系", ("家庭成员情况",))
    assert MAKER.key("姓名", ("家庭成员情况",)).role == MAKER.key("姓名", ("直系亲属",)).role == "家庭成员"


def test_an_id_under_someones_section_on_a_card_of_a_body_is_that_persons() -> None:
    """u74, u75: 「产权人情况 › 证件号码」 on a historic building's card and 「经营者信息 › 证件号码」 on a register of shops
    were read as the body's licence number (单位证件号码); beside that person's 姓名 they are the person's ID."""
    from yitaobiao.model import Form

    owner = ("产权人情况",)
    fields = [at("F1.1", "A1", "建筑名称"), at("F1.2", "A6", "姓名", *owner), at("F1.3", "C6", "证件号码", *owner),
              at("F1.4", "A7", "证件号码"),
              at("F2.1", "A4", "名称"), at("F2.2", "B4", "证件号码"), at("F2.3", "C4", "产权人证件号码")]
    forms = [Form(id="F1", path="F1.docx", sheet="表1", title="历史建筑调查登记表", department="F1", layout="card",
                  subject=Subject.ORGANISATION),
             Form(id="F2", path="F2.xlsx", sheet="Sheet1", title="文物保护单位名录", department="F2", layout="list",
                  subject=Subject.ORGANISATION)]
    match_fields(fields, SYN, forms=forms)
    by_id = {f.id: f for f in fields}
    assert by_id["F1.3"].role == "产权人" and not same(fields, "F1.3", "F1.4") and same(fields, "F1.4", "F2.2")
    assert same(fields, "F1.3", "F2.3")


def test_the_name_of_a_household_on_a_list_of_households_is_its_heads() -> None:
    """wf6: 「户名 | 类型 | 性别 | 所属地区」 of a list of poor households was read as a bank account's name, and the
    household head's name never reached the form; where a bank account or a 户主 is asked, 户名 is the account's."""
    from yitaobiao.model import Form

    fields = [at("F1.1", "A1", "户名"), at("F1.2", "B1", "类型"), at("F1.3", "C1", "性别"),
              at("F2.1", "A3", "户主姓名"), at("F2.2", "B3", "家庭人口数"),
              at("F3.1", "A3", "姓名"), at("F3.2", "B3", "户名"), at("F3.3", "C3", "银行账号")]
    forms = [Form(id=fid, path=f"{fid}.xlsx", sheet="Sheet1", title=title, department=fid, layout="list",
                  subject=subject) for fid, title, subject in (("F1", "family_list", Subject.HOUSEHOLD),
                                                                ("F2", "农户家庭情况台账", Subject.HOUSEHOLD),
                                                                ("F3", "补贴发放花名册", Subject.PERSON))]
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.1", "F2.1") and not same(fields, "F3.2", "F2.1")


def test_the_name_of_a_utility_account_is_its_customers() -> None:
    """u590: 「户名 | 用电户号 | 电表编号」 of a power company's list of households names the account's customer, who
    need not head the household: it met the 户主姓名 of a household ledger, a look-alike."""
    from yitaobiao.model import Form

    fields = [at("F1.1", "A3", "户名"), at("F1.2", "B3", "用电户号"), at("F1.3", "C3", "电表编号"),
              at("F2.1", "A3", "户主姓名"), at("F2.2", "B3", "家庭人口数")]
    forms = [Form(id=fid, path=f"{fid}.xlsx", sheet="Sheet1", title=title, department=fid, layout="list",
                  subject=Subject.HOUSEHOLD) for fid, title in (("F1", "农网改造入户台账"), ("F2", "农户家庭情况台账"))]
    match_fields(fields, SYN, forms=forms)
    assert not same(fields, "F1.1", "F2.1")


def test_school_and_aid_account_vocabulary() -> None:
    """u80: 学籍所在学校 and 录取院校 are the 学校名称 a pupil attends, 在读年级 its 年级, 入园时间 a kindergartener's
    入学时间, and the 一卡通's bank and number the aid account's."""
    pairs = [("学籍所在学校", "就读学校"), ("录取院校", "学校名称"), ("在读年级", "年级"), ("入园时间", "入学时间"),
             ("一卡通开户行", "开户银行"), ("惠农一卡通账号", "银行账号")]
    assert [p for p in pairs if not explain(*p).same] == []
    assert not explain("入园时间", "离园时间").same


def test_whoever_a_bracket_says_is_the_guardian_is_the_guardian() -> None:
    """u80: 「实际抚养人（监护人） › 姓名 | 与儿童关系 | 联系电话」 of a 困境儿童花名册 stood apart from every 监护人姓名 and
    监护人电话: the one who raises the child is its guardian, as the bracket says."""
    assert explain("姓名", "监护人姓名", context_a=["实际抚养人（监护人）"]).same
    assert explain("联系电话", "监护人联系电话", context_a=["实际抚养人（监护人）"]).same
    assert explain("姓名", "监护人姓名", context_a=["家庭成员（监护人）"]).same  # (as before)


def test_the_only_applicant_payer_or_borrower_a_form_names_is_its_person() -> None:
    """u81, u82: 「申领人信息 › 姓名 …」 of a 失业保险金申领登记表, 「缴费人信息 › 缴费人姓名 | 证件号码」 of a 缴费明细 and
    「借款人信息 › 姓名 …」 beside 「配偶信息」 on a 小额信贷 roster stood apart from every 姓名 and 公民身份号码: the one
    who applies, pays or borrows is the record's person when no one else but their kin is named."""
    fields = [at("F1.1", "A2", "姓名", "申领人信息"), at("F1.2", "A3", "社会保障号码", "申领人信息"),
              at("F2.1", "B4", "缴费人姓名", "缴费人信息"), at("F2.2", "D4", "证件号码", "缴费人信息"),
              at("F3.1", "D5", "姓名", "借款人信息"), at("F3.2", "F5", "身份证号码", "借款人信息"),
              at("F3.3", "I5", "姓名", "配偶信息"),
              at("F4.1", "A4", "姓名"), at("F4.2", "B4", "公民身份号码")]
    match_titled(fields, {"F1": "失业保险金申领登记表", "F2": "城乡居民基本养老保险费代收缴费明细表",
                          "F3": "脱贫人口小额信贷贴息资金申报明细表", "F4": "实有人口登记表"})
    assert same(fields, "F1.1", "F4.1") and same(fields, "F2.1", "F4.1") and same(fields, "F3.1", "F4.1")
    assert same(fields, "F2.2", "F4.2") and same(fields, "F3.2", "F4.2") and not same(fields, "F3.3", "F4.1")
    # (u202: a 代办人 who may hand the claim in for them is someone else, and leaves the claimant the card's own)
    fields = [at("F1.1", "A5", "姓名", "申领人基本情况"), at("F1.2", "A6", "社会保障号码", "申领人基本情况"),
              at("F1.3", "A20", "姓名", "代办人情况"), at("F1.4", "D20", "身份证号码", "代办人情况"),
              at("F4.1", "A4", "姓名"), at("F4.2", "B4", "公民身份号码")]
    match_titled(fields, {"F1": "失业保险金申领登记表", "F4": "实有人口登记表"}, layout="card")
    assert same(fields, "F1.1", "F4.1") and same(fields, "F1.2", "F4.2") and not same(fields, "F1.3", "F4.1")


def test_a_bodys_founding_date_and_business_scope_wording() -> None:
    """u79: 成立日期, 登记注册时间 and 工商注册时间 of a cooperative's registers stood apart, as did 业务范围 and 经营范围;
    a licence's 成立日期 is the day it was registered, its 经营范围 what a 社会组织 calls 业务范围."""
    assert explain("登记注册时间", "成立日期").same and explain("工商注册时间", "成立时间").same
    assert explain("业务范围", "经营范围").same
    assert not explain("成立日期", "注销日期").same and not explain("批准设立日期", "注册日期").same


def form_of(fid: str, title: str, layout: Layout, subject: Subject) -> Form:
    """A form of the given title, layout and subject (its fields are F1.1, F1.2 …)."""
    return Form(id=fid, path=f"{fid}.xlsx", sheet="Sheet1", title=title, department=fid, layout=layout, subject=subject)


def test_one_households_figure_is_not_the_villages_total() -> None:
    """u87: a household's survey card (一、住户基本情况 › 户籍人口（人）, 粮食播种面积（亩）) merged with the village's
    统计年报 rows of the same words: seven look-alikes. A household's or a person's count of people is its own; what
    it measures (an area, an output) is the same item a table of villages totals, at another level (u444, u449,
    u451: a shelter's 建筑面积, a ranger's 管护面积, a tea farmer's 茶园面积 had each stood apart from the county's)."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "A6", "户籍人口（人）", "一、住户基本情况"), at("F1.2", "A19", "粮食作物播种面积（亩）", "三、生产情况"),
              at("F2.1", "A5", "户籍人口", ), at("F2.2", "A9", "粮食作物播种面积"),
              at("F3.1", "E3", "户籍人口（人）"), at("F3.2", "F3", "粮食作物播种面积（亩）")]
    fields[2].unit = fields[3].unit = None
    forms = [form_of("F1", "农业生产经营户调查表", Layout.CARD, Subject.HOUSEHOLD),
             form_of("F2", "村级基本情况统计年报表", Layout.INDICATOR, Subject.AGGREGATE),
             form_of("F3", "农村住户收支调查样本户名录", Layout.LIST, Subject.HOUSEHOLD)]
    match_fields(fields, SYN, forms=forms)
    assert not same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2")
    assert same(fields, "F1.1", "F3.1") and same(fields, "F1.2", "F3.2")  # households' figures are one item
    # (wf16: the review workbook showed such a key as 「…（household）」: the level is said in words)
    assert not any(re.search(r"[A-Za-z]", f.label_key) for f in fields), [f.label_key for f in fields]


def test_another_bodys_section_keeps_its_name_apart_from_the_records_own() -> None:
    """u89: 「三、所属快递企业信息 › 企业名称」 on a 快递末端网点 card was read as the outlet's own 单位名称: the section's
    信息 hid its 企业 from the check for another body."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "A2", "网点名称", "一、网点基本信息"), at("F1.2", "A14", "企业名称", "三、所属快递企业信息"),
              at("F2.1", "B3", "单位名称")]
    forms = [form_of("F1", "快递末端网点备案信息表", Layout.CARD, Subject.ORGANISATION),
             form_of("F2", "市场主体名录", Layout.LIST, Subject.ORGANISATION)]
    match_fields(fields, SYN, forms=forms)
    assert not same(fields, "F1.2", "F2.1")


def test_people_served_and_a_counts_breakdown_on_tables_of_sites_are_no_ones_items() -> None:
    """u90: 「服务对象」 on a register of guidance sites (受益家庭户数 beside it) was read as a person's 姓名, and
    「留守儿童数 › 其中：寄宿生」 counted per school as 是否寄宿 asked of a pupil."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "B3", "站点名称"), at("F1.2", "I3", "服务对象"), at("F1.3", "J3", "受益家庭户数"),
              at("F2.1", "B3", "学校名称"), at("F2.2", "G4", "合计", "留守儿童数"), at("F2.3", "H4", "其中：寄宿生", "留守儿童数"),
              at("F3.1", "E3", "学生姓名"), at("F3.2", "V3", "是否寄宿")]
    forms = [form_of("F1", "家庭教育指导服务站点工作台账", Layout.LIST, Subject.ORGANISATION),
             form_of("F2", "留守儿童在校情况统计表", Layout.LIST, Subject.ORGANISATION),
             form_of("F3", "留守儿童在校学生信息台账", Layout.LIST, Subject.PERSON)]
    match_fields(fields, SYN, forms=forms)
    assert not same(fields, "F1.2", "F3.1") and not same(fields, "F2.3", "F3.2")


def test_the_person_named_on_a_bodys_card_row_goes_on_to_the_id_row_under_it() -> None:
    """u89: 「负 责 人 | ___ | 性别 | ___」 over 「身份证号码 | ___ | 联系电话 | ___」 on a 服务社 application: the ID
    number and phone were read as the body's own and met trainees' ID numbers."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "A1", "服务社名称"), at("F1.2", "A3", "负 责 人"), at("F1.3", "C3", "性别"),
              at("F1.4", "A4", "身份证号码"), at("F1.5", "E4", "联系电话"),
              at("F2.1", "B3", "姓名"), at("F2.2", "C3", "公民身份号码"),
              at("F3.1", "B3", "负责人姓名"), at("F3.2", "C3", "负责人身份证号")]
    forms = [form_of("F1", "农村综合服务社建设申请表", Layout.CARD, Subject.ORGANISATION),
             form_of("F2", "电商培训学员花名册", Layout.LIST, Subject.PERSON),
             form_of("F3", "电商服务站点名录", Layout.LIST, Subject.ORGANISATION)]
    match_fields(fields, SYN, forms=forms)
    assert not same(fields, "F1.4", "F2.2") and same(fields, "F1.4", "F3.2") and same(fields, "F1.2", "F3.1")


def test_a_card_row_asking_twice_after_one_person_asks_about_them_throughout() -> None:
    """u80: 「残疾家长姓名 | ___ | 家长残疾证号 | ___ | 残疾类别 | ___」 on a student's aid application: the parent's
    disability category met the students' own. One word naming the person is not enough: on 「监护人姓名 | ___ |
    残疾类别」 the category may still be the record's."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "A3", "申请人姓名"), at("F1.2", "C3", "性别"), at("F1.3", "A10", "残疾家长姓名", "家庭情况"),
              at("F1.4", "C10", "家长残疾证号", "家庭情况"), at("F1.5", "F10", "残疾类别", "家庭情况"),
              at("F2.1", "B3", "姓名"), at("F2.2", "C3", "残疾类别"), at("F2.3", "D3", "性别"),
              at("F3.1", "A2", "学生姓名"), at("F3.2", "A5", "监护人姓名"), at("F3.3", "C5", "残疾类别")]
    forms = [form_of("F1", "残疾学生助学申请表", Layout.CARD, Subject.PERSON),
             form_of("F2", "残疾人花名册", Layout.LIST, Subject.PERSON),
             form_of("F3", "送教上门学生登记表", Layout.CARD, Subject.PERSON)]
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.2", "F2.3") and not same(fields, "F1.5", "F2.2") and same(fields, "F3.3", "F2.2")


def test_the_one_a_payment_roster_pays_is_its_person_beside_the_household_head() -> None:
    """u91: 「户主信息 › 户主姓名 | 领取人信息 › 姓名 | 身份证号 | 与户主关系」 of a 一卡通发放花名册 made the payee a 领取人
    apart from everyone's 姓名; and a 求助人 heading a 欠薪求助登记台账 is its person."""
    fields = [at("F1.1", "C4", "户主姓名", "户主信息"), at("F1.2", "E4", "姓名", "领取人信息"),
              at("F1.3", "F4", "身份证号", "领取人信息"), at("F1.4", "G4", "与户主关系", "领取人信息"),
              at("F2.1", "C3", "求助人姓名"), at("F2.2", "D3", "身份证号码"),
              at("F3.1", "B3", "姓名"), at("F3.2", "C3", "公民身份号码"), at("F3.3", "D3", "户主姓名")]
    forms = [form_of("F1", "惠民惠农财政补贴资金一卡通发放花名册", Layout.LIST, Subject.PERSON),
             form_of("F2", "农民工欠薪求助登记台账", Layout.LIST, Subject.PERSON),
             form_of("F3", "公益性岗位人员花名册", Layout.LIST, Subject.PERSON)]
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.2", "F3.1") and same(fields, "F1.3", "F3.2") and same(fields, "F2.1", "F3.1")
    assert same(fields, "F1.1", "F3.3") and not same(fields, "F1.1", "F3.1")


def test_the_post_beside_the_one_in_charge_is_theirs() -> None:
    """u88: 「负责人 | ___ | 职务 | ___ | 联系电话」 on a shelter's card met a roster's own 现任职务."""
    fields = [at("F1.1", "A2", "场所名称"), at("F1.2", "A17", "负责人"), at("F1.3", "C17", "职务"),
              at("F1.4", "E17", "联系电话"), at("F2.1", "B3", "姓名"), at("F2.2", "L3", "现任职务")]
    forms = [form_of("F1", "应急避难场所基本情况登记表", Layout.CARD, Subject.ORGANISATION),
             form_of("F2", "灾害信息员花名册", Layout.LIST, Subject.PERSON)]
    match_fields(fields, SYN, forms=forms)
    assert not same(fields, "F1.3", "F2.2")


def test_the_insurance_a_title_names_is_the_scheme_a_bare_label_asks() -> None:
    """u92: a 基本医疗保险登记表's 参保险种 met a pension roster's 参保险种: the title says which insurance."""
    fields = [at("F1.1", "A2", "姓名"), at("F1.2", "A6", "参保险种"), at("F2.1", "B3", "姓名"), at("F2.2", "H3", "参保险种"),
              at("F3.1", "B3", "姓名"), at("F3.2", "H3", "医疗保险类型")]
    forms = [form_of("F1", "退捕渔民参加基本医疗保险登记表", Layout.CARD, Subject.PERSON),
             form_of("F2", "退捕渔民养老保险情况花名册", Layout.LIST, Subject.PERSON),
             form_of("F3", "城乡居民参保花名册", Layout.LIST, Subject.PERSON)]
    match_fields(fields, SYN, forms=forms)
    assert not same(fields, "F1.2", "F2.2") and same(fields, "F1.2", "F3.2")


def test_the_late_person_on_a_card_of_the_one_who_reports_is_someone_else() -> None:
    """u103: 「四、丧事填写 › 逝者姓名 | 性别 | 出生日期」 on a 婚丧喜庆报备登记表 went into the volunteers' 姓名, 性别,
    出生日期 (two look-alikes); a register of deaths is the late person's."""
    fields = [at("F1.1", "A4", "姓名", "一、操办人（事主）情况"), at("F1.2", "E4", "身份证号码", "一、操办人（事主）情况"),
              at("F1.3", "A14", "逝者姓名", "四、丧事填写"), at("F1.4", "C14", "性别", "四、丧事填写"),
              at("F1.5", "E14", "出生日期", "四、丧事填写"),
              at("F2.1", "B3", "姓名"), at("F2.2", "C3", "性别"), at("F2.3", "D3", "出生日期"),
              at("F3.1", "B3", "死者姓名"), at("F3.2", "C3", "死者身份证号"), at("F3.3", "D3", "性别"),
              at("F4.1", "B3", "姓名"), at("F4.2", "C3", "公民身份号码")]
    forms = [form_of("F1", "村民婚丧喜庆事宜操办报备登记表", Layout.CARD, Subject.PERSON),
             form_of("F2", "志愿者注册花名册", Layout.LIST, Subject.PERSON),
             form_of("F3", "火化遗体登记台账", Layout.LIST, Subject.PERSON),
             form_of("F4", "婚丧事宜操办台账", Layout.LIST, Subject.PERSON)]
    match_fields(fields, SYN, forms=forms)
    assert not same(fields, "F1.3", "F2.1") and not same(fields, "F1.4", "F2.2") and not same(fields, "F1.5", "F2.3")
    assert same(fields, "F3.1", "F2.1") and same(fields, "F3.3", "F2.2")


def test_an_agent_by_either_name_is_one_agent_and_a_year_end_count_keeps_its_year() -> None:
    """u101: 委托代理人 on a 房屋征收入户调查登记表 and 代办人 on a 养老保障资格审核表 act for the applicant alike (four
    items apart); 本年末核定扶持人数 lost 本年 to the period column and was shown as 「末核定扶持人数」."""
    fields = [at("F1.1", "B1", "姓名"), at("F1.2", "B4", "姓名", "委托代理人"), at("F1.3", "F4", "联系电话", "委托代理人"),
              at("F2.1", "B3", "姓名"), at("F2.2", "B11", "姓名", "代办人情况"), at("F2.3", "F11", "联系电话", "代办人情况"),
              at("F3.1", "B3", "法定代理人姓名")]
    forms = [form_of("F1", "房屋征收入户调查登记表", Layout.CARD, Subject.PERSON),
             form_of("F2", "被征地农民养老保障资格审核表", Layout.CARD, Subject.PERSON),
             form_of("F3", "未成年人信息登记表", Layout.LIST, Subject.PERSON)]
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.2", "F2.2") and same(fields, "F1.3", "F2.3") and not same(fields, "F1.1", "F1.2")
    assert not same(fields, "F3.1", "F2.2")

    from yitaobiao.match import _ROW_PERIOD_RE

    assert _ROW_PERIOD_RE.sub(r"\1", "本年末核定扶持人数") == "本年末核定扶持人数"
    assert _ROW_PERIOD_RE.sub(r"\1", "一、本年总收入") == "一、总收入"


def test_an_answer_and_its_negation_under_one_question_are_both_that_questions() -> None:
    """u102: 「是否同意改造 › 同意 | 不同意」 read 同意 under its question but 不同意 bare, and it met a lift survey's
    不同意."""
    fields = [at("F1.1", "B5", "姓名"), at("F1.2", "I5", "同意", "是否同意改造"), at("F1.3", "J5", "不同意", "是否同意改造"),
              at("F2.1", "B7", "业主姓名"), at("F2.2", "H7", "不同意", "业主意见（须业主本人签字，同意请在“同意”栏打“√”）")]
    forms = [form_of("F1", "老旧小区改造居民意愿征询表", Layout.LIST, Subject.PERSON),
             form_of("F2", "既有住宅加装电梯业主意见征询表", Layout.CARD, Subject.PERSON)]
    match_fields(fields, SYN, forms=forms)
    assert not same(fields, "F1.3", "F2.2") and not same(fields, "F1.2", "F1.3")


def test_what_a_section_takes_in_names_no_one_and_a_numbered_sections_contact_is_a_person() -> None:
    """u106: 「家庭成员情况（含户主） › 姓名」 became 含户主姓名, apart from every other form's members; u104: 「四、联系方式
    › 联 系 人」 on a card (a name) went into the contact's phone with the units' 联系电话."""
    maker = KeyMaker(SYN)
    assert maker.key("姓名", ["家庭成员情况（含户主）"]).text == maker.key("姓名", ["家庭成员情况"]).text
    contact = maker.key("联系人", ["四、联系方式"])
    assert contact.text == "联系人姓名" and contact.text != maker.key("联系电话", ["四、联系方式"]).text
    assert maker.key("本人", ["联系方式"]).text == "联系电话"  # a list's 联系方式 › 本人 | 家属 stays whose phone


def test_a_fund_account_and_an_address_under_the_register_say_which_they_are() -> None:
    """u106: 「个人账号」 on a 住房公积金汇缴清册 went into 银行账号 with the 一卡通 accounts (a look-alike); u105:
    「落户信息 › 住址」 on a 新生儿出生登记台账 went into 现住址 (a look-alike)."""
    fields = [at("F1.1", "A3", "姓名"), at("F1.2", "B3", "个人账号"), at("F2.1", "A3", "姓名"), at("F2.2", "B3", "银行账号"),
              at("F3.1", "A3", "姓名"), at("F3.2", "C3", "个人公积金账号"),
              at("F4.1", "A4", "姓名", "新生儿信息"), at("F4.2", "M4", "住址", "落户信息"),
              at("F5.1", "A3", "姓名"), at("F5.2", "B3", "现住址"), at("F5.3", "C3", "户籍地址")]
    forms = [form_of("F1", "住房公积金单位汇（补）缴清册", Layout.LIST, Subject.PERSON),
             form_of("F2", "惠民惠农一卡通发放花名册", Layout.LIST, Subject.PERSON),
             form_of("F3", "住房公积金提取申请表", Layout.CARD, Subject.PERSON),
             form_of("F4", "新生儿出生登记情况台账", Layout.LIST, Subject.PERSON),
             form_of("F5", "实有人口登记表", Layout.LIST, Subject.PERSON)]
    match_fields(fields, SYN, forms=forms)
    assert not same(fields, "F1.2", "F2.2") and same(fields, "F1.2", "F3.2")
    assert same(fields, "F4.2", "F5.3") and not same(fields, "F4.2", "F5.2")


def test_this_periods_column_under_an_item_is_the_item() -> None:
    """u104: 「工业总产值 › 本月 | 本年累计」 of a 规上工业 register became 工业总产值本月, apart from the 月报's row
    工业总产值 (its period columns say when), as 「营业收入 › 本期」 was not."""
    maker = KeyMaker(SYN)
    assert maker.key("本月", ["工业总产值"]).text == maker.key("工业总产值").text
    assert maker.key("本年累计", ["工业总产值"]).text != maker.key("工业总产值").text
    assert maker.key("当季", ["商品销售额"]).text == maker.key("商品销售额").text


def test_a_count_under_a_kind_of_business_counts_those_businesses() -> None:
    """u104: 「个体经营户 › 从业人员数（人）」 of a village's 经济普查清查进度 table met every unit's 从业人员期末人数 (a
    look-alike, nine pairs)."""
    fields = [at("F1.1", "B3", "村（社区）"), at("F1.2", "F4", "从业人员数（人）", "个体经营户"),
              at("F2.1", "B3", "单位名称"), at("F2.2", "F3", "从业人员期末人数")]
    forms = [form_of("F1", "经济普查单位清查进度统计表", Layout.LIST, Subject.PLACE),
             form_of("F2", "规上企业名录", Layout.LIST, Subject.ORGANISATION)]
    match_fields(fields, SYN, forms=forms)
    assert not same(fields, "F1.2", "F2.2")


def test_the_one_a_register_is_done_to_heads_its_column_by_name() -> None:
    """u101, u106: 「被征收人」 heading a 分户评估 and a 棚改 register's column is whom each row is about, by name, as
    被征收人姓名 and 姓名 are elsewhere; a case's 被投诉人 is its other side."""
    maker = KeyMaker(SYN)
    assert maker.key("被征收人").text == maker.key("姓名").text == maker.key("被保险人").text
    assert maker.key("被投诉人").text != maker.key("姓名").text and maker.key("被申请人").text != maker.key("姓名").text


def test_a_payments_rate_worded_as_subsidy_or_aid_is_one_rate() -> None:
    """u101: 补助标准（元/人·年） of a 后期扶持 直补资金 list and 补贴标准（元/人·年） of its 一卡通 清册 are one rate."""
    fields = [at("F1.1", "B3", "姓名"), at("F1.2", "G4", "补助标准（元/人·年）"),
              at("F2.1", "B3", "姓名"), at("F2.2", "G4", "补贴标准（元/人·年）")]
    forms = [form_of("F1", "大中型水库移民后期扶持直补资金发放花名册", Layout.LIST, Subject.PERSON),
             form_of("F2", "惠民惠农财政补贴资金一卡通发放清册", Layout.LIST, Subject.PERSON)]
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.2", "F2.2")


def test_a_flats_owner_is_one_person_by_either_name() -> None:
    """u102: 「产权人信息 › 姓名 | 身份证号 | 联系电话」 of a 老旧小区改造意愿征询表 went into the residents' own 姓名
    (a look-alike) and 业主姓名 of a 加装电梯意见表 stayed apart from them."""
    fields = [at("F1.1", "B4", "楼栋号"), at("F1.2", "D5", "姓名", "产权人信息"), at("F1.3", "F5", "联系电话", "产权人信息"),
              at("F2.1", "D7", "业主姓名"), at("F2.2", "F7", "联系电话", "业主"),
              at("F3.1", "B3", "姓名"), at("F3.2", "C3", "联系电话")]
    forms = [form_of("F1", "老旧小区改造居民意愿征询表", Layout.LIST, Subject.PERSON),
             form_of("F2", "既有住宅加装电梯业主意见征询表", Layout.CARD, Subject.PERSON),
             form_of("F3", "社区网格员信息名册", Layout.LIST, Subject.PERSON)]
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.2", "F2.1") and not same(fields, "F1.2", "F3.1") and not same(fields, "F1.3", "F3.2")


def test_whether_one_is_covered_is_asked_of_the_insurance_the_title_names() -> None:
    """u92: 参保状态 on a pension roster met 参保状态 on a 医保 台账 (a look-alike); u72: the 医保 form's 参保状态 is
    what a 困难残疾人 form asks as 是否参加基本医疗保险, and neither is which scheme one is in."""
    fields = [at("F1.1", "B3", "姓名"), at("F1.2", "I3", "参保状态"), at("F2.1", "B3", "姓名"), at("F2.2", "N3", "参保状态"),
              at("F3.1", "B3", "姓名"), at("F3.2", "H3", "是否参加基本医疗保险"), at("F3.3", "I3", "医疗保险类型")]
    forms = [form_of("F1", "退捕渔民参加基本养老保险情况花名册", Layout.LIST, Subject.PERSON),
             form_of("F2", "退捕渔民城乡居民医保参保缴费台账", Layout.LIST, Subject.PERSON),
             form_of("F3", "困难残疾人家庭基本情况表", Layout.LIST, Subject.PERSON)]
    match_fields(fields, SYN, forms=forms)
    assert not same(fields, "F1.2", "F2.2")
    assert same(fields, "F2.2", "F3.2") and not same(fields, "F2.2", "F3.3")


def test_a_form_asking_names_in_two_sections_parts_no_other_forms_by_a_generic_word() -> None:
    """u93: a 户表 asks 姓名 of its 本户人口 and of its 本户死亡人口; every register whose title says 人口 was then put
    apart from the others' 姓名, as if 人口 named a kind of section the way 保险 of 医疗保险 does."""
    from yitaobiao.match import _section_titled

    sections = ["二、按人填报的项目", "三、2024年11月1日至2025年10月31日本户死亡人口"]
    assert _section_titled(sections, "流动人口居住登记信息台账") == sections[0]
    assert _section_titled(["（#）医疗保险", "（#）长期护理保险"], "城乡居民养老保险参保花名册") == ""


def test_the_first_section_of_a_person_on_a_register_is_the_record_s_own() -> None:
    """u96: 「实际种粮者信息 › 姓名 | 公民身份证号码」 opening a 种粮农民补贴核实清册, 「一、补贴对象（持卡人）基本信息 ›
    姓名」 opening a 一卡通 card and 「借款人信息 › 借款人姓名」 on a loan ledger (each row a loan) split the people
    they are about from every roster's 姓名. The 代办人 after them, and a bus's 驾驶人 after its 车辆信息, are others."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "B4", "村民小组"), at("F1.2", "C5", "姓名", "实际种粮者信息"),
              at("F1.3", "D5", "公民身份证号码", "实际种粮者信息"), at("F1.4", "F5", "自有承包面积", "土地经营情况"),
              at("F2.1", "A4", "姓    名", "一、补贴对象（持卡人）基本信息"),
              at("F2.2", "A6", "证件号码", "一、补贴对象（持卡人）基本信息"),
              at("F2.3", "A11", "姓    名", "二、代办人信息（委托他人代办的填写）"),
              at("F3.1", "B3", "乡镇"), at("F3.2", "D4", "借款人姓名", "借款人信息"), at("F3.3", "F4", "证件号码", "借款人信息"),
              at("F3.4", "X4", "姓名", "帮扶责任人"),
              at("F4.1", "C4", "车牌号码", "车辆信息"), at("F4.2", "I4", "姓名", "驾驶人信息"),
              at("F4.3", "M4", "姓名", "随车照管人员"),
              at("F5.1", "B3", "姓名"), at("F5.2", "C3", "公民身份号码")]
    forms = [form_of("F1", "实际种粮农民一次性补贴核实清册", Layout.LIST, Subject.PERSON),
             form_of("F2", "惠民惠农补贴一卡通代发账户信息采集登记表", Layout.CARD, Subject.PERSON),
             form_of("F3", "脱贫人口小额信贷发放管理台账", Layout.LIST, Subject.EVENT),
             form_of("F4", "校车及驾驶人基本信息台账", Layout.LIST, Subject.PERSON),
             form_of("F5", "低保对象花名册", Layout.LIST, Subject.PERSON)]
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.2", "F5.1") and same(fields, "F1.3", "F5.2")
    assert same(fields, "F2.1", "F5.1") and same(fields, "F2.2", "F5.2") and not same(fields, "F2.3", "F5.1")
    assert same(fields, "F3.2", "F5.1") and same(fields, "F3.3", "F5.2") and not same(fields, "F3.4", "F5.1")
    assert not same(fields, "F4.2", "F5.1")


def test_the_households_a_figure_covers_narrow_it() -> None:
    """u96: 「一、涉农贷款余额 › 其中：农户贷款余额」 of a quarterly table met a loan ledger's 贷款余额 as 「只差一个可省略的
    词」. (Its 农户姓名, read then as a person's 姓名, is the 户主's since u135 and u152.)"""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "A6", "一、涉农贷款余额"), at("F1.2", "A7", "其中：农户贷款余额", "一、涉农贷款余额"),
              at("F2.1", "B3", "户主姓名"), at("F2.2", "Q4", "贷款余额"),
              at("F3.1", "B3", "农户姓名"), at("F3.2", "C3", "姓名")]
    forms = [form_of("F1", "农村金融服务情况统计表", Layout.INDICATOR, Subject.AGGREGATE),
             form_of("F2", "小额信贷台账", Layout.LIST, Subject.HOUSEHOLD),
             form_of("F3", "农户名册", Layout.LIST, Subject.PERSON)]
    match_fields(fields, SYN, forms=forms)
    assert not same(fields, "F1.2", "F2.2")
    assert explain("农户姓名", "户主姓名").same


def test_a_count_in_pieces_is_the_count_and_how_one_works_is_not_whether() -> None:
    """u97: 「村（居）民小组个数」 counts what 「村（居）民小组数」 counts; u94: 「是否就业」 met 「就业形式」 (单位就业, 灵活就业 …)
    as one 就业状态."""
    assert explain("村（居）民小组个数", "村（居）民小组数").same
    assert not explain("是否就业", "就业形式").same
    assert explain("就业类型", "就业形式").same
    assert not explain("开户银行", "开户网点").same


def test_a_shorter_word_for_the_one_just_named_is_theirs() -> None:
    """u95: 「转移责任人 | 责任人电话」 on a 危险区转移人员名单 gave the phone to some 责任人 of its own, apart from a
    明细表's 转移责任人 › 手机号码."""
    fields = [at("F1.1", "B3", "姓名"), at("F1.2", "N3", "转移责任人"), at("F1.3", "O3", "责任人电话"),
              at("F2.1", "B6", "姓名"), at("F2.2", "M6", "姓名", "转移责任人"), at("F2.3", "N6", "手机号码", "转移责任人"),
              at("F3.1", "B3", "姓名"), at("F3.2", "C3", "责任人电话")]
    from yitaobiao.model import Layout

    forms = [form_of(fid, title, Layout.LIST, Subject.PERSON)
             for fid, title in (("F1", "山洪灾害危险区转移人员名单"), ("F2", "危险区转移责任人明细表"), ("F3", "网格员名单"))]
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.3", "F2.3") and same(fields, "F1.2", "F2.2") and not same(fields, "F3.2", "F2.3")


def test_a_programmes_classing_of_its_people_is_its_own() -> None:
    """wf9: 「人员类别」 on a 低保退出人员名单 (重点保障, 一般保障) met 「人口类型」 (户籍, 流动) of a police register, 人员 and
    人口 being one word to the tokens."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "B1", "姓名"), at("F1.2", "L1", "人员类别"), at("F2.1", "A2", "姓名"), at("F2.2", "B2", "人口类型"),
              at("F3.1", "A2", "姓名"), at("F3.2", "B2", "对象类别")]
    forms = [form_of("F1", "低保对象名单", Layout.LIST, Subject.PERSON),
             form_of("F2", "实有人口数据导入模板", Layout.LIST, Subject.PERSON),
             form_of("F3", "最低生活保障对象花名册", Layout.LIST, Subject.PERSON)]
    forms[0].population = forms[2].population = "低保对象"
    match_fields(fields, SYN, forms=forms)
    assert not same(fields, "F1.2", "F2.2") and same(fields, "F1.2", "F3.2")


def test_the_ones_among_a_households_count_are_no_villages_total() -> None:
    """u95: 「需转移人数 | 其中 › 60岁以上老人 | 儿童 | 残疾人」 on a household's row of a 转移避险台账: its 残疾人 met a
    village table's 常住人口 › 其中 残疾人."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "D3", "户主"), at("F1.2", "H3", "需转移人数"), at("F1.3", "K4", "残疾人", "其中"),
              at("F2.1", "A10", "常住人口"), at("F2.2", "A14", "        残疾人", "常住人口"),
              at("F3.1", "A5", "残疾人数")]
    forms = [form_of("F1", "汛期危险区域群众转移避险工作台账", Layout.LIST, Subject.HOUSEHOLD),
             form_of("F2", "村（社区）防灾减灾救灾基本情况统计表", Layout.INDICATOR, Subject.AGGREGATE),
             form_of("F3", "村级基本情况统计表", Layout.INDICATOR, Subject.AGGREGATE)]
    match_fields(fields, SYN, forms=forms)
    assert not same(fields, "F1.3", "F2.2") and not same(fields, "F1.3", "F3.1")


def test_figures_before_a_change_are_not_the_current_ones() -> None:
    """u100: 「原保障情况 › 保障人数 | 月保障金（元）」 of a 减保停保 sheet met a roster's current 保障人数 and 月保障金额; a
    header that merely starts with 原 (原因说明) qualifies nothing."""
    assert not explain("保障人数", "保障人数", context_a=("原保障情况",)).same
    assert not explain("保障人数", "保障人数", context_a=("原保障情况",), context_b=("调整后情况",)).same
    assert explain("姓名", "姓名", context_a=("原因说明",)).same
    assert explain("是否已享受低保", "是否低保对象").same


def test_the_amount_under_a_payment_is_that_payments() -> None:
    """u100: 「困难残疾人生活补贴 › 发放金额（元）」 met a 低保 roster's 月保障金额 (alias 月发放金额)."""
    assert not explain("发放金额（元）", "月保障金额", context_a=("困难残疾人生活补贴",)).same
    assert not explain("发放金额（元）", "发放金额（元）", context_a=("困难残疾人生活补贴",),
                       context_b=("重度残疾人护理补贴",)).same


def test_a_clause_naming_which_of_a_total_is_no_noun_to_count() -> None:
    """wf9: 「（1）以入股分红、逐年返利且不参与经营的」 in 个 was named 「…不参与经营的数」 on the 一套表's 指标 sheet."""
    assert MAKER.key("（1）由社会企业捐赠的", unit="个").text == "由社会企业捐赠的"
    # (志愿者 names people already: counted as 工作人员（人） is, 志愿者数, the same as 「志愿者人数」 — u410)
    assert MAKER.key("志愿者", unit="人").text == "志愿者数" == MAKER.key("志愿者人数").text


def test_a_group_ticked_under_what_one_enjoys_asks_whether_one_is() -> None:
    """u99: 「享受待遇情况（打√） › 社会救助类 › 特困供养」 stood apart from 是否特困人员; a 高龄津贴's rate a month is no
    amount paid, and 经济来源 is the 收入来源."""
    assert explain("特困供养", "是否特困人员", context_a=("享受待遇情况（打√）", "社会救助类")).same
    assert explain("低保", "是否低保对象", context_a=("享受政策",)).same
    assert not explain("高龄津贴标准", "高龄津贴金额").same and explain("经济来源", "收入来源").same


def test_the_unit_named_under_its_own_header_on_a_persons_record_is_where_they_work() -> None:
    """wf10: 「单位编号对应单位名称 › 单位名称」 of a 社会保险参保证明 met a 商贸中心 register's 企业名称; the unit a
    complaint is against (被投诉单位 › 单位名称) is no employer of the complainant's record."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "A2", "姓名"), at("F1.2", "E14", "单位名称", "单位编号对应单位名称"),
              at("F2.1", "B2", "企业名称"), at("F2.2", "C2", "统一社会信用代码"),
              at("F3.1", "B3", "姓名"), at("F3.2", "C3", "工作单位"),
              at("F4.1", "A2", "投诉人姓名"), at("F4.2", "B5", "单位名称", "被投诉单位")]
    forms = [form_of("F1", "社会保险参保证明", Layout.CARD, Subject.PERSON),
             form_of("F2", "乡镇商贸中心统计情况表", Layout.LIST, Subject.ORGANISATION),
             form_of("F3", "农民工花名册", Layout.LIST, Subject.PERSON),
             form_of("F4", "劳动保障监察投诉登记表", Layout.CARD, Subject.PERSON)]
    match_fields(fields, SYN, forms=forms)
    assert not same(fields, "F1.2", "F2.1") and same(fields, "F1.2", "F3.2") and not same(fields, "F4.2", "F3.2")


def test_a_legal_aid_register_is_about_its_aided_person_after_the_cases_number() -> None:
    """u107: 「案件编号 | 受援人情况 › 姓名 | 性别 | 身份证号码」 of a 法律援助案件受理登记台账 made 受援人姓名 … apart from
    everyone's 姓名: the one given legal aid is the person each case row is about, its number only marks the row.
    A mediator named on a case register (人民调解员) is no count of mediators (人民调解员数), and a released
    prisoner's 原罪名 is the crime a 矫正 card asks."""
    fields = [at("F1.1", "B3", "案件编号"), at("F1.2", "C4", "姓名", "受援人情况"),
              at("F1.3", "F4", "身份证号码", "受援人情况"), at("F1.4", "O4", "姓名", "承办人"),
              at("F2.1", "B3", "姓名"), at("F2.2", "C3", "公民身份号码"), at("F2.3", "E3", "罪名"),
              at("F3.1", "N4", "人民调解员"), at("F4.1", "A8", "人民调解员数"),
              at("F5.1", "B3", "姓名"), at("F5.2", "I3", "原罪名")]
    fields[8].unit = "人"
    forms = [form_of("F1", "法律援助案件受理登记台账", Layout.LIST, Subject.EVENT),
             form_of("F2", "社区矫正对象花名册", Layout.LIST, Subject.PERSON),
             form_of("F3", "人民调解纠纷受理登记台账", Layout.LIST, Subject.EVENT),
             form_of("F4", "人民调解工作情况统计表", Layout.INDICATOR, Subject.AGGREGATE),
             form_of("F5", "刑满释放人员安置帮教台账", Layout.LIST, Subject.PERSON)]
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.2", "F2.1") and same(fields, "F1.3", "F2.2") and not same(fields, "F1.4", "F2.1")
    assert not same(fields, "F3.1", "F4.1") and same(fields, "F2.3", "F5.2")


def test_a_period_word_in_front_of_a_known_item_is_that_item_of_the_period() -> None:
    """u111: 「上年营业额（万元）」 of a 名录 摸底表 and 「上年营业收入（千元）」 of the 统计局's 核实表 are one figure; a
    period word in front still keeps this year's and last year's apart."""
    assert explain("上年营业额（万元）", "上年营业收入（千元）").same
    assert not explain("上年营业额", "营业收入").same and not explain("本月营业额", "上月营业收入").same
    assert not explain("本年累计营业额", "累计营业收入").same
    # (and the words of a trade register and a subsidy's 清册 for one item)
    pairs = [("经营状态", "营业状态"), ("商品类别", "商品品类"), ("成交价格（元）", "成交金额")]
    assert [p for p in pairs if not explain(*p).same] == []


def test_the_section_about_the_people_a_card_is_of_is_their_own() -> None:
    """u114: 「一、委员基本情况 › 委员姓名 | 性别 | 民族 | 身份证号」 on a 政协委员年度履职情况登记表 made 委员性别,
    委员民族 … apart from everyone's: the title names the 委员, so their basic facts are the card's own."""
    from yitaobiao.model import Layout

    section = ("一、委员基本情况",)
    fields = [field("F1.1", "委员姓名", section), field("F1.2", "性别", section), field("F1.3", "身份证号", section),
              field("F2.1", "姓名"), field("F2.2", "性别"), field("F2.3", "公民身份号码")]
    forms = [form_of("F1", "县政协委员年度履职情况登记表", Layout.CARD, Subject.PERSON),
             form_of("F2", "村务监督委员会成员花名册", Layout.LIST, Subject.PERSON)]
    match_fields(fields, SYN, forms=forms)
    assert all(same(fields, f"F1.{n}", f"F2.{n}") for n in (1, 2, 3))
    assert [f.role for f in fields[:3]] == [None, None, None]
    # (nor does their section qualify an item the table does not know: 「委员基本情况 › 界别」 is the 界别)
    assert MAKER.key("界别", section, subject_role="委员").text == "界别"


def test_words_of_military_service_roads_and_outlets_for_one_item() -> None:
    """u112, u113: a 征兵 体格检查表's 体检结论 is the 汇总's 体检结果, 专长 the 民兵编组's 专业技术特长; 交通 statistics
    write 建制村 for the 行政村 others count; an outlet's 站点负责人 is its 负责人."""
    pairs = [("体检结论", "体检结果"), ("专长", "专业技术特长"), ("建制村总数", "行政村总数"), ("其他禽存栏", "其他家禽存栏"),
             ("现任社会职务", "社会职务")]  # (u119: 现任 says now, as 现 and 目前 do)
    assert [p for p in pairs if not explain(*p).same] == []
    assert explain("姓名", "姓名", context_a=("站点负责人信息",), context_b=("二、负责人情况",)).same
    assert not explain("行政村总数", "自然村总数").same


def test_a_long_section_names_the_people_it_names_first() -> None:
    """u112: 「家庭主要成员及主要社会关系 › 工作单位及职务」 of a 征兵 政治考核表 (13 characters, longer than a qualifying
    header) named no one and merged with the recruit's own 工作单位, a look-alike pair."""
    assert MAKER.key("工作单位及职务", ("家庭主要成员及主要社会关系",)).role == "家庭成员"
    assert not explain("工作单位", "工作单位及职务", context_b=("家庭主要成员及主要社会关系",)).same


def test_the_code_right_of_another_bodys_name_is_that_bodys() -> None:
    """wf13: 「安全鉴定 › 鉴定机构名称 | 统一社会信用代码」 of a 经营性自建房 register joined the units' own 统一社会信用代码,
    and the 一套表's 单位 sheet was keyed by the appraiser's code."""
    from yitaobiao.model import Layout

    group = ("安全鉴定进行修正",)
    fields = [at("F1.1", "C3", "建筑地址"), at("F1.2", "R3", "鉴定机构名称", *group),
              at("F1.3", "S3", "统一社会信用代码", *group), at("F1.4", "T3", "鉴定时间", *group),
              at("F2.1", "B3", "单位名称"), at("F2.2", "C3", "统一社会信用代码")]
    forms = [form_of("F1", "经营性自建房数据修正统计汇总表", Layout.LIST, Subject.ORGANISATION),
             form_of("F2", "九小场所消防安全检查台账", Layout.LIST, Subject.ORGANISATION)]
    match_fields(fields, SYN, forms=forms)
    assert not same(fields, "F1.3", "F2.2") and fields[2].role == "鉴定机构"


def test_a_part_of_a_count_the_vocabulary_does_not_know_is_named_as_its_part() -> None:
    """u117: 「经常参加体育锻炼人数 › 其中：60周岁及以上」 of a 全民健身 statistics table was read as the village's
    60岁以上老年人数, a look-alike; a part of a whole the vocabulary knows stays the item it names (60周岁及以上老年人口 ›
    其中：65周岁及以上老年人口 is the 65岁以上老年人数 — dev)."""
    part = MAKER.key("其中：60周岁及以上", ("经常参加体育锻炼人数",), "人")
    assert part.canonical is None and part.shown == "经常参加体育锻炼人数（60周岁及以上）"
    assert not explain("其中：60周岁及以上", "60周岁及以上老年人口", context_a=("经常参加体育锻炼人数",)).same
    assert explain("其中：65周岁及以上老年人口", "65周岁以上人口数", context_a=("60周岁及以上老年人口",)).same
    # (u401: 「义务教育阶段在校学生数 › 其中：农村留守儿童」 and 「结对帮扶困境青少年人数 › 其中：农村留守儿童」 had met the
    # county's 农村留守儿童人数: the pupils, or the paired, among them)
    pupils = MAKER.key("其中：农村留守儿童", ("义务教育阶段在校学生数",), "人")
    assert pupils.canonical is None and "在校学生" in pupils.text
    assert not explain("其中：农村留守儿童人数", "农村留守儿童人数", context_a=("义务教育阶段在校学生数",)).same
    assert not explain("其中：农村留守儿童", "其中：农村留守儿童", context_a=("义务教育阶段在校学生数",),
                       context_b=("结对帮扶困境青少年人数",)).same


def test_an_indented_row_under_a_count_is_its_part_too() -> None:
    """u112: 「民兵总数」 with 「　　　　退役军人」 indented under it (no 其中) counts the veterans among the militia, not the
    退役军人（人）›合计 a 优抚 table counts; a part the unit makes a count is named as the part it is."""
    part = MAKER.key("\u3000\u3000\u3000\u3000退役军人", ("民兵总数",), "人")
    assert part.canonical is None and part.shown == "民兵总数（退役军人）"
    assert part.text != MAKER.key("合计", ("退役军人（人）",)).text
    assert MAKER.key("其中：女民兵", ("民兵总数",), "人").text == "女民兵人数"  # (女民兵 are 民兵: the count it says)


def test_a_petition_register_is_about_its_petitioner() -> None:
    """u115: 「信访件编号 | 信访日期 | 信访人情况 › 姓名 | 身份证号码 | 联系方式」 of a 信访事项交办办理台账 made 信访人姓名 …
    apart from the 信访投诉案件登记表's 信访人姓名, read as the card's own; 来信来访日期 is the 信访日期, 办理结果 the
    处理结果, 办结时限 the 办理时限."""
    fields = [at("F1.1", "B4", "信访件编号"), at("F1.2", "C4", "信访日期"), at("F1.3", "D5", "姓名", "信访人情况"),
              at("F1.4", "E5", "身份证号码", "信访人情况"), at("F1.5", "N5", "承办单位", "交办情况"),
              at("F2.1", "A1", "信访人姓名"), at("F2.2", "A2", "身份证号码"), at("F2.3", "C5", "来信来访日期")]
    forms = [form_of("F1", "生态环境类信访事项交办办理台账", Layout.LIST, Subject.EVENT),
             form_of("F2", "生态环境信访投诉案件登记表", Layout.CARD, Subject.PERSON)]
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.3", "F2.1") and same(fields, "F1.4", "F2.2") and same(fields, "F1.2", "F2.3")
    assert [p for p in [("办理结果", "处理结果"), ("办结时限", "办理时限"), ("信访人满意度", "群众满意度")]
            if not explain(*p).same] == []
    # (a petition's 信访事项摘要, what it is about, is no 诉求, what is asked for: u186 kept them apart, and the
    # 「投诉主要内容及诉求」 that words both is left to the review)
    assert not explain("信访事项摘要", "主要诉求").same


def test_a_units_or_sites_figure_is_one_records_and_no_total() -> None:
    """u117: a 民宿 card's 客房数量（间） and the 经营户台账's 客房数（间） were kept apart as 「汇总 ≠ 一人或一户的数」, though
    each is one 民宿's. A body's figures are the items a table of totals adds up (REAL_MORE_NOTES 16: aggregation
    does not split an item; u446: an enterprise's 从业人员数 and the 期末从业人员 of its 主要经济指标 table), though u113
    had kept a 农资网点's 从业人员 apart from the county's 年末从业人员."""
    from yitaobiao.model import Layout

    fields = [field("F1.1", "民宿名称", ("民宿基本情况",)), field("F1.2", "客房数量（间）", ("民宿基本情况",)),
              field("F2.1", "经营户名称"), field("F2.2", "客房数（间）"),
              field("F3.1", "网点名称"), field("F3.2", "从业人员（人）"), field("F4.1", "年末从业人员")]
    fields[6].unit = "人"
    forms = [form_of("F1", "乡村民宿开办奖补申请审批表", Layout.CARD, Subject.PERSON),
             form_of("F2", "乡村民宿经营户基本情况台账", Layout.LIST, Subject.ORGANISATION),
             form_of("F3", "农资经营网点基本情况登记表", Layout.CARD, Subject.ORGANISATION),
             form_of("F4", "粮食收购销售库存情况统计表", Layout.INDICATOR, Subject.AGGREGATE)]
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.2", "F2.2") and same(fields, "F3.2", "F4.1")
    # (and an emergency contact 「监护人以外」 is no guardian)
    assert MAKER.key("姓名", ("三、紧急联系人（监护人以外）",)).role == "紧急联系人"


def test_whether_a_licence_is_held_however_it_is_asked() -> None:
    """u117: 「是否办理营业执照」 of a 民宿 台账 and 「是否取得营业执照」 of its 奖补申请表 were two items; 有无 asks it too."""
    pairs = [("是否办理营业执照", "是否取得营业执照"), ("有无营业执照", "是否已取得营业执照"), ("是否持有残疾证", "有无残疾证")]
    assert [p for p in pairs if not explain(*p).same] == []
    assert not explain("是否办理营业执照", "是否办理卫生许可证").same
    # (u528: 「证照情况（有/无） › 办学许可证」 asks whether it is held, no licence's number; 办学许可证 is no 学许可证 办理)
    held = ("证照情况（有/无）",)
    assert not explain("办学许可证", "办学许可证编号", context_a=held).same
    assert explain("办学许可证", "是否办学许可证", context_a=held).same
    assert MAKER.key("是否办健康证").text == MAKER.key("是否取得健康证").text


def test_a_breakdown_under_a_persons_count_is_named_once() -> None:
    """u109: 「护林员（人） › 专职」 was named 护林员护林员专职."""
    assert MAKER.key("专职", ("护林员（人）",)).text == "护林员专职"


def test_a_bare_address_under_a_header_naming_an_address_is_that_address() -> None:
    """u119: 「户籍地 › 详细地址 | 现居住地 › 详细地址」 of a 少数民族流动人口台账: the registered address had become the
    现住址 (a look-alike) and the 现住址 an item of its own."""
    assert MAKER.key("详细地址", ("户籍地",)).canonical == "户籍地址"
    assert MAKER.key("详细地址", ("现居住地",)).canonical == "现住址"
    assert not explain("详细地址", "现住址", context_a=("户籍地",)).same


def test_a_projects_wage_account_is_no_workers_bank_account() -> None:
    """u118: 「农民工工资专用账户 › 开户银行 | 账号」 of a 工资支付监管台账 (a row a project) merged with the workers'
    社会保障卡银行账号 and 开户银行, two look-alikes."""
    assert not explain("账号", "银行账号", context_a=("农民工工资专用账户",)).same
    assert not explain("开户银行", "开户银行", context_a=("农民工工资专用账户",)).same
    assert explain("账号", "银行账号", context_a=("社会保障卡",)).same


def _match_forms(fields: list[Field], forms: list[Form]) -> None:
    titles = {form.id: form.title for form in forms}
    for f in fields:
        f.form_title = titles[f.form_id]
    match_fields(fields, SYN, forms=forms)


def test_a_patient_beside_the_applicant_is_a_party_of_the_case() -> None:
    """u123: a 医疗纠纷 申请书 and its case register ask 申请人情况 and 患者情况: the patient, a word forms of patients
    use for their own person, is someone else here on both, and the 被申请人（医疗机构）'s 法定代表人 is no head of the
    body a register of institutions is about."""
    card = [at("F1.1", "B5", "姓名", "申请人情况"), at("F1.2", "B7", "联系电话", "申请人情况"),
            at("F1.3", "B9", "姓名", "患者情况"), at("F1.4", "D9", "性别", "患者情况"),
            at("F1.5", "E13", "法定代表人", "被申请人（医疗机构）情况")]
    register = [at("F2.1", "D4", "姓名", "患者情况"), at("F2.2", "E4", "性别", "患者情况"),
                at("F2.3", "I4", "姓名", "申请人情况"), at("F2.4", "K4", "联系方式", "申请人情况")]
    roster = [at("F3.1", "B4", "姓名"), at("F3.2", "C4", "性别"), at("F3.3", "D4", "联系电话")]
    institutions = [at("F4.1", "B4", "机构名称"), at("F4.2", "G4", "法定代表人")]
    fields = card + register + roster + institutions
    _match_forms(fields, [form_of("F1", "医疗纠纷人民调解申请书", Layout.CARD, Subject.PERSON),
                          form_of("F2", "医疗纠纷调解案件台账", Layout.LIST, Subject.PERSON),
                          form_of("F3", "乡村医生花名册", Layout.LIST, Subject.PERSON),
                          form_of("F4", "医疗机构校验情况汇总表", Layout.LIST, Subject.ORGANISATION)])
    assert same(fields, "F1.3", "F2.1") and same(fields, "F1.4", "F2.2")
    assert not same(fields, "F2.1", "F3.1") and not same(fields, "F1.4", "F3.2")
    assert same(fields, "F1.1", "F2.3") and same(fields, "F1.2", "F2.4")
    assert not same(fields, "F1.5", "F4.2")
    assert {f.role for f in fields if f.id in ("F1.3", "F2.1")} == {"患者"}


def test_a_bodys_own_card_items_and_counted_things() -> None:
    """u123: on a 医疗机构执业登记申请表, 「一、医疗机构基本情况 › 地址 | 联系电话 | 医疗机构类别 | 床位（张）」 are the
    institution's (no person's 现住址), its 机构类别 and its 床位数; 「被检查单位」 of an inspection record is the body's
    name; 「在岗人员 › 乡村医生」 of a table of villages counts the doctors."""
    section = "一、医疗机构基本情况"
    card = [at("F1.1", "A5", "医疗机构名称", section), at("F1.2", "A6", "地    址", section),
            at("F1.3", "E7", "联系电话", section), at("F1.4", "A9", "医疗机构类别", section),
            at("F1.5", "A11", "床位（张）", section)]
    listed = [at("F2.1", "B4", "机构名称"), at("F2.2", "E4", "机构类别"), at("F2.3", "F4", "地址"),
              at("F2.4", "I4", "床位数")]
    people = [at("F3.1", "B4", "姓名"), at("F3.2", "C4", "现住址"), at("F3.3", "D4", "联系电话")]
    inspection = [at("F4.1", "A3", "被检查单位"), at("F4.2", "A4", "经营地址")]
    villages = [at("F5.1", "A4", "村（社区）"), at("F5.2", "I4", "乡村医生", "在岗人员")]
    totals = [at("F6.1", "A18", "乡村医生")]
    fields = card + listed + people + inspection + villages + totals
    _match_forms(fields, [form_of("F1", "医疗机构执业登记申请表", Layout.CARD, Subject.ORGANISATION),
                          form_of("F2", "医疗机构校验情况汇总表", Layout.LIST, Subject.ORGANISATION),
                          form_of("F3", "乡村医生花名册", Layout.LIST, Subject.PERSON),
                          form_of("F4", "药品零售企业日常监督检查记录表", Layout.CARD, Subject.ORGANISATION),
                          form_of("F5", "村卫生室基本情况统计表", Layout.LIST, Subject.PLACE),
                          form_of("F6", "卫生资源与医疗服务情况统计表", Layout.INDICATOR, Subject.AGGREGATE)])
    assert same(fields, "F1.2", "F2.3") and not same(fields, "F1.2", "F3.2") and not same(fields, "F1.3", "F3.3")
    assert same(fields, "F1.4", "F2.2") and same(fields, "F1.5", "F2.4")
    assert same(fields, "F4.1", "F2.1") and same(fields, "F1.1", "F2.1")
    assert same(fields, "F5.2", "F6.1")
    # (counted as a unit of 人 counts them: 乡村医生人数, not a 乡村医生数 left apart from the 年报's row in 人)
    assert "乡村医生人数" in next(f.label_key for f in fields if f.id == "F5.2")


def test_a_taxpayer_is_the_records_own_and_the_parents_supported_are_not() -> None:
    """u120: on a 个人所得税专项附加扣除信息表 and a 契税纳税申报表, 纳税人信息 › 身份证件号码 is the person's own (35 pairs
    had been lost); 四、赡养老人 › 被赡养人姓名 | 身份证件号码 are the parents', not the taxpayer's (3 look-alikes);
    「配偶情况：□有配偶 □无配偶」 asks whether, not the spouse's name; 本人扣除比例 under 子女教育 is still one's own."""
    assert MAKER.key("身份证件号码", ("纳税人信息",)).canonical == "公民身份号码"
    assert MAKER.key("纳税人姓名", ("纳税人信息",)).canonical == "姓名"
    supported = MAKER.key("身份证件号码", ("四、赡养老人",))
    assert supported.role == "被赡养人" and MAKER.key("被赡养人姓名").role == "被赡养人"
    assert not explain("出生日期", "出生日期", context_a=("四、赡养老人",)).same
    asked = MAKER.key("配偶情况", ("纳税人信息",), options=("□有配偶  □无配偶",))
    assert asked.text == "有无配偶" and asked != MAKER.key("姓名", ("配偶情况",))
    assert MAKER.key("本人扣除比例", ("一、子女教育",)).role is None
    assert explain("土地房屋坐落地址", "房屋坐落").same and explain("成交总价（万元）", "成交价格").same


def test_staff_guiding_a_farm_and_the_bodies_a_service_reaches() -> None:
    """u121: 「指导农技人员 › 姓名 | 联系电话」 on a 示范户 register are the extension worker's (two look-alikes with the
    farmer's own); 「服务情况 › 服务对象（村/企业/合作社）」 names a body served, no person's 姓名; 辐射带动农户（户）
    is the 带动农户数, 举办培训班（期） the 培训期数."""
    worker = MAKER.key("姓名", ("指导农技人员",))
    assert worker.role == "指导农技人员" and not explain("联系电话", "手机号码", context_a=("指导农技人员",)).same
    served = MAKER.key("服务对象（村/企业/合作社）", ("服务情况",))
    assert served.canonical != "姓名" and served.text == "服务对象名称"
    # (报到时间 was read as the 到岗时间 here; u181's 社区戒毒 人员 report to an office too, and a bare 报到 now names
    # no start at work: the pair is left to the review)
    assert explain("辐射带动农户（户）", "带动农户数").same
    assert explain("举办培训班（期）", "培训期数").same and not explain("培训期数", "培训人次").same


def test_a_stall_holders_register_a_unit_heads_row_and_a_buildings_area() -> None:
    """u122: 「摊主姓名 | 身份证号码 | 手机号码」 of a 流动摊贩登记台账 is the register's own person's name; on an
    application of a unit, 「一、申请单位基本情况 › 法定代表人（负责人） | ___ | 身份证号码 | ___ | 联系电话」 is the
    head's phone, not the unit's. (One illegal building's 建筑面积 and a village's 存量违法建设 › 建筑面积 are one item at
    two levels, REAL_MORE_NOTES 16.)"""
    stalls = [at("F1.1", "B3", "摊主姓名"), at("F1.2", "C3", "身份证号码"), at("F1.3", "D3", "手机号码")]
    people = [at("F2.1", "B4", "姓名"), at("F2.2", "C4", "公民身份号码")]
    section = "一、申请单位基本情况"
    unit = [at("F3.1", "A5", "申请单位名称", section), at("F3.2", "A7", "法定代表人（负责人）", section),
            at("F3.3", "C7", "身份证号码", section), at("F3.4", "E7", "联系电话", section)]
    heads = [at("F4.1", "B4", "单位名称"), at("F4.2", "C4", "法定代表人"), at("F4.3", "D4", "法定代表人联系电话"),
             at("F4.4", "E4", "单位联系电话")]
    building = [at("F5.1", "C4", "违建地址"), at("F5.2", "M4", "建筑面积（㎡）")]
    villages = [at("F6.1", "A5", "村（社区）"), at("F6.2", "C5", "建筑面积", "存量违法建设（截至上年底）")]
    fields = stalls + people + unit + heads + building + villages
    _match_forms(fields, [form_of("F1", "城区占道经营流动摊贩登记台账", Layout.LIST, Subject.PERSON),
                          form_of("F2", "摊位申请人名单", Layout.LIST, Subject.PERSON),
                          form_of("F3", "户外广告设施设置申请表", Layout.CARD, Subject.ORGANISATION),
                          form_of("F4", "门前三包责任单位登记台账", Layout.LIST, Subject.ORGANISATION),
                          form_of("F5", "违法建设动态巡查台账", Layout.LIST, Subject.ORGANISATION),
                          form_of("F6", "违法建设治理情况统计表（分村）", Layout.LIST, Subject.PLACE)])
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2")
    assert same(fields, "F3.4", "F4.3") and not same(fields, "F3.4", "F4.4")
    assert same(fields, "F5.2", "F6.2")


def test_a_beneficiarys_bracket_and_a_part_column_beside_its_whole() -> None:
    """u124: 「补偿对象（林权权利人） › 姓名 | 身份证号码」 of a 公益林 compensation roster are the roster's own people
    (the bracket says who the beneficiaries are; 11 pairs had been lost); 「兑付户数（户） | 其中：水库移民户（户）」,
    two columns side by side, count the resettled among those paid, no 补贴发放户数's part (a look-alike);
    享受补贴项目 is the 补贴项目名称."""
    roster = [at("F1.1", "D5", "姓名", "补偿对象（林权权利人）"), at("F1.2", "E5", "身份证号码", "补偿对象（林权权利人）")]
    people = [at("F2.1", "C5", "姓名"), at("F2.2", "E5", "公民身份号码")]
    paid = [at("F3.1", "A3", "乡（镇）"), at("F3.2", "I3", "兑付户数（户）"), at("F3.3", "J3", "其中：水库移民户（户）")]
    subsidy = [at("F4.1", "A6", "补贴发放户数"), at("F4.2", "A7", "  其中：水库移民户", "补贴发放户数")]
    fields = roster + people + paid + subsidy
    _match_forms(fields, [form_of("F1", "森林生态效益补偿资金发放花名册", Layout.LIST, Subject.PERSON),
                          form_of("F2", "水库移民后期扶持资金直补发放花名册", Layout.LIST, Subject.PERSON),
                          form_of("F3", "森林生态效益补偿资金兑付情况汇总表", Layout.LIST, Subject.PLACE),
                          form_of("F4", "耕地地力保护补贴发放情况统计表", Layout.INDICATOR, Subject.AGGREGATE)])
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2")
    assert not same(fields, "F3.3", "F4.2")
    assert explain("享受补贴项目", "补贴项目名称").same


def test_two_items_of_one_name_on_one_table_are_shown_by_their_own_words() -> None:
    """wf15: 「户籍门（楼）详址 | … | 户籍地」 of one 实有人口 table, both the 户籍地址 to the vocabulary, stay two items
    (one table asks both) and were both shown as 户籍地址; the second is shown as it is written."""
    fields = [at("F1.1", "B2", "姓名"), at("F1.2", "N2", "户籍门（楼）详址"), at("F1.3", "Z2", "户籍地")]
    concepts = match_fields(fields, SYN, forms=[form_of("F1", "实有人口信息采集表", Layout.LIST, Subject.PERSON)]).concepts
    names = {c.name for c in concepts if {"F1.2", "F1.3"} & set(c.field_ids)}
    assert not same(fields, "F1.2", "F1.3") and len(names) == 2, names


def test_personnel_education_and_project_vocabulary() -> None:
    """u125: 全日制教育 › 学历 and 在职教育 › 学历 of a 实名制 roster are two items apart from the 最高学历 (a look-alike);
    学位 is an item of its own; 现任专业技术职务 › 职务名称 is the 职称, not the 职务; 本人简历 is the 学习及工作简历.
    u127: a project's 总投资, 建设规模和内容 and 自开工累计完成投资 are its own items, however worded, and the
    投资主体's 法定代表人 is the body's head as 法定代表人 alone names it."""
    assert MAKER.key("学历", ("全日制教育",)).canonical == "全日制学历" and explain("全日制学历", "学历", context_b=("全日制教育",)).same
    assert not explain("学历", "最高学历", context_a=("全日制教育",)).same
    assert not explain("学历", "学历", context_a=("全日制教育",), context_b=("在职教育",)).same
    assert MAKER.key("学    位").canonical == "学位" != MAKER.key("学历").canonical
    assert MAKER.key("职务名称", ("现任专业技术职务",)).canonical == MAKER.key("专业技术职称").canonical
    assert explain("本人简历", "学习及工作简历（从高中起填写）").same
    assert explain("计划总投资", "项目总投资").same and explain("建设规模和内容", "建设内容及规模").same
    assert explain("自开工累计完成投资", "自开始建设累计完成投资").same and explain("技改投资", "工业技术改造投资").same
    head = MAKER.key("姓名", ("二、投资主体法定代表人情况",))
    assert head.role == "法定代表人" and head.canonical == MAKER.key("法定代表人").canonical


def test_a_parents_section_row_names_one_parent() -> None:
    """u126: 「二、父母情况 › 父亲姓名 | ___ | 身份证号 | ___」 and the 母亲's row: each 身份证号 is that parent's, not
    a 父母公民身份号码 that would join the father's with the mother's on another form."""
    card = [at("F1.1", "A11", "父亲姓名", "二、父母情况"), at("F1.2", "C11", "身份证号", "二、父母情况"),
            at("F1.3", "A12", "母亲姓名", "二、父母情况"), at("F1.4", "C12", "身份证号", "二、父母情况")]
    other = [at("F2.1", "B4", "母亲姓名"), at("F2.2", "C4", "母亲身份证号")]
    fields = _card_beside_a_register(card, other, ("事实无人抚养儿童认定申请审批表", Subject.PERSON),
                                     ("孤儿基本生活费发放花名册", Subject.PERSON))
    assert same(fields, "F1.4", "F2.2") and not same(fields, "F1.2", "F2.2")


def _card_beside_a_register(card: list[Field], register: list[Field], card_form: tuple[str, Subject],
                            register_form: tuple[str, Subject]) -> list[Field]:
    """Fields of a card (F1) and a register (F2), each given by its title and subject, matched."""
    fields = card + register
    _match_forms(fields, [form_of("F1", card_form[0], Layout.CARD, card_form[1]),
                          form_of("F2", register_form[0], Layout.LIST, register_form[1])])
    return fields


def test_a_kin_section_row_names_one_of_the_kin() -> None:
    """u531: 「家长情况 › 父亲姓名 | ___ | 联系电话 | ___」 of a 家访记录表, and the 母亲's and the 监护人's rows: each
    联系电话 is that person's, not a 家长联系电话 that would join a roster's parent phone with the father's."""
    card = [at("F1.1", "B4", "父亲姓名", "家长情况"), at("F1.2", "F4", "联系电话", "家长情况"),
            at("F1.3", "B5", "母亲姓名", "家长情况"), at("F1.4", "F5", "联系电话", "家长情况"),
            at("F1.5", "B6", "监护人姓名", "家长情况"), at("F1.6", "F6", "联系电话", "家长情况")]
    other = [at("F2.1", "B4", "家长姓名"), at("F2.2", "C4", "家长联系电话"),
             at("F3.1", "B4", "监护人姓名"), at("F3.2", "C4", "监护人联系电话")]
    fields = card + other
    _match_forms(fields, [form_of("F1", "家访记录表", Layout.CARD, Subject.PERSON),
                          form_of("F2", "班级家校联系登记表", Layout.LIST, Subject.PERSON),
                          form_of("F3", "控辍保学工作台账", Layout.LIST, Subject.PERSON)])
    assert not same(fields, "F1.2", "F2.2") and not same(fields, "F1.4", "F2.2")
    assert same(fields, "F1.6", "F3.2")


def test_a_relation_on_a_row_naming_another_person_is_that_persons() -> None:
    """u534: 「承租人基本情况 › 紧急联系人 | ___ | 紧急联系人电话 | ___ | 与承租人关系 | ___」 of a 年审登记表 met a
    家庭成员 query's 与申请人关系 as the tenant's own relation: on the contact's row it is the contact's."""
    section = "承租人基本情况"
    card = [at("F1.1", "B3", "承租人姓名", section), at("F1.2", "B6", "紧急联系人", section),
            at("F1.3", "D6", "紧急联系人电话", section), at("F1.4", "F6", "与承租人关系", section)]
    other = [at("F2.1", "B4", "姓名"), at("F2.2", "C4", "与申请人关系"),
             at("F3.1", "B4", "紧急联系人姓名"), at("F3.2", "C4", "紧急联系人与本人关系")]
    fields = card + other
    _match_forms(fields, [form_of("F1", "公租房保障对象资格年审登记表", Layout.CARD, Subject.PERSON),
                          form_of("F2", "家庭成员不动产登记信息查询结果表", Layout.LIST, Subject.PERSON),
                          form_of("F3", "公租房保障对象花名册", Layout.LIST, Subject.PERSON)])
    assert not same(fields, "F1.4", "F2.2") and same(fields, "F1.4", "F3.2") and same(fields, "F1.1", "F2.1")


def test_posts_a_section_lists_are_their_holders() -> None:
    """u127: 「三、包联责任人 › 包联县级领导 | 包联干部」 of an enterprise's card are those posts' holders, the 包联干部
    a register asks bare, not a 包联责任人's item; 县级包抓领导 and 包抓县领导 are one post."""
    assert MAKER.key("包联干部", ("三、包联责任人",)).role is None
    assert explain("包联干部", "包联干部", context_a=("三、包联责任人",)).same
    assert explain("县级包抓领导", "包抓县领导").same and explain("包联县级领导", "县级包联领导", ["三、包联责任人"]).same


def test_vehicle_licence_water_and_hazard_vocabulary() -> None:
    """u129: 初次领取驾驶证日期 and 初领日期 are the 初次领证日期, 厂牌型号 the 品牌型号; u128: 水费收取标准 is the 水价,
    存在隐患情况 and 隐患具体情况 the 问题描述 of an inspection register."""
    assert explain("初次领取驾驶证日期", "初领日期").same and explain("厂牌型号", "品牌型号").same
    assert explain("水费收取标准（元/吨）", "水价（元/吨）").same
    assert explain("存在隐患情况", "隐患具体情况").same and not explain("初领日期", "有效期止").same


def test_a_note_saying_when_a_section_is_filled_names_no_one() -> None:
    """u132: 「二、代领人情况（户主本人不能领取时填写）」 made the collector's name, ID and phone the 户主's: the note
    says when to fill the section, the section says whose rows they are."""
    assert MAKER.key("代领人姓名", ("二、代领人情况（户主本人不能领取时填写）",)).role == "代领人"
    assert MAKER.key("联系电话", ("二、代领人情况（户主本人不能领取时填写）",)).role == "代领人"
    assert MAKER.key("联系电话", ("监护人情况（无监护人的不填）",)).role == "监护人"


def test_ones_own_item_in_a_row_that_names_someone_else_is_ones_own() -> None:
    """u130: 「家长姓名 | 家庭联系电话 | 本人手机」 on a student's card made 本人手机 the parent's phone."""
    assert MAKER.key("本人手机", ("家长姓名",)).role is None
    assert explain("本人手机", "联系电话", context_a=("家长姓名",)).same
    assert MAKER.key("联系电话", ("家长姓名",)).role == "家长"


def test_a_sections_thing_and_its_label_name_a_known_item_together() -> None:
    """u131: 「贷款信息 › 到期日期」 of a 小额信贷 register stood apart from every 贷款到期日期; a section of a
    person keeps its role instead (监护人信息 › 工作单位 is the guardian's)."""
    assert MAKER.key("到期日期", ("贷款信息",)).canonical == "贷款到期日期"
    assert explain("发放日期", "放款日期", context_a=("贷款情况",)).same
    assert MAKER.key("到期日期", ("保险信息",)).canonical is None


def test_a_sections_stage_qualifies_its_figures() -> None:
    """u135: 「拟申请宅基地及建房情况 › 宅基地面积」 of the 申请表 and 「拟批准宅基地及建房情况 › 宅基地面积」 of the 审批表
    were one item (four look-alikes): what is asked for is no area granted. A type asked and granted is one item,
    and 申请人基本情况 or 申请经营情况 alone qualify nothing."""
    asked, granted = ("拟申请宅基地及建房（规划许可）情况",), ("拟批准宅基地及建房情况",)
    assert not explain("宅基地面积（㎡）", "宅基地面积（平方米）", context_a=asked, context_b=granted).same
    assert explain("宅基地面积（㎡）", "申请宅基地面积（㎡）", context_a=asked).same
    assert explain("宅基地面积（平方米）", "批准宅基地面积（㎡）", context_a=granted).same
    assert explain("建房类型", "建房类型", context_a=asked, context_b=granted).same
    assert MAKER.key("姓名", ("申请人基本情况",)).qualifiers == ()
    assert explain("经营品种", "经营品种", context_a=("申请经营情况",)).same
    assert MAKER.key("经营状态", ("许可及经营状态",)).qualifiers == ()


def test_the_head_of_a_household_that_builds_is_named_by_the_head_word() -> None:
    """u135: a 竣工验收表's and a 巡查台账's 建房户主 stood apart from every 户主姓名; 贫困户户主 alone is still a kind."""
    assert explain("建房户主", "户主姓名").same and explain("手机号码", "户主联系电话", context_a=("建房户主",)).same
    assert MAKER.person_word("贫困户户主") == (None, "贫困户户主")
    assert MAKER.person_word("烈士子女") == (None, "烈士子女")


def test_a_date_of_the_cases_handling_is_nobodys_in_the_section_above() -> None:
    """u136: 「公示起始日期 | 公示截止日期」 after a card's 四、监护人情况 became 监护人公示起始日期."""
    assert MAKER.key("公示起始日期", ("四、监护人情况",)).role is None
    assert MAKER.key("劳动技能", ("四、监护人情况",)).role == "监护人"


def test_a_block_of_labels_printed_twice_on_one_row_asks_the_same_items() -> None:
    """u135: a 申请表's row 「家庭成员信息 › 姓名 | 年龄 | 与户主关系 | 姓名 | 年龄 | 与户主关系」 (two members a line) gave
    six items; two heads printed far apart in one cell over their pairs (养老保险      医疗保险) stay two."""
    members = [at("F1.1", "B7", "姓名", "家庭成员信息"), at("F1.2", "C7", "年龄", "家庭成员信息"),
               at("F1.3", "D7", "与户主关系", "家庭成员信息"), at("F1.4", "E7", "姓名", "家庭成员信息"),
               at("F1.5", "F7", "年龄", "家庭成员信息"), at("F1.6", "G7", "与户主关系", "家庭成员信息"),
               *(at(f"F1.{n}", f"B{n}", label) for n, label in enumerate(
                   ["联系电话", "户口所在地", "家庭住址", "宅基地面积", "建筑面积", "权属证书号", "建房类型"], 8))]
    heads = "养老保险             医疗保险"
    paid = [at("F2.1", "D8", "缴费基数", heads), at("F2.2", "E8", "个人缴费", heads),
            at("F2.3", "F8", "缴费基数", heads), at("F2.4", "G8", "个人缴费", heads),
            *(at(f"F2.{n}", f"A{n}", label) for n, label in enumerate(["姓名", "社会保障号", "性别", "单位编号", "备注"], 5))]
    match_fields(members + paid, SYN)
    concept = {f.id: f.concept_id for f in members + paid}
    assert concept["F1.1"] == concept["F1.4"] and concept["F1.3"] == concept["F1.6"]
    assert concept["F1.1"] != concept["F1.2"]
    assert concept["F2.1"] != concept["F2.3"]


def test_the_sex_beside_a_households_name_on_a_list_of_households_is_its_heads() -> None:
    """wf17: 「户名 | 类型 | 性别」 of a 扶贫 family list asked the 户主's 性别 (户名 reads as 户主姓名 there), and the
    一套表's household sheet asked it twice, as 性别 and as 户主性别."""
    fields = [at("F1.1", "A1", "户名"), at("F1.2", "B1", "类型"), at("F1.3", "C1", "性别"),
              at("F2.1", "A1", "户主姓名"), at("F2.2", "B1", "性别"), at("F2.3", "C1", "身份证号"),
              at("F2.4", "D1", "户口性质"),
              at("F3.1", "B3", "母亲姓名"), at("F3.2", "C3", "子女姓名"), at("F3.3", "M3", "户口性质")]
    forms = [form_of("F1", "family_list", Layout.LIST, Subject.HOUSEHOLD),
             form_of("F2", "公共租赁住房申请名单", Layout.LIST, Subject.HOUSEHOLD),
             form_of("F3", "婴儿出生花名册", Layout.LIST, Subject.PERSON)]
    for f in fields:
        f.form_title = {"F1": "family_list", "F2": "公共租赁住房申请名单", "F3": "婴儿出生花名册"}[f.form_id]
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.3", "F2.2") and same(fields, "F1.1", "F2.1")
    # (wf69: the head's 户口性质 beside the head's 性别 and 身份证号 had met a newborn's, and a review could not part
    # one wording from itself)
    assert not same(fields, "F2.4", "F3.3")


def test_a_row_names_one_of_the_people_its_section_lists() -> None:
    """u141: 「二、负责人及安全管理人员情况 › 法定代表人 | ___ | 身份证号码 | ___ | 联系电话」 and the 主要负责人's row:
    each phone was the section's 负责人's, and the 法定代表人's met a register's 负责人 › 联系电话."""
    section = "二、负责人及安全管理人员情况"
    card = [at("F1.1", "A12", "法定代表人", section), at("F1.2", "E12", "联系电话", section),
            at("F1.3", "A13", "主要负责人", section), at("F1.4", "E13", "联系电话", section)]
    other = [at("F2.1", "G4", "姓名", "负责人"), at("F2.2", "H4", "联系电话", "负责人")]
    fields = card + other
    _match_forms(fields, [form_of("F1", "危险化学品经营许可证申请表", Layout.CARD, Subject.ORGANISATION),
                          form_of("F2", "小微企业安全检查台账", Layout.LIST, Subject.ORGANISATION)])
    assert not same(fields, "F1.2", "F2.2") and not same(fields, "F1.2", "F1.4")


def test_a_section_of_a_bodys_heads_gives_each_row_its_own_head() -> None:
    """u464: 「二、企业负责人情况 › 法定代表人 | ___ | 身份证号码 | ___ | 联系电话」 over 「安全管理负责人 | ___ | 职务 |
    ___ | 联系电话」: the phones were both the section's 负责人's, and the 法定代表人's met a restaurant's 负责人 phone."""
    section = "二、企业负责人情况"
    card = [at("F1.1", "A11", "法定代表人", section), at("F1.2", "E11", "联系电话", section),
            at("F1.3", "A12", "安全管理负责人", section), at("F1.4", "E12", "联系电话", section)]
    other = [at("F2.1", "A3", "负责人", "检查对象"), at("F2.2", "C3", "联系电话", "检查对象"),
             at("F3.1", "B4", "法定代表人"), at("F3.2", "C4", "法定代表人联系电话")]
    fields = card + other
    _match_forms(fields, [form_of("F1", "燃气经营企业基本情况登记表", Layout.CARD, Subject.ORGANISATION),
                          form_of("F2", "餐饮场所燃气安全检查记录表", Layout.CARD, Subject.ORGANISATION),
                          form_of("F3", "燃气经营企业名录", Layout.LIST, Subject.ORGANISATION)])
    assert not same(fields, "F1.2", "F2.2") and not same(fields, "F1.2", "F1.4")
    assert same(fields, "F1.2", "F3.2")


def test_a_relation_among_a_persons_columns_is_that_persons() -> None:
    """u140: 「学生姓名 | 监护人姓名 | 监护人证件号码 | 与学生关系 | 监护人手机号码」 of a 随迁子女 核验表: the relation is
    the guardian's, as 监护人情况 › 与学生关系 on the 申请表 is; it was a 与本人关系 of no one."""
    fields = [at("F1.1", "A1", "学生姓名"), at("F1.2", "B1", "监护人姓名"), at("F1.3", "C1", "监护人证件号码"),
              at("F1.4", "D1", "与学生关系"), at("F1.5", "E1", "监护人手机号码"),
              at("F2.1", "A5", "与学生关系", "监护人情况"), at("F2.2", "B5", "姓名", "监护人情况")]
    _match_forms(fields, [form_of("F1", "随迁子女居住核验表", Layout.LIST, Subject.PERSON),
                          form_of("F2", "随迁子女入学申请表", Layout.CARD, Subject.PERSON)])
    assert same(fields, "F1.4", "F2.1")


def test_whoever_files_a_declaration_is_whom_its_bracket_names() -> None:
    """u139: 「申报人（货主）」 of a 检疫申报 register stood apart from the 申报单's 货主; 申请人（户主） is still the 户主."""
    assert explain("申报人（货主）", "货主").same
    assert MAKER.key("申请人（户主）").role == "户主" and MAKER.key("申报人（签字）").text == "申报人"


def test_whether_one_is_in_a_group_is_one_item_whatever_section_asks_it() -> None:
    """u142: 「住房情况 › 是否低保家庭」 of a 无障碍改造 审批表 stood apart from 是否纳入最低生活保障: the section
    qualified the tick."""
    assert explain("是否纳入最低生活保障", "是否低保家庭", context_b=("住房情况",)).same
    assert MAKER.key("所在楼层", ("住房情况",)).header == "住房情况"


def test_a_medical_cost_is_an_amount_and_a_years_costs_are_no_stays() -> None:
    """u146: 医疗总费用 on a 医疗救助 审批表 stood apart from a 结算台账's 医疗费用总额（元） (「是属性，不是以元计的数量」);
    and 「年度医疗费用情况（元） › 个人自付费用」 of a risk screening met the one stay's 个人自付费用."""
    assert explain("医疗总费用", "医疗费用总额（元）").same
    assert not explain("个人自付费用", "个人自付费用", context_a=("年度医疗费用情况（元）",),
                       context_b=("患病及就医情况",)).same
    assert MAKER.key("考核等次", ("年度工作成效",)).qualifiers == ()


def test_a_post_held_once_is_no_post_held_now() -> None:
    """u145: 「任职情况 › 任职经历 › 担任职务」 of a 离任村干部 审批表 met every form's 现任职务."""
    assert not explain("担任职务", "现任职务", context_a=("任职情况", "任职经历")).same
    assert explain("职务", "职务", context_a=("工作经历",), context_b=("工作简历",)).same


def test_this_years_income_heads_what_a_table_of_this_year_asks() -> None:
    """u145: 「本年收入 › 上级财政补助」 of a 村级组织运转经费 ledger stood apart from the 统计表's 上级财政补助 row (whose
    本年 is a column): 「限定不同：本年 › …」. A bare 本年 column still says its period."""
    assert explain("上级财政补助", "其中：上级财政补助", context_a=("本年收入",)).same
    assert not explain("补助金额", "补助金额", context_a=("本年",), context_b=("上年",)).same


def test_a_count_of_cases_under_its_header_is_the_rows_count_in_cases() -> None:
    """u143: 「排查矛盾纠纷 › 件数」 of a village table stood apart from the 统计表's 排查矛盾纠纷（件）."""
    assert explain("件数", "排查矛盾纠纷（件）", context_a=("排查矛盾纠纷",)).same
    assert not explain("件数", "调解成功（件）", context_a=("排查矛盾纠纷",)).same


def test_the_applicant_on_a_late_persons_card_claims_for_them() -> None:
    """u147: 「一、逝者基本情况 › 姓名 | 公民身份号码 … 二、申请人情况 › 申请人姓名 | 身份证号码」 of a 惠民殡葬补贴
    申请审批表: the card is the late person's, and the applicant collects for them. The applicant had become the
    card's own person, their name met the deceased's on every register of deaths, and the deceased's were 逝者姓名."""
    card = [at("F1.1", "A5", "姓  名", "一、逝者基本情况"), at("F1.2", "A6", "公民身份号码", "一、逝者基本情况"),
            at("F1.3", "A11", "申请人姓名", "二、申请人情况"), at("F1.4", "A12", "身份证号码", "二、申请人情况")]
    register = [at("F2.1", "C5", "逝者姓名", "逝者信息"), at("F2.2", "F5", "身份证号码", "逝者信息")]
    claim = [at("F3.0", "B3", "姓名", "死亡人员情况"),
             at("F3.1", "B8", "姓名", "申领人情况"), at("F3.2", "B9", "公民身份号码", "申领人情况")]
    fields = card + register + claim
    _match_forms(fields, [form_of("F1", "惠民殡葬基本服务补贴申请审批表", Layout.CARD, Subject.PERSON),
                          form_of("F2", "殡仪馆遗体火化登记台账", Layout.LIST, Subject.PERSON),
                          form_of("F3", "参保人员死亡待遇申领审批表", Layout.CARD, Subject.PERSON)])
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2")
    assert same(fields, "F1.3", "F3.1") and same(fields, "F1.4", "F3.2")
    assert not same(fields, "F1.3", "F2.1")


def test_the_applicant_on_a_newborns_card_applies_for_the_child() -> None:
    """u155: 「新生儿信息 › 姓名 | 性别 … 申请人信息 › 申请人 | 证件号码」 of a 出生一件事联办申请表: the card is the
    newborn's, and the parent who applies is someone else. The applicant's 申请人 had become the card's own 姓名
    (merged with every child's name), and the newborn's items 新生儿姓名, 新生儿性别 stood apart from each roster's."""
    card = [at("F1.1", "B4", "姓名", "新生儿信息"), at("F1.2", "D4", "性别", "新生儿信息"),
            at("F1.3", "B9", "姓名", "母亲信息"),
            at("F1.4", "B13", "申请人", "申请人信息"), at("F1.5", "F13", "证件号码", "申请人信息")]
    roster = [at("F2.1", "B4", "姓名", "婴幼儿信息"), at("F2.2", "C4", "性别", "婴幼儿信息"),
              at("F2.3", "D4", "身份证号码", "婴幼儿信息"),
              at("F2.4", "H4", "姓名", "申领人信息"), at("F2.5", "I4", "身份证号码", "申领人信息")]
    fields = card + roster
    _match_forms(fields, [form_of("F1", "新生儿出生一件事联办申请表", Layout.CARD, Subject.PERSON),
                          form_of("F2", "育儿补贴发放花名册", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2")
    assert same(fields, "F1.4", "F2.4") and same(fields, "F1.5", "F2.5")
    assert not same(fields, "F1.4", "F2.1") and not same(fields, "F1.5", "F2.3")


def test_words_for_owners_visitors_and_infants() -> None:
    """u158: 房主 is the house's 产权人 (房主身份证号码 and 房主身份证号 had stood apart); 入户人员 is the cadre who
    visits, as 走访人 is; 入户走访日期 is the 走访日期; 「采取的帮扶措施」 is the 帮扶措施. u155: 婴幼儿姓名 on a
    育儿补贴申领表 is the child's own name, the record's."""
    assert explain("房主身份证号码", "房主身份证号").same
    assert explain("房主姓名", "姓名", context_b=("产权人（业主）情况",)).same
    assert explain("入户人员", "走访人", context_b=("走访情况",)).same
    assert explain("入户走访日期", "走访日期", context_b=("走访情况",)).same
    assert explain("采取的帮扶措施", "帮扶措施").same
    assert explain("婴幼儿姓名", "姓名").same
    assert not explain("房主姓名", "姓名").same and not explain("入户人员", "姓名").same


def test_bodies_posts_and_meeting_counts_in_a_collectives_forms() -> None:
    """u156: 「发包方（村集体经济组织）」 was read as a person's name (the bracket says the party is a body);
    「理事长（法定代表人）」 lost its gloss; 应到会人数 stood apart from 应到人数. u155: 「补贴发放账户 › 账户名称」 (whose
    the account is) was read as the account number; 第几孩 is the 孩次. u157: 「审批情况 › 其中：占用耕地」 (a part of an
    area) was merged with 「是否占用耕地」 (□是□否)."""
    assert explain("发包方（村集体经济组织）", "集体经济组织名称").same
    assert not explain("发包方（村集体经济组织）", "姓名").same
    assert explain("理事长（法定代表人）", "法定代表人").same
    assert explain("应到会人数", "应到人数").same and not explain("应到人数", "实到人数").same
    assert not explain("账户名称", "银行账号", context_a=("四、补贴发放账户",)).same
    assert explain("账户名称", "账户户名", context_a=("四、补贴发放账户",)).same
    assert explain("第几孩", "孩次").same and explain("编配公民身份号码", "公民身份号码").same
    assert not explain("是否占用耕地", "其中：占用耕地", context_b=("审批情况",)).same
    # (u157: 「不动产情况」 is real property, no state the way 「不在校」 is: its 房屋结构 and 备注 are everyone's)
    assert explain("房屋结构", "房屋结构", context_a=("不动产情况",)).same
    assert explain("备注", "备注", context_a=("不动产情况",)).same
    assert not explain("低保户", "低保户", context_a=("有劳动能力",)).same


def test_a_bodys_own_section_and_a_houses_former_state_qualify_nothing_else() -> None:
    """u162: 「一、服务站基本情况 › 站点面积 | 建成时间」 on a 服务站备案登记表 became 服务站站点面积, 服务站建成时间 (the
    section of the body the card is about). u160: 「二、原住房及倒损情况 › 灾害种类 | 倒损间数」 became 原灾害种类 and
    原倒损间数: the disaster is no state before a change, the house's 结构 is."""
    assert explain("建成时间", "建成时间", context_a=("一、服务站基本情况",)).same
    assert explain("站点面积（平方米）", "站点面积", context_a=("一、服务站基本情况",)).same
    assert explain("灾害种类", "灾害种类", context_a=("二、原住房及倒损情况",)).same
    assert explain("倒损间数", "倒损间数（间）", context_a=("二、原住房及倒损情况",)).same
    assert not explain("房屋结构", "房屋结构", context_a=("二、原住房及倒损情况",)).same
    assert explain("灾害发生时间", "受灾时间").same and explain("恢复重建方式", "重建方式").same
    assert explain("倒损程度", "房屋倒损情况").same
    # (u159: 「管理人群血压控制人数」 counts the people under care, it names no 管理人)
    assert MAKER.key("管理人群血压控制人数").role is None and MAKER.key("管理人员").role == "管理人"
    assert explain("就读高校", "学校名称").same  # (u164: a 生源地贷款 card's 就读高校 stood alone)
    # (u161: a 低保 card's 批准日期 and the ledger's 审批日期; the 核对报告's 金融资产合计 and the card's 家庭金融资产总额)
    assert explain("批准日期", "审批日期").same and explain("家庭金融资产总额", "金融资产合计（元）").same
    assert not explain("审批日期", "申请日期").same


def test_the_family_named_after_a_cards_own_person_are_theirs() -> None:
    """u163: 「承租人情况 › 承租人姓名 … 家庭成员情况（含承租人）› 姓名 | 身份证号码」 on a 年度资格复核表: the family's
    姓名 and 身份证号码 were taken for the card's own and met every applicant's (two look-alikes)."""
    card = [at("F1.1", "A4", "承租人姓名", "承租人情况"), at("F1.2", "A5", "身份证号码", "承租人情况"),
            at("F1.3", "B8", "姓名", "家庭成员情况（含承租人）"), at("F1.4", "D8", "身份证号码", "家庭成员情况（含承租人）")]
    roster = [at("F2.1", "B4", "姓名"), at("F2.2", "C4", "公民身份号码")]
    fields = card + roster
    _match_forms(fields, [form_of("F1", "公共租赁住房保障家庭年度资格复核表", Layout.CARD, Subject.PERSON),
                          form_of("F2", "公共租赁住房轮候配租台账", Layout.LIST, Subject.PERSON)])
    assert not same(fields, "F1.3", "F2.1") and not same(fields, "F1.4", "F2.2")


def test_the_people_a_register_is_of_are_no_one_who_collects_for_them() -> None:
    """u147: 「待遇领取人员信息 › 姓名」 (the pensioners a check is of) was a 领取人's name; 「遗属（领款人）情况」
    named a 领款人 the table lists as a 领取人; and a register of deaths keyed by 死亡人员姓名 gave the ID number beside
    it to the 户主 named further on."""
    assert MAKER.key("姓名", ("待遇领取人员信息",)).role is None
    assert MAKER.key("姓名", ("遗属（领款人）情况",)).role == "领取人"
    fields = [at("F1.1", "C3", "死亡人员姓名"), at("F1.2", "D3", "公民身份号码"), at("F1.3", "G3", "户主姓名"),
              at("F1.4", "H3", "户主身份证号"), at("F2.1", "B4", "姓名"), at("F2.2", "C4", "公民身份号码")]
    _match_forms(fields, [form_of("F1", "死亡人员救助待遇停发核查台账", Layout.LIST, Subject.PERSON),
                          form_of("F2", "居民死亡医学证明签发登记台账", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2") and not same(fields, "F1.2", "F1.4")
    assert MAKER.key("死亡人员", ("减少人口（人）",)).role is None


def test_the_heads_section_asks_the_households_affairs_as_the_households() -> None:
    """u150: 「一、户主基本情况 › 受灾时间 | 起火原因 | 受损房屋（间）」 on a 火灾受灾群众救助 审批表 were the 户主's
    (户主受灾时间), and the 受灾日期 of the payment roster stood apart; the head's own items are still the head's."""
    assert MAKER.key("受灾时间", ("一、户主基本情况",)).role is None
    assert MAKER.key("职业", ("户主情况",)).role == "户主"


def test_a_label_the_title_goes_on_with_is_the_titles_own_act() -> None:
    """u150: 「登记日期」 on a 电动自行车注册登记申请表 was read as 注册登记日期, a body's 成立日期."""
    assert MAKER.as_its_title_names("登记日期", "电动自行车注册登记申请表") == "登记日期"
    assert MAKER.as_its_title_names("结构", "房屋安全鉴定台账") == "房屋结构"


def test_a_planned_date_and_another_stages_payment_are_their_own() -> None:
    """u149: 拟开工时间 met a roster's 开工时间 (a look-alike); 「申请补助情况 › 核定补助金额」 was read as
    申请补助核定补助金额; and 「自然村（组）」 asks the 组, as 村民小组 does (u135, u149)."""
    assert not explain("拟开工时间", "开工时间").same and explain("拟开工时间", "拟开工日期").same
    assert MAKER.key("核定补助金额（元）", ("申请补助情况",)).text == "核定补助金额"
    assert MAKER.key("发放金额", ("困难残疾人生活补贴",)).text == "困难残疾人生活补贴发放金额"
    assert MAKER.key("自然村（组）").canonical == "村民小组" and MAKER.key("所在自然村").canonical == "自然村"


def test_a_relation_to_the_person_a_row_names_ends_their_items_on_it() -> None:
    """u148: 「户主姓名 | ___ | 与户主关系 | ___ | 联系电话」 on a fisher's card: the phone after the fisher's relation to
    the head is the fisher's, and it stood apart from every other form's 联系电话 as 户主联系电话."""
    section = "一、渔民基本情况"
    fields = [at("F1.1", "A5", "姓名", section), at("F1.2", "A7", "户主姓名", section),
              at("F1.3", "C7", "与户主关系", section), at("F1.4", "E7", "联系电话", section),
              at("F2.1", "B4", "姓名"), at("F2.2", "E4", "联系电话")]
    _match_forms(fields, [form_of("F1", "退捕渔民建档立卡信息登记表", Layout.CARD, Subject.PERSON),
                          form_of("F2", "护渔员队伍花名册", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.4", "F2.2")


def test_the_insurance_a_header_names_is_the_one_its_bare_items_ask() -> None:
    """u148: 「养老保险参保情况 › 参保类型」 was the 医保参保类型 a bare 参保类型 means, and 「› 是否参保」 no pension's."""
    assert MAKER.key("参保类型", ("养老保险参保情况",)).canonical == "养老保险类型"
    assert MAKER.key("是否参保", ("养老保险参保情况",)).canonical == MAKER.key("是否参加养老保险").canonical
    assert MAKER.key("参保类型").canonical == MAKER.key("参保类型", ("医疗保险",)).canonical == "医保参保类型"


def test_the_people_named_before_those_a_register_lists_are_someone_else() -> None:
    """u154: 「服刑（强制隔离戒毒）人员情况 › 姓名 | 性别 | 公民身份号码 … | 未成年子女情况 › 姓名 | 性别 | 身份证号码」
    of a register whose title lists the children: the prisoner's name had become the record's (four look-alikes),
    and the child's stood apart from every other form's. A planned item is named with its word once (拟复耕面积,
    not 拟拟复耕面积)."""
    fields = [at("F1.1", "B5", "姓名", "服刑（强制隔离戒毒）人员情况"), at("F1.2", "D5", "公民身份号码", "服刑（强制隔离戒毒）人员情况"),
              at("F1.3", "K5", "姓名", "未成年子女情况"), at("F1.4", "N5", "身份证号码", "未成年子女情况"),
              at("F2.1", "B4", "姓名"), at("F2.2", "D4", "公民身份号码")]
    _match_forms(fields, [form_of("F1", "服刑在教人员未成年子女情况排查登记表", Layout.LIST, Subject.PERSON),
                          form_of("F2", "农村留守儿童信息台账", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.3", "F2.1") and same(fields, "F1.4", "F2.2")
    assert not same(fields, "F1.1", "F2.1") and not same(fields, "F1.2", "F2.2")
    planned = MAKER.key("拟复耕面积")
    assert planned.qualifiers == ("拟",) and planned.text == "拟复耕面积"


def test_a_farm_household_is_named_by_its_head() -> None:
    """u152, u135: 「农户姓名」 of a 稻谷补贴 roster and 「承包农户 › 身份证号码」 of a 撂荒 register met an applicant's own
    姓名 and 公民身份号码 (three look-alikes); a farm household is named, and answered for, by its 户主. A kind of
    farm household (脱贫农户) is no one's name."""
    assert MAKER.key("农户姓名").canonical == "户主姓名"
    assert MAKER.key("身份证号码", ("承包农户",)).canonical == MAKER.key("户主身份证号码").canonical
    assert MAKER.key("脱贫农户").role is None and MAKER.key("建房户主").role == "户主"


def test_the_person_whose_relation_to_the_head_a_row_asks_is_the_rows_own() -> None:
    """u151: 「户主情况 › 姓名 | 身份证号 | 联系电话 | 军人（退役军人）情况 › 姓名 | 公民身份号码 | 与户主关系 | 入伍时间」
    of a 光荣牌 register: the soldier whose relation to the head each row asks is the row's person; their items had
    become 军人姓名, 军人公民身份号码 … and stood apart from every veterans' roster."""
    fields = [at("F1.1", "C4", "姓名", "户主情况"), at("F1.2", "D4", "身份证号", "户主情况"),
              at("F1.3", "F4", "姓名", "军人（退役军人）情况"), at("F1.4", "G4", "公民身份号码", "军人（退役军人）情况"),
              at("F1.5", "H4", "与户主关系", "军人（退役军人）情况"),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "公民身份号码"), at("F2.3", "D4", "户主姓名")]
    _match_forms(fields, [form_of("F1", "光荣牌悬挂登记台账", Layout.LIST, Subject.HOUSEHOLD),
                          form_of("F2", "优抚对象定期抚恤补助发放花名册", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.3", "F2.1") and same(fields, "F1.4", "F2.2") and same(fields, "F1.1", "F2.3")


def test_a_roster_of_two_sections_people_joins_neither_sections_figure() -> None:
    """u153: the 代缴金额 of a 政府代缴人员花名册（低保对象、特困人员） met the 低保对象 › 代缴金额 of a village table
    (a look-alike): its title names both sections, so it is neither's."""
    from yitaobiao.match import _section_titled

    assert _section_titled(["低保对象", "特困人员", "重度残疾人"], "政府代缴人员花名册（低保对象、特困人员）") == ""
    assert _section_titled(["低保对象", "特困人员", "重度残疾人"], "重度残疾人代缴人员名单") == "重度残疾人"


def test_a_houses_floor_area_is_in_square_metres_a_fields_in_mu() -> None:
    """wf20: a 房屋权属信息's 建筑面积, printed with no unit, became the 一套表's 「建筑面积（亩）」: a cadre following the
    header would write 0.18 for a 120 m² house."""
    assert MAKER.key("建筑面积").unit == "平方米" and MAKER.key("宅基地面积").unit == "平方米"
    assert MAKER.key("承包地面积").unit == "亩" and MAKER.key("建筑面积（亩）").unit == "亩"


def test_a_villages_breakdown_under_its_count_is_no_persons_tick() -> None:
    """u151: 「服务对象 › 其中 › 享受定期抚恤补助」 of a table of villages counts them; it met a card's 是否享受定期抚恤补助,
    which ticks one person (a look-alike)."""
    fields = [at("F1.1", "B4", "村（社区）"), at("F1.2", "J5", "享受定期抚恤补助", "服务对象", "其中"),
              at("F2.1", "A15", "是否享受定期抚恤补助", "三、优待抚恤情况")]
    _match_forms(fields, [form_of("F1", "各村（社区）退役军人服务站建设情况汇总表", Layout.LIST, Subject.PLACE),
                          form_of("F2", "退役军人和其他优抚对象信息采集表", Layout.CARD, Subject.PERSON)])
    assert not same(fields, "F1.2", "F2.1")


def test_households_signing_under_a_card_do_not_key_it() -> None:
    """u166: 「一、代表基本情况 › 姓名 … 二、推选户签名 › 户主姓名」 on a 村民代表推选登记表: the 户主 listed below sign for
    the representative; the card is still the representative's, whose 姓名 is every roster's 姓名 (45 pairs lost)."""
    card = [at("F1.1", "A4", "姓名", "一、代表基本情况"), at("F1.2", "E5", "身份证号码", "一、代表基本情况"),
            at("F1.3", "B10", "户主姓名", "二、推选户签名"), at("F1.4", "G10", "联系电话", "二、推选户签名")]
    roster = [at("F2.1", "B4", "姓名"), at("F2.2", "G4", "公民身份号码")]
    fields = card + roster
    _match_forms(fields, [form_of("F1", "石桥镇第十二届村民代表推选登记表", Layout.CARD, Subject.PERSON),
                          form_of("F2", "选民登记册", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2")
    assert not same(fields, "F1.3", "F2.1")


def _holder_is_the_records_own(first: list[Field], title: str, layout: Layout) -> None:
    """The person ``first`` (F1.1 姓名, F1.2 ID, F1.3 a third item, F1.4 the guardian's name) opens a form with is the
    record's own: their items meet a roster's own, the guardian's its 监护人姓名."""
    third = first[2].label
    roster = [at("F2.1", "B4", "姓名"), at("F2.2", "C4", "公民身份号码"),
              at("F2.3", "D4", "联系电话" if "电话" in third or "手机" in third else third), at("F2.4", "E4", "监护人姓名")]
    fields = first + roster
    _match_forms(fields, [form_of("F1", title, layout, Subject.PERSON),
                          form_of("F2", "新生儿参保缴费花名册", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2") and same(fields, "F1.3", "F2.3")
    assert same(fields, "F1.4", "F2.4") and not same(fields, "F1.4", "F2.1")


@pytest.mark.parametrize(("title", "layout", "first"), [
    # (u167: 「一、持卡人基本信息 … 三、监护人情况 › 与持卡人关系」 on a 社会保障卡 card: the holder the guardian is told
    # by is the card's own person, not some other 开户人 — 29 pairs lost)
    ("社会保障卡金融账户激活及信息变更登记表", Layout.CARD,
     [("A5", "姓名", "一、持卡人基本信息"), ("E6", "证件号码", "一、持卡人基本信息"), ("A8", "手机号码", "一、持卡人基本信息"),
      ("A14", "姓名", "三、监护人情况"), ("C14", "与持卡人关系", "三、监护人情况")]),
    # (u362: 「持卡人信息 › 姓名 | 公民身份号码 | 出生日期 … 监护人信息 › 监护人姓名」 of a 新生儿社会保障卡申领发放台账:
    # the holder a register of cards opens with was some 开户人, apart from the newborn every other form asks)
    ("临江县新生儿社会保障卡申领发放台账", Layout.LIST,
     [("B5", "姓名", "持卡人信息"), ("C5", "公民身份号码", "持卡人信息"), ("D5", "出生日期", "持卡人信息"),
      ("F5", "监护人姓名", "监护人信息"), ("G5", "监护人身份证号码", "监护人信息")]),
])
def test_the_holder_a_card_or_a_register_of_cards_opens_with_is_its_own(
        title: str, layout: Layout, first: list[tuple[str, str, str]]) -> None:
    _holder_is_the_records_own([at(f"F1.{n}", cell, label, section) for n, (cell, label, section) in
                                enumerate(first, start=1)], title, layout)


@pytest.mark.parametrize(("title", "first"), [
    # (u379: 「犬主情况 › 姓名 | 公民身份号码 … 紧急联系人情况 › 与犬主关系」 of a 养犬登记申请表 had been the card's
    # own person, and the dog's owner met every 狂犬病 patient)
    ("清溪县养犬登记申请表", [("B4", "姓名", "犬主情况"), ("B5", "公民身份号码", "犬主情况"), ("D5", "联系电话", "犬主情况"),
                       ("B14", "姓名", "紧急联系人情况"), ("B15", "与犬主关系", "紧急联系人情况")]),
    # (u391: 「捐赠人信息 › 捐赠人（单位）名称 | 证件号码 | 联系电话」 of a 捐赠款物接收登记台账: the donor's number had met
    # every aid applicant's)
    ("平安县慈善总会捐赠款物接收登记台账", [("B5", "捐赠人（单位）名称", "捐赠人信息"), ("D5", "证件号码", "捐赠人信息"),
                              ("E5", "联系电话", "捐赠人信息"), ("F5", "捐赠日期", "捐赠情况")]),
])
def test_whoever_keeps_or_gives_the_thing_a_form_opens_with_is_no_ones_own(
        title: str, first: list[tuple[str, str, str]]) -> None:
    """A 饲养人 (犬主, 畜主) or a 捐赠人 the form opens with stays that party: the patient's or the applicant's card
    about a person of their own keeps its bare items; two forms naming the owner meet."""
    fields = [at(f"F1.{n}", cell, label, section) for n, (cell, label, section) in enumerate(first, start=1)]
    patient = [at("F2.1", "B1", "姓名", "一、基本情况"), at("F2.2", "D2", "身份证号码", "一、基本情况"),
               at("F2.3", "D3", "联系电话", "一、基本情况")]
    owners = [at("F3.1", "D4", "姓名", "养犬人情况"), at("F3.2", "E4", "身份证号码", "养犬人情况")]
    fields += patient + owners
    _match_forms(fields, [form_of("F1", title, Layout.CARD, Subject.PERSON),
                          form_of("F2", "狂犬病病例个案调查表", Layout.CARD, Subject.PERSON),
                          form_of("F3", "违规养犬行为查处登记表", Layout.LIST, Subject.PERSON)])
    assert not same(fields, "F1.2", "F2.2") and not same(fields, "F1.3", "F2.3")
    if "犬" in title:
        assert same(fields, "F1.1", "F3.1") and same(fields, "F1.2", "F3.2")


def test_whoever_declares_a_death_acts_for_the_late_person_on_a_register_too() -> None:
    """u363: 「申报人情况 › 姓名」 of a 户口注销（死亡）申报表 was the 代办人 acting for the late person, and 「申报人 ›
    姓名」 of the same office's 死亡人员户口注销登记台账, whose late people stand bare, a 申报人 of no one's."""
    card = [at("F1.1", "B3", "姓名", "被注销人情况"), at("F1.2", "B6", "死亡日期", "被注销人情况"),
            at("F1.3", "B7", "姓名", "申报人情况"), at("F1.4", "F7", "联系电话", "申报人情况")]
    ledger = [at("F2.1", "B4", "姓名", "注销人员信息"), at("F2.2", "G4", "死亡日期", "死亡信息"),
              at("F2.3", "L4", "姓名", "申报人"), at("F2.4", "O4", "联系电话", "申报人")]
    fields = card + ledger
    _match_forms(fields, [form_of("F1", "户口注销（死亡）申报表", Layout.CARD, Subject.PERSON),
                          form_of("F2", "青溪县死亡人员户口注销登记台账", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.3", "F2.3") and same(fields, "F1.4", "F2.4")
    assert not same(fields, "F1.3", "F2.1")


def test_a_partner_the_title_names_after_the_records_own_is_someone_else() -> None:
    """u364: 「留守儿童情况 › 姓名 … 代理妈妈情况 › 姓名 | 年龄 | 联系电话」 of a 留守儿童“代理妈妈”结对帮扶登记表: the
    title names both, and the volunteer's 年龄 and 联系电话 had met every child's. With one section the title names
    after an applicant's (义务兵家庭优待金申请表), that section is the card's own."""
    child, mother = "留守儿童情况", "代理妈妈情况"
    card = [at("F1.1", "B1", "姓名", child), at("F1.2", "D1", "性别", child), at("F1.3", "B5", "姓名", mother),
            at("F1.4", "D5", "年龄", mother), at("F1.5", "F6", "联系电话", mother)]
    roster = [at("F2.1", "B4", "姓名"), at("F2.2", "C4", "性别"), at("F2.3", "D4", "年龄"), at("F2.4", "E4", "联系电话")]
    fields = card + roster
    _match_forms(fields, [form_of("F1", "青溪县留守儿童“代理妈妈”结对帮扶登记表", Layout.CARD, Subject.PERSON),
                          form_of("F2", "农村留守儿童花名册", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2")
    assert not same(fields, "F1.4", "F2.3") and not same(fields, "F1.5", "F2.4") and not same(fields, "F1.3", "F2.1")


def test_a_death_card_is_the_late_persons_and_whoever_answers_for_them_is_someone_else() -> None:
    """u363: 「死者情况 › 姓名 | 出生日期 … 调查对象情况 › 姓名 | 与死者关系」 of a 院外死亡个案调查登记表: the informant
    named bare had become the card's own person, met by every death register's 姓名, and the late person a 逝者 apart
    from them all."""
    late, informant = "死者情况", "调查对象情况"
    card = [at("F1.1", "A2", "姓名", late), at("F1.2", "E2", "出生日期", late), at("F1.3", "A3", "身份证号", late),
            at("F1.4", "A7", "姓名", informant), at("F1.5", "C7", "与死者关系", informant),
            at("F1.6", "E7", "联系电话", informant)]
    register = [at("F2.1", "B4", "姓名"), at("F2.2", "C4", "出生日期"), at("F2.3", "D4", "公民身份号码"),
                at("F2.4", "E4", "联系电话")]
    fields = card + register
    _match_forms(fields, [form_of("F1", "青溪县院外死亡个案调查登记表", Layout.CARD, Subject.PERSON),
                          form_of("F2", "青溪县死亡人员户口注销登记台账", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2") and same(fields, "F1.3", "F2.3")
    assert not same(fields, "F1.4", "F2.1") and not same(fields, "F1.6", "F2.4")


def test_a_committees_count_is_its_own_members() -> None:
    """u166: 「村务监督委员会 › 当选人数」 of a progress table met the 村委会's 当选人数 on a result report (a look-alike);
    the turnout and those elected are one item however worded."""
    assert not explain("当选人数", "当选人数", context_a=("村务监督委员会",)).same
    assert explain("当选成员数", "当选人数").same and explain("参加投票选民数", "参加投票人数").same
    assert not explain("参加投票人数", "登记选民数").same


def test_hazard_points_their_monitors_and_the_shelter_not_the_new_home() -> None:
    """u168: the 避险场所 a warned household runs to met the 安置地点 it is resettled at (a look-alike); 所在隐患点 and
    监测人 were left apart from 隐患点名称 and 监测员; a count of points is no point's name."""
    assert not explain("避险场所", "安置地点", context_b=("安置情况",)).same
    assert explain("预定避险场所", "避险场所").same
    assert explain("所在隐患点名称", "隐患点名称").same and explain("所在隐患点", "隐患点名称").same
    assert not explain("年末在册隐患点数", "隐患点名称").same
    assert explain("姓名", "姓名", context_a=("监测人",), context_b=("监测员",)).same


def test_household_register_words_of_the_id_card_and_residence_permit() -> None:
    """u165: 「常住户口所在地住址」 of a 居民身份证申领登记表 is the 户籍地址; a 流动人口 register's 居住事由 and 居住处所
    are the residence permit's 来本地事由 and 住所类型."""
    assert explain("常住户口所在地住址", "户籍地址").same and not explain("常住户口所在地住址", "现住址").same
    assert explain("居住事由", "来本地事由").same and explain("居住处所", "住所类型").same
    assert explain("来本地居住日期", "来本地日期").same


def test_those_able_to_work_are_never_those_unable() -> None:
    """wf27: 有劳动能力 › 低保对象（户） and 无劳动能力 › 低保对象（户） scored 0.87 and were one group until the one-form
    rule split it at random: a village table's 无劳动能力的低保户 was left apart from the report's, while 有 met 有."""
    assert not explain("有劳动能力低保对象数（户）", "无劳动能力低保对象数（户）").same
    fields = [at("F1.1", "B1", "村名"), at("F1.2", "C2", "有劳动能力的低保户", "贫困户类型"),
              at("F1.3", "D2", "无劳动能力的低保户", "贫困户类型"),
              at("F2.1", "A4", "帮扶单位"), at("F2.2", "E6", "低保对象(户)", "帮扶到户", "有劳动能力"),
              at("F2.3", "I6", "低保对象(户)", "帮扶到户", "无劳动能力")]
    _match_forms(fields, [form_of("F1", "贫困户类型统计表", Layout.LIST, Subject.PLACE),
                          form_of("F2", "帮扶工作情况统计表", Layout.LIST, Subject.PLACE)])
    assert same(fields, "F1.2", "F2.2") and same(fields, "F1.3", "F2.3") and not same(fields, "F1.2", "F1.3")


def test_what_is_due_is_not_what_is_and_a_funds_payment_is_an_amount() -> None:
    """u170: 「应参保人数」 of a 征缴 table met a 季报's 参保人数 (a look-alike): 应 says who should be insured, as 拟
    says what is planned; 应急, 应征 and 应届 are words of their own. 「基本医保报销（元）」 lost its item to its unit
    (an amount in 元 was taken for a person's attribute) and stayed apart from the 统筹基金支付 it is."""
    assert not explain("应参保人数", "参保人数").same and explain("应参保人数", "应参保人数（人）").same
    assert not explain("应发金额", "实发金额").same
    from yitaobiao.match import _is_due

    assert _is_due("应参保人数") and _is_due("本年应缴金额") and not _is_due("应急物资名称") and not _is_due("应征青年姓名")
    assert MAKER.key("基本医保报销（元）").canonical == "基本医保统筹支付"
    assert explain("大病保险报销（元）", "大病保险支付", context_b=("费用情况",)).same


def test_the_days_a_household_enters_and_leaves_monitoring() -> None:
    """u171: 识别认定时间 is the 纳入监测时间 of a 防返贫 card, 标注风险消除时间 the 风险消除时间; 主要风险 is the
    风险类型 every form asks."""
    assert explain("识别认定时间", "纳入监测时间").same and explain("标注风险消除时间", "风险消除时间").same
    assert not explain("纳入监测时间", "风险消除时间").same
    assert explain("识别监测时间", "纳入监测时间").same  # (u321: the 监测信息系统's word for it)
    assert explain("主要风险", "主要风险类型").same and explain("主要致贫返贫风险", "风险类型").same


def test_a_houses_appraised_grade_and_who_appraised_it() -> None:
    """u172: 房屋危险等级 and 房屋鉴定等级 are the grade a 住房安全 appraisal gives; 鉴定机构 is the 鉴定单位."""
    assert explain("房屋危险等级", "房屋鉴定等级").same and explain("鉴定机构", "鉴定单位").same
    assert not explain("鉴定单位", "房屋鉴定等级").same


def test_the_post_one_is_engaged_in_and_its_grade() -> None:
    """u125: 现聘岗位等级 of a 工资变动审批表 met the 实名制 table's 岗位等级 only by a fuzzy score that new words in
    the table pushed under the line: the 岗位设置 items are items of their own."""
    assert MAKER.key("现聘岗位等级").canonical == "岗位等级" and MAKER.key("岗位类型").canonical == "岗位类别"
    assert not explain("岗位等级", "岗位类别").same


def test_the_parties_of_a_land_transfer_and_a_bodys_domicile() -> None:
    """u169: 流出方 and 流入方 (受让方) are the two parties of a 土地经营权流转 contract; 「流入方名称（姓名）」 is the
    party's name as 「姓名或单位名称」 is; a body's 住所 is where it is registered, no 生产经营地址; a 合作社成员名册's
    「成员姓名或名称」 is its members' names; 流转期限 › 到期时间 is the 流转终止日期."""
    from yitaobiao.match import SITE_OWNERS

    assert MAKER.key("联系电话", ("二、流入方（受让方）基本情况",)).role == "流入方"
    assert MAKER.key("公民身份号码", ("一、流出方（承包方）基本情况",)).role == "流出方"
    assert MAKER.key("流入方名称（姓名）").canonical == MAKER.key("姓名或单位名称", ("流入方（经营主体）",)).canonical
    assert MAKER.key("单位名称（姓名）").text == "单位名称"
    assert MAKER.key("住所", owners=SITE_OWNERS).canonical == "注册地址"
    assert MAKER.key("生产经营地址", owners=SITE_OWNERS).canonical != "注册地址"
    assert MAKER.key("住所").canonical == "现住址" and MAKER.key("成员姓名或名称").canonical == "姓名"
    assert explain("到期时间", "流转终止日期", context_a=("流转期限",)).same
    assert explain("流转形式", "流转方式").same and not explain("起始日期", "终止日期").same


def test_a_column_told_apart_by_its_form_names_the_form_short() -> None:
    """wf27: 「普及九年义务教育适龄人数（广州市农村扶贫开发“规划到户责任到人”工作2012年度调查表（二））」, a column of
    the 一套表 named apart by its form's whole title, ran off the printed page."""
    from yitaobiao.model import Layout

    title = "广州市农村扶贫开发“规划到户责任到人”工作2012年度调查表（二）"
    fields = [at("F1.1", "B5", "适龄人数（人）"), at("F1.2", "C5", "户主姓名"),
              at("F2.1", "B5", "适龄人数（人）"), at("F2.2", "C5", "村名")]
    forms = [form_of("F1", "村级统计表", Layout.LIST, Subject.HOUSEHOLD), form_of("F2", title, Layout.LIST, Subject.PLACE)]
    for f in fields:
        f.form_title = next(form.title for form in forms if form.id == f.form_id)
    names = [c.name for c in match_fields(fields, SYN, forms=forms).concepts if c.name.startswith("适龄人数")]
    assert "适龄人数（农村扶贫开发…2012年度调查表（二））" in names, names


def test_a_birth_defect_card_is_the_childs_and_its_mother_is_someone_else() -> None:
    """u175: on a 出生缺陷儿登记卡, 「产妇情况 › 产妇姓名 | 身份证号 | 联系电话」 met every roster's own 姓名 … (six
    look-alikes) and 「缺陷儿情况 › 出生日期 | 性别」 were some 缺陷儿's; a 体重 in grams is the birth weight, never the
    kg of a check-up. 「孕产妇健康管理 › 产后访视人数」 counts women cared for: no 产妇 is named."""
    from yitaobiao.model import Layout

    card = [at("F1.1", "C4", "产妇姓名", "产妇情况"), at("F1.2", "A5", "身份证号", "产妇情况"),
            at("F1.3", "A9", "出生日期", "缺陷儿情况"), at("F1.4", "E10", "性别", "缺陷儿情况"),
            at("F1.5", "F9", "体重（克）", "缺陷儿情况")]
    roster = [at("F2.1", "B4", "姓名"), at("F2.2", "C4", "公民身份号码"), at("F2.3", "D4", "出生日期"),
              at("F2.4", "E4", "性别"), at("F2.5", "F4", "出生体重（g）"), at("F2.6", "G4", "体重（kg）")]
    fields = card + roster
    _match_forms(fields, [form_of("F1", "医疗机构出生缺陷儿登记卡", Layout.CARD, Subject.PERSON),
                          form_of("F2", "0～6岁儿童花名册", Layout.LIST, Subject.PERSON)])
    assert not same(fields, "F1.1", "F2.1") and not same(fields, "F1.2", "F2.2")
    assert same(fields, "F1.3", "F2.3") and same(fields, "F1.4", "F2.4")
    assert same(fields, "F1.5", "F2.5") and not same(fields, "F1.5", "F2.6")
    assert MAKER.key("产后访视人数", ("孕产妇健康管理",)).role is None
    assert explain("孕次", "孕次", context_a=("孕产史",), context_b=("三、孕产史及本次妊娠情况",)).same
    # (u317: the newborn screening register's 「母亲情况 › 姓名」 is the defect card's 产妇: one woman, both the child's
    # mother)
    assert explain("产妇姓名", "姓名", context_a=("产妇情况",), context_b=("母亲情况",)).same
    assert explain("联系电话", "手机号码", context_a=("产妇情况",), context_b=("母亲情况",)).same
    assert not explain("姓名", "姓名", context_a=("产妇情况",), context_b=("父亲情况",)).same


def test_a_bodys_bank_account_is_never_a_workers_wage_card() -> None:
    """u173: a 就业帮扶车间's 开户银行 and 银行账号 (its 收款账户) met its workers' 开户行 and 一卡通账号 (two
    look-alikes); a 劳务 roster's 务工人员姓名 is its own person's name, whatever 户主姓名 stands beside it."""
    from yitaobiao.match import SITE_OWNERS
    from yitaobiao.model import Layout

    assert MAKER.key("开户银行", owners=SITE_OWNERS).canonical != MAKER.key("开户银行").canonical
    assert MAKER.key("银行账号", ("三、收款账户信息",), owners=SITE_OWNERS).role == "单位"
    fields = [at("F1.1", "A3", "车间名称"), at("F1.2", "A17", "开户银行"), at("F1.3", "D17", "银行账号"),
              at("F2.1", "D3", "务工人员姓名"), at("F2.2", "E3", "身份证号"), at("F2.3", "G3", "户主姓名"),
              at("F2.4", "O3", "开户行"), at("F2.5", "P3", "银行账号"),
              at("F3.1", "B4", "姓名"), at("F3.2", "C4", "公民身份号码")]
    _match_forms(fields, [form_of("F1", "就业帮扶车间认定申请表", Layout.CARD, Subject.ORGANISATION),
                          form_of("F2", "外出务工人员交通补助发放花名册", Layout.LIST, Subject.PERSON),
                          form_of("F3", "脱贫劳动力花名册", Layout.LIST, Subject.PERSON)])
    assert not same(fields, "F1.2", "F2.4") and not same(fields, "F1.3", "F2.5")
    assert same(fields, "F2.1", "F3.1") and same(fields, "F2.2", "F3.2")
    # (「吸纳就业人数 › 脱贫劳动力」 counts the hired ones, never the village's 其中：脱贫劳动力 of all its workforce)
    assert not explain("脱贫劳动力", "其中：脱贫劳动力", context_a=("吸纳就业人数",), context_b=("农村劳动力总数",)).same
    assert MAKER.key("脱贫劳动力", ("吸纳就业人数",)).text == "吸纳就业人数脱贫劳动力"


def test_words_of_village_projects_and_of_care_homes() -> None:
    """u174: 受益农户数 is a project's 受益户数, 村民筹劳 its 投劳; u176: 自理能力状况 is the 生活自理能力."""
    assert explain("受益农户数", "受益户数").same and not explain("受益户数", "受益人口").same
    assert explain("村民筹劳（工日）", "村民投劳（工日）").same
    assert explain("自理能力状况", "生活自理能力").same


def test_a_bare_name_on_a_companys_card_is_the_companys() -> None:
    """wf29: 「名称」 first on a 公司登记基本情况 card stayed apart from every register's 单位名称, and split left the
    company's name out of the department's copy."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "A2", "名称"), at("F1.2", "A4", "注册号/统一社会信用代码"),
              at("F2.1", "B4", "企业名称"), at("F2.2", "C4", "统一社会信用代码"),
              at("F3.1", "B4", "名称"), at("F3.2", "C4", "地点")]
    _match_forms(fields, [form_of("F1", "公司登记基本情况", Layout.CARD, Subject.ORGANISATION),
                          form_of("F2", "规上企业名录", Layout.LIST, Subject.ORGANISATION),
                          form_of("F3", "文化遗产保护点清单", Layout.LIST, Subject.ORGANISATION)])
    assert same(fields, "F1.1", "F2.1") and not same(fields, "F3.1", "F2.1")


def test_numbers_counting_occasions_make_items_not_slots() -> None:
    """u180: 「含麻疹成分疫苗 › 第1剂 › 应种人数」 and 「… › 第2剂 › 应种人数」 were read as slots 1 and 2 of one item (a
    look-alike merged twice): a dose, a visit, a quarter or a term counted off is an item of its own."""
    from yitaobiao.match import _counted_off

    def of(*context: str) -> Field:
        return field("F1.1", "应种人数", context)

    assert not _counted_off([of("含麻疹成分疫苗", "第1剂"), of("含麻疹成分疫苗", "第2剂")])
    assert not _counted_off([of("第一季度"), of("第二季度")]) and not _counted_off([of("第1次随访"), of("第2次随访")])
    assert _counted_off([of("子女1"), of("子女2")])
    fields = [field("F1.1", "应种人数", ("含麻疹成分疫苗", "第1剂")), field("F1.2", "应种人数", ("含麻疹成分疫苗", "第2剂"))]
    match_fields(fields, SYN)
    assert not same(fields, "F1.1", "F1.2")


def test_a_bodys_card_keeps_its_operators_items_apart() -> None:
    """u178: on a 小餐饮经营登记申请表 (a shop's card) 「一、经营者基本情况 › 经营者姓名 | 性别 …」 and 「三、委托代理人 ›
    与经营者关系」 made the 经营者 the card's own person, and five of their items met every roster's own (look-alikes):
    the people a body's card is told by are the body's, as its 摊贩 台账's 经营者 › 姓名 is."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "A5", "经营者姓名", "一、经营者基本情况"), at("F1.2", "D5", "性别", "一、经营者基本情况"),
              at("F1.3", "A6", "公民身份号码", "一、经营者基本情况"), at("F1.4", "A10", "店铺名称", "二、经营场所情况"),
              at("F1.5", "A16", "姓名", "三、委托代理人情况"), at("F1.6", "D17", "与经营者关系", "三、委托代理人情况"),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "性别"), at("F2.3", "D4", "公民身份号码"),
              at("F3.1", "B4", "摊点名称"), at("F3.2", "E4", "姓名", "经营者"), at("F3.3", "F4", "身份证号码", "经营者")]
    _match_forms(fields, [form_of("F1", "小餐饮经营登记申请表", Layout.CARD, Subject.ORGANISATION),
                          form_of("F2", "乡村厨师登记花名册", Layout.LIST, Subject.PERSON),
                          form_of("F3", "小餐饮食品摊贩登记台账", Layout.LIST, Subject.ORGANISATION)])
    assert not same(fields, "F1.1", "F2.1") and not same(fields, "F1.3", "F2.3")
    assert same(fields, "F1.1", "F3.2") and same(fields, "F1.3", "F3.3")


def test_a_description_is_no_count_of_what_it_describes() -> None:
    """u178: 「存在问题」 (what was wrong, in words) met 「本学期监督检查 › 发现问题（个）」 through the 问题描述 the
    words 发现问题 are, the count's 个 and 数 dropped: a look-alike."""
    assert MAKER.key("发现问题数").canonical is None and MAKER.key("发现问题（个）", unit="个").canonical is None
    assert MAKER.key("发现问题").canonical == MAKER.key("存在问题").canonical
    assert not explain("存在问题", "发现问题（个）", context_b=("本学期监督检查",)).same
    fields = [field("F1.1", "存在问题", ("检查项目及结果",)), field("F2.1", "发现问题（个）", ("本学期监督检查",))]
    fields[1].unit = "个"
    match_fields(fields, SYN)
    assert not same(fields, "F1.1", "F2.1")


def test_an_application_is_its_applicants_even_against_another_side() -> None:
    """u179: a 劳动人事争议仲裁申请书 (a case) asks 「申请人 › 姓名 | 公民身份号码」 then 「被申请人 › 名称」: the worker who
    applies is the form's own person, as on every other form of them; the body applied against is the other side.
    A case's register keeps both sides parties."""
    from yitaobiao.model import Layout

    def card(fid: str, title: str, layout: Layout) -> list[Field]:
        return [at(f"{fid}.1", "B3", "姓名", "申请人"), at(f"{fid}.2", "D4", "公民身份号码", "申请人"),
                at(f"{fid}.3", "B11", "名称", "被申请人"), at(f"{fid}.4", "B12", "联系电话", "被申请人")]

    fields = [*card("F1", "劳动人事争议仲裁申请书", Layout.CARD), *card("F2", "人民调解案件登记台账", Layout.LIST),
              at("F3.1", "B4", "姓名"), at("F3.2", "C4", "公民身份号码")]
    _match_forms(fields, [form_of("F1", "劳动人事争议仲裁申请书", Layout.CARD, Subject.EVENT),
                          form_of("F2", "人民调解案件登记台账", Layout.LIST, Subject.EVENT),
                          form_of("F3", "工伤保险待遇核定支付花名册", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.1", "F3.1") and same(fields, "F1.2", "F3.2")
    assert not same(fields, "F2.1", "F3.1") and not same(fields, "F1.4", "F3.1")


def test_a_label_of_alternatives_the_table_knows_is_their_item() -> None:
    """u179: 「职业、工种或工作岗位」 is the 职业 a 工资支付表's 工种 asks; 「乙方身份证号码/统一社会信用代码」 names a
    party's, and stays unread (u136's look-alike)."""
    assert MAKER.key("职业、工种或工作岗位").canonical == MAKER.key("工种").canonical == "职业"
    assert MAKER.key("乙方身份证号码/统一社会信用代码").canonical is None


def test_a_parent_named_in_passing_beside_the_patient_takes_no_sex() -> None:
    """u180: 「患者姓名 | ___ | 患儿家长姓名 | ___ | 性别 | □男 □女」 on a 传染病报告卡: the one 性别 the card asks is
    the patient's, not the parent's named in passing."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "A2", "患者姓名"), at("F1.2", "C2", "患儿家长姓名"), at("F1.3", "E2", "性别"),
              at("F1.4", "A3", "有效证件号"), at("F2.1", "B4", "姓名"), at("F2.2", "C4", "性别")]
    _match_forms(fields, [form_of("F1", "传染病报告卡", Layout.CARD, Subject.PERSON),
                          form_of("F2", "肺结核患者治疗管理登记台账", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.3", "F2.2") and same(fields, "F1.1", "F2.1")
    # (a card row naming only someone else still gives them the items beside: 「负责人 | ___ | 性别」)
    others = [at("F1.1", "A2", "监护人姓名"), at("F1.2", "C2", "性别"), at("F2.1", "B4", "性别")]
    _match_forms(others, [form_of("F1", "困境儿童登记表", Layout.CARD, Subject.PERSON),
                          form_of("F2", "儿童花名册", Layout.LIST, Subject.PERSON)])
    assert not same(others, "F1.2", "F2.1")


def test_words_of_work_injury_vaccination_and_party_branches() -> None:
    """u179: 工伤 terms (受伤部位, 工伤发生时间, 工伤认定决定书文号), a person roster's 参保单位名称 is their 工作单位;
    u180: the 接种医生 who signs a 接种记录; u177: a roster's 党支部名称 is the member's 所在党支部, a 家属联系人 the
    contact to reach."""
    assert explain("受伤部位", "受伤害部位").same and explain("工伤（职业病）发生时间", "受伤时间").same
    assert explain("工伤认定决定书文号", "工伤认定决定书编号").same
    assert explain("参保单位名称", "工作单位").same
    assert explain("接种医生", "接种者").same and explain("党支部名称", "所在党支部").same
    assert MAKER.key("家属联系人").role == MAKER.key("姓名", ("亲属联系人",)).role
    assert not explain("办证日期", "残疾证发证日期").same


def test_a_section_left_blank_when_one_applies_for_oneself_is_the_agents() -> None:
    """u184: on a 工伤认定申请表 「职工基本情况 › 职工姓名 …」 then 「申请人情况（职工本人申请的不填） › 申请人姓名 |
    联系电话」: the worker is the form's own person; whoever applies for them is someone else (their 姓名 and 联系电话
    had met every roster's own, two look-alikes, and the worker's had not)."""
    from yitaobiao.model import Layout

    worker, agent = "职工基本情况", "申请人情况（职工本人申请的不填）"
    fields = [at("F1.1", "B4", "职工姓名", worker), at("F1.2", "D4", "性别", worker), at("F1.3", "B5", "身份证号码", worker),
              at("F1.4", "B13", "申请人姓名", agent), at("F1.5", "D13", "与职工关系", agent),
              at("F1.6", "F13", "联系电话", agent),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "公民身份号码"), at("F2.3", "D4", "联系电话")]
    _match_forms(fields, [form_of("F1", "工伤认定申请表（职业病）", Layout.CARD, Subject.PERSON),
                          form_of("F2", "职业病病人随访登记台账", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.3", "F2.2")
    assert not same(fields, "F1.4", "F2.1") and not same(fields, "F1.6", "F2.3")
    # (u325: the same card with no such note; the applicant's section beside the worker's is still the agent's)
    for f in fields[3:6]:
        f.header_path = ["申请人情况", f.label]
    _match_forms(fields, [form_of("F1", "工伤认定申请表（职业病）", Layout.CARD, Subject.PERSON),
                          form_of("F2", "职业病病人随访登记台账", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.3", "F2.2")
    assert not same(fields, "F1.4", "F2.1") and not same(fields, "F1.6", "F2.3")


def test_counts_of_beneficiaries_and_bodies_checked() -> None:
    """u183: 「受益对象 › 受益人口数（人）」 on a project's card counts the people, it is no 受益人's item (read as a
    party's 口数 it missed every 受益人口); u182: 「受检主体名称」 of a register of tests is the body checked, its
    单位名称; 「委托代开人姓名」 is an agent's."""
    from yitaobiao.match import SITE_OWNERS

    assert MAKER.key("受益人口数（人）", ("受益对象",), "人", owners=SITE_OWNERS).role is None
    assert MAKER.party_in_front("受益人口数") is None and MAKER.party_in_front("举办者姓名") == ("举办者", "姓名")
    assert MAKER.key("委托代开人姓名", ("三、委托代开情况",)).role == "代开人"
    from yitaobiao.model import Layout

    fields = [at("F1.1", "E3", "受检主体名称"), at("F1.2", "F3", "检测日期"), at("F2.1", "B4", "单位名称")]
    _match_forms(fields, [form_of("F1", "农产品快速检测结果登记台账", Layout.LIST, Subject.EVENT),
                          form_of("F2", "种植养殖生产经营主体名录", Layout.LIST, Subject.ORGANISATION)])
    assert same(fields, "F1.1", "F2.1")


def test_a_part_of_households_is_of_the_households_beside_it() -> None:
    """u183: 「受益户数 | 受益人数 | 其中：脱贫户和监测户户数」: the part counts households, among the households, not
    among the people in the column just left of it."""
    from yitaobiao.match import _wholes_of_parts

    fields = [at("F1.1", "L5", "受益户数", "受益对象"), at("F1.2", "M5", "受益人数", "受益对象"),
              at("F1.3", "N5", "其中：脱贫户和监测户户数", "受益对象"), at("F1.4", "O5", "其中：脱贫人口和监测对象人数", "受益对象")]
    position = {f.id: (4, n) for n, f in enumerate(fields)}
    wholes = _wholes_of_parts(fields, {"F1": "list"}, position)
    assert wholes["F1.3"] == ["受益对象", "受益户数"] and wholes["F1.4"] == ["受益对象", "受益人数"]


def test_words_of_licences_assets_and_producers() -> None:
    """u182: a 兽药 licence's 营业场所面积 and 仓库地址 are the 农药 licence's 经营场所面积 and 仓储场所地址, a 小农户's
    生产基地位置 the 主体名录's 生产基地地址; u183: an asset's 管护单位, 产权单位, 项目建设年度."""
    assert explain("营业场所面积（㎡）", "经营场所面积（平方米）").same and explain("仓库地址", "仓储场所地址").same
    assert explain("仓库面积", "仓储场所面积").same and explain("生产基地位置", "生产基地地址").same
    assert explain("管护单位", "管护主体").same and explain("产权单位", "产权归属").same
    assert explain("项目建设年度", "建设年度").same


def test_a_generic_item_of_one_template_from_two_departments_is_one() -> None:
    """wf30: 「婚姻信息查询结果」 came from 档案馆 and from 民政局; its bare 登记机关 and 登记类型 (a generic label, read
    per form) stood apart, and the review keyed them by file path (「登记机关（档案馆/lh_daj_cer_671.docx）」), which a
    renamed file would orphan. One template's generic item is one; another template's keeps its own, by title."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "A5", "登记机关"), at("F2.1", "A5", "登记机关"), at("F3.1", "A9", "登记机关")]
    _match_forms(fields, [form_of("F1", "婚姻信息查询结果", Layout.CARD, Subject.PERSON),
                          form_of("F2", "婚姻信息查询结果", Layout.CARD, Subject.PERSON),
                          form_of("F3", "公司登记基本情况", Layout.CARD, Subject.ORGANISATION)])
    assert same(fields, "F1.1", "F2.1") and not same(fields, "F1.1", "F3.1")
    keys = {f.label_key for f in fields}
    assert not any(".xlsx" in k or ".docx" in k for k in keys), keys


def test_words_of_drug_control() -> None:
    """u181: a 社区戒毒 person's 报到日期 is when they reported to the office, no worker's 入职时间 (three fields had
    met a 禁毒社工's); 滥用 and 吸食毒品种类 are one item, so are a decision's 文号 and 编号, and 从业情况 is the
    就业状态 its drop-down (务农/务工/无业) says it is."""
    assert not explain("报到日期", "入职时间").same and explain("到岗时间", "入职日期").same
    assert explain("滥用毒品种类", "吸食毒品种类").same and explain("决定书文号", "决定书编号").same
    assert explain("从业情况", "就业情况").same


def test_two_sides_of_an_agreement_and_the_petitioner_of_a_register() -> None:
    """u186: a 调解协议书's 「甲方当事人 › 姓名」 (and a dispute register's 「一方当事人 › 姓名」) had met every
    petitioner's 姓名 while 乙方 stood apart: both sides are parties, neither the record's own; and a petition
    register's 「信访人 | 证件号码 | 手机号码」 is its own person's, as 「信访人情况 › 姓名」 is."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "B1", "姓名", "甲方当事人"), at("F1.2", "D2", "身份证号码", "甲方当事人"),
              at("F1.3", "B4", "姓名", "乙方当事人"), at("F1.4", "D5", "身份证号码", "乙方当事人"),
              at("F2.1", "B1", "信访人"), at("F2.2", "C1", "证件号码"), at("F2.3", "D1", "手机号码"),
              at("F3.1", "B5", "姓名", "信访人情况"), at("F3.2", "D5", "公民身份号码", "信访人情况"),
              at("F3.3", "F5", "联系电话", "信访人情况")]
    _match_forms(fields, [form_of("F1", "人民调解协议书", Layout.CARD, Subject.EVENT),
                          form_of("F2", "网上信访事项导出", Layout.LIST, Subject.EVENT),
                          form_of("F3", "信访事项登记表", Layout.CARD, Subject.PERSON)])
    assert not same(fields, "F1.1", "F3.1") and not same(fields, "F1.3", "F3.1") and not same(fields, "F1.1", "F1.3")
    assert same(fields, "F2.1", "F3.1") and same(fields, "F2.2", "F3.2") and same(fields, "F2.3", "F3.3")


def test_a_household_named_by_its_head_and_a_builders_craftsman() -> None:
    """u188: 「建房户姓名 | 公民身份号码 | 联系方式」 of a 图集领取登记表 names a household by its head, whose the ID and
    phone beside are (three look-alikes with every person's own); 「施工工匠 › 姓名」, 「施工工匠（负责人）情况 › 姓名」 and
    「施工工匠姓名」 are the craftsman's, however the card words it."""
    from yitaobiao.classify import record_subject
    from yitaobiao.model import Layout

    fields = [at("F1.1", "D3", "建房户姓名"), at("F1.2", "E3", "公民身份号码"), at("F1.3", "F3", "联系方式"),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "公民身份号码"), at("F2.3", "D4", "联系电话"),
              at("F3.1", "B4", "户主姓名"), at("F3.2", "C4", "户主身份证号")]
    forms = [form_of("F1", "农房设计通用图集领取登记表", Layout.LIST, Subject.HOUSEHOLD),
             form_of("F2", "乡村建设工匠花名册", Layout.LIST, Subject.PERSON),
             form_of("F3", "农村建房申请台账", Layout.LIST, Subject.HOUSEHOLD)]
    _match_forms(fields, forms)
    assert not same(fields, "F1.1", "F2.1") and not same(fields, "F1.2", "F2.2")
    assert same(fields, "F1.1", "F3.1") and same(fields, "F1.2", "F3.2")
    forms[0].fields = fields[:3]
    assert record_subject(forms[0]) is Subject.HOUSEHOLD
    assert MAKER.key("姓名", ("施工工匠（负责人）情况",)).role == MAKER.key("施工工匠姓名").role == "施工工匠"


def test_the_ward_of_a_guardians_application_is_its_own_person() -> None:
    """u190: a 监护人以奖代补申请审批表 asks 「监护人（申请人）情况 › 姓名」 then 「被监护人（患者）情况 › 姓名」: guardian and
    ward are no two sides of a case, the ward is the patient every other form lists; the guardian stays a guardian."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "B4", "申请人姓名", "监护人（申请人）情况"), at("F1.2", "B5", "身份证号", "监护人（申请人）情况"),
              at("F1.3", "B8", "姓名", "被监护人（患者）情况"), at("F1.4", "B9", "身份证号", "被监护人（患者）情况"),
              at("F2.1", "B4", "患者姓名"), at("F2.2", "C4", "公民身份号码"), at("F2.3", "D4", "监护人姓名")]
    _match_forms(fields, [form_of("F1", "严重精神障碍患者监护人以奖代补申请审批表", Layout.CARD, Subject.PERSON),
                          form_of("F2", "严重精神障碍患者随访管理台账", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.3", "F2.1") and same(fields, "F1.4", "F2.2") and same(fields, "F1.1", "F2.3")
    assert not same(fields, "F1.1", "F2.1")


def test_a_census_card_of_numbered_items_is_a_units() -> None:
    """u189: a 经济普查 单位清查表 numbers its items (「01 统一社会信用代码」, 「02 单位详细名称」): it was read as a person's
    card, its 「06 联系电话」 met every person's; its 「05 单位注册地及区划 › 详细地址」 is where the unit is registered;
    a 「调查员证编号」 is the card an enumerator holds, their own, not some 调查员's."""
    from yitaobiao.classify import record_subject
    from yitaobiao.model import Layout

    fields = [at("F1.1", "A7", "01 统一社会信用代码"), at("F1.2", "A9", "02 单位详细名称"),
              at("F1.3", "A10", "03 法定代表人（单位负责人）"), at("F1.4", "B13", "详细地址", "05 单位注册地及区划"),
              at("F2.1", "B4", "企业名称"), at("F2.2", "C4", "注册地址"),
              at("F3.1", "B5", "姓名"), at("F3.2", "C5", "调查员证编号", "选聘情况"),
              at("F4.1", "B3", "姓名"), at("F4.2", "E10", "调查员证编号")]
    forms = [form_of("F1", "单位清查表", Layout.CARD, Subject.PERSON),
             form_of("F2", "新设立企业名录", Layout.LIST, Subject.ORGANISATION),
             form_of("F3", "普查人员选聘花名册", Layout.LIST, Subject.PERSON),
             form_of("F4", "普查员登记表", Layout.CARD, Subject.PERSON)]
    forms[0].fields = fields[:4]
    assert record_subject(forms[0]) is Subject.ORGANISATION
    forms[0].subject = Subject.ORGANISATION
    _match_forms(fields, forms)
    assert same(fields, "F1.4", "F2.2") and same(fields, "F3.2", "F4.2")
    assert MAKER.key("调查员证编号").role is None and MAKER.key("监护人证件号码").role == "监护人"


def test_no_person_word_across_two_words_and_numbered_blocks_are_slots() -> None:
    """wf33: 「企业主管部门」 became 「产权人管部门」 (业主 read across 企业 | 主管) and 「国家法人资本」 a 法定代表人's
    资本; a 机动车登记证书's blocks numbered II … VII down its side (「II › 登记机关」) were 24 items apart, and the
    review asked about each pair."""
    assert MAKER.key("企业主管部门").role is None and MAKER.key("国家法人资本").role is None
    assert MAKER.key("业主姓名").role == "产权人" and MAKER.key("脱贫户主要收入来源").role is None
    assert MAKER.key("登记机关", ("II",)).text == MAKER.key("登记机关", ("（三）",)).text == MAKER.key("登记机关").text
    assert MAKER.key("登记机关", ("2024",)).text != MAKER.key("登记机关").text
    fields = [at(f"F1.{n}", f"B{2 * n}", "登记机关", block) for n, block in enumerate(["II", "III", "IV", "V"], start=1)]
    _match_forms(fields, [form_of("F1", "机动车登记证书", Layout.CARD, Subject.EVENT)])
    assert len({f.concept_id for f in fields}) == 1 and [f.slot for f in fields] == [1, 2, 3, 4]


def test_a_unit_applying_for_funds_and_a_register_of_rented_houses() -> None:
    """u193, u195: a 补助资金申请审批表 opening 「申请单位 | ___ | 单位负责人」 is a township's or a school's, no person's:
    its 开户银行 and 银行账号 had met an elder's own. u194: a register 「镇 | 村 | 房屋地址 | 出租人（房东）› 姓名」 lists
    houses, not villages; 「房屋出租人 › 姓名」 is the landlord's."""
    from yitaobiao.classify import record_subject

    funds = form_of("F1", "XX县高龄津贴补助资金申请审批表", Layout.CARD, Subject.PERSON)
    funds.fields = [at("F1.1", "A3", "申请单位"), at("F1.2", "A4", "资金所属期间"), at("F1.3", "A5", "享受人数（人）"),
                    at("F1.4", "A9", "开户银行"), at("F1.5", "C9", "银行账号")]
    assert record_subject(funds) is Subject.ORGANISATION
    houses = form_of("F2", "县出租房屋登记备案台账", Layout.LIST, Subject.PERSON)
    houses.fields = [at("F2.1", "B4", "镇（街道）"), at("F2.2", "C4", "村（社区）"), at("F2.3", "D4", "房屋地址"),
                     at("F2.4", "E5", "姓名", "出租人（房东）"), at("F2.5", "H5", "出租间数", "房屋基本情况")]
    assert record_subject(houses) is Subject.ORGANISATION
    assert MAKER.key("姓名", ("房屋出租人",)).role == MAKER.key("房东姓名").role == "出租人"


def test_a_follow_ups_diagnosis_risk_and_pills() -> None:
    """u190: 《国家基本公共卫生服务规范》's 严重精神障碍 follow-up asks 「目前诊断情况 › 诊断」, 「危险性评估（级）」 and
    「服药依从性」, worded 病情诊断, 危险性评估等级 and 服药情况 by other departments' forms."""
    assert MAKER.key("诊断", ("目前诊断情况",)).canonical == MAKER.key("病情诊断").canonical == "疾病名称"
    assert MAKER.key("危险性评估（级）").canonical == MAKER.key("危险性评估等级").canonical
    assert MAKER.key("服药情况").canonical == MAKER.key("服药依从性").canonical


def test_a_vehicles_registration_is_no_companys_founding() -> None:
    """wf33: a 报废汽车 certificate's 注册登记日期 (GA 36: the day the vehicle was first registered) met a company's
    成立日期 at full confidence; 登记注册日期, the 统计 word for a unit's, still is."""
    assert not explain("注册登记日期", "成立日期").same and explain("登记注册日期", "成立日期").same
    assert explain("注册登记日期", "机动车注册登记日期").same


def test_when_a_persons_hukou_moved_here() -> None:
    """u196: 户口迁入本村时间, 迁入本址日期 and 户口迁入时间 ask the one day (常住人口登记表's 迁来本址); 迁出 is another."""
    assert explain("户口迁入本村时间", "迁入本址日期").same and explain("户口迁入时间", "迁入日期").same
    assert not explain("户口迁入时间", "户口迁出时间").same


def test_a_payment_that_is_no_more_than_its_peoples_is_their_programme() -> None:
    """u195: a 高龄津贴发放花名册's 发放金额 (its 群体 高龄老人) was kept from a 高龄津贴 月报's 本月发放金额 as 「高龄老人 ≠
    高龄津贴」. A subsidy named beyond its people (困难残疾人生活补贴) stays a programme of its own."""
    from yitaobiao.match import _programme_paid

    assert _programme_paid("XX县高龄津贴资金拨付明细表") == "高龄老人"
    assert _programme_paid("困难残疾人生活补贴发放花名册") == "困难残疾人生活补贴"
    assert _programme_paid("农机作业台账") is None


def test_whoever_declares_a_death_or_applies_for_a_pupil_is_someone_else() -> None:
    """u200: a 死亡人员户口注销申报登记表 asks 「死者基本情况 › 姓名」 then 「申报人情况 › 姓名」: the late person is the
    record's, the declarer acts for them (four look-alikes with every person's own). u198: a parent's 退费申请审批表
    asks 「申请人情况 › 姓名 | 与学员关系」 then 「学员情况 › 学员姓名」: the pupil is the record's, the parent applies."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "B3", "姓名", "死者基本情况"), at("F1.2", "B4", "公民身份号码", "死者基本情况"),
              at("F1.3", "B9", "姓名", "申报人情况"), at("F1.4", "D9", "与死者关系", "申报人情况"),
              at("F1.5", "B10", "公民身份号码", "申报人情况"),
              at("F2.1", "B3", "姓名", "申请人情况"), at("F2.2", "D3", "与学员关系", "申请人情况"),
              at("F2.3", "B4", "身份证号码", "申请人情况"), at("F2.4", "B5", "学员姓名", "学员情况"),
              at("F2.5", "D5", "性别", "学员情况"),
              at("F3.1", "B4", "姓名"), at("F3.2", "C4", "公民身份号码"), at("F3.3", "D4", "性别")]
    _match_forms(fields, [form_of("F1", "死亡人员户口注销申报登记表", Layout.CARD, Subject.PERSON),
                          form_of("F2", "校外培训预收费退费申请审批表", Layout.CARD, Subject.PERSON),
                          form_of("F3", "参保人员花名册", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.1", "F3.1") and same(fields, "F1.2", "F3.2")
    assert not same(fields, "F1.3", "F3.1") and not same(fields, "F1.5", "F3.2")
    assert same(fields, "F2.4", "F3.1") and same(fields, "F2.5", "F3.3")
    assert not same(fields, "F2.1", "F3.1") and not same(fields, "F2.3", "F3.2")


def test_the_head_of_a_household_of_some_kind() -> None:
    """u197: 「被征地户户主」 on a compensation ledger names the head of a household whose land was taken; the head's
    name, like 「拆迁户户主姓名」, however long the household's kind."""
    assert MAKER.key("被征地户户主").role == MAKER.key("拆迁户户主姓名").role == "户主"
    assert MAKER.key("被征地户户主").canonical == MAKER.key("户主姓名").canonical


def test_a_training_bodys_premises_and_a_companys_working_address() -> None:
    """u198: 办学地址 and 机构地址 of a 校外培训 body, u189: a company's 实际经营地址, are its premises (场所地址), never
    the 注册地址 beside them."""
    assert explain("办学地址", "单位地址").same and explain("机构地址", "经营场所地址").same
    assert explain("实际经营地址", "生产经营地址").same and not explain("实际经营地址", "注册地址").same


def test_who_comes_to_ask_is_the_consultation_cards_person() -> None:
    """u210: 「一、求询者基本情况 › 求询者姓名 | 性别 …」 of a VCT 个案登记表, after its 咨询日期, stood apart from
    every 姓名 (30 pairs): whoever comes to ask is the person the record is about."""
    fields = [at("F1.1", "A4", "咨询日期", "一、求询者基本情况"), at("F1.2", "C4", "求询者姓名", "一、求询者基本情况"),
              at("F1.3", "E4", "性别", "一、求询者基本情况"), at("F1.4", "A5", "年龄", "一、求询者基本情况"),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "性别")]
    match_fields(fields, SYN, forms=forms_of(Layout.CARD, Subject.EVENT, Subject.PERSON))
    assert same(fields, "F1.2", "F2.1") and same(fields, "F1.3", "F2.2")


def test_a_letters_addressees_are_no_registers_people_and_a_guardian_parent_is_the_guardian() -> None:
    """u204: 《致家长的一封信》签收登记表 lists pupils; its 家长联系电话 had become the pupils' own 联系电话 (a
    look-alike), and 「家长（监护人）姓名」 stood apart from every 监护人姓名."""
    assert explain("家长（监护人）姓名", "监护人姓名").same and not explain("家长（监护人）姓名", "姓名").same
    fields = [at("F1.1", "B4", "学生姓名"), at("F1.2", "D4", "家长（监护人）姓名"), at("F1.3", "F4", "家长联系电话"),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "联系电话")]
    match_titled(fields, {"F1": "预防学生溺水《致家长的一封信》签收登记表", "F2": "巡河护塘员花名册"})
    assert not same(fields, "F1.3", "F2.2") and not same(fields, "F1.2", "F2.1")


def test_a_register_of_visits_to_households_gives_their_phone_and_address_to_the_head() -> None:
    """u211: 「巡查日期 | 乡镇 | 村 | 户主姓名 | 联系电话 | 家庭住址」 of a 巡查台账 (a register of events) had the
    phone as a site's 联系人's and the address as the site's: each visit is to a household."""
    fields = [at("F1.1", "B4", "巡查日期"), at("F1.2", "E4", "户主姓名"), at("F1.3", "F4", "联系电话"),
              at("F1.4", "G4", "家庭住址"),
              at("F2.1", "B4", "户主姓名"), at("F2.2", "C4", "联系电话"), at("F2.3", "D4", "家庭住址")]
    match_fields(fields, SYN, forms=forms_of(Layout.LIST, Subject.EVENT, Subject.HOUSEHOLD))
    assert same(fields, "F1.3", "F2.2") and same(fields, "F1.4", "F2.3")


def test_the_other_side_of_a_case_however_its_section_or_label_is_worded() -> None:
    """u218: 「投诉人基本信息 | 被投诉人 › 姓名」 of a 维权投诉 register and a flat 「被申请人现住址」 of a 保护令 list were
    taken for the record's own person (two look-alikes): the 被… side of a case is another party; a 被监护人's and a
    被征收人's items stay the record's own."""
    from yitaobiao.match import two_parties

    assert two_parties([field("F1.1", "姓名", ("投诉人基本信息",)), field("F1.2", "姓名", ("被投诉人",))],
                       Subject.EVENT) >= {"被投诉人"}
    assert MAKER.key("被申请人现住址").role == "被申请人" and not explain("被申请人现住址", "现住址").same
    assert MAKER.key("被监护人姓名").canonical == "姓名" and MAKER.key("被征收人姓名").canonical == "姓名"


def test_a_complaint_register_is_the_complainants_whatever_its_other_side() -> None:
    """u218: 「投诉人基本信息 › 姓名 | 年龄 | 手机号码 … 被投诉人 › 姓名」 of a 维权投诉 register: the 被投诉人's bare 姓名
    had made the register someone else's, so its complainant met no 投诉人情况 card's own person; an adoption card's
    收养人 facing its 被收养人 stays no record's own."""
    fields = [at("F1.1", "C4", "姓名", "投诉人基本信息"), at("F1.2", "E4", "手机号码", "投诉人基本信息"),
              at("F1.3", "H4", "姓名", "被投诉人"), at("F1.4", "I4", "与投诉人关系", "被投诉人"),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "联系电话")]
    match_titled(fields, {"F1": "妇女儿童维权投诉接待登记台账", "F2": "困难妇女花名册"})
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2") and not same(fields, "F1.3", "F2.1")
    adoption = [at("F1.1", "B2", "收养人姓名", "一、收养人情况"), at("F1.2", "B3", "身份证件号码", "一、收养人情况"),
                at("F1.3", "B8", "姓名", "二、被收养人情况"), at("F1.4", "B9", "身份证件号码", "二、被收养人情况"),
                at("F2.1", "B4", "姓名"), at("F2.2", "C4", "身份证号码")]
    match_titled(adoption, {"F1": "收养登记申请审查表", "F2": "孤儿花名册"}, layout="card")
    assert not same(adoption, "F1.1", "F2.1") and not same(adoption, "F1.2", "F2.2")


def test_the_thing_given_up_is_not_the_one_kept() -> None:
    """u225: 「二、交售旧车信息 › 号牌号码 | 整车编码」 on a 以旧换新 card met every register's plate, and its 三、新购车辆信息
    section, the vehicle now registered, was split off instead."""
    assert not explain("号牌号码", "号牌号码", context_a=("二、交售旧车信息",)).same
    assert explain("号牌号码", "号牌号码", context_a=("三、新购车辆信息",)).same
    assert not explain("出厂编号", "出厂编号", context_a=("报废机具信息",)).same


def test_a_parent_applies_for_the_baby_their_relation_names() -> None:
    """u227: 「申请人情况 › 申请人姓名 | 与婴幼儿关系 … 婴幼儿情况 › 姓名 | 公民身份号码」 on a 育儿补贴申领审批表: the baby is
    whom the card is about, the parent claims for them (four look-alikes with every newborn register)."""
    fields = [at("F1.1", "B1", "申请人姓名", "申请人情况"), at("F1.2", "F1", "与婴幼儿关系", "申请人情况"),
              at("F1.3", "B2", "公民身份号码", "申请人情况"),
              at("F1.4", "B6", "姓名", "婴幼儿情况"), at("F1.5", "B7", "公民身份号码", "婴幼儿情况"),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "公民身份号码")]
    match_titled(fields, {"F1": "育儿补贴申领审批表", "F2": "新生儿预防接种登记册"}, layout="card")
    assert same(fields, "F1.4", "F2.1") and same(fields, "F1.5", "F2.2")
    assert not same(fields, "F1.1", "F2.1") and not same(fields, "F1.3", "F2.2")


def test_the_party_of_a_case_register_is_no_rosters_own_person() -> None:
    """u228, u192, u201, u132: 「当事人情况 › 姓名 | 联系电话」 of a 违法线索 or 巡查 register met a 文物保护员 roster's own
    姓名 and 联系电话: each row is a case, and its 当事人 is whom the case deals with."""
    fields = [at("F1.1", "C4", "发现日期"), at("F1.2", "I5", "姓名", "当事人情况"), at("F1.3", "K5", "联系电话", "当事人情况"),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "联系电话"),
              at("F3.1", "B4", "当事人姓名"), at("F3.2", "C4", "当事人联系电话")]
    match_fields(fields, SYN, forms=forms_of(Layout.LIST, Subject.EVENT, Subject.PERSON, Subject.EVENT))
    assert not same(fields, "F1.2", "F2.1") and not same(fields, "F1.3", "F2.2")


def test_a_partys_bracket_saying_what_they_did_leaves_them_the_cases_party() -> None:
    """u565: 「当事人（建设人） › 姓名 | 身份证号码」 of a 违章建筑排查台账 read 建设人姓名, apart from the 当事人情况 › 姓名
    of the case register and the 审批表 on the same buildings; a roster's own 姓名 stays apart from all."""
    fields = [at("F1.1", "B5", "乡镇（街道）", "违建位置"), at("F1.2", "C5", "村（社区）", "违建位置"),
              at("F1.3", "F5", "姓名", "当事人（建设人）"), at("F1.4", "G5", "身份证号码", "当事人（建设人）"),
              at("F2.1", "C4", "立案日期"), at("F2.2", "E5", "姓名（名称）", "当事人情况"),
              at("F2.3", "F5", "身份证号码", "当事人情况"),
              at("F3.1", "B4", "姓名"), at("F3.2", "C4", "公民身份号码")]
    match_fields(fields, SYN, forms=forms_of(Layout.LIST, Subject.EVENT, Subject.EVENT, Subject.PERSON))
    assert same(fields, "F1.3", "F2.2") and same(fields, "F1.4", "F2.3")
    assert not same(fields, "F1.3", "F3.1") and not same(fields, "F1.4", "F3.2")


def test_whom_an_incident_was_done_to_is_one_of_its_parties() -> None:
    """u573: 「行为人信息 › 姓名 | 被救助人信息 › 姓名 | 联系电话」 of a 见义勇为警情登记台账: each row is an incident,
    and the one rescued was read as the register's own person, their 姓名 and 联系电话 meeting every roster's."""
    fields = [at("F1.1", "B4", "接警时间", "警情信息"), at("F1.2", "G4", "姓名", "行为人信息"),
              at("F1.3", "K4", "姓名", "被救助人信息"), at("F1.4", "L4", "联系电话", "被救助人信息"),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "联系电话")]
    match_fields(fields, SYN, forms=forms_of(Layout.LIST, Subject.EVENT, Subject.PERSON))
    assert not same(fields, "F1.3", "F2.1") and not same(fields, "F1.4", "F2.2")


def test_an_offices_detailed_address_is_the_offices_address() -> None:
    """wf140: 「民政部门信息 › 详细通讯地址」 of a 高校学生家庭情况调查表 was known by its words alone, its 民政部门 no part of
    it; once the clerk joined the family's 详细通讯地址 with 现住址, the office's lost the section that told it apart,
    and a cadre wrote the family's address into the 民政部门 cell. 详细通讯地址 is a 通讯地址, the office's its own."""
    family, office = MAKER.key("详细通讯地址", ["家庭通讯信息"]), MAKER.key("详细通讯地址", ["民政部门信息"])
    assert family.canonical == "通讯地址" and office.role == "民政部门" and office.node != family.node


def test_the_side_a_bracket_says_registers_is_the_cards_own_person() -> None:
    """u581: 「一、女方（登记人）情况 › 姓名 | 公民身份号码」 of a 生育登记服务单 read 女方姓名, apart from every roster's
    own person: the bracket says the side files the card. The other side stays its own; a guardian, a head or a
    bereaved relative who applies stays who they are."""
    assert MAKER.context_role(["一、女方（登记人）情况"]) is None and MAKER.context_role(["二、男方情况"]) == "男方"
    assert MAKER.context_role(["监护人（申请人）情况"]) == "监护人" and MAKER.context_role(["户主（申请人）"]) == "户主"
    assert MAKER.context_role(["丧属（申请人）情况"]) is not None
    fields = [at("F1.1", "A5", "姓名", "一、女方（登记人）情况"), at("F1.2", "A6", "公民身份号码", "一、女方（登记人）情况"),
              at("F1.3", "A10", "姓名", "二、男方情况"), at("F2.1", "B4", "姓名"), at("F2.2", "C4", "身份证号码")]
    match_fields(fields, SYN, forms=forms_of(Layout.CARD, Subject.PERSON, Subject.PERSON))
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2") and not same(fields, "F1.3", "F2.1")


def test_the_agent_of_a_register_of_errands_is_no_rows_own_person() -> None:
    """u582: 「来办人 | 身份证号码 | 电话 | 事项内容 | 代办人」 of a 代办事项登记簿: the title's 代办事项 made the village's
    agent the register's own person, and the 代办人 column met every roster's own 姓名."""
    fields = [at("F1.1", "C3", "来办人"), at("F1.2", "D3", "身份证号码"), at("F1.3", "G3", "事项内容"),
              at("F1.4", "H3", "代办人"), at("F2.1", "B4", "姓名"), at("F2.2", "C4", "公民身份号码")]
    match_titled(fields, {"F1": "白鹤村便民服务站代办事项登记簿", "F2": "村民花名册"})
    assert not same(fields, "F1.4", "F2.1")


def test_the_name_a_station_gives_is_no_kind_of_person() -> None:
    """u221: 「站内临时姓名 | 性别 | … 公民身份号码」, the only name column of a 长期滞留人员 register, was read as the name of
    people called 站内临时, so it met every roster's 姓名; a 摊主姓名 column still names its register's people."""
    fields = [at("F1.1", "B4", "站内临时姓名"), at("F1.2", "C4", "性别"), at("F1.3", "N4", "公民身份号码"),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "性别"),
              at("F3.1", "B4", "摊主姓名"), at("F3.2", "C4", "身份证号码")]
    match_titled(fields, {"F1": "长期滞留流浪乞讨人员寻亲及落户安置情况台账", "F2": "受助人员花名册", "F3": "流动摊贩登记台账"})
    assert not same(fields, "F1.1", "F2.1") and same(fields, "F3.1", "F2.1")


@pytest.mark.parametrize("relation", [True, False])
def test_a_section_filled_only_when_someone_collects_for_the_household_is_a_stand_ins(relation: bool) -> None:
    """u231: 「户主信息 › 户主姓名 | 领取人信息（代领时填写）› 姓名 | 证件号码」 of a 救灾物资发放登记表: the stand-in was
    taken for the person each row is about, and their 姓名 met every roster's own."""
    fields = [at("F1.1", "B5", "户主姓名", "户主信息"), at("F1.2", "C5", "证件号码", "户主信息"),
              at("F1.3", "K5", "姓名", "领取人信息（代领时填写）"), at("F1.4", "L5", "证件号码", "领取人信息（代领时填写）"),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "公民身份号码")]
    if relation:
        fields.append(at("F1.5", "M5", "与户主关系", "领取人信息（代领时填写）"))
    match_titled(fields, {"F1": "救灾物资发放登记表", "F2": "受灾群众花名册"})
    assert not same(fields, "F1.3", "F2.1") and not same(fields, "F1.4", "F2.2")


def test_a_part_of_a_count_on_a_table_of_places_is_no_households_yes_or_no() -> None:
    """u235: 「暂缓登记宗数（宗） › 一户多宅」 of a town's progress table met a household card's 是否一户多宅: a part of a
    count counts (how many parcels are held back for it); an age band under 常住人口 stays the band it was."""
    fields = [at("F1.1", "B5", "乡镇（街道）"), at("F1.2", "M5", "一户多宅", "暂缓登记宗数（宗）"),
              at("F1.3", "H5", "其中：60岁及以上", "常住人口"),
              at("F2.1", "B18", "是否一户多宅", "宅基地及房屋情况"),
              at("F3.1", "A11", "其中：60岁及以上", "常住人口")]
    match_fields(fields, SYN, forms=forms_of(Layout.LIST, Subject.PLACE, Subject.HOUSEHOLD, Subject.PLACE))
    assert not same(fields, "F1.2", "F2.1") and same(fields, "F1.3", "F3.1")


def test_one_who_reports_arrears_is_the_ledgers_own_person_beside_the_employers_head() -> None:
    """u222: 「反映人 › 姓名 | 公民身份号码 | 手机号码 … 欠薪单位名称 | 负责人 | 联系电话」 of a 欠薪线索登记台账: the worker
    who reports is each row's person; the employer's 负责人 named beside them had made the row no one's."""
    fields = [at("F1.1", "B4", "受理日期"), at("F1.2", "D4", "姓名", "反映人"), at("F1.3", "E4", "公民身份号码", "反映人"),
              at("F1.4", "F4", "手机号码", "反映人"), at("F1.5", "G4", "欠薪单位名称"), at("F1.6", "I4", "负责人"),
              at("F1.7", "J4", "负责人联系电话"),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "身份证号码"), at("F2.3", "D4", "联系电话")]
    match_titled(fields, {"F1": "根治欠薪线索登记处置台账", "F2": "农民工实名制用工花名册"})
    assert same(fields, "F1.2", "F2.1") and same(fields, "F1.3", "F2.2") and same(fields, "F1.4", "F2.3")
    assert not same(fields, "F1.7", "F2.3")


def test_whether_one_heads_the_household_is_no_heads_name() -> None:
    """u242: 「申请人基本情况 › 是否户主（□是 □否）」 of a 维修登记表 was read as the 户主's name and took the place of the
    card's own 户主情况 › 姓名 among the registers' 户主姓名."""
    fields = [at("F1.1", "B6", "姓名", "申请人基本情况"), at("F1.2", "B8", "是否户主", "申请人基本情况"),
              at("F1.3", "B9", "姓名", "户主情况"),
              at("F2.1", "B4", "户主姓名"), at("F2.2", "C4", "身份证号码")]
    match_titled(fields, {"F1": "户户通免费维修申请登记表", "F2": "户户通安装台账"}, layout="card")
    assert not same(fields, "F1.2", "F2.1") and same(fields, "F1.3", "F2.1")


def test_people_counted_under_a_header_are_a_count_not_a_name() -> None:
    """u241: 「参加人数（人） › 学生 | 家长」 of a 健康教育活动 register: the parents among those who came, no 家长姓名."""
    fields = [at("F1.1", "B4", "活动日期"), at("F1.2", "H4", "学生", "参加人数（人）"),
              at("F1.3", "I4", "家长", "参加人数（人）"),
              at("F2.1", "B4", "学生姓名"), at("F2.2", "S4", "家长姓名")]
    match_fields(fields, SYN, forms=forms_of(Layout.LIST, Subject.EVENT, Subject.PERSON))
    assert not same(fields, "F1.3", "F2.2")
    assert MAKER.key("家长", ("参加人数（人）",)).role is None and MAKER.key("家长", ("家长信息",)).role == "家长"


def test_the_body_one_serves_is_no_count_of_bodies() -> None:
    """u240: a graduate's 服务单位 met the indicator 服务单位数（个） as 「只差一个可省略的词」: a name against a count."""
    fields = [at("F1.1", "B4", "姓名"), at("F1.2", "N4", "服务单位"), at("F2.1", "A18", "服务单位数（个）"),
              at("F3.1", "A8", "服务单位")]
    match_fields(fields, SYN, forms=forms_of(Layout.LIST, Subject.PERSON, Subject.AGGREGATE, Subject.PERSON))
    assert not same(fields, "F1.2", "F2.1") and same(fields, "F1.2", "F3.1")


def test_the_party_named_in_front_on_a_patrol_register_is_the_cases() -> None:
    """u236: 「违法当事人姓名 | 当事人身份证号」 of a 禁渔执法巡查台账: the shorter 当事人 was dropped as a roster's word for its
    own people, and the offender's ID met every fisher's 公民身份号码."""
    fields = [at("F1.1", "B3", "巡查日期"), at("F1.2", "K3", "违法当事人姓名"), at("F1.3", "L3", "当事人身份证号"),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "公民身份号码")]
    match_fields(fields, SYN, forms=forms_of(Layout.LIST, Subject.EVENT, Subject.PERSON))
    assert not same(fields, "F1.3", "F2.2") and not same(fields, "F1.2", "F2.1")


def test_one_declared_for_is_the_registers_person_and_the_applicant_declares() -> None:
    """u238: 「申请人姓名 | 申请人身份证号 … 被申报人姓名 | 被申报人身份证号码」 of a 见义勇为申报受理台账: the applicant's
    items had met the heroes' on every other form, and the hero's stood apart. A 被申请人 is a side of a case."""
    fields = [at("F1.1", "B3", "受理编号"), at("F1.2", "D3", "申请人姓名"), at("F1.3", "E3", "申请人身份证号"),
              at("F1.4", "G3", "被申报人姓名"), at("F1.5", "H3", "被申报人身份证号码"),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "公民身份号码"),
              at("F3.1", "B3", "申请人姓名"), at("F3.2", "C3", "被申请人姓名")]
    match_titled(fields, {"F1": "见义勇为申报受理登记台账", "F2": "见义勇为人员确认及表彰奖励台账", "F3": "劳动争议仲裁案件台账"})
    assert same(fields, "F1.4", "F2.1") and same(fields, "F1.5", "F2.2")
    assert not same(fields, "F1.2", "F2.1") and not same(fields, "F1.3", "F2.2")
    assert same(fields, "F3.1", "F2.1") and not same(fields, "F3.2", "F2.1")


def test_a_relation_to_a_long_named_person_in_someones_section_is_theirs() -> None:
    """u238: 「申报人情况 › 与见义勇为人员关系」 (the declarer's) met 「慰问对象情况 › 与见义勇为人员关系」 of a roster: the
    relation of a person named in six characters was read as no one's."""
    assert MAKER.key("与见义勇为人员关系", ("申报人情况",)).role == "申报人"
    assert MAKER.key("与见义勇为人员关系").role is None


def test_a_person_the_label_names_in_an_events_section_is_theirs() -> None:
    """u238: 「行为发生情况 › 受助人姓名 | 受助人联系电话」 of a 见义勇为确认申报表 was keyed 「行为发生姓名」: the event's
    section named the person, not the label."""
    fields = [at("F1.1", "B4", "姓名", "见义勇为人员基本情况"), at("F1.2", "B10", "行为发生时间", "行为发生情况"),
              at("F1.3", "B12", "受助人姓名", "行为发生情况"), at("F1.4", "E12", "受助人联系电话", "行为发生情况"),
              at("F2.1", "B8", "受助人姓名", "事件基本情况")]
    match_titled(fields, {"F1": "见义勇为人员确认申报表", "F2": "见义勇为行为调查核实表"}, layout="card")
    by_id = {f.id: f for f in fields}
    assert "行为发生" not in (by_id["F1.3"].role or "") and by_id["F1.3"].role == "受助人"


def test_turnouts_counted_in_person_times_stay_person_times() -> None:
    """u236: the indicator 「出动执法人员」 in 人次 was read 「出动执法人员数」 and then kept from a patrol register's
    出动执法人员（人次） as 人次 ≠ 人数."""
    fields = [at("F1.1", "A6", "出动执法人员"), at("F2.1", "F3", "出动执法人员（人次）")]
    fields[0].unit = "人次"
    forms = forms_of(Layout.INDICATOR, Subject.AGGREGATE, Subject.EVENT)
    forms[1].layout = Layout.LIST
    match_fields(fields, SYN, forms=forms)
    assert same(fields, "F1.1", "F2.1")


def test_a_wish_under_a_section_of_wishes_and_a_licences_number_under_its_name() -> None:
    """u236: 「四、转产安置意向 › 意向培训工种」 was kept from 意向培训工种 as qualified by another wish, and 「捕捞许可证 ›
    证书编号」 was a bare 证书编号 that met no 捕捞许可证编号."""
    assert MAKER.key("意向培训工种", ("四、转产安置意向",)).text == MAKER.key("意向培训工种").text
    assert MAKER.key("培训工种", ("四、转产安置意向",)).qualifiers  # (what one would like, not what one has)
    # (u616: 「改厕意愿 › 原厕所类型 | 申请日期」: what one has and when one asked are no wish)
    assert MAKER.key("原厕所类型", ("改厕意愿",)).text == MAKER.key("原厕所类型").text
    assert MAKER.key("申请日期", ("改厕意愿",)).text == MAKER.key("申请日期").text
    assert MAKER.key("证书编号", ("捕捞许可证",)).text == "捕捞许可证编号"
    assert MAKER.key("证件号码", ("监护人",)).role == "监护人"


def test_the_registers_people_said_short_are_still_its_own() -> None:
    """u239: 「人民监督员姓名 | 监督员联系电话」 of a register of 人民监督员 activities: the phone, the word said short, was
    made a 监督员's and kept from every roster's 联系电话."""
    fields = [at("F1.1", "B3", "活动日期"), at("F1.2", "G3", "人民监督员姓名"), at("F1.3", "H3", "监督员联系电话"),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "联系电话")]
    match_titled(fields, {"F1": "人民检察院邀请人民监督员监督活动登记台账", "F2": "人民监督员名册"})
    assert same(fields, "F1.2", "F2.1") and same(fields, "F1.3", "F2.2")


def test_the_only_name_column_naming_a_kind_of_pupil_is_the_registers_own() -> None:
    """u241: 「缺勤学生姓名」, the only name column of a 晨午检及因病缺勤 register, stood apart from every roster's 姓名."""
    fields = [at("F1.1", "B3", "检查日期"), at("F1.2", "H3", "缺勤学生姓名"), at("F1.3", "K3", "家长联系电话"),
              at("F2.1", "C4", "学生姓名"), at("F2.2", "D4", "性别")]
    match_titled(fields, {"F1": "中小学校晨午检及因病缺勤追踪登记表", "F2": "学生视力筛查结果登记表"})
    assert same(fields, "F1.2", "F2.1")


def test_a_side_of_the_body_is_said_first_however_the_table_nests_it() -> None:
    """u241: 「电脑验光 › 右眼 › 球镜（S）」 was 右眼球镜 and 「球镜（DS） › 右眼」 球镜右眼: two items."""
    assert MAKER.key("右眼", ("球镜（DS）",)).text == MAKER.key("球镜（S）", ("电脑验光", "右眼")).text == "右眼球镜"
    assert MAKER.key("左眼", ("裸眼视力",)).text != MAKER.key("右眼", ("裸眼视力",)).text


def test_the_figures_of_what_a_section_plans_are_no_actual_ones() -> None:
    """u248: 「三、拟采伐林木情况 › 采伐蓄积（立方米）| 采伐面积（公顷）」 of a 采伐许可证申请表 met the 伐后验收单's 实际采伐蓄积
    and 实际采伐面积 (实际 a word often left out); the house a section plans to pull down keeps its own 层数."""
    fields = [at("F1.1", "E16", "采伐蓄积（立方米）", "三、拟采伐林木情况"),
              at("F1.2", "A16", "采伐面积（公顷）", "三、拟采伐林木情况"),
              at("F2.1", "C5", "实际采伐蓄积（立方米）"), at("F2.2", "C4", "实际采伐面积（公顷）")]
    match_fields(fields, SYN, forms=forms_of(Layout.CARD, Subject.PERSON, Subject.PERSON))
    assert not same(fields, "F1.1", "F2.1") and not same(fields, "F1.2", "F2.2")
    assert MAKER.key("层数", ("拟拆除房屋情况",)).qualifiers == ()


def test_a_party_that_may_be_a_body_keeps_its_side_and_a_contacts_name_is_a_name() -> None:
    """u243: 「被举报人（单位）」 was read as a 单位名称 and met an applicant's 申请单位（个人）名称; 「联系方式 › 联系人 |
    联系电话」 of a 许可证发放台账 made the contact's name a second 联系人联系电话."""
    reported = MAKER.key("被举报人（单位）", ("被举报情况",))
    assert reported.role == "被举报人" and reported.text != MAKER.key("申请单位（个人）名称").text
    assert MAKER.key("发包方（村集体经济组织）").text == "村集体经济组织名称"
    assert MAKER.key("联系人", ("联系方式",)).text != MAKER.key("联系电话", ("联系方式",)).text
    assert MAKER.key("家属", ("联系方式",)).text.endswith("联系电话")  # (a person's column under a phone: their phone)


def test_a_person_named_in_front_of_a_known_item_is_that_persons() -> None:
    """u246: 「借款人姓名 | … | 共同借款人姓名 | 共同借款人手机号」 of a 逾期明细: the co-borrower's name, its words in front
    dropped as a prefix, was a second 姓名 of the row; 「共同借款人信息 › 姓名」 elsewhere was the co-borrower's."""
    assert MAKER.key("共同借款人姓名").text == MAKER.key("姓名", ("共同借款人信息",)).text
    assert MAKER.key("共同借款人手机号").text == MAKER.key("手机号码", ("共同借款人信息",)).text
    assert MAKER.key("借款人姓名").role is None and MAKER.key("申请人姓名").role is None


def test_the_date_something_is_done_is_the_date_of_it() -> None:
    """u247: 「办理退休时间」 of a 移交登记表 stood apart from 退休时间: 办理 in front says no more."""
    fields = [at("F1.1", "D6", "办理退休时间"), at("F2.1", "A4", "退休时间")]
    match_fields(fields, SYN, forms=forms_of(Layout.CARD, Subject.PERSON, Subject.PERSON))
    assert same(fields, "F1.1", "F2.1")


def test_a_part_read_with_its_header_says_its_period_word_once() -> None:
    """u245: 「累计备案人数 › 其中：高血压」 was named and keyed 「累计累计备案人数高血压」 (the header's 累计 said again as
    the part's qualifier)."""
    k = MAKER.key("  其中：高血压", ("累计备案人数",), "人")
    assert "累计累计" not in k.text and k.text.startswith("累计")
    from yitaobiao.match import label_key

    assert "累计累计" not in label_key(k, "高血压")


def test_the_river_a_site_is_on_is_no_outlets_receiving_water() -> None:
    """u243: 「所在河流（湖泊）」 of a 岸线利用项目台账 and 「所在河流」 of a 非法采砂案件 were read as an outlet's 受纳水体名称, and
    met no 河流名称 or 河道名称 (水利部《全国河湖名录》's 河湖名称)."""
    rivers = {MAKER.key(label).text for label in ("所在河流（湖泊）", "所在河流", "河流名称", "河道名称")}
    assert len(rivers) == 1 and rivers != {MAKER.key("受纳水体").text}


def test_a_vessel_is_named_by_its_name_and_number() -> None:
    """u236, u243: 船名号, 渔船船名号, 船名 and 所在船名 of fishing and sand-dredging registers were four items; a vessel's
    identification number, 号 or 码, one."""
    assert len({MAKER.key(label).text for label in ("船名号", "渔船船名号", "船名", "所在船名", "船舶名称")}) == 1
    assert MAKER.key("船舶识别号").text == MAKER.key("船舶识别码").text != MAKER.key("船名号").text


def test_the_dead_of_a_road_accident_are_not_the_dead_of_a_fire(tmp_path) -> None:
    """u253: the police's 「三、道路交通事故情况 › 死亡人数」 and a 火灾情况统计表's 死亡人数 were one item (and so their
    injured and losses). Each is its event's; two fire tables' dead are one, and no population table's 死亡人数 is."""
    from yitaobiao.scan import scan
    from yitaobiao.testing import write_xlsx

    def table(title: str, rows: list[list[str]]) -> list[list[str]]:
        return [[title], ["指标名称", "计量单位", "代码", "本期"], *rows]

    road = [["一、登记情况", "", "", ""], ["登记上牌车辆", "辆", "01", ""], ["二、道路交通事故情况", "", "", ""],
            ["死亡人数", "人", "02", ""], ["受伤人数", "人", "03", ""]]
    fire = [["死亡人数", "人", "01", ""], ["受伤人数", "人", "02", ""]]
    people = [["出生人数", "人", "01", ""], ["死亡人数", "人", "02", ""]]
    for rel, title, rows in (("公安局/交通.xlsx", "道路交通安全管理情况统计表", road),
                             ("消防救援大队/火灾.xlsx", "火灾情况统计表", fire),
                             ("应急管理局/火灾.xlsx", "火灾事故统计表", fire),
                             ("卫健局/人口.xlsx", "人口变动情况统计表", people)):
        write_xlsx(tmp_path / rel, [("Sheet1", table(title, rows), [(0, 0, 0, 3)])])
    result = scan(tmp_path)
    concept_of = {fid: c.id for c in result.concepts for fid in c.field_ids}
    by_dept = {f.path.split("/")[0]: concept_of[f.id] for f in result.fields if f.label == "死亡人数"}
    assert by_dept["消防救援大队"] == by_dept["应急管理局"]
    assert len({by_dept["公安局"], by_dept["消防救援大队"], by_dept["卫健局"]}) == 3


def test_the_dead_of_a_road_accident_are_not_the_dead_of_an_accident_at_work(tmp_path) -> None:
    """u372: 「涉及重点车辆道路交通事故 › 死亡人数」 of a 公安 table and 「危险货物道路运输生产安全事故 › 死亡人数」 of an
    应急 table were one item, 事故死亡人数: the law counts road accidents and accidents at work apart."""
    from yitaobiao.scan import scan
    from yitaobiao.testing import write_xlsx

    def table(title: str, section: str) -> list[list[str]]:
        return [[title], ["指标名称", "计量单位", "代码", "本期"], ["事故起数", "起", "01", ""], [section, "", "", ""],
                ["死亡人数", "人", "02", ""], ["受伤人数", "人", "03", ""]]

    for rel, title, section in (("公安局/重点车辆.xlsx", "重点车辆交通安全管理情况统计表", "涉及重点车辆道路交通事故"),
                                ("交通运输局/运输.xlsx", "道路运输安全情况统计表", "三、道路交通事故情况"),
                                ("应急管理局/危货.xlsx", "危险货物运输安全整治情况统计表", "危险货物道路运输生产安全事故")):
        write_xlsx(tmp_path / rel, [("Sheet1", table(title, section), [(0, 0, 0, 3)])])
    result = scan(tmp_path)
    concept_of = {fid: c.id for c in result.concepts for fid in c.field_ids}
    by_dept = {f.path.split("/")[0]: concept_of[f.id] for f in result.fields if f.label == "死亡人数"}
    assert by_dept["公安局"] == by_dept["交通运输局"] != by_dept["应急管理局"]


def test_people_a_title_names_as_a_system_are_not_the_registers_own(tmp_path) -> None:
    """u254: on a 「计划生育特殊家庭“双岗”联系人制度落实情况台账」, 联系人 was taken for the people the register lists:
    the village contact's 姓名 and 联系电话 became the row's own and met every roster's, and the family member's
    were someone else's. The title names a 联系人 system it checks; the family member is the row's person."""
    from yitaobiao.testing import write_xlsx

    ledger = [["计划生育特殊家庭“双岗”联系人制度落实情况台账", "", "", "", "", "", ""],
              ["序号", "特殊家庭成员情况", "", "", "村（社区）联系人", "", ""],
              ["", "姓名", "身份证号", "联系电话", "姓名", "职务", "联系电话"], ["1", "", "", "", "", "", ""]]
    write_xlsx(tmp_path / "卫健局" / "双岗.xlsx",
               [("Sheet1", ledger, [(0, 0, 0, 6), (1, 0, 2, 0), (1, 1, 1, 3), (1, 4, 1, 6)])])
    roster = [["特别扶助对象花名册", "", ""], ["姓名", "公民身份号码", "联系电话"], ["", "", ""]]
    write_xlsx(tmp_path / "民政局" / "花名册.xlsx", [("Sheet1", roster, [(0, 0, 0, 2)])])
    cell = concept_by_cell(tmp_path)
    assert cell[("卫健局", "B3")] == cell[("民政局", "A2")] and cell[("卫健局", "D3")] == cell[("民政局", "C2")]
    assert cell[("卫健局", "E3")] != cell[("民政局", "A2")] and cell[("卫健局", "G3")] != cell[("民政局", "C2")]


def test_a_section_about_the_thing_each_record_is_qualifies_nothing(tmp_path) -> None:
    """u250: 「古树情况 › 树种」 on a 古树名木管护补助发放花名册 became 古树树种, apart from every 树种 of the other tree
    registers (five items for one). Headers that tell two items of one form apart still do (种植情况 › 品种 |
    养殖情况 › 品种), and a person of the thing is still the thing's (非遗工坊情况 › 负责人)."""
    from yitaobiao.testing import write_xlsx

    def register(rel: str, title: str, groups: list[tuple[str, list[str]]]) -> None:
        width = sum(len(leaves) for _, leaves in groups)
        top, leaf, merges, col = [], [], [(0, 0, 0, width - 1)], 0
        for group, leaves in groups:
            top += [group] + [""] * (len(leaves) - 1)
            leaf += leaves
            if len(leaves) > 1:
                merges.append((1, col, 1, col + len(leaves) - 1))
            col += len(leaves)
        write_xlsx(tmp_path / rel, [("Sheet1", [[title] + [""] * (width - 1), top, leaf, [""] * width], merges)])

    register("林业局/补助.xlsx", "古树名木管护补助发放花名册",
             [("古树情况", ["古树编号", "树种", "树龄"]), ("补助", ["补助金额", "发放日期"])])
    write_xlsx(tmp_path / "乡镇" / "巡查.xlsx", [("Sheet1", [["古树名木日常巡查记录台账", "", ""],
                                                            ["古树编号", "树种", "巡查日期"], ["", "", ""]], [(0, 0, 0, 2)])])
    register("农业农村局/种养.xlsx", "农户种植养殖情况登记表",
             [("种植情况", ["品种", "面积"]), ("养殖情况", ["品种", "数量"])])
    register("人社局/工坊.xlsx", "非遗工坊吸纳就业人员台账",
             [("非遗工坊情况", ["工坊名称", "负责人"]), ("就业人员情况", ["姓名", "联系电话"])])
    register("文旅局/传习所.xlsx", "传习所负责人名册", [("传习所情况", ["传习所名称", "负责人"])])
    # (u318: a label that says nothing alone keeps the section: 「流转情况 › 起始日期」 of a 流转合同备案登记表 is the
    # 流转起始日期 of a 鉴证台账)
    register("农经站/备案.xlsx", "土地经营权流转合同备案登记表", [("流转情况", ["地块名称", "起始日期", "终止日期"])])
    write_xlsx(tmp_path / "交易中心" / "鉴证.xlsx", [("Sheet1", [["土地经营权流转交易鉴证台账", "", ""],
                                                              ["流入方名称", "流转起始日期", "流转终止日期"], ["", "", ""]],
                                                             [(0, 0, 0, 2)])])
    cell = concept_by_cell(tmp_path)
    assert cell[("林业局", "B3")] == cell[("乡镇", "B2")]
    assert cell[("农业农村局", "A3")] != cell[("农业农村局", "C3")]
    assert cell[("人社局", "B3")] != cell[("文旅局", "B3")]
    assert cell[("农经站", "B3")] == cell[("交易中心", "B2")] and cell[("农经站", "C3")] == cell[("交易中心", "C2")]


def test_a_place_level_under_a_spaced_out_location_header_is_where_it_stands(tmp_path) -> None:
    """u250: 「位  置 › 乡镇（街道） | 村（居委会）」 of a tree register were read 乡镇数 and 村数: 位置 spaced out to fill
    its cell was not seen as a location. Under 「覆盖情况 › 行政村」 a table of towns still counts villages."""
    from yitaobiao.testing import write_xlsx

    trees = [["古树名木资源台账", "", "", ""], ["古树编号", "树种", "位  置", ""], ["", "", "乡镇（街道）", "村（居委会）"],
             ["", "", "", ""]]
    write_xlsx(tmp_path / "林业局" / "古树.xlsx", [("Sheet1", trees, [(0, 0, 0, 3), (1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 1, 3)])])
    patrol = [["古树巡查台账", "", "", ""], ["古树编号", "树种", "所属乡镇", "所属村"], ["", "", "", ""]]
    write_xlsx(tmp_path / "乡镇" / "巡查.xlsx", [("Sheet1", patrol, [(0, 0, 0, 3)])])
    cell = concept_by_cell(tmp_path)
    assert cell[("林业局", "C3")] == cell[("乡镇", "C2")] and cell[("林业局", "D3")] == cell[("乡镇", "D2")]


def test_a_bodys_bare_name_is_its_name_and_a_products_maker_is_another_body(tmp_path) -> None:
    """u252: 「受检单位 › 名称 | 地址」 and 「标称生产企业 › 名称 | 地址」 of a 抽查结果汇总表 were both read as the
    register's own body: two items named 名称, neither the 单位名称 of the other registers. The inspected body's
    are its 单位名称 and 场所地址; the manufacturer named on the product is another body."""
    from yitaobiao.testing import write_xlsx

    rows = [["燃气用具产品质量监督抽查结果汇总表", "", "", "", ""], ["产品名称", "受检单位", "", "标称生产企业", ""],
            ["", "名称", "地址", "名称", "地址"], ["", "", "", "", ""]]
    write_xlsx(tmp_path / "市场监管局" / "抽查.xlsx",
               [("Sheet1", rows, [(0, 0, 0, 4), (1, 0, 2, 0), (1, 1, 1, 2), (1, 3, 1, 4)])])
    units = [["燃气经营企业台账", "", ""], ["单位名称", "统一社会信用代码", "经营地址"], ["", "", ""]]
    write_xlsx(tmp_path / "住建局" / "企业.xlsx", [("Sheet1", units, [(0, 0, 0, 2)])])
    cell = concept_by_cell(tmp_path)
    assert cell[("市场监管局", "B3")] == cell[("住建局", "A2")]
    assert cell[("市场监管局", "D3")] != cell[("住建局", "A2")]


def test_a_programmes_family_category_is_not_the_households_poverty_type(tmp_path) -> None:
    """wf43, wf44: 「家庭类别」 of a 困境儿童 list (低保, 特困 …) met the 户类型 of a 监测户 register (脱贫户, 监测户) at
    1.00 through the synonym table, with no yellow row. A programme's family category is its own; two lists of one
    programme still share it, and a 防返贫监测 form's 家庭类型 is still its 户类型."""
    from yitaobiao.scan import scan
    from yitaobiao.testing import list_rows, write_xlsx

    for rel, title, labels in (("民政局/困境.xlsx", "困境儿童动态名单", ["姓名", "公民身份号码", "家庭类别"]),
                               ("民政局/困境2.xlsx", "困境儿童信息台账", ["姓名", "公民身份号码", "家庭类型"]),
                               ("乡村振兴局/监测.xlsx", "防止返贫监测对象台账", ["户主姓名", "公民身份号码", "家庭类型"]),
                               ("乡村振兴局/监测户.xlsx", "监测户基本信息台账", ["户主姓名", "公民身份号码", "户类型"])):
        rows, merges = list_rows(title, labels)
        write_xlsx(tmp_path / rel, [("Sheet1", rows, merges)])
    result = scan(tmp_path)
    concept_of = {fid: c.id for c in result.concepts for fid in c.field_ids}
    kind = {f.path: concept_of[f.id] for f in result.fields if f.label in ("家庭类别", "家庭类型", "户类型")}
    assert kind["民政局/困境.xlsx"] == kind["民政局/困境2.xlsx"] != kind["乡村振兴局/监测户.xlsx"]
    assert kind["乡村振兴局/监测.xlsx"] == kind["乡村振兴局/监测户.xlsx"]


def test_the_people_a_title_names_in_full_come_before_a_word_it_uses_in_passing(tmp_path) -> None:
    """u258: on a 「无偿献血者及其亲属用血费用报销登记台账」 the 用血者 was taken for the register's own people (their
    core 用血 is in the title's 用血费用): the patient's 姓名 became the row's own, beside the donor's. The title names
    the 献血者 in full: theirs is the row's 姓名, the 用血者's someone else's."""
    from yitaobiao.testing import write_xlsx

    rows = [["无偿献血者及其亲属用血费用报销登记台账", "", "", "", ""], ["献血者情况", "", "用血者情况", "", "报销金额"],
            ["姓名", "身份证号码", "姓名", "身份证号码", ""], ["", "", "", "", ""]]
    write_xlsx(tmp_path / "卫健局" / "报销.xlsx", [("Sheet1", rows, [(0, 0, 0, 4), (1, 0, 1, 1), (1, 2, 1, 3), (1, 4, 2, 4)])])
    roster = [["无偿献血者花名册", "", "", ""], ["献血者情况", "", "用血者情况", ""],
              ["姓名", "公民身份号码", "姓名", "身份证号码"], ["", "", "", ""]]
    write_xlsx(tmp_path / "红十字会" / "花名册.xlsx", [("Sheet1", roster, [(0, 0, 0, 3), (1, 0, 1, 1), (1, 2, 1, 3)])])
    cell = concept_by_cell(tmp_path)
    assert cell[("卫健局", "A3")] == cell[("红十字会", "A3")] != cell[("卫健局", "C3")]
    assert cell[("卫健局", "C3")] == cell[("红十字会", "C3")] and cell[("卫健局", "D3")] == cell[("红十字会", "D3")]


def test_a_kind_of_person_named_beside_the_forms_own_name_is_someone_else(tmp_path) -> None:
    """「姓名 | 公民身份号码 | 用血者姓名 | 用血者身份证号码」: the 用血者 columns were the row's own 姓名 and ID too (a
    kind of person in front of 姓名 is dropped on a register of that kind), and met no 「用血者情况 › 姓名」."""
    from yitaobiao.scan import scan
    from yitaobiao.testing import list_rows, write_xlsx

    rows, merges = list_rows("无偿献血者花名册", ["姓名", "公民身份号码", "用血者姓名", "用血者身份证号码"])
    write_xlsx(tmp_path / "红十字会" / "花名册.xlsx", [("Sheet1", rows, merges)])
    ledger = [["无偿献血者用血费用报销台账", "", "", ""], ["献血者情况", "", "用血者情况", ""], ["姓名", "身份证号码", "姓名", "身份证号码"],
              ["", "", "", ""]]
    write_xlsx(tmp_path / "卫健局" / "报销.xlsx", [("Sheet1", ledger, [(0, 0, 0, 3), (1, 0, 1, 1), (1, 2, 1, 3)])])
    result = scan(tmp_path)
    concept_of = {fid: c.id for c in result.concepts for fid in c.field_ids}
    by_label = {(f.path.split("/")[0], f.label, tuple(f.header_path[:-1])): concept_of[f.id] for f in result.fields}
    assert by_label[("红十字会", "用血者姓名", ())] == by_label[("卫健局", "姓名", ("用血者情况",))]
    assert by_label[("红十字会", "姓名", ())] != by_label[("红十字会", "用血者姓名", ())]


def test_a_programmes_relief_category_is_its_own(tmp_path) -> None:
    """u263: 「救助类别」 of a 临时救助申请审批表 (急难型, 支出型) met the 救助类别 of a 低保 and 特困 roster (城乡低保,
    特困供养) through the synonym table. Each programme's relief category is its own; one programme's stay one."""
    from yitaobiao.scan import scan
    from yitaobiao.testing import list_rows, write_xlsx

    for rel, title in (("民政局/临时救助.xlsx", "临时救助申请审批登记台账"), ("民政局/低保.xlsx", "城乡低保对象花名册"),
                       ("民政局/低保2.xlsx", "低保对象动态管理台账")):
        rows, merges = list_rows(title, ["姓名", "公民身份号码", "救助类别"])
        write_xlsx(tmp_path / rel, [("Sheet1", rows, merges)])
    result = scan(tmp_path)
    concept_of = {fid: c.id for c in result.concepts for fid in c.field_ids}
    kind = {f.path: concept_of[f.id] for f in result.fields if f.label == "救助类别"}
    assert kind["民政局/低保.xlsx"] == kind["民政局/低保2.xlsx"] != kind["民政局/临时救助.xlsx"]


def test_how_many_are_held_is_a_count_and_all_crops_qualify_nothing() -> None:
    """u264: 「植保无人机保有量」 is how many drones are held, as 「植保无人机（架）」 asks; 「农作物病虫害防治面积」 of a county
    table is the 病虫害防治面积 of a township's, 农作物 being every crop. A 耕地保有量 in 亩 is land, no count; a
    named crop still sets its figure apart."""
    assert explain("植保无人机（架）", "植保无人机保有量").same
    assert explain("电动自行车保有量（辆）", "电动自行车数").same
    assert not explain("耕地保有量（亩）", "耕地数").same
    assert explain("农作物病虫害防治面积", "病虫害防治面积").same
    assert explain("农作物播种面积", "播种面积").same
    assert not explain("农作物播种面积", "粮食作物播种面积").same
    assert not explain("农作物受灾面积", "农作物成灾面积").same


def test_a_place_is_no_count_of_those_sent_there() -> None:
    """u266: 「安置方式（人）› 集中安置」 of a daily transfer report counts the people settled together; it had joined
    the 安置地点 of four registers, and the notice named 安置地点 among the items most often asked."""
    keys = KeyMaker(load_synonyms())
    from yitaobiao.match import Scorer

    counted = keys.key("集中安置", ("安置方式（人）",), "人")
    for place in ("安置地点", "避险场所", "居住地址"):
        other = keys.key(place, ())
        verdict = Scorer(load_synonyms(), [counted, other]).score(counted, other)
        assert verdict.vetoed and "是地点" in verdict.vetoes[-1], (place, verdict)


def test_the_latest_time_is_the_last_one_and_no_first() -> None:
    """u269, u271: 「最近一次检验日期」 is the 上次检验日期 of another ledger; its 一次 had been read as the number 1,
    which set it apart from every inspection date."""
    from yitaobiao.normalize import numbers_in

    assert numbers_in("最近一次尿检日期") == frozenset() and numbers_in("第一次") == {"1"}
    assert explain("最近一次检验日期", "上次检验日期").same
    assert not explain("最近一次检验日期", "下次检验日期").same


def test_a_maker_or_installer_is_another_body_and_each_field_keeps_its_words(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """u269: on a 特种设备使用登记表, 「设备基本情况 › 制造单位名称」 was read as the registering body's own 单位名称
    and joined the 企业名称 of a 隐患排查台账; the 安装单位名称 beside it, and both 企业名称, were shown with the
    words 「制造单位名称」 of the first field read that way."""
    from yitaobiao.scan import scan
    from yitaobiao.testing import card_rows, list_rows, write_xlsx

    rows, merges = card_rows("特种设备使用登记表", [
        ("设备基本情况", [["设备名称", "设备代码"], ["制造单位名称", "安装单位名称"]]),
        ("设备使用情况", [["使用单位名称", "统一社会信用代码"]])])
    write_xlsx(tmp_path / "市场监管局" / "登记表.xlsx", [("Sheet1", rows, merges)])
    rows, merges = list_rows("工贸企业特种设备安全隐患排查整治台账", ["企业名称", "统一社会信用代码", "隐患描述"])
    write_xlsx(tmp_path / "应急管理局" / "台账.xlsx", [("Sheet1", rows, merges)])
    result = scan(tmp_path)
    concept_of = {fid: c.id for c in result.concepts for fid in c.field_ids}
    by_label = {f.label: f for f in result.fields}
    assert concept_of[by_label["制造单位名称"].id] != concept_of[by_label["企业名称"].id]
    assert {f.label: f.clean_label for f in result.fields if "名称" in f.label} == {
        "设备名称": "设备名称", "制造单位名称": "制造单位名称", "安装单位名称": "安装单位名称", "使用单位名称": "使用单位名称",
        "企业名称": "企业名称"}


def test_the_bereaved_who_arrange_a_funeral_are_one_party_on_every_form(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """u267: the family member of a late person was 经办人 under 「丧属（经办人）情况」 of a 减免申请审批表, 丧属 under
    「丧属（经办人）」 of a death register and 领取人 under 「申请人情况」 of a burial application: three items for one
    person's name and phone. Each stays apart from the late person's own."""
    from yitaobiao.scan import scan
    from yitaobiao.testing import card_rows, list_rows, write_xlsx

    rows, merges = card_rows("基本殡葬服务费用减免申请审批表", [
        ("逝者情况", [["姓名", "公民身份号码"], ["死亡日期", "户籍所在地"]]),
        ("丧属（经办人）情况", [["姓名", "与逝者关系"], ["联系电话", "证件号码"]])])
    write_xlsx(tmp_path / "民政局" / "减免.xlsx", [("Sheet1", rows, merges)])
    rows, merges = card_rows("农村公益性公墓安葬申请表", [
        ("逝者情况", [["姓名", "公民身份号码"], ["死亡日期", "火化证编号"]]),
        ("申请人情况", [["姓名", "与死者关系"], ["手机号码", "身份证号"]])])
    write_xlsx(tmp_path / "乡镇" / "安葬.xlsx", [("Sheet1", rows, merges)])
    rows, merges = list_rows("死亡人员火化安葬情况登记花名册", [
        ("逝者基本情况", ["姓名", "身份证号码"]), "死亡时间", ("丧属（经办人）", ["姓名", "联系电话"])])
    write_xlsx(tmp_path / "乡镇" / "花名册.xlsx", [("Sheet1", rows, merges)])
    result = scan(tmp_path)
    concept_of = {fid: c.id for c in result.concepts for fid in c.field_ids}
    names = {(f.path, f.header_path[0]): concept_of[f.id] for f in result.fields if f.label == "姓名"}
    family = {names[("民政局/减免.xlsx", "丧属（经办人）情况")], names[("乡镇/安葬.xlsx", "申请人情况")],
              names[("乡镇/花名册.xlsx", "丧属（经办人）")]}
    late = {names[("民政局/减免.xlsx", "逝者情况")], names[("乡镇/安葬.xlsx", "逝者情况")]}
    assert len(family) == 1 and family.isdisjoint(late), (family, late)


def test_a_things_name_said_short_under_its_header_is_its_name() -> None:
    """u270, u268: 「经营主体情况 › 主体名称」 and 「健康证明 › 证明编号」 each stood apart from 经营主体名称 and
    健康证明编号 written out. Only a thing's name, kind or number is completed so: 「隐患及整改情况 › 整改措施」 stays
    what it says, and a party's section (被检查单位信息 › 单位名称) is told by whose it is."""
    assert explain("主体名称", "经营主体名称", ["经营主体情况"]).same
    assert explain("主体类型", "经营主体类型", ["经营主体情况"]).same
    assert explain("证明编号", "健康证明编号", ["健康证明"]).same
    assert not explain("证明编号", "健康证明编号", ["出生医学证明"]).same
    from yitaobiao.match import _completed_by_header

    assert _completed_by_header("整改措施", "隐患及整改情况") is None
    assert _completed_by_header("单位名称", "被检查单位信息") is None


def test_a_cooks_health_certificate_is_the_cooks() -> None:
    """u268: 「厨师情况 › 健康证明编号」 of a 农村集体聚餐备案登记表 met a stall keeper's own 健康证明编号; the cook's name
    and phone in that section were already the cook's. A paper one person holds, asked under that person's section,
    is theirs."""
    assert not explain("健康证明编号", "健康证明编号", ["厨师情况"], ["健康证明"]).same
    assert explain("健康证明编号", "健康证明编号", ["厨师情况"], ["厨师"]).same


def test_households_a_body_drives_are_no_household_head() -> None:
    """u270: 「带动农户增收（万元）」 of a 头雁 application was named 户主增收, read as the 户主 of 农户 with 带动 dropped."""
    keys = KeyMaker(load_synonyms())
    assert keys.key("带动农户增收（万元）").role is None and keys.key("服务农户数").role is None
    assert keys.key("农户户主姓名").role == "户主"


def test_a_bare_post_on_a_card_asks_its_holders_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """u269: 「安全管理员 | ___ | 移动电话 | ___」 on a 特种设备使用登记表 stood apart from 「安全管理员 › 姓名」 of a 到期
    台账. A post the table cannot tell from the card's own person (复查人) stays as written."""
    from yitaobiao.scan import scan
    from yitaobiao.testing import card_rows, list_rows, write_xlsx

    rows, merges = card_rows("特种设备使用登记表", [("设备使用情况", [["使用单位名称", "统一社会信用代码"],
                                                             ["安全管理员", "移动电话"]])])
    write_xlsx(tmp_path / "市场监管局" / "登记表.xlsx", [("Sheet1", rows, merges)])
    rows, merges = list_rows("在用特种设备定期检验到期情况台账", ["设备代码", ("安全管理员", ["姓名", "手机号码"])])
    write_xlsx(tmp_path / "市场监管局" / "台账.xlsx", [("Sheet1", rows, merges)])
    result = scan(tmp_path)
    concept_of = {fid: c.id for c in result.concepts for fid in c.field_ids}
    at = {(f.path.split("/")[-1], f.label): concept_of[f.id] for f in result.fields}
    assert at[("登记表.xlsx", "安全管理员")] == at[("台账.xlsx", "姓名")]
    assert at[("登记表.xlsx", "移动电话")] == at[("台账.xlsx", "手机号码")]


def test_machines_are_counted_in_their_own_measure_word() -> None:
    """u269: 「特种设备总台数」, 「在用特种设备总数」 and 「特种设备数量（台）」 count the same machines; 台数 is the 数 of
    things counted in 台, 在用 the ones a register holds."""
    assert explain("特种设备总台数", "特种设备数量（台）").same
    assert explain("特种设备总台数", "在用特种设备总数").same
    assert not explain("特种设备总台数", "检查设备数").same


def test_a_budget_years_money_is_planned_and_no_count() -> None:
    """u274: 「2027年预算数 › 村干部报酬 › 基本报酬」 of a budget table met the 基本报酬 paid on a statistics table, and
    「2026年执行数 › 办公经费」 was read as a count, 办公经费数. What is budgeted is planned; what was spent is the
    plain item."""
    assert not explain("基本报酬", "基本报酬", ["2027年预算数", "村干部报酬"], []).same
    assert explain("基本报酬", "基本报酬", ["2027年预算数", "村干部报酬"], ["2027年预算数", "村干部报酬"]).same
    from yitaobiao.match import _BUDGET_HEADER_RE

    assert _BUDGET_HEADER_RE.match("2026年执行数") and _BUDGET_HEADER_RE.match("本年预算")
    assert not _BUDGET_HEADER_RE.match("预算单位")


def test_a_spent_years_money_on_a_table_of_villages_is_no_count(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """u274: 「2026年执行数 › 办公经费」 of a budget table with a row per village was read as 办公经费数, a count."""
    from yitaobiao.scan import scan
    from yitaobiao.testing import write_xlsx

    rows = [["村级组织运转经费预算安排表", "", "", ""], ["村名", "2026年执行数", "", "2027年预算数"],
            ["", "办公经费", "服务群众专项经费", "办公经费"], ["东村", "", "", ""]]
    write_xlsx(tmp_path / "财政局" / "预算.xlsx", [("Sheet1", rows, [(0, 0, 0, 3), (1, 1, 1, 2), (1, 0, 2, 0)])])
    result = scan(tmp_path)
    spent = {f.cell: f for f in result.fields}["B3"]
    named = {fid: c.name for c in result.concepts for fid in c.field_ids}[spent.id]
    assert not named.endswith("数"), named


def test_the_households_rate_or_charge_is_no_heads_item() -> None:
    """u276: 「农户分类参与率」 was named 户主分类参与率, 「其中：向农户收取的垃圾处理费」 户主收取的垃圾处理费 (who pays,
    reversed) and 「农户自筹」 户主自筹. A 农户's name, number or phone is still its head's."""
    keys = KeyMaker(load_synonyms())
    for label in ("农户分类参与率（%）", "农户自筹", "其中：向农户收取的垃圾处理费"):
        assert keys.key(label).role is None, label
    assert keys.key("农户姓名").role == keys.key("农户联系电话").role == "户主"


def test_a_family_farms_owner_is_its_operator_however_named() -> None:
    """u273: 「农场主姓名」 was read as the card's own 姓名, 「农场主基本情况 › 姓名」 as a 农场主's and 「农场主」 alone as
    an item of its own: one person in three items. Whoever runs a family farm is one party however named."""
    assert explain("农场主姓名", "姓名", [], ["农场主基本情况"]).same
    assert explain("农场主", "姓名", [], ["农场主"]).same
    assert not explain("农场主姓名", "姓名").same


def test_the_shared_words_a_reason_names_are_the_labels_own() -> None:
    """u272, u267, u270: 「地块代码 ~ 地块编码」 gave 「共同词：地块、文号」 and 「项目地点 ~ 建设地点」 「共同词：住址」, the
    synonym table's words for what the labels say. (项目地点 is now the 建设地点 of a works: two places show it.)"""
    for a, b, shown in (("地块代码", "地块编码", "共同词：地块、代码"), ("活动地点", "培训地点", "共同词：地点")):
        assert shown in explain(a, b).reasons, explain(a, b).reasons


def test_a_driver_is_one_person_however_the_register_calls_them() -> None:
    """u275: 「驾驶员信息 › 姓名」 of a vehicle ledger and 「驾驶人情况 › 姓名」 of a school bus permit were two roles."""
    assert explain("姓名", "姓名", ["驾驶员信息"], ["驾驶人情况"]).same
    assert explain("身份证号", "公民身份号码", ["司机"], ["驾驶人信息"]).same
    assert not explain("姓名", "姓名", ["驾驶员信息"], []).same


def test_a_guardians_relation_to_the_child_a_card_is_about_is_to_its_own_person() -> None:
    """u277: 「申请人（监护人）情况 › 与子女关系」 stood apart from 「监护人情况 › 与学生关系」 and 与儿童关系."""
    assert explain("与子女关系", "与学生关系", ["申请人（监护人）情况"], ["监护人情况"]).same


def test_a_village_and_groups_post_is_the_post() -> None:
    """u280: 「村组包保责任人」 was cut to 组包保责任人 and kept apart from 「村（社区）包保责任人 › 姓名」."""
    assert explain("姓名", "姓名", ["村组包保责任人"], ["村（社区）包保责任人"]).same


def test_an_amount_takes_the_money_unit_its_forms_unit_line_states(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """u278: the county's 「2.社会保险补贴」 under 「单位：万元」 met a roster's 「补贴标准（元/月） › 社会保险补贴」, a
    monthly standard per person; the amount's label gave no unit. A line of several units states none."""
    from yitaobiao.scan import scan
    from yitaobiao.testing import list_rows, write_xlsx

    rows = [["就业补助资金收支情况表", "", ""], ["单位：万元", "", ""], ["项目", "本年", "上年同期"],
            ["1.职业培训补贴", "", ""], ["2.社会保险补贴", "", ""]]
    write_xlsx(tmp_path / "财政局" / "收支.xlsx", [("Sheet1", rows, [(0, 0, 0, 2)])])
    rows, merges = list_rows("公益性岗位安置人员花名册", ["姓名", "公民身份号码", ("补贴标准（元/月）", ["岗位补贴", "社会保险补贴"])])
    write_xlsx(tmp_path / "人社局" / "花名册.xlsx", [("Sheet1", rows, merges)])
    result = scan(tmp_path)
    concept_of = {fid: c.id for c in result.concepts for fid in c.field_ids}
    by = {(f.path.split("/")[0], f.label.strip()): concept_of[f.id] for f in result.fields}
    assert by[("财政局", "2.社会保险补贴")] != by[("人社局", "社会保险补贴")]
    from yitaobiao.match import _money_unit_stated

    assert _money_unit_stated(result.fields[0], "人、元") is None


def test_the_house_built_is_not_the_house_that_stood() -> None:
    """u282: 「改造后房屋情况 › 结构类型 | 建筑面积」 of a 危房改造竣工验收表 met the 房屋结构 and 建筑面积 a 申请表 asks of
    the house as it stands, through the synonym table (two look-alike pairs)."""
    assert not explain("结构类型", "房屋结构", ["改造后房屋情况"], ["现住房情况"]).same
    assert not explain("建筑面积（㎡）", "建筑面积（平方米）", ["改造后房屋情况"], ["现住房情况"]).same
    assert explain("结构类型", "结构类型", ["改造后房屋情况"], ["改造后房屋情况"]).same


def test_a_platform_count_keeps_its_word() -> None:
    """u288: 「街道（乡镇）社会保障服务平台数」 was named 「…服务平数」: 台数 after 平 counts no machines."""
    assert explain("街道（乡镇）社会保障服务平台数", "平台数").a.text.endswith("平台数")
    assert explain("特种设备总台数", "特种设备数量（台）").same


def test_a_count_of_people_of_a_kind_is_no_item_of_one_of_them() -> None:
    """u288: 「供养直系亲属人数」 counts the dependants; it was read as a family member's 人数 and named
    「家庭成员人数」."""
    key = explain("供养直系亲属人数", "家庭人口数").a
    assert key.role is None and "供养直系亲属" in key.text
    assert explain("监护人姓名", "监护人姓名").a.role == "监护人"


def test_the_date_of_leaving_work_on_a_pension() -> None:
    """u288: 离退休日期 (人社 离退休人员信息) is the 退休时间 of the other forms; no other date."""
    assert explain("离退休日期", "退休时间").same
    assert explain("离退休日期", "办理退休时间").same
    assert not explain("离退休日期", "死亡日期").same


def test_a_kind_of_case_is_of_the_stage_that_counts_it() -> None:
    """u286: 「排查出矛盾纠纷 › 其中：婚姻家庭纠纷」 and 「调解矛盾纠纷 › 其中：婚姻家庭纠纷」 were one item: the disputes
    found and the disputes mediated are counted apart, and so are their kinds. A population under a count
    (现有吸毒人员 › 其中：社区戒毒人员) is still the population."""
    assert not explain("其中：婚姻家庭纠纷", "其中：婚姻家庭纠纷", ["排查出矛盾纠纷"], ["2.调解矛盾纠纷"]).same
    assert explain("其中：婚姻家庭纠纷", "其中：婚姻家庭纠纷", ["调解矛盾纠纷"], ["调解矛盾纠纷"]).same
    assert explain("其中：社区戒毒人员", "社区戒毒人员", ["现有吸毒人员"], ["人员情况"]).same
    # (u369: 「排查发现隐患 › 已整改隐患」 is a stage of the hazards found, named in full; no 排查发现隐患已整改隐患数)
    assert MAKER.key("已整改隐患", ["排查发现隐患"], "项").text == "已整改隐患数"
    # (u464: 「已排查燃气用户总数 › 其中：居民用户」 counts the users checked, no 燃气用户底数 › 居民用户)
    assert not explain("其中：居民用户", "居民用户", ["已排查燃气用户总数"], ["燃气用户底数"]).same


def test_what_is_due_is_no_item_done_and_a_bodys_domicile_is_registered() -> None:
    """u285: 「补种情况 › 应补种 › 疫苗名称」 (the vaccine due) met the 疫苗名称 an 异常反应 case was given; a 托育机构's
    「机构住所」 (where it is registered) met the 经营场所 of another form, read through 住所 = 地址."""
    assert not explain("疫苗名称", "疫苗名称", ["补种情况", "应补种"], ["疫苗接种情况"]).same
    assert explain("疫苗名称", "疫苗名称", ["应补种"], ["应补种"]).same
    assert not explain("机构住所", "经营场所").same
    assert explain("机构住所", "注册地址").same
    assert explain("园址", "机构地址").same


def test_cases_counted_in_qi_or_jian_are_one_measure() -> None:
    """u286: the police's 排查发现矛盾纠纷（起） stood apart from the 司法所's 排查矛盾纠纷（件）: 「计量单位不可换算」.
    起 and 件 both count cases."""
    assert explain("排查矛盾纠纷（件）", "排查矛盾纠纷（起）").same
    assert explain("排查发现隐患（项）", "排查发现隐患（条）").same  # (u369: 「计量单位不可换算：项 ≠ 条」)
    assert not explain("排查矛盾纠纷（件）", "排查矛盾纠纷（人）").same


def test_stock_counted_in_shu_or_liang_is_one_figure() -> None:
    """u287: a farm register's 存栏量（头/只） and a 备案登记表's 存栏数（头/只） stood apart: 畜牧业统计's stock on
    hand, however a form ends it. Stock is no slaughter."""
    assert explain("存栏量（头/只）", "存栏数（头/只）").same
    assert explain("上年出栏量", "上年出栏数").same
    assert not explain("存栏量", "出栏量").same


def test_a_monthly_amount_in_yuan_is_the_amount_per_month(tmp_path: Path) -> None:
    """u292, u289: 「月补贴标准（元）」 of a roster and 「补贴标准（元/月）」 of a payment list were kept apart by
    「计量单位不可换算：元 ≠ 元/月」, though 月 says per month; 「人均月基本养老金」 too."""
    from yitaobiao.scan import scan
    from yitaobiao.testing import list_rows, write_xlsx

    write_xlsx(tmp_path / "宣传部" / "花名册.xlsx",
               [("Sheet1", *list_rows("管理员花名册", ["姓名", "月补贴标准（元）", "人均月基本养老金（元）"]))])
    write_xlsx(tmp_path / "乡镇" / "发放.xlsx",
               [("Sheet1", *list_rows("补贴发放花名册", ["姓名", "补贴标准（元/月）", "月人均基本养老金（元）", "发放金额（元）"]))])
    result = scan(tmp_path)
    concept_of = {fid: c.id for c in result.concepts for fid in c.field_ids}
    at = {f.label: concept_of[f.id] for f in result.fields}
    assert at["月补贴标准（元）"] == at["补贴标准（元/月）"]
    assert at["人均月基本养老金（元）"] == at["月人均基本养老金（元）"]
    assert at["发放金额（元）"] != at["补贴标准（元/月）"]


def test_an_age_band_said_as_those_who_are_so_is_that_band() -> None:
    """u291: 「在岗乡村医生人数 › 60岁以上的」 stood apart from 「… › 60岁以上」: 「…的」 counts those of them who are
    so. A clause keeps its 的 (see above), and so does 目的."""
    assert explain("60岁以上的", "60岁以上", ["在岗乡村医生人数"], ["在岗乡村医生人数"]).same
    assert not explain("60岁以上的", "60岁以上", ["在岗乡村医生人数"], ["户籍人口"]).same
    assert explain("出行目的", "出行目的").a.text.endswith("目的")


def test_a_union_membership_card_is_no_bank_account() -> None:
    """u289: a 会员实名制花名册's 会员卡号 joined the 银行账号 of three payment forms (会员 read as droppable, 卡号 an
    alias of 银行账号)."""
    assert not explain("会员卡号", "银行账号").same
    assert explain("会员卡号", "工会会员证号").same
    assert explain("卡号", "银行账号").same


def test_a_volunteers_registration_is_no_founding_and_a_bodys_is(tmp_path: Path) -> None:
    """u292: a 文化志愿者登记花名册's 注册时间 was read through its title as 登记注册时间, a body's 成立日期, and joined a
    team's 成立时间. What the title does (登记, 花名册) names no thing; a body's own 注册日期 is its 成立日期."""
    from yitaobiao.scan import scan
    from yitaobiao.testing import list_rows, write_xlsx

    assert MAKER.as_its_title_names("注册时间", "文化志愿者登记花名册") == "注册时间"
    write_xlsx(tmp_path / "文旅局" / "志愿者.xlsx",
               [("Sheet1", *list_rows("文化志愿者登记花名册", ["姓名", "公民身份号码", "注册时间"]))])
    write_xlsx(tmp_path / "文旅局" / "团队.xlsx",
               [("Sheet1", *list_rows("业余文艺团队登记花名册", ["团队名称", "负责人", "成立时间"]))])
    write_xlsx(tmp_path / "市场监管局" / "企业.xlsx",
               [("Sheet1", *list_rows("企业登记信息台账", ["企业名称", "统一社会信用代码", "注册日期"]))])
    result = scan(tmp_path)
    concept_of = {fid: c.id for c in result.concepts for fid in c.field_ids}
    at = {f.label: concept_of[f.id] for f in result.fields}
    assert at["注册时间"] != at["成立时间"]
    assert at["注册日期"] == at["成立时间"]


def test_a_total_named_by_what_its_header_counts_is_the_headers_count() -> None:
    """u292: 「参与人数（人） › 总人数」 of an activity and 「团队人数（人） › 总人数」 of a team were one item: the 总人数
    under a header counting people is that header's count."""
    assert not explain("总人数", "总人数", ["参与人数（人）"], ["团队人数（人）"]).same
    assert explain("总人数", "参与人数", ["参与人数（人）"]).same


def test_a_planned_date_is_no_date_of_what_was_done() -> None:
    """u296: 「计划工期 › 开工时间」 of a works plan met the 开工日期 of the 交工验收 record: 计划 qualified only figures.
    A plan's dates are planned too; its 改造方式 is still the 改造方式 (u209)."""
    assert not explain("开工时间", "开工日期", ["计划工期"], ["工期"]).same
    assert explain("改造方式", "改造方式", ["改造计划"], []).same


def test_a_rate_per_kilometre_and_year_is_no_monthly_subsidy() -> None:
    """u296: a 养护资金分配表's 补助标准（元/公里·年） had no unit and joined the 护路员's 月补助标准（元）."""
    from yitaobiao.layout import unit_in_label

    assert unit_in_label("补助标准（元/公里·年）") == "元/公里/年"
    assert not explain("补助标准（元/公里·年）", "月补助标准（元/月）").same


def test_the_head_or_relation_to_the_head_asks_the_relation() -> None:
    """u297: 公安's 常住人口登记表 prints 「户主或与户主关系」 (户主 one of its answers); it was read as the 户主's
    item and kept from 与户主关系."""
    assert explain("户主或与户主关系", "与户主关系").same


def test_the_cards_own_persons_section_is_no_section_of_the_item(tmp_path: Path) -> None:
    """u295: a 创业担保贷款申请表 asks 联系电话 under 申请人基本情况 and under 创业项目情况; the applicant's phone was
    split off as 「联系电话（申请人基本情况）」, apart from every roster's 联系电话. The card's own person's section
    goes with the plain item; the business's section stays apart."""
    from yitaobiao.scan import scan
    from yitaobiao.testing import list_rows, write_xlsx

    card = [["创业担保贷款申请表", "", "", ""], ["申请人基本情况", "", "", ""], ["姓名", "", "联系电话", ""],
            ["创业项目情况", "", "", ""], ["项目名称", "", "联系电话", ""]]
    write_xlsx(tmp_path / "退役军人事务局" / "申请表.xlsx", [("Sheet1", card, [(0, 0, 0, 3), (1, 0, 1, 3), (3, 0, 3, 3)])])
    other = [["一次性创业补贴申请表", "", "", ""], ["申请人情况", "", "", ""], ["姓名", "", "联系电话", ""],
             ["创业实体情况", "", "", ""], ["实体名称", "", "联系电话", ""]]
    write_xlsx(tmp_path / "人社局" / "补贴申请表.xlsx", [("Sheet1", other, [(0, 0, 0, 3), (1, 0, 1, 3), (3, 0, 3, 3)])])
    write_xlsx(tmp_path / "人社局" / "花名册.xlsx",
               [("Sheet1", *list_rows("退役军人花名册", ["姓名", "公民身份号码", "联系电话"]))])
    result = scan(tmp_path)
    concept_of = {fid: c.id for c in result.concepts for fid in c.field_ids}
    phones = {(f.path.split("/")[-1], f.cell): concept_of[f.id] for f in result.fields if f.label == "联系电话"}
    assert phones[("补贴申请表.xlsx", "C3")] == phones[("申请表.xlsx", "C3")]
    assert phones[("申请表.xlsx", "C3")] == phones[("花名册.xlsx", next(c for (p, c) in phones if p == "花名册.xlsx"))]
    assert phones[("申请表.xlsx", "C5")] != phones[("申请表.xlsx", "C3")]


def test_a_register_of_businesses_phone_is_its_operators(tmp_path: Path) -> None:
    """u298: 「个体工商户名称 | 经营者姓名 | 联系电话」 of a 年报清理台账: the phone was read as a 联系人's the register
    never names, and stood apart from every other 经营者联系电话. A register naming a contact keeps it theirs."""
    from yitaobiao.scan import scan
    from yitaobiao.testing import list_rows, write_xlsx

    write_xlsx(tmp_path / "市场监管局" / "台账.xlsx",
               [("Sheet1", *list_rows("个体工商户年报清理台账", ["个体工商户名称", "统一社会信用代码", "经营者", "成立日期", "联系电话"]))])
    card = [["纾困帮扶需求登记表", "", "", ""], ["经营者姓名", "", "经营者联系电话", ""], ["市场主体名称", "", "", ""]]
    write_xlsx(tmp_path / "乡镇" / "登记表.xlsx", [("Sheet1", card, [(0, 0, 0, 3)])])
    write_xlsx(tmp_path / "税务局" / "台账.xlsx",
               [("Sheet1", *list_rows("纳税人台账", ["纳税人名称", "联系人", "联系电话"]))])
    result = scan(tmp_path)
    concept_of = {fid: c.id for c in result.concepts for fid in c.field_ids}
    at = {(f.path.split("/")[0], f.label): concept_of[f.id] for f in result.fields}
    assert at[("市场监管局", "联系电话")] == at[("乡镇", "经营者联系电话")]
    assert at[("税务局", "联系电话")] != at[("乡镇", "经营者联系电话")]


def test_places_counted_in_chu_or_ge_are_one_measure() -> None:
    """u294: 宗教活动场所总数（处） of a county table stood apart from 辖区宗教活动场所（个） of a township's:
    「计量单位不可换算：处 ≠ 个」. Both count places."""
    assert explain("宗教活动场所数（处）", "宗教活动场所数（个）").same
    assert not explain("宗教活动场所数（处）", "宗教活动场所数（人）").same


def test_a_kind_of_payment_under_an_amount_paid_is_that_kinds_amount() -> None:
    """u299: 「补贴发放金额（万元） › 其中：护理补贴」 of a township's payment table joined the 护理补贴（元/月） a roster
    grants each person, a rate, and stood apart from 「护理补贴发放金额」 of another table: it is that amount."""
    part = MAKER.key("  其中：护理补贴", ("补贴发放金额",), "万元")
    assert part.text == MAKER.key("护理补贴发放金额", (), "万元").text
    assert part.text != MAKER.key("护理补贴（元/月）", ("补贴标准",)).text
    assert MAKER.key("  其中：临时救助", ("救助资金支出",)).text == "临时救助资金支出"
    assert MAKER.key("其中：女", ("救助人数",)).text != "女救助人数"  # (a count's part: its own rule)


def test_a_phone_header_breaks_down_by_whose_phone() -> None:
    """wf53: 「手机号码 › 村、社区 | 本人或亲属」 (a renamed 「联系人电话」) read its 村、社区 as the record's village; under a
    phone header a column says whose phone it is. A phone of its own under it stays that phone (u257: 「联系方式 ›
    本人电话 | 家属联系电话」)."""
    assert MAKER.key("村、社区", ("手机号码",)).text == "手机号码村、社区"
    assert not explain("村、社区", "所属村", context_a=("手机号码",)).same
    assert MAKER.key("家属联系电话", ("联系方式",)).text == MAKER.key("家属联系电话").text


def test_a_term_word_and_a_certificates_number_are_read_whole() -> None:
    """u305: 「本次聘期 › 起始时间」 was named 「本次聘起始时间」 (the 期 of 聘期 dropped as a term's); u302: 收养登记证字号
    stood apart from 收养登记证号; a 出生医学证明's 领证人姓名 was read as the newborn's own 姓名."""
    assert MAKER.key("起始时间", ("聘用情况", "本次聘期")).text == "聘期起始时间"  # (本次: this one, u385)
    assert MAKER.key("矫正期起始日期").text == "矫正起始日期"
    assert explain("收养登记证字号", "收养登记证号").same and not explain("字号名称", "名称").same
    assert MAKER.key("领证人姓名").role == "领证人"
    # (u301: 户口迁入本地日期 stood apart from 户口迁入日期; u305: 管护区域四至范围 from 管护区域四至)
    assert explain("户口迁入本地日期", "户口迁入日期").same and explain("迁入本村时间", "迁入日期").same
    assert explain("管护区域四至范围", "管护区域四至").same and not explain("迁入本村时间", "迁出日期").same


def test_this_terms_column_is_the_item_and_a_power_in_kw_is_in_kilowatts() -> None:
    """u309: 「登记选民数 › 本届 | 上届」 of a township's 选民登记 台账 was named 本届数 and 上届数, counts of nothing, apart from
    the 登记选民数 of the county's table; u306: 主机总功率（kW） had no unit."""
    fields = [at("F1.1", "B4", "村名"), at("F1.2", "F5", "本届", "登记选民数"), at("F1.3", "G5", "上届", "登记选民数"),
              at("F2.1", "A5", "登记选民数")]
    forms = [form_of("F1", "选民登记工作情况台账", Layout.LIST, Subject.PLACE),
             form_of("F2", "换届选举情况统计表", Layout.INDICATOR, Subject.AGGREGATE)]
    concepts = match_fields(fields, SYN, forms=forms).concepts
    of = {fid: c for c in concepts for fid in c.field_ids}
    assert of["F1.2"] is of["F2.1"] is not of["F1.3"]
    assert of["F1.3"].name == "上届登记选民数"
    assert explain("主机总功率（kW）", "主机总功率（千瓦）").same


def test_an_allocations_kind_of_fund_and_a_charge_named_in_full_are_read_as_written() -> None:
    """u249: 「补贴资金 › 购置补贴」 of a county's allocation table met the 购置补贴额 of one application; it is the
    补贴资金 of that kind. u281, u308: 「参保缴费情况 › 个人缴费金额」 was read 参保缴费个人缴费金额, the section's charge said
    twice. A column adding only 金额 to a payment's name stays the payment (u278: 「补贴金额 › 岗位补贴」 is 岗位补贴（元）)."""
    assert MAKER.key("购置补贴", ("补贴资金",), "万元").text == "购置补贴资金"
    # (u311: 「保费来源 › 财政补贴 › 中央财政」 of a 测算表 is the 中央财政补贴 an application asks outright)
    assert MAKER.key("中央财政", ("保费来源", "财政补贴"), "元").text == "中央财政补贴"
    assert MAKER.key("个人缴费金额（元）", ("参保缴费情况",)).text == "个人缴费金额"
    assert MAKER.key("减免金额", ("水费",)).text == "水费减免金额"
    assert MAKER.key("岗位补贴", ("补贴金额",), "元").text == MAKER.key("岗位补贴（元）").text
    # (u362: 「缴费金额 › 个人缴费（元）」 of a 参保缴费花名册 stood apart from a card's 个人缴费金额（元）: 缴费 is the
    # paying, no sum of its own)
    assert MAKER.key("个人缴费（元）", ("参保缴费情况", "缴费金额")).text == MAKER.key("个人缴费金额（元）").text


def test_the_ward_of_a_guardians_application_is_the_records_own_person() -> None:
    """u312: 「申请人（监护人）情况 | 被监护人（患者）情况」 of a 监护补贴申请审批表 made the patient a 被监护人, apart from the
    姓名 and 公民身份号码 every roster of patients asks; the applicant, its note says, is the guardian."""
    fields = [at("F1.1", "B1", "姓名", "申请人（监护人）情况"), at("F1.2", "B2", "身份证号码", "申请人（监护人）情况"),
              at("F1.3", "B4", "姓名", "被监护人（患者）情况"), at("F1.4", "B5", "身份证号码", "被监护人（患者）情况"),
              at("F2.1", "B3", "姓名"), at("F2.2", "C3", "公民身份号码"), at("F2.3", "D3", "监护人姓名")]
    forms = [form_of("F1", "困难精神障碍患者监护补贴申请审批表", Layout.CARD, Subject.PERSON),
             form_of("F2", "严重精神障碍患者花名册", Layout.LIST, Subject.PERSON)]
    of = {fid: c for c in match_fields(fields, SYN, forms=forms).concepts for fid in c.field_ids}
    assert of["F1.3"] is of["F2.1"] and of["F1.4"] is of["F2.2"]
    assert of["F1.1"] is of["F2.3"] is not of["F2.1"]


def test_a_register_of_homestays_names_its_own_homestay(tmp_path: Path) -> None:
    """u320: 「民宿名称」 and 「民宿地址」 on a 乡村民宿备案台账 stood apart from the 单位名称 and 单位地址 every other
    department's register of the same homestays asks: on a register of 民宿 the 民宿 is the row's own body, as a
    加油站 is on a register of 加油站. A person's register names where one works, no body of its own."""
    from yitaobiao.testing import list_rows, write_xlsx

    rows, merges = list_rows("乡村民宿备案台账", ["民宿名称", "民宿地址", "客房数（间）"])
    write_xlsx(tmp_path / "文旅局" / "备案.xlsx", [("Sheet1", rows, merges)])
    rows, merges = list_rows("农家乐消防安全检查台账", ["单位名称", "单位地址", "统一社会信用代码", "检查日期"])
    write_xlsx(tmp_path / "消防救援大队" / "检查.xlsx", [("Sheet1", rows, merges)])
    rows, merges = list_rows("民宿从业人员花名册", ["姓名", "公民身份号码", "所在民宿名称"])
    write_xlsx(tmp_path / "公安局" / "从业人员.xlsx", [("Sheet1", rows, merges)])
    cell = concept_by_cell(tmp_path)
    assert cell[("文旅局", "B3")] == cell[("消防救援大队", "B3")] and cell[("文旅局", "C3")] == cell[("消防救援大队", "C3")]
    assert cell[("公安局", "D3")] != cell[("消防救援大队", "B3")]


def test_a_register_of_retail_outlets_names_its_own_outlet(tmp_path: Path) -> None:
    """u323: 「网点基本情况 › 网点名称」 on a 烟花爆竹零售网点消防安全检查记录台账 stood apart from every other register's
    单位名称 of the same shops: a 网点 is a kind of body, the register's own when its title names it."""
    from yitaobiao.testing import list_rows, write_xlsx

    rows, merges = list_rows("烟花爆竹零售网点消防安全检查记录台账", ["网点名称", "检查日期"])
    write_xlsx(tmp_path / "消防救援大队" / "检查.xlsx", [("Sheet1", rows, merges)])
    rows, merges = list_rows("烟花爆竹零售经营单位安全检查台账", ["单位名称", "统一社会信用代码"])
    write_xlsx(tmp_path / "应急管理局" / "台账.xlsx", [("Sheet1", rows, merges)])
    cell = concept_by_cell(tmp_path)
    assert cell[("消防救援大队", "B3")] == cell[("应急管理局", "B3")]


def test_a_role_said_short_beside_its_full_name_is_that_role(tmp_path: Path) -> None:
    """u321: 「责任人联系电话」 beside 「帮扶责任人」 on a 监测对象信息采集表 stood apart from every 帮扶台账's 「帮扶责任人 ›
    联系电话」, though its name had joined theirs. A form naming 负责人 and 安全负责人 both keeps each its own."""
    from yitaobiao.testing import list_rows, write_xlsx

    rows, merges = list_rows("防止返贫监测对象信息采集表", ["户主姓名", "帮扶责任人", "责任人联系电话"])
    write_xlsx(tmp_path / "乡村振兴局" / "采集.xlsx", [("Sheet1", rows, merges)])
    rows, merges = list_rows("防止返贫监测对象帮扶台账", ["户主姓名", "帮扶责任人姓名", "帮扶责任人联系电话"])
    write_xlsx(tmp_path / "帮扶办" / "台账.xlsx", [("Sheet1", rows, merges)])
    rows, merges = list_rows("企业安全生产登记表", ["企业名称", "负责人", "负责人联系电话", "安全负责人", "安全负责人电话"])
    write_xlsx(tmp_path / "应急管理局" / "企业.xlsx", [("Sheet1", rows, merges)])
    cell = concept_by_cell(tmp_path)
    assert cell[("乡村振兴局", "D3")] == cell[("帮扶办", "D3")] and cell[("乡村振兴局", "C3")] == cell[("帮扶办", "C3")]
    assert cell[("应急管理局", "D3")] != cell[("应急管理局", "F3")]


def test_a_village_committees_head_keeps_the_village() -> None:
    """u326: 「四、村民委员会负责人 › 姓名」 was named 民委员会负责人姓名: the 村 a village post opens with (村党组织书记 is
    a 党组织书记) was taken off 村民 and 村委 too."""
    assert MAKER.key("姓名", ("四、村民委员会负责人",)).role == "村民委员会负责人"
    assert MAKER.key("联系电话", ("村委会负责人",)).role == "村委会负责人"
    assert MAKER.key("姓名", ("村党组织书记",)).role == "党组织书记"


def test_a_register_of_scrapped_cars_asks_the_car_given_up_and_an_application_the_new_one_plainly() -> None:
    """u335: 「车辆信息 › 号牌号码 | 车辆识别代号 | 品牌型号」 of a 报废机动车注销登记台账 met an 报废更新 application's
    「新购车辆信息 › 号牌号码」 (two look-alikes), not its 「报废车辆信息 › 号牌号码」; a 审核表's 「报废车辆号牌号码」 and
    「新车号牌号码」 were items alone."""
    from yitaobiao.model import Layout

    police = [at("F1.1", "B4", "号牌号码", "车辆信息"), at("F1.2", "D4", "车辆识别代号", "车辆信息"),
              at("F1.3", "E4", "品牌型号", "车辆信息")]
    application = [at("F2.1", "B8", "号牌号码", "报废车辆信息"), at("F2.2", "D8", "车辆识别代号（VIN）", "报废车辆信息"),
                   at("F2.3", "B11", "号牌号码", "新购车辆信息"), at("F2.4", "D11", "车辆识别代号（VIN）", "新购车辆信息")]
    review = [at("F3.1", "B3", "报废车辆号牌号码", "车辆情况"), at("F3.2", "D3", "新车号牌号码", "车辆情况")]
    fields = police + application + review
    _match_forms(fields, [form_of("F1", "报废机动车注销登记台账", Layout.LIST, Subject.ORGANISATION),
                          form_of("F2", "汽车报废更新补贴申请表", Layout.CARD, Subject.PERSON),
                          form_of("F3", "汽车报废更新补贴资金审核表", Layout.CARD, Subject.PERSON)])
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2") and same(fields, "F2.1", "F3.1")
    assert not same(fields, "F1.1", "F2.3") and not same(fields, "F1.2", "F2.4")
    assert same(fields, "F2.3", "F3.2")


def test_a_contact_under_another_bodys_header_is_that_bodys() -> None:
    """「施工单位 › 联系人 | 联系电话」: the phone was the 施工单位's and the 联系人 anyone's, free to meet the record's own
    联系人 of another form; the body the record is (申请单位, 申报单位) still has the record's own contact."""
    assert MAKER.key("联系人", ("施工单位",)).role == "施工单位联系人"
    assert MAKER.key("联系人", ("施工单位",)).canonical == MAKER.key("施工单位联系人").canonical
    assert MAKER.key("联系人", ("二、施工单位情况",)).role == "施工单位联系人"
    assert MAKER.key("联系人", ("申报单位情况",)).canonical == MAKER.key("联系人").canonical
    assert MAKER.key("联系人", ("申请单位",)).canonical == MAKER.key("联系人").canonical


def test_a_register_titled_by_its_households_names_them_by_their_heads_and_a_gas_user_is_no_household() -> None:
    """u333: 「农户姓名 | 证件号码 | 手机号码」 of a 种粮农户售粮情况登记台账 were read as the register's own person (its title
    names 农户), and met none of the 户主's items a 补贴面积花名册 asks; a 燃气用户's 用户姓名 is no 户主姓名 (u252)."""
    from yitaobiao.model import Layout

    sales = [at("F1.1", "B3", "农户姓名"), at("F1.2", "C3", "证件号码"), at("F1.3", "D3", "手机号码")]
    roster = [at("F2.1", "B4", "户主姓名"), at("F2.2", "C4", "身份证号码"), at("F2.3", "D4", "联系电话")]
    fields = sales + roster
    _match_forms(fields, [form_of("F1", "种粮农户售粮情况登记台账", Layout.LIST, Subject.HOUSEHOLD),
                          form_of("F2", "耕地地力保护补贴面积核实登记花名册", Layout.LIST, Subject.HOUSEHOLD)])
    assert all(same(fields, f"F1.{n}", f"F2.{n}") for n in (1, 2, 3))
    assert MAKER.key("用户姓名").role != "户主" and MAKER.key("客户姓名").role != "户主"


def test_a_group_header_naming_the_titles_programme_qualifies_nothing() -> None:
    """u333: 「耕地地力保护补贴 › 补贴标准（元/亩） | 补贴金额（元）」 of a 耕地地力保护补贴面积核实登记花名册 became
    「耕地地力保护补贴补贴标准」, met by no other form's 补贴标准; a measure the title names (稻谷种植面积 › 早稻) still
    names what its columns break down."""
    from yitaobiao.model import Layout

    roster = [at("F1.1", "B4", "户主姓名"), at("F1.2", "I5", "补贴标准（元/亩）", "耕地地力保护补贴"),
              at("F1.3", "J5", "补贴金额（元）", "耕地地力保护补贴")]
    payments = [at("F2.1", "B4", "户主姓名"), at("F2.2", "F3", "补贴标准（元/亩）"), at("F2.3", "G3", "补贴金额（元）")]
    rice = [at("F3.1", "B4", "户主姓名"), at("F3.2", "E4", "早稻", "稻谷种植面积")]
    fields = roster + payments + rice
    _match_forms(fields, [form_of("F1", "耕地地力保护补贴面积核实登记花名册", Layout.LIST, Subject.HOUSEHOLD),
                          form_of("F2", "耕地地力保护补贴资金发放明细表", Layout.LIST, Subject.HOUSEHOLD),
                          form_of("F3", "稻谷种植面积核实台账", Layout.LIST, Subject.HOUSEHOLD)])
    assert same(fields, "F1.2", "F2.2") and same(fields, "F1.3", "F2.3")
    assert "稻谷" in next(f for f in fields if f.id == "F3.2").label_key


def test_copies_handed_out_are_counted_however_the_count_is_said() -> None:
    """u334: 「发放宣传资料 | 份」 of a school's table and 「发放宣传资料份数」 of a township's were two items."""
    assert MAKER.key("发放宣传资料份数").text == MAKER.key("发放宣传资料", (), "份").text == "发放宣传资料数"
    assert MAKER.key("宣传册册数").text == MAKER.key("宣传册", (), "册").text


def test_labels_one_kind_of_site_apart_are_two_items() -> None:
    """u338: 「新时代文明实践所数」 (a township's 所) and 「辖区新时代文明实践站数」 (a village's 站) were one item, and the
    village table's 站数 met no 站数 of the county's; 村级 and 镇级 河长 stay apart too."""
    from yitaobiao.model import Layout

    county = [at("F1.1", "A7", "新时代文明实践所数"), at("F1.2", "A8", "新时代文明实践站数")]
    village = [at("F2.1", "A8", "辖区新时代文明实践站数")]
    fields = county + village
    _match_forms(fields, [form_of("F1", "新时代文明实践中心（所、站）建设情况统计表", Layout.INDICATOR, Subject.AGGREGATE),
                          form_of("F2", "村（社区）新时代文明实践站建设情况统计表", Layout.INDICATOR, Subject.AGGREGATE)])
    assert same(fields, "F1.2", "F2.1") and not same(fields, "F1.1", "F2.1")
    assert not explain("新时代文明实践所数", "新时代文明实践站数").same
    assert any("场所或层级不同" in r for r in explain("村级河长姓名", "镇级河长姓名").reasons)
    assert not any("场所或层级不同" in r for r in explain("就读学校名称", "就读学院名称").reasons)  # (a kind of school)


def test_a_students_university_and_examinee_number_however_worded() -> None:
    """u340: 「录取高校」 of a 新生入学资助申请表 met no 就读高校, and its 「高考报名号」 no 考生号 (the same number); an
    exam sitting's 准考证号 is another."""
    assert explain("录取高校", "就读高校").same and explain("高考报名号", "考生号").same
    assert not explain("准考证号", "考生号").same


def test_a_carer_is_someone_else_however_the_column_names_them() -> None:
    """u343: 「照护人姓名 | 照护人联系电话」 of a 长期护理保险居家护理服务对象名册 were read as the roster's own 姓名 and 联系电话
    (an unknown word before 姓名 dropped), two look-alikes; a card's 「照护情况 › 主要照护人 | 手机号码」 is the same carer."""
    assert not explain("照护人姓名", "姓名").same and not explain("照护人联系电话", "联系电话").same
    assert explain("照护人姓名", "主要照护人", context_b=("照护情况",)).same
    assert explain("照护人联系电话", "手机号码", context_b=("照护情况",)).same


def test_a_roster_of_members_asks_their_relation_under_their_own_header() -> None:
    """u347: 「户主情况 › 姓名 | 家庭成员情况 › 基本信息 › 姓名 | 与户主关系 … | 就业情况 › 就业地点 | 就业单位」 of a
    劳动力资源调查花名册: each row is a member. Their 基本信息 had met every roster's own items but their 就业情况
    was a 家庭成员's, apart from the 务工地点 and 工作单位 of the other rosters; a card's 家庭成员 stay other people."""
    from yitaobiao.model import Layout

    members = [at("F1.1", "C4", "姓名", "户主情况"), at("F1.2", "F5", "姓名", "家庭成员情况", "基本信息"),
               at("F1.3", "G5", "与户主关系", "家庭成员情况", "基本信息"),
               at("F1.4", "H5", "公民身份号码", "家庭成员情况", "基本信息"),
               at("F1.5", "L5", "就业地点", "家庭成员情况", "就业情况"), at("F1.6", "M5", "就业单位", "家庭成员情况", "就业情况")]
    workers = [at("F2.1", "B3", "姓名"), at("F2.2", "C3", "公民身份号码"), at("F2.3", "D3", "务工地点"),
               at("F2.4", "E3", "工作单位")]
    card = [at("F3.1", "B3", "姓名", "申请人情况"), at("F3.2", "B8", "姓名", "家庭成员情况", "基本信息")]
    fields = members + workers + card
    _match_forms(fields, [form_of("F1", "农村劳动力资源调查花名册", Layout.LIST, Subject.PERSON),
                          form_of("F2", "外出务工人员花名册", Layout.LIST, Subject.PERSON),
                          form_of("F3", "临时救助申请表", Layout.CARD, Subject.PERSON)])
    assert same(fields, "F1.2", "F2.1") and same(fields, "F1.4", "F2.2")
    assert same(fields, "F1.5", "F2.3") and same(fields, "F1.6", "F2.4")
    assert not same(fields, "F1.1", "F2.1") and same(fields, "F3.1", "F2.1") and not same(fields, "F3.2", "F2.1")


def test_a_count_after_a_person_word_counts_those_who_have_one() -> None:
    """u345: 「3.落实双岗联系人户数」 was named 落实双岗联系人户籍户数, the 户数 read as the 联系人's own (and so their
    户籍户数); it counts the households that have one, as 监护人户数 counts those with a guardian."""
    for label in ("3.落实双岗联系人户数", "监护人户数", "落实帮扶责任人人数"):
        key = MAKER.key(label)
        assert key.role is None and "户籍" not in key.text, label
    assert MAKER.key("户数").canonical == "户籍户数"


def test_the_phone_beside_another_bodys_contact_is_that_contacts() -> None:
    """u349: 「运维单位 › 单位名称 | 联系人 | 联系电话」 of a register of power stations: the phone had been any 联系人's,
    apart from the 运维单位联系人联系电话 a card of the same stations asks; a register of the 开发企业 themselves keeps
    its own contact's phone (u327)."""
    from yitaobiao.model import Layout

    stations = [at("F1.1", "B4", "电站名称"), at("F1.2", "M4", "单位名称", "运维单位"), at("F1.3", "N4", "联系人", "运维单位"),
                at("F1.4", "O4", "联系电话", "运维单位")]
    card = [at("F2.1", "B2", "电站名称"), at("F2.2", "A6", "联系人", "二、运维单位情况"),
            at("F2.3", "C6", "联系电话", "二、运维单位情况")]
    estates = [at("F3.1", "B6", "小区名称"), at("F3.2", "C6", "企业名称", "开发企业"), at("F3.3", "E6", "联系人", "开发企业"),
               at("F3.4", "F6", "联系电话", "开发企业")]
    filing = [at("F4.1", "B7", "联系人", "联系人情况"), at("F4.2", "D7", "联系电话", "联系人情况")]
    fields = stations + card + estates + filing
    _match_forms(fields, [form_of("F1", "村级光伏电站基本信息台账", Layout.LIST, Subject.ORGANISATION),
                          form_of("F2", "光伏电站管护责任登记表", Layout.CARD, Subject.ORGANISATION),
                          form_of("F3", "开发企业住宅小区名称备案台账", Layout.LIST, Subject.ORGANISATION),
                          form_of("F4", "住宅小区名称申报表", Layout.CARD, Subject.ORGANISATION)])
    assert same(fields, "F1.4", "F2.3") and same(fields, "F1.3", "F2.2")
    assert same(fields, "F3.4", "F4.2") and not same(fields, "F1.4", "F3.4")


def test_a_card_row_opening_with_another_bodys_name_asks_that_bodys_items() -> None:
    """wf62: a 税务登记表's 「分支机构名称 | 注册地址 | 纳税人识别号」 and 「总机构名称 | 纳税人识别号 / 注册地址 | 经营范围 /
    法定代表人姓名 | 联系电话」 had been the unit's own code, address and head; the 一套表 asked the unit's code three
    times. The rows right after the head office's name that ask again what the card asked of the unit are the head
    office's too; a row asking something new ends them."""
    from yitaobiao.model import Layout

    card = [at("F1.1", "A1", "纳税人名称"), at("F1.2", "U1", "纳税人识别号"), at("F1.3", "A5", "注册地址"),
            at("F1.4", "AL5", "联系电话"), at("F1.5", "A11", "经营范围"),
            at("F1.6", "A29", "分支机构名称"), at("F1.7", "K29", "注册地址"), at("F1.8", "AJ29", "纳税人识别号"),
            at("F1.9", "A34", "总机构名称"), at("F1.10", "W34", "纳税人识别号"), at("F1.11", "A35", "注册地址"),
            at("F1.12", "W35", "经营范围"), at("F1.13", "A36", "法定代表人姓名"), at("F1.14", "N36", "联系电话"),
            at("F1.15", "B37", "代扣代缴税种")]
    register = [at("F2.1", "B3", "企业名称"), at("F2.2", "C3", "统一社会信用代码"), at("F2.3", "D3", "注册地址"),
                at("F2.4", "E3", "法定代表人姓名"), at("F2.5", "F3", "经营范围")]
    fields = card + register
    _match_forms(fields, [form_of("F1", "税务登记表（适用单位纳税人）", Layout.CARD, Subject.ORGANISATION),
                          form_of("F2", "个体工商户和企业登记台账", Layout.LIST, Subject.ORGANISATION)])
    assert same(fields, "F1.2", "F2.2") and same(fields, "F1.3", "F2.3") and same(fields, "F1.5", "F2.5")
    for other in ("F1.7", "F1.8", "F1.10", "F1.11", "F1.12", "F1.13"):
        assert not any(same(fields, other, mine) for mine in ("F2.2", "F2.3", "F2.4", "F2.5")), other
    assert not same(fields, "F1.8", "F1.10")


def test_a_sole_traders_head_or_owner_is_the_one_who_runs_it() -> None:
    """u355: 「户主姓名 | 公民身份号码 | 联系电话」 of a 个体经营户清查表 and 「业主姓名 | 身份证件号码」 of a 个体工商户定期
    定额核定台账 were a household's head and a house's owner (产权人), apart from the 经营者 every 个体工商户 register
    names; a 户主 on a register of households is still the head."""
    from yitaobiao.model import Layout

    census = [at("F1.1", "B4", "个体户名称（字号）", "个体户基本情况"), at("F1.2", "B5", "户主姓名", "个体户基本情况"),
              at("F1.3", "D5", "公民身份号码", "个体户基本情况")]
    tax = [at("F2.1", "C4", "纳税人名称"), at("F2.2", "D4", "业主姓名"), at("F2.3", "E4", "身份证件号码")]
    market = [at("F3.1", "B4", "个体工商户名称"), at("F3.2", "C4", "经营者姓名"), at("F3.3", "D4", "身份证号码")]
    farms = [at("F4.1", "B4", "户主姓名"), at("F4.2", "C4", "身份证号码"), at("F4.3", "D4", "承包面积")]
    fields = census + tax + market + farms
    _match_forms(fields, [form_of("F1", "第五次全国经济普查个体经营户清查表", Layout.CARD, Subject.ORGANISATION),
                          form_of("F2", "个体工商户定期定额核定台账", Layout.LIST, Subject.ORGANISATION),
                          form_of("F3", "个体工商户登记信息台账", Layout.LIST, Subject.ORGANISATION),
                          form_of("F4", "承包农户登记台账", Layout.LIST, Subject.HOUSEHOLD)])
    assert same(fields, "F1.2", "F3.2") and same(fields, "F2.2", "F3.2")
    assert same(fields, "F1.3", "F3.3") and same(fields, "F2.3", "F3.3")
    assert not same(fields, "F4.1", "F3.2")


def test_the_one_person_a_roster_describes_is_its_own_whatever_the_title_calls_them() -> None:
    """u353: 「网格员基本情况 › 姓名 | 性别 | 身份证号码 | 联系电话」, the only person a 秸秆禁烧网格化监管责任人花名册
    describes, were a 网格员's and met no roster's own items (the title says 责任人); a roster naming a 户主 alone
    under 户主基本情况 still lists households (u282)."""
    from yitaobiao.model import Layout

    grid = [at("F1.1", "C3", "网格名称"), at("F1.2", "D4", "姓名", "网格员基本情况"),
            at("F1.3", "G4", "身份证号码", "网格员基本情况"), at("F1.4", "I4", "联系电话", "网格员基本情况")]
    staff = [at("F2.1", "B3", "姓名"), at("F2.2", "C3", "公民身份号码"), at("F2.3", "D3", "联系电话")]
    heads = [at("F3.1", "D5", "姓名", "户主基本情况"), at("F3.2", "E5", "身份证号码", "户主基本情况")]
    fields = grid + staff + heads
    _match_forms(fields, [form_of("F1", "柳河镇秸秆禁烧网格化监管责任人花名册", Layout.LIST, Subject.PERSON),
                          form_of("F2", "禁烧巡查人员花名册", Layout.LIST, Subject.PERSON),
                          form_of("F3", "农村低收入群体重点对象名单", Layout.LIST, Subject.HOUSEHOLD)])
    assert same(fields, "F1.2", "F2.1") and same(fields, "F1.3", "F2.2") and same(fields, "F1.4", "F2.3")
    assert not same(fields, "F3.1", "F2.1")


def test_a_yes_or_no_column_names_no_one_whose_phone_follows() -> None:
    """u357: 「是否“法律明白人” | 联系电话」 of a 两委成员花名册: the phone had become 「是否法律明白人联系电话」, the
    question read as a post whose holder answers it; it is the member's own phone."""
    from yitaobiao.model import Layout

    members = [at("F1.1", "B3", "姓名"), at("F1.2", "L3", "是否“法律明白人”"), at("F1.3", "M3", "联系电话")]
    others = [at("F2.1", "B3", "姓名"), at("F2.2", "C3", "联系电话")]
    fields = members + others
    _match_forms(fields, [form_of("F1", "村（社区）“两委”成员花名册", Layout.LIST, Subject.PERSON),
                          form_of("F2", "人民调解员花名册", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.3", "F2.2")


def test_the_parts_of_a_count_of_people_count_people() -> None:
    """u360: 「民兵情况 › 民兵人数 › 基干民兵 | 普通民兵」 of a table of villages read 基干民兵数, apart from a county
    table's 基干民兵 in 人 (基干民兵人数): the parts of a count of people count people too."""
    from yitaobiao.model import Layout

    villages = [at("F1.1", "B3", "村（社区）名称"), at("F1.2", "F5", "基干民兵", "民兵情况", "民兵人数"),
                at("F1.3", "G5", "普通民兵", "民兵情况", "民兵人数")]
    county = [at("F2.1", "A11", "基干民兵"), at("F2.2", "A12", "普通民兵")]
    for f in county:
        f.unit = "人"
    fields = villages + county
    _match_forms(fields, [form_of("F1", "各村（社区）民兵整组基本情况表", Layout.LIST, Subject.PLACE),
                          form_of("F2", "国防动员潜力调查统计表", Layout.INDICATOR, Subject.AGGREGATE)])
    assert same(fields, "F1.2", "F2.1") and same(fields, "F1.3", "F2.2")


def test_a_designated_relic_site_is_no_body() -> None:
    """u359: 「文物保护单位名称」 of a register of protected sites became every register's 单位名称 (a site so designated
    is no organisation), apart from the relic registers' 文物名称; 「文物保护单位（传统村落） › 所在乡镇」 of a tree
    register is where the site stands, the tree's 所属乡镇 (u250)."""
    from yitaobiao.model import Layout

    sites = [at("F1.1", "B3", "文物保护单位名称"), at("F1.2", "C3", "保护级别")]
    patrol = [at("F2.1", "B5", "文物名称", "文物基本情况"), at("F2.2", "C5", "巡查日期")]
    firms = [at("F3.1", "B3", "单位名称"), at("F3.2", "C3", "统一社会信用代码")]
    trees = [at("F4.1", "B4", "名称", "文物保护单位（传统村落）"), at("F4.2", "D4", "所在乡镇", "文物保护单位（传统村落）")]
    towns = [at("F5.1", "B3", "乡镇"), at("F5.2", "C3", "古树编号")]
    fields = sites + patrol + firms + trees + towns
    _match_forms(fields, [form_of("F1", "文物保护单位四有工作情况登记表", Layout.LIST, Subject.ORGANISATION),
                          form_of("F2", "不可移动文物安全巡查台账", Layout.LIST, Subject.EVENT),
                          form_of("F3", "文物经营单位名录", Layout.LIST, Subject.ORGANISATION),
                          form_of("F4", "文物保护单位及传统村落古树名木台账", Layout.LIST, Subject.ORGANISATION),
                          form_of("F5", "古树名木每木调查表", Layout.LIST, Subject.PLACE)])
    assert same(fields, "F1.1", "F2.1") and not same(fields, "F1.1", "F3.1")
    assert same(fields, "F4.2", "F5.1")


def test_a_dogs_sex_is_no_persons_on_a_register_of_dogs() -> None:
    """u379: 「犬只情况 › 性别 | 毛色」 of a 犬只狂犬病免疫登记台账, a section about what the title lists, had lost its
    犬只 and met the owners' and patients' 性别; the same dog items under 犬只信息 of a 养犬登记台账 stood apart."""
    from yitaobiao.model import Layout

    immunised = [at("F1.1", "B5", "畜主姓名", "畜主情况"), at("F1.2", "G5", "性别", "犬只情况"),
                 at("F1.3", "H5", "毛色", "犬只情况")]
    registered = [at("F2.1", "C4", "犬主姓名"), at("F2.2", "I4", "性别", "犬只信息"), at("F2.3", "J4", "毛色", "犬只信息")]
    offenders = [at("F3.1", "D4", "姓名", "养犬人情况"), at("F3.2", "E4", "性别", "养犬人情况")]
    fields = immunised + registered + offenders
    _match_forms(fields, [form_of("F1", "清溪县犬只狂犬病免疫登记台账", Layout.LIST, Subject.PERSON),
                          form_of("F2", "清溪县养犬登记台账", Layout.LIST, Subject.PERSON),
                          form_of("F3", "违规养犬行为查处登记表", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.2", "F2.2") and same(fields, "F1.3", "F2.3")
    assert not same(fields, "F1.2", "F3.2") and not same(fields, "F2.2", "F3.2")


@pytest.mark.parametrize(("label", "other"), [("电子芯片号", "电子标识号"), ("芯片号", "电子标识号"),
                                              ("犬种", "犬只品种"), ("狂犬病免疫证号", "免疫证号")])
def test_a_dogs_papers_however_worded(label: str, other: str) -> None:
    """u379: the chip, the 免疫证 and the breed of a dog (养犬管理规定, 狂犬病防治) under the words each department uses."""
    item = MAKER.key(label, ("犬只情况",), None).canonical
    assert item is not None and item == MAKER.key(other, ("犬只信息",), None).canonical


def test_a_count_of_sites_is_no_site() -> None:
    """u382: 「集中安置点个数」 (个) of a county table had been read as 安置地点, the site each household's card names;
    a count of places is no place, as a count of problems is no 问题描述."""
    assert MAKER.key("集中安置点个数", (), "个").canonical is None
    assert MAKER.key("安置点名称", (), None).canonical == MAKER.key("集中安置点", (), None).canonical


def test_the_date_one_joined_is_the_insurance_the_title_names() -> None:
    """u380: 「参保时间」 of a 城乡居民基本养老保险 roster and 「参保日期」 of a 基本医疗保险 花名册 had been one item: the
    two schemes' dates; two medical rosters' dates are one."""
    from yitaobiao.model import Layout

    pension = [at("F1.1", "B3", "姓名"), at("F1.2", "I3", "参保时间")]
    medical = [at("F2.1", "B3", "姓名"), at("F2.2", "I3", "参保日期")]
    medical_too = [at("F3.1", "B3", "姓名"), at("F3.2", "F3", "参保时间")]
    fields = pension + medical + medical_too
    _match_forms(fields, [form_of("F1", "退捕渔民参加城乡居民基本养老保险情况表", Layout.LIST, Subject.PERSON),
                          form_of("F2", "退捕渔民参加城乡居民基本医疗保险花名册", Layout.LIST, Subject.PERSON),
                          form_of("F3", "医疗保险参保人员名册", Layout.LIST, Subject.PERSON)])
    assert not same(fields, "F1.2", "F2.2") and same(fields, "F2.2", "F3.2")


def test_the_one_harmed_is_whom_an_application_is_for() -> None:
    """u377: a 工伤认定申请表 asks 受伤害职工情况 › 职工姓名 first and 申请人情况 › 申请人姓名 | 与受伤害职工关系 after it:
    the worker is whom it is about (their name meets every roster's), and the applicant, the unit or a relative, had
    taken the worker's place."""
    from yitaobiao.model import Layout

    card = [at("F1.1", "B4", "职工姓名", "受伤害职工情况"), at("F1.2", "B5", "公民身份号码", "受伤害职工情况"),
            at("F1.3", "B14", "申请人姓名", "申请人情况"), at("F1.4", "F14", "与受伤害职工关系", "申请人情况"),
            at("F1.5", "B15", "联系电话", "申请人情况")]
    roster = [at("F2.1", "B4", "姓名"), at("F2.2", "C4", "身份证号码"), at("F2.3", "D4", "联系电话")]
    fields = card + roster
    _match_forms(fields, [form_of("F1", "工伤认定申请表", Layout.CARD, Subject.PERSON),
                          form_of("F2", "工伤困难职工帮扶慰问花名册", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2")
    assert not same(fields, "F1.3", "F2.1") and not same(fields, "F1.5", "F2.3")
    # (u252: 「受伤人数（人）」 of a gas accident report counts people; it names no one its 报告人 acts for)
    report = [at("F3.1", "C11", "受伤人数（人）", "二、人员伤亡及损失情况"), at("F3.2", "A17", "报告人", "三、报告信息")]
    _match_forms(report, [form_of("F3", "燃气事故（事件）信息报告表", Layout.CARD, Subject.EVENT)])
    assert report[1].role != "代办人"


def test_the_insured_whom_the_accident_befell_is_whom_a_claim_is_for() -> None:
    """u579: a 理赔申请登记表 asks 出险人情况 › 姓名 | 身份证号码 first and 理赔申请人 › 姓名 | 与被保险人关系 |
    身份证号码 after it: the insured was read as a 出险人 apart from every roster's own person, and the one who files
    the claim, a relative, took the insured's place."""
    from yitaobiao.model import Layout

    card = [at("F1.1", "B3", "姓名", "出险人情况"), at("F1.2", "B4", "身份证号码", "出险人情况"),
            at("F1.3", "B7", "出险时间", "出险经过"),
            at("F1.4", "B12", "姓名", "理赔申请人"), at("F1.5", "D12", "与被保险人关系", "理赔申请人"),
            at("F1.6", "B13", "身份证号码", "理赔申请人")]
    roster = [at("F2.1", "B4", "姓名"), at("F2.2", "C4", "公民身份号码")]
    fields = card + roster
    _match_forms(fields, [form_of("F1", "老年人意外伤害保险理赔申请登记表", Layout.CARD, Subject.PERSON),
                          form_of("F2", "老年人意外伤害保险投保名单", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2")
    assert not same(fields, "F1.4", "F2.1") and not same(fields, "F1.6", "F2.2")


@pytest.mark.parametrize(("label", "section", "other", "other_section"), [
    ("联系电话", "用人单位情况", "单位联系电话", "用人单位情况"),
    ("联系电话", "企业基本情况", "企业联系电话", ""),
    ("联系电话", "单位情况", "单位电话", ""),
    ("联系人", "用人单位情况", "单位联系人", "用人单位情况")])
def test_a_bodys_phone_and_contact_however_written(label: str, section: str, other: str, other_section: str) -> None:
    """u377: 「用人单位情况 › 联系电话 | 联系人」 of a 工伤认定申请表 and 「单位联系电话 | 单位联系人」 of a 劳动能力鉴定
    申请表 had been four items: the label naming the body was read as one's own phone, the bare 联系人 as anyone's."""
    assert explain(label, other, context_a=(section,), context_b=(other_section,) if other_section else (),
                   synonyms=SYN).same


def test_a_works_project_manager_is_no_worker() -> None:
    """u378: 「项目经理 › 姓名 | 联系电话」 of a table of works under way had met the migrant workers' names and phones
    on every roster: a 经理 holds a post at a body, as a 负责人 does."""
    assert not explain("姓名", "姓名", context_a=("项目经理",), synonyms=SYN).same
    assert explain("项目经理", "项目经理姓名", synonyms=SYN).same


def test_a_former_employers_section_asks_the_former_employer() -> None:
    """u383: 「原就业单位情况 › 单位名称」 of a 失业保险金申领登记表 became every roster's 工作单位 (the employer one has)
    beside the 原工作单位 the 发放花名册 asks; a section about what was before makes its items what was (原).
    A 就业单位情况 is the employer one has."""
    assert explain("单位名称", "原工作单位", context_a=("原就业单位情况",), synonyms=SYN).same
    assert explain("原参保单位名称", "原工作单位", synonyms=SYN).same
    assert not explain("单位名称", "工作单位", context_a=("原就业单位情况",), synonyms=SYN).same
    from yitaobiao.model import Layout

    card = [at("F1.1", "B4", "姓名"), at("F1.2", "B9", "单位名称", "原就业单位情况"),
            at("F1.3", "B10", "参加失业保险时间", "原就业单位情况")]
    paid = [at("F2.1", "B3", "姓名"), at("F2.2", "E3", "原工作单位"), at("F2.3", "F3", "参加失业保险时间")]
    skills = [at("F3.1", "B3", "姓名"), at("F3.2", "E3", "参保单位名称")]
    fields = card + paid + skills
    _match_forms(fields, [form_of("F1", "失业保险金申领登记表", Layout.CARD, Subject.PERSON),
                          form_of("F2", "失业保险金发放花名册", Layout.LIST, Subject.PERSON),
                          form_of("F3", "技能提升补贴申领花名册", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.2", "F2.2") and not same(fields, "F1.2", "F3.2") and same(fields, "F1.3", "F2.3")


def test_the_bounds_of_a_period_are_the_periods_its_header_names() -> None:
    """u383: 「领取期限 › 起始年月 | 终止年月」 of a 失业保险金发放花名册 and 「代缴期间 › 起始年月 | 终止年月」 of a 医保
    代缴明细 were one item each: a bound says nothing of what period it bounds, its header does (as 起始日期 already
    did)."""
    assert not explain("起始年月", "起始年月", context_a=("领取期限",), context_b=("代缴期间",), synonyms=SYN).same
    assert not explain("终止年月", "终止年月", context_a=("领取期限",), context_b=("代缴期间",), synonyms=SYN).same
    assert explain("起始年月", "起始年月", context_a=("领取期限",), context_b=("领取期限",), synonyms=SYN).same


@pytest.mark.parametrize(("label", "other"), [("项目法人", "建设单位"), ("施工企业", "施工单位"), ("合同价款（万元）", "合同金额"),
                                              ("工程地点", "建设地点"), ("项目地址", "建设地点")])
def test_a_works_parties_price_and_place_however_worded(label: str, other: str) -> None:
    """u378, u386: the 水利 forms' 项目法人 is the 建设单位 the 住建 and 交通 forms name (《水利工程建设项目管理规定》), a
    施工企业 the 施工单位, a 合同价款 the 合同金额, and a 工程地点 or 项目地址 the 建设地点."""
    assert explain(label, other, synonyms=SYN).same


def test_a_count_named_only_by_its_stage_is_the_headers_count_at_that_stage() -> None:
    """u422: 「基干民兵人数 › 计划数 | 实有数」 of a township's summary: the 实有数 had stood alone as an item 实有数, apart
    from the 基干民兵人数 a 整组 table asks; the plan and the count held stay two items."""
    assert MAKER.key("实有数", ("基干民兵人数",)).text == "实有基干民兵人数"
    assert MAKER.key("计划数", ("基干民兵人数",)).text == "计划基干民兵人数"
    assert explain("实有数", "基干民兵人数", context_a=["基干民兵人数"]).same
    assert not explain("计划数", "实有数", context_a=["基干民兵人数"], context_b=["基干民兵人数"]).same
    assert MAKER.key("完成数", ("培训人次",)).text == "完成培训人次"


def test_a_length_of_time_names_no_one() -> None:
    """u425: 「年度服务时长（小时） | 联系电话」 in a 社会体育指导员花名册: the phone had become 年度服务时长联系电话, as if
    时长 were a post ending in 长 (村长, 河长); the phone after a measure is the row's own person's."""
    assert MAKER.section_person("年度服务时长") is None and MAKER.section_person("道路全长") is None
    assert MAKER.section_person("河长") == "河长" and MAKER.section_person("村长") == "村长"
    from yitaobiao.model import Layout

    fields = [at("F1.1", "C3", "姓名"), at("F1.2", "F3", "公民身份号码"), at("F1.3", "L3", "年度服务时长（小时）"),
              at("F1.4", "M3", "联系电话"), at("F2.1", "B4", "姓名"), at("F2.2", "C4", "手机号码")]
    _match_forms(fields, [form_of("F1", "社会体育指导员花名册", Layout.LIST, Subject.PERSON),
                          form_of("F2", "社会体育指导员注册登记表", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.4", "F2.2")


def test_a_section_of_a_kind_of_person_naming_no_one_is_the_rows_own() -> None:
    """u422: 「个人基本情况 › 姓名 … | 退役军人情况 › 是否退役军人 | 入伍时间 | 退伍时间」 of a 基干民兵编组花名册 asks
    whether and when the militiaman served: his own 入伍时间, not a 退役军人's beside him (five items had stood apart
    from every veterans' roster). A section naming someone by name stays theirs (u123's 患者情况)."""
    from yitaobiao.model import Layout

    own, served = "个人基本情况", "退役军人情况"
    fields = [at("F1.1", "B5", "姓名", own), at("F1.2", "F5", "公民身份号码", own),
              at("F1.3", "M5", "是否退役军人", served), at("F1.4", "N5", "入伍时间", served),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "入伍时间"), at("F2.3", "D4", "是否退役军人")]
    forms = [form_of("F1", "基干民兵编组花名册", Layout.LIST, Subject.PERSON),
             form_of("F2", "民兵入队申请登记表", Layout.LIST, Subject.PERSON)]
    _match_forms(fields, forms)
    assert same(fields, "F1.4", "F2.2") and same(fields, "F1.3", "F2.3") and same(fields, "F1.1", "F2.1")
    fields.insert(2, at("F1.5", "L5", "姓名", served))  # the section now names a veteran of its own
    _match_forms(fields, forms)
    assert not same(fields, "F1.4", "F2.2") and not same(fields, "F1.5", "F2.1")


def test_a_certificate_number_under_a_persons_section_is_theirs() -> None:
    """u421: 「三、安全管理员情况 › 姓名 | 证书编号 | 联系电话」 on a body's 一企一档 card: the name and phone were the
    safety manager's, but the certificate number met an operator roster's own 「证书信息 › 证书编号」 (a look-alike).
    The section names the person whatever word the table files them under (安全管理员 for 安全管理人)."""
    assert MAKER.key("证书编号", ("三、安全管理员情况",)).role == MAKER.key("姓名", ("三、安全管理员情况",)).role
    assert MAKER.key("证书编号", ("证书信息",)).role is None
    assert not explain("证书编号", "证书编号", context_a=["三、安全管理员情况"], context_b=["证书信息"]).same


def test_a_duty_the_table_does_not_know_named_bare_on_a_card_with_its_phone(tmp_path: Path) -> None:
    """u424: 「送教教师 | ___ | 教师电话 | ___」 on a 送教上门服务记录表 stood apart from 「送教教师 › 姓名 | 联系电话」 of
    a placement register: the post is no word of the synonym table, so 送教教师姓名 named no one, and 教师电话 was
    no one's phone. A bare post on a card asks its holder's name as its section would; a phone said with a shorter
    word for the post is that holder's."""
    from yitaobiao.scan import scan
    from yitaobiao.testing import card_rows, list_rows, write_xlsx

    rows, merges = card_rows("送教上门服务记录表", [("", [["学生姓名", "性别"], ["送教教师", "教师电话"],
                                                          ["送教日期", "送教地点"]])])
    write_xlsx(tmp_path / "教育局" / "记录表.xlsx", [("Sheet1", rows, merges)])
    rows, merges = list_rows("残疾儿童少年入学安置情况台账", ["姓名", "联系电话", ("送教教师", ["姓名", "联系电话"])])
    write_xlsx(tmp_path / "教育局" / "台账.xlsx", [("Sheet1", rows, merges)])
    result = scan(tmp_path)
    concept_of = {fid: c.id for c in result.concepts for fid in c.field_ids}
    at = {(f.path.split("/")[-1], "›".join(f.header_path)): concept_of[f.id] for f in result.fields}
    assert at[("记录表.xlsx", "送教教师")] == at[("台账.xlsx", "送教教师›姓名")]
    assert at[("记录表.xlsx", "教师电话")] == at[("台账.xlsx", "送教教师›联系电话")]
    assert at[("记录表.xlsx", "学生姓名")] == at[("台账.xlsx", "姓名")]
    assert at[("记录表.xlsx", "教师电话")] != at[("台账.xlsx", "联系电话")]


def test_a_farm_product_by_its_kind_of_animal_is_that_animals_produce() -> None:
    """wf77, real_forms_more's 畜牧业 季报: 「禽蛋 › 鸡 | 鸭 | 鹅 | 其他」 on one sheet and 「鸡蛋产量 | 鸭蛋产量 | 其他禽蛋
    产量」 rows on the next were two items each, so the 鹅蛋产量 typed once reached one sheet and left the other blank.
    (《畜牧业生产统计报表制度》 counts 禽蛋产量, 肉类产量 and 奶类产量 by kind.)"""
    assert explain("鸡", "鸡蛋产量", context_a=["禽蛋"]).same and explain("其他", "其他禽蛋产量", context_a=["禽蛋"]).same
    assert explain("鸭", "鸭蛋产量（吨）", context_a=["禽蛋产量"]).same and explain("牛", "牛肉产量", context_a=["畜肉"]).same
    assert not explain("鸡", "鸭", context_a=["禽蛋"], context_b=["禽蛋"]).same
    assert not explain("鸡", "鸡蛋产量", context_a=["禽肉"]).same


def test_a_wage_for_work_is_a_payment_its_header_names() -> None:
    """u426: 「劳务报酬 › 应发金额 | 实发金额」 of an assistant's 劳务报酬发放表 met the 应发金额 and 实发金额 of a
    记账补贴 list, two payments to two kinds of people: 劳务报酬 names a payment as 补贴 does."""
    assert MAKER.key("应发金额", ("劳务报酬",)).text == "劳务报酬应发金额"
    assert not explain("应发金额", "应发金额", context_a=["劳务报酬"]).same
    from yitaobiao.classify import paid_programme

    assert paid_programme("辅助调查员劳务报酬发放表") == "辅助调查员劳务报酬"


def test_driving_experience_is_no_post_once_held() -> None:
    """u427: 「二、驾驶经历 › 准驾车型 | 初次领取驾驶证日期」 of a 网约车驾驶员证申请表 had become 经历准驾车型 and
    经历初次领证日期, apart from the same items of a background check; 任职经历 still says a post once held."""
    assert explain("准驾车型", "准驾车型", context_a=["二、驾驶经历"]).same
    assert MAKER.key("担任职务", ("任职经历",)).text != MAKER.key("担任职务").text


def test_a_sex_asked_as_male_or_female_of_animals_is_the_animals() -> None:
    """u430: 「救护对象情况 › 性别：□雄 □雌 □不详」 of a wildlife rescue card was a person's 性别, merged with every
    roster's (a look-alike). 雌 and 雄, 公 and 母 are said of animals."""
    from yitaobiao.model import Layout

    assert MAKER.key("性别", options=("公/母",)).text != MAKER.key("性别").text
    assert MAKER.key("性别", options=("□男  □女",)).text == MAKER.key("性别").text
    fields = [at("F1.1", "B3", "物种名称", "救护对象情况"), at("F1.2", "D4", "性别", "救护对象情况"),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "性别")]
    fields[1].options = ["□雄  □雌  □不详"]
    _match_forms(fields, [form_of("F1", "野生动物收容救护登记表", Layout.CARD, Subject.EVENT),
                          form_of("F2", "护鸟员花名册", Layout.LIST, Subject.PERSON)])
    assert not same(fields, "F1.2", "F2.2")


def test_a_part_beside_a_total_under_a_header_counting_people_is_of_those_counted() -> None:
    """u429: 「涉及劳动者（人） › 合计 | 其中：农民工」 of a case ledger: the migrant workers among those a case
    involved had become every register's 在册农民工人数 (the part was read beside 合计 as its whole, and 合计 said
    nothing). A total's whole is its header; a header counting people in 人 breaks them down, naming no one."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "J4", "合计", "涉及劳动者（人）"), at("F1.2", "K4", "其中：农民工", "涉及劳动者（人）"),
              at("F2.1", "Q3", "在册农民工人数（人）")]
    _match_forms(fields, [form_of("F1", "劳动保障监察案件办理台账", Layout.LIST, Subject.EVENT),
                          form_of("F2", "在建工程项目农民工工资支付保障情况台账", Layout.LIST, Subject.EVENT)])
    assert not same(fields, "F1.2", "F2.1")
    assert MAKER.key("其中：农民工", ("涉及劳动者（人）",)).role is None


def test_the_one_in_charge_of_a_duty_holds_it() -> None:
    """u426: 「三、负责辅助调查员 › 姓名 | 手机号码」 of a 入户确认表 stood apart from 「辅助调查员 › 姓名」 of every other
    form: the 辅助调查员 in charge of the household is that household's 辅助调查员. (负责人 is still its own post.)"""
    assert explain("姓名", "姓名", context_a=["三、负责辅助调查员"], context_b=["五、辅助调查员"]).same
    assert MAKER.key("姓名", ("负责人",)).role == "负责人"


def test_a_post_the_table_does_not_know_named_with_its_name_or_phone() -> None:
    """u428: 「结对帮扶情况 › 帮扶执委姓名 | 联系电话」 of a 留守妇女信息台账: 帮扶执委 (a 妇联 executive member) named no one
    the table knows, so the helper's phone was nobody's and would have met the woman's own. A post word before a
    name or a phone is whose they are; a count of such people breaks them down, naming no one."""
    assert MAKER.key("帮扶执委姓名", ("结对帮扶情况",)).role == "帮扶执委"
    assert MAKER.key("车主联系电话").role == "车主"
    assert MAKER.key("学生姓名").role is None  # (the record's own people, said as 学生)
    assert MAKER.key("其中：女性", ("妇联执委", "执委人数")).role is None


def test_an_animals_owner_is_its_keeper_and_an_owner_is_never_the_records_own_person() -> None:
    """u432: 「四、致伤动物情况 › 主人联系电话」 of a rabies case card met the bitten person's own 联系电话: 主人 was
    dropped as a person word in front of an attribute (参保人姓名), while 犬主信息 › 联系电话 was the 饲养人's."""
    assert explain("主人联系电话", "联系电话", context_a=["四、致伤动物情况"], context_b=["犬主信息"]).same
    assert not explain("主人联系电话", "联系电话", context_a=["四、致伤动物情况"]).same
    assert not explain("主人联系电话", "联系电话").same and explain("参保人姓名", "姓名").same


def test_a_kind_of_people_among_a_count_is_of_those_counted() -> None:
    """u433: 「本期接收刑满释放人员信息数 › 其中：重点帮教对象」 of a quarterly report met a village table's 「安置帮教
    对象 › 重点帮教对象」 (a look-alike: the key targets among the quarter's newcomers against those on the register)."""
    assert not explain("  其中：重点帮教对象", "重点帮教对象",
                       context_a=["本期接收刑满释放人员信息数"], context_b=["安置帮教对象"]).same
    assert MAKER.key("  其中：重点帮教对象数", ("接收刑满释放人员信息数",), "人").header == "接收刑满释放人员信息数"


def test_the_accused_of_a_complaint_is_a_side_however_each_side_is_worded() -> None:
    """u434: 「举报人情况 | 被举报对象情况 › 名称（姓名） | 联系电话」 of a 欺诈骗保举报线索受理登记表: the complainant was
    a side, but the accused was read as the record's own person, so their name and phone met every roster's own.
    The sides pair by their act (举报), whatever word names each (举报人, 被举报对象)."""
    from yitaobiao.match import two_parties
    from yitaobiao.model import Layout

    complainant, accused = "举报人情况", "被举报对象情况"
    fields = [at("F1.1", "B3", "姓名", complainant), at("F1.2", "E4", "联系电话", complainant),
              at("F1.3", "B7", "名称（姓名）", accused), at("F1.4", "B9", "联系电话", accused),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "联系电话")]
    assert accused in two_parties(fields[:4], Subject.EVENT, "欺诈骗取医保基金举报线索受理登记表")
    _match_forms(fields, [form_of("F1", "欺诈骗取医保基金举报线索受理登记表", Layout.CARD, Subject.EVENT),
                          form_of("F2", "参保群众住院报销回访核查登记表", Layout.LIST, Subject.PERSON)])
    assert not same(fields, "F1.3", "F2.1") and not same(fields, "F1.4", "F2.2")


def test_a_bodys_domicile_in_its_own_section_is_its_registered_address() -> None:
    """u434: 「涉案单位情况 › 住所」 on a case transfer card about a body was a person's 现住址: the body's own section
    is dropped from the context, and 住所 alone read as where one lives. A body's 住所 is where it is registered
    (《民法典》第六十三条)."""
    from yitaobiao.model import Layout

    unit = "涉案单位情况"
    person = "涉案人员情况"  # (a person the card names too: the card's items are no site's by default)
    fields = [at("F1.1", "B4", "单位名称", unit), at("F1.2", "B5", "住    所", unit), at("F1.3", "B8", "姓    名", person),
              at("F1.4", "B9", "身份证号码", person), at("F1.5", "B10", "现住址", person),
              at("F2.1", "B3", "企业名称"), at("F2.2", "B6", "注册地址"), at("F3.1", "B4", "姓名"), at("F3.2", "C4", "现住址")]
    _match_forms(fields, [form_of("F1", "涉嫌欺诈骗取医疗保障基金案件线索移送登记表", Layout.CARD, Subject.ORGANISATION),
                          form_of("F2", "零售药店监督检查记录表", Layout.CARD, Subject.ORGANISATION),
                          form_of("F3", "参保群众回访核查登记表", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.2", "F2.2") and not same(fields, "F1.2", "F3.2")


def test_a_headcount_of_people_named_bare_is_their_count() -> None:
    """u429: 「职工总数（人）」 (read 职工数) and 「职工人数」 stood apart: the rule that reads 学生人数 as 学生数 wanted a
    word before the people (在校学生人数), and 职工人数 has none."""
    assert explain("职工总数（人）", "职工人数").same and explain("学生人数", "学生数").same
    assert not explain("职工人数", "职工户数").same and not explain("女职工人数", "职工人数").same


def test_a_section_saying_its_own_person_keeps_the_kin_the_title_names_apart() -> None:
    """u438: 「干部本人情况 › 姓名 … | 近亲属情况 › 姓名 | 与本人关系 | 公民身份号码」 of a 近亲属任职回避情况登记表: the
    title names the cadres' 近亲属, so the relatives' section was read as the rows' own people (u78's 在县亲属 on a
    港澳台同胞 register) and their name met no family member's. A section that says 本人 is the record's own."""
    from yitaobiao.model import Layout

    own, kin = "干部本人情况", "近亲属情况"
    fields = [at("F1.1", "D4", "姓名", own), at("F1.2", "F4", "身份证号", own), at("F1.3", "G4", "姓名", kin),
              at("F1.4", "H4", "与本人关系", kin), at("F2.1", "B11", "姓名", "家庭主要成员"), at("F2.2", "C4", "姓名")]
    _match_forms(fields, [form_of("F1", "村“两委”干部近亲属任职回避情况登记表", Layout.LIST, Subject.PERSON),
                          form_of("F2", "候选人资格审查表", Layout.CARD, Subject.PERSON)])
    assert same(fields, "F1.3", "F2.1") and same(fields, "F1.1", "F2.2") and not same(fields, "F1.3", "F2.2")


def test_a_section_of_the_people_a_title_lists_beside_one_saying_本人_is_still_theirs() -> None:
    """u425: a 残疾人自强健身指导员花名册's 「本人情况 › 姓名 … | 指导员情况 › 技术等级 | 证书编号」 are the instructor's
    own, both: only kin the title names (近亲属, u438) stand apart from a section that says 本人."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "B4", "姓名", "本人情况"), at("F1.2", "J4", "技术等级", "指导员情况"),
              at("F1.3", "K4", "证书编号", "指导员情况"), at("F2.1", "G3", "技术等级"), at("F2.2", "H3", "证书编号")]
    _match_forms(fields, [form_of("F1", "残疾人自强健身指导员花名册", Layout.LIST, Subject.PERSON),
                          form_of("F2", "社会体育指导员花名册", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.2", "F2.1") and same(fields, "F1.3", "F2.2")


def test_a_state_reached_is_read_with_what_reached_it() -> None:
    """u440: 「排查发现安全隐患 › 其中：已整改」 of a school safety report met 「环境问题整治 › 问题数（处） › 已整改」 of
    a township's table: a bare 已整改 says what was put right only with its header, as 未整改 did."""
    assert not explain("    其中：已整改", "已整改", context_a=["排查发现安全隐患"], context_b=["环境问题整治", "问题数（处）"]).same
    assert MAKER.key("已整改", ("问题数（处）",)).text == "问题数已整改"


def test_people_of_an_age_among_a_count_are_among_the_people_its_subtotal_totals() -> None:
    """u446, u443: 「归侨侨眷情况 › 户数 | 人数 › 小计 | 归侨 | 侨眷 | 其中：60岁以上」 of a village table: the part was
    read beside 户数, the one count left of it on its row, and named 户数60岁以上. People of an age are among the
    people a 小计 under 人数 totals; a part counting people never stands under a count of households."""
    from yitaobiao.model import Layout

    group = "归侨侨眷情况"
    fields = [at("F1.1", "E4", "户数", group), at("F1.2", "F5", "小计", group, "人数"),
              at("F1.3", "G5", "归侨", group, "人数"), at("F1.4", "I4", "其中：60岁以上", group),
              at("F1.5", "J4", "其中：困难人数", group)]
    _match_forms(fields, [form_of("F1", "村（社区）侨情基本情况汇总表", Layout.LIST, Subject.PLACE)])
    keys = {f.id: f.label_key for f in fields}
    assert "户数" not in keys["F1.4"] and "60岁以上" in keys["F1.4"]
    assert "户数" not in keys["F1.5"]


def test_a_kind_of_people_among_an_indicators_people_is_of_them() -> None:
    """u446: 「期末从业人员 › 其中：归侨侨眷」 of an enterprise's indicator table, its unit in a column of its own, met
    the county's 归侨侨眷人数: the employees who are 归侨侨眷, not all of them."""
    assert MAKER.key("  其中：归侨侨眷", ("期末从业人员",), "人").header == "期末从业人员"
    assert MAKER.key("  其中：归侨侨眷", ("期末从业人员",), "人").text != MAKER.key("归侨侨眷人数").text


def test_what_is_denied_and_a_question_inside_a_label_keep_apart() -> None:
    """u436: 「未持证人数」 and 「持证人数」 counted those without and those with (a look-alike, kept apart only by the
    level of their tables); 「从业人员是否持有效健康合格证明」 of an inspection asks yes or no, its people named first."""
    assert not explain("未持证人数", "持证人数").same and not explain("不动产", "动产").same
    assert explain("有无残疾证", "是否持有残疾证").same  # (有无 asks, denies nothing)
    assert not explain("2.从业人员是否持有效健康合格证明", "其中：持有效健康合格证明人数",
                       context_b=["单位基本情况", "从业人员总数（人）"]).same


def test_a_part_of_people_a_stage_narrows_keeps_the_stage() -> None:
    """u424: 「本年度实际收训儿童数（人） › 其中：孤独症儿童」 of a centre's card, the children it trained, met a village
    table's 「0-17岁残疾儿童数 › 孤独症儿童」 once levels no longer parted them (a look-alike). Where and when (全村,
    年末, 在校) add nothing to who the people are; a stage does."""
    trained = MAKER.key("其中：孤独症儿童", ("人员及服务情况", "本年度实际收训儿童数（人）"))
    assert trained.text != MAKER.key("孤独症儿童").text and "收训" in trained.text
    assert MAKER.key("其中：女党员", ("全村党员人数",)).text == MAKER.key("女党员").text
    # (u615: 「在托残疾人数 › 其中：重度残疾人」 of an institution, those in its care, had met a village's 「辖区内持证残疾人数
    # › 其中：重度（一、二级）残疾人数」: two words of who they are are a stage all the same)
    assert not explain("其中：重度残疾人", "其中：重度（一、二级）残疾人数", context_a=["在托残疾人数（人）"],
                       context_b=["辖区内持证残疾人数"]).same


def test_the_people_who_do_a_job_are_no_count_of_the_people_it_serves() -> None:
    """u616: 「服务人员」 of a 清掏 record, the worker who came, met 「服务人口（人）」 of a sewage works, how many it
    serves (0.94 on their words)."""
    assert not explain("服务人员", "服务人口（人）").same
    fields = [at("F1.1", "D3", "服务人员"), at("F2.1", "D3", "服务人口（人）")]
    fields[1].unit = "人"
    match_fields(fields, SYN)
    assert not same(fields, "F1.1", "F2.1")


def test_a_thing_and_its_count_asked_on_one_form_are_two_items_everywhere() -> None:
    """real_forms: 「17.轮胎 | 18.轮胎数」 of a 机动车登记 card, and another card's 轮胎数: with no level to part them the
    count met the tyres' kind, and the card's own 轮胎数 went apart from every other."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "A7", "17.轮    胎"), at("F1.2", "D7", "18.轮胎数"), at("F2.1", "A18", "轮胎数"),
              at("F2.2", "C18", "轮胎规格")]
    for subject in (Subject.PERSON, Subject.EVENT):  # (an event's record has no level at all)
        _match_forms(fields, [form_of("F1", "注册登记机动车信息栏", Layout.CARD, subject),
                              form_of("F2", "车辆登记信息", Layout.CARD, subject)])
        assert same(fields, "F1.2", "F2.1") and not same(fields, "F1.1", "F2.1"), subject


def test_where_a_thing_is_set_up_is_its_own_position() -> None:
    """u444: 「设置位置 › 经度 | 纬度」 of a siren register became 设置经度, apart from every 经度: 设置 (安装, 布设) puts
    the record's own thing somewhere and names no other thing, as 取水口 of 「取水口坐标 › 经度」 does."""
    assert MAKER.key("经度", ("设置位置",)).canonical == "经度"
    assert MAKER.key("纬度", ("安装位置",)).canonical == "纬度"
    assert MAKER.key("经度", ("取水口坐标",)).text == "取水口经度"


def test_a_person_a_register_of_bodies_names_is_never_its_row() -> None:
    """u450: 「经营者 › 姓名 | 身份证号 | 联系电话」 of a 农资经营网点花名册 (a 花名册 of outlets) were read as the row's own
    person's, and met every roster's 姓名, 公民身份号码 and 联系电话: a 花名册 of bodies or sites lists no people."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "B4", "网点名称"), at("F1.2", "G5", "姓名", "经营者"), at("F1.3", "H5", "身份证号", "经营者"),
              at("F2.1", "B3", "姓名"), at("F2.2", "C3", "公民身份号码")]
    _match_forms(fields, [form_of("F1", "县供销系统农资经营网点花名册", Layout.LIST, Subject.ORGANISATION),
                          form_of("F2", "农资打假护农联络员花名册", Layout.LIST, Subject.PERSON)])
    assert not same(fields, "F1.2", "F2.1") and not same(fields, "F1.3", "F2.2")
    assert fields[1].role == "经营者"


def test_the_people_a_household_section_names_are_its_members() -> None:
    """u447: 「家庭情况 › 称谓 | 姓名 | 工作（学习）单位」, the members' table of a 助学金申请表, stood apart from every
    「家庭主要成员 › 称谓 | 姓名」 (its people read as the 家庭's): a household's section naming people names its
    members, and 称谓 there is their relation to the card's person."""
    parties = frozenset({"家庭情况"})
    assert MAKER.key("姓名", ("家庭情况",), parties=parties).role == "家庭成员"
    assert MAKER.key("称谓", ("家庭情况",), parties=parties).text == MAKER.key("称谓", ("家庭主要成员",)).text


def test_the_women_among_a_count_of_members_are_its_female_members() -> None:
    """u447: 「团员情况 › 团员人数 › 其中：女」 (团员人数女性) stood apart from 「团员总数 › 其中：女团员」: women among 团员
    are 女团员, whichever way the table says it; 党外代表人士 › 其中：女性 stays those counted (u72)."""
    assert MAKER.key("其中：女", ("团员情况", "团员人数")).text == MAKER.key("其中：女团员", ("团员总数",)).text
    assert MAKER.key("其中：女性", ("党外代表人士",)).text == "党外代表人士女性"
    # (u525: 「气象信息员人数 › 其中：女性」 read 气象信息员人数女气象信息员 and met the 人数 of 气象信息员 — 女气象信息员
    # would read as someone's name, as any 网格员 does: the count says it, as the village table's 其中：女性 does)
    women = MAKER.key("  其中：女性", ("气象信息员人数",))
    assert women.text == MAKER.key("其中：女性", ("气象信息员",)).text == "气象信息员女性人数", women
    assert not explain("  其中：女性", "人数", context_a=("气象信息员人数",), context_b=("气象信息员",)).same


def test_the_days_a_case_is_handled_on_mark_its_row_as_its_number_does() -> None:
    """u454: 「案件编号 | 办理时间 › 申请日期 | 受理日期 | 审批日期 | 受援人情况 › 姓名 …」 of a 法律援助 register: 审批日期
    was read as the row's own item before anyone's, so the aided person became a 受援人 apart from every roster's
    own person (67 pairs). The days a case is approved, closed or assigned mark its row as its 受理日期 does."""
    aided = "受援人情况"
    fields = [at("F1.1", "B4", "案件编号"), at("F1.2", "C5", "申请日期", "办理时间"), at("F1.3", "E5", "审批日期", "办理时间"),
              at("F1.4", "F5", "姓名", aided), at("F1.5", "I5", "公民身份号码", aided),
              at("F2.1", "B3", "姓名"), at("F2.2", "C3", "公民身份号码")]
    _match_forms(fields, [form_of("F1", "法律援助案件受理审批登记台账", Layout.LIST, Subject.EVENT),
                          form_of("F2", "法律援助值班律师工作台账", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.4", "F2.1") and same(fields, "F1.5", "F2.2")


def test_whoever_files_the_declaration_a_card_is_is_its_person() -> None:
    """u456: 「申报人情况 › 姓名 | 联系电话 | 身份证号码」 opening a 动物检疫申报单（蜂群转地放养）, then 「承运人情况」: the
    beekeeper filing the 申报 was a 申报人 apart from every roster's own person; the carrier stays someone else.
    A death's declarer still acts for the late person (u200)."""
    fields = [at("F1.1", "A2", "姓名", "申报人情况"), at("F1.2", "A3", "身份证号码", "申报人情况"),
              at("F1.3", "A10", "姓名", "承运人情况"), at("F2.1", "B3", "姓名"), at("F2.2", "C3", "公民身份号码")]
    _match_forms(fields, [form_of("F1", "动物检疫申报单（蜂群转地放养）", Layout.CARD, Subject.PERSON),
                          form_of("F2", "蜂农基本信息登记花名册", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2") and not same(fields, "F1.3", "F2.1")


def test_the_people_of_a_households_table_of_its_members_are_members() -> None:
    """u455: 「本户成员情况 › 姓名 | 性别 | 公民身份号码」 of a 住户摸底登记表 were read as the card's own person's and met
    every roster's: 本户成员, 户内成员 are a household's 家庭成员."""
    for section in ("本户成员情况", "户内成员"):
        assert MAKER.key("姓名", (section,)).role == "家庭成员", section


def test_a_registers_column_named_by_a_post_asks_its_holder_as_a_card_does() -> None:
    """u454: 「承办公证员」 of a 公证事项登记簿 and 「以下由公证处填写 › 承办公证员」 of a 公证申请表 ask one notary's name;
    the card read it as the holder's, the register as an item of its own. (A post under a header counting people,
    「参加人数（人） › 家长」, still counts them: u241.)"""
    fields = [at("F1.1", "B3", "公证事项"), at("F1.2", "K3", "承办公证员"),
              at("F2.1", "B3", "申请人姓名"), at("F2.2", "D22", "承办公证员", "以下由公证处填写")]
    _match_forms(fields, [form_of("F1", "公证事项登记簿", Layout.LIST, Subject.EVENT),
                          form_of("F2", "公证申请表", Layout.CARD, Subject.PERSON)])
    assert same(fields, "F1.2", "F2.2")


def test_what_each_fund_a_payment_header_names_pays() -> None:
    """u457: 「费用结算情况 › 三重保障制度支付 › 基本医保 | 大病保险 | 医疗救助」 of a 一站式结算台账 stood apart from every
    基本医保统筹支付, 大病保险支付 and 医疗救助支付: each is what its fund pays, the header's 支付 said once. Vocabulary of
    the 医疗保障基金结算清单 and the army: 主要诊断 is the 疾病名称, 参保档次 the 缴费档次, 部别 the 服役部队 (u453)."""
    for fund, item in (("基本医保", "基本医保统筹支付"), ("大病保险", "大病保险支付"), ("医疗救助", "医疗救助支付")):
        assert MAKER.key(fund, ("费用结算情况", "三重保障制度支付")).canonical == item, fund
    assert explain("主要诊断", "疾病诊断").same and explain("参保档次", "缴费档次").same and explain("部别", "服役部队").same


def test_an_age_band_of_the_old_is_of_the_old_however_it_is_nested_or_counted() -> None:
    """u458: 「高龄老人数 › 100周岁及以上」 of a village table stood apart from 「60周岁及以上老年人口 › 其中：100周岁及以上」
    of a 老龄 indicator table (counted in 人, read 60周岁及以上老年人口100周岁及以上人数): a band of the old is the old
    of that age, under 高龄 (80 and over) as under 老年人口, and its row's unit changes nothing."""
    assert MAKER.key("100周岁及以上", ("高龄老人数",)).text \
        == MAKER.key("          其中：100周岁及以上", ("60周岁及以上老年人口",), "人").text \
        == MAKER.key("          其中：100周岁及以上", ("60周岁及以上老年人口",)).text
    assert MAKER.key("  其中：65周岁及以上", ("60周岁及以上老年人口",), "人").canonical == "65岁以上老年人数"


def test_a_yes_no_over_two_groups_and_totals_said_three_ways() -> None:
    """u448, u461: 「是否脱贫户或监测户」 and 「是否脱贫户（监测户）」 stood apart, the second vetoed as 「是否脱贫人口」是人数或
    个数 (it ends as a count does, and asks yes or no). u459: 资产总计, 资产总额 (总资产) and 负债合计, 负债总额 (总负债)
    of a balance sheet and a card; u461: 年度补助标准 and 年补助标准."""
    assert explain("是否脱贫户或监测户", "是否脱贫户（监测户）").same and explain("是否脱贫户（监测户）", "是否脱贫人口").same
    assert explain("资产总计", "资产总额（万元）").same and explain("负债合计", "负债总额").same
    assert explain("年度补助标准（元）", "年补助标准（元）").same
    assert not explain("是否脱贫户", "脱贫户数").same  # (a yes/no is still no count)
    # (u518: a roster's 「安置对象类别（在对应栏打“√”） › 16周岁以下」, a tick, against a village summary's 「按年龄段分 ›
    # 16周岁以下」, the people of that age it counts: a bare age band is a count, in a scan as in explain)
    tick, band = ("安置对象类别（在对应栏打“√”）",), ("按年龄段分",)
    assert not explain("16周岁以下", "16周岁以下", context_a=tick, context_b=band).same
    fields = [field("F1.1", "16周岁以下", tick), field("F2.1", "16周岁以下", band)]
    match_fields(fields, SYN)
    assert not same(fields, "F1.1", "F2.1")


def test_the_parts_of_an_address_under_it_are_those_parts() -> None:
    """u460: 「房屋坐落 › 详细地址 › 楼栋」 of a 实有房屋 register was read 详细地址楼栋, apart from every roster's 楼栋号."""
    assert MAKER.key("楼栋", ("房屋坐落", "详细地址")).canonical == "楼栋号" == MAKER.key("楼栋号").canonical
    assert MAKER.key("单元", ("详细地址",)).canonical == "单元号"


def test_a_label_whose_own_note_asks_a_tick_is_a_yes_or_no() -> None:
    """wf84: 「现役军人（要暂停√）」 of a 医保参保清理 sheet became the 一套表's 「现役军人姓名」 column, and a name the cadre
    typed reached the form's tick box. A label whose own bracket asks a tick asks whether one is."""
    assert MAKER.key("现役军人（要暂停√）").text == "是否现役军人"
    assert MAKER.key("无法联系（√）").text == "是否无法联系"


def test_a_wording_a_form_asks_beside_its_near_twin_takes_its_like_elsewhere() -> None:
    """u466: a 门牌编码 register asks 「门牌编码 | 门牌号」 side by side; the 公安 台账's 门牌号 had stayed with the
    门牌编码 (a near score) and the register's own 门牌号 was put alone: the form that tells the two apart says
    which of them another form's same wording is."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "G3", "门牌号"), at("F2.1", "B4", "门牌编码", "门（楼）牌信息"),
              at("F2.2", "D4", "门牌号", "门（楼）牌信息"), at("F3.1", "C17", "门牌编码", "四、审批情况")]
    _match_forms(fields, [form_of("F1", "标准地址采集台账", Layout.LIST, Subject.PLACE),
                          form_of("F2", "门（楼）牌编制安装台账", Layout.LIST, Subject.PLACE),
                          form_of("F3", "门（楼）牌编制申请审批表", Layout.CARD, Subject.PLACE)])
    assert same(fields, "F1.1", "F2.2") and same(fields, "F2.1", "F3.1") and not same(fields, "F1.1", "F3.1")


def test_this_months_part_of_what_has_been_done_is_no_stock() -> None:
    """u466: 「已编制门牌（个） › 本月 | 累计」 read 本月 as the item itself, 已编制门牌, and met a 统计表's 已编制门牌总数:
    what has been done is a stock, this month's only a part of it. A flow's 本月 is still the item (工业总产值)."""
    assert not explain("本月", "已编制门牌总数", ["已编制门牌（个）"]).same
    assert MAKER.key("本月", ("工业总产值",)).text == MAKER.key("工业总产值").text


def test_drones_counted_in_their_own_unit_are_a_part_of_their_total() -> None:
    """u463: 「补贴机具总数 › 植保无人机」 counted in 架 lost its header (架 was no counting unit, as 台 is) and met a
    village's 农机保有量 › 植保无人机（架）: the drones subsidised, not every drone held."""
    subsidised = MAKER.key("        植保无人机", ("补贴机具总数",), "架")
    assert subsidised.header == "补贴机具总数"
    assert subsidised.text != MAKER.key("植保无人机（架）", ("农机保有量",)).text


def test_a_decision_on_a_wording_that_says_nothing_alone_stays_with_its_template() -> None:
    """wf86: the clerk's 「合计 = 贫困户户数」 on one table was saved as 「|合计」, and the next quarter a 低保 roster's
    合计 column joined the households counted: a generic wording's key names its template."""
    from yitaobiao.match import Decisions

    def fields(*more: Field) -> list[Field]:
        found = [field("F1.1", "合计"), field("F2.1", "贫困户户数"), *more]
        for f in found:
            f.form_title = {"F1": "家庭类型统计表", "F2": "扶贫开发统计表", "F3": "低保对象花名册"}[f.form_id]
        return found

    first = fields()
    match_fields(first, SYN)
    key = {f.id: f.label_key for f in first}
    assert "家庭类型统计表" in key["F1.1"]
    decided = Decisions(same={frozenset((key["F1.1"], key["F2.1"]))})
    later = fields(field("F3.1", "合计"))
    match_fields(later, SYN, decisions=decided)
    assert same(later, "F1.1", "F2.1") and not same(later, "F3.1", "F2.1")


def test_a_marked_part_of_a_figure_in_its_own_unit_is_of_that_figure() -> None:
    """u468: 「完成抽检 › 其中：食品小作坊」 in 批次 (the batches sampled from workshops) was read as 食品小作坊 and met a
    village table's 食品小作坊（家）, the workshops there are. A 其中 row is part of the figure above it."""
    sampled = MAKER.key("  其中：食品小作坊", ("完成抽检",), "批次")
    assert sampled.header == "完成抽检"
    assert sampled.text != MAKER.key("食品小作坊", (), "家").text


def test_a_paper_in_a_section_of_a_person_its_bracket_names_is_theirs() -> None:
    """u468: 「三、厨师（承办人）情况 › 健康证明编号」 of a 集体聚餐报备登记表 met the food workers' own 健康证明编号: the
    section names its person in brackets, as 「三、承办人情况」 would."""
    assert MAKER.key("健康证明编号", ("三、厨师（承办人）情况",)).role == "承办人"
    assert not explain("健康证明编号", "健康证明编号", ["三、厨师（承办人）情况"], ["从业人员信息"]).same


def test_a_things_code_is_never_its_name() -> None:
    """u467: 「危险区代码」 dropped its 代码 and was read as the 危险区名称 a bare 危险区 is (explain: the same item,
    1.00), while 危险区编码 stood apart: a code a department wants would have been filled with a name."""
    assert not explain("危险区代码", "危险区名称").same
    assert explain("危险区代码", "危险区编码").same


def test_the_one_who_does_what_the_title_registers_is_its_own_person() -> None:
    """u476: 「申领人基本情况 › 姓名 | 公民身份号码 …」 of a 居住证申领登记表 were a 领取人's (the vocabulary's word for one
    who collects money paid for another), apart from every roster's own 姓名: the one who applies for what the
    title registers is the card's own person."""
    from yitaobiao.model import Layout

    section = "一、申领人基本情况"
    fields = [at("F1.1", "B3", "姓    名", section), at("F1.2", "D3", "公民身份号码", section),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "身份证号码")]
    _match_forms(fields, [form_of("F1", "居住证申领登记表", Layout.CARD, Subject.PERSON),
                          form_of("F2", "流动人口居住登记台账", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2")
    from yitaobiao.match import _does_what_the_title_registers

    # (the act must be what the title registers: a 经办人 section of a 申领登记表 is no 申领)
    assert not _does_what_the_title_registers("三、经办人情况", "居住证申领登记表")
    assert _does_what_the_title_registers("兑换人", "爱心积分兑换登记表")


def test_a_part_of_money_paid_is_the_money_its_part_is_paid() -> None:
    """u478: 「已拨付到户资金 › 其中：拆除重建户」 (money paid to households rebuilding) was read as 拆除重建户 and met a
    village table's 整治情况 › 其中 › 拆除重建 (houses, in 栋). A 其中 row under an amount is part of the amount."""
    paid = MAKER.key("其中：拆除重建户", ("已拨付到户资金",))
    assert paid.header == "已拨付到户资金"
    assert not explain("其中：拆除重建户", "拆除重建", ["已拨付到户资金"], ["整治情况", "其中"]).same
    # (a part naming the kind of money keeps its reading: 护理补贴发放金额 — u299)
    assert MAKER.key("其中：护理补贴", ("补贴发放金额",)).text == "护理补贴发放金额"


def test_the_area_confirmed_is_no_area_contracted() -> None:
    """u481: a household's 确权面积 (what the survey confirmed and the certificate records) had met a county's
    家庭承包耕地面积 and 承包耕地面积: NY/T 2539 keeps the 合同面积 and the 确权面积 apart."""
    assert not explain("确权面积", "承包耕地面积").same
    assert explain("承包地确权面积", "确权面积").same and explain("家庭承包耕地面积", "承包地面积").same


def test_who_did_an_act_is_no_count_of_those_who_did() -> None:
    """u485: 「抽查情况 › 抽查人员」 (who checked, a name) of a 复核抽查台账 met a town table's 「实际抽查 › 人数」: the doers
    of an act and how many did it, as 人民调解员 and 人民调解员数 (u107)."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "L4", "抽查人员", "抽查情况"), at("F2.1", "F5", "人数", "实际抽查")]
    _match_forms(fields, [form_of("F1", "低保家庭复核抽查台账", Layout.LIST, Subject.HOUSEHOLD),
                          form_of("F2", "各乡镇低保复核抽查情况汇总表", Layout.LIST, Subject.PLACE)])
    assert not same(fields, "F1.1", "F2.1")
    assert not explain("抽查人员", "人数", context_b=("实际抽查",)).same


def test_a_market_entitys_section_is_a_bodys() -> None:
    """u485: 「关联市场主体情况 › 联系电话」 of a 市场主体登记信息核对反馈表 (the firm a person is tied to) met the applicant's
    own 联系电话: 市场主体 (《市场主体登记管理条例》) is a body, as 企业 and 合作社 are."""
    assert MAKER.key("联系电话", ("关联市场主体情况",)).role == "关联市场主体"
    assert not explain("联系电话", "联系电话", ["关联市场主体情况"], ["申请人情况"]).same


def test_a_plan_is_no_amount_paid() -> None:
    """u484: a county 分配表's 「基本公共卫生服务补助 › 计划数」 met each village doctor's 基本公共卫生服务补助 (what was
    paid), and its 「已拨付数」 lost its header and stood bare. A plan is no amount done; a stage of paying is read
    with its header. (计划生育 is a programme, no plan.)"""
    assert not explain("计划数", "基本公共卫生服务补助", ["基本公共卫生服务补助"], ["补助项目"]).same
    assert MAKER.key("已拨付数", ("基本公共卫生服务补助",)).header == "基本公共卫生服务补助"
    assert explain("计划生育家庭奖励扶助金", "计划生育家庭奖励扶助金（元）").same


def test_an_actual_figure_beside_the_approved_one_is_no_bare_figure() -> None:
    """u486: a 验收意见表 asks 批准建筑面积 | 实际建筑面积 and 实际建筑高度; its actual figures met a 规划许可证
    register's 建筑面积 and 建筑高度, the approved ones. On a form that tells 实际 from 批准, 实际 is part of the item;
    against a plan (计划完成时间 | 实际完成时间) the bare figure is the one done (u474)."""
    fields = [field("F1.1", "批准建筑面积（㎡）"), field("F1.2", "实际建筑面积（㎡）"), field("F1.3", "实际建筑高度（m）"),
              field("F2.1", "建筑面积（平方米）"), field("F2.2", "建筑高度（米）"), field("F3.1", "实际建筑面积"),
              field("F4.1", "计划完成时间"), field("F4.2", "实际完成时间"), field("F5.1", "完成时间")]
    match_fields(fields, SYN)
    assert not same(fields, "F1.2", "F2.1") and not same(fields, "F1.3", "F2.2") and same(fields, "F1.2", "F3.1")
    assert same(fields, "F4.2", "F5.1") and not same(fields, "F4.1", "F5.1")


def test_the_level_a_student_studies_at_is_no_highest_education() -> None:
    """u471, u488, u490: a 资助申请表's 学历层次 (专科, 本科 of the course studied) met every roster's 文化程度."""
    assert not explain("学历层次", "文化程度").same and explain("学历层次", "就读层次").same
    assert explain("最高学历", "文化程度").same


def test_a_section_of_two_things_completes_no_label() -> None:
    """u490: 「家庭经济及困难情况 › 困难类别」 was written out 「家庭经济及困难类别」 as 「经营主体情况 › 主体名称」 is 经营主体名称,
    and stood apart from two rosters' 困难类别: a section of two things (…及…) names neither whole."""
    assert MAKER.key("困难类别", ("家庭经济及困难情况",)).text == "困难类别"
    assert MAKER.key("主体名称", ("经营主体情况",)).text == "经营主体名称"


def test_a_split_off_item_whose_words_say_nothing_new_is_named_by_its_form() -> None:
    """wf95 parted a 学生卡's 父母/监护人 phone from the other forms' 监护人联系电话: the 一套表 printed 「监护人联系电话」
    and 「监护人联系电话（联系电话）」, and the cadre filled the wrong one. A part whose own words are in the name
    already is named by the form it comes from."""
    from yitaobiao.match import Decisions, _name_split_parts
    from yitaobiao.model import Concept

    fields = {"F1.1": field("F1.1", "联系电话", ("监护人",)), "F2.1": field("F2.1", "监护人联系电话"),
              "F3.1": field("F3.1", "监护人联系电话")}
    fields["F1.1"].form_title = "XX县学生基本信息登记表"
    field_lk = {"F1.1": "监护人|联系电话", "F2.1": "|监护人联系电话", "F3.1": "|监护人联系电话"}
    concepts = [Concept("C1", "监护人联系电话", ["F2.1", "F3.1"]), Concept("C2", "监护人联系电话", ["F1.1"])]
    _name_split_parts(concepts, Decisions(different={frozenset(("监护人|联系电话", "|监护人联系电话"))}), field_lk, fields)
    assert [c.name for c in concepts] == ["监护人联系电话", "监护人联系电话（学生基本信息登记表）"]


def test_a_section_glossing_one_role_by_another_is_one_person() -> None:
    """u488: 「家长（监护人）情况 › 家长姓名」 stood apart from every 监护人姓名 while the 联系电话 beside it, read by the
    section, met every 监护人联系电话: a label naming either word of the section is the person the section reads."""
    assert MAKER.key("家长姓名", ("家长（监护人）情况",)).role == MAKER.key("联系电话", ("家长（监护人）情况",)).role == "监护人"
    assert MAKER.key("家长姓名", ("监护人（家长）情况",)).text == "监护人姓名"
    assert MAKER.key("家长姓名", ("家长（职工）情况",)).role == "家长"



def test_a_cards_section_of_members_is_not_the_heads(tmp_path: Path) -> None:
    """u486: a 资格权人认定登记表 asks 「户主情况 › 户主姓名 | 公民身份号码」 and then 「资格权人情况（含户主） › 姓名 | 性别 |
    出生日期 | 与户主关系」, one row per person: the 性别 and 出生日期 of that section were read as the head's and met a
    roster's 户主性别. A section asking each person's relation to the head is the members'."""
    from yitaobiao.testing import list_rows, write_xlsx

    rows = [["农村宅基地资格权人认定登记表", *[""] * 7], ["村（社区）：           组：", *[""] * 7],
            ["户主情况", "户主姓名", "", "公民身份号码", "", "", "联系方式", ""],
            ["", "家庭住址", "", "", "", "", "", ""],
            ["资格权人情况（含户主）", "姓名", "性别", "出生日期", "公民身份号码", "", "与户主关系", "取得方式"],
            *[["", "", "", "", "", "", "", ""] for _ in range(3)],
            ["认定日期", "", "", "", "经办人：", "", "", ""]]
    merges = [(0, 0, 0, 7), (1, 0, 1, 7), (2, 0, 3, 0), (4, 0, 7, 0), (3, 2, 3, 7)]
    write_xlsx(tmp_path / "村委会" / "资格权.xlsx", [("登记表", rows, merges)])
    write_xlsx(tmp_path / "农业农村局" / "名册.xlsx", [("Sheet1", *list_rows("农户花名册", ["户主姓名", "户主性别", "户主出生日期"]))])
    concept = concept_by_cell(tmp_path)
    assert concept[("村委会", "C5")] != concept[("农业农村局", "C3")]
    assert concept[("村委会", "D5")] != concept[("农业农村局", "D3")]
    assert concept[("村委会", "B3")] == concept[("农业农村局", "B3")]


def test_a_register_of_a_kind_of_businesses_operators_names_each_row_by_its_own_name() -> None:
    """u491: 「民宿名称」 of a 民宿经营户基本情况台账 stood apart from the 备案登记表's and the 评定申请表's, the row's own
    name: a 民宿经营户 runs the 民宿 it is. A market's 经营户 are its stalls, and its 市场名称 stays no row's own (u287)."""
    from yitaobiao.match import _kind_of_its_own

    assert _kind_of_its_own("民宿", "桃源镇民宿经营户基本情况台账")
    assert not _kind_of_its_own("市场", "农贸市场畜禽肉经营户登记台账")
    assert not _kind_of_its_own("民宿", "民宿从业人员健康证明登记台账")


def test_the_large_operators_among_households_are_a_count_of_their_own() -> None:
    """u495: a county's 粮食生产情况统计表 counted 种粮大户数 and a township's 汇总表 种粮户数, one character apart and
    merged (a look-alike): the 大户 of agricultural statistics are a few of the households that grow grain."""
    assert not explain("种粮大户数", "种粮户数").same
    assert not explain("养殖大户数（户）", "养殖户数（户）").same
    assert explain("种粮户数", "种粮户数（户）").same


def test_a_phone_headed_by_a_lone_person_is_the_rows_own() -> None:
    """wf104: a 监测户台账 heads its phone 「人联系电话」 (本人 cut short); it stood apart from every 联系电话 as soon as the
    clerk joined a 家庭联系电话 to them. A 联系人's phone keeps its 联系人."""
    assert MAKER.key("人联系电话").canonical == MAKER.key("联系电话").canonical == "联系电话"
    assert MAKER.key("人联系电话").role is None and MAKER.key("联系人电话").role == "联系人"


def test_the_people_a_roster_first_describes_are_its_own(tmp_path: Path) -> None:
    """u496: 「驻村干部基本情况 › 姓名 | 性别 | 公民身份号码 …」 opened a 选派驻村第一书记和工作队员花名册, 派出单位情况 and
    a 紧急联系人 section after: its cadres were read as someone else's 干部, and 姓名, 性别 … stood apart from every
    other form's (F1 0.595). The first people a roster describes, however it words them, are the rows' own."""
    from yitaobiao.testing import list_rows, write_xlsx

    top = ["序号", "所在乡镇", "驻村名称", "驻村干部基本情况", "", "", "", "派出单位情况", "", "紧急联系人", "", "备注"]
    rows = [["选派驻村第一书记和工作队员花名册", *[""] * 11], top,
            ["", "", "", "姓名", "性别", "公民身份号码", "手机号码", "派出单位", "现任职务", "姓名", "联系电话", ""],
            *[[""] * 12 for _ in range(3)]]
    merges = [(0, 0, 0, 11), (1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 1, 6), (1, 7, 1, 8), (1, 9, 1, 10),
              (1, 11, 2, 11)]
    write_xlsx(tmp_path / "组织部" / "花名册.xlsx", [("Sheet1", rows, merges)])
    write_xlsx(tmp_path / "驻村办" / "考勤.xlsx", [("Sheet1", *list_rows("驻村干部考勤表", ["姓名", "性别", "公民身份号码"]))])
    concept = concept_by_cell(tmp_path)
    assert concept[("组织部", "D3")] == concept[("驻村办", "B3")]
    assert concept[("组织部", "F3")] == concept[("驻村办", "D3")]
    assert concept[("组织部", "J3")] != concept[("驻村办", "B3")]


def test_a_stationed_cadres_village_and_place_in_the_team_however_worded() -> None:
    """u496: 驻点村, 驻村村, 驻村名称 and a 责任清单's 帮扶村 name the village a 驻村 cadre is stationed in, 驻村乡镇 its
    township, and 驻村身份 (第一书记、工作队长或工作队员) the 驻村职务: each had stood apart (39 pairs lost)."""
    for village in ("驻点村", "驻村村", "驻村名称", "帮扶村"):
        assert explain(village, "所驻村").same, village
    assert explain("驻村乡镇", "所在乡镇").same and explain("驻村身份", "驻村职务").same
    assert not explain("帮扶村数", "帮扶村").same


def test_a_mother_is_the_own_person_of_forms_about_women_giving_birth(tmp_path: Path) -> None:
    """u498: 「申请人情况 › 产妇姓名 | 公民身份号码」 of a 孕产妇住院分娩补助申请审批表, and 「补助对象 › 产妇姓名 | 有效
    身份证件号码」 of a 孕产妇 roster, were read as the 母亲 a newborn's screening card asks beside its child (two
    look-alikes merged, the women's own items apart). Where the title is of the women, the 产妇 is the record's own."""
    from yitaobiao.testing import list_rows, write_xlsx

    card = [["孕产妇住院分娩补助申请审批表", "", "", ""], ["申请人情况", "产妇姓名", "", ""],
            ["", "公民身份号码", "", ""], ["", "联系电话", "", ""], ["申请日期", "", "", ""]]
    write_xlsx(tmp_path / "医保局" / "审批表.xlsx", [("Sheet1", card, [(0, 0, 0, 3), (1, 0, 3, 0)])])
    paid = [["孕产妇产前检查补助资金发放花名册", "", "", ""], ["序号", "补助对象", "", "发放金额"],
            ["", "产妇姓名", "有效身份证件号码", ""], *[[""] * 4 for _ in range(3)]]
    write_xlsx(tmp_path / "财政局" / "花名册.xlsx", [("Sheet1", paid, [(0, 0, 0, 3), (1, 0, 2, 0), (1, 1, 1, 2), (1, 3, 2, 3)])])
    screening = [["新生儿疾病筛查采血登记台账", "", "", "", ""], ["序号", "新生儿信息", "", "母亲信息", ""],
                 ["", "姓名", "性别", "姓名", "身份证号"], *[[""] * 5 for _ in range(3)]]
    write_xlsx(tmp_path / "妇幼保健院" / "筛查.xlsx",
               [("Sheet1", screening, [(0, 0, 0, 4), (1, 0, 2, 0), (1, 1, 1, 2), (1, 3, 1, 4)])])
    write_xlsx(tmp_path / "卫健局" / "名册.xlsx", [("Sheet1", *list_rows("孕产妇摸底花名册", ["姓名", "身份证号码"]))])
    concept = concept_by_cell(tmp_path)
    own_name, own_id = concept[("卫健局", "B3")], concept[("卫健局", "C3")]
    assert concept[("医保局", "B2")] == own_name and concept[("医保局", "B3")] == own_id
    assert concept[("财政局", "B3")] == own_name and concept[("财政局", "C3")] == own_id
    assert concept[("妇幼保健院", "D3")] != own_name and concept[("妇幼保健院", "E3")] != own_id


def test_relatives_after_a_rows_own_name_however_worded_are_someone_else(tmp_path: Path) -> None:
    """u505: a 长期滞留人员寻亲台账 names its people 「自报姓名」 and, at the end, the 「亲属姓名 | 亲属联系电话」 found for
    them: with no plain 姓名 the relatives were read as the rows' own people, and their phone met every 联系电话."""
    from yitaobiao.testing import list_rows, write_csv, write_xlsx

    rows, _ = list_rows("长期滞留人员寻亲台账", ["站内编号", "自报姓名", "性别", "进站日期", "亲属姓名", "亲属联系电话"])
    write_csv(tmp_path / "救助管理站" / "寻亲.csv", rows)
    write_xlsx(tmp_path / "民政局" / "花名册.xlsx", [("Sheet1", *list_rows("临时救助对象花名册", ["姓名", "联系电话"]))])
    concept = concept_by_cell(tmp_path)
    assert concept[("救助管理站", "F3")] != concept[("民政局", "B3")]
    assert concept[("救助管理站", "G3")] != concept[("民政局", "C3")]


def test_the_school_that_admits_is_not_the_one_attended_now(tmp_path: Path) -> None:
    """u503, u476: a 随迁子女积分入学 application asks the child's 现就读学校（幼儿园）, and the applicants' roster the
    录取学校 admitting them; through 录取学校 as a wording of 学校名称 they merged (a look-alike in u476). On an 入学
    form it is the school to be entered; on a student aid form the 录取院校 is the student's college (u80)."""
    from yitaobiao.testing import list_rows, write_xlsx

    write_xlsx(tmp_path / "教育局" / "申请表.xlsx",
               [("Sheet1", *list_rows("随迁子女积分入学申请表", ["子女姓名", "现就读学校（幼儿园）"]))])
    write_xlsx(tmp_path / "招生办" / "名册.xlsx", [("Sheet1", *list_rows("积分入学申请人员花名册", ["姓名", "录取学校"]))])
    write_xlsx(tmp_path / "团委" / "资助.xlsx", [("Sheet1", *list_rows("大学生助学金发放名单", ["姓名", "录取院校"]))])
    write_xlsx(tmp_path / "民政局" / "学生.xlsx", [("Sheet1", *list_rows("困难家庭学生名单", ["姓名", "就读学校"]))])
    concept = concept_by_cell(tmp_path)
    attended = concept[("民政局", "C3")]
    assert concept[("教育局", "C3")] == attended and concept[("团委", "C3")] == attended
    assert concept[("招生办", "C3")] != attended


def test_what_is_done_on_the_spot_is_not_what_puts_a_problem_right() -> None:
    """u497, u493: a patrol's 处置措施 (what was done on the spot) met a drill's and a slope's 整改措施 as one item
    (look-alikes); a fire station's 队内职务 was named 驻村职务, a 驻村工作队's word."""
    assert not explain("处置措施", "整改措施").same and explain("整治措施", "整改措施").same
    assert MAKER.key("队内职务").canonical != "驻村职务" and explain("驻村身份", "驻村工作队职务").same


def test_a_part_of_people_counted_is_no_tick() -> None:
    """u510: 「纳入管理的退休人员 › 人数 | 70-79周岁 | 80周岁以上」 of a village summary counts them; 80周岁以上 under a
    group beginning 纳入 was read as the tick 是否高龄老人. A tick stays under a 享受待遇情况 (u99)."""
    assert not MAKER.key("80周岁以上", ("纳入管理的退休人员",)).text.startswith("是否")
    assert MAKER.key("特困供养", ("享受待遇情况", "社会救助类")).text.startswith("是否")


def test_the_people_an_assessment_sheet_assesses_are_its_own() -> None:
    """u506: 「护路员姓名」 of a 农村公路护路员月度考核评分表 stood apart from every roster's 姓名 (「所属对象不同：护路员 ≠
    本人」), while a 路长名册's 路长姓名 met them: the people a 考核, 考勤 or 测评 sheet names in its title are its rows."""
    from yitaobiao.match import _title_lists

    assert _title_lists("护路员", "农村公路护路员月度考核评分表") and _title_lists("驻村干部", "驻村干部月度考勤汇总表")
    assert not _title_lists("河长", "河长巡河记录表")


def test_an_employer_a_former_unit_and_a_care_level_however_worded() -> None:
    """u503: a 流动人口信息采集 roster's 从业单位 is the 工作单位 (服务处所) of the 居住登记表; u510: a retiree's 原单位名称
    the 原工作单位; u509: 护理级别 and 照料护理等级 the 护理等级 of a 特困 roster."""
    assert explain("从业单位", "工作单位（服务处所）").same and explain("原单位名称", "原工作单位").same
    assert explain("护理级别", "护理等级").same and explain("照料护理等级", "护理等级").same
    assert not explain("原单位名称", "工作单位").same


def test_the_body_a_record_belongs_to_is_named_by_its_name() -> None:
    """u500: a 养老服务站工作人员花名册's 「所属服务站」 stood apart from the 上门服务记录台账's 「服务站名称」 (0.70): the body
    a person belongs to is asked by its name. Places and branches stay the vocabulary's (所属网格, 所在党支部)."""
    assert explain("所属服务站", "服务站名称").same and explain("所在敬老院", "敬老院名称").same
    assert MAKER.key("所属网格").canonical == "所属网格" and not explain("所属服务站", "服务站数").same


def test_a_guardian_applying_for_a_ward_names_whom_the_card_is_about() -> None:
    """u552: a 随迁子女接受义务教育入学申请表 opens with 「申请人（监护人）情况 › 姓名 | 与子女关系 | 身份证号码」 and
    then 「随迁子女情况 › 姓名 | 公民身份号码」: the child is the card's person, the guardian applies for them (the
    guardian's name and ID had met every pupil's on the rosters)."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "B3", "姓名", "申请人（监护人）情况"), at("F1.2", "D3", "与子女关系", "申请人（监护人）情况"),
              at("F1.3", "B4", "身份证号码", "申请人（监护人）情况"),
              at("F1.4", "B10", "姓名", "随迁子女情况"), at("F1.5", "D11", "公民身份号码", "随迁子女情况"),
              at("F2.1", "B4", "学生姓名"), at("F2.2", "C4", "身份证号"), at("F2.3", "D4", "监护人姓名")]
    _match_forms(fields, [form_of("F1", "进城务工人员随迁子女接受义务教育入学申请表", Layout.CARD, Subject.PERSON),
                          form_of("F2", "学籍异动情况登记台账", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.4", "F2.1") and same(fields, "F1.5", "F2.2")
    assert same(fields, "F1.1", "F2.3")
    assert not same(fields, "F1.1", "F2.1") and not same(fields, "F1.3", "F2.2")


def test_the_day_one_was_taken_into_a_programme_is_that_programmes() -> None:
    """u548: 民政's 低收入人口 monitoring and 乡村振兴's 防返贫 monitoring take a family in on days of their own: the
    纳入监测时间 of one register is not the 识别纳入时间 of the other. A lease's 起租日期 is no programme's."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "B4", "姓名"), at("F1.2", "C4", "纳入监测时间"), at("F1.3", "D4", "租赁起始日期"),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "识别纳入时间"), at("F2.3", "D4", "起租日期"),
              at("F3.1", "B4", "姓名"), at("F3.2", "C4", "纳入监测日期")]
    forms = [form_of("F1", "农村低收入人口动态监测信息台账", Layout.LIST, Subject.PERSON),
             form_of("F2", "防止返贫监测对象帮扶措施落实台账", Layout.LIST, Subject.PERSON),
             form_of("F3", "低收入人口预警信息核查台账", Layout.LIST, Subject.PERSON)]
    forms[0].population, forms[1].population, forms[2].population = "低收入人口", "防返贫监测对象", "低收入人口"
    _match_forms(fields, forms)
    assert not same(fields, "F1.2", "F2.2") and same(fields, "F1.2", "F3.2")
    assert same(fields, "F1.3", "F2.3")


def test_the_body_a_hazard_was_found_at_is_named_as_bodies_are() -> None:
    """u557: 「企业（单位）基本情况 › 企业（单位）名称」 of a 隐患排查整治台账, each row a hazard found at a body, stood
    apart from every register of enterprises' 企业名称. The body's name on a register of events is the body's own;
    under another body's section (「施工单位信息 › 单位名称」) it is that other body's."""
    fields = [at("F1.1", "B4", "企业（单位）名称", "企业（单位）基本情况"), at("F1.2", "G4", "隐患描述", "隐患情况"),
              at("F1.3", "H4", "单位名称", "施工单位信息"),
              at("F2.1", "B4", "企业名称"), at("F2.2", "C4", "统一社会信用代码")]
    _match_forms(fields, [form_of("F1", "安全生产隐患排查整治台账", Layout.LIST, Subject.EVENT),
                          form_of("F2", "危险化学品生产经营企业登记表", Layout.LIST, Subject.ORGANISATION)])
    assert same(fields, "F1.1", "F2.1") and not same(fields, "F1.3", "F2.1")


def test_a_post_already_said_to_be_former_and_a_lifes_dates_under_a_history() -> None:
    """u559: 「工作经历 › 原任职务 | 离休时间 | 原工作单位」 of a 离休干部花名册 and 「原工作情况 › 退休时间」 of a 银发人才库
    were read 经历原任职务, 原退休日期: apart from every other form's 原职务 and 退休时间. A label that already says the
    post was held, or the day one's working life began or ended, takes no 经历 or 原 from its header; a post held
    under a history header is still no one's present post."""
    assert explain("原任职务", "原任职务", context_a=("工作经历",)).same
    assert explain("退休时间", "退休时间", context_a=("原工作情况",)).same
    assert explain("离休时间", "离休时间", context_a=("工作经历",)).same
    assert not explain("担任职务", "现任职务", context_a=("任职经历",)).same


def test_a_households_labourers_listed_on_its_card_are_its_members() -> None:
    """u558: a 脱贫家庭劳动力就业帮扶登记卡 opens with 「户主情况」 and lists 「家庭劳动力就业情况 › 姓名 | 与户主关系 |
    身份证号码 | 务工单位 | 月收入（元）」: the household's working members, whose names and IDs had met every roster's
    own person's. 家庭劳动力 names members as 家庭成员 does; 家庭劳动力人数 still counts them."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "B3", "姓名", "户主情况"), at("F1.2", "D3", "身份证号码", "户主情况"),
              at("F1.3", "B6", "姓名", "家庭劳动力就业情况"), at("F1.4", "D6", "身份证号码", "家庭劳动力就业情况"),
              at("F1.5", "G6", "务工单位", "家庭劳动力就业情况"),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "公民身份号码"), at("F2.3", "D4", "工作单位"),
              at("F3.1", "B6", "姓名", "家庭成员情况"), at("F3.2", "D6", "身份证号", "家庭成员情况")]
    _match_forms(fields, [form_of("F1", "脱贫家庭劳动力就业帮扶登记卡", Layout.CARD, Subject.HOUSEHOLD),
                          form_of("F2", "外出务工人员动态监测台账", Layout.LIST, Subject.PERSON),
                          form_of("F3", "低保申请家庭情况登记表", Layout.CARD, Subject.HOUSEHOLD)])
    assert not same(fields, "F1.3", "F2.1") and not same(fields, "F1.4", "F2.2") and not same(fields, "F1.5", "F2.3")
    assert same(fields, "F1.3", "F3.1") and same(fields, "F1.4", "F3.2")
    assert MAKER.key("家庭劳动力人数").text == MAKER.key("劳动力人数").text


def test_what_befell_one_person_is_no_count_of_those_it_befell() -> None:
    """u556: 「伤亡人员情况 › 伤亡情况 › 死亡 | 受伤」 ticked for each person of a register of casualties had joined a
    village table's 「交通事故 › 死亡人数 | 受伤人数」. A state ticked for one person is never the count of a table."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "B5", "姓名"), at("F1.2", "K5", "死亡", "伤亡人员情况", "伤亡情况"),
              at("F1.3", "L5", "受伤", "伤亡人员情况", "伤亡情况"),
              at("F2.1", "A4", "村（社区）"), at("F2.2", "O4", "死亡人数", "交通事故"), at("F2.3", "P4", "受伤人数", "交通事故")]
    _match_forms(fields, [form_of("F1", "道路交通事故伤亡人员信息登记表", Layout.LIST, Subject.PERSON),
                          form_of("F2", "各村道路交通安全工作情况汇总表", Layout.LIST, Subject.PLACE)])
    assert not same(fields, "F1.2", "F2.2") and not same(fields, "F1.3", "F2.3")


def test_a_birth_date_with_the_age_beside_it_is_the_birth_date() -> None:
    """u564: 「出生年月（  岁）」 of a 干部登记表 asks the birth date with the age beside it; the blank 岁 read as its unit
    made it a count of years, apart from five forms' 出生日期."""
    assert explain("出生年月\n（  岁）", "出生日期").same and explain("出生年月（岁）", "出生年月").same
    assert not explain("年龄（岁）", "出生日期").same


def test_the_head_who_applies_is_the_head_whichever_word_is_bracketed() -> None:
    """u560: 「户主（申请人）姓名」 of a 倒损住房恢复重建补助申请表 (Word) was read as the applicant, the card's own person:
    the head's name, ID and phone met every roster's own, where 「申请人（户主）姓名」 was already the head's."""
    assert MAKER.key("户主（申请人）姓名").role == MAKER.key("申请人（户主）姓名").role == "户主"
    assert MAKER.key("开业（成立）时间").text == MAKER.key("成立日期").text


def test_the_day_of_the_event_a_header_is_before_is_no_former_one() -> None:
    """u564: 「返乡前务工情况 › 返乡时间」 of a 返乡入乡创业人员花名册 was read 原返乡时间, apart from another form's
    返乡时间; the work one did before coming back is still the former (原务工地点)."""
    assert explain("返乡时间", "返乡时间", context_a=("返乡前务工情况",)).same
    assert MAKER.key("务工地点", ("返乡前务工情况",)).text == MAKER.key("原务工地点").text


def test_whoever_reports_an_incident_is_not_whom_it_is_about() -> None:
    """u561: a 食源性疾病（疑似食物中毒）事件报告登记表 asks 「一、报告情况 › 报告人 › 姓名 | 联系电话」: the reporter's
    name and phone had met every roster's own person's, as a 申报单's filer is its own person (u456). A title
    registering an incident (事件, 事故, 疫情 …) has its 报告人 report it."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "B5", "姓名", "一、报告情况", "报告人"), at("F1.2", "D5", "联系电话", "一、报告情况", "报告人"),
              at("F1.3", "B7", "发病人数", "二、事件情况"),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "联系电话"),
              at("F3.1", "B3", "姓名", "申报人情况"), at("F3.2", "D3", "联系电话", "申报人情况")]
    _match_forms(fields, [form_of("F1", "学校食源性疾病（疑似食物中毒）事件报告登记表", Layout.CARD, Subject.PERSON),
                          form_of("F2", "学校食堂从业人员花名册", Layout.LIST, Subject.PERSON),
                          form_of("F3", "动物检疫申报单", Layout.CARD, Subject.PERSON)])
    assert not same(fields, "F1.1", "F2.1") and not same(fields, "F1.2", "F2.2")
    assert same(fields, "F3.1", "F2.1")


def test_a_register_of_care_after_birth_lists_the_mothers() -> None:
    """u568: 「产妇姓名 | 身份证号码」 of a 产后访视记录台账, one row a woman, were read as a newborn's 母亲姓名 and 母亲
    公民身份号码; a 新生儿 register's 母亲姓名 is still the child's mother's."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "B3", "产妇姓名"), at("F1.2", "C3", "身份证号码"), at("F1.3", "D3", "访视日期"),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "公民身份号码"),
              at("F3.1", "B4", "新生儿姓名"), at("F3.2", "C4", "母亲姓名")]
    _match_forms(fields, [form_of("F1", "镇卫生院产后访视记录台账", Layout.LIST, Subject.PERSON),
                          form_of("F2", "孕产妇保健手册建册登记台账", Layout.LIST, Subject.PERSON),
                          form_of("F3", "出生医学证明签发登记簿", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.1", "F2.1") and same(fields, "F1.2", "F2.2") and not same(fields, "F1.1", "F3.2")


def test_a_bodys_own_name_takes_no_word_of_the_title() -> None:
    """u569: 「单位名称」 of a 城关派出所辖区旅馆业单位基本情况台账 was read as 派出单位 (派出所's first two characters
    and 单位名称 making an item the vocabulary knows), apart from every register's 单位名称."""
    assert MAKER.as_its_title_names("单位名称", "城关派出所辖区旅馆业单位基本情况台账") == "单位名称"
    assert MAKER.as_its_title_names("结构", "农村房屋安全鉴定台账") != "结构"


def test_whether_a_licence_was_obtained_is_not_its_number() -> None:
    """u569: 「是否办理证照 › 特种行业许可证 | 营业执照」 of a 民宿经营户花名册 asks whether each was obtained; read as
    the licence itself, it met a police register's 特种行业许可证编号 (a look-alike pair). A yes/no question's header
    makes its leaves yes/no items, and a yes/no item is never a number or a date; what it asks after (是否参保 ›
    参保类型) stays what it is."""
    assert not explain("特种行业许可证", "特种行业许可证编号", context_a=("是否办理证照",)).same
    assert not explain("是否持证", "持证日期").same
    assert MAKER.key("参保类型", ("是否参保",)).text == MAKER.key("参保类型").text


def test_a_stock_at_the_period_end_keeps_its_end_beside_its_start() -> None:
    """wf140, wf143: 「年末实有耕地面积 › 合计」 stood on the 一套表 as 耕地面积, beside 年初实有耕地面积; the cadre could
    not tell which figure it asked. Where no start is asked, the end stays unsaid (年末常住人口 is 常住人口)."""
    fields = [at("F1.1", "E5", "年初实有耕地面积（亩）"), at("F1.2", "L6", "合计（亩）", "年末实有耕地面积"),
              at("F1.3", "M5", "年末耕地中有效灌溉面积（亩）"), at("F2.1", "B3", "耕地面积（亩）"),
              at("F3.1", "B4", "年末常住人口（人）")]
    names = {c.name for c in match_fields(fields, SYN).concepts}
    assert "年初实有耕地面积" in names and not any(n.endswith("耕地面积") and n[:2] not in ("年初", "年末") for n in names)
    assert any(n.startswith("年末") and n.endswith("耕地面积") for n in names)
    assert "常住人口" in names


def test_a_house_grade_is_no_whether_it_is_safe() -> None:
    """u601: 危房等级 (A/B/C/D级, 《农村住房安全性鉴定技术导则》) and 住房是否安全 (是 | 否) were one item; every wording
    of the grade stays one item, and every wording of whether stays another."""
    assert not explain("危房等级", "住房是否安全").same and not explain("房屋安全等级", "住房安全状况").same
    assert explain("房屋危险性鉴定等级", "危房等级").same and explain("住房安全状况", "住房是否安全").same


def test_a_bracket_closing_a_label_may_reword_its_last_word() -> None:
    """u602: 「退役时职务（军衔）」 is the 退役时军衔（职务） of another form, put the other way round; u603, u606: the
    「社会保障卡（银行卡）号」 of a payment roster is the bank account the money goes to. A bracket adding another
    programme (是否低保（特困）) rewords nothing."""
    assert explain("退役时职务（军衔）", "退役时军衔").same
    assert explain("社会保障卡（银行卡）号", "银行账号").same and not explain("社会保障卡号", "银行账号").same
    assert not explain("是否低保（特困）", "是否特困").same


def test_of_one_item_under_two_years_the_latest_is_the_item() -> None:
    """u605: 「2025年度 › 是否参保 | 2026年度 › 是否参保」 of a check list: the 2025 copy met the 是否参保 of a roster
    asking it without a year; the latest year's copy is the one meant, the earlier one told apart."""
    fields = [at("F1.1", "K6", "是否参保", "参保情况", "2025年度"), at("F1.2", "M6", "是否参保", "参保情况", "2026年度"),
              at("F2.1", "N4", "是否参保", "参保资助")]
    _match_forms(fields, forms_of("list", Subject.PERSON, Subject.PERSON))
    assert same(fields, "F1.2", "F2.1") and not same(fields, "F1.1", "F2.1")


def test_the_phone_after_an_appraiser_is_theirs() -> None:
    """u601: 「三、鉴定结论 › 鉴定人员 | ___ | 联系电话 | ___」 of a 农房安全性鉴定表 keyed by its 户主: the phone is the
    appraiser's, not the 户主's that every household roster asks."""
    from yitaobiao.model import Layout

    card = [at("F1.1", "A2", "户主姓名", "一、房屋基本情况"), at("F1.2", "A15", "鉴定人员", "三、鉴定结论"),
            at("F1.3", "C15", "联系电话", "三、鉴定结论")]
    roster = [at("F2.1", "A3", "户主姓名"), at("F2.2", "B3", "联系电话")]
    fields = card + roster
    match_fields(fields, SYN, forms=[*forms_of(Layout.CARD, Subject.HOUSEHOLD),
                                     *forms_of(Layout.LIST, Subject.HOUSEHOLD, Subject.HOUSEHOLD)[1:]])
    assert not same(fields, "F1.3", "F2.2")


def test_a_payment_under_a_standard_is_its_rate() -> None:
    """u606: 「补贴标准 › 岗位补贴」 of a 安置花名册 (元/月) met the 岗位补贴 paid out on a 发放明细: under a header of
    standards, a payment is the rate it is paid at."""
    for header in ("补贴标准", "发放标准"):
        assert not explain("岗位补贴", "岗位补贴", context_a=[header]).same
        assert explain("岗位补贴", "岗位补贴标准", context_a=[header]).same


def test_a_moment_under_a_time_header_is_when_it_was() -> None:
    """u605: 「住院时间 › 入院 | 出院」 was read as no date and stood apart from a card's 入院日期; 「服务时间 › 开始」 is
    the 服务开始时间. 「开工时间 › 实际」 stays as it was read (u403)."""
    assert explain("入院", "入院日期", context_a=["住院时间"]).same
    assert not explain("出院", "入院日期", context_a=["住院时间"]).same
    assert explain("开始", "服务开始时间", context_a=["服务时间"]).same


def test_whoever_is_named_after_the_late_person_acts_for_them() -> None:
    """u607: 「逝者姓名 | 性别 | 逝世日期 | 寄存人姓名 | 寄存人身份证号码 | 与逝者关系」 of a 骨灰寄存登记台账: the
    depositor, a 寄存人 the table does not know, was read as the row's own person and met every form's deceased."""
    urns = [at("F1.1", "C3", "逝者姓名"), at("F1.2", "D3", "性别"), at("F1.3", "F3", "逝世日期"),
            at("F1.4", "K3", "寄存人姓名"), at("F1.5", "L3", "寄存人身份证号码"), at("F1.6", "M3", "与逝者关系")]
    deaths = [at("F2.1", "B4", "姓名", "一、逝者基本情况"), at("F2.2", "D4", "公民身份号码", "一、逝者基本情况")]
    fields = urns + deaths
    _match_forms(fields, forms_of("list", Subject.PERSON, Subject.PERSON))
    assert same(fields, "F1.1", "F2.1") and not same(fields, "F1.4", "F2.1") and not same(fields, "F1.5", "F2.2")


def test_whether_at_school_is_no_state_of_schooling() -> None:
    """u610: 是否在校 (□是 □否) of a 事实无人抚养儿童 card met the 就学状况 (学龄前 | 在校 | 辍学 | 送教上门) of a 留守儿童
    台账: a yes or no is never a choice among states."""
    assert not explain("是否在校", "就学状况").same and explain("是否在读", "是否在校").same
    assert explain("在校情况", "就学状况").same


def test_a_part_of_a_count_of_someones_people_is_of_those_people() -> None:
    """u609: 「子女情况 › 子女人数 | 其中：已确认成员人数」 of a 妇女权益 台账 counts those of her children who are members,
    and met a village table's 已确认成员人数."""
    fields = [at("F1.1", "P5", "子女人数", "子女情况"), at("F1.2", "Q5", "其中：已确认成员人数", "子女情况"),
              at("F2.1", "A15", "已确认成员人数")]
    _match_forms(fields, [*forms_of("list", Subject.PERSON), *forms_of("indicator", Subject.PERSON, Subject.AGGREGATE)[1:]])
    assert not same(fields, "F1.2", "F2.1")


def test_a_band_inside_a_band_is_the_narrower_band_of_the_same_people() -> None:
    """u608: 「60周岁及以上户籍老年人口 › 80周岁及以上」 of a 老年人口 table stood apart from a 季报's 80周岁及以上户籍老年人口;
    「经常参加体育锻炼人数 › 其中：60周岁及以上」 stays those of the row above (u117)."""
    assert explain("其中：80周岁及以上", "80周岁及以上户籍老年人口", context_a=["60周岁及以上户籍老年人口"]).same
    assert not explain("其中：60周岁及以上", "60岁以上老年人数", context_a=["经常参加体育锻炼人数"]).same


def test_the_women_among_a_count_are_no_count_of_all() -> None:
    """u609: 「已确认成员人数 › 其中：女性」 of a county table met 「已确认成员 › 人数」 of a progress table (0.87): a count of
    one sex is never the count of everyone, whichever way the header puts it."""
    fields = [at("F1.1", "A15", "已确认成员人数"), at("F1.2", "A16", "  其中：女性", "已确认成员人数"),
              at("F2.1", "I4", "户数", "已确认成员"), at("F2.2", "J4", "人数", "已确认成员")]
    for f in fields:
        f.unit = "户" if f.label == "户数" else "人"
    _match_forms(fields, [*forms_of("indicator", Subject.AGGREGATE), *forms_of("list", Subject.PLACE, Subject.PLACE)[1:]])
    assert not same(fields, "F1.2", "F2.2")
    assert not explain("女性人数", "人数").same and explain("女性人数", "女性人数（人）").same


def test_an_entrusted_guardian_is_the_guardian() -> None:
    """u610: 「实际抚养人（受委托监护人）情况 › 姓名 | 联系电话」 of a 事实无人抚养儿童 审批表 stood apart from every 监护人姓名, while the
    委托监护人 of a 留守儿童 台账 met them: whoever the parents entrust guards the child (《民法典》 委托监护)."""
    assert explain("姓名", "监护人姓名", context_a=["实际抚养人（受委托监护人）情况"]).same
    assert explain("姓名", "监护人姓名", context_a=["受委托监护人"]).same


def test_a_part_of_those_a_project_serves_is_of_them_and_a_part_of_everyone_is_all() -> None:
    """u611: 「受益范围 › 受益人口 | 其中：脱贫人口（人）」 of a 供水工程台账 met a county table's 脱贫人口: the poor among
    those the works serves. 「户籍人口 › 其中：脱贫人口」 of a village table is every poor person it has."""
    served = [at("F1.1", "F4", "受益人口（人）", "受益范围"), at("F1.2", "G4", "其中：脱贫人口（人）", "受益范围")]
    village = [at("F2.1", "A6", "户籍人口"), at("F2.2", "A7", "其中：脱贫人口", "户籍人口")]
    county = [at("F3.1", "A8", "脱贫人口")]
    fields = served + village + county
    for f in fields:
        f.unit = "人"
    _match_forms(fields, [*forms_of("list", Subject.ORGANISATION),
                          *forms_of("indicator", Subject.AGGREGATE, Subject.AGGREGATE, Subject.AGGREGATE)[1:]])
    assert not same(fields, "F1.2", "F3.1") and same(fields, "F2.2", "F3.1")


def test_a_count_of_someones_children_is_counted_in_people() -> None:
    """u613: 「子女数（人）」 and 「子女人数」 were kept apart, 子女数 read as an attribute no quantity in 人 could be."""
    assert explain("子女数（人）", "子女人数").same and not explain("姓名", "人数（人）").same


def test_a_phone_after_a_person_on_a_line_over_a_list_is_that_persons() -> None:
    """u614: 「队伍名称：__ 队员人数：__ 队长：__ 联系电话：__」 over a 应急队伍花名册's header: the phone is the 队长's,
    and it had met every roster's own 联系电话 (the team members' 手机 then stood apart)."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "A2", "队伍名称："), at("F1.2", "H2", "队长："), at("F1.3", "J2", "联系电话："),
              at("F1.4", "B3", "姓名"), at("F1.5", "E3", "身份证号"), at("F1.6", "F3", "手机"), at("F1.7", "H3", "专业特长"),
              at("F2.1", "B3", "姓名"), at("F2.2", "C3", "联系电话")]
    _match_forms(fields, [form_of("F1", "防汛抢险应急队伍人员花名册", Layout.LIST, Subject.PERSON),
                          form_of("F2", "气象信息员登记表", Layout.LIST, Subject.PERSON)])
    assert same(fields, "F1.6", "F2.2") and not same(fields, "F1.3", "F2.2")


def test_a_hardship_category_is_its_programmes() -> None:
    """u617: 「困难类别」 of 人社's 就业困难人员 台账 (大龄失业, 残疾 …) met the union's 困难职工 档案's (深度困难, 相对困难):
    each programme classes its own people."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "B4", "姓名"), at("F1.2", "H4", "困难类别", "认定情况"), at("F2.1", "B4", "姓名"),
              at("F2.2", "D6", "困难类别", "困难情况"), at("F3.1", "B4", "姓名"), at("F3.2", "E4", "困难类型")]
    _match_forms(fields, [form_of("F1", "就业困难人员实名制动态管理台账", Layout.LIST, Subject.PERSON),
                          form_of("F2", "困难职工家庭档案登记表", Layout.CARD, Subject.PERSON),
                          form_of("F3", "困难职工帮扶救助资金发放台账", Layout.LIST, Subject.PERSON)])
    assert not same(fields, "F1.2", "F2.2") and same(fields, "F2.2", "F3.2")


def test_an_outcome_and_a_year_in_other_words_are_one_item() -> None:
    """u616: 「验收结果」 of a 台账 and 「验收结论」 of its 验收登记表, 「改厕年份」 and 「改厕年度」, stood apart. 本年度 is a
    period, no item's year."""
    assert explain("验收结果", "验收结论").same and explain("鉴定结论", "鉴定结果").same
    assert explain("改厕年份", "改厕年度").same
    assert not explain("验收结果", "验收日期").same and not explain("年度收入", "收入日期").same
    assert not explain("本年度", "年份").same


def test_the_head_of_a_households_card_is_the_heads_on_every_form() -> None:
    """u616: 「申请人（户主）基本情况 › 户主姓名 | 公民身份号码 | 联系电话」 of a household's 改厕申请表 became a bare 姓名,
    公民身份号码 and 联系电话, apart from every 户主姓名 of the household lists and cards: the record is the household,
    and its head is someone of it."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "B4", "户主姓名", "申请人（户主）基本情况"), at("F1.2", "B5", "公民身份号码", "申请人（户主）基本情况"),
              at("F1.3", "D5", "联系电话", "申请人（户主）基本情况"), at("F1.4", "B13", "代办人姓名", "代办人情况"),
              at("F2.1", "B4", "户主姓名"), at("F2.2", "C4", "身份证号"), at("F2.3", "D4", "联系电话"), at("F2.4", "E4", "改厕模式")]
    _match_forms(fields, [form_of("F1", "农村户厕改造申请表", Layout.CARD, Subject.HOUSEHOLD),
                          form_of("F2", "农村户厕改造任务台账", Layout.LIST, Subject.HOUSEHOLD)])
    assert all(same(fields, f"F1.{n}", f"F2.{n}") for n in (1, 2, 3))


def test_where_a_thing_lies_says_which_one_as_where_it_belongs_does() -> None:
    """u614: 「所处隐患点名称」 of a 一户一卡's house stood apart from every 隐患点名称, where 所属隐患点名称 met them."""
    assert explain("所处隐患点名称", "隐患点名称").same and explain("所处隐患点名称", "所属隐患点名称").same
    assert not explain("所处隐患点名称", "隐患点数").same


def test_a_day_under_a_sum_a_count_of_people_and_a_section_of_two_things() -> None:
    """u620: 「补偿资金（元） › 兑付日期」 stood apart from 「补偿资金兑付日期」; 「退捕渔民总数」 from 「退捕渔民人数」;
    「渔船及证照情况 › 船长（米）」 was read 渔船及证照船长, apart from 「渔船信息 › 船长(m)」."""
    assert explain("兑付日期", "补偿资金兑付日期", context_a=["补偿资金（元）"]).same
    assert not explain("兑付日期", "兑付日期", context_a=["补偿资金（元）"], context_b=["安置补助（元）"]).same
    assert explain("退捕渔民总数", "退捕渔民人数").same and explain("后扶移民人数", "后扶移民数").same
    assert MAKER.key("船长（米）", ("渔船及证照情况",)).text == MAKER.key("船长（米）").text
    assert MAKER.key("金额", ("收入及支出情况",)).text != MAKER.key("金额").text  # (a generic label still takes it)


def test_a_stations_name_and_head_and_a_party_with_another_word_inside() -> None:
    """u621: 「站点名称」 of a 站点信息台账 and 「服务社名称」 of a 服务社 card stood apart from every register's own name, and
    「站长情况 › 姓名」 from 「站长（负责人） › 姓名」; u618: 「承包（承租）方 › 联系电话」 of a 发包（出租）台账 from
    every 承租方's."""
    from yitaobiao.model import Layout

    fields = [at("F1.1", "B3", "站点名称"), at("F1.2", "D3", "姓名", "站长情况"), at("F1.3", "E3", "联系电话", "站长情况"),
              at("F2.1", "B4", "网点名称"), at("F2.2", "C4", "负责人"), at("F2.3", "D4", "联系电话"),
              at("F3.1", "B3", "服务社名称", "基本情况"), at("F3.2", "B6", "姓名", "站长（负责人）")]
    _match_forms(fields, [form_of("F1", "村级电商服务站点信息台账", Layout.LIST, Subject.ORGANISATION),
                          form_of("F2", "快递末端网点备案信息汇总表", Layout.LIST, Subject.ORGANISATION),
                          form_of("F3", "村级综合服务社建设申报登记表", Layout.CARD, Subject.ORGANISATION)])
    assert same(fields, "F1.1", "F2.1") and same(fields, "F2.1", "F3.1")
    assert same(fields, "F1.2", "F2.2") and same(fields, "F2.2", "F3.2") and same(fields, "F1.3", "F2.3")
    assert MAKER.key("联系电话", ("承包（承租）方",)).text == MAKER.key("联系电话", ("承租方情况",)).text


def test_a_bodys_code_under_a_partys_section_and_a_grade_of_payment_in_yuan() -> None:
    """u623: 「受托人 › 统一社会信用代码」 of a 流转委托书 met every applicant's and farm's own code; u625: 「缴费档次
    （元/年）」 of a 参保登记表 stood apart from an import template's 缴费档次 (an attribute, no amount, it was said)."""
    assert MAKER.key("统一社会信用代码", ("受托人",)).text != MAKER.key("统一社会信用代码").text
    assert not explain("统一社会信用代码", "统一社会信用代码", context_a=["受托人情况"]).same
    assert explain("缴费档次（元/年）", "缴费档次").same


def test_land_transferred_is_no_land_contracted() -> None:
    """u623: 「家庭承包耕地流转总面积」 of a 承包经营及流转情况 年报 met a village table's 「家庭承包耕地面积」 (0.84): the
    land transferred to others is an indicator of its own in 农业农村部's 流转 statistics."""
    assert not explain("家庭承包耕地流转总面积", "家庭承包耕地面积").same
    assert explain("流转面积", "家庭承包耕地流转总面积").same


def test_a_length_of_years_in_ling_is_measured_and_whoever_acts_for_someone_is_another_person() -> None:
    """u626: 「军龄（年）」 and 「服役年限」, one item in the synonym table, were vetoed as an attribute against a count of
    years; u628: 「代管人姓名」 and 「代管人联系电话」 of a 一卡通 摸底表 (whoever keeps a card for its holder) were read as
    the holder's own name and phone, and so was a 看护人's."""
    assert explain("军龄（年）", "服役年限").same and explain("工龄（年）", "工龄").same
    assert not explain("代管人姓名", "姓名").same and not explain("代管人联系电话", "联系电话").same
    assert not explain("代收人姓名", "姓名").same and not explain("看护人联系电话", "联系电话").same
    assert explain("姓名", "代管人姓名", context_a=["代管情况"]).same
    assert explain("参保人姓名", "姓名").same


def test_the_address_a_hukou_is_entered_at_is_the_registered_address() -> None:
    """u626: 「落户地址 › 详细地址」 of a 退役士兵户口登记台账 was read as 现住址 and merged the registered and the
    present address: where a 户口 is entered (落户) is the 户籍地址."""
    assert explain("详细地址", "户籍地址", context_a=["落户地址"]).same
    assert not explain("详细地址", "现住址", context_a=["落户地址"]).same


def test_a_total_is_never_one_of_its_own_parts() -> None:
    """wf155: four of the review workbook's seven 疑似相同 rows put a total beside one of its own parts, as two forms
    print them (「生猪 › 存栏」 / 「生猪存栏 › 其中：仔猪」, 「牛 › 存栏 › 合计」 / 「牛存栏 › 奶牛」): no clerk would merge them.
    The same part under either wording of its whole is still one item, and a count of the whole's own kind is no part."""
    piglets = explain("存栏", "其中：仔猪", context_a=["生猪"], context_b=["生猪存栏"])
    assert not piglets.same and any("总数与其中一项" in line for line in piglets.reasons), piglets.reasons
    assert not explain("合计", "奶牛", context_a=["牛", "存栏"], context_b=["牛存栏"]).same
    assert not explain("残疾人数", "重度残疾人数", context_b=["残疾人数"]).same
    same_part = explain("仔猪", "其中：仔猪", context_a=["生猪", "其中"], context_b=["生猪存栏"])
    assert not any("总数与其中一项" in line for line in same_part.reasons), same_part.reasons
    assert explain("户数", "低保户（户）", context_a=["低保户"]).same


def test_a_yes_or_no_question_is_no_address() -> None:
    """wf155: 「是否居住在户籍所在地」 was offered the clerk beside 户籍地详址 as maybe one item: a question asked yes or
    no is never the address, the phone, the number or the day it mentions."""
    asked = explain("户籍地详址", "是否居住在户籍所在地")
    assert any("限定不同" in line and "地址" in line for line in asked.reasons), asked.reasons
    assert not explain("是否有联系电话", "联系电话").same


def test_a_word_of_the_forms_own_glossed_by_a_known_role_is_that_role() -> None:
    """u630: 「权利人情况 › 权利人（户主）姓名」 of a 确权登记花名册 and 「权利人（户主） › 姓名」 were read as the record's
    own 姓名; the bracket says the 权利人 is the 户主. A word the table knows keeps its own reading (「女方（登记人）」),
    and a 宅基地 application's 相邻权利人 are the neighbours, never the applicant."""
    assert MAKER.key("权利人（户主）姓名").role == "户主"
    assert MAKER.key("姓名", ("权利人（户主）",)).role == "户主"
    assert MAKER.key("证件号码", ("权利人（户主）情况",)).text == MAKER.key("户主身份证号").text
    assert MAKER.key("姓名", ("一、女方（登记人）情况",)).role is None
    assert MAKER.key("联系电话", ("相邻权利人意见",)).role == "相邻权利人"
    assert not explain("相邻权利人姓名", "姓名").same


def test_where_the_record_is_on_a_row_naming_someone_stays_the_records() -> None:
    """u631: 「三、网格管理 › 网格员 | ___ | 网格员电话 | ___ | 所属网格 | ___」 of a 经营性自建房“一户一档” card read the
    building's 所属网格 as the 网格员's and parted it from every register's: a 网格 is a place, as a 村 is."""
    section = "三、网格管理"
    card = [at("F1.1", "B3", "房屋地址"), at("F1.2", "B17", "网格员", section), at("F1.3", "D17", "网格员电话", section),
            at("F1.4", "F17", "所属网格", section)]
    other = [at("F2.1", "B4", "户主姓名"), at("F2.2", "C4", "所属网格")]
    fields = _card_beside_a_register(card, other, ("经营性自建房一户一档信息采集表", Subject.ORGANISATION),
                                     ("居民用户燃气安全入户检查台账", Subject.HOUSEHOLD))
    assert same(fields, "F1.4", "F2.2") and not same(fields, "F1.2", "F2.1")


def test_the_number_under_a_card_or_certificate_is_that_ones() -> None:
    """u628: 「社会保障卡 › 卡号」 of a 一卡通 摸底表 was read as a bank card's number and merged with every 收款账号,
    while its 「社会保障卡 › 金融账号」, the account the subsidies go to, stood apart from them."""
    assert MAKER.key("卡号", ("社会保障卡",)).canonical == "社会保障卡号"
    assert explain("金融账号", "收款账号", context_a=["社会保障卡"]).same
    assert not explain("卡号", "银行账号", context_a=["社会保障卡"]).same
    assert MAKER.key("证号", ("残疾人证",)).canonical == MAKER.key("残疾证号").canonical
    assert explain("卡号", "银行账号").same


def test_an_amount_per_meal_or_per_mu_is_a_rate_however_it_is_worded() -> None:
    """u633: 「每餐补贴标准（元）」 against 「补贴标准（元/餐）」 (0.71), u628: 「每亩保险金额（元）」 against 「单位保险金额
    （元/亩）」 (0.57): the 每 in front and the unit's /餐 say one rate. An organisation's 单位名称 is no rate."""
    assert explain("每餐补贴标准（元）", "补贴标准（元/餐）").same
    assert explain("每亩保险金额（元）", "单位保险金额（元/亩）").same
    assert not explain("每亩保险金额（元）", "保险金额（元）").same
    assert MAKER.key("单位名称").text == "单位名称" and MAKER.key("单位地址（元/亩）").text != "地址"


def test_a_part_beside_a_total_named_by_its_headers_count_is_of_those_counted() -> None:
    """u632: 「参加人数 › 总人数 | 其中：未成年人」 of an activity register: the young among those who came had met an
    area's 辖区未成年人数. 总人数 under 参加人数 is that header's own total, so the part is of the participants."""
    fields = [at("F1.1", "G2", "总人数", "参加人数"), at("F1.2", "H2", "其中：未成年人", "参加人数"),
              at("F2.1", "B4", "辖区未成年人数（不满18周岁）")]
    _match_forms(fields, [form_of("F1", "青少年法治宣传教育活动开展情况登记表", Layout.LIST, Subject.EVENT),
                          form_of("F2", "重点青少年群体服务管理工作情况统计表", Layout.INDICATOR, Subject.AGGREGATE)])
    assert not same(fields, "F1.2", "F2.1")
    assert MAKER.key("其中：未成年人数", ("参加人数",)).text != MAKER.key("未成年人数", ()).text


def test_the_one_who_collects_a_households_goods_is_not_its_person() -> None:
    """u634: 「村组 | 户主姓名 | 联系方式 | 领取人姓名 | 领取人身份证号」 of a 救灾物资发放登记表: whoever came for the
    household's relief goods had become the record's own person, merged with every roster's 姓名 and ID number. Only
    where their relation to the head is asked (u91) is the one paid a person of the household the row is about."""
    fields = [at("F1.1", "B3", "村组"), at("F1.2", "C3", "户主姓名"), at("F1.3", "D3", "联系方式"),
              at("F1.4", "E3", "领取人姓名"), at("F1.5", "F3", "领取人身份证号"),
              at("F2.1", "B3", "姓名"), at("F2.2", "C3", "公民身份号码")]
    _match_forms(fields, [form_of("F1", "救灾物资发放登记表", Layout.LIST, Subject.PERSON),
                          form_of("F2", "村（社区）灾害信息员花名册", Layout.LIST, Subject.PERSON)])
    assert not same(fields, "F1.4", "F2.1") and not same(fields, "F1.5", "F2.2")


def test_a_population_under_a_total_of_people_counted_is_of_those_counted() -> None:
    """u635: 「培训人数合计 › 脱贫劳动力（含监测对象）」 of a training statistics table, the poor trained, had met a 季报's
    「外出务工劳动力 › 其中：脱贫劳动力」, the poor gone out to work: a total of a count of people is that count."""
    trained = MAKER.key("脱贫劳动力人数", ("培训人数合计",))
    assert trained.text == "培训人数脱贫劳动力人数"
    assert trained.text != MAKER.key("其中：脱贫劳动力人数", ("外出务工劳动力",)).text


def test_the_session_one_attended_is_no_count_of_sessions() -> None:
    """u635: a roster's 培训期次 (which session a trainee was in) had met a table's 举办培训班期数 through the vocabulary;
    承训机构 is the 培训机构 of a trainee roster."""
    assert SYN.lookup("培训期次") != SYN.lookup("举办培训班期数")
    assert SYN.lookup("培训班次") == SYN.lookup("培训期次")
    assert SYN.lookup("承训机构") == SYN.lookup("培训机构名称")


def test_a_households_damage_and_losses_are_the_disaster_statistics_items() -> None:
    """u634: a 核查表's 「三、受损情况 › 倒塌间数」 and a 台账's 「倒损情况（间） › 倒塌」 stood apart from the 快报表's
    倒塌房屋间数, 「其中：成灾面积」 from 成灾面积, 「其中：农业损失」 from 农业直接经济损失: the items of 《自然灾害情况
    统计调查制度》, however asked; the kinds of damage and of loss stay apart."""
    assert SYN.lookup("倒塌间数") == SYN.lookup("倒塌房屋间数")
    assert SYN.lookup("严重损坏间数") == SYN.lookup("严重损坏房屋间数") != SYN.lookup("倒塌房屋间数")
    assert SYN.lookup("成灾面积") == SYN.lookup("农作物成灾面积") != SYN.lookup("农作物绝收面积")
    assert SYN.lookup("农业损失") == SYN.lookup("农业直接经济损失")
    assert not explain("成灾面积", "绝收面积").same and not explain("倒塌间数", "一般损坏间数").same


def test_the_late_person_is_one_whoever_they_were_in_life() -> None:
    """u641: 「已故参保人信息 › 姓名 | 公民身份号码」 of a 遗属待遇 register had become the register's own person (a
    参保人), the survivor its 领取人; 已故职工, 已故参保人 and 死亡人员 are the one late person."""
    late = MAKER.key("姓名", ("已故参保人信息",))
    assert late.role == MAKER.key("姓名", ("死亡人员基本情况",)).role == MAKER.key("姓名", ("已故职工情况",)).role
    assert late.role is not None and late.text != MAKER.key("姓名").text


def test_a_label_naming_one_of_its_joined_headers_two_things_is_that_thing() -> None:
    """u640: 「上岗及补助 › 上岗时间」 of a roster had been read 上岗及补助上岗时间, apart from a card's 上岗时间: a label
    starting with one of the two things its header joins says which it is."""
    assert MAKER.key("上岗时间", ("上岗及补助",)).text == MAKER.key("上岗时间").text
    assert MAKER.key("船长（米）", ("渔船及证照情况",)).text == MAKER.key("船长（米）").text


def test_one_who_looks_after_someone_at_home_is_their_carer_by_any_name() -> None:
    """u638: 「照料护理人 › 姓名 | 联系电话」 of a 特困 roster stood apart from 「委托照料服务人 › 姓名」 of its 申请审批表 and
    「照料服务人 › 电话」 of a 探访 台账: each the carer (照护人) of the one the record is about."""
    roles = {MAKER.key("姓名", (section,)).role for section in ("照料护理人", "委托照料服务人情况", "照料服务人")}
    assert len(roles) == 1 and None not in roles


def test_one_who_collects_for_the_head_is_a_stand_in_whatever_the_section_notes() -> None:
    """u645: 「代领人信息（户主死亡或无民事行为能力时填写） › 姓名 | 身份证号码 | 与户主关系」 of a 直补资金发放花名册 keyed
    by 户主姓名: the relation to the head asked made the 代领人 each row's own person (u91's payee), merged with every
    roster's 姓名, ID and relation. One who collects for another (代领人, 代办人) is a stand-in by name."""
    fields = [at("F1.1", "C3", "户主姓名"), at("F1.2", "D3", "户主身份证号"),
              at("F1.3", "J4", "姓名", "代领人信息（户主死亡或无民事行为能力时填写）"),
              at("F1.4", "K4", "身份证号码", "代领人信息（户主死亡或无民事行为能力时填写）"),
              at("F1.5", "L4", "与户主关系", "代领人信息（户主死亡或无民事行为能力时填写）"),
              at("F2.1", "B4", "姓名"), at("F2.2", "C4", "公民身份号码"), at("F2.3", "D4", "与户主关系")]
    _match_forms(fields, [form_of("F1", "水库移民后期扶持直补资金发放花名册", Layout.LIST, Subject.PERSON),
                          form_of("F2", "大中型水库移民后期扶持人口花名册", Layout.LIST, Subject.PERSON)])
    assert not any(same(fields, a, b) for a, b in (("F1.3", "F2.1"), ("F1.4", "F2.2"), ("F1.5", "F2.3")))


def test_a_households_section_asks_its_heads_number_under_the_heads_name() -> None:
    """u645: 「申请户基本情况 › 户主姓名 | ___ | 联系电话 | ___」 over 「身份证号码 | ___」 on a 后期扶持人口变更申请表: the
    number was read as the card's own person's, merged with every roster's, and the changed person's own number
    under 变更人员情况 stood apart."""
    card = [at("F1.1", "B1", "户主姓名", "申请户基本情况"), at("F1.2", "D1", "联系电话", "申请户基本情况"),
            at("F1.3", "B2", "身份证号码", "申请户基本情况"), at("F1.4", "B4", "姓名", "变更人员情况"),
            at("F1.5", "B5", "公民身份号码", "变更人员情况"),
            at("F2.1", "B4", "户主姓名"), at("F2.2", "C4", "户主身份证号码"), at("F2.3", "D4", "姓名"),
            at("F2.4", "E4", "公民身份号码")]
    _match_forms(card, [form_of("F1", "后期扶持人口变更申请表", Layout.CARD, Subject.PERSON),
                        form_of("F2", "移民人口花名册", Layout.LIST, Subject.PERSON)])
    assert same(card, "F1.3", "F2.2") and same(card, "F1.5", "F2.4") and not same(card, "F1.3", "F2.4")


def test_a_question_answered_by_ticking_yes_or_no_is_no_count() -> None:
    """u647: 「检查情况 › 安装独立式感烟火灾探测报警器 | □是 □否」 of an inspection card met a township table's
    「安装独立式感烟火灾探测报警器户数（户）」: whether one place has one, against how many households do."""
    ticked = at("F1.1", "B10", "安装独立式感烟火灾探测报警器", "检查情况")
    ticked.options = ["□是  □否"]
    fields = [ticked, at("F2.1", "A8", "安装独立式感烟火灾探测报警器户数")]
    fields[1].unit = "户"
    _match_forms(fields, [form_of("F1", "九小场所消防安全检查记录表", Layout.CARD, Subject.ORGANISATION),
                          form_of("F2", "农村消防安全基本情况统计表", Layout.INDICATOR, Subject.AGGREGATE)])
    assert not same(fields, "F1.1", "F2.1")


def test_the_people_a_section_adds_keep_their_own_names() -> None:
    """u644: 「新增人员情况 › 姓名 | 性别 | 公民身份号码 | 与户主关系」 of a 低保家庭新生儿增员审批表 was read 新增姓名,
    新增公民身份号码 …, apart from every form's own; what says who one is has no state. A count under it keeps it."""
    for label in ("姓名", "性别", "公民身份号码", "与户主关系"):
        assert MAKER.key(label, ("新增人员情况",)).text == MAKER.key(label).text, label
    assert "新增" in MAKER.key("保障金额（元）", ("新增人员情况",)).text


def test_the_words_of_a_birth_and_of_a_book_room() -> None:
    """u644, u646: 落户日期 is the 户口登记日期 a newborn's card asks; a 生育津贴 roster's 生育日期 is the mother's
    分娩日期; 分娩医疗机构 and 出生医院 the 助产机构; 申领日期 the 申请日期; a 农家书屋's 图书总藏量 its 藏书数量."""
    pairs = [("落户日期", "户口登记日期"), ("分娩日期", "生育日期"), ("助产机构名称", "分娩医疗机构"),
             ("助产机构名称", "出生医院"), ("申请日期", "申领日期"), ("图书总藏量", "藏书数量"), ("产假天数", "享受产假天数")]
    for a, b in pairs:
        assert SYN.lookup(a) is not None and SYN.lookup(a) == SYN.lookup(b), (a, b)
    assert SYN.lookup("落户日期") != SYN.lookup("迁入日期")
