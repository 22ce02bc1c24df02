"""Pure parsers of the harvest: encodings, WeChat and government detail pages, feeds, list links.

Fixture pages live in tests/files/site (the same files the harvest tests serve); real pages from
../shared/external/html are used when present and skipped otherwise.
"""
import codecs
import html
import re
import unicodedata
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urljoin

import pytest

from pipeline.records import build_notice
from spiders.encoding import decode_html
from spiders.feeds import FeedError, parse_feed
from spiders.links import list_links, next_page_url
from spiders.pages import PageUnavailable, is_wechat_page, page_record, parse_detail_page, parse_gov_page
from spider_site import SITE_ROOT, render

BASE = "http://127.0.0.1:8000"
SHARED_HTML = Path(__file__).resolve().parents[2] / "shared" / "external" / "html"


def site_bytes(rel: str) -> bytes:
    return render(SITE_ROOT / rel, BASE, today=date(2025, 9, 24))


def site_page(rel: str, content_type: str | None = "text/html; charset=utf-8", **kwargs):
    markup = decode_html(site_bytes(rel), content_type).text
    return parse_detail_page(markup, f"{BASE}/{rel}", **kwargs)


def notice_of(page):
    return build_notice(page_record(page, source="test"))


# --- encodings -------------------------------------------------------------------------------------


def test_bom_wins_over_a_wrong_header():
    decoded = decode_html("\ufeff<p>申报通知</p>".encode("utf-8"), "text/html; charset=gbk")
    assert (decoded.text, decoded.how) == ("<p>申报通知</p>", "bom")


def test_header_charset_wins_over_meta():
    body = '<meta charset="utf-8"><p>申报通知</p>'.encode("gbk")
    decoded = decode_html(body, "text/html; charset=GBK")
    assert decoded.how == "header" and "申报通知" in decoded.text


def test_gbk_page_is_decoded_from_its_meta_charset():
    decoded = decode_html(site_bytes("gov/gbk.html"), "text/html")
    assert (decoded.encoding, decoded.how, decoded.declared) == ("gb18030", "meta", "gbk")
    assert "张喆" in decoded.text


def test_gb2312_is_read_as_gb18030():
    # 喆 is outside GB2312; pages that declare gb2312 use such characters all the same.
    decoded = decode_html("<p>联系人：张喆</p>".encode("gb18030"), "text/html; charset=gb2312")
    assert decoded.text == "<p>联系人：张喆</p>"
    assert "\ufffd" not in decoded.text


def test_wrong_meta_charset_falls_back_to_detection():
    decoded = decode_html(site_bytes("gov/wrong-meta.html"), "text/html")
    assert (decoded.encoding, decoded.how, decoded.declared) == ("utf-8", "detected", "gb2312")
    assert "绿色工厂" in decoded.text


def test_wrong_header_charset_falls_back_to_detection():
    body = ("<html><body>" + "<p>关于组织申报2025年度中小企业发展专项资金的通知，请于9月30日前报送。</p>" * 5
            + "</body></html>").encode("gb18030")
    decoded = decode_html(body, "text/html; charset=utf-8")
    assert decoded.how == "detected"
    assert "专项资金" in decoded.text


def test_no_declaration_at_all_is_detected():
    decoded = decode_html("<p>各设区市工业和信息化局：现将有关事项通知如下。</p>".encode("utf-8"))
    assert (decoded.encoding, decoded.how) == ("utf-8", "detected")


# Labels and BOMs that lie, from the reliability drill: none may fail the page or garble it.
NOTICE_PAGE = ("<html><head><title>关于申报2025年度专项资金的通知</title></head><body>"
               "<p>各设区市工业和信息化局：现将有关事项通知如下，请于10月20日前报送。</p></body></html>")


@pytest.mark.parametrize("content_type", [
    "text/html; charset=rot13",  # a Python codec, but not a text encoding: LookupError before
    "text/html; charset=base64",
    "text/html; charset=undefined",  # decodes nothing at all
    "text/html; charset=no-such-charset",
])
def test_a_label_that_names_no_charset_is_ignored(content_type):
    decoded = decode_html(NOTICE_PAGE.encode("utf-8"), content_type)
    assert (decoded.text, decoded.how) == (NOTICE_PAGE, "detected")


