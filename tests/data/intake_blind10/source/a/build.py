#!/usr/bin/env python3
"""Write mails/NNNN.eml + NNNN.json for a studio DSAR-intake test set (stdlib only)."""
import json
import os
import hashlib
from email import policy
from email.message import EmailMessage
from email.headerregistry import Address

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
STUDIO = ("Studio Korrelbeeld", "info@korrelbeeld.nl")
FORM = ("Korrelbeeld website", "noreply@korrelbeeld.nl")

JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 40 + b"\xff\xd9"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00" + b"\x00" * 30
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 20
DATA = {"image/jpeg": JPG, "image/png": PNG, "application/pdf": PDF,
        "image/heic": HEIC, "application/octet-stream": HEIC}

M = []  # mail specs, in order


def mail(**kw):
    M.append(kw)


# ---------------------------------------------------------------- Dutch (NL)
mail(lang="nl", frm=("Sanne Verhoeven", "sanne.verhoeven88@gmail.com"),
     subject="vraagje over mijn gegevens",
     date="Tue, 05 Mar 2024 14:22:10 +0100", received="2024-03-05T14:22:10+01:00",
     body="""Hoi,

Vorig jaar in mei heb ik bij jullie een loveshoot gedaan met mijn vriend. Nu vraag ik me af wat jullie
eigenlijk allemaal van mij hebben opgeslagen? Adres, telefoonnummer, geboortedatum, de foto's zelf,
notities van het intakegesprek... Kun je me een overzicht sturen van wat er bij jullie in de systemen staat?

Alvast bedankt!
Sanne""",
     dsar=True, rights=["access"], name="Sanne Verhoeven", email="sanne.verhoeven88@gmail.com",
     notes="plain everyday access request, no legal words")

mail(lang="nl", frm=("Lotte de Graaf", "lottedegraaf.model@hotmail.com"),
     subject="foto's offline halen aub",
     date="Sat, 16 Mar 2024 23:41:05 +0100", received="2024-03-16T23:41:05+01:00",
     body="""Hee Merel,

Ik zag dat de foto's van de TFP shoot in oktober (die met de rode jas) nog steeds op jullie insta en op de
website staan. Ik zit inmiddels bij een bureau en wil daar echt niet meer op staan. Kun je ze weghalen?
Screenshot hieronder zodat je weet welke ik bedoel.

x Lotte""",
     html="""<div>Hee Merel,</div><div><br></div><div>Ik zag dat de foto's van de TFP shoot in oktober (die met de rode jas)
nog steeds op jullie insta en op de website staan. Ik zit inmiddels bij een bureau en wil daar echt niet meer
op staan. Kun je ze weghalen? Screenshot hieronder zodat je weet welke ik bedoel.</div><div><img src="cid:scr0316@lotte"></div><div><br></div><div>x Lotte</div>""",
     inline=[("Screenshot_20240316-233812_Instagram.png", "image/png", False, "scr0316@lotte")],
     dsar=True, rights=["withdraw_consent"], name="Lotte de Graaf", email="lottedegraaf.model@hotmail.com",
     notes="model wants portfolio/Instagram photos removed; screenshot pasted inline (multipart/related, Content-ID) is not an ID")

mail(lang="nl", frm=("R. Bakker", "rbakker1971@ziggo.nl"),
     subject="STOP!!!",
     date="Mon, 08 Apr 2024 07:03:59 +0200", received="2024-04-08T07:03:59+02:00",
     body="""Dit is nu de vierde keer dat ik die nieuwsbrief van jullie krijg terwijl ik me nooit heb aangemeld.
Ik heb 1 keer pasfoto's laten maken in 2019, dat is alles. Hou op met mailen en gooi al mijn gegevens
weg. Alles. Ik wil nooit meer iets van jullie horen.

Rob Bakker""",
     dsar=True, rights=["erasure", "objection"], name="Rob Bakker", email="rbakker1971@ziggo.nl",
     notes="angry; stop newsletter = objection, delete everything = erasure; display name differs from signature (R. Bakker vs Rob Bakker), signature used")

mail(lang="nl", frm=("Ingrid Mulder-Hoekstra", "i.mulder.hoekstra@kpnmail.nl"),
     subject="Verzoek om inzage ex artikel 15 Algemene verordening gegevensbescherming",
     date="Wed, 10 Apr 2024 09:15:00 +0200", received="2024-04-10T09:15:00+02:00",
     body="""Ingrid Mulder-Hoekstra
Lindenlaan 41
3818 KJ Amersfoort

Aan: Studio Korrelbeeld
T.a.v. de functionaris voor gegevensbescherming / verwerkingsverantwoordelijke

Amersfoort, 10 april 2024

Betreft: verzoek om inzage ex artikel 15 AVG

Geachte heer, mevrouw,

Op grond van artikel 15 van de Algemene verordening gegevensbescherming (AVG) verzoek ik u mij
mede te delen of u persoonsgegevens van mij verwerkt. Indien dat het geval is, verzoek ik u mij een
kopie te verstrekken van deze persoonsgegevens, alsmede informatie over:
- de verwerkingsdoeleinden;
- de betrokken categorieën van persoonsgegevens;
- de ontvangers aan wie de gegevens zijn of worden verstrekt;
- de periode gedurende welke de gegevens worden opgeslagen;
- de bron van de gegevens, indien deze niet bij mij zijn verzameld.

U dient op grond van artikel 12, derde lid, AVG binnen één maand na ontvangst van dit verzoek te
reageren. Ter identificatie stuur ik een kopie van mijn identiteitsbewijs mee, waarop BSN en foto zijn
afgeschermd. Ik wijs u erop dat ik, indien u niet of niet tijdig reageert, het recht heb een klacht in
te dienen bij de Autoriteit Persoonsgegevens (artikel 77 AVG) en mij tot de rechter te wenden.
Ik wijs u tevens op mijn rechten op rectificatie, gegevenswissing en beperking van de verwerking
(artikelen 16 tot en met 18 AVG), waarover ik mij na ontvangst van de inzage zal beraden.

Met vriendelijke groet,

Ingrid Mulder-Hoekstra""",
     atts=[("kopie_ID_Mulder.pdf", "application/pdf", True)],
     dsar=True, rights=["access"], name="Ingrid Mulder-Hoekstra", email="i.mulder.hoekstra@kpnmail.nl",
     notes="generator-style formal letter; mentions arts. 16-18 only as future options, asks only access; ID pdf")

mail(lang="nl", frm=("Yasmina Bakkal", "y.bakkal@outlook.com"),
     subject="naam verkeerd gespeld",
     date="Thu, 18 Apr 2024 12:30:44 +0200", received="2024-04-18T12:30:44+02:00",
     body="""Goedemiddag,

Ik kreeg net de link naar mijn online galerij maar mijn achternaam staat er verkeerd in: Bakal in plaats
van Bakkal (met dubbel k). Op de offerte stond het ook al fout, dus ik vermoed dat het in jullie
klantenbestand verkeerd staat. Willen jullie dat aanpassen?

Oja, en mijn mailadres wordt binnenkort yasmina@bakkal-design.nl, dat mag er ook gelijk in.

Groetjes,
Yasmina Bakkal""",
     dsar=True, rights=["rectification"], name="Yasmina Bakkal", email="y.bakkal@outlook.com",
     notes="rectification of surname + new address in body; yasmina@bakkal-design.nl is NOT the requester address")

