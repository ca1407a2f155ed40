"""The claims of a corpus held packed: what comes out is what went in."""
from compare.model import Claim, Claims, Comparison, Corpus, PackedClaims


def claim(source: str, n: int, **fields) -> Claim:
    return Claim(id=f"{source}:{n}", source=source, kind=fields.pop("kind", "figure"), text=f"claim {n}",
                 start=n, end=n + 1, **fields)


def test_a_packed_claim_keeps_every_field_and_every_letter():
    original = [claim("a", 0, value=1.25, unit="USD", qualifier="about", extra={"role": "mayor", "places": ["Ohio"]}),
                claim("a", 1, kind="quote", speaker="Zoë Ó Briain", value="“naïve” — 😀", subject=None),
                Claim("a:2", "a", "date", "a lone \ud800 surrogate", 3, 4, value="2024-02-29")]
    packed = PackedClaims.pack(original)
    assert packed.count == 3
    assert packed.unpack() == original


def test_claims_are_read_by_source_and_picked_by_id():
    claims = Claims.of_list([claim("a", 0), claim("b", 0), claim("a", 1), claim("c:x", 0)])
    assert len(claims) == 4 and claims
    assert [c.id for c in claims.of("a")] == ["a:0", "a:1"]
    assert claims.of("missing") == []
    assert [c.id for c in claims] == ["a:0", "a:1", "b:0", "c:x:0"]   # source by source
    picked = claims.pick(["b:0", "c:x:0", "a:1", "nowhere:3"])
    assert sorted(picked) == ["a:1", "b:0", "c:x:0"]
    assert picked["c:x:0"].source == "c:x"


def test_a_claim_whose_id_does_not_name_its_source_is_still_found():
    odd = Claim("made-elsewhere", "b", "figure", "9", 0, 1, value=9)
    assert Claims.of_list([claim("a", 0), odd]).pick(["made-elsewhere"]) == {"made-elsewhere": odd}


def test_a_comparison_given_a_list_of_claims_holds_them_packed():
    comparison = Comparison(corpus=Corpus("c", "."), claims=[claim("a", 0), claim("b", 0)])
    assert isinstance(comparison.claims, Claims)
    assert comparison.claims == [claim("a", 0), claim("b", 0)]
    assert not Comparison(corpus=Corpus("c", ".")).claims
