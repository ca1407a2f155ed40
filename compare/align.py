"""Alignment: the claims of one event that state the same thing.

Alignment never crosses events: a background fact repeated in two stories is
not a finding, and a chain of loose matches across stories is how unrelated
claims used to end up compared. Within an event it is one-to-one:

- every kind scores candidate pairs of claims (blocked first, so the cost grows
  with the claims that could match, not with all pairs);
- a pair is kept only when each claim is the other's best match in the other
  source (mutual best);
- kept pairs join into groups best first, and two groups join only when every
  claim of one is a candidate for every claim of the other and no source
  appears twice (complete linkage): nothing is ever joined through a third
  claim.

What makes two claims candidates, per kind:

- quotes share a stretch of words: the shorter is slid over the longer word by
  word (rapidfuzz's Levenshtein on word lists), so a quote printed whole in one
  outlet and cut in another still matches; words an editor put in [brackets]
  are not the speaker's and are left out; a short stock phrase credited to two
  different people is two quotes, not one;
- figures count the same kind of thing (unit family) in the same words (the
  sentence around them, numbers taken out); a figure whose sentence also holds
  the other's number is about another quantity ('21% against Trump's 17%');
- ratings grade the same subject;
- people have the same name.

Claims of one source may also be candidates of each other (a source quoting a
report two ways, or giving a figure twice): those pairs are kept apart for the
`internal` findings and never join a group.
"""
from __future__ import annotations

import re
import zlib
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .extract.text import sentence_around
from .model import Alignment, Claim, Source
from .rules.numbers import AGE_UNIT
from .rules.predicates import RECORD_PREDICATE
from .rules.units import GENERIC_PEOPLE, TIME_IN_YEARS
from .rules.alignment import CONTRACTIONS, IS_BEFORE_S, NUMBER_WORDS, SUFFIXES, AlignmentRules, generic_unit, unit_family
from .rules.stopwords import STOPWORDS

# A word, with its contraction or possessive even when a pasted page spaced the apostrophe out
# ('Patrick ’ s', 'weren ’ t').
TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*(?:\s?'\s?(?:s|t|re|ve|ll|d|m)\b|'[a-z]+)?|&")
FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_EDITORIAL = re.compile(r"\[[^\]]*\]")
_NUMBER = re.compile(r"[£$€]?\d[\d,.]*\S*")
FRAME_CHARS = 60  # either side of a figure: what it is of

Pair = tuple[str, str]


def words(text: str) -> list[str]:
    """Lower-case words as a quote's reader hears them: an editor's [bracketed] insertions left out,
    hyphens dropped ('long-standing' is 'longstanding'), contractions spelled out ('they're' is
    'they are', 'can't' and 'cant' are 'can not')."""
    text = _EDITORIAL.sub(" ", text.translate(FOLD).lower())
    return [w for t in TOKEN.findall(text) for w in spoken(t)]


def spoken(token: str) -> list[str]:
    """One token of `TOKEN` as the words it stands for."""
    token = re.sub(r"[\s\-]", "", token)
    if "'" not in token:
        return CONTRACTIONS.get(token) or [NUMBER_WORDS.get(token, token)]
    base, _, suffix = token.partition("'")
    if suffix == "t" and base.endswith("n"):
        return CONTRACTIONS.get(base + "'t", [base[:-1], "not"])
    if suffix in SUFFIXES and (suffix != "s" or base in IS_BEFORE_S):
        return [base, SUFFIXES[suffix]]
    return [base + suffix]


@dataclass(frozen=True)
class Window:
    """Where the shorter of two quotes sits in the longer, and how alike the words are."""

    start: int
    end: int
    similarity: float


def best_window(short: list[str], long: list[str], limit: int = AlignmentRules.quote_max_words) -> Window:
    """Slide `short` over `long` (allowing a word more or less) and keep the closest stretch; only the
    first `limit` words of each count, so a document-length quotation costs no more than a long quote."""
    short, long = short[:limit], long[:limit]
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


@dataclass
class EventAlignment:
    """What alignment found in one event: the groups, and the pairs within one source."""

    alignments: list[Alignment]
    internal: dict[str, list[Pair]]  # kind -> pairs of claims of one source that state the same thing


