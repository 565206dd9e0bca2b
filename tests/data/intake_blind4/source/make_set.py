#!/usr/bin/env python3
"""make_set.py - writes the blind4 intake test set (mails/NNNN.eml + NNNN.json) and self-checks it.
Python 3.11, standard library only, deterministic."""
import email, json, os, re, struct, sys, zlib, hashlib
from email.message import EmailMessage
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mails")
SPECS = []
CANON = ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent"]

def M(**kw):
    SPECS.append(kw)

# ---------------------------------------------------------------- tiny media
FONT = {  # 3x5 block letters
    "S": ["111", "100", "111", "001", "111"], "P": ["111", "101", "111", "100", "100"],
    "E": ["111", "100", "110", "100", "111"], "C": ["111", "100", "100", "100", "111"],
    "I": ["111", "010", "010", "010", "111"], "M": ["101", "111", "111", "101", "101"],
    "N": ["101", "111", "111", "111", "101"], " ": ["000"] * 5,
}

def png(w, h, pix):
    raw = b"".join(b"\x00" + bytes(v for x in range(w) for v in pix(x, y)) for y in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"tEXt", b"Comment\x00synthetic test image") + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))

def id_card_png(seed=0):
    w, h = 72, 44
    text = "SPECIMEN"
    def pix(x, y):
        # text row at y 30..34, starting x 4, 4px per letter
        ty = y - 31
        if 0 <= ty < 5 and 4 <= x < 4 + 4 * len(text):
            i, cx = divmod(x - 4, 4)
            if cx < 3 and FONT[text[i]][ty][cx] == "1":
                return (200, 0, 0)
        if 4 <= x < 22 and 5 <= y < 27:          # photo box
            return (150, 150, 160)
        if 26 <= x < 66 and y in (7, 11, 15, 19, 23):  # text lines
            return (60, 60, 90)
        if y < 3:
            return (30 + seed * 20 % 200, 70, 160)
        return (225, 232, 240)
    return png(w, h, pix)

def photo_png(seed=0):
    def pix(x, y):
        return ((x * 7 + seed * 31) % 256, (y * 5 + seed * 17) % 256, ((x + y) * 3 + seed) % 256)
    return png(32, 24, pix)

def logo_png(seed=0):
    def pix(x, y):
        return (20, 20, 20) if (x - 12) ** 2 + (y - 12) ** 2 < 80 else (255, 255, 255)
    return png(24, 24, pix)

def pdf(text):
    s = "BT /F1 14 Tf 20 60 Td (" + text.replace("(", "").replace(")", "") + ") Tj ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 120] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(s), s),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out

def media(kind, seed, fn):
    if kind == "id":
        return id_card_png(seed)
    if kind == "idpdf":
        return pdf("SPECIMEN identity document - synthetic test file " + fn)
    if kind == "pdf":
        return pdf("Synthetic test document " + fn)
    if kind == "photo":
        return photo_png(seed)
    if kind == "logo":
        return logo_png(seed)
    if kind == "heic":
        return b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"SPECIMEN-stub" * 4
    if kind == "txt":
        return ("synthetic placeholder " + fn + "\n").encode()
    if kind == "csv":
        return b"naam;email;datum\nvoorbeeld;voorbeeld@example.org;2026-01-01\n"
    raise ValueError(kind)

# ---------------------------------------------------------------- helpers for bodies
def q(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))

ZZ = "Fotostudio Zilverzout <info@zilverzout.nl>"          # Utrecht, portraits/weddings
VF = "Vlinderfilm <hallo@vlinderfilm.nl>"                   # Haarlem, video
LM = "Castingbureau Lichtmeters <boekingen@castinglichtmeters.nl>"  # Rotterdam
KB = "Beeldhuis Kroonenberg <studio@kroonenbergbeeld.nl>"  # Zwolle, school & business photos
AS = "Atelier Schaduwspel <info@schaduwspel.be>"           # Leuven
KW = "Kaderwerk <contact@kaderwerk.be>"                    # Antwerpen, video
VR = "Fotografie Van Ryckeghem <hallo@vanryckeghemfoto.be>"  # Gent
LD = "Lisdodde Casting <info@lisdodde-casting.be>"          # Mechelen
CO = "Studio Clair-Obscur <bonjour@clairobscur-studio.be>"  # Liege
AM = "Agence Mosane <casting@agence-mosane.be>"             # Namur

# ================================================================ Dutch, Netherlands (20)
M(g="nl-NL", lang="nl", style="terse-question", frm="Jorien Bakhuis <jorienbakhuis@ziggo.nl>", to=ZZ,
  subj="vraagje", date="Tue, 3 Nov 2026 08:14:52 +0100",
  body="Hoi, welke foto's van mij hebben jullie eigenlijk nog, en hebben jullie die ooit aan iemand anders gegeven?\n\nJorien\n",
  rights=["access"], name="Jorien Bakhuis", email="jorienbakhuis@ziggo.nl",
  notes="one-line request phrased as a question (which photos, who received them); name from display name, signature gives only 'Jorien'")

M(g="nl-NL", lang="nl", style="chatty", frm="Sanne Verhoef <s.verhoef88@gmail.com>", to=ZZ,
  subj="Mijn naam bij de foto op jullie site", date="Sat, 17 Oct 2026 21:40:03 +0200",
  body="""Hallo Zilverzout-team!

Wat leuk dat de foto van mij met de cello op jullie homepage staat, ik word er nog steeds vrolijk van :)
Alleen een klein dingetje: eronder staat "Sanne Verhoeven", maar ik heet Verhoef, zonder -en. Mijn oma
heeft het al drie keer tegen me gezegd haha. Zouden jullie dat willen aanpassen? Screenshot zit erbij.

Liefs,
Sanne Verhoef
""", atts=[("Schermafbeelding 2026-10-17 om 21.36.52.png", "image/png", "photo", False)],
  rights=["rectification"], name="Sanne Verhoef", email="s.verhoef88@gmail.com",
  notes="rectification of a misspelled name under a published photo; she explicitly likes the photo being online, so no withdrawal")

M(g="nl-NL", lang="nl", style="formal", frm="Mehmet Yıldız <m.yildiz@kpnmail.nl>", to=LM,
  subj="Intrekking toestemming modelovereenkomst", date="Wed, 21 Oct 2026 10:02:44 +0200",
  hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
  body="""Geachte heer, mevrouw,

Op 12 maart 2025 heb ik bij uw bureau een modelovereenkomst getekend voor de campagne van een
fietsenmerk. Daarin gaf ik toestemming om mijn portretfoto's te gebruiken in uw online castingcatalogus.

Hierbij trek ik die toestemming in, op grond van artikel 7 lid 3 AVG. Ik verzoek u mijn foto's
uit de catalogus en van uw website te halen. Het gebruik voor de campagne zelf, die al gelopen heeft,
laat ik voor wat het is. Een kopie van mijn identiteitsbewijs stuur ik mee ter verificatie.

Met vriendelijke groet,

Mehmet Yıldız
Kruiskade 211B
3012 EE Rotterdam
""", cs="utf-8", cte="quoted-printable",
  atts=[("ID_Yildiz.pdf", "application/pdf", "idpdf", True)],
  rights=["withdraw_consent"], name="Mehmet Yıldız", email="m.yildiz@kpnmail.nl",
  notes="formal withdrawal of a model-release consent; dotless i in name (RFC 2047 display name); past campaign use explicitly not contested")

M(g="nl-NL", lang="nl", style="angry", frm="\"R. de Groot\" <robdegroot@hetnet.nl>", to=VF,
  subj="STOP met die mails", date="Mon, 9 Nov 2026 07:55:10 +0100",
  body="""Voor de vierde keer deze maand een mail over jullie 'najaarsactie bedrijfsfilms'.
Ik heb in 2023 één filmpje bij jullie laten maken voor mijn zaak en sindsdien word ik bestookt.
Haal mij van al jullie mailinglijsten en bel me ook niet meer. Ik wil NIETS meer van jullie ontvangen.

Rob de Groot
""", rights=["objection"], name="Rob de Groot", email="robdegroot@hetnet.nl",
  notes="objection to direct marketing (mail and phone); no deletion asked; display name 'R. de Groot', full name in signature")

M(g="nl-NL", lang="nl", style="two-rights-angry", frm="Linda Oostveen <linda.oostveen@xs4all.nl>", to=ZZ,
  subj="Mijn gegevens", date="Thu, 15 Oct 2026 23:11:37 +0200",
  body="""Goedenavond,

Na de shoot van vorig jaar (die ik nog steeds niet geslaagd vind, maar dat terzijde) kreeg ik ineens
een verjaardagskaart van jullie op mijn huisadres. Ik heb jullie dat adres nooit bewust gegeven.

Ik wil dus twee dingen:
1. een overzicht van alles wat jullie over mij bewaren en waar jullie mijn adres vandaan hebben;
2. daarna wil ik dat jullie alles over mij wissen, foto's incluis.

Linda Oostveen
""", rights=["access", "erasure"], name="Linda Oostveen", email="linda.oostveen@xs4all.nl",
  notes="two rights in one numbered list: access (incl. source of the address) then erasure")

M(g="nl-NL", lang="nl", style="restriction-dispute", frm="Thijs van Wijngaarden <thijs@vanwijngaarden-advies.nl>", to=KB,
  subj="RE: factuur 2026-0412 / bedrijfsportretten", date="Tue, 27 Oct 2026 16:20:05 +0100",
  body="""Beste Gerda,

Zoals telefonisch besproken zijn we het niet eens over de factuur en over de kwaliteit van de portretten.
Mijn advocaat kijkt ernaar. Ik wil niet dat jullie de foto's of mijn gegevens nu weggooien, want ik
heb ze mogelijk nodig als bewijs. Maar ik wil ook niet dat jullie ze intussen ergens voor gebruiken:
niet op jullie site, niet in jullie portfolio, niet in nieuwsbrieven. Gewoon laten staan en niet
aankomen tot dit is opgelost, graag.

Groet,
Thijs van Wijngaarden
""", rights=["restriction"], name="Thijs van Wijngaarden", email="thijs@vanwijngaarden-advies.nl",
  notes="restriction while a dispute runs: keep, don't delete, don't use. Date written as Oct 27 +0100 (after DST end) correct")

M(g="nl-NL", lang="nl", style="portability", frm="Esmee Kortenhoeven <esmee.kortenhoeven@outlook.com>", to=ZZ,
  subj="overstap naar andere fotograaf", date="Fri, 6 Nov 2026 12:48:19 +0100",
  body="""Hoi,

Ik ga voor de vervolgshoots (zwangerschap -> newborn) verder bij Studio Melkweg in Amersfoort, puur
omdat het dichterbij is. Kunnen jullie de onbewerkte bestanden van mijn zwangerschapsshoot en de
gegevens die jullie van mij hebben (maten, voorkeuren, datums) rechtstreeks naar hen sturen?
Hun adres is planning@studiomelkweg.nl. Een wetransfer is prima.

Dank je wel en groetjes,
Esmee
""", rights=["portability"], name="Esmee Kortenhoeven", email="esmee.kortenhoeven@outlook.com",
  notes="portability: raw files and customer data to another studio; the other studio's address is not the requester's; name only 'Esmee' in the signature, full name from the display name")

M(g="nl-NL", lang="nl", style="parent", frm="Marloes Schipper <marloes.schipper@planet.nl>", to=LM,
  subj="Gegevens van mijn zoon Daan (12) verwijderen", date="Sun, 1 Nov 2026 19:03:40 +0100",
  body="""Beste mensen van Lichtmeters,

Onze zoon Daan Schipper (12) stond sinds vorig jaar ingeschreven bij jullie kindercasting. Hij heeft
er geen zin meer in en wij als ouders vinden het ook goed zo.

Wilt u zijn profiel, zijn foto's en de showreel helemaal verwijderen, ook uit jullie back-ups als dat
kan? Ik ben zijn moeder en heb het ouderlijk gezag.

Vriendelijke groeten,
Marloes Schipper
06-41 22 87 90
""", rights=["erasure"], name="Daan Schipper", email="marloes.schipper@planet.nl",
  rep={"kind": "parent", "name": "Marloes Schipper"},
  notes="parent requests erasure for a minor; requester_name is the child (data subject), email is the parent's (no address of the child)")

M(g="nl-NL", lang="nl", style="contact-form", frm="Website Zilverzout <noreply@zilverzout.nl>", to=ZZ,
  subj="Nieuw bericht via contactformulier", date="Mon, 12 Oct 2026 14:31:09 +0200",
  body="""Er is een nieuw bericht verstuurd via het contactformulier op zilverzout.nl.

Naam: Priscilla Wong-Lammers
E-mailadres: pwonglammers@icloud.com
Telefoon: 0612345098
Onderwerp: Anders

Bericht:
Goedemiddag, ik had in 2022 een familieshoot bij jullie. Ik wil graag weten welke persoonsgegevens jullie van mij hebben en hoe lang jullie die nog bewaren. Alvast bedankt.

--
Dit bericht is automatisch verzonden. Niet beantwoorden op dit adres.
""", rights=["access"], name="Priscilla Wong-Lammers", email="pwonglammers@icloud.com",
  notes="website contact form from noreply address without Reply-To; requester from the form fields; 'Niet beantwoorden' boilerplate")

M(g="nl-NL", lang="nl", style="forward-gmail", frm="Gerda Hoekstra <gerda@kroonenbergbeeld.nl>", to="Bas Kroonenberg <bas@kroonenbergbeeld.nl>",
  subj="Fwd: foto op website", date="Wed, 4 Nov 2026 09:12:33 +0100",
  body="""Bas, kun jij hier even naar kijken? Ik weet niet precies welke foto ze bedoelt, volgens mij de
lente-editie van de portfolio.

---------- Forwarded message ---------
Van: Noor el Idrissi <noor.elidrissi@hotmail.com>
Date: di 3 nov 2026 om 22:47
Subject: foto op website
To: <studio@kroonenbergbeeld.nl>


Hallo,

Ik zie dat mijn portret nog steeds in jullie portfolio op de website staat (met de rode sjaal). Ik
had daar destijds ja op gezegd maar ik wil het nu niet meer, ik ben van baan gewisseld en wil niet
dat collega's het vinden. Willen jullie het weghalen? De rest hoeft niet verwijderd te worden hoor.

Groetjes,
Noor
""", rights=["withdraw_consent"], name="Noor el Idrissi", email="noor.elidrissi@hotmail.com",
  notes="Gmail-style forward by a studio colleague with Dutch 'Van:' line; requester inside the forward; withdraws consent for portfolio use, explicitly no erasure")

