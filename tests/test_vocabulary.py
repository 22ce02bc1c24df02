"""The applicant-type vocabulary: pipeline/data/subjects.toml is the one place a tag is defined."""
import ast
from pathlib import Path

import pytest

from pipeline import vocabulary
from pipeline.vocabulary import VocabularyError, parse_vocabulary

ROOT = Path(__file__).resolve().parents[1]
SPELLINGS = {spelling for tag in vocabulary.tags() for spelling in tag.spellings}
NAMES_AND_ALIASES = {name for tag in vocabulary.tags() for name in (tag.name, *tag.aliases)}


def _code_files():
    for folder in ("pipeline", "index", "spiders"):
        yield from (ROOT / folder).rglob("*.py")
    yield ROOT / "cli.py"


def _literal_tables(tree):
    """Collections written out in code: dict keys and values, sets, lists and tuples of strings."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            yield [k for k in node.keys if k is not None] + list(node.values)
        elif isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            yield node.elts


def test_no_code_defines_a_table_of_tags():
    """A table holding two or more tags or aliases is a second definition of the vocabulary. (Included
    kinds such as 开发区 may well appear in other tables: the region patterns name zone suffixes.)"""
    offenders = []
    for path in _code_files():
        for elements in _literal_tables(ast.parse(path.read_text("utf-8"))):
            named = [e.value for e in elements if isinstance(e, ast.Constant) and e.value in NAMES_AND_ALIASES]
            if len(named) >= 2:
                offenders.append(f"{path.relative_to(ROOT)}: {named}")
    assert offenders == []


def test_every_tag_named_in_code_is_in_the_vocabulary():
    """Code may refer to a tag (政府园区's own rules), never invent one: any string naming a tag-like
    applicant kind in a comparison or call must be a vocabulary tag."""
    unknown = []
    for path in _code_files():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Compare):
                for side in [node.left, *node.comparators]:
                    if isinstance(side, ast.Constant) and isinstance(side.value, str) and side.value.endswith("企业") \
                            and side.value not in vocabulary.tag_names():
                        unknown.append(f"{path.relative_to(ROOT)}: {side.value}")
    assert unknown == []


@pytest.mark.parametrize("data_file", ["pipeline/data/policy_terms.txt", "index/synonyms.toml"])
def test_other_data_files_hold_no_spelling_of_a_tag(data_file):
    text = (ROOT / data_file).read_text("utf-8")
    entries = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        entries.update(part.strip(' "[],=') for part in line.replace(",", " ").split())
    assert sorted(entries & SPELLINGS) == []


def test_derived_views_agree_with_the_file():
    from index.synonyms import synonym_table
    from pipeline.match import IMPLIED_QUALIFICATIONS, NON_APPLICANT_SUBJECTS
    from pipeline.patterns.subjects import ENTERPRISE_TAGS, SUBJECT_TERMS, SUBJECT_VOCABULARY, TITLE_TERMS
    from pipeline.segment import policy_terms

    assert SUBJECT_VOCABULARY == vocabulary.tag_names()
    assert set(SUBJECT_TERMS) | set(TITLE_TERMS) | {vocabulary.GENERIC} == set(SUBJECT_VOCABULARY)
    # once two tables disagreed on 服务商; now one entry says both: it covers a generic 企业 beside it in a
    # notice, and holding it implies no 企业 (tests/data/match_cases: an incubator that sells services)
    assert "服务商" in ENTERPRISE_TAGS and "服务商" not in IMPLIED_QUALIFICATIONS
    assert "高校院所" not in ENTERPRISE_TAGS and "高校院所" not in IMPLIED_QUALIFICATIONS
    assert NON_APPLICANT_SUBJECTS == {"平台载体"}
    words = {term for term, _freq, _tag in policy_terms()}
    assert {"高企", "专精特新小巨人企业", "众创空间", "规模以上"} <= words
    table = synonym_table()
    assert table.match(["高企"], 0)[1] == table.match(["高新技术企业"], 0)[1]
    assert table.match(["高校"], 0) is None  # an included kind is no synonym of its tag


@pytest.mark.parametrize("spelling, tag", [("高企", "高新技术企业"), ("小巨人", "专精特新小巨人企业"),
                                           ("众创空间", "孵化器"), ("高校", "高校院所"), (" 企业 ", "企业"),
                                           ("火星企业", None)])
def test_resolve(spelling, tag):
    assert vocabulary.resolve(spelling) == tag


@pytest.mark.parametrize("text, message", [
    ('[[tag]]\nname = "甲"\nparents = ["乙"]\n', "unknown tag"),
    ('[[tag]]\nname = "甲"\nalso = [{tag = "乙", when = "x"}]\n', "unknown tag"),
    ('[[tag]]\nname = "甲"\napplied_for_by = ["乙"]\n', "unknown tag"),
    ('[[tag]]\nname = "甲"\n[[tag]]\nname = "甲"\n', "defined twice"),
    ('[[tag]]\nname = "甲"\naliases = ["丙"]\n[[tag]]\nname = "乙"\nincludes = ["丙"]\n', "spells both"),
    ('[[tag]]\nname = "甲"\ncolour = "red"\n', "unknown keys"),
])
def test_inconsistent_vocabulary_is_refused(text, message):
    with pytest.raises(VocabularyError, match=message):
        parse_vocabulary(text)