mail(lang="nl", frm=("Thijs van Dam | Hoogland Logistiek", "t.vandam@hoogland-logistiek.nl"),
     reply_to=("Thijs van Dam", "thijsvandam@gmail.com"),
     subject="Ons trouwdossier naar andere fotograaf",
     date="Mon, 22 Apr 2024 10:05:12 +0200", received="2024-04-22T10:05:12+02:00",
     body="""Hallo Merel,

Zoals telefonisch besproken kun jij door je blessure de bruiloft in september helaas niet doen.
Wij gaan nu met Fotografie Duinzicht in zee. Zou jij alles wat je van ons hebt (het intakeformulier,
de draaiboekjes, onze adres- en contactgegevens, de lijst met familiefoto's) in een bestandje naar
hen kunnen doorsturen? Dan hoeven we niet alles opnieuw in te vullen. Hun adres is
planning@duinzichtfotografie.nl.

Mail graag terug op mijn privé-adres, dit is mijn werkmail.

Groet,
Thijs van Dam
Teamleider planning | Hoogland Logistiek B.V.""",
     dsar=True, rights=["portability"], name="Thijs van Dam", email="thijsvandam@gmail.com",
     notes="work account with Reply-To (private gmail = requester); transfer to other photographer = portability; third-party address in body is not requester")

mail(lang="nl", frm=("Kim Jansen", "kimjansen_@live.nl"),
     subject="Trouwfoto's NIET verwijderen",
     date="Fri, 26 Apr 2024 21:17:36 +0200", received="2024-04-26T21:17:36+02:00",
     body="""Hoi,

Mijn ex (Dennis) heeft jullie misschien gemaild dat alles van onze bruiloft weg moet. Alsjeblieft niet doen.
Wij zitten midden in de scheiding en mijn advocaat heeft de foto's en de factuur misschien nodig.
Maar gebruik ze ook nergens meer voor he, niet op de site, niet in een album voor andere klanten, gewoon
laten staan en niks mee doen tot dit geregeld is. Ik laat het weten als het klaar is.

Kim""",
     dsar=True, rights=["restriction"], name="Kim Jansen", email="kimjansen_@live.nl",
     notes="do not delete, stop using pending dispute = restriction; 'niet op de site' is part of the restriction, not a separate consent withdrawal")

mail(lang="nl", frm=("Esther Dijkman", "esther.dijkman@gmail.com"),
     subject="RAW bestanden newbornshoot",
     date="Tue, 30 Apr 2024 08:44:02 +0200", received="2024-04-30T08:44:02+02:00",
     body="""Goedemorgen Merel,

Dankjewel voor de prachtige foto's van kleine Mees! We hebben het uitgebreide pakket afgenomen en ik las
in de voorwaarden dat de onbewerkte RAW-bestanden daar bij zitten. Ik zie in de galerij alleen de
bewerkte jpg's. Kun je de RAW's via WeTransfer sturen? Mijn zwager wil er zelf nog wat mee spelen.

Factuur is gisteren betaald.

Liefs,
Esther""",
     dsar=False, rights=[], notes="non-DSAR: client wants RAW files included in her paid package (contractual delivery)")

mail(lang="nl", frm=("Marloes Peeters", "marloes.peeters@xs4all.nl"),
     subject="Re: Jouw online galerij verloopt over 7 dagen",
     date="Thu, 02 May 2024 16:58:20 +0200", received="2024-05-02T16:58:20+02:00",
     body="""Hoi,

Ik kreeg de melding dat de galerij volgende week wordt verwijderd. Ik ben nog niet klaar met uitkiezen voor
het album (we twijfelen tussen 40 en 60 foto's). Kan de galerij een maand langer online blijven? Als dat
geld kost hoor ik het graag. Het wachtwoord werkt trouwens prima.

Groet,
Marloes

Op 2 mei 2024 om 09:00 schreef Studio Korrelbeeld <info@korrelbeeld.nl>:
> Beste Marloes,
> Je online galerij verloopt over 7 dagen. Daarna worden de bestanden van de server verwijderd.
> Download je foto's op tijd!""",
     dsar=False, rights=[], notes="non-DSAR: gallery extension; 'verwijderd' only in quoted studio text")

