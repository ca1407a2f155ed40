"""Sizes and load times of report.html and its story pages, at 300 and 3,000 allsides articles.

    python benchmarks/bench_report_pages.py [--sizes 300 3000]

Each size is written as a corpus folder with its manifest and built with `compare build` (a
separate process, as a user runs it). Then headless Chromium (Debian's, through Playwright) opens
the index page and story pages from file://, and the time to the `load` event is taken: the index
five times, and the ten largest story pages plus ten others once each. Printed: sizes, the median
and largest load times.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import write_allsides  # noqa: E402  (the same corpus folder the tests build)

CHROMIUM = "/usr/bin/chromium"


def load_seconds(page, path: Path) -> float:
    start = time.perf_counter()
    page.goto(path.as_uri(), wait_until="load")
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[300, 3000])
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    root = Path(tempfile.mkdtemp(prefix="compare-pages-"))
    for size in args.sizes:
        corpus = write_allsides(root / f"c{size}", size)
        out = root / f"out{size}"
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "compare", "build", str(corpus), "-o", str(out)], check=True,
                       capture_output=True, cwd=ROOT)
        build_seconds = time.perf_counter() - start
        index = out / "report.html"
        stories = sorted((out / "stories").glob("*.html"), key=lambda p: -p.stat().st_size)
        sample = stories[:10] + stories[10::max(1, len(stories) // 10)][:10]
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            load_seconds(page, index)  # warm-up
            index_times = [load_seconds(page, index) for _ in range(5)]
            story_times = [load_seconds(page, story) for story in sample]
            browser.close()
        sizes = [s.stat().st_size for s in stories]
        print(f"{size} articles: build {build_seconds:.0f} s; index {index.stat().st_size / 1e6:.2f} MB, "
              f"loads in {statistics.median(index_times):.2f} s (max {max(index_times):.2f}); "
              f"{len(stories)} story pages, {sum(sizes) / 1e6:.1f} MB in all, median {statistics.median(sizes) / 1e3:.0f} kB, "
              f"largest {max(sizes) / 1e3:.0f} kB; story pages load in {statistics.median(story_times):.2f} s "
              f"(max {max(story_times):.2f}, the largest pages included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
