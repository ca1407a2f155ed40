"""What is flagged between outlets and, as importantly, what is not: small stories from many beats."""
import pytest

from tests.conftest import compare_articles


def flagged(tmp_path, *articles, kind=None):
    comparison = compare_articles(tmp_path, list(articles))
    return [d for d in comparison.discrepancies if kind is None or d.kind == kind]


# -- figures -------------------------------------------------------------------

def test_lower_and_upper_bound_on_the_same_figure(tmp_path):
    [d] = flagged(tmp_path,
                  ("Post", "2023-03-01", "Factory to close\n\nThe owners said at least 300 jobs would go when the "
                                         "factory closes in June."),
                  ("Echo", "2023-03-01", "Factory closure confirmed\n\nUp to 300 jobs would go when the factory "
                                         "closes in June, the owners said."),
                  kind="figure_qualifier")
    assert "300" in d.summary and "at least" in d.summary.lower() and "up to" in d.summary.lower()
    assert d.severity == "high"


def test_exact_and_approximate_figures_agree(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2023-03-01", "Factory to close\n\nThe owners said 300 jobs would go when the factory "
                                          "closes in June."),
                   ("Echo", "2023-03-01", "Factory closure confirmed\n\nAbout 300 jobs would go when the factory "
                                          "closes in June, the owners said."),
                   kind="figure_qualifier") == []


def test_different_counts_of_the_same_thing(tmp_path):
    [d] = flagged(tmp_path,
                  ("Post", "2023-05-02", "Warehouse fire\n\nThe fire at the warehouse in Leeds killed 12 people "
                                         "on Monday night, police said."),
                  ("Echo", "2023-05-02", "Leeds warehouse blaze\n\nThe fire at the warehouse in Leeds killed 14 "
                                         "people on Monday night, police said."),
                  kind="figure_value")
    assert "12 people" in d.summary and "14 people" in d.summary


def test_a_lower_bound_and_a_larger_count_are_shown_as_compatible_but_different(tmp_path):
    """'At least 12' and '14' can both hold, but a reader comparing the tolls must see them: low severity."""
    [d] = flagged(tmp_path,
                  ("Post", "2023-05-02", "Warehouse fire\n\nThe fire at the warehouse in Leeds killed at least 12 "
                                         "people on Monday night, police said."),
                  ("Echo", "2023-05-02", "Leeds warehouse blaze\n\nThe fire at the warehouse in Leeds killed 14 "
                                         "people on Monday night, police said."),
                  kind="figure_value")
    assert d.severity == "low" and "at least 12" in d.summary and "14" in d.summary
    assert "hedged lets both hold" in d.summary


@pytest.mark.parametrize("post, echo", [
    ("The hospital delivered 1,800 births last year", "The hospital delivered around 2,000 births last year"),
    ("The trust said 240 nurses would lose their jobs", "The trust said as many as 260 nurses would lose their jobs"),
])
def test_a_hedged_figure_that_differs_from_a_plain_one_is_shown(tmp_path, post, echo):
    [d] = flagged(tmp_path,
                  ("Post", "2024-02-01", f"Maternity unit to close\n\n{post}, before the maternity unit closes in March."),
                  ("Echo", "2024-02-01", f"Maternity unit closure\n\n{echo}, before the maternity unit closes in March."),
                  kind="figure_value")
    assert d.severity == "low"


def test_a_bound_far_from_the_other_figure_is_no_hedged_difference(tmp_path):
    """'more than 1,400' and '2,352' may both hold, but so far apart they are more likely two counts."""
    assert flagged(tmp_path,
                   ("Post", "2020-03-13", "Markets plunge\n\nThe Dow Jones Industrial Average closed down more than "
                                          "1,400 points on the day, traders said."),
                   ("Echo", "2020-03-13", "Dow suffers worst day\n\nThe Dow Jones Industrial Average closed down 2,352 "
                                          "points on the day, traders said."),
                   kind="figure_value") == []


def test_one_figure_given_with_and_without_a_hedge_is_no_finding(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2024-02-01", "Maternity unit to close\n\nThe hospital delivered 2,000 births last year, "
                                          "before the maternity unit closes in March."),
                   ("Echo", "2024-02-01", "Maternity unit closure\n\nThe hospital delivered around 2,000 births last "
                                          "year, before the maternity unit closes in March."),
                   kind="figure_value") == []


def test_a_prison_sentence_reported_differently(tmp_path):
    [d] = flagged(tmp_path,
                  ("Post", "2022-09-14", "Fraudster jailed\n\nMark Dale was jailed for six years at Teesside Crown "
                                         "Court for defrauding elderly customers."),
                  ("Echo", "2022-09-14", "Builder jailed for fraud\n\nMark Dale was jailed for eight years at "
                                         "Teesside Crown Court for defrauding elderly customers."),
                  kind="figure_value")
    assert "six years" in d.summary and "eight years" in d.summary


def test_profits_in_money(tmp_path):
    assert len(flagged(tmp_path,
                       ("Wire", "2024-02-20", "Bank profits rise\n\nThe bank reported annual profits of \u00a32.3bn, "
                                              "up from last year."),
                       ("Daily", "2024-02-20", "Bank profits climb\n\nThe bank reported annual profits of \u00a32.5bn, "
                                               "up from last year."),
                       kind="figure_value")) == 1


def test_a_duration_agrees_with_the_range_it_spans(tmp_path):
    found = flagged(tmp_path,
                    ("Post", "2014-08-26", "Abuse report published\n\nChildren were abused over a 16-year period, "
                                           "the inquiry found."),
                    ("Echo", "2014-08-26", "Abuse inquiry findings\n\nChildren were abused between 1997 and 2013, "
                                           "the inquiry found."))
    assert [d.kind for d in found if d.kind not in ("headline",)] == []


def test_the_same_source_contradicting_itself(tmp_path):
    [d] = flagged(tmp_path,
                  ("Post", "2021-06-01", "Hospital cuts\nUp to 50 beds will close at the hospital, the trust said\n"
                                         "The trust said at least 50 beds would close at the hospital by winter."),
                  kind="internal")
    assert "standfirst" in d.summary and "body" in d.summary


# -- quotes and attribution ------------------------------------------------

def test_a_changed_word_in_a_quote(tmp_path):
    [d] = flagged(tmp_path,
                  ("Post", "2023-01-10", "Minister on strikes\n\nThe minister said the strike was \u201ccompletely "
                                         "unjustified and reckless\u201d on Tuesday."),
                  ("Echo", "2023-01-10", "Strike row\n\nThe minister said the strike was \u201ccompletely "
                                         "unjustified and irresponsible\u201d on Tuesday."),
                  kind="quote_wording")
    assert "\u2018reckless\u2019 for \u2018irresponsible\u2019" in d.summary or \
        "\u2018irresponsible\u2019 for \u2018reckless\u2019" in d.summary


def test_a_shorter_quote_is_not_a_discrepancy(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2023-01-10", "Minister on strikes\n\nThe minister said: \u201cThis strike is completely "
                                          "unjustified and will hurt patients across the country.\u201d"),
                   ("Echo", "2023-01-10", "Strike row\n\nThe minister said the strike was \u201ccompletely "
                                          "unjustified and will hurt patients\u201d."),
                   kind="quote_wording") == []


