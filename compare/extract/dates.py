"""Dates: when things happened, resolved against the day the source was published.

Absolute dates, months and years are read as written; a day or month
without a year, a weekday and relative words ('today', 'last month',
'earlier this year') are resolved against `published` when the source has
one, and kept unresolved (value None, the phrase in `text`) when it does
not. Ranges give `[start, end]`; durations ('a 16-year period', 'three
years after') give an ISO 8601 duration such as `P16Y`.

Patterns are tried in order, longest forms first; a span taken by one is not
read again by a later one. Hand-written patterns beat a general date parser
here: they are about 70 times faster than dateparser's search and never turn
'the 44th' into the year 2044.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..datelines import date_of
from ..rules import numbers as nr
from ..rules import calendar as cal
from ..rules.calendar import FULL_DATE, MONTHS
from .text import Segments

_MONTH_NAMES = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_FULL_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_YEAR = r"(1[5-9]\d\d|20\d\d)"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMBER_WORD = "|".join(sorted(list(nr.UNITS) + list(nr.TENS), key=len, reverse=True))
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_NOT_PLURALS = {"is", "was", "has", "does", "his", "its", "this", "thus", "as", "us", "yes", "plus", "less", "unless"}
_FUTURE = re.compile(r"\b(will|would|next|upcoming|due to|plans? to|scheduled|expected to)\b", re.IGNORECASE)
# For a weekday's own clause: 'would' is left out, as it mostly reports speech ('said Tuesday he would').
_WEEKDAY_FUTURE = re.compile(cal.WEEKDAY_FUTURE, re.IGNORECASE)
_PAST_VERB = re.compile(cal.PAST_VERB, re.IGNORECASE)
_DATE_BESIDE = re.compile(
    rf"\s*[(,]?\s*(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH_NAMES})\b"
    rf"|\s*[(,]?\s*(?P<month2>{_MONTH_NAMES})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: object
    precision: str
    resolved: bool = True
    extra: dict = field(default_factory=dict)


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _shift_months(d: dt.date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def _number(word: str) -> int:
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word in ("a", "an"):
        return 1
    if "-" in word:
        tens, unit = word.split("-", 1)
        return nr.TENS.get(tens, 0) + nr.UNITS.get(unit, 0)
    return nr.UNITS.get(word) or nr.TENS.get(word, 0)


Handler = Callable[[re.Match, "dt.date | None", bool], "DateMention | None"]


def _full_date(m, published, future):
    d = date_of(m)
    return DateMention(m.start(), m.end(), _iso(d), "day") if d else None


def _year_range(m, published, future):
    start, end = (int(m.group("y1")), int(m.group("y2"))) if m.group("y1") else (int(m.group("y1b")), int(m.group("y2b")))
    if end <= start:
        return None
    return DateMention(m.start(), m.end(), [str(start), str(end)], "year")


def _day_month(m, published, future):
    month = MONTHS[(m.group("month") or m.group("month2")).lower().rstrip(".")]
    day = int(m.group("day") or m.group("day2"))
    if published is None:
        return DateMention(m.start(), m.end(), None, "day", resolved=False)
    best = _nearest(published, month, day)
    if best and not future and (best - published).days > cal.YEARLESS_PAST_SLACK_DAYS and \
            _PAST_VERB.search(m.string, max(0, m.start() - cal.WEEKDAY_TENSE_REACH * 3), m.start()):
        best = _nearest(dt.date(published.year - 1, published.month, min(published.day, 28)), month, day)
    return DateMention(m.start(), m.end(), _iso(best), "day") if best else None


def _month_year(m, published, future):
    month = MONTHS[m.group("month").lower().rstrip(".")]
    return DateMention(m.start(), m.end(), f"{int(m.group('year')):04d}-{month:02d}", "month")


def _nearest(published: dt.date, month: int, day: int) -> dt.date | None:
    """The day and month in the year that puts them nearest the publication date."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs((d - published).days)) if candidates else None


def _weekday_ahead(text: str, start: int, end: int) -> bool:
    """Whether the clause around a weekday speaks of what is still to come: a future marker in it just
    before the weekday ('will be announcing its proposal Friday'), or just after it with no verb of
    the past between ('On Monday, the Senate will hold a vote'; not 'said Tuesday he would …')."""
    before = text[max(0, start - cal.WEEKDAY_TENSE_REACH):start]
    before = re.split(r"[.;!?\n]", before)[-1]
    if _WEEKDAY_FUTURE.search(before):
        return True
    after = re.split(r"[.;!?\n]", text[end:end + cal.WEEKDAY_TENSE_REACH])[0]
    marker = _WEEKDAY_FUTURE.search(after)
    return bool(marker) and not _PAST_VERB.search(after, 0, marker.start())


