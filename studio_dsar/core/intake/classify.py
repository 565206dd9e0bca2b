"""Which GDPR rights a mail invokes, and in which language it is written.

Rule based on purpose: the studio must be able to see *why* a mail was classified the way it
was, and there is no training data worth the name. The work is split along its seams:

* :mod:`.sentences` cuts the requester's own words (quoted history, forward headers, form
  labels and signatures are removed before this module is called) into sentences;
* :mod:`.language` tells nl / en / fr / de apart;
* :mod:`.mentions` keeps only the part of each sentence that asks for something (a citation,
  an obligation of the studio, a threat to complain or the studio's policy quoted back is
  not a request);
* :mod:`.rules_nlen`, :mod:`.rules_fr`, :mod:`.rules_de` find the rights in that part;
  :mod:`.intent` reads a sentence by its parts where they find nothing;
* a later clause with a verb or subject of its own ("stop the newsletter and delete my address")
  is read on its own too, so a second right in one sentence is not lost; spoken forms (Flemish
  "nie/da/wa", French typed as on a phone, Austrian and Swiss German) are read in written forms.
* a mail with two rights keeps the second only where a sentence asks for it (an act of asking, an
  invocation, a performative "I object", a reminder, a list item, the subject line) or states a
  correction: a right read only from the story around the request is not a second request.

:func:`detect_rights` returns the rights in canonical order with their evidence: the
sentences, as written, that triggered each right, so the window can highlight them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from studio_dsar.core.intake import intent, learned, persons, rules_de, rules_fr, rules_nlen, stance
from studio_dsar.core.intake.language import detect_language, language_scores
from studio_dsar.core.intake.mentions import addressed_to_reader, article_rights, erasure_ground, invokes, request_part
from studio_dsar.core.intake.rxutil import WordRule
from studio_dsar.core.intake.sentences import BULLET_RE, Sentence, sentences, split_sentences
from studio_dsar.core.intake.text import fold
from studio_dsar.core.store import RIGHTS

__all__ = ["Classification", "detect_language", "detect_rights", "sentences", "split_sentences"]

_RULES: dict[str, Callable[[str, str], dict[str, str]]] = {
    "nl": rules_nlen.rights_in_sentence,
    "en": rules_nlen.rights_in_sentence,
    "fr": rules_fr.rights_in_sentence,
    "de": rules_de.rights_in_sentence,
}
_DEACTIVATE = r"deactiv|de-activ|non-?actief|inactief|desactiv|deaktiv|stilleg"
_MIN_WORDS_OWN_LANGUAGE = 3  # a sentence with this many words of one language uses its rules
# the writer's own customer ("een klant van mij", "mijn klanten", "one of my customers", "une de mes clientes", "eine Kundin
# von mir"): the writer is a business, and what that customer asks was asked of the writer
_OWN_CUSTOMER = re.compile(
    r"\b(?:(?:een|one|eine?|une?) (?:van mijn|of my|de mes|meiner) (?:klant\w*|customers?|clientes?|kund\w*)|"
    r"(?:een|a|eine?|une?) (?:klant|klante|customer|kundin|kunde|cliente) (?:van mij|of mine|von mir|a moi)|"
    r"(?:mijn|my|ma|mon|meine?) (?:klant|klante|klanten|customers?|kundin|kunde|kunden))\b"
    # who asks or wants something ("... vraagt om", "... wants her data deleted"), not "my customer file"
    r"(?: [\w']+){0,2} (?:vraagt|vroeg|vragen|wil|wilde|willen|wants|wanted|asks|asked|demande|veut|voulait|bittet|bat|"
    r"mochte|will|wollte|verlangt)\b"
)
# the studio addressed, as the one to act ("u", "jullie", "you", "vous", "Sie")
_THE_STUDIO = re.compile(r"\b(?:u|uw|jullie|you|your|vous|votre|vos|euch|ihnen)\b")
# a question in the indicative about what the studio does ("do you ...", "does the studio ...", "bewaren jullie ...",
# "löschen Sie ...", "vous supprimez ..."), not a modal ask ("can you", "kunnen jullie", "pouvez-vous", "können Sie")
_PRACTICE_QUESTION = re.compile(
    r"^(?:\w+ ){0,2}(?:do|does) (?:you|the studio|your (?:studio|team|company))\b|"
    r"^(?:\w+ ){0,2}(?!(?:kunnen|kunt|kan|zouden|zou|willen|wilt|wil|mogen|mag|moeten|gaan)\b)\w+(?:en jullie|t u|en ze)\b|"
    r"^(?:\w+ ){0,2}(?!(?:konnen|konnten|wurden|mochten|wollen|mussen|durfen)\b)\w+en sie\b|"
    r"^(?:\w+ ){0,2}(?:est-ce que )?vous (?!(?:pouvez|pourriez|voulez|voudriez|allez|devez|pourrez)\b)(?:les |l'|la |le )?\w+ez\b"
)
# a mail to be set aside ("ignore my previous email", "negeer mijn vorige mail", "oubliez mon dernier message",
# "vergessen Sie meine letzte Nachricht")
_DISREGARD_A_MAIL = re.compile(
    r"\b(?:ignore|disregard|forget|negeer|vergeet|oubliez|ignorez|ignorieren sie|vergessen sie)\b (?:\w+ ){0,3}"
    r"(?:e-?mails?|mails?|messages?|berichte?n?|nachricht\w*|courriels?|letters?|brie(?:f|ven))\b"
)
# taken off an order or a booking ("off the group photo order", "van de bestelling", "de la commande", "von der Bestellung")
_OFF_A_BUSINESS_ITEM = re.compile(
    r"\b(?:off|from|van|uit|de|du|von|aus)\b (?:the|our|my|this|that|de|het|onze|mijn|deze|la|le|l'|notre|ma|mon|cette|der|dem|den|"
    r"unserer|meiner|dieser) ?(?:[\w-]+ ){0,3}(?:order|booking|invoice|bestelling|boeking|factuur|commande|reservation|facture|"
    r"bestellung|buchung|rechnung)\b"
)
# how safely something is kept ("stored securely", "veilig bewaard", "sicher gespeichert", "conservées en sécurité")
_KEPT_SAFELY = re.compile(
    r"\b(?:secure\w*|safe|safely|encrypt\w*|password[- ]protected|veilig\w*|beveiligd|versleuteld|sicher|sicherheit|verschlusselt|"
    r"geschutzt|securis\w*|en securite|chiffre\w*)\b"
)
# what the studio needs from the writer ("what details do you need from me", "welke gegevens hebben jullie nodig",
# "welche Daten brauchen Sie", "de quelles informations avez-vous besoin")
_NEEDED_FROM_THE_WRITER = re.compile(
    r"\b(?:what|which|wat|welke|welche\w*|was|quel\w*|lesquel\w*)\b(?:(?! (?:and|en|und|et|why|waarom|warum|pourquoi) )[^.?,;]){0,60}"
    r"\b(?:need|needs|require|nodig|brauch\w*|benotig\w*|besoin)\b"
)
_PLEASE = re.compile(r"\b(?:please|pls|graag|gelieve|aub|alstublieft|alsjeblieft|svp|s'il vous plait|merci de|veuillez|bitte)\b")
# the writer's own removal, done ("I deleted", "I've accidentally erased", "ik heb ... verwijderd", "ich habe ... gelöscht",
# "j'ai supprimé"): a past act told, not an ask
_REMOVED = r"(?:deleted|erased|removed|wiped|cleared|verwijderd|gewist|gedeletet|gedeleted|weggegooid|(?:weg|af)?gehaald|geloscht|entfernt|" \
           r"supprime\w*|efface\w*|retire\w*)"
_OWN_REMOVAL = re.compile(
    r"\b(?:i|we)\b(?: (?:have|had|'ve|'d|just|already|accidentally|mistakenly|stupidly|also|then|\w+ed (?:\w+ ){0,4}and))* " + _REMOVED + r"\b|"
    r"\b(?:ik|wij|we|ich|wir)\b (?:heb|hebben|had|hadden|habe|hab|haben|hatte|hatten)\b(?: [\w']+){0,8} " + _REMOVED + r"\b|"
    r"\b(?:j'ai|nous avons)(?: [\w']+){0,4} " + _REMOVED + r"\b|"
    r"^\W*(?:accidentally |just |already )?(?:deleted|erased|removed|wiped|cleared)\b|"  # "deleted my photos by accident :("
    # done now or later, told, not asked ("ik verwijder de bestanden na de montage van mijn schijf", "die alte Adresse lösche
    # ich bald", "I'll delete them from my drive", "je les supprime de mon côté"); not in a question ("hoe verwijder ik ...?")
    r"(?:\b(?:i|we) (?:will |'ll |am going to |'m going to |are going to |'re going to )?(?:\w+ )?(?:delete|erase|remove|wipe)|"
    r"\b(?:ik|wij|we) (?:verwijder|wis|gooi)|\b(?:verwijder|wis|gooi) (?:ik|wij|we)\b|"
    r"\bich (?:losche|entferne|werde (?:\w+ ){0,4}(?:loschen|entfernen))|\b(?:losche|entferne) ich\b|"
    r"\b(?:je|nous) (?:les |la |le |l')?(?:supprime|efface|vais (?:\w+ )?(?:supprimer|effacer)))\b(?=[^?]*$)"
)

# the writer's own change, done ("j'ai changé de travail", "I changed jobs", "ik heb mijn nummer veranderd", "ich habe den Job
# gewechselt"): a change told, not a correction asked
_OWN_CHANGE = re.compile(
    r"\b(?:i|we)(?: (?:have|had|'ve|just|recently|also))* (?:changed|updated|corrected)\b|"
    r"\b(?:ik|wij|we) (?:heb|hebben|ben|zijn)\b(?: [\w']+){0,4} (?:veranderd|gewijzigd|aangepast|gewisseld)\b|"
    r"\b(?:j'ai|nous avons)(?: [\w']+){0,2} (?:change|modifie|corrige)\b|"
    r"\b(?:ich|wir) (?:habe|hab|haben)\b(?: [\w']+){0,4} (?:geandert|gewechselt|korrigiert)\b"
)

@dataclass
class Classification:
    rights: list[str] = field(default_factory=list)
    evidence: dict[str, list[str]] = field(default_factory=dict)  # right -> sentences as written
    language: str = "nl"
    mentions: list[str] = field(default_factory=list)  # sentences set aside as mentions, not requests
    asking: str = ""  # folded parts of the sentences that may ask for something (no mentions)
    own: list[str] = field(default_factory=list)  # those sentences as written, one per line of ``asking``


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
_PRODUCT_FIX = re.compile(
    r"\b(?:vervang\w*|opnieuw (?:bewerk|afdruk|druk|edit|retoucheer)\w*|nabewerk\w*|herdruk\w*|bijwerken van de kleuren|"
    r"replace\w*|re-?edit\w*|re-?print\w*|re-?touch\w*|redo|remplac\w*|retouch\w*|reimprim\w*|refai\w*|"
    r"ersetz\w*|neu (?:bearbeit|druck|entwickel|retusch)\w*|nachbearbeit\w*|"
    r"kleuren|colou?rs?|couleurs|farben|belichting|exposure|tirages?|afdrukken|prints?|abzuge?)\b"
)
_PERSONAL_FIELD = re.compile(
    r"\b(?:(?:persoons)?gegevens|data|donnees|daten|naam|name|nom|prenom|adres\w*|address\w*|anschrift|e-?mail\w*|"
    r"telefoon\w*|phone|telephone|telefon\w*|geboortedatum|birth|naissance|geburtsdatum|account|compte|konto|profiel|profile|profil)\b"
)
_PUBLIC_PLACE = re.compile(
    r"\b(?:website|site|webseite|homepage|instagram|insta|facebook|portfolio|online|en ligne|social media|sociale media|shop window|"
    r"reseaux sociaux|soziale\w* medien|etalage|vitrine|schaufenster|brochure|folder|flyer|reclame|advert\w*|publicite|werbung|blog)\b"
)


_ID_COPY = re.compile(
    r"\b(?:cop(?:y|ies)|kopie\w*|copie\w*|afschrift|scan)\b (?:\w+ ){0,6}(?:e?id|" + _ID_DOCUMENT.pattern[5:-3] + r")\b|"
    r"\b(?:" + _ID_DOCUMENT.pattern[5:-3] + r")\b ?-?(?:kopie|copy|copie|scan)\b"
)
_UPDATED_DOCUMENT = re.compile(
    r"\b(?:updated|revised|amended|changed|new|bijgewerkte|herziene|gewijzigde|aangepaste|nieuwe|mis a jour|modifiee?s?|"
    r"revisee?s?|nouvelle|nouveau|aktualisierte\w*|geanderte\w*|uberarbeitete\w*|neue\w*)\b (?:\w+ ){0,3}"
    r"(?:agreement|policy|terms|version|contract|dpa|notice|overeenkomst|verwerkersovereenkomst|voorwaarden|beleid|"
    r"privacyverklaring|contrat|conditions|politique|accord|vertrag|bedingungen|richtlinie|datenschutzerklarung|avv|agb)\b"
)
_DELIVERY = re.compile(
    r"\b(?:billing|factuuradres|facturatieadres|facturatie|facturation|rechnungsadresse|rechnungsanschrift|deliver\w*|shipping|order form|lever\w*|verzendadres|bestelformulier|bestelling|"
    r"livraison|livrer|bon de commande|liefer\w*|versandadresse|bestellformular|bestellung|"
    # the gallery link sent to another address ("can you send the link to anna@... instead?")
    r"(?:gallery|download|galerij|galerie|wetransfer) ?links?|the link|de link|le lien|den link|"
    r"(?:on|of|for|op|van|voor) (?:my|the|our|mijn|de|onze) (?:\w+ )?(?:order|bestelling|booking|boeking|prints|afdrukken|album|"
    r"photo ?book|fotoboek|parcel|package|pakket))\b"
)
_STORAGE = intent.STORAGE
_STORAGE_WORD = intent.STORAGE_WORD
# a wish that what is kept be gone ("if so I'd feel better if they were gone", "ik zou liever hebben dat ze weg zijn",
# "je préférerais qu'elles soient supprimées", "mir wäre lieber, wenn sie gelöscht wären")
_WISH_GONE = re.compile(
    r"\b(?:i'd|i would|we'd|we would) (?:\w+ )?(?:feel better|prefer|rather|be happier|like it)\b[^.]{0,30}\b(?:if )?"
    r"(?:they|it|those|these|that|them)\b (?:were|was|are|is|be|got) (?:all )?(?:gone|deleted|removed|erased|destroyed|wiped)\b|"
    r"\bliever (?:\w+ ){0,2}(?:dat|als) (?:ze|het|die|dat|alles) (?:\w+ )?(?:weg|verwijderd|gewist|vernietigd) (?:zijn|is|waren|was|worden)\b|"
    r"\bprefer\w* (?:que|qu')(?:elles?|ils?|tout|cela) (?:\w+ )?soi\w* (?:supprime|efface|detruit)\w*|"
    r"\blieber,? wenn (?:sie|es|die|das|alles) (?:\w+ )?(?:weg|geloscht|vernichtet|entfernt) (?:waren|ware|sind|ist|wurden)\b"
)
_ERASURE_NOUN = re.compile(r"\b(?:effacement|suppression|loschung|verwijdering|deletion|erasure|wissing|vernietiging|destruction|vernichtung)\b")
_STOP_SHOWING = re.compile(
    r"\b(?:publi\w*|show\w*|toon\w*|tonen|montr\w*|afficher|affiche|zeig\w*|veroffentlich\w*|visible|zichtbaar|sichtbar|"
    r"te zien|zu sehen|en ligne|offline)\b"
)
# the processing to halt ("do not process my data any further", "verwerk mijn gegevens niet verder",
# "ne traitez plus mes données", "verarbeiten Sie meine Daten nicht weiter")
_NOT_PROCESSED = re.compile(
    r"\b(?:(?:do not|don't|stop|cease) (?:\w+ ){0,2}(?:process\w*|using|use)|(?:process|use)\w* (?:\w+ ){0,4}(?:no further|any further|no more)|"
    r"(?:niet|geen) (?:\w+ ){0,2}(?:verder|meer) (?:\w+ ){0,2}(?:verwerk\w*|gebruik\w*)|(?:verwerk|gebruik)\w* (?:\w+ ){0,4}niet (?:verder|meer)|"
    r"ne (?:\w+ ){0,3}plus (?:\w+ ){0,2}(?:trait\w*|utilis\w*)|(?:suspend|gel|arret)\w* (?:le |du )?traitement|"
    r"(?:verarbeit|verwend|nutz)\w* (?:\w+ ){0,4}nicht (?:weiter|mehr)|nicht (?:weiter|mehr) (?:\w+ ){0,2}(?:verarbeit|verwend|nutz)\w*)\b"
)
_FROM_MARKETING_LIST = re.compile(
    r"\b(?:from|off|uit|van|de|des|du|aus|von)\b (?:\w+ ){0,2}(?:marketing ?lists?|mailing ?lists?|newsletter\w*|nieuwsbrie\w*|"
    r"mailinglijst\w*|verzendlijst\w*|listes? (?:de diffusion|marketing|de prospection)|fichiers? (?:de prospection|marketing)|"
    r"\w*verteiler\w*|mailingliste\w*|werbeliste\w*|e-?mail-?liste\w*|marketingliste\w*)\b"
)
_AGENCY = re.compile(
    r"\b(?:\w*bureau|agency|agence|agentur|kartei|\w*kartei|talent\w*|castings?|model\w*|register|registre|fichier|bestand|books)\b"
)
_INSTEAD_OF_DELETING = re.compile(
    r"\b(?:instead of|rather than|in plaats van|au lieu de|plutot que de|statt|anstatt|anstelle)\b (?:\w+ ){0,3}(?:te |zu |de |d')?"
    r"(?:delet|eras|remov|verwijder|wiss|supprim|effac|losch)\w*"
)
_BEFORE_DELETING = re.compile(
    r"\b(?:before|voordat|voor (?:jullie|u|je)|avant (?:de|que|qu')|bevor|ehe)\b[^.:;,]{0,40}"
    r"\b(?:delet\w*|eras\w*|remov\w*|verwijder\w*|wis\w*|supprim\w*|effac\w*|losch\w*|entfern\w*|vernicht\w*)\b[^.:;,]{0,20}[:;,]?"
)
_CHANGE_OF_PROVIDER = re.compile(
    r"\b(?:change\w* (?:d'|de |of )?(?:agence|agency|photographe|photographer|studio)|wechsl\w* (?:\w+ )?(?:agentur|fotograf\w*|studio)|"
    r"(?:switch\w*|chang\w*) (?:\w+ )?(?:agenc\w*|photographers?)|(?:stap|ga) (?:\w+ )?over naar)\b"
)
_SEND_TO_NEW = re.compile(
    r"\b(?:send|post|mail|e-?mail|forward|deliver|sturen|stuur|mailen|doorsturen|opsturen|leveren|envoy\w*|transmet\w*|livr\w*|"
    r"schick\w*|send\w*|liefer\w*)\b[^.]{0,60}"
    r"\b(?:to|naar|a|an|sur|auf) (?:my|mijn|mon|ma|meine?) (?:new|nieuwe?|nouvelle?|neue\w*|old|oude?|ancienne?|alte\w*|current|huidige?|actuelle?|aktuelle?)\b|"
    r"\b(?:naar|aan|an) (?:mijn|meine?) (?:nieuwe?|oude?|huidige?|neue\w*|alte\w*|aktuelle\w*) (?:\w+ ){1,2}(?:sturen|opsturen|mailen|leveren|bezorgen|"
    r"schicken|senden|liefern|zustellen)\b"
)
_ACCESS_NOUN = re.compile(r"\b(?:inzage\w*|access|acces|auskunft\w*|einsicht\w*|cop(?:y|ies)|kopie\w*|copie\w*|afschrift|art\w*\.? ?15)\b")


def _rules(part: str, prev: str, language: str, invoked: bool = False) -> dict[str, str]:
    found = dict(_RULES.get(language, rules_nlen.rights_in_sentence)(part, prev))
    for right, fragment in article_rights(part, invoked).items():
        found.setdefault(right, fragment)
    return found


def rights_in_sentence(folded: str, prev: str = "", language: str = "nl") -> dict[str, str]:
    """Rights asked for in one folded sentence (after mentions are set aside)."""
    return _rights_in_part(request_part(folded), prev, language)


_CONSENT_NOUN = r"(?:consent\w*|permission|toestemming|akkoord|accord|autorisation|consentement|einwilligung|zustimmung|erlaubnis|einverstandnis)"
_DENIED_CONSENT = re.compile(
    r"\b(?:never|nooit|jamais|nie|niemals|at no time)\b[^.]{0,40}\b" + _CONSENT_NOUN + r"|"
    r"\b" + _CONSENT_NOUN + r"\b[^.,;]{0,30}\b(?:never|nooit|jamais|nie|niemals)\b|"
    r"\b(?:never|nooit|jamais|nie|niemals) (?:\w+ )?(?:consented|agreed|signed|ingestemd|getekend|consenti|accepte|signe|eingewilligt|zugestimmt|unterschrieben)\b|"
    r"\b(?:betwist\w*|dispute\w*|contest\w*|deny|denies|bestreit\w*|bestreite)\b[^.]{0,30}\b(?:ooit|ever|jamais|je)\b[^.]{0,30}\b" + _CONSENT_NOUN
)
# a clause of time ("until it has been corrected", "zolang dat niet is rechtgezet", "tant que ce n'est pas corrigé",
# "bis das korrigiert ist"), up to the next comma or the end
_UNTIL_CLAUSE = re.compile(
    r"\b(?:until|till|pending|as long as|zolang|totdat|tot (?:de|het|dat|dit)|in afwachting van|tant que|jusqu'a ce qu\w*|"
    r"en attendant|solange|bis (?:das|die|der|dies|zur|zum))\b[^,;:]*"
)
_OLD_VALUE = re.compile(r"\b(?:old|oude?|vorige|previous|former|ancien\w*|alte\w*|fruhere\w*|bisherige\w*)\b")
# the old value of the field just given anew ("... and remove the old one", "en wis het oude", "et supprimez l'ancien")
_THE_OLD_ONE = re.compile(
    r"\b(?:the old (?:one|ones)|the previous one|het oude|de oude|het vorige|de vorige|l'ancien(?:ne)?|die alte|den alten|das alte|"
    r"die bisherige|die vorherige)\b(?! \w*(?:nummer|number|numero|adres|address|adresse|anschrift|naam|name|nom|e-?mail))"
)
_NEW_VALUE_GIVEN = re.compile(
    r"\b(?:new|nieuwe?|nouvel\w*|nouveau|neue\w*|now|nu|maintenant|desormais|jetzt|instead|in plaats|au lieu|statt|"
    r"replace\w*|vervang\w*|remplac\w*|ersetz\w*|correct\w*|corrig\w*|korrigier\w*|update\w*|aanpass\w*|andern)\b"
)


def _correction_as_a_condition(found: dict[str, str], part: str, prev: str, language: str, invoked: bool) -> None:
    """"Take the post offline until the caption has been checked and corrected": the correction is the condition of
    the restriction asked in the sentence, not asked itself (unless the rest of the sentence asks for it too)."""
    if not {"rectification", "restriction"} <= found.keys() or not (until := _UNTIL_CLAUSE.search(part)):
        return
    rest = part[:until.start()] + part[until.end():]
    if found["rectification"] in until.group(0) and found["rectification"] not in rest and "rectification" not in _rules(rest, prev, language, invoked):
        found.pop("rectification")


def _off_a_public_place(part: str) -> bool:
    """A public place is named beside the storage ("off your website and out of your archive"),
    not only as a part of a storage word ("das Online-Bestellsystem")."""
    return intent.from_a_place(_STORAGE.sub(" ", part))


def _storage_means_erasure(found: dict[str, str], part: str) -> None:
    """"supprimer ses portraits de vos serveurs", "die Fotos aus dem Online-Bestellsystem löschen",
    "a demandé l'effacement de ses photos": gone from the studio's storage, not only from a public place;
    when a public place is named too, the withdrawal stays beside the erasure."""
    if "withdraw_consent" in found and not _CONSENT_WORD.search(part) and (
            _STORAGE.search(part) or _ERASURE_NOUN.search(part)) and not _STOP_SHOWING.search(part):
        fragment = found["withdraw_consent"]
        if not _off_a_public_place(part):
            found.pop("withdraw_consent")
        # "take my photos off your website and out of your archive": off the public place (the
        # withdrawal) and out of the storage (the erasure), both asked
        found.setdefault("erasure", fragment)


# the writer says nothing is to be sent ("no need for you to send anything", "hoeft niets op te sturen")
_NO_NEED_TO_SEND = re.compile(
    r"\bno need (?:for you )?to (?:send|mail|email|forward)\b|\b(?:hoef|hoeft|hoeven)\b (?:\w+ ){0,3}(?:niets|niks|niet) (?:\w+ )?"
    r"(?:te )?(?:op|toe|door)?(?:sturen|mailen)\b|\bpas besoin de (?:m'|me |nous )?(?:\w+ )?(?:envoyer|transmettre)\b|"
    r"\b(?:brauchen|mussen) (?:sie |ihr )?(?:mir |uns )?nichts (?:zu )?(?:schicken|senden)\b|"
    # "I've got my own copies of the pictures so I don't need anything sent"
    r"\b(?:don't|do not) need (?:anything|them|it|any of (?:it|them)|copies)(?: \w+)? (?:sent|back|sending|mailed)\b|"
    r"\b(?:i've got|i have|i already have|we have|we've got|i still have|we still have) (?:\w+ )?(?:my|our) own cop(?:y|ies)\b"
)


# taking back what the sentence before names as signed or agreed ("ik trek die in", "I revoke it", "je la révoque",
# "ich widerrufe sie")
_REVOKE_IT = re.compile(
    r"\b(?:trek|trekken) (?:ik |we |wij )?(?:die|deze|het|dat|hem|ze) (?:\w+ )?in\b|\bik trek (?:die|deze|het|dat|hem|ze) (?:\w+ )?in\b|"
    r"\b(?:die|deze|dat|dit|hem) (?:trek|trekken) (?:ik|we|wij) (?:\w+ ){0,2}in\b(?! (?:twijfel|de|het|een|mijn)\b)|"
    r"\b(?:i|we) (?:hereby )?(?:revoke|withdraw|cancel|retract) (?:it|that|this|them)\b|"
    r"\bje (?:la |le |les )(?:revoque|retire|annule)\b|\bich (?:widerrufe|ziehe) (?:sie|es|diese|das|ihn)\b"
)
_CONSENT_PAPER = re.compile(
    r"\b(?:quitclaim|model ?release|release|toestemming\w*|consent|akkoord|autorisation|accord|consentement|einwilligung\w*|"
    r"\w*formulier|modelovereenkomst|formulaire|formular|form|"
    r"zustimmung|einverstandniserklarung|freigabe|fotofreigabe|modelvertrag)\b"
)
# the mailing, named just before, is to stop coming ("zorgen dat die niet meer komt", "make sure it stops coming")
_NO_LONGER_COMES = re.compile(
    r"\b(?:niet meer|nooit meer|no longer|not any ?more|plus|nicht mehr|stops?)\b (?:\w+ ){0,2}(?:komt|komen|binnenkomt|come|comes|coming|"
    r"arrive|arrives|arriving|vient|arrive|kommt|kommen)\b|"
    r"\b(?:komt|komen|come|comes|kommt) (?:\w+ ){0,2}(?:niet meer|no more|nicht mehr|any ?more)\b|"
    r"\b(?:don't|do not|no longer) (?:\w+ )?want (?:them|these|those|it|this|that)\b(?: (?:\w+ )?(?:any ?more|any longer))?"
)
# what was named before no longer to be received, by the writer who says so ("ik wil hem niet meer ontvangen", "I don't want to
# get them any more", "ich möchte ihn nicht mehr erhalten", "je ne veux plus la recevoir")
_NO_LONGER_RECEIVED = re.compile(
    r"\b(?:wil|wens|hoef)\w* (?:\w+ ){0,2}(?:hem|die|ze|deze|dat|het)\b (?:\w+ ){0,2}(?:niet meer|niet langer|nooit meer) (?:te )?(?:ontvangen|krijgen)\b|"
    r"\b(?:don't|do not|no longer|never)\b (?:\w+ )?(?:want|wish|need) to (?:receive|get) (?:it|them|these|those|this|that)\b|"
    r"\b(?:mochte|will|wunsche)\w* (?:\w+ ){0,2}(?:ihn|sie|es|diese[nr]?|den|die|das)\b (?:\w+ ){0,2}(?:nicht mehr|nicht langer|nie mehr|nie wieder) "
    r"(?:zu )?(?:erhalten|bekommen|empfangen)\b|"
    r"\bne (?:veux|souhaite|voudrais|desire)\w* plus (?:la |le |les |l')?recevoir\b"
)
# a withdrawal made before, confirmed in writing ("we confirm that withdrawal", "hierbij bevestig ik die intrekking",
# "je confirme ce retrait", "ich bestätige diesen Widerruf")
_CONFIRMS_WITHDRAWAL = re.compile(
    r"\b(?:confirm|confirms|confirming|bevestig|bevestigen|bevestigt|confirme|confirmons|bestatige|bestatigen)\b (?:\w+ ){0,3}"
    r"(?:withdrawal|revocation|intrekking|herroeping|retrait|revocation|widerruf)\b"
)
# the writer's things not to be used for what the sentence before named ("I don't want mine used for that")
_NOT_USED_FOR_THAT = re.compile(
    r"\b(?:don't|do not|no longer|never) want (?:mine|ours|my \w+|our \w+|them|it|those|these) (?:to be )?used (?:for|in|like) "
    r"(?:that|this|it|such)\b|\b(?:wil|willen) (?:niet|niet dat) (?:de mijne|mijn \w+|ze|die) (?:\w+ )?(?:daarvoor|hiervoor) gebruikt\b"
)
_A_USE = re.compile(r"\b(?:use|uses|using|used|train\w*|feed\w*|gebruik\w*|utilis\w*|verwend\w*|nutz\w*)\b")
# a relative who wants copies of the pictures too ("my mum wants a copy of our family photos too")
_RELATIVE_WANTS_COPY = re.compile(
    r"\b(?:my|our|mijn|onze) (?:mum|mom|mother|dad|father|parents|sister|brother|aunt|uncle|gran\w*|nan|husband|wife|partner|"
    r"friend|in-laws|mama|moeder|papa|vader|ouders|zus|broer|tante|oom|oma|opa|man|vrouw|vriend\w*|schoonouders)\b"
    r"[^.]{0,20}\b(?:wants|would like|wanted|asked for|wil|wilde|zou graag)\b[^.]{0,20}\b(?:a copy|copies|prints|een kopie|kopie|afdrukken)\b|"
    # the relative as the one a copy is sent to ("kunnen jullie mijn schoonmoeder ook een kopie van de foto's sturen?",
    # "could you send my mum a copy of the photos too?")
    r"\b(?:send|give|mail|e-?mail|stuur|sturen|geven|geef|mailen)\b (?:\w+ ){0,2}(?:my|our|mijn|onze) (?:\w+ )?"
    r"(?:mum|mom|mother|dad|father|parents|sister|brother|aunt|uncle|gran\w*|nan|in-laws|mother-in-law|father-in-law|"
    r"moeder|vader|ouders|zus|broer|tante|oom|oma|opa|schoon\w+)\b (?:\w+ ){0,2}(?:a copy|copies|een kopie|kopie|kopieen)\b|"
    r"\b(?:my|our|mijn|onze) (?:\w+ )?(?:mum|mom|mother|dad|father|parents|sister|brother|aunt|uncle|gran\w*|nan|in-laws|"
    r"moeder|vader|ouders|zus|broer|tante|oom|oma|opa|schoon\w+)\b (?:\w+ ){0,2}(?:a copy|copies|een kopie|kopie|kopieen)\b"
    r"[^.]{0,40}\b(?:send|sturen|stuur|mailen|geven)\b"
)
# the use named just before is to end ("would like it stopped", "I want this to stop", "please stop it")
_STOP_THAT = re.compile(
    r"\b(?:like|want|need|wish|would prefer) (?:it|this|that|them) (?:to )?(?:stop|stopped|ended|to end)\b|"
    r"\b(?:please )?(?:stop|end) (?:it|this|that)\b(?! (?:from|being)\b)|\bwil (?:dat|het) (?:dit|dat|het)? ?(?:stopt|ophoudt)\b|"
    # "stop er mee aub", "hou ermee op", "arrêtez ça", "hören Sie damit auf"
    r"\b(?:stop|stopt|stoppen) (?:er ?mee|daar ?mee|hier ?mee|dat|dit)\b|\bhou\w* (?:er ?mee|daar ?mee) op\b|"
    r"\b(?:arretez|arrete[rz]?) (?:ca|cela|tout ca)\b|\b(?:horen sie|hort|hor) (?:\w+ )?damit auf\b"
)
# the writer's picture or data in use in a public place or in advertising ("you're using a photo of me in your ads")
_USED_FOR_SHOW = re.compile(
    r"\b(?:using|use|used|showing|shown|posted|published|running|gebruik\w*|getoond|gepubliceerd)\b[^.]{0,40}"
    r"\b(?:photo|picture|image|portrait|face|video|foto|beeld|data|details|gegevens)\w*\b[^.]{0,40}"
    r"\b(?:ads?|adverts?|advertising|advertisements?|campaign|marketing|promo\w*|website|site|instagram|facebook|portfolio|"
    r"brochure|flyer|reclame\w*|advertentie\w*|campagne)\b"
)
_ADS_USE = re.compile(r"\b(?:ads?|adverts?|advertising|advertisements?|campaign|marketing|promo\w*|reclame\w*|advertentie\w*|campagne)\b")
# a mailing the writer receives ("I keep getting your promotional e-mails", "your newsletter"): what "I don't want
# them any more" is about
_MAILING_RECEIVED = re.compile(
    r"\b(?:newsletters?|promo\w*|marketing|offers|deals|discounts|mailings?|spam|advertis\w*|nieuwsbrie\w*|reclame)\b|"
    r"\b(?:get|getting|gets|receive|receiving|received|got|keep getting|sending me|send me|sent me)\b[^.]{0,30}\b(?:e-?mails?|mails?|messages?|texts?)\b"
)
_PORTABLE_FORMAT = re.compile(r"format|formaat|machine|csv|json|xml|reutilis|structur|gestructureerd|portab|strukturiert|maschinen")
# a booking for a day ("schrap mij voor zaterdag", "take me off the list for that day", "retirez-moi pour samedi")
# a format for data, not for pictures ("in Excel", "en CSV", "als Tabelle")
_DATA_FORMAT = re.compile(r"\b(?:excel|csv|json|xml|spreadsheet|tableur|rekenblad|tabelle|machine[- ]?readable|lisible par machine|"
                          r"machineleesbaar|maschinenlesbar)\b")
_FOR_A_DAY = re.compile(
    r"\b(?:voor|for|pour|fur) (?:(?:die|deze|that|this|ce|cette|diesen|den|de|het|the|le|la|volgende|next|prochaine?|nachsten) )?"
    r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"dag|day|jour|tag|journee|shoot|shooting|opnamedag|draaidag|castingdag|drehtag)\b"
)
_MAILINGS = re.compile(
    r"\b(?:nieuwsbrie\w*|newsletters?|mailing\w*|verzendlijst|marketing|reclame|advertis\w*|publicit\w*|werbung|prospection|"
    r"promo\w*|aanbieding\w*|offres?|angebote?|offers?|e-?mails?|mails?|courriels?)\b"
)
# until a correction is made, something is not to happen ("Bis das korrigiert ist, möchte ich nicht, dass die Sedcard an
# Kunden geht", "until it is corrected, don't send my card out"): the use is held back meanwhile
_UNTIL_CORRECTED = re.compile(
    r"\b(?:until|till|tot|totdat|zolang|bis|jusqu'a ce que|tant que|en attendant que)\b[^,.]{0,40}\b(?:correct\w*|corrig\w*|gecorrigeerd|"
    r"rechtgezet|verbeterd|korrigiert|berichtigt|rectifi\w*|fixed|aangepast|geandert|modifie\w*)\b[^.]{0,80}"
    r"\b(?:nicht|niet|not|don't|do not|ne|pas|geen|keine?|niemand|nobody|no one|anyone|personne|nergens|nowhere|nirgends)\b"
)


# until the studio has checked ("until you have checked this, I don't want my details used for anything")
_UNTIL_CHECKED = re.compile(
    r"\b(?:until|till|tot|totdat|zolang|bis|jusqu'a ce que|tant que|en attendant que)\b[^,.]{0,40}\b(?:check\w*|verif\w*|investigat\w*|"
    r"sorted|resolved|cleared up|looked into|clarified|settled|gecontroleerd|nagekeken|uitgezocht|opgehelderd|uitgeklaard|opgeklaard|"
    r"opgelost|geregeld|rechtgezet|gepruft|geklart|untersucht|"
    r"clarifie\w*|resolu\w*|examine\w*|regle\w*)\b[^.]{0,80}\b(?:not|don't|do not|niet|nicht|ne|pas|nothing|niets|nichts|rien)\b|"
    # the other order ("verwenden Sie sie nicht, bis Sie das geprüft haben", "gebruik ze niet tot jullie het nagekeken hebben")
    r"\b(?:not|don't|do not|niet|nicht|ne|pas|nothing|niets|nichts|rien)\b[^.]{0,60}\b(?:until|till|tot|totdat|zolang|bis|"
    r"jusqu'a ce que|tant que)\b[^,.]{0,40}\b(?:check\w*|verif\w*|gecontroleerd|nagekeken|uitgezocht|gepruft|geklart|untersucht|"
    r"clarifie\w*|examine\w*)\b|"
    # nothing done with it until then ("en tot ik dat weet, wil ik dat u er niets meer mee doet", "until I know, do nothing
    # with them", "bis dahin machen Sie bitte nichts damit", "d'ici là, n'en faites rien")
    r"\b(?:until|till|tot|totdat|bis|jusqu'a|d'ici la|tot dan|until then|bis dahin|in de tussentijd|intussen|ondertussen|"
    r"in the meantime|meanwhile|en attendant|entre-temps|inzwischen)\b[^.]{0,60}\b(?:niets|niks|nothing|nichts|rien)\b "
    r"(?:\w+ ){0,2}(?:mee|with|damit|avec)\b"
)

# a correction of what was said before, with a pronoun for it ("kunnen jullie dat juist zetten?", "can you correct that?",
# "pouvez-vous corriger cela ?", "können Sie das korrigieren?")
_CORRECT_IT = re.compile(
    r"\b(?:dat|dit|het|die|that|it|this|them|cela|ca|les|la|le|das|es|dies|sie)\b (?:\w+ ){0,2}(?:juist|goed|recht)? ?"
    r"(?:zetten|rechtzetten|aanpassen|corrigeren|verbeteren|wijzigen|veranderen|correct|fix|change|update|amend|corrig\w*|"
    r"rectifi\w*|modifi\w*|korrigier\w*|berichtig\w*|andern|anpassen)\b|"
    r"\b(?:correct|fix|change|update|amend|corrigez|rectifiez|modifiez|changez|corriger|rectifier|modifier|changer|korrigieren|"
    r"berichtigen|andern|pas|zet)\b (?:\w+ )?(?:that|it|this|them|cela|ca|das|es|dat|dit|het|die)\b"
)
# a value as the studio wrote it, set against the right one ("on the invoice you wrote Jerome Piete, it is Jérôme Piette",
# "jullie schrijven De Vries, het is de Vries", "vous écrivez Piete, c'est Piette", "Sie schreiben Maier, es ist Meier")
_WRITTEN_VERB = (r"(?:write|wrote|written|writes|spell|spelled|spelt|have|had|put|schrijft|schrijven|schreef|schreven|geschreven|spelt|"
                 r"spellen|gespeld|zetten|zet|staat|stond|ecrivez|ecrit|avez ecrit|orthographiez|mettez|avez mis|schreiben|schreibt|"
                 r"geschrieben|steht|stand)")
_WRITTEN_AS_BUT_IS = re.compile(
    r"(?:\b(?:you|u|jullie|je|ge|vous|sie|ihr|er|there|it|daar|het)\b (?:\w+ ){0,3}" + _WRITTEN_VERB + r"|\b" + _WRITTEN_VERB
    + r" (?:u|jullie|je|ge|vous|sie|ihr|er|het))\b(?! (?:that|dat|que|qu'|dass)\b)[^.?!]{1,60}[,;:]\s*"
    r"(?:but |maar |mais |aber |and |en |et |und )?(?:it is|it's|its|that is|het is|dat is|c'est|c est|ce doit etre|es ist|das ist|"
    r"richtig (?:ist|ware)|correct is|should be|moet zijn|devrait etre|sollte)\b"
    r"(?! (?:\w+ )?(?:fine|ok|okay|good|right|correct|goed|prima|juist|bien|bon|gut|richtig|in orde|in ordnung)\b)"
)

# meanwhile, something is not to happen ("en attendant, ne plus rien envoyer", "stuur intussen niets meer door", "in the meantime
# don't send it to anyone", "bis dahin nichts mehr verschicken")
_MEANWHILE_NOT = re.compile(
    r"\b(?:en attendant|entre-temps|entretemps|in the meantime|meanwhile|until then|intussen|ondertussen|in afwachting daarvan|"
    r"tot dan|bis dahin|in der zwischenzeit|zwischenzeitlich|solange|"
    # while the studio checks or corrects ("pendant que vous vérifiez", "while you check", "terwijl u dat nakijkt")
    r"pendant que vous|while you|terwijl (?:u|jullie|je)|wahrend sie)\b[^.]{0,60}"
    r"\b(?:ne (?:\w+ )?plus|ne (?:\w+ )?pas|niet meer|niets meer|niks meer|niet|geen|not|don't|do not|no longer|nothing|nicht mehr|"
    r"nichts mehr|nicht|keine?)\b|"
    # ... or stopped meanwhile ("en attendant votre réponse, merci de cesser toute utilisation", "in the meantime please stop
    # using them", "stel het gebruik intussen uit", "stellen Sie die Nutzung bis dahin ein")
    r"\b(?:en attendant|entre-temps|entretemps|in the meantime|meanwhile|until then|intussen|ondertussen|in afwachting \w+|"
    r"tot dan|bis dahin|in der zwischenzeit|zwischenzeitlich|pending)\b[^.]{0,60}"
    r"\b(?:cess\w*|arret\w*|suspend\w*|stop\w*|halt|pause\w*|aufhor\w*|einstell\w*|unterlass\w*|staken|stopzetten|opschort\w*)\b"
)


def _rights_in_part(part: str, prev: str, language: str, invoked: bool = False,
                    read_by_parts: set[str] | None = None) -> dict[str, str]:
    """Rights in one sentence part: the rules of its language, else its reading by parts
    (:mod:`.intent`; those rights are added to ``read_by_parts``)."""
    if len(part) < 8:
        return {}  # "Hallo,", "Dag Jens,": too short to ask for a right
    found = _rules(part, prev, language, invoked)
    if (bare := intent.bare_delete(part, prev)) is not None:
        found = bare  # "Löschen bitte." after a newsletter, an order, a photo online: what goes is what was named
    if not found:
        found = intent.read_rights(part, prev)
        if "access" in found and _NO_NEED_TO_SEND.search(part):
            found.pop("access")  # "my cousin wants a copy, no need for you to send anything"
        if read_by_parts is not None:
            read_by_parts.update(found)
    if not found and (first := persons.as_first_person(part)) != part:
        found = _rights_in_part(first, prev, language, invoked, read_by_parts)  # "il souhaite que vous supprimiez ses photos"
    if "withdraw_consent" in found and "erasure" not in found and not _CONSENT_WORD.search(part) \
            and intent.is_personal_data(part) and "erasure" in (by_parts := intent.read_rights(part)):
        # "all photos I am in and my data (I signed up for the online gallery) are to be deleted": an erasure;
        # "remove my photos from your website and your files": the withdrawal too
        if not _off_a_public_place(part) or intent.names_data_or_account(part):
            found.pop("withdraw_consent")
        found["erasure"] = by_parts["erasure"]
    if found and "erasure" not in found and (then := intent.erasure_afterwards(part)):
        found["erasure"] = then  # "tell me which photos of me you have, and then they can go"
    if "access" in found and (id_copy := _ID_COPY.search(part)) and "access" not in _rules(
            part[:id_copy.start()] + part[id_copy.end():], prev, language, invoked):
        found.pop("access")  # "the copy of my ID" (to be deleted, or sent as proof): not a copy of the data
    if "access" in found and not invoked and not intent.mentions_own(part + " " + prev) \
            and not intent.is_personal_data(part) and not _ACCESS_NOUN.search(part):
        found.pop("access")  # "which photos are in the package?": a product question
    if "rectification" in found and (ud := _UPDATED_DOCUMENT.search(part)) \
            and (not intent.asks(part) or not _RECT_ASK.search(part[:ud.start()] + part[ud.end():])):
        found.pop("rectification")  # "attached is our updated processing agreement": news, not a correction
    if "rectification" in found and _DELIVERY.search(part) and not intent.in_the_files(part):
        found.pop("rectification")  # "change the delivery address of my album": an order, not a record
    _storage_means_erasure(found, part)
    if "erasure" in found and _FROM_MARKETING_LIST.search(part) and not _STORAGE_WORD.search(part) \
            and not intent.names_pictures(part) and not re.search(
                r"(?<!keep my )(?<!keep the )\b(?:account|compte|konto|profiel|profil|profile)\b", part):
        # "confirm that my details have been removed from your marketing lists": off the mailing, an objection
        found.setdefault("objection", found.pop("erasure"))
    if set(found) == {"objection"} and _DEREGISTER.match(found["objection"]) and _AGENCY.search(part) \
            and not _MARKETING.search(part):
        found = {"erasure": found["objection"]}  # "ik wil me uitschrijven bij jullie castingbureau": out of its files
    if "erasure" in found and _INSTEAD_OF_DELETING.search(part):
        # "désactiver mon profil au lieu de le supprimer": the deletion is what is not asked
        found.pop("erasure")
        if "restriction" in intent.read_rights(part, prev):
            found["restriction"] = intent.read_rights(part, prev)["restriction"]
    if "erasure" in found and (before := _BEFORE_DELETING.search(part)) and "erasure" not in _rules(
            part[:before.start()] + part[before.end():], prev, language, invoked):
        found.pop("erasure")  # "before you delete anything, send me a copy": the deletion is a later step, not asked here
    if "rectification" in found and _CHANGE_OF_PROVIDER.search(part) and not intent.names_field(part):
        found.pop("rectification")  # "je change d'agence": the writer changes agency, no record is wrong
    if "rectification" in found and _SEND_TO_NEW.search(part) and not _RECT_ASK.search(part) and not intent.in_the_files(part):
        found.pop("rectification")  # "could you send the files to my new e-mail address?": a delivery
    if intent.product_talk(part):
        for right in ("access", "portability"):
            if right == "portability" and (_PORTABLE_FORMAT.search(found.get(right, "")) or _DATA_FORMAT.search(part)):
                continue  # "les fichiers bruts dans un format que je peux réutiliser, par WeTransfer": the format says it
            found.pop(right, None)  # "which photos are in the album?", "I can't download my photos, the link is dead"
    if "rectification" in found and "erasure" not in found and _OLD_VALUE.search(part) and not _NEW_VALUE_GIVEN.search(part) \
            and "erasure" in (by_parts := intent.read_rights(part, prev)):
        # "please delete my old home address from your records": the old value goes, nothing is corrected
        found.pop("rectification")
        found["erasure"] = by_parts["erasure"]
    if "rectification" in found and "erasure" in found and _THE_OLD_ONE.search(part) and not intent.names_data_or_account(part):
        found.pop("erasure")  # "note my new number and remove the old one": the record is updated, nothing erased
    if "withdraw_consent" in found and _DENIED_CONSENT.search(part) and not intent.asks_in_a_clause(part):
        # "I dispute that I ever gave consent": a statement with nothing to take back; with a picture to take
        # down it stays a withdrawal ("je n'ai jamais donné mon accord et je souhaite qu'elle soit retirée")
        found.pop("withdraw_consent")
    if "erasure" in found and (_deletes_a_business_item(part, found["erasure"])
                               or _deletes_a_copy_of_a_business_item(part, found["erasure"], prev)):
        found.pop("erasure")  # "please delete the duplicate order"
    if found.keys() & {"erasure", "withdraw_consent", "rectification"} and _points_back_at_a_business_item(part, prev):
        # "Merci d'annuler cette facture ... Vous pouvez supprimer l'ancienne de votre côté", "twee keer ontvangen ...
        # Kunt u de verkeerde verwijderen en een creditnota sturen?": the item named before, not the writer's data
        for right in ("erasure", "withdraw_consent", "rectification"):
            found.pop(right, None)
    if found.keys() & {"erasure", "withdraw_consent"} and (
            intent.edits_pictures(part) or (not intent.names_own_object(part) and intent.edits_pictures(prev))) \
            and not intent.from_a_place(part) and not _CONSENT_WORD.search(part):
        # "could you take out the blurry ones before sending the final set?", "die mogen gewoon weg":
        # pictures picked from a delivery, not a right
        found.pop("erasure", None)
        found.pop("withdraw_consent", None)
    if len(found) >= 3:
        # An enumeration ("the information of Art. 15(1): the purposes, ... the right to request
        # rectification, erasure ...") lists rights; only what comes before the list can ask.
        head = part.split(":", 1)[0]
        cited = article_rights(part, invoked)
        found = _rules(head, prev, language, invoked) if head != part else {}
        if len(found) >= 3:
            found = {}
        if not found and len(cited) == 1:
            # "verzoek ik u op grond van artikel 18 AVG het bericht offline te halen zolang de gegevens niet zijn
            # gecorrigeerd": the one article the writer invokes names the right; the other words describe it
            found = cited
    _correction_as_a_condition(found, part, prev, language, invoked)
    if found and erasure_ground(part):
        # "- I object to the processing and there are no overriding grounds (Art. 17(1)(c))":
        # a reason given for an erasure, not an objection or a withdrawal of its own
        found = {r: f for r, f in found.items() if r == "erasure"}
    if found and _PRODUCT_FIX.search(part) and not _PERSONAL_FIELD.search(part) \
            and any(c is None or _PRODUCT_FIX.search(c) for c in (_clause_of(part, f, _COMMA_CLAUSE) for f in found.values())):
        # "take the failed photos out of the album and replace them", "korrigieren Sie die Farben":
        # the product is to be redone; no personal data is asked about
        keep_place = bool(_PUBLIC_PLACE.search(part))
        found = {r: f for r, f in found.items()
                 if r not in ("erasure", "rectification", "withdraw_consent") or (r == "withdraw_consent" and keep_place)}
    if {"erasure", "withdraw_consent"} <= found.keys() and found["erasure"] == found["withdraw_consent"] \
            and not _PUBLIC_PLACE.search(part) and not intent.from_a_place(part) \
            and not _CONSENT_WORD.search(part) and (intent.names_data_or_account(part) or intent.names_field(part)):
        found.pop("withdraw_consent")  # "alle meine Daten löschen, also Adresse, E-Mail und die Fotos": all of it goes
    if set(found) <= {"erasure", "withdraw_consent", "objection"} and _FOR_A_DAY.search(part) and not intent.is_personal_data(part) \
            and not intent.names_pictures(part) and not _MAILINGS.search(part):
        found = {}  # "kunnen jullie mij van de lijst voor die dag schrappen?": a booking for a day, not a right
    if "erasure" in found and (_ID_DOCUMENT.search(part) or (
            _ID_DOCUMENT.search(prev) and re.search(r"\b(?:deze|die|it|them|la|le|les|celle-ci|diese|sie|ihn)\b", part))) \
            and not re.search(r"gegevens|\bdata\b|donnees|daten|foto|photo|bilder|account|compte|konto|profi", part):
        found.pop("erasure")  # "destroy the copy of my passport after checking": not an erasure request
    return found


# where the object of a deletion ends: the next clause ("..., we've ordered our prints already", "and confirm ...")
_COMMA_CLAUSE = re.compile(r"[,;:.!?]")
_CLAUSE_END = re.compile(r"[,;:.!?]| \b(?:and|so|because|as|en|want|omdat|dus|et|car|parce que|donc|und|weil|denn|da)\b")


def _deletes_a_business_item(part: str, fragment: str) -> bool:
    """The thing to be deleted is an order, an invoice, a booking or a print, not the writer's data: judged on the
    deletion's own clause where the erasure's words are found in ``part`` ("please delete the duplicate invoice from
    your records and confirm ...": yes; "please delete everything you have about her, we've ordered our prints
    already": no), on the whole sentence otherwise: a business word right after the verb, or a clause about
    business with no personal data in it."""
    clause = _clause_of(part, fragment, _CLAUSE_END)
    if clause is None:
        return intent.about_business(part)
    at = clause.find(fragment) + len(fragment)
    for word in clause[at:].split()[:4]:  # "delete the duplicate invoice": the object right after the verb
        if intent.is_personal_data(word) or intent.names_pictures(word):
            break  # "delete my photos from the album": the pictures go
        if intent.names_product(word):
            return True
    if intent.about_business(clause):
        return True
    # "Wilt u de dubbele factuur verwijderen uit uw systeem?": where it is deleted from is no object of the deletion
    # (nor is it in the sentence's other clauses: "mijn gegevens en de factuur verwijderen uit uw systeem" erases)
    return intent.about_business(_FROM_STORAGE.sub(" ", clause)) and not intent.is_personal_data(_FROM_STORAGE.sub(" ", part))


# where something is deleted from ("uit uw systeem", "from your records", "aus Ihrem System"), not what is deleted
# ("the raw files")
_FROM_STORAGE = re.compile(r"\b(?:from|out of|off|uit|van|aus|von|de|du|des|hors de)\s+(?:" + intent.STORAGE.pattern + ")")
# a second copy pointed back at ("the duplicate", "the second one", "het dubbele exemplaar", "le doublon", "das Duplikat")
_A_COPY_OF_IT = re.compile(
    r"\b(?:duplicates?|the (?:second|other|double|extra) (?:one|copy)|the copy|dubbele?|duplicaat|duplicaten|tweede exemplaar|"
    r"doublons?|duplicata|la copie|le double|le second|duplikate?|doppelte?|die kopie|das zweite)\b"
)


def _deletes_a_copy_of_a_business_item(part: str, fragment: str, context: str) -> bool:
    """"We received invoice 2024-0117 twice. Please delete the duplicate from your records": the copy pointed back at is
    of the invoice or order the sentence before is about, not the writer's data."""
    clause = _clause_of(part, fragment, _CLAUSE_END) or part
    at = clause.find(fragment)
    # the object, after the verb or before it ("delete the duplicate from ...", "het dubbele exemplaar ... verwijderen")
    obj = " ".join(clause[:max(at, 0)].split()[-4:] + clause[at + len(fragment):].split()[:4])
    return bool(_A_COPY_OF_IT.search(obj)) and intent.about_business(context) and not intent.is_personal_data(obj) \
        and not intent.names_pictures(obj)


# an object left out, its adjective pointing back at the thing named before ("the old one", "l'ancienne", "de verkeerde",
# "die falsche"): the noun is the one of the sentence before
_ELLIPTIC_OBJECT = re.compile(
    r"\b(?:the (?:old|wrong|incorrect|first|previous|other) one|"
    r"(?:de|het) (?:verkeerde|foute|oude|eerste|vorige|andere)|"
    r"l'ancien(?:ne)?|la (?:mauvaise|fausse|premiere|precedente)|le (?:mauvais|faux|premier|precedent)|"
    r"(?:die|das|den) (?:falsche|falschen|alte|alten|erste|ersten|vorige|vorigen))\b(?! \w+(?:en|s|e)?\b (?:van|of|de|von|du))"
)


def _points_back_at_a_business_item(part: str, context: str) -> bool:
    """The sentence's object is left out and points back ("supprimez l'ancienne") at an invoice, an order or a booking
    the sentence before is about, with no personal data or picture named."""
    m = _ELLIPTIC_OBJECT.search(part)
    if not m:
        return False
    after = part[m.end():].split()[:1]
    if after and intent.names_an_object(after[0]):
        return False  # "de verkeerde naam", "the old address": the noun is there
    return bool(_BUSINESS_WORDS.search(context + " " + part)) and not intent.is_personal_data(part) \
        and not intent.names_pictures(part)


def _clause_of(part: str, fragment: str, ends: re.Pattern[str]) -> str | None:
    """The clause of ``part`` around ``fragment`` (bounded by ``ends``), or None where the fragment is not in it."""
    at = part.find(fragment) if fragment else -1
    if at < 0:
        return None
    after = part[at + len(fragment):]
    end = ends.search(after)
    start = max((m.end() for m in ends.finditer(part[:at])), default=0)
    return part[start:at + len(fragment) + (end.start() if end else len(after))]


# the writer passes on someone's words ("je vous transfère le message de Jade", "she asked me to forward this")
_RELAY = re.compile(
    r"\b(?:forward\w*|pass\w* (?:this |it )?on|relay\w*|on (?:her|his) behalf|her message|his message|"
    r"doorsturen|doorgestuurd|stuur \w+ door|geef \w+ door|doorgeven|haar bericht|zijn bericht|"
    r"transfere?\w*|transmet\w*|transmis|faire suivre|fais suivre|son message|le message de|"
    r"weiterleit\w*|leite \w+ weiter|weitergeben|ihre nachricht|seine nachricht|die nachricht von)\b"
)
# Flemish spoken forms written down ("ik wil da nie meer", "wa hebt ge"): the rules know the written ones
_FLEMISH_WORDS = {"nie": "niet", "ni": "niet", "da": "dat", "wa": "wat", "nen": "een"}
_FLEMISH = re.compile(r"\b(?:nie|ni|da|wa|nen)\b")
# French as typed on a phone ("jveu savoir ce ke vous avez", "vous suprimez tout", "jai plus envie"): the
# written forms the rules know
# Flemish as spoken and typed ("kunde gij", "hebde nog foto's", "ge moogt", "ulle nieuwsbrief", "mijnen naam", "'t is",
# "stuurt ze mij door"): read in the standard forms the rules know (formal "u" for "ge/gij")
_FLEMISH_CLITIC = {"kunde": "kunt u", "kunt ge": "kunt u", "hebde": "heeft u", "hebt ge": "heeft u", "zijde": "bent u",
                   "zijt ge": "bent u", "moogde": "mag u", "moogt ge": "mag u", "zoudt ge": "zou u", "zoude": "zou u",
                   "wilde gij": "wilt u", "wilde ge": "wilt u", "wilt ge": "wilt u", "weette": "weet u", "weet ge": "weet u",
                   "gaat ge": "gaat u", "doet ge": "doet u", "ziede": "ziet u", "hedde": "heeft u"}
_FLEMISH_WORD = {"ge": "u", "gij": "u", "ulle": "jullie", "ulder": "jullie", "gulle": "jullie", "gullie": "jullie",
                 "uwen": "uw", "uwe": "uw", "mijnen": "mijn", "mijne": "mijn", "onzen": "onze", "'t": "het", "efkes": "even",
                 "ne keer": "eens", "nekeer": "eens", "ier": "hier", "azo": "zo", "in't": "in het", "op't": "op het",
                 "van't": "van het", "da's": "dat is", "wadde": "wat u", "dadde": "dat u",
                 "nie": "niet", "ni": "niet", "da": "dat", "wa": "wat", "nen": "een", "ne": "een"}
_FLEMISH_FORMS = {**_FLEMISH_CLITIC, **_FLEMISH_WORD}
_FLEMISH_FORM = re.compile(
    r"(?<![\w'])(?:" + "|".join(sorted(map(re.escape, _FLEMISH_FORMS), key=len, reverse=True)) + r")(?![\w'])")
# the Flemish imperative with "-t" at the start of a sentence ("Stuurt ze mij door", "Haalt die foto eraf"), not a
# question with its subject after the verb ("Wist ge da?", "Stuurt u ...?")
_FLEMISH_IMPERATIVE = re.compile(
    r"^((?!(?:wist|moet|weet|gaat|staat|heeft|wordt|zit|kent|bent|wilt|kunt|mocht|dacht|laat|zet|eet|past)t?\b)\w{3,}"
    r"[^\Wt](?<!ee)(?<!aa)(?<!oo)(?<!uu))t"  # "stuurt", "haalt": not a stem that ends in "t" itself ("vergeet", "zet")
    r"(?= (?:ze|het|mij|me|ons|dat|da|die|deze|dit|mijn|alles|eens|even|aub|a\.u\.b\.|al)\b)")


def standard_dutch(folded: str) -> str:
    """``folded`` Dutch with Flemish spoken forms written in the standard forms (see _FLEMISH_FORMS)."""
    if _FLEMISH_FORM.search(folded):
        folded = _FLEMISH_FORM.sub(_flemish_form, folded)
        folded = re.sub(r"\bu (?:u|ge|gij)\b", "u", folded)  # "kunde gij": "kunt u"
    return _FLEMISH_IMPERATIVE.sub(r"\1", folded)


def _flemish_form(m: re.Match[str]) -> str:
    if m.group(0) in ("mijne", "uwe") and re.search(r"\b(?:de|het)\s$", m.string[:m.start()]):
        return m.group(0)  # "de mijne": mine
    return _FLEMISH_FORMS[m.group(0)]


_FR_SPOKEN_WORDS = {
    "jveu": "je veux", "jveux": "je veux", "jveus": "je veux", "jv": "je veux", "jvoudrai": "je voudrais", "jvoudrais": "je voudrais",
    "ke": "que", "koi": "quoi", "qd": "quand", "jai": "j'ai", "jsuis": "je suis", "chui": "je suis",
    "jsui": "je suis", "detre": "d'etre", "pr": "pour", "ds": "dans", "tt": "tout", "ts": "tous", "vs": "vous", "bcp": "beaucoup",
    "cmt": "comment", "pk": "pourquoi", "pq": "pourquoi", "mr6": "merci", "jsp": "je ne sais pas", "jpeux": "je peux",
    "jpense": "je pense", "jme": "je me", "jne": "je ne", "plu": "plus", "stp": "s'il te plait",
    "svp": "s'il vous plait", "donnees": "donnees", "donees": "donnees", "suprimer": "supprimer", "suprimez": "supprimez",
    "suprime": "supprime", "efacer": "effacer", "efacez": "effacez",
    "denlever": "d'enlever", "deffacer": "d'effacer", "dretirer": "de retirer", "menvoyer": "m'envoyer", "menvoyez": "m'envoyez",
    "jveux plus": "je ne veux plus",
}
_FR_ACCENTED = re.compile("[\u00e0\u00e2\u00e7\u00e8\u00e9\u00ea\u00ee\u00f4\u00fb]")
_FR_OU = re.compile(r"\bou\b")
_FR_QUESTION_PARTICLE = re.compile(r"(?<!qu')(?<!qu)\best-ce qu(?:e |')")
_FR_SPOKEN = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _FR_SPOKEN_WORDS), key=len, reverse=True)) + r")\b")
# Austrian, Bavarian and Swiss German written as spoken ("i hab", "habt's ihr", "net", "löschts", "mini Date"):
# the written forms the rules know
_DE_SPOKEN_WORDS = {
    "i": "ich", "hab": "habe", "han": "habe", "g'macht": "gemacht", "gmacht": "gemacht", "wurd": "wurde", "hatt": "hatte",
    "mocht": "mochte", "net": "nicht", "ned": "nicht", "nimmer": "nicht mehr", "nix": "nichts", "isch": "ist", "mi": "mich",
    "mei": "mein", "mini": "meine", "meini": "meine", "ois": "alles", "bitt": "bitte", "grad": "gerade", "wos": "was",
    "loschts": "loscht", "loschet": "loscht", "losched": "loschen", "konnts": "konnt", "gebts": "gebt", "schickts": "schickt",
    "nehmts": "nehmt", "sagts": "sagt", "habts": "habt", "seids": "seid",
}
_DE_SPOKEN = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _DE_SPOKEN_WORDS), key=len, reverse=True)) + r")(?![\w'])")
_DE_CLITIC = re.compile(r"\b(\w{3,})'s\b")  # "habt's", "gibt's": the pronoun written onto the verb
_QUOTE_CHARS = re.compile(r'["\u201c\u201d\u201e\u00ab\u00bb]')
# German typed without umlauts spells them "ae/oe/ue" ("loeschen", "Auskuenfte", "moechte"); the rules read the folded
# umlaut ("loschen"). Not a diphthong or a "qu" ("neue", "Dauer", "Quelle"), "-uell" ("aktuell"), "zu-e" ("zuerst").
_SPELT_UMLAUT = re.compile(r"(?<![aeqg])(?<!\bzu)(?<!\bz)([aou])e(?!ll)(?=\w)|(?<=\w)(?<![aeqg])([aou])e(?=(?:n|r|s|t|rn|st)?\b)(?<!\bzue)")
_HAS_UMLAUT = re.compile("[\u00e4\u00f6\u00fc\u00c4\u00d6\u00dc\u00df]")