def align_event(event_id: str, sources: list[Source], claims: list[Claim],
                rules: AlignmentRules = AlignmentRules()) -> EventAlignment:
    """Align the claims of the sources of one event (`claims` holds theirs only)."""
    source_of = {s.id: s for s in sources}
    contexts = _Contexts(source_of)
    by_kind: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_kind[claim.kind].append(claim)
    candidates = {
        "quote": _quote_candidates(by_kind["quote"], rules),
        "figure": _figure_candidates(by_kind["figure"], contexts, rules),
        "rating": _rating_candidates(by_kind["rating"], rules),
    }
    by_id = {c.id: c for c in claims}
    alignments: list[Alignment] = []
    internal: dict[str, list[Pair]] = {}
    for kind, scored in candidates.items():
        across = {p: s for p, s in scored.items() if by_id[p[0]].source != by_id[p[1]].source}
        internal[kind] = sorted(p for p in scored if by_id[p[0]].source == by_id[p[1]].source)
        groups = one_to_one(across, lambda cid: by_id[cid].source)
        if kind == "quote":
            groups = _with_pieces(groups, across, by_id)
        for group in groups:
            alignments.append(_alignment(kind, [by_id[c] for c in group], event_id, rules))
    for group in _people(by_kind["person"]):
        alignments.append(_alignment("person", group, event_id, rules))
    alignments.sort(key=lambda a: (a.kind, a.id))
    return EventAlignment(alignments, internal)


def compared_claims(claims: list[Claim], rules: AlignmentRules = AlignmentRules()) -> list[Claim]:
    """The claims an event compares: each source's first `rules.max_claims_compared` of each kind, in
    the order of its text, so that the work on one story is bounded whatever a file holds."""
    taken: dict[tuple[str, str], int] = defaultdict(int)
    kept = set()
    for claim in sorted(claims, key=lambda c: (c.source, c.start, c.id)):
        taken[(claim.source, claim.kind)] += 1
        if taken[(claim.source, claim.kind)] <= rules.max_claims_compared:
            kept.add(claim.id)
    return [c for c in claims if c.id in kept]


QuoteRuns = dict[str, tuple[str, array]]
"""Per quote (by claim id): its speaker's surname and the hashes of its runs of five words (32-bit,
sorted, in an array: an archive holds them for every article until the stories are compared)."""


def quote_runs(claims: list[Claim], rules: AlignmentRules = AlignmentRules()) -> QuoteRuns:
    """What `recurring_quotes` needs of one source's quotes: a function of that source alone, so a
    build caches it with the source and never reads the words of an unchanged source's quotes again."""
    runs: QuoteRuns = {}
    for claim in claims:
        if claim.kind != "quote" or not claim.speaker or claim.extra.get("short"):
            continue
        tokens = words(claim.text)
        if len(tokens) >= rules.recurring_min_words:
            runs[claim.id] = (claim.speaker.lower().split()[-1], array("I", sorted(
                {zlib.crc32(" ".join(tokens[i:i + 5]).encode()) for i in range(len(tokens) - 4)})))
    return runs


def recurring_quotes(claims: list[Claim], event_of: dict[str, str], runs: QuoteRuns,
                     rules: AlignmentRules = AlignmentRules()) -> list[Alignment]:
    """Quotes that recur across events: a report's words quoted again in a later story. They are
    aligned so a reader sees the earlier telling, with `event` None, and are never compared: a
    background fact repeated in two stories is not a finding. Only long quotes credited to one
    speaker and printed nearly word for word count; candidates share a run of five words."""
    by_id = {c.id: c for c in claims if c.id in runs}
    index: dict[tuple[str, int], list[str]] = defaultdict(list)
    for claim_id, (speaker, hashes) in runs.items():
        if claim_id in by_id:
            for run in hashes:
                index[(speaker, run)].append(claim_id)
    event = {cid: event_of[claim.source] for cid, claim in by_id.items()}
    pairs: set[Pair] = set()
    # A quote printed word for word gives the same block for each of its runs: each block is paired once.
    blocks = {tuple(sorted(members)) for members in index.values() if 1 < len(members) <= rules.max_block}
    for ordered in blocks:
        if len({event[m] for m in ordered}) > 1:
            pairs.update((a, b) for i, a in enumerate(ordered) for b in ordered[i + 1:] if event[a] != event[b])
    # A quote that recurs is mostly printed word for word: each pair of texts is scored once.
    similarity_of: dict[tuple[str, str], float] = {}
    scored = {}
    for a, b in pairs:
        texts = tuple(sorted((by_id[a].text, by_id[b].text)))
        if texts not in similarity_of:
            short, long = sorted((words(texts[0]), words(texts[1])), key=len)
            similarity_of[texts] = 1.0 if short == long else best_window(short, long).similarity
        if similarity_of[texts] >= rules.recurring_min_similarity:
            scored[(a, b)] = similarity_of[texts]
    groups = one_to_one(scored, lambda cid: by_id[cid].source)
    return [replace(_alignment("quote", [by_id[c] for c in group], None, rules), id=f"a-recurring-{group[0]}")
            for group in groups]


