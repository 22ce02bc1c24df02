"""Round 72 of the blind-set method (README, "Extraction accuracy"), in five parts and six code reviews; no rule kept.

Taken back (deadlines, part 4-5): a bureau named right after a date, its act following ("10月20日前，所在地中小企业局将申报
材料报送…"), as the one handing the papers on whatever its name holds. `_role` refuses that reading when the bureau's name
holds an applicant noun, so a bureau for firms (中小企业局, 中小企业主管部门) is read as the applicants (round 71's note named
the flaw). Dropping the check: the first review found 3 regressions in a version freeing bureaus before their date too;
the second, 16: the check is also what stops the pattern's bureau name from running across 向 ("各区企业向区商务局报送" is
the firms sending) and what keeps a bureau taking papers in ("所在地中小企业局将集中受理…") the applicants' date. A version
mending both (no 向/至/到 in a name, 将受理 as intake, only firm words in a bureau's name freed) met a third review's 14:
bureaus handing on 向 another, 将受理的材料 as papers received, a firm's own 企业办公室. No labelled text is so worded.

Taken back (deadlines, part 1): two readings rounds 64 and 66 had tried (r597_06: a date's act past a comma inside
brackets, "于2024年3月1日前，将案例汇总表（…扫描件，见附件2）发送至…"; r563_07: a window opened today under a heading naming
one, "申报期限" over "即日起至1月12日，逾期不候。"). The round's code review (35 cases) found 14 regressions; narrowed until it
found none, they still broke 9 of those rounds' guards: the cut at the bracket's comma is what keeps eligibility dates out
("凡于2026年6月30日前，在本市（含各县、区，下同）完成工商注册登记…的企业"), and a reviewers' window so headed took the
applicants' date.

Taken back (subjects, parts 2-3): persons a publicity lists by a name and their number ("拟认定李四等7人为…代表性传承人",
"提出卢某等10人为…道德模范推荐人选": r607_11, r681_13, untitled lists labelled 人才, and r546_09, read already) as 人才. Two
code reviews broke it: 16 regressions in lists of units naming persons in passing (a project's members, contacts,
inspectors), then, read only right after a listing verb in a list naming nothing else, 19 in lists of villages, works,
standards or projects naming their contacts, drafters, tellers or guides so.

What stays: the author's guards and every review case that reads right at the end (d1-: part 1's review; s1-, s2-: the
persons reading's; d2-, d3-, d4-: the bureau's three), each comment the reviewer's reason.
"""
import pytest

from round_helpers import deadline_reading, review_expected, review_reading, subjects

TITLE = "关于组织申报2026年度市级科技计划项目的通知"
SIGNED = "\n某市科学技术局\n2026年5月20日"

FIRMS_FIRST = "一、企业于2026年10月10日前向所在地主管部门提交申报材料。\n二、"
# The author's guards of the bureau reading taken back: firms applying stay the applicants, 中小企业 among them, and
# applicants a bureau puts forward keep their own date.
BUREAU_GUARDS = [
    pytest.param("一、各县区中小企业于2026年10月20日前将申报材料报送市工信局。\n二、市工信局组织专家评审。",
                 "2026-10-20", id="guard-firms-applying"),
    pytest.param(FIRMS_FIRST + "经各市中小企业主管部门推荐的申报主体于2026年10月20日前完成在线填报。", "2026-10-20",
                 id="guard-applicants-put-forward-by-the-bureau"),
]


@pytest.mark.parametrize("text, apply_by", BUREAU_GUARDS)
def test_round_72_bureau_guards(text, apply_by):
    assert deadline_reading("关于组织申报2026年度专精特新中小企业的通知", "各有关单位：\n" + text + SIGNED, "")[1] == apply_by


# The author's guards of the deadline readings taken back: what brackets hold is still read for conditions, and an
# opened window no heading or clause names as one is still no deadline.
DEADLINE_GUARDS = [
    pytest.param("各有关单位：\n一、申报要求\n2026年6月10日前，已获得立项的企业（含分公司，不含外资企业）不再申报。" + SIGNED,
                 [], None, id="guard-condition-past-brackets"),
    pytest.param("各有关单位：\n三、活动内容\n即日起至6月10日，在本市消费满200元的市民可领取消费券。" + SIGNED,
                 [], None, id="guard-opened-period-no-window-named"),
    pytest.param("各有关单位：\n二、支持对象\n即日起至2026年6月10日，在本市新注册的企业。" + SIGNED,
                 [], None, id="guard-opened-period-as-eligibility"),
]


@pytest.mark.parametrize("text, dates, apply_by", DEADLINE_GUARDS)
def test_round_72_deadline_guards(text, dates, apply_by):
    assert deadline_reading(TITLE, text, "") == (dates, apply_by)


UNTITLED_LIST = "公示\n{}\n某市文明办\n2026年12月2日"

# The author's guards of the persons reading taken back: experts a list names, and persons counted in a call.
PERSONS_GUARDS = [
    pytest.param("", UNTITLED_LIST.format("经研究，聘请张三等5人为评审专家，对申报企业进行评审，拟认定甲公司等10家企业为市级专精特新中小"
                                          "企业。现予以公示。"),
                 ["专精特新中小企业"], id="guard-experts-named-in-a-list"),
    pytest.param("关于组织申报2026年度市级非物质文化遗产生产性保护示范基地的通知",
                 "各区文化主管部门：\n我市已认定李四等7人为市级代表性传承人。现组织申报市级生产性保护示范基地，申报单位须为在本市注册的企业。"
                 "请于2026年6月30日前报送。", ["企业"], id="guard-persons-counted-in-a-call"),
]


@pytest.mark.parametrize("title, text, expected", PERSONS_GUARDS)
def test_round_72_persons_guards(title, text, expected):
    assert subjects(title, text) == expected


