"""What happened to the things a figure counts: the verb (or noun) that governs it, by class.

'destroyed 200 homes' and '50 structures have been destroyed' count one thing; '250 homes are
still threatened' counts another, however alike the sentences. A figure's predicate is the class
of the nearest of these words in its clause, so two outlets that word one fact differently can
still be compared, and two facts worded alike are kept apart. Kept as data: a newsroom adds the
verbs its beat turns on (a class is a name and the phrases that say it).
"""
from __future__ import annotations

import re

COUNT_PREDICATES: dict[str, tuple[str, ...]] = {
    "killed": ("killed", "kills", "killing", "died", "dies", "dead", "deaths", "death toll", "fatalities", "perished",
               "lost their lives", "were slain", "murdered", "death of", "deaths of"),
    "injured": ("injured", "injuring", "wounded", "wounding", "hurt", "injuries"),
    "destroyed": ("destroyed", "destroying", "destroys", "razed", "levelled", "leveled", "flattened", "gutted",
                  "burned", "burnt", "burned down", "burnt down", "wiped out", "reduced to rubble", "demolished"),
    "damaged": ("damaged", "damaging"),
    "threatened": ("threatened", "threatening", "threatens", "at risk", "in danger", "endangered", "under threat"),
    "evacuated": ("evacuated", "evacuation", "evacuations", "evacuate", "fled", "fleeing", "forced from",
                  "displaced", "ordered to leave"),
    "arrested": ("arrested", "arrests", "detained", "detentions", "taken into custody", "rounded up"),
    "charged": ("charged", "indicted", "prosecuted", "accused"),
    "convicted": ("convicted", "found guilty", "sentenced", "jailed", "imprisoned"),
    "monitored": ("monitored", "monitoring", "being watched", "under observation", "quarantined", "in quarantine",
                  "isolated", "tracked", "traced"),
    "tested": ("tested", "testing", "screened", "examined"),
    "infected": ("infected", "tested positive", "diagnosed", "sickened", "contracted"),
    "protected": ("protected", "protects", "protecting", "shielded", "shields", "covered by", "enrolled"),
    "employed": ("employs", "employed", "employing", "jobs", "workforce", "hired", "hiring"),
    "cut": ("cut", "cuts", "laid off", "layoffs", "lay off", "axed", "shed", "redundancies", "redundant"),
    "attacked": ("attacked", "stormed", "carried out by", "opened fire", "raided"),
    "rescued": ("rescued", "saved", "freed", "released"),
    "missing": ("missing", "unaccounted for", "disappeared", "vanished"),
    "voted": ("voted", "votes", "ballots", "backed", "supported"),
    "attended": ("attended", "gathered", "turned out", "marched", "rallied", "protested", "crowd of"),
}
"""Classes of what happened to what a figure counts."""

UNIT_PREDICATES: dict[str, str] = {
    "deaths": "killed", "dead": "killed", "fatalities": "killed", "bodies": "killed",
    "injuries": "injured", "wounded": "injured", "arrests": "arrested",
    "detainees": "arrested", "infections": "infected", "evacuees": "evacuated",
    "layoffs": "cut", "redundancies": "cut", "protesters": "attended",
    "demonstrators": "attended", "attendees": "attended", "inhabitants": "population",
}
"""A counted noun that says what happened when no verb does: '12 dead', '4,493 Ebola deaths'."""

SUBJECT_PREDICATES: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"\b(?:new|confirmed|suspected|reported|positive|active)\b.*\bcases\b", re.IGNORECASE), "infected"),
)
"""A counted phrase that says it: '10,000 new Ebola cases' are infections; 'three cases' before a court
are not."""

EXTENT_PREDICATE = "extent"
EXTENT_WORDS = ("spans", "spanned", "spread", "spreading", "grew", "grown", "grows", "burned", "burnt", "burning",
                "charred", "scorched", "consumed", "blackened", "covers", "covering", "covered", "engulfed",
                "size of", "acre fire", "hectare fire")
"""An area (acres, hectares) in a story about a fire, a flood or a spill: how large it has become."""

POPULATION_PREDICATE = "population"
POPULATION = re.compile(
    r"\b(?:town|city|village|community|hamlet|suburb|borough|county|island|nation|country|state|district|"
    r"municipality|neighbou?rhood|enclave|settlement)\s+of\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|"
    r"almost\s+|more\s+than\s+|fewer\s+than\s+|just\s+over\s+|just\s+under\s+|only\s+|just\s+)?$"
    r"|\b(?:population\s+of|home\s+to)\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+|"
    r"more\s+than\s+|over\s+)?$", re.IGNORECASE)
"""'Yarnell, a town of about 700 residents', 'a city of 2 million', 'population of 12,000'."""

