"""The sources file: what it accepts, and errors that name the source and the key."""
from pathlib import Path

import pytest

from spiders.harvest import assign_rechecks, domain_groups, select_sources
from spiders import settings
from spiders.sources import DEFAULT_MAX_PAGES, SourceError, load_sources, parse_sources

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "sources.example.toml"

LIST = """
[[source]]
name = "gxt-notices"
type = "list"
url = "https://gxt.example.gov.cn/tzgg/index.html"
link_selector = "ul.list li a"
"""


def write(tmp_path, text):
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def error_for(tmp_path, text) -> SourceError:
    with pytest.raises(SourceError) as caught:
        load_sources(write(tmp_path, text))
    return caught.value


def test_example_file_loads():
    sources = load_sources(EXAMPLE)
    assert [(s.name, s.type) for s in sources] == [
        ("jiangsu-sme", "feed"), ("gxt-notices", "list"), ("dump", "json")]
    feed, listing, dump = sources
    assert feed.allowed_domains == ["example.org", "mp.weixin.qq.com"]
    assert (listing.link_selector, listing.next_selector, listing.max_pages) == ("ul.list li a", "a.next", 5)
    assert listing.content_selector == "div.article"
    assert dump.field_map == {"title": "headline", "content": "body", "published": "date"}


def test_max_pages_defaults_to_one_without_next_selector(tmp_path):
    (source,) = load_sources(write(tmp_path, LIST))
    assert source.max_pages == 1
    assert source.allowed_domains == ["gxt.example.gov.cn"]


def test_max_pages_has_a_default_with_next_selector(tmp_path):
    (source,) = load_sources(write(tmp_path, LIST + 'next_selector = "a.next"\n'))
    assert source.max_pages == DEFAULT_MAX_PAGES


def test_unknown_key_names_source_and_key(tmp_path):
    error = error_for(tmp_path, LIST + 'link_selecter = "a"\n')
    assert (error.source, error.key) == ("gxt-notices", "link_selecter")
    assert "source 'gxt-notices'" in str(error) and "key 'link_selecter'" in str(error)
    assert "sources.toml" in str(error)


def test_key_of_another_type_says_which_type(tmp_path):
    error = error_for(tmp_path, LIST + 'map = { title = "t" }\n')
    assert error.key == "map"
    assert "only for type json" in str(error)


@pytest.mark.parametrize(
    "line, key, words",
    [
        ('max_pages = "5"', "max_pages", "whole number"),
        ("max_pages = 0", "max_pages", "whole number"),
        ("max_pages = true", "max_pages", "whole number"),
        ("max_pages = 1000", "max_pages", "whole number"),
        ("max_pages = 3", "max_pages", "needs next_selector"),
        ('content_selector = "div[["', "content_selector", "invalid CSS selector"),
        ('next_selector = ""', "next_selector", "CSS selector"),
        ('domains = "mp.weixin.qq.com"', "domains", "list of host names"),
        ('domains = ["https://mp.weixin.qq.com/"]', "domains", "without scheme"),
        ("max_items = 10", "max_items", "only for type feed"),
    ],
)
def test_bad_values_name_source_and_key(tmp_path, line, key, words):
    error = error_for(tmp_path, LIST + line + "\n")
    assert (error.source, error.key) == ("gxt-notices", key)
    assert words in str(error)


@pytest.mark.parametrize(
    "url", ['"ftp://example.org/list.html"', '"example.org/list.html"', "42", '""'])
def test_bad_url(tmp_path, url):
    error = error_for(tmp_path, f'[[source]]\nname = "s"\ntype = "feed"\nurl = {url}\n')
    assert (error.source, error.key) == ("s", "url")


def test_missing_url(tmp_path):
    error = error_for(tmp_path, '[[source]]\nname = "s"\ntype = "feed"\n')
    assert error.key == "url"


def test_list_needs_link_selector(tmp_path):
    error = error_for(tmp_path, '[[source]]\nname = "s"\ntype = "list"\nurl = "https://a.example/"\n')
    assert (error.source, error.key) == ("s", "link_selector")
    assert "required" in str(error)


def test_bad_type(tmp_path):
    error = error_for(tmp_path, '[[source]]\nname = "s"\ntype = "html"\nurl = "https://a.example/"\n')
    assert (error.source, error.key) == ("s", "type")
    assert "feed, list, json" in str(error)


def test_source_without_name_is_named_by_position(tmp_path):
    error = error_for(tmp_path, LIST + '\n[[source]]\ntype = "feed"\nurl = "https://a.example/f.xml"\n')
    assert (error.source, error.key) == ("#2", "name")


def test_duplicate_names(tmp_path):
    error = error_for(tmp_path, LIST + LIST)
    assert (error.source, error.key) == ("gxt-notices", "name")
    assert "duplicate" in str(error)


