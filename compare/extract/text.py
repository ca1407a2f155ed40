"""Paragraphs and sentences of a source, as offsets into its text.

Extractors work sentence by sentence, but every claim must point back into
the source's `text`, so segmentation never copies or alters characters.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A sentence ends at . ! or ? (perhaps followed by closing quotes or brackets) before white
# space and a capital, digit or opening quote; abbreviations are checked separately.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "rev", "gen", "col", "lt", "sgt", "capt", "cllr", "coun",
    "no", "vs", "v", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "a.m", "p.m", "gov", "sen", "rep", "fig", "approx",
    "del", "maj", "adm", "supt", "det", "insp", "hon", "pres", "atty", "amb", "cmdr", "cpl", "pvt", "lt.gov",
}


# Enough for any abbreviation above or a run of initials ('J.R.R.'); a longer word is no abbreviation.
_LONGEST_ABBREVIATION = 12
_INITIALS = re.compile(r"^(?:[A-Z]\.)*[A-Z]$")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


# How far either side of a claim its sentence is looked for: a line with no full stop is not one sentence.
_SENTENCE_REACH = 1000


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding text[start:end], by a quick look for full stops and line breaks;
    for showing and comparing the context of a claim, not for segmenting."""
    low, high = max(0, start - _SENTENCE_REACH), min(len(text), end + _SENTENCE_REACH)
    stop = text.rfind(". ", low, start)
    begin = max(stop + 2 if stop != -1 else low, text.rfind("\n", low, start) + 1)
    ends = [i for i in (text.find(". ", end, high), text.find("\n", end, high)) if i != -1]
    return text[begin:(min(ends) + 1 if ends else high)].strip()


def _word_before(text: str, start: int, stop: int) -> str:
    """The run of word characters and full stops ending at `stop` (a full stop), from no earlier than `start`.

    Looked for backwards and at most a short word's length, so a sentence costs no more than its length
    however many full stops it holds."""
    begin = stop
    while begin > start and (text[begin - 1].isalnum() or text[begin - 1] in "._"):
        if stop - begin == _LONGEST_ABBREVIATION:
            return ""
        begin -= 1
    return text[begin:stop]


def paragraphs(text: str) -> list[Span]:
    spans, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.start() > start:
            spans.append(Span(start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append(Span(start, len(text)))
    return spans


def sentences(text: str, paragraph: Span) -> list[Span]:
    """Sentences of one paragraph; a full stop after an abbreviation or an initial does not end one."""
    spans, start = [], paragraph.start
    for match in _SENTENCE_END.finditer(text, paragraph.start, paragraph.end):
        word = _word_before(text, start, match.start()) if text[match.start()] == "." else ""
        if word and (word.lower() in _ABBREVIATIONS or _INITIALS.match(word)):
            continue
        end = match.end()
        last = end
        while last > start and text[last - 1].isspace():
            last -= 1
        spans.append(Span(start, last))
        start = end
    if start < paragraph.end:
        spans.append(Span(start, paragraph.end))
    return spans


@dataclass(frozen=True)
class Segments:
    """A source's paragraphs and sentences, computed once and shared by the extractors."""

    text: str
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]

    starts: tuple[int, ...] = field(init=False, repr=False)
    paragraph_starts: tuple[int, ...] = field(init=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "starts", tuple(s.start for s in self.sentences))
        object.__setattr__(self, "paragraph_starts", tuple(p.start for p in self.paragraphs))

    def sentence_at(self, offset: int) -> Span:
        index = bisect_right(self.starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return Span(offset, offset)

    def paragraph_at(self, offset: int) -> Span:
        index = bisect_right(self.paragraph_starts, offset) - 1
        if index >= 0 and offset <= self.paragraphs[index].end:
            return self.paragraphs[index]
        return Span(offset, offset)


def segment(text: str) -> Segments:
    paras = paragraphs(text)
    return Segments(text, tuple(paras), tuple(s for p in paras for s in sentences(text, p)))


def any_of(words) -> str:
    """A regular expression (no groups) matching any of `words`, the longest first, built as a trie
    so that a list of hundreds of words costs one step per character rather than one try per word."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict) -> str:
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(trie)


def phrase_pattern(phrases) -> re.Pattern:
    """Any of `phrases` as whole words, in any case, with the phrase found as group 1 (a trie: see `any_of`)."""
    return re.compile(r"\b(" + any_of({p.lower() for p in phrases}) + r")\b", re.IGNORECASE)


def phrase_key(found: str) -> str:
    """A phrase as found in a text, as its word list keys it: lower case, single spaces."""
    return " ".join(found.lower().split())
