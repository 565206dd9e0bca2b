#!/usr/bin/env python3
"""Builds hand-written intake test mails (NNNN.eml + NNNN.json) into ./mails."""
import json, os, random, email.utils, email.policy
from email.message import EmailMessage
from email.headerregistry import Address

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mails")
STUDIO = "info@studiolichtval.nl"
rng = random.Random(8)

JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(64) + b"\xff\xd9"
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
       b"\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(40)
DATA = {"jpeg": JPG, "png": PNG, "pdf": PDF, "heic": HEIC, "octet-stream": HEIC}

MAILS = []


def add(**kw):
    MAILS.append(kw)


def received(date):
    if date is None:
        return None
    try:
        dt = email.utils.parsedate_to_datetime(date)
    except Exception:
        return None
    if dt is None or dt.tzinfo is None:
        return None
    return dt.isoformat()


def build(n, d):
    m = EmailMessage()
    m["From"] = d["frm"]
    m["To"] = d.get("to", STUDIO)
    if d.get("subject") is not None:
        m["Subject"] = d["subject"]
    raw_date = None
    if d.get("date") is not None:
        raw_date = d["date"]  # written verbatim so odd forms survive
    if d.get("reply_to"):
        m["Reply-To"] = d["reply_to"]
    m["Message-ID"] = "<%08x.%d@%s>" % (rng.getrandbits(32), n, d.get("mid_host", "mail.example.net"))
    for k, v in d.get("headers", {}).items():
        m[k] = v
    cs = d.get("charset", "utf-8")
    cte = d.get("cte")
    if d.get("body") is not None:
        m.set_content(d["body"], charset=cs, cte=cte) if cte else m.set_content(d["body"], charset=cs)
        if d.get("html"):
            m.add_alternative(d["html"], subtype="html")
    else:
        m.set_content(d["html"], subtype="html")
    atts = []
    for a in d.get("inline", []):
        fn, ct, isid, cid = a
        mt, st = ct.split("/")
        htmlpart = m.get_body(("html",))
        htmlpart.add_related(DATA[st], maintype=mt, subtype=st, cid="<%s>" % cid, filename=fn, disposition="inline")
        atts.append({"filename": fn, "content_type": ct, "is_id_document": isid})
    for a in d.get("atts", []):
        fn, ct, isid = a
        mt, st = ct.split("/")
        m.add_attachment(DATA[st], maintype=mt, subtype=st, filename=fn)
        atts.append({"filename": fn, "content_type": ct, "is_id_document": isid})
    if d.get("rfc822"):
        fn, inner = d["rfc822"]
        m.add_attachment(inner, filename=fn)
        atts.append({"filename": fn, "content_type": "message/rfc822", "is_id_document": False})
    pol = email.policy.SMTP if d.get("crlf") else email.policy.default
    name = "%04d" % n
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        data = m.as_bytes(policy=pol)
        if raw_date:
            data = ("Date: " + raw_date).encode() + (b"\r\n" if d.get("crlf") else b"\n") + data
        f.write(data)
    gt = {
        "file": name + ".eml",
        "is_dsar": bool(d["rights"]),
        "rights": d["rights"],
        "language": d["lang"],
        "requester_name": d.get("name") if d["rights"] else None,
        "requester_email": d.get("email") if d["rights"] else None,
        "received": received(d.get("date")),
        "attachments": atts,
        "notes": d.get("notes", ""),
    }
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(gt, f, ensure_ascii=False, indent=2)
        f.write("\n")


def inner_mail(frm, subject, date, body):
    i = EmailMessage()
    i["From"] = frm
    i["To"] = STUDIO
    i["Subject"] = subject
    i["Date"] = date
    i.set_content(body)
    return i


# ---------------------------------------------------------------- Dutch (Netherlands)
add(lang="nl", rights=["access"], frm="Sanne Kuipers <sannekuipers94@gmail.com>", subject="vraagje",
    date="Tue, 12 Mar 2024 21:47:03 +0100", name="Sanne Kuipers", email="sannekuipers94@gmail.com",
    body="Hoi,\n\nwat bewaren jullie eigenlijk allemaal over mij? Ik heb vorig jaar een shoot gehad en krijg nu "
         "steeds mailtjes. Zou graag willen weten wat jullie van me hebben\n\nGr Sanne\n\nVerstuurd vanaf mijn iPhone\n",
    notes="NL casual access request, no article numbers")

add(lang="nl", rights=["withdraw_consent"], frm="Daan Verhoef <d.verhoef@hotmail.com>", subject="instagram",
    date="Sat, 3 Aug 2024 00:12:55 +0200", name="Daan Verhoef", email="d.verhoef@hotmail.com",
    body="haal mijn fotos van jullie insta af aub. heb daar nooit echt ja tegen gezegd en mijn werkgever "
         "kwam ze tegen. vandaag nog graag\n\nDaan\n",
    notes="angry terse, take photos off Instagram -> withdraw_consent")

add(lang="nl", rights=["objection"], frm="\"Ingrid Mulder\" <ingrid.mulder@kpnmail.nl>", subject="Afmelden nieuwsbrief",
    date="Mon, 20 Jan 2025 09:03:41 +0100", name="Ingrid Mulder", email="ingrid.mulder@kpnmail.nl",
    body="Goedemorgen,\n\nIk wil geen mails meer van jullie ontvangen. De afmeldlink onderaan de nieuwsbrief "
         "werkt niet (geeft een foutmelding). Wilt u mij handmatig afmelden?\n\nMet vriendelijke groet,\nIngrid Mulder\n",
    notes="newsletter opt-out -> objection")

