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

# 9 digits, optionally grouped like 1234.56.789 or 123 456 789 (a BSN).
_BSN_RE = re.compile(r"(?<![\d.])(\d{4}[.\s]?\d{2}[.\s]?\d{3}|\d{3}[.\s]?\d{3}[.\s]?\d{3})(?![\d])")
# 11 digits, optionally written YY.MM.DD-XXX.CC (a Belgian national register number).
_RRN_RE = re.compile(r"(?<!\d)(\d{2}[.\s]?\d{2}[.\s]?\d{2}[-\s]?\d{3}[.\s]?\d{2})(?!\d)")


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def find_sensitive(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every BSN or rijksregisternummer in ``text``."""
    hits: list[tuple[int, int, str]] = []
    for m in _RRN_RE.finditer(text):
        if be_nn.is_valid(_digits(m.group(1))):
            hits.append((m.start(1), m.end(1), "rrn"))
    for m in _BSN_RE.finditer(text):
        if any(s <= m.start(1) < e for s, e, _k in hits):
            continue
        if nl_bsn.is_valid(_digits(m.group(1))):
            hits.append((m.start(1), m.end(1), "bsn"))
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
