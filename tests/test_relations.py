"""Relations to a household's head by GB/T 4761."""

from yitaobiao.relations import relation_choice, relation_kind, same_relation

POLICE = {"102-户主": "户主", "111-夫": "夫", "112-妻": "妻", "120-子": "子", "130-女": "女", "150-父母": "父母",
          "170-兄弟姐妹": "兄弟姐妹", "99-其他": "其他"}


def test_a_relation_has_one_kind_however_written() -> None:
    assert relation_kind("之长子") == relation_kind("儿子") == "子"
    assert relation_kind("妻子") == relation_kind("配偶") == "配偶"
    assert relation_kind("外孙女") == "外孙女" and relation_kind("邻居") is None


def test_a_group_holds_its_kinds() -> None:
    assert same_relation("父母", "父亲") and same_relation("父母", "婆婆") and same_relation("兄弟姐妹", "妹妹")
    assert not same_relation("父亲", "母亲") and not same_relation("子", "女")


def test_a_coded_list_is_answered_by_kind_group_and_sex() -> None:
    assert relation_choice("长子", POLICE) == "120-子"
    assert relation_choice("次女", POLICE) == "130-女"
    assert relation_choice("岳母", POLICE) == "150-父母"
    assert relation_choice("哥哥", POLICE) == "170-兄弟姐妹"
    assert relation_choice("配偶", POLICE, "女") == "112-妻" and relation_choice("配偶", POLICE, "男") == "111-夫"
    assert relation_choice("配偶", POLICE) is None  # (no sex, no guess)
    assert relation_choice("丈夫", POLICE) == "111-夫"
    assert relation_choice("孙女", POLICE) is None and relation_choice("邻居", POLICE) is None


def test_a_relation_that_says_more() -> None:
    """wf106: 长子 says more than a police list's 子, 父亲 than the group 父母; 之子 no more than 子."""
    from yitaobiao.relations import says_more

    assert says_more("子", "长子") and says_more("父母", "父亲") and not says_more("长子", "子")
    assert not says_more("子", "之子") and not says_more("子", "女") and not says_more("邻居", "长子")


def test_kin_with_no_kind_listed_takes_the_lists_kin() -> None:
    """wf109: a police list of 01-雇员与员工, 02-承租人, 03-亲属 … beside 102-户主, 120-子: 儿媳 and 孙女 have no kind of
    their own there, and are 亲属; the head is never a mere relative."""
    listed = {"01-雇员与员工": "雇员与员工", "02-承租人": "承租人", "03-亲属": "亲属", "102-户主": "户主", "120-子": "子"}
    assert relation_choice("儿媳", listed) == "03-亲属" and relation_choice("孙女", listed) == "03-亲属"
    assert relation_choice("长子", listed) == "120-子" and relation_choice("户主", listed) == "102-户主"
    assert relation_choice("儿媳", POLICE) is None  # (a list with no 亲属: said, not guessed)


def test_a_lists_kin_is_any_relation_but_the_head() -> None:
    """wf114: split wrote 儿媳 into a police list as its 03-亲属; fill, reading the list back beside the 一套表's 儿媳,
    put the two to 待核实 and left 与户主关系 blank. A list's 亲属 is any kin of the head, and says less than 儿媳."""
    from yitaobiao.relations import says_more

    assert same_relation("亲属", "儿媳") and same_relation("孙女", "其他亲属") and not same_relation("亲属", "户主")
    assert says_more("亲属", "儿媳") and not says_more("儿媳", "亲属") and not says_more("亲属", "本人")
