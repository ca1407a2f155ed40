"""The cleaning rules, each on small pages written for the purpose."""
from compare.clean import clean_blocks, furniture_reason
from compare.ingest.text import text_blocks


def clean(text: str):
    return clean_blocks(text_blocks(text))


def body(text: str) -> str:
    return "\n".join(clean(text).paragraphs)


def reasons(text: str) -> dict[str, str]:
    return {r.text: r.reason for r in clean(text).removed}


# -- browser and cookie notices -------------------------------------------

def test_cookie_and_browser_notices_above_the_headline_are_removed():
    page = ("This site uses cookies. By continuing to browse you agree to our use of cookies.\n"
            "Please upgrade your browser to view this site.\n"
            "Accept\n"
            "Striker signs three-year deal\n"
            "United have signed the striker on a three-year contract, the club announced.\n")
    article = clean(page)
    assert article.headline == "Striker signs three-year deal"
    assert article.paragraphs == ["United have signed the striker on a three-year contract, the club announced."]
    assert "cookie" in reasons(page)["This site uses cookies. By continuing to browse you agree to our use of cookies."]


def test_a_story_about_cookies_keeps_its_cookies():
    page = ("Bakery wins award\n"
            "The bakery's chocolate cookies won first prize at the county show.\n"
            "Browser makers will block third-party cookies next year, the company said.\n")
    assert clean(page).removed == []


# -- donation and subscription appeals -------------------------------------

def test_appeal_glued_to_the_first_sentence_is_cut_off_at_the_join():
    page = ("Council approves new budget\n"
            "Support our journalism\n"
            "We rely on readers like you. Your donation keeps our reporters in the council chamber.\n"
            "Every contribution, however big or small, makes a difference.The council approved a "
            "\u00a3312m budget on Wednesday night.\n"
            "Councillors voted 34 to 20 in favour.\n")
    article = clean(page)
    assert article.paragraphs[0] == "The council approved a \u00a3312m budget on Wednesday night."
    assert "Every contribution, however big or small, makes a difference." in reasons(page)
    assert "Councillors voted 34 to 20 in favour." in article.paragraphs


def test_the_outlet_talking_about_itself_between_two_appeals_is_part_of_the_appeal():
    page = ("Ferry operator fined\n"
            "Your support helps us keep going\n"
            "From the high street to the high court, our reporters are there when news breaks.\n"
            "Please consider a donation today.\n"
            "A ferry operator has been fined \u00a31.2m after a crew member was injured.\n")
    assert body(page) == "A ferry operator has been fined \u00a31.2m after a crew member was injured."


def test_quoted_speech_that_mentions_support_is_not_an_appeal():
    page = ("Charity appeal raises \u00a350,000\n"
            "The hospice said donations had doubled this year.\n"
            "\u201cWe cannot thank you enough for your support,\u201d said director Amy Cole.\n"
            "\u201cWe will continue to support our patients and their families.\u201d\n")
    assert clean(page).removed == []


# -- comment prompts and terms ----------------------------------------------

def test_comment_prompts_terms_and_lone_comment_bullets_are_removed():
    page = ("Rail fares to rise by 4.9%\n"
            "  \u2022 Comment\n"
            "Regulated rail fares will rise by 4.9% in March, the government has confirmed.\n"
            "Passenger groups called the increase \u201cextremely disappointing\u201d.\n"
            "  \u2022 Comment\n"
            "Have your say\n"
            "You must be logged in to post a comment\n"
            "By posting you agree to our community guidelines and terms of use.\n")
    assert body(page) == ("Regulated rail fares will rise by 4.9% in March, the government has confirmed.\n"
                          "Passenger groups called the increase \u201cextremely disappointing\u201d.")


def test_readers_comments_after_the_comment_prompt_are_not_article_text():
    page = ("Library to close on Sundays\n"
            "The central library will close on Sundays from April to save \u00a340,000 a year, the council said.\n"
            "The change follows a consultation in which 1,200 residents took part.\n"
            "Join the conversation: log in to comment\n"
            "JaneD: This is a disgrace.\n"
            "Bob1960: Another cut to services.\n")
    text = body(page)
    assert "disgrace" not in text and "1,200 residents" in text


# -- membership blocks ---------------------------------------------------

def test_membership_block_with_prices_and_perks_is_removed():
    page = ("Trust appoints new chief executive\n"
            "The trust has appointed a new chief executive, who starts in May.\n"
            "Premium membership\n"
            "  \u2022 Unlimited articles\n"
            "  \u2022 Weekly e-edition\n"
            "From \u00a39.99 / month\n"
            "Subscribe\n")
    assert body(page) == "The trust has appointed a new chief executive, who starts in May."


def test_bullet_lists_inside_the_article_stay():
    page = ("Flood warnings issued\n"
            "The Environment Agency issued warnings for three rivers:\n"
            "  \u2022 the Severn at Shrewsbury\n"
            "  \u2022 the Wye at Hereford\n"
            "  \u2022 the Teme at Tenbury Wells\n"
            "Residents were told to move valuables upstairs.\n")
    assert clean(page).removed == []


# -- captions and credits -------------------------------------------------

