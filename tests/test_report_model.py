"""The report model: what is highlighted, which words changed, which links survive."""
import subprocess
import sys
import zipfile

from compare.model import Claim, Source
from compare.report.model import marked_words, safe_url, segments
from tests.conftest import ROOT


def test_segments_cover_the_text_and_mark_each_claim_once():
    text = "Up to 1,400 children were abused."
    source = Source(id="s", path="s", format="text", headline=text, text=text)
    claims = [Claim("s:0", "s", "figure", "Up to 1,400 children", 0, 20),
              Claim("s:1", "s", "quote", "1,400 children were abused", 6, 32)]
    parts = segments(source, claims)
    assert "".join(p.text for p in parts) == text
    assert [p.anchor for p in parts if p.anchor] == ["c-s-0", "c-s-1"]
    assert [p.claims for p in parts if p.text == "1,400 children"] == ["c-s-0 c-s-1"]


def test_a_findings_marks_flag_the_words_they_cover():
    words = marked_words("widespread or serious failures", [(11, 13)], "ins")
    assert [(w.text, w.change) for w in words if w.change] == [("or", "ins")]
    assert [w.text for w in words] == ["widespread", "or", "serious", "failures"]


def test_only_web_links_survive():
    assert safe_url("https://example.com/a") == "https://example.com/a"
    assert safe_url("javascript:alert(1)") == "" and safe_url("JaVaScRiPt:x") == "" and safe_url(None) == ""


def test_templates_ship_in_the_wheel(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(tmp_path), str(ROOT)], check=True, capture_output=True)
    [wheel] = tmp_path.glob("compare-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for asset in ("report.html.j2", "source.html.j2", "report.css", "report.js", "brief.html.j2", "brief.css"):
        assert f"report_templates/{asset}" in names


def test_a_large_corpus_gets_a_brief_of_its_weightiest_events_in_date_order():
    from compare.model import Comparison, Corpus, Discrepancy, Event
    from compare.report.model import build_model
    from compare.rules.report import BRIEF_EVENTS, BRIEF_SOURCES

    sources, events, discrepancies = [], [], []
    for day in range(1, 21):  # twenty two-outlet events; the even days have a high-severity finding
        date = f"2024-05-{day:02d}"
        ids = [f"{day}a", f"{day}b"]
        for sid, outlet in zip(ids, ("Morning Star", "Evening Post")):
            sources.append(Source(id=sid, path=f"{sid}.txt", format="text", headline=f"Story of {date}",
                                  text=f"Story of {date}", outlet=outlet, published=date, event=f"event-{day}"))
        events.append(Event(id=f"event-{day}", sources=ids, label=f"{date}: Story", date=date))
        severity = "high" if day % 2 == 0 else "low"
        discrepancies.append(Discrepancy(id=f"d{day}", kind="figure_value", sources=ids, event=f"event-{day}", summary=f"Figures differ on {date}",
                                         severity=severity))
    model = build_model(Comparison(corpus=Corpus("big", "", sources), events=events, discrepancies=discrepancies))
    chosen = [e.date for e in model.brief_events]
    assert len(chosen) == BRIEF_EVENTS and chosen == sorted(chosen)
    assert all(int(date[-2:]) % 2 == 0 for date in chosen)
    assert model.more_events == 20 - BRIEF_EVENTS
    assert len(sources) > BRIEF_SOURCES
    assert {s.published for s in model.brief_sources} == set(chosen)
    assert model.more_sources == len(sources) - 2 * BRIEF_EVENTS


def test_a_link_with_a_password_or_a_broken_port_is_no_link():
    assert safe_url("https://user:secret@example.com/a") == ""
    assert safe_url("https://example.com:99999/a") == "" and safe_url("http://[::1/a") == ""
