"""Shared helpers: the example corpus, the answer key, and the CLI as a subprocess."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "sources" / "rotherham-ofsted"
SCHEMA = SHARED / "eval" / "comparison.schema.json"
SCORER = SHARED / "eval" / "score.py"
GOLD = SHARED / "gold" / "rotherham.yaml"


def run_cli(*args: str, cwd: Path | None = None, **kwargs) -> subprocess.CompletedProcess:
    """Run `compare` exactly as a user would, as a separate process."""
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "compare", *map(str, args)], cwd=cwd or ROOT,
                          capture_output=True, text=True, env=env, timeout=300, **kwargs)


def load_json(path: Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def example_build(tmp_path_factory) -> Path:
    """The example corpus built once through the CLI; tests read its outputs."""
    out = tmp_path_factory.mktemp("example-build")
    result = run_cli("build", EXAMPLE, "-o", out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    return folder


ARTICLE = (
    "Hospital waiting list falls for third month\n\n"
    "The number of patients waiting for treatment at St Mary's hospital fell to 4,120 in March, "
    "the trust said on Tuesday.\n\n"
    "Chief executive Dana Reyes said: \u201cStaff have worked incredibly hard this winter.\u201d\n"
)


def write_one_story_and_one_alone(corpus: Path) -> Path:
    """Two outlets' reports of one story, whose figure differs, and an article on another story."""
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "b.txt").write_text(ARTICLE.replace("4,120", "4,210"), encoding="utf-8")
    (corpus / "c.txt").write_text("Library to open on Saturdays\n\nThe town's library will open on Saturdays from "
                                  "next month, the council said in a statement on Friday.\n", encoding="utf-8")
    return corpus


def claims_in(body: str, kind: str | None = None, published: str | None = None, headline: str = "Headline"):
    """Claims extracted from a one-off article, as a user of the library would get them."""
    from compare.config import Config
    from compare.extract import extract_claims
    from compare.model import Source

    text = f"{headline}\n\n{body}"
    source = Source(id="s", path="s.txt", format="text", headline=headline, text=text,
                    body_start=len(headline) + 2, published=published)
    claims = extract_claims(source, Config())
    for claim in claims:
        assert text[claim.start:claim.end] == claim.text
    return [c for c in claims if kind is None or c.kind == kind]


def write_corpus(folder, articles) -> Path:
    """A corpus folder of small articles: `articles` is a list of (outlet, published or None, text),
    the first line of text being the headline."""
    import csv

    corpus = folder / "corpus"
    corpus.mkdir(exist_ok=True)
    with (corpus / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "outlet", "published"])
        for n, (outlet, published, text) in enumerate(articles):
            (corpus / f"{n}.txt").write_text(text, encoding="utf-8")
            writer.writerow([f"{n}.txt", outlet, published or ""])
    return corpus


def compare_articles(folder, articles):
    """Compare small articles through the library's core, as a notebook would: no reports are written."""
    from compare.config import Config
    from compare.core import compare
    from compare.ingest import ingest_corpus

    return compare(ingest_corpus(write_corpus(folder, articles), Config()))


def build_articles(folder, articles):
    """Build small articles into folder/out with every report, as `compare build` does."""
    from compare import build

    return build(write_corpus(folder, articles), folder / "out").comparison


def write_allsides(folder: Path, count: int) -> Path:
    """The first `count` articles of ../shared/corpora/allsides as a corpus folder with its manifest
    (outlet, address, date, byline): real coverage, several outlets to a story."""
    import csv
    import gzip

    folder.mkdir(parents=True, exist_ok=True)
    with gzip.open(SHARED / "corpora" / "allsides" / "articles.jsonl.gz", "rt", encoding="utf-8") as fh, \
            (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as manifest:
        writer = csv.writer(manifest)
        writer.writerow(["file", "outlet", "url", "published", "byline"])
        for n, line in zip(range(count), fh):
            row = json.loads(line)
            (folder / f"a{n:04d}.txt").write_text(f"{row['title']}\n\n{row['text']}", encoding="utf-8")
            writer.writerow([f"a{n:04d}.txt", row["outlet"], row["url"], row["published"], row["authors"]])
    return folder


@pytest.fixture(scope="session")
def allsides_build(tmp_path_factory) -> Path:
    """300 real articles built once through the CLI: a corpus large enough for the index and story pages."""
    root = tmp_path_factory.mktemp("allsides-300")
    corpus = write_allsides(root / "corpus", 300)
    result = run_cli("build", corpus, "-o", root / "out")
    assert result.returncode == 0, result.stderr
    return root / "out"
