"""Alignment: claims in different sources that state the same thing.

Every kind is blocked before anything is scored, so the cost grows with the
claims that could match, never with all pairs:

- quotes by pairs of content words they share; then the shorter quote is
  slid over the longer one word by word (rapidfuzz's Levenshtein on word
  lists), so a quote printed whole in one outlet and in part, or split in
  two, in another lands in one alignment;
- figures by value, then the same unit or the same context (the words of
  the sentence around them), across the whole corpus: background facts
  ('1,400 children') recur in stories years apart;
- ratings by event, then what they grade;
- people by name.

Aligned claims are merged transitively (union-find), so one alignment holds
every version of a statement.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .extract.text import sentence_around
from .model import Alignment, Claim, Source
from .rules.stopwords import STOPWORDS
from .rules.units import PEOPLE

QUOTE_MIN_WORDS = 4
QUOTE_MIN_SIMILARITY = 0.7
FIGURE_CONTEXT_MIN = 55
FIGURE_SAME_STORY = 75
MAX_BLOCK = 40
SMALL_FIGURE = 10
RATING_SUBJECT_MIN = 70
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def words(text: str) -> list[str]:
    return _TOKEN.findall(text.translate(_FOLD).lower())


@dataclass(frozen=True)
class Window:
    """Where the shorter of two quotes sits in the longer, and how alike the words are."""

    start: int
    end: int
    similarity: float


def best_window(short: list[str], long: list[str]) -> Window:
    """Slide `short` over `long` (allowing a word more or less) and keep the closest stretch."""
    if not short or not long:
        return Window(0, 0, 0.0)
    best = Window(0, 0, 0.0)
    n = len(short)
    for size in dict.fromkeys((n, max(1, n - 1), n + 1)):
        for start in range(0, max(1, len(long) - size + 1)):
            stretch = long[start:start + size]
            similarity = 1 - Levenshtein.normalized_distance(short, stretch)
            if similarity > best.similarity:
                best = Window(start, start + len(stretch), similarity)
    return best


class _UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)

    def groups(self) -> list[list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for x in self.parent:
            out[self.find(x)].append(x)
        return list(out.values())


def _pairs(blocks: Iterable[list[Claim]]) -> set[tuple[str, str]]:
    pairs = set()
    for block in blocks:
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                if a.id != b.id:
                    pairs.add((min(a.id, b.id), max(a.id, b.id)))
    return pairs


def _content(tokens: list[str]) -> list[str]:
    return [t for t in tokens if t not in STOPWORDS]


def _quote_pairs(quotes: list[Claim], tokens: dict[str, list[str]]) -> set[tuple[str, str]]:
    """Pairs of quotes sharing a pair of content words; pairs too common to tell ('white house') block nothing."""
    keys: dict[str, list[tuple[str, ...]]] = {}
    for claim in quotes:
        content = _content(tokens[claim.id])
        keys[claim.id] = list(dict.fromkeys(tuple(content[i:i + 2]) for i in range(max(1, len(content) - 1))))
    frequency = defaultdict(int)
    for claim_keys in keys.values():
        for key in claim_keys:
            frequency[key] += 1
    blocks: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for claim in quotes:
        for key in keys[claim.id]:
            if 1 < frequency[key] <= MAX_BLOCK:
                blocks[key].append(claim)
    return _pairs(blocks.values())


def _sentence_around(source: Source, claim: Claim) -> str:
    return sentence_around(source.text, claim.start, claim.end)


def align_claims(claims: list[Claim], sources: list[Source]) -> list[Alignment]:
    by_id = {c.id: c for c in claims}
    source_of = {s.id: s for s in sources}
    event_of = {s.id: s.event for s in sources}
    groups: dict[str, _UnionFind] = defaultdict(_UnionFind)

    quotes = [c for c in claims if c.kind == "quote" and not c.extra.get("short")]
    tokens = {c.id: words(c.text) for c in quotes}
    quotes = [c for c in quotes if len(tokens[c.id]) >= QUOTE_MIN_WORDS]
    for a_id, b_id in _quote_pairs(quotes, tokens):
        a, b = by_id[a_id], by_id[b_id]
        if a.source == b.source:
            continue
        short, long = sorted((tokens[a_id], tokens[b_id]), key=len)
        if len(set(short) & set(long)) < QUOTE_MIN_SIMILARITY * len(set(short)):
            continue  # cheap test first: most candidates share too few words to be one quote
        window = best_window(short, long)
        shared = len(set(short) & set(long[window.start:window.end]))
        if window.similarity >= QUOTE_MIN_SIMILARITY and shared >= 3:
            groups["quote"].union(a_id, b_id)

    figures = [c for c in claims if c.kind == "figure"]
    _align_same_figures(figures, event_of, groups["figure"])
    contexts: dict[str, str] = {}
    _align_figures_in_context(figures, by_id, source_of, event_of, contexts, groups["figure"])
    _align_differing_figures(figures, by_id, source_of, event_of, contexts, groups["figure"])

    by_event: dict[str | None, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind == "rating":
            by_event[event_of[claim.source]].append(claim)
    for a_id, b_id in _pairs(by_event.values()):
        a, b = by_id[a_id], by_id[b_id]
        if a.source != b.source and fuzz.token_set_ratio(a.subject or "", b.subject or "") >= RATING_SUBJECT_MIN:
            groups["rating"].union(a_id, b_id)

    by_person: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind == "person":
            by_person[str(claim.value).lower()].append(claim)
    _union_blocks(by_person.values(), groups["person"])

    alignments = []
    for kind in ("quote", "figure", "rating", "person"):
        for members in groups[kind].groups():
            members = sorted(members, key=lambda i: (by_id[i].source, by_id[i].start))
            if len({by_id[i].source for i in members}) < 2 and kind != "figure":
                continue
            alignments.append(Alignment(id=f"a{len(alignments) + 1}", kind=kind, claims=members,
                                        agree=_agree(kind, [by_id[i] for i in members])))
    return alignments


def _figure_key(claim: Claim) -> float:
    """A figure's number for blocking; a range is keyed by its top."""
    return float(claim.value[-1]) if isinstance(claim.value, list) else float(claim.value)


