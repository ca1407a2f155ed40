"""Regeneration cost: a 500-article corpus built in full, after adding one article, and unchanged.

    python benchmarks/bench_regenerate.py

Articles from ../shared/corpora/allsides are written to a temporary corpus
folder (with a manifest of outlet and date); each build is the real command,
`python -m compare build`, timed as a whole process.
"""
from __future__ import annotations

import csv
import gzip
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "allsides" / "articles.jsonl.gz"


def write_corpus(folder: Path, count: int) -> list[dict]:
    rows = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            rows.append(json.loads(line))
            if len(rows) == count + 1:
                break
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "outlet", "published"])
        for n, row in enumerate(rows[:count]):
            (folder / f"{n:04d}.txt").write_text(f"{row['title']}\n\n{row['text']}", encoding="utf-8")
            writer.writerow([f"{n:04d}.txt", row["outlet"], row["published"]])
    return rows


def timed_build(corpus: Path, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "compare", "build", str(corpus), "-o", str(out)], check=True,
                   capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="compare-regenerate-"))
    corpus, out = tmp / "corpus", tmp / "out"
    corpus.mkdir()
    rows = write_corpus(corpus, 500)
    full = timed_build(corpus, out)
    unchanged = timed_build(corpus, out)
    extra = rows[-1]
    (tmp / "new.txt").write_text(f"{extra['title']}\n\n{extra['text']}", encoding="utf-8")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "compare", "add", str(tmp / "new.txt"), str(corpus), "-o", str(out)],
                   check=True, capture_output=True)
    added = time.perf_counter() - start
    print(f"full build of 500 articles: {full:.2f} s")
    print(f"no change: {unchanged:.2f} s ({unchanged / full:.1%} of the full build)")
    print(f"one article added (compare add): {added:.2f} s ({added / full:.1%} of the full build)")
    shutil.rmtree(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
