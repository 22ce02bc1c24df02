"""The one shared jieba tokenizer, with the policy-term user dictionary.

Loaded lazily on first use, so commands that never segment (export, stats, show) never pay for jieba.
Import segments each text once and keeps the tokens (store table `notice_tokens`) for extraction and
indexing; jieba's output concatenates back to its input, so token offsets are cumulative lengths.

Loading jieba's dictionary (a dict of 600,000 words and prefixes) costs a new process about 0.7 s,
most of a cold `huiqi search`, which segments a few words. So whenever the dictionary is loaded, its
table (with the policy terms added) is also written once to an SQLite file in the cache directory
(`HUIQI_CACHE`, else $XDG_CACHE_HOME/huiqi or ~/.cache/huiqi), and `segment_short` segments short
texts with a tokenizer that looks words up in that file instead: the same words, without the load.
"""
from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import tempfile
import threading
from functools import cache
from importlib import resources
from pathlib import Path

logger = logging.getLogger(__name__)

# Bump when the user dictionary or segmentation settings change: stored tokens are then stale.
# 2: the subject vocabulary's spellings come from subjects.toml; 3: traditional script segmented in simplified;
# 4: 限额以上 and its firms kept whole, 人须, 人需 and 人应 split (round 45)
SEGMENTER_VERSION = 4

_lock = threading.Lock()


@cache
def _tokenizer():
    with _lock:
        import jieba  # deferred: ~1 s of dictionary loading

        jieba.setLogLevel(logging.WARNING)
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        for term, freq, tag in policy_terms():
            tokenizer.add_word(term, freq, tag)
        logger.debug("jieba initialised with %d policy terms", len(policy_terms()))
        _save_table(tokenizer)
        return tokenizer


@cache
def policy_terms() -> tuple[tuple[str, int | None, str | None], ...]:
    """The user dictionary: every spelling of the subject vocabulary (pipeline/data/subjects.toml), then
    the entries of pipeline/data/policy_terms.txt (`term [freq] [tag]`, '#' starts a comment)."""
    from pipeline import vocabulary

    entries = [(word, vocabulary.JIEBA_FREQUENCY, "n") for word in vocabulary.jieba_words()]
    text = resources.files("pipeline.data").joinpath("policy_terms.txt").read_text("utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        freq = int(parts[1]) if len(parts) > 1 else None
        tag = parts[2] if len(parts) > 2 else None
        entries.append((parts[0], freq, tag))
    return tuple(entries)


def segment(text: str) -> list[str]:
    """Words of `text` in order; ''.join(result) == text."""
    if not text:
        return []
    return list(_tokenizer().cut(text, HMM=True))


SHORT_TEXT = 200  # characters: longer texts are segmented with the loaded dictionary
SEEN_WORDS = 100_000  # lookups of the cached table remembered at most


def segment_short(text: str) -> list[str]:
    """segment(text) for a short text (a query, a profile's keywords), without loading jieba's
    dictionary when its table is in the cache (see the module docstring)."""
    if not text:
        return []
    if len(text) > SHORT_TEXT or _tokenizer.cache_info().currsize:  # loaded already: use it
        return segment(text)
    tokenizer = _table_tokenizer()
    return segment(text) if tokenizer is None else list(tokenizer.cut(text, HMM=True))


# -- the dictionary's table in the cache ------------------------------------------------------------

def _cache_dir() -> Path:
    configured = os.environ.get("HUIQI_CACHE")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = Path.home() / ".cache"
        except RuntimeError:  # no home directory (a service account): the system's temp dir
            base = Path(tempfile.gettempdir())
    return Path(base) / "huiqi"


def _table_path() -> Path:
    """The table's file, named for what its words depend on: jieba's version, the policy terms and
    SEGMENTER_VERSION. Another version writes another file."""
    import jieba

    key = hashlib.sha1(repr((jieba.__version__, SEGMENTER_VERSION, policy_terms())).encode()).hexdigest()[:16]
    return _cache_dir() / f"jieba-words-{key}.sqlite"


def _save_table(tokenizer) -> None:
    """Write the loaded dictionary's table, unless the cache already has it; a cache that cannot be
    written only costs later searches the dictionary load."""
    path = _table_path()
    if path.exists():
        return
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        os.close(handle)
        with sqlite3.connect(tmp) as db:
            db.execute("create table words (word text primary key, freq integer not null) without rowid")
            db.execute("create table meta (total integer not null)")
            db.executemany("insert into words values (?, ?)", tokenizer.FREQ.items())
            db.execute("insert into meta values (?)", (tokenizer.total,))
        db.close()
        os.replace(tmp, path)  # whole or not at all: a reader never sees a half-written table
        logger.debug("jieba's table written to %s", path)
    except (OSError, sqlite3.Error) as exc:
        logger.debug("could not write jieba's table to %s: %s", path, exc)
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


class _TableWords:
    """jieba's word -> frequency table (prefixes at 0), read from the cached file word by word: the
    few lookups a short text needs instead of loading all of it."""

    def __init__(self, db: sqlite3.Connection):
        self._db = db
        self._db_lock = threading.Lock()  # one connection, queries from any thread (huiqi serve)
        self._seen: dict[str, int | None] = {}

    def get(self, word: str, default=None):
        try:
            freq = self._seen[word]
        except KeyError:
            with self._db_lock:
                row = self._db.execute("select freq from words where word = ?", (word,)).fetchone()
            if len(self._seen) >= SEEN_WORDS:  # a long-running server: keep the memory bounded
                self._seen.clear()
            freq = self._seen[word] = row[0] if row else None
        return default if freq is None else freq

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def __getitem__(self, word: str) -> int:
        freq = self.get(word)
        if freq is None:
            raise KeyError(word)
        return freq


@cache
def _table_tokenizer():
    """A jieba tokenizer over the cached table, or None when the cache has none (or cannot be read)."""
    with _lock:
        import jieba

        path = _table_path()
        if not path.exists():
            return None
        try:
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            (total,) = db.execute("select total from meta").fetchone()
        except (sqlite3.Error, TypeError) as exc:
            logger.debug("jieba's table at %s cannot be read: %s", path, exc)
            return None
        jieba.setLogLevel(logging.WARNING)
        tokenizer = jieba.Tokenizer()
        tokenizer.FREQ, tokenizer.total, tokenizer.initialized = _TableWords(db), total, True
        for term, freq, _tag in policy_terms():
            if freq == 0:  # what add_word does besides the table: words never to keep whole
                jieba.finalseg.add_force_split(term)
        return tokenizer
