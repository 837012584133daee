"""Regenerate sample_forms/: 13 templates from 10 departments (list, indicator and card layouts;
.xlsx, .xls, GBK .csv and .docx), with real overlaps and look-alike pairs.

    python scripts/make_sample_forms.py [OUTDIR]

The end-to-end test (tests/test_end_to_end.py) checks the scan of these forms against counts worked
out by hand: 104 fields, 59 data items.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from yitaobiao.testing import (
    card_rows,
    indicator_rows,
    list_rows,
    write_csv,
    write_docx,
    write_xls,
    write_xlsx,
)

CODE_SHEET = [["性别", "民族"], ["男", "汉族"], ["女", "回族"], ["", "壮族"]]


def build(out: Path) -> None:
    rows, merges = list_rows("青山县2025年第三季度城乡低保对象花名册", [
        "行政村名称", "户主姓名", ("本人情况", ["姓名", "性别", "身份证号码"]), "与户主关系", "保障人数",
        "月保障金额（元）", "联系电话"])
    write_xlsx(out / "民政局" / "城乡低保对象花名册.xlsx", [("花名册", rows, merges)])

    rows, merges = list_rows("青山县农村留守儿童信息台账", [
        "姓名", "性别", "出生日期", "公民身份号码", "学校名称", ("监护人情况", ["姓名", "联系电话", "与被监护人关系"])])
    write_xlsx(out / "民政局" / "农村留守儿童信息台账.xlsx", [("Sheet1", rows, merges)], hidden=[("代码表", CODE_SHEET)])

    rows, _ = list_rows("青山县农村劳动力就业情况台账", [
        "所属乡镇", "村（社区）", ("本人情况", ["姓名", "性别", "身份证号", "年龄"]), "就业状态", "务工地点",
        "月收入（元）"], serial=False)
    write_csv(out / "人社局" / "农村劳动力就业情况台账.csv", rows, encoding="gbk")

    rows, merges = list_rows("青山县65岁及以上老年人健康管理台账", [
        "村(社区)", "姓名", "性别", "出生年月", "居民身份证号码", "现住址", "慢性病病种", "联系电话"])
    write_xlsx(out / "卫健局" / "老年人健康管理台账.xlsx", [("Sheet1", rows, merges)])

    rows, merges = indicator_rows("青山县人口与健康基本情况统计表", [
        ("户籍人口", "人"), ("  其中：女", "人"), ("常住人口", "人"), ("出生人口", "人"), ("死亡人口", "人"),
        ("60岁及以上老年人口", "人"), ("80岁及以上老年人口", "人")])
    write_xlsx(out / "卫健局" / "人口与健康基本情况统计表.xlsx", [("季报", rows, merges)])

    rows, merges = list_rows("青山县死亡人口信息核查表", [
        ("本人情况", ["姓名", "性别", "公民身份证号码", "出生日期", "死亡日期"]), "户籍住址"])
    rows[2][0] = "编号"
    write_xls(out / "公安局" / "死亡人口信息核查表.xls", "Sheet1", rows, merges)

    header = ["姓  名", "性别", "身份证号码", "民族", "户籍地址", "现住址", "联系电话"]
    write_docx(out / "公安局" / "实有人口登记表.docx", "青山县实有人口登记表",
               [header] + [[""] * len(header) for _ in range(6)])

    rows, merges = card_rows("青山县困难残疾人生活补贴和重度残疾人护理补贴申请表", [
        ("基本情况", [["姓名", "性别", "出生日期"], ["民族"], ["身份证号"]]),
        ("残疾情况", [["残疾人证号", "残疾类别", "残疾等级"], ["生活补贴金额（元/月）", "护理补贴金额（元/月）"]]),
        ("监护人情况", [["姓名", "联系电话"]]),
    ], width=7)
    write_xlsx(out / "残联" / "困难残疾人两项补贴申请表.xlsx", [("Sheet1", rows, merges)])

    rows, merges = indicator_rows("青山县村集体经济发展情况统计表", [
        ("户籍人口", "人"), ("户籍户数", "户"), ("村集体经济收入", "万元"), ("  其中：村集体经营性收入", "万元"),
        ("耕地面积", "亩"), ("  其中：撂荒面积", "亩")], periods=("本年", "上年"))
    write_xlsx(out / "农业农村局" / "村集体经济发展情况统计表.xlsx", [("Sheet1", rows, merges)])

    rows, merges = list_rows("青山县防止返贫监测对象台账", [
        "乡镇", "村", "户主姓名", "户主身份证号", "家庭人口数（人）", "监测对象类型", "风险类型",
        "家庭年收入（元）", "人均年收入（元）", "联系电话"])
    write_xlsx(out / "乡村振兴局" / "防止返贫监测对象台账.xlsx", [("Sheet1", rows, merges)])

    rows, merges = list_rows("青山县义务教育阶段学生资助花名册", [
        "学生姓名", "性别", "公民身份号码", "学籍号", "就读学校", "年级", "资助类别",
        ("监护人情况", ["姓名", "手机号码"])])
    rows[2][0] = "编号"
    write_xlsx(out / "教育局" / "学生资助花名册.xlsx", [("Sheet1", rows, merges)])

    rows, merges = indicator_rows("青山县自然灾害情况统计表", [
        ("受灾人口", "人次"), ("紧急转移安置人口", "人次"), ("倒塌房屋", "间"), ("损坏房屋", "间"),
        ("农作物受灾面积", "亩"), ("直接经济损失", "万元")], periods=("本月", "累计数"))
    write_xlsx(out / "应急管理局" / "自然灾害情况统计表.xlsx", [("Sheet1", rows, merges)])

    rows, merges = card_rows("青山县农村住户收支情况调查表", [
        ("户主基本情况", [["姓名", "家庭人口数（人）"]]),
        ("收入情况", [["家庭年收入（元）", "工资性收入（元）"], ["经营性收入（元）", "转移性收入（元）"],
                      ["人均年收入（元）"]]),
    ])
    write_xlsx(out / "统计局" / "农村住户收支情况调查表.xlsx", [("Sheet1", rows, merges)])


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "sample_forms"
    if out.exists():
        shutil.rmtree(out)
    build(out)
    print(f"已生成 {sum(1 for p in out.rglob('*') if p.is_file())} 个样例报表：{out}")


if __name__ == "__main__":
    main()
