"""Given names that tell a person's gender in English-language news, for resolving 'he' and 'she'.

Only names that are overwhelmingly given to one sex in the US and the UK are listed; names given
to both (Jordan, Taylor, Alex, Sam, Chris, Pat, Jamie, Robin, Lee, Leslie, Terry, Kim, Jean) are
left out, so they decide nothing. An article's own words ('Mrs', 'she said' after a sentence about
the person) weigh as well.
"""

FEMALE = frozenset("""
abigail ada adriana agnes aisha alexandra alice alicia alison allison amanda amber amelia amy ana andrea angela
angelina anita ann anna anne annette april ashley audrey barbara beatrice becky bernadette beth betsy betty
beverly bonnie brenda bridget brittany camila candace carla carly carmen carol caroline carolyn catherine
charlotte cheryl christina christine cindy claire clara claudia colleen connie courtney cynthia daisy dana danielle
deborah debbie debra denise diana diane dolores donna doris dorothy edith eileen elaine eleanor elena elizabeth
ella ellen emily emma erica erin esther ethel eva evelyn fiona florence frances gabriela gabrielle gail gemma
georgia geraldine gillian gina gloria grace gretchen hannah harriet hazel heather heidi helen hillary holly hope
ingrid irene iris isabel isabella jacqueline jane janet janice jasmine jennifer jenny jessica jill joan
joanna joanne jocelyn josephine joy joyce judith judy julia julie june karen karina kate katherine kathleen kathryn
kathy katie kay kayleigh kirsten kristen kristin laura lauren leah linda lisa lois loretta lori louise
lucy lydia lynn madeleine madison margaret maria marie marilyn marina marsha martha mary maureen megan
melinda melissa meredith michele michelle mildred miriam molly monica nancy naomi natalie nicola nicole nina nora
norma olivia paige pamela patricia paula pauline peggy penelope penny phyllis priscilla rachel rebecca regina
rita roberta rosa rose rosemary ruth sabrina sally samantha sandra sara sarah sharon sheila shirley sophia sophie
stacey stephanie susan suzanne sylvia tamara tammy tanya teresa theresa tiffany tina tracy ursula valerie vanessa
veronica victoria virginia vivian wendy whitney yolanda yvonne zoe
""".split())

MALE = frozenset("""
aaron adam adrian alan albert alexander alfred allen andrew andy anthony antonio arnold arthur barry ben
benjamin bernard bernie bill billy bob bobby brad bradley brandon brett brian bruce bryan calvin carl carlos chad
charles charlie chuck clarence clifford colin corey craig curtis dale dan daniel danny darren dave david dean dennis
derek dick don donald doug douglas duncan dwight earl eddie edgar edward elijah elliot eric ernest eugene evan
francis frank fred frederick gary gavin gene geoffrey george gerald glenn gordon graham greg gregory harold harry
harvey hector henry herbert howard hugh ian isaac jack jacob jake james jared jason jeff jeffrey jeremy jerry
jesse jim jimmy joe joel john johnny jon jonathan jose joseph josh joshua juan justin keith ken kenneth kevin kyle
larry lawrence leonard leroy lewis lincoln lloyd louis luis luke malcolm marco marcus mario mark martin matt matthew
maurice max michael mike mitch mohamed mohammed nathan neil nicholas nick nigel noah norman oliver omar oscar
patrick paul pedro peter philip phillip ralph randy ray raymond reginald ricardo richard rick robert
roger roland ron ronald roy rudy russell ryan samuel scott sean sebastian sergio seth shawn simon stanley stephen
steve steven stuart ted terrence thomas tim timothy todd tom tommy tony travis trevor troy tyler victor vincent
wade walter warren wayne wesley william willie zachary
francois françois jacques pierre michel philippe nicolas emmanuel laurent olivier thierry yves gerard gérard
jurgen jürgen helmut wolfgang klaus dieter matthias sergei sergey vladimir dmitry dmitri mikhail boris alexei
giuseppe giovanni francesco matteo luigi silvio javier alejandro fernando pablo miguel jose josé juan
""".split())
