"""What detail-page parsers look for, as data: markers, meta names, selectors and file types.

Kept apart from the code in spiders/pages.py so that someone who knows the sites (but not the code) can
add a CMS's content container or a new WeChat error message here.
"""
from __future__ import annotations

import re

# --- WeChat (mp.weixin.qq.com) article pages -------------------------------------------------------


# Pages served (with status 200) instead of an article. Matched only when a page has no article
# body or a very short one, so an article that merely quotes one of these phrases is not mistaken
# for an error page.
DELETED_MARKERS = (
    # WeChat
    "已被发布者删除",
    "此内容因违规无法查看",
    "该内容已被删除",
    "此内容发送失败无法查看",
    "该公众号已迁移",
    "此帐号已被屏蔽",
    "此账号已被屏蔽",
    "此帐号已自主注销",
    "此账号已自主注销",
    # government CMSs (soft 404s)
    "信息已删除",
    "信息已被删除",
    "您访问的页面不存在",
    "您访问的信息不存在",
)
# Anti-crawler verification walls ("当前环境异常，完成验证后即可继续访问").
BLOCKED_MARKERS = (
    "环境异常",
    "完成验证后即可继续访问",
    "访问过于频繁",
)
# A body shorter than this (characters) is checked against the markers above.
SHORT_PAGE_CHARS = 200

# JavaScript variables WeChat pages set; values are quoted strings, sometimes wrapped in htmlDecode()
# or followed by `.html(false)`.
WECHAT_JS_VARS = {
    "title": ("msg_title",),
    "account": ("nickname", "profile_nickname"),
    "timestamp": ("ct", "create_time", "publish_time_stamp"),
    "show_type": ("item_show_type",),
    "source_url": ("msg_source_url",),
    "description": ("msg_desc",),
}

# item_show_type values: 0 ordinary article, 5 video, 7 audio, 8 image post (图片消息), 10 text post.
WECHAT_IMAGE_POST_TYPES = ("8",)
WECHAT_TEXT_POST_TYPES = ("10",)

# Where each kind of post keeps its body.
WECHAT_ARTICLE_BODY = "#js_content"
WECHAT_SHARE_BODY = "#js_share_content"  # a repost: the sharer's comment plus a card of the original
WECHAT_SHARE_SOURCE = "#js_share_source"  # link to the original article in a repost
WECHAT_IMAGE_POST_TEXT = ("#js_image_desc", ".share_notice", "#js_text_desc", "#js_text_content")
WECHAT_IMAGE_POST_IMAGES = (".swiper_item img", "#js_image_content img", ".img_swiper_area img")
WECHAT_ACCOUNT_SELECTORS = ("#js_name", "#profileBt a", ".profile_nickname")
WECHAT_TITLE_SELECTORS = ("#activity-name", ".rich_media_title")
WECHAT_PUBLISH_TIME_SELECTOR = "#publish_time"
# "以下文章来源于 X" heading of a reprint; the account name of the original follows.
WECHAT_REPRINT_SOURCE = (".original_primary_nickname", "#js_reprint_name")

# --- Government CMS pages ---------------------------------------------------------------------------

# <meta name=…> the common government CMSs (Hanweb/大汉 JCMS, TRS WCM, 政府网站集约化平台) emit.
# Names are compared case-insensitively; the first present wins.
GOV_META_TITLE = ("ArticleTitle", "og:title", "title")
GOV_META_PUBLISHED = ("PubDate", "publishdate", "firstpublishedtime", "Maketime", "article:published_time")
GOV_META_SOURCE = ("ContentSource", "source", "SiteName")

# Content containers of common government templates, tried in order when the source names none.
GOV_CONTENT_SELECTORS = (
    "#zoom",
    ".zoom",
    "#Zoom",
    ".TRS_Editor",
    ".TRS_UEDITOR",
    ".pages_content",
    "#UCAP-CONTENT",
    ".article-content",
    ".article_content",
    "#article-content",
    ".art_con",
    ".artCon",
    "#content",
    ".content",
    "article",
    ".article",
)
# Zhejiang sites (and some Hanweb installs) mark the body with comments instead of an element.
GOV_CONTENT_COMMENT_MARKERS = (
    ("<!--ZJEG_RSS.content.begin-->", "<!--ZJEG_RSS.content.end-->"),
    ("<!--ContentStart-->", "<!--ContentEnd-->"),
)
# A container shorter than this (characters of text) is navigation or a stub, not the body.
MIN_CONTENT_CHARS = 40

# Text lines giving the publication date when no meta tag does: "发布日期：2023-10-23".
GOV_DATE_LINE = re.compile(
    r"(?:发布日期|发布时间|发文日期|成文日期|日期)\s*[:：]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})"
)
# <title> suffixes such as "_中国政府网" or " - 某省人民政府门户网站" are cut at the first separator.
TITLE_SITE_SEPARATORS = re.compile(r"\s*(?:__?|\s-\s|--|\|)\s*")

# Elements that are never part of the body, whatever the template.
# (Not <form>: ASP.NET sites wrap the whole page in one.)
BOILERPLATE_TAGS = ("script", "style", "noscript", "template", "iframe", "nav", "header", "footer")

# --- Attachments -----------------------------------------------------------------------------------

ATTACHMENT_EXTENSIONS = (
    ".pdf", ".doc", ".docx", ".wps", ".xls", ".xlsx", ".et", ".ppt", ".pptx", ".zip", ".rar", ".7z",
    ".ofd", ".txt", ".csv",
)
# Link text that says "attachment" even when the URL hides the file type (download.jsp?id=…).
ATTACHMENT_TEXT = re.compile(r"^\s*附件\s*\d*\s*[:：]|附件下载")
