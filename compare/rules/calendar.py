"""Month and weekday names, and the written forms of a full date."""
import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+)"
ORDINAL = r"(?:st|nd|rd|th)?"
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# '29 January 2018', 'January 29, 2018', 'Monday, January 29, 2018', '2018-01-29'
FULL_DATE = re.compile(
    rf"\b(?=[\dA-Za-z]){WEEKDAY}?(?:(?:the\s+)?(?P<day1>\d{{1,2}}){ORDINAL}\s+(?:of\s+)?{MONTH},?\s+(?P<year1>\d{{4}})"
    rf"|{MONTH.replace('month', 'month2')}\s+(?P<day2>\d{{1,2}}){ORDINAL},?\s+(?P<year2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))",
    re.IGNORECASE)

# What may stand around a date on a dateline: 'Published', 'Updated 10:42 GMT', '|'.
DATELINE_NOISE = re.compile(
    r"\b(published|updated|last updated|first published|posted|on|at|am|pm|gmt|bst|utc|est|edt|pst|pdt|cet|cest)\b"
    r"|\d{1,2}[:.]\d{2}|[|,·•–—:()]", re.IGNORECASE)

# Around a weekday, how far (characters, within its sentence) the words that tell its tense are looked for,
# the markers of the future, and the verbs of the past that make a later marker another clause's.
WEEKDAY_TENSE_REACH = 60
WEEKDAY_FUTURE = (r"\b(?:will|shall|'ll|is due|are due|is expected to|are expected to|is scheduled|are scheduled|"
                  r"is set to|are set to|plans? to|upcoming|coming)\b|\bwon'?t\b")
PAST_VERB = r"\b(?:said|says|told|announced|reported|added|wrote|confirmed|revealed|was|were|had)\b"

# Times of day: '11am', '5 p.m.', '10:30 a.m.', '10.45pm', '17:30 GMT', 'noon', 'late Sunday evening'.
CLOCK_TIME = re.compile(
    r"\b(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s?(?P<meridiem>[ap])(?:\.\s?m\.|\s?m\b)"
    r"|\b(?P<hour24>[01]\d|2[0-3])[:.](?P<minute24>[0-5]\d)(?=\s?(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|PST|PDT|CT|CDT|MT|MDT|local time|hrs)\b)",
    re.IGNORECASE)
NOON = re.compile(r"\b(?P<word>noon|midday|midnight)\b", re.IGNORECASE)
PART_OF_DAY = re.compile(
    r"\b(?:(?P<edge>early|late|mid)[-\s]+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?"
    r"(?P<part>morning|afternoon|evening|night|overnight)\b",
    re.IGNORECASE)
# Words before a time that place it roughly or on one side: 'around noon', 'shortly after 11am'.
TIME_QUALIFIER = re.compile(
    r"\b(?P<word>around|about|approximately|roughly|shortly before|just before|shortly after|just after|before|after|"
    r"by|until|since)\s+$", re.IGNORECASE)
# As for figures: a time 'before noon' is bounded above, one 'after 11am' below.
TIME_QUALIFIER_KIND = {"around": "approximate", "about": "approximate", "approximately": "approximate",
                       "roughly": "approximate", "shortly before": "upper_bound", "just before": "upper_bound",
                       "before": "upper_bound", "by": "upper_bound", "until": "upper_bound",
                       "shortly after": "lower_bound", "just after": "lower_bound", "after": "lower_bound",
                       "since": "lower_bound"}
# Parts of the day as hours (24-hour clock, end exclusive), for telling two accounts apart.
PARTS_OF_DAY = {"morning": (5, 12), "afternoon": (12, 18), "evening": (18, 22), "night": (21, 29),
                "overnight": (22, 30)}

# Words that make a later day a deadline or a plan even in a past-tense clause: 'was due to expire by
# March 5', 'had faced a March 5 deadline', 'would end on'. Such a day is no slip of the date.
DEADLINE = (r"\b(?:due|set|scheduled|expected|planned|supposed|slated|poised|going)\s+to\b|\bwould\b|\bdeadline|"
            r"\b(?:starting|beginning|effective|from|update|updated)\b|"
            r"\bexpir|\buntil\b|\bby\s+$|\bbefore\s+$|\bnext\b|\bupcoming\b")

# A day and month without a year ('July 25') is read in the year that puts it nearest the publication
# date, except that a sentence told in the past, with no word of the future, does not reach more than
# this many days ahead: 'he had raised it on his July 25 call' in a January piece is last July's.
YEARLESS_PAST_SLACK_DAYS = 31
