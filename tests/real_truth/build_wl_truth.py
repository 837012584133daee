"""Hand-made truth for 15 forms of ../shared/real_forms/taizhou_zhengzhaoku_docx/wl_* (one district's Word
templates), written from the raw table cells before the tool's output on them was looked at.

Run ``python tests/real_truth/build_wl_truth.py`` to rewrite ``wl_truth.json`` (the format of
``shared/eval/evaluate.py``, with subject/population/kind per form). Paths are relative to the folder
``scripts/score_real_truth.py`` scans (department folder / file).
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# concept key → name
CONCEPTS = {
    "name": "姓名", "sex": "性别", "id": "公民身份号码", "hukou": "户籍所在地", "residence": "现居住地（家庭住址）",
    "phone": "联系电话", "cert_reason": "证明出具事由", "cert_valid": "证明有效期", "crime": "违法犯罪记录情况",
    "misconduct_kind": "严重不良行为情形", "misconduct_detail": "严重不良行为具体情形", "family_econ": "家庭经济状况",
    "m_name": "家庭成员姓名", "m_sex": "家庭成员性别", "m_id": "家庭成员公民身份号码", "m_addr": "家庭成员住址",
    "m_relation": "与本人（申请人）关系", "m_age": "家庭成员年龄", "remark": "备注",
    "exit_date": "低保退出日期", "exit_type": "低保退出类型", "dibao_apply": "低保申请类别", "admin_area": "行政区划",
    "head_relation": "与户主关系", "exit_reason": "低保退出原因", "health": "健康状况", "person_type": "人员类别",
    "is_covered": "是否保障对象", "relief_no": "救助证编号", "town": "乡镇（街道）", "village": "村（居）",
    "family_size": "家庭人数", "monthly_subsidy": "月补助金额", "service_wish": "服务申请意愿", "assessment": "评估情况",
    "subsidy_type": "享受补贴类别", "approve_date": "审批日期", "child_apply": "困境儿童申请类别",
    "family_type": "家庭类别", "pay_standard": "发放标准", "start_month": "始领年月", "stop_month": "停发年月",
    "g_name": "监护人姓名", "g_relation": "监护人与儿童关系", "g_phone": "监护人联系电话", "schooling": "就学情况",
    "disability_no": "残疾证号", "disability_kind": "残疾类别", "disability_grade": "残疾等级",
    "disability_multi": "多重残疾情况", "parent_name": "父母姓名", "amount": "护理费金额", "employer": "工作单位",
    "org_name": "企业名称", "head_name": "负责人姓名", "head_id": "负责人公民身份号码", "head_phone": "负责人联系电话",
    "premises_addr": "经营（储存）场所地址", "check_result": "核查情况",
    "taxpayer": "纳税人名称", "taxpayer_no": "纳税人识别号", "vehicle_kind": "车辆种类", "plate": "号牌号码",
    "make_model": "厂牌型号", "vin": "车辆识别代码（车架号）", "engine_no": "发动机号码", "ship_kind": "船舶种类",
    "ship_name": "船舶名称", "ship_no": "船舶识别号", "tax_due": "年应纳税额", "tax_relief": "年减免税额",
    "tax_actual": "实际年应纳税额", "relief_period": "减免税期限", "relief_basis": "减免税依据",
}

# (folder/file, title, department, layout, subject, population, kind, fields: [(cell, label, concept, header path)])
FORMS = [
    ("wl_gaj/wl_gaj_cer_119.docx", "有无违法犯罪记录证明", "公安局", "card", "person", None, "on_demand", [
        ("A1", "姓名", "name", []), ("C1", "性别", "sex", []), ("E1", "公民身份证号码", "id", []),
        ("A2", "户籍所在地", "hukou", []), ("E2", "联系电话", "phone", []), ("A3", "现居住地", "residence", []),
        ("A4", "证明出具事由", "cert_reason", []), ("F4", "证件有效期", "cert_valid", []),
        ("A5", "违法犯罪记录情况", "crime", [])]),
    ("wl_gaj/wl_gaj_cer_204.docx", "有无违法犯罪记录的回复", "公安局", "card", "person", None, "on_demand", [
        ("A1", "姓名", "name", []), ("C1", "性别", "sex", []), ("E1", "身份证号码", "id", []),
        ("A2", "户籍所在地", "hukou", []), ("A3", "现居住地", "residence", []),
        ("A4", "违法犯罪记录情况", "crime", []), ("F4", "有效期限", "cert_valid", [])]),
    ("wl_gaj/wl_wqb_cer_205.docx", "有无“严重不良行为”的回复", "公安局", "card", "person", None, "on_demand", [
        ("A1", "姓名", "name", []), ("C1", "性别", "sex", []), ("E1", "身份证号码", "id", []),
        ("A2", "户籍所在地", "hukou", []), ("A3", "现居住地", "residence", []),
        ("A4", "符合哪种“严重不良行为”情形（勾选）", "misconduct_kind", []),
        ("A5", "“严重不良行为”具体情形", "misconduct_detail", [])]),
    ("wl_xzjd/wl_xzjd_cer_392.docx", "家庭经济状况的回复", "乡镇（街道）", "card", "person", None, "on_demand", [
        ("A1", "姓名", "name", []), ("C1", "性别", "sex", []), ("E1", "身份证号码", "id", []),
        ("A2", "户籍所在地", "hukou", []), ("A3", "现居住地", "residence", []),
        ("A4", "家庭经济情况", "family_econ", [])]),
    ("wl_gaj/wl_gaj_cer_218.docx", "亲属关系证明", "公安局", "list", "person", None, "on_demand", [
        ("A1", "姓名", "m_name", ["亲属"]), ("B1", "性别", "m_sex", ["亲属"]), ("C1", "身份证编号", "m_id", ["亲属"]),
        ("D1", "住址", "m_addr", ["亲属"]), ("E1", "称谓", "m_relation", ["亲属"])]),
    ("wl_gaj/wl_gaj_cer_220.docx", "亲属关系核查", "公安局", "list", "person", None, "on_demand", [
        ("A1", "称谓", "m_relation", ["法定继承人/供养亲属"]), ("B1", "姓名", "m_name", ["法定继承人/供养亲属"]),
        ("C1", "性别", "m_sex", ["法定继承人/供养亲属"]), ("D1", "身份证号", "m_id", ["法定继承人/供养亲属"]),
        ("E1", "备注", "remark", [])]),
    ("wl_gaj/wl_gaj_cer_221.docx", "家庭成员关系证明", "公安局", "list", "person", None, "on_demand", [
        ("A1", "姓名", "m_name", ["家庭成员情况表"]), ("B1", "身份证号码", "m_id", ["家庭成员情况表"]),
        ("C1", "关系", "m_relation", ["家庭成员情况表"]), ("D1", "年龄", "m_age", ["家庭成员情况表"])]),
    ("wl_mzj/wl_mzj_cer_400.docx", "温岭市低保退出人员名单", "民政局", "list", "person", "低保对象", "periodic", [
        ("B1", "退出日期", "exit_date", []), ("C1", "退出类型", "exit_type", []), ("D1", "申请类别", "dibao_apply", []),
        ("E1", "行政区划", "admin_area", []), ("F1", "与户主关系", "head_relation", []), ("G1", "姓名", "name", []),
        ("H1", "身份证", "id", []), ("I1", "性别", "sex", []), ("J1", "退出原因", "exit_reason", []),
        ("K1", "健康状况", "health", []), ("L1", "人员类别", "person_type", []),
        ("M1", "是否保障对象", "is_covered", []), ("N1", "救助证编号", "relief_no", [])]),
    ("wl_mzj/wl_mzj_cer_401.docx", "温岭市养老服务补贴名单", "民政局", "list", "person", "老年人", "periodic", [
        ("B1", "乡镇街道", "town", []), ("C1", "村（居）", "village", []), ("D1", "姓名", "name", []),
        ("E1", "身份证号", "id", []), ("F1", "性别", "sex", []), ("G1", "家庭人数", "family_size", []),
        ("H1", "月补助金额", "monthly_subsidy", []), ("I1", "服务申请意愿", "service_wish", []),
        ("J1", "评估情况", "assessment", []), ("K1", "享受补贴类别", "subsidy_type", []),
        ("L1", "审批日期", "approve_date", [])]),
    ("wl_mzj/wl_mzj_cer_403.docx", "温岭市困境儿童动态名单", "民政局", "list", "person", "困境儿童", "periodic", [
        ("B1", "所在乡镇", "town", []), ("C1", "姓名", "name", []), ("D1", "性别", "sex", []),
        ("E1", "身份证号", "id", []), ("F1", "户籍地址", "hukou", []), ("G1", "申请类别", "child_apply", []),
        ("H1", "家庭类别", "family_type", []), ("I1", "发放标准", "pay_standard", []),
        ("J1", "始领年月", "start_month", []), ("K1", "停发年月", "stop_month", []),
        ("L2", "姓名", "g_name", ["监护人"]), ("M2", "关系", "g_relation", ["监护人"]),
        ("N2", "联系电话", "g_phone", ["监护人"]), ("O1", "就学情况", "schooling", []), ("P1", "备注", "remark", [])]),
    ("wl_jyj/wl_rsj_cer_331.docx", "温岭市在校残疾学生名单", "教育局", "list", "person", "残疾人", "periodic", [
        ("B1", "姓名", "name", []), ("C1", "性别", "sex", []), ("D1", "联系电话", "phone", []),
        ("E1", "家庭住址", "residence", []), ("F1", "残疾证号", "disability_no", []),
        ("G1", "类别", "disability_kind", []), ("H1", "等级", "disability_grade", []),
        ("I1", "多重情况", "disability_multi", []), ("J1", "父母姓名", "parent_name", []),
        ("K1", "就读情况", "schooling", [])]),
    ("wl_rsj/wl_rsj_cer_404.docx", "温岭市领取工伤保险生活护理人员基本情况登记表", "人社局", "list", "person", None,
     "periodic", [
        ("B1", "身份证", "id", []), ("C1", "姓名", "name", []), ("D1", "金额", "amount", []),
        ("E1", "单位", "employer", []), ("F1", "残疾证号", "disability_no", []),
        ("G1", "户口所在地", "hukou", []), ("H1", "备注", "remark", [])]),
    ("wl_gtzy/wl_gtzy_cer_258.docx", "危险品储存设施合法性核查单", "自然资源局", "card", "organisation", None,
     "on_demand", [
        ("A1", "企业名称", "org_name", []), ("A2", "负责人", "head_name", []), ("C2", "身份证号码", "head_id", ["负责人"]),
        ("A3", "经营（储存）场所地址", "premises_addr", []), ("A4", "核查情况", "check_result", [])]),
    ("wl_mzj/wl_mzj_cer_259.docx", "危险品经营（储存）单位变更注册地址核查单", "民政局", "card", "organisation", None,
     "on_demand", [
        ("A1", "企业名称", "org_name", []), ("A2", "负责人", "head_name", []), ("C2", "联系电话", "head_phone", ["负责人"]),
        ("A3", "经营（储存）场所地址", "premises_addr", []), ("A4", "核查情况", "check_result", [])]),
    ("wl_swj/wl_swj_cer_217.docx", "车船税减免税证明", "税务局", "card", "event", None, "on_demand", [
        ("A3", "纳税人名称", "taxpayer", []), ("D3", "纳税人识别号", "taxpayer_no", []),
        ("A5", "车辆种类", "vehicle_kind", ["减免税车船基本情况"]), ("C5", "号牌号码", "plate", ["减免税车船基本情况"]),
        ("E5", "厂牌型号", "make_model", ["减免税车船基本情况"]),
        ("A6", "车辆识别代码（车架号）", "vin", ["减免税车船基本情况"]),
        ("E6", "发动机号码", "engine_no", ["减免税车船基本情况"]), ("A7", "船舶种类", "ship_kind", ["减免税车船基本情况"]),
        ("C7", "船舶名称", "ship_name", ["减免税车船基本情况"]), ("E7", "船舶识别号", "ship_no", ["减免税车船基本情况"]),
        ("A8", "年应纳税额", "tax_due", ["减免税车船基本情况"]), ("C8", "年减(免)税额", "tax_relief", ["减免税车船基本情况"]),
        ("E8", "实际年应纳税额", "tax_actual", ["减免税车船基本情况"]), ("A9", "减(免)税期限", "relief_period", []),
        ("A10", "减(免)税依据", "relief_basis", [])]),
]

# Look-alikes that must stay apart.
HARD_NEGATIVES = [
    ("name", "m_name", "本人 vs 家庭成员姓名"), ("name", "g_name", "本人 vs 监护人姓名"),
    ("name", "parent_name", "本人 vs 父母姓名"), ("name", "head_name", "本人 vs 负责人姓名"),
    ("id", "m_id", "本人 vs 家庭成员身份证号"), ("id", "head_id", "本人 vs 负责人身份证号"),
    ("sex", "m_sex", "本人 vs 家庭成员性别"), ("phone", "g_phone", "本人 vs 监护人联系电话"),
    ("phone", "head_phone", "本人 vs 负责人联系电话"), ("head_relation", "m_relation", "与户主关系 vs 与本人关系"),
    ("start_month", "stop_month", "始领 vs 停发"), ("hukou", "residence", "户籍地 vs 现居住地"),
    ("tax_due", "tax_actual", "应纳 vs 实际应纳"), ("tax_due", "tax_relief", "应纳 vs 减免"),
    ("dibao_apply", "child_apply", "低保 vs 困境儿童申请类别"), ("exit_date", "approve_date", "退出 vs 审批日期"),
]

# Cells that look like labels but are not data items, and why.
NONFIELDS = [
    ("wl_gaj/wl_gaj_cer_119.docx", "G4", "printed_value", "三个月"),
    ("wl_mzj/wl_mzj_cer_400.docx", "A1", "serial", "序号"),
    ("wl_mzj/wl_mzj_cer_401.docx", "A1", "serial", "序号"),
    ("wl_mzj/wl_mzj_cer_403.docx", "L1", "group_header", "监护人"),
    ("wl_mzj/wl_mzj_cer_403.docx", "A1", "serial", "序号"),
    ("wl_jyj/wl_rsj_cer_331.docx", "A1", "serial", "序号"),
    ("wl_rsj/wl_rsj_cer_404.docx", "A1", "serial", "序号"),
    ("wl_gaj/wl_wqb_cer_205.docx", "B4", "options", "□ 纠集他人结伙滋事"),
    ("wl_xzjd/wl_xzjd_cer_392.docx", "B4", "sentence", "经查，确认该家庭经济状况符合"),
    ("wl_gtzy/wl_gtzy_cer_258.docx", "B4", "sentence", "该经营单位位于"),
    ("wl_mzj/wl_mzj_cer_259.docx", "B4", "sentence", "该经营单位注册地址原位于"),
    ("wl_swj/wl_swj_cer_217.docx", "A1", "title", "车船税减免税证明"),
    ("wl_swj/wl_swj_cer_217.docx", "A2", "form_meta", "开具日期"),
    ("wl_swj/wl_swj_cer_217.docx", "D2", "form_meta", "证明号码"),
    ("wl_swj/wl_swj_cer_217.docx", "A4", "group_header", "减免税车船基本情况"),
    ("wl_swj/wl_swj_cer_217.docx", "A11", "signoff", "经办人 审核人 批准人"),
]


def build() -> dict:
    forms, fields, members = [], [], {}
    for n, (path, title, department, layout, subject, population, kind, items) in enumerate(FORMS, start=1):
        form_id = f"W{n}"
        ids = []
        for k, (cell, label, concept, context) in enumerate(items, start=1):
            field_id = f"{form_id}.{k}"
            ids.append(field_id)
            members.setdefault(concept, []).append(field_id)
            fields.append({"id": field_id, "form": form_id, "path": path, "sheet": "表1", "cell": cell, "range": cell,
                           "label": label, "concept": concept, "concept_name": CONCEPTS[concept],
                           "header_path": [*context, label], "unit": None})
        forms.append({"id": form_id, "path": path, "sheet": "表1", "sheets": ["表1"], "title": title,
                      "department": department, "layout": layout, "format": "docx", "encoding": None,
                      "subject": subject, "population": population, "kind": kind, "fields": ids, "n_fields": len(ids)})
    concepts = [{"id": key, "name": CONCEPTS[key], "fields": ids, "n_fields": len(ids)} for key, ids in members.items()]
    present = set(members)
    hard = [{"a": a, "b": b, "a_name": CONCEPTS[a], "b_name": CONCEPTS[b], "reason": why, "present": True}
            for a, b, why in HARD_NEGATIVES if a in present and b in present]
    nonfields = [{"path": p, "sheet": "表1", "cell": c, "kind": kind, "text": text} for p, c, kind, text in NONFIELDS]
    n_fields, n_concepts = len(fields), len(concepts)
    return {
        "split": "real_wl_heldout",
        "generator": {"script": "tests/real_truth/build_wl_truth.py", "labeller": "manual, before looking at the tool's output"},
        "root_note": "paths relative to a folder holding the department folders wl_*/ of "
                     "shared/real_forms/taizhou_zhengzhaoku_docx (scripts/score_real_truth.py builds it)",
        "forms": forms, "fields": fields, "concepts": concepts, "hard_negative_pairs": hard, "nonfields": nonfields,
        "sheets_without_fields": [],
        "stats": {"forms": len(forms), "fields": n_fields, "concepts": n_concepts,
                  "duplicate_rate": round((n_fields - n_concepts) / n_fields, 6)},
    }


if __name__ == "__main__":
    (HERE / "wl_truth.json").write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
