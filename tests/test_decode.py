"""Encodings a pasted article arrives in; quotes and apostrophes must survive."""
import codecs

import pytest

from compare.errors import SourceError
from compare.ingest.decode import decode

TEXT = "The minister\u2019s \u201cpromise\u201d cost \u00a35m \u2013 caf\u00e9 owners said"


@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("utf-16"), "utf-16"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    (TEXT.encode("cp1252"), "cp1252"),
])
def test_curly_quotes_survive_every_encoding(data, encoding):
    assert decode(data) == (TEXT, encoding)


def test_latin1_text_that_is_not_cp1252():
    data = "Se\u00f1or \u00bfqu\u00e9?".encode("latin-1") + b"\x81"
    text, encoding = decode(data)
    assert encoding == "latin-1" and text.startswith("Se\u00f1or")


def test_binary_data_is_refused():
    with pytest.raises(SourceError, match="binary"):
        decode(bytes(range(256)) * 40)