def test_a_quote_split_in_two_is_not_a_discrepancy(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2023-01-10", "Strike ends\n\n\u201cWe have reached a fair deal for our members. "
                                          "Services will return to normal on Monday,\u201d union leader Sue Park said."),
                   ("Echo", "2023-01-10", "Deal ends strike\n\n\u201cWe have reached a fair deal for our members,\u201d "
                                          "union leader Sue Park said.\n\n\u201cServices will return to normal on "
                                          "Monday.\u201d"),
                   kind="quote_wording") == []


def test_the_same_words_credited_to_different_people(tmp_path):
    [d] = flagged(tmp_path,
                  ("Post", "2023-04-04", "Council budget row\n\n\u201cThis budget protects every library in the "
                                         "borough,\u201d said council leader Ann Moss."),
                  ("Echo", "2023-04-04", "Budget approved\n\n\u201cThis budget protects every library in the "
                                         "borough,\u201d said finance chief Raj Singh."),
                  kind="attribution")
    assert "Ann Moss" in d.summary and "Raj Singh" in d.summary


def test_an_organisation_and_its_report_are_one_speaker(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2023-06-06", "Trust criticised\n\nA Care Quality Commission report found failings. "
                                          "\u201cPatients waited too long for pain relief,\u201d the regulator said."),
                   ("Echo", "2023-06-06", "Hospital failings\n\n\u201cPatients waited too long for pain relief,\u201d "
                                          "the Care Quality Commission said."),
                   kind="attribution") == []


# -- ratings and roles ---------------------------------------------------------

def test_different_grades_for_one_school_in_one_event(tmp_path):
    [d] = flagged(tmp_path,
                  ("Post", "2023-07-12", "School inspection\n\nHillside Academy has been rated good by Ofsted "
                                         "inspectors."),
                  ("Echo", "2023-07-12", "Hillside verdict\n\nHillside Academy has been rated requires improvement "
                                         "by Ofsted inspectors."),
                  kind="rating")
    assert "good" in d.summary and "requires improvement" in d.summary


def test_grades_years_apart_are_a_timeline(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2015-07-12", "School inspection\n\nHillside Academy has been rated inadequate by "
                                          "Ofsted inspectors."),
                   ("Echo", "2023-07-12", "Hillside verdict\n\nHillside Academy has been rated good by Ofsted "
                                          "inspectors."),
                   kind="rating") == []


def test_one_person_two_roles(tmp_path):
    [d] = flagged(tmp_path,
                  ("Post", "2023-02-02", "Trust boss quits\n\nThe trust's chief executive, Dana Reyes, resigned on "
                                         "Tuesday after the inquiry."),
                  ("Echo", "2023-02-02", "Resignation at trust\n\nThe trust's finance director, Dana Reyes, resigned "
                                         "on Tuesday after the inquiry."),
                  kind="role")
    assert "chief executive" in d.summary and "finance director" in d.summary


def test_a_fuller_role_is_not_a_different_role(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2023-02-02", "Trust boss quits\n\nThe trust's chief executive, Dana Reyes, resigned on "
                                          "Tuesday after the inquiry."),
                   ("Echo", "2023-02-02", "Resignation at trust\n\nDana Reyes, chief executive of the hospital trust, "
                                          "resigned on Tuesday after the inquiry."),
                   kind="role") == []


# -- headlines and omissions --------------------------------------------------

def test_headlines_of_one_event_are_compared(tmp_path):
    [d] = flagged(tmp_path,
                  ("Post", "2023-05-05", "Council 'failed' flood victims, report finds\n\nThe council failed "
                                         "residents during the floods in Hebden, a report found. The floods "
                                         "damaged 300 homes in the town."),
                  ("Echo", "2023-05-05", "Report clears council over Hebden floods\n\nThe council responded to the "
                                         "floods in Hebden as well as it could, a report found. The floods "
                                         "damaged 300 homes in the town."),
                  kind="headline")
    assert "\u2018failed\u2019" in d.summary and "clears" in d.summary and d.severity == "medium"


def test_a_headlines_own_words_are_whole_numbers_and_abbreviations(tmp_path):
    [d] = flagged(tmp_path,
                  ("Post", "2023-05-05", "U.S. floods force 180,000 from homes\n\nFloods in Hebden damaged 300 homes "
                                         "in the town, a report found on Friday."),
                  ("Echo", "2023-05-05", "Report on Hebden floods\n\nFloods in Hebden damaged 300 homes in the town, "
                                         "a report found on Friday."),
                  kind="headline")
    assert "180,000" in d.summary and "U.S." in d.summary and "180, 000" not in d.summary and "U, S" not in d.summary


def test_a_single_source_has_no_headline_comparison(tmp_path):
    assert flagged(tmp_path, ("Post", "2023-05-05", "Floods report\n\nThe council failed residents, a report found."),
                   kind="headline") == []


STRIKE_QUOTE = ("\n\n\u201cWe have been left with no choice but to take action,\u201d union leader Mick Whelan "
                "said.")


def test_a_figure_one_outlet_leaves_out(tmp_path):
    [d] = flagged(tmp_path,
                  ("Post", "2023-09-09", "Rail strike\n\nTrain drivers will strike on Friday. The union said "
                                         "4,000 drivers had voted for action." + STRIKE_QUOTE),
                  ("Echo", "2023-09-09", "Drivers to strike\n\nTrain drivers will strike on Friday over pay, the "
                                         "union said." + STRIKE_QUOTE),
                  kind="omission")
    assert "4,000 drivers" in d.summary and "Echo" in d.summary


def test_two_figures_of_one_sentence_left_out_are_one_finding(tmp_path):
    [d] = flagged(tmp_path,
                  ("Post", "2023-09-09", "Rail strike\n\nTrain drivers will strike on Friday. The union said "
                                         "4,000 drivers had voted for action and 312 drivers against it." + STRIKE_QUOTE),
                  ("Echo", "2023-09-09", "Drivers to strike\n\nTrain drivers will strike on Friday over pay, the "
                                         "union said." + STRIKE_QUOTE),
                  kind="omission")
    assert "\u20184,000 drivers\u2019 and \u2018312 drivers\u2019" in d.summary and d.summary.endswith("Echo does not.")


def test_a_figure_both_report_is_no_omission(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2023-09-09", "Rail strike\n\nTrain drivers will strike on Friday. The union said "
                                          "4,000 drivers had voted for action."),
                   ("Echo", "2023-09-09", "Drivers to strike\n\nSome 4,000 train drivers voted to strike on "
                                          "Friday, the union said."),
                   kind="omission") == []


def test_a_rating_one_outlet_leaves_out(tmp_path):
    [d] = flagged(tmp_path,
                  ("Post", "2023-07-12", "Care home verdict\n\nThe care home was rated good by inspectors, and its "
                                         "kitchen was rated outstanding."),
                  ("Echo", "2023-07-12", "Care home praised\n\nThe care home was rated good by inspectors on "
                                         "Wednesday."),
                  kind="omission")
    assert "outstanding" in d.summary and d.severity == "medium"


