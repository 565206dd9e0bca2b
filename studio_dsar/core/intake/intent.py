"""A second reading of a sentence the rights rules found nothing in: does the writer ask, and for what?

The rules in :mod:`.rules_nlen`, :mod:`.rules_fr` and :mod:`.rules_de` know many exact phrasings.
People write requests in ways nobody listed, so a sentence without a rule hit is read again here
by its parts, which generalise across wordings:

* an **act of asking** - a polite form ("could you", "kunnen jullie", "pourriez-vous",
  "könnten Sie"), a wish ("I'd like", "ik wil graag", "je souhaite", "ich möchte"), an
  indirect question ("I was wondering", "ik vroeg me af", "je me demandais", "ich wollte
  fragen"), a marker ("please", "graag", "svp", "bitte") or an imperative;
* the **writer's own** things (first person: "my", "mijn", "mes", "meine", "about me");
* the **object** of a right (data, photos, account, a mailing, a name or an address);
* an **action** that belongs to one right (delete, tell what you hold, correct, restrict,
  transfer, stop sending, take back a consent), not negated ("do not delete").

Beyond the four parts, plain-word forms of a right are read as wholes: what Art. 15 lets a
person know asked as a question about their own data (to whom it went, where it came from, how
long and why it is kept, what is done with it), a new or an old value of one's own field, the
right value given against the recorded one, not wanting the studio to keep or use the data.

A right is read when its action, its object and either the act of asking or the first person
come together in one sentence (the sentence was cleared of mentions, citations and threats
before, by :mod:`.mentions`). Every feature is a word list per language written from the
languages, not from example mails; the lists are one pattern per feature so a reader sees what
counts. All patterns see folded text (lower case, no diacritics).
"""

from __future__ import annotations

import re

from studio_dsar.core.intake.rxutil import WordRule

# --- the act of asking -----------------------------------------------------------------------
_ASK = WordRule(
    # English
    r"\bplease\b|\bpls\b|\bplz\b|\bkindly\b|\b(?:could|can|would|will) (?:you|u)\b|\b(?:could|can|may) (?:i|we)\b|"
    r"\bi(?:'d| would| should)? (?:\w+ )?(?:like|love|appreciate|prefer|want|wish|need|demand|expect|ask|request)\b|\bi'd rather\b|"
    r"\b(?:is|would) it (?:be )?possible\b|\bi(?:'m| am| was) (?:\w+ )?(?:wondering|asking|requesting)\b|\bi wonder\b|"
    r"\blet (?:me|us) know\b|\bmake sure\b|\bmake (?:it|this|them) stop\b|\b(?:do|would) (?:you|u) mind\b|"
    # Dutch and Flemish
    r"\bgraag\b|\bgelieve\b|\ba\.?u\.?b\b|\balsjeblieft\b|\balstublieft\b|\bsvp\b|\bff\b|"
    r"\b(?:kunnen|kunt|kun|kan|kunde|kunt|zou|zoudt|zouden|wil|wilt|willen|mag|mogen)\b (?:jullie|julie|u|je|ge|gij|jij|ik|wij|we)\b|"
    r"\b(?:ik|wij|we) (?:\w+ )?(?:wil|willen|wou|wens|wensen|vraag|vragen|verzoek|verzoeken|eis|eisen|verwacht|zou graag|had graag)\b|"
    r"\b(?:vraag|vroeg) (?:me|mij|ik me) af\b|\blaat (?:me|mij|ons) (?:\w+ )?weten\b|\b(?:is|zou) (?:het|dat) mogelijk\b|"
    # French
    r"\bs'il (?:vous|te) plait\b|\bsvp\b|\bstp\b|\bmerci de\b|\bveuillez\b|\bvoulez-vous\b|"
    r"\b(?:pourriez|pouvez|pourrais|pourriez|voudriez|auriez)[- ]vous\b|\b(?:puis|pourrais)[- ]je\b|"
    r"\bje (?:\w+ )?(?:souhaite|souhaiterais|voudrais|veux|desire|demande|prie|exige|sollicite|tiens a|prefere|preferais|prefererais)\b|"
    # the writer's preference, a wish in the four languages ("je préfère ne plus les recevoir", "ik heb liever dat",
    # "ich hätte lieber", "I'd prefer": above)
    r"\b(?:ik|wij|we) (?:\w+ )?(?:heb|hebben|zou|zouden|had) (?:\w+ )?liever\b|\b(?:ich|wir) (?:\w+ )?(?:hatte|hatten|mochte|mochten|ware) (?:\w+ )?lieber\b|"
    # someone's ask passed on, as an indirect question ("zij vroeg of u ... kunt doorsturen", "she asked if you could",
    # "elle demande si vous pourriez", "sie fragt, ob Sie ... könnten")
    r"\b(?:vroeg|vraagt|vroegen|vragen|asked|asks|asking|demande|demandait|fragt|fragte|fragen)\b,? (?:\w+ ){0,2}(?:of|if|whether|si|ob)\b"
    r"[^.?!]{0,80}\b(?:u|jullie|je|you|vous|tu|sie|ihr|du)\b|"
    r"\bj'(?:aimerais|aimerai|exige|attends)\b|\bnous (?:souhaitons|voudrions|demandons)\b|"
    r"\bje me demand\w*\b|\b(?:est|serait)-il possible\b|\bvous serait-il possible\b|"
    # German
    r"\bbitte\b|\b(?:konnten|konnen|kannst|konntest|konnt|wurden|wurdest|wurdet|wollen|mochten) (?:sie|du|ihr)\b|"
    r"\bich (?:\w+ )?(?:mochte|moechte|will|wurde gern\w*|hatte gern\w*|bitte|ersuche|verlange|fordere|beantrage|wunsche|"
    r"wollte (?:fragen|wissen)|frage)\b|\b(?:ware|ist) es moglich\b|\bwir (?:mochten|bitten|verlangen|fordern)\b"
)
# an imperative without a verb, the thing pointed back at ("Runter damit!", "Weg ermee!", "Off with it", "Dehors !")
_ELLIPTIC_TAKE_DOWN = re.compile(
    r"^\W*(?:(?:und|and|en|et|also|dus|so)\W+)?(?:runter|weg|raus|offline|eraf|af|off|down|dehors)\s+(?:damit|davon|ermee|ermede|daarmee|"
    r"with (?:it|them|that))\b"
)
# Imperatives that open the sentence (after a greeting or "so", "dus", "alors", "also")
_IMPERATIVE = re.compile(
    r"^(?:(?:ok|so|and|dus|en|nou|alors|donc|et|also|und|hallo|hi|bonjour)\W+)?(?:(?:"
    r"delete|erase|remove|wipe|destroy|send|give|tell|show|stop|take|close|correct|update|change|fix|unsubscribe|forget|"
    r"verwijder|wis|stuur|geef|vertel|toon|stop|haal|sluit|corrigeer|verbeter|pas|wijzig|schrijf|gooi|vernietig|zet|doe)"
    # not the past ("deleted my photos by accident", "verwijderd"): a verb that tells, not one that asks
    r"(?!p?e?d\b)|"
    r"\w+ez\b|"  # supprimez, effacez, envoyez, arretez, retirez, corrigez ...
    r"\w+(?:en|ern) sie\b|\w+(?:t|et) (?:bitte|mir|mich|uns|meine|alle|alles)\b"  # loschen Sie, loscht bitte
    r")"
)

# --- whose: the writer ---------------------------------------------------------------------------
_OWN = re.compile(
    r"\b(?:my|me|mine|i|i'm|i've|i'd|our|us|myself|"
    r"mijn|mij|me|m'n|mn|ik|ons|onze|"
    r"mon|ma|mes|moi|me|nos|notre|m'|j'|je|"
    r"mein\w*|mich|mir|ich|unser\w*|uns)\b|\bm'|\bj'"
)
_ABOUT_ME = re.compile(
    r"\b(?:mention\w*|concern\w*|relat\w* to|refer\w* to) me\b|\bdie (?:over|op) mij (?:gaan|betrekking hebben)\b|"
    r"\bqui me (?:concernent|concerne|mentionnent)\b|\bdie mich (?:betreffen|erwahnen)\b|"
    r"\b(?:about|on|of|from) (?:me|us|myself)\b|\b(?:van|over) (?:mij|me|ons)\b|"
    r"\b(?:sur|de) (?:moi|nous)\b|\bme concernant\b|\ba mon (?:sujet|propos|egard)\b|"
    r"\b(?:uber|von|zu) (?:mir|mich|uns|meiner person)\b"
)

