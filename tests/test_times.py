"""Times of day: clock times and parts of the day, with how exactly the source places them."""
import pytest

from tests.conftest import claims_in


def times(body: str):
    return [(c.text, c.value, c.qualifier, c.extra["precision"]) for c in claims_in(body, "time")]


@pytest.mark.parametrize("body, expected", [
    ("Polls close at 10 p.m. on Thursday.", [("10 p.m.", "22:00", "exact", "clock")]),
    ("Results are due by 2am.", [("by 2am", "02:00", "upper_bound", "clock")]),
    ("Doors open at 7.30pm.", [("7.30pm", "19:30", "exact", "clock")]),
    ("The blast happened at 17:30 GMT.", [("17:30", "17:30", "exact", "clock")]),
    ("The attack began just before noon on Wednesday.", [("just before noon", "12:00", "upper_bound", "clock")]),
    ("The fire crossed the road around midnight.", [("around midnight", "00:00", "approximate", "clock")]),
    ("The crew members were killed late Sunday evening.",
     [("late Sunday evening", "late evening", "exact", "part_of_day")]),
    ("The disaster happened Sunday afternoon.", [("Sunday afternoon", "afternoon", "exact", "part_of_day")]),
    # not times: a score, a lap time, a company's name
    ("United led 2-1 at 90 minutes.", []),
    ("He lapped the circuit in 1:36.6.", []),
    ("A.M. Best raised the insurer's rating.", []),
])
def test_times_of_day(body, expected):
    assert times(body) == expected


def test_a_time_is_no_figure():
    assert [c.text for c in claims_in("Polls close at 10 p.m. and 7.30pm is the deadline.", "figure")] == []
