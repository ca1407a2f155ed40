"""The manifest: every field optional, bad dates not trusted."""
from compare.ingest.manifest import read_manifest


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
