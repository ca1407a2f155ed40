"""Settings: declared once here, with their defaults and what they are for.

A corpus may carry a `compare.toml` beside its articles; its keys override
these defaults. The configuration is part of the cache key, so changing it
rebuilds what it affects.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from .errors import UsageError
from .rules.ratings import DEFAULT_GRADES

CONFIG_FILE = "compare.toml"


@dataclass(frozen=True)
class Config:
    max_source_bytes: int = field(default=10_000_000, metadata={
        "help": "Files larger than this are skipped; no article needs more."})
    parse_timeout: float = field(default=20.0, metadata={
        "help": "Seconds allowed to extract one HTML page before it is skipped."})
    extensions: tuple[str, ...] = field(default=(".txt", ".html", ".htm", ".md", ".markdown"), metadata={
        "help": "Files read as articles; anything else in the corpus folder is skipped with a reason."})

    grade_words: tuple[str, ...] = field(default=DEFAULT_GRADES, metadata={
        "help": "Grade words of the grading scales the corpus reports (add letter grades or stars here)."})

    @classmethod
    def load(cls, corpus_dir: Path | None = None, path: Path | None = None) -> "Config":
        """Defaults, overridden by `path` or by the corpus' own compare.toml."""
        if path is None and corpus_dir is not None and (Path(corpus_dir) / CONFIG_FILE).is_file():
            path = Path(corpus_dir) / CONFIG_FILE
        if path is None:
            return cls()
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise UsageError(f"{path}: cannot read configuration: {exc}") from exc
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise UsageError(f"{path}: unknown setting(s): {', '.join(unknown)}")
        values = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
        return replace(cls(), **values)

    def fingerprint(self) -> str:
        return repr(sorted((f.name, getattr(self, f.name)) for f in fields(self)))
