"""What the writer says they do *not* ask for.

A formal letter names the rights around the one it invokes and rules them out ("dit is nadrukkelijk
geen verzoek om wissing in de zin van artikel 17 AVG en evenmin een bezwaar", "Eine Löschung nach
Art. 17 DSGVO verlange ich ausdrücklich nicht", "not an objection", "au lieu d'un effacement"); a
plain mail reports what someone else asked and refuses it ("Mijn ex heeft jullie gemaild dat alles weg
moet. Alsjeblieft niet doen."). A right the writer rules out is no right of the mail, wherever else
a word of it was read; a reported ask the writer refuses is no ask of theirs.

Works on folded text (see :func:`studio_dsar.core.intake.text.fold`).
"""

from __future__ import annotations

import re

# The names of each right, as a noun or an article of the GDPR ("art. 17", "artikel 17", "article 17(1)").
_ARTICLE = r"art(?:ikel|icle|\.)? ?{n}(?!\d)"
_RIGHT_NOUNS = {
    "access": r"inzage|access|acces|auskunft|einsicht|" + _ARTICLE.format(n=15),
    "rectification": r"rectificatie|correctie|verbetering|rectification|correction|berichtigung|" + _ARTICLE.format(n=16),
    "erasure": r"wissing|verwijdering|vernietiging|erasure|deletion|effacement|suppression|loschung|vernichtung|"
               + _ARTICLE.format(n=17),
    "restriction": r"beperking|restriction|limitation|einschrankung|" + _ARTICLE.format(n=18),
    "portability": r"overdraagbaarheid|overdracht|portability|portabilite|ubertragbarkeit|ubertragung|" + _ARTICLE.format(n=20),
    "objection": r"bezwaar|objection|opposition|widerspruch|" + _ARTICLE.format(n=21),
    "withdraw_consent": r"intrekking|withdrawal|retrait|widerruf",
}
_ANY_NOUN = "|".join(f"(?P<{right}>{nouns})" for right, nouns in _RIGHT_NOUNS.items())
_GAP = r"(?:[\w'().-]+ ){0,4}"
# "geen verzoek om", "not a request for", "kein Antrag auf", "pas une demande de", "statt einer", "instead of", "au lieu d'un"
_DENIED_BEFORE = re.compile(
    r"\b(?:(?:geen|not an?|no|kein\w*|pas une?|pas d'une?)\s+(?:\w+ )?(?:verzoek|aanvraag|request|application|demande|antrag|ersuchen|"
    r"beroep|claim)\w*|"
    r"(?:i|we|ik|wij|ich|wir|je|nous) (?:do not|don't|am not|are not|vraag|vragen|verzoek|verzoeken|verlange|verlangen|beantrage|"
    r"ne demande|ne demandons|ne sollicite) (?:\w+ )?(?:niet|nicht|pas|asking for|requesting|request|ask for)|"
    r"statt|anstatt|anstelle|instead of|rather than|in plaats van|au lieu d'?e?|plutot qu'?e?)\s+" + _GAP + r"(?:d'|l')?(?:" + _ANY_NOUN + r")\b"
)
# "Eine Löschung ... verlange ich ausdrücklich nicht", "om wissing vraag ik uitdrukkelijk niet", "an erasure I do not ask"
_DENIED_AFTER = re.compile(
    r"\b(?:" + _ANY_NOUN + r")\b[^.;:!?]{0,50}\b(?:verlange|verlangen|beantrage|beantragen|mochte|mochten|will|wollen|"
    r"vraag|vragen|verzoek|verzoeken|wil|willen|demande|demandons|souhaite|souhaitons|request|ask for|want)\b"
    r"(?: (?:ich|wir|ik|wij|we|je|nous))?(?: (?:\w+ ){0,2})?\s*(?:nicht|niet|pas|not)\b"
    # the negation closes the clause: "bezwaar, en ik wil niet dat ..." refuses something else
    r"(?=\s*(?:[.;:!?,)]|$))"
)
# a denial goes on to the next right named ("... en evenmin een bezwaar", "noch Widerspruch", "nor an objection", "ni une opposition")
_ALSO_DENIED = re.compile(r"\b(?:evenmin|noch|nor|neither|ni|weder|ook geen|auch kein\w*|no more)\b\s+" + _GAP + r"(?:" + _ANY_NOUN + r")\b")
_NOT_ONLY = re.compile(r"\b(?:not only|niet alleen|nicht nur|non seulement|pas seulement|pas uniquement|nicht bloss)\b")


def denied_rights(folded: str) -> set[str]:
    """The rights the sentence ``folded`` rules out as not asked for."""
    if _NOT_ONLY.search(folded):
        return set()  # "niet alleen inzage maar ook wissing": both are asked
    denied: set[str] = set()
    first = None
    for rx in (_DENIED_BEFORE, _DENIED_AFTER):
        for m in rx.finditer(folded):
            denied.update(r for r, v in m.groupdict().items() if v)
            first = m.start() if first is None else min(first, m.start())
    if first is not None:
        for m in _ALSO_DENIED.finditer(folded, first):
            denied.update(r for r, v in m.groupdict().items() if v)
    return denied


# A sentence that only refuses what the sentence before it says ("Alsjeblieft niet doen.", "Please don't.", "Bitte nicht!",
# "Surtout pas.", "Dat wil ik niet.", "Das will ich ausdrücklich NICHT."): what was reported there is not asked.
_PLEASE = r"(?:alsjeblieft|alstublieft|aub|a\.u\.b\.|please|pls|bitte|svp|s'il vous plait|s'il te plait)"
_REFUSING = (
    r"(?:niet (?:doen|aan beginnen)|doe (?:dat|het) (?:\w+ )?niet|dat (?:wil|willen) (?:ik|wij|we) (?:\w+ )?niet|"
    r"(?:don't|do not|dont)(?: do (?:it|that|this))?|not that|no way|"
    r"nicht|das (?:will|wollen|mochte) (?:ich|wir) (?:\w+ )?nicht|tun sie (?:das|es) (?:\w+ )?nicht|"
    r"surtout pas|ne (?:le|la|les) faites pas|ne faites pas (?:ca|cela)|je ne (?:le )?veux pas)"
    r"(?:\W+" + _PLEASE + r")?\W*$"
)
_REFUSAL = re.compile(r"^\W*(?:(?:maar|but|mais|aber|dus|so|also|alors)\W+)?(?:" + _PLEASE + r"\W+)?" + _REFUSING)
# the same refusal after a colon, in the sentence itself ("Und bevor Sie jetzt alles löschen: das will ich ausdrücklich NICHT.")
_REFUSAL_TAIL = re.compile(r"[:;]\s*(?:" + _PLEASE + r"\W+)?" + _REFUSING)


def refuses(folded: str) -> bool:
    """``folded`` is a sentence that does nothing but refuse (what the sentence before it reports)."""
    return bool(_REFUSAL.match(folded))


def refuses_itself(folded: str) -> bool:
    """``folded`` names something and refuses it after a colon ("bevor Sie alles löschen: das will ich nicht")."""
    return bool(_REFUSAL_TAIL.search(folded))
