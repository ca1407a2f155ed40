"""report.html: one self-contained file for reviewing, safe to open from file://.

The page carries a Content-Security-Policy first in its head: nothing may be
loaded, and only this build's own stylesheet and script (allowed by hash)
run. Source text is escaped by the template, links from sources are kept
only when they are http(s).
"""
from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from markupsafe import Markup

from ..fileio import atomic_write
from ..model import Comparison
from . import templates
from .model import ReportModel, build_model

FILE_NAME = "report.html"


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def render_html(comparison: Comparison, model: ReportModel | None = None) -> str:
    css, js = templates.read("report.css"), templates.read("report.js")
    csp = (f"default-src 'none'; style-src {_hash(css)}; script-src {_hash(js)}; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    template = templates.environment().get_template("report.html.j2")
    # The stylesheet and script are this package's own files, never source text.
    return template.render(m=model or build_model(comparison), css=Markup(css), js=Markup(js), csp=csp)


def render(comparison: Comparison, out_dir: Path, model: ReportModel | None = None) -> Path:
    path = Path(out_dir) / FILE_NAME
    atomic_write(path, render_html(comparison, model))
    return path