def test_a_match_report_agreed_by_two_outlets_flags_only_the_headlines(tmp_path):
    found = flagged(tmp_path,
                    ("Post", "2024-03-03", "Rovers edge derby\n\nRovers beat City 2-1 in front of 21,000 fans, "
                                           "with Sam Ward scoring twice."),
                    ("Echo", "2024-03-03", "Ward double sinks City\n\nSam Ward scored twice as Rovers beat City 2-1 "
                                           "in front of 21,000 fans."))
    assert [d.kind for d in found] == ["headline"]


def test_a_turnout_told_exactly_and_roughly_agrees(tmp_path):
    found = flagged(tmp_path,
                    ("Post", "2024-05-03", "Labour hold council\n\nLabour held the council on a turnout of 31%, "
                                           "the returning officer said. Labour won 34 seats."),
                    ("Echo", "2024-05-03", "Council stays Labour\n\nLabour kept control on a turnout of about 31%, "
                                           "the returning officer said. Labour won 34 seats."))
    assert [d.kind for d in found] == ["headline"]


def test_discrepancies_are_ranked_by_severity(tmp_path):
    found = flagged(tmp_path,
                    ("Post", "2023-03-01", "Factory to close\n\nAt least 300 jobs will go, the owners said."),
                    ("Echo", "2023-03-01", "Closure confirmed\n\nUp to 300 jobs will go, the owners said."))
    order = {"high": 0, "medium": 1, "low": 2}
    assert [order[d.severity] for d in found] == sorted(order[d.severity] for d in found)


def test_with_three_outlets_only_a_fact_two_report_is_an_omission(tmp_path):
    found = flagged(tmp_path,
                    ("Post", "2023-09-09", "Rail strike\n\nTrain drivers will strike on Friday. The union said "
                                           "4,000 drivers had voted for action, and 120 trains were cancelled."
                     + STRIKE_QUOTE),
                    ("Echo", "2023-09-09", "Drivers to strike\n\nTrain drivers will strike on Friday over pay; "
                                           "4,000 drivers voted for action, the union said." + STRIKE_QUOTE),
                    ("Gazette", "2023-09-09", "Friday rail strike\n\nTrain drivers will strike on Friday over pay, "
                                              "the union said." + STRIKE_QUOTE),
                    kind="omission")
    assert len(found) == 1 and "4,000 drivers" in found[0].summary and "Gazette" in found[0].summary


def test_what_another_story_of_the_day_leaves_out_is_no_omission(tmp_path):
    """Two articles grouped by their words but sharing no fact: what one reports, the other does not omit."""
    assert flagged(tmp_path,
                   ("Post", "2023-09-09", "Rail strike\n\nTrain drivers will strike on Friday over pay. The union "
                                          "said 4,000 drivers had voted for action."),
                   ("Echo", "2023-09-09", "Rail fares\n\nTrain fares will rise on Friday over costs, the rail "
                                          "operators said, with season tickets up sharply."),
                   kind="omission") == []


def test_a_number_the_other_outlet_prints_in_passing_is_no_omission(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2023-09-09", "Rail strike\n\nTrain drivers will strike on Friday. The union said "
                                          "4,000 drivers had voted for action." + STRIKE_QUOTE),
                   ("Echo", "2023-09-09", "Drivers to strike\n\nTrain drivers will strike on Friday over pay "
                                          "after a ballot of 4,000, the union said." + STRIKE_QUOTE),
                   kind="omission") == []


def test_a_side_number_far_down_is_not_left_out_by_a_short_piece(tmp_path):
    long_story = ("Rail strike\n\nTrain drivers will strike on Friday over pay." + STRIKE_QUOTE
                  + "".join(f"\n\nThe dispute has run for months, and talks {when} made no progress."
                            for when in ("in spring", "before the summer", "in the autumn", "at the weekend",
                                         "on Monday", "this week"))
                  + "\n\nThe operator said 120 trains had been cancelled last winter.")
    assert flagged(tmp_path, ("Post", "2023-09-09", long_story),
                   ("Echo", "2023-09-09", "Drivers to strike\n\nTrain drivers will strike on Friday over pay."
                    + STRIKE_QUOTE), kind="omission") == []


# -- names ------------------------------------------------------------------------------------

def _council_story(name, outlet, headline):
    return (outlet, "2023-04-04", f"{headline}\n\nCouncil leader {name} said the library budget was safe. "
                                  f"\u201cEvery library in the borough will stay open this year,\u201d {name} said.")


def test_a_name_spelled_two_ways_is_one_finding_with_both_versions(tmp_path):
    [d] = flagged(tmp_path, _council_story("Alan Krueger", "Post", "Libraries saved"),
                  _council_story("Alan Kruger", "Echo", "Budget keeps libraries open"),
                  _council_story("Alan Krueger", "Star", "No library closures"), kind="name")
    assert sorted(tuple(v.sources) for v in d.versions) == [("0", "2"), ("1",)]
    assert "Kruger" in d.summary and "Krueger" in d.summary


def test_short_forms_transliterations_initials_and_accents_are_one_name(tmp_path):
    for one, other in (("Steve Miller", "Steven Miller"), ("Volodymyr Zelensky", "Volodymyr Zelenskiy"),
                       ("Alan B. Krueger", "Alan Krueger"), ("Francois Hollande", "Fran\u00e7ois Hollande")):
        assert flagged(tmp_path, _council_story(one, "Post", "Libraries saved"),
                       _council_story(other, "Echo", "Budget keeps libraries open"), kind="name") == [], one


def test_one_misspelling_in_two_stories_makes_two_findings_with_their_own_ids(tmp_path):
    comparison = compare_articles(tmp_path, [
        _council_story("Dianne Feinstein", "Post", "Libraries saved"),
        _council_story("Diane Feinstein", "Echo", "Budget keeps libraries open"),
        ("Post", "2023-06-20", "Senate votes on water bill\n\nSenator Dianne Feinstein said the drought bill would pass. "
                               "\u201cCalifornia farms need this water now,\u201d Dianne Feinstein said."),
        ("Echo", "2023-06-20", "Water bill vote\n\nSenator Diane Feinstein said the drought bill would pass. "
                               "\u201cCalifornia farms need this water now,\u201d Diane Feinstein said."),
    ])
    names = [d for d in comparison.discrepancies if d.kind == "name"]
    assert len(names) == 2 and len({d.id for d in names}) == 2 and len({d.event for d in names}) == 2
    assert len({d.id for d in comparison.discrepancies}) == len(comparison.discrepancies)


# -- roles and attribution, read with care ---------------------------------------------------

def test_a_former_post_is_not_set_against_the_current_one(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2023-02-02", "Inquiry opens\n\nThe inquiry is led by former chief constable Dana "
                                          "Reyes, who opened it on Tuesday."),
                   ("Echo", "2023-02-02", "Inquiry begins\n\nThe inquiry is led by Dana Reyes, the trust's "
                                          "finance director, who opened it on Tuesday."),
                   kind="role") == []