add(lang="nl", rights=["access"], frm="Mr. R.J. (Robert) van Dijk <rj.vandijk@xs4all.nl>",
    subject="Verzoek tot inzage persoonsgegevens ex artikel 15 AVG",
    date="Wed, 9 Oct 2024 14:30:00 +0200", name="Robert van Dijk", email="rj.vandijk@xs4all.nl", cte="quoted-printable",
    body="Aan: Studio Lichtval\nT.a.v. de functionaris voor gegevensbescherming / privacyverantwoordelijke\n\n"
         "Betreft: verzoek om inzage in persoonsgegevens op grond van artikel 15 van de Algemene Verordening "
         "Gegevensbescherming (AVG)\n\nGeachte heer/mevrouw,\n\n"
         "Hierbij verzoek ik u, op grond van artikel 15 AVG, mij te laten weten of u persoonsgegevens van mij "
         "verwerkt. Indien dat het geval is, verzoek ik u mij een kopie van deze persoonsgegevens te verstrekken, "
         "alsmede informatie over:\n- de verwerkingsdoeleinden;\n- de categorieën van persoonsgegevens;\n"
         "- de ontvangers aan wie de gegevens zijn verstrekt;\n- de bewaartermijn;\n- de herkomst van de gegevens.\n\n"
         "Ik wijs u erop dat ik daarnaast op grond van de artikelen 16 en 17 AVG het recht heb op rectificatie en "
         "wissing van mijn gegevens; op de uitoefening daarvan behoud ik mij uitdrukkelijk alle rechten voor.\n\n"
         "Op grond van artikel 12 lid 3 AVG dient u binnen één maand na ontvangst van dit verzoek te reageren. "
         "Indien ik niet binnen deze termijn een reactie ontvang, zal ik een klacht indienen bij de Autoriteit "
         "Persoonsgegevens.\n\nMet vriendelijke groet,\n\nR.J. van Dijk\nPrinsengracht 711-2\n1017 JW Amsterdam\n",
    notes="generator-style formal letter; cites art 16/17 in passing (not requested); only access")

add(lang="nl", rights=["erasure", "withdraw_consent"], frm="Marloes Brouwer <marloes.brouwer@ziggo.nl>",
    subject="Foto's van mijn dochter", date="Thu, 14 Nov 2024 16:21:09 +0100", name="Fleur Brouwer",
    email="marloes.brouwer@ziggo.nl",
    body="Beste mensen van Studio Lichtval,\n\nMijn dochter Fleur (11) is in mei gefotografeerd tijdens de "
         "schoolfotodag van OBS De Klimop. Ik zie nu dat een van die foto's op jullie website staat bij "
         "'portretten'. Daar heb ik als ouder nooit toestemming voor gegeven, dus die wil ik er direct af hebben.\n\n"
         "Daarnaast wil ik dat jullie alle gegevens van Fleur verwijderen, ook de foto's die jullie nog in je "
         "archief hebben. We hebben de afdrukken al, meer hoeft niet.\n\nGroet,\nMarloes Brouwer (moeder van Fleur)\n06-41832077\n",
    notes="parent writes for child; requester_name is the child; From is parent")

add(lang="nl", rights=["rectification"], frm="Maaike de Vries <maaikedevries@planet.nl>", subject="Klopt niet",
    date="Fri, 7 Feb 2025 11:15:27 +0100", name="Maaike de Vries", email="maaikedevries@planet.nl",
    body="Hallo,\n\nOp de factuur en in de bevestigingsmail staat mijn naam als 'Maaike de Vris'. Ik heet sinds mijn "
         "huwelijk trouwens Maaike de Vries-Boukema, kunnen jullie dat in je klantgegevens aanpassen? Mijn mailadres "
         "wordt binnenkort ook maaike.boukema@ziggo.nl, dat graag ook wijzigen.\n\nAlvast bedankt!\nMaaike\n",
    notes="rectification; new surname and new address in body are not the requester's address")

add(lang="nl", rights=["portability"], frm="Tom Hendriks <tomhendriks@outlook.com>",
    subject="Gegevens overzetten naar andere fotograaf", date="Tue, 17 Jun 2025 19:44:10 +0200",
    name="Tom Hendriks", email="tomhendriks@outlook.com",
    body="Dag,\n\nWe gaan voor de bruiloft toch met een andere fotograaf verder (Bureau Zilverzout in Utrecht). "
         "Kunnen jullie alles wat jullie van ons hebben - het intakeformulier, de planning, de moodboardfoto's - "
         "in een normaal bestand (csv of zip) naar hen doorsturen, of naar mij zodat ik het zelf kan doorgeven?\n\n"
         "Groeten,\nTom Hendriks\n",
    notes="transfer to another photographer -> portability")

add(lang="nl", rights=["restriction"], frm="Jeroen Smits <j.smits@gmail.com>", subject="Re: uw klacht",
    date="Mon, 2 Sep 2024 08:05:00 +0000", name="Jeroen Smits", email="j.smits@gmail.com",
    body="Goedemorgen,\n\nGraag NIET verwijderen wat jullie van mij hebben, want ik heb de mailwisseling en de "
         "opnames nog nodig voor het geschil met de verzekeraar over de beschadigde drone. Maar ik wil wel dat "
         "jullie er verder niks meer mee doen (geen stukjes in showreels o.i.d.) tot dat is afgehandeld.\n\n"
         "Met vriendelijke groet,\nJeroen Smits\n",
    notes="keep but stop using -> restriction; UTC +0000 date")

add(lang="nl", rights=["erasure"], frm="Studio Lichtval website <noreply@studiolichtval.nl>",
    subject="Nieuw bericht via contactformulier", date="Sun, 23 Mar 2025 22:58:16 +0100",
    name="Ayşe Yılmaz", email="ayse.yilmaz88@gmail.com", mid_host="studiolichtval.nl",
    body="Er is een nieuw bericht verstuurd via het contactformulier op studiolichtval.nl.\n\n"
         "Naam: Ayşe Yılmaz\nE-mail: ayse.yilmaz88@gmail.com\nTelefoon: 06 2239 1045\nOnderwerp: Overig\n"
         "Bericht:\nGraag al mijn gegevens verwijderen uit jullie systeem, ook mijn telefoonnummer. Ik heb "
         "de shoot geannuleerd en wil niet meer benaderd worden. Bedankt\n\n--\nDit bericht is automatisch verzonden.\n",
    notes="contact form, requester e-mail in body, no Reply-To; ı and ş in name")

add(lang="nl", rights=["access", "objection"], frm="Jasper Bakker <jasper.bakker@vandermeulen-logistiek.nl>",
    reply_to="Jasper Bakker <jasperbakker77@gmail.com>", subject="mijn gegevens",
    date="Wed, 4 Dec 2024 12:31:48 +0100", name="Jasper Bakker", email="jasperbakker77@gmail.com",
    body="Hallo,\n\nIk stuur dit even vanaf mijn werk, antwoord graag naar mijn privé-adres.\n\nKunnen jullie mij "
         "een kopie sturen van alle gegevens die jullie van mij hebben? En stop alsjeblieft met die "
         "reclamemails over fotoshoots, die wil ik niet meer.\n\nJasper\n\n--\nJasper Bakker | Planner\n"
         "Van der Meulen Logistiek B.V. | Industrieweg 14, 3044 AS Rotterdam\n"
         "Dit bericht is uitsluitend bestemd voor de geadresseerde.\n",
    notes="work From, private Reply-To is the requester address; access + marketing stop")