def one_to_one(candidates: dict[Pair, float], source_of: Callable[[str], str]) -> list[list[str]]:
    """Groups of claims, at most one per source, from scored candidate pairs (mutual best, then
    complete linkage, best pairs first). Deterministic: ties are broken by claim id."""
    best: dict[tuple[str, str], tuple[float, str]] = {}
    for (a, b), score in candidates.items():
        for mine, other in ((a, b), (b, a)):
            key, current = (mine, source_of(other)), best.get((mine, source_of(other)))
            if current is None or score > current[0] or score == current[0] and other < current[1]:
                best[key] = (score, other)
    kept = sorted(((score, a, b) for (a, b), score in candidates.items()
                   if best[(a, source_of(b))][1] == b and best[(b, source_of(a))][1] == a),
                  key=lambda item: (-item[0], item[1], item[2]))
    group_of: dict[str, int] = {}
    members: dict[int, list[str]] = {}
    for n, (_, a, b) in enumerate(kept):
        ga, gb = group_of.get(a), group_of.get(b)
        if ga is not None and ga == gb:
            continue
        left = members[ga] if ga is not None else [a]
        right = members[gb] if gb is not None else [b]
        if {source_of(c) for c in left} & {source_of(c) for c in right}:
            continue
        if not all((min(x, y), max(x, y)) in candidates for x in left for y in right):
            continue
        for g in (ga, gb):
            if g is not None:
                del members[g]
        members[n] = sorted(left + right)
        for c in members[n]:
            group_of[c] = n
    return sorted(members.values())


def _with_pieces(groups: list[list[str]], candidates: dict[Pair, float], by_id: dict[str, Claim]) -> list[list[str]]:
    """A quote one source prints whole and another in pieces ('... our members,' she said. 'Services
    will ...'): each piece left out of the groups joins the group of the whole it sits in, when no
    other piece of its source already covers that stretch of the whole, and every piece of another
    source in the group covers some of the same stretch (two outlets quoting two different sentences
    of one statement quote two things, not one)."""
    group_of = {c: n for n, group in enumerate(groups) for c in group}
    groups = [list(g) for g in groups]
    partners: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for (a, b), score in candidates.items():
        partners[a].append((score, b))
        partners[b].append((score, a))
    for piece in sorted(c for c in partners if c not in group_of):
        score, whole = max(partners[piece], key=lambda p: (p[0], p[1]))
        if whole not in group_of:
            continue
        whole_words, piece_words = words(by_id[whole].text), words(by_id[piece].text)
        if len(piece_words) >= len(whole_words):
            continue
        window = best_window(piece_words, whole_words)
        group = groups[group_of[whole]]
        siblings = [c for c in group if by_id[c].source == by_id[piece].source]
        others = [c for c in group if c != whole and by_id[c].source != by_id[piece].source
                  and len(words(by_id[c].text)) < len(whole_words)]
        if all(_disjoint(window, best_window(words(by_id[c].text), whole_words)) for c in siblings) and not any(
                _disjoint(window, best_window(words(by_id[c].text), whole_words)) for c in others):
            group.append(piece)
            group_of[piece] = group_of[whole]
    return groups


def _disjoint(a: Window, b: Window) -> bool:
    return a.end <= b.start or b.end <= a.start


def _alignment(kind: str, group: list[Claim], event_id: str | None, rules: AlignmentRules) -> Alignment:
    group = sorted(group, key=lambda c: (c.source, c.start))
    return Alignment(id=f"a-{kind}-{group[0].id}", kind=kind, claims=[c.id for c in group],
                     agree=_agree(kind, group), event=event_id)


def _pair(a: Claim, b: Claim) -> Pair:
    return (a.id, b.id) if a.id < b.id else (b.id, a.id)


