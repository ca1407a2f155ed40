"""The report model: what is highlighted, which words changed, which links survive."""
import subprocess
import sys
import zipfile

from compare.model import Claim, Source
from compare.report.model import safe_url, segments, word_diff
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


def test_word_diff_marks_both_sides():
    left, right = word_diff("widespread and serious failures", "widespread or serious failures")
    assert [(w.text, w.change) for w in left if w.change] == [("and", "del")]
    assert [(w.text, w.change) for w in right if w.change] == [("or", "ins")]


def test_only_web_links_survive():
    assert safe_url("https://example.com/a") == "https://example.com/a"
    assert safe_url("javascript:alert(1)") == "" and safe_url("JaVaScRiPt:x") == "" and safe_url(None) == ""


def test_templates_ship_in_the_wheel(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(tmp_path), str(ROOT)], check=True, capture_output=True)
    [wheel] = tmp_path.glob("compare-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for asset in ("report.html.j2", "report.css", "report.js", "brief.html.j2", "brief.css"):
        assert f"report_templates/{asset}" in names
