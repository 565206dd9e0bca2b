#!/usr/bin/env python3
"""Build 50 hand-written Dutch (NL + Flemish) test mails for a photo studio DSAR intake.
Python 3.11 stdlib only. Writes mails/NNNN.eml + mails/NNNN.json."""
import json, os, glob
from email.message import EmailMessage
from email.utils import parsedate_to_datetime, formataddr, make_msgid
from email import policy

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mails")
NL_TO = ("Studio Zilverzout", "info@studiozilverzout.nl")
BE_TO = ("Fotostudio Korrel", "hallo@fotostudiokorrel.be")

JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00placeholder\xff\xd9"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDRplaceholder"
PDF = b"%PDF-1.4\n% placeholder\n%%EOF\n"
HEIC = b"\x00\x00\x00\x18ftypheic\x00placeholder"

def A(fn, ct, is_id, data, inline_cid=None):
    return dict(filename=fn, content_type=ct, is_id_document=is_id, data=data, cid=inline_cid)

M = []
def mail(region, frm, date, subject, body, rights=(), name=None, email=None, *, dsar=None,
         reply_to=None, to=None, html=None, html_only=False, atts=(), fwd=None, notes="",
         headers=(), charset="utf-8"):
    M.append(dict(region=region, frm=frm, date=date, subject=subject, body=body, rights=list(rights),
                  name=name, email=email, dsar=bool(rights) if dsar is None else dsar,
                  reply_to=reply_to, to=to or (NL_TO if region == "NL" else BE_TO), html=html,
                  html_only=html_only, atts=list(atts), fwd=fwd, notes=notes, headers=list(headers),
                  charset=charset))

# ---------------------------------------------------------------- 1
mail("NL", ("Marloes Hendriks", "marloes.hendriks84@gmail.com"), "Tue, 14 Jan 2025 09:12:44 +0100",
 "vraagje",
 """Hoi Annelies,

Vorig jaar heb ik bij jou een zwangerschapsshoot gedaan. Ik ben benieuwd wat jullie
eigenlijk allemaal van mij bewaard hebben, adres, telefoonnummer, dat soort dingen.
Kun je me een overzicht sturen?

Groetjes,
Marloes
""", ["access"], "Marloes Hendriks", "marloes.hendriks84@gmail.com", notes="plain everyday access request, no legal words")

# ---------------------------------------------------------------- 2
mail("BE", ("jens", "jensvdb2003@telenet.be"), "Sat, 18 Jan 2025 23:47:10 +0100",
 "gegevens",
 """hey

ik was vorige zomer op da fotofeestje van mijn nicht en ik heb precies nog altijd mails van jullie
ontvangen en ik wil eigenlijk gewoon da ge alles van mij wist, naam email gsm nummer alles
ik heb nooit iets gekocht dus snap nie waarom ge da nog hebt

jens van den bossche
""", ["erasure"], "jens van den bossche", "jensvdb2003@telenet.be",
 notes="sloppy Flemish, no capitals, name lower-case in signature; display name only first name")

# ---------------------------------------------------------------- 3
mail("NL", ("Sanne de Vries", "sannedevries.model@outlook.com"), "Mon, 03 Feb 2025 14:05:00 +0100",
 "HAAL MIJN FOTO'S VAN INSTAGRAM",
 """Ik heb je al twee keer via DM gevraagd om die foto's van de lingerie-shoot van je Instagram te halen
en je reageert gewoon niet. Ik wil niet meer dat die foto's online staan, punt. Ook niet op je website
onder 'portfolio'. Ik geef daar geen toestemming meer voor.

Als het er vrijdag nog staat ga ik verdere stappen ondernemen.

Sanne
""", ["withdraw_consent"], "Sanne de Vries", "sannedevries.model@outlook.com",
 notes="angry model; withdraw consent for Instagram + portfolio, no deletion of data asked")

# ---------------------------------------------------------------- 4
mail("BE", ("Griet Van Acker", "griet.vanacker@skynet.be"), "Wed, 5 Feb 2025 07:31:19 +0100 (CET)",
 "nieuwsbrief",
 """Goeiemorgen,
Zou u mij van de nieuwsbrief willen afhalen aub? Die afmeldlink onderaan werkt niet.
Dank u.
Griet Van Acker
""", ["objection"], "Griet Van Acker", "griet.vanacker@skynet.be", notes="stop newsletter -> objection; date with (CET) comment")

# ---------------------------------------------------------------- 5
mail("NL", ("R. Verhoeven", "r.verhoeven@kpnmail.nl"), "Thu, 13 Feb 2025 11:20:33 +0100",
 "Verzoek om inzage op grond van artikel 15 AVG",
 """Geachte heer/mevrouw,

Hierbij doe ik een beroep op mijn recht op inzage als bedoeld in artikel 15 van de Algemene
Verordening Gegevensbescherming (AVG).

Ik verzoek u mij binnen één maand na ontvangst van dit verzoek (artikel 12 lid 3 AVG) te laten
weten of u persoonsgegevens van mij verwerkt en, zo ja, mij een kopie van deze gegevens te
verstrekken, met daarbij de verwerkingsdoeleinden, de categorieën van ontvangers, de
bewaartermijn en de bron van de gegevens.

Ik wijs u erop dat ik daarnaast rechten heb op rectificatie (artikel 16), wissing (artikel 17),
beperking (artikel 18), overdraagbaarheid (artikel 20) en bezwaar (artikel 21). Van deze rechten
maak ik op dit moment geen gebruik.

Indien u niet binnen de gestelde termijn reageert, behoud ik mij het recht voor een klacht in te
dienen bij de Autoriteit Persoonsgegevens.

Met vriendelijke groet,

Rutger Verhoeven
Lindenlaan 42
3581 KP Utrecht
""", ["access"], "Rutger Verhoeven", "r.verhoeven@kpnmail.nl",
 notes="generator-style formal letter; lists many articles but only asks access; display name initial only, full name in signature")

# ---------------------------------------------------------------- 6
mail("BE", ("Evelien Claeys", "evelien.claeys@hotmail.be"), "Mon, 17 Feb 2025 16:44:02 +0100",
 "Fout in mijn gegevens",
 """Dag Wout,

Ik kreeg vandaag de factuur van onze gezinsshoot maar mijn achternaam staat erop als "Claes" in
plaats van "Claeys", en ons adres is ook niet meer juist: we wonen sinds december in de
Kortrijksesteenweg 118, 9000 Gent. Kan je dat aanpassen in jullie klantenbestand? Stuur
toekomstige mails voortaan ook naar evelien.claeys.werk@gmail.com, dat lees ik vaker.

Merci!
Evelien
""", ["rectification"], "Evelien Claeys", "evelien.claeys@hotmail.be",
 notes="rectification; new address evelien.claeys.werk@gmail.com in body is NOT the requester address")

