"""A call's life: amendments and outcomes linked to the call, its current deadlines and status.

A notice that amends a call (延期, 延长, 提前, 调整, 补充通知, 更正) or publishes its outcome (拟立项 …
公示, 结果公告) *refers* to the call in up to three ways, strongest first:
- the call's 文号, cited ("《…》（苏科计〔2025〕12号）", "根据苏科计〔2025〕12号文件");
- the call's title, cited in 《…》;
- the same issuer, the same programme year and a similar programme name ("2025年度…专项资金").
A call is *found* by keys of its own: its own 文号, its title, its programme year. The store keeps both
(tables notice_refs and notice_keys) and links a notice whenever either side arrives, so the order of
arrival does not matter. A similar title alone never links: the third way needs year and issuer too.

An amendment's dates become the call's current deadlines (`apply_amendments`); the dates they replace
form the call's deadline history. Everything here is pure: the store does the reading and writing.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from pipeline.notice import Deadline, Notice
from pipeline.patterns import lifecycle as P

AMENDS, AMENDED_BY, RESULTS_OF, HAS_RESULTS = "amends", "amended_by", "results_of", "has_results"
INVERSE = {AMENDS: AMENDED_BY, RESULTS_OF: HAS_RESULTS}
STATUSES = ("upcoming", "open", "closing", "closed", "results")
CLOSING_DAYS = 7  # a call with this many days left or fewer is `closing`


@dataclass(frozen=True)
class Ref:
    """How a notice refers to the call it amends or reports on."""

    method: str  # doc_number | title | programme
    value: str  # a normalised 文号 or title; for programme, "year|issuer" (programme_value)
    evidence: str = ""
    detail: str = ""  # programme: the programme name compared by similarity


@dataclass(frozen=True)
class Key:
    """A way a call can be found: its own 文号, its title, its programme year."""

    method: str
    value: str
    detail: str = ""


@dataclass(frozen=True)
class Link:
    """One notice's relation to another, as read back from the store."""

    id: str
    source_id: str | None
    relation: str  # amends | amended_by | results_of | has_results
    evidence: str
    method: str = ""
    confidence: float = 0.0
    published: date | None = None
    title: str = ""

    def to_record(self) -> dict:
        return {"id": self.id, "source_id": self.source_id, "relation": self.relation, "evidence": self.evidence}


@dataclass(frozen=True)
class DeadlineChange:
    """A deadline an amendment moved (or an edit of the notice itself, when `by` is None)."""

    label: str
    old: date | None
    new: date | None
    by: str | None  # the amending notice's id
    at: str  # the amendment's publication date


# --- Reading a notice ---------------------------------------------------------------------------------


def relation(notice: Notice) -> tuple[str | None, str]:
    """(amends | results_of | None, the words that say so)."""
    title = _without_cited(notice.title or "")
    found = P.AMENDMENT_TITLE.search(title)
    if found:
        return AMENDS, notice.title
    text = notice.text or ""
    moved = P.DEADLINE_MOVED.search(_without_cited(text))
    if moved and (P.EARLIER_NOTICE.search(text) or _cited_titles(text) or _cited_doc_numbers(notice)):
        return AMENDS, _sentence_at(text, moved.start())
    if notice.kind == "publicity" and P.RESULTS_TITLE.search(title):
        return RESULTS_OF, notice.title
    return None, ""


def references(notice: Notice, rel: str | None = "") -> list[Ref]:
    """The references an amendment or outcome notice makes to its call (empty for other notices).
    `rel`: the notice's relation when the caller has it already."""
    if rel == "":
        rel, _ = relation(notice)
    if rel is None:
        return []
    year, name = programme(notice)
    refs: list[Ref] = []
    for number, evidence in _cited_doc_numbers(notice):
        refs.append(Ref("doc_number", doc_number_key(number), evidence))
    for cited, evidence in _cited_titles(f"{notice.title}\n{notice.text or ''}"):
        if P.CALL_TITLE_WORDS.search(cited):
            cited_year = P.YEAR.findall(cited)
            refs.append(Ref("title", title_key(cited), evidence, detail=cited_year[0] if cited_year else year or ""))
    if year and name:
        refs += [Ref("programme", programme_value(year, issuer), notice.title, detail=name)
                 for issuer in notice.issuers]
    return list(dict.fromkeys(refs))


def keys(notice: Notice, rel: str | None = "") -> list[Key]:
    """The keys a call can be found by (empty for notices that are not calls, or are amendments)."""
    if rel == "":
        rel, _ = relation(notice)
    if notice.kind != "call" or rel is not None:
        return []
    year, name = programme(notice)
    found = [Key("doc_number", doc_number_key(number)) for number in own_doc_numbers(notice)]
    if notice.title and not notice.title_derived:
        found.append(Key("title", title_key(notice.title), year or ""))
    if year and name:
        found += [Key("programme", programme_value(year, issuer), name) for issuer in notice.issuers]
    return list(dict.fromkeys(found))


