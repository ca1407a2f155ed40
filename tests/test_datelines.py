"""Datelines: a line that is only a date, in the forms news pages print."""
import datetime as dt

import pytest

from compare.datelines import parse_dateline


@pytest.mark.parametrize("line, expected", [
    ("Monday, January 29, 2018", dt.date(2018, 1, 29)),
    ("29 January 2018", dt.date(2018, 1, 29)),
    ("Updated 10:42 GMT, 3rd March 2021", dt.date(2021, 3, 3)),
    ("Published: 2019-11-05", dt.date(2019, 11, 5)),
    ("Sept. 4, 2020 | 5:30 pm", dt.date(2020, 9, 4)),
])
def test_datelines(line, expected):
    assert parse_dateline(line) == expected


@pytest.mark.parametrize("line", [
    "The hearing resumes on 4 May 2024.",   # a sentence, not a dateline
    "January 2015",                          # no day: never completed by guessing
    "31 February 2020",                      # not a date
    "Neil Puffett",
])
def test_not_datelines(line):
    assert parse_dateline(line) is None
