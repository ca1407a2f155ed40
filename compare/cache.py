"""The build cache: what each source was read and extracted into, so an unchanged source is not redone.

One SQLite file under the output folder (WAL, one transaction per source).
An entry is found by the file's path and its size and modification time, so
an unchanged file is not even read; it is valid only for the same tool
version, settings and manifest row (the fingerprint). Each payload carries
its own SHA-256: a truncated or garbled entry is treated as missing, never
trusted.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .changes import BuildDigest
from .events import TermProfile
from .model import Claim, ManifestEntry, Source

FILE_NAME = ".compare-cache.sqlite"
FORMAT = 5  # what a payload holds; a cache written in another format is redone, not misread
_CLAIM_FIELDS = ("id", "source", "kind", "text", "start", "end", "value", "unit", "qualifier", "speaker", "subject")


@dataclass
class CachedSource:
    """One source as the per-source stages left it: read, extracted, profiled for grouping, and its
    own parts of the outputs written (its lines of comparison.json, its article in report.html)."""

    source: Source
    claims: list[Claim]
    terms: TermProfile
    claim_lines: str
    section: str


def corpus_state(files: list[Path], root: Path, tool_version: str, settings: str) -> str:
    """Every file's path, size and modification time, with the tool version and settings: equal
    states mean an unchanged corpus, so a rebuild would write the same outputs."""
    digest = hashlib.sha256(f"{tool_version}\0{settings}".encode())
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            continue
        digest.update(f"\0{path.relative_to(root).as_posix()}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def fingerprint(tool_version: str, settings: str, entry: ManifestEntry) -> str:
    return hashlib.sha256(f"{tool_version}\0{settings}\0{entry!r}".encode()).hexdigest()


def _checksum(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


class SourceCache:
    def __init__(self, out_dir: Path):
        self._all: dict[str, tuple] | None = None
        Path(out_dir).mkdir(parents=True, exist_ok=True)
        self.path = Path(out_dir) / FILE_NAME
        try:
            self.db = self._open()
        except sqlite3.DatabaseError:
            self.path.unlink(missing_ok=True)  # not a database any more: start again
            self.db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        db.execute("PRAGMA journal_mode=WAL")
        if db.execute("PRAGMA user_version").fetchone()[0] != FORMAT:
            with db:  # written by another version of the format: start again rather than misread it
                for table in ("sources", "last_build", "state"):
                    db.execute(f"DROP TABLE IF EXISTS {table}")
                db.execute(f"PRAGMA user_version = {FORMAT}")
        db.execute("CREATE TABLE IF NOT EXISTS sources (path TEXT PRIMARY KEY, size INTEGER, mtime INTEGER, "
                   "fingerprint TEXT, payload TEXT, claim_lines TEXT, section TEXT, checksum TEXT)")
        db.execute("CREATE TABLE IF NOT EXISTS last_build (id INTEGER PRIMARY KEY CHECK (id = 1), corpus TEXT, "
                   "digest TEXT)")
        return db

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

    def get(self, rel: str, stat: os.stat_result, key: str) -> CachedSource | None:
        from .report.jsonreport import source_from_record

        row = self._rows().get(rel)
        if row is None or (row[0], row[1], row[2]) != (stat.st_size, stat.st_mtime_ns, key):
            return None
        payload, claim_lines, section, checksum = row[3:]
        if not payload or _checksum(payload, claim_lines, section) != checksum:
            return None
        try:
            data = json.loads(payload)
            terms, weights = data["terms"]
            return CachedSource(source_from_record(data["source"]),
                                [Claim(*row[:-1], extra=row[-1]) for row in data["claims"]],
                                dict(zip(terms, weights)), claim_lines, section)
        except (ValueError, KeyError, TypeError):
            return None

    def _rows(self) -> dict[str, tuple]:
        """Every entry, read in one query the first time one is asked for."""
        if self._all is None:
            try:
                self._all = {row[0]: row[1:] for row in self.db.execute(
                    "SELECT path, size, mtime, fingerprint, payload, claim_lines, section, checksum FROM sources")}
            except sqlite3.DatabaseError:
                self._all = {}
        return self._all

    def put(self, rel: str, stat: os.stat_result, key: str, entry: CachedSource) -> None:
        from .report.jsonreport import source_record

        # Claims as rows rather than objects: they load in half the time.
        claims = [[getattr(c, name) for name in _CLAIM_FIELDS] + [c.extra] for c in entry.claims]
        payload = json.dumps({"source": source_record(entry.source), "claims": claims,
                              "terms": [list(entry.terms), list(entry.terms.values())]}, ensure_ascii=False)
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            (rel, stat.st_size, stat.st_mtime_ns, key, payload, entry.claim_lines, entry.section,
                             _checksum(payload, entry.claim_lines, entry.section)))

    def close(self) -> None:
        self.db.close()
