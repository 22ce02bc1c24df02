"""Round 32 of the blind-set method: rules shown by two or more independent labelled texts, each
tested here on phrasings written for these tests (the sets' own texts stay outside the project)."""
import pytest

from round_helpers import extracted, kind, untitled_kind


@pytest.mark.parametrize("text, expected", [
    # a month's end asked for under a plain heading (r134_07)
    ("某省知识产权局办公室 某省教育厅办公室关于组织开展省级知识产权试点示范高校建设工作的通知\n各市知识产权局、教育局，各有关高校：\n"
     "两部门决定联合开展省级知识产权试点示范高校建设工作，并制定了《工作方案》。请各市知识产权局、教育局、各有关高校按照"
     "《工作方案》要求，于2027年5月底前完成2027年度试点示范高校申报和推荐工作。\n特此通知。", "call"),
    # (a standing duty in a rule is none: "每年1月底前报送上一年度" has no 于 before it)
    ("某市关于印发企业技术中心管理办法的通知\n各区：\n第十条 企业技术中心每年1月底前报送上一年度运行情况。", "policy"),
])
def test_a_month_end_is_a_date_to_submit_by(text, expected):
    assert untitled_kind(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a decision approving what it names and counts (r134_12, and a notice of the Jiangsu account)
    ("某省科学技术厅关于批准建设2027年省重点实验室的通知\n各有关单位：\n"
     "经申报受理、形式审查、专家论证等程序，决定批准建设某省先进材料重点实验室等14个省重点实验室。\n"
     "请依托单位按照规定开展建设。", "publicity"),
    # (a quota is none: "决定批准不超过10个…")
    ("某市科学技术局关于组织建设2027年市重点实验室的通知\n各有关单位：\n"
     "经研究，决定批准不超过10个市重点实验室建设，请于2027年6月30日前报送申报材料。", "call"),
])
def test_a_decision_approving_counted_entities_is_a_list(text, expected):
    assert untitled_kind(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a contest or one of its rounds held at a site (r131_01, r131_09)
    ("9月6日-7日，由省科技厅主办的第十二届某省创新创业大赛决赛在某市高新区成功举办。大赛主办、承办以及参赛等单位"
     "相关负责人共300多人出席了活动。", "event"),
    ("某市新闻网讯（记者 王某）6月18日，第八届某省创新创业大赛（某市分赛区）在某县举行，副市长为获奖企业颁奖。", "event"),
    # (one still taking entries is not: "…欢迎报名")
    ("第十三届某省创新创业大赛启动仪式暨宣讲会在某市成功举办，欢迎符合条件的企业报名参赛。报名截止时间为2027年6月30日。",
     "call"),
])
def test_a_contest_held_at_a_site_is_an_event(text, expected):
    assert untitled_kind(text) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a result whose list is attached (r131_10, n_063, two notices of the Jiangsu account)
    ("2027年某省中小企业创新创业大赛总决赛获奖项目公布",
     "为促进中小企业创新发展，某省工业和信息化厅举办2027年中小企业创新创业大赛。\n"
     "9月20日，经项目路演、专家评分，产生大赛总决赛一、二、三等奖（获奖名单见附件1）。", "publicity"),
    # (a call naming its contact list is none: no result is decided there)
    ("关于组织2027年某市创新券兑付的通知",
     "为贯彻落实创新驱动发展战略，各区负责受理（各区联系人名单见附件）。请企业登录系统提交兑付申请。", "policy"),
])
def test_a_result_with_its_list_attached_is_a_list(title, text, expected):
    assert kind(title, text) == expected


def test_an_explainer_saying_it_explains_as_follows():
    # "下面就…做如下解读" in the other order from "解读如下" (r131_12)
    text = ("《某县促进工业发展的若干意见》（以下简称《若干意见》）对产业发展提出了新要求，下面就其中相关内容作如下解读：\n"
            "一、技改项目如何奖励？\n企业提供设备发票，经审核后给予奖励。")
    assert untitled_kind(text) == "interpretation"


@pytest.mark.parametrize("title, text", [
    # a central body organising a meeting or a press conference reported (r131_19, r131_08)
    ("信息技术发展司召开工业互联网平台工作推进会",
     "2027年5月6日，工业和信息化部信息技术发展司组织召开工业互联网平台工作推进会。部分地方主管部门参加会议。"),
    ("新闻办就一季度工业经济运行情况举行发布会",
     "国务院新闻办公室于2027年4月20日（星期二）下午3时举行新闻发布会，介绍一季度工业经济运行情况，并答记者问。"),
])
def test_a_report_of_a_central_body_organising_is_national(title, text):
    assert [region.name for region in extracted(title, text).regions] == ["全国"]


def test_a_report_of_a_local_body_organising_keeps_its_place():
    text = "2027年5月6日，某某市工业和信息化局于市民中心召开全市工业经济推进会。各区工信部门参加会议。"
    assert [region.name for region in extracted("工业经济推进会召开", text.replace("某某市", "泉州市")).regions] == ["泉州市"]


