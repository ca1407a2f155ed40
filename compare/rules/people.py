"""Words that mark people, their roles, organisations and places in news copy."""
import re

TITLES = {
    "sir", "dame", "lord", "lady", "baroness", "baron", "dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx",
    "cllr", "coun", "councillor", "judge", "justice", "rev", "reverend", "canon", "bishop", "archbishop", "father",
    "det", "detective", "dc", "ds", "di", "dci", "dcs", "pc", "sgt", "sergeant", "insp", "inspector", "supt",
    "superintendent", "ch", "chief", "constable", "president", "senator", "sen", "rep", "representative", "gov",
    "governor", "mayor", "minister", "secretary", "general", "gen", "col", "colonel", "capt", "captain", "major",
    "lt", "lieutenant", "admiral", "speaker", "king", "queen", "prince", "princess", "pope", "sheikh", "st",
    "prime", "vice",
}

# What someone is rather than a post they hold: 'Actress Danai Gurira', 'Comedian Sarah Silverman'.
DESCRIPTIONS = {
    "actress", "actor", "comedian", "host", "singer", "rapper", "musician", "businessman", "businesswoman",
    "activist", "strategist", "pollster", "delegate", "operative", "challenger", "nominee", "entrepreneur",
    "billionaire", "veteran", "volunteer", "protester", "supporter", "voter", "student", "farmer", "pastor",
    # what someone does or once was, not a post held against another: 'columnist' and 'doctor', 'analyst'
    # and 'director', 'candidate' and 'chairman' are both true of one person
    "columnist", "commentator", "contributor", "analyst", "candidate", "doctor", "writer", "author", "officer",
    "founder", "co-founder", "owner", "co-owner",
}

# The head nouns of a role: 'council leader', 'director of children's services'.
ROLE_NOUNS = {
    "leader", "director", "chair", "chairman", "chairwoman", "chairperson", "secretary", "executive", "commissioner",
    "inspector", "minister", "spokesman", "spokeswoman", "spokesperson", "editor", "chief", "head", "member",
    "councillor", "mayor", "officer", "president", "manager", "judge", "coach", "captain", "governor", "senator",
    "professor", "author", "founder", "adviser", "advisor", "correspondent", "reporter", "campaigner", "lawyer",
    "barrister", "solicitor", "prosecutor", "surgeon", "doctor", "nurse", "consultant", "analyst", "economist",
    "chancellor", "deputy", "mp", "mep", "msp", "constable", "superintendent", "detective", "sergeant", "ceo",
    "principal", "headteacher", "teacher", "trustee", "partner", "candidate", "representative", "attorney",
    "ambassador", "chairs", "leaders", "directors", "inspectors", "officers", "members", "spokesperson", "boss",
    "striker", "midfielder", "defender", "goalkeeper", "manager", "owner", "coroner", "sheriff", "investigator",
    "researcher", "scientist", "lecturer", "owner", "worker", "resident", "victim", "mother", "father", "witness",
    "cabinet", "employee", "staffer", "aide", "official", "pastor", "vicar", "physician", "paramedic", "firefighter", "officer", "administrator", "registrar", "commander", "cartoonist",
    "columnist", "commentator", "photographer", "producer", "presenter", "anchor", "treasurer", "dean", "provost",
} | DESCRIPTIONS

