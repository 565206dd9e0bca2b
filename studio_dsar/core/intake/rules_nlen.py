"""Rights rules for Dutch (Netherlands and Flanders) and English sentences.

Every rule works on one folded sentence (lower case, no diacritics, see
:func:`studio_dsar.core.intake.text.fold`) of the requester's own words and returns the rights it
finds with the fragment that triggered each. Whether the sentence asks for something at all
(rather than quoting a law, a policy or a threat) is decided before, in
:mod:`studio_dsar.core.intake.mentions`.
"""

from __future__ import annotations

import re

from studio_dsar.core.intake.rxutil import WordRule

# --------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------

_FIRST_PERSON = r"(?:\bmy\b|\bme\b|\bmine\b|\bi\b|\bi'm\b|\bi've\b|\bi'd\b|\bmijn\b|\bmij\b|\bme\b|\bik\b|\bmn\b|\bm'n\b|\bons\b|\bonze\b|\bour\b|\bus\b|\bwe\b|\bwij\b)"

_DATA = (
    r"(?:persoons)?gegevens|klantgegevens|contactgegevens|\bdata\b|\bdatabase\b|\bdatabank\b|\bkartotheek\b|informatie|\binfo\b|"
    r"information|\bdetails\b|\brecords?\b|\bdossier|\b(?:klant|gebruikers)?account\b|\b(?:klant)?profiel|\bprofile\b|\bfiles?\b|"
    r"\bbestand(?:en)?\b|administratie|\barchief\b|klantenbestand|\bsystems?\b|\bsystee?m(?:en)?\b|"
    r"e-?mail ?adres|email address|e-?mail address|telefoonnummer|phone number|"
    r"\beverything\b|\balles\b|\ball of it\b|\ball (?:of )?my\b|\balle\b"
)
_PHOTO = (
    r"\b\w*foto'?s?\b|\b\w*fotos?\b|\b\w*photos?\b|\bphotographs?\b|\bpictures?\b|\bpics?\b|\bimages?\b|"
    r"\b(?:couple|family|wedding|engagement|newborn|maternity|boudoir|portrait) ?shoots?\b|\b\w*beeld(?:en|materiaal)?\b|\b\w*video'?s?\b|\b\w*videos?\b|\bportret(?:ten|foto'?s?)?\b|\bportraits?\b|"
    r"\bopnames?\b|\bfootage\b|\bafbeelding(?:en)?\b|\bfilmpje'?s?\b|\bheadshots?\b|\bshots?\b|"
    r"\bbeeltenis\b|\bclip\b|\bfilm\b|"
    # a post that shows the writer ("the post with my daughter in it", "your post of me")
    r"\bposts? (?:with|of|showing|featuring) (?:me|my|us|our)\b"
)
_PLACE = (
    r"\bwebsite\b|\bwebsites\b|\bsite\b|\bwebpagina|\bportfolio|\binstagram|\binsta\b|\bfacebook|"
    r"\bfb\b|social media|\bsocials\b|sociale media|\blinkedin|\btiktok|\bpinterest|\bblog\b|"
    r"\bhomepage|\bonline\b|\boffline\b|\binternet\b|\byoutube|\bvimeo|\bflickr|\btwitter|\bthreads\b|"
    r"\bsnapchat|\bshowcase|\breclame|advertent|"
    r"\badvertising|\bads\b|\badverts?\b|\bbrochure|\bflyers?\b|\bpromo|\bfeed\b|\bpagina\b|\bpage\b|\bposts?\b|"
    r"\betalage|\bwindow display|\bvitrine|\bgepubliceerd|\bpublished\b|\bpublic\b|\bopenbaar|"
    r"\bals voorbeeld\b|\bas (?:an )?examples?\b|\bvoorbeeldalbum\w*|\bsample albums?\b|\bshowreel\b"
)
_REMOVE_VERB = (
    r"\bdelet\w*|\bdelte\w*|\bdlete\w*|\bdeleet\w*|\berase\w*|\berrase\w*|\bverw(?:y|i|ji)der\w*|\berasure\b|\bremov\w*|\bwipe\w*|\bdestroy\w*|\bpurge\w*|\bget rid of\b|"
    r"\btake\b[^.]{0,40}?\b(?:down|off|offline)\b|\btaken\b[^.]{0,20}?\b(?:down|off)\b|\btake down\b|"
    r"\bverwijder\w*|\bwis\b|\bwissen\b|\bgewist\b|\bwist\b(?! (?:u|je|jij|jullie|ge|gij|ik|hij|zij|ze|we|wij|niet|dat|wel)\b)|"
    r"\bweghaal\w*|\bweg haalt\b|\b(?:moet|moeten|mag|mogen|wil|willen|wens|wensen)\b (?:\w+ ){0,2}uit (?:jullie|uw|je|het|de|ulle) (?:\w+ )?"
    r"(?:systeem|systemen|bestand|bestanden|database|databank|administratie|archief|klantenbestand|klantenlijst|dossier|register|"
    r"kartotheek)\b|"
    r"\b(?:zet|haal|gooi|schrap|doe)\w* (?:mij|me|ons|mijn \w+|onze \w+) (?:\w+ ){0,2}uit (?:jullie|uw|je|het|de|ulle) (?:\w+ )?"
    r"(?:systeem|systemen|bestand|bestanden|database|databank|administratie|archief|klantenbestand|klantenlijst|dossier|register|"
    r"kartotheek)\b|\bvernietig\w*|\bweg ?(?:te )?halen\b|"
    r"\bweggehaald\b|\bhaal\w*\b[^.]{0,60}?\b(?:weg|offline|af|eraf|van|uit)\b|"
    r"\b(?:van|uit|af|offline|eraf|eruit)\b[^.]{0,60}?\b(?:te )?halen\b|"  # verb last; "we komen ze halen" is a pick-up
    r"\boffline\b|\bschrap\w*|\bopruimen\b|\bverdwijn\w*\b(?! (?:binnenkort|straks|vanzelf|automatisch|over \w+ \w+))|\b(?:want|like|need)\b (?:\w+ ){0,8}gone\b|\b(?:eraf|weg|offline|eruit|ervan af)\s+(?:te\s+)?(?:ge)?haa?l\w*|"
    r"\b(?:moet|moeten|mag|mogen|kan|kunnen|graag|liefst|gewoon|allemaal|alles)\b (?:\w+ ){0,3}weg\b(?! (?:van|uit|bij)\b)|"
    r"\b(?:moet|moeten|mag|mogen|kan|kunnen)\b (?:\w+ )?er (?:\w+ ){0,4}af\b(?= ?[.!?]*$)|"
    r"\b(?:moet|moeten|mag|mogen|kan|kunnen)\b (?:\w+ ){0,3}(?:eraf|eruit|offline)\b(?= ?[.!?]*$)|"  # "die foto mag er wat mij betreft af"
    r"\bbin\b(?= (?:it|them|everything|all|my|the|those|these|that|this|any)\b)|\bbinned\b|\bchuck\w* (?:\w+ )?(?:out|away)\b|"
    r"\bthrow\w* (?:\w+ ){0,3}(?:away|out)\b|\bscrap\b|\bditch\b|\bshred\w*|\btrash\b(?= (?:it|them|everything|all|my)\b)|"
    r"\bweg (?:ermee|doen|gooien|moeten|mogen|kunnen|gaat|gaan)\b|\bscrub\w*|\buntag\w*|\bcrop (?:me|us|him|her) out\b|\b(?:gooi|gooit|doe|doet)\b[^.]{0,50}\bweg\b|\bweg ?(?:te )?gooien\b|\bweggegooid\b"
)
_NEGATION = (
    r"\b(?:not|don't|dont|do not|does not|doesn't|never|without|niet|geen|nooit|zonder|hoeft|hoeven|no need|"
    r"hold off(?: on)?|wait (?:with|before)|wacht(?:en)? (?:nog )?met|postpone|uitstellen)\b"
)
_NOT_NEGATION = r"\b(?:niet meer|niet langer|no longer|not only|niet alleen|not just)\b"
_LIST = (
    r"mailing ?(?:list|lijst)|mailinglijst|verzendlijst|nieuwsbrie\w*|newsletters?|\blist\b|"
    r"\blijst\b|\bmailings?\b|marketing|reclame|\baudience\b|subscri\w*|abonnement"
)
_INVOICE = r"factu\w*|invoice\w*|\bbedrag\b|\bamount\b|betaling|payment|\bbtw\b|\bvat\b|offerte|\bquote\b"
_LAW = r"\bavg\b|\bgdpr\b|\buavg\b|\brgpd\b|\bdsgvo\b|verordening|regulation|privacywet|privacy law|privacy ?wetgeving"


def _rx(pattern: str) -> WordRule:
    return WordRule(pattern)  # rules see folded (lower-case) text


_RE_DATA = _rx(_DATA)
_RE_PHOTO = _rx(_PHOTO)
_RE_PLACE = _rx(_PLACE)
_RE_REMOVE = _rx(_REMOVE_VERB)
_RE_NEG = _rx(_NEGATION)
_RE_NOT_NEG = _rx(_NOT_NEGATION)
_RE_LIST = _rx(_LIST)
_RE_INVOICE = _rx(_INVOICE)
_RE_MONEY = _rx(r"\bbedrag\w*|\bamount\b|\bprijs\b|\bprice\b|\bbtw\b|\bvat\b|\bbetaling|\bpayment|\bkorting|\bdiscount|\beuro\b|€")
_RE_ADDRESSEE = _rx(r"\b(?:jullie|u|uw|you|your)\b")
_RE_LAW = _rx(_LAW)
_RE_FIRST = _rx(_FIRST_PERSON)