M(g="nl-NL", lang="nl", style="reply-quoted", frm="Wouter Brinkman <wbrinkman@gmail.com>", to=ZZ,
  subj="Re: Uw foto's van 2021", date="Thu, 29 Oct 2026 11:05:58 +0100",
  body="""Nee, ik heb ze niet meer nodig. Gooi alles maar weg wat jullie van mij hebben, ook mijn adresgegevens.

Wouter

Op wo 28 okt 2026 om 15:22 schreef Fotostudio Zilverzout <info@zilverzout.nl>:
""" + q("""Beste Wouter,

Bij het opruimen van ons archief zagen we dat we nog de bestanden van je bedrijfsshoot uit 2021
bewaren. Heb je deze nog nodig? Zo niet, dan kunnen we ze op jouw verzoek verwijderen. Je kunt
ook altijd inzage vragen in de gegevens die we van je hebben (zie onze privacyverklaring).

Met vriendelijke groet,
Femke | Fotostudio Zilverzout""") + "\n",
  rights=["erasure"], name="Wouter Brinkman", email="wbrinkman@gmail.com",
  notes="reply with quoted studio history: 'inzage' and 'verwijderen' in quoted studio text; the writer's own line asks to erase everything incl. address -> erasure only (no access)")

M(g="nl-NL", lang="nl", style="phone-typing", frm="kim <kimmiej1993@gmail.com>", to=VF,
  subj="adres", date="Sat, 24 Oct 2026 18:22:07 +0200", hdrs=[("X-Mailer", "iPhone Mail (22B83)")],
  body="""hee jullie hebben nog mn oude adres in jullie systeem staan ofzo want jullie post over de film van mn bruiloft kwam bij de nieuwe bewoners terecht.. kunnen jullie het aanpassen het is nu Zeeweg 14 1971 Ijmuiden. en de naam staat ook fout het is Kim Aalbers niet Kim Albers
gr kim

Verzonden vanaf mijn iPhone
""", rights=["rectification"], name="Kim Aalbers", email="kimmiej1993@gmail.com",
  notes="phone typing, no capitals; rectification of address and surname in the customer file (not an invoice-address change for a future invoice). Name as corrected by the writer: 'Kim Aalbers'")

M(g="nl-NL", lang="nl", style="formal-objection", frm="mr. drs. A.C. (Annemiek) Veldkamp <ac.veldkamp@protonmail.com>", to=ZZ,
  subj="Bezwaar tegen publicatie op Instagram (art. 21 AVG)", date="Mon, 19 Oct 2026 09:30:00 +0200",
  body="""Geachte heer/mevrouw,

Op uw Instagramaccount @zilverzout.portret staat sinds 14 oktober jl. een foto waarop ik herkenbaar
in beeld ben, genomen tijdens het bedrijfsuitje van mijn werkgever waar u als fotograaf was ingehuurd.
Mij is nooit om toestemming gevraagd; ik neem aan dat u zich beroept op een gerechtvaardigd belang.

Ik maak hierbij bezwaar tegen deze verwerking op grond van artikel 21 lid 1 AVG, wegens mijn
specifieke situatie (ik werk in de jeugdzorg en wil niet vindbaar zijn op sociale media). Ik verzoek
u de publicatie te staken.

Hoogachtend,
A.C. Veldkamp
""", rights=["objection"], name="A.C. Veldkamp", email="ac.veldkamp@protonmail.com",
  notes="formal objection under art. 21 to Instagram use under legitimate interest; no consent was given, so not withdraw_consent. Name as signed 'A.C. Veldkamp' (display name has titles)")

M(g="nl-NL", lang="nl", style="lawyer", frm="mr. J.P. Doornbos <doornbos@doornbos-vanleeuwen.nl>", to=KB,
  subj="Cliënte mevrouw H. Tuinstra – verzoek inzage en beperking verwerking", date="Tue, 10 Nov 2026 15:45:12 +0100",
  body="""Geachte heer Kroonenberg,

Ik sta mevrouw Hilde Tuinstra bij in het geschil met uw onderneming over de portretopdracht van
mei 2026. Een machtiging is bijgevoegd.

Namens cliënte verzoek ik u, onder verwijzing naar artikel 15 AVG, binnen een maand een kopie te
verstrekken van alle persoonsgegevens van cliënte die u verwerkt, inclusief de beeldbestanden, de
ontvangers ervan en de bewaartermijnen.

Voorts verzoek ik u, op grond van artikel 18 lid 1 sub c AVG, de gegevens niet te wissen zolang het
geschil loopt, maar de verwerking ervan te beperken tot opslag.

Hoogachtend,

mr. J.P. Doornbos
Doornbos & Van Leeuwen Advocaten
Stationsplein 8, 8011 CW Zwolle
""", atts=[("machtiging_Tuinstra.pdf", "application/pdf", "pdf", False)],
  rights=["access", "restriction"], name="Hilde Tuinstra", email="doornbos@doornbos-vanleeuwen.nl",
  rep={"kind": "lawyer", "name": "J.P. Doornbos"},
  notes="lawyer for a client: access + restriction (keep for the dispute); requester_name is the client, email is the lawyer's (client's own address not given); authorisation PDF is not an ID")

M(g="nl-NL", lang="nl", style="booking", frm="Femke Jol <femkejol@gmail.com>", to=ZZ,
  subj="shoot zaterdag verzetten?", date="Wed, 11 Nov 2026 13:02:41 +0100",
  body="""Hoi Femke (haha, naamgenoot),

Zou de gezinsshoot van zaterdag 14/11 verzet kunnen worden naar de 21e? Mijn zoontje heeft waterpokken.
Als dat niet kan, dan graag de aanbetaling laten staan voor een latere datum.

Groetjes,
Femke Jol
""", notes="booking change; no right asked")

M(g="nl-NL", lang="nl", style="selection-delete", frm="Joost en Mirthe <joostenmirthe2026@gmail.com>", to=ZZ,
  subj="Selectie trouwfoto's", date="Fri, 30 Oct 2026 20:15:00 +0100",
  body="""Hoi!

We hebben de preview-galerij doorgekeken, wat mooi!! Twee kleine dingen voordat jullie het
definitieve album maken:
- kunnen jullie de wazige foto's van de taartceremonie eruit halen (nr 233 t/m 241)?
- en de foto's waar oom Henk met zijn ogen dicht op staat mogen ook weg.

Verder alles perfect, dank jullie wel!
Joost & Mirthe
""", notes="'eruit halen / mogen weg' refers to editing the photo selection for the album, not to erasure of personal data")

M(g="nl-NL", lang="nl", style="newsletter", frm="PrivacyPilot <nieuws@privacypilot-mkb.nl>", to=ZZ,
  subj="AVG-checklist voor fotografen: bent u klaar voor 2027?", date="Tue, 20 Oct 2026 06:00:00 +0000",
  body="""Beste ondernemer,

Wist u dat een klant u altijd kan vragen om inzage, correctie of verwijdering van zijn gegevens?
En dat u daar binnen één maand op moet reageren? Met de AVG-checklist van PrivacyPilot regelt u
het in een middag.

> Download de gratis checklist
> Webinar 'Portretrecht en AVG' op 5 november

Wilt u deze nieuwsbrief niet meer ontvangen? Klik dan hier om u af te melden.

PrivacyPilot B.V. | Keizersgracht 1 | Amsterdam
""", html="""<html><body><p>Beste ondernemer,</p><p>Wist u dat een klant u altijd kan vragen om <b>inzage, correctie of verwijdering</b> van zijn gegevens? En dat u daar binnen &eacute;&eacute;n maand op moet reageren?</p><p><a href="https://privacypilot-mkb.nl/checklist">Download de gratis checklist</a></p><p style="font-size:10px">Wilt u deze nieuwsbrief niet meer ontvangen? <a href="https://privacypilot-mkb.nl/afmelden">Afmelden</a></p></body></html>""",
  hdrs=[("List-Unsubscribe", "<https://privacypilot-mkb.nl/afmelden?u=8812>"), ("Precedence", "bulk")],
  notes="vendor newsletter about AVG rights; full of request vocabulary but nobody asks anything")

M(g="nl-NL", lang="nl", style="out-of-office", frm="Ilse Mulder <ilse.mulder@gemeente-voorbeeldstad.nl>", to=KB,
  subj="Automatisch antwoord: Bevestiging fotomoment 18 november", date="Thu, 12 Nov 2026 08:00:12 +0100",
  body="""Dank voor uw bericht. Ik ben afwezig tot en met maandag 16 november en heb beperkt toegang tot mijn mail.
Voor dringende zaken kunt u contact opnemen met het KCC via 14 020.

Vragen over privacy of een verzoek om inzage in uw gegevens? Mail naar privacy@gemeente-voorbeeldstad.nl.

Met vriendelijke groet,
Ilse Mulder
Communicatieadviseur
""", hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  notes="out-of-office reply; privacy/inzage wording is in the sender's standard signature")

M(g="nl-NL", lang="nl", style="model-release-question", frm="Hanneke Pols <hanneke.pols@kpnplanet.nl>", to=LM,
  subj="vraag over het quitclaim formulier", date="Mon, 26 Oct 2026 10:10:10 +0100",
  body="""Goedemorgen,

Mijn dochter Lotte (16) mag volgende week meedoen aan de shoot voor de sportkledingcampagne. In het
quitclaimformulier staat dat de foto's 'onbeperkt in tijd' gebruikt mogen worden. Klopt dat echt,
of kunnen we daar een termijn van bijvoorbeeld twee jaar van maken? En moet ik als ouder ook tekenen?

Groeten,
Hanneke Pols
""", notes="question about the terms of a model release before signing; no right exercised (judgement call: negotiating a term is not withdraw_consent)")

M(g="nl-NL", lang="nl", style="add-photos", frm="Gijs Terpstra <gijs@terpstra-bouw.nl>", to=KB,
  subj="Extra foto's in de online galerij", date="Thu, 5 Nov 2026 16:55:31 +0100",
  body="""Hallo Gerda,

Kunnen jullie ook de foto's van de opening van de nieuwe hal toevoegen aan onze online galerij? En
graag de portretten van de drie nieuwe collega's erbij, dan kunnen die naar de website.

Bedankt!
Gijs Terpstra
Terpstra Bouw
""", notes="client asks the studio to add photos to a gallery; the opposite of a data-subject request")


# ================================================================ Dutch, Flanders (20)
M(g="nl-BE", lang="nl", style="chatty", frm="Lien Vanhoutte <lien.vanhoutte@telenet.be>", to=VR,
  subj="gegevens wissen aub", date="Sun, 8 Nov 2026 20:44:02 +0100",
  body="""Dag Pieter,

Ik hoop dat alles goed gaat met jullie! Ik heb in 2020 en 2022 bij jou foto's laten maken (de
communiefoto's van mijn neefje en mijn eigen portret voor mijn zaak). Ondertussen heb ik de zaak
verkocht en ik ben aan het opruimen, ook digitaal :-)

Zou je al mijn gegevens willen wissen? Dus mijn adres, gsm-nummer, de facturen voor zover dat mag,
en mijn portretfoto's. De foto's van mijn neefje zijn niet van mij, daar moet je met zijn mama over
spreken.

Alvast merci en een fijne avond,
Lien Vanhoutte
""", rights=["erasure"], name="Lien Vanhoutte", email="lien.vanhoutte@telenet.be",
  notes="Flemish chatty erasure request ('gsm', 'merci'); she limits it to her own data, not her nephew's")

M(g="nl-BE", lang="nl", style="couple", frm="Jens & Fien Goossens <goossens.fien@skynet.be>", to=AS,
  subj="Onze trouwfoto op jullie website", date="Tue, 20 Oct 2026 12:31:55 +0200",
  body="""Hallo,

Twee jaar geleden hebben wij onze toestemming gegeven om een paar van onze trouwfoto's te gebruiken
op jullie website en in jullie brochure. Nu we uit elkaar zijn, willen wij allebei niet meer dat
die foto's daar staan. Kunnen jullie ze van de site halen en niet meer in nieuwe brochures zetten?

Met vriendelijke groeten,
Fien Goossens (ook namens Jens)
""", rights=["withdraw_consent"], name="Fien Goossens", email="goossens.fien@skynet.be",
  notes="withdrawal of consent for website/brochure use; written by Fien, also on behalf of her ex-partner Jens who is a second data subject; representative null because the writer is herself a data subject; requester_name = signer")

M(g="nl-BE", lang="nl", style="school-processor", frm="Secretariaat Basisschool De Klimop <secretariaat@bsdeklimop.be>", to=AS,
  subj="Schoolfoto's - vraag van een ouder (leerling Arne Claes, 4B)", date="Mon, 26 Oct 2026 09:17:48 +0100",
  body="""Goeiemorgen,

Jullie hebben in september de klas- en portretfoto's gemaakt in onze school. De mama van Arne Claes
(4B), mevrouw Sofie Wuyts, vraagt ons om alle foto's van Arne te laten verwijderen: de portretten, de
klasfoto-bestanden waar hij apart op staat en zijn naam in jullie bestellijst. Zij heeft geen
toestemming gegeven voor de fotografie en wil niet dat die beelden bewaard blijven.

Kunnen jullie dat doen en ons laten weten wanneer het gebeurd is? Dan brengen wij mevrouw Wuyts op
de hoogte.

Met vriendelijke groeten,
Katrien Moens
secretariaat BS De Klimop, Kessel-Lo
""", rights=["erasure"], name="Arne Claes", email="secretariaat@bsdeklimop.be",
  rep={"kind": "other", "name": "Katrien Moens"}, proc="Basisschool De Klimop (controller; the studio processes school photos on its behalf)",
  notes="school (controller) passes on a parent's erasure request to the studio as processor; data subject is the pupil; only address in the mail is the school's")

M(g="nl-BE", lang="nl", style="casting-profile", frm="Yasmina Bouzidi <yasmina.bouzidi@gmail.com>", to=LD,
  subj="fout in mijn profiel", date="Wed, 14 Oct 2026 17:02:26 +0200",
  body="""Hallo Lisdodde,

In mijn castingprofiel staat als geboortedatum 03/11/1997, maar dat moet 11/03/1997 zijn (dag en
maand omgewisseld, denk ik). Mijn lengte staat ook nog op 1m68, dat moet 1m71 zijn.
Kunnen jullie dat rechtzetten? Ik word nu voor de verkeerde leeftijdscategorie voorgesteld.
Als bewijs een foto van mijn identiteitskaart (van mijn gsm, hopelijk lukt dat formaat).

Groetjes
Yasmina Bouzidi
""", atts=[("IMG_4471.HEIC", "image/heic", "heic", True)],
  rights=["rectification"], name="Yasmina Bouzidi", email="yasmina.bouzidi@gmail.com",
  notes="rectification of birth date and height in a casting profile")

M(g="nl-BE", lang="nl", style="restriction-accuracy", frm="Bram Peeters <bram.peeters@proximus.be>", to=LD,
  subj="Betwisting gegevens castingdossier", date="Thu, 22 Oct 2026 08:41:19 +0200",
  body="""Geachte,

Ik heb vernomen dat in mijn dossier bij uw bureau genoteerd staat dat ik 'niet betrouwbaar' zou zijn
na de opname van 3 september, omdat ik te laat was. Dat klopt niet: de productie had zelf het uur
verplaatst, ik heb daar de sms nog van.

Zolang u nagaat of die notitie juist is, vraag ik u die gegevens niet te gebruiken bij het voorstellen
van acteurs aan klanten. U mag het dossier uiteraard bijhouden tot het uitgeklaard is.

Met vriendelijke groeten,
Bram Peeters
""", rights=["restriction"], name="Bram Peeters", email="bram.peeters@proximus.be",
  notes="restriction while accuracy is checked (art. 18(1)(a)); contesting accuracy is mentioned but the ask is 'do not use while you check', not a correction (judgement call: could be read as rectification too)")

