"""What actors did, by the verbs news turns on: a class, and within it the act, told in its forms.

A statement claim is one sentence's act: who (the actor), what (the act of a class), when (past,
present, future) and how sure ('will', 'may', 'is expected to'). Two outlets that give one actor two
acts of a class ('resigned', 'will retire'; 'arrested', 'detained'; 'rejected', 'refused to hear')
or one act at two degrees of certainty are shown. Kept as data: a newsroom adds the acts of its beat
(a class, an act, the forms that say it).
"""
from __future__ import annotations

import re

ACTS: dict[str, dict[str, tuple[str, ...]]] = {
    # acts that say one thing in other words are one act: 'resigned', 'stepped down' and 'quit'
    "departure": {
        "resign": ("resign", "resigns", "resigned", "resigning", "has resigned", "will resign", "quit", "quits",
                   "quitting", "step down", "steps down", "stepped down", "stepping down"),
        "retire": ("retire", "retires", "retired", "retiring"),
        "be fired": ("was fired", "been fired", "be fired", "was sacked", "been sacked", "was dismissed",
                     "was ousted", "was forced out", "were fired", "were sacked"),
    },
    "court decision": {
        "reject": ("rejected", "rejects", "reject", "rejecting"),
        "refuse to hear": ("refused to hear", "refuses to hear", "declined to hear", "declines to hear",
                           "refused to take up", "declined to take up", "declined to review", "refused to review"),
        "uphold": ("upheld", "upholds", "uphold"),
        "strike down": ("struck down", "strikes down", "strike down"),
        "overturn": ("overturned", "overturns", "overturn", "reversed"),
    },
    "arrest": {
        "arrest": ("arrested", "arrests", "arrest", "under arrest", "in custody", "taken into custody"),
        "detain": ("detained", "detains", "detain", "held for questioning"),
    },
    "charge": {
        "charge": ("charged", "charges", "charge"),
        "indict": ("indicted", "indicts", "indict"),
    },
    # 'denied' and 'admitted' are said of a matter each time ('denied the affairs', 'admitted paying'),
    # not of the press: they are left out
    "response": {
        "decline to comment": ("declined to comment", "declines to comment", "refused to comment",
                               "would not comment", "did not comment", "no comment"),
        "not respond": ("did not respond", "didn't respond", "has not responded", "hasn't responded",
                        "did not return", "didn't return", "could not be reached"),
    },
    "telling": {
        "tell": ("told",),
    },
}
"""Classes of acts, each act with the forms that say it."""

FUTURE = re.compile(r"\b(?:will|shall|'ll|is\s+to|are\s+to|plans?\s+to|intends?\s+to|is\s+set\s+to|is\s+due\s+to|"
                    r"is\s+going\s+to|are\s+going\s+to)\s+(?:\w+\s+)?$", re.IGNORECASE)
POSSIBLE = re.compile(r"(?:\b(?:may|might|could|would|is\s+expected\s+to|are\s+expected\s+to|is\s+likely\s+to|"
                      r"are\s+likely\s+to|is\s+poised\s+to|considering|threatened\s+to|reportedly)\s+(?:\w+\s+)?"
                      r"|\bif\s+(?:\w+\s+){0,2}|(?<!\bis\s)(?<!\bare\s)\bto\s+(?:be\s+)?)$", re.IGNORECASE)
NEGATED = re.compile(r"\b(?:not|never|n't|no)\s+(?:\w+\s+)?$", re.IGNORECASE)
"""Before an act, what makes it to come ('will retire'), only possible ('is expected to resign', 'if he
quits', 'called for him to resign') or not done ('did not resign', which is no act of departure). A
possibility is never set against an act: calls to resign are not a resignation."""

NOT_AN_ACT_AFTER = re.compile(r"\s+that\b", re.IGNORECASE)
"""'charged that the committee had become a filter' is a way of saying, not a charge."""

SAME_MATTER_WORDS = 2
"""Words (besides the actor's name and the act) two outlets' sentences must share for their acts to be
one matter: 'denied the affairs' and 'admitted paying the women' are two."""

ACTOR_REACH = 60
"""Characters before an act in which its actor (a named person or body) is looked for."""
ACTOR_GAP = re.compile(r"^(?:\s*,[^,]{0,60},)?\s*,?\s*(?:(?:has|have|had|was|were|is|are|will|would|may|might|"
                       r"could|also|then|later|not|to|be|been|being|expected|set|due|likely|going|plans?|who|"
                       r"reportedly|on\s+\w+|\w+ly)\s+){0,4}$", re.IGNORECASE)
"""What may stand between an actor and its act: an appositive set off by commas, auxiliaries, an
adverb, a day. Anything else, and the name is not the act's subject ('Marine Gen. Jim Jones, who
retired' is Jones's act, not Donilon's)."""

COURTS = re.compile(r"\b(?:court|courts|judge|judges|justices|tribunal|panel)\b", re.IGNORECASE)
"""A court decision is a court's: an accord 'rejected' by a president is no ruling."""

RECIPIENT = re.compile(r"\s+(?P<recipient>(?:[A-Z][\w&.'\u2019-]*|\d+)(?:\s+(?:[A-Z][\w&.'\u2019-]*|\d+)){0,3})\b")
"""Whom an actor told: 'told WEWS-TV', 'told Fox 8', 'told The Associated Press'."""

CONTENT_WORDS = 12
"""Words after a telling compared to decide two outlets report one account ('he heard screaming')."""

SAME_ACCOUNT_WORDS = 2
"""Content words two tellings must share to be one account credited to two interviews."""
SAME_RECIPIENT = 80
"""How alike two recipients' names must be to be one outlet ('WEWS-TV', 'WEWS')."""
