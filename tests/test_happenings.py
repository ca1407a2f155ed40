"""What a date or a time is the time of: the happening of its clause, or an occasion, or nothing."""
import pytest

from tests.conftest import claims_in


def happening(body: str, text: str):
    [claim] = [c for c in claims_in(body, "time") if c.text == text]
    return claim.extra["happening"]


@pytest.mark.parametrize("body, text, expected", [
    ("The disaster Sunday afternoon all but wiped out the 20-member crew.", "Sunday afternoon", ["death"]),
    # a time that opens the sentence belongs to its main clause, past the comma
    ("Late Sunday evening, 19 crew members were killed as they fought the fire.", "Late Sunday evening", ["death"]),
    ("Just before noon, masked men attacked the newspaper's office.", "Just before noon", ["attack"]),
    # a time written onto a noun is that noun's
    ("There was no claim of responsibility for the midday attack.", "midday", ["attack"]),
    ("Thousands gathered for an evening vigil for the victims of the attack.", "evening", []),
    # an occasion nearer than the happening takes the time
    ("The chief, whose crew was killed, spoke at a news conference on Sunday evening.", "Sunday evening", []),
    # business, courts, local government
    ("The chief executive resigned on Tuesday morning after the vote.", "Tuesday morning", ["departure"]),
    ("The suspect was arrested shortly after 3pm near the station.", "shortly after 3pm", ["arrest"]),
    ("The council announced the closure at 11am.", "11am", ["announcement", "closure"]),
    # a verb of saying takes the time; so does a nearer verb, and a clause after 'after' is another time's
    ("The chief constable told reporters on Thursday evening that eight men had been arrested.",
     "Thursday evening", []),
    ("The agency ordered medical checks on Tuesday morning after a boy died in its custody.", "Tuesday morning", []),
    ("The agency acted following the death of a boy late Monday evening.", "late Monday evening", ["death"]),
    # a request for an act is not the act
    ("The president asked the secretary to step down on Friday afternoon.", "Friday afternoon", []),
])
def test_what_a_time_is_the_time_of(body, text, expected):
    assert happening(body, text) == expected


def test_a_clause_initial_date_after_a_comma_is_not_the_sentences_time():
    """'A woman holds a pencil Sunday, January 11, showing solidarity for the people who were killed':
    the date is the photograph's, not the killing's."""
    [date] = [c for c in claims_in("A woman holds a pencil Sunday, January 11, showing solidarity for the 12 people "
                                   "who were killed last week.", "date", published="2015-01-12")
              if c.text == "January 11"]
    assert date.extra["happening"] == []
