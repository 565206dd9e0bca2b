"""Requests, not mentions: what part of a sentence asks the studio for something.

Formal request letters (and the generator sites that write them) cite the law around the
request: obligations of the studio ("you must answer within one month, Art. 12(3)"), the
information an access request covers ("the existence of the right to request rectification,
erasure or restriction, or to object"), threats ("I reserve the right to lodge a complaint"),
the studio's own policy quoted back, conditions about third parties ("if you have passed my
data on, inform them", Art. 19). None of those is a request for that right.

:func:`request_part` returns the part of a folded sentence that may carry a request: the
whole sentence, the part before a threat or obligation clause, or ``""`` when the sentence
only mentions rights. :func:`article_rights` reads "Art. 15 AVG/GDPR/RGPD/DSGVO" citations,
which count only where the writer invokes them ("I request ... under Article 15").
"""

from __future__ import annotations

import re

from studio_dsar.core.intake.rxutil import WordRule

# Whole sentence is a mention --------------------------------------------------------------
_LATER = (r"\b(?:later|later on|plus tard|spater|in the future|a l'avenir|in de toekomst|in zukunft|achteraf|nachtraglich|"
          r"at some point|op een dag|un jour|eines tages|some day|someday)\b")
_MENTION_SENTENCE = WordRule(
    # threats and complaints to the authority
    r"\breserve the right\b|\breserves? (?:all )?(?:my |her |his |their )?rights\b|"
    r"\b(?:behoud|behoudt|behouden)\b[^.]{0,40}\b(?:recht|rechten)\b[^.]{0,10}\bvoor\b|"
    r"\b(?:me|mij|zich)\b[^.]{0,30}\b(?:het recht|alle rechten)\b[^.]{0,30}\bvoor\b|"
    r"\bme reserve\w*\b|\bse reserve\w*\b|\bsous reserve de\b|\bbehalte\w* (?:ich )?mir\b|\bbehalt\w* (?:er |sie )?sich\b|"
    r"\bbehalten uns\b|\bvorbehalten\b|"
    # rights kept in reserve, not exercised ("mijn rechten op inzage en wissing laat ik onverlet", "my other rights
    # remain unaffected", "meine Rechte auf Auskunft bleiben unberührt")
    r"\bonverlet\b|\b(?:remain|remains|are left|is left) unaffected\b|\bunberuhrt\b|"
    r"\b(?:lodge|file|submit|make) a complaint\b|\bcomplain(?:t)? (?:to|with) the\b|"
    r"\bklacht\w* (?:in ?(?:te )?dienen|indienen|neerleggen|bij de)\b|\bklacht\b[^.]{0,40}\b(?:autoriteit|gba|ap\b|toezichthouder)|"
    r"\b(?:porter|deposer|introduire|adresser) (?:une )?(?:plainte|reclamation)\b|\bplainte aupres\b|"
    r"\bbeschwerde\b[^.]{0,40}\b(?:einzulegen|einlegen|einreichen|erheben|aufsichtsbehorde|datenschutzbehorde)\b|"
    # what an access request covers (Art. 15(1)(e)-(h)): the rights are listed, not invoked
    r"\bexistence of the right\b|\bthe existence of\b|\bhet bestaan van\b|\bl'existence d\w*|\bdas bestehen\b|"
    r"\bdes bestehens\b|\bbestehen eines\b|\bright to lodge\b|\brecht om een klacht\b|\bdroit d'introduire\b|"
    r"\brecht auf beschwerde\b|"
    # rights explained to the reader (a policy, a supplier's notice) or listed as the writer's rights
    r"\b(?:you|u|je|jullie|ge|vous|sie|ihr|clients|customers|klanten|users) (?:\w+ )?(?:have|has|heeft|hebt|hebben|avez|disposez|haben|habt) "
    r"(?:(?:the|het|le|das|a|an|een|un) )?(?:right|rights|recht|rechten|droit|droits)\b|"
    r"\b(?:exercise|uitoefenen|exercer|ausuben|wahrnehmen) (?:their|hun|leurs|ihre)\b|"
    r"\b(?:their|hun|leurs|ihre) (?:rights|rechten|droits|rechte)\b|"
    # other people's rights ("Klanten die hun recht op inzage uitoefenen", "customers who exercise their right to ...")
    r"\b(?:die|who|qui|welche|that) (?:hun|their|leurs?|ihre?) (?:recht|right|droit|rechte?)\b|"
    # whether anyone may demand ("mag iemand eigenlijk altijd eisen dat een foto verwijderd wordt?", "can anyone demand
    # that ...?", "peut-on exiger que ...?", "darf jemand verlangen, dass ...?")
    r"\b(?:mag|kan) (?:iemand|een klant|men|je) (?:\w+ ){0,2}(?:eisen|vragen|verlangen|vorderen|opeisen)\b[^?]{0,160}\?|"
    r"\b(?:can|may|could) (?:anyone|someone|somebody|a client|a customer|people) (?:\w+ ){0,2}(?:demand|ask|insist|require)\b[^?]{0,160}\?|"
    r"\b(?:peut-on|quelqu'un peut-il|un client peut-il) (?:\w+ ){0,2}(?:exiger|demander)\b[^?]{0,160}\?|"
    r"\b(?:darf|kann) (?:jemand|ein kunde|man) (?:\w+ ){0,2}(?:verlangen|fordern|beantragen)\b[^?]{0,160}\?|"
    # ... and asked in a dependent clause ("sie hat mich gefragt, ob man als Kundin eigentlich verlangen kann, dass ...",
    # "elle se demande si on peut exiger que ...", "whether a customer can demand that ...", "of je kunt eisen dat ...")
    r"\bob (?:man|jemand|ein kunde|eine kundin|kunden) (?:\w+ ){0,4}(?:verlangen|fordern|beantragen|bitten) (?:kann|darf|konnte|durfte)\b|"
    r"\bsi (?:on|l'on|quelqu'un|un client|une cliente) (?:\w+ )?(?:peut|pourrait|a le droit d\w*) (?:\w+ ){0,2}(?:exiger|demander)\b|"
    r"\b(?:whether|if) (?:one|anyone|someone|a client|a customer|people|clients|customers) (?:can|could|may|is allowed to|has the right to) "
    r"(?:\w+ ){0,2}(?:demand|ask|insist|require|request)\b|"
    r"\bof (?:men|je|iemand|een klant) (?:\w+ ){0,3}(?:kan|kunt|mag) (?:\w+ ){0,2}(?:eisen|vragen|verlangen)\b|"
    r"^(?:\w+ )?(?:if|wenn|falls|si|als|indien) (?:you|sie|vous|u|jullie)\b[^.]{0,60}\b(?:nicht|not|ne|niet|geen)\b|"
    r"\b(?:dat|that|que|dass) (?:(?:ik|i|je|ich) |j')(?:\w+ )?(?:het recht|the right|le droit|das recht)\b|"
    r"\brights? (?:of|to) (?:access|rectification|erasure|restriction|portability|object)\w*,|"
    # the legal ground of an erasure, cited with it ("withdraw any consent on which processing was based")
    r"\bconsent on which\b|\btoestemming (?:waarop|berust)|\bop toestemming berust\b|\bconsentement sur lequel\b|"
    r"\bfondee? sur (?:mon |votre )?consentement\b|\beinwilligung,? auf (?:der|die)\b|\bauf (?:meiner|einer|der) einwilligung beruht\b|"
    # an offer, not a request ("if you ever need to delete my data, just let me know")
    r"^(?:\w+ ){0,2}(?:if|should) you (?:ever )?(?:need|want|have|wish) to\b(?![^.]*\bplease\b)|"
    # a condition about the studio's view ("if you think an exemption applies, tell me")
    r"^(?:\w+ ){0,2}(?:voor zover|insofar|in so far|to the extent|dans la mesure ou|soweit|sofern)\b|"
    r"\b(?:if|indien|als|si|falls|wenn|mocht) (?:you|u|jullie|vous|sie) (?:\w+ )?(?:believe|consider|think|meent|vindt|"
    r"van mening|estimez|considerez|pensez|meinen|der ansicht|der auffassung)\b|"
    # what the reader may always do (a policy or a supplier's notice, not a request)
    r"\b(?:you can|you may|one can|u kunt|u kan|je kunt|je kan|jullie kunnen|men kan|vous pouvez|on peut|l'on peut|"
    r"sie konnen|man kann)\b (?:(?:\w+ ){0,8}(?:always|altijd|at any time|jederzeit|a tout moment|toujours)\b|(?:\w+ ){0,3}"
    r"(?:request|ask|exercise|inzien|opvragen|"
    r"demander|exercer|verlangen|beantragen|anfordern|unsubscribe|opt out|afmelden|uitschrijven|desinscrire|"
    r"desabonner|abmelden|abbestellen)\b)|"
    r"\b(?:was tun|what to do|wat te doen|que faire),? (?:wenn|when|if|als|wanneer|si|quand|lorsque)\b|"
    # an earlier request that was done ("I asked last year to stop the newsletter and you did", "dat is netjes gebeurd")
    r"\b(?:and|en|et|und)\b,? (?:\w+ ){0,3}(?:you did(?: it| so| that)?|you have done so|dat is (?:\w+ ){0,2}gebeurd|"
    r"dat hebben jullie (?:\w+ ){0,2}gedaan|c'est (?:\w+ ){0,2}(?:fait|ete fait)|cela a ete fait|vous l'avez fait|"
    r"das (?:wurde|ist|hat) (?:\w+ ){0,2}(?:erledigt|geschehen|passiert|geklappt)|sie haben (?:es|das) (?:\w+ ){0,2}(?:getan|gemacht))\b|"
    # someone else's request to the studio, or what someone told the writer one can ask
    r"\b(?:my|mijn|m'n|ma|mon|meine?|a|an|een|une?|eine?) (?:sister|brother|friend|colleague|neighbour|neighbor|zus|zuster|broer|"
    r"vriend\w*|collega|buurvrouw|buurman|kennis|soeur|frere|ami\w*|copine|copain|collegue|voisin\w*|schwester|bruder|freund\w*|"
    r"kolleg\w*|nachbar\w*|bekannte\w*)\b[^.]{0,40}\b(?:asked you|heeft (?:jullie|u) (?:\w+ )?gevraagd|vroeg (?:jullie|u)|"
    r"vous a demande|hat (?:sie|euch|bei ihnen|bei euch) (?:\w+ ){0,4}(?:gebeten|gefragt|lassen)|told me|zei (?:me|mij)|heeft (?:me|mij) gezegd|"
    r"m'a dit|hat mir (?:\w+ )?gesagt)\b|"
    # whether someone else could ask ("een vriendin vraagt zich af of ze kan eisen dat haar foto's verwijderd worden",
    # "my colleague wonders whether she can have her photos removed", "mon amie se demande si elle peut ...")
    r"\b(?:vraagt|vroeg|vragen) zich af\b[^.?]{0,20}\b(?:of|wat) (?:ze|zij|hij|hun|die)\b[^.?]{0,70}\b(?:kan|kunnen|mag|mogen|zou)\b|"
    r"\b(?:wonders?|wondered|asks|asked|wants to know|would like to know) (?:\w+ )?(?:whether|if) (?:she|he|they)\b (?:\w+ ){0,3}"
    r"(?:can|could|may|might|is allowed)\b|"
    r"\bse demand\w* (?:\w+ )?(?:si|s') ?(?:elle|il|elles|ils)\b (?:\w+ ){0,3}(?:peu\w*|pourr\w*|a le droit)\b|"
    r"\b(?:fragt|fragte|fragen) sich\b[^.?]{0,20}\bob (?:sie|er)\b (?:\w+ ){0,4}(?:kann|konnte|darf|durfte)\b|"
    # whether someone else has a right ("Does she have the right to ask them to delete her photos?",
    # "Heeft zij eigenlijk het recht om te vragen dat ...", "A-t-elle le droit de ...", "Hat sie das Recht ...")
    r"\b(?:does|do|has|have|heeft|hebben|hat|haben) (?:she|he|they|zij|hij|ze|sie|er|my \w+|mijn \w+|meine? \w+) "
    r"(?:\w+ ){0,2}(?:the |het |das |ein |een )?(?:right|recht)\b|\ba-t-(?:elle|il) (?:\w+ )?(?:le |un )?droit\b|"
    # whether the writer could later ("est-ce que je pourrai retirer mon accord plus tard ?", "can I withdraw it later?")
    r"\b(?:can i|could i|will i be able to|would i be able to|may i|kan ik|zou ik|mag ik|pourrai|pourrais|puis-je|"
    r"kann ich|konnte ich|darf ich)\b[^.?]{0,80}\b(?:later|plus tard|spater|in the future|a l'avenir|in de toekomst|"
    r"in zukunft|at any time|a tout moment|jederzeit|te allen tijde|op elk moment)\b[^.]{0,60}\?|"
    # ... asked as what the writer would like to know, or what would happen ("ik wil graag weten of ik later kan vragen
    # om ...", "I'd like to understand whether I could withdraw it later", "what happens if I want to stop that later
    # on?", "je voudrais savoir si je pourrai plus tard ...", "was passiert, wenn ich später ..."): a question, no ask
    r"\b(?:weten|know|understand|savoir|comprendre|wissen|vraag (?:me|mij|ik me) af|wonder\w*|me demande|frage mich|erfahren)\b"
    r"[^.?]{0,60}\b(?:of|whether|if|si|s'|ob)\b[^.?]{0,100}" + _LATER + r"|"
    r"\b(?:what happens|what would happen|what if|wat gebeurt er|wat als|que se passe-t-il|qu'est-ce qui se passe|"
    r"que se passerait-il|was passiert|was geschieht)\b,? (?:\w+ )?(?:if|when|als|wanneer|si|quand|wenn|falls)\b[^.?]{0,100}" + _LATER + r"|"
    # a supplier on the requests of the studio's own clients ("Verzoeken van uw eigen klanten om inzage ...")
    r"\b(?:verzoeken|requests|demandes|anfragen|antrage) (?:\w+ ){0,2}(?:van|from|of|de|des|von|ihrer) "
    r"(?:uw|your|vos|ihre[nr]?) (?:eigen |own |propres |eigenen )?(?:klanten|clients|customers|kunden)\b|"
    # a right the writer says they do not assert ("Ein Recht auf Löschung mache ich ausdrücklich nicht geltend")
    r"\bnicht geltend\b(?![^.]*\b(?:aber|sondern|jedoch|nur)\b)|\b(?:i am|i'm|we are|we're) not (?:asking|requesting)\b(?![^.]*\b(?:but|only|just)\b)|"
    r"\bje ne (?:vous )?demande pas\b(?![^.]*\b(?:mais|seulement|uniquement|juste)\b)|"
    r"\bik vraag (?:jullie |u )?niet\b(?![^.]*\b(?:maar|alleen|enkel|wel)\b)|"
    # rights the writer leaves out of the request ("les droits d'effacement et d'opposition ne font pas l'objet de la
    # presente demande", "erasure is not part of this request", "wissing valt buiten dit verzoek", "nicht Gegenstand")
    r"\b(?:ne (?:font|fait) pas (?:l'objet|partie)|(?:is|are) not (?:part|the subject|included)|(?:is|are) outside|"
    r"(?:maakt|maken) (?:\w+ )?geen (?:deel|onderdeel) uit|(?:valt|vallen) (?:\w+ )?buiten|(?:is|zijn) (?:\w+ )?geen onderdeel|"
    r"(?:ist|sind) (?:\w+ )?nicht (?:gegenstand|teil))\b[^.]{0,40}\b(?:demande|request|verzoek|aanvraag|antrag\w*|anfrage|"
    r"ersuchens?|schreibens?|letter|courrier|brief|lettre)\b|"
    # a retention the writer states ("les données seront supprimées à l'issue de la campagne")
    r"\b(?:seront|sera|will be|would be|worden|werden)\b (?:\w+ ){0,6}(?:supprimee?s?|effacee?s?|deleted|erased|verwijderd|gewist|geloscht)\b "
    r"(?:\w+ ){0,2}(?:a l'issue|apres la fin|after|at the end|na afloop|na het einde|nach (?:ablauf|abschluss|ende))\b|"
    # what a friend wants or says, told about ("een vriendin van mij wil haar foto's daar laten verwijderen",
    # "a friend of mine says she can make any photographer delete her photos"), and "if someone asks ..."
    r"\b(?:a|een|une|eine?) (?:friend|vriend|vriendin|kennis|amie?|copine|copain|freund|freundin|bekannte\w*|colleague|collega|"
    r"collegue|kollegin|kollege)\b(?: (?:of mine|van mij|de moi|von mir))?\b[^.]{0,60}\b(?:says|said|wants|would like|wil|wilde|zegt|zei|"
    r"veut|voudrait|dit|sagt|will|mochte)\b(?![^.]*\b(?:on (?:her|his) behalf|namens|au nom|im namen|asked me to|vroeg (?:me|mij)|"
    r"heeft (?:me|mij) gevraagd|m'a demande|hat mich gebeten)\b)|"
    r"\b(?:als|if|when|wanneer|wenn|si|quand|lorsque) (?:iemand|someone|somebody|anyone|a client|a customer|een klant|jemand|"
    r"ein kunde|quelqu'un|un client)\b|"
    # a doubt, not a request ("ich bin nicht mehr sicher, ob ich ... unterschrieben habe")
    r"\b(?:nicht (?:mehr |ganz )?sicher|not (?:\w+ )?sure|niet (?:meer |helemaal )?zeker|pas (?:\w+ )?sure?)\b,? (?:ob|whether|if|of|si)\b"
    r"(?![^.]*\b(?:but|maar|mais|aber|please|bitte|graag|svp|merci de)\b)|"
    # the notification of recipients that goes with an erasure (Art. 19): part of it, no right of its own
    r"\b(?:inform|notify)\b (?:\w+ ){0,3}(?:clients|recipients|third parties|parties|companies|anyone) (?:\w+ ){0,2}(?:to whom|who|that)\b|"
    r"\binformeer (?:\w+ ){0,3}(?:klanten|ontvangers|derden|partijen) (?:\w+ ){0,2}(?:aan wie|die)\b|"
    r"\b(?:informez|notifiez|informer|notifier)\b (?:\w+ ){0,3}(?:clients|destinataires|tiers) (?:\w+ ){0,2}(?:auxquels|a qui|qui)\b|"
    r"\b(?:informieren|benachrichtigen) sie (?:\w+ ){0,3}(?:kunden|empfanger|dritte) (?:\w+ ){0,2}(?:denen|die)\b|"
    r"\b(?:as required by|volgens|conformement a|gemass) (?:article|artikel|l'article|art\.?) ?19\b|"
    r"\b(?:op de hoogte (?:te )?(?:stellen|brengen)|inform|notify|informer|notifier|prevenir|benachrichtigen|informieren)\b[^.]{0,80}"
    r"\b(?:article|artikel|l'article|art\.?) ?19\b|"
    # a question about rights or practice in general, asked of anyone ("kann man so eine Einwilligung widerrufen?",
    # "can one withdraw a model release later?", "peut-on retirer son accord ?", "kan men dat later intrekken?") or
    # about how the studio deals with other people's requests ("how do you handle it when a parent wants ...",
    # "wie gehen Sie mit Auskunftsanträgen Ihrer Kunden um?", "hoe gaan jullie om met ...", "comment gérez-vous ...")
    r"\b(?:kann man|darf man|konnte man|can one|could one|may one|is it possible for (?:a|someone|anyone|people)|"
    r"kan men|mag men|kun je eigenlijk|peut-on|pourrait-on|est-ce qu'on peut)\b"
    r"(?![^.?]{0,160}\b(?:my|mijn|m'n|mes|ma|mon|meine?\w*|mir|mich)\b)[^.?]{0,160}\?|"
    r"\bhow (?:do |would |should )?you (?:usually |normally |generally )?(?:handle|deal with|manage|go about)\b|"
    r"\bhoe (?:gaan|gaat) (?:jullie|u|je|ge) (?:\w+ ){0,3}om met\b|\bhoe (?:regelen|doen) jullie dat (?:meestal|normaal|gewoonlijk)\b|"
    r"\bcomment (?:gerez|traitez|faites|procedez)[- ]vous\b[^.?]{0,60}\b(?:quand|lorsqu\w*|demandes?|clients?)\b|"
    r"\bwie (?:gehen|geht) (?:sie|ihr)\b[^.?]{0,80}\bum\b|\bwie handhab\w* (?:sie|ihr)\b|"
    # a question before a booking or a signature ("Before we do: how long do you keep the raw files ...?", "voordat we
    # boeken: hoe lang bewaren jullie ...?", "avant de réserver : combien de temps ...?", "bevor wir buchen: wie lange ...?")
    r"^(?:\w+ ){0,3}(?:before (?:we|i) (?:do|book|sign|commit|decide)|voordat (?:we|wij|ik) (?:boeken|tekenen|beslissen)|"
    r"avant de (?:reserver|signer|nous engager|me decider)|bevor (?:wir|ich) (?:buchen|unterschreiben|zusagen))\b[^?]*\?\s*$|"
    # what would follow if the writer asked ("if I ask you to delete my data, will I lose my gallery?")
    r"^(?:\w+ ){0,2}(?:if|als|indien|wanneer|si|wenn|falls) (?:i|ik|je|j'|ich) (?!(?:may|mag|peux|darf)\b)(?:\w+ ){0,2}"
    r"(?:ask|request|vraag|verzoek|demande|bitte|beantrage|frage|verlange|change my mind|changed my mind|withdraw|revoke|"
    r"me bedenk|bedenk|change d'avis|anders uberleg\w*)\b[^?]*\?\s*$|"
    r"^(?:\w+ ){0,2}(?:if|als|indien|wanneer|si|wenn|falls) (?:i|ik|je|j'|ich) (?:\w+ ){0,2}(?:change my mind|me bedenk|change d'avis|"
    r"es mir anders uberlege)\b[^.?]{0,40}\b(?:later|plus tard|spater)\b[^?]*\?\s*$|"
    # what the writer read or knows they may do ("ik las dat ik mijn gegevens altijd kan laten verwijderen, fijn om te weten")
    r"\b(?:gelezen|las|gezien|weet|wist|read|saw|know|knew|lu|vu|sais|savais|gelesen|gesehen|weiss|wusste)\b (?:\w+ ){0,3}"
    r"(?:dat|that|que|qu'|dass) (?:ik|i|je|j'|ich|men|one|on|man) (?:\w+ ){0,4}(?:kan|kun|mag|can|could|may|peux|pouvais|peut|kann|konnte|darf)\b|"
    # unsubscribe footers ("Abmelden: https://...") and the titles of newsletters ("DSGVO-Update: ...", "GDPR news: ...")
    r"\b(?:cliquez|click|klik|klicken) (?:ici|here|hier)\b|\bhier (?:klicken|abmelden)\b|"
    r"^(?:abmelden|unsubscribe|afmelden|uitschrijven|se desinscrire|desinscription|abbestellen)\s*:?\s*(?:https?:|www\.)|"
    r"^(?:dsgvo|gdpr|avg|rgpd|privacy|datenschutz)[- ]?(?:update|news|newsletter|nieuws|nieuwsbrief|tipps?|tips|webinar|actualites)\s*:|"
    # a company's own notices ("we have updated our privacy policy")
    r"\b(?:we|wij|nous|wir)(?:'ve|'re)? (?:have |hebben |avons |haben |are |zijn |sommes |sind )?(?:\w+ ){0,5}"
    r"(?:updated|updating|bijgewerkt|aangepast|gewijzigd|passen \w+ aan|wijzigen|mis a jour|mettons a jour|modifions|"
    r"aktualisiert|aktualisieren|andern|geandert)\b|"
    r"\b(?:updates?|changes?|wijziging\w*|aanpassing\w*|mise a jour|modifications?|anderung\w*|aktualisierung\w*) "
    r"(?:to|of|in|van|aan|in|de|des|du|a|unserer|unseres|der|des) (?:our|onze|ons|notre|nos|unsere\w*|la|les)\b|"
    # the studio's own policy quoted back
    r"\b(?:your|uw|jullie|votre|vos|ihre|ihrer)\b (?:\w+ )?(?:privacy ?(?:policy|statement|notice|verklaring|beleid)|"
    r"privacyverklaring|privacybeleid|politique de (?:confidentialite|vie privee|protection)|"
    r"datenschutz(?:erklarung|hinweise|richtlinie)|terms|voorwaarden|conditions generales|agb)\b[^.]{0,80}"
    r"\b(?:state|states|stated|says|said|promise\w*|staat|stond|vermeld\w*|belooft|beloofd|zegt|indique\w*|"
    r"mentionne\w*|precise\w*|promet\w*|stipule\w*|heisst|steht|versprech\w*|angegeben)\b|"
    r"\b(?:according to|volgens|selon|d'apres|laut|gemass)\b (?:your|uw|jullie|votre|vos|ihre|ihrer)\b (?:\w+ )?"
    r"(?:privacy|privacyverklaring|privacybeleid|politique|datenschutz\w*|website|site)\b|"
    # footers of mailings: "Unsubscribe | Company", "Pour ne plus recevoir nos offres, repondez STOP"
    r"\b(?:unsubscribe|afmelden|uitschrijven|desinscription|se desabonner|desabonner|abmelden|abbestellen)\b\s*\||"
    r"\b(?:pour ne plus recevoir|si vous ne (?:souhaitez|voulez) plus recevoir|to stop receiving|"
    r"if you (?:no longer )?(?:wish|want|would like) to (?:stop receiving|unsubscribe|opt out)|"
    r"om (?:deze |onze )?\w+ (?:niet (?:meer|langer)|geen \w+ meer) te ontvangen|"
    r"(?:wil|wilt) (?:je|u) (?:geen|niet langer|niet meer)\b[^.]{0,30}\bontvangen|"
    r"um (?:keine|unsere) \w+ (?:mehr )?(?:zu )?(?:erhalten|empfangen|bekommen)|wenn sie (?:keine|unsere) \w+ (?:mehr|nicht mehr)|"
    r"(?:repondez|reply|antwoord|antworten sie) (?:avec |with |met |mit )?[\"'\u201e\u201c\u00ab]?\s*(?:stop|abmelden|unsubscribe|"
    r"desinscription|afmelden|uitschrijven))\b|"
    # a list item naming a right ("- het recht om rectificatie of wissing te vragen"): the contents of
    # an access answer, not a request
    r"^(?:[-*\u2022\u2013]|\(?[a-h1-9]\)|\d{1,2}\.)\s*(?:(?:het|the|le|la|das|ein|een|a|un|l')\s*)?"
    r"(?:bestaan van |existence of |existence du |l'existence du |bestehen (?:des|eines) )?(?:recht\w*|right\w*|droit\w*)\b|"
    # disclaimers ("if you are not the intended recipient, please delete this e-mail")
    r"\b(?:not the (?:intended )?(?:recipient|addressee)|received (?:this|it) (?:e-?mail |message )?(?:in error|by mistake)|"
    r"n'etes pas (?:le|la) destinataire|recu (?:ce (?:message|courriel|e-?mail) )?par erreur|niet de (?:beoogde )?(?:geadresseerde|ontvanger)|"
    r"per vergissing|abusievelijk|ten onrechte ontvangen|nicht der (?:richtige |beabsichtigte )?(?:adressat|empfanger)|"
    r"irrtumlich erhalten|falschlicherweise erhalten)\b|"
    # the studio's (or a company's) own answer, quoted without markers
    r"\b(?:we|wij|nous|wir)\b (?:have |hebben |avons |haben )?(?:\w+ ){0,2}(?:received|ontvangen|recu|bien recu|erhalten)\b"
    r"[^.]{0,20}\b(?:your|uw|je|jullie|votre|vos|ihre?n?)\b|"
    r"\b(?:wij|we) hebben (?:uw|je|jullie) [^.]{0,50}\b(?:ontvangen|goed ontvangen)\b|\bwir haben ihre?n? [^.]{0,50}\berhalten\b|"
    # the controller's duties in the third person
    r"\bcontroller (?:must|shall|has to|is (?:obliged|required))\b|"
    r"\bde verwerkingsverantwoordelijke (?:moet|dient|is verplicht)\b|\ble responsable (?:du traitement )?(?:doit|est tenu)\b|"
    r"\bder verantwortliche (?:muss|hat|ist verpflichtet)\b",
)