# ---------------------------------------------------------------- 7
mail("NL", ("Fatima El Amrani", "f.elamrani@ziggo.nl"), "Fri, 21 Feb 2025 20:02:57 +0100",
 "Mijn klantgegevens meenemen",
 """Beste Annelies,

Ik ga verhuizen naar Groningen en stap over naar een fotograaf daar voor de jaarlijkse
familiefoto's. Zou je mijn klantgegevens (contactgegevens, shootgeschiedenis, voorkeuren die je
hebt genoteerd) in een bestand kunnen sturen dat ik aan haar kan doorgeven, liefst een Excel of
CSV? Dan hoeft ze niet alles opnieuw te vragen.

Alvast bedankt voor de fijne jaren!
Fatima El Amrani
""", ["portability"], "Fatima El Amrani", "f.elamrani@ziggo.nl", notes="portability in everyday words (CSV/Excel to another photographer)")

# ---------------------------------------------------------------- 8
mail("BE", ("Meester Koen Desmet", "k.desmet@advocaat-desmet.be"), "Tue, 25 Feb 2025 10:15:00 +0100",
 "Uw ref. onbekend - verzoek tot beperking van de verwerking - dhr. Tom Wuyts",
 """Geachte,

Ik schrijf u namens mijn cliënt, de heer Tom Wuyts, wonende te Mechelen, die op 14 september 2024
een huwelijksreportage bij u liet maken.

Tussen mijn cliënt en zijn ex-echtgenote is thans een procedure hangende waarin de foto's en uw
communicatie met de partijen mogelijk als bewijs zullen dienen. Mijn cliënt verzoekt u op grond van
artikel 18 AVG de verwerking van zijn persoonsgegevens te beperken: u gelieve de bestanden, de
e-mails en de facturen NIET te wissen, maar ze evenmin nog te gebruiken, te publiceren of aan derden
te bezorgen tot de procedure is afgerond.

Een volmacht van mijn cliënt vindt u in bijlage.

Hoogachtend,

Koen Desmet
Advocaat
Frederik de Merodestraat 12, 2800 Mechelen
""", ["restriction"], "Koen Desmet", "k.desmet@advocaat-desmet.be",
 atts=[A("volmacht_Wuyts.pdf", "application/pdf", False, PDF)],
 notes="lawyer acting for client Tom Wuyts; requester fields = the writing lawyer; 'do not delete, dispute' -> restriction; mandate PDF is not an ID")

# ---------------------------------------------------------------- 9
mail("NL", ("Wendy Bakker", "wendybakker1979@hotmail.com"), "Sun, 2 Mar 2025 21:33:08 +0100",
 "Foto's van mijn dochter Lotte",
 """Hallo,

Mijn dochter Lotte (11) heeft in oktober meegedaan aan de kindershoot bij jullie in de studio. Toen
heb ik getekend dat jullie foto's mochten gebruiken. Daar kom ik op terug: ze wordt er op school mee
gepest omdat een klasgenootje haar foto op jullie website heeft gevonden.

Wilt u de foto's van Lotte van de website en Facebook halen, en daarna ook alles wat u van haar
heeft verwijderen? Wij hebben onze eigen afdrukken al.

Met vriendelijke groet,
Wendy Bakker (moeder van Lotte)
""", ["erasure", "withdraw_consent"], "Wendy Bakker", "wendybakker1979@hotmail.com",
 notes="parent for child; both withdraw consent (website/Facebook) and delete everything; requester = writing parent")

# ---------------------------------------------------------------- 10
mail("BE", ("Fotostudio Korrel website", "noreply@fotostudiokorrel.be"), "Thu, 06 Mar 2025 13:02:41 +0000",
 "Nieuw bericht via contactformulier",
 """Er is een nieuw bericht verzonden via het contactformulier op fotostudiokorrel.be

Naam: Lieselot Maes
E-mailadres: lieselot.maes@proximus.be
Telefoon: 0476 12 34 56
Onderwerp: Andere vraag

Bericht:
Goeiedag, ik had graag geweten welke gegevens jullie over mij bijhouden sinds de communiefoto's van
mijn zoon in 2022. Kunnen jullie mij daar een kopie van bezorgen?
Groeten, Lieselot

--
Deze e-mail werd verzonden vanaf een contactformulier op Fotostudio Korrel (https://fotostudiokorrel.be)
""", ["access"], "Lieselot Maes", "lieselot.maes@proximus.be",
 notes="contact-form notification without Reply-To; requester email from body field; date +0000")

# ---------------------------------------------------------------- 11
mail("NL", ("Studio Zilverzout", "noreply@studiozilverzout.nl"), "Mon, 10 Mar 2025 08:55:12 +0100",
 "[Contactformulier] Bericht van Daan Schouten",
 """Naam: Daan Schouten
E-mail: daan.schouten@planet.nl
Waar gaat je vraag over?: Overig

Bericht:
hallo, ik heb ooit een offerte opgevraagd voor bedrijfsfoto's maar we hebben voor iemand anders
gekozen. Graag mijn gegevens uit jullie systeem verwijderen. thx
""", ["erasure"], "Daan Schouten", "daan.schouten@planet.nl", reply_to=("Daan Schouten", "daan.schouten@planet.nl"),
 notes="contact-form notification WITH Reply-To set to requester")

# ---------------------------------------------------------------- 12
mail("BE", ("Wout Peeters", "wout@fotostudiokorrel.be"), "Wed, 12 Mar 2025 17:40:09 +0100",
 "Fwd: sms'jes",
 """Ter info, kan jij dit bekijken? Zit in de Whatsapp-lijst denk ik.
W.

---------- Forwarded message ---------
Van: Bart Goossens <bart.goossens71@gmail.com>
Date: wo 12 mrt 2025 om 16:58
Subject: sms'jes
To: <hallo@fotostudiokorrel.be>


Beste,

Ik krijg elke maand sms'jes en Whatsapp-berichten met promoties voor mini-shoots. Ik wil die niet
meer ontvangen. Gelieve mijn nummer niet meer te gebruiken voor reclame.

Bart Goossens
""", ["objection"], "Bart Goossens", "bart.goossens71@gmail.com",
 notes="Gmail-style forward by studio owner with Dutch 'Van:'; requester inside; stop direct marketing -> objection")

