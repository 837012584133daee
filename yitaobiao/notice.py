"""The quarterly notice (季度通报): the paragraph in the government's own shape, and a Word document.

Governments publish the reform's results as 「整合前X张报表、Y项指标，整合后A张、B项，报表压减Z%、
指标压减W%」, with every form sorted into 保留 / 整合 / 取消. The paragraph below says that, how the
duplicate rate moved against the previous period and which departments improved, in words a clerk can
paste into the notice unchanged.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .departments import UNKNOWN_DEPARTMENT
from .history import Movement, Snapshot, TrendRow, points, shown_percent
from .model import Frequency
from .normalize import is_placeholder_place
from .stats import DROP, DUPLICATE_MEANING, KEEP, MERGE, QUARTERLY_LIMIT, Summary, duplicate_rate

# 「日报365次、周报52次、…、年报和不定期1次」: the fills a year each frequency counts, as stats counts them.
_TIMES_A_YEAR = "、".join(f"{f.label}{f.times_per_year}次" for f in Frequency if f.times_per_year > 1) + "、" + "和".join(
    f.label for f in Frequency if f.times_per_year == 1) + "1次"


REMARKS_OWN = "各表的“备注”“说明”栏只为本表所用"
REMARKS_APART = "各表的“备注”“说明”栏按表分别计"


def remarks_apart(summary: Summary) -> str:
    """去重后数据项, saying that each form's 备注 counts as its own (every tester read the JSON's one 备注 against
    the headline's count: u249–u254)."""
    return f"{summary.concepts}（{REMARKS_APART}）" if summary.remarks > 1 else str(summary.concepts)


def percent(rate: float) -> str:
    """A share to one decimal, halves rounded up as Excel shows the same number (6.25% is 6.3% in both)."""
    return f"{shown_percent(rate)}%"


def target_text(target: float) -> str:
    return f"{target * 100:g}%"


_REGION_RE = re.compile(r"^(.{1,12}?(?:自治州|自治县|省|市|州|盟|县|区|旗))")
_NOT_REGION = re.compile(r"^(?:各|全|本|某|辖|地|社区|小区|街区|城区|园区|景区|市场|地区)")


def region_from(titles: Sequence[str], folder: str = "") -> str:
    """The county or city the forms belong to: a place name most titles start with, else the folder's name."""
    starts = Counter()
    for title in titles:
        m = _REGION_RE.match(title)
        if m and not _NOT_REGION.match(m.group(1)):
            starts[m.group(1)] += 1
    if starts:
        name, count = starts.most_common(1)[0]
        # Templates gathered from several places (two of five from 宁波市) belong to none of them; 「XX县」 is a
        # template's blank for the county.
        if count >= 2 and count * 3 >= len(titles) and count * 2 > sum(starts.values()) \
                and not is_placeholder_place(name):
            return name
    name = Path(folder).name
    return name if re.search(r"(?:省|市|州|县|区|旗|镇|乡|街道)$", name) else ""


def unread_note(unread: int) -> str:
    """The notice's word on files it could not read (wf86, wf91, wf93: the text pasted from the screen had none)."""
    return f"另有{unread}个文件无法读取（损坏、加密或需另存为新格式），未计入以上数字。"


@dataclass
class NoticeText:
    """The notice's paragraphs; ``paragraph`` joins them for pasting."""

    sentences: list[str] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)

    @property
    def paragraph(self) -> str:
        return "".join(self.sentences)