# English typed without apostrophes or in short ("dont", "cant", "pls", "plz"): read in the written forms
_EN_TYPED_WORDS = {"dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "cant": "can't", "wont": "won't", "isnt": "isn't",
                   "arent": "aren't", "wasnt": "wasn't", "havent": "haven't", "im": "i'm", "ive": "i've", "pls": "please",
                   "plz": "please", "plse": "please", "thx": "thanks"}
_EN_TYPED = re.compile(r"\b(?:" + "|".join(sorted(_EN_TYPED_WORDS, key=len, reverse=True)) + r")\b(?!')")


_FIRST_PERSON = {"nl": "ik", "en": "i", "fr": "je", "de": "ich"}
# a sentence that opens on the writer's verb without its subject (not a question to the reader: "wil je ...", "would you")
_DROPPED_SUBJECT = re.compile(
    r"^\W*(?:(?:en|and|et|und|maar|but|mais|aber|dus|so|also)\s+)?(?P<verb>"
    r"(?P<nl>wil|wou|wens|heb|zou graag)\b(?! (?:je|jij|u|jullie|ge|gij|hij|zij|ze|het|er)\b)|"
    r"(?P<en>want|wanted|would like|need|wish)\b(?! (?:you|to know if you)\b)|"
    r"(?P<fr>veux|voudrais|souhaite|souhaiterais)\b(?!-)|"
    r"(?P<de>mochte|will|wunsche|hatte gern\w*)\b(?! (?:sie|du|ihr|er|es|man)\b))"
)


