"""The store: SQLite through sqlite-utils, the source of truth. The Whoosh index is derived from it.

Schema is created and migrated here (table `schema_version`). Multi-valued extracted fields live in
child tables so they can be queried; segmented tokens are kept so re-indexing never re-segments.
Batched writes run in one explicit transaction each (`BEGIN IMMEDIATE … COMMIT`): a killed run leaves
whole batches only, and re-running it converges on the database a single clean run gives.
"""
from __future__ import annotations

import errno
import json
import logging
import sqlite3
import tempfile
from collections import OrderedDict, defaultdict
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import sqlite_utils

from pipeline import lifecycle
from pipeline.notice import Amount, Deadline, Notice, Phone, Region, Subject
from pipeline.dates import today_cn

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 4
FILTER_CACHE_SIZE = 16  # filter sets kept (filtered_ids), as the engines keep theirs
CHILD_TABLES = ("notice_regions", "notice_deadlines", "notice_phones", "notice_subjects")
# A notice's references to other notices and the keys it is found by (rewritten by _relink).
LINK_TABLES = ("notice_refs", "notice_keys")
# Notice fields stored as JSON text in the notices table.
JSON_COLUMNS = ("title_tags", "amounts", "system_urls", "doc_numbers", "issuers")


class StoreError(Exception):
    """A store problem the CLI reports in one line (unreadable file, newer schema …)."""


@dataclass
class SavedNotice:
    """A notice with the tokens it was segmented into once at import."""

    notice: Notice
    title_tokens: list[str]
    text_tokens: list[str]


def utc_now(precise: bool = False) -> str:
    """The current UTC time as ISO text; `precise` keeps microseconds, for the times digests compare
    (first stored, deadline changed, digest ran), so an import a moment after a digest is not missed."""
    now = datetime.now(timezone.utc)
    return (now if precise else now.replace(microsecond=0)).isoformat()


def _migrate_to_1(db: sqlite_utils.Database) -> None:
    # Every step is "if not exists": a migration killed half-way simply runs again.
    db["notices"].create(
        {
            "id": str, "source": str, "source_id": str, "url": str, "provenance": str,
            "fetched_at": str, "title": str, "raw_title": str, "title_tags": str, "account": str,
            "origin": str, "published": str, "content_html": str, "text": str, "content_hash": str,
            "kind": str, "kind_evidence": str, "apply_deadline": str, "apply_deadline_evidence": str,
            "amounts": str, "system_urls": str, "doc_numbers": str, "issuers": str,
            "extractor_version": int, "created_at": str, "updated_at": str,
            # content hash the index last saw; NULL or different means the index needs this notice
            "indexed_hash": str,
        },
        pk="id", if_not_exists=True,
    )
    db["notices"].create_index(["url"], if_not_exists=True)
    db["notices"].create_index(["published"], if_not_exists=True)
    db["notices"].create_index(["kind", "apply_deadline"], if_not_exists=True)
    db["notices"].create_index(["source", "source_id"], if_not_exists=True)
    common = {"notice_id": str, "position": int, "evidence": str}
    db["notice_regions"].create({**common, "name": str, "code": str, "level": str}, foreign_keys=[("notice_id", "notices", "id")], if_not_exists=True)
    db["notice_deadlines"].create({**common, "date": str, "time": str, "label": str}, foreign_keys=[("notice_id", "notices", "id")], if_not_exists=True)
    db["notice_phones"].create({**common, "number": str, "ext": str, "label": str}, foreign_keys=[("notice_id", "notices", "id")], if_not_exists=True)
    db["notice_subjects"].create({**common, "name": str}, foreign_keys=[("notice_id", "notices", "id")], if_not_exists=True)
    for table in CHILD_TABLES:
        db[table].create_index(["notice_id"], if_not_exists=True)
    db["notice_regions"].create_index(["code"], if_not_exists=True)
    db["notice_subjects"].create_index(["name"], if_not_exists=True)
    db["notice_deadlines"].create_index(["date"], if_not_exists=True)
    db["notice_tokens"].create(
        {"notice_id": str, "segmenter_version": int, "title_tokens": str, "text_tokens": str},
        pk="notice_id", if_not_exists=True,
    )
    db["notice_history"].create(
        {"notice_id": str, "content_hash": str, "title": str, "text": str, "replaced_at": str}, if_not_exists=True
    )
    db["notice_history"].create_index(["notice_id"], if_not_exists=True)
    db["deadline_changes"].create(
        {"notice_id": str, "label": str, "old_date": str, "new_date": str, "changed_at": str}, if_not_exists=True
    )
    db["deadline_changes"].create_index(["notice_id"], if_not_exists=True)
    db["http_cache"].create(
        {"url": str, "etag": str, "last_modified": str, "checked_at": str}, pk="url", if_not_exists=True
    )
    db["runs"].create(
        {"id": int, "kind": str, "started_at": str, "finished_at": str, "status": str, "sources": str},
        pk="id", if_not_exists=True,
    )
    db["run_sources"].create(
        {"run_id": int, "source": str, "pages": int, "new": int, "updated": int, "unchanged": int,
         "failed": int, "rejected": int, "status": str, "errors": str},
        pk=("run_id", "source"), if_not_exists=True,
    )


def _migrate_to_2(db: sqlite_utils.Database) -> None:
    # Records without a title are kept with a title derived from their text (issue 11).
    if "title_derived" not in db["notices"].columns_dict:
        db["notices"].add_column("title_derived", int, not_null_default=0)


def _migrate_to_3(db: sqlite_utils.Database) -> None:
    # A call's life (issue 13): references and keys of each notice, the links made from them, and
    # deadline changes caused by an amending notice (amended_by) beside the notice's own edits.
    db["notice_refs"].create(
        {"notice_id": str, "relation": str, "method": str, "value": str, "detail": str, "evidence": str},
        foreign_keys=[("notice_id", "notices", "id")], if_not_exists=True)
    db["notice_refs"].create_index(["notice_id"], if_not_exists=True)
    db["notice_refs"].create_index(["method", "value"], if_not_exists=True)
    db["notice_keys"].create({"notice_id": str, "method": str, "value": str, "detail": str},
                             foreign_keys=[("notice_id", "notices", "id")], if_not_exists=True)
    db["notice_keys"].create_index(["notice_id"], if_not_exists=True)
    db["notice_keys"].create_index(["method", "value"], if_not_exists=True)
    db["notice_links"].create(
        {"notice_id": str, "target_id": str, "relation": str, "method": str, "confidence": float,
         "evidence": str, "linked_at": str},
        pk=("notice_id", "relation"), if_not_exists=True)
    db["notice_links"].create_index(["target_id"], if_not_exists=True)
    if "amended_by" not in db["deadline_changes"].columns_dict:
        db["deadline_changes"].add_column("amended_by", str)
    db["call_deadlines"].create({"notice_id": str, "label": str, "date": str}, if_not_exists=True)
    db["call_deadlines"].create_index(["notice_id"], if_not_exists=True)
    db["digests"].create({"profile": str, "ran_at": str, "on_date": str}, pk="profile", if_not_exists=True)
    db["watches"].create({"name": str, "query": str, "filters": str, "created_at": str, "last_run_at": str},
                         pk="name", if_not_exists=True)


