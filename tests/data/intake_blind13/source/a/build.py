#!/usr/bin/env python3
"""Build 50 hand-written test e-mails (+ ground-truth JSON) for a DSAR intake parser.

Studio (fictional): Studio Korrelzout, Maartje Verhoef, Breda - info@studiokorrelzout.nl
Python 3.11 standard library only.  Writes mails/NNNN.eml + mails/NNNN.json.
Deterministic (seeded RNG for Message-IDs; boundaries fixed per mail).
"""
import json
import os
import random
from email import policy, utils
from email.headerregistry import Address
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
RNG = random.Random(1313)

STUDIO = ("Studio Korrelzout", "info@studiokorrelzout.nl")
OWNER_PRIV = ("Maartje Verhoef", "maartje.verhoef@kpnmail.nl")
FORM = ("Studio Korrelzout website", "noreply@studiokorrelzout.nl")

# ---- tiny placeholder payloads -------------------------------------------
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00placeholder"
JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00placeholder\xff\xd9"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n% placeholder\ntrailer<<>>\n%%EOF\n"
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic placeholder"
DOCX = b"PK\x03\x04placeholder-docx"
PAYLOAD = {"image/png": PNG, "image/jpeg": JPG, "application/pdf": PDF,
           "image/heic": HEIC, "application/octet-stream": HEIC,
           "application/vnd.openxmlformats-officedocument.wordprocessingml.document": DOCX}


def addr(pair):
    name, a = pair
    local, dom = a.split("@")
    return Address(display_name=name or "", username=local, domain=dom)


def msgid(domain):
    return "<%016x.%06d@%s>" % (RNG.getrandbits(64), RNG.randrange(10**6), domain)


def received_of(date):
    if date is None:
        return None
    try:
        dt = utils.parsedate_to_datetime(date)
    except (TypeError, ValueError, IndexError):
        return None
    if dt is None or dt.tzinfo is None:
        return None
    return dt.isoformat()


MAILS = []


def M(**kw):
    MAILS.append(kw)