# ---------------------------------------------------------------- 13
mail("NL", ("Jeroen Mulder | Mulder Installatietechniek", "j.mulder@mulder-installatietechniek.nl"),
 "Tue, 18 Mar 2025 12:10:30 +0100",
 "Foto's teambuilding - even pauzeren a.u.b.",
 """Hoi,

Ik stuur dit even vanaf mijn werk, antwoord graag naar mijn privéadres.

Over de portretfoto's die je vorig jaar van mij maakte: ik ben het niet eens met hoe jullie mijn
gegevens in jullie klantsysteem hebben staan (er staat een oud adres en een verkeerde
geboortedatum, zegt jullie assistent). Zolang dat niet is uitgezocht wil ik dat jullie niets met
mijn gegevens doen, dus ook geen mailings of verjaardagskortingen. Niet verwijderen, gewoon even
op slot.

Groet,
Jeroen Mulder
""", ["restriction"], "Jeroen Mulder", "jeroen.mulder@xs4all.nl",
 reply_to=("Jeroen Mulder", "jeroen.mulder@xs4all.nl"),
 notes="work account with different Reply-To (private) -> requester_email = Reply-To; contests accuracy but only asks to restrict")

# ---------------------------------------------------------------- 14
mail("BE", ("Nathalie Dumont", "nathalie.dumont@scarlet.be"), "Mon, 24 Mar 2025 19:22:47 +0100",
 "RE: mijn gegevens - TWEEDE HERINNERING",
 """Dit is nu al de tweede keer dat ik hierover mail. Ik heb nog altijd niets ontvangen. Een maand is
voorbij. Ik wil gewoon weten wat jullie allemaal van mij hebben!!

Nathalie

Op 20 feb. 2025 om 10:14 schreef Nathalie Dumont <nathalie.dumont@scarlet.be>:
> Dag,
> Kunnen jullie mij laten weten welke persoonsgegevens jullie van mij bewaren sinds de
> bedrijfsshoot bij Dumont & Co? Ook de foto's waar ik op sta graag.
> Vriendelijke groet,
> Nathalie Dumont
""", ["access"], "Nathalie Dumont", "nathalie.dumont@scarlet.be",
 notes="reminder over own quoted earlier request; still access")

# ---------------------------------------------------------------- 15
mail("NL", ("mr. E.J. (Esther) van Dijk", "vandijk@vandijk-privacyrecht.nl"), "Thu, 27 Mar 2025 15:48:00 +0100",
 "Inzage- en beperkingsverzoek namens mevrouw I. Kramer",
 """Geachte mevrouw Brink,

Namens mijn cliënte, mevrouw Iris Kramer, verzoek ik u:

1. op grond van artikel 15 AVG een volledig overzicht en een kopie te verstrekken van alle
   persoonsgegevens die u van haar verwerkt, inclusief beeldmateriaal, e-mails en notities; en
2. op grond van artikel 18 AVG het gebruik van dat beeldmateriaal per direct op te schorten
   (niet verwijderen) totdat wij uw antwoord hebben beoordeeld.

Ik verzoek u binnen de wettelijke termijn van één maand te reageren. Cliënte behoudt zich het
recht voor een klacht in te dienen bij de Autoriteit Persoonsgegevens.

Met vriendelijke groet,

mr. Esther van Dijk
Van Dijk Privacyrecht
Herengracht 310, 1016 CE Amsterdam
""", ["access", "restriction"], "Esther van Dijk", "vandijk@vandijk-privacyrecht.nl",
 notes="lawyer for client Iris Kramer; two rights; requester fields = writing lawyer")

# ---------------------------------------------------------------- 16
mail("BE", ("Pieter Vermeiren", "pieter.vermeiren@telenet.be"), "Tue, 01 Apr 2025 09:03:26 +0200",
 "Verzoek tot gegevenswissing (art. 17 AVG)",
 """Geachte heer, mevrouw,

Overeenkomstig artikel 17 van de Algemene Verordening Gegevensbescherming (AVG) verzoek ik u alle
persoonsgegevens die u over mij verwerkt onverwijld te wissen.

Ter informatie: de AVG kent mij ook een recht op inzage (art. 15), rectificatie (art. 16) en
bezwaar (art. 21) toe. Dit verzoek betreft uitsluitend de wissing.

U dient mij binnen één maand te informeren over het gevolg dat aan mijn verzoek is gegeven
(art. 12.3 AVG). Bij gebreke daarvan zal ik klacht neerleggen bij de Gegevensbeschermingsautoriteit.

Met de meeste hoogachting,

Pieter Vermeiren
Zavelstraat 7
3000 Leuven
""", ["erasure"], "Pieter Vermeiren", "pieter.vermeiren@telenet.be",
 notes="generator-style letter Flemish; mentions 15/16/21 but asks erasure only; CEST +0200")

# ---------------------------------------------------------------- 17
mail("NL", ("Agnieszka Nowak", "aga.nowak1990@wp.pl"), "Fri, 4 Apr 2025 18:30:00 +0200",
 "geen reclame meer",
 """Goedendag,

Mijn nederlands is niet zo goed, sorry. Ik krijg altijd mail van jullie studio over aanbieding
fotoshoot met moederdag en kerst. Ik wil dat niet meer. Jullie mogen mijn email niet meer gebruik
voor reclame. Wel de foto van mijn baby blijf goed, dat is geen probleem.

Dank u wel
Agnieszka Nowak
""", ["objection"], "Agnieszka Nowak", "aga.nowak1990@wp.pl",
 notes="non-native writer (Polish); objection to marketing; explicitly keeps photos")

# ---------------------------------------------------------------- 18
mail("BE", ("Kevin Lambrechts", "kevin.lambrechts@gmail.com"), "Sat, 05 Apr 2025 11:11:11 +0200",
 "onze trouwfoto's op jullie site",
 """Dag Wout,

Misschien weet je het al, maar Jolien en ik zijn sinds januari uit elkaar. Op jullie website en op
Pinterest staan nog altijd een heleboel foto's van onze trouw (juni 2023), ook die op het strand in
De Haan. Ik vind het echt niet meer oké dat die daar staan. Ik trek mijn toestemming daarvoor in,
en Jolien is daar ook mee akkoord (ze staat in cc).

Mogen jullie voor jullie eigen archief houden, maar niet meer publiek.

Kevin
""", ["withdraw_consent"], "Kevin Lambrechts", "kevin.lambrechts@gmail.com",
 headers=[("Cc", "Jolien Verstraete <jolienverstraete@hotmail.com>")],
 notes="ex-couple; withdraw consent for publication, keep archive (no erasure); Cc of ex-partner is not the requester")

