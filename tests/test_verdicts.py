"""Verdicts kept by finding id: they survive a rebuild, and say when the evidence they judged changed."""
import csv
import shutil

from compare.verdicts import VerdictStore, verdicts_csv
from tests.conftest import EXAMPLE, load_json, run_cli


def _built(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLE, corpus)
    out = tmp_path / "out"
    assert run_cli("build", corpus, "-o", out).returncode == 0
    return corpus, out


def test_a_verdict_on_a_finding_a_rebuild_no_longer_makes_says_so(tmp_path):
    corpus, out = _built(tmp_path)
    findings = load_json(out / "comparison.json")["discrepancies"]
    finding = next(f for f in findings if f["kind"] == "figure_qualifier" and "1,400" in f["summary"])
    store = VerdictStore(out)
    store.mark(finding, "verified", "both pages read", "ana")
    assert not store.all()[finding["id"]].stale(finding)

    source = next(p for p in sorted(corpus.glob("*.txt")) if "up to 1,400" in p.read_text(encoding="utf-8"))
    source.write_text(source.read_text(encoding="utf-8").replace("up to 1,400", "up to 1,450"), encoding="utf-8")
    assert run_cli("build", corpus, "-o", out).returncode == 0
    rebuilt = {f["id"]: f for f in load_json(out / "comparison.json")["discrepancies"]}
    verdict = VerdictStore(out).all()[finding["id"]]
    assert finding["id"] not in rebuilt  # 1,450 against 'at least 1,400' is another finding (a value, not bounds)
    assert "(no longer found)" in verdicts_csv(list(rebuilt.values()), {finding["id"]: verdict})


def test_a_finding_whose_versions_changed_is_stale():
    finding = {"id": "f-1", "kind": "figure_value", "severity": "medium", "summary": "s",
               "versions": [{"text": "about 600 people", "sources": ["a"]}, {"text": "700 residents", "sources": ["b"]}]}
    again = {**finding, "versions": list(reversed(finding["versions"]))}
    corrected = {**finding, "versions": [{"text": "about 650 people", "sources": ["a"]}, finding["versions"][1]]}
    from compare.verdicts import evidence_fingerprint
    assert evidence_fingerprint(finding) == evidence_fingerprint(again) != evidence_fingerprint(corrected)


def test_a_verdicts_export_never_starts_a_formula(tmp_path):
    _, out = _built(tmp_path)
    finding = load_json(out / "comparison.json")["discrepancies"][0]
    store = VerdictStore(out)
    store.mark(finding, "needs-work", "=HYPERLINK(\"http://x\")", "@bob")
    text = verdicts_csv([finding], store.all())
    assert "'=HYPERLINK" in text and "'@bob" in text


def test_verdicts_show_in_the_report_the_table_and_the_brief(tmp_path):
    import subprocess

    _, out = _built(tmp_path)
    findings = load_json(out / "comparison.json")["discrepancies"]
    dismissed, verified = findings[0], findings[-1]
    store = VerdictStore(out)
    store.mark(dismissed, "dismissed", "two different counts", "ana")
    store.mark(verified, "verified", "checked with both outlets", "ana")
    result = run_cli("report", out / "comparison.json")
    assert result.returncode == 0, result.stderr

    html = (out / "report.html").read_text(encoding="utf-8")
    assert 'class="badge verdict dismissed"' in html and "checked with both outlets" in html
    with (out / "discrepancies.csv").open(encoding="utf-8", newline="") as fh:
        table = {row["id"]: (row["verdict"], row["verdict_note"]) for row in csv.DictReader(fh)}
    assert table[dismissed["id"]] == ("dismissed", "two different counts")
    assert table[verified["id"]] == ("verified", "checked with both outlets")
    brief = subprocess.run(["pdftotext", "-layout", str(out / "brief.pdf"), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "verified" in brief
    assert " ".join(dismissed["summary"].split()[:8]) not in " ".join(brief.split())