# --- objects -------------------------------------------------------------------------------------
_DATA = re.compile(
    r"\b(?:data|details|info|information|personal information|records?|files?|file|everything|anything|"
    r"(?:persoons|klant|contact)?gegevens|informatie|dossier|bestand\w*|administratie|alles|allemaal|iets|"
    r"donnees|infos?|informations?|coordonnees|fichiers?|tout|quoi que ce soit|"
    r"(?:kunden|kontakt|personen)?daten|angaben|informationen|unterlagen|akte|kartei|alles|etwas|"
    r"notes|notities|aantekeningen|notizen|aufzeichnungen|comments|opmerkingen|commentaires|kommentare|evaluations?|"
    r"beoordeling\w*|bewertung\w*|recordings?|enregistrements?|audio)\b"
)
_PHOTO = re.compile(
    r"\b(?:\w*photos?|pictures?|pics?|images?|portraits?|videos?|footage|shots?|headshots?|"
    r"(?:couple|family|wedding|engagement|newborn|maternity|boudoir|portrait) ?shoots?|"
    r"\w*foto'?s?|beelden|opnames?|filmpjes?|portret\w*|"
    r"\w*fotos?|bilder|bildern|aufnahmen|fotografien|portrat\w*|gezicht|face|visage|gesicht)\b"
)
_ACCOUNT = re.compile(
    r"\b(?:(?:klanten|klant|gebruikers|customer |client |user )?account|profile?|profiel|compte|konto|kundenkonto|benutzerkonto|"
    r"inschrijving|registration|anmeldung)\b"
)
_FIELD = re.compile(
    r"\b(?:(?:sur|last|first|family|maiden|company) ?name|name|naam|achternaam|voornaam|familienaam|nom|prenom|"
    r"nachname|vorname|familienname|geburtsname|nom de famille|nom de jeune fille|address|adres|adresse|anschrift|e-?mail(?:-?ad\w*)?|phone(?: number)?|telefoon\w*|gsm|"
    r"telephone|numero|telefon\w*|handynummer|birth|geboortedatum|naissance|geburtsdatum|spelling|orthographe|"
    r"schreibweise|details|gegevens|data|donnees|coordonnees|daten|angaben|"
    r"geboortejaar|year of birth|birth ?year|annee de naissance|geburtsjahr|title|aanspreking|aanhef|civilite|anrede|"
    r"gender|geslacht|sexe|geschlecht|phone number|nummer|mobile|handy|postcode|zip code|code postal|postleitzahl|"
    r"huisnummer|house number|hausnummer|numero de (?:maison|rue)|straatnaam|street name|strassenname)\b"
)
_MARKETING = re.compile(
    r"\b(?:newsletters?|mailing ?lists?|mailings?|marketing|promo\w*|advert\w*|ads|offers|deals|spam|"
    r"nieuwsbrie\w*|mailinglijst|verzendlijst|reclame\w*|aanbieding\w*|acties|"
    r"publicit\w*|prospection|offres|promotions?|lettre d'information|"
    r"werbe\w*|werbung|angebote?|verteiler|reklame)\b"
)
_CONTACT = re.compile(
    r"\b(?:e-?mails?|mails?|messages?|texts?|sms|calls?|mailtjes|berichten|telefoontjes|gebeld|bellen|"
    r"courriels?|appels?|anrufe|nachrichten|post|brieven|folders|flyers|catalog\w*|courriers?|lettres|briefe|katalog\w*|prospectus)\b"
)
_PLACE = re.compile(
    r"\b(?:website|site|web ?page|page|instagram|insta|facebook|fb|social media|socials|portfolio|blog|online|shop window|window display|"
    r"sociale media|etalage|brochure|flyer|pagina|reseaux sociaux|vitrine|webseite|homepage|internetseite|"
    r"soziale\w* medien|schaufenster|showreel|feed|en ligne|book|adverts?|advertising|ads|publicites?|reclame\w*|werbung|"
    r"werbe\w*|campagne|campaign|kampagne)\b"
)
# --- the studio's storage: one list for every rule that asks where the studio keeps things ------
# Some nouns name storage whatever stands before them (a server, a database, a backup, the raw
# files); others only when they are the studio's ("your files", "de administratie", "vos dossiers",
# "Ihre Unterlagen"): "the files" alone may be the delivered photos, "le dossier" a case.
_STORAGE_ALWAYS = (
    r"servers?|serveurs?|[\w-]*system\w*|systee?m\w*|archie\w*|archives?|archiv\w*|databases?|datenbank\w*|"
    r"base de donnees|bases de donnees|hard ?drives?|harde schijf|disque dur|festplatte|cloud|backups?|sauvegardes?|"
    r"kartei|kundendatei|klantenbestand|originals|originelen|originaux|originale|raw|ruwe|onbewerkte|bruts?|rohdaten|rohmaterial|"
    r"rohaufnahmen|unbearbeitete\w*|"
    # an ordering or client platform, online or not ("de la plateforme de commande en ligne", "uit het bestelplatform",
    # "from the ordering portal", "aus dem Kundenportal"): the studio's system, no public place
    r"(?:plateformes?|portails?) (?:de commande|clients?)(?: en ligne)?|"
    r"(?:bestel|klanten|order|ordering |customer |client |kunden|bestell)[\w-]*(?:platform|plattform|portal|portaal)\w*"
)
_STORAGE_OWNED = r"records|files?|fichiers?|bestand\w*|dateien|administratie|base|bases|registre|dossiers?|unterlagen|akten"
_REGISTRY = WordRule(
    r"\b(?:(?:your|jullie|uw|je|votre|vos|ihre\w*|eure\w*)|"
    r"(?:in|from|out of|off|on|uit|in|op|van|dans|de|du|des|sur|hors de|aus|in|von|auf|im|vom) "
    r"(?:the|de|het|la|les|le|l'|der|dem|den|die|das))\b (?:\w+ )?"
    r"(?:" + _STORAGE_ALWAYS + "|" + _STORAGE_OWNED + r")\b|"
    r"\b(?:the|de|het|la|les|le|der|dem|den|die|das|all|alle|tous les|toutes les) (?:\w+ )?(?:" + _STORAGE_ALWAYS + r")\b"
)
# the studio's storage named anywhere in a sentence ("from your servers", "aus dem Bestellsystem", "vos fichiers")
STORAGE = re.compile(r"\b(?:" + _STORAGE_ALWAYS + r")\b|" + _REGISTRY.pattern)
# any storage word, whoever's ("the files", "de bestanden"): where a sentence may point back to stored copies
STORAGE_WORD = re.compile(r"\b(?:" + _STORAGE_ALWAYS + "|" + _STORAGE_OWNED + r")\b")
_PROCESSING = re.compile(r"\b(?:processing|use|using|verwerking|gebruik|traitement|utilisation|verarbeitung|nutzung|verwendung)\b")
_BUSINESS = WordRule(
    r"\b(?:invoice|bill|booking|appointment|order\w*|prints?|quote|payment|gallery link|package|delivery|"
    r"factuur|rekening|boeking|afspraak|bestel\w*|afdruk\w*|offerte|betaling|pakket|levering|"
    r"facture|reservation|rendez-vous|commande\w*|tirages?|devis|paiement|forfait|livraison|"
    r"rechnung|buchung|termin|bestell\w*|abzug\w*|angebot|zahlung|paket|liefer\w*|"
    r"albums?|photo ?books?|fotoboek\w*|livres? photo|fotobuch|selecti\w*|auswahl|links?|lien|wetransfer|"
    # prices and free dates ("what are your rates", "welke data zijn nog vrij", "quels sont vos tarifs")
    r"rates|prices?|pricing|cost|costs|tarie\w*|prijs\w*|prijzen|kost|kosten|tarifs?|prix|coute\w*|preise?|preisliste|"
    r"availability|beschikbaarheid|disponibilites?|verfugbarkeit|"
    # when the order is ready ("können Sie mir Auskunft geben, wann die Fotos fertig sind?", "quand seront-elles prêtes ?")
    r"ready|klaar|fertig|pretes?|prets?)\b|"
    r"\bdata\b[^.?]{0,20}\b(?:vrij|beschikbaar|open)\b"
)
# editing a picture ("remove the red eye", "de achtergrond wegwerken", "recadrer"): the product, not data
_EDITING = re.compile(
    r"\b(?:blurr\w*|duplicates?|too dark|exposure|unscharf\w*|doppelt\w*|zu dunkel|belichtung|flou\w*|en double|"
    r"trop sombres?|exposition|wazig\w*|onscherp\w*|dubbele|te donker|belichting|mislukte?|"
    r"watermark\w*|watermerk\w*|filigrane|wasserzeichen|pimple|spots?|pickel|puist\w*|bouton|"
    r"crop\w*|red[- ]eye|retouch\w*|blemish\w*|background|colou?rs?|brightness|filter|edit\w*|"
    r"bijsnijd\w*|bijknip\w*|rode ogen|achtergrond|kleur\w*|onzuiverhe\w*|puistje|"
    r"recadr\w*|yeux rouges|arriere-plan|couleurs?|retouche\w*|luminosite|"
    r"zuschn\w*|zuschneiden|rote augen|hintergrund|farbe\w*|retusch\w*|helligkeit|"
    # pictures picked by how they came out ("the ones with her eyes closed", "die mit geschlossenen Augen")
    r"eyes (?:closed|shut)|closed eyes|ogen (?:dicht|toe|gesloten)|gesloten ogen|yeux (?:fermes|clos)|"
    r"(?:geschlossenen|geschlossene|zuen) augen|augen (?:zu|geschlossen))\b"
)
# pictures picked from a selection before it is delivered ("before you send the final set", "avant d'envoyer la
# sélection finale", "bevor ihr die Galerie freigebt", "voordat je de definitieve set stuurt")
_BEFORE_DELIVERY = re.compile(
    r"\b(?:before|voor(?:dat)?|avant (?:de |d')?|bevor|ehe)\b[^.?]{0,40}\b(?:selecti\w*|set|galler\w*|galerij|galerie|album|"
    r"auswahl|final\w*|definitie\w*|endgultig\w*|livraison|delivery|levering|lieferung)\b"
)
# the field the studio noted ("la date de naissance que vous avez enregistrée", "das Geburtsdatum, das Sie haben")
_NOTED_FIELD = (_FIELD.pattern + r",? (?:(?:that|which|que|qu'|die|dat|das|den) (?:you|vous|sie|jullie|u|ihr) (?:\w+ ){0,2}"
                r"(?:have|had|hold|noted|wrote|avez|aviez|haben|habt|hebben|heeft|hebt|noteerde|genoteerd|enregistr\w*|note\w*|gespeichert|notiert)|"
                r"(?:enregistree?s?|notee?s?|registered|recorded|on file|genoteerd|geregistreerd|gespeichert|hinterlegt) "
                r"(?:chez vous|with you|bij (?:jullie|u)|bei (?:ihnen|euch)))\b")
# the writer's own details ("my name", "mon adresse", "meine E-Mail-Adresse", "the address you have for me")
_OWN_FIELD = re.compile(
    r"\b(?:my|our|mijn|onze|ons|m'n|mn|mes|ma|mon|nos|notre|mein\w*|unser\w*|his|her|zijn|haar|son|sa|ses|sein\w*|ihr\w*)\b (?:\w+ ){0,2}"
    + _FIELD.pattern[2:] + r"|\b(?:for|of|about|van|voor|over|pour|de|von|fur|uber) (?:me|mij|moi|mich|mir)\b|"
    + _NOTED_FIELD
)
_NOTED_FIELD_RE = re.compile(_NOTED_FIELD)
# a new value for the writer's own field ("mijn nieuwe adres is", "I'm now called", "je m'appelle désormais",
# "seit meiner Heirat heiße ich"): a correction of the studio's record
# a role one is registered in ("ik sta ingeschreven als figurant", "registered as a model"): no recorded value
_ROLE = (r"(?:figurant\w*|\w*model(?:len|s)?|klant|lid|talent|acteur|actrice|extra|kandidaat|deelnemer|vrijwilliger|client|"
         r"customer|member|actor|actress|candidate|participant|volunteer)\b")