# Mentions unless the writer also asks in the same sentence ("I read that you keep photos for
# a year; please delete mine" asks; "I heard that you delete files after a year" does not)
_SOFT_MENTION = WordRule(
    # what the studio is said to do already ("I heard that you delete files after a year")
    r"\b(?:begrepen|gehoord|gelezen|vernomen|zie dat|lees|understand|understood|heard|read|learned|learnt|been told|see|"
    r"appris|entendu|lu|lis|compris|comprends|vois|gehort|gelesen|lese|erfahren|verstanden|verstehe|mitbekommen|sehe|begrijp)\b[^.]{0,50}"
    r"\b(?:dat|that|que|qu'|dass)\b[^.]{0,12}\b(?:jullie|u|je|ge|you|your|vous|vos|votre|sie|ihr)\b"
    r"|"
    r"\b(?:retention|bewaar|conservation|aufbewahrungs|losch)\w* ?(?:policy|beleid|termijn|period|periode|politique|"
    r"frist|konzept|regel\w*)\b[^.]{0,60}\b(?:says|states|stated|zegt|staat|stelt|dit|indique|prevoit|sagt|besagt|sieht)\b|"
    # other people's rights (a vendor's pitch, a newsletter): "clients can request deletion of their data"
    r"\b(?:clients|customers|people|persons|individuals|data subjects|users|consumers|visitors|betrokkenen|klanten|"
    r"mensen|personen|gebruikers|consumenten|bezoekers|particulieren|les clients|les personnes|personnes concernees|"
    r"utilisateurs|consommateurs|kunden|betroffene|betroffenen|nutzer|verbraucher|photographers|fotografen|photographes|"
    r"studios|ondernemers|entreprises|unternehmen)\b (?:\w+ ){0,3}(?:can|may|could|have|kunnen|mogen|hebben|peuvent|"
    r"ont|disposent|konnen|durfen|haben|are|zijn|sont|sind)\b|"
    r"\b(?:their|hun|leurs|leur) (?:\w+ )?(?:data|gegevens|donnees|information|informatie|informations|rights|rechten|droits)\b|"
    r"\b(?:clients|customers|klanten)'? (?:\w+ ){0,2}(?:requests|verzoeken|demandes|anfragen)\b|"
    # requests in general ("a single access request can cost you hours", "een verzoek van een klant")
    r"\b(?:a|an|one|een|un|une|ein|eine|elke|every|each|chaque|jede[rs]?)\s+(?:single\s+|enkel\s+|seul\w*\s+|einzige\w*\s+)?"
    r"(?:[\w-]+\s+|\w+-){0,3}(?:request|verzoek|demande|anfrage|antrag)\w*\s+(?:can|could|may|will|kan|kunnen|peut|peuvent|kann|konnen|"
    r"costs?|kost|van een (?:klant|betrokkene)|from a (?:client|customer)|d'un client|eines kunden)\b|"
    r"\b(?:expose\w*|exposed|blootgesteld|ausgesetzt|targets?|doelwit)\b[^.]{0,30}\b(?:requests|demandes|verzoeken|anfragen|complaints|plaintes|klachten|beschwerden)\b|"
    # what the studio writes or says ("vous ecrivez que les galeries sont supprimees apres 12 mois")
    r"\b(?:you|u|je|ge|jullie|vous|sie|ihr)\b (?:\w+ )?(?:write|writes|wrote|say|said|state|mention|told me|told us|schrijft|schrijven|schreef|"
    r"zegt|zeggen|vermeldt|ecrivez|dites|indiquez|mentionnez|precisez|schreiben|schreibt|sagen|erwahnen|"
    r"(?:hatten|haben|hattet|habt) (?:\w+ )?(?:geschrieben|gesagt|erwahnt)|(?:had|have) (?:written|said|mentioned))\b,? (?:\w+ ){0,3}"
    r"(?:that|dat|que|qu'|dass)\b|"
    # the studio's own policy talked about ("auf Ihre Datenschutzerklarung gestossen ... der Loschung nach 12 Monaten")
    r"\b(?:your|uw|jullie|je|votre|vos|ihre?r?n?|eure?r?)\b (?:\w+ )?(?:privacy ?(?:policy|statement|notice|verklaring|beleid)|"
    r"privacyverklaring|privacybeleid|privacyvoorwaarden|politique de (?:confidentialite|vie privee|protection)|"
    r"datenschutz(?:erklarung|hinweise?|richtlinie|bestimmungen)|retention policy|bewaarbeleid)\b|"
    # the writer's own deed ("j'ai meme efface la galerie de mon telephone", "I deleted the app", "we have taken her
    # photo off our own website")
    r"\b(?:i|we)(?:'ve| have| had)? (?:already |even |just |also |now |accidentally |mistakenly |by mistake )?(?:deleted|erased|removed|wiped)\b|"
    r"\bwe(?:'ve| have| had)? (?:already |just |also |now )?taken (?:\w+ ){0,3}(?:off|down)\b|"
    r"\b(?:wij|we) hebben (?:\w+ ){0,6}(?:verwijderd|gewist|afgehaald|weggehaald|offline gehaald)\b|"
    # what the studio told the writer, reported ("Sie haben mir mit Schreiben vom 20. Oktober mitgeteilt, dass die Aufnahmen
    # gelöscht werden", "vous m'avez informée que mes photos seraient supprimées", "you told me that ...", "jullie hebben me
    # laten weten dat ..."); not when the writer goes on against it ("..., aber ...")
    r"(?:\b(?:sie|ihr) (?:haben|hatten|habt|hattet) (?:mir|uns) (?:[\w.-]+ ){0,8}(?:mitgeteilt|geschrieben|gesagt|angekundigt|"
    r"erklart|bestatigt|geantwortet|zugesagt)|\bvous (?:m'|nous )(?:avez|aviez) (?:[\w.-]+ ){0,6}(?:informee?s?|indique|ecrit|dit|"
    r"annonce|repondu|confirme|signale|explique|assuree?s?)|\byou (?:have |had )?(?:told|informed|wrote to|assured|promised) (?:me|us)"
    r"(?: \w+){0,6}|\b(?:jullie|u) (?:hebben|heeft|hadden|had) (?:me|mij|ons) (?:\w+ ){0,6}(?:laten weten|gemeld|geschreven|verteld|"
    r"meegedeeld|bevestigd|beloofd))\b,? (?:\w+ ){0,4}(?:dass|que|qu'|that|dat)\b"
    r"(?![^.]*\b(?:aber|doch|jedoch|trotzdem|but|however|mais|pourtant|maar|toch)\b)|"
    # what the studio's own message said ("Ik kreeg jullie bericht dat de foto's na 12 maanden gewist worden")
    r"\b(?:jullie|uw|your|votre|vos|ihre|eure) (?:\w+ )?(?:bericht|mail|e-?mail|brief|message|courriel|nachricht|schreiben|mitteilung|"
    r"notification|melding)\b (?:(?!alors|bien|parce|terwijl|while|although|obwohl|ook|also)\w+ ){0,2}(?:dat|that|que|qu'|dass|"
    r"saying|stating|telling me|announcing|waarin staat|disant|indiquant)\b|"
    # what the writer may do ("je peux demander la suppression", "I can ask for a copy"), and what the studio's site says
    r"\b(?:i|ik|je|ich) (?:can|may|could|kan|mag|kon|peux|pourrais|kann|darf|konnte) (?:\w+ ){0,3}(?:request|ask|demander|vragen|"
    r"verzoeken|opvragen|verlangen|beantragen|anfordern|exercer|uitoefenen|exercise)\b|"
    r"\b(?:your|uw|jullie|votre|vos|ihre?) (?:web ?)?(?:site|website|webseite|homepage|policy|beleid|politique|faq)\b (?:\w+ )?"
    r"(?:says|states|mentions|zegt|vermeldt|meldt|indique|dit|precise|mentionne|sagt|erwahnt|schreibt)\b|"
    r"\b(?:ik heb|heb ik|ich habe|habe ich) (?:\w+ ){0,3}(?:verwijderd|gewist|weggegooid|geloscht|entfernt|weggeworfen)\b|"
    # what the studio did before, told as history ("last year you deleted my photos at my request, thanks again");
    # not when something is still wrong ("you removed it from Instagram, but it is still on the website")
    r"\byou(?:'ve| have| had)? (?:already |kindly |then |quickly |promptly )?(?:deleted|removed|erased|wiped|took (?:\w+ ){0,4}(?:off|down)|"
    r"taken (?:\w+ ){0,4}(?:off|down)|corrected|updated|fixed|unsubscribed)\b(?![^.]*\b(?:but|still|yet|however|although|except|only)\b)|"
    # the writer's own unsubscribing told ("I accidentally unsubscribed, can you add me back?")
    r"\b(?:i|we)(?:'ve| have)? (?:accidentally |mistakenly |already |just )?(?:unsubscribed|opted out)\b"
    r"(?![^.]*\b(?:but|still|yet|however|keep getting|again)\b)|"
    r"\b(?:thanks?|thank you|bedankt|dank ?je|dank u|merci|danke|(?:vielen|herzlichen|besten) dank)\b,? (?:\w+ )?(?:for|voor|pour|fur|d'avoir|dass) (?:\w+ ){0,3}"
    r"(?:removing|deleting|erasing|taking|correcting|updating|unsubscribing|changing|fixing|verwijderen|wissen|aanpassen|afmelden|"
    r"supprime|efface|retire|corrige|modifie|desinscrit|loschen|geloscht|entfernt|korrigiert|ausgetragen|"
    # the deed named as a noun ("vielen Dank für die schnelle Löschung meiner Daten", "merci pour la suppression de ...")
    r"loschung|entfernung|korrektur|berichtigung|austragung|abmeldung|suppression|rectification|correction|desinscription|"
    r"verwijdering|correctie|removal|deletion|correction)\b"
    r"(?![^.]*\b(?:but|still|yet|however|maar|nog steeds|mais|toujours|aber|noch immer)\b)|"
    r"\bj'ai (?:\w+ ){0,2}(?:efface|supprime|jete)\b|"
    # other people's requests, counted in the plural ("Auskunfts- und Widerspruchsanfragen", "deletion requests")
    r"\b\w*(?:auskunfts|losch|loschungs|widerspruchs|betroffenen)\w*(?:anfragen|antrage)\b|"
    # "Ersuchen" is plural only inside a sentence and not after "mein/ein/dieses" ("Auskunftsersuchen nach Art. 15" as a subject asks)
    r"(?<=\w )(?<!mein )(?<!ein )(?<!dieses )(?<!das )(?<!als )(?<!ihr )\b\w*(?:auskunfts|losch|loschungs|widerspruchs|betroffenen)\w*(?:ersuchen|begehren)\b|"
    r"\b(?:access|deletion|erasure|removal|privacy|subject access|gdpr|data subject) requests\b|"
    r"\b(?:inzage|verwijder|privacy|avg)(?:verzoeken|aanvragen)\b|\bdemandes (?:d'acces|de suppression|d'effacement|rgpd)\b|"
    # templates and tools sold for other people's requests ("Vorlagen fur Widerruf der Einwilligung")
    r"\b(?:templates?|sjablonen|sjabloon|modeles?|vorlagen?|muster(?:briefe)?|checklists?|tools?|software)\b "
    r"(?:for|voor|pour|de|fur|zum|zur)\b"
)

