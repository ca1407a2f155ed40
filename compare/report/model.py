"""The report model: everything the HTML report and the PDF brief display, computed once.

Templates only loop and insert; every decision (what is highlighted, which
words changed, what the timeline shows, what goes on page one, which page a
story is on) is made here, in Python, where it can be tested. Text from
sources stays plain `str`, so Jinja2's autoescaping escapes it.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..discrepancies import HEADLINE_FINDING
from ..extract.text import sentence_around
from ..ingest import outlet_label
from ..model import Changes, Claim, Comparison, Source
from ..rules.report import (
    BRIEF_CHANGES,
    BRIEF_EVENTS,
    BRIEF_FIGURES,
    BRIEF_PER_EVENT,
    BRIEF_SOURCES,
    BRIEF_TOP,
    COVERAGE_ROWS,
    ONE_PAGE_UP_TO,
)

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
class ContextView:
    """One outlet's sentence holding a finding's claim, the claim's words marked: the finding's
    'Show in the sources', side by side in place. `marked` is empty where the outlet does not say it."""

    outlet: str
    before: str
    marked: str
    after: str
    anchor: str             # the claim in the article, further down the same page


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
    contexts: list[ContextView] = field(default_factory=list)
    page: str = ""           # the page it is on ('' on a one-page report)


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
    event: str = ""

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
    page: str = ""          # the page its story is on ('' on a one-page report)


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
    discrepancies: list[DiscrepancyView]   # the brief's: dismissed and headline findings left out
    more_discrepancies: int = 0
    weight: int = 0         # how much the brief needs this event: its findings, by severity
    sources: list[str] = field(default_factory=list)
    findings: list[DiscrepancyView] = field(default_factory=list)  # all of them, for its page
    alignments: list[AlignmentView] = field(default_factory=list)
    coverage_outlets: list[str] = field(default_factory=list)
    coverage: list[tuple[str, list[str]]] = field(default_factory=list)
    page: str = ""          # its page of the report ('' on a one-page report)
    severities: str = ""    # its findings counted by severity, for the index: '1 high, 2 low'
    more_figures: int = 0   # aligned figures the brief leaves out

    @property
    def compared(self) -> bool:
        """Told by more than one article, so there is something to compare, or with a finding of its own
        (an article that contradicts itself)."""
        return len(self.sources) > 1 or bool(self.findings)

    @property
    def title(self) -> str:
        """The label without the date it starts with, for where the date is shown beside it."""
        return self.label.removeprefix(f"{self.date}: ")


@dataclass
class TimelineEntry:
    date: str
    label: str
    grades: str
    page: str


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
    skipped: list[tuple[str, str]]
    timeline: list[TimelineEntry]
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
    brief_timeline: list[TimelineEntry] = field(default_factory=list)
    outlet_count: int = 0
    paged: bool = False     # an index page and a page per story, rather than one page

    @property
    def compared_events(self) -> list[EventView]:
        return [e for e in self.events if e.compared]

    @property
    def single_events(self) -> list[EventView]:
        """Stories told by one article, with no finding: listed apart, and no choice in a filter of findings."""
        return [e for e in self.events if not e.compared]


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


def _timeline(events: list[EventView]) -> list[TimelineEntry]:
    """The dated stories in date order, each with the grades its sources reported: a list, so no label is
    ever cut or drawn over another however many there are."""
    return [TimelineEntry(e.date, e.title, e.verdicts, e.page)
            for e in sorted(events, key=lambda e: e.date) if e.date != "undated"]


def _context(source: Source, claim: Claim, outlet: str) -> ContextView:
    sentence = sentence_around(source.text, claim.start, claim.end)
    begin = source.text.find(sentence, max(0, claim.start - len(sentence)))
    if begin == -1 or not begin <= claim.start < claim.end <= begin + len(sentence):
        return ContextView(outlet, "", claim.text, "", anchor(claim.id))
    return ContextView(outlet, sentence[:claim.start - begin], source.text[claim.start:claim.end],
                       sentence[claim.end - begin:], anchor(claim.id))


def _severities(views: list[DiscrepancyView]) -> str:
    counts = Counter(d.severity for d in views)
    return ", ".join(f"{counts[s]} {s}" for s in ("high", "medium", "low") if counts[s])


def page_name(event_id: str) -> str:
    """A story's page, relative to report.html."""
    return "stories/" + "".join(ch if ch.isalnum() or ch == "-" else "_" for ch in event_id) + ".html"


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
    claims = comparison.claims.pick([cid for d in comparison.discrepancies for cid in d.claims]
                                    + [cid for a in comparison.alignments for cid in a.claims])
    events = {e.id: e for e in comparison.events}
    paged = len(corpus.sources) > ONE_PAGE_UP_TO
    pages = {e.id: page_name(e.id) if paged else "" for e in comparison.events}

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
            " ".join(anchor(c) for c in d.claims), evidence, *verdicts.get(d.id, ("", "")),
            contexts=_contexts(d.claims, d.sources, claims, sources, outlet), page=pages.get(event_id, "")))
    headline_marks = {(d.event, e.source): e.marks for d in comparison.discrepancies if d.kind == "headline"
                      for e in d.evidence}

    ratings_by_event = {e.id: ", ".join(e.grades) for e in comparison.events if e.grades}
    figures_by_event: dict[str, list[list[tuple[str, str, str]]]] = defaultdict(list)
    alignments_by_event: dict[str, list[AlignmentView]] = defaultdict(list)
    for alignment in sorted(comparison.alignments, key=lambda a: a.agree):  # those that differ first
        if alignment.kind == "figure":
            figures_by_event[alignment.event].append(
                [(outlet(claims[c].source), claims[c].text, claims[c].qualifier or "exact") for c in alignment.claims])
    alignment_views = [AlignmentView(a.id, a.kind, a.agree, [AlignmentRow(outlet(claims[c].source), claims[c].text,
                                                                          anchor(c)) for c in a.claims], a.event)
                       for a in comparison.alignments if a.kind != "person"]
    for view in alignment_views:
        alignments_by_event[view.event].append(view)

    event_views = []
    for event in comparison.events:
        headline_words = [(outlet(s), marked_words(sources[s].headline, headline_marks.get((event.id, s), []), "ins"))
                          for s in event.sources]
        findings = [d for d in discrepancies if d.event == event.id]
        own = _for_the_brief(findings)
        event_outlets = sorted({outlet(s) for s in event.sources})
        figures, more_figures = _whole_groups(figures_by_event.get(event.id, []), BRIEF_FIGURES)
        view = EventView(event.id, event.label, event.date or "undated", [outlet(s) for s in event.sources],
                         headline_words, ratings_by_event.get(event.id, ""), figures, own[:BRIEF_PER_EVENT],
                         max(0, len(own) - BRIEF_PER_EVENT),
                         sum(SEVERITY_WEIGHT.get(d.severity, 1) for d in own), list(event.sources), findings,
                         alignments_by_event.get(event.id, []), event_outlets,
                         _coverage(alignments_by_event.get(event.id, []), event_outlets), pages[event.id],
                         _severities(findings), more_figures)
        event_views.append(view)

    source_views = []
    for source in corpus.sources:
        event = events.get(source.event)
        source_views.append(SourceView(
            source.id, source_anchor(source.id), outlet(source.id), source.headline, source.byline or "",
            source.published or "undated", safe_url(source.url), event.label if event else "",
            pages.get(event.id, "") if event else ""))

    counts = Counter(d.kind for d in comparison.discrepancies)
    generated = comparison.generated_at or dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    model = ReportModel(
        corpus=corpus.name, generated_at=generated, build_date=generated[:10], sources=source_views,
        events=event_views, discrepancies=discrepancies,
        alignments=alignment_views,  # a quote that recurs across stories is aligned under none of them
        counts=sorted(counts.items()), skipped=[(s.path, s.reason) for s in corpus.skipped],
        timeline=_timeline([e for e in event_views if e.compared]),
        kinds=sorted(counts), severities=[s for s in ("high", "medium", "low")
                                          if any(d.severity == s for d in comparison.discrepancies)],
        outlets=[(outlet_key[name], name) for name in outlet_names], outlet_count=len(outlet_names), paged=paged)

    if comparison.changes and comparison.changes.previous_build:
        model.changes = comparison.changes
        model.change_lists = _change_lists(comparison.changes)
        model.brief_change_lists = _change_lists(comparison.changes, BRIEF_CHANGES, brief=True)
    model.brief_events, model.more_events = _brief_events(event_views)
    # Page one states the weightiest findings of the stories the brief goes on to cover, no others.
    chosen = {e.id for e in model.brief_events}
    model.top = sorted(_for_the_brief([d for d in discrepancies if d.event in chosen]),
                       key=lambda d: (d.verdict != "verified", -SEVERITY_WEIGHT.get(d.severity, 1)))[:BRIEF_TOP]
    model.brief_timeline = _timeline(model.brief_events)
    if len(source_views) > BRIEF_SOURCES:
        view_of = {v.id: v for v in source_views}
        source_views = [view_of[source_id] for e in model.brief_events for source_id in e.sources]
    model.brief_sources = source_views[:BRIEF_SOURCES]
    model.more_sources = len(corpus.sources) - len(model.brief_sources)
    return model