# ---------------------------------------------------------------- 19
mail("NL", ("Ineke Smits-van Leeuwen", "ineke.smits@home.nl"), "Sun, 13 Apr 2025 22:41:05 +0200",
 "Een lang verhaal, sorry",
 """Beste mevrouw Brink,

Ik weet niet goed hoe ik dit moet beginnen. In 2019 heeft u de foto's gemaakt van het 50-jarig
huwelijksfeest van mijn ouders in Zeist. Dat was een prachtige dag en de foto's zijn heel mooi
geworden, daar gaat het niet om. Mijn vader is vorig jaar overleden en mijn moeder woont nu in een
verzorgingshuis. Ik heb toen al haar post en mail overgenomen, en daardoor zag ik dat ook ík al jaren
uw nieuwsbrief krijg, want ik had destijds mijn eigen e-mailadres opgegeven voor de bestelling
van de albums.

Elke keer als die nieuwsbrief binnenkomt met "Leg dit moment vast!" word ik eraan herinnerd. Ik
wil hem dus niet meer ontvangen. En eerlijk gezegd zie ik ook geen reden waarom u mijn gegevens nog
zou hebben: de albums zijn allang betaald. Wilt u mijn naam, adres en e-mailadres dan ook helemaal
uit uw administratie halen?

Neem me niet kwalijk dat het zo'n lang verhaal is geworden. Ik wilde niet dat u zou denken dat ik
ontevreden ben.

Hartelijke groet,
Ineke Smits-van Leeuwen
""", ["erasure", "objection"], "Ineke Smits-van Leeuwen", "ineke.smits@home.nl",
 notes="rambling, polite; newsletter stop (objection) + delete from administration (erasure)")

# ---------------------------------------------------------------- 20
mail("BE", ("Sofie Wouters", "sofie.wouters@outlook.be"), "Tue, 15 Apr 2025 08:07:52 +0200",
 "aanvraag export gegevens + ID",
 """Hallo,

Zoals gevraagd aan de telefoon stuur ik een kopie van mijn identiteitskaart mee (voor- en achterkant).

Ik had graag al mijn gegevens die jullie hebben (klantprofiel, boekingen, de vragenlijst die ik
invulde voor de boudoirshoot) in een machineleesbaar formaat ontvangen, JSON of CSV is goed, zodat
ik dat kan overzetten naar de app van mijn nieuwe fotografe.

Vriendelijke groeten,
Sofie Wouters
""", ["portability"], "Sofie Wouters", "sofie.wouters@outlook.be",
 atts=[A("ID_voorkant_Wouters.jpg", "image/jpeg", True, JPG), A("ID_achterkant_Wouters.jpg", "image/jpeg", True, JPG)],
 notes="portability with ID card front + back JPEG")

# ---------------------------------------------------------------- 21
mail("NL", ("Thijs van der Meer", "thijsvdmeer@gmail.com"), "Wed, 23 Apr 2025 13:13:13 +0000",
 "Overdracht naar Studio Vlint",
 """Hey Annelies,

We hebben besloten om voor de 2e verjaardag van Mees naar Studio Vlint in Amersfoort te gaan
(dichterbij). Zij vroegen of jij onze gegevens rechtstreeks aan hen kunt doorsturen, dus het
klantdossier met onze contactinfo en de eerdere bestellingen. Hun adres is
planning@studiovlint.nl. Kan dat?

Groetjes Thijs
""", ["portability"], "Thijs van der Meer", "thijsvdmeer@gmail.com",
 notes="transfer directly to another photographer -> portability; planning@studiovlint.nl is not the requester")

# ---------------------------------------------------------------- 22
mail("BE", ("Yasmine Benali", "yasmine.benali@gmail.com"), "Thu, 24 Apr 2025 16:20:00 +0200",
 "verkeerde geboortedatum",
 """Dag,

Bij het inloggen in jullie klantenportaal zie ik dat mijn geboortedatum op 12/03/1998 staat, maar dat
moet 21/03/1998 zijn. Ook mijn gsm-nummer is veranderd: 0488 77 66 55. Zie screenshot.
Kan dit rechtgezet worden?

Thx,
Yasmine
""", ["rectification"], "Yasmine Benali", "yasmine.benali@gmail.com",
 atts=[A("Screenshot 2025-04-24 161502.png", "image/png", False, PNG)],
 notes="rectification; portal screenshot (not ID); signature has only first name; full name from display name",
 )

# ---------------------------------------------------------------- 23
mail("NL", ("Lisa Jansen", "lisa_jansen@live.nl"), "Mon, 28 Apr 2025 10:02:19 +0200",
 "Fotos niet gebruiken voorlopig",
 """Hoi Annelies,

Ik zag dat je mijn foto's van de portfolioshoot gebruikt in een advertentie voor je workshops. Volgens
mij hadden we afgesproken dat dat alleen voor je website was, maar ik moet het contract nog even
nakijken. Kun je ze tot we dat uitgezocht hebben niet meer gebruiken? Niet weggooien hoor, ik wil
ze zelf ook nog.

Liefs, Lisa
""", ["restriction"], "Lisa Jansen", "lisa_jansen@live.nl",
 notes="'stop using while we check, do not throw away' -> restriction (not withdraw_consent)")

# ---------------------------------------------------------------- 24
mail("BE", ("Amber Peeters", "amber.peeters.model@gmail.com"), "Fri, 2 May 2025 14:55:40 +0200",
 "Model release / portfolio",
 """Hoi Wout,

Ik heb in 2023 een model release getekend voor de editorial shoot in het bos bij Hasselt (zie foto in
bijlage). Ik ben intussen gestopt met modellenwerk en wil niet meer dat die beelden gebruikt worden,
niet in je portfolio, niet op Instagram en niet voor wedstrijden. Ik trek mijn toestemming in.

Groetjes,
Amber
""", ["withdraw_consent"], "Amber Peeters", "amber.peeters.model@gmail.com",
 atts=[A("editorial_bos_04.jpg", "image/jpeg", False, JPG)],
 notes="model withdraws release; attached portfolio photo is not an ID")