def notice_text(summary: Summary, period: str = "本季度", region: str = "",
                moved: Movement | None = None) -> NoticeText:
    """「2026年第三季度，青山县共梳理10个部门13张报表……」 with the change against the previous period."""
    rate, target = summary.duplicate_rate, summary.target
    # (judged on the rate as it is printed: 19.96% is shown 20.0%, which is no 「低于20%」 — wf45)
    shown, aimed = shown_percent(rate), shown_percent(target)
    verdict = "高于" if shown > aimed else "达到" if shown == aimed else "低于"
    head = f"{period}，{region}" if region else f"{period}"
    # Forms whose department is 未注明 are no department of the notice: it counts and names only known ones.
    unnamed = next((g.forms for g in summary.by_department if g.name == UNKNOWN_DEPARTMENT), 0)
    known = summary.departments - (1 if unnamed else 0)
    scope = f"{known}个部门{summary.forms}张报表" if known else f"{summary.forms}张报表"
    notes = [f"来自{summary.files}个文件"] if summary.files and summary.files != summary.forms else []
    if known and unnamed:
        notes.append(f"其中{unnamed}张未注明部门")
    if summary.on_demand:  # (wf32: 48 certificates counted among the 报表 the reform reduces, unsaid)
        notes.append(f"{'含' if notes else '其中'}按需填报的证明、申请类文书{summary.on_demand}张")
    if notes:  # (wf7 counted 15 files and read 「20张报表」: a workbook's sheets are forms of their own)
        scope += f"（{'，'.join(notes)}）"
    sentences = [
        f"{head}共梳理{scope}、{summary.fields}项数据项，去重后{summary.concepts}项，"
        f"数据项重复率{percent(rate)}，{verdict}{target_text(target)}的控制目标"
    ]
    if moved is not None and moved.before is not None and moved.rate_change is not None:
        sentences[-1] += f"，较{moved.compared_with}{points(moved.rate_change)}"
        was, now = moved.before.forms, moved.current.forms
        if was != now and moved.rate_change:
            # (wf35, wf36: 「上升14.1个百分点」 from 26 forms added, read as the departments' doing)
            sentences[-1] += f"（报表由{was}张{'增至' if now > was else '减至'}{now}张，含统计范围变化的影响）"
        if summary.unread and moved.rate_change:
            # (wf117: a password-protected 老党员补贴 made 「较上季度下降0.7个百分点」 and 「组织部重复率下降」 of a quarter
            # in which nothing changed)
            sentences[-1] += f"（本期有{summary.unread}个文件无法读取、未计入，变化可能由此造成）"
    sentences[-1] += "。"
    reform = summary.reform()
    counts = reform.suggestions
    # (what the 一套表 integrates is the periodic set: certificates stay as they are, and are said so)
    scope_of = "定期报表" if summary.on_demand else "报表"
    rest = f"；另有按需填报的证明、申请类文书{summary.on_demand}张照常使用，不纳入整合" if summary.on_demand else ""
    if not reform.forms:
        sentences.append("各报表均为按需填报的证明、申请类文书，不纳入定期报表整合。")
    elif reform.items_saved and reform.forms_after < reform.forms:
        sentences.append(
            f"按“一套表”整合，{scope_of}由{reform.forms}张压减为{reform.forms_after}张、数据项由{reform.fields}项压减为"
            f"{reform.items}项，报表压减{percent(reform.form_reduction)}、指标压减{percent(reform.item_reduction)}"
            f"（建议取消{counts[DROP]}张、整合{counts[MERGE]}张、保留{counts[KEEP]}张）{rest}。")
    elif reform.items_saved and (counts[DROP] or counts[MERGE]):
        # (wf18: one form to 整合 into the 一套表 leaves as many forms as before; 「均保留」 said otherwise than the table)
        sentences.append(
            f"按“一套表”整合，建议整合{counts[MERGE]}张、保留{counts[KEEP]}张"
            + (f"、取消{counts[DROP]}张" if counts[DROP] else "")
            + f"，{scope_of}数仍为{reform.forms_after}张；数据项由{reform.fields}项压减为{reform.items}项，"
            f"指标压减{percent(reform.item_reduction)}{rest}。")
    elif reform.items_saved:
        # (「报表由11张压减为11张（压减0.0%）」: each form asks enough of its own to stay — u113)
        sentences.append(
            f"按“一套表”整合，各{scope_of}均有本表特有的数据项，{reform.forms}张{scope_of}暂均保留；数据项由{reform.fields}项"
            f"压减为{reform.items}项，指标压减{percent(reform.item_reduction)}{rest}。")
    else:  # (「报表由1张压减为1张，压减0.0%」 for a folder of one form: wf5)
        sentences.append(f"各{scope_of}之间未发现重复采集的数据项，暂无需整合{rest}。")
    if summary.top_items:
        tops = "、".join(f"{item.name}（{len(item.forms)}张表）" for item in summary.top_items[:3])
        sentences.append(f"重复采集最多的数据项是{tops}。")
    ranked = [g for g in summary.by_department if g.shared_items and g.name != UNKNOWN_DEPARTMENT]
    if ranked:
        named = "、".join(f"{g.name}（{g.shared_items}项，占该部门数据项的{percent(g.shared_item_rate)}）" for g in ranked[:3])
        sentences.append(f"重复数据项较多的部门是{named}。")
    if summary.cross_department_items:
        sentences.append(f"有{summary.cross_department_items}项数据项被两个及以上部门重复采集，"
                         f"占去重后数据项的{percent(summary.cross_department_share)}。")
    burden = summary.burden
    # (wf85, wf87, wf89, wf91: every 报表 was 不定期*, frequency stated nowhere, and the notice still said 「采集频次超过
    # “1次/季度”的数据项由3项全部消除」 — items merely asked by five forms counted once a year each)
    unstated_all = summary.periodic_reports and summary.unstated_frequency == summary.periodic_reports
    if burden and burden.fills_before and burden.fills_after != burden.fills_before and not unstated_all:
        text = f"整合后各数据项全年填报由{burden.fills_before}项次减为{burden.fills_after}项次，减少{percent(burden.reduction)}"
        if summary.unstated_frequency:
            text += f"（{summary.unstated_frequency}张报表未注明填报频次，按每年1次计）"
        if burden.over_limit_before:
            if burden.over_limit_after >= burden.over_limit_before:
                # (「由23项减为23项」 of u411's daily price reports: a 日报's items stay daily in any 一套表)
                text += f"；采集频次超过“1次/季度”的数据项仍有{burden.over_limit_after}项（均为按日、按周或按月报送的报表所需）"
            else:
                text += (f"；采集频次超过“1次/季度”的数据项由{burden.over_limit_before}项"
                         f"{'减为' + str(burden.over_limit_after) + '项' if burden.over_limit_after else '全部消除'}")
        sentences.append(text + "。")
    if moved is not None and moved.before is not None:
        parts = []

        def named(departments: list[str]) -> str:  # (「未注明本期新纳入」 read as a broken sentence: helper-111)
            return "、".join("未注明部门的报表" if d == UNKNOWN_DEPARTMENT else d for d in departments)

        if moved.improved:
            parts.append(f"{named(moved.improved)}重复率下降")
        if moved.worsened:
            parts.append(f"{named(moved.worsened)}重复率上升，需加快整合")
        # (a cause read from other departments' forms is no cause when some of this quarter's could not be read)
        if moved.worsened_by_others and not summary.unread:
            parts.append(f"{named(moved.worsened_by_others)}报表未变，因其他部门新增同类数据项，重复率随之上升")
        if moved.improved_by_others and not summary.unread:
            parts.append(f"{named(moved.improved_by_others)}报表未变，因其他部门停用或调整同类报表，重复率随之下降")
        if summary.unread and (moved.worsened_by_others or moved.improved_by_others):
            parts.append(f"{named(moved.worsened_by_others + moved.improved_by_others)}报表未变，重复率变化可能系本期有"
                         "文件无法读取所致")
        def counted(departments: list[str]) -> str:
            # (wf151: 「民政局重复数据项未减少」 of a department whose repeats went from 7 to 8: said as counted)
            said = []
            for d in departments:
                then, now = moved.before.department(d), moved.current.department(d)
                was, is_ = (then.shared_items if then else 0), (now.shared_items if now else 0)
                said.append(f"{named([d])}（重复数据项{'仍为' + str(is_) if was == is_ else f'由{was}项变为{is_}'}项）")
            return "、".join(said)

        if moved.diluted:
            parts.append(f"{counted(moved.diluted)}重复率下降系本部门新增数据项所致，重复数据项本身并未减少")
        if moved.concentrated:
            # (wf151: a whole form dropped is no 精简 of items)
            parts.append(f"{counted(moved.concentrated)}重复率上升系本部门停用报表或精简特有数据项所致，"
                         "重复数据项本身并未增加")
        moved_any = moved.improved or moved.worsened or moved.worsened_by_others or moved.improved_by_others \
            or moved.diluted or moved.concentrated
        if moved.unchanged and moved_any:
            parts.append(f"{named(moved.unchanged)}未见改善")
        elif (moved.unchanged or moved.clear) and not moved_any:
            parts.append("各部门重复情况无变化")
        if moved.new:
            parts.append(f"{named(moved.new)}本期新纳入")
        if parts:
            unsure = f"（本期有{summary.unread}个文件无法读取，以上变化可能由此造成）" if summary.unread else ""
            sentences.append(f"与{moved.compared_with}相比，{'；'.join(parts)}{unsure}。")
    if reform.items_saved:
        sentences.append("实行“一套表”后可减少重复填报"
                         f"{reform.items_saved}项，做到“一次采集、多方复用”。")
    footnotes = [
        DUPLICATE_MEANING,
        "数据项重复率 =（各表数据项合计 − 去重后数据项）÷ 各表数据项合计。",
        f"整合后报表数 = 建议保留的报表数 + 1张“一套表”；全年填报项次按各表填报频次计（{_TIMES_A_YEAR}），"
        f"超过{QUARTERLY_LIMIT}次即超过“1次/季度”；按需填报的证明、申请类文书不计。",
        f"控制目标：数据项重复率不高于{target_text(summary.target)}。",
    ]
    if summary.remarks > 1:  # (u191, u192: the JSON's concepts join the 备注 columns the rate counts apart)
        footnotes.insert(2, f"{REMARKS_OWN}，按每表1项计入去重后数据项，不计为重复采集。")
    if summary.tables > summary.forms:
        footnotes.insert(3, "一份Word文档中的多张表格合计为1张报表。")
    if summary.slot_repeats:
        # (wf78: 30 of 345 items were the blank 户内成员 rows of two 公安 printouts; without them the rate fell below the
        # target, and the clerk signing the notice could not tell)
        without = duplicate_rate(summary.fields - summary.slot_repeats, summary.concepts)
        footnotes.insert(2, f"同一张表中逐行重复的栏目（如户内成员各行）有{summary.slot_repeats}项，每行计为1项数据项，"
                            f"按重复计入；不计这些行，数据项重复率为{percent(without)}。")
    if summary.unread:
        # (wf80: a damaged, an encrypted and a .doc template were in the folder, and the notice said 「21张报表（来自18个
        # 文件）」 as if that were all; the console alone named them)
        footnotes.append(unread_note(summary.unread))
    return NoticeText(sentences, footnotes)


