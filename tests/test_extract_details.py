"""Details: grant amounts, application-system links, document numbers, issuing bodies."""
import pytest

from pipeline.extract.details import (
    Details, extract_amounts, extract_details, extract_doc_numbers, extract_system_urls, parse_number,
)
from pipeline.notice import Notice
from pipeline.records import RawRecord, build_notice


@pytest.mark.parametrize("text, expected", [
    ("对入选项目给予最高不超过500万元支持。", [("给予最高不超过500万元", 500.0)]),
    ("每人最高给予1万元奖励。", [("每人最高给予1万元", 1.0)]),
    ("对首批入选的示范车间给予一次性20万元的专项奖励。", [("给予一次性20万元", 20.0)]),
    ("集成电路布图设计登记后每件资助300元。", [("每件资助300元", 0.03)]),
    ("省财政补助资金1.5亿元，用于支持重点项目。", [("1.5亿元", 15000.0)]),
    ("按档次给予10-50万元奖励。", [("给予10-50万元", 50.0)]),
    ("每家奖励五十万元。", [("每家奖励五十万元", 50.0)]),
    # thresholds, facts and shares are not grants
    ("企业收入总额不低于3000万元（含）。", []),
    ("用于中试服务的仪器设备原值原则上不低于400万元。", []),
    ("年工资薪金100万元以上，担任企业高管。", []),
    ("贴息范围包括单笔5万元以下消费。", []),
    ("省财政资助经费不超过项目总预算的30%。", []),
    ("服务器产业规模超过4000亿元。", []),
])
def test_amounts(text, expected):
    assert [(a.text, a.wan_yuan) for a in extract_amounts(text)] == expected


@pytest.mark.parametrize("value, number", [("500", 500.0), ("1.5", 1.5), ("五十", 50.0), ("一百二十", 120.0),
                                           ("三千", 3000.0), ("十", 10.0), ("两", 2.0)])
def test_parse_number(value, number):
    assert parse_number(value) == number


@pytest.mark.parametrize("text, expected", [
    ("申报单位需在“宁企通”网站（http://nqt.nanjing.gov.cn/）完成单位用户注册。", ["http://nqt.nanjing.gov.cn/"]),
    ("在江苏政务服务网江苏省工业和信息化厅旗舰店完成线上申报（网址：https://www.jszwfw.gov.cn/col/col140127/index.html，"
     "预计系统将于9月22日左右开放）", ["https://www.jszwfw.gov.cn/col/col140127/index.html"]),
    ("请申报主体在优质中小企业梯度培育平台（zjtx.miit.gov.cn）完成填报。", ["http://zjtx.miit.gov.cn"]),
    ("企业通过“惠企资金直达应用系统”（网址https://www.szzxzjsb.com/fundsz/#/fund/login）进行申报。",
     ["https://www.szzxzjsb.com/fundsz/#/fund/login"]),
    # links to read, not to apply; e-mail addresses
    ("评审结果可登陆本学会网站（www.example-assoc.org.cn）查询。", []),
    ("经网上申报、专家评审，拟入选的项目名单将在联合会网站（http://www.example-league.cn/）上公示7个工作日。", []),
    ("扫描版发送至邮箱（spc@miit.gov.cn）。", []),
    ("更多信息见http://www.example.gov.cn/news/1.html", []),
    # de-duplicated
    ("登录系统（https://a.gov.cn/x）填报；系统网址：https://a.gov.cn/x", ["https://a.gov.cn/x"]),
])
def test_system_urls(text, expected):
    assert extract_system_urls(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("根据《省工业和信息化厅关于开展试点工作的通知》（苏工信信发〔2025〕279号）", ["苏工信信发〔2025〕279号"]),
    ("关于组织开展2025年省级企业技术中心申报工作的通知苏工信创新〔2025〕275号", ["苏工信创新〔2025〕275号"]),
    ("依据国办发[2016]5号和国发 〔2019〕 46 号文件", ["国办发[2016]5号", "国发〔2019〕46号"]),
    ("常工信综合〔2025〕124 号", ["常工信综合〔2025〕124号"]),
    ("集成电路企业须符合财税〔2020〕45号文件的相关要求，按照财税〔2020〕45号执行。", ["财税〔2020〕45号"]),
    ("符合市财政佛财〔2023〕41号文规定", ["佛财〔2023〕41号"]),
    ("《国家税务总局关于优化若干纳税服务事项的公告》（税务总局公告2021年第13号）",
     ["税务总局公告2021年第13号"]),
    ("湘科函计字〔2022〕0317号、国知办函运字〔2023〕1106号", ["湘科函计字〔2022〕0317号", "国知办函运字〔2023〕1106号"]),
    # dates, amounts and bare numbers are not document numbers
    ("公示期为2025年9月22日至9月28日，给予500万元支持，编号2025001。", []),
])
def test_doc_numbers(text, expected):
    assert extract_doc_numbers(text) == expected


