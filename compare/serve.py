"""`compare serve`: a review desk over a build folder, where each finding is marked and kept.

A small Starlette app, bound to 127.0.0.1 unless told otherwise. It reads `comparison.json` on each
request, so a rebuild shows at once, and keeps verdicts in the build folder (`verdicts`). Nothing
from a source runs: every text is escaped, the pages carry no script, and a Content-Security-Policy
forbids any. A mark is a plain form post, refused when it comes from another site's page.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from jinja2 import Environment, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from .verdicts import VERDICTS, VerdictStore, verdicts_csv

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
</style></head><body>
<h1>Review desk: {{ corpus }}</h1>
<p class="meta">{{ findings|length }} findings; {% for verdict, n in counts %}{{ n }} {{ verdict }}{% if not loop.last %}, {% endif %}{% endfor %}{% if not counts %}none marked yet{% endif %}.
<a href="verdicts.csv">Verdicts as CSV</a></p>
<ul>
{% for f in findings %}
<li class="finding" id="{{ f.id }}" data-verdict="{{ f.verdict.verdict if f.verdict else '' }}">
  <div class="meta">{{ f.kind }} · {{ f.severity }}{% if f.event %} · {{ f.event }}{% endif %} · {{ f.id }}</div>
  <div class="summary">{{ f.summary }}</div>
  {% if f.verdict %}
  <div class="mark {{ f.verdict.verdict }}">{{ f.verdict.verdict }}{% if f.verdict.reviewer %} by {{ f.verdict.reviewer }}{% endif %}, {{ f.verdict.marked_at }}{% if f.verdict.note %}: {{ f.verdict.note }}{% endif %}
  {% if f.stale %}<span class="stale">the evidence changed since it was marked</span>{% endif %}</div>
  {% endif %}
  <form method="post" action="findings/{{ f.id }}">
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

    async def index(request: Request) -> Response:
        data = comparison()
        verdicts = store.all()
        findings = [{**f, "verdict": verdicts.get(f["id"]),
                     "stale": bool(verdicts.get(f["id"]) and verdicts[f["id"]].stale(f))}
                    for f in data.get("discrepancies", [])]
        counts = sorted(Counter(v.verdict for v in verdicts.values()).items())
        html = _TEMPLATE.render(corpus=data.get("corpus", {}).get("name", build_dir.name), findings=findings,
                                counts=counts, verdicts=VERDICTS)
        return _secure(HTMLResponse(html))

    async def mark(request: Request) -> Response:
        origin = request.headers.get("origin")
        if origin and origin.split("://", 1)[-1] != request.headers.get("host"):
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
        return _secure(RedirectResponse(f"{request.url_for('index')}#{finding_id}", status_code=303))

    async def export(request: Request) -> Response:
        text = verdicts_csv(comparison().get("discrepancies", []), store.all())
        return _secure(PlainTextResponse(text, media_type="text/csv; charset=utf-8"))

    return Starlette(routes=[Route("/", index, name="index"), Route("/findings/{finding}", mark, methods=["POST"]),
                             Route("/verdicts.csv", export)])


def serve(build_dir: Path, host: str = "127.0.0.1", port: int = 8765) -> None:
    import uvicorn

    uvicorn.run(create_app(build_dir), host=host, port=port, log_level="warning")
