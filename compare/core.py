"""The comparison core: `compare(corpus, config) -> Comparison`, with no files, caches or reports.

Stages, each a function of plain data that returns new values and changes none of its inputs:

1. per source (`source_parts`): the claims of one article and its word profile for grouping;
2. events (`compare.events`): sources grouped into the stories they report;
3. per event (`event_result`): alignment within the event and the findings on it;
4. quotes that recur across events (`align.recurring_quotes`), aligned but never compared.

The per-source and per-event stages depend on their own inputs alone, so a caller may hand in
what it already knows (`parts`, by source id) and a store of events' results (`EventStore`, by
the content of their sources): the result is the same as computing everything afresh, which is
what lets a build redo only the sources and events that changed. For the same reason they may
run anywhere: a `Runner` (`compare.parallel`) maps them over worker processes or a Dask cluster.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import partial
from typing import Protocol

from .align import QuoteRuns, align_event, compared_claims, quote_runs, recurring_quotes
from .config import Config
from .discrepancies import SEVERITY_ORDER, event_findings
from .events import TermProfile, group_events, term_profile
from .extract import extract_claims
from .errors import SourceError
from .limits import time_limit
from .model import Alignment, Claim, Claims, Comparison, Corpus, Discrepancy, Event, PackedClaims, Skipped, Source
from .parallel import InProcess, Runner
from .rules.alignment import AlignmentRules

NO_TERMS = TermProfile.of((), ())  # what a source's parts keep of its words once the events are grouped
NO_EVENT = "-"  # the event id results are stored under; the real one is set when they are used


@dataclass(frozen=True)
class SourceParts:
    """What the per-source stage makes of one article (its claims packed: they wait, as a build goes on,
    for the per-event stage and the reports to unpack them)."""

    claims: PackedClaims
    terms: TermProfile
    quote_runs: QuoteRuns


@dataclass(frozen=True)
class EventResult:
    """What the per-event stage makes of one event."""

    alignments: list[Alignment]
    findings: list[Discrepancy]


class EventStore(Protocol):
    """Where events' results are kept between builds, by the key `event_key` gives them."""

    def get_event(self, key: str) -> EventResult | None: ...

    def put_event(self, key: str, result: EventResult) -> None: ...


def source_parts(source: Source, config: Config) -> SourceParts:
    """What one source alone gives the comparison."""
    return parts_of(source, source_claims(source, config))


def source_claims(source: Source, config: Config) -> list[Claim]:
    """One source's claims; a SourceError when finding them takes longer than `config.claims_timeout`,
    so one pathological file costs a bounded time and is skipped."""
    seconds = config.claims_timeout
    with time_limit(seconds, SourceError, f"took longer than {seconds:g} s to find its claims"):
        return extract_claims(source, config)


def parts_of(source: Source, claims: list[Claim]) -> SourceParts:
    return SourceParts(PackedClaims.pack(claims), term_profile(source), quote_runs(claims))


