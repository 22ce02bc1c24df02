"""What the CLI and the web site both ask of the index together with the store.

- `refresh_hits`: a page of hits with the store's current records (the index keeps the record of when
  the notice was indexed; status on a date, links and amended deadlines come from the store);
- `profile_relevance`: how well calls fit an enterprise's industries and keywords, as index scores
  (the `relevance` argument of pipeline.match).
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import date

from index.filters import SearchFilters
from index.results import SearchHit
from pipeline.normalize import strip_bidi_controls

RELEVANCE_HITS = 1000  # calls scored per profile; lower ones count as not relevant


def refresh_hits(store, hits: Sequence[SearchHit], on: date) -> None:
    """Replace each hit's record with the store's current one (status on `on`) and set its issuer."""
    if not hits:
        return
    current = {n.id: n for n in store.iter_notices(ids=[hit.id for hit in hits])}
    for hit in hits:
        notice = current.get(hit.id)
        if notice is not None:
            hit.record = strip_bidi_controls(notice.export_record(on))
            hit.issuer = strip_bidi_controls(notice.issuers[0] if notice.issuers else notice.origin or "")


def profile_relevance(index) -> Callable | None:
    """relevance(profile, within) -> {call id: score} from `index`, or None when there is no index.
    `within`: the ids of the calls being matched (chosen by the store), the only ones scored."""
    if not index.exists():
        return None

    def relevance(profile, within: Collection[str] | None = None) -> dict[str, float]:
        if not profile.terms:
            return {}
        query = " OR ".join(f'"{term}"' for term in profile.terms)
        # scores only: building snippets for up to 1000 hits would cost more than the search itself
        hits = index.search(query, SearchFilters(kind="call"), limit=RELEVANCE_HITS, highlight=False,
                            within=within).hits
        return {hit.id: hit.score or 0.0 for hit in hits}

    return relevance