def programme_value(year: str, issuer: str) -> str:
    """The lookup value of a programme reference or key: year and issuer must both agree."""
    issuer = re.sub(r"\s+", "", issuer)
    return f"{year}|{issuer}"


def doc_number_key(number: str) -> str:
    """"苏科计[2025] 12号" and "苏科计〔2025〕12号" compare equal."""
    number = re.sub(r"\s+", "", number)
    return re.sub(r"[〕\]］】)）]", "〕", re.sub(r"[〔\[［【(（]", "〔", number))


def title_key(title: str) -> str:
    """A title without punctuation, the issuer before 关于 and the frame words (关于…的通知)."""
    text = P.PUNCTUATION.sub("", title)
    about = text.find("关于")
    if 0 < about <= 40:
        text = text[about:]
    text = P.TITLE_FRAME_START.sub("", text)
    return P.TITLE_FRAME_END.sub("", text)


def programme(notice: Notice) -> tuple[str | None, str]:
    """(programme year, programme name): the year the title names (else the publication year) and the
    title without its frame, years and life-cycle words."""
    title = notice.title or ""
    if not title or notice.title_derived:
        return None, ""
    years = P.YEAR.findall(title)
    year = years[0] if years else (str(notice.published.year) if notice.published else None)
    name = P.YEAR.sub("", title_key(_without_cited(title)))
    name = re.sub(r"^度", "", P.PROGRAMME_NOISE.sub("", name))
    return year, name


def similarity(a: str, b: str) -> float:
    """Dice coefficient of the character bigrams of two names (1.0 for equal names)."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    grams_a = {a[i:i + 2] for i in range(len(a) - 1)} or {a}
    grams_b = {b[i:i + 2] for i in range(len(b) - 1)} or {b}
    return 2 * len(grams_a & grams_b) / (len(grams_a) + len(grams_b))


def own_doc_numbers(notice: Notice) -> list[str]:
    """The notice's own 文号: in its title, on a line of its own, or near the top, and not cited."""
    from pipeline.extract.details import doc_number_spans

    text = notice.text or ""
    title = "" if notice.title_derived else notice.title or ""  # a derived title is a piece of the text
    own = [number for number, start, _ in doc_number_spans(title) if not _is_citation(title, start)]
    for number, start, end in doc_number_spans(text):
        if _is_citation(text, start):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if start < 200 or len(line.strip()) <= len(number) + 4:
            own.append(number)
    return list(dict.fromkeys(own))


def _cited_doc_numbers(notice: Notice) -> list[tuple[str, str]]:
    """(文号, sentence) of the numbers a notice cites: every 文号 in its text except its own."""
    from pipeline.extract.details import doc_number_spans

    own = {doc_number_key(n) for n in own_doc_numbers(notice)}
    text = notice.text or ""
    cited = [(number, _sentence_at(text, start)) for number, start, _ in doc_number_spans(text)
             if doc_number_key(number) not in own]
    return list(dict((doc_number_key(n), (n, e)) for n, e in reversed(cited)).values())[::-1]


def _is_citation(text: str, start: int) -> bool:
    return bool(P.CITING_BEFORE.search(text[max(0, start - 12):start]))


def _cited_titles(text: str) -> list[tuple[str, str]]:
    return [(m.group(1), _sentence_at(text, m.start())) for m in P.CITED_TITLE.finditer(text)]


def _without_cited(text: str) -> str:
    """The text with cited titles blanked, so a cited call's words are not read as the notice's own."""
    return P.CITED_TITLE.sub(lambda m: " " * len(m.group()), text)


def _sentence_at(text: str, position: int, limit: int = 200) -> str:
    left = max(text.rfind(mark, 0, position) for mark in "。\n；") + 1
    ends = [i for i in (text.find(mark, position) for mark in "。\n；") if i >= 0]
    right = min(ends) + 1 if ends else len(text)
    return text[left:right].strip()[:limit]


# --- Choosing the call --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A call one of a notice's references found, with what is needed to judge it."""

    id: str
    ref: Ref
    key: Key
    published: date | None


