"""'Since the last build': what a build adds and loses against the digest the previous one left."""
from compare.changes import BuildDigest, changes_since, digest
from compare.model import Comparison, Corpus, Discrepancy, Source


def comparison(source_ids, findings):
    sources = [Source(id=s, path=f"{s}.txt", format="text", headline=s, text=s) for s in source_ids]
    discrepancies = [Discrepancy(id=finding_id, kind="figure_value", sources=["a"], summary=summary)
                     for finding_id, summary in findings]
    return Comparison(corpus=Corpus("c", "", sources), discrepancies=discrepancies, generated_at="2024-05-01T09:00:00+00:00")


def test_a_first_build_has_nothing_to_compare_with():
    assert changes_since(None, comparison(["a"], [])).previous_build is None


def test_sources_and_findings_added_and_gone_by_id():
    before = digest(comparison(["a", "b"], [("f-1", "Figures differ: 12 or 14 dead"),
                                            ("f-2", "Two roles for Dana Reyes")]))
    now = comparison(["a", "c"], [("f-1", "Figures differ: 12 or 14 dead"),
                                  ("f-3", "Quotes differ: 'and' for 'or'")])
    changes = changes_since(BuildDigest.from_record(before.to_record()), now)
    assert changes.previous_build == "2024-05-01T09:00:00+00:00"
    assert changes.sources_added == ["c"] and changes.sources_removed == ["b"]
    assert changes.discrepancies_new == ["Quotes differ: 'and' for 'or'"]
    assert changes.discrepancies_gone == ["Two roles for Dana Reyes"]


def test_a_finding_reworded_is_the_same_finding():
    before = digest(comparison(["a"], [("f-1", "The Post says 12 dead; the Echo says 14.")]))
    now = comparison(["a"], [("f-1", "The Morning Post says 12 dead; the Echo says 14.")])
    changes = changes_since(before, now)
    assert changes.discrepancies_new == [] and changes.discrepancies_gone == []
