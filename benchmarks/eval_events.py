"""Event grouping against human groupings: pairwise F1 on newswcl50 and allsides-roundups.

    python benchmarks/eval_events.py [newswcl50|roundups ...]

Each corpus is written to a temporary corpus folder with a manifest (outlet,
and a date where the data has one) and read through the real ingestion and
extraction stages, as `compare build` would.
"""
from __future__ import annotations

import csv
import json
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

from compare.config import Config
from compare.events import group_events
from compare.extract import extract_claims
from compare.ingest import ingest_corpus

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def newswcl50(folder: Path) -> dict[str, str]:
    truth, rows = {}, []
    with (SHARED / "newswcl50" / "manifest.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = Path(row["file"]).name
            (folder / name).write_bytes((SHARED / "newswcl50" / row["file"]).read_bytes())
            rows.append((name, row["outlet"], row["url_date"]))
            truth[Path(name).stem] = row["event"]
    write_manifest(folder, rows)
    return truth


def roundups(folder: Path) -> dict[str, str]:
    truth, rows = {}, []
    with (SHARED / "allsides-roundups" / "roundups.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            story = json.loads(line)
            for slot, item in (story.get("news") or {}).items():
                if not item or not item.get("newsTitle"):
                    continue
                name = f"{story['id']}-{slot}.txt"
                body = "\n\n".join(item.get("newBody") or [])
                (folder / name).write_text(f"{item['newsTitle']}\n\n{body}\n", encoding="utf-8")
                rows.append((name, item.get("newsSource", ""), story["date"][:10]))
                truth[Path(name).stem] = str(story["id"])
    write_manifest(folder, rows)
    return truth


def write_manifest(folder: Path, rows) -> None:
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "outlet", "published"])
        writer.writerows(rows)


def pairwise_f1(truth: dict[str, str], predicted: dict[str, str]) -> tuple[float, int, int, int]:
    tp = fp = fn = 0
    for a, b in combinations(sorted(truth), 2):
        same_truth = truth[a] == truth[b]
        same_pred = predicted.get(a) is not None and predicted.get(a) == predicted.get(b)
        tp += same_truth and same_pred
        fp += same_pred and not same_truth
        fn += same_truth and not same_pred
    return (2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0), tp, fp, fn


def main(names: list[str]) -> int:
    config = Config()
    for name in names or ["newswcl50", "roundups"]:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            truth = {"newswcl50": newswcl50, "roundups": roundups}[name](folder)
            corpus = ingest_corpus(folder, config)
            claims = [c for s in corpus.sources for c in extract_claims(s, config)]
            start = time.perf_counter()
            events = group_events(corpus.sources, claims)
            seconds = time.perf_counter() - start
            predicted = {source_id: event.id for event in events for source_id in event.sources}
            f1, tp, fp, fn = pairwise_f1(truth, predicted)
            print(f"{name}: {len(corpus.sources)} sources ({len(corpus.skipped)} skipped), "
                  f"{len(set(truth.values()))} true events, {len(events)} found; "
                  f"pairwise F1 {f1:.3f} (tp {tp}, fp {fp}, fn {fn}); grouping {seconds:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