M(g="nl-BE", lang="nl", style="portability", frm="Lotte Verbeke <lotteverbeke@hotmail.be>", to=LD,
  subj="mijn gegevens in een bestand", date="Fri, 16 Oct 2026 10:55:03 +0200",
  body="""Dag,

Ik stap over naar een ander bureau in Brussel. Kunnen jullie mij mijn profielgegevens (maten,
ervaring, talen, beschikbaarheden) en mijn portfoliofoto's bezorgen in een gangbaar formaat, bv.
een Excel- of CSV-bestand plus de jpg's? Dan kan ik die daar zelf opladen.

Bedankt,
Lotte Verbeke
""", rights=["portability"], name="Lotte Verbeke", email="lotteverbeke@hotmail.be",
  notes="portability to herself in a structured format (CSV/Excel) to take to another agency; Flemish 'bezorgen', 'opladen'")

M(g="nl-BE", lang="nl", style="two-rights", frm="Kobe De Wilde <kobe.dewilde@icloud.com>", to=LD,
  subj="nieuwsbrief + matching", date="Sat, 31 Oct 2026 11:20:44 +0100",
  body="""Hallo,

Twee dingen:

Ik heb me destijds ingeschreven op jullie nieuwsbrief met de 'nieuwe castings'. Ik trek die
toestemming in, ik wil hem niet meer.

En ik lees in jullie privacyverklaring dat jullie profielen automatisch 'scoren' op basis van
eerdere opdrachten en reacties van klanten. Daar maak ik bezwaar tegen, ik wil niet dat mijn profiel
zo gerangschikt wordt.

Mijn profiel zelf mag blijven staan.

Kobe De Wilde
""", rights=["objection", "withdraw_consent"], name="Kobe De Wilde", email="kobe.dewilde@icloud.com",
  notes="withdraw_consent for a consent-based newsletter signup (explicit 'toestemming intrekken') + objection to profiling/scoring; profile itself to stay (no erasure)")

M(g="nl-BE", lang="nl", style="conditional", frm="An Wouters <an.wouters@scarlet.be>", to=KW,
  subj="oude opnames 2019", date="Mon, 2 Nov 2026 14:08:30 +0100",
  body="""Goeiendag,

In 2019 heb ik meegewerkt aan jullie bedrijfsfilm voor de bib van Berchem (ik was de lezende vrouw
aan het raam). De film zelf is al lang offline.

Als jullie nog de ruwe opnames van die dag bijhouden, dan zou ik graag hebben dat die verwijderd
worden. Zijn ze al weg, dan is er niets aan de hand en hoeft u mij zelfs niet te antwoorden.

Vriendelijke groeten,
An Wouters
""", rights=["erasure"], name="An Wouters", email="an.wouters@scarlet.be",
  notes="conditional erasure: 'if you still keep the raw footage, delete it'")

M(g="nl-BE", lang="nl", style="reminder", frm="Hendrik Claeys <hendrik.claeys@telenet.be>", to=VR,
  subj="HERINNERING: vraag om inzage van 2 oktober", date="Tue, 10 Nov 2026 07:31:22 +0100",
  body="""Geachte,

Op 2 oktober vroeg ik u per mail welke persoonsgegevens en foto's u van mij en mijn bedrijf bijhoudt.
Ik heb nog steeds geen antwoord of ontvangstbevestiging gekregen. De termijn van een maand is intussen
verstreken.

Ik herhaal mijn vraag om inzage en verwacht uw antwoord binnen de week, zo niet richt ik mij tot de
Gegevensbeschermingsautoriteit.

Hendrik Claeys
""", rights=["access"], name="Hendrik Claeys", email="hendrik.claeys@telenet.be", fu=True,
  notes="reminder of an unanswered access request, threat to go to the GBA; follow_up true")

M(g="nl-BE", lang="nl", style="partner", frm="Tom Van den Broeck <tom.vdbroeck@gmail.com>", to=AS,
  subj="Instagram foto van mijn vriendin", date="Thu, 5 Nov 2026 22:18:09 +0100",
  body="""Hoi,

Ik schrijf voor mijn vriendin, Elke Maes, want zij zit deze week in het buitenland zonder goede
verbinding. Jullie hebben op Instagram een foto van haar gepost van de boudoirshoot. Ze had daar
wel voor getekend, maar ze wil nu echt niet meer dat die online staat. Kunnen jullie die weghalen?

Ze zal het zelf ook nog bevestigen als ze terug is als dat nodig is.

Tom
""", rights=["withdraw_consent"], name="Elke Maes", email="tom.vdbroeck@gmail.com",
  rep={"kind": "other", "name": "Tom Van den Broeck"},
  notes="partner writes on behalf of the data subject: withdraw consent for an Instagram post; label what is asked, the studio still has to verify the mandate")

M(g="nl-BE", lang="nl", style="negated", frm="Ruth Segers <ruth.segers@outlook.be>", to=KW,
  subj="Even een vraag over mijn gegevens", date="Wed, 28 Oct 2026 13:37:00 +0100",
  body="""Beste,

Voor alle duidelijkheid: ik vraag niet om iets te verwijderen en ik ben heel tevreden over de
video van ons bedrijfsfeest.

Maar ik zou wel graag weten welke gegevens jullie over mij bijhouden, van waar jullie die hebben
en hoe lang jullie die bewaren. Mijn collega kreeg een mail van jullie op haar privéadres en dat
verbaasde ons een beetje.

Met vriendelijke groet,
Ruth Segers
""", rights=["access"], name="Ruth Segers", email="ruth.segers@outlook.be",
  notes="negated: explicitly not asking for deletion; asks access (what, source, retention)")

M(g="nl-BE", lang="nl", style="phone-typing", frm="Glenn <glenn.dhondt97@gmail.com>", to=VR,
  subj=None, date="Fri, 13 Nov 2026 00:52:19 +0100",
  body="""aub mijn fotos van jullie site en facebook halen wil ik niet meer dat die erop staan
glenn dhondt
""", rights=["withdraw_consent"], name="glenn dhondt", email="glenn.dhondt97@gmail.com",
  notes="no subject, phone typing, no punctuation; name only in lowercase signature (kept as written)")

M(g="nl-BE", lang="nl", style="employer", frm="HR Brouwerij Sint-Aldegonde <hr@brouwerij-aldegonde.be>", to=KW,
  subj="Bedrijfsvideo - bezwaar van een medewerkster", date="Tue, 3 Nov 2026 11:45:00 +0100",
  reply_to="Nathalie Goris <nathalie.goris@brouwerij-aldegonde.be>",
  body="""Beste Kaderwerk,

Vorig jaar maakten jullie voor ons de wervingsvideo 'Brouwen met passie'. Jullie hebben fragmenten
daaruit ook op jullie eigen website gezet, bij de referenties.

Onze medewerkster Nathalie Goris staat daar prominent in beeld. Zij maakt bezwaar tegen het gebruik
van haar beelden voor jullie eigen promotie en vraagt jullie die fragmenten van jullie referentiepagina
te halen. Voor ons eigen gebruik van de video blijft alles zoals afgesproken.

Ze vroeg ons om dit door te geven; uw antwoord mag rechtstreeks naar haar (reply-to staat op haar adres).

Vriendelijke groeten,
Sven Martens
HR-verantwoordelijke
""", html="""<html><body><p>Beste Kaderwerk,</p><p>Vorig jaar maakten jullie voor ons de wervingsvideo 'Brouwen met passie'. Jullie hebben fragmenten daaruit ook op jullie eigen website gezet, bij de referenties.</p><p>Onze medewerkster Nathalie Goris staat daar prominent in beeld. Zij maakt bezwaar tegen het gebruik van haar beelden voor jullie eigen promotie en vraagt jullie die fragmenten van jullie referentiepagina te halen. Voor ons eigen gebruik van de video blijft alles zoals afgesproken.</p><p>Ze vroeg ons om dit door te geven; uw antwoord mag rechtstreeks naar haar (reply-to staat op haar adres).</p><p>Vriendelijke groeten,<br>Sven Martens<br>HR-verantwoordelijke</p><p><img src="cid:logo-aldegonde" alt="Brouwerij Sint-Aldegonde" width="80"></p></body></html>""",
  atts=[("logo_aldegonde.png", "image/png", "logo", False, "logo-aldegonde")],
  rights=["objection"], name="Nathalie Goris", email="nathalie.goris@brouwerij-aldegonde.be",
  rep={"kind": "other", "name": "Sven Martens"},
  notes="employer's HR manager writes for an employee, Reply-To is the data subject's own work address; objection to the studio's own promotional use; requester_email = Reply-To. The employer is the client, the studio is controller for its own reference page")

M(g="nl-BE", lang="nl", style="non-native", frm="Agnieszka Nowak <a.nowak.gent@gmail.com>", to=VR,
  subj="foto's en mijn data", date="Mon, 19 Oct 2026 18:20:40 +0200",
  body="""Goedendag meneer,

Ik ben Agnieszka, ik heb bij u foto gemaakt voor mijn verblijfskaart in juni. Ik heb probleem met
de factuur, ik denk dat ik twee keer betaald. Mijn boekhouder gaat het bekijken.

Ik wil vragen: u moet mijn gegevens en de foto's niet weggooien nu, want misschien wij hebben nodig
voor het bewijs. Maar gebruik ze niet voor andere dingen alstublieft, ook niet voor reclame.
Als alles is klaar ik zal laten weten. Ik stuur de factuur mee.

Dank u wel
Agnieszka Nowak
""", atts=[("factuur_2026-06.pdf", "application/pdf", "pdf", False)],
  rights=["restriction"], name="Agnieszka Nowak", email="a.nowak.gent@gmail.com",
  notes="non-native Dutch; restriction: keep as evidence for a billing dispute, do not use otherwise. 'ook niet voor reclame' is part of the use-restriction, not a separate objection (judgement call)")

M(g="nl-BE", lang="nl", style="invoice", frm="Boekhouding Dewaele <boekhouding@dewaele-interieur.be>", to=AS,
  subj="Nieuw facturatieadres", date="Wed, 21 Oct 2026 09:00:31 +0200",
  body="""Goeiemorgen,

Vanaf 1 november verhuist ons kantoor. Gelieve vanaf dan volgende gegevens op jullie facturen te
vermelden:

Dewaele Interieur BV
Brusselsesteenweg 412
3000 Leuven
BTW BE 0712.345.678

Alvast bedankt.
Boekhouding Dewaele
""", notes="company invoice-address change for future invoices; business data, no data-subject right")

M(g="nl-BE", lang="nl", style="friend-question", frm="Sarah Lemmens <sarah@lisdodde-casting.be>", to="Wim Dierckx <wim@lisdodde-casting.be>",
  subj="Fwd: vraagje van een vriendin", date="Thu, 29 Oct 2026 15:02:11 +0100",
  body="""Wim, weet jij dit? Ik wil haar niets verkeerds zeggen.

-------- Doorgestuurd bericht --------
Onderwerp: vraagje van een vriendin
Datum: Thu, 29 Oct 2026 13:40:07 +0100
Van: Inge Janssens <inge.janssens@gmail.com>
Aan: Sarah Lemmens <sarah@lisdodde-casting.be>

Hey Sarah,

Jij werkt toch bij een castingbureau? Een vriendin van mij heeft jaren geleden bij een ander bureau
(niet het jouwe) foto's laten maken. Heeft zij eigenlijk het recht om te vragen dat die verwijderd
worden, of zijn die van de fotograaf? Gewoon uit nieuwsgierigheid, zij durft het niet zelf te vragen.

x Inge
""", notes="forwarded general question about a friend's rights concerning another agency; nobody asks this studio to act (non-request)")

M(g="nl-BE", lang="nl", style="reply-thanks", frm="Dirk Vermeulen <dirk.vermeulen@skynet.be>", to=VR,
  subj="Re: Uw verzoek tot verwijdering", date="Sat, 7 Nov 2026 10:12:05 +0100",
  body="""Prima, bedankt voor de snelle afhandeling!

Dirk

Op vr 6 nov 2026 om 16:40 schreef Fotografie Van Ryckeghem <hallo@vanryckeghemfoto.be>:
""" + q("""Beste heer Vermeulen,

Zoals gevraagd hebben wij al uw persoonsgegevens en foto's verwijderd uit ons klantenbestand en ons
archief. Enkel de factuur van 2024 bewaren we nog, omdat de wet ons dat verplicht. U kunt altijd een
nieuw verzoek tot inzage of verwijdering indienen.

Met vriendelijke groet,
Pieter Van Ryckeghem""") + "\n",
  notes="thank-you reply; all erasure/access wording is in the quoted studio text")

M(g="nl-BE", lang="nl", style="out-of-office", frm="Veerle Callens <veerle.callens@kaderwerk.be>", to="Kaderwerk <contact@kaderwerk.be>",
  subj="Afwezig: Re: montage testimonial Lisa", date="Mon, 9 Nov 2026 12:00:00 +0100",
  body="""Hallo,

Ik ben met verlof tot 20/11. Uw mail wordt niet doorgestuurd. Voor dringende montagevragen kan u
terecht bij Jeroen (jeroen@kaderwerk.be). Voor vragen over uw persoonsgegevens: privacy@kaderwerk.be.

Veerle
""", hdrs=[("Auto-Submitted", "auto-replied")],
  notes="Flemish out-of-office with a privacy contact line")

M(g="nl-BE", lang="nl", style="cancellation", frm="Jonas Dewulf <jonas.dewulf@telenet.be>", to=LD,
  subj="Schrap mij aub voor zaterdag", date="Fri, 13 Nov 2026 07:12:44 +0100",
  body="""Goeiemorgen,

Ik lig met koorts in bed, dus ik kan zaterdag niet naar de opnames voor de reclamespot in Mechelen.
Kunnen jullie mij van de lijst voor die dag schrappen en iemand anders vragen? Sorry voor de late
melding. Volgende castings doe ik graag terug mee.

Jonas
""", notes="'schrappen van de lijst' for one shooting day because of illness; booking cancellation, not erasure")

M(g="nl-BE", lang="nl", style="supplier", frm="Foto-Archief Cloud <no-reply@fotoarchiefcloud.eu>", to=VR,
  subj="Belangrijk: update van onze verwerkersovereenkomst", date="Tue, 13 Oct 2026 04:15:00 GMT",
  body="""Beste klant,

Op 1 december 2026 wijzigt onze verwerkersovereenkomst. We voegen een nieuwe subverwerker toe voor
back-ups (datacenter in Frankfurt). U hoeft niets te doen. Wilt u bezwaar maken tegen de nieuwe
subverwerker, dan kan dat via uw accountpagina tot 30 november.

Verzoeken van uw eigen klanten om inzage of verwijdering kunt u afhandelen via Instellingen >
Privacy > Gegevens exporteren/verwijderen.

Team Foto-Archief Cloud
""", notes="supplier notification about a data processing agreement; 'bezwaar maken' is the studio's option as customer, not a data-subject request")