def forms_after_text(summary: Summary) -> str:
    """「13 → 5（压减 61.5%）」, or with certificates among them 「58（定期报表 7 → 4，压减 42.9%；按需文书 51 张照常使用）」:
    the console and the report say what the notice says."""
    reform = summary.reform()
    if not summary.on_demand:
        return f"{summary.forms} → {reform.forms_after}（压减 {percent(reform.form_reduction)}）"
    return (f"{summary.forms}（定期报表 {reform.forms} → {reform.forms_after}，压减 {percent(reform.form_reduction)}；"
            f"按需文书 {summary.on_demand} 张照常使用）")


def forms_after_note(summary: Summary) -> str:
    """The report's note beside its count of 报表: 「整合后 5 张，压减 61.5%」, or for the periodic ones only."""
    reform = summary.reform()
    if not summary.on_demand:
        return f"整合后 {reform.forms_after} 张，压减 {percent(reform.form_reduction)}"
    return (f"定期报表 {reform.forms} 张整合后 {reform.forms_after} 张，压减 {percent(reform.form_reduction)}；"
            f"按需填报的文书 {summary.on_demand} 张照常使用")


def notice_paragraph(summary: Summary, period: str = "本季度", region: str = "",
                     moved: Movement | None = None) -> str:
    return notice_text(summary, period, region, moved).paragraph


