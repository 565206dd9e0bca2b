"""The intake's faster alternations give the same match as the plain pattern."""

from __future__ import annotations

import gc
import re

import pytest

from studio_dsar.core.intake import mentions, rules_de, rules_fr, rules_nlen  # noqa: F401 - they build the rules
from studio_dsar.core.intake import rxutil
from studio_dsar.core.intake.rxutil import WordRule, literal_prefixes, required_text
from studio_dsar.core.intake.sentences import split_sentences


@pytest.mark.parametrize("alternative,prefixes", [
    (r"\bfoo\w*", ["foo"]),
    (r"\b(?:foo|bar)baz", ["foo", "bar"]),
    (r"\b(?:we|wij)(?:'ve)? have", ["we", "wij"]),
    (r"\b(?:foo|b)x", []),  # a one-letter branch cannot key the alternative
    (r"\b(?:a|bb)?x", []),  # an optional group neither
    (r"(?:\w+ )?foo", []),
    (r"^(?:if|als) you", []),
    (r"\b(?:you|u|je) (?:\w+ )?have", ["you", "u ", "je"]),  # "u" then a space: the whole word "u"
    (r"\b(?:u|a)'s", ["u'", "a'"]),
    (r"(?<!by )(?<!in )\bmistake\w*", ["mistake"]),  # a lookbehind takes no text
    (r"(?!no\b)\b(?:we|i)\b", []),  # "i" then "\\b": not a plain sign
])
def test_literal_prefixes(alternative, prefixes):
    assert literal_prefixes(alternative) == prefixes


SAMPLE = (
    "We're updating our privacy policy. I reserve the right to complain. Ik wil niet meer op jullie website staan. "
    "Wij hebben uw verzoek tot verwijdering ontvangen. Je ne souhaite plus figurer sur votre page. "
    "Ich möchte keine Werbe-Mails mehr. Please stop emailing me offers. Clients can request deletion of their data. "
    "- het recht om rectificatie te vragen; if you are not the intended recipient, delete this. "
    "Mijn dochter staat op jullie Instagram, haal die foto eraf."
)


def test_every_rule_matches_like_its_whole_pattern():
    rules = [o for o in gc.get_objects() if isinstance(o, WordRule)]
    assert len(rules) > 40
    sentences = [s.folded for s in split_sentences(SAMPLE)]
    for rule in rules:
        for s in sentences:
            fast, whole = rule.search(s), rule.whole.search(s)
            assert (fast and (fast.span(), fast.group(0))) == (whole and (whole.span(), whole.group(0))), rule.pattern[:60]


def test_a_bracket_first_in_a_class_is_read_the_same_way_when_splitting_and_when_closing_groups():
    # "[])]" is a class holding "]" and ")": the ")" closes no group, the "|" inside "[|]" splits nothing
    pattern = r"\b(?:ab[])]|cd[^]|])ef|\bgh[|]"
    assert rxutil.top_level_alternatives(pattern) == [r"\b(?:ab[])]|cd[^]|])ef", r"\bgh[|]"]
    assert rxutil.literal_prefixes(r"\b(?:ab[])]|cd[^]|])ef") == ["ab", "cd"]
    rule = rxutil.WordRule(pattern)
    for text in ("xx ab] ef", "cd.ef", "gh|", "ab)ef", "nothing"):
        expected = re.search(pattern, text)
        got = rule.search(text)
        assert (got and got.group()) == (expected and expected.group()), text


def test_a_keyed_alternative_is_tried_only_where_a_word_starts_as_it_needs():
    # 0: a word start; 1: a whole first word then a space; 2: no word start (tried where its text occurs);
    # 3: no leading text (tried where the text it holds occurs); 4: no text at all (always tried)
    rule = WordRule(r"\bcat\w*|\blet (?:me|us) know|factu\w*|(?:\w+ )?dog|\w+ \d")
    assert sorted(rule.candidates("concatenate the outlet me know")) == [4]
    assert sorted(rule.candidates("the catalogue, let me know")) == [0, 1, 4]
    assert sorted(rule.candidates("your invoice (factuur) for the hotdog")) == [2, 3, 4]
    long_text = "concatenate " * 400 + "cat"
    assert len(long_text) > rxutil.WORD_INDEX_MAX_CHARS and 0 in rule.candidates(long_text)
    for text in ("concatenate the dog", "cat", "outlet me know", "let us know now", "a dog's life",
                 "defactuur", long_text, "catlet me know", ""):
        fast, whole = rule.search(text), rule.whole.search(text)
        assert (fast and (fast.span(), fast.group(0))) == (whole and (whole.span(), whole.group(0))), text


