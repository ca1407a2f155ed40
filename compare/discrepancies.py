"""Findings: the facts of one event on which its sources differ, one finding per fact.

`event_findings` reads one event: its sources, their claims and what alignment
made of them, and runs one small finder per kind. Every finding holds all of
its outlets' versions, grouped by what they say ('Devlin' in two outlets,
'Reeve' in a third), and structured evidence (each version's words, with the
stretches that differ marked), so reports show it as it is.

- figures are intervals ('at least 1,400' is [1400, inf), 'up to 1,400' is
  (-inf, 1400], 'about 1,400' is 1,400 give or take a tenth): versions conflict
  when they can only both hold at a single point, or not at all; two rounded
  numbers further apart than rounding explains differ too; a source at odds
  with itself is an `internal` finding;
- quotes are compared word by word over the stretch they share (rapidfuzz
  opcodes), so a shorter or split quote is no finding but a changed word is;
- attribution: the same words credited to two named people;
- names: one person's name spelled two ways;
- ratings conflict when two sources share no grade for the same subject;
- roles: one person given two offices (or two ranks of one office);
- headlines: what each headline of the event says that the others do not;
- omissions: a figure or a grade some sources report and others leave out;
- dates and times of one happening, and a later day told as past (`timing`);
- a title before a given name ('Mr. Francois');
- statements: two acts of one class for one actor, and one account credited to
  two interviews (`accounts`).

A lone article is read only for what it can get wrong about itself
(`ONE_SOURCE_FINDERS`).

Severity says how sure the tool is that a reader must look: `high` only where
both sides are explicit and aligned on the same subject, `low` where the
pairing or the reading is a guess.
"""
from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from .align import FOLD, TOKEN, EventAlignment, best_window, counted, figure_number, in_years, looks_like_a_name, speaker_key, spoken, words
from .extract.text import sentence_around
from .ingest import outlet_label
from .model import Alignment, Claim, Discrepancy, Event, Evidence, Source, Version
from .rules.alignment import ABBREVIATED, AGREEMENT, COMPOUND_GAP, COSMETIC_WORDS, NUMBER_NAMES, PRONOUNS, AlignmentRules, generic_unit, unit_family
from .rules.findings import (APPROXIMATE_SHARE, COMPARABLE_LENGTH, FAR_APART, FRAME_WORDS, HEDGED_APART, HEDGED_NEAR,
                             LEDE_PARAGRAPHS, LINK_POINTS, OMISSIONS_PER_EVENT, SAME_FRAME, FIGURES_OF_UNIT)
from .rules.numbers import AGE_UNIT, COMPARATIVES, ESTIMATES, VAGUE_PHRASE as VAGUE
from .rules.people import (GARBLED_ROLE, OFFICE_FAMILIES, ORGANISATION_WORDS, PAST_ROLE, ROLE_NOUNS, ROLE_PHRASE_END, ALSO_TRANSLITERATED,
                           TRANSLITERATIONS, Office)
from .rules.stopwords import STOPWORDS
from .rules.names import FEMALE, MALE
from .rules.units import TIME
from .accounts import statement_findings
from .timing import date_findings, late_date_findings

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


@dataclass
class _Event:
    """One event as the finders read it."""

    event: Event
    sources: dict[str, Source]
    claims: dict[str, Claim]
    alignments: list[Alignment]
    internal: dict[str, list[tuple[str, str]]]
    rules: AlignmentRules
    found: list[Discrepancy] = field(default_factory=list)
    timed: list[set[str]] = field(default_factory=list)  # the claims of each `date` finding so far
    _links: dict[tuple[str, str], int] | None = None
    _strong: set[tuple[str, str]] = field(default_factory=set)

    def name(self, source_id: str) -> str:
        return outlet_label(self.sources[source_id])

    def names(self, source_ids: Iterable[str]) -> str:
        names = sorted({self.name(s) for s in source_ids})
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

    def where(self, claim: Claim) -> str:
        source = self.sources[claim.source]
        if claim.start < len(source.headline):
            return "headline"
        if source.standfirst and claim.start < source.body_start:
            return "standfirst"
        return "body"

    def sentence(self, claim: Claim) -> str:
        return sentence_around(self.sources[claim.source].text, claim.start, claim.end)

    def paragraph(self, claim: Claim) -> str:
        text = self.sources[claim.source].text
        start = text.rfind("\n\n", 0, claim.start) + 1
        end = text.find("\n\n", claim.end)
        return text[start:end if end != -1 else len(text)]

    def linked(self, a: str, b: str, strongly: bool = False) -> bool:
        """Whether two sources of the event tell the same story by what they share, not only by their
        words: an aligned quote, grade or count of things (a strong link), or three lesser links (a
        person both name, a share or a sum both give: one or two of those, the president and a poll's
        margin, are shared by every story of a day in politics). Grouping can put two stories of one
        day and one topic together: their headlines are no framing of one story, and what one of them
        leaves out is no omission of the other, so omissions ask for a strong link."""
        if self._links is None:
            self._links, self._strong = defaultdict(int), set()
            for alignment in self.alignments:
                members = sorted({self.claims[c].source for c in alignment.claims})
                weight = self._weight(alignment)
                for i, x in enumerate(members):
                    for y in members[i + 1:]:
                        self._links[(x, y)] += weight
                        if weight >= LINK_POINTS:
                            self._strong.add((x, y))
        pair = (min(a, b), max(a, b))
        return pair in self._strong if strongly else self._links[pair] >= LINK_POINTS

    def _weight(self, alignment: Alignment) -> int:
        if alignment.kind == "person":
            return 1
        if alignment.kind == "figure" and generic_unit(self.claims[alignment.claims[0]].unit):
            return 1  # a percentage or a sum in common says little: every poll story has some
        return LINK_POINTS

    def of(self, alignment: Alignment) -> list[Claim]:
        return [self.claims[c] for c in alignment.claims]

    def add(self, kind: str, anchor: str, summary: str, severity: str, versions: list[Version],
            evidence: list[Evidence], claims: Iterable[str] = ()) -> None:
        sources = sorted({s for v in versions for s in v.sources})
        self.found.append(Discrepancy(id=finding_id(kind, anchor), kind=kind, sources=sources, summary=summary,
                                      severity=severity, claims=list(dict.fromkeys(claims)), evidence=evidence,
                                      event=self.event.id, versions=versions))


