"""Thresholds of the findings, each with why it is what it is."""

APPROXIMATE_SHARE = 0.1
"""'About 1,400' holds from 1,260 to 1,540; two rounded numbers further apart than this share differ."""

HEDGED_APART = 0.03
HEDGED_NEAR = 1.5
"""...but only while the larger is at most this many times the smaller: a bound far from the other
figure ('over 1,400 points' against '2,352 points') is more likely another count than a hedged one."""
"""Two numbers further apart than this share differ even where a hedge ('around 2,000', 'as many as
260') lets both hold: '1,800 births' and 'around 2,000' are two figures a reader should see."""

FAR_APART = 0.05
"""Two plain numbers further apart than this share are not one number rounded: `high` is possible."""

FRAME_WORDS = 5
"""Words each side of a figure that say what it counts and what happened to it."""

SAME_FRAME = 0.5
"""Share of the smaller frame the other figure's frame must hold for the tool to be sure they are one count."""

OMISSIONS_PER_EVENT = 5
"""A story's omissions past this many are noise to a reader; grades go first."""

LEDE_PARAGRAPHS = 4
"""Headline, standfirst and the first body paragraphs: what a story leads on."""

LINK_POINTS = 3
"""What two sources must share to be one story's core: an aligned quote, grade or count of things
(three points), or three lesser links: people both name, shares or sums both give (one point each)."""

COMPARABLE_LENGTH = 0.5
"""Below this share of the reporting article's length, another article is a narrower piece, not one
that left a side number out."""

CLOCK_SLACK = {"exact": (-0.5, 0.5), "approximate": (-1.0, 1.0), "upper_bound": (-3.0, 0.0),
               "lower_bound": (0.0, 3.0)}
"""Hours either side of a clock time that a reader allows: '11am' is 10.30 to 11.30, 'around noon' 11 to 1,
'just before noon' the three hours before it, 'shortly after 3pm' the three after."""

DATE_NEAR_DAYS = 90
"""A date this many days or more from publication is one the story recalls, not one of its happenings:
its times are not compared."""

LEDE_CHARS = 600
"""The opening of an article's body, read with its headline for what the story is about."""

# What a figure finding calls figures of a unit that is no noun a reader would say: 'The sources give
# different percentages', not 'different figures for %'.
FIGURES_OF_UNIT = {"%": "percentages", "USD": "sums of money", "GBP": "sums of money", "EUR": "sums of money",
                   "share": "shares", "points": "numbers of points", "years old": "ages"}
