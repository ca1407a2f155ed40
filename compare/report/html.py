"""report.html: one self-contained file for reviewing, safe to open from file://.

The page carries a Content-Security-Policy first in its head: nothing may be
loaded, and only this build's own stylesheet and script (allowed by hash)
run. Source text is escaped by the template, links from sources are kept
only when they are http(s).
"""
from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator, Mapping
from pathlib import Path

from markupsafe import Markup

from ..fileio import atomic_write
from ..model import Claim, Comparison, Source
from . import templates
from .model import ReportModel, build_model, section_view

FILE_NAME = "report.html"
SECTION_TEMPLATE = templates.SOURCE_SECTION


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def source_section(source: Source, claims: list[Claim]) -> str:
    """One article of the source view: most of the report's bytes, and a function of one source and its
    claims, so a build caches it with them (keyed by `templates.digest(SECTION_TEMPLATE)` too)."""
    return templates.environment().get_template(SECTION_TEMPLATE).render(s=section_view(source, claims))


def _sections(comparison: Comparison, known: Mapping[str, str]) -> list[Markup]:
    sources = comparison.corpus.sources
    claims = comparison.claims_by_source() if any(s.id not in known for s in sources) else {}
    # Rendered by our own template with autoescaping, here or in an earlier build: safe to insert.
    return [Markup(known[s.id] if s.id in known else source_section(s, claims[s.id])) for s in sources]


def render_html(comparison: Comparison, model: ReportModel | None = None,
                sections: Mapping[str, str] | None = None) -> str:
    """The report; `sections` holds articles already rendered (by source id), the rest are rendered now."""
    return "".join(_pieces(comparison, model, sections))


def _pieces(comparison: Comparison, model: ReportModel | None, sections: Mapping[str, str] | None) -> Iterator[str]:
    css, js = templates.read("report.css"), templates.read("report.js")
    csp = (f"default-src 'none'; style-src {_hash(css)}; script-src {_hash(js)}; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    template = templates.environment().get_template("report.html.j2")
    # The stylesheet and script are this package's own files, never source text.
    return template.generate(m=model or build_model(comparison), sections=_sections(comparison, sections or {}),
                             css=Markup(css), js=Markup(js), csp=csp)


def render(comparison: Comparison, out_dir: Path, model: ReportModel | None = None,
           sections: Mapping[str, str] | None = None) -> Path:
    path = Path(out_dir) / FILE_NAME
    atomic_write(path, _pieces(comparison, model, sections))  # written as rendered, never one string
    return path
