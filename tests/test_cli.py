"""The command line as a user runs it: a subprocess, its files, its messages and exit codes."""
import json
import os
import shutil
import subprocess
import sys

import jsonschema
import pytest

from tests.conftest import ARTICLE, EXAMPLE, GOLD, ROOT, SCHEMA, SCORER, load_json, run_cli, write_one_story_and_one_alone


def test_example_corpus_builds_valid_comparison_json(example_build):
    comparison = load_json(example_build / "comparison.json")
    jsonschema.validate(comparison, load_json(SCHEMA))
    assert len(comparison["sources"]) == 5 and comparison["skipped"] == []
    by_file = {s["path"][:3]: s for s in comparison["sources"]}
    assert by_file["003"]["byline"] == "Neil Puffett" and by_file["003"]["published"] == "2018-01-29"
    assert by_file["004"]["published"] is None
    assert by_file["002"]["standfirst"].startswith("Inspection body hails")
    assert "\u201c" in by_file["000"]["text"] and "\u2019" in by_file["000"]["text"]


def answer_key(example_build) -> tuple[dict, str]:
    result = subprocess.run([sys.executable, SCORER, example_build / "comparison.json", GOLD, "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-2]), result.stdout


def test_answer_key_cleaning_and_metadata(example_build):
    scores, report = answer_key(example_build)
    assert scores["parts"]["cleaning"] >= 0.95, report
    assert scores["parts"]["metadata"] >= 0.90, report


def test_answer_key_claims(example_build):
    scores, report = answer_key(example_build)
    parts = scores["parts"]
    assert parts["figures"] >= 0.90 and parts["quotes"] >= 0.90, report
    assert parts["speakers"] >= 0.85 and parts["ratings"] >= 0.85, report
    assert scores["furniture"] == 0, report


def test_default_corpus_and_output_folder(tmp_path):
    (tmp_path / "sources" / "council-vote").mkdir(parents=True)
    (tmp_path / "sources" / "council-vote" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run_cli("build", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "build" / "council-vote" / "comparison.json").is_file()


def test_several_corpora_need_a_name(tmp_path):
    for name in ("one", "two"):
        (tmp_path / "sources" / name).mkdir(parents=True)
    result = run_cli("build", cwd=tmp_path)
    assert result.returncode == 1
    assert "several corpora" in result.stderr and "one, two" in result.stderr


def test_a_build_in_a_log_writes_only_what_matters(tmp_path, corpus):
    """Run by cron or piped to a file, no spinner: stderr holds the skipped files and nothing else."""
    (corpus / "a.txt").write_text("Waiting list falls\n\nThe list fell to 4,120, the trust said.\n", encoding="utf-8")
    (corpus / "b.txt").write_bytes(b"")
    result = run_cli("build", corpus, "-o", tmp_path / "out")
    assert result.returncode == 0
    assert result.stderr.splitlines() == [f"compare: skipped {corpus / 'b.txt'}: empty file"]
    assert result.stdout.startswith("built 1 source(s), skipped 1; wrote ")


def test_unknown_option_is_a_usage_error(tmp_path):
    result = run_cli("build", "--frobnicate", cwd=tmp_path)
    assert result.returncode == 1 and "frobnicate" in result.stderr


def test_bad_files_are_reported_and_listed_and_the_rest_builds(tmp_path, corpus):
    (corpus / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.txt").write_bytes(bytes(range(256)) * 64)
    (corpus / "manifest.csv").write_text("file,outlet\ngood.txt,Post\nlost.txt,Gazette\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("build", corpus, "-o", out)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("compare: skipped")]
    assert len(lines) == 3
    assert any("empty.txt: empty file" in line for line in lines)
    assert any("image.txt: binary file" in line for line in lines)
    assert any("lost.txt: named in the manifest but not found" in line for line in lines)
    skipped = {s["path"]: s["reason"] for s in load_json(out / "comparison.json")["skipped"]}
    assert set(skipped) == {"empty.txt", "image.txt", "lost.txt"}


def test_no_readable_article_exits_2(tmp_path, corpus):
    (corpus / "empty.txt").write_bytes(b"")
    result = run_cli("build", corpus, "-o", tmp_path / "out")
    assert result.returncode == 2
    assert "no article could be read" in result.stderr
    assert not (tmp_path / "out" / "comparison.json").exists()


def test_empty_folder_exits_2(tmp_path, corpus):
    result = run_cli("build", corpus, "-o", tmp_path / "out")
    assert result.returncode == 2 and "no article" in result.stderr


def _without_root_override() -> list[str]:
    """Root reads any file; setpriv drops that privilege so the permission bits count again."""
    if os.getuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot make a file unreadable")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search"]


def test_unreadable_file_is_skipped(tmp_path, corpus):
    (corpus / "good.txt").write_text(ARTICLE, encoding="utf-8")
    secret = corpus / "secret.txt"
    secret.write_text(ARTICLE, encoding="utf-8")
    secret.chmod(0)
    out = tmp_path / "out"
    command = _without_root_override() + [sys.executable, "-m", "compare", "build", str(corpus), "-o", str(out)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "secret.txt: permission denied" in result.stderr
    assert [s["id"] for s in load_json(out / "comparison.json")["sources"]] == ["good"]


def test_a_failed_build_keeps_the_previous_output(tmp_path, corpus):
    (corpus / "good.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    assert run_cli("build", corpus, "-o", out).returncode == 0
    before = (out / "comparison.json").read_text(encoding="utf-8")
    (corpus / "good.txt").write_bytes(b"")
    assert run_cli("build", corpus, "-o", out).returncode == 2
    assert (out / "comparison.json").read_text(encoding="utf-8") == before


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0 and "compare" in result.stdout


def test_example_corpus_is_the_seed_articles_unchanged():
    seeds = EXAMPLE.parent.parent.parent / "shared" / "seeds"
    for seed in seeds.glob("*.txt"):
        assert (EXAMPLE / seed.name).read_bytes() == seed.read_bytes()


def test_report_keeps_what_changed_since_the_last_build(tmp_path, corpus):
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    assert run_cli("build", corpus, "-o", out).returncode == 0
    (corpus / "b.txt").write_text(ARTICLE.replace("Hospital waiting list falls", "Waiting list down"), encoding="utf-8")
    assert run_cli("build", corpus, "-o", out).returncode == 0
    again = tmp_path / "again"
    result = run_cli("report", out / "comparison.json", "-o", again)
    assert result.returncode == 0, result.stderr
    page = (again / "report.html").read_text(encoding="utf-8")
    assert "Since the last build" in page and "Sources added" in page


def test_nothing_outside_the_corpus_is_read_and_no_odd_file_stops_a_build(tmp_path, corpus):
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret diary\n\nThe password is hunter2 and nobody may read it.", encoding="utf-8")
    (corpus / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "copy.txt").symlink_to(corpus / "good.txt")        # a link inside the corpus is read
    (corpus / "passwd.txt").symlink_to(secret)                    # a link out of it is not
    (corpus / "zero.txt").symlink_to("/dev/zero")                  # nor a device
    (corpus / "gone.txt").symlink_to(tmp_path / "missing.txt")     # nor a link to nothing
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")          # nor a link to itself
    os.mkfifo(corpus / "pipe.txt")                                 # nor a pipe, which would hang a read
    (corpus / "manifest.csv").write_text("file,outlet\n../secret.txt,Leak\ngood.txt,Post\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("build", corpus, "-o", out)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    for name in ("passwd.txt", "zero.txt", "gone.txt", "loop.txt", "pipe.txt", "manifest.csv"):
        assert name in result.stderr, name
    comparison = load_json(out / "comparison.json")
    assert sorted(s["id"] for s in comparison["sources"]) == ["copy", "good"]
    for name in ("comparison.json", "report.html", "claims.csv"):
        assert "hunter2" not in (out / name).read_text(encoding="utf-8")


def test_no_cell_of_the_csv_tables_is_a_formula(tmp_path, corpus):
    (corpus / "a.txt").write_text("=HYPERLINK(\"http://evil.example\",\"click\")\n\n@SUM(1+1) said "
                                  "\u201c=cmd|' /C calc'!A0 is what we want for 300 children,\u201d Ann Moss said.",
                                  encoding="utf-8")
    (corpus / "manifest.csv").write_text("file,outlet\na.txt,+Evil Outlet\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run_cli("build", corpus, "-o", out).returncode == 0
    import csv
    for name in ("claims.csv", "alignments.csv", "discrepancies.csv"):
        with (out / name).open(encoding="utf-8") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (name, cell)
    claims = (out / "claims.csv").read_text(encoding="utf-8")
    assert "'=cmd" in claims or "'=HYPERLINK" in claims


def test_the_parquet_tables_carry_the_text_as_the_sources_wrote_it(tmp_path, corpus):
    """Programs read the same rows as the CSV, typed, without the apostrophe that keeps a spreadsheet safe."""
    import pandas as pd
    (corpus / "a.txt").write_text("Council cuts 300 jobs\n\n=SUM(A1) said \u201c=cmd is what we want for 300 "
                                  "children,\u201d Ann Moss said on Monday.", encoding="utf-8")
    (corpus / "manifest.csv").write_text("file,outlet\na.txt,+Evil Outlet\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run_cli("build", corpus, "-o", out).returncode == 0
    claims = pd.read_parquet(out / "claims.parquet")
    spreadsheet = pd.read_csv(out / "claims.csv", dtype=str, keep_default_na=False)
    assert list(claims.columns) == list(spreadsheet.columns) and len(claims) == len(spreadsheet)
    [quote] = claims[claims.kind == "quote"].itertuples()
    assert quote.text.startswith("=cmd is what we want") and quote.speaker == "Ann Moss"
    assert "'" + quote.text in set(spreadsheet.text)
    figures = claims[claims.kind == "figure"]
    assert "300" in set(figures.value) and pd.api.types.is_integer_dtype(claims.start)


def test_claims_and_findings_are_queried_one_story_at_a_time(tmp_path, corpus):
    """The Parquet datasets partitioned by story: one story's rows are read without the others'."""
    import pandas as pd
    import pyarrow.dataset as ds

    write_one_story_and_one_alone(corpus)
    out = tmp_path / "out"
    assert run_cli("build", corpus, "-o", out).returncode == 0
    everything = pd.read_parquet(out / "claims.parquet")
    stories = sorted(p.name for p in (out / "by_event" / "claims").iterdir())
    assert len(stories) == 2 and all(name.startswith("event=") for name in stories)
    story = everything.event.iloc[0]
    one = ds.dataset(out / "by_event" / "claims", partitioning="hive").to_table(
        filter=ds.field("event") == story).to_pandas()
    assert sorted(one.id) == sorted(everything[everything.event == story].id) and len(one) < len(everything)
    findings = ds.dataset(out / "by_event" / "discrepancies", partitioning="hive").to_table().to_pandas()
    assert sorted(findings.id) == sorted(pd.read_parquet(out / "discrepancies.parquet").id)


def test_bad_values_in_the_manifest_and_settings_cost_one_line_each_and_the_build_goes_on(tmp_path, corpus):
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "b.txt").write_text(ARTICLE.replace("third month", "fourth month"), encoding="utf-8")
    (corpus / "manifest.csv").write_text("file,outlet,published\na.txt,Post,2014-02-30\nb.txt,Echo,0000-01-01\n",
                                         encoding="utf-8")
    (corpus / "compare.toml").write_text('max_source_bytes = "big"\nparse_timeout = "fast"\nextensions = [1, 2]\n',
                                         encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("build", corpus, "-o", out)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    for words in ("2014-02-30", "0000-01-01", "max_source_bytes", "parse_timeout", "extensions"):
        assert words in result.stderr, words
    sources = load_json(out / "comparison.json")["sources"]
    assert sorted((s["outlet"], s["published"]) for s in sources) == [("Echo", None), ("Post", None)]


def test_a_manifest_cell_too_long_to_read_is_one_line_not_a_crash(tmp_path, corpus):
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "manifest.csv").write_text("file,outlet\na.txt," + "x" * 200_000 + "\n", encoding="utf-8")
    result = run_cli("build", corpus, "-o", tmp_path / "out")
    assert result.returncode == 0 and "manifest" in result.stderr and "Traceback" not in result.stderr


def test_add_refuses_an_address_with_a_password_or_a_bad_port(tmp_path, corpus):
    for url in ("http://user:secret@127.0.0.1:1/page", "http://127.0.0.1:99999/page", "http://[::1/page"):
        result = run_cli("add", url, corpus, "-o", tmp_path / "out", "--allow-private")
        assert result.returncode != 0 and "Traceback" not in result.stderr, url
        assert "secret" not in result.stderr
    assert not (corpus / "manifest.csv").exists()


def test_a_file_name_that_is_not_utf8_is_skipped_by_name(tmp_path, corpus):
    (corpus / "good.txt").write_text(ARTICLE, encoding="utf-8")
    with open(os.path.join(os.fsencode(corpus), b"caf\xe9.txt"), "wb") as fh:
        fh.write(ARTICLE.encode("utf-8"))
    result = run_cli("build", corpus, "-o", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "not UTF-8" in result.stderr and "Traceback" not in result.stderr
    assert [s["id"] for s in load_json(tmp_path / "out" / "comparison.json")["sources"]] == ["good"]


def test_two_builds_under_different_hash_seeds_write_the_same_comparison(tmp_path):
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run([sys.executable, "-m", "compare", "build", str(EXAMPLE), "-o", str(out)], cwd=ROOT,
                                capture_output=True, text=True, env=env, timeout=300)
        assert result.returncode == 0, result.stderr
        outputs.append([line for line in (out / "comparison.json").read_text(encoding="utf-8").splitlines()
                        if '"generated_at"' not in line])
    assert outputs[0] == outputs[1]


def _one_line_of(count: int) -> str:
    """A pasted page that lost its line breaks: one line, no full stop, thousands of quotes,
    speakers, figures, parentheses and commas. Time quadratic in a sentence's length would take
    hours here; linear time takes seconds."""
    people = ["Dana Reyes", "the council", "Mr. Okafor", "the watchdog", "Ann Lee"]
    parts = [f'{people[i % 5]} (who said "we will open {i} beds", told reporters, she said "it is {i}%" '
             f'and the report, which found "fine" things, said \'ok\' according to {people[(i + 2) % 5]}'
             for i in range(count)]
    return "Hospital beds row\n\n" + "; ".join(parts) + ', "the last words of all," said Ann Lee\n'


def test_a_two_megabyte_article_on_one_line_is_read_in_bounded_time(tmp_path, corpus):
    (corpus / "one-line.txt").write_text(_one_line_of(12_500), encoding="utf-8")
    assert (corpus / "one-line.txt").stat().st_size > 2_000_000
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run_cli("build", corpus, "-o", tmp_path / "out")  # the subprocess is bounded by run_cli's timeout
    assert result.returncode == 0, result.stderr
    comparison = load_json(tmp_path / "out" / "comparison.json")
    assert {s["path"] for s in comparison["sources"]} == {"one-line.txt", "a.txt"}
    big = next(s["id"] for s in comparison["sources"] if s["path"] == "one-line.txt")
    quotes = [c for c in comparison["claims"] if c["source"] == big and c["kind"] == "quote"]
    assert len(quotes) > 40_000
    last = max(quotes, key=lambda c: c["start"])
    assert last["text"] == "the last words of all" and last["speaker"] == "Ann Lee"


def test_an_article_that_takes_too_long_to_read_is_skipped_with_the_reason(tmp_path, corpus):
    (corpus / "one-line.txt").write_text(_one_line_of(12_500), encoding="utf-8")
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "compare.toml").write_text("claims_timeout = 0.1\n", encoding="utf-8")
    result = run_cli("build", corpus, "-o", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "one-line.txt: took longer than 0.1 s to find its claims" in result.stderr
    comparison = load_json(tmp_path / "out" / "comparison.json")
    assert [s["path"] for s in comparison["sources"]] == ["a.txt"]
    assert comparison["skipped"] == [{"path": "one-line.txt", "reason": "took longer than 0.1 s to find its claims"}]
