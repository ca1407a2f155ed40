"""The report model: everything the HTML report and the PDF brief display, computed once.

Templates only loop and insert; every decision (what is highlighted, which
words changed, what the timeline shows, what goes on page one) is made here,
in Python, where it can be tested. Text from sources stays plain `str`, so
Jinja2's autoescaping escapes it; only the timeline SVG, built here from
escaped parts, is marked safe.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from ..ingest import outlet_label
from ..model import Changes, Claim, Comparison, Source

BRIEF_TOP = 6
BRIEF_EVENTS = 5
BRIEF_PER_EVENT = 3
BRIEF_FIGURES = 6
BRIEF_CHANGES = 5
COVERAGE_ROWS = 60
BRIEF_SOURCES = 30
SEVERITY_WEIGHT = {"high": 9, "medium": 3, "low": 1}


@dataclass
class Segment:
    text: str
    claims: str = ""        # space-separated claim anchors covering this stretch
    kinds: str = ""         # their kinds, for styling
    anchor: str = ""        # set on the first stretch of a claim, so links can jump to it


@dataclass
class Word:
    text: str
    change: str = ""        # "", "ins" or "del"


@dataclass
class EvidenceView:
    outlet: str
    source: str
    words: list[Word]


@dataclass
class DiscrepancyView:
    id: str
    kind: str
    severity: str
    summary: str
    event: str
    event_label: str
    outlets: str            # space-separated outlet keys, for the filter
    claims: str
    evidence: list[EvidenceView]
    verdict: str = ""        # what the review desk made of it: verified, dismissed, needs-work
    verdict_note: str = ""


@dataclass
class AlignmentRow:
    outlet: str
    text: str
    anchor: str


@dataclass
class AlignmentView:
    id: str
    kind: str
    agree: bool
    rows: list[AlignmentRow]

    @property
    def claims(self) -> str:
        return " ".join(row.anchor for row in self.rows)


@dataclass
class SourceView:
    id: str
    anchor: str
    outlet: str
    headline: str
    byline: str
    published: str
    url: str                # only http(s) URLs survive; anything else is shown as empty
    event_label: str


@dataclass
class SectionView:
    """One article in the report's source view: its text cut into highlighted stretches."""

    anchor: str
    outlet: str
    headline: str
    byline: str
    published: str
    url: str
    segments: list[Segment]
    removed: list[tuple[str, str]]


@dataclass
class EventView:
    id: str
    label: str
    date: str
    outlets: list[str]
    headlines: list[tuple[str, list[Word]]]
    verdicts: str
    figures: list[tuple[str, str, str]]  # (outlet, figure, qualifier)
    discrepancies: list[DiscrepancyView]
    more_discrepancies: int = 0
    weight: int = 0         # how much the brief needs this event: its findings, by severity
    sources: list[str] = field(default_factory=list)


@dataclass
class ChangeList:
    """One list of 'Since the last build' (sources added, discrepancies gone...), perhaps cut short."""

    title: str
    items: list[str]
    more: int = 0


@dataclass
class ReportModel:
    corpus: str
    generated_at: str
    build_date: str
    sources: list[SourceView]
    events: list[EventView]
    discrepancies: list[DiscrepancyView]
    alignments: list[AlignmentView]
    counts: list[tuple[str, int]]
    coverage_outlets: list[str]
    coverage: list[tuple[str, list[str]]]
    skipped: list[tuple[str, str]]
    timeline: Markup
    kinds: list[str]
    severities: list[str]
    outlets: list[tuple[str, str]]
    top: list[DiscrepancyView] = field(default_factory=list)
    brief_events: list[EventView] = field(default_factory=list)
    more_events: int = 0
    brief_sources: list[SourceView] = field(default_factory=list)
    more_sources: int = 0
    changes: Changes | None = None
    change_lists: list[ChangeList] = field(default_factory=list)
    brief_change_lists: list[ChangeList] = field(default_factory=list)


def anchor(claim_id: str) -> str:
    return "c-" + "".join(ch if ch.isalnum() else "-" for ch in claim_id)


def source_anchor(source_id: str) -> str:
    return "s-" + anchor(source_id)[2:]


def safe_url(url: str | None) -> str:
    """An http(s) link without a user name or password in it; anything else is shown as no link."""
    if not url or not url.lower().startswith(("http://", "https://")):
        return ""
    try:
        parts = urlsplit(url)
        if parts.username is not None or parts.password is not None or not parts.hostname:
            return ""
        parts.port  # noqa: B018  (raises on a port out of range)
    except ValueError:
        return ""
    return url


