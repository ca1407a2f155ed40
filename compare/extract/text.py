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
}


_INITIALS = re.compile(r"^(?:[A-Z]\.)*[A-Z]$")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding text[start:end], by a quick look for full stops and line breaks;
    for showing and comparing the context of a claim, not for segmenting."""
    stop = text.rfind(". ", 0, start)
    begin = max(stop + 2 if stop != -1 else 0, text.rfind("\n", 0, start) + 1)
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    return text[begin:(min(ends) + 1 if ends else len(text))].strip()


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
        before = text[start:match.start() + 1]
        word = re.search(r"([\w.]+)\.$", before)
        if word and (word.group(1).lower() in _ABBREVIATIONS or _INITIALS.match(word.group(1))):
            continue
        end = match.end()
        spans.append(Span(start, len(text[:end].rstrip())))
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