RECORD_PREDICATE = "record"
RECORD = re.compile(
    r"\b(?:deadliest|worst|largest|biggest|highest|lowest|strongest|weakest|fewest|slowest|fastest|longest|"
    r"shortest|hottest|coldest|wettest|driest|busiest|bloodiest|costliest|greatest|heaviest|sharpest|steepest)\b"
    r"(?P<what>(?:\s+\S+){0,6}?)\s+(?:in|since|for)\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|almost\s+|"
    r"about\s+|over\s+|some\s+)?(?:a\s+|the\s+)?$", re.IGNORECASE)
"""A span of time after a superlative: 'the deadliest attack in at least two decades', 'the worst
in a half century'. Two outlets' spans measure one record when their superlative is the same
('deadliest'); 'first' and 'most' say too little of what is measured."""

MODALS = re.compile(
    r"\b(?:might|could|may|would|should)\b(?:\s+(?:have|be|not|still|eventually|soon|yet))*\s*(?:been\s+)?$"
    r"|\b(?:expected|projected|predicted|forecast|feared|likely|set|due)\s+to\s+(?:be\s+|have\s+)?$",
    re.IGNORECASE)
"""Words before a predicate that make its figure a possibility, not a fact: 'as many as 250 structures
might have been destroyed'. A possibility is compared only with another possibility."""

CLAUSE_BREAK = re.compile(r"[;:()\u2014\u2013\"\u201c\u201d]|,\s|\s-\s")
"""Where a clause ends: a figure's predicate is looked for between these, no further."""
APPOSITIVE = re.compile(r"\s*(?:who|which|whose|[a-z]+ing|[a-z]+ed|armed|dressed|clad|aged|both|all|each|many|"
                        r"most|some|none|including|among)\b")
"""A phrase set off by commas after a counted noun ('the three gunmen, wearing hoods, stormed the
offices'): the predicate is looked for past it."""
BREAK_BEFORE = re.compile(CLAUSE_BREAK.pattern + r"|\b(?:and|or|but)\b")
"""...and, looking back, at a conjunction: in 'destroyed 200 homes and forced 3,000 people from their
homes' nothing was destroyed of the people."""

REACH_BEFORE = 5
REACH_AFTER = 8
"""Words looked at either side of a figure for its predicate: 'destroyed 200 homes', '4,493 people
are confirmed to have died'."""

PARTIAL = re.compile(r"^(?:other|more|additional|another|further|remaining|extra|fellow)\b", re.IGNORECASE)
"""A counted phrase that is part of a larger count: 'Berry and two other women' counts two of three."""

ALSO = re.compile(r"\b(?:also|too|as\s+well)\b", re.IGNORECASE)
"""After a count, a word that adds it to another ('five witnesses also scheduled'): a part..."""
OTHER_BEFORE = re.compile(r"\b(?:other|another|remaining|additional|further)\s*$", re.IGNORECASE)
"""...and so is a count after 'the other' ('the other 37 states')."""

YEAR = re.compile(r"\b(?:in|since|of|from|during|by)\s+(1[89]\d\d|20\d\d)\b")
"""A year in a figure's clause: 'two men arrested ... in 2004' counts what happened then, not now."""

HAPPENINGS: dict[str, tuple[str, ...]] = {
    "attack": ("attack", "attacked", "attacks", "stormed", "storming", "shooting", "opened fire", "rampage",
               "raid", "raided", "bombing", "bombed", "explosion", "blast", "assault", "massacre", "gunfire"),
    "death": ("killed", "died", "dies", "dead", "death", "deaths", "perished", "wiped out", "lost their lives",
              "were lost", "fatal", "killing"),
    "fire": ("broke out", "sparked", "ignited", "erupted", "caught fire", "went up in flames"),
    "departure": ("resigned", "resign", "resigns", "resignation", "retire", "retired", "retires", "retirement",
                  "quit", "quits", "step down", "stepped down", "steps down", "stepping down", "fired", "sacked",
                  "ousted", "dismissed", "departure", "leave office", "left office", "term ends", "term expires"),
    "decision": ("rejected", "rejects", "refused to hear", "declined to hear", "denied", "upheld", "struck down",
                 "ruled", "ruling", "overturned", "verdict", "approved", "voted"),
    "arrest": ("arrested", "arrest", "detained", "detention", "charged", "indicted", "convicted", "sentenced",
               "surrendered", "taken into custody"),
    "announcement": ("announced", "announces", "announcement", "unveiled", "declared", "confirmed"),
    "closure": ("close", "closes", "closed", "closing", "closure", "shut", "shuts", "shut down", "shutdown",
                "expire", "expires"),
    "opening": ("opens", "opened", "launched", "launches", "began", "begins", "started", "starts"),
    "found": ("found", "discovered", "rescued", "escaped", "freed", "located"),
    "disappearance": ("disappeared", "vanished", "went missing", "abducted", "kidnapped", "taken"),
}
"""What a date or a time in a story says happened then: two outlets' times of one happening are
compared ('the disaster Sunday afternoon', 'late Sunday evening, 19 ... were killed'). A newsroom adds
the happenings its beat turns on."""

