"""Quotations and their speakers, on copy from courts, health, sport, business and politics."""
import pytest

from tests.conftest import claims_in


def quotes(body: str):
    return [(c.text, c.speaker) for c in claims_in(body, "quote")]


@pytest.mark.parametrize("body, expected", [
    # '…," X said'
    ("\u201cWe are shocked by the verdict,\u201d said Karen Hill, the victim's mother.",
     [("We are shocked by the verdict", "Karen Hill")]),
    # 'X said: "…"' and a pronoun in the next quote
    ("Judge Helen Ross said: \u201cYou preyed on the vulnerable.\u201d\n\n"
     "\u201cThis was a cruel fraud,\u201d she added.",
     [("You preyed on the vulnerable.", "Helen Ross"), ("This was a cruel fraud", "Helen Ross")]),
    # surname alone resolves to the full name; straight quotes
    ('Manager Tom Price was delighted. "We deserved the win," Price said.',
     [("We deserved the win", "Tom Price")]),
    # role in apposition before 'said'
    ("Dr Amira Khan, medical director of the trust, said the figures were \u201cdeeply worrying\u201d.",
     [("deeply worrying", "Amira Khan")]),
    # an organisation and its descriptor are one speaker
    ("A Care Quality Commission report found staff shortages. \u201cPatients waited too long for pain relief,\u201d"
     " the regulator said.",
     [("Patients waited too long for pain relief", "Care Quality Commission")]),
    # 'It says:' resolves to the document
    ("The report criticised the board. It says: \u201cGovernance was weak.\u201d",
     [("Governance was weak.", "the report")]),
    # British single quotes, with apostrophes that are not quotes
    ("The club\u2019s chairman said the decision was \u2018a disgrace\u2019 and that fans\u2019 anger was "
     "\u2018completely understandable\u2019.",
     [("a disgrace", "the club's chairman"), ("completely understandable", "the club's chairman")]),
    # a closing glyph used as an opener
    ("MPs accused the regulator of failing to \u2019lift the lid\u2019 on the scandal.",
     [("lift the lid", None)]),
    # participle: the sentence's subject speaks
    ("A review by Sir Mark Elliott criticised the bank, saying its culture was \u201cnot fit for purpose\u201d.",
     [("not fit for purpose", "Mark Elliott")]),
    # a caption quoting its subject
    ("Candidate Lucy Ward: \u201cThis is a vote for change.\u201d\n\nLucy Ward won by 212 votes.",
     [("This is a vote for change.", "Lucy Ward")]),
    # 'according to'
    ("Sales were \u201cdisappointing\u201d, according to chief executive Omar Said.",
     [("disappointing", "Omar Said")]),
])
def test_quotes_and_speakers(body, expected):
    assert quotes(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a second quotation straight after an attributed one is the same voice
    ('"Prices are scary," said Kathy Ellis, an analyst at UBS. "Nobody knows what comes next."',
     [("Prices are scary", "Kathy Ellis"), ("Nobody knows what comes next.", "Kathy Ellis")]),
    # the attribution after a quotation of several sentences
    ("\u201cWe do not have the most cases. China has more. It is a big country,\u201d Trump said on Friday.",
     [("We do not have the most cases. China has more. It is a big country", "Trump")]),
    # a title inside a run of capitals, and initials
    ("\u201cWe got no help,\u201d Illinois Governor J.B. Pritzker said at a briefing.",
     [("We got no help", "J.B. Pritzker")]),
    # after 'said', a person wins over the organisation named before them
    ("\u201cThere was no collusion,\u201d said White House press secretary Kayleigh McEnany.",
     [("There was no collusion", "Kayleigh McEnany")]),
    # a capitalised apposition does not take the speaker's place
    ("Senate leader Kevin McCarthy, California Republican, told reporters \u201cthese attacks must stop now\u201d.",
     [("these attacks must stop now", "Kevin McCarthy")]),
    # a name inside a quotation is not the antecedent of 'she'
    ("Spokeswoman Ann Lee defended the pardon. She said, \u201cRoger Stone has suffered greatly.\u201d\n\n"
     "\u201cHe is a 67-year-old man,\u201d she said.",
     [("Roger Stone has suffered greatly.", "Ann Lee"), ("He is a 67-year-old man", "Ann Lee")]),
    # someone described but not named
    ("\u201cWe came to commemorate,\u201d the 92-year-old civil rights leader said.",
     [("We came to commemorate", "the 92-year-old civil rights leader")]),
])
def test_speakers_in_wire_copy(body, expected):
    assert quotes(body) == expected


def test_a_quote_over_several_paragraphs_keeps_its_speaker():
    body = ("Council leader Ann Moss said: \u201cThis budget protects front-line services.\n\n"
            "\u201cWe have had to make hard choices.\n\n"
            "\u201cBut libraries will stay open.\u201d\n\n"
            "The budget passed by 40 votes to 12.")
    found = claims_in(body, "quote")
    assert [(c.text, c.speaker) for c in found] == [
        ("This budget protects front-line services.", "Ann Moss"),
        ("We have had to make hard choices.", "Ann Moss"),
        ("But libraries will stay open.", "Ann Moss"),
    ]
    assert len({c.extra["quote"] for c in found}) == 1


def test_a_paragraph_that_is_only_a_quote_continues_the_previous_speaker():
    body = ("\u201cThe ward is safe,\u201d the hospital's chief nurse, Jo Patel, said.\n\n"
            "\u201cWe have recruited 40 nurses since the spring.\u201d")
    assert [c.speaker for c in claims_in(body, "quote")] == ["Jo Patel", "Jo Patel"]


def test_short_quotes_are_marked_as_terms():
    found = claims_in("Inspectors rated the school \u2018inadequate\u2019 and called leadership "
                      "\u201cweak and ineffective in every respect\u201d.", "quote")
    assert [(c.text, c.extra["short"]) for c in found] == [
        ("inadequate", True), ("weak and ineffective in every respect", False)]


@pytest.mark.parametrize("body", [
    "It\u2019s the council\u2019s third budget in a row and the leaders\u2019 last.",
    "Rock'n'roll fans queued from 6am for the 'Sixties revival night.",
    "The 1990s were a decade of change.",
])
def test_no_quotes_in_apostrophes(body):
    assert quotes(body) == []
