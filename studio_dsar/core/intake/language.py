"""Which language a request is written in: Dutch (also Flemish), English, French or German.

Counts frequent function words that belong to one language only (a word common to two, such
as "de" in Dutch and French or "die" in Dutch and German, counts for neither) plus a few
unmistakable greetings and endings. Cheap, explainable and good enough for mails of a few
sentences; the owner can correct it.
"""

from __future__ import annotations

import re

from studio_dsar.core.intake.text import fold

LANGUAGES = ("nl", "en", "fr", "de")

_WORDS = {
    "nl": "de het een en ik mijn mij van je jullie u uw niet dat met voor op zijn graag wil willen ook aan bij "
          "maar om te er naar wat die dit dan nog wij we zou kunnen heb hebben ben was wordt worden geen meer "
          "alvast bedankt groeten groetjes hoi hallo beste vriendelijke gegevens foto's mogelijk alstublieft aub "
          "welke waarom omdat als hier daar zo dus al alle mee tot uit over deze heeft hebt kan kun gelieve "
          "mvg verzoek dank hartelijke geachte heer mevrouw jou jouw onze ons zijn zich wel hun "
          "goed ontvangen gewoon toch ge gij",
    "en": "the a and i my of to you your not that with for on are please want would me this it be have from at "
          "could can will do does did our we us data photos regards thanks thank hi hello dear kind best "
          "should all any which what why because if here there so also been has had was were an as by or into "
          "about them they their request sincerely yours",
    "fr": "le la les de des du un une et je mon ma mes vous votre vos nous est pas que qui pour dans sur avec "
          "ce cette suis ai bonjour merci cordialement donnees madame monsieur au aux ne plus sont mais ou "
          "il elle leur demande salutations veuillez agreer bien etre avoir fait tout toutes mes moi j'ai c'est "
          "d'acces l'effacement s'il vous plait",
    "de": "der die das und ich mein meine meiner meinen mich mir sie ihr ihre ist nicht zu mit fur auf den dem "
          "des ein eine einen bitte danke grusse hallo sehr geehrte geehrter daten auch von bei sich wir uns "
          "haben habe wurde werden wird sind oder aber wie alle meiner personenbezogenen freundlichen gruss "
          "freundlichem vielen dank herr frau ihnen ihrer kein keine noch nach uber",
}


def _exclusive() -> dict[str, frozenset[str]]:
    sets = {lang: set(words.split()) for lang, words in _WORDS.items()}
    out = {}
    for lang, words in sets.items():
        others = set().union(*(w for lg, w in sets.items() if lg != lang))
        out[lang] = frozenset(words - others)
    return out


_EXCLUSIVE = _exclusive()
_LANGUAGE_OF = {w: lang for lang, words in _EXCLUSIVE.items() for w in words}  # the sets share no word
_WORD_RE = re.compile(r"[a-zß']+")
_SCORES_CACHE: dict[str, tuple[int, ...]] = {}
_SCORES_CACHE_SIZE = 4096
_SCORES_CACHE_MAX_CHARS = 2000  # a sentence is scored several times in a row; a whole mail is not kept


def language_scores(text: str) -> dict[str, int]:
    """Words of each language only in ``text`` (a new dict the caller may change)."""
    counts = _SCORES_CACHE.get(text)
    if counts is None:
        scores = dict.fromkeys(LANGUAGES, 0)
        for w in _WORD_RE.findall(fold(text)):
            if (lang := _LANGUAGE_OF.get(w)) is not None:
                scores[lang] += 1
        if len(text) > _SCORES_CACHE_MAX_CHARS:
            return scores
        if len(_SCORES_CACHE) >= _SCORES_CACHE_SIZE:
            _SCORES_CACHE.clear()
        counts = _SCORES_CACHE[text] = tuple(scores.values())
    return dict(zip(LANGUAGES, counts, strict=True))


_LETTERS = {"fr": re.compile("[\u00e9\u00e8\u00ea\u00e0\u00e7\u00f9\u00e2\u00ee\u00f4\u00fb\u00eb\u0153]"),
            "de": re.compile("[\u00e4\u00f6\u00fc\u00df]")}
WEAK = 3  # fewer words of one language than this: letters that only French or German use also count


def detect_language(text: str, default: str = "nl") -> str:
    """``nl``, ``en``, ``fr`` or ``de`` by counting words of one language only (ties: ``default``).

    A very short text ("Désabonnez-moi.") has few such words; then letters only French
    (é, è, ç, à ...) or German (ä, ö, ü, ß) write count as well.
    """
    text = text[:20_000]
    scores = language_scores(text)
    if max(scores.values()) < WEAK:
        low = text.lower()
        for lang, rx in _LETTERS.items():
            scores[lang] += min(2, len(rx.findall(low)))
    best = max(scores.values())
    if best == 0:
        return default
    winners = [lang for lang, n in scores.items() if n == best]
    if len(winners) == 1:
        return winners[0]
    return default if default in winners else winners[0]
