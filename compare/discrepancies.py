"""Discrepancies: where sources differ, told so a reader understands without the rest.

`find_discrepancies` runs one small finder per kind over the aligned claims
and the events:

- figures are intervals ('at least 1,400' is [1400, inf), 'up to 1,400' is
  (-inf, 1400], 'about 1,400' is 1,400 give or take a tenth): two versions
  conflict when they can only both hold at a single point, or not at all; a
  source at odds with itself is an `internal` discrepancy;
- quotes are compared word by word over the stretch they share (rapidfuzz
  opcodes), so a shorter or split quote is no discrepancy but a changed word is;
- attribution: the same words credited to different speakers, where the
  watchdog, its report and its inspectors count as one speaker;
- ratings conflict only within one event, and only when two sources share
  no grade for the same subject;
- roles: one person given different roles in one event;
- headlines: per event, the words each headline quotes, who acts, and the
  words one uses and another avoids;
- omissions: a figure or a rating that some sources of an event report and
  others leave out.

Durations and ranges are checked against each other before a figure is
flagged ('a 16-year period' agrees with 'between 1997 and 2013').
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from itertools import combinations

from rapidfuzz.distance import Levenshtein

from .align import best_window, words
from .extract.text import sentence_around
from .model import Alignment, Claim, Discrepancy, Event, Evidence, Source
from .rules.people import ROLE_NOUNS
from .rules.stopwords import STOPWORDS
from .rules.units import TIME

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
APPROXIMATE_SHARE = 0.1
LARGE_GROUP = 30
OMISSIONS_PER_EVENT = 5


class _Context:
    def __init__(self, sources: list[Source], events: list[Event], claims: list[Claim], alignments: list[Alignment]):
        self.sources = {s.id: s for s in sources}
        self.events = events
        self.claims = {c.id: c for c in claims}
        self.alignments = alignments
        self.aligned_with: dict[str, Alignment] = {cid: a for a in alignments for cid in a.claims}
        self.headline_quotes: dict[str, list[str]] = defaultdict(list)
        for claim in claims:
            if claim.kind == "quote" and claim.end <= len(self.sources[claim.source].headline):
                self.headline_quotes[claim.source].append(claim.text)

    def name(self, source_id: str) -> str:
        source = self.sources[source_id]
        return source.outlet or source.id

    def where(self, claim: Claim) -> str:
        source = self.sources[claim.source]
        if claim.start < len(source.headline):
            return "headline"
        if source.standfirst and claim.start < source.body_start:
            return "standfirst"
        return "body"

    def paragraph(self, claim: Claim) -> str:
        text = self.sources[claim.source].text
        start = text.rfind("\n\n", 0, claim.start) + 1
        end = text.find("\n\n", claim.end)
        return text[start:end if end != -1 else len(text)]

    def sentence(self, claim: Claim) -> str:
        return sentence_around(self.sources[claim.source].text, claim.start, claim.end)


def _interval(claim: Claim) -> tuple[float, float]:
    if isinstance(claim.value, list):
        return float(claim.value[0]), float(claim.value[1])
    value = float(claim.value)
    return {
        "lower_bound": (value, math.inf),
        "upper_bound": (-math.inf, value),
        "approximate": (value * (1 - APPROXIMATE_SHARE), value * (1 + APPROXIMATE_SHARE)),
    }.get(claim.qualifier or "exact", (value, value))


def _conflict(a: Claim, b: Claim) -> str | None:
    """'value' when the two cannot both hold, 'qualifier' when only at one point, else None."""
    (a_low, a_high), (b_low, b_high) = _interval(a), _interval(b)
    low, high = max(a_low, b_low), min(a_high, b_high)
    if low > high:
        return "value"
    bounds = {a.qualifier, b.qualifier}
    if low == high and bounds == {"lower_bound", "upper_bound"}:
        return "qualifier"
    return None


def _quoted(text: str) -> str:
    return f"\u2018{text}\u2019"


def figure_discrepancies(ctx: _Context) -> list[Discrepancy]:
    found = []
    for alignment in (a for a in ctx.alignments if a.kind == "figure"):
        claims = [ctx.claims[c] for c in alignment.claims]
        across, within = [], []
        for a, b in _figure_pairs(ctx, claims):
            kind = _conflict(a, b)
            if kind:
                (within if a.source == b.source else across).append((a, b, kind))
        if across:
            involved = sorted({c.id for pair in across for c in pair[:2]}, key=lambda i: ctx.claims[i].start)
            involved_claims = [ctx.claims[i] for i in involved]
            versions = "; ".join(f"{_quoted(c.text)} ({ctx.name(c.source)})" for c in involved_claims)
            kind = "figure_value" if any(k == "value" for *_, k in across) else "figure_qualifier"
            summary = (f"Sources disagree on the figure {_number(claims[0])}: {versions}. "
                       + ("These versions cannot all be true." if kind == "figure_value" else
                          "A lower bound and an upper bound can both hold only if the figure is exactly "
                          f"{_number(claims[0])}."))
            found.append(Discrepancy(id="", kind=kind, sources=_sources(involved_claims), summary=summary,
                                     severity="high", claims=involved,
                                     evidence=[Evidence(c.source, c.text) for c in involved_claims]))
        for a, b, _ in within:
            where_a, where_b = ctx.where(a), ctx.where(b)
            summary = (f"{ctx.name(a.source)} contradicts itself: its {where_a} says {_quoted(a.text)}, "
                       f"its {where_b} {_quoted(b.text)}.")
            found.append(Discrepancy(id="", kind="internal", sources=[a.source], summary=summary, severity="high",
                                     claims=[a.id, b.id], evidence=[Evidence(a.source, a.text),
                                                                    Evidence(b.source, b.text)]))
    return found


def _figure_pairs(ctx: _Context, claims: list[Claim]):
    """All pairs of a small group; in a large one (a common figure told across many stories),
    only pairs within one event, so the work stays linear in the claims."""
    if len(claims) <= LARGE_GROUP:
        yield from combinations(claims, 2)
        return
    by_event: dict[str | None, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_event[ctx.sources[claim.source].event].append(claim)
    for members in by_event.values():
        yield from combinations(members, 2)


def _number(claim: Claim) -> str:
    match = re.search(r"[£$€]?\d[\d,.]*\s?(?:%|bn|m|k)?|\b[a-z]+\b", claim.text)
    return match.group(0).strip() if match else str(claim.value)


def _sources(claims: list[Claim]) -> list[str]:
    return sorted({c.source for c in claims})


def word_changes(a: list[str], b: list[str]) -> list[tuple[str, str, str]]:
    """(operation, words in a, words in b) where a, the shorter, differs from its stretch of b."""
    window = best_window(a, b)
    stretch = b[window.start:window.end]
    changes = []
    opcodes = Levenshtein.opcodes(a, stretch)
    for op in opcodes:
        if op.tag == "equal":
            continue
        at_edge = op.src_start == 0 and op.dest_start == 0 or op.src_end == len(a) and op.dest_end == len(stretch)
        if at_edge and op.tag != "replace":
            continue
        changes.append((op.tag, " ".join(a[op.src_start:op.src_end]), " ".join(stretch[op.dest_start:op.dest_end])))
    return changes


def quote_discrepancies(ctx: _Context) -> list[Discrepancy]:
    found, seen = [], set()
    for alignment in (a for a in ctx.alignments if a.kind == "quote"):
        claims = [ctx.claims[c] for c in alignment.claims]
        for a, b in combinations(claims, 2):
            if a.source == b.source:
                continue
            short, long = sorted((a, b), key=lambda c: len(words(c.text)))
            changes = word_changes(words(short.text), words(long.text))
            key = (frozenset((short.source, long.source)), tuple(changes))
            if changes and key not in seen:
                seen.add(key)
                described = "; ".join(_describe(op, x, y) for op, x, y in changes)
                summary = (f"{ctx.name(short.source)} quotes {_quoted(short.text)} where {ctx.name(long.source)} "
                           f"quotes {_quoted(long.text)}: {described}.")
                found.append(Discrepancy(id="", kind="quote_wording", sources=_sources([short, long]),
                                         summary=summary, severity="medium", claims=[short.id, long.id],
                                         evidence=[Evidence(short.source, short.text), Evidence(long.source, long.text)]))
            found.extend(_attribution(ctx, a, b, seen))
    return found


def _describe(op: str, mine: str, theirs: str) -> str:
    if op == "replace":
        return f"{_quoted(mine)} for {_quoted(theirs)}"
    if op == "insert":
        return f"{_quoted(theirs)} left out"
    return f"{_quoted(mine)} added"


def _speaker_key(claim: Claim) -> str | None:
    """People only: an organisation against a person ('Downing Street' / its spokesman) is too often
    the same voice described two ways to be worth a reader's time."""
    if not claim.speaker or claim.extra.get("speaker_kind") != "person":
        return None
    return claim.speaker.lower().split()[-1]