REVIEW_CASES = [
    # 中小企业 as the subject of its own date; the district review date is the bureau's
    pytest.param('apply_deadline', '关于组织申报2025年度市级专精特新中小企业的通知', '各区工业和信息化局，各有关企业：\n为贯彻落实《关于促进中小企业专精特新发展的若干措施》，现组织开展2025年度市级专精特新中小企业申报工作，有关事项通知如下：\n一、申报条件：在本市注册登记、具有独立法人资格的中小企业，从事特定细分市场时间达到2年以上。\n二、申报程序：符合条件的中小企业于2025年10月10日前登录“南京市企业服务平台”完成在线填报，并将纸质申报材料一式两份报送所在区工业和信息化局。\n各区工业和信息化局于10月20日前完成初审，将推荐汇总表及申报材料报送市工业和信息化局。\n联系方式：联系人：王海，电话：025-83331234。\n\n南京市工业和信息化局\n2025年9月12日', '2025-09-15',
                 '2025-10-10', id='d2-n-01-smes-own-date-then-district-review'),
    # '各区县中小企业' opens with 各区县 (a bureau word) but names the firms: their date
    pytest.param('apply_deadline', '关于组织申报2025年度中小企业数字化转型项目的通知', '各区县工业和信息化主管部门，各有关企业：\n为加快推进中小企业数字化转型，现组织申报2025年度中小企业数字化转型项目。\n一、申报对象：本市范围内实施数字化改造的中小企业。\n二、申报要求：请各区县中小企业于2025年10月10日前将申报材料报送所在区县工业和信息化主管部门；各区县工业和信息化主管部门审核后于10月24日前报送市工业和信息化局。\n联系方式：联系人：王海，电话：025-83331234。\n\n常州市工业和信息化局\n2025年9月12日', '2025-09-15',
                 '2025-10-10', id='d2-n-02-districts-smes-subject-qing'),
    # 中小企业局 as the receiving body of the applicants' date, then reviewing: the applicants' date
    pytest.param('apply_deadline', '关于组织申报2025年度中小企业公共服务示范平台的通知', '各县（市、区）中小企业局，各有关单位：\n根据《江苏省中小企业公共服务示范平台认定管理办法》，现组织开展2025年度示范平台申报工作，有关事项通知如下：\n一、申报主体：在本市注册、为中小企业提供公共服务的法人单位。\n二、申报程序：申报单位于2025年10月10日前向所在地中小企业局提交申报材料。\n所在地中小企业局审核后于10月20日前将推荐意见和申报材料报送市工业和信息化局。\n联系方式：联系人：王海，电话：025-83331234。\n\n盐城市工业和信息化局\n2025年9月12日', '2025-09-15',
                 '2025-10-10', id='d2-n-03-sme-bureau-is-first-receiver'),
    # guide ruling: the only date for the materials is the one a bureau forwards them by
    pytest.param('apply_deadline', '关于组织申报2025年度江苏省中小企业特色产业集群的通知', '各设区市工业和信息化局（中小企业局）：\n为贯彻落实工业和信息化部《促进中小企业特色产业集群发展暂行办法》，现组织开展2025年度省级中小企业特色产业集群申报工作。\n一、申报主体：集群所在县级人民政府或园区管理机构。\n二、有关要求：请各市中小企业主管部门组织本地区申报工作，于2025年10月20日前将申报材料（纸质版一式三份及电子版）报送省工业和信息化厅中小企业处。\n联系方式：联系人：王海，电话：025-83331234。\n\n江苏省工业和信息化厅\n2025年9月12日', '2025-09-15',
                 '2025-10-20', id='d2-n-04-only-date-sme-dept-forwards'),
    # guide ruling: only the bureau's forwarding date is given, it stands for the applicants'
    pytest.param('apply_deadline', '关于组织申报2025年度省级星级上云企业的通知', '各县（市、区）中小企业局，各有关企业：\n为推动企业上云用云，现组织开展2025年度省级星级上云企业申报工作。\n一、申报企业向所在地中小企业局提交申报书及相关证明材料。\n二、2025年10月20日前，所在地中小企业局将审核通过的申报材料汇总报送市工业和信息化局。\n联系方式：联系人：王海，电话：025-83331234。\n\n淮安市工业和信息化局\n2025年9月12日', '2025-09-15',
                 '2025-10-20', id='d2-n-05-only-date-bureau-named-after'),
    # guide ruling: the firms' only date is the 企业服务局's forwarding date
    pytest.param('apply_deadline', '关于组织申报2025年度高新技术企业培育入库的通知', '各区企业服务局，各有关企业：\n为做好2025年度高新技术企业培育工作，现组织开展高企培育库入库申报。\n一、申报企业登录系统填写申报书，打印后报各区企业服务局。\n二、2025年10月20日前，各区企业服务局将审核通过的申报材料报送市科技局。\n联系方式：联系人：王海，电话：025-83331234。\n\n苏州工业园区科技创新委员会\n2025年9月12日', '2025-09-15',
                 '2025-10-20', id='d2-n-06-only-date-zone-enterprise-service-bureau'),
    # 申报主体 (the applicants) act by 10-10; 'various cities' SME depts' only qualify them; the 10-20 date is the bureaus'
    pytest.param('apply_deadline', '关于组织申报2025年度中小企业特色产业集群服务机构的通知', '各设区市工业和信息化局：\n现组织开展2025年度服务机构申报，有关事项通知如下：\n一、申报主体：为集群企业提供服务的专业机构。\n二、申报程序：经各市中小企业主管部门推荐的申报主体于2025年10月10日前登录“江苏省企业服务综合平台”完成在线填报。\n各市中小企业主管部门于10月20日前将审核通过的申报材料报送省工业和信息化厅。\n联系方式：联系人：王海，电话：025-83331234。\n\n江苏省工业和信息化厅\n2025年9月12日', '2025-09-15',
                 '2025-10-10', id='d2-n-07-firms-through-sme-dept-with-co-subject'),
    # the firms file online by 10-10 (the bureau only organises them); 10-20 is the bureau's forwarding
    pytest.param('apply_deadline', '关于组织申报2025年度专精特新“小巨人”企业的通知', '各设区市工业和信息化局（中小企业局）：\n根据工业和信息化部办公厅通知要求，现组织开展第七批专精特新“小巨人”企业培育申报工作。\n一、申报条件：已认定为省级专精特新中小企业且在有效期内。\n二、工作要求：请各市中小企业主管部门于2025年10月10日前组织辖区内符合条件的企业登录系统完成在线填报，于10月20日前将审核通过的申报材料报送省工业和信息化厅。\n联系方式：联系人：王海，电话：025-83331234。\n\n江苏省工业和信息化厅\n2025年9月12日', '2025-09-15',
                 '2025-10-10', id='d2-n-08-bureau-organises-firms-to-file-by'),
    # firms fill in their self-assessment by 10-15; 10-25 is the bureau's review and forwarding
    pytest.param('apply_deadline', '关于组织申报2025年度创新型中小企业评价的通知', '各县（市、区）中小企业局：\n为做好2025年度创新型中小企业评价工作，现将有关事项通知如下：\n一、请各县（市、区）中小企业局于2025年10月15日前组织企业在“优质中小企业梯度培育平台”完成自评填报。\n二、各县（市、区）中小企业局于10月25日前完成审核，并将汇总表及企业申报材料报送市工业和信息化局。\n联系方式：联系人：王海，电话：025-83331234。\n\n宿迁市工业和信息化局\n2025年9月12日', '2025-09-15',
                 '2025-10-15', id='d2-n-09-sme-bureau-organises-firms-county'),
    # 各乡镇企业 (township firms) are the applicants, not a 乡镇企业局
    pytest.param('apply_deadline', '关于组织申报2025年度县级工业企业技术改造项目的通知', '各乡镇人民政府、街道办事处，各有关企业：\n为推动工业企业技术改造升级，现组织申报2025年度县级技术改造项目。\n一、申报条件：在本县注册的规模以上工业企业。\n二、申报程序：各乡镇企业于2025年10月10日前将申报材料报送县工业和信息化局，县工业和信息化局审核后于10月20日前报送市工业和信息化局。\n联系方式：联系人：王海，电话：025-83331234。\n\n沭阳县工业和信息化局\n2025年9月12日', '2025-09-15',
                 '2025-10-10', id='d2-n-10-township-firms-as-applicants'),
    # the firms' date to their own 主管部门; the 主管部门's later forwarding date is a bureau's
    pytest.param('apply_deadline', '关于组织申报2025年度企业技术中心认定的通知', '各区县企业主管部门，各有关企业：\n为推动企业技术创新体系建设，现组织开展2025年度市级企业技术中心认定申报工作。\n一、申报企业于2025年10月10日前向企业主管部门提交申报材料。\n二、企业主管部门于2025年10月20日前将审核意见和申报材料报送市发展改革委。\n联系方式：联系人：王海，电话：025-83331234。\n\n无锡市发展和改革委员会\n2025年9月12日', '2025-09-15',
                 '2025-10-10', id='d2-n-11-firms-submit-to-sme-dept'),
    # both dates close windows of the procedure
    pytest.param('deadlines', '关于组织申报2025年度中小企业特色产业集群的通知', '各设区市工业和信息化局：\n现组织开展2025年度中小企业特色产业集群申报工作。\n一、企业于2025年10月10日前向所在地主管部门提交申报材料。\n二、各市中小企业主管部门于2025年10月20日前将申报材料报送省工业和信息化厅。\n联系方式：联系人：王海，电话：025-83331234。\n\n江苏省工业和信息化厅\n2025年9月12日', '2025-09-15',
                 ['2025-10-10', '2025-10-20'], id='d2-n-13-deadlines-firms-and-sme-dept'),
    # the old date is superseded by the extended one
    pytest.param('deadlines', '关于组织申报2025年度中小企业公共服务示范平台的补充通知', '各设区市工业和信息化局（中小企业局）：\n我厅于2025年8月印发《关于组织申报2025年度中小企业公共服务示范平台的通知》，要求各市中小企业主管部门于2025年9月30日前将申报材料报送我厅。\n鉴于部分地区反映材料准备时间较紧，经研究，现将申报材料报送截止时间延长至2025年10月15日。\n其他事项按原通知执行。\n联系方式：联系人：王海，电话：025-83331234。\n\n江苏省工业和信息化厅\n2025年9月12日', '2025-09-26',
                 ['2025-10-15'], id='d2-n-14-extension-of-sme-dept-date'),
    # the extended date is the (only, forwarded) date for the materials
    pytest.param('apply_deadline', '关于组织申报2025年度中小企业公共服务示范平台的补充通知', '各设区市工业和信息化局（中小企业局）：\n我厅于2025年8月印发《关于组织申报2025年度中小企业公共服务示范平台的通知》，要求各市中小企业主管部门于2025年9月30日前将申报材料报送我厅。\n鉴于部分地区反映材料准备时间较紧，经研究，现将申报材料报送截止时间延长至2025年10月15日。\n其他事项按原通知执行。\n联系方式：联系人：王海，电话：025-83331234。\n\n江苏省工业和信息化厅\n2025年9月12日', '2025-09-26',
                 '2025-10-15', id='d2-n-15-extension-apply-deadline'),
    # batches; the batch open at publication (09-05 is past) is the one applicants face
    pytest.param('apply_deadline', '关于组织申报2025年度中小企业融资担保奖补资金的通知', '各设区市工业和信息化局（中小企业局）：\n为引导融资担保机构扩大中小企业融资担保业务，现组织申报2025年度奖补资金。\n一、申报对象：在本省注册的融资担保机构。\n二、申报安排：本年度分批受理，各市中小企业主管部门可分批于2025年9月5日、10月31日、12月15日前将申报材料报送省工业和信息化厅。\n联系方式：联系人：王海，电话：025-83331234。\n\n江苏省工业和信息化厅\n2025年9月12日', '2025-09-15',
                 '2025-10-31', id='d2-n-16-sme-dept-batches'),
    # an extension supersedes the old bureau-forwarding date
    pytest.param('deadlines', '关于组织申报2025年度市级中小企业公共服务平台的补充通知', '各县（市、区）中小企业局，各有关单位：\n我局于2025年8月20日印发《关于组织申报2025年度市级中小企业公共服务平台的通知》，明确2025年9月30日前，所在地中小企业局将申报材料报送市工业和信息化局。\n因国庆假期临近，经研究，现将申报材料报送截止时间延长至2025年10月20日。\n其他要求不变。\n联系方式：联系人：王海，电话：025-83331234。\n\n淮安市工业和信息化局\n2025年9月12日', '2025-09-26',
                 ['2025-10-20'], id='d2-n-17-extension-sme-bureau-named-after-date'),
    # 民营经济发展局 forwards; the firms' date is 10-10
    pytest.param('apply_deadline', '关于组织申报2025年度民营企业“两化融合”项目的通知', '各区民营经济发展局，各有关企业：\n现组织开展2025年度民营企业两化融合项目申报工作。\n一、企业于2025年10月10日前向所在区民营经济发展局提交申报材料。\n二、各区民营经济发展局于2025年10月20日前将申报材料报送市工业和信息化局。\n联系方式：联系人：王海，电话：025-83331234。\n\n泰州市工业和信息化局\n2025年9月12日', '2025-09-15',
                 '2025-10-10', id='d2-f-06-private-economy-bureau'),
    # 各区企业 are the firms of each district sending their papers to the first receiving body; online 10-08 and paper 10-15 are both theirs, the later wins
    pytest.param('apply_deadline', '关于组织申报2025年度外经贸发展专项资金项目的通知', '各区商务局，各有关企业：\n为支持企业开拓国际市场，现组织申报2025年度外经贸发展专项资金项目，有关事项通知如下：\n一、申报对象：在本市注册、具有进出口经营资格的企业。\n二、企业于2025年10月8日前登录“南京市商务专项资金管理系统”完成网上申报。\n三、2025年10月15日前，各区企业向区商务局报送纸质申报材料一式两份。\n四、各区商务局于10月25日前将审核意见报送市商务局。\n联系方式：联系人：王海，电话：025-83331234。\n\n南京市商务局\n2025年9月14日', '2025-09-15',
                 '2025-10-15', id='d3-n-01-district-firms-send-paper-to-bureau'),
    # the bureau named after the date is the first receiving body: 10-15 closes the firms' paper window (将 here is 'will', not the bureau handing on)
    pytest.param('apply_deadline', '关于组织申报2025年度市级专精特新中小企业的通知', '各县（市、区）中小企业局，各有关企业：\n根据《淮安市专精特新中小企业认定管理办法》，现组织开展2025年度市级专精特新中小企业申报工作。\n一、企业于2025年10月10日前登录“优质中小企业梯度培育平台”完成网上填报。\n二、2025年10月15日前，所在地中小企业局将集中受理企业纸质申报材料，逾期不予受理。\n联系方式：联系人：王海，电话：025-83331234。\n\n淮安市工业和信息化局\n2025年9月14日', '2025-09-15',
                 '2025-10-15', id='d3-n-02-sme-bureau-collects-papers-by'),
    # 各区医疗机构 are the applicants; 区卫健委 only receives (span '医疗机构向区卫健' + 委 + 报送)
    pytest.param('apply_deadline', '关于组织申报2025年度市级临床重点专科的通知', '各区卫生健康委，各医疗机构：\n为加强临床专科能力建设，现组织开展2025年度市级临床重点专科申报工作。\n一、申报单位于2025年10月10日前登录“苏州市卫生健康科教管理平台”完成网上填报。\n二、2025年10月15日前，各区医疗机构向区卫健委报送纸质申报材料。\n联系方式：联系人：王海，电话：025-83331234。\n\n苏州市卫生健康委员会\n2025年9月14日', '2025-09-15',
                 '2025-10-15', id='d3-n-03-district-medical-institutions-to-health-commission'),
    # the teams' own paper date to their first receiving body (区科协)
    pytest.param('apply_deadline', '关于举办2025年无锡市青少年科技创新大赛的通知', '各区科协，各中小学校：\n为激发青少年科技创新热情，市科协决定举办2025年无锡市青少年科技创新大赛，现将有关事项通知如下：\n一、参赛团队于2025年10月8日前登录大赛官网完成报名。\n二、2025年10月15日前，各区参赛团队向区科协报送参赛作品及申报材料。\n联系方式：联系人：王海，电话：025-83331234。\n\n无锡市科学技术协会\n2025年9月14日', '2025-09-15',
                 '2025-10-15', id='d3-n-04-competition-teams-to-district-kexie'),
    # 各市服务商 are the applicants handing in to their city bureau
    pytest.param('apply_deadline', '关于组织申报2025年度江苏省中小企业数字化转型服务商的通知', '各设区市工业和信息化局：\n为培育一批优质数字化转型服务商，现组织开展2025年度服务商申报工作。\n一、申报主体：在本省注册、为中小企业提供数字化转型服务的企业。\n二、服务商于2025年10月10日前登录“江苏省企业服务综合平台”完成网上填报。\n三、2025年10月15日前，各市服务商向市工信局报送纸质材料一式两份。\n联系方式：联系人：王海，电话：025-83331234。\n\n江苏省工业和信息化厅\n2025年9月14日', '2025-09-15',
                 '2025-10-15', id='d3-n-05-providers-send-to-city-bureau'),
    # 各市属企业 (the city-owned firms) are the applicants; 各市 here is 'each city-owned', no bureau
    pytest.param('apply_deadline', '关于组织申报2025年度市属企业科技创新专项资金的通知', '各市属企业：\n为推动市属企业加大研发投入，现组织申报2025年度市属企业科技创新专项资金。\n一、企业于2025年10月10日前登录“常州国资在线监管系统”完成网上填报。\n二、2025年10月15日前，各市属企业向市国资委报送纸质申报材料。\n联系方式：联系人：王海，电话：025-83331234。\n\n常州市人民政府国有资产监督管理委员会\n2025年9月14日', '2025-09-15',
                 '2025-10-15', id='d3-n-06-city-owned-firms-to-sasac'),
    # 申报单位 named after the date, sending to 区科技局: the applicants' paper date
    pytest.param('apply_deadline', '关于组织申报2025年度南京市科技计划项目的通知', '各区科技局，各有关单位：\n现组织申报2025年度南京市科技计划项目，有关事项通知如下：\n一、申报单位于2025年10月10日前登录“南京市科技计划项目管理平台”完成网上填报。\n二、2025年10月15日前，各区申报单位向区科技局报送纸质材料。\n联系方式：联系人：王海，电话：025-83331234。\n\n南京市科学技术局\n2025年9月14日', '2025-09-15',
                 '2025-10-15', id='d3-n-07-district-applicant-units-to-science-bureau'),
    # the universities are the applicants; 所在市教育局 is their first receiving body
    pytest.param('apply_deadline', '关于组织申报2025年度高校产学研合作项目的通知', '各设区市教育局，各高等学校：\n为深化产教融合，现组织开展2025年度高校产学研合作项目申报工作。\n一、申报高校于2025年10月10日前登录系统完成网上填报。\n二、2025年10月15日前，各市高校向所在市教育局报送纸质材料。\n联系方式：联系人：王海，电话：025-83331234。\n\n江苏省教育厅\n2025年9月14日', '2025-09-15',
                 '2025-10-15', id='d3-n-08-universities-to-city-education-bureau'),
    # item marker, no year, 上报: still the firms' own paper date
    pytest.param('apply_deadline', '关于组织申报2025年度工业企业技术改造综合奖补的通知', '各区工业和信息化局，各有关企业：\n为推动工业企业技术改造，现组织申报2025年度技术改造综合奖补，有关事项通知如下：\n1、企业于10月10日前登录“扬州市工业经济运行平台”完成网上申报。\n2、10月15日前，各区企业向区工信局上报纸质申报材料。\n联系方式：联系人：王海，电话：025-83331234。\n\n扬州市工业和信息化局\n2025年9月14日', '2025-09-15',
                 '2025-10-15', id='d3-n-09-item-marker-firms-report-up'),
    # persons applying send their papers to 区人社局 by 10-15
    pytest.param('apply_deadline', '关于组织申报2025年度南京市高层次人才举荐计划的通知', '各区人力资源和社会保障局：\n为加快集聚高层次人才，现组织开展2025年度高层次人才举荐计划申报工作。\n一、申报人于2025年10月10日前登录“南京人才服务平台”完成网上申报。\n二、2025年10月15日前，各区申报人向区人社局报送纸质材料。\n联系方式：联系人：王海，电话：025-83331234。\n\n南京市人力资源和社会保障局\n2025年9月14日', '2025-09-15',
                 '2025-10-15', id='d3-n-10-district-individual-applicants'),
    # 所在地企业 (the local firms) hand in; BUREAU_AFTER_DATE takes '所在地 企业向所在地商务 局 报送' as a bureau
    pytest.param('apply_deadline', '关于组织申报2025年度服务贸易创新发展项目的通知', '各县（市、区）商务局，各有关企业：\n为推动服务贸易创新发展，现组织开展2025年度服务贸易创新发展项目申报工作。\n一、企业于2025年10月10日前登录系统完成网上申报。\n二、2025年10月15日前，所在地企业向所在地商务局报送纸质申报材料。\n联系方式：联系人：王海，电话：025-83331234。\n\n盐城市商务局\n2025年9月14日', '2025-09-15',
                 '2025-10-15', id='d3-n-11-local-firms-to-local-bureau'),
    # the firm is the applicant; its own HR department hands the papers to the first receiving body
    pytest.param('apply_deadline', '关于组织申报2025年度江宁区企业引进人才安家补贴的通知', '各有关企业：\n为支持企业引进人才，现组织开展2025年度企业引进人才安家补贴申报工作。\n一、申报主体：在本区注册的企业，由企业为所引进人才统一申报。\n二、企业于2025年10月10日前登录“江宁人才服务平台”完成网上申报。\n三、2025年10月15日前，所在企业人事部门将纸质申报材料报送区人社局。\n联系方式：联系人：王海，电话：025-83331234。\n\n南京市江宁区人力资源和社会保障局\n2025年9月14日', '2025-09-15',
                 '2025-10-15', id='d3-n-12-firms-hr-department-is-the-applicant'),
    # the bureau's intake closing 10-15 is the firms' date; 10-25 is its forwarding
    pytest.param('apply_deadline', '关于组织申报2025年度省级星级上云企业的通知', '各县（市、区）中小企业局，各有关企业：\n为推动企业上云用云，现组织开展2025年度省级星级上云企业申报工作。\n一、申报企业登录“江苏省企业上云公共服务平台”填写申报书。\n二、2025年10月15日前，所在地中小企业局将集中受理企业纸质申报材料，逾期不予受理。\n三、2025年10月25日前，所在地中小企业局将审核通过的申报材料报送市工业和信息化局。\n联系方式：联系人：王海，电话：025-83331234。\n\n淮安市工业和信息化局\n2025年9月14日', '2025-09-15',
                 '2025-10-15', id='d3-n-13-sme-bureau-receives-then-forwards'),
    # 企业服务局 as first receiving body: its intake date is the firms' paper date (later than online)
    pytest.param('apply_deadline', '关于组织申报2025年度园区商务发展专项资金的通知', '各区企业服务局，各有关企业：\n为促进园区商务高质量发展，现组织申报2025年度商务发展专项资金。\n一、企业于2025年10月8日前登录系统完成网上申报。\n二、2025年10月15日前，各区企业服务局将受理企业纸质材料，逾期不再受理。\n三、2025年10月25日前，各区企业服务局将审核通过的申报材料报送园区经济发展委员会。\n联系方式：联系人：王海，电话：025-83331234。\n\n苏州工业园区经济发展委员会\n2025年9月14日', '2025-09-15',
                 '2025-10-15', id='d3-n-14-enterprise-service-bureau-receives'),
    # the solvers (揭榜单位) are the applicants; 10-10 is the demand side's posting date
    pytest.param('apply_deadline', '关于组织开展2025年度揭榜挂帅项目揭榜申报的通知', '各区科技局，各有关单位：\n为推动关键核心技术攻关，现组织开展2025年度揭榜挂帅项目揭榜申报工作。\n一、发榜企业于2025年10月10日前登录“常州科技创新平台”发布技术需求。\n二、2025年10月20日前，各区揭榜单位向区科技局报送揭榜方案及申报材料。\n联系方式：联系人：王海，电话：025-83331234。\n\n常州市科学技术局\n2025年9月14日', '2025-09-15',
                 '2025-10-20', id='d3-n-15-solver-units-in-jiebang'),
    # a 9-28 notice reposted 10-10: only the bureau's forwarding dates are given (ruling); the batch open at publication (the first is past) is the applicants'. Read as bureau dates, the earliest (past) one is taken
    pytest.param('apply_deadline', '关于组织申报2025年度中小企业公共服务平台奖补资金的通知', '各县（市、区）中小企业局：\n为支持中小企业公共服务平台建设，现组织申报2025年度奖补资金，本年度分两批组织申报。\n（一）2025年9月30日前，所在地中小企业局将第一批申报材料报送市工业和信息化局；\n（二）2025年11月30日前，所在地中小企业局将第二批申报材料报送市工业和信息化局。\n联系方式：联系人：王海，电话：025-83331234。\n\n淮安市工业和信息化局\n2025年9月28日', '2025-10-10',
                 '2025-11-30', id='d3-n-16-batches-bureau-only-after-first-batch'),
    # university relaying: the applicant's date is 10-10; the college office's relay is the bureau's
    pytest.param('apply_deadline', '关于转发2025年度江苏省社科基金项目申报通知的通知', '各学院：\n现将《关于组织申报2025年度江苏省社会科学基金项目的通知》转发给你们，请认真组织申报。\n一、申报人于2025年10月10日前将申报书交所在学院科研办公室。\n二、2025年10月15日前，所在学院科研办公室将申报书汇总报送科研处。\n联系方式：联系人：王海，电话：025-83331234。\n\n南京某大学科研处\n2025年9月14日', '2025-09-15',
                 '2025-10-10', id='d3-n-17-college-office-relay'),
    # 各地企业: the firms (guard, the pattern's 各地 alternative needs the act at once)
    pytest.param('apply_deadline', '关于组织申报2025年度跨境电商发展专项资金的通知', '各设区市商务局，各有关企业：\n为支持跨境电子商务发展，现组织申报2025年度跨境电商发展专项资金。\n一、企业于2025年10月10日前登录系统完成网上申报。\n二、2025年10月15日前，各地企业向当地商务局报送纸质申报材料。\n联系方式：联系人：王海，电话：025-83331234。\n\n江苏省商务厅\n2025年9月14日', '2025-09-15',
                 '2025-10-15', id='d3-n-19-various-places-firms'),
    # publicity: its objection end only
    pytest.param('deadlines', '关于2025年度市级专精特新中小企业拟认定名单的公示', '各区工业和信息化局，各有关企业：\n根据《关于组织申报2025年度市级专精特新中小企业的通知》，经企业申报、各区审核推荐、专家评审，现将拟认定名单予以公示。\n公示时间为2025年9月15日至9月19日。\n对公示名单有异议的，2025年9月19日前，各区企业向区工信局书面反映。\n联系方式：联系人：王海，电话：025-83331234。\n\n南京市工业和信息化局\n2025年9月14日', '2025-09-15',
                 ['2025-09-19'], id='d3-n-20-publicity-objection-to-district-bureau'),
    # the firm applies; its own office (企业办公室) hands in its paper set to the first receiving body: the firms' later date. FIRMS_BUREAU strips '企业办公室' from '所在企业办公室', leaving no applicant noun
    pytest.param('apply_deadline', '关于组织申报2025年度江宁区企业引进高层次人才安家补贴的通知', '各有关企业：\n为支持企业引进高层次人才，现组织开展2025年度企业引进高层次人才安家补贴申报工作，有关事项通知如下：\n一、申报主体：在本区注册、引进高层次人才的用人企业，由企业作为申报主体。\n二、企业于2025年10月10日前登录“江宁人才服务平台”完成网上申报。\n三、2025年10月15日前，所在企业办公室将加盖企业公章的纸质申报材料报送区人社局。\n联系方式：联系人：刘敏，电话：025-84561234。\n\n南京市江宁区人力资源和社会保障局\n2025年9月14日', '2025-09-15',
                 '2025-10-15', id='d4-n-01-firm-office-sends-firms-papers'),
    # the firm's own office sends the firm's paper set (上报): the applicants' later date
    pytest.param('apply_deadline', '关于开展2025年度工贸企业安全生产标准化达标申报的通知', '各有关工贸企业：\n为推动企业落实安全生产主体责任，现组织开展2025年度工贸企业安全生产标准化达标申报工作。\n1、申报企业于10月10日前在“常州市安全生产标准化管理系统”提交自评报告。\n2、10月20日前，所在企业办公室上报纸质申请材料一式两份，逾期不予受理。\n联系方式：联系人：刘敏，电话：025-84561234。\n\n常州市武进区应急管理局\n2025年9月14日', '2025-09-15',
                 '2025-10-20', id='d4-n-02-firm-office-reports-self-assessment'),
    # '各区商务局向市商务局报送' is the district bureaus handing on: their 10-20 is no date of the firms'
    pytest.param('apply_deadline', '关于组织申报2025年度外贸优进优出专项资金项目的通知', '各区商务局，各有关企业：\n为支持外贸企业稳订单拓市场，现组织申报2025年度外贸优进优出专项资金项目，有关事项通知如下：\n一、企业于2025年10月10日前登录“南京市商务专项资金管理系统”完成网上申报，并向所在区商务局提交纸质材料。\n二、2025年10月20日前，各区商务局向市商务局报送申报材料。\n联系方式：联系人：刘敏，电话：025-84561234。\n\n南京市商务局\n2025年9月14日', '2025-09-15',
                 '2025-10-10', id='d4-n-03-district-bureau-to-city-bureau-xiang'),
    # the local 科协 hands on to the city 科协 (所在地 alternative, 向 …科协)
    pytest.param('apply_deadline', '关于组织申报2025年度无锡市优秀科技工作者的通知', '各区科协，各有关单位：\n为表彰在科技创新中作出突出贡献的科技工作者，现组织开展2025年度无锡市优秀科技工作者申报工作。\n一、申报人于2025年10月10日前向所在地科协提交申报书及附件材料。\n二、2025年10月20日前，所在地科协向市科协报送申报材料。\n联系方式：联系人：刘敏，电话：025-84561234。\n\n无锡市科学技术协会\n2025年9月14日', '2025-09-15',
                 '2025-10-10', id='d4-n-04-local-kexie-to-city-kexie-xiang'),
    # the county 发改委 hands on to the city 发改委 (委, 上报)
    pytest.param('apply_deadline', '关于组织申报2025年度市级服务业发展引导资金项目的通知', '各县（市、区）发展改革委，各有关企业：\n为推动现代服务业高质量发展，现组织申报2025年度市级服务业发展引导资金项目。\n一、项目单位于2025年10月10日前将申报材料报送所在县（市、区）发展改革委。\n二、2025年10月20日前，各县发改委向市发改委上报申报材料。\n联系方式：联系人：刘敏，电话：025-84561234。\n\n盐城市发展和改革委员会\n2025年9月14日', '2025-09-15',
                 '2025-10-10', id='d4-n-05-county-ndrc-to-city-ndrc-shangbao'),
    # '将受理的申报材料报送' is the bureau handing on the papers it took in, not taking them in
    pytest.param('apply_deadline', '关于组织申报2025年度常州市科技计划（产业前瞻与关键核心技术）项目的通知', '各区科技局，各有关单位：\n现组织申报2025年度常州市科技计划（产业前瞻与关键核心技术）项目，有关事项通知如下：\n一、申报单位于2025年10月10日前向所在区科技局提交申报材料。\n二、2025年10月20日前，各区科技局将受理的申报材料报送市科技局。\n联系方式：联系人：刘敏，电话：025-84561234。\n\n常州市科学技术局\n2025年9月14日', '2025-09-15',
                 '2025-10-10', id='d4-n-06-bureau-forwards-the-received-papers'),
    # '将接收的纸质材料报送' hands on what was received
    pytest.param('apply_deadline', '关于组织申报2025年度跨境电子商务发展专项资金的通知', '各县（市、区）商务局，各有关企业：\n为支持跨境电子商务发展，现组织申报2025年度跨境电子商务发展专项资金。\n一、企业于2025年10月10日前向所在地商务局提交纸质申报材料。\n二、2025年10月20日前，所在地商务局将接收的纸质材料报送市商务局。\n联系方式：联系人：刘敏，电话：025-84561234。\n\n淮安市商务局\n2025年9月14日', '2025-09-15',
                 '2025-10-10', id='d4-n-07-bureau-forwards-the-papers-it-received'),
    # '将收取的申报材料上报' hands on what was collected
    pytest.param('apply_deadline', '关于组织申报2025年度江苏省工业互联网发展示范企业的通知', '各设区市工业和信息化局：\n为推进工业互联网创新发展，现组织开展2025年度江苏省工业互联网发展示范企业申报工作。\n一、申报企业于2025年10月10日前向所在设区市工业和信息化局提交申报材料。\n二、2025年10月20日前，各市工信局将收取的申报材料上报省工业和信息化厅。\n联系方式：联系人：刘敏，电话：025-84561234。\n\n江苏省工业和信息化厅\n2025年9月14日', '2025-09-15',
                 '2025-10-10', id='d4-n-08-city-bureaus-forward-collected-papers'),
    # '将统一受理的…报送' is a hand-on of what was taken in
    pytest.param('apply_deadline', '关于组织申报2025年度扬州市科技创新券的通知', '各县（市、区）科技局，各有关企业：\n为降低企业创新成本，现组织开展2025年度扬州市科技创新券申领工作。\n一、企业于2025年10月10日前向所在地科技局提交申领材料。\n二、2025年10月20日前，所在地科技局将统一受理的申领材料报送市科技局。\n联系方式：联系人：刘敏，电话：025-84561234。\n\n扬州市科学技术局\n2025年9月14日', '2025-09-15',
                 '2025-10-10', id='d4-n-09-bureau-forwards-what-it-took-in-together'),
    # the bureau reports its intake results back by 10-25 ('将受理结果'): no date of the firms'
    pytest.param('apply_deadline', '关于组织申报2025年度镇江市科技型中小企业研发费用补助的通知', '各辖市、区科技局，各有关企业：\n为鼓励企业加大研发投入，现组织开展2025年度科技型中小企业研发费用补助申报工作。\n一、企业于2025年10月10日前向所在地科技局提交申报材料。\n二、2025年10月25日前，所在地科技局将受理结果反馈申报企业。\n联系方式：联系人：刘敏，电话：025-84561234。\n\n镇江市科学技术局\n2025年9月14日', '2025-09-15',
                 '2025-10-10', id='d4-n-10-bureau-reports-intake-results-back'),
    # the bureau's on-site intake (现场受理) closes the applicants' paper window: their later date
    pytest.param('apply_deadline', '关于组织申报2025年度市级中小企业公共服务示范平台的通知', '各县（市、区）中小企业局，各有关单位：\n为完善中小企业公共服务体系，现组织开展2025年度市级中小企业公共服务示范平台申报工作。\n一、申报单位于2025年10月10日前登录“优质中小企业梯度培育平台”完成网上填报。\n二、2025年10月15日前，所在地中小企业局将现场受理纸质申报材料，逾期不予受理。\n联系方式：联系人：刘敏，电话：025-84561234。\n\n宿迁市工业和信息化局\n2025年9月14日', '2025-09-15',
                 '2025-10-15', id='d4-n-11-sme-bureau-takes-papers-on-site'),
    # 集中收集 is intake: the firms' paper date
    pytest.param('apply_deadline', '关于组织申报2025年度园区企业研发机构建设奖励的通知', '各区企业服务局，各有关企业：\n为鼓励企业建设高水平研发机构，现组织开展2025年度企业研发机构建设奖励申报工作。\n一、企业于2025年10月10日前登录“园区企业服务平台”完成网上申报。\n二、2025年10月15日前，各区企业服务局将集中收集企业纸质申报材料，逾期不予受理。\n联系方式：联系人：刘敏，电话：025-84561234。\n\n苏州工业园区科技创新委员会\n2025年9月14日', '2025-09-15',
                 '2025-10-15', id='d4-n-12-enterprise-service-bureau-collects-papers'),
    # 将接受…递交的纸质材料 is intake: the applicants' paper date
    pytest.param('apply_deadline', '关于组织申报2025年度市级小微企业创业创新示范基地的通知', '各县（市、区）中小企业局，各有关单位：\n为推动小微企业创业创新，现组织开展2025年度市级小微企业创业创新示范基地申报工作。\n一、申报单位于2025年10月10日前在线提交申报书电子版。\n二、2025年10月15日前，所在地中小企业局将接受申报单位现场递交的纸质材料。\n联系方式：联系人：刘敏，电话：025-84561234。\n\n连云港市工业和信息化局\n2025年9月14日', '2025-09-15',
                 '2025-10-15', id='d4-n-13-sme-bureau-accepts-papers-in-person'),
    # ruling: the only date is the one the bureau hands the papers on by
    pytest.param('apply_deadline', '关于组织申报2025年度市级电子商务示范企业的通知', '各区商务局，各有关企业：\n为推动电子商务高质量发展，现组织开展2025年度市级电子商务示范企业申报工作。\n一、申报企业向所在区商务局提交申报材料。\n二、2025年10月20日前，各区商务局向市商务局报送申报材料。\n联系方式：联系人：刘敏，电话：025-84561234。\n\n苏州市商务局\n2025年9月14日', '2025-09-15',
                 '2025-10-20', id='d4-n-14-only-date-bureau-to-bureau'),
    # only date, the bureau's intake: the applicants' date either way
    pytest.param('apply_deadline', '关于组织申报2025年度科技企业孵化器绩效评价的通知', '各县（市、区）科技局，各有关孵化器：\n为提升科技企业孵化器服务能力，现组织开展2025年度孵化器绩效评价工作。\n一、参评孵化器填写绩效评价表，并提供相关佐证材料。\n二、2025年10月15日前，所在地科技局将集中受理评价材料，逾期不予受理。\n联系方式：联系人：刘敏，电话：025-84561234。\n\n南通市科学技术局\n2025年9月14日', '2025-09-15',
                 '2025-10-15', id='d4-n-15-only-date-bureau-intake'),
    # 各区企业 are the firms going to their bureau with their papers: their later date
    pytest.param('apply_deadline', '关于组织申报2025年度市级智能制造示范车间的通知', '各区中小企业局，各有关企业：\n为推动制造业智能化改造，现组织开展2025年度市级智能制造示范车间申报工作。\n一、企业于2025年10月10日前登录系统完成网上申报。\n二、2025年10月15日前，各区企业到区中小企业局报送纸质申报材料。\n联系方式：联系人：刘敏，电话：025-84561234。\n\n南通市工业和信息化局\n2025年9月14日', '2025-09-15',
                 '2025-10-15', id='d4-n-16-district-firms-go-to-sme-bureau'),
    # the extended date is the applicants'; the bureau hands on what it took in by 10-25
    pytest.param('apply_deadline', '关于延长2025年度常州市科技计划项目申报时间的通知', '各区科技局，各有关单位：\n我局于2025年8月20日印发《关于组织申报2025年度常州市科技计划项目的通知》，根据部分单位反映，现将有关事项补充通知如下：\n一、申报单位网上申报截止时间延长至2025年10月15日。\n二、2025年10月25日前，各区科技局将受理的纸质材料报送市科技局。\n其他事项按原通知执行。\n联系方式：联系人：刘敏，电话：025-84561234。\n\n常州市科学技术局\n2025年9月25日', '2025-09-26',
                 '2025-10-15', id='d4-n-17-extension-then-bureau-forwards-received'),
    # batches: the firms' first batch is open at publication; the bureaus' hand-on dates are theirs
    pytest.param('apply_deadline', '关于分批组织申报2025年度外经贸发展专项资金的通知', '各区商务局，各有关企业：\n为支持企业开拓国际市场，2025年度外经贸发展专项资金分两批组织申报，有关事项通知如下：\n（一）第一批：企业于2025年10月10日前向所在区商务局提交申报材料；2025年10月20日前，各区商务局向市商务局报送第一批申报材料。\n（二）第二批：企业于2025年11月10日前向所在区商务局提交申报材料；2025年11月20日前，各区商务局向市商务局报送第二批申报材料。\n联系方式：联系人：刘敏，电话：025-84561234。\n\n南京市商务局\n2025年9月14日', '2025-09-15',
                 '2025-10-10', id='d4-n-18-batches-bureau-to-bureau'),
    # publicity: only its objection window's end
    pytest.param('deadlines', '关于2025年度市级专精特新中小企业拟认定名单的公示', '各县（市、区）中小企业局，各有关企业：\n根据《关于组织申报2025年度市级专精特新中小企业的通知》，经企业申报、县区审核推荐、专家评审，现将拟认定名单予以公示。\n一、公示时间为2025年9月15日至9月19日。\n二、9月19日前，所在地中小企业局将集中受理书面异议，逾期不予受理。\n联系方式：联系人：刘敏，电话：025-84561234。\n\n淮安市工业和信息化局\n2025年9月14日', '2025-09-15',
                 ['2025-09-19'], id='d4-n-19-publicity-objections-taken-in-by-sme-bureau'),
    # both dates close windows of the procedure
    pytest.param('deadlines', '关于组织申报2025年度外贸优进优出专项资金项目的通知', '各区商务局，各有关企业：\n为支持外贸企业稳订单拓市场，现组织申报2025年度外贸优进优出专项资金项目，有关事项通知如下：\n一、企业于2025年10月10日前登录“南京市商务专项资金管理系统”完成网上申报，并向所在区商务局提交纸质材料。\n二、2025年10月20日前，各区商务局向市商务局报送申报材料。\n联系方式：联系人：刘敏，电话：025-84561234。\n\n南京市商务局\n2025年9月14日', '2025-09-15',
                 ['2025-10-10', '2025-10-20'], id='d4-n-21-deadlines-firms-and-bureau-to-bureau'),
    # the papers sent include 已获授权专利证书: a description of papers, not a condition on the date
    pytest.param('deadlines', '关于组织申报2026年度知识产权示范企业的通知', '各区科技局，各有关单位：\n为深入实施创新驱动发展战略，现将2026年度有关工作通知如下。\n一、申报对象\n在本市注册、具有独立法人资格的企业。\n二、申报要求\n请申报单位于2026年6月10日前，将申报书（一式三份，加盖公章）及已获授权专利证书复印件报送所在区市场监管局。\n联系人：王科长，电话：025-83451234\n某市科学技术局\n2026年5月20日', '2026-05-20',
                 ['2026-06-10'], id='d1-n-patent-certificates-after-bracket'),
    # applicant's date for its papers; 获得授权 names the certificates sent
    pytest.param('apply_deadline', '关于组织申报2026年度知识产权示范企业的通知', '各区科技局，各有关单位：\n为深入实施创新驱动发展战略，现将2026年度有关工作通知如下。\n请申报单位于2026年6月10日前，将申报书（一式三份，加盖公章）及获得授权的发明专利证书复印件报送区科技局，逾期不予受理。\n联系人：王科长，电话：025-83451234\n某市科学技术局\n2026年5月20日', '2026-05-20',
                 '2026-06-10', id='d1-n-patent-certificates-after-bracket-apply'),
    # the districts' recommendation date; 获得省级认定的证书 is one of the papers
    pytest.param('deadlines', '关于组织申报2026年度市级科技计划项目的通知', '各区科技局，各有关单位：\n为深入实施创新驱动发展战略，现将2026年度有关工作通知如下。\n请各区于2026年6月10日前，将推荐企业汇总表（一式两份，加盖公章）及获得省级认定的证书复印件报送市科技局。市科技局将组织专家评审。\n联系人：王科长，电话：025-83451234\n某市科学技术局\n2026年5月20日', '2026-05-20',
                 ['2026-06-10'], id='d1-n-recognition-certificates-after-bracket'),
    # 在岗证明 is a paper to send, not a condition; the date is the submission deadline
    pytest.param('deadlines', '关于推荐2026年度某市青年科技人才的通知', '各有关单位：\n根据《某市青年科技人才培养计划实施办法》，现组织开展2026年度推荐工作。\n请各单位于2026年6月10日前，将人才申报表（一式两份，加盖公章）、在岗证明及劳动合同复印件报送市委人才办。\n联系人：李老师，电话：025-83459876\n中共某市委人才工作领导小组办公室\n2026年5月20日', '2026-05-20',
                 ['2026-06-10'], id='d1-n-in-post-proof-after-bracket'),
    # the age limit in brackets is about the nominees; the date closes the nominations
    pytest.param('deadlines', '关于推荐2026年度某市青年科技人才的通知', '各有关单位：\n根据《某市青年科技人才培养计划实施办法》，现组织开展2026年度推荐工作。\n请各单位于2026年6月10日前，将推荐人选汇总表（一式两份，人选年龄不超过45周岁）报送市委人才办。\n联系人：李老师，电话：025-83459876\n中共某市委人才工作领导小组办公室\n2026年5月20日', '2026-05-20',
                 ['2026-06-10'], id='d1-n-age-inside-bracket'),
    # 出生证明 is a paper sent; the date is the nomination deadline
    pytest.param('deadlines', '关于推荐2026年度某市青年科技人才的通知', '各有关单位：\n现组织开展2026年度推荐工作。\n请各单位于2026年6月10日前，将推荐表（一式两份，须本人签字）、身份证及出生证明复印件报送市委人才办。\n联系人：李老师，电话：025-83459876\n中共某市委人才工作领导小组办公室\n2026年5月20日', '2026-05-20',
                 ['2026-06-10'], id='d1-n-birth-certificate-after-bracket'),
    # a condition on projects already funded, not a window
    pytest.param('deadlines', '关于组织申报2026年度市级科技计划项目的通知', '各区科技局，各有关单位：\n为深入实施创新驱动发展战略，现将2026年度有关工作通知如下。\n一、申报要求\n2026年6月10日前，已立项的项目（含在研项目，不含已结题项目）不得重复申报。\n二、申报时间\n请于2026年6月30日前将申报材料报送区科技局。\n联系人：王科长，电话：025-83451234\n某市科学技术局\n2026年5月20日', '2026-05-20',
                 ['2026-06-30'], id='d1-n-condition-exclusions-in-bracket'),
    # 截至… reference date with a bracketed aside: eligibility
    pytest.param('deadlines', '关于组织申报2026年度市级科技计划项目的通知', '各区科技局，各有关单位：\n为深入实施创新驱动发展战略，现将2026年度有关工作通知如下。\n一、申报条件\n截至2025年12月31日（含当日，以税务系统数据为准），企业研发投入占营业收入比例不低于3%。\n二、申报时间\n请于2026年6月30日前将申报材料报送区科技局。\n联系人：王科长，电话：025-83451234\n某市科学技术局\n2026年5月20日', '2026-05-20',
                 ['2026-06-30'], id='d1-n-reference-date-bracket'),
    # reference date: a report already made, not a window
    pytest.param('deadlines', '关于组织申报2026年度市级科技计划项目的通知', '各区科技局，各有关单位：\n为深入实施创新驱动发展战略，现将2026年度有关工作通知如下。\n一、申报条件\n截至2026年4月30日（含当日，以系统提交时间为准），已报送2025年度统计年报的企业。\n二、申报时间\n请于2026年6月30日前将申报材料报送区科技局。\n联系人：王科长，电话：025-83451234\n某市科学技术局\n2026年5月20日', '2026-05-20',
                 ['2026-06-30'], id='d1-n-reference-already-reported'),
    # registration before a date is eligibility
    pytest.param('deadlines', '关于组织申报2026年度市级科技计划项目的通知', '各区科技局，各有关单位：\n为深入实施创新驱动发展战略，现将2026年度有关工作通知如下。\n一、申报对象\n2026年6月10日前，在本区（含高新区，经开区）注册的企业可申报。\n二、申报时间\n请于2026年6月30日前将申报材料报送区科技局。\n联系人：王科长，电话：025-83451234\n某市科学技术局\n2026年5月20日', '2026-05-20',
                 ['2026-06-30'], id='d1-n-registered-before-bracket'),
    # a period the contracts fall in: eligibility
    pytest.param('deadlines', '关于组织申报2026年度市级科技计划项目的通知', '各区科技局，各有关单位：\n为深入实施创新驱动发展战略，现将2026年度有关工作通知如下。\n二、申报条件\n2024年1月1日至2025年12月31日期间（以合同签订日期为准，含补充协议），企业签订的技术合同。\n三、申报时间\n请于2026年6月30日前将申报材料报送区科技局。\n联系人：王科长，电话：025-83451234\n某市科学技术局\n2026年5月20日', '2026-05-20',
                 ['2026-06-30'], id='d1-n-eligibility-period-bracket'),
    # the applicant's date, not the bureau's forwarding date
    pytest.param('apply_deadline', '关于组织申报2026年度市级科技计划项目的通知', '各区科技局，各有关单位：\n为深入实施创新驱动发展战略，现将2026年度有关工作通知如下。\n二、申报要求\n请申报单位于2026年6月10日前，将申报书（一式三份，加盖公章）报送所在区科技局，区科技局审核后于6月20日前报市科技局。\n联系人：王科长，电话：025-83451234\n某市科学技术局\n2026年5月20日', '2026-05-20',
                 '2026-06-10', id='d1-n-applicant-and-bureau-dates-bracket'),
    # the previous clause names 公示期, but 2028-12-31 is the end of a benefit period
    pytest.param('deadlines', '关于2026年度市级专精特新中小企业拟认定名单的公示', '根据《某市专精特新中小企业认定管理办法》，经企业申报、区级推荐、专家评审，现将拟认定名单予以公示，公示期为2026年5月20日至5月26日。\n公示期满无异议的，自即日起至2028年12月31日享受相关扶持政策。\n某市工业和信息化局\n2026年5月20日', '2026-05-20',
                 ['2026-05-26'], id='d1-n-publicity-then-benefit-period'),
    # the sentence before names the intake window; the opened period is what the investment must fall in
    pytest.param('deadlines', '关于组织申报2026年度市级科技计划项目的通知', '各区科技局，各有关单位：\n为支持企业技术改造，现将有关事项通知如下。\n本次申报受理时间为2026年5月20日至6月10日。即日起至2026年12月31日，企业在我区新增的技改投入均可纳入奖补范围。\n联系人：王科长，电话：025-83451234\n某市科学技术局\n2026年5月20日', '2026-05-20',
                 ['2026-06-10'], id='d1-n-subsidy-period-after-window-sentence'),
    # the rent relief period is no window; the applicant's date is 6月10日
    pytest.param('apply_deadline', '关于组织申报2026年度市级科技计划项目的通知', '各区科技局，各有关单位：\n为加快科技企业集聚，现将有关事项通知如下。\n申报截止时间为2026年6月10日，即日起至2026年12月31日，新落户企业可享受租金减免。\n联系人：王科长，电话：025-83451234\n某市科学技术局\n2026年5月20日', '2026-05-20',
                 '2026-06-10', id='d1-n-rent-relief-after-window-clause'),
    # only the publicity end is a deadline; the priority period is not
    pytest.param('deadlines', '关于2026年度市级专精特新中小企业拟认定名单的公示', '经企业申报、专家评审，现将拟认定名单予以公示。公示期为2026年5月20日至5月26日。即日起至2026年12月31日，入选企业可优先推荐参加省级评选。\n某市工业和信息化局\n2026年5月20日', '2026-05-20',
                 ['2026-05-26'], id='d1-n-publicity-then-priority-period'),
    # comment period end only; the old rules' run is a validity period
    pytest.param('deadlines', '关于《某市科技创新券管理办法（征求意见稿）》公开征求意见的通知', '为广泛听取社会各界意见，现将《某市科技创新券管理办法（征求意见稿）》向社会公开征求意见。征求意见时间为2026年5月20日至6月19日。即日起至2026年12月31日，原办法继续执行。\n联系人：王科长，电话：025-83451234\n某市科学技术局\n2026年5月20日', '2026-05-20',
                 ['2026-06-19'], id='d1-n-draft-old-rules-continue'),
    # the window is not set yet; the consulting period is no deadline
    pytest.param('deadlines', '关于组织申报2026年度市级科技计划项目的通知', '各区科技局，各有关单位：\n为深入实施创新驱动发展战略，现将2026年度有关工作通知如下。\n具体申报时间另行通知。即日起至2026年12月31日，企业可通过服务热线咨询相关政策。\n联系人：王科长，电话：025-83451234\n某市科学技术局\n2026年5月20日', '2026-05-20',
                 [], id='d1-n-hotline-after-window-tbd'),
    # signing up closes 6月5日; the discount period is not a deadline
    pytest.param('deadlines', '关于举办2026年某市中小企业产品展销会的通知', '各有关企业：\n为帮助中小企业拓展市场，定于2026年6月12日至14日举办产品展销会。活动报名时间截至6月5日。即日起至2026年6月30日，参展企业可享受展位费减免。\n某市工业和信息化局\n2026年5月20日', '2026-05-20',
                 ['2026-06-05'], id='d1-n-expo-discount-after-signup'),
    # coupon use period after the merchants' window: no deadline
    pytest.param('deadlines', '关于开展2026年某市消费季活动的通知', '各有关商户：\n为激发消费活力，现开展2026年消费季活动。商户报名时间为2026年5月20日至5月25日。即日起至2026年6月30日，消费者可在参与商户使用消费券。\n联系电话：025-83450000\n某市商务局\n2026年5月20日', '2026-05-20',
                 ['2026-05-25'], id='d1-n-coupon-use-after-merchant-signup'),
    # 活动时间 is no window to act in
    pytest.param('deadlines', '关于组织申报2026年度市级科技计划项目的通知', '各区科技局，各有关单位：\n为深入实施创新驱动发展战略，现将2026年度有关工作通知如下。\n三、活动时间\n即日起至2026年8月31日，参与企业可享受贷款贴息。\n四、申报时间\n请于2026年6月30日前将申报材料报送区科技局。\n联系人：王科长，电话：025-83451234\n某市科学技术局\n2026年5月20日', '2026-05-20',
                 ['2026-06-30'], id='d1-n-activity-time-heading'),
    # 补贴期限: the period the loans fall in
    pytest.param('deadlines', '关于组织申报2026年度市级科技计划项目的通知', '各区科技局，各有关单位：\n为深入实施创新驱动发展战略，现将2026年度有关工作通知如下。\n二、补贴期限\n即日起至2026年12月31日，企业新签订的贷款合同均纳入贴息范围。\n三、申报时间\n请于2026年6月30日前将申报材料报送区科技局。\n联系人：王科长，电话：025-83451234\n某市科学技术局\n2026年5月20日', '2026-05-20',
                 ['2026-06-30'], id='d1-n-subsidy-period-heading'),
    # insurance and subsidy periods are not windows
    pytest.param('deadlines', '关于组织申报2026年度科技保险保费补贴的通知', '各区科技局，各有关单位：\n为深入实施创新驱动发展战略，现将2026年度有关工作通知如下。\n一、支持范围\n保险期限：即日起至2027年5月31日。\n二、补贴标准\n即日起至2026年12月31日，企业新投保的科技保险（含研发中断险，关键设备险）按保费的50%给予补贴。\n三、申报时间\n请于2026年7月31日前将申报材料报送区科技局。\n联系人：王科长，电话：025-83451234\n某市科学技术局\n2026年5月20日', '2026-05-20',
                 ['2026-07-31'], id='d1-n-insurance-period-bracket'),
    # validity of a policy
    pytest.param('deadlines', '关于印发《某市促进制造业高质量发展若干政策措施》的通知', '各区人民政府，市各委办局：\n现将《某市促进制造业高质量发展若干政策措施》印发给你们，请认真贯彻执行。\n本措施自即日起至2027年12月31日施行。\n某市工业和信息化局\n2026年5月20日', '2026-05-20',
                 [], id='d1-n-policy-validity-opened'),
    # 政策执行期: validity
    pytest.param('deadlines', '关于印发《某市促进消费若干措施》的通知', '各区人民政府：\n现将《某市促进消费若干措施》印发给你们，请结合实际认真组织实施。\n五、政策执行期\n即日起至2026年12月31日，具体以各专项细则为准。\n联系电话：025-83450000\n某市商务局\n2026年5月20日', '2026-05-20',
                 [], id='d1-n-policy-execution-heading'),
    # 公示期 end is a deadline (kept at base too)
    pytest.param('deadlines', '关于2026年度市级专精特新中小企业拟认定名单的公示', '经企业申报、专家评审，现将拟认定名单予以公示，公示期7天，自即日起至2026年5月26日。\n某市工业和信息化局\n2026年5月20日', '2026-05-20',
                 ['2026-05-26'], id='d1-n-publicity-window-opened'),
    # a list of firms' projects; the project team is a detail of one entry, not a listed entity
    pytest.param('subjects', '关于2025年度市级工业和信息化专项资金拟支持项目的公示', '根据《关于组织申报2025年度市级工业和信息化专项资金项目的通知》，经企业申报、专家评审，拟对以下企业项目给予支持。\n序号 项目名称 承担企业\n1 高端数控机床主轴研发及产业化 无锡华锐精工有限公司\n2 新能源汽车电驱系统智能化改造 无锡博远动力科技有限公司\n其中，第1项由企业总工程师张建国等5人为项目组成员，已完成中试。\n公示期为2025年9月19日至9月25日，如有异议请向市工信局反映。', '2025-09-18',
                 ['企业'], id='s1-n-project-members'),
    # a list of firms; a firm's R&D team core members are described in passing
    pytest.param('subjects', '关于2025年度第二批创新型中小企业拟认定名单的公示', '根据《江苏省创新型中小企业评价和培育工作实施细则》，经企业自评、市级审核、专家评审，拟认定以下企业为2025年度第二批创新型中小企业，现予以公示。\n序号 企业名称 所在地\n1 常州恒创精密机械有限公司 武进区\n2 常州中科新材料科技有限公司 新北区\n3 江苏金坛汇能电气有限公司 金坛区\n第2项企业研发团队以博士李明华等8人为核心成员，拥有发明专利12项。\n公示期为2025年9月19日至9月25日。任何单位和个人对公示企业有异议的，请在公示期内以书面形式向市工业和信息化局反映。联系电话：0519-85681838。\n', '2025-09-18',
                 ['创新型中小企业'], id='s1-n-team-core-members'),
    # the staff appointed as contacts are not listed entities
    pytest.param('subjects', '关于2025年度第二批创新型中小企业拟认定名单的公示', '根据《江苏省创新型中小企业评价和培育工作实施细则》，经企业自评、市级审核、专家评审，拟认定以下企业为2025年度第二批创新型中小企业，现予以公示。\n序号 企业名称 所在地\n1 常州恒创精密机械有限公司 武进区\n2 常州中科新材料科技有限公司 新北区\n3 江苏金坛汇能电气有限公司 金坛区\n公示期为2025年9月19日至9月25日。任何单位和个人对公示企业有异议的，请在公示期内以书面形式向市工业和信息化局反映。联系电话：0519-85681838。\n市工信局指定中小企业处王晓东等2人为本次公示联络人。', '2025-09-18',
                 ['创新型中小企业'], id='s1-n-contacts'),
    # the inspectors of the procedure are not the listed entities
    pytest.param('subjects', '关于2025年度江苏省专精特新中小企业拟认定名单的公示', '根据《江苏省专精特新中小企业认定管理办法》，省工业和信息化厅组织刘振华等6人为现场核查组成员，对申报企业进行了实地核查。经审核，拟认定以下企业为2025年度江苏省专精特新中小企业。\n1 南京凯盛智控科技有限公司\n2 南京宁远新材料股份有限公司\n公示期为2025年9月19日至9月25日。', '2025-09-18',
                 ['专精特新中小企业'], id='s1-n-inspectors'),
    # a site-visit group (none of the excluded words) is not a listed entity; list of firms' technology centres
    pytest.param('subjects', '关于2025年度市级企业技术中心拟认定名单的公示', '经企业申报、区级推荐，市发展改革委抽取陈立新等5人为现场考察组成员进行了实地考察。拟认定以下企业技术中心为2025年度市级企业技术中心：\n1 苏州汇川电气有限公司技术中心\n2 苏州华恒精密制造有限公司技术中心\n公示期为2025年9月19日至9月25日。', '2025-09-18',
                 ['企业', '平台载体'], id='s1-n-site-visit-group'),
    # control: the rule's own exclusion (评审专家)
    pytest.param('subjects', '关于2025年度第二批创新型中小企业拟认定名单的公示', '市工信局聘请张德明等5人为评审专家，对申报材料进行评审。根据《江苏省创新型中小企业评价和培育工作实施细则》，经企业自评、市级审核、专家评审，拟认定以下企业为2025年度第二批创新型中小企业，现予以公示。\n序号 企业名称 所在地\n1 常州恒创精密机械有限公司 武进区\n2 常州中科新材料科技有限公司 新北区\n3 江苏金坛汇能电气有限公司 金坛区\n公示期为2025年9月19日至9月25日。任何单位和个人对公示企业有异议的，请在公示期内以书面形式向市工业和信息化局反映。联系电话：0519-85681838。\n', '2025-09-18',
                 ['创新型中小企业'], id='s1-n-experts-control'),
    # experts again, but 评审专家 stands more than 12 characters after 为
    pytest.param('subjects', '关于2025年度江苏省中小企业公共服务示范平台拟认定名单的公示', '省工业和信息化厅聘请孙立群等5人为江苏省中小企业公共服务示范平台认定工作评审专家，经评审，拟认定以下平台为2025年度江苏省中小企业公共服务示范平台：\n1 苏州工业园区企业服务中心有限公司\n2 无锡中小企业服务中心有限公司\n公示期为2025年9月19日至9月25日。', '2025-09-18',
                 ['平台载体', '服务商'], id='s1-n-experts-far'),
    # auditors of the procedure (审计 not among the excluded words)
    pytest.param('subjects', '关于2025年度第二批创新型中小企业拟认定名单的公示', '市工信局委托会计师事务所钱海涛等4人为本次认定工作的第三方审计人员，对企业财务数据进行了核查。根据《江苏省创新型中小企业评价和培育工作实施细则》，经企业自评、市级审核、专家评审，拟认定以下企业为2025年度第二批创新型中小企业，现予以公示。\n序号 企业名称 所在地\n1 常州恒创精密机械有限公司 武进区\n2 常州中科新材料科技有限公司 新北区\n3 江苏金坛汇能电气有限公司 金坛区\n公示期为2025年9月19日至9月25日。任何单位和个人对公示企业有异议的，请在公示期内以书面形式向市工业和信息化局反映。联系电话：0519-85681838。\n', '2025-09-18',
                 ['创新型中小企业'], id='s1-n-auditors'),
    # a working group of officials, not a listed entity
    pytest.param('subjects', '关于2025年度第二批创新型中小企业拟认定名单的公示', '为做好认定工作，市工信局成立了由刘建平等9人为成员的工作专班。根据《江苏省创新型中小企业评价和培育工作实施细则》，经企业自评、市级审核、专家评审，拟认定以下企业为2025年度第二批创新型中小企业，现予以公示。\n序号 企业名称 所在地\n1 常州恒创精密机械有限公司 武进区\n2 常州中科新材料科技有限公司 新北区\n3 江苏金坛汇能电气有限公司 金坛区\n公示期为2025年9月19日至9月25日。任何单位和个人对公示企业有异议的，请在公示期内以书面形式向市工业和信息化局反映。联系电话：0519-85681838。\n', '2025-09-18',
                 ['创新型中小企业'], id='s1-n-working-group'),
    # persons of a past round in the background; this list is of firms
    pytest.param('subjects', '关于第三批“江苏老字号”拟认定名单的公示', '我省历来重视老字号传承保护工作，此前已认定周文斌等3人为老字号传统技艺代表性传承人。根据《江苏老字号认定办法》，拟认定以下企业为第三批“江苏老字号”：\n1 扬州三和四美酱菜有限公司\n2 镇江恒顺醋业股份有限公司\n公示期为2025年9月19日至9月25日。', '2025-09-18',
                 ['企业'], id='s1-n-past-round-background'),
    # persons named in describing a unit's partners; the list is of incubators
    pytest.param('subjects', '关于2025年度市级科技企业孵化器拟认定名单的公示', '经审核，拟认定以下机构为2025年度市级科技企业孵化器：\n1 南通启航创业投资合伙企业（有限合伙）运营的启航科创园，该合伙企业以顾国强等3人为普通合伙人\n2 南通智汇众创科技服务有限公司运营的智汇众创空间\n公示期为2025年9月19日至9月25日。', '2025-09-18',
                 ['孵化器'], id='s1-n-partners-in-unit'),
    # counts of employees a firm hired (no names at all), the list is of firms
    pytest.param('subjects', '关于2025年度就业见习示范企业拟认定名单的公示', '经企业申报、实地核查，拟认定以下企业为2025年度就业见习示范企业。\n1 盐城悦达智能装备有限公司：吸纳高校毕业生等320人为企业新员工\n2 盐城东方汽车零部件有限公司：吸纳退役军人等45人为正式职工\n公示期为2025年9月19日至9月25日。', '2025-09-18',
                 ['企业'], id='s1-n-graduates-hired'),
    # "等3人为一组": a grouping of staff, not the listed entities
    pytest.param('subjects', '关于2025年度第二批创新型中小企业拟认定名单的公示', '核查工作由张强、李伟、王磊等3人为一组，分赴各区开展。根据《江苏省创新型中小企业评价和培育工作实施细则》，经企业自评、市级审核、专家评审，拟认定以下企业为2025年度第二批创新型中小企业，现予以公示。\n序号 企业名称 所在地\n1 常州恒创精密机械有限公司 武进区\n2 常州中科新材料科技有限公司 新北区\n3 江苏金坛汇能电气有限公司 金坛区\n公示期为2025年9月19日至9月25日。任何单位和个人对公示企业有异议的，请在公示期内以书面形式向市工业和信息化局反映。联系电话：0519-85681838。\n', '2025-09-18',
                 ['创新型中小企业'], id='s1-n-group-of-three'),
    # control: 人次 is a count of visits
    pytest.param('subjects', '关于2025年度第二批创新型中小企业拟认定名单的公示', '根据《江苏省创新型中小企业评价和培育工作实施细则》，经企业自评、市级审核、专家评审，拟认定以下企业为2025年度第二批创新型中小企业，现予以公示。\n序号 企业名称 所在地\n1 常州恒创精密机械有限公司 武进区\n2 常州中科新材料科技有限公司 新北区\n3 江苏金坛汇能电气有限公司 金坛区\n上述企业年内累计培训一线职工等1200人次。\n公示期为2025年9月19日至9月25日。任何单位和个人对公示企业有异议的，请在公示期内以书面形式向市工业和信息化局反映。联系电话：0519-85681838。\n', '2025-09-18',
                 ['创新型中小企业'], id='s1-n-renci'),
    # liaison staff a park appoints, not listed entities
    pytest.param('subjects', '关于2025年度省级特色创新（产业）示范园区拟认定名单的公示', '经地方推荐、专家评审，拟认定以下园区为2025年度省级特色创新（产业）示范园区：\n1 常熟高新技术产业开发区\n2 江阴临港经济开发区\n各园区管委会须确定赵晓峰等2人为联络员，负责后续建设工作对接。公示期为2025年9月19日至9月25日。', '2025-09-18',
                 ['政府园区'], id='s1-n-park-liaison'),
    # a platform's backbone staff described in one entry; the list is of platforms of firms
    pytest.param('subjects', '关于2025年度江苏省中试平台拟认定名单的公示', '经企业申报、专家评审，拟认定以下平台为2025年度江苏省中试平台：\n1 江苏恒力化纤股份有限公司功能性纤维中试平台，平台负责人吴志刚等6人为技术骨干\n2 江苏长电科技股份有限公司先进封装中试平台\n公示期为2025年9月19日至9月25日。', '2025-09-18',
                 ['企业', '平台载体'], id='s1-n-platform-backbone'),
    # untitled list of firms; the staff receiving objections are not listed entities
    pytest.param('subjects', '', '公示\n根据《常州市“专精特新”中小企业认定管理办法》，经企业申报、区级推荐、专家评审，拟认定以下企业为2025年度常州市“专精特新”中小企业：\n1 常州恒创精密机械有限公司\n2 常州中科新材料科技有限公司\n为便于社会监督，市工信局确定孙丽等2人为本次公示受理人。公示期为2025年9月19日至9月25日。联系电话：0519-85681838。', '2025-09-18',
                 ['专精特新中小企业'], id='s1-n-untitled-firm-list'),
    # untitled list of firms' projects; the implementing staff are a detail of an entry
    pytest.param('subjects', '', '公 示\n经项目单位申报、专家评审，拟对以下企业技术改造项目给予补助：\n1 泰州海陵精工机械有限公司 智能化生产线改造\n2 泰州中来光电科技有限公司 光伏组件数字化车间\n项目1以项目负责人钱国栋等4人为实施主体，项目建设期两年。\n公示期为2025年9月19日至9月25日。', '2025-09-18',
                 ['企业'], id='s1-n-untitled-project-leader'),
    # persons read by the title already; must stay 人才
    pytest.param('subjects', '关于第六批省级非物质文化遗产代表性传承人推荐名单的公示', '根据《江苏省非物质文化遗产代表性传承人认定与管理办法》，经个人申报、专家评审，拟推荐李秀英等7人为第六批省级非物质文化遗产代表性传承人。公示期为2025年9月19日至9月25日。', '2025-09-18',
                 ['人才'], id='s1-n-title-persons'),
    # a list of both firms and persons: both are listed entities
    pytest.param('subjects', '关于拟表彰2025年度全市工业经济先进企业和先进个人的公示', '经各区推荐、审核，拟表彰无锡华锐精工有限公司等15家企业为先进企业，张建华等20人为先进个人。公示期为2025年9月19日至9月25日。', '2025-09-18',
                 ['人才', '企业'], id='s1-n-units-and-persons-titled'),
    # a call for firms with the phrase in its background; the rule is for publicity only
    pytest.param('subjects', '关于组织申报2025年度中小企业数字化转型项目的通知', '各设区市工业和信息化局：\n去年我省推荐张某等5人为全国中小企业优秀企业家。现组织开展2025年度中小企业数字化转型项目申报工作。申报主体为在江苏省内注册、具有独立法人资格的中小企业。请于2025年10月15日前完成申报。', '2025-09-18',
                 ['中小企业'], id='s1-n-call-same-phrase'),
    # news, no applicants stated
    pytest.param('subjects', '我市非遗保护工作取得新成效', '近年来，我市持续加强非物质文化遗产保护传承。2025年，省文化和旅游厅认定我市李秀英等7人为省级非物质文化遗产代表性传承人，我市非遗保护体系不断完善。', '2025-09-18',
                 [], id='s1-n-news-same-phrase'),
    # a policy; nothing applies
    pytest.param('subjects', '关于印发《常州市工业企业安全生产专家指导服务工作方案》的通知', '各辖市、区工信局：\n现将《常州市工业企业安全生产专家指导服务工作方案》印发给你们，请认真贯彻执行。\n一、工作目标 聘请周某等12人为企业安全生产指导员，每季度对重点企业开展指导服务。', '2025-09-18',
                 [], id='s1-n-policy-same-phrase'),
    # untitled list of persons by name and number (名同志为)
    pytest.param('subjects', '', '公示\n经各地推荐、资格审查、专家评审，确定王建军等12名同志为2025年度江苏省“最美科技工作者”推荐人选，现予以公示。公示期为2025年9月19日至9月25日。', '2025-09-18',
                 ['人才'], id='s1-f-untitled-12-comrades'),
    # titled list whose title names no persons; the body lists persons
    pytest.param('subjects', '关于2025年度“龙城英才计划”拟推荐名单的公示', '经个人申报、单位推荐、专家评审，拟推荐李海涛等6人为2025年度“龙城英才计划”资助对象。公示期为2025年9月19日至9月25日。', '2025-09-18',
                 ['人才'], id='s1-f-titled-generic'),
    # a list of persons made experts: the list is of persons, though the rule's exclusion leaves it out
    pytest.param('subjects', '', '公示\n经个人申报、单位推荐、资格审核，拟聘任张立华等30人为江苏省中小企业公共服务专家库专家，现予以公示。公示期为2025年9月19日至9月25日。', '2025-09-18',
                 ['人才'], id='s1-f-expert-library'),
    # untitled list of both firms and persons: both listed (the rule only looks when no 人才 is read)
    pytest.param('subjects', '', '公示\n经各区推荐、审核，拟表彰无锡华锐精工有限公司等15家企业为2025年度工业经济先进企业，张建华等20人为先进个人。公示期为2025年9月19日至9月25日。', '2025-09-18',
                 ['人才', '企业'], id='s1-f-units-and-persons-untitled'),
    # untitled list of persons (名同志为) with no other word naming persons
    pytest.param('subjects', '', '公示\n经基层推荐、组织考察，确定王建军等12名同志为2025年度全市工业系统“两优一先”推荐人选，现予以公示。公示期为2025年9月19日至9月25日。', '2025-09-18',
                 ['人才'], id='s1-f-untitled-12-comrades-plain'),
    # a publicity whose entries are the persons made advisers: persons, though 顾问 is excluded
    pytest.param('subjects', '', '公示\n经个人申报、单位推荐、资格审核，拟聘任张立华等30人为2025年度常州市产业发展顾问，现予以公示。公示期为2025年9月19日至9月25日。', '2025-09-18',
                 ['人才'], id='s1-f-advisers'),
    # a list of villages (no tag); the staff named as contacts right after 确定 are not the listed entities
    pytest.param('subjects', '', '公示\n根据《江苏省特色田园乡村建设管理办法》，经县级推荐、市级初审、省级评审，拟命名以下村庄为第七批江苏省特色田园乡村：\n1 宜兴市湖㳇镇张阳村\n2 溧阳市天目湖镇桂林村\n3 句容市天王镇唐陵村\n为做好公示期间意见受理，省住房城乡建设厅确定李晓东等3人为联系人。公示期为2025年9月19日至9月25日。如有异议，请在公示期内以书面形式反映。', '2025-09-18',
                 [], id='s2-n-u-village-contacts'),
    # a list of village cultural projects; the project leaders are a detail, not what is listed
    pytest.param('subjects', '', '公 示\n经各地申报、专家评审，拟对以下乡村公益性文化项目予以立项扶持：\n1 “运河记忆”村史馆建设项目\n2 “田野戏台”乡村戏曲进村项目\n3 “书香庭院”农家书屋提升项目\n各项目实施村已推荐张建华等5人为项目负责人，负责项目实施和资金管理。公示期为2025年9月19日至9月25日。如有异议，请在公示期内以书面形式反映。', '2025-09-18',
                 [], id='s2-n-u-project-leaders'),
    # a list of standards; the drafting group's members are not listed entities
    pytest.param('subjects', '', '公示\n根据《江苏省质量协会团体标准管理办法》，经立项申请、专家论证，拟对《智能仓储系统运维服务规范》等6项团体标准予以立项。标准起草工作组已推选王志刚等7人为主要起草人，起草周期为12个月。公示期为2025年9月19日至9月25日。如有异议，请在公示期内以书面形式反映。', '2025-09-18',
                 [], id='s2-n-u-standard-drafters'),
    # a list of heritage items (not inheritors); persons recognised in an earlier round are background
    pytest.param('subjects', '', '公示\n根据《中华人民共和国非物质文化遗产法》，经申报、评审，拟将以下项目列入第六批省级非物质文化遗产代表性项目名录：\n1 金坛刻纸\n2 溧阳社渚青狮\n3 常州梳篦制作技艺\n我市非遗保护基础扎实，此前省文化和旅游厅已认定周文斌等3人为省级代表性传承人。公示期为2025年9月19日至9月25日。如有异议，请在公示期内以书面形式反映。', '2025-09-18',
                 [], id='s2-n-u-heritage-items-background'),
    # a list of works; judges, but 专家 stands more than 12 characters after 为 so the exclusion misses
    pytest.param('subjects', '', '公示\n经初评、复评，拟评定以下作品为2025年度全省群众文艺作品优秀作品：\n1 小戏《稻花香里》\n2 歌曲《运河谣》\n3 舞蹈《渔光曲》\n本次评定由省文化馆确定孙立群等5人为2025年度全省群众文艺作品征集活动终评专家组成员。公示期为2025年9月19日至9月25日。如有异议，请在公示期内以书面形式反映。', '2025-09-18',
                 [], id='s2-n-u-works-final-judges-far'),
    # a list of exhibited works; the staff doing the first check are not listed
    pytest.param('subjects', '', '公 示\n2025年“江南韵”书法作品展征稿工作已结束，经初审，拟确定以下120件作品为入展作品（名单附后）。为保证公平，主办方确定刘海峰等4人为初审工作人员，全程录像。公示期为2025年9月19日至9月25日。如有异议，请在公示期内以书面形式反映。', '2025-09-18',
                 [], id='s2-n-u-works-staff'),
    # a list of villages; the tellers of a vote are not listed entities
    pytest.param('subjects', '', '公示\n根据《关于开展文明村镇创建评选工作的通知》，经群众评议、镇级推荐，拟命名以下村为2025年度市级文明村：\n1 高港区许庄街道双墩村\n2 姜堰区溱潼镇湖南村\n评议会上，与会村民推选王五等7人为监票人、计票人，现场唱票。公示期为2025年9月19日至9月25日。如有异议，请在公示期内以书面形式反映。', '2025-09-18',
                 [], id='s2-n-u-village-vote-tellers'),
    # a list of roads; 拟+邀请代表 (no name at all) satisfies the 2-4 character slot
    pytest.param('subjects', '', '公示\n经资格审查、现场查验，拟确定以下路段为2025年度“美丽农村路”示范路：\n1 S241 溧水段\n2 X203 高淳段\n验收当天，交通运输局拟邀请代表等20人为观察员，全程参与。公示期为2025年9月19日至9月25日。如有异议，请在公示期内以书面形式反映。', '2025-09-18',
                 [], id='s2-n-u-observers-not-names'),
    # a list of training bases; 认定学员等300人为…: a head count of trainees, no names
    pytest.param('subjects', '', '公 示\n经申报、评审，拟认定以下培训基地为2025年度市级农村实用技术培训示范基地：\n1 海安市曲塘镇现代农业培训基地\n2 如皋市长江镇蔬菜种植培训基地\n两基地去年已认定学员等300人为结业学员。公示期为2025年9月19日至9月25日。如有异议，请在公示期内以书面形式反映。', '2025-09-18',
                 [], id='s2-n-u-training-base-trainees'),
    # a list of households (no tag); the speakers chosen from them are a detail of the ceremony
    pytest.param('subjects', '', '公示\n经基层推荐、逐级审核，拟命名以下家庭为2025年度全市“最美家庭”：\n1 张志强家庭（崇川区）\n2 陆美华家庭（通州区）\n3 钱国庆家庭（海门区）\n表彰大会上，将推选王秀英等3人为家庭代表作交流发言。公示期为2025年9月19日至9月25日。如有异议，请在公示期内以书面形式反映。', '2025-09-18',
                 [], id='s2-n-u-households-speakers'),
    # a list of mediation cases; the editors are not listed
    pytest.param('subjects', '', '公示\n经各地推荐、专家评审，拟确定以下10个案例为2025年度全省人民调解优秀案例：\n1 邻里宅基地纠纷化解案\n2 农民工工资纠纷化解案\n3 物业服务纠纷化解案\n案例汇编工作由省司法厅确定赵强等3人为统稿人。公示期为2025年9月19日至9月25日。如有异议，请在公示期内以书面形式反映。', '2025-09-18',
                 [], id='s2-n-u-cases-writers'),
    # a list of farmland projects' acceptance results; the acceptance group (验收, not an excluded word) is staff
    pytest.param('subjects', '', '公 示\n根据《关于开展2025年度高标准农田建设项目竣工验收的通知》，县农业农村局确定刘振华等5人为项目验收组成员，对以下项目进行了竣工验收：\n1 白蒲镇2024年高标准农田建设项目\n2 搬经镇2024年高标准农田建设项目\n验收结果为合格，现予公示。公示期为2025年9月19日至9月25日。如有异议，请在公示期内以书面形式反映。', '2025-09-18',
                 [], id='s2-n-u-roads-acceptance-group'),
    # a list of primary and middle schools (none of the vocabulary's kinds); the liaisons are staff
    pytest.param('subjects', '', '公示\n经学校申报、区级推荐、专家评审，拟认定以下学校为2025年度市级智慧校园示范校：\n1 扬州市梅岭小学\n2 扬州市育才实验学校\n3 江都区大桥中学\n各校须确定陈敏等2人为项目联络员。公示期为2025年9月19日至9月25日。如有异议，请在公示期内以书面形式反映。', '2025-09-18',
                 [], id='s2-n-u-schools-liaison'),
    # a list of township hospitals; the doctors sent to help them are not listed
    pytest.param('subjects', '', '公示\n经医院申报、专家评审，拟确定以下医院为2025年度县域医疗卫生次中心建设单位：\n1 沭阳县钱集中心卫生院\n2 泗洪县双沟中心卫生院\n建设期内，省人民医院将推荐张伟等6人为对口帮扶医师。公示期为2025年9月19日至9月25日。如有异议，请在公示期内以书面形式反映。', '2025-09-18',
                 [], id='s2-n-u-hospitals-fellows'),
    # a list of associations (social organisations, none of the vocabulary's kinds); an entry's council is a detail
    pytest.param('subjects', '', '公示\n经社会组织评估委员会评估，拟评定以下社会组织为2025年度5A级社会组织：\n1 无锡市物流与采购联合会\n2 无锡市新吴区慈善协会\n其中，无锡市物流与采购联合会第四届会员大会推选王伟等7人为常务理事。公示期为2025年9月19日至9月25日。如有异议，请在公示期内以书面形式反映。', '2025-09-18',
                 [], id='s2-n-u-association-council'),
    # a list of tourist routes; the guides the places put forward are not listed
    pytest.param('subjects', '', '公 示\n经各市推荐、网络投票、专家评审，拟确定以下线路为2025年度江苏省乡村旅游精品线路：\n1 “茶香溧阳”二日游\n2 “水韵兴化”垛田一日游\n3 “渔港风情”赣榆二日游\n各线路运营地已提出周敏等8人为线路讲解员。公示期为2025年9月19日至9月25日。如有异议，请在公示期内以书面形式反映。', '2025-09-18',
                 [], id='s2-n-u-route-guides'),
    # a list of volunteer service projects; the mentors named for them are not listed
    pytest.param('subjects', '', '公示\n经项目申报、资格审核、专家评审，拟确定以下项目为2025年度全市优秀志愿服务项目：\n1 “银龄护苗”关爱留守儿童项目\n2 “江豚守护”长江生态保护项目\n3 “夕阳红”助老食堂项目\n市文明办将命名孙丽等6人为项目指导员，跟踪指导。公示期为2025年9月19日至9月25日。如有异议，请在公示期内以书面形式反映。', '2025-09-18',
                 [], id='s2-n-u-volunteer-projects-mentors'),
    # a list of historic districts; 拟定张军 reads as 拟 + a 4-character name, the staff receiving objections
    pytest.param('subjects', '', '公示\n经评审，拟认定以下街区为第二批江苏省历史文化街区：\n1 南通寺街—西南营历史文化街区\n2 如皋东大街历史文化街区\n经研究拟定张军等2人为本次公示意见受理人。公示期为2025年9月19日至9月25日。如有异议，请在公示期内以书面形式反映。', '2025-09-18',
                 [], id='s2-n-u-ni-ding-contacts'),
    # a list of patents; the slot reads 其中 (a pronoun) as a name: no persons are listed
    pytest.param('subjects', '', '公示\n经形式审查、专家评审，拟授予以下专利2025年度市专利奖：\n1 一种高效光伏组件封装方法（ZL202210123456.7）\n2 一种桥梁健康监测装置（ZL202110654321.0）\n专利1的完成人中，企业推荐其中等3人为主要完成人。公示期为2025年9月19日至9月25日。如有异议，请在公示期内以书面形式反映。', '2025-09-18',
                 [], id='s2-n-u-patent-inventors-pronoun'),
    # control: judges with 专家 within 12 characters after 为 (the exclusion holds)
    pytest.param('subjects', '', '公示\n经初评、复评，拟评定以下作品为2025年度全市群众文艺作品优秀作品：\n1 小戏《稻花香里》\n2 歌曲《运河谣》\n本次评定由市文化馆确定孙立群等5人为终评专家。公示期为2025年9月19日至9月25日。如有异议，请在公示期内以书面形式反映。', '2025-09-18',
                 [], id='s2-n-u-works-judges-near-control'),
    # an appointment notice, not a publicity and not an application: nothing applies
    pytest.param('subjects', '关于聘任第二届市产业经济研究院特约研究员的通知', '各有关单位：\n为加强产业经济研究，经研究，确定聘任张伟等10人为第二届市产业经济研究院特约研究员，聘期三年。特此通知。', '2025-09-18',
                 [], id='s2-n-appointment-notice'),
    # news of an association's meeting; nothing applies and nothing is listed for application
    pytest.param('subjects', '市中小企业协会召开第三届会员大会', '9月16日，市中小企业协会第三届会员大会召开。会议审议通过了第二届理事会工作报告，推选王建国等7人为第三届理事会常务理事，选举产生了新一届会长。', '2025-09-18',
                 [], id='s2-n-meeting-news-election'),
    # news that a village list was confirmed; the contacts named are staff
    pytest.param('subjects', '', '公示期满无异议\n我市第七批特色田园乡村建设名单正式确定。此前，市住房城乡建设局确定李晓东等3人为公示联系人，公示期内未收到异议。下一步，各村将按规划推进建设。', '2025-09-18',
                 [], id='s2-n-untitled-news-gongshi-word'),
]


@pytest.mark.parametrize("field, title, text, published, expected", REVIEW_CASES)
def test_round_72_review_cases(field, title, text, published, expected):
    assert review_reading(field, title, text, published) == review_expected(expected)
