"""Rights rules for German sentences (Belgium's German-speaking community, Germany, Austria).

Works on folded text (lower case, umlauts without dots: "loschen", "uber"). Same shape as
:mod:`studio_dsar.core.intake.rules_fr`: patterns per right, then the usual confusions resolved
(photos taken off the website are a withdrawal of consent; "aufbewahren, aber nicht mehr
verwenden" is a restriction; a copy "in einem maschinenlesbaren Format" is portability).
"""

from __future__ import annotations

import re

from studio_dsar.core.intake.rxutil import WordRule


def _rx(p: str) -> WordRule:
    return WordRule(p)


_DATA = r"(?:daten|informationen|angaben|fotos?|bilder|aufnahmen|videos?|dateien|kontaktdaten|kundendaten|konto|profil)"
_PLACE = (r"(?:website|webseite|homepage|internetseite|seite|instagram\w*|facebook|portfolio|social media|sozialen medien|"
          r"social-media\w*|galerie|schaufenster|werbung|broschure|flyer|linkedin|tiktok|blog|online|internet|pinterest|"
          r"plakat|offentlich\w*|als beispiel|beispielfoto\w*|showreel|musterbuch)")
_NEG = re.compile(r"\b(?:nicht|nichts|nie|niemals|keine?n?|ohne)\b")
# "Sie mussen meine Dateien nicht loschen", "nicht notig": no need to, not a request
_NO_NEED = re.compile(r"\b(?:brauch\w*|muss\w*|musst|mussen) (?:\w+ ){0,4}nicht\b|\bnicht (?:notig|erforderlich|noetig)\b|\bkein bedarf\b")

