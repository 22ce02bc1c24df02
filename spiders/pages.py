"""Detail pages (WeChat articles and government CMS pages) into `DetailPage`s: pure functions over HTML.

Nothing here knows about Scrapy: a spider decodes the response (spiders/encoding.py), calls
`parse_detail_page`, and turns the result into a `RawRecord` with `page_record`. Parsers raise
`PageUnavailable` for pages that must never be indexed (deleted articles, WeChat's verification page)
and note layout surprises in `DetailPage.warnings` instead of failing.
"""
from __future__ import annotations

import html as htmllib
import logging
import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html
from lxml import etree

from pipeline.dates import date_from_timestamp
from pipeline.records import RawRecord
from pipeline.urls import WECHAT_HOSTS
from spiders import patterns as pt

logger = logging.getLogger(__name__)




class PageUnavailable(ValueError):
    """A page that stands in for an article: deleted, blocked by a verification wall, or empty."""

    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason  # "deleted" | "blocked" | "empty"
        self.detail = detail


@dataclass
class Attachment:
    name: str
    url: str


@dataclass
class DetailPage:
    url: str
    title: str
    published: date | None
    account: str | None  # the WeChat account, or a government page's ContentSource
    content_html: str  # the article body only, not the whole page
    layout: str  # "wechat" | "wechat-image" | "wechat-repost" | "gov"
    attachments: list[Attachment] = field(default_factory=list)
    reposted_from: str | None = None  # a repost's original account or URL
    warnings: list[str] = field(default_factory=list)


def parse_detail_page(markup: str, url: str, *, content_selector: str | None = None) -> DetailPage:
    """Parse a WeChat or government detail page, choosing the parser by host and page markers."""
    if is_wechat_page(markup, url):
        return parse_wechat_page(markup, url)
    return parse_gov_page(markup, url, content_selector=content_selector)