mail(lang="nl", frm=("Jeroen Smit", "jeroen.smit@brandwerk-adviseurs.nl"),
     subject="Automatisch antwoord: Nieuwe shootdata voorjaar",
     date="Mon, 06 May 2024 09:00:03 +0200", received="2024-05-06T09:00:03+02:00",
     headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Dank voor uw bericht. Ik ben afwezig tot en met 17 mei en heb beperkt toegang tot mijn e-mail.
Uw e-mail wordt niet doorgestuurd. Voor dringende zaken kunt u contact opnemen met
kantoor@brandwerk-adviseurs.nl.

Brandwerk Adviseurs verwerkt persoonsgegevens conform de AVG. Lees onze privacyverklaring op onze website.""",
     dsar=False, rights=[], notes="non-DSAR: out-of-office with AVG footer")

mail(lang="nl", frm=FORM,
     subject="Nieuw bericht via contactformulier",
     date="Wed, 08 May 2024 13:12:47 +0000", received="2024-05-08T13:12:47+00:00",
     body="""Er is een nieuw bericht verstuurd via het contactformulier op korrelbeeld.nl.

Naam: Wouter Hendriks
E-mailadres: w.hendriks@planet.nl
Telefoon: 06-41887265
Onderwerp: Overig

Bericht:
ik krijg elke maand die actiemails met kortingen voor fotoshoots. ik had alleen een keer een cadeaubon
gekocht voor mijn moeder. wil die mails niet meer ontvangen. bedankt

--
Dit bericht is automatisch verzonden.""",
     dsar=True, rights=["objection"], name="Wouter Hendriks", email="w.hendriks@planet.nl",
     notes="contact-form notification, no Reply-To; requester address in form field; stop marketing = objection")

mail(lang="nl", frm=("Fatima el Amrani", "fatima.elamrani@gmail.com"),
     subject="Re: kopie van mijn gegevens",
     date="Tue, 14 May 2024 19:30:00 +0200", received="2024-05-14T19:30:00+02:00",
     body="""Hallo,

Drie weken geleden heb ik onderstaande mail gestuurd en ik heb nog steeds niks gehoord. Ik wil nog steeds
graag weten welke gegevens jullie van mij hebben en een kopie daarvan.

Verder ben ik inmiddels verhuisd. Mijn nieuwe adres is Vondelstraat 8-II, 2513 EW Den Haag. Willen jullie
dat aanpassen, want het oude adres staat nog op alles wat ik van jullie krijg.

Fatima el Amrani

Op 23 apr 2024 om 20:11 schreef Fatima el Amrani <fatima.elamrani@gmail.com>:
> Beste studio,
> Kunnen jullie mij laten weten welke gegevens jullie van mij hebben en mij daar een kopie van sturen?
> Groet, Fatima""",
     dsar=True, rights=["access", "rectification"], name="Fatima el Amrani", email="fatima.elamrani@gmail.com",
     notes="reminder over her own quoted earlier request; access repeated + address change = rectification")

mail(lang="nl", frm=("Annemiek Kuipers", "annemiek.kuipers@home.nl"),
     subject="Gegevens van mijn dochter",
     date="Fri, 17 May 2024 11:11:11 +0200", received="2024-05-17T11:11:11+02:00",
     body="""Geachte studio,

Mijn dochter Fenna Kuipers (14 jaar) heeft in januari bij u meegedaan aan de 'Young Models'
portfolioworkshop. Zij heeft daar zelf een inschrijfformulier ingevuld met haar telefoonnummer,
Instagramaccount en geboortedatum, zonder dat wij daarvan wisten.

Als haar moeder en wettelijk vertegenwoordiger verzoek ik u om alle gegevens van Fenna te verwijderen,
inclusief de foto's die tijdens de workshop zijn gemaakt. Graag een bevestiging wanneer dit is gebeurd.

Met vriendelijke groet,
Annemiek Kuipers""",
     dsar=True, rights=["erasure"], name="Fenna Kuipers", email="annemiek.kuipers@home.nl",
     notes="parent acting for a 14-year-old; data subject = Fenna Kuipers (name), only address given is the mother's From")

mail(lang="nl", frm=("Administratie Bloemenhuis Verbeek", "administratie@bloemenhuisverbeek.nl"),
     subject="Factuur 2024-0117 dubbel ontvangen",
     date="Tue, 21 May 2024 15:47:29 +0200", received="2024-05-21T15:47:29+02:00",
     body="""Goedemiddag,

Wij hebben factuur 2024-0117 (productfoto's voorjaarscollectie) twee keer ontvangen, een keer per post en een
keer per mail met een ander bedrag (EUR 485,00 en EUR 458,00). Kunt u de verkeerde verwijderen en een
creditnota sturen? Het juiste bedrag volgens de offerte is EUR 458,00.

Met vriendelijke groet,
Debora Verbeek
Bloemenhuis Verbeek""",
     dsar=False, rights=[], notes="non-DSAR: 'verwijderen' refers to a duplicate invoice")

mail(lang="nl", frm=("Noor", "noortje.vd.berg@icloud.com"),
     subject="portfolio",
     date="Sun, 26 May 2024 02:14:50 +0200", received="2024-05-26T02:14:50+02:00",
     body="""hoi merel

ik heb er lang over nagedacht maar ik wil niet meer dat mijn boudoir fotos in je portfolio staan, ook niet
op de site onder 'klantverhalen'. ik had daar toen toestemming voor gegeven maar die trek ik nu in.
en eigenlijk wil ik daarna ook dat je alles van mij verwijdert, ook de originele bestanden en mijn
gegevens, ik wil er gewoon vanaf zijn. sorry voor het late mailtje

noor van den berg""",
     dsar=True, rights=["erasure", "withdraw_consent"], name="noor van den berg", email="noortje.vd.berg@icloud.com",
     notes="lowercase, no accents; consent withdrawal for portfolio + full deletion; name written lowercase in signature")

# ---------------------------------------------------------------- Dutch (BE)
mail(lang="nl", frm=("Geert Vermeulen", "geert.vermeulen@telenet.be"),
     subject="Bezwaar tegen verwerking van mijn persoonsgegevens voor direct marketing (art. 21 AVG)",
     date="Mon, 03 Jun 2024 10:20:00 +0200", received="2024-06-03T10:20:00+02:00",
     body="""Geert Vermeulen
Kortrijksesteenweg 212
9000 Gent
België

Aan de verwerkingsverantwoordelijke van Studio Korrelbeeld

Gent, 3 juni 2024

Geachte,

Overeenkomstig artikel 21, leden 2 en 3 van de Algemene Verordening Gegevensbescherming (AVG) teken ik
bezwaar aan tegen de verwerking van mijn persoonsgegevens voor direct-marketingdoeleinden, met inbegrip
van uw nieuwsbrief en gepersonaliseerde aanbiedingen. Na ontvangst van dit bezwaar mogen mijn
persoonsgegevens niet langer voor deze doeleinden worden verwerkt.

Ik verzoek u mij overeenkomstig artikel 12, lid 3 AVG binnen een maand te bevestigen dat aan dit
verzoek gevolg is gegeven. Bij gebrek aan een antwoord behoud ik mij het recht voor een klacht in te
dienen bij de Gegevensbeschermingsautoriteit (Drukpersstraat 35, 1000 Brussel), overeenkomstig
artikel 77 AVG.

Hoogachtend,

Geert Vermeulen""",
     dsar=True, rights=["objection"], name="Geert Vermeulen", email="geert.vermeulen@telenet.be",
     notes="Belgian generator-style formal letter, objection to direct marketing only")

mail(lang="nl", frm=("Els Claes", "els.claes@skynet.be"),
     subject="Aanvraag tot inzage persoonsgegevens",
     date="5 Jun 2024 16:02:38 +0200 (CEST)", received="2024-06-05T16:02:38+02:00",
     body="""Els Claes
Meir 77 bus 3
2000 Antwerpen

Studio Korrelbeeld
t.a.v. de verantwoordelijke voor de verwerking

Betreft: recht op inzage – artikel 15 AVG

Mevrouw, Mijnheer,

Hierbij doe ik een beroep op mijn recht op inzage zoals voorzien in artikel 15 van de Algemene
Verordening Gegevensbescherming. Gelieve mij een volledig overzicht te bezorgen van de persoonsgegevens
die u over mij verwerkt, de doeleinden, de bewaartermijn en de ontvangers, evenals een kopie van die
gegevens.

Ter staving van mijn identiteit voeg ik een kopie van de voor- en achterzijde van mijn elektronische
identiteitskaart toe (rijksregisternummer afgeschermd).

Ik verwacht uw antwoord binnen de wettelijke termijn van één maand (artikel 12.3 AVG). Zo niet, zal ik
mij wenden tot de Gegevensbeschermingsautoriteit (artikel 77 AVG).

Met vriendelijke groeten,
Els Claes""",
     atts=[("eID_voorzijde.jpg", "image/jpeg", True), ("eID_achterzijde.jpg", "image/jpeg", True)],
     dsar=True, rights=["access"], name="Els Claes", email="els.claes@skynet.be",
     notes="Belgian formal access letter; two ID scans (front + back)")

mail(lang="nl", frm=("Jens Maes", "jens.maes@proximus.be"),
     subject="al mijn spullen in 1 bestand?",
     date="Sat, 08 Jun 2024 20:45:13 +0200", received="2024-06-08T20:45:13+02:00",
     body="""Dag Merel,

Ge hebt vorig jaar de headshots voor mijn zaak gedaan en ik heb ook nog een account bij u op het
klantenportaal (afspraken, facturen, mijn profiel met maten en voorkeuren voor de kledij). Ik ga het
portaal niet meer gebruiken. Kunt ge mij al die gegevens uit mijn profiel en de afspraken bezorgen in een
CSV of Excel of zoiets, zodat ik dat zelf in mijn eigen systeem kan steken?

Merci en nog een fijn weekend,
Jens""",
     dsar=True, rights=["portability"], name="Jens Maes", email="jens.maes@proximus.be",
     notes="Flemish 'ge'; machine-readable export of portal profile = portability")

mail(lang="nl", frm=("Mail Delivery System", "MAILER-DAEMON@mx3.telenet-ops.be"),
     subject="Onbestelbaar: Korrelbeeld Nieuws juni – zomeraanbieding portretten",
     date="Tue, 11 Jun 2024 06:00:41 +0200", received="2024-06-11T06:00:41+02:00",
     headers={"Auto-Submitted": "auto-replied"},
     body="""Dit is een automatisch gegenereerd bericht van de mailserver.

Uw bericht kon niet worden afgeleverd bij de volgende ontvanger(s):

    an.de.wilde@telenet.be
    Reden: 550 5.1.1 mailbox bestaat niet / user unknown

--- Oorspronkelijk bericht (eerste regels) ---
Onderwerp: Korrelbeeld Nieuws juni – zomeraanbieding portretten
Wil je deze mails niet meer ontvangen? Schrijf je hier uit. Wij gaan zorgvuldig om met je gegevens,
lees onze privacyverklaring. Je kunt altijd vragen om je gegevens in te zien of te laten verwijderen.""",
     dsar=False, rights=[], notes="non-DSAR: bounce of studio newsletter; privacy/unsubscribe wording is studio text")

mail(lang="nl", frm=("Sofie Wouters", "sofiewouters@hotmail.be"),
     subject="klacht ombudsdienst - niks wissen aub",
     date="Thu, 13 Jun 2024 11:26:07 +0200", received="2024-06-13T11:26:07+02:00",
     body="""Beste,

Ik heb een klacht ingediend bij de Consumentenombudsdienst over de fotoshoot van mijn communiefeest
(de helft van de fotos was onscherp). Ik heb gehoord dat jullie klantgegevens na 6 maand wissen. Gelieve
dat voor mijn dossier NIET te doen, de ombudsdienst heeft de mails, de fotos en de bestelling nodig als
bewijs. Maar ondertussen wil ik wel dat ge er niks meer mee doet, geen reclame, niet in uw portfolio,
gewoon bijhouden tot de klacht is afgehandeld.

Vriendelijke groeten
Sofie Wouters
GSM 0478 21 66 90""",
     dsar=True, rights=["restriction"], name="Sofie Wouters", email="sofiewouters@hotmail.be",
     notes="keep for dispute but stop using = restriction; typos/missing accents (fotos)")

mail(lang="nl", frm=("Hanne Lambrechts", "hanne.lambrechts@gmail.com"),
     subject="Foto's van ons zoontje op Facebook",
     date="Sun, 16 Jun 2024 17:09:55 +0200", received="2024-06-16T17:09:55+02:00",
     body="""Dag,

Wij hebben in maart een gezinsshoot gedaan in het park. Toen hebben we ja gezegd op de vraag of ge
foto's mocht gebruiken voor uw Facebookpagina en website. Nu staat er een foto van ons zoontje Wout
(3 jaar) in een reclame voor uw paasmini's en daar zijn we eerlijk gezegd niet blij mee.
Mijn man en ik trekken die toestemming in, voor Wout en voor ons. Wilt ge de foto's van ons gezin
van Facebook en uw site halen? In de bijlage een schermafbeelding.

Groetjes,
Hanne Lambrechts""",
     atts=[("schermafbeelding facebook.png", "image/png", False)],
     dsar=True, rights=["withdraw_consent"], name="Hanne Lambrechts", email="hanne.lambrechts@gmail.com",
     notes="parent for child + herself; withdraws consent for publication; screenshot not ID")

mail(lang="nl", frm=("Lien (Studio Korrelbeeld)", "lien@korrelbeeld.nl"),
     to=STUDIO, subject="Fwd: fout in de naam op onze galerij",
     date="Tue, 18 Jun 2024 09:41:22 +0200", received="2024-06-18T09:41:22+02:00",
     body="""Merel, deze kwam binnen op mijn adres, kan jij het in het klantensysteem aanpassen? Ik heb de galerij al hernoemd.
Lien

---------- Forwarded message ---------
Van: Bram Van der Beken <bram.vanderbeken@telenet.be>
Date: ma 17 jun 2024 om 22:03
Subject: fout in de naam op onze galerij
To: <lien@korrelbeeld.nl>

Hallo Lien,

In de online galerij van ons huwelijk en op het factuuradres staat 'Bram Vanderbeken' aan elkaar
geschreven. Het is Van der Beken, in drie woorden met hoofdletter V. Ook het adres klopt niet meer, we
wonen nu in de Stationsstraat 14 in Lokeren. Kunt ge dat laten aanpassen in uw gegevens?

Bedankt!
Bram""",
     dsar=True, rights=["rectification"], name="Bram Van der Beken", email="bram.vanderbeken@telenet.be",
     notes="Gmail-style forward with Dutch 'Van:' by studio colleague; requester is the original sender inside")

mail(lang="nl", frm=(None, "tdc.1984@skynet.be"), subject=None,
     date="Fri, 21 Jun 2024 08:02:00 +0200", received="2024-06-21T08:02:00+02:00",
     body="""gelieve mij uit al uw bestanden te schrappen. dank.""",
     dsar=True, rights=["erasure"], name=None, email="tdc.1984@skynet.be",
     notes="one-liner, no subject, bare From without display name, no signature -> name null")

mail(lang="nl", frm=("Ilse Goossens", "ilse.goossens.model@gmail.com"),
     subject="model release TFP shoot zaterdag",
     date="Mon, 24 Jun 2024 13:55:31 +0200", received="2024-06-24T13:55:31+02:00",
     body="""Hey Merel!

Superleuk dat de TFP-shoot zaterdag doorgaat. Ik heb nog een paar vraagjes over het contract:
- moet ik de model release op voorhand tekenen of doen we dat ter plaatse?
- in de release staat dat gij de foto's commercieel mag gebruiken, is dat ook voor stockfoto's?
- mag ik de foto's zelf op mijn insta en in mijn portfolio zetten als ik u tag?

Ik breng twee outfits mee en mijn vriendin doet de make-up.

Tot zaterdag!
Ilse""",
     dsar=False, rights=[], notes="non-DSAR: model release / usage questions before a shoot, consent wording but no request")

mail(lang="nl", frm=("Mr. Pieter-Jan Desmet – Advocatenkantoor Desmet & Peeters", "pj.desmet@desmet-peeters-advocaten.be"),
     subject="Uw klant mevrouw Charlotte Van Damme – verzoek op grond van de AVG",
     date="Wed, 26 Jun 2024 15:30:00 +0200", received="2024-06-26T15:30:00+02:00",
     body="""Geachte,

Ik richt mij tot u als raadsman van mevrouw Charlotte Van Damme, wonende te Mechelen, die in 2023 bij uw
studio een bruidsreportage liet maken. Tussen u en mijn cliënte bestaat momenteel een geschil over de
uitvoering van de overeenkomst.

Namens mijn cliënte verzoek ik u, op grond van artikel 15 AVG, mij binnen de wettelijke termijn een kopie
te bezorgen van alle persoonsgegevens die u van haar verwerkt, met inbegrip van de onderlinge
correspondentie, notities en beeldmateriaal.

Daarnaast verzoek ik u, conform artikel 18.1 c) AVG, de verwerking van deze gegevens te beperken: de
gegevens mogen niet gewist worden, aangezien mijn cliënte ze nodig heeft voor de instelling van een
rechtsvordering, maar mogen hangende het geschil voor geen enkel ander doel worden gebruikt.

Een volmacht van mijn cliënte gaat als bijlage. Ik behoud mij alle rechten voor, inclusief het recht op
klacht bij de Gegevensbeschermingsautoriteit (artikel 77 AVG).

Hoogachtend,

Mr. Pieter-Jan Desmet
Advocaat
Desmet & Peeters Advocaten – Grote Markt 9, 2800 Mechelen""",
     atts=[("Volmacht_Van_Damme.pdf", "application/pdf", False)],
     dsar=True, rights=["access", "restriction"], name="Charlotte Van Damme", email="pj.desmet@desmet-peeters-advocaten.be",
     notes="lawyer for client; data subject name = client; only address is the lawyer's From; power-of-attorney pdf is not an ID")

mail(lang="nl", frm=("AVG Check Vlaanderen", "info@avg-check-vlaanderen.biz"),
     subject="Is uw fotostudio AVG-proof? Boetes tot 20 miljoen!",
     date="Thu, 27 Jun 2024 04:12:09 GMT", received="2024-06-27T04:12:09+00:00",
     body=None,
     html="""<html><body><h2>Beste ondernemer,</h2>
<p>Wist u dat fotografen en videografen bij uitstek persoonsgegevens verwerken? Portretten, klantgegevens,
nieuwsbrieven... Een klant die vraagt om inzage of om zijn gegevens te wissen moet u binnen een maand
antwoorden. Doet u dat niet, dan riskeert u boetes tot 20 miljoen euro.</p>
<p><b>Onze AVG-scan kost slechts &euro; 99 excl. btw.</b> Klik <a href="http://avg-check-vlaanderen.biz/scan">hier</a>
en wij maken uw studio in 48 uur volledig conform.</p>
<p style="font-size:10px">U ontvangt deze mail omdat uw adres publiek beschikbaar is. Uitschrijven? Antwoord met STOP.</p>
</body></html>""",
     dsar=False, rights=[], notes="non-DSAR: HTML-only spam about AVG, inzage/wissen wording")

mail(lang="nl", frm=("Ruben Michiels", "ruben.michiels@telenet.be"),
     subject="Factuur klopt niet",
     date="Mon, 01 Jul 2024 10:10:10 +0200", received="2024-07-01T10:10:10+02:00",
     charset="windows-1252",
     body="""Beste,

Op uw factuur 24/083 staan drie uur extra retouche aangerekend. Daar heb ik nooit toestemming voor gegeven,
we hadden afgesproken dat retouche inbegrepen was in het pakket van € 650. Gelieve een gecorrigeerde
factuur te sturen, anders betaal ik enkel het afgesproken bedrag.

Met vriendelijke groeten,
Ruben Michiels""",
     dsar=False, rights=[], notes="non-DSAR: invoice dispute ('toestemming', 'gecorrigeerde') ; windows-1252 body with euro sign")

mail(lang="nl", frm=FORM, reply_to=("Joke Van Acker", "joke.vanacker@gmail.com"),
     subject="Contactformulier: Gegevens wijzigen",
     date="Wed, 03 Jul 2024 22:48:15 +0200", received="2024-07-03T22:48:15+02:00",
     body="""Nieuwe inzending van het formulier "Contact"

Voornaam: Joke
Achternaam: Van Acker
E-mail: joke.vanacker@gmail.com
Onderwerp: Gegevens wijzigen

Bericht:
Dag, in mijn klantenprofiel staat nog mijn oude mailadres van het werk (joke.vanacker@vanackerbouw.be) en
mijn meisjesnaam. Gelieve dat te vervangen door dit adres (joke.vanacker@gmail.com) en de naam
Joke Van Acker-De Vos. Alvast bedankt.""",
     dsar=True, rights=["rectification"], name="Joke Van Acker", email="joke.vanacker@gmail.com",
     notes="contact form with Reply-To = requester; old work address in body is not the requester; form name is Joke Van Acker (new surname in request not used)")

mail(lang="nl", frm=("Laura Dewaele", "laura.dewaele@outlook.be"),
     subject="overstappen naar andere fotograaf",
     date="Fri, 05 Jul 2024 14:03:27 +0200", received="2024-07-05T14:03:27+02:00",
     body="""Hallo Merel,

Na lang twijfelen ga ik voor de volgende reeks zwangerschapsfoto's en de newbornshoot naar Annelies van
Fotografie Lentekind. Zij vroeg of ge mijn gegevens en de selectie van de vorige shoot (de favorietenlijst
en mijn intakeformulier) rechtstreeks naar haar kunt doorsturen in een bestand dat ze kan inlezen.
Als dat gebeurd is, mag alles bij u weg, mijn klantenprofiel, mijn adres, alles.

Niets persoonlijks hoor, het is gewoon dichter bij huis.

Groetjes
Laura Dewaele""",
     dsar=True, rights=["erasure", "portability"], name="Laura Dewaele", email="laura.dewaele@outlook.be",
     notes="transfer to another photographer = portability, then delete = erasure")

mail(lang="nl", frm=("Koen Jacobs", "koenjacobs@scarlet.be"),
     subject="Re: Hoe was uw fotoshoot? Laat het ons weten!",
     date="Mon, 08 Jul 2024 18:21:40 +0200", received="2024-07-08T18:21:40+02:00",
     body="""Nee bedankt. Ik had al in de winkel gezegd dat ik geen enquêtes of reclame wil. Ik heb er bezwaar tegen dat
ge mijn mailadres en mijn bestelgeschiedenis daarvoor gebruikt. Enkel mailen als mijn bestelling klaar is.

Koen

Op ma 8 jul 2024 om 10:00 schreef Studio Korrelbeeld <info@korrelbeeld.nl>:
> Beste Koen,
> Bedankt voor uw bezoek! Wilt u 2 minuten tijd maken voor onze tevredenheidsenquête?
> U kunt zich altijd uitschrijven of vragen om uw gegevens te laten verwijderen via privacy@korrelbeeld.nl.""",
     dsar=True, rights=["objection"], name="Koen", email="koenjacobs@scarlet.be",
     notes="reply over quoted studio text; objection to surveys/marketing; 'verwijderen' only in quoted text; signature only first name")

# ---------------------------------------------------------------- German
mail(lang="de", frm=("Melanie Krüger", "mela.krueger@gmx.de"),
     subject="Frage wegen meiner Daten",
     date="Tue, 09 Jul 2024 12:12:12 +0200", received="2024-07-09T12:12:12+02:00",
     body="""Hallo,

ich war letzten Sommer bei Ihnen fuer Bewerbungsfotos (in Venlo, waehrend dem Urlaub). Jetzt bekomme ich
ab und zu Post von Ihnen und frage mich, was Sie eigentlich alles ueber mich gespeichert haben? Koennen
Sie mir das mal zusammenstellen und zuschicken?

Danke und Gruesse
Melanie Krüger""",
     dsar=True, rights=["access"], name="Melanie Krüger", email="mela.krueger@gmx.de",
     notes="plain access request, umlauts mostly transcribed (ue/oe), name with ü in signature and display name")

mail(lang="de", frm=("Jana Hoffmann", "jana.hoffmann.fotomodel@web.de"),
     subject="Bilder entfernen + löschen",
     date="Thu, 11 Jul 2024 08:37:50 +0200", received="2024-07-11T08:37:50+02:00",
     body="""Liebe Merel,

ich habe lange überlegt, aber ich möchte nicht mehr, dass die Bilder aus unserem Shooting in Amsterdam
online zu sehen sind – weder auf Ihrer Website noch bei Instagram oder Pinterest. Mein Einverständnis
dafür ziehe ich hiermit zurück. Bitte löschen Sie danach auch sämtliche Aufnahmen und meine Kontaktdaten
aus Ihren Unterlagen.

Viele Grüße
Jana Hoffmann""",
     html="""<p>Liebe Merel,</p><p>ich habe lange überlegt, aber ich möchte nicht mehr, dass die Bilder aus unserem Shooting
in Amsterdam online zu sehen sind &ndash; weder auf Ihrer Website noch bei Instagram oder Pinterest. Mein
Einverständnis dafür ziehe ich hiermit zurück. Bitte löschen Sie danach auch sämtliche Aufnahmen und meine
Kontaktdaten aus Ihren Unterlagen.</p><p>Viele Grüße<br>Jana Hoffmann</p>""",
     dsar=True, rights=["erasure", "withdraw_consent"], name="Jana Hoffmann", email="jana.hoffmann.fotomodel@web.de",
     notes="model; withdraw consent for publication + delete everything")

mail(lang="de", frm=("Dr. Matthias Lehmann", "m.lehmann@posteo.de"),
     subject="Antrag auf Datenübertragung gemäß Art. 20 DSGVO",
     date="Mon, 15 Jul 2024 09:00:00 +0200", received="2024-07-15T09:00:00+02:00",
     body="""Dr. Matthias Lehmann
Brunnenstraße 18
47533 Kleve
Deutschland

An: Studio Korrelbeeld – Verantwortlicher im Sinne des Art. 4 Nr. 7 DSGVO

Kleve, den 15. Juli 2024

Antrag auf Datenübertragbarkeit gemäß Art. 20 DSGVO

Sehr geehrte Damen und Herren,

hiermit mache ich von meinem Recht auf Datenübertragbarkeit gemäß Art. 20 Abs. 1 DSGVO Gebrauch. Bitte
stellen Sie mir die mich betreffenden personenbezogenen Daten, die ich Ihnen bereitgestellt habe
(insbesondere Kundenstammdaten, Buchungs- und Auftragsdaten), in einem strukturierten, gängigen und
maschinenlesbaren Format (z. B. CSV oder JSON) zur Verfügung.

Ich weise darauf hin, dass Sie gemäß Art. 12 Abs. 3 DSGVO verpflichtet sind, unverzüglich, spätestens
jedoch innerhalb eines Monats nach Eingang dieses Antrags, zu reagieren. Meine Rechte aus Art. 15, 16,
17 und 21 DSGVO bleiben hiervon unberührt. Sollte ich innerhalb der genannten Frist keine Antwort
erhalten, behalte ich mir vor, Beschwerde bei der zuständigen Aufsichtsbehörde (Art. 77 DSGVO)
einzulegen.

Mit freundlichen Grüßen

Dr. Matthias Lehmann""",
     dsar=True, rights=["portability"], name="Dr. Matthias Lehmann", email="m.lehmann@posteo.de",
     notes="generator-style formal letter; cites arts 12, 15, 16, 17, 21, 77 but asks only portability")

mail(lang="de", frm=("Stefanie Wagner", "steffi.wagner@t-online.de"),
     subject="Neue Adresse + Telefonnummer",
     date="Wed, 17 Jul 2024 19:44:03 +0200", received="2024-07-17T19:44:03+02:00",
     charset="windows-1252",
     body="""Hallo Frau Visser,

wir sind umgezogen und die Bestätigung für das Familienshooting im August kam noch an die alte Adresse.
Bitte ändern Sie in Ihrer Kundenkartei:

neue Anschrift: Am Mühlenbach 3, 46446 Emmerich am Rhein
neue Handynummer: 0176 55 21 908

Außerdem steht bei Ihnen als Geburtsdatum der 12.03., richtig ist der 21.03. – das ist wohl ein Zahlendreher.

Schöne Grüße
Stefanie Wagner""",
     dsar=True, rights=["rectification"], name="Stefanie Wagner", email="steffi.wagner@t-online.de",
     notes="rectification of address, phone and birth date; windows-1252 body")

mail(lang="de", frm=("Horst Becker", "horst.becker55@gmx.net"),
     subject="Newsletter",
     date="Fri, 19 Jul 2024 06:58:21 +0200", received="2024-07-19T06:58:21+02:00",
     body="""Hören Sie endlich auf, mir Ihren Newsletter zu schicken!!! Ich habe mich NIE angemeldet. Der Abmeldelink
funktioniert nicht, ich habe es dreimal probiert. Wenn das nicht aufhört, melde ich Sie.

H. Becker""",
     dsar=True, rights=["objection"], name="H. Becker", email="horst.becker55@gmx.net",
     notes="angry newsletter objection; signature 'H. Becker' used as written")

mail(lang="de", frm=("Claudia Neumann", "claudia.neumann@neumann-partner-steuer.de"),
     subject="Einschränkung der Verarbeitung meiner Daten (Art. 18 DSGVO)",
     date="Mon, 22 Jul 2024 11:05:44 +0200", received="2024-07-22T11:05:44+02:00",
     body="""Sehr geehrte Frau Visser,

in Ihrer Rechnung und in Ihrem Kundenkonto werde ich als Ansprechpartnerin der Firma Neumann & Partner
geführt, obwohl ich die Fotos privat bestellt und bezahlt habe. Ich bestreite die Richtigkeit dieser
Angaben.

Gemäß Art. 18 Abs. 1 lit. a DSGVO verlange ich, dass Sie die Verarbeitung meiner personenbezogenen Daten
für die Dauer der Überprüfung einschränken. Die Daten sollen nicht gelöscht, aber bis zur Klärung auch
nicht weiter genutzt oder an Dritte (z. B. Ihr Buchhaltungsbüro) weitergegeben werden.

Bitte bestätigen Sie mir den Eingang dieses Schreibens. Die Frist nach Art. 12 Abs. 3 DSGVO beträgt
einen Monat; andernfalls werde ich mich an die Aufsichtsbehörde wenden (Art. 77 DSGVO).

Mit freundlichen Grüßen
Claudia Neumann""",
     dsar=True, rights=["restriction"], name="Claudia Neumann", email="claudia.neumann@neumann-partner-steuer.de",
     notes="formal restriction for duration of accuracy check; she contests accuracy but asks only restriction")

mail(lang="de", frm=("Tobias Schulz", "tobi.schulz@googlemail.com"),
     subject="Download-Link Hochzeitsvideo abgelaufen",
     date="Wed, 24 Jul 2024 21:13:09 +0200", received="2024-07-24T21:13:09+02:00",
     body="""Hallo Merel,

der Link zum Hochzeitsvideo und zu den Fotos ist leider abgelaufen, bevor ich alles heruntergeladen hatte
(die Festplatte war voll, sorry!). Könnten Sie mir die Dateien noch einmal schicken? Gern auch auf USB-Stick
per Post, die Kosten übernehme ich natürlich.

Liebe Grüße
Tobias und Lena""",
     dsar=False, rights=[], notes="non-DSAR: client wants delivered wedding files re-sent (service, not access request)")

mail(lang="de", frm=("Sabine Koch", "sabine.koch@kanzlei-koch-weber.de"),
     subject="Abwesenheitsnotiz: Anfrage Businessfotos",
     date="Fri, 26 Jul 2024 07:30:00 +0200", received="2024-07-26T07:30:00+02:00",
     headers={"Auto-Submitted": "auto-replied"},
     body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 12. August nicht im Büro. Ihre E-Mail wird
nicht weitergeleitet und nach meiner Rückkehr bearbeitet.

Hinweis zum Datenschutz: Informationen zur Verarbeitung Ihrer personenbezogenen Daten und zu Ihren Rechten
auf Auskunft, Berichtigung und Löschung finden Sie unter www.kanzlei-koch-weber.de/datenschutz.""",
     dsar=False, rights=[], notes="non-DSAR: German out-of-office with DSGVO footer")

