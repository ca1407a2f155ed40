"""Units that count the same kind of thing, so '1,400 children' and '1,400 youngsters' align."""

PEOPLE = frozenset("""
people persons individuals children child youngsters young kids girls boys women men adults teenagers teens pupils
students patients residents victims survivors workers employees staff members voters citizens migrants refugees
asylum-seekers prisoners inmates officers troops soldiers nurses doctors families households babies
infants deaths dead casualties fatalities immigrants emigrants detainees hostages protesters demonstrators
passengers travellers travelers fans spectators shoppers customers consumers taxpayers homeowners renters tenants
""".split())

TIME = frozenset({"years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries"})
