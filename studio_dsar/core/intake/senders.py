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
from email.utils import getaddresses
from typing import Any

from studio_dsar.core.intake.rxutil import WordRule
from studio_dsar.core.intake.text import CLOSING_DE_FR, fold

_UP = "A-Z\u00c0-\u00de"
_NAME_WORD = rf"[{_UP}][\w'\u2019-]+"
_PARTICLE = r"(?:van|de|der|den|ten|ter|te|le|la|du|des|von|zu|vom|d'|van der|van den|van de|de la)"
NAME = rf"({_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD}){{0,3}})"
_TITLE = (r"(?:(?:mevrouw|mevr\.?|mw\.?|de heer|dhr\.?|heer|mr\.?|mrs\.?|ms\.?|miss|madame|monsieur|mme\.?|m\.|"
          r"mademoiselle|frau|herrn?)\s+)?")
_CHILD = (r"(?:zoon(?:tje)?|dochter(?:tje)?|kind|pleegzoon|pleegdochter|son|daughter|child|fils|fille|enfant|"
          r"sohn(?:e?s)?|tochter|kind(?:es)?)")
# "meine minderjährige Tochter", "notre jeune fils", "our youngest son"; "mon fils mineur", "ma fille de 12 ans", "unser Sohn
# (8 Jahre)"
_CHILD_BEFORE = (r"(?:(?:minderj[a\u00e4]hrige[nr]?|kleine[nr]?|j[u\u00fc]ngste[nr]?|[a\u00e4]lteste[nr]?|mineure?|petite?|jeune|"
                 r"cadet(?:te)?|a[i\u00ee]n[e\u00e9]e?|little|young|younger|youngest|eldest|older|minor|minderjarige|jongste|oudste|"
                 r"kleine)\s+)?")
_CHILD_AFTER = (r"(?:\s+(?:mineure?|minderj[a\u00e4]hrige[nr]?|minderjarige|"
                r"(?:de|von|van|aged|of) \d{1,2}(?: (?:ans|jahren|jaar|years?(?: old)?))?|\d{1,2} (?:ans|jahre(?: alt)?|jaar(?: oud)?)))?")
_PARENT_RE = re.compile(
    r"(?i:\b(?:mijn|onze|my|our|mon|ma|notre|mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?)\s+" + _CHILD_BEFORE + _CHILD + _CHILD_AFTER
    + r"\s*,?\s+(?:\(\w+\)\s*)?)" + NAME + "|"
    # "on my daughter's behalf (Ella Brown, 15)"
    r"(?i:\b(?:my|our)\s+" + _CHILD + r"'s\s+behalf\s*[(,]\s*)" + NAME + "|"
    # "I'm Ciarán Doyle's mum", "I am Noah Smith's father"
    r"(?i:\b(?:i am|i'm|im)\s+)" + NAME + r"(?=['\u2019]s\s+(?i:mum|mom|mother|dad|father|parent|guardian)\b)",
)
# "de vader van Emma Claes", "the father of Liam O'Neill", "la maman de Chloé Martin", "der Vater von Jonas Weber"
_PARENT_WORD = (r"(?:moeder|vader|mama|papa|mams|ouder|voogd|mother|father|mum|mom|dad|parent|guardian|m[e\u00e8]re|p[e\u00e8]re|"
                r"maman|tuteur|tutrice|mutter|vater|mama|papa|vormund\w*|erziehungsberechtigte\w*|"
                # "tuteur légal de", "représentante légale de", "gesetzlicher Vertreter von", "wettelijk vertegenwoordiger van"
                r"(?:tut(?:eur|rice)|repr[e\u00e9]sentante?) l[e\u00e9]gale?|gesetzliche[rn]? vertreter(?:in)?|"
                r"wettelijke? vertegenwoordiger)")
_PUPIL = (r"(?:leerling(?:e)?|scholier|pupil|student|[e\u00e9]l[e\u00e8]ve|sch[u\u00fc]ler(?:in)?s?|"
          r"collaborat(?:eur|rice)|salari[e\u00e9]e?|employ[e\u00e9]e?|employee|staff member|medewerk(?:er|ster)|werknemer|"
          r"mitarbeiter(?:in|s)?|angestellte[nr]?|kolleg(?:e|in|en)|collega|colleague)")
_PARENT_OF_RE = re.compile(
    r"(?i:\b(?:" + _PARENT_WORD + r"|ouders|parents|eltern)\s+(?:(?:van|of|de|du|des|von|der)\s+"
    r"(?:(?:mijn|my|our|onze|mon|ma|notre|nos|meine[mnrs]?|unsere[mnrs]?|unseres|unserer)\s+|l'|the\s+|het\s+|dem\s+|das\s+)?|"
    r"(?:meine[mnrs]?|unsere[mnrs]?|unseres|unserer)\s+)"
    r"(?:(?:" + _CHILD + r"|" + _PUPIL + r")\s*,?\s+)?)" + NAME,
)
# a school or an employer relays the request of a pupil or a (former) employee ("onze oud-medewerker Jan Peeters",
# "notre ancien collaborateur, Monsieur Yassine Haddad", "unseres Schülers Tim Heinrichs")
_FORMER = r"(?:(?:ancien(?:ne)?s?|former|ex-|voormalige?|oud-|ehemalige[nr]?|fr[u\u00fc]here[nr]?)\s*)?"
_PUPILS = (r"(?:leerlingen|scholieren|pupils|students|[e\u00e9]l[e\u00e8]ves|sch[u\u00fc]ler(?:innen|n)?|collaborat(?:eurs|rices)|"
           r"salari[e\u00e9]e?s|employ[e\u00e9]e?s|employees|staff members|medewerk(?:ers|sters)|werknemers|mitarbeiter(?:innen|n)?|"
           r"angestellten|kolleg(?:en|innen)|collega'?s|colleagues|people (?:shown|in the photos?|pictured))")
_RELAYED_FOR_RE = re.compile(
    r"(?i:\b(?:onze|ons|our|notre|nos|unser(?:e[mnrs]?)?)\s+" + _FORMER
    + _PUPIL + r"\s*,?\s+(?:\(\w+\)\s*)?" + _TITLE + r")" + NAME + "|"
    # "one of our former colleagues, Joanna Kowalczyk", "een van onze leerlingen, Noor Peeters", "l'un de nos anciens
    # collaborateurs, M. Haddad", "einer unserer Mitarbeiter, Herr Jonas Weber"
    r"(?i:\b(?:een van (?:onze|de)|one of (?:our|the)|l'une? de nos|une? de nos|eine[rn]? unserer)\s+" + _FORMER + _PUPILS
    + r"\s*,\s*" + _TITLE + r")" + NAME,
)
# an adult relative written for ("namens mijn moeder, Maria Peeters", "on behalf of my mother, Joan Baker",
# "au nom de ma mère, Jeanne Lemaire", "im Auftrag meiner Mutter, Gerda Schmitz")
_RELATIVE = (r"(?:moeder|vader|oma|opa|grootmoeder|grootvader|broer|zus|zuster|man|vrouw|echtgeno(?:ot|te)|partner|vriend(?:in)?|"
             r"mother|father|mum|mom|mam|dad|grandmother|grandfather|grandma|grandpa|gran|nan|brother|sister|husband|wife|partner|"
             r"mama|papa|"
             r"m[e\u00e8]re|p[e\u00e8]re|grand-m[e\u00e8]re|grand-p[e\u00e8]re|fr[e\u00e8]re|s(?:oe|\u0153)ur|mari|femme|[e\u00e9]pou(?:x|se)|conjoint\w*|compagn\w*|"
             r"mutter|vaters?|gro(?:ss|\u00df)mutter|gro(?:ss|\u00df)vaters?|oma|opa|bruders?|schwester|ehemann(?:e?s)?|ehefrau|mann(?:e?s)?|frau|"
             r"partner\w*|lebensgef\w*)")