def test_a_caption_printed_twice_is_kept_once():
    page = ("Goalkeeper saves late penalty\n"
            "Keeper Sam Ward dives to his left\n"
            "Keeper Sam Ward dives to his left\n"
            "Rovers held on for a 1-0 win after Sam Ward saved a penalty in the 89th minute.\n")
    article = clean(page)
    assert article.paragraphs.count("Keeper Sam Ward dives to his left") == 1
    assert reasons(page) == {"Keeper Sam Ward dives to his left": "photo caption printed twice"}


def test_picture_credits_leave_the_caption_and_go_to_removed():
    page = ("Mayor opens bridge\n"
            "The mayor cuts the ribbon. Photograph: Jo Bloggs/Evening Post\n"
            "The \u00a38m bridge opened to traffic on Saturday.\n")
    article = clean(page)
    assert "The mayor cuts the ribbon." in article.paragraphs
    assert "Photograph: Jo Bloggs/Evening Post" in reasons(page)


def test_a_caption_is_not_taken_for_the_standfirst():
    page = ("Pier reopens after storm damage\n"
            "Visitors return to the restored pier on Sunday morning\n"
            "Visitors return to the restored pier on Sunday morning\n"
            "The pier reopened after a \u00a32m repair.\n")
    assert clean(page).standfirst is None


# -- agency credits ----------------------------------------------------------

def test_agency_credit_moves_to_the_byline():
    page = ("Court jails fraudster\n"
            "A man who stole \u00a3250,000 from elderly victims was jailed for six years.\n"
            "Reuters\n")
    article = clean(page)
    assert article.byline == "Reuters"
    assert article.paragraphs == ["A man who stole \u00a3250,000 from elderly victims was jailed for six years."]


# -- header: headline, standfirst, byline, dateline ---------------------------

def test_header_lines_give_byline_and_date():
    page = ("Hospital trust put into special measures\n"
            "By Priya Shah, Health Correspondent\n"
            "Updated 10:42 GMT, 3 March 2021\n"
            "Inspectors rated the trust inadequate.\n")
    article = clean(page)
    assert article.byline == "Priya Shah, Health Correspondent"
    assert article.published.isoformat() == "2021-03-03"
    assert article.paragraphs == ["Inspectors rated the trust inadequate."]


def test_standfirst_is_a_second_headline_like_line():
    page = ("Town hall press release: new recycling centre opens\n"
            "Residents can now recycle garden waste, textiles and small electricals at one site\n"
            "The new centre on Mill Lane opened on Monday.\n")
    article = clean(page)
    assert article.standfirst.startswith("Residents can now recycle")
    assert article.paragraphs == ["The new centre on Mill Lane opened on Monday."]


def test_a_date_in_the_body_is_not_the_publication_date():
    page = ("Match report\n"
            "City beat Town 2-1 at the weekend.\n"
            "The sides meet again on 4 May 2024.\n")
    assert clean(page).published is None


def test_a_short_first_body_sentence_is_not_a_byline():
    assert clean("Election results\nTurnout Fell.\nTurnout was 31%.\n").byline is None


def test_article_text_is_not_furniture():
    sentences = [
        "The council said it would publish the report next month.",
        "Readers of the report will find 40 recommendations.",
        "Comments made by the minister were criticised by the union.",
        "The club said season tickets will cost \u00a3450, up from \u00a3420.",
        "Fans were urged to watch",
        "He told reporters he had read more than 40 of the letters.",
        "She said she wanted to read more.",
    ]
    assert [furniture_reason(s) for s in sentences] == [None] * 7


def test_a_link_to_another_article_is_furniture():
    assert furniture_reason("Roger Stone: five things to know about the president's ally Read more") == \
        "link to another article"


def test_a_page_in_another_outlets_layout():
    page = ("Skip to content\n"
            "Menu\n"
            "Ambulance response times worst on record\n"
            "Share\n"
            "Ambulances took an average of 47 minutes to reach heart attack and stroke patients in December, "
            "NHS figures show.\n"
            "The target is 18 minutes.\n"
            "Paramedic unions said crews were waiting outside hospitals for hours.\n"
            "Related Topics\n"
            "Sign up for our morning newsletter and get the news you need in your inbox\n"
            "More on this story\n")
    article = clean(page)
    assert article.headline == "Ambulance response times worst on record"
    assert article.paragraphs == [
        "Ambulances took an average of 47 minutes to reach heart attack and stroke patients in December, "
        "NHS figures show.",
        "The target is 18 minutes.",
        "Paramedic unions said crews were waiting outside hospitals for hours.",
    ]


BROWSER_PASTE = """Accessibility Navigation
Skip to content
Primary Navigation
Home
News
Sport
Business
Politics
Opinion
Culture
Council votes to close the Elm Street library

The council voted on Tuesday to close the Elm Street library in March, after a consultation.

The library's 1,200 members will be offered places at the central library, the council said.
About
Contact
Careers
Advertise
Privacy
"""


def test_a_browser_paste_loses_its_menus_and_keeps_its_headline():
    article = clean(BROWSER_PASTE)
    assert article.headline == "Council votes to close the Elm Street library"
    assert article.paragraphs == [
        "The council voted on Tuesday to close the Elm Street library in March, after a consultation.",
        "The library's 1,200 members will be offered places at the central library, the council said."]
    assert {r.reason for r in article.removed} == {"navigation"}


def test_an_articles_short_list_is_kept():
    text = ("Three branches will close\n\nThe council named the branches that will close:\n\nElm Street\n\n"
            "Park Road\n\nHigh Street\n\nThe decision will be reviewed next year, the council said.")
    assert "Park Road" in body(text)
