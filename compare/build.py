"""The orchestrator: one build of one corpus.

Stages, in order:

1. ingest  - read, decode, clean and date every source (`compare.ingest`)
2. extract - figures, dates, quotes, ratings and people of each source (`compare.extract`)
3. events  - group sources by the event they report (`compare.events`)
4. align   - claims that state the same thing across sources (`compare.align`)
5. compare - discrepancies between sources (`compare.discrepancies`)
6. report  - comparison.json, the CSV tables, report.html and brief.pdf (`compare.report`)

Each stage is a function of plain data; `build` only wires them together.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .align import align_claims
from .config import Config
from .discrepancies import find_discrepancies
from .errors import NoSourcesError, UsageError
from .events import group_events
from .extract import extract_claims
from .ingest import OnSkip, ingest_corpus
from .model import Comparison
from .report import csvreport, html, jsonreport, pdf

DEFAULT_SOURCES = Path("sources")
DEFAULT_OUT = Path("build")


@dataclass
class BuildResult:
    comparison: Comparison
    out_dir: Path
    outputs: list[Path] = field(default_factory=list)


def find_corpus(sources_dir: Path = DEFAULT_SOURCES) -> Path:
    """The one corpus under `sources/`; several or none is the user's call to make."""
    if not sources_dir.is_dir():
        raise UsageError(f"no corpus given and no '{sources_dir}' folder here")
    corpora = sorted(p for p in sources_dir.iterdir() if p.is_dir() and not p.name.startswith("."))
    if not corpora:
        raise UsageError(f"no corpus folder under '{sources_dir}'")
    if len(corpora) > 1:
        names = ", ".join(p.name for p in corpora)
        raise UsageError(f"several corpora under '{sources_dir}' ({names}): name one")
    return corpora[0]


def build(corpus_dir: str | Path, out_dir: str | Path | None = None, config: Config | None = None,
          on_skip: OnSkip | None = None, on_file: Callable[[str], None] | None = None) -> BuildResult:
    """Build the comparison of one corpus folder into `out_dir` (default build/<corpus>/)."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise UsageError(f"{corpus_dir}: not a folder")
    config = config or Config.load(corpus_dir)
    out = Path(out_dir) if out_dir is not None else DEFAULT_OUT / corpus_dir.resolve().name
    corpus = ingest_corpus(corpus_dir, config, on_skip=on_skip, on_file=on_file)
    if not corpus.sources:
        raise NoSourcesError(f"{corpus_dir}: no article could be read "
                             f"({len(corpus.skipped)} file(s) skipped)")
    comparison = Comparison(corpus=corpus, generated_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
    comparison.claims = [claim for source in corpus.sources for claim in extract_claims(source, config)]
    comparison.events = group_events(corpus.sources, comparison.claims)
    comparison.alignments = align_claims(comparison.claims, corpus.sources)
    comparison.discrepancies = find_discrepancies(corpus.sources, comparison.events, comparison.claims,
                                                  comparison.alignments)
    return BuildResult(comparison=comparison, out_dir=out, outputs=write_reports(comparison, out))


def write_reports(comparison: Comparison, out: Path) -> list[Path]:
    """Every output format, each written atomically: JSON first, so it stands even if a report fails."""
    return [jsonreport.render(comparison, out), *csvreport.render(comparison, out),
            html.render(comparison, out), pdf.render(comparison, out)]


def report(comparison_json: str | Path, out_dir: str | Path | None = None) -> list[Path]:
    """Rebuild the reports from an existing comparison.json (default: beside it)."""
    path = Path(comparison_json)
    comparison = jsonreport.load(path)
    out = Path(out_dir) if out_dir is not None else path.parent
    return [*csvreport.render(comparison, out), html.render(comparison, out), pdf.render(comparison, out)]
