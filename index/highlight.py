"""Snippets for the hits shown: the sentences that match best, with the matched words marked.

Only the sentences of a shown hit that can match are analysed (a cheap substring test picks them),
from the words the notice was segmented into at import when the caller has them (`words`), else by
segmenting those sentences again with jieba. Both give the same words: jieba never joins across the
punctuation that ends a sentence. Fragments are whole sentences, or a window of a long
sentence cut at word boundaries, so a word is never cut; a matched compound (数字化转型 for the query
转型) is marked whole.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from collections.abc import Callable, Collection, Sequence

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


class _Words:
    """The words of a text: those segmented at import when given (and still spelling the text), else
    jieba's, asked for one sentence at a time."""

    def __init__(self, text: str, words: Sequence[str] | None):
        self._ends: list[int] | None = None
        if words is not None and "".join(words) == text:
            self._words = list(words)
            self._ends = _boundaries(self._words)[1:]
        self._text = text

    def of(self, start: int, end: int) -> list[str]:
        """The words of text[start:end]; a word crossing either end is cut there."""
        if self._ends is None:
            return _segment(self._text[start:end])
        first, last = bisect_right(self._ends, start), bisect_left(self._ends, end)
        words = self._words[first : last + 1]
        if not words:
            return []
        word_start = self._ends[first] - len(words[0])
        words[0] = words[0][start - word_start :]
        words[-1] = words[-1][: len(words[-1]) - (self._ends[last] - end)]
        return [w for w in words if w]


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
    return list(accumulate(map(len, words), initial=0))


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
                    limit: int = FRAGMENT_CHARS, words: Sequence[str] | None = None) -> list[Highlight]:
    """The best matching sentences of `text` for query `terms`, in text order; the lead sentence
    when there are no terms (a listing without query). `words`: the text's words from import."""
    sentences = sentence_spans(text)
    if not sentences:
        return []
    text_words = _Words(text, words)
    if not terms:
        return [_lead(text[slice(*sentences[0])], limit, lambda: text_words.of(*sentences[0]))]
    # A cheap substring count ranks the sentences, and they are segmented (jieba costs far more than
    # the rest of a search) in that order until no sentence left can match more distinct terms than
    # the fragments found: a sentence matches at most the terms it contains.
    candidates = []
    # The text is folded once and cut into sentences again (folding may change lengths: "…" is "...");
    # only when that gives another number of sentences is each sentence folded on its own.
    whole = fold(text)
    folded_sentences = [whole[a:b] for a, b in sentence_spans(whole)]
    if len(folded_sentences) != len(sentences):
        folded_sentences = [fold(text[a:b]) for a, b in sentences]
    for (start, end), folded in zip(sentences, folded_sentences):
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
        words = text_words.of(start, end)
        spans = _matches(words, terms)
        if spans:
            distinct = {fold(sentence[s:e]) for s, e in spans}
            scored.append(((len(distinct), len(spans), -start), start, sentence, words, spans))
            scored.sort(key=lambda item: item[0], reverse=True)
            del scored[max_fragments:]
    best = sorted(scored, key=lambda item: item[0], reverse=True)[:max_fragments]
    return [_window(sentence, words, spans, limit) for _, _, sentence, words, spans in sorted(best, key=lambda i: i[1])]


def _lead(sentence: str, limit: int, words: Callable[[], list[str]]) -> Highlight:
    """The opening sentence, cut after a clause if it is long (at a word boundary otherwise)."""
    if len(sentence) <= limit:
        return Highlight("text", sentence)
    cut = max((i + 1 for i, c in enumerate(sentence[:limit]) if c in CLAUSE_END), default=0)
    if cut == 0:
        bounds = _boundaries(words())
        cut = max((b for b in bounds if b <= limit), default=limit) or limit
    return Highlight("text", sentence[:cut] + "…")


def title_highlight(title: str, terms: Collection[str], words: Sequence[str] | None = None) -> Highlight | None:
    """The title with its matched words marked, or None when nothing in it matches. `words`: the
    title's words from import."""
    if not terms or not any(term in fold(title) for term in terms):
        return None
    spans = _matches(_Words(title, words).of(0, len(title)), terms)
    return Highlight("title", title, spans) if spans else None


def hit_highlights(title: str, text: str, terms: Collection[str],
                   words: tuple[Sequence[str] | None, Sequence[str] | None] | None = None) -> list[Highlight]:
    """The marked title (when it matches), then the text's best fragments. `words`: (title words,
    text words) from import, or None to segment what is shown."""
    title_words, text_words = words or (None, None)
    marked = title_highlight(title, terms, title_words)
    return ([marked] if marked else []) + text_highlights(text, terms, words=text_words)
