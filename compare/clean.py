"""Separating an article from the page it was printed on.

`clean_blocks` runs small rules in order over the blocks (paragraphs or lines)
of a page:

1. drop a browser paste's menus (lines naming the navigation, runs of menu items);
   split blocks where a page's text was glued to the article's first sentence;
2. drop the second copy of a line printed twice in a row (photo captions);
3. strip photo credits ('Picture: …') from the end of caption lines;
4. mark furniture block by block: browser and cookie notices, calls to action,
   comment prompts, terms notices, donation and subscription appeals, prices;
5. widen marked regions: the outlet's own voice between two appeals, and
   bullet lists and headings around a price or subscription block;
6. drop everything after a comment section that closes the page;
7. move a lone agency credit ('PA') to the byline;
8. read the header: headline, standfirst, byline and dateline.

Every removed block is returned with its reason, so a reader can audit it.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .datelines import parse_dateline
from .model import Removal
from .rules import boilerplate as bp

MAX_HEADLINE_WORDS = 40
MAX_STANDFIRST_WORDS = 60
SHORT_HEADING_WORDS = 6
COMMENT_TAIL_SHARE = 0.6
NAME = r"[A-Z][\w'’\-]+(?:\s+(?:[A-Z][\w'’\-]+|de|van|von|der|da|del|bin|al))*"
BYLINE = re.compile(rf"^(?:[Bb]y\s+)?(?P<names>{NAME}(?:\s*(?:,|and|&)\s*{NAME})*)(?:\s*[,|–—]\s*(?P<role>[^\d]{{2,60}}))?$")
BYLINE_NAME = re.compile(rf"^(?:[Bb]y\s+)?{NAME}$")


@dataclass
class Block:
    text: str
    removed: str | None = None
    caption: bool = False

    @property
    def kept(self) -> bool:
        return self.removed is None


@dataclass
class CleanedArticle:
    headline: str | None
    paragraphs: list[str]
    standfirst: str | None = None
    byline: str | None = None
    published: dt.date | None = None
    removed: list[Removal] = field(default_factory=list)


def clean_blocks(texts: list[str], headline: str | None = None) -> CleanedArticle:
    """Clean the blocks of one page; `headline` is given when the page's markup named it."""
    blocks = [Block(t) for t in (t.strip() for t in texts) if t]
    drop_navigation(blocks)
    drop_repeated_lines(blocks)
    strip_picture_credits(blocks)
    for block in blocks:
        if block.kept:
            block.removed = furniture_reason(block.text)
    blocks = split_glued_sentences(blocks)
    widen_appeals(blocks)
    widen_price_blocks(blocks)
    drop_comment_section(blocks)
    agency = take_agency_credit(blocks)
    article = read_header(blocks, headline)
    if agency:
        article.byline = f"{article.byline}; {agency}" if article.byline else agency
    article.removed = [Removal(b.text, b.removed) for b in blocks if b.removed and b.removed != "header"]
    return article


def split_glued_sentences(blocks: list[Block]) -> list[Block]:
    """'…all the difference.Rotherham Council's…': a page block glued to the article's first sentence.

    The block is split only when a piece is furniture by itself, or when it
    follows furniture: then the pieces before the join continue that furniture.
    """
    out: list[Block] = []
    for block in blocks:
        parts = [p.strip() for p in bp.GLUED_SENTENCES.split(block.text)] if block.kept else []
        if len(parts) < 2:
            out.append(block)
            continue
        pieces = [Block(p, removed=furniture_reason(p)) for p in parts if p]
        before = out[-1].removed if out and not out[-1].kept and out[-1].removed != "photo caption printed twice" else None
        if before:
            for piece in pieces[:-1]:
                if piece.kept and not bp.ATTRIBUTION.search(piece.text):
                    piece.removed = before
        out.extend(pieces if any(not p.kept for p in pieces) else [block])
    return out


def _menu_item(text: str) -> bool:
    return (len(text.split()) <= bp.MENU_WORDS and not bp.TERMINAL_PUNCTUATION.search(text)
            and not bp.QUOTE_MARK.search(text) and not any(ch.isdigit() for ch in text))


def drop_navigation(blocks: list[Block]) -> None:
    """A browser paste's menus: lines naming the navigation, and runs of menu items ('Home', 'News',
    'Sport', ...); an article's short list of three or four is left alone."""
    for block in blocks:
        if block.kept and len(block.text.split()) <= bp.MENU_WORDS and bp.NAVIGATION.search(block.text):
            block.removed = "navigation"
    long = [i for i, b in enumerate(blocks) if len(b.text.split()) >= bp.SENTENCE_WORDS]
    if not long:
        return
    position = {id(b): i for i, b in enumerate(blocks)}
    run: list[Block] = []
    for block in [*blocks, Block("end.")]:
        if block.kept and _menu_item(block.text) and not bp.BULLET.match(block.text):
            run.append(block)
            continue
        if not block.kept and block.removed == "navigation":
            continue  # a menu's own label inside the run
        at_an_edge = run and (position[id(run[-1])] < long[0] or position[id(run[0])] > long[-1])
        if len(run) >= bp.MENU_RUN and at_an_edge:  # menus frame a page; a list inside the copy is the story's
            for item in run:
                item.removed = "navigation"
        run = []


def drop_repeated_lines(blocks: list[Block]) -> None:
    """A caption printed twice in a row (image alt text, then the caption) is kept once."""
    previous: Block | None = None
    for block in blocks:
        if previous is not None and block.text == previous.text:
            block.removed = "photo caption printed twice"
            previous.caption = True
        else:
            previous = block


