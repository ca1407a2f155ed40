"""Figures: value, qualifier, unit and hedge, on sentences from many kinds of news."""
import pytest

from tests.conftest import claims_in


def figures(body: str):
    """(text, value, qualifier, unit) of each figure; a share to four places ('two-thirds' 0.6667)."""
    return [(c.text, round(c.value, 4) if isinstance(c.value, float) else c.value, c.qualifier, c.unit)
            for c in claims_in(body, "figure")]


@pytest.mark.parametrize("body, expected", [
    # health
    ("The trust said 4,120 patients were waiting for treatment in March.",
     [("4,120 patients", 4120, "exact", "patients")]),
    ("Nearly 2.5 million people are on waiting lists in England.",
     [("Nearly 2.5 million people", 2_500_000, "approximate", "people")]),
    ("Ambulances took more than 90 minutes to reach some patients.",
     [("more than 90 minutes", 90, "lower_bound", "minutes")]),
    ("The new wing cost £15m and will have up to 40 beds.",
     [("£15m", 15_000_000, "exact", "GBP"), ("up to 40 beds", 40, "upper_bound", "beds")]),
    # courts
    ("He was jailed for six years after stealing £250,000 from no fewer than 23 victims.",
     [("six years", 6, "exact", "years"), ("£250,000", 250_000, "exact", "GBP"),
      ("no fewer than 23 victims", 23, "lower_bound", "victims")]),
    ("The jury heard that as many as a dozen officers attended.",
     [("as many as a dozen officers", 12, "upper_bound", "officers")]),
    # sport
    ("City won 2-1 in front of 52,000 fans, their biggest crowd in 12 years.",
     [("52,000 fans", 52_000, "exact", "fans"), ("12 years", 12, "exact", "years")]),
    ("The striker has scored around 30 goals this season.",
     [("around 30 goals", 30, "approximate", "goals")]),
    # business
    ("Profits rose 12.5% to $2.3bn in the year to March.",
     [("12.5%", 12.5, "exact", "%"), ("$2.3bn", 2_300_000_000, "exact", "USD")]),
    ("The firm plans to cut fewer than 200 jobs, down from an estimated 1,000 last year.",
     [("fewer than 200 jobs", 200, "upper_bound", "jobs"), ("an estimated 1,000", 1000, "approximate", None)]),
    ("She ran the 400m in 49.2 seconds.",
     [("400m", 400, "exact", "metres"), ("49.2 seconds", 49.2, "exact", "seconds")]),
    ("Prices range from $750,000 to $1 million, and fees between 5% and 6%.",
     [("$750,000 to $1 million", [750_000, 1_000_000], "exact", "USD"), ("5% and 6%", [5, 6], "exact", "%")]),
    ("One patient died and 12 were treated, health officials said.",
     [("One patient", 1, "exact", "patient"), ("12", 12, "exact", None)]),
    ("Inflation fell to 4.6 per cent in October.",
     [("4.6 per cent", 4.6, "exact", "%")]),
    # local election
    ("Labour won 34 of the 60 seats on a turnout of roughly 31%.",
     [("34", 34, "exact", None), ("60 seats", 60, "exact", "seats"), ("roughly 31%", 31, "approximate", "%")]),
    ("Hundreds of voters were turned away at polling stations.",
     [("Hundreds of voters", [100, 1000], "approximate", "voters")]),
])
def test_figures(body, expected):
    assert figures(body) == expected


@pytest.mark.parametrize("body", [
    "The hearing was adjourned until 4 May 2024.",                 # a date
    "The council was created in 1974 and rebuilt in 2009.",          # years
    "The match kicks off at 7.45pm on Saturday.",                    # a time
    "She finished 3rd in the final.",                                # an ordinal
    "Article 50 was triggered by the prime minister.",               # a label
    "No one was injured in the fire.",                               # 'one' as a pronoun
    "Covid-19 cases fell across the region.",                        # part of a name
])
def test_not_figures(body):
    assert figures(body) == []


def test_a_hedging_verb_is_kept_apart_from_the_qualifier():
    [figure] = claims_in("A review estimated that up to 1,400 children were exploited.", "figure")
    assert (figure.qualifier, figure.extra["hedge"]) == ("upper_bound", "estimated")


def test_a_duration_preposition_is_not_a_qualifier():
    [figure] = claims_in("Children were abused over a 16-year period.", "figure")
    assert (figure.text, figure.value, figure.qualifier, figure.unit) == ("16-year period", 16, "exact", "years")


