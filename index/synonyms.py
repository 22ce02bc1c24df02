"""The synonym table (index/synonyms.toml and the subject vocabulary's aliases).

At index time, every run of words that spells a member of a group ("高企", "信息化和工业化融合", or a
member inside a compound: "高新技术企业培育库") is also indexed under the group's *canonical term*, one
term at the run's position (`index_spellings`). A query word that spells a member is then searched as
itself or the canonical term: one term, however many words the other members have, so a synonym costs
no phrase walk through the positions of common words such as 企业.

At query time each member is analysed like a query, so a member is a sequence of terms (one for most,
several for "信息化和工业化融合"); a query's terms are matched against members longest first.
"""
from __future__ import annotations

import hashlib
import logging
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from index.analysis import fold, query_terms

logger = logging.getLogger(__name__)

Member = tuple[str, ...]  # a synonym as its query terms


# Marks a canonical term: a private-use character, which folded notice text never contains.
CANONICAL_MARK = "\ue000"


def spelling(term: str) -> str:
    """A member as the index's words spell it: folded, without spaces ("ＡＩ" -> "ai")."""
    return "".join(fold(term).split())


def canonical_term(terms: Sequence[str]) -> str:
    """The canonical term of a group as written: the mark and its first member's spelling."""
    return CANONICAL_MARK + spelling(terms[0])


@dataclass(frozen=True)
class SynonymTable:
    groups: tuple[tuple[Member, ...], ...]
    by_spelling: dict[str, int]  # member terms joined -> group index
    longest: int  # most terms in one member
    canonical: tuple[str, ...] = ()  # canonical term of each group

    def match(self, terms: Sequence[str], start: int) -> tuple[int, tuple[Member, ...]] | None:
        """The longest span of `terms` from `start` that spells a member: (span length, its group)."""
        found = self.match_group(terms, start)
        return (found[0], self.groups[found[1]]) if found else None

    def match_group(self, terms: Sequence[str], start: int) -> tuple[int, int] | None:
        """Like `match`, with the group's index: (span length, group index)."""
        for length in range(min(self.longest, len(terms) - start), 0, -1):
            group = self.by_spelling.get("".join(terms[start : start + length]))
            if group is not None:
                return length, group
        return None


def _written_groups(text: str, extra_groups: Sequence[Sequence[str]] = ()) -> list[list[str]]:
    data = tomllib.loads(text)
    return [entry.get("terms", []) for entry in data.get("group", [])] + [list(g) for g in extra_groups]


def parse_table(text: str, extra_groups: Sequence[Sequence[str]] = ()) -> SynonymTable:
    """A table from TOML text (`[[group]]` entries with a `terms` list), plus `extra_groups`."""
    groups: list[tuple[Member, ...]] = []
    canonical: list[str] = []
    by_spelling: dict[str, int] = {}
    for terms in _written_groups(text, extra_groups):
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
        canonical.append(canonical_term(terms))
    longest = max((len(m) for g in groups for m in g), default=0)
    return SynonymTable(tuple(groups), by_spelling, longest, tuple(canonical))


def parse_spellings(text: str, extra_groups: Sequence[Sequence[str]] = ()) -> dict[str, str]:
    """member spelling -> canonical term, for indexing: no segmentation needed (the first group
    naming a spelling keeps it, as in parse_table)."""
    spellings: dict[str, str] = {}
    for terms in _written_groups(text, extra_groups):
        if len({spelling(t) for t in terms}) < 2:
            continue
        for term in terms:
            spellings.setdefault(spelling(term), canonical_term(terms))
    return spellings


def _packaged_text() -> str:
    return resources.files("index").joinpath("synonyms.toml").read_text("utf-8")


@cache
def index_spellings() -> dict[str, str]:
    """Every member's spelling -> its group's canonical term, as indexing adds them."""
    from pipeline import vocabulary

    return parse_spellings(_packaged_text(), vocabulary.synonym_groups())


@cache
def synonyms_fingerprint() -> str:
    """What the index's canonical terms depend on: an index built with other synonyms needs a reindex."""
    return hashlib.sha1(repr(sorted(index_spellings().items())).encode("utf-8")).hexdigest()[:12]


@cache
def synonym_table() -> SynonymTable:
    """The packaged table and the subject tags with their aliases (pipeline/data/subjects.toml), loaded
    on first query (members are segmented, so this needs jieba)."""
    from pipeline import vocabulary

    return parse_table(_packaged_text(), vocabulary.synonym_groups())
