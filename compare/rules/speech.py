"""How news copy attributes words to someone."""

REPORTING_VERBS = {
    "said", "says", "say", "told", "tells", "added", "adds", "continued", "continues", "stated", "states",
    "warned", "warns", "wrote", "writes", "explained", "explains", "insisted", "insists", "argued", "argues",
    "claimed", "claims", "declared", "declares", "announced", "announces", "admitted", "admits", "noted",
    "notes", "described", "describes", "called", "calls", "branded", "brands", "found", "finds", "concluded",
    "concludes", "identified", "identifies", "reported", "reports", "revealed", "reveals", "praised", "praises",
    "criticised", "criticises", "criticized", "criticizes", "highlighted", "highlights", "recognised",
    "acknowledged", "acknowledges", "accepted", "urged", "urges", "asked", "asks", "replied", "replies",
    "commented", "comments", "tweeted", "posted", "suggested", "suggests", "confirmed", "confirms", "observed",
    "judged", "saying", "adding", "warning", "describing", "calling", "stating", "writing", "noting",
    "according", "accused", "accuses", "scoffed", "quipped", "joked", "boasted", "complained", "countered",
    "responded", "recalled", "cautioned", "predicted", "promised", "vowed", "pledged", "demanded", "charged",
    "alleged", "conceded", "insisting", "telling", "arguing", "claiming", "declaring", "tweeting", "pleaded",
    "testified", "shouted", "chanted", "whispered", "remarked", "stressed", "emphasised", "emphasized",
    "maintained", "contended", "lamented", "acknowledging", "announcing", "explaining", "shot back", "fired back",
    "pointed out", "chimed in", "went on", "interjected", "reiterated", "echoed", "recounted", "wondered",
    "barked", "snapped", "retorted", "mused", "opined", "agreed", "agrees", "answered", "answers", "yelled",
    "yelling", "screamed", "exclaimed", "sniped", "fumed", "groused", "gushed", "marveled", "marvelled",
    "cracked", "teased", "boomed", "thundered", "recalls", "recounts", "remarking", "quipping", "joking",
    "boasting", "complaining", "asking", "replying", "responding", "adds", "concedes", "conceding", "reacted", "remembered",
    "put it", "puts it", "assured", "assures", "suggesting", "condemning", "praising", "blasting", "slamming",
    "urging", "promising", "vowing", "accusing", "dismissing", "labeling", "labelling", "branding", "touting",
    "thanking", "citing", "blasted", "slammed", "derided", "touted", "labeled", "labelled", "dismissed",
}
PARTICIPLES = {"saying", "adding", "warning", "describing", "calling", "stating", "writing", "noting", "insisting",
               "telling", "arguing", "claiming", "declaring", "tweeting", "acknowledging", "announcing",
               "explaining", "remarking", "yelling", "quipping", "joking", "boasting", "complaining", "asking",
               "replying", "responding", "conceding", "suggesting", "condemning", "praising", "blasting",
               "slamming", "urging", "promising", "vowing", "accusing", "dismissing", "labeling", "labelling",
               "branding", "touting", "thanking", "citing"}

# Nouns standing for an organisation or its document: 'the watchdog said', 'the report states'.
DESCRIPTORS = {
    "watchdog", "regulator", "inspectorate", "inspectors", "inspector", "inspection", "re-inspection", "report",
    "findings", "assessment", "review", "inquiry", "study", "survey", "audit", "investigation", "judgment",
    "judgement", "ruling", "verdict", "statement", "council", "authority", "government", "department", "ministry",
    "court", "judge", "police", "force", "trust", "board", "committee", "commission", "agency", "company", "firm",
    "club", "charity", "party", "campaign", "spokesman", "spokeswoman", "spokesperson", "prosecution", "defence",
    "white house", "administration", "union", "organisation", "organization", "group", "researchers", "analysts",
}
DESCRIPTOR_FAMILY = {
    "watchdog", "regulator", "inspectorate", "inspectors", "inspector", "inspection", "re-inspection", "report",
    "findings", "assessment", "review", "inquiry", "study", "survey", "audit", "investigation", "judgment",
    "judgement",
}
PERSON_PRONOUNS = {"he", "she", "his", "her"}


