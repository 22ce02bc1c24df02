"""Enterprise profiles: loading, validation errors that name file and field, directories."""
import logging
import re
from datetime import date
from pathlib import Path

import pytest

from pipeline.patterns.subjects import SUBJECT_VOCABULARY
from pipeline.profiles import (
    Profile,
    ProfileDirectoryError,
    ProfileError,
    load_profile,
    load_profiles,
    parse_profile,
)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "data" / "profiles"
GUIDE = ROOT.parent / "shared" / "gold" / "GUIDE.md"
TODAY = date(2025, 9, 24)

VALID = """\
name = "苏州某某软件科技有限公司"
region = "苏州市吴中区"
qualifications = ["企业", "中小企业", "高新技术企业", "专精特新中小企业"]
industries = ["工业软件", "人工智能"]
keywords = ["数字化转型"]
founded = 2015
employees = 180
"""


def write(tmp_path: Path, text: str, name: str = "company.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def with_line(key: str, value: str | None) -> str:
    """VALID with the line for `key` replaced (or removed when value is None)."""
    lines = [line for line in VALID.splitlines() if not line.startswith(f"{key} =")]
    if value is not None:
        lines.append(f"{key} = {value}")
    return "\n".join(lines) + "\n"


def test_the_issue_example_loads(tmp_path):
    profile = load_profile(write(tmp_path, VALID), today=TODAY)
    assert isinstance(profile, Profile)
    assert profile.name == "苏州某某软件科技有限公司"
    assert (profile.region.name, profile.region.code, profile.region.level) == ("吴中区", "320506", "county")
    assert profile.region_text == "苏州市吴中区"
    assert profile.qualifications == ("企业", "中小企业", "高新技术企业", "专精特新中小企业")
    assert profile.industries == ("工业软件", "人工智能")
    assert profile.keywords == ("数字化转型",)
    assert profile.terms == ("工业软件", "人工智能", "数字化转型")
    assert (profile.founded, profile.employees) == (2015, 180)
    assert profile.path.endswith("company.toml")


@pytest.mark.parametrize(
    "region, name, code",
    [
        ('"苏州市吴中区"', "吴中区", "320506"),
        ('"吴中区"', "吴中区", "320506"),
        ('"苏州市"', "苏州市", "320500"),
        ('"江苏省"', "江苏省", "320000"),
        ('"全国"', "全国", "000000"),
        ('"320506"', "吴中区", "320506"),
        ("320506", "吴中区", "320506"),  # a TOML integer
        ('"苏州工业园区"', "苏州工业园区", "320576"),
    ],
)
def test_region_at_any_level_or_as_code(tmp_path, region, name, code):
    profile = load_profile(write(tmp_path, with_line("region", region)), today=TODAY)
    assert (profile.region.name, profile.region.code) == (name, code)


def test_optional_fields_may_be_absent(tmp_path):
    text = 'name = "某某大学研究院"\nregion = "南京市"\nqualifications = ["高校院所"]\n'
    profile = load_profile(write(tmp_path, text), today=TODAY)
    assert profile.industries == profile.keywords == ()
    assert profile.founded is None and profile.employees is None


def test_duplicates_and_blank_terms_are_dropped(tmp_path):
    text = with_line("industries", '["人工智能", " 人工智能 ", ""]')
    assert load_profile(write(tmp_path, text), today=TODAY).industries == ("人工智能",)


# (description, replaced key, new value or None to remove, field named in the error, words in the message)
ERRORS = [
    ("unknown qualification, close match", "qualifications", '["企业", "专精特新小巨企业"]', "qualifications",
     ["'专精特新小巨企业'", "did you mean '专精特新小巨人企业'"]),
    ("unknown qualification, no close match", "qualifications", '["外星联盟"]', "qualifications",
     ["unknown qualification", "known tags: ", "高新技术企业"]),
    ("empty qualifications", "qualifications", "[]", "qualifications", ["empty"]),
    ("missing qualifications", "qualifications", None, "qualifications", ["required"]),
    ("qualifications not a list", "qualifications", "3", "qualifications", ["list of strings"]),
    ("unknown region", "region", '"火星市"', "region", ["unknown region", "火星市"]),
    ("ambiguous district", "region", '"鼓楼区"', "region", ["鼓楼区"]),
    ("bad region code", "region", '"329999"', "region", ["329999"]),
    ("missing region", "region", None, "region", ["required"]),
    ("future year", "founded", "2031", "founded", ["bad year", "2031"]),
    ("three-digit year", "founded", "215", "founded", ["bad year"]),
    ("year as text", "founded", '"2015年"', "founded", ["bad year"]),
    ("year as boolean", "founded", "true", "founded", ["bad year"]),
    ("negative employees", "employees", "-3", "employees", ["non-negative"]),
    ("missing name", "name", None, "name", ["required"]),
    ("blank name", "name", '"  "', "name", ["required"]),
    ("industries not strings", "industries", "[1, 2]", "industries", ["list of strings"]),
    ("misspelt field", "qualification", '["企业"]', "qualification", ["unknown field"]),
]


@pytest.mark.parametrize("case, key, value, field, words", ERRORS, ids=[e[0] for e in ERRORS])
def test_validation_errors_name_file_and_field(tmp_path, case, key, value, field, words):
    path = write(tmp_path, with_line(key, value))
    with pytest.raises(ProfileError) as raised:
        load_profile(path, today=TODAY)
    error = raised.value
    assert error.field == field
    assert error.path == str(path)
    message = str(error)
    assert message.startswith(f"{path}: {field}: ")
    for word in words:
        assert word in message


def test_invalid_toml_names_the_file(tmp_path):
    path = write(tmp_path, 'name = "x"\nregion = \n')
    with pytest.raises(ProfileError, match=r"company\.toml: file: invalid TOML"):
        load_profile(path)


def test_missing_file(tmp_path):
    with pytest.raises(ProfileError, match="file: cannot read"):
        load_profile(tmp_path / "nope.toml")


def test_founded_this_year_is_fine(tmp_path):
    profile = load_profile(write(tmp_path, with_line("founded", "2025")), today=TODAY)
    assert profile.founded == 2025


def test_example_profiles_load():
    profiles = load_profiles(EXAMPLES)
    assert 3 <= len(profiles) <= 5
    by_region = {p.region.name: p for p in profiles}
    assert {"吴中区", "江宁区", "武进区"} <= set(by_region)
    assert "专精特新中小企业" in by_region["吴中区"].qualifications
    assert "规上企业" in by_region["江宁区"].qualifications
    assert "科技型中小企业" in by_region["武进区"].qualifications
    assert any(p.qualifications == ("高校院所",) for p in profiles)


def test_directory_is_read_in_file_name_order(tmp_path):
    write(tmp_path, VALID.replace("苏州某某软件科技有限公司", "B公司"), "b.toml")
    write(tmp_path, VALID.replace("苏州某某软件科技有限公司", "A公司"), "a.toml")
    write(tmp_path, "not a profile", "notes.txt")
    assert [p.name for p in load_profiles(tmp_path, today=TODAY)] == ["A公司", "B公司"]


def test_single_file_gives_a_list(tmp_path):
    assert len(load_profiles(write(tmp_path, VALID), today=TODAY)) == 1


def test_bad_profiles_in_a_directory_are_all_reported(tmp_path):
    write(tmp_path, VALID, "good.toml")
    write(tmp_path, with_line("founded", "3025"), "bad_year.toml")
    write(tmp_path, with_line("region", '"火星市"'), "bad_region.toml")
    with pytest.raises(ProfileDirectoryError) as raised:
        load_profiles(tmp_path, today=TODAY)
    errors = raised.value.errors
    assert [(Path(e.path).name, e.field) for e in errors] == [
        ("bad_region.toml", "region"), ("bad_year.toml", "founded")]
    assert "bad_region.toml: region:" in str(raised.value)
    assert isinstance(raised.value, ProfileError)  # one except clause in the CLI catches both


def test_skip_invalid_goes_on_and_logs(tmp_path, caplog):
    write(tmp_path, VALID, "good.toml")
    write(tmp_path, with_line("qualifications", '["外星联盟"]'), "bad.toml")
    with caplog.at_level(logging.WARNING, logger="pipeline.profiles"):
        profiles = load_profiles(tmp_path, skip_invalid=True, today=TODAY)
    assert [Path(p.path).name for p in profiles] == ["good.toml"]
    assert "bad.toml: qualifications" in caplog.text


def test_empty_directory(tmp_path):
    with pytest.raises(ProfileError, match="no \\*.toml profiles"):
        load_profiles(tmp_path)


@pytest.mark.shared
@pytest.mark.skipif(not GUIDE.exists(), reason="needs ../shared")
def test_vocabulary_is_the_guides():
    section = GUIDE.read_text("utf-8").split("## subjects", 1)[1].split("\n## ", 1)[0]
    # each list item starts with its tags: "- 中小企业, 小微企业", "- 企业: …", "- 外资企业 (…), 规上企业 (…)"
    section = re.sub(r"\([^)]*\)", "", section)  # glosses, some spanning two lines
    tags = []
    for line in section.splitlines():
        if line.startswith("- "):
            head = line[2:].split(":", 1)[0]
            tags += [t.strip() for t in head.split(",") if t.strip()]
    assert sorted(tags) == sorted(SUBJECT_VOCABULARY)


@pytest.mark.parametrize("written, tag", [("高企", "高新技术企业"), ("专精特新小巨人", "专精特新小巨人企业"),
                                         ("高校", "高校院所"), ("众创空间", "孵化器"), ("规上企业", "规上企业")])
def test_aliases_and_included_kinds_are_read_as_their_tag(tmp_path, written, tag):
    profile = load_profile(write(tmp_path, with_line("qualifications", f'["{written}", "{tag}"]')), today=TODAY)
    assert profile.qualifications == (tag,)


def test_vocabulary_agrees_with_the_subject_extractor():
    """Profiles and extraction must use the same tags, or a qualification could never meet a notice."""
    from pipeline.patterns.subjects import SUBJECT_TERMS, TITLE_TERMS

    # the generic 企业 is decided apart from the tables (GENERIC_ENTERPRISE)
    assert set(SUBJECT_TERMS) | set(TITLE_TERMS) | {"企业"} == set(SUBJECT_VOCABULARY)


def test_every_bad_field_of_a_profile_is_reported_at_once(tmp_path):
    data = {"name": "某公司", "region": "火星市", "qualifications": ["外星联盟"], "founded": 3025, "colour": "红"}
    with pytest.raises(ProfileError) as raised:
        parse_profile(data, path="firm.toml", today=date(2025, 9, 24))
    message = str(raised.value)
    assert message.startswith("firm.toml: 4 problems: ")
    for field in ("colour", "region", "qualifications", "founded"):
        assert f"{field}: " in message
