"""Settings: declared once here, with their defaults and what they are for.

A corpus may carry a `compare.toml` beside its articles; its keys override
these defaults. The configuration is part of the cache key, so changing it
rebuilds what it affects.
"""
from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from .errors import UsageError
from .rules.ratings import DEFAULT_GRADES

CONFIG_FILE = "compare.toml"


@dataclass(frozen=True)
class Config:
    max_source_bytes: int = field(default=10_000_000, metadata={
        "help": "Files larger than this are skipped; no article needs more.", "range": (1, 1_000_000_000)})
    parse_timeout: float = field(default=20.0, metadata={
        "help": "Seconds allowed to extract one HTML page before it is skipped.", "range": (0.1, 3600)})
    claims_timeout: float = field(default=60.0, metadata={
        "help": "Seconds allowed to find the claims of one article (figures, dates, quotes, people) before "
                "it is skipped with a reason; an ordinary article needs well under one.", "range": (0.1, 3600)})
    extensions: tuple[str, ...] = field(default=(".txt", ".html", ".htm", ".md", ".markdown"), metadata={
        "help": "Files read as articles; anything else in the corpus folder is skipped with a reason."})

    grade_words: tuple[str, ...] = field(default=DEFAULT_GRADES, metadata={
        "help": "Grade words of the grading scales the corpus reports (add letter grades or stars here)."})

    workers: int = field(default=0, metadata={
        "help": "Processes that read the articles and compare the stories (0: one per core). The result is "
                "the same whatever the number.", "range": (0, 1024), "result": False})
    scheduler: str = field(default="", metadata={
        "help": "Address of a Dask scheduler (tcp://HOST:PORT) whose workers do that work instead; they must "
                "see the corpus folder at the same path. Needs the 'dask' extra.", "result": False})

    @classmethod
    def load(cls, corpus_dir: Path | None = None, path: Path | None = None,
             on_problem: Callable[[str], None] | None = None) -> "Config":
        """Defaults, overridden by `path` or by the corpus' own compare.toml.

        A setting that is unknown, of the wrong type or out of range is a UsageError; given
        `on_problem`, it is reported there instead and its default kept, so a build goes on."""
        if path is None and corpus_dir is not None and (Path(corpus_dir) / CONFIG_FILE).is_file():
            path = Path(corpus_dir) / CONFIG_FILE
        if path is None:
            return cls()
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise UsageError(f"{path}: cannot read configuration: {exc}") from exc
        known = {f.name: f for f in fields(cls)}
        values = {}
        for key, value in data.items():
            problem = "unknown setting" if key not in known else _problem(known[key], value)
            if problem is None:
                values[key] = tuple(value) if isinstance(value, list) else value
            elif on_problem is None:
                raise UsageError(f"{path}: {key}: {problem}")
            else:
                on_problem(f"{path}: {key} = {str(value)[:60]!r} left out ({problem}); the default is used")
        return replace(cls(), **values)

    def fingerprint(self) -> str:
        """The settings a result depends on (not where the work runs): part of every cache key."""
        return repr(sorted((f.name, getattr(self, f.name)) for f in fields(self) if f.metadata.get("result", True)))


def _problem(setting, value) -> str | None:
    """What is wrong with a value for a setting, by the type and range its declaration gives."""
    default = setting.default
    if isinstance(default, bool) or isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            return "not a whole number"
    elif isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return "not a number"
    elif isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            return "not a list of words"
    elif isinstance(default, str) and not isinstance(value, str):
        return "not text"
    low, high = setting.metadata.get("range", (None, None))
    if low is not None and not low <= value <= high:
        return f"out of range ({low} to {high})"
    return None