_RELATIVE_RE = re.compile(
    r"(?i:\b(?:mijn|onze|my|our|mon|ma|notre|mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?)\s+" + _RELATIVE + r"\s*,?\s+(?:\(\w+\)\s*)?" + _TITLE + r")" + NAME,
)
_PARENT_CUE = WordRule(
    r"\b(?:mijn|onze|my|our|mon|ma|notre|mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?) " + _CHILD_BEFORE + _CHILD + r"\b|"
    r"\bals (?:ouder|moeder|vader|mama|papa)\b|\bas (?:a |her |his )?(?:parent|mother|father|mum|mom|dad)\b|"
    r"\ben tant que (?:parent|mere|pere|maman|papa)\b|\bals (?:mutter|vater|elternteil|erziehungsberechtigte)\b|"
    r"\b(?:i am|i'm|im) (?:\w+ ){1,3}?\w+'s (?:mum|mom|mother|dad|father|parent|guardian)\b"
)
_CLIENT = r"(?:cli[e\u00eb]nte?|client|cliente|mandant(?:in)?|mandantin)"
_REQUIRED_TITLE = (r"(?:mevrouw|mevr\.?|mw\.?|de heer|dhr\.?|mr\.?|mrs\.?|ms\.?|madame|monsieur|mme\.?|frau|herrn?)\s+")
_ON_BEHALF = (r"(?:namens|uit naam van|in naam van|voor rekening van|on behalf of|acting for|de la part de|"
              r"au nom (?:et pour (?:le )?compte )?de|pour le compte de|"
              r"im (?:auftrag|namen)(?: und (?:in vollmacht|auftrag))? (?:von )?|in vertretung (?:von )?)")
_COUNSEL = (r"(?:conseil|avocate?|advocaa?t|raads(?:man|vrouw)|counsel|solicitors?|lawyers?|attorneys?|rechtsanw[a\u00e4]lt\w*|"
            r"anw[a\u00e4]lt\w*|beistand|bevollm[a\u00e4]chtigte\w*|"
            # an adult's legal carer or agent ("Betreuerin von Herrn ...", "mandataire de Monsieur ...", "administrateur de biens de")
            r"betreuer(?:in)?|mandataire|curat(?:eur|rice)|administrat(?:eur|rice)(?: de biens| provisoire)?|bewindvoerder|"
            r"gevolmachtigde)")
_CLIENT_NAME_RE = re.compile(
    r"(?i:\b" + _ON_BEHALF + r"\s*(?:(?:mijn|onze|my|our|mon|ma|notre|meine[mrs]?|unsere[mrs]?)\s+)?(?:" + _CLIENT + r")?"
    r"\s*[,:]?\s*" + _TITLE + r")" + NAME + "|"
    r"(?i:\b" + _CLIENT + r"\s*[,:]\s*" + _TITLE + r")" + NAME + "|"
    r"(?i:\b(?:mijn|onze|my|our|ma|mon|notre|unser(?:e[mnrs]?)?|mein(?:e[mnrs]?)?)\s+" + _CLIENT + r"\s*,\s*" + _TITLE + r")" + NAME + "|"
    # "Frau Sabine Krause hat uns mit der Wahrnehmung ihrer Interessen beauftragt", "dass uns Frau X ... beauftragt hat",
    # "Madame Sophie Laurent nous a mandatés", "mevrouw X heeft ons opdracht gegeven"
    r"(?i:\b(?:(?:uns|nous|ons)\s+)?" + _REQUIRED_TITLE + r")" + NAME + r"(?=[^.]{0,120}?(?i:\b(?:hat uns|haben uns|nous a|nous ont|heeft ons|hebben ons)\b[^.]{0,80}?"
    r"(?:beauftragt|mandatiert|bevollm|mandat|charg|confi|gevraagd|opdracht|ingeschakeld)|\bhas (?:instructed|retained) us\b|"
    r"\b(?:beauftragt|mandatiert|bevollm\w*) (?:hat|haben)\b))|"
    r"(?i:\b(?:vertrete|vertreten|repr[e\u00e9]sente|represent|vertegenwoordig\w*)\s+(?:\w+\s+)?" + _REQUIRED_TITLE + r")" + NAME + "|"
    # "en qualité de conseil de monsieur X", "als advocaat van mevrouw X", "as counsel for Mr X"
    r"(?i:\b" + _COUNSEL + r"\s+"
    r"(?:de|van|of|for|von|f[u\u00fc]r)\s+" + _REQUIRED_TITLE + r")" + NAME + "|"
    # "ik sta mevrouw Hilde Tuinstra bij", "ik sta de heer Rutger Brands, wonende te Nieuwegein, bij"
    r"(?i:\b(?:sta|staan|staat|stond|stonden)\s+" + _REQUIRED_TITLE + r")" + NAME + r"(?=[^.]{0,80}?\b(?i:bij)\b)|"
    # "wir vertreten die Interessen von Frau Derya Aksoy", "ik behartig de belangen van mevrouw X", "nous défendons les
    # intérêts de Madame X"; "Mandantin Frau Derya Aksoy" (a subject line)
    r"(?i:\b(?:(?:vertreten|vertrete|behartig\w*|defend\w*|d[e\u00e9]fend\w*|repr[e\u00e9]sent\w*|represent\w*|wahren|wahre)\s+)?"
    r"(?:die |de |les |the )?(?:rechtlichen |juristischen |legal )?"
    r"(?:interessen|belangen|int[e\u00e9]r[e\u00ea]ts|interests)\s+(?:von |der |des |van |de |of )?" + _REQUIRED_TITLE + r")" + NAME + "|"
    r"(?i:\b" + _CLIENT + r"\s+" + _REQUIRED_TITLE + r")" + NAME + "|"
    # "dass wir Frau Sophie Eder, Wien, rechtsfreundlich vertreten"
    r"(?i:\b(?:wir|ich)\s+" + _REQUIRED_TITLE + r")" + NAME + r"(?=[^.]{0,60}?\b(?i:vertreten|vertrete)\b)",
)
# what a writer's own file with the studio is called after "client" ("my client record", "our client account")
_OWN_FILE = (r"records?|files?|accounts?|profiles?|data|details|numbers?|portal|histor(?:y|ies)|area|pages?|cards?|"
             r"dossiers?|nummers?|gegevens|kaart|konto|daten|nummer|fiche|compte|donnees")
