"""Keep national identification numbers out of everything we store or log.

A Dutch studio may not process the BSN at all (UAVG art. 46) and a Belgian one likewise the
rijksregisternummer. Free text the owner types or that arrives in a mail (notes, subjects,
reasons) passes through :func:`scrub` before it reaches the database or a log.
"""

from __future__ import annotations

import re

from stdnum.be import nn as be_nn
from stdnum.nl import bsn as nl_bsn

MASK = "[…]"

# Digit groups joined by a short separator: spaces (also no-break and thin spaces), dots,
# dashes of any kind, slashes, or a mix ("111 - 222 - 333"). A number may be written in any
# grouping ("111-222-333", "1112.22.333", "85.07.30-033.28", "85 07 30 033 28") or none.
_CHUNK_RE = re.compile(r"\d+")
_SEP_RE = re.compile(r"[\s\u00a0\u202f\u2009]{0,2}[.\-/\u2010-\u2015]?[\s\u00a0\u202f\u2009]{0,2}")
_LENGTHS = {11: "rrn", 9: "bsn"}


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def _chains(text: str) -> list[list[re.Match[str]]]:
    """Runs of digit groups separated only by separator characters."""
    chains: list[list[re.Match[str]]] = []
    for m in _CHUNK_RE.finditer(text):
        if chains:
            last = chains[-1][-1]
            gap = text[last.end():m.start()]
            if gap and _SEP_RE.fullmatch(gap):
                chains[-1].append(m)
                continue
        chains.append([m])
    return chains


def _valid(kind: str, digits: str) -> bool:
    return be_nn.is_valid(digits) if kind == "rrn" else nl_bsn.is_valid(digits)


def find_sensitive(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every BSN or rijksregisternummer in ``text``, however written."""
    hits: list[tuple[int, int, str]] = []
    for chain in _chains(text):
        i = 0
        while i < len(chain):
            found = None
            for length in (11, 9):  # the longer number first: an RRN holds 9-digit runs
                total = 0
                for j in range(i, len(chain)):
                    total += len(chain[j].group())
                    if total >= length:
                        break
                if total == length:
                    digits = "".join(c.group() for c in chain[i:j + 1])
                    if _valid(_LENGTHS[length], digits):
                        found = (chain[i].start(), chain[j].end(), _LENGTHS[length], j)
                        break
            if found:
                hits.append(found[:3])
                i = found[3] + 1
            else:
                i += 1
    return sorted(hits)


def scrub(text: str | None) -> str | None:
    """``text`` with every BSN or rijksregisternummer replaced by a mask."""
    if not text:
        return text
    out, last = [], 0
    for start, end, _kind in find_sensitive(text):
        out.append(text[last:start])
        out.append(MASK)
        last = end
    out.append(text[last:])
    return "".join(out)


def contains_sensitive(text: str | None) -> bool:
    return bool(text) and bool(find_sensitive(text or ""))