HEADLINE_FINDING = "The headlines differ. "
"""How a headline finding's summary starts: how a list of summaries alone (a previous build's) tells them."""


def finding_id(kind: str, anchor: str) -> str:
    """A finding's id from what it is about (its kind and the claims or sources it rests on)."""
    return "f-" + hashlib.sha256(f"{kind}\0{anchor}".encode()).hexdigest()[:12]


def _quoted(text: str) -> str:
    """Source words in quotation marks; words holding bidirectional controls are isolated (FSI...PDI),
    so an unclosed right-to-left override from a source cannot run on into the rest of a summary."""
    if BIDI_CONTROLS.search(text):
        text = f"\u2068{text}\u2069"
    return f"\u2018{text}\u2019"


def _versions(claims: list[Claim], key) -> list[Version]:
    """Claims grouped by what they say (`key`), each group with its sources; in source order."""
    grouped: dict[object, list[Claim]] = {}
    for claim in sorted(claims, key=lambda c: (c.source, c.start)):
        grouped.setdefault(key(claim), []).append(claim)
    return [Version(group[0].text, sorted(dict.fromkeys(c.source for c in group)), [c.id for c in group])
            for group in grouped.values()]


# -- figures -----------------------------------------------------------------------------------

def _interval(claim: Claim) -> tuple[float, float]:
    scale = in_years(claim)  # 'two decades' against 'a half century': 20 years against 50
    if isinstance(claim.value, list):
        return float(claim.value[0]) * scale, float(claim.value[1]) * scale
    value = float(claim.value) * scale
    return {
        "lower_bound": (value, math.inf),
        "upper_bound": (-math.inf, value),
        "approximate": tuple(sorted((value * (1 - APPROXIMATE_SHARE), value * (1 + APPROXIMATE_SHARE)))),
    }.get(claim.qualifier or "exact", (value, value))  # sorted: 'about -10' runs from -11 to -9


def _conflict(a: Claim, b: Claim) -> str | None:
    """'value' when the two cannot both hold, 'qualifier' when only at one point, 'rounding' when
    two numbers given roughly are further apart than rounding explains, 'hedged' when the numbers
    differ but a hedge lets both hold ('1,800' and 'around 2,000', '240' and 'as many as 260'),
    else None."""
    if a.extra.get("rate") != b.extra.get("rate") and not generic_unit(a.unit) \
            and not any(c.extra.get("rate_nearby") for c in (a, b) if not c.extra.get("rate")):
        return "rate"  # '10,000 new cases per week' and '10,000 new cases by Christmas'; '3% a year' is '3%'
    (a_low, a_high), (b_low, b_high) = _interval(a), _interval(b)
    low, high = max(a_low, b_low), min(a_high, b_high)
    if low > high:
        return "value"
    if low == high and {a.qualifier, b.qualifier} == {"lower_bound", "upper_bound"}:
        return "qualifier"
    bounds = {"lower_bound", "upper_bound"}
    if a.qualifier not in bounds and b.qualifier not in bounds and not isinstance(a.value, list) \
            and not isinstance(b.value, list):
        x, y = sorted((float(a.value), float(b.value)))
        if y and (y - x) / y > APPROXIMATE_SHARE:
            return "rounding"
    if not isinstance(a.value, list) and not isinstance(b.value, list) and HEDGED_APART < _apart(a, b) \
            and (1 / (1 - _apart(a, b)) <= HEDGED_NEAR or counted(a) and counted(a) == counted(b)) \
            and not _rounded_bound(a, b) and not _rounded_bound(b, a):
        return "hedged"
    return None


def _per(claim: Claim) -> str:
    """' per week' after a figure given as a rate, so the reader sees what the number is of."""
    return f" per {claim.extra['rate']}" if claim.extra.get("rate") else ""