_ON_BEHALF_RE = WordRule(r"\b" + _ON_BEHALF + r"\b|"
                           r"\bon (?:my|our|his|her) \w+'s behalf\b|"
                           r"\b" + _COUNSEL + r" (?:de|van|of|for|von|fur) (?:mevrouw|mevr\.?|de heer|dhr\.?|madame|monsieur|mme|"
                           r"mr\.?|mrs\.?|ms\.?|frau|herrn?)\b|"
                           r"\b(?:vertrete|vertreten|represente|represent|vertegenwoordig\w*) (?:\w+ )?(?:frau|herrn?|madame|monsieur|"
                           r"mrs|mr|ms|mevrouw|de heer)\b|\b(?:mijn|onze|my|our|ma|mon|notre|nos|unser(?:e[mnrs]?)?|mein(?:e[mnrs]?)?) " + _CLIENT
                           # "erase my client record": the writer's own file with the studio, not someone they act for
                           + r"\b(?![ -](?:" + _OWN_FILE + r")\b)|"
                           # someone instructed the writer ("hat uns mit der Wahrnehmung ihrer Interessen beauftragt", "nous a
                           # mandatés", "heeft ons opdracht gegeven")
                           r"\b(?:hat|haben) uns (?:\w+ ){0,8}(?:beauftragt|mandatiert|bevollmachtigt)\b|"
                           r"\buns (?:frau|herrn?) (?:\w+ ){0,10}(?:beauftragt|mandatiert|bevollmachtigt) (?:hat|haben)\b|"
                           r"\bnous (?:a|ont) (?:\w+ )?(?:mandate|charge|confie)\w*\b|\b(?:heeft|hebben) ons (?:\w+ ){0,4}(?:opdracht|ingeschakeld|gemachtigd)\b|"
                           r"\b(?:has|have) (?:instructed|retained) us\b|"
                           r"\b(?:sta|staan|staat) (?:mevrouw|mevr\.?|mw\.?|de heer|dhr\.?) [^.]{0,80}\bbij\b|"
                           r"\b(?:wir|ich) (?:frau|herrn?) [^.]{0,60}\bvertrete\w*\b|"
                           r"\b(?:interessen|belangen|interets|interests) (?:von |van |de |of |des |der )?(?:frau|herrn?|madame|"
                           r"monsieur|mme|mevrouw|de heer|mr|mrs|ms)\b|"
                           # "ik schrijf voor mijn vriendin, Elke Maes", "I'm writing for my wife", "je vous écris pour ma mère"
                           r"\b(?:schrijf|schrijven|mail|write|writing|ecris|schreibe|schreiben)\w* (?:u |jullie |je |you |vous |ihnen |euch )?"
                           r"(?:voor|for|pour|fur) (?:mijn|onze|my|our|mon|ma|notre|meine\w*|unsere\w*) " + _RELATIVE + r"\b")
# "my husband, Dirk Jacobs, asked me to write to you", "ma mère m'a demandé de vous écrire"
_ASKED_ME_RE = re.compile(
    r"\b(?:asked|told) me to (?:write|contact|handle|email|deal|sort|arrange|send|forward|pass)|\b(?:heeft|hebben) (?:mij|me) gevraagd\b|"
    r"\b(?:vroeg|vraagt) (?:\w+ )?(?:of ik|mij|me)\b[^.]{0,40}\b(?:regelen|schrijven|mailen|doen|vragen)\b|"
    r"\b(?:asked|asks) (?:\w+ )?(?:if|whether) i (?:could|would|can)\b|\bm'a demande (?:de|si)\b|"
    r"\b(?:bat|bittet|hat) mich\b[^.]{0,20}\b(?:gebeten|zu (?:schreiben|regeln|fragen))\b|"
    r"\bm'(?:a|ont) (?:demande|charge\w*) de\b|\b(?:hat|haben) mich (?:gebeten|beauftragt)\b"
)
_LAWYER_RE = re.compile(
    r"\b(?:advocaa?t\w*|advocaten|raadsman|raadsvrouw|lawyers?|solicitors?|attorneys?|law firm|avocats?|ma[i\u00ee]tre|rechtsanwalt\w*|"
    r"rechtsanwaltin|kanzlei|ra|mr\.)\b|\b" + _CLIENT + r"\b"
)
_PROCESSOR_RE = WordRule(
    r"\b(?:werkgever|employer|employeur|arbeitgeber|school|ecole|schule|dansschool|college)\b[^.]{0,120}"
    r"\b(?:laten maken|liet maken|heeft laten|ordered|commissioned|booked|hired|engaged|organi[sz]ed|a fait|a commande|a organise|"
    r"(?:vous )?(?:avait|a|avaient|ont) (?:\w+ )?commande|"
    r"a engage|a fait appel|beauftragt|gebucht|engagiert|"
    r"beauftragt|bestellt|organisiert|in auftrag)\b|"
    r"\b(?:schoolfoto\w*|klasfoto\w*|klassefoto\w*|school ?photos?|class photos?|photos? (?:de classe|scolaires?)|"
    r"schulfoto\w*|klassenfoto\w*|bedrijfsfoto\w*|teamfoto\w*|company headshots?|team headshots?|staff photos?|"
    r"photos? d'equipe|mitarbeiterfoto\w*|firmenfoto\w*)\b|"
    r"\b(?:voor|for|pour|fur|van|of|de|bei|im auftrag|namens|on behalf of|pour le compte de) (?:mijn|my|mon|meinen?|meines|mein) "
    r"(?:ex-|former |previous |old |ancien |vorige |voormalige |oude |fruheren |ehemaligen |alten )?"
    r"(?:werkgever|employer|employeur|arbeitgebers?|firma|bedrijf|company|entreprise|schule|school|ecole)\b|"
    r"(?<!booked )(?<!ordered )\b(?:staff|employee|corporate|office|personeels|medewerkers?)[- ]?(?:photos?|headshots?|portraits?|foto\w*)\b"
    r"(?! for (?:myself|me)\b)|"
    r"\bphotos? de (?:l'equipe|nos employes|du personnel|mes collegues)\b|"
    r"\b(?:\w*foto'?s?|photos?|portraits?|headshots?|bilder|aufnahmen) (?:van|of|de|der|von) (?:alle |all |tous |toutes |allen )?"
    r"(?:de |the |les |den |onze |ons |our |notre |nos |unsere[rn]? |unseres )?(?:medewerkers|personeel|collega'?s|werknemers|staff|employees|team|employes|collaborateurs|"
    r"personnel|mitarbeiter\w*|belegschaft|kollegen)\b|"
    # photos commissioned by an organisation ("in opdracht van de vzw", "pour le compte de l'asbl", "im Auftrag des Vereins")
    r"\b(?:in opdracht van|pour le compte d[e']|im auftrag (?:der|des|von)|on behalf of|commissioned by) (?:de |het |een |l'|la |le |the |a )?"
    r"(?:\w+ )?(?:vzw|asbl|school|ecole|schule|bedrijf|firma|societe|entreprise|company|vereniging|verein\w*|association|club|"
    r"gemeente|commune|gemeinde|organisatie|organisation)\b|"
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
    r"\b(?:tweede|derde|vierde|vijfde) keer\b|\b(?:fourth|fifth|4th|5th) time\b|\btoujours pas (?:de |eu de )?(?:reponse|nouvelles|retour)\b|\baucune reponse\b|"
    r"\bsans (?:reponse|nouvelles)\b|\b(?:noch|immer noch|bisher|bis heute)\b[^.]{0,20}\bkeine?\b[^.]{0,20}\b(?:antwort|reaktion|ruckmeldung)\b|"
    r"\berneut\b|\bnochmals\b|\bopnieuw\b[^.]{0,40}\b(?:verzoek|vraag|vragen)\b|\bover (?:de|mijn) (?:termijn|maand)\b|"
    # no answer in other words ("I have had no reply to my request", "toujours rien reçu", "bis heute nichts gehört",
    # "immer noch unbeantwortet", "ich warte noch immer auf eine Antwort", "following up on my email")
    r"\b(?:had|received|got|gotten|heard) (?:no|nothing|not (?:had|received|heard) (?:a|any)) (?:\w+ )?(?:reply|response|answer|back)\b|"
    r"\bhave (?:had|received|got) no (?:reply|response|answer)\b|\bfollowing up on (?:my|our)\b|\bfollow(?:ing)?[- ]up (?:to|on) my\b|"
    r"\b(?:niets|niks|geen (?:antwoord|reactie|bericht)) (?:\w+ ){0,3}(?:ontvangen|gehoord|gekregen)\b[^.]{0,40}|"
    r"\b(?:weken|maand|maanden) (?:\w+ ){0,3}(?:geleden|verstreken)\b[^.]{0,60}\b(?:vroeg|gevraagd|verzoek|gemaild)\b|"
    r"\btoujours (?:rien|pas) (?:\w+ )?(?:recu|eu|de nouvelles|de reponse)\b|\bsuite a (?:ma|mon) (?:demande|courriel|mail|message)\b[^.]{0,40}\b(?:rien|pas de|aucune?)\b|"
    r"\b(?:bis heute|bisher|noch immer|immer noch) (?:\w+ ){0,3}(?:nichts|keine antwort|keine ruckmeldung|unbeantwortet)\b|"
    r"\b(?:unbeantwortet|ohne antwort)\b|\bwarte (?:\w+ ){0,3}(?:auf (?:eine|ihre) (?:antwort|ruckmeldung|reaktion))\b|"
    # asked already, and it goes on ("ik had op 18 maart al gevraagd ...", "I already asked you on 3 May", "je vous avais déjà
    # demandé", "ich hatte Sie bereits am 3. Mai gebeten"), the same thing again ("vanochtend weer een", "encore une fois")
    r"\b(?:ik|wij|we) (?:had|heb|hebben|hadden) (?:\w+ ){0,4}(?:al|reeds) (?:eens |een keer )?(?:gevraagd|verzocht|gemaild|laten weten)\b|"
    r"\b(?:i|we) (?:had |have )?already (?:asked|requested|told|written|emailed|e-mailed)\b|"
    r"\b(?:je|j'|nous) (?:vous )?(?:avais|ai|avions|avons) (?:\w+ )?deja (?:\w+ )?(?:demande|ecrit|signale)\b|"
    r"\b(?:ich|wir) (?:hatte|habe|hatten|haben) (?:\w+ ){0,4}(?:bereits|schon) (?:\w+ ){0,3}(?:gebeten|gefragt|verlangt|geschrieben|mitgeteilt)\b"
)


