"""report.html in a real headless Chromium: filters, jumping to claims, and inert source markup."""
import re
import shutil

import pytest

from tests.conftest import ROOT, build_articles

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.on("dialog", lambda dialog: page.errors.append(f"dialog: {dialog.message}") or dialog.dismiss())
    yield page
    page.close()


def test_filtering_by_kind_shrinks_the_list(page, example_build):
    page.goto((example_build / "report.html").as_uri())
    total = int(page.text_content("#shown-count"))
    page.select_option("#filter-kind", "omission")
    shown = int(page.text_content("#shown-count"))
    visible = page.locator("li.discrepancy:visible").count()
    assert 0 < shown == visible < total
    assert all(k == "omission" for k in page.eval_on_selector_all(
        "li.discrepancy:not([hidden])", "els => els.map(e => e.dataset.kind)"))
    page.select_option("#filter-kind", "")
    assert int(page.text_content("#shown-count")) == total
    assert page.errors == []


def test_clicking_a_discrepancy_highlights_its_words_in_the_sources(page, example_build, tmp_path):
    page.goto((example_build / "report.html").as_uri())
    item = page.locator("li.discrepancy", has_text="at least 1,400").first
    item.locator("button.show").click()
    active = page.eval_on_selector_all("mark.active", "els => els.map(e => e.textContent)")
    assert "at least 1,400 children" in active and "up to 1,400 children" in active
    assert page.locator("mark.active").first.is_visible()
    shots = ROOT / "test-output"
    shots.mkdir(exist_ok=True)
    page.screenshot(path=str(shots / "report-discrepancy.png"))
    assert (shots / "report-discrepancy.png").stat().st_size > 10_000


def test_an_alignment_highlights_every_version(page, example_build):
    page.goto((example_build / "report.html").as_uri())
    table = page.locator("table.alignment", has_text="The corporate response").first
    table.locator("xpath=following-sibling::button[1]").click()
    active = page.eval_on_selector_all("mark.active", "els => els.map(e => e.textContent)")
    assert sum("corporate response" in text for text in active) == 2


def test_the_page_loads_nothing_from_outside(page, example_build):
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto((example_build / "report.html").as_uri())
    assert [u for u in requests if not u.startswith("file:")] == []
    html = (example_build / "report.html").read_text(encoding="utf-8")
    assert re.search(r"<head>\s*<meta http-equiv=\"Content-Security-Policy\"", html)


HOSTILE = ("Hostile page <script>alert('headline')</script>\n\n"
           "The mayor said <img src=x onerror=\"alert('img')\"> nothing. "
           "<a href=\"javascript:alert('link')\">click</a> <a href=\"javas&#x09;cript:alert(2)\">x</a> "
           "<style>body{background:url(http://127.0.0.1:9/x)}</style> "
           "<link rel=attachment href=file:///etc/passwd> </title><script>alert('title')</script>\n")


def test_script_from_a_source_never_runs(page, tmp_path):
    comparison = build_articles(tmp_path, [("Evil <b>Gazette</b>", "2024-01-01", HOSTILE),
                                             ("Post", "2024-01-01", HOSTILE.replace("Hostile", "Other hostile"))])
    report = tmp_path / "out" / "report.html"
    page.goto(report.as_uri())
    assert page.errors == []
    assert page.locator("script").count() == 1          # the report's own script only
    assert page.locator("img, link[rel=attachment], a[href^='javascript']").count() == 0
    assert "<script>alert('headline')</script>" in page.text_content("#sources")
    assert comparison.corpus.sources


def rebuilt_with_a_new_article(tmp_path):
    """Two reports of one story, then a third outlet with a different count: the second build's report."""
    from compare import build

    story = ("Fire at Elm Street warehouse\n\nFirefighters said 12 people were rescued from the warehouse on "
             "Elm Street on Monday night, the fire service said.\n")
    build_articles(tmp_path, [("Daily Post", "2024-03-04", story), ("Evening News", "2024-03-04", story)])
    corpus = tmp_path / "corpus"
    (corpus / "late.txt").write_text(story.replace("12 people", "14 people"), encoding="utf-8")
    with (corpus / "manifest.csv").open("a", encoding="utf-8") as fh:
        fh.write("late.txt,City Radio,2024-03-04\n")
    return build(corpus, tmp_path / "out")


def test_since_the_last_build_lists_the_new_source_and_its_findings(page, tmp_path):
    result = rebuilt_with_a_new_article(tmp_path)
    new = result.comparison.changes.discrepancies_new
    assert result.comparison.changes.sources_added == ["late"] and new
    page.goto((tmp_path / "out" / "report.html").as_uri())
    page.click("nav.toc a[href='#changes']")
    section = page.locator("#changes")
    assert section.is_visible()
    assert "Sources added" in section.text_content() and "late" in section.locator("li").all_text_contents()
    listed = section.locator("li").all_text_contents()
    assert all(summary in listed for summary in new)
    assert all(page.locator("li.discrepancy", has_text=summary).count() == 1 for summary in new)
    assert page.errors == []


def test_the_event_filter_lists_only_stories_that_can_have_findings(tmp_path):
    """A story told by one article alone has nothing to compare: it is no choice in the filter."""
    from tests.conftest import ARTICLE, run_cli

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "b.txt").write_text(ARTICLE.replace("4,120", "4,210"), encoding="utf-8")
    (corpus / "c.txt").write_text("Library to open on Saturdays\n\nThe town's library will open on Saturdays from "
                                  "next month, the council said in a statement on Friday.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run_cli("build", corpus, "-o", out).returncode == 0
    html = (out / "report.html").read_text(encoding="utf-8")
    options = re.search(r'<select name="event" id="filter-event">(.*?)</select>', html, re.S).group(1)
    assert "Hospital waiting list" in options and "Library to open" not in options
