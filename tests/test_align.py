"""Alignment: the same statement found across sources, whole, in part or split."""
from compare.align import best_window, words
from tests.conftest import compare_articles


def aligned_texts(comparison, kind):
    claims = {c.id: c for c in comparison.claims}
    return [sorted(claims[i].text for i in a.claims) for a in comparison.alignments if a.kind == kind]


def test_best_window_finds_a_part_in_a_whole():
    whole = words("Risks to children are recognised early. The corporate response has been impressive.")
    part = words("The corporate response has been impressive")
    window = best_window(part, whole)
    assert whole[window.start:window.end] == part and window.similarity == 1.0


def test_a_split_quote_is_one_alignment(tmp_path):
    comparison = compare_articles(tmp_path, [
        ("Post", "2023-01-10", "Strike ends\n\n\u201cWe have reached a fair deal for our members. Services will "
                               "return to normal on Monday,\u201d union leader Sue Park said."),
        ("Echo", "2023-01-10", "Deal ends strike\n\n\u201cWe have reached a fair deal for our members,\u201d union "
                               "leader Sue Park said.\n\n\u201cServices will return to normal on Monday.\u201d"),
    ])
    [group] = aligned_texts(comparison, "quote")
    assert len(group) == 3


def test_a_background_figure_aligns_across_events(tmp_path):
    comparison = compare_articles(tmp_path, [
        ("Post", "2014-08-26", "Inquiry report\n\nThe inquiry found 1,400 children were abused in the town."),
        ("Echo", "2018-01-29", "Council rated good\n\nAn inquiry found at least 1,400 children had been exploited."),
    ])
    assert aligned_texts(comparison, "figure") == [["1,400 children", "at least 1,400 children"]]
    assert len(comparison.events) == 2


def test_small_numbers_in_different_stories_do_not_align(tmp_path):
    comparison = compare_articles(tmp_path, [
        ("Post", "2023-05-02", "Fire\n\nThree fire engines attended the blaze on Kirkstall Road."),
        ("Echo", "2023-05-02", "Vote\n\nThree councillors voted against the cycle lanes in Bristol."),
    ])
    assert aligned_texts(comparison, "figure") == []