def test_a_rank_of_one_office_differs(tmp_path):
    [d] = flagged(tmp_path,
                  ("Post", "2023-02-02", "Women found\n\nThe women are safe, said Ed Tomba, the deputy police "
                                         "chief, on Tuesday."),
                  ("Echo", "2023-02-02", "Missing women found\n\nThe women are safe, said Ed Tomba, the assistant "
                                         "police chief, on Tuesday."),
                  kind="role")
    assert "deputy" in d.summary and "assistant" in d.summary


def test_words_credited_through_a_pronoun_are_no_attribution(tmp_path):
    quote = "\u201cWe are literally scouring the globe looking for medical supplies for our hospitals,\u201d"
    assert flagged(tmp_path,
                   ("Post", "2020-03-24", f"Governor pleads for supplies\n\nGovernor Andrew Cuomo spoke on Monday "
                                          f"after a briefing by President Donald Trump. {quote} he said."),
                   ("Echo", "2020-03-24", f"Supplies short\n\n{quote} Andrew Cuomo said on Monday."),
                   kind="attribution") == []


def test_two_sums_of_money_in_one_article_are_not_a_contradiction(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2020-03-24", "Relief bill\n\nDemocrats want at least $2 trillion in relief. The "
                                          "White House would accept up to $2 trillion in relief, aides said."),
                   kind="internal") == []


def test_a_quote_that_differs_only_by_an_article_a_filler_or_a_compound_is_printed_alike(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2023-01-10", "Nurses' pay deal\n\n\u201cWell, this is a fair deal for health care workers "
                                          "across the state from Sept. 1,\u201d union leader Sue Park said."),
                   ("Echo", "2023-01-10", "Pay deal agreed\n\n\u201cThis is the fair deal for healthcare workers "
                                          "across the state from September 1,\u201d union leader Sue Park said."),
                   kind="quote_wording") == []


def test_a_compound_hyphenated_by_one_outlet_is_no_change_of_words(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2023-01-10", "Mayor answers critics\n\n\u201cThere was a little bit of tongue in cheek "
                                          "in that, but also a lot of truth to it,\u201d Mayor Sue Park said."),
                   ("Echo", "2023-01-10", "Mayor replies\n\n\u201cThere was a little bit of tongue-in-cheek in that, "
                                          "but also a lot of truth to it,\u201d Mayor Sue Park said."),
                   kind="quote_wording") == []


def test_a_word_abbreviated_by_one_transcript_is_no_change(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2023-01-10", "Strike talks\n\n\u201cThe number one priority of the union has been a fair "
                                          "contract for members,\u201d union leader Sue Park said."),
                   ("Echo", "2023-01-10", "Talks go on\n\n\u201cThe No. 1 priority of the union has been a fair "
                                          "contract for members,\u201d union leader Sue Park said."),
                   kind="quote_wording") == []


def test_a_changed_word_is_told_in_the_sources_letters(tmp_path):
    [d] = flagged(tmp_path,
                  ("Post", "2023-01-10", "Mayor answers critics\n\n\u201cWhen somebody's the mayor, the authority "
                                         "is total, and that's the way it must be,\u201d Mayor Sue Park said."),
                  ("Echo", "2023-01-10", "Mayor replies\n\n\u201cWhen someone is the mayor, the authority is "
                                         "total, and that's the way it must be,\u201d Mayor Sue Park said."),
                  kind="quote_wording")
    assert "\u2018somebody's\u2019" in d.summary or "\u2018someone is\u2019" in d.summary
    assert "somebodys" not in d.summary


def test_a_preview_published_before_the_event_leaves_nothing_out(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2023-09-08", "Rail strike tomorrow\n\nTrain drivers will strike on Friday over pay, "
                                          "the union said." + STRIKE_QUOTE),
                   ("Echo", "2023-09-09", "Strike halts trains\n\nTrain drivers went on strike over pay on Friday "
                                          "and 4,000 trains were cancelled, the union said." + STRIKE_QUOTE),
                   kind="omission") == []


# -- ages ---------------------------------------------------------------------------------------

def test_one_persons_age_given_two_ways(tmp_path):
    [d] = flagged(tmp_path,
                  ("Post", "2013-05-07", "Women found alive\n\nPolice found the 32-year-old Knight in a house on "
                                         "Seymour Avenue on Monday, police chief Michael McGrath said."),
                  ("Echo", "2013-05-07", "Three women found\n\nMichelle Knight, now 30, was found in a house on "
                                         "Seymour Avenue on Monday, police chief Michael McGrath said."),
                  kind="figure_value")
    assert "Knight" in d.summary and "32" in d.summary and "30" in d.summary


def test_brothers_ages_are_not_one_age_and_an_age_then_is_not_an_age_now(tmp_path):
    found = flagged(tmp_path,
                    ("Post", "2013-05-07", "Brothers held\n\nAriel Castro, 52, and his brother Pedro Castro, 54, "
                                           "were arrested on Monday. Knight vanished at the age of 19."),
                    ("Echo", "2013-05-07", "Three brothers arrested\n\nPedro Castro, 54, and Ariel Castro, 52, "
                                           "were arrested on Monday. Michelle Knight, now 30, is safe."))
    assert [d for d in found if d.kind in ("figure_value", "internal")] == []


def test_a_count_of_zero_is_compared_like_any_other(tmp_path):
    found = flagged(tmp_path,
                    ("Post", "2023-09-09", "Rail strike\n\nTrain drivers will strike on Friday. The union said "
                                           "4,000 drivers had voted for action." + STRIKE_QUOTE),
                    ("Echo", "2023-09-09", "Drivers to strike\n\nTrain drivers will strike on Friday; 0 drivers "
                                           "voted against, the union said." + STRIKE_QUOTE))
    assert any("4,000 drivers" in d.summary for d in found if d.kind == "omission")


def test_counts_in_two_cities_are_two_counts(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2020-06-01", "Protests spread\n\nPolice arrested more than 40 people in Sacramento "
                                          "overnight as protests spread across the country."),
                   ("Echo", "2020-06-01", "Night of protests\n\nPolice arrested about 40 people in Chicago "
                                          "overnight as protests spread across the country."),
                   kind="figure_qualifier") == []


def test_a_plural_a_verbs_agreement_or_a_typo_is_no_change_of_words(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2023-01-10", "Nurses' pay deal\n\n\u201cThe members is ready to go back to the wards "
                                          "this afternoon,\u201d union leader Sue Park said."),
                   ("Echo", "2023-01-10", "Pay deal agreed\n\n\u201cThe members are ready to go back to the ward "
                                          "this afernoon,\u201d union leader Sue Park said."),
                   kind="quote_wording") == []


def test_more_than_and_less_than_one_sum_are_two_groups_not_two_bounds(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2012-12-01", "Tax talks\n\nThe plan raises taxes on households earning more than "
                                          "$250,000 a year, the White House said." + STRIKE_QUOTE),
                   ("Echo", "2012-12-01", "Tax plan\n\nThe plan spares households earning less than $250,000 a "
                                          "year, the White House said." + STRIKE_QUOTE),
                   kind="figure_qualifier") == []


