"""Round 35 of the blind-set method: rules shown by two or more independent labelled texts, each
tested here on phrasings written for these tests (the sets' own texts stay outside the project)."""
import pytest

from round_helpers import deadline_dates, extracted, kind, subjects, untitled_kind

CALL = "关于组织开展2024年专精特新“小巨人”企业申报工作的通知"


@pytest.mark.parametrize("text, expected", [
    # a window "…至…期间" followed by the way to act, after a comma (r153_01, and a 酉阳 page of 2023)
    ("一、企业申报。申报企业须严格按照通知要求，在2024年4月28日至5月6日期间，通过线上报送系统提交申请。",
     ["2024-05-06"]),
    ("符合条件的企业于3月15日至4月10日期间，登录优质中小企业梯度培育平台填报申请书。", ["2024-04-10"]),
    # …also with no comma, with 自行, or handing papers in (the review's phrasings)
    ("请申报单位于2024年5月6日至5月20日期间通过市工信局网站统一报送申报材料。", ["2024-05-20"]),
    ("申报单位于2024年4月20日至5月10日期间，自行通过省科技厅系统提交申请。", ["2024-05-10"]),
    ("各申报单位于2024年4月20日至5月10日期间，将备案材料纸质版一式两份报送至市科技局。", ["2024-05-10"]),
    # (a period the applicant's deeds fall in stays a reference period, also when it names a way to act)
    ("企业在2024年1月1日至12月31日期间，通过银行贷款购置设备的，可申请贴息。", []),
    ("2024年3月1日至10月31日期间，通过某平台报名参加境外重点展会的外贸企业，可申请展位费补贴。", []),
    # (nor what the firms did in it: the second review's phrasings)
    ("支持条件：2024年1月1日至6月30日期间，通过省商务厅统一组织报名参加境外展会，且已完成参展。", []),
    ("支持条件：2023年7月1日至2024年3月31日期间，通过省工业和信息化厅组织申报并获批省级标杆工厂。", []),
])
def test_a_window_with_its_act_after_a_comma_is_a_deadline(text, expected):
    assert deadline_dates(CALL, text, "2024-04-01") == expected


@pytest.mark.parametrize("text", [
    # insurance taken out by a date is a condition on the applicant (r158_19, r158_06)
    "支持对象：已通过资格审定，于2024年10月15日前投保首批次新材料综合保险、处于资格有效期内的生产企业。",
    "支持对象：于2024年6月1日至2024年10月15日前投保首台（套）综合保险的企业。",
])
def test_insurance_taken_by_a_date_is_no_deadline(text):
    assert deadline_dates("关于组织开展2024年首批次新材料保险补偿资金申请工作的通知", text, "2024-09-01") == []


@pytest.mark.parametrize("text, expected", [
    # insurance the readers are asked to take out by a date is an act (the review's phrasings)
    ("请各参赛队于2024年10月5日前办理意外伤害保险投保手续，并将投保凭证报送至组委会。", ["2024-10-05"]),
    ("请企业于2024年10月20日前完成投保并提交保费补贴申请表。", ["2024-10-20"]),
])
def test_insurance_asked_for_by_a_date_is_a_deadline(text, expected):
    assert deadline_dates("关于组织开展2024年保险补偿资金申请工作的通知", text, "2024-09-01") == expected


@pytest.mark.parametrize("title, text", [
    # a year's round organised under a policy's title (r158_15, r158_19)
    ("关于组织实施2024年首台（套）重大技术装备保险补偿政策的通知",
     "各省工业和信息化主管部门：根据实施细则，现组织实施2024年保险补偿政策资格审定和资金申请工作。有关事项通知如下："),
    ("关于做好2024年首批次新材料保险补偿政策工作的通知",
     "各有关单位：现组织开展2024年首批次新材料保险补偿资金申请和2025年资格审定工作，有关事项通知如下："),
])
def test_a_round_of_applying_organised_under_a_policy_title_is_a_call(title, text):
    assert kind(title, text) == "call"