# ---- access ----------------------------------------------------------------------------
_ACCESS_STRONG = _rx(
    r"\binzage\w*|\binzien\b|\bin te zien\b|access request|subject access|right of access|right to access|"
    # how long the writer's data is kept, and who got it ("how long do you keep that copy?", "hoe lang bewaren jullie mijn gegevens?")
    r"\bhow long (?:do|will|would) you (?:keep|store|retain|hold)\b (?:\w+ ){0,3}(?:my|that copy|the copy|this copy|copies of my)\b|"
    r"\bhoe lang (?:bewaren|bewaart|houden|houdt) (?:jullie|u|je|ge)\b (?:\w+ ){0,3}(?:mijn|m'n|die kopie|de kopie|deze kopie)\b|"
    r"\bhave you (?:\w+ )?(?:shared|passed|given|sent|sold|disclosed|forwarded) (?:it|them|that|my)\b[^.]{0,30}\b(?:to|with) (?:anyone|someone|anybody|third|other|any)\b[^.]{0,60}\?|"
    r"\b(?:hebben|heeft|hebt) (?:jullie|u|je|ge) (?:die|het|ze|dat|mijn \w+) (?:\w+ )?(?:aan|met) (?:iemand|derden|anderen|klanten)\b[^.]{0,60}\?|"
    # the source of the data ("where did you get my e-mail address?", "hoe komen jullie aan mijn nummer?")
    r"\bwhere (?:did|do) you (?:get|obtain|find) (?:my|our)\b|\bhow did you (?:get|obtain) (?:hold of )?(?:my|our)\b|"
    r"\bhoe (?:komen|kom|komt) (?:jullie|u|je|ge) (?:\w+ )?aan (?:mijn|ons|onze|m'n)\b|"
    r"\bwaar (?:hebben|heeft|hebt) (?:jullie|u|je|ge) (?:\w+ ){1,4}vandaan\b|"
    r"\bdsar\b|\bsar\b|recht op inzage|"
    r"\baccess to (?:all )?(?:of )?(?:my|the|any) (?:personal )?(?:data|information|details|records|files)|"
    r"(?:copy|copies|kopie|kopieen|afschrift|overzicht|overview|lijst|list|export)(?: (?:krijgen|willen|ontvangen|hebben|graag))? (?:van|of|from) "
    r"(?:al |alle |all |any |everything |wat )?(?:(?:de|the|my|mijn|uw|your|jullie) )?(?:(?:personal|persoonlijke|klant) )?"
    r"(?:persoons)?(?:gegevens|datas?|informations?|informatie|details|records|foto'?s|photos|files|bestanden|dossier|file|"
    r"account|profiel|profile)|"
    r"\bwelke (?:persoons|klant)?gegevens\b|\bwelke (?:informatie|info|foto'?s|beelden)\b|"
    r"\bwelke data\b(?! (?:\w+ ){0,3}(?:vrij|beschikbaar|mogelijk|open|passen|past|schikken|schikt|lukken|lukt|kan|kunnen|kunt))|"
    r"\bwat (?:voor )?(?:persoons)?(?:gegevens|informatie|data)\b|"
    r"\bwat (?:jullie|u|je|ge|gij)\b(?: \w+){0,3} (?:van|over) (?:mij|me|ons|haar|hem|hen)\b|"
    r"\bwat (?:hebben|heeft|hebt|bewaren|bewaart|weten|weet|houden|houdt|kennen|bezitten) (?:jullie|u|je|ge|gij)\b(?: \w+){0,4} "
    r"(?:van|over) (?:mij|me|ons)\b|"
    r"\b(?:benieuwd|nieuwsgierig|wil (?:graag )?weten|zou (?:graag )?(?:willen )?weten|vraag me af)\b[^.?]{0,20}\bwat (?:er )?"
    r"(?:\w+ ){0,4}(?:bewaard|opgeslagen|bijgehouden|verwerkt|gebruikt|staat|hebben|heeft|weten)\b|"
    r"\b(?:curious|wondering|like to know|want to know|wonder)\b[^.?]{0,20}\bwhat (?:\w+ ){0,4}(?:kept|stored|saved|held|hold|have|keep|store|know)\b|"
    r"\bwhat (?:do|did|have|does) (?:you|your \w+) (?:still |actually |really |even )?(?:have|hold|keep|store|know|got)\b[^.]{0,30}\b(?:on|about|of) (?:me|us)\b|"
    r"\b(?:what|which) (?:(?:kind|sort|type)s? of )?(?:personal )?(?:data|informations?|info|details|records|photos|pictures)\b|"
    # "insight in the data you keep" (Dutch "inzage" put into English)
    r"\binsight (?:in|into) (?:the |my |all |all the )?(?:\w+ )?(?:data|informations?|details|files|records|file)\b|"
    r"\bwhat (?:you|do you|you've|you have) (?:hold|have|keep|store|know|got)\b[^.]{0,30}\b(?:on|about|of) me\b|"
    r"\b(?:who|whom) (?:have|has|did) you (?:shared|passed|given|sent|disclosed|sold|transferred)\b|"
    r"\b(?:provide|send|give|supply|forward)\b[^.]{0,20}\b(?:me|us)\b[^.]{0,40}\b(?:information|data|details|records|photos|pictures|images)\b"
    r"[^.]{0,40}\b(?:held|hold|kept|keep|stored|store|have|processed)\b[^.]{0,20}\b(?:about|on|of) me\b|"
    r"\baan wie (?:hebben|heeft|heb|hebt) (?:jullie|u|je|ge)\b[^.]{0,40}\b(?:doorgegeven|gedeeld|verstrekt|gegeven|verkocht)\b|"
    r"\bmet wie (?:hebben|heeft|hebt) (?:jullie|u|je|ge)\b[^.]{0,40}\bgedeeld\b|"
    r"\b(?:see|view|review|know|get|receive|have)\b (?:all )?(?:of )?(?:the |my )?(?:personal )?(?:data|information|info|details|records)\b"
    r" (?:that |which )?you (?:\w+ )?(?:hold|keep|have|store|process|collect)\w*\b[^.]{0,20}\b(?:on|about|of) me\b|"
    r"\b(?:gegevens|data|informatie|information) (?:op ?vragen|opvragen|inzien|bekijken|see|review)\b|"
    r"\bopvragen\b[^.]{0,40}(?:gegevens|informatie|data)|"
    r"\b(?:provide|send|give|e-?mail|mail) (?:me|us) (?:with )?(?:a )?cop(?:y|ies)\b|"
    r"\bconfirm (?:whether|if)\b[^.]{0,40}\bprocess\w*|"
    r"\b(?:weten|vertellen|laten weten|bevestigen)\b (?:of|if) (?:jullie|u|je)\b[^.]{0,30}\b(?:gegevens|foto'?s|beelden|informatie)\b|"
    r"\boverzicht van (?:al |alle )?(?:de )?(?:beelden|foto'?s|opnames|video'?s)\b|"
    r"\b(?:copy|copies|kopie|kopieen|afschrift|overzicht|overview|export)\b[^.]{0,60}\b(?:over|about|on|of|van|from) (?:mij|me)\b|"
    r"(?:gegevens|informatie|data)[^.]{0,40}\bopvragen\b"
)
# Questions about what the studio still has: only as a question ("Hebben jullie nog foto's van mij?")
# where the data came from ("ik had graag geweten van waar jullie mijn gegevens hebben", "waar hebben jullie mijn adres vandaan?")
_ACCESS_SOURCE = _rx(
    r"\b(?:van ?waar|waar|vanwaar) (?:\w+ )?(?:jullie|u|ge|je) (?:\w+ )?(?:mijn|m'n|mn) (?:\w+ )?(?:gegevens|adres|e-?mailadres|nummer|"
    r"telefoonnummer|naam|foto'?s)\b[^.?]{0,30}\b(?:hebben|heeft|hebt|gehaald|gekregen|vandaan)\b|"
    r"\bwaar (?:hebben|heeft|hebt) (?:jullie|u|ge|je) (?:mijn|m'n|mn) (?:\w+ )?(?:gegevens|adres|e-?mailadres|nummer|telefoonnummer|naam)\b"
    r"[^.?]{0,30}\b(?:vandaan|gehaald|gekregen)\b"
)
_ACCESS_QUESTION = _rx(
    # "kunnen jullie mij laten weten wat er over mij in jullie systeem zit?", "vertel me wat er van mij bewaard wordt"
    r"\b(?:laten weten|weten|vertellen|vertel|zeggen|overzicht)\b[^.]{0,30}\bwat (?:er )?(?:\w+ )?(?:over|van) (?:mij|me|ons) "
    r"(?:\w+ ){0,4}(?:zit|zitten|staat|staan|bewaard|opgeslagen|bijgehouden|geregistreerd|verwerkt|hebben|heeft|hebt)\b|"
    r"\b(?:hebben|heeft|bewaren|bewaart) (?:jullie|u|je) (?:nog )?(?:\w+ )?(?:gegevens|foto'?s|beelden|opnames|informatie) "
    r"(?:van|over) (?:mij|me)\b|"
    r"\b(?:is|are) (?:my|our) (?:\w+ )?(?:data|details|information|info|photos|pictures|files|records) (?:still )?"
    r"(?:in|on|with|stored|kept|saved|held)\b|"
    r"\bdo you (?:still )?(?:have|hold|keep|store) (?:any )?(?:\w+ )?(?:data|photos|pictures|information|images|footage)\b"
    r"[^.]{0,20}\b(?:of|on|about) me\b|"
    # "Do you still have the photos from my session?", "Hebben jullie nog de foto's van mijn shoot?"
    r"\bdo you still (?:have|hold|keep) (?:the |any |all )?(?:\w+ )?(?:photos|pictures|images|footage|files|videos?)\b (?:\w+ ){0,2}"
    r"(?:from|of) (?:my|our)\b|"
    r"\b(?:hebben|heeft|bewaren|bewaart) (?:jullie|u|je|ge) (?:de |die )?(?:\w+ )?nog (?:de |die |alle )?(?:\w+ )?(?:foto'?s|beelden|opnames|bestanden)\b"
    r" (?:\w+ ){0,2}(?:van|uit) (?:mijn|onze|ons)\b"
)
_THAT_COPY = _rx(
    r"\b(?:send|give|provide|e-?mail|mail|stuur|geef|bezorg|bezorgen|sturen|toesturen)\w*\b[^.]{0,15}\b(?:me|mij|us|ons)\b[^.]{0,12}"
    r"\b(?:copy|kopie|overzicht|overview)\b(?: (?:then|dan|please|graag|aub|toe))?\s*[.!?]*\s*$"
)
# the writer's data, named in the sentence before, sent to them ("Could you send it to me?")
_SEND_IT = _rx(r"\b(?:send|email|e-mail|mail|forward|stuur|sturen|mailen)\w* (?:it|them|that|this|het|die|dat|ze)(?: \w+)? "
               r"(?:to me|to us|over|naar mij|naar me|door|op)\b|\b(?:send|email|mail|stuur) (?:me|us|mij) (?:it|them|that|het|die|dat)\b")
