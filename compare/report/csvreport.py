"""CSV tables for people who work in spreadsheets (pandas writes them).

Every text cell comes from a source, so none may reach a spreadsheet as a formula: a cell that starts
with '=', '+', '-', '@', a tab or a carriage return is written with a leading apostrophe, as OWASP
recommends against CSV injection (spreadsheets show it as text and hide the apostrophe).
"""
from __future__ import annotations

from pathlib import Path

from ..fileio import atomic_write
from ..model import Claim, Comparison

CLAIM_COLUMNS = ["id", "source", "kind", "text", "start", "end", "value", "unit", "qualifier", "hedge",
                 "speaker", "short", "subject", "precision", "role", "person"]


def _claim_row(claim: Claim) -> tuple:
    """A row as a tuple: a DataFrame is built from tuples several times faster than from dicts."""
    extra = claim.extra
    value = " to ".join(map(str, claim.value)) if isinstance(claim.value, list) else claim.value
    return (claim.id, claim.source, claim.kind, claim.text, claim.start, claim.end, value, claim.unit, claim.qualifier,
            extra.get("hedge"), claim.speaker, extra.get("short"), claim.subject, extra.get("precision"),
            extra.get("role"), extra.get("person"))


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(table):
    """The table with every text cell that a spreadsheet would run as a formula made plain text."""
    table = table.copy()
    for column in table.columns:
        values = table[column]
        if values.dtype == object or str(values.dtype).startswith("str"):
            try:
                risky = values.str.startswith(FORMULA_STARTS, na=False).astype(bool)
            except AttributeError:  # a column of numbers, or of numbers and text
                risky = values.map(lambda v: isinstance(v, str) and v.startswith(FORMULA_STARTS)).astype(bool)
            if risky.any():
                table[column] = values.where(~risky, "'" + values.astype(str))
    return table


def render(comparison: Comparison, out_dir: Path) -> list[Path]:
    import pandas as pd

    by_id = {c.id: c for c in comparison.claims}
    tables = {
        "claims.csv": pd.DataFrame([_claim_row(c) for c in comparison.claims], columns=CLAIM_COLUMNS, dtype=object),
        "alignments.csv": pd.DataFrame.from_records(
            [{"alignment": a.id, "event": a.event, "kind": a.kind, "agree": a.agree, "claim": cid,
              "source": by_id[cid].source, "text": by_id[cid].text} for a in comparison.alignments for cid in a.claims],
            columns=["alignment", "event", "kind", "agree", "claim", "source", "text"]),
        "discrepancies.csv": pd.DataFrame.from_records(
            [{"id": d.id, "event": d.event, "kind": d.kind, "severity": d.severity, "sources": " ".join(d.sources),
              "summary": d.summary, "evidence": " | ".join(f"{e.source}: {e.text}" for e in d.evidence)}
             for d in comparison.discrepancies],
            columns=["id", "event", "kind", "severity", "sources", "summary", "evidence"]),
    }
    paths = []
    for name, table in tables.items():
        path = Path(out_dir) / name
        atomic_write(path, inert(table).to_csv(index=False))
        paths.append(path)
    return paths