@pytest.mark.parametrize("title, text", [
    ("关于组织实施首台（套）重大技术装备保险补偿政策的通知",
     "各有关单位：现组织实施《某市首台（套）重大技术装备保险补偿政策》，请认真贯彻执行。"),
    # (nor a policy carried out, or the requirements on a round: the review's phrasings)
    ("关于推动高新技术企业高质量发展的实施意见",
     "各区人民政府：现就实施高新技术企业倍增行动、做好高新技术企业培育和认定工作提出如下意见：一、加大培育力度。"),
    ("关于进一步做好首台（套）重大技术装备保险补偿政策实施工作的通知",
     "各有关单位：现就组织实施首台（套）保险补偿政策有关审定工作要求通知如下：一、严格审定标准。二、强化资金监管。"),
])
def test_a_policy_carried_out_is_not_a_call(title, text):
    assert kind(title, text) == "policy"


def test_the_hengqin_zone_issuing_for_itself_is_the_scope():
    # a named zone's own bodies issue for the zone alone (r139_19, r144_04; 横琴 governed jointly with Macao, r151_09)
    notice = extracted("横琴粤澳深度合作区经济发展局关于启动2024年专精特新中小企业认定工作的通知",
                       "合作区各有关单位：现启动认定工作，请于2024年10月15日前提交申报材料。", "2024-10-11")
    assert [region.name for region in notice.regions] == ["横琴粤澳深度合作区"]


@pytest.mark.parametrize("text, expected", [
    # a visit its leaders led, reported by its day (r160_07, r149_08)
    ("某某新闻网讯 3月2日，市委书记张某、市长李某带队走访我市部分重点企业，了解企业复工复产情况。"
     "张某指出，我市将一如既往地支持重点企业发展，相关部门要加大服务企业力度。", "event"),
    ("近日，区政协副主席王某一行调研走访辖区企业，听取企业诉求。王某强调，要完善惠企政策，优化营商环境。", "event"),
    ("5月8日，县长李某一行深入经济开发区调研走访重点企业。李某强调，要优化营商环境。", "event"),
    # (not a visit planned in a call's text)
    ("为做好2025年专精特新中小企业申报工作，请各县区工信局于5月10日前将推荐材料报送市工信局。", "call"),
])
def test_a_visit_its_leaders_led_is_an_event(text, expected):
    assert untitled_kind(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a converter's untoned pinyin followed by a blank (r138_03, r159_17)
    ("安徽召開全省經濟和信息化工作會(hui) 議。記者從(cong) 會(hui) 上獲悉", "安徽召開全省經濟和信息化工作會議。記者從會上獲悉"),
    ("各國有企業(ye) ,各人民團體(ti) ,各高等院校", "各國有企業,各人民團體,各高等院校"),
    # (toned pinyin, as before; a word in brackets stays)
    ("關(guān)于開(kāi)展", "關于開展"),
    ("申报书电子版(word) 一份，平台(app) 下载", "申报书电子版(word) 一份，平台(app) 下载"),
])
def test_a_converters_pinyin_is_removed(text, expected):
    from pipeline.normalize import without_converter_pinyin

    assert without_converter_pinyin(text) == expected


def test_a_meeting_report_with_a_converters_pinyin_is_an_event():
    text = ("某某網1月9日消息 1月8日,某省召開全省經濟和信息化工作會(hui) 議。記者從(cong) 會(hui) 上獲悉,"
            "2024年全省工業(ye) 經濟呈現總體(ti) 平穩的發展態勢。")
    assert extracted("2024年某省工業經濟發展趨勢向好", text, "2025-01-09").kind == "event"


def test_a_list_named_after_the_matters_announced_is_not_published():
    # "现将…公布" ends at the matters announced: a page flattened to one line (r153_06)
    text = ("各区经信部门：为做好我市2024年专精特新成长奖励资金兑现工作，现将有关事项通知如下：一、奖励范围（一）2023年工业和"
            "信息化部公布的第五批专精特新“小巨人”企业，二、工作要求 各区经信部门于2024年2月3日前将符合条件的企业名单报送至市经信局")
    assert untitled_kind(text) == "call"