# ================================================================ German (30)
M(g="de-DE", lang="de", style="formal", frm="Dr. Katharina Weißenborn <k.weissenborn@posteo.de>", to=VF,
  subj="Auskunftsersuchen nach Art. 15 DSGVO", date="Mon, 12 Oct 2026 08:05:17 +0200",
  body="""Sehr geehrte Damen und Herren,

im Juli 2026 haben Sie in Haarlem ein Video unseres Familientreffens erstellt. Ich bitte Sie hiermit
gemäß Art. 15 DSGVO um Auskunft, ob und welche personenbezogenen Daten Sie über mich verarbeiten,
insbesondere:

  a) die Verarbeitungszwecke,
  b) die Empfänger, denen die Daten offengelegt wurden (z. B. Cloud-Anbieter, Schnittstudio),
  c) die geplante Speicherdauer,
  d) eine Kopie der Daten einschließlich der Rohaufnahmen, auf denen ich zu sehen bin.

Zur Identifikation füge ich eine Kopie meines Personalausweises bei (geschwärzt bis auf Name und
Geburtsdatum).

Mit freundlichen Grüßen
Dr. Katharina Weißenborn
Lindenallee 7
50968 Köln
""", cte="quoted-printable", atts=[("Personalausweis_Weissenborn.png", "image/png", "id", True)],
  rights=["access"], name="Dr. Katharina Weißenborn", email="k.weissenborn@posteo.de",
  notes="formal art. 15 request with lettered list (incl. a copy of raw footage, still access); ID scan PNG attached; name as written in display name and signature, incl. title 'Dr.'")

M(g="de-DE", lang="de", style="terse", frm="Lukas Brenner <lukas.brenner@gmx.de>", to=LM,
  subj="Löschung", date="Wed, 04 Nov 2026 13:13:13 +0100 (CET)",
  body="Bitte löschen Sie mein Profil und alle Fotos von mir. Danke.\nL. Brenner\n",
  rights=["erasure"], name="Lukas Brenner", email="lukas.brenner@gmx.de",
  notes="two-line erasure request")

M(g="de-DE", lang="de", style="negated", frm="Mareike Hollstein <mareike.hollstein@web.de>", to=ZZ,
  subj="Foto auf Ihrer Webseite", date="23 Oct 2026 19:47:29 +0200 (CEST)",
  body="""Hallo liebes Zilverzout-Team,

ich war im Sommer mit meiner Schwester in Utrecht und wir haben bei Ihnen ein Shooting gemacht,
das war wirklich toll. Ich hatte damals unterschrieben, dass Sie ein Bild von uns auf Ihrer Webseite
zeigen dürfen.

Diese Einwilligung möchte ich jetzt widerrufen, bitte nehmen Sie das Bild von der Seite. Meine
Kundendaten und die Rechnung müssen Sie deswegen NICHT löschen, ich möchte nächstes Jahr gerne
wiederkommen!

Viele Grüße
Mareike Hollstein
""", rights=["withdraw_consent"], name="Mareike Hollstein", email="mareike.hollstein@web.de",
  notes="withdraw consent for website photo, explicitly NOT erasure of customer data")

M(g="de-DE", lang="de", style="angry", frm="Frank Ebeling <f.ebeling@t-online.de>", to=VF,
  subj="Werbung - zum letzten Mal!!!", date="Tue, 10 Nov 2026 21:02:55 +0100",
  body="""Ich habe Ihnen schon zweimal geschrieben, dass ich keine Werbung von Ihnen will. Trotzdem kommt
jede Woche ein "Angebot" für Imagefilme. Ich widerspreche hiermit ausdrücklich jeder Nutzung meiner
Daten für Werbung, per Mail, per Post und per Telefon.

Wenn das nicht aufhört, gehe ich zur Datenschutzbehörde.

F. Ebeling
""", rights=["objection"], name="F. Ebeling", email="f.ebeling@t-online.de", fu=True,
  notes="angry objection to direct marketing; mentions earlier mails so follow_up true; name as signed 'F. Ebeling'")

M(g="de-DE", lang="de", style="rectification", frm="Jonas Müller-Lüdenscheidt <jonas.mueller-luedenscheidt@gmail.com>", to=VF,
  subj="Falsche Schreibweise im Abspann", date="Thu, 15 Oct 2026 11:11:40 +0200",
  body="""Moin,

im Abspann des Kurzfilms "Duinen", den ihr auf Vimeo und auf eurer Seite zeigt, steht mein Name als
"Jonas Muller-Ludenscheid". Korrekt ist: Jonas Müller-Lüdenscheidt (mit Umlauten und mit t am Ende).
Könnt ihr das in der Beschreibung und, falls möglich, im Abspann korrigieren?

Danke und Gruß aus Hamburg
Jonas
""", rights=["rectification"], name="Jonas Müller-Lüdenscheidt", email="jonas.mueller-luedenscheidt@gmail.com",
  notes="rectification of name spelling in credits; the wrong spelling is also quoted in the mail")

M(g="de-DE", lang="de", style="portability", frm="Svenja Kowalczyk <svenja@kowalczyk-fotodesign.de>", to=ZZ,
  reply_to="Svenja Kowalczyk <svenja.kowalczyk@gmx.net>",
  subj="RAW-Dateien Hochzeit Kowalczyk/Thiel", date="Mon, 2 Nov 2026 10:22:08 +0100",
  body="""Hallo zusammen,

wir lassen unsere Hochzeitsbilder jetzt von einer befreundeten Fotografin in Bremen nachbearbeiten.
Könntet ihr uns bitte die Rohdaten (RAW) aller Bilder, auf denen wir zu sehen sind, und unsere
Kundendaten in einem gängigen Format zur Verfügung stellen, am liebsten per Download-Link?

Bitte an meine private Adresse antworten, das hier ist mein Geschäftskonto.

LG Svenja Kowalczyk
""", rights=["portability"], name="Svenja Kowalczyk", email="svenja.kowalczyk@gmx.net",
  notes="portability of RAW files and customer data; Reply-To (private address) differs from From (business), requester_email = Reply-To")

M(g="de-DE", lang="de", style="restriction", frm="Oliver Baumgartner <oliver.baumgartner@mailbox.org>", to=LM,
  subj="Vertragsstreit - bitte Daten nicht löschen, aber auch nicht verwenden", date="Tue, 27 Oct 2026 17:30:00 +0100",
  body="""Sehr geehrte Damen und Herren,

bezüglich der ausstehenden Gage für den Dreh in Delft (September 2026) werde ich rechtliche Schritte
prüfen. Ich ersuche Sie daher, meine Daten sowie die Aufnahmen nicht zu löschen, da ich sie als
Beweis benötigen könnte. Gleichzeitig verlange ich gemäß Art. 18 DSGVO, dass Sie die Verarbeitung
bis zur Klärung einschränken, also die Aufnahmen und mein Profil nicht für neue Kunden verwenden.

Mit freundlichen Grüßen
Oliver Baumgartner
""", rights=["restriction"], name="Oliver Baumgartner", email="oliver.baumgartner@mailbox.org",
  notes="restriction during a payment dispute; 'nicht löschen' in the subject is the opposite of erasure")

M(g="de-DE", lang="de", style="lawyer", frm="Kanzlei Roth & Adebayo <info@roth-adebayo.de>", to=LM,
  subj="Unsere Mandantin Frau Lea Sommerfeld – Widerruf der Einwilligung und Löschung", date="Wed, 21 Oct 2026 14:00:59 +0200",
  body="""Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Frau Lea Sommerfeld, Brunnenstraße 40, 10115 Berlin, mit der Wahrnehmung
ihrer Interessen beauftragt hat. Eine Vollmacht liegt bei.

Unsere Mandantin hat Ihnen im Jahr 2024 eine Einwilligung zur Nutzung ihrer Fotos in Ihrer
Model-Kartei erteilt. Namens und in Vollmacht unserer Mandantin widerrufen wir diese Einwilligung
mit sofortiger Wirkung (Art. 7 Abs. 3 DSGVO) und fordern Sie auf, sämtliche personenbezogenen Daten
unserer Mandantin gemäß Art. 17 DSGVO unverzüglich zu löschen.

Wir haben uns eine Frist bis zum 11. November 2026 notiert.

Mit freundlichen Grüßen

Dr. Nadine Roth
Rechtsanwältin
""", atts=[("Vollmacht_Sommerfeld.pdf", "application/pdf", "pdf", False)],
  rights=["erasure", "withdraw_consent"], name="Lea Sommerfeld", email="info@roth-adebayo.de",
  rep={"kind": "lawyer", "name": "Dr. Nadine Roth"},
  notes="lawyer: withdrawal of consent + erasure for client; power of attorney PDF not an ID")

M(g="de-DE", lang="de", style="reminder", frm="Heike Sander <heike.sander@arcor.de>", to=ZZ,
  subj="Erinnerung: meine Anfrage vom 28.09.", date="Thu, 5 Nov 2026 09:48:02 +0100",
  body="""Guten Tag,

am 28. September habe ich Sie gebeten, alle Fotos von mir und meinen Mann aus der Serie "Paare am
Kanal" zu löschen und meine Daten aus Ihrer Kundenkartei zu entfernen. Bisher habe ich keine
Antwort erhalten und die Bilder sind immer noch online.

Bitte bestätigen Sie mir kurzfristig die Löschung. Ein Screenshot von heute hängt an.

Heike Sander
""", atts=[("Bildschirmfoto 2026-11-05 um 09.40.12.png", "image/png", "photo", False)],
  rights=["erasure"], name="Heike Sander", email="heike.sander@arcor.de", fu=True,
  notes="reminder of an earlier erasure request; photos still online; labelled erasure only (the wording is 'löschen', not a consent withdrawal); small grammar slip 'meinen Mann' kept")

M(g="de-DE", lang="de", style="contact-form", frm="Kontaktformular Beeldhuis Kroonenberg <noreply@kroonenbergbeeld.nl>", to=KB,
  reply_to="anna.krause@outlook.de",
  subj="[Kontakt] Neue Nachricht von Anna Krause", date="Sat, 17 Oct 2026 15:03:27 +0200",
  body="""Name: Anna Krause
E-Mail: anna.krause@outlook.de
Telefon: +49 171 2233445
Sprache: Deutsch
Nachricht:
Hallo, ich habe im März geheiratet und heiße jetzt Anna Berger. In Ihrer Kundendatei und auf den
Rechnungen steht noch mein alter Name. Bitte ändern Sie das. Außerdem ist die hinterlegte
Handynummer falsch, richtig ist die oben angegebene. Danke!
""", rights=["rectification"], name="Anna Krause", email="anna.krause@outlook.de",
  notes="contact form with Reply-To; rectification of surname and phone; requester_name is the form field (old name), the new surname in the body is the corrected value")

M(g="de-DE", lang="de", style="model-release-question", frm="Tobias Frerichs <tobias.frerichs@icloud.com>", to=ZZ,
  subj="Frage zu Fotos bei unserer Feier", date="Sun, 18 Oct 2026 20:20:20 +0200",
  body="""Hallo,

wir feiern im Dezember unsere Silberhochzeit in Utrecht und würden Sie gern buchen. Müssen wir von
allen Gästen eine Einwilligung einholen, wenn Sie Gruppenfotos machen? Und dürfen Sie die Bilder
danach für Ihre Werbung nutzen, oder nur wenn wir zustimmen?

Viele Grüße
Tobias Frerichs
""", notes="booking inquiry with questions about consent/model release; no right exercised")

M(g="de-DE", lang="de", style="newsletter", frm="FotoPraxis Akademie <newsletter@fotopraxis-akademie.de>", to=ZZ,
  subj="DSGVO für Fotografen: Auskunft, Löschung, Widerruf – so reagieren Sie richtig", date="Thu, 22 Oct 2026 05:30:00 +0000",
  htmlonly=True, html="""<html><body><h1>DSGVO-Praxiswebinar</h1><p>Ein Kunde verlangt Auskunft nach Art. 15? Ein Model widerruft die Einwilligung? Ein Brautpaar will die L&ouml;schung aller Bilder?</p><p>In unserem Webinar am 12.11. zeigen wir Mustervorlagen f&uuml;r jede Anfrage.</p><p><a href="https://fotopraxis-akademie.de/webinar">Jetzt anmelden</a></p><p style="color:#888">Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. <a href="https://fotopraxis-akademie.de/abmelden">Abmelden</a></p></body></html>""",
  hdrs=[("List-Unsubscribe", "<mailto:abmelden@fotopraxis-akademie.de>")],
  notes="HTML-only newsletter naming all the rights; non-request")

M(g="de-DE", lang="de", style="selection-delete", frm="Clara Wendt <clara.wendt@gmx.de>", to=VF,
  subj="Schnitt Hochzeitsvideo", date="Mon, 9 Nov 2026 18:44:10 +0100",
  body="""Hallo Ihr Lieben,

danke für den ersten Schnitt! Könnt ihr die Szene mit dem umgefallenen Glas rausschneiden und die
verwackelten Aufnahmen vom Einzug löschen, bevor ihr die finale Version rendert? Sonst ist alles
wunderschön.

Liebe Grüße
Clara
""", notes="'löschen' refers to editing the wedding video, not erasure of personal data")

