"""Figures: how many of what, and how sure the source is.

A figure is a number (digits, words, money, a percentage, a vague 'hundreds
of'), its `qualifier` ('at least' is a lower bound, 'up to' an upper bound,
'around' approximate), the `unit` it counts and the counted phrase. Years,
days of a date, times, ordinals and labels ('Article 50') are not figures.
A fraction or a ratio ('two-thirds of voters', 'one in three adults', '1/4
point') is one figure, a share (0.667), never two counts; '$3 and 50 cents'
is one sum; '90-plus percent' and '500+' are lower bounds.
A hedging verb ('estimated', 'suggested') is reported as `hedge`, not as a
qualifier: 'estimated that up to 1,400' is still an upper bound.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from ..rules import numbers as nr
from ..rules import predicates as pr
from ..rules.units import AREA, TIME, unit_family
from ..rules.calendar import MONTHS
from ..rules.people import NOT_NAMES
from .text import Segments, phrase_key, phrase_pattern

_DIGITS = re.compile(
    r"(?:(?<![A-Za-z])(?P<currency>US\$|\$US|A\$|\$A|AU\$|C\$|NZ\$|HK\$|S\$|USD|GBP|EUR|AUD|CAD|INR|RM|Rs\.?|[£$€¥₹]"
    r"|PS(?=\d[\d,]*(?:\.\d|,\d{3}|(?:m|bn|k)\b)))\s?)?"
    r"(?P<sign>(?<![\w\d.,\-\u2013])(?:minus[-\s]|[-\u2212](?=\d)))?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\w.])\.\d+)"
    r"(?:(?<=\d)(?P<suffix>(?i:k|m|mn|bn|b|tn|km|cm|mm|kg|g|mph|kmh|ft|lbs?|ml|l|mwh|gwh|kwh|mw|gw|kw|mbps|gbps|"
    r"mb|gb|tb|w|bhp|hp|khz|mhz|ghz|hz|mins?|hrs|pc|p|mg|mcg|mil))\b)?"
    r"(?:\s(?P<scale>(?:hundred\s)?(?:million|billion|trillion|thousand)|hundred|mn|bn|tn)\b)?"
    r"(?P<plus>-plus\b|\+)?"
    r"(?P<percent>\s?%|\s(?:per\s?cent|percent)\b)?")
_WORD_UNIT = "|".join(sorted(nr.UNITS, key=len, reverse=True))
_WORD_TENS = "|".join(nr.TENS)
_WORDS = re.compile(
    rf"\b(?P<fixed>{'|'.join(sorted(map(re.escape, nr.FIXED), key=len, reverse=True))})\b"
    rf"|\b(?P<vague>{'|'.join(sorted(nr.VAGUE, key=len, reverse=True))})\s+of\b"
    rf"|\b(?:(?P<tens>{_WORD_TENS})(?:[-\s](?P<tens_unit>{_WORD_UNIT}))?|(?P<unit>{_WORD_UNIT}))"
    rf"(?:\s+(?P<scale>hundred|thousand|million|billion|trillion))?\b"
    rf"(?P<percent>\s(?:per\s?cent|percent)\b)?",
    re.IGNORECASE)
_NUMERATOR = "|".join(sorted(nr.FRACTION_NUMERATORS, key=len, reverse=True))
_DENOMINATOR = "|".join(sorted(nr.FRACTION_DENOMINATORS, key=len, reverse=True))
_NUMBER_WORDS = "|".join(sorted(nr.UNITS, key=len, reverse=True))
_FRACTIONS = re.compile(
    rf"\b(?P<numerator>{_NUMERATOR})[-\s](?P<denominator>{_DENOMINATOR})\b"
    rf"|\b(?P<ratio_top>\d+|{_NUMBER_WORDS})(?:[-\s]in[-\s]|\s+out\s+of\s+)(?P<ratio_bottom>\d+|{_NUMBER_WORDS})\b"
    r"|(?<![\d/\u2044])(?P<top>\d)[/\u2044](?P<bottom>\d{1,3})(?![\d/\u2044])(?P<of>(?=\s+of\b))?",
    re.IGNORECASE)
_GAP = re.compile(r"[ \t]+")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_SCALE_WORD = re.compile(r"(?<=\d)\s?(thousand|million|billion|trillion|bn|mn|tn|m|k)\b|\b(thousand|million|billion|trillion)\b",
                         re.IGNORECASE)
_RANGE_START = re.compile(r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)\s?[-\u2013]\s?$")
_TOKEN = re.compile(r"-?(?:[A-Za-z]\.){2,}|-?[A-Za-z][\w'’\-]*")  # 'U.S.' is one word
_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d|2100)$")
_DAY_OF_MONTH = re.compile(r"^(?:st|nd|rd|th)?\s+(?:of\s+)?(" + "|".join(MONTHS) + r")\b", re.IGNORECASE)
_MONTH_WORD = re.compile(r"\b(" + "|".join(MONTHS) + r")\b\.?", re.IGNORECASE)


_NOT_LABELS = NOT_NAMES | set(nr.QUALIFIER_KIND) | set(MONTHS) | {"almost", "nearly", "some", "around", "about", "between",
                                                                  "among", "roughly", "approximately"}


# 'one' that is a pronoun or an idiom, not a count: 'no one', 'one another', 'one day'.
_NOT_A_COUNT_ONE = re.compile(
    r"\b(?:no|any|every|some|each|the|this|that|which|number)\s+one\b|\bone\s+(?:another|day|time|way|thing|of\s+us)\b"
    r"|\bone['’]s\b", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:to|and|[-\u2013])\s*$", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:from|between|range|ranging|ranges|of)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Figure:
    """One figure; `value` is a (low, high) pair for a range ('between 5% and 6%')."""

    start: int
    end: int
    value: float | tuple[float, float]
    unit: str | None
    subject: str | None
    qualifier: str
    hedge: str | None
    counts: str | None = None
    hypothetical: bool = False
    partial: bool = False
    year: str | None = None
    rate: str | None = None
    rate_nearby: bool = False
    moved_from: float | None = None


def _number_value(match: re.Match) -> float | None:
    g = match.groupdict()
    if g.get("fixed"):
        return float(nr.FIXED[g["fixed"].lower()])
    if g.get("vague"):
        low, high = nr.VAGUE[g["vague"].lower()]
        return (float(low), float(high))
    if g.get("num") is not None:
        value = float(g["num"].replace(",", ""))
    elif g.get("tens"):
        value = float(nr.TENS[g["tens"].lower()] + (nr.UNITS[g["tens_unit"].lower()] if g.get("tens_unit") else 0))
    else:
        value = float(nr.UNITS[g["unit"].lower()])
    for scale in (g.get("scale") or "").lower().split():  # '4 hundred million' is 400,000,000
        value *= nr.SUFFIX_SCALES.get(scale, nr.SCALES.get(scale, 1))
    if g.get("sign"):
        value = -value  # '-1.3%', 'minus-5 yards'
    if _scale_suffix(match):
        value *= nr.SUFFIX_SCALES[g["suffix"].lower()]
    return value


def _scale_suffix(match: re.Match) -> bool:
    """'£15m' is fifteen million pounds, and so is '35m devices' or '1.2m tons of ore' (a count of
    things after it); a bare '400m' or 'the 100m hurdles' is a distance."""
    g = match.groupdict()
    suffix = (g.get("suffix") or "").lower()
    if suffix not in nr.SUFFIX_SCALES:
        return False
    if suffix not in nr.ATTACHED_UNITS or g.get("currency"):
        return True
    following = _NEXT_WORD.match(match.string, match.end(), min(len(match.string), match.end() + 30))
    word = following.group(1) if following else ""
    return word not in nr.DISTANCE_CONTEXT and (word == "of" or word.endswith("s") and word not in nr.NOT_PLURALS
                                                 or word in nr.PLURAL_NOUNS)


def _counted_phrase(text: str, start: int, limit: int) -> tuple[int, list[str]]:
    """The noun phrase after a number ('children's services departments'): its end and its words."""
    words, end, pos = [], start, start
    while pos < limit and len(words) < 4:
        match = _TOKEN.match(text, pos) if text[pos] == "-" else None
        if match is None:
            gap = _GAP.match(text, pos, limit)  # never text[pos:limit]: a copy of the rest of the sentence
            pos = gap.end() if gap else pos
            match = _TOKEN.match(text, pos) if pos < limit else None
        if match is None:
            break
        word = match.group(0).lstrip("-")
        lower = word.lower()
        if lower in nr.PHRASE_STOP or lower in {"they", "we", "he", "she", "you", "i"} or lower in MONTHS:
            break
        if words and (lower.endswith("ed") or lower.endswith("ing")) and lower not in nr.TIME_UNITS:
            break
        words.append(word)
        end = pos = match.end()
    return end, words


def _is_label_or_date(text: str, match: re.Match, sentence_start: int) -> bool:
    """Years, days of dates, times, ordinals, scores and labels such as 'Article 50'."""
    start, end = match.start("num"), match.end()
    before, after = text[max(0, start - 12):start], text[end:end + 12]
    digits = match.group("num")
    if start > 0 and not match.group("currency") and not match.group("sign") and not _SUB.search(before) and (
            text[start - 1].isalnum() or text[start - 1] in "./-–:" and start > 1 and text[start - 2].isalnum()):
        opening = _RANGE_START.search(text, max(0, start - 20), start)
        if not (opening and not _YEAR.match(opening.group(1))
                and _hyphen_range(text, opening.end(1), float(opening.group(1).replace(",", "")))):
            return True  # '10' in '5-10W' is the top of a range; in 'A10' or '3-1' it is no count
    if nr.IDENTIFIER_AFTER.match(after + text[end + 12:end + 30]) or nr.IDENTIFIER_BEFORE.search(before):
        return True
    if re.match(r"^\s?[-–]\s?\d", after) and not _hyphen_range(text, end, float(digits.replace(",", ""))):
        return True  # a score ('3-1'), a code, a span of pages
    if after[:1].isalpha() or re.match(r"^[.:]\d", after):
        return True
    if nr.NOT_A_COUNT_AFTER.search(after):
        return True
    plain = not (match.group("currency") or match.group("scale") or match.group("suffix") or match.group("percent"))
    if plain and _YEAR.match(digits) and not nr.MEASURE_AFTER.match(text, end, end + 16):
        following = re.match(r"\s+([a-z]+)", after + text[end + 12:end + 40])
        return not (following and following.group(1).endswith("s") and following.group(1) not in MONTHS
                    and following.group(1) not in nr.NOT_PLURALS)
    if plain and "," not in digits and float(digits) <= 31 and (
            _MONTH_WORD.search(before[-10:]) and re.search(r"[A-Za-z]\.?\s+$", before)
            or _DAY_OF_MONTH.match(after)):
        return True
    label = re.search(r"\b([A-Z][a-z]+|[A-Z]{2,}|[A-Z]|[a-z]+[A-Z]\w*)\s$", before)  # 'Article 50', 'iPhone 11'
    if plain and label and "," not in digits and label.group(1).lower() not in _NOT_LABELS \
            and not nr.MEASURE_AFTER.match(text, end, end + 16):
        return True
    return False


def _hyphen_range(text: str, end: int, low: float) -> bool:
    """'5-10W', '25 – 40 minutes': the first number of a range written with a dash, which holds only
    with a unit after the second, larger number, and not a word of a result ('a 3-1 win')."""
    match = nr.HYPHEN_RANGE.match(text, end, min(len(text), end + 40))
    if match is None or match.group("unit").lower() in nr.SCORE_WORDS | nr.PHRASE_STOP:
        return False
    return float(match.group("high").replace(",", "")) > low


_SUB = re.compile(r"\bsub-$", re.IGNORECASE)  # 'sub-7 nanometer chips', 'sub-300 sq m offices': below it


def _qualifier(text: str, start: int, end: int, sentence_start: int) -> tuple[str, int]:
    before = text[max(sentence_start, start - 30):start]
    if _SUB.search(before):
        return "upper_bound", start - 4
    match = nr.QUALIFIER_BEFORE.search(before)
    if match and match.group(1).lower() == "up to" and nr.MOVED_UP_TO.search(before[:match.start(1)]):
        return "exact", start
    if match:
        kind = nr.QUALIFIER_KIND[match.group(1).lower()]
        at = start - len(before) + match.start(1)
        if match.group(1).lower() in nr.COMPARATIVES and nr.NEGATION.search(text[max(sentence_start, at - 60):at]):
            kind = nr.NEGATED[kind]  # 'should not get less than 28 years' is at least 28
        return kind, at
    after = nr.QUALIFIER_AFTER.match(text[end:end + 12])
    if after:
        return nr.QUALIFIER_AFTER_KIND[after.group(1).lower()], start
    return "exact", start


def _hedge(text: str, sentence_start: int, start: int) -> str | None:
    hedges = list(nr.HEDGES.finditer(text, max(sentence_start, start - 80), start))
    return hedges[-1].group(1).lower() if hedges else None


def _figure(text: str, match: re.Match, number_start: int, sentence_start: int, sentence_end: int) -> Figure | None:
    value = _number_value(match)
    if value is None:
        return None
    g = match.groupdict()
    qualifier, start = _qualifier(text, number_start, match.end(), sentence_start)
    if g.get("vague"):
        qualifier = "approximate"
    if g.get("plus") and qualifier == "exact":
        qualifier = "lower_bound"  # '90-plus percent', '50+ people'
    phrase_end, words = _counted_phrase(text, match.end(), sentence_end)
    age_of = None if isinstance(value, tuple) else _age_of(text, match, words, sentence_start, value)
    if age_of is not None:
        unit, subject = nr.AGE_UNIT, age_of
        if words and words[0].lower() in nr.AGE_WORDS:
            phrase_end = _counted_phrase(text, match.end(), sentence_end)[0]
        else:
            words = []
    elif g.get("percent"):
        unit, subject = "%", " ".join(words) or None
    elif g.get("suffix") and not _scale_suffix(match):
        unit, subject = nr.ATTACHED_UNITS[g["suffix"].lower()], " ".join(words) or None
        if g["suffix"].lower() in nr.PENCE_SUFFIXES:
            value /= 100  # '164p' is £1.64
    elif g.get("currency"):
        unit, subject = nr.CURRENCIES[g["currency"]], " ".join(words) or None
    elif words and words[0].lower() in nr.CURRENCY_WORDS:
        unit, subject = nr.CURRENCY_WORDS[words[0].lower()], " ".join(words[1:]) or None
        if words[0].lower() in ("pence", "p", "cents"):
            value /= 100
    elif words and words[0].lower() in nr.TIME_UNITS:
        unit, subject = nr.TIME_UNITS[words[0].lower()], " ".join(words[1:]) or None
    elif words and words[-1].lower() not in nr.NOT_UNITS:
        unit, subject = words[-1].lower().rstrip("'’"), " ".join(words)
    else:
        unit, subject = None, None
    end = phrase_end if words else match.end()
    return Figure(start, end, value, unit, subject, qualifier, _hedge(text, sentence_start, start))


def _age_of(text: str, match: re.Match, words: list[str], sentence_start: int, value: float) -> str | None:
    """Whose age a number is ('Michelle Knight, 30,' or '32-year-old Knight'), or None if it is no age
    of a named person. A '27-year-old woman' is an age too, of no one named: its subject is 'woman'."""
    if value > nr.OLDEST_AGE or match.groupdict().get("percent") or match.groupdict().get("currency"):
        return None
    if words and words[0].lower() in nr.AGE_WORDS:
        return " ".join(words[1:]) or "person"
    before = nr.AGE_AFTER_NAME.search(text[max(sentence_start, match.start() - 60):match.start()])
    if before and nr.AGE_CLOSE.match(text[match.end():match.end() + 5]) and \
            before.group("name").split()[0].lower() not in _NOT_LABELS:
        return before.group("name")
    return None


class _Spans:
    """Stretches of a sentence already taken by a figure, none overlapping another: looked up by
    bisection, so a sentence of a hundred thousand numbers costs n log n, not n squared."""

    def __init__(self, spans=()):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in spans:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # spans starting before `end`; the last of them reaches furthest
        return i > 0 and self.ends[i - 1] > start or (i < len(self.starts) and self.starts[i] < end)

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _share(text: str, match: re.Match, sentence_start: int, sentence_end: int) -> Figure | None:
    """'two-thirds of voters', 'one in three adults', 'a 1/4 point': the share, and what it is of."""
    g = match.groupdict()
    if g.get("numerator"):
        top, bottom = nr.FRACTION_NUMERATORS[g["numerator"].lower()], nr.FRACTION_DENOMINATORS[g["denominator"].lower()]
    elif g.get("ratio_top"):
        top, bottom = (int(w) if w.isdigit() else nr.UNITS[w.lower()] for w in (g["ratio_top"], g["ratio_bottom"]))
    else:
        top, bottom = int(g["top"]), int(g["bottom"])
        if not 0 < top < bottom or bottom > nr.LARGEST_DIGIT_DENOMINATOR and (top != 1 or g.get("of") is None):
            return None  # '1/4 point' and '1/16 of a pint' are shares; '9/11' and '24/7' are not
    if not bottom or top >= bottom:
        return None
    qualifier, start = _qualifier(text, match.start(), match.end(), sentence_start)
    of = re.match(r"\s+of\s+", text[match.end():match.end() + 5])
    phrase_end, words = _counted_phrase(text, match.end() + (of.end() if of else 0), sentence_end)
    end = phrase_end if words else match.end()
    if not of and len(words) == 1 and words[0].lower() in nr.TIME_UNITS:  # 'a half century' is a span of time
        return Figure(start, end, top / bottom, nr.TIME_UNITS[words[0].lower()], None, qualifier,
                      _hedge(text, sentence_start, start))
    return Figure(start, end, top / bottom, nr.SHARE_UNIT, " ".join(words) or None, qualifier,
                  _hedge(text, sentence_start, start))


def _join_money(text: str, figures: list[Figure]) -> list[Figure]:
    """'$3 and 50 cents', 'thirteen dollars and forty-five cents': one sum of money, not two."""
    out: list[Figure] = []
    for figure in figures:
        previous = out[-1] if out else None
        if (previous is not None and previous.unit == figure.unit and previous.unit in nr.CURRENCIES.values()
                and isinstance(previous.value, float) and isinstance(figure.value, float) and figure.value < 1
                and previous.value == int(previous.value) and re.search(r"\b(?:cents?|pence|p)\b", text[figure.start:figure.end])
                and nr.MONEY_AND_CENTS.match(text[previous.end:figure.start])):
            out[-1] = Figure(previous.start, figure.end, round(previous.value + figure.value, 2), previous.unit,
                             previous.subject or figure.subject, previous.qualifier, previous.hedge)
            continue
        out.append(figure)
    return out


_PREDICATE = phrase_pattern(p for ps in pr.COUNT_PREDICATES.values() for p in ps)
_CLASS_OF = {phrase_key(p): c for c, ps in pr.COUNT_PREDICATES.items() for p in ps}
_EXTENT = phrase_pattern(pr.EXTENT_WORDS)
_WORD = re.compile(r"\S+")
_CLAUSE_CHARS = 160  # enough for the predicate's reach in words


def _clause(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> tuple[str, str]:
    """The words of a figure's clause before it and after it, each cut to the predicate's reach."""
    before = text[max(sentence_start, start - _CLAUSE_CHARS):start]  # bounded: a sentence may be a whole page
    breaks = list(pr.BREAK_BEFORE.finditer(before))
    before = before[breaks[-1].end():] if breaks else before
    before_words = _WORD.findall(before)[-pr.REACH_BEFORE:]
    after = text[end:min(sentence_end, end + _CLAUSE_CHARS)]
    cut = pr.CLAUSE_BREAK.search(after)
    if cut and cut.group(0).startswith(",") and pr.APPOSITIVE.match(after, cut.end()):
        closing = pr.CLAUSE_BREAK.search(after, cut.end())  # 'the three gunmen, wearing hoods, stormed'
        if closing and closing.group(0).startswith(","):
            after = after[:cut.start()] + " " + after[closing.end():]
            cut = pr.CLAUSE_BREAK.search(after, cut.start() + 1)
    after_words = _WORD.findall(after[:cut.start()] if cut else after)[:pr.REACH_AFTER]
    return " ".join(before_words), " ".join(after_words)


def _framed(text: str, figure: Figure, sentence_start: int, sentence_end: int) -> Figure:
    """The figure with what its clause says of it: what happened to what it counts, whether as a
    possibility, whether it counts part of a larger whole ('two other women'), and in what year."""
    before, after = _clause(text, figure.start, figure.end, sentence_start, sentence_end)
    counts, hypothetical = _counts(text, figure, before, after, sentence_start)
    year = pr.YEAR.search(before + " " + after)
    rate = pr.RATE.match(text, figure.end, min(len(text), figure.end + 20)) if figure.unit not in TIME else None
    also = pr.ALSO.search(" ".join(after.split()[:2])) or pr.OTHER_BEFORE.search(before)  # '5 witnesses also'
    return replace(figure, counts=counts, hypothetical=hypothetical, year=year.group(1) if year else None,
                   partial=bool(figure.subject and pr.PARTIAL.match(figure.subject) or also),
                   rate=(rate.group(1) or pr.RATE_ADVERBS[rate.group(2).lower()]).lower() if rate else None,
                   rate_nearby=bool(pr.RATE_NEARBY.search(before + " " + after)))


def _counts(text: str, figure: Figure, before: str, after: str, sentence_start: int) -> tuple[str | None, bool]:
    """What happened to what the figure counts (a class of `rules.predicates`), and whether the source
    gives it as a possibility ('might have been destroyed') rather than a fact."""
    record = pr.RECORD.search(text[max(sentence_start, figure.start - 80):figure.start]) \
        if figure.unit and figure.unit in TIME else None
    if record:  # 'record: deadliest': the blaze or the wildfire, a record of deaths
        return f"{pr.RECORD_PREDICATE}: {record.group(0).split()[0].lower()}", False
    if figure.unit and unit_family(figure.unit) == "people" and pr.POPULATION.search(
            text[max(sentence_start, figure.start - 40):figure.start]):
        return pr.POPULATION_PREDICATE, False
    pattern = _EXTENT if figure.unit and figure.unit in AREA else _PREDICATE
    found_before = list(pattern.finditer(before))
    found_after = pattern.search(after)
    if found_before and (found_after is None or len(before) - found_before[-1].end() <= found_after.start()):
        match, context = found_before[-1], before[:found_before[-1].start()]
    elif found_after:
        match, context = found_after, after[:found_after.start()]
    else:
        implied = pr.UNIT_PREDICATES.get((figure.unit or "").lower())
        for pattern, kind in pr.SUBJECT_PREDICATES:
            if implied is None and pattern.search(figure.subject or ""):
                implied = kind
        return implied, False
    kind = pr.EXTENT_PREDICATE if pattern is _EXTENT else _CLASS_OF[phrase_key(match.group(1))]
    return kind, bool(pr.MODALS.search(context))


def extract_figures(segments: Segments) -> list[Figure]:
    text = segments.text
    found: list[Figure] = []
    for sentence in segments.sentences:
        taken = _Spans()
        for match in _FRACTIONS.finditer(text, sentence.start, sentence.end):
            share = _share(text, match, sentence.start, sentence.end)
            if share is not None:
                found.append(share)
            taken.add(*match.span())  # a ratio that is no share ('nine in ten') is still no pair of counts
        for pattern in (_DIGITS, _WORDS):
            for match in pattern.finditer(text, sentence.start, sentence.end):
                if pattern is _DIGITS and _is_label_or_date(text, match, sentence.start):
                    continue
                g = match.groupdict()
                if pattern is _WORDS and g.get("unit") and g["unit"].lower() == "one" and not g.get("scale") \
                        and _NOT_A_COUNT_ONE.search(text[max(sentence.start, match.start() - 12):match.end() + 10]):
                    continue
                if pattern is _WORDS and nr.MANNER_COMPOUND.match(text, match.end()):
                    continue  # 'one-sided', 'two-way'
                number_start = match.start()
                if taken.overlaps(number_start, match.end()):
                    continue
                figure = _figure(text, match, number_start, sentence.start, sentence.end)
                if figure:
                    found.append(figure)
                    taken.add(number_start, match.end())
    figures = _join_money(text, _join_ranges(text, _join_changes(text, sorted(found, key=lambda f: f.start))))
    return [_framed(text, f, *_clause_bounds(segments, figures, i)) for i, f in enumerate(figures)]


def _clause_bounds(segments: Segments, figures: list[Figure], index: int) -> tuple[int, int]:
    """Where a figure's predicate may be looked for: its sentence, but not past a neighbouring figure,
    whose words are its own ('15,000 gathered for a vigil after the three gunmen stormed')."""
    figure = figures[index]
    span = segments.sentence_at(figure.start)
    start, end = span.start, max(span.end, figure.end)
    if index > 0 and figures[index - 1].end > start:
        start = min(figures[index - 1].end, figure.start)
    if index + 1 < len(figures) and figures[index + 1].start < end:
        end = max(figures[index + 1].start, figure.end)
    return start, end


def _carried_scale(text: str, low: Figure, high: Figure) -> float:
    """'1 to 2 thousand', '$10 to $15 billion': a scale word written once, after the top of a range,
    scales its bottom too, when the bottom has none of its own and stays below the top."""
    scale = _SCALE_WORD.search(text, high.start, high.end)
    if scale is None or _SCALE_WORD.search(text, low.start, low.end):
        return 1.0
    word = (scale.group(1) or scale.group(2)).lower()
    factor = float(nr.SUFFIX_SCALES.get(word, nr.SCALES.get(word, 1)))
    return factor if low.value * factor < high.value else 1.0


def _join_changes(text: str, figures: list[Figure]) -> list[Figure]:
    """'fell from $2,415 to $2,315', 'narrowed to 138,285 lots from 212,577 lots': one figure, where the
    number ended, that remembers where it started (`moved_from`)."""
    out: list[Figure] = []
    for figure in figures:
        previous = out[-1] if out else None
        if previous is None or not isinstance(previous.value, float) or not isinstance(figure.value, float) \
                or previous.unit not in (None, figure.unit) and figure.unit not in (None, previous.unit):
            out.append(figure)
            continue
        join = text[previous.end:figure.start]
        opening = text[max(0, previous.start - 40):previous.start]
        if join.strip().lower() == "to" and re.search(r"\bfrom\s+$", opening, re.IGNORECASE) and \
                nr.CHANGE_VERB.search(opening[:re.search(r"\bfrom\s+$", opening, re.IGNORECASE).start()]):
            out[-1] = replace(figure, start=previous.start, unit=figure.unit or previous.unit,
                              subject=figure.subject or previous.subject, moved_from=previous.value)
            continue
        if nr.CHANGE_FROM.match(join) and re.search(r"\bto\s+$", opening, re.IGNORECASE) and \
                nr.CHANGE_VERB.search(opening[:re.search(r"\bto\s+$", opening, re.IGNORECASE).start()]):
            out[-1] = replace(previous, end=figure.end, unit=previous.unit or figure.unit,
                              moved_from=figure.value)
            continue
        out.append(figure)
    return out


def _join_ranges(text: str, figures: list[Figure]) -> list[Figure]:
    """'from $750,000 to $1 million', 'between 5% and 6%': two ends of one range become one figure."""
    out: list[Figure] = []
    for figure in figures:
        previous = out[-1] if out else None
        if previous is not None and isinstance(previous.value, float) and previous.qualifier == "exact" \
                and figure.qualifier == "exact" and previous.value < figure.value \
                and previous.unit in (None, figure.unit):
            join = text[previous.end:figure.start]
            opened = _RANGE_OPEN.search(text[max(0, previous.start - 12):previous.start])
            if _RANGE_JOIN.match(join) and (opened or join.strip().lower() in ("to", "-", "\u2013")):
                low = previous.value * _carried_scale(text, previous, figure)
                out[-1] = Figure(previous.start, figure.end, (low, figure.value), figure.unit,
                                 figure.subject, "exact", previous.hedge)
                continue
        out.append(figure)
    return out
