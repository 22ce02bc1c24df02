"""Round 78 (the sixty-third session): one list of the words an addressee line's bodies end in, and Taiwan's names
inside words.

One list (boilerplate.ADDRESSEE_BODY_WORDS) now gives every reading of an addressee line that is not begun by 各 and a
colon its body words: a derived title's opening addressees, the uncoloned line (ADDRESSEES_UNMARKED) and subjects' line
listing bodies by name (ADDRESSEE_PART_END, and the characters ADDRESSEE_PARTS splits after). Before, four hand-kept
lists differed: the uncoloned line knew no 院校, 学校, 医院, 中心 or 园区, a derived title no 学校 or 医院, and the split
missed 社会组织's 织. The start of a line begun by 各 or 有关 is one pattern too (ADDRESSEE_LINE_START). No extracted
field of the 430 labelled outputs of ../shared's dev sets and rounds 76–78's sets (not the final checks) changed, derived
titles included; the tests below read lines the old lists did not.

Taiwan's districts and its cities' short forms are read no more (regions): "…报送至省科技厅基础条件平台中心" gave 台湾省
through 台中 (r749_04, a Guangdong call), as "出台中小企业…政策" and "农村新社区建设" (台中市's 新社区), two phrasings of
real texts, would. Taiwan is read by its own name and its cities' and counties' full names; a name it shares with the
mainland (和平区) keeps its every candidate. It moved r749_04 to its label and nothing else of 485 outputs.
"""
import pytest

from pipeline.normalize import derive_title, uncoloned_addressees
from pipeline.patterns import boilerplate as bp
from pipeline.patterns import subjects as sp
from round_helpers import review_reading


@pytest.mark.parametrize("word", bp.ADDRESSEE_BODY_WORDS)
def test_every_addressee_reading_takes_the_one_list(word):
    assert bp.ADDRESSEES_UNMARKED.match(f"各设区市科技局，各有关{word}")
    assert sp.ADDRESSEE_PART_END.search(f"有关{word}")
    # (a line's parts are split at 及 after any body's name)
    assert sp.ADDRESSEE_PARTS.split(f"有关{word}及各有关单位") == [f"有关{word}", "各有关单位"]


def test_an_uncoloned_line_ending_in_universities_is_the_addressees():
    lines = ["各设区市科技局，各高等院校", "为加快科技成果转化，现开展2025年度项目申报工作。"]
    assert uncoloned_addressees(lines) == "各设区市科技局，各高等院校"


@pytest.mark.parametrize("text, title", [
    ("省发展改革委、省教育厅，各高等学校：\n为推进产教融合，现开展2025年度产教融合实训基地申报工作。请于6月30日前报送。",
     "为推进产教融合，现开展2025年度产教融合实训基地申报工作"),
    ("各设区市卫生健康委，各医院\n为推进医工结合，现开展2025年度医工交叉项目申报工作。",
     "为推进医工结合，现开展2025年度医工交叉项目申报工作"),
])
def test_a_derived_title_skips_addressees_naming_schools_and_hospitals(text, title):
    assert derive_title(text) == title


@pytest.mark.parametrize("text, regions", [
    # (a province's call whose papers go to its science department's platform centre: 台中 is 平台's tail)
    ("粤科函〔2024〕991号\n相关地市科技局：\n请于2024年8月9日前完成网上申报，纸质材料一式两份报送至省科技厅科技条件平台中心。", ["广东省"]),
    ("近日，市政府出台中小企业纾困政策，符合条件的企业请于2024年8月9日前申报。", []),
    ("为推进农村新社区建设，现开展2024年度试点申报，请于2024年8月9日前报送。", []),
    ("为打造美丽大社区，现开展2024年度社区服务项目申报，请于2024年8月9日前报送。", []),
    # (a full name is still read, and a name shared with the mainland chosen between as before)
    ("台中市工商团体赴闽交流活动报名，请于2024年8月9日前报名。", ["台中市"]),
    ("天津市和平区科学技术局：现开展2024年度科技项目申报，请于2024年8月9日前报送。", ["和平区"]),
])
def test_taiwan_names_inside_words_are_no_places(text, regions):
    assert review_reading("regions", "", text, "2024-07-20") == regions