def test_map_targets_are_checked(tmp_path):
    text = '[[source]]\nname = "d"\ntype = "json"\nurl = "https://a.example/d.json"\nmap = { headline = "t" }\n'
    error = error_for(tmp_path, text)
    assert (error.source, error.key) == ("d", "map")
    assert "unknown field 'headline'" in str(error)


def test_unknown_top_level_key(tmp_path):
    error = error_for(tmp_path, 'sources = []\n' + LIST)
    assert error.key == "sources"


def test_empty_file(tmp_path):
    assert "no [[source]]" in str(error_for(tmp_path, "# nothing yet\n"))


def test_toml_syntax_error(tmp_path):
    assert "not valid TOML" in str(error_for(tmp_path, "[[source]\nname = 1\n"))


def test_missing_file(tmp_path):
    with pytest.raises(SourceError, match="file not found"):
        load_sources(tmp_path / "nope.toml")


def test_only_picks_one_source_or_names_the_choices():
    sources = parse_sources({"source": [
        {"name": "a", "type": "feed", "url": "https://a.example/f.xml"},
        {"name": "b", "type": "feed", "url": "https://b.example/f.xml"},
    ]})
    assert [s.name for s in select_sources(sources, "b")] == ["b"]
    assert select_sources(sources, None) == sources
    with pytest.raises(SourceError, match="no source named 'c' \\(sources: a, b\\)"):
        select_sources(sources, "c")


def test_sources_sharing_a_domain_are_crawled_in_turn():
    sources = parse_sources({"source": [
        {"name": "a", "type": "feed", "url": "https://a.example/f.xml", "domains": ["mp.weixin.qq.com"]},
        {"name": "b", "type": "list", "url": "https://b.example/", "link_selector": "a"},
        {"name": "c", "type": "feed", "url": "https://c.example/f.xml", "domains": ["mp.weixin.qq.com"]},
        {"name": "d", "type": "json", "url": "https://b.example/d.json"},
    ]})
    groups = [[s.name for s in group] for group in domain_groups(sources)]
    assert sorted(groups) == [["a", "c"], ["b", "d"]]


def test_recent_pages_go_to_the_source_serving_their_domain():
    sources = parse_sources({"source": [
        {"name": "dump", "type": "json", "url": "https://gxt.example.gov.cn/d.json"},
        {"name": "gxt", "type": "list", "url": "https://gxt.example.gov.cn/", "link_selector": "a"},
        {"name": "wx", "type": "feed", "url": "https://feeds.example/f.xml", "domains": ["mp.weixin.qq.com"]},
    ]})
    recent = [
        ("https://gxt.example.gov.cn/art/1.html", '"e1"', None),
        ("https://mp.weixin.qq.com/s?__biz=x&mid=1&idx=1&sn=y", None, "Mon, 22 Sep 2025 00:00:00 GMT"),
        ("https://elsewhere.example/2.html", None, None),
        ("https://gxt.example.gov.cn:8443/art/3.html", None, None),  # the right host on another port
    ]
    assert assign_rechecks(recent, sources) == {
        "gxt": [recent[0]],  # a list source, not the dump on the same host
        "wx": [recent[1]],
    }


def test_recent_pages_go_back_to_the_source_that_stored_them():
    sources = parse_sources({"source": [
        {"name": "feed", "type": "feed", "url": "https://gxt.example.gov.cn/rss.xml"},
        {"name": "list", "type": "list", "url": "https://gxt.example.gov.cn/", "link_selector": "a"},
    ]})
    recent = [("https://gxt.example.gov.cn/art/1.html", None, None),
              ("https://gxt.example.gov.cn/art/2.html", None, None)]
    owners = {recent[0][0]: "list", recent[1][0]: "retired-source"}
    assert assign_rechecks(recent, sources, owners, {"feed", "list"}) == {
        "list": [recent[0]], "feed": [recent[1]]}
    # With --only feed, the list source's page waits for a run of its own source.
    assert assign_rechecks(recent, sources[:1], owners, {"feed", "list"}) == {"feed": [recent[1]]}


FEED = """
[[source]]
name = "wx"
type = "feed"
url = "https://feeds.example/f.xml"
"""


def test_a_feed_has_a_default_item_cap(tmp_path):
    (source,) = load_sources(write(tmp_path, FEED))
    assert source.max_items == settings.FEED_MAX_ITEMS == 500
    (listing,) = load_sources(write(tmp_path, LIST))
    assert listing.max_items is None  # bounded by max_pages


def test_a_feed_may_set_its_own_item_cap(tmp_path):
    (source,) = load_sources(write(tmp_path, FEED + "max_items = 2000\n"))
    assert source.max_items == 2000


@pytest.mark.parametrize("value", ['"50"', "0", "true", "1000000"])
def test_bad_item_cap_names_source_and_key(tmp_path, value):
    error = error_for(tmp_path, FEED + f"max_items = {value}\n")
    assert (error.source, error.key) == ("wx", "max_items")
    assert "whole number" in str(error)
