"""comparison.json: one record per line, and the same file whether claim lines come cached or not."""
import json
from dataclasses import replace

import jsonschema

from compare.model import Changes
from compare.report import jsonreport
from tests.conftest import ARTICLE, SCHEMA, compare_articles, load_json


def test_every_claim_is_one_line_so_builds_diff_claim_by_claim(tmp_path):
    comparison = compare_articles(tmp_path, [("Daily Post", "2024-03-01", ARTICLE)])
    text = jsonreport.render(comparison, tmp_path / "out").read_text(encoding="utf-8")
    lines = text.splitlines()
    for claim in comparison.claims:
        [line] = [line for line in lines if f'"id": "{claim.id}"' in line and '"kind"' in line]
        assert json.loads(line.strip().rstrip(","))["text"] == claim.text
    assert json.loads(text)["claims"] == [jsonreport.claim_record(c) for c in comparison.claims]


def test_cached_claim_lines_give_the_same_file(tmp_path):
    comparison = compare_articles(tmp_path, [("Daily Post", "2024-03-01", ARTICLE),
                                             ("Evening News", "2024-03-01", ARTICLE.replace("4,120", "4,210"))])
    cached = {s.id: jsonreport.claim_lines([c for c in comparison.claims if c.source == s.id])
              for s in comparison.corpus.sources[:1]}
    fresh = jsonreport.render(comparison, tmp_path / "fresh").read_text(encoding="utf-8")
    assert jsonreport.render(comparison, tmp_path / "cached", cached).read_text(encoding="utf-8") == fresh


def test_empty_lists_stay_valid_json():
    assert json.loads(jsonreport.dumps({"claims": [], "skipped": [], "name": "x"})) == \
        {"claims": [], "skipped": [], "name": "x"}


def test_findings_and_changes_read_back_as_they_were_written(tmp_path):
    comparison = compare_articles(tmp_path, [("Daily Post", "2024-03-01", ARTICLE),
                                             ("Evening News", "2024-03-01", ARTICLE.replace("4,120", "4,910"))])
    comparison = replace(comparison, changes=Changes("2024-02-29T10:00:00+00:00", ["b"], [], ["New finding"], []))
    path = jsonreport.render(comparison, tmp_path / "out")
    jsonschema.validate(load_json(path), load_json(SCHEMA))
    back = jsonreport.load(path)
    assert back.discrepancies == comparison.discrepancies and back.discrepancies
    assert all(d.versions and d.event for d in back.discrepancies)
    assert back.changes == comparison.changes
