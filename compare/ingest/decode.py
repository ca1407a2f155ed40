"""Turning a file's bytes into text without mangling quotes or apostrophes.

Pasted web text arrives in whatever encoding the user's editor chose. A BOM
decides when there is one; otherwise strict UTF-8, then cp1252 (Windows
editors, curly quotes at 0x91-0x94), then Latin-1, which accepts any byte.
"""
from __future__ import annotations

import codecs

from ..errors import SourceError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters that never occur in text. A few (a stray form feed or escape in pasted text)
# are taken out; many, or any NUL, mean a binary file.
_CONTROL_BYTES = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}
_CONTROL_CHARS = str.maketrans({chr(b): None for b in _CONTROL_BYTES} | {"\x0c": "\n", "\x7f": None})
BINARY_SHARE = 0.01


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding) or raise SourceError for binary data. The encoding says what was done:
    'utf-16-le (no byte-order mark)', 'utf-8 with cp1252 lines' for a file whose lines mix the two."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _clean(data.decode(encoding)), encoding
            except UnicodeDecodeError as exc:
                raise SourceError(f"starts with a {encoding} byte-order mark but does not decode: {exc.reason}") from exc
    sample = data[:65536]
    utf16 = _utf16_without_bom(sample)
    if utf16:
        try:
            return _clean(data.decode(utf16)), f"{utf16} (no byte-order mark)"
        except UnicodeDecodeError:
            pass
    if sample and (0 in sample or sum(b in _CONTROL_BYTES for b in sample) / len(sample) > BINARY_SHARE):
        raise SourceError("binary file, not text")
    try:
        return _clean(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    utf8 = [_utf8(line) for line in lines]
    if sum(text is not None and any(ord(ch) > 127 for ch in text) for text in utf8) > 0:
        # Some lines are UTF-8 with accents or curly quotes, others are not: repair line by line
        # rather than read the whole file as Latin-1 and garble every UTF-8 line.
        text = "\n".join(t if t is not None else line.decode("cp1252", "replace") for t, line in zip(utf8, lines))
        return _clean(text), "utf-8 with cp1252 lines"
    for encoding in ("cp1252", "latin-1"):
        try:
            return _clean(data.decode(encoding)), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def _utf8(line: bytes) -> str | None:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte is mostly NUL, as in English text in UTF-16."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _clean(text: str) -> str:
    """The text without control characters a source should not hold (tabs and line breaks kept)."""
    return text.translate(_CONTROL_CHARS)
