"""Generalisation beyond the Jiangsu dev set.

1. The 39 external notices in ../shared/external/notices.json (Guangdong/Dongguan 2016–17 reposts,
   Chengdu, Lishui, national documents), labelled independently in tests/data/external_gold.json
   (see each label's notes), are extracted and scored with pipeline.evaluate.score; each field has a
   floor. The notice texts stay in ../shared and nothing of them is copied here: a label names its
   notice only by position in notices.json and a short hash of the title (checked at test time), and
   the test skips when ../shared is absent.
2. Short notices written for this test in phrasings typical of other provinces (广东, 浙江, 上海,
   北京, 四川 …) check kind, deadlines and apply_deadline one by one.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from pipeline.evaluate import format_report, score
from pipeline.extract import extract_notice
from pipeline.records import RawRecord, build_notice

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXTERNAL = SHARED / "external" / "notices.json"
GOLD = Path(__file__).resolve().parent / "data" / "external_gold.json"

# Floors a little below the figures measured when this test was written, never below the project's
# held-out floors (kind/apply 0.90, deadlines 0.85, phones 0.95, regions 0.90, subjects 0.75).
# Measured (after the rules were hardened on this set, so no longer a held-out figure): kind 1.000,
# apply_deadline 0.949 (two judgement calls on a notice with two sub-programmes), deadlines F1 0.950
# (a repost whose site date is a year before the programme year it states), phones F1 1.000,
# regions F1 1.000, subjects F1 0.989. A field below its floor is an xfail with the figure.
ACCURACY_FLOORS = {"kind": 0.95, "apply_deadline": 0.92}
F1_FLOORS = {"deadlines": 0.90, "phones": 0.97, "regions": 0.95, "subjects": 0.90}
# Fields measured below the project's floor, with the figure; the extractors are someone else's.
BELOW_FLOOR: dict[str, str] = {}


def _title_hash(title: str) -> str:
    """First 12 hex digits of the SHA-1 of the title: ties a label to its notice without quoting it."""
    return hashlib.sha1(title.encode("utf-8")).hexdigest()[:12]


def _notice(title, content, published, source="test", source_id="0", url=None):
    raw = RawRecord(title=title, content=content, url=url, published=published, account=None,
                    source=source, source_id=source_id, provenance=f"external#{source_id}")
    return extract_notice(build_notice(raw))


@pytest.fixture(scope="module")
def external_report():
    if not EXTERNAL.exists():
        pytest.skip("shared external notices absent")
    rows = json.loads(EXTERNAL.read_text("utf-8"))
    labels = {label["index"]: label for label in json.loads(GOLD.read_text("utf-8"))}
    predicted, gold = [], []
    for index, row in enumerate(rows):
        notice = _notice(row["title"], row["content"], row["published"], source=row["source"].split("/")[0],
                         source_id=str(index), url=row["url"])
        predicted.append(notice.export_record())
        label = dict(labels[index])
        assert label.pop("title_sha1") == _title_hash(row["title"]), f"label {index} is not aligned"
        del label["index"], label["notes"]
        label["aid"] = str(index)  # score() matches gold aid to the record's source_id
        gold.append(label)
    report = score(predicted, gold)
    print(format_report(report))
    return report


def test_every_external_notice_is_labelled():
    if not EXTERNAL.exists():
        pytest.skip("shared external notices absent")
    rows = json.loads(EXTERNAL.read_text("utf-8"))
    labels = json.loads(GOLD.read_text("utf-8"))
    assert len(labels) == len(rows)
    assert [label["index"] for label in labels] == list(range(len(rows)))
    assert [label["title_sha1"] for label in labels] == [_title_hash(row["title"]) for row in rows]
    assert len({label["title_sha1"] for label in labels}) == len(labels)
    for label in labels:
        assert set(label) == {"index", "title_sha1", "kind", "regions", "deadlines", "apply_deadline", "phones",
                              "subjects", "notes"}
        assert label["deadlines"] == sorted(set(label["deadlines"]))
        assert label["notes"].strip()
        if label["kind"] != "call":
            assert label["apply_deadline"] is None


def _floor_params(floors):
    return [pytest.param(name, floor, marks=pytest.mark.xfail(reason=BELOW_FLOOR[name], strict=True))
            if name in BELOW_FLOOR else pytest.param(name, floor) for name, floor in floors.items()]


@pytest.mark.parametrize("field, floor", _floor_params(ACCURACY_FLOORS))
def test_external_accuracy_floor(external_report, field, floor):
    assert external_report.accuracy(field) >= floor, format_report(external_report)


@pytest.mark.parametrize("field, floor", _floor_params(F1_FLOORS))
def test_external_f1_floor(external_report, field, floor):
    assert external_report.f1(field) >= floor, format_report(external_report)


# --------------------------------------------------------------------------------------------------
# Short notices in other provinces' phrasings, written for this test (expected labels per the guide)
# --------------------------------------------------------------------------------------------------

# (title, published, content, kind, deadlines, apply_deadline)
OTHER_PROVINCES = [
    pytest.param(
        "关于组织申报2025年度省级制造业当家重点任务保障专项资金项目的通知", "2025-09-20",
        "各地级以上市工业和信息化主管部门：\n现组织申报2025年度专项资金项目，有关事项通知如下。\n"
        "一、申报时间\n申报截止时间：2025年10月31日17:30，逾期不予受理。\n二、联系方式\n省工业和信息化厅，"
        "电话：020-83133333。",
        "call", ["2025-10-31"], "2025-10-31", id="gd-cutoff-with-time"),
    pytest.param(
        "关于开展2024年度市级专精特新中小企业认定工作的通知", "2024-10-28",
        "各区县（市）经信局：\n请符合条件的企业登录系统填报，并请于11月15日（星期五）前将申报材料报送至市经信局"
        "企业处。",
        "call", ["2024-11-15"], "2024-11-15", id="zj-weekday-note"),
    pytest.param(
        "关于组织开展2025年度上海市科技小巨人工程申报工作的通知", "2025-09-26",
        "各有关单位：\n一、申报方式\n网上申报时间为10月8日—10月20日，纸质材料报送截止10月25日。",
        "call", ["2025-10-20", "2025-10-25"], "2025-10-25", id="sh-online-window-and-paper"),
    pytest.param(
        "北京市经济和信息化局关于征集2025年度数字化转型服务商的通知", "2025-10-15",
        "各有关单位：\n一、征集对象\n在京注册的数字化转型服务商。\n二、受理时间\n受理时间：即日起至2025年12月5日。",
        "call", ["2025-12-05"], "2025-12-05", id="bj-from-today-until"),
    pytest.param(
        "关于2025年度四川省瞪羚企业拟认定名单的公示", "2025-09-01",
        "经企业申报、市州推荐、专家评审，现将拟认定名单予以公示。\n公示时间：2025年9月1日至9月5日（5个工作日）。"
        "\n如有异议，请在公示期内以书面形式向省经济和信息化厅反映。",
        "publicity", ["2025-09-05"], None, id="sc-publicity-window"),
    pytest.param(
        "广州市2025年第二批科技企业孵化器拟认定名单公示", "2025-09-22",
        "根据认定程序，现将拟认定名单公示如下。公示期为自发布之日起10个工作日。任何单位或个人对名单有异议的，"
        "可在公示期内向市科技局提出。",
        "publicity", ["2025-10-10"], None, id="gd-ten-working-days-over-national-day"),
    pytest.param(
        "关于推荐2025年度浙江省未来工厂的通知", "2025-09-15",
        "各设区市经信局：\n请各企业按要求准备材料，并于二〇二五年十月十日前将申报材料报送所在地经信部门。",
        "call", ["2025-10-10"], "2025-10-10", id="zj-chinese-numerals"),
    pytest.param(
        "关于开展2025年度成都市中小企业服务券申领工作的通知", "2025-10-20",
        "各区（市）县经信部门：\n一、申领对象\n在蓉注册的中小企业。\n二、申报截止日期：２０２５年１１月３０日。",
        "call", ["2025-11-30"], "2025-11-30", id="sc-full-width-digits"),
    pytest.param(
        "关于做好2025年度高新技术企业认定材料报送的通知", "2025-09-10",
        "各有关企业：\n企业完成网上填报后，须于9月30日下午5:00前将纸质材料送达市科技局受理窗口。",
        "call", ["2025-09-30"], "2025-09-30", id="sh-afternoon-five"),
    pytest.param(
        "关于组织申报2025年智能工厂和数字化车间的通知", "2025-10-09",
        "各有关企业：\n申报时间安排如下：\n环节\n截止时间\n网上申报\n2025年11月10日\n纸质材料报送\n2025年11月20日\n"
        "逾期不予受理。",
        "call", ["2025-11-10", "2025-11-20"], "2025-11-20", id="table-online-and-paper"),
    pytest.param(
        "关于常年受理深圳市技术攻关项目申报的通知", "2025-08-01",
        "各有关单位：\n本项目实行常年申报，随时受理，请申报单位登录系统提交申请材料。",
        "call", [], None, id="sz-rolling-no-deadline"),
    pytest.param(
        "关于举办2025年浙江省中小企业数字化转型培训班的通知", "2025-09-30",
        "各有关企业：\n一、培训时间\n2025年10月22日至23日\n二、培训地点\n杭州市\n三、报名方式\n请于10月15日前通过二维码报名。",
        "event", ["2025-10-15"], None, id="zj-training-registration"),
    pytest.param(
        "政策直播｜高新技术企业认定申报实务", "2025-09-24",
        "直播时间：2025年9月26日（周五）14:30\n直播内容：高新技术企业认定条件、申报材料准备。",
        "event", [], None, id="live-stream-date-is-not-a-deadline"),
    pytest.param(
        "广东省促进中小企业特色产业集群发展若干措施", "2025-09-18",
        "一、支持集群培育……\n二、强化要素保障……\n本措施自2025年10月1日起施行，有效期至2027年12月31日。",
        "policy", [], None, id="gd-policy-validity"),
    pytest.param(
        "关于公开征求《成都市促进人工智能产业发展若干政策措施（征求意见稿）》意见的公告", "2025-09-20",
        "为广泛听取社会各界意见，现向社会公开征求意见。征求意见时间为2025年9月20日至2025年10月19日。",
        "policy", ["2025-10-19"], None, id="sc-comment-window"),
    pytest.param(
        "关于组织申报2025年度苏州市服务型制造示范企业的通知", "2025-11-03",
        "各有关企业：\n一、申报时间\n申报时间：自本通知发布之日起10个工作日内。",
        "call", ["2025-11-14"], "2025-11-14", id="ten-working-days-from-publication"),
    pytest.param(
        "一图读懂｜北京市中小企业纾困政策", "2025-10-09",
        "政策要点：对符合条件的中小企业给予贷款贴息。申报截止时间为2025年10月31日。",
        "interpretation", ["2025-10-31"], None, id="bj-interpretation-restates-deadline"),
    pytest.param(
        "关于公布2025年度杭州市雏鹰计划企业名单的通知", "2025-09-12",
        "经企业申报、区县推荐、专家评审，确定以下企业为2025年度杭州市雏鹰计划企业，现予公布。",
        "publicity", [], None, id="zj-published-list"),
    pytest.param(
        "关于征集2025年重庆市工业互联网平台典型案例的通知", "2025-09-25",
        "各区县工业和信息化主管部门：\n报名截至10月20日（周一）17:00，请申报单位通过系统提交案例材料。",
        "call", ["2025-10-20"], "2025-10-20", id="cq-baoming-jiezhi"),
    pytest.param(
        "关于组织申报2026年度江西省重点研发计划项目的通知", "2025-12-10",
        "各设区市科技局：\n请项目申报单位于1月15日前将申报材料报送所在设区市科技局。",
        "call", ["2026-01-15"], "2026-01-15", id="jx-next-year-rollover"),
    pytest.param(
        "关于组织申报2025年度山东省创新型中小企业的通知", "2025-10-01",
        "一、申报条件\n2024年1月1日以后注册成立的企业可以申报。\n二、申报时间\n请于2025年10月31日前提交申请。",
        "call", ["2025-10-31"], "2025-10-31", id="sd-eligibility-date-excluded"),
    pytest.param(
        "关于组织推荐2025年度广州市科技创新小巨人企业的通知", "2025-09-28",
        "各区科技局：\n企业于10月20日前向所在区科技局提交申报材料；各区科技局于10月30日前将推荐汇总表报送市科技局。",
        "call", ["2025-10-20", "2025-10-30"], "2025-10-20", id="gd-applicant-and-bureau"),
    pytest.param(
        "关于开展2025年度湖北省专精特新中小企业认定工作的通知", "2025-10-10",
        "各市州经信局：\n请各地于11月10日前将推荐材料报送省经信厅，企业申报截止时间以各地通知为准。",
        "call", ["2025-11-10"], None, id="hb-applicant-date-set-locally"),
    pytest.param(
        "关于组织申报2025年度安徽省首台套重大技术装备的通知", "2025-09-30",
        "各有关企业：\n一、申报时间\n申报时间：2025年10月8日至31日。",
        "call", ["2025-10-31"], "2025-10-31", id="ah-bare-day-range-end"),
    pytest.param(
        "本周申报合集｜浙江、广东等地政策申报汇总", "2025-10-05",
        "1. 浙江省服务型制造示范申报，申报截止时间：10月15日。\n2. 广东省工业设计中心认定，截止时间：10月20日。",
        "digest", ["2025-10-15", "2025-10-20"], None, id="digest-union"),
]


@pytest.mark.parametrize("title, published, content, kind, deadlines, apply_deadline", OTHER_PROVINCES)
def test_other_province_phrasings(title, published, content, kind, deadlines, apply_deadline):
    notice = _notice(title, content, published)
    assert notice.kind == kind, notice.kind_evidence
    assert [d.date.isoformat() for d in notice.deadlines] == deadlines, [d.evidence for d in notice.deadlines]
    got_apply = notice.apply_deadline.isoformat() if notice.apply_deadline else None
    assert got_apply == apply_deadline, notice.apply_deadline_evidence
