"""The orchestrator: one build of one corpus.

Stages, in order:

1. ingest  - read, decode, clean and date every source (`compare.ingest`)
2. compare - the comparison core (`compare.core`): claims of each source, events, then alignment
   and findings within each event. Sources and events that have not changed answer from the
   build cache (`compare.cache`).
3. changes - what is new or gone since the previous build (`compare.changes`)
4. report  - comparison.json, the CSV tables, report.html and brief.pdf (`compare.report`)

`build` only wires them together.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import CachedSource, Fragments, SourceCache, fingerprint, payload_of
from .changes import BuildDigest, changes_since, digest
from .config import CONFIG_FILE, Config
from . import parallel
from .errors import NoSourcesError, SourceError, UsageError
from .events import TermProfile
from .ingest import OnSkip, ReadJob, corpus_files, ingest_corpus, read_source
from .ingest.manifest import MANIFEST_FILE
from .model import Comparison, Source
from .report import jsonreport, templates

if TYPE_CHECKING:
    from .parallel import Runner
    from .report.pdf import BriefWorker

# The comparison core and the reporters are imported where they are used: a build that finds
# nothing changed never loads them.

CACHE_BATCH = 200  # new cache entries written in one transaction: few commits, and few entries held
DEFAULT_SOURCES = Path("sources")
DEFAULT_OUT = Path("build")
OUTPUT_FILES = ("comparison.json", "claims.csv", "alignments.csv", "discrepancies.csv", "claims.parquet",
                "alignments.parquet", "discrepancies.parquet", "report.html", "brief.pdf")


@dataclass
class BuildResult:
    out_dir: Path
    outputs: list[Path] = field(default_factory=list)
    up_to_date: bool = False  # nothing changed since the last build: its outputs were kept
    _comparison: Comparison | None = None

    @property
    def comparison(self) -> Comparison:
        """What was built; for an up-to-date build, read back from comparison.json only when asked for."""
        if self._comparison is None:
            self._comparison = jsonreport.load(self.out_dir / jsonreport.FILE_NAME)
        return self._comparison


@dataclass
class Progress:
    """Who hears of a build's progress: each file skipped, each file read, each later stage begun."""

    on_skip: OnSkip | None = None
    on_file: Callable[[str], None] | None = None
    on_stage: Callable[[str], None] | None = None
    on_total: Callable[[int], None] | None = None

    def stage(self, name: str) -> None:
        if self.on_stage:
            self.on_stage(name)


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
          on_skip: OnSkip | None = None, on_file: Callable[[str], None] | None = None,
          force: bool = False, on_stage: Callable[[str], None] | None = None,
          on_total: Callable[[int], None] | None = None) -> BuildResult:
    """Build the comparison of one corpus folder into `out_dir` (default build/<corpus>/).

    Unchanged sources come from the cache unless `force` is set. `on_file` hears of each file as it is
    read, `on_stage` of each later stage as it starts ('grouping events'), for a progress display.
    """
    from . import __version__

    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise UsageError(f"{corpus_dir}: not a folder")
    config = config or Config.load(corpus_dir)
    out = Path(out_dir) if out_dir is not None else DEFAULT_OUT / corpus_dir.resolve().name
    cache = SourceCache(out)
    # What cached work depends on besides the file: the settings, and the template of the cached articles.
    settings = f"{config.fingerprint()}\0{templates.digest(templates.SOURCE_SECTION)}"
    root_files = _state_files(corpus_dir)
    state = cache.corpus_state(corpus_dir, root_files, __version__, f"{settings}\0{templates.digest_all()}",
                               config.max_source_bytes)
    outputs = [out / name for name in OUTPUT_FILES]
    if not force and cache.last_state() == state and all(p.exists() for p in outputs):
        cache.close()
        return BuildResult(out, outputs, up_to_date=True)
    from .report import pdf

    progress = Progress(on_skip, on_file, on_stage, on_total)
    workers = parallel.runner(config.workers, config.scheduler)
    with pdf.BriefWorker() as brief_worker:  # starts loading WeasyPrint while the sources are read
        try:
            comparison = _compare(corpus_dir, config, cache, settings, force, progress, workers)
        finally:
            workers.close()
        try:
            paths = {source.id: source.path for source in comparison.corpus.sources}
            lines, sections = (Fragments(cache.path, paths, column) for column in Fragments.COLUMNS)
            try:
                written = write_reports(comparison, out, brief_worker, claim_lines=lines, sections=sections,
                                        progress=progress)
            finally:
                lines.close()
                sections.close()
        except OSError as exc:  # a read-only or full output folder: the previous outputs stand
            raise UsageError(f"{out}: the outputs cannot be written ({exc.strerror or exc})") from None
    cache = SourceCache(out)
    cache.remember_build(state, digest(comparison))  # only once every output is written: a killed build is redone
    cache.close()
    return BuildResult(out, written, _comparison=comparison)