# a wish with the verb in the past ("I'd prefer you got rid of it", "I'd rather you deleted everything", "we would prefer it
# if you didn't use them"): an ask in the subjunctive
_PAST_TO_BASE = {"got": "get", "took": "take", "kept": "keep", "sent": "send", "gave": "give", "threw": "throw",
                 "deleted": "delete", "removed": "remove", "erased": "erase", "wiped": "wipe", "destroyed": "destroy",
                 "stopped": "stop", "changed": "change", "corrected": "correct", "updated": "update", "fixed": "fix",
                 "didn't": "don't", "did not": "do not"}
_PREFER_YOU_DID = re.compile(
    r"\b(?:i'd|i would|we'd|we would) (?:much |really )?(?:prefer|rather)(?: it)?(?: if| that)? you (?:just |simply |all )?"
    r"(?P<verb>" + "|".join(sorted(map(re.escape, _PAST_TO_BASE), key=len, reverse=True)) + r")\b"
)

# "would you mind taking me off that list?", "do you mind deleting ...": the polite form asks as "please take me off ..."
_GERUND_TO_BASE = {"taking": "take", "removing": "remove", "deleting": "delete", "erasing": "erase", "wiping": "wipe",
                   "sending": "send", "giving": "give", "keeping": "keep", "stopping": "stop", "changing": "change",
                   "correcting": "correct", "updating": "update", "fixing": "fix", "putting": "put", "getting": "get",
                   "unsubscribing": "unsubscribe", "exporting": "export", "forwarding": "forward", "telling": "tell",
                   "letting": "let", "showing": "show", "destroying": "destroy", "transferring": "transfer"}
_WOULD_YOU_MIND = re.compile(
    r"\b(?:would|do|could) you (?:possibly |kindly )?mind (?:just |also )?(?P<verb>" + "|".join(sorted(_GERUND_TO_BASE)) + r")\b"
)

def english_spelt_out(folded: str) -> str:
    return _EN_TYPED.sub(lambda m: _EN_TYPED_WORDS[m.group(0)], folded)


def respell_umlauts(folded: str) -> str:
    """``folded`` German with "ae/oe/ue" read as the umlauts they stand for (see _SPELT_UMLAUT)."""
    return _SPELT_UMLAUT.sub(lambda m: m.group(1) or m.group(2), folded)


def _opens_quote_early(text: str) -> bool:
    """The sentence is mostly a quotation that goes on into the next ones."""
    m = _QUOTE_CHARS.search(text)
    return m is not None and m.start() < len(text) // 2


_STRONG_OBJECTION = re.compile(
    r"\bbezwaar\b|\bobject\w*|\bopposition\b|\bm'oppose\b|\bwiderspr\w*|\bgerechtvaardigd\w* belang|"
    r"\blegitimate interest|\binteret legitime|\bberechtigte\w* interesse"
)
_CONSENT_WORD = re.compile(r"\btoestemming|\bconsent|\bconsentement|\bautorisation|\beinwilligung|\bzustimmung|\bpermission|\beinverstandnis|"
                           r"\b(?:mon|mijn|notre|ons|onze) (?:\w+ )?(?:accord|akkoord)\b|\berlaubnis")


