"""Words for numbers, their multipliers, and the qualifiers and hedges around them."""
import re

I = re.IGNORECASE

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
SUFFIX_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mil": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
                 "tn": 1_000_000_000_000, "million": 1_000_000, "billion": 1_000_000_000,
                 "trillion": 1_000_000_000_000, "thousand": 1_000}
# 'hundreds of', 'dozens of': a vague quantity, reported as an approximate range from the word's
# floor to ten times it (the convention of the NewsQuant annotations: 'thousands' is 1,000 to 10,000).
VAGUE = {"dozens": (12, 120), "scores": (20, 200), "hundreds": (100, 1_000), "thousands": (1_000, 10_000),
         "tens of thousands": (10_000, 100_000), "hundreds of thousands": (100_000, 1_000_000),
         "millions": (1_000_000, 10_000_000), "tens of millions": (10_000_000, 100_000_000),
         "hundreds of millions": (100_000_000, 1_000_000_000), "billions": (1_000_000_000, 10_000_000_000)}
VAGUE_PHRASE = re.compile(r"^(?:some\s+|many\s+)?(?:" + "|".join(sorted(VAGUE, key=len, reverse=True)) + r")\s+of\b", I)
FIXED = {"a dozen": 12, "half a dozen": 6, "a hundred": 100, "a thousand": 1_000, "a million": 1_000_000,
         "a billion": 1_000_000_000, "a couple of": 2, "a pair of": 2, "a score of": 20}

CURRENCIES = {"£": "GBP", "$": "USD", "€": "EUR", "US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
              "NZ$": "NZD", "HK$": "HKD", "¥": "JPY", "₹": "INR", "USD": "USD", "GBP": "GBP", "EUR": "EUR",
              "AUD": "AUD", "CAD": "CAD", "RM": "MYR", "Rs": "INR", "Rs.": "INR", "$US": "USD", "$A": "AUD", "S$": "SGD", "INR": "INR",
              "PS": "GBP"}  # 'PS2.7m': a pound sign that a text converter spelled out
# Words ending in 's' that are no plural noun: 'founded in 2012 as a firm' holds a year, not 2,012 of something.
NOT_PLURALS = {"is", "was", "has", "does", "his", "its", "this", "thus", "as", "us", "yes", "plus", "less", "unless",
               "across", "whereas", "versus"}
CURRENCY_WORDS = {"pounds": "GBP", "pound": "GBP", "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
                  "pence": "GBP", "p": "GBP", "cents": "USD"}

# Longest first: 'no more than' must win over 'more than'.
QUALIFIERS = {
    "lower_bound": ["no fewer than", "no less than", "not less than", "in excess of", "more than", "greater than",
                    "upwards of", "at least", "a minimum of", "just over", "well over", "over", "above",
                    "exceeding", "north of", "beyond"],
    "upper_bound": ["no more than", "not more than", "as many as", "as much as", "a maximum of", "fewer than",
                    "less than", "just under", "up to", "at most", "under", "below"],
    "approximate": ["an estimated", "approximately", "roughly", "around", "about", "nearly", "almost", "some",
                    "close to", "circa", "more or less", "an average of", "on average", "estimated", "c."],
}
QUALIFIER_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\u2018\u201c\"']))(" + "|".join(
        re.escape(q) for q in sorted((q for qs in QUALIFIERS.values() for q in qs), key=len, reverse=True))
    + r")\s+$", I)
# 'revised up to 3%', 'rose up to 40': after a verb of movement 'up to' says where a number went, not a bound.
MOVED_UP_TO = re.compile(
    r"\b(?:revised|raised|rose|risen|climbed|jumped|increased|went|moved|bumped|pushed|shot|soared|edged|ticked|"
    r"crept|inched|stepped|ramped|scaled|marked|trended)\s+$", I)