def read_and_extract(job: ReadJob, config: Config) -> CachedSource | SourceError:
    """A file read, cleaned and through the per-source stages; where it cannot be, the error that skips
    it, as a value (it comes back from a worker process or a Dask worker that way)."""
    try:
        return _per_source_stages(read_source(job.path, job.rel, job.source_id, job.entry, config), config)
    except SourceError as exc:
        return exc


def _per_source_stages(source: Source, config: Config) -> CachedSource:
    """Everything that depends on one source alone, so it is done once and cached."""
    from .core import parts_of, source_claims
    from .report import html

    claims = source_claims(source, config)
    parts = parts_of(source, claims)
    made = CachedSource(source, parts.claims, parts.terms, parts.quote_runs, jsonreport.claim_lines(claims),
                        html.source_section(source, claims))
    return replace(made, payload=payload_of(made))


def _compare(corpus_dir: Path, config: Config, cache: SourceCache, settings: str, force: bool,
             progress: Progress, runner: Runner) -> Comparison:
    """Ingest through the cache, then the comparison core. What the per-source stages made is stored in
    the cache as it arrives and only the claims and word profiles are kept: the reports read each
    article's own parts back from the cache (`Fragments`). Closes the cache."""
    from . import __version__
    from .core import SourceParts, compare

    out = cache.path.parent
    parts: dict[str, SourceParts] = {}  # by file
    pending: list[tuple[str, os.stat_result, str, CachedSource]] = []

    def keep(rel: str, entry: CachedSource, stat: os.stat_result | None = None, key: str = "") -> Source:
        # A worker's words come back unshared: interned here, as the cache's already are when it reads them.
        terms = entry.terms if stat is None else TermProfile.of(entry.terms.terms, entry.terms.weights)
        parts[rel] = SourceParts(entry.claims, terms, entry.quote_runs)
        if stat is not None:
            pending.append((rel, stat, key, entry))
            if len(pending) >= CACHE_BATCH:
                cache.put_many(pending)
                pending.clear()
        return entry.source

    def read_all(jobs: list[ReadJob], config: Config) -> Iterator[Source | SourceError]:
        """Unchanged files from the cache; the others read and extracted by the runner's workers."""
        keys, hits = {}, {}
        for job in jobs:
            stat, key = job.path.stat(), fingerprint(__version__, settings, job.entry, job.source_id)
            keys[job.rel] = (stat, key)
            hit = None if force else cache.get(job.rel, job.path, stat, key)
            if hit is not None:
                hits[job.rel] = hit
        made = runner.map(partial(read_and_extract, config=config), [j for j in jobs if j.rel not in hits])
        for job in jobs:
            if job.rel in hits:
                yield keep(job.rel, hits.pop(job.rel))
                continue
            result = next(made)
            yield result if isinstance(result, SourceError) else keep(job.rel, result, *keys[job.rel])

    try:
        corpus = ingest_corpus(corpus_dir, config, on_skip=progress.on_skip, on_file=progress.on_file,
                               on_total=progress.on_total, read_all=read_all)
        cache.put_many(pending)
        progress.stage(f"read {len(corpus.sources)} source(s); comparing")
        if not corpus.sources:
            raise NoSourcesError(f"{corpus_dir}: no article could be read "
                                 f"({len(corpus.skipped)} file(s) skipped)")
        previous = cache.last_digest()
        store = cache.events(fresh=force)
        handed = _HandedOver({s.id: parts.pop(s.path) for s in corpus.sources})
        comparison = compare(corpus, config, handed, store=store, on_stage=progress.stage, runner=runner)
        store.close()
    finally:
        cache.close()
    if previous is None and (out / jsonreport.FILE_NAME).exists():
        previous = _digest_of(out / jsonreport.FILE_NAME)
    return replace(comparison, changes=changes_since(previous, comparison))


