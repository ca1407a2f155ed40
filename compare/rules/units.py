"""Units that count the same kind of thing, so '1,400 children' and '1,400 youngsters' align."""

PEOPLE = frozenset("""
people persons individuals children child youngsters young kids girls boys women men adults teenagers teens pupils
students patients residents victims survivors workers employees staff members voters citizens migrants refugees
asylum-seekers prisoners inmates officers troops soldiers nurses doctors families households babies
infants deaths dead casualties fatalities immigrants emigrants detainees hostages protesters demonstrators
passengers travellers travelers fans spectators shoppers customers consumers taxpayers homeowners renters tenants
others recipients beneficiaries evacuees inhabitants brothers sisters sons daughters mothers fathers parents relatives
siblings cousins friends neighbours neighbors suspects gunmen attackers assailants militants fighters journalists
reporters staffers cartoonists firefighters policemen officials lawmakers senators judges jurors justices
players athletes runners drivers pilots volunteers teachers priests monks nuns tourists visitors
guests participants applicants candidates delegates defendants plaintiffs witnesses bystanders civilians
""".split())

TIME = frozenset({"years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries"})

BUILDINGS = frozenset("""
homes houses structures buildings residences properties dwellings businesses premises cabins outbuildings
""".split())
"""'200 homes' and '50 structures' destroyed by one fire are one count told two ways."""

AREA = frozenset({"acres", "hectares", "square miles", "square kilometres", "square kilometers", "sq km", "sq mi"})

TIME_IN_YEARS = {"years": 1, "decades": 10, "centuries": 100}
"""Spans given in decades or centuries, read as years when two outlets' spans are compared."""


def unit_family(unit: str | None) -> str | None:
    """Units that count the same kind of thing: '1,400 children' and '1,400 youngsters' are people,
    '200 homes' and '50 structures' are buildings, 'two decades' and '30 years' are years."""
    if not unit:
        return None
    unit = unit.lower()
    if unit in PEOPLE or unit + "s" in PEOPLE:
        return "people"
    if unit in BUILDINGS or unit + "s" in BUILDINGS:
        return "buildings"
    if unit in AREA or unit + "s" in AREA:
        return "area"
    if unit in TIME_IN_YEARS:
        return "years"
    return unit


GENERIC_PEOPLE = frozenset("people persons individuals residents inhabitants men women adults others".split())
"""Words for people that say nothing of which group: '600 people' and '700 residents' may be one count;
'7 protesters' and 'two journalists' are two groups."""