def compare(corpus: Corpus, config: Config | None = None, parts: Mapping[str, SourceParts] | None = None,
            store: EventStore | None = None, on_stage: Callable[[str], None] | None = None,
            generated_at: str | None = None, runner: Runner | None = None) -> Comparison:
    """Compare the sources of a corpus: events, then alignment and findings within each event.

    `runner` runs the per-source and per-event stages (default: here, one after another); the result
    is the same whatever runs them."""
    from . import __version__

    config = config or Config()
    runner = runner or InProcess()
    stage = on_stage or (lambda name: None)
    known = parts or {}
    parts, skipped = {}, list(corpus.skipped)
    missing = [s for s in corpus.sources if s.id not in known]
    made = dict(zip((s.id for s in missing), runner.map(partial(_parts_or_error, config=config), missing)))
    for source in corpus.sources:
        result = known.get(source.id) or made[source.id]
        if isinstance(result, SourceError):
            skipped.append(Skipped(source.path, str(result)))
        else:
            parts[source.id] = result
    del known, made  # a caller that keeps no reference of its own lets the word profiles go after grouping
    corpus = replace(corpus, sources=[s for s in corpus.sources if s.id in parts], skipped=skipped)
    claims = Claims({s.id: parts[s.id].claims for s in corpus.sources})
    stage("grouping events")
    events = group_events(corpus.sources, claims, profiles={sid: p.terms for sid, p in parts.items()})
    # The word profiles served the grouping alone, and are a fifth of what a large corpus holds.
    parts = {sid: SourceParts(p.claims, NO_TERMS, p.quote_runs) for sid, p in parts.items()}
    event_of = {sid: e.id for e in events for sid in e.sources}
    sources = [replace(s, event=event_of[s.id]) for s in corpus.sources]
    by_id = {s.id: s for s in sources}
    stage("comparing within each event")
    settings = f"{__version__}\0{config.fingerprint()}\0{AlignmentRules()!r}"
    members = {e.id: [by_id[sid] for sid in e.sources] for e in events}
    keys = {e.id: event_key(settings, members[e.id]) for e in events} if store is not None else {}
    results = {e.id: store.get_event(keys[e.id]) for e in events} if store is not None else {}
    # The largest first, so no worker is left with a large event when the others are done.
    todo = sorted((e for e in events if results.get(e.id) is None),
                  key=lambda e: -sum(parts[sid].claims.count for sid in e.sources))
    work = ((e, members[e.id], {s.id: parts[s.id].claims for s in members[e.id]}) for e in todo)
    for event, result in zip(todo, runner.map(_event_result, work)):
        results[event.id] = result
        if store is not None:
            store.put_event(keys[event.id], result)
    alignments: list[Alignment] = []
    findings: list[Discrepancy] = []
    for event in events:
        alignments += [replace(a, event=event.id) for a in results[event.id].alignments]
        findings += [replace(f, event=event.id) for f in results[event.id].findings]
    stage("aligning quotes that recur across stories")
    runs = {k: v for p in parts.values() for k, v in p.quote_runs.items()}
    alignments += recurring_quotes(list(claims.pick(runs).values()), event_of, runs)
    rank = {e.id: n for n, e in enumerate(events)}
    findings.sort(key=lambda f: (SEVERITY_ORDER[f.severity], rank[f.event], f.kind, f.id))
    return Comparison(corpus=replace(corpus, sources=sources), events=events,
                      claims=claims, alignments=alignments, discrepancies=findings,
                      generated_at=generated_at or dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))


def event_key(settings: str, sources: list[Source]) -> str:
    """What an event's result depends on: the settings, and each member's id, outlet, date and text."""
    digest = hashlib.sha256(settings.encode())
    for source in sources:
        digest.update(json.dumps([source.id, source.outlet, source.published, source.headline, source.standfirst,
                                  source.body_start, source.text], ensure_ascii=False).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _parts_or_error(source: Source, config: Config) -> SourceParts | SourceError:
    """`source_parts`, with the error that skips the source as a value: it crosses to a worker and back."""
    try:
        return source_parts(source, config)
    except SourceError as exc:
        return exc


def _event_result(work: tuple[Event, list[Source], Mapping[str, PackedClaims]]) -> EventResult:
    event, sources, packed = work
    return event_result(event, sources, {sid: p.unpack() for sid, p in packed.items()})


def event_result(event: Event, sources: list[Source], claims: Mapping[str, list[Claim]]) -> EventResult:
    """Alignment and findings within one event, under the placeholder id `NO_EVENT` (a result depends on
    the event's sources, not on what the grouping numbered it)."""
    own = compared_claims([c for s in sources for c in claims[s.id]])
    aligned = align_event(NO_EVENT, sources, own)
    return EventResult(aligned.alignments, event_findings(replace(event, id=NO_EVENT), sources, own, aligned))