@pytest.mark.parametrize("body, content_type, how", [
    (NOTICE_PAGE.encode("utf-8"), "text/html; charset=utf-16", "detected"),
    (NOTICE_PAGE.encode("utf-8"), "text/html; charset=utf-16le", "detected"),
    (NOTICE_PAGE.encode("utf-8"), "text/html; charset=utf-32", "detected"),
    (codecs.BOM_UTF16_LE + NOTICE_PAGE.encode("utf-8"), "text/html", "detected"),
    (codecs.BOM_UTF16_BE + NOTICE_PAGE.encode("utf-8"), "text/html; charset=utf-8", "header"),
    (('<meta charset="utf-16">' + NOTICE_PAGE).encode("utf-8"), "text/html", "detected"),
    (NOTICE_PAGE.encode("gb18030"), "text/html; charset=utf-16", "detected"),
])
def test_a_utf16_label_or_bom_on_other_bytes_is_distrusted(body, content_type, how):
    decoded = decode_html(body, content_type)
    assert NOTICE_PAGE in decoded.text
    assert decoded.how == how


@pytest.mark.parametrize("body, content_type, how", [
    (NOTICE_PAGE.encode("utf-16-le"), "text/html; charset=utf-16le", "header"),
    (codecs.BOM_UTF16_LE + NOTICE_PAGE.encode("utf-16-le"), "text/html", "bom"),
    (codecs.BOM_UTF16_BE + NOTICE_PAGE.encode("utf-16-be"), "text/html; charset=gbk", "bom"),
    (NOTICE_PAGE.encode("utf-16-le"), "text/html", "detected"),  # no label, no BOM
])
def test_real_utf16_pages_still_decode(body, content_type, how):
    decoded = decode_html(body, content_type)
    assert (decoded.text, decoded.how) == (NOTICE_PAGE, how)


def test_implausible_text_is_named():
    from spiders.encoding import judge

    utf8, gbk = NOTICE_PAGE.encode("utf-8"), NOTICE_PAGE.encode("gbk")
    assert judge(NOTICE_PAGE, utf8)[0] is None
    assert judge(utf8.decode("utf-16-le", "replace"), utf8)[0] == "the markup is gone"
    assert judge(gbk.decode("utf-8", "replace"), gbk)[0].endswith("undecodable bytes")
    hangul = "<p>" + "가나다라마바사" * 10 + "</p>"
    assert judge(hangul, hangul.encode("utf-8"))[0] == "70 of 77 characters are unlikely on a page"


def test_only_an_unusable_charset_label_is_dropped_from_the_header():
    from spiders.encoding import without_unusable_charset

    assert without_unusable_charset(b"text/html; charset=rot13") == b"text/html"
    assert without_unusable_charset(b'text/html;charset="ROT13"; q=1') == b"text/html; q=1"
    assert without_unusable_charset(b"text/html; charset=GBK") == b"text/html; charset=GBK"
    assert without_unusable_charset(b"text/html") == b"text/html"


# --- WeChat pages ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def wechat_article():
    return site_page("wx/article.html")


def test_wechat_title_from_og_title(wechat_article):
    assert wechat_article.title == "关于组织申报2025年度省级专精特新中小企业的通知"


def test_wechat_account(wechat_article):
    assert wechat_article.account == "江苏中小企业"


def test_wechat_publish_time_is_a_date_in_china(wechat_article):
    # ct = 1758558600 is 2025-09-23 00:30 in Shanghai, still 2025-09-22 in UTC.
    assert wechat_article.published == date(2025, 9, 23)


def test_wechat_body_from_js_content(wechat_article):
    assert wechat_article.layout == "wechat"
    assert 'id="js_content"' in wechat_article.content_html
    assert "申报截止时间：2025年10月20日17:00" in wechat_article.content_html
    assert "rich_media_title" not in wechat_article.content_html


def test_wechat_lazy_images_get_a_src(wechat_article):
    assert 'src="https://mmbiz.qpic.cn/mmbiz_png/fixture/640?wx_fmt=png"' in wechat_article.content_html


