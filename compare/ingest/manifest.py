"""The corpus manifest: what the user knows about each file.

`manifest.csv` beside the articles, one row per file. Columns (all optional
but `file`): outlet, url, published (YYYY-MM-DD), byline, headline, fetched.
What the manifest says wins over what is read from the page.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

from ..errors import SourceError
from ..model import ManifestEntry

MANIFEST_FILE = "manifest.csv"
_COLUMNS = {f.name for f in fields(ManifestEntry)}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _real_date(text: str) -> bool:
    """'2014-11-19', not '2014-02-30' or '0000-01-01'."""
    if not _ISO_DATE.match(text):
        return False
    try:
        return dt.date.fromisoformat(text).year >= 1000
    except ValueError:
        return False


def plain_name(name: str) -> bool:
    """A file name inside the corpus folder: relative, no '..', no drive, no control character.
    Wherever a path is formed from a manifest row (reading, `add`, `refresh`), it is formed from one."""
    if not name or "\\" in name or any(ord(ch) < 32 for ch in name) or name.startswith(("/", "~")):
        return False
    parts = name.split("/")
    return all(part not in ("", ".", "..") for part in parts) and ":" not in parts[0]


def read_manifest(corpus_dir: Path, on_problem: Callable[[str], None] | None = None) -> dict[str, ManifestEntry]:
    """Entries keyed by file name; an absent manifest is an empty one. A row whose file is no plain name
    inside the corpus is left out, and `on_problem` hears why."""
    path = Path(corpus_dir) / MANIFEST_FILE
    if not path.exists():
        return {}
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(f"cannot read the manifest: {exc}") from exc
    reader = csv.DictReader(io.StringIO(text))
    try:
        if not reader.fieldnames or "file" not in reader.fieldnames:
            raise SourceError("the manifest has no 'file' column")
        rows = list(reader)
    except csv.Error as exc:  # a cell over the csv module's limit, a NUL byte
        raise SourceError(f"cannot read the manifest: {exc}") from exc
    entries: dict[str, ManifestEntry] = {}
    for row in rows:
        values = {k.strip(): (v or "").strip() or None for k, v in row.items() if k and k.strip() in _COLUMNS}
        if not values.get("file"):
            continue
        if not plain_name(values["file"]):
            if on_problem:
                on_problem(f"row for {values['file'][:80]!r} left out: not a file name inside the corpus folder")
            continue
        published = values.get("published")
        if published and not _real_date(published[:10]):
            if on_problem:
                on_problem(f"row for {values['file'][:80]!r}: published {published[:40]!r} is not a date "
                           "(YYYY-MM-DD); the row is used without it")
            values["published"] = None
        elif published:
            values["published"] = published[:10]
        entries[values["file"]] = ManifestEntry(**values)
    return entries



def manifest_text(entries: dict[str, ManifestEntry]) -> str:
    """The manifest as CSV, in the column order a person expects, leaving out columns no row uses."""
    order = [f.name for f in fields(ManifestEntry)]
    used = [c for c in order if c == "file" or any(getattr(e, c) for e in entries.values())]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(used)
    for name in sorted(entries):
        writer.writerow([getattr(entries[name], c) or "" for c in used])
    return out.getvalue()