# An obligation on the studio ("you must answer within a month") -------------------------------
_OBLIGATION = re.compile(
    r"\b(?:you|u|jullie|vous|sie)\b (?:are|bent|zijn|etes|sind) (?:\w+ )?(?:obliged|required|bound|obligated|"
    r"verplicht|gehouden|tenus?|obliges?|verpflichtet)\b|"
    r"\byou (?:must|have to|need to|shall|are to)\b|\b(?:u|jullie) (?:moet|moeten|dient|dienen)\b|"
    r"\bvous (?:devez|etes tenu)\b|\bsie (?:mussen|haben)\b[^.]{0,60}\bzu\b|\bi expect\b|\bik verwacht\b|"
    r"\bj'attends\b|\bich erwarte\b"
)
_DEADLINE = re.compile(
    r"\b(?:within|binnen|dans un delai|dans les|innerhalb|without undue delay|onverwijld|sans delai|unverzuglich|"
    r"one month|een maand|1 maand|un mois|einem monat|einen monat|30 days|30 dagen|30 jours|30 tagen|"
    r"termijn|delai|frist|deadline)\b"
)
# A condition about what the studio did with the data ("if you have shared my data ...") ----
_CONDITION_THIRD_PARTY = re.compile(
    r"^(?:\w+ ){0,3}(?:if|where|indien|als|wanneer|mocht(?:en)?|si|falls|wenn|sofern|soweit|should|sollte|sollten|"
    r"au cas ou|dans le cas ou|in case|in the event)\b[^.]{0,80}"
    r"\b(?:third part\w*|derden|derde partij\w*|tiers|dritte\w*|recipients|ontvangers|destinataires|empfanger|"
    r"passed|shared|disclosed|gedeeld|doorgegeven|verstrekt|transmis|communique\w*|partage\w*|weitergegeben|"
    r"ubermittelt|offengelegt)\b"
)
# Clause that starts a threat inside a request sentence: cut from here on --------------------
_THREAT_CLAUSE = re.compile(
    r"(?:(?:[,;] *|\b(?:of|oder|or)\s+)\b(?:anders|sonst)\b(?! (?:noch|nog|else|alles|nichts|etwas|wat|iets|gespeld|geschreven|geschrieben))|"
    r"[,;]? *\b(?:otherwise|failing (?:which|that)|or else|zo niet|zoniet|bij gebreke\w*|sinon|a defaut\w*|"
    r"faute de quoi|andernfalls|ansonsten|widrigenfalls)\b|"
    # rights kept in reserve ("sans préjudice de mes droits d'accès", "without prejudice to my right to object",
    # "unbeschadet meines Widerspruchsrechts", "onverminderd mijn recht op inzage"): cut from there on
    r"[,;(]? *\b(?:sans prejudice|without prejudice|unbeschadet|onverminderd|onverkort)\b).*$"
)
# Writer invokes something: needed before a bare article citation counts as a request ---------
_INVOKE = re.compile(
    r"\b(?:request\w*|ask\w*|invok\w*|exercis\w*|wish|want|would like|hereby|please|"
    r"verzoek\w*|vraag|vragen|verzoeke?n?|wens\w*|wil|willen|graag|gelieve|beroep|doe een|hierbij|"
    r"demande\w*|sollicit\w*|exerce\w*|souhait\w*|voudrais|veuillez|prie|par la presente|"
    r"beantrag\w*|ersuch\w*|bitte\w*|verlang\w*|fordere|mochte|mache\b[^.]{0,40}\bgeltend|hiermit|"
    r"make use|maak\w* (?:ik )?gebruik|fais usage|gebrauch|"
    # objecting is itself an invocation ("tekent verzet aan op grond van artikel 21", "I object under Art. 21")
    r"object|objects|objecting|bezwaar|verzet|m'oppose|oppose|opposition|widerspreche|widerspricht|widerspruch)\b"
)

