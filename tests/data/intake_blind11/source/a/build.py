#!/usr/bin/env python3
"""Build 50 hand-written test e-mails for a photo studio mailbox (Studio Korrel, Breda).

Writes mails/NNNN.eml + mails/NNNN.json. Python 3.11 standard library only.
Every mail text below was written individually; nothing is templated.
"""
import json
import os
from datetime import datetime, timedelta, timezone
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
STUDIO = Address("Studio Korrel", addr_spec="info@studiokorrel.nl")
FORM = Address("Studio Korrel website", addr_spec="noreply@studiokorrel.nl")
FEMKE_GMAIL = Address("Femke Blom", addr_spec="femke.blom.foto@gmail.com")
RIGHTS_ORDER = ["access", "rectification", "erasure", "restriction",
                "portability", "objection", "withdraw_consent"]

# ---------------------------------------------------------------- placeholders
def jpg(tag):
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + tag.encode() + b"\xff\xd9"

def png(tag):
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + tag.encode() + b"\x00\x00\x00\x00IEND\xaeB`\x82"

def pdf(tag):
    return b"%PDF-1.4\n% " + tag.encode() + b"\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

def heic(tag):
    return b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + tag.encode()

def att(filename, ctype, is_id, tag=None):
    maker = {"image/jpeg": jpg, "image/png": png, "application/pdf": pdf}.get(ctype, heic)
    return {"filename": filename, "content_type": ctype, "is_id_document": is_id,
            "data": maker(tag or ("SPECIMEN placeholder " + filename))}

