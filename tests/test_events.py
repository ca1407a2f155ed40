"""Grouping sources by event: dates gate, content decides, an undated source needs agreeing verdicts."""
from tests.conftest import compare_articles

FIRE = "Warehouse fire in Leeds\n\nA fire destroyed a warehouse on Kirkstall Road in Leeds overnight. " \
       "Firefighters from West Yorkshire Fire Service fought the blaze for six hours.\n"
FIRE_2 = "Kirkstall Road blaze\n\nSix hours of firefighting could not save the Kirkstall Road warehouse in " \
         "Leeds, West Yorkshire Fire Service said.\n"
VOTE = "Council backs cycle lanes\n\nBristol councillors voted to build 12 miles of cycle lanes across the " \
       "city centre, despite objections from traders.\n"


def groups(comparison) -> list[list[str]]:
    return sorted(sorted(e.sources) for e in comparison.events)


def test_two_stories_on_one_day_are_two_events(tmp_path):
    comparison = compare_articles(tmp_path, [("Post", "2023-05-02", FIRE), ("Echo", "2023-05-02", FIRE_2),
                                             ("Echo", "2023-05-02", VOTE)])
    assert groups(comparison) == [["0", "1"], ["2"]]
    assert all(e.label and e.date == "2023-05-02" for e in comparison.events)


def test_the_same_story_years_apart_is_a_timeline_not_one_event(tmp_path):
    comparison = compare_articles(tmp_path, [("Post", "2019-05-02", FIRE), ("Echo", "2023-05-02", FIRE_2)])
    assert groups(comparison) == [["0"], ["1"]]


def test_an_undated_source_is_placed_by_its_content(tmp_path):
    comparison = compare_articles(tmp_path, [("Post", "2023-05-02", FIRE), ("Echo", None, FIRE_2),
                                             ("Gazette", "2023-05-02", VOTE)])
    assert groups(comparison) == [["0", "1"], ["2"]]


def test_an_undated_source_with_another_verdict_is_another_event(tmp_path):
    first = "Hillside Academy rated good\n\nHillside Academy in Bradford has been rated good by Ofsted inspectors.\n"
    later = "Hillside Academy graded inadequate\n\nHillside Academy in Bradford has been rated inadequate by " \
            "Ofsted inspectors.\n"
    comparison = compare_articles(tmp_path, [("Post", "2023-07-12", first), ("Echo", None, later)])
    assert groups(comparison) == [["0"], ["1"]]


def test_every_source_belongs_to_exactly_one_event(tmp_path):
    comparison = compare_articles(tmp_path, [("Post", "2023-05-02", FIRE), ("Echo", None, FIRE_2),
                                             ("Gazette", None, VOTE)])
    members = [s for e in comparison.events for s in e.sources]
    assert sorted(members) == ["0", "1", "2"]
    assert {s.id: s.event for s in comparison.corpus.sources} == {s: e.id for e in comparison.events for s in e.sources}


def test_coverage_the_next_day_is_one_event_and_three_days_on_another(tmp_path):
    comparison = compare_articles(tmp_path, [("Post", "2023-05-02", FIRE), ("Echo", "2023-05-03", FIRE_2)])
    assert groups(comparison) == [["0", "1"]]
    (tmp_path / "later").mkdir()
    comparison = compare_articles(tmp_path / "later", [("Post", "2023-05-02", FIRE), ("Echo", "2023-05-05", FIRE_2)])
    assert groups(comparison) == [["0"], ["1"]]
