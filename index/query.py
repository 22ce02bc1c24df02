"""The search box language, parsed into a Whoosh query.

    专精特新 申报            words: every word must match (AND)
    "企业技术中心"            a quoted phrase ("…" or “…”): its terms in this order
    苏州 OR 无锡 公示         OR joins the clauses on either side; it binds tighter than AND
    专精特新 -公示            a leading minus (or NOT) excludes notices that match the clause

A word typed without spaces ("企业技术中心申报") is segmented into terms that must all match. Words are
searched in the title, the title tags and the text; synonyms (index/synonyms.toml) widen words, not
phrases: a word that spells a member is also searched as its group's canonical term (index/synonyms.py). An empty query matches every notice, so filters alone list notices. A word or phrase typed
twice is searched once; more than MAX_QUERY_TERMS distinct ones is a FilterError. A query typed or pasted
in traditional characters is searched in simplified ones, as pages written in them are indexed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh.matching import AndNotMatcher, ReadTooFar
from whoosh.query.compound import DefaultOr

from index.analysis import query_terms
from index.filters import FilterError
from pipeline.normalize import fold_characters, simplified_query
from index.synonyms import Member, synonym_table

# Fields searched and their weights. A title word outweighs a mention in the text: BM25 saturates
# within a field, so the weight multiplies the field's score instead of its term frequency.
FIELD_WEIGHTS = {"title": 2.0, "tags": 2.0, "text": 1.0}
SYNONYM_WEIGHT = 0.8  # a synonym scores a little below the word as typed
# Distinct words and phrases a query may hold: each is a sub-query on every field, so a pasted paragraph
# would hold the searcher for seconds. A word typed twice is searched once.
MAX_QUERY_TERMS = 32

# Alternatives are joined with Whoosh's binary tree of union matchers. Its `Or` picks, per segment, an
# array matcher for segments under 5,000 documents: that one cannot skip low-scoring blocks, clears a
# 2,048-slot array in Python per part, and under ANDNOT lets excluded documents through
# (whoosh-reloaded 2.7.5).
def _any(queries: list[wq.Query], boost: float = 1.0) -> wq.Query:
    return DefaultOr(queries, boost=boost)


class _ExcludingMatcher(AndNotMatcher):
    """Whoosh's AndNotMatcher (whoosh-reloaded 2.7.5) only checks whether the wanted and the excluded
    postings start on the same document, so a segment's first match slips through when the excluded
    words occur in it and in an earlier document. This one moves the excluded postings up first, and
    skips (to a filtered document) without reading past the end of the postings."""

    def _find_first(self):
        if self.a.is_active() and self.b.is_active() and self.b.id() < self.a.id():
            self.b.skip_to(self.a.id())
        super()._find_first()

    def skip_to(self, docnum):
        # Whoosh's looks at the wanted postings after skipping even when they have run out
        if not self.a.is_active():
            raise ReadTooFar
        if docnum < self.a.id():
            return
        self.a.skip_to(docnum)
        if self.a.is_active() and self.b.is_active():
            self.b.skip_to(docnum)
            self._find_first()


class _Excluding(wq.AndNot):
    """`a` without the documents `b` matches (see _ExcludingMatcher)."""

    def matcher(self, searcher, context=None):
        return _ExcludingMatcher(self.a.matcher(searcher, context), self.b.matcher(searcher, searcher.boolean_context()))


_CLAUSE = re.compile(r'(-?)(?:"([^"]*)"?|“([^”]*)”?|(\S+))')


@dataclass
class Clause:
    text: str
    phrase: bool = False
    negated: bool = False


@dataclass
class ParsedQuery:
    query: wq.Query
    highlight_terms: frozenset[str] = field(default_factory=frozenset)
    empty: bool = False  # no query text: every notice matches, ranking is by date


def split_clauses(text: str) -> list[list[Clause]]:
    """Clauses of the query, grouped by OR: [[a, b], [c]] is (a OR b) AND c. Excluded clauses stay
    single."""
    groups: list[list[Clause]] = []
    join_next = negate_next = False
    for match in _CLAUSE.finditer(text):
        minus, straight, curly, bare = match.groups()
        if bare in ("OR", "|"):
            join_next = bool(groups)
            continue
        if bare in ("AND", "&"):
            continue
        if bare == "NOT":
            negate_next = True
            continue
        phrase = bare is None
        clause_text = (straight if straight is not None else curly) if phrase else bare
        if not clause_text.strip():
            continue
        clause = Clause(clause_text, phrase=phrase, negated=bool(minus) or negate_next)
        if join_next and not clause.negated and not groups[-1][0].negated:
            groups[-1].append(clause)
        else:
            groups.append([clause])
        join_next = negate_next = False
    return groups


def distinct_clauses(groups: list[list[Clause]]) -> list[list[Clause]]:
    """The groups without repeated clauses or groups. Raises FilterError past MAX_QUERY_TERMS distinct
    words and phrases."""
    kept: list[list[Clause]] = []
    seen: set[frozenset] = set()
    for group in groups:
        unique = list({(c.text, c.phrase, c.negated): c for c in group}.values())
        key = frozenset((c.text, c.phrase, c.negated) for c in unique)
        if key not in seen:
            seen.add(key)
            kept.append(unique)
    count = len({(c.text, c.phrase) for group in kept for c in group})
    if count > MAX_QUERY_TERMS:
        raise FilterError(f"a query holds at most {MAX_QUERY_TERMS} distinct words and phrases, this one {count}")
    return kept


def _in_fields(terms: Member, boost: float = 1.0) -> wq.Query:
    """Terms in sequence (one term, or a phrase) in any search field."""
    if len(terms) == 1:
        parts = [wq.Term(name, terms[0], boost=boost * weight) for name, weight in FIELD_WEIGHTS.items()]
    else:
        parts = [wq.Phrase(name, list(terms), boost=boost * weight) for name, weight in FIELD_WEIGHTS.items()]
    return _any(parts)


def _word_query(terms: list[str], highlight: set[str]) -> wq.Query:
    """All terms of a word must match, or the word as one indexed term: jieba cuts the query
    "培育库" into 培育 / 库, while the text's "高新技术企业培育库" is indexed with the piece 培育库."""
    by_terms = _terms_query(terms, highlight)
    if len(terms) == 1:
        return by_terms
    whole = "".join(terms)
    highlight.add(whole)
    return _any([by_terms, _in_fields((whole,))])