# ---------------------------------------------------------------- 25
mail("NL", ("Mark de Boer", "markdeboer@kpnplanet.nl"), "Tue, 06 May 2025 07:45:00 +0200",
 "Bezwaar tegen gebruik van mijn foto in jullie advertenties",
 """Goedemorgen,

In de Facebook-advertentie van jullie studio van deze week staat de foto van mij en mijn hond. Jullie
beroepen je in je privacyverklaring op 'gerechtvaardigd belang' voor marketing met klantbeelden. Ik
maak daar bezwaar tegen en wil niet dat mijn foto nog voor reclame wordt gebruikt.

Mark de Boer
""", ["objection"], "Mark de Boer", "markdeboer@kpnplanet.nl",
 notes="objection against legitimate-interest marketing use of photo")

# ---------------------------------------------------------------- 26
mail("BE", ("Hanne Jacobs", "hanne.jacobs@ugent-alumni.be"), "Wed, 07 May 2025 21:10:34 +0200",
 "Verzoek gegevensoverdraagbaarheid - artikel 20 AVG",
 """Geachte verwerkingsverantwoordelijke,

Op grond van artikel 20 van Verordening (EU) 2016/679 (AVG) verzoek ik u mij de persoonsgegevens die
ik aan u heb verstrekt, te bezorgen in een gestructureerde, gangbare en machineleesbare vorm.

Ik herinner u eraan dat u overeenkomstig artikel 12, lid 3 AVG binnen één maand moet antwoorden
en dat u mij bij een weigering moet wijzen op de mogelijkheid een klacht in te dienen bij de
Gegevensbeschermingsautoriteit (art. 77 AVG) en beroep in te stellen bij de rechter (art. 79 AVG).

Hoogachtend,
Hanne Jacobs
Sint-Pietersnieuwstraat 88, 9000 Gent
""", ["portability"], "Hanne Jacobs", "hanne.jacobs@ugent-alumni.be",
 notes="formal art. 20 letter")

# ---------------------------------------------------------------- 27
mail("NL", ("Eva Kuipers", "eva.kuipers@gmail.com"), "Fri, 9 May 2025 12:00:00 +0200",
 "Nieuwe achternaam :)",
 """Hoi!

Ik ben in april getrouwd (jullie hebben de foto's nog gemaakt, ze zijn prachtig!!) en ik heet nu Eva
Pronk. Willen jullie mijn naam aanpassen in jullie klantgegevens? Mijn nieuwe mailadres is
eva.pronk@gmail.com, wil je dat ook veranderen?

Liefs,
Eva Kuipers (binnenkort Pronk)
""", ["rectification"], "Eva Kuipers", "eva.kuipers@gmail.com",
 html="""<html><body><p>Hoi!</p><p>Ik ben in april getrouwd (jullie hebben de foto's nog gemaakt, ze zijn prachtig!!) en ik heet nu Eva Pronk. Willen jullie mijn naam aanpassen in jullie klantgegevens? Mijn nieuwe mailadres is <a href="mailto:eva.pronk@gmail.com">eva.pronk@gmail.com</a>, wil je dat ook veranderen?</p><p>Liefs,<br>Eva Kuipers (binnenkort Pronk)</p></body></html>""",
 notes="rectification; new surname and new address inside request are NOT the requester fields; multipart/alternative")

# ---------------------------------------------------------------- 28
mail("BE", ("Dirk Van den Broeck", "dirk.vandenbroeck@pandora.be"), "Mon, 12 May 2025 10:30:00 +0200",
 "Verzoek tot verwijdering persoonsgegevens",
 """Geachte,

Ondergetekende, Dirk Van den Broeck, geboren te Aalst op 3 maart 1961, verzoekt u met toepassing van
artikel 17 AVG alle persoonsgegevens die op hem betrekking hebben te verwijderen, met inbegrip van
de foto's van de bedrijfsshoot van Van den Broeck Bouw bvba.

Ter identificatie voeg ik een foto van mijn identiteitskaart toe (gemaakt met mijn iPhone).

Met vriendelijke groeten,
Dirk Van den Broeck
""", ["erasure"], "Dirk Van den Broeck", "dirk.vandenbroeck@pandora.be",
 atts=[A("IMG_4471.HEIC", "application/octet-stream", True, HEIC)],
 notes="formal erasure; HEIC ID photo declared application/octet-stream")

# ---------------------------------------------------------------- 29
mail("NL", ("Noor Visser", "noorvisser@icloud.com"), "Wed, 14 May 2025 19:47:21 +0200",
 "Re: Je foto's staan klaar!",
 """Hoi Annelies,

Bedankt voor de foto's, ze zijn echt mooi geworden! Maar ik heb er nog eens over nagedacht en ik wil
toch liever niet dat je ze op je Instagram of website zet. Het formulier waar ik "ja" had aangevinkt,
dat wil ik intrekken. Hoop dat dat oké is!

Groetjes Noor

Op 12 mei 2025 om 09:15 schreef Studio Zilverzout <info@studiozilverzout.nl>:
> Hoi Noor,
>
> Je foto's staan klaar in je online galerij! Je kunt ze tot 12 juni downloaden.
> Zoals afgesproken zou ik graag een paar beelden delen op Instagram en in mijn portfolio.
> Wil je liever dat ik je gegevens na afloop verwijder, laat het dan gerust weten.
>
> Liefs, Annelies
""", ["withdraw_consent"], "Noor Visser", "noorvisser@icloud.com",
 notes="reply over quoted studio text; quoted text mentions deletion but only withdraw_consent is asked in new text")

# ---------------------------------------------------------------- 30
mail("BE", ("Bram Willems", "bram.willems@gmail.com"), "Thu, 15 May 2025 06:58:03 -0400",
 "even niks meer mee doen aub",
 """Hallo Wout,

Ik zit voor mijn werk een paar maanden in Boston, vandaar het rare uur. Ik kreeg een melding dat
jullie een "vernieuwd klantenplatform" hebben en dat mijn gegevens daarnaartoe worden overgezet.
Ik weet nog niet of ik daarmee akkoord ga en ik wil het eerst rustig lezen als ik terug ben.
Kunnen jullie tot dan mijn gegevens gewoon laten staan waar ze staan en er niks mee doen? Niet
overzetten, niet gebruiken, ook niet wissen.

Groetjes,
Bram
""", ["restriction"], "Bram Willems", "bram.willems@gmail.com",
 notes="restriction in everyday words; US offset -0400")

