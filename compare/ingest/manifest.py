"""The corpus manifest: what the user knows about each file.

`manifest.csv` beside the articles, one row per file. Columns (all optional
but `file`): outlet, url, published, byline, headline, fetched. What the
manifest says wins over what is read from the page.

The manifest is the user's file: a row that cannot be read costs one line
and the rest is read; `add` and `refresh` change only the cells they own
(url, fetched) and the rows they add, and every other line, column and value
stays as the user wrote it.
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path

from ..datelines import parse_dateline
from ..errors import SourceError
from ..model import ManifestEntry

MANIFEST_FILE = "manifest.csv"
_COLUMNS = {f.name for f in fields(ManifestEntry)}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def published_date(text: str) -> str | None:
    """'2014-11-19' (or an ISO time stamp on that day), or a date written out with its day, month
    and year ('19 Nov 2014', 'November 19, 2014'), as YYYY-MM-DD; None for anything else,
    including impossible dates ('2014-02-30', '0000-01-01') and ambiguous ones ('11/12/2014')."""
    try:
        if _ISO_DATE.match(text[:10]):
            date = dt.date.fromisoformat(text[:10])
        else:
            date = parse_dateline(text)
    except ValueError:
        return None
    return date.isoformat() if date and date.year >= 1000 else None


@dataclass(frozen=True)
class ManifestRow:
    """One record of the manifest file: where it is (line indexes, end exclusive) and its cells."""
    first_line: int
    end_line: int
    cells: list[str]


class _Lines:
    """The manifest's lines, read by csv one at a time, restartable after a record that fails."""

    def __init__(self, lines: list[str]):
        self.lines, self.next = lines, 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        if self.next >= len(self.lines):
            raise StopIteration
        self.next += 1
        return self.lines[self.next - 1]


def _why(exc: csv.Error) -> str:
    message = str(exc)
    if "unexpected end of data" in message or "expected after" in message:
        return "a quotation mark is not closed at the end of its cell"
    if "field larger than field limit" in message:
        return f"a cell is longer than {csv.field_size_limit():,} characters"
    return message


def manifest_rows(lines: list[str], on_problem: Callable[[str], None]) -> list[ManifestRow]:
    """Every record that reads as CSV; a record that does not (an unclosed quotation mark, a NUL, a
    cell too long) is one problem, and reading starts again on the line after it began, so one
    stray quotation mark does not swallow the rows below it."""
    source = _Lines(lines)
    reader = csv.reader(source, strict=True)
    rows = []
    while True:
        first = source.next
        try:
            cells = next(reader)
        except StopIteration:
            return rows
        except csv.Error as exc:
            on_problem(f"line {first + 1}: {_why(exc)}; the row is left out")
            source.next = first + 1
            reader = csv.reader(source, strict=True)
            continue
        if any(cell.strip() for cell in cells):
            rows.append(ManifestRow(first, source.next, cells))


def _manifest_lines(corpus_dir: Path) -> tuple[list[str], bool] | None:
    """The manifest's lines with their endings, and whether it began with a byte-order mark;
    None if there is no manifest."""
    path = Path(corpus_dir) / MANIFEST_FILE
    if not path.exists():
        return None
    try:
        data = path.read_bytes()
        text = data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(f"cannot read the manifest: {exc}") from exc
    return list(io.StringIO(text, newline="")), data.startswith(codecs.BOM_UTF8)


def _header(rows: list[ManifestRow]) -> list[str]:
    header = [name.strip() for name in rows[0].cells] if rows else []
    if "file" not in header:
        raise SourceError("the manifest has no 'file' column")
    return header