def test_up_to_after_a_verb_of_movement_is_where_a_number_went():
    [figure] = claims_in("Growth was revised up to 3% for the quarter.", "figure")
    assert figure.qualifier == "exact"
    [figure] = claims_in("Up to 300 jobs will go at the plant.", "figure")
    assert figure.qualifier == "upper_bound"


def test_a_number_that_names_is_not_a_figure():
    assert claims_in("She made a frantic 911 call from the house. Frontier flight 1143 landed late.",
                     "figure") == []


def test_an_abbreviation_before_the_counted_noun_is_not_the_unit():
    [figure] = claims_in("The State Department closed 22 U.S. embassies on Sunday.", "figure")
    assert figure.unit == "embassies"


def test_a_negated_comparative_is_the_other_bound():
    [figure] = claims_in("Prosecutors said jurors should not sentence her to less than 28 years.", "figure")
    assert figure.qualifier == "lower_bound"
    [figure] = claims_in("Officials said not all of the up to 300 jobs would go.", "figure")
    assert figure.qualifier == "upper_bound"


@pytest.mark.parametrize("body, expected", [
    # shares written as fractions and ratios: the share, and what it is of
    ("Two-thirds of voters backed the new stadium.", [("Two-thirds of voters", 0.6667, "exact", "share")]),
    ("About a third of those screened were obese.", [("About a third", 0.3333, "approximate", "share")]),
    ("One-in-three adults in the borough is obese.", [("One-in-three adults", 0.3333, "exact", "share")]),
    ("The Bank raised rates by 1/4 point.", [("1/4 point", 0.25, "exact", "share")]),
    ("Nine out of ten dentists agree.", [("Nine out of ten dentists", 0.9, "exact", "share")]),
    # not shares: a date, a score, a timetable
    ("The attacks of 9/11 changed the city.", []),
    ("The final score was 3-1 to the visitors.", []),
    # one sum of money in dollars and cents
    ("Cleaners are paid thirteen dollars and forty-five cents an hour.",
     [("thirteen dollars and forty-five cents", 13.45, "exact", "USD")]),
    ("Tickets cost $3 and 50 cents at the gate.", [("$3 and 50 cents", 3.5, "exact", "USD")]),
    # 'plus' is a lower bound
    ("90-plus percent of members voted to strike.", [("90-plus percent", 90, "lower_bound", "%")]),
    ("The club has 500+ season-ticket holders.", [("500+ season-ticket holders", 500, "lower_bound", "holders")]),
])
def test_shares_sums_and_open_counts(body, expected):
    assert figures(body) == expected


@pytest.mark.parametrize("body, expected", [
    # units written onto the number, in any case
    ("The phone doubles storage to 256GB.", [("256GB", 256, "exact", "gigabytes")]),
    ("Each home gets a 10kW solar system.", [("10kW solar system", 10, "exact", "kilowatts")]),
    ("Vectura shares rose to 164p.", [("164p", 1.64, "exact", "GBP")]),
    ("The state will spend $13.6M on the plant.", [("$13.6M", 13_600_000, "exact", "USD")]),
    # a decimal written without its leading zero; a year before 'as' is a year
    ("The team finished with a .500 record.", [(".500 record", 0.5, "exact", "record")]),
    ("Mr Reffkin founded the firm in 2012 as a start-up.", []),
])
def test_attached_units_decimals_and_years(body, expected):
    assert figures(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a range written with a dash holds with a unit after its larger second number
    ("The lab used a 5-10W laser.", [("5-10W laser", (5, 10), "exact", "watts")]),
    ("Bake for 25 – 40 minutes.", [("25 – 40 minutes", (25, 40), "exact", "minutes")]),
    ("Mortgage rates of 5-6% are expected.", [("5-6%", (5, 6), "exact", "%")]),
    # a score, a span of pages, a road, a span of years: no figure
    ("United won 3-1 at home.", []),
    ("It was a 2-0 win for the visitors.", []),
    ("See pages 10-12 of the report.", []),
    ("Prices rose in 2010-2012 across the region.", []),
])
def test_ranges_written_with_a_dash(body, expected):
    assert [(t, tuple(v) if isinstance(v, list) else v, q, u) for t, v, q, u in figures(body)] == expected


