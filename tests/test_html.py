"""report.html in a real headless Chromium: filters, jumping to claims, and inert source markup."""
import re
import shutil

import pytest

from tests.conftest import ROOT, build_articles, load_json

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


def test_show_in_the_sources_puts_each_outlets_sentence_side_by_side_and_names_it_in_the_address(page, example_build):
    page.goto((example_build / "report.html").as_uri())
    item = page.locator("li.discrepancy", has_text="at least 1,400").first
    finding = item.get_attribute("id")
    item.locator("button.show").click()
    panel = item.locator(".in-sources")
    assert panel.is_visible()
    marked = panel.locator("mark").all_text_contents()
    assert "at least 1,400 children" in marked and "up to 1,400 children" in marked
    boxes = [box.bounding_box() for box in panel.locator(":scope > div").all()]
    assert len(boxes) == 2 and abs(boxes[0]["y"] - boxes[1]["y"]) < 2 and boxes[0]["x"] != boxes[1]["x"]
    assert page.url.endswith("#" + finding)
    shots = ROOT / "test-output"
    shots.mkdir(exist_ok=True)
    item.screenshot(path=str(shots / "report-discrepancy.png"))
    page.go_back()
    page.wait_for_function("id => document.querySelector('#in-' + id).hidden", arg=finding)
    assert not page.url.endswith("#" + finding)
    page.go_forward()
    panel.wait_for(state="visible")
    assert page.errors == []


def test_an_address_naming_a_finding_opens_it(page, example_build):
    page.goto((example_build / "report.html").as_uri())
    finding = page.locator("li.discrepancy", has_text="at least 1,400").first.get_attribute("id")
    page.goto((example_build / "report.html").as_uri() + "#" + finding)
    assert page.locator(f"#in-{finding}").is_visible()


def test_j_and_k_walk_the_findings_shown_and_o_opens_one(page, example_build):
    page.goto((example_build / "report.html").as_uri())
    page.select_option("#filter-severity", "medium")
    shown = page.eval_on_selector_all("li.discrepancy:not([hidden])", "els => els.map(e => e.id)")
    assert len(shown) >= 2
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert page.eval_on_selector("li.discrepancy.current", "e => e.id") == shown[1]
    page.keyboard.press("k")
    assert page.eval_on_selector("li.discrepancy.current", "e => e.id") == shown[0]
    page.keyboard.press("o")
    assert page.locator(f"#in-{shown[0]}").is_visible() or page.locator(f"#{shown[0]} button.show").count() == 0
    assert page.errors == []


def test_an_alignment_highlights_every_version(page, example_build):
    page.goto((example_build / "report.html").as_uri())
    table = page.locator("table.alignment", has_text="The corporate response").first
    table.locator("xpath=../following-sibling::button[1]").click()
    active = page.eval_on_selector_all("article mark.active", "els => els.map(e => e.textContent)")
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
    assert page.locator("script[src]").count() == 0
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
    from tests.conftest import run_cli, write_one_story_and_one_alone

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_one_story_and_one_alone(corpus)
    out = tmp_path / "out"
    assert run_cli("build", corpus, "-o", out).returncode == 0
    html = (out / "report.html").read_text(encoding="utf-8")
    options = re.search(r'<select name="event" id="filter-event">(.*?)</select>', html, re.S).group(1)
    assert "Hospital waiting list" in options and "Library to open" not in options


# -- a corpus too large for one page: an index and a page per story ------------------------------

def no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_a_large_corpus_gets_a_small_index_with_its_stories_and_a_page_for_each(page, allsides_build):
    index = allsides_build / "report.html"
    assert index.stat().st_size < 2_000_000
    page.goto(index.as_uri())
    assert page.locator("article.source").count() == 0       # the articles are on the story pages
    links = page.eval_on_selector_all("table.stories a", "els => els.map(e => e.getAttribute('href'))")
    assert len(links) > 20 and all((allsides_build / link).is_file() for link in links)
    single = page.eval_on_selector_all("#single a", "els => els.map(e => e.getAttribute('href'))")
    assert single and not set(single) & set(links)           # told by one article: listed apart
    page.click(f"table.stories a[href='{links[0]}']")
    page.wait_for_url("**/" + links[0])
    assert page.locator("li.discrepancy").count() > 0 and page.locator("article.source").count() >= 2
    assert page.locator("#filter-event").count() == 0         # a story page filters its own findings only
    page.click("header.top .back a")
    page.wait_for_url("**/report.html")
    assert page.errors == []


def test_the_index_searches_findings_and_articles(page, allsides_build):
    finding = next(d for d in load_json(allsides_build / "comparison.json")["discrepancies"] if d["kind"] == "name")
    word = max(re.findall(r"\w{6,}", finding["summary"]), key=len)
    page.goto((allsides_build / "report.html").as_uri())
    page.fill("#search-box", word.lower())
    result = page.locator("#search-results li.finding a", has_text=finding["summary"][:40]).first
    result.click()
    page.wait_for_url(f"**#{finding['id']}")
    assert page.locator(f"#in-{finding['id']}").is_visible()  # opened where the search result pointed
    page.go_back()
    page.fill("#search-box", "reuters")
    texts = page.locator("#search-results li").all_text_contents()
    assert texts and all("reuters" in text.lower() for text in texts)
    page.fill("#search-box", "")
    assert page.locator("#search-results li").count() == 0
    assert page.errors == []


def test_every_page_fits_a_phone(browser, allsides_build, example_build):
    phone = browser.new_page(viewport={"width": 390, "height": 844})
    shots = ROOT / "test-output"
    shots.mkdir(exist_ok=True)
    story = next(allsides_build.glob("stories/*.html"))
    busiest = max(allsides_build.glob("stories/*.html"), key=lambda p: p.stat().st_size)
    for name, path in (("index", allsides_build / "report.html"), ("story", story), ("busiest-story", busiest),
                       ("one-page", example_build / "report.html")):
        phone.goto(path.as_uri())
        phone.screenshot(path=str(shots / f"phone-{name}.png"))
        assert no_sideways_scroll(phone), f"{name}: the page is wider than a phone"
    phone.close()
