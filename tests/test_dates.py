"""Dates, ranges, durations and relative dates resolved against the publication date."""
import pytest

from tests.conftest import claims_in

MONDAY = "2018-01-29"


def dates(body: str, published: str | None = MONDAY):
    return [(c.text, c.value, c.extra["precision"]) for c in claims_in(body, "date", published)]


@pytest.mark.parametrize("body, expected", [
    ("The hearing is listed for Monday, January 29, 2018.", [("Monday, January 29, 2018", "2018-01-29", "day")]),
    ("He took charge in January 2015.", [("January 2015", "2015-01", "month")]),
    ("A November re-inspection found improvements.", [("November", "2017-11", "month")]),
    ("The sale will close in March.", [("March", "2018-03", "month")]),
    ("The council was reorganised in 2009.", [("2009", "2009", "year")]),
    ("Abuse took place between 1997 and 2013.", [("between 1997 and 2013", ["1997", "2013"], "year")]),
    ("He led the department from 2005 to 2010.", [("from 2005 to 2010", ["2005", "2010"], "year")]),
    ("It happened over a 16-year period.", [("16-year period", "P16Y", "duration")]),
    ("The club was relegated three years after its promotion.", [("three years after", "P3Y", "duration")]),
    ("The report was published today.", [("today", MONDAY, "day")]),
    ("Figures released this morning show a rise.", [("this morning", MONDAY, "day")]),
    ("The minister resigned last month.", [("last month", "2017-12", "month")]),
    ("Shares fell this week.", [("this week", ["2018-01-29", "2018-02-04"], "week")]),
    ("Prices rose earlier this year.", [("earlier this year", ["2018-01-01", MONDAY], "year")]),
    ("The festival returns this summer.", [("this summer", ["2018-06-01", "2018-08-31"], "season")]),
    ("The verdict was given on Friday.", [("on Friday", "2018-01-26", "day")]),
    ("The trial starts on 4 May.", [("4 May", "2018-05-04", "day")]),
    ("The mine closed 30 years ago.", [("30 years ago", "1988", "year")]),
])
def test_dates(body, expected):
    assert dates(body) == expected


def test_relative_dates_stay_unresolved_without_a_publication_date():
    [claim] = claims_in("The report was published on Friday.", "date", None)
    assert (claim.text, claim.value, claim.extra["resolved"]) == ("on Friday", None, False)


@pytest.mark.parametrize("body", [
    "You may want to check the timetable.",      # 'may' is not a month
    "Voters will march on the town hall.",        # nor is 'march'
    "The team scored 2013 points in the season.",  # a count, not a year
])
def test_not_dates(body):
    assert dates(body) == []


@pytest.mark.parametrize("body, expected", [
    # a weekday is the most recent such day on or before publication, the publication day included
    ("The council voted on Monday to close the library.", "2018-01-29"),
    ("Ministers met Thursday to discuss the budget.", "2018-01-25"),
    ("Pelosi told reporters Monday that the deal was dead.", "2018-01-29"),
    # a weekday in a clause about the future is the next such day, today included
    ("The hospital will announce its decision on Friday.", "2018-02-02"),
    ("On Wednesday, the Senate will hold a procedural vote.", "2018-01-31"),
    ("The club is due to name a new manager on Monday.", "2018-01-29"),
    ("Sunday's final is expected to sell out.", "2018-02-04"),
    # 'would' after the weekday reports speech; a verb of the past ends the future's reach
    ("The minister said Tuesday he would resign.", "2018-01-23"),
    ("On Friday the company said it will close two plants.", "2018-01-26"),
    # a date written beside the weekday wins
    ("The inquiry heard on Tuesday (23 January) that records were lost.", "2018-01-23"),
    ("Police were called on Saturday, January 27, to the flat.", "2018-01-27"),
    ("The match was played on Thursday (1 February).", "2018-02-01"),
    ("next Tuesday", "2018-01-30"),
    ("last Monday", "2018-01-22"),
])
def test_weekdays_resolve_to_the_day_the_clause_means(body, expected):
    values = [value for text, value, precision in dates(body) if precision == "day"]
    assert values[0] == expected