def test_wechat_page_becomes_a_notice(wechat_article):
    notice = notice_of(wechat_article)
    assert notice.title == "关于组织申报2025年度省级专精特新中小企业的通知"
    assert notice.account == "江苏中小企业"
    assert notice.published == date(2025, 9, 23)
    assert notice.origin == "省工业和信息化厅"  # the body's closing 来源 line
    assert "025-83335678" in notice.text
    assert notice.url == f"{BASE}/wx/article.html"


def test_wechat_title_falls_back_to_msg_title_with_js_escapes():
    markup = (
        "<html><head><script>var msg_title = '\\x26quot;专精特新\\x26quot;企业申报指南'.html(false);"
        'var ct = "1758558600";</script></head><body><div id="js_content"><p>正文</p></div></body></html>'
    )
    page = parse_detail_page(markup, "https://mp.weixin.qq.com/s/abc")
    assert page.title == '"专精特新"企业申报指南'


def test_wechat_publish_time_falls_back_to_the_page_text():
    markup = ('<html><body><h1 id="activity-name">通知</h1><em id="publish_time">2025-09-20 08:00</em>'
              '<div id="js_content"><p>正文内容</p></div></body></html>')
    page = parse_detail_page(markup, "https://mp.weixin.qq.com/s/abc")
    assert page.published == date(2025, 9, 20)
    assert page.title == "通知"


def test_wechat_image_post():
    page = site_page("wx/image-post.html")
    assert page.layout == "wechat-image"
    assert page.title == "一图读懂：中小企业数字化转型城市试点"
    assert page.account == "中小企业数字化"
    assert page.published == date(2025, 9, 22)
    assert "试点城市每个最高支持1.5亿元" in page.content_html
    assert "fixture-1/0?wx_fmt=jpeg" in page.content_html and "fixture-2/0?wx_fmt=jpeg" in page.content_html


def test_wechat_repost_keeps_the_comment_and_the_original():
    page = site_page("wx/repost.html")
    assert page.layout == "wechat-repost"
    assert page.reposted_from.startswith("https://mp.weixin.qq.com/s?__biz=MzIxMzQ1Njc4OQ==")
    notice = notice_of(page)
    assert "请各相关企业关注服务月活动安排" in notice.text
    assert "工业和信息化部将于2025年10月开展中小企业服务月活动" in notice.text
    assert "原文链接：https://mp.weixin.qq.com/s?__biz=MzIxMzQ1Njc4OQ==" in notice.text


def test_wechat_reprint_names_the_original_account_as_origin():
    markup = ('<html><head><meta property="og:title" content="转载的通知"></head><body>'
              '<span id="js_name">转发号</span><div class="original_primary_nickname">原创号</div>'
              '<div id="js_content"><p>通知正文。</p></div></body></html>')
    page = parse_detail_page(markup, "https://mp.weixin.qq.com/s/abc")
    assert page.reposted_from == "原创号"
    assert notice_of(page).origin == "原创号"


def test_deleted_wechat_page_is_reported_not_parsed():
    with pytest.raises(PageUnavailable) as caught:
        site_page("wx/deleted.html")
    assert caught.value.reason == "deleted"


def test_wechat_verification_page_is_reported_as_blocked():
    with pytest.raises(PageUnavailable) as caught:
        site_page("wx/blocked.html")
    assert caught.value.reason == "blocked"


def test_deleted_page_on_the_wechat_host():
    markup = '<html><body><div class="weui-msg"><h2>该内容已被发布者删除</h2></div></body></html>'
    assert is_wechat_page(markup, "https://mp.weixin.qq.com/s/abc")
    with pytest.raises(PageUnavailable, match="deleted"):
        parse_detail_page(markup, "https://mp.weixin.qq.com/s/abc")


def test_an_article_quoting_the_deleted_message_is_still_an_article():
    markup = ('<html><head><meta property="og:title" content="谣言澄清"></head><body><div id="js_content">'
              "<p>网传通知“已被发布者删除”，经核实该通知仍然有效，申报工作照常进行，请各企业按原定时间提交材料。"
              "</p></div></body></html>")
    page = parse_detail_page(markup, "https://mp.weixin.qq.com/s/abc")
    assert page.title == "谣言澄清"


