"""Growing a corpus: `add` a file or a web page, `refresh` the pages added from the web.

Both keep the manifest in step (the page's address and when it was fetched)
and refuse what the corpus already holds: the same address, or the same bytes
under another name.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from .config import Config
from .errors import UsageError
from .fetch import FetchError, fetch
from .fileio import atomic_write
from .ingest import corpus_files
from .ingest.manifest import MANIFEST_FILE, manifest_text, plain_name, read_manifest
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


def _write_manifest(corpus_dir: Path, entries: dict[str, ManifestEntry]) -> None:
    atomic_write(corpus_dir / MANIFEST_FILE, manifest_text(entries))


def add_source(target: str, corpus_dir: Path, config: Config, allow_private: bool = False) -> str:
    """Copy a file or fetch a page into the corpus; the new file's name in the corpus."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise UsageError(f"{corpus_dir}: not a corpus folder")
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
    atomic_write(corpus_dir / name, data)
    if entry:
        manifest[name] = ManifestEntry(file=name, **entry)
        _write_manifest(corpus_dir, manifest)
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
        atomic_write(path, page.content)
        manifest[name] = replace(entry, fetched=page.fetched)
        result.changed.append(name)
    if result.changed:
        _write_manifest(corpus_dir, manifest)
    return result