# 39: forward as attachment (message/rfc822)
mail(lang="de", frm=("Lien (Studio Korrelbeeld)", "lien@korrelbeeld.nl"),
     subject="Fw: Fotos von Instagram entfernen",
     date="Mon, 29 Jul 2024 10:02:17 +0200", received="2024-07-29T10:02:17+02:00",
     body="""Hoi Merel,

zie bijlage, Duitse klant van de shoot op het strand in Zandvoort. Zij wil van onze Insta af. Kun jij dit oppakken?

Lien""",
     inner=dict(frm=("Annika Schröder", "annika.schroeder@gmx.at"), to=("Lien", "lien@korrelbeeld.nl"),
                subject="Fotos von Instagram entfernen", date="Sun, 28 Jul 2024 20:15:33 +0200",
                body="""Hallo Lien,

bei unserem Shooting im Juni habe ich zugestimmt, dass ihr ein paar Bilder auf Instagram zeigen dürft.
Das möchte ich nicht mehr – mein neuer Arbeitgeber hat mich darauf angesprochen. Bitte nehmt alle Posts
und Stories mit mir raus und verwendet die Bilder auch sonst nicht mehr öffentlich.

Danke dir!
Annika Schröder""",
                filename="Fotos von Instagram entfernen.eml"),
     dsar=True, rights=["withdraw_consent"], name="Annika Schröder", email="annika.schroeder@gmx.at",
     notes="forward as attachment (message/rfc822) by studio colleague with Dutch note; request language German; requester inside attached mail")

