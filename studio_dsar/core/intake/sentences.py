"""Sentence segmentation for intake: the units the rights rules and the evidence work on.

A paragraph (lines up to a blank line) is joined into one line and split after ``.``, ``!``,
``?`` and at ``;``, without splitting after common abbreviations ("art. 15", "e.g.", "z.B.",
"p.ex.", "z. B.", "gem. Art."). Each :class:`Sentence` keeps the text as written (shown to the owner as evidence)
and its folded form (what the rules match on).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studio_dsar.core.intake.text import fold

MAX_SENTENCE_CHARS = 1500  # a longer "sentence" is a wall of text; rules see it in pieces

# "m." after a number ("1,72 m. Kunnen ...") is a unit that ends the sentence, not "M." (Monsieur); "Hauptstr. 5", "Tel."
# "No." only before a number ("No. 5"): "now I say NO. Remove it." ends a sentence
_ABBREV_RE = re.compile(
    r"\b(art|artt|arts|bijv|bv|nr|nos?(?=\. ?\d)|evt|ca|incl|excl|resp|ref|cf|vgl|abs|ziff|lit|mw|mevr|dhr|hr|"
    r"mr|mrs|ms|dr|prof|st|\w*str|tel|mme|mlle|(?<!\d )m|p\. ?ex|e\. ?g|i\. ?e|z\. ?b|d\. ?h|u\. ?a|o\.a|m\.b\.t|t\.a\.v|d\.w\.z|"
    r"a\.u\.b|m\.a\.w|i\. ?v\. ?m|c\.-?a-d|bzw|usw|etc|al|gem|ggf|evtl|inkl|zzgl|sog|vs|env)\.",
    re.IGNORECASE,
)
_NOT_MONTH = r"(?!(?:Jan|Feb|M[a\u00e4]r|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Oct|Nov|Dez|Dec)[a-z\u00e4]*\b)"
# Split after . ! ? -- but after "12." only before a capital that does not start a month ("vom 12. August").
_SPLIT_RE = re.compile(
    r"(?<=[.!?])(?<![\s(]\d\.)(?<![\s(]\d\d\.)(?<!^\d\.)(?<!^\d\d\.)(?<!\d\.\d\.)(?<!\d\.\d\d\.)\s+(?=\S)|"
    # a date written "31.12." ends a sentence only before a capital ("bis zum 31.12. widersprechen")
    r"(?<=\d\.\d\.)\s+(?=[A-Z\u00c0-\u00de])|(?<=\d\.\d\d\.)\s+(?=[A-Z\u00c0-\u00de])|"
    r"(?<=[\s(]\d\.)\s+(?=" + _NOT_MONTH + r"[A-Z\u00c0-\u00de])|"
    r"(?<=[\s(]\d\d\.)\s+(?=" + _NOT_MONTH + r"[A-Z\u00c0-\u00de])|"
    r"\s*;\s*"
)
BULLET_RE = re.compile(r"^(?:[-*\u2022\u2013]\s|\(?[a-h1-9]\)\s|\d{1,2}\.\s)")
_PROTECT = "\u2024"  # one dot leader stands in for an abbreviation's dot while splitting


@dataclass(frozen=True)
class Sentence:
    text: str  # as written (whitespace collapsed)
    folded: str  # lower case, no diacritics: what the rules match
    paragraph: int = 0  # which paragraph of the text it stands in (from 0)


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in order (see module docstring)."""
    out: list[Sentence] = []
    for number, para in enumerate(re.split(r"\n\s*\n", text.replace("\r", ""))):
        # a list item starts a sentence of its own
        groups: list[list[str]] = []
        for ln in para.split("\n"):
            ln = ln.strip()
            if not ln:
                continue
            if not groups or BULLET_RE.match(ln):
                groups.append([ln])
            else:
                groups[-1].append(ln)
        for group in groups:
            protected = _ABBREV_RE.sub(lambda m: m.group(1).replace(".", _PROTECT) + _PROTECT, " ".join(group))
            for piece in _SPLIT_RE.split(protected):
                piece = piece.replace(_PROTECT, ".").strip()
                while piece:
                    chunk, piece = piece[:MAX_SENTENCE_CHARS], piece[MAX_SENTENCE_CHARS:]
                    out.append(Sentence(chunk, fold(chunk), number))
    return out


def sentences(text: str) -> list[str]:
    """Folded sentences of ``text`` (kept for callers that only need the folded form)."""
    return [s.folded for s in split_sentences(text)]