@pytest.mark.parametrize("body, expected", [
    ("The estate was worth $US55,931,000 ($A82,615,680).",
     [("$US55,931,000", 55_931_000, "exact", "USD"), ("$A82,615,680", 82_615_680, "exact", "AUD")]),
    ("The plan costs RM79 a month.", [("RM79", 79, "exact", "MYR")]),
    ("The ARM64 chip runs the phone.", []),
])
def test_currency_written_onto_the_number(body, expected):
    assert figures(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a bare 'm' is millions before a count of things, metres in a race or a height
    ("About 3m people voted in the referendum.", [("About 3m people", 3_000_000, "approximate", "people")]),
    ("The mine will produce 1.2m tons of ore.", [("1.2m tons", 1_200_000, "exact", "tons")]),
    ("She won the 100m hurdles in Rome.", [("100m hurdles", 100, "exact", "metres")]),
    ("He ran 400m in 44 seconds.", [("400m", 400, "exact", "metres"), ("44 seconds", 44, "exact", "seconds")]),
    # a model number is no count
    ("The iPhone 11 Pro costs $999.", [("$999", 999, "exact", "USD")]),
])
def test_millions_metres_and_model_numbers(body, expected):
    assert figures(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Shares in Paris closed -1.3% on Friday.", [("-1.3%", -1.3, "exact", "%")]),
    ("The offense gained minus-5 yards after the break.", [("minus-5 yards", -5, "exact", "yards")]),
    ("There were 4 hundred people at the vigil.", [("4 hundred people", 400, "exact", "people")]),
    ("Rates of 5-6% are expected.", [("5-6%", [5, 6], "exact", "%")]),
])
def test_signs_and_hundreds(body, expected):
    assert figures(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a scale written once after the top of a range scales its bottom too
    ("Between 1 and 2 thousand people marched.", [("1 and 2 thousand people", [1000, 2000], "exact", "people")]),
    ("The fund needs $10 to $15 billion.", [("$10 to $15 billion", [10_000_000_000, 15_000_000_000], "exact", "USD")]),
    # but not a bottom that has a scale of its own
    ("Prices ranged from $750,000 to $1 million.", [("$750,000 to $1 million", [750_000, 1_000_000], "exact", "USD")]),
])
def test_a_scale_carried_across_a_range(body, expected):
    assert figures(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("One fluid ounce is 1/16 of a pint.", [("One fluid ounce", 1, "exact", "ounce"), ("1/16", 0.0625, "exact", "share")]),
    ("The attacks of 9/11 of course changed the city.", []),
    ("Each tablet holds 500mg of paracetamol.", [("500mg", 500, "exact", "milligrams")]),
    ("The government announced a package of INR1 trillion.", [("INR1 trillion", 1_000_000_000_000, "exact", "INR")]),
    ("The sisters laundered almost S$1mil.", [("almost S$1mil", 1_000_000, "approximate", "SGD")]),
])
def test_unit_fractions_and_more_units(body, expected):
    assert figures(body) == expected


# What happened to what a figure counts: the class of the nearest predicate in its clause.

def counts(body: str):
    return [(c.text, c.extra["counts"], c.extra["hypothetical"]) for c in claims_in(body, "figure")]


@pytest.mark.parametrize("body, expected", [
    # a fire: the verb before (active) or after (passive), and the threatened kept apart from the lost
    ("The fire destroyed 200 homes and forced 3,000 people from their homes.",
     [("200 homes", "destroyed", False), ("3,000 people", None, False)]),
    ("Police evacuated 3,000 people as the fire destroyed 200 homes.",
     [("3,000 people", "evacuated", False), ("200 homes", "destroyed", False)]),
    ("The sheriff said 50 structures have been destroyed. Another 250 homes are still threatened by the fire.",
     [("50 structures", "destroyed", False), ("250 homes", "threatened", False)]),
    # a possibility is not a fact
    ("An earlier estimate said as many as 250 structures might have been destroyed.",
     [("as many as 250 structures", "destroyed", True)]),
    # health: the noun before ('the deaths of') or the verb after ('have died')
    ("A total of 4,493 people are confirmed to have died from Ebola this year.",
     [("4,493 people", "killed", False)]),
    ("The outbreak followed the deaths of 4,500 people in West Africa.", [("4,500 people", "killed", False)]),
    ("Seventy-five health care workers are being monitored for symptoms.",
     [("Seventy-five health care workers", "monitored", False)]),
    # a place's size, and an area's extent
    ("Yarnell, a town of about 700 residents, was evacuated.", [("about 700 residents", "population", False)]),
    ("The wildfire has spread to at least 2,000 acres.", [("at least 2,000 acres", "extent", False)]),
    # a record's span, in decades or a half century
    ("It was the deadliest attack in at least two decades.", [("at least two decades", "record: deadliest", False)]),
    ("It was the deadliest attack in a half century.", [("a half century", "record: deadliest", False)]),
    # courts and business
    ("Police arrested three men on Tuesday.", [("three men", "arrested", False)]),
    ("The carmaker will cut 1,200 jobs at the plant.", [("1,200 jobs", "cut", False)]),
    # past a phrase set off by commas, but not past another figure
    ("After the three gunmen, wearing hoods and armed with rifles, stormed the offices, 12 people lay dead.",
     [("three gunmen", "attacked", False), ("12 people lay dead", "killed", False)]),
    ("At least 15,000 gathered for a vigil after the three gunmen stormed the offices.",
     [("At least 15,000 gathered", None, False), ("three gunmen", "attacked", False)]),
    # nothing said of it
    ("The school has 450 pupils.", [("450 pupils", None, False)]),
])
def test_what_happened_to_what_a_figure_counts(body, expected):
    assert counts(body) == expected