_NEW_VALUE = WordRule(
    r"\b(?:my|mijn|m'n|mon|ma|mein\w*) (?:new|nieuwe?|nouvelle?|neue\w*) (?:\w+ )?(?:name|surname|address|e-?mail\w*|phone\w*|number|"
    r"naam|achternaam|adres|e-?mail\w*|telefoon\w*|gsm|nummer|nom|adresse|numero|telephone|e-?mail|anschrift|telefon\w*|handynummer|nachname)\b"
    r"(?: (?:\w+ ){0,2}(?:is|was|wordt|luidt|est|sera|ist|lautet|will be|becomes)\b|\s*:)|"
    r"\b(?:my|mijn|m'n|mon|ma|mein\w*) (?:\w+ )?(?:name|surname|address|e-?mail\w*|phone\w*|number|naam|achternaam|adres|telefoon\w*|gsm|"
    r"nummer|nom|adresse|numero|anschrift|telefon\w*|handynummer|nachname) (?:is|est|ist|lautet|luidt) (?:nu|now|voortaan|sinds kort|"
    r"maintenant|desormais|depuis peu|jetzt|nun|neu|seit kurzem)\b|"
    r"\b(?:my|mijn|m'n|mon|ma|mein\w*) (?:new|nieuwe?|nouvelle?|neue\w*) (?:\w+ )?(?:name|address|e-?mail\w*|phone\w*|number|naam|adres|"
    r"telefoon\w*|gsm|nummer|nom|adresse|numero|anschrift|telefon\w*|handynummer)\b (?:\w+ ){0,3}"
    r"(?:noteren|note|write down|save|record|update|opslaan|aanpassen|bijwerken|notieren|speichern|ubernehmen|enregistrer|noter|prendre)\b|"
    # a field of the writer's that is out of use ("the phone number you have for me is old", "my old e-mail no longer works")
    r"\b(?:phone|telephone|mobile)? ?(?:number|address|e-?mail(?: address)?)\b[^.]{0,40}\b(?:is|are) (?:old|outdated|out of date|"
    r"no longer (?:valid|in use|used|active|correct|right|mine))\b|"
    r"\b(?:note|noteer|noter|notez|notieren|save|record|use|gebruik|utilisez|verwenden|enregistrez|update|bewaar|speichern|put|add|enter)\w* "
    r"(?:\w+ ){0,2}(?:my|mijn|m'n|mon|ma|mes|meine?\w*) (?:new|nieuwe?|nouvel\w*|nouveau|neue\w*)\b|"
    # an old value still on file ("in mijn profiel staat nog mijn oude e-mailadres", "meine alte Adresse")
    r"\b(?:my|mijn|m'n|mon|ma|mes|mein\w*) (?:old|oude|vorige|previous|former|ancien\w*|alte\w*|fruhere\w*|bisherige\w*) "
    r"(?:\w+ )?(?:name|surname|address|e-?mail\w*|phone\w*|number|naam|achternaam|adres|e-?mailadres|telefoon\w*|gsm|nummer|"
    r"nom|adresse|numero|anschrift|telefon\w*|handynummer|nachname)\b|"
    # a new value announced ("ik heb een nieuw telefoonnummer", "j'ai un nouveau numéro", "ich habe eine neue Telefonnummer")
    r"\b(?:i have|i've got|i got|ik heb|j'ai|ich habe|ich hab|wir haben|we have|nous avons) (?:a|an|een|un|une|eine?n?) "
    r"(?:new|nieuwe?|nouvel(?:le)?|nouveau|neue\w*) (?:\w+ )?(?:name|surname|address|e-?mail\w*|phone\w*|number|naam|achternaam|adres|"
    r"e-?mailadres|telefoon\w*|gsm\w*|nummer|nom|adresse|numero|anschrift|telefon\w*|handynummer|nachname|e-?mail-?adresse)\b|"
    # the right value given against the recorded one ("listed as 1990 but it's 1991", "richtig ist 1979", "it should be Mrs Jones")
    r"\b(?:lists? me as|(?:have|has|had) (?:got )?(?:me|my (?:\w+ )?(?:name|surname|birthday|date of birth|address|e-?mail|number|phone number)) "
    r"(?:down|listed|registered|recorded|written|spelled|spelt|noted|saved) as|listed as|registered as(?! (?:a |an )?" + _ROLE + r")|"
    r"(?:genoteerd|geregistreerd|ingeschreven) als(?! (?:een )?" + _ROLE + r")|(?:inscrit|enregistre)e? (?:comme|sous)|(?:eingetragen|gespeichert|hinterlegt) als)\b|"
    r"\b(?:it should be|should read|the correct \w+ is|the right \w+ is|het moet zijn|dit moet zijn|de juiste \w+ is|het juiste \w+ is|"
    r"ce devrait etre|il faudrait|le bon \w+ est|la bonne \w+ est|richtig (?:ist|ware|lautet)|korrekt (?:ist|ware|lautet))\b|"
    # the writer lives elsewhere now ("ik woon nu op ...", "I now live at ...", "j'habite désormais ...", "ich wohne jetzt in ...")
    r"\b(?:ik woon|wij wonen|we wonen|i live|we live|j'habite|nous habitons|ich wohne|wir wohnen) (?:\w+ ){0,2}"
    r"(?:nu|now|tegenwoordig|inmiddels|sinds|maintenant|desormais|depuis|jetzt|inzwischen|mittlerweile|seit)\b(?=[^.;]{0,60}\d)|"
    r"\b(?:(?:i|we) (?:now|currently) live|(?:i'm|i am) now living)\b(?=[^.;]{0,60}\d)|"  # with a street and number, not "in Australia"
    r"\b(?:staat|stond|listed|recorded|written|noted|geschreven|genoteerd|enregistre\w*|note\w*|ecrit\w*|steht|stand|eingetragen|gespeichert)\b"
    r"[^.]{0,60}\b(?:maar|but|mais|aber|doch)\b[^.]{0,20}\b(?:ik heet|my name is|i'm called|i am called|je m'appelle|ich heisse|"
    r"it should be|het moet|ce devrait|richtig (?:ist|ware))\b|"
    r"\b(?:i|we) (?:now )?go by\b|"
    r"\b(?:my|mijn|m'n|mon|ma|mein\w*) (?:\w+ )?(?:name|surname|naam|voornaam|achternaam|nom|prenom|nachname|vorname|familienname) "
    r"(?:s'ecrit|is spelt|is spelled|is written|wordt (?:\w+ )?(?:geschreven|gespeld)|schreibt sich|wird (?:\w+ )?geschrieben)\b|\b(?:i'm|i am) now called\b|\bmy (?:sur)?name is now\b|\b(?:ik )?heet (?:\w+ ){0,4}(?:nu|sinds|voortaan|inmiddels|tegenwoordig)\b|"
    r"\bje m'appelle (?:\w+ ){0,2}(?:maintenant|desormais|depuis)\b|\bje porte (?:maintenant|desormais) le nom\b|"
    r"\bheisse (?:\w+ ){0,3}(?:jetzt|nun|seit|inzwischen|mittlerweile)\b|\b(?:jetzt|nun|seit \w+ \w+) heisse ich\b|"
    r"\b(?:married name|meisjesnaam|naam van mijn (?:man|vrouw)|nom d'epouse|nom de mariage|ehename|geburtsname)\b"
)
# data protection's own objects, narrower than _DATA ("files" may be the delivered photos)
# the writer's own pictures ("my photos", "photos of me", "mes photos", "Bilder von mir")
_OWN_PICTURES = re.compile(
    r"\b(?:my|our|mijn|onze|ons|m'n|mes|ma|mon|nos|notre|mein\w*|unser\w*)\b (?:\w+ ){0,2}(?:" + _PHOTO.pattern[5:-3] + r")\b|"
    r"\b(?:" + _PHOTO.pattern[5:-3] + r")\b (?:\w+ ){0,4}(?:of|van|de|von|with|met|avec|mit) "
    r"(?:me|mij|moi|mir|mich|us|ons|nous|uns|my|mijn|ma|mon|mes|mein\w*|our|onze|nos|unser\w*)\b"
)
_PERSONAL_DATA = re.compile(
    r"\b(?:data|personal (?:data|information|details)|(?:persoons|klant|contact)?gegevens|donnees|coordonnees|"
    r"(?:kunden|kontakt)?daten|angaben|informations? (?:personnelles|me concernant)|information about me)\b"
)

