"""Round 73 of the blind-set method (README, "Extraction accuracy"), in six parts and six code reviews; no rule kept.

Taken back (apply_deadline, parts 1-2): the organisers' judging time read as theirs. In four labelled calls (r614_08,
r667_07, r671_02, r540_04) a judging date after the entries' window ("组织评审时间：2021年11月1日-2021年11月7日",
"7月1日至7月20日为评审阶段", "全省评审时间为8月15日至8月31日", "…并于12月1日前完成星级企业最终评审工作") is read as the
applicants' own and, being the latest, becomes the apply_deadline. Part 1 gave such a date to the organisers when its clause
named judging and no entrant acted: its review (j1-) found 13 regressions (papers sent for judging, offices named
评审工作办公室, entry windows named 评比时间, nominations). Part 2 only dropped a judging date that follows an entrants'
date, the judging read from the date's label alone: its review (j2-) found 13 more (entry windows labelled 评选时间 after
a sign-up, a second round's own entries under 复评阶段 or 终评阶段, papers sent so the judging can be done). A judging
word does not say whose a date is.

Taken back (deadlines, part 3): a notice with no date of its own took its year from the weekdays its year-less dates are
written with ("2020年度…" over "8月17日(星期二)至9月3日(星期五)", 2021's dates: r619_07; of 26 labelled dates so written, all
fall on their weekday in their labelled year). Its review (w1-) found 10 regressions: a one-day weekday typo, or a
template's last-year weekdays, outweighing a document number or a full date; dates after 明年, 次年 or 去年 read as
year-less; a past meeting's or a January review's weekday moving every date. It rested on one labelled text.

Taken back (regions, parts 4-6): a central body a local text cites, read as its publisher. "根据《中华人民共和国价格法》和
国家发改委《政府制定价格听证办法》有关规定，经县政府同意，明水县物价局…" (r690_08, untitled) was read as 全国: the long first
title hid the 根据 from the 12 characters the citation check reads, and 制定 inside the second title passed for the body
publishing. Part 4 blanked the titles' words: its review (c1-) found 8 regressions (a title's length still hid the 根据;
verbs inside a title right after a body no longer published it). Part 5 wrote each title as 《》 and read a body inside a
title as its document's publisher only when the text said so after it: the second review (c2-) found 12 (根据《…》部署，
then the body publishing in the next clause; provincial branches named inside titles). Part 6 kept the list of titles
alone, in its clause: the third review (c3-) found 5 (a body citing a law and publishing with a co-issuer, 财政部根据《…》
会同国家发展改革委制定印发了; clauses ended by a space or a colon).

What stays: every review case that reads right at the end (j1-, j2-, w1-, c1-, c2-, c3-), each comment the reviewer's
reason; among them the regressions each review found, which would catch those readings coming back.
"""
import pytest

from round_helpers import review_expected, review_reading

