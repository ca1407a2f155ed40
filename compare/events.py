"""Grouping sources by the event they report.

Sources are compared by what they say: TF-IDF over their words, with the
headline and proper names weighted up, because those carry what is specific
to one story. Publication dates gate the comparison (stories more than a day apart are
different events), and a source only joins a group whose members it
resembles on average (average linkage), so one shared background topic does
not chain separate events together. Two articles from one outlet need a
stronger resemblance to be put in one event. An undated source is placed by
its content, and only where its verdicts (ratings) do not contradict the
group's: without a date, a different verdict is the sign of a different event.

Cost: candidate pairs come from an inverted index over each source's most
distinctive words, so the work grows with the number of sources that share
vocabulary, not with all pairs.
"""
from __future__ import annotations

import datetime as dt
import heapq
import math
import re
import sys
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .model import Claim, Event, Source
from .rules.stopwords import STOPWORDS

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]+")
HEADLINE_WEIGHT = 3.0
NAME_WEIGHT = 2.0
TOP_TERMS = 25
MAX_DAYS_APART = 1  # a story is covered the day it breaks and the next; later coverage is a new development


@dataclass(frozen=True)
class EventSettings:
    """Average similarity a group needs to be one event (chosen on newswcl50 and allsides-roundups)."""

    threshold: float = 0.12
    same_outlet_threshold: float = 0.45


@dataclass(frozen=True, slots=True)
class TermProfile:
    """A source's words for event grouping: each stem with its weight in the source (its weighted count,
    dampened, times its rarity in English); the corpus' own rarity is applied at grouping time.

    Words and weights in two flat sequences, the words interned: an archive holds one profile per
    article until it is grouped, and a dictionary of the same words takes five times the memory."""

    terms: tuple[str, ...]
    weights: array  # of doubles, one per term

    @classmethod
    def of(cls, terms, weights) -> TermProfile:
        return cls(tuple(sys.intern(t) for t in terms), array("d", weights))

    def items(self):
        return zip(self.terms, self.weights)


def term_profile(source: Source) -> TermProfile:
    """What grouping needs from one source: a function of that source alone, so the build caches it
    with the source's claims and an unchanged source costs nothing to group again."""
    counts: Counter = Counter()
    body = source.text[source.body_start:]
    for text, weight in ((source.headline, HEADLINE_WEIGHT), (body, 1.0)):
        for match in _WORD.finditer(text):
            word = match.group(0).replace("’", "'")
            lower = word.lower().removesuffix("'s")
            if lower in STOPWORDS or len(lower) < 3:
                continue
            stem = lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower
            counts[stem] += weight * (NAME_WEIGHT if word[0].isupper() and match.start() > 0 else 1.0)
    return TermProfile.of(counts, ((1 + math.log(count)) * _rarity(term) for term, count in counts.items()))


@lru_cache(maxsize=None)
def _rarity(term: str) -> float:
    """How unusual a word is in English at large: 'Rotherham' tells more than 'council'."""
    from wordfreq import zipf_frequency

    return max(0.5, 7.5 - zipf_frequency(term, "en"))


def _vectors(profiles: list[TermProfile]) -> list[TermProfile]:
    """Term weights from two sources of rarity: English at large, and this corpus; each source's of unit
    length, kept as flat as its profile.

    A corpus of five articles on one story says little about which words are
    common; a corpus of hundreds says a lot. The product works for both.
    """
    df = Counter(term for profile in profiles for term in profile.terms)
    n = len(profiles)
    idf = {t: 1 + math.log((n + 1) / (count + 1)) for t, count in df.items()}
    vectors = []
    for profile in profiles:
        weights = [weight * idf[t] for t, weight in profile.items()]
        norm = math.sqrt(sum(w * w for w in weights)) or 1.0
        kept = [(t, w / norm) for t, w in zip(profile.terms, weights) if w > 0]
        vectors.append(TermProfile(tuple(t for t, _ in kept), array("d", (w for _, w in kept))))
    return vectors


def _similarities(vectors: list[TermProfile], pairs: set[tuple[int, int]]) -> dict[tuple[int, int], float]:
    """The cosine of each candidate pair: the shorter vector's words looked up in the longer one's, whose
    dictionary is made once for all its pairs and let go after them, so the grouping never holds a
    dictionary per source."""
    by_longer: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for i, j in pairs:
        shorter, longer = (j, i) if len(vectors[i].terms) > len(vectors[j].terms) else (i, j)
        by_longer[longer].append((shorter, i, j))
    similarity = {}
    for longer, partners in by_longer.items():
        lookup = dict(vectors[longer].items())
        for shorter, i, j in partners:
            similarity[(i, j)] = sum(w * lookup[t] for t, w in vectors[shorter].items() if t in lookup)
    return {pair: similarity[pair] for pair in pairs}  # in the pairs' order, as the merging reads them


def _day(source: Source) -> dt.date | None:
    return dt.date.fromisoformat(source.published) if source.published else None