def test_wechat_page_without_body_or_known_message_is_empty():
    with pytest.raises(PageUnavailable) as caught:
        parse_detail_page("<html><body><p>?</p></body></html>", "https://mp.weixin.qq.com/s/abc")
    assert caught.value.reason == "empty"


# --- government pages ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gov_article():
    return site_page("articles/a1.html", content_selector="div.article")


def test_gov_title_from_article_title_meta(gov_article):
    assert gov_article.title == "关于申报2025年度中小企业发展专项资金的通知"


def test_gov_published_from_pubdate_meta(gov_article):
    assert gov_article.published == date(2025, 9, 1)


def test_gov_content_source_is_the_account(gov_article):
    assert gov_article.account == "中小企业处"


def test_gov_content_from_content_selector(gov_article):
    assert gov_article.layout == "gov"
    assert gov_article.content_html.startswith('<div class="article">')
    assert "版权所有" not in gov_article.content_html and "首页" not in gov_article.content_html
    assert gov_article.warnings == []


def test_gov_selector_that_matches_nothing_warns_and_falls_back():
    page = site_page("gov/attachments.html", content_selector="div.article")
    assert any("matched nothing" in w for w in page.warnings)
    assert "请认真贯彻执行" in page.content_html


def test_gov_attachments_listed_as_links():
    page = site_page("gov/attachments.html")
    assert [(a.name, a.url) for a in page.attachments] == [
        ("省级工业设计中心认定管理办法.pdf",
         f"{BASE}/module/download/downfile.jsp?classid=0&filename=gysj-banfa.pdf"),
        ("省级工业设计中心申报表", f"{BASE}/gov/files/shenbaobiao.docx"),
    ]
    text = notice_of(page).text
    assert f"省级工业设计中心申报表 {BASE}/gov/files/shenbaobiao.docx" in text
    assert "help.pdf" not in text  # a file linked from the navigation is not an attachment


def test_gbk_gov_page():
    page = site_page("gov/gbk.html", content_type="text/html")
    assert page.title == "关于征集2025年度工业互联网平台典型案例的通知"
    assert page.account == "信息化推进处"
    assert "联系人：张喆" in page.content_html


def test_gov_page_with_wrong_meta_charset():
    page = site_page("gov/wrong-meta.html", content_type="text/html")
    assert page.title == "关于做好2025年度绿色工厂推荐工作的通知"
    assert page.published == date(2025, 9, 9)
    assert "025-83336688" in notice_of(page).text


def test_truncated_page_still_parses():
    page = site_page("articles/truncated.html", content_selector="div.article")
    notice = notice_of(page)
    assert notice.title == "关于开展2025年度省级服务型制造示范遴选工作的通知"
    assert "请于2025年9月26日前报送推荐材料" in notice.text
    assert [a.name for a in page.attachments] == ["申报书模板"]


def test_gov_page_without_meta_tags():
    markup = """<html><head><title>关于开展企业技术中心认定的通知_某市工业和信息化局</title></head><body>
    <div class="nav"><a href="/">首页</a><a href="/a">机构</a><a href="/b">政务公开</a></div>
    <div class="info">发布日期：2025年9月18日</div>
    <div class="main"><p>各区工业和信息化局：现开展2025年度市级企业技术中心认定工作，请于2025年10月20日前报送。</p>
    <p>申报企业应在本市依法注册并具有独立法人资格，研发投入占比不低于3%。</p><p>联系电话：0512-68881234。</p></div>
    </body></html>"""
    page = parse_gov_page(markup, "https://gxj.example.gov.cn/art/1.html")
    assert page.title == "关于开展企业技术中心认定的通知"
    assert page.published == date(2025, 9, 18)
    assert "研发投入" in page.content_html and "政务公开" not in page.content_html
    assert page.warnings  # the densest-text fallback was used, and says so