def test_an_editors_gloss_and_a_repeated_word_are_no_change_of_words(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2013-01-10", "Treasury pick\n\n\u201cI trust him now, now more than ever, on the budget "
                                          "and on taxes,\u201d Senator Max Baucus said."),
                   ("Echo", "2013-01-10", "Nominee backed\n\n\u201cI trust [Lew] now more than ever, on the budget "
                                          "and on taxes,\u201d Senator Max Baucus said."),
                   kind="quote_wording") == []


def test_rhetoric_inside_a_quote_and_a_vague_number_are_not_left_out(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2023-09-09", "Rail strike\n\nTrain drivers will strike on Friday over pay. "
                                          "\u201cMillions of commuters will suffer and 300 towns will be cut off,\u201d "
                                          "the minister said. Thousands of drivers voted." + STRIKE_QUOTE),
                   ("Echo", "2023-09-09", "Drivers to strike\n\nTrain drivers will strike on Friday over pay."
                    + STRIKE_QUOTE), kind="omission") == []


def test_stories_that_share_only_the_people_of_the_day_leave_nothing_out(tmp_path):
    """Campaign coverage names the same candidates in every story: naming them is no shared fact."""
    people = "Senator Ann Moss, Governor Raj Singh and Mayor Tom Price"
    assert flagged(tmp_path,
                   ("Post", "2020-02-22", f"Rally in Reno\n\n{people} campaigned in Nevada on Saturday. The Moss "
                                          "rally drew 1,200 supporters to a casino ballroom in Reno."),
                   ("Echo", "2020-02-22", f"Debate dates set\n\n{people} will debate twice more in Nevada, the "
                                          "party announced on Saturday, as campaigns argued over the rules."),
                   kind="omission") == []


def test_a_right_to_left_override_from_a_source_stays_inside_its_quotation_marks(tmp_path):
    found = flagged(tmp_path,
                    ("Post", "2023-03-01", "Factory to close\n\nAt least 300 jobs will go at the \u202eplant\u202c "
                                           "factory, the owners said." + STRIKE_QUOTE),
                    ("Echo", "2023-03-01", "Closure \u202econfirmed\n\nUp to 300 jobs will go at the \u202eplant "
                                           "factory, the owners said." + STRIKE_QUOTE))
    assert any("\u202e" in finding.summary for finding in found)
    for finding in found:
        for start in (i for i, ch in enumerate(finding.summary) if ch == "\u202e"):
            assert "\u2068" in finding.summary[:start] and "\u2069" in finding.summary[start:], finding.summary


# -- one count worded two ways: what happened to what it counts ------------------------------

def _pair(tmp_path, post: str, echo: str, kind="figure_value", headline="Wildfire latest"):
    return flagged(tmp_path, ("Post", "2023-07-01", f"{headline}\n\n{post}"),
                   ("Echo", "2023-07-01", f"{headline} update\n\n{echo}"), kind=kind)


def test_homes_destroyed_and_structures_destroyed_are_one_count(tmp_path):
    [d] = _pair(tmp_path, "The lightning-sparked fire spread quickly on Sunday and destroyed 200 homes, officials said.",
                "The sheriff's office said on Monday that 50 structures have been destroyed by the blaze.")
    assert "200 homes" in d.summary and "50 structures" in d.summary


def test_homes_destroyed_and_homes_threatened_are_two_counts(tmp_path):
    assert _pair(tmp_path, "The lightning-sparked fire destroyed 50 homes, officials said.",
                 "Officials said another 250 homes are still threatened by the fire.") == []


def test_a_possible_toll_is_not_compared_with_a_counted_one(tmp_path):
    assert _pair(tmp_path, "The sheriff said 50 structures have been destroyed.",
                 "An early estimate said as many as 250 structures might have been destroyed.") == []


def test_a_towns_population_told_in_people_and_in_residents(tmp_path):
    [d] = _pair(tmp_path, "Flames reached Yarnell, a community of about 600 people, on Sunday night.",
                "Everyone was told to leave Yarnell, a town of about 700 residents, as the flames came closer.")
    assert "600" in d.summary and "700" in d.summary


def test_a_death_toll_told_with_a_noun_and_with_a_verb(tmp_path):
    [d] = _pair(tmp_path, "A total of 4,493 people are confirmed to have died from Ebola this year, the WHO said.",
                "The illness has become a global crisis after the deaths of 4,500 people in West Africa.",
                headline="Ebola crisis")
    assert "4,493" in d.summary and "4,500" in d.summary and d.severity != "high"


def test_a_rounded_down_lower_bound_agrees_with_the_count(tmp_path):
    """'More than 70' is how one says 75 loosely: no finding."""
    assert _pair(tmp_path, "Seventy-five health care workers in Dallas are being monitored, the hospital said.",
                 "Health officials said more than 70 others are being monitored.", headline="Ebola nurse") == []


def test_a_lower_bound_far_below_the_count_is_shown(tmp_path):
    [d] = _pair(tmp_path, "The fire, which now spans 8,400 acres, became erratic on Sunday.",
                "The fire, which spread to at least 2,000 acres amid triple-digit temperatures, jumped a road.")
    assert "8,400" in d.summary and "2,000" in d.summary and d.severity == "low"


def test_two_records_of_different_spans(tmp_path):
    [d] = _pair(tmp_path, "It was France's deadliest terror attack in at least two decades, officials said.",
                "Thousands gathered to honour the victims of France's deadliest terror attack in a half century.",
                headline="Paris attack")
    assert "two decades" in d.summary and "half century" in d.summary


def test_a_count_of_another_years_arrests_is_not_todays(tmp_path):
    assert _pair(tmp_path, "Police arrested three men on Monday after the women were found.",
                 "Two men arrested in 2004 were released after officers found nothing.",
                 headline="Missing women found") == []


def test_part_of_a_group_is_not_the_group(tmp_path):
    assert _pair(tmp_path, "Three women missing for a decade were found alive on Monday.",
                 "Amanda Berry and two other women missing for a decade were found alive on Monday.",
                 headline="Missing women found") == []


def test_killed_and_injured_are_two_counts(tmp_path):
    assert _pair(tmp_path, "The gunmen killed 12 people in the attack on the magazine's offices.",
                 "Police said 11 people were injured in the attack on the magazine's offices.",
                 headline="Paris attack") == []


def test_an_outlet_giving_two_tolls_is_paired_on_the_one_that_matches(tmp_path):
    """The whole (12 killed) and a part (10 killed at the meeting) in one outlet: the other outlet's 12 is
    the whole; nothing differs."""
    assert _pair(tmp_path, "The attack killed 12 people on Wednesday. The gunmen opened fire on an editorial "
                           "meeting, killing 10 people.",
                 "Masked gunmen killed 12 people in the attack on Wednesday.", headline="Paris attack") == []


def test_crowd_sizes_at_one_match(tmp_path):
    [d] = _pair(tmp_path, "Some 40,000 fans attended the final at Wembley on Saturday.",
                "The final was attended by 52,000 fans, the FA said.", headline="Cup final")
    assert "40,000" in d.summary and "52,000" in d.summary


