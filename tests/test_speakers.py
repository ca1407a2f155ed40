"""Who said it: the speaker resolver of compare/extract/quotes.py, pass by pass.

Each case is a few sentences in the manner of one kind of outlet (US politics, British local news,
wire copy, courts, hospitals, sport) and the speaker a careful reader gives each quotation, or None
where the copy names nobody: an empty speaker is a missed finding, a wrong one a false finding.
"""
import pytest

from tests.conftest import claims_in

Q, E = "\u201c", "\u201d"


def speakers(body: str) -> list[str | None]:
    return [c.speaker for c in claims_in(body, "quote")]


# The explicit speaker of a reporting verb: its subject, never its object or the outlet told.
AFTER_THE_QUOTATION = [
    (f"{Q}We will appeal,{E} said Maria Lopez, the club's lawyer.", ["Maria Lopez"]),
    (f"{Q}It was a fair result,{E} Gareth Southgate told the BBC.", ["Gareth Southgate"]),
    (f"Nancy Pelosi met her caucus. {Q}We are not going to cave,{E} Pelosi told reporters.", ["Nancy Pelosi"]),
    (f"Donald Trump was in Florida. {Q}Our country is being stolen,{E} Trump tweeted Monday.", ["Donald Trump"]),
    (f"{Q}Waiting lists are falling,{E} said Health Secretary Wes Streeting.", ["Wes Streeting"]),
    (f"{Q}We will not back down,{E} said Secretary of State Hillary Clinton.", ["Hillary Clinton"]),
    (f"{Q}The law puts us at risk,{E} said Cruz constituent Dan Golvach.", ["Dan Golvach"]),
    (f"{Q}You have shown no remorse,{E} Judge Sarah Mills told the jury at Leeds Crown Court.", ["Sarah Mills"]),
    (f"{Q}The data speak for themselves,{E} Professor Jane Carter of Imperial College London told MPs.",
     ["Jane Carter"]),
    (f"{Q}Both candidates scare me,{E} Harry Bond, 30, of Raleigh, N.C., who was among those polled, said.",
     ["Harry Bond"]),
    (f"{Q}He is obviously struggling,{E} said former Vermont governor Howard Dean, a Clinton supporter.",
     ["Howard Dean"]),
    (f"{Q}We have had offices here since April,{E} said Stephanie Formas, Clinton's state director.",
     ["Stephanie Formas"]),
    (f"{Q}The Taj is going through bankruptcy,{E} said Atlantic City Mayor Don Guardian.", ["Don Guardian"]),
    (f"{Q}Many of his ideas are far from heartwarming,{E} columnist Ai Jun wrote in the Global Times.",
     ["Ai Jun"]),
    (f"{Q}Sales will recover,{E} according to chief executive Omar Said.", ["Omar Said"]),
    (f"Kevin McCarthy, the California Republican, told Fox News: {Q}We put together a committee.{E}",
     ["Kevin McCarthy"]),
    (f"In an interview with CNN, Bernie Sanders said: {Q}We are going to win New York.{E}", ["Bernie Sanders"]),
]

# A quotation that ends its sentence, attributed by the next one; a signature under it; a partial
# quotation that runs on to its attribution.
AROUND_THE_QUOTATION = [
    (f"Donald Trump spoke for an hour. {Q}Remember when she said she was poor?{E} Trump said Friday.",
     ["Donald Trump"]),
    (f"{Q}It looks like we will not get along,{E} Donald Trump told ITV in an interview.", ["Donald Trump"]),
    (f"Steve Grubbs advises Rand Paul. {Q}The Iowa caucus is a battle of niches{E} Grubbs said.",
     ["Steve Grubbs"]),
    (f"{Q}We are extremely happy{E} about the decision, said RoseAnn DeMoro, director of the union.",
     ["RoseAnn DeMoro"]),
    (f"{Q}The nation is watching Virginia.{E}\n\n\u2015 Marcia Price", ["Marcia Price"]),
    (f"{Q}Tonight's debate showed him for who he really is.{E} \u2015 Veronica Cruz", ["Veronica Cruz"]),
    (f"{Q}I will say we are tired of being told it is offensive!{E} Ted Cruz said.", ["Ted Cruz"]),
    (f"{Q}It was the best we could get.{E} Angela Rayner said after the vote.", ["Angela Rayner"]),
]