def test_zhejiang_comment_markers_delimit_the_body():
    markup = ("<html><body><div>导航 导航</div><!--ZJEG_RSS.content.begin--><p>" + "浙江省通知正文。" * 10
              + "</p><!--ZJEG_RSS.content.end--><div>相关链接</div></body></html>")
    page = parse_gov_page(markup, "https://fgw.zj.gov.cn/art/1.html")
    assert "浙江省通知正文" in page.content_html and "相关链接" not in page.content_html


def test_early_closing_html_tag_does_not_hide_the_body():
    markup = ('<html><head><meta name="ArticleTitle" content="决议"></head><body><div>页头</div></html>'
              '<div class="pages_content"><p>' + "本次会议审议通过了年度工作报告。" * 5 + "</p></div></body></html>")
    page = parse_gov_page(markup, "https://www.gov.cn/gongbao/1.htm")
    assert "年度工作报告" in page.content_html


def test_soft_404_gov_page_is_unavailable():
    markup = "<html><body><div class='error'>对不起，您访问的页面不存在或已被删除。</div></body></html>"
    with pytest.raises(PageUnavailable) as caught:
        parse_gov_page(markup, "https://gxt.example.gov.cn/art/9.html")
    assert caught.value.reason == "deleted"


# --- feeds -----------------------------------------------------------------------------------------


def test_rss_feed_entries():
    entries = parse_feed(site_bytes("feeds/rss.xml"), f"{BASE}/feeds/rss.xml")
    assert [e.link for e in entries] == [
        f"{BASE}/wx/article.html", f"{BASE}/wx/image-post.html", f"{BASE}/wx/repost.html",
        f"{BASE}/wx/deleted.html"]
    assert entries[0].title == "关于组织申报2025年度省级专精特新中小企业的通知"
    assert entries[0].published == date(2025, 9, 23)  # 00:30 +0800, not the UTC date


def test_atom_feed_entries():
    entries = parse_feed(site_bytes("feeds/atom.xml"), f"{BASE}/feeds/atom.xml")
    assert len(entries) == 5
    assert entries[0].link == f"{BASE}/gov/gbk.html"
    assert entries[1].published == date(2025, 9, 9)  # only <updated> given
    assert entries[2].link == f"{BASE}/articles/a1.html?utm_source=rss&utm_medium=feed#top"


def test_relative_feed_links_are_resolved():
    body = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
            b"<item><title>a</title><link>/art/1.html</link></item></channel></rss>")
    (entry,) = parse_feed(body, "https://gxt.example.gov.cn/rss.xml")
    assert entry.link == "https://gxt.example.gov.cn/art/1.html"
    assert entry.published is None


@pytest.mark.parametrize("title", ["关于", "关于申报的通知"])  # feedparser copes with some such bytes alone
def test_a_feed_whose_xml_declaration_lies_is_read(title):
    feed = ('<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel><title>t</title>'
            f"<item><title>{title}</title><link>{BASE}/a.html</link></item></channel></rss>").encode("utf-8")
    (entry,) = parse_feed(feed, f"{BASE}/feed.xml")
    assert entry.title == title


def test_html_error_page_is_not_a_feed():
    with pytest.raises(FeedError):
        parse_feed(b"<html><body><h1>502 Bad Gateway</h1></body></html>", "https://example.org/feed.xml")


# --- list pages ------------------------------------------------------------------------------------


def test_list_links_in_page_order_made_absolute():
    markup = site_bytes("list/index.html").decode("utf-8")
    assert list_links(markup, f"{BASE}/list/index.html", "ul.list li a") == [
        f"{BASE}/articles/edit.html",
        f"{BASE}/articles/a1.html",
        f"{BASE}/articles/truncated.html",
        f"{BASE}/private/secret.html",
        "http://localhost:8000/articles/offsite.html",
    ]


def test_link_selector_may_match_containers():
    markup = site_bytes("list/index_1.html").decode("utf-8")
    assert list_links(markup, f"{BASE}/list/index_1.html", "ul.list li") == [
        f"{BASE}/articles/a2.html", f"{BASE}/gov/attachments.html"]