def test_job_cuts_told_two_ways(tmp_path):
    [d] = _pair(tmp_path, "The carmaker will cut 1,200 jobs at its Swindon plant, the union said.",
                "About 900 jobs will be cut when the Swindon plant closes next year, the company said.",
                headline="Swindon plant closure")
    assert "1,200" in d.summary and "900" in d.summary


# -- dates and times of one happening --------------------------------------------------------

def _dated(tmp_path, post: str, echo: str, headline="Crew lost in wildfire", published="2013-07-01"):
    return flagged(tmp_path, ("Post", published, f"{headline}\n\n{post}"),
                   ("Echo", published, f"{headline}: latest\n\n{echo}"), kind="date")


def test_one_death_at_two_times_of_day(tmp_path):
    [d] = _dated(tmp_path, "The disaster Sunday afternoon all but wiped out the 20-member hotshot crew.",
                 "Late Sunday evening, 19 members of the hotshot crew were killed as they fought the fire.")
    assert "Sunday afternoon" in d.summary and "Late Sunday evening" in d.summary and "death" in d.summary


def test_an_attack_in_the_early_morning_and_around_noon(tmp_path):
    [d] = _dated(tmp_path, "At least 12 were killed in an attack on the Paris newspaper early Wednesday morning.",
                 "The rampage began around noon when the gunmen stormed the newspaper offices in Paris.",
                 headline="Paris newspaper attack", published="2015-01-07")
    assert "early Wednesday morning" in d.summary and "around noon" in d.summary


def test_times_that_can_both_hold_agree(tmp_path):
    assert _dated(tmp_path, "Just before noon, masked men attacked the newspaper offices in central Paris.",
                  "The rampage began around noon when the gunmen stormed the newspaper offices in central Paris.",
                  headline="Paris newspaper attack", published="2015-01-07") == []


def test_a_day_and_a_time_on_it_agree(tmp_path):
    assert _dated(tmp_path, "The crew members were killed on Sunday as the wind turned the fire.",
                  "The crew members were killed late Sunday evening as the wind turned the fire.") == []


def test_a_time_of_another_occasion_is_not_the_happenings(tmp_path):
    assert _dated(tmp_path, "The crew members were killed on Sunday afternoon when the wind turned.",
                  "The crew members who were killed were mourned at a news conference on Sunday evening.") == []


def test_a_resignation_on_two_days(tmp_path):
    [d] = _dated(tmp_path, "The club's chief executive resigned on Monday, March 4, after the board met.",
                 "The club's chief executive resigned on Tuesday, March 5, after the board met.",
                 headline="Club chief quits", published="2024-03-06")
    assert "March 4" in d.summary and "March 5" in d.summary and "departure" in d.summary


def test_a_month_holds_its_days(tmp_path):
    assert _dated(tmp_path, "The hospital's maternity unit will close on 31 March, the trust said.",
                  "The hospital's maternity unit will close in March, the trust said.",
                  headline="Maternity unit to close", published="2024-02-01") == []


def test_a_closing_date_told_two_ways(tmp_path):
    [d] = _dated(tmp_path, "The hospital's maternity unit will close on 31 March, the trust said.",
                 "The hospital's maternity unit will close on 30 April, the trust said.",
                 headline="Maternity unit to close", published="2024-02-01")
    assert "31 March" in d.summary and "30 April" in d.summary


def test_a_date_the_story_recalls_is_not_compared(tmp_path):
    """A fire decades ago and the fire of the story both killed firefighters: their dates differ, rightly."""
    assert _dated(tmp_path, "The 19 firefighters were killed on Sunday, June 30, by the fire near Yarnell.",
                  "It was the worst loss since June 1994, when a fire near Glenwood Springs killed 14 firefighters.") == []


def test_loose_relative_dates_are_not_compared(tmp_path):
    assert _dated(tmp_path, "A federal judge ruled last month that the program must continue.",
                  "A federal judge ruled earlier this month that the program must continue.",
                  headline="Court ruling on program", published="2018-02-26") == []


def test_a_day_after_publication_told_as_past_is_flagged(tmp_path):
    found = flagged(tmp_path, ("Post", "2014-10-15", "Second nurse has Ebola\n\nBoth health workers had extensive "
                                                     "contact with the patient on October 28-30, officials said."),
                    kind="internal")
    [d] = found
    assert "October 28" in d.summary and "2014-10-15" in d.summary


@pytest.mark.parametrize("sentence", [
    "The council will vote on March 12 on the budget.",              # the future
    "The licence was due to expire on March 12, the council said.",  # a deadline in a past-tense clause
    "The club had faced a March 12 deadline to pay the fine.",
    "The trust said the ward closed on March 1.",                    # before publication
])
def test_a_later_day_that_is_a_plan_or_a_deadline_is_no_slip(tmp_path, sentence):
    assert flagged(tmp_path, ("Post", "2024-03-05", f"Council news\n\n{sentence}"), kind="internal") == []


def test_the_number_of_attackers_told_two_ways(tmp_path):
    [d] = _pair(tmp_path, "Police said the three gunmen, wearing hoods and armed with rifles, stormed the offices.",
                "The president called the attack, carried out by two men wearing masks, an act of terror.",
                headline="Paris newspaper attack")
    assert "three gunmen" in d.summary and "two men" in d.summary


# -- names and offices -----------------------------------------------------------------------

def test_one_office_at_two_alike_named_bodies(tmp_path):
    [d] = flagged(tmp_path,
                  ("Post", "2014-10-15", "Second nurse has Ebola\n\n\"We are learning,\" said Dr. Daniel Varga, chief "
                                         "clinical officer of Texas Health Resources, at a briefing on the nurse."),
                  ("Echo", "2014-10-15", "Nurse tests positive\n\n\"We are learning,\" said Dr. Daniel Varga, chief "
                                         "clinical officer for Texas Health Presbyterian, at a briefing on the nurse."),
                  kind="role")
    assert "Texas Health Resources" in d.summary and "Texas Health Presbyterian" in d.summary


def test_one_office_at_a_body_and_its_fuller_name_agrees(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2024-01-10", "Ward closes\n\n\"It is temporary,\" said Jane Okoro, chief executive of "
                                          "Leeds Teaching Hospitals, about the ward closing."),
                   ("Echo", "2024-01-10", "Ward closure\n\n\"It is temporary,\" said Jane Okoro, chief executive of "
                                          "Leeds Teaching Hospitals Trust, about the ward closing."),
                   kind="role") == []


def test_a_title_before_a_given_name_is_flagged(tmp_path):
    [d] = flagged(tmp_path, ("Post", "2015-01-07", "Paris attack\n\nPresident Francois Hollande called it an act of "
                                                   "terror. Mr. Francois also said plots had been thwarted."),
                  kind="internal")
    assert "Mr. Francois" in d.summary and "Hollande" in d.summary


@pytest.mark.parametrize("body", [
    "Chinese leader Xi Jinping met the envoy. Mr. Xi said talks went well.",       # surname first
    "Coach Michael Jordan spoke first. Mr. Jordan said the team was ready.",        # the surname
    "Francois Hollande met Paul Francois. Mr. Francois, a farmer, spoke later.",    # someone's surname
])
def test_a_title_before_a_surname_is_no_finding(tmp_path, body):
    assert flagged(tmp_path, ("Post", "2015-01-07", f"News\n\n{body}"), kind="internal") == []


