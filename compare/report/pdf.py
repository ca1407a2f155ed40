"""brief.pdf: the comparison for reading, rendered by WeasyPrint.

Nothing named by a source is ever fetched: the fetcher serves `data:` URLs
and refuses everything else (no network, no file), and the brief's only
picture, the timeline, is inline SVG. WeasyPrint has no time limit of its
own, so rendering runs under one.
"""
from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from ..errors import CompareError
from ..fileio import atomic_write
from ..model import Comparison
from . import templates
from .model import ReportModel, build_model

FILE_NAME = "brief.pdf"
RENDER_SECONDS = 120


class RenderError(CompareError):
    exit_code = 3


def _fetcher_class():
    from weasyprint.urls import URLFetcher

    class BuildAssetsOnly(URLFetcher):
        """Serve data: URLs; refuse every other URL, whatever a source wrote."""

        def __init__(self):
            super().__init__(timeout=1, allowed_protocols={"data"}, allow_redirects=False)

        def fetch(self, url, headers=None):
            if not url.startswith("data:"):
                raise ValueError(f"refused to fetch {url[:80]!r}: the brief uses no outside resource")
            return super().fetch(url, headers)

    return BuildAssetsOnly


def render_pdf(comparison: Comparison, model: ReportModel | None = None) -> bytes:
    from weasyprint import HTML

    from ..limits import time_limit

    html = templates.environment().get_template("brief.html.j2").render(
        m=model or build_model(comparison), css=Markup(templates.read("brief.css")))
    with time_limit(RENDER_SECONDS, RenderError, f"the PDF brief took longer than {RENDER_SECONDS} s"):
        return HTML(string=html, base_url="data:,", url_fetcher=_fetcher_class()()).write_pdf()


def render(comparison: Comparison, out_dir: Path, model: ReportModel | None = None) -> Path:
    path = Path(out_dir) / FILE_NAME
    atomic_write(path, render_pdf(comparison, model))
    return path