_ARTICLE_RE = re.compile(
    r"\bart(?:ikel|icle|\.|s?\.?)?\s*(\d{1,2})(?:\s*(?:lid|para(?:graph)?|abs\.?|absatz|\(|,)\s*\d+\)?)?"
    r"(?:\s*(?:\(\w\)|lit\. ?\w|sub \w|onder \w))?"
)
_LAW = re.compile(r"\b(?:avg|gdpr|uavg|rgpd|dsgvo|ds-gvo|bdsg|gvo|verordening|regulation|reglement|verordnung|eu)\b")
ARTICLE_RIGHT = {15: "access", 16: "rectification", 17: "erasure", 18: "restriction",
                 20: "portability", 21: "objection"}


# "I know I have the right to erasure, so please delete my data": what follows "so" may ask
_CONSEQUENCE = re.compile(
    r"[,;:]?\s*\b(?:dus|daarom|so|therefore|hence|thus|and so|donc|alors|c'est pourquoi|par consequent|daher|deshalb|darum|"
    r"deswegen|folglich)\b\s*"
)


_RELATIVE_CLAUSE = re.compile(
    r",\s*(?:dat|die|wat|waarbij|waarop|waarvoor|waarmee|that|which|who|whom|where|for which|on which|que|qu'|qui|dont|lequel|laquelle|"
    r"pour (?:lequel|laquelle|lesquels|lesquelles)|dass|der|das|welche[rsn]?|wobei|worauf|wofur|wozu)\b"
)