add(lang="nl", rights=["restriction"], frm="Linda Postma <lindapostma@live.nl>",
    subject="Herinnering: mijn verzoek van 2 weken geleden", date="Thu, 10 Apr 2025 15:02:33 +0200",
    name="Linda Postma", email="lindapostma@live.nl",
    body="Beste,\n\nIk heb op 26 maart al gemaild, maar nog steeds niks gehoord. Nogmaals: zolang mijn klacht over "
         "de levering van het fotoalbum loopt wil ik dat jullie mijn gegevens en foto's niet meer gebruiken. "
         "Niet weggooien, gewoon even niks mee doen.\n\nGraag een bevestiging deze keer.\n\nLinda Postma\n\n"
         "> Van: Linda Postma <lindapostma@live.nl>\n> Datum: woensdag 26 maart 2025 10:12\n"
         "> Onderwerp: klacht album + gegevens\n>\n> Hallo, het album is beschadigd aangekomen. Zolang dit niet "
         "is opgelost\n> wil ik niet dat jullie mijn gegevens of foto's nog gebruiken.\n",
    notes="reminder with own earlier mail quoted -> restriction")

add(lang="nl", rights=["objection"], frm="Noor Jansen | Studio Lichtval <noor@studiolichtval.nl>",
    subject="Fwd: Bezwaar", date="Tue, 6 May 2025 10:40:12 +0200", name="Wouter Lammers",
    email="wouterlammers@proton.me", mid_host="studiolichtval.nl",
    body="Hi, FYI - this came in on my personal inbox, forwarding as attachment. Can you handle it?\n\nNoor\n",
    rfc822=("Bezwaar.eml", inner_mail("Wouter Lammers <wouterlammers@proton.me>", "Bezwaar",
            "Mon, 5 May 2025 21:17:40 +0200",
            "Goedenavond,\n\nIk maak bezwaar tegen het gebruik van mijn gegevens voor jullie marketing. Jullie "
            "bellen me en mailen me met aanbiedingen, dat wil ik niet. Haal me uit jullie mailinglijsten.\n\n"
            "Wouter Lammers\n")),
    notes="forward as message/rfc822 attachment by studio colleague; forward note in English; requester inside")

add(lang="nl", rights=["portability"], frm="Eva Schouten <eva.schouten@gmail.com>", subject="kopie gegevens",
    date="Fri, 29 Nov 2024 17:09:58 +0100", name="Eva Schouten", email="eva.schouten@gmail.com",
    body="Hallo,\n\nKunnen jullie mij al mijn gegevens sturen in een bestand dat ik zelf kan gebruiken (excel "
         "of csv is prima)? Ik wil het meenemen naar mijn nieuwe fotograaf. Voor de zekerheid stuur ik een "
         "kopie van mijn paspoort mee.\n\nGroet,\nEva Schouten\n",
    atts=[("paspoort_eva.jpg", "image/jpeg", True)],
    notes="portability; passport scan attached")

add(lang="nl", rights=[], frm="Kim van Leeuwen <kimvanleeuwen@gmail.com>", subject="Gezinsshoot juni?",
    date="Sun, 16 Feb 2025 20:11:02 +0100",
    body="Hoi!\n\nHebben jullie nog plek op zaterdag 14 juni voor een gezinsshoot in het Vondelpark? We zijn met "
         "z'n vijven (incl. oma). Wat kost dat ongeveer?\n\nGroetjes, Kim\n",
    notes="booking question")

add(lang="nl", rights=[], frm="Hans Vermeer <h.vermeer@gemeente-zeist.example.nl>", subject="Automatisch antwoord: offerte bedrijfsfoto's",
    date="Mon, 22 Jul 2024 09:00:04 +0200", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    body="Ik ben met vakantie tot en met 9 augustus en lees mijn mail niet. Voor dringende zaken kunt u "
         "terecht bij het secretariaat. Voor vragen over privacy of uw persoonsgegevens kunt u mailen naar "
         "privacy@gemeente-zeist.example.nl.\n\nMet vriendelijke groet,\nHans Vermeer\n",
    notes="out-of-office reply mentioning privacy")

add(lang="nl", rights=[], frm="Priya Ramdin <priya.ramdin@gmail.com>", subject="Re: jullie foto's!",
    date="Thu, 27 Jun 2024 13:52:19 +0530",
    body="Wat zijn ze mooi geworden!! Jullie mogen ze gerust op Instagram en de website zetten hoor, ook die "
         "van de ringen. Groetjes uit India (huwelijksreis :))\n\nPriya\n",
    notes="client grants permission to use photos; India offset")

add(lang="nl", rights=[], frm="Bart Koster <bart.koster@upcmail.nl>", subject="Re: Uw foto's staan klaar",
    date="Tue, 8 Oct 2024 18:26:40 +0200",
    body="Top, dank je wel! Ik heb ze gedownload.\n\nBart\n\nOp di 8 okt 2024 om 11:03 schreef Studio Lichtval "
         "<info@studiolichtval.nl>:\n> Beste Bart,\n>\n> Uw foto's staan klaar in de online galerij (link is 30 "
         "dagen geldig).\n>\n> Wilt u weten welke gegevens wij van u bewaren, of wilt u dat wij uw gegevens\n"
         "> verwijderen? Stuur dan een mail naar info@studiolichtval.nl.\n>\n> Hartelijke groet,\n> Studio Lichtval\n",
    notes="thank-you reply; privacy wording only in quoted studio text")

add(lang="nl", rights=[], frm="Moneybird <no-reply@moneybird.nl>", subject="Factuur 2025-0142 is betaald",
    date="Wed, 14 May 2025 07:30:12 +0000",
    body="Goed nieuws! Factuur 2025-0142 aan M. Goossens is op 13 mei 2025 voldaan (EUR 385,00).\n\n"
         "Bekijk de factuur in Moneybird.\n\nJe ontvangt deze e-mail omdat je notificaties hebt ingeschakeld. "
         "Lees ons privacybeleid of meld je af voor deze meldingen via je instellingen.\n",
    notes="invoice notification with privacy/unsubscribe wording")

