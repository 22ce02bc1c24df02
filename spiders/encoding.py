"""Bytes of an HTML page into text, trusting declarations only as far as the bytes agree with them.

Order: a byte-order mark wins; then the charset in the Content-Type header; then the page's own
<meta charset>. A declared charset whose decoding yields replacement characters is treated as a lie
(pages re-saved as UTF-8 keep their old `charset=gb2312`), and the encoding is detected instead.
GB2312 and GBK are always decoded as GB18030, their superset, since real pages use characters outside
GB2312 while still declaring it.
"""
from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass

logger = logging.getLogger(__name__)

# Charsets that pages declare but whose superset decodes what they actually contain.
SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "euc-cn": "gb18030",
    "hz-gb-2312": "gb18030",
    "iso-8859-1": "cp1252",  # what browsers do, and what servers mean by it
    "latin-1": "cp1252",
    "ascii": "utf-8",
    "us-ascii": "utf-8",
}
BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# A few stray replacement characters are tolerated (some pages carry one broken byte); more means
# the declaration is wrong.
MAX_REPLACEMENTS = 2
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I
)
META_SCAN_BYTES = 4096  # the HTML spec says the declaration must sit in the first 1024 bytes; be lenient


@dataclass
class DecodedPage:
    text: str
    encoding: str  # the Python codec name used
    declared: str | None  # what the header or meta said, if anything
    how: str  # "bom" | "header" | "meta" | "detected"


def normalise_charset(name: str | None) -> str | None:
    """A declared charset name as a Python codec name, or None when Python does not know it."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = SUPERSETS.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def header_charset(content_type: str | bytes | None) -> str | None:
    if isinstance(content_type, bytes):
        content_type = content_type.decode("latin-1")
    match = _HEADER_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:META_SCAN_BYTES])
    return match.group(1).decode("ascii", "ignore") if match else None


def decode_html(body: bytes, content_type: str | bytes | None = None) -> DecodedPage:
    """Decode a page's bytes; `content_type` is the HTTP Content-Type header value, if any."""
    for bom, codec in BOMS:
        if body.startswith(bom):
            return DecodedPage(body[len(bom):].decode(codec, errors="replace"), codec, None, "bom")
    declared_raw = header_charset(content_type)
    how = "header"
    if normalise_charset(declared_raw) is None:
        declared_raw, how = meta_charset(body), "meta"
    declared = normalise_charset(declared_raw)
    if declared:
        text = body.decode(declared, errors="replace")
        if text.count("\ufffd") <= MAX_REPLACEMENTS:
            return DecodedPage(text, declared, declared_raw, how)
        logger.info("declared charset %s does not fit the bytes; detecting instead", declared_raw)
    codec = detect_encoding(body)
    return DecodedPage(body.decode(codec, errors="replace"), codec, declared_raw, "detected")


def detect_encoding(body: bytes) -> str:
    """Strict UTF-8 first (GBK text almost never is valid UTF-8), then charset-normalizer."""
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(body).best()
    if best is None:
        return "utf-8"
    return normalise_charset(best.encoding) or "utf-8"
