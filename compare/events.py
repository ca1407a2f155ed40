"""Grouping sources by the event they report.

Until the grouping rules land, each source is its own event, which keeps the
output contract whole and lets later stages run per event.
"""
from __future__ import annotations

from .model import Event, Source


def group_events(sources: list[Source]) -> list[Event]:
    events = []
    for source in sources:
        source.event = f"event-{source.id}"
        events.append(Event(id=source.event, sources=[source.id], label=source.headline, date=source.published))
    return events
