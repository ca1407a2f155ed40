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

# Control characters that never occur in text: their presence means a binary file.
_BINARY_BYTES = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding) or raise SourceError for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise SourceError(f"starts with a {encoding} byte-order mark but does not decode: {exc.reason}") from exc
    sample = data[:65536]
    if sample and sum(b in _BINARY_BYTES for b in sample) / len(sample) > 0.001:
        raise SourceError("binary file, not text")
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover
