"""Faster alternations for the intake's word rules.

Python's ``re`` tries every alternative of ``\\bfoo|\\bbar|...`` at every position of the text;
rules with dozens of words spent most of the intake's time there. :func:`compile_words` moves a
``\\b`` that starts every top-level alternative in front of one group (``\\b(?:foo|bar)``), so the
alternatives are tried only where a word starts. The match is the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """(index, character) of each character of ``pattern`` from ``start`` on that is neither
    escaped nor inside a character class: the ones that can open or close a group or split
    alternatives. A ``]`` right after ``[`` belongs to the class, as in ``re``."""
    in_class = False
    i = start
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if pattern[i + 1: i + 2] == "^":
                i += 1
            if pattern[i + 1: i + 2] == "]":
                i += 1
        else:
            yield i, c
        i += 1


def top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` split at the ``|`` that are not inside a group or a character class."""
    parts: list[str] = []
    depth = 0
    start = 0
    for i, c in _structure(pattern):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def factor_word_start(pattern: str) -> str:
    """``\\ba|\\bb`` -> ``\\b(?:a|b)`` when every top-level alternative starts with ``\\b``."""
    alts = top_level_alternatives(pattern)
    if len(alts) > 1 and all(a.startswith(r"\b") for a in alts):
        return r"\b(?:" + "|".join(a[2:] for a in alts) + ")"
    return pattern


def compile_words(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(factor_word_start(pattern), flags)


_SPECIAL = set("\\[](){}?*+|.^$")


def literal_prefix(alternative: str) -> str:
    """The plain text an alternative must start with after an optional ``\\b`` ("" if none)."""
    alt = alternative[2:] if alternative.startswith(r"\b") else alternative
    out: list[str] = []
    for i, c in enumerate(alt):
        if c in _SPECIAL:
            if c in "?*{" and out:
                out.pop()  # "s?" - the last letter is optional
            break
        out.append(c)
        if i + 1 < len(alt) and alt[i + 1] == "|":
            break
    return "".join(out)


def _group_end(pattern: str, start: int) -> int:
    """Index just past the group that opens at ``pattern[start]`` ("(") or -1."""
    depth = 0
    for i, c in _structure(pattern, start):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return -1


def literal_prefixes(alternative: str) -> list[str]:
    """Plain texts one of which an alternative must start with ([] when there is no such set).

    ``\\bfoo`` gives ["foo"]; ``\\b(?:foo|bar)baz`` gives ["foo", "bar"] (each branch's own
    prefix; a group that may be skipped, or a branch without a prefix of two letters, gives []).
    """
    one = literal_prefix(alternative)
    if len(one) >= 2:
        return [one]
    alt = alternative[2:] if alternative.startswith(r"\b") else alternative
    if not alt.startswith("(?:"):
        return []
    end = _group_end(alt, 0)
    if end < 0 or alt[end: end + 1] in ("?", "*", "{"):
        return []
    branches = top_level_alternatives(alt[3: end - 1])
    out = []
    for branch in branches:
        prefixes = literal_prefixes(branch)
        if not prefixes or any(len(p) < 2 for p in prefixes):
            return []
        out += prefixes
    return out


class WordRule:
    """A compiled alternation that tries only the alternatives whose leading word occurs.

    ``search`` gives the same match as the whole pattern would (leftmost start, then the
    first alternative); any other method goes to the whole pattern.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.whole = re.compile(pattern, flags)
        self.pattern = pattern
        self._always: list[tuple[int, re.Pattern[str]]] = []
        self._keyed: list[tuple[str, int, re.Pattern[str]]] = []
        self._multi: list[tuple[tuple[str, ...], int, re.Pattern[str]]] = []
        for i, alt in enumerate(top_level_alternatives(pattern)):
            prefixes = literal_prefixes(alt)
            compiled = re.compile(alt, flags)
            if len(prefixes) == 1:
                self._keyed.append((prefixes[0], i, compiled))
            elif prefixes:
                self._multi.append((tuple(prefixes), i, compiled))
            else:
                self._always.append((i, compiled))

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if pos or endpos is not None:
            return self.whole.search(string, pos, endpos if endpos is not None else len(string))
        best: tuple[int, int, re.Match[str]] | None = None
        candidates = self._always + [(i, rx) for prefix, i, rx in self._keyed if prefix in string]
        candidates += [(i, rx) for prefixes, i, rx in self._multi if any(p in string for p in prefixes)]
        for i, rx in candidates:
            m = rx.search(string)
            if m is not None and (best is None or (m.start(), i) < best[:2]):
                best = (m.start(), i, m)
        return best[2] if best else None

    def __getattr__(self, name: str) -> Any:  # finditer, match, sub ...: the whole pattern
        return getattr(self.whole, name)
