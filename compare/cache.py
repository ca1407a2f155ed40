"""The build cache: what each source was read and extracted into, so an unchanged source is not redone.

One SQLite file under the output folder (WAL; a build's new entries in one transaction). Entries are
read one at a time, and a build's reports read each article's parts of them (`Fragments`) as they are
written, so memory does not grow with the cache.
An entry belongs to a file's path and the SHA-256 of its bytes, and is valid
only for the same tool version, settings and manifest row (the fingerprint).
While a file keeps the size and modification time the cache saw, it is not
even read; a file copied, checked out or touched again is read and hashed,
and if its bytes are the same its entry still holds. Each entry carries its
own checksum: a truncated or garbled entry is treated as missing, never
trusted.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from array import array
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .changes import BuildDigest
from .errors import UsageError
from .events import TermProfile
from .model import ManifestEntry, PackedClaims, Source

if TYPE_CHECKING:
    from .align import QuoteRuns

FILE_NAME = ".compare-cache.sqlite"
FORMAT = 9  # what an entry holds; a cache written in another format is started again, not misread
_COLUMNS = "size, mtime, content, fingerprint, payload, claim_count, claims, claim_lines, section, checksum"


@dataclass
class CachedSource:
    """One source as the per-source stages left it: read, extracted, profiled for grouping, and its
    own parts of the outputs written (its lines of comparison.json, its article in report.html).

    An entry the cache gives back leaves those parts out (they are checked, then let go): they are most
    of an entry's bytes, and the reports read them from the cache file as they are written (`Fragments`)."""

    source: Source
    claims: PackedClaims
    terms: TermProfile
    quote_runs: QuoteRuns
    claim_lines: str = ""
    section: str = ""
    payload: str = ""       # the entry as the cache stores it, made with the rest (on a worker, in parallel)


class _Entry(NamedTuple):
    size: int
    mtime: int
    content: str            # SHA-256 of the file's bytes
    fingerprint: str
    payload: str
    claim_count: int
    claims: bytes           # PackedClaims.data, kept packed: a build unpacks them only as it uses them
    claim_lines: str
    section: str
    checksum: str


def fingerprint(tool_version: str, settings: str, entry: ManifestEntry, source_id: str) -> str:
    """What a source's entry depends on besides the file's bytes: the tool, the settings, its manifest row
    and the id it is given (claim ids are made from it)."""
    return hashlib.sha256(f"{tool_version}\0{settings}\0{entry!r}\0{source_id}".encode()).hexdigest()