_RECEIVED_A_REMINDER = re.compile(
    r"\b(?:kreeg|kregen|ontving|ontvingen|gekregen|ontvangen|received|got|get|receive|recu|reçu|erhielt|erhalten|bekommen|bekam)\b"
    r"(?: \w+){0,3} (?:een|a|an|une|un|eine|einen|die|de|the|la|le)? ?$"
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
    # a German article is no particle of a name ("bei unserem Sohn Jonas Kessel der Name ...": "van der", "von der" are)
    cut = next((i for i, w in enumerate(words) if i > 0 and w in ("der", "den", "des", "dem")
                and words[i - 1].lower() not in ("van", "von", "vander")), None)
    words = words[:cut]
    if (cut := next((i for i, w in enumerate(words) if i > 0 and w in ("vom", "zum", "zur", "beim")), None)) is not None:
        words = words[:cut]  # "Ben Krüger vom Kindergarten"
    # cut trailing words that are not part of a name ("Noor Jansen Heeft")
    return " ".join(words[:4]) or None


_FULLER_IN_BRACKETS = re.compile(r"\s*\(\s*" + NAME)
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


# the writer asks for themselves and for someone else too ("Fien Goossens (ook namens Jens)", "also on behalf of my
# husband", "aussi au nom de mon mari", "auch im Namen meines Mannes"): the writer is a data subject, no representative
_ALSO_FOR = re.compile(
    r"\b(?:ook|also|as well as|aussi|egalement|auch)\s+(?:\w+\s+){0,2}?(?:namens|in naam van|on behalf of|for|au nom de|pour|"
    r"im namen (?:von )?)\b"
)


def _fullest_name(text: str, name: str | None, rxs: tuple[re.Pattern[str], ...]) -> str | None:
    """The data subject's name in its fullest writing in the mail: a subject line may give the first name
    ("foto's van onze zoon Lucas") or the family name ("Votre cliente Madame Dubois") where the text gives the
    whole ("Onze zoon Lucas Wouters (9 jaar)", "ma cliente, Madame Claire Dubois")."""
    if not name:
        return name
    best = name
    for rx in rxs:
        for m in rx.finditer(text):
            cand = _clean(next((g for g in m.groups() if g), None))
            if cand and len(cand) > len(best) and (fold(cand).startswith(fold(best) + " ") or fold(cand).endswith(" " + fold(best))):
                best = cand
    return best


# The same readings for a writer who types names without capitals ("my son oliver jones (14)", "our client
# mrs. emma bakker", "namens mijn moeder, maria peeters"): any word may begin the name, and a name found so must
# prove itself (see _lower_case_name).
_ANY_WORD = r"[^\W\d_][\w'\u2019-]+"
_ANY_NAME = rf"({_ANY_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_ANY_WORD}){{0,3}})"
_LOWER_TWINS = {rx: re.compile(rx.pattern.replace(NAME, _ANY_NAME)) for rx in
                (_PARENT_RE, _PARENT_OF_RE, _RELATIVE_RE, _RELAYED_FOR_RE, _CLIENT_NAME_RE)}
# words that end a name written without capitals: function words, a few verbs, ages, relation words
_NOT_A_NAME = frozenset((
    "the a an and or of to for from in on at by with who whose which that is was are has had have wants wanted would "
    "will can could asked asks is's aged age years year old y yo she he her his him they them their me my our us i "
    "de het een en of van voor met die dat wie is was heeft had wil wilde zou kan jaar oud ze zij hij haar hem hun mijn "
    "onze ons ik op in aan bij om "
    "le la les un une et ou du des pour avec qui que est a ans elle il sa son ses leur mon ma mes notre nous je "
    "der die das ein eine und oder von fur mit wer ist hat will mochte jahre alt sie er ihr sein seine ihre mein "
    "meine unser unsere ich im am zu "
    "please pls plz thanks thank hi hello dear kind regards best cheers thx groeten bedankt merci danke bitte svp aub "
    "graag also ook aussi auch just only still now here there photo photos picture pictures foto fotos"
).split())
_NAME_END = re.compile(r"\s*(?:[,.;:!?()\n]|-\s|$)")


# a relative's wish passed on ("my mum Joan wants a copy of ...", "mijn man Tom wil dat ...", "ma mère Jeanne souhaite ...")
_RELATIVE_WISHES = re.compile(
    r"\b(?:my|our|mijn|onze|mon|ma|notre|meine?|unsere?) " + _RELATIVE + r",? (?:(?!(?:and|en|et|und|or|of|ou|oder|i|ik|je|ich|"
    r"we|wij|nous|wir|also|ook|aussi|auch)\b)[\w'-]+ ){1,3}?,?(?:wants|would like|wishes|asks|"
    r"wil|wilt|wenst|vraagt|zou graag|souhaite|voudrait|veut|demande|mochte|will|wunscht|bittet)\b"
)


def _writes_lowercase(text: str) -> bool:
    """The writer does not capitalise: most sentences begin with a small letter."""
    starts = re.findall(r"(?:^|[.!?]\s+|\n\s*)([^\W\d_])", text)
    return len(starts) >= 2 and sum(c.islower() for c in starts) * 2 >= len(starts)


def _lower_case_name(text: str, rx: re.Pattern[str], sender_name: str | None) -> str | None:
    """The data subject's name as a writer without capitals types it, read by the lower-case twin of ``rx``;
    None unless it proves itself: a title stands before it ("mrs. emma bakker"), it stands alone between
    commas or brackets ("my daughter, lisa, ..."), or it shares a word with the sender's name (a child's
    family name)."""
    twin = _LOWER_TWINS[rx]
    family = {fold(w) for w in (sender_name or "").split()[1:] if len(w) > 2}
    for m in twin.finditer(text):
        start, group = next(((m.start(i), g) for i, g in enumerate(m.groups(), 1) if g), (-1, None))
        if group is None or any(c.isupper() for c in group):
            continue
        kept: list[str] = []
        for w in group.split():
            if fold(w) in _NOT_A_NAME and not (kept and fold(w) in ("de", "van", "der", "den", "von", "le", "la", "du")):
                break
            kept.append(w)
        while kept and fold(kept[-1]) in _NOT_A_NAME:
            kept.pop()
        if not kept:
            continue
        name = " ".join(kept)
        before = fold(text[max(0, start - 12):start])
        after = text[start + len(name):]
        titled = bool(re.search(r"\b(?:mrs?|ms|miss|mevr|mevrouw|mw|dhr|heer|madame|monsieur|mme|frau|herrn?)\.?\s*$", before))
        alone = bool(re.search(r"[,(:]\s*$", before)) and bool(_NAME_END.match(after))
        kin = bool(family & {fold(w) for w in kept[1:]})
        aged = bool(re.match(r"\s*(?:\(\s*\d|,?\s*(?:\d{1,2}\b|aged\b|age\b|is \d|(?:is|was) (?:now )?\d|wordt \d|is \d))", after))
        if titled or alone or kin or aged:
            return name
    return None


# The writer speaks of their own data in a sentence that asks ("keep the photos of me", "the personal data I
# provided", "welke gegevens jullie van mij bewaren") ...
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself|ik|mij|mijn|je|j|moi|mon|ma|mes|ich|mich|mir|mein\w*)\b")
# ... and names no child nor anyone else in it ("photos of our son", "her pictures", "ses photos", "ihre Bilder")
_SOMEONE_ELSE = re.compile(
    r"\b(?:" + _CHILD + r"|kinderen|children|kids?|enfants|kinder|baby|bebe|newborn|"
    r"he|him|his|she|her|hij|hem|zijn|zij|ze|haar|hun|il|elle|lui|leur|son|sa|ses|er|ihn|ihm|sie|ihr\w*|sein\w*|"
    r"we|us|our|wij|ons|onze|nous|notre|nos|wir|uns|unser\w*)\b"
)


