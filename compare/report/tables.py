"""The comparison as tables: CSV for people who work in spreadsheets, Parquet for programs.

Both hold the same rows with the same columns (Arrow builds and writes them, in C++: a large
corpus has hundreds of thousands of claims). Every text cell comes from a source, so in the CSV
none may reach a spreadsheet as a formula: a cell that starts with '=', '+', '-', '@', a tab or a
carriage return is written with a leading apostrophe, as OWASP recommends against CSV injection
(spreadsheets show it as text and hide the apostrophe). The Parquet tables carry the text exactly
as the sources wrote it, with a declared type per column, for programs that must not see that
apostrophe.

Claims and findings are also written as Parquet datasets partitioned by story
(`by_event/claims/event=<id>/`, `by_event/discrepancies/event=<id>/`), so a comparison of a whole
archive is queried one story at a time (DuckDB, pandas, Arrow) without loading the rest.
"""
from __future__ import annotations

import io
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from ..fileio import atomic_write
from ..model import Claim, Comparison

TEXT, NUMBER, FLAG = "string", "int64", "bool"
CLAIM_COLUMNS = {"id": TEXT, "source": TEXT, "event": TEXT, "kind": TEXT, "text": TEXT, "start": NUMBER,
                 "end": NUMBER, "value": TEXT, "unit": TEXT, "qualifier": TEXT, "hedge": TEXT, "speaker": TEXT,
                 "short": FLAG, "subject": TEXT, "precision": TEXT, "role": TEXT, "person": TEXT}
ALIGNMENT_COLUMNS = {"alignment": TEXT, "event": TEXT, "kind": TEXT, "agree": FLAG, "claim": TEXT, "source": TEXT,
                     "text": TEXT}
FINDING_COLUMNS = {"id": TEXT, "event": TEXT, "kind": TEXT, "severity": TEXT, "sources": TEXT, "summary": TEXT,
                   "evidence": TEXT, "verdict": TEXT, "verdict_note": TEXT}
FORMULA_START = r"^[=+\-@\t\r]"
BY_EVENT = "by_event"
PARTITIONED = ("claims", "discrepancies")


def _claim_row(claim: Claim, event: str | None) -> tuple:
    """A value is written as text ('4120', '3 to 5', 'outstanding'), one type for the column."""
    extra = claim.extra
    value = " to ".join(map(str, claim.value)) if isinstance(claim.value, list) else claim.value
    short = extra.get("short")
    return (claim.id, claim.source, event, claim.kind, claim.text, claim.start, claim.end,
            None if value is None else str(value), claim.unit, claim.qualifier, extra.get("hedge"), claim.speaker,
            None if short is None else bool(short), claim.subject, extra.get("precision"), extra.get("role"),
            extra.get("person"))


def _table(columns: Mapping[str, str], rows: list[tuple]):
    import pyarrow as pa

    kinds = {TEXT: pa.string(), NUMBER: pa.int64(), FLAG: pa.bool_()}
    data = list(zip(*rows)) if rows else [() for _ in columns]
    return pa.table([pa.array(list(values), type=kinds[kind]) for values, kind in zip(data, columns.values())],
                    names=list(columns))


def inert(table):
    """The table with every text cell that a spreadsheet would run as a formula made plain text."""
    import pyarrow as pa
    import pyarrow.compute as pc

    for n, name in enumerate(table.column_names):
        column = table.column(n)
        if pa.types.is_string(column.type):
            risky = pc.fill_null(pc.match_substring_regex(column, FORMULA_START), False)
            if pc.any(risky).as_py():
                table = table.set_column(n, name, pc.if_else(risky, pc.binary_join_element_wise("'", column, ""),
                                                             column))
    return table


def tables(comparison: Comparison, verdicts: Mapping[str, tuple[str, str]] | None = None) -> dict:
    """Each table's name (without extension) and its Arrow table, typed by column; a finding carries the
    review desk's verdict and note, if it has one."""
    verdicts = verdicts or {}
    by_id = {c.id: c for c in comparison.claims}
    event_of = {s.id: s.event for s in comparison.corpus.sources}
    rows = {
        "claims": (CLAIM_COLUMNS, [_claim_row(c, event_of.get(c.source)) for c in comparison.claims]),
        "alignments": (ALIGNMENT_COLUMNS, [(a.id, a.event, a.kind, a.agree, cid, by_id[cid].source, by_id[cid].text)
                                           for a in comparison.alignments for cid in a.claims]),
        "discrepancies": (FINDING_COLUMNS, [(d.id, d.event, d.kind, d.severity, " ".join(d.sources), d.summary,
                                             " | ".join(f"{e.source}: {e.text}" for e in d.evidence),
                                             *verdicts.get(d.id, (None, None)))
                                            for d in comparison.discrepancies]),
    }
    return {name: _table(columns, data) for name, (columns, data) in rows.items()}


def _csv(table) -> bytes:
    import pyarrow.csv as csv

    out = io.BytesIO()
    csv.write_csv(inert(table), out, csv.WriteOptions(quoting_style="needed"))
    return out.getvalue()


def _parquet(table) -> bytes:
    import pyarrow.parquet as pq

    out = io.BytesIO()
    pq.write_table(table, out)
    return out.getvalue()


def _write_by_event(tables_: Mapping[str, object], out_dir: Path) -> Path:
    """The partitioned datasets, written beside the old ones and swapped in: a reader sees the old
    folder or the new one, never half of one."""
    import pyarrow.dataset as ds

    target = out_dir / BY_EVENT
    fresh = Path(tempfile.mkdtemp(prefix=f".{BY_EVENT}.", dir=out_dir))
    try:
        for name in PARTITIONED:
            table = tables_[name].filter(tables_[name].column("event").is_valid())
            ds.write_dataset(table, fresh / name, format="parquet", partitioning=["event"],
                             partitioning_flavor="hive", basename_template="part-{i}.parquet")
        os.chmod(fresh, 0o777 & ~_umask())
        old = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{BY_EVENT}.old.", dir=out_dir))
            os.replace(target, old / BY_EVENT)
        os.replace(fresh, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def render(comparison: Comparison, out_dir: Path, verdicts: Mapping[str, tuple[str, str]] | None = None) -> list[Path]:
    return write(tables(comparison, verdicts), out_dir)


def write(made: Mapping[str, object], out_dir: Path) -> list[Path]:
    """The tables written out. Arrow does this in C++ without holding the interpreter, so a build runs it
    in a thread while it renders the HTML pages."""
    out_dir = Path(out_dir)
    paths = []
    for name, table in made.items():
        csv_path, parquet_path = out_dir / f"{name}.csv", out_dir / f"{name}.parquet"
        atomic_write(csv_path, _csv(table))
        atomic_write(parquet_path, _parquet(table))
        paths += [csv_path, parquet_path]
    return [*paths, _write_by_event(made, out_dir)]