# A comparative under a negation a few words before it is the other bound: 'shouldn't be sentenced to
# less than 28 years' is at least 28.
NEGATION = re.compile(r"(?:\b(?:not|never|no)\b|n['’]t\b)(?:\s+\S+){0,4}\s*$", I)
NEGATED = {"lower_bound": "upper_bound", "upper_bound": "lower_bound"}
COMPARATIVES = {"less than", "fewer than", "more than", "greater than", "under", "over", "below", "above"}
QUALIFIER_KIND = {q: kind for kind, qs in QUALIFIERS.items() for q in qs}
QUALIFIER_AFTER = re.compile(r"^\s*(or so|or more|or fewer|or less|plus)\b", I)
QUALIFIER_AFTER_KIND = {"or so": "approximate", "or more": "lower_bound", "plus": "lower_bound",
                        "or fewer": "upper_bound", "or less": "upper_bound"}

# Verbs that hedge where a figure comes from; they are reported apart from the qualifier.
# Hedges that make a figure an estimate (`said` and `reported` only say who gives it).
ESTIMATES = {"suggested", "suggests", "suggest", "estimated", "estimates", "estimate", "claimed", "claims", "alleged",
             "alleges", "believed", "thought", "projected", "predicted", "forecast", "calculated"}
HEDGES = re.compile(
    r"\b(suggested|suggests|suggest|estimated|estimates|estimate|found|finds|claimed|claims|alleged|alleges|"
    r"believed|thought|reported|reports|said|says|projected|predicted|forecast|calculated|revealed)\b", I)

# Words after a number that say it is a time of day, a date or a rank rather than a count.
NOT_A_COUNT_AFTER = re.compile(
    r"^(?:st|nd|rd|th)\b|^\s*(?:am|pm|a\.m\b|p\.m\b|a\.\s?m\.|p\.\s?m\.|gmt|bst|utc|[ecmp][sd]t)\b|^[:.]\d{2}\b", I)

# A number that names rather than counts: '911 call', 'flight 1143', 'Route 66', 'a 747'.
IDENTIFIER_AFTER = re.compile(r"^\s*(?:call|calls|caller|callers|dispatcher|dispatchers|operator|operators)\b", I)
IDENTIFIER_BEFORE = re.compile(
    r"\b(?:flight|flights|route|highway|interstate|no\.|number|channel|room|apartment|apt\.|gate|platform|"
    r"terminal|model|boeing|airbus|chapter|section|article|page|line|bus|suite|unit|district|precinct|ward|"
    r"station|pier|exit|lot|bay|code|version|episode|season|volume|issue|category|s&p|sp|ftse|nikkei|dax|"
    r"russell|a\.d\.|b\.c\.|covid|covid-|row)\s+$", I)
# Words of measure after a number: it is a count or a size even after a name ('Berkshire Hathaway
# Energy's 550 megawatt farm', 'MacBook Pro 16 inch') and even when it could be a year ('1520 sq m').
MEASURE_AFTER = re.compile(
    r"\s?(?:sq\.?\s?m|sqm|sq\.?\s?ft|sq\.?\s?km|square|m2|km2|megawatts?|gigawatts?|kilowatts?|inch|inches|"
    r"calories|feet|foot|metres?|meters?|miles?|kilometres?|kilometers?|acres?|hectares?|tonnes?|tons?|"
    r"pounds|kilograms?|grams?|litres?|liters?|gallons?|barrels?|degrees?|nanometers?|nanometres?|mph|hp)\b", I)
# Words after a number that are not what it counts: '32 now', '22 miles away' ends at 'miles'.
NOT_UNITS = {"now", "away", "close", "apart", "ago", "more", "less", "old", "then", "later", "earlier", "still",
             "again", "too", "so", "very", "already", "just", "only", "alone", "together", "each", "apiece",
             "overall", "total", "altogether", "times", "percent", "left", "right", "back", "off"}