_MY_DATA_BEFORE = _rx(r"\b(?:my|mijn|m'n) (?:personal |persoonlijke )?(?:data|details|information|personal data|file|records|"
                      r"(?:persoons)?gegevens|dossier)\b")
_ACCESS_WEAK = _rx(
    r"\b(?:send|give|show|tell|email|e-mail|mail|share|provide|forward)\b[^.]{0,20}\b(?:me|us)\b[^.]{0,10}\b(?:everything|all|anything|whatever)\b"
    r"[^.]{0,40}\b(?:you|you've)\b[^.]{0,30}\b(?:on|about|of) (?:me|us)\b|"
    r"\b(?:send|email|e-mail|mail|give|provide|share)\b[^.]{0,15}\b(?:me|us)\b[^.]{0,30}"
    r"\b(?:my|all my|the|all the) (?:personal )?(?:data|information|details|records)\b|"
    r"(?<!een )(?<!de )(?<!mijn )(?<!uw )\b(?:stuur|stuurt|sturen|mail|mailen|bezorg|bezorgen|geef|geven|toesturen|opsturen|doorsturen)\b"
    # not across "en" and a verb of another act ("stop met mailen en haal al mijn gegevens uit jullie systemen")
    r"(?:(?!\b(?:en|maar) (?:haal|verwijder|wis|schrap|gooi|vernietig|stop)\w*)[^.]){0,50}\b(?:mijn|alle|de) (?:persoons)?gegevens\b|"
    r"\bmijn (?:persoons)?gegevens\b[^.]{0,50}\b(?:toesturen|opsturen|sturen|ontvangen|krijgen|bezorgen|inzien)\b"
)

# ---- rectification -------------------------------------------------------------------------
_RECT_EXPLICIT = _rx(
    r"\brectific\w*|\brectify\b|\bcorrectie\b|\bcorrection\b|\brecht op (?:verbetering|rectificatie)\b|"
    r"\b(?:mijn|my) (?:achter|voor|familie|sur|last |first |family )?na(?:am|me) is\b[^.]{0,50}\b(?:en |and )?(?:niet|not)\b|"
    r"^(?:het|it)(?: is|'s| should be| moet zijn) [^.,]{2,40}, (?:niet|not) [^.,]{2,40}[.!]?$|"
    r"\b(?:ik heet|i am called|my name is)\b[^.]{0,30}\b(?:niet|not)\b|"
    # "my surname is no longer Smith but Walsh", "ik heet niet meer Jansen maar De Vries"
    r"\b(?:name|surname|naam|achternaam)\b[^.]{0,20}\b(?:is )?no longer [\w-]+,? but\b|"
    r"\b(?:ik heet|heet ik)\b[^.]{0,40}\bniet (?:meer|langer) [\w-]+,? maar\b"
)
_RECT_STRONG = _rx(
    r"\bcorrigeer\w*|\bcorrigeren\b|\bgecorrigeerd\b|\bverbeter(?:en|d)?\b|"
    r"\bmisspel\w*|\bspelled wrong\b|\bspelt wrong\b|\bverkeerd (?:gespeld|geschreven)\b|\bspelfout|"
    r"\btypfout|\btypo\b|\bmy name (?:has )?changed\b|\bchanged my (?:sur|last |family )?name\b|"
    r"\bnaam (?:is )?gewijzigd\b|\bnieuwe (?:achter|familie)?naam\b|\bnew (?:sur|last |family )?name\b|"
    r"\bmaiden name\b|\bmeisjesnaam\b|\bnieuw (?:post|woon|e-?mail ?)?adres\b|\bin plaats van\b|\binstead of\b|"
    r"\bnew (?:postal |home |e-?mail )?address\b|\bold (?:sur|last |family |maiden )?name\b|\boude (?:achter|familie)?naam\b|\bcurrent (?:postal |home )?address\b|"
    r"\bhuidige (?:post|woon)?adres\b|\bold (?:postal |home |e-?mail )?address\b|\boude? (?:post|woon)?adres\b|"
    r"\bout of date\b|\boutdated\b|\bverouderd\w*|\bniet (?:meer )?actueel\b|\bup to date\b|\bup-to-date\b"
)
# life events only count together with a field ("we moved" alone is small talk)
_RECT_LIFE = _rx(
    r"\bgot married\b|\bgetrouwd\b|\bhuwelijk\b|\bmarriage\b|\bgescheiden\b|\bscheiding\b|\bdivorce\w*|"
    r"\bverhuisd\b|\bverhuizing\b|\bmoved (?:house|to)\b|\bhave moved\b|\bi moved\b"
)
# with a life event, the new value or the change itself ("we moved, our address is now ...", "got married, my name is Jones")
_LIFE_VALUE = _rx(r"\d|\bnew\b|\bnow\b|\bnieuwe?\b|\bnu\b|\bvoortaan\b|\binmiddels\b|\bsindsdien\b|\b(?:name|naam|address|adres) is\b|\bheet\b|"
                  r"\beigen\b|\bown\b|\bgraag\b|\bplease\b|\bupdate\w*|\baanpass\w*|\bwijzig\w*|\bchange\w*")
_RECT_ERROR = _rx(
    r"\bfout\w*\b|\bverkeerd\w*\b|\bonjuist\w*\b|\bincorrect\w*\b|\bwrong\w*\b|\binaccurate\b|"
    r"\bnot correct\b|\bniet juist\b|\bklopt (?:niet|nog steeds niet|helemaal niet)\b|\bniet klopt\b|"
    r"\bnot right\b|\berror\b|(?<!by )(?<!in )\bmistake\w*\b|(?<!per )\bvergissing\b"
)
_RECT_CHANGE = _rx(
    r"\baanpass\w*|\bpas\b[^.]{0,40}\baan\b|\bwijzig\w*|(?<!\bmening )\bgewijzigd\b|(?<!\bgedachten )\bveranderen\b|"
    r"(?<!\bgedachten )(?<!\bmening )\bverander[dt]?\b|"
    # not a mind changed ("she has changed her mind", "ik ben van gedachten veranderd")
    r"\bbijwerk\w*|\bwerk\b[^.]{0,30}\bbij\b|\bbijgewerkt\b|\bupdate\w*|\bchange\w*\b(?! (?:\w+ )?minds?\b)|\bamend\w*|"
    # "correct" the verb, not the adjective said of the data ("onze gegevens zijn correct zo", "my details are correct")
    r"(?<!\bis )(?<!\bzijn )(?<!\bare )(?<!\bwas )(?<!\bwaren )(?<!\bwere )(?<!\bstaan )(?<!\bstaat )(?<!\bbe )(?<!\bnog )(?<!\ball )"
    r"(?<!\bhelemaal )(?<!\bgewoon )(?<!\bwel )\bcorrect\b|"
    r"\bcorrected\b|\bfix\w*|\baangepast\b|\bvervang\w*|\bvervangen\b|\breplac\w*|\bswap\b|"
    r"\baan te passen\b|\bbij te werken\b"  # "gelieve mijn adres aan te passen naar ..."
)
_RECT_FIELD = _rx(
    r"\bnaam\b|\bachternaam\b|\bvoornaam\b|\bfamilienaam\b|\bname\b|\bsurname\b|\blast name\b|"
    r"\bfirst name\b|\bhuisnummer\b|\bpostcode\b|\bwoonplaats\b|\bstraat\w*|\bhouse number\b|\bzip\b|\bpostal code\b|"
    # a street with its number is an address written out ("verhuisd naar Kerkstraat 4", "moved to 4 Church Street")
    r"\b\w+(?:straat|laan|plein|dreef|gracht|kade|singel|steenweg)\s+\d+|\b\d+\w?\s+\w+ (?:street|road|lane|avenue|drive|close)\b|"
    r"\badres\w*\b|\w*adres\b|\baddress\w*\b|\be-?mail\w*|\btelefoonnummer\b|\bphone\b|"
    r"\bnummer\b|\bgeboortedatum\b|\bdate of birth\b|\bbirthday\b|\bspelling\b|\bgegevens\b|"
    r"\bdetails\b|\brecords?\b|\bdata\b|\binformation\b|\binformatie\b|\bcaption\b|\bbijschrift\b|"
    r"\btag\w*\b|\bvermelding\b|\bcredit\w*\b|\bbedrijfsnaam\b|\bcompany name\b|"
    # a model's card ("mijn haarkleur is ondertussen donkerblond", "my height is wrong")
    r"\bhaarkleur\b|\boogkleur\b|\blengte\b|\bmaten\b|\bkledingmaat\b|\bschoenmaat\b|\bhair colou?r\b|\beye colou?r\b|"
    r"\bheight\b|\bmeasurements\b|\bclothing size\b|\bshoe size\b|"
    # the writer's file at the studio ("please correct my file")
    r"\b(?:my|mijn|m'n|mn) (?:customer |client |klant)?(?:file|dossier)\b"
)

# ---- erasure -------------------------------------------------------------------------------
_ERASE_STRONG = _rx(
    r"\bforget me\b|\bforgotten\b|\bvergeten (?:te )?worden\b|\bvergeet (?:mij|me)\b|\bvergetelheid\b|"
    r"\bright to erasure\b|\brecht op (?:gegevens)?wissing\b|\brecht op verwijdering\b|"
    r"\bverwijdering van (?:al )?(?:mijn|de|alle) (?:persoons)?gegevens\b|\bdeletion of (?:all )?my\b|"
    r"\b(?:niet (?:langer|meer)|no longer|not)\b[^.]{0,40}\b(?:in|on)\b (?:jullie|uw|je|your|the|de|het) (?:\w+ )?"
    r"(?:klanten)?(?:bestand|database|systeem|systems?|records|administratie|files?|archief|archive|klantenlijst|client list)\w*\b"
    r"[^.]{0,20}\b(?:opgenomen|staan|be|zijn|worden|appear|geregistreerd|registered|kept|stored|bewaard)\b|"
    r"\bclose my account\b|\baccount (?:op)?heffen\b|\bmijn account (?:op)?heffen\b|\bschrap (?:mij|me)\b"
)
# "from your records / uit uw systeem" as the target of a removal verb
_ERASE_TARGET = _rx(
    r"\b(?:uit|van|from|off|in)\b (?:al |all |alle )?(?:uw|jullie|je|your|the|de|het|all your|alle) "
    r"(?:\w+ )?(?:records|systems?|systee?m(?:en)?|database|databases|files|bestand(?:en)?|"
    r"administratie|klantenbestand|archief|archives?|crm|dossiers?|klantenlijst|customer list|"
    r"client list|klantendatabase)\b"
)

