"""Canonical URLs and stable notice ids.

WeChat article links are identified by __biz, mid, idx and sn; everything else on them (chksm, scene,
#rd …) varies per share. Other URLs lose their fragment and common tracking parameters.
"""
from __future__ import annotations

import hashlib
import html
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

WECHAT_HOSTS = ("mp.weixin.qq.com",)
WECHAT_KEEP_PARAMS = ("__biz", "mid", "idx", "sn")
# Characters left as they are in query values (WeChat's __biz ends in "==").
QUERY_SAFE = "=:/@!$'()*,;"
TRACKING_PARAMS = {
    "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "utm_id", "spm", "from",
    "isappinstalled", "scene", "clicktime", "enterid", "sessionid", "share_token", "ref", "fbclid",
    "gclid", "chksm", "subscene", "ascene", "devicetype", "version", "nettype", "lang", "exportkey",
    "pass_ticket", "wx_header", "poc_token", "srcid", "sharer_sharetime", "sharer_shareid",
}

TRACKING_PREFIXES = ("utm_",)  # every utm_* (utm_reader, utm_name …), not only the five common ones


def is_tracking_param(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def canonical_url(url: str | None) -> str | None:
    if not url or not url.strip():
        return None
    url = html.unescape(url.strip())  # dumps scraped from HTML carry "&amp;" between parameters
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return None
    host = parts.netloc.lower()
    params = parse_qsl(parts.query, keep_blank_values=True)
    if host in WECHAT_HOSTS and parts.path.rstrip("/") == "/s":
        kept = {k: v for k, v in params if k in WECHAT_KEEP_PARAMS}
        if all(k in kept for k in WECHAT_KEEP_PARAMS):
            query = urlencode([(k, kept[k]) for k in WECHAT_KEEP_PARAMS], safe=QUERY_SAFE)
            return urlunsplit(("https", host, "/s", query, ""))
        # short links (/s/<token>) and partial ones are already as canonical as they get
    query = urlencode([(k, v) for k, v in params if not is_tracking_param(k)], safe=QUERY_SAFE)
    scheme = "https" if host in WECHAT_HOSTS else parts.scheme.lower()
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def notice_id(url: str | None, source: str | None, source_id: str | None, content_hash: str) -> str:
    """Stable id: from the canonical URL, else source + source id, else the content hash."""
    if url:
        key = "url:" + url
    elif source and source_id:
        key = f"src:{source}:{source_id}"
    else:
        key = "hash:" + content_hash
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
