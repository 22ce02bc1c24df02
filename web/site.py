"""What the web pages show, read from the store and the index: no HTTP here.

`Site` holds the data dir and the profiles dir. The store is opened read-only (SQLite mode=ro), once per
server thread since a SQLite connection stays in the thread that opened it; the index is one object
(`open_index`: the engine that built it), whose searcher is shared under its own lock. Every call reads
the store at request time, so a page, calendar or feed shows what the last harvest stored.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from index import SearchResults, open_index
from pipeline.notice import Notice
from pipeline.profiles import Profile, ProfileError, load_profile
from web.params import SearchRequest

logger = logging.getLogger(__name__)

PAGE_FOR_IDS = 1000  # hits per search page when collecting every matching id (calendars)


class NotFound(LookupError):
    """No such notice or client; the message says what was looked for."""


class Unavailable(RuntimeError):
    """The store or index cannot answer (no index yet, a damaged one): a 503 with the fix."""


@dataclass
class Client:
    """A profile of the --profiles directory, addressed in URLs by its file name without .toml."""

    key: str
    profile: Profile


@dataclass
class ClientMatches:
    client: Client
    on: date
    matches: list = field(default_factory=list)  # pipeline.match.Match, open calls
    near_misses: list = field(default_factory=list)


class Site:
    def __init__(self, data_dir: str | Path, profiles_dir: str | Path | None = None):
        self.data_dir = Path(data_dir)
        self.profiles_dir = Path(profiles_dir) if profiles_dir else None
        self.db_path = self.data_dir / "huiqi.db"
        # the engine that built it; snippets marked from the words stored at import
        self.index = open_index(self.data_dir / "index", words=lambda ids: self.store().tokens_of(ids))
        self._local = threading.local()

    # -- the store, one read-only connection per thread --------------------------------------------
    def store(self):
        store = getattr(self._local, "store", None)
        if store is None:
            from pipeline.store import Store

            store = self._local.store = Store(self.db_path, create=False, read_only=True)
        return store

    def check(self) -> None:
        """Fail at start-up, in one line, on a data dir without a store (a typo) or a bad profiles dir."""
        self.store()
        if self.profiles_dir is not None and not self.profiles_dir.is_dir():
            raise ProfileError(self.profiles_dir, "directory", "not a directory")

    def warm_up(self) -> None:
        """Load jieba and the index's searcher now, so the first visitor does not wait for them."""
        if self.index.exists():
            try:
                self.index.search("申报", limit=1)
            except Exception:  # noqa: BLE001 - a damaged index is reported by the pages that use it
                logger.warning("the search index could not be read at start-up", exc_info=True)

    # -- search -------------------------------------------------------------------------------------
    def search(self, request: SearchRequest, on: date) -> SearchResults:
        """One page of results; each hit's record is the store's current one (status on `on`, links)."""
        from index.service import refresh_hits

        results = self._index_search(request.query, request, request.sort, request.limit, request.page, True)
        refresh_hits(self.store(), results.hits, on)
        return results

    def missing_count(self) -> int:
        """How many stored notices the index lacks (what `huiqi search` warns of): a harvest or import
        killed before its index commit; `huiqi doctor --repair` adds them."""
        return self._index_sync().missing_count()

    def index_builder(self) -> str | None:
        """Who is writing the index now (a first import's background build), or None."""
        return self._index_sync().builder()

    def _index_sync(self):
        from pipeline.indexing import IndexSync

        return IndexSync(self.store(), self.data_dir / "index", holder="huiqi serve")

    def search_ids(self, request: SearchRequest) -> list[str]:
        """Every notice id the search matches, newest first."""
        ids: list[str] = []
        page = 1
        while True:
            results = self._index_search(request.query, request, "published", PAGE_FOR_IDS, page, False)
            ids += [hit.id for hit in results.hits]
            if page >= results.pages:
                return ids
            page += 1

    def _index_search(self, query, request, sort, limit, page, highlight) -> SearchResults:
        from index import NoticeIndexError

        try:
            return self.index.search(query, request.filters, sort=sort, limit=limit, page=page, highlight=highlight)
        except NoticeIndexError as exc:  # missing or unreadable: the store is fine, the index needs a rebuild
            from pipeline.indexing import being_written

            builder = self.index_builder()
            if builder:  # …unless it is being built (a first import's background build)
                raise Unavailable(being_written(builder)) from exc
            raise Unavailable(str(exc)) from exc

    # -- one notice ----------------------------------------------------------------------------------
    def notice(self, notice_id: str) -> Notice:
        """The notice with this id (or the one whose id starts with it, or whose source id it is)."""
        store = self.store()
        notice = store.get_notice(notice_id)
        if notice is None:
            ids = store.find_ids(notice_id)
            if len(ids) != 1:
                raise NotFound(f"no notice with id {notice_id!r}" if not ids else
                               f"{notice_id!r} is ambiguous: {len(ids)} notices start with it")
            notice = store.get_notice(ids[0])
        return notice

    def deadline_edits(self, notice_id: str) -> list[dict]:
        """The deadline changes recorded for edits of the notice itself (amendments are in
        notice.deadline_history)."""
        return [c for c in self.store().deadline_changes(notice_id) if not c.get("amended_by")]

    def earlier_versions(self, notice_id: str) -> list[dict]:
        return self.store().history(notice_id)

    # -- clients -------------------------------------------------------------------------------------
    def clients(self) -> tuple[list[Client], list[str]]:
        """The valid profiles of the --profiles directory, and a line for each invalid one."""
        if self.profiles_dir is None:
            return [], []
        clients, problems = [], []
        for path in sorted(p for p in self.profiles_dir.glob("*.toml") if p.is_file()):
            try:
                clients.append(Client(path.stem, load_profile(path)))
            except ProfileError as exc:
                problems.append(str(exc))
        return clients, problems

    def client(self, key: str) -> Client:
        for client in self.clients()[0]:
            if client.key == key:
                return client
        if self.profiles_dir is None:
            raise NotFound("no clients: start `huiqi serve` with --profiles DIR")
        raise NotFound(f"no valid profile {key}.toml in {self.profiles_dir}")

    def calls(self) -> list[Notice]:
        return list(self.store().iter_notices(where="kind = ?", params=["call"]))

    def client_matches(self, client: Client, on: date) -> ClientMatches:
        """Open matching calls with reasons and next steps, then near misses (the rules of `match --all`)."""
        from pipeline.match import candidate_calls, match_profile

        calls = candidate_calls(self.store(), [client.profile], on, include_near_misses=True)
        found = match_profile(client.profile, calls, on, relevance=self._relevance(), include_near_misses=True)
        return ClientMatches(client, on, [m for m in found if not m.is_near_miss],
                             [m for m in found if m.is_near_miss])

    def _relevance(self):
        """Relevance of calls to a profile's industries and keywords, from the index (None without one)."""
        from index.service import profile_relevance

        return profile_relevance(self.index)

    # -- subscriptions ---------------------------------------------------------------------------------
    def client_calendar(self, client: Client, date_from: date | None = None, date_to: date | None = None) -> bytes:
        """The client's deadlines as iCalendar: stable UIDs, SEQUENCE from the store's deadline changes."""
        from pipeline.ical import build_calendar, select_deadlines

        entries = select_deadlines(self.calls(), profile=client.profile, date_from=date_from, date_to=date_to)
        return build_calendar(entries, revisions=self._revisions(), name=client.profile.name)

    def search_calendar(self, request: SearchRequest, date_from: date | None = None,
                        date_to: date | None = None) -> bytes:
        """The deadlines of the notices a search matches (every notice for an empty search)."""
        from pipeline.ical import build_calendar, select_deadlines

        store = self.store()
        notices = store.iter_notices(ids=self.search_ids(request)) if not request.is_empty else store.iter_notices()
        entries = select_deadlines(notices, date_from=date_from, date_to=date_to)
        return build_calendar(entries, revisions=self._revisions())

    def client_feed(self, client: Client, on: date, link: str | None = None) -> bytes:
        """An Atom feed of the client's open matching calls; an entry's update time moves with its deadlines."""
        from pipeline.feed import build_feed
        from pipeline.match import candidate_calls, match_profile

        calls = candidate_calls(self.store(), [client.profile], on)
        notices = [m.notice for m in match_profile(client.profile, calls, on, relevance=self._relevance())]
        updated = self.store().last_changed(n.id for n in notices)
        return build_feed(notices, title=f"huiqi · {client.profile.name}",
                          feed_id=f"urn:huiqi:profile:{client.profile.name}", on=on, updated=updated, link=link)

    def _revisions(self):
        from pipeline.ical import revisions_from_store

        return revisions_from_store(self.store().deadline_revisions())
