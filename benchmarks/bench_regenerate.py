"""Regeneration cost: a 500-article corpus built in full, after adding one article, and unchanged.

    python benchmarks/bench_regenerate.py [-n RUNS] [--articles N]

Articles from ../shared/corpora/allsides are written to a temporary corpus
folder (with a manifest of outlet and date); each build is the real command,
`python -m compare build` or `compare add`, timed as a whole process; each
figure is a median.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import shutil
import statistics
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


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def build_command(corpus: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "compare", "build", str(corpus), "-o", str(out)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=5)
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="compare-regenerate-"))
    corpus, out, saved = tmp / "corpus", tmp / "out", tmp / "saved"
    corpus.mkdir()
    rows = write_corpus(corpus, args.articles)
    extra = rows[-1]
    (tmp / "new.txt").write_text(f"{extra['title']}\n\n{extra['text']}", encoding="utf-8")

    full = []
    for _ in range(max(1, args.runs // 2)):
        shutil.rmtree(out, ignore_errors=True)
        full.append(timed(build_command(corpus, out)))
    unchanged = [timed(build_command(corpus, out)) for _ in range(args.runs)]
    # Each addition starts from the same built corpus: files and cache copied with their times.
    shutil.copytree(corpus, saved / "corpus", copy_function=shutil.copy2)
    shutil.copytree(out, saved / "out", copy_function=shutil.copy2)
    added = []
    for _ in range(args.runs):
        for name in ("corpus", "out"):
            shutil.rmtree(tmp / name)
            shutil.copytree(saved / name, tmp / name, copy_function=shutil.copy2)
        added.append(timed([sys.executable, "-m", "compare", "add", str(tmp / "new.txt"), str(corpus),
                            "-o", str(out)]))
    full_s = statistics.median(full)
    print(f"full build of {args.articles} articles: {full_s:.2f} s (median of {len(full)})")
    for label, times in (("no change", unchanged), ("one article added (compare add)", added)):
        median = statistics.median(times)
        print(f"{label}: {median:.2f} s, {median / full_s:.1%} of the full build "
              f"(median of {len(times)}, {min(times):.2f}-{max(times):.2f} s)")
    shutil.rmtree(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
