"""Plain text pasted from a web page: one block per line or paragraph."""
from __future__ import annotations

import re

from ..clean import CleanedArticle, clean_blocks

_SENTENCE_END = re.compile(r"[.!?:;\"\u201d\u2019)]$")
_HARD_WRAP_MIN = 40


def text_blocks(text: str) -> list[str]:
    """Lines are paragraphs in pasted web text; a hard-wrapped paragraph is joined again."""
    blocks: list[str] = []
    joinable = False
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            joinable = False
            continue
        if joinable and stripped[0].islower():
            blocks[-1] = f"{blocks[-1]} {stripped}"
        else:
            blocks.append(stripped)
        joinable = len(line) >= _HARD_WRAP_MIN and not _SENTENCE_END.search(stripped)
    return blocks


def read_text(text: str) -> CleanedArticle:
    return clean_blocks(text_blocks(text))