# --- actions -------------------------------------------------------------------------------------
_ERASE = re.compile(
    r"\b(?:delet\w*|eras(?!mus)\w*|remov\w*|wipe\w*|destroy\w*|purge\w*|scrub\w*|get rid of|gone|scrap|shred\w*|forget (?:me|us|about me|i exist)|"
    # forget as an order, not "I forgot my password" ("oubliez mes données", "vergeet al mijn gegevens", "vergessen Sie alles")
    r"(?<!j'ai )(?<!ai )(?:oubliez|oublier|vergeet|vergessen sie|forget) (?:\w+ ){0,2}(?:my|mes|mon|ma|mijn|m'n|meine\w*|tout|toutes|alles|al|"
    r"everything|all|me|moi|mij)\b|"
    r"(?:faire|fais|faites) disparaitre|make (?:\w+ ){0,4}disappear|laten verdwijnen|verschwinden lassen|"
    r"(?:wil|wou|wens|moet|mag|hebben|heb|had) dat [^.,]{0,50}\bweg(?= (?:zijn|is|gaan|gaat)\b)|"
    r"(?:mag|mogen|moet|moeten)\b (?:\w+ ){0,3}weg\b(?= ?[?!.]*$)|"
    r"verwijder\w*|wis|gewist|(?<!mochte )(?<!will )(?<!gerne )(?<!gern )(?<!zu )(?<!wollte )wissen(?!,? (?:ob|welche\w*|was|wer|wie|wo|an wen|wem)\b)|vernietig\w*|opheff\w*|opgeheven|hef\w* \w+ op|schrap\w*|"
    r"vergeet (?:me|mij|ons)|(?:me|mij|ons) (?:\w+ ){0,2}vergeten|vergeten (?:te )?worden|"
    r"supprim\w*|effac\w*|detrui\w*|detruis\w*|oubliez[- ](?:moi|nous)|m'oublie[rz]?|(?:etre|soit) oublie\w*|droit a l'oubli|"
    r"radier|radiez|rayer|rayez|opschon\w*|op te schonen|afvoeren|"
    r"losch\w*|geloscht|entfern\w*|vernicht\w*|streich\w*|gestrichen|tilg\w*|vergessen sie mich|mich (?:\w+ ){0,2}vergessen|"
    r"vergessen (?:zu )?werden)\b|"
    r"\bout of (?:your|the) (?:books|files|records|system|database|register|(?:customer|client|contact) (?:list|base|database|file))\b|"
    r"\bdisappear from (?:your|the|all your) (?:\w+ )?(?:books|files|records|systems?|database|register|list|archive)\b|"
    r"\bnothing (?:of|about|on) (?:me|us|mine)\b (?:\w+ ){0,2}(?:stays|remains|is kept|is left|is stored|stays behind)\b|"
    r"\bclear\w* (?:out|away|up)\b|\bclear (?:my|all|everything|any)\b|"
    r"\bclose (?:my|the) account\b|\baccount (?:sluiten|opzeggen)\b|\bferme[rz]? (?:mon|le) compte\b|"
    r"\b(?:konto|kundenkonto) (?:\w+ )?(?:schliessen|auflosen|kundigen)\b|\bschliessen sie (?:mein|das) (?:kunden)?konto\b|"
    # no longer in the studio's files ("que mon profil n'apparaisse plus dans votre base", "niet meer in jullie bestand")
    r"\b(?:no longer|not any ?more|niet (?:meer|langer)|ne (?:\w+ )?plus|n'\w+ plus|nicht (?:mehr|langer))\b[^.]{0,50}"
    r"\b(?:in|on|dans|sur|op|im|in der|in ihrer|in ihrem)\b (?:\w+ ){0,2}(?:system\w*|records|files?|database|bestand\w*|systee?m\w*|"
    r"administratie|archief|klantenbestand|fichiers?|base|registre|kartei|datenbank|unterlagen|kundendatei)\b|"
    r"\b(?:no longer|not any ?more|niet (?:meer|langer)|ne (?:\w+ )?plus|nicht (?:mehr|langer))\b (?:\w+ ){0,3}"
    r"(?:keep|store|retain|hold|bewaren|bewaart|opslaan|bijhouden|garder|gardiez|conserver|conserviez|stocker|speichern|aufbewahren|behalten)\b|"
    r"\b(?:keep|store|retain|hold|bewaren|bewaart|opslaan|bijhouden|speichern|aufbewahren|behalten)\b (?:\w+ ){0,3}"
    r"(?:no longer|any ?more|niet (?:meer|langer)|nicht (?:mehr|langer))\b|"
    # keep nothing (more)
    r"\b(?:keep|store|hold|retain) (?:nothing|no (?:data|information|details|records))\b|\bnot (?:keep|store|hold|retain) anything\b|"
    r"\b(?:please )?(?:don't|do not) (?:keep|store|hold on to|retain) (?:my|our|any of my)\b|"
    r"\bniets (?:meer )?(?:van (?:mij|me|ons) )?(?:bewaren|bewaart|bijhouden|opslaan|houden)\b|"
    r"\bne (?:plus rien|rien) (?:\w+ )?(?:garder|conserver|stocker)\b|\bne (?:les |la |le )?(?:gardez|conservez) (?:plus|rien)\b|"
    r"\bnichts (?:mehr )?(?:von mir )?(?:aufbewahren|speichern|behalten)\b|"
    # taken out of the studio's files ("uit jullie systeem halen", "retirer de votre base", "aus der Kartei nehmen")
    r"\b(?:halen|haal\w*|retir\w*|enlev\w*|sortir|sortez|nehm\w*|raus\w*)\b(?=[^.]{0,60}\b(?:uit|de|du|des|aus)\b (?:jullie|uw|je|votre|vos|la|le|ihre\w*|eure\w*|der|dem) (?:\w+ )?"
    r"(?:systee?m\w*|bestand\w*|administratie|database|fichiers?|base|bases|registre|kartei|datenbank|system|kundendatei)\b)|"
    # "mogen mijn gegevens uit jullie administratie?": a modal without its verb
    r"\b(?:mag|mogen|moet|moeten|kan|kunnen)\b[^.]{0,60}\b(?:uit|weg uit) (?:jullie|uw|je|het|de) (?:\w+ )?"
    r"(?:systee?m\w*|bestand\w*|administratie|database|archief|klantenbestand)\b\s*[?.!]*$|"
    # verb last ("uit jullie systeem halen", "aus Ihrer Kartei nehmen")
    r"\b(?:uit|aus)\b (?:jullie|uw|je|ihre\w*|eure\w*|der|dem) (?:\w+ )?(?:systee?m\w*|bestand\w*|administratie|database|"
    r"kartei|datenbank|system|kundendatei|verteiler)\b[^.]{0,40}\b(?:halen|haalt|te halen|nemen|nehmen|zu nehmen|streichen)\b"
)
# "what you have (on me)", "wat jullie (van mij) hebben", "ce que vous avez", "was Sie (über mich) haben"
_WHAT_YOU_HOLD = re.compile(
    r"\b(?:what|everything|all) (?:that )?(?:you|your \w+) (?:\w+ )?(?:have|hold|keep|store|collected|got)\b|"
    r"\b(?:wat|alles wat) (?:jullie|u|je|ge) (?:\w+ ){0,3}(?:hebben|hebt|heeft|bewaren|bewaart|bijhouden|opgeslagen)\b|"
    r"\b(?:tout )?ce que vous (?:\w+ ){0,2}(?:avez|detenez|gardez|conservez)\b|"
    r"\b(?:alles,? )?was (?:sie|ihr) (?:\w+ ){0,3}(?:haben|habt|speichern|gespeichert|aufbewahren)\b"
)
_REFUSE_USE = re.compile(
    r"\b(?:(?:don't|do not) want (?:you|your \w+) to|refuse (?:to let you|that you)?|object to you|"
    r"(?:wil|willen|wens) (?:\w+ )?niet (?:dat|meer dat) (?:jullie|u|je|ge)|weiger\w*|"
    r"(?:refuse|ne veux pas|ne souhaite pas|n'accepte pas|m'oppose a ce) (?:que|qu')|"
    r"(?:mochte|will|wunsche|mochten) (?:\w+ )?nicht,? dass (?:sie|ihr)|(?:verweigere|lehne) \w+ ab)\b[^.]{0,80}"
    r"\b(?:use|using|share|sharing|sell|pass\w* on|gebruik\w*|delen|deelt|verkopen|doorgeven|doorgeeft|utilis\w*|partag\w*|transmi\w*|"
    r"vend\w*|cede\w*|verwend\w*|nutz\w*|weitergeb\w*|verkauf\w*|teil\w*)\b"
)
_NOT_KEPT = re.compile(
    r"\b(?:(?:don't|do not|no longer) (?:\w+ )?want (?:you|your \w+) to (?:\w+ )?(?:keep|store|hold|retain|have)|"
    r"(?:wil|willen|wens|wensen) (?:\w+ )?(?:niet|niet meer|niet langer) dat (?:jullie|u|je|ge|julie) (?:\w+ ){0,5}(?:bewaren|bewaart|bijhouden|bijhoudt|hebben|heeft|opslaan|opslaat|houden|houdt)|"
    r"(?:veux|voulons|souhaite|souhaitons) (?:\w+ )?(?:pas|plus) que vous (?:\w+ ){0,4}(?:gardiez|conserviez|stockiez|ayez|deteniez)|"
    r"(?:mochte|will|wollen|mochten|wunsche) (?:\w+ )?nicht(?: mehr| langer)?,? dass (?:sie|ihr) (?:\w+ ){0,5}(?:speichern|aufbewahren|behalten|haben|habt|speichert))\b"
)
_ACCESS_ASK = re.compile(
    r"\b(?:copy|copies|overview|access|insight|weten|inzicht|inzage|inzien|kopie|kopietje|afschrift|overzicht\w*|"
    r"(?:lijst(?:je)?|list|liste) (?:van|met|of|de|des|der|mit|aller)|"
    r"acceder|acces|copie|apercu|auskunft|einsicht|kopie|ubersicht|aufstellung|"
    r"communication|disclosure|mededeling|mee te delen|mitteilung|mitzuteilen|bekanntgabe)\b|"
    r"\b(?:what|which|whether|who|whom|wat|welke|wie|aan wie|quelles?|quels?|quoi|ce que|a qui|welche\w*|was (?:sie|ihr|du)|ob|an wen|wem|"
    # not the place of a thing just named ("laten staan waar ze staan", "leave them where they are"): a relative clause
    r"(?:where|waar|ou|wo)(?! (?:ze|het|die|zij|they|it|elles?|ils?|sie|es) (?:nu )?(?:staan|staat|zijn|is|are|sont|sind|liegen|stehen)\b)|"
    r"waarvandaan|lesquel\w*|laquelle|woher)\b|"
    r"\b(?:weten|vertellen|bevestigen|vraag \w+ af|vroeg \w+ af|know|tell (?:me|us)|confirm|wondering|wonder|savoir|dire|confirmer|"
    r"indiqu\w*|demande|demandais)\b,? (?:of|if|whether|si)\b|\b(?:frage|fragte|fragen) (?:\w+ )?(?:mich|ich),? ob\b"
)
_ACCESS_NOUN = re.compile(
    r"cop|kopie|copie|afschrift|overzicht|overview|ubersicht|liste?$|lijst|access|acces|acced|inzage|inzicht|einsicht|auskunft|apercu|"
    r"communication|disclosure|mededeling|mee te delen|mitteilung|mitzuteilen|bekanntgabe"
)
# wanting to know ("tell me", "ik wil weten", "j'aimerais savoir", "teilen Sie mir mit"), or whether something is done
_ASK_TO_KNOW = re.compile(
    r"\b(?:know|tell|wonder\w*|inform|confirm (?:whether|if)|see|"
    r"weten|vertel\w*|vraag \w+ af|vroeg \w+ af|informeren|bevestigen of|zien|bekijken|inkijken|"
    r"savoir|connaitre|dire|indiqu\w*|demandais|confirmer si|voir|"
    r"wissen|erfahren|mitteilen|mit(?:zu)?teilen|sagen|fragen|bestatigen,? ob|sehen|einsehen)\b"
)
# a yes/no question to the studio about holding something ("do you still have ...", "hebben jullie nog ...",
# "avez-vous encore ...", "haben Sie noch ...")
_HOLD_QUESTION = re.compile(
    r"^(?:(?:hi|hello|hallo|hoi|dag|bonjour|salut|guten tag|and|en|et|und|also|so|dus|du coup|ook|aussi|auch|"
    r"(?:quick |one |a |small |short )?question|just wondering|btw|by the way|oh and|korte vraag|snelle vraag|petite question|kurze frage)\W+)*"
    r"(?:(?:do|did|does) (?:you|your \w+) (?:\w+ )?(?:have|hold|keep|store|still have|still keep|still hold)|"
    r"(?:is|are) (?:my|our) (?:\w+ ){1,3}(?:still )?(?:in|on|with|stored|kept|saved|held)|"
    r"(?:have|has) (?:you|your \w+) (?:\w+ )?(?:kept|stored|got|retained)|are (?:you|there) (?:\w+ )?(?:keeping|storing|holding)|"
    r"(?:hebben|heeft|hebt|bewaren|bewaart|houden|houdt|verwerken|verwerkt|bezitten) (?:jullie|julie|u|je|ge|gij)|"
    r"(?:avez|gardez|conservez|detenez|possedez|traitez|stockez)-vous|est-ce que vous (?:\w+ )?(?:avez|gardez|conservez|detenez)|"
    r"vous (?:avez|gardez|conservez|detenez) (?:encore|toujours)|"
    r"(?:haben|speichern|bewahren|besitzen|verarbeiten|habt|speichert) (?:sie|ihr))\b"
)
# the writer's things in plain words ("my stuff", "our things from the shoot")
_MY_STUFF = re.compile(r"\b(?:my|our) (?:\w+ )?(?:stuff|things)\b")
_OWN_THING_HELD = re.compile(r"\b(?:me concernant|of me|about me|van mij|over mij|van me|von mir|uber mich|sur moi|de moi)\b")
_HOLD = re.compile(
    r"\b(?:have|has|hold|holding|keep|keeping|kept|store|stored|storing|process\w*|collect\w*|share\w*|pass\w* on|got|get|obtain\w*|"
    r"gekregen|verkregen|vandaan|obtenu\w*|recupere|bekommen|erhalten|disclos\w*|given|communique\w*|verstrekt|"
    r"uebermittelt|ubermittelt)\b|\b(?:"
    r"hebben|heeft|hebt|bewaren|bewaart|bewaard|opgeslagen|opslaan|bijhouden|verwerk\w*|gedeeld|doorgegeven|staan|staat|stond|"
    r"avez|aviez|avez eu|detenez|deteniez|conservez|conserv\w*|gardez|garde|gardees?|stockez|traitez|enregistr\w*|transmis\w*|partage\w*|collect\w*|"
    r"haben|gespeichert|speichern|aufbewahren|verarbeit\w*|weitergegeben|gesammelt|steht|stehen|figure\w*)\b"
)
# What Art. 15 lets a person know, asked in plain words: to whom the data went, where it came from,
# how long it is kept, why it is (still) held ("have you passed my details on?", "hoe komen jullie aan mijn
# nummer?", "combien de temps gardez-vous mes photos ?", "woher haben Sie meine Adresse?")
_RECIPIENTS_Q = re.compile(
    r"\b(?:shared|passed (?:\w+ ){0,3}on|passed to|sent to|given|sold|disclosed|forwarded|transmitted|handed (?:\w+ ){0,3}over|"
    r"doorgegeven|gedeeld|verkocht|doorverkocht|verstrekt|overgemaakt|"
    r"transmis\w*|communiquees?|partagees?|vendues?|cedees?|"
    r"weitergegeben|weitergeleitet|verkauft|ubermittelt|geteilt|offengelegt)\b|"
    r"\b(?:with whom|to whom|who|met wie|aan wie|avec qui|a qui|mit wem|an wen|wem)\b (?:[\w-]+ ){0,4}"
    r"(?:share|shares|pass|give|sell|disclose|deel|delen|deelt|geven|geeft|verkopen|partag\w*|transmet\w*|communiqu\w*|"
    r"teilen|teilt|geben|gibt|weitergeb\w*|verkauf\w*)\b"
)
_THIRD_PARTY = re.compile(
    r"\b(?:anyone|anybody|someone|others?|third|partners?|compan\w*|clients?|agenc\w*|brands?|who|whom|"
    r"iemand|anderen?|derden|partners?|bedrijven|firma'?s|klanten|wie|aan wie|"
    r"quelqu'un|autres?|tiers|partenaires?|societes|entreprises|marques|qui|a qui|"
    r"jemand\w*|andere\w*|dritte\w*|partner\w*|firmen|unternehmen|kunden|wen|wem|an wen)\b"
)
_SOURCE_Q = re.compile(
    r"\bwhere (?:\w+ ){0,4}(?:get|got|obtain\w*|find|found|come from|came from)\b|\bhow (?:\w+ ){0,4}(?:get|got|obtain\w*|come by|came by|find|found)\b|"
    r"\bhoe (?:komen|kwamen|komt|kwam|zijn|bent) (?:\w+ ){0,5}(?:aan|gekomen)\b|\bhoe\b[^.?]{0,60}\baan\b[^.?]{0,40}\b(?:komen|gekomen|kwamen|komt|kwam)\b|\bwaar (?:\w+ ){0,6}vandaan\b|\bwaarvandaan\b|"
    r"\bvia wie\b|\bd'ou\b|\bcomment (?:[\w-]+ ){0,3}(?:obtenu|eu|trouve|recupere|eu acces)\b|\bou (?:[\w-]+ ){0,3}(?:obtenu|eu|trouve|recupere|pris)\b|"
    r"\bwoher\b|\bwie (?:\w+ ){0,5}(?:gekommen|kommen|erhalten|bekommen)\b|\bvon wem\b|\bherkomst\b|\bprovenance\b|\bherkunft\b|\bquelle\b"
)
_RETENTION_Q = re.compile(
    r"\bhow long\b|\bhoe lang\b|\bhoelang\b|\btot wanneer\b|\bcombien de temps\b|\bjusqu'a quand\b|\bpendant combien\b|"
    r"\bwie lange?\b|\bbis wann\b|\bretention\b|\bbewaartermijn\b|\bduree de conservation\b|\bspeicherdauer\b|\baufbewahrungsfrist\b"
)
_WHY_Q = re.compile(
    r"\b(?:why|what for|for what purpose|waarom|waarvoor|met welk doel|voor welk doel|pourquoi|a quoi|dans quel but|a quelle fin|"
    r"warum|wofur|wozu|zu welchem zweck)\b"
)
_STILL_HELD = re.compile(
    r"\b(?:still|nog|nog steeds|nog altijd|encore|toujours|noch|immer noch)\b[^.?]{0,40}"
    r"\b(?:have|has|hold|keep|store|hebben|heeft|hebt|bewaren|bewaart|bijhouden|avez|gardez|conservez|detenez|haben|habt|speichern|"
    r"aufbewahren|gespeichert|verwenden|gebruiken|utilisez|use)\b|"
    r"\b(?:have|has|hold|keep|store|hebben|heeft|hebt|bewaren|bewaart|avez|gardez|conservez|haben|habt|speichern)\b[^.?]{0,40}"
    r"\b(?:still|nog|encore|toujours|noch)\b|\b(?:who|wie|qui|wer)\b[^.?]{0,40}\b(?:access|toegang|acces|zugriff|zugang)\b"
)
# what is done with the writer's data ("what do you do with my data?", "wat gebeurt er met mijn gegevens?",
# "que faites-vous de mes données ?", "was machen Sie mit meinen Daten?")
_PURPOSE_Q = re.compile(
    r"\bwhat (?:do|does|did|will) (?:you|your \w+) (?:\w+ ){0,2}do with\b|\bwhat (?:happens|happened|will happen) (?:to|with)\b|"
    r"\bwhat (?:you|your \w+) (?:\w+ )?(?:do|did|are doing) with\b|\bwho (?:gets to see|can see|sees|has access to|have access to)\b|"
    r"\bwat (?:doen|doet|deden|gaan) (?:jullie|u|je|ge) (?:\w+ ){0,3}met\b|\bwat gebeurt (?:er )?(?:\w+ ){0,2}met\b|"
    r"\bque (?:faites|ferez|avez fait)[- ]vous (?:\w+ ){0,2}(?:de|avec)\b|\bqu'(?:advient|est-ce que vous faites)\b|\bque devien\w*\b|"
    r"\bwas (?:machen|tun|macht|tut|passiert|geschieht) (?:sie |ihr )?(?:\w+ ){0,3}mit\b|\bwofur (?:\w+ ){0,3}(?:verwend|nutz|benutz)\w*"
)
# reading one's own file ("mijn dossier inkijken", "consulter mon dossier", "Einsicht in meine Akte", "me communiquer mes données")
_SEE_FILE = re.compile(
    r"\b(?:inkijken|inkijk|in te kijken|inzien|in te zien|bekijken|zien|consulter|consultation|voir|einsehen|einzusehen|sehen|look at|see|view|"
    r"send me|stuur (?:me|mij)|envoyez-moi|m'envoyer|schicken sie mir|mir (?:\w+ )?(?:schicken|senden)|"
    r"communiquer|communiquez|me communiquer|mitteilen|mitzuteilen|zukommen lassen|zuzusenden|zusenden|"
    r"opvragen|op te vragen|obtenir|erhalten|receive|ontvangen|krijgen|recevoir|bekommen)\b"
)
_OWN_FILE = re.compile(
    r"\b(?:my|our|mijn|onze|mon|ma|mes|nos|mein\w*|unser\w*)\b (?:\w+ ){0,2}(?:dossier|file|record|records|akte|kundenakte|"
    r"klantendossier|fiche|gegevens|data|donnees|daten|personal data|persoonsgegevens|informations? personnelles)\b|"
    r"\b(?:l'ensemble des|toutes les|alle|all|al de|alle (?:bei|van))\b (?:\w+ ){0,2}(?:donnees|daten|gegevens|data)\b"
    r"[^.?]{0,40}\b(?:me concernant|uber mich|van mij|over mij|about me|on me|mich betreffend\w*)\b"
)


