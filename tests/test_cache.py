"""The build cache: unchanged sources are not redone; anything doubtful is redone, never trusted."""
import gzip
import importlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import jsonschema
import pytest

from compare import build
from compare.cache import FILE_NAME
from compare.config import Config
from tests.conftest import ARTICLE, ROOT, SCHEMA, SHARED, load_json

SECOND = ARTICLE.replace("Hospital waiting list falls", "Waiting list down again")


@pytest.fixture
def reads(monkeypatch):
    calls = []
    module = importlib.import_module("compare.build")  # the module, not the function of the same name
    real = module.read_source

    def counting(path, rel, source_id, entry, config):
        calls.append(rel)
        return real(path, rel, source_id, entry, config)

    monkeypatch.setattr(module, "read_source", counting)
    return calls


def two_articles(corpus):
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "b.txt").write_text(SECOND, encoding="utf-8")


def test_only_changed_sources_are_read_again(corpus, tmp_path, reads):
    two_articles(corpus)
    first = build(corpus, tmp_path / "out")
    assert sorted(reads) == ["a.txt", "b.txt"]
    reads.clear()
    (corpus / "b.txt").write_text(SECOND + "\nA third paragraph was added.\n", encoding="utf-8")
    second = build(corpus, tmp_path / "out")
    assert reads == ["b.txt"]
    assert [c.text for c in second.comparison.claims if c.source == "a"] == \
        [c.text for c in first.comparison.claims if c.source == "a"]


def test_settings_or_force_redo_everything(corpus, tmp_path, reads):
    two_articles(corpus)
    build(corpus, tmp_path / "out")
    reads.clear()
    build(corpus, tmp_path / "out", Config(max_source_bytes=5_000_000))
    assert sorted(reads) == ["a.txt", "b.txt"]
    reads.clear()
    build(corpus, tmp_path / "out", Config(max_source_bytes=5_000_000), force=True)
    assert sorted(reads) == ["a.txt", "b.txt"]


@pytest.mark.parametrize("column", ["payload", "claim_lines", "section"])
def test_a_garbled_entry_is_redone(corpus, tmp_path, reads, column):
    two_articles(corpus)
    build(corpus, tmp_path / "out")
    with sqlite3.connect(tmp_path / "out" / FILE_NAME) as db:
        db.execute(f"UPDATE sources SET {column} = substr({column}, 1, 40) WHERE path = 'a.txt'")
    (corpus / "b.txt").write_text(SECOND + "\nMore.\n", encoding="utf-8")  # so the corpus is not up to date
    reads.clear()
    result = build(corpus, tmp_path / "out")
    assert sorted(reads) == ["a.txt", "b.txt"] and len(result.comparison.corpus.sources) == 2


def test_an_unchanged_corpus_is_up_to_date(corpus, tmp_path, reads):
    two_articles(corpus)
    build(corpus, tmp_path / "out")
    before = (tmp_path / "out" / "report.html").stat().st_mtime_ns
    reads.clear()
    result = build(corpus, tmp_path / "out")
    assert result.up_to_date and reads == [] and len(result.comparison.corpus.sources) == 2
    assert (tmp_path / "out" / "report.html").stat().st_mtime_ns == before