@pytest.mark.parametrize("text, published, expected", [
    # a counted window whose end the next clause states: the stated end wins (r145_13; r133_07 agrees)
    ("三、申报时间\n申报时限自本通知发布之日起15个工作日，截止2023年5月15日。", "2023-04-21", ["2023-05-15"]),
    # (a count with no end stated still counts, and so does one whose next clause closes another act)
    ("三、申报时间\n申报时限自本通知发布之日起15个工作日。", "2023-04-21", ["2023-05-12"]),
    ("三、申报时间\n自本通知发布之日起15个工作日内完成网上填报，截止2023年5月15日前将纸质材料报送至市科技局。", "2023-04-21",
     ["2023-05-12", "2023-05-15"]),
    # a date closing the window before the refusal of late papers is its end (the review's phrasing)…
    ("三、申报时间\n自本通知发布之日起15个工作日，截止2023年5月15日，逾期不予受理。", "2023-04-21", ["2023-05-15"]),
    # …not a date by which firms must have done something ("逾期未报送…的企业", the second review's phrasing)
    ("一、截至2023年3月31日，逾期未报送统计数据的企业不得申报。\n二、申报截止时间为2023年5月15日。", "2023-04-21",
     ["2023-05-15"]),
])
def test_a_counted_window_yields_to_the_end_it_states(text, published, expected):
    assert deadline_dates("关于征集2024年度科技城政策支持项目的通知", text, published) == expected


@pytest.mark.parametrize("title, expected", [
    # an interpretation of a rule governing a carrier names the carrier (r135_05, r130_18, r158_13)
    ("政策解读：《某市科技企业孵化器、众创空间认定管理办法》", ["孵化器"]),
    ("《某区企业技术中心认定管理办法》政策解读", ["企业", "平台载体"]),
    ("科技部发布科技企业孵化器管理办法，推动孵化器高质量发展", ["孵化器"]),
    # (the second review's phrasings: rules of building, running or assessing)
    ("《某市工程技术研究中心建设管理办法》解读", ["平台载体"]),
    ("答记者问｜《某市企业技术中心认定与评价办法》出台", ["企业", "平台载体"]),
    # (a carrier only mentioned is no subject)
    ("某市孵化器发展情况新闻发布会答记者问", []),
])
def test_an_interpretation_of_a_rule_governing_a_carrier_names_it(title, expected):
    notice = extracted(title, "本报讯（记者 张三）近日，有关部门印发了管理办法，自2025年7月1日起施行。专家指出，办法明确了认定条件。",
                       "2025-06-01")
    assert notice.kind == "interpretation"
    assert sorted(subject.name for subject in notice.subjects) == expected


@pytest.mark.parametrize("title, text", [
    # a base for small firms' start-ups is a park applied for and a carrier, not its tenants (r148_03, r158_14,
    # r154_03; r131_05 and round 3's r17 tag the carrier), and an incubator (round 45: five sets tag 孵化器)
    ("关于2024年度某省小型微型企业创业创新示范基地名单的公示",
     "经基地自愿申报、各市推荐、专家评审，拟确定某某基地等30家基地为2024年度某省小型微型企业创业创新示范基地，现予公示。"),
    ("关于开展2024年某省小型微型企业创业创新基地确定工作的通知",
     "各市工信局：\n一、申报对象\n申报面向符合条件的市级小微企业创业创新基地。\n二、请于11月15日前报送省工信厅。"),
    # (also written 创新创业 or 双创: the second review's phrasings)
    ("关于推荐申报2025年度省级小微企业创新创业示范基地的通知", "各市工信局：请于11月15日前报送推荐材料。"),
    ("关于推荐2025年度省级小微企业双创示范基地的通知", "各市工信局：请于11月15日前报送推荐材料。"),
])
def test_a_base_for_small_firms_is_a_park(title, text):
    assert subjects(title, text) == ["孵化器", "平台载体", "政府园区"]


@pytest.mark.parametrize("title", [
    # a headline of a visit made to a place, 来 as 到 and 赴 (r163_10; r163_13 and r165_20 with 到)
    "省社科院调研组来某市调研工业经济发展情况",
    "副市长到市工信局调研",
    "市委书记来高新区调研科技创新工作",
])
def test_a_visit_headline_is_an_event(title):
    assert kind(title, "调研组一行听取了工业经济发展情况汇报。") == "event"


def test_a_span_of_time_is_no_visit():
    assert kind("五年来深入调研企业需求 我市出台支持中小企业发展二十条", "近日，我市出台支持中小企业发展二十条。") != "event"