# ---------------------------------------------------------------- 31
mail("NL", ("C. Bos", "c.bos@veilig-mail.nl"), "Mon, 19 May 2025 09:00:00 +0200",
 "Bezwaar tegen verwerking voor direct marketing (artikel 21 lid 2 AVG)",
 """Geachte heer/mevrouw,

Hierbij maak ik, overeenkomstig artikel 21, lid 2 en 3, van de Algemene Verordening
Gegevensbescherming, bezwaar tegen de verwerking van mijn persoonsgegevens voor direct marketing,
waaronder uw nieuwsbrief en gepersonaliseerde aanbiedingen.

Ik verzoek u de verwerking voor deze doeleinden onmiddellijk te staken en mij schriftelijk te
bevestigen dat dit is gebeurd. Voor de volledigheid wijs ik u op mijn rechten uit de artikelen 15
tot en met 22 AVG.

Indien ik binnen één maand geen reactie ontvang, zal ik een klacht indienen bij de Autoriteit
Persoonsgegevens.

Hoogachtend,

Corné Bos
""", ["objection"], "Corné Bos", "c.bos@veilig-mail.nl",
 notes="generator letter art. 21(2); name with é only in signature")

# ---------------------------------------------------------------- 32
mail("BE", ("lotte <3", "lottetje.x@hotmail.com"), "Fri, 23 May 2025 00:14:59 +0200",
 "",
 """heyy ik ben lotte van de shoot met de klas van 6de middelbaar (sint-jozef) ma ik wil echt nie da
mijn foto op jullie insta staat ik zie er niet uit. kunde die weghalen pls?? ik ben 17 en ik zeg
nee dus. thx xx
""", ["withdraw_consent"], "lotte", "lottetje.x@hotmail.com",
 notes="teen, sloppy Flemish, empty subject; display name 'lotte <3' and only first name 'lotte' in body -> requester_name 'lotte' (display name contains emoticon)")

# ---------------------------------------------------------------- 33
mail("NL", ("Henk Dekker", "henk.dekker@casema.nl"), "Tue, 27 May 2025 14:36:27 +0200",
 "Inzageverzoek persoonsgegevens",
 "", ["access"], "Henk Dekker", "henk.dekker@casema.nl", html_only=True,
 html="""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri">
<p>Geachte mevrouw Brink,</p>
<p>Op grond van artikel 15 AVG verzoek ik u mij een kopie te verstrekken van alle persoonsgegevens die
Studio Zilverzout over mij verwerkt, inclusief de doeleinden en de bewaartermijnen.</p>
<p>Om mijn identiteit aan te tonen stuur ik een kopie van mijn paspoort mee, waarop ik mijn BSN en
pasfoto heb afgeschermd.</p>
<p>Met vriendelijke groet,<br>H. (Henk) Dekker<br>Molenweg 3<br>2411 AB Bodegraven</p>
</body></html>""",
 atts=[A("kopie_paspoort_HDekker.pdf", "application/pdf", True, PDF)],
 notes="HTML-only formal access request with passport PDF")

# ---------------------------------------------------------------- 34
mail("BE", ("Ruben Declercq", "ruben.declercq@telenet.be"), "Sat, 31 May 2025 15:15:15 +0200",
 "Mijn gegevens in een bestand?",
 """Dag,

Is het mogelijk om alles wat ik jullie ooit zelf heb doorgegeven (mijn gegevens in het klantaccount,
de intakevragenlijst en de lijst met gekozen foto's) in een bestand te krijgen dat ik in een ander
programma kan inladen? Een Excel of iets gelijkaardigs. Ik wil het bijhouden in mijn eigen
administratie.

Groeten,
Ruben Declercq
""", ["portability"], "Ruben Declercq", "ruben.declercq@telenet.be",
 notes="portability in everyday words")

# ---------------------------------------------------------------- 35
mail("NL", ("Jasper Hoekstra", "jasper.hoekstra@protonmail.com"), "Mon, 2 Jun 2025 11:41:00 +0100",
 "naam fout in caption",
 """Hoi, onder je post van 28 mei (het duo-portret op het dak in Rotterdam) staat mijn naam als
"Jesper Hoekstra". Dat is Jasper met een a. Kun je dat corrigeren in de caption en in je
administratie? Groet, Jasper Hoekstra (verstuurd vanuit Londen)
""", ["rectification"], "Jasper Hoekstra", "jasper.hoekstra@protonmail.com",
 notes="rectification of name in caption + admin; UK summer offset written as +0100")

# ---------------------------------------------------------------- 36
mail("BE", ("Marie-Louise Verbeke", "ml.verbeke@skynet.be"), "Wed, 04 Jun 2025 17:28:44 +0200",
 "Vraag over mijn gegevens",
 """Dag mijnheer Peeters,

Ik kreeg een brief van een andere fotograaf die zei dat hij mijn adres van "een collega" had. Ik wil
graag weten welke gegevens u allemaal van mij heeft en aan wie u die eventueel hebt doorgegeven.
En tot ik dat weet, wil ik dat u er niets meer mee doet.

Met vriendelijke groeten,
Marie-Louise Verbeke
""", ["access", "restriction"], "Marie-Louise Verbeke", "ml.verbeke@skynet.be",
 charset="windows-1252",
 notes="access + restriction; windows-1252 charset")

# ---------------------------------------------------------------- 37
mail("NL", ("Annelies Brink", "annelies@studiozilverzout.nl"), "Thu, 05 Jun 2025 09:50:12 +0200",
 "FW: verkeerd adres",
 """Zie bijgevoegd bericht, kun jij dit in Moneybird aanpassen? Dank!
Annelies
""", ["rectification"], "Priya Raghunathan", "priya.r@gmail.com",
 fwd=dict(frm=("Priya Raghunathan", "priya.r@gmail.com"), date="Wed, 04 Jun 2025 22:15:09 +0530",
          subject="verkeerd adres", filename="verkeerd adres.eml",
          body="""Hallo Annelies,

De factuur voor de zakelijke portretten is naar mijn oude adres gestuurd. Mijn adres is nu
Kanaalweg 17-bis, 2311 XL Leiden. Kunt u dat in uw systeem aanpassen? Mijn naam graag ook met
dubbele a? Nee sorry, die klopt wel: Raghunathan.

Met vriendelijke groet,
Priya Raghunathan
"""),
 notes="forward as attached message/rfc822 by studio owner; requester inside; inner date +0530 but received = outer Date")