def segments(source: Source, claims: list[Claim]) -> list[Segment]:
    """The source's text cut at every claim boundary; each stretch knows the claims over it.

    A sweep over the cut points: since every claim's end is a cut, a claim still open at one
    cut covers the whole stretch to the next.
    """
    cuts = {0, len(source.text)}
    starting: dict[int, list[Claim]] = defaultdict(list)
    for claim in claims:
        cuts.update((claim.start, claim.end))
        starting[claim.start].append(claim)
    points = sorted(cuts)
    out, started, active = [], set(), []
    for start, end in zip(points, points[1:]):
        active = [c for c in active if c.end > start] + [c for c in starting.get(start, []) if c.end > start]
        first = next((c for c in active if c.id not in started), None)
        started.update(c.id for c in active)
        out.append(Segment(source.text[start:end], " ".join(anchor(c.id) for c in active),
                           " ".join(sorted({c.kind for c in active})), anchor(first.id) if first else ""))
    return out


def section_view(source: Source, claims: list[Claim]) -> SectionView:
    """A function of the source and its own claims alone, so its rendering can be cached with them."""
    marked = sorted((c for c in claims if c.kind != "date"), key=lambda c: c.start)
    return SectionView(source_anchor(source.id), source.outlet or source.id, source.headline, source.byline or "",
                       source.published or "undated", safe_url(source.url), segments(source, marked),
                       [(r.reason, r.text) for r in source.removed])


def marked_words(text: str, marks: list[tuple[int, int]], change: str) -> list[Word]:
    """`text` as words, those inside a finding's marks flagged as `change` ('ins' or 'del')."""
    out = []
    for match in re.finditer(r"\S+", text):
        inside = any(start < match.end() and match.start() < end for start, end in marks)
        out.append(Word(match.group(0), change if inside else ""))
    return out


