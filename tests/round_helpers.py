"""What the blind-set rounds' test files (tests/test_round_*.py) ask of extraction: a notice's kind, with
or without a title, a notice extracted whole from a record as the import path builds it, and its subjects,
deadline dates (with or without its apply_deadline) and regions, or any of these fields read from a notice, as a
code review's guard row reads them."""
from __future__ import annotations

from pipeline.extract import extract_notice
from pipeline.extract.kind import classify_kind
from pipeline.notice import Notice
from pipeline.records import RawRecord, build_notice


def kind(title: str, text: str = "") -> str | None:
    return classify_kind(Notice(title=title, raw_title=title, text=text))[0]


def untitled_kind(text: str) -> str | None:
    """The kind of a record without a title (its title derived from the text, so the body decides)."""
    return classify_kind(Notice(title="", text=text, title_derived=True))[0]


def record_kind(title: str, text: str) -> str | None:
    """The kind of a record by its title, or, with none, by the title derived from its text, read from the text as
    written (import also turns traditional script into simplified first: review_reading reads a record whole)."""
    return kind(title, text) if title else untitled_kind(text)


def extracted(title: str, text: str, published: str | None = None, account: str | None = None) -> Notice:
    return extract_notice(build_notice(RawRecord(title=title, content=text, source="t", published=published,
                                                 account=account)))


def region_names(title: str, text: str, account: str | None = None) -> list[str]:
    """The region names of a notice extracted whole (posted by `account`, if given)."""
    return [region.name for region in extracted(title, text, account=account).regions]


def subjects(title: str, text: str) -> list[str]:
    """The subject tags of a notice extracted whole, sorted."""
    return sorted(subject.name for subject in extracted(title, text).subjects)


def deadline_dates(title: str, text: str, published: str) -> list[str]:
    """The deadline dates of a notice extracted whole, in ISO form."""
    return field_values(extracted(title, text, published), "deadlines")


def deadline_reading(title: str, text: str, published: str) -> tuple[list[str], str | None]:
    """The deadline dates (ISO) of a notice extracted whole and its apply_deadline (ISO, or None)."""
    notice = extracted(title, text, published)
    apply_by = field_values(notice, "apply_deadline")
    return field_values(notice, "deadlines"), apply_by[0] if apply_by else None


def field_values(notice: Notice, field: str) -> list[str]:
    """A field of an extracted notice as a list of strings: its kind, region names, subject tags, deadline dates (ISO),
    phone numbers, in the order extracted, or its apply_deadline (ISO; none, an empty list)."""
    return {"kind": [notice.kind], "regions": [region.name for region in notice.regions],
            "subjects": [subject.name for subject in notice.subjects],
            "deadlines": [str(deadline.date) for deadline in notice.deadlines],
            "phones": [phone.number for phone in notice.phones],
            "apply_deadline": [str(notice.apply_deadline)] if notice.apply_deadline else []}[field]


def holds(read: list[str], must_hold: list[str], must_not_hold: list[str]) -> bool:
    """Whether a field's values (field_values) hold every value of `must_hold` and none of `must_not_hold`: a code
    review's guard row."""
    return all(value in read for value in must_hold) and not any(value in read for value in must_not_hold)


def review_reading(field: str, title: str, text: str, published: str | None = None,
                   account: str | None = None) -> list[str]:
    """What a code review's case reads for `field`, comparable with its expected value (review_expected): the field's
    values of the notice extracted whole as import builds it, its kind too (an untitled case by the title derived from
    its text, a traditional-script one once turned simplified; subjects sorted; `account`, the source account a case
    names, as tools/review_cases.py reads it)."""
    read = field_values(extracted(title, text, published, account), field)
    return sorted(read) if field == "subjects" else read


def review_expected(expected: str | list[str] | None) -> list[str]:
    """A review case's expected value as review_reading gives it: a list as it is, one value as a list of it, none as
    an empty list."""
    return expected if isinstance(expected, list) else [expected] if expected else []
