"""Accounts of what happened: `statement` findings between the sources of one event.

Two outlets that give one actor two acts of one class ('resigned' against 'will retire', 'arrested'
against 'detained', 'rejected the appeal' against 'refused to hear it'), or one act at two degrees
of certainty ('resigned' against 'will resign'), tell two accounts; so do two outlets that
credit one person's words to interviews with two outlets ('told WEWS-TV', 'told Fox 8'). An outlet that
tells both acts tells no other account than the rest; an act still to come in an earlier piece is no
contradiction of a later piece that reports it done; an act only possible ('is expected to resign',
'called for him to resign') is never compared.
"""
from __future__ import annotations

from collections import defaultdict

from rapidfuzz import fuzz

from .model import Claim, Evidence, Version
from .rules.statements import SAME_ACCOUNT_WORDS, SAME_MATTER_WORDS, SAME_RECIPIENT


def _actor_key(claim: Claim) -> str:
    """One actor across sources: a person by surname, a body by its name."""
    name = (claim.subject or "").lower().split()
    return name[-1] if name else ""


def statement_findings(ev) -> None:
    by_actor: dict[tuple[str, str], dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for claim in sorted(ev.claims.values(), key=lambda c: (c.source, c.start)):
        if claim.kind == "statement" and _actor_key(claim):
            by_actor[(claim.extra["class"], _actor_key(claim))][claim.source].append(claim)
    for (kind, _), per_source in sorted(by_actor.items()):
        if len(per_source) < 2:
            continue
        if kind == "telling":
            _tellings(ev, per_source)
        else:
            _acts(ev, kind, per_source)


def _acts(ev, kind: str, per_source: dict[str, list[Claim]]) -> None:
    per_source = {sid: [c for c in claims if c.extra["mood"] != "possible"] for sid, claims in per_source.items()}
    told = {sid: {(c.value, c.extra["mood"]) for c in claims} for sid, claims in per_source.items() if claims}
    sources = sorted(told)
    clashing: dict[str, Claim] = {}
    for i, x in enumerate(sources):
        for y in sources[i + 1:]:
            if told[x] & told[y] or not _comparable(ev, per_source[x], per_source[y]):
                continue
            pairs = [(a, b) for a in per_source[x] for b in per_source[y]
                     if len(set(a.extra.get("matter", ())) & set(b.extra.get("matter", ()))) >= SAME_MATTER_WORDS]
            if pairs:
                clashing.setdefault(x, pairs[0][0])
                clashing.setdefault(y, pairs[0][1])
    if len(clashing) < 2:
        return
    chosen = [clashing[s] for s in sorted(clashing)]
    grouped: dict[str, list[Claim]] = defaultdict(list)
    for claim in chosen:
        grouped[_told(claim)].append(claim)
    said = "; ".join(f"{ev.names([c.source for c in cs])} {'says' if len(cs) == 1 else 'say'} "
                     f"\u2018{told}\u2019 (\u201c{ev.sentence(cs[0])}\u201d)" for told, cs in grouped.items())
    summary = f"The sources give {chosen[0].subject} different acts ({kind}): {said}."
    versions = [Version(told, [c.source for c in cs], [c.id for c in cs]) for told, cs in grouped.items()]
    ev.add("statement", kind + "\0" + "\0".join(c.id for c in chosen), summary, "medium", versions,
           [Evidence(c.source, c.text) for c in chosen], [c.id for c in chosen])


def _own(ev, claim: Claim) -> bool:
    """The recipient is the reporting outlet itself ('told The Hill' in The Hill)."""
    recipient = set(claim.extra["recipient"].lower().split()) - {"the"}
    outlet = set(ev.name(claim.source).lower().replace("(", " ").replace(")", " ").split())
    return bool(recipient) and recipient <= outlet


def _told(claim: Claim) -> str:
    return claim.value if claim.extra["mood"] == "done" else f"{claim.value}, {claim.extra['mood']}"


def _comparable(ev, xs: list[Claim], ys: list[Claim]) -> bool:
    """Not an act to come in a piece published before the one that reports it done."""
    x_acts, y_acts = {c.value for c in xs}, {c.value for c in ys}
    if not x_acts & y_acts:
        return True
    first, second = sorted((xs, ys), key=lambda cs: ev.sources[cs[0].source].published or "")
    return not (all(c.extra["mood"] != "done" for c in first) and any(c.extra["mood"] == "done" for c in second))


def _tellings(ev, per_source: dict[str, list[Claim]]) -> None:
    sources = sorted(per_source)
    for i, x in enumerate(sources):
        for y in sources[i + 1:]:
            for a in per_source[x]:
                for b in per_source[y]:
                    shared = set(a.extra.get("content", ())) & set(b.extra.get("content", ()))
                    same_outlet = fuzz.ratio(a.extra["recipient"].lower(), b.extra["recipient"].lower()) \
                        >= SAME_RECIPIENT or a.extra["recipient"].lower() in b.extra["recipient"].lower() \
                        or b.extra["recipient"].lower() in a.extra["recipient"].lower()
                    if len(shared) < SAME_ACCOUNT_WORDS or same_outlet or _own(ev, a) or _own(ev, b):
                        continue  # 'a source told Fox News', in Fox News, is the outlet's own reporting
                    summary = (f"One account of {a.subject}'s is credited to two interviews: {ev.name(a.source)} "
                               f"says it was told to {a.extra['recipient']} (\u201c{ev.sentence(a)}\u201d); "
                               f"{ev.name(b.source)} says to {b.extra['recipient']} (\u201c{ev.sentence(b)}\u201d).")
                    versions = [Version(f"told {a.extra['recipient']}", [a.source], [a.id]),
                                Version(f"told {b.extra['recipient']}", [b.source], [b.id])]
                    ev.add("attribution", f"told\0{a.id}\0{b.id}", summary, "low", versions,
                           [Evidence(a.source, a.text), Evidence(b.source, b.text)], [a.id, b.id])
                    return
