"""Claim extraction: figures, dates, quotes with speakers, ratings and people.

`extract_claims` segments a source once, then runs each extractor over it:
people first (quotes need them to name speakers), then figures, dates,
quotes, times of day and ratings. Each extractor returns its own small records; this
module turns them into `Claim`s whose `text` is exactly
`source.text[start:end]`.
"""
from __future__ import annotations

from ..config import Config
from ..model import Claim, Source
from .dates import extract_dates
from .figures import extract_figures
from .happenings import happenings, planned
from .people import find_mentions
from .quotes import extract_quotes
from .ratings import extract_ratings
from .statements import extract_statements
from .text import Segments, segment
from .times import extract_times


def _plain(value):
    """1400.0 is written 1400; a range (low, high) is written [low, high]."""
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _when(segments: Segments, start: int, end: int) -> dict:
    """What happened at a date or time, and the other words of its clause (see `happenings`)."""
    sentence = segments.sentence_at(start)
    bounds = (segments.text, start, end, sentence.start, max(sentence.end, end))
    kinds, about = happenings(*bounds)
    return {"happening": kinds, "about": about, "planned": planned(*bounds)}


def extract_claims(source: Source, config: Config) -> list[Claim]:
    text = source.text
    segments = segment(text)
    mentions = find_mentions(segments)
    raw: list[tuple[int, int, str, dict]] = []
    for f in extract_figures(segments):
        raw.append((f.start, f.end, "figure", {"value": f.value, "unit": f.unit, "qualifier": f.qualifier,
                                               "subject": f.subject, "extra": {
                                                   "hedge": f.hedge, "counts": f.counts, "hypothetical": f.hypothetical,
                                                   "partial": f.partial, "year": f.year, "rate": f.rate, "rate_nearby": f.rate_nearby,
                                                   "moved_from": _plain(f.moved_from)}}))
    for d in extract_dates(segments, source.published):
        raw.append((d.start, d.end, "date", {"value": d.value, "extra": {
            "precision": d.precision, "resolved": d.resolved, **d.extra, **_when(segments, d.start, d.end)}}))
    for q in extract_quotes(segments, mentions):
        raw.append((q.start, q.end, "quote", {"speaker": q.speaker, "extra": {
            "short": q.short, "quote": f"{source.id}:q{q.group}", "part": q.part,
            "speaker_mention": q.speaker_mention, "speaker_kind": q.speaker_kind}}))
    for t in extract_times(segments):
        raw.append((t.start, t.end, "time", {"value": t.value, "qualifier": t.qualifier,
                                             "extra": {"precision": t.precision, **_when(segments, t.start, t.end)}}))
    for st in extract_statements(segments, mentions):
        raw.append((st.start, st.end, "statement", {"value": st.act, "subject": st.actor, "extra": {
            "class": st.kind, "mood": st.mood, **st.extra}}))
    for r in extract_ratings(segments, config.grade_words):
        raw.append((r.start, r.end, "rating", {"value": r.value, "subject": r.subject}))
    for m in mentions:
        if m.kind == "person":
            raw.append((m.start, m.end, "person", {"value": m.name, "extra": {
                "person": m.key, "role": m.role, "organisation": m.organisation, "party": m.party,
                "title": m.title}}))
    raw.sort(key=lambda item: (item[0], item[1], item[2]))
    claims = []
    for index, (start, end, kind, fields) in enumerate(raw):
        if kind == "figure":
            fields["value"] = _plain(fields["value"])
        claims.append(Claim(id=f"{source.id}:{index}", source=source.id, kind=kind, text=text[start:end],
                            start=start, end=end, **fields))
    return claims