def strip_picture_credits(blocks: list[Block]) -> None:
    for i, block in enumerate(blocks):
        if not block.kept:
            continue
        match = bp.PICTURE_CREDIT.search(block.text)
        if not match:
            continue
        credit = match.group(0).strip()
        rest = block.text[:match.start()].rstrip()
        if rest:
            blocks[i] = Block(rest, caption=True)
            blocks.insert(i + 1, Block(credit, removed="photo credit"))
        else:
            block.removed = "photo credit"


def furniture_reason(text: str) -> str | None:
    """Why a block is page furniture, or None when it reads as article text."""
    bare = bp.BULLET.sub("", text).strip()
    if bp.CALL_TO_ACTION.match(bare):
        return "call to action"
    if bp.RELATED_LINK.match(bare):
        return "link to another article"
    if bp.PRICE.match(bare):
        return "subscription price"
    reports = bool(bp.ATTRIBUTION.search(text) and bp.QUOTE_MARK.search(text))
    if reports or bp.OPENS_QUOTE.match(text):
        return None
    addressed = bool(bp.READER.search(text) or bp.IMPERATIVE.match(bare))
    if bp.BROWSER.search(text) and (addressed or bp.SITE.search(text)):
        return "browser or cookie notice"
    if bp.TERMS.search(text) and bp.TERMS_ADDRESS.search(text):
        return "terms notice"
    if bp.COMMENT.search(text) and (addressed or bp.ACCOUNT.search(text)) and len(text) < 300:
        return "comment prompt"
    if bp.APPEAL.search(text) and (addressed or bp.OUTLET_VOICE.search(text)):
        return "donation or subscription appeal"
    return None


def widen_appeals(blocks: list[Block]) -> None:
    """The outlet speaking of itself ('we', 'our') between two appeals is part of the appeal."""
    appeal = "donation or subscription appeal"
    marks = [i for i, b in enumerate(blocks) if b.removed == appeal]
    for first, last in zip(marks, marks[1:]):
        between = blocks[first + 1:last]
        if between and all(b.removed == appeal or (b.kept and bp.OUTLET_VOICE.search(b.text)
                                                    and not bp.ATTRIBUTION.search(b.text)) for b in between):
            for b in between:
                b.removed = appeal


def _is_short_heading(text: str) -> bool:
    return len(text.split()) <= SHORT_HEADING_WORDS and not bp.TERMINAL_PUNCTUATION.search(text)


def widen_price_blocks(blocks: list[Block]) -> None:
    """A membership offer is a heading over a bullet list of perks, a price and a button."""
    for i, block in enumerate(blocks):
        if block.removed != "subscription price":
            continue
        for step in (-1, 1):
            j, after_bullet = i + step, True
            while 0 <= j < len(blocks):
                other = blocks[j]
                if other.kept and bp.BULLET.match(other.text):
                    other.removed, after_bullet = "subscription offer", True
                elif other.kept and after_bullet and _is_short_heading(other.text):
                    other.removed, after_bullet = "subscription offer", False
                elif other.kept:
                    break
                j += step


def drop_comment_section(blocks: list[Block]) -> None:
    """Readers' comments follow the comment prompt at the foot of a page."""
    kept = [b for b in blocks if b.kept or b.removed == "comment prompt"]
    total = sum(len(b.text) for b in kept) or 1
    seen = 0
    for index, block in enumerate(blocks):
        if block.kept:
            seen += len(block.text)
        elif block.removed == "comment prompt" and seen / total >= COMMENT_TAIL_SHARE:
            for later in blocks[index + 1:]:
                if later.kept:
                    later.removed = "after the comment section"
            return


def take_agency_credit(blocks: list[Block]) -> str | None:
    """A lone 'PA' or 'Reuters' at the end of the copy credits the agency."""
    kept = [b for b in blocks if b.kept]
    if len(kept) < 2:
        return None
    last = kept[-1]
    if bp.AGENCY.match(last.text) or bp.ACRONYM_LINE.match(last.text):
        last.removed = "agency credit (moved to the byline)"
        return last.text.rstrip(".")
    return None


def _looks_like_byline(text: str) -> bool:
    if len(text.split()) > 10 or any(ch.isdigit() for ch in text) or bp.CALL_TO_ACTION.match(text):
        return False
    match = BYLINE.match(text)
    if not match:
        return False
    names = re.split(r"\s*(?:,|\band\b|&)\s*", match.group("names"))
    return all(BYLINE_NAME.match(n) and 2 <= len(n.split()) <= 4 for n in names if n)


def read_header(blocks: list[Block], headline: str | None) -> CleanedArticle:
    """Headline, then up to three lines of standfirst, byline and dateline before the body."""
    kept = [b for b in blocks if b.kept]
    article = CleanedArticle(headline=headline, paragraphs=[])
    if headline is None and kept and len(kept[0].text.split()) <= MAX_HEADLINE_WORDS:
        article.headline = kept[0].text
        kept[0].removed = "header"
        kept = kept[1:]
    for block in kept[:3]:
        text = bp.BULLET.sub("", block.text)
        if article.published is None and (date := parse_dateline(text)):
            article.published = date
        elif article.byline is None and _looks_like_byline(text):
            article.byline = re.sub(r"^by\s+", "", text, flags=re.IGNORECASE)
        elif (article.standfirst is None and not block.caption and article.byline is None
              and 6 <= len(text.split()) <= MAX_STANDFIRST_WORDS and not bp.TERMINAL_PUNCTUATION.search(text)):
            article.standfirst = text
        else:
            break
        block.removed = "header"
    article.paragraphs = [b.text for b in blocks if b.kept]
    return article
