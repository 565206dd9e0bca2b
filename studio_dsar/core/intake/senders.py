"""Special senders: someone writing for the data subject, a processor situation, a reminder.

* **Representative**: a parent for a child ("mijn dochter Noor Jansen (13 jaar)", "au nom de
  ma fille, Emma"), a lawyer ("namens mijn cliënte, mevrouw X", "on behalf of our client, Mr
  X", "au nom et pour compte de ma cliente", "im Auftrag unserer Mandantin, Frau X") or anyone
  else acting "namens / on behalf of / au nom de / im Namen von" someone. The request is then
  the data subject's: their name becomes the requester name, the sender is recorded as the
  representative (whose address is the one to answer).
* **Processor**: the photos were made for a client company or a school (employer-ordered
  headshots, a school or class shoot): the studio may only be the processor and the request
  may belong with the controller. Flagged for the owner, never decided.
* **Follow-up**: a reminder of an earlier request ("nog steeds geen antwoord", "second time
  asking", "relance", "Erinnerung", or the writer's own earlier request quoted below a short
  "any update?"). At import it is linked to the earlier request instead of logged as new.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from studio_dsar.core.intake.text import fold

_UP = "A-Z\u00c0-\u00de"
_NAME_WORD = rf"[{_UP}][\w'\u2019-]+"
_PARTICLE = r"(?:van|de|der|den|ten|ter|te|le|la|du|des|von|zu|vom|d'|van der|van den|van de|de la)"
NAME = rf"({_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD}){{0,3}})"
_TITLE = (r"(?:(?:mevrouw|mevr\.?|mw\.?|de heer|dhr\.?|heer|mr\.?|mrs\.?|ms\.?|miss|madame|monsieur|mme\.?|m\.|"
          r"mademoiselle|frau|herrn?)\s+)?")
_CHILD = (r"(?:zoon(?:tje)?|dochter(?:tje)?|kind|pleegzoon|pleegdochter|son|daughter|child|fils|fille|enfant|"
          r"sohn|tochter|kind(?:es)?)")
_PARENT_RE = re.compile(
    r"(?i:\b(?:mijn|onze|my|our|mon|ma|notre|mein(?:e[nrs]?)?|unser(?:e[nrs]?)?)\s+" + _CHILD + r"\s*,?\s+(?:\(\w+\)\s*)?)" + NAME,
)
_PARENT_CUE = re.compile(
    r"\b(?:mijn|onze|my|our|mon|ma|notre|mein(?:e[nrs]?)?|unser(?:e[nrs]?)?) " + _CHILD + r"\b|"
    r"\bals (?:ouder|moeder|vader|mama|papa)\b|\bas (?:a |her |his )?(?:parent|mother|father|mum|mom|dad)\b|"
    r"\ben tant que (?:parent|mere|pere|maman|papa)\b|\bals (?:mutter|vater|elternteil|erziehungsberechtigte)\b"
)
_CLIENT = r"(?:cli[e\u00eb]nte?|client|cliente|mandant(?:in)?|mandantin)"
_REQUIRED_TITLE = (r"(?:mevrouw|mevr\.?|de heer|dhr\.?|mr\.?|mrs\.?|ms\.?|madame|monsieur|mme\.?|frau|herrn?)\s+")
_ON_BEHALF = (r"(?:namens|uit naam van|on behalf of|acting for|au nom (?:et pour (?:le )?compte )?de|pour le compte de|"
              r"im (?:auftrag|namen)(?: und (?:in vollmacht|auftrag))? (?:von )?|in vertretung (?:von )?)")
_CLIENT_NAME_RE = re.compile(
    r"(?i:\b" + _ON_BEHALF + r"\s*(?:(?:mijn|onze|my|our|mon|ma|notre|meine[rs]?|unsere[rs]?)\s+)?(?:" + _CLIENT + r")?"
    r"\s*[,:]?\s*" + _TITLE + r")" + NAME + "|"
    r"(?i:\b" + _CLIENT + r"\s*[,:]\s*" + _TITLE + r")" + NAME + "|"
    r"(?i:\b(?:mijn|my|our|ma|mon|unsere[rs]?|meine[rs]?)\s+" + _CLIENT + r"\s*,\s*" + _TITLE + r")" + NAME + "|"
    r"(?i:\b(?:vertrete|vertreten|repr[e\u00e9]sente|represent|vertegenwoordig\w*)\s+(?:\w+\s+)?" + _REQUIRED_TITLE + r")" + NAME + "|"
    # "en qualité de conseil de monsieur X", "als advocaat van mevrouw X", "as counsel for Mr X"
    r"(?i:\b(?:conseil|avocate?|advocaa?t|counsel|solicitors?|lawyers?|attorneys?|rechtsanw[a\u00e4]lt\w*|anw[a\u00e4]lt\w*)\s+"
    r"(?:de|van|of|for|von|f[u\u00fc]r)\s+" + _REQUIRED_TITLE + r")" + NAME,
)
_ON_BEHALF_RE = re.compile(r"\b" + _ON_BEHALF + r"\b|"
                           r"\b(?:vertrete|vertreten|represente|represent|vertegenwoordig\w*) (?:\w+ )?(?:frau|herrn?|madame|monsieur|"
                           r"mrs|mr|ms|mevrouw|de heer)\b|\b(?:mijn|onze|my|our|ma|mon|unsere[rs]?|meine[rs]?) " + _CLIENT + r"\b")
_LAWYER_RE = re.compile(
    r"\b(?:advocaa?t\w*|advocaten|lawyers?|solicitors?|attorneys?|law firm|avocats?|ma[i\u00ee]tre|rechtsanwalt\w*|"
    r"rechtsanwaltin|kanzlei|ra|mr\.)\b|\b" + _CLIENT + r"\b"
)
_PROCESSOR_RE = re.compile(
    r"\b(?:werkgever|employer|employeur|arbeitgeber|school|ecole|schule|dansschool|college)\b[^.]{0,120}"
    r"\b(?:laten maken|liet maken|heeft laten|ordered|commissioned|booked|hired|engaged|organi[sz]ed|a fait|a commande|a organise|"
    r"a engage|a fait appel|beauftragt|gebucht|engagiert|"
    r"beauftragt|bestellt|organisiert|in auftrag)\b|"
    r"\b(?:schoolfoto\w*|klasfoto\w*|klassefoto\w*|school ?photos?|class photos?|photos? (?:de classe|scolaires?)|"
    r"schulfoto\w*|klassenfoto\w*|bedrijfsfoto\w*|teamfoto\w*|company headshots?|team headshots?|staff photos?|"
    r"photos? d'equipe|mitarbeiterfoto\w*|firmenfoto\w*)\b|"
    r"\b(?:voor|for|pour|fur|van|of|de|bei|im auftrag|namens|on behalf of|pour le compte de) (?:mijn|my|mon|meinen?|meines|mein) "
    r"(?:ex-|former |previous |old |ancien |vorige |voormalige |oude |fruheren |ehemaligen |alten )?"
    r"(?:werkgever|employer|employeur|arbeitgebers?|firma|bedrijf|company|entreprise|schule|school|ecole)\b|"
    r"\b(?:staff|employee|corporate|office|personeels|medewerkers?)[- ]?(?:photos?|headshots?|portraits?|foto\w*)\b|"
    r"\bphotos? de (?:l'equipe|nos employes|du personnel|mes collegues)\b|"
    r"\b(?:\w*foto'?s?|photos?|portraits?|headshots?|bilder|aufnahmen) (?:van|of|de|der|von) (?:alle |all |tous |toutes |allen )?"
    r"(?:de |the |les |den )?(?:medewerkers|personeel|collega'?s|werknemers|staff|employees|team|employes|collaborateurs|"
    r"personnel|mitarbeiter\w*|belegschaft|kollegen)\b|"
    r"\bvia (?:mijn|my) (?:werk|work|employer|werkgever)\b|\b(?:hired|engaged|asked) you to (?:take|shoot|photograph)\b|"
    # photos made for the writer's employer or a school/club, for its website or badges
    r"\b(?:werkgever|employer|employeur|arbeitgeber|firma|bedrijf|company|entreprise|societe|school|ecole|schule|"
    r"creche|kinderdagverblijf|kita|club|vereniging|verein)\b[^.]{0,100}"
    r"\b(?:fotos?|foto's|photos?|portraits?|portretten|headshots?|bilder|aufnahmen)\b[^.]{0,80}"
    r"\b(?:intranet|badges?|toegangspas\w*|jaarboek|yearbook|annuaire|trombinoscope|mitarbeiterausweis|ausweis|"
    r"(?:hun|their|leur|ihre[rn]?|onze|our|notre|unsere[rn]?|zijn|haar|its) (?:website|site|webseite|homepage))\b"
)
_FOLLOW_UP_RE = re.compile(
    r"\bherinnering\b|\breminder\b|\brappel\b|\brelance\w*|\bme permets de vous relancer\b|\berinner\w*|"
    r"\b(?:nog|nog steeds|nog altijd|tot op heden|tot nu toe) (?:geen|niets|niks)\b[^.]{0,30}\b(?:antwoord|reactie|gehoord|ontvangen|bericht)\b|"
    r"\b(?:still|yet to)\b[^.]{0,30}\b(?:no|not|haven't|have not|hasn't)\b[^.]{0,30}\b(?:reply|response|answer|heard|received)\b|"
    r"\bno (?:reply|response|answer) (?:yet|so far)\b|\b(?:second|third|2nd|3rd) time (?:asking|i'm asking|i ask)\b|"
    r"\bany (?:update|news)\b|\bnot (?:yet )?(?:heard|received) (?:back|anything|a reply|a response)\b|"
    r"\b(?:tweede|derde) keer\b|\btoujours pas (?:de |eu de )?(?:reponse|nouvelles|retour)\b|\baucune reponse\b|"
    r"\bsans (?:reponse|nouvelles)\b|\b(?:noch|immer noch|bisher|bis heute)\b[^.]{0,20}\bkeine?\b[^.]{0,20}\b(?:antwort|reaktion|ruckmeldung)\b|"
    r"\berneut\b|\bnochmals\b|\bopnieuw\b[^.]{0,40}\b(?:verzoek|vraag|vragen)\b|\bover (?:de|mijn) (?:termijn|maand)\b"
)


@dataclass
class SpecialSenders:
    representative: dict[str, Any] | None = None  # {"name", "email", "relation"}: who writes for the data subject
    subject_name: str | None = None  # the data subject's name, when a representative writes
    processor: bool = False
    follow_up: bool = False


def _clean(name: str | None) -> str | None:
    if not name:
        return None
    name = re.sub(r"\s+", " ", name).strip(" ,.;:")
    # "meines Sohnes Lukas Heinen", "unserer Mandantin Julia Hartmann": the relation word is no name
    name = re.sub(r"^(?:(?:Sohn(?:es)?|Tochter|Kind(?:es)?|Mandant(?:in|en)?|Client[e]?|Cli[e\u00eb]nte?|zoon|dochter|fils|fille|"
                  r"enfant|son|daughter|Mutter|Vater|moeder|vader|m[e\u00e8]re|p[e\u00e8]re|mother|father)\b\s*)+", "", name,
                  flags=re.IGNORECASE)
    words = name.split()
    # cut trailing words that are not part of a name ("Noor Jansen Heeft")
    return " ".join(words[:4]) or None


# "the photo of me and my little son": the writer is a data subject too, not (only) a representative
_ME_AND_MY_CHILD = re.compile(
    r"\b(?:van|of|de|von) (?:mij|me|moi|mir) (?:en|and|et|und) (?:mijn|my|mon|ma|meine[mnr]?) " + _CHILD + r"\b"
)
# "Sie haben im Auftrag meines Arbeitgebers Fotos gemacht": the studio acted for the employer
_FOR_AN_EMPLOYER = re.compile(
    r"\b" + _ON_BEHALF + r"\s*(?:(?:mijn|my|mon|ma|meines|meiner|des|der|de|la|le|the|onze|our|unseres)\s+)?"
    r"(?:ex-|former |previous |ancien |ancienne |vorige |voormalige |fruheren |ehemaligen )?"
    r"(?:werkgever|employer|employeur|arbeitgebers?|firma|bedrijf|company|entreprise|societe|school|ecole|schule|club|verein)"
)


def detect(text: str, sender_name: str | None, sender_email: str | None, *,
           quoted_own_request: bool = False) -> SpecialSenders:
    """Special senders in the requester's own words ``text`` (as written, not folded)."""
    folded = fold(text)
    out = SpecialSenders()
    relation = None
    subject = None
    if _PARENT_CUE.search(folded) and not _ME_AND_MY_CHILD.search(folded):
        relation = "parent"
        m = _PARENT_RE.search(text)
        subject = _clean(m.group(1)) if m else None
    elif _ON_BEHALF_RE.search(folded) and not (_FOR_AN_EMPLOYER.search(folded) and not _LAWYER_RE.search(folded)):
        relation = "lawyer" if _LAWYER_RE.search(folded) else "other"
        m = _CLIENT_NAME_RE.search(text)
        if m:
            subject = _clean(next(g for g in m.groups() if g))
    if relation:
        if subject and sender_name and fold(subject) == fold(sender_name):
            subject = None
        out.representative = {"name": sender_name, "email": sender_email, "relation": relation}
        out.subject_name = subject
    out.processor = bool(_PROCESSOR_RE.search(folded))
    out.follow_up = bool(_FOLLOW_UP_RE.search(folded)) or quoted_own_request
    return out
