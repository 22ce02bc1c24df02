"""Which calls an enterprise can apply for on a date, why, and by when.

A notice matches a profile on a date when all three criteria hold:

- open: it is a call (kind "call"; a digest is not), published on or before the date, and its
  application deadline is on or after it. Without an application deadline it is open while any of its
  deadlines is; with no date at all it counts as open for NO_DATE_WINDOW_DAYS after publication and is
  marked "no deadline found".
- region: one of its scope regions contains the enterprise's region (a 吴中区 company is in scope of
  吴中区, 苏州市, 江苏省 and 全国 calls, not of 南京市 ones). A call with no scope region found matches
  no one (shown as a near miss).
- subject: it states no applicant type (open to all), or the enterprise holds one of them. Holding a
  tag implies holding the broader tags in IMPLIED_QUALIFICATIONS (a 专精特新中小企业 is a 中小企业 is an
  企业). 平台载体 names what is recognised, not who applies, so it never excludes anyone.

Matches are ranked by fit (relevance of the enterprise's industries and keywords, how specific the
subject and region are) and urgency. Every match carries its reasons, each with the evidence sentence.
A near miss is a call that fails exactly one criterion; it is returned only on request, with that
criterion in `failed`.

Everything here is pure over `Notice` objects; the caller loads them and may pass index scores
through `relevance`.
"""
from __future__ import annotations

import csv
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import IO, Any

from pipeline import gazetteer, lifecycle, vocabulary
from pipeline.notice import Deadline, Notice, Region
from pipeline.profiles import Profile

logger = logging.getLogger(__name__)

# --- Rules as data ---------------------------------------------------------------------------------

NO_DATE_WINDOW_DAYS = 30  # a call stating no date at all counts as open this long after publication
NEAR_MISS_DAYS = 30  # a call closed (or to be published) further away than this is no near miss
URGENCY_HORIZON_DAYS = 60  # a deadline this far away or further adds nothing for urgency

# Holding a tag means holding its broader tags too (applied transitively), as pipeline/data/subjects.toml
# says: only kinds of enterprise imply 企业, so an institute or a park never becomes eligible for
# enterprise-only calls by accident.
IMPLIED_QUALIFICATIONS: dict[str, tuple[str, ...]] = vocabulary.implied_qualifications()

# Subjects that describe what a call recognises rather than who applies (平台载体): never exclude anyone.
NON_APPLICANT_SUBJECTS = frozenset(vocabulary.tag_names()) - vocabulary.applicant_tags()

# How much a subject match says about fit: a call for 专精特新中小企业 suits one more than a call for
# any 企业 (the vocabulary's `fit`).
SUBJECT_FIT = {tag.name: tag.fit for tag in vocabulary.tags()}
OPEN_TO_ALL_FIT = 0.25

# score = URGENCY_WEIGHT * urgency + (1 - URGENCY_WEIGHT) * fit, fit a weighted mean of these parts
URGENCY_WEIGHT = 0.3
FIT_WEIGHTS = {"relevance": 0.6, "subject": 0.25, "region": 0.15}
TITLE_HIT, TEXT_HIT, HITS_FOR_FULL_RELEVANCE = 1.0, 0.5, 2.0

CRITERIA = ("open", "region", "subject")  # the criteria a near miss can fail

_SENTENCE_END = re.compile(r"(?<=[。！？；!?;\n])")

# --- Results ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reason:
    """One line of a match's explanation: the criterion, whether it held, readable text, evidence."""

    criterion: str  # open | region | subject | relevance | amount
    ok: bool | None  # None: informational (relevance, amount)
    text: str  # "region ✓ (吴中区 ⊂ 苏州市)"
    evidence: str = ""  # the notice sentence it rests on

    def to_dict(self) -> dict[str, Any]:
        return {"criterion": self.criterion, "ok": self.ok, "text": self.text, "evidence": self.evidence}


