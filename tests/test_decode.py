"""Encodings a pasted article arrives in; quotes and apostrophes must survive."""
import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_utf16_without_a_byte_order_mark_is_text():
    for encoding in ("utf-16-le", "utf-16-be"):
        text, used = decode(TEXT.encode(encoding) * 3)
        assert text == TEXT * 3 and used.startswith(encoding)


def test_a_few_control_characters_are_taken_out_not_the_article():
    article = ("Council approves budget\n\n" + "The council approved its budget on Tuesday. " * 40).encode("utf-8")
    text, _ = decode(article[:200] + b"\x1b\x0c\x1b\x08" + article[200:])
    assert "\x1b" not in text and "\x0c" not in text and text.startswith("Council approves budget")


def test_a_stray_cp1252_line_in_a_utf8_file_is_repaired_line_by_line():
    data = "Caf\u00e9 owners say \u201cno\u201d\n".encode("utf-8") + "The minister\u2019s reply\n".encode("cp1252")
    text, used = decode(data)
    assert text == "Caf\u00e9 owners say \u201cno\u201d\nThe minister\u2019s reply\n"
    assert used == "utf-8 with cp1252 lines"


# Properties: whatever bytes a file holds, decoding answers with text or one reason.

# Any text but control characters (a leading U+FEFF would be a byte-order mark, rightly taken off).
WRITTEN = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff")
                  | st.sampled_from("\n\t"), min_size=1)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_clean_text_or_one_reason(data):
    try:
        text, encoding = decode(data)
    except SourceError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert encoding and not any(ord(ch) < 32 and ch not in "\n\t\r" for ch in text)


@settings(max_examples=300, deadline=None)
@given(WRITTEN)
def test_text_written_in_utf8_or_with_a_byte_order_mark_reads_back_as_written(text):
    assert decode(text.encode("utf-8"))[0] == text
    assert decode(codecs.BOM_UTF8 + text.encode("utf-8"))[0] == text
    assert decode(text.encode("utf-16"))[0] == text