def department_trend_sentence(name: str, rows: Sequence[TrendRow]) -> str:
    """「2026年第四季度至2027年第一季度，教育局重复数据项占比保持在29.9%，报表数为3张。」 over one department's periods."""
    if len(rows) < 2:
        return ""
    first, last = rows[0], rows[-1]
    return _over_the_periods(first.label, last.label, f"{name}重复数据项占比", first.rate, last.rate, first.forms, last.forms)


def trend_sentence(history: Sequence[Snapshot]) -> str:
    """「2026年第一季度至2026年第四季度，数据项重复率由48.0%降至21.0%」 over the recorded periods."""
    if len(history) < 2:
        return ""
    first, last = history[0], history[-1]
    return _over_the_periods(first.label, last.label, "数据项重复率", first.duplicate_rate, last.duplicate_rate,
                             first.forms, last.forms)


def _over_the_periods(since: str, until: str, what: str, was: float, now: float, forms_was: int, forms_now: int) -> str:
    if percent(now) == percent(was):  # (not 「由15.8%降至15.8%」: wf11)
        moved = f"保持在{percent(now)}"
    else:
        moved = f"由{percent(was)}{'降至' if now < was else '升至'}{percent(now)}"
    forms = f"报表由{forms_was}张变为{forms_now}张" if forms_was != forms_now else f"报表数为{forms_now}张"
    return f"{since}至{until}，{what}{moved}，{forms}。"