M(g="de-DE", lang="de", style="out-of-office", frm="Bernd Schuhmacher <b.schuhmacher@schuhmacher-logistik.de>", to=KB,
  subj="Abwesenheitsnotiz: Ihre Anfrage Mitarbeiterfotos", date="Wed, 28 Oct 2026 07:01:00 +0100",
  body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. November nicht im Büro.
In dringenden Fällen wenden Sie sich bitte an Frau Petersen (petersen@schuhmacher-logistik.de).

Informationen zum Datenschutz und zu Ihren Rechten (Auskunft, Löschung, Widerspruch) finden Sie
unter www.schuhmacher-logistik.de/datenschutz.
""", hdrs=[("Auto-Submitted", "auto-replied")],
  notes="German out-of-office with data-protection footer listing rights")

# ---- de-AT (4)
M(g="de-AT", lang="de", style="chatty", frm="Verena Hofbauer <verena.hofbauer@aon.at>", to=AS,
  subj="Bitte um Löschung meiner Daten", date="Tue, 13 Oct 2026 16:16:48 +0200",
  body="""Grüß Gott,

ich war im Jänner bei einem Workshop von Ihnen in Leuven (Porträtlicht für Anfänger) und bin dort
auch Modell gestanden. Jetzt bekomme ich Ihre Rundmails und sehe mich auf Fotos in Ihrer Galerie.

Ich ersuche Sie höflich, alle meine Daten zu löschen, also Adresse, E-Mail und auch die Fotos von
mir aus dem Workshop. Danke vielmals!

Liebe Grüße aus Graz
Verena Hofbauer
""", cte="8bit", rights=["erasure"], name="Verena Hofbauer", email="verena.hofbauer@aon.at",
  notes="Austrian wording (Grüß Gott, Jänner, 'bin Modell gestanden', ersuche); erasure of everything incl. photos; unwanted mails mentioned only as context")

M(g="de-AT", lang="de", style="two-rights", frm="Mag. Stefan Pichler <stefan.pichler@chello.at>", to=KW,
  subj="Auskunft und Datenkopie", date="Fri, 6 Nov 2026 10:30:41 +0100",
  body="""Sehr geehrte Damen und Herren,

Sie haben 2025 für unser Unternehmen ein Produktvideo gedreht, in dem ich als Sprecher auftrete.

1. Bitte teilen Sie mir mit, welche Daten Sie über mich gespeichert haben und an wen Sie diese
   weitergegeben haben.
2. Zusätzlich ersuche ich um Übermittlung meiner Tonaufnahmen und der mich betreffenden Stammdaten
   in einem strukturierten, maschinenlesbaren Format (Art. 20 DSGVO).

Mit besten Grüßen
Mag. Stefan Pichler
Wien
""", rights=["access", "portability"], name="Mag. Stefan Pichler", email="stefan.pichler@chello.at",
  notes="Austrian formal; access + portability in a numbered list; name as written in display name and signature, incl. 'Mag.' title")

M(g="de-AT", lang="de", style="objection-social", frm="Elisabeth Gruber <lisi.gruber@gmx.at>", to=VR,
  subj="Foto auf Instagram", date="Sun, 25 Oct 2026 09:03:12 +0100",
  body="""Servus,

auf eurem Instagram-Kanal ist ein Foto von der Hochzeit meiner Cousine in Gent, auf dem ich ganz
vorne zu sehen bin. Ich war nur Gast und habe nie zugestimmt. Ich möchte nicht, dass ihr das für
eure Werbung verwendet, bitte nehmt es herunter.

Danke, Lisi (Elisabeth Gruber)
""", rights=["objection"], name="Elisabeth Gruber", email="lisi.gruber@gmx.at",
  notes="guest objects to the studio's Instagram use (no consent ever given -> objection, not withdraw_consent); date is the day DST ends, +0100 from 03:00 local")

M(g="de-AT", lang="de", style="invoice", frm="Buchhaltung Alpenglanz GmbH <buchhaltung@alpenglanz.at>", to=VF,
  subj="Rechnungsanschrift ändern", date="Mon, 19 Oct 2026 08:12:00 +0200",
  body="""Sehr geehrte Damen und Herren,

bitte stellen Sie die Rechnung für das Imagevideo nicht an unsere Zentrale in Salzburg, sondern an:

Alpenglanz GmbH, z. Hd. Frau Leitner
Mariahilfer Straße 88
1070 Wien

UID: ATU12345678. Vielen Dank!
Buchhaltung Alpenglanz
""", notes="company invoice address change; non-request")

# ---- de-CH (4)
M(g="de-CH", lang="de", style="formal", frm="Reto Zürcher <reto.zuercher@bluewin.ch>", to=LD,
  subj="Widerruf Einwilligung Sedcard", date="Wed, 14 Oct 2026 11:40:00 +0200",
  body="""Grüezi

Ich habe Ihrer Agentur im Frühling erlaubt, meine Sedcard und die Fotos aus dem Testshooting auf Ihrer
Website und gegenüber Kunden zu verwenden. Diese Einwilligung widerrufe ich hiermit per sofort.

Bitte bestätigen Sie mir, dass die Sedcard offline ist.

Freundliche Grüsse
Reto Zürcher
Winterthur
""", rights=["withdraw_consent"], name="Reto Zürcher", email="reto.zuercher@bluewin.ch",
  notes="Swiss German (no ß: 'Grüsse', 'per sofort'); consent withdrawal for a sedcard")

M(g="de-CH", lang="de", style="restriction-accuracy", frm="Corinne Bühlmann <c.buehlmann@sunrise.ch>", to=AM,
  subj="Angaben in meinem Dossier", date="Thu, 29 Oct 2026 14:25:33 +0100",
  body="""Guten Tag

In Ihrem Casting-Dossier steht offenbar, dass ich nur Deutsch spreche. Ich spreche aber auch fliessend
Französisch, wie in meiner Bewerbung angegeben. Bis Sie das abgeklärt haben, möchte ich nicht, dass
mein Dossier in dieser Form an Produktionen verschickt wird. Bitte sperren Sie es so lange.

Freundliche Grüsse
Corinne Bühlmann
""", rights=["restriction"], name="Corinne Bühlmann", email="c.buehlmann@sunrise.ch",
  notes="restriction ('sperren') while accuracy of language data is checked; she does not ask to correct directly (judgement call, rectification would also be defensible)")

M(g="de-CH", lang="de", style="rectification", frm="Martin Keller <martin.keller@hispeed.ch>", to=ZZ,
  subj="Adresse falsch", date="Mon, 16 Nov 2026 07:59:01 +0100",
  body="""Hallo

Ihre Bestätigung kam an "Martin Keller, Bahnhofstrasse 12, 8001 Zürich". Ich wohne seit 2025 an der
Seestrasse 3, 8802 Kilchberg. Bitte korrigieren Sie die Adresse in Ihrer Kundendatei.

Gruss
Martin Keller
""", rights=["rectification"], name="Martin Keller", email="martin.keller@hispeed.ch",
  notes="rectification of a wrong postal address in the customer file")

M(g="de-CH", lang="de", style="booking", frm="Nadja Frei <nadja.frei@gmail.com>", to=VF,
  subj="Termin verschieben", date="Tue, 3 Nov 2026 12:12:12 +0100",
  body="""Hoi zäme

Wir müssen den Drehtermin vom 20.11. leider verschieben, der Chef ist krank. Geht auch der 27.11.?
Und bitte die Anzahlung stehen lassen.

Merci und liebe Grüsse
Nadja
""", notes="Swiss booking change; non-request")

# ---- de-BE, Ostbelgien (8)
M(g="de-BE", lang="de", style="parent", frm="Marc Kreusch <marc.kreusch@skynet.be>", to=AM,
  subj="Daten meiner Tochter Emma", date="Sat, 24 Oct 2026 17:05:55 +0200",
  body="""Guten Tag,

unsere Tochter Emma Kreusch (9 Jahre) war im letzten Jahr bei Ihrer Agentur für Kinderwerbung
angemeldet. Wir haben uns entschieden, das zu beenden.

Ich bitte Sie als Vater, sämtliche Daten und Fotos von Emma zu löschen, einschließlich der Kopie
ihrer Kids-ID, die wir damals eingereicht haben.

Mit freundlichen Grüßen aus Eupen
Marc Kreusch
""", rights=["erasure"], name="Emma Kreusch", email="marc.kreusch@skynet.be",
  rep={"kind": "parent", "name": "Marc Kreusch"},
  notes="Ostbelgien; parent asks erasure for a child, incl. the copy of her Kids-ID held by the agency (mentioned, not attached)")

M(g="de-BE", lang="de", style="question", frm="Ingrid Heinen <ingrid.heinen@outlook.be>", to=CO,
  subj="Was haben Sie über mich gespeichert?", date="Tue, 20 Oct 2026 10:01:09 +0200",
  body="""Hallo,

könnten Sie mir sagen, was Sie eigentlich alles über mich gespeichert haben? Ich war 2023 mit meinem
Verein bei Ihnen im Studio in Lüttich (Gruppenfoto Karnevalsgesellschaft St. Vith) und habe mich
damals in eine Liste eingetragen.

Danke und Gruß
Ingrid Heinen
""", rights=["access"], name="Ingrid Heinen", email="ingrid.heinen@outlook.be",
  notes="access request phrased as a question")

M(g="de-BE", lang="de", style="newsletter-consent", frm="Patrick Cremer <patrick.cremer@proximus.be>", to=KW,
  subj="Newsletter", date="Fri, 30 Oct 2026 19:30:19 +0100",
  body="""Hallo,

ich hatte mich bei Ihrem Stand auf der Messe in Eupen für den Newsletter eingetragen. Meine
Zustimmung dazu ziehe ich zurück.

Mfg
Patrick Cremer
""", rights=["withdraw_consent"], name="Patrick Cremer", email="patrick.cremer@proximus.be",
  notes="explicit withdrawal of the consent given for a newsletter signup -> withdraw_consent (README would label 'stop sending' as objection; here the writer withdraws consent)")

M(g="de-BE", lang="de", style="portability", frm="Sabine Mathieu-Lentz <sabine.lentz@gmail.com>", to=CO,
  subj="Übertragung an andere Fotografin", date="Wed, 11 Nov 2026 09:15:40 +0100",
  body="""Guten Morgen,

für das Fotobuch zu unserem Jubiläum arbeitet jetzt eine Fotografin aus Kelmis mit uns. Bitte
übermitteln Sie ihr direkt die Originaldateien unserer Familienshootings 2024 und 2025 sowie unsere
Kundendaten: studio@lichtblick-kelmis.be.

Vielen Dank
Sabine Mathieu-Lentz
""", rights=["portability"], name="Sabine Mathieu-Lentz", email="sabine.lentz@gmail.com",
  notes="portability directly to another photographer; that address is not the requester's")

M(g="de-BE", lang="de", style="objection-profiling", frm="Daniel Schifflers <d.schifflers@hotmail.com>", to=AM,
  subj="Einspruch gegen automatische Bewertung", date="Mon, 2 Nov 2026 20:11:02 +0100",
  body="""Sehr geehrte Damen und Herren,

laut Ihrer Datenschutzerklärung bewerten Sie Darsteller automatisch nach "Zuverlässigkeit" und
"Kundenfeedback" und schlagen sie danach Produktionen vor. Gegen diese Profilbildung lege ich
Widerspruch ein. Mein Profil soll bestehen bleiben, aber ohne diese Bewertung.

Mit freundlichen Grüßen
Daniel Schifflers
St. Vith
""", rights=["objection"], name="Daniel Schifflers", email="d.schifflers@hotmail.com",
  notes="objection to profiling; profile to stay")

M(g="de-BE", lang="de", style="two-rights", frm="Monika Pauels <monika.pauels@telenet.be>", to=AM,
  subj="Falsches Geburtsjahr", date="Thu, 12 Nov 2026 15:42:18 +0100",
  body="""Guten Tag,

in meiner Sedcard steht als Geburtsjahr 1979, richtig ist 1984. Bitte korrigieren Sie das.

Bis das korrigiert ist, möchte ich auch nicht, dass die Sedcard an Kunden geht. Wenn Sie einen
Nachweis brauchen, schicke ich Ihnen gern eine Kopie meines Ausweises.

Freundliche Grüße
Monika Pauels
""", rights=["rectification", "restriction"], name="Monika Pauels", email="monika.pauels@telenet.be",
  notes="rectification + restriction until corrected; ID offered but not attached")

M(g="de-BE", lang="de", style="invoice", frm="Jürgen Hilgers <j.hilgers@hilgers-dach.be>", to=KW,
  subj="Rechnung Drohnenvideo", date="Tue, 17 Nov 2026 08:08:08 +0100",
  body="""Hallo,

kleine Korrektur: auf der Rechnung für das Drohnenvideo steht noch unsere alte MwSt-Nummer. Die neue
lautet BE 0798.765.432. Bitte schicken Sie eine korrigierte Rechnung.

Gruß
Jürgen Hilgers
Hilgers Bedachungen, Raeren
""", notes="asks to correct a company VAT number on an invoice; business data, not rectification of personal data (judgement call)")

M(g="de-BE", lang="de", style="reply-thanks", frm="Renate Kohnen <renate.kohnen@skynet.be>", to=CO,
  subj="AW: Ihre Anfrage zur Einsicht", date="Fri, 6 Nov 2026 11:20:00 +0100",
  body="""Vielen Dank, das ist alles angekommen. Schönes Wochenende!

R. Kohnen

-----Ursprüngliche Nachricht-----
Von: Studio Clair-Obscur <bonjour@clairobscur-studio.be>
Gesendet: Donnerstag, 5. November 2026 17:02
An: Renate Kohnen <renate.kohnen@skynet.be>
Betreff: Ihre Anfrage zur Einsicht

Sehr geehrte Frau Kohnen,

anbei erhalten Sie wie gewünscht die Auskunft über Ihre bei uns gespeicherten Daten. Wenn Sie die
Löschung oder Berichtigung wünschen, genügt eine kurze Nachricht.

Mit freundlichen Grüßen
Studio Clair-Obscur
""", notes="Outlook-style reply (no > quoting) whose only privacy wording is in the studio's earlier message")

# ================================================================ French, Belgium (16)
M(g="fr-BE", lang="fr", style="formal", frm="Geneviève Lambotte <genevieve.lambotte@skynet.be>", to=CO,
  raw=[("Subject", "=?iso-8859-1?Q?Demande_d'acc=E8s_=E0_mes_donn=E9es_personnelles?=")], date="Mon, 5 Oct 2026 09:12:30 +0200",
  hdrs=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1")],
  body="""Madame, Monsieur,

En septante-neuf ans, c'est la première fois que j'écris ce genre de courrier, pardonnez la forme.

Votre studio a réalisé en 2025 les portraits de notre chorale à Liège. Je souhaiterais savoir
quelles données me concernant vous conservez (coordonnées, photos, factures), à qui vous les avez
transmises et pendant combien de temps vous comptez les garder.

Je vous remercie d'avance et vous prie d'agréer mes salutations distinguées.

Geneviève Lambotte
rue Hors-Château 51
4000 Liège
""", cs="windows-1252", cte="quoted-printable",
  rights=["access"], name="Geneviève Lambotte", email="genevieve.lambotte@skynet.be",
  notes="Belgian French ('septante-neuf'); access; windows-1252 quoted-printable body; Subject as ISO-8859-1 Q encoded word")

M(g="fr-BE", lang="fr", style="angry", frm="Kevin Dethier <kevin.dethier@hotmail.be>", to=AM,
  subj="Supprimez TOUT", date="mercredi 14 octobre 2026 23:58",
  body="""Bonsoir,

Ça fait trois fois qu'on m'appelle pour des castings de figuration payés 30 euros la journée, alors
que j'avais dit clairement que ça ne m'intéressait plus. Je veux que vous supprimiez mon profil,
mes photos, mon numéro, tout. Et que vous me confirmiez par écrit que c'est fait.

Kevin Dethier
""", rights=["erasure"], name="Kevin Dethier", email="kevin.dethier@hotmail.be",
  notes="free-text French Date header -> received null; angry erasure request; calls mentioned as context (objection implied but not asked separately: erasure covers it)")

M(g="fr-BE", lang="fr", style="chatty", frm="Amandine Collard <amandine.collard@gmail.com>", to=CO,
  subj="Ma photo sur Instagram", date="Sat, 31 Oct 2026 14:02:18 +0100",
  body="""Coucou l'équipe !

J'avais adoré la séance grossesse chez vous et j'avais dit oui pour que vous postiez une photo sur
votre Insta. Maintenant que le bébé est là (Louise, 3,2 kg, tout va bien !) je préfère garder ça pour
nous. Vous pourriez la retirer ? Je retire mon accord, mais rien de fâché hein :)

