"""Ingestion of a corpus folder: formats, metadata by trust, and every kind of bad input."""
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare.config import Config
from compare.errors import SourceError
from compare.ingest import ingest_corpus, source_from_bytes
from compare.model import ManifestEntry
from tests.conftest import ARTICLE


PAGE = """<!doctype html>
<html><head>
<title>Jury finds builder guilty of fraud | Northern Echo</title>
<meta property="og:title" content="Jury finds builder guilty of fraud">
<meta property="og:site_name" content="Northern Echo">
<meta name="author" content="Tom Hale">
<meta property="article:published_time" content="2022-06-14T09:30:00+01:00">
<script>alert('x')</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Jury finds builder guilty of fraud</h1>
<p>A builder who took deposits of more than &pound;80,000 from 23 customers and never started work
has been found guilty of fraud at Teesside Crown Court.</p>
<p>The jury took less than three hours to convict Mark Dale, 52, of six counts of fraud by false
representation after a two-week trial.</p>
<p>Judge Helen Ross said he would be sentenced next month and warned him to expect a custodial sentence.</p>
<p>Detective Constable Amy Price said: &ldquo;Mr Dale preyed on people who trusted him with their savings.&rdquo;</p>
</article>
<footer>Copyright Newsquest. All rights reserved. Cookie settings</footer>
</body></html>
"""

MARKDOWN = """---
title: Parish council backs wind turbine plan
author: Lucy Grant
date: 2023-09-01
---

# Ignored heading when front matter names the title

The parish council voted 7 to 2 on Thursday to back plans for a single wind turbine near the village.

- Height: 80 metres
- Output: enough for 1,500 homes

<script>alert(1)</script>

Councillor Joe Bell said the vote was "a good day for the village".
"""


def ingest(folder: Path, **settings):
    return ingest_corpus(folder, Config(**settings))


def test_text_html_and_markdown_sources(corpus):
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "b.html").write_text(PAGE, encoding="utf-8")
    (corpus / "c.md").write_text(MARKDOWN, encoding="utf-8")
    result = ingest(corpus)
    assert result.skipped == []
    by_id = {s.id: s for s in result.sources}
    html = by_id["b"]
    assert html.headline == "Jury finds builder guilty of fraud"
    assert (html.outlet, html.byline, html.published, html.published_from) == (
        "Northern Echo", "Tom Hale", "2022-06-14", "page")
    assert "Teesside Crown Court" in html.text and "alert" not in html.text and "Sport" not in html.text
    md = by_id["c"]
    assert md.headline == "Parish council backs wind turbine plan"
    assert "• Output: enough for 1,500 homes" in md.text and "<script>" not in md.text
    assert (md.published, md.byline) == ("2023-09-01", "Lucy Grant")


def test_manifest_wins_over_the_page(corpus):
    (corpus / "b.html").write_text(PAGE, encoding="utf-8")
    (corpus / "manifest.csv").write_text("file,outlet,published\nb.html,The Echo,2022-06-15\n", encoding="utf-8")
    source = ingest(corpus).sources[0]
    assert (source.outlet, source.published, source.published_from) == ("The Echo", "2022-06-15", "manifest")


def test_text_layout_and_offsets(corpus):
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    source = ingest(corpus).sources[0]
    assert source.text.startswith(source.headline + "\n\n")
    assert source.body.startswith("The number of patients")
    assert source.published is None  # no date anywhere: never today's date


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n \n", "no text"),
    ("binary.txt", bytes(range(256)) * 100, "binary file"),
    ("broken.html", b"<html><<<div><p class=>\x3c/ta", "no article text"),
    ("notes.pdf", b"%PDF-1.4", "not an article format"),
    ("furniture.txt", b"Subscribe\nSign in\nShare\n", "no article text left"),
])
def test_bad_files_are_skipped_with_a_reason_and_the_rest_builds(corpus, name, content, reason):
    (corpus / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / name).write_bytes(content)
    result = ingest(corpus)
    assert [s.id for s in result.sources] == ["good"]
    assert len(result.skipped) == 1 and result.skipped[0].path == name
    assert reason in result.skipped[0].reason


def test_a_file_over_the_size_limit_is_skipped_without_being_read(corpus):
    (corpus / "good.txt").write_text(ARTICLE, encoding="utf-8")
    with (corpus / "huge.txt").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    result = ingest(corpus)
    assert result.skipped[0].path == "huge.txt" and "too large" in result.skipped[0].reason


def test_a_manifest_row_naming_a_missing_file(corpus):
    (corpus / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "manifest.csv").write_text("file,outlet\ngood.txt,Post\ngone.txt,Gazette\n", encoding="utf-8")
    result = ingest(corpus)
    assert [(s.path, s.reason) for s in result.skipped] == [("gone.txt", "named in the manifest but not found")]
    assert result.sources[0].outlet == "Post"


def test_html_parse_timeout_skips_the_page(corpus):
    (corpus / "slow.html").write_text(PAGE, encoding="utf-8")
    result = ingest(corpus, parse_timeout=1e-6)
    assert result.skipped and "longer than" in result.skipped[0].reason


def test_deeply_nested_html_is_bounded(corpus):
    (corpus / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "nested.html").write_text("<div>" * 100_000 + "text" + "</div>" * 100_000, encoding="utf-8")
    result = ingest(corpus)
    assert [s.id for s in result.sources] == ["good"]
    assert result.skipped[0].path == "nested.html"


# Property: whatever a file holds, reading it gives an article or one reason, in every format.


PAGE_PIECES = st.sampled_from(["<p>", "</p>", "<html>", "<script>", "<!--", "-->", "<title>", "# ", "\n\n", "> ",
                               "By Ann Lee", "Published 19 Nov 2014", "\u202e", "\0", "&amp;", "&#0;", "<![CDATA[",
                               "The council said on Monday that 300 jobs would go. ", "\u201cWe will\u201d"])
FILE = st.lists(st.one_of(PAGE_PIECES, st.text(max_size=8)), max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FILE, st.sampled_from(["a.txt", "a.html", "a.md"]))
def test_any_file_is_an_article_or_one_reason(text, name):
    try:
        source = source_from_bytes(text.encode("utf-8", "surrogatepass"), name, "a", ManifestEntry(name), Config())
    except SourceError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert source.text.strip() and source.headline
