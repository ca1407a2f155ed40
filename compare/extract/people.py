"""People and organisations named in a source, with the roles the source gives them.

Names are runs of capitalised words. A run with a title ('Cllr Lakin') or of
two to four words without an organisation or place word ('Paul Lakin') is a
person; a run with such a word ('Rotherham Council') or a lone capitalised
word that the source also uses mid-sentence ('Ofsted') is an organisation.
A surname alone counts as a person once the source has named them in full,
and every mention of one person shares the fullest name as its key.

Roles come from the words around a name: before it ('Council leader Paul
Lakin', 'the council's leader, Roger Stone') or after it in apposition
('Steve Ashley, independent chair of the board,', 'Shaun Wright, who was the
councillor in charge').
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..rules import names
from ..rules import people as pr
from ..rules.speech import DESCRIPTORS, REPORTING_VERBS
from ..rules.calendar import MONTHS
from .text import Segments, any_of

_TOKEN = re.compile(r"[A-Za-z][\w'’\-]*\.?")
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_PARTICLES = {"de", "van", "von", "der", "da", "del", "bin", "al", "le", "du", "di", "dos", "ten", "ter"}
_CLAUSE_BREAK = re.compile(r"[.;:!?\"“”()]|,\s*(?:who|which|said|says|told|added)\b")
_ROLE_STOP = {
    "said", "says", "told", "was", "is", "were", "are", "has", "had", "have", "by", "after", "before", "when",
    "warned", "with", "from", "to", "that", "but", "the", "a", "an", "as", "while", "since", "his", "her",
    "their", "its", "new", "former", "then", "also", "about", "because", "like", "than", "if", "including",
}


def _fold(word: str) -> str:
    return word.replace("’", "'").lower().rstrip(".")


@dataclass
class Mention:
    start: int
    end: int
    kind: str  # person | organisation
    surface: str
    name: str
    title: str | None = None
    role: str | None = None
    organisation: str | None = None
    party: str | None = None
    key: str = ""
    extra: dict = field(default_factory=dict)


_DATE_AFTER = re.compile(r"\.|\s+\d")
# A finite reporting verb right after a word: 'Cruz said', 'Lee told', 'Baker added'.
_SPEAKS = re.compile(r"\s+(?:" + any_of(v for v in REPORTING_VERBS if not v.endswith("ing") and v != "according")
                     + r")\b")


def _runs(text: str, start: int, end: int):
    """Runs of capitalised tokens (with name particles between) in text[start:end]."""
    run: list[re.Match] = []
    for match in _TOKEN.finditer(text, start, end):
        word = match.group(0)
        gap = text[run[-1].end():match.start()] if run else ""
        joined = not run or (gap.strip() == "" and "\n" not in gap and not run[-1].group(0).endswith(("’s", "'s")))
        if word[0].isupper() and joined:
            run.append(match)
        elif run and joined and word.lower() in _PARTICLES and text[match.end():match.end() + 2].strip()[:1].isupper():
            run.append(match)
        else:
            if run:
                yield run
            run = [match] if word[0].isupper() else []
    if run:
        yield run


def _mid_sentence_words(segments: Segments) -> set[str]:
    """Capitalised words the source uses after the first word of a sentence: proper nouns, not sentence openers."""
    words = set()
    text = segments.text
    for sentence in segments.sentences:
        for i, match in enumerate(_TOKEN.finditer(text, sentence.start, sentence.end)):
            word = match.group(0)
            if i and word[0].isupper() and text[match.start() - 1] not in "\"“‘'":
                words.add(_possessive_stem(word))
    return words


def _possessive_stem(word: str) -> str:
    return re.sub(r"['’]s?$", "", word.rstrip("."))


def find_mentions(segments: Segments) -> list[Mention]:
    """People and organisations named in the source, in text order, people keyed by their fullest name."""
    text = segments.text
    proper = _mid_sentence_words(segments)
    mentions: list[Mention] = []
    for sentence in segments.sentences:
        for run in _runs(text, sentence.start, sentence.end):
            mentions.extend(_split_and_classify(text, run, proper, sentence.start))
    _resolve_surnames(mentions, proper)
    mentions = [m for m in mentions if m.kind == "person" or not m.extra.get("surname_only")]
    for mention in mentions:
        if mention.kind == "person":
            _find_role(text, mention, segments)
    return mentions


def _split_and_classify(text: str, run: list[re.Match], proper: set[str], sentence_start: int) -> list[Mention]:
    """'Rotherham Council Sharon Kemp' is an organisation followed by a person; so is
    'ECB President Christine Lagarde', with the title kept for the person; so is 'Atlantic City Mayor
    Don Guardian', whose given name tells that the words after the title are a person's name."""
    folded = [_fold(_possessive_stem(t.group(0))) for t in run]
    last_org = max((i for i, w in enumerate(folded) if w in pr.ORGANISATION_WORDS), default=-1)
    inner_title = max((i for i, w in enumerate(folded[:-1]) if i > 0 and (w in pr.TITLES or w in pr.ROLE_NOUNS)
                       and 1 <= len(run) - i - 1 <= 3), default=-1)
    prefix_is_titles = all(w in pr.TITLES or w in pr.ROLE_NOUNS for w in folded[:max(inner_title, 0)])
    named_after_title = 0 < inner_title < len(run) - 1 and (folded[inner_title + 1] in names.FEMALE
                                                            or folded[inner_title + 1] in names.MALE)
    if (inner_title > last_org or named_after_title) and inner_title > 0 and not prefix_is_titles:
        parts = [run[:inner_title], run[inner_title:]]
    elif 0 <= last_org < len(run) - 2 and not any(w in pr.ORGANISATION_WORDS for w in folded[last_org + 1:]):
        parts = [run[:last_org + 1], run[last_org + 1:]]
    else:
        parts = [run]
    return [m for part in parts if (m := _classify(text, part, proper, sentence_start))]


def _is_date_word(text: str, token: re.Match) -> bool:
    """A month or a weekday; a three-letter month ('Jun', 'Dec') only with a full stop or a number
    after it, since without one it is as likely a name ('columnist Ai Jun')."""
    word = _fold(token.group(0))
    if word in _WEEKDAYS or (word in MONTHS and len(word) > 3):
        return True
    return word in MONTHS and (token.group(0).endswith(".") or bool(_DATE_AFTER.match(text, token.end())))


def _title_words(text: str, tokens: list[re.Match]) -> int:
    """How many of the first tokens end the longest title of several words, which may begin before
    them in lower case or across 'of' ('Secretary of State Hillary Clinton': 'State' ends one)."""
    folded = [_fold(t.group(0)) for t in tokens]
    best = 0
    for title, position in _TITLES_BY_WORD.get(folded[0], ()):
        inside = len(title) - position
        if inside <= best or tuple(folded[:inside]) != title[position:]:
            continue
        before = text[max(0, tokens[0].start() - 40):tokens[0].start()].lower().split()
        if not position or tuple(before[-position:]) == title[:position]:
            best = inside
    return best


def _titles_by_word() -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """Each word of the titles of several words, with the titles it is in and where."""
    index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for title in pr.MULTIWORD_TITLES:
        for position, word in enumerate(title):
            index.setdefault(word, []).append((title, position))
    return index


_TITLES_BY_WORD = _titles_by_word()


def _classify(text: str, run: list[re.Match], proper: set[str], sentence_start: int) -> Mention | None:
    tokens = list(run)
    while tokens and (_fold(tokens[0].group(0)) in pr.NOT_NAMES or _is_date_word(text, tokens[0])):
        tokens.pop(0)
    if tokens and _fold(tokens[0].group(0)) in REPORTING_VERBS and not text[sentence_start:tokens[0].start()].strip(
            " \"'\u201c\u2018"):
        tokens.pop(0)  # 'Said Ellis:', 'Continued Stone:': a sentence that opens with its verb
    while tokens and _is_date_word(text, tokens[-1]):
        tokens.pop()
    if not tokens:
        return None
    titles = []
    longest = _title_words(text, tokens) if tokens else 0
    if longest and len(tokens) > longest:
        titles, tokens = [t.group(0) for t in tokens[:longest]], tokens[longest:]
    while len(tokens) > 1 and _fold(tokens[0].group(0)) in pr.TITLES:
        titles.append(tokens.pop(0).group(0))
    while len(tokens) > 2 and not titles and _fold(tokens[0].group(0)) in pr.ROLE_NOUNS:
        tokens.pop(0)  # 'Manager Tom Price': a role written like a title
    words = [_possessive_stem(t.group(0)) for t in tokens]
    if all(len(w.rstrip(".")) == 1 for w in words):
        words = ["".join(w.rstrip(".") for w in words)]  # 'U. S.' is an abbreviation, not initials of a name
    start = (run[run.index(tokens[0]) - len(titles)] if titles else tokens[0]).start()
    last = tokens[-1]
    end = last.start() + len(_possessive_stem(last.group(0)))
    surface = text[start:end]
    folded = [w.lower() for w in words]
    acronym = any(w.isalpha() and w.isupper() and len(w) >= 2 for w in words)  # 'Rotherham MBC', 'Former DNC'
    given_name = folded[0] in names.FEMALE or folded[0] in names.MALE  # 'Howard Dean' is a name, 'Deputy Dean' not
    if len(words) > 1 and (acronym or any(w in pr.ORGANISATION_WORDS for w in folded) or folded[0] in pr.PLACE_STARTS) \
            and not (titles and given_name):  # 'Mayor Don Guardian' is a person
        return Mention(start, end, "organisation", surface, " ".join(words))
    if any(ch.isdigit() for w in words for ch in w):
        return None  # 'Pontiac G6', 'Windows 10': a thing's name, not a person's
    if titles or 2 <= len(words) <= 4:
        if any(w in pr.ROLE_NOUNS for w in folded) and not titles and not given_name:
            return None
        name = re.sub(r"\s+", " ", text[tokens[0].start():end])
        return Mention(start, end, "person", surface, name, title=" ".join(titles) or None)
    word = words[0]
    if folded[0] in pr.ORGANISATION_WORDS and word in proper and folded[0] not in pr.ROLE_NOUNS | pr.TITLES:
        # 'Guardian said': kept only if the source names a person so ('Mayor Don Guardian')
        return Mention(start, end, "organisation", surface, word, extra={"surname_only": True})
    if folded[0] in pr.ROLE_NOUNS or folded[0] in pr.TITLES or folded[0] in pr.ORGANISATION_WORDS and not word.isupper():
        return None
    if text[max(0, start - 1):start] == "(" and pr.PARTY.match(text[start - 1:end + 1]):
        return None
    if word.isupper() and len(word) >= 2 or word in proper:
        return Mention(start, end, "organisation", surface, word)
    if _SPEAKS.match(text, end) and _could_be_a_surname(word):
        return Mention(start, end, "person", surface, word)  # '…!" Cruz said.': named once, at a sentence's start
    return None


def _could_be_a_surname(word: str) -> bool:
    """A capitalised word before 'said' is a surname unless English uses it as a word for people:
    'Critics said', 'Officials said' (a plural English knows well), 'Police said'."""
    folded = word.lower()
    if folded in pr.NOT_NAMES or folded in pr.ROLE_NOUNS or folded in pr.ORGANISATION_WORDS or folded in DESCRIPTORS:
        return False
    if not folded.endswith("s"):
        return True
    from wordfreq import zipf_frequency
    return zipf_frequency(folded, "en") < pr.PLURAL_NOUN_ZIPF


def _resolve_surnames(mentions: list[Mention], proper: set[str]) -> None:
    """Give every mention of a person the fullest name the source uses for them."""
    full: dict[str, str] = {}
    for m in mentions:
        if m.kind == "person":
            surname = m.name.split()[-1]
            if len(m.name.split()) > len(full.get(surname, "").split()):
                full[surname] = m.name
    for m in mentions:
        if m.kind == "organisation" and m.name in full:
            m.kind = "person"
        if m.kind == "person":
            m.name = full.get(m.name.split()[-1], m.name)
            m.key = re.sub(r"[^a-z0-9]+", "-", m.name.lower()).strip("-")


def _find_role(text: str, mention: Mention, segments: Segments) -> None:
    sentence = segments.sentence_at(mention.start)
    party = pr.PARTY.match(text[mention.end:mention.end + 20])
    if party:
        mention.party = party.group(1)
    before = max(sentence.start, mention.start - pr.ROLE_REACH)
    if before > sentence.start:  # start at a word, not inside one
        space = text.find(" ", before, mention.start)
        before = space + 1 if space != -1 else mention.start
    role = (_role_before(text[before:mention.start])
            or _role_after(text[mention.end:min(sentence.end, mention.end + pr.ROLE_REACH)]))
    if role:
        mention.role = role
        capitalised = re.findall(r"\b[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*", role)
        named = [n for n in capitalised if any(_fold(w) in pr.ORGANISATION_WORDS for w in n.split())]
        mention.organisation = (named or [n for n in capitalised if _fold(n.split()[0]) not in pr.ROLE_NOUNS]
                                or [None])[-1]


_OBJECT_OF = {"for", "of", "to", "with", "by", "from", "about", "against", "under", "at"}


def _has_role_noun(phrase: str) -> bool:
    return any(_fold(w) in pr.ROLE_NOUNS for w in re.findall(r"[\w'’]+", phrase))


def _role_before(before: str) -> str | None:
    """'Council leader ' or 'the council's leader, ' right before a name."""
    chunk = before.rstrip()
    if chunk.endswith(","):
        chunk = chunk[:-1]
    elif chunk != before[:len(chunk)] or not before.endswith(" "):
        return None
    words = list(re.finditer(r"[\w'’\-]+", chunk))
    if words and _fold(words[-1].group(0)) in _OBJECT_OF:
        return None  # 'press secretary for Biden': the role is another person's, the name its object
    taken: list[re.Match] = []
    for match in reversed(words):
        word = _fold(match.group(0))
        between = chunk[match.end():taken[0].start()] if taken else chunk[match.end():]
        if word in _ROLE_STOP or _CLAUSE_BREAK.search(between) or "," in between:
            break
        taken.insert(0, match)
        if len(taken) >= 8:
            break
    while taken and _fold(taken[0].group(0)) in {"of", "for", "at", "in"}:
        taken.pop(0)
    if not taken:
        return None
    phrase = chunk[taken[0].start():taken[-1].end()]
    return phrase if _has_role_noun(phrase) else None


def _role_after(after: str) -> str | None:
    """', independent chair of the board,' or ', who was the councillor in charge,' after a name."""
    match = re.match(r"^\s*(?:\([^)]*\)\s*)?,\s*(?:who\s+(?:is|was|has been|had been)\s+)?(?:the\s+|a\s+|an\s+)?"
                     r"(?P<role>[a-z][^,.;:()\"“”]{2,120}?)\s*(?:,|\.|$|\s+(?:said|says|told|added)\b)", after)
    if not match:
        # ', Arizona State Forestry Division spokesman,': a named body before a role noun that ends the phrase
        match = re.match(r"^\s*,\s*(?:the\s+)?(?P<role>[A-Z][^,.;:()\"“”]{2,80}?\s(?P<head>[a-z]+))"
                         r"\s*(?:,|\.|$|\s+(?:said|says|told|added)\b)", after)
        if not match or _fold(match.group("head")) not in pr.ROLE_NOUNS:
            return None
    role = match.group("role").strip()
    words = role.split()
    if not words or not _has_role_noun(" ".join(words[:6])):
        return None
    return role
