"""Markdown articles: front matter for metadata, the first heading as headline.

Raw HTML inside the Markdown is parsed as HTML and dropped (`html_block` and
`html_inline` tokens), so a source cannot smuggle markup through.
"""
from __future__ import annotations

import re

from ..clean import CleanedArticle, clean_blocks
from ..datelines import parse_dateline

_FRONT_MATTER = re.compile(r"\A---\s*\n(?P<body>.*?)\n---\s*(\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)\s*:\s*(?P<value>.*?)\s*$")


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """Simple `key: value` front matter, and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields = {}
    for line in match.group("body").splitlines():
        if m := _FIELD.match(line):
            fields[m.group("key").lower()] = m.group("value").strip("'\"")
    return fields, text[match.end():]


def markdown_blocks(text: str) -> tuple[str | None, list[str]]:
    """(first heading, blocks of plain text) with all markup taken away; list items keep a bullet."""
    from markdown_it import MarkdownIt

    headline, blocks = None, []
    list_depth = 0
    opener = None
    for token in MarkdownIt("commonmark", {"html": True}).parse(text):
        if token.type == "list_item_open":
            list_depth += 1
        elif token.type == "list_item_close":
            list_depth -= 1
        if token.type != "inline":
            opener = token
            continue
        words = "".join(child.content if child.type in ("text", "code_inline") else
                        " " if child.type in ("softbreak", "hardbreak") else ""
                        for child in token.children or []).strip()
        if not words:
            continue
        if headline is None and not blocks and opener is not None and opener.type == "heading_open":
            headline = words
        else:
            blocks.append(f"• {words}" if list_depth else words)
    return headline, blocks


def read_markdown(text: str) -> tuple[CleanedArticle, dict[str, str]]:
    fields, body = front_matter(text)
    if "date" in fields:
        date = parse_dateline(fields["date"][:10]) or parse_dateline(fields["date"])
        fields["date"] = date.isoformat() if date else None
    headline, blocks = markdown_blocks(body)
    return clean_blocks(blocks, headline=fields.get("title") or headline), fields