class _HandedOver(Mapping):
    """Each source's parts, given up as the comparison takes them: the build keeps no reference, so what
    only the first stages need (the word profiles) is freed once they are done."""

    def __init__(self, parts: dict):
        self._parts = parts

    def __getitem__(self, source_id):
        return self._parts.pop(source_id)

    def __contains__(self, source_id) -> bool:
        return source_id in self._parts

    def __iter__(self):
        return iter(self._parts)

    def __len__(self) -> int:
        return len(self._parts)


def _state_files(corpus_dir: Path) -> list[Path]:
    """The articles, the manifest and the settings file: all a build reads."""
    extra = [corpus_dir / name for name in (MANIFEST_FILE, CONFIG_FILE) if (corpus_dir / name).exists()]
    return corpus_files(corpus_dir) + extra


def _digest_of(previous_json: Path) -> BuildDigest | None:
    """The previous build's findings from its comparison.json, when the cache no longer has them."""
    try:
        return digest(jsonreport.load(previous_json))
    except UsageError:
        return None


def write_reports(comparison: Comparison, out: Path, brief_worker: BriefWorker | None = None,
                  with_json: bool = True, claim_lines: Mapping[str, str] | None = None,
                  sections: Mapping[str, str] | None = None, progress: Progress | None = None) -> list[Path]:
    """Every output format, each written atomically: JSON first, so it stands even if a report fails.

    The PDF is laid out in another process (`brief_worker`) while this one writes the rest.
    `claim_lines` and `sections` hold sources' own parts of the outputs, already written (by source id).
    """
    from .report import html, pdf, tables
    from .report.model import build_model

    if brief_worker is None:
        with pdf.BriefWorker() as worker:
            return write_reports(comparison, out, worker, with_json, claim_lines, sections, progress)
    from .verdicts import read_verdicts

    progress = progress or Progress()
    verdicts = read_verdicts(out)
    model = build_model(comparison, verdicts)
    brief = brief_worker.render(comparison, out, model)
    written = []
    if with_json:
        progress.stage(f"writing {jsonreport.FILE_NAME}")
        written.append(jsonreport.render(comparison, out, claim_lines))
    progress.stage("writing the CSV and Parquet tables")
    with ThreadPoolExecutor(1) as writer:  # Arrow writes the tables while this thread renders the pages
        tables_written = writer.submit(tables.render, comparison, out, verdicts)
        progress.stage(f"writing {html.FILE_NAME}" + (f" and {len(model.events)} story pages" if model.paged else ""))
        written.append(html.render(comparison, out, model, sections))
        if model.paged:
            written.append(out / html.STORY_FOLDER)
        written += tables_written.result()
    progress.stage(f"writing {pdf.FILE_NAME}")
    return [*written, brief.result()]


def report(comparison_json: str | Path, out_dir: str | Path | None = None) -> list[Path]:
    """Rebuild the reports from an existing comparison.json (default: beside it)."""
    path = Path(comparison_json)
    comparison = jsonreport.load(path)
    out = Path(out_dir) if out_dir is not None else path.parent
    return write_reports(comparison, out, with_json=False)