_OWN_DATA = re.compile(
    r"\b(?:my|our|mijn|onze|m'n|mes|mon|ma|nos|notre|mein\w*|unser\w*)\b (?:\w+ ){0,2}(?:data|information|info|details|records|"
    r"gegevens|informatie|donnees|informations|infos|coordonnees|daten|angaben|informationen)\b"
)


def _meta_question(folded: str) -> str:
    """The Art. 15 question asked in plain words about the writer's own data, or ""."""
    question = folded.rstrip().endswith("?") or bool(_ASK_TO_KNOW.search(folded))
    if not question:
        return ""
    own_thing = _OWN_FIELD.search(folded) or _OWN_PICTURES.search(folded) or _ABOUT_ME.search(folded) or _OWN_DATA.search(folded)
    if not own_thing:
        return ""
    if (m := _first(_RECIPIENTS_Q, folded)) and (_THIRD_PARTY.search(folded) or folded.rstrip().endswith("?")):
        return m.group(0)
    if m := _SOURCE_Q.search(folded):
        return m.group(0)
    if (m := _RETENTION_Q.search(folded)) and _HOLD.search(folded):
        return m.group(0)
    if (m := _WHY_Q.search(folded)) and _STILL_HELD.search(folded):
        return m.group(0)
    if m := _PURPOSE_Q.search(folded):
        return m.group(0)
    return ""