def _migrate_to_4(db: sqlite_utils.Database) -> None:
    # Search filters decided in SQL (issue 14): each notice's closing date, and covering indexes so a
    # filter reads index pages only (the notices rows hold whole texts).
    if "closes" not in db["notices"].columns_dict:
        db["notices"].add_column("closes", str)
    db["notices"].create_index(["kind", "id"], if_not_exists=True)
    db["notices"].create_index(["published", "id"], if_not_exists=True)
    db["notices"].create_index(["closes", "id"], if_not_exists=True)
    db["notice_regions"].create_index(["code", "notice_id"], if_not_exists=True)
    db["notice_subjects"].create_index(["name", "notice_id"], if_not_exists=True)


MIGRATIONS = {1: _migrate_to_1, 2: _migrate_to_2, 3: _migrate_to_3, 4: _migrate_to_4}


class Store:
    """The database at `path`. Commands that only read open it with `read_only=True`: SQLite's
    mode=ro, so a read-only data dir (a mounted snapshot, another user's files) can be searched and
    exported. Opening it for writing where that is impossible fails at once with a clear message."""

    def __init__(self, path: str | Path, create: bool = True, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        self._filter_cache: OrderedDict = OrderedDict()  # see filtered_ids
        if (read_only or not create) and not self.path.exists():
            raise StoreError(f"no store at {self.path}; import or harvest notices first (or check --data-dir)")
        self.db = sqlite_utils.Database(self._connect_read_only() if read_only else self._connect())
        if read_only and self.schema_version() < SCHEMA_VERSION:
            self._upgrade_then_reopen()
        self._migrate()

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the data dir {self.path.parent}: {exc.strerror or exc}") from exc
        if not _writable(self.path):
            raise StoreError(
                f"{self.path.parent}: the data dir is read-only, so the store cannot be written; commands that only "
                "read it (search, show, stats, export, match, calendar, runs, doctor without --repair) still work")
        try:
            conn = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable SQLite database ({exc})") from exc
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        return conn

    def _connect_read_only(self) -> sqlite3.Connection:
        uri = self.path.resolve().as_uri()
        try:
            return _first_read(sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=30, isolation_level=None))
        except sqlite3.DatabaseError as exc:
            # SQLite reads a WAL database through its -shm file, which it cannot create in a read-only
            # directory. immutable=1 reads the database file alone: nothing can write to it there.
            if not (exc.sqlite_errorname or "").startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")):
                raise StoreError(f"{self.path}: not a usable SQLite database ({exc})") from exc
            logger.debug("store %s: read-only open failed (%s); opening it as immutable", self.path, exc)
        wal = self.path.with_name(self.path.name + "-wal")
        if wal.exists() and wal.stat().st_size:
            logger.warning("%s: the changes still in %s cannot be read from a read-only data dir", self.path, wal.name)
        try:
            return _first_read(sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None))
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable SQLite database ({exc})") from exc

    def _upgrade_then_reopen(self) -> None:
        """Migrate a store of an older schema through a read-write connection, then read it again."""
        version = self.schema_version()
        self.close()
        if not _writable(self.path):
            raise StoreError(f"{self.path}: schema version {version} predates this huiqi ({SCHEMA_VERSION}) and the "
                             f"data dir is read-only: run huiqi once where it can write the store, to upgrade it")
        Store(self.path, create=False).close()
        self.db = sqlite_utils.Database(self._connect_read_only())

    # -- schema ---------------------------------------------------------------------------------
    def schema_version(self) -> int:
        if "schema_version" not in self.db.table_names():
            return 0
        row = self.db.execute("select max(version) from schema_version").fetchone()
        return row[0] or 0

    def _migrate(self) -> None:
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {current} is newer than this huiqi ({SCHEMA_VERSION}); upgrade huiqi"
            )
        if self.read_only:
            return  # upgraded by _upgrade_then_reopen
        for version in range(current + 1, SCHEMA_VERSION + 1):
            # sqlite-utils commits each DDL statement itself, so migrations are idempotent instead
            MIGRATIONS[version](self.db)
            if version == 3 and self.count():
                self.relink_all()  # links for the notices stored before links existed
            if version == 4 and self.count():
                self.refresh_closes()  # closing dates of the notices stored before they were kept
            self.db["schema_version"].insert({"version": version, "applied_at": utc_now()})
            logger.info("store %s migrated to schema %d", self.path, version)

    @contextmanager
    def transaction(self):
        """One explicit transaction. Inside it, write with raw SQL on the yielded connection only:
        sqlite-utils' own write methods commit by themselves and would end the transaction early."""
        conn = self.db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            self._filter_cache.clear()  # answers read inside the transaction saw writes now undone
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        self.db.conn.close()

    # -- writing notices ------------------------------------------------------------------------
    def _column_of(self, column: str, key: str, values: Iterable[str]) -> dict[str, str]:
        """key -> column of the notices whose `key` is one of `values` (queried in chunks)."""
        found: dict[str, str] = {}
        for chunk in _chunks(list(values), 500):
            marks = ",".join("?" * len(chunk))
            found.update(self.db.execute(f"select {key}, {column} from notices where {key} in ({marks})", chunk))
        return found

    def existing_state(self, ids: Iterable[str]) -> dict[str, str]:
        """id -> content_hash for the ids already stored."""
        return self._column_of("content_hash", "id", ids)

    def is_earlier_version(self, notice_id: str, content_hash: str) -> bool:
        """Whether `content_hash` is a version this notice had before its current one."""
        return self.db.execute("select 1 from notice_history where notice_id=? and content_hash=? limit 1",
                               [notice_id, content_hash]).fetchone() is not None

    def save_batch(self, batch: list[SavedNotice], extractor_version: int) -> dict[str, str]:
        """Insert new notices and update changed ones in one transaction.

        Returns id -> outcome ("new", "updated" or "unchanged"). A changed notice keeps its previous
        version in `notice_history`; a moved deadline is recorded in `deadline_changes`.
        """
        outcomes: dict[str, str] = {}
        now = utc_now(precise=True)
        with self.transaction() as conn:
            previous = self.existing_state(s.notice.id for s in batch)
            for saved in batch:
                notice = saved.notice
                if notice.id in outcomes:
                    continue  # the same notice twice in one batch: the first one wins
                old_hash = previous.get(notice.id)
                if old_hash == notice.content_hash:
                    outcomes[notice.id] = "unchanged"
                    continue
                if old_hash is None:
                    self._insert_notice(conn, saved, extractor_version, created_at=now)
                    outcomes[notice.id] = "new"
                else:
                    self._record_history(conn, notice.id, now)
                    self._record_deadline_changes(conn, notice, now)
                    created = conn.execute("select created_at from notices where id=?", [notice.id]).fetchone()[0]
                    for table in (*CHILD_TABLES, *LINK_TABLES):  # before the notice: their foreign keys point at it
                        conn.execute(f"delete from {table} where notice_id=?", [notice.id])
                    conn.execute("delete from notices where id=?", [notice.id])
                    self._insert_notice(conn, saved, extractor_version, created_at=created, updated_at=now)
                    outcomes[notice.id] = "updated"
            self._relink(conn, [i for i, outcome in outcomes.items() if outcome != "unchanged"], now)
        return outcomes

    def replace_extraction(self, notice: Notice, extractor_version: int) -> bool:
        """Store re-extracted fields of an already stored notice; True when anything changed.

        Nothing is written when the stored text changed since `notice` was read (an import or harvest
        ran meanwhile): that writer extracted the new text itself.
        """
        before = self.get_notice(notice.id, stated=True)
        if before is None:
            raise StoreError(f"notice {notice.id} is not in the store")
        if before.content_hash != notice.content_hash:
            return False
        changed = _extracted(before) != _extracted(notice) or _extras(before) != _extras(notice)
        with self.transaction() as conn:
            current = conn.execute("select content_hash from notices where id=?", [notice.id]).fetchone()
            if not current or current[0] != notice.content_hash:
                return False
            if changed:
                self._record_deadline_changes(conn, notice, utc_now(precise=True))
                for table in CHILD_TABLES:
                    conn.execute(f"delete from {table} where notice_id=?", [notice.id])
                self._insert_children(conn, notice)
                conn.execute(
                    "update notices set kind=?, kind_evidence=?, apply_deadline=?, apply_deadline_evidence=?,"
                    " amounts=?, system_urls=?, doc_numbers=?, issuers=?, closes=?, indexed_hash=NULL where id=?",
                    [notice.kind, notice.kind_evidence, _iso(notice.apply_deadline),
                     notice.apply_deadline_evidence, _json(notice.amounts), _json(notice.system_urls),
                     _json(notice.doc_numbers), _json(notice.issuers), _closes(notice), notice.id],
                )
            conn.execute("update notices set extractor_version=? where id=?", [extractor_version, notice.id])
            if changed:
                self._relink(conn, [notice.id], utc_now(precise=True))
        return changed

    def save_tokens(self, notice_id: str, content_hash: str, segmenter_version: int, title_tokens: list[str],
                    text_tokens: list[str]) -> None:
        """Replace a notice's stored tokens, unless its text changed since they were computed. Tokens that
        differ from the stored ones (another segmenter) leave the notice to be indexed again."""
        with self.transaction() as conn:
            current = conn.execute("select content_hash from notices where id=?", [notice_id]).fetchone()
            if not current or current[0] != content_hash:
                return
            stored = conn.execute("select title_tokens, text_tokens from notice_tokens where notice_id=?",
                                  [notice_id]).fetchone()
            tokens_json = _tokens_json(title_tokens, text_tokens)
            if stored != tokens_json:
                conn.execute("update notices set indexed_hash=NULL where id=?", [notice_id])
            _write_tokens(conn, notice_id, segmenter_version, tokens_json)

    def _insert_notice(self, conn, saved: SavedNotice, extractor_version: int, created_at: str,
                       updated_at: str | None = None) -> None:
        from pipeline.segment import SEGMENTER_VERSION

        row = notice_row(saved.notice)
        row.update(extractor_version=extractor_version, created_at=created_at, updated_at=updated_at,
                   indexed_hash=None)
        columns = ",".join(row)
        conn.execute(f"insert into notices ({columns}) values ({','.join('?' * len(row))})", list(row.values()))
        self._insert_children(conn, saved.notice)
        _write_tokens(conn, saved.notice.id, SEGMENTER_VERSION, _tokens_json(saved.title_tokens, saved.text_tokens))

    # -- a call's life (pipeline/lifecycle.py) ----------------------------------------------------
    def refresh_closes(self) -> int:
        """Recompute every notice's closing date (after a migration); returns how many were read."""
        count = 0
        with self.transaction() as conn:
            for notice in self.iter_notices():  # amended calls with their current deadlines
                conn.execute("update notices set closes=? where id=?", [_closes(notice), notice.id])
                count += 1
        return count

    # -- search filters, decided here (index.filters.filter_clauses says what each requires) --------
    def filtered_ids(self, clauses) -> frozenset[str]:
        """Ids of the notices every clause holds for (Term, AnyOf, DayRange of index.filters), each
        clause read from a covering index, the sets intersected. The answer is kept until the
        database changes (PRAGMA data_version, this connection's changes), so a repeated filter
        costs nothing."""
        key = tuple(clauses)
        if not key:
            raise ValueError("filtered_ids needs at least one clause")
        # another connection's commits change data_version; this connection's own, total_changes
        version = self.db.execute("pragma data_version").fetchone()[0], self.db.conn.total_changes
        kept = self._filter_cache.get(key)
        if kept is not None and kept[0] == version:
            self._filter_cache.move_to_end(key)
            return kept[1]
        sets = []
        for clause in key:
            query, params = self._filter_part(clause)
            sets.append({row[0] for row in self.db.execute(query, params)})
        sets.sort(key=len)
        ids = frozenset(sets[0].intersection(*sets[1:]))
        self._filter_cache[key] = (version, ids)
        while len(self._filter_cache) > FILTER_CACHE_SIZE:
            self._filter_cache.popitem(last=False)
        return ids

    def newest_first(self, ids: Collection[str] | None) -> list[str]:
        """`ids` (None: every notice) in the order listings use: newest first, then by id."""
        rows = self.db.execute("select id from notices order by published desc, id")
        return [row[0] for row in rows if ids is None or row[0] in ids]

    def _filter_part(self, clause) -> tuple[str, list]:
        field = clause.field
        if field == "kind":
            return "select id from notices where kind = ?", [clause.value]
        if field == "region":  # scoped to the region or anywhere inside it
            codes = self._scope_codes_within(clause.value)
            return f"select notice_id from notice_regions where code in ({','.join('?' * len(codes))})", codes
        if field in ("scope", "subjects"):
            table, column = ("notice_regions", "code") if field == "scope" else ("notice_subjects", "name")
            values = list(clause.values)
            return f"select notice_id from {table} where {column} in ({','.join('?' * len(values))})", values
        if field in ("published", "closes"):
            conditions, params = [f"{field} is not null"], []
            if clause.start is not None:
                conditions.append(f"{field} >= ?")
                params.append(clause.start.isoformat())
            if clause.end is not None:
                conditions.append(f"{field} <= ?")
                params.append(clause.end.isoformat())
            return f"select id from notices where {' and '.join(conditions)}", params
        raise ValueError(f"no filter on {field!r}")

    def _scope_codes_within(self, code: str) -> list[str]:
        """The stored scope codes that are `code` or lie inside it (as the index's region field holds
        each scope code with its ancestors)."""
        from pipeline import gazetteer

        within = []
        for (stored,) in self.db.execute("select distinct code from notice_regions where code is not null"):
            try:
                chain = gazetteer.code_chain(stored)
            except ValueError:
                chain = [stored]  # not a GB/T 2260 code: indexed as is
            if code in chain:
                within.append(stored)
        return within

    def relink_all(self) -> int:
        """Recompute every notice's references, keys and links (after a migration); returns links."""
        with self.transaction() as conn:
            ids = [r[0] for r in conn.execute("select id from notices")]
            for chunk in _chunks(ids, 500):
                self._relink(conn, chunk, utc_now(precise=True))
            return conn.execute("select count(*) from notice_links").fetchone()[0]

    def _relink(self, conn, ids: list[str], now: str) -> None:
        """Refresh the references and keys of `ids`, then the links of every notice they may affect:
        the notices themselves, notices whose references meet their keys, and notices linked to them.
        A call whose amendments changed gets its deadline history rewritten and is re-indexed."""
        if not ids:
            return
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            conn.execute(f"delete from notice_refs where notice_id in ({marks})", chunk)
            conn.execute(f"delete from notice_keys where notice_id in ({marks})", chunk)
        for notice in self.iter_notices(ids=ids, stated=True):
            relation, _ = lifecycle.relation(notice)
            conn.executemany(
                "insert into notice_refs (notice_id, relation, method, value, detail, evidence) values (?,?,?,?,?,?)",
                [(notice.id, relation, r.method, r.value, r.detail, r.evidence)
                 for r in lifecycle.references(notice, relation)])
            conn.executemany("insert into notice_keys (notice_id, method, value, detail) values (?,?,?,?)",
                             [(notice.id, k.method, k.value, k.detail) for k in lifecycle.keys(notice, relation)])
        sources = set(ids)
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            # A programme key (issuer + year) is shared by many calls: a notice already linked by a cited
            # 文号 or title cannot be won by it, so it is not re-examined (keeps imports linear). Nor is a
            # notice published before the one holding the key: no call published after it is its target
            # (lifecycle.best_target), so an import in date order re-examines almost nothing.
            sources.update(r[0] for r in conn.execute(
                "select distinct r.notice_id from notice_keys k join notice_refs r"
                " on r.method = k.method and r.value = k.value left join notice_links l on l.notice_id = r.notice_id"
                " join notices keyed on keyed.id = k.notice_id join notices referring on referring.id = r.notice_id"
                f" where k.notice_id in ({marks}) and (k.method != 'programme' or l.method is null"
                " or l.method = 'programme') and (coalesce(keyed.published, '') = ''"
                " or coalesce(referring.published, '') = '' or referring.published >= keyed.published)", chunk))
            sources.update(r[0] for r in conn.execute(
                f"select notice_id from notice_links where target_id in ({marks})", chunk))
        touched: set[str] = set()
        for source in sorted(sources):
            touched |= self._link_one(conn, source, now)
        # An amendment edited but still linked, or a call edited, changes the call's current deadlines too.
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            touched.update(r[0] for r in conn.execute(
                f"select target_id from notice_links where relation=? and (notice_id in ({marks})"
                f" or target_id in ({marks}))", [lifecycle.AMENDS, *chunk, *chunk]))
            touched.update(r[0] for r in conn.execute(
                f"select distinct notice_id from call_deadlines where notice_id in ({marks})", chunk))
        for target in sorted(touched):
            self._record_current_deadlines(conn, target, now)

    def _link_one(self, conn, source: str, now: str) -> set[str]:
        """Link `source` to the call its references find; returns the calls whose links changed."""
        refs = conn.execute("select relation, method, value, detail, evidence from notice_refs where notice_id=?",
                            [source]).fetchall()
        before = {r[0]: r[1] for r in conn.execute(
            "select relation, target_id from notice_links where notice_id=?", [source])}
        chosen = None
        if refs:
            candidates = []
            for rel, method, value, detail, evidence in refs:
                ref = lifecycle.Ref(method, value, evidence or "", detail or "")
                for target, key_detail, published in conn.execute(
                        "select k.notice_id, k.detail, n.published from notice_keys k join notices n"
                        " on n.id = k.notice_id where k.method=? and k.value=?", [method, value]):
                    candidates.append(lifecycle.Candidate(
                        target, ref, lifecycle.Key(method, value, key_detail or ""),
                        date.fromisoformat(published) if published else None))
            row = conn.execute("select published from notices where id=?", [source]).fetchone()
            stub = Notice(id=source, published=date.fromisoformat(row[0]) if row and row[0] else None)
            best = lifecycle.best_target(stub, candidates)
            if best is not None:
                chosen = (refs[0][0], best[0], best[1])
        after = {chosen[0]: chosen[1].id} if chosen else {}
        if after == before:
            if chosen:  # same call: refresh how it was found, keep when it was linked
                rel, candidate, confidence = chosen
                conn.execute("update notice_links set method=?, confidence=?, evidence=? where notice_id=? and relation=?",
                             [candidate.ref.method, confidence, lifecycle.evidence_of(candidate), source, rel])
            return set()
        conn.execute("delete from notice_links where notice_id=?", [source])
        if chosen:
            rel, candidate, confidence = chosen
            conn.execute(
                "insert into notice_links (notice_id, target_id, relation, method, confidence, evidence, linked_at)"
                " values (?,?,?,?,?,?,?)",
                [source, candidate.id, rel, candidate.ref.method, confidence, lifecycle.evidence_of(candidate), now])
        return set(before.values()) | set(after.values())

    def _record_current_deadlines(self, conn, target: str, now: str) -> None:
        """Record how an amended call's current deadlines moved since they were last recorded (table
        call_deadlines; before any amendment, its stated ones): one deadline_changes row per label that
        moved, naming the amendment that moved it (NULL when a link was undone). Rows are only ever
        added, so a calendar's SEQUENCE only grows; the call is re-indexed."""
        call = self.get_notice(target)
        if call is None:
            return
        conn.execute("update notices set closes=? where id=?", [_closes(call), target])  # its current dates
        recorded = conn.execute("select label, date from call_deadlines where notice_id=?", [target]).fetchall()
        if not recorded and not call.deadline_history:
            return  # never amended
        previous = _latest_by_label(recorded) if recorded else _latest_by_label(
            (d.label, d.date.isoformat()) for d in self.get_notice(target, stated=True).deadlines)
        current = _latest_by_label((d.label, d.date.isoformat()) for d in call.deadlines)
        by = {change.label: change.by for change in call.deadline_history}
        for label in sorted(set(previous) | set(current)):
            if previous.get(label) != current.get(label):
                conn.execute(
                    "insert into deadline_changes (notice_id, label, old_date, new_date, changed_at, amended_by)"
                    " values (?,?,?,?,?,?)", [target, label, previous.get(label), current.get(label), now, by.get(label)])
        conn.execute("delete from call_deadlines where notice_id=?", [target])
        if call.deadline_history:
            conn.executemany("insert into call_deadlines (notice_id, label, date) values (?,?,?)",
                             [(target, label, day) for label, day in current.items()])
        conn.execute("update notices set indexed_hash=NULL where id=?", [target])

    def _lifecycle(self, notices: list[Notice]) -> None:
        """Fill `related` from the links and move amended calls' deadlines to their current dates."""
        if not notices:
            return
        ids = [n.id for n in notices]
        marks = ",".join("?" * len(ids))
        related: dict[str, list] = defaultdict(list)
        rows = self.db.execute(
            "select l.notice_id, l.target_id, l.relation, l.method, l.confidence, l.evidence,"
            " s.source_id, s.published, s.title, t.source_id, t.published, t.title"
            " from notice_links l join notices s on s.id = l.notice_id join notices t on t.id = l.target_id"
            f" where l.notice_id in ({marks}) or l.target_id in ({marks})", ids + ids).fetchall()
        wanted = set(ids)
        amended: dict[str, list[str]] = defaultdict(list)
        for (source, target, rel, method, confidence, evidence,
             s_source_id, s_published, s_title, t_source_id, t_published, t_title) in rows:
            if source in wanted:
                related[source].append(lifecycle.Link(target, t_source_id, rel, evidence or "", method, confidence,
                                                      _date(t_published), t_title or ""))
            if target in wanted:
                related[target].append(lifecycle.Link(source, s_source_id, lifecycle.INVERSE[rel], evidence or "",
                                                      method, confidence, _date(s_published), s_title or ""))
                if rel == lifecycle.AMENDS:
                    amended[target].append(source)
        amendments = self._amendments([a for sources in amended.values() for a in sources])
        for notice in notices:
            notice.related = sorted(related.get(notice.id, []), key=lambda l: (l.published or date.min, l.id))
            if notice.id in amended:
                notice.deadline_history = lifecycle.apply_amendments(
                    notice, [amendments[a] for a in amended[notice.id] if a in amendments])

    def _amendments(self, ids: list[str]) -> dict[str, "lifecycle.Amendment"]:
        found: dict[str, lifecycle.Amendment] = {}
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            for notice_id, published, apply_deadline in self.db.execute(
                    f"select id, published, apply_deadline from notices where id in ({marks})", chunk):
                found[notice_id] = lifecycle.Amendment(notice_id, _date(published), [], _date(apply_deadline))
            for notice_id, day, time_, label, evidence in self.db.execute(
                    f"select notice_id, date, time, label, evidence from notice_deadlines where notice_id in ({marks})"
                    " order by notice_id, position", chunk):
                found[notice_id].deadlines.append(Deadline(date.fromisoformat(day), time_, label or "", evidence or ""))
        return found

    @staticmethod
    def _insert_children(conn, notice: Notice) -> None:
        for table in CHILD_TABLES:
            conn.execute(f"delete from {table} where notice_id=?", [notice.id])
        conn.executemany(
            "insert into notice_regions (notice_id, position, name, code, level, evidence) values (?,?,?,?,?,?)",
            [(notice.id, i, r.name, r.code, r.level, r.evidence) for i, r in enumerate(notice.regions)],
        )
        conn.executemany(
            "insert into notice_deadlines (notice_id, position, date, time, label, evidence) values (?,?,?,?,?,?)",
            [(notice.id, i, d.date.isoformat(), d.time, d.label, d.evidence) for i, d in enumerate(notice.deadlines)],
        )
        conn.executemany(
            "insert into notice_phones (notice_id, position, number, ext, label, evidence) values (?,?,?,?,?,?)",
            [(notice.id, i, p.number, p.ext, p.label, p.evidence) for i, p in enumerate(notice.phones)],
        )
        conn.executemany(
            "insert into notice_subjects (notice_id, position, name, evidence) values (?,?,?,?)",
            [(notice.id, i, s.name, s.evidence) for i, s in enumerate(notice.subjects)],
        )

    @staticmethod
    def _record_history(conn, notice_id: str, now: str) -> None:
        conn.execute(
            "insert into notice_history (notice_id, content_hash, title, text, replaced_at)"
            " select id, content_hash, title, text, ? from notices where id=?",
            [now, notice_id],
        )

    @staticmethod
    def _record_deadline_changes(conn, notice: Notice, now: str) -> None:
        """Compare deadlines by label (what closes); a label whose dates changed is one change."""
        old: dict[str, set[str]] = defaultdict(set)
        for label, day in conn.execute("select label, date from notice_deadlines where notice_id=?", [notice.id]):
            old[label or ""].add(day)
        new: dict[str, set[str]] = defaultdict(set)
        for d in notice.deadlines:
            new[d.label or ""].add(d.date.isoformat())
        for label in sorted(set(old) | set(new)):
            if old.get(label, set()) != new.get(label, set()):
                conn.execute(
                    "insert into deadline_changes (notice_id, label, old_date, new_date, changed_at) values (?,?,?,?,?)",
                    [notice.id, label, max(old[label]) if old.get(label) else None,
                     max(new[label]) if new.get(label) else None, now],
                )

    # -- index bookkeeping -----------------------------------------------------------------------
    def mark_indexed(self, hashes: dict[str, str]) -> None:
        with self.transaction() as conn:
            conn.executemany("update notices set indexed_hash=? where id=?", [(h, i) for i, h in hashes.items()])

    def clear_indexed(self) -> None:
        with self.transaction() as conn:
            conn.execute("update notices set indexed_hash=NULL")

    def indexed_count(self) -> int:
        """Notices the index is recorded to hold (in any version)."""
        return self.db.execute("select count(*) from notices where indexed_hash is not null").fetchone()[0]

    def unindexed_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute(
            "select id from notices where indexed_hash is null or indexed_hash != content_hash order by id")]

    def content_hashes(self) -> dict[str, str]:
        return dict(self.db.execute("select id, content_hash from notices").fetchall())

    # -- reading ----------------------------------------------------------------------------------
    def count(self) -> int:
        return self.db["notices"].count

    def get_notice(self, notice_id: str, *, stated: bool = False) -> Notice | None:
        found = list(self.iter_notices(ids=[notice_id], stated=stated))
        return found[0] if found else None

    def find_ids(self, prefix: str) -> list[str]:
        """Ids starting with `prefix` (users type the first few characters), or equal to a source_id."""
        if not prefix:
            return []
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self.db.execute(
            "select id from notices where id like ? escape '\\' or source_id = ? order by id limit 10",
            [escaped + "%", prefix],
        ).fetchall()
        return [r[0] for r in rows]

    def iter_notices(self, ids: Iterable[str] | None = None, *, where: str = "", params: Iterable = (),
                     include_html: bool = False, chunk_size: int = 500, stated: bool = False) -> Iterator[Notice]:
        """Notices with their child rows, in published order (newest first) unless ids are given.

        Each notice carries its life-cycle links (`related`), and an amended call its current deadlines
        with the `deadline_history` they replace; `stated=True` gives the values as extracted from the
        notice's own text (what re-extraction compares with)."""
        columns = "*" if include_html else ",".join(
            c for c in self.db["notices"].columns_dict if c != "content_html")
        if ids is not None:
            id_list = list(ids)
            order = {notice_id: position for position, notice_id in enumerate(id_list)}
            chunks = _chunks(id_list, chunk_size)
            queries = ((f"select {columns} from notices where id in ({','.join('?' * len(c))})", c) for c in chunks)
        else:
            clause = f"where {where}" if where else ""
            queries = [(f"select {columns} from notices {clause} order by published desc, id", list(params))]
        for sql, args in queries:
            cursor = self.db.execute(sql, args)
            names = [d[0] for d in cursor.description]
            while True:
                rows = cursor.fetchmany(chunk_size)
                if not rows:
                    break
                records = [dict(zip(names, row)) for row in rows]
                if ids is not None:  # in the order asked for (a search's, newest first)
                    records.sort(key=lambda record: order[record["id"]])
                children = self._children([r["id"] for r in records])
                notices = [_notice_from_row(record, children) for record in records]
                if not stated:
                    self._lifecycle(notices)
                yield from notices

    def iter_saved(self, ids: Iterable[str] | None = None, *, stated: bool = False) -> Iterator[SavedNotice]:
        """Notices with their stored tokens (for indexing, or with `stated` for re-extraction)."""
        chunk: list[Notice] = []
        for notice in self.iter_notices(ids=ids, stated=stated):
            chunk.append(notice)
            if len(chunk) == 500:
                yield from self._with_tokens(chunk)
                chunk = []
        yield from self._with_tokens(chunk)

    def _with_tokens(self, notices: list[Notice]) -> Iterator[SavedNotice]:
        if not notices:
            return
        tokens = self.tokens_of([n.id for n in notices])
        for notice in notices:
            title_tokens, text_tokens = tokens.get(notice.id, (None, None))
            yield SavedNotice(notice, title_tokens, text_tokens)

    def tokens_of(self, ids: Iterable[str]) -> dict[str, tuple[list[str], list[str]]]:
        """id -> (title words, text words) as segmented at import, for the ids that have them."""
        tokens = {}
        for chunk in _chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(f"select notice_id, title_tokens, text_tokens from notice_tokens"
                                   f" where notice_id in ({marks})", chunk)
            tokens.update((r[0], (json.loads(r[1]), json.loads(r[2]))) for r in rows)
        return tokens

    def stale_extraction_count(self, extractor_version: int, segmenter_version: int) -> int:
        """How many notices `huiqi reextract` would run over (see stale_extraction_ids)."""
        return self.db.execute(f"select count(*) {_STALE_EXTRACTION}", [extractor_version, segmenter_version]
                               ).fetchone()[0]

    def stale_extraction_ids(self, extractor_version: int, segmenter_version: int) -> list[str]:
        """The notices extracted by other rules, or segmented by another segmenter (or not at all), by id."""
        return [r[0] for r in self.db.execute(f"select n.id {_STALE_EXTRACTION} order by n.id",
                                              [extractor_version, segmenter_version])]

    def stale_token_ids(self, segmenter_version: int) -> list[str]:
        return [r[0] for r in self.db.execute(f"select n.id {_NOTICE_TOKENS} where {_STALE_TOKENS}",
                                              [segmenter_version])]

    def _children(self, ids: list[str]) -> dict[str, dict[str, list]]:
        children: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        marks = ",".join("?" * len(ids))
        for table in CHILD_TABLES:
            cursor = self.db.execute(
                f"select * from {table} where notice_id in ({marks}) order by notice_id, position", ids)
            names = [d[0] for d in cursor.description]
            for row in cursor:
                record = dict(zip(names, row))
                children[record["notice_id"]][table].append(record)
        return children

    def deadline_revisions(self) -> dict[tuple[str, str], tuple[int, str]]:
        """(notice_id, label) -> (number of recorded changes, time of the last one)."""
        rows = self.db.execute(
            "select notice_id, label, count(*), max(changed_at) from deadline_changes group by notice_id, label")
        return {(r[0], r[1] or ""): (r[2], r[3]) for r in rows}

    def history(self, notice_id: str) -> list[dict]:
        return list(self.db.query(
            "select content_hash, title, replaced_at from notice_history where notice_id=? order by replaced_at",
            [notice_id]))

    def deadline_changes(self, notice_id: str) -> list[dict]:
        return list(self.db.query(
            "select label, old_date, new_date, changed_at, amended_by from deadline_changes where notice_id=?"
            " order by changed_at",
            [notice_id]))

    # -- matching (pipeline/match.py) ---------------------------------------------------------------
    def call_candidates(self, on: date, region_codes: Iterable[str] | None = None, *, days_back: int = 0,
                        days_ahead: int = 0, no_date_days: int = 30) -> list[str]:
        """Ids of the calls that can be open on `on` for an enterprise in one of `region_codes`, decided
        in SQL so that matching loads and ranks only these: published by `on` (+ days_ahead), closing
        (the stored closing date, else publication + no_date_days) on or after `on`
        (- days_back), scoped to 全国 or to the province of a region given (None: any). A superset:
        the matcher checks each exactly. Calls with a linked amendment are kept whatever their stated
        dates, since their current deadlines are the amendment's."""
        ahead = (on + timedelta(days=days_ahead)).isoformat()
        back = (on - timedelta(days=days_back)).isoformat()
        sql = (
            "select n.id from notices n where n.kind = 'call' and (n.published is null or n.published <= ?)"
            " and (exists (select 1 from notice_links l where l.target_id = n.id and l.relation = 'amends')"
            # the stored closing date (Notice.closing_deadline: a call in batches closes with its last)
            " or coalesce(n.closes, date(n.published, ?)) >= ?)")
        params: list = [ahead, f"+{no_date_days} days", back]
        if region_codes is not None:
            provinces = sorted({code[:2] for code in region_codes})
            sql += (" and exists (select 1 from notice_regions r where r.notice_id = n.id and (r.code = '000000'"
                    f" or substr(r.code, 1, 2) in ({','.join('?' * len(provinces))})))")
            params += provinces
        return [row[0] for row in self.db.execute(sql + " order by n.id", params)]

    # -- digests and saved searches (pipeline/digest.py) -------------------------------------------
    def first_stored(self, ids: Iterable[str]) -> dict[str, str]:
        """id -> when the store first saw the notice (UTC ISO time)."""
        return self._column_of("created_at", "id", ids)

    def deadline_changes_since(self, ids: Iterable[str], since: str) -> dict[str, list[dict]]:
        """id -> its deadline changes recorded at or after `since` (an ISO time or date), oldest first."""
        found: dict[str, list[dict]] = defaultdict(list)
        for chunk in _chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            for row in self.db.query(
                    "select notice_id, label, old_date, new_date, changed_at, amended_by from deadline_changes"
                    f" where changed_at >= ? and notice_id in ({marks}) order by changed_at", [since, *chunk]):
                found[row.pop("notice_id")].append(row)
        return dict(found)

    def last_changed(self, ids: Iterable[str]) -> dict[str, str]:
        """id -> the later of when the notice was first stored and when a deadline of it last moved."""
        ids = list(ids)
        found = self.first_stored(ids)
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            for notice_id, changed in self.db.execute(
                    f"select notice_id, max(changed_at) from deadline_changes where notice_id in ({marks})"
                    " group by notice_id", chunk):
                if changed and changed > (found.get(notice_id) or ""):
                    found[notice_id] = changed
        return found

    def last_digest(self, profile: str) -> str | None:
        row = self.db.execute("select ran_at from digests where profile=?", [profile]).fetchone()
        return row[0] if row else None

    def record_digest(self, profile: str, ran_at: str, on: date) -> None:
        with self.transaction() as conn:
            conn.execute("insert into digests (profile, ran_at, on_date) values (?,?,?) on conflict(profile)"
                         " do update set ran_at=excluded.ran_at, on_date=excluded.on_date",
                         [profile, ran_at, on.isoformat()])

    def add_watch(self, name: str, query: str, filters: dict) -> None:
        with self.transaction() as conn:
            if conn.execute("select 1 from watches where name=?", [name]).fetchone():
                raise StoreError(f"a saved search named {name!r} exists; remove it first (huiqi watch remove {name})")
            conn.execute("insert into watches (name, query, filters, created_at, last_run_at) values (?,?,?,?,?)",
                         [name, query, json.dumps(filters, ensure_ascii=False), utc_now(), None])

    def remove_watch(self, name: str) -> bool:
        with self.transaction() as conn:
            return conn.execute("delete from watches where name=?", [name]).rowcount > 0

    def watches(self) -> list[dict]:
        return [{**row, "filters": json.loads(row["filters"] or "{}")}
                for row in self.db.query("select * from watches order by name")]

    def mark_watch_run(self, name: str, ran_at: str) -> None:
        with self.transaction() as conn:
            conn.execute("update watches set last_run_at=? where name=?", [ran_at, name])

    def newest_published(self) -> date | None:
        return _date(self.db.execute("select max(published) from notices").fetchone()[0])

    def stats(self) -> dict:
        db = self.db

        def grouped(sql: str) -> dict:
            return {k if k is not None else "(none)": v for k, v in db.execute(sql).fetchall()}

        return {
            "notices": self.count(),
            "by_kind": grouped("select kind, count(*) from notices group by kind order by count(*) desc"),
            "by_source": grouped("select source, count(*) from notices group by source order by count(*) desc"),
            "by_region": grouped(
                "select name, count(distinct notice_id) from notice_regions group by name order by 2 desc limit 15"),
            "published": db.execute("select min(published), max(published) from notices").fetchone(),
            "with_apply_deadline": db.execute(
                "select count(*) from notices where apply_deadline is not null").fetchone()[0],
            "updated": db.execute("select count(*) from notices where updated_at is not null").fetchone()[0],
            "unindexed": db.execute(
                "select count(*) from notices where indexed_hash is null or indexed_hash != content_hash").fetchone()[0],
            "links": grouped("select relation, count(*) from notice_links group by relation order by relation"),
            "schema_version": self.schema_version(),
        }

    # -- harvest support --------------------------------------------------------------------------
    def known_urls(self) -> set[str]:
        return {r[0] for r in self.db.execute("select url from notices where url is not null")}

    def recent_pages(self, days: int, today: date | None = None) -> list[tuple[str, str | None, str | None]]:
        """Stored notices published in the last `days` days, with their HTTP validators, for re-checks."""
        today = today or today_cn()
        since = date.fromordinal(today.toordinal() - days).isoformat()
        rows = self.db.execute(
            "select n.url, h.etag, h.last_modified from notices n left join http_cache h on h.url = n.url"
            " where n.url is not null and n.published >= ? order by n.published desc", [since])
        return [tuple(r) for r in rows]

    def page_sources(self, urls: list[str]) -> dict[str, str]:
        """url -> the source that stored it."""
        return self._column_of("source", "url", urls)

    def http_validators(self, url: str) -> tuple[str | None, str | None]:
        row = self.db.execute("select etag, last_modified from http_cache where url=?", [url]).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def save_http_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        with self.transaction() as conn:
            conn.execute(
                "insert into http_cache (url, etag, last_modified, checked_at) values (?,?,?,?)"
                " on conflict(url) do update set etag=excluded.etag, last_modified=excluded.last_modified,"
                " checked_at=excluded.checked_at",
                [url, etag, last_modified, utc_now()],
            )

    def start_run(self, sources: list[str], kind: str = "harvest") -> int:
        """Record a new run. Called under the harvest lock, so any run still marked running was killed."""
        with self.transaction() as conn:
            conn.execute("update runs set status='killed' where status='running' and kind=?", [kind])
            cursor = conn.execute(
                "insert into runs (kind, started_at, status, sources) values (?,?,?,?)",
                [kind, utc_now(), "running", json.dumps(sources, ensure_ascii=False)],
            )
            return cursor.lastrowid

    def finish_run(self, run_id: int, status: str, per_source: dict[str, dict]) -> None:
        fields = ("pages", "new", "updated", "unchanged", "failed", "rejected")
        with self.transaction() as conn:
            conn.execute("update runs set finished_at=?, status=? where id=?", [utc_now(), status, run_id])
            for source, stats in per_source.items():
                conn.execute(
                    "insert or replace into run_sources (run_id, source, pages, new, updated, unchanged, failed,"
                    " rejected, status, errors) values (?,?,?,?,?,?,?,?,?,?)",
                    [run_id, source, *(int(stats.get(f, 0)) for f in fields), stats.get("status", ""),
                     json.dumps(stats.get("errors", [])[:20], ensure_ascii=False)],
                )

    def runs(self, limit: int = 20) -> list[dict]:
        runs = list(self.db.query("select * from runs order by id desc limit ?", [limit]))
        for run in runs:
            run["sources"] = json.loads(run["sources"] or "[]")
            run["per_source"] = [
                {**r, "errors": json.loads(r["errors"] or "[]")}
                for r in self.db.query("select * from run_sources where run_id=? order by source", [run["id"]])
            ]
        return runs