def read_manifest(corpus_dir: Path, on_problem: Callable[[str], None] | None = None) -> dict[str, ManifestEntry]:
    """Entries keyed by file name; an absent manifest is an empty one. A row that cannot be read, or
    whose file is no plain name inside the corpus, is left out; a bad date leaves its row without a
    date; a file named twice takes its last row. `on_problem` hears each of these."""
    tell = on_problem or (lambda reason: None)
    found = _manifest_lines(corpus_dir)
    if found is None:
        return {}
    rows = manifest_rows(found[0], tell)
    header = _header(rows)
    entries: dict[str, ManifestEntry] = {}
    line_of: dict[str, int] = {}
    for row in rows[1:]:
        values = {name: (cell.strip() or None) for name, cell in zip(header, row.cells) if name in _COLUMNS}
        name = values.get("file")
        if not name:
            continue
        if not plain_name(name):
            tell(f"line {row.first_line + 1}: row for {name[:80]!r} left out: not a file name inside the "
                 "corpus folder")
            continue
        published = values.get("published")
        if published:
            values["published"] = published_date(published)
            if values["published"] is None:
                tell(f"line {row.first_line + 1}: row for {name[:80]!r}: published {published[:40]!r} is not a "
                     "date with day, month and year (2014-11-19 or 19 November 2014); the row is used without it")
        if name in line_of:
            tell(f"line {row.first_line + 1}: {name[:80]!r} is also on line {line_of[name]}; line "
                 f"{row.first_line + 1} is used")
        line_of[name] = row.first_line + 1
        entries[name] = ManifestEntry(**values)
    return entries


def plain_name(name: str) -> bool:
    """A file name inside the corpus folder: relative, no '..', no drive, no control character.
    Wherever a path is formed from a manifest row (reading, `add`, `refresh`), it is formed from one."""
    if not name or "\\" in name or any(ord(ch) < 32 for ch in name) or name.startswith(("/", "~")):
        return False
    parts = name.split("/")
    return all(part not in ("", ".", "..") for part in parts) and ":" not in parts[0]


def updated_manifest(corpus_dir: Path, cells: dict[str, dict[str, str]]) -> str:
    """The manifest's text with the cells in `cells` (file name -> column -> value) set: a column the
    manifest lacks is added at the end, a file it lacks gets a new row at the end, and every other
    line stays byte for byte as it was (rows this tool cannot read included)."""
    found = _manifest_lines(corpus_dir)
    lines, bom = found if found is not None else (["file\n"], False)
    rows = manifest_rows(lines, lambda reason: None)
    header = _header(rows)
    ending = "\r\n" if lines[rows[0].end_line - 1].endswith("\r\n") else "\n"

    def record(values: list[str]) -> str:
        """One record; written with a CRLF terminator so that a cell holding either a CR or an LF is
        quoted, then ended as the manifest's lines are."""
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerow(values)
        return out.getvalue()[:-2] + ending

    new_columns = [c for changes in cells.values() for c in changes if c not in header]
    header = header + list(dict.fromkeys(new_columns))
    file_column = header.index("file")
    replaced: dict[int, tuple[int, str]] = {}
    if new_columns:
        replaced[rows[0].first_line] = (rows[0].end_line, record(rows[0].cells + list(dict.fromkeys(new_columns))))
    done = set()
    for row in rows[1:]:
        name = row.cells[file_column].strip() if file_column < len(row.cells) else ""
        if name in cells:
            values = row.cells + [""] * (len(header) - len(row.cells))
            for column, value in cells[name].items():
                values[header.index(column)] = value
            replaced[row.first_line] = (row.end_line, record(values))
            done.add(name)
    text, index = [], 0
    while index < len(lines):
        if index in replaced:
            end, line = replaced[index]
            text.append(line)
            index = end
        else:
            text.append(lines[index])
            index += 1
    if text and not text[-1].endswith(("\n", "\r")):
        text[-1] += ending
    for name in sorted(set(cells) - done):
        values = [""] * len(header)
        values[file_column] = name
        for column, value in cells[name].items():
            values[header.index(column)] = value
        text.append(record(values))
    return ("\ufeff" if bom else "") + "".join(text)
