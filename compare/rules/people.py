"""Words that mark people, their roles, organisations and places in news copy."""
import re

TITLES = {
    "sir", "dame", "lord", "lady", "baroness", "baron", "dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx",
    "cllr", "coun", "councillor", "judge", "justice", "rev", "reverend", "canon", "bishop", "archbishop", "father",
    "det", "detective", "dc", "ds", "di", "dci", "dcs", "pc", "sgt", "sergeant", "insp", "inspector", "supt",
    "superintendent", "ch", "chief", "constable", "president", "senator", "sen", "rep", "representative", "gov",
    "governor", "mayor", "minister", "secretary", "general", "gen", "col", "colonel", "capt", "captain", "major",
    "lt", "lieutenant", "admiral", "speaker", "king", "queen", "prince", "princess", "pope", "sheikh", "st",
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
    "cabinet", "employee", "staffer", "aide", "official", "pastor", "vicar", "physician", "paramedic", "firefighter", "officer", "administrator", "registrar",
}

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
    "health", "education", "local", "national", "royal",
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
}
PARTY = re.compile(r"^\s*\((Lab|Con|LD|Lib Dem|SNP|Green|Ind|UKIP|Reform|PC|DUP|SF|D|R|I|[DR]-[A-Z][a-z.]*)\)")
