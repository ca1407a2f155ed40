"""People, their roles and organisations; one key per person within a source."""
import pytest

from tests.conftest import claims_in


def people(body: str):
    return [(c.text, c.value, c.extra["role"]) for c in claims_in(body, "person")]


@pytest.mark.parametrize("body, expected", [
    ("Council leader Paul Lakin (Lab) welcomed the report.", [("Paul Lakin", "Paul Lakin", "Council leader")]),
    ("Steve Ashley, independent chair of the safeguarding board, said lessons had been learned.",
     [("Steve Ashley", "Steve Ashley", "independent chair of the safeguarding board")]),
    ("The trust's chief executive, Dana Reyes, apologised.",
     [("Dana Reyes", "Dana Reyes", "trust's chief executive")]),
    ("Shaun Wright, who was the councillor in charge of children's services, resigned.",
     [("Shaun Wright", "Shaun Wright", "councillor in charge of children's services")]),
    ("Detective Inspector Sam Cole led the inquiry.", [("Detective Inspector Sam Cole", "Sam Cole", None)]),
    ("The vote was held at Leeds Town Hall on a wet night.", []),
    ("North Yorkshire County Council approved the plan.", []),
])
def test_people(body, expected):
    assert people(body) == expected


def test_every_mention_of_one_person_shares_a_key_and_the_fullest_name():
    body = ("Coun Paul Lakin, cabinet member for children, spoke first. Cllr Lakin said the plan would work. "
            "Mr Lakin later left the meeting.")
    found = claims_in(body, "person")
    assert [c.text for c in found] == ["Coun Paul Lakin", "Cllr Lakin", "Mr Lakin"]
    assert {c.value for c in found} == {"Paul Lakin"} and len({c.extra["person"] for c in found}) == 1
    assert found[0].extra["role"] == "cabinet member for children"


def test_party_and_organisation():
    [person] = claims_in("Chief executive of Rotherham Council Sharon Kemp (Lab) said little.", "person")
    assert (person.value, person.extra["organisation"], person.extra["party"]) == (
        "Sharon Kemp", "Rotherham Council", "Lab")