Bisous,
Amandine
""", rights=["withdraw_consent"], name="Amandine Collard", email="amandine.collard@gmail.com",
  notes="chatty withdrawal of consent for an Instagram post; name from display name (signature first name only)")

M(g="fr-BE", lang="fr", style="objection-marketing", frm="Philippe Gilson <ph.gilson@voo.be>", to=CO,
  subj="Désinscription", date="Tue, 3 Nov 2026 08:30:00 +0100",
  body="""Bonjour,

Je ne souhaite plus recevoir vos offres promotionnelles (mails « Black Friday portraits », etc.). Je
m'oppose à l'utilisation de mon adresse à des fins de prospection. Le lien de désinscription en bas
de vos mails ne fonctionne pas.

Cordialement,
Philippe Gilson
""", rights=["objection"], name="Philippe Gilson", email="ph.gilson@voo.be",
  notes="objection to direct marketing; broken unsubscribe link")

M(g="fr-BE", lang="fr", style="rectification", frm="Aïcha Benali <aicha.benali@outlook.com>", to=AM,
  subj="Erreur de nom sur la photo de l'expo", date="Thu, 22 Oct 2026 12:45:51 +0200",
  raw=[("Content-Language", "fr-BE")],
  body="""Bonjour,

Sur la photo exposée à la Citadelle et sur votre site, la légende dit « Aisha Benalli ». Mon nom
s'écrit Aïcha Benali (avec tréma, un seul l). Pourriez-vous corriger la légende sur le site et, si
possible, sur le cartel de l'exposition ?

Merci beaucoup,
Aïcha Benali
""", rights=["rectification"], name="Aïcha Benali", email="aicha.benali@outlook.com",
  notes="rectification of a misspelled caption; wrong spelling also appears in the mail")

M(g="fr-BE", lang="fr", style="restriction", frm="Jean-Marc Wauters <jm.wauters@proximus.be>", to=CO,
  subj="Litige en cours - conservation des fichiers", date="Fri, 13 Nov 2026 10:05:44 +0100",
  body="""Madame, Monsieur,

Comme vous le savez, nous contestons la facture du reportage de notre mariage. Dans l'attente de la
décision du juge de paix, je vous demande de ne pas effacer les photos ni nos données, mais de ne plus
les utiliser à aucune fin (ni site, ni salons, ni réseaux sociaux) jusqu'à la fin du litige.

Veuillez agréer mes salutations distinguées.
Jean-Marc Wauters
""", rights=["restriction"], name="Jean-Marc Wauters", email="jm.wauters@proximus.be",
  notes="restriction during a legal dispute; 'ne pas effacer' is not erasure")

M(g="fr-BE", lang="fr", style="portability", frm="Thibault Renard <thibault.renard@me.com>", to=AM,
  subj="Export de mon profil", date="Mon, 26 Oct 2026 15:15:15 +0100",
  body="""Bonjour,

Je rejoins une agence à Bruxelles. Pouvez-vous m'envoyer l'ensemble de mes données de profil
(mensurations, expériences, langues, photos) dans un format réutilisable, type CSV ou JSON + les
fichiers images, pour que je puisse les importer chez eux ?

Merci,
Thibault Renard
""", rights=["portability"], name="Thibault Renard", email="thibault.renard@me.com",
  notes="portability in CSV/JSON to take to another agency")

M(g="fr-BE", lang="fr", style="lawyer", frm="Maître Sophie Delvaux <s.delvaux@avocats-delvaux.be>", to=CO,
  subj="V/Réf. : M. Olivier Masson – demande d'accès et d'effacement (RGPD)", date="Thu, 15 Oct 2026 16:40:12 +0200",
  body="""Madame, Monsieur,

J'interviens pour le compte de M. Olivier Masson, domicilié à Seraing, qui a fait appel à vos services
pour un shooting professionnel en 2024.

En vertu de l'article 15 du RGPD, mon client sollicite une copie de l'ensemble des données
personnelles le concernant que vous traitez. Il demande en outre, sur la base de l'article 17, que
ces données soient effacées une fois cette copie communiquée.

Je vous saurais gré de me répondre dans le délai légal d'un mois.

Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Sophie Delvaux
Avocate au barreau de Liège
""", rights=["access", "erasure"], name="Olivier Masson", email="s.delvaux@avocats-delvaux.be",
  rep={"kind": "lawyer", "name": "Sophie Delvaux"},
  notes="lawyer: access then erasure for a client")

M(g="fr-BE", lang="fr", style="forward-attachment", frm="Julie Hardy <julie@clairobscur-studio.be>", to="Nicolas Lejeune <nicolas@clairobscur-studio.be>",
  subj="TR: photo site web", date="Tue, 10 Nov 2026 09:02:00 +0100",
  body="""Nico, mail reçu sur ma boîte perso, je te le transfère en pièce jointe. C'est bien la cliente du
shooting "automne au Sart-Tilman". À traiter stp.

Julie
""", fwd=dict(frm="Chloé Piron <chloe.piron@gmail.com>", to="Julie Hardy <julie.hardy.photo@gmail.com>",
  subj="photo site web", date="Mon, 9 Nov 2026 21:14:09 +0100", fn="photo site web.eml",
  body="""Bonsoir Julie,

Je ne veux plus que ma photo (celle sous les arbres) soit sur le site du studio. J'avais signé
l'autorisation mais je la retire. Merci de faire le nécessaire.

Chloé Piron
"""),
  rights=["withdraw_consent"], name="Chloé Piron", email="chloe.piron@gmail.com",
  notes="colleague forwards the request as an attached message/rfc822; requester inside the attachment")

M(g="fr-BE", lang="fr", style="phone-typing", frm="maxime.lefevre22@gmail.com", to=CO,
  subj="photos", date="Sun, 18 Oct 2026 02:37:11 +0200",
  body="""slt enlevez mes photos de votre page facebook svp jveux plus etre dessus merci
""", rights=["withdraw_consent"], name=None, email="maxime.lefevre22@gmail.com",
  notes="bare address, no display name or signature: requester_name null; phone typing without accents; photos on Facebook -> withdraw_consent (assumes they were posted with his agreement; objection would also be defensible)")

M(g="fr-BE", lang="fr", style="conditional", frm="Nathalie Dubois <nathalie.dubois@scarlet.be>", to=CO,
  subj="fichiers bruts séance 2023", date="Wed, 4 Nov 2026 13:50:33 +0100",
  body="""Bonjour,

Si vous avez encore les fichiers originaux (bruts) de la séance famille de juin 2023, est-ce que vous
pourriez me les transmettre, avec les informations que vous avez sur moi, dans un format que je peux
ouvrir ailleurs ? Sinon tant pis, ne vous embêtez pas.

Bonne journée,
Nathalie Dubois
""", rights=["portability"], name="Nathalie Dubois", email="nathalie.dubois@scarlet.be",
  notes="conditional portability ('si vous avez encore..., transmettez-les'); the data-in-a-reusable-format part makes it portability rather than access (judgement call)")

M(g="fr-BE", lang="fr", style="booking", frm="Famille Renson <renson.famille@gmail.com>", to=CO,
  subj="Changement de date séance Saint-Nicolas", date="Thu, 29 Oct 2026 18:00:41 +0100",
  body="""Bonjour,

Est-il possible de déplacer notre séance photo Saint-Nicolas du 28/11 au 5/12 ? Les enfants ont un
spectacle à l'école ce jour-là.

Merci d'avance,
Famille Renson
""", notes="booking change; non-request")

M(g="fr-BE", lang="fr", style="selection-delete", frm="Manon Leroy <manon.leroy@hotmail.com>", to=CO,
  subj="Sélection album", date="Fri, 6 Nov 2026 11:11:11 +0100",
  body="""Bonjour Nicolas,

Merci pour la galerie ! Avant l'impression, pouvez-vous supprimer les photos floues de la série du
vin d'honneur et retirer celles où je cligne des yeux ? Le reste est parfait.

Manon
""", notes="'supprimer/retirer' refers to the album selection, not to personal data")

M(g="fr-BE", lang="fr", style="out-of-office", frm="Olivier Marchal <olivier.marchal@ville-exemple.be>", to=AM,
  subj="Réponse automatique : casting fête de la Wallonie", date="Mon, 16 Nov 2026 08:00:00 +0100",
  body="""Je suis absent jusqu'au 23 novembre inclus. Pour toute urgence, contactez le service communication
au 081 00 00 00.

Pour exercer vos droits (accès, rectification, effacement) : dpo@ville-exemple.be
""", hdrs=[("Auto-Submitted", "auto-replied")],
  notes="out-of-office with DPO footer")

M(g="fr-BE", lang="fr", style="supplier-newsletter", frm="LaboPhoto Wallonie <infos@labophoto-wallonie.be>", to=CO,
  subj="Nouveautés tirages + mise à jour de notre politique de confidentialité", date="Tue, 20 Oct 2026 07:00:00 +0000",
  body="""Chers partenaires photographes,

Nouveaux papiers fine art disponibles dès le 1er novembre !

Nous avons également mis à jour notre politique de confidentialité : vous pouvez à tout moment
demander l'accès, la rectification ou la suppression de vos données en écrivant à privacy@labophoto-wallonie.be.

Pour ne plus recevoir nos communications, cliquez ici.

LaboPhoto Wallonie – Namur
""", html="""<html><body><p>Chers partenaires photographes,</p><p><b>Nouveaux papiers fine art</b> disponibles d&egrave;s le 1er novembre !</p><p>Nous avons mis &agrave; jour notre politique de confidentialit&eacute;.</p></body></html>""",
  hdrs=[("Precedence", "bulk")],
  notes="supplier newsletter with privacy-policy update wording; non-request")

M(g="fr-BE", lang="fr", style="friend-question", frm="Delphine Marechal <delphine.marechal@gmail.com>", to=AM,
  subj="question RGPD", date="Sat, 7 Nov 2026 16:20:00 +0100",
  body="""Bonjour,

Une amie a posé pour une autre agence il y a quelques années et ses photos circulent encore sur des
sites de banques d'images. En général, est-ce qu'une agence est obligée de supprimer les photos si le
modèle le demande ? Je pose la question pour elle, vous avez sûrement l'habitude.

Merci !
Delphine
""", notes="general question about a friend's rights regarding another agency; no request to this agency")

# ================================================================ French, France (14)
M(g="fr-FR", lang="fr", style="formal-id", frm="Bertrand Vasseur <bertrand.vasseur@orange.fr>", to=ZZ,
  subj="Droit d'accès – article 15 du RGPD", date="Thu, 8 Oct 2026 10:31:04 +0200",
  body="""Madame, Monsieur,

Conformément à l'article 15 du Règlement général sur la protection des données, je vous prie de bien
vouloir me communiquer l'ensemble des données à caractère personnel me concernant que détient votre
studio, ainsi que les finalités du traitement, les destinataires et la durée de conservation.

Vous trouverez ci-joint la copie de ma carte d'identité (recto et verso).

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Bertrand Vasseur
12, rue des Tanneurs
59000 Lille
""", atts=[("CNI_recto.png", "image/png", "id", True), ("CNI_verso.png", "image/png", "id", True)],
  rights=["access"], name="Bertrand Vasseur", email="bertrand.vasseur@orange.fr",
  notes="formal access request, ID card front and back as two PNGs")

M(g="fr-FR", lang="fr", style="two-rights", frm="Camille Rousseau-Nguyen <camille.rn@free.fr>", to=VF,
  subj="Retrait de mon image et suppression de mes données", date="Mon, 19 Oct 2026 17:44:29 +0200",
  body="""Bonjour,

J'ai participé en 2025 au tournage de votre clip pour un festival à Haarlem et j'avais signé une
autorisation de droit à l'image. Je retire cette autorisation : merci de retirer les images où
j'apparais de votre site et de votre chaîne YouTube.