# ---------------------------------------------------------------- dates
def D(stamp, offset, style="std"):
    """stamp 'YYYY-MM-DD HH:MM:SS', offset '+0100'. Returns (header, iso)."""
    sign = 1 if offset[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
    dt = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
    core = dt.strftime("%d %b %Y %H:%M:%S")
    wd = dt.strftime("%a, ")
    if style == "std":
        h = f"{wd}{core} {offset}"
    elif style == "nowd":
        h = f"{dt.day} {dt.strftime('%b %Y %H:%M:%S')} {offset}"
    elif style == "cet":
        h = f"{wd}{core} {offset} (CET)"
    elif style == "cest":
        h = f"{wd}{core} {offset} (CEST)"
    elif style == "gmt":
        assert offset == "+0000"
        h = f"{wd}{core} GMT"
    else:
        raise ValueError(style)
    return h, dt.isoformat()

def RAW(text):
    return text, None

MAILERS = [
    ("X-Mailer", "Apple Mail (2.3774.200.91.1.1)"),
    ("User-Agent", "Mozilla Thunderbird"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("X-Mailer", "iPhone Mail (21F90)"),
    ("User-Agent", "Roundcube Webmail/1.6.6"),
]

MAILS = []

def mail(**kw):
    MAILS.append(kw)

# =============================================================================
# Dutch, Netherlands (0001-0015)
# =============================================================================
mail(
    lang="nl", frm=Address("Sanne de Vries", addr_spec="sannedevries92@gmail.com"),
    subject="vraagje", date=D("2026-01-12 20:41:09", "+0100"), mailer=3,
    body="""Hoi Femke,

Vorig jaar heb ik bij jou een zwangerschapsshoot gedaan (super leuk nog steeds!). Nu vroeg ik me
af: welke gegevens hebben jullie eigenlijk allemaal van mij bewaard? Adres, telefoonnummer, de
foto's zelf, dat formulier met vragen vooraf? Ik zou graag een overzicht krijgen van wat er is.

Groetjes,
Sanne

Verstuurd vanaf mijn iPhone
""",
    dsar=True, rights=["access"], name="Sanne de Vries", email="sannedevries92@gmail.com",
    notes="casual access request without legal words; name from display name")

mail(
    lang="nl", frm=Address("Lotte Verhoeven", addr_spec="lotte.verhoeven@hotmail.com"),
    subject="Mijn foto's op jullie Instagram", date=D("2026-02-03 08:15:44", "+0100", "cet"), mailer=0,
    body="""Hallo,

Ik zag vanochtend dat jullie nog steeds foto's van mijn shoot uit 2023 op Instagram hebben staan
(zie screenshot, de post met de rode jurk) en ook op de portfolio-pagina van de website.

Destijds vond ik dat prima maar ik wil dat nu echt niet meer. Ik ben inmiddels van baan
gewisseld en word er op aangesproken. Willen jullie ze allemaal weghalen? Van Insta, Facebook
en de site. Graag even bevestigen als het gedaan is.

Lotte Verhoeven
""",
    atts=[att("Screenshot_2026-02-03-08-02-11.png", "image/png", False)],
    dsar=True, rights=["withdraw_consent"], name="Lotte Verhoeven", email="lotte.verhoeven@hotmail.com",
    notes="take photos off Instagram/site = withdraw_consent; screenshot attachment is not an ID")

mail(
    lang="nl", frm=Address("J. Bakker", addr_spec="jeroen.bakker@xs4all.nl"),
    subject="Verzoek om inzage ex artikel 15 AVG", date=D("2026-02-17 11:02:30", "+0100"), mailer=2,
    body="""Aan: Studio Korrel
t.a.v. de verwerkingsverantwoordelijke
Havermarkt 14
4811 WG Breda

Betreft: verzoek om inzage (artikel 15 Algemene Verordening Gegevensbescherming)

Geachte heer/mevrouw,

Op grond van artikel 15 van de Algemene Verordening Gegevensbescherming (AVG) verzoek ik u mij
inzage te geven in de persoonsgegevens die u over mij verwerkt. Ik verzoek u daarbij in ieder
geval te vermelden:
- welke persoonsgegevens u van mij verwerkt;
- de doeleinden van de verwerking;
- de ontvangers aan wie de gegevens zijn verstrekt;
- de bewaartermijn;
- de herkomst van de gegevens, indien deze niet bij mij zijn verzameld.

Ik verzoek u mij tevens een kopie van deze gegevens te verstrekken (artikel 15, lid 3 AVG).

Op grond van artikel 12, lid 3 AVG dient u binnen een maand na ontvangst van dit verzoek te
reageren. Ter identificatie stuur ik een kopie van mijn identiteitsbewijs mee, waarop ik de
BSN en pasfoto heb afgeschermd.

Mocht ik binnen de gestelde termijn geen reactie ontvangen, dan behoud ik mij het recht voor
een klacht in te dienen bij de Autoriteit Persoonsgegevens.

Met vriendelijke groet,

J.P. Bakker
Jeroen Bakker
Spoorstraat 61
4702 VM Roosendaal
""",
    atts=[att("kopie_ID_Bakker.pdf", "application/pdf", True)],
    dsar=True, rights=["access"], name="Jeroen Bakker", email="jeroen.bakker@xs4all.nl",
    notes="generator-style formal letter citing 12, 15, complaint to AP: only access asked; ID PDF; display name is initial only, full name in signature")

mail(
    lang="nl", frm=Address("Ruud Mulder", addr_spec="ruudmulder@kpnmail.nl"),
    subject="Gegevens van mijn vrouw", date=D("2026-03-02 21:37:05", "+0100"), mailer=4,
    body="""Goedenavond,

Ik schrijf namens mijn vrouw, Anouk Mulder-Smits. Zij heeft in 2022 bij u een
bedrijfsportret laten maken (via haar toenmalige werkgever) en zit sindsdien in uw
klantenbestand. Zij heeft zelf geen tijd om te mailen en vroeg mij dit te regelen.

Wij willen graag dat u alles wat u over haar heeft verwijdert: naam, adres, telefoon, de
foto's, alles. Ze wil gewoon volledig uit uw systemen.

Als u iets van haar nodig heeft om dit te bevestigen hoor ik het graag. Zij leest mee in de cc.

Met vriendelijke groet,
Ruud Mulder
""",
    cc=[Address("Anouk Mulder", addr_spec="anouk.mulder.smits@kpnmail.nl")],
    dsar=True, rights=["erasure"], name="Anouk Mulder-Smits", email="ruudmulder@kpnmail.nl",
    notes="partner writes on behalf of data subject Anouk (in Cc); requester_email kept as From per 'normally From' rule, name is data subject as written in body")

mail(
    lang="nl", frm="kees1967@ziggo.nl",
    subject="NIEUWSBRIEF", date=D("2026-03-09 07:03:58", "+0100", "nowd"),
    body="""ik heb me nooit aangemeld voor jullie nieuwsbrief en krijg hem toch elke maand. hoe komen
jullie aan mijn adress?? stop er mee aub. ben er klaar mee

""",
    dsar=True, rights=["objection"], name=None, email="kees1967@ziggo.nl",
    notes="bare From without display name, no signature -> name null; stop newsletter = objection; 'hoe komen jullie aan' is rhetorical, not labelled access")

mail(
    lang="nl", frm=Address("Marloes Koster", addr_spec="marloesvandijk@kpnmail.nl"),
    subject="Naamswijziging", date=D("2026-03-24 13:20:11", "+0100"), mailer=0,
    body="""Beste Femke,

Sinds mijn scheiding heet ik weer Koster in plaats van Van Dijk. Zou je dat willen
aanpassen in je klantgegevens? Ook mijn mailadres wordt binnenkort opgeheven, mijn nieuwe adres
is marloes.koster@planet.nl. Wil je dat ook wijzigen, zodat de uitnodiging voor de
mini-shoot in december op het goede adres komt?

Dank je wel!

Hartelijke groet,
Marloes Koster
(voorheen Marloes van Dijk)
""",
    dsar=True, rights=["rectification"], name="Marloes Koster", email="marloesvandijk@kpnmail.nl",
    notes="rectification of surname and address; the new address in the body is NOT the requester address")

mail(
    lang="nl", frm=Address("Yasmina El Amrani", addr_spec="y.elamrani@gmail.com"),
    subject="Foto op billboard Ginnekenweg", date=D("2026-04-06 16:48:27", "+0200", "cest"), mailer=1,
    body="""Beste mevrouw Blom,

Tot mijn grote verbazing hangt mijn portretfoto op het reclamebord van de kapsalon op de
Ginnekenweg. Voor zover ik weet heb ik alleen toestemming gegeven voor gebruik in uw eigen
portfolio, niet voor reclame door derden. Ik laat dit nu uitzoeken door een kennis die jurist is.

Zolang dat loopt wil ik dat u de foto's van mij nergens meer gebruikt en ook niet meer aan
anderen geeft. Maar verwijder ze alstublieft ook nog niet, want ik heb het originele bestand
en uw modelcontract misschien nodig als bewijs.

Ik hoor graag van u.

Yasmina El Amrani
06-41882093
""",
    dsar=True, rights=["restriction"], name="Yasmina El Amrani", email="y.elamrani@gmail.com",
    notes="'stop using but do not delete, need it as evidence' = restriction only; mentions consent but does not withdraw it generally")

mail(
    lang="nl", frm=FORM, subject="Nieuw bericht via contactformulier studiokorrel.nl",
    date=D("2026-04-19 02:11:40", "+0200"),
    body="""Er is een nieuw bericht verzonden via het contactformulier op studiokorrel.nl.

Naam: Bram Hoekstra
E-mailadres: bram.hoekstra@live.nl
Telefoon:
Onderwerp: Account
Bericht:
Ik heb ooit een account aangemaakt voor jullie online galerie (pasfoto's voor mijn rijbewijs
geloof ik). Graag dat account en al mijn gegevens verwijderen. En ik wil ook geen
aanbiedingsmails meer van jullie ontvangen, ook niet als het account weg is.

--
Dit bericht is automatisch verzonden door WPForms.
""",
    dsar=True, rights=["erasure", "objection"], name="Bram Hoekstra", email="bram.hoekstra@live.nl",
    notes="contact-form notification from noreply without Reply-To: requester in the E-mailadres field")

mail(
    lang="nl", frm=Address("Daan Vermeer", addr_spec="daanvermeer@outlook.com"),
    subject="Re: Bevestiging fotoshoot 14 maart", date=D("2026-05-04 10:27:03", "+0200"), mailer=2,
    body="""Hoi Femke,

Wij gaan verhuizen naar Groningen en hebben daar al een nieuwe fotograaf gevonden voor de
jaarlijkse gezinsfoto. Kun jij al onze gegevens en de foto's die we bij jou hebben laten maken
in een handig bestand (of een link) rechtstreeks naar haar sturen? Het gaat om Fotografie
Noorderlicht, hallo@noorderlichtfoto.nl. Dan hoeft ze niet alles opnieuw uit te vragen.

Alvast bedankt en misschien tot ziens!
Daan

Op 2 mrt 2026, om 14:05 heeft Studio Korrel <info@studiokorrel.nl> het volgende geschreven:

> Beste Daan,
>
> Hierbij de bevestiging van jullie gezinsshoot op zaterdag 14 maart om 10:00 uur in het
> Mastbos. Het totaalbedrag is EUR 295,-. Lees ook even onze privacyverklaring: we bewaren je
> gegevens 7 jaar voor de administratie en je kunt altijd vragen om inzage of verwijdering.
>
> Hartelijke groet,
> Femke Blom
> Studio Korrel
""",
    dsar=True, rights=["portability"], name="Daan Vermeer", email="daanvermeer@outlook.com",
    notes="reply over quoted studio confirmation; quoted text mentions inzage/verwijdering (ignore); request = transfer to another photographer = portability; the other photographer's address is not the requester")

mail(
    lang="nl", frm=Address("Jessica Smit | Van der Laan Advies", addr_spec="j.smit@vanderlaan-advies.nl"),
    reply_to=Address("Jessica Smit", addr_spec="jessica.smit83@gmail.com"),
    subject="privé: mijn gegevens bij jullie", date=D("2026-05-13 12:31:50", "+0200"), mailer=2,
    body="""Hallo,

Excuses dat ik vanaf mijn werkmail schrijf, antwoord graag naar mijn privéadres (staat als
antwoordadres ingesteld).

Ik wil graag weten welke gegevens jullie van mij hebben en daarna wil ik dat alles verwijderd
wordt. De shoot was in 2021, toen heette het nog Fotostudio Korrel geloof ik.

Bedankt,
Jessica Smit

Jessica Smit
Office manager | Van der Laan Advies B.V.
Stationsplein 3, 3311 AK Dordrecht
T 078 - 612 44 90
""",
    atts=[att("image001.png", "image/png", False, "signature logo Van der Laan")],
    dsar=True, rights=["access", "erasure"], name="Jessica Smit", email="jessica.smit83@gmail.com",
    notes="work account From, Reply-To private address = requester_email; signature logo attachment not ID")

mail(
    lang="nl", frm=Address("Tom Hendriks", addr_spec="tomhendriks@ziggo.nl"),
    subject="Intrekking toestemming en verzoek tot verwijdering persoonsgegevens",
    date=D("2026-06-01 09:00:12", "+0200"), mailer=1,
    body="""Geachte heer/mevrouw,

Hierbij trek ik, op grond van artikel 7, lid 3 van de Algemene Verordening Gegevensbescherming
(AVG), de toestemming in die ik u op 11 mei 2024 heb gegeven voor het publiceren van
beeldmateriaal waarop ik herkenbaar ben (portfolio, sociale media en website).

Daarnaast verzoek ik u op grond van artikel 17 AVG alle persoonsgegevens die u over mij verwerkt
te wissen, nu de grondslag voor de verwerking is vervallen.

Ik verzoek u binnen de termijn van één maand (artikel 12, lid 3 AVG) schriftelijk te bevestigen
dat aan dit verzoek gehoor is gegeven, en eventuele ontvangers van de gegevens op de hoogte te
stellen (artikel 19 AVG). Indien u niet of niet tijdig reageert, zal ik een klacht indienen bij
de Autoriteit Persoonsgegevens.

Hoogachtend,

T.W. Hendriks
Tom Hendriks
Lindenlaan 8
5041 DJ Tilburg
""",
    dsar=True, rights=["erasure", "withdraw_consent"], name="Tom Hendriks", email="tomhendriks@ziggo.nl",
    notes="formal generator letter citing 7(3), 12, 17, 19: withdraw consent + erasure")

mail(
    lang="nl", frm=Address("Esther van den Berg", addr_spec="esthervdberg@gmail.com"),
    subject="Newbornshoot eind augustus?", date=D("2026-06-15 14:52:19", "+0200"), mailer=3,
    body="""Hoi!

Wij verwachten eind juli onze eerste en ik zag jouw newbornfoto's via een vriendin. Heb je in
de tweede helft van augustus nog plek voor een shoot aan huis?

Nog een vraagje: ik ben nogal voorzichtig met foto's van de baby online. Zet je foto's van
newborns standaard op Instagram of de website? Dan wil ik daar vooraf afspraken over maken,
bijvoorbeeld dat je alleen voetjes of handjes laat zien. Staat dat in je voorwaarden?

Groetjes,
Esther
""",
    dsar=False, rights=[], name=None, email=None,
    notes="NON-DSAR: booking inquiry with a privacy preference before any shoot; no request on existing data")

mail(
    lang="nl", frm=Address("Martijn Kuipers", addr_spec="m.kuipers@hoogvliet-installatie.nl"),
    subject="Automatisch antwoord: Nieuw bij Studio Korrel: herfstminishoots!",
    date=D("2026-09-07 06:00:03", "+0200"),
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body="""Bedankt voor uw bericht.

Ik ben tot en met 21 september met vakantie en lees mijn e-mail niet. Uw bericht wordt niet
doorgestuurd. Voor dringende zaken kunt u contact opnemen met mijn collega Ilse de Graaf
(i.degraaf@hoogvliet-installatie.nl).

In verband met de AVG worden e-mails die tijdens mijn afwezigheid binnenkomen na 30 dagen
automatisch verwijderd.

Met vriendelijke groet,
Martijn Kuipers
""",
    dsar=False, rights=[], name=None, email=None,
    notes="NON-DSAR: out-of-office auto-reply to the newsletter; mentions AVG and deletion")

mail(
    lang="nl", frm=Address("PrivacyProof Nederland", addr_spec="info@privacyproof-check.nl"),
    subject="Is uw fotostudio AVG-proof? Boete tot € 20 miljoen!",
    date=D("2026-09-22 05:44:09", "+0000"),
    html="""<html><body style="font-family:Arial">
<h2>Is uw fotostudio al AVG-proof?</h2>
<p>Beste ondernemer,</p>
<p>Wist u dat fotografen een van de meest gecontroleerde beroepsgroepen zijn? Klanten kunnen
u op elk moment vragen om <b>inzage</b>, <b>verwijdering</b> of <b>overdracht</b> van hun
foto's en gegevens. Weet u wat u dan moet doen?</p>
<p>Met onze <b>PrivacyProof Scan</b> (slechts &euro; 49,- per maand) krijgt u:</p>
<ul><li>een modeltoestemmingsformulier (quitclaim)</li><li>een verwerkingsregister</li>
<li>een stappenplan voor inzageverzoeken</li></ul>
<p><a href="https://privacyproof-check.nl/scan?ref=fotostudio">Start vandaag uw gratis scan</a></p>
<p style="font-size:10px">Wilt u geen e-mails meer ontvangen? <a href="https://privacyproof-check.nl/afmelden">Afmelden</a></p>
</body></html>
""",
    dsar=False, rights=[], name=None, email=None,
    notes="NON-DSAR: HTML-only spam about AVG rights (inzage, verwijdering)")

mail(
    lang="nl", frm=Address("Noor Jansen", addr_spec="noorjansen.mua@gmail.com"),
    subject="tag?", date=D("2026-10-03 19:12:40", "+0200"), mailer=3,
    body="""Hee Femke!

Zag net de post van de beautyshoot van vorige week online staan, echt prachtig geworden!!
Zou je mij er nog in kunnen taggen? @noorjansen.mua - ik heb de make-up gedaan en wil hem graag
delen in mijn stories. Mag ik de foto's ook in mijn eigen portfolio gebruiken, met
naamsvermelding natuurlijk?

Liefs Noor
""",
    dsar=False, rights=[], name=None, email=None,
    notes="NON-DSAR: make-up artist asks to be tagged and to use photos; opposite of withdrawal")

# =============================================================================
# Dutch, Flanders (0016-0030)
# =============================================================================
mail(
    lang="nl", frm=Address("Katrien Peeters", addr_spec="katrien.peeters@telenet.be"),
    subject="foto's van ons Fien op uw website", date=D("2026-01-20 21:05:33", "+0100"), mailer=0,
    body="""Dag Femke,

Ik ben de mama van Fien Claes, zij heeft in 2022 meegedaan aan uw kindershoot in Essen (toen
was ze 10). Wij hadden toen het formulier ondertekend dat ge de foto's mocht gebruiken.

Fien is nu 14 en vindt het echt niet leuk meer dat haar klasgenoten die foto's op uw site
en op Facebook tegenkomen. Ze wil dat die eraf gaan, en wij als ouders steunen haar daarin.
Zoudt ge ze alstublieft kunnen verwijderen van de website, Facebook en Instagram?

Alvast bedankt voor uw begrip.

Vriendelijke groeten,
Katrien Peeters
""",
    dsar=True, rights=["withdraw_consent"], name="Fien Claes", email="katrien.peeters@telenet.be",
    notes="parent acts for child (data subject Fien Claes); email = From of the parent; take photos off site/social = withdraw_consent")

mail(
    lang="nl", frm=Address("Wouter Vanhoutte", addr_spec="wouter.vanhoutte@skynet.be"),
    subject="spelling naam", date=D("2026-02-08 10:14:52", "+0100", "nowd"),
    body="""Goeiemorgen,

Op de factuur van de communiefoto's en ook in de mail met de link naar de galerij staat mijn
naam als "Wouter Vanhoute". Het is Vanhoutte, met dubbele t. Ook het adres klopt niet meer,
we wonen sinds de zomer in de Kerkstraat 112 in Wevelgem, niet meer in Menen.

Kunt ge dat in uw bestand corrigeren? De factuur zelf moet niet opnieuw, dat is al betaald.
Ik wil wél dat het album van ons Lien naar het nieuwe adres gestuurd wordt.

Mvg,
Wouter Vanhoutte
""",
    charset="windows-1252", cte="quoted-printable",
    dsar=True, rights=["rectification"], name="Wouter Vanhoutte", email="wouter.vanhoutte@skynet.be",
    notes="rectification of name spelling and address in customer file; invoice explicitly not to be redone; windows-1252")

mail(
    lang="nl", frm=Address("Els Vermeulen", addr_spec="els.vermeulen@proximus.be"),
    subject="Verzoek tot inzage in mijn persoonsgegevens (art. 15 AVG)",
    date=D("2026-02-26 15:33:07", "+0100"), mailer=2,
    body="""Els Vermeulen
Molenstraat 27
2200 Herentals
België

Aan: Studio Korrel, Havermarkt 14, 4811 WG Breda, Nederland

Herentals, 26 februari 2026

Betreft: verzoek tot inzage overeenkomstig artikel 15 van de Algemene Verordening
Gegevensbescherming (Verordening (EU) 2016/679)

Geachte mevrouw, geachte heer,

Ik maak hierbij gebruik van mijn recht op inzage zoals bepaald in artikel 15 AVG. Ik verzoek
u mij mee te delen of u persoonsgegevens over mij verwerkt en, indien dat het geval is, mij
een kopie van die gegevens te bezorgen, samen met de informatie bedoeld in artikel 15, lid 1,
a) tot en met h).

Ik wijs u erop dat u overeenkomstig artikel 12, lid 3 AVG over een termijn van één maand
beschikt om op dit verzoek te antwoorden. Bij gebrek aan antwoord behoud ik mij het recht voor
om een klacht in te dienen bij de Gegevensbeschermingsautoriteit of bij de Autoriteit
Persoonsgegevens.

Ter staving van mijn identiteit voeg ik een kopie van de voor- en achterzijde van mijn
identiteitskaart toe. Het rijksregisternummer heb ik onleesbaar gemaakt.

Met de meeste hoogachting,

Els Vermeulen
""",
    atts=[att("eID_voorkant.jpg", "image/jpeg", True), att("eID_achterkant.jpg", "image/jpeg", True)],
    dsar=True, rights=["access"], name="Els Vermeulen", email="els.vermeulen@proximus.be",
    notes="Belgian formal letter citing art. 15, 12(3), GBA; Belgian eID front and back")

mail(
    lang="nl", frm=Address("Bart Wuyts", addr_spec="bartwuyts@telenet.be"),
    subject="advertenties", date=D("2026-03-15 22:47:18", "+0100"), mailer=4,
    body="""Hallo,

Sinds ik vorig jaar bij u een offerte gevraagd heb voor onze trouw (we hebben uiteindelijk
voor iemand anders gekozen, niets persoonlijks) krijg ik op Facebook en Instagram constant
advertenties van Studio Korrel te zien. Ik vermoed dat ge mijn mailadres in zo'n
"aangepast publiek" bij Meta gestoken hebt.

Ik wil niet dat mijn gegevens daarvoor gebruikt worden. Haal mij daar uit en gebruik mijn
mailadres niet meer voor reclame, op geen enkele manier.

Bart
""",
    dsar=True, rights=["objection"], name="Bart Wuyts", email="bartwuyts@telenet.be",
    notes="objection to direct marketing via Meta custom audience; name only from display name, signature 'Bart'")

mail(
    lang="nl", frm=Address("Nathalie Goossens", addr_spec="nathalie.goossens@hotmail.be"),
    subject="export van mijn gegevens", date=D("2026-04-02 09:26:45", "+0200"), mailer=3,
    body="""Dag,

Ik heb bij u een klantenaccount met mijn moodboards, de vragenlijst voor mijn boudoirshoot en
de referentiefoto's die ik zelf geüpload heb. Ik zou dat allemaal graag terugkrijgen in een
bestand dat ik elders kan inlezen, een csv of zip is goed, zodat ik het kan meenemen naar
mijn volgende fotograaf in Gent.

Dank u wel,
Nathalie Goossens
""",
    dsar=True, rights=["portability"], name="Nathalie Goossens", email="nathalie.goossens@hotmail.be",
    notes="portability: own uploads in reusable format (csv/zip)")

mail(
    lang="nl", frm=FEMKE_GMAIL, to=[STUDIO],
    subject="Fwd: beelden van het ongeval aan de Vrijheid", date=D("2026-04-14 18:09:31", "+0200"), mailer=1,
    body="""Even naar het info-adres gestuurd zodat het in het juiste postvak zit. Dit moet ik
nog beantwoorden!

Femke

-------- Doorgestuurd bericht --------
Onderwerp: beelden van het ongeval aan de Vrijheid
Datum: Mon, 13 Apr 2026 20:51:07 +0200
Van: Dirk Maes <dirk.maes1974@gmail.com>
Aan: femke.blom.foto@gmail.com

Beste Femke,

Gij hebt op 28 maart de videobeelden gemaakt van de trouw van mijn dochter, en op één
van die beelden is te zien hoe mijn auto op de parking aangereden wordt. De verzekering van de
tegenpartij betwist wat er gebeurd is.

Ik vraag u om die beelden niet te wissen zolang de zaak met de verzekering loopt, maar
gebruik ze ook niet in uw showreel of op sociale media tot dat afgerond is. Ik laat u weten
wanneer het dossier gesloten is.

Met vriendelijke groeten,
Dirk Maes
0476 33 12 90
""",
    dsar=True, rights=["restriction"], name="Dirk Maes", email="dirk.maes1974@gmail.com",
    notes="Outlook/Thunderbird Dutch-style forward by the owner from her gmail; requester is the original sender inside; do not delete + do not use = restriction")

mail(
    lang="nl", frm=Address("kevin desmet", addr_spec="kevin.desmet@hotmail.com"),
    subject="DIRECT VERWIJDEREN", date=D("2026-04-27 01:12:09", "+0200"),
    body="""ik heb net gezien dat ge die fotos van de fuif in de Carré nog altijd op uw site hebt staan en
ik sta er op met mijn ex. ik heb daar NOOIT toestemming voor gegeven en al zeker nu niet meer.

haal da direct van uw site en uw insta en wis ALLES wat ge van mij hebt, fotos, mijn nummer,
alles. als da tegen het weekend niet weg is stap ik naar de politie

kevin
""",
    dsar=True, rights=["erasure", "withdraw_consent"], name="kevin desmet", email="kevin.desmet@hotmail.com",
    notes="angry, no accents, lowercase; take off site/insta + wipe everything = erasure + withdraw_consent; name as written in display name")

mail(
    lang="nl", frm=Address("Hanne Lambrecht", addr_spec="hanne.lambrecht@gmail.com"),
    subject="HERINNERING: mijn vraag van 3 mei", date=D("2026-05-22 11:45:00", "+0200", "cest"), mailer=0,
    body="""Dag Femke,

Op 3 mei heb ik u gemaild met de vraag welke gegevens ge van mij bijhoudt en waarvoor ge die
gebruikt. Ik heb nog altijd niets teruggehoord, zelfs geen ontvangstbevestiging. Ik had
begrepen dat ge daar een maand voor hebt, dus ik reken op een antwoord voor 3 juni.

Voor de zekerheid stuur ik nog eens een foto van mijn identiteitskaart mee (in de mail zelf).

Mijn originele mail hieronder.

Groetjes,
Hanne Lambrecht

> Van: Hanne Lambrecht <hanne.lambrecht@gmail.com>
> Datum: zondag 3 mei 2026 om 17:02
> Onderwerp: gegevens
>
> Dag,
> Ik had graag geweten welke persoonlijke gegevens ge over mij hebt sinds de shoot van
> onze hond in 2024, en met wie ge die gedeeld hebt.
> Groetjes, Hanne
""",
    html="""<html><body><p>Dag Femke,</p>
<p>Op 3 mei heb ik u gemaild met de vraag welke gegevens ge van mij bijhoudt en waarvoor ge die
gebruikt. Ik heb nog altijd niets teruggehoord, zelfs geen ontvangstbevestiging. Ik had
begrepen dat ge daar een maand voor hebt, dus ik reken op een antwoord voor 3 juni.</p>
<p>Voor de zekerheid stuur ik nog eens een foto van mijn identiteitskaart mee (in de mail zelf).</p>
<p><img src="cid:{cid0}" alt="identiteitskaart" width="320"></p>
<p>Mijn originele mail hieronder.</p>
<p>Groetjes,<br>Hanne Lambrecht</p>
<blockquote><p>Van: Hanne Lambrecht<br>Datum: zondag 3 mei 2026 om 17:02<br>Onderwerp: gegevens</p>
<p>Dag,<br>Ik had graag geweten welke persoonlijke gegevens ge over mij hebt sinds de shoot van
onze hond in 2024, en met wie ge die gedeeld hebt.<br>Groetjes, Hanne</p></blockquote>
</body></html>
""",
    inline=[att("IMG_4471.jpeg", "image/jpeg", True)],
    dsar=True, rights=["access"], name="Hanne Lambrecht", email="hanne.lambrecht@gmail.com",
    notes="reminder of earlier access request (quoted own mail); ID card pasted inline in multipart/related")

mail(
    lang="nl", frm=Address("Jan Coppens", addr_spec="jan.coppens@scarlet.be"),
    subject="Bezwaar tegen verwerking en verzoek tot beperking - art. 18 en 21 AVG",
    date=D("2026-06-09 14:03:26", "+0200"), mailer=2,
    body="""Jan Coppens
Grote Markt 5 bus 2
2300 Turnhout

Geachte,

Ik verwijs naar de beelden die op 14 februari 2026 van mij werden gemaakt tijdens het
bedrijfsevent van Vervoort NV, en die u sindsdien gebruikt op uw website en in uw
nieuwsbrief als referentie voor "eventfotografie".

Voor zover u zich voor deze verwerking beroept op uw gerechtvaardigd belang (artikel 6.1.f
AVG), teken ik hierbij bezwaar aan op grond van artikel 21 AVG, om redenen die verband houden
met mijn specifieke situatie: ik ben als vertrouwenspersoon werkzaam en wens niet publiek
herkenbaar te zijn.

In afwachting van uw beoordeling van dit bezwaar verzoek ik u, overeenkomstig artikel 18,
lid 1, d) AVG, de verwerking van deze beelden te beperken, zodat ze niet langer gepubliceerd
of verspreid worden.

Gelieve mij binnen de wettelijke termijn van één maand te antwoorden. Ik behoud mij het recht
voor een klacht in te dienen bij de Gegevensbeschermingsautoriteit.

Hoogachtend,
Jan Coppens
""",
    dsar=True, rights=["restriction", "objection"], name="Jan Coppens", email="jan.coppens@scarlet.be",
    notes="formal letter: objection art. 21 (legitimate interest) + restriction art. 18(1)(d) pending assessment")

mail(
    lang="nl", frm=FORM, reply_to=Address("Ilse Vandenberghe", addr_spec="ilse.vdberghe@telenet.be"),
    subject="Contactformulier: Adreswijziging", date=D("2026-06-23 16:20:58", "+0200"),
    html="""<html><body>
<p>Nieuw bericht via <b>studiokorrel.nl/contact</b></p>
<table border="0" cellpadding="4">
<tr><td><b>Naam</b></td><td>Ilse Vandenberghe</td></tr>
<tr><td><b>E-mail</b></td><td>ilse.vdberghe@telenet.be</td></tr>
<tr><td><b>Telefoon</b></td><td>+32 478 55 09 13</td></tr>
<tr><td><b>Onderwerp</b></td><td>Adreswijziging</td></tr>
<tr><td><b>Bericht</b></td><td>Dag Femke, wij zijn verhuisd van Brasschaat naar Kapellen
(Hoevensebaan 210, 2950 Kapellen). In uw klantenbestand staat nog het oude adres en ook het
gsm-nummer van mijn man in plaats van het mijne. Kunt ge dat aanpassen? Het album moet naar
het nieuwe adres. Merci!</td></tr>
</table>
<p style="color:#888">Verzonden via Contact Form 7</p>
</body></html>
""",
    dsar=True, rights=["rectification"], name="Ilse Vandenberghe", email="ilse.vdberghe@telenet.be",
    notes="HTML-only contact-form notification with Reply-To set to requester; rectification of address and phone")

mail(
    lang="nl", frm=Address("Sofie De Backer", addr_spec="sofiedebacker@icloud.com"),
    subject="Kopie gegevens", date=None, mailer=3,
    body="""Hallo Femke

Ik had graag een kopie gekregen van alles wat ge over mij bijhoudt, ook de notities van het
intakegesprek en de mails. In bijlage mijn paspoort, ik weet niet of dat nodig is.

Bedankt
Sofie
""",
    atts=[att("IMG_2219.HEIC", "image/heic", True)],
    dsar=True, rights=["access"], name="Sofie De Backer", email="sofiedebacker@icloud.com",
    notes="Date header missing -> received null; passport photo as .HEIC (not decodable)")

mail(
    lang="nl", frm=Address("Charlotte Willems", addr_spec="charlotte.willems@telenet.be"),
    subject="RAW-bestanden trouwreportage", date=D("2026-07-06 20:14:36", "+0200"), mailer=0,
    body="""Dag Femke,

Eerst en vooral: we zijn superblij met de trouwfoto's! Eén vraagje nog. In ons pakket
"Goud" stond dat we alle onbewerkte bestanden (RAW) zouden krijgen, en daar hebben we ook
voor betaald. In de galerij staan enkel de bewerkte jpg's. Kunt ge de RAW-bestanden via
WeTransfer of een usb-stick bezorgen? Ons nichtje wil er zelf nog wat mee experimenteren.

Groetjes,
Charlotte & Pieter-Jan
""",
    dsar=False, rights=[], name=None, email=None,
    notes="NON-DSAR: client asks for the RAW files included in the paid package (contract delivery, not access)")

mail(
    lang="nl", frm=Address("Joke Van Damme", addr_spec="joke.vandamme@proximus.be"),
    subject="Re: Uw galerij wordt binnenkort verwijderd", date=D("2026-08-18 08:37:22", "+0200"), mailer=2,
    body="""Dag Femke,

Bedankt voor de verwittiging! Ik heb alles gedownload, dus voor mij mag de galerij weg.
Nog eens merci voor de mooie foto's van ons mama haar 80ste verjaardag.

Groetjes,
Joke

-----Oorspronkelijk bericht-----
Van: Studio Korrel <info@studiokorrel.nl>
Verzonden: maandag 17 augustus 2026 10:00
Aan: joke.vandamme@proximus.be
Onderwerp: Uw galerij wordt binnenkort verwijderd

Beste Joke,

Uw online galerij "80 jaar Maria" wordt op 1 september automatisch verwijderd. Download
uw foto's tijdig. Conform onze privacyverklaring wissen we daarna ook uw gegevens uit ons
galerijsysteem. U kunt ons altijd vragen om inzage in of verwijdering van uw gegevens.

Met vriendelijke groet,
Studio Korrel
""",
    dsar=False, rights=[], name=None, email=None,
    notes="NON-DSAR: thank-you reply; deletion/inzage wording is in quoted studio text; 'mag de galerij weg' just acknowledges the studio's own notice")

mail(
    lang="nl", frm=Address("Stijn Verbruggen | SV Films", addr_spec="stijn@svfilms.be"),
    subject="wetransfer verlopen", date=D("2026-09-10 13:58:04", "+0200", "nowd"), mailer=0,
    body="""Hey Femke,

De wetransfer met de beelden van de trouw in Lier (drone + tweede camera) is verlopen
voor ik eraan toe kwam, sorry! Kunt ge hem nog eens sturen? Ik verwijder de bestanden na de
montage weer van mijn schijf, zoals afgesproken in ons samenwerkingscontract, geen zorgen.

Stijn
SV Films - trouwvideo's
""",
    dsar=False, rights=[], name=None, email=None,
    notes="NON-DSAR: supplier/colleague asking to resend files; mentions deleting files")

mail(
    lang="nl", frm=Address("An Vercammen", addr_spec="an.vercammen@kbcmail.be"),
    subject="toestemmingsformulier teamfoto's KFC Wuustwezel", date=D("2026-10-14 17:25:41", "+0200"), mailer=4,
    body="""Dag,

Ik ben de afgevaardigde van de U11 bij KFC Wuustwezel. Voor de teamfoto's van zaterdag moeten
de ouders het toestemmingsformulier voor het gebruik van beeldmateriaal invullen. Kan dat ook
digitaal, bv. via een Google Form, in plaats van op papier? De helft van de ouders print niet
meer. En moeten beide ouders tekenen?

Vriendelijke groeten,
An Vercammen
""",
    dsar=False, rights=[], name=None, email=None,
    notes="NON-DSAR: question about how to give consent (forms), no withdrawal")

# =============================================================================
# English (0031-0050)
# =============================================================================
mail(
    lang="en", frm=Address("Oliver Grant", addr_spec="oliver.grant@btinternet.com"),
    subject="Subject Access Request - Oliver Grant", date=D("2026-01-28 10:12:00", "+0000", "gmt"), mailer=2,
    body="""Dear Data Protection Officer,

Subject Access Request under Article 15 of the General Data Protection Regulation

I am writing to make a subject access request for all personal data that Studio Korrel holds
about me. This request is made under Article 15 of the GDPR. Please provide:

1. confirmation of whether you process my personal data;
2. a copy of that personal data, including photographs, e-mails, notes and invoices;
3. the purposes of the processing, the recipients, the retention period and the source.

In addition, under Article 20 GDPR, please provide the personal data I supplied to you in a
structured, commonly used and machine-readable format (for example CSV or JSON).

I understand that under Article 12(3) you must respond without undue delay and in any event
within one month of receipt. I have enclosed a copy of my passport to confirm my identity.

If I do not receive a response within that period, I reserve the right to lodge a complaint
with the supervisory authority (the Dutch Data Protection Authority) and to seek a judicial
remedy.

Yours faithfully,

Oliver Grant
14 Marlborough Road
Bristol BS6 5AR
United Kingdom
""",
    atts=[att("passport_OGrant_redacted.pdf", "application/pdf", True)],
    dsar=True, rights=["access", "portability"], name="Oliver Grant", email="oliver.grant@btinternet.com",
    notes="generator-style SAR citing 12, 15, 20, complaint; access + portability; GMT date; passport PDF")

mail(
    lang="en", frm=Address("Hilde Jacobs", addr_spec="h.jacobs@jacobs-verbeke-law.be"),
    subject="Our client Ms Daniela Rossi - images taken 11 October 2025 - preservation and restriction",
    date=D("2026-02-11 16:40:13", "+0100"), mailer=2,
    body="""Dear Ms Blom,

We act for Ms Daniela Rossi in connection with the photographs and video footage taken of her
at the product launch of Lumière Cosmetics in Antwerp on 11 October 2025, in which your studio
was engaged as photographer.

Our client disputes that any valid release was given for the commercial use of these images
and is currently in correspondence with Lumière Cosmetics about the matter. Pending resolution,
we request on our client's behalf, pursuant to Article 18 GDPR, that you cease all use and
further disclosure of any images and personal data relating to her, including in your
portfolio and any transfers to Lumière Cosmetics or its agencies.

For the avoidance of doubt, we ask that you do not delete any of this material: it may be
required as evidence, and our client reserves all rights in that regard.

A signed letter of authority from Ms Rossi is attached. Please confirm within 14 days that you
will comply.

Yours sincerely,

Hilde Jacobs
Advocaat / Attorney at law
Jacobs & Verbeke Advocaten
Frankrijklei 88, 2000 Antwerpen
""",
    atts=[att("Letter_of_authority_D_Rossi.pdf", "application/pdf", False)],
    dsar=True, rights=["restriction"], name="Daniela Rossi", email="h.jacobs@jacobs-verbeke-law.be",
    notes="lawyer acts for data subject Daniela Rossi; email = From (lawyer) per 'normally From'; restriction, explicit do-not-delete; authority letter is not an ID")

mail(
    lang="en", frm=Address("Jürgen Hoffmann", addr_spec="juergen.hoffmann@web.de"),
    subject="wrong name in credits", date=D("2026-03-05 09:58:20", "+0100"), mailer=1,
    body="""Hello Femke,

I was the model for your "Industrial" series in the old harbour of Rotterdam last autumn. On
your website the credits says "Model: Jurgen Hofman". My name is correct writen Jürgen Hoffmann,
with ü and double f and double n. Also in the newsletter from January it was wrong.

Can you please correct it in the credits and in your data about me? For my agency it is
important that the name is the same everywhere.

Thank you and greetings from Düsseldorf,
Jürgen
""",
    dsar=True, rights=["rectification"], name="Jürgen Hoffmann", email="juergen.hoffmann@web.de",
    notes="non-native English; rectification of name spelling in credits and records; umlaut in display name")

mail(
    lang="en", frm=Address("Mia Ferreira", addr_spec="miaferreira.model@gmail.com"),
    subject="Instagram + mailing list", date=D("2026-03-18 23:02:47", "+0000"), mailer=3,
    body="""Hi Femke,

Hope you're well! I've signed with an agency now and they've asked me to clean up what's out
there of me from before. Could you please take the photos from our TFP shoot (the ones in the
greenhouse) off your Instagram and your site? I know I agreed at the time but I'm no longer
ok with them being up.

Also I keep getting your studio newsletter, would you mind taking me off that list?

Thanks so much, and no hard feelings at all - it was a fun day!
Mia x
""",
    atts=[att("IMG_8830.PNG", "image/png", False, "screenshot instagram post")],
    dsar=True, rights=["objection", "withdraw_consent"], name="Mia Ferreira", email="miaferreira.model@gmail.com",
    notes="take photos off Instagram/site = withdraw_consent; off the newsletter = objection; screenshot not ID")

mail(
    lang="en", frm=Address("Emily Clarke", addr_spec="emily.clarke88@yahoo.co.uk"),
    subject="Our wedding data - can you send it to our videographer?",
    date=D("2026-04-08 12:19:05", "+0100"), mailer=0,
    body="""Hello,

James and I had our wedding shoot with you in June. We've now booked a separate videographer
for our first anniversary film and she'd like everything we filled in for you: the wedding
questionnaire, the timeline, the list of family names for the group shots and our contact
details.

Rather than us typing it all out again, could you export our data in a format she can import
(a spreadsheet or CSV is perfect) and send it directly to her at
booking@silverreelfilms.co.uk? Please cc me.

Many thanks,
Emily Clarke
""",
    dsar=True, rights=["portability"], name="Emily Clarke", email="emily.clarke88@yahoo.co.uk",
    notes="portability: export in importable format and transmit to another provider; the videographer address is not the requester")

mail(
    lang="en", frm="r.dawson1961@gmail.com", subject="",
    date=D("2026-04-21 07:50:31", "+0100", "nowd"),
    body="""Please unsubscribe me and delete my email address from all your lists.
""",
    dsar=True, rights=["erasure", "objection"], name=None, email="r.dawson1961@gmail.com",
    notes="one-liner, empty subject, bare address From: name null; unsubscribe = objection, delete address = erasure")

mail(
    lang="en", frm=Address("Priya Raghunathan", addr_spec="priya.raghunathan@rediffmail.com"),
    subject="Kindly update my details", date=D("2026-05-07 18:34:12", "+0530"), mailer=4,
    body="""Dear Madam,

Greetings. I did the headshot session with you on 22nd April during my project in Eindhoven.
Kindly note that in the invoice and in the gallery login mail my surname is written as
"Ragunathan". The correct spelling is Raghunathan (with h). Also my mobile number is wrong
in your records, the correct one is +91 98450 22178.

Kindly do the needful and update the same in your system at the earliest.

Thanks and regards,
Priya Raghunathan
""",
    dsar=True, rights=["rectification"], name="Priya Raghunathan", email="priya.raghunathan@rediffmail.com",
    notes="Indian English, +0530 offset; rectification of surname and phone")

mail(
    lang="en", frm=Address("Chloe Nguyen", addr_spec="chloe.nguyen@bigpond.com"),
    subject="Re: Your raw footage will be deleted on 30 June", date=D("2026-06-12 08:03:55", "+1000"), mailer=3,
    body="""Hi Femke,

Please DON'T delete it! Sorry, I know that's your standard policy but I need that footage of
the fall on the stairs at the venue for my travel insurance claim in Australia. The insurer
hasn't decided yet.

In the meantime could you make sure it isn't used anywhere, not in the wedding film and not in
your promo reel? Just keep it stored until I tell you the claim is settled.

Cheers,
Chloe

On Thu, 11 Jun 2026 at 09:15, Studio Korrel <info@studiokorrel.nl> wrote:
> Dear Chloe,
>
> As agreed in our terms, we keep raw video footage for 12 months after delivery. Your raw
> footage from the wedding in Maastricht will be permanently deleted on 30 June. If you have
> any questions about your data you can always ask us for access, a copy or deletion.
>
> Kind regards,
> Femke Blom | Studio Korrel
""",
    dsar=True, rights=["restriction"], name="Chloe Nguyen", email="chloe.nguyen@bigpond.com",
    notes="reply over quoted studio text (quoted mentions access/copy/deletion, ignore); keep but do not use = restriction; +1000 offset")

mail(
    lang="en", frm=FEMKE_GMAIL, to=[STUDIO],
    subject="Fwd: Transfer of my data", date=D("2026-06-29 22:10:44", "+0200"), mailer=0,
    body="""Doorgestuurd als bijlage, kwam binnen op mijn privé-gmail. Morgen oppakken.
F.
""",
    rfc822=dict(
        frm=Address("Marta Kowalska", addr_spec="marta.kowalska@wp.pl"),
        to=[FEMKE_GMAIL], subject="Transfer of my data",
        date="Sun, 28 Jun 2026 19:44:02 +0200", filename="Transfer of my data.eml",
        body="""Dear Femke,

I am moving back to Krakow and will continue my portfolio with Studio Atelier Wisła there.
Could you please send all the data I gave you (my profile, measurements, the comp card
information and the photos I uploaded for reference) directly to them in a usual digital
format? Their e-mail is kontakt@atelierwisla.pl.

Thank you for everything,
Marta Kowalska
"""),
    dsar=True, rights=["portability"], name="Marta Kowalska", email="marta.kowalska@wp.pl",
    notes="forward as attached message/rfc822; forward note in Dutch, request in English; requester inside the attached message; third-party address is not the requester")

mail(
    lang="en", frm=Address("Daniel Okafor", addr_spec="daniel.okafor@brightwell-logistics.co.uk"),
    reply_to=Address("Daniel Okafor", addr_spec="d.okafor.home@outlook.com"),
    subject="Personal - my details on file", date=D("2026-07-08 13:05:29", "+0100"), mailer=2,
    body="""Hello,

Writing from my work account as I'm travelling, please reply to my personal address.

Could you let me know what personal information you hold about me? I had a family shoot with
you in 2024 and I believe some details are out of date: my home address (now 7 Carrow Lane,
Norwich NR1 2DE) and my phone number (07700 900461). Please correct those as well.

Best regards,
Daniel Okafor

--
Daniel Okafor | Operations Lead
Brightwell Logistics Ltd
This e-mail and any attachments are confidential and intended solely for the addressee. If
you have received it in error please delete it and notify the sender.
""",
    dsar=True, rights=["access", "rectification"], name="Daniel Okafor", email="d.okafor.home@outlook.com",
    notes="work From, Reply-To private address = requester_email; access + rectification; corporate disclaimer says 'delete it' (not a request)")

mail(
    lang="en", frm=Address("Rebecca Lawson", addr_spec="rebecca.lawson@protonmail.com"),
    subject="Withdrawal of consent and request for erasure (Articles 7(3) and 17 GDPR)",
    date=D("2026-07-21 09:30:00", "+0100"), mailer=1,
    body="""Dear Sir or Madam,

RE: Withdrawal of consent and request for erasure of personal data

I hereby withdraw, with immediate effect, the consent I gave to Studio Korrel for the use of
photographs of me (portfolio session, 3 September 2024) on your website, social media
channels and in promotional material, pursuant to Article 7(3) of the General Data Protection
Regulation (GDPR).

Furthermore, I request under Article 17(1)(b) GDPR the erasure of all personal data concerning
me, as there is no other legal ground for the processing. Where you have disclosed my personal
data to third parties, please inform them of this request in accordance with Article 19 GDPR.

Please confirm in writing within one month, as required by Article 12(3) GDPR, that my data
has been erased. Should you fail to respond, I reserve the right to lodge a complaint with the
Autoriteit Persoonsgegevens and to take further legal action.

Yours faithfully,
Rebecca Lawson
22 Elm Grove
Brighton BN2 3ES
""",
    dsar=True, rights=["erasure", "withdraw_consent"], name="Rebecca Lawson", email="rebecca.lawson@protonmail.com",
    notes="formal generator letter: withdraw consent 7(3) + erasure 17; mentions 19, 12(3) and complaint")

mail(
    lang="en", frm=Address("Hannah Whitfield", addr_spec="hannahwhitfield@icloud.com"),
    subject="a few things (sorry this is long)", date=D("2026-08-02 21:48:16", "+0100"), mailer=3,
    body="""Hi Femke,

I hope summer is treating you well! I've been meaning to write for weeks and kept putting it
off, so here goes, sorry in advance for the essay.

As you might have seen on Instagram, we're moving to Vancouver in October for Tom's job. It's
all very exciting and also completely chaotic, the house is full of boxes and the cat is
furious with us. Anyway, in the middle of all of this I've been going through my online life,
and I realised I'm not sure how I feel about the maternity photos you have on your homepage.
I loved them at the time (and still do, they're gorgeous), but with the move and a new job I'm
a bit more careful about what is public. I haven't decided yet whether I want them taken down
permanently. Could you take them off the homepage and out of your portfolio for now, while I
think about it? Please don't delete anything though, I might well be happy for them to go back
up later.

The other thing: I remember your client portal has all my bits and pieces - the questionnaire,
my birth plan notes for the newborn session (!), the inspiration images I uploaded. Could you
export all of that for me in some kind of file I can keep and maybe use with a photographer in
Canada? A zip with a spreadsheet would be totally fine.

No rush on the second bit, but the homepage one would be great before the end of August if
possible.

Thank you so much for everything, honestly, you made both shoots so relaxed.

Lots of love,
Hannah Whitfield
""",
    dsar=True, rights=["restriction", "portability"], name="Hannah Whitfield", email="hannahwhitfield@icloud.com",
    notes="long rambling mail; take down for now but do not delete while deciding = restriction (not withdrawal); export file for another photographer = portability")

mail(
    lang="en", frm=Address("Emre Yıldız", addr_spec="emre.yildiz@yandex.com"),
    subject="STOP", date=D("2026-08-19 15:27:03", "+0300"), mailer=4,
    body="""I have told you already on phone. I object to you using my data for your "legitimate
interest", this is not legitimate for me. Every week a mail with offers of your studio. I did
one passport photo in your studio, thats all!!

Also the photo of me you made for test of the new lights is on your website in the "behind the
scenes" page. I never say ok for this and now I say NO. Remove it.

Emre Yildiz
""",
    dsar=True, rights=["objection", "withdraw_consent"], name="Emre Yıldız", email="emre.yildiz@yandex.com",
    notes="angry, non-native; objection to marketing/legitimate interest + remove photo from website (withdraw_consent); Turkish +0300; dotless i in display name, signature without")

mail(
    lang="en", frm=Address("Laura Bennett", addr_spec="laura.bennett@gmx.net"),
    subject="Blog post about the Ghent shoot", date=D("2026-09-03 11:11:48", "+0200"), mailer=1,
    body="""Dear Femke,

I came across your blog post "A rainy afternoon in Ghent" featuring our couple shoot. It's
lovely, but the text says that my partner and I are "an Antwerp couple who just got engaged".
We live in Ghent and we're not engaged (yet!), which has caused some awkward questions from
family.

Could you please correct the caption? Until that's been done, I'd appreciate it if the post
could be set to private or taken offline temporarily - we're happy for it to go back up once
the text is right.

With kind regards,
Laura Bennett
""",
    dsar=True, rights=["rectification", "restriction"], name="Laura Bennett", email="laura.bennett@gmx.net",
    notes="correct inaccurate caption = rectification; take offline until corrected = restriction (contested accuracy)")

mail(
    lang="en", frm=Address("Aisha Mensah", addr_spec="aisha.mensah@outlook.com"),
    subject="Exporting my client profile", date=RAW("Thu, 31 Apr 2026 10:06:12 +0200"), mailer=0,
    body="""Hi there,

I'm switching to a photographer closer to home in Utrecht. Is it possible to get my client
profile from your booking system, together with the mood board I uploaded, as a CSV or zip
file? I'd like to hand it over to her so I don't have to fill in everything again.

Thanks!
Aisha Mensah
""",
    dsar=True, rights=["portability"], name="Aisha Mensah", email="aisha.mensah@outlook.com",
    notes="Date header has impossible day (31 Apr) -> received null; portability")

mail(
    lang="en", frm=Address("Greg Palmer", addr_spec="accounts@palmer-joinery.co.uk"),
    subject="Invoice 2026-0187 sent twice", date=D("2026-09-15 10:02:55", "+0100"), mailer=2,
    body="""Hi,

We received invoice 2026-0187 (team headshots, £640 + VAT) twice from Moneybird, once on the
1st and again on the 9th with a different invoice number (2026-0193). I assume the second is a
duplicate. Could you please delete the duplicate invoice / credit it so our bookkeeping
matches? We'll pay 2026-0187 this week.

Thanks,
Greg Palmer
Palmer Joinery Ltd - Accounts
""",
    dsar=False, rights=[], name=None, email=None,
    notes="NON-DSAR: invoice question; 'delete the duplicate invoice' is bookkeeping, not erasure")

mail(
    lang="en", frm=Address("Mail Delivery Subsystem", addr_spec="mailer-daemon@mail.studiokorrel.nl"),
    subject="Undelivered Mail Returned to Sender", date=D("2026-10-01 06:30:17", "+0200"),
    headers=[("Auto-Submitted", "auto-replied")],
    body="""This is the mail system at host mail.studiokorrel.nl.

I'm sorry to have to inform you that your message could not be delivered to one or more
recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can delete your own text from the
attached returned message.

<p.dekker@oldcompany-example.nl>: host mx.oldcompany-example.nl[203.0.113.25] said:
    550 5.1.1 User unknown; mailbox deleted (in reply to RCPT TO command)

--- Original message headers ---
From: Studio Korrel <info@studiokorrel.nl>
Subject: Oktober-nieuwsbrief: herfstminishoots en je gegevens in ons nieuwe klantportaal
""",
    dsar=False, rights=[], name=None, email=None,
    notes="NON-DSAR: newsletter bounce; mentions deleted mailbox and 'je gegevens' in quoted subject")

mail(
    lang="en", frm=Address("Zoë Mitchell", addr_spec="zoe.mitchell.mua@gmail.com"),
    subject="Model release question", date=D("2026-10-09 17:40:31", "+0100"), mailer=3,
    body="""Hi Femke!

Quick question about the model release I signed for the autumn editorial. Am I allowed to post
the final images on my own Instagram and on my Model Mayhem profile, as long as I credit you?
And does the release cover the behind-the-scenes clips as well, or only the stills?

Also - do I need to ask before I use them in a printed comp card?

Thanks!
Zoë
""",
    dsar=False, rights=[], name=None, email=None,
    notes="NON-DSAR: model release / usage question from model, no request on her data")

mail(
    lang="en", frm=Address("Sophie & Lucas", addr_spec="sophieandlucas2026@gmail.com"),
    subject="Album layout - a few changes", date=D("2026-10-27 20:55:10", "+0100"), mailer=0,
    body="""Hi Femke,

We've gone through the album proof and we love it! Just a few changes:

- please remove photos 112 and 347 from the album (Lucas has his eyes closed in both)
- swap the photo on page 14 for number 208
- could the cover be the one under the arch instead?

Also, could we order two extra prints of the speeches photo (number 291) in 20x30 for
Lucas's grandparents? Happy to pay for those separately.

Thanks!
Sophie
""",
    dsar=False, rights=[], name=None, email=None,
    notes="NON-DSAR: album layout edits; 'remove photos from the album' is a design change, not erasure")

mail(
    lang="en", frm=Address("Peter Lindqvist", addr_spec="peter.lindqvist@outlook.com"),
    subject="Payment reminder - already paid!", date=D("2026-11-10 08:22:47", "-0500"), mailer=2,
    body="""Hello,

I received a payment reminder today for invoice 2026-0244 (portrait session, EUR 180). I paid
this on 2 November by bank transfer, see the attached screenshot from my banking app. Please
check and stop the reminders.

Regards,
Peter Lindqvist
""",
    atts=[att("Screenshot 2026-11-10 at 08.19.03.png", "image/png", False, "bank app screenshot")],
    dsar=False, rights=[], name=None, email=None,
    notes="NON-DSAR: invoice dispute with screenshot; 'stop the reminders' is about dunning, not marketing; US -0500 offset")


# ---------------------------------------------------------------- building
def build_message(m, n):
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = m.get("to") or [STUDIO]
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    if m.get("reply_to"):
        msg["Reply-To"] = m["reply_to"]
    msg["Subject"] = m.get("subject", "")
    date = m.get("date")
    if date is not None:
        msg.set_raw("Date", date[0])  # raw: keep style, comment, or broken text as written
    frm = m["frm"]
    dom = frm.domain if isinstance(frm, Address) else frm.split("@")[1]
    msg["Message-ID"] = f"<{n * 7919 + 104729:x}.{n:04d}.k11a@{dom}>"
    msg["MIME-Version"] = "1.0"
    if m.get("mailer") is not None:
        k, v = MAILERS[m["mailer"]]
        msg[k] = v
    for k, v in m.get("headers", []):
        msg[k] = v
    charset = m.get("charset", "utf-8")
    cte = m.get("cte")
    body, html = m.get("body"), m.get("html")
    if body is not None:
        msg.set_content(body, charset=charset, cte=cte)
        if html is not None:
            inl = m.get("inline", [])
            html = html.format(**{f"cid{i}": f"img{i}.{n:04d}@k11a" for i in range(len(inl))})
            msg.add_alternative(html, subtype="html")
            if inl:
                hpart = msg.get_payload()[1]
                for i, a in enumerate(inl):
                    mt, st = a["content_type"].split("/")
                    hpart.add_related(a["data"], mt, st, cid=f"<img{i}.{n:04d}@k11a>",
                                      filename=a["filename"], disposition="inline")
    else:
        msg.set_content(html, subtype="html")
    for a in m.get("atts", []):
        mt, st = a["content_type"].split("/")
        msg.add_attachment(a["data"], mt, st, filename=a["filename"])
    if m.get("rfc822"):
        r = m["rfc822"]
        inner = EmailMessage()
        inner["From"] = r["frm"]
        inner["To"] = r["to"]
        inner["Subject"] = r["subject"]
        inner.set_raw("Date", r["date"])
        inner.set_content(r["body"])
        if msg.get_content_maintype() != "multipart":
            msg.make_mixed()
        msg.add_attachment(inner, filename=r["filename"])
    for j, part in enumerate(msg.walk()):  # deterministic boundaries
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{n:04d}_{j}_k11a")
    return msg


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith((".eml", ".json")):
            os.remove(os.path.join(OUT, f))
    crlf = {4, 17, 33, 45}
    for i, m in enumerate(MAILS, 1):
        assert m["rights"] == [r for r in RIGHTS_ORDER if r in m["rights"]], i
        assert len(m["rights"]) <= 2 and (m["dsar"] == bool(m["rights"])), i
        msg = build_message(m, i)
        pol = policy.default.clone(linesep="\r\n") if i in crlf else policy.default
        with open(os.path.join(OUT, f"{i:04d}.eml"), "wb") as fh:
            fh.write(msg.as_bytes(policy=pol))
        atts = [{k: a[k] for k in ("filename", "content_type", "is_id_document")}
                for a in m.get("inline", []) + m.get("atts", [])]
        if m.get("rfc822"):
            atts.append({"filename": m["rfc822"]["filename"], "content_type": "message/rfc822",
                         "is_id_document": False})
        date = m.get("date")
        truth = {
            "file": f"{i:04d}.eml",
            "is_dsar": m["dsar"],
            "rights": m["rights"],
            "language": m["lang"],
            "requester_name": m["name"] if m["dsar"] else None,
            "requester_email": m["email"] if m["dsar"] else None,
            "received": date[1] if date else None,
            "attachments": atts,
            "notes": m["notes"],
        }
        with open(os.path.join(OUT, f"{i:04d}.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print(f"wrote {len(MAILS)} mails to {OUT}")


if __name__ == "__main__":
    main()
