"""The extraction stage as a whole: never raises, offsets always point at the claim's words."""
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare.config import Config
from compare.extract import extract_claims
from compare.model import Source
from tests.conftest import load_json

NEWSY = st.sampled_from([
    "\u201c", "\u201d", "\u2018", "\u2019", "'", '"', " said ", " Mr ", "Smith", " \u00a315m ", "1,400", " at least ",
    " up to ", " rated ", "3b ", "5k ", "400m ", "12kg ", " \u20ac2bn ", "good", "\n\n", ". ", "January", " 2014 ", " today ", " he ", " it ", ": ", ", ", "(Lab)",
])
TEXT = st.lists(st.one_of(st.text(max_size=12), NEWSY), max_size=60).map("".join)


def source_of(text: str, published: str | None) -> Source:
    return Source(id="s", path="s.txt", format="text", headline="h", text=text, published=published)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from([None, "2018-01-29", "2000-02-29"]))
def test_no_extractor_raises_and_offsets_are_valid(text, published):
    for claim in extract_claims(source_of(text, published), Config()):
        assert 0 <= claim.start <= claim.end <= len(text)
        assert text[claim.start:claim.end] == claim.text
        json.dumps(claim.value)


def test_example_corpus_claims_table(example_build):
    import pandas as pd

    claims = load_json(example_build / "comparison.json")["claims"]
    table = pd.read_csv(example_build / "claims.csv")
    assert len(table) == len(claims)
    assert {"figure", "date", "quote", "rating", "person", "time"} <= set(table["kind"]) <= {
        "figure", "date", "quote", "rating", "person", "time", "statement"}
    assert not any(furniture in c["text"] for c in claims for furniture in ("60,000", "\u00a315", "\u00a312"))
