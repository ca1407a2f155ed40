"""Reading a full calendar date written out in words or ISO form.

Only a date with day, month and year is ever returned: a publication date is
never completed by guessing.
"""
from __future__ import annotations

import datetime as dt
import re

from .rules.calendar import DATELINE_NOISE, FULL_DATE, MONTHS


def date_of(match: re.Match) -> dt.date | None:
    g = match.groupdict()
    try:
        if g.get("iso"):
            return dt.date.fromisoformat(g["iso"])
        if g.get("day1"):
            return dt.date(int(g["year1"]), MONTHS[g["month"].lower()], int(g["day1"]))
        return dt.date(int(g["year2"]), MONTHS[g["month2"].lower()], int(g["day2"]))
    except (ValueError, KeyError):
        return None


def parse_dateline(line: str) -> dt.date | None:
    """The date of a line that is nothing but a date (with 'Updated', a time and such)."""
    match = FULL_DATE.search(line)
    if not match:
        return None
    rest = line[:match.start()] + " " + line[match.end():]
    if DATELINE_NOISE.sub(" ", rest).strip():
        return None
    return date_of(match)
