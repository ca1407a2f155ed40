"""Ingestion: a corpus folder in, cleaned and dated sources out.

`ingest_corpus` reads the manifest, then each article file in turn:
load (size and permission checks), decode, read by format (text, HTML,
Markdown), clean, and fill metadata from the manifest, the page and the
text, in that order of trust. A file that fails any step becomes a
`Skipped` entry with a one-line reason; the others go on.
"""
from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..clean import CleanedArticle
from ..config import CONFIG_FILE, Config
from ..errors import SourceError
from ..model import Corpus, ManifestEntry, Skipped, Source
from .decode import decode
from .manifest import MANIFEST_FILE, read_manifest

NOT_ARTICLES = {MANIFEST_FILE, CONFIG_FILE}

OnSkip = Callable[[Skipped], None]
Reader = Callable[[Path, str, str, ManifestEntry, Config], Source]


@dataclass(frozen=True)
class ReadJob:
    """One article file to read: where it is, its path in the corpus, its id and its manifest row."""

    path: Path
    rel: str
    source_id: str
    entry: ManifestEntry


ReadAll = Callable[[list[ReadJob], Config], Iterator["Source | SourceError"]]
"""Reads many files, giving each job's source (or the SourceError that skips it) in the jobs' order:
how a build reads articles in parallel, or answers from its cache."""


def ingest_corpus(corpus_dir: Path, config: Config, on_skip: OnSkip | None = None,
                  on_file: Callable[[str], None] | None = None, reader: Reader | None = None,
                  on_total: Callable[[int], None] | None = None, read_all: ReadAll | None = None) -> Corpus:
    """Read every article of a corpus folder; `on_skip` hears of each file left out as it happens,
    `on_total` of how many files there are before the first is read, `on_file` of each as it is read.

    `reader` reads one file (default `read_source`); `read_all`, given, reads them all (a build's
    answers from its cache and reads the rest on its workers). Either way the corpus is the same.
    """
    reader = reader or read_source

    def one_by_one(jobs: list[ReadJob], config: Config) -> Iterator[Source | SourceError]:
        for job in jobs:
            try:
                yield reader(job.path, job.rel, job.source_id, job.entry, config)
            except SourceError as exc:
                yield exc

    read_all = read_all or one_by_one
    root = Path(corpus_dir)
    corpus = Corpus(name=root.resolve().name, root=str(root))

    def skip(path: str, reason: str) -> None:
        entry = Skipped(path, reason)
        corpus.skipped.append(entry)
        if on_skip:
            on_skip(entry)

    try:
        manifest = read_manifest(root, on_problem=lambda reason: skip(MANIFEST_FILE, reason))
    except SourceError as exc:
        skip(MANIFEST_FILE, str(exc))
        manifest = {}
    files = corpus_files(root, on_unsafe=skip)
    present = {f.relative_to(root).as_posix() for f in files}
    for name in sorted(set(manifest) - present):
        skip(name, "named in the manifest but not found")
    ids = source_ids(root, [f for f in files if f.suffix.lower() in config.extensions])
    if on_total:
        on_total(len(files))
    jobs = []
    for path in files:
        rel = path.relative_to(root).as_posix()
        if path.suffix.lower() not in config.extensions:
            if on_file:
                on_file(rel)
            skip(rel, f"not an article format ({path.suffix or 'no extension'}); "
                      f"use {', '.join(config.extensions)}")
            continue
        jobs.append(ReadJob(path, rel, ids[rel], manifest.get(rel) or ManifestEntry(rel)))
    for job, source in zip(jobs, read_all(jobs, config), strict=True):
        if on_file:
            on_file(job.rel)
        if isinstance(source, SourceError):
            skip(job.rel, str(source))
        else:
            corpus.sources.append(source)
    return corpus


def source_ids(root: Path, articles: list[Path]) -> dict[str, str]:
    """Each article's id (by path relative to the corpus): its file stem, or its path where two files
    share a stem ('a.txt' and 'a.md'). Decided from the list of files before any is read, so an id
    never depends on which files could be read, and a cache can key its entries by it."""
    used: set[str] = set()
    return {path.relative_to(root).as_posix(): _unique_id(path, path.relative_to(root).as_posix(), used)
            for path in articles}


