"""CSV tables for people who work in spreadsheets (pandas writes them)."""
from __future__ import annotations

from pathlib import Path

from ..fileio import atomic_write
from ..model import Comparison
from .jsonreport import claim_record

CLAIM_COLUMNS = ["id", "source", "kind", "text", "start", "end", "value", "unit", "qualifier", "hedge",
                 "speaker", "short", "subject", "precision", "role", "person"]


def render(comparison: Comparison, out_dir: Path) -> list[Path]:
    import pandas as pd

    records = [claim_record(c) for c in comparison.claims]
    for record in records:
        if isinstance(record.get("value"), list):
            record["value"] = " to ".join(map(str, record["value"]))
    claims = pd.DataFrame.from_records(records).reindex(columns=CLAIM_COLUMNS)
    path = Path(out_dir) / "claims.csv"
    atomic_write(path, claims.to_csv(index=False))
    return [path]