@dataclass
class Match:
    notice: Notice
    score: float
    reasons: list[Reason]
    days_left: int | None  # None when no deadline was found; negative for a near miss that closed
    closes: date | None  # the date used for days left (for no-date calls, the assumed end)
    no_deadline_found: bool = False
    failed: str | None = None  # the criterion a near miss fails; None for a match
    next_steps: list[Deadline] = field(default_factory=list)  # the applicant's pending deadlines, in order
    on: date | None = None  # the date matched for

    @property
    def is_near_miss(self) -> bool:
        return self.failed is not None

    def reason(self, criterion: str) -> Reason | None:
        return next((r for r in self.reasons if r.criterion == criterion), None)

    def explain(self) -> str:
        return "; ".join(r.text for r in self.reasons)

    def to_record(self, *, enterprise: str | None = None) -> dict[str, Any]:
        """The export-contract record of the notice plus `match` = {score, reasons, days_left}."""
        record = self.notice.export_record(self.on)
        match: dict[str, Any] = {
            "score": self.score,
            "reasons": [r.to_dict() for r in self.reasons],
            "days_left": self.days_left,
        }
        if self.no_deadline_found:
            match["no_deadline_found"] = True
        if self.failed:
            match["failed"] = self.failed
        if enterprise is not None:
            match["enterprise"] = enterprise
        match["next_steps"] = [{"date": d.date.isoformat(), "time": d.time, "label": d.label} for d in self.next_steps]
        record["match"] = match
        return record


@dataclass
class ProfileMatches:
    """One enterprise's section of a portfolio run."""

    profile: Profile
    matches: list[Match] = field(default_factory=list)


# --- Criteria --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Window:
    """Whether a call is open on a date, and until when."""

    ok: bool
    closes: date | None
    time: str | None
    no_deadline_found: bool
    reason: Reason

    def days_left(self, on: date) -> int | None:
        if self.closes is None or self.no_deadline_found:
            return None
        return (self.closes - on).days


def check_open(notice: Notice, on: date) -> Window:
    """The open criterion (kind is checked by the caller)."""
    if notice.published is not None and notice.published > on:
        text = f"not yet published (published {notice.published.isoformat()})"
        return Window(False, None, None, False, Reason("open", False, text))
    closing = notice.closing_deadline(on)
    if closing is None:
        return _no_date_window(notice, on)
    ok = closing.date >= on
    days = (closing.date - on).days
    when = closing.date.isoformat() + (f" {closing.time}" if closing.time else "")
    if ok:
        text = f"deadline {when} ({_days_text(days)})"
    else:
        text = f"closed {when} ({_days_ago_text(-days)})"
    if closing.label:
        text += f": {closing.label}"
    if notice.apply_deadline is None:
        text += " [last stated deadline; no application deadline found]"
    return Window(ok, closing.date, closing.time, False, Reason("open", ok, text, closing.evidence))


def _no_date_window(notice: Notice, on: date) -> Window:
    if notice.published is None:
        text = "no deadline found and no publication date"
        return Window(False, None, None, True, Reason("open", False, text))
    until = notice.published + timedelta(days=NO_DATE_WINDOW_DAYS)
    ok = until >= on
    text = f"no deadline found (published {notice.published.isoformat()}, counted open until {until.isoformat()}"
    text += ")" if ok else f", {_days_ago_text((on - until).days)})"
    return Window(ok, until, None, True, Reason("open", ok, text))


def _days_text(days: int) -> str:
    if days == 0:
        return "closes today"
    return f"{days} day left" if days == 1 else f"{days} days left"


def _days_ago_text(days: int) -> str:
    return f"{days} day ago" if days == 1 else f"{days} days ago"


def check_region(region: Region, notice: Notice) -> tuple[Reason, float]:
    """The region criterion, and how close the scope is (1.0 same region … 0.0 全国)."""
    scopes = [r for r in notice.regions if _valid_code(r.code)]
    if not scopes:
        return Reason("region", False, "region ✗ (no scope region found)"), 0.0
    inside = [r for r in scopes if gazetteer.contains(r.code, region.code)]
    if not inside:
        names = ", ".join(dict.fromkeys(r.name for r in scopes))
        return Reason("region", False, f"region ✗ ({region.name} ⊄ {names})", scopes[0].evidence), 0.0
    chain = [region.code] + [a.code for a in gazetteer.ancestors(region.code)]
    nearest = min(inside, key=lambda r: _distance(chain, r.code))
    distance = _distance(chain, nearest.code)
    fit = 1.0 - distance / (len(chain) - 1) if len(chain) > 1 else 1.0
    if distance == 0:
        text = f"region ✓ ({region.name})"
    else:
        text = f"region ✓ ({region.name} ⊂ {nearest.name})"
    return Reason("region", True, text, nearest.evidence), max(0.0, fit)