def _timeline(events, ratings_by_event) -> Markup:
    """An inline SVG: one mark per dated event, with the grades its sources reported."""
    dated = [e for e in events if e.date]
    if not dated:
        return Markup("")
    days = [dt.date.fromisoformat(e.date) for e in dated]
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    width, height, margin = 760, 60 + 34 * min(len(dated), 12), 70
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Timeline of events" class="timeline">',
             f'<line x1="{margin}" y1="30" x2="{width - margin}" y2="30" stroke="#555" stroke-width="2"/>']
    for n, (event, day) in enumerate(sorted(zip(dated, days), key=lambda p: p[1])[:12]):
        x = margin + (width - 2 * margin) * (day - first).days / span
        y = 60 + 34 * n
        verdicts = ratings_by_event.get(event.id, "")
        parts.append(f'<circle cx="{x:.1f}" cy="30" r="6" fill="#1f4e79"/>')
        parts.append(f'<line x1="{x:.1f}" y1="36" x2="{x:.1f}" y2="{y - 12}" stroke="#aaa"/>')
        label = f"{event.date}: {verdicts}" if verdicts else event.date
        anchor_x = min(max(x, 60), width - 60)
        parts.append(f'<text x="{anchor_x:.1f}" y="{y}" font-size="12" text-anchor="middle">{escape(label)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _for_the_brief(views: list[DiscrepancyView]) -> list[DiscrepancyView]:
    """What a brief states of some findings in sentences: none a reviewer dismissed, the verified ones
    first, and no headline finding (the brief compares a story's headlines in a table, words marked)."""
    return sorted((d for d in views if d.verdict != "dismissed" and d.kind != "headline"),
                  key=lambda d: d.verdict != "verified")


def build_model(comparison: Comparison, verdicts: Mapping[str, tuple[str, str]] | None = None) -> ReportModel:
    """The view every reporter shows; `verdicts` (finding id -> verdict, note) are the review desk's."""
    verdicts = verdicts or {}
    corpus = comparison.corpus
    sources = {s.id: s for s in corpus.sources}
    claims = {c.id: c for c in comparison.claims}
    events = {e.id: e for e in comparison.events}

    def outlet(source_id: str) -> str:
        source = sources.get(source_id)
        return outlet_label(source) if source else source_id

    outlet_names = sorted({outlet(s) for s in sources})
    outlet_key = {name: f"o{n}" for n, name in enumerate(outlet_names)}

    discrepancies = []
    for d in comparison.discrepancies:
        event_id = d.event if d.event in events else ""
        evidence = [EvidenceView(outlet(item.source), item.source,
                                 marked_words(item.text, item.marks, "del" if n == 0 and len(d.evidence) > 1 else "ins"))
                    for n, item in enumerate(d.evidence)]
        discrepancies.append(DiscrepancyView(
            d.id, d.kind, d.severity, d.summary, event_id, events[event_id].label if event_id else "",
            " ".join(sorted({outlet_key[outlet(s)] for s in d.sources if s in sources})),
            " ".join(anchor(c) for c in d.claims), evidence, *verdicts.get(d.id, ("", ""))))
    headline_marks = {(d.event, e.source): e.marks for d in comparison.discrepancies if d.kind == "headline"
                      for e in d.evidence}

    ratings_by_event = {e.id: ", ".join(e.grades) for e in comparison.events if e.grades}
    figures_by_event: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for alignment in comparison.alignments:
        if alignment.kind != "figure":
            continue
        for claim_id in alignment.claims:
            claim = claims[claim_id]
            figures_by_event[alignment.event].append(
                (outlet(claim.source), claim.text, claim.qualifier or "exact"))

    event_views = []
    for event in comparison.events:
        headline_words = [(outlet(s), marked_words(sources[s].headline, headline_marks.get((event.id, s), []), "ins"))
                          for s in event.sources]
        own = _for_the_brief([d for d in discrepancies if d.event == event.id])
        event_views.append(EventView(event.id, event.label, event.date or "undated", [outlet(s) for s in event.sources],
                                     headline_words, ratings_by_event.get(event.id, ""),
                                     figures_by_event.get(event.id, [])[:BRIEF_FIGURES], own[:BRIEF_PER_EVENT],
                                     max(0, len(own) - BRIEF_PER_EVENT),
                                     sum(SEVERITY_WEIGHT.get(d.severity, 1) for d in own), list(event.sources)))

    source_views = []
    for source in corpus.sources:
        event = events.get(source.event)
        source_views.append(SourceView(
            source.id, source_anchor(source.id), outlet(source.id), source.headline, source.byline or "",
            source.published or "undated", safe_url(source.url), event.label if event else ""))

    alignment_views = [AlignmentView(a.id, a.kind, a.agree, [AlignmentRow(outlet(claims[c].source), claims[c].text,
                                                                          anchor(c)) for c in a.claims])
                       for a in comparison.alignments if a.kind != "person"]

    coverage = []
    for alignment in sorted(comparison.alignments, key=lambda a: -len(a.claims)):
        if alignment.kind == "person":
            continue
        present = {outlet(claims[c].source) for c in alignment.claims}
        label = claims[alignment.claims[0]].text
        coverage.append((f"{alignment.kind}: {label[:80]}", ["yes" if o in present else "no" for o in outlet_names]))
        if len(coverage) >= COVERAGE_ROWS:
            break

    counts = Counter(d.kind for d in comparison.discrepancies)
    generated = comparison.generated_at or dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    model = ReportModel(
        corpus=corpus.name, generated_at=generated, build_date=generated[:10], sources=source_views,
        events=event_views, discrepancies=discrepancies, alignments=alignment_views,
        counts=sorted(counts.items()), coverage_outlets=outlet_names, coverage=coverage,
        skipped=[(s.path, s.reason) for s in corpus.skipped],
        timeline=_timeline(comparison.events, ratings_by_event),
        kinds=sorted(counts), severities=[s for s in ("high", "medium", "low")
                                          if any(d.severity == s for d in comparison.discrepancies)],
        outlets=[(outlet_key[name], name) for name in outlet_names])
    model.top = _for_the_brief(discrepancies)[:BRIEF_TOP]
    if comparison.changes and comparison.changes.previous_build:
        model.changes = comparison.changes
        model.change_lists = _change_lists(comparison.changes)
        model.brief_change_lists = _change_lists(comparison.changes, BRIEF_CHANGES)
    model.brief_events, model.more_events = _brief_events(event_views)
    if len(source_views) > BRIEF_SOURCES:
        view_of = {v.id: v for v in source_views}
        source_views = [view_of[source_id] for e in model.brief_events for source_id in e.sources]
    model.brief_sources = source_views[:BRIEF_SOURCES]
    model.more_sources = len(corpus.sources) - len(model.brief_sources)
    return model


def _change_lists(changes: Changes, cap: int | None = None) -> list[ChangeList]:
    lists = [("Sources added", changes.sources_added), ("Sources removed", changes.sources_removed),
             ("New discrepancies", changes.discrepancies_new), ("Discrepancies gone", changes.discrepancies_gone)]
    return [ChangeList(title, items[:cap], len(items) - len(items[:cap])) for title, items in lists if items]


def _brief_events(events: list[EventView]) -> tuple[list[EventView], int]:
    """The events the brief has room for: those with the weightiest findings (then the most
    outlets), shown in date order; and how many more events compare several sources."""
    candidates = [e for e in events if len(e.outlets) > 1 or e.discrepancies]
    chosen = {id(e) for e in sorted(candidates, key=lambda e: (-e.weight, -len(e.outlets)))[:BRIEF_EVENTS]}
    return [e for e in candidates if id(e) in chosen], max(0, len(candidates) - BRIEF_EVENTS)
