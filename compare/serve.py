"""`compare serve`: a review desk over a build folder, where each finding is marked and kept.

A small Starlette app, bound to 127.0.0.1 unless told otherwise. It reads `comparison.json` on each
request, so a rebuild shows at once, and keeps verdicts in the build folder (`verdicts`). Nothing
from a source runs: every text is escaped, the desk's pages carry no script, and a
Content-Security-Policy forbids any. A mark is a plain form post, refused when it comes from another
site's page. The desk also serves the build's report pages and brief as they are (each page keeps
its own policy, which allows only the report's own script), and can write them again so they show
the verdicts given since the build.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from jinja2 import Environment, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import Route

from .report.model import page_name
from .rules.report import ONE_PAGE_UP_TO
from .verdicts import VERDICTS, VerdictStore, verdicts_csv

REPORT_FILES = re.compile(r"(?:report\.html|brief\.pdf|stories/[A-Za-z0-9_-]+\.html)")
"""What of the build folder the desk serves: the report's pages and the brief, nothing else."""
SHOWN = {"all": None, "unmarked": "", **{v: v for v in VERDICTS}}
"""The desk's views: every finding, those nobody marked yet, or those given one verdict."""

POLICY = ("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; "
          "base-uri 'none'")

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review desk: {{ corpus }}</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 0 1rem 4rem; }
li.finding { list-style: none; border-top: 1px solid #ccc; padding: .8rem 0; overflow-wrap: anywhere; }
ul { padding: 0; } .meta { color: #555; font-size: .85rem; } .mark { font-weight: 600; }
.verified { color: #1a6b2a; } .dismissed { color: #8a1c1c; } .needs-work { color: #8a5a00; }
.stale { background: #fff3cd; padding: 0 .3rem; }
form { margin-top: .4rem; display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; }
input[type=text] { flex: 1 1 12rem; min-width: 0; }
h2 { font-size: 1.05rem; margin: 1.6rem 0 0; } nav.views { margin: .6rem 0; } .written { color: #1a6b2a; }
</style></head><body>
<h1>Review desk: {{ corpus }}</h1>
<p class="meta">{{ total }} findings; {% for verdict, n in counts %}{{ n }} {{ verdict }}{% if not loop.last %}, {% endif %}{% endfor %}{% if not counts %}none marked yet{% endif %}.
<a href="report.html">The report</a> · <a href="brief.pdf">The brief</a> · <a href="verdicts.csv">Verdicts as CSV</a></p>
<form method="post" action="report"><button type="submit">Write the report and the brief again with these verdicts</button>{% if written %} <span class="written">Written {{ written }}.</span>{% endif %}</form>
<nav class="views">Show: {% for name in views %}{% if name == shown %}<b>{{ name }}</b>{% else %}<a href="?show={{ name }}">{{ name }}</a>{% endif %}{% if not loop.last %} · {% endif %}{% endfor %}</nav>
<ul>
{% for f in findings %}
{% if loop.first or f.event_label != loop.previtem.event_label %}<h2>{{ f.event_label }}</h2>{% endif %}
<li class="finding" id="{{ f.id }}" data-verdict="{{ f.verdict.verdict if f.verdict else '' }}">
  <div class="meta">{{ f.kind }} · {{ f.severity }} · <a href="{{ f.page }}#{{ f.id }}">in the report</a> · {{ f.id }}</div>
  <div class="summary">{{ f.summary }}</div>
  {% if f.verdict %}
  <div class="mark {{ f.verdict.verdict }}">{{ f.verdict.verdict }}{% if f.verdict.reviewer %} by {{ f.verdict.reviewer }}{% endif %}, {{ f.verdict.marked_at }}{% if f.verdict.note %}: {{ f.verdict.note }}{% endif %}
  {% if f.stale %}<span class="stale">the evidence changed since it was marked</span>{% endif %}</div>
  {% endif %}
  <form method="post" action="findings/{{ f.id }}?show={{ shown }}">
    {% for v in verdicts %}<label><input type="radio" name="verdict" value="{{ v }}"{% if f.verdict and f.verdict.verdict == v %} checked{% endif %} required> {{ v }}</label>{% endfor %}
    <input type="text" name="note" placeholder="note" aria-label="note" value="{{ f.verdict.note if f.verdict else '' }}">
    <input type="text" name="reviewer" placeholder="who" aria-label="who" value="{{ f.verdict.reviewer if f.verdict else '' }}" size="8">
    <button type="submit">Mark</button>
  </form>
</li>
{% endfor %}
</ul></body></html>
"""

_TEMPLATE = Environment(autoescape=select_autoescape(default=True, default_for_string=True)).from_string(_PAGE)


def _secure(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def create_app(build_dir: Path) -> Starlette:
    build_dir = Path(build_dir)
    store = VerdictStore(build_dir)

    def comparison() -> dict:
        return json.loads((build_dir / "comparison.json").read_text(encoding="utf-8"))

    def finding_views(data: dict, verdicts: dict) -> list[dict]:
        """Each finding with its verdict and the report page it is on, grouped by story."""
        paged = len(data.get("sources", [])) > ONE_PAGE_UP_TO
        labels = {e["id"]: e.get("label", e["id"]) for e in data.get("events", [])}
        order = {event_id: n for n, event_id in enumerate(labels)}
        findings = [{**f, "verdict": verdicts.get(f["id"]),
                     "stale": bool(verdicts.get(f["id"]) and verdicts[f["id"]].stale(f)),
                     "event_label": labels.get(f.get("event"), "Across stories"),
                     "page": page_name(f["event"]) if paged and f.get("event") in labels else "report.html"}
                    for f in data.get("discrepancies", [])]
        return sorted(findings, key=lambda f: order.get(f.get("event"), len(order)))

    async def index(request: Request) -> Response:
        data = comparison()
        verdicts = store.all()
        shown = request.query_params.get("show", "all")
        want = SHOWN.get(shown)
        findings = [f for f in finding_views(data, verdicts)
                    if want is None or (f["verdict"].verdict if f["verdict"] else "") == want]
        counts = sorted(Counter(v.verdict for v in verdicts.values()).items())
        html = _TEMPLATE.render(corpus=data.get("corpus", {}).get("name", build_dir.name), findings=findings,
                                total=len(data.get("discrepancies", [])), counts=counts, verdicts=VERDICTS,
                                views=list(SHOWN), shown=shown if shown in SHOWN else "all",
                                written=request.query_params.get("written", ""))
        return _secure(HTMLResponse(html))

    def same_site(request: Request) -> bool:
        origin = request.headers.get("origin")
        return not origin or origin.split("://", 1)[-1] == request.headers.get("host")

    async def mark(request: Request) -> Response:
        if not same_site(request):
            return _secure(PlainTextResponse("a mark must come from the review desk itself", status_code=403))
        finding_id = request.path_params["finding"]
        finding = next((f for f in comparison().get("discrepancies", []) if f["id"] == finding_id), None)
        if finding is None:
            return _secure(PlainTextResponse(f"no finding {finding_id} in this build", status_code=404))
        form = await request.form()
        verdict = str(form.get("verdict", ""))
        if verdict not in VERDICTS:
            return _secure(PlainTextResponse(f"a verdict is one of: {', '.join(VERDICTS)}", status_code=400))
        store.mark(finding, verdict, str(form.get("note", "")), str(form.get("reviewer", "")))
        shown = request.query_params.get("show", "all")
        return _secure(RedirectResponse(f"{request.url_for('index')}?show={shown if shown in SHOWN else 'all'}"
                                        f"#{finding_id}", status_code=303))

    async def write_report(request: Request) -> Response:
        """Write report.html, the story pages, the tables and the brief again, with today's verdicts."""
        if not same_site(request):
            return _secure(PlainTextResponse("only the review desk itself can ask for this", status_code=403))
        from .build import report

        await run_in_threadpool(report, build_dir / "comparison.json")
        written = ", ".join(sorted(("report.html", "brief.pdf", "discrepancies.csv")))
        return _secure(RedirectResponse(f"{request.url_for('index')}?written={written}", status_code=303))

    async def report_file(request: Request) -> Response:
        """A page of the report or the brief, as the build wrote it; each page carries its own policy."""
        name = request.path_params["name"]
        path = build_dir / name
        if not REPORT_FILES.fullmatch(name) or not path.is_file():
            return _secure(PlainTextResponse(f"no {name} in this build", status_code=404))
        response = FileResponse(path)
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    async def export(request: Request) -> Response:
        text = verdicts_csv(comparison().get("discrepancies", []), store.all())
        return _secure(PlainTextResponse(text, media_type="text/csv; charset=utf-8"))

    return Starlette(routes=[Route("/", index, name="index"), Route("/findings/{finding}", mark, methods=["POST"]),
                             Route("/report", write_report, methods=["POST"]), Route("/verdicts.csv", export),
                             Route("/{name:path}", report_file)])


def serve(build_dir: Path, host: str = "127.0.0.1", port: int = 8765) -> None:
    import uvicorn

    uvicorn.run(create_app(build_dir), host=host, port=port, log_level="warning")