_RECTIFY = WordRule(
    r"\b(?:correct\w*|rectif\w*|update\w*|fix|amend\w*|change\w*(?! (?:\w+ )?minds?\b)|complete(?! (?:set|series|collection|gallery|album|package|shoot|file)\b)|aanvull\w*|vervolledig\w*|complet(?:er|ez)|erganz\w*|vervollstandig\w*|wrong\w*|incorrect\w*|mistake\w*|misspel\w*|typo|"
    r"out of date|outdated|"
    r"corrigeer\w*|corrigeren|verbeter\w*|aanpass\w*|wijzig\w*|(?<!gedachten )verander\w*|fout\w*|onjuist\w*|verkeerd\w*|klop\w* (?:\w+ )?niet|niet juist|"
    r"goed (?:te )?zetten|goedzetten|recht (?:te )?zetten|rechtzetten|juist (?:te )?zetten|set (?:\w+ )?right|put (?:\w+ )?right|"
    r"richtig ?(?:zu )?stellen|richtigstell\w*|"
    r"corrig\w*|modifi\w*|mettre a jour|mise a jour|errone\w*|inexact\w*|faux|fausse|a change|ont change|plus (?:le bon|la bonne|correct\w*|exact\w*|a jour)|"
    r"korrigier\w*|berichtig\w*|andern|geandert|anpass\w*|pass\w* (?:\w+ ){0,5}an|aktualisier\w*|falsch\w*|stimmt nicht|unrichtig\w*|fehlerhaft\w*|veraltet|"
    r"mettre (?:\w+ ){1,3}a jour|mettez (?:\w+ ){1,3}a jour)\b"
)
# the business document itself is what is changed ("please update the invoice with our company name")
_FIX_A_DOCUMENT = re.compile(
    r"\b(?:update|change|correct|fix|amend|aanpass\w*|wijzig\w*|verander\w*|corrig\w*|modifi\w*|andern|anpassen|korrigier\w*)\w* "
    r"(?:the|my|our|this|that|de|het|mijn|onze|deze|la|le|ma|mon|notre|cette|die|den|das|meine\w*|unsere\w*|diese\w*) "
    r"(?:invoice|bill|order|booking|receipt|quote|factuur|rekening|bestelling|boeking|offerte|facture|commande|reservation|devis|"
    r"rechnung|bestellung|buchung|angebot|quittung)\b"
)
_WRONG = re.compile(
    r"\b(?:wrong\w*|incorrect\w*|mistake\w*|misspel\w*|typo|out of date|outdated|(?:has |have )?changed(?! (?:\w+ )?minds?\b)|"
    r"fout\w*|onjuist\w*|verkeerd\w*|klop\w* (?:\w+ )?niet|niet juist|(?<!gedachten )veranderd|gewijzigd|niet meer (?:juist|actueel|correct)|"
    r"errone\w*|inexact\w*|faux|fausse|a change|ont change|plus (?:le bon|la bonne|correct\w*|exact\w*|a jour)|"
    r"falsch\w*|stimmt nicht|unrichtig\w*|fehlerhaft\w*|veraltet|geandert|nicht mehr (?:aktuell|richtig|korrekt))\b"
)
_RESTRICT = re.compile(
    r"\b(?:restrict\w*|limit\w*|freeze|frozen|on hold|block\w*|pause\w*|suspend\w*|deactivat\w*|de-activat\w*|"
    r"non-?actief|inactief|desactiv\w*|deaktivier\w*|stilleg\w*|"
    r"beperk\w*|blokkeer\w*|blokkeren|bevries\w*|bevriezen|opschort\w*|pauzeer\w*|"
    r"limiter|limitez|restreindre|restreignez|geler|gelez|bloquer|bloquez|suspendre|suspendez|"
    r"einschrank\w*|beschrank\w*|sperr\w*|gesperrt|pausier\w*|aussetzen|ruhen lassen)\b"
)
_PORT = re.compile(
    r"\b(?:transfer\w*|export\w*|machine[- ]readable|portab\w*|csv|json|"
    r"overdrag\w*|overdragen|overzet\w*|over te (?:zetten|dragen)|exporteer\w*|meenemen|mee te nemen|"
    r"transferer|transferez|exporter|exportez|portabilite|lisible par (?:une )?machine|"
    r"ubertrag\w*|exportier\w*|mitnehmen|mitzunehmen|maschinenlesbar\w*)\b|"
    r"\b(?:in|as) (?:a|one) (?:\w+ )?(?:file|format|zip)\b|\bin (?:een|1) (?:\w+ )?(?:bestand|formaat|zip)\b|"
    r"\b(?:dans|sous) (?:un|le) (?:\w+ )?(?:fichier|format)\b|\b(?:als|in einer?m?) (?:[\w-]+ )?[\w-]*(?:datei|format|zip|tabelle)\b|"
    r"\b(?:excel|spreadsheet|tableur|rekenblad|tabelle)\b"
)
_TRANSFER = re.compile(
    r"\b(?:send\w*|transmit\w*|hand\w* (?:\w+ )?over|pass\w* (?:\w+ )?on|forward\w*|"
    r"overdrag\w*|overdragen|doorsturen|stuur\w* (?:\w+ ){0,4}door|bezorg\w*|doorgeven|geef (?:\w+ ){0,4}door|"
    r"transmet\w*|envoy\w*|communiqu\w*|faire suivre|donner|donnez|give|giving|geven|geef|geben|"
    r"ubermittel\w*|ubermitteln|senden|schick\w*|weitergeb\w*|ubergeb\w*|weiterleit\w*)\b"
)
_RECIPIENT = re.compile(
    r"\b(?:to|a|aan|naar|an)\b (?:the|my|l'|la|le|mon|ma|mijn|de|het|das|die|den|meine\w*|mein|dem|der)? ?(?:\w+ ){0,2}"
    r"(?:photographer|videographer|filmmaker|studio|agency|agence|photographe|prestataire|fotograaf|fotografe|bureau|agentschap|fotograf\w*|videogra\w*|videaste|agentur|anbieter)\b"
)
_OTHER_PROVIDER = re.compile(
    r"\b(?:new|other|another|nieuwe|andere|nouveau|nouvelle|autre|neue\w*|andere\w*) "
    r"(?:photographer|studio|agency|provider|fotograaf|bureau|agentschap|photographe|agence|prestataire|"
    r"fotograf\w*|agentur|anbieter)\b"
)
_STOP = re.compile(
    r"\b(?:stop\w*|no more|any ?more|no longer|unsubscrib\w*|opt(?:ing)? out|take me off|remove me|"
    r"niet meer|niet langer|geen \w+ meer|meer geen|afmeld\w*|uitschrijv\w*|schrijf \w+ uit|haal (?:me|mij)|"
    r"ne (?:\w+ )?plus|plus de|(?:veux|voulons|souhaite|desire) plus|arret\w*|cesse\w*|desinscri\w*|desabonn\w*|retirez-moi|"
    r"nicht mehr|keine \w+ mehr|kein\w* mehr|aufhor\w*|hor\w* (?:\w+ ){0,3}auf|abmeld\w*|abbestell\w*|austrag\w*|nehmen sie mich)\b"
)
# the writer is who stops ("I'm going to stop checking it", "je vais arrêter", "ich höre auf"), right before the verb
_WRITER_STOPS = re.compile(
    r"\b(?:i(?:'m| am) (?:going to|about to)|i(?:'ll| will)|i|we(?:'re| are) (?:going to|about to)|we(?:'ll| will)|"
    r"je vais|j'|nous allons|ich|wir)\s+$"
)
# "je ne sais plus", "je ne suis plus": the writer no longer knows or is; unlike "je ne veux plus", asks nothing
_WRITER_NO_LONGER = re.compile(r"ne (?!(?:veux|voulons|souhaite|souhaitons|desire|desirons|accepte|acceptons|supporte)\b)\w+ plus$")
_STOP_USE = re.compile(
    r"\b(?:stop\w* (?:\w+ )?(?:using|showing|publishing|posting)|no longer (?:use|show|publish|post)|not (?:use|show|publish|post) (?:\w+ ){0,3}any ?more|"
    r"(?:niet|nergens) (?:meer|langer) (?:\w+ ){0,4}(?:gebruiken|tonen|publiceren|posten|laten zien)|stop\w* met (?:het )?(?:gebruik\w*|tonen|publiceren)|"
    r"(?:cesse[rz]?|arrete[rz]?) (?:de |d')?(?:\w+ ){0,3}(?:utilis\w*|diffus\w*|publi\w*|affich\w*|montr\w*|expos\w*)|"
    r"ne (?:\w+ ){0,2}plus (?:\w+ )?(?:utiliser|diffuser|publier|montrer)|"
    r"nicht (?:mehr|langer) (?:\w+ ){0,4}(?:verwenden|nutzen|zeigen|veroffentlichen|posten)|(?:verwendung|nutzung) (?:\w+ ){0,4}einstellen|"
    r"(?:verwend|nutz|benutz|zeig|veroffentlich)\w* (?:\w+ ){0,5}nicht (?:mehr|weiter|langer))\b"
)
_NO_CONTACT = re.compile(
    r"\b(?:(?:no longer|never again) (?:\w+ )?(?:want to |wish to )?be (?:e-?mailed|called|phoned|contacted|texted|approached)|"
    r"not (?:\w+ )?(?:want to |wish to )?be (?:e-?mailed|called|phoned|contacted|texted|approached) (?:\w+ ){0,3}(?:any ?more|again|any longer)|"
    r"(?:niet meer|niet langer|nooit meer) (?:\w+ )?(?:gemaild|gebeld|gecontacteerd|benaderd|ge-sms't|lastiggevallen) (?:te )?worden|"
    r"ne (?:\w+ ){0,2}plus (?:\w+ )?etre (?:contacte|appele|sollicite|relance)e?s?|(?:veux|souhaite) plus etre (?:contacte|appele|sollicite)e?|"
    r"nicht (?:mehr|langer) (?:\w+ )?(?:angeschrieben|angerufen|kontaktiert|angemailt|belastigt) (?:zu )?werden)\b"
)
_OBJECT_WORD = re.compile(r"\b(?:object\w*|bezwaar|oppose\w*|opposition|widersprech\w*|widerspruch\w*|unsubscrib\w*|afmeld\w*|desinscri\w*|abmeld\w*)")
# "that list", "stop it", "please stop": what the sentence before named
_REFERS_BACK = re.compile(
    r"\b(?:(?:that|this|the|your|die|deze|de|jullie|cette|la|votre|diese\w*|der|ihre\w*|eure\w*) (?:list|lijst|liste|verteiler)|"
    r"stop (?:it|them|this|that)|make (?:it|this|them) stop|stop(?: \w+)?[.!?]*$|stop ermee|stop daarmee|hou(?:dt)? ermee op|arretez(?:-les| ca)?[.!]*$|"
    r"hor\w* (?:\w+ )?damit auf|aufhoren[.!]*$)"
)
# mail the writer keeps getting ("I get several emails a week from you"): what "could you stop?" is about
_MAIL_RECEIVED = re.compile(
    r"\b(?:get|getting|receive|receiving|keep getting|krijg|krijgen|ontvang\w*|recois|recevons|bekomme|erhalte)\b[^.]{0,40}"
    r"\b(?:e-?mails?|mails?|messages?|texts?|sms|calls?|mailtjes|berichten|courriels?|nachrichten|anrufe)\b"
)
_NO_LONGER_AT_PLACE = re.compile(
    r"\b(?:no longer|not any ?more|niet (?:meer|langer)|ne (?:\w+ ){0,2}plus|nicht (?:mehr|langer))\b[^.]{0,50}"
    r"\b(?:on|in|op|auf|sur|dans|im|used in|gebruikt (?:in|op|voor)|utilisees? (?:dans|sur|pour))\b (?:\w+ ){0,2}(?:"
    + _PLACE.pattern[5:-3] + r")\b"
)
_CONSENT = re.compile(
    r"\b(?:consent\w*|permission|approval|toestemming|akkoord|goedkeuring|consentement|autorisation|accord|"
    r"einwilligung|zustimmung|erlaubnis|einverstand\w*)\b"
)
_REVOKE = re.compile(
    r"\b(?:withdraw\w*|revok\w*|take back|taking back|took back|tak\w* (?:it|that|this|them) back|took (?:it|that|this) back|"
    r"cancel\w*|no longer|not anymore|any more|anymore|"
    r"intrek\w*|trek\w* \w+ in|trek\w* in|niet meer|niet langer|herroep\w*|terugdra\w*|terug te draaien|terugtrek\w*|terugnem\w*|"
    r"retir\w*|revoqu\w*|annul\w*|ne \w+ plus|plus d'accord|"
    r"widerruf\w*|zuruck\w*|nicht mehr|nicht langer|entzieh\w*)\b"
)
_TAKE_OFF = re.compile(
    r"\b(?:take\w*|get\w*|put\w*) (?:\w+ ){0,6}(?:off|down)\b|\buntag\w*|\b(?:afhalen|af te halen|afhaalt|offline|remov\w*|delet\w*|haal\w*|halen|verwijder\w*|weg|offline|vire[rz]?|"
    r"retir\w*|enlev\w*|supprim\w*|ote[rz]?|nehm\w*|entfern\w*|runter|herunter|loschen)\b"
)
# the public place as the source of the removal ("off your website", "van jullie site", "de votre page")
_FROM_PLACE = re.compile(
    r"\b(?:from|off|van|uit|du|des|de (?:votre|vos|la|ta|ton|notre|leur|mon|ma|son|sa)|von|aus)\b (?:\w+ ){0,3}" + _PLACE.pattern[2:]
)
# every place named ("take it down everywhere", "take them down from both", "overal", "partout", "überall"): the places
# named before
_EVERY_PLACE = re.compile(r"\b(?:everywhere|from (?:both|all|each)|overal|van (?:allebei|beide|allemaal)|partout|des deux|"
                          r"de (?:tous|toutes|partout)|uberall|von (?:beiden|allen|uberall))\b")
_NEG = re.compile(
    r"\b(?:not|don't|dont|do not|never|no need|niet|geen|nooit|hoeft|hoeven|pas|jamais|rien|sans|nicht|nichts|kein\w*|nie|ohne|"
    r"hold off(?: on)?|wait (?:with|before)|wacht\w* (?:nog )?met|attend\w* (?:avant de|pour)|wart\w* (?:noch )?mit|"
    r"instead of|rather than|in plaats van|au lieu de|plutot que de|statt|anstatt|anstelle)\b"
    r"(?! (?:more|longer|meer|langer|mehr)\b)"
)
_NOT_NEG = re.compile(r"\b(?:no longer|niet meer|niet langer|ne plus|nicht mehr|nicht langer|any ?more)\b")


_NEG_AFTER = re.compile(r"^(?:[^,.;:]|(?<=\d)\.){0,100}?\b(?:nichts?|niet|niets|pas)\b(?! (?:mehr|meer|langer|seulement|que)\b)")


_NOT_WANTED = re.compile(
    r"\b(?:(?:do not|don't|dont) (?:\w+ )?want|wil (?:\w+ )?niet|willen (?:\w+ )?niet|ne (?:veux|voulons|souhaite|souhaitons) pas|"
    r"(?:mochte|will|wollen|mochten) (?:\w+ )?nicht),? (?:that|you|dat|jullie|u|que|qu'|dass|sie)\b[^.]{0,70}$"
)