ACCESS = _rx(
    r"\bwie lange (?:speicher\w*|bewahr\w*|behalt\w*|haben|habt|hebt|heben) (?:sie|ihr|du)\b (?:\w+ ){0,3}(?:meine\w*|diese kopie|die kopie)\b|"
    r"\bhaben (?:sie|ihr) (?:sie|es|die|meine \w+) (?:\w+ )?(?:an|mit) (?:jemand\w*|dritte\w*|andere\w*|kunden)\b[^.]{0,20}\b(?:weitergegeben|geteilt|ubermittelt|gegeben)\b[^.]{0,60}\?|"
    r"\bwoher (?:haben|hast|habt) (?:sie|du|ihr) (?:\w+ ){0,3}(?:meine?\w*|unsere?\w*)\b|"
    r"\bauskunft\w*|\bselbstauskunft\b|\brecht auf auskunft\b|\bzugang zu\b[^.]{0,30}\b" + _DATA + r"|\beinsicht\w*|"
    r"\bkopie (?:\w+ ){0,3}" + _DATA + r"|\bkopie\b[^.]{0,60}\b(?:uber (?:mich|uns)|zu meiner person|mich betreffend\w*)\b|\bwelche (?:\w+ ){0,2}(?:daten|informationen|angaben|fotos|bilder|aufnahmen)\b|"
    r"\bwas (?:\w+ ){0,2}(?:sie|du|ihr) (?:\w+ ){0,3}(?:uber|von) (?:mir|mich)\b|\bob sie (?:\w+ ){0,3}(?:daten|fotos|bilder|informationen)\b[^.]{0,40}\b(?:speichern|verarbeiten|haben|gespeichert)\b|"
    r"\b(?:ubersicht|aufstellung|liste)\b[^.]{0,40}\b(?:daten|fotos|bilder|aufnahmen)\b|"
    r"\b(?:wem|an wen) (?:haben sie|sie)\b[^.]{0,40}\b(?:weitergegeben|ubermittelt|gegeben|verkauft|offengelegt)\b|"
    # "schicken Sie mir alles, was Sie uber mich haben" / "... die Daten, die Sie uber mich haben, zuschicken"
    r"\b(?:schick|send|zusend|zuschick|ubermittel|gib|geben|zukommen)\w*\b[^.]{0,60}\b(?:daten|fotos|bilder|informationen|angaben|"
    r"alles)\b[^.]{0,40}\b(?:uber|von|zu) (?:mich|mir|uns|meiner person)\b|"
    r"\b(?:daten|fotos|bilder|informationen|angaben|alles)\b[^.]{0,40}\b(?:uber|von|zu) (?:mich|mir|uns|meiner person)\b[^.]{0,40}"
    r"\b(?:zuschicken|zusenden|schicken|senden|geben|ubermitteln|zukommen lassen|zeigen|mitteilen|nennen)\b|"
    r"\bkopie\b[^.]{0,20}\bfur (?:mich|uns)\b|"
    # "schicken Sie mir alle meine gespeicherten Daten", "Zusendung meiner Daten", "stellen Sie mir meine Daten zur Verfügung",
    # "schicken Sie mir vorher eine Kopie"
    r"\b(?:schick|send|zusend|ubermittel|gib|geben|zukommen|stell)\w*\b[^.]{0,30}\b(?:mir|uns)\b[^.]{0,20}"
    r"\b(?:alle |samtliche |meine |unsere )(?:\w+ )?(?:daten|informationen|angaben)\b|"
    r"\b(?:zusendung|ubermittlung|herausgabe|bereitstellung) (?:\w+ ){0,2}(?:meiner|unserer|aller|samtlicher) (?:\w+ )?(?:daten|informationen|angaben)\b|"
    r"\b(?:schick|send|gib|geben|ubermittel)\w* (?:sie |ihr |du )?(?:mir|uns) (?:\w+ ){0,3}(?:eine|die) kopie\b"
    r"(?! (?:des|der|vom|von|ihres|ihrer|meines|meiner|unseres|dieser|dieses|davon)\b)"
)
RECTIFY = _rx(
    r"\bberichtig\w*|\bkorrigier\w*|\bkorrektur\w*|\b(?:meine|meinen|meiner|mein)\b[^.]{0,40}\baktualisier\w*|\bfalsch geschrieben\b|\bfalsch\b[^.]{0,50}\b(?:name\w*|adresse|anschrift|vorname|nachname|e-?mail\w*|geburtsdatum)\b|"
    r"\b(?:name\w*|adresse|anschrift|vorname\w*|nachname\w*|e-?mail-?adresse|schreibweise)\b[^.]{0,50}\b(?:falsch|fehlerhaft|unrichtig|nicht korrekt|andern|geandert|anpassen|angepasst)\b|"
    r"\bneue (?:adresse|anschrift|e-?mail-?adresse|telefonnummer|nachname)\b|\bgeheiratet\b[^.]{0,60}\bname\b|\btippfehler\b|\bschreibfehler\b|"
    r"\b(?:telefonnummer|handynummer|mobilnummer|rufnummer|adresse|anschrift|e-?mail-?adresse|nachname\w*|name)\b[^.]{0,30}"
    r"\b(?:hat sich (?:\w+ )?geandert|ist (?:jetzt )?neu|lautet (?:jetzt|nun|ab sofort)|stimmt nicht mehr|ist nicht mehr aktuell)\b|"
    r"\bneue (?:handynummer|mobilnummer|rufnummer|nummer)\b|"
    # "ich heisse seit der Hochzeit nicht mehr Schmitz, sondern ..."; "andern Sie das in Ihrer Kundendatei"
    r"\bich heisse\b[^.]{0,40}\b(?:nicht mehr|jetzt|nun|inzwischen|mittlerweile|neuerdings)\b|\bnicht mehr [\w-]+,? sondern\b|"
    r"\b(?:kundendatei|kartei|datenbank|unterlagen|kundenkonto|kundendaten|kundenprofil|adressbuch|verteiler)\b[^.]{0,40}"
    r"\b(?:andern|anpassen|aktualisieren|berichtigen|umschreiben|korrigieren)\b"
)
ERASE = _rx(
    r"\b(?:nicht mehr|nicht langer)\b[^.]{0,40}\b(?:in|bei) (?:ihrer|ihrem|der|dem) (?:\w+ )?(?:kartei|datenbank|kundendatei|"
    r"kundenkartei|system|unterlagen|akten|archiv)\b[^.]{0,30}\b(?:gespeichert|stehen|gefuhrt|erfasst|sein|auftauchen)\b|"
    # thrown away ("schmeißt bitte alles weg, was ihr von mir habt", "werfen Sie meine Daten weg")
    r"\b(?:schmeiss\w*|schmeis\w*|wirf|werft|werfen)\b[^.]{0,40}\bweg\b|\bwegwerfen\b|\bwegschmeissen\b|"
    r"\blosch\w*|\bloesch\w*|\bge(?:losch|loesch|entfern|vernicht)\w*\s+(?:werden|wird|wurden|sein|haben|lassen)\b|\bentfern\w*|\bvernicht\w*|\brecht auf (?:loschung|vergessenwerden|vergessen)\b|\bvergessen (?:zu )?werden\b"
)
RESTRICT = _rx(
    r"\beinschrank\w*|\beinzuschranken\b|\bsperr\w*|\bsperrung\b|\bschrank\w* sie\b[^.]{0,60}\bein\b|"
    r"\b(?:aufbewahr\w*|bewahr\w*|behalten|speichern)\b[^.]{0,60}\baber\b[^.]{0,40}\bnicht (?:mehr )?(?:\w+ )?(?:verwenden|nutzen|verarbeiten|benutzen)\b|"
    r"\bnicht (?:mehr )?(?:\w+ )?(?:verwenden|nutzen|verarbeiten|benutzen)\b[^.]{0,60}\b(?:bis|solange|wahrend)\b|"
    r"\b(?:verwenden|nutzen|benutzen|veroffentlichen|zeigen) sie (?:\w+ ){0,3}nicht (?:mehr|weiter)\b[^.]{0,60}\b(?:bis|solange|wahrend)\b|"
    r"\bnicht (?:zu )?(?:loschen|entfernen|vernichten)\b[^.]{0,80}\b(?:aber|bis|solange|wahrend|streit|beweis)\b|"
    r"\b(?:loschen|entfernen|vernichten) sie (?:\w+ ){0,3}nicht\b[^.]{0,80}\b(?:aber|bis|solange|wahrend)\b|"
    r"\bnicht (?:weiter|mehr) (?:\w+ )?(?:verwenden|nutzen|verarbeiten|benutzen)\b[^.]{0,30}\b(?:bis|solange|wahrend)\b|"
    r"\b(?:bis|solange|wahrend)\b[^.]{0,60}\bnicht (?:weiter|mehr)\b|"
    # "stellen Sie die Verarbeitung meiner Daten vorläufig ein, bis ...", "setzen Sie die Nutzung vorerst aus"
    r"\b(?:stell|setz)\w* (?:sie |ihr )?(?:die |jede |jegliche )?(?:verarbeitung|nutzung|verwendung|veroffentlichung)\b[^.]{0,60}"
    r"\b(?:vorlaufig|vorerst|einstweilen|voruebergehend|vorubergehend|bis auf weiteres|bis|solange|wahrend)\b[^.]{0,40}\b(?:ein|aus)\b|"
    # "löschen Sie bitte keine Fotos, sie dienen als Beweis", "keine Dateien zu löschen, solange ..."
    r"\b(?:loschen|entfernen|vernichten) sie (?:bitte )?(?:keine|nichts)\b[^.]{0,80}\b(?:aber|bis|solange|wahrend|streit\w*|beweis\w*|"
    r"gericht\w*|verfahren)\b|"
    r"\bkeine (?:\w+ )?(?:fotos|bilder|daten|dateien|aufnahmen|unterlagen) (?:zu )?(?:loschen|entfernen|vernichten)\b[^.]{0,80}"
    r"\b(?:aber|bis|solange|wahrend|streit\w*|beweis\w*|gericht\w*|verfahren)\b"
)
PORT = _rx(
    r"\bubertragbarkeit\b|\bdatenubertragbarkeit\b|\bdatenubertragung\b|\bmaschinenlesbar\w*|\bstrukturiert\w*|\bgangig\w* format\b|"
    r"\b(?:csv|json|xml)\b|\bals (?:\w+ )?(?:datei|download\w*|zip-?datei|export)\b|"
    r"\b(?:ubermitteln|ubertragen|weitergeben|senden|schicken|mitnehmen|mitzunehmen|umziehen)\b[^.]{0,80}\b(?:anderen|neuen|andere|neue) "
    r"(?:fotografen|fotografin|anbieter|verantwortlichen|studio|dienstleister|unternehmen)\b|"
    r"\b(?:anderen|neuen) (?:fotografen|fotografin|anbieter|verantwortlichen|studio|dienstleister)\b[^.]{0,60}"
    r"\b(?:ubermitteln|ubertragen|weitergeben|mitnehmen|mitzunehmen|umziehen)\b"
)
# the files sent straight on to someone else ("dass ihr ihr die Originaldateien direkt schickt", "direkt an die neue Fotografin
# weiterleiten"); not to the writer ("schicken Sie mir die Fotos direkt")
_SEND_ON = r"\b(?:schick|send|ubermittel|ubertrag|weiterleit|weitergeb|zukommen)\w*"
PORT_DIRECT = re.compile(r"\bdirekt\b[^.]{0,60}" + _SEND_ON + "|" + _SEND_ON + r"\b[^.]{0,40}\bdirekt\b")
_FILES = re.compile(r"\b(?:\w*dateien|\w*datei|fotos|bilder|aufnahmen|daten|originale|rohdaten|raws?|negative)\b")
OBJECT = _rx(
    r"\bwidersprech\w*|\bwiderspruch\w*|\bwiderspreche\b|\bwidersprich\w*|\bwiderspricht\b|\bwidersprochen\b|\babmeld\w*|\babbestell\w*|\baustragen\b|"
    # "ich möchte keinen Newsletter mehr" (the article declined, with the writer's wish: "seit Mai keinen Newsletter mehr
    # bekommen" is a statement, "Sie möchten keinen Newsletter mehr erhalten?" a footer)
    r"(?:\b(?:ich|wir)\b (?:\w+ ){0,2}(?:mochte|will|wollen|mochten|wunsche)|\b(?:mochte|will|wollen|mochten|wunsche) (?:ich|wir))\b"
    r"[^.?]{0,30}\bkeinen (?:\w+ )?(?:newsletter|werbebrief\w*|werbeprospekt\w*|katalog\w*)\b[^.?]{0,30}\bmehr\b|"
    r"\bkeine (?:\w+ )?(?:werbung|newsletter|werbe-?[\w-]+|angebote|mails|e-?mails|nachrichten|sms|anrufe)\b[^.]{0,30}\b(?:mehr|zusenden|schicken|senden)\b|"
    r"\b(?:newsletter|werbung|werbe-?(?:e-?)?mails?)\b[^.]{0,40}\b(?:nicht mehr|keine mehr|einstellen|stoppen|abbestellen)\b|"
    r"\b(?:(?:e-?)?mails|nachrichten|angebote|werbe\w*|newsletter)\b[^.]{0,30}\bnicht (?:mehr|langer) (?:\w+ )?"
    r"(?:bekommen|erhalten|empfangen|zugeschickt|zugesandt|haben)\b|"
    r"\b(?:nicht mehr|nie wieder)\b[^.]{0,30}\b(?:kontaktieren|anschreiben|anrufen|zusenden|schicken|mailen)\b|"
    r"\b(?:ruf|rufen|schreib|schreiben|kontaktier)\w* (?:sie |ihr )?(?:mich |uns )?(?:\w+ )?nicht mehr\b[^.]{0,40}"
    r"\b(?:an|wegen|mit|fur) (?:\w+ )?(?:angebot\w*|werbung|aktion\w*|promotion\w*|rabatt\w*)|"
    r"\b(?:ruf|rufen)\w* (?:sie |ihr )?(?:mich |uns )?(?:bitte )?nicht mehr an\b|"
    r"\bnicht mehr\b[^.]{0,30}\b(?:im|in|auf) (?:ihrem|ihrer|dem|der) (?:\w+ )?(?:newsletter\w*|verteiler|mailingliste|e-?mail-?liste)\b|"
    r"\bdirektwerbung\b|\bberechtigte\w* interesse\w*|"
    # "gebt meine Daten bitte nicht an Dritte weiter", "meine Daten dürfen nicht an Partner weitergegeben werden"
    r"\b(?:nicht|keine)\b[^.]{0,40}\b(?:an|mit) (?:dritte\w*|\w*partner\w*|andere (?:firmen|unternehmen))\b[^.]{0,30}"
    r"\b(?:weiter\w*|geben|teilen|ubermitteln|verkaufen|verkauft)\b|"
    r"\b(?:kontaktier|schreib|ruf|mail|belastig)\w* (?:sie |ihr )?(?:mich|uns) (?:\w+ )?(?:nie wieder|nie mehr|nicht mehr|niemals)\b|"
    r"\bkeine\b[^.]{0,40}\b(?:newsletter|werbung|werbe-?mails?|angebote|(?:e-?)?mails|nachrichten|anrufe|aufrufe)\b[^.]{0,30}\bmehr\b|"
    r"\b(?:aus|von) (?:ihrem|ihrer|dem|der|eurem|eurer|allen|ihren|euren|den) (?:\w+ )?(?:verteiler\w*|newsletter\w*|mailingliste\w*|"
    r"e-?mail-?liste\w*|adressliste\w*|werbeliste\w*|mailverteiler\w*)\b|"
    r"\b(?:trag\w*|nehm\w*|streich\w*)\b[^.]{0,40}\b(?:newsletter|verteiler|mailingliste|e-?mail-?liste)\b[^.]{0,10}\b(?:aus|heraus|raus)\b|"
    r"\b(?:horen sie|hort|aufhoren)\b[^.]{0,50}\b(?:angebote|werbung|newsletter|mails|e-?mails|nachrichten)\b|"
    r"\b(?:angebote|werbung|newsletter|werbemails)\b[^.]{0,30}\b(?:zu (?:schicken|senden|bekommen)|aufhoren|einstellen)\b"
)
# using the writer's data (not their portrait) for advertising: an objection
OBJECT_ADS = _rx(
    # "die Nutzung meiner Daten zu Werbezwecken untersage ich hiermit"
    r"\buntersag\w*\b[^.]{0,60}\b(?:werbung|werbezweck\w*|marketing\w*|anzeigen|werbeanzeigen|targeting|profiling|reklame)\b|"
    r"\b(?:werbung|werbezweck\w*|marketing\w*|targeting|profiling|reklame)\b[^.]{0,60}\buntersag\w*|"
    r"\bnicht\b[^.]{0,40}\b(?:verwend|nutz|benutz|verarbeit|gebrauch)\w*[^.]{0,40}\b(?:werbung|werbezweck\w*|marketing\w*|anzeigen|"
    r"werbeanzeigen|targeting|zielgruppe\w*|profiling|reklame)\b|"
    r"\bnicht\b[^.]{0,40}\b(?:fur|zu) (?:\w+ )?(?:werbung|werbezweck\w*|marketing\w*|anzeigen|werbeanzeigen|targeting|profiling)\b"
    r"[^.]{0,30}\b(?:verwend|nutz|benutz|verarbeit|gebrauch)\w*|"
    r"\b(?:werbung|werbezweck\w*|marketing\w*|anzeigen|werbeanzeigen|targeting|profiling)\b[^.]{0,40}\bnicht (?:mehr |langer )?"
    r"(?:\w+ )?(?:verwend|nutz|benutz|verarbeit|gebrauch)\w*"
)
WITHDRAW = _rx(
    r"\b(?:ja gesagt|zugestimmt|einverstanden|eingewilligt|erlaubt)\b[^.]{0,40}\bziehe\b[^.]{0,30}\bzuruck\b|"
    r"\bwiderruf\w*|\bwiderrufe\b|\beinwilligung\b[^.]{0,50}\b(?:zuruck\w*|entzieh\w*|widerr\w*|nicht mehr|aufheb\w*|beend\w*)\b|"
    r"\b(?:zuruckziehen|zuruckzunehmen|entziehe)\b[^.]{0,30}\b(?:einwilligung|zustimmung|erlaubnis|einverstandnis)\b|"
    r"\b(?:nicht mehr|nicht langer|nie wieder)\b[^.]{0,80}\b(?:zu sehen|sichtbar|erscheinen|auftauchen|abgebildet|gezeigt|"
    r"veroffentlicht|zu finden)\b|"
    # "ich will nicht mehr, dass mein Bild in eurem Schaufenster hängt": a picture no longer wanted where it hangs or stands
    r"\b(?:will|mochte|wollen|mochten)\b (?:\w+ )?nicht (?:mehr|langer),? dass\b[^.]{0,60}\b\w*(?:fotos?|bild\w*|aufnahmen?|portrat\w*)\b"
    r"[^.]{0,60}\b(?:hangt|hangen|steht|stehen|online|bleibt|bleiben|lauft|laufen)\b|"
    r"\bnicht (?:mehr|langer) einverstanden\b|"
    # "ich untersage Ihnen die Veröffentlichung meiner Fotos", "die weitere Verwendung meines Bildes untersage ich"
    r"\buntersag\w*\b[^.]{0,60}\b(?:veroffentlich\w*|verwendung|nutzung|zeigen|posten|verbreit\w*)\b[^.]{0,40}"
    r"\b(?:fotos?|bild\w*|aufnahmen?|portrat\w*|videos?)\b|"
    r"\b(?:veroffentlich\w*|verwendung|nutzung|verbreitung)\b[^.]{0,40}\b(?:fotos?|bild\w*|aufnahmen?|portrat\w*|videos?)\b"
    r"[^.]{0,40}\buntersag\w*|"
    r"\b(?:durfen|durft|darfst|konnen|konnt|kannst) (?:\w+ ){0,3}\w*(?:fotos?|bilder|aufnahmen|portrat\w*|videos?) (?:\w+ ){0,4}nicht (?:mehr|langer)\b|\b(?:zustimmung|erlaubnis|einverstandnis)\b[^.]{0,40}\b(?:zuruck\w*|entzieh\w*|nicht mehr|widerr\w*)\b"
)
_PHOTO_WORD = r"(?:fotos?|bild(?:er|ern|es|s)?|aufnahmen?|portrats?|portraits?|videos?|clips?|filme?|fotografien?)\b(?!-)"
_PHOTO = re.compile(r"\b\w*" + _PHOTO_WORD)  # compounds too: "Profilbild", "Passbilder", "Hochzeitsfotos"
_PHOTO_BEFORE = re.compile(r"\b" + _PHOTO_WORD)  # in the sentence before, only the word itself
_PLACE_RE = re.compile(r"\b" + _PLACE + r"\b")
_REMOVE_FROM_PLACE = re.compile(
    r"\b(?:entfern\w*|herunter(?!lad|geladen)\w*|runter(?!lad|geladen)\w*|raus\w*|loschen|losch\w*|nehmen|nehmt|nimm|nimmst|offline|abhang\w*|abzuhangen|abnehm\w*|abzunehmen|nicht mehr (?:\w+ )?(?:zeigen|veroffentlichen|verwenden|nutzen|posten))\b"
)
_FIRST = re.compile(r"\b(?:ich|mich|mir|mein\w*|wir|uns|unser\w*)\b")
_PRODUCT_FIX = re.compile(r"\b(?:farbe\w*|abzug\w*|abzuge\w*|druck\w*|retusch\w*|belichtung|helligkeit|kontrast|farbstich|"
                          r"bildbearbeitung|bearbeitung|album|zuschnitt|ausschnitt|rahmen|leinwand)\b")