def corpus_files(root: Path, on_unsafe: Callable[[str, str], None] | None = None) -> list[Path]:
    """Every regular file of the corpus folder and its subfolders but hidden ones and the manifest.

    Nothing outside the folder is ever read: a symlink that leads out of it, or nowhere, is left out,
    and so is anything that is not a regular file (a device, a FIFO, a socket), which could hang a
    build or feed it without end. `on_unsafe` hears of each (its path and why)."""
    found = []
    inside = Path(root).resolve()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            path = Path(dirpath) / name
            if name.startswith(".") or (Path(dirpath) == root and name in NOT_ARTICLES):
                continue
            rel = path.relative_to(root).as_posix()
            shown = rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            reason = "the file name is not UTF-8: rename it" if shown != rel else unsafe_reason(path, inside)
            if reason is None:
                found.append(path)
            elif on_unsafe:
                on_unsafe(shown, reason)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def unsafe_reason(path: Path, inside: Path) -> str | None:
    """Why a corpus entry must not be read, or None for a regular file within the corpus folder."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return "a link that leads nowhere (or to itself)"
    if target != inside and inside not in target.parents:
        return "a link to a file outside the corpus folder"
    try:
        mode = target.stat().st_mode
    except OSError as exc:
        return f"cannot be read: {exc.strerror or exc}"
    if not stat.S_ISREG(mode):
        return "not a regular file (a device, a pipe or a socket)"
    return None


def _unique_id(path: Path, rel: str, used: set[str]) -> str:
    candidate = path.stem if path.parent.name else rel
    if candidate in used:
        candidate = rel
    used.add(candidate)
    return candidate


def load_bytes(path: Path, limit: int) -> bytes:
    try:
        # Opened without blocking and checked once open: a file swapped for a pipe after it was listed
        # cannot hang the build, and one swapped for a device cannot feed it without end.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise SourceError("not a regular file (a device, a pipe or a socket)")
            size = info.st_size
            if size > limit:
                raise SourceError(f"too large ({size / 1e6:.1f} MB; the limit is {limit / 1e6:.1f} MB)")
            if size == 0:
                raise SourceError("empty file")
            data = fh.read(limit + 1)
    except PermissionError:
        raise SourceError("permission denied: the file cannot be read") from None
    except IsADirectoryError:
        raise SourceError("is a folder, not a file") from None
    except OSError as exc:
        raise SourceError(f"cannot be read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise SourceError(f"too large (over {limit / 1e6:.1f} MB)")
    return data


def read_source(path: Path, rel: str, source_id: str, entry: ManifestEntry, config: Config) -> Source:
    """One file through load, decode, format reader and metadata merge."""
    return source_from_bytes(load_bytes(path, config.max_source_bytes), rel, source_id, entry, config)


def source_from_bytes(data: bytes, rel: str, source_id: str, entry: ManifestEntry, config: Config) -> Source:
    """The bytes of a file named `rel` through decode, format reader and metadata merge; SourceError
    with the reason if no article can be read from them (`add` and `refresh` ask this before saving)."""
    if not data:
        raise SourceError("empty file")
    text, encoding = decode(data)
    if not text.strip():
        raise SourceError("no text (the file holds only white space)")
    suffix = Path(rel).suffix.lower()
    page: dict[str, str | None] = {}
    if suffix in (".html", ".htm"):
        from .html import read_html
        article, page = read_html(text, config.parse_timeout)
        fmt = "html"
    elif suffix in (".md", ".markdown"):
        from .markdown import read_markdown
        article, page = read_markdown(text)
        fmt = "markdown"
    else:
        from .text import read_text
        article = read_text(text)
        fmt = "text"
    if not article.paragraphs and not article.standfirst:
        raise SourceError("no article text left after cleaning")
    return assemble_source(rel, fmt, article, entry, page, encoding, hashlib.sha256(data).hexdigest(), source_id)


def site_of(url: str | None) -> str | None:
    """The site an address names ('www.bbc.co.uk' is 'bbc.co.uk'): the outlet, when nothing else says."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


def outlet_label(source: Source) -> str:
    """How reports name a source's outlet: its own, else plainly unknown with the file it came from."""
    return source.outlet or f"unknown outlet ({source.path})"


def _first(*values: str | None) -> str | None:
    return next((v.strip() for v in values if v and v.strip()), None)


def assemble_source(rel: str, fmt: str, article: CleanedArticle, entry: ManifestEntry,
                    page: dict[str, str | None], encoding: str, digest: str, source_id: str | None = None) -> Source:
    """Merge metadata by trust (manifest, page markup, the text's own header) and lay out `text`."""
    headline = _first(entry.headline, article.headline, page.get("title"))
    if headline is None:
        first = article.paragraphs[0] if article.paragraphs else article.standfirst or ""
        headline = first.split(". ")[0][:200]
    text_date = article.published.isoformat() if article.published else None
    published, published_from = next(
        ((value, origin) for value, origin in ((entry.published, "manifest"), (page.get("date"), "page"),
                                               (text_date, "text")) if value), (None, None))
    head = [headline] + ([article.standfirst] if article.standfirst else [])
    text = "\n\n".join(head + article.paragraphs)
    body_start = len("\n\n".join(head)) + 2 if article.paragraphs else len(text)
    return Source(
        id=source_id or Path(rel).stem, path=rel, format=fmt, headline=headline, text=text, body_start=body_start,
        standfirst=article.standfirst, outlet=_first(entry.outlet, page.get("sitename"),
                                                     site_of(_first(entry.url, page.get("url")))),
        url=_first(entry.url, page.get("url")), byline=_first(entry.byline, page.get("author"), article.byline),
        published=published, published_from=published_from, encoding=encoding, sha256=digest,
        removed=article.removed)
