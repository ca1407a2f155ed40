"""Whole-process benchmarks, run on demand (`make benchmarks`); results go in docs/benchmarks.md.

Each case runs a command several times after a warm-up and prints the median
wall time and the largest peak memory of a child process. Speed is never
asserted in the test suite: these machines are noisy, so compare ratios
measured in one run.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def timed(command: list[str], runs: int) -> tuple[float, float]:
    """(median wall seconds, peak MiB of the children) over `runs` runs after one warm-up."""
    subprocess.run(command, check=True, capture_output=True)
    walls = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        walls.append(time.perf_counter() - start)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return statistics.median(walls), peak_kib / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=5)
    args = parser.parse_args()
    out = Path(tempfile.mkdtemp(prefix="compare-bench-"))
    cases = {
        "interpreter start": [PYTHON, "-c", "pass"],
        "import the CLI": [PYTHON, "-c", "import compare.cli, compare.build, rich.progress"],
        "compare build, example corpus": [PYTHON, "-m", "compare", "build",
                                          str(ROOT / "sources" / "rotherham-ofsted"), "-o", str(out)],
    }
    for name, command in cases.items():
        wall, peak = timed(command, args.runs)
        print(f"{name:<36} median {wall:7.3f} s   peak {peak:6.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
