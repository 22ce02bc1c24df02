"""Chinese analysis for the index: jieba words (pipeline.segment) folded into index terms.

One function, `analyse(words, index=...)`, turns a list of words into terms, whether the words were
segmented once at import (and kept by the store) or are segmented here from raw text. Index time and
query time run the same folding and joining; index time adds *sub-terms* at the same position.

1. Folding: NFKC (full-width letters, digits and brackets become half-width), lower case, and brackets
   and quotes removed from inside words. Words with no letter, digit or ideograph (punctuation,
   spaces) are dropped without taking a position.
2. Joining across brackets and quotes: "首台（套）" is segmented 首台 / （ / 套 / ）, so the unit
   首台套 is made of it (short bracketed part), and "专精特新“小巨人”企业" becomes 专精特新小巨人企业
   because that run spells a policy term. A joined unit takes one position, so phrases line up with a
   query typed without brackets.
3. Sub-terms (index time only): a compound the user dictionary keeps whole, such as 数字化转型 or
   高新技术企业培育库, is also indexed under its 2- to 4-character pieces, the policy terms inside it and
   the parts a join was made of, at the compound's position. A query for 转型 or 高新技术企业 then finds
   the compound, while a query for the compound itself stays exact. jieba's search mode does the same
   with its dictionary; the pieces here need no dictionary, so indexing stored tokens never loads jieba.
4. Synonyms (index time only): a run of units, or a sub-term, that spells a member of a synonym group
   (高企, 信息化和工业化融合) is also indexed under the group's canonical term at the run's first
   position (index/synonyms.py), so a query finds every spelling with one term.

So every query-time term of a text is also an index-time term of it, at the same position.
"""
from __future__ import annotations

import itertools
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from whoosh.analysis import Token, Tokenizer
from whoosh.compat import dumps
from whoosh.formats import Positions
from whoosh.system import pack_uint

# Bump when analysis output changes: an index built by another version is reported by `huiqi doctor`
# and needs `huiqi reindex`.
ANALYZER_VERSION = 2  # 2: synonyms indexed as canonical terms (index/synonyms.py)

# Marks a field value as words segmented at import: SEPARATOR + SEPARATOR.join(words). The character
# (ASCII unit separator) is removed from notice text by normalisation, so it never occurs in words.
SEPARATOR = "\x1f"

# After NFKC, brackets and quotes that fold away inside and between words.
OPENING = "([{<《〈「『【〔〖"
CLOSING = ")]}>》〉」』】〕〗"
QUOTES = "\"'“”‘’"
_GLUE = set(OPENING + CLOSING + QUOTES)
_REMOVE_GLUE = {ord(c): None for c in _GLUE}

SHORT_BRACKETED = 1  # 首台（套）, 首版（次）: a one-ideograph bracketed part joins the word before it; （试行） does not
MAX_JOINED_PARTS = 4  # words a quoted policy term may be split into: 专精特新 “ 小巨人 ” 企业
PIECE_LENGTHS = (2, 3, 4)  # sub-terms of a compound (a query word is rarely longer, else a policy term)


class Term(NamedTuple):
    """An index term with its position and character span in the analysed text."""

    text: str
    pos: int
    start: int
    end: int
    sub: bool = False  # an index-time sub-term of the unit at `pos`


def presegmented(words: Sequence[str]) -> str:
    """Field value for words segmented once at import: the tokenizer splits it instead of running jieba."""
    return SEPARATOR + SEPARATOR.join(words)


def fold(word: str) -> str:
    """Half-width, lower case, brackets and quotes removed: "ＡＩ" -> "ai", "首台（套）" -> "首台套"."""
    return unicodedata.normalize("NFKC", word).lower().translate(_REMOVE_GLUE)


def is_cjk(text: str) -> bool:
    return bool(text) and all("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" for c in text)