Par ailleurs, je vous demande de supprimer toutes les autres données que vous avez sur moi
(coordonnées, copie de ma pièce d'identité, etc.).

Camille Rousseau-Nguyen
""", rights=["erasure", "withdraw_consent"], name="Camille Rousseau-Nguyen", email="camille.rn@free.fr",
  notes="withdraw consent (image release) + erasure of other data")

M(g="fr-FR", lang="fr", style="objection-sms", frm="Didier Fontaine <didier.fontaine@sfr.fr>", to=LM,
  subj="SMS publicitaires", date="Wed, 28 Oct 2026 12:03:56 +0100",
  body="""Bonjour,

Je reçois régulièrement des SMS de votre agence pour des « castings express ». Je m'oppose à ce que
mon numéro soit utilisé pour ce type de prospection. Merci de le retirer de vos listes d'envoi.

Didier Fontaine
""", rights=["objection"], name="Didier Fontaine", email="didier.fontaine@sfr.fr",
  notes="objection to SMS marketing; 'retirer de vos listes' is about marketing lists, not full erasure")

M(g="fr-FR", lang="fr", style="rectification", frm="Élodie Marchand <elodie.marchand@laposte.net>", to=AS,
  subj="Mise à jour de mes coordonnées", date="Tue, 6 Oct 2026 09:09:09 +0200",
  body="""Bonjour,

Je viens de voir dans votre mail de confirmation que mon adresse est enregistrée comme « 14 rue
Pasteur, Lyon ». C'est une erreur : j'habite 41 rue Pasteur, 69007 Lyon. Pouvez-vous corriger votre
fichier clients ?

Cordialement,
Élodie Marchand
""", rights=["rectification"], name="Élodie Marchand", email="elodie.marchand@laposte.net",
  notes="rectification of an address typo in the customer file; initial É in name")

M(g="fr-FR", lang="fr", style="restriction-accuracy", frm="Sébastien Morel <sebastien.morel@gmail.com>", to=LD,
  subj="Contestation d'une mention dans mon dossier", date="Fri, 30 Oct 2026 14:14:00 +0100",
  body="""Bonjour,

Une production m'a dit que votre fiche indique que j'ai « refusé deux tournages ». C'est inexact. En
attendant que vous vérifiiez, je demande la limitation du traitement de ces informations : ne les
communiquez plus à vos clients.

Sébastien Morel
""", rights=["restriction"], name="Sébastien Morel", email="sebastien.morel@gmail.com",
  notes="restriction while accuracy is checked (explicit 'limitation du traitement')")

M(g="fr-FR", lang="fr", style="portability", frm="Inès Garnier <ines.garnier@gmail.com>", to=ZZ,
  subj="Transfert à un autre photographe", date="Sun, 15 Nov 2026 20:01:10 +0100",
  body="""Bonjour,

Nous déménageons à Bordeaux et nous continuerons le suivi photo de nos enfants avec un studio là-bas.
Pourriez-vous transmettre directement nos fichiers RAW et notre fiche client à l'adresse
contact@studio-lesjumelles.fr ?

Merci pour ces belles années,
Inès Garnier
""", rights=["portability"], name="Inès Garnier", email="ines.garnier@gmail.com",
  notes="portability directly to another studio; that address is not the requester")

M(g="fr-FR", lang="fr", style="parent", frm="Aurélie Chevalier <aurelie.chevalier@wanadoo.fr>", to=LD,
  subj="Book de ma fille Jade", date="Thu, 12 Nov 2026 21:33:02 +0100",
  body="""Bonsoir,

Je suis la maman de Jade Chevalier (14 ans), inscrite chez vous depuis 2024. J'avais donné mon accord
pour que son book soit visible sur votre site et envoyé aux marques. Je retire cet accord : Jade ne
souhaite plus poser. Merci de retirer son book du site et de ne plus le proposer.

Aurélie Chevalier
""", rights=["withdraw_consent"], name="Jade Chevalier", email="aurelie.chevalier@wanadoo.fr",
  rep={"kind": "parent", "name": "Aurélie Chevalier"},
  notes="parent withdraws consent for a minor's portfolio")

M(g="fr-FR", lang="fr", style="reminder", frm="Laurent Picard <laurent.picard@bbox.fr>", to=VF,
  subj="Re: Relance - transfert de mes fichiers", date="Mon, 16 Nov 2026 09:00:27 +0100",
  body="""Bonjour,

Je me permets de relancer ma demande ci-dessous, toujours sans réponse.

Laurent Picard

Le 13 oct. 2026 à 10:12, Laurent Picard <laurent.picard@bbox.fr> a écrit :
""" + q("""Bonjour,
Pourriez-vous m'envoyer les rushes de l'interview tournée pour notre entreprise ainsi que les données
vous avez sur moi, dans un format standard, pour que je puisse les confier à un autre monteur ?
Merci,
Laurent Picard""") + "\n",
  rights=["portability"], name="Laurent Picard", email="laurent.picard@bbox.fr", fu=True,
  notes="reminder quoting his own earlier portability request (here the quoted text IS the writer's, so it counts)")

M(g="fr-FR", lang="fr", style="non-native", frm="Oliver Hartley <oliver.hartley@protonmail.com>", to=CO,
  subj="Demande pour mes informations", date="Wed, 21 Oct 2026 11:27:37 +0200",
  body="""Bonjour,

Je suis anglais, excusez mon français. J'ai fait une photo de passeport chez vous l'année dernière.
Je voudrais savoir quelles informations vous gardez sur moi et si vous avez encore la photo. Je n'ai
pas besoin que vous supprimez, seulement savoir.

Merci beaucoup,
Oliver Hartley
""", rights=["access"], name="Oliver Hartley", email="oliver.hartley@protonmail.com",
  notes="non-native French; access, explicitly not erasure")

M(g="fr-FR", lang="fr", style="contact-form", frm="Site Kaderwerk <noreply@kaderwerk.be>", to=KW,
  reply_to="Margaux Lemoine <margaux.lemoine@yahoo.fr>",
  subj="Formulaire de contact – nouveau message", date="Tue, 27 Oct 2026 18:18:18 +0100",
  body="""Nom : Margaux Lemoine
Courriel : margaux.lemoine@yahoo.fr
Objet : Vidéo témoignage

Message :
Bonjour, je vois que vous utilisez un extrait de la vidéo de témoignage client que j'ai faite pour
mon employeur dans vos publicités sur Facebook. Je n'ai jamais été consultée pour cet usage-là. Je
m'oppose à cette utilisation pour votre propre publicité.
""", rights=["objection"], name="Margaux Lemoine", email="margaux.lemoine@yahoo.fr",
  notes="contact form with Reply-To; objection to marketing use of a clip made for her employer")

M(g="fr-FR", lang="fr", style="invoice", frm="Comptabilité Atelier Brémont <compta@atelier-bremont.fr>", to=ZZ,
  subj="Adresse de facturation", date="Mon, 12 Oct 2026 08:45:00 +0200",
  body="""Bonjour,

Merci de libeller désormais vos factures au nom de : SAS Atelier Brémont, 3 quai de la Fosse,
44000 Nantes. L'ancienne adresse n'est plus valable.

Cordialement,
Service comptabilité
""", notes="invoice address change; non-request")

M(g="fr-FR", lang="fr", style="add-photos", frm="Hélène Boyer <helene.boyer@gmail.com>", to=ZZ,
  subj="Ajouter des photos à la galerie", date="Wed, 11 Nov 2026 10:40:00 +0100",
  body="""Bonjour,

Serait-il possible d'ajouter à notre galerie en ligne les photos de la soirée que vous avez prises
après 22 h ? Ma belle-mère voudrait en commander.

Merci !
Hélène Boyer
""", notes="asks to add photos to the gallery; non-request")

M(g="fr-FR", lang="fr", style="model-release-question", frm="Romain Giraud <romain.giraud@icloud.com>", to=LM,
  subj="Autorisation droit à l'image", date="Thu, 5 Nov 2026 15:05:05 +0100",
  body="""Bonjour,

Avant de signer l'autorisation de droit à l'image pour le tournage du 20/11, j'ai une question :
est-ce que je pourrai retirer mon accord plus tard, par exemple dans deux ans ? Et l'autorisation
couvre-t-elle aussi les réseaux sociaux ?

Cordialement,
Romain Giraud
""", notes="question about a future right to withdraw before signing a release; nothing is withdrawn now")

M(g="fr-FR", lang="fr", style="reply-thanks", frm="Sandrine Lebrun <sandrine.lebrun@orange.fr>", to=LD,
  subj="Re: Votre demande de suppression", date="Tue, 17 Nov 2026 12:30:00 +0100",
  body="""Parfait, merci beaucoup pour votre réactivité.

Sandrine

Le lun. 16 nov. 2026 à 17:05, Lisdodde Casting <info@lisdodde-casting.be> a écrit :
""" + q("""Chère Madame Lebrun,

Nous vous confirmons que votre profil et vos photos ont été supprimés de notre base de données.
Vous pouvez à tout moment exercer vos droits d'accès, de rectification ou d'opposition.

Bien à vous,
Lisdodde Casting""") + "\n",
  notes="thank-you reply; privacy wording only in quoted agency text")

# ================================================================ English (20)
M(g="en", lang="en", style="formal", frm="Rachel O'Sullivan <rachel.osullivan@eircom.net>", to=VF,
  subj="Subject access request", date="Tue, 6 Oct 2026 14:22:10 +0100",
  body="""Dear Vlinderfilm team,

Under Article 15 of the GDPR I am requesting a copy of all personal data you hold about me, in
connection with the corporate video you filmed for my former employer in Amsterdam in 2024.

Please include: the footage and stills in which I appear, any notes or contact details, who you have
shared them with (including subcontractors and clients), and how long you intend to keep them.

Kind regards,
Rachel O'Sullivan
Dublin
""", rights=["access"], name="Rachel O'Sullivan", email="rachel.osullivan@eircom.net",
  notes="formal access request from Ireland (+0100 Irish summer time); apostrophe in name")

M(g="en", lang="en", style="terse", frm="Dan Whitfield <danwhitfield@yahoo.co.uk>", to=LM,
  subj="delete me", date="Fri, 23 Oct 2026 22:03:00 +0100",
  body="Please delete my account and everything you have on me. Cheers, Dan\n",
  rights=["erasure"], name="Dan Whitfield", email="danwhitfield@yahoo.co.uk",
  notes="one-line erasure; UK offset")

M(g="en", lang="en", style="model-release", frm="Priya Raghunathan <priya.raghunathan@gmail.com>", to=LD,
  subj="Withdrawing my model release", date="Thu, 29 Oct 2026 18:40:12 +0530",
  body="""Hi Lisdodde team,

I'm back in Bangalore now. When I was in Belgium last year I signed a release so you could use my
test shoot photos on your website and send them to clients. I'd like to withdraw that consent now,
please take my photos down and stop sending them out.

You can keep my contact details in case I come back, that's fine.

Thanks,
Priya
""", rights=["withdraw_consent"], name="Priya Raghunathan", email="priya.raghunathan@gmail.com",
  notes="withdraw model-release consent; India offset +0530; explicitly keep contact details (no erasure)")

M(g="en", lang="en", style="objection-social", frm="Tom Hendry <tom.hendry@btinternet.com>", to=AS,
  subj="Photo of me on your Instagram", date="Mon, 9 Nov 2026 09:15:42 +0000",
  body="""Hello,

You posted a photo from the Leuven half marathon on your Instagram (@atelierschaduwspel) where I'm
clearly recognisable at the finish. I understand you rely on legitimate interest for event photos, but
I object to my image being used to promote your studio. Please remove it from your social media.

Regards,
Tom Hendry
""", rights=["objection"], name="Tom Hendry", email="tom.hendry@btinternet.com",
  notes="objection to social media use under legitimate interest; 'remove' is the consequence of the objection, not erasure")

M(g="en", lang="en", style="rectification-caption", frm="Siobhán Ní Bhriain <siobhan.nibhriain@gmail.com>", to=ZZ,
  subj="Caption spelling", date="Sat, 17 Oct 2026 11:01:55 +0200",
  body="""Hi there,

Lovely blog post about the Utrecht dance showcase, thank you! Small thing: the caption under my photo
says "Siobhan Ni Brian". It should be Siobhán Ní Bhriain, with the fadas. Could you fix it?

Thanks a million,
Siobhán
""", rights=["rectification"], name="Siobhán Ní Bhriain", email="siobhan.nibhriain@gmail.com",
  notes="rectification of a misspelled caption; Irish name with fadas; sent from NL (+0200)")

M(g="en", lang="en", style="restriction-dispute", frm="Marcus Delacroix-Hill <marcus@delacroixhill.co.uk>", to=KB,
  subj="Invoice dispute - please preserve files", date="Wed, 28 Oct 2026 16:00:00 +0000",
  body="""Dear Mr Kroonenberg,

Further to our call, I dispute invoice KB-2026-118 for the headshots. While this is being resolved,
please do not delete the photographs or my records, as I may need them. Equally, I ask that you do not
use them in any way (portfolio, website, marketing) until we have settled the matter. Please restrict
processing to storage only.

Yours sincerely,
Marcus Delacroix-Hill
""", rights=["restriction"], name="Marcus Delacroix-Hill", email="marcus@delacroixhill.co.uk",
  notes="restriction during an invoice dispute")

M(g="en", lang="en", style="portability-raw", frm="Hannah Lindqvist <hannah.lindqvist@outlook.com>", to=ZZ,
  subj="Raw files + my data", date="Sun, 1 Nov 2026 10:10:10 -0500", crlf=True,
  body="""Hi!

We moved to Toronto in the summer. Could you send us the RAW files from our family session in May
and our client info in some standard format (CSV is fine)? We're going to work with a photographer
here who wants to keep the same editing style.

Best,
Hannah Lindqvist
""", rights=["portability"], name="Hannah Lindqvist", email="hannah.lindqvist@outlook.com",
  notes="portability of RAW files and client data; offset -0500 (Toronto after DST end)")

M(g="en", lang="en", style="two-rights", frm="Grace Adeyemi <grace.adeyemi@gmail.com>", to=VF,
  subj="What do you have on me? + wrong email", date="Thu, 12 Nov 2026 13:20:31 +0100",
  body="""Hello,

Two things:
1) Can you tell me what personal information you store about me and where it came from? I never
   booked you myself, I was only in the conference video for my company.
2) Your mailing used my old work address grace.adeyemi@oldcompany.nl. That address is no longer
   mine; please replace it with this one in your records.

Thanks,
Grace Adeyemi
""", rights=["access", "rectification"], name="Grace Adeyemi", email="grace.adeyemi@gmail.com",
  notes="access + rectification; the old address inside the rectification is not the requester's")

M(g="en", lang="en", style="non-native", frm="Zeynep Kılıçarslan <zeynep.kilicarslan@gmail.com>", to=AS,
  subj="about my photos in your newsletter", date="Mon, 19 Oct 2026 15:48:03 +0300",
  body="""Hello,

I am Zeynep, I was Erasmus student in Leuven and I make photos in your studio for my portfolio. Now I
see my photo in your newsletter as example "student portrait package". Nobody ask me for this. I
don't want you use my face for advertising please. The photos for me is ok, you can keep.

Thank you
Zeynep Kılıçarslan
Istanbul
""", cte="base64", rights=["objection"], name="Zeynep Kılıçarslan", email="zeynep.kilicarslan@gmail.com",
  notes="non-native English; objection to marketing use of her photo; explicitly not erasure; Turkish offset +0300, dotless ı")

M(g="en", lang="en", style="forward-outlook-dutch-note", frm="Femke de Bruijn <femke@zilverzout.nl>", to="Info Zilverzout <info@zilverzout.nl>",
  subj="FW: Data request", date="Tue, 3 Nov 2026 10:44:19 +0100",
  body="""Hoi allemaal, deze kwam binnen op mijn eigen adres. Wie pakt het op? Termijn is een maand.

Femke

-------- Doorgestuurd bericht --------
Onderwerp: Data request
Datum: Mon, 2 Nov 2026 19:32:11 +0100
Van: Lucas Ferreira <lucas.ferreira.nl@gmail.com>
Aan: femke@zilverzout.nl

Hi Femke,

Quick one: could you tell me which photos of me you still have from the 2023 company headshots, and
whether they were ever shared with anyone besides my employer?

Thanks,
Lucas Ferreira
""", rights=["access"], name="Lucas Ferreira", email="lucas.ferreira.nl@gmail.com",
  notes="Outlook/Thunderbird Dutch forward header; forward note in Dutch, request in English (language en)")

M(g="en", lang="en", style="reminder-angry", frm="Kelly Brandt <kelly.brandt@icloud.com>", to=LM,
  subj="Re: Re: STILL getting your casting emails", date="Fri, 13 Nov 2026 08:05:12 +0100",
  body="""This is the THIRD time I'm asking. Stop sending me your casting call emails. I objected in
September and again in October and they keep coming. Unbelievable.

Kelly

On Thu, 8 Oct 2026 at 09:14, Castingbureau Lichtmeters <boekingen@castinglichtmeters.nl> wrote:
""" + q("""Hi Kelly,

Thanks for your message, we've passed your request on to our team. You'll be removed from the
casting-call list within 5 working days.

Best,
Lichtmeters""") + "\n",
  rights=["objection"], name="Kelly Brandt", email="kelly.brandt@icloud.com", fu=True,
  notes="angry reminder of an earlier objection to marketing/casting-call emails; quoted agency text has the 'removed' wording")

M(g="en", lang="en", style="buried", frm="Oscar Pemberton <oscar.pemberton@gmail.com>", to=KW,
  subj="Lovely film - and one small thing", date="Wed, 14 Oct 2026 20:55:40 +0200",
  body="""Hi Kaderwerk folks,

Just wanted to say the film you made of my dad's 80th birthday in Antwerp is wonderful. My aunt cried
three times. The drone shot over the Schelde was a great touch, and the way you cut in the old
family super-8 footage was something none of us expected.

