"""report.html: self-contained pages for reviewing, safe to open from file://.

A handful of articles make one page. A larger corpus makes an index page (its stories, a search
across findings and articles, the timeline) and one page per story under `stories/`, so no page
grows with the corpus: a reader opens the story they work on.

Each page carries a Content-Security-Policy first in its head: nothing may be loaded, and only
this build's own stylesheet and script (allowed by hash) run. Source text is escaped by the
template, links from sources are kept only when they are http(s), and the index's search data is
JSON with every character that could end its script element escaped.
"""
from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator, Mapping
from pathlib import Path

from markupsafe import Markup

from ..fileio import atomic_write
from ..model import Claim, Comparison, Source
from ..rules.report import SEARCH_TEXT
from . import templates
from .model import EventView, ReportModel, build_model, section_view

FILE_NAME = "report.html"
STORY_FOLDER = "stories"
SECTION_TEMPLATE = templates.SOURCE_SECTION


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def source_section(source: Source, claims: list[Claim]) -> str:
    """One article of the source view: most of the report's bytes, and a function of one source and its
    claims, so a build caches it with them (keyed by `templates.digest(SECTION_TEMPLATE)` too)."""
    return templates.environment().get_template(SECTION_TEMPLATE).render(s=section_view(source, claims))


class _Sections:
    """The articles' sections of one rendering: given (from a build's cache) or rendered here, each once."""

    def __init__(self, comparison: Comparison, known: Mapping[str, str]):
        self.sources = {s.id: s for s in comparison.corpus.sources}
        self.known = known      # perhaps read from the build's cache as asked for: never copied
        self.claims = comparison.claims

    def of(self, source_ids: list[str]) -> list[Markup]:
        # Rendered by our own template with autoescaping, here or in an earlier build: safe to insert.
        return [Markup(self.known[sid] if sid in self.known else source_section(self.sources[sid], self.claims.of(sid)))
                for sid in source_ids]


def _assets() -> dict:
    css, js = templates.read("report.css"), templates.read("report.js")
    csp = (f"default-src 'none'; style-src {_hash(css)}; script-src {_hash(js)}; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    # The stylesheet and script are this package's own files, never source text.
    return {"css": Markup(css), "js": Markup(js), "csp": csp}


def search_data(model: ReportModel) -> Markup:
    """What the index page searches: each finding and each article, with the page it is on. JSON inside
    a script element that never runs; '<', '>' and '&' escaped, so no source text can close it."""
    data = {"findings": [[d.summary[:SEARCH_TEXT], f"{d.kind} · {d.severity} · {d.event_label}", f"{d.page}#{d.id}"]
                         for d in model.discrepancies],
            "articles": [[s.headline, " · ".join(x for x in (s.outlet, s.published, s.byline) if x),
                          f"{s.page}#{s.anchor}"] for s in model.sources]}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def render_html(comparison: Comparison, model: ReportModel | None = None,
                sections: Mapping[str, str] | None = None) -> str:
    """report.html; `sections` holds articles already rendered (by source id), the rest are rendered now."""
    model = model or build_model(comparison)
    return "".join(_index(comparison, model, _Sections(comparison, sections or {}), _assets()))


def _index(comparison: Comparison, model: ReportModel, sections: _Sections, assets: dict) -> Iterator[str]:
    if model.paged:
        stories = sorted(model.compared_events, key=lambda e: (-len(e.findings), -e.weight, e.date, e.label))
        return templates.environment().get_template("index.html.j2").generate(
            m=model, stories=stories, search=search_data(model), **assets)
    return templates.environment().get_template("report.html.j2").generate(
        m=model, sections=sections.of([s.id for s in comparison.corpus.sources]), **assets)


def _story_page(model: ReportModel, event: EventView, sections: _Sections, assets: dict) -> Iterator[str]:
    """One story's page: its findings (filtered by its own kinds, severities and outlets), headlines,
    alignments, coverage and articles."""
    keys = {key for d in event.findings for key in d.outlets.split()}
    return templates.environment().get_template("story.html.j2").generate(
        m=model, e=event, sections=sections.of(event.sources),
        kinds=sorted({d.kind for d in event.findings}),
        severities=[s for s in ("high", "medium", "low") if any(d.severity == s for d in event.findings)],
        outlets=[(key, name) for key, name in model.outlets if key in keys], **assets)


def render(comparison: Comparison, out_dir: Path, model: ReportModel | None = None,
           sections: Mapping[str, str] | None = None) -> Path:
    """Write report.html (and, for a large corpus, the story pages beside it); each page is written as
    rendered, never held as one string, and atomically. Story pages of stories gone are removed."""
    out_dir = Path(out_dir)
    model = model or build_model(comparison)
    path = out_dir / FILE_NAME
    written, assets, articles = set(), _assets(), _Sections(comparison, sections or {})
    if model.paged:
        (out_dir / STORY_FOLDER).mkdir(parents=True, exist_ok=True)
        for event in model.events:
            atomic_write(out_dir / event.page, _story_page(model, event, articles, assets))
            written.add(out_dir / event.page)
    atomic_write(path, _index(comparison, model, articles, assets))
    folder = out_dir / STORY_FOLDER
    if folder.is_dir():
        for old in folder.glob("*.html"):
            if old not in written:
                old.unlink(missing_ok=True)
        if not written and not any(folder.iterdir()):
            folder.rmdir()
    return path