# ---- restriction ---------------------------------------------------------------------------
_RESTRICT_STRONG = _rx(
    r"\bbeperk\w*|\brestrict\w*|\blimit (?:the )?(?:use|processing)\b|\blimiting\b|"
    r"\bbevries\w*|\bbevriezen\b|\bfreeze\b|\bon hold\b|\bblokkeer\w*|\bblokkeren\b|"
    r"\bopschort\w*|\bsuspend\w*\b"
)
_RESTRICT_KEEP = _rx(
    r"\bbewaar\w*|\bbehoud\w*|\bkeep\w*|\bretain\w*|\bhold on to\b|\bpreserve\w*|\blaten staan\b|\blaat\b[^.]{0,30}\bstaan\b|"
    r"\bnog niet\b|\bnot yet\b|\bniet (?:te )?(?:verwijderen|wissen|vernietigen)\b|"
    r"\b(?:don't|do not|not) (?:delete|erase|remove|destroy)\b|\bnodig\b|\bneed (?:it|them|the|my)\b"
)
_RESTRICT_STOP = _rx(
    r"\b(?:verwerking|gebruik)\w*\b[^.]{0,60}\b(?:stopzetten|staken|stoppen|opschorten|pauzeren)\b|"
    r"\bstop (?:using|processing)\b|\bniet (?:meer )?(?:gebruiken|gebruikt|verwerken|verwerkt)\b|"
    r"\bhold off (?:on )?(?:using|publishing|sharing|posting|showing|printing)\b|"
    r"\bno longer (?:use|process)\b|\b(?:don't|do not|not) (?:use|process)\b|\bnot be (?:used|processed)\b|"
    r"\bgebruik\w*\b[^.]{0,40}\b(?:stoppen|staken|stopzetten)\b|\b(?:stoppen|staken|stopzetten)\b[^.]{0,40}\bgebruik\w*|"
    r"\bniets (?:meer )?mee (?:doen|te doen)\b|\bnothing (?:else )?with\b|\b(?:don't|do not) do anything (?:else )?with\b|\bverder (?:niet|niets)\b|"
    r"\bniet (?:meer )?(?:te )?gebruiken\b|\bgebruik\w* (?:ze|het|deze|die|mijn \w+)\b[^.]{0,30}\b(?:niet|nergens)\b|"
    r"\b(?:publiceer|publish|deel|share|post|toon|show|verspreid|gebruik|use)\w* (?:ze |het |them |it |deze |die )?(?:\w+ )?(?:niet|not|nergens|nowhere)\b|"
    r"\b(?:don't|do not|never) (?:use|publish|share|post|show)\b[^.]{0,20}\b(?:anywhere|anymore|any more|elsewhere)\b|"
    r"\b(?:don't|do not|niet|not) (?:\w+ )?(?:publish|share|post|show|publiceren|delen|tonen|verspreiden)\b|"
    r"\bnergens (?:meer )?voor\b|\bnergens meer\b|\bfor nothing else\b|\bfor anything (?:else )?(?:anymore|any more)\b|"
    # not passed on meanwhile ("dat jullie mijn dossier niet meer naar klanten doorsturen zolang ...")
    r"\bniet (?:meer )?(?:\w+ ){0,3}(?:doorsturen|doorgeven|versturen|rondsturen|verspreiden)\b|"
    r"\b(?:don't|do not|not|no longer|stop) (?:send|forward|pass|share|circulat)\w*\b[^.]{0,40}\b(?:to|with) (?:clients|customers|anyone|others)\b"
)
_RESTRICT_WHILE = _rx(
    r"\buntil\b|\bwhile\b|\bpending\b|\bzolang\b|\btotdat\b|\btot (?:de|het|er|dat|mijn|uw|jullie|onze|we|wij|ik|u|ze)\b|\bin afwachting\b|"
    r"\btijdelijk\b|\bvoorlopig\b|\btemporarily\b|\bfor the time being\b|"
    r"\bterwijl\b|\bgeschil\w*|\bdispute\w*|\bklacht\w*|\bcomplaint\w*|\brechtszaak|\blegal claim|"
    r"\bprocedure\b|\bjuridisch\w*|\bbewijs\b|\bevidence\b|\badvocaat|\blawyer|\bonderzoek\w*|"
    r"\binvestigat\w*|\bbut keep\b|\bmaar (?:wel )?bewaren\b|\bbut (?:please )?(?:keep|don't|do not)\b|"
    r"\bmaar (?:niet|wel)\b"
)

# ---- portability ---------------------------------------------------------------------------
_PORT_AS_FILE = _rx(
    r"\b(?:krijgen|gekregen|terugkrijgen|teruggekregen|ontvangen|receive|get|get back)\b[^.]{0,30}\b(?:als|as) (?:\w+ )?(?:bestanden|files)\b|"
    r"\b(?:stuur|sturen|send|mail|bezorg|pop|pass|forward|transfer|hand|get)\w*\b[^.]{0,80}\b(?:naar|aan|to) (?:mijn |my |een |a )?(?:nieuwe|andere|new|other|another) "
    r"(?:fotograaf|photographer|studio|provider|aanbieder)\b|"
    r"\b(?:sturen|stuur|opsturen|toesturen|mailen|bezorgen|send|email|mail|export\w*|exporteren)\b[^.]{0,60}"
    r"\b(?:in|as|als) (?:een |a |an )?(?:\w+ )?(?:bestand|file|download|export|spreadsheet|zip)\b|"
    r"\bin (?:een |a )?(?:\w+ )?(?:bestand|file)\b[^.]{0,40}\b(?:sturen|send|mailen|bezorgen|krijgen|ontvangen|receive|zetten|put|zet)\b|"
    r"\b(?:formaat|format) (?:dat |that )?(?:ik|i) (?:zelf )?(?:kan|can) (?:\w+ )?(?:openen|open|gebruiken|use|importeren|import|read|lezen)\b"
)
_PORT_STRONG = _rx(
    # "rechtstreeks naar hen sturen" (the other studio), "send it directly to them"
    r"\b(?:rechtstreeks|directly|direct) (?:naar|aan|to) (?:hen|hun|hem|them|him|their)\b[^.]{0,40}\b(?:sturen|send\w*|mailen|doorsturen|"
    r"forward\w*|overdragen|transfer\w*)\b|\b(?:sturen|stuur|send|mail|doorsturen|forward|transfer)\w*\b[^.]{0,80}\b(?:rechtstreeks|directly|direct) "
    r"(?:naar|aan|to) (?:hen|hun|hem|them|him|their)\b|"
    r"portab\w*|\boverdraagbaar\w*|\boverdraag\w*|\bdata ?overdracht|\bmachine[- ]?readable\b|"
    r"\bmachine ?leesba\w*|\bstructured,? commonly used\b|\bgestructureerd(?!e? mededeling)\w*|\bgangba\w* (?:en )?"
    r"(?:,? ?machineleesba\w* )?(?:formaat|format|bestand)|\bcommonly used (?:and )?(?:machine-readable )?format\b|"
    r"\b(?:transfer|transmit|port|move|overdragen|overzetten|doorsturen|doorgeven|overmaken)\b[^.]{0,80}\b"
    r"(?:another|other|new|different|andere|nieuwe|ander) (?:photographer|fotograaf|provider|aanbieder|"
    r"controller|company|bedrijf|studio|party|partij|service|dienst|verwerkingsverantwoordelijke|organisation|organisatie)\b|"
    r"\b(?:another|a new|an other|een andere|een nieuwe|mijn nieuwe|my new) (?:photographer|fotograaf|studio|provider|"
    r"aanbieder|dienst|service|party|partij)\b[^.]{0,60}\b(?:transfer|overdragen|overzetten|doorsturen|send|sturen|receive|ontvangen)\b"
)
_PORT_TRANSFER = _rx(
    r"\b(?:overdragen|overzetten|overdracht|doorsturen|doorgeven|overmaken|transfer\w*|transmit\w*|"
    r"port(?:ed|ing)?|move|meenemen|mee te nemen|meegeven|geven|give|take|bring|hand|pass\w* (?:\w+ ){0,5}on|send|forward)\b"
)
_PORT_OTHER_PARTY = _rx(
    # the writer goes to another provider ("I've signed with them", "I'm moving to another agency")
    r"\b(?:signed|signing|sign) (?:up )?with (?:them|her|him|a new|another)\b|\b(?:switch\w*|mov\w*|go\w*) (?:over )?to (?:them|a new|another)\b|"
    # a studio named ("on to Studio Noord", "naar Fotostudio Zuid")
    r"\b(?:to|naar|aan) (?:studio|fotostudio|photo studio|agency|bureau) (?!(?:and|en|or|of|for|voor|please|graag)\b)[a-z]\w+|"
    r"\b(?:another|other|new|different|andere|nieuwe|ander)\b (?:\w+ )?(?:photographer|fotograaf|fotografe|provider|aanbieder|"
    r"controller|company|bedrijf|studio|party|partij|service|dienst|organisation|organisatie)\b|"
    r"\b(?:directly|rechtstreeks)\b"
)
_PORT_FORMAT = _rx(
    r"\bcsv\b|\bjson\b|\bxml\b|\bexcel\b|\bxlsx?\b|\bspreadsheet\b|\bexport\w*|"
    # a download of the data, not the writer downloading the delivered photos ("I still need to download them")
    r"\b(?:a|an|een|as|als) download\w*|\bdownload\w* (?:of|van) (?:\w+ )?(?:my|mijn|all|alle|al) (?:\w+ )?(?:data|gegevens|information|informatie)\b|"
    r"\bdigital(?:e|ly)? (?:format|formaat|bestand|file|kopie|copy)\b|\bbestandsformaat\b|\bfile format\b"
)