def test_a_one_letter_word_or_a_word_after_lookbehinds_keys_its_alternative():
    rule = WordRule(r"\b(?:you|u) (?:\w+ )?have|(?<!by )\bmistake\w*|\bcat")
    assert not rule._always
    assert sorted(rule.candidates("menu have, unmistakeable")) == []
    assert sorted(rule.candidates("u have a mistake")) == [0, 1]
    assert sorted(rule.candidates("you have my cat")) == [0, 2]
    for text in ("menu have", "u have", "u really have", "by mistake", "a mistake", "u.have", "you have"):
        fast, whole = rule.search(text), rule.whole.search(text)
        assert (fast and (fast.span(), fast.group(0))) == (whole and (whole.span(), whole.group(0))), text


@pytest.mark.parametrize("alternative,text", [
    (r"\b\w*foto'?s?\b", "foto"),
    (r"(?:persoons)?gegevens", "gegevens"),
    (r"e-?mail ?adres", "adres"),
    (r"ab+cd", "ab"),  # "abbcd": the run ends at a repeated letter
    (r"x{0,2}yz", "yz"),
    (r"[a-z]+abc[^]x]def", "abc"),
    (r"\b\w+(?:straat|laan)\s+\d+", ""),
])
def test_required_text(alternative, text):
    assert required_text(alternative) == text


def test_an_alternative_without_a_leading_text_is_tried_where_a_text_it_holds_occurs():
    rule = WordRule(r"\b\w*foto'?s?\b|(?:persoons)?gegevens|\bcat|\d")
    assert [i for i, _ in rule._always] == [3]  # "\d" holds no text
    assert sorted(rule.candidates("mijn pasfoto en gegevens")) == [0, 1, 3]
    assert sorted(rule.candidates("mijn pas en adres")) == [3]
    for text in ("mijn pasfoto's", "persoonsgegevens", "fotograaf", "geen", "cat 3"):
        fast, whole = rule.search(text), rule.whole.search(text)
        assert (fast and (fast.span(), fast.group(0))) == (whole and (whole.span(), whole.group(0))), text


@pytest.mark.parametrize("text", ["", "ab cd ab", "xx ab", "cdab ab", "a b", "concatenate the cat, catalogue"])
def test_finditer_gives_the_matches_of_the_whole_pattern(text):
    for pattern in (r"\bab|x*|\bcd", r"\bcat\w*|\bab\b|(?<=b )ab|\bcd"):
        rule = WordRule(pattern)
        fast = [(m.span(), m.group(0)) for m in rule.finditer(text)]
        assert fast == [(m.span(), m.group(0)) for m in re.finditer(pattern, text)]


def test_finditer_tries_only_the_candidate_alternatives(monkeypatch):
    rule = WordRule(r"\bcat\w*|\bdog\w*")
    monkeypatch.setattr(rule, "whole", None)  # the whole pattern is not used
    assert [m.group(0) for m in rule.finditer("dogs and cats, a catalogue")] == ["dogs", "cats", "catalogue"]


@pytest.mark.parametrize("keyed_faster", [True, False])
def test_search_keeps_the_faster_way_after_timing_both(monkeypatch, keyed_faster):
    """The candidates and the whole pattern give the same match; which is used is timed."""
    rule = WordRule(r"\bcat\w*|\bdog\w*")
    seconds = {"keyed": 1.0 if keyed_faster else 3.0, "whole": 2.0}
    clock = iter(x for _ in range(rule.PROBES) for x in (0.0, seconds["keyed"], seconds["keyed"] + seconds["whole"]))
    monkeypatch.setattr(rxutil, "perf_counter", lambda: next(clock))
    for i in range(rule.PROBES):
        assert rule.keyed is None
        assert rule.search(f"my dog number {i}").group(0) == "dog"
    assert rule.keyed is keyed_faster
    assert rule.search("concatenated cats").span() == re.search(rule.pattern, "concatenated cats").span()
    assert WordRule(r"\b(cat)s?|\bdog").keyed is False  # groups as written: searched whole