def request_part(folded: str) -> str:
    """The part of ``folded`` that may ask for something; ``""`` when it only mentions rights."""
    part = _THREAT_CLAUSE.sub("", folded)
    mention = _MENTION_SENTENCE.search(part)
    if mention:
        then = _CONSEQUENCE.search(part, mention.end())
        if then:
            return request_part(part[then.end():])
        # "... I object to the use of my photos, which you base on your legitimate interest according
        # to your privacy policy": the mention sits in a relative clause; the main clause may ask
        return _before_relative_clause(part, mention.start())
    if _CONDITION_THIRD_PARTY.search(part):
        return ""
    if (_HYPOTHETICAL.search(part) or _DOCUMENT_SAYS.search(part)) and not _first_person_request(part) \
            and not _ASKS_THE_STUDIO.search(part):
        return ""  # "if I sign it and later change my mind, is it possible to have photos removed then?"
    if _MAY_LATER.search(part):
        return ""  # "Please note that I may also object to processing under Article 21": a right kept in reserve
    if (how_long := _HOW_LONG.search(part)) and _VALID_FOR.search(part, how_long.end()) and not _first_person_request(part):
        return ""  # "How long is the consent valid for, is there an end date?": a question about the term, nothing asked
    if (how_long := _HOW_LONG.search(part)) and (before := _BEFORE_IT_HAPPENS.search(part, how_long.end())):
        part = part[:before.start()]  # "how long do you keep the gallery before it's deleted?": the keeping is asked about
    if _NOT_YET.search(part) and not _ASK_NOW.search(_NOT_YET.sub(" ", part)):
        return ""  # "I might ask you to delete my data at some point", "ich überlege, ob ich ... löschen lassen soll"
    if (soft := _SOFT_MENTION.search(part)) and (ask := _ASKS_THE_STUDIO.search(part, soft.end())) \
            and _CLAUSE_BREAK.search(part, soft.end(), ask.start()):
        # "I deleted my account, could you also erase my details?", "ik heb gelezen dat u ... bewaart; kunt u de mijne
        # wissen?": the mention is told in a clause of its own, the studio is asked in the next
        return request_part(part[ask.start():])
    if soft and not _first_person_request(part):
        # "Daarnaast tekent zij bezwaar aan tegen ..., waarvoor u zich in uw privacyverklaring beroept op ...": the
        # policy is named in a relative clause; what the main clause asks for on the data subject's behalf stands
        return _before_relative_clause(part, soft.start())
    if _OBLIGATION.search(part) and _DEADLINE.search(part) and not _first_person_request(part):
        return ""
    return part