mail(lang="de", frm=("Patrick Weber | Rheinmetall Logistik Service", "patrick.weber@rml-service.de"),
     reply_to=("Patrick Weber", "p.weber.privat@mailbox.org"),
     subject="Kopie meiner Daten",
     date="Wed, 31 Jul 2024 13:48:00 +0000", received="2024-07-31T13:48:00+00:00",
     body="""Guten Tag,

ich hatte bei Ihnen 2022 und 2023 Portraits machen lassen. Ich möchte bitte wissen, welche Daten Sie über
mich gespeichert haben, und eine Kopie davon bekommen. Am liebsten als CSV- oder JSON-Datei, damit ich
sie selbst weiterverwenden kann.

Bitte antworten Sie an meine private Adresse (Reply-To), dies ist mein Dienstaccount.

Freundliche Grüße
Patrick Weber""",
     dsar=True, rights=["access", "portability"], name="Patrick Weber", email="p.weber.privat@mailbox.org",
     notes="work account with Reply-To private address; access + copy as CSV/JSON = portability")

mail(lang="de", frm=FORM,
     subject="Neue Nachricht über das Kontaktformular",
     date="Fri, 02 Aug 2024 16:26:51 +0200", received="2024-08-02T16:26:51+02:00",
     body="""Sie haben eine neue Nachricht über korrelbeeld.nl/de/kontakt erhalten.

Name: Sebastian Fischer
E-Mail: sebastian.fischer87@web.de
Telefon: +49 2821 448810
Betreff: Daten löschen

Nachricht:
Hallo, ich hatte bei Ihnen ein Gutschein-Shooting gebucht aber nie eingelöst. Bitte löschen Sie mein
Kundenkonto und alle Daten, die Sie von mir haben. Eine kurze Bestätigung wäre nett.

--
Gesendet über das Kontaktformular""",
     dsar=True, rights=["erasure"], name="Sebastian Fischer", email="sebastian.fischer87@web.de",
     notes="German contact-form notification, no Reply-To; requester address from form field")