_SEND_ORIGINALS = re.compile(
    r"\b(?:send|sturen|stuur|opsturen|doorsturen|envoy\w*|transmet\w*|schick\w*|senden|zukommen)\b[^.]{0,80}"
    r"\b(?:original\w*|raw|ruwe|onbewerkte|brut\w*|roh\w*|originele|originaux|full[- ]resolution|volle resolutie)\b|"
    r"\b(?:original\w*|raw|ruwe|onbewerkte|originele|originaux) (?:\w+ ){0,2}(?:files|bestanden|fichiers|dateien|foto'?s|photos|"
    r"footage|videos?|beelden|opnames|material)\b[^.]{0,80}\b(?:send|sturen|envoy\w*|schick\w*)\b"
)
_STILL_HAVE = re.compile(r"\bstill have\b|\bnog\b|\bencore\b|\bnoch\b")
# sent on to the person just named ("naar haar doorsturen", "send them straight to her", "les lui envoyer", "ihr schicken")
_SEND_TO_HER = re.compile(
    r"\b(?:send|forward|transfer|sturen|doorsturen|opsturen|overzetten|envoy\w*|transf[e\u00e9]r\w*|transmet\w*|schick\w*|senden|"
    r"weiterleit\w*)\b[^.]{0,40}\b(?:to her|to him|to them|naar haar|naar hem|naar hen|a elle|a lui|ihr|ihm|an sie|an ihn)\b|"
    r"\b(?:to her|to him|naar haar|naar hem)\b[^.]{0,30}\b(?:send|forward|sturen|doorsturen|opsturen)\b|"
    r"\b(?:les|la|le) lui (?:envoy|transmet|transf)\w*"
)


def _originals_for_another_photographer(own: list[Sentence], evidence: dict[str, list[str]]) -> None:
    """"Could you send me the original files? I'm making a photobook with another photographer here": the
    files go on to another photographer (portability), named in the sentence after the asking one; the
    question before ("do you still have the photos from my shoot?") only leads up to it."""
    if "portability" in evidence:
        return
    for i in range(len(own)):
        before = " ".join(o.folded for o in own[max(0, i - 2):i])
        # or told before it: "we work with a photographer there now. She asked whether she could have the original
        # files. Could you send them straight to her?"
        told_before = bool(i and _SEND_TO_HER.search(own[i].folded) and intent.asks(own[i].folded)
                           and _ORIGINAL_FILES.search(before) and _OTHER_PHOTOGRAPHER.search(before))
        if told_before or (i + 1 < len(own) and _SEND_ORIGINALS.search(own[i].folded)
                           and _OTHER_PHOTOGRAPHER.search(own[i + 1].folded) and not _SEND_ORIGINALS.search(own[i + 1].folded)):
            evidence["portability"] = [own[i].text]
            lead_up = {own[j].text for j in (i - 1, i) if j >= 0 and (j == i or (
                own[j].text.rstrip().endswith("?") and _STILL_HAVE.search(own[j].folded)))}
            if "access" in evidence:
                evidence["access"] = [t for t in evidence["access"] if t not in lead_up]
                if not evidence["access"]:
                    evidence.pop("access")
            return


# the raw or original files asked for, to be worked on by the writer in software of their own ("ik zou graag de originele
# RAW-bestanden krijgen, want ik wil er zelf mee aan de slag in Lightroom", "I'd like the raw files so I can edit them myself")
_ASK_ORIGINALS = re.compile(
    r"\b(?:krijgen|ontvangen|sturen|stuur|opsturen|doorsturen|hebben|get|receive|have|send|recevoir|envoy\w*|recuperer|avoir|"
    r"bekommen|erhalten|haben|hatte|schick\w*|zukommen)\b|\b(?:graag|gerne?)\b"
)
_ORIGINAL_FILES = re.compile(
    r"\b(?:raw|raws|raw-?\w*|ruwe|onbewerkte|originele|original\w*|originaux|originales?|brut\w*|roh\w*|unbearbeitet\w*|"
    r"nef|cr2|cr3|dng)\b"
)
_WORK_ON_MYSELF = re.compile(
    r"\bzelf (?:\w+ ){0,4}(?:aan de slag|bewerken|bewerkt|editen|nabewerken)\b|\blightroom\b|\bphotoshop\b|\bcapture one\b|"
    r"\b(?:edit|process|retouch) (?:them|it|the \w+) (?:myself|ourselves)\b|\b(?:myself|ourselves) in\b|"
    r"\b(?:retoucher|travailler|editer) (?:moi-meme|moi meme|nous-memes)\b|\bmoi-meme\b|"
    r"\bselbst (?:\w+ ){0,2}(?:bearbeiten|weiterbearbeiten|entwickeln)\b"
)


# the package the writer paid for, the files in it ("het pakket 'Compleet' betaald ... daar zaten de onbewerkte bestanden bij",
# "paid for the full package", "compris dans le forfait", "im Paket enthalten"): a delivery the studio owes under the order
_PAID_FOR = re.compile(
    r"\b(?:pakket|package|forfait|formule|paket)\b[^.]{0,60}\b(?:betaald|paid|paye\w*|bezahlt|gebucht|inbegrepen|included|inclus|"
    r"compris|enthalten|zaten|zat)\b|"
    r"\b(?:betaald|paid|paye\w*|bezahlt|gebucht|inbegrepen|included|inclus|compris|enthalten)\b[^.]{0,40}\b(?:pakket|package|forfait|"
    r"formule|paket)\b"
)


def _originals_to_work_on_myself(own: list[Sentence], evidence: dict[str, list[str]]) -> None:
    """"Ik zou graag de originele RAW-bestanden krijgen, want ik wil er zelf mee aan de slag in Lightroom": the
    files in a form the writer can reuse elsewhere (portability), the reuse said in the sentence or the next."""
    if "portability" in evidence:
        return
    if any(_PAID_FOR.search(s.folded) for s in own):
        return  # "het pakket 'Compleet' betaald, daar zaten de onbewerkte bestanden bij": a delivery owed, not a right
    for i, s in enumerate(own):
        nxt = own[i + 1].folded if i + 1 < len(own) else ""
        before = own[i - 1].folded if i else ""
        if _ORIGINAL_FILES.search(s.folded) and _ASK_ORIGINALS.search(s.folded) and intent.asks(s.folded) \
                and (_WORK_ON_MYSELF.search(s.folded) or _WORK_ON_MYSELF.search(nxt) or _WORK_ON_MYSELF.search(before)):
            evidence["portability"] = [s.text]
            return


_SIGN_OFF = re.compile(r"\b(?:abbestell\w*|austrag\w*|abmeld\w*|unsubscrib\w*|afmeld\w*|uitschrijv\w*|desinscri\w*|desabonn\w*|"
                       r"take me off|tragt mich aus|tragen sie mich aus|schrijf me uit|retirez-moi)")


def _newsletter_consent_withdrawn(own: list[Sentence], evidence: dict[str, list[str]]) -> None:
    """"I signed up for your newsletter. I hereby withdraw my consent to it, please take me off": the consent
    to the newsletter is withdrawn; signing off it is how, not an objection beside it."""
    if "objection" not in evidence or "withdraw_consent" not in evidence:
        return
    texts = [s.text for s in own]
    for t in evidence["withdraw_consent"]:
        f = fold(t)
        if not _CONSENT_WORD.search(f) or intent.names_pictures(f):
            return
        i = texts.index(t) if t in texts else -1
        if not (_MAILINGS.search(f) or (i > 0 and _MAILINGS.search(own[i - 1].folded))):
            return
    if all(not _STRONG_OBJECTION.search(fold(t)) and (_MAILINGS.search(fold(t)) or _SIGN_OFF.search(fold(t)))
           for t in evidence["objection"]):
        evidence.pop("objection")


def _never_consented(own: list[Sentence], evidence: dict[str, list[str]]) -> None:
    """"I was only a guest and never agreed. I don't want you to use it for your ads, take it down": the
    writer gave no consent to withdraw; where one sentence both objects to the use and asks the picture
    down, it is the objection."""
    if "objection" not in evidence or "withdraw_consent" not in evidence:
        return
    withdrawn = evidence["withdraw_consent"]
    if not set(withdrawn) <= set(evidence["objection"]) or any(_CONSENT_WORD.search(fold(t)) for t in withdrawn):
        return
    if any(_DENIED_CONSENT.search(s.folded) for s in own):
        evidence.pop("withdraw_consent")


# a paragraph that opens on something else ("Also, ...", "Daarnaast ...", "Par ailleurs ...", "Außerdem ...")
_ANOTHER_MATTER = re.compile(
    r"^(?:\W*)(?:also|additionally|in addition|besides|separately|another thing|one more thing|on another note|p\.?s\.?|"
    r"daarnaast|verder|ook|bovendien|los daarvan|nog iets|en dan nog|tot slot|"
    r"par ailleurs|en outre|de plus|aussi|autre chose|independamment|enfin|"
    r"ausserdem|zudem|weiterhin|ferner|daneben|unabhangig davon|noch etwas|zuletzt)\b"
)


def _near(own: list[Sentence], sentence: str, others: list[str]) -> bool:
    """``sentence`` may be about the same thing as one of ``others``: in the same paragraph, right beside it, in
    the paragraph next to it (unless that one opens on another matter: "Also, ...", "Daarnaast ..."), or one of
    them is the mail's headline (its subject line). Two requests further apart are two requests: a right read
    into one is not taken back because of the other."""
    where = {s.text: (i, s.paragraph) for i, s in reversed(list(enumerate(own)))}
    if sentence not in where:
        return True
    opens: dict[int, Sentence] = {}
    for s in own:
        opens.setdefault(s.paragraph, s)
    headline = own[0].text if own and own[0].paragraph == 0 and (len(own) == 1 or own[1].paragraph > 0) else None

    def linked(a: tuple[int, int], b: tuple[int, int]) -> bool:
        (i, p), (j, q) = sorted((a, b), key=lambda x: x[1])
        return p == q or abs(i - j) <= 1 or (q - p == 1 and not _ANOTHER_MATTER.match(opens[q].folded))

    return sentence == headline or any(o not in where or o == headline or linked(where[o], where[sentence])
                                       for o in others)


def _drop_near(own: list[Sentence], evidence: dict[str, list[str]], right: str, because: list[str]) -> None:
    """Take ``right`` back where its sentences stand near ``because`` (see :func:`_near`); keep it where it
    has sentences of its own elsewhere."""
    kept = [t for t in evidence.get(right, []) if not _near(own, t, because)]
    if kept:
        evidence[right] = kept
    else:
        evidence.pop(right, None)


def _objection_over_weak_withdrawal(own: list[Sentence], evidence: dict[str, list[str]]) -> None:
    """An objection to a use based on legitimate interest ("stop using my portrait in your ads")
    is not also a withdrawal of consent, unless the writer speaks of consent."""
    if "objection" not in evidence or "withdraw_consent" not in evidence:
        return
    strong = [s for s in evidence["objection"] if _STRONG_OBJECTION.search(fold(s))]
    if not strong:
        return
    if not any(_CONSENT_WORD.search(fold(s)) for s in evidence["withdraw_consent"]):
        _drop_near(own, evidence, "withdraw_consent", strong)


# consent spoken of as given once or never given ("ich hatte ja gesagt", "I said yes", "je n'ai jamais donné mon accord",
# "ik heb toen getekend"): the use of the pictures rests on consent
_CONSENT_TOLD = re.compile(
    r"\b(?:(?:hatte|habe|hab) (?:\w+ ){0,2}ja gesagt|said yes|agreed|ja gezegd|akkoord gegaan|dit oui|accepte|"
    r"einverstanden|signed|getekend|unterschrieben|signe|jamais donne|never (?:gave|agreed)|nooit (?:\w+ )?(?:gegeven|gezegd))\b"
)
# a mailing to the writer, not a use of the pictures ("stop the newsletter", "geen sms meer")
_TO_THE_WRITER = re.compile(
    r"\b(?:nieuwsbrie\w*|newsletters?|mailing\w*|verzendlijst|e-?mails?|mails?|courriels?|sms|texts?|calls?|bellen|anrufe?|"
    r"lettre d'information|infolettre|send\w*|sturen|stuur|envoy\w*|schick\w*|zusend\w*|contact\w*|kontakt\w*)\b"
)


def _ads_use_taken_down_with_consent(own: list[Sentence], evidence: dict[str, list[str]]) -> None:
    """"Kannst du das Bild bitte rausnehmen und auch nicht mehr für Werbung benutzen?" after "ich hatte ja gesagt":
    where the writer speaks of consent given (or never given) and one sentence takes a picture down and stops its
    use in ads, the stop is part of that withdrawal, not an objection beside it. An objection with a sentence of its
    own, or one about mailings to the writer, stays."""
    if "objection" not in evidence or "withdraw_consent" not in evidence:
        return
    if not any(_CONSENT_TOLD.search(o.folded) or _CONSENT_WORD.search(o.folded) for o in own):
        return
    if all(t in evidence["withdraw_consent"] and not _TO_THE_WRITER.search(fold(t)) and not _STRONG_OBJECTION.search(fold(t))
           for t in evidence["objection"]):
        del evidence["objection"]


# "Please do not delete the footage, I need it for a court case": keep, do not erase ----------
_DONT_DELETE = WordRule(
    r"\b(?:do not|don't|dont|please,? not|never|not to) (?:\w+ ){0,2}(?:delete|erase|remove|destroy|throw away|wipe|purge)\b|"
    # Dutch main clause, the "niet" after the object ("u wist de gegevens en beelden van die shoot niet")
    r"\b(?:u|jullie|je|ge) (?:wist|wissen|verwijdert|verwijderen|vernietigt|vernietigen) (?!het |dat |er |toch |wel |ook )(?:[\w']+ ){1,8}niet\b(?! (?:meer|langer))|"
    r"\bniet (?:\w+ ){0,2}(?:verwijderen|wissen|vernietigen|weggooien|opruimen|weg ?doen)\b|"
    # "ik wil niet dat jullie de foto's of mijn gegevens nu weggooien", "I don't want you to delete anything yet"
    r"\b(?:wil|willen|wens)\b (?:\w+ )?niet dat\b[^,.;]{0,70}\b(?:verwijder\w*|wissen|wist|vernietig\w*|weggooien|weggooit|weg ?doen|opruimen)\b|"
    r"\b(?:don't|do not) want (?:you|anyone) to\b[^,.;]{0,50}\b(?:delete|erase|destroy|remove|throw)\b|"
    r"\bne (?:veux|voulons|souhaite|souhaitons) pas (?:que|qu')[^,.;]{0,60}\b(?:supprim|effac|detrui|jet)\w*|"
    r"\b(?:mochte|will|wollen|mochten)\b (?:\w+ )?nicht,? dass\b[^.;]{0,60}\b(?:losch|vernicht|entfern|wegwerf)\w*|"
    r"\b(?:in geen geval|onder geen beding|under no circumstances|en aucun cas|sous aucun pretexte|auf keinen fall|keinesfalls|"
    r"unter keinen umstanden)\b[^.]{0,40}\b(?:verwijder|wis|vernietig|delet|eras|remov|destroy|supprim|effac|detrui|losch|vernicht|entfern)\w*|"
    r"\b(?:verwijder|wis|vernietig|delete|erase|remove|destroy|supprime|efface|detrui|losch|vernicht|entfern)\w* (?:\w+ ){0,3}"
    r"(?:in geen geval|onder geen beding|under no circumstances|en aucun cas|sous aucun pretexte|auf keinen fall|keinesfalls)\b|"
    r"\b(?:losch|vernicht|entfern)\w* (?:sie )?(?:[\w-]+ ){0,8}(?:vorerst |bitte |jetzt |noch )?(?:auf keinen fall|keinesfalls)\b|"
    r"\b(?:verwijder\w*|wis|wissen|vernietig\w*|gooi\w*|ruim\w*) (?:[\w']+ ){0,5}(?:\(?nog\)? )?niet\b(?! (?:meer|langer))|"
    r"\bne (?:\w+ ){0,3}(?:supprim|effac|detrui|jet)\w* (?:\w+ )?(?:pas|rien|surtout pas)\b|"
    r"\bne rien (?:supprimer|effacer|detruire|jeter)\b|\bne (?:les |la |le )?(?:supprimez|effacez|detruisez) pas\b|"
    r"\b(?:losch|vernicht|entfern|wegwerf)\w* (?:\w+ ){0,10}nicht\b(?! mehr)|\bnicht (?:zu )?(?:loschen|vernichten|entfernen|wegwerfen)\b|"
    # "nothing deleted", "niets verwijderen", "on ne vous demande pas de les effacer", "nichts loschen"
    r"\bnothing (?:to be |gets |is )?(?:deleted|erased|removed|destroyed)\b|\b(?:delete|erase|remove|destroy) nothing\b|"
    r"\bniets (?:\w+ ){0,2}(?:verwijderen|wissen|vernietigen|weggooien|weg ?doen)\b|"
    r"\b(?:om|u|jullie|je) (?:\w+ )?(?:niets|niks)\b[^.;:!?]{0,100}\bte (?:verwijderen|wissen|vernietigen|weggooien)\b|\b(?:verwijder\w*|wis|wissen|vernietig\w*|gooi\w*) (?:\w+ )?niets\b|"
    r"\b(?:losch|vernicht|entfern|wegwerf)\w* (?:sie )?(?:bitte |aber |jedoch |doch |noch |vorerst ){0,3}nichts\b|"
    r"\bne (?:\w+ ){0,3}(?:pas|rien|plus)\b (?:\w+ ){0,3}(?:supprim|effac|detrui|jet)\w*|\bpas (?:de |d')(?:suppression|effacement)\b|"
    r"\bnichts (?:zu )?(?:loschen|vernichten|entfernen|wegwerfen)\b|\bkeine (?:loschung|vernichtung)\b|"
    # "freeze it instead of deleting it", "désactiver au lieu de le supprimer", "deaktivieren statt zu löschen"
    r"\b(?:instead of|rather than|in plaats van|au lieu de|plutot que de|statt|anstatt|anstelle)\b (?:\w+ ){0,3}(?:te |zu |de |d')?"
    r"(?:delet|eras|remov|verwijder|wiss|supprim|effac|losch)\w*|"
    # "without deleting them", "sans les supprimer", "zonder ze te verwijderen", "ohne sie zu löschen"
    r"\bwithout (?:\w+ )?(?:deleting|erasing|destroying|removing)\b|\bsans (?:les |la |le |l')?(?:supprim|effac|detrui)\w*|"
    r"\bzonder (?:\w+ )?te (?:verwijderen|wissen|vernietigen)\b|\bohne (?:\w+ )?zu (?:loschen|vernichten|entfernen)\b|"
    # "hold off on deleting", "wacht nog met verwijderen", "attendez avant de supprimer", "warten Sie mit dem Loschen"
    r"\bhold off (?:on )?(?:\w+ )?(?:delet|eras|destr|remov)\w*|\bwacht\w* (?:nog )?met (?:het )?(?:verwijder|wiss|vernietig)\w*|"
    r"\battend\w* (?:avant de|pour) (?:\w+ )?(?:supprim|effac|detrui)\w*|\bwart\w* (?:sie )?(?:noch )?mit (?:dem |der )?(?:losch|vernicht)\w*|"
    # "refrain from deleting", "vous abstenir de tout effacement", "von einer Loschung absehen"
    r"\brefrain from\b[^.]{0,40}\b(?:delet|eras|destr|remov)\w*|\bonthoud\w*\b[^.]{0,40}\b(?:verwijder|wiss|vernietig)\w*|"
    r"\babsten\w*\b[^.]{0,60}\b(?:effacement|suppression|destruction|supprim\w*|effac\w*|detrui\w*)|"
    r"\b(?:losch|vernicht|entfern)\w*\b[^.]{0,60}\b(?:zu unterlassen|unterlassen|abzusehen|absehen)\b"
)
# Asked for a while only ("for now", "until the claim is settled"): a pause, not an objection or a withdrawal
_TEMPORARY = re.compile(
    r"\b(?:for now|for the time being|until|till|while|pending|temporar\w*|voorlopig|tijdelijk|zolang|totdat|tot (?:de|het|we|ik|dat|dit|alles|er)|"
    r"meanwhile|in the meantime|intussen|ondertussen|entre-temps|dans l'intervalle|inzwischen|zwischenzeitlich|einstweilen|"
    r"in afwachting|pour (?:l'instant|le moment)|tant que|jusqu|en attendant|temporaire\w*|vorerst|vorlaufig|vorubergehend|"
    r"solange|bis (?:auf weiteres|der|die|das|zum|zur|ich|wir|sie))\b"
)
# Asked for a while only, in words that cannot mean "by now" (as "intussen", "inzwischen", "entre-temps" can)
_FOR_A_WHILE = re.compile(
    r"\b(?:for now|for the time being|temporar\w*|voorlopig|tijdelijk|pour (?:l'instant|le moment)|provisoirement|temporaire\w*|"
    r"vorerst|vorlaufig|vorubergehend|einstweilen|(?:while|until|till) (?:i|we) (?:\w+ )?(?:think|decide|figure)|"
    r"tot (?:ik|we|wij) (?:\w+ ){0,3}(?:beslist|besloten|weet|weten)|tant qu'on n'a pas|en attendant|"
    r"bis (?:ich|wir) (?:\w+ ){0,3}(?:entschieden|wissen|weiss))\b"
)
_KEEP_UNTIL = re.compile(
    r"\b(?:keep|retain|preserve|bewaar|bewaren|behouden|conserve[rz]?|gardez|garder|aufbewahren|aufheben|behalten)\b"
    r"[^.]{0,60}\b(?:until|till|pending|as evidence|zolang|totdat|tot de|tot het|als bewijs|jusqu|tant que|comme preuve|"
    r"bis (?:der|die|das|zum|zur)|solange|als beweis)\b"
)
_NEED_IT = WordRule(
    r"\b(?:claim|court|dispute|lawsuit|legal|evidence|proof|insurance|geschil|rechtszaak|procedure|bewijs|advocaat|verzekering|"
    r"litige|preuve|proces|avocat|assurance|tribunal|rechtsstreit\w*|streit\w*|beweis\w*|gericht\w*|anwalt\w*|versicherung\w*|verfahren\w*)\b|"
    # kept because the writer may need it ("want dat hebben we misschien nodig", "we may need them", "nous en aurons besoin")
    r"\b(?:nodig (?:hebben|heb|hebt)|(?:hebben|heb|hebt) (?:\w+ ){0,3}nodig|(?:may|might|will|could) need (?:it|them|those|these|this)|"
    r"(?:aurons|aurai|aurions|aurais) (?:\w+ )?besoin|(?:brauchen|benotigen) (?:\w+ ){0,3}(?:noch|vielleicht|eventuell))\b"
)
_STOP_USE = re.compile(
    r"\b(?:not|don't|do not|no longer|stop)\b[^.]{0,25}\b(?:use|used|using|publish\w*|show\w*|post\w*|share\w*|send\w*|offer\w*|pitch\w*)\b|"
    r"\b(?:niet|geen) (?:meer |langer )?(?:\w+ ){0,3}(?:sturen|versturen|doorsturen|aanbieden|voorstellen)\b|"
    r"\b(?:stuur|stuurt|bied|biedt|stel|stelt)\b (?:\w+ ){0,4}(?:niet|nergens) (?:meer|langer)\b|"
    r"\bnicht (?:mehr|weiter)\b[^.]{0,30}\b(?:schick|send|weitergeb|anbiet|vorschlag)\w*|"
    r"\bfor (?:anything|nothing) else\b|"
    r"\b(?:niet|nergens|niks|niets)\b[^.]{0,25}\b(?:gebruik\w*|publiceren|tonen|delen|posten|voor|online|offline)\b|"
    r"\b(?:gebruik|publiceer|toon|deel)\w* (?:\w+ ){0,3}(?:niet|nergens)\b|"
    r"\b(?:ne (?:\w+ ){0,2}plus|cesse[rz]? de|arrete[rz]? de)\b[^.]{0,25}\b(?:utilis|publi|diffus|montr|affich)\w*|"
    r"\bn'(?:utilis|publi|diffus|montr|affich)\w* (?:\w+ )?plus\b|"
    r"\bnicht (?:mehr|weiter)\b[^.]{0,30}\b(?:verwend|nutz|benutz|zeig|veroffentlich|verarbeit)\w*|"
    r"\b(?:verwend|nutz|benutz|zeig|veroffentlich|verarbeit)\w* (?:sie )?(?:\w+ ){0,5}nicht (?:mehr|weiter|langer)\b|"
    r"\b(?:verwend|nutz|benutz|zeig|veroffentlich|verarbeit)\w* (?:sie )?(?:\w+ ){0,8}(?:auch|ebenfalls) nicht\b|"
    r"\bne (?:les |la |le |l')?(?:utilis|publi|diffus|montr|affich|partag|envoy)\w* (?:plus|pas)\b|"
    r"\bnichts (?:mehr )?(?:veroffentlichen|zeigen|verwenden|posten|herausgeben|weitergeben)\b|"
    # "weder von Ihnen noch vom Studio weiter verwendet", "ni par vous ni par l'agence utilisées"
    r"\bweder\b[^.]{0,80}\bnoch\b[^.]{0,60}\b(?:verwend|nutz|benutz|zeig|veroffentlich|weitergeb)\w*|"
    r"\bni\b[^.]{0,60}\bni\b[^.]{0,60}\b(?:utilis|publi|diffus|montr|affich|partag)\w*|"
    r"\b(?:pause|pauzeer|pauzeren|suspend\w*|mettre en pause|pausieren)\b"
)


