"""Round 72 of the blind-set method (README, "Extraction accuracy").

Deadlines, part 1: two readings already made for some clauses now hold for the rest.
- A comma inside brackets ends no clause of a date's act. `_act_end` already read past it; the next clause after a date
  ending its own clause ("于2024年3月1日前，将案例汇总表（…扫描件，见附件2）发送至…", r597_06) and the clause a date
  opening its line hands papers on in ("5月20日前，将汇总表（纸质版一式两份，加盖公章）报送…") were still cut there, so
  the act was lost unless the papers' own name held one (推荐汇总表 did, 案例汇总表 did not).
- A window opened today ("即日起至1月12日") is a window when the heading or the clause before it names one, as a range's
  end already was ("申报期限" over "即日起至1月12日，逾期不候。", r563_07; eight labelled texts so headed, r579_04, r595_14,
  r610_05, r617_05, r622_06, r626_01, r671_03 among them, count such an end as a deadline).
"""
import pytest

from round_helpers import deadline_reading

TITLE = "关于组织申报2026年度市级科技计划项目的通知"
SIGNED = "\n某市科学技术局\n2026年5月20日"

READS = [
    pytest.param("各区科技局：\n请各区科技局于2026年6月10日前，将案例汇总表（扫描件，见附件2）发送至指定邮箱。" + SIGNED,
                 ["2026-06-10"], "2026-06-10", id="act-past-a-comma-in-brackets"),
    pytest.param("各有关单位：\n2026年6月10日前，将申报书（一式三份，加盖公章）交区科技局。" + SIGNED,
                 ["2026-06-10"], "2026-06-10", id="line-opening-date-hands-papers-on-past-brackets"),
    pytest.param("各有关单位：\n二、申报期限\n即日起至6月10日，逾期不候。" + SIGNED,
                 ["2026-06-10"], "2026-06-10", id="opened-window-under-its-heading"),
    pytest.param("各有关单位：\n现将有关事项通知如下。征集时间，自即日起至2026年6月10日，请登录系统填报。" + SIGNED,
                 ["2026-06-10"], "2026-06-10", id="opened-window-after-the-clause-naming-it"),
]

# The author's guards: what the brackets hold is still read for conditions, and an opened window no heading or clause
# names as one is still no deadline.
GUARDS = [
    pytest.param("各有关单位：\n一、申报要求\n2026年6月10日前，已获得立项的企业（含分公司，不含外资企业）不再申报。" + SIGNED,
                 [], None, id="guard-condition-past-brackets"),
    pytest.param("各有关单位：\n三、活动内容\n即日起至6月10日，在本市消费满200元的市民可领取消费券。" + SIGNED,
                 [], None, id="guard-opened-period-no-window-named"),
    pytest.param("各有关单位：\n二、支持对象\n即日起至2026年6月10日，在本市新注册的企业。" + SIGNED,
                 [], None, id="guard-opened-period-as-eligibility"),
]


@pytest.mark.parametrize("text, dates, apply_by", READS + GUARDS)
def test_round_72_deadlines(text, dates, apply_by):
    assert deadline_reading(TITLE, text, "") == (dates, apply_by)
