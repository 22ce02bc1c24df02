"""The synonym table (index/synonyms.toml and the subject vocabulary's aliases), applied to queries.

Each member of a group is analysed like a query, so a member is a sequence of terms (one term for most,
several for "信息化和工业化融合"). A query's terms are matched against members longest first; the span
that matches is searched as any member of its group.
"""
from __future__ import annotations

import logging
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from index.analysis import query_terms

logger = logging.getLogger(__name__)

Member = tuple[str, ...]  # a synonym as its query terms


@dataclass(frozen=True)
class SynonymTable:
    groups: tuple[tuple[Member, ...], ...]
    by_spelling: dict[str, int]  # member terms joined -> group index
    longest: int  # most terms in one member

    def match(self, terms: Sequence[str], start: int) -> tuple[int, tuple[Member, ...]] | None:
        """The longest span of `terms` from `start` that spells a member: (span length, its group)."""
        for length in range(min(self.longest, len(terms) - start), 0, -1):
            group = self.by_spelling.get("".join(terms[start : start + length]))
            if group is not None:
                return length, self.groups[group]
        return None


def parse_table(text: str, extra_groups: Sequence[Sequence[str]] = ()) -> SynonymTable:
    """A table from TOML text (`[[group]]` entries with a `terms` list), plus `extra_groups`."""
    data = tomllib.loads(text)
    groups: list[tuple[Member, ...]] = []
    by_spelling: dict[str, int] = {}
    written = [entry.get("terms", []) for entry in data.get("group", [])] + [list(g) for g in extra_groups]
    for terms in written:
        members = []
        for term in terms:
            analysed = tuple(query_terms(term))
            if analysed and analysed not in members:
                members.append(analysed)
        if len(members) < 2:
            logger.warning("synonym group %r has fewer than two distinct members; ignored", terms)
            continue
        for member in members:
            spelling = "".join(member)
            if spelling in by_spelling:
                logger.warning("synonym %r is in two groups; the first one wins", spelling)
                continue
            by_spelling[spelling] = len(groups)
        groups.append(tuple(members))
    longest = max((len(m) for g in groups for m in g), default=0)
    return SynonymTable(tuple(groups), by_spelling, longest)


def _packaged_text() -> str:
    return resources.files("index").joinpath("synonyms.toml").read_text("utf-8")


@cache
def synonym_table() -> SynonymTable:
    """The packaged table and the subject tags with their aliases (pipeline/data/subjects.toml), loaded
    on first query (members are segmented, so this needs jieba)."""
    from pipeline import vocabulary

    return parse_table(_packaged_text(), vocabulary.synonym_groups())