# Words that make a capitalised sequence an organisation, a document or a place, not a person.
ORGANISATION_WORDS = {
    "council", "board", "report", "services", "service", "commission", "trust", "committee", "department",
    "university", "college", "school", "academy", "hospital", "court", "police", "party", "agency", "office",
    "ministry", "authority", "government", "news", "times", "post", "press", "group", "company", "corporation",
    "inc", "ltd", "plc", "bank", "institute", "foundation", "association", "union", "federation", "society",
    "club", "fc", "united", "city", "county", "borough", "parliament", "assembly", "senate", "house", "congress",
    "inquiry", "review", "act", "bill", "law", "centre", "center", "network", "alliance", "league", "team",
    "street", "road", "avenue", "square", "park", "hill", "valley", "bridge", "lane", "station", "airport",
    "church", "cathedral", "prison", "hall", "town", "village", "market", "stadium", "ground", "arena", "museum",
    "library", "theatre", "gallery", "castle", "palace", "tower", "court's", "estate", "shopping", "industrial", "army", "navy", "force", "guardian", "independent", "telegraph", "mail",
    "herald", "echo", "star", "chronicle", "gazette", "journal", "tribune", "magazine", "radio", "tv",
    "television", "channel", "hub", "hubs", "programme", "program", "scheme", "fund", "award", "awards", "cup",
    "championship", "festival", "conference", "summit", "report's", "framework", "strategy", "plan",
    "health", "education", "local", "national", "royal", "watch", "rights", "amendment", "constitution",
    "international", "global", "digital", "online", "weekly", "daily", "sunday",
    "republican", "republicans", "democrat", "democrats", "democratic", "labour", "conservative", "conservatives",
    "tory", "tories", "liberal", "liberals",
}
PLACE_STARTS = {
    "north", "south", "east", "west", "new", "northern", "southern", "eastern", "western", "great", "greater",
    "upper", "lower", "saint", "port", "lake", "mount", "fort", "san", "santa", "los", "las", "el", "la", "le",
}
# Capitalised words that begin sentences or headings and are never names.
NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "it", "its", "he", "she", "they", "we", "i", "you",
    "this", "that", "these", "those", "there", "here", "however", "meanwhile", "after", "before", "since", "when",
    "while", "as", "for", "from", "with", "without", "by", "of", "to", "his", "her", "their", "our", "my", "your",
    "some", "many", "most", "all", "one", "two", "three", "what", "who", "why", "how", "where", "which", "not",
    "no", "yes", "earlier", "later", "last", "next", "today", "yesterday", "tomorrow", "also", "so", "yet", "both",
    "each", "every", "other", "another", "such", "than", "then", "now", "once", "only", "even", "still", "just",
    "more", "less", "few", "several", "any", "about", "over", "under", "up", "down", "out", "according",
    "maybe", "perhaps", "because", "although", "though", "unless", "until", "despite", "instead", "indeed",
    "actually", "finally", "first", "during", "whether", "unlike", "like", "nor", "asked", "says", "said",
    "former", "late", "current", "ex",
}
PARTY = re.compile(r"^\s*\((Lab|Con|LD|Lib Dem|SNP|Green|Ind|UKIP|Reform|PC|DUP|SF|D|R|I|[DR]-[A-Z][a-z.]*)\)")


# Offices a role names, for telling two roles apart. A description ('worker', 'victim', 'father',
# 'witness') says what someone is, not which post they hold, so it is never set against another.
OFFICE_NOUNS = ROLE_NOUNS - {
    "member", "members", "worker", "resident", "victim", "mother", "father", "witness", "employee", "staffer",
    "aide", "official", "cabinet", "partner", "owner", "leaders", "directors", "inspectors", "officers", "chairs",
    "author", "campaigner", "representative", "head", "boss", "deputy", "principal", "leader",
} - DESCRIPTIONS
# Offices that are one post under other names: the words in a row name one family.
OFFICE_FAMILIES = (
    ("spokesman", "spokeswoman", "spokesperson", "press secretary", "press officer", "communications director",
     "director of communications", "head of communications", "communications adviser", "communications advisor"),
    ("chairman", "chairwoman", "chair", "chairperson"),
    ("chief executive", "ceo", "managing director"),
    ("adviser", "advisor", "economic adviser", "counselor", "counsellor"),
    ("lawyer", "attorney", "solicitor", "barrister", "counsel"),
    ("headteacher", "head teacher", "principal"),
    ("manager", "boss", "head coach", "coach"),
    ("director", "chief", "head", "commissioner"),  # 'budget chief' and 'budget director' head one office
    ("chairman", "chief"),  # 'tax committee chief' is its chairman
    ("prosecutor", "prosecuting attorney", "district attorney", "state's attorney"),
    ("correspondent", "reporter", "journalist", "anchor"),
)
# Words that rank an office: 'deputy chief' and 'assistant chief' are two posts.
RANKS = {"deputy", "assistant", "acting", "interim", "vice", "associate", "senior", "junior", "principal", "lead"}


GENERIC_HEADS = {"chief", "head", "boss"}
"""Words that say someone heads a body and not what the post is called: 'campaign chief' is its manager."""


class Office:
    """The posts a role names (by family) and the ranks it gives them."""

    def __init__(self, role: str):
        text = " " + re.sub(r"[^a-z ]+", " ", role.lower()) + " "
        self.posts: set[str] = set()
        named = set()
        for name in sorted({n for family in OFFICE_FAMILIES for n in family}, key=len, reverse=True):
            if f" {name} " in text:  # longest first: 'chief executive' is no 'chief'
                named.add(name)
                text = text.replace(f" {name} ", " ")
        for family in OFFICE_FAMILIES:  # a word may name a post of two families: 'chief' heads and chairs
            if named & set(family):
                self.posts.add(family[0])
        words = text.split()
        # 'of' starts what the post is of: 'chairman of the Council of Economic Advisers' is a chairman;
        # 'who' and its kind start a clause: 'supporter who pushed back on the president' is no president.
        ends = [i for i, w in enumerate(words) if w in ROLE_PHRASE_END]
        if ends:
            words = words[:ends[0]]
        self.posts |= {w for w in words if w in OFFICE_NOUNS}
        self.ranks = {w for w in words if w in RANKS}
        self.head = bool(named) and named <= GENERIC_HEADS

    def differs(self, other: "Office") -> bool:
        if self.posts and other.posts and not self.posts & other.posts and not (self.head or other.head):
            return True  # 'EPA chief' heads it whatever its head is called: no other post than 'Administrator'
        return bool(self.posts & other.posts and self.ranks and other.ranks and not self.ranks & other.ranks)


