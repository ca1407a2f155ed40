"""brief.pdf: the comparison for reading, rendered by WeasyPrint.

Nothing named by a source is ever fetched: the fetcher serves `data:` URLs
and refuses everything else (no network, no file), and the brief's only
picture, the timeline, is inline SVG. WeasyPrint has no time limit of its
own, so rendering runs under one.

WeasyPrint is the slowest part of a build (its import alone takes a third of
a second), so a build renders the brief in a worker process of its own
(`BriefWorker`): the worker imports WeasyPrint while the build reads its
sources, and lays out the brief on another core while the build writes the
other outputs. Where the worker cannot do it, the brief is rendered here.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
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


def brief_html(comparison: Comparison, model: ReportModel | None = None) -> str:
    return templates.environment().get_template("brief.html.j2").render(
        m=model or build_model(comparison), css=Markup(templates.read("brief.css")))


def _pdf_from_html(html: str) -> bytes:
    from weasyprint import HTML

    from ..limits import time_limit

    with time_limit(RENDER_SECONDS, RenderError, f"the PDF brief took longer than {RENDER_SECONDS} s"):
        return HTML(string=html, base_url="data:,", url_fetcher=_fetcher_class()()).write_pdf()


def render_pdf(comparison: Comparison, model: ReportModel | None = None) -> bytes:
    return _pdf_from_html(brief_html(comparison, model))


def render(comparison: Comparison, out_dir: Path, model: ReportModel | None = None) -> Path:
    path = Path(out_dir) / FILE_NAME
    atomic_write(path, render_pdf(comparison, model))
    return path


class BriefWorker:
    """A process (`python -m compare.report.pdf`) that renders the brief while the build does the rest.

    A plain subprocess rather than multiprocessing, so a script or notebook
    that calls `build` is never imported again in the worker. It is a context
    manager around one build: the process never outlives it.
    """

    def __init__(self):
        # The worker finds this package (checkout, editable install or wheel) where this process did.
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(path for path in sys.path if path)}
        self._errors = tempfile.TemporaryFile()  # a file, not a pipe: the worker can never block on it
        self._sender: threading.Thread | None = None
        try:
            self._process: subprocess.Popen | None = subprocess.Popen(
                [sys.executable, "-m", "compare.report.pdf"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                stderr=self._errors, env=env)
        except OSError:
            self._process = None  # no process can be started here: the brief is rendered in this one

    def render(self, comparison: Comparison, out_dir: Path, model: ReportModel) -> PendingBrief:
        """Hand the brief to the worker; the returned `PendingBrief` gives the written path."""
        pending = PendingBrief(self, brief_html(comparison, model), Path(out_dir) / FILE_NAME)
        if self._process is not None:
            # Sent from a thread: the pipe holds 64 KiB, and the worker may still be importing.
            payload = f"{json.dumps(str(pending.path))}\n{pending.html}"
            self._sender = threading.Thread(target=self._send, args=(payload,), daemon=True)
            self._sender.start()
        return pending

    def _send(self, payload: str) -> None:
        try:
            with self._process.stdin as pipe:
                pipe.write(payload.encode("utf-8"))
        except OSError:
            pass  # the worker is gone: `_finish` renders here

    def _finish(self, html: str, path: Path) -> Path:
        process, self._process = self._process, None
        if process is not None and self._sender is not None:
            self._sender.join()
            try:
                process.wait(timeout=RENDER_SECONDS + 30)  # the worker keeps its own limit; this is a backstop
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                raise RenderError(f"the PDF brief took longer than {RENDER_SECONDS} s") from None
            if process.returncode == 0:
                return path
            if process.returncode == RenderError.exit_code:
                self._errors.seek(0)
                raise RenderError(self._errors.read().decode("utf-8", "replace").strip().splitlines()[-1])
            # The worker could not do it (it died, or could not load WeasyPrint): do it here.
        atomic_write(path, _pdf_from_html(html))
        return path

    def __enter__(self) -> BriefWorker:
        return self

    def __exit__(self, *exc) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            self._process = None
        self._errors.close()


@dataclass
class PendingBrief:
    worker: BriefWorker
    html: str
    path: Path

    def result(self) -> Path:
        return self.worker._finish(self.html, self.path)


def _die_with_parent() -> None:
    """Ask the kernel to end this worker when its build ends, however the build ends (Linux); elsewhere
    the check before writing keeps a brief from a dead build out of the output folder."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def main() -> int:
    """The worker: load WeasyPrint at once, then render the one brief it is sent on stdin."""
    parent = os.getppid()
    _die_with_parent()
    if os.getppid() != parent:
        return 0  # the build ended while this worker started
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the build's to handle
    import weasyprint  # noqa: F401  (loaded while the build reads its sources)

    data = sys.stdin.buffer.read()
    if not data:
        return 0  # the build ended without a brief to render
    path, _, html = data.decode("utf-8").partition("\n")
    try:
        pdf = _pdf_from_html(html)
        if os.getppid() != parent:
            return 0  # the build is gone: a brief written now would sit beside another build's report
        atomic_write(Path(json.loads(path)), pdf)
    except RenderError as exc:
        print(exc, file=sys.stderr)
        return RenderError.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