# keep it ("bewaar", "hou ... bij", "gardez-les", "bewahren Sie ... auf") and, in the same sentence, do not use it
# An objection to a deletion the studio announced ("Ich widerspreche dieser Löschung", "I object to that deletion",
# "je m'oppose à cette suppression", "ik maak bezwaar tegen die vernietiging"): the writer wants the data kept
_OBJECTS_TO_DELETION = re.compile(
    r"\b(?:widerspreche\w*|widerspruch (?:\w+ )?gegen|object(?:s|ing)? to|(?:m'|nous )oppos\w* (?:\w+ )?(?:a|aux?)|"
    r"bezwaar (?:\w+ ){0,2}tegen|verzet (?:\w+ ){0,2}tegen|niet akkoord met|not agree to|disagree with|pas d'accord avec|"
    r"nicht einverstanden mit)\b (?:\w+ ){0,2}"
    r"(?:loschung|vernichtung|deletion|erasure|destruction|removal|verwijdering|wissing|vernietiging|suppression|effacement)\b"
)
_KEEP_IT = re.compile(
    r"\b(?:keep|retain|preserve|hold on to|bewaar\w*|behoud\w*|hou\w* (?:[\w']+ ){0,3}bij|bijhouden|laat (?:\w+ ){0,3}staan|"
    r"garde[rz]?|gardez-les|gardez-la|gardez-le|conserve[rz]?|conservez-les|aufbewahren|bewahren (?:sie )?(?:\w+ ){0,4}auf|behalten|"
    r"aufheben|heben (?:sie )?(?:\w+ ){0,4}auf)\b"
)
_DO_NOT_USE = re.compile(
    r"\b(?:(?:don't|do not|not) (?:\w+ )?use|do nothing with|not be used|"
    r"(?:niet|geen) (?:meer |langer )?(?:\w+ ){0,2}gebruiken|gebruik\w* (?:\w+ ){0,3}(?:niet|nergens)|doe (?:er )?(?:\w+ )?niets mee|niets mee (?:doen|te doen)|"
    r"n'(?:utilis|exploit)\w* (?:\w+ )?(?:pas|plus)|ne (?:les |la |le |l')?(?:utilis|exploit)\w* (?:pas|plus)|n'en faites rien|ne pas (?:les |la |le )?utiliser|"
    r"(?:nutzen|verwenden|gebrauchen|benutzen) (?:sie )?(?:\w+ ){0,4}nicht|nicht (?:mehr )?(?:nutzen|verwenden|benutzen)|nichts (?:mehr )?damit|"
    r"machen sie (?:\w+ ){0,3}nichts)\b"
)


def _keep_but_not_use(part: str) -> str:
    """The fragment of a sentence that asks to keep something and not to use it (a restriction), or ""."""
    keep = _KEEP_IT.search(part)
    if not keep or re.search(r"\b(?:don't|do not|not|niet|ne|pas|nicht|no longer|niet meer|plus)\W+(?:\w+ )?$", part[:keep.start()]):
        return ""
    use = _DO_NOT_USE.search(part)
    if not use or not (intent.names_own_object(part) or _PRONOUN_OBJECT_ANY.search(part)):
        return ""
    return use.group(0)


# mail to the writer stopped ("stop sending me offers"): an objection, not a use held back
_MAILING_STOP = re.compile(
    r"\b(?:send\w*|schick\w*|stuur\w*|sturen|envoy\w*) (?:me|mij|moi|mir|us|ons|uns)\b|"
    r"\b(?:offers?|discount\w*|newsletters?|promo\w*|marketing|mailings?|nieuwsbrie\w*|reclame|aanbieding\w*|werbung|angebote?|offres?)\b"
)
_PRONOUN_OBJECT_ANY = re.compile(r"\b(?:it|them|ze|het|die|ces|les|la|le|sie|es|er)\b|-(?:les|la|le)\b")


# what the sentence after says is the delivery's trouble ("The gallery link expired.", "There are duplicates.")
_DELIVERY_TROUBLE = re.compile(
    r"\b(?:gallery|galerij|galerie|link|lien|download\w*|wetransfer)\b[^.]{0,40}\b(?:expired|verlopen|expire|abgelaufen|"
    r"doesn't work|does not work|broken|werkt niet|ne marche pas|funktioniert nicht)\b|"
    r"\b(?:duplicates?|doubles|dubbele|doppelte?|en double|blurry|wazig|unscharf|flou\w*)\b"
)
# a group or a course the writer leaves ("remove me from the group chat for the workshop"): no file of the studio
_NOT_A_FILE = re.compile(
    r"\b(?:from|off|out of|uit|van) (?:the|your|our|this|de|het|jullie|die|deze) (?:\w+ )?(?:group ?chat|chat|whatsapp\w*|app group|"
    r"group|groepsapp|groepschat|appgroep|class|course|workshop|cursus|team)\b"
)


def _product_explained_after(own: list[Sentence], evidence: dict[str, list[str]]) -> None:
    """"How can I get a copy of my photos? The gallery link expired.": a copy or a deletion of pictures that the
    next sentence shows to be about the delivery (an expired link, duplicates), not the writer's data."""
    for right in ("access", "erasure"):
        kept = []
        for text in evidence.get(right, []):
            i = next((k for k, s in enumerate(own) if s.text == text), -1)
            after = own[i + 1].folded if 0 <= i < len(own) - 1 else ""
            folded = fold(text)
            if (after and _DELIVERY_TROUBLE.search(after) and intent.names_pictures(folded)
                    and not intent.is_personal_data(folded) and not intent.names_own_data(folded)) \
                    or (right == "erasure" and _NOT_A_FILE.search(folded) and not intent.is_personal_data(folded)
                        and not intent.names_pictures(folded)):
                continue
            kept.append(text)
        if kept:
            evidence[right] = kept
        else:
            evidence.pop(right, None)


def _keep_but_do_not_use(own: list[Sentence], evidence: dict[str, list[str]]) -> None:
    """A writer who asks the studio *not* to delete something (kept for a dispute, a claim) and
    not to use it meanwhile asks for restriction, even when the two are in separate sentences;
    the "do not delete" sentence is then no erasure, the "do not use it" one no withdrawal.

    ``own``: the writer's sentences that are not mentions."""
    folded = "\n".join(s.folded for s in own)
    refused = [t for t in _refused(own) if _REMOVAL.search(fold(t))]  # "... dat alles weg moet. Alsjeblieft niet doen."
    dont_delete = bool(_DONT_DELETE.search(folded)) or bool(refused)
    if not dont_delete and not _KEEP_UNTIL.search(folded):
        return
    other_cue = "restriction" in evidence or any(not _MAILING_STOP.search(folded, max(0, m.start() - 10), m.end() + 60)
                                                 for rx in (_STOP_USE, _DO_NOT_USE) for m in rx.finditer(folded))
    if not (other_cue or (dont_delete and _NEED_IT.search(folded))):
        return
    keep_sentences = [s.text for s in own if _DONT_DELETE.search(s.folded) or s.text in refused]
    read_as = {s.text: s.folded for s in own}  # as the sentence was read ("dont use" spelt out as "don't use")
    for right in ("erasure", "withdraw_consent"):
        if right == "withdraw_consent" and any(_CONSENT_WORD.search(fold(s)) for s in evidence.get(right, [])):
            continue
        kept = [s for s in evidence.get(right, []) if s not in keep_sentences and (
            right == "erasure" or not _STOP_USE.search(read_as.get(s) or fold(s)))]
        if kept:
            evidence[right] = kept
        else:
            evidence.pop(right, None)
    if "restriction" not in evidence:
        evidence["restriction"] = (keep_sentences or [s.text for s in own if _KEEP_UNTIL.search(s.folded)])[:3]
    for right in ("objection", "withdraw_consent"):
        # "stop sending my comp card to clients for now", "we don't want that out there while the claim is open"
        kept = [s for s in evidence.get(right, []) if not _TEMPORARY.search(fold(s)) or _CONSENT_WORD.search(fold(s))]
        if kept:
            evidence[right] = kept
        else:
            evidence.pop(right, None)


_KEEPING = re.compile(r"\b(?:keep\w*|retain\w*|bewaar\w*|behoud\w*|houden|garde[rz]?|gardiez|conserve[rz]?|behalt\w*|aufbewahr\w*)\b")


# a correction asked in a word or two ("Please fix asap.", "Graag aanpassen!", "Merci de corriger.", "Bitte korrigieren.")
_BARE_FIX = re.compile(
    r"\W*(?:(?:please|pls|plz|kindly|graag|aub|svp|merci de|bitte|so)\W+)?(?:fix|correct|update|amend|change|aanpassen|corrigeren|"
    r"verbeteren|wijzigen|rechtzetten|corriger|rectifier|modifier|korrigieren|berichtigen|andern)"
    r"(?:\W+(?:it|that|this|dat|dit|het|ca|cela|das|es))?(?:\W+(?:asap|a\.?s\.?a\.?p|please|pls|graag|aub|svp|bitte|danke|thanks|"
    r"merci|now|quickly|snel|zsm|vite|schnell|s'il vous plait|dringend|urgently))*\W*"
)
_WRONG_VALUE = re.compile(
    r"\b(?:wrong|incorrect|not correct|not right|a mistake|misspel\w*|typo|fout|verkeerd|onjuist|klopt niet|faux|fausse|errone\w*|"
    r"falsch|fehlerhaft|stimmt nicht)\b"
)
# the picture pointed at ("that one", "this photo", "die foto", "cette photo", "dieses Bild")
_THAT_PICTURE = re.compile(
    r"\b(?:that|this|dat|die|deze|dit|cette|ce|celle-ci|diese[sn]?|das) (?:one|photo|picture|pic|post|image|foto|beeld|bild|aufnahme)\b"
)
# what a record of the writer says ("my profile says I was born in 1981", "op mijn profiel staat 1,92 m")
# a value the studio still holds ("steht noch Lindner", "still says Smith", "staat nog mijn oude adres", "figure encore")
_STALE_VALUE = re.compile(
    r"\b(?:still (?:says|shows|lists|has|reads|uses)|(?:staat|stond) (?:er |daar )?nog|(?:steht|stand) (?:da |dort )?(?:immer )?noch|"
    r"(?:figure|apparait|est indique) (?:encore|toujours)|(?:y )?figure encore)\b"
)
_PROFILE_SAYS = re.compile(
    r"\b(?:profile|profiel|profil|record|file|dossier|account|compte|konto|card|kaart)\b[^.]{0,40}\b(?:says|said|shows|lists|staat|stond|"
    r"vermeldt|indique|affiche|steht|zeigt)\b"
)


def _kept_but_off_a_public_place(own: list[Sentence], evidence: dict[str, list[str]]) -> None:
    """"Fine with you keeping the photos for my own order, but please don't use any of them on your portfolio,
    website or socials": kept for the writer, off a public place for good. The consent to show them ends (a
    withdrawal), no use is held back for a while (a restriction). Not when the mail keeps them for a dispute
    or for a while ("until", "for now")."""
    folded = "\n".join(o.folded for o in own)
    if _DONT_DELETE.search(folded) or _NEED_IT.search(folded):
        return
    moved = [s for s in evidence.get("restriction", []) if _PUBLIC_PLACE.search(f := fold(s)) and _KEEPING.search(f)
             and not _TEMPORARY.search(f) and intent.names_pictures(f)]
    if not moved:
        return
    evidence["restriction"] = [s for s in evidence["restriction"] if s not in moved]
    if not evidence["restriction"]:
        evidence.pop("restriction")
    withdrawn = evidence.setdefault("withdraw_consent", [])
    withdrawn += [s for s in moved if s not in withdrawn]


def _a_pause_is_no_withdrawal(evidence: dict[str, list[str]]) -> None:
    """Beside a restriction, a sentence that asks for a while only ("just leave them offline until you have decided",
    "stop sending my card to clients for now") holds the use back with it: no withdrawal or objection of its own."""
    if "restriction" not in evidence:
        return
    for right in ("withdraw_consent", "objection"):
        kept = [s for s in evidence.get(right, []) if not _TEMPORARY.search(f := fold(s)) or _CONSENT_WORD.search(f)
                or _STRONG_OBJECTION.search(f)]
        if kept:
            evidence[right] = kept
        else:
            evidence.pop(right, None)


# a new value only announced ("I have a new number: ...", "ik heb een nieuw adres"), with no word of a record
_NEW_VALUE_NEWS = re.compile(
    r"\b(?:i have|i've got|i got|ik heb|j'ai|ich habe|ich hab|wir haben|we have|nous avons|(?:my|mijn|m'n|mon|ma|mein\w*) "
    r"(?:new|nieuwe?|nouvel(?:le)?|nouveau|neue\w*) (?:\w+ )?\w+ (?:is|luidt|est|ist|lautet)\b|"
    r"(?:ik woon|wij wonen|we wonen|i live|we live|j'habite|nous habitons|ich wohne|wir wohnen) (?:\w+ ){0,2}"
    r"(?:nu|now|tegenwoordig|inmiddels|sinds|maintenant|desormais|depuis|jetzt|inzwischen|mittlerweile|seit)|(?:i|we) (?:now|currently) live)\b"
)
_BOOKING = re.compile(
    r"\b(?:boeken|reserveren|book|booking|buchen|reservieren|reserver|afspraak|appointment|rendez-vous|termin\w*|"
    r"(?:foto)?shoot\w* (?:boeken|plannen|book|buchen|planen)|seance photo)\b"
)
# the new value put to use for an order or an appointment ("call me on it about the shoot", "bel me daarop
# voor de afspraak", "appelez-moi pour le rendez-vous", "rufen Sie mich wegen des Termins an")
_CONTACT_ME = re.compile(
    r"\b(?:call|ring|phone|text|reach|contact|whatsapp) (?:me|us)\b|\b(?:bel|sms|app|contacteer|bereik) (?:me|mij|ons)\b|"
    r"\b(?:bereikbaar|reachable|joignable|erreichbar)\b|\b(?:appelez|contactez|joignez|ecrivez)-(?:moi|nous)\b|"
    r"\b(?:rufen|schreiben|kontaktieren|erreichen) sie (?:mich|uns)\b|\bme (?:rappeler|joindre|contacter)\b"
)
_RECORD_WORDS = re.compile(
    r"\b(?:note|noteer\w*|noter|notiere\w*|save|record\w*|opslaan|enregistr\w*|speicher\w*|file|files|bestand|fichier|"
    r"kartei|system\w*|systee?m|database|profil\w*|profile|account|compte|konto|gegevens|data|donnees|daten|klantgegevens)\b"
)


_BILLING = r"(?:factuuradres|facturatieadres|factuurgegevens|facturatiegegevens|billing (?:address|details)|invoice (?:address|details)|" \
    r"adresse de facturation|coordonnees de facturation|rechnungsadresse|rechnungsanschrift|rechnungsdaten|btw-?nummer|vat number|" \
    r"numero de tva|ust-?id\w*|kvk-?nummer|ondernemingsnummer)"
# a company's own billing details ("ons factuuradres", "our billing address", "notre adresse de facturation", "unsere
# Rechnungsadresse"), or a company's legal form in the mail ("Bakkerij Mulder B.V.", "Meier GmbH", "Dupont SARL")
_COMPANY_BILLING = re.compile(
    r"\b(?:ons|onze|our|notre|nos|unser\w*)\b (?:\w+ ){0,2}" + _BILLING + r"\b|"
    r"\b" + _BILLING + r"\b[^.]{0,40}\b(?:van|of|de|der|des) (?:ons|onze|our|notre|nos|unser\w*) (?:bedrijf|company|societe|firma|entreprise|unternehmen)\b"
)
_LEGAL_FORM = re.compile(r"\b(?:b\.?v\.?|n\.?v\.?|bvba|srl|sprl|sarl|sas|gmbh|ag|kg|ltd|llc|inc|vof|ug)(?=\W|$)")


def _company_billing_details(own: list[Sentence], evidence: dict[str, list[str]]) -> None:
    """A company that sends its new billing address is keeping its supplier's books right, not
    correcting a person's data: no rectification when that is all the mail corrects."""
    if set(evidence) != {"rectification"}:
        return
    folded = "\n".join(s.folded for s in own)
    if not re.search(r"\b" + _BILLING + r"\b", folded):
        return
    if _COMPANY_BILLING.search(folded) or (_LEGAL_FORM.search(folded) and not re.search(
            r"\b(?:mijn|my|mon|ma|mein\w*) (?:\w+ )?(?:naam|name|nom|e-?mail\w*|telefoon\w*|phone|telephone|telefon\w*)\b", folded)):
        evidence.pop("rectification")


_FIX_A_DATE = re.compile(r"\bfix(?:er|ons|ez|e)\b")  # "fixer le rendez-vous": a date is set, nothing corrected


def _new_value_for_business(own: list[Sentence], evidence: dict[str, list[str]]) -> None:
    """"I have a new number: 06 ..." in a mail that gives it for a call-back or an appointment is
    no rectification: the writer uses the number, nobody asks the studio to change a record. The
    same words in a mail about nothing else, or with an update asked anywhere, stay one."""
    sentences = evidence.get("rectification")
    if not sentences:
        return
    folded_all = [s.folded for s in own]
    if any(_RECT_ASK.search(_FIX_A_DATE.sub(" ", f)) or _RECORD_WORDS.search(f) or intent.says_wrong(f) for f in folded_all):
        return
    if not all(_NEW_VALUE_NEWS.search(fold(s)) for s in sentences):
        return
    mail = "\n".join(folded_all)
    if _CONTACT_ME.search(mail) or _BOOKING.search(mail) or intent.about_business(mail):
        evidence.pop("rectification")


# "Could you send everything to her?" after "we now go to a photographer in our village":
# a transfer to another controller (portability), in four languages
_TRANSFER_VERB = re.compile(
    r"\b(?:door ?(?:te )?sturen|doorsturen|stuur\w*|sturen|overdragen|overzetten|over te zetten|overmaken|doorgeven|bezorgen|"
    r"send\w*|forward\w*|transfer\w*|pass\w* (?:[\w']+ ){0,6}on|hand\w* (?:[\w']+ ){0,6}over|envoy\w*|transmet\w*|transmis\w*|transfer\w*|faire suivre|"
    r"ubertrag\w*|ubermittel\w*|senden|schick\w*|weiterleit\w*|weitergeb\w*|zukommen)\b"
)
_TO_THIRD = re.compile(
    r"\b(?:naar|aan|to|a|an)\b (?:haar|hem|her|him|elle|lui|ihn|sie|ihr|den fotografen|die fotografin|den neuen|die neue|"
    r"de (?:nieuwe )?(?:fotogra(?:af|fe)|videogra(?:af|fe))|the (?:new )?(?:photographer|videographer)|la (?:nouvelle )?photographe|le (?:nouveau )?photographe|"
    r"cette photographe|ce photographe|deze fotogra(?:af|fe)|this photographer|diese\w* fotograf\w*)\b|"
    # "naar de nieuwe studio", "naar een andere fotograaf", "to the new studio", "à l'autre studio", "an das neue Studio"
    r"\b(?:naar|aan|to|a|an)\b (?:de|het|een|the|another|l'|la|le|un|une|das|die|den|ein\w*) ?(?:nieuwe|andere|new|other|nouveau|nouvelle|"
    r"autre|neue\w*|andere\w*) (?:studio|fotogra(?:af|fe)|videogra(?:af|fe)|photographer|videographer|photographe|fotograf\w*|agency|"
    r"bureau|agence|agentur)\b|"
    r"\b(?:directement|rechtstreeks|directly|direct|direkt) (?:a|aan|naar|to|an)\b (?!me\b|mij\b|moi\b|mich\b|us\b|ons\b|uns\b)|"
    r"\bleur (?:\w+ )?(?:envoy|transm|transfer|fai)\w*|\b(?:to them|naar hen|aan hen|ihnen)\b|\b(?:dorthin|daarheen|la-bas)\b|"
    # the receiver as an indirect object ("send her the raw files", "stuur hem de bestanden", "envoyez-lui", "schicken Sie ihr")
    r"\b(?:send|forward|give|pass)\s+(?:her|him|them)\b|\b(?:stuur|geef|bezorg)\w*\s+(?:haar|hem|hen)\b|"
    r"\b(?:envoy|transmet|transfer)\w*-(?:lui|leur)\b|\b(?:schick|send|geb|ubermittel)\w*\s+(?:sie\s+)?(?:ihr|ihm)\b"
)
_OTHER_PHOTOGRAPHER = re.compile(
    r"\b(?:fotogra(?:af|fe|fen)|photographers?|photographes?|fotograf\w*|videogra\w*|videaste\w*|filmmaker\w*|cameraman|"
    r"cameravrouw|filmer\w*)\b|"
    r"\b(?:change\w* d'agence|wechsl\w* (?:\w+ )?(?:agentur|studio)|(?:switch\w*|chang\w*|mov\w*) agenc\w*|"
    r"(?:andere?|nieuwe?|other|new|another|autre|nouvelle|anderen?|neuen?) (?:\w+ )?(?:agence|agency|bureau|castingbureau|agentur|modelagentur))\b|"
    r"\b(?:andere|nieuwe|other|new|another|autre|nouveau|nouvelle|anderen?|neuen?) (?:\w+ )?studio\b"
)
_TRANSFERRED_THINGS = re.compile(
    r"\b(?:alles|everything|all|tout|toutes?|tous|alle\w*|gegevens|data|donnees|daten|\w*foto'?s?|photos?|pictures?|images?|"
    r"bilder|\w*dateien|files?|fichiers?|bestanden|beelden|videos?|film\w*)\b"
)