OCCASIONS = ("speech", "address", "conference", "briefing", "news conference", "press conference", "interview",
             "vigil", "meeting", "session", "statement", "ceremony", "service", "rally", "broadcast", "update",
             "edition", "show", "call", "visit", "flight", "hearing", "prayer", "march", "tweet", "post",
             "closed doors", "behind closed doors",
             # the verbs of saying: 'told reporters Thursday eight men had been arrested' times the telling
             "said", "says", "told", "tells", "claimed", "claims", "called", "blamed", "argued", "added", "wrote",
             "tweeted", "stated", "warned", "insisted", "noted", "explained", "testified", "reported", "asked",
             "urged", "praised", "criticized", "criticised", "defended", "acknowledged", "denied", "responded")
"""Nouns that a time can belong to instead: 'said at a news conference Sunday evening', 'an evening
vigil'. The nearest of these or of a happening decides what the time is the time of."""

COMPETING_VERB = re.compile(r"^[a-z]{3,}ed$")
"""A verb in the past nearer a time than any happening takes the time ('ordered medical checks Tuesday
after the boy died'), unless the time opens the sentence and so times its main clause."""

SUBORDINATE = re.compile(r"\b(?:after|before|following|since|because|while|until|although|though|unless|once)\b",
                         re.IGNORECASE)
"""Looking on from a time, a clause it does not time begins here: in 'ordered checks Tuesday after the
boy died' the death is another day's."""

IRREGULAR_PAST = frozenset("""
set held met sent made took gave put won lost went came saw ran left kept brought got spoke wrote told said
paid sold bought thought felt found became stood led heard meant swept drew threw rose fell grew began broke
""".split())
"""Verbs in the past without '-ed' that, nearer a time than any happening, take it: 'a judge on Monday
set bail in the killing case'."""

HAPPENING_REACH = 20
"""Words either side of a time, within its clause, looked at for what happened then, when the time
opens or closes its sentence and so times the main clause ('Late Sunday evening, 19 were killed')."""
HAPPENING_NEAR = 6
"""...and when it stands inside the sentence, where a farther verb is another clause's."""

HAPPENING_SHARED_WORDS = 2
"""Other words two clauses must share for their times to be of one happening ('the crew', 'Paris
newspaper'): one word in common is every story of a day."""


RATE = re.compile(r"\s*(?:(?:per|a|an|each|every)\s+(second|minute|hour|day|week|fortnight|month|quarter|year)"
                  r"|(hourly|daily|nightly|weekly|monthly|quarterly|yearly|annually))\b", re.IGNORECASE)
RATE_ADVERBS = {"hourly": "hour", "daily": "day", "nightly": "day", "weekly": "week", "monthly": "month",
                "quarterly": "quarter", "yearly": "year", "annually": "year"}
"""'10,000 new cases per week', '£40 a day': a rate, never the same figure as a total of the same number."""

PLANNED = re.compile(r"\b(?:will|would|shall|should|must|'ll|could|might|may|expected\s+to|set\s+to|due\s+to|scheduled|"
                     r"planned|plans?\s+to|going\s+to|is\s+to|are\s+to)\b", re.IGNORECASE)
"""A clause of what is to come or may be ('the announcement would come on Wednesday'): its time is
a plan's, not a happening's, and two plans are not two accounts of what happened."""

CAPTION = re.compile(r"\bHide Caption\b|\bPhotos?:|\(AP Photo|\bPhotograph:|\bImage:|\bCredit:|\bPictured:",
                     re.IGNORECASE)
"""A photograph's caption gives the day the picture was taken, not the day of what it shows."""

ANOTHER = re.compile(r"\b(?:another|a\s+second|a\s+separate|a\s+different|other)\b", re.IGNORECASE)
"""Beside a happening, a word that makes it another instance ('another judge ruled Tuesday'): its time
is not the story's happening's."""

RATE_NEARBY = re.compile(r"\b(?:per|each|every|a|an)\s+(?:second|minute|hour|day|week|fortnight|month|quarter|year)\b"
                         r"|\b(?:hourly|daily|nightly|weekly|monthly|quarterly|yearly|annually|annual)\b", re.IGNORECASE)
"""A rate said elsewhere in a figure's clause ('1,010 immigrants were deported every day', 'an annual
threshold of 25 guns'): the figure may be a rate though none follows it, so it is not set against one."""
