"""`date` findings: two outlets that put one happening of a story at times that cannot both hold.

A date or a time carries what happened then (`extract.happenings`). Within an event, two sources'
times of one happening the story is about are compared when their clauses share two other words
and name no different people, so that 'the disaster Sunday afternoon ... wiped out the crew' meets
'late Sunday evening, 19 crew members were killed', and a date the story recalls ('the 1994 fire
killed 14') meets nothing of today. Precision is respected:
a month holds each of its days, 'Sunday' holds 'Sunday evening', 'just before noon' holds 11:45.
Two sources differ only where no version of one can hold with any version of the other.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable

from .align import looks_like_a_name
from .extract.happenings import CLASS_OF, HAPPENING
from .extract.text import phrase_key
from .model import Claim, Evidence, Version
from .rules.predicates import HAPPENING_SHARED_WORDS
from .rules.calendar import DEADLINE, MONTHS, PARTS_OF_DAY, PAST_VERB, WEEKDAY_FUTURE, WEEKDAY_NAMES
from .rules.findings import CLOCK_SLACK, DATE_NEAR_DAYS, LEDE_CHARS

Interval = tuple[float, float]
_PAST = re.compile(PAST_VERB, re.IGNORECASE)
ZONE = re.compile(r"\s*\(?\b(ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|BST|UTC|CET|CEST|local\s+time)\b",
                  re.IGNORECASE)
_FUTURE = re.compile(WEEKDAY_FUTURE, re.IGNORECASE)
_DEADLINE = re.compile(DEADLINE, re.IGNORECASE)
_TO_COME = re.compile(r"\bto\b|\bwill\b|\bwould\b|'ll\b|\bpath\b|\bplan|\bpledge|\bpromise|\bvow", re.IGNORECASE)
LATE_DATE_VERB_WORDS = 8
"""Words before a later day in which the verb that tells it as past must stand: 'had contact with him on
October 28-30', not 'pledged to donate on 15 August' or 'will begin on January 1'."""
_ADVERBIAL = re.compile(r"(?:\bon\s+|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)$", re.IGNORECASE)
_MONTH_DAY = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:"
                        + "|".join(MONTHS) + r")\b", re.IGNORECASE)
_NAMED = re.compile(r"\d|\b(?:" + "|".join(list(MONTHS) + list(WEEKDAY_NAMES)) + r")\b", re.IGNORECASE)


def hours(claim: Claim) -> Interval | None:
    """A time claim as hours of its day (24-hour clock; a night runs past 24)."""
    value = str(claim.value or "")
    if claim.extra.get("precision") == "clock":
        hour, minute = (int(part) for part in value.split(":"))
        at = hour + minute / 60
        slack = CLOCK_SLACK[claim.qualifier or "exact"]
        return at + slack[0], at + slack[1]
    edge, _, part = value.rpartition(" ")
    if part not in PARTS_OF_DAY:
        return None
    low, high = PARTS_OF_DAY[part]
    middle = (low + high) / 2
    return {"early": (low, middle), "late": (middle, high), "mid": ((low + middle) / 2, (middle + high) / 2)}.get(
        edge, (low, high))


def days(claim: Claim) -> Interval | None:
    """A date claim as a span of day numbers (a month holds all its days), or None for a span of time."""
    value = claim.value
    if isinstance(value, list) and len(value) == 2:
        first, last = (days_of(str(v)) for v in value)
        return (first[0], last[1]) if first and last else None
    return days_of(str(value)) if value is not None else None


def days_of(value: str) -> Interval | None:
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value).toordinal()
            return day, day
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:])
            first = dt.date(year, month, 1)
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return first.toordinal(), following.toordinal() - 1
        if len(value) == 4 and value.isdigit():
            return dt.date(int(value), 1, 1).toordinal(), dt.date(int(value), 12, 31).toordinal()
    except ValueError:
        return None
    return None


def _apart(a: Interval, b: Interval) -> bool:
    return a[1] < b[0] or b[1] < a[0]


