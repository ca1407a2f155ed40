"""Function words that say nothing about which story an article tells."""

STOPWORDS = frozenset("""
a about above after again against all almost also although always am among an and another any are around as at
back be became because become been before being below between both but by can cannot could did do does doing done
down during each either else enough even ever every few for from further get gets got had has have having he her
here hers herself him himself his how however i if in into is it its itself just last least less like made make
many may me might more most much must my myself near need never new next no nor not now of off often on once one
only or other others our ours ourselves out over own per perhaps put rather really said same say says see seen
she should since so some still such take than that the their theirs them themselves then there these they thing
things this those though through thus till to told too toward towards under until up upon us use used very via
was way we well were what whatever when where whether which while who whom whose why will with within without
would yet you your yours yourself yourselves year years time times day days week weeks month months today
yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr according added told
people including according whose two three four five first second third going want wants think like know
""".split())