# The review's cases that the first form of these rules got wrong (a helper's own phrasings): a policy's report due
# by a month's end, calls recalling last year's approvals or a past final, contact and quota lists attached.
@pytest.mark.parametrize("title, text, expected", [
    ("重庆市制造业数字化转型三年行动方案（2025—2027年）",
     "为加快推进全市制造业数字化转型，制定本方案。\n一、总体要求\n到2027年，全市规上工业企业数字化改造实现全覆盖。\n二、重点任务\n（一）实施智能工厂梯度培育行动。\n三、保障措施\n各区县经济信息委要抓紧细化工作举措，于2025年12月底前将本区县实施方案及年度工作台账报送市经济信息委。",
     "policy"),
    ("",
     "关于印发《南通市推动中小企业专精特新发展若干措施》的通知\n各县（市、区）人民政府，市各委办局：\n现将《南通市推动中小企业专精特新发展若干措施》印发给你们，请认真贯彻执行。各县（市、区）于2025年11月底前将贯彻落实情况书面报送市工业和信息化局。",
     "policy"),
    ("西安市科技创新券管理办法",
     "第一章 总则\n第一条 为规范市级科技创新券资金管理，根据有关规定，制定本办法。\n第十二条 各区县科技主管部门应于2026年1月底前将上一年度创新券兑付及资金使用情况报送市科技局、市财政局。\n第十五条 本办法自2025年10月1日起施行。",
     "policy"),
    ("",
     "2024年，省科技厅决定批准建设长沙…等25家省技术创新中心，有力支撑了全省重点产业链发展。为进一步完善全省技术创新中心布局，现组织开展2025年度湖南省技术创新中心建设申报工作。请各市州科技局于2025年9月30日前将推荐材料报送省科技厅。",
     "call"),
    ("",
     "2024年度，省人力资源社会保障厅决定批准济南…等30家单位设立博士后创新实践基地，全省基地总数达到420家。为做好2025年度设站工作，请符合条件的单位于10月15日前登录山东省博士后管理信息系统提交申请。",
     "call"),
    ("",
     "各有关单位：\n我厅2022年决定批准建设的12家省重点实验室已运行满三年。按照《浙江省重点实验室管理办法》，现开展建设期满评估，请各实验室依托单位于10月20日前将评估材料报送省科技厅基础研究处。",
     "call"),
    ("",
     "2024年，第十三届中国创新创业大赛（江苏赛区）决赛在南京成功举办，全省共有2100余家企业参赛。日前，省科技厅印发《关于举办第十四届中国创新创业大赛（江苏赛区）暨江苏省科技创新创业大赛的通知》，本届大赛面向全省科技型中小企业征集参赛项目。",
     "call"),
    ("",
     "第六届“创响中原”创新创业大赛复赛在郑州顺利举行。经专家评审，共有20个项目晋级决赛（名单附后）。对公示项目有异议的，请在公示期内向大赛组委会办公室书面反映。",
     "publicity"),
    ("",
     "第九届中国创新创业大赛（四川赛区）决赛在成都成功举办，有力带动了全省科技型中小企业创新发展。为做好第十届大赛四川赛区参赛项目推荐工作，现将有关事项通知如下：一、参赛对象为在四川省内注册的科技型中小企业。二、参赛企业登录大赛官网完成注册后，由各市（州）科技局审核推荐。",
     "call"),
    ("",
     "根据省工业和信息化厅《关于开展2025年度省级工业设计中心认定工作的通知》要求，现将我市推荐工作有关事项通知如下：一、推荐对象为在我市注册、具有独立法人资格的工业企业。二、各县（市、区）工信部门要确定专人负责（联系人名单见附件2），做好政策宣传和材料初审。",
     "call"),
    ("",
     "现将省科技厅《关于组织推荐2025年度省级众创空间的通知》转发给你们。根据各地工作基础，省科技厅确定了各设区市推荐名额（名额分配名单见附件2），请各区科技局结合实际做好推荐工作。",
     "call"),
])
def test_review_cases_kind(title, text, expected):
    assert kind(title, text) == expected


# …and local bodies whose names begin like a central one's, or local reports opening with a ministry's meeting.
@pytest.mark.parametrize("title, text, expected", [
    ("",
     "近日，国家税务总局苏州市税务局于苏州国际博览中心举办2025年度研发费用加计扣除政策宣讲会，全市300余家科技型企业的财务负责人参加。",
     ["苏州市"]),
    ("",
     "近日，国家知识产权局专利局南京代办处于江北新区举办专利申请实务培训班，120余名企业知识产权工作者参加培训。",
     ["南京市"]),
    ("",
     "7月30日，工业和信息化部召开全国中小企业数字化转型城市试点工作推进会。8月5日，南京市工业和信息化局召开专题会议，传达学习会议精神，部署推进我市试点工作。",
     ["南京市"]),
    ("",
     "近日，工业和信息化部组织召开2025年度中小企业特色产业集群评审会。经专家评审，无锡市惠山区汽车零部件产业集群等3个集群入选2025年度中小企业特色产业集群。",
     ["惠山区"]),
    ("",
     "2025年5月，工业和信息化部组织开展第七批专精特新“小巨人”企业培育遴选工作。经企业申报、县区推荐、市级初审，常州市共有18家企业通过省级审核并推荐至工业和信息化部。",
     ["常州市"]),
    ("",
     "科学技术部于2025年8月印发《关于组织开展2025年度国家级科技企业孵化器认定工作的通知》。为做好我市推荐工作，请符合条件的孵化器对照认定条件准备申请材料，经所在区科技主管部门审核后，由徐州市科学技术局统一推荐。",
     ["徐州市"]),
])
def test_review_cases_regions(title, text, expected):
    assert [region.name for region in extracted(title, text).regions] == expected
