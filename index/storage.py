"""Index directory layout: generations of Whoosh indexes and an atomically replaced `current` link.

    data/index/
        write.lock                      writers' lock (index/locking.py)
        current -> gen-20250924T101500-4711   relative symlink to the live generation
        gen-20250924T101500-4711/       a Whoosh index and meta.json (analyzer version, build time)
        gen-20250920T080000-4242/       the previous generation, kept for searches still reading it

Incremental updates write into the current generation. A rebuild writes a new generation beside it and
swaps `current` with one rename (os.replace on a symlink), so a search sees either the old or the new
index, never a half-built one. Readers resolve `current` once and read that generation to the end; the
generation before the previous one is deleted by the next swap.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
from datetime import datetime
from pathlib import Path

logger = logging.getLogger(__name__)

CURRENT = "current"
LOCK_FILE = "write.lock"
META_FILE = "meta.json"
GENERATION_PREFIX = "gen-"


def current_generation(root: Path) -> Path | None:
    """The live generation directory, or None when there is no index yet."""
    link = root / CURRENT
    try:
        target = os.readlink(link)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError:
        return None
    path = root / target
    return path if path.is_dir() else None


def new_generation(root: Path) -> Path:
    """A fresh, empty generation directory beside the current one."""
    root.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S%f")
    path = root / f"{GENERATION_PREFIX}{stamp}-{os.getpid()}"
    path.mkdir()
    return path


def make_current(root: Path, generation: Path) -> None:
    """Point `current` at `generation` atomically."""
    temporary = root / f".{CURRENT}-{os.getpid()}"
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    os.symlink(generation.name, temporary)
    os.replace(temporary, root / CURRENT)
    logger.info("index %s now serves %s", root, generation.name)


def prune_generations(root: Path, keep: list[Path]) -> None:
    """Delete generation directories other than `keep` (failed builds, superseded generations)."""
    kept = {p.name for p in keep}
    for path in root.glob(GENERATION_PREFIX + "*"):
        if path.is_dir() and path.name not in kept:
            shutil.rmtree(path, ignore_errors=True)
            logger.debug("removed old index generation %s", path.name)


def discard_generation(generation: Path) -> None:
    shutil.rmtree(generation, ignore_errors=True)


def write_meta(generation: Path, meta: dict) -> None:
    temporary = generation / (META_FILE + ".tmp")
    temporary.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(temporary, generation / META_FILE)


def read_meta(generation: Path) -> dict:
    try:
        return json.loads((generation / META_FILE).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
