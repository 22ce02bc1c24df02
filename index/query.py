"""The search box language, parsed into a Whoosh query.

    专精特新 申报            words: every word must match (AND)
    "企业技术中心"            a quoted phrase ("…" or “…”): its terms in this order
    苏州 OR 无锡 公示         OR joins the clauses on either side; it binds tighter than AND
    专精特新 -公示            a leading minus (or NOT) excludes notices that match the clause

A word typed without spaces ("企业技术中心申报") is segmented into terms that must all match. Words are
searched in the title, the title tags and the text; synonyms (index/synonyms.toml) widen words, not
phrases. An empty query matches every notice, so filters alone list notices.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as wq

from index.analysis import query_terms
from index.synonyms import Member, synonym_table

SEARCH_FIELDS = ("title", "tags", "text")
SYNONYM_WEIGHT = 0.8  # a synonym scores a little below the word as typed

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


def _in_fields(terms: Member, boost: float = 1.0) -> wq.Query:
    """Terms in sequence (one term, or a phrase) in any search field."""
    if len(terms) == 1:
        parts = [wq.Term(name, terms[0], boost=boost) for name in SEARCH_FIELDS]
    else:
        parts = [wq.Phrase(name, list(terms), boost=boost) for name in SEARCH_FIELDS]
    return wq.Or(parts)


def _word_query(terms: list[str], highlight: set[str]) -> wq.Query:
    """All terms of a word must match; a run of terms spelling a synonym may match as any member."""
    table = synonym_table()
    required: list[wq.Query] = []
    i = 0
    while i < len(terms):
        found = table.match(terms, i)
        if found is None:
            required.append(_in_fields((terms[i],)))
            highlight.add(terms[i])
            i += 1
            continue
        length, members = found
        typed = tuple(terms[i : i + length])
        alternatives = [_in_fields(typed)]
        alternatives += [_in_fields(m, SYNONYM_WEIGHT) for m in members if m != typed]
        required.append(wq.Or(alternatives))
        highlight.update(t for m in (typed, *members) for t in m)
        i += length
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
    groups = split_clauses(text or "")
    if not groups:
        return ParsedQuery(wq.Every(), empty=True)
    highlight: set[str] = set()
    required, excluded = [], []
    for group in groups:
        queries = [q for q in (_clause_query(c, highlight) for c in group) if q is not None]
        if not queries:
            continue
        combined = queries[0] if len(queries) == 1 else wq.Or(queries)
        (excluded if group[0].negated else required).append(combined)
    if not required and not excluded:
        # text was given but nothing in it is searchable (only punctuation): match nothing
        return ParsedQuery(wq.NullQuery, frozenset())
    positive = wq.And(required) if len(required) > 1 else (required[0] if required else wq.Every())
    if excluded:
        positive = wq.AndNot(positive, wq.Or(excluded))
    return ParsedQuery(positive, frozenset(highlight), empty=not required)
