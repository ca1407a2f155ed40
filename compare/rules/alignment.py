"""Thresholds of alignment and of the findings made from it, declared once with why they are what they are."""
from __future__ import annotations

from dataclasses import dataclass

from .numbers import CURRENCIES
from .units import TIME, unit_family  # noqa: F401  (unit_family: read with the other alignment rules)


@dataclass(frozen=True)
class AlignmentRules:
    quote_min_words: int = 4
    """A quote of three words or fewer is a term ('inadequate', 'good'), not a statement to compare."""
    quote_min_similarity: float = 0.7
    """Share of the shorter quote's words that must match the stretch of the longer one."""
    stock_phrase_words: int = 8
    """Below this length, the same words are one quote only when both sources credit one speaker:
    a stock phrase ('our thoughts and prayers go out') is said by many."""
    recurring_min_words: int = 8
    """Quotes that recur across events are aligned (never compared) from this length up."""
    recurring_min_similarity: float = 0.9
    """...and only when printed nearly word for word."""
    max_claims_compared: int = 500
    """Claims of one kind aligned per source, first in the text first. The longest news articles seen
    hold about a hundred figures or quotes; a file with thousands is no article, and aligning every
    pair of them would take hours. The rest are still extracted and listed."""
    quote_max_words: int = 400
    """Words of a quote compared with another quote; a quotation longer than this is a document."""
    max_block: int = 40
    """A word held by more quotes than this (in one event) does not propose pairs: it is too common."""
    figure_same_value_context: int = 45
    """The same number of the same kind of thing aligns when its sentences share this much wording."""
    figure_other_value_context: int = 75
    """Two different numbers are versions of one count only when their sentences (numbers taken out)
    are this alike: the same verb, the same object, the same place."""
    figure_unitless_context: int = 90
    """A number with no counted noun after it aligns only when its sentence is otherwise the same."""
    generic_frame_share: float = 0.5
    """A percentage, a sum of money or a bare number pairs with another value only when this share of
    the words right around it (the smaller side's) is the same: those units do not say what is counted."""
    figure_max_ratio: float = 3.0
    """Numbers further apart than this are not two versions of one count."""
    figure_counted_max_ratio: float = 5.0
    """...unless both say what happened to the same kind of thing and each outlet gives one number for
    it: a fire of 'at least 2,000 acres' in one outlet and 8,400 acres in another are one fire's size
    reported at two moments."""
    figure_counted_far: float = 1.5
    """...but numbers this far apart beside different names ('50 killed in Christchurch', '11 killed in
    Pittsburgh') are two happenings' counts."""
    rating_subject_min: int = 70
    """How alike the subjects of two grades must be (token set ratio) to be grades of one thing."""


def generic_unit(unit: str | None) -> bool:
    """A unit that does not say what is counted: money, a share, a span of time."""
    return not unit or unit == "%" or unit in CURRENCIES.values() or unit in TIME


# Contractions spelled out, so that a quote printed "they're" and one printed "they are" read alike.
SUFFIXES = {"re": "are", "ve": "have", "ll": "will", "m": "am", "d": "would", "s": "is"}
IS_BEFORE_S = {"it", "that", "there", "here", "what", "who", "he", "she", "where", "how", "when", "why"}
CONTRACTIONS = {"won't": ["will", "not"], "can't": ["can", "not"], "shan't": ["shall", "not"], "ain't": ["is", "not"],
                "cannot": ["can", "not"], "cant": ["can", "not"], "dont": ["do", "not"], "wont": ["will", "not"],
                "didnt": ["did", "not"], "doesnt": ["does", "not"], "isnt": ["is", "not"], "wasnt": ["was", "not"],
                "jan": ["january"], "feb": ["february"], "apr": ["april"], "aug": ["august"], "sep": ["september"],
                "sept": ["september"], "oct": ["october"], "nov": ["november"], "dec": ["december"]}
# Numbers written as words read as digits, and '&' as 'and': 'five' and '5' are one word in a quote.
NUMBER_WORDS = {"&": "and", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12"}
# Words whose presence or absence in a quote changes nothing a reader needs: articles and the
# fillers of speech. A quote that differs only by them is printed alike.
COSMETIC_WORDS = {"a", "an", "the", "that", "well", "um", "uh", "oh", "ah", "er", "so", "actually", "you", "know"}
# Two edits at most this many matching words apart are read together when, joined, they only split
# or join a compound ('tongue in cheek' and 'tongue-in-cheek').
COMPOUND_GAP = 2
PRONOUNS = {"he", "him", "his", "she", "her", "hers", "they", "them", "their", "it", "its", "this", "that"}
# A verb's agreement changed ('is' for 'are'): a slip of the transcript, not of the speaker.
AGREEMENT = {frozenset(pair) for pair in (("is", "are"), ("was", "were"), ("has", "have"), ("does", "do"))}
# One word written out by one transcript and abbreviated by another ('the No. 1 priority').
ABBREVIATED = {frozenset(pair) for pair in (("no", "number"), ("mr", "mister"), ("dr", "doctor"), ("st", "saint"))}
NUMBER_NAMES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "dozen", "hundred", "thousand", "million", "billion")