# ---- objection ----------------------------------------------------------------------------
_OBJECT_STRONG = _rx(
    r"\bbezwaar\w*|\bverzet (?:mij|me|ik mij|ik me)\b|\bmaak (?:ik )?bezwaar\b|\bobject(?:s|ing)? to\b|"
    r"\b(?:don't|do not|no longer|not) (?:\w+ ){0,2}(?:want|wish|like) to (?:be|stay|remain) (?:on|in|part of) (?:your|the|this) (?:\w+ )?"
    r"(?:mailing ?list|list|newsletter|mailings?)\b|"
    r"\b(?:wil|wens)\w* (?:\w+ ){0,2}(?:niet|niet meer|niet langer) (?:meer )?(?:op|in) (?:jullie|uw|je|de) (?:\w+ )?"
    r"(?:mailinglijst|mailing ?list|lijst|verzendlijst|nieuwsbrief)\b|"
    r"\bi object\b|\bobjection\b|\bopt(?:-| )?out\b|\bopt (?:me|us) out\b|\bunsubscrib\w*|\bafmeld\w*|\bmeld (?:mij|me) (?:\w+ )?af\b|"
    r"\buitschrijv\w*|\buit te schrijven\b|\bschrijf (?:mij|me) (?:\w+ )?uit\b|\buitgeschreven\b|"
    r"\bdirect ?marketing\b|\blegitimate interests?\b|\bgerechtvaardigd\w* belang\w*|\bprofil(?:ing|ering)\b|"
    r"\b(?:remove|take|delete|haal|verwijder)\w* (?:me|mij|my(?: e-?mail)?(?: address)?|mijn(?: e-?mail)? ?adres|mijn)\s+"
    r"(?:\w+\s+){0,3}(?:from|off|van|uit)\s+(?:your|the|jullie|je|uw|de|het|all|alle)\s+(?:\w+\s+)?"
    r"(?:mailing ?list|mailinglijst|verzendlijst|(?<!client )(?<!customer )list|lijst|newsletter|nieuwsbrief|mailings?|marketing\w*)"
)
_OBJECT_STOP = _rx(
    # "I never want to hear from you again", "ik wil nooit meer iets van jullie horen"
    r"\b(?:never|don't|do not|no longer)\b (?:\w+ ){0,2}(?:want|wish) to hear from (?:you|your \w+)\b|"
    r"\bnooit meer (?:iets )?(?:van (?:jullie|u|je) )?(?:horen|ontvangen)\b|"
    r"\b(?:neem|nemen|contacteer|contacteren|mail|mailen|bel|bellen)\b (?:\w+ ){0,2}nooit meer\b|"
    r"\b(?:no longer|not|don't|niet (?:langer|meer)|nooit)\b[^.]{0,30}\b(?:on|in|op)\b (?:your|the|jullie|uw|je|de|het) (?:\w+ )?"
    r"(?:mailing ?list|mailinglijst|verzendlijst|nieuwsbrief|newsletter|marketing ?list|adressenbestand)\b|"
    r"\b(?:mij|me|ons|mijn (?:e-?mail)?adres)\b (?:\w+ ){0,2}(?:uit|van) (?:uw|jullie|je|de|het) (?:\w+ )?"
    r"(?:mailinglijst|mailing ?list|verzendlijst|nieuwsbrief|mailings?|adressenbestand|marketinglijst)\b|"
    r"\bstop\w*\b[^.]{0,30}(?:mails?|mailtjes|newsletters?|nieuwsbrie\w*|reclame|spam)\b[^.]{0,15}\b(?:te )?(?:sturen|versturen|mailen|sending)\b|"
    r"\b(?:not|niet|don't|do not|didn't|did not|wouldn't|would not|no longer|niet langer|niet meer|never|nooit)\b[^.]{0,60}\b(?:for|voor|in(?= (?:your|the|our|any)\b))\b (?:\w+ )?"
    r"(?:marketing|reclame|promoti\w*|advertis\w*|commerci\w*|direct marketing|publiciteit|mailings|ads\b|adverts?\b)|"
    r"\b(?:mij|me|ons)\b[^.]{0,25}\b(?:niet|nooit) (?:meer|langer) (?:te )?(?:contacteren|mailen|e-?mailen|benaderen|bellen|"
    r"sturen|lastigvallen|opbellen)\b|"
    r"\b(?:any ?more|no more|no further|geen)\b[^.]{0,15}\b(?:marketing|newsletters?|nieuwsbrie\w*|reclame|promoti\w*|"
    r"promotional|offers|mailings?|aanbieding\w*)\b|"
    r"\bstop(?:pen|t)? (?:met|nu met)? ?(?:mij |me |ons )?(?:te )?(?:mailen|e-?mailen|sturen|versturen|bellen|contacteren|benaderen|spammen)\b|"
    r"\bstuur (?:mij|me|ons) (?:\w+ )?geen\b|\b(?:send|email|mail) me no\b|"
    r"\b(?:to not|please not|not to) (?:send|e-?mail|mail|contact|call|text)\b[^.]{0,20}\b(?:me|us)\b|"
    r"\bstop (?:sending|emailing|e-mailing|mailing|contacting|spamming|texting|messaging|calling|phoning|ringing|with)\b(?! (?:them|it|those|these|my (?:photos|pictures|images))\b)|\bstop\b[^.]{0,30}\b(?:mails?|e-?mails?|newsletters?|marketing|nieuwsbrie\w*|mailtjes|reclame|spam)\b|"
    r"\b(?:no|geen)\b[^.]{0,25}\b(?:more|meer|longer|langer)\b[^.]{0,15}\b(?:marketing|newsletters?|nieuwsbrie\w*|reclame|"
    r"aanbieding\w*|promoti\w*|promotional|offers?|mailings?|mails?|e-?mails?|mailtjes|berichten|advertis\w*|spam)\b|"
    r"\b(?:marketing|newsletters?|nieuwsbrie\w*|reclame|aanbieding\w*|promoti\w*|mailings?|mailtjes|e-?mails?|mails?|spam)\b"
    r"[^.]{0,25}\b(?:meer|more|anymore|any more|no longer|niet langer)\b|"
    r"\b(?:don't|do not|never|niet|nooit)\b[^.]{0,10}\b(?:send|email|e-mail|mail|contact|sturen|mailen|e-?mailen|benaderen|"
    r"contacteren|bellen|call)\b[^.]{0,20}\b(?:me|mij|again|meer|anymore|more|opnieuw)\b|"
    r"\b(?:wil|wens|want|willen)\b[^.]{0,30}\b(?:geen|niet langer|niet meer|no longer|no)\b[^.]{0,30}\b"
    r"(?:marketing|newsletters?|nieuwsbrie\w*|reclame|aanbieding\w*|promoti\w*|mailings?|mails?|e-?mails?|mailtjes|berichten)\b|"
    r"\b(?:marketing|nieuwsbrie\w*|newsletters?|reclame|mailing)\b[^.]{0,40}\b(?:niet meer|niet langer|stop\w*|no longer)\b|"
    # marketing refused before it comes ("I really don't want any marketing", "can you not add me to your mailing list?",
    # "zet me niet op jullie mailinglijst")
    r"\b(?:don't|do not|never)\b (?:\w+ )?(?:want|wish|need)\b (?:any |more |your )?(?:\w+ )?(?:marketing|promo\w*|newsletters?|"
    r"mailings?|advertis\w*)\b|"
    r"\b(?:not|don't|do not|never)\b (?:\w+ )?(?:add|put|sign|subscribe)\w* (?:me|us|my (?:e-?mail|address)\w*)\b (?:\w+ ){0,2}(?:to|on|up for) "
    r"(?:your|the|any) (?:\w+ )?(?:mailing ?list|list|newsletters?|mailings?)\b|"
    r"\b(?:zet|voeg)\w* (?:me|mij|ons|mijn (?:e-?mail)?adres) (?:\w+ )?(?:niet|nooit) (?:\w+ )?(?:op|aan|toe aan) (?:jullie|uw|je|de|het) (?:\w+ )?"
    r"(?:mailinglijst|mailing ?list|lijst|verzendlijst|nieuwsbrief)\b"
)

_ADS = (r"\bmarketing\b|\breclame\w*|\badvertenti\w*|\badvertis\w*|\bads\b|\btargeting\b|\bgerichte\b|\btargeted\b|"
        r"\bretargeting\b|\bcustom audiences?\b|\bdoelgroep\w*|\bprofil(?:ing|ering)\b|\bpromoti\w*|\bnieuwsbrie\w*|"
        r"\bnewsletters?\b|\bcommerci\w*|\bpubliciteit\b")
_RE_ADS = _rx(_ADS)
# "I don't want my data used for that" after "your ads on Facebook": an objection to marketing use
_OBJECT_USE = _rx(
    r"\b(?:niet|not|don't|do not|no longer|niet langer|niet meer|nooit|never)\b[^.]{0,50}\b(?:gebruik\w*|use|used|using|verwerk\w*|process\w*)\b|"
    r"\b(?:stop|stoppen|stopt|staken|stopzetten|cease)\b[^.]{0,50}\b(?:gebruik\w*|use|using|verwerk\w*|process\w*|targeting|daarmee|with (?:it|that|this))\b|"
    r"\b(?:gebruik\w*|use|using)\b[^.]{0,50}\b(?:stoppen|te stoppen|staken|stopzetten|niet|nergens)\b"
)
_REFERS_BACK = _rx(r"\b(?:daarvoor|hiervoor|ervoor|daarmee|hiermee|for (?:that|this|it|those|these)|with (?:that|this|it))\b")

