"""Cases a helper's review of extraction rounds 14 and 15 found wrong (invented phrasings, each
checked to be right before those rounds and wrong after them until fixed): a call recalling a meeting or
counting past winners, a completion or validity date named 截止期, a rescheduled review date, a work plan
handed down, a table of figures under a contact line, a reference period before a login, a group said to be
outside the scope, a local notice recalling the ministry document it was chosen under, an invitation whose
first line names its audience."""
from __future__ import annotations

import pytest

from pipeline.extract import extract_notice
from pipeline.records import RawRecord, build_notice

CASES = [
    {"id": "R01", "title": "关于2027年度省级工业互联网平台培育项目申报的通知", "text": "各设区市工业和信息化局：\n一、申报时间\n申报截止时间为2027年5月31日。\n二、建设要求\n项目建设完成截止期为2028年12月31日，逾期未完成的收回资金。\n联系电话：025-83331234", "published": "2027-04-01", "expected": {"deadlines": ["2027-05-31"], "apply_deadline": "2027-05-31"}},
    {"id": "R02", "title": "关于组织开展2027年度市级企业技术中心认定工作的通知", "text": "一、申报时间\n请申报企业于2027年5月31日前提交申报材料。\n二、有关要求\n经认定的市级企业技术中心，认定资格有效截止期为2029年12月31日，期满前须重新申请复核。", "published": "2027-04-01", "expected": {"deadlines": ["2027-05-31"], "apply_deadline": "2027-05-31"}},
    {"id": "R03", "title": "关于2027年度市级工业设计中心申报的通知", "text": "一、申报时间\n申报截止时间为2027年6月15日。\n二、有关说明\n请各区于6月25日前完成初审。市工信局组织专家评审的时间调整为7月10日，届时另行通知。", "published": "2027-05-10", "expected": {"deadlines": ["2027-06-15", "2027-06-25"], "apply_deadline": "2027-06-15"}},
    {"id": "R05", "title": "速看！这些企业可获最高50万元奖励", "text": "去年全市工业经济工作会上，市政府明确提出加大对专精特新企业的奖励力度。\n为做好2027年度奖励兑现工作，请符合条件的企业积极申报，填报时间为2027年5月10日至6月10日。\n咨询电话：0371-67181234", "published": "2027-04-20", "expected": {"kind": "call", "apply_deadline": "2027-06-10"}},
    {"id": "R06", "title": None, "text": "各县（市、区）工业和信息化局：\n在今年3月召开的全市工业经济工作会上，市政府明确提出加大专精特新企业培育力度。为做好2027年度市级专精特新中小企业认定工作，请各地认真组织辖区内符合条件的企业积极申报，企业填报时间为2027年5月20日至6月20日。\n联系电话：0851-86891234", "published": "2027-05-10", "expected": {"kind": "call", "apply_deadline": "2027-06-20"}},
    {"id": "R07", "title": "重磅！2027年度专精特新奖励开始兑现", "text": "4月18日，市工业和信息化局召开全市中小企业工作会议，部署2027年度专精特新企业培育工作。根据会议部署，市工信局决定开展2027年度专精特新企业奖励兑现工作，请符合条件的企业积极申报。", "published": "2027-05-10", "expected": {"kind": "call"}},
    {"id": "R08", "title": "重要提醒", "text": "目前全市已有35家企业被认定为省级专精特新中小企业。为进一步扩大梯队规模，请各区工信局认真组织辖区内企业开展申报工作，企业填报时间为2027年5月10日至6月10日。", "published": "2027-04-20", "expected": {"kind": "call", "apply_deadline": "2027-06-10"}},
    {"id": "R09", "title": "事关专精特新企业！最高奖励100万元", "text": "目前，全市已有86家企业被认定为国家级专精特新“小巨人”企业。近日，市政府印发《关于促进专精特新企业高质量发展的若干政策》，从梯度培育、融资支持、人才引进等方面提出12条政策措施。对新认定的国家级专精特新“小巨人”企业，给予一次性奖励100万元。", "published": "2027-05-10", "expected": {"kind": "policy"}},
    {"id": "R10", "title": "关于下达2027年度全市工业企业技术改造投资计划的通知", "text": "各区工业和信息化局：\n现将2027年度全市工业企业技术改造投资目标任务下达给你们，请认真抓好落实，确保全年完成工业技改投资增长10%的目标。", "published": "2027-03-01", "expected": {"kind": "policy", "subjects": []}},
    {"id": "R11", "title": "关于公布2027年度规章制定工作计划的通知", "text": "各市、县（区）人民政府，省政府各部门：\n《某某省人民政府2027年度规章制定工作计划》已经省政府第35次常务会议审议通过，现印发给你们，请认真贯彻执行。", "published": "2027-03-01", "expected": {"kind": "policy"}},
    {"id": "R12", "title": "关于下达2027年度“中小企业服务月”活动计划的通知", "text": "各县（市、区）工信局：\n为进一步优化中小企业发展环境，现将2027年度“中小企业服务月”活动计划下发给你们，请结合实际认真组织实施。", "published": "2027-03-01", "expected": {"kind": "policy", "subjects": []}},
    {"id": "R13", "title": "关于2027年度市级工业企业技术改造项目补助资金安排的公示", "text": "根据《台州市工业企业技术改造项目补助资金管理办法》，经企业申报、县（市、区）初审、专家评审，现将2027年度市级工业企业技术改造项目补助资金安排情况予以公示，公示期为2027年5月10日至5月16日。\n联系人：王某，联系电话：0576-88681234\n附件：2027年度市级工业企业技术改造项目补助资金安排表（补助资金按照项目设备投资额的10%核定，单个项目最高不超过500万元，已享受省级技术改造专项资金支持的项目按就高原则不重复补助）\n序号 | 项目名称 | 承担单位 | 所在地 | 总投资（元） | 补助金额（元）\n1 | 年产5万台套智能数控机床数字化车间技术改造项目 | 浙江某某智能装备股份有限公司 | 椒江区 | 35000000 | 3500000\n2 | 新能源汽车轻量化铝合金零部件智能制造项目 | 台州某某汽车部件有限公司 | 黄岩区 | 28000000 | 2800000\n3 | 高端医药中间体绿色化连续流生产线改造项目 | 浙江某某药业有限公司 | 临海市 | 42000000 | 4200000\n4 | 智能缝制设备关键零部件数字化工厂建设项目 | 某某缝纫机股份有限公司 | 椒江区 | 26000000 | 2600000\n5 | 精密注塑模具智能生产线技术改造项目 | 台州市某某模塑有限公司 | 黄岩区 | 51000000 | 5100000", "published": "2027-05-10", "expected": {"phones": ["0576-88681234"]}},
    {"id": "R14", "title": "关于申报2027年度企业研发投入奖补的通知", "text": "一、申报时间\n申报截止时间为2027年5月31日。\n二、奖补依据\n2027年1月1日至3月31日，企业登录“江苏省科技统计直报系统”填报的季度研发投入数据，作为奖补核算依据。", "published": "2027-04-15", "expected": {"deadlines": ["2027-05-31"], "apply_deadline": "2027-05-31"}},
    {"id": "R15", "title": "关于举办2027年数字化转型政策线上培训的通知", "text": "各有关企业：\n一、培训时间\n2027年5月20日至5月21日，参训人员登录“江苏中小企业网上学院”平台在线学习。\n二、报名方式\n请于5月18日前将报名回执发送至邮箱。", "published": "2027-05-10", "expected": {"kind": "event", "deadlines": ["2027-05-18"]}},
    {"id": "R16", "title": "关于组织申报2027年度市级中小企业发展专项资金的通知", "text": "一、申报条件\n（一）申报单位应为在本市注册、具有独立法人资格的中小企业。\n（二）申报单位近三年无重大违法违规行为，上市企业及其控股子公司不在本次支持范围内。\n二、申报时间\n请于2027年6月10日前提交申报材料。", "published": "2027-05-10", "expected": {"subjects": ["中小企业"]}},
    {"id": "R18", "title": "关于开展2027年度中小企业数字化转型诊断服务的通知", "text": "2026年，工业和信息化部、财政部印发《关于开展中小企业数字化转型城市试点工作的通知》，我市成功入选第三批试点城市。为扎实推进试点工作，现组织开展2027年度中小企业数字化转型诊断服务，请有意向的企业于2027年6月10日前登录试点服务平台报名。", "published": "2027-05-10", "expected": {"regions": []}},
    {"id": "R19", "title": "关于组织申报2027年度区级绿色工厂的通知", "text": "近年来，工业和信息化部印发《关于加快推动制造业绿色化发展的指导意见》，对绿色制造体系建设提出了新要求。为进一步完善我区绿色制造体系，现组织开展2027年度区级绿色工厂申报工作，请符合条件的企业于6月10日前提交申报材料。", "published": "2027-05-10", "expected": {"regions": []}},
    {"id": "R20", "title": None, "text": "诚邀全市专精特新中小企业参加2027年“专精特新”企业与金融机构融资对接会\n一、会议时间\n2027年6月18日14:00\n二、会议议程\n1.政策解读；2.银行产品推介；3.企业与银行现场对接。\n三、参会方式\n扫描下方二维码报名参会。", "published": "2027-06-01", "expected": {"kind": "event", "subjects": ["专精特新中小企业"]}},
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_review_case(case):
    notice = extract_notice(build_notice(RawRecord(title=case["title"], content=case["text"], published=case["published"],
                                                    url="https://example.gov.cn/x", account="", source="test", source_id=case["id"])))
    got = {"kind": notice.kind, "apply_deadline": notice.apply_deadline.isoformat() if notice.apply_deadline else None,
           "deadlines": sorted({d.date.isoformat() for d in notice.deadlines}), "phones": [p.number for p in notice.phones],
           "regions": [r.name for r in notice.regions], "subjects": sorted(s.name for s in notice.subjects)}
    for field, expected in case["expected"].items():
        value = got[field]
        assert (sorted(value) if isinstance(value, list) else value) == (sorted(expected) if isinstance(expected, list) else expected), field