def date_findings(ev) -> None:
    """One finding per happening of an event on which two of its sources cannot both be right. Only the
    happenings the story is about count: those named in the headline or the opening of two of its
    sources ('19 firefighters killed in Arizona blaze'); a story recalls many others, of other days."""
    published = {sid: days_of(s.published or "") for sid, s in ev.sources.items()}
    day_of_time = _days_of_times(ev.claims.values())
    central = _central_happenings(ev)
    surnames = _surnames(ev)
    timed: dict[str, list[tuple[Claim, str]]] = defaultdict(list)  # happening -> (claim, 'time' | 'date')
    for claim in sorted(ev.claims.values(), key=lambda c: (c.source, c.start)):
        if claim.kind not in ("time", "date") or not claim.extra.get("happening"):
            continue
        if claim.kind == "date" and not (_near(days(claim), published.get(claim.source)) and _named(claim)):
            continue  # a date the story recalls, or one as loose as 'last month'
        for happening in set(claim.extra["happening"]) & central:
            timed[happening].append((claim, claim.kind))
    for happening, claims in sorted(timed.items()):
        for kind, measure in (("time", hours), ("date", days)):
            _compare(ev, happening, [c for c, k in claims if k == kind], measure, day_of_time, surnames)


def _compare(ev, happening: str, claims: list[Claim], measure: Callable[[Claim], Interval | None],
             day_of_time: dict[str, Interval], surnames: dict[str, set[str]]) -> None:
    by_source: dict[str, list[tuple[Claim, Interval]]] = defaultdict(list)
    for claim in claims:
        span = measure(claim)
        if span is not None:
            by_source[claim.source].append((claim, span))
    sources = sorted(by_source)
    clashing: dict[str, Claim] = {}
    for i, x in enumerate(sources):
        for y in sources[i + 1:]:
            pairs = [(a, b, sa, sb) for a, sa in by_source[x] for b, sb in by_source[y]
                     if _one_happening(ev, a, b, surnames) and not _other_days(a, b, day_of_time)]
            if pairs and all(_apart(sa, sb) for *_, sa, sb in pairs):
                a, b, *_ = pairs[0]
                clashing.setdefault(a.source, a)
                clashing.setdefault(b.source, b)
    chosen = [clashing[s] for s in sorted(clashing)]
    if len(chosen) < 2 or any(set(c.id for c in chosen) <= shown for shown in ev.timed):
        return  # one clash is one finding, though 'the attack' and 'the killing' both name it
    ev.timed.append({c.id for c in chosen})
    said = "; ".join(f"{ev.name(c.source)} says \u2018{c.text}\u2019 (\u201c{ev.sentence(c)}\u201d)" for c in chosen)
    noun = "times" if chosen[0].kind == "time" else "dates"
    summary = f"The sources give different {noun} for the {happening}: {said}."
    versions = [Version(c.text, [c.source], [c.id]) for c in chosen]
    ev.add("date", f"{happening}\0" + "\0".join(c.id for c in chosen), summary, "medium", versions,
           [Evidence(c.source, c.text) for c in chosen], [c.id for c in chosen])


def _central_happenings(ev) -> set[str]:
    """The happenings named in the headline or opening paragraph of at least two of the event's sources."""
    seen: dict[str, set[str]] = defaultdict(set)
    for sid in ev.event.sources:
        source = ev.sources[sid]
        opening = source.text[:source.body_start] + source.body[:LEDE_CHARS]
        for match in HAPPENING.finditer(opening):
            seen[CLASS_OF[phrase_key(match.group(1))]].add(sid)
    return {kind for kind, sources in seen.items() if len(sources) >= 2}


def _one_happening(ev, a: Claim, b: Claim, surnames: dict[str, set[str]]) -> bool:
    """Two times of one happening: their clauses share other words, and do not name different people
    ('Trump fired a second official on Monday', 'the resignation Sunday of Kirstjen Nielsen'); dates
    on one side of publication (what happened, or what is planned); clock times in one time zone
    ('2:30 am' in Syria is '8:30 p.m. ET')."""
    if len(set(a.extra.get("about", ())) & set(b.extra.get("about", ()))) < HAPPENING_SHARED_WORDS:
        return False
    if bool(a.extra.get("planned")) != bool(b.extra.get("planned")):
        return False  # 'the announcement would come on Wednesday' is a plan, not an account of it
    people_a, people_b = _people_in(a, surnames), _people_in(b, surnames)
    if people_a and people_b and not people_a & people_b:
        return False
    if a.kind == "date":
        published_a, published_b = (days_of(ev.sources[c.source].published or "") for c in (a, b))
        span_a, span_b = days(a), days(b)
        if published_a and published_b and span_a and span_b and \
                (span_a[0] > published_a[1]) != (span_b[0] > published_b[1]):
            return False
    if a.kind == "time" and _zone(ev, a) != _zone(ev, b):
        return False
    return True


