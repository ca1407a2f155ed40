"""Throughput of the extraction stage on real articles (allsides corpus), single process.

    python benchmarks/bench_extract.py [--sizes 100 1000]

Articles are read from ../shared/corpora/allsides and turned into sources in
memory, so only `extract_claims` is timed. Prints articles/s and claims/s per
size: extraction should grow linearly with the number of articles.
"""
from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from pathlib import Path

from compare.config import Config
from compare.extract import extract_claims
from compare.model import Source

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "allsides" / "articles.jsonl.gz"


def load_sources(count: int) -> list[Source]:
    sources = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            headline = row["title"] or ""
            text = headline + "\n\n" + "\n\n".join(p for p in row["text"].split("\n") if p.strip())
            sources.append(Source(id=row["id"], path=row["id"], format="text", headline=headline, text=text,
                                  body_start=len(headline) + 2, published=row.get("published")))
            if len(sources) == count:
                break
    return sources


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    config = Config()
    for size in args.sizes:
        sources = load_sources(size)
        times, claims = [], 0
        for _ in range(args.runs):
            start = time.perf_counter()
            claims = sum(len(extract_claims(s, config)) for s in sources)
            times.append(time.perf_counter() - start)
        wall = statistics.median(times)
        print(f"{len(sources):>5} articles: {wall:6.2f} s, {len(sources) / wall:6.1f} articles/s, "
              f"{claims / wall:8.0f} claims/s ({claims} claims)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