# A role that runs on into another person ('Vice President Mike Pence and Trump counselor') or into
# page furniture ('adviser Read more') was cut in the wrong place: it is not compared.
GARBLED_ROLE = re.compile(r"\b(?:read more|click here|subscribe|saying|says|said|told|particularly|picked|"
                          r"especially)\b|\b(?:and|or|but)\s*$|^\s*(?:and|or|but)\b|\b(?:President|Senator|Sen\.|Rep\.|Gov\.|Mr\.|"
                          r"Mrs\.|Ms\.|Dr\.)\s+[A-Z][a-z]+\s+[A-Z]", re.IGNORECASE)


# Letters that transliteration styles render differently ('Zelenskiy', 'Zelensky'; 'Dmitri', 'Dmitry';
# 'Smirnoff', 'Smirnov'): as regular expressions over a lower-case name part and what they become.
# Kept to the endings and letters of Cyrillic and Arabic names; 'Kruger' for 'Krueger' is a misspelling.
TRANSLITERATIONS = ((r"iy$", "y"), (r"ii$", "y"), (r"ij$", "y"), (r"i$", "y"), (r"kh", "h"), (r"ff$", "v"),
                    (r"ye", "e"), (r"(?<=.)y(?=.)", "i"), (r"^(?:muhammad|mohammed|mohamed|mohammad|muhammed|"
                                                          r"mohamad|muhamad|mohamed)$", "muhammad"))
# Other renderings of one sound: 'Avakhov' and 'Avakov' (a second reading of 'kh').
ALSO_TRANSLITERATED = ((r"kh", "k"),)

# A role held at another time is not set against today's: 'former FBI Director', 'then-Deputy Attorney General'.
PAST_ROLE = re.compile(r"\b(?:former|formerly|then|ex|onetime|one-time|erstwhile|retired|late|previous|outgoing)\b"
                       r"|-elect\b", re.IGNORECASE)  # 'governor-elect' is a post to come, held beside today's
# Where a role's noun phrase ends: 'director of the institute', 'director known as Charb'.
ROLE_PHRASE_END = {"of", "at", "for", "in", "with", "to", "on", "from", "by", "known", "based", "who", "which", "that",
                   "named", "called", "appointed", "elected", "and", "since", "until", "during", "when", "after"}

# How far around a name (in characters) its role is looked for: 'Council leader Chris Read',
# 'Chris Read, independent chair of the board,'. A role is a short phrase beside the name; a
# bound keeps a long one-line file from costing time in the square of its length.
ROLE_REACH = 300

# A capitalised plural before 'said' is a word for people ('Critics said', 'Officials said') when
# English uses it at least this often (Zipf scale, wordfreq); rarer ones are surnames ('Sanders said').
PLURAL_NOUN_ZIPF = 4.0

# Titles of several words, stripped from a name by the longest match: 'Secretary of State Hillary
# Clinton' is Hillary Clinton, 'Health Secretary Wes Streeting' is Wes Streeting.
MULTIWORD_TITLES = frozenset(tuple(title.split()) for title in (
    "secretary of state", "secretary of defense", "secretary of defence", "secretary of the treasury",
    "secretary of homeland security", "attorney general", "solicitor general", "surgeon general",
    "house speaker", "speaker of the house", "majority leader", "minority leader", "senate majority leader",
    "senate minority leader", "house majority leader", "house minority leader", "health secretary",
    "home secretary", "foreign secretary", "defence secretary", "defense secretary", "education secretary",
    "business secretary", "culture secretary", "justice secretary", "transport secretary", "energy secretary",
    "environment secretary", "work and pensions secretary", "press secretary", "chief executive",
    "prime minister", "first minister", "deputy prime minister", "vice president", "chief constable",
    "chief justice", "chief inspector", "chief superintendent", "lord chancellor", "chancellor of the exchequer",
    "director general", "secretary general", "lieutenant governor", "lt. gov", "lt gov", "police chief",
    "fire chief", "head coach", "district attorney", "state senator", "state representative", "chief medical officer",
))
# Abbreviated titles and the role they name, for 'the governor said' after 'Gov. Paul LePage'.
TITLE_ROLES = {
    "gov": "governor", "sen": "senator", "rep": "representative", "pres": "president", "gen": "general",
    "lt": "lieutenant", "det": "detective", "insp": "inspector", "supt": "superintendent", "prof": "professor",
    "dr": "doctor", "cllr": "councillor", "coun": "councillor", "sgt": "sergeant", "capt": "captain",
    "col": "colonel", "congressman": "representative", "congresswoman": "representative", "del": "delegate",
}