class _Contexts:
    """Each figure's sentence, with and without its numbers, worked out once."""

    def __init__(self, sources: dict[str, Source]):
        self.sources = sources
        self._sentence: dict[str, str] = {}
        self._wording: dict[str, str] = {}
        self._frame: dict[str, tuple[set[str], set[str]]] = {}

    def sentence(self, claim: Claim) -> str:
        if claim.id not in self._sentence:
            self._sentence[claim.id] = sentence_around(self.sources[claim.source].text, claim.start, claim.end)
        return self._sentence[claim.id]

    def wording(self, claim: Claim) -> str:
        if claim.id not in self._wording:
            self._wording[claim.id] = _NUMBER.sub(" ", self.sentence(claim))
        return self._wording[claim.id]

    def frame(self, claim: Claim) -> tuple[set[str], set[str]]:
        """The content words right around a figure, and the names among them: for a percentage or a
        sum of money, what it is of ('Sanders 29%', 'the Iowa poll's margin of error')."""
        if claim.id not in self._frame:
            self._frame[claim.id] = self._frame_of(claim)
        return self._frame[claim.id]

    def _frame_of(self, claim: Claim) -> tuple[set[str], set[str]]:
        text = self.sources[claim.source].text
        start = max(text.rfind("\n", max(0, claim.start - FRAME_CHARS), claim.start) + 1, claim.start - FRAME_CHARS)
        end = text.find("\n", claim.end, claim.end + FRAME_CHARS)
        end = min(end if end != -1 else len(text), claim.end + FRAME_CHARS)
        around = _NUMBER.sub(" ", text[start:claim.start] + " " + text[claim.end:end])
        names = {m.lower() for m in re.findall(r"(?<![.!?]\s)\b[A-Z][a-z]{2,}\b", around)} - STOPWORDS
        return set(_content(words(around))), names


# -- quotes ------------------------------------------------------------------------------------

def _content(tokens: list[str]) -> list[str]:
    return [t for t in tokens if t not in STOPWORDS]


def _quote_candidates(quotes: list[Claim], rules: AlignmentRules) -> dict[Pair, float]:
    quotes = [q for q in quotes if not q.extra.get("short")]
    tokens = {q.id: words(q.text)[:rules.quote_max_words] for q in quotes}
    quotes = [q for q in quotes if len(tokens[q.id]) >= rules.quote_min_words]
    blocks: dict[str, list[Claim]] = defaultdict(list)  # quotes by the content words they hold
    for q in quotes:
        for word in set(_content(tokens[q.id])):
            blocks[word].append(q)
    shared: dict[Pair, int] = defaultdict(int)
    for members in blocks.values():
        if len(members) > rules.max_block:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                shared[_pair(a, b)] += 1
    by_id = {q.id: q for q in quotes}
    scored = {}
    for (a_id, b_id), count in shared.items():
        a, b = by_id[a_id], by_id[b_id]
        if a.source == b.source and a.extra.get("quote") and a.extra.get("quote") == b.extra.get("quote"):
            continue  # two paragraphs of one quotation
        short, long = sorted((tokens[a_id], tokens[b_id]), key=len)
        if count < 2 or len(set(short) & set(long)) < rules.quote_min_similarity * len(set(short)):
            continue  # cheap test first: most candidates share too few words to be one quote
        window = best_window(short, long)
        common = len(set(short) & set(long[window.start:window.end]))
        if window.similarity < rules.quote_min_similarity or common < 3:
            continue
        if len(short) < rules.stock_phrase_words and not _same_speaker(a, b):
            continue  # a short phrase ('our thoughts and prayers go out') is one quote only from one speaker
        scored[(a_id, b_id)] = window.similarity + len(short) / 1000
    return scored


def speaker_key(claim: Claim) -> str | None:
    """A named person's surname, when the quote's speaker is one; else None."""
    speaker = claim.speaker or ""
    if claim.extra.get("speaker_kind") != "person" or not looks_like_a_name(speaker):
        return None
    return speaker.lower().split()[-1]


def looks_like_a_name(name: str) -> bool:
    """Two or more capitalised words of letters (hyphens and full stops allowed), none a contraction:
    'Alan Krueger', not "I'm Amanda Berry" or 'Wednesday'."""
    parts = name.split()
    return len(parts) >= 2 and all(re.fullmatch(r"[A-Z][\w.\-]*", p) and "'" not in p and "\u2019" not in p
                                   for p in parts)


def _same_speaker(a: Claim, b: Claim) -> bool:
    """Both quotes credited, and to one speaker (the same surname, or the same organisation)."""
    if not a.speaker or not b.speaker:
        return False
    return a.speaker.lower().split()[-1] == b.speaker.lower().split()[-1]


# -- figures -----------------------------------------------------------------------------------

def figure_number(claim: Claim) -> float:
    """A figure's number (a span of decades or centuries in years); a range is keyed by its top."""
    return (float(claim.value[-1]) if isinstance(claim.value, list) else float(claim.value)) * in_years(claim)