# where one clause ends and the next begins: a comma, semicolon, colon or dash, or "but" / "and"
_CLAUSE_BREAK = re.compile(r"[,;:]| - | (?:but|and|so|maar|en|dus|mais|et|donc|aber|und|also) ")


def _before_relative_clause(part: str, mention_start: int) -> str:
    """The main clause before the relative clause a mention sits in, read again; ``""`` when there is none."""
    clauses = list(_RELATIVE_CLAUSE.finditer(part, 0, mention_start))
    clause = clauses[-1] if clauses else None
    return request_part(part[:clause.start()]) if clause and clause.start() >= 25 else ""


# The writer's mood: thinking about it, maybe later, not now. A wish for another time asks nothing yet.
_NOT_YET = re.compile(
    # deliberating
    r"\b(?:i(?:'m| am) (?:\w+ )?(?:considering|thinking (?:about|of)|not sure whether)|i might|i may (?:\w+ ){0,3}(?:later|at some point|"
    r"in the future|one day)|it may be that i|"
    r"ik (?:\w+ )?(?:overweeg|twijfel)|ik denk (?:\w+ )?(?:erover|eraan|er ?over na)|ik zit te denken|"
    r"j'envisage|je (?:\w+ )?reflechis|je (?:\w+ )?me demande si je (?:dois|devrais)|il se peut que je|"
    r"ich (?:\w+ )?(?:uberlege|erwage|spiele mit dem gedanken)|ich denke (?:\w+ )?daruber nach)\b|"
    # undecided yet ("I haven't decided yet whether ...", "je ne sais pas encore", "ik weet het nog niet", "ich weiß noch nicht")
    r"\b(?:i (?:haven't|have not|hadn't|did not|didn't) (?:\w+ )?(?:decided|made up my mind)|i (?:don't|do not) know yet|"
    r"i(?:'m| am) not (?:yet )?sure yet|(?:ik (?:weet|wist)|weet ik|wist ik) (?:het )?(?:\w+ )?nog niet|ik heb (?:\w+ )?nog niet (?:besloten|beslist)|"
    r"je ne (?:le )?sais (?:\w+ )?pas encore|je n'ai pas encore (?:decide|tranche)|"
    r"(?:ich weiss|weiss ich) (?:es )?(?:\w+ )?noch nicht|ich (?:habe|hab) mich (?:\w+ )?noch nicht entschieden)\b|"
    # what the writer may decide later ("ik kan na ontvangst besluiten om correctie te vragen", "I may then decide to ask for
    # erasure", "je pourrai ensuite décider de demander ...", "ich kann danach entscheiden, ob ich ... verlange")
    r"\b(?:ik|i|je|ich|wij|we|nous|wir) (?:\w+ ){0,3}(?:kan|kunnen|zou|may|might|could|can|pourrai\w*|peux|pourr\w*|kann|konnte|"
    r"werde|will) (?:\w+ ){0,4}(?:besluiten|beslissen|decide|decider|entscheiden)\b|"
    # maybe ... later
    r"\b(?:maybe|perhaps|possibly|misschien|mogelijk|eventueel|peut-etre|eventuellement|vielleicht|eventuell)\b[^.?!]{0,60}"
    r"\b(?:later|at some point|someday|one day|in the future|op termijn|ooit|plus tard|un jour|a l'avenir|spater|irgendwann|"
    r"in zukunft)\b|"
    # not now
    r"\b(?:but not (?:now|yet|for now)|not right now|maar (?:nu )?nog niet|mais pas (?:maintenant|encore)|aber (?:jetzt )?noch nicht)\b"
)
# A question about what could be done one day, under a condition: "if I sign it and later change my mind, is it possible
# to have photos removed then?", "et si on signe, est-ce qu'on pourra retirer l'accord plus tard si elle change d'avis ?",
# "als ik later van gedachten verander, kan ik dan ...?", "wenn ich es mir später anders überlege, kann ich ...?"
_CHANGE_OF_MIND = (r"\b(?:chang\w* (?:my|her|his|our|their) minds?|chang\w* d'(?:avis|idee)|van (?:gedachten|mening) verander\w*|"
                   r"(?:me|zich|ons|haar) (?:\w+ )?bedenk\w*|bedenkt|anders uberleg\w*|(?:mir|sich|uns|es) (?:\w+ )?anders uberleg\w*)")
