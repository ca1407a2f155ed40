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

    by_id = {c.id: c for c in comparison.claims}
    records = [claim_record(c) for c in comparison.claims]
    for record in records:
        if isinstance(record.get("value"), list):
            record["value"] = " to ".join(map(str, record["value"]))
    tables = {
        "claims.csv": pd.DataFrame.from_records(records).reindex(columns=CLAIM_COLUMNS),
        "alignments.csv": pd.DataFrame.from_records(
            [{"alignment": a.id, "kind": a.kind, "agree": a.agree, "claim": cid, "source": by_id[cid].source,
              "text": by_id[cid].text} for a in comparison.alignments for cid in a.claims],
            columns=["alignment", "kind", "agree", "claim", "source", "text"]),
        "discrepancies.csv": pd.DataFrame.from_records(
            [{"id": d.id, "kind": d.kind, "severity": d.severity, "sources": " ".join(d.sources),
              "summary": d.summary, "evidence": " | ".join(f"{e.source}: {e.text}" for e in d.evidence)}
             for d in comparison.discrepancies],
            columns=["id", "kind", "severity", "sources", "summary", "evidence"]),
    }
    paths = []
    for name, table in tables.items():
        path = Path(out_dir) / name
        atomic_write(path, table.to_csv(index=False))
        paths.append(path)
    return paths