def _writable(db: Path) -> bool:
    """Whether this process may write the database file and create files beside it (SQLite's WAL).
    Other failures (the path is a directory, say) are left for SQLite to report."""
    try:
        if db.exists():
            open(db, "r+b").close()
        tempfile.TemporaryFile(dir=db.parent).close()
    except OSError as exc:
        return exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS)
    return True


def _first_read(conn: sqlite3.Connection) -> sqlite3.Connection:
    """`conn` once it has read the schema: SQLite opens files lazily, so errors show only now."""
    try:
        conn.execute("select count(*) from sqlite_master").fetchone()
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def notice_row(notice: Notice) -> dict:
    """The notices-table row of a notice (children and tokens are stored separately)."""
    return {
        "id": notice.id, "source": notice.source, "source_id": notice.source_id, "url": notice.url,
        "provenance": notice.provenance, "fetched_at": notice.fetched_at, "title": notice.title,
        "raw_title": notice.raw_title, "title_derived": int(notice.title_derived), "title_tags": _json(notice.title_tags), "account": notice.account,
        "origin": notice.origin, "published": _iso(notice.published), "content_html": notice.content_html,
        "text": notice.text, "content_hash": notice.content_hash, "kind": notice.kind,
        "kind_evidence": notice.kind_evidence, "apply_deadline": _iso(notice.apply_deadline),
        "apply_deadline_evidence": notice.apply_deadline_evidence, "amounts": _json(notice.amounts),
        "system_urls": _json(notice.system_urls), "doc_numbers": _json(notice.doc_numbers),
        "issuers": _json(notice.issuers), "closes": _closes(notice),
    }


