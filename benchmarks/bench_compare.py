"""Cost of the comparison core after extraction (events, then alignment and findings per event) on real
articles, single process.

    python benchmarks/bench_compare.py [--sizes 1000 2000]

Articles come from ../shared/corpora/allsides with their outlet and date;
ingestion and extraction run first and are not timed. Prints each stage's
seconds, the growth factor when the articles double, and the peak memory.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time

from bench_extract import load_sources
from compare.config import Config
from compare.core import compare, source_parts
from compare.model import Corpus


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000])
    args = parser.parse_args()
    config = Config()
    previous = previous_size = None
    for size in args.sizes:
        sources = load_sources(size)
        parts = {s.id: source_parts(s, config) for s in sources}
        stages: list[tuple[str, float]] = []
        start = time.perf_counter()
        comparison = compare(Corpus("allsides", "", sources), config, parts,
                             on_stage=lambda name: stages.append((name, time.perf_counter())))
        done = time.perf_counter()
        total = done - start
        (_, grouping), (_, per_event) = stages
        growth = f", x{total / previous:.2f} for x{size / previous_size:.0f} articles" if previous else ""
        print(f"{size} articles, {len(comparison.claims)} claims: events {per_event - grouping:.2f} s, "
              f"alignment and findings {done - per_event:.2f} s, total {total:.2f} s{growth}; "
              f"{len(comparison.events)} events, {len(comparison.alignments)} alignments, "
              f"{len(comparison.discrepancies)} findings")
        previous, previous_size = total, size
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