def test_files_copied_or_touched_again_with_the_same_bytes_are_not_redone(corpus, tmp_path, reads):
    two_articles(corpus)
    build(corpus, tmp_path / "out")
    for path in corpus.iterdir():  # as a copy, a checkout or an editor's save-without-change leaves them
        os.utime(path, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
    reads.clear()
    assert build(corpus, tmp_path / "out").up_to_date and reads == []
    (corpus / "b.txt").write_text(SECOND + "\nA new paragraph.\n", encoding="utf-8")
    os.utime(corpus / "a.txt", ns=(time.time_ns(), time.time_ns() + 9_000_000_000))
    result = build(corpus, tmp_path / "out")
    assert reads == ["b.txt"] and not result.up_to_date


def test_a_cache_in_another_format_is_started_again(corpus, tmp_path, reads):
    two_articles(corpus)
    build(corpus, tmp_path / "out")
    with sqlite3.connect(tmp_path / "out" / FILE_NAME) as db:
        db.execute("PRAGMA user_version = 1")
    reads.clear()
    result = build(corpus, tmp_path / "out")
    assert not result.up_to_date and sorted(reads) == ["a.txt", "b.txt"]


def test_a_rebuild_writes_what_a_build_from_scratch_writes(corpus, tmp_path):
    """Cached sources, their cached parts of the outputs and the last build's findings give the same
    comparison, CSV tables and report as reading everything afresh."""
    two_articles(corpus)
    build(corpus, tmp_path / "incremental")
    (corpus / "c.txt").write_text(ARTICLE.replace("Hospital waiting list falls", "Waiting times: the figures"),
                                  encoding="utf-8")
    build(corpus, tmp_path / "incremental")
    build(corpus, tmp_path / "fresh")
    for name in ("claims.csv", "alignments.csv", "discrepancies.csv", "claims.parquet", "alignments.parquet",
                 "discrepancies.parquet"):
        assert (tmp_path / "incremental" / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes(), name
    incremental = load_json(tmp_path / "incremental" / "comparison.json")
    fresh = load_json(tmp_path / "fresh" / "comparison.json")
    for key in ("sources", "events", "claims", "alignments", "discrepancies"):
        assert incremental[key] == fresh[key]
    assert incremental["since_last_build"]["sources_added"] == ["c"]
    assert fresh["since_last_build"]["previous_build"] is None

    def articles(folder):
        page = (folder / "report.html").read_text()
        return page[page.index('<section id="sources">'):]

    assert articles(tmp_path / "incremental") == articles(tmp_path / "fresh")


def test_a_cache_file_that_is_not_a_database_is_replaced(corpus, tmp_path):
    two_articles(corpus)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / FILE_NAME).write_bytes(b"this is not sqlite" * 100)
    assert len(build(corpus, tmp_path / "out").comparison.corpus.sources) == 2


def test_since_the_last_build(corpus, tmp_path):
    two_articles(corpus)
    build(corpus, tmp_path / "out")
    (corpus / "b.txt").unlink()
    changes = build(corpus, tmp_path / "out").comparison.changes
    assert changes.sources_removed == ["b"] and changes.sources_added == []


def test_a_killed_build_then_a_new_build_gives_a_correct_report(corpus, tmp_path):
    with gzip.open(SHARED / "corpora" / "allsides" / "articles.jsonl.gz", "rt", encoding="utf-8") as fh:
        for n, line in zip(range(120), fh):
            row = json.loads(line)
            (corpus / f"{n:03d}.txt").write_text(f"{row['title']}\n\n{row['text']}", encoding="utf-8")
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "compare", "build", str(corpus), "-o", str(out)], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.5)
    process.send_signal(signal.SIGKILL)
    process.wait()
    result = subprocess.run([sys.executable, "-m", "compare", "build", str(corpus), "-o", str(out)], cwd=ROOT,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    comparison = load_json(out / "comparison.json")
    jsonschema.validate(comparison, load_json(SCHEMA))
    assert len(comparison["sources"]) + len(comparison["skipped"]) == 120
    assert (out / "brief.pdf").read_bytes().startswith(b"%PDF")


def test_a_file_that_takes_another_files_id_gets_its_own_claims(corpus, tmp_path):
    """'a.txt' is 'a' until 'a.md' arrives and takes that id: the cached claims of 'a.txt' must not
    stay attached to 'a'."""
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    build(corpus, tmp_path / "out")
    (corpus / "a.md").write_text("# Ward closes at St Mary's\n\nThe trust said 38 beds would close in May.\n",
                                 encoding="utf-8")
    comparison = build(corpus, tmp_path / "out").comparison
    texts = {s.id: s.text for s in comparison.corpus.sources}
    assert sorted(texts) == ["a", "a.txt"]
    for claim in comparison.claims:
        assert texts[claim.source][claim.start:claim.end] == claim.text
    assert any("38 beds" in c.text for c in comparison.claims if c.source == "a")
    assert any("4,120" in c.text for c in comparison.claims if c.source == "a.txt")


STORY_A = ("Warehouse fire in Leeds\n\nThe fire at the Kirkstall warehouse killed 12 people on Monday night, "
           "West Yorkshire fire service said.")
STORY_A2 = ("Leeds blaze kills 14\n\nThe fire at the Kirkstall warehouse killed 14 people on Monday night, "
            "West Yorkshire fire service said.")
STORY_B = ("Hospital to shut ward\n\nSt Mary's hospital will close its children's ward in May, with 38 beds lost, "
           "the Avon trust said.")
STORY_B2 = ("Children's ward closing\n\nSt Mary's hospital will close its children's ward in June, with 38 beds "
            "lost, the Avon trust said.")


def test_an_added_article_redoes_only_the_event_it_joins(corpus, tmp_path, monkeypatch):
    import compare.core as core

    for name, text in (("a1.txt", STORY_A), ("a2.txt", STORY_A2), ("b1.txt", STORY_B)):
        (corpus / name).write_text(text, encoding="utf-8")
    build(corpus, tmp_path / "out")
    compared = []
    real = core.align_event

    def counting(event_id, sources, claims, *args):
        compared.append(sorted(s.id for s in sources))
        return real(event_id, sources, claims, *args)

    monkeypatch.setattr(core, "align_event", counting)
    (corpus / "b2.txt").write_text(STORY_B2, encoding="utf-8")
    result = build(corpus, tmp_path / "out")
    assert compared == [["b1", "b2"]]
    build(corpus, tmp_path / "fresh")
    assert load_json(tmp_path / "out" / "comparison.json")["discrepancies"] == \
        load_json(tmp_path / "fresh" / "comparison.json")["discrepancies"]
    assert {d.event for d in result.comparison.discrepancies} == {e.id for e in result.comparison.events}


def test_findings_keep_their_ids_when_another_story_grows_and_an_outlet_is_renamed(corpus, tmp_path):
    for name, text in (("a1.txt", STORY_A), ("a2.txt", STORY_A2), ("b1.txt", STORY_B)):
        (corpus / name).write_text(text, encoding="utf-8")
    manifest = "file,outlet,published\na1.txt,Post,2024-05-07\na2.txt,Echo,2024-05-07\nb1.txt,Post,2024-05-09\n"
    (corpus / "manifest.csv").write_text(manifest, encoding="utf-8")
    before = {d.id: d for d in build(corpus, tmp_path / "out").comparison.discrepancies}
    assert any(d.kind == "figure_value" for d in before.values())
    (corpus / "b2.txt").write_text(STORY_B2, encoding="utf-8")
    (corpus / "manifest.csv").write_text(manifest.replace(",Echo,", ",Evening Echo,") + "b2.txt,Star,2024-05-09\n",
                                         encoding="utf-8")
    after = {d.id: d for d in build(corpus, tmp_path / "out").comparison.discrepancies}
    assert set(before) <= set(after)
    for finding_id, finding in before.items():
        assert after[finding_id].kind == finding.kind
    renamed = [d for d in after.values() if "Evening Echo" in d.summary]
    assert renamed and all(d.id in before for d in renamed)
    changes = build(corpus, tmp_path / "out", force=True).comparison.changes
    assert changes.discrepancies_new == [] and changes.discrepancies_gone == []


def test_a_cache_whose_journal_is_damaged_is_started_again(corpus, tmp_path):
    two_articles(corpus)
    out = tmp_path / "out"
    build(corpus, out)
    for suffix in ("", "-wal", "-shm"):
        (out / (FILE_NAME + suffix)).write_bytes(b"\x00garbage" * 4096)
    assert len(build(corpus, out, force=True).comparison.corpus.sources) == 2


def test_an_output_folder_that_cannot_be_written_is_one_line_and_the_old_outputs_stand(corpus, tmp_path):
    two_articles(corpus)
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "compare", "build", str(corpus), "-o", str(out)], cwd=ROOT, check=True,
                   capture_output=True)
    before = (out / "comparison.json").read_text(encoding="utf-8")
    (corpus / "c.txt").write_text(ARTICLE.replace("Hospital", "Clinic"), encoding="utf-8")
    command = [sys.executable, "-m", "compare", "build", str(corpus), "-o", str(out)]
    out.chmod(0o555)
    try:
        if os.getuid() == 0:
            command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] + command
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    finally:
        out.chmod(0o755)
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert "cannot be written" in result.stderr
    assert (out / "comparison.json").read_text(encoding="utf-8") == before