@cache
def _policy_terms() -> frozenset[str]:
    # The user dictionary as a plain file read: jieba itself is not loaded for this.
    from pipeline.segment import policy_terms

    return frozenset(fold(term) for term, _freq, _tag in policy_terms())


# Word classes, decided once per word.
_CONTENT, _OPENING, _CLOSING, _QUOTE, _OTHER = range(5)
_GLUE_KINDS = (_OPENING, _CLOSING, _QUOTE)

# Internally a word is (folded, kind, start, end) and a unit is (text, start, end, parts): plain tuples,
# because analysis runs for every word of every notice indexed.


@lru_cache(maxsize=200_000)
def _classify(raw: str) -> tuple[str, int]:
    """(folded form, class) of a word; cached because texts repeat most of their words."""
    folded = fold(raw)
    if any(c.isalnum() for c in folded):
        return folded, _CONTENT
    stripped = unicodedata.normalize("NFKC", raw).strip()
    if stripped and all(c in _GLUE for c in stripped):
        if stripped[0] in OPENING:
            return folded, _OPENING
        if stripped[-1] in CLOSING:
            return folded, _CLOSING
        return folded, _QUOTE
    return folded, _OTHER


def _classified(raw_words: Sequence[str]) -> list[tuple[str, int]]:
    return [_classify(raw) for raw in raw_words]


def _policy_join(words, i):
    """The longest run from words[i] of content words separated only by brackets or quotes that
    spells a policy term: ((unit, parts), index after the run), or None. `words` are (folded, class)."""
    best = None
    parts = [words[i][0]]
    j, glued = i + 1, False
    while j < len(words) and len(parts) < MAX_JOINED_PARTS:
        folded, kind = words[j]
        if kind in _GLUE_KINDS:
            glued = True
            j += 1
            continue
        if kind != _CONTENT:
            break
        parts.append(folded)
        j += 1
        joined = "".join(parts)
        if glued and joined in _policy_terms():
            closes = j < len(words) and words[j][1] in (_CLOSING, _QUOTE)
            best = ((joined, tuple(parts)), j + 1 if closes else j)  # a closing quote or bracket belongs to the unit
    return best


def _bracket_join(words, i):
    """首台（套）: a word, an opening bracket, a short ideograph part and a closing bracket."""
    if i + 4 > len(words):
        return None
    head, opening, inner, closing = words[i : i + 4]
    if (
        opening[1] == _OPENING
        and closing[1] == _CLOSING
        and len(inner[0]) <= SHORT_BRACKETED
        and is_cjk(head[0])
        and is_cjk(inner[0])
    ):
        return (head[0] + inner[0], (head[0], inner[0])), i + 4
    return None


def _units(words) -> list[tuple[str, tuple[str, ...], int, int]]:
    """(text, parts, first word, word after) of each unit of classified words; parts only for a join."""
    units = []
    i, count = 0, len(words)
    while i < count:
        folded, kind = words[i]
        if kind != _CONTENT:
            i += 1
            continue
        # joins start only where a bracket or quote follows the word
        if i + 1 < count and words[i + 1][1] in _GLUE_KINDS:
            joined = _policy_join(words, i) or _bracket_join(words, i)
            if joined:
                (text, parts), after = joined
                units.append((text, parts, i, after))
                i = after
                continue
        units.append((folded, (), i, i + 1))
        i += 1
    return units


@lru_cache(maxsize=100_000)
def pieces(main: str) -> tuple[str, ...]:
    """2- to 4-character pieces and inner policy terms of a compound: the sub-terms it is indexed
    under besides itself. Cached per compound."""
    if len(main) <= min(PIECE_LENGTHS) or not is_cjk(main):
        return ()
    found: dict[str, None] = {}
    for size in PIECE_LENGTHS:
        if size >= len(main):
            break
        for start in range(len(main) - size + 1):
            found[main[start : start + size]] = None
    policy = _policy_terms()
    for size in range(max(PIECE_LENGTHS) + 1, len(main)):
        for start in range(len(main) - size + 1):
            if main[start : start + size] in policy:
                found[main[start : start + size]] = None
    return tuple(found)


