"""Statements: what a named actor did, by class of act, with tense and certainty."""
import pytest

from tests.conftest import claims_in


def statements(body: str):
    return [(c.value, c.subject, c.extra["class"], c.extra["mood"]) for c in claims_in(body, "statement")]


@pytest.mark.parametrize("body, expected", [
    ("Chief executive Jane Okoro resigned on Monday.", [("resign", "Jane Okoro", "departure", "done")]),
    ("Chief executive Jane Okoro will retire in June.", [("retire", "Jane Okoro", "departure", "to come")]),
    ("Chief executive Jane Okoro is expected to step down.", [("resign", "Jane Okoro", "departure", "possible")]),
    ("The board called for Jane Okoro to resign.", [("resign", "Jane Okoro", "departure", "possible")]),
    ("Jane Okoro did not resign.", []),                                      # not done is no act
    ("The Supreme Court on Monday rejected the appeal.", [("reject", "Supreme Court", "court decision", "done")]),
    ("The Supreme Court refused to hear the case.", [("refuse to hear", "Supreme Court", "court decision", "done")]),
    ("Mayor Tom Reed declined to comment.", [("decline to comment", "Tom Reed", "response", "done")]),
    ("Senator Doug Collins charged that the committee had failed.", []),    # a way of saying, no charge
    ("President Donald Trump rejected the trade accord.", []),               # a ruling is a court's
    # the act of the name it belongs to, not of a name further back
    ("Tom Donilon replaces Marine Gen. Jim Jones, who retired in 2010.", [("retire", "Jim Jones", "departure", "done")]),
    ("Tom Donilon praised the general and the staff who retired.", []),
])
def test_acts_of_named_actors(body, expected):
    assert statements(body) == expected


def test_a_telling_names_whom_it_was_told_to():
    [claim] = claims_in("A neighbour, Charles Ramsey, told WEWS-TV he heard screaming.", "statement")
    assert claim.extra["recipient"] == "WEWS-TV" and {"heard", "screaming"} <= set(claim.extra["content"])


def test_telling_reporters_names_no_outlet():
    assert claims_in("Charles Ramsey told reporters he heard screaming.", "statement") == []
