"""Bytes of an HTML page into text, trusting declarations only as far as the bytes agree with them.

Candidates in order: the codec of a byte-order mark, the charset in the Content-Type header, the
page's own <meta charset>, then detection (strict UTF-8, else charset-normalizer). The first whose
text is plausible wins. A BOM or label can lie: pages re-saved as UTF-8 keep their old
`charset=gb2312`, servers send `charset=utf-16` or a stray UTF-16 BOM in front of UTF-8 bytes, and
labels may name no text encoding at all (`rot13`). Text is implausible when it has more than a few
replacement characters, lost the page's markup (UTF-8 read as UTF-16 has no "<" left), or is made of
characters no Chinese page is made of (Hangul syllables, private-use characters, control codes).
When no candidate is plausible, the least implausible is used: decoding never fails a page.
GB2312 and GBK are always decoded as GB18030, their superset, since real pages use characters outside
GB2312 while still declaring it.
"""
from __future__ import annotations

import codecs
import itertools
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
# Python codecs that decode bytes to str but are no web page's charset; browsers ignore these labels.
NOT_PAGE_CHARSETS = {"undefined", "utf-7", "unicode-escape", "raw-unicode-escape", "idna", "punycode"}
BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# A few stray replacement characters are tolerated (some pages carry one broken byte); more means
# the codec is wrong.
MAX_REPLACEMENTS = 2
# What a Chinese notice page is made of: ASCII and Latin letters (pinyin, names), Greek and Cyrillic,
# punctuation, symbols and numbered forms, CJK radicals, punctuation, kana and ideographs, fullwidth
# forms, emoji. A text with more than MAX_UNUSUAL_SHARE of anything else was decoded with the wrong codec.
_UNUSUAL = re.compile(
    "[^\t\n\r\f\x20-\x7e\xa0-\u04ff\u2000-\u2bff\u2e80-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\ufe00-\ufe4f\uff00-\uffef\U0001f000-\U0001faff\U00020000-\U0003134f]"
)
MAX_UNUSUAL_SHARE = 0.05
SAMPLE_CHARS = 100_000  # plausibility is judged on the start of the text: a page is one encoding
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_CHARSET_PARAMETER = re.compile(rb"""\s*;?\s*charset\s*=\s*["']?[\w.:-]+["']?""", re.I)
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
        codec = codecs.lookup(name)
    except LookupError:
        return None
    # rot13, base64, zlib … are codecs too, but not text encodings (bytes.decode refuses them).
    if not getattr(codec, "_is_text_encoding", True) or codec.name in NOT_PAGE_CHARSETS:
        return None
    return codec.name


def header_charset(content_type: str | bytes | None) -> str | None:
    if isinstance(content_type, bytes):
        content_type = content_type.decode("latin-1")
    match = _HEADER_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def without_unusable_charset(content_type: bytes) -> bytes:
    """A Content-Type header without its charset parameter when that names no page charset (rot13)."""
    label = header_charset(content_type)
    if label is None or normalise_charset(label) is not None:
        return content_type
    return _CHARSET_PARAMETER.sub(b"", content_type)


def meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:META_SCAN_BYTES])
    return match.group(1).decode("ascii", "ignore") if match else None


def decode_html(body: bytes, content_type: str | bytes | None = None) -> DecodedPage:
    """Decode a page's bytes; `content_type` is the HTTP Content-Type header value, if any."""
    bom_codec, payload = _split_bom(body)
    header_raw, meta_raw = header_charset(content_type), meta_charset(payload)
    declared = header_raw or meta_raw
    least_bad = None
    for codec, how in _candidates(payload, bom_codec, header_raw, meta_raw):
        text = _decode(payload, codec)
        if text is None:
            continue
        problem, score = judge(text, payload)
        if problem is None:
            return DecodedPage(text, codec, declared, how)
        logger.info("%s charset %s does not fit the bytes (%s); trying the next", how, codec, problem)
        if least_bad is None or score < least_bad[0]:
            least_bad = (score, DecodedPage(text, codec, declared, how))
    return least_bad[1]  # gb18030, the last candidate, decodes any bytes


def judge(text: str, body: bytes) -> tuple[str | None, float]:
    """Why `text` cannot be the decoding of `body` (None when it is plausible), and a score of how
    implausible it is, for choosing among bad decodings (lower is better)."""
    sample = text[:SAMPLE_CHARS]
    replacements = text.count("\ufffd")
    unusual = len(_UNUSUAL.findall(sample))  # replacement characters included
    lost_markup = b"<" in body and "<" not in text
    score = lost_markup + unusual / max(len(sample), 1)
    if replacements > MAX_REPLACEMENTS:
        return f"{replacements} undecodable bytes", score
    if lost_markup:
        return "the markup is gone", score
    if unusual > MAX_UNUSUAL_SHARE * len(sample):
        return f"{unusual} of {len(sample)} characters are unlikely on a page", score
    return None, score


def _split_bom(body: bytes) -> tuple[str | None, bytes]:
    for bom, codec in BOMS:
        if body.startswith(bom):
            return codec, body[len(bom):]
    return None, body


def _candidates(payload: bytes, bom_codec: str | None, header_raw: str | None, meta_raw: str | None):
    """(codec, how) in order of trust, each codec once; detection runs only when it is reached."""
    declared = [(bom_codec, "bom"), (normalise_charset(header_raw), "header"), (normalise_charset(meta_raw), "meta")]
    detected = ((codec, "detected") for codec in detected_encodings(payload))
    tried = set()
    for codec, how in itertools.chain(declared, detected):
        if codec and codec not in tried:
            tried.add(codec)
            yield codec, how


def _decode(payload: bytes, codec: str) -> str | None:
    try:
        return payload.decode(codec, errors="replace")
    except (LookupError, UnicodeError):  # a codec that cannot decode at all
        return None


def detected_encodings(body: bytes):
    """Codecs to try when no declaration fits: strict UTF-8 (GBK text almost never is valid UTF-8),
    then charset-normalizer's guess, then GB18030."""
    try:
        body.decode("utf-8")
        yield "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(body).best()
    if best is not None and normalise_charset(best.encoding):
        yield normalise_charset(best.encoding)
    yield "gb18030"