def _sub_terms(text: str, parts: tuple[str, ...]) -> tuple[str, ...]:
    subs = pieces(text)
    if parts:  # a joined unit is also indexed under the words it was made of
        subs = tuple(dict.fromkeys(subs + tuple(p for p in parts if p != text)))
    return subs


def _iter_terms(words: Sequence[str], index: bool) -> Iterator[tuple[str, int, int, int, bool]]:
    """(text, pos, start, end, sub) for each term; see `analyse`."""
    offsets = [0, *itertools.accumulate(map(len, words))]  # character offset of each word
    units = _units(_classified(words))
    synonyms = _synonym_runs([unit[0] for unit in units]) if index else {}
    for pos, (text, parts, first, after) in enumerate(units):
        start, end = offsets[first], offsets[after]
        yield text, pos, start, end, False
        if index:
            for sub in _sub_terms(text, parts):
                yield sub, pos, start, end, True
            for canonical, last in synonyms.get(pos, ()):
                yield canonical, pos, start, offsets[units[last][3]], True


def index_positions(words: Sequence[str]) -> dict[str, list[int]]:
    """term -> positions of each index-time term of `words`: what `_iter_terms(words, index=True)`
    yields, gathered without building a tuple per term (indexing runs it on every field of every notice)."""
    units = _units(_classified(words))
    texts = [unit[0] for unit in units]
    synonyms = _synonym_runs(texts, with_pieces=False)
    positions: defaultdict[str, list[int]] = defaultdict(list)
    for pos, (text, parts, _first, _after) in enumerate(units):
        runs = synonyms.get(pos)
        if runs is None and not parts:
            terms = _plain_unit_terms(text)
        else:
            found = dict.fromkeys(canonical for canonical, _last in runs or ())
            found.update(dict.fromkeys(_piece_synonyms(text)))
            terms = (text, *_sub_terms(text, parts), *found)
        for term in terms:
            positions[term].append(pos)
    return positions


@cache
def _synonym_spellings() -> tuple[dict[str, str], frozenset[str]]:
    """(member spelling -> canonical term, every prefix of a spelling) of index/synonyms.py."""
    from index.synonyms import index_spellings

    spellings = index_spellings()
    prefixes = frozenset(s[:n] for s in spellings for n in range(1, len(s) + 1))
    return spellings, prefixes


@lru_cache(maxsize=100_000)
def _piece_synonyms(text: str) -> tuple[str, ...]:
    """Canonical terms of the synonyms among a compound's pieces (高新技术企业培育库 holds 高新技术企业)."""
    if len(text) <= 2:
        return ()
    spellings = _synonym_spellings()[0]
    return tuple(dict.fromkeys(spellings[sub] for sub in pieces(text) if sub in spellings))


@lru_cache(maxsize=200_000)
def _plain_unit_terms(text: str) -> tuple[str, ...]:
    """Every index term of a unit that is not a join and starts no synonym run, itself first."""
    return (text, *pieces(text), *_piece_synonyms(text))


def _synonym_runs(texts: list[str], with_pieces: bool = True) -> dict[int, list[tuple[str, int]]]:
    """pos -> [(canonical term, last unit of its run)] where a run of units starting there spells a
    synonym ("信息化" "和" "工业化" "融合"), and, `with_pieces`, where the unit holds one as a sub-term
    (高新技术企业培育库; its own last unit)."""
    spellings, prefixes = _synonym_spellings()
    runs: dict[int, list[tuple[str, int]]] = {}
    for pos, text in enumerate(texts):
        found: dict[str, int] = {}
        if text in prefixes:  # most words begin no synonym: one set lookup
            joined, last = text, pos
            while True:
                canonical = spellings.get(joined)
                if canonical is not None:
                    found[canonical] = last
                last += 1
                if last == len(texts) or joined + texts[last] not in prefixes:
                    break
                joined += texts[last]
        if with_pieces:
            for canonical in _piece_synonyms(text):
                found.setdefault(canonical, pos)
        if found:
            runs[pos] = list(found.items())
    return runs