def test_a_rate_and_a_total_of_one_number_differ(tmp_path):
    [d] = _pair(tmp_path, "There could be 10,000 new Ebola cases per week in West Africa by the end of the year.",
                "The World Health Organization predicts as many as 10,000 new cases by Christmas.",
                headline="Ebola outlook")
    assert "per week" in d.summary and "as many as 10,000 new cases" in d.summary


def test_one_rate_told_by_two_outlets_agrees(tmp_path):
    assert _pair(tmp_path, "The clinic sees about 400 patients a day, the trust said.",
                 "The clinic treats some 400 patients each day, according to the trust.",
                 headline="Clinic under pressure") == []


def test_one_moment_in_two_time_zones_is_not_compared(tmp_path):
    assert _dated(tmp_path, "The airstrikes against the militants began about 2:30 am Tuesday, a witness said.",
                  "Officials said the airstrikes against the militants began around 8:30 p.m. ET.",
                  headline="Airstrikes begin", published="2014-09-23") == []


def test_departures_of_two_people_on_two_days_are_not_compared(tmp_path):
    assert _dated(tmp_path, "On Monday, the president fired Randolph Alles, director of the homeland security service.",
                  "The resignation on Sunday of homeland security secretary Kirstjen Nielsen stunned the service.",
                  headline="Homeland security secretary resigns", published="2019-04-09") == []


def test_a_happening_that_no_headline_names_is_not_compared(tmp_path):
    """The story is a budget; a resignation it mentions in passing is not what it is about."""
    assert _dated(tmp_path, "The budget passed. The clerk, whose office ran the vote, resigned on Monday, March 4.",
                  "The budget passed. The clerk, whose office ran the vote, resigned on Tuesday, March 5.",
                  headline="Council passes budget", published="2024-03-06") == []


@pytest.mark.parametrize("sentence", [
    "The chairman announced a June 16 hearing on police use of force.",   # a day named for what is to come
    "\"It's time we elevate this,\" the governor said of the June 19 commemoration.",
])
def test_a_later_day_that_names_an_occasion_is_no_slip(tmp_path, sentence):
    assert flagged(tmp_path, ("Post", "2020-06-08", f"Police reform\n\n{sentence}"), kind="internal") == []


def test_two_firsts_in_different_spans_are_two_records(tmp_path):
    assert _pair(tmp_path, "Benedict became the first pope to retire in about 600 years when he stepped down in February.",
                 "Francis, the first non-European pope in 1,300 years, was named the magazine's Person of the Year.",
                 headline="Pope named person of the year") == []


def test_a_shorter_name_of_one_office_is_no_finding(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2018-09-22", "Hearing delayed\n\n\"We will wait,\" said Committee Chairman Chuck Grassley "
                                          "about the hearing on the nominee."),
                   ("Echo", "2018-09-22", "Hearing put off\n\n\"We will wait,\" said Senate Judiciary Chairman Chuck "
                                          "Grassley about the hearing on the nominee."),
                   kind="role") == []


def test_a_time_taken_by_another_verb_is_not_the_deaths(tmp_path):
    assert _dated(tmp_path, "A judge on Monday set bail for the officer charged in the man's death.",
                  "The man's death on May 25 set off protests across the country.",
                  headline="Officer charged in man's death", published="2020-06-08") == []


# -- accounts of what happened ---------------------------------------------------------------

def _told(tmp_path, post: str, echo: str, kind: str, headline: str):
    return flagged(tmp_path, ("Post", "2024-03-06", f"{headline}\n\n{post}"),
                   ("Echo", "2024-03-06", f"{headline}: latest\n\n{echo}"), kind=kind)


def test_resigned_against_will_retire(tmp_path):
    [d] = _told(tmp_path, "Hospital chief executive Jane Okoro resigned on Monday after the maternity unit report.",
                "Hospital chief executive Jane Okoro will retire in June after the maternity unit report.",
                "statement", "Hospital chief to leave")
    assert "resign" in d.summary and "retire" in d.summary


def test_rejected_against_refused_to_hear(tmp_path):
    [d] = _told(tmp_path, "The Supreme Court on Monday rejected the administration's appeal over the program.",
                "The Supreme Court on Monday refused to hear the administration's appeal over the program.",
                "statement", "Court rebuffs appeal")
    assert "reject" in d.summary and "refuse to hear" in d.summary


def test_arrested_against_detained(tmp_path):
    [d] = _told(tmp_path, "Police said club owner Mark Dunn was arrested at his home over the stadium fraud.",
                "Police said club owner Mark Dunn was detained at his home over the stadium fraud.",
                "statement", "Club owner held")
    assert "arrest" in d.summary and "detain" in d.summary


def test_the_same_act_told_by_both_is_no_finding(tmp_path):
    assert _told(tmp_path, "Hospital chief executive Jane Okoro resigned on Monday after the maternity report.",
                 "Jane Okoro resigned as chief executive after the maternity report, the trust said.",
                 "statement", "Hospital chief quits") == []


def test_calls_to_resign_are_no_resignation(tmp_path):
    assert _told(tmp_path, "Councillors called for council leader Tom Reed to resign over the housing budget.",
                 "Council leader Tom Reed stepped down on Monday over the housing budget.",
                 "statement", "Council leader under pressure") == []


def test_acts_on_two_matters_are_not_compared(tmp_path):
    assert _told(tmp_path, "The club's chairman Mark Dunn resigned from the league board last year.",
                 "Mark Dunn stepped down on Monday as chairman after the stadium fraud inquiry.",
                 "statement", "Chairman quits") == []


def test_one_account_credited_to_two_interviews(tmp_path):
    [d] = _told(tmp_path, "A neighbour, Charles Ramsey, told WEWS-TV he heard screaming and saw a woman at the door.",
                "Neighbour Charles Ramsey told Fox 8 he heard screaming and found a woman at the door.",
                "attribution", "Missing women found")
    assert "WEWS-TV" in d.summary and "Fox 8" in d.summary


def test_each_outlet_telling_its_own_source_is_no_finding(tmp_path):
    found = flagged(tmp_path, ("Fox News", "2018-03-13", "Tillerson out\n\nA White House official told Fox News that "
                                                         "Kelly called Tillerson on Friday to say he was out."),
                    ("The Hill", "2018-03-13", "Tillerson fired\n\nA White House official told The Hill that Kelly "
                                               "called Tillerson on Friday to say he was out."), kind="attribution")
    assert found == []


@pytest.mark.parametrize("post, echo", [
    ("Hospital chief executive Jane Okoro resigned on Monday after the maternity unit report.",
     "Hospital chief executive Jane Okoro stepped down on Monday after the maternity unit report."),
    ("Police said club owner Mark Dunn was arrested at his home over the stadium fraud.",
     "Police said club owner Mark Dunn was taken into custody at his home over the stadium fraud."),
])
def test_one_act_in_other_words_is_no_finding(tmp_path, post, echo):
    assert _told(tmp_path, post, echo, "statement", "Chief leaves") == []