# ---------------------------------------------------------------- Dutch (Flanders)
add(lang="nl", rights=["erasure"], frm="Joëlle Peeters <joelle.peeters@telenet.be>",
    subject="Verzoek tot wissing van persoonsgegevens (art. 17 AVG)", date="Mon, 13 Jan 2025 10:02:17 +0100",
    name="Joëlle Peeters", email="joelle.peeters@telenet.be", charset="windows-1252", cte="quoted-printable",
    body="Joëlle Peeters\nKapelstraat 42\n2018 Antwerpen\n\nAan: Studio Lichtval\n\nAntwerpen, 13 januari 2025\n\n"
         "Betreft: verzoek tot wissing van persoonsgegevens overeenkomstig artikel 17 AVG\n\n"
         "Geachte heer, mevrouw,\n\nOvereenkomstig artikel 17 van de Algemene Verordening Gegevensbescherming "
         "verzoek ik u om alle persoonsgegevens die u over mij verwerkt onverwijld te wissen. De gegevens zijn "
         "niet langer nodig voor de doeleinden waarvoor zij werden verzameld.\n\n"
         "Ter informatie: ik ben ervan op de hoogte dat ik krachtens artikel 15 AVG ook inzage kan vragen; "
         "dit verzoek beperkt zich evenwel tot de wissing.\n\nOvereenkomstig artikel 12, lid 3 AVG verwacht ik "
         "uw antwoord binnen de maand na ontvangst van dit schrijven. Bij gebrek aan antwoord zal ik een klacht "
         "indienen bij de Gegevensbeschermingsautoriteit (GBA).\n\nMet de meeste hoogachting,\n\nJoëlle Peeters\n",
    notes="formal letter, windows-1252 QP; art 15 cited in passing, only erasure")

add(lang="nl", rights=["objection"], frm="Koen Van den Broeck <koen.vandenbroeck@skynet.be>",
    subject="Bezwaar tegen verwerking voor direct marketing", date="Thu, 5 Sep 2024 15:44:00 +0200",
    name="Koen Van den Broeck", email="koen.vandenbroeck@skynet.be",
    body="Geachte,\n\nIk maak hierbij gebruik van mijn recht van bezwaar overeenkomstig artikel 21 AVG tegen de "
         "verwerking van mijn persoonsgegevens voor doeleinden van direct marketing, met inbegrip van uw "
         "nieuwsbrief en gepersonaliseerde publiciteit.\n\nDit verzoek doet geen afbreuk aan mijn overige rechten, "
         "waaronder het recht op wissing (art. 17 AVG) en het recht op beperking (art. 18 AVG).\n\n"
         "Gelieve mij binnen de termijn van één maand (art. 12 AVG) te bevestigen dat hieraan gevolg werd gegeven. "
         "Zo niet, behoud ik mij het recht voor klacht in te dienen bij de Gegevensbeschermingsautoriteit.\n\n"
         "Hoogachtend,\nKoen Van den Broeck\nLeopoldlaan 8, 9000 Gent\n",
    notes="formal art 21 objection; art 17/18 cited in passing, not requested")

add(lang="nl", rights=["erasure"], frm="Nathalie Claes <nathalie.claes@hotmail.be>", subject="gegevens schrappen",
    date="Tue, 18 Feb 2025 25:37:51 +0100", name="Nathalie Claes", email="nathalie.claes@hotmail.be",
    body="Goeiedag,\n\nGelieve mijn gegevens te schrappen uit uw bestanden, ik heb geen interesse meer. "
         "Alvast merci.\n\nMvg,\nNathalie Claes\n",
    notes="Flemish 'gelieve ... schrappen' -> erasure")

add(lang="nl", rights=["withdraw_consent"], frm="Stijn & Lien Maes <stijnenlien@gmail.com>",
    subject="Foto's trouwfeest", date="26 Oct 2024 11:20:05 +0200 (CEST)", name="Stijn Maes",
    email="stijnenlien@gmail.com",
    body="Dag Studio Lichtval,\n\nWij zijn inmiddels uit elkaar en gaan niet meer akkoord dat de foto's van ons "
         "trouwfeest op uw website en Facebookpagina staan. Gelieve die zo snel mogelijk weg te halen.\n\n"
         "Met vriendelijke groeten,\nStijn Maes\n",
    notes="remove wedding photos from website/Facebook -> withdraw_consent; name from signature")

add(lang="nl", rights=["access", "rectification"], frm="Mr. Pieter Wouters <p.wouters@wouters-advocaten.be>",
    subject="Uw ref. onbekend - cliënte mevr. I. Vermeulen", date="Wed, 19 Mar 2025 16:05:29 +0100",
    name="Ilse Vermeulen", email="p.wouters@wouters-advocaten.be",
    body="Geachte,\n\nIk treed op namens mijn cliënte, mevrouw Ilse Vermeulen, wonende te Mechelen.\n\n"
         "Mijn cliënte wenst te vernemen welke persoonsgegevens uw studio over haar bijhoudt, en wenst hiervan "
         "een afschrift te ontvangen. Tevens stelt zij vast dat in uw klantenbestand een foutief "
         "geboortedatum en adres zijn opgenomen; gelieve deze te verbeteren naar haar huidige adres "
         "(Bruul 55, 2800 Mechelen).\n\nDe volmacht van mijn cliënte kan ik u op eenvoudig verzoek bezorgen.\n\n"
         "Met confraternele groeten / Hoogachtend,\n\nMr. Pieter Wouters\nAdvocaat\nWouters Advocaten bv\n",
    html="<p>Geachte,</p><p>Ik treed op namens mijn cliënte, mevrouw Ilse Vermeulen, wonende te Mechelen.</p>"
         "<p>Mijn cliënte wenst te vernemen welke persoonsgegevens uw studio over haar bijhoudt, en wenst hiervan "
         "een afschrift te ontvangen. Tevens stelt zij vast dat in uw klantenbestand een foutief geboortedatum en "
         "adres zijn opgenomen; gelieve deze te verbeteren naar haar huidige adres (Bruul 55, 2800 Mechelen).</p>"
         "<p>De volmacht van mijn cliënte kan ik u op eenvoudig verzoek bezorgen.</p>"
         "<p>Met confraternele groeten / Hoogachtend,</p><p>Mr. Pieter Wouters<br>Advocaat<br>"
         "<img src=\"cid:logo-wa\" alt=\"Wouters Advocaten\"></p>",
    inline=[("logo_wouters_advocaten.png", "image/png", False, "logo-wa")],
    notes="lawyer on behalf of client; requester_name is the client; inline signature logo (not ID)")

add(lang="nl", rights=["restriction"], frm="Wim De Clercq <wim.declercq@proximus.be>", subject="betwisting gegevens",
    date="Fri, 11 Jul 2025 13:13:13 +0200", name="Wim De Clercq", email="wim.declercq@proximus.be",
    body="Goeiemiddag,\n\nIk betwist de juistheid van de gegevens die u over mij doorgaf aan uw drukkerij (naam en "
         "bedrijf kloppen niet). Gelieve het gebruik ervan op te schorten tot dat is uitgeklaard. Niet wissen "
         "aub, ik wil eerst zien wat er precies is gebeurd.\n\nMvg\nWim De Clercq\n",
    notes="suspend use while accuracy contested, do not delete -> restriction")

