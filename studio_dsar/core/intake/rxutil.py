"""Faster alternations for the intake's word rules.

Python's ``re`` tries every alternative of ``\\bfoo|\\bbar|...`` at every position of the text;
rules with dozens of words spent most of the intake's time there. :func:`compile_words` moves a
``\\b`` that starts every top-level alternative in front of one group (``\\b(?:foo|bar)``), so the
alternatives are tried only where a word starts. The match is the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from time import perf_counter
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


_LOOKAROUND = ("(?<!", "(?<=", "(?!", "(?=")


def lead(alternative: str) -> tuple[bool, str]:
    """(whether ``alternative`` can match only where a word starts, the rest of it): a leading ``\\b``
    and the lookarounds before or after it take no text, so what the alternative must start with
    is read after them (``(?<!by )\\bmistake`` starts with "mistake" where a word starts)."""
    at_word = False
    alt = alternative
    while True:
        if alt.startswith(r"\b"):
            at_word, alt = True, alt[2:]
        elif alt.startswith(_LOOKAROUND) and (end := _group_end(alt, 0)) > 0 \
                and alt[end: end + 1] not in ("?", "*", "+", "{"):
            alt = alt[end:]
        else:
            return at_word, alt


def literal_prefixes(alternative: str) -> list[str]:
    """Plain texts one of which an alternative must start with ([] when there is no such set).

    ``\\bfoo`` gives ["foo"]; ``\\b(?:foo|bar)baz`` gives ["foo", "bar"] (each branch's own
    prefix; a group that may be skipped, or a branch without a prefix of two letters, gives []).
    A branch of one word followed by a sign outside the group gives that word and the sign
    (``\\b(?:you|u) `` gives ["you", "u "]: "u" is a whole word there). Lookarounds in front
    are passed over (see :func:`lead`).
    """
    alt = lead(alternative)[1]
    one = literal_prefix(alt)
    if len(one) >= 2:
        return [one]
    if not alt.startswith("(?:"):
        return []
    end = _group_end(alt, 0)
    if end < 0 or alt[end: end + 1] in ("?", "*", "{"):
        return []
    after = alt[end: end + 1]  # the character right after the group, when it is a plain sign
    sign = after if after and after not in _SPECIAL and not _WORD_RE.match(after) else ""
    branches = top_level_alternatives(alt[3: end - 1])
    out = []
    for branch in branches:
        prefixes = literal_prefixes(branch)
        if not prefixes and sign and _WORD_RE.fullmatch(branch):
            prefixes = [branch + sign]  # "u" then " ": the whole word "u"
        if not prefixes or any(len(p) < 2 for p in prefixes):
            return []
        out += prefixes
    return out


def _token_end(pattern: str, i: int) -> int:
    """Index just past the token (a character, an escape, a class or a group) at ``pattern[i]``; -1 if unclosed."""
    c = pattern[i]
    if c == "\\":
        return i + 2
    if c == "(":
        return _group_end(pattern, i)
    if c == "[":
        j = i + 1
        if pattern[j: j + 1] == "^":
            j += 1
        if pattern[j: j + 1] == "]":
            j += 1
        while j < len(pattern):
            if pattern[j] == "\\":
                j += 2
                continue
            if pattern[j] == "]":
                return j + 1
            j += 1
        return -1
    return i + 1


def required_text(alternative: str) -> str:
    """The longest plain text that every match of ``alternative`` (one without a top-level ``|``)
    holds: ``\\b\\w*foto'?s?\\b`` gives "foto", ``(?:persoons)?gegevens`` "gegevens" ("" if none)."""
    best = ""
    run = ""
    i = 0
    while i < len(alternative):
        end = _token_end(alternative, i)
        if end < 0:
            return ""
        token = alternative[i:end]
        quantifier = alternative[end: end + 1]
        optional = quantifier in ("?", "*", "{")
        if quantifier in ("?", "*", "+", "{"):
            if quantifier == "{":
                close = alternative.find("}", end)
                if close < 0:
                    return ""
                end = close + 1
            else:
                end += 1
            if alternative[end: end + 1] in ("?", "+"):
                end += 1  # lazy or possessive
        plain = len(token) == 1 and token not in _SPECIAL
        if plain and not optional:
            run += token
        if not plain or optional or quantifier == "+":
            best = max(best, run, key=len)
            run = ""
        i = end
    return max(best, run, key=len)