@pytest.mark.parametrize("title, text, origin, expected", [
    ("关于组织申报2025年度首台套装备项目的通知", "……\n浙江省经济和信息化厅\n浙江省财政厅\n2025年6月3日\n（此件公开发布）", None,
     ["浙江省经济和信息化厅", "浙江省财政厅"]),
    ("2025年度拟奖励名单公示", "……扫码查看完整名单江苏省科学技术厅江苏省发展和改革委员会2025年9月18日", None,
     ["江苏省科学技术厅", "江苏省发展和改革委员会"]),
    ("关于组织申报技术先进型服务企业的通知", "……\n江苏省财政厅\n国家税务总局江苏省税务局\n2025年9月1日", None,
     ["江苏省财政厅", "国家税务总局江苏省税务局"]),
    ("关于第五届中国质量奖授奖的决定", "市场监管总局关于第五届中国质量奖授奖的决定\n质量是立业之本……", None, ["市场监管总局"]),
    ("这一省科技重大专项开始申报", "……联系方式……", "江苏省科学技术厅", ["江苏省科学技术厅"]),
    ("今日15:30！股权激励规划直播", "扫描图中二维码看直播", "太湖金谷", []),
    # several bodies heading the title or the first line, written with spaces between them
    ("财政部 税务总局关于进一步完善研发费用税前加计扣除政策的公告", "现就有关问题公告如下：……", None, ["财政部", "税务总局"]),
    ("关于组织申报2025年度技术改造项目的通知", "长沙市工业和信息化局 长沙市财政局关于组织申报2025年度技术改造项目的通知\n……",
     None, ["长沙市工业和信息化局", "长沙市财政局"]),
])
def test_issuers(title, text, origin, expected):
    notice = build_notice(RawRecord(title=title, content=text, source="t", source_id="1"))
    notice.origin = origin or notice.origin
    assert extract_details(notice).issuers == expected


def test_extract_details_fills_every_field():
    text = ("关于开展2025年度中试平台备案工作的通知\n根据《实施意见》（宁委办发〔2024〕14号），对备案平台给予最高200万元奖励。"
            "申报单位需在“宁企通”网站（http://nqt.nanjing.gov.cn/）完成注册。\n南京市科学技术局\n2025年9月1日")
    details = extract_details(Notice(title="2025年度中试平台备案申报进行中", text=text))
    assert isinstance(details, Details)
    assert [a.text for a in details.amounts] == ["给予最高200万元"]
    assert details.amounts[0].evidence.startswith("根据《实施意见》")
    assert details.system_urls == ["http://nqt.nanjing.gov.cn/"]
    assert details.doc_numbers == ["宁委办发〔2024〕14号"]
    assert details.issuers == ["南京市科学技术局"]


def test_empty_notice():
    assert extract_details(Notice(title="2025年5G工厂最终名单公布")) == Details()
