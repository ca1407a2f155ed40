"""Direct quotations and who said them.

Pairing quote marks: curly and straight, double and single. A mark between
two letters is an apostrophe (it’s, Ofsted’s); a closing glyph after a space
and before a word opens a quote (’lift the lid’); single marks inside a
double quotation are nested and left alone. A quotation left open at the
end of a paragraph continues into the next paragraph when that one opens
with a quote mark, and all its parts share one speaker.

Finding the speaker: ordered passes, each a method of `_Resolver`, the first
that names someone wins, and where none is sure the speaker stays empty (an
empty speaker is a missed finding, a wrong one a false finding):

1. after the closing mark (`after_closing`): '…," she said', '…," said John
   Smith', the subject of the verb and never its object ('X told the BBC'),
   past appositives ('Harry Bond, 30, of Raleigh, N.C., said'); a signature
   line ('― Name'); a partial quotation that runs on to 'said X'. An
   attribution to someone unnamed ('…," one person wrote') ends the search;
2. before the opening mark (`before_opening`): the subject of the last
   reporting verb ('X said: "…"'), a verb that opens its sentence ('Said
   Ellis:'), the agent of a passive ('was asked by host Bill Maher'); a
   participle or a second verb takes the subject of the sentence's earlier
   verb ('Spicer said, adding, "…"', 'Hayek … and said, "…"');
3. a label (`caption`): 'Name: "…"', a transcript's 'PENCE: "…"';
4. an introduction (`introduction`): the paragraph before ending in a colon
   ('Cruz continued:'), a sentence leading up to the quotation ('Trump leaned
   in and boomed: "…"'), a short attributing sentence just before ('Dianne
   Bystrom agreed. "…"');
5. the next sentence (`next_sentence`): '…?" Trump said.';
6. a quotation that opens its sentence right after another goes on with that
   speaker, never past a sentence of other words.

Names: titles are stripped by the longest match (rules/people.py:
'Secretary of State', 'Health Secretary'); 'the governor', 'the aide'
resolve to the last person the source titles so; 'he' and 'she' to the
person the nearest sentence has speak or makes its subject, never one the
article shows to be of the other gender (titles, given names in
rules/names.py, its own pronouns); 'it' to an earlier organisation or
document; descriptors ('the watchdog', 'the report') to the organisation the
source ties them to ('an Ofsted report'). People get the fullest name the
source gives them.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import islice

from ..rules import names
from ..rules import speech as sr
from ..rules.people import ROLE_NOUNS, TITLE_ROLES
from .people import Mention
from .text import Segments, Span, any_of

_DOUBLE_OPEN = "\u201c\u201e\u00ab"
_DOUBLE_CLOSE = "\u201d\u00bb"
_SINGLE = "\u2018\u2019'\u201a"
_OPENING_CONTEXT = " \t\n([{\u2014\u2013-/"
_VERB = re.compile(rf"\b({any_of(sr.REPORTING_VERBS)})\b", re.IGNORECASE)
_DESCRIPTOR = re.compile(
    r"\b(?:(?:the|its|their|this|that|a|an)\s+)?(?:(?:new|latest|later|earlier|final|full|original|independent|"
    r"official|damning|annual|last)\s+)?(" + any_of(sr.DESCRIPTORS)
    + r")\b(?:['’]s\s+(?:[a-z]+\s+)?(?P<role>" + any_of(ROLE_NOUNS) + r")\b)?"
    + r"(?!\s+(?:" + any_of(ROLE_NOUNS) + r")\b)",  # 'a party activist' is no party
    re.IGNORECASE)
# 'the 92-year-old civil rights leader said': someone the copy describes but does not name.
_ROLE_PHRASE = re.compile(
    r"\b(?:the|a|an)\s+(?:[\w\-]+\s+){0,4}?(?:" + any_of(ROLE_NOUNS) + r")\b",
    re.IGNORECASE)
_PRONOUN = re.compile(r"\b(he|she|it|they)\b", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(
    r"\b(of|for|in|at|to|with|on|from|about|into|against|over|than|its|their)\s+(?:the\s+)?$", re.IGNORECASE)
_PREPOSITION_REACH = 30  # 'against the ' and some space
_APPOSITIVE_TAIL = re.compile(
    r",\s*(?:who\b|which\b|the\b|a\b|an\b|[a-z(]|[A-Z][\w.\-]*['\u2019]s?\s+[a-z])[^,]*,\s*(?:also\s+|later\s+)?$")
# Between a name and its verb, descriptions set off by commas: ', 30, of Raleigh, N.C., '.
_APPOSITIVES = re.compile(r"(?:\s*,[^,\"\u201c\u201d]{1,80})+,?\s*")
_CONJUNCTION = re.compile(r"(?:and|but|or|while|as)\b")
_NEXT_WORD = re.compile(r"\s([a-z]+)\b")
_ADVERBS_ONLY = re.compile(r"(?:\s+[a-z]+ly)*\s+")
# A second verb of the same subject: '… and said, "…"', '… but went on to say, "…"'.
_COORDINATED = re.compile(r"\b(?:and|but)\s+(?:also\s+|then\s+|later\s+|went\s+on\s+to\s+)?$")
_CAPTION = re.compile(r":\s*$")
_TRANSCRIPT_LABEL = re.compile(r"\s*([A-Z][A-Z'\u2019\-]{2,})\s*")
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# A sentence that leads up to its quotation: 'Trump boomed: "…"', 'Sanders responded, "…"'.
_LEADS_UP = re.compile(r"[:,][\s\u00a0]*$")
# A clause before the main one: 'When Wallace died in 1998, President Clinton released …',
# 'At his news conference in Turkey on Monday, Obama's questioners …'.
_OPENING_CLAUSE = re.compile(r"(?:\s*(?:" + "|".join(sr.CLAUSE_OPENERS) + r")\b[^,.;:\"\u201c]{1,120},\s*)+", re.IGNORECASE)
_PRONOUN_OPENER = re.compile(r"[\"'\u201c\u2018]?(He|She|His|Her)\b")
_ATTRIBUTION_LEAD = re.compile(r"[\s,\u2014\u2013-]*")
_PREDICATE = re.compile(r"(?:,[^,]{1,80},)?\s+(?:also\s+|then\s+|later\s+)?[a-z]")
_END_PUNCTUATION = " \t\u00a0.!?,;:)\u2019\u201d\"'"
# A partial quotation that runs on to its attribution: '"…" about the decision, said X'.
_RUN_ON_TO_ATTRIBUTION = re.compile(r"[^,\"\u201c\u201d\n]{1,150},(?=\s)")
# '"…" ― Pamela Padilla', '"…"\n\n- Bernie Sanders.': a dash that opens a signature.
_SIGNATURE_DASH = re.compile(r"[ \t\u00a0]*(?:\n\s*)?[\u2015\u2014\u2013-][ \t\u00a0]*")
_SIGNATURE_END = re.compile(r"\.?[ \t\u00a0]*(?:\n|$)|,")
# Between two names, words that make the first describe the second: 'Cruz constituent Dan Golvach'.
_DESCRIBING_WORDS = re.compile(r"(?:['\u2019]s)?(?:\s+(?:" + any_of(sr.DESCRIBING_NOUNS | ROLE_NOUNS)
                               + r")){1,3}\s+", re.IGNORECASE)
_WORD = re.compile(r"\S+")
_NOT_SPACE = re.compile(r"\S")
_TITLE_WORD = re.compile(r"[A-Za-z][\w'\u2019\-]*")
_WORD_CHARACTER = re.compile(r"[^\s\"'\u201c\u2018]")  # what a sentence that opens with its verb has before it


@dataclass(frozen=True)
class QuoteSpan:
    """The words inside one pair of marks; `close` is the closing mark (or the paragraph's end)."""

    start: int
    end: int
    group: int
    part: int
    close: int = -1


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    group: int
    part: int
    speaker: str | None
    speaker_mention: str | None
    speaker_kind: str | None
    short: bool


@dataclass(frozen=True)
class _Entity:
    start: int
    end: int
    kind: str  # person | organisation | descriptor | pronoun
    name: str
    word: str = ""


# -- pairing marks --------------------------------------------------------

def _role_words(mention: Mention) -> set[str]:
    """The words of a person's title and role, abbreviations read out: 'Gov.' is 'governor'."""
    words = re.findall(r"[a-z]+", f"{mention.title or ''} {mention.role or ''}".lower())
    return set(words) | {TITLE_ROLES[w] for w in words if w in TITLE_ROLES}


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def find_quote_spans(segments: Segments) -> list[QuoteSpan]:
    text = segments.text
    spans: list[QuoteSpan] = []
    group = -1
    pending: tuple[str, int, int] | None = None  # (family, group, next part)
    for index, paragraph in enumerate(segments.paragraphs):
        first = text[paragraph.start:paragraph.start + 1]
        carry = None
        if pending is not None:
            family = "double" if first in _DOUBLE_OPEN + '"' else "single" if first in "\u2018'" else None
            carry = pending if family == pending[0] else None
        pending = None
        open_double: tuple[int, int, int] | None = None  # (offset after the mark, group, part)
        open_single: tuple[int, int, int] | None = None
        for i in range(paragraph.start, paragraph.end):
            ch = text[i]
            if ch not in _DOUBLE_OPEN + _DOUBLE_CLOSE + '"' + _SINGLE:
                continue
            prev = text[i - 1] if i > paragraph.start else ""
            nxt = text[i + 1] if i + 1 < paragraph.end else ""

            def begin() -> tuple[int, int, int]:
                nonlocal group, carry
                if carry is not None and i == paragraph.start:
                    started = (i + 1, carry[1], carry[2])
                    carry = None
                    return started
                group += 1
                return i + 1, group, 0

            if ch in _DOUBLE_OPEN or ch in _DOUBLE_CLOSE or ch == '"':
                if open_double is None:
                    opens = ch in _DOUBLE_OPEN or (not _is_space(nxt) and (_is_space(prev) or prev in _OPENING_CONTEXT))
                    if opens:
                        open_double, open_single = begin(), None
                elif ch in _DOUBLE_CLOSE or ch == '"':
                    spans.append(QuoteSpan(open_double[0], i, open_double[1], open_double[2], i))
                    open_double = None
                continue
            if open_double is not None:
                continue  # a single mark inside a double quotation: nested quote or apostrophe
            if prev.isalnum() and nxt.isalnum():
                continue  # apostrophe: it’s, children’s
            opener = (_is_space(prev) or prev in _OPENING_CONTEXT) and not _is_space(nxt)
            if open_single is None:
                if opener and ch != "\u201a" or ch == "\u201a":
                    open_single = begin()
            elif not _is_space(prev) and (_is_space(nxt) or not nxt.isalnum()):
                spans.append(QuoteSpan(open_single[0], i, open_single[1], open_single[2], i))
                open_single = None
        following = (text[segments.paragraphs[index + 1].start]
                     if index + 1 < len(segments.paragraphs) else "")
        for state, family, marks in ((open_double, "double", _DOUBLE_OPEN + '"'), (open_single, "single", "\u2018'")):
            if state is None:
                continue
            continues = bool(following) and following in marks
            if family == "double" or continues:
                spans.append(QuoteSpan(state[0], paragraph.end, state[1], state[2], paragraph.end))
                if continues:
                    pending = (family, state[1], state[2] + 1)
    return [_trimmed(text, s) for s in spans if re.search(r"\w", text[s.start:s.end])]


def _trimmed(text: str, span: QuoteSpan) -> QuoteSpan:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return QuoteSpan(start, end, span.group, span.part, span.close)


# -- entities a speaker can be -------------------------------------------

def _entities(text: str, mentions: list[Mention]) -> list[_Entity]:
    found = [_Entity(m.start, m.end, m.kind, m.name) for m in mentions]
    covered = bytearray(len(text) + 1)
    for m in mentions:
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    for match in _DESCRIPTOR.finditer(text):
        if not covered[match.start(1)]:
            name = match.group(0).replace("’", "'")
            found.append(_Entity(match.start(), match.end(), "descriptor", name, match.group(1).lower()))
    for match in _ROLE_PHRASE.finditer(text):
        if not covered[match.start()] and not covered[match.end() - 1]:
            found.append(_Entity(match.start(), match.end(), "descriptor", match.group(0).replace("’", "'"), "role"))
    for match in _PRONOUN.finditer(text):
        found.append(_Entity(match.start(), match.end(), "pronoun", match.group(1).lower(), match.group(1).lower()))
    return sorted(found, key=lambda e: (e.start, -e.end))


class _Resolver:
    """Turns the words that introduce a quote into a speaker's name."""

    def __init__(self, segments: Segments, mentions: list[Mention], spans: list[QuoteSpan]):
        self.segments = segments
        self.text = segments.text
        # Names inside quotation marks are what a speaker talks about, never who speaks.
        self.quoted = bytearray(len(self.text) + 1)
        for span in spans:
            self.quoted[span.start:span.end] = b"\x01" * (span.end - span.start)
        self.entities = _entities(self.text, mentions)
        self.starts = [e.start for e in self.entities]
        # Unquoted people by where they end: 'he' and 'she' stand for the last one before them.
        self.people = sorted((e for e in self.entities if e.kind == "person" and not self.quoted[e.start]),
                             key=lambda e: (e.end, e.start))
        self.people_ends = [e.end for e in self.people]
        self.sentence_ends = [s.end for s in segments.sentences]
        self.verbs = list(_VERB.finditer(self.text))
        self.verb_ends = [v.end() for v in self.verbs]
        self.associations = self._associations(mentions)
        self._association_index: dict[tuple[str, bool], tuple[list[int], list[tuple[int, str, str]]]] = {}
        self._usual: str | None = None
        self.mentions = mentions
        self._titled: tuple[list[int], list[tuple[str, set[str]]]] | None = None
        self._genders: dict[str, str] | None = None

    def _associations(self, mentions: list[Mention]) -> list[tuple[int, str, str]]:
        """(offset, descriptor word, organisation): 'an Ofsted report', 'inspection by Ofsted'."""
        pairs = []
        orgs = [m for m in mentions if m.kind == "organisation"]
        for org in orgs:
            after = re.match(r"(?:['’]s)?\s+(?:[a-z\-]+\s+){0,2}?([\w\-]+)", self.text[org.end:org.end + 60])
            if after and after.group(1).lower() in sr.DESCRIPTORS:
                pairs.append((org.start, after.group(1).lower(), org.name))
            before = re.search(r"\b([\w\-]+)\s+(?:[\w'’\-]+\s+){0,5}?(?:by|from|of)\s+(?:the\s+)?$",
                               self.text[max(0, org.start - 80):org.start])
            if before and before.group(1).lower() in sr.DESCRIPTORS:
                pairs.append((org.start, before.group(1).lower(), org.name))
        return sorted(pairs)

    def entities_in(self, start: int, end: int) -> list[_Entity]:
        """Entities wholly inside [start, end)."""
        return [e for e in self.starting_in(start, end) if e.end <= end]

    def starting_in(self, start: int, end: int) -> list[_Entity]:
        """Entities that start inside [start, end), found by bisection so a long text costs no scan."""
        return self.entities[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def starting_at(self, offset: int) -> list[_Entity]:
        return self.starting_in(offset, offset + 1)

    def name_of(self, entity: _Entity, at: int) -> tuple[str | None, str]:
        """(speaker, kind) for an entity, following pronouns and descriptors."""
        if entity.kind in ("person", "organisation"):
            return entity.name, entity.kind
        if entity.kind == "descriptor" and entity.word == "role":
            described = self._person_titled(entity, at)
            if described is not None:
                return described, "person"
        if entity.kind == "descriptor" and ("'s " in entity.name or entity.word == "role"):
            return entity.name[0].lower() + entity.name[1:], "descriptor"
        if entity.kind == "descriptor":
            by = self._author_of(entity)
            if by is not None:
                return by.name, by.kind
            return (self._organisation_for(entity.word, at) or self._usual_speaker(entity.word)
                    or (entity.name.lower(), "descriptor"))
        if entity.word in sr.PERSON_PRONOUNS:
            person = self._person_for_pronoun(entity)
            return (person, "person") if person else (None, "pronoun")
        return self._earlier_subject(entity.start)

    def _person_titled(self, description: _Entity, at: int) -> str | None:
        """'the governor', 'the Democratic senator', 'the aide': the last person before them whom the
        source gives that title or role ('Gov. Paul LePage', 'Huma Abedin, an aide to Clinton'). Only a
        definite description names someone; 'a senator' does not."""
        words = description.name.lower().split()
        if words[0] != "the":
            return None
        noun = words[-1]
        if self._titled is None:  # unquoted people with the words of their titles and roles, by where they end
            titled = sorted((m for m in self.mentions if m.kind == "person" and (m.title or m.role)
                             and not self.quoted[m.start]), key=lambda m: m.end)
            self._titled = ([m.end for m in titled], [(m.name, _role_words(m)) for m in titled])
        ends, people = self._titled
        last = bisect_right(ends, min(at, description.start))
        first = bisect_left(ends, description.start - sr.DESCRIPTION_REACH)  # the president named pages ago is not meant
        for mention in reversed(people[max(first, last - sr.TITLED_PEOPLE_BACK):last]):
            if noun in mention[1]:
                return mention[0]
        return None

    def _person_for_pronoun(self, pronoun: _Entity) -> str | None:
        """Whom 'he' or 'she' stands for: in the nearest sentence (its own first) that names a person
        of a gender the article does not contradict, the sentence's subject if it is one of them
        ('Joe Madison recalled that Obama …. "…," he said' is Madison), else the last of them."""
        wanted = sr.PRONOUN_GENDER[pronoun.word]
        last = bisect_right(self.segments.starts, pronoun.start) - 1
        for index in range(last, max(-1, last - sr.PRONOUN_SENTENCES - 1), -1):
            sentence = self.segments.sentences[index]
            end = min(sentence.end, pronoun.start)
            start = max(sentence.start, end - sr.SPEAKER_REACH)
            people = [e for e in self.entities_in(start, end) if e.kind == "person" and not self.quoted[e.start]
                      and self._gender(e.name) in (wanted, None) and not self._attributive(e)]
            if people:
                return self._likeliest_referent(Span(start, end), people).name
        index = bisect_right(self.people_ends, pronoun.start) - 1
        while index >= 0 and self._gender(self.people[index].name) not in (wanted, None):
            index -= 1
        return self.people[index].name if index >= 0 else None

    def _attributive(self, person: _Entity) -> bool:
        """A name used to qualify a noun ('the Giffords shooting', 'the Trump administration'), which a
        later 'he' or 'she' does not stand for."""
        following = _NEXT_WORD.match(self.text, person.end, min(len(self.text), person.end + 30))
        return bool(following) and following.group(1) in sr.ATTRIBUTIVE_NOUNS

    def _likeliest_referent(self, sentence: Span, people: list[_Entity]) -> _Entity:
        """Among the people a sentence names, the one a following 'he' or 'she' most likely means:
        the one it has speak ('Trump, Sexton said, has …' is Sexton), else its subject, else the
        last named."""
        for verb in self.verbs[bisect_left(self.verb_ends, sentence.start):bisect_left(self.verb_ends, sentence.end)]:
            speaker = self._left_of(sentence, verb.start()) or self._after_opening_verb(sentence, verb)
            if speaker is not None and speaker in people:
                return speaker
        opener = _OPENING_CLAUSE.match(self.text, sentence.start, min(sentence.end, sentence.start + sr.SPEAKER_REACH))
        subject = self.subject_of(Span(opener.end(), sentence.end) if opener else sentence)
        heads = [e for e in people if subject is not None and e.start >= subject.start]
        return self._head_of(heads, heads) if heads and heads[0] == subject else people[-1]

    def _gender(self, name: str) -> str | None:
        """'m', 'f' or None: from a title the article gives the person ('Mrs', 'Sir'), a given name
        that is one sex's only (rules/names.py), or, failing both, the pronouns of the sentences
        that name the person alone ('Clinton spoke in Iowa. She said …')."""
        if self._genders is None:
            votes: dict[str, dict[str, int]] = {}

            def vote(person: str, gender: str, weight: int) -> None:
                votes.setdefault(person, {}).setdefault(gender, 0)
                votes[person][gender] += weight

            for mention in self.mentions:
                gender = sr.TITLE_GENDER.get((mention.title or "").lower().rstrip("."))
                first = mention.name.split()[0].lower() if mention.kind == "person" and " " in mention.name else ""
                gender = gender or ("f" if first in names.FEMALE else "m" if first in names.MALE else None)
                if mention.kind == "person" and gender:
                    vote(mention.name, gender, 10)
            for before, after in zip(self.segments.sentences, self.segments.sentences[1:]):
                opener = _PRONOUN_OPENER.match(self.text, after.start, after.end)
                if opener is None:
                    continue
                people = {e.name for e in self.entities_in(before.start, before.end)
                          if e.kind == "person" and not self.quoted[e.start]}
                if len(people) == 1:
                    vote(people.pop(), sr.PRONOUN_GENDER[opener.group(1).lower()], 1)
            self._genders = {person: max(counts, key=counts.get) for person, counts in votes.items()
                             if max(counts.values()) >= 2 and max(counts.values()) >= 3 * min(
                                 counts.get("m", 0), counts.get("f", 0))}
        return self._genders.get(name)

    def _author_of(self, entity: _Entity) -> _Entity | None:
        """'a report by Louise Casey': the document's author speaks for it."""
        tail = re.match(r"\s+(?:by|from)\s+", self.text[entity.end:entity.end + 12])
        if not tail:
            return None
        return next((e for e in self.starting_at(entity.end + tail.end()) if e.kind in ("person", "organisation")),
                    None)

    def _organisation_for(self, word: str, at: int) -> tuple[str, str] | None:
        """The organisation last tied to this descriptor (or one of its family) before `at`, else the first."""
        for related in (False, True):
            offsets, candidates = self._associated(word, related)
            if candidates:
                index = bisect_right(offsets, at) - 1
                return candidates[max(index, 0)][2], "organisation"
        return None

    def _associated(self, word: str, related: bool) -> tuple[list[int], list[tuple[int, str, str]]]:
        key = (word, related)
        if key not in self._association_index:
            family = (sr.DESCRIPTOR_FAMILY if word in sr.DESCRIPTOR_FAMILY else {word}) if related else {word}
            pairs = [p for p in self.associations if p[1] in family]
            self._association_index[key] = ([p[0] for p in pairs], pairs)
        return self._association_index[key]

    def _usual_speaker(self, word: str) -> tuple[str, str] | None:
        """The organisation the source most often makes the subject of a reporting verb."""
        if word not in sr.DESCRIPTOR_FAMILY:
            return None
        if self._usual is None:
            counts: dict[str, int] = {}
            for verb in self.verbs:
                sentence = self.segments.sentence_at(verb.start())
                entity = self._left_of(sentence, verb.start())
                if entity is not None and entity.kind == "organisation":
                    counts[entity.name] = counts.get(entity.name, 0) + 1
            self._usual = max(counts, key=counts.get) if counts else ""
        return (self._usual, "organisation") if self._usual else None

    def _earlier_subject(self, at: int) -> tuple[str | None, str]:
        """'It said': the last sentence whose subject is an organisation or a document."""
        before = bisect_right(self.sentence_ends, at)
        for sentence in reversed(self.segments.sentences[max(0, before - 4):before]):
            subject = self.subject_of(sentence)
            if subject is not None and subject.kind in ("organisation", "descriptor"):
                return self.name_of(subject, subject.start)
        return None, "pronoun"

    def subject_of(self, sentence: Span) -> _Entity | None:
        """The first entity within a sentence's first eight words."""
        words = list(islice(_WORD.finditer(self.text, sentence.start, sentence.end), 8))
        limit = words[-1].end() if words else sentence.start
        return next((e for e in self.starting_in(sentence.start, limit) if e.kind != "pronoun"), None)

    # -- the rules, in order --------------------------------------------------

    def after_closing(self, close: int, sentence: Span, end: int | None = None) -> _Entity | None:
        """'…," she said', '…," said John Smith', '…," the hospital's chief nurse, Jo Patel, said';
        a signature line, '…" ― Pamela Padilla'; and a partial quotation that runs on to the
        attribution, '"…" about the decision, said RoseAnn DeMoro'. `end` is where the attributing
        words may end (by default the sentence's end).

        Only when the quotation ends a clause, not in "'transformed' council care".
        """
        signed = self._signature(close)
        if signed is not None:
            return signed
        end = min(sentence.end if end is None else end, close + 1 + sr.VERB_AFTER_QUOTE)
        after = self.text[close + 1:end]
        inside = self.text[max(0, close - 4):close].rstrip(_SINGLE + '"' + _DOUBLE_CLOSE + " \u00a0")
        start = close + 1
        if not (inside[-1:] in (",", ".", "!", "?", "\u2014", "-") or re.match(r"^\s*[,\u2014\u2013-]", after)
                or self._name_then_verb(close + 1, end)):
            tail = _RUN_ON_TO_ATTRIBUTION.match(after)
            if tail is None or not self._short_attribution(close + 1 + tail.end(), end):
                return None
            start = close + 1 + tail.end() - 1
            after = self.text[start:end]
        verb = _VERB.search(after)
        if verb is None or any(ch in after[:verb.start()] for ch in _DOUBLE_OPEN + '"\u2018'):
            return None
        verb_at = start + verb.start()
        between = self._left_of(Span(start, end), verb_at)
        if between is not None:
            return between
        after_verb = verb_at + len(verb.group(0))
        if verb.group(1).lower() == "according":
            to = re.match(r"\s+to\s+", self.text[after_verb:after_verb + 6])
            after_verb += to.end() if to else 0
        following = [e for e in self.starting_in(after_verb, min(end, verb_at + sr.NAME_AFTER_VERB))
                     if e.kind != "pronoun" and not self.quoted[e.start] and "," not in self.text[verb_at:e.start]]
        if (following and verb.group(1).lower() != "according"  # 'according to a court document filed by X'
                and not self._next_to_verb(after_verb, following[0].start)):
            return None  # 'the family said in a statement released through Greater Manchester Police'
        people = [e for e in following if e.kind == "person"]
        return self._head_of(people, following)

    def introduction(self, opening: int, closing: int, paragraph: Span) -> _Entity | None:
        """Who a sentence that introduces the quotation names as its subject, when no reporting verb
        does: the paragraph before, ending in a colon ('Cruz continued:', 'President Clinton released
        the following statement:'), for a quotation that opens its paragraph; or the quotation's own
        sentence when it leads up to it with a colon or a comma and the quotation ends it ('Trump
        leaned in and boomed: "…"', 'Sanders responded, "…"')."""
        sentence = self.segments.sentence_at(opening)
        reach = max(sentence.start, opening - sr.SPEAKER_REACH)
        if _NOT_SPACE.search(self.text, paragraph.start, opening):
            if not _NOT_SPACE.search(self.text, sentence.start, opening):
                return self._short_sentence_before(sentence)  # 'Dianne Bystrom agreed. "…"'
            tail_end = min(sentence.end, closing + 1 + sr.VERB_AFTER_QUOTE)
            if (not _LEADS_UP.search(self.text[reach:opening]) or tail_end < sentence.end
                    or self.text[closing + 1:tail_end].strip(_END_PUNCTUATION)
                    or _VERB.search(self.text, reach, opening)):
                return None  # a reporting verb whose subject is not named: 'Another source said, "…"'
            return self._named_subject(sentence, opening)
        index = bisect_right(self.segments.paragraph_starts, paragraph.start) - 2
        if index < 0:
            return None
        previous = self.segments.paragraphs[index]
        ending = self.text[max(previous.start, previous.end - sr.SPEAKER_REACH):previous.end].rstrip()
        if not ending.endswith(":"):
            return None
        colon = max(previous.start, previous.end - sr.SPEAKER_REACH) + len(ending) - 1
        sentence = self.segments.sentence_at(colon)
        return self.before_opening(colon, sentence) or self._named_subject(sentence, colon)

    def _short_sentence_before(self, sentence: Span) -> _Entity | None:
        """The speaker of the sentence just before, in the same paragraph, when it quotes nothing and
        does no more than attribute: a short one with a reporting verb ('Iowa State University's
        Dianne Bystrom agreed. "…"'), or one that ends with its verb and where it was said ('Sam Lau,
        the party's spokesman, said in a statement. "…"')."""
        index = bisect_right(self.segments.starts, sentence.start) - 2
        if index < 0:
            return None
        before = self.segments.sentences[index]
        if before.end - before.start > sr.SPEAKER_REACH:
            return None
        words = self.text[before.start:before.end]
        verb_index = bisect_left(self.verb_ends, before.end + 1)
        if (self.segments.paragraph_at(before.start) != self.segments.paragraph_at(sentence.start)
                or any(mark in words for mark in _DOUBLE_OPEN + _DOUBLE_CLOSE + '"')
                or verb_index == 0 or self.verbs[verb_index - 1].start() < before.start):
            return None
        last_verb = self.verbs[verb_index - 1]
        tail = self.text[last_verb.end():before.end].split()
        ends_with_attribution = len(tail) <= sr.WORDS_AFTER_A_CLOSING_VERB and (
            not tail or tail[0].lower().strip(".,") in sr.PLACING_WORDS)
        if len(words.split()) > sr.WORDS_IN_A_SHORT_ATTRIBUTION and not ends_with_attribution:
            return None
        return self._earlier_speaker(before, verb_index)

    def _named_subject(self, sentence: Span, limit: int) -> _Entity | None:
        """The sentence's subject if it is a person or an organisation named before `limit` and the
        sentence says something of it: a lower-case word (its verb) follows the name, past an
        appositive ('Trump gestured', 'Kasich, for his part, resisted'), or a reporting verb opens the
        sentence before it ('Said Ellis:'). 'Update at 9:34 a.m. ET:' names no one."""
        opener = _OPENING_CLAUSE.match(self.text, sentence.start, min(limit, sentence.start + sr.SPEAKER_REACH))
        clause = Span(opener.end(), sentence.end) if opener else sentence
        subject = self.subject_of(clause)
        if subject is not None and subject.kind != "person":
            subject = self._main_subject(clause, limit)  # 'Senate Majority Leader Mitch McConnell, R-Ky., delivered'
        if (subject is None or subject.start >= limit or subject.kind not in ("person", "organisation")
                or self.quoted[subject.start] or self._object_of_preposition(clause.start, subject.start)):
            return None
        inverted = _VERB.fullmatch(self.text[clause.start:subject.start].strip())
        predicate = _PREDICATE.match(self.text, subject.end, limit)
        return subject if inverted or predicate else None

    def next_sentence(self, close: int, sentence: Span) -> _Entity | None:
        """'…?" Trump said.': a quotation that ends its sentence, attributed by the next sentence of
        the paragraph when that one opens with a short attribution: a reporting verb within its
        first words, then the sentence's end, a comma, or words that place the saying
        ('on Twitter', 'to reporters', 'Monday'), not a clause of its own ('He also said Trump's …')."""
        if _NOT_SPACE.search(self.text, close + 1, sentence.end):
            return None
        following = self.segments.sentence_at(sentence.end + 1)
        gap = self.text[sentence.end:following.start]
        if following.start <= close or "\n" in gap or gap.strip():
            return None
        if not self._short_attribution(following.start, following.end):
            return None
        return self.after_closing(close, sentence, following.end)

    def _short_attribution(self, start: int, end: int) -> bool:
        """Whether text[start:end] opens with an attribution and nothing else: 'said Jo Lee, …',
        'Trump said.', 'Renteria told reporters', 'Trump said on Twitter' — a reporting verb within the
        first few words, then the end, a comma, or words that place the saying, not a clause of its
        own ('He also said Trump's …', 'Trump has demanded money')."""
        first_words = list(islice(_WORD.finditer(self.text, start, end), 3 * sr.WORDS_BEFORE_VERB))
        limit = first_words[-1].end() if first_words else start
        verb = _VERB.search(self.text, start, limit)
        if verb is None:
            return False
        who = self.text[start:verb.start()]
        described = _APPOSITIVE_TAIL.search(who)  # 'Murphy, the head of Right to Rise USA, tweeted'
        if len((who[:described.start()] if described else who).split()) > sr.WORDS_BEFORE_VERB:
            return False
        if not who.strip():
            return True  # 'said Jo Lee'
        if any(mark in who for mark in ":;\"\u201c\u201d"):
            return False  # ''Lousy' News: Just 69,000 Jobs Added In May' is a headline
        rest = self.text[verb.end():min(end, verb.end() + sr.NAME_AFTER_VERB)]
        next_word = re.match(r"\s*([\w'’]+)", rest)
        return bool(re.match(r"\s*(?:[.,;!?]|$)", rest) or verb.group(1).lower() in sr.VERBS_WITH_AN_OBJECT
                    or (next_word and next_word.group(1).lower() in sr.PLACING_WORDS))

    def _name_then_verb(self, start: int, end: int) -> bool:
        """'"…" Grubbs said.', '"…" said Nick Merrill': a quotation closed without a comma is attributed
        only by a name (or 'he', 'she') right after it and its verb, not by words of a headline
        ('‘No Idea’ If I Would Have Told Hillary …')."""
        if not self._short_attribution(start, end):
            return False
        verb = _VERB.search(self.text, start, end)
        if not self.text[start:verb.start()].strip():
            return True
        names = self.entities_in(start, verb.start())
        return bool(names) and not self.text[start:names[0].start].strip() and not self.text[
            names[-1].end:verb.start()].strip()

    def attributed_here(self, close: int) -> bool:
        """Whether an attribution follows the closing mark ('…," one person wrote'), named or not: a
        quotation so attributed never takes the last speaker's name."""
        if close >= len(self.text):
            return False
        lead = _ATTRIBUTION_LEAD.match(self.text, close + 1)
        verb = _VERB.match(self.text, lead.end())
        if verb is not None and verb.group(1).lower() in sr.PARTICIPLES or _CONJUNCTION.match(self.text, lead.end()):
            return False  # '"…," adding that …', '"…" and vowed to …' go on with the sentence's own speaker
        return self._short_attribution(lead.end(), self.segments.sentence_at(close).end)

    def _next_to_verb(self, start: int, end: int) -> bool:
        """Whether the words between a verb and a name let the name be its subject: none, or a few that
        hold no preposition but inside a title ('said former Vermont governor Howard Dean', 'said
        Secretary of State Hillary Clinton'), not 'said in a statement released through Police'."""
        gap = self.text[start:end]
        words = gap.split()
        if len(words) > sr.WORDS_BEFORE_NAME or any(mark in gap for mark in _DOUBLE_OPEN + _DOUBLE_CLOSE + '"'):
            return False
        return not any(word.lower() in sr.PREPOSITIONS and not (i and words[i - 1][:1].isupper())
                       for i, word in enumerate(words))

    def _signature(self, close: int) -> _Entity | None:
        """'"…" ― Pamela Padilla' or a line '- Bernie Sanders.' under the quotation: a name alone after
        a dash, ending its line or followed by a comma, signs the quotation."""
        dash = _SIGNATURE_DASH.match(self.text, close + 1, min(len(self.text), close + 40))
        if dash is None:
            return None
        signer = next((e for e in self.starting_at(dash.end()) if e.kind in ("person", "organisation")), None)
        if signer is None or not _SIGNATURE_END.match(self.text, signer.end, min(len(self.text), signer.end + 3)):
            return None
        return signer

    def _head_of(self, people: list[_Entity], following: list[_Entity]) -> _Entity | None:
        """The speaker among the names after a verb: the first person, or, in 'said Cruz constituent
        Dan Golvach' and 'said Clinton ally James Carville', the person the first one describes."""
        if not people:
            return (following or [None])[0]
        head = people[0]
        for later in people[1:]:
            if not _DESCRIBING_WORDS.fullmatch(self.text[head.end:later.start]):
                break
            head = later
        return head

    def before_opening(self, opening: int, sentence: Span) -> _Entity | None:
        reach = max(sentence.start, opening - sr.SPEAKER_REACH)
        last = bisect_right(self.verb_ends, opening) - 1
        if last < 0 or self.verbs[last].start() < reach:
            return None
        verb = self.verbs[last]
        word = verb.group(1).lower()
        verb_at = verb.start()
        if word in sr.PARTICIPLES:
            # 'with Trump reportedly yelling': a name right before the participle is its subject
            doer = next((e for e in reversed(self.entities_in(reach, verb_at)) if not self.quoted[e.start]), None)
            if (doer is not None and doer.kind in ("person", "organisation")
                    and _ADVERBS_ONLY.fullmatch(self.text, doer.end, verb_at)):
                return doer
            if not _WORD_CHARACTER.search(self.text, sentence.start, verb_at):
                return self._previous_speaker(sentence)  # '… Maher stated …. Adding, "…"'
            return self._earlier_speaker(sentence, last) or self._main_subject(sentence, verb_at)
        if _COORDINATED.search(self.text, reach, verb_at):
            earlier = self._earlier_speaker(sentence, last)  # 'Hayek confirmed she had been and said, "…"'
            if earlier is not None:
                return earlier
        if word == "according":
            return next((e for e in self.starting_in(verb_at + 1, opening) if e.kind != "pronoun"), None)
        passive = re.match(r"\s+by\s+", self.text[verb.end():opening])
        if passive and re.search(r"\b(was|were|been|is|are|be)\s+$", self.text[reach:verb_at]):
            agent = verb.end() + passive.end()  # 'was asked by host Bill Maher'
            return next((e for e in self.starting_in(agent, min(opening, agent + sr.NAME_AFTER_VERB))
                         if e.kind in ("person", "organisation")), None)
        return self._left_of(sentence, verb_at) or self._after_opening_verb(sentence, verb)

    def _earlier_speaker(self, sentence: Span, index: int) -> _Entity | None:
        """The named subject of the reporting verb before verb `index` in the same sentence: 'Spicer
        said, adding, "…"' and 'De Blasio said … and said, "…"' are Spicer's and De Blasio's; a verb
        that is itself a second one ('Trump joked …, but went on to say') passes the look further back."""
        while index > 0 and self.verbs[index - 1].start() >= sentence.start:
            verb = self.verbs[index - 1]
            if _COORDINATED.search(self.text, max(sentence.start, verb.start() - sr.NAME_AFTER_VERB), verb.start()):
                index -= 1
                continue
            speaker = self._left_of(sentence, verb.start()) or self._after_opening_verb(sentence, verb)
            return speaker if speaker is not None and speaker.kind in ("person", "organisation") else None
        return None

    def _previous_speaker(self, sentence: Span) -> _Entity | None:
        """Who the sentence before has speak, for one that opens with a participle ('Adding, "…"')."""
        index = bisect_right(self.segments.starts, sentence.start) - 2
        if index < 0:
            return None
        before = self.segments.sentences[index]
        return self._earlier_speaker(before, bisect_left(self.verb_ends, before.end + 1))

    def _main_subject(self, sentence: Span, limit: int) -> _Entity | None:
        """The subject of the sentence's main clause, past an opening clause ('In a statement released
        Thursday, Rep. Hakeem Jeffries reacted …'), and the person a leading description names
        ('Cleveland Police Chief Calvin Williams')."""
        opener = _OPENING_CLAUSE.match(self.text, sentence.start, min(limit, sentence.start + sr.SPEAKER_REACH))
        subject = self.subject_of(Span(opener.end(), sentence.end) if opener else sentence)
        if subject is None:
            return None
        people = [e for e in self.starting_in(subject.start, min(limit, subject.end + sr.NAME_AFTER_VERB))
                  if e.kind == "person"]
        if people and (people[0] == subject or (people[0].start >= subject.end and (
                people[0].start <= subject.end + 1 or _DESCRIBING_WORDS.fullmatch(" " + self.text[subject.end:people[0].start])))):
            return self._head_of(people, people)
        return subject

    def _after_opening_verb(self, sentence: Span, verb: re.Match) -> _Entity | None:
        """'Said Ellis: "…"', 'Continued Stone: "…"': a sentence that opens with its reporting verb
        names the speaker right after it."""
        if _WORD_CHARACTER.search(self.text, sentence.start, verb.start()):
            return None
        return next((e for e in self.starting_in(verb.end(), verb.end() + 3) if e.kind in ("person", "organisation")),
                    None)

    def _left_of(self, sentence: Span, verb_at: int) -> _Entity | None:
        """The subject of a verb: the nearest entity to its left, past an appositive or a parenthesis."""
        reach = max(sentence.start, verb_at - sr.SPEAKER_REACH)
        left = self.text[reach:verb_at]
        appositive = _APPOSITIVE_TAIL.search(left)
        if appositive:
            left = left[:appositive.start()]
        left = re.sub(r"\s*\([^)]*\)[\s,]*$", "", left)
        candidates = (e for e in reversed(self.entities_in(reach, reach + len(left)))
                      if not self.quoted[e.start] and not self._object_of_preposition(reach, e.start))
        nearest = next(candidates, None)
        if nearest is None or nearest.kind == "person":
            return nearest
        for earlier in islice(candidates, sr.APPOSITIVE_NAMES):
            if earlier.kind == "person" and _APPOSITIVES.fullmatch(self.text, earlier.end, reach + len(left)):
                return earlier  # 'Kevin McCarthy, California Republican, told'; 'Harry Bond, 30, of Raleigh, N.C., said'
        return nearest

    def _object_of_preposition(self, start: int, at: int) -> bool:
        """'the report of the council said': the council is not the subject. Only the last words count."""
        return _PREPOSITION_BEFORE.search(self.text, max(start, at - _PREPOSITION_REACH), at) is not None

    def caption(self, opening: int, paragraph: Span) -> _Entity | None:
        """A label or the name a colon hands the quotation to: 'PENCE: "…"', 'Michael P. McDonald: "…"',
        '… doesn't surprise Republican pollster Daron Shaw: "…"'; not the object of a preposition
        ('… delivered a blunt message to Trump: "…"')."""
        if opening - paragraph.start > sr.SPEAKER_REACH:
            return None
        before = self.text[paragraph.start:opening]
        if not _CAPTION.search(before) or _VERB.search(before):
            return None
        end = paragraph.start + len(before.rstrip()[:-1].rstrip())
        people = [e for e in self.entities_in(paragraph.start, end) if e.kind == "person" and e.end == end]
        label = _TRANSCRIPT_LABEL.fullmatch(self.text, paragraph.start, end)
        if not people and label:  # 'PENCE: "…"' in a transcript: the person of that surname, if named
            surname = label.group(1)
            person = next((p.name for p in self.people if p.name.split()[-1].upper() == surname), surname.title())
            return _Entity(label.start(1), label.end(1), "person", person)
        if not people or (self._object_of_preposition(paragraph.start, people[0].start)
                          and not _FROM_BEFORE.search(self.text, paragraph.start, people[0].start)):
            return None  # 'More from Jeffrey M. Jones: "…"' names the source; '… to Trump: "…"' does not
        return people[0]


def _in_title_case(text: str, paragraph: Span) -> bool:
    """A short paragraph whose words, but for small ones, are capitalised: a headline or the title of
    a linked story, whose capitalised words are no names to give a quotation."""
    if paragraph.end - paragraph.start > sr.HEADLINE_CHARACTERS:
        return False
    words = [w for w in _TITLE_WORD.findall(text, paragraph.start, paragraph.end) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= sr.HEADLINE_CAPITALISED * len(words)


def _continues(text: str, segments: Segments, opening: int, paragraph: Span, previous_close: int) -> bool:
    """A quotation that opens its sentence right after another quotation is the same voice going on:
    in the next paragraph, or in the sentence after the one where the other quotation closed (its
    attribution), never past a sentence of other words."""
    sentence = segments.sentence_at(opening)
    if previous_close < 0 or _NOT_SPACE.search(text, sentence.start, opening):
        return False
    previous_paragraph = segments.paragraph_at(previous_close)
    if previous_paragraph.start != paragraph.start:
        return paragraph.start - previous_paragraph.end <= 4
    return not _NOT_SPACE.search(text, segments.sentence_at(previous_close).end, sentence.start)


def extract_quotes(segments: Segments, mentions: list[Mention]) -> list[Quote]:
    spans = find_quote_spans(segments)
    resolver = _Resolver(segments, mentions, spans)
    text = segments.text
    speakers: dict[int, tuple[str | None, str | None, str | None]] = {}
    previous: tuple[str | None, str | None, str | None] = (None, None, None)
    previous_close = -1
    groups: dict[int, list[QuoteSpan]] = {}
    for span in spans:
        groups.setdefault(span.group, []).append(span)
    for group, parts in sorted(groups.items()):
        first, last = parts[0], parts[-1]
        opening, closing = first.start - 1, last.close
        paragraph = segments.paragraph_at(opening)
        if _in_title_case(text, paragraph):
            # a headline names a speaker only as its label ('Ted Cruz: "…"'), not with words around it
            label = resolver.caption(opening, paragraph)
            if label is not None and not _NOT_SPACE.search(text, paragraph.start, label.start):
                name, kind = resolver.name_of(label, opening)
                speakers[group] = (name, label.name, kind)
            else:
                speakers[group] = (None, None, None)
            continue
        entity = None
        # '"…," one person wrote': attributed after a closing mark, named or not
        attributed = any(resolver.attributed_here(part.close) for part in parts)
        for part in parts:
            sentence = segments.sentence_at(part.close)
            entity = resolver.after_closing(part.close, sentence) if part.close < len(text) else None
            if entity is None and attributed and resolver.attributed_here(part.close):
                break  # '"…," says father of victim': someone unnamed, whatever the words before say
            entity = entity or resolver.before_opening(part.start - 1, segments.sentence_at(part.start - 1))
            if entity:
                break
        entity = entity or resolver.caption(opening, paragraph) or resolver.introduction(opening, closing, paragraph)
        if entity is None and last.close < len(text):
            entity = resolver.next_sentence(last.close, segments.sentence_at(last.close))
        if entity is not None:
            name, kind = resolver.name_of(entity, opening)
            speakers[group] = (name, entity.name if entity.kind != "pronoun" else entity.word, kind)
        elif previous[0] and not attributed and _continues(text, segments, opening, paragraph, previous_close):
            speakers[group] = previous
        else:
            speakers[group] = (None, None, None)
        if speakers[group][0] or attributed:
            previous = speakers[group]  # '"…," one person wrote': someone unnamed speaks now, not the last speaker
        previous_close = closing
    quotes = []
    for span in spans:
        name, mention, kind = speakers[span.group]
        words = len(re.findall(r"[\w'’\-]+", text[span.start:span.end]))
        quotes.append(Quote(span.start, span.end, span.group, span.part, name, mention, kind, words <= 3))
    return quotes
