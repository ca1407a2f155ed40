"""Growing a corpus: `add` a file or a web page, `refresh` the pages added from the web.

Both keep the manifest in step (the page's address and when it was fetched),
refuse what the corpus already holds (the same address, or the same bytes
under another name) and never save what no build could read (an empty
page, a compressed or binary body, a page with no article text).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .config import Config
from .errors import SourceError, UsageError
from .fetch import FetchError, fetch
from .fileio import atomic_write
from .ingest import corpus_files, source_from_bytes
from .ingest.manifest import MANIFEST_FILE, plain_name, read_manifest, updated_manifest
from .model import ManifestEntry


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _existing_digests(corpus_dir: Path) -> dict[str, str]:
    digests = {}
    for path in corpus_files(corpus_dir):
        try:
            digests[_digest(path.read_bytes())] = path.relative_to(corpus_dir).as_posix()
        except OSError:
            continue
    return digests


def _free_name(corpus_dir: Path, stem: str, suffix: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-.")[:80] or "article"
    name, n = f"{stem}{suffix}", 2
    while (corpus_dir / name).exists():
        name, n = f"{stem}-{n}{suffix}", n + 1
    return name


def _write_manifest(corpus_dir: Path, cells: dict[str, dict[str, str]]) -> None:
    """Set the cells given (url and fetched for a fetched page; what the user told `add`) and leave every
    other one as the user wrote it."""
    atomic_write(corpus_dir / MANIFEST_FILE, updated_manifest(corpus_dir, cells))


def _unreadable(data: bytes, name: str, config: Config) -> str | None:
    """Why no build could read `data` saved as `name` (empty, binary, compressed, no article text
    left after cleaning), or None: what a build would skip is not saved into the corpus."""
    try:
        source_from_bytes(data, name, Path(name).stem, ManifestEntry(name), config)
    except SourceError as exc:
        return str(exc)
    return None


def add_source(target: str, corpus_dir: Path, config: Config, allow_private: bool = False,
               about: dict[str, str] | None = None) -> str:
    """Copy a file or fetch a page into the corpus; the new file's name in the corpus. `about` (outlet,
    url, published, byline) goes to the file's manifest row, written atomically with the file."""
    corpus_dir = Path(corpus_dir)
    about = {k: v.strip() for k, v in (about or {}).items() if v and v.strip()}
    if not corpus_dir.is_dir():
        raise UsageError(f"{corpus_dir}: not a corpus folder")
    if "published" in about:
        try:
            dt.date.fromisoformat(about["published"])
        except ValueError:
            raise UsageError(f"--published {about['published']!r}: not a date (YYYY-MM-DD)") from None
    manifest = read_manifest(corpus_dir)
    if re.match(r"^[a-z][a-z0-9+.-]*://", target, re.IGNORECASE):
        known = {e.url: name for name, e in manifest.items() if e.url}
        if target in known:
            raise UsageError(f"{target} is already in the corpus as {known[target]}")
        page = fetch(target, config.max_source_bytes, allow_private=allow_private)
        if page.url in known:
            raise UsageError(f"{target} leads to {page.url}, already in the corpus as {known[page.url]}")
        data, suffix = page.content, ".html" if "html" in page.content_type else ".txt"
        parts = urlsplit(page.url)
        stem = Path(parts.path.rstrip("/")).stem or parts.hostname or "page"
        entry = {"url": page.url, "fetched": page.fetched}
    else:
        path = Path(target)
        if not path.is_file():
            raise UsageError(f"{target}: no such file")
        if path.suffix.lower() not in config.extensions:
            raise UsageError(f"{target}: not an article format; use {', '.join(config.extensions)}")
        data, suffix, stem, entry = path.read_bytes(), path.suffix.lower(), path.stem, {}
    existing = _existing_digests(corpus_dir).get(_digest(data))
    if existing:
        raise UsageError(f"{target}: the same content is already in the corpus as {existing}")
    name = _free_name(corpus_dir, stem, suffix)
    if reason := _unreadable(data, name, config):
        if entry:
            raise FetchError(f"{entry['url']}: not saved, no build could read it: {reason}")
        raise UsageError(f"{target}: not added, no build could read it: {reason}")
    atomic_write(corpus_dir / name, data)
    if entry or about:
        _write_manifest(corpus_dir, {name: {**entry, **about}})
    return name


@dataclass
class RefreshResult:
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


def _writable(corpus_dir: Path, name: str) -> Path | None:
    """Where a fetched page for manifest row `name` may be written: a plain name, in a folder inside
    the corpus, not through a link, and not over a device or a pipe. None if nowhere."""
    path = corpus_dir / name
    inside = corpus_dir.resolve()
    if not plain_name(name) or path.is_symlink() or (path.exists() and not path.is_file()):
        return None
    folder = path.parent.resolve()
    return path if folder == inside or inside in folder.parents else None


def refresh_sources(corpus_dir: Path, config: Config, allow_private: bool = False) -> RefreshResult:
    """Fetch every page the manifest has an address for; replace the files whose content changed."""
    corpus_dir = Path(corpus_dir)
    result = RefreshResult()
    fetched: dict[str, dict[str, str]] = {}
    manifest = read_manifest(corpus_dir, on_problem=lambda reason: result.failed.append((MANIFEST_FILE, reason)))
    for name, entry in sorted(manifest.items()):
        if not entry.url:
            continue
        path = _writable(corpus_dir, name)
        if path is None:
            result.failed.append((name, "not a regular file inside the corpus folder: left as it is"))
            continue
        try:
            page = fetch(entry.url, config.max_source_bytes, allow_private=allow_private)
        except FetchError as exc:
            result.failed.append((name, str(exc)))
            continue
        if path.exists() and _digest(path.read_bytes()) == _digest(page.content):
            result.unchanged.append(name)
            continue
        if reason := _unreadable(page.content, name, config):
            result.failed.append((name, f"the page now fetched is not saved, no build could read it: {reason}; "
                                        "the file is left as it was"))
            continue
        atomic_write(path, page.content)
        fetched[name] = {"fetched": page.fetched}
        result.changed.append(name)
    if fetched:
        _write_manifest(corpus_dir, fetched)
    return result

