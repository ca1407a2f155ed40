"""The review desk in a real headless Chromium: mark a finding, rebuild with an added article, see the mark."""
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from tests.conftest import EXAMPLE, load_json, run_cli
from tests.test_html import ARGS, CHROMIUM

ADDED = ("Unrelated story\n\nThe town's library will open on Saturdays from next month, the council said.\n")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def desk(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLE, corpus)
    out = tmp_path / "out"
    assert run_cli("build", corpus, "-o", out).returncode == 0
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "compare", "serve", str(out), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 30
    while True:  # wait for the server to answer, with a bound
        try:
            urllib.request.urlopen(url, timeout=2).read()
            break
        except (urllib.error.URLError, ConnectionError):
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail(f"the desk did not start: {server.communicate()[1]}")
            time.sleep(0.1)
    yield corpus, out, url
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def page():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        yield page
        browser.close()


def test_a_mark_is_kept_across_a_rebuild_with_an_added_article(desk, page):
    corpus, out, url = desk
    finding = load_json(out / "comparison.json")["discrepancies"][0]
    page.goto(url)
    item = page.locator(f"li.finding[id='{finding['id']}']")
    item.locator("input[value=verified]").check()
    item.locator("input[name=note]").fill("checked against both pages")
    item.locator("input[name=reviewer]").fill("ana")
    item.locator("button").click()
    page.wait_for_selector(f"li.finding[id='{finding['id']}'][data-verdict=verified]")
    assert "checked against both pages" in item.text_content()

    (corpus / "zz-added.txt").write_text(ADDED, encoding="utf-8")
    assert run_cli("build", corpus, "-o", out).returncode == 0
    assert len(load_json(out / "comparison.json")["sources"]) == 6
    page.goto(url)
    assert page.locator(f"li.finding[id='{finding['id']}']").get_attribute("data-verdict") == "verified"
    assert "the evidence changed" not in page.locator(f"li.finding[id='{finding['id']}']").text_content()
    csv_text = urllib.request.urlopen(url + "verdicts.csv", timeout=10).read().decode("utf-8")
    assert finding["id"] in csv_text and "verified" in csv_text and "ana" in csv_text


def test_a_mark_from_another_sites_page_is_refused(desk):
    _, out, url = desk
    finding = load_json(out / "comparison.json")["discrepancies"][0]
    request = urllib.request.Request(url + f"findings/{finding['id']}", data=b"verdict=dismissed", method="POST",
                                     headers={"Origin": "http://evil.example",
                                              "Content-Type": "application/x-www-form-urlencoded"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 403
    assert "dismissed" not in urllib.request.urlopen(url + "verdicts.csv", timeout=10).read().decode("utf-8")


def test_source_text_is_inert_on_the_desk(desk):
    _, _, url = desk
    with urllib.request.urlopen(url, timeout=10) as response:
        policy = response.headers["Content-Security-Policy"]
        html = response.read().decode("utf-8")
    assert "default-src 'none'" in policy and "<script" not in html


def test_the_desk_writes_the_report_again_and_opens_a_finding_in_it(desk, page):
    _, out, url = desk
    finding = next(f for f in load_json(out / "comparison.json")["discrepancies"] if f["kind"] != "headline")
    page.goto(url)
    item = page.locator(f"li.finding[id='{finding['id']}']")
    item.locator("input[value=dismissed]").check()
    item.locator("input[name=note]").fill("the outlets count different things")
    item.locator("button").click()
    page.wait_for_selector(f"li.finding[id='{finding['id']}'][data-verdict=dismissed]")
    page.click("text=Write the report and the brief again")
    page.wait_for_selector(".written")
    page.goto(url + "?show=unmarked")
    assert page.locator(f"li.finding[id='{finding['id']}']").count() == 0
    assert page.locator("li.finding").count() > 0
    page.goto(url + "?show=dismissed")
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.locator(f"li.finding[id='{finding['id']}'] a", has_text="in the report").click()
    page.wait_for_url(f"**/report.html#{finding['id']}")
    shown = page.locator(f"li.discrepancy[id='{finding['id']}']")
    assert "dismissed" in shown.locator(".badge.verdict").text_content()
    assert "the outlets count different things" in shown.text_content()
    assert page.locator(f"#in-{finding['id']}").is_visible()    # the report's own script runs under the desk
    assert errors == []
    brief = urllib.request.urlopen(url + "brief.pdf", timeout=10).read()
    assert brief.startswith(b"%PDF")


@pytest.mark.parametrize("name", ["comparison.json", "verdicts.sqlite", "../corpus/manifest.csv", "stories/../x.html"])
def test_the_desk_serves_only_the_reports(desk, name):
    _, _, url = desk
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(url + name, timeout=10)
    assert refused.value.code == 404