def _attribution(ctx: _Context, a: Claim, b: Claim, seen: set) -> list[Discrepancy]:
    key_a, key_b = _speaker_key(a), _speaker_key(b)
    if not key_a or not key_b or key_a == key_b:
        return []
    if key_b in ctx.paragraph(a).lower() or key_a in ctx.paragraph(b).lower():
        return []  # both people stand by the quote in one telling: who said it is not clear-cut
    key = ("attribution", frozenset((a.id, b.id)))
    if key in seen:
        return []
    seen.add(key)
    summary = (f"The same words are credited to {a.speaker} by {ctx.name(a.source)} "
               f"and to {b.speaker} by {ctx.name(b.source)}: {_quoted(a.text)}.")
    return [Discrepancy(id="", kind="attribution", sources=_sources([a, b]), summary=summary, severity="high",
                        claims=[a.id, b.id], evidence=[Evidence(a.source, f"{a.speaker}: {a.text}"),
                                                       Evidence(b.source, f"{b.speaker}: {b.text}")])]


def rating_discrepancies(ctx: _Context) -> list[Discrepancy]:
    found = []
    for alignment in (a for a in ctx.alignments if a.kind == "rating"):
        claims = [ctx.claims[c] for c in alignment.claims]
        grades: dict[str, set[str]] = defaultdict(set)
        for claim in claims:
            grades[claim.source].add(str(claim.value))
        for x, y in combinations(sorted(grades), 2):
            if grades[x] & grades[y]:
                continue
            pair = [c for c in claims if c.source in (x, y)]
            summary = (f"{ctx.name(x)} reports {claims[0].subject or 'it'} as {' / '.join(sorted(grades[x]))}, "
                       f"{ctx.name(y)} as {' / '.join(sorted(grades[y]))}, for the same event.")
            found.append(Discrepancy(id="", kind="rating", sources=[x, y], summary=summary, severity="high",
                                     claims=[c.id for c in pair], evidence=[Evidence(c.source, ctx.sentence(c))
                                                                            for c in pair]))
    return found