add(lang="nl", rights=["portability"], frm="Elke Janssens <elke.janssens@icloud.com>", subject="mijn bestanden",
    date="Sun, 1 Dec 2024 21:03:44 +0100", name="Elke Janssens", email="elke.janssens@icloud.com",
    body="Dag,\n\nZou u mij al mijn gegevens en de foto's van de newbornshoot kunnen bezorgen in een formaat dat ik "
         "kan doorgeven aan een andere fotograaf? Via WeTransfer is ok voor mij.\n\nMerci en een fijne avond,\nElke\n\n"
         "Verzonden vanaf mijn iPad\n",
    notes="portability, Flemish")

add(lang="nl", rights=["withdraw_consent"], frm="=?utf-8?q?Ga=C3=ABlle_Mertens?= <gaelle.mertens@gmail.com>",
    subject="=?utf-8?q?Foto_op_Instagram_=E2=80=93_toestemming_ingetrokken?=",
    date="Tue, 4 Mar 2025 09:48:20 +0100", name="Gaëlle Mertens", email="gaelle.mertens@gmail.com",
    body="Goeiemorgen,\n\nIn bijlage een screenshot: deze foto van mij staat nog altijd op uw Instagram. Ik trek "
         "mijn toestemming daarvoor in, gelieve hem te verwijderen, ook uit uw portfolio.\n\nMvg,\nGaëlle Mertens\n",
    atts=[("Screenshot_2025-03-04-09-41-12.png", "image/png", False)],
    notes="RFC2047 encoded name/subject; portfolio screenshot attached (not ID)")

add(lang="nl", rights=["rectification"], frm="Filip Goossens <filip.goossens@telenet.be>", subject="adreswijziging",
    date="Thu, 22 Aug 2024 10:10:10 +0200", name="Filip Goossens", email="filip.goossens@telenet.be",
    body="Dag,\n\nMijn adres is veranderd, gelieve dit aan te passen in uw bestand: nieuw adres is Diestsestraat "
         "190 bus 3, 3000 Leuven. De facturen komen nog altijd op mijn oud adres toe.\n\nBedankt,\nFilip Goossens\n",
    notes="address change -> rectification")

add(lang="nl", rights=["access"], frm="Studio Lichtval website <noreply@studiolichtval.nl>",
    reply_to="Bram Willems <bram.willems@scarlet.be>", subject="Contactformulier: Privacy",
    date="Wed, 12 Feb 2025 03:27:55 +0000", name="Bram Willems", email="bram.willems@scarlet.be",
    mid_host="studiolichtval.nl",
    body="Nieuw bericht via studiolichtval.nl/contact\n\nNaam: Bram Willems\nE-mailadres: bram.willems@scarlet.be\n"
         "Onderwerp: Privacy\nBericht: Welke gegevens hebt u van mij? Ik kreeg plots een brochure van u thuis en "
         "weet niet hoe u aan mijn adres komt. Gelieve mij een overzicht te bezorgen.\n",
    notes="contact form with Reply-To set to requester")

add(lang="nl", rights=["objection"], frm="Annelies Wuyts <annelies.wuyts@outlook.be>", subject="uitschrijven",
    date="Tue, 28 Apr 2026 07:55:02 +0200", name="Annelies Wuyts", email="annelies.wuyts@outlook.be",
    html="<html><body><div style=\"font-family:Calibri\">Goeiemorgen,<br><br>Ik wens geen nieuwsbrieven meer te "
         "ontvangen, gelieve mij uit te schrijven.<br><br>Met vriendelijke groeten<br>Annelies Wuyts</div></body></html>",
    notes="HTML-only newsletter opt-out -> objection")

add(lang="nl", rights=["restriction"], frm="Lotte Vandamme | Studio Lichtval <lotte@studiolichtval.nl>",
    subject="Doorst: vraag i.v.m. mijn foto's", date="Wed, 10 Jun 2026 14:20:31 +0200", name="Hanne Lambrechts",
    email="hanne.lambrechts@gmail.com", mid_host="studiolichtval.nl",
    body="Ter info, kwam binnen op mijn adres.\n\nLotte\n\n-------- Doorgestuurd bericht --------\n"
         "Onderwerp: vraag i.v.m. mijn foto's\nDatum: Tue, 9 Jun 2026 20:02:11 +0200\n"
         "Van: Hanne Lambrechts <hanne.lambrechts@gmail.com>\nAan: lotte@studiolichtval.nl\n\n"
         "Dag Lotte,\n\nIk heb met jullie een geschil over de factuur van de bedrijfsshoot. Zolang dat niet "
         "opgelost is, gelieve de foto's en mijn gegevens niet meer te gebruiken (ook niet voor jullie "
         "website), maar ook niet te wissen want mijn boekhouder heeft ze misschien nodig.\n\nGroetjes,\nHanne\n",
    notes="Outlook/Thunderbird Dutch forward by colleague; requester inside; restriction")

add(lang="nl", rights=["erasure"], frm="Sofie Verstraete <sofieverstraete@gmail.com>", subject="Vergeet mij aub",
    date="Sat, 15 Mar 2025 12:06:48 +0100", name="Sofie Verstraete", email="sofieverstraete@gmail.com",
    body="Dag,\n\nGelieve mij volledig te vergeten: naam, adres, telefoonnummer, foto's, alles. Ik stuur een kopie "
         "van mijn identiteitskaart mee (voor- en achterkant) zodat u weet dat ik het ben.\n\nMvg,\nSofie Verstraete\n",
    atts=[("eID_voorkant.pdf", "application/pdf", True), ("IMG_4471.HEIC", "image/heic", True)],
    notes="forget me -> erasure; Belgian eID front (pdf) and back (.HEIC)")

add(lang="nl", rights=[], frm="Dirk Hermans <dirk.hermans@hermansbouw.be>", subject="Factuur 2 keer betaald?",
    date="Thu, 9 Jan 2025 11:41:05 +0100",
    body="Goeiedag,\n\nIk denk dat ik uw factuur van 18 december (bedrijfsfoto's) twee keer betaald heb. Kan u dit "
         "eens nakijken en het teveel betaalde terugstorten op BE71 0000 0000 0069?\n\nMvg,\nDirk Hermans\n",
    notes="invoice question")

