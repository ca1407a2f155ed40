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

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from ..fileio import atomic_path
from ..model import Claim, Comparison, Discrepancy

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


def _claim_row(claim: Claim, event: str | None) -> tuple:
    """A value is written as text ('4120', '3 to 5', 'outstanding'), one type for the column."""
    extra = claim.extra
    value = " to ".join(map(str, claim.value)) if isinstance(claim.value, list) else claim.value
    short = extra.get("short")
    return (claim.id, claim.source, event, claim.kind, claim.text, claim.start, claim.end,
            None if value is None else str(value), claim.unit, claim.qualifier, extra.get("hedge"), claim.speaker,
            None if short is None else bool(short), claim.subject, extra.get("precision"), extra.get("role"),
            extra.get("person"))


def _finding_row(finding: Discrepancy, verdicts: Mapping[str, tuple[str, str]]) -> tuple:
    return (finding.id, finding.event, finding.kind, finding.severity, " ".join(finding.sources), finding.summary,
            " | ".join(f"{e.source}: {e.text}" for e in finding.evidence), *verdicts.get(finding.id, (None, None)))


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


BATCH_ROWS = 20_000
"""Rows built and written at a time: a claims table of an archive is never held whole."""


def _batches(columns: Mapping[str, str], rows: Iterable[tuple]) -> Iterator:
    """Arrow tables of at most BATCH_ROWS rows (one, empty, when there are none)."""
    batch: list[tuple] = []
    sent = False
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH_ROWS:
            yield _table(columns, batch)
            batch, sent = [], True
    if batch or not sent:
        yield _table(columns, batch)


def _rows(comparison: Comparison, verdicts: Mapping[str, tuple[str, str]]) -> dict[str, tuple[dict, Callable]]:
    """Each table's columns, and a function giving its rows afresh (a table is written twice: as CSV and
    Parquet in one pass, and by story)."""
    event_of = {s.id: s.event for s in comparison.corpus.sources}
    texts = {}

    def claims() -> Iterator[tuple]:
        return (_claim_row(c, event_of.get(c.source)) for c in comparison.claims)

    def alignments() -> Iterator[tuple]:
        if not texts:
            picked = comparison.claims.pick(cid for a in comparison.alignments for cid in a.claims)
            texts.update((cid, (c.source, c.text)) for cid, c in picked.items())
        return ((a.id, a.event, a.kind, a.agree, cid, *texts[cid]) for a in comparison.alignments for cid in a.claims)

    def findings() -> Iterator[tuple]:
        return (_finding_row(d, verdicts) for d in comparison.discrepancies)

    return {"claims": (CLAIM_COLUMNS, claims), "alignments": (ALIGNMENT_COLUMNS, alignments),
            "discrepancies": (FINDING_COLUMNS, findings)}


def render(comparison: Comparison, out_dir: Path, verdicts: Mapping[str, tuple[str, str]] | None = None) -> list[Path]:
    """Every table as CSV and Parquet, and claims and findings by story; each written batch by batch
    (Arrow writes in C++ without holding the interpreter, so a build runs this in a thread while it
    renders the HTML pages) and atomically."""
    import pyarrow.csv as csv
    import pyarrow.parquet as pq

    out_dir = Path(out_dir)
    made = _rows(comparison, verdicts or {})
    paths = []
    for name, (columns, rows) in made.items():
        schema = _table(columns, []).schema
        csv_path, parquet_path = out_dir / f"{name}.csv", out_dir / f"{name}.parquet"
        with atomic_path(csv_path) as csv_tmp, atomic_path(parquet_path) as parquet_tmp, \
                csv.CSVWriter(str(csv_tmp), schema, write_options=csv.WriteOptions(quoting_style="needed")) as as_csv, \
                pq.ParquetWriter(str(parquet_tmp), schema) as as_parquet:
            for batch in _batches(columns, rows()):  # one pass over the rows (the claims unpacked once) for both
                as_csv.write_table(inert(batch))
                as_parquet.write_table(batch)
        paths += [csv_path, parquet_path]
    return [*paths, _write_by_event(comparison, verdicts or {}, out_dir)]


def _write_by_event(comparison: Comparison, verdicts: Mapping[str, tuple[str, str]], out_dir: Path) -> Path:
    """A Parquet file per story and table (`claims/event=<id>/part-0.parquet`, the story in the folder's
    name, as Hive partitioning has it), one story at a time. Written beside the old folder and swapped
    in: a reader sees the old folder or the new one, never half of one."""
    import pyarrow.parquet as pq

    target = out_dir / BY_EVENT
    fresh = Path(tempfile.mkdtemp(prefix=f".{BY_EVENT}.", dir=out_dir))
    claims = comparison.claims
    findings: dict[str, list] = {}
    for d in comparison.discrepancies:
        findings.setdefault(d.event, []).append(d)
    tables = {"claims": (CLAIM_COLUMNS, lambda e: (_claim_row(c, e.id) for sid in e.sources for c in claims.of(sid))),
              "discrepancies": (FINDING_COLUMNS, lambda e: (_finding_row(d, verdicts) for d in findings.get(e.id, [])))}
    try:
        for event in comparison.events:
            for name, (columns, rows) in tables.items():
                table = _table(columns, list(rows(event))).drop_columns(["event"])
                if table.num_rows:
                    folder = fresh / name / f"event={event.id}"
                    folder.mkdir(parents=True)
                    pq.write_table(table, folder / "part-0.parquet")
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
