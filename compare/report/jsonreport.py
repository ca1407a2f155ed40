"""comparison.json: the machine-readable contract (see comparison.schema.json)."""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from ..fileio import atomic_write
from ..model import Claim, Comparison, Source

SCHEMA = "comparison/1"
FILE_NAME = "comparison.json"


def source_record(source: Source) -> dict:
    record = asdict(source)
    record["removed"] = [r.text for r in source.removed]
    record["removals"] = [{"text": r.text, "reason": r.reason} for r in source.removed]
    return record


def claim_record(claim: Claim) -> dict:
    record = asdict(claim)
    extra = record.pop("extra")
    record.update(extra)
    return record


def comparison_record(comparison: Comparison) -> dict:
    from .. import __version__

    corpus = comparison.corpus
    return {
        "schema": SCHEMA,
        "generated_at": comparison.generated_at,
        "tool": {"name": "compare", "version": __version__},
        "corpus": {"name": corpus.name, "root": corpus.root},
        "sources": [source_record(s) for s in corpus.sources],
        "skipped": [asdict(s) for s in corpus.skipped],
        "events": [asdict(e) for e in comparison.events],
        "claims": [claim_record(c) for c in comparison.claims],
        "alignments": [asdict(a) for a in comparison.alignments],
        "discrepancies": [asdict(d) for d in comparison.discrepancies],
    }


def render(comparison: Comparison, out_dir: Path) -> Path:
    path = Path(out_dir) / FILE_NAME
    atomic_write(path, json.dumps(comparison_record(comparison), ensure_ascii=False, indent=2) + "\n")
    return path
