"""Statements: what a named actor did, by class of act, with tense and certainty (`rules.statements`)."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..rules import statements as st
from ..rules.stopwords import STOPWORDS
from .people import Mention
from .text import Segments, phrase_key, phrase_pattern

_FORMS = [(form, cls, act) for cls, acts in st.ACTS.items() for act, forms in acts.items() for form in forms]
_ACT = phrase_pattern(f for f, _, _ in _FORMS)
_OF = {phrase_key(form): (cls, act) for form, cls, act in _FORMS}
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]+")
_MATTER_CHARS = 240  # either side of an act: its sentence, bounded however long a sentence runs


@dataclass(frozen=True)
class Statement:
    start: int
    end: int
    act: str
    kind: str          # the class of the act
    actor: str         # the actor's name as keyed by people extraction
    mood: str          # done | to come | possible
    extra: dict = field(default_factory=dict)


def extract_statements(segments: Segments, mentions: list[Mention]) -> list[Statement]:
    text = segments.text
    named = sorted((m for m in mentions if m.kind in ("person", "organisation")), key=lambda m: m.end)
    ends = [m.end for m in named]
    found = []
    for match in _ACT.finditer(text):
        cls, act = _OF[phrase_key(match.group(1))]
        sentence = segments.sentence_at(match.start())
        before = text[max(sentence.start, match.start() - st.ACTOR_REACH):match.start()]
        if st.NEGATED.search(before):
            continue  # 'did not resign' is no resignation
        actor = _actor(named, ends, match.start(), sentence.start, text)
        if actor is None or cls == "court decision" and not st.COURTS.search(actor):
            continue
        if st.NOT_AN_ACT_AFTER.match(text, match.end()):
            continue
        mood = "to come" if st.FUTURE.search(before) else "possible" if st.POSSIBLE.search(before) else "done"
        matter = _WORD.findall(text[max(sentence.start, match.start() - _MATTER_CHARS):match.start()]) + \
            _WORD.findall(text[match.end():min(sentence.end, match.end() + _MATTER_CHARS)])
        extra = {"matter": sorted({w.lower().removesuffix("s") for w in matter} - STOPWORDS
                                  - set(actor.lower().split()) - {"mr", "mrs", "ms", "dr"})}
        if cls == "telling":
            recipient = st.RECIPIENT.match(text, match.end(), sentence.end)
            if recipient is None:
                continue  # 'told reporters' names no outlet
            after = text[recipient.end():sentence.end]
            extra = {"recipient": recipient.group("recipient"),
                     "content": sorted({w.lower() for w in _WORD.findall(after)[:st.CONTENT_WORDS]} - STOPWORDS)}
        found.append(Statement(match.start(), match.end(), act, cls, actor, mood, extra))
    return found


def _actor(named: list[Mention], ends: list[int], at: int, sentence_start: int, text: str) -> str | None:
    """The name that is the act's subject: the nearest before it in its sentence (found by bisection:
    a page may name thousands), with only an appositive, auxiliaries or an adverb between."""
    index = bisect.bisect_right(ends, at) - 1
    if index < 0:
        return None
    mention = named[index]
    if mention.start < sentence_start or at - mention.end > st.ACTOR_REACH \
            or not st.ACTOR_GAP.match(text[mention.end:at]):
        return None
    if mention.kind == "person" and mention.key:
        return mention.key.replace("-", " ").title()  # the fullest name the source gives the person
    return mention.name