def _valid_code(code: str) -> bool:
    if isinstance(code, str) and len(code) == 6 and code.isdigit():
        return True
    logger.warning("ignoring scope region with bad code %r", code)
    return False


def _distance(chain: list[str], code: str) -> int:
    for steps, ancestor in enumerate(chain):
        if gazetteer.contains(code, ancestor) and gazetteer.contains(ancestor, code):
            return steps
    # contained but not on the chain (should not happen for divisions): treat as farthest
    return len(chain) - 1


def held_qualifications(qualifications: Iterable[str]) -> dict[str, str]:
    """Every tag a holder of `qualifications` holds, each mapped to the stated tag it comes from."""
    held: dict[str, str] = {}
    pending = [(tag, tag) for tag in qualifications]
    while pending:
        tag, source = pending.pop(0)
        if tag in held:
            continue
        held[tag] = source
        pending.extend((broader, source) for broader in IMPLIED_QUALIFICATIONS.get(tag, ()))
    return held


def check_subjects(qualifications: Iterable[str], notice: Notice) -> tuple[Reason, float]:
    """The subject criterion, and how specific the matching tag is (for ranking)."""
    wanted: dict[str, str] = {}
    for subject in notice.subjects:
        if subject.name not in NON_APPLICANT_SUBJECTS:
            wanted.setdefault(subject.name, subject.evidence)
    if not wanted:
        return Reason("subject", True, "subject ✓ (open to all: no applicant type stated)"), OPEN_TO_ALL_FIT
    held = held_qualifications(qualifications)
    hits = [tag for tag in wanted if tag in held]
    if not hits:
        text = f"subject ✗ (for {', '.join(wanted)}; holds {', '.join(dict.fromkeys(held.values()))})"
        return Reason("subject", False, text, next(iter(wanted.values()))), 0.0
    best = max(hits, key=lambda tag: SUBJECT_FIT.get(tag, 1.0))
    via = held[best]
    text = f"subject ✓ ({best})" if via == best else f"subject ✓ ({best}, as {via})"
    return Reason("subject", True, text, wanted[best]), SUBJECT_FIT.get(best, 1.0)


def term_hits(terms: Sequence[str], notice: Notice) -> list[tuple[str, str, str]]:
    """(term, "title" | "text", evidence sentence) for each term the notice mentions."""
    hits = []
    title, text = notice.title.casefold(), notice.text.casefold()
    for term in terms:
        needle = term.casefold()
        if needle in title:
            hits.append((term, "title", notice.title))
        elif needle in text:
            hits.append((term, "text", evidence_sentence(notice.text, term)))
    return hits


def term_relevance(hits: Sequence[tuple[str, str, str]]) -> float:
    """The no-index fallback: title hits count double; two title hits make full relevance."""
    total = sum(TITLE_HIT if where == "title" else TEXT_HIT for _, where, _ in hits)
    return min(1.0, total / HITS_FOR_FULL_RELEVANCE)