mail(lang="de", frm=("Katharina Zimmermann", "k.zimmermann@freenet.de"),
     subject="Widerspruch gemäß Art. 21 Abs. 1 DSGVO",
     date="Tue, 06 Aug 2024 10:30:00 +0200", received="2024-08-06T10:30:00+02:00",
     body="""Katharina Zimmermann
Lindenallee 5
41061 Mönchengladbach

Sehr geehrte Damen und Herren,

Sie verwenden Aufnahmen, die im Rahmen eines Firmenevents meines früheren Arbeitgebers im März 2024
entstanden sind und auf denen ich zu sehen bin, in Ihrer Werbebroschüre und auf Ihrer Website. Sie stützen
diese Verarbeitung nach Ihrer Datenschutzerklärung auf Ihr berechtigtes Interesse (Art. 6 Abs. 1 lit. f
DSGVO).

Hiermit lege ich gemäß Art. 21 Abs. 1 DSGVO Widerspruch gegen diese Verarbeitung ein. Gründe, die sich aus
meiner besonderen Situation ergeben: Ich bin in einem laufenden Sorgerechtsverfahren und möchte nicht,
dass mein Aufenthaltsort und mein Umfeld öffentlich nachvollziehbar sind.

Ich erwarte Ihre Stellungnahme innerhalb eines Monats (Art. 12 Abs. 3 DSGVO). Auf mein Beschwerderecht
bei der Aufsichtsbehörde (Art. 77 DSGVO) weise ich vorsorglich hin.

Mit freundlichen Grüßen
Katharina Zimmermann""",
     dsar=True, rights=["objection"], name="Katharina Zimmermann", email="k.zimmermann@freenet.de",
     notes="formal objection against legitimate-interest use (not consent-based) -> objection only")