def _closes(notice: Notice) -> str | None:
    """The date a notice closes on (Notice.closing_deadline: for a call in batches, its last batch's),
    as the search filters compare it."""
    closing = notice.closing_deadline()
    return closing.date.isoformat() if closing else None


def _notice_from_row(row: dict, children: dict[str, dict[str, list]]) -> Notice:
    kids = children.get(row["id"], {})
    notice = Notice(
        id=row["id"], source=row["source"] or "", source_id=row["source_id"], url=row["url"],
        provenance=row["provenance"] or "", fetched_at=row["fetched_at"], title=row["title"],
        raw_title=row["raw_title"] or "", title_derived=bool(row.get("title_derived")), title_tags=json.loads(row["title_tags"] or "[]"),
        account=row["account"], origin=row["origin"],
        published=date.fromisoformat(row["published"]) if row["published"] else None,
        content_html=row.get("content_html"), text=row["text"] or "", content_hash=row["content_hash"],
        kind=row["kind"], kind_evidence=row["kind_evidence"] or "",
        apply_deadline=date.fromisoformat(row["apply_deadline"]) if row["apply_deadline"] else None,
        apply_deadline_evidence=row["apply_deadline_evidence"] or "",
        amounts=[Amount(**a) for a in json.loads(row["amounts"] or "[]")],
        system_urls=json.loads(row["system_urls"] or "[]"),
        doc_numbers=json.loads(row["doc_numbers"] or "[]"),
        issuers=json.loads(row["issuers"] or "[]"),
    )
    notice.regions = [Region(r["name"], r["code"], r["level"], r["evidence"] or "") for r in kids.get("notice_regions", [])]
    notice.deadlines = [
        Deadline(date.fromisoformat(d["date"]), d["time"], d["label"] or "", d["evidence"] or "")
        for d in kids.get("notice_deadlines", [])
    ]
    notice.phones = [Phone(p["number"], p["ext"], p["label"], p["evidence"] or "") for p in kids.get("notice_phones", [])]
    notice.subjects = [Subject(s["name"], s["evidence"] or "") for s in kids.get("notice_subjects", [])]
    return notice