def is_wechat_page(markup: str, url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    if host in WECHAT_HOSTS:
        return True
    head = markup[:200_000]
    return "var msg_title" in head or 'id="js_content"' in head or "rich_media_title" in head


def page_record(
    page: DetailPage,
    *,
    source: str,
    fallback_title: str | None = None,
    fallback_published: date | str | None = None,
) -> RawRecord:
    """The raw record a spider yields for a parsed page.

    Attachments are appended as a list of links (the body usually names them without their URLs). A
    repost's original is appended too: a URL as 原文链接, an account name as the closing 来源 line,
    which normalisation turns into the notice's `origin`.
    """
    content = page.content_html
    if page.attachments:
        items = "".join(
            f'<li>{htmllib.escape(a.name)} <a href="{htmllib.escape(a.url)}">{htmllib.escape(a.url)}</a></li>'
            for a in page.attachments
        )
        content += f"<div><p>附件链接：</p><ul>{items}</ul></div>"
    original = page.reposted_from
    if original and original.startswith(("http://", "https://")):
        content += f'<p>原文链接：<a href="{htmllib.escape(original)}">{htmllib.escape(original)}</a></p>'
    elif original:
        content += f"<p>来源：{htmllib.escape(original)}</p>"
    return RawRecord(
        title=page.title or fallback_title,
        content=content,
        url=page.url,
        published=page.published or fallback_published,
        account=page.account,
        source=source,
        provenance=page.url,
        content_html=page.content_html,
    )


# --- WeChat ---------------------------------------------------------------------------------------


def parse_wechat_page(markup: str, url: str) -> DetailPage:
    doc = html_document(markup, url)
    show_type = _js_var(markup, "show_type") or "0"
    body = _first(doc, pt.WECHAT_ARTICLE_BODY)
    share_body = _first(doc, pt.WECHAT_SHARE_BODY)
    reposted_from = None
    if show_type in pt.WECHAT_IMAGE_POST_TYPES or (body is None and _image_post_images(doc, markup)):
        layout, content_html = "wechat-image", _image_post_content(doc, markup)
    elif share_body is not None and (body is None or not _text_of(body)):
        layout, content_html = "wechat-repost", _html_of(share_body)
        reposted_from = _share_source(doc)
    elif body is not None and (_text_of(body) or body.xpath(".//img")):
        layout, content_html = "wechat", _html_of(body)
        reposted_from = _first_text(doc, pt.WECHAT_REPRINT_SOURCE)
    else:
        _raise_unavailable(_text_of(doc))
        layout, content_html = "wechat", _text_post_content(doc, markup)
    content = lxml.html.fragment_fromstring(content_html, create_parent="div")
    account = _wechat_account(doc, markup)
    if reposted_from == account:
        reposted_from = None
    page = DetailPage(
        url=url,
        title=_wechat_title(doc, markup) or _first_line(content),  # text posts have no title
        published=_wechat_published(doc, markup),
        account=account,
        content_html=content_html,
        layout=layout,
        attachments=_attachments(content, url, None),
        reposted_from=reposted_from,
    )
    if page.published is None:
        page.warnings.append("no publish time (ct) found")
    return page


def _raise_unavailable(text: str) -> None:
    """Called for a page without an article body: raise if it says why (deleted, blocked)."""
    for marker in pt.DELETED_MARKERS:
        if marker in text:
            raise PageUnavailable("deleted", marker)
    for marker in pt.BLOCKED_MARKERS:
        if marker in text:
            raise PageUnavailable("blocked", marker)


def _text_post_content(doc: lxml.html.HtmlElement, markup: str) -> str:
    for selector in pt.WECHAT_IMAGE_POST_TEXT:
        element = _first(doc, selector)
        if element is not None and _text_of(element):
            return _html_of(element)
    raise PageUnavailable("empty", "no article body (#js_content) on the page")


def _wechat_title(doc: lxml.html.HtmlElement, markup: str) -> str:
    return (
        _meta(doc, "og:title")
        or _js_var(markup, "title")
        or _first_text(doc, pt.WECHAT_TITLE_SELECTORS)
        or ""
    ).strip()


def _wechat_account(doc: lxml.html.HtmlElement, markup: str) -> str | None:
    return _first_text(doc, pt.WECHAT_ACCOUNT_SELECTORS) or _js_var(markup, "account") or None


def _source_name(value: str | None) -> str | None:
    """"来源：人民网-文化频道" -> "人民网-文化频道"."""
    value = re.sub(r"^\s*(?:来源|信息来源|文章来源)\s*[:：]\s*", "", value or "").strip()
    return value or None


def _wechat_published(doc: lxml.html.HtmlElement, markup: str) -> date | None:
    """From the page's `ct` Unix timestamp, as a date in China (a post at 00:30 is that day's)."""
    stamp = _js_var(markup, "timestamp")
    if stamp and stamp.strip().isdigit():
        return date_from_timestamp(int(stamp))
    return _date_in(_first_text(doc, (pt.WECHAT_PUBLISH_TIME_SELECTOR,)) or "")


def _image_post_images(doc: lxml.html.HtmlElement, markup: str) -> list[str]:
    urls = []
    for selector in pt.WECHAT_IMAGE_POST_IMAGES:
        for img in doc.cssselect(selector):
            src = img.get("data-src") or img.get("src")
            if src:
                urls.append(src)
    # Image posts rendered by script keep their pictures in `picture_page_info_list`.
    urls += re.findall(r"""cdn_url\s*:\s*['"]([^'"]+)['"]""", markup)
    return list(dict.fromkeys(_unescape_js(u) for u in urls))


def _image_post_content(doc: lxml.html.HtmlElement, markup: str) -> str:
    text = ""
    for selector in pt.WECHAT_IMAGE_POST_TEXT:
        element = _first(doc, selector)
        if element is not None and _text_of(element):
            text = _text_of(element)
            break
    text = text or _meta(doc, "og:description") or _js_var(markup, "description") or ""
    paragraphs = "".join(f"<p>{htmllib.escape(line)}</p>" for line in text.splitlines() if line.strip())
    images = "".join(f'<p><img src="{htmllib.escape(u)}"></p>' for u in _image_post_images(doc, markup))
    return f"<div>{paragraphs}{images}</div>"


def _share_source(doc: lxml.html.HtmlElement) -> str | None:
    link = _first(doc, pt.WECHAT_SHARE_SOURCE)
    if link is not None:
        return link.get("href") or _text_of(link) or None
    return _first_text(doc, pt.WECHAT_REPRINT_SOURCE)


_JS_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)")


def _unescape_js(value: str) -> str:
    def replace(match: re.Match[str]) -> str:
        code = match.group(1)
        if code[0] in "xu" and len(code) > 1:
            return chr(int(code[1:], 16))
        return {"n": "\n", "t": "\t", "r": ""}.get(code, code)

    return htmllib.unescape(_JS_ESCAPE.sub(replace, value))