def _role_nouns(role: str | None) -> set[str]:
    return {w for w in words(role or "") if w in ROLE_NOUNS}


def role_discrepancies(ctx: _Context) -> list[Discrepancy]:
    event_of = {s.id: s.event for s in ctx.sources.values()}
    found = []
    for alignment in (a for a in ctx.alignments if a.kind == "person"):
        claims = [ctx.claims[c] for c in alignment.claims if ctx.claims[c].extra.get("role")]
        for a, b in combinations(claims, 2):
            if a.source == b.source or event_of[a.source] != event_of[b.source]:
                continue
            nouns_a, nouns_b = _role_nouns(a.extra["role"]), _role_nouns(b.extra["role"])
            if nouns_a and nouns_b and not nouns_a & nouns_b:
                summary = (f"{a.value} is {a.extra['role']} in {ctx.name(a.source)} but "
                           f"{b.extra['role']} in {ctx.name(b.source)}.")
                found.append(Discrepancy(id="", kind="role", sources=_sources([a, b]), summary=summary,
                                         severity="medium", claims=[a.id, b.id],
                                         evidence=[Evidence(a.source, a.extra["role"]),
                                                   Evidence(b.source, b.extra["role"])]))
                break
    return found


def headline_discrepancies(ctx: _Context) -> list[Discrepancy]:
    found = []
    for event in ctx.events:
        if len(event.sources) < 2:
            continue
        heads = {sid: ctx.sources[sid].headline for sid in event.sources}
        vocab = {sid: {w.removesuffix("'s") for w in words(h) if w not in STOPWORDS} for sid, h in heads.items()}
        shared = set.intersection(*vocab.values())
        parts = []
        for sid, headline in heads.items():
            terms = ctx.headline_quotes[sid]
            only = sorted(vocab[sid] - set().union(*(v for s, v in vocab.items() if s != sid)))
            detail = f"{ctx.name(sid)}: {_quoted(headline)}"
            if terms:
                detail += f", quoting {', '.join(_quoted(t) for t in terms)}"
            if only:
                detail += f"; only here: {', '.join(only[:6])}"
            parts.append(detail)
        first, *others = event.sources
        diff = "; ".join(
            f"{ctx.name(first)} vs {ctx.name(o)}: " + (", ".join(
                _describe(op, x, y) for op, x, y in _headline_changes(heads[first], heads[o])) or "same words")
            for o in others)
        summary = (f"Headlines on {event.label.split(': ', 1)[0]} differ. " + " | ".join(parts)
                   + (f". Shared words: {', '.join(sorted(shared))}." if shared else ". They share no content word.")
                   + f" Word changes: {diff}.")
        found.append(Discrepancy(id="", kind="headline", sources=list(event.sources), summary=summary,
                                 severity="low", evidence=[Evidence(sid, h) for sid, h in heads.items()]))
    return found