def _unit_family(unit: str | None) -> str | None:
    return "people" if unit in PEOPLE else unit


def _union_blocks(blocks: Iterable[list[Claim]], groups: _UnionFind) -> None:
    """Everything in a block is one statement: union in a chain, linear in the block's size."""
    for block in blocks:
        for a, b in zip(block, block[1:]):
            groups.union(a.id, b.id)


def _align_same_figures(figures: list[Claim], event_of, groups: _UnionFind) -> None:
    """The same number of the same kind of thing: across the corpus when it is large enough to be
    a fact of its own ('1,400 children'), within an event when it is small ('three councillors')."""
    blocks: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in figures:
        if not claim.unit:
            continue
        value = _figure_key(claim)
        scope = event_of[claim.source] if value <= SMALL_FIGURE else None
        blocks[(value, _unit_family(claim.unit), scope)].append(claim)
    _union_blocks(blocks.values(), groups)


def _align_figures_in_context(figures, by_id, source_of, event_of, contexts, groups: _UnionFind) -> None:
    """The same number told with other words ('1,400 youngsters', 'an estimated 1,400'), within an event."""
    blocks: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in figures:
        if _figure_key(claim) > SMALL_FIGURE:
            blocks[(_figure_key(claim), event_of[claim.source])].append(claim)
    for a_id, b_id in _pairs(b for b in blocks.values() if len(b) <= MAX_BLOCK):
        a, b = by_id[a_id], by_id[b_id]
        if _unit_family(a.unit) == _unit_family(b.unit) and a.unit:
            continue
        for c in (a, b):
            contexts.setdefault(c.id, _sentence_around(source_of[c.source], c))
        if fuzz.token_set_ratio(contexts[a_id], contexts[b_id]) >= FIGURE_CONTEXT_MIN:
            groups.union(a_id, b_id)


def _align_differing_figures(figures, by_id, source_of, event_of, contexts, groups: _UnionFind) -> None:
    """'killed 12 people' against 'killed 14 people': the same count told differently, within one event."""
    wordings: dict[str, str] = {}  # each figure's sentence without its numbers
    blocks: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in figures:
        if claim.unit:
            blocks[(event_of[claim.source], _unit_family(claim.unit))].append(claim)
    for a_id, b_id in _pairs(b for b in blocks.values() if len(b) <= MAX_BLOCK):
        a, b = by_id[a_id], by_id[b_id]
        if isinstance(a.value, list) or isinstance(b.value, list):
            continue
        low, high = sorted((float(a.value), float(b.value)))
        if a.source == b.source or low == high or low <= 0 or high / low > 3:
            continue
        for c in (a, b):
            if c.id not in wordings:
                contexts.setdefault(c.id, _sentence_around(source_of[c.source], c))
                wordings[c.id] = _without_numbers(contexts[c.id])
        if fuzz.token_set_ratio(wordings[a_id], wordings[b_id]) >= FIGURE_SAME_STORY:
            groups.union(a_id, b_id)


def _without_numbers(text: str) -> str:
    return re.sub(r"[£$€]?\d[\d,.]*\S*", " ", text)


def _agree(kind: str, claims: list[Claim]) -> bool:
    if kind == "quote":
        return all(best_window(*sorted((words(a.text), words(b.text)), key=len)).similarity == 1.0
                   for a in claims for b in claims if a.source < b.source)
    if kind in ("figure", "rating"):
        return len({(str(c.value), c.qualifier) for c in claims}) == 1
    return True
