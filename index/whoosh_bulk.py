"""A search's matches scored in bulk over the Whoosh index (index/notice_index.py).

Whoosh walks every match through a tree of Python matchers, about 20 µs a match: a common word in
100,000 notices matches 20,000 of them, all scored one by one because the facets count every match.
Here the query is evaluated on whole posting lists instead. Each term's postings are read block by
block and scored with Whoosh's own BM25F formula and statistics (idf, average field length, the
field lengths it stores), as numpy arrays over document numbers; the parts are combined as Whoosh
combines its matchers: a union sums the scores of the parts that match a document, an intersection
needs all of them and sums them, an exclusion removes, a required filter restricts, a boost
multiplies (a compound of one part keeps that part's score, as in Whoosh), and a phrase keeps the
documents whose terms stand next to each other in order and scores them as its terms together.
Scores equal Whoosh's up to the order of a sum's additions (Whoosh adds a union's parts in an order
it chooses per segment), so the total, the facets and the ranking are Whoosh's, except that two
documents whose scores differ only in those last bits (the same text indexed twice, in two segments)
may come in the other order; ties go by document number (tests/test_index_bulk.py compares them query by
query).

Only the query shapes index/query.py builds are evaluated; any other raises Unsupported and the
caller lets Whoosh search. The scored postings of the terms searched last are kept with the searcher
(at most MAX_CACHED_POSTINGS), so the common words most searches share ("企业", "申报", "公示") are read
once per index commit. This reads Whoosh-Reloaded 2.7.5's posting blocks and length columns directly:
the version is pinned (setup.cfg), and the comparison tests fail if another version stores them
otherwise.
"""
from __future__ import annotations

from collections import OrderedDict
from itertools import accumulate

import numpy as np
from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.matching import FilterMatcher
from whoosh.query.compound import DefaultOr
from whoosh.scoring import BM25F
from whoosh.util.numeric import byte_to_length

from index.whoosh_codec import column_bytes

# Scored postings kept per searcher: 16 bytes each (document number and score), 64 MB at most.
MAX_CACHED_POSTINGS = 4_000_000
# A phrase to be found among at most this many documents (those the rest of the query matches) is
# looked for there by Whoosh's phrase matcher; among more, by reading its words' whole posting lists.
PHRASE_SKIP_MAX = 5000
# A field length as Whoosh stores it, one byte per document: the length each byte stands for.
_LENGTH_OF_BYTE = np.array([byte_to_length(b) or 0 for b in range(256)], dtype=np.float64)


class Unsupported(Exception):
    """A query shape this module does not evaluate: Whoosh searches it."""


