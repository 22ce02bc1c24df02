"""HTML fragments built in Python: matched words and evidence sentences marked in untrusted text.

Everything that comes from a notice is escaped here piece by piece (markupsafe) before the <mark>
tags are put around it, so a title holding `<script>` shows as text. Templates autoescape the rest.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from index import Highlight
from pipeline.normalize import strip_bidi_controls
from pipeline.notice import Notice


def clean(value) -> str:
    """Text as shown: bidi controls (which can reorder what a reader sees) dropped."""
    return strip_bidi_controls(str(value)) if value is not None else ""


def marked(highlight: Highlight) -> Markup:
    """A search snippet with its matched words in <mark>."""
    text = highlight.text
    out, at = [], 0
    for start, end in sorted(highlight.spans):
        if start < at or end > len(text):
            continue
        out.append(escape(clean(text[at:start])))
        out.append(Markup("<mark>") + escape(clean(text[start:end])) + Markup("</mark>"))
        at = end
    out.append(escape(clean(text[at:])))
    return Markup("").join(out)


def safe_url(url: str | None) -> str | None:
    """The URL when it is http(s), else None: a stored URL is untrusted (no javascript: links)."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


@dataclass
class Evidence:
    """An extracted value, the sentence it rests on, and its anchor in the marked text (if found there)."""

    field: str  # kind, apply_deadline, deadline, region, phone, subject, amount
    value: str
    sentence: str
    anchor: str | None = None


def evidence_list(notice: Notice) -> list[Evidence]:
    """Every extracted value of the notice with its evidence sentence, in the order `huiqi show` uses."""
    items = [Evidence("kind", notice.kind or "—", notice.kind_evidence)]
    if notice.apply_deadline:
        items.append(Evidence("apply_deadline", notice.apply_deadline.isoformat(), notice.apply_deadline_evidence))
    for d in notice.deadlines:
        items.append(Evidence("deadline", f"{d.date.isoformat()}{' ' + d.time if d.time else ''} {d.label}".strip(),
                              d.evidence))
    for r in notice.regions:
        items.append(Evidence("region", f"{r.name} ({r.code}, {r.level})", r.evidence))
    for p in notice.phones:
        extra = (f" 转{p.ext}" if p.ext else "") + (f" [{p.label}]" if p.label else "")
        items.append(Evidence("phone", p.number + extra, p.evidence))
    for s in notice.subjects:
        items.append(Evidence("subject", s.name, s.evidence))
    for a in notice.amounts:
        items.append(Evidence("amount", a.text + (f" ({a.wan_yuan:g} 万元)" if a.wan_yuan is not None else ""),
                              a.evidence))
    return items


def marked_text(text: str, evidences: list[Evidence]) -> Markup:
    """The notice's text with each evidence sentence found in it marked and given an anchor; sets
    `anchor` on the evidences found. Overlapping sentences share the first one's mark."""
    spans: list[tuple[int, int, str]] = []
    anchors: dict[str, str] = {}
    for evidence in evidences:
        sentence = (evidence.sentence or "").strip()
        if not sentence:
            continue
        if sentence in anchors:
            evidence.anchor = anchors[sentence]
            continue
        start = text.find(sentence)
        if start < 0:
            continue
        end = start + len(sentence)
        overlapping = next((s for s in spans if s[0] < end and start < s[1]), None)
        if overlapping is not None:
            evidence.anchor = anchors[sentence] = overlapping[2]
            continue
        anchor = f"ev-{len(spans) + 1}"
        spans.append((start, end, anchor))
        evidence.anchor = anchors[sentence] = anchor
    out, at = [], 0
    for start, end, anchor in sorted(spans):
        out.append(escape(clean(text[at:start])))
        out.append(Markup('<mark id="%s">') % anchor + escape(clean(text[start:end])) + Markup("</mark>"))
        at = end
    out.append(escape(clean(text[at:])))
    return Markup("").join(out)
