"""What happened at a date or a time: the happenings of its clause, and the clause's other words.

'The disaster Sunday afternoon all but wiped out the crew' times a death; 'said at a news
conference Sunday evening' times a news conference, no happening of the story; 'an evening vigil'
times a vigil. Two outlets' times are compared only for one happening (`rules.predicates.HAPPENINGS`)
and only when their clauses share another word (the crew, the newspaper, Paris), so that a date of
the story's happening is not set against a date of another one that the story recalls.
"""
from __future__ import annotations

import re

from ..rules import predicates as pr
from ..rules.stopwords import STOPWORDS
from .text import phrase_key, phrase_pattern


HAPPENING = phrase_pattern(p for ps in pr.HAPPENINGS.values() for p in ps)
CLASS_OF = {p: c for c, ps in pr.HAPPENINGS.items() for p in ps}
_OCCASION = phrase_pattern(pr.OCCASIONS)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019\-]*")
_OPENING = re.compile(r"^\s*(?:(?:on|by|at|in|late|early|just|shortly|before|after|around|about|until|since|"
                      r"then|and|but|so)\s+)*$", re.IGNORECASE)
_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon",
               "evening", "night", "noon", "midday", "midnight", "today", "yesterday", "tonight", "early", "late"}
_ASKED = re.compile(r"\bto\s+$", re.IGNORECASE)  # 'asked him to step down on Friday': a request, not the act
_CHARS = 240  # enough for the reach in words, and a bound however long a sentence is


def planned(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """Whether the clause of a date or time speaks of what is to come or may be (`rules.predicates.PLANNED`)."""
    return bool(pr.PLANNED.search(text, max(sentence_start, start - _CHARS), min(sentence_end, end + _CHARS)))


def happenings(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> tuple[list[str], list[str]]:
    """The happenings a date or time at text[start:end] is the time of, and the content words of its
    clause (the happenings' own words left out)."""
    before = text[max(sentence_start, start - _CHARS):start]
    opens_sentence = start - sentence_start < _CHARS and _OPENING.match(before)
    breaks = list(pr.CLAUSE_BREAK.finditer(before))
    before = before[breaks[-1].end():] if breaks else before
    after = text[end:min(sentence_end, end + _CHARS)]
    cut = pr.CLAUSE_BREAK.search(after)
    if cut and cut.group(0).startswith(",") and opens_sentence:
        cut = pr.CLAUSE_BREAK.search(after, cut.end())  # 'Late Sunday evening, 19 members were killed'
    after = after[:cut.start()] if cut else after
    subordinate = pr.SUBORDINATE.search(after)
    after = after[:subordinate.start()] if subordinate else after  # 'checks Tuesday after the boy died'
    closes_sentence = not text[end:min(sentence_end, end + _CHARS)].strip(" .!?\"'\u201d\u2019)")
    wide = " ".join(before.split()[-pr.HAPPENING_REACH:]) + " " + " ".join(after.split()[:pr.HAPPENING_REACH])
    reach = pr.HAPPENING_REACH if opens_sentence or closes_sentence else pr.HAPPENING_NEAR
    before = " ".join(before.split()[-reach:])
    after = " ".join(after.split()[:reach])
    found = [(len(before) - m.end(), CLASS_OF[phrase_key(m.group(1))]) for m in HAPPENING.finditer(before)
             if not _ASKED.search(before, 0, m.start())]
    found += [(m.start(), CLASS_OF[phrase_key(m.group(1))]) for m in HAPPENING.finditer(after)
              if not _ASKED.search(after, 0, m.start())]
    occasions = [len(before) - m.end() for m in _OCCASION.finditer(before)]
    occasions += [m.start() for m in _OCCASION.finditer(after)]
    clause_words = {re.sub(r"['\u2019]s?$", "", w.lower()) for w in _WORD.findall(HAPPENING.sub(" ", wide))}
    about = sorted({w.removesuffix("s") if len(w) > 3 else w for w in clause_words - STOPWORDS - _TIME_WORDS})
    if not found or pr.CAPTION.search(text, max(sentence_start, start - _CHARS), min(sentence_end, end + _CHARS)) \
            or pr.ANOTHER.search(before + " " + after):
        return [], about
    following = re.sub(r"^['\u2019]s\b", "", after.lstrip()).lstrip()  # "Monday's attack"
    attributive = HAPPENING.match(following) or _OCCASION.match(following)
    if attributive:  # 'the midday attack', 'an evening vigil'
        kind = CLASS_OF.get(phrase_key(attributive.group(1)))
        return ([kind] if kind else []), about
    nearest = min(distance for distance, _ in found)
    if occasions and min(occasions) < nearest:
        return [], about  # 'told reporters at a news conference on Sunday evening'
    if not opens_sentence and _verb_nearer(before, after, nearest):
        return [], about  # 'ordered checks on every child Tuesday after the boy died'
    return sorted({kind for _, kind in found}), about



def _verb_nearer(before: str, after: str, nearest: int) -> bool:
    """Whether a past-tense verb that is no happening stands nearer the time than `nearest` characters."""
    blank = lambda m: " " * len(m.group(0))  # noqa: E731  (the happenings' own words, 'wiped out', are no rivals)
    before, after = HAPPENING.sub(blank, before), HAPPENING.sub(blank, after)
    for match in re.finditer(r"[A-Za-z]+", before):  # lower-case words only: 'Mohammed' is no verb
        word = match.group(0)
        if _competing(word) and len(before) - match.end() < nearest:
            return True
    for match in re.finditer(r"[A-Za-z]+", after):
        if match.start() >= nearest:
            break
        word = match.group(0)
        if _competing(word):
            return True
    return False


def _competing(word: str) -> bool:
    return (bool(pr.COMPETING_VERB.match(word)) or word in pr.IRREGULAR_PAST) and not HAPPENING.fullmatch(word)