class BulkScorer:
    """Evaluates queries over one Whoosh searcher (its commit), keeping what it read for the next."""

    def __init__(self, searcher):
        if type(searcher.weighting) is not BM25F:
            raise Unsupported(f"weighting {type(searcher.weighting).__name__}")
        self.searcher = searcher  # the commit it reads
        self._count = searcher.doc_count_all()
        self._leaves = list(searcher.leaf_searchers())  # (segment searcher, first document number)
        self._lengths: dict[str, np.ndarray] = {}
        self._postings: OrderedDict[tuple, tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._cached = 0

    # -- searching ----------------------------------------------------------------------------
    def search(self, query, top: int) -> tuple[np.ndarray, list[tuple[float, int]]]:
        """(every matching document number, ascending; the `top` best as (score, document number),
        by score and then document number, as Whoosh's collector orders them)."""
        mask, scores = self._evaluate(query, None)
        matched = np.flatnonzero(mask)
        matched_scores = scores[matched]
        if top < len(matched):
            # the `top` best by score; ties at the cut are then ordered by document number
            cut = np.partition(matched_scores, len(matched) - top)[len(matched) - top]
            keep = matched_scores >= cut
            candidates, candidate_scores = matched[keep], matched_scores[keep]
        else:
            candidates, candidate_scores = matched, matched_scores
        order = np.lexsort((candidates, -candidate_scores))[:top]
        return matched, [(float(candidate_scores[i]), int(candidates[i])) for i in order]

    def _evaluate(self, q, within: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """(which documents match, their scores; 0 where none) for a query, correct at least for the
        documents of `within` (a mask, or None for all): a phrase is looked for only there."""
        if isinstance(q, wq.Term):
            return self._term(q.fieldname, q.text, q.boost)
        if isinstance(q, wq.Phrase):
            return self._phrase(q, within)
        if isinstance(q, wq.Require):  # the filter scores nothing
            allowed = self._filter_mask(q.b, within)
            mask, scores = self._evaluate(q.a, allowed if within is None else allowed & within)
            mask = mask & allowed
            return mask, np.where(mask, scores, 0.0)
        if isinstance(q, wq.AndNot):  # what is excluded matters only where the rest matches
            mask, scores = self._evaluate(q.a, within)
            mask = mask & ~self._evaluate(q.b, mask if within is None else mask & within)[0]
            return mask, np.where(mask, scores, 0.0)
        if type(q) is wq.And or type(q) in (wq.Or, DefaultOr) and not q.minmatch and not q.scale:
            return self._compound(q, within)
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            return self._dense(np.zeros(0, dtype=np.int64))
        raise Unsupported(type(q).__name__)

    def _compound(self, q, within: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        subs = q.subqueries
        if not subs:
            return self._dense(np.zeros(0, dtype=np.int64))
        if len(subs) == 1:  # Whoosh matches the one part alone, without the compound's boost
            return self._evaluate(subs[0], within)
        if isinstance(q, wq.And):
            # the parts without phrases first: a phrase is then looked for only where they all match
            # ("罕见词 \"企业 申报\"" reads the phrase's positions in a few documents, not in every one)
            order = sorted(range(len(subs)), key=lambda i: _has_phrase(subs[i]))
            found: dict[int, tuple[np.ndarray, np.ndarray]] = {}
            narrowed = within
            for i in order:
                found[i] = self._evaluate(subs[i], narrowed)
                narrowed = found[i][0] if narrowed is None else narrowed & found[i][0]
            parts = [found[i] for i in range(len(subs))]
        else:
            parts = [self._evaluate(sub, within) for sub in subs]
        scores = parts[0][1].copy()
        for _, part_scores in parts[1:]:
            scores += part_scores
        if isinstance(q, wq.And):
            mask = np.logical_and.reduce([m for m, _ in parts])
            scores = np.where(mask, scores, 0.0)
        else:
            mask = np.logical_or.reduce([m for m, _ in parts])
        if q.boost != 1.0:
            scores *= q.boost
        return mask, scores

    def _filter_mask(self, q, within: np.ndarray | None) -> np.ndarray:
        mask_of = getattr(q, "mask", None)  # a set of documents (notice_index._InDocs)
        if mask_of is not None:
            return mask_of(self._count)
        return self._evaluate(q, within)[0]

    # -- terms --------------------------------------------------------------------------------
    def _dense(self, docs: np.ndarray, scores: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(mask, scores) over all document numbers from the documents matched and their scores."""
        mask = np.zeros(self._count, dtype=bool)
        mask[docs] = True
        dense = np.zeros(self._count)
        if scores is not None:
            dense[docs] = scores
        return mask, dense

    def _term(self, fieldname: str, text, boost: float) -> tuple[np.ndarray, np.ndarray]:
        docs, term_scores = self._scored_postings(fieldname, text)
        return self._dense(docs, term_scores * boost if boost != 1.0 else term_scores)

    def _scored_postings(self, fieldname: str, text) -> tuple[np.ndarray, np.ndarray]:
        """(document numbers, BM25F scores without boost) of a term, read once per searcher."""
        field = self.searcher.schema[fieldname] if fieldname in self.searcher.schema else None
        if field is None or not field.scorable:  # Whoosh scores those by weight alone
            raise Unsupported(f"term of the unscored field {fieldname}")
        btext = self._bytes(fieldname, text)
        key = (fieldname, btext)
        cached = self._postings.get(key)
        if cached is not None:
            self._postings.move_to_end(key)
            return cached
        docs, weights = self._read_term(fieldname, btext)
        # (a term no document holds has no statistics: Whoosh never scores it)
        lengths = _LENGTH_OF_BYTE[self._length_codes(fieldname)[docs]]
        scores = self._bm25(fieldname, btext, weights, lengths) if len(docs) else weights
        self._keep(key, (docs, scores))
        return docs, scores

    def _bm25(self, fieldname: str, btext: bytes, weights: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        # whoosh.scoring.bm25 term by term, in its order of operations, so the floats are Whoosh's
        searcher, weighting = self.searcher, self.searcher.weighting
        idf = searcher.idf(fieldname, btext)
        average = searcher.avg_field_length(fieldname) or 1
        b = weighting._field_B.get(fieldname, weighting.B)
        k1 = weighting.K1
        return idf * ((weights * (k1 + 1)) / (weights + k1 * ((1 - b) + b * lengths / average)))

    def _read_term(self, fieldname: str, btext: bytes, values: bool = False):
        """(document numbers, weights[, values per posting]) of a term in every segment, deleted
        documents left out."""
        all_docs, all_weights, all_values = [], [], []
        for leaf, offset in self._leaves:
            reader = leaf.reader()
            if (fieldname, btext) not in reader:
                continue
            ids, weights, block_values = _read_blocks(_leaf_matcher(reader.postings(fieldname, btext)), values)
            ids = np.asarray(ids, dtype=np.int64)
            weights = np.asarray(weights, dtype=np.float64)
            if reader.has_deletions():
                keep = ~np.isin(ids, np.fromiter(reader.deleted_docs_set, dtype=np.int64))
                ids, weights = ids[keep], weights[keep]
                if values:
                    block_values = [v for v, k in zip(block_values, keep) if k]
            all_docs.append(ids + offset)
            all_weights.append(weights)
            all_values.extend(block_values)
        docs = np.concatenate(all_docs) if all_docs else np.zeros(0, dtype=np.int64)
        weights = np.concatenate(all_weights) if all_weights else np.zeros(0)
        return (docs, weights, all_values) if values else (docs, weights)

    def _length_codes(self, fieldname: str) -> np.ndarray:
        """Each document's length in the field as the byte Whoosh stores (_LENGTH_OF_BYTE reads it)."""
        codes = self._lengths.get(fieldname)
        if codes is None:
            codes = np.zeros(self._count, dtype=np.uint8)
            for leaf, offset in self._leaves:
                per_document = getattr(leaf.reader(), "_perdoc", None)  # none in an empty index
                column = per_document._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN) if per_document else None
                if column is not None:
                    stored = np.frombuffer(column_bytes(column), dtype=np.uint8)
                    codes[offset:offset + len(stored)] = stored
            self._lengths[fieldname] = codes
        return codes

    def _bytes(self, fieldname: str, text) -> bytes:
        if isinstance(text, bytes):
            return text
        try:
            return self.searcher.schema[fieldname].to_bytes(text)
        except (KeyError, ValueError) as exc:
            raise Unsupported(f"term {fieldname}:{text!r}") from exc

    def _keep(self, key, value) -> None:
        self._postings[key] = value
        self._cached += len(value[0])
        while self._cached > MAX_CACHED_POSTINGS and len(self._postings) > 1:
            _, (docs, _) = self._postings.popitem(last=False)
            self._cached -= len(docs)

    # -- phrases ------------------------------------------------------------------------------
    def _phrase(self, q, within: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """A phrase matches where its terms stand next to each other in order (Whoosh's default slop
        of 1), and scores as its terms together, times its boost. Looked for in the documents of
        `within` only, when given (a portfolio's calls): the positions of every other document
        holding its terms are not read."""
        if q.slop != 1 or not q.words:
            raise Unsupported(f"phrase with slop {q.slop}")
        fieldname = q.fieldname
        texts = [self._bytes(fieldname, word) for word in q.words]
        key = ("phrase", fieldname, tuple(texts))
        cached = self._postings.get(key)
        if cached is not None:
            self._postings.move_to_end(key)
            docs = cached[0]
        elif within is not None and np.count_nonzero(within) <= PHRASE_SKIP_MAX:
            docs = self._phrase_docs_at(q, np.flatnonzero(within))
        else:
            docs = self._phrase_docs(fieldname, texts, within)
            if within is None:  # only the phrase's documents in the whole index are worth keeping
                self._keep(key, (docs, np.zeros(0)))
        mask, _ = self._dense(docs)
        scores = np.zeros(self._count)
        for text in texts:  # its terms' own scores, unboosted
            scores += self._term(fieldname, text, 1.0)[1]
        scores = np.where(mask, scores, 0.0)
        if q.boost != 1.0:
            scores *= q.boost
        return mask, scores

    def _phrase_docs_at(self, q, candidates: np.ndarray) -> np.ndarray:
        """The candidates holding the phrase, by Whoosh's own phrase matcher skipping to each (reading
        positions there only, instead of every posting of the phrase's words)."""
        found: list[int] = []
        for leaf, offset in self._leaves:
            inside = candidates[(candidates >= offset) & (candidates < offset + leaf.doc_count_all())] - offset
            if not len(inside):
                continue
            matcher = wq.Phrase(q.fieldname, q.words, slop=q.slop).matcher(leaf)
            for doc in inside.tolist():
                if not matcher.is_active():
                    break
                if matcher.id() < doc:
                    matcher.skip_to(doc)
                    if not matcher.is_active():
                        break
                if matcher.id() == doc:
                    found.append(doc + offset)
        return np.asarray(found, dtype=np.int64)

    def _phrase_docs(self, fieldname: str, texts: list[bytes], within: np.ndarray | None) -> np.ndarray:
        decode = self.searcher.schema[fieldname].format.decode_positions
        postings = [self._read_term(fieldname, text, values=True) for text in texts]
        candidates = postings[0][0] if within is None else postings[0][0][within[postings[0][0]]]
        for docs, _, _ in postings[1:]:
            candidates = np.intersect1d(candidates, docs, assume_unique=True)
        if not len(candidates):
            return candidates
        # each term's position list at the candidates (postings are in document order)
        where = [np.searchsorted(docs, candidates) for docs, _, _ in postings]
        found = []
        for i, doc in enumerate(candidates.tolist()):
            starts = set(decode(postings[0][2][where[0][i]]))
            for k in range(1, len(texts)):
                starts &= {p - k for p in decode(postings[k][2][where[k][i]])}
                if not starts:
                    break
            if starts:
                found.append(doc)
        return np.asarray(found, dtype=np.int64)


def _has_phrase(q) -> bool:
    return isinstance(q, wq.Phrase) or any(_has_phrase(child) for child in q.children())


def _leaf_matcher(matcher) -> W3LeafMatcher:
    if isinstance(matcher, FilterMatcher):  # the segment's deleted documents: removed by the caller
        matcher = matcher.child
    if not isinstance(matcher, W3LeafMatcher):
        raise Unsupported(f"postings of type {type(matcher).__name__}")
    return matcher


def _read_blocks(matcher: W3LeafMatcher, values: bool) -> tuple[list, list, list]:
    """A term's postings in one segment, block by block: (ids, weights, values if asked)."""
    ids: list[int] = []
    weights: list[float] = []
    block_values: list = []
    while matcher.is_active():
        matcher._read_data()
        block_ids, block_weights = matcher._data[0], matcher._data[1]
        ids.extend(block_ids if matcher._byteids else accumulate(block_ids))
        count = matcher._blocklength
        if block_weights is None:
            weights.extend([1.0] * count)
        elif isinstance(block_weights, float):
            weights.extend([block_weights] * count)
        else:
            weights.extend(block_weights)
        if values:
            matcher._read_values()
            block_values.extend(matcher._values)
        matcher._next_block()
    return ids, weights, block_values