def build_one(n, s):
    msg = EmailMessage(policy=policy.default)
    frm = s["frm"]
    if s.get("bare_from"):
        msg["From"] = frm[1]
    else:
        msg["From"] = addr(frm)
    msg["To"] = addr(s.get("to", STUDIO))
    if s.get("reply_to"):
        msg["Reply-To"] = addr(s["reply_to"])
    if s.get("subject") is not None:
        msg["Subject"] = s["subject"]
    if s.get("date") is not None:
        msg["Date"] = s["date"]
    msg["Message-ID"] = msgid(frm[1].split("@")[1])
    for k, v in s.get("headers", {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"

    cs = s.get("charset", "utf-8")
    cte = s.get("cte")
    html = s.get("html")
    body = s.get("body")
    kwargs = {"charset": cs}
    if cte:
        kwargs["cte"] = cte
    if body is None:                       # HTML-only
        msg.set_content(html, subtype="html", **kwargs)
    else:
        msg.set_content(body, **kwargs)
        if html:
            msg.add_alternative(html, subtype="html", charset="utf-8")
    atts = []
    for a in s.get("inline", []):          # (filename, ctype, is_id, cid)
        fn, ct, is_id, cid = a
        target = msg.get_payload()[1] if msg.is_multipart() else msg
        mt, st = ct.split("/")
        target.add_related(PAYLOAD[ct], mt, st, filename=fn, cid="<%s>" % cid)
        atts.append({"filename": fn, "content_type": ct, "is_id_document": is_id})
    for a in s.get("atts", []):            # (filename, ctype, is_id)
        fn, ct, is_id = a
        if ct == "message/rfc822":
            msg.add_attachment(s["inner"], filename=fn)
        else:
            mt, st = ct.split("/")
            msg.add_attachment(PAYLOAD[ct], mt, st, filename=fn)
        atts.append({"filename": fn, "content_type": ct, "is_id_document": is_id})
    # deterministic boundaries
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary("=_kz%04d_%02d_%08x" % (n, i, RNG.getrandbits(32)))
    pol = policy.SMTP if s.get("crlf") else policy.default
    data = msg.as_bytes(policy=pol)
    L = s["label"]
    truth = {
        "file": "%04d.eml" % n,
        "is_dsar": bool(L["rights"]) if "is_dsar" not in L else L["is_dsar"],
        "rights": L["rights"],
        "language": L["lang"],
        "requester_name": L.get("name"),
        "requester_email": L.get("email"),
        "received": received_of(s.get("date")),
        "attachments": atts,
        "notes": L.get("notes", ""),
    }
    return data, truth


def inner_message(frm, to, subject, date, body):
    m = EmailMessage(policy=policy.default)
    m["From"] = addr(frm)
    m["To"] = addr(to)
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid(frm[1].split("@")[1])
    m.set_content(body)
    return m


# =========================================================================
# Dutch - Netherlands (0001-0015)
# =========================================================================
M(frm=("Sanne Dekker", "sanne.dekker88@gmail.com"),
  subject="gegevens",
  date="Tue, 9 Jan 2024 21:14:03 +0100",
  headers={"X-Mailer": "iPhone Mail (21C66)"},
  body="""Hoi Maartje,

Kun je al mijn gegevens uit je systeem halen? Ik woon inmiddels in Zwolle en ga
toch geen shoot meer boeken, dus het hoeft niet bewaard te blijven. Dus ook mijn
adres en telefoonnummer graag weg.

Groetjes,
Sanne

Verstuurd vanaf mijn iPhone
""",
  label=dict(rights=["erasure"], lang="nl", name="Sanne Dekker", email="sanne.dekker88@gmail.com",
             notes="nl-NL; short casual erasure request without legal words"))

M(frm=("Lotte van Wijngaarden", "lotte.vwijngaarden@hotmail.com"),
  subject="Foto's van mij op jullie Instagram!!",
  date="Wed, 17 Jan 2024 08:02:51 +0100",
  body="""Hallo,

Ik heb in 2021 een TFP-shoot bij jullie gedaan en die foto's staan nog steeds op
jullie Instagram en op de portfolio pagina van de website. Ik begin volgende maand
aan een nieuwe baan en ik wil echt niet dat mijn nieuwe collega's dit tegenkomen.
Ik geef daar geen toestemming meer voor. Wil je ze alsjeblieft allemaal weghalen,
ook de reel met de bloemen? Zie screenshot.

Ik hoop dat het snel kan want ik heb er echt buikpijn van.

Lotte
""",
  atts=[("Screenshot_20240116-231102.png", "image/png", False)],
  label=dict(rights=["withdraw_consent"], lang="nl", name="Lotte van Wijngaarden",
             email="lotte.vwijngaarden@hotmail.com",
             notes="nl-NL; model withdraws consent for Instagram/portfolio; screenshot attachment is not an ID"))

M(frm=("R.J. Kuipers", "rj.kuipers@ziggo.nl"),
  subject="Verzoek om inzage ex artikel 15 AVG",
  date="Mon, 22 Jan 2024 10:30:00 +0100",
  body="""Aan: Studio Korrelzout
T.a.v. de verwerkingsverantwoordelijke
Ginnekenweg 214
4835 NK Breda

Betreft: verzoek om inzage ex artikel 15 Algemene Verordening Gegevensbescherming (AVG)

Zwolle, 22 januari 2024

Geachte heer/mevrouw,

Op grond van artikel 15 van de Algemene Verordening Gegevensbescherming verzoek ik u
mij inzage te geven in de persoonsgegevens die u van mij verwerkt. Ik verzoek u mij
daarbij in ieder geval te informeren over:
- de verwerkingsdoeleinden;
- de betrokken categorieën van persoonsgegevens;
- de ontvangers aan wie de gegevens zijn verstrekt;
- de bewaartermijn;
- de bron van de gegevens, indien deze niet bij mij zijn verzameld.

Graag ontvang ik tevens een kopie van de persoonsgegevens (artikel 15 lid 3 AVG).

Ingevolge artikel 12 lid 3 AVG dient u binnen een maand na ontvangst van dit verzoek
te reageren. Ter identificatie stuur ik een kopie van mijn identiteitsbewijs mee,
waarop BSN en pasfoto zijn afgeschermd.

Indien ik niet tijdig een reactie ontvang, behoud ik mij het recht voor een klacht in
te dienen bij de Autoriteit Persoonsgegevens.

Met vriendelijke groet,

R.J. Kuipers
Thorbeckegracht 31
8011 VM Zwolle
""",
  atts=[("kopie_ID_Kuipers.pdf", "application/pdf", True)],
  label=dict(rights=["access"], lang="nl", name="R.J. Kuipers", email="rj.kuipers@ziggo.nl",
             notes="nl-NL; generator-style formal letter, mentions Art. 12 and complaint but only asks access; ID copy PDF"))

M(frm=("Femke Bosman", "femke.bosman@outlook.com"),
  subject="Newbornshoot in maart?",
  date="Thu, 25 Jan 2024 13:47:22 +0100",
  body="""Hoi!

Wij verwachten begin maart ons eerste kindje en willen graag een newbornshoot bij
jullie laten doen, het liefst thuis in Oosterhout. Hebben jullie in de tweede helft
van maart nog plek?

Nog een vraagje: zetten jullie de foto's standaard op Instagram of de website? Mijn
vriend is daar nogal privé in, dus dat willen we graag vooraf weten voordat we boeken.
En hoe lang duurt het voordat we de bestanden krijgen?

Alvast bedankt,
Femke Bosman
06-41187302
""",
  label=dict(rights=[], lang="nl",
             notes="nl-NL; NON-DSAR booking enquiry asking about the studio's publication policy (privacy words, no request)"))

M(frm=("Marloes Hendriks-Smit", "marloes@hendriks-smit.nl"),
  subject="Foto's Noor van de website",
  date="Sat, 3 Feb 2024 22:18:40 +0100",
  body="""Beste Maartje,

Vorig jaar heb je prachtige foto's van onze dochter Noor (nu 13) gemaakt en wij
vonden het toen prima dat je er een paar op je site en op Facebook zette. Noor zit
nu op de middelbare school en wordt er mee gepest, iemand heeft de foto van jullie
site gedeeld in een groepsapp.

Ik wil dus dat alle foto's van Noor van de website, Facebook en Instagram af gaan.
En eigenlijk willen we ook dat jullie verder alles over Noor wissen: naam,
geboortedatum, de aantekeningen van het intakegesprek, alles. De foto's die wij
gekocht hebben hebben we zelf al.

Ik reken erop dat dit snel gebeurt.

Met vriendelijke groet,
Marloes Hendriks-Smit
(moeder van Noor Hendriks)
""",
  label=dict(rights=["erasure", "withdraw_consent"], lang="nl", name="Marloes Hendriks-Smit",
             email="marloes@hendriks-smit.nl",
             notes="nl-NL; parent acting for child Noor Hendriks (13); name/email are the writing parent's; removal from site (withdraw) + wipe all child data (erasure)"))

M(frm=("Gerrit Jan Mulder", "gj.mulder@planet.nl"),
  subject="Re: Lente bij Studio Korrelzout: 15% korting op gezinsshoots",
  date="Mon, 12 Feb 2024 07:55:12 +0100",
  headers={"In-Reply-To": "<nl-2024-02.8812@mail.studiokorrelzout.nl>"},
  body="""Ik heb mij nooit voor deze nieuwsbrief aangemeld. Ik ben ooit eens op een
bruiloft geweest waar u foto's maakte, meer niet. Haal mij van de lijst af en stuur
me geen aanbiedingen meer.

G.J. Mulder

Op 11 feb 2024 om 10:00 schreef Studio Korrelzout <nieuwsbrief@studiokorrelzout.nl>:
> Lente bij Studio Korrelzout!
> Boek voor 1 april een gezinsshoot en krijg 15% korting.
> Je ontvangt deze e-mail omdat je je hebt aangemeld op onze website.
> Uitschrijven | Je gegevens bijwerken
""",
  label=dict(rights=["objection"], lang="nl", name="Gerrit Jan Mulder", email="gj.mulder@planet.nl",
             notes="nl-NL; reply over quoted newsletter; stop marketing = objection; name = display name (signature is G.J. Mulder)"))

M(frm=("Yara Oosterbeek", "yara.oosterbeek@gmail.com"),
  subject="RAW bestanden shoot 14 januari",
  date="Tue, 13 Feb 2024 16:20:09 +0100",
  body="""Hoi Maartje,

Dank je wel voor de galerij, ze zijn echt mooi geworden! Ik heb toch nog een vraag:
ik heb voor het volledige pakket betaald (factuur 2024-0031) en ik zou graag ook de
onbewerkte RAW bestanden hebben, dan kan ik er zelf nog wat mee spelen voor mijn
eigen website. Kun je die via WeTransfer sturen? Ik ga er van uit dat dat er gewoon
bij hoort, het zijn tenslotte mijn foto's.

Liefs,
Yara
""",
  label=dict(rights=[], lang="nl",
             notes="nl-NL; NON-DSAR: paying client asks for RAW files of her shoot (commercial/contract question, not a data request)"))

M(frm=("Ilse de Graaf", "ilse.degraaf@xs4all.nl"),
  subject="Nieuwe achternaam + mailadres",
  date="Wed, 21 Feb 2024 11:09:58 +0100",
  body="""Goedemiddag,

Ik ben sinds december gescheiden en heet weer Ilse de Graaf (niet meer Ilse
Timmermans). In jullie klantenbestand en op de factuur staat nog de oude naam, en
in de fotocredit bij de bedrijfsportretten op jullie site ook. Willen jullie dat
aanpassen? Mijn mail gaat vanaf april naar ilse@degraafcoaching.nl, wil je dat ook
als nieuw adres opslaan?

Het telefoonnummer is ook veranderd: 06-29 83 11 07.

Dank!
Ilse de Graaf
""",
  label=dict(rights=["rectification"], lang="nl", name="Ilse de Graaf", email="ilse.degraaf@xs4all.nl",
             notes="nl-NL; rectification of surname/e-mail/phone; the NEW address ilse@degraafcoaching.nl and old surname Timmermans are not the requester fields"))

M(frm=("Anouk Verstappen", "anouk.verstappen@kpnmail.nl"),
  subject="overstappen naar andere fotograaf",
  date="Thu, 29 Feb 2024 19:33:17 +0100",
  body="""Hallo Maartje,

Ik heb de afgelopen drie jaar elk jaar een shoot bij je gedaan voor mijn praktijk
(huidtherapie). Ik ga nu verder met een fotograaf die dichterbij zit, in Tilburg.
Zou je al mijn gegevens die je hebt, dus de boekingen, mijn voorkeuren en de lijst
met welke foto's ik gekozen heb, in een bestand willen zetten dat zij kan inlezen?
Excel of zoiets. Je mag het ook rechtstreeks naar haar sturen:
info@fotografiedemolen.nl

Groet,
Anouk Verstappen
""",
  label=dict(rights=["portability"], lang="nl", name="Anouk Verstappen", email="anouk.verstappen@kpnmail.nl",
             notes="nl-NL; portability: machine-readable file / transfer to another photographer; second address in body is the new photographer"))

M(frm=("Bas Koopman", "bas.koopman@gmail.com"),
  subject="Klacht bruiloft - niets verwijderen a.u.b.",
  date="Fri, 8 Mar 2024 09:12:44 +0100",
  body="""Mevrouw Verhoef,

U weet dat wij het niet eens zijn over de bruiloftsreportage en de factuur. Ik heb de
zaak inmiddels voorgelegd aan de Geschillencommissie. Ik wil dus NIET dat u iets
weggooit: de mails, het contract, de app-berichten en de foto's heb ik mogelijk nodig
als bewijs.

Tegelijk wil ik dat u in de tussentijd niets meer met onze gegevens en foto's doet.
Geen blogpost over onze bruiloft, geen 'sneak peeks', niets. Gewoon bewaren en
verder laten liggen tot dit is opgelost.

B. Koopman
""",
  label=dict(rights=["restriction"], lang="nl", name="Bas Koopman", email="bas.koopman@gmail.com",
             notes="nl-NL; restriction: keep for dispute but stop using; name = display name (signature B. Koopman)"))

M(frm=FORM,
  subject="Nieuw bericht via contactformulier",
  date="Sun, 17 Mar 2024 14:05:31 +0100",
  body="""Er is een nieuw bericht verstuurd via het contactformulier op studiokorrelzout.nl.

Naam: Priya Ramdin
E-mail: priya.ramdin@live.nl
Telefoon: 06 12 90 44 81
Onderwerp: Vraag over mijn gegevens

Bericht:
Hallo, ik heb ooit meegedaan aan een winactie van jullie op Instagram en nu krijg
ik ineens mail van jullie. Ik wil graag weten welke gegevens jullie eigenlijk van
mij hebben en waar jullie die vandaan hebben. Kunnen jullie mij een overzicht sturen?

--
Dit bericht is automatisch verzonden. Niet beantwoorden.
""",
  label=dict(rights=["access"], lang="nl", name="Priya Ramdin", email="priya.ramdin@live.nl",
             notes="nl-NL; contact-form notification from noreply without Reply-To; requester in form fields"))

M(frm=("Joost Brouwer", "joost.brouwer@vanderlinde-makelaars.nl"),
  subject="Automatisch antwoord: Uw foto's en AVG-informatie",
  date="Tue, 19 Mar 2024 08:00:02 +0100",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""Dank voor uw bericht. Ik ben tot en met 2 april afwezig en heb beperkt toegang
tot mijn e-mail. Uw bericht wordt niet doorgestuurd.

Voor vragen over bezichtigingen kunt u terecht bij mijn collega Ellen Smeets,
ellen.smeets@vanderlinde-makelaars.nl of 076-5230411.

Van der Linde Makelaars gaat zorgvuldig om met uw persoonsgegevens. Lees onze
privacyverklaring op onze website. Wilt u uw gegevens laten verwijderen, neem dan
contact op met privacy@vanderlinde-makelaars.nl.

Met vriendelijke groet,
Joost Brouwer
""",
  label=dict(rights=[], lang="nl",
             notes="nl-NL; NON-DSAR out-of-office auto-reply (Auto-Submitted) whose footer mentions deleting data"))

M(frm=("E.C. van Dalen", "e.vandalen@dalenadvocatuur.nl"),
  subject="Uw kenmerk onbekend / onze cliënte mevrouw S. Yılmaz - inzage en beperking",
  date="Wed, 27 Mar 2024 15:41:09 +0100",
  html="""<html><body style="font-family:Calibri,sans-serif">
<p>Geachte mevrouw Verhoef,</p>
<p>Ik sta mevrouw Sude Yılmaz bij in het geschil met uw onderneming over de
publicatie van foto&#39;s van haar zwangerschapsshoot.</p>
<p>Namens cliënte verzoek ik u, op grond van artikel 15 AVG, binnen de wettelijke termijn
een volledige kopie te verstrekken van alle persoonsgegevens die u van cliënte verwerkt,
inclusief alle foto&#39;s (ook niet-geselecteerde), e-mail- en WhatsAppcorrespondentie en
een overzicht van partijen aan wie u beelden heeft verstrekt.</p>
<p>Voorts verzoek ik u, op grond van artikel 18 AVG, de verwerking van die gegevens te
beperken zolang het geschil loopt: de gegevens dienen bewaard te blijven maar mogen niet
worden gebruikt, gepubliceerd of gedeeld.</p>
<p>Een machtiging van cliënte is bijgevoegd.</p>
<p>Hoogachtend,<br>mr. E.C. van Dalen<br>Van Dalen Advocatuur<br>
<img src="cid:logo-vda" alt="Van Dalen Advocatuur"></p>
</body></html>""",
  body="""Geachte mevrouw Verhoef,

Ik sta mevrouw Sude Yılmaz bij in het geschil met uw onderneming over de publicatie
van foto's van haar zwangerschapsshoot.

Namens cliënte verzoek ik u, op grond van artikel 15 AVG, binnen de wettelijke termijn
een volledige kopie te verstrekken van alle persoonsgegevens die u van cliënte verwerkt,
inclusief alle foto's (ook niet-geselecteerde), e-mail- en WhatsAppcorrespondentie en
een overzicht van partijen aan wie u beelden heeft verstrekt.

Voorts verzoek ik u, op grond van artikel 18 AVG, de verwerking van die gegevens te
beperken zolang het geschil loopt: de gegevens dienen bewaard te blijven maar mogen niet
worden gebruikt, gepubliceerd of gedeeld.

Een machtiging van cliënte is bijgevoegd.

Hoogachtend,
mr. E.C. van Dalen
Van Dalen Advocatuur
""",
  inline=[("logo_vandalen.png", "image/png", False, "logo-vda")],
  atts=[("Machtiging_Yilmaz.pdf", "application/pdf", False)],
  label=dict(rights=["access", "restriction"], lang="nl", name="E.C. van Dalen",
             email="e.vandalen@dalenadvocatuur.nl",
             notes="nl-NL; lawyer acting for client Sude Yılmaz (data subject); requester fields = the lawyer as sender (display name; signature adds 'mr.'); inline signature logo (false) + authorisation PDF (not an ID)"))

M(frm=("Jeroen Smulders", "jeroensmulders@hotmail.nl"),
  subject="RE: RE: nogmaals - foto's niet gebruiken",
  date="Thu, 4 Apr 2024 12:26:45 +0200",
  body="""Maartje,

Dit is nu de tweede keer dat ik mail. Op 12 maart heb ik gevraagd om de foto's van
mijn bedrijfsshoot niet meer te gebruiken zolang mijn klacht over de factuur loopt.
Ik zie ze vandaag nog steeds in je LinkedIn-post. Ik vraag niet om ze te wissen, ik
wil alleen dat je er niets mee doet tot het is opgelost. Graag binnen een week
bevestiging.

Jeroen Smulders

-----Oorspronkelijk bericht-----
Van: Jeroen Smulders <jeroensmulders@hotmail.nl>
Verzonden: dinsdag 12 maart 2024 09:14
Aan: info@studiokorrelzout.nl
Onderwerp: foto's niet gebruiken

Hoi Maartje, zolang we het niet eens zijn over de factuur wil ik liever niet dat je
de foto's van mijn shoot ergens voor gebruikt. Bewaar ze maar gewoon. Groet, Jeroen
""",
  label=dict(rights=["restriction"], lang="nl", name="Jeroen Smulders", email="jeroensmulders@hotmail.nl",
             notes="nl-NL; reminder about earlier request (quoted own mail); restriction, explicitly not erasure"))

M(frm=("Wendy Peeters", "administratie@bakkerijpeeters.nl"),
  subject="dubbele factuur",
  date="Mon, 8 Apr 2024 10:02:11 +0200",
  body="""Goedemorgen,

Ik heb via Moneybird twee keer factuur 2024-0077 ontvangen voor de productfoto's, een
keer op 2 april en een keer op 5 april, met hetzelfde bedrag. Wil je de dubbele
verwijderen zodat ik hem niet per ongeluk twee keer betaal? De eerste heb ik
inmiddels voldaan.

Met vriendelijke groet,
Wendy Peeters
Bakkerij Peeters
""",
  label=dict(rights=[], lang="nl",
             notes="nl-NL; NON-DSAR: 'please delete the duplicate invoice'"))

# =========================================================================
# Dutch - Flemish (0016-0030)
# =========================================================================
M(frm=("Kobe Vandenberghe", "kobe.vandenberghe@telenet.be"),
  subject="uitschrijven en alles wissen",
  date="Fri, 12 Apr 2024 23:51:07 +0200",
  body="""Dag,

Ge stuurt mij al maanden mails met promoties en ik heb daar nooit om gevraagd. Gelieve
daar mee te stoppen. En ik wil ook dat ge mij volledig uit uw bestanden schrapt, ik
heb in 2019 ne keer pasfoto's laten maken en dat is het.

Merci
Kobe Vandenberghe
""",
  label=dict(rights=["erasure", "objection"], lang="nl", name="Kobe Vandenberghe",
             email="kobe.vandenberghe@telenet.be",
             notes="nl-BE; Flemish; stop promotions (objection) + remove from files (erasure)"))

M(frm=("Hanne Claes", "hanne.claes@skynet.be"),
  subject="Verzoek tot gegevensoverdraagbaarheid (artikel 20 AVG)",
  date="Mon, 15 Apr 2024 09:00:00 +0200",
  body="""Hanne Claes
Kortrijksesteenweg 1102
9051 Sint-Denijs-Westrem
België

Aan Studio Korrelzout

Sint-Denijs-Westrem, 15 april 2024

Betreft: verzoek tot overdracht van persoonsgegevens - artikel 20 AVG

Geachte,

Hierbij oefen ik mijn recht op gegevensoverdraagbaarheid uit overeenkomstig artikel 20
van Verordening (EU) 2016/679 (AVG). Ik verzoek u de persoonsgegevens die ik u heb
verstrekt (contactgegevens, boekingsgegevens, vragenlijst bij de shoot) aan mij te
bezorgen in een gestructureerde, gangbare en machineleesbare vorm, bij voorkeur CSV of
JSON.

Overeenkomstig artikel 12, lid 3 AVG verwacht ik uw antwoord binnen één maand na
ontvangst. Ter staving van mijn identiteit voeg ik een kopie van mijn identiteitskaart
(voor- en achterzijde) toe.

Bij gebrek aan antwoord behoud ik mij het recht voor klacht in te dienen bij de
Gegevensbeschermingsautoriteit (GBA), Drukpersstraat 35, 1000 Brussel.

Hoogachtend,
Hanne Claes
""",
  atts=[("eID_voorkant.jpg", "image/jpeg", True), ("eID_achterkant.jpg", "image/jpeg", True)],
  crlf=True,
  label=dict(rights=["portability"], lang="nl", name="Hanne Claes", email="hanne.claes@skynet.be",
             notes="nl-BE; generator-style formal letter (Art. 12, GBA) asking only portability; eID front+back JPEG; CRLF"))

M(frm=("Elien Maes", "elien.maes@gmail.com"),
  subject="Trouw 14 september - drone en gasten",
  date="Wed, 17 Apr 2024 20:15:33 +0200",
  body="""Hallo Maartje,

Wij trouwen op 14 september in een kasteelhoeve bij Brugge en we zijn heel
enthousiast over uw werk! Is die datum nog vrij?

Een paar vragen:
- doet ge ook dronebeelden of moet dat apart?
- er komen een paar gasten die echt niet online willen komen (een is politieagent).
  Hoe gaat ge daar mee om, kunnen we een sticker of bandje voorzien?
- hoe lang bewaart ge de bestanden na de levering?

Groetjes,
Elien en Thomas
""",
  label=dict(rights=[], lang="nl",
             notes="nl-BE; NON-DSAR wedding booking with questions about guests' privacy and file retention"))

M(frm=("Jens Wouters", "jens.wouters@proximus.be"),
  subject="Fout in mijn gegevens",
  date="Sat, 20 Apr 2024 11:47:20 +0200",
  charset="windows-1252", cte="quoted-printable",
  body="""Goeiedag,

In de online galerij van het bedrijfsfeest van Vandeputte NV staat onder mijn foto
de naam "Jens Wauters" in plaats van Jens Wouters. Ook in mijn klantenfiche staat
blijkbaar een verkeerde geboortedatum (de reminder voor de verjaardagskorting kwam
in maart, maar ik verjaar op 9 oktober). Kunt ge dat allebei rechtzetten? Alvast merci, en excuses voor ’t gedoe.

Vriendelijke groeten,
Jens Wouters
Diepenbeek
""",
  label=dict(rights=["rectification"], lang="nl", name="Jens Wouters", email="jens.wouters@proximus.be",
             notes="nl-BE; rectification (name tag + birth date); windows-1252 quoted-printable"))

_inner20 = """---------- Forwarded message ---------
Van: Charlotte Jacobs <charlotte.jacobs93@gmail.com>
Date: ma 22 apr 2024 om 18:04
Subject: foto's portfolio
To: Maartje Verhoef <maartje.verhoef@kpnmail.nl>


Hoi Maartje,

Ik stuur naar uw gewoon mailadres want ik weet niet of de studio-mail nog werkt.
Ik heb destijds ingestemd dat de beauty-foto's van mij in uw portfolio mochten,
maar ik doe nu mee aan een sollicitatieprocedure bij de politie en ik trek die
toestemming liever in. Zoudt ge ze van de site en van Pinterest kunnen halen?

Bedankt en sorry voor het ongemak,
Charlotte
"""
M(frm=OWNER_PRIV,
  subject="Fwd: foto's portfolio",
  date="Mon, 22 Apr 2024 21:30:55 +0200",
  body="""Even naar de studiomail zodat ik het niet vergeet. Maandag regelen.

""" + _inner20,
  label=dict(rights=["withdraw_consent"], lang="nl", name="Charlotte Jacobs",
             email="charlotte.jacobs93@gmail.com",
             notes="nl-BE; Gmail-style forward (Dutch Van:) by the owner from her private address; requester is the original sender inside; surname from forward header"))

M(frm=("Tom Van Damme", "tom.vandamme@outlook.be"),
  subject="betwisting gegevens",
  date="Tue, 30 Apr 2024 17:22:10 +0200",
  body="""Dag Maartje,

Ik kreeg een aanmaning van een incassobureau in jouw naam met daarin een adres in
Mechelen dat nooit van mij geweest is en een bedrag voor een shoot die ik niet
herken. Ik betwist dat die gegevens over mij kloppen. Zolang dat niet uitgeklaard is
wil ik dat ge mijn gegevens niet meer gebruikt of doorgeeft aan dat bureau, maar
gooi ook niks weg, want ik wil kunnen nagaan waar het misgelopen is.

In bijlage een foto van mijn identiteitskaart zodat ge ziet dat ik het echt ben.

Tom
""",
  atts=[("IMG_4411.HEIC", "image/heic", True)],
  label=dict(rights=["restriction"], lang="nl", name="Tom Van Damme", email="tom.vandamme@outlook.be",
             notes="nl-BE; restriction while accuracy is contested (not rectification asked); ID card as HEIC"))

M(frm=("Sofie Lambrechts", "sofie.lambrechts@hotmail.com"),
  subject="WAT IS DIT",
  date="Thu, 2 May 2024 08:37:49 +0200",
  body="""Ik sta daar op een affiche aan de Bondgenotenlaan in Leuven, reclame voor uw
studio, met mijn gezicht er groot op. Niemand heeft mij dat ooit gevraagd!! Ik wil
onmiddellijk weten wat ge allemaal van mij hebt, van waar, en aan wie ge die foto
nog gegeven hebt. En die affiche en alle andere reclame met mijn foto moet weg.
Allemaal.

Sofie Lambrechts
""",
  label=dict(rights=["access", "withdraw_consent"], lang="nl", name="Sofie Lambrechts",
             email="sofie.lambrechts@hotmail.com",
             notes="nl-BE; angry; access (what/where from/recipients) + take photo out of advertising (withdraw_consent per convention)"))

M(frm=("Lore De Wilde", "lore.dewilde@gmail.com"),
  subject="vraagje over foto's voor mijn eigen portfolio",
  date="Fri, 10 May 2024 14:02:36 +0200",
  body="""Hey Maartje!

Super bedankt nog voor de shoot van vorige week. Ik ben aan het solliciteren bij een
modellenbureau in Antwerpen en ze vragen een portfolio. Mag ik jouw foto's daarvoor
gebruiken, en ook op mijn eigen Instagram? In de modelrelease die ik getekend heb
staat iets over 'niet-commercieel gebruik', maar ik ben niet zeker of dat hieronder
valt. Moet ik dan jouw naam erbij zetten?

Groetjes,
Lore
""",
  label=dict(rights=[], lang="nl",
             notes="nl-BE; NON-DSAR model release / usage question from the model about her own use"))

M(frm=("Pieter Goossens", "pieter.goossens@vdbelektro.be"),
  reply_to=("Pieter Goossens", "pietergoossens.prive@gmail.com"),
  subject="nieuwsbrief",
  date="Mon, 13 May 2024 12:30:02 +0200",
  body="""Goeiemiddag,

Ik schrijf even vanop het werk. Sinds de communiefoto's van onze dochter krijg ik
elke maand jullie nieuwsbrief op mijn privé-adres. Ik wil die niet meer ontvangen en
ik wil ook niet dat jullie mijn adres nog voor publiciteit gebruiken. Antwoorden mag
naar mijn privé-adres.

Mvg
Pieter Goossens

--
Pieter Goossens | Projectleider
VDB Elektro bv | Industriepark 14, 2440 Geel
""",
  label=dict(rights=["objection"], lang="nl", name="Pieter Goossens",
             email="pietergoossens.prive@gmail.com",
             notes="nl-BE; written from work account, Reply-To = private address (requester_email); newsletter objection"))

M(frm=FORM,
  reply_to=("Ruben Hermans", "ruben.hermans@telenet.be"),
  subject="Contactformulier: Mijn gegevens",
  date="Wed, 22 May 2024 06:58:14 +0000",
  body="""Nieuw formulier ingezonden op studiokorrelzout.nl/contact

Voornaam: Ruben
Achternaam: Hermans
E-mailadres: ruben.hermans@telenet.be
Gemeente: Hasselt
Bericht:
ik heb bij jullie vorig jaar een gezinsshoot gedaan. ik zou graag al mijn gegevens
krijgen (adres, boekingen, welke fotos we besteld hebben) in een excel of csv bestand
zodat ik het in mijn eigen administratie kan steken. bedankt

IP-adres: 81.82.xxx.xxx
""",
  label=dict(rights=["portability"], lang="nl", name="Ruben Hermans", email="ruben.hermans@telenet.be",
             notes="nl-BE; contact form with Reply-To = requester; first/last name split over form fields; Date in +0000"))

M(frm=("Nathalie Vercammen", "nathalie.vercammen@skynet.be"),
  subject="Factuur 2024-0102 klopt niet",
  date="Thu, 23 May 2024 16:44:29 +0200",
  body="""Dag Maartje,

Ik heb uw factuur ontvangen maar daar staan 3 uur shoot op, terwijl we om 14u30
begonnen en om 16u gedaan waren. Ook de reiskosten naar Turnhout zijn hoger dan wat
in de offerte stond. Kunt ge een gecorrigeerde factuur sturen? Ik betaal dan direct.

Mijn gegevens en btw-nummer op de factuur kloppen wel, daar is geen probleem mee.

Vriendelijke groeten,
Nathalie Vercammen
Vercammen Interieur
""",
  label=dict(rights=[], lang="nl",
             notes="nl-BE; NON-DSAR invoice dispute (asks for corrected invoice amount, says her data are correct)"))

M(frm=("Stijn Mertens", "stijn.mertens91@gmail.com"),
  subject="",
  date="Sat, 25 May 2024 10:10:10 +0200",
  body="""Hallo, ik ga voortaan met Fotostudio Kiekeboe in Lier werken. Kunt ge al
mijn foto's en mijn gegevens rechtstreeks naar hen overzetten? hun mail is
hallo@kiekeboe-lier.be. thx Stijn
""",
  label=dict(rights=["portability"], lang="nl", name="Stijn Mertens", email="stijn.mertens91@gmail.com",
             notes="nl-BE; empty subject; terse; transfer to another photographer = portability; other address in body is the new studio"))

M(frm=("Kristof Jansen", "kristof.jansen@telenet.be"),
  subject="Re: Uw foto's zijn klaar!",
  date="Mon, 3 Jun 2024 19:20:41 +0200",
  body="""Dag Maartje,

Super, we hebben ze gedownload en de grootouders zijn in de wolken. Bedankt voor de
fijne namiddag!

Groeten,
Kristof

Op vr 31 mei 2024 om 15:02 schreef Studio Korrelzout <info@studiokorrelzout.nl>:
> Beste Kristof,
>
> Jullie galerij staat klaar: https://galerij.studiokorrelzout.nl/jansen-2024
> De link blijft 60 dagen actief.
>
> Privacy: wij bewaren jullie gegevens twee jaar en verwijderen ze daarna. Wil je
> eerder inzage of verwijdering, stuur dan een mailtje naar info@studiokorrelzout.nl.
>
> Hartelijke groet,
> Maartje
""",
  label=dict(rights=[], lang="nl",
             notes="nl-BE; NON-DSAR thank-you reply; privacy/deletion wording only in quoted studio text"))

M(frm=("Aurélie Dubois", "aurelie.dubois@voo.be"),
  subject="mijn fotos",
  date="Tue, 11 Jun 2024 22:03:18 +0200",
  body="""Goeiedag mevrouw,

Excuseer mijn Nederlands, ik ben franstalig. Ik wil niet meer dat mijn fotos op uw
website staat en op facebook, aub weghalen. En ik ga nu naar een andere fotograaf in
Brussel, kan u mijn gegevens en de fotos van mijn shoot in een bestand sturen, zodat
ik het hem kan geven?

Bedankt
Aurelie Dubois
""",
  label=dict(rights=["portability", "withdraw_consent"], lang="nl", name="Aurélie Dubois",
             email="aurelie.dubois@voo.be",
             notes="nl-BE; non-native (French-speaking) writer, missing accents in signature; name from display name keeps é; take off website (withdraw) + data in a file for a new photographer (portability)"))

M(frm=("Dries Peeters", "dries.peeters@scarlet.be"),
  subject="SMS'en",
  date="Thu, 20 Jun 2024 13:13:13 +0200",
  body="""Dag,

Sinds ik bij u pasfoto's heb laten maken krijg ik om de twee weken een sms met
promoties (zomeractie, vaderdag, ...). Ik maak daar bezwaar tegen. Gelieve mijn
nummer niet meer te gebruiken voor reclame.

Dries Peeters
""",
  label=dict(rights=["objection"], lang="nl", name="Dries Peeters", email="dries.peeters@scarlet.be",
             notes="nl-BE; objection to SMS marketing"))

# =========================================================================
# English (0031-0050)
# =========================================================================
M(frm=("Hannah O'Connell", "hannah.oconnell@gmail.com"),
  subject="What info do you have about me?",
  date="Fri, 5 Jul 2024 09:48:12 +0200",
  body="""Hi Maartje,

I had headshots done with you last year when I'd just moved to Amsterdam. I'm doing
a bit of a digital clean-up and I'd like to know what personal info you keep on me
(contact details, payment stuff, the questionnaire, notes, whatever) and could you
send me a copy of it?

No rush, and thanks again for the lovely photos!

Hannah O'Connell
""",
  label=dict(rights=["access"], lang="en", name="Hannah O'Connell", email="hannah.oconnell@gmail.com",
             notes="en; polite everyday access request"))

M(frm=("Daniel Whitfield", "d.whitfield@protonmail.com"),
  subject="Request for erasure under Article 17 GDPR",
  date="Mon, 8 Jul 2024 14:00:00 +0100",
  body="""Daniel Whitfield
14 Ashgrove Road
Bristol BS6 5LQ
United Kingdom

Data Protection Officer
Studio Korrelzout
Breda, the Netherlands

8 July 2024

Dear Sir or Madam,

Request for erasure of personal data - Article 17 GDPR

I am writing to request that you erase all personal data you hold about me, pursuant
to Article 17(1) of the General Data Protection Regulation. I consider that the data
are no longer necessary in relation to the purposes for which they were collected
(Article 17(1)(a)).

Please also inform any recipients to whom my data has been disclosed, as required by
Article 19 GDPR.

I expect your response without undue delay and in any event within one month of
receipt, in accordance with Article 12(3). To verify my identity I enclose a copy of
my passport.

If you do not respond within this period, I reserve the right to lodge a complaint
with the Autoriteit Persoonsgegevens and to take further action.

Yours faithfully,

Daniel Whitfield
""",
  html="""<html><body><p>Daniel Whitfield<br>14 Ashgrove Road<br>Bristol BS6 5LQ<br>United Kingdom</p>
<p>Data Protection Officer<br>Studio Korrelzout<br>Breda, the Netherlands</p>
<p>8 July 2024</p><p>Dear Sir or Madam,</p>
<p><b>Request for erasure of personal data - Article 17 GDPR</b></p>
<p>I am writing to request that you erase all personal data you hold about me, pursuant
to Article 17(1) of the General Data Protection Regulation. I consider that the data
are no longer necessary in relation to the purposes for which they were collected
(Article 17(1)(a)).</p>
<p>Please also inform any recipients to whom my data has been disclosed, as required by
Article 19 GDPR.</p>
<p>I expect your response without undue delay and in any event within one month of
receipt, in accordance with Article 12(3). To verify my identity I enclose a copy of
my passport.</p>
<p>If you do not respond within this period, I reserve the right to lodge a complaint
with the Autoriteit Persoonsgegevens and to take further action.</p>
<p>Yours faithfully,</p><p>Daniel Whitfield</p></body></html>""",
  atts=[("passport_whitfield.png", "image/png", True)],
  label=dict(rights=["erasure"], lang="en", name="Daniel Whitfield", email="d.whitfield@protonmail.com",
             notes="en; generator-style formal letter, UK offset +0100, cites Art. 12/17/19 + complaint but asks erasure only; passport PNG; plain+HTML"))

M(frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
  subject="Delivery Status Notification (Failure)",
  date="Tue, 9 Jul 2024 10:00:41 -0700",
  headers={"Auto-Submitted": "auto-replied"},
  body="""** Address not found **

Your message wasn't delivered to m.vanleeuwen1979@gmail.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

----- Original message -----
From: Studio Korrelzout <nieuwsbrief@studiokorrelzout.nl>
Subject: Zomer bij Studio Korrelzout
Date: Tue, 9 Jul 2024 19:00:12 +0200

Hoi!
Deze zomer fotograferen we weer op het strand van Renesse...
Je ontvangt deze mail omdat je je hebt ingeschreven. Uitschrijven of je gegevens
laten verwijderen? Klik hier.
""",
  label=dict(rights=[], lang="en",
             notes="en; NON-DSAR newsletter bounce (mailer-daemon, US offset); quoted newsletter mentions unsubscribing/deleting"))

M(frm=("Małgorzata Wiśniewska", "gosia.wisniewska@wp.pl"),
  subject="wrong name on your website",
  date="Wed, 17 Jul 2024 07:31:26 +0200",
  body="""Hello,

I was model for your "Autumn in Breda" series. On your website under the photos is
written my name like "Malgorzata Wisniewska", but correct is Małgorzata Wiśniewska
with the polish letters. Also in your client list I think is my old phone number
(+48 601 ...), now I have dutch number 06 48 12 70 93. Please can you correct both
things?

Thank you very much,
Małgorzata
""",
  label=dict(rights=["rectification"], lang="en", name="Małgorzata Wiśniewska",
             email="gosia.wisniewska@wp.pl",
             notes="en; non-native writer; rectification of name spelling + phone; display name RFC 2047-encoded (utf-8) with Polish letters"))

M(frm=("Chloe Martens", "chloe.martens.model@gmail.com"),
  subject="Instagram posts",
  date="Sun, 21 Jul 2024 01:12:03 +0200",
  body="""Hey Maartje,

Hope you're well. So this is a bit awkward but here goes. You know the lingerie set
we did in 2022 for my portfolio? At the time I was totally fine with you posting
them, and I still love them honestly, but I've been getting really creepy DMs since
one of them got reposted by some account with 40k followers, and my mum saw it, and
yeah. I just don't want them out there anymore. I'm taking back my OK on that.

Could you please remove them from your Instagram (the carousel + the two single
posts, I've put a screenshot below so you know which ones) and from the boudoir page
on your site? I don't mind you keeping them on your drive or whatever, I just don't
want them public.

Sorry for the long message and thanks for understanding,
Chloe
""",
  html="""<html><body><p>Hey Maartje,</p>
<p>Hope you're well. So this is a bit awkward but here goes. You know the lingerie set
we did in 2022 for my portfolio? At the time I was totally fine with you posting
them, and I still love them honestly, but I've been getting really creepy DMs since
one of them got reposted by some account with 40k followers, and my mum saw it, and
yeah. I just don't want them out there anymore. I'm taking back my OK on that.</p>
<p>Could you please remove them from your Instagram (the carousel + the two single
posts, I've put a screenshot below so you know which ones) and from the boudoir page
on your site? I don't mind you keeping them on your drive or whatever, I just don't
want them public.</p>
<p><img src="cid:insta-shot"></p>
<p>Sorry for the long message and thanks for understanding,<br>Chloe</p></body></html>""",
  inline=[("IMG_2207.PNG", "image/png", False, "insta-shot")],
  label=dict(rights=["withdraw_consent"], lang="en", name="Chloe Martens",
             email="chloe.martens.model@gmail.com",
             notes="en; rambling model mail; withdraw consent for Instagram/site (explicitly not erasure); inline screenshot (false)"))

M(frm=("Oliver Brandt", "o.brandt@brandt-legal.eu"),
  subject="Our client Mr. Lucas Meijer - objection and erasure",
  date="Thu, 25 Jul 2024 16:05:50 +0200",
  body="""Dear Ms Verhoef,

We act for Mr. Lucas Meijer, whose wedding you photographed on 18 May 2024.

Our client has learned that you use images from his wedding in paid advertisements
on Meta platforms and that, when asked, you stated this was based on your
"legitimate interest" in promoting your business. On behalf of our client we hereby
object to that processing under Article 21 GDPR. Our client's interest in not being
featured in advertising clearly overrides your commercial interest.

Furthermore, our client requests that you erase all personal data relating to him
that is not required for your statutory bookkeeping obligations (Article 17 GDPR).

We refer to Articles 12(3), 77 and 82 GDPR and trust that no further steps will be
necessary. A signed power of attorney is attached.

Kind regards,

Oliver Brandt
Attorney at law
Brandt Legal, Rotterdam
""",
  atts=[("PoA_Meijer_signed.pdf", "application/pdf", False)],
  label=dict(rights=["erasure", "objection"], lang="en", name="Oliver Brandt", email="o.brandt@brandt-legal.eu",
             notes="en; lawyer for client Lucas Meijer (data subject); requester fields = lawyer as sender; cites 12/21/17/77/82 but asks objection + erasure; power of attorney PDF (not ID)"))

M(frm=("Privacy Compliance Team", "audit@gdpr-shield-europe.com"),
  subject="URGENT: your website studiokorrelzout.nl is NOT GDPR compliant",
  date="Fri, 26 Jul 2024 03:14:15 +0000",
  html="""<html><body>
<h2 style="color:#c00">Your website may be fined up to EUR 20,000,000!</h2>
<p>Dear website owner,</p>
<p>Our automated scan found <b>7 critical GDPR violations</b> on studiokorrelzout.nl,
including missing cookie consent, no data deletion procedure and an outdated privacy
policy.</p>
<p>Photographers handle sensitive personal data (faces, children, addresses). One
complaint from a client can lead to a data protection authority investigation.</p>
<p><a href="http://gdpr-shield-europe.com/fix?id=88213">Fix it now for only EUR 49/month</a></p>
<p style="font-size:10px">To stop receiving these messages reply REMOVE.</p>
</body></html>""",
  body=None,
  label=dict(rights=[], lang="en",
             notes="en; NON-DSAR spam about GDPR/fines/deletion; HTML-only"))

M(frm=("Ravi Menon", "ravi.menon@fastmail.com"),
  subject="Data export - moving to another photographer",
  date="Sat, 3 Aug 2024 18:40:02 +0530",
  body="""Hello Maartje,

Thanks for the three years of family shoots. We have moved back to Bangalore and
will be working with a local studio from now on. Could you please send me the data
you hold on our account - booking history, the family details form we filled in,
and the gallery metadata - in a machine-readable format (CSV or JSON is perfect)?
The new studio would like to import it.

Best regards,
Ravi Menon
""",
  label=dict(rights=["portability"], lang="en", name="Ravi Menon", email="ravi.menon@fastmail.com",
             notes="en; portability CSV/JSON; India offset +0530"))

M(frm=("Emily Carter", "emily.carter@yahoo.co.uk"),
  subject="Please don't delete anything yet",
  date="Mon, 12 Aug 2024 11:11:40 +0100",
  body="""Dear Maartje,

After our last phone call I understand you plan to clear out old client files at
the end of the month. Please don't delete mine yet. My camera bag was stolen at the
venue during the shoot in March and I need your booking confirmation, our emails
and the photos from that day for my insurance claim.

But in the meantime I'd rather you didn't use any of those photos or my details for
anything else - no blog, no social media, nothing - until the claim is settled.

Many thanks,
Emily Carter
""",
  label=dict(rights=["restriction"], lang="en", name="Emily Carter", email="emily.carter@yahoo.co.uk",
             notes="en; restriction: keep for insurance claim but stop using; UK offset"))

M(frm=("Jasper Kline", "jasperkline.photo@gmail.com"),
  subject="TFP shoot - model release?",
  date="Wed, 14 Aug 2024 15:27:08 +0200",
  body="""Hi Maartje,

I'm really looking forward to the TFP shoot on the 28th. Quick question before we
meet: will I need to sign a model release, and if so could you send it to me
beforehand so I can read it? I'd like to know where the photos will be used (your
website, Instagram, competitions?) and whether I can use them in my acting
portfolio too.

Cheers,
Jasper
""",
  label=dict(rights=[], lang="en",
             notes="en; NON-DSAR model release question before a shoot"))

M(frm=FORM,
  reply_to=("Sarah Lindqvist", "sarah.lindqvist@icloud.com"),
  subject="New contact form submission",
  date="Thu, 22 Aug 2024 20:02:45 +0200",
  body="""New message from the contact form on studiokorrelzout.nl/en/contact

Name: Sarah Lindqvist
Email: sarah.lindqvist@icloud.com
Phone: +46 70 412 88 31
Subject: Personal data

Message:
Hi, I was a guest at the Van Rijn wedding in June and I noticed a photo of me in
your online gallery. I'd like to know what personal data of mine you have - just
photos, or also name/email from the guest list? And who else can see that gallery?

Thanks
Sarah

--
Sent via WPForms
""",
  label=dict(rights=["access"], lang="en", name="Sarah Lindqvist", email="sarah.lindqvist@icloud.com",
             notes="en; contact-form notification with Reply-To = requester; wedding guest (not a client)"))

M(frm=("", "kev.dj.2001@gmail.com"),
  bare_from=True,
  subject=None,
  date=None,
  body="""pls remove my pics from ur insta and website, dont want them up anymore. thx
""",
  label=dict(rights=["withdraw_consent"], lang="en", name=None, email="kev.dj.2001@gmail.com",
             notes="en; bare From without name, no Subject, NO Date header (received null); name null (only implied by local part)"))

M(frm=("Mark de Boer", "mark.deboer@gmx.net"),
  subject="STOP EMAILING ME",
  date="Mon, 32 Aug 2024 25:61:00 +0200",
  body="""I have told you twice on the phone. I object to you using my details for your
marketing. Stop the emails, stop the whatsapp broadcasts.

And while you're at it: my name is Mark de Boer, not "Marc Boer". You've got it wrong
in every single mail you send me, and the street is Prinsenstraat 8, not 18.

Mark de Boer
""",
  label=dict(rights=["rectification", "objection"], lang="en", name="Mark de Boer",
             email="mark.deboer@gmx.net",
             notes="en; angry; objection to marketing + rectification of name/address; MALFORMED Date header (32 Aug, 25:61) -> received null"))

_inner44 = inner_message(
    ("Isabel Fonseca", "isabel.fonseca@sapo.pt"), STUDIO,
    "My data - what you have and then delete",
    "Tue, 27 Aug 2024 09:15:37 +0100",
    """Hello,

I did a portrait session at your studio in 2022 while studying in Breda. I would like
to know first which personal data of mine you still have (please send me an overview
or a copy). After that, please delete everything, I don't need you to keep anything.

Kind regards,
Isabel Fonseca
""")
M(frm=("Daan Verhoef", "daan@studiokorrelzout.nl"),
  subject="FW: My data - what you have and then delete",
  date="Tue, 27 Aug 2024 11:02:19 +0200",
  body="""Maartje, deze kwam binnen in mijn inbox (tweede shooter mail). Zie bijlage.
Kun jij dit oppakken? Ik heb niks teruggestuurd.

Daan
""",
  atts=[("My data - what you have and then delete.eml", "message/rfc822", False)],
  inner=_inner44,
  label=dict(rights=["access", "erasure"], lang="en", name="Isabel Fonseca", email="isabel.fonseca@sapo.pt",
             notes="en request forwarded as attachment (message/rfc822) by studio colleague; forward note in Dutch; requester is inner From; inner Date +0100 differs from outer"))

M(frm=("Tara Whelan", "tara.whelan@eircom.net"),
  subject="Lost my photos - can you resend the gallery?",
  date="Fri, 30 Aug 2024 22:45:03 +0100",
  body="""Hi Maartje,

Disaster - my laptop died and I hadn't backed up the photos from our family shoot in
Scheveningen last October. Do you still keep the files? If so, could you re-send the
gallery link or a download? I'm happy to pay a small fee if the link expired.

Also, how long do you normally keep clients' files?

Thanks so much,
Tara
""",
  label=dict(rights=[], lang="en",
             notes="en; NON-DSAR: client asks to re-deliver purchased photos + retention question"))

M(frm=("Samuel Adeyemi", "samuel.adeyemi@outlook.com"),
  subject="Second request: please correct my details",
  date="Tue, 3 Sep 2024 08:20:55 +0200",
  body="""Hello,

I'm following up on my email from 1 August, which has not been answered. My details
in your system are still wrong: your invoice and the reminders still go to my old
address in Utrecht (Biltstraat). My correct address is Kerkstraat 41, 3811 CV
Amersfoort, and my surname is Adeyemi, not Adeyemi-Okafor.

Please correct this and confirm.

Samuel Adeyemi

On Thu, 1 Aug 2024 at 14:02, Samuel Adeyemi <samuel.adeyemi@outlook.com> wrote:
> Hi, could you update my address to Kerkstraat 41, 3811 CV Amersfoort? Thanks, Samuel
""",
  label=dict(rights=["rectification"], lang="en", name="Samuel Adeyemi", email="samuel.adeyemi@outlook.com",
             notes="en; reminder about earlier rectification request (quoted own mail); old surname in body is not requester_name"))

M(frm=("Claire Dumont", "claire.dumont@orange.fr"),
  subject="Photos of my son",
  date="Thu, 12 Sep 2024 17:05:00 +0200",
  body="""Dear Maartje,

My son Hugo (14) took part in your "Young Faces" workshop in July. He received the
certificate by email and I noticed his name is written "Ugo Dumond". Could you please
correct his name to Hugo Dumont in your records and on the workshop page of your
website where the group photo is credited? His date of birth in the registration
form is also wrong: it should be 02/05/2010.

Thank you,
Claire Dumont (mother)
""",
  label=dict(rights=["rectification"], lang="en", name="Claire Dumont", email="claire.dumont@orange.fr",
             notes="en; parent acting for child Hugo Dumont; rectification; requester fields = writing parent"))

M(frm=("Jolien Kramer", "j.kramer@tessaro-logistics.com"),
  subject="Headshots for 25 employees - quote request",
  date="Mon, 16 Sep 2024 10:34:27 +0200",
  body="""Dear Studio Korrelzout,

We are looking for a photographer for new headshots of about 25 employees at our
office in Roosendaal, preferably in October.

Our DPO asked me to check a few things before we can place an order:
- do you sign a data processing agreement?
- where are the photos stored and for how long?
- do you delete the employee photos from your systems after delivery?

Could you send a quote and your standard terms?

Kind regards,
Jolien Kramer
HR Officer, Tessaro Logistics
""",
  atts=[("Tessaro_DPA_template.docx",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document", False)],
  label=dict(rights=[], lang="en",
             notes="en; NON-DSAR B2B quote request with DPO/processing/deletion questions; DPA template attached"))

M(frm=("Nikolai Petrov", "n.petrov@posteo.de"),
  subject="Objection to processing - Article 21 GDPR",
  date="Tue, 24 Sep 2024 12:00:00 +0300",
  body="""To: Studio Korrelzout (controller)

Subject: Objection to processing and request for restriction

Dear Sir or Madam,

Your privacy notice states that you process the photographs taken of me at the
Breda Jazz Festival 2024 and publish them on your website on the basis of your
legitimate interests (Article 6(1)(f) GDPR).

I hereby object to this processing pursuant to Article 21(1) GDPR on grounds
relating to my particular situation. Pending the verification whether your
legitimate grounds override mine, I request that you restrict the processing of my
personal data in accordance with Article 18(1)(d) GDPR.

Please respond within the period laid down in Article 12(3) GDPR. I reserve the
right to lodge a complaint with the competent supervisory authority (Article 77).

Yours faithfully,
Nikolai Petrov
Lindenstraße 12, 10969 Berlin
""",
  label=dict(rights=["restriction", "objection"], lang="en", name="Nikolai Petrov", email="n.petrov@posteo.de",
             notes="en; generator-style letter; objection Art. 21 + restriction Art. 18(1)(d); Turkey/Moscow offset +0300"))

M(frm=("Mailchimp", "no-reply@mailchimp.com"),
  subject="Studio Korrelzout Nieuwsbrief: someone unsubscribed",
  date="Wed, 2 Oct 2024 04:12:09 -0400",
  html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Studio Korrelzout,</p>
<p><b>l.verbeek@ziggo.nl</b> unsubscribed from your audience <i>Studio Korrelzout
Nieuwsbrief</i>.</p>
<p>Reason given: "I no longer want to receive these emails."</p>
<p>Their contact data will be kept as unsubscribed so they don't receive future
campaigns. You can permanently delete the contact from your audience in the
Audience dashboard.</p>
<p>- The Mailchimp Team</p>
</body></html>""",
  body=None,
  label=dict(rights=[], lang="en",
             notes="en; NON-DSAR Mailchimp unsubscribe notification (HTML-only, US offset); person already handled by the tool"))


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f[:4].isdigit() and f.endswith((".eml", ".json")):
            os.remove(os.path.join(OUT, f))
    for n, s in enumerate(MAILS, 1):
        data, truth = build_one(n, s)
        with open(os.path.join(OUT, "%04d.eml" % n), "wb") as fh:
            fh.write(data)
        with open(os.path.join(OUT, "%04d.json" % n), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d mails to %s" % (len(MAILS), OUT))


if __name__ == "__main__":
    main()