def _js_var(markup: str, key: str) -> str | None:
    """First non-empty value of one of the JavaScript variables listed for `key`."""
    for name in pt.WECHAT_JS_VARS[key]:
        pattern = rf"""\b{name}\s*=\s*(?:htmlDecode\(\s*)?(["'])((?:\\.|(?!\1).)*?)\1"""
        for match in re.finditer(pattern, markup):
            value = _unescape_js(match.group(2)).strip()
            if value:
                return value
    return None


# --- Government pages -----------------------------------------------------------------------------


def parse_gov_page(markup: str, url: str, *, content_selector: str | None = None) -> DetailPage:
    doc = html_document(markup, url)
    warnings: list[str] = []
    title = _gov_title(doc)  # before boilerplate removal: some templates put the <h1> in <header>
    stated_date = _date_in(_meta(doc, *pt.GOV_META_PUBLISHED) or "")
    page_text = _text_of(doc)
    content = _gov_content(doc, markup, content_selector, warnings)
    if content is None or len(_text_of(content)) < pt.SHORT_PAGE_CHARS:
        # A stand-in page (deleted, verification wall, soft 404) served with status 200, whether
        # from a government site or a WeChat error page that did not look like WeChat.
        _raise_unavailable(page_text)
    if content is None:
        raise PageUnavailable("empty", "no content found on the page")
    page = DetailPage(
        url=url,
        title=title,
        published=stated_date or _gov_published(doc, content),
        account=_source_name(_meta(doc, *pt.GOV_META_SOURCE)),
        content_html=_html_of(content),
        layout="gov",
        attachments=_attachments(doc, url, content),
        warnings=warnings,
    )
    if not page.title:
        warnings.append("no title found")
    return page


def _gov_title(doc: lxml.html.HtmlElement) -> str:
    title = _meta(doc, *pt.GOV_META_TITLE)
    if title:
        return title
    heading = _first_text(doc, ("h1",))
    if heading:
        return heading
    page_title = _first_text(doc, ("title",)) or ""
    return pt.TITLE_SITE_SEPARATORS.split(page_title, maxsplit=1)[0].strip()


def _gov_published(doc: lxml.html.HtmlElement, content: lxml.html.HtmlElement) -> date | None:
    """The date printed on the page ("发布日期：…") when no meta tag states it."""
    # Many templates print "发布日期：…" above the body; look outside the body first.
    for element in (doc.find("body") if doc.find("body") is not None else doc, content):
        found = _date_line(_text_of(element))
        if found:
            return found
    return None


def _gov_content(
    doc: lxml.html.HtmlElement, markup: str, selector: str | None, warnings: list[str]
) -> lxml.html.HtmlElement | None:
    _drop_boilerplate(doc)
    if selector:
        element = _largest(doc.cssselect(selector))
        if element is not None and len(_text_of(element)) >= 1:
            return element
        warnings.append(f"content_selector {selector!r} matched nothing; fell back to heuristics")
    for begin, end in pt.GOV_CONTENT_COMMENT_MARKERS:
        start = markup.find(begin)
        stop = markup.find(end, start + 1)
        if start >= 0 and stop > start:
            fragment = lxml.html.fragment_fromstring(markup[start + len(begin):stop], create_parent="div")
            if len(_text_of(fragment)) >= pt.MIN_CONTENT_CHARS:
                return fragment
    for candidate in pt.GOV_CONTENT_SELECTORS:
        element = _largest(doc.cssselect(candidate))
        if element is not None and len(_text_of(element)) >= pt.MIN_CONTENT_CHARS:
            return element
    element = readability_candidate(doc)
    if element is not None:
        warnings.append("no known content container; used the densest text block")
    return element