We've shown it at two family dinners already and my cousin in Melbourne wants a copy, I'll sort
that out with her myself, no need for you to send anything.

One small thing: I've been getting your monthly newsletter since the booking and I'd rather not,
please take me off it. Not a complaint at all!

All the best and thanks again,
Oscar Pemberton
""", rights=["objection"], name="Oscar Pemberton", email="oscar.pemberton@gmail.com",
  notes="request buried in the third paragraph after praise: stop the newsletter -> objection (no consent wording)")

M(g="en", lang="en", style="html-inline-id", frm="Ana-Maria Popescu <anamaria.popescu@yahoo.com>", to=AM,
  subj="Request for my data (please find ID below)", date="Mon, 26 Oct 2026 11:11:45 +0200",
  htmlonly=True, html="""<html><body><div>Dear Agence Mosane,</div><div><br></div><div>I would like to receive a copy of my profile data and all my casting photos in a machine-readable format, so I can move to another agency in Brussels. As proof of identity, my ID card:</div><div><img src="cid:idcard01" alt="ID" width="300"></div><div><br></div><div>Best regards,<br>Ana-Maria Popescu</div></body></html>""",
  atts=[("image001.png", "image/png", "id", True, "idcard01")],
  rights=["portability"], name="Ana-Maria Popescu", email="anamaria.popescu@yahoo.com",
  notes="HTML-only with inline pasted ID image (multipart/related); portability. Date says +0200 on 26 Oct (after DST end in BE, but sender in Romania where it is +0200 EET)")

M(g="en", lang="en", style="lawyer-no-date", frm="Whitmore Legal <enquiries@whitmorelegal.co.uk>", to=VF,
  subj="Our client: Ms Jessica Tran - restriction and objection", date=None,
  body="""Dear Sirs,

We act for Ms Jessica Tran, who appeared in a promotional video you produced for a hotel in Zandvoort.

Our client disputes that she agreed to the use of that footage beyond the hotel's own campaign. Pending
resolution, we request that you restrict the processing of her personal data to storage, and we
hereby object, on her behalf, to any use of the footage in your own showreel and marketing.

Yours faithfully,
Whitmore Legal LLP
""", atts=[("Letter_of_authority_Tran.pdf", "application/pdf", "pdf", False), ("passport_JTran.HEIC", "application/octet-stream", "heic", True)],
  rights=["restriction", "objection"], name="Jessica Tran", email="enquiries@whitmorelegal.co.uk",
  rep={"kind": "lawyer", "name": "Whitmore Legal LLP"},
  notes="no Date header -> received null; lawyer for client, restriction + objection; passport as .HEIC with application/octet-stream")

M(g="en", lang="en", style="out-of-office", frm="James Carter <j.carter@brightwave-media.com>", to=VF,
  subj="Out of Office: Re: Edit v3 - Brightwave promo", date="Thu, 5 Nov 2026 06:00:01 +1000",
  body="""Thanks for your email. I'm travelling with limited access to email until 16 November.
For anything urgent please contact ops@brightwave-media.com.

Brightwave Media respects your privacy. To access, correct or delete your data, visit brightwave-media.com/privacy.
""", hdrs=[("Auto-Submitted", "auto-replied")],
  notes="out-of-office with privacy footer; Australian offset +1000")

M(g="en", lang="en", style="booking", frm="Emily Shaw <emily.shaw@gmail.com>", to=ZZ,
  subj="Newborn session - date?", date="Tue, 10 Nov 2026 07:30:00 +0100",
  body="""Hi,

Baby arrived early (all fine!) so could we move the newborn session forward to next week? Any day
except Wednesday works.

Thanks,
Emily
""", notes="booking change; non-request")

M(g="en", lang="en", style="spam", frm="GDPR Compliance Desk <alerts@gdpr-compliance-desk.example>", to=ZZ,
  subj="URGENT: Your business is not GDPR compliant - fines up to EUR 20,000,000", date="Thu, 32 Oct 2026 03:14:15 +0000",
  body="""Dear Business Owner,

Our automated scan shows your website does not handle data subject requests (access, erasure,
portability) correctly. Avoid fines! Reply YES to receive our compliance package for only EUR 499.

Unsubscribe: reply STOP
""", notes="spam about GDPR; malformed Date (day 32) -> received null")

M(g="en", lang="en", style="friend-question", frm="Ben Okafor <ben.okafor@gmail.com>", to=LM,
  subj="general question", date="Wed, 21 Oct 2026 12:00:00 +0200",
  body="""Hi,

A friend of mine did some modelling for a different agency years ago. Does she have the right to ask
them to delete her photos under GDPR, or do the photographers own them? Just trying to point her in
the right direction.

Thanks,
Ben
""", notes="general question about a friend's rights with another agency; non-request")

M(g="en", lang="en", style="selection-delete", frm="Olivia Grant <olivia.grant@hotmail.co.uk>", to=VR,
  subj="Before you print", date="Sat, 14 Nov 2026 16:25:09 +0000",
  body="""Hi Pieter,

Could you please delete the photos where my eyes are closed (there are about six in the garden set)
before you print the album? And maybe swap in the one by the fountain instead.

Thanks so much,
Olivia
""", notes="'delete the photos where my eyes are closed' refers to the album selection; non-request")

M(g="en", lang="en", style="service-notice", frm="Mailchimp <no-reply@mailchimp.com>", to=KW,
  subj="Important updates to our Privacy Policy and Data Processing Addendum",
  date="Mon, 12 Oct 2026 18:05:00 -0400",
  body="""Hi Kaderwerk,

We're updating our Privacy Policy and Data Processing Addendum, effective November 15, 2026. These
changes describe how your subscribers can exercise their rights, including access, deletion and
objection to marketing.

No action is required on your part.

Mailchimp
""", html="""<html><body><p>Hi Kaderwerk,</p><p>We're updating our <a href="https://mailchimp.com/legal/privacy/">Privacy Policy</a> and Data Processing Addendum, effective November 15, 2026.</p><p>No action is required on your part.</p></body></html>""",
  crlf=True, notes="service notice from the newsletter provider about privacy policy; CRLF line endings; -0400 offset")

# ---------------------------------------------------------------- building
def split_ct(ct):
    a, b = ct.split("/", 1)
    return a, b

def build(i, s):
    msg = EmailMessage()
    raw = list(s.get("raw", []))  # (name, value) inserted verbatim
    if s.get("date") is not None:
        raw.insert(0, ("Date", s["date"]))
    order = []
    msg["From"] = s["frm"]
    msg["To"] = s.get("to", "info@zilverzout.nl")
    if s.get("cc"):
        msg["Cc"] = s["cc"]
    if s.get("reply_to"):
        msg["Reply-To"] = s["reply_to"]
    if s.get("subj") is not None:
        msg["Subject"] = s["subj"]
    for n, (name, val) in enumerate(raw):
        msg["X-Raw-%d" % n] = "placeholder"
    dom = re.sub(r".*@", "", re.sub(r".*<|>.*", "", s["frm"])) or "example.org"
    msg["Message-ID"] = "<%s@%s>" % (hashlib.sha1(("blind4-%d" % i).encode()).hexdigest()[:20], dom)
    for k, v in s.get("hdrs", []):
        msg[k] = v
    cs = s.get("cs", "utf-8")
    cte = s.get("cte")
    body = s.get("body", "")
    html = s.get("html")
    atts = s.get("atts", [])
    inline = [a for a in atts if len(a) > 4 and a[4]]
    normal = [a for a in atts if not (len(a) > 4 and a[4])]
    if s.get("htmlonly"):
        msg.set_content(html, subtype="html", charset=cs, cte=cte)
        rel = msg
    else:
        msg.set_content(body, charset=cs, cte=cte)
        rel = None
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=cs, cte=cte)
            rel = msg.get_payload()[1]
    for n, a in enumerate(inline):
        fn, ct, kind, isid, cid = a[:5]
        mt, st = split_ct(ct)
        rel.add_related(media(kind, i + n, fn), mt, st, cid="<%s>" % cid, filename=fn, disposition="inline")
    def add_fwd():
        f = s["fwd"]
        sub = EmailMessage()
        sub["From"] = f["frm"]
        sub["To"] = f.get("to", "info@zilverzout.nl")
        sub["Subject"] = f["subj"]
        sub["Date"] = f["date"]
        sub["Message-ID"] = "<fwd-%s@%s>" % (hashlib.sha1(("f%d" % i).encode()).hexdigest()[:16], re.sub(r".*@|>", "", f["frm"]))
        sub.set_content(f["body"], charset="utf-8")
        for n, a in enumerate(f.get("atts", [])):
            fn, ct, kind, isid = a[:4]
            mt, st = split_ct(ct)
            sub.add_attachment(media(kind, i + 50 + n, fn), mt, st, filename=fn)
        msg.add_attachment(sub, filename=f["fn"])
    if s.get("fwd") and s.get("fwd_first"):
        add_fwd()
    for n, a in enumerate(normal):
        fn, ct, kind, isid = a[:4]
        mt, st = split_ct(ct)
        msg.add_attachment(media(kind, i + 10 + n, fn), mt, st, filename=fn)
    if s.get("fwd") and not s.get("fwd_first"):
        add_fwd()
    bn = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_type().startswith("multipart/"):
            bn += 1
            part.set_boundary("=_blind4_%04d_%d_%s" % (i, bn, hashlib.sha1(("b%d.%d" % (i, bn)).encode()).hexdigest()[:10]))
    pol = policy.default.clone(linesep="\r\n" if s.get("crlf") else "\n")
    data = msg.as_bytes(policy=pol)
    eol = b"\r\n" if s.get("crlf") else b"\n"
    for n, (name, val) in enumerate(raw):
        ph = ("X-Raw-%d: placeholder" % n).encode() + eol
        assert ph in data, ph
        data = data.replace(ph, (name + ": " + val).encode("utf-8") + eol, 1)
    # expected attachments
    exp = [{"filename": a[0], "content_type": a[1], "is_id_document": a[3]} for a in inline]
    fwd_list = []
    if s.get("fwd"):
        fwd_list = [{"filename": s["fwd"]["fn"], "content_type": "message/rfc822", "is_id_document": False}]
        fwd_list += [{"filename": a[0], "content_type": a[1], "is_id_document": a[3]} for a in s["fwd"].get("atts", [])]
    nl = [{"filename": a[0], "content_type": a[1], "is_id_document": a[3]} for a in normal]
    exp += (fwd_list + nl) if s.get("fwd_first") else (nl + fwd_list)
    return data, exp

def received_of(d):
    if d is None:
        return None
    try:
        dt = parsedate_to_datetime(d)
    except (ValueError, TypeError, IndexError):
        return None
    if dt is None or dt.tzinfo is None:
        return None
    return dt.isoformat()

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if re.fullmatch(r"\d{4}\.(eml|json)", f):
            os.remove(os.path.join(OUT, f))
    problems = []
    for i, s in enumerate(SPECS, 1):
        name = "%04d.eml" % i
        data, exp = build(i, s)
        rights = s.get("rights", [])
        gt = {
            "file": name,
            "is_dsar": bool(rights),
            "rights": rights,
            "language": s["lang"],
            "requester_name": s.get("name") if rights else None,
            "requester_email": s.get("email") if rights else None,
            "received": received_of(s.get("date")),
            "attachments": exp,
            "notes": s.get("notes", ""),
            "group": s["g"],
            "style": s["style"],
            "representative": s.get("rep"),
            "processor": s.get("proc"),
            "follow_up": bool(s.get("fu", False)),
        }
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        with open(os.path.join(OUT, "%04d.json" % i), "w", encoding="utf-8") as fh:
            json.dump(gt, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        problems += check(name, data, gt)
    total = sum(os.path.getsize(os.path.join(OUT, f)) for f in os.listdir(OUT))
    if total > 5_000_000:
        problems.append("set is %d bytes (> 5 MB)" % total)
    summary(problems, total)
    return 1 if problems else 0

KEYS = ["file", "is_dsar", "rights", "language", "requester_name", "requester_email", "received",
        "attachments", "notes", "group", "style", "representative", "processor", "follow_up"]

def check(name, data, gt):
    p = []
    msg = BytesParser(policy=policy.default).parsebytes(data)
    for part in msg.walk():
        if part.defects:
            p.append("%s: defects %r" % (name, part.defects))
    if list(gt.keys()) != KEYS:
        p.append(name + ": key order")
    r = gt["rights"]
    if any(x not in CANON for x in r) or r != sorted(r, key=CANON.index) or len(set(r)) != len(r):
        p.append(name + ": rights not canonical %r" % r)
    if len(r) > 2:
        p.append(name + ": more than two rights")
    if gt["is_dsar"] != bool(r):
        p.append(name + ": is_dsar mismatch")
    if gt["language"] not in ("nl", "de", "fr", "en"):
        p.append(name + ": language")
    # received
    dh = msg["Date"]
    if dh is None:
        got = None
    else:
        dt = getattr(dh, "datetime", None)
        got = dt.isoformat() if (dt is not None and dt.tzinfo is not None) else None
    if got != gt["received"]:
        p.append("%s: received %r != parsed %r" % (name, gt["received"], got))
    # text of the mail
    texts = []
    for part in msg.walk():
        for k, v in part.items():
            texts.append(str(v))
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                texts.append(part.get_content())
            except Exception as e:
                p.append("%s: cannot decode part %s" % (name, e))
    alltext = "\n".join(texts)
    if gt["is_dsar"]:
        em = gt["requester_email"]
        if em is not None and em.lower() not in alltext.lower():
            p.append("%s: requester_email %s not in mail" % (name, em))
        nm = gt["requester_name"]
        if nm is not None and nm not in alltext:
            p.append("%s: requester_name %s not in mail" % (name, nm))
    else:
        if gt["requester_name"] is not None or gt["requester_email"] is not None:
            p.append(name + ": requester on non-DSAR")
    att = []
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            att.append({"filename": fn, "content_type": part.get_content_type()})
    want = [{"filename": a["filename"], "content_type": a["content_type"]} for a in gt["attachments"]]
    if att != want:
        p.append("%s: attachments %r != %r" % (name, att, want))
    rep = gt["representative"]
    if rep is not None and (rep.get("kind") not in ("parent", "lawyer", "other") or not rep.get("name")):
        p.append(name + ": representative")
    return p

def summary(problems, total):
    from collections import Counter
    groups = Counter(); req = Counter(); rights = Counter(); styles = Counter(); langs = Counter()
    for i, s in enumerate(SPECS, 1):
        groups[s["g"]] += 1
        langs[s["lang"]] += 1
        if s.get("rights"):
            req[s["g"]] += 1
        for r in s.get("rights", []):
            rights[r] += 1
        styles[s["style"]] += 1
    print("mails:", len(SPECS), "bytes:", total)
    print("groups:", dict(groups))
    print("requests per group:", dict(req), "total", sum(req.values()))
    print("languages:", dict(langs))
    print("rights:", dict(rights))
    print("styles:", dict(styles))
    for x in problems:
        print("PROBLEM", x)
    print("%d problems" % len(problems))

if __name__ == "__main__":
    sys.exit(main())