def _negated(s: str, m: re.Match[str]) -> bool:
    """"nicht loschen" before the verb, or "loschen Sie die Daten nicht" after it (same clause)."""
    if re.search(r"\b(?:mochte|will|wollen|mochten|wunsche)\b (?:\w+ )?nicht,? dass\b[^,.]{0,50}$", s[max(0, m.start() - 70): m.start()]):
        return True  # "ich mochte nicht, dass meine Daten geloscht werden"
    window = re.sub(r"\bnicht (?:mehr|langer)\b", " ", s[max(0, m.start() - 20): m.start()])
    before = s[max(0, m.start() - 50): m.start()].rsplit(",", 1)[-1]
    if _NEG.search(window) or _NO_NEED.search(before + s[m.start(): m.end() + 30].split(",", 1)[0]):
        return True
    rest = s[m.end():].split(",", 1)[0]
    return bool(re.search(r"\bnichts?\b(?! mehr\b| langer\b)", rest[:80]))  # "loschen Sie aber nichts"


# Umlauts typed as "ae/oe/ue" ("koennen", "ueber", "loeschen", "aendern"), not in "neue", "Frauen"
_UMLAUT_SPELLED = re.compile(r"(?<![aeiu])([aou])e")


def rights_in_sentence(s: str, prev: str = "") -> dict[str, str]:
    """Rights in one folded German sentence; umlauts spelled "ae/oe/ue" are read as umlauts too."""
    found = _rights_in_sentence(s, prev)
    plain = _UMLAUT_SPELLED.sub(r"\1", s)
    if plain != s:
        for right, fragment in _rights_in_sentence(plain, _UMLAUT_SPELLED.sub(r"\1", prev)).items():
            found.setdefault(right, fragment)
    return found