def _asks_for_self(asking: list[str]) -> bool:
    """Whether the sentences that ask (``asking``, as written) speak of the writer alone: then a child
    mentioned elsewhere in the mail ("we booked a newborn shoot of our daughter") does not make the writer a
    parent writing for that child."""
    folded = [fold(s) for s in asking]
    return any(_FIRST_PERSON.search(f) for f in folded) and not any(_SOMEONE_ELSE.search(f) for f in folded)


def detect(text: str, sender_name: str | None, sender_email: str | None, *,
           quoted_own_request: bool = False, asking: list[str] | None = None) -> SpecialSenders:
    """Special senders in the requester's own words ``text`` (as written, not folded); ``asking``: the
    sentences that ask (the evidence of the rights read)."""
    folded = fold(text)
    out = SpecialSenders()
    relation = None
    subject = None
    if (_PARENT_CUE.search(folded) or _PARENT_OF_RE.search(text)) and not _ME_AND_MY_CHILD.search(folded):
        relation = "parent"
        m = _PARENT_RE.search(text) or _PARENT_OF_RE.search(text)
        subject = _fullest_name(text, _clean(next((g for g in m.groups() if g), None)) if m else None,
                                (_PARENT_RE, _PARENT_OF_RE))
    elif (_ON_BEHALF_RE.search(folded) or ((_ASKED_ME_RE.search(folded) or _RELATIVE_WISHES.search(folded))
                                           and _RELATIVE_RE.search(text))) \
            and not (_FOR_AN_EMPLOYER.search(folded) and not _LAWYER_RE.search(folded)):
        relation = "lawyer" if _LAWYER_RE.search(folded) else "other"
        m = _RELATIVE_RE.search(text) or _PARENT_OF_RE.search(text) or _RELAYED_FOR_RE.search(text) or _CLIENT_NAME_RE.search(text)
        if m:
            subject = _fullest_name(text, _clean(next(g for g in m.groups() if g)),
                                    (_RELATIVE_RE, _PARENT_OF_RE, _RELAYED_FOR_RE, _CLIENT_NAME_RE))
            if subject and (full := _FULLER_IN_BRACKETS.match(text, m.end())) and fold(full.group(1)).startswith(fold(subject)):
                subject = _clean(full.group(1))  # "mijn man Thomas (Thomas Koster, hij staat als klant bij jullie)"
    if not relation and (m := _RELAYED_FOR_RE.search(text)):
        relation = "other"
        subject = _clean(next((g for g in m.groups() if g), None))
    if not subject and _writes_lowercase(text):
        # "my son oliver jones (14)", "our client mrs. emma bakker": names typed without capitals
        rxs = (_PARENT_RE, _PARENT_OF_RE) if relation == "parent" else \
            (_RELATIVE_RE, _PARENT_OF_RE, _RELAYED_FOR_RE, _CLIENT_NAME_RE) if relation else (_RELAYED_FOR_RE,)
        subject = next((n for rx in rxs if (n := _lower_case_name(text, rx, sender_name))), None)
        if subject and not relation:
            relation = "other"
    if relation and relation != "parent" and _ALSO_FOR.search(folded):
        relation = subject = None
    if relation and subject and sender_name and fold(subject) == fold(sender_name):
        subject = None
    if relation == "parent" and not subject and _asks_for_self(asking or []):
        # "we booked a newborn shoot of our daughter ... keep the photos of me": no child is named and the
        # sentences that ask are about the writer, who asks for themselves
        relation = None
    if relation:
        if relation == "parent" and subject and " " not in subject.strip() and sender_name \
                and len(parent := sender_name.split()) >= 2 and "@" not in sender_name and not sender_name.isupper():
            # "mijn zoon Daan", signed "Marloes Schipper": the child is named by the first name only; the
            # family name is the parent's, as far as the mail tells
            subject = f"{subject.strip()} {' '.join(parent[1:])}"
        out.representative = {"name": sender_name, "email": sender_email, "relation": relation}
        out.subject_name = subject
    out.processor = bool(_PROCESSOR_RE.search(folded))
    # "ik kreeg vandaag een herinnering dat ik factuur 2026-188 nog niet betaald heb": a reminder the writer received
    out.follow_up = any(not _RECEIVED_A_REMINDER.search(folded, max(0, m.start() - 40), m.start())
                        for m in _FOLLOW_UP_RE.finditer(folded)) or quoted_own_request
    return out


# --------------------------------------------------------------------------------------
# The data subject named with an address of their own, by someone who passes the request on
# --------------------------------------------------------------------------------------

