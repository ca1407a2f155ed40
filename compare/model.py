"""The plain data that flows between the pipeline stages.

Every stage takes and returns these dataclasses, so a stage can be tested on
its own, its result cached, and the JSON/CSV/HTML writers can all read the
same small model.
"""
from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple


@dataclass(frozen=True)
class Removal:
    """A block taken out of an article, kept so a reader can audit the cleaning."""

    text: str
    reason: str


@dataclass(frozen=True)
class ManifestEntry:
    """What the user knows about one file; every field is optional."""

    file: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    byline: str | None = None
    headline: str | None = None
    fetched: str | None = None


@dataclass
class Source:
    """One cleaned article.

    `text` is what later stages read and what claim offsets point into: the
    headline, the standfirst (if any) and the body paragraphs, separated by
    blank lines. `body_start` is where the body begins, so a stage that must
    tell headline claims from body claims can.
    """

    id: str
    path: str
    format: str
    headline: str
    text: str
    body_start: int = 0
    standfirst: str | None = None
    outlet: str | None = None
    url: str | None = None
    byline: str | None = None
    published: str | None = None
    published_from: str | None = None
    encoding: str | None = None
    sha256: str | None = None
    event: str | None = None
    removed: list[Removal] = field(default_factory=list)

    @property
    def body(self) -> str:
        return self.text[self.body_start:]


@dataclass(frozen=True)
class Skipped:
    """A file that could not be used, and why (shown in the reports)."""

    path: str
    reason: str


@dataclass
class Corpus:
    """The result of ingestion: the sources that were read and the files that were not."""

    name: str
    root: str
    sources: list[Source] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


@dataclass(slots=True)
class Claim:
    """One checkable statement found in a source; `text == source.text[start:end]`. With slots: a large
    corpus holds millions of claims, and each is a third of the size without its own dictionary."""

    id: str
    source: str
    kind: str
    text: str
    start: int
    end: int
    value: Any = None
    unit: str | None = None
    qualifier: str | None = None
    speaker: str | None = None
    subject: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def __reduce__(self):
        """Pickled as its fields in order: claims cross to worker processes by the hundred thousand, and
        are read back in half the time this way."""
        return (Claim, (self.id, self.source, self.kind, self.text, self.start, self.end, self.value, self.unit,
                        self.qualifier, self.speaker, self.subject, self.extra))


class PackedClaims(NamedTuple):
    """One source's claims as compressed JSON rows: a twentieth of the memory of the claims themselves, and
    what crosses to a worker, sits in the cache and waits in a build until a stage unpacks it."""

    count: int
    data: bytes

    @classmethod
    def pack(cls, claims: list[Claim]) -> PackedClaims:
        rows = [[c.id, c.source, c.kind, c.text, c.start, c.end, c.value, c.unit, c.qualifier, c.speaker, c.subject,
                 c.extra] for c in claims]
        text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
        return cls(len(claims), zlib.compress(text.encode("utf-8", "surrogatepass"), 1))

    def unpack(self) -> list[Claim]:
        return [Claim(*row) for row in json.loads(zlib.decompress(self.data).decode("utf-8", "surrogatepass"))]


class Claims:
    """The claims of a corpus, packed source by source (`PackedClaims`): a build of a large corpus holds
    them in a fraction of the memory, and a reader unpacks one source at a time as it goes (`of`,
    iteration) or the few claims it names (`pick`)."""

    __slots__ = ("_packed",)

    def __init__(self, packed: Mapping[str, PackedClaims] | None = None):
        self._packed = dict(packed or {})

    @classmethod
    def of_list(cls, claims: Iterable[Claim]) -> Claims:
        by_source: dict[str, list[Claim]] = {}
        for claim in claims:
            by_source.setdefault(claim.source, []).append(claim)
        return cls({sid: PackedClaims.pack(own) for sid, own in by_source.items()})

    def of(self, source_id: str) -> list[Claim]:
        """One source's claims, in the order found."""
        packed = self._packed.get(source_id)
        return packed.unpack() if packed else []

    def packed(self, source_id: str) -> PackedClaims:
        return self._packed.get(source_id) or PackedClaims.pack([])

    def pick(self, ids: Iterable[str]) -> dict[str, Claim]:
        """The claims with these ids, unpacking only their sources' (a claim's id begins with its source's)."""
        wanted = set(ids)
        found: dict[str, Claim] = {}
        sources = {cid.rpartition(":")[0] for cid in wanted}
        for near in (True, False):  # its own source first; the rest only for an id made otherwise
            for sid in self._packed:
                if (sid in sources) == near and len(found) < len(wanted):
                    found.update((c.id, c) for c in self.of(sid) if c.id in wanted)
        return found

    def __iter__(self) -> Iterator[Claim]:
        for packed in self._packed.values():
            yield from packed.unpack()

    def __len__(self) -> int:
        return sum(p.count for p in self._packed.values())

    def __bool__(self) -> bool:
        return any(p.count for p in self._packed.values())

    def __eq__(self, other) -> bool:
        return isinstance(other, (Claims, list)) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"Claims({len(self)} claims of {len(self._packed)} sources)"


@dataclass
class Event:
    """A group of sources that report the same happening."""

    id: str
    sources: list[str]
    label: str = ""
    date: str | None = None
    grades: list[str] = field(default_factory=list)  # the grades its sources report, for the timeline


@dataclass
class Alignment:
    """Claims of one event that state the same thing: at most one claim per source (two for a
    source that states it twice), never joined through a third claim."""

    id: str
    kind: str
    claims: list[str]
    agree: bool = True
    event: str | None = None


@dataclass
class Evidence:
    """One source's words for a finding; `marks` are the (start, end) stretches of `text` that
    differ from the other versions, so a report can show them without recomputing a diff."""

    source: str
    text: str
    marks: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Version:
    """What some sources say about the fact of a finding: one wording and who prints it."""

    text: str
    sources: list[str]
    claims: list[str] = field(default_factory=list)


@dataclass
class Discrepancy:
    """A finding: one fact of one event on which its sources differ, with every version of it.

    `id` is stable: derived from the kind and the claims (or sources) the finding is about, never
    from its position, so a verdict kept against it survives a rebuild, an added source elsewhere
    and a renamed outlet.
    """

    id: str
    kind: str
    sources: list[str]
    summary: str
    severity: str = "medium"
    claims: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    event: str | None = None
    versions: list[Version] = field(default_factory=list)


@dataclass
class Changes:
    """What a build changed since the one before it, for the 'Since the last build' sections."""

    previous_build: str | None = None
    sources_added: list[str] = field(default_factory=list)
    sources_removed: list[str] = field(default_factory=list)
    discrepancies_new: list[str] = field(default_factory=list)
    discrepancies_gone: list[str] = field(default_factory=list)

    @property
    def any(self) -> bool:
        return bool(self.sources_added or self.sources_removed or self.discrepancies_new or self.discrepancies_gone)


@dataclass
class Comparison:
    """Everything one build found; the reports are views of this."""

    corpus: Corpus
    events: list[Event] = field(default_factory=list)
    claims: Claims = field(default_factory=Claims)  # a list of claims is packed
    alignments: list[Alignment] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    generated_at: str = ""
    changes: Changes | None = None

    def __post_init__(self):
        if not isinstance(self.claims, Claims):
            self.claims = Claims.of_list(self.claims)