def in_years(claim: Claim) -> float:
    """What a figure's number is multiplied by to be read in years: 10 for 'two decades', else 1."""
    return float(TIME_IN_YEARS.get((claim.unit or "").lower(), 1))


def counted(claim: Claim) -> str | None:
    """What happened to what a figure counts ('destroyed', 'killed', 'population'), if its clause says."""
    return claim.extra.get("counts")


Sole = dict[tuple[str, str, str | None], int]
"""How many different numbers a source gives for one kind of thing and what happened to it: one means
a second outlet's only number for it can only be the same count."""


def _sole_key(claim: Claim) -> tuple[str, str, str | None]:
    """A source's kind of count: what is counted, what happened to it, and whether it is part of a group."""
    what = counted(claim)
    return claim.source, unit_family(claim.unit) or "", (what + " (part)" if what and claim.extra.get("partial")
                                                         else what)


def _sole_counts(figures: list[Claim]) -> Sole:
    values: dict[tuple[str, str, str | None], set[float]] = defaultdict(set)
    for claim in figures:
        if claim.extra.get("hypothetical") or isinstance(claim.value, list):
            continue
        values[_sole_key(claim)].add(figure_number(claim))
    return {key: len(found) for key, found in values.items()}


def _told_apart(a: Claim, b: Claim) -> bool:
    """Whatever their sentences share, two figures are two counts when their clauses say so: something
    different happened to what they count ('killed', 'injured'), one is a possibility and the other a
    fact, one counts part of a group ('two other women'), or they count another year's happening."""
    what_a, what_b = counted(a), counted(b)
    return bool(what_a and what_b and what_a != what_b) or a.extra.get("year") != b.extra.get("year") or any(
        bool(a.extra.get(k)) != bool(b.extra.get(k)) for k in ("hypothetical", "partial"))


def _same_count(a: Claim, b: Claim, sole: Sole, contexts: "_Contexts", rules: AlignmentRules) -> float | None:
    """Two outlets' numbers for one count worded differently ('destroyed 200 homes', '50 structures
    have been destroyed'): the same kind of thing, the same thing happened to it, and each outlet gives
    only one number for it. An age is a person's, paired by name."""
    what = counted(a)
    if not what or what != counted(b) or a.source == b.source or a.unit == AGE_UNIT or b.unit == AGE_UNIT \
            or _told_apart(a, b) or a.extra.get("partial"):
        return None  # two parts ('three more women', 'five other women') are parts of what, said when?
    family = unit_family(a.unit)
    if not family or family != unit_family(b.unit) or generic_unit(a.unit) and not what.startswith(RECORD_PREDICATE):
        return None
    low, high = sorted((figure_number(a), figure_number(b)))
    if low <= 0 or high / low > rules.figure_counted_max_ratio:
        return None
    units = {(a.unit or "").lower(), (b.unit or "").lower()}
    if family == "people" and len(units) == 2 and not units & GENERIC_PEOPLE:
        return None  # '7 protesters arrested' and 'two journalists arrested' are two groups
    if high / low > rules.figure_counted_far and _other_names(contexts, a, b):
        return None  # '50 killed in Christchurch' and '11 killed in Pittsburgh': far apart, other places
    if sole.get(_sole_key(a)) == 1 == sole.get(_sole_key(b)):
        return 0.5
    return None


def _mentions_number(sentence: str, value: float) -> bool:
    for token in _NUMBER.findall(sentence):
        digits = re.sub(r"[^\d.]", "", token.replace(",", "")).rstrip(".")
        try:
            if digits and float(digits) == value:
                return True
        except ValueError:
            continue
    return False


def _figure_candidates(figures: list[Claim], contexts: _Contexts, rules: AlignmentRules) -> dict[Pair, float]:
    blocks: dict[str, list[Claim]] = defaultdict(list)
    for claim in figures:
        blocks[unit_family(claim.unit) or ""].append(claim)
    sole = _sole_counts(figures)
    scored = {}
    for members in blocks.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                scores = [s for s in (_figure_score(a, b, contexts, rules), _same_count(a, b, sole, contexts, rules))
                          if s is not None]
                if scores:
                    scored[_pair(a, b)] = max(scores)
    return scored


