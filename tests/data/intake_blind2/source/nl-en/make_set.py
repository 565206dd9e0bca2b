#!/usr/bin/env python3
"""Build a blind test set of 60 e-mails for a GDPR/AVG-request intake feature.

Usage:
    python3 make_set.py            # build mails/ and run the self-check
    python3 make_set.py --check    # only check an existing mails/ folder

Deterministic: fixed Message-IDs, MIME boundaries, image seeds and file order.
Only the standard library `email` package is used to build the messages;
Pillow draws the non-ID images.  ID scans are copied from
/work/coord/intake_blind/assets/ (see id_people.json there).
"""
import base64
import datetime as dt
import hashlib
import io
import json
import os
import quopri
import random
import re
import shutil
import sys
import tempfile
from email import policy
from email.header import Header
from email.message import Message
from email.parser import BytesParser
from email.generator import BytesGenerator
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses

from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = "/work/coord/intake_blind/assets"
RIGHTS = ["access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent"]
KEYS = ["file", "is_dsar", "rights", "language", "requester_name", "requester_email",
        "received", "attachments", "representative", "processor", "follow_up",
        "group", "style", "notes"]

# --------------------------------------------------------------------------
# The three fictional studios
# --------------------------------------------------------------------------
LICHTKAMER = ("Fotostudio Lichtkamer", "info@fotostudiolichtkamer.nl")   # Oudegracht 214, 3511 NT Utrecht (NL)
KIEKENDIEF = ("Kiekendief Casting", "bookings@kiekendiefcasting.nl")     # Witte de Withstraat 57, 3012 BN Rotterdam (NL)
LINDEBLAD = ("Studio Lindeblad", "info@studiolindeblad.be")              # Kasteelpleinstraat 31, 2000 Antwerpen (BE)


# --------------------------------------------------------------------------
# Images (deterministic)
# --------------------------------------------------------------------------
def _font(size):
    return ImageFont.load_default(size=size)