def _checksum(*parts: str | bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part if isinstance(part, bytes) else part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def payload_of(entry: CachedSource) -> str:
    """A source's entry as the cache keeps it, but for its claims (kept packed beside it): the source, its
    word weights and its quote runs."""
    from .report.jsonreport import source_record

    return json.dumps({"source": source_record(entry.source), "terms": [list(entry.terms.terms), list(entry.terms.weights)],
                       "quote_runs": {k: (speaker, list(runs)) for k, (speaker, runs) in entry.quote_runs.items()}},
                      ensure_ascii=False)


class Fragments(Mapping[str, str]):
    """One column of the cached entries, the claim lines or the articles' sections, by source id: read from
    the cache file as a report is written, so a build never holds them all. Every entry was checked or
    written by this build a moment before."""

    COLUMNS = ("claim_lines", "section")

    def __init__(self, cache_file: Path, paths: Mapping[str, str], column: str):
        if column not in self.COLUMNS:
            raise ValueError(column)
        self._file, self._paths, self._column = cache_file, dict(paths), column
        self._db: sqlite3.Connection | None = None

    def __getitem__(self, source_id: str) -> str:
        if self._db is None:
            self._db = sqlite3.connect(self._file, check_same_thread=False)  # read only by use: a read-only
            # connection to a WAL database fails once its last writer has removed the shared-memory file
        row = self._db.execute(f"SELECT {self._column} FROM sources WHERE path = ?",
                               (self._paths[source_id],)).fetchone()
        if row is None:
            raise KeyError(source_id)
        return row[0]

    def __contains__(self, source_id) -> bool:
        return source_id in self._paths

    def __iter__(self):
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


class SourceCache:
    """The cache of one output folder; open it for a step of a build and close it after."""

    def __init__(self, out_dir: Path):
        self._known: dict[str, tuple[int, int, str]] | None = None  # path -> size, mtime, content
        self._hashed: dict[str, str] = {}  # files read and hashed in this build
        self.path = Path(out_dir) / FILE_NAME
        try:
            Path(out_dir).mkdir(parents=True, exist_ok=True)
            try:
                self.db = self._open()
            except sqlite3.DatabaseError:
                for damaged in (self.path, self.path.with_name(FILE_NAME + "-wal"),
                                self.path.with_name(FILE_NAME + "-shm")):
                    damaged.unlink(missing_ok=True)  # not a database any more, or its journal is not: start again
                self.db = self._open()
        except (OSError, sqlite3.Error) as exc:
            raise UsageError(f"{out_dir}: the output folder cannot be written ({exc})") from None

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        db.execute("PRAGMA journal_mode=WAL")
        if db.execute("PRAGMA user_version").fetchone()[0] != FORMAT:
            with db:  # written by another version of the format: start again rather than misread it
                for table in ("sources", "last_build", "state", "events"):
                    db.execute(f"DROP TABLE IF EXISTS {table}")
                db.execute(f"PRAGMA user_version = {FORMAT}")
        db.execute("CREATE TABLE IF NOT EXISTS sources (path TEXT PRIMARY KEY, size INTEGER, mtime INTEGER, "
                   "content TEXT, fingerprint TEXT, payload TEXT, claim_count INTEGER, claims BLOB, claim_lines TEXT, "
                   "section TEXT, checksum TEXT)")
        db.execute("CREATE TABLE IF NOT EXISTS last_build (id INTEGER PRIMARY KEY CHECK (id = 1), corpus TEXT, "
                   "digest TEXT)")
        db.execute("CREATE TABLE IF NOT EXISTS events (key TEXT PRIMARY KEY, payload TEXT, checksum TEXT)")
        return db

    def events(self, fresh: bool = False) -> EventCache:
        """The store of events' results for one build; `fresh` ignores what it holds (but still writes)."""
        return EventCache(self.db, fresh)

    def last_state(self) -> str | None:
        """The corpus state the last complete build was made from."""
        row = self._last_build()
        return row[0] if row else None

    def last_digest(self) -> BuildDigest | None:
        """What the last complete build found, for 'Since the last build'."""
        row = self._last_build()
        try:
            return BuildDigest.from_record(json.loads(row[1])) if row else None
        except (ValueError, KeyError, TypeError):
            return None

    def _last_build(self) -> tuple[str, str] | None:
        try:
            return self.db.execute("SELECT corpus, digest FROM last_build WHERE id = 1").fetchone()
        except sqlite3.DatabaseError:
            return None

    def remember_build(self, state: str, digest: BuildDigest) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO last_build VALUES (1, ?, ?)",
                            (state, json.dumps(digest.to_record(), ensure_ascii=False)))

    def corpus_state(self, root: Path, files: list[Path], tool_version: str, settings: str,
                     max_bytes: int) -> str:
        """Every file's path and content, with the tool version and settings: equal states mean an
        unchanged corpus, so a rebuild would write the same outputs. Files over `max_bytes` (which a
        build skips) count by size and modification time rather than be read."""
        digest = hashlib.sha256(f"{tool_version}\0{settings}".encode())
        for path in files:
            rel = path.relative_to(root).as_posix()
            try:
                stat = path.stat()
                content = (self.content(rel, path, stat) if stat.st_size <= max_bytes
                           else f"{stat.st_size}:{stat.st_mtime_ns}")
            except OSError:
                continue
            digest.update(f"\0{rel}\0{content}".encode())
        return digest.hexdigest()

    def content(self, rel: str, path: Path, stat: os.stat_result) -> str:
        """The SHA-256 of a file's bytes: as the cache knows it while the file keeps the size and
        modification time the cache saw, read and hashed otherwise (OSError if it cannot be read)."""
        known = self._known_files().get(rel)
        if known is not None and known[:2] == (stat.st_size, stat.st_mtime_ns):
            return known[2]
        if rel not in self._hashed:
            self._hashed[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
            if known is not None and known[2] == self._hashed[rel]:
                self._new_times(rel, stat)  # the same bytes under new times: copied, checked out, touched
        return self._hashed[rel]

    def _new_times(self, rel: str, stat: os.stat_result) -> None:
        with self.db:
            self.db.execute("UPDATE sources SET size = ?, mtime = ? WHERE path = ?", (stat.st_size, stat.st_mtime_ns, rel))

    def _known_files(self) -> dict[str, tuple[int, int, str]]:
        if self._known is None:
            try:
                self._known = {row[0]: row[1:] for row in self.db.execute("SELECT path, size, mtime, content FROM sources")}
            except sqlite3.DatabaseError:
                self._known = {}
        return self._known

    def get(self, rel: str, path: Path, stat: os.stat_result, key: str) -> CachedSource | None:
        from .report.jsonreport import source_from_record

        entry = self._entry(rel)
        if entry is None or entry.fingerprint != key:
            return None
        try:
            if self.content(rel, path, stat) != entry.content:
                return None
        except OSError:
            return None
        if not entry.payload or entry.checksum != _checksum(entry.content, entry.payload, str(entry.claim_count),
                                                            entry.claims, entry.claim_lines, entry.section):
            return None
        try:
            data = json.loads(entry.payload)
            terms, weights = data["terms"]
            runs = {k: (v[0], array("I", v[1])) for k, v in data["quote_runs"].items()}
            return CachedSource(source_from_record(data["source"]), PackedClaims(entry.claim_count, entry.claims),
                                TermProfile.of(terms, weights), runs)
        except (ValueError, KeyError, TypeError):
            return None

    def _entry(self, rel: str) -> _Entry | None:
        """One source's entry, read when asked for: a cache of thousands of articles is never held whole."""
        try:
            row = self.db.execute(f"SELECT {_COLUMNS} FROM sources WHERE path = ?", (rel,)).fetchone()
            return _Entry(*row) if row else None
        except (sqlite3.DatabaseError, TypeError):
            return None

    def put_many(self, entries: list[tuple[str, os.stat_result, str, CachedSource]]) -> None:
        """Entries (path, stat, fingerprint, what the per-source stages made), in one transaction."""
        rows = []
        for rel, stat, key, entry in entries:
            payload = entry.payload or payload_of(entry)
            content = entry.source.sha256 or ""
            count, claims = entry.claims
            rows.append((rel, stat.st_size, stat.st_mtime_ns, content, key, payload, count, claims, entry.claim_lines,
                         entry.section, _checksum(content, payload, str(count), claims, entry.claim_lines, entry.section)))
        with self.db:
            self.db.executemany(f"INSERT OR REPLACE INTO sources (path, {_COLUMNS}) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def close(self) -> None:
        self.db.close()


class EventCache:
    """Events' results by the content of their sources (`core.event_key`), so a build redoes only the
    events whose sources changed. Entries carry a checksum and are redone when it does not match;
    entries no build used since are dropped when the store is closed."""

    def __init__(self, db: sqlite3.Connection, fresh: bool = False):
        from .report.jsonreport import alignment_from_record, finding_from_record

        self.db, self.fresh = db, fresh
        self._from = (alignment_from_record, finding_from_record)
        self._used: set[str] = set()
        self._new: dict[str, str] = {}

    def get_event(self, key: str):
        from .core import EventResult

        self._used.add(key)
        if self.fresh:
            return None
        try:
            row = self.db.execute("SELECT payload, checksum FROM events WHERE key = ?", (key,)).fetchone()
        except sqlite3.DatabaseError:
            return None
        if row is None or _checksum(key, row[0]) != row[1]:
            return None
        try:
            data = json.loads(row[0])
            alignment, finding = self._from
            return EventResult([alignment(a) for a in data["alignments"]], [finding(f) for f in data["findings"]])
        except (ValueError, KeyError, TypeError):
            return None

    def put_event(self, key: str, result) -> None:
        from .report.jsonreport import alignment_record, finding_record

        self._used.add(key)
        self._new[key] = json.dumps({"alignments": [alignment_record(a) for a in result.alignments],
                                     "findings": [finding_record(f) for f in result.findings]}, ensure_ascii=False)

    def close(self) -> None:
        """Write the new results in one transaction and drop those this build did not use."""
        try:
            with self.db:
                self.db.executemany("INSERT OR REPLACE INTO events VALUES (?, ?, ?)",
                                    [(k, p, _checksum(k, p)) for k, p in self._new.items()])
                stale = [row[0] for row in self.db.execute("SELECT key FROM events") if row[0] not in self._used]
                self.db.executemany("DELETE FROM events WHERE key = ?", [(k,) for k in stale])
        except sqlite3.DatabaseError:
            pass  # a cache that cannot be written costs the next build time, never a wrong result
