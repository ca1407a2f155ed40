"""A newsroom archive simulated: 100,000 articles built on a two-worker Dask LocalCluster.

    python benchmarks/bench_archive.py [--articles 100000] [--workers 2] [--keep DIR [--from-cache]]

The archive is made of the 6,002 real allsides articles recombined: each of its 1,427 stories
(topic-day groups of 3 to 8 outlets) is told again and again, each telling a year after the one
before (so no two tellings fall into one story), with the outlets renamed for the year and a
figure of each article changed a little in some articles, so findings arise as in real coverage.
Files are spread over folders of 1,000 and listed in a manifest (outlet, address, date).

The build runs `compare build --scheduler` in a process of its own against a LocalCluster of
`--workers` worker processes (one thread each), from an empty output folder. Printed: the time of
each stage and per 1,000 articles, the peak memory of the build process and of each worker, and
the sizes of the outputs.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALLSIDES = ROOT.parent / "shared" / "corpora" / "allsides" / "articles.jsonl.gz"
FIRST_FIGURE = re.compile(r"\b(\d{2,})\b(?![,.]\d)")

# The build in a process of its own that reports each stage's time and its own peak memory as JSON.
MEASURED = """
import json, resource, sys, time
from pathlib import Path
from compare.build import build
from compare.config import Config
if __name__ == "__main__":
    stages, start = [], time.perf_counter()
    def stage(name):
        stages.append((name, time.perf_counter() - start))
        rss = int(Path("/proc/self/status").read_text().split("VmRSS:")[1].split()[0]) // 1024
        print(f"  {stages[-1][1]:7.0f} s  {rss:6,} MB  {name}", file=sys.stderr, flush=True)
    result = build(Path(sys.argv[1]), Path(sys.argv[2]), Config(scheduler=sys.argv[3]), on_stage=stage)
    stages.append(("done", time.perf_counter() - start))
    print(json.dumps({"stages": stages, "sources": len(result.comparison.corpus.sources),
                      "events": len(result.comparison.events), "findings": len(result.comparison.discrepancies),
                      "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def write_archive(folder: Path, count: int) -> None:
    groups: dict[str, list[dict]] = defaultdict(list)
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            groups[row["group"]].append(row)
    stories = list(groups.values())
    folder.mkdir(parents=True)
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as manifest:
        writer = csv.writer(manifest)
        writer.writerow(["file", "outlet", "url", "published"])
        written, telling = 0, 0
        while written < count:
            story, year = stories[telling % len(stories)], telling // len(stories)
            for n, row in enumerate(story):
                if written == count:
                    break
                # the group's day where an article has none ('topic|YYYY-MM-DD'); a day of its own where
                # the group has none either
                known = row["published"] or row["group"].rsplit("|", 1)[-1]
                first = dt.date.fromisoformat(known) if known else dt.date(2016, 1, 1) + dt.timedelta(
                    days=telling % len(stories))
                day = first + dt.timedelta(days=366 * year)
                text = row["text"]
                if n % 3 == 2:  # one article in three gives its first figure a little differently
                    text = FIRST_FIGURE.sub(lambda m: str(int(m.group(1)) + 1 + year % 5), text, count=1)
                name = f"{written // 1000:03d}/a{written:06d}.txt"
                (folder / name).parent.mkdir(exist_ok=True)
                (folder / name).write_text(f"{row['title']}\n\n{text}", encoding="utf-8")
                outlet = row["outlet"] if year == 0 else f"{row['outlet']} ({year + 1})"
                writer.writerow([name, outlet, f"{row['url']}#telling-{year}", day.isoformat()])
                written += 1
            telling += 1


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="Build here and keep the archive and outputs.")
    parser.add_argument("--from-cache", action="store_true",
                        help="Keep the build cache of an earlier run in --keep: the articles are not extracted "
                             "again, and the rest of the build is measured.")
    args = parser.parse_args()
    from distributed import Client, LocalCluster

    root = args.keep or Path(tempfile.mkdtemp(prefix="compare-archive-"))
    corpus, out = root / "archive", root / "out"
    if not corpus.exists():
        start = time.perf_counter()
        write_archive(corpus, args.articles)
        print(f"wrote {args.articles:,} articles in {time.perf_counter() - start:.0f} s", flush=True)
    if args.from_cache and out.exists():
        for path in out.iterdir():
            if not path.name.startswith(".compare-cache"):
                shutil.rmtree(path) if path.is_dir() else path.unlink()
    else:
        shutil.rmtree(out, ignore_errors=True)
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      memory_limit=0, silence_logs=50) as cluster, Client(cluster) as client:
        print("  time    memory   stage (the build process, as it goes)", flush=True)
        done = subprocess.run([sys.executable, "-c", MEASURED, str(corpus), str(out), cluster.scheduler_address],
                              stdout=subprocess.PIPE, text=True, cwd=ROOT)
        if done.returncode != 0:
            return 1
        workers = client.run(lambda: __import__("resource").getrusage(0).ru_maxrss)
        scheduler = client.run_on_scheduler(lambda: __import__("resource").getrusage(0).ru_maxrss)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    stages, total = report["stages"], report["stages"][-1][1]
    print(f"{report['sources']:,} articles, {report['events']:,} stories, {report['findings']:,} findings, "
          f"{args.workers} Dask workers: {total:.0f} s, {total / report['sources'] * 1000:.1f} s per 1,000 articles")
    previous = 0.0
    names = ["reading and extracting"] + [name for name, _ in stages[:-1]]
    for name, (_, at) in zip(names, stages):
        print(f"  {name}: {at - previous:.1f} s")
        previous = at
    print(f"peak memory: build process {report['peak_kb'] / 1024:.0f} MB; workers "
          + ", ".join(f"{kb / 1024:.0f} MB" for kb in workers.values())
          + f"; this process, the cluster's scheduler, {scheduler / 1024:.0f} MB")
    print("outputs: " + ", ".join(f"{name} {size_mb(out / name):,.0f} MB" for name in
                                  ("comparison.json", "claims.parquet", "by_event", "stories", "report.html",
                                   ".compare-cache.sqlite")))
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