def _weekday(m, published, future):
    """A weekday is the most recent such day on or before publication ('said Tuesday' in a piece of a
    Tuesday is that day), or the next one on or after it where the clause speaks of the future;
    a date written beside it wins ('on Tuesday (4 March)')."""
    if published is None:
        return DateMention(m.start(), m.end(), None, "day", resolved=False)
    beside = _DATE_BESIDE.match(m.string, m.end())
    if beside:
        month = MONTHS[(beside.group("month") or beside.group("month2")).lower().rstrip(".")]
        day = _nearest(published, month, int(beside.group("day") or beside.group("day2")))
        if day is not None:
            return DateMention(m.start(), m.end(), _iso(day), "day")
    target = _WEEKDAYS.index(m.group("weekday").lower())
    modifier = (m.group("modifier") or "").lower()
    if modifier == "next":
        day = published + dt.timedelta(days=(target - published.weekday()) % 7 or 7)
    elif modifier == "last":
        day = published - dt.timedelta(days=(published.weekday() - target) % 7 or 7)
    elif _weekday_ahead(m.string, m.start(), m.end()):
        day = published + dt.timedelta(days=(target - published.weekday()) % 7)
    else:
        day = published - dt.timedelta(days=(published.weekday() - target) % 7)
    return DateMention(m.start(), m.end(), _iso(day), "day")


def _relative(m, published, future):
    phrase = re.sub(r"\s+", " ", m.group(0).lower())
    if published is None:
        return DateMention(m.start(), m.end(), None, "relative", resolved=False, extra={"relative": phrase})
    p = published
    monday = p - dt.timedelta(days=p.weekday())
    if phrase in ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today"):
        value, precision = _iso(p), "day"
    elif phrase in ("yesterday", "last night"):
        value, precision = _iso(p - dt.timedelta(days=1)), "day"
    elif phrase == "tomorrow":
        value, precision = _iso(p + dt.timedelta(days=1)), "day"
    elif phrase.endswith("week"):
        shift = {"last": -7, "next": 7}.get(phrase.split()[0], 0)
        start = monday + dt.timedelta(days=shift)
        value, precision = [_iso(start), _iso(start + dt.timedelta(days=6))], "week"
    elif phrase.endswith("weekend"):
        saturday = monday + dt.timedelta(days=5) + dt.timedelta(days={"last": -7, "next": 7}.get(phrase.split()[0], 0))
        if phrase.split()[0] == "this" and p.weekday() < 5 and not future:
            saturday -= dt.timedelta(days=7)
        value, precision = [_iso(saturday), _iso(saturday + dt.timedelta(days=1))], "day"
    elif phrase.endswith("month"):
        shift = {"last": -1, "next": 1}.get(phrase.split()[0], 0)
        year, month = _shift_months(p, shift)
        if phrase.startswith("earlier"):
            value = [_iso(dt.date(year, month, 1)), _iso(p)]
        elif phrase.startswith("later"):
            value = [_iso(p), _iso(_month_end(year, month))]
        else:
            value = f"{year:04d}-{month:02d}"
        precision = "month"
    elif phrase.endswith("year"):
        year = p.year + {"last": -1, "next": 1}.get(phrase.split()[0], 0)
        if phrase.startswith("earlier"):
            value = [f"{year}-01-01", _iso(p)]
        elif phrase.startswith("later"):
            value = [_iso(p), f"{year}-12-31"]
        else:
            value = str(year)
        precision = "year"
    else:
        return None
    return DateMention(m.start(), m.end(), value, precision, extra={"relative": phrase})


def _season(m, published, future):
    phrase = re.sub(r"\s+", " ", m.group(0).lower())
    if published is None:
        return DateMention(m.start(), m.end(), None, "season", resolved=False, extra={"relative": phrase})
    modifier, season = m.group("modifier").lower(), m.group("season").lower()
    first, last = _SEASONS[season]
    year = published.year + {"last": -1, "next": 1}.get(modifier, 0)
    start_year = year - 1 if first > last and published.month <= last and modifier == "this" else year
    start = dt.date(start_year, first, 1)
    end = _month_end(start_year + (1 if first > last else 0), last)
    return DateMention(m.start(), m.end(), [_iso(start), _iso(end)], "season", extra={"relative": phrase})


def _ago(m, published, future):
    count, unit = _number(m.group("count")), m.group("unit").lower().rstrip("s")
    phrase = m.group(0)
    if published is None:
        return DateMention(m.start(), m.end(), None, unit, resolved=False, extra={"relative": phrase})
    if unit == "year":
        return DateMention(m.start(), m.end(), str(published.year - count), "year", extra={"relative": phrase})
    if unit == "month":
        year, month = _shift_months(published, -count)
        return DateMention(m.start(), m.end(), f"{year:04d}-{month:02d}", "month", extra={"relative": phrase})
    days = count * (7 if unit == "week" else 1)
    return DateMention(m.start(), m.end(), _iso(published - dt.timedelta(days=days)), "day", extra={"relative": phrase})