mail(lang="de", frm=("DSGVO Sofortschutz", "service@dsgvo-sofortschutz.info"),
     subject="=?utf-8?q?Letzte_Warnung=3A_Ihre_Website_verst=C3=B6=C3=9Ft_gegen_die_DSGVO?=",
     date="Thu, 08 Aug 2024 03:17:44 +0300", received="2024-08-08T03:17:44+03:00",
     body="""Sehr geehrter Websitebetreiber,

bei einer automatischen Prüfung wurde festgestellt, dass Ihre Website korrelbeeld.nl Google Fonts ohne
Einwilligung lädt. Abmahnungen wegen Datenschutzverstößen kosten schnell 5.000 EUR und mehr.

Mit unserem Sofortschutz-Paket (nur 149 EUR) erhalten Sie ein rechtssicheres Cookie-Banner, eine
Datenschutzerklärung und Vorlagen für Auskunfts- und Löschanfragen.

Jetzt handeln: http://dsgvo-sofortschutz.info/angebot

Zum Abbestellen antworten Sie mit "Abmelden".""",
     dsar=False, rights=[], notes="non-DSAR: spam about DSGVO; subject given as RFC 2047 encoded word; Turkish-like +0300 offset")

mail(lang="de", frm=("Michael Brenner", "michael.brenner@arcor.de"),
     subject="Sohn Lukas – Name falsch + Bilder nicht mehr verwenden",
     date="Mon, 12 Aug 2024 17:40:12 +0200", received="2024-08-12T17:40:12+02:00",
     body="""Guten Tag,

mein Sohn Lukas Brenner (16) hat im Juni bei Ihrem Jugend-Porträtkurs mitgemacht. Zwei Dinge:

1. In der Teilnehmerliste und in der Online-Galerie steht er als "Lucas Bremer". Bitte korrigieren Sie das.
2. Wir hatten damals unterschrieben, dass Sie seine Bilder im Portfolio zeigen dürfen. Das nehmen wir als
   Familie zurück, Lukas möchte das inzwischen nicht mehr. Bitte entfernen Sie seine Fotos aus dem
   Portfolio und von Social Media.

Mit freundlichen Grüßen
Michael Brenner""",
     atts=[("Lukas_Galerie_Screenshot.jpg", "image/jpeg", False)],
     dsar=True, rights=["rectification", "withdraw_consent"], name="Lukas Brenner", email="michael.brenner@arcor.de",
     notes="parent for 16-year-old; data subject name Lukas Brenner; misspelt 'Lucas Bremer' is the wrong value; screenshot not ID")

mail(lang="de", frm=("Agnieszka Nowak", "aga.nowak1990@wp.pl"),
     subject="meine Fotos",
     date="Thu, 15 Aug 2024 06:05:30 +1000", received="2024-08-15T06:05:30+10:00",
     body="""Guten Abend,

ich will nicht mehr das meine Fotos sind in ihre Portfolio und auf Website. Damals ich habe gesagt ja,
aber jetzt nicht mehr. Bitte rausnehmen. Ich schicke Foto von meine Ausweis damit Sie wissen das ich bin.

Danke
Agnieszka Nowak""",
     atts=[("IMG_4471.HEIC", "image/heic", True)],
     dsar=True, rights=["withdraw_consent"], name="Agnieszka Nowak", email="aga.nowak1990@wp.pl",
     notes="non-native German; withdraw consent for portfolio; HEIC ID photo (not decodable)")

mail(lang="de", frm=("Julia Schmitt", "julia.schmitt@gmx.de"),
     subject="Re: Ihre Anfrage vom 3. Juli",
     date="Fri, 16 Aug 2024 09:12:45 +0200", received="2024-08-16T09:12:45+02:00",
     body="""Vielen Dank für die schnelle Erledigung, das ging ja flott! Und die Bilder vom Shooting sind immer noch
meine Lieblingsbilder. Vielleicht buche ich nächstes Jahr wieder :)

Liebe Grüße
Julia

Am 15.08.2024 um 16:30 schrieb Studio Korrelbeeld <info@korrelbeeld.nl>:
> Liebe Frau Schmitt,
> wie gewünscht haben wir Ihre Daten aus unserem Newsletter-Verteiler gelöscht. Eine Auskunft über die
> noch gespeicherten Rechnungsdaten finden Sie im Anhang unserer letzten E-Mail.
> Mit freundlichen Grüßen, Merel Visser""",
     dsar=False, rights=[], notes="non-DSAR: thank-you reply; deletion/access wording only in quoted studio text")

