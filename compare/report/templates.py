"""Templates and stylesheets, found through the package so an installed wheel works like a checkout."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources

SOURCE_SECTION = "source.html.j2"  # one article of report.html, cached with its source


def read(name: str) -> str:
    return resources.files("report_templates").joinpath(name).read_text(encoding="utf-8")


def digest(name: str) -> str:
    """Changes whenever the file does: part of the key of anything cached from it."""
    return hashlib.sha256(read(name).encode("utf-8")).hexdigest()


def digest_all() -> str:
    """Changes whenever any template, stylesheet or script of the reports does: a build whose sources
    are unchanged still writes its reports again after an upgrade changed how they look."""
    folder = resources.files("report_templates")
    names = sorted(entry.name for entry in folder.iterdir() if entry.name.endswith((".j2", ".css", ".js")))
    return hashlib.sha256("".join(digest(name) for name in names).encode()).hexdigest()


@lru_cache(maxsize=1)
def environment():
    """Autoescaping always on: `select_autoescape` would not escape a template named *.html.j2.
    jinja2 is imported here, so a build that finds nothing changed never loads it."""
    from jinja2 import Environment, FunctionLoader

    return Environment(loader=FunctionLoader(read), autoescape=True, trim_blocks=False, lstrip_blocks=False)