def test_a_count_of_part_of_a_group_and_a_count_of_another_year_are_marked():
    [others, then] = claims_in("Berry and two other women were found. Two men arrested in 2004 were released.",
                               "figure")
    assert others.extra["partial"] and not then.extra["partial"]
    assert then.extra["year"] == "2004" and others.extra["year"] is None


@pytest.mark.parametrize("body, expected", [
    # a number that moved is one figure, its end, remembering where it started
    ("Ethereum fell from $2,415 to $2,315, a 4.2 percent drop.",
     [("$2,415 to $2,315", 2315, 2415), ("4.2 percent drop", 4.2, None)]),
    ("Weekly volume narrowed to 138,285 lots from 212,577 lots in the previous week.",
     [("138,285 lots from 212,577 lots", 138285, 212577)]),
    ("The blaze grew quickly, spreading from 2,000 acres to 6,000 acres as of late Sunday.",
     [("2,000 acres to 6,000 acres", 6000, 2000)]),
    # without a verb of change it is a range
    ("Homes in the scheme cost from $750,000 to $1 million.", [("$750,000 to $1 million", [750000, 1000000], None)]),
])
def test_a_change_is_its_end_and_where_it_came_from(body, expected):
    assert [(c.text, c.value, c.extra["moved_from"]) for c in claims_in(body, "figure")] == expected


@pytest.mark.parametrize("body, expected", [
    ("Dozens of people were killed.", [12, 120]),
    ("Tens of thousands of students study there.", [10000, 100000]),
    ("The plume extends hundreds of miles into space.", [100, 1000]),
])
def test_a_vague_amount_is_a_range_of_one_order_of_magnitude(body, expected):
    [figure] = claims_in(body, "figure")
    assert figure.value == expected and figure.qualifier == "approximate"


@pytest.mark.parametrize("body, expected", [
    # a word of measure makes a count of what could pass for a year or a label
    ("The 1520 sq m medical centre is leased.", [("1520 sq m medical centre", 1520, "exact")]),
    ("The MacBook Pro 16 inch is on sale.", [("16 inch", 16, "exact")]),
    # 'sub-' puts a figure below the number
    ("Chipmakers will produce sub-7 nanometer chips.", [("sub-7 nanometer chips", 7, "upper_bound")]),
    # a pound sign spelled out by a text converter, with a scale or decimals; a console is no sum
    ("The package was worth up to PS2.7m.", [("up to PS2.7m", 2_700_000, "upper_bound")]),
    ("The PS5 console sold out again.", []),
])
def test_measures_labels_and_spelled_out_pounds(body, expected):
    assert [(c.text, c.value, c.qualifier) for c in claims_in(body, "figure")] == expected


@pytest.mark.parametrize("body", ["It is a very one-sided relationship, he said.", "It was a one-off payment.",
                                  "A two-way street runs past the school.", "The club charges a one-time fee.",
                                  "The number one priority is a fair contract."])
def test_a_number_word_that_says_how_counts_nothing(body):
    assert claims_in(body, "figure") == []


def test_a_number_word_that_says_how_many_still_counts():
    assert [c.text for c in claims_in("A three-year-old boy and two-thirds of the class were sent home.", "figure")] \
        == ["three-year-old boy", "two-thirds"]
