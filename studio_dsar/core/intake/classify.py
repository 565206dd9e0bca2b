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

import re
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


_ID_DOCUMENT = re.compile(
    r"\b(?:paspoort|passport|passeport|reisepass|identiteitskaart|identiteitsbewijs|id-?kaart|id card|identity card|"
    r"carte d'identite|piece d'identite|personalausweis|ausweis\w*|rijbewijs|driving licen[cs]e|permis de conduire|"
    r"fuhrerschein|legitimatie\w*|identificatie|identification)\b"
)
_REMOVAL_RIGHTS = ("erasure",)


def _rules(part: str, prev: str, language: str) -> dict[str, str]:
    found = dict(_RULES.get(language, rules_nlen.rights_in_sentence)(part, prev))
    for right, fragment in article_rights(part).items():
        found.setdefault(right, fragment)
    return found


def rights_in_sentence(folded: str, prev: str = "", language: str = "nl") -> dict[str, str]:
    """Rights asked for in one folded sentence (after mentions are set aside)."""
    return _rights_in_part(request_part(folded), prev, language)


def _rights_in_part(part: str, prev: str, language: str) -> dict[str, str]:
    if len(part) < 8:
        return {}  # "Hallo,", "Dag Jens,": too short to ask for a right
    found = _rules(part, prev, language)
    if len(found) >= 3:
        # An enumeration ("the information of Art. 15(1): the purposes, ... the right to request
        # rectification, erasure ...") lists rights; only what comes before the list can ask.
        head = part.split(":", 1)[0]
        found = _rules(head, prev, language) if head != part else {}
        if len(found) >= 3:
            found = {}
    if "erasure" in found and (_ID_DOCUMENT.search(part) or (
            _ID_DOCUMENT.search(prev) and re.search(r"\b(?:deze|die|it|them|la|le|les|celle-ci|diese|sie|ihn)\b", part))) \
            and not re.search(r"gegevens|\bdata\b|donnees|daten|foto|photo|bilder", part):
        found.pop("erasure")  # "destroy the copy of my passport after checking": not an erasure request
    return found


_QUOTE_CHARS = re.compile(r'["\u201c\u201d\u201e\u00ab\u00bb]')


def _opens_quote_early(text: str) -> bool:
    """The sentence is mostly a quotation that goes on into the next ones."""
    m = _QUOTE_CHARS.search(text)
    return m is not None and m.start() < len(text) // 2


_STRONG_OBJECTION = re.compile(
    r"\bbezwaar\b|\bobject\w*|\bopposition\b|\bm'oppose\b|\bwiderspr\w*|\bgerechtvaardigd\w* belang|"
    r"\blegitimate interest|\binteret legitime|\bberechtigte\w* interesse"
)
_CONSENT_WORD = re.compile(r"\btoestemming|\bconsent|\bconsentement|\bautorisation|\beinwilligung|\bzustimmung|\bpermission")


def _objection_over_weak_withdrawal(evidence: dict[str, list[str]]) -> None:
    """An objection to a use based on legitimate interest ("stop using my portrait in your ads")
    is not also a withdrawal of consent, unless the writer speaks of consent."""
    if "objection" not in evidence or "withdraw_consent" not in evidence:
        return
    from studio_dsar.core.intake.text import fold

    if not any(_STRONG_OBJECTION.search(fold(s)) for s in evidence["objection"]):
        return
    if not any(_CONSENT_WORD.search(fold(s)) for s in evidence["withdraw_consent"]):
        evidence.pop("withdraw_consent")


def detect_rights(text: str, language: str | None = None) -> Classification:
    """Rights invoked in ``text`` (the requester's own words), canonical order, with evidence."""
    lang = language or detect_language(text)
    evidence: dict[str, list[str]] = {}
    mentions: list[str] = []
    prev = prev2 = ""
    in_quote = False
    for s in split_sentences(text):
        quotes = len(_QUOTE_CHARS.findall(s.text))
        starts_quoted = in_quote
        if quotes % 2:
            in_quote = not in_quote
        # A passage quoted across sentences (a policy, an earlier mail) is not the writer's request.
        part = "" if (starts_quoted or (in_quote and quotes % 2 and _opens_quote_early(s.text))) else request_part(s.folded)
        if not part:
            mentions.append(s.text)
            prev2, prev = prev, s.folded
            continue
        s_lang = _sentence_language(s, lang)
        context = (prev2 + " " + prev) if s_lang in ("fr", "de") else prev
        found = _rights_in_part(part, context, s_lang)
        for right in found:
            sentences_for = evidence.setdefault(right, [])
            if s.text not in sentences_for:
                sentences_for.append(s.text)
        prev2, prev = prev, s.folded
    _objection_over_weak_withdrawal(evidence)
    rights = [r for r in RIGHTS if r in evidence]
    return Classification(rights=rights, evidence={r: evidence[r] for r in rights}, language=lang,
                          mentions=mentions)
