#!/usr/bin/env python3
"""Build 50 labelled test e-mails (nl/de) for a photo-studio DSAR intake parser.
Python 3.11 standard library only. Writes mails/NNNN.eml + mails/NNNN.json."""
import json, os, glob, hashlib
from email.message import EmailMessage
from email import policy
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
STUDIO = "Studio Zilverzout <info@studiozilverzout.nl>"

# tiny placeholder payloads with realistic magic bytes
def jpeg(tag): return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + tag.encode() + b"\xff\xd9"
def png(tag): return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00" + tag.encode() + b"\x00\x00\x00\x00IEND\xaeB`\x82"
def pdf(tag): return b"%PDF-1.4\n% placeholder: " + tag.encode() + b"\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
def heic(tag): return b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + tag.encode()
def zipf(tag): return b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + tag.encode() + b"PK\x05\x06" + b"\x00" * 18
MAKERS = {"image/jpeg": jpeg, "image/png": png, "application/pdf": pdf, "image/heic": heic,
          "application/octet-stream": heic, "application/zip": zipf}

MAILS = []
def M(**kw): MAILS.append(kw)

# ---------------------------------------------------------------- Dutch, Netherlands (1-15)
M(lang="nl", region="NL", frm="Sanne de Wit <sannedewit88@gmail.com>", subject="vraagje",
  date="Tue, 9 Jan 2024 20:14:03 +0100", dsar=True, rights=["access"], name="Sanne de Wit",
  email="sannedewit88@gmail.com", notes="plain access request without legal words",
  body="""Hoi Roos,

Ik heb vorig jaar een zwangerschapsshoot bij jullie gedaan. Kun je me laten weten wat jullie allemaal van mij bewaard hebben? Adres, telefoonnummer, foto's, dat soort dingen. Ik ben gewoon benieuwd wat er nog in jullie systeem staat.

Groetjes,
Sanne
""")

M(lang="nl", region="NL", frm="R. Bakker <rbakker1971@hotmail.com>", subject="NU VERWIJDEREN",
  date="Wed, 17 Jan 2024 07:52:40 +0100", dsar=True, rights=["erasure"], name="Ronald Bakker",
  email="rbakker1971@hotmail.com", notes="angry, typos; display name 'R. Bakker', full name only in signature",
  body="""Dit is de derde keer dat ik het vraag. Ik wil dat jullie ALLES van me verwijderen, mijn naam mijn adres mijn telefoonnr en die fotos van de bedrijfsshoot van 2021. Ik heb nooit gevraagt om in jullie klantenbestand te staan, dat heeft mijn vorige werkgever geregeld.
Ik verwacht een bevestiging dat het weg is.

Ronald Bakker
""")

M(lang="nl", region="NL", frm="Lotte Verhoeven <lotte.verhoeven@ziggo.nl>", subject="Foto's op Instagram",
  date="Mon, 29 Jan 2024 13:05:11 +0000", dsar=True, rights=["withdraw_consent"], name="Lotte Verhoeven",
  email="lotte.verhoeven@ziggo.nl", notes="model: take portfolio photos off Instagram/website, archive may stay (not erasure); screenshot attachment; UTC offset",
  attachments=[("Screenshot_20240129-135822_Instagram.png", "image/png", False)],
  body="""Hey!

Leuk dat de foto's van de portfolioshoot zo goed ontvangen worden, maar ik zou het fijn vinden als jullie ze van Instagram en van de website halen. Ik zit inmiddels bij een modellenbureau en die willen niet dat er oudere beelden van mij rondgaan. Ik heb een screenshot bijgevoegd van de post die ik bedoel (en er staan er nog twee in de highlights).

De foto's zelf mag je voor je eigen archief houden hoor, het gaat me puur om het online staan.

Liefs,
Lotte
""")

M(lang="nl", region="NL", frm="\"M.J. Kuipers\" <m.kuipers@kpnmail.nl>",
  subject="Verzoek om inzage persoonsgegevens (artikel 15 AVG)",
  date="Thu, 8 Feb 2024 10:31:47 +0100", dsar=True, rights=["access"], name="Marieke Kuipers",
  email="m.kuipers@kpnmail.nl", notes="formal generator letter; cites art. 12, 15-21 and the AP but only asks access; ID scan PDF",
  attachments=[("kopie_ID_MKuipers.pdf", "application/pdf", True)], cte="quoted-printable",
  body="""Studio Zilverzout
t.a.v. de verwerkingsverantwoordelijke

Betreft: verzoek om inzage op grond van artikel 15 van de Algemene Verordening Gegevensbescherming (AVG)

Geachte heer/mevrouw,

Op grond van artikel 15 AVG verzoek ik u mij mee te delen of u persoonsgegevens van mij verwerkt. Indien dat het geval is, verzoek ik u mij een kopie van deze persoonsgegevens te verstrekken, alsmede informatie over:
- de verwerkingsdoeleinden;
- de categorieën van persoonsgegevens;
- de ontvangers aan wie de gegevens zijn of worden verstrekt;
- de bewaartermijn;
- de bron van de gegevens, indien ik die niet zelf heb verstrekt;
- het bestaan van geautomatiseerde besluitvorming, waaronder profilering.

Ik wijs u erop dat ik daarnaast op grond van de artikelen 16 tot en met 21 AVG rechten heb op rectificatie, wissing, beperking, overdraagbaarheid en bezwaar. Van die rechten maak ik met deze brief (nog) geen gebruik.

U dient binnen één maand na ontvangst van dit verzoek te reageren (artikel 12 lid 3 AVG). Ter identificatie stuur ik een kopie van mijn identiteitsbewijs mee, waarop ik de pasfoto en het BSN heb afgeschermd.

Indien ik niet binnen de gestelde termijn een reactie ontvang, behoud ik mij het recht voor een klacht in te dienen bij de Autoriteit Persoonsgegevens.

Met vriendelijke groet,

Marieke Kuipers
Wilhelminastraat 41
6211 KN Maastricht
""")

M(lang="nl", region="NL", frm="Jeroen Smits <jeroen.smits@xs4all.nl>", subject="Foto's van onze dochter Noor",
  date="Sat, 17 Feb 2024 22:48:09 +0100", dsar=True, rights=["erasure", "withdraw_consent"], name="Noor Smits",
  email="jeroen.smits@xs4all.nl", notes="parent acting for a child: requester_name is the data subject (the daughter), requester_email the parent's From; offline + delete",
  body="""Beste Roos,

Afgelopen zomer heeft mijn ex-vrouw onze dochter Noor Smits (9) bij jullie laten fotograferen voor een kinderportret. Ik kwam er nu achter dat er een foto van Noor op jullie website staat bij 'kinderfotografie' en ook in een advertentie op Facebook. Daar heb ik als vader met gezag nooit mee ingestemd en ik wil dat die foto's per direct offline gaan.

Daarnaast wil ik dat jullie alle gegevens van Noor uit jullie administratie verwijderen, dus de foto's, haar naam en geboortedatum op het intakeformulier, alles. De factuur mag van mij blijven staan, die staat op naam van mijn ex.

Ik hoor graag binnen een week van jullie.

Jeroen Smits
""")

M(lang="nl", region="NL", frm="tim.v.d.berg@outlook.com", subject="Re: Lentemini's bij Zilverzout - nog 3 plekken vrij!",
  date="Thu, 7 Mar 2024 09:02:55 +0100", dsar=True, rights=["objection"], name="Tim",
  email="tim.v.d.berg@outlook.com", notes="bare From without display name; newsletter opt-out over quoted newsletter (quoted text has 'afmelden')",
  body="""Ik wil deze mails niet meer ontvangen. Ik heb 1x een pasfoto laten maken en sindsdien krijg ik elke maand die nieuwsbrief. Graag van de lijst afhalen.

Tim

> Op 6 mrt 2024 om 18:00 schreef Studio Zilverzout <nieuwsbrief@studiozilverzout.nl>:
>
> Lentemini's zijn terug!
> 20 minuten, 10 bewerkte foto's, een prachtig decor met bloesem. Boek snel,
> er zijn nog maar 3 plekken vrij op zaterdag 23 maart.
>
> Je ontvangt deze e-mail omdat je klant bent bij Studio Zilverzout.
> Wil je geen mails meer ontvangen? Je kunt je hier afmelden.
""")

M(lang="nl", region="NL", frm="Fleur Janssen <fleur@janssenhaarmode.nl>", subject="Overstap naar andere fotograaf",
  date="Tue, 12 Mar 2024 14:27:30 +0100", dsar=True, rights=["portability"], name="Fleur Janssen",
  email="fleur@janssenhaarmode.nl", notes="transfer to another photographer; the other studio's address in the body is not the requester",
  body="""Hallo Roos,

We hebben de afgelopen drie jaar onze salonfoto's en social content bij jou laten maken, en daar zijn we heel tevreden over geweest. Omdat we verhuizen naar Eindhoven gaan we voortaan werken met een fotograaf daar, Studio Noorderlicht (hallo@studionoorderlicht-ehv.nl).

Zou je alles wat je van mij als klant hebt vastgelegd - contactgegevens, briefings, shotlists, de lijst met geleverde beelden - in een normaal bestand (Excel of CSV is prima) rechtstreeks naar hen willen sturen? Dan hoeven we niet alles opnieuw door te nemen. De beeldbestanden zelf hebben we al.

Dank je wel en succes!

Fleur Janssen
Janssen Haarmode
""")

M(lang="nl", region="NL", frm="Eva Mulder <eva.mulder@gmail.com>", subject="nieuwe achternaam + mailadres",
  date="Fri, 22 Mar 2024 11:40:02 +0100", dsar=True, rights=["rectification"], name="Eva Mulder",
  email="eva.mulder@gmail.com", notes="rectification with new surname and new address in body: requester stays From / display name",
  body="""Hoi,

Kleine update: ik ben in februari getrouwd (jullie hebben de foto's gemaakt, nogmaals dank!) en heet nu Eva Mulder-Brouwer. Willen jullie mijn naam in jullie klantgegevens aanpassen? En mijn mailadres wordt eva.mulderbrouwer@gmail.com, dit adres verdwijnt over een paar maanden.

Ook staat in de online galerij nog 'Bruiloft Eva & Daan - Mulder'. Zou fijn zijn als dat 'Mulder-Brouwer' wordt.

Groeten,
Eva
""")

M(lang="nl", region="NL", frm="\"Drs. P.A. Gerritsen\" <pa.gerritsen@planet.nl>",
  subject="Verzoek tot beperking van de verwerking - art. 18 AVG",
  date="Mon, 1 Apr 2024 16:55:13 +0200", dsar=True, rights=["restriction"], name="P.A. Gerritsen",
  email="pa.gerritsen@planet.nl", notes="formal; restriction because of invoice dispute (don't delete, don't use); art. 17 and 21 only mentioned",
  body="""Aan: Studio Zilverzout, mevrouw R. Hendrikx
Betreft: beperking van de verwerking (artikel 18 lid 1 sub c AVG)

Geachte mevrouw Hendrikx,

Tussen ons bestaat een geschil over uw factuur 2023-118 en over de kwaliteit van de portretten die op 14 oktober 2023 zijn gemaakt. Ik heb begrepen dat u voornemens bent 'het dossier te sluiten' en de bestanden op te schonen.

Ik verzoek u met ingang van heden de verwerking van mijn persoonsgegevens te beperken als bedoeld in artikel 18 lid 1 sub c AVG. Concreet: u wist de gegevens en beelden van genoemde shoot niet, omdat ik deze nodig heb voor de instelling, uitoefening of onderbouwing van een rechtsvordering, maar u gebruikt ze evenmin op enige andere wijze, ook niet voor uw portfolio.

Voor de volledigheid: dit is nadrukkelijk geen verzoek om wissing in de zin van artikel 17 AVG en evenmin een bezwaar als bedoeld in artikel 21 AVG.

Ik verzoek u mij binnen de termijn van artikel 12 lid 3 AVG schriftelijk te bevestigen dat u aan dit verzoek gevolg geeft. Ik behoud mij het recht voor een klacht in te dienen bij de Autoriteit Persoonsgegevens.

Hoogachtend,

P.A. Gerritsen
Emmaweg 6
6241 CL Bunde
""")

M(lang="nl", region="NL", frm="Studio Zilverzout website <noreply@studiozilverzout.nl>",
  subject="Nieuw bericht via contactformulier", date="Wed, 10 Apr 2024 03:17:44 +0200",
  dsar=True, rights=["access", "portability"], name="Yasmina El Idrissi", email="yasmina.elidrissi@gmail.com",
  notes="contact-form notification without Reply-To; requester in form fields; plain + HTML",
  html=True,
  body="""Er is een nieuw bericht verstuurd via het contactformulier op studiozilverzout.nl

Naam: Yasmina El Idrissi
E-mail: yasmina.elidrissi@gmail.com
Telefoon: 06 41 28 73 90
Onderwerp: Mijn gegevens
Bericht:
Goedenavond, ik heb in 2022 een portfolio shoot gedaan. Ik wil graag weten welke gegevens jullie nog van me hebben en ik wil die ook zelf ontvangen in een bestand, zodat ik het naar mijn nieuwe boeker kan meenemen. Alvast bedankt!

--
Deze e-mail is verzonden vanaf het contactformulier op Studio Zilverzout (https://studiozilverzout.nl)
""")

M(lang="nl", region="NL", frm="Iris Hoekstra <iris.hoekstra@icloud.com>", subject="Newbornshoot eind mei?",
  date="Thu, 18 Apr 2024 21:03:50 +0200", dsar=False, rights=[],
  notes="NEGATIVE: booking; asks about future online use and retention, not a request on existing data",
  body="""Hallo Roos,

Wij verwachten half mei ons eerste kindje en willen graag een newbornshoot bij jullie, het liefst in de eerste twee weken. Hebben jullie eind mei / begin juni nog plek? En kan het ook aan huis (we wonen in Meerssen)?

Twee dingen vinden we belangrijk: we willen niet dat de foto's online komen (geen Instagram, geen website), kan dat in de afspraken worden opgenomen? En hoe lang bewaren jullie de bestanden na de shoot?

Hartelijke groet,
Iris en Bas
""")

M(lang="nl", region="NL", frm="Chantal Vos <chantal.vos@live.nl>", subject="RAW bestanden van mijn shoot",
  date="Mon, 22 Apr 2024 12:12:12 +0200", dsar=False, rights=[], charset="windows-1252", cte="quoted-printable",
  notes="NEGATIVE: contractual request for paid RAW files (not access/portability); windows-1252",
  body="""Hoi Roos,

Ik heb voor de boudoirshoot het pakket 'Compleet' betaald (€ 495), en daar zaten volgens mij ook de onbewerkte bestanden bij. Ik heb alleen de 25 bewerkte jpg's gekregen via de galerij. Kun je de RAW's nog via WeTransfer sturen? Ik wil er zelf een paar bewerken.

Factuurnummer is 2024-031.

Groetjes, Chantal
""")

M(lang="nl", region="NL", frm="Administratie Koster Bouw <administratie@kosterbouw-venlo.nl>",
  subject="Dubbele factuur 2024-044", date="Tue, 30 Apr 2024 08:45:19 +0200", dsar=False, rights=[],
  notes="NEGATIVE: 'verwijder de dubbele factuur' (Moneybird); invoice PDF attached",
  attachments=[("Factuur 2024-044.pdf", "application/pdf", False)],
  body="""Goedemorgen,

Wij hebben factuur 2024-044 (bedrijfsportretten 11 april) twee keer via Moneybird ontvangen, één keer met en één keer zonder ons btw-nummer. Wilt u de dubbele factuur verwijderen of crediteren, zodat wij er maar één in de boeken hebben? De juiste versie (met btw-nummer) zit in de bijlage.

Met vriendelijke groet,

Annelies Koster
Administratie
Koster Bouw B.V. | Venlo
""")

M(lang="nl", region="NL", frm="Maarten Dekker <m.dekker@dekker-advies.nl>",
  subject="Automatisch antwoord: Je foto's staan klaar!", date="Wed, 8 May 2024 10:00:03 +0200",
  dsar=False, rights=[], extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  notes="NEGATIVE: out-of-office with confidentiality footer ('verwijderen')",
  body="""Ik ben tot en met maandag 20 mei afwezig en heb beperkt toegang tot mijn e-mail. Voor dringende zaken kunt u contact opnemen met mijn collega Ingrid via 043 - 350 22 18.

Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de bedoelde ontvanger, dan verzoeken wij u het bericht te verwijderen en de afzender te informeren.
""")

M(lang="nl", region="NL", frm="Daan Visser <daanvisser@protonmail.com>", subject="Re: Je verzoek",
  date="Mon, 13 May 2024 19:26:40 +0200", dsar=True, rights=["erasure"], name="Daan Visser",
  email="daanvisser@protonmail.com", crlf=True,
  extra={"In-Reply-To": "<a81c2f@studiozilverzout.nl>"},
  notes="reminder of an earlier erasure request, written over quoted studio reply; CRLF",
  body="""Hoi Roos,

Inmiddels zijn we ruim vier weken verder en ik heb nog niets gehoord. Kun je bevestigen dat mijn gegevens verwijderd zijn? Ik zie mezelf namelijk nog steeds in de galerij 'Teamfoto's Visser & Co' staan en mijn account op jullie klantportaal werkt ook nog gewoon. Graag alsnog alles weg.

Daan

> Op 12 apr 2024 om 10:05 schreef Studio Zilverzout <info@studiozilverzout.nl>:
>
> Hoi Daan,
>
> Dank voor je bericht. We nemen je verzoek om verwijdering in behandeling
> en laten je binnen een maand weten wanneer alles gewist is.
>
> Groet, Roos
>
>> Op 11 apr 2024 om 22:41 schreef Daan Visser <daanvisser@protonmail.com>:
>>
>> Willen jullie alles wat jullie van mij hebben verwijderen? Ik heb geen interesse meer.
""")

# ---------------------------------------------------------------- Dutch, Flanders (16-30)
M(lang="nl", region="BE", frm="Elke Peeters <elke.peeters@telenet.be>", subject="Onze trouwfoto's op jullie site",
  date="Tue, 14 May 2024 21:37:08 +0200", dsar=True, rights=["withdraw_consent"], name="Elke Peeters",
  email="elke.peeters@telenet.be", notes="Flemish; withdraws consent for wedding photos on website/blog; screenshot (not ID)",
  attachments=[("Schermafbeelding 2024-05-14 om 21.31.52.png", "image/png", False)],
  body="""Dag Roos,

Allez, het is een beetje een gênante vraag, maar Bram en ik zijn uit elkaar sinds vorige maand. Op jullie website staan nog altijd een tiental foto's van ons trouwfeest in het kasteel van Rijkhoven, bij 'huwelijken' en ook in een blogpost. Ik had destijds toestemming gegeven om die te gebruiken, maar die trek ik nu in: wilt ge die aub weghalen? Ik heb een screenshot van de blogpost in bijlage gestoken.

De originelen in ons online album moogt ge gerust laten staan tot de vervaldatum, die download ik nog.

Merci en sorry voor het gedoe,
Elke
""")

M(lang="nl", region="BE", frm="Koen Claes <koen.claes@skynet.be>", subject="Gebruik van mijn foto in reclame",
  date="Fri, 24 May 2024 15:02:19 +0200", dsar=True, rights=["objection"], name="Koen Claes",
  email="koen.claes@skynet.be", notes="objection against use for marketing based on legitimate interest (no consent was given)",
  body="""Goedemiddag,

Ik zag vorige week op Facebook een gesponsorde advertentie van jullie studio met daarin een foto van mij en mijn zoon, genomen op het familiefeest van de firma waar ik werk (geboekt door mijn werkgever, niet door mij). Ik heb daar nooit zelf iets voor getekend. Volgens onze HR-dienst gebruiken jullie die foto's 'op basis van gerechtvaardigd belang'.

Daar teken ik bezwaar tegen aan. Ik wil niet dat mijn beeld gebruikt wordt voor jullie marketing, niet op Facebook en niet elders.

Met vriendelijke groeten,
Koen Claes
Hasselt
""")

M(lang="nl", region="BE", frm="Mr. Sofie Wouters <sofie.wouters@advocaten-wouters.be>",
  subject="Onze ref.: 2024/0318 - Vandenberghe / Studio Zilverzout",
  date="Wed, 29 May 2024 11:20:00 +0200", dsar=True, rights=["access", "restriction"], name="Lien Vandenberghe",
  email="sofie.wouters@advocaten-wouters.be",
  notes="lawyer acting for client: requester_name is the client (data subject), requester_email the lawyer's From (client address not given); power of attorney PDF is not an ID",
  attachments=[("Volmacht_Vandenberghe.pdf", "application/pdf", False)],
  body="""Geachte mevrouw Hendrikx,

Ik schrijf u in naam en voor rekening van mijn cliënte, mevrouw Lien Vandenberghe, wonende te 3500 Hasselt, Kuringersteenweg 212, die op 3 februari 2024 bij u een fotoshoot liet uitvoeren. Een volmacht vindt u in bijlage.

Mijn cliënte betwist de rechtmatigheid van de publicatie van een aantal beelden van die shoot. In afwachting van een minnelijke regeling of een beslissing ten gronde verzoek ik u:

1. de verwerking van de persoonsgegevens van mijn cliënte, met inbegrip van de beelden, te beperken overeenkomstig artikel 18 AVG: de gegevens mogen niet gewist worden, maar evenmin nog gebruikt of gepubliceerd;
2. mij overeenkomstig artikel 15 AVG een kopie te bezorgen van alle persoonsgegevens van mijn cliënte die u verwerkt, met vermelding van de ontvangers aan wie deze werden doorgegeven.

Ik verneem graag binnen de wettelijke termijn van één maand uw antwoord. Mijn cliënte behoudt zich alle rechten voor, met inbegrip van het recht om klacht in te dienen bij de Gegevensbeschermingsautoriteit.

Hoogachtend,

Mr. Sofie Wouters
Advocaat
Wouters & Lambrechts Advocaten
Guldensporenlei 14, 2000 Antwerpen
""")

M(lang="nl", region="BE", frm="Jens Maes <jens.maes@hotmail.be>", subject=None, date=None,
  dsar=True, rights=["erasure"], name="Jens Maes", email="jens.maes@hotmail.be",
  notes="no Subject and no Date header (received null); terse lower-case Flemish",
  body="""dag, mag alles van mij gewist worden aub? fotos, gegevens, alles. ik heb in 2022 een shoot gedaan voor de verjaardag van mijn lief. merci
jens
""")

M(lang="nl", region="BE", frm="Nathalie Lemmens <nathalie.lemmens@scarlet.be>",
  subject="Verzoek tot wissing van persoonsgegevens (art. 17 AVG)", date="Mon, 3 Jun 2024 09:14:26 +0200",
  dsar=True, rights=["erasure"], name="Nathalie Lemmens", email="nathalie.lemmens@scarlet.be",
  notes="formal generator letter; asks erasure only (art. 19, 12, 77 only cited); ID front JPEG",
  attachments=[("identiteitskaart_voorzijde.jpg", "image/jpeg", True)],
  body="""Geachte,

Hierbij verzoek ik u, overeenkomstig artikel 17 van de Algemene Verordening Gegevensbescherming (EU) 2016/679, alle persoonsgegevens die u over mij verwerkt onverwijld te wissen. De gegevens zijn niet langer nodig voor de doeleinden waarvoor zij werden verzameld (artikel 17, lid 1, a).

Dit omvat onder meer mijn contactgegevens, facturatiegegevens voor zover u die niet wettelijk moet bewaren, de beelden van de shoot van september 2021 en alle back-ups daarvan.

Gelieve overeenkomstig artikel 19 AVG eventuele ontvangers aan wie u mijn gegevens hebt meegedeeld van de wissing op de hoogte te brengen.

Ik verwacht uw bevestiging binnen de termijn van één maand bepaald in artikel 12, lid 3 AVG. Zo niet, behoud ik mij het recht voor een klacht in te dienen bij de Gegevensbeschermingsautoriteit (artikel 77 AVG).

Een kopie van mijn identiteitskaart gaat als bijlage.

Met vriendelijke groeten,
Nathalie Lemmens
Diestsesteenweg 55
3010 Kessel-Lo
""")

M(lang="nl", region="BE", frm="Wannes Goossens <wannes.goossens@gmail.com>", subject="naam verkeerd geschreven",
  date="Sun, 9 Jun 2024 17:48:33 +0300", dsar=True, rights=["rectification"], name="Wannes Goossens",
  email="wannes.goossens@gmail.com", notes="rectification of name credits and postal address; Turkey offset (on holiday)",
  body="""Hallo,

Bij de foto's van het toneelstuk van onze theatergroep staan op jullie Instagram en website de credits 'Wannes Goosens' met één s. Dat is Goossens, met twee. Ook op mijn factuur en in jullie klantenlijst is het fout gelopen, en mijn adres is ondertussen Kapelstraat 8, 2500 Lier (niet meer Mechelen). Kunnen jullie dat allemaal rechtzetten?

Bedankt!
Wannes
(verstuurd vanop reis)
""")

M(lang="nl", region="BE", frm="Ann-Sophie Verstraete <annsophie.verstraete@telenet.be>", subject="mijn klantgegevens",
  date="Thu, 20 Jun 2024 13:09:57 +0200", dsar=True, rights=["portability"], name="Ann-Sophie Verstraete",
  email="annsophie.verstraete@telenet.be", html=True,
  notes="wants her data in a file she can open in Excel, explicitly not PDF -> portability; plain + HTML",
  body="""Dag Roos,

Ik ben bezig mijn administratie van de voorbije jaren op een rijtje te zetten (we hebben bij jullie 4 shoots gedaan: zwangerschap, newborn, 1 jaar en gezin). Kunnen jullie mij de gegevens die jullie over mij en die shoots bijhouden doorsturen in een bestand dat ik kan openen in Excel? Dus data, pakketten, wat ik ingevuld heb op de vragenlijsten, enzovoort. Geen pdf aub, ik wil het zelf kunnen sorteren.

Alvast merci!
Ann-Sophie
""")

M(lang="nl", region="BE", frm="Pieter Wuyts <pieter.wuyts@brouwerij-hopland.be>", reply_to="pieterwuyts@gmail.com",
  subject="Gegevens doorsturen naar nieuwe fotografe", date="Tue, 25 Jun 2024 12:31:04 +0200",
  dsar=True, rights=["portability"], name="Pieter Wuyts", email="pieterwuyts@gmail.com", html=True,
  inline=[("logo_hopland.png", "image/png", False, "logo-hopland@brouwerij-hopland.be")],
  notes="work account with Reply-To = private address (requester_email); inline signature logo; photographer's address in body is a recipient, not the requester",
  body="""Dag Roos,

Sorry dat ik van op het werk mail, antwoorden graag naar mijn gmail (staat als antwoordadres ingesteld).

We hebben besloten om voor de communie van onze jongste met een fotografe dichter bij huis te werken. Zij vroeg of jullie de gegevens van ons gezin (contactgegevens, de vragenlijst van de vorige shoot, de lijst met gekozen foto's) rechtstreeks aan haar kunnen bezorgen in een formaat dat ze in haar systeem kan inladen. Haar adres: info@fotografie-deknop.be.

Bedankt en nog een fijne zomer!

Pieter Wuyts

--
Pieter Wuyts | Aankoper
Brouwerij Hopland nv | Poperinge
Dit bericht en eventuele bijlagen zijn vertrouwelijk.
""")

M(lang="nl", region="BE", frm="Jolien - Studio Zilverzout <jolien@studiozilverzout.nl>", subject="Fwd: Stop",
  date="Mon, 1 Jul 2024 08:58:12 +0200", dsar=True, rights=["objection", "withdraw_consent"], name="Kaat Dewulf",
  email="kaat.dewulf@gmail.com",
  notes="Gmail-style inline forward with Dutch 'Van:' by studio colleague; requester inside; campaign photo off + stop marketing mails",
  body="""Roos, deze kwam binnen op mijn adres, kan jij dit oppakken? Ze heeft in maart bij mij geshoot (moederdag-mini).

Jolien

---------- Forwarded message ---------
Van: Kaat Dewulf <kaat.dewulf@gmail.com>
Date: zo 30 jun 2024 om 22:14
Subject: Stop
To: <jolien@studiozilverzout.nl>


Hoi Jolien,

Ik wil eigenlijk niet meer dat de foto van mij en mijn mama in jullie moederdagcampagne blijft staan, op insta en op de flyer op jullie site. Ik gaf toen mijn akkoord maar ik heb me bedacht, haal hem er maar af aub.

En ik krijg sindsdien ook elke week reclamemails van jullie, daar wil ik ook graag mee stoppen.

Groetjes
Kaat
""")

M(lang="nl", region="BE", frm="Griet Van Damme <griet.vandamme@outlook.be>",
  subject="Vraag over het modelcontract voor mijn dochter", date="Fri, 5 Jul 2024 10:44:37 +0200",
  dsar=False, rights=[], attachments=[("modelrelease_Zilverzout_2024_opmerkingen.pdf", "application/pdf", False)],
  notes="NEGATIVE: model release negotiation for a minor before the shoot (consent wording, no request on existing data)",
  body="""Dag Roos,

Mijn dochter (15) mag volgende week meedoen aan de shoot voor de nieuwe collectie van Boetiek Lila. In het modelcontract staat dat de beelden 'onbeperkt in tijd' gebruikt mogen worden. Moet ik als ouder mee tekenen? En kunnen we afspreken dat het maximaal 2 jaar is? Ze is nog minderjarig en ik wil niet dat ze er over tien jaar nog op een affiche hangt.

Ik heb het contract terug in bijlage gestoken met mijn vragen in het geel.

Groetjes,
Griet
""")

M(lang="nl", region="BE", frm="Dirk Hermans <dirk.hermans@pandora.be>", subject="Factuur 2024-077 klopt niet",
  date="Mon, 15 Jul 2024 18:20:45 +0200", dsar=False, rights=[],
  notes="NEGATIVE: invoice dispute; says his data on the invoice ARE correct",
  body="""Goeieavond,

Ik heb factuur 2024-077 ontvangen voor 485 euro, maar we hadden 395 euro afgesproken voor het pakket 'Gezin Basis' (zie uw offerte van 3 mei). De 90 euro voor 'extra bestanden' hebben we niet besteld, we hebben in de galerij maar 15 foto's aangeduid.

Gelieve een creditnota te sturen. Mijn gegevens op de factuur zijn wel juist.

Met vriendelijke groeten,
Dirk Hermans
""")

M(lang="nl", region="BE", frm="AVG Compliance Benelux <info@avg-conform-benelux.com>",
  subject="Uw fotostudio is NIET AVG-conform - boetes tot 20 miljoen euro!", date="Wed, 17 Jul 2024 06:03:11 +0000",
  dsar=False, rights=[], html_only=True,
  notes="NEGATIVE: HTML-only spam about AVG/right to be forgotten with unsubscribe line",
  body="""<html><body><p>Beste ondernemer,</p>
<p>Wist u dat <b>8 op de 10 fotografen</b> niet voldoen aan de AVG? Klanten kunnen op elk moment hun <i>recht op vergetelheid</i> of inzage inroepen, en dan moet u binnen 30 dagen antwoorden. Kunt u dat niet, dan riskeert u boetes tot 20 miljoen euro.</p>
<p>Met onze <b>GRATIS AVG-scan</b> weet u in 5 minuten waar u staat.</p>
<p><a href="http://avg-conform-benelux.com/scan?ref=foto">Start nu uw gratis scan</a></p>
<p style="font-size:10px">U ontvangt deze e-mail omdat uw bedrijf publiek vermeld staat. Wilt u geen e-mails meer ontvangen? <a href="http://avg-conform-benelux.com/uit">Uitschrijven</a>.</p>
</body></html>
""")

M(lang="nl", region="BE", frm="Hanne Jacobs <hanne.jacobs@proximus.be>", subject="Foto in brochure jeugdhuis",
  date="Tue, 23 Jul 2024 20:11:52 +0200", dsar=True, rights=["restriction"], name="Hanne Jacobs",
  email="hanne.jacobs@proximus.be", notes="contests accuracy of caption, wants use stopped but explicitly NOT deleted -> restriction",
  body="""Dag,

In de nieuwe brochure van jeugdhuis 't Kelderke staat een foto van mij met als bijschrift 'vrijwilliger van het jaar'. Dat klopt niet, ik ben daar al twee jaar weg en die tekst zet mij in een verkeerd daglicht. Ik weet dat jullie die foto's gemaakt hebben en de beeldbank voor het jeugdhuis beheren.

Zolang niet uitgeklaard is wat er precies klopt, wil ik dat jullie die foto en de info over mij niet meer gebruiken en niet meer doorgeven aan het jeugdhuis. Niet wissen hoor, want ik wil later nog kunnen aantonen wat er gebeurd is.

Hanne Jacobs
""")

M(lang="nl", region="BE", frm="Agnieszka Nowak <aga.nowak93@gmail.com>", subject="foto website weg aub",
  date="Thu, 1 Aug 2024 23:05:40 +0200", dsar=True, rights=["withdraw_consent"], name="Agnieszka Nowak",
  email="aga.nowak93@gmail.com",
  notes="non-native Dutch; withdraws consent for website photos; ID photo as .HEIC declared application/octet-stream",
  attachments=[("IMG_4471.HEIC", "application/octet-stream", True)],
  body="""Goeiedag,

Ik ben Agnieszka, ik heb in de winter model gestaan voor de workshop "licht en schaduw" in jullie studio. Mijn Nederlands is niet zo goed, sorry voor fouten.
Ik zie nu dat mijn fotos staan op jullie website en ook op de pagina van de workshop. Ik wil niet meer dat mijn fotos daar staan, ik geef geen toestemming meer. Mijn nieuwe werk vindt dit niet goed.
Ik stuur foto van mijn id kaart zodat u weet dat ik het ben.

Dank u wel
Agnieszka Nowak
""")

M(lang="nl", region="BE", frm="Tom Willems <tom.willems@telenet.be>", subject="Re: Jullie online galerij is klaar",
  date="Fri, 9 Aug 2024 08:07:29 +0200", dsar=False, rights=[],
  notes="NEGATIVE: thank-you reply; only the quoted studio text mentions deleting/accessing data",
  body="""Super, merci! De foto's zijn prachtig geworden, mijn ma heeft al gehuild :-) We gaan ze deze week downloaden.

Tom

Op do 8 aug 2024 om 16:30 schreef Studio Zilverzout <info@studiozilverzout.nl>:
> Dag Tom,
>
> Jullie online galerij staat klaar: https://galerij.studiozilverzout.nl/willems-2024
> Let op: de galerij en alle bestanden worden na 60 dagen automatisch verwijderd.
> Wil je weten welke gegevens we van je bewaren, of wil je dat we alles wissen,
> laat het ons dan gewoon weten.
>
> Warme groet,
> Roos
""")

# ---------------------------------------------------------------- German: Germany (31-39)
M(lang="de", region="DE", frm="Katrin Schäfer <katrin.schaefer@web.de>", subject="Auskunftsersuchen nach Art. 15 DSGVO",
  date="Mon, 12 Aug 2024 10:02:18 +0200", dsar=True, rights=["access"], name="Katrin Schäfer",
  email="katrin.schaefer@web.de",
  notes="formal generator letter, cites Art. 12, 15-21 and the authority; asks access only; ID front + back PNG",
  attachments=[("Perso_vorne.png", "image/png", True), ("Perso_hinten.png", "image/png", True)],
  body="""Sehr geehrte Damen und Herren,

hiermit mache ich mein Recht auf Auskunft gemäß Art. 15 der Datenschutz-Grundverordnung (DSGVO) geltend. Bitte teilen Sie mir mit, ob Sie mich betreffende personenbezogene Daten verarbeiten. Ist dies der Fall, bitte ich um
- eine Kopie dieser Daten (Art. 15 Abs. 3 DSGVO),
- die Verarbeitungszwecke,
- die Empfänger oder Kategorien von Empfängern,
- die geplante Speicherdauer,
- die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden.

Auf meine Rechte nach Art. 16 bis 21 DSGVO weise ich lediglich hin; diese mache ich zum jetzigen Zeitpunkt nicht geltend.

Ich erwarte Ihre Antwort innerhalb der Frist von einem Monat (Art. 12 Abs. 3 DSGVO), spätestens bis zum 12.09.2024. Andernfalls behalte ich mir vor, mich an die zuständige Aufsichtsbehörde zu wenden.

Zur Identifikation füge ich eine Kopie meines Personalausweises (Vorder- und Rückseite, teilweise geschwärzt) bei.

Mit freundlichen Grüßen
Katrin Schäfer
Aachener Str. 117
52074 Aachen
""")

M(lang="de", region="DE", frm="Lukas Brandt <lukas.brandt@gmx.de>", subject="Löschung",
  date="Wed, 21 Aug 2024 16:34:50 -0400", dsar=True, rights=["erasure"], name="Lukas Brandt",
  email="lukas.brandt@gmx.de", notes="plain erasure; US offset (travelling)",
  body="""Hallo,

ich war im Frühjahr bei euch für Bewerbungsfotos. Die Fotos hab ich, danke nochmal. Jetzt würde ich aber gern, dass ihr alles was ihr über mich gespeichert habt löscht - Name, Handynummer, die Bilder auf eurem Server, alles. Brauch ich nicht mehr.

Kurze Bestätigung wäre nett.

Gruß
Lukas
""")

M(lang="de", region="DE", frm="Heike Roth <heike.roth@t-online.de>", subject="Ihre Werbemails",
  date="Fri, 30 Aug 2024 07:15:09 +0200", dsar=True, rights=["objection"], name="Heike Roth",
  email="heike.roth@t-online.de", charset="windows-1252", cte="quoted-printable",
  notes="stop newsletter/advertising -> objection; windows-1252 quoted-printable",
  body="""Guten Morgen,

seit meinem Fotoshooting im letzten Jahr bekomme ich von Ihnen ständig Newsletter und Angebote (Weihnachtsminis, Osterminis, Gutscheine ...). Ich möchte das nicht mehr. Bitte nutzen Sie meine E-Mail-Adresse nicht mehr für Werbung.

Der Abmelde-Link unten in der Mail funktioniert bei mir übrigens nicht.

Freundliche Grüße
Heike Roth
""")

M(lang="de", region="DE", frm="Jonas Keller <jonas@keller-yoga.de>", subject="Datenübertragung an neue Fotografin",
  date="Tue, 3 Sep 2024 14:50:31 +0200", dsar=True, rights=["portability"], name="Jonas Keller",
  email="jonas@keller-yoga.de", notes="machine-readable transfer to new photographer; her address in body is not the requester",
  body="""Hallo Roos,

nach drei Jahren und ich weiß nicht wie vielen Yoga-Shootings ziehe ich mit dem Studio nach Freiburg, und da ist mir die Anfahrt zu dir leider zu weit.

Ich würde mich freuen, wenn du meine Daten - Kundenstammdaten, die Briefings für die Shootings, die Bildauswahl-Listen - in einem maschinenlesbaren Format (CSV, JSON, was halt geht) direkt an meine neue Fotografin Mira Lenz schickst: mira@miralenz-foto.de. Sie meldet sich sonst auch noch bei dir.

Danke für die tolle Zusammenarbeit!
Jonas
""")

INNER35 = dict(frm="Andreas Vogel <a.vogel@posteo.de>", to="jolien@studiozilverzout.nl", subject="Meine Daten",
               date="Sat, 7 Sep 2024 18:21:09 +0200",
               body="""Guten Tag,

ich möchte gern wissen, welche Daten Sie über mich gespeichert haben.

Außerdem ist meine Adresse bei Ihnen veraltet: Ich wohne seit Juli in der Lindenstraße 4, 41061 Mönchengladbach, nicht mehr in Viersen. Bitte korrigieren Sie das.

Mit freundlichen Grüßen
Andreas Vogel
""")
M(lang="de", region="DE", frm="Jolien - Studio Zilverzout <jolien@studiozilverzout.nl>", subject="Fw: Meine Daten",
  date="Mon, 9 Sep 2024 09:12:00 +0200", dsar=True, rights=["access", "rectification"], name="Andreas Vogel",
  email="a.vogel@posteo.de", rfc822=("Meine Daten.eml", INNER35),
  notes="forward as attachment (message/rfc822) by studio colleague; forward note in Dutch, request in German; requester inside",
  body="""Roos, zie bijlage: Duitse klant, kwam via mijn mailbox binnen. Kun jij hem beantwoorden? Ik weet niet precies wat we van hem hebben.

Jolien
""")

M(lang="de", region="DE", frm="Sarah Winkler <sarah.winkler@gmail.com>", subject="Anfrage Hochzeit 14.06.2025",
  date="Thu, 12 Sep 2024 19:40:27 +0200", dsar=False, rights=[],
  attachments=[("Moodboard_Sarah_Tim.pdf", "application/pdf", False)],
  notes="NEGATIVE: wedding booking with a question about guests' privacy and Datenschutz",
  body="""Hallo liebes Zilverzout-Team,

wir heiraten am 14. Juni 2025 in Valkenburg und sind total verliebt in eure Reportagen! Habt ihr an dem Tag noch Kapazität? Wir bräuchten Fotos von der Trauung bis zum Eröffnungstanz, gerne auch ein kurzes Video.

Eine Frage noch: Einige unserer Gäste möchten nicht fotografiert werden bzw. nicht online auftauchen. Wie handhabt ihr das mit dem Datenschutz? Bekommen die Gäste etwas zum Unterschreiben?

Anbei unser Moodboard.

Liebe Grüße
Sarah & Tim
""")

M(lang="de", region="DE", frm="Mail Delivery System <MAILER-DAEMON@mout.gmx.net>",
  subject="Mail delivery failed: returning message to sender", date="Wed, 16 Oct 2024 18:00:42 +0200",
  dsar=False, rights=[], extra={"Auto-Submitted": "auto-replied"},
  notes="NEGATIVE: newsletter bounce (unknown user); quoted newsletter footer mentions abbestellen/Daten aktualisieren",
  body="""Diese Nachricht wurde automatisch vom Mailsystem erzeugt.

Die folgende Nachricht konnte nicht zugestellt werden:

  stefanie.kraus1984@gmx.de
    Mailbox nicht vorhanden / user unknown (550 5.1.1)

------ Kopfzeilen der Originalnachricht ------
From: Studio Zilverzout <nieuwsbrief@studiozilverzout.nl>
To: stefanie.kraus1984@gmx.de
Subject: Herbst-Minis: jetzt buchen!
X-Mailer: Mailchimp Mailer

------ Auszug ------
Herbst-Minis im Geultal - 15 Minuten, 8 Bilder, 129 EUR.
Newsletter abbestellen | Ihre Daten aktualisieren | Datenschutz
""")

M(lang="de", region="DE", frm="Kanzlei Dr. Hoffmann & Partner <sekretariat@hoffmann-partner-koeln.de>",
  subject="Unser Zeichen 214/24 - Bauer ./. Studio Zilverzout", date="Tue, 17 Sep 2024 11:03:45 +0200",
  dsar=True, rights=["restriction", "objection"], name="Leonie Bauer",
  email="sekretariat@hoffmann-partner-koeln.de",
  attachments=[("Vollmacht_Bauer.pdf", "application/pdf", False)],
  notes="lawyer for client: name is the client, email the law firm's From; objection (Art. 21 against legitimate interest) + restriction pending review; power of attorney not an ID",
  body="""Sehr geehrte Frau Hendrikx,

in vorbezeichneter Angelegenheit zeigen wir an, dass wir Frau Leonie Bauer, Venloer Straße 301, 50823 Köln, anwaltlich vertreten. Eine auf uns lautende Vollmacht ist beigefügt.

Unsere Mandantin hat im Mai 2023 an einem TFP-Shooting in Ihrem Studio teilgenommen. Sie verwenden Aufnahmen unserer Mandantin seither in Ihrem Online-Kurs "Posing für Anfänger" und stützen dies nach Ihrer Datenschutzerklärung auf Ihr berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO).

Namens und im Auftrag unserer Mandantin legen wir hiermit gemäß Art. 21 Abs. 1 DSGVO Widerspruch gegen diese Verarbeitung ein. Unsere Mandantin ist inzwischen als Lehrerin tätig; die Verbreitung der Aufnahmen in einem kommerziellen Kurs beeinträchtigt sie erheblich.

Bis zur Prüfung des Widerspruchs verlangen wir zudem die Einschränkung der Verarbeitung nach Art. 18 Abs. 1 lit. d DSGVO. Die Aufnahmen sind bis dahin aus dem Kurs zu nehmen, dürfen jedoch nicht gelöscht werden, da sie für eine etwaige gerichtliche Auseinandersetzung benötigt werden.

Wir haben uns eine Frist bis zum 17.10.2024 notiert.

Mit freundlichen Grüßen

Dr. Matthias Hoffmann
Rechtsanwalt
Hoffmann & Partner Rechtsanwälte, Aachener Str. 44, 50674 Köln
""")

M(lang="de", region="DE", frm="Mia Krüger <mia.krueger@icloud.com>", subject="TFP Shooting Juni",
  date="Sun, 22 Sep 2024 16:29:14 +1000", dsar=True, rights=["withdraw_consent"], name="Mia Krüger",
  email="mia.krueger@icloud.com", notes="model withdraws consent for one set only (portfolio/Insta/competitions); Australian offset",
  body="""Hi Roos,

ich hoffe dir geht's gut! Grüße aus Brisbane :)

Ich muss dir leider was Unangenehmes schreiben: die Bilder vom TFP-Shooting im Juni (das Dessous-Set) - ich möchte nicht mehr, dass die irgendwo gezeigt werden. Also bitte nicht mehr auf Insta, nicht im Portfolio und auch nicht bei Wettbewerben einreichen. Ich ziehe meine Einwilligung dafür zurück.

Die anderen Sets (Streetstyle) sind okay, die dürfen bleiben.

Sorry und danke fürs Verständnis
Mia
""")

# ---------------------------------------------------------------- German: Austria (40-45)
M(lang="de", region="AT", frm="Florian Gruber <florian.gruber@gmx.at>", subject="Sofort löschen!!!",
  date="Thu, 3 Oct 2024 23:51:07 +0200", dsar=True, rights=["erasure", "withdraw_consent"], name="Florian Gruber",
  email="florian.gruber@gmx.at", html=True,
  inline=[("image001.png", "image/png", True, "image001.png@01DB15A2.3C4F5E60")],
  notes="angry Austrian dialect; Instagram photo off + delete everything; ID card pasted inline (multipart/related)",
  body="""Grüß Gott,

i hab jetzt zum zweiten Mal gsehn, dass ihr ein Foto von mir vom Firmenevent in Wien (Oktober 2023) auf eurem Instagram habts. Ich hab NIE zugestimmt dass das öffentlich wird!!! Runter damit, sofort.

Und dann löscht bitte alles, was ihr über mich gespeichert habts, ich will mit euch nix mehr zu tun haben.

Damit ihr seht, dass ich's wirklich bin, hier mein Ausweis:

Florian Gruber
""")

M(lang="de", region="AT", frm="Verena Huber <verena.huber@aon.at>", subject="Frage",
  date="Mon, 14 Oct 2024 12:05:44 +0200", dsar=True, rights=["access"], name="Verena Huber",
  email="verena.huber@aon.at", extra={"X-Mailer": "iPhone Mail (21G93)"},
  notes="two-line access request from phone",
  body="""Servus,
was habt ihr eigentlich alles über mich gespeichert? Hätt gern eine Kopie davon.
LG Verena Huber

Von meinem iPhone gesendet
""")

M(lang="de", region="AT", frm="Mag. Bernhard Pichler <bernhard.pichler@chello.at>",
  subject="Antrag auf Einschränkung der Verarbeitung gem. Art. 18 DSGVO", date="Tue, 22 Oct 2024 08:30:00 +0200",
  dsar=True, rights=["restriction"], name="Bernhard Pichler", email="bernhard.pichler@chello.at",
  attachments=[("Reisepass_Pichler.pdf", "application/pdf", True)],
  notes="formal; unlawful publication but restriction instead of erasure (Art. 18(1)(b)); Art. 15-17, 21 only mentioned; passport PDF; name without title 'Mag.'",
  body="""Sehr geehrte Damen und Herren,

auf Ihrer Website ist in der Referenz "Kanzleiporträts Wien 2023" ein Porträt von mir mit vollem Namen veröffentlicht. Eine Einwilligung hierfür wurde von mir nie erteilt; die Veröffentlichung ist daher unrechtmäßig.

Ich ersuche Sie gemäß Art. 18 Abs. 1 lit. b DSGVO, statt einer Löschung die Verarbeitung der mich betreffenden Daten einzuschränken: Das Porträt ist aus allen öffentlichen Angeboten zu entfernen und darf nur noch gespeichert werden, da ich es für die Prüfung etwaiger Ansprüche benötige. Eine Löschung nach Art. 17 DSGVO verlange ich ausdrücklich nicht.

Meine übrigen Rechte, insbesondere nach Art. 15, 16 und 21 DSGVO, bleiben hiervon unberührt.

Bitte bestätigen Sie mir die Einschränkung binnen eines Monats schriftlich. Andernfalls werde ich Beschwerde bei der österreichischen Datenschutzbehörde einlegen. Zu meiner Identifikation liegt eine Kopie meines Reisepasses bei.

Hochachtungsvoll
Mag. Bernhard Pichler
Praterstraße 12/5
1020 Wien
""")

M(lang="de", region="AT", frm="Website Studio Zilverzout <noreply@studiozilverzout.nl>",
  reply_to="Julia Steiner <julia.steiner@outlook.at>", subject="Contactformulier: nieuw bericht van Julia Steiner",
  date="Wed, 30 Oct 2024 17:22:10 +0100", dsar=True, rights=["portability"], name="Julia Steiner",
  email="julia.steiner@outlook.at",
  notes="contact form with Dutch labels, Reply-To set to requester; request text in German; consent checkbox label is a form field",
  body="""Nieuw bericht via het contactformulier

Naam: Julia Steiner
E-mailadres: julia.steiner@outlook.at
Onderwerp: Daten exportieren
Bericht:
Hallo! Ich habe 2023 bei euch ein Branding-Shooting gemacht und wechsle jetzt zu einer Fotografin in Salzburg. Könnt ihr mir bitte alle meine Daten (Kundendaten, Fragebogen, Bildauswahl) als Datei in einem gängigen Format schicken, damit ich sie dort weitergeben kann? Danke, Julia

Ik ga akkoord met de privacyverklaring: ja
""")

M(lang="de", region="AT", frm="Thomas Eder <thomas.eder@a1.net>", subject="Rohdaten Shooting",
  date="Fri, 8 Nov 2024 13:33:33 GMT", dsar=False, rights=[],
  notes="NEGATIVE: paid RAW files requested (contract), not a data request; GMT",
  body="""Hallo Roos,

wir haben im September das Firmenshooting gemacht (Rechnung ist bezahlt). Laut Angebot bekommen wir auch die RAW-Dateien. Könnt ihr die bitte per WeTransfer schicken? Unsere Grafikerin braucht sie für den Katalog.

Danke & liebe Grüße aus Linz
Thomas Eder
""")

M(lang="de", region="AT", frm="Sabine Moser <sabine.moser@drei.at>", subject="Erinnerung: Korrektur meines Namens",
  date="Tue, 19 Nov 2024 09:47:03 +0100", dsar=True, rights=["rectification"], name="Sabine Moser",
  email="sabine.moser@drei.at", crlf=True,
  notes="reminder over her own quoted earlier mail (Outlook 'Ursprüngliche Nachricht'); CRLF",
  body="""Liebe Roos,

leider steht auf eurer Website bei den Ausstellungsfotos immer noch "Sabine Mosser". Ich hatte dir am 15. Oktober deswegen geschrieben (siehe unten) und keine Antwort bekommen. Bitte korrigiert das jetzt, auch in eurer Kundendatei - da bin ich laut Rechnung ebenfalls mit zwei s eingetragen.

Danke
Sabine

-----Ursprüngliche Nachricht-----
Von: Sabine Moser <sabine.moser@drei.at>
Gesendet: Dienstag, 15. Oktober 2024 10:12
An: info@studiozilverzout.nl
Betreff: Korrektur meines Namens

Hallo, bei den Fotos von der Vernissage in Graz steht mein Name falsch (Mosser statt Moser). Könnt ihr das bitte ändern? LG Sabine
""")

# ---------------------------------------------------------------- German: Ostbelgien (46-50)
M(lang="de", region="BE-DG", frm="Marc Schröder <marc.schroeder@skynet.be>", subject="Änderung meiner Daten",
  date="Mon, 25 Nov 2024 18:03:26 +0100", dsar=True, rights=["rectification"], name="Marc Schröder",
  email="marc.schroeder@skynet.be",
  notes="rectification of address/phone/e-mail; the new address in the body is NOT requester_email",
  body="""Guten Abend,

ich bin Kunde seit der Kommunion meiner Tochter 2022. Meine Kontaktdaten haben sich geändert: neue Adresse Bergstraße 19, 4700 Eupen (vorher Kettenis), neue Handynummer 0475 31 82 64, und bitte verwenden Sie künftig diese E-Mail-Adresse: marc.schroeder.eupen@gmail.com. Die skynet-Adresse wird bald abgeschaltet.

Mit freundlichen Grüßen aus Eupen
Marc Schröder
""")

M(lang="de", region="BE-DG", frm="Nicole Kessler <n.kessler@kessler-immobilien.be>",
  subject="Abwesenheitsnotiz: Ihre Bilder sind fertig", date="Mon, 31 Nov 2024 25:14:00 +0100",
  dsar=False, rights=[], extra={"Auto-Submitted": "auto-replied"},
  notes="NEGATIVE: out-of-office; broken Date (31 Nov, hour 25) -> received null; confidentiality footer mentions löschen",
  body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. Dezember nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an unser Büro in Raeren, Tel. 087 85 21 40.

Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie sie irrtümlich erhalten haben, informieren Sie bitte den Absender und löschen Sie diese Nachricht.
""")

M(lang="de", region="BE-DG", frm="Yvonne Lambertz <yvonne.lambertz@outlook.com>", subject="Widerspruch gemäß Art. 21 DSGVO",
  date="Thu, 5 Dec 2024 10:10:10 +0100", dsar=True, rights=["objection"], name="Yvonne Lambertz",
  email="yvonne.lambertz@outlook.com", html=True,
  notes="formal objection to direct marketing incl. newsletter and custom audiences; cites Art. 12 and the Belgian authority",
  body="""Sehr geehrte Frau Hendrikx,

hiermit widerspreche ich gemäß Art. 21 Abs. 2 und 3 DSGVO der Verarbeitung meiner personenbezogenen Daten zum Zwecke der Direktwerbung. Dies umfasst ausdrücklich Ihren Newsletter sowie die Nutzung meiner E-Mail-Adresse für personalisierte Werbeanzeigen (z. B. Facebook Custom Audiences).

Bitte bestätigen Sie mir innerhalb der Frist des Art. 12 Abs. 3 DSGVO, dass meine Daten nicht mehr für diese Zwecke verarbeitet werden. Andernfalls behalte ich mir vor, Beschwerde bei der belgischen Datenschutzbehörde einzulegen.

Mit freundlichen Grüßen
Yvonne Lambertz
Hauptstraße 88
4780 St. Vith
""")

M(lang="de", region="BE-DG", frm="Zentrale DSGVO-Meldestelle <meldung@dsgvo-zentralregister.info>",
  subject="Letzte Mahnung: Eintragung ins DSGVO-Register", date="Sat, 14 Dec 2024 04:12:55 +0530",
  dsar=False, rights=[], attachments=[("Registrierungsformular_2024.zip", "application/zip", False)],
  notes="NEGATIVE: DSGVO-register scam/phishing with zip; India offset",
  body="""Sehr geehrte Gewerbetreibende, sehr geehrte Gewerbetreibender,

nach unseren Unterlagen ist Ihr Unternehmen noch nicht im Zentralen DSGVO-Register eingetragen. Gemäß der Datenschutz-Grundverordnung sind alle Unternehmen, die personenbezogene Daten (z. B. Fotos von Kunden) verarbeiten, zur Registrierung verpflichtet.

Bitte füllen Sie das beigefügte Formular aus und überweisen Sie die Bearbeitungsgebühr von 498,00 EUR innerhalb von 7 Tagen. Andernfalls droht ein Bußgeld.

Mit freundlichen Grüßen
Zentrale DSGVO-Meldestelle
""")

M(lang="de", region="BE-DG", frm="Patrick Heinen <patrick.heinen@proximus.be>", subject="Falsche Angaben auf Ihrer Website",
  date="Fri, 20 Dec 2024 16:45:00 +0100 (CET)", dsar=True, rights=["rectification", "restriction"], name="Patrick Heinen",
  email="patrick.heinen@proximus.be",
  notes="wrong caption: correct it and don't use the photo until corrected -> rectification + restriction; Date with (CET) comment",
  body="""Hallo,

auf Ihrer Website steht unter dem Foto vom Karnevalsumzug in Kelmis, ich sei "Prinz Patrick I. der KG Grün-Weiß". Das stimmt nicht: Ich war im Elferrat, nicht Prinz, und die Gesellschaft heißt KG Rot-Weiß. Bitte ändern Sie die Bildunterschrift.

Solange das nicht korrigiert ist, möchte ich, dass Sie das Foto mit meinem Namen nicht weiter verwenden und auch nicht an die Zeitung weitergeben.

Patrick Heinen
Kelmis
""")


# ---------------------------------------------------------------- builder
ORDER = ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent"]

def text_to_html(t):
    import html
    paras = [p for p in t.split("\n\n")]
    return "<html><body>" + "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paras) + "</body></html>\n"

def make(spec, idx, inner=False):
    msg = EmailMessage()
    msg["From"] = spec["frm"]
    msg["To"] = spec.get("to", STUDIO)
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    if spec.get("subject") is not None:
        msg["Subject"] = spec["subject"]
    h = hashlib.sha1(f"{idx}-{spec['frm']}-{inner}".encode()).hexdigest()
    msg["Message-ID"] = f"<{h[:16]}.{h[16:24]}@{spec['frm'].split('@')[-1].rstrip('>')}>"
    for k, v in spec.get("extra", {}).items():
        msg[k] = v
    cs = spec.get("charset", "utf-8")
    cte = spec.get("cte", "8bit" if idx % 3 else "quoted-printable")
    body = spec["body"]
    if spec.get("html_only"):
        msg.set_content(body, subtype="html", charset=cs, cte=cte)
    else:
        msg.set_content(body, charset=cs, cte=cte)
        if spec.get("html"):
            html = text_to_html(body)
            for fn, ct, _, cid in spec.get("inline", []):
                html = html.replace("</body>", f'<p><img src="cid:{cid}" alt="{fn}"></p></body>')
            msg.add_alternative(html, subtype="html", charset=cs, cte="quoted-printable")
    for fn, ct, _, cid in spec.get("inline", []):
        hp = msg.get_body(("html",))
        mt, st = ct.split("/")
        hp.add_related(MAKERS[ct](fn), mt, st, cid=f"<{cid}>", filename=fn, disposition="inline")
    if spec.get("rfc822"):
        fn, ispec = spec["rfc822"]
        inner_msg = make(ispec, idx, inner=True)
        msg.add_attachment(inner_msg, filename=fn)
    for fn, ct, _ in spec.get("attachments", []):
        mt, st = ct.split("/")
        msg.add_attachment(MAKERS[ct](fn), mt, st, filename=fn)
    return msg

def serialize(spec, idx):
    msg = make(spec, idx)
    crlf = spec.get("crlf", False)
    pol = policy.default.clone(linesep="\r\n" if crlf else "\n", max_line_length=78)
    data = msg.as_bytes(policy=pol)
    if spec.get("date") is not None:
        # inserted raw so that malformed dates survive unchanged
        nl = b"\r\n" if crlf else b"\n"
        data = b"Date: " + spec["date"].encode("ascii") + nl + data
    if spec.get("rfc822"):
        # inner message Date, also raw (placed before inner From)
        ispec = spec["rfc822"][1]
        marker = ("From: " + ispec["frm"]).encode()
        pos = data.find(b"From: ", data.find(b"message/rfc822"))
        nl = b"\r\n" if crlf else b"\n"
        data = data[:pos] + b"Date: " + ispec["date"].encode() + nl + data[pos:]
    return data

def received(date):
    if date is None:
        return None
    try:
        return parsedate_to_datetime(date).isoformat()
    except (ValueError, TypeError):
        return None

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9][0-9].*")):
        os.remove(f)
    assert len(MAILS) == 50, len(MAILS)
    for i, spec in enumerate(MAILS, 1):
        name = f"{i:04d}"
        data = serialize(spec, i)
        with open(os.path.join(OUT, name + ".eml"), "wb") as fh:
            fh.write(data)
        rights = spec["rights"]
        assert rights == sorted(rights, key=ORDER.index) and len(rights) <= 2
        assert spec["dsar"] == bool(rights)
        atts = []
        for fn, ct, isid, _ in spec.get("inline", []):
            pass
        # mail order: inline (inside the body part) first, then rfc822, then attachments
        for fn, ct, isid, _ in spec.get("inline", []):
            atts.append({"filename": fn, "content_type": ct, "is_id_document": isid})
        if spec.get("rfc822"):
            atts.append({"filename": spec["rfc822"][0], "content_type": "message/rfc822", "is_id_document": False})
        for fn, ct, isid in spec.get("attachments", []):
            atts.append({"filename": fn, "content_type": ct, "is_id_document": isid})
        gt = {
            "file": name + ".eml",
            "is_dsar": spec["dsar"],
            "rights": rights,
            "language": spec["lang"],
            "requester_name": spec.get("name") if spec["dsar"] else None,
            "requester_email": spec.get("email") if spec["dsar"] else None,
            "received": received(spec.get("date")),
            "attachments": atts,
            "notes": f"[{spec['region']}] " + spec.get("notes", ""),
        }
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gt, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    # summary
    from collections import Counter
    lang = Counter((m["lang"], m["region"]) for m in MAILS)
    rc = Counter(r for m in MAILS for r in m["rights"])
    print("mails:", len(MAILS), "dsar:", sum(m["dsar"] for m in MAILS), "non-dsar:", sum(not m["dsar"] for m in MAILS))
    print("languages:", dict(lang))
    print("rights:", {r: rc[r] for r in ORDER})
    print("received null:", sum(received(m.get("date")) is None for m in MAILS))

if __name__ == "__main__":
    main()
