"""Cues that tell page furniture from article text.

These describe how web pages talk to their readers (second person, the
outlet's own 'we', calls to action, prices), not what any one article says.
A block is furniture when it combines a topic cue with a way of addressing
the reader; a topic word alone ('cookies' in a story about biscuits, 'join'
in a story about a merger) is not enough.
"""
import re

I = re.IGNORECASE

READER = re.compile(r"\b(you|your|you'll|you're|you've|yours)\b", I)
OUTLET_VOICE = re.compile(r"\b(we|we're|we've|we'll|us|our|ours)\b", I)

BROWSER = re.compile(r"\b(browser|javascript|cookies?|ad[- ]?blocker)\b", I)
SITE = re.compile(r"\b(our|this) (web ?)?(site|page|app)\b", I)

APPEAL = re.compile(
    r"\b(donat(e|es|ed|ing|ion|ions)|your support|support (us|our (journalism|work|reporting|newsroom)|independent journalism)|"
    r"subscri(be|bes|ber|bers|ption|ptions)|paywalls?|membership|become an? (member|subscriber|supporter|patron)|"
    r"free trial|sign up|newsletters?|unlimited access|contributions?|contribute)\b", I)
# Addressing the reader without 'you': 'Please consider…', 'Donate today'.
IMPERATIVE = re.compile(r"^(please|donate|subscribe|support|join|sign|register|become)\b", I)

COMMENT = re.compile(r"\b(comments?|commenting|commenters?|conversations?|discussions?|forums?|have your say|replies)\b", I)
ACCOUNT = re.compile(r"\b(sign in|signed in|log ?in|logged in|register|join|must|readers?|post)\b", I)

TERMS = re.compile(
    r"\b(terms (and|&) conditions|terms of (use|service)|privacy (policy|notice)|"
    r"community (guidelines|standards|rules)|house rules|moderation policy)\b", I)
TERMS_ADDRESS = re.compile(r"\b(you|your|submission|submitting|agree|agreement|accept)\b", I)

# A whole line that is only an instruction to click something.
CALL_TO_ACTION = re.compile(
    r"^(learn more|read more|more|subscribe( now)?|sign up|sign in|log ?in|register|comments?|comments? \(\d+\)|"
    r"\d+ comments?|have your say|share( this( article| story)?)?|advertisement|advert|sponsored|related( articles| stories| topics| content| links)?|"
    r"more (on|about) this (story|topic)|top stories|you may also like|recommended( for you)?|trending( now)?|"
    r"most (read|popular)|follow us|click here|skip to (main )?content|menu|newsletter|print|e-?mail|listen|"
    r"show more|load more|see more|continue reading|back to top|topics|tags|view comments|join the (conversation|discussion)|"
    r"accept( all)?( cookies)?|reject( all)?( cookies)?|allow( all)?( cookies)?|manage (cookies|preferences|settings)|"
    r"cookie (settings|preferences)|got it|i agree|agree|dismiss|close|donate( now| today)?)"
    r"\s*[:.!›»>]?$", I)

# A link to another article: a title run on into the link's words ('Roger Stone: five things to
# know Read more'), as pasted text keeps it. Short, and with no full stop before the link words.
RELATED_LINK = re.compile(r"^[^.!?]{10,140}?\s(?:read more|read full story|full story)\s*[:›»>]?$", I)

# Attribution is the mark of reporting: a block that quotes someone is article text.
ATTRIBUTION = re.compile(r"\b(said|says|told|according to|added|stated|announced|wrote)\b", I)
QUOTE_MARK = re.compile(r"[\"\u201c\u201d\u2018\u2019']")
# A paragraph that opens with a quotation mark is someone's words, never the page's.
OPENS_QUOTE = re.compile(r"^[\"\u201c\u2018\u201e]")

PRICE = re.compile(
    r"^(from|only|just)?\s*[£$€]\s?\d+([.,]\d+)?\s*(/|per|a|an|each)\s*(month|week|year|annum|mo|yr|issue)\b.{0,40}$", I)

BULLET = re.compile(r"^\s*[•·▪●◦‣*\-–]\s+")

# 'Picture: Agency/Photographer' and the like at the end of a caption line.
PICTURE_CREDIT = re.compile(
    r"\s*\b(Picture|Pictures|Photo|Photos|Photograph|Photographs|Image|Images|Credit|Photo credit|Illustration|Video)"
    r"\s*:\s*[^.!?:\"\u201c\u201d]{2,80}$")

# News agencies whose name alone on a line credits the copy, not the story.
AGENCY = re.compile(
    r"^(PA|PA Media|PA Wire|Press Association|AP|Associated Press|AFP|Agence France-Presse|Reuters|UPI|"
    r"dpa|ANSA|EFE|Bloomberg|Agencies|Staff and agencies|ANI|PTI|IANS|AAP|CP|Xinhua)\.?$", I)
ACRONYM_LINE = re.compile(r"^[A-Z]{2,4}$")

# Two sentences run together when a page's blocks were pasted without a break.
GLUED_SENTENCES = re.compile(r"(?<=[a-z][.!?])(?=[A-Z][a-z])")

TERMINAL_PUNCTUATION = re.compile(r"[.!?:;\"\u201d\u2019')\]]$")

# A page's visible text pasted from a browser keeps its menus: a line that names the navigation
# ('Primary Navigation', 'Skip to content', 'Accessibility'), and runs of short lines with no
# sentence in them ('Home', 'News', 'Sport', 'Politics', ...).
NAVIGATION = re.compile(r"\b(navigation|main menu|site menu|skip to (main )?content|skip navigation|accessibility|"
                        r"search this site|toggle menu|open menu|close menu)\b", I)
MENU_WORDS = 4
"""A menu item is this many words or fewer, with no end punctuation."""
MENU_RUN = 5
"""This many such lines in a row, above the article's first sentence or below its last, are a menu."""
SENTENCE_WORDS = 12
"""A block this long is the article's copy: menus stand before the first or after the last."""