# Introductions: a colon ends the paragraph or the sentence before, a verb opens the sentence,
# a label names the speaker.
INTRODUCED = [
    (f"Ted Cruz continued:\n\n{Q}You look at the questions. How about the issues people care about?{E}",
     ["Ted Cruz"]),
    (f"President Bill Clinton released the following statement:\n\n{Q}We offer our condolences.{E}",
     ["Bill Clinton"]),
    (f"When George Wallace died in 1998, President Bill Clinton released a statement:\n\n"
     f"{Q}We offer our condolences.{E}", ["Bill Clinton"]),
    (f"Donald Trump gestured to the crowd, then leaned in and boomed: {Q}Let's defeat her in November.{E}",
     ["Donald Trump"]),
    (f"Said Ellis Jones: {Q}The code would become more complicated.{E}", ["Ellis Jones"]),
    (f"Mike Pence spoke first.\n\nPENCE: {Q}We will win this election.{E}\n\nKAINE: {Q}No, you will not.{E}",
     ["Mike Pence", "Kaine"]),
    (f"Candidate Lucy Ward: {Q}This is a vote for change.{E}", ["Lucy Ward"]),
    (f"Iowa State University's Dianne Bystrom agreed. {Q}Mainstream Republicans are running out of time.{E}",
     ["Dianne Bystrom"]),
    (f"The timing does not surprise Republican pollster Daron Shaw: {Q}Lesser-known candidates often win.{E}",
     ["Daron Shaw"]),
    (f"Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Donald Trump: "
     f"{Q}It is time to quit attacking people.{E}", ["Mitch McConnell"]),
]

# A participle or a second verb takes the subject of the sentence's first verb.
SAME_SUBJECT = [
    (f"Ryan and Trump will meet next week, Sean Spicer said, adding, {Q}It will be a good meeting.{E}",
     ["Sean Spicer"]),
    (f"Salma Hayek confirmed she had been and said, {Q}America has a severe problem with discrimination.{E}",
     ["Salma Hayek"]),
    (f"In a statement released Thursday, Rep. Hakeem Jeffries reacted to the news, saying: "
     f"{Q}The killer should be in prison.{E}", ["Hakeem Jeffries"]),
    (f"At a rally in Birmingham, Alabama, supporters punched a protester, with Donald Trump reportedly "
     f"yelling: {Q}Get him out of here!{E}", ["Donald Trump"]),
    (f"Before the convention, Cleveland Police Chief Calvin Williams lobbied to ban guns, saying, "
     f"{Q}The fewer guns, the better.{E}", ["Calvin Williams"]),
    (f"Bill Maher stated that the report was bad. Adding, {Q}It is always how they handle it.{E}",
     ["Bill Maher"]),
    (f"A review by Sir Mark Elliott criticised the bank, saying its culture was {Q}not fit for purpose{E}.",
     ["Mark Elliott"]),
    (f"Donald Trump joked that Brooklyn was his answer, but went on to say, {Q}There are dangerous places "
     f"in America.{E}", ["Donald Trump"]),
]

# Descriptions resolve to the person the source titles so; unresolved ones stay descriptions.
DESCRIPTIONS = [
    (f"Gov. Paul LePage vetoed the bill on Tuesday. {Q}This is a tax on working families,{E} the governor said.",
     ["Paul LePage"]),
    (f"President Barack Obama spoke in Ohio. {Q}We have come a long way,{E} the president said.",
     ["Barack Obama"]),
    (f"Sen. Bob Casey, a Pennsylvania Democrat, met the families. {Q}They deserve answers,{E} the Democratic "
     f"senator said.", ["Bob Casey"]),
    (f"Mayor Karen Bass visited the shelter. {Q}Nobody should sleep on the street,{E} the mayor said.",
     ["Karen Bass"]),
    (f"Huma Abedin, an aide to Hillary Clinton, met the committee. {Q}I answered every question,{E} the aide "
     f"said.", ["Huma Abedin"]),
    (f"Chief Constable Sarah Crew met the families. Mayor Marvin Rees spoke later. {Q}We failed them,{E} the "
     f"chief constable said.", ["Sarah Crew"]),
]