def _duration(m, published, future):
    count = _number(m.group("count"))
    unit = m.group("unit").lower().rstrip("s")
    code = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "Y"}[unit]
    if unit == "decade":
        count *= 10
    extra = {"relation": m.group("relation").lower()} if m.group("relation") else {}
    return DateMention(m.start(), m.end(), f"P{count}{code}", "duration", extra=extra)


def _month_alone(m, published, future):
    month = MONTHS[m.group("month").lower().rstrip(".")]
    if published is None:
        return DateMention(m.start(), m.end(), None, "month", resolved=False)
    year = published.year
    if future and month < published.month:
        year += 1
    elif not future and month > published.month:
        year -= 1
    return DateMention(m.start(), m.end(), f"{year:04d}-{month:02d}", "month")


def _year(m, published, future):
    """'in 2009' is a year; '2013 points' is a count."""
    following = re.match(r"\s+([a-z]+)", m.string[m.end():m.end() + 30])
    if following and following.group(1).endswith("s") and following.group(1) not in nr.PHRASE_STOP | _NOT_PLURALS:
        return None
    return DateMention(m.start(), m.end(), m.group("year"), "year")


_PATTERNS: list[tuple[re.Pattern, Handler]] = [
    (FULL_DATE, _full_date),
    (re.compile(rf"\b(?:between|from)\s+(?:the\s+years\s+)?(?P<y1>{_YEAR[1:-1]})\s+(?:and|to|until)\s+(?P<y2>{_YEAR[1:-1]})\b"
                rf"|\b(?P<y1b>{_YEAR[1:-1]})\s*(?:[-–]|to)\s*(?P<y2b>{_YEAR[1:-1]})\b"), _year_range),
    (re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH_NAMES})\b(?!\s+\d{{4}})"
                rf"|\b(?P<month2>{_MONTH_NAMES})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})(?!\d)"), _day_month),
    (re.compile(rf"\b(?P<month>{_FULL_MONTHS}|{_MONTH_NAMES}\.?)\s+(?:of\s+)?(?P<year>{_YEAR[1:-1]})\b"), _month_year),
    (re.compile(r"\b(?:(?P<modifier>last|next|this|on)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
     _weekday),
    (re.compile(r"\b(?:today|tonight|yesterday|tomorrow|last night|earlier today|this (?:morning|afternoon|evening)"
                r"|(?:this|last|next) (?:week|weekend|month|year)|(?:earlier|later) this (?:week|month|year))\b",
                re.IGNORECASE), _relative),
    (re.compile(r"\b(?P<modifier>this|last|next)\s+(?P<season>spring|summer|autumn|fall|winter)\b", re.IGNORECASE), _season),
    (re.compile(rf"\b(?P<count>\d+|a|an|{_NUMBER_WORD})\s+(?P<unit>years?|months?|weeks?|days?)\s+ago\b", re.IGNORECASE),
     _ago),
    (re.compile(rf"\b(?P<count>\d+|a|an|(?:{'|'.join(nr.TENS)})-(?:{'|'.join(nr.UNITS)})|{_NUMBER_WORD})"
                r"[\s-](?P<unit>years?|months?|weeks?|days?|decades?)(?:-long)?"
                r"(?:\s+(?:period|spell|stretch|span))?(?:\s+(?P<relation>after|before|later|earlier|on))?\b",
                re.IGNORECASE), _duration),
    (re.compile(rf"\b(?P<month>{_FULL_MONTHS})\b"), _month_alone),
    (re.compile(rf"(?<![\d,.£$€])\b(?P<year>{_YEAR[1:-1]})\b(?![\d,]|\s*%)"), _year),
]


_MAY_OR_MARCH = re.compile(r"(?:in|on|by|since|until|last|next|this|early|late|mid|of|from|before|after)\s+$", re.IGNORECASE)


def extract_dates(segments: Segments, published: str | None) -> list[DateMention]:
    """Each pattern runs once over the whole text; a span taken by an earlier pattern is not read again."""
    text = segments.text
    anchor = dt.date.fromisoformat(published) if published else None
    taken = bytearray(len(text) + 1)
    future_of: dict[int, bool] = {}
    found: list[DateMention] = []
    for pattern, handler in _PATTERNS:
        for m in pattern.finditer(text):
            if any(taken[m.start():m.end()]):
                continue
            sentence = segments.sentence_at(m.start())
            if handler is _month_alone and m.group("month") in ("May", "March") and not _MAY_OR_MARCH.search(
                    text[max(sentence.start, m.start() - 12):m.start()]):
                continue
            if sentence.start not in future_of:
                future_of[sentence.start] = bool(_FUTURE.search(text, sentence.start, sentence.end))
            mention = handler(m, anchor, future_of[sentence.start])
            if mention is not None:
                found.append(mention)
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return sorted(found, key=lambda d: d.start)