_WORD_RE = re.compile(r"\w+")
_WORDS_CACHE: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
_WORDS_CACHE_SIZE = 4096
WORD_INDEX_MAX_CHARS = 4000  # longer texts (a whole mail) are searched without splitting them into words


def _words(string: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the words of ``string``, every start of two letters or more of one of them). A text is
    searched by dozens of rules in a row: it is split once."""
    found = _WORDS_CACHE.get(string)
    if found is None:
        words = frozenset(_WORD_RE.findall(string))
        starts = frozenset(w[:k] for w in words for k in range(2, len(w) + 1))
        found = (words, starts)
        if len(_WORDS_CACHE) >= _WORDS_CACHE_SIZE:
            _WORDS_CACHE.clear()
        _WORDS_CACHE[string] = found
    return found


class WordRule:
    """A compiled alternation that tries only the alternatives whose leading word occurs.

    ``search`` gives the same match as the whole pattern would (leftmost start, then the
    first alternative); any other method goes to the whole pattern.

    An alternative that starts with ``\\b`` and a plain text can match only where a word starts
    with that text: a text of letters alone is the start of a word of the string; one with a
    space or a sign after its first word (``let (?:me|us)``, ``j'(?:aime|...)``) needs that
    first word whole. These are looked up in the words of the string (split once per string,
    see :func:`_words`) with one set intersection per rule; other keyed alternatives are tried
    when their text occurs anywhere, as is every keyed alternative in a text longer than
    :data:`WORD_INDEX_MAX_CHARS`.

    Which way is faster depends on the rule: a pattern of a few alternatives, or one that must try
    several alternatives anyway, is quicker run whole. ``search`` therefore times both ways on
    its first :data:`PROBES` texts (the match is the same either way) and keeps the faster one.
    (The match found by the candidates is one alternative's: a pattern with capturing groups is
    always searched whole.)
    """

    PROBES = 40  # texts each rule's search is timed on both ways before it keeps the faster
    MIN_REQUIRED = 3  # an alternative without a leading text is keyed by a text it holds of at least this length

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.whole = re.compile(pattern, flags)
        self.pattern = pattern
        self._always: list[tuple[int, re.Pattern[str]]] = []
        # a word start -> the alternatives it keys; a whole first word -> (text, alternative)
        self._by_start: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
        self._by_word: dict[str, list[tuple[str, int, re.Pattern[str]]]] = {}
        self._anywhere: list[tuple[str, int, re.Pattern[str]]] = []
        self._keyed: list[tuple[str, int, re.Pattern[str]]] = []  # every (text, alternative), for long texts
        by_word = not flags & (re.IGNORECASE | re.ASCII)  # the words are split as the pattern reads \b
        for i, alt in enumerate(top_level_alternatives(pattern)):
            prefixes = literal_prefixes(alt)
            compiled = re.compile(alt, flags)
            if not prefixes and not flags & (re.IGNORECASE | re.VERBOSE) \
                    and len(text := required_text(alt)) >= self.MIN_REQUIRED:
                self._keyed.append((text, i, compiled))
                self._anywhere.append((text, i, compiled))  # tried where that text occurs
            elif not prefixes:
                self._always.append((i, compiled))
            for prefix in prefixes:
                self._keyed.append((prefix, i, compiled))
                head = _WORD_RE.match(prefix) if by_word and lead(alt)[0] else None
                if head is None:
                    self._anywhere.append((prefix, i, compiled))
                elif head.end() == len(prefix):
                    self._by_start.setdefault(prefix, []).append((i, compiled))
                else:
                    self._by_word.setdefault(head.group(), []).append((prefix, i, compiled))
        self._starts = frozenset(self._by_start)
        self._heads = frozenset(self._by_word)
        # search by the candidates (True) or whole (False); None: still timing. A pattern with groups
        # is searched whole: its groups are numbered as written
        self.keyed: bool | None = False if self.whole.groups else None
        self._timings: list[float] = []  # per probe: seconds by the candidates minus seconds whole

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if pos or endpos is not None:
            return self.whole.search(string, pos, endpos if endpos is not None else len(string))
        if self.keyed is None:
            return self._probe(string)
        return self._search_keyed(string) if self.keyed else self.whole.search(string)

    def _probe(self, string: str) -> re.Match[str] | None:
        """Search both ways, note which was faster, and decide after :data:`PROBES` texts (the
        largest differences either way, a pause of the process, are left out)."""
        if len(string) <= WORD_INDEX_MAX_CHARS:
            _words(string)  # split once for every rule: not this rule's cost
        t0 = perf_counter()
        found = self._search_keyed(string)
        t1 = perf_counter()
        self.whole.search(string)
        t2 = perf_counter()
        self._timings.append((t1 - t0) - (t2 - t1))
        if len(self._timings) >= self.PROBES:
            cut = self.PROBES // 10
            kept = sorted(self._timings)[cut: len(self._timings) - cut]
            self.keyed = sum(kept) < 0
            self._timings = []
        return found

    def _search_keyed(self, string: str) -> re.Match[str] | None:
        best: tuple[int, int, re.Match[str]] | None = None
        for i, rx in self.candidates(string).items():
            m = rx.search(string)
            if m is not None and (best is None or (m.start(), i) < best[:2]):
                best = (m.start(), i, m)
        return best[2] if best else None

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:  # as re's (typed Any)
        """The matches the whole pattern's ``finditer`` gives (spans and texts), found by trying only
        the candidate alternatives; once one would match the empty string, the whole pattern goes on."""
        if pos or endpos is not None:
            return self.whole.finditer(string, pos, endpos if endpos is not None else len(string))
        return self._finditer(string)

    def _finditer(self, string: str) -> Iterator[re.Match[str]]:
        # each alternative's next match from the current position: one that starts at or after it
        # is still the leftmost there (a match depends on where it starts, not on where the search did)
        ahead: dict[int, tuple[re.Pattern[str], re.Match[str]]] = {}
        for i, rx in self.candidates(string).items():
            if (m := rx.search(string)) is not None:
                ahead[i] = (rx, m)
        at = 0
        while ahead:
            for i, (rx, m) in list(ahead.items()):
                if m.start() < at:
                    if (again := rx.search(string, at)) is None:
                        del ahead[i]
                    else:
                        ahead[i] = (rx, again)
            if not ahead:
                return
            first = min(ahead, key=lambda i: (ahead[i][1].start(), i))
            m = ahead[first][1]
            if m.end() == m.start():
                yield from self.whole.finditer(string, at)  # empty matches follow re's own rules
                return
            yield m
            at = m.end()

    def candidates(self, string: str) -> dict[int, re.Pattern[str]]:
        """The alternatives (by place in the pattern) that may match in ``string``."""
        candidates = dict(self._always)
        if len(string) > WORD_INDEX_MAX_CHARS:
            candidates.update((i, rx) for prefix, i, rx in self._keyed if prefix in string)
        else:
            words, starts = _words(string)
            for start in self._starts.intersection(starts):
                candidates.update(self._by_start[start])
            for head in self._heads.intersection(words):
                candidates.update((i, rx) for prefix, i, rx in self._by_word[head] if prefix in string)
            candidates.update((i, rx) for prefix, i, rx in self._anywhere if prefix in string)
        return candidates

    def __getattr__(self, name: str) -> Any:  # match, sub, fullmatch ...: the whole pattern
        return getattr(self.whole, name)