add(lang="nl", rights=[], frm="GDPR Check Belgium <info@gdpr-check-belgie.example.com>",
    subject="Is uw website wel GDPR-conform? Boetes tot 20 miljoen!", date="Tue, 24 Sep 2024 06:00:00 +0000",
    body="Geachte ondernemer,\n\nWist u dat de GBA in 2024 honderden KMO's controleerde? Uw cookiebanner en "
         "privacyverklaring voldoen mogelijk niet aan de AVG/GDPR. Vraag vandaag nog uw GRATIS scan aan en "
         "vermijd boetes.\n\nKlik hier om uw gegevens te laten nakijken.\n\nU ontvangt deze mail omdat uw bedrijf "
         "publiek vindbaar is. Uitschrijven? Klik hier.\n",
    notes="spam about GDPR")

add(lang="nl", rights=[], frm="Veerle Dewilde <veerle.dewilde@gmail.com>", subject="vraag over jullie privacyverklaring",
    date="Wed, 2 Apr 2025 19:19:19 +0200",
    body="Dag,\n\nIk las jullie privacyverklaring op de website voor we een babyshoot boeken. Hoe lang bewaren "
         "jullie de foto's eigenlijk na een shoot, en gebruiken jullie een externe cloud? Gewoon uit "
         "nieuwsgierigheid, het is geen probleem hoor.\n\nVeerle\n",
    notes="general question about privacy policy, asks nothing about own data")

add(lang="nl", rights=[], frm="Fotolabo De Zilverbeek <nieuws@fotolabo-zilverbeek.example.be>",
    subject="Nieuw: fine-art prints op Hahnemühle papier", date="Fri, 7 Mar 2025 10:00:00 +0100",
    html="<html><body><h2>Nieuw bij Fotolabo De Zilverbeek</h2><p>Vanaf deze maand drukken wij uw fine-art prints "
         "op Hahnemühle papier, aan introductieprijs.</p><p style=\"font-size:10px\">U ontvangt deze nieuwsbrief "
         "omdat u klant bent. Wij gaan zorgvuldig om met uw gegevens, zie onze privacyverklaring. "
         "<a href=\"https://fotolabo-zilverbeek.example.be/uitschrijven\">Uitschrijven</a></p></body></html>",
    notes="supplier newsletter with privacy/unsubscribe footer")

# ---------------------------------------------------------------- German
add(lang="de", rights=["access"], frm="Dr. Katharina Becker <k.becker@t-online.de>",
    subject="Auskunftsersuchen gemäß Art. 15 DSGVO", date="Mon, 3 Jun 2024 09:12:44 +0200",
    name="Katharina Becker", email="k.becker@t-online.de", cte="quoted-printable",
    body="Dr. Katharina Becker\nHohenzollernring 12\n50672 Köln\n\nStudio Lichtval\n\nKöln, 3. Juni 2024\n\n"
         "Auskunftsersuchen gemäß Art. 15 DSGVO\n\nSehr geehrte Damen und Herren,\n\nhiermit ersuche ich Sie "
         "gemäß Art. 15 DSGVO um Auskunft darüber, ob Sie mich betreffende personenbezogene Daten verarbeiten. "
         "Ist dies der Fall, bitte ich um Auskunft über die Verarbeitungszwecke, die Kategorien der Daten, "
         "die Empfänger, die geplante Speicherdauer sowie die Herkunft der Daten, und um eine Kopie der Daten.\n\n"
         "Auf meine Rechte auf Berichtigung (Art. 16), Löschung (Art. 17) und Einschränkung der Verarbeitung "
         "(Art. 18 DSGVO) weise ich der Vollständigkeit halber hin.\n\nIch erwarte Ihre Antwort gemäß Art. 12 "
         "Abs. 3 DSGVO innerhalb eines Monats nach Eingang dieses Schreibens. Andernfalls werde ich mich an die "
         "zuständige Datenschutzaufsichtsbehörde wenden.\n\nMit freundlichen Grüßen\n\nDr. Katharina Becker\n",
    notes="generator-style DE letter; art 16/17/18 mentioned in passing, only access")

add(lang="de", rights=["erasure", "objection"], frm="Mag. Florian Gruber <florian.gruber@aon.at>",
    subject="Antrag auf Löschung und Widerspruch (Art. 17, 21 DSGVO)", date="Thu, 21 Nov 2024 17:45:09 +0100",
    name="Florian Gruber", email="florian.gruber@aon.at",
    body="Sehr geehrte Damen und Herren,\n\ngemäß Art. 17 DSGVO ersuche ich Sie, sämtliche mich betreffenden "
         "personenbezogenen Daten unverzüglich zu löschen. Zugleich widerspreche ich gemäß Art. 21 Abs. 2 DSGVO "
         "jeglicher Verarbeitung meiner Daten zum Zwecke der Direktwerbung.\n\nMein Auskunftsrecht nach Art. 15 "
         "DSGVO bleibt davon unberührt.\n\nBitte bestätigen Sie mir die Löschung innerhalb der Frist von einem "
         "Monat (Art. 12 Abs. 3 DSGVO). Sollte ich keine Antwort erhalten, werde ich Beschwerde bei der "
         "österreichischen Datenschutzbehörde einlegen.\n\nMit freundlichen Grüßen\nMag. Florian Gruber\n"
         "Mariahilfer Straße 88/14\n1070 Wien\n",
    notes="formal AT letter; erasure + objection; art 15 in passing")

add(lang="de", rights=["erasure"], frm="Reto Brunner <reto.brunner@bluewin.ch>", subject="Daten löschen",
    date="Tue, 11 Feb 2025 06:58:31 GMT", name="Reto Brunner", email="reto.brunner@bluewin.ch",
    body="Grüezi\n\nBitte löschen Sie alle meine Daten bei Ihnen. Ich brauche die Fotos nicht mehr.\n\n"
         "Freundliche Grüsse\nReto Brunner\n",
    notes="Swiss German (no ß), short erasure")

add(lang="de", rights=["withdraw_consent"], frm="Jana Köhler <jana.koehler@web.de>", subject="SOFORT entfernen!!!",
    date="Sat, 19 Apr 2025 23:41:17 +0200", name="Jana Köhler", email="jana.koehler@web.de",
    body="Nehmen Sie bitte sofort meine Fotos von Ihrem Instagram runter!!! Ich hab nie gesagt dass die da "
         "öffentlich drauf dürfen. Und von der Website auch.\n\nJana Köhler\n",
    notes="angry DE, remove from Instagram/website -> withdraw_consent")