def readability_candidate(doc: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The element holding most paragraph text, in the spirit of Readability.

    Each paragraph's text length is credited to its parent in full and its grandparent in half;
    the parent's score is then cut by its share of link text, so navigation blocks lose.
    """
    scores: dict[lxml.html.HtmlElement, float] = {}
    for paragraph in doc.iter("p", "td", "pre", "section"):
        text = _text_of(paragraph)
        if len(text) < 10:
            continue
        parent = paragraph.getparent()
        if parent is None:
            continue
        weight = len(text) + text.count("，") + text.count("。")
        scores[parent] = scores.get(parent, 0.0) + weight
        grandparent = parent.getparent()
        if grandparent is not None:
            scores[grandparent] = scores.get(grandparent, 0.0) + weight / 2
    best, best_score = None, 0.0
    for element, score in scores.items():
        score *= 1 - _link_density(element)
        if score > best_score:
            best, best_score = element, score
    if best is None:
        body = doc.find("body")
        if body is not None and len(_text_of(body)) >= pt.MIN_CONTENT_CHARS:
            return body
    return best


def _link_density(element: lxml.html.HtmlElement) -> float:
    text = len(_text_of(element)) or 1
    linked = sum(len(_text_of(a)) for a in element.iter("a"))
    return min(linked / text, 1.0)


def _drop_boilerplate(doc: lxml.html.HtmlElement) -> None:
    for element in list(doc.iter(*pt.BOILERPLATE_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()


# --- shared helpers -------------------------------------------------------------------------------


def html_document(markup: str, url: str) -> lxml.html.HtmlElement:
    """Parse decoded HTML leniently (truncated pages too), with links made absolute against `url`."""
    # lxml refuses str input that carries an XML encoding declaration; strip it, the text is decoded.
    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", markup)
    # Templates glued from fragments close </html> early (gov.cn does, after its header); libxml2
    # then drops everything after it. The parser closes both tags at the end by itself.
    markup = re.sub(r"</(?:html|body)\s*>", "", markup, flags=re.I)
    try:
        doc = lxml.html.document_fromstring(markup or "<html></html>")
    except (etree.ParserError, ValueError):
        doc = lxml.html.document_fromstring("<html><body></body></html>")
    doc.make_links_absolute(url, resolve_base_href=True, handle_failures="ignore")
    for img in doc.iter("img"):
        if img.get("data-src") and not img.get("src"):
            img.set("src", urljoin(url, img.get("data-src")))
    return doc


def _attachments(
    doc: lxml.html.HtmlElement, url: str, content: lxml.html.HtmlElement | None
) -> list[Attachment]:
    """Links to files (by extension in path or query, or by 附件 link text), body links first."""
    found: dict[str, Attachment] = {}
    scopes = [content, doc] if content is not None else [doc]
    for scope in scopes:
        for link in scope.iter("a"):
            href = (link.get("href") or "").strip()
            name = _text_of(link)
            if not href or href.startswith(("javascript:", "mailto:", "#")) or href in found:
                continue
            if _looks_like_file(href) or _looks_like_file(name) or pt.ATTACHMENT_TEXT.search(name):
                found[href] = Attachment(name=name or unquote(urlsplit(href).path.rsplit("/", 1)[-1]), url=href)
    return list(found.values())


def _looks_like_file(value: str) -> bool:
    parts = urlsplit(value)
    candidates = [parts.path, *re.split(r"[&=]", parts.query)] if parts.scheme or "/" in value else [value]
    return any(c.lower().rstrip().endswith(pt.ATTACHMENT_EXTENSIONS) for c in candidates)


def _meta(doc: lxml.html.HtmlElement, *names: str) -> str | None:
    wanted = [n.lower() for n in names]
    found: dict[str, str] = {}
    for meta in doc.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").strip().lower()
        value = (meta.get("content") or "").strip()
        if key in wanted and value and key not in found:
            found[key] = value
    for name in wanted:
        if name in found:
            return htmllib.unescape(found[name])
    return None


def _first(doc: lxml.html.HtmlElement, selector: str) -> lxml.html.HtmlElement | None:
    matches = doc.cssselect(selector)
    return matches[0] if matches else None


def _first_text(doc: lxml.html.HtmlElement, selectors: tuple[str, ...]) -> str | None:
    for selector in selectors:
        element = _first(doc, selector)
        if element is not None:
            text = _text_of(element)
            if text:
                return text
    return None


def _largest(elements: list[lxml.html.HtmlElement]) -> lxml.html.HtmlElement | None:
    return max(elements, key=lambda e: len(_text_of(e)), default=None)


def _text_of(element: lxml.html.HtmlElement) -> str:
    return re.sub(r"\s+", " ", element.text_content() or "").strip()


def _html_of(element: lxml.html.HtmlElement) -> str:
    return lxml.html.tostring(element, encoding="unicode", method="html")


def _first_line(element: lxml.html.HtmlElement, limit: int = 64) -> str:
    for line in (element.text_content() or "").splitlines():
        if line.strip():
            return line.strip()[:limit]
    return ""


_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


def _date_in(text: str) -> date | None:
    match = _DATE.search(text)
    return _to_date(match) if match else None


def _date_line(text: str) -> date | None:
    match = pt.GOV_DATE_LINE.search(text)
    return _to_date(match) if match else None


def _to_date(match: re.Match[str]) -> date | None:
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
