"""What long library operations report as they go, for the CLI's progress display.

The library calls these methods and never draws anything: `Progress` itself reports nothing (the
default, and what the CLI uses off a terminal, with --quiet or under CI); pipeline.render.ProgressBar
draws them with rich. Everything is counted in notices (records), never in bytes: an import reads
records, stores them, then the index catches up, and each of these phases is reported on its own so a
long index commit is not mistaken for a stall.
"""
from __future__ import annotations


class Progress:
    """Reports nothing; subclasses draw. Each method may be called often (once per record)."""

    def reading(self, file: str, records: int, fraction: float | None) -> None:
        """`records` read so far in this run (bad ones included), now in `file`; `fraction` of the
        input read so far (by size, None when unknown, e.g. from stdin)."""

    def storing(self, stored: int, skipped: int) -> None:
        """Records settled so far: `stored` (new, updated or unchanged in the store) and `skipped`
        (duplicate or rejected)."""

    def indexing(self, indexed: int, waiting: int, committing: bool = False) -> None:
        """Index phase: `indexed` notices committed to the index in this run, `waiting` added to the
        open index writer and not committed yet; `committing` while the writer commits them (the
        long step, seconds to minutes on a big import)."""

    def counting(self, task: str, done: int, total: int) -> None:
        """A plain count of notices (`done` of `total`), e.g. re-extraction."""

    def __call__(self, task: str, done: int, total: int) -> None:  # the older callback form
        self.counting(task, done, total)
