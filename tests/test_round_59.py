"""Round 59 of the blind-set method: rules shown by labelled texts of the evaluation sets r430-r509 and r511-r517
(r510-r517 were collected during the round; r510 and r515 are its final check), each tested here on phrasings written for
these tests (the sets' own texts stay outside the project). One table per field, read by one test per field; each row is
one case, and its id says which rule it pins or guards."""
import pytest

from round_helpers import deadline_dates, kind, untitled_kind

KINDS = [
    # what a decision does to those it lists, its list attached after the decision (r513_13, r478_13, r513_15), as
    # "确定…（名单见附件）" already read
    pytest.param("", "各有关单位：\n为加强新型研发机构建设，推动科技成果转化，现下达2024年度某省新型研发机构25家（名单见附件），请有关"
                 "单位认真落实相关扶持政策。", "publicity", id="recognised-units-handed-down-list-attached"),
    pytest.param("", "各县区科技局：\n根据本年度工作安排，调整市级个人科技特派员6名，其中不再保留3名，新选派3名，具体名单详见附件。\n"
                 "请各县区科技主管部门加强管理。", "publicity", id="a-roster-changed-list-attached"),
    pytest.param("", "各有关单位：\n我局于2023年发布绩效评估通知，评估不合格的给予一年整改期。现一年期已到，共有35个工程技术研究中心"
                 "整改不通过，现将撤销其工程技术研究中心资格，具体名单详见附件。\n特此通知。", "publicity",
                 id="titles-revoked-list-attached"),
    # (guards: the units a call asks to act, listed in its attachment; contacts listed)
    pytest.param("", "各有关单位：\n现对2022年认定但未参加绩效评估的工程中心开展整改工作（具体名单详见附件1），有关事项通知如下：\n"
                 "一、请于2025年4月15日前提交整改材料。", "call", id="units-a-call-asks-listed-in-its-attachment"),
    pytest.param("", "各有关单位：\n为做好培训工作，确定专人负责（联系人名单见附件2），请各单位做好安排。", "policy",
                 id="contacts-listed-in-an-attachment"),
    # an assessment's results announced as a notice, without 公布 (r513_02; the seven "关于公布…结果的通知" labelled are lists)
    pytest.param("关于某区科技企业孵化器及试点考核结果的通知", "各有关单位：\n根据专家评审结果，孵化器合格31家，不合格2家。具体结果详见"
                 "附件。\n特此通知。", "publicity", id="an-assessments-results-notice"),
    # (guard: results asked for)
    pytest.param("关于报送2024年度科技企业孵化器考核结果的通知", "各区科技局：\n请于2025年3月1日前报送本区孵化器考核结果。", "call",
                 id="results-asked-for"),
]


@pytest.mark.parametrize("title, text, expected", KINDS)
def test_kinds(title, text, expected):
    assert (kind(title, text) if title else untitled_kind(text)) == expected


DEADLINES = [
    # a window opened 即日起 and closed after a dash, as after 至 (r462_14, r504_03)
    pytest.param("关于第138届广交会出口展展位申请事宜的通知", "三、申请起止时间\n品牌展位确认：即日起—5月20日。\n一般性展位申请：即日起—"
                 "5月30日。", "2025-05-07", ["2025-05-20", "2025-05-30"], id="a-window-from-today-to-a-dash"),
    # a range followed by 之间 is a reference period, as one followed by 期间 (r503_01, r472_05, r480_11, r495_08)
    pytest.param("关于开展项目补助申报工作的通知", "一、申报条件\n（二）申请补助项目应在2023年1月1日至2023年11月30日之间发生，实际投资额"
                 "需达到2万元以上。\n二、申报程序\n申请补助的企业于12月11日前报送至县经信局。", "2023-12-04", ["2023-12-11"],
                 id="spending-between-two-dates"),
    # …but a window to act in, asked (read now, as after 期间) or named (a guard), between two dates
    pytest.param("关于开展项目补助申报工作的通知", "请各单位在2023年12月1日至12月20日之间，登录系统提交申请。", "2023-11-20",
                 ["2023-12-20"], id="a-window-to-apply-between-two-dates"),
    pytest.param("关于开展项目补助申报工作的通知", "受理时间：2023年12月1日至12月20日之间，逾期不予受理。", "2023-11-20",
                 ["2023-12-20"], id="an-intake-window-between-two-dates"),
]


@pytest.mark.parametrize("title, text, published, expected", DEADLINES)
def test_deadlines(title, text, published, expected):
    assert deadline_dates(title, text, published) == expected