# "vraag ik u om niets van de foto's, de ruwe bestanden of onze mails te verwijderen": "niets" before a list, the verb after it
_NOTHING_OF_A_LIST = re.compile(r"\b(?:om|u|jullie|je) (?:\w+ )?(?:niets|niks)\b[^.;:!?]{0,100}\bte\s+$")


def _negated(folded: str, m: re.Match[str]) -> bool:
    """"do not delete", "niet verwijderen", "ne supprimez pas", "löschen Sie die Daten nicht"."""
    before = folded[max(0, m.start() - 30): m.start()].rsplit(",", 1)[-1]
    before = _NOT_NEG.sub(" ", before)
    if _NOT_WANTED.search(folded[max(0, m.start() - 90): m.start()]):
        return True
    if _NOTHING_OF_A_LIST.search(folded[max(0, m.start() - 140): m.start()]):
        return True
    return bool(_NEG.search(before) or _NEG_AFTER.match(folded[m.end():]))


def _first(rx: re.Pattern[str] | WordRule, folded: str) -> re.Match[str] | None:
    return next((m for m in rx.finditer(folded) if not _negated(folded, m)), None)


def asks(folded: str) -> bool:
    """The sentence has an act of asking: a polite or wishing form, a marker, an imperative."""
    return bool(_ASK.search(folded) or _IMPERATIVE.match(folded.lstrip("-*\u2022 ")) or folded.rstrip().endswith("?")
                or _ELLIPTIC_TAKE_DOWN.match(folded))


_THAT = re.compile(r"\b(?:that|it|this|dat|dit|het|cela|ca|le|la|das|dies|es)\b")
_OF_IT = re.compile(r"\b(?:of (?:it|them|that|those)|daarvan|ervan|hiervan|davon|hiervon|d'entre elles|en (?:une|la) (?:copie|liste))\b")


def starts_with_imperative(folded: str) -> bool:
    return bool(_IMPERATIVE.match(folded.lstrip("-*\u2022 ")))


def asks_in_a_clause(folded: str) -> bool:
    """An act of asking anywhere, also an imperative opening a later clause ("..., haal die weg")."""
    return asks(folded) or any(starts_with_imperative(c.strip()) for c in _CLAUSES.split(folded)[1:])


# where a later clause may start: a stop, or a coordinating word ("hou op met mailen en gooi al mijn gegevens weg",
# "unsubscribe me and delete my details", "arrêtez les mails et effacez mon adresse", "hört auf und löscht alles")
_CLAUSES = re.compile(r"[,;:]| (?:and|en|et|und|then|dan|puis|dann) (?=\w)")


_BARE_DELETE = re.compile(
    r"\W*(?:(?:please|pls|graag|aub|a\.u\.b\.?|svp|bitte|merci de)\W+)?(?:delete|erase|remove|verwijderen|wissen|"
    r"schrappen|supprimer|effacer|loschen|entfernen)\W*(?:(?:please|pls|graag|aub|a\.u\.b\.?|svp|"
    r"s'il vous plait|bitte|danke|thanks|merci)\W*)*"
)


def bare_delete(folded: str, prev: str) -> dict[str, str] | None:
    """The right a bare "delete, please" asks for, the whole sentence ("Wissen aub.", "Löschen
    bitte.", "Supprimer svp."), read from the sentences before; None when the sentence is more."""
    if len(folded.split()) > 4 or folded.rstrip().endswith("?") or not _BARE_DELETE.fullmatch(folded):
        return None
    return _bare_delete(folded.strip(" .!"), prev)


def _bare_delete(fragment: str, prev: str) -> dict[str, str]:
    """"Löschen bitte.", "Verwijderen aub.", "Delete please.": what goes is what the sentences
    before named. An order, a print or an edit is product talk (no right); a newsletter or a
    mailing is the writer taken off it (objection); a picture of the writer in a public place
    comes off it (withdrawal); the writer's data, or nothing named, is an erasure."""
    if prev.strip():
        personal = _PERSONAL_DATA.search(prev) or _ACCOUNT.search(prev) or STORAGE_WORD.search(prev) or _ABOUT_ME.search(prev)
        if not personal and (_EDITING.search(prev) or _BUSINESS.search(prev)):
            return {}
        if not personal and _MARKETING.search(prev) and not _PHOTO.search(prev):
            return {"objection": fragment}
        if not personal and _PHOTO.search(prev) and _PLACE.search(prev):
            return {"withdraw_consent": fragment}
    return {"erasure": fragment}


def read_rights(folded: str, prev: str = "") -> dict[str, str]:
    """Rights asked for in one folded sentence, read from its parts (see the module docstring).

    ``prev``: the sentences before, folded; a mailing named there is what "stop it" or "that
    list" refers to."""
    found: dict[str, str] = {}
    ask = asks(folded)
    own = bool(_OWN.search(folded))
    if _EDITING.search(folded):
        return found
    if not (ask or own):
        # "la date de naissance que vous avez enregistrée est fausse": the studio's record of the writer is wrong
        if (noted := _NOTED_FIELD_RE.search(folded)) and (w := _first(_WRONG, folded)) and not _BUSINESS.search(folded):
            found["rectification"] = w.group(0) or noted.group(0)
        return found
    data, photo, account = _DATA.search(folded), _PHOTO.search(folded), _ACCOUNT.search(folded)
    if not data and _OF_IT.search(folded):
        data = _DATA.search(prev)  # "a copy of it", "een kopie daarvan", "une copie", "eine Kopie davon": the data named before
    field = _FIELD.search(folded)
    business = _BUSINESS.search(folded)
    about_me = _ABOUT_ME.search(folded)
    registry = _REGISTRY.search(folded)
    marketing = _MARKETING.search(folded) or (_REFERS_BACK.search(folded) and (_MARKETING.search(prev) or _MAIL_RECEIVED.search(prev)))

    # objection: no longer to be contacted ("ik wil niet meer gemaild worden", "ne plus être contacté")
    if (nc := _NO_CONTACT.search(folded)) and not _negated(folded, nc) and (ask or own):
        found["objection"] = nc.group(0)
    # objection: stop the mailing, the marketing, the calls
    stop = _first(_STOP, folded) or _STOP.search(folded)
    if stop and re.match(r"stop|arret|cess|aufhor|hor", stop.group(0)) and _WRITER_STOPS.search(folded, 0, stop.start()):
        stop = None  # "I'm going to stop checking this address", "je vais arrêter ce compte": the writer stops
    if stop and _WRITER_NO_LONGER.match(stop.group(0)) and re.search(r"\b(?:je|nous)\s+$", folded[:stop.start()]):
        stop = None  # "je ne sais plus très bien ce que vous avez": the writer's own state, nothing to stop
    if stop and (marketing or (_CONTACT.search(folded) and own)):
        found["objection"] = stop.group(0)
    # withdrawal of a consent; photos taken off a public place
    if (c := _CONSENT.search(folded)) and _REVOKE.search(folded):
        found["withdraw_consent"] = c.group(0)
        if not _OBJECT_WORD.search(folded):
            found.pop("objection", None)  # "you no longer have my permission to use my photos in your adverts"
    elif ((photo and _FROM_PLACE.search(folded))
          # "Could you take them down from both?", "please take it down everywhere": what is shown at the places named before
          or (_PRONOUN_OBJECT.search(folded) and _EVERY_PLACE.search(folded) and _PLACE.search(prev + " " + folded) and not data)
          # "Runter damit, sofort.", "Weg ermee!", "Off with it.": the picture at the place named before
          or (_ELLIPTIC_TAKE_DOWN.match(folded) and _PHOTO.search(prev) and _PLACE.search(prev))) \
            and (t := _first(_TAKE_OFF, folded)) and not registry and not account \
            and not _PERSONAL_DATA.search(folded) \
            and not re.search(r"\b(?:all|alle|alles|tout|toutes|everything)\b (?:\w+ )?(?:my|mijn|mes|meine)? ?(?:data|gegevens|donnees|daten)", folded):
        found["withdraw_consent"] = t.group(0)
    elif photo and _PLACE.search(folded) and (u := _first(_STOP_USE, folded) or _NO_LONGER_AT_PLACE.search(folded)):
        found["withdraw_consent"] = u.group(0)
    if "withdraw_consent" in found and "objection" in found and photo and not _CONTACT.search(folded) \
            and not _OBJECT_WORD.search(folded) and not re.search(r"newsletter|nieuwsbrie|mailing|verteiler", folded):
        found.pop("objection")  # "my photos no longer used in your adverts": the consent to show them ends
    # objection: refusing a use of the data for a purpose ("I don't want you to use my data for training AI",
    # "je refuse que mes données soient transmises à vos partenaires", "ich möchte nicht, dass Sie meine Daten an Partner weitergeben")
    if not found and (ru := _REFUSE_USE.search(folded)) and (data or _OWN_DATA.search(folded)) and not photo and not business:
        found["objection"] = ru.group(0)
    # erasure: not wanting the studio to keep the data ("I don't want you to keep my data", "ik wil niet dat jullie
    # mijn gegevens nog bewaren", "je ne veux pas que vous gardiez mes données", "ich möchte nicht, dass Sie meine Daten speichern")
    if not found and (nk := _NOT_KEPT.search(folded)) and (data or account or registry or about_me or photo) and not business:
        found["erasure"] = nk.group(0)
    # erasure: a bare "delete, please" as the whole sentence ("Wissen aub.", "Löschen bitte.", "Supprimer svp.")
    if not found and ask and not business and (bare := bare_delete(folded, prev)) is not None:
        found.update(bare)
    # erasure
    if "withdraw_consent" not in found and "objection" not in found and (m := _first(_ERASE, folded)) \
            and (data or account or registry or about_me or own) \
            and not (business and not (data or account or registry)):
        found["erasure"] = m.group(0)
    elif "objection" in found and (m := _first(_ERASE, folded)) and (account or registry or data) and not marketing:
        found["erasure"] = m.group(0)
    # access: "do you still have data about me?", a question put to the studio about what it holds
    if not found and (held := _HOLD_QUESTION.match(folded) or _HOLD_QUESTION.match(folded.rsplit(":", 1)[-1].strip())) \
            and (data or photo or account or _MY_STUFF.search(folded)) \
            and (about_me or _OWN_THING_HELD.search(folded) or _OWN_DATA.search(folded) or _OWN_PICTURES.search(folded)
                 or _MY_STUFF.search(folded)) and not business:
        found["access"] = held.group(0).strip()
    # access: to whom, from where, how long, why (still) - asked about the writer's own data
    if not found and not business and (meta := _meta_question(folded)):
        found["access"] = meta
    # access: reading one's own file ("mijn dossier inkijken", "me communiquer l'ensemble des données me concernant")
    if not found and not business and ask and (see := _first(_SEE_FILE, folded)) \
            and (_OWN_FILE.search(folded) or (about_me and (data or photo))) \
            and not _RECIPIENT.search(folded) and not _OTHER_PROVIDER.search(folded):
        found["access"] = see.group(0)
    # access: a copy or overview of what is held, or a question about what is held
    q = _first(_ACCESS_ASK, folded)
    noun = next((m for m in _ACCESS_ASK.finditer(folded) if _ACCESS_NOUN.match(m.group(0)) and not _negated(folded, m)), None)
    if noun and not found and not business and _WHAT_YOU_HOLD.search(folded) and (ask or own):
        # "I'd also like a copy of what you have", "j'aimerais savoir ce que vous avez et en recevoir une copie"
        found["access"] = noun.group(0)
    if q and not found and (data or photo or account or about_me or _OWN_FIELD.search(folded)) and (about_me or own) and not business:
        word = q.group(0)
        if _ACCESS_NOUN.match(word) or ((_ASK_TO_KNOW.search(folded) or folded.rstrip().endswith("?")) and _HOLD.search(folded)):
            found["access"] = word
    # rectification of what the sentence before named ("op mijn profiel staat nog 1,65 m. Kunnen jullie dat rechtzetten?")
    if not found and ask and _THAT.search(folded) and (m := _first(_RECTIFY, folded)) and not business \
            and not _WRONG.match(m.group(0)) and (_OWN.search(prev + " " + folded) or _NEW_VALUE.search(prev)) \
            and (_ACCOUNT.search(prev + " " + folded) or _FIELD.search(prev) or STORAGE.search(prev + " " + folded)
                 or _NEW_VALUE.search(prev)) \
            and (not _BUSINESS.search(prev) or _OWN_FIELD.search(prev)):
        # "... op mijn factuur is het fout gelopen, en mijn adres is ondertussen Kapelstraat 8": the writer's own field is
        # named beside the invoice it stands on
        found["rectification"] = m.group(0)
    # rectification asked right after the writer says what is wrong about them ("Ich war im Elferrat, nicht Prinz: das stimmt
    # nicht. Bitte ändern Sie die Bildunterschrift.", "That's not my name. Please change the caption.")
    if not found and ask and (m := _first(_RECTIFY, folded)) and not _WRONG.match(m.group(0)) and not business \
            and (w := _WRONG.search(prev)) and _OWN.search(prev) and not _BUSINESS.search(prev) and not _EDITING.search(prev) \
            and not _OTHER_PROVIDER.search(folded):
        found["rectification"] = m.group(0)
    # rectification: a personal field that is wrong or has changed
    if not found and (nv := _NEW_VALUE.search(folded)) and (ask or own or _first(_RECTIFY, folded)) and not business:
        found["rectification"] = nv.group(0)
    if (m := _first(_RECTIFY, folded)) and field and _OWN_FIELD.search(folded) and (ask or _WRONG.search(folded)) and not (business and not _FIELD.search(folded.replace(business.group(0), ""))) \
            and "erasure" not in found and not _FIX_A_DOCUMENT.search(folded):
        found["rectification"] = m.group(0)
    # restriction
    if (m := _first(_RESTRICT, folded)) and (data or photo or account or _PROCESSING.search(folded)) and not business:
        found["restriction"] = m.group(0)
        found.pop("erasure", None)
    # portability
    m = _first(_PORT, folded) or (_RECIPIENT.search(folded) and _first(_TRANSFER, folded)) or None
    # "... what you hold about me. And could I get all of that in a file I can open?": what the sentence before
    # asked to know is the data to take along
    held_before = bool(_PRONOUN_OBJECT.search(folded) and (_WHAT_YOU_HOLD.search(prev) or _PERSONAL_DATA.search(prev)))
    if m and m.group(0).startswith(("in ", "as ", "dans ", "sous ", "als ")) and not (
            _OTHER_PROVIDER.search(folded) or _PERSONAL_DATA.search(folded) or held_before):
        m = None  # "send the files as a zip, the link does not work": a delivery
    if m and (data or photo or account or held_before) and (own or _OTHER_PROVIDER.search(folded)):
        found["portability"] = m.group(0)
        if found.get("access") and not re.match(r"cop|kopie|copie|access|acces|inzage|auskunft", found["access"]):
            found.pop("access")
    if not ask and not (own and (about_me or data or photo or account or marketing)) \
            and not (own and set(found) == {"rectification"} and not business
                     and (_NEW_VALUE.search(folded) or _WRONG.search(folded))):
        return {}
    return found