def test_a_planned_day_is_not_compared_with_a_done_one(tmp_path):
    assert _dated(tmp_path, "Officials confirmed on Tuesday that the closure of the plant would be announced "
                            "on Wednesday by the company.",
                  "The closure of the plant was announced by the company on Tuesday, officials confirmed.",
                  headline="Plant closure announced", published="2024-03-06") == []


def test_a_photographs_day_is_not_the_attacks(tmp_path):
    assert _dated(tmp_path, "Hide Caption 3 of 9 Photos: Flowers lie near the bike path in Manhattan on Wednesday, "
                            "a day after the truck attack that killed eight people.",
                  "The truck attack on the bike path in Manhattan killed eight people on Tuesday.",
                  headline="Truck attack kills eight", published="2017-11-01") == []


def test_two_groups_arrested_are_two_counts(tmp_path):
    assert _pair(tmp_path, "Police said 7 protesters were arrested for failing to disperse on Tuesday night.",
                 "Two journalists were arrested while covering the march on Tuesday night.",
                 headline="Arrests at protest") == []


def test_far_apart_tolls_beside_other_places_are_two_happenings(tmp_path):
    assert _pair(tmp_path, "The gunman killed 50 people at two mosques in Christchurch, police said.",
                 "The attack recalled the synagogue in Pittsburgh where a gunman killed 11 people.",
                 headline="Mosque attacks") == []


def test_a_count_added_to_another_is_a_part(tmp_path):
    assert _pair(tmp_path, "Nine witnesses are scheduled to testify in the hearings this week.",
                 "Four witnesses testify on Tuesday and five witnesses are also scheduled to testify this week.",
                 headline="Impeachment hearings") == []


@pytest.mark.parametrize("post, echo", [
    ("Oleksandr Turchynov", "Oleksandr Turchinov"),        # y and i of one Cyrillic letter
    ("Volodymyr Makeyenko", "Volodymyr Makeenko"),
    ("Arsen Avakhov", "Arsen Avakov"),                      # two readings of 'kh'
    ("Prophet Mohammed", "Prophet Muhammad"),               # one Arabic name, house styles
])
def test_transliterations_of_one_name_are_no_misspelling(tmp_path, post, echo):
    assert flagged(tmp_path,
                   ("Post", "2014-02-24", f"Kiev crisis\n\n\"We will act,\" said {post}, speaking in Kiev on Monday."),
                   ("Echo", "2014-02-24", f"Kiev crisis deepens\n\n\"We will act,\" said {echo}, speaking in Kiev on "
                                          f"Monday."), kind="name") == []


@pytest.mark.parametrize("post, echo", [
    ("Senate Finance Committee Chairman", "Senate tax committee chief"),   # a committee's chief chairs it
    ("St. Louis County prosecuting attorney", "St. Louis County prosecutor"),
    ("EPA chief", "EPA Administrator"),                                      # 'chief' says he heads it
    ("campaign chief", "campaign manager"),
    ("spokesman", "senior communications adviser"),
])
def test_one_post_in_other_words_is_no_finding(tmp_path, post, echo):
    assert flagged(tmp_path,
                   ("Post", "2018-01-10", f"Tax bill\n\n\"We will pass it,\" said {post} Robert Miles about the tax bill."),
                   ("Echo", "2018-01-10", f"Tax bill advances\n\n\"We will pass it,\" said {echo} Robert Miles about "
                                          f"the tax bill."), kind="role") == []


def test_two_true_descriptions_of_one_person_are_no_finding(tmp_path):
    assert flagged(tmp_path,
                   ("Post", "2015-01-08", "Paris attack\n\n\"We will go on,\" said Patrick Pelloux, a columnist, about "
                                          "the magazine."),
                   ("Echo", "2015-01-08", "Magazine vows to go on\n\n\"We will go on,\" said Patrick Pelloux, a doctor "
                                          "who also writes for the paper, about the magazine."), kind="role") == []


def test_a_rate_said_elsewhere_in_the_clause_is_not_set_against_one(tmp_path):
    assert _pair(tmp_path, "The administration was deporting about 1,010 immigrants a day in the first half of the year.",
                 "During the fiscal year, 1,010 immigrants were deported every day by the administration.",
                 headline="Deportations fall") == []


def test_vote_counts_of_two_chambers_are_not_paired(tmp_path):
    assert _pair(tmp_path, "The bill needs 218 votes to pass the House, party leaders said.",
                 "In the Senate the bill needs 60 votes, which Republicans do not have.",
                 headline="Spending bill vote") == []


def test_two_additional_counts_are_not_compared(tmp_path):
    assert _pair(tmp_path, "Three more women came forward on Thursday with accusations against the producer.",
                 "Five other women have accused the producer of harassment, the paper reported.",
                 headline="Producer accused") == []


def test_another_instance_of_a_happening_is_not_the_storys(tmp_path):
    assert _dated(tmp_path, "A federal judge ruled Monday that election officials must count the ballots.",
                  "And another judge ruled Tuesday that rejected ballots must be counted by election officials.",
                  headline="Judge rules ballots must be counted", published="2018-11-14") == []


def test_behind_closed_doors_is_no_closure(tmp_path):
    assert _dated(tmp_path, "The ultimatum was presented to lawmakers behind closed doors Thursday evening.",
                  "The government shutdown began on Friday after lawmakers rejected the ultimatum.",
                  headline="Shutdown looms as talks close", published="2018-01-20") == []


def test_the_other_part_of_a_whole_is_not_the_whole(tmp_path):
    assert _pair(tmp_path, "The order blocked the rule in 13 states that had sued the agency.",
                 "The rule now takes effect in the other 37 states that had sued the agency.",
                 headline="Judge blocks rule") == []


@pytest.mark.parametrize("sentence", [
    "Donors pledged to donate the money on 15 March, the charity said.",
    "The new rules were announced and will begin on March 20.",
])
def test_a_later_day_of_a_pledge_or_a_beginning_is_no_slip(tmp_path, sentence):
    assert flagged(tmp_path, ("Post", "2024-03-05", f"Charity news\n\n{sentence}"), kind="internal") == []


def test_the_two_sides_of_a_line_in_one_article_are_no_slip(tmp_path):
    assert flagged(tmp_path, ("Post", "2017-01-10", "Health law\n\nThe mandate covers employers with more than 50 "
                                                    "employees. Firms with fewer than 50 employees are exempt."),
                   kind="internal") == []


def test_the_same_number_of_different_spans_are_two_versions(tmp_path):
    """'Five decades' and 'five years' share the number 5: the finding still names both sides."""
    [d] = _pair(tmp_path, "It was the worst flood the valley has seen in five decades, officials said.",
                "It was the worst flood the valley has seen in five years, officials said.",
                headline="Valley flood")
    assert len(d.versions) == 2
    assert "five decades" in d.summary and "five years" in d.summary


def test_a_finding_on_percentages_names_them_as_a_reader_would(tmp_path):
    [d] = _pair(tmp_path, "Turnout in the city election was 41% on Thursday, the council said.",
                "Turnout in the city election was 47% on Thursday, the council said.",
                headline="City election turnout")
    assert d.summary.startswith("The sources give different percentages:") and "for %" not in d.summary