_LEADING_TITLE = re.compile(r"^(?:(?:Frau|Herrn?|Mevrouw|Mevr|Meneer|Dhr|Mw|Madame|Monsieur|Mme|Mlle|Mrs|Mr|Ms|Miss|Dr|Mag|Prof)\.?\s+)+")
# an article, a possessive or a role written before the name ("Die Schülerin Mia Lang", "Onze collega Jan Peeters")
_LEADING_ROLE = re.compile(
    r"^(?:(?i:die|der|das|den|dem|de|het|la|le|les|the|our|onze|ons|unser\w*|notre|nos|mein\w*|mijn|my|mon|ma|mes|" + _CHILD + "|" + _PUPIL + "|"
    + _PARENT_WORD + "|" + _RELATIVE + "|" + _CLIENT + r"|kundin|kunde|klant|cliente?|customer|model|modell|mannequin)\s+)+(?=\S+\s+\S)"
)
_ADDRESS_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NAME_RE = re.compile(NAME)
# what stands between a person's name and their own address ("Esra Yilmaz (esra.yilmaz@...)", "Rachida El Amrani, bij u
# bekend onder r.elamrani@...", "Frau Martine Kohnen ... sie ist erreichbar unter martine.kohnen@...")
_ADDRESS_CUE = re.compile(
    r"(?:\(\s*<?|\b(?:bekend onder|bekend als|known to you as|known as|connue? (?:de vous )?sous|bekannt (?:als|unter)|"
    r"erreichbar (?:unter|per)|bereikbaar (?:op|via)|reachable (?:at|on|via)|joignable (?:a|sur|via)|e-?mail(?:adres)?\s*:|"
    # "(E-Mail-Adresse: ...)", "ihre Mailadresse ist ...", "dont l'adresse mail est ...", "(adresse électronique : ...)",
    # "ist unter ... erreichbar"
    r"(?:e-?mail-?adresse|mail-?adresse|adresse (?:e-?mail|electronique|mail|courriel)|courriel)\s*(?::|ist|lautet|est)?|"
    r"(?:ist|sind) (?:per e-?mail )?unter)\s*<?)$",
    re.IGNORECASE,
)


def _letters(text: str) -> str:
    """The letters of a name or of an address's local part, folded ("El-Amrani" -> "elamrani")."""
    return re.sub(r"[^a-z]", "", fold(text))


def _address_spells(address: str, words: list[str]) -> bool:
    """Every word of a name of two to four words, particles too, is in the address's local part,
    in order ("kevin de smet" in "kevin.desmet"), or the first as its initial ("joost bakker" in "jbakker1971")."""
    local = _letters(address.split("@", 1)[0])
    folded = [_letters(w) for w in words]
    if not all(folded) or sum(len(w) >= 3 for w in folded) < 2:
        return False
    # "zürcher" is "zuercher" in an address
    for spelled in (local, local.replace("ae", "a").replace("oe", "o").replace("ue", "u")):
        # the first name as its initial, the rest in full ("joost bakker" in "jbakker1971", "kevin de smet" in "kdesmet")
        if len(folded[-1]) >= 4 and spelled.startswith(folded[0][0] + "".join(folded[1:])):
            return True
        pos = 0
        for w in folded:
            i = spelled.find(w, pos)
            if i < 0:
                break
            pos = i + len(w)
        else:
            return True
    return False


def _address_fits_name(address: str, name: str) -> bool:
    """The address is the named person's own: its local part holds their surname or first name
    ("r.elamrani" for Rachida El Amrani, "marieke.dewulf" for Marieke Dewulf)."""
    local = _letters(address.split("@", 1)[0])
    words = [w for w in map(_letters, name.split()) if w]
    if not words or not local:
        return False
    surname = "".join(words[1:]) if len(words) > 1 else words[0]
    candidates = {surname, words[-1], words[0]} | ({"".join(words[-2:])} if len(words) > 2 else set())
    return any(len(c) >= 3 and c in local for c in candidates)


# another provider the files go to, named beside a person's address
_PROVIDER_NAMED = re.compile(
    r"\b(?:photographers?|videographers?|fotogra(?:af|fe|fen)|photographes?|fotograf\w*|videogra\w*|videaste\w*|"
    r"(?:new|other|another|nieuwe|andere|nouvelle?|autre|neue\w*|andere\w*) (?:studio|agency|bureau|agence|agentur))\b"
)
# the files are to be sent to the person named ("kunnen jullie mijn bestanden naar haar sturen? Ze heet Sanne Mol (...)")
_SENT_TO_THEM = re.compile(
    r"\b(?:send|forward|transfer|sturen|stuur|doorsturen|overzetten|envoy\w*|transmet\w*|schick\w*|senden)\b[^.]{0,40}"
    r"\b(?:to|naar|a|an) (?:her|him|them|haar|hem|hen|elle|lui|eux|sie|ihn|ihr)\b"
)


def named_data_subject(text: str, sender_email: str | None) -> tuple[str, str] | None:
    """(name, address) of a person the writer names with an address of their own, when the writer
    passes on that person's request (a lawyer, a school, an employer, a colleague): the request is
    that person's and so is the address to record. None when there is no such person or several."""
    found: dict[str, str] = {}
    for am in _ADDRESS_RE.finditer(text):
        address = am.group(0).rstrip(".")
        if sender_email and address.lower() == sender_email.lower():
            continue
        before = text[max(0, am.start() - 160): am.start()]
        sentences_before = re.split(r"[.!?]\s|\n\s*\n", before)
        before = sentences_before[-1]  # the same sentence
        if not _ADDRESS_CUE.search(fold(before).rstrip()):
            continue
        if re.search(r"\b(?:neue[nr]?|new|nouvel(?:le)?|nieuwe?|andere|other|autre)\b", fold(before)):
            continue  # "meine neue E-Mail-Adresse lautet ...": a rectification, the address is no one else's
        lead = [p for p in re.split(r"[.!?]\s|\n\s*\n", text[max(0, am.start() - 400): am.start()])
                if not re.fullmatch(r"\W*(?:\S+\s+){0,3}\S+[,:]\s*", p)][-3:]  # a greeting ("Beste fotograaf,") is the studio
        if _PROVIDER_NAMED.search(fold(" ".join(lead))):
            continue  # "send my files over to the new photographer? She is Lotte (lotte@...)": who receives, not whose
        if _SENT_TO_THEM.search(fold(" ".join(sentences_before[-3:]))):
            continue  # "kunnen jullie mijn bestanden naar haar sturen? Ze heet Sanne Mol (...)": who receives, not whose
        names = [_clean(_LEADING_ROLE.sub("", _LEADING_TITLE.sub("", m.group(1)))) for m in _NAME_RE.finditer(before)]
        name = next((n for n in reversed(names) if n and _address_fits_name(address, n)), None)
        if name:
            found.setdefault(address.lower(), name)
    if len(found) != 1:
        return None
    address, name = next(iter(found.items()))
    return name, address


# --------------------------------------------------------------------------------------
# The requester's name: the display name, or the fuller form the writer signs with
# --------------------------------------------------------------------------------------