def best_target(notice: Notice, candidates: Iterable[Candidate]) -> tuple[Candidate, float] | None:
    """The call a notice refers to, and the confidence, or None.

    A call published after the notice is never its target. A 文号 carries its year; a cited title must
    name the same programme year as the call (recurring calls keep their titles year after year), or,
    when either gives none, the call must be published within TITLE_WINDOW_DAYS before the notice. By
    programme (looked up by year and issuer) the names must be similar enough and not name different
    batches (第一批 / 第二批). Ties go to the call published last before the notice.
    """
    scored: list[tuple[float, date, Candidate]] = []
    for candidate in candidates:
        if candidate.id == notice.id:
            continue
        if notice.published and candidate.published and candidate.published > notice.published:
            continue
        method = candidate.ref.method
        if method == "title" and not _same_year(candidate, notice):
            continue
        if method in ("title", "programme") and _batches_differ(notice.title, candidate.key.detail,
                                                                 candidate.ref.detail):
            continue
        if method == "programme":  # year and issuer agree: they are the lookup value
            likeness = similarity(_without_batch(candidate.ref.detail), _without_batch(candidate.key.detail))
            if likeness < P.PROGRAMME_MIN_SIMILARITY:
                continue
            low, high = P.PROGRAMME_CONFIDENCE
            share = (likeness - P.PROGRAMME_MIN_SIMILARITY) / (1 - P.PROGRAMME_MIN_SIMILARITY)
            confidence = round(low + (high - low) * share, 2)
        else:
            confidence = P.CONFIDENCE[method]
        scored.append((confidence, candidate.published or date.min, candidate))
    if not scored:
        return None
    confidence, _, chosen = max(scored, key=lambda item: (item[0], item[1], item[2].id))
    return chosen, confidence


TITLE_WINDOW_DAYS = 400  # a call cited by a title without a year: at most this long before the notice


def _same_year(candidate: Candidate, notice: Notice) -> bool:
    cited, own = candidate.ref.detail, candidate.key.detail
    if cited and own:
        return cited == own
    if notice.published is None or candidate.published is None:
        return False
    return (notice.published - candidate.published).days <= TITLE_WINDOW_DAYS


def _batches_differ(*names: str) -> bool:
    """Whether the names state different batches ("第一批" vs "第二批"); names without one agree."""
    stated = {m.group(1) for name in names for m in [P.BATCH.search(name or "")] if m}
    return len(stated) > 1


def _without_batch(name: str) -> str:
    return P.BATCH.sub("", name)


def evidence_of(candidate: Candidate) -> str:
    """Why a link holds, for `show` and the export's `related`."""
    ref = candidate.ref
    if ref.method == "doc_number":
        return f"cites {ref.value}: {ref.evidence}"
    if ref.method == "title":
        return f"cites the call's title: {ref.evidence}"
    year, issuer = ref.value.split("|", 1)
    return f"same issuer ({issuer}), year {year} and programme ({ref.detail} ~ {candidate.key.detail})"


# --- The call's current state -------------------------------------------------------------------------


@dataclass
class Amendment:
    """An amending notice's dates, in the order they take effect."""

    id: str
    published: date | None
    deadlines: list[Deadline] = field(default_factory=list)
    apply_deadline: date | None = None


def apply_amendments(call: Notice, amendments: Sequence[Amendment]) -> list[DeadlineChange]:
    """Move the call's deadlines to the amendments' dates (in publication order); return the changes.

    An amendment's dates equal to one of the call's current dates are old dates restated ("原定于10月24日
    …提前至10月17日") and are skipped; of a label's other dates the latest is the new one.
    A date replaces the call's deadline of the same label, else of a label one contains the other of
    (申报截止 ~ 网上申报截止), else the call's application deadline when the amendment's date is its
    own application deadline or its only date; each call deadline moves at most once per amendment.
    Any other date is added. The call keeps its labels, so calendar events keep their UIDs.
    """
    changes: list[DeadlineChange] = []
    for amendment in sorted(amendments, key=lambda a: (a.published or date.min, a.id)):
        at = amendment.published.isoformat() if amendment.published else ""
        dates = amendment.deadlines or (
            [Deadline(amendment.apply_deadline)] if amendment.apply_deadline else [])
        moved: set[int] = set()  # call deadlines this amendment has moved
        new_dates = _new_dates(call, dates)
        for new in new_dates:
            target = _matching_deadline(call, new, amendment, len(new_dates) == 1, moved)
            if target is None:
                if all(d.date != new.date for d in call.deadlines):
                    call.deadlines.append(new)
                    changes.append(DeadlineChange(new.label, None, new.date, amendment.id, at))
                continue
            index, old = target
            moved.add(index)
            if old.date == new.date and (old.time == new.time or new.time is None):
                continue
            was_apply = call.apply_deadline == old.date
            call.deadlines[index] = replace(old, date=new.date, time=new.time or old.time,
                                            evidence=new.evidence or old.evidence)
            if was_apply:
                call.apply_deadline = new.date
                call.apply_deadline_evidence = new.evidence or call.apply_deadline_evidence
            changes.append(DeadlineChange(old.label, old.date, new.date, amendment.id, at))
        if amendment.apply_deadline and call.apply_deadline is None:
            call.apply_deadline = amendment.apply_deadline
        call.deadlines.sort(key=lambda d: (d.date, d.time or ""))
    return changes