def test_next_page_link_and_last_page():
    first = site_bytes("list/index.html").decode("utf-8")
    last = site_bytes("list/index_2.html").decode("utf-8")
    assert next_page_url(first, f"{BASE}/list/index.html", "a.next") == f"{BASE}/list/index_1.html"
    assert next_page_url(last, f"{BASE}/list/index_2.html", "a.next") is None


def test_script_and_mail_links_are_not_list_links():
    markup = '<ul class="l"><li><a href="javascript:void(0)">x</a><a href="mailto:a@b.c">m</a></li></ul>'
    assert list_links(markup, BASE + "/", "ul.l a") == []


# --- real pages (../shared/external/html) ----------------------------------------------------------
#
# The pages stay in ../shared and none of their text is copied here: each expected value is read from
# the raw file at test time with a plain regular expression (no HTML parser) and the parser's output is
# compared with it; dates, counts and structure are stated outright.


def shared_page(name: str, **kwargs):
    path = SHARED_HTML / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    decoded = decode_html(path.read_bytes(), None)
    page = parse_detail_page(decoded.text, kwargs.pop("url", "https://example.gov.cn/a.html"), **kwargs)
    return decoded, page, path.read_bytes().decode("utf-8")  # all of these pages are UTF-8 bytes


def raw_meta(raw: str, name: str) -> str:
    """content of <meta name=NAME content=...> (or property=NAME), by regex on the raw file."""
    match = re.search(rf'<meta\s+(?:name|property)="{re.escape(name)}"\s+content="([^"]*)"', raw, re.I)
    assert match, f"no {name} meta in the raw page"
    return html.unescape(match.group(1)).strip()


def raw_js_string(raw: str, name: str) -> str:
    match = re.search(rf'\bvar {name} = "([^"]*)"', raw)
    assert match, f"no var {name} in the raw page"
    return match.group(1).strip()


def raw_element_text(raw: str, tag: str) -> str:
    match = re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}>", raw, re.S | re.I)
    assert match, f"no <{tag}> in the raw page"
    return html.unescape(re.sub(r"<[^>]+>", "", match.group(1))).strip()