def about_pictures_only(folded: str) -> bool:
    """The sentence is about photos or videos, not about data, an account or the studio's files."""
    return bool(_PHOTO.search(folded)) and not (_DATA.search(folded) or _ACCOUNT.search(folded) or _REGISTRY.search(folded)
                                                or _EVERYTHING_HELD.search(folded))


def names_everything_held(folded: str) -> bool:
    """``folded`` names everything the studio holds of someone ("alles wat u van haar heeft", "everything you have on me")."""
    return bool(_EVERYTHING_HELD.search(folded))


# everything the studio holds ("en daarna ook alles wat u van haar heeft verwijderen", "everything you have on me",
# "tout ce que vous avez sur moi", "alles, was Sie über mich haben"): more than the pictures
_EVERYTHING_HELD = re.compile(
    r"\b(?:everything|all) (?:that )?(?:you|your \w+) (?:\w+ )?(?:have|hold|keep|store)\b|\balles wat (?:jullie|u|je|ge)\b|"
    r"\btout ce que vous\b|\balles,? was (?:sie|ihr)\b"
)


def names_field(folded: str) -> bool:
    """A field of a record is named (a name, an address, a number, a date of birth)."""
    return bool(re.search(r"\b(?:(?:sur|last|first|family) ?name|naam|nom|prenom|name|address|adres|adresse|anschrift|"
                          r"phone|telefoon\w*|telephone|telefon\w*|numero|nummer|gsm|birth|geboorte\w*|naissance|geburt\w*|e-?mail\w*)\b", folded))


def names_own_object(folded: str) -> bool:
    """The sentence names what it is about (data, pictures, an account, a field, the studio's
    storage), not only a pronoun pointing back ("die mogen weg", "delete them")."""
    return bool(_DATA.search(folded) or _PHOTO.search(folded) or _ACCOUNT.search(folded) or _FIELD.search(folded)
                or STORAGE_WORD.search(folded))


def names_pictures(folded: str) -> bool:
    return bool(_PHOTO.search(folded))


def mentions_own(folded: str) -> bool:
    """The writer speaks of themselves ("my", "me", "mijn", "moi", "meine", "about me")."""
    return bool(_OWN.search(folded) or _ABOUT_ME.search(folded))


def edits_pictures(folded: str) -> bool:
    """The sentence is about picking or editing the delivered pictures (blurry ones, eyes closed, a
    selection before it is sent), with no personal data named: product work, not a right."""
    return bool(_EDITING.search(folded) or _BEFORE_DELIVERY.search(folded)) and not names_data_or_account(folded) \
        and not STORAGE.search(folded)


def names_account(folded: str) -> bool:
    """``folded`` names an account, a profile or a registration."""
    return bool(_ACCOUNT.search(folded))


def names_data_or_account(folded: str) -> bool:
    """Personal data or an account is named (not only the studio's storage)."""
    return bool(_PERSONAL_DATA.search(folded) or _ACCOUNT.search(folded))


def names_own_data(folded: str) -> bool:
    """The writer's own data in plain words ("my details", "mijn gegevens", "mes informations")."""
    return bool(_OWN_DATA.search(folded))


def is_personal_data(folded: str) -> bool:
    return bool(_PERSONAL_DATA.search(folded) or _ACCOUNT.search(folded) or _REGISTRY.search(folded))


def about_business(folded: str) -> bool:
    """An order, a booking, an invoice or a print is what the sentence is about, not personal data."""
    return bool(_BUSINESS.search(folded)) and not is_personal_data(folded) and not _PHOTO.search(folded)


_ON_PLACE = re.compile(r"\b(?:on|op|sur|auf)\b (?:\w+ ){0,3}" + _PLACE.pattern[2:])


def from_a_place(folded: str) -> bool:
    """A public place is named as where something is to come off ("off your website", "van jullie
    site", "de votre page", "auf Instagram")."""
    return bool(_FROM_PLACE.search(folded) or _ON_PLACE.search(folded))


_OBJECT_NOUNS = (_DATA, _PHOTO, _ACCOUNT, _FIELD, _MARKETING, _CONTACT, _PLACE, STORAGE, _BUSINESS)


def names_an_object(word: str) -> bool:
    """The word is one of the objects the rules know (data, a photo, an account, a field, a mailing,
    a place, the studio's storage, an order): a noun, not a verb."""
    return any(rx.fullmatch(word) for rx in _OBJECT_NOUNS)


def says_wrong(folded: str) -> bool:
    """A value is said to be wrong or out of date ("is wrong", "klopt niet", "erroné", "falsch")."""
    return _first(_WRONG, folded) is not None


def in_the_files(folded: str) -> bool:
    """The studio's files, records or systems are named ("in your records", "dans vos fichiers")."""
    return bool(_REGISTRY.search(folded))


def names_product(folded: str) -> bool:
    """An order, a delivery, an album, prints or a download link is named."""
    return bool(_BUSINESS.search(folded))


def product_talk(folded: str) -> bool:
    """An order, a delivery, an album or a download link is talked about, with no personal data
    and nothing "about me": "which photos did you pick for the album?", "the link does not work"."""
    return bool(_BUSINESS.search(folded)) and not (is_personal_data(folded) or _ABOUT_ME.search(folded)
                                                   or _OTHER_PROVIDER.search(folded))


# "... and then you can delete them", "en daarna mogen ze weg", "puis supprimez-les", "und danach löschen Sie alles"
_THEN = re.compile(
    r"(?:,|\band)? ?\b(?:and then|then|after that|afterwards|en daarna|daarna|en dan|vervolgens|nadien|"
    r"et ensuite|ensuite|puis|et apres|apres cela|und dann|dann|und danach|danach|anschliessend|und anschliessend)\b"
)
_PRONOUN_OBJECT = re.compile(r"\b(?:it|them|everything|all of it|ze|het|alles|die|les|la|le|tout|sie|alles|es)\b|-les\b|-la\b")
_MODAL_AWAY = re.compile(r"\b(?:mogen|mag|moeten|moet|kunnen|kan) (?:\w+ ){0,3}weg\b|\bweg (?:ermee|ermede|met)\b")
# what must go off or out ("die mogen er ook af", "dat moet eruit", "mag offline"): with the above, a modal that asks
_MODAL_OFF = re.compile(r"\b(?:moet|moeten|mogen|mag) (?:\w+ ){0,3}(?:af|weg|eruit|offline)\b")


def modal_ask(part: str) -> bool:
    """A modal of what must go away, off or out ("die mogen er ook af", "mag weg"): the writer asks it."""
    return bool(_MODAL_AWAY.search(part) or _MODAL_OFF.search(part))


def new_value(folded: str) -> bool:
    """A new value of a field given ("my name is now ...", "nieuw adres: ...")."""
    return bool(_NEW_VALUE.search(folded))


def erasure_afterwards(folded: str) -> str:
    """The fragment of a later clause that erases what an earlier clause of the sentence named
    (the writer's own data or pictures), or ""."""
    m = _THEN.search(folded)
    if not m or m.start() < 10:
        return ""
    head, tail = folded[:m.start()], folded[m.end():]
    if not ((_DATA.search(head) or _PHOTO.search(head) or _ACCOUNT.search(head)) and (_OWN.search(head) or _ABOUT_ME.search(head))):
        return ""
    if not _PRONOUN_OBJECT.search(tail):
        return ""
    e = _first(_ERASE, tail) or _MODAL_AWAY.search(tail)
    return e.group(0) if e and not _negated(tail, e) else ""
