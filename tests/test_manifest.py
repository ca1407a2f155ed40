"""The manifest: every field optional, bad dates not trusted, every row kept by `add` and `refresh`."""
import contextlib
import csv
import datetime as dt
import io
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from compare.errors import SourceError
from compare.ingest.manifest import plain_name, read_manifest, updated_manifest


def test_manifest_fields_are_optional(tmp_path):
    (tmp_path / "manifest.csv").write_text(
        "file,outlet,published,notes\n"
        "a.txt,Evening Post,2021-03-04,ignored column\n"
        "b.txt,,,\n"
        "c.txt,Gazette,next Tuesday,\n", encoding="utf-8")
    entries = read_manifest(tmp_path)
    assert entries["a.txt"].outlet == "Evening Post" and entries["a.txt"].published == "2021-03-04"
    assert entries["b.txt"].outlet is None and entries["b.txt"].published is None
    assert entries["c.txt"].published is None


def test_no_manifest_is_an_empty_manifest(tmp_path):
    assert read_manifest(tmp_path) == {}


def problems_reading(tmp_path, text):
    (tmp_path / "manifest.csv").write_text(text, encoding="utf-8")
    problems = []
    return read_manifest(tmp_path, on_problem=problems.append), problems


def test_an_unclosed_quotation_mark_costs_its_row_only(tmp_path):
    entries, problems = problems_reading(tmp_path, 'file,outlet\na.txt,"Post\nb.txt,Echo\nc.txt,"Times"\n')
    assert sorted(entries) == ["b.txt", "c.txt"] and entries["b.txt"].outlet == "Echo"
    assert problems == ["line 2: a quotation mark is not closed at the end of its cell; the row is left out"]


def test_a_file_named_twice_is_reported_and_its_last_row_used(tmp_path):
    entries, problems = problems_reading(tmp_path, "file,outlet\na.txt,Post\nb.txt,Echo\na.txt,Times\n")
    assert entries["a.txt"].outlet == "Times"
    assert problems == ["line 4: 'a.txt' is also on line 2; line 4 is used"]


def test_dates_written_out_in_words_are_read_and_ambiguous_ones_reported(tmp_path):
    entries, problems = problems_reading(
        tmp_path, "file,published\na.txt,19 Nov 2014\nb.txt,\"November 19, 2014\"\nc.txt,2014-11-19T08:30:00Z\n"
                  "d.txt,11/12/2014\n")
    assert [entries[n].published for n in ("a.txt", "b.txt", "c.txt", "d.txt")] == [
        "2014-11-19", "2014-11-19", "2014-11-19", None]
    [problem] = problems
    assert problem.startswith("line 5: row for 'd.txt': published '11/12/2014' is not a date")


# Properties: any manifest is read without a traceback, and updating one keeps every other record.


CSV_PIECES = st.sampled_from(["file", "published", "outlet", "url", ",", '"', "\n", "\r\n", "a.txt", "../x.txt",
                              "2014-02-30", "19 Nov 2014", "2021-03-04", "\0", " ", "=1+1"])
MANIFEST = st.lists(st.one_of(CSV_PIECES, st.text(max_size=6)), max_size=40).map("".join)
CELL = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"), max_size=12)


@contextlib.contextmanager
def written(text: str):
    """A folder holding `text` as its manifest, removed afterwards: hypothesis calls a test hundreds of times."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "manifest.csv").write_bytes(text.encode("utf-8", "surrogatepass"))
        yield folder


@settings(max_examples=300, deadline=None)
@given(MANIFEST)
def test_any_manifest_is_read_or_refused_in_one_line(text):
    problems = []
    try:
        with written(text) as folder:
            entries = read_manifest(folder, on_problem=problems.append)
    except SourceError as exc:
        assert "\n" not in str(exc)
        return
    for name, entry in entries.items():
        assert entry.file == name and plain_name(name)
        assert entry.published is None or dt.date.fromisoformat(entry.published)
    assert all("\n" not in problem for problem in problems)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.from_regex(r"[a-z]{1,6}\.txt", fullmatch=True), CELL, CELL), min_size=1, max_size=8,
                unique_by=lambda row: row[0]),
       st.data())
def test_updating_one_row_keeps_every_other_record_as_written(rows, data):
    def record(cells):
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerow(cells)  # so a cell with a CR is quoted
        return out.getvalue()[:-2] + "\n"

    records = [record(["file", "outlet", "notes", "fetched"])] + [record([f, o, n, ""]) for f, o, n in rows]
    target = data.draw(st.integers(1, len(rows)))
    with written("".join(records)) as folder:
        text = updated_manifest(folder, {rows[target - 1][0]: {"fetched": "2026-12-03T10:00:00+00:00"}})
        assert text.startswith("".join(records[:target])) and text.endswith("".join(records[target + 1:]))
        (folder / "manifest.csv").write_text(text, encoding="utf-8")
        entries = read_manifest(folder)
    assert entries[rows[target - 1][0]].fetched == "2026-12-03T10:00:00+00:00"
    assert [(e.file, e.outlet) for e in entries.values()] == [(f, o.strip() or None) for f, o, _ in rows]