# "I ticked the box for photos when I signed up, but I no longer want that": consent given, now taken back
_CONSENT_GIVEN = re.compile(
    r"\b(?:hakchen|kreuz\w*|angekreuzt|unterschrieben|zugestimmt|eingewilligt|vinkje|aangevinkt|getekend|ondertekend|"
    r"toestemming gegeven|ticked|checked the box|signed|agreed|said yes|ja gezegd|ja gesagt|coche\w*|signe|accepte|"
    r"donne (?:mon|notre) accord)\b"
)
_NO_LONGER_WANTED = re.compile(
    r"\b(?:aber|maar|but|mais|doch)\b[^.]{0,60}(?:\b(?:nicht mehr|nicht langer|niet meer|niet langer|no longer|not any ?more|"
    r"(?:don't|do not) want (?:it|that|this)|wil (?:dat|het) niet|(?:will|mochte|mag) (?:das|es) nicht)\b|\bne (?:\w+ ){1,2}plus\b|"
    # "... but I'd like to withdraw that now", "but I've changed my mind", "but I take it back"
    r"\b(?:withdraw|revoke|retract|cancel|take back|taking back) (?:that|it|this)\b|\b(?:take|taking) (?:that|it|this) back\b|"
    r"\bchanged my mind\b)"
)


_PICTURED = re.compile(
    r"\b(?:\w*fotos?|\w*foto's|photos?|pictures?|images?|bilder?|aufnahmen|beelden|videos?|portr\w*|toestemming|consent|"
    r"einwilligung|consentement|accord|publica\w*|publish\w*|veroffentlich\w*|release|quitclaim|"
    r"portfolio|instagram|facebook|website|socials|social media)\b"
)


def _transfer_to_other(part: str, context: str) -> str:
    """The fragment asking to send the writer's photos/data straight to another photographer."""
    m = _TRANSFER_VERB.search(part)
    if not m or not _TO_THIRD.search(part) or not _TRANSFERRED_THINGS.search(part):
        return ""
    if _STOPPED.search(part, max(0, m.start() - 200), m.start()):
        return ""  # "that you cease all use and further disclosure ... and any transfers to X": the transfers are to stop
    if not _OTHER_PHOTOGRAPHER.search(part + " " + context):
        return ""
    return m.group(0)


_MAILING_WORD = re.compile(r"\b(?:unsubscrib\w*|desabonn\w*)")
_DEREGISTER = re.compile(r"\b(?:uitschrijv\w*|uitgeschreven|afmeld\w*|unsubscrib\w*|desinscri\w*|desabonn\w*|abmeld\w*|austrag\w*)")
_MARKETING = re.compile(
    r"\b(?:nieuwsbrie\w*|newsletters?|mailing\w*|verzendlijst|\w*lijst|list|liste|verteiler|marketing|reclame|advertis\w*|"
    r"publicit\w*|werbung|prospection|promo\w*|aanbieding\w*|offres?|angebote?|offers?|e-?mails?|mails?|mailtjes|courriels?)\b"
)


# a mind changed about what was agreed ("ik heb me bedacht", "I've changed my mind", "j'ai changé d'avis",
# "ich habe es mir anders überlegt")
_CHANGED_MIND = re.compile(
    r"\b(?:changed my mind|change of heart|(?:ik )?(?:heb|ben) (?:me|mij) bedacht|van gedachten veranderd|(?:ik )?ben (?:er )?op teruggekomen|"
    r"change d'avis|revenu\w* sur (?:ma|mon) (?:decision|accord)|(?:es|das) (?:mir )?anders uberlegt|meine meinung geandert)\b"
)
# no longer at ease with a picture being shown ("no longer happy for my photos to be shown", "plus à l'aise avec",
# "niet meer oké dat", "nicht mehr wohl damit")
_NO_LONGER_OK = re.compile(
    r"\b(?:(?:no longer|not any ?more) (?:happy|comfortable|ok|okay|fine|at ease)|(?:not|don't feel) (?:happy|comfortable|ok|okay) "
    r"[^.]{0,60}\bany ?more|niet (?:meer|langer) (?:oke|ok|okay|goed|comfortabel|gerust)|"
    r"plus (?:a l'aise|d'accord|ok|okay|tranquille)|nicht (?:mehr|langer) (?:wohl|ok|okay|recht|einverstanden))\b"
)
# a picture that should no longer be seen ("niet langer te zien", "plus visible", "nicht mehr zu sehen")
_NOT_VISIBLE = re.compile(
    r"\b(?:no longer|not any ?more|niet (?:meer|langer)|nergens meer|ne (?:\w+ ){0,3}plus|nicht (?:mehr|langer|weiterhin)|"
    r"(?:don't|do not|niet|pas|nicht),? (?:[\w,]+ ){0,6}(?:anymore|any longer|nog langer|weiterhin))\b[^.]{0,40}"
    r"\b(?:visible|seen|shown|online|zichtbaar|te zien|getoond|en ligne|affichee?s?|montree?s?|exposee?s?|sichtbar|zu sehen|gezeigt)\b|"
    r"\b(?:visible|seen|shown|online|zichtbaar|te zien|en ligne|sichtbar|zu sehen)\b[^.]{0,20}\b(?:any ?more|any longer|niet meer|niet langer|plus|nicht mehr)\b"
)
_MARKETING_ONLY = re.compile(r"\b(?:newsletters?|nieuwsbrie\w*|mailing\w*|verzendlijst|verteiler|lettre d'information)\b")
# the sentence before shows the writer in a picture in a public place ("I saw myself in your latest ad on
# Facebook", "mijn zoon staat op de groepsfoto op jullie site")
# the places a picture is shown
_PLACE = r"website|site|instagram|facebook|page|pagina|webseite|homepage|vitrine|etalage|schaufenster|brochure|flyer|folder"
_SHOWN_BEFORE = re.compile(
    # "op jullie site staat nog steeds mijn foto", "my photo is still on your website", "mein Foto hängt noch im Schaufenster"
    r"\b(?:my|mijn|m'n|mon|ma|mes|mein\w*)\b (?:\w+ ){0,2}(?:photo|picture|image|portrait|foto|bild|beeld|portret|face)\w*\b[^.]{0,50}"
    r"\b(?:" + _PLACE + r"|ad|advert\w*|"
    r"advertentie\w*|reclame\w*|publicite|werbung|anzeige)\b|"
    r"\b(?:" + _PLACE + r")\b[^.]{0,50}"
    r"\b(?:my|mijn|m'n|mon|ma|mes|mein\w*)\b (?:\w+ ){0,2}(?:photo|picture|image|portrait|foto|bild|beeld|portret)\w*\b|"
    # the writer, or a relative, shown on a page ("my daughter (15) is on the front page of your site", "mijn zoon staat
    # op jullie Facebookpagina", "ma fille est sur votre site", "meine Tochter ist auf Ihrer Homepage", "I'm on your site")
    r"(?:\b(?:my|our|mijn|onze|m'n|mon|ma|mes|notre|nos|mein\w*|unser\w*) (?:\w+ )?(?:son|daughter|child|kid|kids|children|wife|"
    r"husband|partner|boy|girl|baby|zoon|dochter|kind|kinderen|vrouw|man|fils|fille|enfants?|femme|mari|sohn|tochter|kinder|"
    r"frau|mann)\b|\b(?:i am|i'm|ik sta|ik ben|je suis|je figure|ich bin|ich stehe)\b)[^.]{0,60}"
    r"\b(?:on|op|sur|auf|in|im|dans)\b (?:[\w-]+ ){0,4}[\w-]*(?:" + _PLACE + r")\b|"
    # "you took some pictures of me at the Pride event and one is on your homepage", "foto's van mij ... op jullie site"
    r"\b(?:photo|picture|image|portrait|foto|bild|beeld|portret)\w* (?:of|van|de|von) (?:me|mij|moi|mir)\b[^.]{0,60}"
    r"\b(?:" + _PLACE + r")\b|"
    r"\b(?:saw|seen|see|found|spotted|noticed|notice|zag|gezien|gevonden|vu|vue|trouve\w*|apercu\w*|gesehen|entdeckt|gefunden)\b[^.]{0,70}"
    r"\b(?:ad|advert\w*|campaign|advertentie\w*|reclame\w*|campagne|affiche|publicite|pub|werbung|anzeige|kampagne|plakat|"
    + _PLACE + r")\b|"
    r"\b(?:mich|mij|mezelf|me|moi)\b (?:\w+ ){0,3}(?:auf|in|op|sur|dans)\b (?:[\w-]+ ){0,3}[\w-]*(?:werbung|anzeige|kampagne|plakat|webseite|"
    r"homepage|instagram|facebook|advertentie|reclame|affiche|publicite)\b[^.]{0,20}\b(?:gesehen|entdeckt|gefunden|gezien|vu|vue|zag)\b"
)
_PRONOUN_ONLY = re.compile(
    r"\b(?:remov\w*|delet\w*|(?:tak(?:e|ing)|get|getting) (?:it|them|that|this)(?: one| post| photo| picture| pic)? (?:down|off)|haal (?:die|dat|het|ze|deze) weg|verwijder\w*|"
    r"(?:kan|mag|moet|kunnen|mogen|moeten) (?:die|dat|het|ze|deze) (?:\w+ )?(?:eraf|weg|offline|eruit|af)|"
    r"(?:can|could) (?:it|they|that|this) (?:\w+ )?(?:come|be taken|go) (?:down|off)|"
    r"(?:la|le|les|l') ?(?:retirer|enlever|oter|supprimer|decrocher)|"
    r"(?:kann|konnen|konnte|konnten) (?:es|das|sie|dieses|diese) (?:\w+ )?(?:weg|raus|runter|offline|entfernt werden|abgehangt werden)|"
    r"retire[rz]?-?(?:la|le|les)|enleve[rz]?-?(?:la|le|les)|supprime[rz]?-?(?:la|le|les)|entfern\w* (?:sie )?(?:sie|es|das|ihn|diese\w*)|"
    r"nehm\w* (?:sie )?(?:sie|es|das|ihn) (?:\w+ )?(?:raus|runter|herunter|weg)|"
    # the one asked before the pronoun ("kunnen jullie die weghalen?", "können Sie das bitte entfernen?")
    r"(?:kan|kunt|kunnen|wil|wilt|willen) (?:jullie|u|je|ge) (?:die|dat|het|ze|deze) (?:\w+ )?(?:weghalen|weg halen|eraf halen|offline halen|"
    r"verwijderen)|(?:konnen|konnten|kannst|konnt|wurden) (?:sie|du|ihr) (?:das|es|sie|ihn|diese\w*) (?:\w+ )?(?:entfernen|loschen|"
    r"rausnehmen|runternehmen|herunternehmen|offline nehmen))\b"
)
# the writer taken off a list ("remove me", "haal me eraf", "retirez-moi", "tragen Sie mich aus")
_OFF_THE_LIST = WordRule(
    r"\b(?:remove me|take me off|unsubscribe me|opt me out|delete me from|"
    r"haal (?:me|mij) (?:eraf|eruit|af|van|uit)|(?:schrijf|zet) (?:me|mij) (?:\w+ ){0,3}(?:uit|af)\b|(?:me|mij) (?:eraf|eruit) (?:halen|te halen)|"
    r"(?:retirez|enlevez|supprimez|desinscrivez|rayez|sortez)-moi|me (?:retirer|desinscrire|rayer|sortir) de|"
    r"trag\w* (?:sie |du |ihr )?mich (?:\w+ ){0,4}aus|nehm\w* (?:sie )?mich (?:\w+ ){0,4}(?:raus|heraus|aus|von)|streich\w* (?:sie )?mich|"
    r"mich (?:\w+ ){0,3}(?:austragen|auszutragen|streichen|entfernen|herausnehmen))\b"
)
_ACCESS_CUE = re.compile(
    r"\b(?:inzage|inzien|access|acces|auskunft|einsicht|welke|which|what|quel\w*|welche\w*|wat|was|ce que|artikel 15|"
    r"article 15|art\.? ?15|cop(?:y|ies)|kopie\w*|copie\w*|afschrift|overzicht|overview|apercu|ubersicht)\b"
)


_RECT_ASK = re.compile(
    r"\b(?:corrig\w*|correct\w*|rectif\w*|verbeter\w*|aanpass\w*|aangepast|pas\b[^.]{0,30}\baan|wijzig\w*|update\w*|bijwerk\w*|"
    r"change\w*|fix\w*|amend\w*|berichtig\w*|korrigier\w*|andern|anpass\w*|aktualisier\w*|modifi\w*|mettre a jour|"
    r"mise a jour|replace|vervang\w*|actualis\w*|(?:goed|juist) (?:te )?zetten|goedzetten|juistzetten|recht (?:te )?zetten|rechtzetten|"
    r"set (?:\w+ )?right|"
    r"put (?:\w+ )?right|richtig ?(?:zu )?stellen|richtigstell\w*)"
)


def _contested_accuracy_is_restriction(own: list[Sentence], evidence: dict[str, list[str]]) -> None:
    """"Those details are partly wrong" in a letter that asks to restrict processing while the
    accuracy is checked (Art. 18(1)(a)): no correction is asked, so no rectification."""
    if "rectification" in evidence and "restriction" in evidence \
            and not any(_RECT_ASK.search(fold(s)) for s in evidence["rectification"]):
        _drop_near(own, evidence, "rectification", evidence["restriction"])


def _send_it_for_portability(own: list[Sentence], evidence: dict[str, list[str]]) -> None:
    """"Send all our photos and the data you have", then "in a common format so we can give it to
    her": the sending belongs to the portability; access only when the writer asks what is held
    or for a copy of it."""
    if "access" in evidence and "portability" in evidence \
            and not any(_ACCESS_CUE.search(fold(s)) for s in evidence["access"]):
        _drop_near(own, evidence, "access", evidence["portability"])


def _deregistration_is_erasure(own: list[Sentence], evidence: dict[str, list[str]]) -> None:
    """"Uitschrijving" from an agency's files, with the data to be deleted, is the erasure; an
    objection only when a mailing, a newsletter or marketing is named."""
    if "objection" not in evidence or "erasure" not in evidence:
        return
    sentences = [fold(s) for s in evidence["objection"]]
    # "unsubscribe", "se désabonner": only ever from a mailing, which is the objection ("Unsubscribe me and delete my details")
    if all(_DEREGISTER.search(s) and not _MARKETING.search(s) and not _MAILING_WORD.search(s) for s in sentences):
        _drop_near(own, evidence, "objection", evidence["erasure"])


def _pictures_off_a_place_are_no_erasure(own: list[Sentence], evidence: dict[str, list[str]],
                                        weak: dict[str, set[str]]) -> None:
    """"Remove photo." in a mail that takes back the consent to show it online: the removal is
    the withdrawal, not an erasure, when only the reading by parts saw an erasure and only of pictures."""
    if "erasure" not in evidence or "withdraw_consent" not in evidence:
        return
    sentences = evidence["erasure"]
    if all(s in weak.get("erasure", set()) and intent.about_pictures_only(fold(s)) and not _DESTROY.search(fold(s))
           for s in sentences):
        _drop_near(own, evidence, "erasure", evidence["withdraw_consent"])
    elif all(intent.from_a_place(f := _with_the_place_after(own, s)) and not _DESTROY.search(f) and not _STORAGE_WORD.search(f)
             and not intent.names_data_or_account(f) and not intent.names_everything_held(f) for s in sentences):
        # "Could you remove me from your Instagram and the portfolio page?": off the public places only, which is
        # the withdrawal the mail asks for, nothing is wiped from the studio's files (those sentences are its evidence)
        _drop_near(own, evidence, "erasure", evidence["withdraw_consent"])
        evidence["withdraw_consent"] += [t for t in sentences if t not in evidence.get("erasure", [])
                                         and t not in evidence["withdraw_consent"]]


# a few words without a verb that name where from ("Van Insta, Facebook en de site.", "From Instagram and the website.",
# "De Facebook et du site.", "Von Instagram und der Website.")
_PLACE_FRAGMENT = re.compile(r"\W*(?:and |en |et |und |ook |also |aussi |auch )?(?:from|off|van|uit|de|du|des|von|aus)\b[^.!?]{0,60}[.!?]*\s*")


def _with_the_place_after(own: list[Sentence], text: str) -> str:
    """The sentence ``text`` (folded), with the place fragment after it when the writer names the place apart."""
    for i, o in enumerate(own[:-1]):
        if o.text == text:
            after = own[i + 1].folded
            if _PLACE_FRAGMENT.fullmatch(after) and len(after.split()) <= 8 and intent.from_a_place(after):
                return fold(text) + " " + after
    return fold(text)


# a verb that only ever means gone from storage ("delete", "wissen", "löschen", "effacer"), unlike "remove",
# "verwijderen", "supprimer", "entfernen", which also take a picture off a public place
_DESTROY_VERBS = (r"delet\w*|eras\w*|destroy\w*|wipe\w*|wis|wist|wissen|gewist|vernietig\w*|losch\w*|geloscht|vernicht\w*|"
                  r"effac\w*|detrui\w*")
_DESTROY = re.compile(r"\b(?:" + _DESTROY_VERBS + r")\b")


# "ich möchte nicht, dass Sie meine Daten löschen, aber ...": what the writer does not want, then what they do
_NEGATED_WISH = re.compile(
    r"\b(?:(?:don't|do not) want|wil (?:\w+ )?niet|hoeft niet|ne (?:veux|souhaite|demande) pas|(?:mochte|will|wunsche) (?:\w+ )?nicht|"
    r"not (?:asking|requesting)|vraag (?:\w+ )?niet)\b"
)
# "Stop sending me newsletters and delete my e-mail address", "je ne veux plus de votre newsletter, et
# supprimez mon adresse": a second clause that asks on its own (an imperative, a polite form) for another right
_CLAUSE_JOIN = re.compile(r"(?:[,;]\s*|\s)(?:(?:and|en|et|und|sowie|but|maar|mais|aber|also|ook|aussi|auch|then|dan|puis|dann|apres|daarna|danach|ensuite|nadien|anschliessend|afterwards)\s+)+|[;]\s*")


# a verb of its own in the later part ("... en mijn gegevens te wissen", "and to delete", "und zu löschen", "et de supprimer")
_CLAUSE_VERB = re.compile(r"\b(?:te|to|zu) \w+|\b(?:de |d')\w+(?:er|ir)\b|\b\w+ez\b[.!?]*$")
# the clause's last two words: a verb last ("... und meine Daten löschen", "en mijn gegevens wissen",
# "et tout effacer") unless the last word is a noun ("... und seine Daten", "en de beelden", "et le dossier")
_LAST_TWO = re.compile(r"(?:^|\s)([\w']+)\s+(\w+)[.!?]*$")
_VERB_LAST = re.compile(r"\w{2,}(?:en|ern|eln)|\w{3,}(?:er|ir)")
_BEFORE_A_NOUN = re.compile(
    r"the|a|an|my|your|our|his|her|their|all|any|de|het|een|mijn|m'n|jullie|uw|onze|ons|zijn|haar|alle|"
    r"le|la|l'|les|un|une|des|du|mon|ma|mes|votre|vos|notre|nos|son|sa|ses|leur|leurs|"
    r"der|die|das|dem|den|des|ein|eine|einen|einem|einer|mein\w*|ihr\w*|unser\w*|dein\w*|sein\w*|alle\w*|kein\w*|"
    r"(?!(?:bitte|gerne|ebenfalls|eveneens|ook|meteen|alsnog|aussi|ensuite|vite)$)\w+e"  # an adjective ("de ruwe bestanden")
)


def _ends_in_verb(tail: str) -> bool:
    """The clause ends in an infinitive or a verb form of its own, not in a noun."""
    m = _LAST_TWO.search(tail)
    if not m or not _VERB_LAST.fullmatch(m.group(2)):
        return False
    before, last = m.group(1), m.group(2)
    if intent.names_an_object(last):
        return False  # "... en de bestanden", "... und seine Daten", "... et le dossier"
    if last.endswith(("er", "ir")) and not last.endswith(("ern", "eren")):
        # French infinitives after a clitic or "tout" ("et les effacer", "et tout supprimer"); an English
        # "-er" word ("number", "newsletter") or a German "-er" noun is no verb
        return before in ("les", "la", "le", "l'", "me", "m'", "nous", "lui", "leur", "tout", "en", "y")
    return not _BEFORE_A_NOUN.fullmatch(before)
_CLAUSE_SUBJECT = re.compile(
    r"(?:you|u|jullie|je|ge|vous|sie|ihr|du|i|ik|je|j'|ich|we|wij|nous|wir)\b|"
    r"(?:me|m'|nous|les|la|le|l'|lui|leur) ?(?:en |y |l')?\w+(?:er|ir|re)\b"  # "et me retirer de la liste", "et les effacer"
)


_FIRST_SUBJECT = re.compile(r"^(?:ich|ik|i|je|j'|wir|wij|we|nous)\b")
_ABOUT_ME = re.compile(r"\b(?:about|on|of) me\b|\b(?:over|van) (?:mij|me)\b|\b(?:sur|de) moi\b|\bme concernant\b|\b(?:uber|von) mich\b")
_ALSO = re.compile(r"\b(?:and also|as well|en ook|en daarnaast|et aussi|ainsi que|und auch|sowie|zudem|ausserdem)\b")


def _second_clause_rights(part: str, context: str, language: str, invoked: bool,
                          found: dict[str, str]) -> dict[str, str]:
    """Rights a later clause of the sentence asks for by itself, beyond those of the whole."""
    extra: dict[str, str] = {}
    for m in list(_CLAUSE_JOIN.finditer(part))[:4]:  # a sentence of more than four joined clauses is a list, read whole
        head, tail = part[:m.start()], part[m.end():]
        if len(head) < 12 or len(tail) < 12:
            continue
        # the writer, subject of the first clause, is the subject of the second too ("ich widerrufe sie und möchte,
        # dass ...", "ik trek ze in en wil dat ...", "je la retire et souhaite que ...")
        subject = _FIRST_SUBJECT.match(head)
        carried = subject.group(0) + " " + tail if subject and not _CLAUSE_SUBJECT.match(tail) else tail
        if not (intent.starts_with_imperative(tail) or intent.asks(tail) or (carried != tail and intent.asks(carried))
                or (intent.asks(head) and (_CLAUSE_SUBJECT.match(tail) or _CLAUSE_VERB.search(tail) or _ends_in_verb(tail)))):
            continue  # "les photos de Lucas et les données liées": two objects of one verb, not two clauses
        for clause, before in ((head, context), (tail, context + " " + head)):
            for right, fragment in _rights_in_part(clause, before, language, invoked).items():
                if right == "withdraw_consent" and found.get("erasure") == fragment and not _PUBLIC_PLACE.search(part) \
                        and not intent.from_a_place(part):
                    continue  # "if you still keep the raw footage, I'd like it deleted": one deletion, no public place named
                if right == "access" and "portability" in found and not _ALSO.search(part) \
                        and not (_ACCESS_NOUN.search(clause) and _ABOUT_ME.search(clause)):
                    continue  # "a copy of my data and my photos in a machine-readable format": one copy, to take along
                if right not in found and right not in extra:
                    extra[right] = fragment
    return extra


