"""The comparison as tables: CSV for people who work in spreadsheets, Parquet for programs.

Both hold the same rows with the same columns (pandas writes them). Every text cell comes from a
source, so in the CSV none may reach a spreadsheet as a formula: a cell that starts with '=', '+',
'-', '@', a tab or a carriage return is written with a leading apostrophe, as OWASP recommends
against CSV injection (spreadsheets show it as text and hide the apostrophe). The Parquet tables
carry the text exactly as the sources wrote it, with a declared type per column, for programs
that must not see that apostrophe.
"""
from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path

from ..fileio import atomic_write
from ..model import Claim, Comparison

TEXT, NUMBER, FLAG = "string", "Int64", "boolean"
CLAIM_COLUMNS = {"id": TEXT, "source": TEXT, "kind": TEXT, "text": TEXT, "start": NUMBER, "end": NUMBER,
                 "value": TEXT, "unit": TEXT, "qualifier": TEXT, "hedge": TEXT, "speaker": TEXT, "short": FLAG,
                 "subject": TEXT, "precision": TEXT, "role": TEXT, "person": TEXT}
ALIGNMENT_COLUMNS = {"alignment": TEXT, "event": TEXT, "kind": TEXT, "agree": FLAG, "claim": TEXT, "source": TEXT,
                     "text": TEXT}
FINDING_COLUMNS = {"id": TEXT, "event": TEXT, "kind": TEXT, "severity": TEXT, "sources": TEXT, "summary": TEXT,
                   "evidence": TEXT, "verdict": TEXT, "verdict_note": TEXT}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _claim_row(claim: Claim) -> tuple:
    """A row as a tuple: a DataFrame is built from tuples several times faster than from dicts.
    A value is written as text ('4120', '3 to 5', 'outstanding'), one type for the column."""
    extra = claim.extra
    value = " to ".join(map(str, claim.value)) if isinstance(claim.value, list) else claim.value
    return (claim.id, claim.source, claim.kind, claim.text, claim.start, claim.end,
            None if value is None else str(value), claim.unit, claim.qualifier, extra.get("hedge"), claim.speaker,
            extra.get("short"), claim.subject, extra.get("precision"), extra.get("role"), extra.get("person"))


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


def tables(comparison: Comparison, verdicts: Mapping[str, tuple[str, str]] | None = None) -> dict:
    """Each table's name (without extension) and its DataFrame, typed by column; a finding carries the
    review desk's verdict and note, if it has one."""
    import pandas as pd

    verdicts = verdicts or {}
    by_id = {c.id: c for c in comparison.claims}
    rows = {
        "claims": (CLAIM_COLUMNS, [_claim_row(c) for c in comparison.claims]),
        "alignments": (ALIGNMENT_COLUMNS, [(a.id, a.event, a.kind, a.agree, cid, by_id[cid].source, by_id[cid].text)
                                           for a in comparison.alignments for cid in a.claims]),
        "discrepancies": (FINDING_COLUMNS, [(d.id, d.event, d.kind, d.severity, " ".join(d.sources), d.summary,
                                             " | ".join(f"{e.source}: {e.text}" for e in d.evidence),
                                             *verdicts.get(d.id, (None, None)))
                                            for d in comparison.discrepancies]),
    }
    return {name: pd.DataFrame(data, columns=list(columns), dtype=object).astype(columns)
            for name, (columns, data) in rows.items()}


def render(comparison: Comparison, out_dir: Path, verdicts: Mapping[str, tuple[str, str]] | None = None) -> list[Path]:
    paths = []
    for name, table in tables(comparison, verdicts).items():
        csv_path, parquet_path = Path(out_dir) / f"{name}.csv", Path(out_dir) / f"{name}.parquet"
        atomic_write(csv_path, inert(table).to_csv(index=False))
        parquet = io.BytesIO()
        table.to_parquet(parquet, index=False)
        atomic_write(parquet_path, parquet.getvalue())
        paths += [csv_path, parquet_path]
    return paths