# 'He' and 'she': the person the nearest sentence has speak or makes its subject, of the right gender.
PRONOUNS = [
    (f"Nicola Sturgeon spoke in Glasgow. {Q}Scotland has been ignored,{E} she said.", ["Nicola Sturgeon"]),
    (f"Jim Murphy met Nicola Sturgeon in Glasgow. {Q}We disagree on almost everything,{E} he said.",
     ["Jim Murphy"]),
    (f"Jim Murphy met Nicola Sturgeon in Glasgow. {Q}We disagree on almost everything,{E} she said.",
     ["Nicola Sturgeon"]),
    (f"Joe Madison recalled that before Iowa, Barack Obama was not taken seriously. {Q}I hate to put it that "
     f"way,{E} he said.", ["Joe Madison"]),
    (f"Kelly Ayotte campaigned with Mitt Romney in 2012. {Q}I was at every event,{E} she said.",
     ["Kelly Ayotte"]),
    (f"Hillary Clinton attacked Donald Trump in Ohio. {Q}He is unfit to lead,{E} she said.", ["Hillary Clinton"]),
    (f"Hillary Clinton attacked Donald Trump in Ohio. {Q}She is a liar,{E} he said.", ["Donald Trump"]),
    (f"Donald Trump, Jared Sexton said, has created a strange zone. {Q}So his supporters feel justified,{E} "
     f"he said.", ["Jared Sexton"]),
    (f"Dr Gerald Maloney, of the hospital, would not discuss the women. {Q}This is really good,{E} he said.",
     ["Gerald Maloney"]),
    (f"Anne Lyons, a spokeswoman for Max Baucus, recalled the Gabrielle Giffords shooting. {Q}It changed "
     f"everything,{E} she said.", ["Anne Lyons"]),
]

# Where the copy names nobody, nobody is named: not a day, a place, a headline word or the last speaker.
# A description the copy gives stays a description ('a nurse'); it is never compared as a name.
NOBODY = [
    (f"{Q}I don't want fisticuffs,{E} said one party activist.", [None]),
    (f"{Q}Such a tragic loss,{E} one person wrote. {Q}My heart aches for the families.{E}", [None, None]),
    (f"Transcript as follows:\n\n{Q}Tonight we arrived in Cleveland.{E}", [None]),
    (f"Update at 9:34 a.m. ET: {Q}Stocks Drop On Weak Jobs News.{E}", [None]),
    (f"Wednesday: {Q}We will publish the report next week.{E}", [None]),
    (f"{Q}We are devastated,{E} the family said in a statement released through Greater Manchester Police.",
     [None]),
    (f"{Q}Such a result was unthinkable a year ago.{E} He also said the polls had been wrong.", [None]),
    (f"Mark Drakeford met nurses in Cardiff. {Q}It was the worst winter,{E} a nurse said.", ["a nurse"]),
    (f"{Q}It is a dark day for Puerto Rico,{E} the governor said on Wednesday.", ["the governor"]),
    (f"Joy Reid attacked the network, saying its coverage of {Q}Orlando{E} was poor.", ["Joy Reid"]),
    (f"Keir Starmer spoke first. Another member of the audience shouted, {Q}Answer the question!{E}", [None]),
    (f"Sanders Calls Netanyahu {Q}Arrogant{E} in Debate", [None]),
    (f"Furious Boris Johnson Storms Out: {Q}Answer The Question!{E}\n\nThe prime minister left early.", [None]),
    (f"Ted Cruz: {Q}Assaulting A Reporter Is A Fireable Offense{E}\n\nTed Cruz spoke in Illinois.", ["Ted Cruz"]),
]

CASES = AFTER_THE_QUOTATION + AROUND_THE_QUOTATION + INTRODUCED + SAME_SUBJECT + DESCRIPTIONS + PRONOUNS + NOBODY


@pytest.mark.parametrize("body, expected", CASES, ids=[body[:50] for body, _ in CASES])
def test_the_speaker_a_careful_reader_names(body, expected):
    assert speakers(body) == expected
