"""Ratings: grade words handed out by a grading verb, and what they grade."""
import pytest

from compare.config import Config
from compare.extract import extract_claims
from compare.model import Source
from tests.conftest import claims_in


def ratings(body: str):
    return [(c.value, c.subject) for c in claims_in(body, "rating")]


@pytest.mark.parametrize("body, expected", [
    ("St Anne's primary school has been rated good by Ofsted.", [("good", "St Anne's primary school")]),
    ("The maternity unit was graded as \u2018requires improvement\u2019 by inspectors.",
     [("requires improvement", "The maternity unit")]),
    ("Inspectors found the care home \u201cinadequate\u201d and placed it in special measures.",
     [("inadequate", "the care home"), ("special measures", None)]),
    ("Its surgical services were judged to be outstanding.", [("outstanding", "Its surgical services")]),
    ("The hotel was awarded a five-star rating last year.", [("five-star", "The hotel")]),
])
def test_ratings(body, expected):
    assert ratings(body) == expected


@pytest.mark.parametrize("body", [
    "The striker had a good game and the crowd was in good voice.",
    "Staff said there was not adequate cover at weekends.",
    "It was an outstanding performance from the goalkeeper.",
    "The minister found good reasons to delay the vote.",
])
def test_ordinary_uses_of_grade_words_are_not_ratings(body):
    assert ratings(body) == []


def test_a_corpus_can_add_its_own_grades():
    text = "Bond rating\n\nThe agency rated the bonds AA+ after the budget."
    source = Source(id="s", path="s.txt", format="text", headline="Bond rating", text=text, body_start=13)
    claims = extract_claims(source, Config(grade_words=("AA+", "AA", "A")))
    assert [(c.kind, c.value) for c in claims if c.kind == "rating"] == [("rating", "aa+")]
