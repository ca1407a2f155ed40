"""Rendering cost of report.html (with its story pages) and brief.pdf: the example corpus and 1,000
allsides articles.

    python benchmarks/bench_reports.py

The comparison is computed first (untimed); then each renderer runs three
times and the median is printed, with the HTML pages' sizes and the PDF's pages.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_extract import load_sources
from compare.config import Config
from compare.core import compare
from compare.ingest import ingest_corpus
from compare.model import Comparison, Corpus
from compare.report import html
from compare.report.pdf import render_pdf

EXAMPLE = Path(__file__).resolve().parents[1] / "sources" / "rotherham-ofsted"


def comparison_of(corpus: Corpus) -> Comparison:
    return compare(corpus, Config())


def median_seconds(function, runs: int = 3):
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> int:
    cases = {"example corpus": ingest_corpus(EXAMPLE, Config()),
             "1,000 allsides articles": Corpus("allsides", "", sources=load_sources(1000))}
    for name, corpus in cases.items():
        comparison = comparison_of(corpus)
        with tempfile.TemporaryDirectory() as out:
            html_seconds, index = median_seconds(lambda: html.render(comparison, Path(out)))
            pages = [index, *sorted(Path(out).glob(f"{html.STORY_FOLDER}/*.html"))]
            index_size, all_size = index.stat().st_size, sum(p.stat().st_size for p in pages)
        pdf_seconds, pdf = median_seconds(lambda: render_pdf(comparison))
        with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:
            fh.write(pdf)
            fh.flush()
            info = subprocess.run(["pdfinfo", fh.name], capture_output=True, text=True).stdout
        pdf_pages = next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")
        print(f"{name}: {len(corpus.sources)} sources, {len(comparison.discrepancies)} discrepancies; "
              f"HTML {html_seconds:.2f} s ({len(pages)} pages, {all_size / 1e6:.1f} MB; report.html "
              f"{index_size / 1e6:.2f} MB); PDF {pdf_seconds:.2f} s ({pdf_pages} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