def _figure_score(a: Claim, b: Claim, contexts: _Contexts, rules: AlignmentRules) -> float | None:
    if isinstance(a.value, list) != isinstance(b.value, list) or _told_apart(a, b):
        return None
    if a.unit == AGE_UNIT == b.unit and _named(a.subject) and _named(b.subject):
        if a.source == b.source:
            return None
        return (2.0 if a.value == b.value else 1.0) if _one_person(a.subject, b.subject) else None
    similarity = fuzz.token_set_ratio(contexts.wording(a), contexts.wording(b))
    if not a.unit and (a.source == b.source or similarity < rules.figure_unitless_context):
        return None  # a bare number ('fell to 4,120 in March') is one count only in one sentence, and
        # within one source the same sentence with another number is another thing ('Knight, 21, ...')
    if a.source == b.source and generic_unit(a.unit):
        return None  # two sums of money or two percentages in one article are two quantities
    if generic_unit(a.unit) and not _same_frame(contexts, a, b, rules, a.value == b.value):
        return None  # a percentage or a sum is one quantity only with the same words around it
    if _other_names(contexts, a, b):
        return None  # 'more than 40 in Sacramento' and 'about 40 in Chicago' 
    if a.value == b.value:
        return 1 + similarity / 100 if similarity >= rules.figure_same_value_context else None
    low, high = sorted((figure_number(a), figure_number(b)))
    if low <= 0 or high / low > rules.figure_max_ratio or similarity < rules.figure_other_value_context:
        return None
    if a.unit != b.unit and not (a.subject and b.subject and _share_word(a.subject, b.subject)):
        return None  # 'workers' against 'people': the same family, perhaps not the same count
    if _mentions_number(contexts.sentence(a), figure_number(b)) or \
            _mentions_number(contexts.sentence(b), figure_number(a)):
        return None  # each sentence names both numbers: two quantities, not two versions of one
    return similarity / 100


def _other_names(contexts: _Contexts, a: Claim, b: Claim) -> bool:
    """Both figures stand beside names, and not the same ones: 'Biden 18%' and 'Sanders 29%'."""
    names_a, names_b = contexts.frame(a)[1], contexts.frame(b)[1]
    return bool(names_a and names_b and not names_a & names_b)


def _same_frame(contexts: _Contexts, a: Claim, b: Claim, rules: AlignmentRules, same_value: bool) -> bool:
    words_a, words_b = contexts.frame(a)[0], contexts.frame(b)[0]
    shared = len(words_a & words_b)
    needed = 1 if same_value else rules.generic_frame_share * min(len(words_a), len(words_b))
    return shared >= max(1, needed)


def _named(subject: str | None) -> bool:
    return bool(subject) and subject[0].isupper()


def _one_person(a: str, b: str) -> bool:
    """'Knight' and 'Michelle Knight' are one person; 'Pedro Castro' and 'Ariel Castro' are two."""
    x, y = sorted((set(a.lower().split()), set(b.lower().split())), key=len)
    return a.lower().split()[-1] == b.lower().split()[-1] and x <= y


def _share_word(a: str, b: str) -> bool:
    return bool(set(_content(words(a))) & set(_content(words(b))))


# -- ratings and people ------------------------------------------------------------------------

def _rating_candidates(ratings: list[Claim], rules: AlignmentRules) -> dict[Pair, float]:
    scored = {}
    for i, a in enumerate(ratings):
        for b in ratings[i + 1:]:
            similarity = fuzz.token_set_ratio(a.subject or "", b.subject or "")
            if similarity >= rules.rating_subject_min:
                scored[_pair(a, b)] = similarity / 100 + (a.value == b.value)
    return scored


def _people(people: Iterable[Claim]) -> list[list[Claim]]:
    """One claim per source for each name: the first that gives a role, else the first."""
    by_name: dict[str, dict[str, Claim]] = defaultdict(dict)
    for claim in sorted(people, key=lambda c: (c.source, c.start)):
        chosen = by_name[str(claim.value).lower()]
        if claim.source not in chosen or (claim.extra.get("role") and not chosen[claim.source].extra.get("role")):
            chosen[claim.source] = claim
    return [list(group.values()) for _, group in sorted(by_name.items()) if len(group) > 1]


def _agree(kind: str, claims: list[Claim]) -> bool:
    if kind == "quote":  # the same words agree without a search: a recurring quote is printed dozens of times
        wording = {c.id: words(c.text) for c in claims}
        return all(wording[a.id] == wording[b.id]
                   or best_window(*sorted((wording[a.id], wording[b.id]), key=len)).similarity == 1.0
                   for a in claims for b in claims if a.source < b.source)
    if kind in ("figure", "rating"):
        return len({(str(c.value), c.qualifier) for c in claims}) == 1
    return True
