"""The search baseline: SQLite FTS5 over the same jieba tokens the store keeps.

Built from a huiqi store (table `notice_tokens`, segmented once at import): title and text become the
tokens joined by spaces, so FTS5's unicode61 tokenizer splits exactly at jieba's word boundaries. The
queries are segmented with the same tokenizer (pipeline.segment.segment) and every word must match
(AND), ranked by bm25 with the title weighted 3:1. Filters mirror index/filters.py on plain tables:
kind, region (scope or anything inside it), in_scope_of (scope contains the region), subject, open_on,
deadline range (closing date = apply deadline, else the latest deadline) and published range.

This is what a minimal "SQLite only" design would give; the benchmark reports Whoosh against it.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

TITLE_WEIGHT = 3.0
SCHEMA = """
create virtual table fts using fts5(title, text, tokenize = 'unicode61');
create table meta (rowid integer primary key, id text, kind text, published text, closes text);
create table meta_region (rowid integer, code text);  -- scope codes and all their ancestors
create table meta_scope (rowid integer, code text);   -- scope codes as extracted
create table meta_subject (rowid integer, name text);
"""
INDEXES = """
create index meta_region_code on meta_region (code, rowid);
create index meta_scope_code on meta_scope (code, rowid);
create index meta_subject_name on meta_subject (name, rowid);
create index meta_kind on meta (kind);
create index meta_closes on meta (closes);
create index meta_published on meta (published);
"""


def _ancestors(code: str) -> list[str]:
    from pipeline import gazetteer

    try:
        return [r.code for r in gazetteer.ancestors(code)]
    except ValueError:
        return []


def build(store_path: str | Path, out_path: str | Path) -> int:
    """Build the baseline database at `out_path` from the store at `store_path`; returns notices."""
    out_path = Path(out_path)
    if out_path.exists():
        out_path.unlink()
    src = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
    db = sqlite3.connect(str(out_path), isolation_level=None)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.executescript(SCHEMA)
    rowids: dict[str, int] = {}
    db.execute("BEGIN")
    cursor = src.execute(
        "select n.id, n.kind, n.published, n.apply_deadline,"
        " (select max(date) from notice_deadlines d where d.notice_id = n.id),"
        " t.title_tokens, t.text_tokens"
        " from notices n join notice_tokens t on t.notice_id = n.id order by n.id")
    while rows := cursor.fetchmany(1000):
        for notice_id, kind, published, apply_deadline, latest, title_tokens, text_tokens in rows:
            rowid = rowids[notice_id] = len(rowids) + 1
            db.execute("insert into meta values (?, ?, ?, ?, ?)",
                       (rowid, notice_id, kind, published, apply_deadline or latest))
            db.execute("insert into fts (rowid, title, text) values (?, ?, ?)",
                       (rowid, " ".join(json.loads(title_tokens)), " ".join(json.loads(text_tokens))))
    scope: dict[int, list[str]] = {}
    for notice_id, code in src.execute("select notice_id, code from notice_regions where code is not null"):
        if notice_id in rowids:
            scope.setdefault(rowids[notice_id], []).append(code)
    for rowid, codes in scope.items():
        codes = list(dict.fromkeys(codes))
        within = dict.fromkeys(codes)
        for code in codes:
            within.update(dict.fromkeys(_ancestors(code)))
        db.executemany("insert into meta_scope values (?, ?)", [(rowid, c) for c in codes])
        db.executemany("insert into meta_region values (?, ?)", [(rowid, c) for c in within])
    db.executemany("insert into meta_subject values (?, ?)", [
        (rowids[notice_id], name) for notice_id, name in
        src.execute("select distinct notice_id, name from notice_subjects") if notice_id in rowids])
    db.execute("COMMIT")
    db.executescript(INDEXES)  # executescript commits first, so after the transaction
    db.execute("insert into fts(fts) values ('optimize')")
    db.close()
    src.close()
    return len(rowids)


_CLAUSE = re.compile(r'(-?)(?:"([^"]*)"?|“([^”]*)”?|(\S+))')


def _words(text: str) -> list[str]:
    from pipeline.segment import segment

    return [w for w in segment(text) if any(c.isalnum() for c in w)]


def _quoted(words: list[str]) -> str:
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def match_expression(query: str) -> str | None:
    """The FTS5 expression for a query in huiqi's search language (index/query.py): words are
    segmented with jieba and all required; "…" is a phrase; OR joins the clauses beside it; a leading
    minus excludes. None when nothing searchable is left."""
    groups: list[list[str]] = []
    excluded: list[str] = []
    join_next = False
    for match in _CLAUSE.finditer(query):
        minus, straight, curly, bare = match.groups()
        if bare in ("OR", "|"):
            join_next = bool(groups)
            continue
        phrase = bare is None
        words = _words(bare if not phrase else (straight if straight is not None else curly))
        if not words:
            continue
        clause = '"' + " ".join(w.replace('"', '""') for w in words) + '"' if phrase else f"({_quoted(words)})"
        if minus:
            excluded.append(clause)
        elif join_next:
            groups[-1].append(clause)
        else:
            groups.append([clause])
        join_next = False
    if not groups:
        return None
    expression = " AND ".join("(" + " OR ".join(g) + ")" for g in groups)
    return expression + "".join(f" NOT {c}" for c in excluded)


class Baseline:
    def __init__(self, path: str | Path):
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def search(self, query: str, filters: dict | None = None, limit: int = 10) -> list[str]:
        """Ids of the best `limit` notices for `query` under `filters` (the keys of SearchFilters)."""
        expression = match_expression(query)
        where, params = ["fts match ?"], [expression]
        if expression is None:
            return []
        for clause, values in _filter_sql(filters or {}):
            where.append(clause)
            params.extend(values)
        sql = (f"select m.id from fts join meta m on m.rowid = fts.rowid where {' and '.join(where)}"
               f" order by bm25(fts, {TITLE_WEIGHT}, 1.0) limit {int(limit)}")
        return [row[0] for row in self.db.execute(sql, params)]

    def close(self) -> None:
        self.db.close()


def _iso(value) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def _filter_sql(filters: dict) -> Iterator[tuple[str, list]]:
    from pipeline import gazetteer

    if filters.get("kind"):
        yield "m.kind = ?", [filters["kind"]]
    if filters.get("region"):
        code = gazetteer.resolve_profile_region(filters["region"]).code
        yield "m.rowid in (select rowid from meta_region where code = ?)", [code]
    if filters.get("in_scope_of"):
        region = gazetteer.resolve_profile_region(filters["in_scope_of"])
        chain = [region.code] + [r.code for r in gazetteer.ancestors(region.code)]
        yield f"m.rowid in (select rowid from meta_scope where code in ({','.join('?' * len(chain))}))", chain
    if filters.get("subject"):
        yield "m.rowid in (select rowid from meta_subject where name = ?)", [filters["subject"]]
    if filters.get("open_on"):
        day = _iso(filters["open_on"])
        yield "m.published <= ? and m.closes >= ?", [day, day]
    if filters.get("deadline_after"):
        yield "m.closes >= ?", [_iso(filters["deadline_after"])]
    if filters.get("deadline_before"):
        yield "m.closes <= ?", [_iso(filters["deadline_before"])]
    if filters.get("since"):
        yield "m.published >= ?", [_iso(filters["since"])]
    if filters.get("until"):
        yield "m.published <= ?", [_iso(filters["until"])]
