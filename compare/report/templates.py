"""Templates and stylesheets, found through the package so an installed wheel works like a checkout."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources

from jinja2 import Environment, FunctionLoader


def read(name: str) -> str:
    return resources.files("report_templates").joinpath(name).read_text(encoding="utf-8")


def digest(name: str) -> str:
    """Changes whenever the file does: part of the key of anything cached from it."""
    return hashlib.sha256(read(name).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def environment() -> Environment:
    """Autoescaping always on: `select_autoescape` would not escape a template named *.html.j2."""
    return Environment(loader=FunctionLoader(read), autoescape=True, trim_blocks=False, lstrip_blocks=False)
