"""How much the reports show: the brief's room, the HTML report's pages. Limits of reading, not of data."""

# The brief: a few pages an editor reads through.
BRIEF_TOP = 6            # findings on page one, under "What matters most"
BRIEF_EVENTS = 5         # stories the brief has room for (the weightiest findings first)
BRIEF_PER_EVENT = 3      # findings stated in sentences under each story
BRIEF_FIGURES = 6        # aligned figures tabled under each story
BRIEF_CHANGES = 5        # items of each "Since the last build" list
BRIEF_SOURCES = 30       # rows of the sources table (past that, only the sources of the stories shown)

# report.html
ONE_PAGE_UP_TO = 30      # sources; a larger corpus gets an index page and one page per story
COVERAGE_ROWS = 60       # claims in a story's coverage table, the most widely reported first
SEARCH_TEXT = 300        # characters of a finding's summary kept in the index page's search data
