"""brief.pdf read back with poppler: headlines, the summary page, page numbers, nothing fetched."""
import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from compare.report.model import build_model
from compare.report.pdf import _fetcher_class
from tests.conftest import ARTICLE, ROOT, build_articles
from tests.test_html import HOSTILE

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is not installed")


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'").replace("\u2018", "'"))


def test_the_brief_has_every_headline_and_page_numbers(example_build):
    text = pdf_text(example_build / "brief.pdf")
    headlines = ["Rotherham accepts 'inadequate' report", "childrens services 'inadequate' in new report",
                 "rated 'good' by Ofsted for first time", "Children's services in Rotherham 'transformed'",
                 "Child protection graded 'adequate'"]
    body = flat(text)
    for headline in headlines:
        assert headline in body
    count = pages(example_build / "brief.pdf")
    assert 2 <= count <= 20
    assert f"Page 1 of {count}" in body and f"Page {count} of {count}" in body


def test_page_one_says_what_matters_most(example_build):
    first_page = flat(pdf_text(example_build / "brief.pdf").split("\f")[0])
    assert "What matters most" in first_page
    assert "at least 1,400 children" in first_page and "up to 1,400 children" in first_page
    assert first_page.index("HIGH") < first_page.index("MEDIUM")


def test_hostile_markup_is_inert_text_in_the_brief(tmp_path):
    build_articles(tmp_path, [("Evil", "2024-01-01", HOSTILE), ("Post", "2024-01-01", HOSTILE)])
    text = flat(pdf_text(tmp_path / "out" / "brief.pdf"))
    assert "<script>alert('headline')</script>" in text


@pytest.mark.parametrize("url", ["file:///etc/passwd", "http://127.0.0.1:9/x", "https://example.com/a.css",
                                 "ftp://example.com/x", "/dev/urandom"])
def test_the_fetcher_refuses_everything_but_data_urls(url):
    fetcher = _fetcher_class()()
    with pytest.raises(ValueError):
        fetcher.fetch(url)


def test_the_fetcher_serves_data_urls():
    response = _fetcher_class()().fetch("data:text/plain,hello")
    assert response is not None


def build_two_articles(tmp_path):
    build_articles(tmp_path, [("Daily Post", "2024-03-01", ARTICLE),
                                ("Evening News", "2024-03-01", ARTICLE.replace("4,120", "4,210"))])
    return tmp_path / "out" / "brief.pdf"


def test_the_brief_is_written_where_no_worker_process_can_start(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-such-python"))
    brief = build_two_articles(tmp_path)
    assert "Hospital waiting list falls" in flat(pdf_text(brief))


def test_a_worker_that_dies_is_replaced_by_rendering_here(tmp_path):
    from compare.report.pdf import BriefWorker

    comparison = build_articles(tmp_path, [("Daily Post", "2024-03-01", ARTICLE)])
    (tmp_path / "out" / "brief.pdf").unlink()
    with BriefWorker() as worker:
        worker._process.kill()
        path = worker.render(comparison, tmp_path / "out", build_model(comparison)).result()
    assert "Hospital waiting list falls" in flat(pdf_text(path))


def test_a_brief_that_takes_too_long_fails_with_a_reason(tmp_path, monkeypatch):
    from compare.report import pdf

    comparison = build_articles(tmp_path, [("Daily Post", "2024-03-01", ARTICLE)])
    monkeypatch.setattr(pdf, "RENDER_SECONDS", 0.001)
    with pytest.raises(pdf.RenderError, match="longer than"):
        pdf.render(comparison, tmp_path, build_model(comparison))


def test_the_brief_says_what_changed_since_the_last_build(tmp_path):
    from tests.test_html import rebuilt_with_a_new_article

    result = rebuilt_with_a_new_article(tmp_path)
    text = flat(pdf_text(tmp_path / "out" / "brief.pdf"))
    since = text[text.index("Since the last build"):]
    assert "Sources added" in since and " late " in since
    assert flat(result.comparison.changes.discrepancies_new[0])[:40] in since


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc to follow the worker")
def test_a_brief_worker_whose_build_died_writes_nothing(tmp_path):
    """The build hands the worker its brief and is killed at once: no brief.pdf may appear after it."""
    import json
    import time

    target = tmp_path / "brief.pdf"
    payload = tmp_path / "payload"
    html = "<html><body>" + "<p>A paragraph of the brief, long enough to take a moment to lay out.</p>" * 3000
    payload.write_text(json.dumps(str(target)) + "\n" + html, encoding="utf-8")
    script = tmp_path / "build.py"
    script.write_text(
        "import os, subprocess, sys\n"
        "worker = subprocess.Popen([sys.executable, '-m', 'compare.report.pdf'], stdin=subprocess.PIPE)\n"
        f"worker.stdin.write(open({str(payload)!r}, 'rb').read())\n"
        "worker.stdin.close()\n"
        "print(worker.pid, flush=True)\n"
        "os._exit(9)\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    worker = int(result.stdout.split()[0])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and os.path.exists(f"/proc/{worker}") and not _zombie(worker):
        time.sleep(0.05)
    assert not os.path.exists(f"/proc/{worker}") or _zombie(worker)
    assert not target.exists()


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def test_the_brief_states_facts_and_compares_headlines_in_a_table(example_build):
    import subprocess

    text = subprocess.run(["pdftotext", "-layout", str(example_build / "brief.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "only here:" not in text and "The headlines differ" not in text
    assert "at least 1,400" in text and "up to 1,400" in text


@pytest.mark.parametrize("build_name", ["example_build", "allsides_build"])
def test_the_brief_reads_as_sentences_naming_both_sides(build_name, request):
    """No machine text ('a | b', 'only here:'), every finding stated names each outlet it is about,
    labels whole, and the timeline covers the stories the brief covers, no others."""
    out = request.getfixturevalue(build_name)
    comparison = json.loads((out / "comparison.json").read_text(encoding="utf-8"))
    text = pdf_text(out / "brief.pdf")
    body = flat(text)
    assert "|" not in text and "only here:" not in body and " 1 events" not in body
    outlets = {s["id"]: s["outlet"] for s in comparison["sources"]}
    stated = [d for d in comparison["discrepancies"] if flat(d["summary"])[:60] in body]
    assert stated
    for finding in stated:
        sentence = flat(finding["summary"])
        assert all(flat(outlets[s]) in sentence for s in finding["sources"]), sentence
    timeline = body.split("Timeline", 2)[-1]
    covered = [e for e in comparison["events"] if flat(e["label"]) in body]
    assert covered
    dates = set(re.findall(r"\d{4}-\d{2}-\d{2}", timeline.split(flat(covered[0]["label"]))[0]))
    assert dates <= {e["date"] for e in covered}
