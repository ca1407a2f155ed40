"""Ratings: a grade from a grading scale and what it grades.

A grade word counts when a grading verb hands it out ('rated good', 'graded
as adequate', 'judged to be inadequate', 'given an individual rating of
outstanding', 'found its services "inadequate"'), or when it stands in
quote marks in a sentence about grading ("Rotherham accepts 'inadequate'
report"). 'Good' and 'adequate' in ordinary use ('a good range', 'not
adequately') are not ratings.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..rules import ratings as rr
from .text import Segments

_QUOTES = "\"'\u201c\u201d\u2018\u2019"
_CLAUSE_START = re.compile(r"(?:[,;:(\u2014]|\b(?:after|since|when|while|because|that|which|who|and|but|than)\b)\s*",
                           re.IGNORECASE)
_FIRST_VERB = re.compile(r"\s\b(?:have|has|had|was|were|is|are|will|would)\b", re.IGNORECASE)
_LEADING = re.compile(r"^(?:and|but|so|yet|or|earlier this \w+|later|now|today|also)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Rating:
    start: int
    end: int
    value: str
    subject: str | None


@functools.lru_cache(maxsize=8)
def _grade_pattern(grades: tuple[str, ...]) -> re.Pattern:
    """Built once per set of grades, not once per source."""
    words = "|".join(re.escape(g) for g in sorted(set(grades), key=len, reverse=True))
    return re.compile(rf"(?P<open>[{_QUOTES}])?(?P<grade>(?<![\w+\-])(?:{words})(?![\w+]))(?P<close>[{_QUOTES}])?",
                      re.IGNORECASE)


def _strip_auxiliaries(chunk: str) -> str:
    previous = None
    while previous != chunk:
        previous, chunk = chunk, rr.AUXILIARY.sub("", chunk)
    return chunk


def _subject_before(text: str, sentence_start: int, end: int) -> str | None:
    """The noun phrase before a grading verb: 'Children's services in Rotherham (have been) rated'.

    A clause with no subject of its own ('three years after being judged')
    takes the sentence's subject.
    """
    chunk = _strip_auxiliaries(text[sentence_start:end])
    clauses = list(_CLAUSE_START.finditer(chunk))
    if clauses:
        tail = chunk[clauses[-1].end():].strip()
        if tail:
            chunk = tail
        else:
            verb = _FIRST_VERB.search(text, sentence_start, end)
            chunk = text[sentence_start:verb.start()] if verb else chunk
    chunk = _LEADING.sub("", chunk.strip())
    return chunk.strip(" ,") or None


def extract_ratings(segments: Segments, grades: tuple[str, ...]) -> list[Rating]:
    text = segments.text
    grade_re = _grade_pattern(grades)
    found: list[Rating] = []
    for sentence in segments.sentences:
        cues = list(rr.GRADING.finditer(text, sentence.start, sentence.end))
        context = bool(rr.GRADING_CONTEXT.search(text, sentence.start, sentence.end))
        for match in grade_re.finditer(text, sentence.start, sentence.end):
            quoted = bool(match.group("open") and match.group("close"))
            cue = next((c for c in reversed(cues) if c.end() <= match.start()), None)
            head = cue
            while head is not None and (earlier := next((c for c in reversed(cues) if c.end() <= head.start()), None)) \
                    and len(text[earlier.end():head.start()].split()) <= 3:
                head = earlier
            between = text[cue.end():match.start()] if cue else ""
            words_between = len(re.findall(r"[\w'’\-]+", between))
            reach = 14 if cue and cue.group(1).lower() in rr.LONG_REACH else 4
            after = text[match.end():match.end() + 30]
            names_grade = bool(rr.GRADE_NOUN.match(after))
            adjective = not quoted and not names_grade and not rr.AFTER_GRADE.match(after)
            long_reach = cue is not None and cue.group(1).lower() in rr.LONG_REACH
            linked = cue is not None and not adjective and words_between <= reach \
                and not re.search(r"[.;!?]", between) and (
                    quoted or rr.LINK.search(between) or not long_reach and words_between <= 2)
            if not (linked or (quoted and context) or names_grade):
                continue
            start, end = match.start("grade"), match.end("grade")
            obj = re.sub(r"\s*(?:to be|as|were|was|is|are|being|remains?)\s*$", "", between.strip(" " + _QUOTES))
            if linked and cue.groupdict().get("object"):
                subject = None if cue.group("object").lower() in rr.PRONOUNS else cue.group("object")
            elif linked and long_reach and obj:
                subject = obj
            elif cue is not None and linked:
                subject = _subject_before(text, sentence.start, head.start())
            else:
                subject = _subject_before(text, sentence.start, match.start())
            found.append(Rating(start, end, match.group("grade").lower(), subject or None))
    return found
