"""Alignment: the same statement found in the sources of one event, one-to-one, never chained."""
from compare.align import best_window, one_to_one, words
from tests.conftest import compare_articles


def aligned_texts(comparison, kind):
    claims = {c.id: c for c in comparison.claims}
    return [sorted(claims[i].text for i in a.claims) for a in comparison.alignments if a.kind == kind]


def test_best_window_finds_a_part_in_a_whole():
    whole = words("Risks to children are recognised early. The corporate response has been impressive.")
    part = words("The corporate response has been impressive")
    window = best_window(part, whole)
    assert whole[window.start:window.end] == part and window.similarity == 1.0


def test_words_leave_out_an_editors_brackets_and_apostrophes():
    assert words("more workers in October [184,000] than at any time") == \
        words("more workers in October than at any time")
    assert words("Words can't describe the loss") == words("Words cant describe the loss")


def test_one_to_one_keeps_mutual_best_pairs_and_never_chains():
    source = {"a1": "A", "b1": "B", "c1": "C", "b2": "B"}.get
    # a1~b1 and b1~c1 are strong, a1~c1 is not a candidate: no group holds all three.
    groups = one_to_one({("a1", "b1"): 0.9, ("b1", "c1"): 0.8}, source)
    assert groups == [["a1", "b1"]]
    # b2 is a1's second best in B: it stays out.
    assert one_to_one({("a1", "b1"): 0.9, ("a1", "b2"): 0.7}, source) == [["a1", "b1"]]
    # three claims that all match each other are one group.
    assert one_to_one({("a1", "b1"): 0.9, ("b1", "c1"): 0.8, ("a1", "c1"): 0.8}, source) == [["a1", "b1", "c1"]]


def test_a_split_quote_is_one_alignment(tmp_path):
    comparison = compare_articles(tmp_path, [
        ("Post", "2023-01-10", "Strike ends\n\n\u201cWe have reached a fair deal for our members. Services will "
                               "return to normal on Monday,\u201d union leader Sue Park said."),
        ("Echo", "2023-01-10", "Deal ends strike\n\n\u201cWe have reached a fair deal for our members,\u201d union "
                               "leader Sue Park said.\n\n\u201cServices will return to normal on Monday.\u201d"),
    ])
    [group] = aligned_texts(comparison, "quote")
    assert len(group) == 3


def test_a_background_figure_in_two_stories_is_not_compared(tmp_path):
    comparison = compare_articles(tmp_path, [
        ("Post", "2014-08-26", "Inquiry report\n\nThe inquiry found 1,400 children were abused in the town."),
        ("Echo", "2018-01-29", "Council rated good\n\nAn inquiry found up to 1,400 children had been exploited."),
    ])
    assert len(comparison.events) == 2
    assert aligned_texts(comparison, "figure") == []
    assert [d.kind for d in comparison.discrepancies] == []


def test_a_long_quote_that_recurs_in_a_later_story_is_aligned_but_not_compared(tmp_path):
    comparison = compare_articles(tmp_path, [
        ("Post", "2014-11-19", "Services inadequate\n\nIn its report Ofsted said: \u201cThere are widespread or serious failures "
                               "that result in children being harmed or at risk of harm.\u201d"),
        ("Echo", "2018-01-29", "Services now good\n\nIn 2014 Ofsted said there were \u201cwidespread or serious "
                               "failures that result in children being harmed or at risk of harm\u201d."),
    ])
    [recurring] = [a for a in comparison.alignments if a.kind == "quote"]
    assert recurring.event is None and len(recurring.claims) == 2
    assert comparison.discrepancies == []


def test_small_numbers_in_different_stories_do_not_align(tmp_path):
    comparison = compare_articles(tmp_path, [
        ("Post", "2023-05-02", "Fire\n\nThree fire engines attended the blaze on Kirkstall Road."),
        ("Echo", "2023-05-02", "Vote\n\nThree councillors voted against the cycle lanes in Bristol."),
    ])
    assert aligned_texts(comparison, "figure") == []