add(lang="de", rights=["objection"], frm="Martina Huber <martina.huber@gmx.at>", subject="Newsletter",
    date="Wed, 15 Jan 2025 12:02:00 +0100", name="Martina Huber", email="martina.huber@gmx.at",
    body="Servus,\n\nich möchte bitte keine Newsletter mehr von Ihnen bekommen. Danke!\n\nLG Martina Huber\n",
    notes="Austrian, newsletter opt-out -> objection")

add(lang="de", rights=["rectification"], frm="Sabine Schneider-Müller <s.mueller@skynet.be>", subject="Namensänderung",
    date="Mon, 14 Oct 2024 10:33:27 +0200", name="Sabine Schneider-Müller", email="s.mueller@skynet.be",
    body="Guten Tag,\n\nnach meiner Hochzeit heiße ich nicht mehr Sabine Müller, sondern Sabine Schneider-Müller. "
         "Könnten Sie das bitte in Ihrer Kundendatei ändern? Auch die Adresse stimmt nicht mehr, neu ist "
         "Hauptstraße 21, 4700 Eupen.\n\nMit freundlichen Grüßen\nSabine Schneider-Müller\n",
    notes="German-speaking Belgium (Eupen), rectification of name/address")

add(lang="de", rights=["portability"], frm="Lukas Wagner <lukas.wagner@posteo.de>", subject="Datenexport",
    date="Mon, 12 Jan 2026 16:27:50 +0100", name="Lukas Wagner", email="lukas.wagner@posteo.de",
    body="Hallo,\n\nich wechsle zu einem anderen Fotografen. Könnt ihr mir bitte meine Daten (Kontaktdaten, "
         "Shootingnotizen, Bestellhistorie) als CSV oder JSON schicken? Die RAW-Dateien gerne als Download-Link.\n\n"
         "Danke und viele Grüße\nLukas\n",
    notes="CSV/JSON export -> portability")

add(lang="de", rights=["restriction"], frm="Beat Meier <beat.meier@sunrise.ch>", subject="Bitte nicht löschen",
    date="Fri, 6 Mar 2026 14:14:52 +0100", name="Beat Meier", email="beat.meier@sunrise.ch",
    body="Guten Tag\n\nWir haben ja den Streit wegen der Hochzeitsfotos. Bitte löschen Sie meine Daten und die "
         "Bilder NICHT, ich brauche sie für das Verfahren. Aber bis das geklärt ist, dürfen Sie sie auch nicht "
         "mehr verwenden, also nichts veröffentlichen und nichts weitergeben.\n\nFreundliche Grüsse\nBeat Meier\n",
    notes="Swiss, keep for dispute but stop use -> restriction")

add(lang="de", rights=["withdraw_consent"], frm="Claudia Steiner <claudia.steiner@a1.net>", subject="Bilder von Lena",
    date="Sun, 8 Sep 2024 18:30:00 +0200", name="Lena Steiner", email="claudia.steiner@a1.net",
    body="Liebes Team,\n\nich bin die Mutter von Lena (8). Sie war im Frühjahr bei Ihnen beim Kindershooting. "
         "Bitte entfernen Sie die Bilder von Lena von Ihrer Webseite und aus dem Portfolio, ich möchte das "
         "nicht mehr.\n\nLiebe Grüße\nClaudia Steiner\n",
    notes="parent for child (AT); requester_name is the child")

add(lang="de", rights=["access"], frm="Thomas Vogt <thomas.vogt@gmx.de>",
    subject="Anfrage im Auftrag meines Vaters", date="Tue, 28 Jan 2025 11:09:03 -0500",
    name="Heinrich Vogt", email="thomas.vogt@gmx.de",
    body="Sehr geehrte Damen und Herren,\n\nich schreibe im Auftrag meines Vaters, Heinrich Vogt (82), der selbst "
         "keine E-Mail nutzt. Er hatte 2023 ein Porträtshooting bei Ihnen. Bitte teilen Sie uns mit, welche Daten "
         "Sie über ihn gespeichert haben, und schicken Sie uns eine Kopie. Eine Vollmacht liegt vor.\n\n"
         "Zurzeit bin ich beruflich in New York, antworten Sie bitte einfach an diese Adresse.\n\n"
         "Mit freundlichen Grüßen\nThomas Vogt\n",
    notes="son on behalf of father; requester_name is the father; US offset")

add(lang="de", rights=["access"], frm="=?iso-8859-1?q?J=FCrgen_Wei=DF?= <juergen.weiss@freenet.de>",
    subject="Auskunft", date="Wed, 21 May 2025 08:44:16 +0200", name="Jürgen Weiß", email="juergen.weiss@freenet.de",
    body="Guten Morgen,\n\nich hätte gerne eine Übersicht, was Sie alles über mich gespeichert haben. Meinen "
         "Ausweis habe ich unten eingefügt.\n\nGruß\nJürgen Weiß\n",
    html="<div>Guten Morgen,<br><br>ich hätte gerne eine Übersicht, was Sie alles über mich gespeichert haben. "
         "Meinen Ausweis habe ich unten eingefügt.<br><br><img src=\"cid:ausweis01\" width=\"400\"><br><br>"
         "Gruß<br>Jürgen Weiß</div>",
    inline=[("Personalausweis.png", "image/png", True, "ausweis01")],
    notes="iso-8859-1 encoded display name; ID card pasted inline (multipart/related)")

add(lang="de", rights=["portability"], frm="Miriam Hoffmann <miriam.hoffmann@gmail.com>",
    subject="Re: Datenübermittlung - 2. Erinnerung", date="Mon, 17 Mar 2025 19:01:22 +0300",
    name="Miriam Hoffmann", email="miriam.hoffmann@gmail.com",
    body="Hallo,\n\nich warte immer noch. Ich hatte am 10. Februar gebeten, meine Daten in einem gängigen Format "
         "direkt an mein neues Studio (Fotowerk Kranich, Hamburg) zu übermitteln. Bitte endlich erledigen.\n\n"
         "Miriam Hoffmann\n(z.Zt. Istanbul)\n\nAm 10.02.2025 um 14:22 schrieb Miriam Hoffmann "
         "<miriam.hoffmann@gmail.com>:\n> Hallo, bitte übermitteln Sie meine Daten in einem maschinenlesbaren\n"
         "> Format an Fotowerk Kranich. Danke, Miriam\n",
    notes="reminder with own quoted earlier mail; Turkey offset; portability")