# A counted noun phrase ends at a function word, a verb-like word or punctuation.
PHRASE_STOP = {
    "in", "of", "at", "on", "by", "for", "from", "to", "with", "and", "or", "but", "who", "which", "that", "were",
    "was", "is", "are", "had", "has", "have", "having", "been", "being", "be", "will", "would", "could", "should",
    "may", "might", "after", "before", "since", "than", "as", "while", "when", "where", "because", "into", "over",
    "under", "across", "a", "an", "the", "it", "its", "their", "his", "her", "this", "these", "those", "per",
    "each", "did", "do", "does", "not", "ago", "later", "earlier", "said", "says", "also", "there", "then",
    "last", "next", "every", "against", "between", "during", "until", "around", "about", "up", "down", "out",
    "now", "away", "close", "apart", "again", "too", "so", "very", "already", "just", "only", "alone", "together",
    "apiece", "altogether", "back", "off", "amid", "amidst", "among", "near", "outside", "inside", "within",
    "without", "through", "toward", "towards", "behind", "beyond", "via", "including", "despite",
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northeastern",
    "northwestern", "southeastern", "southwestern", "northern", "southern", "eastern", "western",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
    # verbs that end a counted phrase without '-ed' or '-ing': '800,000 immigrants brought here as children'
    "brought", "came", "went", "made", "held", "kept", "left", "took", "gave", "got", "found", "told", "paid",
    "lost", "won", "ran", "saw", "known", "shown", "seen", "given", "taken", "become", "became", "fled", "died",
    "remain", "remained", "live", "lived", "work", "worked", "say", "voted", "face", "faced", "need", "needed",
    # verbs in the present after a plural: 'nine out of ten dentists agree', 'most voters want'
    "agree", "disagree", "believe", "think", "want", "support", "oppose", "expect", "fear", "plan", "hope", "feel",
    "know", "prefer", "favour", "favor", "earn", "receive", "get", "use", "own",
}
# Units written onto a number: '400m', '5km', '70kg'.
ATTACHED_UNITS = {"m": "metres", "km": "kilometres", "cm": "centimetres", "mm": "millimetres", "kg": "kilograms",
                  "g": "grams", "mph": "mph", "kmh": "km/h", "ft": "feet", "in": "inches", "lb": "pounds (weight)",
                  "lbs": "pounds (weight)", "ml": "millilitres", "l": "litres", "mw": "megawatts", "gw": "gigawatts",
                  "kw": "kilowatts", "mb": "megabytes", "gb": "gigabytes", "tb": "terabytes", "kwh": "kilowatt-hours",
                  "mwh": "megawatt-hours", "gwh": "gigawatt-hours", "w": "watts", "hp": "horsepower",
                  "bhp": "horsepower", "mbps": "megabits a second", "gbps": "gigabits a second", "hz": "hertz",
                  "khz": "kilohertz", "mhz": "megahertz", "ghz": "gigahertz", "min": "minutes", "mins": "minutes",
                  "hrs": "hours", "pc": "%", "p": "GBP", "mg": "milligrams", "mcg": "micrograms"}
# An attached unit that is a share of a pound: '164p' is £1.64.
PENCE_SUFFIXES = {"p"}
TIME_UNITS = {"year": "years", "years": "years", "month": "months", "months": "months", "week": "weeks",
              "weeks": "weeks", "day": "days", "days": "days", "hour": "hours", "hours": "hours",
              "minute": "minutes", "minutes": "minutes", "decade": "decades", "decades": "decades",
              "century": "centuries", "centuries": "centuries", "second": "seconds", "seconds": "seconds"}

# A person's age: 'Michelle Knight, 30,' and 'Knight, now 30,' (the name before), '32-year-old Knight'
# (the name after). An age then ('at the age of 19', 'then 16', 'was 21 when') is not today's age.
AGE_UNIT = "years old"
AGE_WORDS = {"year-old", "years-old", "year-olds"}
AGE_AFTER_NAME = re.compile(r"(?P<name>\b[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}),\s+(?:now\s+|aged\s+)?$")
AGE_CLOSE = re.compile(r"^\s*(?:,|\)|and\b|;)")
OLDEST_AGE = 120

