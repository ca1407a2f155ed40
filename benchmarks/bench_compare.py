"""Cost of the comparison stages (events, alignment, discrepancies) on real articles, single process.

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
from compare.align import align_claims
from compare.config import Config
from compare.discrepancies import find_discrepancies
from compare.events import group_events
from compare.extract import extract_claims


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000])
    args = parser.parse_args()
    config = Config()
    previous = previous_size = None
    for size in args.sizes:
        sources = load_sources(size)
        claims = [c for s in sources for c in extract_claims(s, config)]
        start = time.perf_counter()
        events = group_events(sources, claims)
        grouped = time.perf_counter()
        alignments = align_claims(claims, sources)
        aligned = time.perf_counter()
        discrepancies = find_discrepancies(sources, events, claims, alignments)
        done = time.perf_counter()
        total = done - start
        growth = f", x{total / previous:.2f} for x{size / previous_size:.0f} articles" if previous else ""
        print(f"{size} articles, {len(claims)} claims: events {grouped - start:.2f} s, alignment "
              f"{aligned - grouped:.2f} s, discrepancies {done - aligned:.2f} s, total {total:.2f} s{growth}; "
              f"{len(events)} events, {len(alignments)} alignments, {len(discrepancies)} discrepancies")
        previous, previous_size = total, size
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