add(lang="de", rights=["withdraw_consent"], frm="Stefan Roth <stefan.roth@kanzlei-roth-partner.de>",
    reply_to="stefan.roth.privat@gmail.com", subject="Einwilligung Portfolio",
    date="Fri, 13 Dec 2024 08:15:40 +0100", name="Stefan Roth", email="stefan.roth.privat@gmail.com",
    body="Guten Tag,\n\nhiermit widerrufe ich meine Einwilligung zur Verwendung meiner Porträtfotos in Ihrem "
         "Portfolio und auf Ihrer Website. Bitte antworten Sie an meine private Adresse.\n\n"
         "Mit freundlichen Grüßen\nStefan Roth\n\n--\nRoth & Partner Steuerberatung\nKönigsallee 30, 40212 Düsseldorf\n",
    notes="work From, private Reply-To is requester address; withdraw_consent")

add(lang="de", rights=["objection"], frm="Guido Kessler <guido.kessler@proximus.be>",
    subject="Widerspruch gemäß Art. 21 DSGVO", date="Wed, 30 Apr 2025 20:33:08 +0200",
    name="Guido Kessler", email="guido.kessler@proximus.be", crlf=True,
    body="Guido Kessler\nMalmedyer Straße 5\n4780 St. Vith\n\nSehr geehrte Damen und Herren,\n\nhiermit "
         "widerspreche ich gemäß Art. 21 DSGVO der Verarbeitung meiner personenbezogenen Daten zu Werbezwecken. "
         "Von meinem Recht auf Auskunft nach Art. 15 DSGVO und auf Löschung nach Art. 17 DSGVO mache ich "
         "derzeit keinen Gebrauch.\n\nBitte bestätigen Sie mir dies innerhalb eines Monats (Art. 12 Abs. 3 DSGVO). "
         "Andernfalls behalte ich mir eine Beschwerde bei der Datenschutzbehörde vor.\n\n"
         "Mit freundlichen Grüßen\nGuido Kessler\n",
    notes="formal objection from St. Vith (East Belgium); art 15/17 explicitly not used; CRLF")

add(lang="de", rights=["rectification"], frm="Anna Lindner <anna.lindner@mailbox.org>", subject="Re: Ihre Buchung",
    date="Tue, 5 Nov 2024 13:50:27 +1000", name="Anna Lindner", email="anna.lindner@mailbox.org",
    body="Hallo,\n\ndanke für die Bestätigung. In Ihrer Kundendatei steht aber eine falsche E-Mail-Adresse "
         "(anna.linder@mailbox.org ohne d) - könnten Sie das bitte korrigieren? Die richtige ist die, von der "
         "ich gerade schreibe.\n\nViele Grüße aus Brisbane\nAnna\n\nAm 04.11.2024 um 16:02 schrieb Studio "
         "Lichtval <info@studiolichtval.nl>:\n> Liebe Anna,\n>\n> hiermit bestätigen wir Ihr Shooting am 12.12.\n"
         "> Informationen zum Datenschutz, Auskunft und Löschung Ihrer Daten finden Sie\n> in unserer "
         "Datenschutzerklärung.\n>\n> Herzliche Grüße\n> Studio Lichtval\n",
    notes="reply with quoted studio text mentioning privacy; wrong address in body is not requester's; Australia offset")

add(lang="de", rights=[], frm="Familie Schulz <schulz.familie@web.de>", subject="Fotoshooting in Amsterdam",
    date="Thu, 20 Feb 2025 21:05:33 +0100",
    body="Hallo,\n\nwir sind vom 3. bis 7. Mai in Amsterdam und hätten gerne ein Familienshooting an den "
         "Grachten. Haben Sie an einem dieser Tage Zeit, und was kostet das?\n\nViele Grüße\nFamilie Schulz\n",
    notes="booking question")

add(lang="de", rights=[], frm="Petra Zimmermann <p.zimmermann@zimmermann-events.de>",
    subject="Abwesenheitsnotiz: Ihre Anfrage", date="Mon, 29 Jul 2024 06:00:12 +0200",
    headers={"Auto-Submitted": "auto-replied"},
    body="Vielen Dank für Ihre Nachricht. Ich bin bis zum 16.08.2024 nicht im Büro. Ihre E-Mail wird nicht "
         "weitergeleitet. Bei Fragen zum Datenschutz wenden Sie sich bitte an datenschutz@zimmermann-events.de.\n\n"
         "Petra Zimmermann\n",
    notes="out-of-office with privacy mention")

add(lang="de", rights=[], frm="Kanzlei Datenrecht24 <abmahnung@datenrecht-kanzlei.example.com>",
    subject="Letzte Mahnung: DSGVO-Verstoß auf Ihrer Website", date="Gestern, 03:14",
    body="Sehr geehrte Damen und Herren,\n\nauf Ihrer Website wurde ein Verstoß gegen die DSGVO (Google Fonts) "
         "festgestellt. Zur Vermeidung eines Verfahrens zahlen Sie bitte 170,00 EUR Schadensersatz binnen 7 Tagen. "
         "Die Zahlungsdetails finden Sie im Anhang.\n\nMit freundlichen Grüßen\nIhre Kanzlei\n",
    atts=[("Zahlungsaufforderung.pdf", "application/pdf", False)],
    notes="spam/scam about GDPR; free-text Date header -> received null")

add(lang="de", rights=[], frm="Nicole Braun <nicole.braun@gmx.ch>", subject="Bilder",
    body="Hallo zusammen\n\nDie Bilder sind wunderschön geworden! Sie dürfen sie gerne für Ihr Portfolio und "
         "Instagram verwenden, auch die mit unserem Hund.\n\nHerzliche Grüsse\nNicole\n",
    notes="client permits use of photos; no Date header -> received null")

add(lang="de", rights=[], frm="Markus Fischer <markus.fischer@fischer-immobilien.de>", subject="Rechnung RE-2024-0388",
    date="Mon, 31 Feb 2025 10:22:00 +0100",
    body="Guten Tag,\n\nauf der Rechnung RE-2024-0388 fehlt unsere USt-IdNr. (DE812345678). Können Sie uns bitte "
         "eine korrigierte Rechnung schicken? Sonst kann unsere Buchhaltung sie nicht verbuchen.\n\n"
         "Mit freundlichen Grüßen\nMarkus Fischer\nFischer Immobilien GmbH\n",
    notes="invoice question (asks correction of invoice, not personal data); impossible date 31 Feb -> null")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f[:4].isdigit() and f.endswith((".eml", ".json")):
            os.remove(os.path.join(OUT, f))
    for i, d in enumerate(MAILS, 1):
        build(i, d)
    print(len(MAILS), "mails written")