def _whole_groups(groups: list[list[tuple[str, str, str]]], room: int) -> tuple[list[tuple[str, str, str]], int]:
    """The rows of as many whole groups as fit in `room` rows (at least the first), and how many rows are
    left out: a pair of figures is never cut in two."""
    rows: list[tuple[str, str, str]] = []
    for group in groups:
        if rows and len(rows) + len(group) > room:
            break
        rows += group
    return rows, sum(len(g) for g in groups) - len(rows)


def _contexts(claim_ids: list[str], source_ids: list[str], claims: Mapping[str, Claim],
              sources: Mapping[str, Source], outlet) -> list[ContextView]:
    """Each source's sentence holding the finding's first claim in it; a source with no claim in the
    finding (it leaves the fact out) is shown saying nothing."""
    first: dict[str, Claim] = {}
    for claim_id in claim_ids:
        claim = claims.get(claim_id)
        if claim is not None and claim.source in sources:
            first.setdefault(claim.source, claim)
    if not first:
        return []
    out = [_context(sources[s], claim, outlet(s)) for s, claim in first.items()]
    out += [ContextView(outlet(s), "", "", "", "") for s in source_ids if s not in first and s in sources]
    return out


def _coverage(alignments: list[AlignmentView], outlets: list[str]) -> list[tuple[str, list[str]]]:
    """Which of a story's outlets state each of its claims, the most widely stated first."""
    rows = []
    for alignment in sorted(alignments, key=lambda a: -len(a.rows))[:COVERAGE_ROWS]:
        present = {row.outlet for row in alignment.rows}
        rows.append((f"{alignment.kind}: {alignment.rows[0].text[:80]}", ["yes" if o in present else "no" for o in outlets]))
    return rows


def _change_lists(changes: Changes, cap: int | None = None, brief: bool = False) -> list[ChangeList]:
    """'Since the last build'; the brief's without the headline findings, which it shows only as its
    tables of headlines."""
    new, gone = changes.discrepancies_new, changes.discrepancies_gone
    if brief:
        new = [item for item in new if not item.startswith(HEADLINE_FINDING)]
        gone = [item for item in gone if not item.startswith(HEADLINE_FINDING)]
    lists = [("Sources added", changes.sources_added), ("Sources removed", changes.sources_removed),
             ("New discrepancies", new), ("Discrepancies gone", gone)]
    return [ChangeList(title, items[:cap], len(items) - len(items[:cap])) for title, items in lists if items]


def _brief_events(events: list[EventView]) -> tuple[list[EventView], int]:
    """The events the brief has room for: those with the weightiest findings (then the most
    outlets), shown in date order; and how many more events compare several sources."""
    candidates = [e for e in events if len(e.outlets) > 1 or e.discrepancies]
    chosen = {id(e) for e in sorted(candidates, key=lambda e: (-e.weight, -len(e.outlets)))[:BRIEF_EVENTS]}
    return [e for e in candidates if id(e) in chosen], max(0, len(candidates) - BRIEF_EVENTS)