mail(lang="de", frm=("Nina Schwarz", "nina.schwarz@posteo.de"),
     subject="Wechsel zu anderer Fotografin",
     date="Montag, 19. August 2024, 14 Uhr", received=None,
     body="""Hallo Merel,

ich wechsle für unsere Hochzeit nächstes Jahr zu einer Fotografin in der Nähe von Köln (Atelier Weitblick).
Könnten Sie bitte die Daten, die ich Ihnen gegeben habe – Vertrag, Fragebogen zum Ablauf, Kontaktliste
der Trauzeugen, meine Bildauswahl – direkt an sie übertragen? Ein Export als Datei reicht ihr, die
Adresse ist kontakt@atelier-weitblick.de.

Danke und viele Grüße
Nina Schwarz""",
     dsar=True, rights=["portability"], name="Nina Schwarz", email="nina.schwarz@posteo.de",
     notes="Date header is free text -> received null; transfer to another photographer = portability; third-party address in body")

mail(lang="de", frm=("Frank Meyer", "frank.meyer@t-online.de"),
     subject="Zum DRITTEN Mal",
     date="Tue, 20 Aug 2024 08:05:00 -0400", received="2024-08-20T08:05:00-04:00",
     body="""Ich schreibe Ihnen jetzt zum dritten Mal (zuletzt am 2. August). Ich widerspreche der Nutzung meiner Daten
für Ihre Werbung, Gewinnspiele und diesen Newsletter. Sofort.

Und bevor Sie jetzt einfach alles löschen: das will ich ausdrücklich NICHT. Ich habe eine Beschwerde bei
der Datenschutzbehörde eingereicht und brauche den Nachweis, was Sie über mich gespeichert hatten und
seit wann. Also: nichts löschen, aber auch nichts mehr damit machen, bis die Beschwerde erledigt ist.

Ich bin gerade in New York, antworten Sie trotzdem per Mail.

Frank Meyer""",
     dsar=True, rights=["restriction", "objection"], name="Frank Meyer", email="frank.meyer@t-online.de",
     notes="angry reminder; objection to marketing + keep-but-don't-use = restriction; explicitly NOT erasure; US offset")

mail(lang="de", frm=("Andrea Hartmann", "andrea.hartmann@bluewin.ch"),
     subject="Sperrung meiner Daten",
     date=None, received=None,
     body="""Andrea Hartmann
Seestrasse 44
8800 Thalwil
Schweiz

Sehr geehrte Frau Visser

Gestützt auf Art. 18 Abs. 1 lit. d DSGVO ersuche ich Sie, die Verarbeitung meiner personenbezogenen Daten
einzuschränken, solange nicht feststeht, ob Ihre berechtigten Gründe gegenüber meinem Widerspruch vom
1. August überwiegen. Bis dahin dürfen Sie meine Daten speichern, aber nicht für andere Zwecke verwenden.
Eine Löschung wünsche ich ausdrücklich nicht.

Eine Antwort erwarte ich fristgerecht innerhalb eines Monats (Art. 12 DSGVO). Ich behalte mir eine
Beschwerde beim Eidgenössischen Datenschutzbeauftragten bzw. der zuständigen Aufsichtsbehörde vor.

Freundliche Grüsse
Andrea Hartmann""",
     dsar=True, rights=["restriction"], name="Andrea Hartmann", email="andrea.hartmann@bluewin.ch",
     notes="no Date header -> received null; Swiss spelling (ss); formal restriction pending earlier objection; earlier objection is only referenced, not asked here")

mail(lang="de", frm=("Lisa Braun – Braun Immobilien", "l.braun@braun-immobilien-kleve.de"),
     subject="Anfrage Business-Porträts für unser Team",
     date="Thu, 22 Aug 2024 15:00:09 +0530", received="2024-08-22T15:00:09+05:30",
     body="""Hallo Frau Visser,

wir möchten für unser Team (8 Personen) neue Business-Porträts für die Website. Bevor wir buchen, zwei
Fragen aus unserer Datenschutzabteilung:

- Wie lange speichern Sie die Rohdaten und Porträts nach Abschluss des Auftrags?
- Können Sie einen Auftragsverarbeitungsvertrag (AVV) unterschreiben? Wir brauchen das für die DSGVO.

Termine im Oktober wären ideal. Ich bin gerade auf Dienstreise in Bangalore, daher die späte Uhrzeit.

Viele Grüße
Lisa Braun""",
     dsar=False, rights=[], notes="non-DSAR: booking enquiry with DSGVO/retention questions; India offset")


# ---------------------------------------------------------------- writer
def addr(t):
    name, a = t
    if name is None:
        return a
    local, dom = a.split("@", 1)
    return str(Address(display_name=name, username=local, domain=dom))


def att_data(ctype):
    return DATA.get(ctype, b"placeholder")


def build(i, s):
    pol = policy.SMTP if i % 3 == 0 else policy.default
    msg = EmailMessage(policy=policy.default)
    msg["From"] = addr(s["frm"])
    msg["To"] = addr(s.get("to", STUDIO))
    if s.get("reply_to"):
        msg["Reply-To"] = addr(s["reply_to"])
    if s.get("subject") is not None:
        if s["subject"].startswith("=?"):
            msg.set_raw("Subject", s["subject"])
        else:
            msg["Subject"] = s["subject"]
    if s.get("date") is not None:
        msg.set_raw("Date", s["date"])
    dom = s["frm"][1].split("@", 1)[1]
    msg["Message-ID"] = "<%s@%s>" % (hashlib.sha1(("m%d" % i).encode()).hexdigest()[:20], dom)
    for k, v in s.get("headers", {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    cs = s.get("charset", "utf-8")
    if s.get("body") is None:
        msg.set_content(s["html"], subtype="html", charset=cs)
    else:
        msg.set_content(s["body"] + "\n", charset=cs)
        if s.get("html"):
            msg.add_alternative(s["html"], subtype="html", charset=cs)
    atts = []
    for fn, ct, is_id, cid in s.get("inline", []):
        mt, st = ct.split("/")
        html_part = msg.get_body(("html",))
        html_part.add_related(att_data(ct), maintype=mt, subtype=st, cid="<%s>" % cid,
                              filename=fn, disposition="inline")
        atts.append({"filename": fn, "content_type": ct, "is_id_document": is_id})
    for fn, ct, is_id in s.get("atts", []):
        mt, st = ct.split("/")
        msg.add_attachment(att_data(ct), maintype=mt, subtype=st, filename=fn)
        atts.append({"filename": fn, "content_type": ct, "is_id_document": is_id})
    inner = s.get("inner")
    if inner:
        im = EmailMessage(policy=policy.default)
        im["From"] = addr(inner["frm"])
        im["To"] = addr(inner["to"])
        im["Subject"] = inner["subject"]
        im.set_raw("Date", inner["date"])
        im["Message-ID"] = "<%s@%s>" % (hashlib.sha1(("inner%d" % i).encode()).hexdigest()[:20],
                                        inner["frm"][1].split("@")[1])
        im.set_content(inner["body"] + "\n")
        msg.add_attachment(im, filename=inner["filename"])
        atts.append({"filename": inner["filename"], "content_type": "message/rfc822", "is_id_document": False})
    raw = msg.as_bytes(policy=pol)
    meta = {
        "file": "%04d.eml" % i,
        "is_dsar": s["dsar"],
        "rights": s["rights"],
        "language": s["lang"],
        "requester_name": s.get("name") if s["dsar"] else None,
        "requester_email": s.get("email") if s["dsar"] else None,
        "received": s["received"],
        "attachments": atts,
        "notes": s["notes"],
    }
    return raw, meta


ORDER = ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent"]


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith((".eml", ".json")):
            os.remove(os.path.join(OUT, f))
    for i, s in enumerate(M, 1):
        assert s["rights"] == sorted(s["rights"], key=ORDER.index), i
        assert len(s["rights"]) <= 2 and bool(s["rights"]) == s["dsar"], i
        raw, meta = build(i, s)
        with open(os.path.join(OUT, "%04d.eml" % i), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, "%04d.json" % i), "w", encoding="utf-8") as fh:
            json.dump(meta, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d mails to %s" % (len(M), OUT))


if __name__ == "__main__":
    main()