def _candidate_pairs(vectors: list[TermProfile], days: list[dt.date | None]) -> set[tuple[int, int]]:
    """Pairs of sources that share one of their top terms and may be one story by their dates (no more
    than MAX_DAYS_APART apart, or one undated). Each term's sources are walked in date order, so an
    archive of years pairs only neighbours in time: the work grows with the corpus, not its square."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, vector in enumerate(vectors):
        for k in sorted(range(len(vector.terms)), key=vector.weights.__getitem__, reverse=True)[:TOP_TERMS]:
            index[vector.terms[k]].append(i)
    pairs = set()
    for members in index.values():
        undated = [i for i in members if days[i] is None]
        dated = sorted((i for i in members if days[i] is not None), key=lambda i: days[i])
        for x, i in enumerate(dated):
            for j in dated[x + 1:]:
                if (days[j] - days[i]).days > MAX_DAYS_APART:
                    break
                pairs.add((min(i, j), max(i, j)))
        for x, i in enumerate(undated):
            for j in undated[x + 1:] + dated:
                pairs.add((min(i, j), max(i, j)))
    return pairs


def _grades(claims: Iterable[Claim]) -> dict[str, set[str]]:
    grades: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        if claim.kind == "rating":
            grades[claim.source].add(str(claim.value))
    return grades


def group_events(sources: list[Source], claims: Iterable[Claim], settings: EventSettings = EventSettings(),
                 profiles: dict[str, TermProfile] | None = None) -> list[Event]:
    """Events in date order; the sources are left as they are (each event lists its members).

    `profiles` holds the term profiles already known (by source id); the rest are computed.
    """
    profiles = profiles or {}
    vectors = _vectors([profiles[s.id] if s.id in profiles else term_profile(s) for s in sources])
    days = [_day(s) for s in sources]
    grades = _grades(claims)
    similarity = _similarities(vectors, _candidate_pairs(vectors, days))
    clusters = _average_linkage(sources, days, grades, similarity, settings)
    return _events(sources, clusters, days, grades)


def _average_linkage(sources, days, grades, similarity, settings) -> list[list[int]]:
    """Greedy average linkage over the candidate graph, best merge first (a heap with stale entries skipped)."""
    members: dict[int, list[int]] = {i: [i] for i in range(len(sources))}
    links: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), sim in similarity.items():
        links[i][j] = links[j][i] = sim
    version = dict.fromkeys(members, 0)
    heap = []

    def push(a: int, b: int) -> None:
        score = links[a][b] / (len(members[a]) * len(members[b]))
        if score > 0:
            heapq.heappush(heap, (-score, a, b, version[a], version[b]))

    for (i, j) in similarity:
        push(i, j)
    while heap:
        negative, a, b, version_a, version_b = heapq.heappop(heap)
        if a not in members or b not in members or version[a] != version_a or version[b] != version_b:
            continue
        if not _may_merge(members[a], members[b], -negative, sources, days, grades, settings):
            continue
        members[a].extend(members.pop(b))
        version[a] += 1
        for c, total in links.pop(b).items():
            links[c].pop(b, None)
            if c != a:
                links[a][c] = links[a].get(c, 0.0) + total
                links[c][a] = links[a][c]
        links[a].pop(b, None)
        for c in list(links[a]):
            push(min(a, c), max(a, c)) if a < c else push(c, a)
    return list(members.values())


def _may_merge(a: list[int], b: list[int], score: float, sources, days, grades, settings) -> bool:
    dated = [days[i] for i in a + b if days[i]]
    if dated and (max(dated) - min(dated)).days > MAX_DAYS_APART:
        return False
    outlets_a = {sources[i].outlet for i in a if sources[i].outlet}
    outlets_b = {sources[i].outlet for i in b if sources[i].outlet}
    threshold = settings.same_outlet_threshold if outlets_a & outlets_b else settings.threshold
    if any(days[i] is None for i in a + b):
        grades_a = set().union(*(grades.get(sources[i].id, set()) for i in a))
        grades_b = set().union(*(grades.get(sources[i].id, set()) for i in b))
        if grades_a and grades_b and not grades_a & grades_b:
            return False
    return score >= threshold


def _events(sources: list[Source], clusters: list[list[int]], days, grades) -> list[Event]:
    def when(cluster):
        dated = sorted(days[i] for i in cluster if days[i])
        return dated[0] if dated else None

    ordered = sorted(clusters, key=lambda c: (when(c) is None, when(c) or dt.date.min, min(c)))
    events = []
    for n, cluster in enumerate(ordered, 1):
        date = when(cluster)
        members = sorted(cluster)
        lead = sources[members[0]]
        event_id = f"event-{n}"
        label = f"{date.isoformat()}: {lead.headline}" if date else f"undated: {lead.headline}"
        events.append(Event(id=event_id, sources=[sources[i].id for i in members], label=label,
                            date=date.isoformat() if date else None,
                            grades=sorted(set().union(*(grades.get(sources[i].id, set()) for i in members)))))
    return events
