"""The one shared jieba tokenizer, with the policy-term user dictionary.

Loaded lazily on first use, so commands that never segment (export, stats, show) never pay for jieba.
Import segments each text once and keeps the tokens (store table `notice_tokens`) for extraction and
indexing; jieba's output concatenates back to its input, so token offsets are cumulative lengths.
"""
from __future__ import annotations

import logging
import threading
from functools import cache
from importlib import resources

logger = logging.getLogger(__name__)

# Bump when the user dictionary or segmentation settings change: stored tokens are then stale.
SEGMENTER_VERSION = 2  # 2: the subject vocabulary's spellings come from subjects.toml

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