def test_two_sentences_of_one_statement_are_not_one_quote(tmp_path):
    statement = ("\u201cThis is devastating news for American workers and families. The president's policies "
                 "have failed, and the economy is stalling,\u201d Mitt Romney said.")
    comparison = compare_articles(tmp_path, [
        ("Post", "2012-06-01", "Jobs report weak\n\nRomney called it \u201cdevastating news for American workers "
                               "and families\u201d on Friday."),
        ("Echo", "2012-06-01", "Weak jobs report\n\n" + statement),
        ("Star", "2012-06-01", "Jobs figures disappoint\n\nRomney said \u201cthe president's policies have failed, "
                               "and the economy is stalling\u201d on Friday."),
    ])
    assert [d for d in comparison.discrepancies if d.kind == "quote_wording"] == []
    claims = {c.id: c for c in comparison.claims}
    for alignment in (a for a in comparison.alignments if a.kind == "quote"):
        assert {claims[c].source for c in alignment.claims} != {"0", "1", "2"}  # Post's and Star's never joined


def test_a_stock_phrase_from_two_people_is_two_quotes(tmp_path):
    comparison = compare_articles(tmp_path, [
        ("Post", "2013-07-01", "Firefighters killed\n\nPresident Barack Obama said \u201cour thoughts and prayers "
                               "go out\u201d to the families of the firefighters."),
        ("Echo", "2013-07-01", "Crew lost in wildfire\n\nGovernor Jan Brewer said: \u201cMy thoughts and prayers "
                               "go out to the families.\u201d The firefighters were killed on Sunday."),
    ])
    assert aligned_texts(comparison, "quote") == []


def test_two_quantities_in_one_sentence_are_not_two_versions_of_one(tmp_path):
    comparison = compare_articles(tmp_path, [
        ("Post", "2016-05-05", "Poll lead\n\nThe poll gave the senator 21 points against the governor's 17 points "
                               "among independents."),
        ("Echo", "2016-05-05", "Senator leads poll\n\nThe poll gave the governor 17 points against the senator's "
                               "21 points among independents."),
    ])
    assert [d.kind for d in comparison.discrepancies if d.kind.startswith("figure") or d.kind == "internal"] == []


def test_a_ratio_is_one_share_not_two_counts(tmp_path):
    """'two-in-three' is a share (0.67), not a count of two and one of three; two outlets giving
    different odds of one outcome differ."""
    comparison = compare_articles(tmp_path, [
        ("Post", "2016-05-05", "Forecast\n\nThe model gives the party a two-in-three chance of winning the seat."),
        ("Echo", "2016-05-05", "Party favoured\n\nThe model gives the party a one-in-three chance of winning the seat."),
    ])
    figures = [(c.text, round(c.value, 4), c.unit) for c in comparison.claims if c.kind == "figure"]
    assert figures == [("two-in-three chance", 0.6667, "share"), ("one-in-three chance", 0.3333, "share")]
    [finding] = [d for d in comparison.discrepancies if d.kind == "figure_value"]
    assert "two-in-three" in finding.summary and "one-in-three" in finding.summary


def test_a_file_of_thousands_of_figures_is_compared_on_its_first_ones(tmp_path):
    lede = "The fire at the Grenby warehouse killed 12 people and injured 40 others, firefighters said on Monday."
    table = " ".join(f"Unit {n} stored {n * 7} boxes." for n in range(1, 3001))  # a data dump, not prose
    comparison = compare_articles(tmp_path, [
        ("Daily Post", "2024-05-06", f"Grenby warehouse fire kills 12\n\n{lede}\n\n{table}\n"),
        ("Evening News", "2024-05-06", "Grenby warehouse fire kills 14\n\nThe fire at the Grenby warehouse "
                                       "killed 14 people and injured 40 others, firefighters said on Monday.\n"),
    ])
    big = next(s.id for s in comparison.corpus.sources if s.outlet == "Daily Post")
    assert sum(1 for c in comparison.claims if c.source == big and c.kind == "figure") > 3000  # all listed
    assert ["12 people", "14 people"] in aligned_texts(comparison, "figure")
    assert any(f.kind == "figure_value" and "12 people" in f.summary and "14 people" in f.summary
               for f in comparison.discrepancies)