def _surnames(ev) -> dict[str, set[str]]:
    """Per source, the surnames of the people it names, worked out once per event ('Wildfire' of a
    title-case headline, written in lower case elsewhere in the text, is a word, no name)."""
    found: dict[str, set[str]] = defaultdict(set)
    for claim in ev.claims.values():
        if claim.kind == "person" and looks_like_a_name(str(claim.value)):
            found[claim.source].add(str(claim.value).split()[-1].lower())
    return {sid: {name for name in names if not re.search(rf"\b{re.escape(name)}\b", ev.sources[sid].text)}
            for sid, names in found.items()}


def _people_in(claim: Claim, surnames: dict[str, set[str]]) -> set[str]:
    """The surnames of the people its source names that stand in a time's clause."""
    about = set(claim.extra.get("about", ()))
    return {name for name in surnames.get(claim.source, ()) if name in about or name.removesuffix("s") in about}


def _zone(ev, claim: Claim) -> str | None:
    match = ZONE.match(ev.sources[claim.source].text, claim.end, claim.end + 16)
    return match.group(1).upper() if match else None


def _days_of_times(claims) -> dict[str, Interval]:
    """The day a time is on, when a date sits inside it ('Sunday' in 'late Sunday evening')."""
    dates = [c for c in claims if c.kind == "date"]
    found = {}
    for time in (c for c in claims if c.kind == "time"):
        for date in dates:
            if date.source == time.source and time.start <= date.start and date.end <= time.end:
                span = days(date)
                if span is not None:
                    found[time.id] = span
    return found


def _other_days(a: Claim, b: Claim, day_of_time: dict[str, Interval]) -> bool:
    """Two times on days that differ are not two versions of one time (their dates are compared)."""
    if a.kind != "time":
        return False
    x, y = day_of_time.get(a.id), day_of_time.get(b.id)
    return bool(x and y and _apart(x, y))


def _named(claim: Claim) -> bool:
    """A date given by its day, month or weekday ('January 11', 'Sunday'), not 'last month' or 'this week'."""
    return bool(_NAMED.search(claim.text))


def _near(span: Interval | None, published: Interval | None) -> bool:
    if span is None or published is None:
        return False
    return span[0] - DATE_NEAR_DAYS <= published[0] <= span[1] + DATE_NEAR_DAYS


def late_date_findings(ev) -> None:
    """A source that tells as past a day after its own publication ('had contact with him on October
    28-30' in a piece of October 15): a slip, or a page updated after its date. One finding per source,
    with every such day."""
    for sid, source in sorted(ev.sources.items()):
        published = days_of(source.published or "")
        if published is None:
            continue
        late = []
        for claim in sorted((c for c in ev.claims.values() if c.source == sid and c.kind == "date"),
                            key=lambda c: c.start):
            span = days(claim)
            if span is None or span[0] <= published[1] or not _MONTH_DAY.search(claim.text) \
                    or not _ADVERBIAL.search(source.text, max(0, claim.start - 24), claim.start):
                continue  # 'announced a June 16 hearing', 'the June 19 commemoration' name a day to come
            clause = ev.sentence(claim)
            at = clause.find(claim.text)
            before = " ".join((clause[:at] if at >= 0 else clause).split()[-LATE_DATE_VERB_WORDS:])
            if _PAST.search(before) and not _TO_COME.search(before) and not _FUTURE.search(clause) \
                    and not _DEADLINE.search(clause):
                late.append(claim)  # 'had extensive contact with him on October 28-30'
        if not late:
            continue
        said = "; ".join(f"\u2018{c.text}\u2019 (\u201c{ev.sentence(c)}\u201d)" for c in late)
        summary = (f"{ev.name(sid)} is dated {source.published} but tells as past what happened later: {said}. "
                   f"A wrong date, or a page updated after it was published.")
        versions = [Version(c.text, [sid], [c.id]) for c in late]
        ev.add("internal", "late\0" + "\0".join(c.id for c in late), summary, "medium", versions,
               [Evidence(sid, c.text) for c in late], [c.id for c in late])
