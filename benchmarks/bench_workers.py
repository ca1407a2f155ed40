"""Whole builds of 3,000 and 6,000 allsides articles with one worker process and with two.

    python benchmarks/bench_workers.py [--sizes 3000 6000] [--workers 1 2]

Each size is written as a corpus folder with its manifest; each build starts from an empty output
folder (no cache) in a fresh process. Printed per build: wall time, the peak memory of the main
process (workers apart) and of the largest worker, and the sizes of comparison.json and the cache.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import write_allsides  # noqa: E402  (the same corpus folder the tests build)

# The build in a process that reports its own peak memory, and its children's, when it ends.
MEASURED = """
import json, resource, sys
from compare.cli import cli
try:
    cli.main(sys.argv[1:], standalone_mode=False)
finally:
    print(json.dumps({"main": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                      "worker": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}), file=sys.stderr)
"""


def build(corpus: Path, out: Path, workers: int) -> dict:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", MEASURED, "build", str(corpus), "-o", str(out), "--workers",
                           str(workers)], capture_output=True, text=True, cwd=ROOT, check=True)
    seconds = time.perf_counter() - start
    peaks = json.loads(done.stderr.strip().splitlines()[-1])
    return {"seconds": seconds, "main_mb": peaks["main"] / 1024, "worker_mb": peaks["worker"] / 1024,
            "json_mb": (out / "comparison.json").stat().st_size / 1e6,
            "cache_mb": sum(p.stat().st_size for p in out.glob(".compare-cache*")) / 1e6}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[3000, 6000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="compare-workers-"))
    for size in args.sizes:
        corpus = write_allsides(root / f"c{size}", size)
        for workers in args.workers:
            r = build(corpus, root / f"out{size}-{workers}", workers)
            print(f"{size} articles, {workers} worker(s): {r['seconds']:.1f} s; peak memory main {r['main_mb']:.0f} MB, "
                  f"largest worker {r['worker_mb']:.0f} MB; comparison.json {r['json_mb']:.0f} MB, "
                  f"cache {r['cache_mb']:.0f} MB", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
