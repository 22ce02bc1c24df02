"""Search filters: what `huiqi search` options select, as one Whoosh filter query.

Dates are inclusive. A notice's *closing date* is its apply deadline, else its latest deadline;
`deadline_before`, `deadline_after` and `open_on` compare it, so notices without any deadline never
pass those filters. Regions are given by name ("江苏省", "苏州", "吴中区"), path ("苏州市吴中区") or
six-digit code, resolved by pipeline.gazetteer:

* `region`: notices scoped to the region or anywhere inside it (江苏省 finds 苏州市 and 吴中区 ones);
* `in_scope_of`: notices whose scope contains the region (吴中区 finds 吴中区, 苏州市, 江苏省 and 全国
  ones): the calls an enterprise located there may answer.

Bad values raise `FilterError` (a ValueError) with a message fit for one CLI line.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple
from datetime import date, datetime

from whoosh import query as wq

from pipeline.dates import parse_user_date
from pipeline.notice import KINDS


class FilterError(ValueError):
    """A filter value that cannot be used, e.g. an unknown region or kind."""


@dataclass
class SearchFilters:
    kind: str | None = None
    region: str | None = None
    in_scope_of: str | None = None
    subject: str | None = None
    open_on: date | None = None
    deadline_before: date | None = None
    deadline_after: date | None = None
    since: date | None = None  # published on or after
    until: date | None = None  # published on or before

    def is_empty(self) -> bool:
        return all(value is None for value in vars(self).values())


def parse_filters(kind: str | None = None, region: str | None = None, in_scope_of: str | None = None,
                  subject: str | None = None, open_on: str | None = None, deadline_before: str | None = None,
                  deadline_after: str | None = None, since: str | None = None, until: str | None = None,
                  today: date | None = None) -> SearchFilters:
    """SearchFilters from command-line strings (dates as parse_filter_date reads them); empty strings
    count as not given. Raises FilterError."""
    def day(value: str | None) -> date | None:
        return parse_filter_date(value, today) if value else None

    def text(value: str | None) -> str | None:
        return value.strip() or None if value else None

    return SearchFilters(
        kind=text(kind), region=text(region), in_scope_of=text(in_scope_of), subject=_subject_tag(text(subject)),
        open_on=day(open_on), deadline_before=day(deadline_before), deadline_after=day(deadline_after),
        since=day(since), until=day(until),
    )


def as_datetime(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def parse_filter_date(text: str, today: date | None = None) -> date:
    """A date option: 2025-09-30, 2025/9/30, 2025年9月30日 or "today" (Beijing's)."""
    try:
        return parse_user_date(text, today)
    except ValueError as exc:
        raise FilterError(str(exc)) from None


def resolve_region(value: str):
    """The Region a filter names. Raises FilterError."""
    from pipeline import gazetteer

    try:
        return gazetteer.resolve_profile_region(value)
    except ValueError as exc:
        raise FilterError(str(exc)) from exc


def scope_chain(value: str) -> list[str]:
    """Codes of the region and every region containing it, nearest first, ending with 全国."""
    from pipeline import gazetteer

    return gazetteer.code_chain(resolve_region(value).code)


def _subject_tag(spelling: str | None) -> str | None:
    """The vocabulary tag a --subject names: the tag itself, an alias ("高企") or an included kind ("高校")."""
    from pipeline import vocabulary

    if spelling is None:
        return None
    tag = vocabulary.resolve(spelling)
    if tag is None:
        raise FilterError(f"unknown subject {spelling!r}: expected one of {', '.join(vocabulary.tag_names())}"
                          " (or an alias such as 高企)")
    return tag


# -- the filters as clauses each engine translates ----------------------------------------------------

class Term(NamedTuple):
    """The field holds this value."""
    field: str
    value: str


class AnyOf(NamedTuple):
    """The field holds one of these values."""
    field: str
    values: tuple[str, ...]


class DayRange(NamedTuple):
    """The date field lies in [start, end], either end open when None."""
    field: str
    start: date | None
    end: date | None


def filter_clauses(filters: SearchFilters | None) -> list[Term | AnyOf | DayRange]:
    """What every filter requires, as clauses all of which must hold (none when no filter is set).
    Raises FilterError for an unknown kind, region or subject."""
    if filters is None or filters.is_empty():
        return []
    clauses: list[Term | AnyOf | DayRange] = []
    if filters.kind is not None:
        if filters.kind not in KINDS:
            raise FilterError(f"unknown kind {filters.kind!r}: expected one of {', '.join(KINDS)}")
        clauses.append(Term("kind", filters.kind))
    if filters.region is not None:
        clauses.append(Term("region", resolve_region(filters.region).code))
    if filters.in_scope_of is not None:
        clauses.append(AnyOf("scope", tuple(scope_chain(filters.in_scope_of))))
    if filters.subject is not None:
        from pipeline.match import held_qualifications

        # open to this applicant type: notices naming it or a broader tag it belongs to (a 高新技术企业 is an
        # 企业), as matching decides eligibility; filters built in code may carry any spelling
        clauses.append(AnyOf("subjects", tuple(sorted(held_qualifications([_subject_tag(filters.subject)])))))
    if filters.open_on is not None:
        clauses.append(DayRange("published", None, filters.open_on))
        clauses.append(DayRange("closes", filters.open_on, None))
    if filters.deadline_before is not None or filters.deadline_after is not None:
        clauses.append(DayRange("closes", filters.deadline_after, filters.deadline_before))
    if filters.since is not None or filters.until is not None:
        clauses.append(DayRange("published", filters.since, filters.until))
    return clauses


def filter_query(filters: SearchFilters | None) -> wq.Query | None:
    """One Whoosh query every filter must match, or None when no filter is set."""
    parts = [_whoosh_clause(clause) for clause in filter_clauses(filters)]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.And(parts)


def _whoosh_clause(clause: Term | AnyOf | DayRange) -> wq.Query:
    if isinstance(clause, Term):
        return wq.Term(clause.field, clause.value)
    if isinstance(clause, AnyOf):
        return wq.Or([wq.Term(clause.field, value) for value in clause.values])
    return wq.DateRange(clause.field, as_datetime(clause.start) if clause.start else None,
                        as_datetime(clause.end) if clause.end else None)