# ---- withdraw consent ------------------------------------------------------------------------
_WITHDRAW_STRONG = _rx(
    r"\b(?:said yes|agreed|consented|ja gezegd|toegestemd|akkoord gegaan)\b[^.]{0,40}\b(?:take (?:that|it) back|trek (?:dat|het|die) (?:\w+ )?in)\b|"
    r"\b(?:withdraw\w*|revok\w*|retract\w*|pull\w*|cancel\w*|intrek\w*|trek\w*)\b[^.]{0,40}\b(?:consent|toestemming|permission|akkoord|model release|quitclaim)\b|"
    r"\b(?:consent|toestemming|permission|akkoord|toestemmingsformulier|model release|quitclaim)\b[^.]{0,60}\b"
    r"(?:intrekken|in te trekken|in\b(?! (?:a|an|the|which|whom|my|your|this|that|any|all|order|case)\b)|withdraw\w*|revok\w*|ingetrokken|retract\w*|vervalt|niet meer|niet langer|no longer|"
    r"cancel\w*|ends?|ended|ending|expires?|expired|eindigt|verloopt|loopt af|stopt|komt te vervallen|is over)\b|"
    r"\bno longer (?:consent|agree|give (?:my )?(?:consent|permission)|ok|okay|happy|comfortable)\b|"
    r"\bniet (?:langer|meer) (?:akkoord|eens|ok[e]?|oke|oké|goed met|blij mee|prettig)\b|"
    r"\bgeen toestemming (?:meer|langer)\b|\bdo not consent\b|\bdon't consent\b|\bwithdraw\w* (?:my )?consent\b|"
    r"\bga (?:ik )?niet (?:langer|meer) akkoord\b|\bniet (?:langer|meer) mee akkoord\b|"
    # "I no longer accept that you use ...", "ik accepteer niet meer dat ..."
    r"(?:\bno longer accept\b|\b(?:don't|do not) accept (?:it |that |this )?(?:any ?more|any longer)\b|"
    r"\baccepteer (?:het |dat |dit )?niet (?:langer|meer)\b)"
    r"(?=[^.]{0,60}\b(?:us\w+|publish\w*|post\w*|shown?|display\w*|gebruik\w*|publice\w*|getoond|toon\w*|photo\w*|pictures?|"
    r"images?|portrait\w*|fotos?|foto's|video\w*|data|gegevens)\b)"
)
_WITHDRAW_NO_LONGER = _rx(
    r"\bwil(?:len)? (?:\w+ )?niet (?:meer |langer )?dat\b|\b(?:do not|don't) want\b|\bno longer\b|\bniet (?:langer|meer)\b|\bnot anymore\b|\bany ?more\b|\bnot any longer\b|\bstop\w*\b|"
    r"\b(?:don't|do not|doesn't|does not|niet)\b[^.]{0,20}\b(?:want|wil|willen|like|gebruik\w*|use|publish\w*|post\w*|share|deel\w*|staan|hangen|show\w*|toon\w*)\b"
)


# a wish not to, whose verb comes later in the clause ("ik wil niet dat jullie ... weggooien", "I don't want you to ... delete")
_NEGATED_WISH = re.compile(
    r"\b(?:wil|willen|wens|wensen)\b (?:\w+ )?(?:niet|absoluut niet|zeker niet) dat\b(?![^,;:]*\b(?:en|and|maar|but)\b)[^,;:]*$|"
    r"\b(?:don't|do not|never) want (?:you|anyone|them) to\b(?![^,;:]*\b(?:and|but)\b)[^,;:]*$"
)


def _negated(sentence: str, start: int) -> bool:
    """True when the word at ``start`` is negated ("do not delete", "niet verwijderen")."""
    clause_start = max(sentence.rfind(",", 0, start), sentence.rfind(" but ", 0, start),
                       sentence.rfind(" maar ", 0, start))
    if _NEGATED_WISH.search(sentence, clause_start + 1, start):
        return True  # "ik wil niet dat jullie de foto's of mijn gegevens nu weggooien"
    window = sentence[max(clause_start + 1, start - 40): start]
    if re.search(r"\b(?:niks|niets)\s+(?:\w+\s+){0,2}$", window):
        return True  # "ze wil zelf niks laten weghalen", "ik hoef niets te laten verwijderen"
    if re.search(r"\b(?:om|u|jullie|je) (?:\w+ )?(?:niets|niks)\b[^.;:!?]{0,100}\bte\s+$", sentence[max(0, start - 140): start]):
        return True  # "ik vraag u om niets van de foto's, de ruwe bestanden of onze mails te verwijderen": a list between
    if re.search(r"\b(?:ik|wij|we) (?:was|waren|ben|zijn) (?:\w+ ){0,3}aan het\s+$", sentence[max(0, start - 50): start]) \
            or (re.search(r"\b(?:i|we) (?:was|were|am|are|'m|'re) (?:\w+ ){0,2}$", sentence[max(0, start - 50): start])
                and re.match(r"\w+ing\b", sentence[start:])):
        return True  # "ik was laatst aan het opruimen", "I was clearing out my files": the writer does it, no one is asked
    window = _RE_NOT_NEG.sub(" ", window)
    if _RE_NEG.search(window):
        return True
    after = sentence[start: start + 60]
    # Dutch word order: "verwijder ze (nog) niet"
    return bool(re.match(r"^\w+\s+(?:\w+\s+){0,2}(?:\(?nog\)? )?(?:niet|niks|niets)\b(?! (?:meer|langer))", after))


def _near(sentence: str, pos: int, rx: re.Pattern[str] | WordRule, span: int = 80) -> bool:
    return bool(rx.search(sentence[max(0, pos - span): pos + span]))


def _clauses(sentence: str) -> list[tuple[int, str]]:
    """(offset, clause) pieces of a sentence split at commas and "and/en/but/maar"."""
    out = []
    pos = 0
    for m in re.finditer(r",|\s(?:and|en|but|maar|plus|ook|also)\s", sentence):
        out.append((pos, sentence[pos: m.start()]))
        pos = m.end()
    out.append((pos, sentence[pos:]))
    return out


# --------------------------------------------------------------------------------------
# Per-sentence rules
# --------------------------------------------------------------------------------------

_VOLITION = _rx(
    r"\bwant\b|\bwants\b|\bwould like\b|\bwish\b|\bplease\b|\bpls\b|\bplz\b|\bask\w*|\brequest\w*|"
    r"\bi'd like\b|\bcan you\b|\bcould you\b|\bwil\b|\bwillen\b|\bwens\w*|\bgraag\b|\baub\b|\bajb\b|"
    r"\bwilt\b|\bgelieve\b|\bgelief\b|\bzou (?:u|je|jij)\b|\bzouden jullie\b|\brather\b|\bprefer\w*|\bliever\b|\balstublieft\b|\balsjeblieft\b|\bverzoek\w*|\bvraag\b|\bvragen\b|\bkunnen jullie\b|\bkunt u\b|"
    r"\bkun je\b|\bmogen\b|\bmag\b|\bniet langer\b|\bno longer\b|\bstop\w*\b|\bhaal\b|\bremove\b|\btake\b"
)
# Verbs that take something off a public place rather than destroy it.
_UNPUBLISH = _rx(
    r"\btake\b[^.]{0,40}?\b(?:down|off|offline)\b|\btaken\b[^.]{0,20}?\b(?:down|off)\b|\btake ?down\b|"
    r"\boffline\b|\bhaal\w*\b[^.]{0,60}?\b(?:weg|offline|af|eraf|van|uit)\b|\bweg ?(?:te )?halen\b|"
    r"\b(?:eraf|weg|offline|eruit|ervan af)\s+(?:te\s+)?(?:ge)?haa?l\w*|"
    r"\bunpublish\w*|\bdepubli\w*|\bniet (?:meer )?(?:publiceren|tonen|delen|posten|gebruiken)\b"
)
_OFF_PLACE = _rx(
    r"\b(?:van|off|from|uit|af)\b (?:de |het |jullie |je |uw |your |the )?(?:" + _PLACE + r")"
)
_ADVICE = _rx(
    r"\bif you\b|\bals (?:je|u)\b|\bwil je\b[^.]{0,40}\b(?:niet|geen)\b|\bwilt u\b[^.]{0,40}\b(?:niet|geen)\b|"
    r"\bremember to\b|\byou can (?:always )?(?:unsubscribe|opt out)\b|\bje kunt (?:je )?(?:altijd )?(?:afmelden|uitschrijven)\b|"
    r"\bu kunt (?:zich )?(?:altijd )?(?:afmelden|uitschrijven)\b"
)
# "my photos", "de foto's van ons", "photos of me": the writer's own pictures, not "the duplicate photos"
_OWNED_PHOTO = _rx(
    r"\b(?:my|mijn|m'n|our|onze|ons|al|alle|all|his|her|their|zijn|haar|hun)\b (?:\w+ ){0,2}(?:" + _PHOTO + r")|"
    r"(?:" + _PHOTO + r") (?:\w+ ){0,3}(?:of|van|with|met) (?:me|mij|us|ons|my|mijn|onze|our)\b|"
    r"(?:" + _PHOTO + r")[^.]{0,30}\b(?:waarop ik|where i|i'm in|ik op sta|i appear)"
)
_PRONOUN_OBJ = _rx(r"\b(?:it|them|those|these|that|this|ze|het|die|deze|dat|dit|da)\b")
# "dat" / "that" before a subject is the conjunction ("ik wil niet dat mijn foto ...", "I don't want that my photo ..."):
# it opens a clause and points back at nothing
_POINTS_BACK = _rx(r"\b(?:it|them|those|these|this|ze|het|die|deze|dit|da|"
                   r"(?:that|dat)(?! (?:mijn|m'n|jullie|u|je|jij|ik|de|hij|zij|we|wij|er|my|your|you|i|the|they|he|she|our|onze)\b))\b")