# ---------------------------------------------------------------- 38
mail("BE", ("Stijn De Wilde", "stijn.dewilde@gmail.com"), "Thu, 31 Feb 2025 25:61:00 +0100",
 "verwijderen",
 """Beste,
Gelieve mij uit al jullie bestanden te schrappen. Ik wens niet langer klant te zijn.
Stijn De Wilde
""", ["erasure"], "Stijn De Wilde", "stijn.dewilde@gmail.com",
 notes="broken Date header (31 Feb, 25:61) -> received null")

# ================================================================ NON-REQUESTS
# 39
mail("NL", ("Kim Brouwer", "kimbrouwer@gmail.com"), "Tue, 10 Jun 2025 13:22:10 +0200",
 "Boeking newbornshoot + privacy vraag",
 """Hoi Annelies,

We verwachten eind augustus ons eerste kindje en willen graag een newbornshoot boeken. Heb je in
september nog plek? En een vraagje: zet je de foto's standaard online? We zouden liever niet hebben
dat ons kindje op internet komt, kan dat gewoon in het contract?

Groetjes,
Kim
""", [], notes="booking; privacy preference for future shoot, not a data subject request")

# 40
mail("BE", ("Charlotte Hermans", "charlotte.hermans@gmail.com"), "Wed, 11 Jun 2025 10:05:33 +0200",
 "RAW bestanden trouw",
 """Dag Wout,

We hebben bij het trouwpakket 'Goud' ook de RAW-bestanden betaald (zie factuur 2025-031), maar in de
galerij staan alleen de bewerkte JPG's. Kan je de RAW's nog via WeTransfer doorsturen? Ik wil er zelf
een paar in zwart-wit bewerken.

Groetjes,
Charlotte
""", [], notes="client asks for paid RAW files (contract deliverable) -> not a DSAR")

# 41
mail("NL", ("Bas Koster", "bas@kosterbouw.nl"), "Thu, 12 Jun 2025 16:40:00 +0200",
 "Factuur 2025-044 klopt niet",
 """Hallo,

Op factuur 2025-044 staan 40 bewerkte foto's, maar we hebben er 25 afgenomen. Graag een
creditnota en een nieuwe factuur. Ook staat ons btw-nummer verkeerd: NL861234567B01.

Met vriendelijke groet,
Bas Koster
Koster Bouw B.V.
""", [], notes="invoice dispute incl. company VAT number correction (business data, not personal rectification)")

# 42
mail("BE", ("Mail Delivery Subsystem", "mailer-daemon@mail.fotostudiokorrel.be"), "Fri, 13 Jun 2025 06:00:02 +0000",
 "Onbestelbaar: Nieuwsbrief juni - zomeractie portretten",
 """Dit is een automatisch gegenereerd bericht.

Uw bericht kon niet worden afgeleverd bij een of meer ontvangers:

    h.vanbeek@oudprovider.nl
    Reden: 550 5.1.1 Mailbox bestaat niet / user unknown

Onderwerp: Nieuwsbrief juni - zomeractie portretten
Wilt u niet langer mailings ontvangen? Klik hier om u af te melden.
""", [], headers=[("Auto-Submitted", "auto-replied")],
 notes="newsletter bounce; contains unsubscribe wording of the studio's own newsletter")

# 43
mail("BE", ("Tine Michiels", "tine.michiels@gmail.com"), "Mon, 16 Jun 2025 20:20:20 +0200",
 "vraag over model release",
 """Hoi Wout,

Voor de shoot van volgende week vroeg je of ik een model release wil tekenen. Wat houdt dat precies in?
Mogen de foto's dan overal gebruikt worden, ook door andere bedrijven? En kan ik achteraf nog iets
laten weghalen als ik het toch niet goed vind? Ik wil gewoon weten waar ik aan begin.

Groetjes,
Tine
""", [], notes="question about model release before signing; hypothetical about removal -> not a request")

# 44
mail("NL", ("Monique Smit", "monique.smit@xs4all.nl"), "Tue, 17 Jun 2025 09:14:02 +0200",
 "dubbele factuur",
 """Goedemorgen,

Ik heb factuur 2025-051 twee keer ontvangen, één keer per post en één keer per mail met een ander
nummer (2025-052). Ik heb 2025-051 betaald. Wilt u de dubbele factuur verwijderen uit uw systeem zodat
ik geen aanmaning krijg?

Groet,
Monique Smit
""", [], notes="'delete the duplicate invoice' -> not erasure of personal data")

# 45
mail("BE", ("Joris Lemmens", "joris.lemmens@vives-hogeschool.be"), "Wed, 18 Jun 2025 08:00:01 +0200",
 "Automatisch antwoord: Fotoshoot afdeling communicatie",
 """Beste,

Ik ben afwezig tot en met 4 juli en heb geen toegang tot mijn mails. Uw bericht wordt niet
doorgestuurd. Voor dringende vragen over de fotoshoot of persoonsgegevens kunt u terecht bij
privacy@vives-hogeschool.be.

Met vriendelijke groeten,
Joris Lemmens
""", [], headers=[("Auto-Submitted", "auto-replied")],
 notes="out-of-office mentioning privacy address")

# 46
mail("NL", ("AVG Compliance Check", "info@avg-check-direct.com"), None,
 "Uw fotostudio is NIET AVG-proof!! Boete tot €20 miljoen",
 """Beste ondernemer,

Wist u dat fotografen de afgelopen maand tot 87% vaker een boete kregen van de Autoriteit
Persoonsgegevens? Verwijdert u klantfoto's wel op tijd? Heeft u een inzageprocedure?

Voor slechts €49,- per maand regelen wij al uw privacyverklaringen, verwerkersovereenkomsten en
bewaartermijnen. Klik hier: http://avg-check-direct.com/fotograaf

Afmelden? Stuur STOP.
""", [], notes="spam about AVG; no Date header -> received null")

# 47
mail("BE", ("Ellen Vos", "ellen.vos@gmail.com"), "Thu, 19 Jun 2025 18:03:45 +0200",
 "Re: Bevestiging verwijdering gegevens",
 """Super, bedankt voor de snelle opvolging Wout! Fijne zomer nog.
Ellen

Op 19 jun. 2025 om 14:12 schreef Fotostudio Korrel <hallo@fotostudiokorrel.be>:
> Dag Ellen,
>
> Zoals gevraagd hebben we al je persoonsgegevens verwijderd uit ons klantenbestand en je
> uitgeschreven voor de nieuwsbrief. Je foto's zijn van de website gehaald. Wil je toch nog inzage
> in wat we eventueel nog bewaren voor de boekhouding, laat het dan weten.
>
> Groeten,
> Wout
""", [], notes="thank-you reply; all privacy wording is in quoted studio text")

