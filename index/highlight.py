"""Snippets for the hits shown: the sentences that match best, with the matched words marked.

The stored text of a shown hit is analysed again here, only the sentences that can match (a cheap
substring test picks them before segmenting). Fragments are whole sentences, or a window of a long
sentence cut at word boundaries, so a word is never cut; a matched compound (数字化转型 for the query
转型) is marked whole.
"""
from __future__ import annotations

import re
from collections.abc import Collection

from index.analysis import analyse, fold
from index.results import Highlight

SENTENCE = re.compile(r"[^。！？；!?;\n]*[。！？；!?;\n]?")
CLAUSE_END = "，、：,:）)"
FRAGMENT_CHARS = 90  # longest fragment shown, in characters
CONTEXT_CHARS = 16  # words kept before the first match when a long sentence is cut
MAX_FRAGMENTS = 2
SEGMENTED_CANDIDATES = 8  # sentences segmented per hit at most, when the best ranked do not match


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence, surrounding whitespace excluded."""
    spans = []
    for match in SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def _segment(text: str) -> list[str]:
    from pipeline.segment import segment  # jieba, loaded on first use

    return segment(text)


def _matches(words: list[str], terms: Collection[str]) -> list[tuple[int, int]]:
    """Merged spans of the units whose term or sub-term is a query term."""
    spans = sorted({(t.start, t.end) for t in analyse(words, index=True) if t.text in terms})
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _boundaries(words: list[str]) -> list[int]:
    offsets, pos = [0], 0
    for word in words:
        pos += len(word)
        offsets.append(pos)
    return offsets


def _window(sentence: str, words: list[str], spans: list[tuple[int, int]], limit: int) -> Highlight:
    """The sentence, or a part of it at most `limit` characters long around its first match."""
    if len(sentence) <= limit:
        return Highlight("text", sentence, spans)
    bounds = _boundaries(words)
    first_start, first_end = spans[0] if spans else (0, 0)
    start = max((b for b in bounds if b <= max(first_start - CONTEXT_CHARS, 0)), default=0)
    end = max((b for b in bounds if b <= start + limit), default=len(sentence))
    end = max(end, min(b for b in bounds if b >= first_end))
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(sentence) else ""
    shift = len(prefix) - start
    kept = [(s + shift, e + shift) for s, e in spans if s >= start and e <= end]
    return Highlight("text", prefix + sentence[start:end] + suffix, kept)


def text_highlights(text: str, terms: Collection[str], max_fragments: int = MAX_FRAGMENTS,
                    limit: int = FRAGMENT_CHARS) -> list[Highlight]:
    """The best matching sentences of `text` for query `terms`, in text order; the lead sentence
    when there are no terms (a listing without query)."""
    sentences = sentence_spans(text)
    if not sentences:
        return []
    if not terms:
        return [_lead(text[slice(*sentences[0])], limit)]
    # A cheap substring count ranks the sentences, and they are segmented (jieba costs far more than
    # the rest of a search) in that order until no sentence left can match more distinct terms than
    # the fragments found: a sentence matches at most the terms it contains.
    candidates = []
    for start, end in sentences:
        folded = fold(text[start:end])
        present = [term for term in terms if term in folded]
        if present:
            occurrences = sum(folded.count(term) for term in present)
            candidates.append((len(present), -occurrences, start, end))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    scored = []
    for present, _, start, end in candidates[:SEGMENTED_CANDIDATES]:
        if len(scored) >= max_fragments and min(item[0][0] for item in scored) >= present:
            break
        sentence = text[start:end]
        words = _segment(sentence)
        spans = _matches(words, terms)
        if spans:
            distinct = {fold(sentence[s:e]) for s, e in spans}
            scored.append(((len(distinct), len(spans), -start), start, sentence, words, spans))
            scored.sort(key=lambda item: item[0], reverse=True)
            del scored[max_fragments:]
    best = sorted(scored, key=lambda item: item[0], reverse=True)[:max_fragments]
    return [_window(sentence, words, spans, limit) for _, _, sentence, words, spans in sorted(best, key=lambda i: i[1])]


def _lead(sentence: str, limit: int) -> Highlight:
    """The opening sentence, cut after a clause if it is long (at a word boundary otherwise)."""
    if len(sentence) <= limit:
        return Highlight("text", sentence)
    cut = max((i + 1 for i, c in enumerate(sentence[:limit]) if c in CLAUSE_END), default=0)
    if cut == 0:
        bounds = _boundaries(_segment(sentence))
        cut = max((b for b in bounds if b <= limit), default=limit) or limit
    return Highlight("text", sentence[:cut] + "…")


def title_highlight(title: str, terms: Collection[str]) -> Highlight | None:
    """The title with its matched words marked, or None when nothing in it matches."""
    if not terms or not any(term in fold(title) for term in terms):
        return None
    spans = _matches(_segment(title), terms)
    return Highlight("title", title, spans) if spans else None