# How far before a quotation mark (in characters) the words that attribute it are looked for.
# An attribution sits beside its quotation; anything further is a run-on line, and looking
# further would make a long one-line file cost time in the square of its length.
SPEAKER_REACH = 400
# How far after a closing mark the reporting verb may come ('…," the hospital's chief nurse said').
VERB_AFTER_QUOTE = 200
# How far after that verb the speaker's name may come ('…," said John Smith').
NAME_AFTER_VERB = 60
# After a quotation that ends its sentence, the next sentence attributes it if a reporting verb
# comes within this many words ('…?" Trump told ITV.', '…." US Senator Jeff Sessions said').
WORDS_BEFORE_VERB = 6
# Verbs whose object follows them in a short attribution ('…," Renteria told reporters.').
VERBS_WITH_AN_OBJECT = {"told", "tells", "asked", "asks", "telling", "urged", "urges"}
# Words that may follow the verb of a short attribution and place the saying rather than start
# a clause of its own: '…" Trump said on Twitter.', '…" Clinton said to People.', '…" she said Monday.'
PLACING_WORDS = {
    "in", "on", "at", "to", "during", "after", "before", "as", "when", "while", "with", "from", "of", "about",
    "via", "through", "later", "earlier", "recently", "yesterday", "today", "tonight", "then", "again",
    "afterward", "afterwards", "last", "this", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "matter-of-factly", "simply", "flatly", "bluntly", "firmly", "quietly", "publicly", "privately",
}
# Words that make a name before another describe it ('Cruz constituent Dan Golvach', 'Clinton ally
# James Carville', 'Huckabee campaign spokesman Hogan Gidley'), besides the role nouns of people.py.
DESCRIBING_NOUNS = {"ally", "allies", "constituent", "campaign", "friend", "neighbor", "neighbour", "colleague",
                    "rival", "confidant", "loyalist", "backer", "donor", "surrogate", "biographer", "pollster",
                    "strategist", "speechwriter", "senior", "former", "longtime", "top", "chief", "deputy", "press",
                    "majority", "minority", "general", "assistant", "associate", "executive"}

# Words that open a clause before a sentence's main one, whose names are not its subject.
CLAUSE_OPENERS = ("when", "after", "before", "as", "while", "although", "though", "if", "because", "since", "once",
                  "until", "at", "in", "on", "during", "from", "with", "for", "by", "following", "despite",
                  "unlike", "like", "asked", "speaking", "here", "there")
# 'He' and 'she' look back this many sentences for the person who is a sentence's subject.
PRONOUN_SENTENCES = 3
PRONOUN_GENDER = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}
TITLE_GENDER = {"mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "father": "m", "baron": "m",
                "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f", "queen": "f", "princess": "f",
                "baroness": "f"}
# How many names back, past descriptions set off by commas, a verb's subject is looked for.
APPOSITIVE_NAMES = 4
# A sentence of at most this many words with a reporting verb attributes the quotation that
# follows it in the paragraph ('Iowa State University's Dianne Bystrom agreed. "…"').
WORDS_IN_A_SHORT_ATTRIBUTION = 12
# How many titled people back 'the governor' or 'the aide' looks for the one titled so.
TITLED_PEOPLE_BACK = 200
# Between a verb and the name of its subject after it ('said former Vermont governor Howard Dean'),
# at most this many words, and no preposition but inside a title ('Secretary of State').
WORDS_BEFORE_NAME = 3
PREPOSITIONS = {"in", "on", "at", "through", "from", "to", "for", "with", "by", "of", "about", "after", "before",
                "during", "via", "over", "under", "against", "into"}
# A sentence that ends with its reporting verb and at most this many words placing the saying
# ('… said in a statement.') attributes the quotation after it, however long its subject.
WORDS_AFTER_A_CLOSING_VERB = 5
# A paragraph of at most this many characters whose words of four letters or more are at least this
# share capitalised is a headline: its quotations get no speaker from its capitalised words.
HEADLINE_CHARACTERS = 200
HEADLINE_CAPITALISED = 0.8
# How far back (characters) 'the president' looks for the person titled so: further back, another
# president may be meant, and the description is kept as it is.
DESCRIPTION_REACH = 4000
# Nouns a name qualifies rather than stands as a person beside: 'the Giffords shooting', 'the Trump
# administration'. A 'he' or 'she' later does not stand for a name so used.
ATTRIBUTIVE_NOUNS = {
    "administration", "campaign", "shooting", "killing", "murder", "case", "trial", "era", "years", "family",
    "foundation", "presidency", "supporters", "aides", "camp", "team", "rally", "speech", "victory", "win",
    "defeat", "emails", "email", "scandal", "investigation", "probe", "inquiry", "government", "cabinet",
    "doctrine", "plan", "policy", "policies", "tweet", "tweets", "interview", "book", "memo", "estate", "tower",
    "hotel", "university", "organization", "organisation", "staff", "loyalists", "allies", "voters", "fans",
}