# the condition is the writer's or the pictured person's ("if I sign", "si on signe", "als ik", "wenn sie es sich anders überlegt")
_CONDITION = (r"\b(?:if|when|once|als|wanneer|indien|zodra|si|quand|lorsque|wenn|falls|sobald),? (?:\w+ )?"
              r"(?:i|we|she|he|they|ik|wij|we|ze|zij|hij|je|j'|on|nous|elle|il|ils|elles|ich|wir|sie|er|man)\b")
# the studio asked to do something ("can you ... if I ...?"): an ask, whatever the condition
_ASKS_THE_STUDIO = re.compile(
    r"\b(?:can|could|would|will) you\b|\b(?:kunnen|kunt|kun|wil|wilt|willen) (?:jullie|u|je)\b|\b(?:pouvez|pourriez|voulez|voudriez)-vous\b|"
    r"\b(?:konnen|konnten|wurden|wollen) sie\b"
)
_HYPOTHETICAL = re.compile(
    _CONDITION + r"[^?]{0,120}(?:" + _LATER + "|" + _CHANGE_OF_MIND + r")[^?]{0,160}\?|"
    r"(?:" + _LATER + "|" + _CHANGE_OF_MIND + r")[^?]{0,40}" + _CONDITION + r"[^?]{0,160}\?"
)
# what a document says the writer may do ("dans l'autorisation ..., il est écrit que je peux retirer mon consentement",
# "the release says I can withdraw at any time", "in het contract staat dat ik ... mag", "im Vertrag steht, dass ich ... kann")
_DOCUMENT_SAYS = re.compile(
    r"\b(?:il est (?:ecrit|indique|dit|precise|mentionne)|(?:it|which|that|this|the \w+) (?:says|states|said|stated)|"
    r"(?:er |daarin |hierin )?staat|stond|steht|stand|heisst es)\b,? (?:\w+ ){0,3}(?:que|qu'|that|dat|dass)\b,? "
    r"(?:\w+ ){0,2}(?:je|j'|on|i|we|ik|wij|we|ich|wir|man) (?:\w+ )?(?:peux|peut|pourrai|pourra|pourrais|can|could|may|kan|kunnen|mag|"
    r"mogen|kann|konnen|darf|durfen)\b"
)
# "how long do you keep ... before it's deleted?": a question about the keeping, the deletion only its end
_HOW_LONG = re.compile(r"\b(?:how long|hoe lang|hoelang|combien de temps|pendant combien de temps|wie lange?|until when|tot wanneer|"
                       r"jusqu'a quand|bis wann)\b")
