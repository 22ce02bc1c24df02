"""Canonical URLs and stable notice ids."""
from __future__ import annotations

import re

import pytest

from pipeline.records import RawRecord, build_notice
from pipeline.urls import canonical_url, notice_id

WECHAT = "https://mp.weixin.qq.com/s?__biz=MzI4MzAzMjU3MQ==&mid=2652054059&idx=1&sn=c892bb1e6577bfeed38dce35ecb361c6"


@pytest.mark.parametrize(
    "url",
    [
        # as in the sample dump: http, chksm and #rd
        "http://mp.weixin.qq.com/s?__biz=MzI4MzAzMjU3MQ==&mid=2652054059&idx=1&sn=c892bb1e6577bfeed38dce35ecb361c6"
        "&chksm=f0776cbfc700e5a9249a91cb859e2a699eb0c12b1a2266d708e26f18b516030ec450948b2546#rd",
        # shared links add scene, ascene, devicetype, version, lang, pass_ticket, exportkey …
        "https://mp.weixin.qq.com/s?__biz=MzI4MzAzMjU3MQ==&mid=2652054059&idx=1&sn=c892bb1e6577bfeed38dce35ecb361c6"
        "&chksm=abc&scene=21&ascene=1&devicetype=iOS17&version=1800&nettype=WIFI&lang=zh_CN&exportkey=x&pass_ticket=y"
        "&wx_header=0#wechat_redirect",
        # parameters in another order, host in capitals, percent-encoded ==
        "HTTPS://MP.WEIXIN.QQ.COM/s?sn=c892bb1e6577bfeed38dce35ecb361c6&idx=1&mid=2652054059&__biz=MzI4MzAzMjU3MQ%3D%3D",
        WECHAT,
    ],
)
def test_wechat_keeps_biz_mid_idx_sn_only(url):
    assert canonical_url(url) == WECHAT


def test_wechat_short_link_keeps_its_path_and_drops_tracking():
    assert canonical_url("http://mp.weixin.qq.com/s/AbCdEf123?scene=1#rd") == "https://mp.weixin.qq.com/s/AbCdEf123"


def test_wechat_link_without_sn_is_left_as_it_is_less_tracking():
    assert canonical_url("https://mp.weixin.qq.com/s?__biz=MzI==&mid=1&idx=2&chksm=x") == (
        "https://mp.weixin.qq.com/s?__biz=MzI==&mid=1&idx=2")


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://kxjst.jiangsu.gov.cn/art/2025/9/22/art_82538_11634107.html#top",
         "https://kxjst.jiangsu.gov.cn/art/2025/9/22/art_82538_11634107.html"),
        ("https://Example.GOV.cn/col?id=3&utm_source=wx&utm_medium=share&utm_campaign=c&utm_term=t&utm_content=x"
         "&utm_reader=r&UTM_ID=9&spm=a.b&from=timeline&isappinstalled=0&fbclid=f&gclid=g",
         "https://example.gov.cn/col?id=3"),
        # other parameters keep their order and values
        ("http://www.gov.cn/search?q=%E4%B8%93%E9%A1%B9&page=2&sort=date", "http://www.gov.cn/search?q=%E4%B8%93%E9%A1%B9&page=2&sort=date"),
        ("HTTP://WWW.GOV.CN", "http://www.gov.cn/"),
        ("  https://www.gov.cn/a?x=  ", "https://www.gov.cn/a?x="),
    ],
)
def test_other_urls_drop_fragment_and_tracking(url, expected):
    assert canonical_url(url) == expected


@pytest.mark.parametrize("url", [None, "", "   ", "/relative/path.html", "www.gov.cn/no-scheme", "javascript:void(0)"])
def test_unusable_urls_are_none(url):
    assert canonical_url(url) is None


@pytest.mark.parametrize("url", [WECHAT, "https://www.gov.cn/a?id=1"])
def test_canonical_url_is_idempotent(url):
    assert canonical_url(canonical_url(url + "&utm_source=x#frag")) == canonical_url(url)


# -- ids -----------------------------------------------------------------------------------------
def test_id_shape_and_determinism():
    first = notice_id(WECHAT, "acct", "1", "hash")
    assert re.fullmatch(r"[0-9a-f]{16}", first)
    assert notice_id(WECHAT, "acct", "1", "hash") == first


def test_id_prefers_url_then_source_id_then_content_hash():
    by_url = notice_id(WECHAT, "acct", "1", "h1")
    assert notice_id(WECHAT, "other", "2", "h2") == by_url  # the URL decides alone
    by_source = notice_id(None, "acct", "1", "h1")
    assert by_source != by_url
    assert notice_id(None, "acct", "1", "h2") == by_source  # content changes keep the id
    assert notice_id(None, "other", "1", "h1") != by_source  # source ids are per source
    assert notice_id(None, "acct", None, "h1") != notice_id(None, "acct", None, "h2")


def test_shared_links_of_one_article_get_one_id():
    raw = dict(title="公示丨拟奖励企业名单", content="正文", account="江苏省中小企业公共服务平台")
    first = build_notice(RawRecord(url=WECHAT + "&chksm=1&scene=21#rd", **raw))
    second = build_notice(RawRecord(url=WECHAT.replace("https", "http") + "&chksm=2", **raw))
    assert first.url == second.url == WECHAT
    assert first.id == second.id == notice_id(WECHAT, "", None, "")


def test_id_is_stable_when_the_text_changes():
    before = build_notice(RawRecord(title="通知", content="第一版", url=WECHAT))
    after = build_notice(RawRecord(title="通知", content="第二版", url=WECHAT))
    assert before.content_hash != after.content_hash
    assert before.id == after.id