def img_portfolio(w, h, seed):
    """A 'portfolio photo': soft background with coloured shapes, JPEG."""
    rnd = random.Random(seed)
    base = tuple(rnd.randint(40, 200) for _ in range(3))
    im = Image.new("RGB", (w, h), base)
    d = ImageDraw.Draw(im)
    for y in range(h):  # vertical gradient
        f = y / h
        d.line([(0, y), (w, y)], fill=tuple(int(c * (1 - 0.5 * f) + 60 * f) for c in base))
    for _ in range(14):
        col = tuple(rnd.randint(0, 255) for _ in range(3))
        x0, y0 = rnd.randint(-w // 6, w), rnd.randint(-h // 6, h)
        x1, y1 = x0 + rnd.randint(w // 12, w // 3), y0 + rnd.randint(h // 12, h // 3)
        kind = rnd.choice(["ellipse", "rect", "poly"])
        if kind == "ellipse":
            d.ellipse([x0, y0, x1, y1], fill=col)
        elif kind == "rect":
            d.rectangle([x0, y0, x1, y1], fill=col)
        else:
            d.polygon([(x0, y1), ((x0 + x1) // 2, y0), (x1, y1)], fill=col)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=82)
    return buf.getvalue()


def img_screenshot(lines, w=900, h=600, title="Instagram"):
    """A screenshot-like PNG with a title bar and lines of text."""
    im = Image.new("RGB", (w, h), (250, 250, 250))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, 44], fill=(235, 235, 238))
    for i, c in enumerate([(255, 95, 87), (255, 189, 46), (39, 201, 63)]):
        d.ellipse([14 + i * 22, 15, 28 + i * 22, 29], fill=c)
    d.text((110, 12), title, fill=(60, 60, 60), font=_font(18))
    y = 70
    for ln in lines:
        d.text((30, y), ln, fill=(20, 20, 20), font=_font(20))
        y += 34
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def img_logo(text, fg, bg=(255, 255, 255), h=72):
    w = 70 + int(_font(20).getlength(text)) + 16
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    d.ellipse([10, 12, 58, 60], fill=fg)
    d.text((70, 24), text, fill=fg, font=_font(20))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def pdf_letter(title, lines):
    """A one-page PDF letter (e.g. a signed authorisation) rendered by Pillow."""
    im = Image.new("RGB", (1240, 1754), "white")
    d = ImageDraw.Draw(im)
    d.text((120, 140), title, fill="black", font=_font(40))
    y = 260
    for ln in lines:
        d.text((120, y), ln, fill="black", font=_font(26))
        y += 44
    d.line([(120, y + 120), (520, y + 90)], fill=(20, 40, 140), width=4)  # "signature"
    d.line([(200, y + 70), (330, y + 130)], fill=(20, 40, 140), width=3)
    buf = io.BytesIO()
    im.save(buf, "PDF", resolution=150.0, title=title, producer="scan",
            creationDate=dt.datetime(2026, 1, 1).timetuple(), modDate=dt.datetime(2026, 1, 1).timetuple())
    return buf.getvalue()


def asset(name):
    with open(os.path.join(ASSETS, name), "rb") as f:
        return f.read()


# --------------------------------------------------------------------------
# MIME helpers (compat32 Message objects, serialised with BytesGenerator)
# --------------------------------------------------------------------------
def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable"):
    p = Message()
    p["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    p["Content-Transfer-Encoding"] = cte
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        assert raw.isascii(), "7bit part with non-ASCII text"
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    return p


def multipart(sub, parts, boundary):
    m = Message()
    m["Content-Type"] = f'multipart/{sub}; boundary="{boundary}"'
    for p in parts:
        m.attach(p)
    return m


def _fnparam(fn):
    return fn if fn.isascii() else ("utf-8", "", fn)


def binary_part(data, ctype, filename, disposition="attachment", cid=None):
    p = Message()
    p.add_header("Content-Type", ctype, name=_fnparam(filename))
    p["Content-Transfer-Encoding"] = "base64"
    if cid:
        p["Content-ID"] = f"<{cid}>"
    p.add_header("Content-Disposition", disposition, filename=_fnparam(filename))
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


def rfc822_part(inner, filename):
    p = Message()
    p["Content-Type"] = "message/rfc822"
    p.add_header("Content-Disposition", "attachment", filename=_fnparam(filename))
    p.set_payload([inner])
    return p


def html_from_text(text):
    """Very small plain->HTML conversion in the style of webmail clients."""
    import html as _h
    out, quote = [], False
    for ln in text.split("\n"):
        if ln.startswith(">"):
            if not quote:
                out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
                quote = True
            out.append(_h.escape(ln.lstrip("> ").rstrip()) + "<br>")
            continue
        if quote:
            out.append("</blockquote>")
            quote = False
        out.append(("<div>" + _h.escape(ln) + "</div>") if ln.strip() else "<div><br></div>")
    if quote:
        out.append("</blockquote>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div dir="ltr">' + "\n".join(out) + "</div></body></html>")


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    if name.isascii():
        return formataddr((name, email))
    return formataddr((name, email), charset=charset)


def hdr(value, charset="utf-8"):
    return value if value.isascii() else Header(value, charset, header_name="Subject")


def D(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


# --------------------------------------------------------------------------
# Attachment specs -> (Message part, truth dict)
# --------------------------------------------------------------------------
def make_att(spec, n):
    kind = spec["kind"]
    fn, ctype = spec["filename"], spec["ctype"]
    if kind == "asset":
        data = asset(spec["src"])
    elif kind == "photo":
        data = img_portfolio(spec["w"], spec["h"], spec["seed"])
    elif kind == "screenshot":
        data = img_screenshot(spec["lines"], title=spec.get("title", "Instagram"))
    elif kind == "logo":
        data = img_logo(spec["text"], spec["fg"])
    elif kind == "pdf":
        data = pdf_letter(spec["title"], spec["lines"])
    else:
        raise ValueError(kind)
    part = binary_part(data, ctype, fn, spec.get("disposition", "attachment"), spec.get("cid"))
    return part, {"filename": fn, "content_type": ctype, "is_id_document": spec["is_id"]}


def ATT(src, filename, ctype="image/jpeg"):
    return {"kind": "asset", "src": src, "filename": filename, "ctype": ctype, "is_id": True}


def PHOTO(filename, w, h, seed):
    return {"kind": "photo", "w": w, "h": h, "seed": seed, "filename": filename,
            "ctype": "image/jpeg", "is_id": False}


def SHOT(filename, lines, title="Instagram"):
    return {"kind": "screenshot", "lines": lines, "title": title, "filename": filename,
            "ctype": "image/png", "is_id": False}


def LOGO(filename, text, fg, cid):
    return {"kind": "logo", "text": text, "fg": fg, "filename": filename, "ctype": "image/png",
            "is_id": False, "disposition": "inline", "cid": cid}


def PDF(filename, title, lines):
    return {"kind": "pdf", "title": title, "lines": lines, "filename": filename,
            "ctype": "application/pdf", "is_id": False}


MAILS = []


def mail(**kw):
    MAILS.append(kw)


# ==========================================================================
#                       THE MAILS — nl-NL (24: 17 requests, 7 not)
# ==========================================================================
mail(key="nl01", group="nl-NL", lang="nl", style="plain", to=LICHTKAMER,
     frm=("Sanne Bakker", "sanne.bakker1994@gmail.com"), subject="vraagje",
     date="2026-02-11 22:41:05 +0100", linesep="\n", form="plain", charset="utf-8", cte="8bit",
     mailer="iPhone Mail (22D63)",
     body="""hoi, wat hebben jullie eigenlijk nog allemaal van mij? heb in 2023 een zwangerschapsshoot bij jullie gedaan 🤰

sanne

Verstuurd vanaf mijn iPhone""",
     truth=dict(is_dsar=True, rights=["access"], requester_name="Sanne Bakker",
                requester_email="sanne.bakker1994@gmail.com",
                notes="One-liner in everyday words, lowercase, no greeting, no legal terms; 'wat hebben jullie nog van mij' = access. Name only in display name (signature is just 'sanne'). 8bit UTF-8 with emoji."))

mail(key="nl02", group="nl-NL", lang="nl", style="formal", to=("Kiekendief Casting", "privacy@kiekendiefcasting.nl"),
     frm=("W. de Jong", "wdejong@kpnmail.nl"), subject="Verzoek om inzage persoonsgegevens (art. 15 AVG)",
     date="2026-03-02 09:15:40 +0100", linesep="\r\n", form="plain", charset="utf-8", cte="quoted-printable",
     atts=[ATT("id_0001.jpg", "ID-kaart W de Jong.jpg")],
     body="""Geachte heer/mevrouw,

Hierbij doe ik een beroep op mijn recht op inzage als bedoeld in artikel 15 van de Algemene verordening gegevensbescherming (AVG).

Ik verzoek u mij te laten weten of Kiekendief Casting persoonsgegevens van mij verwerkt. Indien dat het geval is, verzoek ik u mij een kopie te verstrekken van alle persoonsgegevens die u van mij verwerkt (artikel 15, derde lid, AVG), inclusief foto's, videomateriaal en notities in uw castingdatabase, en mij daarnaast te informeren over:
- de doeleinden van de verwerking;
- de categorieën van persoonsgegevens die worden verwerkt;
- de ontvangers aan wie de gegevens zijn of worden verstrekt, in het bijzonder opdrachtgevers en ontvangers buiten de EER;
- hoe lang de gegevens worden bewaard;
- de bron van de gegevens, als u die niet van mij zelf heeft verkregen;
- het bestaan van geautomatiseerde besluitvorming, waaronder profilering (artikel 22 AVG).

Op grond van artikel 12, derde lid, AVG dient u binnen één maand na ontvangst op dit verzoek te reageren. Dit verzoek laat mijn overige rechten, waaronder die op grond van de artikelen 17 en 21 AVG, onverlet.

Ter identificatie stuur ik een kopie van mijn identiteitskaart mee. Ik stond bij u ingeschreven onder dit e-mailadres.

Ik behoud mij het recht voor een klacht in te dienen bij de Autoriteit Persoonsgegevens indien u niet of niet tijdig reageert.

Met vriendelijke groet,

Wilhelmina de Jong
Populierenlaan 18
1561 KJ Krommenie""",
     truth=dict(is_dsar=True, rights=["access"], requester_name="Wilhelmina de Jong",
                requester_email="wdejong@kpnmail.nl",
                notes="Request-generator letter. Art. 17, 21 and 22 are only cited in passing ('laat onverlet', automated decision info is part of Art. 15) — only access is asked. Display name is 'W. de Jong', full name in signature. NL ID card (front+back photo) attached."))

mail(key="nl03", group="nl-NL", lang="nl", style="plain", to=LICHTKAMER,
     frm=("Kevin Mulder", "kevinmulder88@hotmail.com"), subject="FOTO’S VAN JULLIE SITE HALEN!!!", subject_charset="windows-1252",
     date="2026-05-17 23:58:02 +0200", linesep="\r\n", form="plain", charset="windows-1252", cte="quoted-printable",
     body="""Ik zie net dat mijn foto’s nog steeds op jullie website en op jullie insta staan. Ik heb die shoot gedaan toen ik nog met mijn ex was en ik wil daar echt NIET meer mee geconfronteerd worden. Haal ze er vandaag nog af. Ik ga hier echt niet nog een keer over mailen.

en ja ik weet dat ik toen heb getekend dat het mocht maar dat boeit me niet, ik wil het niet meer

Kevin""",
     truth=dict(is_dsar=True, rights=["withdraw_consent"], requester_name="Kevin Mulder",
                requester_email="kevinmulder88@hotmail.com",
                notes="Angry, caps, no greeting. 'Haal ze eraf' + 'ik heb getekend ... ik wil het niet meer' = withdrawal of consent for publication; no deletion of data asked. windows-1252 QP body and windows-1252 encoded-word subject (curly apostrophe)."))

mail(key="nl04", group="nl-NL", lang="nl", style="plain", to=LICHTKAMER,
     frm=("Fotostudio Lichtkamer", "wordpress@fotostudiolichtkamer.nl"),
     subject="[Fotostudio Lichtkamer] Nieuw bericht via contactformulier",
     date="2026-01-19 14:02:33 +0000", linesep="\n", form="alt", charset="utf-8", cte="quoted-printable",
     html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Er is een nieuw bericht verstuurd via het contactformulier op <a href="https://www.fotostudiolichtkamer.nl/contact">fotostudiolichtkamer.nl</a>.</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td><b>Naam</b></td><td>Daan Visser</td></tr>
<tr><td><b>E-mailadres</b></td><td>daanvisser@ziggo.nl</td></tr>
<tr><td><b>Telefoon</b></td><td>06-41872290</td></tr>
<tr><td><b>Onderwerp</b></td><td>Overig</td></tr>
<tr><td valign="top"><b>Bericht</b></td><td>Goedendag, ik heb in 2021 een portret laten maken voor mijn eigen website (zzp). Ik krijg nog steeds jullie mailtjes en ik zie dat ik ook nog een account heb in jullie klantengalerij. Willen jullie alles van mij verwijderen? Account, foto's, adres, alles. Bedankt!</td></tr>
</table>
<p style="color:#888">--<br>Deze e-mail is verzonden vanaf een contactformulier op Fotostudio Lichtkamer</p>
</body></html>""",
     body="""Er is een nieuw bericht verstuurd via het contactformulier op fotostudiolichtkamer.nl.

Naam: Daan Visser
E-mailadres: daanvisser@ziggo.nl
Telefoon: 06-41872290
Onderwerp: Overig
Bericht:
Goedendag, ik heb in 2021 een portret laten maken voor mijn eigen website (zzp). Ik krijg nog steeds jullie mailtjes en ik zie dat ik ook nog een account heb in jullie klantengalerij. Willen jullie alles van mij verwijderen? Account, foto's, adres, alles. Bedankt!

--
Deze e-mail is verzonden vanaf een contactformulier op Fotostudio Lichtkamer (https://www.fotostudiolichtkamer.nl)""",
     truth=dict(is_dsar=True, rights=["erasure"], requester_name="Daan Visser",
                requester_email="daanvisser@ziggo.nl",
                notes="Contact-form notification: From is the studio's own WordPress address; requester is in the Naam/E-mailadres fields. 'alles van mij verwijderen' = erasure (the mailtjes are the reason, no separate objection asked). Date in UTC from the web server."))

mail(key="nl05", group="nl-NL", lang="nl", style="plain", to=("Ruben Achterberg", "ruben@fotostudiolichtkamer.nl"),
     frm=("Noor Hamdaoui | Fotostudio Lichtkamer", "noor@fotostudiolichtkamer.nl"), subject="Fwd: mijn foto's",
     date="2026-04-08 10:32:19 +0200", linesep="\r\n", form="alt", charset="utf-8", cte="quoted-printable",
     body="""Hoi Ruben,

Deze kwam gisteren binnen op info@. Kun jij kijken wat we van haar hebben? Volgens mij is het de bruiloft van augustus 2024.

Groetjes,
Noor

---------- Doorgestuurd bericht ---------
Van: Fatima el Amrani <f.elamrani@hotmail.com>
Date: di 7 apr 2026 om 20:14
Subject: mijn foto's
To: <info@fotostudiolichtkamer.nl>


Hallo,

Ik zou graag willen weten wat jullie allemaal nog van mij hebben. Foto's, mijn adres, de contracten, alles. Kunnen jullie dat in een zip sturen? Wetransfer mag ook.

Alvast bedankt,
Fatima el Amrani""",
     truth=dict(is_dsar=True, rights=["access"], requester_name="Fatima el Amrani",
                requester_email="f.elamrani@hotmail.com",
                notes="Inline forward by a studio employee to the owner; the data subject is the original sender inside the forward, not From. 'alles in een zip sturen' = access (delivery format, no transfer to another controller)."))

mail(key="nl06", group="nl-NL", lang="nl", style="plain", to=KIEKENDIEF,
     frm=("Tessa van den Broek", "tessa.vdbroek@outlook.com"), subject="Gegevens van onze dochter Lotte verwijderen",
     date="2026-06-03 19:47:51 +0200", linesep="\r\n", form="plain", charset="utf-8", cte="base64",
     atts=[ATT("id_0007.jpg", "IMG_3391.jpg")],
     body="""Beste mensen van Kiekendief,

Onze dochter Lotte van den Broek (13) is vorig jaar op jullie open castingdag in Rotterdam geweest en staat sindsdien in jullie bestand. Zij wil er niet meer mee verder en wij als ouders ook niet. Wij willen graag dat jullie haar foto's, het voorstelfilmpje en al haar gegevens (adres, maten, schoolgegevens) verwijderen.

Ik ben haar moeder en heb het ouderlijk gezag; als bewijs stuur ik een kopie van mijn ID-kaart mee. Als jullie ook iets van Lotte zelf nodig hebben hoor ik het graag.

Met vriendelijke groet,
Tessa van den Broek""",
     truth=dict(is_dsar=True, rights=["erasure"], requester_name="Tessa van den Broek",
                requester_email="tessa.vdbroek@outlook.com",
                representative={"kind": "parent", "data_subject": "Lotte van den Broek"},
                notes="Parent for a 13-year-old. The ID attached is the parent's (Maria Tessa van den Broek), under an uninformative camera filename. 'schoolgegevens' is not a school-as-client situation (open casting day) -> processor false. Base64 body."))

mail(key="nl07", group="nl-NL", lang="nl", style="formal", to=LICHTKAMER,
     frm=("mr. J. Vermeulen", "j.vermeulen@vermeulen-advocatuur.nl"),
     subject="Ons kenmerk 2026-0412 – verzoek ex art. 15 en 17 AVG inzake dhr. M. Yilmaz",
     date="2026-03-23 16:05:00 +0100", linesep="\r\n", form="alt", charset="utf-8", cte="quoted-printable",
     inline=[LOGO("logo_vermeulen.png", "Vermeulen Advocatuur", (30, 50, 90), "logo.vermeulen@advocatuur")],
     atts=[PDF("Machtiging_Yilmaz_getekend.pdf", "MACHTIGING",
               ["Ondergetekende, M. Yilmaz, te Nieuwegein,", "machtigt hierbij mr. J. Vermeulen om namens hem",
                "zijn rechten op grond van de AVG uit te oefenen", "jegens Fotostudio Lichtkamer te Utrecht.", "",
                "Nieuwegein, 19 maart 2026", "", "Handtekening:"])],
     body="""Geachte heer, mevrouw,

Ondergetekende treedt op als advocaat van de heer Mehmet Yilmaz, wonende te Nieuwegein (hierna: "cliënt"). Een door cliënt ondertekende machtiging treft u als bijlage aan.

Cliënt heeft in 2024 bij uw studio een portretshoot voor privégebruik laten verzorgen. Namens cliënt verzoek ik u, onder verwijzing naar artikel 15 AVG, binnen de termijn van artikel 12 lid 3 AVG een volledig overzicht en een kopie te verstrekken van alle persoonsgegevens van cliënt die u verwerkt, inclusief de ruwe beeldbestanden.

Zodra cliënt dit overzicht heeft ontvangen, verzoek ik u vervolgens op grond van artikel 17 AVG alle persoonsgegevens van cliënt te wissen, met uitzondering van hetgeen u op grond van de fiscale bewaarplicht dient te bewaren. Ik verzoek u tevens eventuele ontvangers van deze gegevens hiervan op de hoogte te stellen (artikel 19 AVG).

Correspondentie in deze zaak gelieve u uitsluitend aan ondergetekende te richten.

Met vriendelijke groet,

mr. Jeroen Vermeulen
Vermeulen Advocatuur
Maliesingel 61
3581 BM Utrecht
T 030 - 737 12 40""",
     truth=dict(is_dsar=True, rights=["access", "erasure"], requester_name="Jeroen Vermeulen",
                requester_email="j.vermeulen@vermeulen-advocatuur.nl",
                representative={"kind": "lawyer", "data_subject": "Mehmet Yilmaz"},
                notes="Lawyer ('namens cliënt') with signed authorisation PDF (not an ID document) and an inline signature logo (Content-ID). Two rights in sequence: access first, then erasure. Art. 19 (notify recipients) is not a separate right label."))

mail(key="nl08", group="nl-NL", lang="nl", style="plain", to=LICHTKAMER,
     frm=("Mark de Graaf", "markdegraaf@gmail.com"), subject="foto's Rijnhove",
     date="2026-02-16 08:12:44 +0100", linesep="\n", form="alt", charset="utf-8", cte="quoted-printable",
     body="""Hallo,

Jullie hebben in oktober 2025 de nieuwe teamfoto's en portretten gemaakt voor Zorggroep Rijnhove, mijn werkgever toen. Ik ben daar per 1 februari weg. Rijnhove heeft mijn foto van hun site gehaald, maar ik hoorde van een oud-collega dat alle portretten ook nog bij jullie in het archief staan en in de online galerij waar iedereen van Rijnhove bij kan.

Kunnen jullie mijn portretfoto's en mijn naam uit jullie archief en uit die galerij verwijderen?

Groet,
Mark de Graaf""",
     truth=dict(is_dsar=True, rights=["erasure"], requester_name="Mark de Graaf",
                requester_email="markdegraaf@gmail.com", processor=True,
                notes="Processor situation: the portraits were made for the former employer (Zorggroep Rijnhove), a client of the studio. Asks deletion from archive and gallery = erasure."))

mail(key="nl09", group="nl-NL", lang="nl", style="plain", to=KIEKENDIEF,
     frm=("Yvonne Kok", "yvonne.kok@planet.nl"), subject="RE: inzage gegevens - nog steeds geen reactie",
     date="2026-04-14 13:37:08 +0200", linesep="\r\n", form="plain", charset="iso-8859-1", cte="7bit",
     mailer="Microsoft Outlook 16.0",
     body="""Goedemiddag,

Op 3 maart heb ik jullie gevraagd welke gegevens en foto's jullie van mij hebben (zie hieronder). Ik heb alleen een automatisch bericht gekregen en verder niets. Inmiddels is het ruim een maand later. Volgens mij moeten jullie binnen een maand antwoorden.

Graag alsnog een overzicht van alles wat jullie van mij bewaren. Als ik voor 1 mei niets hoor, dien ik een klacht in bij de Autoriteit Persoonsgegevens.

Yvonne Kok

-----Oorspronkelijk bericht-----
Van: Yvonne Kok <yvonne.kok@planet.nl>
Verzonden: dinsdag 3 maart 2026 11:20
Aan: bookings@kiekendiefcasting.nl
Onderwerp: inzage gegevens

Hallo,

Ik heb in 2019 en 2020 bij jullie ingeschreven gestaan als model. Kunnen jullie mij laten weten welke gegevens en foto's jullie nog van mij hebben?

Met vriendelijke groet,
Yvonne Kok""",
     truth=dict(is_dsar=True, rights=["access"], requester_name="Yvonne Kok",
                requester_email="yvonne.kok@planet.nl", follow_up=True,
                notes="Reminder about an access request of 3 March, original quoted below in Outlook style. Mentions the AP only as a threat. iso-8859-1 declared, pure ASCII 7bit."))

mail(key="nl10", group="nl-NL", lang="nl", style="plain", to=LICHTKAMER,
     frm=("Eva de Wit", "evadewit@xs4all.nl"), subject="Naamswijziging + nieuwsbrief",
     date="2026-01-08 20:03:11 +0100", linesep="\r\n", form="alt", charset="utf-8", cte="base64",
     body="""Hoi Ruben,

Twee administratieve dingetjes: ik ben in december getrouwd en heet nu Eva Kramer-de Wit. Willen jullie dat aanpassen in jullie klantgegevens? Mijn nieuwe mailadres is eva@kramerdewit.nl, het oude xs4all-adres verdwijnt binnenkort.

En wil je me ook van de nieuwsbrief afhalen? Ik heb niks tegen jullie hoor, maar ik krijg er gewoon te veel.

Liefs,
Eva""",
     truth=dict(is_dsar=True, rights=["rectification", "objection"], requester_name="Eva de Wit",
                requester_email="evadewit@xs4all.nl",
                notes="Two rights: name/e-mail change (rectification) and 'van de nieuwsbrief afhalen' (objection to direct marketing). The new surname and new address eva@kramerdewit.nl are rectification data, not the requester's address. Base64 bodies."))

mail(key="nl11", group="nl-NL", lang="nl", style="plain", to=LICHTKAMER,
     frm=("Joyce Hendriks", "joyce.hendriks@gmail.com"), subject="Boeking gezinsshoot juni",
     date="2026-04-22 12:25:49 +0200", linesep="\n", form="plain", charset="utf-8", cte="quoted-printable",
     body="""Hallo!

Wij (ik, mijn vriend Tim en onze twee kids van 3 en 6) willen graag een gezinsshoot boeken, het liefst op zaterdag 13 juni in de ochtend, buiten in het Wilhelminapark als dat kan. Wat kost het pakket met 15 foto's?

Ander puntje: ik ben in 2019 al eens bij jullie geweest voor een shoot met mijn toenmalige partner. Die foto's en gegevens hoeven jullie niet meer te bewaren, mogen jullie die verwijderen? Liever niet dat die nog ergens rondzwerven.

Groetjes,
Joyce Hendriks
06-12345678""",
     truth=dict(is_dsar=True, rights=["erasure"], requester_name="Joyce Hendriks",
                requester_email="joyce.hendriks@gmail.com",
                notes="Booking mixed with a request: the erasure of the 2019 photos/data is in the second paragraph of an ordinary booking mail."))

mail(key="nl12", group="nl-NL", lang="nl", style="plain", to=LICHTKAMER,
     frm=("Bas Koster", "bas.koster@live.nl"), subject="NIET verwijderen - bruiloftsfoto's 2022",
     date="2026-07-09 10:51:22 +0200", linesep="\r\n", form="plain", charset="utf-8", cte="7bit",
     body="""Beste Ruben,

Ik heb gehoord dat mijn ex-vrouw jullie heeft gevraagd om alle bruiloftsfoto's van 2022 te verwijderen. Ik wil jullie vragen dat NIET te doen. We zitten midden in een procedure over de verdeling en de foto's (en de factuur en het contract) zijn voor mij belangrijk als bewijs.

Graag bewaren, maar verder nergens meer voor gebruiken (niet op de site, niet in jullie portfolio, niet doorsturen aan anderen) totdat de procedure is afgerond. Mijn advocaat kan dat desgewenst bevestigen.

Met vriendelijke groet,
Bas Koster""",
     truth=dict(is_dsar=True, rights=["restriction"], requester_name="Bas Koster",
                requester_email="bas.koster@live.nl",
                notes="'Niet verwijderen, bewaren maar niet gebruiken' for a legal dispute = restriction. Mentions the ex's erasure request and 'mijn advocaat', but he writes himself (no representative)."))

mail(key="nl13", group="nl-NL", lang="nl", style="plain", to=KIEKENDIEF,
     frm=("Peter Smit", "psmit1971@hetnet.nl"), subject="afmelden!!!",
     date=None, linesep="\r\n", form="plain", charset="windows-1252", cte="8bit",
     received_hdr="from mx.hetnet.nl (mx.hetnet.nl [194.151.228.12]) by mx1.kiekendiefcasting.nl with ESMTPS id 7A1C2D; Mon, 9 Mar 2026 07:14:03 +0100",
     body="""Hou nou eens op… ik wil jullie nieuwsbrief en castingoproepen NIET meer ontvangen. Die afmeldlink onderaan werkt niet, heb het al 2x geprobeerd. Haal mijn adres eraf.

P. Smit""",
     truth=dict(is_dsar=True, rights=["objection"], requester_name="Peter Smit",
                requester_email="psmit1971@hetnet.nl",
                notes="No Date header at all (received=null); a Received header carries a timestamp, which must not be used. 'Haal mijn adres eraf' refers to the mailing list = objection to direct marketing, not full erasure. windows-1252 8bit (ellipsis byte 0x85). Not a follow_up: the earlier attempts were clicks on the broken unsubscribe link, not a mail to the studio."))

mail(key="nl14", group="nl-NL", lang="nl", style="plain", to=KIEKENDIEF,
     frm=("Lisa Meijer", "lisameijer@icloud.com"), subject="Intrekken toestemming",
     date="2026-09-14 07:30:18 +0200", linesep="\n", form="alt", charset="utf-8", cte="quoted-printable",
     body="""Geachte heer/mevrouw,

In 2023 heb ik via jullie bureau meegewerkt aan een campagne voor een kledingmerk en heb ik een modelovereenkomst en een toestemmingsformulier getekend. Ik trek hierbij mijn toestemming in voor het verdere gebruik van mijn foto's in jullie portfolio, op jullie website en op social media.

Daarnaast wil ik graag dat jullie al mijn gegevens uit jullie modellenbestand verwijderen; ik ben gestopt met modellenwerk.

Kunt u bevestigen wanneer dit is gebeurd?

Met vriendelijke groet,
Lisa Meijer""",
     truth=dict(is_dsar=True, rights=["erasure", "withdraw_consent"], requester_name="Lisa Meijer",
                requester_email="lisameijer@icloud.com",
                notes="Two rights: explicit withdrawal of consent for portfolio/website/social and deletion from the model file. The clothing-brand campaign does not make the agency a processor for its own model file."))

mail(key="nl15", group="nl-NL", lang="nl", style="plain", to=LICHTKAMER,
     frm=("Anna Vos", "anna.vos@proton.me"), subject="Bestanden overzetten naar nieuwe fotograaf",
     date="2026-10-02 15:44:09 +0200", linesep="\r\n", form="alt", charset="utf-8", cte="quoted-printable",
     atts=[ATT("id_0002.jpg", "ID achterkant.jpg")],
     body="""Hoi,

Ik ben vorig jaar bij jullie begonnen met het fotoboek-abonnement (elk kwartaal een shoot). Ik stop ermee omdat we naar Groningen verhuizen. Kunnen jullie alle bestanden van mijn shoots en mijn klantprofiel (de gegevens die ik in jullie app heb ingevuld) rechtstreeks overzetten naar mijn nieuwe fotograaf, Studio Noorderlicht in Groningen? Hun adres is upload@studionoorderlicht.nl. Graag in een gangbaar formaat, JPG voor de foto's en CSV of zo voor de rest.

Kopie van mijn ID zit erbij (alleen de achterkant, de voorkant kreeg ik niet scherp).

Groet,
Anna Vos""",
     truth=dict(is_dsar=True, rights=["portability"], requester_name="Anna Vos",
                requester_email="anna.vos@proton.me",
                notes="Direct transfer to another photographer in a common format = portability. upload@studionoorderlicht.nl is the receiving studio, not the requester. Attached ID is the back side only."))

mail(key="nl16", group="nl-NL", lang="nl", style="plain", to=KIEKENDIEF,
     frm=("Kim Smit | Hoogland Logistiek", "kim.smit@hooglandlogistiek.nl"), reply_to=("Kim Smit", "kimsmit.prive@gmail.com"),
     subject="Vraag over mijn gegevens", mailer="Microsoft Outlook 16.0",
     date="2026-05-06 09:02:17 +0200", linesep="\r\n", form="alt", charset="windows-1252", cte="quoted-printable",
     body="""Hallo,

Sorry dat ik vanaf mijn werkmail stuur, mijn privémail doet raar. Ik heb een paar jaar geleden bij jullie in het bestand gestaan (als Kim Smit, geboren 1998). Ik wil graag weten welke gegevens jullie nog van mij hebben en of mijn foto's nog naar klanten worden gestuurd.

Antwoord graag naar mijn privéadres (kimsmit.prive@gmail.com), niet naar dit werkadres.

Groetjes,
Kim

Kim Smit | Planner
Hoogland Logistiek B.V. | Industrieweg 12 | 3762 EK Soest
Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.""",
     truth=dict(is_dsar=True, rights=["access"], requester_name="Kim Smit",
                requester_email="kimsmit.prive@gmail.com",
                notes="Reply-To differs from From (work account); requester_email is the Reply-To. The employer in the signature is NOT a client of the agency (processor false). Corporate disclaimer. windows-1252 QP."))

mail(key="nl17", group="nl-NL", lang="nl", style="plain", to=KIEKENDIEF,
     frm=("Dewi Pattinama", "dewi.pattinama@gmail.com"), subject="Verkeerde naam bij mijn foto op jullie site",
     date="2026-08-19 17:12:40 +0200", linesep="\n", form="html", charset="utf-8", cte="quoted-printable",
     body="""<div dir="ltr"><div>Hoi Kiekendief,</div><div><br></div><div>Op jullie website bij de modellen (pagina &quot;Women&quot;) staat bij mijn foto de naam <b>Dewi Patinama</b>, met één t. Dat moet Pattinama zijn, met twee t&#39;s. Mijn lengte klopt ook niet meer, ik ben 1,74 en niet 1,71. Kunnen jullie dat aanpassen in mijn profiel?</div><div><br></div><div>Dankjewel!</div><div>Dewi</div></div>""",
     truth=dict(is_dsar=True, rights=["rectification"], requester_name="Dewi Pattinama",
                requester_email="dewi.pattinama@gmail.com",
                notes="HTML-only mail (no text/plain). Correct misspelt name and height = rectification; the photo itself stays online (no withdrawal)."))

# ---------------- nl-NL non-requests ----------------
mail(key="nl18", group="nl-NL", lang="nl", style="plain", to=LICHTKAMER,
     frm=("Merel van Leeuwen", "merelvanleeuwen@gmail.com"), subject="Newbornshoot aanvragen",
     date="2026-03-10 11:09:30 +0100", linesep="\n", form="alt", charset="utf-8", cte="quoted-printable",
     atts=[PHOTO("inspiratie.jpg", 1200, 800, 18)],
     body="""Hallo,

Ik ben uitgerekend op 28 april en we zouden graag een newbornshoot willen in de eerste twee weken na de geboorte, het liefst bij ons thuis in Houten. Ik heb een foto bijgevoegd van de sfeer die we mooi vinden (van Pinterest).

Wat zijn de kosten en hoe werkt het met inplannen als de baby eerder of later komt?

Groetjes,
Merel""",
     truth=dict(is_dsar=False, notes="Ordinary booking enquiry with a 3:2 inspiration photo (not an ID)."))

mail(key="nl19", group="nl-NL", lang="nl", style="plain", to=LICHTKAMER,
     frm=("Administratie Bakkerij Verhoef", "administratie@bakkerijverhoef.nl"), subject="Factuur 2026-0143",
     date="2026-02-25 14:40:00 +0100", linesep="\r\n", form="alt", charset="utf-8", cte="quoted-printable",
     body="""Goedemiddag,

Wij hebben uw factuur 2026-0143 ontvangen voor de productfotografie van 12 februari. Er staan 4 uur in rekening gebracht, terwijl in de offerte (O-2026-022) 3 uur was afgesproken. Kunt u een creditnota sturen of de factuur aanpassen? Ons inkoopordernummer moet er ook nog op: PO-55871.

Met vriendelijke groet,

Ingrid Verhoef
Bakkerij Verhoef B.V.
Dorpsstraat 3, 3732 HJ De Bilt""",
     truth=dict(is_dsar=False, notes="Invoice question. 'factuur aanpassen' is a billing correction, not rectification of personal data."))

mail(key="nl20", group="nl-NL", lang="nl", style="plain", to=KIEKENDIEF,
     frm=("Roos Dekker", "roos.dekker@dekkerhr.nl"),
     subject="Automatisch antwoord: Uw inzageverzoek (AVG) – ons kenmerk KC-2026-011",
     date="2026-07-27 16:20:41 +0200", linesep="\r\n", form="plain", charset="utf-8", cte="quoted-printable",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("In-Reply-To", "<kc-2026-011.reply@kiekendiefcasting.nl>")],
     body="""Bedankt voor uw bericht.

Ik ben afwezig tot en met maandag 10 augustus en heb beperkt toegang tot mijn e-mail. Uw bericht wordt niet doorgestuurd. Voor dringende zaken kunt u contact opnemen met mijn collega Hans Bosman via hans.bosman@dekkerhr.nl of 033 - 456 78 90.

Met vriendelijke groet,
Roos Dekker""",
     truth=dict(is_dsar=False, notes="Out-of-office auto-reply (Auto-Submitted) whose subject repeats the studio's 'Uw inzageverzoek (AVG)' subject. Not a request."))

mail(key="nl21", group="nl-NL", lang="nl", style="plain", to=LICHTKAMER,
     frm=("Fotolab Kleurrijk", "nieuwsbrief@fotolabkleurrijk.nl"),
     subject="Nieuw: lay-flat fotoboeken 📸 + update van onze privacyverklaring",
     date="2026-05-26 07:00:00 +0000", linesep="\r\n", form="html", charset="utf-8", cte="quoted-printable",
     extra=[("List-Unsubscribe", "<https://fotolabkleurrijk.nl/afmelden?u=8841>"), ("Precedence", "bulk")],
     body="""<html><body style="background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<h1 style="color:#e4572e">Nieuw: lay-flat fotoboeken</h1>
<p>Beste fotograaf,</p>
<p>Vanaf 1 juni leveren wij al onze fotoboeken ook met lay-flat binding. Panoramafoto's over twee pagina's, zonder naad in het midden. Introductieprijs: 15% korting t/m 30 juni met code <b>LAYFLAT15</b>.</p>
<h2>Update privacyverklaring</h2>
<p>In verband met de AVG hebben wij onze privacyverklaring bijgewerkt. Wij bewaren uploadbestanden nu maximaal 60 dagen. U kunt uw gegevens altijd inzien, laten corrigeren of laten verwijderen via uw account of via privacy@fotolabkleurrijk.nl.</p>
<p style="font-size:11px;color:#999">Fotolab Kleurrijk B.V. · Zwolle · <a href="https://fotolabkleurrijk.nl/afmelden?u=8841">Afmelden voor deze nieuwsbrief</a></p>
</td></tr></table></body></html>""",
     truth=dict(is_dsar=False, notes="Supplier newsletter (HTML only, bulk, List-Unsubscribe) that talks about AVG, privacy policy, inzien/corrigeren/verwijderen — all as information for the reader. Emoji in RFC 2047 subject."))

mail(key="nl22", group="nl-NL", lang="nl", style="plain", to=LICHTKAMER,
     frm=("AVG Compliance Check", "info@avg-snelscan.info"), subject="Is uw fotostudio AVG-proof? Boetes tot €20 miljoen", subject_charset="windows-1252",
     date="2026-06-15 03:12:55 -0700", linesep="\n", form="plain", charset="windows-1252", cte="8bit",
     body="""Beste ondernemer,

Wist u dat de Autoriteit Persoonsgegevens steeds vaker boetes uitdeelt aan kleine bedrijven? Fotografen en studio’s verwerken veel persoonsgegevens: portretten, adressen, soms zelfs gegevens van kinderen.

Heeft u alles op orde?
– een verwerkersovereenkomst met uw opdrachtgevers
– een procedure voor inzageverzoeken en verwijderverzoeken (binnen één maand!)
– een actuele privacyverklaring op uw website

Doe nu de GRATIS AVG-scan en ontvang binnen 24 uur uw rapport. Normaal €249, nu €0.

Start de scan: http://avg-snelscan.info/start

Wilt u geen berichten meer ontvangen? Antwoord dan met STOP.""",
     truth=dict(is_dsar=False, notes="Spam about AVG compliance: full of GDPR terms (inzageverzoeken, verwijderverzoeken) but no request. windows-1252 8bit with € and en-dash bytes; windows-1252 encoded-word subject."))

mail(key="nl23", group="nl-NL", lang="nl", style="plain", to=LICHTKAMER,
     frm=("Marloes Peters", "marloes.peters@gmail.com"), subject="Re: Jullie foto's staan klaar! 📷",
     date="2025-12-05 09:14:33 +0100", linesep="\n", form="alt", charset="utf-8", cte="quoted-printable",
     extra=[("In-Reply-To", "<galerij.peters.20251204@fotostudiolichtkamer.nl>")],
     body="""Wauw, wat zijn ze mooi geworden!! Opa en oma waren helemaal ontroerd. Heel erg bedankt, we komen zeker terug.

Groetjes Marloes

Op do 4 dec 2025 om 16:02 schreef Fotostudio Lichtkamer <info@fotostudiolichtkamer.nl>:
> Beste Marloes,
>
> De foto's van jullie familieshoot staan klaar in je persoonlijke galerij:
> https://galerij.fotostudiolichtkamer.nl/peters-familie
>
> De galerij blijft 3 maanden online. Conform de AVG bewaren wij de
> originele bestanden daarna nog 12 maanden en verwijderen we ze
> vervolgens. Wil je inzage in je gegevens, een kopie, of wil je dat we
> alles eerder verwijderen? Stuur dan een mailtje naar
> privacy@fotostudiolichtkamer.nl.
>
> Hartelijke groet,
> Ruben Achterberg
> Fotostudio Lichtkamer
> Oudegracht 214, 3511 NT Utrecht""",
     truth=dict(is_dsar=False, notes="Thank-you reply; every privacy word (AVG, inzage, kopie, verwijderen) is in the quoted studio text only."))

mail(key="nl24", group="nl-NL", lang="nl", style="plain", to=("Priya Ramdin", "priya@kiekendiefcasting.nl"),
     frm=("Ilse Jansen", "ilse.jansen@gmail.com"), subject="Inschrijving Kiekendief – Ilse Jansen",
     date="2026-06-22 21:18:05 +0200", linesep="\r\n", form="alt", charset="utf-8", cte="quoted-printable",
     atts=[ATT("id_0010.pdf", "Paspoort_IlseJansen.pdf", "application/pdf"),
           PHOTO("ilse_portret_1.jpg", 1024, 768, 241), PHOTO("ilse_fullbody.jpg", 1200, 800, 242)],
     body="""Hoi Priya,

Zoals besproken aan de telefoon hierbij mijn inschrijving. Zoals gevraagd een kopie van mijn paspoort (voor de quitclaim en de loonadministratie) en twee recente foto's.

Lengte 1,78 m, confectiemaat 36, schoenmaat 40. Ik ben beschikbaar vanaf juli, ook voor opdrachten in België.

Groetjes,
Ilse Jansen
06-28 44 19 07""",
     truth=dict(is_dsar=False, notes="Model registration, not a request, although an ID document (NL passport PDF) is attached because the agency asked for it. Two 4:3/3:2 portfolio photos."))

# ==========================================================================
#                       nl-BE (16: 11 requests, 5 not)
# ==========================================================================
mail(key="be01", group="nl-BE", lang="nl", style="plain", to=LINDEBLAD,
     frm=("Jan Goossens", "jan.goossens@telenet.be"), subject="Verwijderen van mijn gegevens",
     date="2026-01-27 18:20:41 +0100", linesep="\r\n", form="plain", charset="iso-8859-1", cte="8bit",
     body="""Beste,

In 2022 hebt ge bij ons de foto's gemaakt van de communie van onze Jonas. Dat was heel mooi, daar niet van. Maar ik zou nu graag hebben dat ge al mijn gegevens uit uw klantenbestand verwijdert: naam, adres, telefoonnummer en de facturen voor zover dat mag.

Gelieve mij één kort bericht te sturen als dat gebeurd is.

Met vriendelijke groeten,
Jan Goossens
Lier""",
     truth=dict(is_dsar=True, rights=["erasure"], requester_name="Jan Goossens",
                requester_email="jan.goossens@telenet.be",
                notes="Polite Flemish ('ge', 'gelieve'), no legal terms. Asks deletion of HIS OWN data (the son is only context) -> no representative. iso-8859-1 8bit."))

mail(key="be02", group="nl-BE", lang="nl", style="formal", to=LINDEBLAD,
     frm=("Marie-Thérèse De Backer", "mt.debacker@skynet.be"), frm_charset="iso-8859-1",
     subject="Verzoek tot inzage artikel 15 AVG - Marie-Thérèse De Backer", subject_charset="iso-8859-1",
     date="2026-03-16 10:02:57 +0100", linesep="\r\n", form="plain", charset="iso-8859-1", cte="quoted-printable",
     atts=[ATT("id_0004.jpg", "eID_Marie-Thérèse_De_Backer.jpg")],
     body="""Geachte heer, mevrouw,

Overeenkomstig artikel 15 van de Algemene Verordening Gegevensbescherming (AVG) verzoek ik u mij mee te delen of Studio Lindeblad persoonsgegevens over mij verwerkt en, zo ja, mij een kopie van die gegevens te bezorgen (artikel 15.3 AVG), met inbegrip van alle foto- en videobeelden waarop ik herkenbaar ben.

Gelieve mij tevens de volgende informatie te verstrekken: de verwerkingsdoeleinden, de rechtsgrond, de ontvangers, de bewaartermijn en de herkomst van de gegevens.

Ik wijs u erop dat u overeenkomstig artikel 12.3 AVG over een termijn van één maand beschikt om op dit verzoek te antwoorden. Bij gebrek aan antwoord binnen deze termijn behoud ik mij het recht voor een klacht in te dienen bij de Gegevensbeschermingsautoriteit (GBA).

Ter staving van mijn identiteit voeg ik een kopie van de voorzijde van mijn identiteitskaart toe.

Hoogachtend,

Marie-Thérèse De Backer
Brederodestraat 77
2018 Antwerpen""",
     truth=dict(is_dsar=True, rights=["access"], requester_name="Marie-Thérèse De Backer",
                requester_email="mt.debacker@skynet.be",
                notes="Formal Belgian access request (Art. 12.3, 15, 15.3, GBA in passing). iso-8859-1 everywhere: Q-encoded display name and subject, QP body; RFC 2231 encoded attachment filename with diacritics. BE eID front scan."))

mail(key="be03", group="nl-BE", lang="nl", style="plain", to=LINDEBLAD,
     frm=("Studio Lindeblad", "no-reply@formulieren.studiolindeblad.be"), reply_to=("Jens Wuyts", "jenswuyts@gmail.com"),
     subject="Nieuw formulier ingediend: Contact",
     date="2026-04-14 20:51:09 +0000", linesep="\n", form="alt", charset="utf-8", cte="quoted-printable",
     html="""<html><body><p>Je hebt een nieuw formulier ontvangen via <b>studiolindeblad.be</b></p>
<p><b>Voornaam:</b> Jens<br><b>Achternaam:</b> Wuyts<br><b>E-mail:</b> jenswuyts@gmail.com<br><b>GSM:</b> 0478 12 34 56<br>
<b>Bericht:</b> kunnen jullie mij uit jullie mailinglijst halen aub, ik krijg elke week promo's. en de foto van mij en mijn vriendin op jullie website bij 'koppelshoots' mag er ook af, we zijn niet meer samen</p>
<p style="color:#999">Verzonden op: 14/04/2026 22:51</p></body></html>""",
     body="""Je hebt een nieuw formulier ontvangen via studiolindeblad.be

Voornaam: Jens
Achternaam: Wuyts
E-mail: jenswuyts@gmail.com
GSM: 0478 12 34 56
Bericht: kunnen jullie mij uit jullie mailinglijst halen aub, ik krijg elke week promo's. en de foto van mij en mijn vriendin op jullie website bij 'koppelshoots' mag er ook af, we zijn niet meer samen

Verzonden op: 14/04/2026 22:51""",
     truth=dict(is_dsar=True, rights=["objection", "withdraw_consent"], requester_name="Jens Wuyts",
                requester_email="jenswuyts@gmail.com",
                notes="Contact-form notification (From = studio no-reply, Reply-To = submitter, same as the E-mail field). Two rights in one lowercase sentence each: off the mailing list (objection) and photo off the website (withdraw_consent). Name split over Voornaam/Achternaam. Date header in UTC, local time 22:51 in the body."))

mail(key="be04", group="nl-BE", lang="nl", style="plain", to=LINDEBLAD,
     frm=("Kristof Van Damme", "kristof.vandamme@telenet.be"), subject="Foto van ons zoontje op Facebook",
     date="2026-11-05 07:45:10 +0100", linesep="\r\n", form="plain", charset="utf-8", cte="quoted-printable",
     body="""Dag,

Op de fotodag van de Sint-Jozefschool in Berchem (oktober) hebt gij de klasfoto's en portretjes gemaakt. Nu zie ik dat er een foto van ons zoontje Lucas Van Damme (9 jaar, 3de leerjaar) op de Facebookpagina van Studio Lindeblad staat, als reclame voor jullie schoolfotografie. Daar hebben wij nooit toestemming voor gegeven en dat willen wij ook niet.

Gelieve die foto zo snel mogelijk van Facebook en van uw website te halen.

Vriendelijke groeten,
Kristof Van Damme
papa van Lucas""",
     truth=dict(is_dsar=True, rights=["withdraw_consent"], requester_name="Kristof Van Damme",
                requester_email="kristof.vandamme@telenet.be", processor=True,
                representative={"kind": "parent", "data_subject": "Lucas Van Damme"},
                notes="Father for a 9-year-old; photos made on a school photo day for the school (processor). 'Van Facebook en website halen' = withdraw_consent by convention, even though he says consent was never given. No erasure of the school photos asked."))

mail(key="be05", group="nl-BE", lang="nl", style="plain", to=LINDEBLAD,
     frm=("Wouter Mertens", "wouter.mertens@gmail.com"), subject="Herinnering: mijn vraag van 12 januari",
     date="2026-02-23 08:05:44 +0100", linesep="\n", form="alt", charset="utf-8", cte="quoted-printable",
     body="""Goeiedag,

Op 12 januari heb ik u gevraagd welke persoonsgegevens Studio Lindeblad over mij bijhoudt (ik heb in 2024 een portretreeks bij u laten maken). Intussen zijn we meer dan een maand verder en ik heb nog altijd niets ontvangen, zelfs geen ontvangstbevestiging.

Gelieve mij alsnog een overzicht en een kopie van mijn gegevens te bezorgen. Zonder antwoord binnen de tien dagen zal ik mij tot de Gegevensbeschermingsautoriteit wenden.

Mvg,
Wouter Mertens

Op ma 12 jan 2026 om 09:31 schreef Wouter Mertens <wouter.mertens@gmail.com>:
> Beste,
> Mag ik weten welke gegevens jullie van mij hebben? Ik heb in 2024 een
> portretreeks bij jullie laten maken.
> Alvast bedankt,
> Wouter""",
     truth=dict(is_dsar=True, rights=["access"], requester_name="Wouter Mertens",
                requester_email="wouter.mertens@gmail.com", follow_up=True,
                notes="Reminder about an access request of 12 January, original quoted underneath (the quoted mail is the requester's own, not the studio's). GBA threatened."))

mail(key="be06", group="nl-BE", lang="nl", style="formal", to=LINDEBLAD,
     frm=("Sofie Verstraete", "sofie.verstraete@hotmail.be"), subject="Betwisting gegevens en vraag om kopie",
     date="2026-05-19 14:27:36 +0200", linesep="\r\n", form="alt", charset="utf-8", cte="quoted-printable",
     atts=[ATT("id_0005.jpg", "identiteitskaart.jpg"),
           SHOT("betalingsbewijs_KBC.png", ["KBC Mobile - Overschrijving uitgevoerd", "", "Begunstigde: Studio Lindeblad",
                                            "Rekening: BE71 0961 2345 6769", "Bedrag: EUR 385,00",
                                            "Mededeling: +++120/4471/00931+++", "Uitvoeringsdatum: 03/02/2026"],
                title="KBC Mobile")],
     body="""Geachte,

Via een kennis vernam ik dat Studio Lindeblad in haar klantenbestand en op facturen een verkeerd adres en een verkeerde geboortedatum van mij gebruikt, en dat ik als wanbetaler geregistreerd sta voor een factuur die ik wel degelijk betaald heb.

Ik vraag u:
1. mij een kopie te bezorgen van alle gegevens die u over mij bijhoudt, zodat ik kan nagaan wat er precies staat;
2. het gebruik van die gegevens te beperken (artikel 18 AVG) zolang de juistheid ervan niet is nagekeken. Gelieve ze in die periode niet door te geven aan een incassobureau.

In bijlage een kopie van mijn identiteitskaart en het betalingsbewijs.

Met vriendelijke groeten,
Sofie Verstraete""",
     truth=dict(is_dsar=True, rights=["access", "restriction"], requester_name="Sofie Verstraete",
                requester_email="sofie.verstraete@hotmail.be",
                notes="Contests accuracy but asks only for a copy and for restriction while it is checked — not (yet) rectification. Two attachments: BE eID (ID) and a banking-app screenshot (not ID)."))

mail(key="be07", group="nl-BE", lang="nl", style="plain", to=LINDEBLAD,
     frm=("Hilde Janssens", "hilde.janssens@scarlet.be"), subject="Gegevens van mijn moeder",
     date="2026-09-29 11:11:11 +0200", linesep="\n", form="plain", charset="utf-8", cte="base64",
     body="""Beste,

Ik schrijf u namens mijn moeder, mevrouw Godelieve Janssens-Peeters (82), die zelf geen e-mail heeft. Zij heeft in 2018 bij u een portret laten maken voor haar 75ste verjaardag. Zij krijgt nog steeds post van u op haar oude adres, en ze verhuist nu naar een woonzorgcentrum.

Zij wil graag dat al haar gegevens bij u gewist worden. Ze heeft mij daarvoor een volmacht gegeven, die ik kan doorsturen als ge dat nodig hebt.

Met vriendelijke groeten,
Hilde Janssens""",
     truth=dict(is_dsar=True, rights=["erasure"], requester_name="Hilde Janssens",
                requester_email="hilde.janssens@scarlet.be",
                representative={"kind": "other", "data_subject": "Godelieve Janssens-Peeters"},
                notes="Adult daughter writes 'namens mijn moeder' with a power of attorney (not attached): representative kind other. The old postal address mention is context, not rectification."))

mail(key="be08", group="nl-BE", lang="nl", style="plain", to=LINDEBLAD,
     frm=("Emma Simon", "emma.simon@outlook.be"), subject="Mijn portret bij Vercauteren",
     date="2026-10-13 16:50:03 +0200", linesep="\r\n", form="plain", charset="utf-8", cte="quoted-printable",
     atts=[ATT("id_0009.pdf", "scan eID.pdf", "application/pdf")],
     body="""Hallo,

Jullie hebben in 2024 de portretfoto's gemaakt van alle bedienden van Bouwbedrijf Vercauteren nv, voor hun website en jaarverslag. Ik werk daar sinds 1 september niet meer. Vercauteren zegt dat ik voor de foto's bij jullie moet zijn omdat jullie de bestanden bewaren.

Mogen jullie mijn foto's en gegevens verwijderen? In bijlage een scan van mijn eID.

Dank u,
Emma Simon""",
     truth=dict(is_dsar=True, rights=["erasure"], requester_name="Emma Simon",
                requester_email="emma.simon@outlook.be", processor=True,
                notes="Processor: staff portraits made for the employer Bouwbedrijf Vercauteren (studio's client). Erasure. BE eID back side as scanned PDF."))

mail(key="be09", group="nl-BE", lang="nl", style="plain", to=("Lien Claes", "lien@studiolindeblad.be"),
     frm=("Nathalie Dubois", "nathalie.dubois@telenet.be"), subject="Babyborrel 3 oktober + nieuw e-mailadres",
     date="2026-08-03 19:30:00 +0200", linesep="\n", form="alt", charset="utf-8", cte="quoted-printable",
     body="""Hallo Lien,

We zouden graag een fotograaf boeken voor de babyborrel van ons dochtertje op zaterdag 3 oktober, van 14u tot 17u in zaal De Kroon in Mechelen. Is er nog plaats? Graag een offerte voor 2 uur reportage.

En nog iets: mijn telenet-adres wordt binnenkort opgeheven. Kunt ge in jullie klantenbestand mijn e-mailadres veranderen naar nathalie.dubois.mechelen@gmail.com? Mijn adres is nu ook Kapelstraat 8, 2800 Mechelen (niet meer Lier).

Groetjes,
Nathalie""",
     truth=dict(is_dsar=True, rights=["rectification"], requester_name="Nathalie Dubois",
                requester_email="nathalie.dubois@telenet.be",
                notes="Booking mixed with a rectification (new e-mail and postal address). The new gmail address in the body is rectification data; requester_email stays the From address."))

mail(key="be10", group="nl-BE", lang="nl", style="plain", to=LINDEBLAD,
     frm=("marie peeters", "mariepeeters03@gmail.com"), subject=None,
     date="2026-03-11 18:15:40 +0100", linesep="\n", form="plain", charset="utf-8", cte="8bit",
     atts=[ATT("id_0003.jpg", "IMG_20260311_181502.jpg", "application/octet-stream")],
     body="""wa hebt ge allemaal van mij opgeslagen? ik wil da weten. mijn id zit erbij

Verzonden vanaf mijn Samsung Galaxy-smartphone.""",
     truth=dict(is_dsar=True, rights=["access"], requester_name="marie peeters",
                requester_email="mariepeeters03@gmail.com",
                notes="No Subject header at all; dialect one-liner ('wa hebt ge', 'da'). ID photo (BE eID front) declared as application/octet-stream with a camera filename."))

mail(key="be11", group="nl-BE", lang="nl", style="formal", to=("Lien Claes", "lien@studiolindeblad.be"),
     frm=("Pieter-Jan Lambrechts", "pj.lambrechts@proximus.be"),
     subject="Re: Uw vraag over het gebruik van uw foto in onze campagne",
     date="2026-06-04 22:06:31 +0200", linesep="\r\n", form="alt", charset="utf-8", cte="quoted-printable",
     body="""Geachte mevrouw Claes,

Dank voor uw antwoord. U stelt dat Studio Lindeblad mijn foto in de campagne "Antwerpen in beeld" gebruikt op basis van haar gerechtvaardigd belang (artikel 6.1.f AVG). Ik teken hierbij formeel bezwaar aan tegen die verwerking, overeenkomstig artikel 21.1 AVG. Mijn specifieke situatie: ik sta in de campagne herkenbaar op een terras terwijl ik toen met ziekteverlof was, en dat heeft al tot vragen van mijn werkgever geleid.

Ik verzoek u de verwerking stop te zetten en mij te bevestigen dat dit gebeurd is. Ik behoud mij het recht voor een klacht in te dienen bij de GBA.

Hoogachtend,
Pieter-Jan Lambrechts

Op 2 juni 2026 om 11:20 schreef Lien Claes <lien@studiolindeblad.be>:
> Beste heer Lambrechts,
>
> Bedankt voor uw bericht. De foto's in onze campagne "Antwerpen in beeld"
> werden genomen op de openbare weg. Wij gebruiken deze beelden op basis van
> ons gerechtvaardigd belang (art. 6.1.f AVG). U hebt het recht om bezwaar
> te maken of om verwijdering te vragen; laat ons gerust weten wat u wenst.
>
> Met vriendelijke groeten,
> Lien Claes
> Studio Lindeblad""",
     truth=dict(is_dsar=True, rights=["objection"], requester_name="Pieter-Jan Lambrechts",
                requester_email="pj.lambrechts@proximus.be",
                notes="Formal objection (Art. 21.1 against legitimate interest) in a reply; the quoted studio text mentions 'verwijdering' which he does NOT ask. Not a reminder. His employer is context, not a studio client."))

# ---------------- nl-BE non-requests ----------------
mail(key="be12", group="nl-BE", lang="nl", style="plain", to=LINDEBLAD,
     frm=("Studio Lindeblad", "no-reply@formulieren.studiolindeblad.be"), reply_to=("Elke Verbruggen", "elke.verbruggen@gmail.com"),
     subject="Nieuw formulier ingediend: Contact",
     date="2026-09-08 12:03:27 +0000", linesep="\n", form="plain", charset="utf-8", cte="quoted-printable",
     body="""Je hebt een nieuw formulier ontvangen via studiolindeblad.be

Voornaam: Elke
Achternaam: Verbruggen
E-mail: elke.verbruggen@gmail.com
GSM: 0496 55 21 08
Bericht: Wij trouwen op zaterdag 22 mei 2027 in Lier en zoeken nog een fotograaf + videograaf voor de hele dag (10u-24u). Is die datum nog vrij? En kunnen we eens langskomen in de studio om kennis te maken?

Verzonden op: 08/09/2026 14:03""",
     truth=dict(is_dsar=False, notes="Contact-form notification with a wedding booking enquiry; same form layout as a request mail."))

mail(key="be13", group="nl-BE", lang="nl", style="plain", to=LINDEBLAD,
     frm=("Boekhouding Café De Zwaan", "boekhouding@cafedezwaan.be"), subject="factuur 2026/087 - gestructureerde mededeling",
     date="2026-04-29 10:47:12 +0200", linesep="\r\n", form="plain", charset="iso-8859-1", cte="quoted-printable",
     body="""Goeiemiddag,

Wij hebben factuur 2026/087 ontvangen (fotoreportage opening terras), maar de gestructureerde mededeling lijkt niet te kloppen: +++090/1234/56789+++ wordt door de bank geweigerd. Kunt ge de juiste mededeling bezorgen? Gelieve ook ons btw-nummer BE 0123.456.749 op de factuur te vermelden.

Dank en groeten,
Veerle
Café De Zwaan - Grote Markt 9, 2500 Lier""",
     truth=dict(is_dsar=False, notes="Invoice question (structured payment reference, VAT number) — 'gelieve ... te vermelden' is a billing correction."))

mail(key="be14", group="nl-BE", lang="nl", style="plain", to=LINDEBLAD,
     frm=("Sarah Willaert", "sarah.willaert@gmail.com"), subject="Zeer ontgoocheld over de trouwfoto's",
     date="2026-07-14 23:31:56 +0200", linesep="\n", form="alt", charset="utf-8", cte="base64",
     body="""Ik heb net de galerij bekeken en ik ben echt ontgoocheld. De helft van de foto's van de ceremonie is onscherp, op de groepsfoto heeft mijn schoonmoeder haar ogen toe en van de openingsdans zijn er maar 6 foto's. Voor €2.400 verwacht ik beter.

Ik wil dat ge de foto's opnieuw bewerkt en ik wil een gedeeltelijke terugbetaling. Ik hoor graag zo snel mogelijk iets.

Sarah""",
     truth=dict(is_dsar=False, notes="Angry complaint about photo quality, no greeting. 'opnieuw bewerken' is about image editing, not rectification of data."))

mail(key="be15", group="nl-BE", lang="nl", style="plain", to=LINDEBLAD,
     frm=("Tom Vermeersch", "tom.vermeersch@skynet.be"), subject="Vraagje over jullie privacyverklaring",
     date="2026-02-09 12:12:49 +0100", linesep="\r\n", form="plain", charset="utf-8", cte="quoted-printable",
     atts=[PHOTO("pasfoto_oud.jpg", 800, 600, 1501)],
     body="""Dag,

Ik wil binnenkort pasfoto's en een CV-portret laten maken. In jullie privacyverklaring lees ik dat ge foto's vijf jaar bewaart "voor nabestellingen". Geldt dat ook voor pasfoto's, of enkel voor reportages? En kan ik bij de afspraak zelf aangeven dat ge ze niet moet bijhouden?

Gewoon om te weten voor ik een afspraak maak. In bijlage mijn oude pasfoto, zo ongeveer wil ik het opnieuw.

Groeten,
Tom Vermeersch""",
     truth=dict(is_dsar=False, notes="Question about the privacy policy before any booking — not a request. Attachment named 'pasfoto_oud.jpg' is an example photo, not an ID document."))

mail(key="be16", group="nl-BE", lang="nl", style="plain", to=LINDEBLAD,
     frm=("Koen De Smet", "koen.desmet@drukkerijdesmet.be"),
     subject="Afwezig: Lindeblad nieuws november – uw privacy en uw foto's",
     date="2026-11-02 08:00:12 +0100", linesep="\r\n", form="plain", charset="utf-8", cte="quoted-printable",
     extra=[("Auto-Submitted", "auto-replied")],
     body="""Bedankt voor uw mail.

Ik ben met verlof tot en met woensdag 11/11 en lees mijn mails niet. Voor dringende zaken kunt ge terecht bij onze verkoopdienst: verkoop@drukkerijdesmet.be of 03 480 22 10.

Met vriendelijke groeten,
Koen De Smet
Drukkerij De Smet bv""",
     truth=dict(is_dsar=False, notes="Flemish out-of-office auto-reply to the studio's newsletter; the privacy words are only in the echoed subject."))

# ==========================================================================
#                       en (20: 14 requests, 6 not)
# ==========================================================================
mail(key="en01", group="en", lang="en", style="formal", to=LICHTKAMER,
     frm=("Oliver Bennett", "oliver.bennett@btinternet.com"), subject="Subject Access Request - Oliver Bennett",
     date="2026-01-12 09:40:11 +0000", linesep="\r\n", form="plain", charset="us-ascii", cte="7bit",
     body="""Dear Sir or Madam,

Subject Access Request under Article 15 of the General Data Protection Regulation

I am writing to make a subject access request under Article 15 of the GDPR. I had a portrait session at your studio in Utrecht on 18 October 2025 while working in the Netherlands.

Please supply:
1. Confirmation of whether you process personal data concerning me;
2. A copy of that personal data pursuant to Article 15(3), including photographs, video recordings, emails, booking records and any internal notes;
3. The purposes of the processing, the recipients, the retention period and the source of the data.

Under Article 12(3) you are required to respond without undue delay and in any event within one month of receipt. If you need further information to confirm my identity, please let me know promptly.

This request is made without prejudice to my rights under Articles 17, 20 and 21. I reserve the right to lodge a complaint with the Autoriteit Persoonsgegevens or the Information Commissioner's Office should I not receive a satisfactory response.

Yours faithfully,

Oliver Bennett
14 Albion Road
Bristol BS6 5JH
United Kingdom""",
     truth=dict(is_dsar=True, rights=["access"], requester_name="Oliver Bennett",
                requester_email="oliver.bennett@btinternet.com",
                notes="UK request-generator SAR. Art. 17, 20, 21 cited only 'without prejudice' — access only. AP and ICO mentioned in passing."))

mail(key="en02", group="en", lang="en", style="plain", to=LICHTKAMER,
     frm=("Jessica Morales", "jess.morales22@yahoo.com"), subject="hey quick thing",
     date="2026-02-14 18:22:05 -0500", linesep="\n", form="plain", charset="us-ascii", cte="7bit",
     body="""Hey! I did a couples shoot with you guys in Utrecht last summer (me and Ryan, the canal boat one). We broke up lol. Can you take our pics off your Instagram and the website? Thanks so much!!

Jess

Sent from Yahoo Mail for iPhone""",
     truth=dict(is_dsar=True, rights=["withdraw_consent"], requester_name="Jessica Morales",
                requester_email="jess.morales22@yahoo.com",
                notes="US tourist, casual; 'take our pics off your Instagram and the website' = withdraw_consent. Signs only 'Jess'. Photos also show a third person (Ryan)."))

mail(key="en03", group="en", lang="en", style="plain", to=KIEKENDIEF,
     frm=("Priyanka Sharma", "priyanka.sharma.model@gmail.com"), subject="Request for deletion of my profile",
     date="2026-03-04 11:05:12 +0530", linesep="\r\n", form="alt", charset="utf-8", cte="quoted-printable",
     body="""Respected Sir/Madam,

I was registered with your agency as a model during my studies in Rotterdam (2022-2024). I have now returned to Pune. Kindly delete my profile, portfolio pictures and all my personal details from your agency records at the earliest.

Kindly do the needful and revert with confirmation.

Thanks & Regards,
Priyanka Sharma
+91 98220 41873""",
     truth=dict(is_dsar=True, rights=["erasure"], requester_name="Priyanka Sharma",
                requester_email="priyanka.sharma.model@gmail.com",
                notes="Indian English ('kindly do the needful', 'revert'); erasure. +0530 offset."))

mail(key="en04", group="en", lang="en", style="plain", to=LICHTKAMER,
     frm=("Fotostudio Lichtkamer", "wordpress@fotostudiolichtkamer.nl"),
     subject="[Fotostudio Lichtkamer] Nieuw bericht via contactformulier",
     date="2026-11-10 23:14:52 +0100", linesep="\n", form="plain", charset="utf-8", cte="quoted-printable",
     body="""Er is een nieuw bericht verstuurd via het contactformulier op fotostudiolichtkamer.nl.

Naam: Liam O'Connor
E-mailadres: liam.oconnor@bigpond.com
Telefoon: +61 412 555 019
Onderwerp: Overig
Bericht:
G'day, I had a headshot session with you when I lived in Utrecht (2024). I'm setting up with a new photographer back in Melbourne and would like all my files and the details you hold on me in a machine-readable format (CSV or JSON for the info, original JPGs for the images) so I can hand them over. If it's easier you can send it straight to them: hello@southbankstudio.com.au. Cheers, Liam

--
Deze e-mail is verzonden vanaf een contactformulier op Fotostudio Lichtkamer (https://www.fotostudiolichtkamer.nl)""",
     truth=dict(is_dsar=True, rights=["portability"], requester_name="Liam O'Connor",
                requester_email="liam.oconnor@bigpond.com",
                notes="Contact form with Dutch field labels and an English message (language en). Machine-readable + hand over to new photographer = portability. The Australian studio address is the recipient, not the requester."))

mail(key="en05", group="en", lang="en", style="plain", to=KIEKENDIEF,
     frm=(None, "ciara.nolan@eircom.net"), subject="question",
     date="RAW:Wed, 31 Feb 2026 25:61:00 +0100", linesep="\n", form="plain", charset="us-ascii", cte="7bit",
     body="""hi, what do you still have on me? i was on your books for a while in 2021 before i moved back to galway. no hard feelings just want to know

ciara""",
     truth=dict(is_dsar=True, rights=["access"], requester_name="ciara",
                requester_email="ciara.nolan@eircom.net",
                notes="Garbled Date header (31 Feb, 25:61) -> received null. No display name; the only name written is 'ciara' (lowercase signature). Plain-words access request."))

mail(key="en06", group="en", lang="en", style="plain", to=("Priya Ramdin", "priya@kiekendiefcasting.nl"),
     frm=("Anna Ruïz", "anna.ruiz.bcn@gmail.com"), subject="Please remove my photos and data",
     date="2026-06-28 10:03:44 +0200", linesep="\r\n", form="alt", charset="utf-8", cte="base64",
     atts=[ATT("id_0008.jpg", "ID_Anna_Ruiz.jpg")],
     body="""Hi Priya,

I hope you're well. As you know I haven't done any jobs through Kiekendief since last year. I no longer consent to you using my pictures – please take them off the website, the model book you send to clients and your Instagram.

And I'd actually like you to delete everything you have about me: my profile, measurements, bank details, the copy of my ID, all of it. I'm attaching my ID (front and back) so you know it's really me.

Thanks a lot,
Anna Anouk Ruïz""",
     truth=dict(is_dsar=True, rights=["erasure", "withdraw_consent"], requester_name="Anna Ruïz",
                requester_email="anna.ruiz.bcn@gmail.com",
                notes="Expat model in NL. Both 'I no longer consent / take them off' (withdraw_consent) and 'delete everything' (erasure). RFC 2047 display name with ï; NL ID card front+back attached."))

mail(key="en07", group="en", lang="en", style="plain", to=LINDEBLAD,
     frm=("Océane Willems", "oceane.willems@skynet.be"), subject="Data request – copy of my data and raw files",
     date="2026-04-03 09:27:50 +0200", linesep="\n", form="plain", charset="utf-8", cte="quoted-printable",
     atts=[ATT("id_0006.jpg", "carte_identité_Willems.jpg")],
     body="""Hello,

I'm a freelance model and I did three shoots at Studio Lindeblad in 2025 (lookbook tests, booked and paid by myself). Could you please:

- send me a copy of all the personal data you hold about me (contact details, contracts, notes, emails), and
- provide the raw files of my shoots and my profile data in a portable, machine-readable format, so that I can move them to the booking platform I use now.

A copy of my Belgian ID card is attached. Sorry for writing in English, my Dutch is not good enough for this.

Kind regards,
Océane Willems""",
     truth=dict(is_dsar=True, rights=["access", "portability"], requester_name="Océane Willems",
                requester_email="oceane.willems@skynet.be",
                notes="Francophone Belgian writing English to an Antwerp studio (group en). Two rights: copy (access) + machine-readable to move elsewhere (portability). RFC 2231 filename with é; BE eID front."))

mail(key="en08", group="en", lang="en", style="formal", to=KIEKENDIEF,
     frm=("Rebecca Hall", "r.hall@hallandpartners-law.co.uk"),
     subject="Our client: Ms Chloe Hargreaves - request for erasure (Article 17 GDPR)",
     date="2026-08-25 15:10:00 +0100", linesep="\r\n", form="plain", charset="utf-8", cte="7bit",
     atts=[PDF("Form_of_Authority_C_Hargreaves.pdf", "FORM OF AUTHORITY",
               ["I, Chloe Hargreaves, authorise Hall & Partners LLP", "to act on my behalf in all matters concerning",
                "my personal data held by Kiekendief Casting,", "Rotterdam, the Netherlands.", "",
                "Dated: 20 August 2026", "", "Signed:"])],
     body="""Dear Sirs,

Our client: Ms Chloe Hargreaves (d.o.b. 02/09/1999)

We act on behalf of the above-named client, who was registered with your agency as a model between 2021 and 2023. A signed form of authority is enclosed.

Our client hereby requests that you erase all personal data concerning her without undue delay pursuant to Article 17(1) GDPR, including her portfolio images, casting videos, measurements and contact details, and that you notify each recipient to whom her personal data have been disclosed, including your clients, of the erasure in accordance with Article 19 GDPR.

Please confirm in writing within one month (Article 12(3) GDPR) that the erasure has been carried out. Should you consider that any exemption applies, please set out your reasons. Our client reserves the right to lodge a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).

Yours faithfully,

Rebecca Hall
Solicitor
Hall & Partners LLP
22 Deansgate, Manchester M3 1AB""",
     truth=dict(is_dsar=True, rights=["erasure"], requester_name="Rebecca Hall",
                requester_email="r.hall@hallandpartners-law.co.uk",
                representative={"kind": "lawyer", "data_subject": "Chloe Hargreaves"},
                notes="UK solicitor on behalf of a client; form of authority PDF (not an ID). Art. 19 notification is part of erasure, not a separate right. Her d.o.b. is in the mail."))

mail(key="en09", group="en", lang="en", style="plain", to=KIEKENDIEF,
     frm=("Megan Carter", "megancarter.family@gmail.com"), subject="Please remove my daughter Mia from your kids database",
     date="2026-09-03 08:55:21 -0600", linesep="\n", form="alt", charset="utf-8", cte="quoted-printable",
     body="""Hi there,

We lived in Rotterdam for two years and our daughter Mia Carter (she's 12 now) signed up with your kids division in 2024. We've moved back to Denver and she's not doing any modeling anymore.

Could you please remove Mia from your database completely - photos, her measurements, school info, everything? Also please stop emailing us casting calls, we keep getting them every week.

Thank you!
Megan Carter (Mia's mom)""",
     truth=dict(is_dsar=True, rights=["erasure", "objection"], requester_name="Megan Carter",
                requester_email="megancarter.family@gmail.com",
                representative={"kind": "parent", "data_subject": "Mia Carter"},
                notes="US parent for a 12-year-old. Two rights: remove from database (erasure) and stop casting-call mails (objection to marketing). -0600 offset (Denver, DST)."))

mail(key="en10", group="en", lang="en", style="plain", to=LICHTKAMER,
     frm=("Sarah O'Brien", "s.obrien@outlook.com"), subject="Photos from the staff photo day at Domstad International School",
     date="2026-10-21 16:33:02 +0200", linesep="\r\n", form="plain", charset="us-ascii", cte="7bit",
     body="""Hello,

I teach at Domstad International School. Your studio took the staff and class photos for the school in September. I'd like to know exactly what you hold about me as a result: which photos, whether you got my name, email or staff number from the school, and who you've shared the photos with apart from the school (I noticed a yearbook company was mentioned).

Many thanks,
Sarah O'Brien
Year 4 teacher""",
     truth=dict(is_dsar=True, rights=["access"], requester_name="Sarah O'Brien",
                requester_email="s.obrien@outlook.com", processor=True,
                notes="Processor: staff photos made for the school (studio's client). Access incl. source and recipients, in plain words."))

mail(key="en11", group="en", lang="en", style="plain", to=LINDEBLAD,
     frm=("Daniel Wright", "dan.wright@gmail.com"), subject="Re: Delete my data - SECOND REQUEST",
     date="2026-10-14 17:12:09 +1100", linesep="\n", form="alt", charset="utf-8", cte="quoted-printable",
     body="""This is my second email about this. On 2 September I asked you to delete all my personal data and the photos from my engagement shoot. I have not received any reply, not even an acknowledgement.

Under Article 12(3) GDPR you had one month to respond. That deadline has passed. Please confirm the deletion within 7 days, otherwise I will file a complaint with the Belgian Data Protection Authority.

Daniel Wright

On Wed, 2 Sep 2026 at 19:44, Daniel Wright <dan.wright@gmail.com> wrote:
> Hi, I'd like you to delete all my personal data and photos (engagement
> shoot, Antwerp, May 2025). Thanks, Dan""",
     truth=dict(is_dsar=True, rights=["erasure"], requester_name="Daniel Wright",
                requester_email="dan.wright@gmail.com", follow_up=True,
                notes="Reminder ('second request') about an erasure request of 2 September; own earlier mail quoted. No greeting. Sent from Sydney (+1100)."))

_inner_e12 = dict(frm=("Tom Fletcher", "tom.fletcher@gmx.co.uk"), to=LINDEBLAD,
                  subject="Video footage - please do not delete", date="2026-07-01 21:03:00 +0100",
                  body="""Hello,

You filmed our wedding reception at Kasteel Zoersel last August. During the evening I tripped over one of your cables and broke my wrist; my insurer and I are now in a dispute with the venue about who is liable.

Your video footage may be the only evidence of what happened. Please do NOT delete the raw footage or the edited film, even if your normal retention period runs out. At the same time I don't want it used for anything else - please don't put any of it in your showreel or on social media until the claim is settled.

Kind regards,
Tom Fletcher""")

mail(key="en12", group="en", lang="en", style="plain", to=("Lien Claes", "lien@studiolindeblad.be"),
     frm=("Bram Wouters", "bram@studiolindeblad.be"), subject="FW: Video footage - please do not delete",
     date="2026-07-02 09:15:27 +0200", linesep="\r\n", form="plain", charset="utf-8", cte="quoted-printable",
     forward=_inner_e12, fwd_filename="Video footage - please do not delete.eml",
     body="""Lien, zie bijlage. Engelstalige klant van de trouw in Zoersel vorige zomer. Wil jij hierop antwoorden? Ik weet niet goed wat we mogen doen met de beelden.

Bram""",
     truth=dict(is_dsar=True, rights=["restriction"], requester_name="Tom Fletcher",
                requester_email="tom.fletcher@gmx.co.uk",
                notes="Forward by a colleague as an attached message/rfc822; the outer note is in Dutch, the request itself is English (language en). 'Don't delete, I need it for a dispute, but don't use it' = restriction. Requester is the sender of the attached message; received = outer Date."))

mail(key="en13", group="en", lang="en", style="plain", to=LICHTKAMER,
     frm=("Hannah Schmidt", "h.schmidt@vandermeerlogistics.nl"), reply_to=("Hannah Schmidt", "hannah.schmidt@gmx.de"),
     subject="Unsubscribe / marketing", mailer="Microsoft Outlook 16.0",
     date="2026-03-27 12:01:18 +0100", linesep="\r\n", form="alt", charset="utf-8", cte="quoted-printable",
     body="""Hi,

Please stop sending me your marketing emails and the "seasonal mini-session" offers. I object to my email address being used for any kind of marketing.

I'm writing from my work account because I can't log in to my private one - please reply to my private address (it's set as reply-to).

Best,
Hannah Schmidt""",
     truth=dict(is_dsar=True, rights=["objection"], requester_name="Hannah Schmidt",
                requester_email="hannah.schmidt@gmx.de",
                notes="Reply-To (private gmx.de) differs from From (work address): requester_email is the Reply-To. Objection to direct marketing. German expat, English."))

mail(key="en14", group="en", lang="en", style="formal", to=LINDEBLAD,
     frm=("Aisha Khan", "aisha.khan@protonmail.com"),
     subject="Withdrawal of consent (Art. 7(3) GDPR) and objection to direct marketing (Art. 21(2) GDPR)",
     date="2026-05-04 20:20:20 +0100", linesep="\n", form="html", charset="utf-8", cte="quoted-printable",
     body="""<html><body><p>Dear Data Protection Officer,</p>
<p>I hereby withdraw, with immediate effect, the consent I gave on 12 May 2025 for the publication of photographs of me taken during the &quot;Portraits of Antwerp&quot; project, pursuant to Article 7(3) GDPR. This applies to your website, social media accounts and any printed promotional material.</p>
<p>Furthermore, I object pursuant to Article 21(2) and (3) GDPR to the processing of my personal data for direct marketing purposes, including your newsletter.</p>
<p>This letter is without prejudice to my rights under Articles 15, 17 and 22 GDPR. Please confirm within one month, in accordance with Article 12(3) GDPR, that you have complied with this request. I reserve the right to lodge a complaint with the Gegevensbeschermingsautoriteit.</p>
<p>Yours faithfully,<br>Aisha Khan</p></body></html>""",
     truth=dict(is_dsar=True, rights=["objection", "withdraw_consent"], requester_name="Aisha Khan",
                requester_email="aisha.khan@protonmail.com",
                notes="Formal generator-style, HTML only. Two rights: Art. 7(3) withdrawal + Art. 21(2) objection. Art. 15, 17, 22 only 'without prejudice'."))

# ---------------- en non-requests ----------------
mail(key="en15", group="en", lang="en", style="plain", to=LINDEBLAD,
     frm=("Emily Clarke", "emily.clarke@icloud.com"), subject="Engagement shoot in Antwerp – October?",
     date="2026-08-30 21:20:11 +0100", linesep="\n", form="plain", charset="utf-8", cte="quoted-printable",
     atts=[SHOT("Screenshot 2026-08-30 at 21.14.05.png", ["studiolindeblad", "", "Golden hour at the Scheldekaaien",
                                                          "#engagement #antwerp #lovestory", "", "1,204 likes",
                                                          "View all 38 comments"])],
     body="""Hi!

We're coming over from Dublin 16–19 October and would love an engagement shoot somewhere around the cathedral / old town, ideally at sunset. We saw this post on your Instagram (screenshot attached) and loved the style.

What are your rates, and do you have availability on the Saturday?

Thanks!
Emily & James""",
     truth=dict(is_dsar=False, notes="Booking enquiry from Irish tourists with a screenshot (not an ID)."))

mail(key="en16", group="en", lang="en", style="plain", to=KIEKENDIEF,
     frm=("Grace Miller", "grace.miller@brightwave-media.com"),
     subject="Out of Office: Casting availability - spring campaign",
     date="2026-03-30 08:00:03 +0100", linesep="\r\n", form="alt", charset="utf-8", cte="7bit",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
     body="""Thank you for your email. I am currently out of the office until Monday 6 April with limited access to email.

For urgent booking matters please contact Tom Reid (tom.reid@brightwave-media.com).
For data protection or privacy requests, please contact our DPO at privacy@brightwave-media.com.

Kind regards,
Grace Miller
Brightwave Media, London""",
     truth=dict(is_dsar=False, notes="Out-of-office auto-reply that mentions 'data protection or privacy requests' in its routing text. Not a request."))

mail(key="en17", group="en", lang="en", style="plain", to=LICHTKAMER,
     frm=("GDPR Shield", "team@gdpr-shield-compliance.co"),
     subject="URGENT: Your website may not be GDPR compliant – fines up to €20,000,000",
     date="2026-04-07 04:44:12 -0400", linesep="\n", form="alt", charset="utf-8", cte="quoted-printable",
     body="""Dear Business Owner,

Our automated scan of fotostudiolichtkamer.nl found 7 potential GDPR issues, including:

* Cookie banner without a "reject all" option
* No documented process for Data Subject Access Requests (Art. 15)
* No way for visitors to request deletion of their data (Art. 17)

Regulators across the EU are issuing fines of up to €20,000,000 or 4% of annual turnover. Don't wait for a complaint!

Book a FREE 15-minute compliance call today: https://gdpr-shield-compliance.co/book

Best regards,
The GDPR Shield Team

To unsubscribe, reply REMOVE.""",
     truth=dict(is_dsar=False, notes="GDPR-compliance spam citing Art. 15 and 17; no request."))

mail(key="en18", group="en", lang="en", style="plain", to=LINDEBLAD,
     frm=("LensLoft Rentals", "news@lensloft.eu"), subject="New in: FX3 cinema kits + an update to our Privacy Policy",
     date="2026-02-02 06:30:00 +0000", linesep="\r\n", form="html", charset="utf-8", cte="base64",
     extra=[("List-Unsubscribe", "<mailto:unsubscribe@lensloft.eu?subject=unsubscribe>"), ("Precedence", "bulk")],
     body="""<html><body style="font-family:Arial,sans-serif">
<h1>New in the rental shop: Sony FX3 cinema kits</h1>
<p>Hi there,</p>
<p>From this week you can rent complete FX3 kits (cage, V-mount batteries, 2 x CFexpress cards) from our Antwerp and Rotterdam branches. Weekend rate: &euro;145.</p>
<h2>We've updated our Privacy Policy</h2>
<p>We've made some changes to how we describe the data we collect when you rent equipment. Under the GDPR you can request access to, correction of or deletion of your personal data at any time by writing to privacy@lensloft.eu.</p>
<p style="font-size:11px;color:#888">You receive this email because you rented from LensLoft. <a href="https://lensloft.eu/unsubscribe">Unsubscribe</a></p>
</body></html>""",
     truth=dict(is_dsar=False, notes="Supplier newsletter, HTML only, base64; privacy-policy update describing the reader's rights. Not a request."))

mail(key="en19", group="en", lang="en", style="plain", to=("Priya Ramdin", "priya@kiekendiefcasting.nl"),
     frm=("Noah Brown", "noah.brown@gmail.com"), subject="RE: Casting confirmation - Sportline campaign",
     date="2026-05-11 14:02:55 +0100", linesep="\r\n", form="alt", charset="utf-8", cte="quoted-printable",
     mailer="Microsoft Outlook 16.0",
     inline=[LOGO("image001.png", "Kiekendief Casting", (200, 90, 20), "image001.png@01DCE1A2.5F3B7C10")],
     body="""Thanks Priya, all clear! I'll be there at 9:30 on Thursday.

Cheers,
Noah

From: Priya Ramdin <priya@kiekendiefcasting.nl>
Sent: Monday, 11 May 2026 11:40
To: Noah Brown <noah.brown@gmail.com>
Subject: Casting confirmation - Sportline campaign

Hi Noah,

Confirming your casting for the Sportline campaign on Thursday 14 May at 9:30, Witte de Withstraat 57, Rotterdam. Please bring comfortable sportswear.

Please note: your casting photos are stored in line with our privacy policy. You can request access to or deletion of your data at any time via privacy@kiekendiefcasting.nl.

Kind regards,
Priya Ramdin
Kiekendief Casting""",
     truth=dict(is_dsar=False, notes="Thank-you/confirmation reply; access/deletion wording only in the quoted studio text (Outlook-style header block, not '>' quoting). Inline Outlook image001.png with Content-ID."))

mail(key="en20", group="en", lang="en", style="plain", to=LICHTKAMER,
     frm=("Rohan Mehta", "rohan.mehta@gmail.com"), subject="Question about your privacy policy before booking",
     date="2026-10-30 10:10:10 +0100", linesep="\n", form="plain", charset="utf-8", cte="7bit",
     body="""Hello,

I'm planning to book a family session in December. Quick question: your privacy policy says photos may be used "for portfolio purposes unless you indicate otherwise". Is that something we tick on the booking form, or do we need to email you separately? We'd prefer our photos to stay private, but I want to understand the process before booking.

Thanks,
Rohan""",
     truth=dict(is_dsar=False, notes="Question about the privacy policy before booking; the preference for privacy concerns future photos that do not exist yet — not a request."))


# ==========================================================================
# Build
# ==========================================================================
def to_iso(date_value):
    if date_value is None or date_value.startswith("RAW:"):
        return None
    return D(date_value).isoformat()


def date_header(i, date_value):
    if date_value.startswith("RAW:"):
        return date_value[4:]
    d = D(date_value)
    s = format_datetime(d)
    style = i % 4
    if style == 1:  # no weekday
        s = s[5:]
    elif style == 2 and d.utcoffset() in (dt.timedelta(hours=1), dt.timedelta(hours=2)):
        s += " (CET)" if d.utcoffset() == dt.timedelta(hours=1) else " (CEST)"
    elif style == 3:  # single-digit day like many MUAs
        s = re.sub(r", 0(\d) ", r", \1 ", s)
    return s


def build_message(m, n):
    """Return (message, attachment-truth list)."""
    bnd = lambda lvl: f"----=_Part_{n:04d}_{lvl}.{1767225600 + n * 7919}"
    atts_truth = []
    charset, cte = m["charset"], m["cte"]
    form = m["form"]

    # body
    if form == "plain":
        body = text_part(m["body"], "plain", charset, cte)
    elif form == "html":
        body = text_part(m["body"], "html", charset, cte)
    elif form == "alt":
        plain = text_part(m["body"], "plain", charset, cte)
        html_src = m.get("html") or html_from_text(m["body"])
        if charset != "utf-8":
            html_src = html_src.replace("charset=utf-8", f"charset={charset}")
        inl = m.get("inline", [])
        if inl:
            logo_spec = inl[0]
            html_src = html_src.replace("</body>", f'<p><img src="cid:{logo_spec["cid"]}" height="72" alt="logo"></p></body>')
            html = text_part(html_src, "html", charset, cte)
            parts = [html]
            for spec in inl:
                p, t = make_att(spec, n)
                parts.append(p)
                atts_truth.append(t)
            rel = multipart("related", parts, bnd("rel"))
            body = multipart("alternative", [plain, rel], bnd("alt"))
        else:
            body = multipart("alternative", [plain, text_part(html_src, "html", charset, cte)], bnd("alt"))
    else:
        raise ValueError(form)

    extra_parts = []
    for spec in m.get("atts", []):
        p, t = make_att(spec, n)
        extra_parts.append(p)
        atts_truth.append(t)
    if "forward" in m:
        f = m["forward"]
        inner = Message()
        inner["From"] = addr(*f["frm"])
        inner["To"] = addr(*f["to"])
        inner["Subject"] = hdr(f["subject"])
        inner["Date"] = format_datetime(D(f["date"]))
        inner["Message-ID"] = f"<fwd-inner-{n:04d}@mail.gmx.co.uk>"
        inner["MIME-Version"] = "1.0"
        inner["Content-Type"] = 'text/plain; charset="utf-8"'
        inner["Content-Transfer-Encoding"] = "quoted-printable"
        inner.set_payload(quopri.encodestring(f["body"].encode("utf-8")).decode("ascii"))
        extra_parts.append(rfc822_part(inner, m["fwd_filename"]))
        atts_truth.append({"filename": m["fwd_filename"], "content_type": "message/rfc822", "is_id_document": False})

    msg = multipart("mixed", [body] + extra_parts, bnd("mix")) if extra_parts else body

    # outer headers: build a fresh Message so header order is natural
    outer = Message()
    if m.get("received_hdr"):
        outer["Received"] = m["received_hdr"]
    else:
        outer["Received"] = (f"from mail-out.example.net by mx.{m['to'][1].split('@')[1]} with ESMTPS id {n:04X}"
                             f"; {format_datetime((D(m['date']) + dt.timedelta(seconds=2 + n * 3)).astimezone(dt.timezone.utc))}"
                             if m["date"] and not m["date"].startswith("RAW:") else
                             f"from mail-out.example.net by mx.{m['to'][1].split('@')[1]} with ESMTPS id {n:04X}")
    fname, femail = m["frm"]
    outer["From"] = addr(fname, femail, m.get("frm_charset", "utf-8"))
    outer["To"] = addr(*m["to"])
    if m.get("reply_to"):
        outer["Reply-To"] = addr(*m["reply_to"])
    if m["subject"] is not None:
        outer["Subject"] = hdr(m["subject"], m.get("subject_charset", "utf-8"))
    if m["date"] is not None:
        outer["Date"] = date_header(n, m["date"])
    outer["Message-ID"] = f"<{m['key']}.{n:04d}.{hashlib.sha1(m['key'].encode()).hexdigest()[:10]}@{femail.split('@')[1]}>"
    for k, v in m.get("extra", []):
        outer[k] = v
    if m.get("mailer"):
        outer["X-Mailer"] = m["mailer"]
    outer["MIME-Version"] = "1.0"
    for k, v in msg.items():
        outer[k] = v
    outer._payload = msg._payload  # raw payload (keeps 8bit surrogates intact)
    return outer, atts_truth


def truth_json(m, fname, atts_truth):
    t = m["truth"]
    dsar = t["is_dsar"]
    return {
        "file": fname,
        "is_dsar": dsar,
        "rights": t.get("rights", []) if dsar else [],
        "language": m["lang"],
        "requester_name": t.get("requester_name") if dsar else None,
        "requester_email": t.get("requester_email") if dsar else None,
        "received": to_iso(m["date"]),
        "attachments": atts_truth,
        "representative": t.get("representative"),
        "processor": t.get("processor", False),
        "follow_up": t.get("follow_up", False),
        "group": m["group"],
        "style": m["style"],
        "notes": t["notes"],
    }


def file_order():
    keys = [m["key"] for m in MAILS]
    rnd = random.Random(20260204)
    rnd.shuffle(keys)
    return {k: i + 1 for i, k in enumerate(keys)}


def build(outdir):
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    order = file_order()
    for m in MAILS:
        n = order[m["key"]]
        msg, atts_truth = build_message(m, n)
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False,
                       policy=policy.compat32.clone(linesep=m["linesep"], max_line_length=78)).flatten(msg)
        with open(os.path.join(outdir, f"{n:04d}.eml"), "wb") as f:
            f.write(buf.getvalue())
        with open(os.path.join(outdir, f"{n:04d}.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(truth_json(m, f"{n:04d}.eml", atts_truth), ensure_ascii=False, indent=2) + "\n")


# ==========================================================================
# Self-check
# ==========================================================================
def decoded_text(msg):
    """All human-readable text of a parsed message incl. nested rfc822 parts and headers."""
    out = []
    for part in msg.walk():
        for h in ("From", "To", "Reply-To", "Subject"):
            if part.get(h):
                out.append(str(part.get(h)))
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    import html as _h
    return _h.unescape("\n".join(out))


def check(outdir):
    errors = []
    by_key = {m["key"]: m for m in MAILS}
    order = file_order()
    inv = {v: k for k, v in order.items()}
    files = sorted(os.listdir(outdir))
    expect = sorted([f"{i:04d}.eml" for i in range(1, 61)] + [f"{i:04d}.json" for i in range(1, 61)])
    if files != expect:
        errors.append(f"file list mismatch: {set(files) ^ set(expect)}")
    for i in range(1, 61):
        fn = f"{i:04d}.eml"
        m = by_key[inv[i]]
        raw = open(os.path.join(outdir, fn), "rb").read()
        j = json.load(open(os.path.join(outdir, f"{i:04d}.json"), encoding="utf-8"))
        e = lambda s: errors.append(f"{fn} ({m['key']}): {s}")
        # schema
        if list(j.keys()) != KEYS:
            e(f"keys {list(j.keys())}")
        if j["file"] != fn:
            e("file field")
        if j["rights"] != [r for r in RIGHTS if r in j["rights"]] or len(j["rights"]) > 2:
            e(f"rights not canonical/too many: {j['rights']}")
        if j["is_dsar"] and not j["rights"]:
            e("dsar without rights")
        if not j["is_dsar"] and (j["rights"] or j["requester_name"] or j["requester_email"] or
                                 j["representative"] or j["processor"] or j["follow_up"]):
            e("non-request with request fields set")
        if j["language"] not in ("nl", "en") or j["group"] not in ("nl-NL", "nl-BE", "en"):
            e("language/group value")
        if j["style"] not in ("plain", "formal"):
            e("style value")
        rep = j["representative"]
        if rep is not None and (set(rep) != {"kind", "data_subject"} or rep["kind"] not in ("parent", "lawyer", "other")):
            e(f"representative {rep}")
        # line endings
        if m["linesep"] == "\r\n":
            if raw.count(b"\n") != raw.count(b"\r\n"):
                e("bare LF in CRLF mail")
        elif b"\r" in raw:
            e("CR in LF mail")
        # parse
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        if msg.defects:
            e(f"defects {msg.defects}")
        dh = msg.get("Date")
        if j["received"] is None:
            ok = True
            if dh is not None:
                try:
                    parsedate_to_datetime(str(dh))
                    ok = False
                except Exception:
                    pass
            if not ok:
                e("received null but Date parses")
        else:
            try:
                got = parsedate_to_datetime(str(msg["Date"])).isoformat()
            except Exception as ex:
                got = f"ERR {ex}"
            if got != j["received"]:
                e(f"received {j['received']} vs header {got}")
        # attachments
        got_atts = []
        for part in msg.walk():
            fnm = part.get_filename()
            if fnm:
                got_atts.append({"filename": fnm, "content_type": part.get_content_type(),
                                 "is_id_document": None})
        if [(a["filename"], a["content_type"]) for a in got_atts] != \
                [(a["filename"], a["content_type"]) for a in j["attachments"]]:
            e(f"attachments {got_atts} vs {j['attachments']}")
        for a in j["attachments"]:
            if a["is_id_document"] not in (True, False):
                e("is_id_document not bool")
        # text decodes and contains sentinel
        text = decoded_text(msg)
        body_first = re.sub(r"<[^>]+>", "\n", m["body"] if "forward" not in m else m["forward"]["body"])
        import html as _h
        sentinel = [ln.strip() for ln in _h.unescape(body_first).split("\n") if ln.strip()][0][:30]
        if sentinel not in text:
            e(f"sentinel not found: {sentinel!r}")
        full = m["body"] if "forward" not in m else m["forward"]["body"]
        if m["form"] != "html" and " ".join(full.split()) not in " ".join(text.split()):
            e("full body text does not round-trip")
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                declared = (part.get_content_charset() or "").lower()
                if declared and declared not in ("utf-8", "us-ascii", "iso-8859-1", "windows-1252"):
                    e(f"charset {declared}")
        # requester fields appear in the mail
        if j["is_dsar"]:
            if j["requester_email"] and j["requester_email"] not in text:
                e(f"requester_email not in mail: {j['requester_email']}")
            if j["requester_name"] and j["requester_name"] not in text:
                e(f"requester_name not in mail: {j['requester_name']}")
            if rep and rep["data_subject"] not in text:
                e(f"data_subject not in mail: {rep['data_subject']}")
            rt = msg.get("Reply-To")
            frm = getaddresses([str(msg.get("From"))])[0][1]
            if rt and getaddresses([str(rt)])[0][1] != frm and "forward" not in m and "Naam:" not in text \
                    and "Voornaam:" not in text:
                if j["requester_email"] != getaddresses([str(rt)])[0][1]:
                    e("Reply-To rule violated")
    # counts
    groups = {}
    for i in range(1, 61):
        j = json.load(open(os.path.join(outdir, f"{i:04d}.json"), encoding="utf-8"))
        g = groups.setdefault(j["group"], [0, 0])
        g[0] += 1
        g[1] += j["is_dsar"]
    want = {"nl-NL": 24, "nl-BE": 16, "en": 20}
    for g, n in want.items():
        if groups.get(g, [0])[0] != n:
            errors.append(f"group {g}: {groups.get(g)} != {n}")
        elif not 0.6 <= groups[g][1] / n <= 0.8:
            errors.append(f"group {g}: request share {groups[g][1]}/{n}")
    return errors


def tables(outdir):
    rows = [json.load(open(os.path.join(outdir, f"{i:04d}.json"), encoding="utf-8")) for i in range(1, 61)]
    out = ["| group | mails | requests | non-requests |", "|---|---|---|---|"]
    for g in ("nl-NL", "nl-BE", "en"):
        rs = [r for r in rows if r["group"] == g]
        d = sum(r["is_dsar"] for r in rs)
        out.append(f"| {g} | {len(rs)} | {d} | {len(rs) - d} |")
    d = sum(r["is_dsar"] for r in rows)
    out.append(f"| total | {len(rows)} | {d} | {len(rows) - d} |")
    out += ["", "| right | nl-NL | nl-BE | en | total |", "|---|---|---|---|---|"]
    for rt in RIGHTS:
        c = [sum(rt in r["rights"] for r in rows if r["group"] == g) for g in ("nl-NL", "nl-BE", "en")]
        out.append(f"| {rt} | {c[0]} | {c[1]} | {c[2]} | {sum(c)} |")
    two = sum(len(r["rights"]) == 2 for r in rows)
    out += ["", "| feature | count |", "|---|---|",
            f"| requests with two rights | {two} |",
            f"| style formal | {sum(r['style'] == 'formal' for r in rows)} |",
            f"| representative parent / lawyer / other | "
            f"{sum(1 for r in rows if r['representative'] and r['representative']['kind'] == 'parent')} / "
            f"{sum(1 for r in rows if r['representative'] and r['representative']['kind'] == 'lawyer')} / "
            f"{sum(1 for r in rows if r['representative'] and r['representative']['kind'] == 'other')} |",
            f"| processor | {sum(r['processor'] for r in rows)} |",
            f"| follow_up | {sum(r['follow_up'] for r in rows)} |",
            f"| received null | {sum(r['received'] is None for r in rows)} |",
            f"| mails with attachments | {sum(bool(r['attachments']) for r in rows)} |",
            f"| attachment parts / of which ID documents | {sum(len(r['attachments']) for r in rows)} / "
            f"{sum(a['is_id_document'] for r in rows for a in r['attachments'])} |",
            f"| language nl / en | {sum(r['language'] == 'nl' for r in rows)} / {sum(r['language'] == 'en' for r in rows)} |"]
    return "\n".join(out)


def main():
    outdir = os.path.join(HERE, "mails")
    if "--check" not in sys.argv:
        build(outdir)
        # determinism: build again elsewhere and compare bytes
        with tempfile.TemporaryDirectory() as td:
            build(os.path.join(td, "m"))
            for f in sorted(os.listdir(outdir)):
                if open(os.path.join(outdir, f), "rb").read() != open(os.path.join(td, "m", f), "rb").read():
                    print(f"NOT DETERMINISTIC: {f}")
                    sys.exit(1)
    errs = check(outdir)
    for x in errs:
        print("ERROR", x)
    print(tables(outdir))
    print(f"{len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
