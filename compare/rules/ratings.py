"""Grading scales and the words that hand out a grade.

A corpus may add its own grade words with the `grade_words` setting
(letter grades, a hotel's stars, a league's divisions).
"""
import re

SCALES = {
    # Ofsted and the Care Quality Commission (and the older 'adequate'/'satisfactory' grades).
    "inspection": ["outstanding", "good", "requires improvement", "adequate", "satisfactory", "inadequate"],
    "intervention": ["special measures", "serious weaknesses", "failing", "notice to improve"],
    "stars": ["five-star", "four-star", "three-star", "two-star", "one-star", "zero-star",
              "5-star", "4-star", "3-star", "2-star", "1-star", "0-star"],
}
DEFAULT_GRADES = tuple(g for grades in SCALES.values() for g in grades)

# Verbs and phrases that give a grade; the grade follows within a few words.
GRADING = re.compile(
    r"\b(rated|rates|rating of|rating as|graded|grades|judged|judges|deemed|assessed|ranked|classed|classified|"
    r"labelled|labeled|branded|brands|upgraded to|downgraded to|upgraded out of|moved out of|taken out of|"
    r"(?:placed|put|kept|taken)(?:\s+(?P<object>\w+))?\s+(?:in|into|out of)|went into|remains in|remain in|"
    r"found|finds|declared|declares|considered|given)\b", re.IGNORECASE)
# 'a good rating', 'an "inadequate" verdict', 'a five-star rating': the grade names its noun.
GRADE_NOUN = re.compile(r"^[\"'\u201d\u2019]?\s+(rating|ratings|grade|grading|status|verdict|judgment|judgement|mark|score)\b",
                        re.IGNORECASE)
# An unquoted grade followed by one of these is still a grade ('rated good by Ofsted'), not an adjective.
AFTER_GRADE = re.compile(r"^(?:[\s,.;:!?)\u2014\u2013-]|$|\s+(?:by|for|in|at|on|overall|again|across|after|"
                         r"since|and|but|with|from|last|this|following|when|while|as|under|\d))", re.IGNORECASE)
# Cues that may stand many words before the grade ('found both the council's services
# and the board to be "inadequate"'); the others take the grade at most a few words on.
LONG_REACH = {"found", "finds", "declared", "declares", "judged", "judges", "deemed", "considered", "branded", "brands"}
# Words that make a sentence about grading, for a grade in quote marks without a verb.
GRADING_CONTEXT = re.compile(
    r"\b(inspection|inspections|inspector|inspectors|inspected|rating|ratings|rated|graded|grade|judgment|judgement|"
    r"verdict|report|watchdog|regulator|assessment|review|ranking|ranked|upgraded|downgraded)\b", re.IGNORECASE)
LINK = re.compile(r"(?:\bto be|\bas|\bwere|\bwas|\bis|\bare|\bbeing|\bremains?)\s*$", re.IGNORECASE)
AUXILIARY = re.compile(
    r"\s*\b(?:have been|has been|had been|having been|will be|would be|was|were|is|are|be|been|being|have|has|had|"
    r"now|also|again|previously|still|first|today|to|a|an|the|awarded|given|handed|received|earned|achieved|"
    r"retained|kept|lost)\s*$", re.IGNORECASE)
PRONOUNS = {"it", "they", "them", "he", "she", "him", "her", "this", "that"}