def rights_in_sentence(s: str, prev: str = "") -> dict[str, str]:
    """Rights in sentence ``s``; ``prev`` (the sentence before) resolves "remove them", "pas het aan"."""
    found: dict[str, str] = {}

    def hit(right: str, m: re.Match[str] | None = None, text: str | None = None) -> None:
        if right not in found:
            found[right] = text or (m.group(0) if m else s)[:120]

    first = bool(_RE_FIRST.search(s))
    invoice = bool(_RE_INVOICE.search(s))
    photo = _RE_PHOTO.search(s)
    # "it/them/ze" points back at the previous sentence's photos, unless this sentence names its own object
    refers_back = bool(_POINTS_BACK.search(s)) and not _RE_DATA.search(s)
    # "... but I suppose you still have the files. Please delete those too": the pronoun points at
    # the files named after the website, not at the published photo
    back_to_data = bool(refers_back and prev and _RE_PHOTO.search(prev)
                        and _last_end(_RE_DATA, prev) > _last_end(_RE_PLACE, prev))
    photo_ctx = photo or (refers_back and not back_to_data and _RE_PHOTO.search(prev))
    place = _RE_PLACE.search(s) or (refers_back and not back_to_data and _RE_PLACE.search(prev))

    # access ("wis alles wat jullie van mij hebben" is the object of an erasure, not access)
    for m in _ACCESS_STRONG.finditer(s):
        lo = max(0, m.start() - 30)
        if _negated(s, m.start()) or any(not _negated(s, lo + r.start()) for r in _RE_REMOVE.finditer(s[lo: m.start()])):
            continue
        if re.match(r"wh?at\b", m.group(0)) and any(
                not _negated(s, r.start()) for r in _RE_REMOVE.finditer(_clause_at(s, m.start()))):
            continue  # "alles wat jullie over mij hebben ... verwijderen": object of an erasure
        hit("access", m)
        break
    if "access" not in found and prev and _THAT_COPY.search(s) and _RE_DATA.search(prev):
        hit("access", _THAT_COPY.search(s))  # "... I can ask for a copy of my data. Please send me that copy."
    if "access" not in found and prev and (sent := _SEND_IT.search(s)) and _MY_DATA_BEFORE.search(prev):
        hit("access", sent)  # "I read on your website that I can ask for my data. Could you send it to me?"
    if "access" not in found and s.rstrip().endswith("?"):
        m = _ACCESS_QUESTION.search(s)
        if m:
            hit("access", m)
    if "access" not in found and (m := _ACCESS_SOURCE.search(s)) and (
            s.rstrip().endswith("?") or re.search(r"\b(?:weten|geweten|benieuwd|vraag me af|vraag ik me af|graag)\b", s)):
        hit("access", m)

    # portability
    m = _PORT_STRONG.search(s) or (_PORT_AS_FILE.search(s) if (first and (_RE_DATA.search(s) or photo)) else None)
    if m:
        hit("portability", m)
    elif (m := _PORT_TRANSFER.search(s)) and (_PORT_OTHER_PARTY.search(s) or _PORT_OTHER_PARTY.search(prev)) \
            and (_RE_DATA.search(s) or photo or _PRONOUN_OBJ.search(s)) and (first or _RE_FIRST.search(prev)):
        hit("portability", m)
    else:
        m = _PORT_FORMAT.search(s)
        if m and (_RE_DATA.search(s) or photo) and first and not invoice:
            hit("portability", m)
    if "portability" not in found and "access" not in found:
        m = _ACCESS_WEAK.search(s)
        if m and not _negated(s, m.start()) and not re.search(r"\bgeen\b[^.]{0,40}\bmeer\b|\bno (?:more|longer)\b", s):
            hit("access", m)
    # "a copy ... as CSV": the format makes it a portability request, not (only) access
    if "portability" in found and "access" in found and not re.search(
            r"inzage|access|artikel 15|article 15|art\. 15|welke|which|what (?:personal )?(?:data|information|info|details)\b|"
            r"wat (?:voor )?(?:persoons)?(?:gegevens|informatie|data)\b|"
            r"\ben (?:graag )?ook\b|\band also\b|\bas well\b|\bdaarnaast\b|\bbovendien\b", s):
        found.pop("access")

    # rectification (a name or address on an invoice is a bookkeeping question, not a GDPR request)
    invoice_only = invoice and not re.search(
        r"gegevens|records|administratie|klantenbestand|systee?m|system|website|\bsite\b|portfolio|database|bestand", s)
    m = _RECT_EXPLICIT.search(s)
    if m:
        hit("rectification", m)
    if not _RE_MONEY.search(s) and not invoice_only:
        m = _RECT_STRONG.search(s)
        if m and re.match(r"in plaats van|instead of", m.group(0)) and not _RECT_FIELD.search(s):
            m = None  # "verplaatsen in plaats van annuleren": a booking, not a record
        if m and (_RECT_FIELD.search(s) or first) and "rectification" not in found:
            hit("rectification", m)
        m = _RECT_LIFE.search(s)
        if m and _RECT_FIELD.search(s) and first and "rectification" not in found and _LIFE_VALUE.search(s):
            hit("rectification", m)
        for rx in (_RECT_ERROR, _RECT_CHANGE):
            if "rectification" in found:
                break
            for m in rx.finditer(s):
                if _negated(s, m.start()):
                    continue
                # a field only in the sentence before counts unless that sentence is about an invoice or an amount
                # ("factuur 2024-077 ... met een ander nummer ... hetzelfde bedrag. Ik veronderstel dat de tweede een
                # vergissing is.": the invoice is the mistake)
                field_near = _near(s, m.start(), _RECT_FIELD, 70) or (
                    _PRONOUN_OBJ.search(s) and _RECT_FIELD.search(prev) and not _RE_MONEY.search(prev)
                    and not _RE_INVOICE.search(prev))
                if not (field_near and (first or _RE_FIRST.search(prev) or _RE_ADDRESSEE.search(s))):
                    continue
                # "change the appointment" is not a rectification
                if re.search(r"afspraak|appointment|datum van de shoot|shoot date|booking|boeking|"
                             r"reservering|planning|tijdstip|\bdatum\b|\btijd\b|\btime\b|\bdate\b(?! of birth)", s):
                    continue
                hit("rectification", m)
                break

    if "rectification" in found and re.search(
            r"\b(?:whether|if|of|wether)\b[^.]{0,40}\b(?:correct|accurate|juist|klopt|kloppen|right)\b|"
            r"\b(?:contest|dispute|betwist\w*)\b[^.]{0,20}\b(?:accuracy|juistheid|correctness)\b", s) \
            and not _RECT_EXPLICIT.search(s) and re.search(r"\bstop|\brestrict|\bbeperk|\bniet (?:meer )?gebruik|\bwhile|\bterwijl|\bzolang", s):
        found.pop("rectification")  # "stop using my data while you check whether it is correct": restriction

    # objection (incl. direct marketing / newsletters)
    m = _OBJECT_STRONG.search(s) or _OBJECT_STOP.search(s)
    if m and not re.search(r"bezwaar|object|verzet", m.group(0)):
        # "I understand you rely on legitimate interest, but I object to ...": the objection itself, not its ground
        m = next((o for o in _OBJECT_STRONG.finditer(s, m.end()) if re.search(r"bezwaar|object|verzet", o.group(0))), m)
    if m and re.match(r"bezwaar|objection", m.group(0)) and re.search(
            r"\b(?:zolang|terwijl|while|pending|until|till|tot|totdat|tot dat|in afwachting van|during)\b (?:\w+ ){0,2}$",
            s[:m.start()]):
        m = None  # "zolang mijn bezwaar loopt": the objection is pending; the request is a restriction
    if m and _ADVICE.search(s):
        m = None  # "if you no longer wish to hear from us, unsubscribe": a footer, not a request
    if m and photo and not _RE_DATA.search(s) and not re.search(r"bezwaar|object|opt|unsubscrib|afmeld|uitschrijv|direct|verzet", m.group(0)) \
            and not re.search(r"mail|nieuwsbrie|newsletter|\blist|\blijst|subscri|abonnement|\bbel|\bcall", s) \
            and (_RE_PLACE.search(s) or not re.search(r"\bmarketing\b", s) or re.search(r"consent|permission|toestemming", s)):
        m = None  # "mijn foto niet langer voor reclame gebruiken": the portrait's use, a withdrawal (below)
    if not m and (first or _RE_FIRST.search(prev)) and _RE_DATA.search(s) and not photo:
        use = _OBJECT_USE.search(s)
        if use and (_RE_ADS.search(s) or (_REFERS_BACK.search(s) and _RE_ADS.search(prev))):
            m = use  # "ik wil niet dat mijn gegevens daarvoor gebruikt worden" after "gerichte advertenties"
    if m and not first and re.search(r"bezwaar|object", m.group(0)) and re.search(
            r"\b(?:zij|hij|ze|she|he)\b (?:\w+ )?(?:maakt|maken|heeft|tekent|objects|has|wil|wants)\b (?:\w+ )?(?:bezwaar|object)|"
            r"\b(?:maakt|tekent|heeft|wil) (?:zij|hij|ze|mijn client\w*|onze client\w*)\b (?:\w+ ){0,2}bezwaar", s):
        # "Zij maakt bezwaar tegen het gebruik van haar beelden", "Daarnaast tekent zij uitdrukkelijk bezwaar aan": the data
        # subject's objection, passed on
        first = True
    if m and (first or re.search(r"^(?:please |pls |graag |aub |en |and )?(?:unsubscribe|stop|afmelden|uitschrijven|"
                                 r"geen|no more|no|niet meer|opt out|uitschrijven)\b", s)):
        hit("objection", m)

    # restriction
    m = _RESTRICT_STRONG.search(s)
    if m and (_RE_DATA.search(s) or photo or first or re.search(r"verwerk|process|gebruik|\buse\b", s)) and not re.search(
            r"\blimited edition|beperkte oplage|beperkt aantal|limited time|beperkt beschikbaar", s):
        hit("restriction", m)
    else:
        keep = _RESTRICT_KEEP.search(s)
        stop = _RESTRICT_STOP.search(s)
        wait = _RESTRICT_WHILE.search(s)
        # "..., but please don't use the images in anything new": a "but" alone gives no while beside the stop
        wait_apart = next((w for w in _RESTRICT_WHILE.finditer(s) if not w.group(0).startswith("but ")), None)
        if (keep and stop) or (stop and wait_apart) or (keep and wait and re.search(
                r"(?:niet|not|don't|do not)\b[^.]{0,12}\b(?:verwijder|wis|delete|erase|remove|vernietig|destroy)|"
                r"(?:verwijder|wis|delete|erase|remove|vernietig|destroy)\w*\b[^.]{0,30}\b(?:nog )?niet\b", s)):
            hit("restriction", stop or keep)

    # withdraw consent (explicit)
    # the Dutch particle "in" ("ik trek mijn toestemming in") only with its verb, not "use the photos in paid adverts"
    m = next((w for w in _WITHDRAW_STRONG.finditer(s)
              if not w.group(0).endswith(" in") or re.search(r"\btrek\w*|\bgetrokken\b|\bintrek", s)), None)
    if m:
        hit("withdraw_consent", m)

    # removal verbs: erasure vs. withdraw consent (photos off a public place)
    for m in _RE_REMOVE.finditer(s):
        if _negated(s, m.start()):
            continue
        if m.group(0) == "offline" and re.search(r"\b(?:is|zijn|was|waren|staat|staan|already|al|been)\s+(?:\w+\s+){0,2}$", s[: m.start()]):
            continue  # "de film zelf is al lang offline": a state, not an order
        clause = _clause_at(s, m.start())
        unpublish = bool(_UNPUBLISH.match(s, m.start()))
        off_list = _RE_LIST.search(s[m.start(): m.end() + 40])
        if (re.search(r"\b(?:me|us|mij|ons)\b", m.group(0)) or re.match(r"\s*(?:me|us|mij|ons)\b", s[m.end():])) \
                and (_RE_LIST.search(s) or (re.match(r"\s*(?:me |us |mij |ons )?(?:it|them|het|die|dat)\b", s[m.end():])
                                            and _RE_LIST.search(prev))) \
                and (not _RE_PHOTO.search(clause) or (off_list and not _RE_PHOTO.search(s[m.start(): m.start() + off_list.start()]))):
            # "take me off the mailing list pls i only signed up for the grad photo thing": the list is what the
            # writer comes off, the photo is only why they signed up
            hit("objection", m)  # "I've been getting your newsletter, please take me off it": the person off a list
            continue
        if not photo_ctx and not back_to_data and _PRONOUN_OBJ.search(clause) and not _RE_DATA.search(clause) \
                and _RE_PHOTO.search(prev) and (_RE_PLACE.search(prev) or _RE_PLACE.search(clause)):
            hit("withdraw_consent", m)  # "I'd like them removed" after "my photos on your Instagram"
            continue
        # "... and delete any other pictures of me you have": what the studio holds, not what a place shows
        clause_data = re.search(_CLAUSE_DATA, clause) or re.search(
            r"\b(?:you|jullie|u|je) (?:still |nog )?(?:have|hold|keep|store|hebben|hebt|heeft|bewaren|bewaart)\b", clause) \
            or _OWN_CONTACT.search(clause)
        if not clause_data and not s.lstrip().startswith(m.group(0)):
            # Dutch puts the verb last: "van de website halen en verder alle gegevens (naam, ...) verwijderen"
            last_place = _last_end(_RE_PLACE, s[: m.start()])
            clause_data = re.search(_CLAUSE_DATA, s[last_place: m.start()]) if last_place >= 0 else None
        if photo_ctx and _RE_PLACE.search(clause):
            hit("withdraw_consent", m)
            continue
        if photo_ctx and (place or unpublish) and not clause_data:
            hit("withdraw_consent", m)
            continue
        if not (first or (_VOLITION.search(s) and (_RE_ADDRESSEE.search(s) or _RE_FIRST.search(prev)))
                or (_RE_FIRST.search(prev) and _PRONOUN_OBJ.search(clause))):
            continue  # "anders worden uw gegevens verwijderd": not the writer's request
        if re.search(r"\b(?:profiel|profile|portfolio|comp ?card|modellenkaart)\b", clause) and _OFF_PLACE.search(clause):
            hit("withdraw_consent", m)  # "mijn profiel van de website halen": taken off a public place
            continue
        if (_RE_LIST.search(clause) or ("objection" in found and _RE_LIST.search(s) and not _RE_DATA.search(clause))) \
                and not _ERASE_TARGET.search(clause) and not re.search(
                r"gegevens|\bdata\b|information|informatie|records|alles|everything", clause) and not _OWN_CONTACT.search(clause):
            continue  # "remove me from your mailing list" is an objection (handled above)
        owned_photo = _RE_PHOTO.search(clause) and _OWNED_PHOTO.search(clause)
        # Dutch puts the verb last: "mijn gegevens en de foto's ... vernietigen" has its object before it
        verb_last = not clause.lstrip().startswith(m.group(0)) or bool(
            re.match(r"\w+\s*(?:(?:te )?(?:worden|wordt|zijn|is|hebben))?\s*[?.!]*\s*$", s[m.start():]))
        if re.search(r"\b(?:me|mij)\b", clause) or _RE_DATA.search(clause) or _ERASE_TARGET.search(clause) \
                or _OWN_CONTACT.search(clause) \
                or (verb_last and _RE_DATA.search(s[: m.start()])) \
                or (back_to_data and _PRONOUN_OBJ.search(s[: m.start()])) \
                or owned_photo or (_PRONOUN_OBJ.search(clause) and not _RE_PHOTO.search(clause)
                                   and _object_pronoun(s, m)):
            if invoice and not _RE_DATA.search(clause):
                continue
            hit("erasure", m)
    m = _ERASE_STRONG.search(s)
    if m:
        hit("erasure", m)

    # the writer no longer wants to be seen in a public place ("ik wil niet meer op jullie website staan")
    if "withdraw_consent" not in found and first and (_RE_PLACE.search(s) or (
            _RE_PLACE.search(prev) and re.search(r"\b(?:there|on it|in it|in them|on them|daar|erop|erin|ertussen)\b", s))) \
            and not found.get("erasure", "").startswith("delet"):
        m = _SELF_SHOWN.search(s)
        if m:
            hit("withdraw_consent", m)

    # photos in a public place the person no longer wants there
    if photo_ctx and place and "withdraw_consent" not in found and "restriction" not in found and not (
            (_RE_LIST.search(s) or re.search(r"\bpromo\w*|\w*mails?\b", s))
            and re.search(r"\b(?:ontvangen|krijgen|receive|receiving|get|getting)\b", s)):
        # ("I get your newsletter and promo mails about wedding videos and don't want them any more": the mailing)
        m = _WITHDRAW_NO_LONGER.search(s) or _OFF_PLACE.search(s)
        if m and (first or _RE_FIRST.search(prev)) and _VOLITION.search(s):
            hit("withdraw_consent", m)
    # "kan die foto van jullie Insta af?", "mag de foto van de communie van jullie site af?": a picture asked off a public place
    if "withdraw_consent" not in found and (m := _MAY_IT_GO_OFF.search(s)) and not _RE_NEG.search(s[: m.start()]):
        hit("withdraw_consent", m)
    # "haal mijn kind van jullie website", "doe mijn foto maar van de site", "die foto mag niet meer online", "ik wil die foto
    # nergens meer zien": a picture, or the person in it, off a public place
    if "withdraw_consent" not in found and "erasure" not in found and (m := _OFF_PLACE_NL.search(s)) \
            and (_RE_PHOTO.search(s) or _PERSON_SHOWN.search(s)):
        hit("withdraw_consent", m)
    return found