def _terms_query(terms: list[str], highlight: set[str]) -> wq.Query:
    """All terms must match; a run of terms spelling a synonym matches as typed or as its group's
    canonical term, which the index holds wherever any member is written (index/synonyms.py). A run
    of several terms is searched by the canonical term alone: one term instead of a phrase."""
    table = synonym_table()
    required: list[wq.Query] = []
    i = 0
    while i < len(terms):
        found = table.match_group(terms, i)
        if found is None:
            required.append(_in_fields((terms[i],)))
            highlight.add(terms[i])
            i += 1
            continue
        length, group = found
        typed = tuple(terms[i : i + length])
        canonical = (table.canonical[group],)
        if length == 1:  # the word as typed scores a little above its synonyms
            required.append(_any([_in_fields(typed), _in_fields(canonical, SYNONYM_WEIGHT)]))
        else:
            required.append(_in_fields(canonical))
        highlight.update(t for m in table.groups[group] for t in m)
        i += length
    required = [q for n, q in enumerate(required) if q not in required[:n]]  # "申报申报…" once
    return required[0] if len(required) == 1 else wq.And(required)


def _clause_query(clause: Clause, highlight: set[str]) -> wq.Query | None:
    terms = query_terms(clause.text)
    if not terms:
        return None
    if clause.phrase:
        if not clause.negated:
            highlight.update(terms)
        return _in_fields(tuple(terms))
    return _word_query(terms, highlight if not clause.negated else set())


def parse_query(text: str | None) -> ParsedQuery:
    """The Whoosh query for a search box string (see the module docstring)."""
    # folded like notice text first, so "－公示" excludes and "ＯＲ" joins; in simplified characters, as
    # pages written in traditional ones are indexed
    groups = distinct_clauses(split_clauses(fold_characters(simplified_query(text or ""))))
    if not groups:
        return ParsedQuery(wq.Every(), empty=True)
    highlight: set[str] = set()
    required, excluded = [], []
    for group in groups:
        queries = [q for q in (_clause_query(c, highlight) for c in group) if q is not None]
        if not queries:
            continue
        combined = queries[0] if len(queries) == 1 else _any(queries)
        (excluded if group[0].negated else required).append(combined)
    if not required and not excluded:
        # text was given but nothing in it is searchable (only punctuation): match nothing
        return ParsedQuery(wq.NullQuery, frozenset())
    positive = wq.And(required) if len(required) > 1 else (required[0] if required else wq.Every())
    if excluded:
        positive = _Excluding(positive, _any(excluded))
    return ParsedQuery(positive, frozenset(highlight), empty=not required)
