"""A general-purpose baseline for the accuracy report: JioNLP's phone and time extraction.

JioNLP is an optional dependency of the evaluation only (`pip install -e '.[eval]'`). The baseline
gets the same normalised notices and predicts the fields a general extractor can: phones (as JioNLP
writes them) and deadlines (the end of every time point or span it finds in the text, resolved
against the publication date). Everything else is left empty, so only those fields are compared.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable

from pipeline.notice import Notice

logger = logging.getLogger(__name__)
BASELINE_FIELDS = ("phones", "deadlines")


class BaselineUnavailable(RuntimeError):
    pass


def jionlp_records(notices: Iterable[Notice]) -> list[dict]:
    """Export-contract-shaped records holding JioNLP's phones and deadline dates."""
    try:
        import jionlp as jio
    except ImportError as exc:
        raise BaselineUnavailable("the JioNLP baseline needs `pip install -e '.[eval]'` (jionlp)") from exc
    records = []
    for notice in notices:
        text = notice.text or notice.title
        phones = [item["text"].replace(" ", "") for item in jio.extract_phone_number(text, detail=True)]
        base = notice.published
        time_base = {"year": base.year, "month": base.month, "day": base.day} if base else None
        dates = set()
        try:
            found = jio.ner.extract_time(text, time_base=time_base) if time_base else jio.ner.extract_time(text)
        except Exception as exc:  # the baseline's own failures must not stop the report
            logger.warning("JioNLP time extraction failed on %s: %s", notice.source_id, exc)
            found = []
        for item in found:
            if item.get("type") in ("time_point", "time_span"):
                end = item["detail"]["time"][-1]
                if isinstance(end, str) and end[:4].isdigit():
                    dates.add(end[:10])
        record = notice.export_record()
        record.update(kind=None, regions=[], subjects=[], apply_deadline=None,
                      phones=[{"number": p, "ext": None, "label": None} for p in dict.fromkeys(phones)],
                      deadlines=[{"date": d, "time": None, "label": ""} for d in sorted(dates)])
        records.append(record)
    return records