def _rights_in_sentence(s: str, prev: str = "") -> dict[str, str]:
    found: dict[str, str] = {}

    def hit(right: str, m: re.Match[str]) -> None:
        if right not in found and not _negated(s, m):
            found[right] = m.group(0)

    for right, rx in (("access", ACCESS), ("rectification", RECTIFY), ("restriction", RESTRICT),
                      ("portability", PORT), ("objection", OBJECT), ("withdraw_consent", WITHDRAW)):
        m = rx.search(s)
        if m:
            hit(right, m)
    if "portability" not in found and (m := PORT_DIRECT.search(s)) and _FILES.search(s) \
            and not re.search(r"\b(?:mir|mich|uns)\b", s) and (verb := re.compile(_SEND_ON).search(s, m.start(), m.end())):
        hit("portability", verb)  # (a "nicht" before "direkt" may belong to an aside: "(auch die nicht ausgewählten)")
    if "objection" in found and re.match(r"widerruf", found["objection"]):
        found.pop("objection")
    pronoun = re.search(r"\b(?:sie|diese|es|das|die)\b", s)
    photo = _PHOTO.search(s) or (_PHOTO_BEFORE.search(prev) and pronoun)
    removals = [x for x in _REMOVE_FROM_PLACE.finditer(s) if not _negated(s, x)]
    m = removals[0] if removals else None
    # "Bitte nehmt meine Fotos raus" after "in der Galerie auf Ihrer Seite": taken out of that place
    take_out = any(re.match(r"raus|herunter|runter|offline", x.group(0)) for x in removals)
    place = _PLACE_RE.search(s) or ((pronoun or take_out) and _PLACE_RE.search(prev))
    # the data, or its fields named one by one ("Name, Adresse, Telefonnummer, E-Mail, die Fotos")
    data_words = re.search(r"\b(?:daten|konto|kundenkonto|datei|angaben|informationen|kontaktdaten)\b", s) or (
        len(re.findall(r"\b(?:name|namen|adresse|anschrift|telefonnummer|handynummer|e-?mail(?:-?adresse)?|geburtsdatum)\b", s)) >= 2)
    if "objection" not in found and (ads := OBJECT_ADS.search(s)) and (data_words or not _PHOTO.search(s)):
        hit("objection", ads)
    if m and photo and place:
        hit("withdraw_consent", m)
    owned = re.search(r"\b(?:mein\w*|unser\w*)\b|\bvon (?:mir|uns)\b|\bzu meiner person\b", s)
    if (m := ERASE.search(s)) and (_FIRST.search(s) or _FIRST.search(prev)) and "restriction" not in found \
            and ("withdraw_consent" not in found or data_words) and (data_words or owned or not photo):
        hit("erasure", m)
    if "rectification" in found and re.search(r"\b(?:rechnung|angebot|zahlung|termin|buchung)\b", s) \
            and not data_words and (not re.search(r"\b(?:name\w*|adresse|anschrift|e-?mail\w*|geburtsdatum)\b", s) or (
                re.search(r"\b(?:auf|in) der rechnung\b|\b(?:korrigierte|neue|geanderte) rechnung\b", s)
                and not re.search(r"\b(?:neue (?:adresse|anschrift)|umgezogen|geandert|kartei|datenbank|kundendatei)\b", s))):
        found.pop("rectification")
    if "rectification" in found and _PRODUCT_FIX.search(s) and not re.search(
            r"\b(?:name\w*|adresse|anschrift|e-?mail\w*|geburtsdatum|telefon\w*|daten|angaben|schreibweise)\b", s):
        found.pop("rectification")  # "korrigieren Sie die Farben der Abzuge": a print to redo
    if "access" in found and re.match(r"auskunft", found["access"]) \
            and re.search(r"\bauskunft (?:\w+ ){0,2}(?:geben|erteilen|bekommen|erhalten)?,? (?:wann|wie|wo|ob (?:die|der|das|ihr|sie))\b", s) \
            and not re.search(r"\b(?:daten|gespeichert|speicher\w*|uber mich|zu meiner person|dsgvo|art)\b", s):
        found.pop("access")  # "können Sie mir Auskunft geben, wann die Fotos fertig sind?": a question about the order
    if "portability" in found and "access" in found and not re.search(
            r"\bauskunft\b|\bwelche\b|\bwas sie (?:\w+ ){0,3}(?:uber|von) (?:mir|mich)\b", s):
        found.pop("access")
    if "erasure" in found and "access" in found and re.match(r"was\b", found["access"]) \
            and not re.search(r"\bauskunft|\bkopie\b|\bwelche\b|\bubersicht\b|\baufstellung\b|\bliste\b|"
                              r"\b(?:schick|send|geb|teil)\w* (?:sie )?(?:mir|uns)\b", s):
        found.pop("access")  # "alles, was Sie uber mich haben, loschen": the object of the erasure
    return found