REVIEW_CASES = [
    # 评比时间 here is the entry window (dated by receipt of the entrants' materials): the entrants' date; 11-10 is the unions forwarding them
    pytest.param('apply_deadline', '关于组织开展2025年南京市职工技术创新成果评比申报工作的通知', '各区总工会、各产业工会：\n为激发广大职工创新创造活力，市总工会决定组织开展2025年南京市职工技术创新成果评比活动。现将有关事项通知如下：\n一、参评对象：本市各类企业在职职工个人或团队。\n二、评比时间：2025年9月20日至10月31日（以基层工会收到成果材料的时间为准）。\n三、各区总工会、各产业工会于11月10日前将参评成果材料统一报送市总工会经济技术部。\n联系电话：025-84567890\n\n南京市总工会\n2025年9月15日', '2025-09-15',
                 '2025-10-31', id='j1-n-pingbi-window-union-forwards'),
    # the applicants' paper date (later than online); 组织专家评审 is only what the papers are for
    pytest.param('apply_deadline', '关于组织申报2025年度常州市科技计划项目的通知', '各辖市、区科技局，常州经开区科技局，各有关单位：\n为做好2025年度常州市科技计划项目组织实施工作，现将申报有关事项通知如下：\n一、网上申报截止时间为2025年10月20日17:00。\n二、纸质材料一式五份须于10月25日前送交市科技局用于组织专家评审，逾期不予受理。\n联系电话：0519-85681838\n\n常州市科学技术局\n2025年9月10日', '2025-09-10',
                 '2025-10-25', id='j1-n-paper-sent-for-organised-review'),
    # paper date of the applicants; 评审工作 is only the name of the office receiving them (送交 is no listed act)
    pytest.param('apply_deadline', '关于组织申报2025年度常州市科技计划项目的通知', '各有关单位：\n现将2025年度常州市科技计划项目申报工作通知如下：\n一、网上申报截止时间为2025年10月20日17:00。\n二、请于10月25日前，将纸质材料一式三份送交市科技计划项目评审工作办公室（市科技局302室）。\n联系电话：0519-85681838\n\n常州市科学技术局\n2025年9月10日', '2025-09-10',
                 '2025-10-25', id='j1-n-paper-to-review-office-after-cue'),
    # paper date sent by courier (快递至) to an office named 评审工作办公室: the applicants' later date
    pytest.param('apply_deadline', '关于组织申报2025年度常州市社会发展科技项目的通知', '各有关单位：\n根据《常州市科技计划项目管理办法》，现组织申报2025年度社会发展科技项目。\n一、网上申报截止时间为2025年10月20日。\n二、请于10月25日前将纸质材料一式五份快递至市科技局评审工作办公室。\n联系电话：0519-85681838\n\n常州市科学技术局\n2025年9月10日', '2025-09-10',
                 '2025-10-25', id='j1-n-paper-express-review-office'),
    # paper date (报至 is no listed act) to a 评选工作 office: the applicants' own, later date
    pytest.param('apply_deadline', '关于组织申报2025年度常州市科技创新奖励项目的通知', '各有关单位：\n为做好2025年度科技创新奖励申报工作，现将有关事项通知如下：\n一、网上申报截止时间为2025年10月20日。\n二、请于10月25日前将纸质材料一式五份报至市科技计划项目评选工作领导小组办公室。\n联系电话：0519-85681838\n\n常州市科学技术局\n2025年9月10日', '2025-09-10',
                 '2025-10-25', id='j1-n-paper-baozhi-selection-office'),
    # 评审材料…前: papers the applicants hand in for the judging stage, by their own later date
    pytest.param('apply_deadline', '关于组织申报2025年度常州市重点研发计划项目的通知', '各有关单位：\n现组织申报2025年度常州市重点研发计划项目，有关事项通知如下：\n一、网上申报截止时间为2025年10月20日。\n二、评审阶段所需纸质材料（一式五份）请于10月25日前送交市科技局高新处。\n联系电话：0519-85681838\n\n常州市科学技术局\n2025年9月10日', '2025-09-10',
                 '2025-10-25', id='j1-n-review-stage-paper-materials'),
    # 职称评审工作 names the programme; the papers are the applicants', due after the online date
    pytest.param('apply_deadline', '关于做好2025年度南京市工程系列中级职称评审申报工作的通知', '各有关单位：\n根据省人社厅统一部署，现就做好2025年度工程系列中级职称评审申报工作通知如下：\n一、个人网上申报截止时间为2025年10月15日。\n二、请于10月25日前将职称评审工作所需纸质材料一式两份送交市人才服务中心。\n联系电话：025-83451234\n\n南京市人力资源和社会保障局\n2025年9月1日', '2025-09-01',
                 '2025-10-25', id='j1-n-title-review-paper-materials'),
    # the entrants send their works by 10-20 (发至 is no listed act); 进行初评 is what they are sent for
    pytest.param('apply_deadline', '关于举办第五届苏州市创新创业大赛的通知', '各有关单位：\n为推动大众创业万众创新，现决定举办第五届苏州市创新创业大赛。\n一、报名时间：即日起至2025年10月10日。\n二、作品须于10月20日前以电子版形式发至大赛组委会邮箱进行初评。\n三、决赛时间另行通知。\n联系电话：0512-68756321\n\n苏州市科学技术局\n2025年9月1日', '2025-09-01',
                 '2025-10-20', id='j1-n-works-emailed-for-first-round'),
    # a nomination inside a 评选工作 sentence is the addressed nominators' own act (提名 is no listed act); the later of the two applicant dates
    pytest.param('apply_deadline', '关于开展2025年度无锡市优秀企业家评选推荐工作的通知', '各行业协会、商会：\n为弘扬优秀企业家精神，市工商联决定开展2025年度优秀企业家评选活动。\n一、请各行业协会、商会按照评选工作要求于10月31日前提名候选人，并将提名表盖章扫描件发至wxgsl@163.com。\n二、候选人须于10月25日前在市工商联网站完成个人信息填报。\n联系电话：0510-81821234\n\n无锡市工商业联合会\n2025年9月5日', '2025-09-05',
                 '2025-10-31', id='j1-n-nomination-in-selection-work'),
    # the applicants must come with their originals by 10-25: their own later (paper) date, not the organisers'
    pytest.param('apply_deadline', '关于组织申报2025年度南通市“江海英才”计划的通知', '各有关单位、各位人才：\n为加快集聚高层次人才，现组织申报2025年度“江海英才”计划。\n一、申报人须于2025年10月15日前登录“南通人才网”完成网上申报。\n二、请于10月25日前携带身份证、学历证书等材料原件到市人才服务中心进行现场评审。\n联系电话：0513-85012345\n\n中共南通市委人才工作领导小组办公室\n2025年9月10日', '2025-09-10',
                 '2025-10-25', id='j1-n-talent-onsite-review-originals'),
    # 接受评审: the firms hand their self-assessment to the panel by 10-31 (交 is no listed act); their paper date
    pytest.param('apply_deadline', '关于组织开展2025年度南京市星级企业评定申报工作的通知', '各有关企业：\n为推动企业高质量发展，市工信局决定开展2025年度星级企业评定工作。\n一、申报企业须于2025年10月20日前登录系统完成网上填报。\n二、请于10月31日前将自评报告及佐证材料交市星级企业评审工作组，接受评审。\n联系电话：025-83451234\n\n南京市工业和信息化局\n2025年9月1日', '2025-09-01',
                 '2025-10-31', id='j1-n-self-report-to-panel-for-review'),
    # a call whose applicants' window is named 评选时间 (逾期不予受理): theirs; 11-10 is the districts forwarding
    pytest.param('apply_deadline', '关于开展2025年度苏州市优秀服务商评选申报工作的通知', '各有关单位：\n为培育一批优秀数字化转型服务商，市工信局决定开展2025年度优秀服务商评选工作。\n一、评选时间：即日起至2025年10月31日止，逾期不予受理。\n二、各区工信局于11月10日前将推荐材料统一报送市工信局。\n联系电话：0512-68616123\n\n苏州市工业和信息化局\n2025年9月1日', '2025-09-01',
                 '2025-10-31', id='j1-n-selection-window-late-refused-forwarded'),
    # a 评比 contest whose entry window is named 评比时间: entries received by 10-31, after the 10-15 sign-up
    pytest.param('apply_deadline', '关于组织开展2025年南京市职工技术创新成果评比申报工作的通知', '各有关单位：\n市总工会决定组织开展2025年南京市职工技术创新成果评比活动，现将有关事项通知如下：\n一、请于2025年10月15日前在线填写报名表。\n二、评比时间：2025年9月20日至10月31日（以组委会收到成果材料的时间为准）。\n联系电话：025-84567890\n\n南京市总工会\n2025年9月1日', '2025-09-01',
                 '2025-10-31', id='j1-n-pingbi-window-after-registration'),
    # the only date is the 评选 window: the applicants' date
    pytest.param('apply_deadline', '关于开展2025年度无锡市优秀企业家评选活动的通知', '各有关单位：\n为弘扬优秀企业家精神，市委组织部、市工商联决定开展2025年度优秀企业家评选活动。\n一、评选对象：在本市注册的民营企业主要负责人。\n二、评选时间：即日起至2025年10月31日止，逾期不予受理。\n三、评选结果将在无锡日报公示。\n联系电话：0510-81821234\n\n无锡市工商业联合会\n2025年9月5日', '2025-09-05',
                 '2025-10-31', id='j1-n-only-selection-window'),
    # 评选截止时间 closes the applications
    pytest.param('apply_deadline', '关于组织申报2025年度扬州市“绿扬金凤计划”的通知', '各有关单位：\n为深入实施人才强市战略，现组织申报2025年度“绿扬金凤计划”。\n一、评选截止时间为2025年10月31日。\n二、评审工作由市人才办组织实施。\n联系电话：0514-87654321\n\n中共扬州市委人才工作领导小组办公室\n2025年9月1日', '2025-09-01',
                 '2025-10-31', id='j1-n-selection-deadline-named'),
    # 评审材料…前: the applicants' paper date
    pytest.param('apply_deadline', '关于组织申报2025年度常州市科技计划项目的通知', '各有关单位：\n现将2025年度常州市科技计划项目申报工作通知如下：\n一、网上申报截止时间为2025年10月20日。\n二、评审材料（纸质版一式五份）请于10月25日前送交市科技局高新处。\n联系电话：0519-85681838\n\n常州市科学技术局\n2025年9月10日', '2025-09-10',
                 '2025-10-25', id='j1-n-review-materials-before'),
    # entrants attending a 答辩 by a date: both dates stay deadlines
    pytest.param('deadlines', '关于组织申报2025年度镇江市重点研发计划项目的通知', '各有关单位：\n现组织申报2025年度镇江市重点研发计划项目。\n一、申报单位须于2025年10月15日前完成网上申报。\n二、入围项目负责人须于11月12日前到市科技局参加答辩评审。\n联系电话：0511-84423456\n\n镇江市科学技术局\n2025年9月1日', '2025-09-01',
                 ['2025-10-15', '2025-11-12'], id='j1-n-defence-attendance-deadlines'),
    # the bureaus' 评审推荐 date is the only date for the papers: by the guide's ruling, that date
    pytest.param('apply_deadline', '关于组织申报2025年度江苏省科学技术奖的通知', '各设区市科技局，各有关单位：\n根据《江苏省科学技术奖励办法》，现组织开展2025年度江苏省科学技术奖申报工作。\n一、各设区市科技局于10月30日前组织开展评审推荐工作，并将推荐项目申报材料报送省科技厅。\n二、省科技厅将组织专家进行评审，评审结果另行公示。\n联系电话：025-85485678\n\n江苏省科学技术厅\n2025年9月1日', '2025-09-01',
                 '2025-10-30', id='j1-n-bureau-review-recommend-only'),
    # publicity after judging does not move the entries' date
    pytest.param('apply_deadline', '关于开展2025年度泰州市优秀科技论文评选工作的通知', '各有关单位：\n为繁荣学术交流，市科协决定开展2025年度优秀科技论文评选工作。\n一、论文作者须于2025年10月31日前将论文电子版发至tzkx@163.com，评选截止时间为2025年10月31日。\n二、评审结束后，拟获奖名单将于12月1日至12月5日在市科协网站公示。\n联系电话：0523-86831234\n\n泰州市科学技术协会\n2025年9月1日', '2025-09-01',
                 '2025-10-31', id='j1-n-publicity-after-review-apply'),
    # the entries' date and the publicity end after judging
    pytest.param('deadlines', '关于开展2025年度泰州市优秀科技论文评选工作的通知', '各有关单位：\n为繁荣学术交流，市科协决定开展2025年度优秀科技论文评选工作。\n一、论文作者须于2025年10月31日前将论文电子版发至tzkx@163.com。\n二、评审结束后，拟获奖名单将于12月1日至12月5日在市科协网站公示。\n联系电话：0523-86831234\n\n泰州市科学技术协会\n2025年9月1日', '2025-09-01',
                 ['2025-10-31', '2025-12-05'], id='j1-n-publicity-after-review-deadlines'),
    # the signed nomination papers by 10-25 (寄送) in a clause naming 评审工作: the applicants' paper date
    pytest.param('apply_deadline', '关于组织申报2025年度江苏省科学技术奖的通知', '各有关单位：\n现组织开展2025年度江苏省科学技术奖提名工作。\n一、候选项目网上申报截止时间为2025年10月15日。\n二、提名专家须于10月25日前按照评审工作要求将提名书签字件寄送省科技奖励办公室。\n联系电话：025-85485678\n\n江苏省科学技术厅\n2025年9月1日', '2025-09-01',
                 '2025-10-25', id='j1-n-nominator-expert-mail'),
    # paper applications to a 评审工作组: the applicants' later date
    pytest.param('apply_deadline', '关于组织申报2025年度无锡市“太湖人才计划”的通知', '各有关单位：\n现组织申报2025年度“太湖人才计划”，有关事项通知如下：\n一、申报人须于2025年10月15日前完成网上申报。\n二、请于10月25日前，将经单位盖章的纸质申报书一式三份送交市人才办评审工作组。\n联系电话：0510-81821234\n\n中共无锡市委人才工作领导小组办公室\n2025年9月1日', '2025-09-01',
                 '2025-10-25', id='j1-n-talent-paper-to-review-group'),
    # a draft of judging rules: its comment window stays
    pytest.param('deadlines', '关于《宿迁市科技计划项目评审工作细则（征求意见稿）》公开征求意见的通知', '各有关单位：\n为规范评审工作，我局起草了《宿迁市科技计划项目评审工作细则（征求意见稿）》，现公开征求意见。请于2025年9月30日前将对评审工作细则的修改意见发至sqkjj@163.com。\n联系电话：0527-84361234\n\n宿迁市科学技术局\n2025年9月1日', '2025-09-01',
                 ['2025-09-30'], id='j1-n-draft-review-rules-comment'),
    # 评选时间…止，逾期不予受理 is the entries' window; the 9-25 pre-registration is an earlier step of theirs
    pytest.param('apply_deadline', '关于开展2025年度常州市优秀服务商评选活动的通知', '各有关单位：\n为培育一批优秀中小企业服务机构，市工信局决定开展2025年度优秀服务商评选活动。\n一、有意参评的服务机构请于2025年9月25日前在线填写预报名表。\n二、评选时间：即日起至2025年10月31日止，逾期不予受理。\n三、评选结果将在市工信局网站公布。\n联系电话：0519-85681234\n\n常州市工业和信息化局\n2025年9月10日', '2025-09-10',
                 '2025-10-31', id='j2-n-prereg-then-selection-window'),
    # a training sign-up before the entries' 评选时间 window does not end the window
    pytest.param('apply_deadline', '关于开展2025年度无锡市智能制造优秀场景评选活动的通知', '各市（县）、区工信局，各有关企业：\n为推广智能制造典型经验，市工信局决定开展2025年度智能制造优秀场景评选活动。\n一、请有意参评的企业于2025年9月20日前报名参加线上申报培训。\n二、评选时间：即日起至2025年10月31日止，逾期不予受理。\n联系电话：0510-81823456\n\n无锡市工业和信息化局\n2025年9月8日', '2025-09-08',
                 '2025-10-31', id='j2-n-training-signup-then-selection-window'),
    # a window dated by the system's submission time is the entrants' own; registration 9-30 comes first
    pytest.param('apply_deadline', '关于开展2025年度南通市优秀科技服务案例评选活动的通知', '各有关单位：\n为总结推广科技服务经验，市科技局决定开展2025年度优秀科技服务案例评选活动。\n一、参评机构须于2025年9月30日前登录系统报名。\n二、评选时间为2025年10月1日至10月31日（以系统提交时间为准）。\n联系电话：0513-85098765\n\n南通市科学技术局\n2025年9月12日', '2025-09-12',
                 '2025-10-31', id='j2-n-registration-then-selection-window-system'),
    # a 评比 contest whose entry window (逾期不予受理) is named 评比时间, after the sign-up date
    pytest.param('apply_deadline', '关于组织开展2025年扬州市职工合理化建议评比申报工作的通知', '各县（市、区）总工会，各产业工会：\n为激发职工创新活力，市总工会决定组织开展2025年扬州市职工合理化建议评比工作。\n一、请参评单位于2025年9月30日前在线填写报名表。\n二、评比时间：2025年10月1日至10月31日止，逾期不予受理。\n联系电话：0514-87361234\n\n扬州市总工会\n2025年9月5日', '2025-09-05',
                 '2025-10-31', id='j2-n-pingbi-window-after-signup'),
    # the firms submit their applications by 10-31 (申请 is not in ENTRIES_IN_CLAUSE); 评选期间 only heads it
    pytest.param('apply_deadline', '关于开展2025年度徐州市绿色工厂评选活动的通知', '各县（市）、区工信局，各有关企业：\n为推进制造业绿色转型，市工信局决定开展2025年度绿色工厂评选活动。\n一、参评企业须于2025年9月30日前在系统注册账号。\n二、评选期间：企业可于10月31日前登录系统提交申请。\n联系电话：0516-83731234\n\n徐州市工业和信息化局\n2025年9月10日', '2025-09-10',
                 '2025-10-31', id='j2-n-selection-period-apply'),
    # the only applicants' date is a 评选 window given as a range; 11-10 is the districts forwarding
    pytest.param('apply_deadline', '关于开展2025年度常州市优秀服务商评选活动的通知', '各辖市、区工信局，各有关单位：\n为培育一批优秀中小企业服务机构，市工信局决定开展2025年度优秀服务商评选活动。\n一、评选时间为2025年9月15日至10月31日（逾期不予受理）。\n二、各辖市、区工信局于11月10日前将推荐汇总表报送市工信局。\n联系电话：0519-85681234\n\n常州市工业和信息化局\n2025年9月10日', '2025-09-10',
                 '2025-10-31', id='j2-n-only-selection-window-range'),
    # 评选截止时间 closes the entries
    pytest.param('apply_deadline', '关于开展2025年度泰州市优秀科技论文评选工作的通知', '各有关单位：\n为繁荣学术交流，市科协决定开展2025年度优秀科技论文评选工作。\n一、请论文作者于2025年9月30日前通过邮件报名。\n二、评选截止时间为2025年10月31日，逾期不予受理。\n联系电话：0523-86831234\n\n泰州市科学技术协会\n2025年9月5日', '2025-09-05',
                 '2025-10-31', id='j2-n-selection-deadline-after-registration'),
    # under the 初评阶段 label the entrants upload their plans by 10-15 (计划书 not in ENTRIES_IN_CLAUSE)
    pytest.param('apply_deadline', '关于举办第八届盐城市创新创业大赛的通知', '各县（市、区）科技局，各有关单位：\n为营造创新创业氛围，现决定举办第八届盐城市创新创业大赛。\n一、报名截止时间为2025年9月30日。\n二、初评阶段：参赛团队须于2025年10月15日前在大赛官网上传项目计划书。\n三、决赛时间另行通知。\n联系电话：0515-88361234\n\n盐城市科学技术局\n2025年9月10日', '2025-09-10',
                 '2025-10-15', id='j2-n-first-round-upload'),
    # a second round's own entries (提交…视频) under a 复评阶段 label: the entrants', not the organisers'
    pytest.param('apply_deadline', '关于举办第八届盐城市创新创业大赛的通知', '各有关单位：\n为营造创新创业氛围，现决定举办第八届盐城市创新创业大赛。\n一、报名截止时间为2025年10月15日。\n二、复评阶段：入围团队须于11月20日前提交路演视频和项目计划书。\n联系电话：0515-88361234\n\n盐城市科学技术局\n2025年9月10日', '2025-09-10',
                 '2025-11-20', id='j2-n-second-round-video'),
    # 终评阶段 heads the finalists' own hand-in (提交…PPT)
    pytest.param('apply_deadline', '关于举办2025年淮安市中小企业创新创业大赛的通知', '各县区工信局，各有关企业：\n为激发中小企业创新活力，现举办2025年淮安市中小企业创新创业大赛。\n一、报名截止时间为2025年10月15日。\n二、终评阶段：入围企业须于11月25日前提交终评答辩PPT。\n联系电话：0517-83601234\n\n淮安市工业和信息化局\n2025年9月10日', '2025-09-10',
                 '2025-11-25', id='j2-n-final-round-ppt'),
    # entrants must upload their defence video by 10-25; 答辩评审时间 names their step
    pytest.param('apply_deadline', '关于组织申报2025年度常州市“龙城英才计划”的通知', '各有关单位、各位人才：\n为加快集聚高层次人才，现组织申报2025年度“龙城英才计划”。\n一、申报人须于2025年10月15日前登录系统完成网上申报。\n二、答辩评审时间：10月25日前，入围人选须登录系统上传答辩视频。\n联系电话：0519-85681838\n\n中共常州市委人才工作领导小组办公室\n2025年9月10日', '2025-09-10',
                 '2025-10-25', id='j2-n-video-defence-upload'),
    # applicants bring their originals and 接受评审 by 10-25 (原件 not in ENTRIES_IN_CLAUSE): their own later date
    pytest.param('apply_deadline', '关于组织申报2025年度镇江市“金山英才”计划的通知', '各有关单位、各位人才：\n为加快集聚高层次人才，现组织申报2025年度“金山英才”计划。\n一、申报人须于2025年10月15日前登录系统完成网上申报。\n二、现场评审时间：10月20日至10月25日，请申报人携带身份证、学历学位证书原件到市人才服务中心接受评审。\n联系电话：0511-84423456\n\n中共镇江市委人才工作领导小组办公室\n2025年9月10日', '2025-09-10',
                 '2025-10-25', id='j2-n-onsite-review-originals'),
    # the entrants' own online defence by 10-25
    pytest.param('apply_deadline', '关于组织申报2025年度南通市“江海英才”计划的通知', '各有关单位、各位人才：\n为加快集聚高层次人才，现组织申报2025年度“江海英才”计划。\n一、申报人须于2025年10月15日前登录系统完成网上申报。\n二、入围人选须于10月25日前在线进行视频评审答辩，逾期视为放弃。\n联系电话：0513-85012345\n\n中共南通市委人才工作领导小组办公室\n2025年9月10日', '2025-09-10',
                 '2025-10-25', id='j2-n-review-will-be-held-entrants'),
    # the applicants' paper date; the aside only says when the judging is (纸质版 not in ENTRIES_IN_CLAUSE)
    pytest.param('apply_deadline', '关于组织申报2025年度常州市科技计划项目的通知', '各辖市、区科技局，各有关单位：\n现将2025年度常州市科技计划项目申报工作通知如下：\n一、网上申报截止时间为2025年10月20日。\n二、请于10月25日前将纸质版一式五份寄送市科技局高新处（专家评审时间为11月上旬）。\n联系电话：0519-85681838\n\n常州市科学技术局\n2025年9月10日', '2025-09-10',
                 '2025-10-25', id='j2-n-paper-aside-review-time'),
    # the applicants' paper date; 以便…完成专家评审 is what the papers are for
    pytest.param('apply_deadline', '关于组织申报2025年度无锡市科技发展资金项目的通知', '各市（县）、区科技局，各有关单位：\n现将2025年度无锡市科技发展资金项目申报工作通知如下：\n一、网上申报截止时间为2025年10月20日。\n二、请于10月25日前将纸质版一式五份报送市科技局以便按时完成专家评审。\n联系电话：0510-81821234\n\n无锡市科学技术局\n2025年9月10日', '2025-09-10',
                 '2025-10-25', id='j2-n-paper-so-judging-done'),
    # the applicants' paper date; the judging period is only named
    pytest.param('apply_deadline', '关于组织申报2025年度扬州市科技计划项目的通知', '各有关单位：\n现将2025年度扬州市科技计划项目申报工作通知如下：\n一、网上申报截止时间为2025年10月20日。\n二、纸质申请表一式五份请于10月25日前寄至市科技局，评审期间不再接收补充件。\n联系电话：0514-87654321\n\n扬州市科学技术局\n2025年9月10日', '2025-09-10',
                 '2025-10-25', id='j2-n-paper-review-period-no-more'),
    # the addressed chambers' own nomination date (their selection, then their list to the 工商联), later than the candidates' form
    pytest.param('apply_deadline', '关于开展2025年度苏州市优秀企业家评选推荐工作的通知', '各行业商会：\n为弘扬优秀企业家精神，市工商联决定开展2025年度优秀企业家评选活动。\n一、候选人须于2025年10月20日前在市工商联网站完成个人信息填报。\n二、请各行业商会于10月31日前完成内部评选，并将推荐名单报市工商联。\n联系电话：0512-68751234\n\n苏州市工商业联合会\n2025年9月5日', '2025-09-05',
                 '2025-10-31', id='j2-n-nomination-internal-selection'),
    # the firms' own date; the chambers' 初评 and recommendation is a forwarding date
    pytest.param('apply_deadline', '关于开展2025年度苏州市优秀企业家评选活动的通知', '各行业商会、各会员企业：\n市工商联决定开展2025年度优秀企业家评选活动。\n一、请各会员企业于2025年10月15日前向所属行业商会提交自荐表。\n二、各行业商会于10月31日前完成初评并向市工商联推荐候选人。\n联系电话：0512-68751234\n\n苏州市工商业联合会\n2025年9月5日', '2025-09-05',
                 '2025-10-15', id='j2-n-nominators-initial-review'),
    # the bureaus' 评审…推荐 date is the only date for the papers: by the guide's ruling, that date
    pytest.param('apply_deadline', '关于组织开展2025年度江苏省专精特新中小企业认定工作的通知', '各设区市工业和信息化局：\n根据工作安排，现组织开展2025年度江苏省专精特新中小企业认定工作。\n一、请各设区市工信局于9月25日前将联络员回执发送至jsgxt@163.com。\n二、各设区市工信局于10月31日前完成本地区评审工作，并将推荐企业名单报送省工信厅。\n联系电话：025-83360000\n\n江苏省工业和信息化厅\n2025年9月10日', '2025-09-10',
                 '2025-10-31', id='j2-n-prov-review-recommend-ruling'),
    # the districts' 评审推荐 date is the only one
    pytest.param('apply_deadline', '关于组织推荐2025年度常州市科技创新示范企业的通知', '各辖市、区科技局：\n为加快培育科技创新示范企业，现组织开展2025年度推荐工作。\n一、请各辖市、区科技局于2025年10月31日前完成辖区内评审推荐工作，并将推荐汇总表报送市科技局。\n联系电话：0519-85681838\n\n常州市科学技术局\n2025年9月10日', '2025-09-10',
                 '2025-10-31', id='j2-n-district-review-recommend-only'),
    # the entries' date and the publicity end after judging
    pytest.param('deadlines', '关于开展2025年度南通市优秀科技服务案例评选活动的通知', '各有关单位：\n为总结推广科技服务经验，市科技局决定开展2025年度优秀科技服务案例评选活动。\n一、参评机构须于2025年10月31日前将案例文本发至ntkjj@163.com。\n二、评选结束后，拟入选名单将于12月1日至12月5日在市科技局网站公示。\n联系电话：0513-85098765\n\n南通市科学技术局\n2025年9月12日', '2025-09-12',
                 ['2025-10-31', '2025-12-05'], id='j2-n-publicity-after-selection'),
    # doc number and programme year both 2025, 9月30日 is a Tuesday in 2025: the weekday agrees, nothing moves
    pytest.param('apply_deadline', '关于组织申报2025年度无锡市工业互联网示范项目的通知', '锡工信发〔2025〕118号\n各市（县）、区工信局，有关企业：\n为加快工业互联网创新发展，现组织开展2025年度无锡市工业互联网示范项目申报工作。请符合条件的企业于9月30日（星期二）17:00前通过网上申报系统提交申报材料，逾期不予受理。\n联系人：王科长，电话：0510-81821234。\n无锡市工业和信息化局', None,
                 '2025-09-30', id='w1-n-docno-weekday-right'),
    # notice numbered 〔2025〕; 9月29日 is a Monday in 2025, the source's 星期二 is a one-day typo that happens to be 2026's weekday; the number dates the notice, not the typo
    pytest.param('apply_deadline', '关于组织申报2025年度常州市智能制造示范工厂的通知', '常工信技〔2025〕76号\n各辖市、区工信局，常州经开区经发局：\n根据工作安排，现组织开展2025年度常州市智能制造示范工厂申报工作。请各申报企业于9月29日（星期二）前将申报材料报送至所在辖市、区工信部门，逾期不予受理。\n联系电话：0519-85681838。\n常州市工业和信息化局', None,
                 '2025-09-29', id='w1-n-docno-typo-next'),
    # the text names 2025 as its working year; 10月15日 2025 is a Wednesday, 星期二 is a typo that fits 2024, so the change moves the call back a year
    pytest.param('apply_deadline', '关于组织申报2025年度苏州市企业技术中心认定的通知', '各县级市（区）工信局、苏州工业园区经济发展委员会：\n为做好2025年度苏州市企业技术中心认定工作，现将有关事项通知如下。请申报企业于10月15日（星期二）前登录苏州市工业和信息化局网站在线填报，并将纸质材料一式两份报送所在地工信部门。\n联系人：李女士，电话：0512-68616245。\n苏州市工业和信息化局', None,
                 '2025-10-15', id='w1-n-named-typo-prev'),
    # the window's full start date 2025年9月1日（星期一） proves 2025; the end's 星期二 is a typo (2025-09-29 is a Monday) that fits 2026, and must not move the bureaus' 10月15日 to 2026
    pytest.param('deadlines', '关于组织申报2025年度南通市专精特新中小企业的通知', '各县（市、区）工信局：\n现组织开展2025年度南通市专精特新中小企业申报工作。申报时间为2025年9月1日（星期一）至9月29日（星期二），企业在线提交申报材料。各地工信部门于10月15日前完成审核推荐工作，并将推荐汇总表报送市工信局。\n联系电话：0513-59001234。\n南通市工业和信息化局', None,
                 ['2025-09-29', '2025-10-15'], id='w1-n-fullrange-end-typo'),
    # 明年1月9日 is read year-less by _weekdays_year (rel_year has no anchor there): it is a Friday in 2026 = 2025+1, so the anchor moves to 2026 and 明年 becomes 2027, 12月12日 2026
    pytest.param('deadlines', '关于组织申报2025年度扬州市科技计划项目的通知', '各县（市、区）科技局，各功能区科技主管部门，各有关单位：\n现组织开展2025年度扬州市科技计划项目申报工作。网上申报截止时间为12月12日17:00。纸质材料请于明年1月9日（星期五）前报送至市科技局，逾期不予受理。\n联系人：陈科长，电话：0514-87361234。\n扬州市科学技术局', None,
                 ['2025-12-12', '2026-01-09'], id='w1-n-mingnian-weekday'),
    # 次年1月16日 of a 2025 programme: a Friday in 2026, read as year-less it moves the anchor to 2026 and 次年 then gives 2027
    pytest.param('apply_deadline', '关于组织申报2025年度泰州市高新技术企业培育库入库企业的通知', '各市（区）科技局，医药高新区科技局：\n为做好2025年度泰州市高新技术企业培育库入库工作，现将有关事项通知如下。本年度第四批入库申报集中受理，申报企业须于次年1月16日（星期五）前在线提交申报材料。\n联系电话：0523-86839123。\n泰州市科学技术局', None,
                 '2026-01-16', id='w1-n-cinian-weekday'),
    # a notice of early 2025 citing the previous December's meeting (2024-12-20, a Friday): a past event's weekday, not the deadline's, moves 3月14日 to 2024
    pytest.param('apply_deadline', '关于组织申报2025年度镇江市科技创新券的通知', '各辖市、区科技局，镇江新区、高新区科技主管部门：\n为贯彻落实12月20日（星期五）召开的全市科技创新大会精神，现组织开展2025年度镇江市科技创新券申领工作。请符合条件的科技型中小企业于3月14日前登录镇江市科技创新券服务平台提交申请。\n联系电话：0511-84431234。\n镇江市科学技术局', None,
                 '2025-03-14', id='w1-n-past-meeting-prev-dec'),
    # the review meeting's date after New Year (2026-01-08, a Thursday) is not the deadline's; its weekday moves the applicants' 12月12日 to 2026
    pytest.param('apply_deadline', '关于组织申报2025年度盐城市绿色工厂的通知', '各县（市、区）工信局，盐城经济技术开发区、盐南高新区经发局：\n现组织开展2025年度盐城市绿色工厂申报工作。请申报企业于12月12日前将申报材料报送所在地工信部门。市工信局拟于1月8日（星期四）组织专家集中评审，具体安排另行通知。\n联系电话：0515-88301234。\n盐城市工业和信息化局', None,
                 '2025-12-12', id='w1-n-review-meeting-next-jan'),
    # 去年 is no relative year of DATE_MENTION, so 去年11月20日（星期三） (2024) counts as a year-less weekday date and moves the 2025 call back a year
    pytest.param('apply_deadline', '关于组织申报2025年度淮安市服务型制造示范企业的通知', '各县区工信局，市各开发区经发局：\n去年11月20日（星期三）召开的全市服务型制造推进会对示范创建作出部署。现组织开展2025年度淮安市服务型制造示范企业申报工作，请符合条件的企业于10月31日前将申报材料报送所在地工信部门。\n联系电话：0517-83661234。\n淮安市工业和信息化局', None,
                 '2025-10-31', id='w1-n-last-year-event'),
    # a cited document's full date with its weekday is skipped (it has a year); the deadline's weekday agrees with 2025
    pytest.param('apply_deadline', '关于组织申报2025年度徐州市小微企业创业创新示范基地的通知', '徐工信发〔2025〕52号\n各县（市、区）工信局，徐州经济技术开发区经发局：\n根据省工信厅2019年3月1日（星期五）印发的《江苏省小型微型企业创业创新示范基地建设管理办法》，现组织开展2025年度市级示范基地申报工作。请各基地运营单位于10月17日（星期五）前报送申报材料。\n联系电话：0516-83731234。\n徐州市工业和信息化局', None,
                 '2025-10-17', id='w1-n-cited-fulldate-weekday'),
    # full and year-less dates both with weekdays right for 2025
    pytest.param('apply_deadline', '关于组织申报2025年度宿迁市中小企业公共服务示范平台的通知', '各县（区）工信局，市各功能区经发局：\n现组织开展2025年度宿迁市中小企业公共服务示范平台申报工作。申报时间为2025年9月15日（星期一）至9月30日（星期二），请申报单位在规定时间内提交材料。\n联系电话：0527-84361234。\n宿迁市工业和信息化局', None,
                 '2025-09-30', id='w1-n-fulldate-weekday-consistent'),
    # office hours (星期一至星期五) are no weekday note of a date
    pytest.param('apply_deadline', '关于组织申报2025年度连云港市首台（套）重大装备的通知', '各县区工信局，各功能板块经发局：\n现组织开展2025年度连云港市首台（套）重大装备认定申报工作。请申报企业于10月31日前报送纸质材料。受理时间：工作日（星期一至星期五）上午9:00-11:30，下午14:00-17:00。\n联系电话：0518-85821234。\n连云港市工业和信息化局', None,
                 '2025-10-31', id='w1-n-office-hours-weekday-range'),
    # （周末） is no weekday WEEKDAY_WRITTEN reads
    pytest.param('apply_deadline', '关于组织申报2025年度常州市数字化转型服务商的通知', '各辖市、区工信局：\n现组织开展2025年度常州市数字化转型服务商遴选工作。网上申报截止时间为11月14日，系统于11月15日（周末）起关闭，请申报单位合理安排时间。\n联系电话：0519-85681839。\n常州市工业和信息化局', None,
                 '2025-11-14', id='w1-n-weekend-note'),
    # a publication date: the weekday typo (2026's) changes nothing
    pytest.param('apply_deadline', '关于组织申报2025年度无锡市专精特新中小企业的通知', '各市（县）、区工信局：\n现组织开展2025年度无锡市专精特新中小企业申报工作。请申报企业于9月29日（星期二）前完成网上申报，逾期不予受理。\n联系电话：0510-81821235。\n无锡市工业和信息化局', '2025-09-10',
                 '2025-09-29', id='w1-n-published-typo'),
    # a publication date resolves the year as before
    pytest.param('apply_deadline', '关于组织申报2024年度研发费用后补助的通知', '各区科技局：\n现组织开展2024年度企业研发费用后补助申报工作。申报时间为8月18日（星期一）至8月29日（星期五），逾期不予受理。\n联系电话：025-68788796。\n南京市科学技术局', '2025-08-15',
                 '2025-08-29', id='w1-n-published-programme-year'),
    # a signing date: the weekday typo changes nothing
    pytest.param('apply_deadline', '关于组织申报2025年度苏州市绿色工厂的通知', '各县级市（区）工信局：\n现组织开展2025年度苏州市绿色工厂申报工作。请申报企业于9月29日（星期二）前将申报材料报送所在地工信部门。\n联系电话：0512-68616246。\n苏州市工业和信息化局\n2025年9月8日', None,
                 '2025-09-29', id='w1-n-signed-typo'),
    # weekdays disagree (one fits 2025, the typo 2026): nothing moves
    pytest.param('apply_deadline', '关于组织申报2025年度南通市企业技术中心的通知', '各县（市、区）工信局：\n现组织开展2025年度南通市企业技术中心认定工作。网上申报自9月15日（星期一）开始，9月29日（星期二）截止，逾期系统自动关闭。\n联系电话：0513-59001235。\n南通市工业和信息化局', None,
                 '2025-09-29', id='w1-n-disagree-weekdays'),
    # a notice numbered 〔2025〕 that kept last year's template weekdays (both fit 2024): the number dates it; the change moves it to 2024
    pytest.param('apply_deadline', '关于组织申报2025年度泰州市工业互联网标杆工厂的通知', '泰工信发〔2025〕41号\n各市（区）工信局，医药高新区经发局：\n现组织开展2025年度泰州市工业互联网标杆工厂申报工作。申报时间为8月18日（星期日）至9月5日（星期四），请申报企业在规定时间内在线提交材料。\n联系电话：0523-86839124。\n泰州市工业和信息化局', None,
                 '2025-09-05', id='w1-n-template-weekdays-last-year'),
    # a window across New Year, weekdays right (2025 and 2026): they disagree, nothing moves
    pytest.param('apply_deadline', '关于组织申报2025年度扬州市中小企业数字化转型项目的通知', '各县（市、区）工信局，各功能区经发局：\n现组织开展2025年度扬州市中小企业数字化转型项目申报工作。申报时间为12月22日（星期一）至1月16日（星期五），请申报企业在线提交材料。\n联系电话：0514-87361235。\n扬州市工业和信息化局', None,
                 '2026-01-16', id='w1-n-newyear-range-correct'),
    # a full 2025 date with its weekday beside a year-less one with a typo (10月24日 2025 is a Friday; 星期四 fits 2024): the full date is not weighed, 10月24日 goes to 2024
    pytest.param('deadlines', '关于组织申报2025年度镇江市工业企业技术改造项目的通知', '各辖市、区工信局，镇江新区经发局：\n现组织开展2025年度镇江市工业企业技术改造项目申报工作。网上填报系统于10月24日（星期四）关闭，纸质材料报送截止时间为2025年10月31日（星期五）。\n联系电话：0511-84431235。\n镇江市工业和信息化局', None,
                 ['2025-10-24', '2025-10-31'], id='w1-n-fulldate-deadline-beside-typo'),
    # 礼拜 form, right for 2025
    pytest.param('apply_deadline', '关于组织申报2025年度盐城市星级上云企业的通知', '各县（市、区）工信局：\n现组织开展2025年度盐城市星级上云企业申报工作。请申报企业于10月17日（礼拜五）前完成网上申报并提交纸质材料。\n联系电话：0515-88301235。\n盐城市工业和信息化局', None,
                 '2025-10-17', id='w1-n-lichbai-right'),
    # a past event's weekday in the same year: nothing moves
    pytest.param('apply_deadline', '关于组织申报2025年度淮安市专精特新中小企业的通知', '各县区工信局，市各开发区经发局：\n7月11日（星期五）已举办专精特新政策宣讲培训。现组织开展2025年度淮安市专精特新中小企业申报工作，请申报企业于10月31日前完成网上申报。\n联系电话：0517-83661235。\n淮安市工业和信息化局', None,
                 '2025-10-31', id='w1-n-training-same-year'),
    # the ministry publishes the document: national
    pytest.param('regions', '', '日前，工业和信息化部印发《关于加快推进中小企业数字化转型的指导意见》，明确了未来三年的重点任务。意见提出，到2027年，中小企业数字化转型取得显著成效。', '2025-09-15',
                 ['全国'], id='c1-n-miit-issued-opinion'),
    # two co-issuers, then 联合印发 and one title
    pytest.param('regions', '', '国家发展改革委、财政部联合印发了《关于进一步做好节能降碳工作的通知》，部署下一阶段节能降碳重点工作。通知要求，各地要严格落实能耗双控制度。', '2025-09-15',
                 ['全国'], id='c1-n-ndrc-mof-jointly-issued'),
    # a long co-issuer list before one title: the last body is within reach of 联合印发
    pytest.param('regions', '', '工业和信息化部、国家发展改革委、教育部、财政部、人力资源社会保障部等八部门联合印发《制造业数字化转型行动方案》，提出到2027年的主要目标。', '2025-09-15',
                 ['全国'], id='c1-n-eight-departments-listed'),
    # a title the ministry opens, then 近日印发
    pytest.param('regions', '', '《商务部关于开展2025年全国消费促进月活动的通知》近日印发，部署各地开展形式多样的促消费活动。', '2025-09-15',
                 ['全国'], id='c1-n-mofcom-title-then-issued'),
    # 中共中央 opens the title; 国务院 is its co-issuer (skipped, but the title's opener suffices)
    pytest.param('regions', '', '《中共中央 国务院关于促进民营经济发展壮大的意见》近日印发，对促进民营经济发展壮大作出部署。', '2025-09-15',
                 ['全国'], id='c1-n-cpc-state-council-title-issued'),
    # joint title opened by 财政部, then 近日发布
    pytest.param('regions', '', '《财政部 税务总局关于进一步支持小微企业和个体工商户发展有关税费政策的公告》近日发布，延续实施一系列税费优惠政策。', '2025-09-15',
                 ['全国'], id='c1-n-mof-sat-title-issued'),
    # a central body's office publishes
    pytest.param('regions', '', '日前，国家知识产权局办公室印发《关于组织开展2025年度专利转化运用优秀案例征集工作的通知》，面向各地征集优秀案例。', '2025-09-15',
                 ['全国'], id='c1-n-cnipa-office-issued'),
    # 商务部等9部门 … 联合印发
    pytest.param('regions', '', '商务部等9部门近日联合印发《关于推动服务外包加快转型升级的指导意见》，提出到2025年服务外包产业实现规模化发展的目标。', '2025-09-15',
                 ['全国'], id='c1-n-mofcom-nine-departments'),
    # joint title with a number naming 工信部, then 印发以来
    pytest.param('regions', '', '《工业和信息化部 国家发展改革委 财政部关于印发〈制造业新型技术改造城市试点工作方案〉的通知》（工信部联规〔2024〕150号）印发以来，各试点城市积极推进，成效初显。', '2025-09-15',
                 ['全国'], id='c1-n-miit-docnum-joint-title'),
    # two offices' joint title, then 近日印发
    pytest.param('regions', '', '《工业和信息化部办公厅 国家发展改革委办公厅关于组织开展2025年度智能制造系统解决方案揭榜挂帅工作的通知》近日印发，面向全国征集揭榜单位。', '2025-09-15',
                 ['全国'], id='c1-n-miit-ndrc-offices-title-issued'),
    # the body cites a law and then publishes: national
    pytest.param('regions', '', '近日，国家发展改革委依据《中华人民共和国价格法》修订发布了《政府制定价格成本监审办法》，自2025年3月1日起施行。', '2025-09-15',
                 ['全国'], id='c1-n-ndrc-revised-per-price-law'),
    # a ministry hands down a notice in a report naming no local body
    pytest.param('regions', '', '农业农村部近日下发通知，启动2025年国家现代农业产业园创建工作，要求各地严格把关、择优推荐。', '2025-09-15',
                 ['全国'], id='c1-n-moa-handed-down'),
    # body, short title, then 日前公布 within reach
    pytest.param('regions', '', '国家发展改革委《关于修订〈价格法〉的决定》日前公布，自公布之日起施行。', '2025-09-15',
                 ['全国'], id='c1-n-ndrc-short-title-then-published'),
    # body, a long title, then 近日正式印发: the ministry published it
    pytest.param('regions', '', '工业和信息化部《关于印发〈促进中小企业特色产业集群发展暂行办法〉的通知》近日正式印发，明确了集群认定的条件和程序。办法提出，到2025年，培育200个左右国家级中小企业特色产业集群。', '2025-09-15',
                 ['全国'], id='c1-n-miit-title-with-verb-then-issued'),
    # a national report: the commission's notice announcing a national list
    pytest.param('regions', '', '近日，国家发展改革委《关于公布第三十一批国家企业技术中心名单的通知》，认定了一批国家企业技术中心，涉及装备制造、新材料等多个领域。', '2025-09-15',
                 ['全国'], id='c1-n-ndrc-title-announcing-list'),
    # body, long title, then 正式发布
    pytest.param('regions', '', '近日，国家知识产权局《关于发布〈专利导航指南〉系列推荐性国家标准的公告》正式发布，明确了专利导航工作的基本要求。', '2025-09-15',
                 ['全国'], id='c1-n-cnipa-title-with-release'),
    # a joint title opened by a central body not in the list (中央网信办): its co-issuers are central
    pytest.param('regions', '', '《中央网信办秘书局 国家发展改革委办公厅 工业和信息化部办公厅关于印发〈数字化绿色化协同转型发展实施指南〉的通知》日前印发，指南明确了重点任务。', '2025-09-15',
                 ['全国'], id='c1-n-cac-led-joint-title'),
    # the commission's order (its full name after 中华人民共和国) publishes the catalogue
    pytest.param('regions', '', '《中华人民共和国国家发展和改革委员会令》（第7号）公布了《产业结构调整指导目录（2024年本）》，自2024年2月1日起施行。', '2025-09-15',
                 ['全国'], id='c1-n-ndrc-order-title'),
    # a city bureau citing a ministry's measures
    pytest.param('regions', '', '根据工业和信息化部《优质中小企业梯度培育管理暂行办法》，泰州市工业和信息化局现组织开展2025年度创新型中小企业评价工作，请符合条件的企业积极申报。', '2025-09-15',
                 ['泰州市'], id='c1-n-local-taizhou-cites-miit'),
    # a city bureau citing a ministry office's title
    pytest.param('regions', '', '为贯彻落实《工业和信息化部办公厅关于开展2025年度中小企业数字化转型城市试点工作的通知》精神，常州市工业和信息化局决定组织开展本市第二批试点申报工作，现将有关事项通知如下。', '2025-09-15',
                 ['常州市'], id='c1-n-local-changzhou-cites-office-title'),
    # a district bureau citing a list of documents, the ministry's among them: local
    pytest.param('regions', '', '按照《江苏省中小企业促进条例》《关于做好减负政策落实工作的通知》和财政部印发的《政府采购促进中小企业发展管理办法》要求，经研究，盐都区财政局决定开展2025年度政府采购支持中小企业专项检查，现将有关事项通知如下。', '2025-09-15',
                 ['盐都区'], id='c1-n-local-yandu-title-with-luoshi'),
    # a district bureau putting cited documents into effect: local
    pytest.param('regions', '', '为推动《关于加快推进政策落实见效的意见》和国家发展改革委制定的《关于完善政府诚信履约机制优化民营经济发展环境的通知》落地，经区政府同意，江宁区发展和改革局拟开展政府违约失信问题专项排查，现将有关事项通知如下。', '2025-09-15',
                 ['江宁区'], id='c1-n-local-jiangning-title-with-luoshi'),
    # a county-level city's bureau citing documents: local
    pytest.param('regions', '', '依照《江苏省价格条例》《关于严格执行收费公示制度的通知》和国家发展改革委印发的《关于进一步清理规范涉企收费的意见》，兴化市市场监督管理局决定开展2025年涉企收费专项检查，现将有关事项通知如下。', '2025-09-15',
                 ['兴化市'], id='c1-n-local-xinghua-title-with-zhixing'),
    # the opening's 根据 governs the State Council title only; the commission then publishes: national
    pytest.param('regions', '', '根据《国务院关于印发〈2024—2025年节能降碳行动方案〉的通知》部署，国家发展改革委会同有关部门印发了《重点行业节能降碳改造升级实施指南（2025年版）》，明确了钢铁、有色、建材等行业的改造目标和主要任务。', '2025-06-18',
                 ['全国'], id='c2-n-genju-state-council-then-ndrc-huitong'),
    # 为贯彻落实《…法》， then 工业和信息化部印发: the ministry is the subject that publishes
    pytest.param('regions', '', '为贯彻落实《中华人民共和国中小企业促进法》，日前，工业和信息化部印发《中小企业公共服务体系建设指南》，提出到2027年基本建成覆盖全国的中小企业服务网络。', '2025-06-18',
                 ['全国'], id='c2-n-luoshi-law-then-miit-issued'),
    # 依据《…》， then a central bureau publishing a bulletin: national
    pytest.param('regions', '', '依据《中华人民共和国统计法》，国家统计局近日发布《2024年全国科技经费投入统计公报》，全年研究与试验发展经费投入继续保持较快增长。', '2025-06-18',
                 ['全国'], id='c2-n-yiju-statistics-law-nbs-published'),
    # 为推动《…》落地见效， then the ministry publishes: national (推动《 is new in CITATION_BEFORE)
    pytest.param('regions', '', '为推动《中华人民共和国中小企业促进法》各项规定落地见效，工业和信息化部近日印发《关于健全中小企业服务体系的实施意见》，部署六方面重点任务。', '2025-06-18',
                 ['全国'], id='c2-n-tuidong-law-then-miit-issued'),
    # 根据《…法》及其实施细则， then 国家知识产权局近日发布: national
    pytest.param('regions', '', '根据《中华人民共和国专利法》及其实施细则，国家知识产权局近日发布《专利审查指南》修改决定，自2025年7月1日起施行。', '2025-06-18',
                 ['全国'], id='c2-n-genju-patent-law-cnipa-published'),
    # 按照《国务院…》要求， then 商务部等14部门联合印发 (cited provinces are the pilots, not the issuer)
    pytest.param('regions', '', '按照《国务院关于推动内外贸一体化发展的意见》要求，商务部等14部门日前联合印发《内外贸一体化试点地区名单》，确定北京、上海、江苏等地开展试点。', '2025-06-18',
                 ['全国'], id='c2-n-anzhao-plan-then-mofcom-issued'),
    # a co-issuer list after the citation: the second body escapes the citation's reach (a control)
    pytest.param('regions', '', '为贯彻落实《中共中央 国务院关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的意见》，国家发展改革委、国家能源局近日联合印发《关于加快推动新型储能发展的实施意见》。', '2025-06-18',
                 ['全国'], id='c2-n-luoshi-coissuers-after-citation'),
    # a national explainer: six ministries' joint notice 提出…; nothing local is named
    pytest.param('regions', '', '《人力资源社会保障部 国家发展改革委 教育部 财政部 农业农村部 国家乡村振兴局关于印发〈技能培训促就业行动方案〉的通知》提出，到2027年累计开展补贴性职业技能培训5000万人次以上。', '2025-06-18',
                 ['全国'], id='c2-n-six-coissuers-title-tichu'),
    # the ministry's order (its number written after the title, no brackets) publishes the measures
    pytest.param('regions', '', '《中华人民共和国财政部令》第118号公布了修订后的《政府采购需求管理办法》，自2025年9月1日起施行，原办法同时废止。', '2025-06-18',
                 ['全国'], id='c2-n-finance-order-number-then-published'),
    # a title the bureau opens, then 日前正式发布 (four characters between)
    pytest.param('regions', '', '《国家数据局关于开展2025年数据要素×典型案例征集活动的通知》日前正式发布，面向社会征集优秀案例。', '2025-06-18',
                 ['全国'], id='c2-n-title-rijin-zhengshi-fabu'),
    # an untitled-issuer title, then 由国务院办公厅印发 (a control)
    pytest.param('regions', '', '《关于促进银发经济发展增进老年人福祉的意见》近日由国务院办公厅印发，提出26项举措。', '2025-06-18',
                 ['全国'], id='c2-n-title-yinfa-by-state-council-office'),
    # three ministries' joint title, number, then 于近日印发
    pytest.param('regions', '', '《工业和信息化部 国家发展改革委 商务部关于开展2025年度消费品工业“三品”战略示范城市建设工作的通知》（工信部联消费函〔2025〕88号）于近日印发。', '2025-06-18',
                 ['全国'], id='c2-n-title-coissuers-number-yu-jinri'),
    # a city bureau's report on what it did after a national document appeared: the city's
    pytest.param('regions', '', '《国务院办公厅关于进一步优化支付服务提升支付便利性的意见》（国办发〔2024〕10号）印发后，泰州市商务局迅速行动，会同人民银行泰州市分行在全市重点商圈开展支付便利化专项行动。', '2025-06-18',
                 ['泰州市'], id='c2-n-local-report-docnum-issued-taizhou'),
    # a county bureau relaying a central document to its towns
    pytest.param('regions', '', '现将《财政部 农业农村部关于下达2025年农业相关转移支付资金预算的通知》（财农〔2025〕15号）印发给你们，请结合实际认真贯彻执行。各乡镇请于2025年7月10日前将资金分配方案报送涟水县农业农村局。', '2025-06-18',
                 ['涟水县'], id='c2-n-local-forward-yinfa-geini-lianshui'),
    # 国家税务总局江苏省税务局 is a provincial body, a co-issuer with 江苏省财政厅: the province's
    pytest.param('regions', '', '《江苏省财政厅 国家税务总局江苏省税务局关于进一步实施小微企业“六税两费”减免政策的公告》近日发布，明确我省继续对小规模纳税人按50%税额幅度减征资源税等“六税两费”。', '2025-06-18',
                 ['江苏省'], id='c2-n-local-tax-coissuer-title-published'),
    # a provincial joint title whose co-issuers are central bodies' provincial branches
    pytest.param('regions', '', '《江苏省地方金融管理局 国家金融监督管理总局江苏监管局 中国人民银行江苏省分行关于开展2025年“金融服务专精特新企业”专项行动的通知》近日印发，推动全省金融机构加大对专精特新企业的信贷支持。', '2025-06-18',
                 ['江苏省'], id='c2-n-local-finance-bureaus-coissuer-title'),
    # a county-level city's supplementary notice: its own earlier title names the ministry's programme
    pytest.param('regions', '', '《关于做好2025年度工业和信息化部制造业单项冠军企业遴选推荐工作的通知》已于近日印发，现将有关事项补充通知如下：请符合条件的企业于2025年7月15日前将申报材料报送至江阴市工业和信息化局。', '2025-06-18',
                 ['江阴市'], id='c2-n-local-supplement-title-with-ministry'),
    # a city bureau citing two central titles (a control)
    pytest.param('regions', '', '为认真贯彻落实《中共中央 国务院关于促进民营经济发展壮大的意见》和《国务院办公厅关于进一步优化营商环境降低市场主体制度性交易成本的意见》精神，扬州市工业和信息化局决定开展2025年度民营企业服务月活动。', '2025-06-18',
                 ['扬州市'], id='c2-n-local-cites-two-state-titles-yangzhou'),
    # 财政部 cites the law and then publishes together with the commission: both are the publishers
    pytest.param('regions', '', '近日，财政部根据《中华人民共和国政府采购法》会同国家发展改革委制定印发了《政府采购合作创新采购方式管理暂行办法》，自2025年1月1日起施行。', '2025-08-20',
                 ['全国'], id='c3-n-mof-genju-law-huitong-ndrc-zhiding'),
    # 商务部 …按照《…》要求会同 国家发展改革委等部门印发了: the co-issuer is acting, not cited
    pytest.param('regions', '', '商务部按照《国务院关于推动内外贸一体化发展的意见》要求会同国家发展改革委等部门印发了《内外贸一体化试点工作方案》，在全国范围内遴选一批试点地区。', '2025-08-20',
                 ['全国'], id='c3-n-mofcom-anzhao-opinion-huitong-ndrc'),
    # 依据《…》等法律法规会同国家能源局修订印发: the co-issuer publishes
    pytest.param('regions', '', '日前，国家发展改革委依据《中华人民共和国价格法》等法律法规会同国家能源局修订印发了《天然气管道运输价格管理办法》，进一步规范管道运输价格行为。', '2025-08-20',
                 ['全国'], id='c3-n-ndrc-yiju-laws-huitong-nea-revised'),
    # the body opens the title being published (《国务院…》近日正式发布); 依据 governs the law only
    pytest.param('regions', '', '依据《中华人民共和国反垄断法》制定的《国务院反垄断委员会关于平台经济领域的反垄断指南》近日正式发布，为平台经济领域经营者依法合规经营提供指引。', '2025-08-20',
                 ['全国'], id='c3-n-yiju-law-zhiding-de-state-council-title'),
    # a reposted text writing the inner title with 《》: 落实 lies inside the published title; 由工业和信息化部印发
    pytest.param('regions', '', '《关于贯彻落实《中华人民共和国中小企业促进法》的实施意见》近日由工业和信息化部印发，提出六方面二十条措施。', '2025-08-20',
                 ['全国'], id='c3-n-nested-luoshi-title-by-miit'),
    # the same text with the inner title in 〈〉 (a control for the nested one)
    pytest.param('regions', '', '《关于贯彻落实〈中华人民共和国中小企业促进法〉的实施意见》近日由工业和信息化部印发，提出六方面二十条措施。', '2025-08-20',
                 ['全国'], id='c3-n-angle-luoshi-title-by-miit'),
    # a reposted report whose comma became a space: the commission publishes
    pytest.param('regions', '', '为落实《2025年国务院政府工作报告》部署 国家发展改革委近日印发《关于进一步做好稳就业稳外贸工作的若干措施》，提出十项举措。', '2025-08-20',
                 ['全国'], id='c3-n-luoshi-report-space-then-ndrc'),
    # a colon ends the citing clause: 生态环境部 publishes the bulletin
    pytest.param('regions', '', '根据《中华人民共和国环境保护法》有关要求：生态环境部近日发布《2024中国生态环境状况公报》，全面反映全国生态环境质量状况。', '2025-08-20',
                 ['全国'], id='c3-n-genju-law-yaoqiu-colon-mee'),
    # two cited titles, a comma, then two co-issuers publishing: the next clause's bodies are not cited
    pytest.param('regions', '', '根据《中华人民共和国能源法》和《国务院关于加快构建新型电力系统的意见》有关部署，国家发展改革委、国家能源局近日联合印发《电力系统调节能力优化专项行动实施方案（2025—2027年）》。', '2025-08-20',
                 ['全国'], id='c3-n-genju-two-titles-comma-ndrc-nea-joint'),
    # seven co-issuers before one title
    pytest.param('regions', '', '国家发展改革委、工业和信息化部、财政部、自然资源部、生态环境部、商务部、海关总署等部门近日联合印发《关于促进塑料污染全链条治理的实施方案》，明确了重点任务。', '2025-08-20',
                 ['全国'], id='c3-n-seven-bodies-list-then-issued'),
    # the body cites a short law in its own clause and publishes: nothing precedes the body
    pytest.param('regions', '', '日前，商务部依据《对外贸易法》发布了《两用物项出口管制清单》，自2025年9月1日起施行。', '2025-08-20',
                 ['全国'], id='c3-n-mofcom-yiju-short-law-published'),
    # a title in which 落实〈…〉 is the title's own wording, then 由…联合印发
    pytest.param('regions', '', '《关于落实〈关于完善政府诚信履约机制优化民营经济发展环境的通知〉的工作方案》由国家发展改革委、财政部联合印发，明确了六项重点任务。', '2025-08-20',
                 ['全国'], id='c3-n-title-angle-luoshi-by-ndrc-mof'),
    # 推动 inside the published title, the body before it
    pytest.param('regions', '', '近日，工业和信息化部办公厅印发《推动〈工业领域碳达峰实施方案〉落地见效的工作要点》，部署2025年重点任务。', '2025-08-20',
                 ['全国'], id='c3-n-miit-issued-title-with-tuidong'),
    # the first sentence publishes; a citation in the next sentence does not matter
    pytest.param('regions', '', '国家统计局日前发布《2025年上半年国民经济运行情况》。根据《中华人民共和国统计法》和财政部《关于统计经费的通知》，各地统计机构负责数据采集。', '2025-08-20',
                 ['全国'], id='c3-n-nbs-two-sentences-cites-later'),
    # three co-issuers, 联合公布
    pytest.param('regions', '', '国家互联网信息办公室、工业和信息化部、公安部近日联合公布《生成式人工智能服务安全管理暂行规定（修订）》，自2025年10月1日起施行。', '2025-08-20',
                 ['全国'], id='c3-n-cac-miit-joint-long-title-publish'),
    # 推动《…》 then a comma: the body in the next clause publishes
    pytest.param('regions', '', '为推动《国务院关于进一步提高上市公司质量的意见》落地见效，国务院国资委近日印发《关于改进和加强中央企业控股上市公司市值管理工作的若干意见》。', '2025-08-20',
                 ['全国'], id='c3-n-tuidong-comma-then-sasac-issued'),
    # a single ministry and 出台
    pytest.param('regions', '', '人力资源社会保障部近日出台《关于加强新就业形态劳动者权益保障的指导意见》，明确了平台企业的用工责任。', '2025-08-20',
                 ['全国'], id='c3-n-mohrss-title-issued-plain'),
    # the ministry right after 根据: cited at the base already
    pytest.param('regions', '', '根据财政部《政府采购需求管理办法》，丹阳市财政局决定开展2025年度政府采购需求管理专项检查，请各预算单位做好自查。', '2025-08-20',
                 ['丹阳市'], id='c3-n-local-danyang-cites-mof-then-city'),
    # 执行《》和市场监管总局《》: the city bureau's check
    pytest.param('regions', '', '执行《江苏省物价局关于规范收费公示的通知》和市场监管总局《明码标价和禁止价格欺诈规定》，仪征市市场监督管理局决定开展2025年度明码标价专项检查。', '2025-08-20',
                 ['仪征市'], id='c3-n-local-yizheng-zhixing-titles'),
]


@pytest.mark.parametrize("field, title, text, published, expected", REVIEW_CASES)
def test_round_73_review_cases(field, title, text, published, expected):
    assert review_reading(field, title, text, published) == review_expected(expected)