_CLOSING_WORDS = (
    r"(?:met )?(?:vriendelijke |hartelijke |beste |lieve |warme |zonnige |veel )?(?:groet(?:en|jes)?|mvg|m\.v\.g\.|"
    r"kind regards|best regards|warm regards|regards|best wishes|best|cheers|thanks|thank you|many thanks|thx|sincerely|"
    r"yours sincerely|yours faithfully|bedankt|alvast bedankt|dank je wel|dank u wel|dankjewel|dankuwel|dank u|merci|"
    r"cordialement|bien cordialement|bien [a\u00e0] vous|bises|salutations(?: distingu[e\u00e9]es)?|merci (?:beaucoup|bcp|d'avance)|"
    r"mit freundlichen gr[u\u00fc](?:\u00df|ss)en|freundliche gr[u\u00fc](?:\u00df|ss)e|(?:viele|liebe|beste|herzliche|sch[o\u00f6]ne) gr[u\u00fc](?:\u00df|ss)e|"
    r"gr[u\u00fc](?:\u00df|ss)e|mfg|lg|vg|vielen dank|danke(?: sch[o\u00f6]n)?|servus|ciao|tschau|gr|grtz|grts|grtjs|groetjes|doei|xx|"
    + CLOSING_DE_FR + ")"
)
_NAME_TOKEN = r"[^\W\d_][\w'\u2019.-]*"
_SIGN_LINE_RE = re.compile(
    r"^(?i:" + _CLOSING_WORDS + r")[\s,.!]+(" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r"){0,4})\s*[.!]*$", re.IGNORECASE
)
_PAREN_NAME_RE = re.compile(r"\((" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r"){1,4})\)")
_PLAIN_NAME_LINE_RE = re.compile(
    r"^(?:(?:Dr|Mag|Prof|Ing|Ir|Drs|Mr|Mevr|Dhr)\.?\s+)?(" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r"){1,4})$"
)
_TITLE_WORDS = {"dr", "mag", "prof", "ing", "ir", "drs", "mr", "mevr", "dhr", "mw", "mme", "m", "me", "herr", "frau",
                "med", "rer", "nat", "phil", "jur", "dipl", "dent", "vet"}
_FAMILY_WORDS = {"familie", "family", "famille", "fam", "gezin", "the", "de", "les"}  # "Familie Peeters" signs "Jan Peeters"
_PARTICLES = {"van", "de", "der", "den", "ten", "ter", "te", "le", "la", "du", "des", "von", "zu", "vom", "d'", "'t", "di", "da"}


def _tokens(name: str) -> list[str]:
    """Folded words of a name without forms of address; initials ("M.T.") split into letters."""
    out: list[str] = []
    for word in re.split(r"[\s,]+", fold(name)):
        word = word.strip(".'\u2019()")
        if not word or word in _TITLE_WORDS:
            continue
        if re.fullmatch(r"(?:[a-z]\.)+[a-z]?\.?", word + ".") and len(word.replace(".", "")) <= 3:
            out.extend(word.replace(".", ""))
            continue
        out.append(word)
    return out


def _same_person(display: str, signed: str) -> bool:
    """``signed`` is a fuller writing of ``display``: same family name (and first names or
    initials that fit), or a first name ("Flo", "lena") that the signature begins with."""
    d = [t for t in _tokens(display) if t not in _PARTICLES and t not in _FAMILY_WORDS]
    s = [t for t in _tokens(signed) if t not in _PARTICLES]
    if not d or not s or len(s) < len(d):
        return False
    if len(d) == 1:
        return s[0].startswith(d[0]) or (len(s) > 1 and s[-1] == d[0] and len(s[0]) > 1)
    if d[-1] != s[-1]:
        return False
    rest = s[:-1]
    return all(any(r.startswith(t) for r in rest) for t in d[:-1])


def _fuller(display: str, signed: str) -> bool:
    d, s = [t for t in _tokens(display) if t not in _FAMILY_WORDS], _tokens(signed)
    return len(s) > len(d) or sum(map(len, s)) > sum(map(len, d))


# a line of the address and contact block under a signature ("Praterstraße 54/7", "1020 Wien", "Tel. 0171 ...",
# "www...", "Envoyé de mon iPhone")
_CONTACT_LINE = re.compile(
    r"\d|@|\bwww\.|https?://|^(?:tel|t[e\u00e9]l|fon|telefon|mobil|handy|gsm|fax|phone|mob|portable)\b|"
    r"^(?:verzonden|verstuurd|sent|envoy\w*|gesendet|von meinem)\b", re.IGNORECASE)


def _without_contact_block(lines: list[str]) -> list[str]:
    """``lines`` (non-empty, stripped) without the address and contact block that follows the name a writer signs
    with: up to six short lines at the end, the first holding a figure, an address or a phone label, the others
    such lines too or a word or two (a city or a country: "St. Vith", "Belgique")."""
    for start in range(max(1, len(lines) - 6), len(lines)):
        tail = lines[start:]
        if _CONTACT_LINE.search(tail[0]) and all(len(ln) <= 60 for ln in tail) and all(
                _CONTACT_LINE.search(ln) or len(ln.split()) <= 2 for ln in tail[1:]) \
                and not _CONTACT_LINE.search(lines[start - 1]) and len(lines[start - 1].split()) <= 5:
            return lines[:start]
    return lines


def signed_names(text: str) -> list[str]:
    """Names the writer signs with near the end of ``text`` (own words, quotes removed): under
    or beside a closing ("Groeten,\\nAnna de Wit", "danke lena wagner"), in brackets
    ("flo (florian gruber)"), or a last line that is only a name."""
    lines = [ln.strip() for ln in text.replace("\r", "").split("\n")]
    lines = _without_contact_block([ln for ln in lines if ln])[-8:]
    found: list[str] = []
    closing = re.compile(r"^(?i:" + _CLOSING_WORDS + r")[\s,.!]*$")
    for i, line in enumerate(lines):
        if len(line) > 70 or "@" in line or re.search(r"\d", line):
            continue
        if m := _SIGN_LINE_RE.match(line):
            found.append(m.group(1))
        if m := _PAREN_NAME_RE.search(line):
            found.append(m.group(1))
        if (i > 0 and closing.match(lines[i - 1])) or i >= len(lines) - 2:
            bare = re.sub(r"\s*\([^)]*\)$", "", line)  # "Fien Goossens (ook namens Jens)"
            if (m := _PLAIN_NAME_LINE_RE.match(line) or (_PLAIN_NAME_LINE_RE.match(bare) if len(bare.split()) >= 2 else None)) \
                    and not re.match(r"(?i:" + _CLOSING_WORDS + r")\b", line):
                found.append(m.group(1))
            elif i > 0 and closing.match(lines[i - 1]) and re.fullmatch(_NAME_TOKEN, line):
                found.append(line)
    return [n for n in (_SIGNING_PREFIX.sub("", f).strip() for f in found) if n]


# what stands before a signed name and is no part of it: a possessive ("Ihre Anna Schmidt", "Votre dévouée"), a signing
# formula ("i.A.", "i.V.", "gez.", "ppa.", "p.o.")
_SIGNING_PREFIX = re.compile(
    r"^(?:(?:ihre?|eure?|deine?|votre|vos|uw|je|jouw|your|yours)\s+|(?:i\.\s?a\.|i\.\s?v\.|gez\.|ppa\.|pp\.|p\.\s?o\.|p/o)\s*)+",
    re.IGNORECASE,
)


_TWO_PEOPLE = re.compile(r"\s+(?:&|\+|en|and|et|und)\s+")


