"""comparison.json: the machine-readable contract (see comparison.schema.json)."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict
from pathlib import Path

from ..fileio import atomic_write
from ..errors import UsageError
from ..model import (Alignment, Changes, Claim, Comparison, Corpus, Discrepancy, Event, Evidence, Removal, Skipped,
                     Source, Version)

SCHEMA = "comparison/2"
READABLE = ("comparison/1", SCHEMA)
FILE_NAME = "comparison.json"


def source_record(source: Source) -> dict:
    record = dict(vars(source))  # shallow: `asdict` would deep-copy every article's text
    record["removed"] = [r.text for r in source.removed]
    record["removals"] = [{"text": r.text, "reason": r.reason} for r in source.removed]
    return record


def claim_record(claim: Claim) -> dict:
    """Written out by hand: `asdict` deep-copies, and a large corpus has a hundred thousand claims."""
    record = {"id": claim.id, "source": claim.source, "kind": claim.kind, "text": claim.text,
              "start": claim.start, "end": claim.end, "value": claim.value, "unit": claim.unit,
              "qualifier": claim.qualifier, "speaker": claim.speaker, "subject": claim.subject}
    record.update(claim.extra)
    return record


def alignment_record(alignment: Alignment) -> dict:
    return dict(vars(alignment))


def alignment_from_record(record: dict) -> Alignment:
    return Alignment(**{k: v for k, v in record.items() if k in Alignment.__dataclass_fields__})


def finding_record(finding: Discrepancy) -> dict:
    return {**vars(finding), "evidence": [{"source": e.source, "text": e.text, "marks": [list(m) for m in e.marks]}
                                          for e in finding.evidence],
            "versions": [dict(vars(v)) for v in finding.versions]}


def finding_from_record(record: dict) -> Discrepancy:
    fields = {k: v for k, v in record.items() if k in Discrepancy.__dataclass_fields__}
    fields["evidence"] = [Evidence(e["source"], e["text"], [tuple(m) for m in e.get("marks", [])])
                          for e in record.get("evidence", [])]
    fields["versions"] = [Version(v.get("text", ""), list(v["sources"]), list(v.get("claims", [])))
                          for v in record.get("versions", [])]
    return Discrepancy(**fields)


def comparison_record(comparison: Comparison, claims: Mapping[str, str] | None = None) -> dict:
    """The whole comparison, ready for `dumps`; `claims` holds sources' claim lines already written (by source id)."""
    from .. import __version__

    corpus = comparison.corpus
    return {
        "schema": SCHEMA,
        "generated_at": comparison.generated_at,
        "tool": {"name": "compare", "version": __version__},
        "corpus": {"name": corpus.name, "root": corpus.root},
        "sources": _streamed(source_record, corpus.sources),
        "skipped": [asdict(s) for s in corpus.skipped],
        "events": [dict(vars(e)) for e in comparison.events],
        "claims": _claims(comparison, claims or {}),
        "alignments": _streamed(alignment_record, comparison.alignments),
        "discrepancies": _streamed(finding_record, comparison.discrepancies),
        "since_last_build": asdict(comparison.changes) if comparison.changes else None,
    }


_encode = json.JSONEncoder(ensure_ascii=False).encode


class EncodedItems(str):
    """The items of a list, already written as `dumps` writes them."""


def encode_items(items: list) -> EncodedItems:
    return EncodedItems(",".join("\n    " + _encode(item) for item in items))


def dumps(record: dict) -> str:
    return "".join(_pieces(record))


def _pieces(record: dict) -> Iterator[str]:
    """One line per source, claim, alignment and discrepancy.

    Readable and diffable like an indented file, but each line goes through the
    C encoder: `indent=` makes the json module fall back to pure Python, which
    costs seconds on a corpus of hundreds of articles. Written piece by piece,
    the file is never held twice over as one string.
    """
    yield "{"
    for n, (key, value) in enumerate(record.items()):
        yield f"{',' if n else ''}\n  {_encode(key)}: "
        if isinstance(value, list):
            value = encode_items(value)
        if isinstance(value, StreamedItems):
            yield "["
            yield from value.pieces()
            yield "\n  ]" if value else "]"
        elif isinstance(value, EncodedItems):
            yield from ("[", value, "\n  ]") if value else ("[]",)
        else:
            yield _encode(value)
    yield "\n}\n"


def claim_lines(claims: list[Claim]) -> EncodedItems:
    """One source's entries in the claims list: a function of its claims alone, so a build caches them."""
    return encode_items([claim_record(c) for c in claims])


class StreamedItems:
    """The items of a list as pieces already encoded, produced only as the file is written."""

    def __init__(self, pieces: Callable[[], Iterator[str]], any_items: bool):
        self.pieces, self.any_items = pieces, any_items

    def __bool__(self) -> bool:
        return self.any_items


def _streamed(record: Callable[[object], dict], items: list) -> StreamedItems:
    """A list whose records are made and encoded one at a time as the file is written."""
    def pieces() -> Iterator[str]:
        for n, item in enumerate(items):
            yield ("," if n else "") + "\n    " + _encode(record(item))

    return StreamedItems(pieces, bool(items))


def _claims(comparison: Comparison, known: Mapping[str, str]) -> StreamedItems:
    """The claims list, grouped by source in source order, from the lines already known where they are
    (perhaps read from a build's cache one source at a time), never joined into one string."""
    sources = comparison.corpus.sources

    def pieces() -> Iterator[str]:
        first = True
        for source in sources:
            part = known[source.id] if source.id in known else claim_lines(comparison.claims.of(source.id))
            if part:
                yield part if first else "," + part
                first = False

    return StreamedItems(pieces, bool(comparison.claims))


def render(comparison: Comparison, out_dir: Path, claims: Mapping[str, str] | None = None) -> Path:
    """comparison.json; `claims` holds sources' claim lines already written (by source id)."""
    path = Path(out_dir) / FILE_NAME
    atomic_write(path, _pieces(comparison_record(comparison, claims)))
    return path


def source_from_record(record: dict) -> Source:
    fields = set(Source.__dataclass_fields__) - {"removed"}
    return Source(**{k: v for k, v in record.items() if k in fields},
                  removed=[Removal(r["text"], r["reason"]) for r in record.get("removals", [])])


def claim_from_record(record: dict) -> Claim:
    fields = set(Claim.__dataclass_fields__) - {"extra"}
    return Claim(**{k: v for k, v in record.items() if k in fields},
                 extra={k: v for k, v in record.items() if k not in fields})


def load(path: Path) -> Comparison:
    """A comparison.json read back into the model, so the reports can be rebuilt without re-reading sources."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("schema") not in READABLE:
            raise UsageError(f"{path}: not a comparison file (schema {data.get('schema')!r})")
        corpus = Corpus(
            name=data.get("corpus", {}).get("name", Path(path).parent.name),
            root=data.get("corpus", {}).get("root", ""),
            sources=[source_from_record(s) for s in data["sources"]],
            skipped=[Skipped(**s) for s in data.get("skipped", [])])
        return Comparison(
            corpus=corpus, claims=[claim_from_record(c) for c in data["claims"]],
            generated_at=data.get("generated_at", ""),
            events=[Event(**e) for e in data["events"]],
            alignments=[alignment_from_record(a) for a in data["alignments"]],
            discrepancies=[finding_from_record(d) for d in data["discrepancies"]],
            changes=Changes(**data["since_last_build"]) if data.get("since_last_build") else None)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"{path}: cannot read the comparison: {exc}") from exc