# a right the writer may use, kept in reserve ("I may also object to ...", "ik kan mogelijk later bezwaar maken",
# "je pourrais également m'opposer", "ich kann ggf. auch widersprechen")
_MAY_LATER = re.compile(
    r"\b(?:i|we) (?:may|might) (?:also |still |later |at any time |then |in future |in the future )*(?:object|request|ask|withdraw|"
    r"exercise|lodge|demand|seek)\b|"
    r"\b(?:ik|wij|we) (?:kan|kunnen|mag|mogen) (?:\w+ )?(?:ook |eventueel |mogelijk |later |nog )+(?:bezwaar|verzoeken|vragen|intrekken)\b|"
    r"\b(?:je|nous) (?:pourrais|pourrions|pourrai|pourrons) (?:\w+ )?(?:egalement|aussi|ensuite|plus tard)? ?(?:m'opposer|nous opposer|demander|retirer)\b|"
    r"\b(?:ich|wir) (?:kann|konnte|konnen|konnten) (?:\w+ )?(?:ggf\.? |gegebenenfalls |auch |spater |noch )+(?:widersprechen|verlangen|beantragen|widerrufen)\b"
)
# "how long is the consent valid", "hoe lang blijft die toestemming geldig", "wie lange gilt die Einwilligung",
# "combien de temps l'autorisation est-elle valable": the term of something, asked about
_VALID_FOR = re.compile(r"\b(?:valid|geldig|gelden|geldt|gilt|gultig|valable|valide|last|lasts|duurt|dauert|dure)\b")
_BEFORE_IT_HAPPENS = re.compile(r"\b(?:before|until|till|voordat|voor(?= (?:het|ze|die|dat) )|tot(?= (?:het|ze|die|dat) )|"
                                r"avant (?:que|qu'|d'|de)|jusqu'a ce qu|bevor|ehe|bis (?=sie|es|die|das))")
_ASK_NOW = re.compile(
    r"\b(?:please|pls|plz|graag|gelieve|aub|alstublieft|svp|s'il vous plait|merci de|veuillez|bitte|now|nu|meteen|direct|"
    r"maintenant|tout de suite|jetzt|sofort|right away|asap|immediately|onmiddellijk|immediatement)\b"
)
_FIRST_PERSON_REQUEST = re.compile(
    r"\b(?:i|we) (?!could |can |may |might )(?:\w+ )?(?:request|ask|want|would like|wish|demand|expect you to)\b|\bplease\b|"
    r"\b(?:i'm|i am|we're|we are) (?:\w+ )?(?:asking|requesting)\b|"
    r"\b(?:i'd|we'd) (?:\w+ )?(?:like|love|appreciate)\b|"
    r"\bik (?:\w+ )?(?:verzoek|vraag|wil|wens|verwacht dat)\b|\bgraag\b|\bgelieve\b|"
    r"\b(?:verzoek|vraag|wil|wens) ik\b|\bhierbij\b|\bhereby\b|\bpar la presente\b|\bhiermit\b|"
    r"\bje (?:vous )?(?:demande|souhaite|voudrais|exige|prie)\b|\bveuillez\b|"
    r"\bich (?:\w+ )?(?:bitte|beantrage|verlange|fordere|mochte|ersuche)\b|\bbitte\b"
)


def _first_person_request(folded: str) -> bool:
    return bool(_FIRST_PERSON_REQUEST.search(folded))


def invokes(folded: str) -> bool:
    """The writer invokes or asks for something in ``folded`` ("I hereby request", "verzoek ik u")."""
    return bool(_INVOKE.search(folded))


# A ground of an erasure request cited in passing: Art. 17(1)(b) "withdraws consent", 17(1)(c)
# "objects", "and there is no other legal ground". Such a line gives reasons; it asks for nothing
# but the erasure it supports.
_ERASURE_GROUND = re.compile(
    r"\b(?:art(?:ikel|icle|\.)?\s*)?17\s*,?\s*(?:\(1\)|lid 1|abs\.? ?1|absatz 1|paragraphe 1|para\.? ?1|,? ?§ ?1|1)\s*,?\s*"
    r"(?:\(\w\)|sub \w\b|onder \w\b|lit\.? ?\w\b|(?:point|punt|littera|buchstabe) \w\b|\w\))|"
    r"\b(?:no other legal ground|geen andere (?:rechts)?grond(?:slag)?|aucun autre fondement|pas d'autre fondement|"
    r"keine anderweitige rechtsgrundlage|keine andere rechtsgrundlage|no overriding legitimate grounds|"
    r"geen (?:prevalerende|zwaarwegende|dwingende) gerechtvaardigde gronden|pas de motifs? legitimes? imperieux|"
    r"keine vorrangigen berechtigten grunde|unlawfully processed|onrechtmatig verwerkt|traitees? de maniere illicite|"
    r"unrechtmassig verarbeitet)\b"
)


def erasure_ground(folded: str) -> bool:
    """``folded`` gives a ground of an erasure (Art. 17(1)(a)-(f)) rather than asking for a right."""
    return bool(_ERASURE_GROUND.search(folded))


def article_rights(folded: str, invoked: bool = False) -> dict[str, str]:
    """Rights invoked by article number ("verzoek ... op grond van artikel 15 AVG").

    ``invoked``: the sentence continues an invoking one ("I request: 1. under Art. 15 ...").
    """
    out: dict[str, str] = {}
    if "art" not in folded or not (invoked or _INVOKE.search(folded)):
        return out
    for m in _ARTICLE_RE.finditer(folded):
        right = ARTICLE_RIGHT.get(int(m.group(1)))
        if right and _LAW.search(folded[m.end(): m.end() + 40] + " " + folded[max(0, m.start() - 30): m.start()]):
            out.setdefault(right, m.group(0))
    return out


# The reader's own data or rights ("uw gegevens", "your data", "vos droits", "Ihre Rechte"): a sentence that speaks of
# them, with no word of the writer's own person, informs the reader (a notice, a footer, a newsletter) and asks the
# studio for nothing. German "ihre" is also "her": only the capital "Ihre" inside a sentence counts.
_READERS = {
    "nl": re.compile(r"\b(?:uw|je|jouw|jullie|uwe)\s+(?:persoons)?(?:gegevens|rechten|privacyrechten|data)\b|"
                     r"\b(?:heeft|hebt|heb) (?:u|je|jij|ge|gij) (?:het |een )?recht\b"),
    "en": re.compile(r"\byour\s+(?:personal\s+)?(?:data|information|details|rights|privacy rights)\b|\byou (?:\w+ )?have the rights?\b"),
    "fr": re.compile(r"\b(?:vos|votre)\s+(?:donnees|droits|informations)\b|\b(?:donnees|informations) (?:personnelles )?vous concernant\b|"
                     r"\bvous (?:disposez|beneficiez|avez) (?:\w+ )?(?:d'un|du|des|le) droits?\b"),
    "de": re.compile(r"(?<=\S )\b(?:Ihre[nr]?|Deine[nr]?|Eure[nr]?)\s+(?:personenbezogenen\s+)?(?:Daten|Rechte\w*|Angaben)\b|"
                     r"\b(?:haben|hast|habt) (?:Sie|du|ihr) (?:\w+ )?(?:das|ein) Recht\b|\b(?:Sie haben|du hast|ihr habt) (?:\w+ )?(?:das|ein) Recht\b"),
}
_WRITER = {
    "nl": re.compile(r"\b(?:ik|mij|me|mijn|m'n|mezelf|we|wij)\b"),
    "en": re.compile(r"\b(?:i|me|my|mine|myself|i'm|i'd|i've|we)\b"),
    "fr": re.compile(r"\b(?:je|moi|me|mon|ma|mes)\b|\bj'|\bm'|^nous\b|[^,] nous (?!concernant)"),
    "de": re.compile(r"\b(?:ich|mich|mir|mein\w*|wir)\b"),
}


def addressed_to_reader(text: str, folded: str, language: str) -> bool:
    """The sentence speaks of the reader's data or rights and not of the writer's own person (a privacy notice,
    an auto-reply's footer, a newsletter): no request. ``text`` as written (for the German capital), ``folded``."""
    readers = _READERS.get(language)
    if readers is None:
        return False
    if not readers.search(text if language == "de" else folded):  # (the German pattern is case-sensitive)
        return False
    return not _WRITER[language].search(folded)