# Shares written as fractions and ratios: 'two-thirds', 'a third', 'one in three', '1/4 point'. Their
# value is the share (0.667); what they are shares of follows 'of' ('two-thirds of voters').
FRACTION_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                       "eight": 8, "nine": 9}
FRACTION_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                         "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
                         "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
                         "tenth": 10, "tenths": 10}
SHARE_UNIT = "share"
# A written fraction of digits counts as one only with a small denominator: '1/4 point', not '9/11' or '24/7'.
LARGEST_DIGIT_DENOMINATOR = 10
# '$3 and 50 cents', 'thirteen dollars and forty-five cents': one sum.
MONEY_AND_CENTS = re.compile(r"^\s+and\s+$", I)
# '5-10W', '25–40 minutes': a range when a unit follows and the second number is the larger; a bare
# '3-1' or '2-0 down' is a score, and so is any pair before one of these words.
HYPHEN_RANGE = re.compile(r"\s?[-\u2013]\s?(?P<high>\d[\d,]*(?:\.\d+)?)\s?(?P<unit>%|[A-Za-z]+)")
SCORE_WORDS = {"win", "wins", "won", "defeat", "defeats", "victory", "loss", "lead", "draw", "score", "scoreline",
               "margin", "vote", "votes", "majority", "down", "up", "home", "away", "aggregate", "decision", "split",
               "ruling", "record", "count", "tie", "at", "in", "on", "for", "with", "and", "or", "to", "the", "a"}
# Words after a bare 'm' that keep it metres: 'the 100m hurdles', 'a 400m runner', '50m freestyle'.
DISTANCE_CONTEXT = {"hurdles", "freestyle", "butterfly", "backstroke", "breaststroke", "relay", "relays", "sprint",
                    "sprints", "race", "races", "dash", "final", "finals", "title", "titles", "record", "records",
                    "medley", "runners", "swimmers", "heats", "long", "high", "tall", "deep", "wide", "away", "above",
                    "below", "from", "across", "square", "metres", "meters"}
# Plurals without an 's': '3m people'.
PLURAL_NOUNS = {"people", "children", "men", "women", "staff", "personnel", "cattle", "sheep", "fish", "police",
                "livestock", "poultry", "mice", "geese", "teeth", "feet"}

# A number that moved: 'rose from 240 to 273', 'narrowed to 138,285 lots from 212,577'. The verbs of
# change before 'from' (or before 'to' when 'from' follows) make it one figure, its end, with where it
# came from; without one, 'from $750,000 to $1 million' is a range.
CHANGE_VERB = re.compile(
    r"\b(?:rose|risen|rises|rising|fell|fallen|falls|falling|grew|grown|grows|growing|dropped|drops|dropping|"
    r"increased|increases|increasing|decreased|decreases|decreasing|climbed|climbs|jumped|jumps|slipped|slips|"
    r"narrowed|narrows|widened|widens|eased|eases|plummeted|plunged|soared|surged|slumped|tumbled|sank|"
    r"shrank|shrunk|swelled|went|goes|moved|moves|spread|spreading|spreads|cut|cuts|raised|raises|lowered|"
    r"lowers|revised|boost|boosted|boosts|slow|slowed|slows|shaving|dropping|declined|declines|dipped|dips|"
    r"expanded|expands|reduced|reduces|changed|changes|upgraded|downgraded|up|down|higher|lower)\b"
    r"(?:\s+\S+){0,3}?\s+$", I)
CHANGE_FROM = re.compile(r"^\s*from\s+$", I)   # between the end figure and the start: 'to 138,285 lots from'

# A number word joined to one of these says how, not how many: 'a one-sided deal', 'a one-off payment',
# 'a two-way street', 'a one-time fee' count nothing.
MANNER_COMPOUND = re.compile(
    r"[-\u2010](?:sided|off|time|way|handed|liner|stop|size|fits?-all|on-one|of-a-kind|upmanship|dimensional|"
    r"track|horse|party|man\s+band)\b", I)