def squeeze(text: str) -> str:
    """NFKC, no whitespace: compares text from raw markup with the notice text, which is normalised."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def raw_text_runs(raw: str, start: str, end: str = "<script", min_chars: int = 12) -> list[str]:
    """Text between tags from the element opened at `start` up to `end`, runs of at least min_chars."""
    begin = raw.index(">", raw.index(start)) + 1
    runs = (squeeze(html.unescape(t)) for t in re.split(r"<[^>]+>", raw[begin:raw.index(end, begin)]))
    return [run for run in runs if len(run) >= min_chars]


def assert_runs_in_order(runs: list[str], text: str, at_least: int) -> None:
    """Every text run of the raw body is in the notice text, in page order; and the body is no sliver."""
    assert len(runs) >= at_least and sum(map(len, runs)) >= 200, runs
    position = 0
    for run in runs:
        found = text.find(run, position)
        assert found >= 0, f"missing or out of order: {run[:40]}"
        position = found + len(run)


@pytest.mark.shared
def test_real_wechat_article_1():
    _, page, raw = shared_page("wechat_article_1.html", url="https://mp.weixin.qq.com/s/real-article-1")
    assert page.layout == "wechat"
    assert page.title == raw_meta(raw, "og:title") == raw_js_string(raw, "msg_title") != ""
    assert page.account == raw_js_string(raw, "nickname") != ""  # the parser reads #js_name instead
    assert page.published == date(2020, 2, 12)
    stamp = int(raw_js_string(raw, "ct"))  # late evening in Shanghai, the same day in UTC
    assert datetime.fromtimestamp(stamp, tz=timezone(timedelta(hours=8))).date() == page.published
    text = squeeze(notice_of(page).text)
    runs = raw_text_runs(raw, 'id="js_content"')
    assert_runs_in_order(runs, text, at_least=20)
    assert text.startswith(runs[0])


@pytest.mark.shared
def test_real_wechat_article_2():
    _, page, raw = shared_page("wechat_article_2.html", url="https://mp.weixin.qq.com/s?__biz=x")
    assert page.title == raw_meta(raw, "og:title") == raw_js_string(raw, "msg_title") != ""
    assert page.account == raw_js_string(raw, "nickname") != ""
    assert page.published == date(2020, 2, 11)
    assert page.reposted_from is None
    text = squeeze(notice_of(page).text)
    runs = raw_text_runs(raw, 'id="js_content"')
    assert_runs_in_order(runs, text, at_least=40)  # the code lines of its <pre> blocks included
    assert text.endswith(runs[-1])


@pytest.mark.shared
def test_real_hanweb_notice_with_attachment():
    url = "https://www.example.gov.cn/art/2023/10/23/x.html"
    _, page, raw = shared_page("gov_detail_lishui_notice_utf8.html", url=url)
    assert page.title == raw_meta(raw, "ArticleTitle") == raw_element_text(raw, "title") != ""
    assert page.published == date(2023, 10, 23)
    assert raw_meta(raw, "PubDate").startswith("2023-10-23")
    assert page.account == raw_meta(raw, "ContentSource") != ""
    hrefs = re.findall(r'<a href="([^"]*/downfile\.jsp\?[^"]*\.pdf)"', raw)
    assert len(hrefs) == 1
    assert [a.url for a in page.attachments] == [urljoin(url, html.unescape(hrefs[0]))]
    assert page.attachments[0].url.startswith("https://www.example.gov.cn/module/download/downfile.jsp?")
    text = squeeze(notice_of(page).text)
    runs = raw_text_runs(raw, '<div class="zoom"')
    assert_runs_in_order(runs, text, at_least=10)
    assert text.startswith(runs[0])  # the addressees' line opens the text: nothing of the page header


@pytest.mark.shared
def test_real_zhejiang_page_uses_comment_markers():
    _, page, raw = shared_page("gov_detail_zj_fgw_hanweb_utf8.html")
    assert page.title == raw_meta(raw, "ArticleTitle") == raw_element_text(raw, "title") != ""
    assert page.published == date(2016, 11, 22)
    assert page.account == raw_meta(raw, "contentSource") != ""
    (body,) = raw_text_runs(raw, "ZJEG_RSS.content.begin", "ZJEG_RSS.content.end")
    assert len(body) >= 200
    assert squeeze(notice_of(page).text) == body  # exactly the text between the markers


@pytest.mark.shared
def test_real_gov_cn_gongbao_page():
    _, page, raw = shared_page("gov_detail_govcn_gongbao_utf8.html")
    # No title meta: the <title> up to the site suffix ("__…"), whitespace aside.
    assert squeeze(page.title) == squeeze(raw_element_text(raw, "title").split("__")[0]) != ""
    assert page.published == date(2007, 8, 20)
    text = notice_of(page).text
    runs = raw_text_runs(raw, 'id="UCAP-CONTENT"')
    assert_runs_in_order(runs, squeeze(text), at_least=5)
    assert squeeze(text) == "".join(runs)  # nothing else: no navigation, no footer
    assert "无障碍" not in text


@pytest.mark.shared
def test_real_shanxi_page():
    _, page, raw = shared_page("gov_detail_shanxi_news_utf8.html")
    assert page.title == raw_meta(raw, "ArticleTitle") != ""
    assert raw_element_text(raw, "title").startswith(page.title + " - ")  # <title> adds the site name
    assert page.published == date(2019, 9, 18)
    assert page.account == raw_meta(raw, "ContentSource") != ""
    text = squeeze(notice_of(page).text)
    runs = raw_text_runs(raw, 'class="article-body')
    assert_runs_in_order(runs, text, at_least=8)
    assert text.startswith(runs[0]) and text.endswith(runs[-1])


@pytest.mark.shared
def test_real_page_with_lying_meta_charset():
    decoded, page, raw = shared_page("charset_mismatch_meta_gb2312_bytes_utf8_people.html")
    assert (decoded.encoding, decoded.how, decoded.declared) == ("utf-8", "detected", "GB2312")
    assert page.title == raw_element_text(raw, "h1") != ""
    assert raw_element_text(raw, "title").startswith(page.title + "--")
    assert re.fullmatch(r"[\u4e00-\u9fff，]{10,}", page.title)  # read as UTF-8, not GB2312 mojibake