def evidence_sentence(text: str, term: str, limit: int = 200) -> str:
    """The first sentence of `text` mentioning `term`, cut to `limit` characters around it."""
    needle = term.casefold()
    for sentence in _SENTENCE_END.split(text):
        if needle in sentence.casefold():
            sentence = sentence.strip()
            if len(sentence) > limit:
                at = sentence.casefold().index(needle)
                start = max(0, at - limit // 2)
                sentence = sentence[start:start + limit]
            return sentence
    return ""


def _amount_reason(notice: Notice) -> Reason | None:
    if not notice.amounts:
        return None
    valued = [a for a in notice.amounts if a.wan_yuan is not None]
    amount = max(valued, key=lambda a: a.wan_yuan) if valued else notice.amounts[0]
    return Reason("amount", None, f"amount {amount.text}", amount.evidence)


# --- Matching --------------------------------------------------------------------------------------


def match_profile(
    profile: Profile,
    notices: Iterable[Notice],
    on: date,
    *,
    relevance: Callable[[Profile, list[str]], dict[str, float]] | None = None,
    include_near_misses: bool = False,
) -> list[Match]:
    """The calls `profile` can apply for on `on`, best first; then near misses if asked for.

    `relevance(profile, within)` may give index scores by notice id for the calls in `within` (any
    non-negative scale; normalised by the largest among the matches, so that a profile's matches score
    the same whatever other calls are loaded with them); without it relevance is a term match of
    industries and keywords over title and text.
    """
    # an amendment's dates are offered as the amended call's current ones
    screened = [(notice, checks) for notice in notices
                if notice.kind == "call" and not lifecycle.amends_a_stored_call(notice)
                and (checks := _screen(profile, notice, on)) is not None]
    if not include_near_misses:
        screened = [(notice, checks) for notice, checks in screened if not checks.failed]
    index_scores = None
    if relevance is not None:  # only the calls this profile matches (or nearly matches, if shown) are ranked
        scores = relevance(profile, [notice.id for notice, _ in screened])
        matched = [notice.id for notice, checks in screened if not checks.failed]
        index_scores = _normalised(scores, by=matched)
    matches, near = [], []
    for notice, checks in screened:
        result = _evaluate(profile, notice, on, index_scores, checks)
        (near if result.is_near_miss else matches).append(result)
    matches.sort(key=_rank_key)
    if not include_near_misses:
        return matches
    near.sort(key=_rank_key)
    return matches + near


def candidate_calls(store, profiles: Sequence[Profile], on: date, *, include_near_misses: bool = False) -> list[Notice]:
    """The calls worth evaluating for `profiles` on `on`, chosen in SQL by the store (dates and the
    province of each profile's region; with near misses, the wider window and any region), loaded once
    for a whole portfolio. Matching them gives the same results as matching every stored call."""
    near = NEAR_MISS_DAYS if include_near_misses else 0
    codes = None if include_near_misses else [p.region.code for p in profiles]
    ids = store.call_candidates(on, codes, days_back=near, days_ahead=near, no_date_days=NO_DATE_WINDOW_DAYS)
    return list(store.iter_notices(ids=ids))


def match_portfolio(
    profiles: Iterable[Profile],
    notices: Iterable[Notice],
    on: date,
    *,
    relevance: Callable[[Profile, list[str]], dict[str, float]] | None = None,
    include_near_misses: bool = False,
) -> list[ProfileMatches]:
    """`match_profile` for each profile (an incubator's whole portfolio at once)."""
    notices = list(notices)  # read once, matched per profile
    return [
        ProfileMatches(
            profile,
            match_profile(profile, notices, on, relevance=relevance, include_near_misses=include_near_misses),
        )
        for profile in profiles
    ]


def _normalised(scores: dict[str, float], by: Sequence[str]) -> dict[str, float]:
    """Scores divided by the largest of those of `by` (else of all), at most 1."""
    top = max((scores.get(i, 0.0) for i in by), default=0.0)
    if top <= 0:
        top = max((s for s in scores.values() if s > 0), default=0.0)
    if top <= 0:
        return {}
    return {notice_id: min(1.0, max(0.0, s) / top) for notice_id, s in scores.items()}


def _rank_key(match: Match) -> tuple:
    return (-match.score, match.closes or date.max, match.notice.id)


@dataclass
class _Checks:
    """The criteria a call was screened on, for a match or a near miss (one criterion failed)."""

    window: Window
    region: tuple[Reason, float]
    subject: tuple[Reason, float]
    failed: list[str]


def _screen(profile: Profile, notice: Notice, on: date) -> _Checks | None:
    """The criteria, or None when the call is neither a match nor a near miss."""
    window = check_open(notice, on)
    region = check_region(profile.region, notice)
    subject = check_subjects(profile.qualifications, notice)
    failed = [r.criterion for r in (window.reason, region[0], subject[0]) if not r.ok]
    if len(failed) > 1:
        return None
    if failed == ["open"] and not _recent_enough(notice, window, on):
        return None
    return _Checks(window, region, subject, failed)


def _evaluate(profile: Profile, notice: Notice, on: date, index_scores: dict[str, float] | None,
              checks: _Checks) -> Match:
    window, failed = checks.window, checks.failed
    (region_reason, region_fit), (subject_reason, subject_fit) = checks.region, checks.subject
    hits = term_hits(profile.terms, notice)
    reasons = [region_reason, subject_reason, window.reason]
    if index_scores is not None:
        rel = index_scores.get(notice.id, 0.0)
        detail = "index" + (f"; {_hits_text(hits)}" if hits else "")
    else:
        rel = term_relevance(hits)
        detail = _hits_text(hits) if hits else "no industry or keyword mentioned"
    if profile.terms or index_scores is not None:
        reasons.append(Reason("relevance", None, f"relevance {rel:.2f} ({detail})", _relevance_evidence(hits)))
    amount = _amount_reason(notice)
    if amount:
        reasons.append(amount)

    fit = (
        FIT_WEIGHTS["relevance"] * rel
        + FIT_WEIGHTS["subject"] * subject_fit
        + FIT_WEIGHTS["region"] * region_fit
    )
    urgency = 0.0  # closed, or no deadline found (the assumed window end says nothing about urgency)
    if window.ok and window.closes is not None and not window.no_deadline_found:
        urgency = max(0.0, 1.0 - (window.closes - on).days / URGENCY_HORIZON_DAYS)
    score = round(URGENCY_WEIGHT * urgency + (1 - URGENCY_WEIGHT) * fit, 3)
    return Match(
        notice=notice,
        score=score,
        reasons=reasons,
        days_left=window.days_left(on),
        closes=window.closes,
        no_deadline_found=window.no_deadline_found,
        failed=failed[0] if failed else None,
        next_steps=lifecycle.next_steps(notice, on),
        on=on,
    )


def _recent_enough(notice: Notice, window: Window, on: date) -> bool:
    """A call failing only on dates is a near miss when it closed lately or is published soon after."""
    if window.closes is None:  # not yet published, or no date at all
        return notice.published is not None and (notice.published - on).days <= NEAR_MISS_DAYS
    return (on - window.closes).days <= NEAR_MISS_DAYS


def _relevance_evidence(hits: Sequence[tuple[str, str, str]]) -> str:
    """A sentence of the text is better evidence than the title, which the reader sees anyway."""
    in_text = [sentence for _, where, sentence in hits if where == "text"]
    if in_text:
        return in_text[0]
    return hits[0][2] if hits else ""


def _hits_text(hits: Sequence[tuple[str, str, str]]) -> str:
    return ", ".join(f"{term} in {where}" for term, where, _ in hits)


# --- Rendering -------------------------------------------------------------------------------------


def json_records(results: Sequence[ProfileMatches], *, with_enterprise: bool = False) -> list[dict[str, Any]]:
    """Export-contract records with `match`; `with_enterprise` adds match.enterprise (for portfolios)."""
    return [
        m.to_record(enterprise=r.profile.name if with_enterprise else None)
        for r in results
        for m in r.matches
    ]


CSV_COLUMNS = (
    "enterprise", "profile", "status", "failed", "score", "days_left", "closes", "no_deadline_found",
    "notice_id", "title", "url", "kind", "regions", "subjects", "apply_deadline", "amount", "reasons",
    "evidence", "next_step",
)


def csv_rows(results: Sequence[ProfileMatches]) -> list[dict[str, Any]]:
    """One row per enterprise × call, with CSV_COLUMNS as keys."""
    rows = []
    for result in results:
        for m in result.matches:
            amount = m.reason("amount")
            rows.append({
                "enterprise": result.profile.name,
                "profile": result.profile.path or "",
                "status": "near miss" if m.is_near_miss else "match",
                "failed": m.failed or "",
                "score": f"{m.score:.3f}",
                "days_left": "" if m.days_left is None else m.days_left,
                "closes": m.closes.isoformat() if m.closes else "",
                "no_deadline_found": "yes" if m.no_deadline_found else "",
                "notice_id": m.notice.id,
                "title": m.notice.title,
                "url": m.notice.url or "",
                "kind": m.notice.kind or "",
                "regions": "、".join(r.name for r in m.notice.regions),
                "subjects": "、".join(s.name for s in m.notice.subjects),
                "apply_deadline": m.notice.apply_deadline.isoformat() if m.notice.apply_deadline else "",
                "amount": amount.text.removeprefix("amount ") if amount else "",
                "reasons": "; ".join(r.text for r in m.reasons),
                "evidence": " | ".join(dict.fromkeys(r.evidence for r in m.reasons if r.evidence)),
                "next_step": lifecycle.steps_text(m.next_steps),
            })
    return rows


def write_csv(results: Sequence[ProfileMatches], out: IO[str]) -> int:
    """Write csv_rows with a header to `out` as `huiqi export` writes CSV (BOM for Excel, CRLF, cells
    that a spreadsheet would run as formulas neutralised); returns the number of rows."""
    from pipeline.export import neutralise_formula

    rows = csv_rows(results)
    out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({k: neutralise_formula(str(v)) if v is not None else "" for k, v in row.items()} for row in rows)
    return len(rows)


def render_table(results: Sequence[ProfileMatches], on: date, *, show_evidence: bool = True):
    """A rich renderable: one section (heading + table) per enterprise. Rows lead with the short id
    (what `huiqi show` takes) and the call, then when it closes and why it matches; fits 80 columns."""
    from rich.console import Group
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    sections = []
    for result in results:
        profile = result.profile
        found = sum(1 for m in result.matches if not m.is_near_miss)
        heading = Text.assemble(
            (profile.name, "bold"),
            f"  {profile.region.name} · {found} open call(s) on {on.isoformat()}\n",
            ("  holds: " + "、".join(profile.qualifications), "dim"),
        )
        sections.append(heading)
        if not result.matches:
            sections.append(Text("  no open calls match", style="dim"))
            continue
        table = Table(show_lines=True, expand=True)
        table.add_column("id", no_wrap=True, style="cyan")
        table.add_column("call", ratio=3, overflow="fold")  # fold: Chinese titles have no spaces to wrap at
        table.add_column("closes", overflow="fold", min_width=10, max_width=14)
        table.add_column("why", ratio=3, overflow="fold")
        for m in result.matches:
            closes = "no deadline found" if m.no_deadline_found else (m.closes.isoformat() if m.closes else "")
            if m.days_left is not None and not m.is_near_miss:
                closes += f"\n{m.days_left} d left"
            if len(m.next_steps) > 1 and not m.is_near_miss:
                closes += "\n" + escape(lifecycle.steps_text(m.next_steps))
            call = escape(m.notice.title)
            origin = m.notice.issuers[0] if m.notice.issuers else m.notice.account
            if origin or m.notice.url:
                link = f"[link={escape(m.notice.url)}]{escape(_host(m.notice.url))}[/link]" if m.notice.url else ""
                call += f"\n[dim]{escape(origin or '')}{' · ' if origin and link else ''}{link}[/dim]"
            if m.is_near_miss:
                call = f"[yellow]near miss: {m.failed}[/yellow]\n" + call
            why_lines = [f"[dim]score {m.score:.2f}[/dim]"]
            for reason in m.reasons:
                why_lines.append(escape(reason.text))
                if show_evidence and reason.evidence:
                    why_lines.append(f"[dim]  “{escape(_shorten(reason.evidence, 48))}”[/dim]")
            table.add_row(m.notice.id[:8], call, closes, "\n".join(why_lines))
        sections.append(table)
    return Group(*sections)


def _host(url: str) -> str:
    """A URL folded to its host (the full URL is the link target)."""
    from urllib.parse import urlsplit

    return (urlsplit(url).netloc or url) + "/…"


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