# 48
mail("NL", ("Femke Vos", "femkevos@hotmail.nl"), "Fri, 20 Jun 2025 12:30:00 +0200",
 "toestemming insta",
 """Hoi Annelies!

Van mij mag je de foto's van de zomershoot gewoon op Instagram zetten hoor, ook die met de
zonnebloemen. Wil je me dan taggen? @femke.vos.fotos

xx Femke
""", [], notes="GIVES consent (not withdraw) -> not a DSAR")

# 49
mail("BE", ("Nico Segers", "nico.segers@gmail.com"), "Sat, 21 Jun 2025 09:45:10 +0300",
 "afspraak verzetten",
 """Dag Wout,

We zitten nog op reis in Turkije en vliegen een dag later terug. Kunnen we de familieshoot van
zaterdag verplaatsen naar zondag 29/6? En wil je de oude afspraak dan uit je agenda verwijderen
zodat ik geen herinneringsmail meer krijg voor zaterdag?

Groeten,
Nico
""", [], notes="rebooking; 'remove the old appointment' is not erasure; Turkey offset +0300")

# 50
mail("NL", ("Roos Meijer", "roos@meijerfotografie.nl"), "Sun, 22 Jun 2025 21:00:00 +1000",
 "vraagje van collega over AVG",
 """Hoi Annelies,

Ik zit nu op een fotoreis in Australië maar ik zit met een vraag: een klant van mij vraagt
om al haar gegevens en foto's te wissen. Hoe doe jij dat, bewaar jij facturen dan nog 7 jaar? En
gebruik jij een standaardbrief? Ik zie door de bomen het bos niet meer.

Groetjes uit Sydney,
Roos
""", [],
 html="""<html><body><p>Hoi Annelies,</p><p>Ik zit nu op een fotoreis in Australië maar ik zit met een vraag: een klant van mij vraagt om al haar gegevens en foto's te wissen. Hoe doe jij dat, bewaar jij facturen dan nog 7 jaar? En gebruik jij een standaardbrief? Ik zie door de bomen het bos niet meer.</p><p>Groetjes uit Sydney,<br>Roos</p><img src="cid:logo@meijer" alt="Meijer Fotografie"></body></html>""",
 atts=[A("logo_meijerfotografie.png", "image/png", False, PNG, inline_cid="logo@meijer")],
 notes="colleague asks advice about a DSAR she received herself; not a request to this studio; inline signature logo (multipart/related); +1000")

# ---------------------------------------------------------------- build
ORDER = ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent"]

def build_one(i, m):
    msg = EmailMessage()
    msg["From"] = formataddr(m["frm"])
    msg["To"] = formataddr(m["to"])
    if m["reply_to"]:
        msg["Reply-To"] = formataddr(m["reply_to"])
    for k, v in m["headers"]:
        msg[k] = v
    msg["Subject"] = m["subject"]
    raw_date = None
    if m["date"] is not None:
        try:
            parsedate_to_datetime(m["date"])
            msg["Date"] = m["date"]
        except (ValueError, TypeError):
            raw_date = m["date"]  # broken: written verbatim after serialisation
    dom = m["frm"][1].split("@")[1]
    msg["Message-ID"] = f"<t12b.{i:04d}.{len(m['body'])}@{dom}>"
    msg["MIME-Version"] = "1.0"
    inline = [a for a in m["atts"] if a["cid"]]
    regular = [a for a in m["atts"] if not a["cid"]]
    if m["html_only"]:
        msg.set_content(m["html"], subtype="html")
    else:
        if m["charset"] != "utf-8":
            msg.set_content(m["body"], charset=m["charset"], cte="quoted-printable")
        else:
            msg.set_content(m["body"])
        if m["html"]:
            msg.add_alternative(m["html"], subtype="html")
            if inline:
                htmlpart = msg.get_payload()[1]
                for a in inline:
                    mt, st = a["content_type"].split("/")
                    htmlpart.add_related(a["data"], mt, st, cid=f"<{a['cid']}>", filename=a["filename"], disposition="inline")
    for a in regular:
        mt, st = a["content_type"].split("/")
        msg.add_attachment(a["data"], mt, st, filename=a["filename"])
    atts = [dict(filename=a["filename"], content_type=a["content_type"], is_id_document=a["is_id_document"]) for a in inline + regular]
    if m["fwd"]:
        f = m["fwd"]
        inner = EmailMessage()
        inner["From"] = formataddr(f["frm"]); inner["To"] = formataddr(m["to"])
        inner["Subject"] = f["subject"]; inner["Date"] = f["date"]
        inner.set_content(f["body"])
        msg.add_attachment(inner, filename=f["filename"])
        atts.append(dict(filename=f["filename"], content_type="message/rfc822", is_id_document=False))
    try:
        rec = parsedate_to_datetime(m["date"]).isoformat() if m["date"] else None
    except (ValueError, TypeError):
        rec = None
    rights = [r for r in ORDER if r in m["rights"]]
    assert len(rights) <= 2 and len(rights) == len(m["rights"])
    truth = {
        "file": f"{i:04d}.eml", "is_dsar": m["dsar"], "rights": rights, "language": "nl",
        "requester_name": m["name"] if m["dsar"] else None,
        "requester_email": m["email"] if m["dsar"] else None,
        "received": rec, "attachments": atts,
        "notes": (("Netherlands" if m["region"] == "NL" else "Flemish (Belgium)") + "; " + m["notes"]),
    }
    return msg, truth, raw_date

def main():
    os.makedirs(OUT, exist_ok=True)
    for p in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9][0-9].*")):
        os.remove(p)
    mails = [m for m in M if m is not None]
    for i, m in enumerate(mails, 1):
        msg, truth, raw_date = build_one(i, m)
        pol = policy.SMTP if i % 3 == 0 else policy.default
        data = msg.as_bytes(policy=pol)
        if raw_date:
            nl = b"\r\n" if pol is policy.SMTP else b"\n"
            first, rest = data.split(nl, 1)
            data = first + nl + b"Date: " + raw_date.encode("ascii") + nl + rest
        with open(os.path.join(OUT, f"{i:04d}.eml"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(OUT, f"{i:04d}.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
    print(f"wrote {len(mails)} mails to {OUT}")

if __name__ == "__main__":
    main()
