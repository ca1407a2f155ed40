"""Times of day: clock times ('11am', '5 p.m.', '17:30 GMT') and parts of the day ('noon', 'late
Sunday evening'), each with how exactly the source places it.

A time is a `time` claim: its `value` is 'HH:MM' (24-hour clock) for a clock time, noon or midnight,
or the part of the day ('morning', 'late evening'); `precision` says which ('clock' or
'part_of_day'), and `qualifier` whether the source places it exactly, roughly ('around noon',
approximate) or on one side ('before midnight' is an upper bound, 'shortly after 11am' a lower one).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..rules import calendar as cal
from .text import Segments


@dataclass(frozen=True)
class TimeMention:
    start: int
    end: int
    value: str
    precision: str
    qualifier: str


def _qualified(text: str, start: int) -> tuple[str, int]:
    """The qualifier before a time and where it begins ('shortly after 11am'), or exact."""
    match = cal.TIME_QUALIFIER.search(text, max(0, start - 20), start)
    if match is None:
        return "exact", start
    return cal.TIME_QUALIFIER_KIND[" ".join(match.group("word").lower().split())], match.start()


def extract_times(segments: Segments) -> list[TimeMention]:
    text = segments.text
    found: list[TimeMention] = []
    taken: list[tuple[int, int]] = []
    for match in cal.CLOCK_TIME.finditer(text):
        if match.group("hour24"):
            hour, minute = int(match.group("hour24")), int(match.group("minute24"))
        else:
            hour, minute = int(match.group("hour")) % 12, int(match.group("minute") or 0)
            hour += 12 if match.group("meridiem").lower() == "p" else 0
        qualifier, start = _qualified(text, match.start())
        found.append(TimeMention(start, match.end(), f"{hour:02d}:{minute:02d}", "clock", qualifier))
        taken.append(match.span())
    for match in cal.NOON.finditer(text):
        qualifier, start = _qualified(text, match.start())
        value = "00:00" if match.group("word").lower() == "midnight" else "12:00"
        found.append(TimeMention(start, match.end(), value, "clock", qualifier))
    for match in cal.PART_OF_DAY.finditer(text):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        part = match.group("part").lower()
        value = f"{match.group('edge').lower()} {part}" if match.group("edge") else part
        qualifier, start = _qualified(text, match.start())
        found.append(TimeMention(start, match.end(), value, "part_of_day", qualifier))
    return sorted(found, key=lambda t: t.start)