# Notices with their stored tokens; those segmented by another segmenter or not at all; and those `huiqi
# reextract` runs over: these or the ones extracted by other rules (parameters: extractor, segmenter version).
_NOTICE_TOKENS = "from notices n left join notice_tokens t on t.notice_id = n.id"
_STALE_TOKENS = "t.segmenter_version is null or t.segmenter_version != ?"
_STALE_EXTRACTION = f"{_NOTICE_TOKENS} where n.extractor_version is null or n.extractor_version != ? or {_STALE_TOKENS}"


def _tokens_json(title_tokens: list[str], text_tokens: list[str]) -> tuple[str, str]:
    """The tokens as stored in notice_tokens."""
    return json.dumps(title_tokens, ensure_ascii=False), json.dumps(text_tokens, ensure_ascii=False)


def _write_tokens(conn, notice_id: str, version: int, tokens_json: tuple[str, str]) -> None:
    conn.execute(
        "insert or replace into notice_tokens (notice_id, segmenter_version, title_tokens, text_tokens)"
        " values (?,?,?,?)",
        [notice_id, version, *tokens_json],
    )


def _extracted(notice: Notice) -> dict:
    """The export record without what is not extracted from the notice's own text (its life-cycle)."""
    record = notice.export_record()
    for key in ("status", "related"):
        record.pop(key)
    return record


def _extras(notice: Notice) -> tuple:
    """Extracted values outside the export contract, compared by re-extraction."""
    return (notice.kind_evidence, notice.apply_deadline_evidence, notice.to_dict()["amounts"],
            notice.system_urls, notice.doc_numbers, notice.issuers,
            [(r.evidence) for r in notice.regions], [d.evidence for d in notice.deadlines])


def _json(value) -> str:
    import dataclasses

    if isinstance(value, list):
        value = [dataclasses.asdict(v) if dataclasses.is_dataclass(v) else v for v in value]
    return json.dumps(value, ensure_ascii=False)


def _latest_by_label(rows: Iterable[tuple[str, str]]) -> dict[str, str]:
    """label -> its latest date (ISO text), as deadline changes compare deadlines."""
    latest: dict[str, str] = {}
    for label, day in rows:
        latest[label or ""] = max(day, latest.get(label or "", day))
    return latest


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