# the writer's own contact details ("delete my number and email from ur list")
_OWN_CONTACT = re.compile(r"\b(?:my|mijn|m'n|mn) (?:phone |mobile |telefoon)?(?:number|nummer|e-?mail|address|adres)\b")

_PERSON_SHOWN = re.compile(r"\b(?:mij|me|ons|mijn|onze) (?:\w+ )?(?:kind|kinderen|zoon|zoontje|dochter|dochtertje|baby|gezin|familie|"
                           r"man|vrouw|partner|vriend|vriendin)\b|\b(?:haal|doe|zet) (?:mij|me|ons)\b")
_OFF_PLACE_NL = re.compile(
    r"\b(?:haal|doe|zet|halen|doen)\b (?:\w+ ){0,5}?(?:van|uit|af) (?:de |het |jullie |je |uw |ulle )?(?:" + _PLACE + r")|"
    r"\b(?:mag|mogen|moet|moeten)\b (?:\w+ )?niet (?:meer|langer) (?:online|op (?:de |het |jullie |je |uw )?(?:" + _PLACE + r"))|"
    r"\bnergens (?:meer )?(?:zien|staan|tonen|gebruiken|publiceren|posten|verschijnen|te zien)\b"
)

_MAY_IT_GO_OFF = re.compile(
    r"^(?:\w+[ ,]+){0,2}(?:kan|mag|moet|kunnen|mogen|moeten)\b (?:\w+ ){0,6}?(?:" + _PHOTO + r")[^.?!]{0,60}?"
    r"\b(?:van|uit|af|offline) (?:de |het |jullie |je |uw |julle |ulle )?(?:" + _PLACE + r")\b[^.?!]{0,20}?"
    r"\b(?:af|weg|offline|eraf|eruit|verdwijnen|gehaald worden|weggehaald worden)\b(?: (?:aub|alsjeblieft|alstublieft|svp|a\.u\.b))?\s*[?.!]*$"
)


_CLAUSE_DATA = (r"gegevens|\bdata\b|information|informatie|\brecords\b|\baccount\b|\balles\b|"
                r"\beverything\b|\bdossier\b|\bdetails\b")


_OBJ_AFTER = re.compile(r"\s*(?:\w+\s+)?(?:it|them|those|these|that|this|ze|het|die|deze|dat|dit|alles|everything)\b")
_OBJ_BEFORE = re.compile(r"\b(?:ze|het|die|deze|dat|dit|it|them|alles)\b(?:\s+\w+){0,4}\s*$")


def _object_pronoun(s: str, m: re.Match[str]) -> bool:
    """A pronoun is the object of the removal verb at ``m`` ("delete them", "verwijder ze",
    "dat jullie die ook verwijderen"), not one elsewhere in the clause ("before my parents see it")."""
    return bool(_OBJ_AFTER.match(s, m.end()) or _OBJ_BEFORE.search(s[max(0, m.start() - 50): m.start()]))


def _last_end(rx: WordRule, text: str) -> int:
    """Where the last match of ``rx`` in ``text`` ends (-1 when none)."""
    end = -1
    for m in rx.finditer(text):
        end = m.end()
    return end


_SELF_SHOWN = _rx(
    r"\b(?:niet (?:meer|langer)|nooit|liever niet|geen zin)\b[^.]{0,40}\b(?:staan|staat|zichtbaar|te zien|verschijnen|"
    r"vindbaar|prijken|prijkt|hangen|hangt|getoond|gebruikt worden|erop|ertussen)\b|"
    r"\b(?:don't|do not|no longer|not|rather not|never|don't want to|do not want to)\b[^.]{0,30}\b(?:appear\w*|featured|"
    r"shown|visible|seen|displayed|be (?:on|in)|up (?:on|in)|pictured|included)\b"
)


def _clause_at(s: str, pos: int) -> str:
    """The clause holding ``pos``; a clause of three words or fewer ("wis dan ook ...") runs on."""
    pieces = _clauses(s)
    for i in range(len(pieces) - 1, -1, -1):
        off, clause = pieces[i]
        if off <= pos:
            if len(s[pos: off + len(clause)].split()) <= 3 and i + 1 < len(pieces):
                return s[off: pieces[i + 1][0] + len(pieces[i + 1][1])]
            return clause
    return s


