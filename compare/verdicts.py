"""Verdicts: what a reviewer made of each finding, kept in SQLite in the build folder.

A verdict is keyed by the finding's stable id, so it survives a rebuild, an article added to
another story and an outlet renamed. It also keeps a fingerprint of the finding's evidence when it
was marked: if a rebuild changes what the finding rests on (an outlet corrected its figure), the
verdict is shown as given to an earlier version. SQLite because a desk may have two reviewers'
browsers open at once: every mark is one transaction.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import sqlite3
from dataclasses import dataclass
from pathlib import Path

VERDICTS = ("verified", "dismissed", "needs-work")
"""What a reviewer can say of a finding."""
FILE = "verdicts.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS verdicts (
    finding TEXT PRIMARY KEY,
    verdict TEXT NOT NULL CHECK (verdict IN ('verified', 'dismissed', 'needs-work')),
    note TEXT NOT NULL DEFAULT '',
    reviewer TEXT NOT NULL DEFAULT '',
    marked_at TEXT NOT NULL,
    evidence TEXT NOT NULL
)
"""


@dataclass(frozen=True)
class Verdict:
    finding: str
    verdict: str
    note: str
    reviewer: str
    marked_at: str
    evidence: str

    def stale(self, finding: dict) -> bool:
        """Whether the finding's evidence changed since it was marked."""
        return self.evidence != evidence_fingerprint(finding)


def evidence_fingerprint(finding: dict) -> str:
    """What a finding rests on (each version's words and sources), as a short hash."""
    parts = [f"{v.get('text', '')}\x1f{','.join(v.get('sources', []))}" for v in finding.get("versions", [])]
    return hashlib.sha256("\x1e".join(sorted(parts)).encode("utf-8")).hexdigest()[:16]


class VerdictStore:
    """The verdicts of one build folder."""

    def __init__(self, build_dir: Path):
        self.path = Path(build_dir) / FILE
        with self._connect() as db:
            db.execute(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10)
        db.row_factory = sqlite3.Row
        return db

    def mark(self, finding: dict, verdict: str, note: str = "", reviewer: str = "") -> Verdict:
        if verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}, not {verdict!r}")
        record = Verdict(finding["id"], verdict, note.strip(), reviewer.strip(),
                         dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), evidence_fingerprint(finding))
        with self._connect() as db:
            db.execute("INSERT INTO verdicts VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(finding) DO UPDATE SET "
                       "verdict = excluded.verdict, note = excluded.note, reviewer = excluded.reviewer, "
                       "marked_at = excluded.marked_at, evidence = excluded.evidence",
                       (record.finding, record.verdict, record.note, record.reviewer, record.marked_at,
                        record.evidence))
        return record

    def clear(self, finding_id: str) -> None:
        with self._connect() as db:
            db.execute("DELETE FROM verdicts WHERE finding = ?", (finding_id,))

    def all(self) -> dict[str, Verdict]:
        with self._connect() as db:
            return {row["finding"]: Verdict(*row) for row in db.execute("SELECT * FROM verdicts ORDER BY finding")}


def verdicts_csv(findings: list[dict], verdicts: dict[str, Verdict]) -> str:
    """Every marked finding with its verdict, as CSV; no cell starts a spreadsheet formula."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["finding", "kind", "severity", "summary", "verdict", "note", "reviewer", "marked_at",
                     "evidence_changed"])
    by_id = {f["id"]: f for f in findings}
    for finding_id, verdict in verdicts.items():
        finding = by_id.get(finding_id)
        row = [finding_id, finding["kind"] if finding else "", finding["severity"] if finding else "",
               finding["summary"] if finding else "(no longer found)", verdict.verdict, verdict.note,
               verdict.reviewer, verdict.marked_at, "yes" if finding and verdict.stale(finding) else "no"]
        writer.writerow([_inert(cell) for cell in row])
    return out.getvalue()


def _inert(cell: str) -> str:
    return "'" + cell if cell[:1] in ("=", "+", "-", "@") else cell


def read_verdicts(build_dir: Path) -> dict[str, tuple[str, str]]:
    """The verdicts of a build folder for its reports (finding id -> verdict, note); none when no one has
    reviewed it. Read only: a build never creates the store."""
    if not (Path(build_dir) / FILE).is_file():
        return {}
    try:
        return {k: (v.verdict, v.note) for k, v in VerdictStore(build_dir).all().items()}
    except sqlite3.DatabaseError:
        return {}  # a damaged store costs the marks in the reports, never the build