def _rounded_bound(bound: Claim, other: Claim) -> bool:
    """'More than 70' for 75, 'as many as 80' for 75: a bound that is the other number rounded to the
    bound's own last digit, in the direction the bound points, is that number told loosely."""
    if bound.qualifier not in ("lower_bound", "upper_bound") or (other.qualifier or "exact") not in (
            "exact", "approximate"):
        return False
    limit, value = figure_number(bound), figure_number(other)
    if limit <= 0 or limit != int(limit):
        return False
    step = 10 ** (len(str(int(limit))) - len(str(int(limit)).rstrip("0")))
    if step == 1:
        return False
    rounded = (value // step) * step if bound.qualifier == "lower_bound" else -(-value // step) * step
    return rounded == limit


def _apart(a: Claim, b: Claim) -> float:
    x, y = sorted((abs(figure_number(a)), abs(figure_number(b))))
    return (y - x) / y if y else 0.0


def _explicit(claim: Claim) -> bool:
    """Given as a plain number: no qualifier, and no estimate ('estimated', 'suggested')."""
    return (claim.qualifier or "exact") == "exact" and claim.extra.get("hedge") not in ESTIMATES


def _frame(ev: _Event, claim: Claim) -> set[str]:
    """The content words right around a figure: what it is the number of, and what happened to it."""
    text = ev.sources[claim.source].text
    before = words(text[max(0, claim.start - 60):claim.start])[-FRAME_WORDS:]
    after = words(text[claim.end:claim.end + 60])[:FRAME_WORDS]
    return {w for w in before + after if w not in STOPWORDS and not w.isdigit()}


def _same_frame(ev: _Event, a: Claim, b: Claim) -> bool:
    x, y = _frame(ev, a), _frame(ev, b)
    return bool(x and y) and len(x & y) >= SAME_FRAME * min(len(x), len(y))


def _figure_severity(ev: _Event, kind: str, pairs: list[tuple[Claim, Claim, str]]) -> str:
    """`high` when two plain numbers counting the same things (not a share, a sum or a span of time, which
    say nothing of what they count), told in the same words right around them, are further apart than
    a careless rounding: the tool is sure they are one count."""
    if any(k == "value" and _explicit(a) and _explicit(b) and a.unit == b.unit and not generic_unit(a.unit)
           and _apart(a, b) >= FAR_APART and _same_frame(ev, a, b) for a, b, k in pairs):
        return "high"
    if any(k == "qualifier" and a.unit == b.unit and not generic_unit(a.unit) for a, b, k in pairs):
        return "high"  # 'at least 1,400 children' and 'up to 1,400 children': one number, two bounds
    return "medium" if any(k not in ("rounding", "hedged") for *_, k in pairs) else "low"


def figure_findings(ev: _Event) -> None:
    for alignment in (a for a in ev.alignments if a.kind == "figure"):
        claims = ev.of(alignment)
        pairs = [(a, b, k) for i, a in enumerate(claims) for b in claims[i + 1:] if (k := _conflict(a, b))
                 and not (k == "qualifier" and generic_unit(a.unit))]  # 'earning more than' and 'less than
        # $250,000' are two groups of people, not two bounds on one sum
        if not pairs:
            continue
        versions = _versions(claims, lambda c: (_interval(c), c.qualifier or "exact"))  # 'five decades' is
        # not 'five years'
        kind = "figure_qualifier" if all(k == "qualifier" for *_, k in pairs) else "figure_value"
        said = "; ".join(f"{ev.names(v.sources)} {'says' if len(v.sources) == 1 else 'say'} {_quoted(v.text)}"
                         + _per(ev.claims[v.claims[0]]) for v in versions)
        if kind == "figure_qualifier":
            why = (f"a lower and an upper bound can both hold only if the figure is exactly "
                   f"{_number(claims[0])}.")
        elif all(k == "rounding" for *_, k in pairs):
            why = "the numbers are further apart than rounding explains."
        elif all(k in ("rounding", "hedged") for *_, k in pairs):
            why = "the numbers differ, though the way they are hedged lets both hold."
        elif all(k == "rate" for *_, k in pairs):
            why = "one gives a rate (so many a week, a day or a year), the other a number in all."
        else:
            why = "these versions cannot all be true."
        unit = claims[0].unit
        figures = (FIGURES_OF_UNIT[unit] if not claims[0].subject and unit in FIGURES_OF_UNIT
                   else f"figures for {claims[0].subject or unit or 'one count'}")
        summary = f"The sources give different {figures}: {said}; {why}"
        ev.add(kind, alignment.claims[0], summary, _figure_severity(ev, kind, pairs), versions,
               [Evidence(v.sources[0], ev.claims[v.claims[0]].text) for v in versions],
               [c.id for pair in pairs for c in pair[:2]])
    for a_id, b_id in ev.internal.get("figure", []):
        a, b = ev.claims[a_id], ev.claims[b_id]
        if a.value != b.value or _conflict(a, b) is None or _two_sides(a, b):
            continue  # two numbers in one article are two quantities; one number hedged two ways is a slip
        summary = (f"{ev.name(a.source)} contradicts itself: its {ev.where(a)} says {_quoted(a.text)}, "
                   f"its {ev.where(b)} {_quoted(b.text)}.")
        versions = [Version(a.text, [a.source], [a.id]), Version(b.text, [b.source], [b.id])]
        ev.add("internal", a_id + "\0" + b_id, summary, "medium", versions,
               [Evidence(a.source, a.text), Evidence(b.source, b.text)], [a_id, b_id])


_COMPARATIVE = re.compile(r"^(?:" + "|".join(sorted(COMPARATIVES, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _two_sides(a: Claim, b: Claim) -> bool:
    """'More than 50 employees' and 'fewer than 50' in one article are the two sides of a line, not one
    count bounded two ways ('at least 1,400' and 'up to 1,400')."""
    return {a.qualifier, b.qualifier} == {"lower_bound", "upper_bound"} and all(
        _COMPARATIVE.match(c.text) for c in (a, b))


def _number(claim: Claim) -> str:
    """The number as the source wrote it: '1,400', '$250,000', 'three'."""
    match = re.search(r"[£$€]?\d[\d,.]*\s?(?:%|bn|m|k)?", claim.text) or \
        re.search(r"\b(?:" + "|".join(NUMBER_NAMES) + r")\b", claim.text, re.IGNORECASE)
    return match.group(0).strip().rstrip(",.") if match else str(claim.value)


# -- quotes and attribution --------------------------------------------------------------------

def word_spans(text: str) -> list[tuple[str, int, int]]:
    """The words `align.words` reads, each with where it stands in `text`."""
    # lower-cased letter by letter, so a letter whose lower case is longer cannot shift the offsets
    folded = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text.translate(FOLD))
    folded = re.sub(r"\[[^\]]*\]", lambda m: " " * len(m.group(0)), folded)
    return [(word, m.start(), m.end()) for m in TOKEN.finditer(folded) for word in spoken(m.group(0))]


def word_changes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """(operation, a_start, a_end, b_start, b_end) in word positions where `a`, the shorter, differs
    from its stretch of `b`. At the edges of the stretch a difference is where one outlet cut the quote,
    not a change of words, unless `b` itself starts (or ends) there too."""
    window = best_window(a, b)
    stretch = b[window.start:window.end]
    changes = []
    for tag, a0, a1, b0, b1 in _joined_compounds(_merged(Levenshtein.opcodes(a, stretch)), a, stretch):
        at_start = a0 == 0 and b0 == 0
        at_end = a1 == len(a) and b1 == len(stretch)
        if at_start and (tag != "replace" or window.start > 0) or at_end and (tag != "replace" or window.end < len(b)):
            continue
        changes.append((tag, a0, a1, window.start + b0, window.start + b1))
    return changes


def _merged(opcodes) -> list[tuple[str, int, int, int, int]]:
    """Adjacent edits as one change: 'health care' for 'healthcare' is one replacement, not a word
    left out and another replaced."""
    merged: list[list] = []
    for op in opcodes:
        if op.tag == "equal":
            continue
        if merged and merged[-1][2] == op.src_start and merged[-1][4] == op.dest_start:
            last = merged[-1]
            last[2], last[4] = op.src_end, op.dest_end
            last[0] = "replace" if last[1] < last[2] and last[3] < last[4] else last[0]
        else:
            merged.append([op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end])
    return [tuple(m) for m in merged]


def _joined_compounds(edits, a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Two edits a word or two apart that together only split or join a compound are one: 'tongue in
    cheek' against 'tongue-in-cheek' (read as one word) lines up 'in' with 'in' and leaves two edits."""
    out: list[tuple[str, int, int, int, int]] = []
    for edit in edits:
        if out:
            _, a0, a1, b0, b1 = out[-1]
            gap = edit[1] - a1
            if 0 < gap <= COMPOUND_GAP and edit[3] - b1 == gap and \
                    "".join(a[a0:edit[2]]) == "".join(b[b0:edit[4]]):
                out[-1] = ("replace", a0, edit[2], b0, edit[4])
                continue
        out.append(edit)
    return out


def _cosmetic(mine: list[str], theirs: list[str]) -> bool:
    """A change a reader would not call a change of words: a compound split or joined, an article or a
    filler, a plural, the agreement of a verb, a slip of one letter in a long word."""
    if "".join(mine) == "".join(theirs) or set(mine + theirs) <= COSMETIC_WORDS:
        return True
    if len(mine) == len(theirs) == 1:
        x, y = mine[0], theirs[0]
        if x.rstrip("s") == y.rstrip("s") or frozenset((x, y)) in AGREEMENT | ABBREVIATED:
            return True
        return min(len(x), len(y)) >= 6 and Levenshtein.distance(x, y) == 1
    return False


def _repeated(inserted: list[str], words_: list[str], at: int) -> bool:
    """Whether the inserted words repeat the words right before or after them."""
    n = len(inserted)
    return inserted == words_[at - n:at] or inserted == words_[at + n:at + 2 * n]


def _describe(op: str, mine: str, theirs: str) -> str:
    if op == "replace":
        return f"{_quoted(mine)} for {_quoted(theirs)}"
    if op == "insert":
        return f"{_quoted(theirs)} left out"
    return f"{_quoted(mine)} added"


def _marks(spans: list[tuple[str, int, int]], start: int, end: int) -> tuple[int, int] | None:
    if start >= end or start >= len(spans):
        return None
    return spans[start][1], spans[min(end, len(spans)) - 1][2]


def _compare_quotes(short: Claim, long: Claim) -> tuple[list[str], list[tuple[int, int]], list[tuple[int, int]]]:
    """What changed from `long` to `short` (described), and the marks on each side."""
    short_spans, long_spans = word_spans(short.text), word_spans(long.text)
    a, b = [w for w, *_ in short_spans], [w for w, *_ in long_spans]
    described, short_marks, long_marks = [], [], []
    edited = "[" in short.text or "[" in long.text
    for op, s0, s1, l0, l1 in word_changes(a, b):
        mine, theirs = a[s0:s1], b[l0:l1]
        if _cosmetic(mine, theirs):
            continue  # 'health care' for 'healthcare', 'a' for 'the': the same words to a reader
        if edited and set(mine + theirs) <= PRONOUNS:
            continue  # 'him' where the other prints '[Geithner]': an editor's gloss, not another word
        if not mine and _repeated(theirs, b, l0) or not theirs and _repeated(mine, a, s0):
            continue  # 'now, now' for 'now': a speaker's repetition kept by one transcript
        short_mark, long_mark = _marks(short_spans, s0, s1), _marks(long_spans, l0, l1)
        # told in the sources' own letters ('somebody's the', not the folded 'somebodys the')
        described.append(_describe(op, short.text[slice(*short_mark)] if short_mark else "",
                                   long.text[slice(*long_mark)] if long_mark else ""))
        for marks, mark in ((short_marks, short_mark), (long_marks, long_mark)):
            if mark:
                marks.append(mark)
    return described, short_marks, long_marks


def quote_findings(ev: _Event) -> None:
    for alignment in (a for a in ev.alignments if a.kind == "quote"):
        claims = sorted(ev.of(alignment), key=lambda c: (-len(words(c.text)), c.source))
        reference, others = claims[0], claims[1:]
        changed = []
        for other in others:
            described, other_marks, reference_marks = _compare_quotes(other, reference)
            if described:
                changed.append((other, described, other_marks, reference_marks))
        if changed:
            differing = {x[0].id for x in changed}
            whole = words(reference.text)
            same = [reference] + [c for c in others if c.id not in differing and words(c.text) == whole]
            versions = [Version(reference.text, sorted({c.source for c in same}), [c.id for c in same])]
            versions += [Version(c.text, [c.source], [c.id]) for c in others  # a part printed unchanged
                         if c.id not in differing and c not in same]
            evidence = [Evidence(reference.source, reference.text,
                                 sorted({m for *_, marks in changed for m in marks}))]
            parts = []
            for other, described, other_marks, _ in changed:
                versions.append(Version(other.text, [other.source], [other.id]))
                evidence.append(Evidence(other.source, other.text, other_marks))
                parts.append(f"{ev.name(other.source)} quotes {_quoted(other.text)}: {'; '.join(described)}")
            summary = (f"{ev.names(versions[0].sources)} {'quotes' if len(versions[0].sources) == 1 else 'quote'} "
                       f"{_quoted(reference.text)}; " + "; ".join(parts) + ".")
            ev.add("quote_wording", alignment.claims[0], summary, "medium", versions, evidence,
                   [reference.id] + [x[0].id for x in changed])
        _attribution(ev, alignment, claims)
    for a_id, b_id in ev.internal.get("quote", []):
        a, b = ev.claims[a_id], ev.claims[b_id]
        if not (a.speaker and b.speaker and a.speaker.lower() == b.speaker.lower()):
            continue  # one source, one speaker, the same words twice: else they are two statements
        short, long = sorted((a, b), key=lambda c: (len(words(c.text)), c.start))
        described, short_marks, long_marks = _compare_quotes(short, long)
        if len(described) != 1 or re.search(r"\d", described[0]) or len(described[0].split()) > 5:
            continue  # a slip changes a word or two; more, or another number, is another statement
        summary = (f"{ev.name(a.source)} quotes the same words two ways: {_quoted(long.text)} and "
                   f"{_quoted(short.text)}: {'; '.join(described)}.")
        ev.add("quote_wording", a_id + "\0" + b_id, summary, "medium",
               [Version(long.text, [long.source], [long.id]), Version(short.text, [short.source], [short.id])],
               [Evidence(long.source, long.text, long_marks), Evidence(short.source, short.text, short_marks)],
               [long.id, short.id])


def _attribution(ev: _Event, alignment: Alignment, claims: list[Claim]) -> None:
    """The same words credited to two named people, each named where the quote is told (not a 'he'
    or 'the senator' the tool resolved), no other of them beside the quote in the same telling, and
    not one name spelled two ways."""
    named = [c for c in claims if speaker_key(c) and speaker_key(c) in (c.extra.get("speaker_mention") or "").lower()]
    if len({speaker_key(c) for c in named}) < 2 or min(len(words(c.text)) for c in named) < ev.rules.stock_phrase_words:
        return
    keys = {speaker_key(c) for c in named}
    for claim in named:
        paragraph = ev.paragraph(claim).lower()
        if any(k != speaker_key(claim) and k in paragraph for k in keys):
            return  # both people stand by the quote in one telling: who said it is not clear-cut
    speakers = sorted({c.speaker for c in named})
    if any(_spelling_variant(_name_parts(x), _name_parts(y)) for x in speakers for y in speakers if x < y):
        return  # one person, two spellings: a `name` finding says so
    versions = _versions(named, lambda c: speaker_key(c))
    said = "; ".join(f"{ev.names(v.sources)} {'credits' if len(v.sources) == 1 else 'credit'} them to "
                     f"{ev.claims[v.claims[0]].speaker}" for v in versions)
    summary = f"The same words are credited to different people: {_quoted(named[0].text)}. {said}."
    for version in versions:
        version.text = ev.claims[version.claims[0]].speaker or ""
    ev.add("attribution", alignment.claims[0], summary, "low", versions,
           [Evidence(v.sources[0], f"{v.text}: {ev.claims[v.claims[0]].text}") for v in versions],
           [c.id for c in named])


# -- names ------------------------------------------------------------------------------------

def _name_parts(name: str) -> tuple[str, ...]:
    """A name folded for comparison: accents off, lower case, initials and titles dropped."""
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)).lower()
    parts = tuple(p for p in re.findall(r"[a-z][a-z'\-]*", folded) if len(p) > 1)
    return parts[-2:]  # given name and surname: a title or a middle name before them is not the name


def _spelling_variant(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names that are one name spelled two ways: the same parts but one, and that one a letter
    or two apart ('Kruger' and 'Krueger'), not another name ('Said' and 'Cherif')."""
    if len(a) != len(b) or len(a) < 2 or a == b:
        return False
    differ = [(x, y) for x, y in zip(a, b) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    if x.rstrip("s") == y.rstrip("s"):
        return False  # 'African American' and 'African Americans' are one word in two numbers
    if x.startswith(y) or y.startswith(x):
        return False  # 'Steve' and 'Steven': a short form, not a misspelling
    if _transliterated(x) == _transliterated(y) or _transliterated(x, ALSO_TRANSLITERATED) == \
            _transliterated(y, ALSO_TRANSLITERATED):
        return False  # 'Zelenskiy' and 'Zelensky', 'Dmitri' and 'Dmitry': house styles of one name
    return (min(len(x), len(y)) >= 4 and x[0] == y[0] and Levenshtein.distance(x, y) <= 2
            and Levenshtein.normalized_similarity(x, y) >= 0.75)


def _transliterated(part: str, first=()) -> str:
    """A name part with the letters that transliteration styles render differently made one."""
    for spelled, plain in (*first, *TRANSLITERATIONS):
        part = re.sub(spelled, plain, part)
    return part


def name_findings(ev: _Event) -> None:
    """One person's name spelled two ways by the sources of one event."""
    spellings: dict[tuple[str, ...], dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for claim in ev.claims.values():
        if claim.kind == "person" and looks_like_a_name(str(claim.value)):
            spellings[_name_parts(str(claim.value))][claim.source].append(claim)
    names = sorted(spellings)
    done: set[tuple[str, ...]] = set()
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if a in done or b in done or not _spelling_variant(a, b):
                continue
            if set(spellings[a]) & set(spellings[b]):
                continue  # one source uses both: two people, or its own slip (not compared here)
            done.update((a, b))
            versions, evidence, claims = [], [], []
            for parts in sorted((a, b), key=lambda p: min(spellings[p])):
                by_source = spellings[parts]
                shown = min((c for cs in by_source.values() for c in cs), key=lambda c: (len(c.text), c.source))
                versions.append(Version(str(shown.value), sorted(by_source), [shown.id]))
                evidence.append(Evidence(shown.source, shown.text))
                claims.append(shown.id)
            said = "; ".join(f"{_quoted(v.text)} in {ev.names(v.sources)}" for v in versions)
            summary = f"One name is spelled two ways: {said}."
            ev.add("name", "\0".join(sorted(claims)), summary, "medium", versions, evidence, claims)


GIVEN_NAMES = FEMALE | MALE
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+([A-Z][a-z\u00e0-\u00ff'\-]+)\b(?!\s+[A-Z])")


def honorific_findings(ev: _Event) -> None:
    """'Mr. Francois' in a story that names Francois Hollande: a title put before a given name where the
    surname is meant. Only for common given names that are no surname of anyone the source names
    (names written surname first, 'Xi Jinping', are left alone)."""
    for sid in ev.event.sources:
        full = [str(c.value).split() for c in ev.claims.values()
                if c.source == sid and c.kind == "person" and looks_like_a_name(str(c.value))]
        surnames = {parts[-1] for parts in full}
        given = {parts[0]: " ".join(parts) for parts in full if parts[0].lower() in GIVEN_NAMES}
        text = ev.sources[sid].text
        for match in _HONORIFIC.finditer(text):
            name = match.group(1)
            if name in given and name not in surnames:
                mention = match.group(0)
                summary = (f"{ev.name(sid)} calls {given[name]} \u2018{mention}\u2019: a title before the given "
                           f"name, where the surname ({given[name].split()[-1]}) is meant.")
                versions = [Version(mention, [sid]), Version(given[name], [sid])]
                ev.add("internal", f"honorific\0{sid}\0{name}", summary, "low", versions,
                       [Evidence(sid, mention, [(0, len(mention))])])
                break


# -- ratings and roles -------------------------------------------------------------------------

def rating_findings(ev: _Event) -> None:
    for alignment in (a for a in ev.alignments if a.kind == "rating"):
        claims = ev.of(alignment)
        grades: dict[str, set[str]] = defaultdict(set)
        for claim in claims:
            grades[claim.source].add(str(claim.value))
        if not any(not grades[x] & grades[y] for x in grades for y in grades if x < y):
            continue
        versions = _versions(claims, lambda c: str(c.value))
        said = "; ".join(f"{ev.names(v.sources)} {'gives' if len(v.sources) == 1 else 'give'} {_quoted(v.text)}"
                         for v in versions)
        summary = f"The sources give different grades for {claims[0].subject or 'the same subject'}: {said}."
        ev.add("rating", alignment.claims[0], summary, "high", versions,
               [Evidence(v.sources[0], ev.sentence(ev.claims[v.claims[0]])) for v in versions],
               [c.id for c in claims])


def _plain_role(claim: Claim, source: Source) -> bool:
    """A role read cleanly: a noun phrase whose head is a role noun ('spokesman', 'director of ...'),
    held now (not 'former', 'then-'), and not run on into another name or page furniture."""
    role = claim.extra.get("role")
    if not role or GARBLED_ROLE.search(role) or PAST_ROLE.search(role):
        return False
    if PAST_ROLE.search(source.text[max(0, claim.start - 25):claim.start].rsplit(".", 1)[-1]):
        return False
    head = []
    for word in re.findall(r"[A-Za-z'’]+(?:-[A-Za-z]+)*", role):
        if word.lower() in ROLE_PHRASE_END:
            break
        head.append(word.lower().split("-")[0])
    return bool(head) and head[-1].removesuffix("'s") in ROLE_NOUNS


def _two_bodies(a: Claim, b: Claim) -> bool:
    """Roles at two named organisations are two posts one person may hold at once ('professor at
    the university', 'director of the institute'), not two versions of one."""
    x, y = (_body(c.extra.get("organisation")) for c in (a, b))
    return bool(x and y and not x & y)


OFFICE_WORDS = {word for family in OFFICE_FAMILIES for name in family for word in name.split()}


def _one_office_two_names(a: Claim, b: Claim, offices: dict[str, Office]) -> bool:
    """One office at bodies named alike but not the same ('chief clinical officer of Texas Health
    Resources' and '... for Texas Health Presbyterian'): the parent and its hospital, or one misnamed."""
    x, y = (_body(c.extra.get("organisation")) - ROLE_NOUNS - OFFICE_WORDS for c in (a, b))
    same_office = offices[a.id].posts and offices[a.id].posts == offices[b.id].posts \
        and offices[a.id].ranks == offices[b.id].ranks
    return bool(same_office and x and y and (x & y) - ORGANISATION_WORDS
                and x - y - ORGANISATION_WORDS and y - x - ORGANISATION_WORDS)  # 'Judiciary Committee' and
    # 'Senate Judiciary' name one body more or less fully: only words of organisation differ


def _body(name: str | None) -> set[str]:
    """The words of an organisation's name, when it names one ('Chulalongkorn University'); else none."""
    parts = set(words(name or ""))
    return parts if parts & ORGANISATION_WORDS else set()


def role_findings(ev: _Event) -> None:
    """One person, two offices (or two ranks of one office) in one event: 'finance director' against
    'chief executive', 'deputy chief' against 'assistant chief'; a fuller or a looser description of
    one office is not a finding."""
    for alignment in (a for a in ev.alignments if a.kind == "person"):
        if not looks_like_a_name(str(ev.claims[alignment.claims[0]].value)):
            continue
        claims = [c for c in ev.of(alignment) if _plain_role(c, ev.sources[c.source])]
        offices = {c.id: Office(c.extra["role"]) for c in claims}
        pairs = [(a, b) for i, a in enumerate(claims) for b in claims[i + 1:]
                 if a.source != b.source and (offices[a.id].differs(offices[b.id]) and not _two_bodies(a, b)
                                              or _one_office_two_names(a, b, offices))]
        if not pairs:
            continue
        involved = sorted({c.id for pair in pairs for c in pair})
        versions = _versions([ev.claims[i] for i in involved], lambda c: c.extra["role"].lower())
        for version in versions:
            version.text = ev.claims[version.claims[0]].extra["role"]
        said = "; ".join(f"{_quoted(v.text)} in {ev.names(v.sources)}" for v in versions)
        person = ev.claims[involved[0]].value
        summary = f"{person} is given different roles: {said}."
        ev.add("role", alignment.claims[0], summary, "medium", versions,
               [Evidence(v.sources[0], v.text) for v in versions], involved)


# -- headlines --------------------------------------------------------------------------------

def headline_findings(ev: _Event) -> None:
    """Only sources that share a fact with another of the event (a strong link, as for omissions): headlines
    of two stories differ anyway, and grouping by words can join two stories of one day and topic. In a
    judged sample this kept 8 of 14 true headline findings and dropped 5 of 6 false ones."""
    members = ev.event.sources
    heads = {sid: ev.sources[sid].headline for sid in members
             if any(ev.linked(sid, o, strongly=True) for o in members if o != sid)}
    if len(heads) < 2:
        return
    spans = {sid: word_spans(h) for sid, h in heads.items()}
    vocab = {sid: {w.removesuffix("s") for w, *_ in sp if w not in STOPWORDS} for sid, sp in spans.items()}
    if len({tuple(w for w, *_ in sp) for sp in spans.values()}) == 1:
        return  # one headline, printed by all
    quoted = defaultdict(list)
    for claim in ev.claims.values():
        if claim.kind == "quote" and claim.end <= len(ev.sources[claim.source].headline):
            quoted[claim.source].append(claim.text)
    parts, evidence = [], []
    versions = _versions_of_text(heads)
    for version in versions:
        sid = version.sources[0]
        others = set().union(*(v for s, v in vocab.items() if s not in version.sources))
        only = [(w, a, b) for w, a, b in spans[sid] if w.removesuffix("s") not in others and w not in STOPWORDS]
        detail = f"{ev.names(version.sources)}: {_quoted(version.text)}"
        if quoted[sid]:
            detail += f", quoting {', '.join(_quoted(t) for t in quoted[sid])}"
        runs = _joined_runs(heads[sid], [(a, b) for _, a, b in only])
        if runs:
            detail += f" (only here: {', '.join(dict.fromkeys(heads[sid][a:b] for a, b in runs[:6]))})"
        parts.append(detail)
        evidence.append(Evidence(sid, heads[sid], runs))
    summary = HEADLINE_FINDING + "; ".join(parts) + "."
    ev.add("headline", "\0".join(sorted(heads)), summary, "medium", versions, evidence)


def _joined_runs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Word spans joined where only a comma or a full stop stands between them, as the reader sees one
    word: '180,000', 'U.S.' (and the stop that ends an abbreviation)."""
    runs: list[list[int]] = []
    for start, end in spans:
        if runs and start - runs[-1][1] <= 1 and text[runs[-1][1]:start] in ("", ",", "."):
            runs[-1][1] = end
        else:
            runs.append([start, end])
    for run in runs:
        if text[run[1]:run[1] + 1] == "." and re.fullmatch(r"(?:\w\.)+\w", text[run[0]:run[1]]):
            run[1] += 1
    return [(start, end) for start, end in runs]


def _versions_of_text(texts: dict[str, str]) -> list[Version]:
    grouped: dict[tuple[str, ...], list[str]] = {}
    for sid, text in sorted(texts.items()):
        grouped.setdefault(tuple(words(text)), []).append(sid)
    return [Version(texts[sids[0]], sids) for sids in grouped.values()]


# -- omissions --------------------------------------------------------------------------------

def _salient(claim: Claim) -> bool:
    """Grades, and counts of things; not times, and not 'one' or 'two' in words, which are as often
    idiom ('one bad piece of news', 'the two surveys') as a count."""
    if claim.kind == "rating":
        return True
    if claim.kind != "figure" or claim.unit is None or claim.unit in TIME or claim.unit == AGE_UNIT:
        return False  # a time, or someone's age: detail, not what the story is about
    if VAGUE.match(claim.text):
        return False  # 'thousands of Americans' is a manner of speaking, not a count one could leave out
    return not (figure_number(claim) <= 2 and not any(ch.isdigit() for ch in claim.text))


def _may_state_it_otherwise(claim: Claim, figures: list[Claim], source: Source, rules: AlignmentRules) -> bool:
    """Whether a source may hold `claim` in other words: the same number anywhere in its text, or a
    number of the same kind of thing near enough to be its own version of it."""
    value, family = figure_number(claim), unit_family(claim.unit)
    for other in figures:  # 'billions of dollars' may be its way of giving $350 billion
        floor = float(other.value[0]) if isinstance(other.value, list) else figure_number(other)
        if VAGUE.match(other.text) and unit_family(other.unit) == family and 0 < floor <= value < floor * 1000:
            return True
    number = re.search(r"\d[\d,.]*", claim.text)
    if number and re.search(rf"(?<![\d,.]){re.escape(number.group(0).rstrip('.,'))}(?![\d])", source.text):
        return True
    for other in figures:
        number = figure_number(other)
        if number == value:
            return True
        if family and unit_family(other.unit) == family and counted(claim) and counted(other) == counted(claim) \
                and min(number, value) > 0 and max(number, value) / min(number, value) <= rules.figure_counted_max_ratio:
            return True  # its own number for the same thing: 'destroyed 200 homes' is no silence on '50 structures
        if family and unit_family(other.unit) == family and min(number, value) > 0 \
                and max(number, value) / min(number, value) <= 2:
            return True
    return False


def _in_lede(claim: Claim, source: Source) -> bool:
    """In the headline, the standfirst or the first paragraphs: what the story leads on."""
    return source.text.count("\n\n", 0, claim.start) <= LEDE_PARAGRAPHS


def omission_findings(ev: _Event) -> None:
    """At most a few per event, grades first. With three or more sources, only what at least two of them
    report counts: one outlet's detail is not news. A number far down an article counts as left out only
    by an article about as long (a short piece or a column is narrower by design, not silent); one in
    the lede counts against any. The source that leaves it out must share another fact with those that
    report it (the same story), must not give the number in any form, and must not have been published
    before them (a preview cannot report what happened after it)."""
    aligned_with = {cid: a for a in ev.alignments for cid in a.claims}
    figures: dict[str, list[Claim]] = defaultdict(list)
    grades: dict[str, set[str]] = defaultdict(set)
    salient: dict[str, list[Claim]] = defaultdict(list)
    quoted: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for claim in ev.claims.values():
        if claim.kind == "quote" and not claim.extra.get("short"):
            quoted[claim.source].append((claim.start, claim.end))
    for claim in sorted(ev.claims.values(), key=lambda c: (c.source, c.start)):
        if claim.kind == "figure":
            figures[claim.source].append(claim)
        if claim.kind == "rating":
            grades[claim.source].add(str(claim.value))
        if _salient(claim) and not any(a <= claim.start < b for a, b in quoted[claim.source]):
            salient[claim.source].append(claim)  # a number inside a quote is the speaker's, not a reported fact
    members = ev.event.sources
    found, reported = [], set()
    for sid in members:
        for claim in salient[sid]:
            alignment = aligned_with.get(claim.id)
            present = {ev.claims[c].source for c in alignment.claims} if alignment else {sid}
            if claim.kind == "rating":
                present |= {o for o in members if str(claim.value) in grades[o]}
            key = alignment.id if alignment else claim.id
            if key in reported or len(members) > 2 and len(present) < 2:
                continue
            shown = [ev.claims[c] for c in alignment.claims] if alignment else [claim]
            led = claim.kind == "rating" or any(_in_lede(c, ev.sources[c.source]) for c in shown)
            reporting = max(len(ev.sources[p].text) for p in present)
            latest = max((ev.sources[p].published or "") for p in present)
            missing = [o for o in members if o not in present and any(ev.linked(o, p, strongly=True) for p in present)
                       and (ev.sources[o].published or latest) >= latest
                       and (led or len(ev.sources[o].text) >= COMPARABLE_LENGTH * reporting)
                       and not (claim.kind == "figure" and _may_state_it_otherwise(claim, figures[o], ev.sources[o], ev.rules))]
            if not missing:
                continue
            reported.add(key)
            what = f"{_quoted(claim.text)} ({claim.subject})" if claim.kind == "rating" and claim.subject \
                else _quoted(claim.text)
            told = (claim.source, ev.sentence(claim), tuple(sorted(present)), tuple(sorted(missing)))
            same = next((f for f in found if f["told"] == told), None)
            if same is not None:  # two numbers of one sentence, left out together: one finding
                same["what"].append(what)
                same["claims"] += [c.id for c in shown]
                same["texts"].append(claim.text)
                continue
            found.append({"rank": (claim.kind != "rating", len(found)), "key": key, "told": told, "what": [what],
                          "claims": [c.id for c in shown], "texts": [claim.text], "claim": claim})
    for f in sorted(found, key=lambda f: f["rank"])[:OMISSIONS_PER_EVENT]:
        claim, (_, sentence, present, missing) = f["claim"], f["told"]
        what = " and ".join(f["what"]) if len(f["what"]) < 3 else ", ".join(f["what"][:-1]) + " and " + f["what"][-1]
        summary = (f"{ev.names(present)} {'reports' if len(present) == 1 else 'report'} {what}: "
                   f"\u201c{sentence}\u201d {ev.names(missing)} {'does' if len(missing) == 1 else 'do'} not.")
        versions = [Version("; ".join(f["texts"]), list(present), f["claims"]), Version("", list(missing))]
        ev.add("omission", f["key"], summary, "medium" if claim.kind == "rating" else "low", versions,
               [Evidence(claim.source, text) for text in f["texts"][:1]], f["claims"])


ONE_SOURCE_FINDERS = (late_date_findings, honorific_findings)
"""What a lone article can get wrong about itself: a later day told as past, a title before a given name."""
FINDERS = (figure_findings, quote_findings, name_findings, rating_findings, role_findings, headline_findings,
           omission_findings, date_findings, late_date_findings, honorific_findings, statement_findings)


def event_findings(event: Event, sources: list[Source], claims: list[Claim], aligned: EventAlignment,
                   rules: AlignmentRules = AlignmentRules()) -> list[Discrepancy]:
    """The findings of one event, most severe first; a function of its sources and their claims alone."""
    ev = _Event(event, {s.id: s for s in sources}, {c.id: c for c in claims}, aligned.alignments,
                aligned.internal, rules)
    alone = len(event.sources) < 2 and not any(aligned.internal.values())
    for finder in ONE_SOURCE_FINDERS if alone else FINDERS:
        finder(ev)
    unique: dict[str, Discrepancy] = {}
    for finding in ev.found:
        if finding.id in unique:
            continue  # one fact, found twice (a statement repeated in one source)
        unique[finding.id] = finding
    return sorted(unique.values(), key=lambda d: (SEVERITY_ORDER[d.severity], d.kind, d.id))