def _headline_changes(a: str, b: str) -> list[tuple[str, str, str]]:
    x, y = words(a), words(b)
    changes = []
    for op in Levenshtein.opcodes(x, y):
        if op.tag != "equal":
            changes.append((op.tag, " ".join(x[op.src_start:op.src_end]), " ".join(y[op.dest_start:op.dest_end])))
    return changes[:6]


def _salient(claim: Claim) -> bool:
    if claim.kind == "rating":
        return True
    return claim.kind == "figure" and claim.unit not in TIME and claim.unit is not None


def omission_discrepancies(ctx: _Context) -> list[Discrepancy]:
    """Per event, at most a few omissions, grades first. With three or more sources, only what
    at least two of them thought worth reporting counts: one outlet's detail is not news."""
    found = []
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for claim in ctx.claims.values():
        if _salient(claim):
            by_source[claim.source].append(claim)
    for event in ctx.events:
        if len(event.sources) < 2:
            continue
        grades = {sid: {str(c.value) for c in by_source[sid] if c.kind == "rating"} for sid in event.sources}
        in_event: list[Discrepancy] = []
        reported = set()
        for sid in event.sources:
            for claim in by_source[sid]:
                alignment = ctx.aligned_with.get(claim.id)
                present = {ctx.claims[c].source for c in alignment.claims} if alignment else {sid}
                if claim.kind == "rating":
                    present |= {o for o in event.sources if str(claim.value) in grades[o]}
                missing = [o for o in event.sources if o not in present]
                key = alignment.id if alignment else (sid, claim.kind, str(claim.value), claim.unit, claim.subject)
                if not missing or key in reported or len(event.sources) > 2 and len(present) < 2:
                    continue
                reported.add(key)
                what = f"{_quoted(claim.text)} ({claim.subject})" if claim.kind == "rating" and claim.subject \
                    else _quoted(claim.text)
                summary = (f"{ctx.name(sid)} reports {what}: \u201c{ctx.sentence(claim)}\u201d "
                           f"{' and '.join(ctx.name(o) for o in missing)} "
                           f"{'does' if len(missing) == 1 else 'do'} not.")
                in_event.append(Discrepancy(id="", kind="omission", sources=[sid, *missing], summary=summary,
                                            severity="medium" if claim.kind == "rating" else "low",
                                            claims=[claim.id], evidence=[Evidence(sid, claim.text)]))
        in_event.sort(key=lambda d: SEVERITY_ORDER[d.severity])
        found.extend(in_event[:OMISSIONS_PER_EVENT])
    return found


def find_discrepancies(sources: list[Source], events: list[Event], claims: list[Claim],
                       alignments: list[Alignment]) -> list[Discrepancy]:
    """All discrepancies, most severe first."""
    ctx = _Context(sources, events, claims, alignments)
    found = (figure_discrepancies(ctx) + quote_discrepancies(ctx) + rating_discrepancies(ctx)
             + role_discrepancies(ctx) + headline_discrepancies(ctx) + omission_discrepancies(ctx))
    unique = {}
    for discrepancy in found:  # a statement repeated in a source gives the same finding twice
        unique.setdefault((discrepancy.kind, discrepancy.summary), discrepancy)
    found = sorted(unique.values(), key=lambda d: SEVERITY_ORDER[d.severity])
    for n, discrepancy in enumerate(found, 1):
        discrepancy.id = f"d{n}"
    return found