# "I withdraw", "ik trek ... in", "je retire", "ich widerrufe": the writer's act is itself the request
_PERFORMATIVE = re.compile(
    r"\b(?:i|we|ik|wij|je|j'|nous|ich|wir)\b[^.,;:]{0,40}\b(?:withdraw\w*|revok\w*|retract\w*|object|objecting|trek|trekken|herroep\w*|"
    r"maak|maken|teken|tekenen|retire|retirons|revoque\w*|m'oppose|nous opposons|widerrufe\w*|widerspreche\w*|ziehe|ziehen)\b|"
    # consent refused or no longer given ("she no longer consents", "ik ga niet langer akkoord", "plus d'accord")
    r"\b(?:no longer|not|never|niet langer|niet meer|nooit|plus|nicht mehr|nicht langer)\s+(?:\w+ )?"
    r"(?:consent\w*|agree\w*|toestemming|akkoord|d'accord|einverstanden|zustimm\w*)|"
    # what may no longer be ("dat dat niet meer mag", "das darf nicht mehr", "may no longer")
    r"\bniet (?:meer|langer) (?:\w+ )?mag\b|\bmag (?:\w+ ){0,3}niet (?:meer|langer)\b|\bdarf (?:\w+ ){0,3}nicht mehr\b|"
    r"\bmay no longer\b|\bne (?:doit|peut|doivent|peuvent) plus\b|"
    # what the writer no longer needs or wants ("en eigenlijk hoef ik de nieuwsbrief ook niet meer", "I don't need the
    # newsletter any more", "je n'ai plus besoin de vos offres", "den Newsletter brauche ich nicht mehr")
    r"\b(?:hoef|hoeft|hoeven)\b[^.,;:]{0,40}\b(?:niet meer|niet langer)\b|\b(?:don't|do not|no longer) need\b|"
    r"\b(?:n'ai|n'avons) plus besoin\b|\bbrauch\w* (?:\w+ ){0,4}(?:nicht mehr|keine\w* mehr)\b|"
    # someone else's ask passed on ("vraagt ons om ...", "she asks you to", "nous demande de", "bittet Sie")
    r"\b(?:vraagt|vragen|verzoekt|verzoeken|asks|asked|demande|demandent|bittet|bitten|fordert)\s+(?:ons|u|jullie|us|you|nous|vous|uns|sie)\b|"
    r"\b(?:she|he|they)(?:'d| would) (?:\w+ )?(?:like|prefer|rather)\b|"
    # German "gern(e)": as you please, a wish ("gern als ZIP", "die Daten gerne als Datei")
    r"\bgerne?\b|"
    r"\b(?:trek|trekken|maak|maken|teken|widerrufen?|widerspreche\w*|ziehe|ziehen|retire) (?:ik|wij|we|ich|wir|je)\b|"
    r"\b(?:hierbij|hereby|hiermit|par la presente)\b|"
    # the verb before its subject ("fordern wir Sie auf", "bitte ich Sie", "verzoeken wij u", "vous prions de")
    r"\b(?:fordern|fordere|bitten|bitte|ersuchen|ersuche|verlangen|verlange|beantragen|beantrage|mochte|mochten)\s+(?:ich|wir)\b|"
    r"\b(?:verzoek|verzoeken|vraag|vragen|eis|eisen|wens|wensen)\s+(?:ik|wij|we)\b|\b(?:vous|te) (?:prie|prions|demande|demandons)\b|"
    # "merci d'effacer", "merci d'arrêter": the French elision of "merci de"
    r"\bmerci d'|"
    # asked before, in a reminder ("ik heb u al drie keer gevraagd om ...", "ich habe Sie gebeten, ...")
    r"\b(?:gevraagd|verzocht|gebeten|aufgefordert|ersucht|gefordert)\b|"
    # leave given to the studio ("after that you can delete it all", "daarna mogen jullie alles wissen")
    r"\b(?:you|u|jullie|vous|sie|ihr) (?:can|may|mag|mogen|kunt|kan|pouvez|konnen|durfen)\b|"
    r"\b(?:can|may|mag|mogen|kunt|pouvez|konnen|durfen) (?:you|u|jullie|vous|sie|ihr)\b|"
    # a forbidding imperative opening a clause ("in the meantime, don't send it", "n'envoyez pas", "schicken Sie es nicht")
    r"(?:^|[,;:]\s*)(?:please )?(?:don't|do not|dont|never)\b|\bn'?e? ?\w+ez (?:\w+ )?(?:pas|plus|rien)\b|(?:^|[,;:]\s*)\w+en sie\b"
)


def _an_ask(part: str) -> bool:
    """``part`` asks the studio for something or invokes a right: an act of asking, a modal of what must go
    ("die mogen er ook af"), a first-person invocation ("verzoek ik u", "möchte ich", "I object"), or a
    correction stated as the new or wrong value ("mijn e-mailadres is gewijzigd")."""
    return intent.asks_in_a_clause(part) or invokes(part) or bool(_PERFORMATIVE.search(part)) \
        or intent.modal_ask(part)


# a sentence without a verb of its own that says how the ask before it is wanted ("Am liebsten als Datei",
# "Preferably as a CSV file", "Bij voorkeur in Excel", "De préférence en CSV"): part of that ask
_PREFERENCE = re.compile(
    r"^\W*(?:(?:and|en|et|und|or|of|ou|oder) )?(?:am liebsten|lieber|vorzugsweise|idealerweise|moglichst|wenn moglich|"
    r"preferably|ideally|if possible|bij voorkeur|het liefst|liefst|idealiter|indien mogelijk|zo mogelijk|"
    r"de preference|idealement|si possible|dans l'ideal)\b"
)


# a shoot the writer asks to book ("wil graag een newbornshoot boeken", "we'd like to book a session", "je voudrais
# réserver une séance", "möchten ein Shooting buchen"): pictures not taken yet
# a wish of the writer's ("we would like to", "graag", "je voudrais", "wir möchten")
_WISH = r"(?:wil|willen|zou|zouden|graag|like to|want to|would like|voudrais|voudrions|souhaite\w*|mochte\w*|wurde\w* gern)"
_BOOKS_A_SHOOT = re.compile(
    r"\b" + _WISH + r"\b"
    r"[^.?!]{0,40}\b(?:boeken|reserveren|vastleggen|book|reserver|buchen|reservieren)\b|"
    # a shoot wished for, or its price asked ("we zouden graag een newbornshoot bij jullie doen", "hoeveel kost een shoot
    # aan huis?", "how much would a family session cost?", "combien coûte une séance ?", "was kostet ein Shooting?")
    r"\b" + _WISH + r"\b"
    r"[^.?!]{0,40}\b\w*(?:shoot|sessie|session|seance|shooting|reportage)\w*\b[^.?!]{0,30}\b(?:doen|laten doen|laten maken|plannen|"
    r"inplannen|do|have|plan|schedule|faire|planifier|machen|planen)\b|"
    # a shoot wished for without its verb ("wij willen graag een newbornshoot bij jullie", "we'd like a family session in June")
    r"\b" + _WISH + r"\b (?:\w+ )?(?:een|a|an|une?|eine?n?) (?:\w+ )?\w*(?:shoot|sessie|session|seance|shooting|fotoshooting)\b|"
    r"\b(?:hoeveel kost\w*|wat kost\w*|how much (?:is|does|would|will)|what (?:does|would|will) (?:\w+ ){0,4}cost|combien (?:coute|coutent)|"
    r"quel (?:est|serait) le (?:prix|tarif)|was kostet|wie ?viel kostet)\b[^.?!]{0,40}\b\w*(?:shoot|sessie|session|seance|shooting|reportage)\w*"
)
# a wish that something not happen ("wij willen niet dat er foto's online komen", "we don't want any pictures to be
# posted", "nous ne voulons pas que ses photos soient publiées", "wir wollen nicht, dass Bilder online gehen")
_NOT_TO_HAPPEN = re.compile(
    r"\b(?:wil|willen) (?:\w+ ){0,2}niet dat\b|\b(?:don't|do not) want (?:any )?(?:\w+ ){0,5}to (?:be|go|appear|end up)\b|"
    r"\bne (?:voulons|veux|souhaitons|souhaite) pas qu\w*|\b(?:wollen|will|mochten|mochte) (?:\w+ ){0,2}nicht,? dass\b"
)
_TAKEN_DOWN = re.compile(
    r"\b(?:verwijder\w*|haal\w*|remove\w*|delete\w*|take\w* (?:down|off)|supprim\w*|retir\w*|losch\w*|entfern\w*|"
    r"nog (?:steeds|altijd)|still|encore|immer noch|weiterhin)\b"
)


def _conditions_of_a_booking(own: list[Sentence], evidence: dict[str, list[str]]) -> None:
    """A mail that asks to book a shoot sets the terms of pictures not yet taken: a wish that they not be shown
    ("wij willen echt niet dat er foto's van onze baby online komen ... kunnen we dat in het contract zetten?") is a
    condition of the booking, no withdrawal or objection. Taking down what is shown, or "still" shown, is one."""
    if not any(_BOOKS_A_SHOOT.search(o.folded) for o in own):
        return
    for right in ("withdraw_consent", "objection"):
        sents = evidence.get(right, [])
        if sents and all(_NOT_TO_HAPPEN.search(fold(t)) and not _TAKEN_DOWN.search(fold(t)) for t in sents):
            del evidence[right]


# (a verb of destroying, or one of taking away from anywhere)
_REMOVAL = re.compile(r"\b(?:" + _DESTROY_VERBS + r"|verwijder\w*|remov\w*|supprim\w*|entfern\w*|weg)\b")


def _refused(own: list[Sentence]) -> list[str]:
    """Sentences whose ask the writer refuses: one followed by a sentence that only refuses ("Mijn ex heeft jullie
    gemaild dat alles weg moet. Alsjeblieft niet doen."), or one that refuses after a colon what it names ("bevor Sie
    jetzt alles löschen: das will ich ausdrücklich NICHT")."""
    out = [s.text for s in own if stance.refuses_itself(s.folded)]
    out += [a.text for a, b in pairwise(own) if stance.refuses(b.folded) and not stance.refuses(a.folded)]
    return out


def _ruled_out(own: list[Sentence], mentions: list[str], evidence: dict[str, list[str]]) -> None:
    """A right the writer says they do not ask for ("dit is geen verzoek om wissing ... en evenmin een bezwaar", "eine
    Löschung verlange ich ausdrücklich nicht", "statt einer Löschung") is no right of the mail; a sentence whose ask
    the writer refuses asks nothing."""
    denied: set[str] = set()
    for folded in [o.folded for o in own] + [fold(m) for m in mentions]:
        denied |= stance.denied_rights(folded)
    for right in denied:
        evidence.pop(right, None)
    refused = set(_refused(own))
    for right in list(evidence):
        kept = [t for t in evidence[right] if t not in refused]
        if kept:
            evidence[right] = kept
        else:
            del evidence[right]


def _marketing_withdrawal_is_the_objection(evidence: dict[str, list[str]]) -> None:
    """A "withdrawal" read only from sentences about marketing ("I don't want to be in your custom audiences either",
    "I never signed up for your ads"), beside an objection to that marketing, is the objection: no consent is named
    and no picture ("haal mijn foto van jullie Facebookpagina en stuur geen promomails meer": both)."""
    if "objection" not in evidence or "withdraw_consent" not in evidence:
        return
    if all(_MARKETING_USE.search(f) and not _CONSENT_WORD.search(f) and not intent.names_pictures(f)
           for f in map(fold, evidence["withdraw_consent"])):
        del evidence["withdraw_consent"]


# marketing named as what the data is used for (not a mail merely received): promotion, advertising, audiences
_MARKETING_USE = re.compile(
    r"\b(?:promo\w*|marketing|reclame\w*|advertis\w*|ads|audiences?|targeting|retargeting|werbung|werbe\w*|publicit\w*|"
    r"prospection|newsletters?|nieuwsbrie\w*|mailings?)\b"
)


def _second_right_needs_an_ask(evidence: dict[str, list[str]], asking_parts: dict[str, str]) -> None:
    """How two rights in one mail are allowed: each needs a sentence that asks. A right read only from
    statements ("I still have access to this account", "Vous avez encore mes anciennes coordonnées", "ik had
    toestemming gegeven voor het portfolio, niet voor reclame") beside a right the writer does ask for is
    the story around that request, not a second one."""
    if len(evidence) < 2:
        return
    # a directive not to delete ("nichts löschen, aber auch nichts mehr damit machen", "das will ich ausdrücklich NICHT")
    # asks as much as a request does
    asks = {t: not p or _an_ask(p) or bool(_DONT_DELETE.search(p)) or stance.refuses_itself(p) for t, p in asking_parts.items()}
    for (before, _), (t, p) in pairwise(asking_parts.items()):
        if not asks[t] and asks[before] and _PREFERENCE.match(p):
            asks[t] = True  # "Kannst du mir das schicken? Am liebsten als Datei, ... CSV oder JSON": how it is asked for
    asked = {t for sents in evidence.values() for t in sents if asks.get(t)}
    asked_rights = [r for r, sents in evidence.items() if any(t in asked for t in sents)]
    if not asked_rights:
        return
    for right in [r for r in evidence if r not in asked_rights]:
        if right == "rectification" and any(intent.says_wrong(fold(t)) or intent.new_value(fold(t)) for t in evidence[right]):
            continue  # a correction is often stated, not asked: "my name is now Hollis", "the address is wrong"
        del evidence[right]


# a copy of a paper the writer signed or agreed ("a copy of that release", "een kopie van het contract", "une copie du contrat",
# "eine Kopie des Vertrags"): the document, not the data held about the writer
_COPY_OF_A_PAPER = re.compile(
    r"\b(?:cop(?:y|ies)|kopie\w*|copie\w*|afschrift)\b (?:\w+ ){0,3}(?:(?:model )?release|contract|agreement|quitclaim|"
    r"overeenkomst|contrat|accord signe|vertrag\w*|vereinbarung)\b"
)
# an erasure under a condition of the studio's ("should you consider that a legal obligation prevents full erasure",
# "mocht u gegevens moeten bewaren", "si vous deviez conserver", "sollten Sie ... nicht löschen können")
_IF_NOT_ERASED = re.compile(
    r"\b(?:should you|if you|where you|in case|in the event|mocht(?:en)? (?:u|jullie)|indien (?:u|jullie)|als (?:u|jullie)|voor zover (?:u|jullie)|"
    r"si vous|au cas ou|dans le cas ou|dans la mesure ou|sollten sie|falls sie|wenn sie|soweit sie)\b[^.;]{0,100}"
    r"\b(?:erasure|deletion|delet\w*|eras\w*|wissing|verwijder\w*|wissen|effacement|suppression|supprim\w*|effac\w*|loschung|losch\w*)"
)


# what is to stop ("cease all use and any transfers", "stop sharing", "niet meer doorgeven", "ne plus transmettre")
_STOPPED = re.compile(
    r"\b(?:cease|stop|halt|end|no further|refrain from|stoppen met|stop met|ophouden met|niet (?:meer|langer)|geen \w+ meer|"
    r"cesser|cessez|arreter|arretez|ne plus|nicht mehr|keine \w+ mehr|einstellen|unterlassen)\b"
)
# a link's label alone on its line ("Afmelden", "Unsubscribe here", "Se désinscrire", "Abmelden")
_LINK_LABEL = re.compile(r"\W*(?:(?:klik )?hier\W+|click here to\W+)?(?:afmelden|uitschrijven|unsubscribe|se desinscrire|desinscription|"
                         r"se desabonner|abmelden|abbestellen|austragen)(?:\W+(?:here|hier|ici))?\W*")
# a question to the reader ("Wilt u deze e-mails niet meer ontvangen?", "Don't want these emails?", "Vous ne souhaitez plus ...?")
_READER_QUESTION = re.compile(
    r"\W*(?:wilt u|wil je|wilt je|wil jij|do you|don't want|want to|would you like|no longer want|not interested|voulez-vous|"
    r"vous ne (?:souhaitez|voulez)|ne (?:souhaitez|voulez)-vous|souhaitez-vous|mochten sie|wollen sie|sie mochten|kein interesse)\b"
)
# the second of two things asked by one verb ("d'une part ..., d'autre part ...", "enerzijds ..., anderzijds ...", "on the one
# hand ..., on the other ...", "zum einen ..., zum anderen ...")
_ON_THE_OTHER_HAND = re.compile(r"\b(?:d'autre part|de l'autre|anderzijds|on the other(?: hand)?|zum anderen|andererseits)\b,?")
_ASK_OF = {"fr": "je demande ", "nl": "ik vraag ", "en": "i request ", "de": "ich beantrage "}


# An object pronoun ("could you take them off the homepage?", "kunnen jullie ze weghalen?", "pourriez-vous les retirer ?")
# stands for the pictures the sentences before named: the ask is read with the pictures in its place.
# (an object: not "it is", "I'd appreciate it if"; "die" and "deze" with the verb that ends the clause, not "die dag")
_OBJECT_PRONOUN = {
    "en": (re.compile(r"\b(?:them|it)\b(?! (?:if|is|was|has|will|would|can|could|should|to)\b)(?!')"), "the photos"),
    "nl": (re.compile(r"\b(?:ze|die|deze)\b(?=(?: \w+){0,3} \w+en\W*(?:$|[,;.?!]))"), "de foto's"),
    "fr": (re.compile(r"\b(?:les|la|le) (?=\w+(?:er|ez)\b)"), "les photos "),
}


def _with_its_antecedent(part: str, recent: list[str], language: str) -> str:
    """``part`` with its first object pronoun replaced by the pictures the sentences before named; "" when ``part``
    names a thing of its own (files, data, an account: the pronoun may stand for that) or the last thing named before
    is not pictures (an ID copy, an account, files)."""
    if language not in _OBJECT_PRONOUN or intent.names_pictures(part) or intent.names_data_or_account(part) \
            or _STORAGE_WORD.search(part) or not (rx := _OBJECT_PRONOUN[language][0]).search(part):
        return ""
    for before in reversed(recent[-4:]):
        if _ID_DOCUMENT.search(before) or intent.names_data_or_account(before) or _STORAGE_WORD.search(before):
            return ""
        if intent.names_pictures(before):
            return rx.sub(_OBJECT_PRONOUN[language][1], part, count=1)
    return ""


