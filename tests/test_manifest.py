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