def _new_dates(call: Notice, dates: Sequence[Deadline]) -> list[Deadline]:
    """The amendment's new dates: a date equal to one of the call's current deadlines is that deadline
    restated ("原定于10月24日…提前至10月17日"), not a change; of a label's other dates the latest."""
    current = {d.date for d in call.deadlines} | ({call.apply_deadline} if call.apply_deadline else set())
    fresh = [d for d in dates if d.date not in current]
    chosen = [d for d in fresh if not d.label]  # unlabelled dates are separate deadlines
    by_label: dict[str, list[Deadline]] = {}
    for deadline in fresh:
        if deadline.label:
            by_label.setdefault(deadline.label, []).append(deadline)
    chosen += [max(group, key=lambda d: (d.date, d.time or "")) for group in by_label.values()]
    return sorted(chosen, key=lambda d: (d.date, d.time or ""))


def _matching_deadline(call: Notice, new: Deadline, amendment: Amendment, only_date: bool,
                       moved: set[int]) -> tuple[int, Deadline] | None:
    free = [(i, d) for i, d in enumerate(call.deadlines) if i not in moved]
    for index, old in free:
        if new.label and old.label == new.label:
            return index, old
    core = _label_core(new.label)
    if core:
        for index, old in free:
            other = _label_core(old.label)
            if other and (core in other or other in core):
                return index, old
    if only_date or new.date == amendment.apply_deadline:
        for index, old in free:
            if old.date == call.apply_deadline:
                return index, old
        if call.apply_deadline is not None and all(d.date != call.apply_deadline for d in call.deadlines):
            # the application deadline is not among the listed deadlines: it becomes one
            call.deadlines.append(Deadline(call.apply_deadline, None, new.label, call.apply_deadline_evidence))
            return len(call.deadlines) - 1, call.deadlines[-1]
    return None


def _label_core(label: str) -> str:
    """"网上申报截止" -> "网上申报": what a deadline closes, without 截止."""
    return (label or "").removesuffix("截止")


def amends_a_stored_call(notice: Notice) -> bool:
    """Whether the notice's dates live on a call it is linked to (calendars and matches show the call)."""
    return any(link.relation == AMENDS for link in notice.related)


def status(notice: Notice, on: date, closing_days: int = CLOSING_DAYS) -> str | None:
    """upcoming | open | closing | closed | results on `on`; None for a notice with no window
    (a policy, a list) and no results. Uses the notice's current deadlines and `related` links."""
    from pipeline.extract.deadlines import window_opens

    if any(link.relation == HAS_RESULTS and (link.published is None or link.published <= on)
           for link in notice.related):
        return "results"
    if notice.kind != "call":
        return None
    if notice.published is not None and notice.published > on:
        return "upcoming"
    opens = window_opens(notice)
    if opens is not None and opens > on:
        return "upcoming"
    closing = notice.closing_deadline(on)
    if closing is None:
        return "open"
    days = (closing.date - on).days
    if days < 0:
        return "closed"
    return "closing" if days <= closing_days else "open"


# Deadlines of the bureaus that review and forward applications, and of publicity windows: not steps of
# the applicant, unless one is the call's application deadline itself (labels: pipeline/patterns/dates.py).
NOT_APPLICANT_STEPS = frozenset({"主管部门报送", "审核推荐截止", "单位审核截止", "公示期结束", "异议截止", "意见反馈截止"})


def next_steps(notice: Notice, on: date) -> list[Deadline]:
    """The applicant's pending steps on `on`: its current deadlines from that day on, in date order."""
    return sorted((d for d in notice.deadlines
                   if d.date >= on and (d.label not in NOT_APPLICANT_STEPS or d.date == notice.apply_deadline)),
                  key=lambda d: (d.date, d.time or ""))


def steps_text(steps: Sequence[Deadline]) -> str:
    """"网上申报 closes 09-29, then 纸质材料 by 10-13" (empty when nothing is pending)."""
    parts = []
    for i, step in enumerate(steps[:3]):
        when = step.date.strftime("%m-%d") + (f" {step.time}" if step.time else "")
        label = step.label or "截止"
        parts.append(f"{label} closes {when}" if i == 0 else f"then {label} by {when}")
    if len(steps) > 3:
        parts.append(f"… ({len(steps) - 3} more)")
    return ", ".join(parts)
