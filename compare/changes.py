"""What a build changed since the one before it: the 'Since the last build' sections.

A build leaves a `BuildDigest` (its sources and the discrepancies it found)
in the build cache, so the next build compares against a few kilobytes
instead of reading the whole previous comparison.json back.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .model import Changes, Comparison


@dataclass
class BuildDigest:
    generated_at: str = ""
    sources: list[str] = field(default_factory=list)
    discrepancies: list[tuple[str, str]] = field(default_factory=list)  # id, summary

    def to_record(self) -> dict:
        return asdict(self)

    @classmethod
    def from_record(cls, record: dict) -> BuildDigest:
        return cls(record["generated_at"], list(record["sources"]),
                   [(finding_id, summary) for finding_id, summary in record["discrepancies"]])


def digest(comparison: Comparison) -> BuildDigest:
    return BuildDigest(comparison.generated_at, [s.id for s in comparison.corpus.sources],
                       [(d.id, d.summary) for d in comparison.discrepancies])


def changes_since(previous: BuildDigest | None, comparison: Comparison) -> Changes:
    """Sources and findings added or gone since the previous build (none: this is the first).

    Findings are matched by their stable id, never by their wording: a finding whose summary changed
    because an outlet was renamed is the same finding."""
    if previous is None:
        return Changes()
    now = digest(comparison)
    old, new = dict(previous.discrepancies), dict(now.discrepancies)
    return Changes(previous_build=previous.generated_at or None,
                   sources_added=sorted(set(now.sources) - set(previous.sources)),
                   sources_removed=sorted(set(previous.sources) - set(now.sources)),
                   discrepancies_new=[new[k] for k in new if k not in old],
                   discrepancies_gone=[old[k] for k in old if k not in new])
