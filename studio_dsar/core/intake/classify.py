"""Which GDPR rights a mail invokes, and in which language it is written.

Rule based on purpose: the studio must be able to see *why* a mail was classified the way it
was, and there is no training data worth the name. The work is split along its seams:

* :mod:`.sentences` cuts the requester's own words (quoted history, forward headers, form
  labels and signatures are removed before this module is called) into sentences;
* :mod:`.language` tells nl / en / fr / de apart;
* :mod:`.mentions` keeps only the part of each sentence that asks for something (a citation,
  an obligation of the studio, a threat to complain or the studio's policy quoted back is
  not a request);
* :mod:`.rules_nlen`, :mod:`.rules_fr`, :mod:`.rules_de` find the rights in that part.

:func:`detect_rights` returns the rights in canonical order with their evidence: the
sentences, as written, that triggered each right, so the window can highlight them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from studio_dsar.core.intake import rules_de, rules_fr, rules_nlen
from studio_dsar.core.intake.language import detect_language, language_scores
from studio_dsar.core.intake.mentions import article_rights, request_part
from studio_dsar.core.intake.sentences import Sentence, sentences, split_sentences
from studio_dsar.core.store import RIGHTS

__all__ = ["Classification", "detect_language", "detect_rights", "sentences", "split_sentences"]

_RULES: dict[str, Callable[[str, str], dict[str, str]]] = {
    "nl": rules_nlen.rights_in_sentence,
    "en": rules_nlen.rights_in_sentence,
    "fr": rules_fr.rights_in_sentence,
    "de": rules_de.rights_in_sentence,
}
_MIN_WORDS_OWN_LANGUAGE = 3  # a sentence with this many words of one language uses its rules


@dataclass
class Classification:
    rights: list[str] = field(default_factory=list)
    evidence: dict[str, list[str]] = field(default_factory=dict)  # right -> sentences as written
    language: str = "nl"
    mentions: list[str] = field(default_factory=list)  # sentences set aside as mentions, not requests


def _sentence_language(s: Sentence, default: str) -> str:
    scores = language_scores(s.folded)
    best = max(scores.values())
    if best < _MIN_WORDS_OWN_LANGUAGE:
        return default
    winners = [lang for lang, n in scores.items() if n == best]
    return default if default in winners else winners[0]


def rights_in_sentence(folded: str, prev: str = "", language: str = "nl") -> dict[str, str]:
    """Rights asked for in one folded sentence (after mentions are set aside)."""
    part = request_part(folded)
    if not part:
        return {}
    found = dict(_RULES.get(language, rules_nlen.rights_in_sentence)(part, prev))
    for right, fragment in article_rights(part).items():
        found.setdefault(right, fragment)
    return found


def detect_rights(text: str, language: str | None = None) -> Classification:
    """Rights invoked in ``text`` (the requester's own words), canonical order, with evidence."""
    lang = language or detect_language(text)
    evidence: dict[str, list[str]] = {}
    mentions: list[str] = []
    prev = ""
    for s in split_sentences(text):
        part = request_part(s.folded)
        if not part:
            mentions.append(s.text)
            prev = s.folded
            continue
        found = rights_in_sentence(s.folded, prev, _sentence_language(s, lang))
        for right in found:
            sentences_for = evidence.setdefault(right, [])
            if s.text not in sentences_for:
                sentences_for.append(s.text)
        prev = s.folded
    rights = [r for r in RIGHTS if r in evidence]
    return Classification(rights=rights, evidence={r: evidence[r] for r in rights}, language=lang,
                          mentions=mentions)
