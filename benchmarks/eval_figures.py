"""Figure extraction against NewsQuant (the CQE paper's test set of news sentences): value P/R/F1.

    python benchmarks/eval_figures.py path/to/NewsQuant.json

The data set is public (github.com/satya77/CQE_Evaluation, data/formatted_test_set) and is not
shipped here. Matching follows the paper's value score: within one sentence, a predicted value
matches a gold value when they are equal to a relative 1e-5; a gold range "lo-hi" matches only
a predicted range. NewsQuant's notation is read from ours: a change 'from X to Y' (a figure that
remembers where it moved from) is its range X-Y, and a sum written in cents or pence, which we
keep in dollars or pounds, is compared in the unit it was written in. Here every prediction is used at most once (the paper's loop is looser),
so these figures are, if anything, a little lower than the paper's method would give.
"""
from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path

from compare.config import Config
from compare.extract import extract_claims
from compare.model import Source
from compare.rules.numbers import CURRENCIES

CURRENCY_CODES = set(CURRENCIES.values())
MINOR_UNIT = re.compile(r"\d\s?(?:p|pence|cents?)\b", re.IGNORECASE)


def gold_value(text: str):
    text = text.strip()
    if "E" not in text and not text.startswith("-") and "-" in text:
        low, high = text.split("-", 1)
        return (float(low), float(high))
    return float(text)


def same(a, b) -> bool:
    if isinstance(a, tuple) != isinstance(b, tuple):
        return False
    if isinstance(a, tuple):
        return all(math.isclose(x, y, rel_tol=1e-5, abs_tol=1e-8) for x, y in zip(a, b))
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-8)


def predicted_values(sentence: str, config: Config) -> list:
    source = Source(id="s", path="s", format="text", headline=sentence, text=sentence, body_start=0)
    values = []
    for claim in extract_claims(source, config):
        if claim.kind == "figure":
            value = claim.value
            if claim.extra.get("moved_from") is not None:  # NewsQuant writes 'from X to Y' as the range X-Y
                value = [claim.extra["moved_from"], value]
            if claim.unit in CURRENCY_CODES and MINOR_UNIT.search(claim.text):
                value = [v * 100 for v in value] if isinstance(value, list) else value * 100  # '19 cents' is 19
            values.append(tuple(map(float, value)) if isinstance(value, list) else float(value))
    return values


def main(path: str) -> int:
    config = Config()
    items = json.loads(Path(path).read_text(encoding="utf-8"))
    hits = predictions = gold_total = 0
    for item in items:
        gold = [gold_value(q["value"]) for q in item["quantities"]]
        predicted = predicted_values(item["text"], config)
        predictions += len(predicted)
        gold_total += len(gold)
        for g in gold:
            match = next((p for p in predicted if same(g, p)), None)
            if match is not None:
                hits += 1
                predicted.remove(match)
    precision, recall = hits / predictions, hits / gold_total
    f1 = 2 * precision * recall / (precision + recall)
    print(f"{len(items)} sentences, {gold_total} gold values, {predictions} predicted, {hits} matched: "
          f"value P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