def detect_rights(text: str, language: str | None = None) -> Classification:
    """Rights invoked in ``text`` (the requester's own words), canonical order, with evidence."""
    lang = language or detect_language(text)
    evidence: dict[str, list[str]] = {}
    mentions: list[str] = []
    prev = prev2 = ""
    in_quote = False
    lead_in = False  # "I request you:" followed by list items: each item is asked for
    asking: list[str] = []
    own: list[Sentence] = []
    weak: dict[str, set[str]] = {}  # right -> sentences where only the reading by parts found it
    relayed = False  # inside a quotation of the requester that the writer passes on
    recent: list[str] = []  # the sentences read so far, folded: what a pronoun may point back at
    asking_parts: dict[str, str] = {}  # sentence as written -> its asking part ("" for a first line or a list item,
    # which name what is asked by their place); read by _an_ask only where a mail has two rights
    for n_sentence, s in enumerate(split_sentences(text)):
        if ("ae" in s.folded or "oe" in s.folded or "ue" in s.folded) and not _HAS_UMLAUT.search(s.text) \
                and _sentence_language(s, lang) == "de":
            s = Sentence(s.text, respell_umlauts(s.folded), s.paragraph)  # "loeschen Sie" is "löschen Sie" typed without umlauts
        elif lang == "nl" and (flemish := standard_dutch(s.folded)) != s.folded and _sentence_language(s, lang) == "nl":
            s = Sentence(s.text, flemish, s.paragraph)  # "kunde gij mijnen naam aanpassen": "kunt u mijn naam aanpassen"
        elif _EN_TYPED.search(s.folded) and _sentence_language(s, lang) == "en":
            s = Sentence(s.text, english_spelt_out(s.folded), s.paragraph)  # "pls dont use it": "please don't use it"
        if _WOULD_YOU_MIND.search(s.folded) and _sentence_language(s, lang) == "en":
            s = Sentence(s.text, _WOULD_YOU_MIND.sub(lambda m: "please " + _GERUND_TO_BASE[m.group("verb")], s.folded), s.paragraph)
        if _PREFER_YOU_DID.search(s.folded) and _sentence_language(s, lang) == "en":
            # "I'd prefer you got rid of the whole lot": the wish in the past tense asks as "please get rid of ..."
            s = Sentence(s.text, _PREFER_YOU_DID.sub(lambda m: "please " + _PAST_TO_BASE[m.group("verb")], s.folded), s.paragraph)
        if (dropped := _DROPPED_SUBJECT.match(s.folded)) and (s_lang0 := _sentence_language(s, lang)) in _FIRST_PERSON:
            # "wil die mails niet meer ontvangen", "want no more mails", "veux plus de pubs", "möchte keine Werbung mehr":
            # the writer's "ik", "I", "je", "ich" left out, as in a note typed fast
            if dropped.group(s_lang0):
                s = Sentence(s.text, s.folded[:dropped.start("verb")] + _FIRST_PERSON[s_lang0] + " "
                             + s.folded[dropped.start("verb"):], s.paragraph)
        item = bool(BULLET_RE.match(s.text))
        invoked = lead_in and item
        if not item:
            lead_in = s.text.rstrip().endswith(":") and invokes(s.folded)
        quotes = len(_QUOTE_CHARS.findall(s.text))
        starts_quoted = in_quote
        if quotes % 2:
            in_quote = not in_quote
        # A passage quoted across sentences (a policy, an earlier mail) is not the writer's request.
        quoted = starts_quoted or (in_quote and quotes % 2 and _opens_quote_early(s.text))
        if quotes and not starts_quoted and _RELAY.search(prev2 + " " + prev + " " + s.folded[:60]):
            relayed = True  # "she asked me to pass this on: « ... »": the quoted request is the requester's
        part = "" if quoted and not relayed else request_part(s.folded)
        if part and addressed_to_reader(s.text, s.folded, _sentence_language(s, lang)):
            part = ""  # "heeft u recht op inzage ... van uw gegevens", "pour exercer vos droits": a notice to the reader
        if not in_quote and quotes:
            relayed = False
        if part and _LINK_LABEL.fullmatch(part) and _READER_QUESTION.match(prev) and _MAILINGS.search(prev) \
                and prev.rstrip().endswith("?"):
            part = ""  # "Wilt u geen e-mails meer ontvangen? Afmelden": the mailing's own footer and its link, to the reader
        if not part:
            mentions.append(s.text)
            prev2, prev = prev, s.folded
            recent.append(s.folded)
            continue
        asking.append(part)
        own.append(s)
        asking_parts.setdefault(s.text, "" if n_sentence == 0 or item else part)
        s_lang = _sentence_language(s, lang)
        if s_lang == "nl":
            part = _FLEMISH.sub(lambda m: _FLEMISH_WORDS[m.group(0)], part)
        elif s_lang == "de":
            part = _DE_SPOKEN.sub(lambda m: _DE_SPOKEN_WORDS[m.group(0)], _DE_CLITIC.sub(r"\1", part))
        elif s_lang == "fr":
            # "est-ce que c'est moi qui dois signer ?": the question's particle, not "ce que" (what); "qu'est-ce que" is what
            part = _FR_QUESTION_PARTICLE.sub("", _FR_SPOKEN.sub(lambda m: _FR_SPOKEN_WORDS[m.group(0)], part))
            if "où" not in s.text.lower() and _FR_ACCENTED.search(s.text) and _FR_OU.search(part):
                # "ou elle, ou nous deux ?": a writer who types accents wrote "or", not "où" (where)
                part = _FR_OU.sub("voire", part)
        context = prev2 + " " + prev
        by_parts: set[str] = set()
        found = _rights_in_part(part, context, s_lang, invoked, by_parts)
        if found or _NEGATED_WISH.search(part):
            for right, fragment in _second_clause_rights(part, context, s_lang, invoked, found).items():
                found[right] = fragment
                by_parts.add(right)
        if found and (other := _ON_THE_OTHER_HAND.search(part)):
            # "souhaite obtenir, d'une part, une copie ..., et d'autre part la correction de sa fiche": the second object
            # of the one ask, read with that ask
            for right, fragment in _rights_in_part(_ASK_OF[s_lang] + part[other.end():], context, s_lang, invoked).items():
                found.setdefault(right, fragment)
        if not found and (named := _with_its_antecedent(part, recent, s_lang)):
            found = _rights_in_part(named, context, s_lang, invoked)
        for right, own_deed in (("erasure", _OWN_REMOVAL), ("rectification", _OWN_CHANGE)):
            if right in found and (own_rm := own_deed.search(part)) \
                    and own_rm.start() <= part.find(found[right]) < own_rm.end():
                # "Ik heb jullie mail per ongeluk verwijderd, kunnen jullie hem opnieuw sturen?", "entre-temps j'ai changé de
                # travail": the right read is the writer's own deed, whatever else the sentence asks ("ik heb mijn account
                # verwijderd, kunnen jullie ook mijn gegevens wissen?" asks an erasure of its own, read without that deed)
                rest = _rights_in_part(part[:own_rm.start()] + part[own_rm.end():], context, s_lang, invoked)
                if right in rest:
                    found[right] = rest[right]
                else:
                    found.pop(right)
        _correction_as_a_condition(found, part, context, s_lang, invoked)
        if "rectification" in found and "erasure" in found and _THE_OLD_ONE.search(part) and not intent.names_data_or_account(part):
            found.pop("erasure")  # "note my new number and remove the old one": the record is updated, nothing erased
        if "erasure" in found and re.match(_DEACTIVATE, found.get("restriction", "")):
            found.pop("restriction")  # "zet mijn account op non-actief en verwijder mijn profiel": the account goes
        if "objection" in found and re.match(_DEACTIVATE, found.get("restriction", "")) and not intent.names_account(part):
            # "Je m'oppose à ce traitement biométrique : merci de désactiver l'indexation de mon visage": the processing
            # objected to is switched off, no account or record held back
            found.pop("restriction")
        if "withdraw_consent" not in found and _CONSENT_GIVEN.search(part) and (m := _NO_LONGER_WANTED.search(part)) \
                and _PICTURED.search(part) and not _MARKETING.search(part):
            found["withdraw_consent"] = m.group(0)
        if not found and (m := _CHANGED_MIND.search(part) or (_NOT_VISIBLE.search(part) if intent.asks(part) else None)
                          or (_NO_LONGER_OK.search(part) if _PUBLIC_PLACE.search(part + " " + context)
                              and intent.names_pictures(part + " " + context) else None)) \
                and _PICTURED.search(part + " " + context) and not _MARKETING_ONLY.search(part) and not intent.about_business(part):
            found["withdraw_consent"] = m.group(0)  # "ik heb me bedacht", "je ne souhaite plus qu'elle soit visible"
        if not found and (wg := _WISH_GONE.search(part)) and (_STORAGE_WORD.search(context) or intent.is_personal_data(context)
                                                               or _ID_DOCUMENT.search(context)) \
                and not _SHOWN_BEFORE.search(context) and not intent.about_business(context):
            found["erasure"] = wg.group(0)  # "do you still have my passport scans? If so I'd feel better if they were gone."
        if set(found) <= {"erasure"} and _SHOWN_BEFORE.search(context) and not _STORAGE_WORD.search(context) \
                and (pron := _PRONOUN_ONLY.search(part)) \
                and (found or intent.asks_in_a_clause(part)) and not intent.is_personal_data(part) \
                and (not intent.names_pictures(part) or _THAT_PICTURE.search(part)):
            # "I saw myself in your ad on Facebook. Please remove it.": the picture goes off that place
            found = {"withdraw_consent": found.get("erasure") or pron.group(0)}
        if (od := _OBJECTS_TO_DELETION.search(part)) and ("objection" in found or "erasure" in found):
            # "Ich widerspreche dieser Löschung ...": kept, neither erased nor an objection to the processing
            found = {r: f for r, f in found.items() if r not in ("objection", "erasure")}
            found.setdefault("restriction", od.group(0))
        if (kn := _keep_but_not_use(part)) and "restriction" not in found:
            # "bewahren Sie die Fotos auf, aber nutzen Sie sie vorerst nicht", "gardez-les, mais ne les utilisez pas"
            found = {r: f for r, f in found.items() if r not in ("erasure", "withdraw_consent", "objection")}
            found["restriction"] = kn
        if "withdraw_consent" not in found and (cw := _CONFIRMS_WITHDRAWAL.search(part)) and _CONSENT_WORD.search(context + " " + part):
            # "Our client withdrew her consent by telephone; for the avoidance of doubt, we confirm that withdrawal.": the
            # withdrawal made before, given in writing
            found["withdraw_consent"] = cw.group(0)
        if "withdraw_consent" not in found and (rv := _REVOKE_IT.search(part)) and _CONSENT_PAPER.search(context + " " + part[:rv.start()]):
            found["withdraw_consent"] = rv.group(0)  # "Ik heb in 2022 die quitclaim getekend. Ik trek die in."
        if "objection" not in found and (nm := _NO_LONGER_COMES.search(part)) and _MAILINGS.search(context) \
                and not intent.names_pictures(part) and (" want " not in nm.group(0) or _MAILING_RECEIVED.search(context)):
            found["objection"] = nm.group(0)  # "Ik krijg elke maand jullie nieuwsbrief. Kun je zorgen dat die niet meer komt?"
        if "objection" not in found and (nr := _NO_LONGER_RECEIVED.search(part)) \
                and _MAILINGS.search(named := prev if _MAILINGS.search(prev) else context) and not intent.about_business(named) \
                and not intent.names_pictures(part + " " + named):
            # "... elke keer als die nieuwsbrief binnenkomt ... Ik wil hem dus niet meer ontvangen.", "I don't want to
            # receive it anymore", "Ich möchte ihn nicht mehr erhalten", "je ne veux plus la recevoir": the mailing named
            found["objection"] = nr.group(0)
        if not found and (nu := _NOT_USED_FOR_THAT.search(part)) and _A_USE.search(context):
            found["objection"] = nu.group(0)  # "you use photos to train some AI tool. I don't want mine used for that."
        if "withdraw_consent" in found and (tm := _FOR_A_WHILE.search(part) or (_KEEP_IT.search(part) and _TEMPORARY.search(part))) \
                and not _CONSENT_WORD.search(part):
            # "until we've sorted that out, please take them offline but keep the originals", "could you take them off the
            # homepage for now?": held back for a while, not gone for good
            found = {r: f for r, f in found.items() if r not in ("withdraw_consent", "erasure")}
            found["restriction"] = (kp.group(0) if (kp := _KEEP_IT.search(part)) else tm.group(0))
        if "access" in found and _RELATIVE_WANTS_COPY.search(part) and not (intent.is_personal_data(part) or re.search(
                r"\b(?:info|information|informatie|data|details|gegevens|records?)\b[^.]{0,40}\b(?:about|on|of|over|van) "
                r"(?:her|him|them|haar|hem|hen|hun)\b", part)):
            # "my mum wants a copy of our family photos too": more prints, not the writer's data; "my mum wants a copy of
            # all the info you have on her" is her request, passed on
            found.pop("access")
        if not found and (st := _STOP_THAT.search(part)) and _MAILING_RECEIVED.search(context) and not _USED_FOR_SHOW.search(context) \
                and not intent.names_pictures(part + " " + context):
            found["objection"] = st.group(0)  # "Ik krijg elke maand jullie nieuwsbrief ... Stop er mee aub.": the mailing stops
        if not found and (st := _STOP_THAT.search(part)) and _USED_FOR_SHOW.search(context):
            # "you're still using a photo of me in your Facebook ads. I never agreed to that and would like it stopped."
            found["objection" if _ADS_USE.search(context) else "withdraw_consent"] = st.group(0)
        if "restriction" not in found and (uc := _UNTIL_CORRECTED.search(part)):
            found["restriction"] = uc.group(0)
        if "restriction" not in found and any(r in found or r in evidence for r in ("rectification", "objection")) \
                and (mw := _MEANWHILE_NOT.search(part)):
            # "merci de la corriger et, en attendant, de ne plus rien m'envoyer", "pas dat aan en stuur intussen niets meer":
            # held back while the correction is made, or while an objection is weighed (Art. 18(1)(d): "Je m'oppose à ...
            # En attendant votre réponse, merci de cesser toute utilisation de ces images.")
            found["restriction"] = mw.group(0)
        if "restriction" not in found and (uc := _UNTIL_CHECKED.search(part)) and (
                intent.is_personal_data(part) or intent.names_pictures(part) or intent.names_own_data(part)
                or (_PRONOUN_OBJECT_ANY.search(part) and (intent.is_personal_data(prev) or intent.names_own_data(prev)))):
            found["restriction"] = uc.group(0)
        if not found and (np := _NOT_PROCESSED.search(part)) and _TEMPORARY.search(part) and intent.is_personal_data(part):
            found["restriction"] = np.group(0)  # "verarbeiten Sie meine Daten vorerst nicht weiter, bis ..."
        if (off := _OFF_THE_LIST.search(part)) and "objection" not in found and _MARKETING.search(part + " " + context) \
                and not (_FOR_A_DAY.search(part) and not _MAILINGS.search(part)) \
                and not intent.is_personal_data(part) and not intent.names_pictures(part) \
                and (set(found) <= {"erasure"} or _MARKETING.search(part[off.start():])):
            # "I never agreed to be on your mailing list, please remove me": off the mailing; "corrigez mon
            # adresse et retirez-moi de la newsletter": beside what the first clause asks
            found.pop("erasure", None)
            found["objection"] = off.group(0)
        if not found and _BARE_FIX.fullmatch(part) and intent.mentions_own(wider := " ".join(o.folded for o in own[-5:-1])) \
                and (_PROFILE_SAYS.search(wider) or (intent.names_field(wider) and _WRONG_VALUE.search(wider))):
            # "My profile says I was born in 1981. It's 1991!! Please fix asap.": the value named before is corrected
            found["rectification"] = part.strip(" .!")
        if "rectification" not in found and "rectification" not in evidence and (ci := _CORRECT_IT.search(part)) \
                and _WRITTEN_AS_BUT_IS.search(context):
            # "Sur la facture vous écrivez Jerome Piete, c'est Jérôme Piette. Vous pouvez changer ça ?": the value named
            # before, as written and as it is, is corrected
            found["rectification"] = ci.group(0)
        if "rectification" not in found and (ci := _CORRECT_IT.search(part)) and _STALE_VALUE.search(prev) \
                and not intent.names_pictures(prev) and not _PUBLIC_PLACE.search(prev):
            # "In deiner Kundenkartei steht noch Lindner. Kannst du das bitte ändern?", "my account still shows my old
            # address, can you change that?": the value still held is corrected
            found["rectification"] = ci.group(0)
        if "rectification" not in found and "rectification" not in evidence and _CORRECT_IT.search(part) and len(own) > 3:
            # "In mijn profiel staat dat ik 1m92 ben ... (two sentences on) ... Kunnen jullie dat juist zetten?": what
            # "dat" points at may lie further back than the sentence before
            wider = " ".join(o.folded for o in own[-5:-1])
            if "rectification" in (back := _rights_in_part(part, wider, s_lang, invoked)):
                found["rectification"] = back["rectification"]
        if "access" in found and _COPY_OF_A_PAPER.search(part) and not intent.is_personal_data(part):
            found.pop("access")  # "could you send me a copy of that release?": the paper signed, not what is held about me
        if "access" in found and ("erasure" in found or "erasure" in evidence) and _IF_NOT_ERASED.search(part):
            # "Should you consider that a legal obligation prevents full erasure, please specify which data are retained":
            # what is kept back from the erasure, asked as part of it
            found.pop("access")
        if found.keys() & {"erasure", "withdraw_consent"} and _OFF_A_BUSINESS_ITEM.search(part) and not _PUBLIC_PLACE.search(part) \
                and not intent.names_data_or_account(part):
            # "Could you take my sister off the group photo order?", "haal mij van de bestelling": the order changes
            found = {r: f for r, f in found.items() if r not in ("erasure", "withdraw_consent")}
        if "access" in found and _KEPT_SAFELY.search(part) and not _ACCESS_NOUN.search(part) and not _STILL_HAVE.search(part) \
                and not re.search(r"\b(?:what|which|wat|welke|quel\w*|welche\w*|was)\b", part):
            # "Are my photos stored securely?", "worden mijn gegevens veilig bewaard?": how safely, not what is kept
            found.pop("access")
        if "access" in found and _NEEDED_FROM_THE_WRITER.search(part) and not _STILL_HAVE.search(part):
            # "What information do you need from me for the booking?", "welke gegevens hebben jullie van mij nodig?":
            # what the writer is to give, not what is held about them
            found.pop("access")
        if found.keys() - {"access"} and _PRACTICE_QUESTION.match(part) and part.rstrip().endswith("?") \
                and not intent.mentions_own(part) and not _PLEASE.search(part):
            # "Do you keep the files forever, or delete them after a while?", "vous supprimez les fichiers après un
            # moment ?": what the studio does, asked before booking; nothing of the writer's is to be done
            found = {r: f for r, f in found.items() if r == "access"}
        if found and _OWN_CUSTOMER.search(part) and not _THE_STUDIO.search(part):
            # "een klant van mij vraagt om al haar gegevens en foto's te wissen. Hoe doe jij dat?": a fellow business
            # tells of a request its own customer made of it; nothing is asked of the studio
            found = {}
        if found.keys() & {"erasure", "rectification"} and _DISREGARD_A_MAIL.search(part):
            # "Please ignore my previous email.", "Oubliez mon dernier message.": a mail set aside, nothing of the writer's
            found = {r: f for r, f in found.items() if r not in ("erasure", "rectification")}
        if found.keys() & {"erasure", "withdraw_consent"} and _OWN_REMOVAL.search(part) and not intent.asks(part) \
                and not _CONSENT_WORD.search(part):
            # "I cleared out my phone and deleted all the photos", "ik heb per ongeluk mijn foto's verwijderd", "ich habe das
            # Foto von meinem Instagram entfernt": the writer's own removal, told; nothing is asked of the studio
            found = {r: f for r, f in found.items() if r not in ("erasure", "withdraw_consent")}
        if "portability" not in found and (fragment := _transfer_to_other(part, prev2 + " " + prev)):
            found["portability"] = fragment
            found.pop("access", None)
        for right in found:
            sentences_for = evidence.setdefault(right, [])
            if s.text not in sentences_for:
                sentences_for.append(s.text)
            if right in by_parts:
                weak.setdefault(right, set()).add(s.text)
        prev2, prev = prev, s.folded
        recent.append(s.folded)
    _objection_over_weak_withdrawal(own, evidence)
    _ads_use_taken_down_with_consent(own, evidence)
    _product_explained_after(own, evidence)
    _never_consented(own, evidence)
    _originals_for_another_photographer(own, evidence)
    _originals_to_work_on_myself(own, evidence)
    _newsletter_consent_withdrawn(own, evidence)
    _pictures_off_a_place_are_no_erasure(own, evidence, weak)
    _deregistration_is_erasure(own, evidence)
    _send_it_for_portability(own, evidence)
    _contested_accuracy_is_restriction(own, evidence)
    _keep_but_do_not_use(own, evidence)
    _ruled_out(own, mentions, evidence)
    _kept_but_off_a_public_place(own, evidence)
    _a_pause_is_no_withdrawal(evidence)
    _new_value_for_business(own, evidence)
    _company_billing_details(own, evidence)
    _conditions_of_a_booking(own, evidence)
    _marketing_withdrawal_is_the_objection(evidence)
    _second_right_needs_an_ask(evidence, asking_parts)
    rights = [r for r in RIGHTS if r in evidence]
    return Classification(rights=rights, evidence={r: evidence[r] for r in rights}, language=lang,
                          mentions=mentions, asking="\n".join(asking), own=[o.text for o in own])


# --------------------------------------------------------------------------------------
# Is it a request at all?
# --------------------------------------------------------------------------------------

# A request named as such without a right ("AVG-verzoek", "demande RGPD"); one, not a vendor's
# "we handle your clients' data subject requests"
_GENERIC_REQUEST_RE = re.compile(
    r"\bavg[- ]?verzoek(?!en)|\bprivacy ?verzoek(?!en)|\bgdpr[- ]request(?!s)|\bdata subject (?:access )?request(?!s)|"
    r"\bverzoek (?:op grond van|in het kader van|onder) de (?:avg|gdpr|uavg)\b|"
    r"\brequest under (?:the )?(?:gdpr|uk gdpr|data protection act)\b|\bmijn (?:privacy)?rechten (?:onder|volgens) de avg\b|"
    r"\bdemande (?:rgpd|au titre du rgpd|relative (?:au|a mes) (?:rgpd|donnees))\b|\bexercer mes droits\b|"
    r"\b(?:exercise|invoke|use) my (?:\w+ )?rights\b|\b(?:gebruik maken van|uitoefenen van) mijn (?:privacy)?rechten\b|"
    r"\bmeine (?:\w+ )?rechte (?:\w+ ){0,4}(?:wahrnehmen|geltend machen|ausuben)\b|"
    r"\bdsgvo-?(?:anfrage|antrag|ersuchen)\b|\bbetroffenen(?:anfrage|rechte)\b|\bmeine rechte (?:nach|gemass) (?:der )?dsgvo\b"
)
_REQUEST_WORDS = re.compile(
    r"\bverzoek\w*|\brequest\w*|\bdemande\w*|\banfrage\w*|\bantrag\w*|\bgegevens\b|\bdata\b|\bdonnees\b|"
    r"\bdaten\b|\bavg\b|\bgdpr\b|\brgpd\b|\bdsgvo\b|\bprivacy\b"
)
# "my request of 14 January", "ma demande", "meine Anfrage": the writer's own earlier request
_OWN_REQUEST = re.compile(
    r"\b(?:mijn|ons|onze|my|our|ma|mon|notre|mein\w*|unser\w*)\b (?:\w+ ){0,2}(?:verzoek\w*|vraag|aanvraag|mail|e-?mail|"
    r"bericht|brief|request|e-?mail|message|letter|demande|courrier|courriel|anfrage|antrag|nachricht|schreiben)\b|"
    r"\b(?:ik|i|je|j'|ich|wir|we)\b (?:\w+ ){0,6}(?:gevraagd|verzocht|gemaild|geschreven|gestuurd|asked|requested|wrote|"
    r"e-?mailed|sent|demande|ecrit|envoye|gefragt|geschrieben|gesendet|geschickt|beantragt)\b"
)
_ASKS_ABOUT_OWN_DATA = re.compile(
    r"\b(?:mijn|onze|my|our|mes|nos|meine[nr]?|unsere[nr]?) (?:\w+ )?(?:persoons)?(?:gegevens|data|donnees|daten|"
    r"personal data|information|informatie|informations|informationen|details|coordonnees|angaben)\b"
    r"[^.?!]{0,120}(?:\?|\b(?:graag|please|svp|s'il vous plait|merci de|bitte|wil|want|would like|souhaite|voudrais|mochte)\b)"
)
_BUSINESS_WORDS = re.compile(
    r"\bfactu\w*|\binvoice\w*|\brechnung\w*|\bbetaling\w*|\bpayment\w*|\bpaiement\w*|\bzahlung\w*|"
    r"\bboeking\w*|\bbooking\w*|\breservation\w*|\breservering\w*|\bbuchung\w*|\bofferte\w*|\bquote\b|\bdevis\b"
)


_WORDS = re.compile(r"[^\W\d_]+")
_MIN_WORDS_TO_ASK = 3


def decide_request(c: Classification, *, bulk: bool, follow_up: bool, quoted_own_request: bool) -> tuple[bool, list[str]]:
    """Whether the mail is a request, and the flags that go with the decision.

    Only the sentences that may ask for something count (``c.asking``): a vendor's pitch that
    says "clients can request deletion of their data" names no request of the writer's. A mail
    with rights is a request; so is one that names a request without a right ("AVG-verzoek",
    flagged ``rights_unclear``), a reminder of the writer's own earlier request, and a question
    about the writer's own data ("wat gebeurt er met mijn gegevens?", ``rights_unclear``). Any
    other mail that talks about requests or data is flagged ``possible_request`` for the owner:
    never dropped silently. Bulk mail and auto-replies are never requests.
    """
    flags: list[str] = []
    if bulk:
        return False, flags
    asking = c.asking
    if c.rights:
        return True, flags
    if _GENERIC_REQUEST_RE.search(asking):
        return True, ["rights_unclear"]
    talks_of_requests = bool(_REQUEST_WORDS.search(asking)) and not _BUSINESS_WORDS.search(asking)
    if follow_up and (quoted_own_request or (talks_of_requests and _OWN_REQUEST.search(asking))):
        return True, flags  # "any update on my request?": a reminder restating no right is still about a request
    if talks_of_requests and _ASKS_ABOUT_OWN_DATA.search(asking):
        return True, ["rights_unclear"]
    parts = asking.split("\n") if asking else []
    business = [bool(_BUSINESS_WORDS.search(p)) for p in parts]  # an invoice or booking is no reading, nor what follows it
    # nor a delivery, an album or a download link without the writer's data in it ("send me the RAW files via WeTransfer")
    product = [intent.names_product(p) and not intent.names_data_or_account(p) for p in parts]
    # a mail that asks to book a shoot talks of pictures not yet taken: no reading in plain words ("we don't want
    # photos of our baby online") is a request there; the owner still sees it as a possible request
    booking = any(_BOOKS_A_SHOOT.search(p) for p in parts)
    # a label of two words ("toestemming insta", a subject line) names a topic and asks nothing the model could read
    label = [len(_WORDS.findall(p)) < _MIN_WORDS_TO_ASK for p in parts]
    reading = learned.read(parts, c.own, [not (b or (i and business[i - 1]) or product[i] or label[i])
                                          for i, b in enumerate(business)])
    if reading and booking:
        return False, ["possible_request"]
    if reading:
        # no rule places the mail; the learned model reads a request in plain words: a lower-confidence
        # reading, its sentences are the evidence for the owner to judge
        c.rights, c.evidence = reading.rights, reading.evidence
        return True, ["model_reading"]
    if talks_of_requests:
        return False, ["possible_request"]
    return False, flags