def analyse(words: Sequence[str], index: bool = False) -> list[Term]:
    """Terms of `words` (jieba output, concatenating to the analysed text). `index=True` adds sub-terms."""
    return [Term(*term) for term in _iter_terms(words, index)]


def words_of(value: str) -> list[str]:
    """The words of a field value: split a `presegmented` value, segment raw text with jieba."""
    if value.startswith(SEPARATOR):
        return [w for w in value[1:].split(SEPARATOR) if w]
    if not value:
        return []
    from pipeline.segment import segment  # jieba loads on first use only

    return segment(value)


def analyse_text(text: str, index: bool = False) -> list[Term]:
    """Terms of raw text (segmented here) or of a `presegmented` value."""
    return analyse(words_of(text), index=index)


def query_terms(text: str) -> list[str]:
    """The terms a query string is searched by: folded like notice text, then analysed (segmented
    without loading jieba's whole dictionary when a table of it is cached, see pipeline.segment)."""
    from pipeline.normalize import fold_characters
    from pipeline.segment import segment_short

    folded = fold_characters(text).strip()
    return [t.text for t in analyse(words_of(folded) if folded.startswith(SEPARATOR) else segment_short(folded))]


class NoticeTokenizer(Tokenizer):
    """Whoosh tokenizer around `analyse`: sub-terms only when Whoosh indexes (mode="index").

    Kept free of state so Whoosh can pickle it into the index's table of contents.
    """

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            terms = iter([(fold(value), 0, 0, len(value), False)])
        else:
            terms = _iter_terms(words_of(value), index=(mode == "index"))
        for text, pos, start, end, _sub in terms:
            token.text = text
            token.boost = 1.0
            if keeporiginal:
                token.original = text
            if positions:
                token.pos = start_pos + pos
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token


class NoticePositions(Positions):
    """Whoosh's Positions format for fields analysed by NoticeTokenizer, filled straight from
    `index_positions`: the same postings, byte for byte, without a Token object per term, and with the
    encoding of short position lists (most words occur once or twice in a notice) reused.
    Measured on 3,000 notices of the benchmark corpus: a Whoosh build 13.7 -> 11.7 s of CPU; gathering
    positions without a tuple per term (index_positions) then took the analysis of 29,843 stored
    titles and texts from 27.9 to 24.3 s."""

    def word_values(self, value, analyzer, **kwargs):
        if not isinstance(analyzer, NoticeTokenizer) or not isinstance(value, str) \
                or kwargs.get("mode") != "index":
            yield from super().word_values(value, analyzer, **kwargs)
            return
        start_pos = kwargs.get("start_pos", 0)
        boost = self.field_boost
        for word, found in index_positions(words_of(value)).items():
            if start_pos:
                found = [start_pos + pos for pos in found]
            count = len(found)
            # every token has boost 1.0 (NoticeTokenizer), so the weight is the count; most words occur once
            encoded = _encoded_deltas((found[0],)) if count == 1 else self.encode(found)
            yield word, count, float(count) * boost, encoded

    def encode(self, poslist):
        if len(poslist) > SHORT_POSITION_LIST:
            return super().encode(poslist)
        deltas, base = [], 0
        for pos in poslist:
            deltas.append(pos - base)
            base = pos
        return _encoded_deltas(tuple(deltas))


SHORT_POSITION_LIST = 3


@lru_cache(maxsize=65_536)
def _encoded_deltas(deltas: tuple[int, ...]) -> bytes:
    """Positions.encode's bytes for these position deltas (a count, then the pickled list)."""
    return pack_uint(len(deltas)) + dumps(list(deltas), 2)
