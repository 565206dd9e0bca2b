"""A wish passed on in the third person, read as the data subject's own.

A parent, a partner, an employer or a lawyer tells what the data subject wants: "il souhaite que vous
supprimiez toutes les photos de lui", "Sie möchte, dass Sie ihre Daten löschen", "zij wil de
nieuwsbrief niet meer ontvangen", "she no longer wants the newsletter". The rules are written for
the writer's own wish ("je souhaite que vous supprimiez mes photos"), so such a sentence is read
again with its subject and its possessives in the first person (:func:`as_first_person`). Only a
subject that wishes, asks or refuses (a verb frame, not a word list of requests) is shifted; the
caller reads the shifted sentence only where the sentence as written gives no right.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# the person the writer speaks for: a pronoun, or "my daughter", "notre fils", "meine Tochter", "onze zoon"
_WHO_FR = r"(?:il|elle|(?:ma|mon|notre) (?:\w+ )?(?:fille|fils|enfant|epouse|femme|mari|compagne?|cliente?|mandante?|mere|pere|soeur|frere|collegue|ami\w*))"
_WHO_DE = r"(?:er|sie|(?:meine?|unsere?) (?:\w+ )?(?:tochter|sohn|kind|frau|mann|partner\w*|mandant\w*|klient\w*|mutter|vater|schwester|bruder|kolleg\w*|freund\w*))"
_WHO_NL = r"(?:hij|zij|ze|(?:mijn|onze|ons) (?:\w+ )?(?:dochter|zoon|kind|vrouw|man|partner|vriend\w*|clie\w*|client\w*|moeder|vader|zus|broer|collega|medewerker\w*|oud-medewerker\w*))"
_WHO_EN = r"(?:he|she|(?:my|our) (?:\w+ )?(?:daughter|son|child|wife|husband|partner|client|mother|mum|mom|father|dad|sister|brother|colleague|friend|employee))"

_FR_VERB = {"souhaite": "souhaite", "souhaiterait": "souhaiterais", "voudrait": "voudrais", "veut": "veux",
            "demande": "demande", "aimerait": "aimerais", "desire": "desire", "exige": "exige", "refuse": "refuse",
            "ne souhaite": "ne souhaite", "ne veut": "ne veux", "ne voudrait": "ne voudrais", "n'accepte": "n'accepte",
            "n'est": "ne suis", "retire": "retire", "s'oppose": "m'oppose"}
_DE_VERB = {"mochte": "mochte", "will": "will", "wunscht": "wunsche", "verlangt": "verlange", "bittet": "bitte",
            "fordert": "fordere", "beantragt": "beantrage", "wurde gerne": "wurde gerne", "hatte gerne": "hatte gerne",
            "widerspricht": "widerspreche", "widerruft": "widerrufe", "ist nicht mehr einverstanden": "bin nicht mehr einverstanden",
            "mochte nicht": "mochte nicht", "will nicht": "will nicht"}
_NL_VERB = {"wil": "wil", "wilt": "wil", "wenst": "wens", "vraagt": "vraag", "zou graag": "zou graag", "verzoekt": "verzoek",
            "eist": "eis", "maakt bezwaar": "maak bezwaar", "trekt": "trek", "gaat niet": "ga niet", "is niet": "ben niet"}
_EN_VERB = {"wants": "want", "would like": "would like", "wishes": "wish", "asks": "ask", "requests": "request",
            "no longer wants": "no longer want", "doesn't want": "don't want", "does not want": "do not want",
            "would prefer": "would prefer", "objects": "object", "withdraws": "withdraw", "is asking": "am asking",
            "has asked": "have asked", "no longer agrees": "no longer agree", "does not agree": "do not agree"}


def _verbs(table: dict[str, str]) -> str:
    return "|".join(sorted(map(re.escape, table), key=len, reverse=True))


_Repl = str | Callable[[re.Match[str]], str]
_SHIFTS: list[tuple[re.Pattern[str], dict[str, str], str, list[tuple[re.Pattern[str], _Repl]]]] = [
    (re.compile(r"\b" + _WHO_FR + r"\s+(" + _verbs(_FR_VERB) + r")\b"), _FR_VERB, "je", [
        (re.compile(r"\b(?:de lui|d'elle)\b"), "de moi"), (re.compile(r"\b(?:le|la) concernant\b"), "me concernant"),
        (re.compile(r"\bses\b"), "mes"), (re.compile(r"\bsa\b"), "ma"), (re.compile(r"\bson\b"), "mon"),
        (re.compile(r"\blui (?=\w+(?:er|ir|re)\b)"), "me "), (re.compile(r"\bleurs?\b"), "mes")]),
    (re.compile(r"\b" + _WHO_DE + r"\s+(" + _verbs(_DE_VERB) + r")\b"), _DE_VERB, "ich", [
        (re.compile(r"\b(?:von|uber|zu) (?:ihm|ihr|ihn)\b"), lambda m: m.group(0).split()[0] + (" mich" if m.group(0).startswith("uber") else " mir")),
        (re.compile(r"\b(?:seine|ihre)(?=[mnrs]?\b)"), "meine")]),
    (re.compile(r"\b" + _WHO_NL + r"\s+(" + _verbs(_NL_VERB) + r")\b"), _NL_VERB, "ik", [
        (re.compile(r"\bvan (?:hem|haar)\b"), "van mij"), (re.compile(r"\bover (?:hem|haar)\b"), "over mij"),
        (re.compile(r"\b(?:zijn|haar)\b(?= \w)"), "mijn")]),
    (re.compile(r"\b" + _WHO_EN + r"\s+(" + _verbs(_EN_VERB) + r")\b"), _EN_VERB, "i", [
        (re.compile(r"\b(?:of|about|on) (?:him|her)\b"), lambda m: m.group(0).split()[0] + " me"),
        (re.compile(r"\b(?:his|her)\b(?= \w)"), "my"), (re.compile(r"\b(?:him|her)\b"), "me")]),
]


def as_first_person(folded: str) -> str:
    """``folded`` with a third person's wish (its subject, verb and possessives) written as the writer's
    own, or ``folded`` unchanged when no subject wishes, asks or refuses in it."""
    for subject_verb, verbs, me, possessives in _SHIFTS:
        m = subject_verb.search(folded)
        if not m:
            continue
        head, tail = folded[:m.start()], folded[m.end():]
        for rx, repl in possessives:
            tail = rx.sub(repl, tail)
        return head + me + " " + verbs[m.group(1)] + tail
    return folded