def requester_name(display: str | None, text: str) -> str | None:
    """The display name, or the fuller form of it that the writer signs with ("M.T. van den
    Broek" signs "Maria Tessa van den Broek", "Flo" signs "florian gruber")."""
    if not display:
        return None
    if re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)+", display):
        # a display name that is an address's local part ("an.peeters"): the name the writer signs with
        for cand in reversed(signed_names(text)):
            if _same_person(display.replace(".", " ").replace("_", " ").replace("-", " "), cand):
                return re.sub(r"\s+", " ", cand).strip(" ,.;:")
        return display
    if "(" in display or _TWO_PEOPLE.search(display):
        # "mr. drs. H.A.M. (Henk) Roelofs" signs "H.A.M. Roelofs"; "Jens & Fien Goossens" signs "Fien Goossens": the name
        # the writer signs with
        plain = re.sub(r"\([^)]*\)", " ", display)
        people = [p for p in _TWO_PEOPLE.split(plain) if p.strip()]
        family = people[-1].split()[-1] if people and people[-1].split() else ""
        for cand in reversed(signed_names(text)):
            cand = re.sub(r"\s+", " ", cand).strip(" ,.;:")
            if "(" in cand or len(_tokens(cand)) < 2:
                continue
            for person in people:
                if len(person.split()) == 1 and family:
                    person = f"{person} {family}"  # "Jens & Fien Goossens": Jens Goossens too
                if _same_person(person, cand) and _same_person(cand, person):
                    words = [w for w in cand.split() if fold(w).strip(".") not in _TITLE_WORDS]
                    return " ".join(words) or display
    for cand in reversed(signed_names(text)):
        cand = re.sub(r"\s+", " ", cand).strip(" ,.;:")
        if fold(cand) == fold(display) and cand.isascii() and not display.isascii():
            return display  # "Emre Yıldız" signing "Emre Yildiz" on a keyboard without the letters: the name as written
        if (_same_person(display, cand) and _fuller(display, cand)) or (
                len(_tokens(cand)) >= 2 and len(cand.split()) >= len(display.split())
                and _same_person(cand, display) and _same_person(display, cand)
                and not any(fold(w).strip(".") in _TITLE_WORDS for w in display.split())):
            # ("Dr. Hans Müller" signing "Dr. med. Hans Müller" keeps the display name: the signature says no more name)
            # the name as the writer signs it ("kevin dumont", "L. Doyle"), unless the display name says more ("Dr. ...")
            words = [w for w in cand.split() if fold(w).strip(".") not in _TITLE_WORDS]
            return " ".join(words) or display
    return display


# the writer introduces themself ("Mein Name ist Hans Müller", "je m'appelle Marie Dupont", "mijn naam is ...")
_INTRODUCED = re.compile(
    r"(?i:\b(?:mein name ist|ich hei(?:ss|\u00df)e|mon nom est|je m'appelle|je m\u2019appelle|mijn naam is|ik heet|my name is))\s+"
    r"(" + _NAME_WORD + r"(?:\s+(?:" + _PARTICLE + r"\s+)*" + _NAME_WORD + r"){1,3})"
)


def introduced_name(text: str) -> str | None:
    """The full name (two to four words) the writer introduces themself with in the first lines, or None."""
    m = _INTRODUCED.search("\n".join(text.strip().splitlines()[:6]))
    return _clean(m.group(1)) if m else None


_SENT_FROM = re.compile(r"(?i)(?:verzonden|verstuurd|sent|envoy\w*|gesendet|von meinem)\b.{0,40}\b(?:mijn|my|mon|meinem|iphone|"
                        r"ipad|android|samsung|galaxy|outlook)\b")


def signature_only_name(text: str, address: str | None = None) -> str | None:
    """With no display name: the last name the writer signs with, when it is written like a
    full name (two to five words, each capitalised or a particle: "Lucie Marchand"), or a last
    line in lower case that the sender's address spells ("kevin de smet" for kevin.desmet@...)."""
    if address:
        lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip() and not _SENT_FROM.match(ln.strip())]
        last = lines[-1] if len(lines) > 1 else ""
        words = last.split()
        local = _letters(address.split("@", 1)[0])
        if len(words) == 1 and re.fullmatch(r"[^\W\d_]{3,}", last) and local.startswith(_letters(last)) \
                and not re.match(r"(?i:" + _CLOSING_WORDS + r")$", last):
            return last  # "... ik heb da nooit gevraagd\nbrecht" from brechtdeb@...: the name as the writer signs it
        inline = re.search(r"(?i:\b" + _CLOSING_WORDS + r")[\s,.!]+((?:[^\W\d_][\w'\u2019-]*\s+){1,3}[^\W\d_][\w'\u2019-]*)\W*$",
                           lines[-1] if lines else "")
        if inline and _address_spells(address, inline.group(1).split()):
            return inline.group(1)  # "... keine werbung mehr danke nicole zürcher" from nicole.zuercher@...
        if 2 <= len(words) <= 4 and all(re.fullmatch(r"[^\W\d_][\w'\u2019-]*", w) for w in words) \
                and not re.match(r"(?i:" + _CLOSING_WORDS + r")\b", last) and _address_spells(address, words):
            return last
    for cand in reversed(signed_names(text)):
        words = cand.split()
        if len(words) >= 2 and all(w[:1].isupper() or fold(w) in _PARTICLES for w in words) \
                and not re.match(r"(?i:" + _CLOSING_WORDS + r")\b", cand) \
                and not re.search(r"(?i)\b(?:sent|verzonden|envoy|gesendet|from|van|de|von) (?:my|mijn|mon|meinem)\b", cand):
            return cand
    return None



# --------------------------------------------------------------------------------------
# The requester's address when someone writes for the data subject
# --------------------------------------------------------------------------------------
#
# Convention (../shared/emails/README.md, "requester_email: the data subject's address"): normally
# the From address; the original sender inside a forward; the form's e-mail field; Reply-To when it
# differs from From. When someone else writes for the data subject (a parent, a partner, a lawyer,
# an employer) and gives the data subject's own address in the mail, that address is the
# requester's: the request is theirs and so is the address the answer goes to. Given in the mail
# means written in the text beside the name (:func:`named_data_subject`), or in the Cc with the
# text pointing at the copy ("zij staat in cc", "he is copied in", "en copie", "in Kopie"). A copy
# the text does not point at is a courtesy copy, and an address in Cc that is not the data
# subject's (a colleague, the writer's second address) changes nothing: then the From address.

_POINTS_AT_COPY = re.compile(
    r"\b(?:in (?:de |the )?cc|cc'?d|cc:|copied in|copied on|in copy|en copie|mis en copie|in kopie|in der kopie|"
    r"(?:zie|see|voir|siehe) cc)\b|\bcc\b(?=[^.]{0,30}\b(?:is|staat|zit|est|ist|steht)\b)"
)


def points_at_copy(folded: str) -> bool:
    """The writer's text points at a copy of the mail ("she is in cc", "hij staat in cc", "en copie")."""
    return bool(_POINTS_AT_COPY.search(folded))

def copy_addresses(value: str) -> list[tuple[str | None, str]]:
    """(display name, address) of each address in a decoded Cc header value."""
    return [(name or None, addr) for name, addr in getaddresses([value]) if "@" in addr]


def subject_address_in_copy(copies: list[tuple[str | None, str]], subject_name: str | None,
                            sender_email: str | None) -> str | None:
    """The data subject's own address among the Cc ``copies`` ((display name, address) pairs), or
    None: the one copy whose display name is the data subject's name, or, without a display name,
    whose address spells it. None when there is no such copy or several."""
    if not subject_name:
        return None
    found: set[str] = set()
    for display, address in copies:
        if not address or (sender_email and address.lower() == sender_email.lower()):
            continue
        display = _clean(display) if display and "@" not in display else None
        if display:
            if _same_person(display, subject_name) or _same_person(subject_name, display):
                found.add(address.lower())
        elif _address_fits_name(address, subject_name) and _address_spells(address, subject_name.split()):
            found.add(address.lower())
    return next(iter(found)) if len(found) == 1 else None
