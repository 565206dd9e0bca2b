#!/usr/bin/env python3
"""Build the frozen blind intake test set (set 'a') and self-check it.

Deterministic: fixed Message-IDs, fixed MIME boundaries, images drawn by
code without randomness, HEIC encoded by pillow-heif (optional; a fallback
container is written when pillow-heif is missing, see README).

Usage: python3 make_set.py          (build + check)
       python3 make_set.py --check  (check only)
"""
import base64, html, io, json, quopri, sys, textwrap, hashlib
from datetime import datetime, timezone, timedelta
from email.message import Message
from email.header import Header
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from email.generator import BytesGenerator
from email import policy
from email.parser import BytesParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILS = HERE / "mails"
ASSETS = Path("/work/coord/intake_blind/assets")

# --------------------------------------------------------------------------
# fictional studios
# --------------------------------------------------------------------------
L = dict(name="Studio Lichtkamer", info="info@studiolichtkamer.nl", privacy="privacy@studiolichtkamer.nl",
         form="wordpress@studiolichtkamer.nl", addr="Oudegracht 212, 3511 NR Utrecht", owner="Femke Hoogendijk")
B = dict(name="Beeldvangers bv", info="hallo@beeldvangers.be", privacy="privacy@beeldvangers.be",
         form="noreply@beeldvangers.be", addr="Kortrijksesteenweg 118, 9000 Gent", owner="Bram Van Hecke")
Z = dict(name="Zoeklicht Casting", info="info@zoeklichtcasting.be", talent="talent@zoeklichtcasting.be",
         addr="Lange Nieuwstraat 45, 2000 Antwerpen", owner="Karel Wuyts", booker="Jolien Maes")

CANON = ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent"]
KEYS = ["file", "is_dsar", "rights", "language", "requester_name", "requester_email", "received",
        "attachments", "representative", "processor", "follow_up", "group", "style", "notes"]


def T(s):
    return textwrap.dedent(s).strip("\n") + "\n"


def D(y, mo, d, h, mi, s, off_h, off_m=0, comment=None, weekday=True):
    tz = timezone(timedelta(hours=off_h, minutes=off_m))
    v = format_datetime(datetime(y, mo, d, h, mi, s, tzinfo=tz))
    if not weekday:
        v = v.split(", ", 1)[1]
    if comment:
        v += " (" + comment + ")"
    return v

# --------------------------------------------------------------------------
# binary assets (deterministic)
# --------------------------------------------------------------------------
_cache = {}


def asset(name):
    return (ASSETS / name).read_bytes()


def _font(size):
    from PIL import ImageFont
    for p in ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
              "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"]:
        if Path(p).exists():
            return ImageFont.truetype(p, size)
    return ImageFont.load_default()


def screenshot(title, sub, w=750, h=1334, fmt="PNG", accent=(190, 60, 50)):
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (w, h), (250, 250, 250))
    dr = ImageDraw.Draw(im)
    dr.rectangle([0, 0, w, 60], fill=(30, 30, 30))
    dr.text((20, 18), "9:41", fill=(255, 255, 255), font=_font(24))
    dr.rectangle([0, 60, w, 150], fill=(255, 255, 255))
    dr.text((24, 90), title, fill=(20, 20, 20), font=_font(30))
    dr.text((24, 160), sub, fill=(90, 90, 90), font=_font(22))
    cols, pad = 3, 12
    cw = (w - pad * (cols + 1)) // cols
    for i in range(9):
        r, c = divmod(i, cols)
        x0 = pad + c * (cw + pad); y0 = 210 + r * (cw + pad)
        col = (60 + 20 * i, 90 + 15 * (i % 4), 120 + 10 * (i % 5))
        if i == 4:
            col = accent
        dr.rectangle([x0, y0, x0 + cw, y0 + cw], fill=col)
        dr.ellipse([x0 + cw // 3, y0 + cw // 5, x0 + 2 * cw // 3, y0 + cw // 2], fill=(225, 190, 160))
    b = io.BytesIO()
    if fmt == "PNG":
        im.save(b, format="PNG", optimize=False)
    else:
        im.save(b, format="JPEG", quality=80)
    return b.getvalue()


def photo(kind, w=1600, h=1200):
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (w, h))
    dr = ImageDraw.Draw(im)
    if kind == "beach":
        bands = [((120, 170, 230), (200, 225, 245), 0.45), ((40, 110, 160), (70, 140, 180), 0.65),
                 ((225, 205, 160), (240, 225, 190), 1.0)]
    elif kind == "dunes":
        bands = [((250, 180, 120), (250, 220, 170), 0.5), ((170, 160, 110), (200, 190, 140), 1.0)]
    else:  # venue / garden
        bands = [((150, 190, 230), (210, 230, 245), 0.4), ((60, 120, 60), (110, 160, 90), 1.0)]
    y = 0
    for top, bot, frac in bands:
        y1 = int(h * frac)
        for yy in range(y, y1):
            t = (yy - y) / max(1, y1 - y)
            dr.line([(0, yy), (w, yy)], fill=tuple(int(top[i] + (bot[i] - top[i]) * t) for i in range(3)))
        y = y1
    if kind == "venue":
        dr.rectangle([w // 4, h // 5, 3 * w // 4, h // 2], fill=(215, 205, 190))
        dr.polygon([(w // 4 - 40, h // 5), (w // 2, h // 12), (3 * w // 4 + 40, h // 5)], fill=(120, 60, 50))
        for i in range(6):
            dr.rectangle([w // 4 + 50 + i * 130, h // 4, w // 4 + 110 + i * 130, h // 4 + 120], fill=(70, 90, 110))
    if kind == "beach":
        dr.ellipse([w - 300, 90, w - 180, 210], fill=(255, 240, 200))
        dr.ellipse([500, 820, 560, 880], fill=(200, 60, 60))
        dr.rectangle([515, 880, 545, 1000], fill=(40, 40, 90))
    b = io.BytesIO()
    im.save(b, format="JPEG", quality=82)
    return b.getvalue()


def logo(text, w=220, h=60):
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (w, h), (255, 255, 255))
    dr = ImageDraw.Draw(im)
    dr.rectangle([0, 0, 10, h], fill=(20, 50, 90))
    dr.text((20, 18), text, fill=(20, 50, 90), font=_font(18))
    b = io.BytesIO(); im.save(b, format="PNG"); return b.getvalue()


def heic_from(jpeg_bytes=None, pil_kind=None):
    from PIL import Image
    if jpeg_bytes is not None:
        im = Image.open(io.BytesIO(jpeg_bytes)).convert("RGB")
    else:
        im = Image.open(io.BytesIO(photo(pil_kind))).convert("RGB")
    try:
        import pillow_heif
        pillow_heif.register_heif_opener()
        b = io.BytesIO(); im.save(b, format="HEIF", quality=70)
        return b.getvalue()
    except ImportError:
        sys.exit("pillow-heif is needed for the .heic attachments: python3 -m pip install --user pillow-heif")


def pdf(lines):
    """Tiny valid one-page PDF with Helvetica text (WinAnsi)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 14 TL 60 780 Td " + " ".join("(%s) '" % esc(l) for l in lines) + " ET"
    sb = stream.encode("cp1252")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(sb) + sb + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)

# --------------------------------------------------------------------------
# MIME helpers (compat32 Message for byte-exact control)
# --------------------------------------------------------------------------

def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    return formataddr((name, a), charset=charset)


def enc(text, charset, cte):
    b = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    if cte == "7bit":
        b.decode("ascii")
    return b.decode("ascii", "surrogateescape")


def text_part(text, subtype="plain", charset="utf-8", cte=None, fmt_flowed=False):
    if fmt_flowed:
        # RFC 3676: soft line breaks are a trailing space before the newline
        out = []
        for line in text.split("\n"):
            if len(line) <= 72:
                out.append(line); continue
            chunks = textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False)
            out.extend([c + " " for c in chunks[:-1]] + [chunks[-1]])
        text = "\n".join(out)
    if cte is None:
        try:
            text.encode("ascii")
            cte = "7bit" if max(len(l) for l in text.split("\n")) <= 78 else "quoted-printable"
        except UnicodeEncodeError:
            cte = "quoted-printable" if not fmt_flowed else "8bit"
    p = Message()
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if fmt_flowed:
        ct += "; format=flowed"
    p["Content-Type"] = ct
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(enc(text, charset, cte))
    return p


def bin_part(data, ctype, filename=None, disposition="attachment", cid=None, fn_charset=None, name_param=True):
    p = Message()
    if filename and name_param:
        if fn_charset:
            p["Content-Type"] = '%s; name="%s"' % (ctype, Header(filename, fn_charset).encode())
        else:
            p["Content-Type"] = '%s; name="%s"' % (ctype, filename)
    else:
        p["Content-Type"] = ctype
    if disposition:
        if filename:
            if fn_charset:
                p.add_header("Content-Disposition", disposition, filename=(fn_charset, "", filename))
            else:
                p.add_header("Content-Disposition", disposition, filename=filename)
        else:
            p["Content-Disposition"] = disposition
    if cid:
        p["Content-ID"] = "<%s>" % cid
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


def multipart(subtype, parts, extra=""):
    m = Message()
    m["Content-Type"] = "multipart/%s%s" % (subtype, extra)
    for p in parts:
        m.attach(p)
    return m


def to_html(text, outlook=False, charset="utf-8"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(l, quote=False) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            inner = "<br>\n".join(l[4:].lstrip() for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(lines))
    style = ' style="font-family:Calibri,sans-serif;font-size:11pt"' if outlook else ""
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n<body><div%s>\n%s\n</div></body></html>\n' % (charset, style, "\n".join(out))

# --------------------------------------------------------------------------
# the mails
# --------------------------------------------------------------------------
SPECS = []


def mail(**kw):
    SPECS.append(kw)


def ID(n, fname, ctype="image/jpeg", **kw):
    src = "id_%04d.%s" % (n, "pdf" if ctype == "application/pdf" else "jpg")
    return dict(filename=fname, ctype=ctype, data=("asset", src), id=True, **kw)


def ATT(fname, ctype, data, **kw):
    return dict(filename=fname, ctype=ctype, data=data, id=False, **kw)

# ======================= nl-NL (1-20) =====================================
mail(n=1, group="nl-NL", style="plain",
     **{"from": ("Sanne Bakker", "sannebakker88@gmail.com")}, to=L["info"],
     subject="Gegevens verwijderen", date=D(2026, 11, 2, 19, 47, 12, 1),
     headers=[("User-Agent", "Mozilla Thunderbird")], flowed=True,
     text=T("""
        Hoi,

        In 2022 heb ik bij jullie een zwangerschapsshoot gedaan. Ik wil graag dat jullie alles wat jullie nog van mij hebben verwijderen, dus de foto's, mijn adres, telefoonnummer en zo.

        Alvast bedankt!

        Groetjes,
        Sanne Bakker
     """),
     truth=dict(is_dsar=True, rights=["erasure"], language="nl", name="Sanne Bakker", email="sannebakker88@gmail.com",
                notes="Short plain erasure request, no legal wording."))

mail(n=2, group="nl-NL", style="messy",
     **{"from": ("Lotte van Dijk", "lotte.vd2003@hotmail.com")}, to=L["info"],
     subject="foto", date=D(2026, 11, 12, 21, 16, 40, 1), cte="8bit",
     headers=[("X-Mailer", "iPhone Mail (21H16)")],
     text=T("""
        hoi haal die fotos van mij van jullie site af aub, ik wil dat niet meer. ik ben die met de rode jas bij portfolio → lifestyle (zie screenshot)

        lotte

        Verstuurd vanaf mijn iPhone
     """),
     attachments=[ATT("IMG_5530.PNG", "image/png", ("shot", "studiolichtkamer.nl/portfolio", "Portfolio · Lifestyle"))],
     truth=dict(is_dsar=True, rights=["withdraw_consent"], language="nl", name="Lotte van Dijk", email="lotte.vd2003@hotmail.com",
                notes="Phone mail, no capitals, 8bit UTF-8 (arrow). 'haal die foto's van de site' = withdraw_consent by convention. Name only in display name (signature just 'lotte'). Attachment is a portfolio screenshot, not an ID."))

mail(n=3, group="nl-NL", style="formal",
     **{"from": ("Wilhelmina de Jong", "w.dejong@kpnmail.nl")}, to=L["privacy"],
     subject="Verzoek om inzage in persoonsgegevens (artikel 15 AVG)", date=D(2026, 10, 19, 9, 3, 55, 2),
     cte="quoted-printable",
     text=T("""
        Geachte heer/mevrouw,

        Met deze brief doe ik een beroep op mijn recht op inzage als bedoeld in artikel 15 van de Algemene Verordening Gegevensbescherming (AVG).

        Ik verzoek u mij te laten weten of u persoonsgegevens van mij verwerkt. Als dat het geval is, verzoek ik u mij een kopie van deze gegevens te verstrekken (artikel 15 lid 3 AVG), samen met de volgende informatie:
        - de verwerkingsdoeleinden;
        - de betrokken categorieën van persoonsgegevens;
        - de ontvangers aan wie de persoonsgegevens zijn of zullen worden verstrekt;
        - hoe lang de gegevens worden bewaard;
        - de bron van de gegevens, als u deze niet bij mij heeft verzameld;
        - het bestaan van geautomatiseerde besluitvorming, met inbegrip van profilering (artikel 22 AVG).

        Op grond van artikel 12 lid 3 AVG dient u binnen één maand na ontvangst van dit verzoek te reageren. Dit verzoek laat mijn overige rechten, zoals het recht op rectificatie (artikel 16), het recht op gegevenswissing (artikel 17) en het recht van bezwaar (artikel 21), onverlet.

        Ter identificatie stuur ik een kopie van mijn identiteitskaart mee.

        Mocht ik binnen de wettelijke termijn geen reactie ontvangen, dan behoud ik mij het recht voor een klacht in te dienen bij de Autoriteit Persoonsgegevens.

        Met vriendelijke groet,

        Wilhelmina de Jong
        Zwanenhof 17
        3824 KL Amersfoort

        --
        Deze brief is opgesteld met de gratis voorbeeldbrief van inzageverzoek-opstellen.nl
     """),
     attachments=[ID(1, "ID-kaart Wilhelmina de Jong.jpg")],
     truth=dict(is_dsar=True, rights=["access"], language="nl", name="Wilhelmina de Jong", email="w.dejong@kpnmail.nl",
                notes="Generator letter for Art. 15. Arts. 16/17/21/22 and the AP complaint are only cited, not requested. ID card photo (front+back) attached. Quoted-printable."))

mail(n=4, group="nl-NL", style="plain",
     **{"from": ("Jeroen Smit", "jeroen.smit@ziggo.nl")}, to=L["info"],
     subject="Schoolfoto's Noor - groep 7 OBS De Regenboog", date=D(2026, 11, 4, 20, 31, 2, 1),
     text=T("""
        Beste Studio Lichtkamer,

        Op 14 oktober hebben jullie op OBS De Regenboog in Houten de schoolfoto's gemaakt. Onze dochter Noor Smit (11 jaar, groep 7) staat daar ook op.

        Wij hebben als ouders nooit toestemming gegeven voor losse portretfoto's en willen niet dat haar foto's in de online fotowinkel komen. Wij willen graag dat jullie de portretfoto's van Noor en haar gegevens (naam, klas, inlogcode) verwijderen. De groepsfoto van de klas mag wat ons betreft blijven.

        De school zei dat we ons hiervoor rechtstreeks bij jullie moesten melden.

        Met vriendelijke groet,
        Jeroen Smit (vader van Noor)
        06-41239870
     """),
     truth=dict(is_dsar=True, rights=["erasure"], language="nl", name="Noor Smit", email="jeroen.smit@ziggo.nl",
                rep={"kind": "parent", "data_subject": "Noor Smit"}, processor=True,
                notes="Parent for an 11-year-old; school photo shoot ordered by the school, so processor=true. requester_name is the child (data subject); requester_email is the parent's From address (the only address given). Partial erasure: group photo may stay."))

mail(n=5, group="nl-NL", style="plain",
     **{"from": ("Esther Kuipers", "esther.kuipers@outlook.com")}, to=L["info"],
     subject="Gezinsshoot in december?", date=D(2026, 11, 6, 12, 8, 30, 1), alt=True, outlook=True,
     headers=[("X-Mailer", "Microsoft Outlook 16.0")],
     text=T("""
        Hallo,

        Wij willen graag een gezinsshoot boeken, het liefst buiten op het strand of in de duinen, in de tweede helft van december. Wij zijn met z'n vijven (2 volwassenen, 3 kinderen van 4, 7 en 10) plus de hond.

        In de bijlage twee vakantiefoto's van Texel van afgelopen zomer, zo'n soort sfeer en licht vinden wij mooi.

        Ik las in jullie privacyverklaring dat jullie de foto's twee jaar bewaren, dat vind ik prima, dan kunnen we later nog afdrukken bestellen.

        Welke data hebben jullie nog vrij en wat kost dat ongeveer?

        Groetjes,
        Esther Kuipers
     """),
     attachments=[ATT("vakantie_texel_1.jpg", "image/jpeg", ("photo", "beach")),
                  ATT("vakantie_texel_2.jpg", "image/jpeg", ("photo", "dunes"))],
     truth=dict(is_dsar=False, rights=[], language="nl",
                notes="Booking request. Mentions the privacy statement and retention approvingly; 'welke data' means dates. Holiday photos attached, no ID."))

mail(n=6, group="nl-NL", style="plain",
     **{"from": ("Daan Verhoef", "daan.verhoef@ziggo.nl")}, to=L["info"],
     subject="Re: Mijn gegevens", date=D(2026, 11, 10, 8, 55, 41, 1),
     headers=[("In-Reply-To", "<8A1F2C3E-6B7D-4E11-9C0A-2F55D1E0B7A1@ziggo.nl>"),
              ("References", "<8A1F2C3E-6B7D-4E11-9C0A-2F55D1E0B7A1@ziggo.nl>"),
              ("X-Mailer", "Apple Mail (2.3774.600.62)")],
     text=T("""
        Hallo,

        Ik heb nog steeds niets van jullie gehoord op onderstaande mail. Ondertussen krijg ik nog steeds jullie nieuwsbrief. Kunnen jullie hier nu echt iets mee doen?

        Daan

        > Op 8 okt 2026, om 10:12 heeft Daan Verhoef <daan.verhoef@ziggo.nl> het volgende geschreven:
        >
        > Goedemorgen,
        >
        > Ik wil graag een overzicht van welke gegevens jullie van mij hebben (ik was klant in 2019 voor pasfoto's en een bedrijfsportret) en een kopie daarvan. En ik wil geen nieuwsbrief meer ontvangen, ik heb me daar nooit voor aangemeld.
        >
        > Met vriendelijke groet,
        > Daan Verhoef
     """),
     truth=dict(is_dsar=True, rights=["access", "objection"], language="nl", name="Daan Verhoef", email="daan.verhoef@ziggo.nl",
                follow_up=True,
                notes="Reminder; the actual requests (copy of data + stop newsletter) are in the quoted earlier mail by the same person. Two rights."))

mail(n=7, group="nl-NL", style="form",
     **{"from": ("Studio Lichtkamer website", L["form"])}, to=L["info"],
     subject="[Studio Lichtkamer] Nieuw bericht via contactformulier", date=D(2026, 11, 14, 16, 22, 9, 0),
     headers=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
     text=T("""
        Van: Fatima el Amrani
        E-mail: f.elamrani@live.nl
        Telefoon: 06 18 55 20 91
        Onderwerp: Vraag

        Bericht:
        Goedendag, ik krijg de laatste tijd mailtjes en een sms van jullie over kortingsacties maar ik ben nog nooit bij jullie geweest. Ik wil graag weten welke gegevens jullie van mij hebben en waar jullie die vandaan hebben.

        --
        Deze e-mail is verzonden via het contactformulier op Studio Lichtkamer (https://www.studiolichtkamer.nl)
     """),
     truth=dict(is_dsar=True, rights=["access"], language="nl", name="Fatima el Amrani", email="f.elamrani@live.nl",
                notes="Contact-form mail: From is the website; requester address is the E-mail field. Only asks what data and source (access); does not ask to stop the marketing. Date in +0000 (server time)."))

mail(n=8, group="nl-NL", style="plain",
     **{"from": ("Administratie Hermsen Bouw", "administratie@hermsenbouw.nl")}, to=L["info"],
     subject="Factuur SL-2026-0412", date=D(2026, 11, 16, 10, 2, 17, 1),
     text=T("""
        Goedemorgen,

        Wij hebben uw factuur SL-2026-0412 voor de bedrijfsportretten van 28 oktober ontvangen. Er staan 3 uur fotografie op de factuur, terwijl er volgens de offerte 2 uur was afgesproken en de shoot ook binnen 2 uur klaar was.

        Wilt u de factuur controleren en ons een creditnota sturen voor het verschil? Dan betalen wij daarna het juiste bedrag.

        Met vriendelijke groet,

        Monique Verbeek
        Administratie Hermsen Bouw B.V.
     """),
     attachments=[ATT("SL-2026-0412.pdf", "application/pdf",
                      ("pdf", ("Studio Lichtkamer", "Oudegracht 212, 3511 NR Utrecht", "", "FACTUUR SL-2026-0412",
                               "Hermsen Bouw B.V.", "", "Bedrijfsportretten 28-10-2026   3 uur x 95,00   285,00",
                               "Nabewerking 12 portretten                         120,00", "BTW 21%                                              85,05",
                               "Totaal                                                490,05")))],
     truth=dict(is_dsar=False, rights=[], language="nl",
                notes="Invoice dispute, no personal-data request. PDF invoice attached."))

mail(n=9, group="nl-NL", style="plain",
     **{"from": ("Anouk Ruïz", "anouk.ruiz@hotmail.com")}, hdr_charset="windows-1252", to=Z["talent"],
     subject="Uitschrijven + profiel verwijderen", date=D(2026, 10, 28, 22, 40, 3, 1),
     charset="windows-1252", cte="quoted-printable", html_only=True, outlook=True,
     text=T("""
        Beste Jolien / team Zoeklicht,

        Ik ben sinds kort gestopt met modellenwerk en wil niet meer bij jullie ingeschreven staan. Ik trek hierbij mijn toestemming in om mijn foto's en comp card naar klanten en productiehuizen te sturen. Daarnaast wil ik dat jullie mijn profiel en al mijn gegevens verwijderen, ook de polaroids en mijn maten.

        Ter controle stuur ik een foto van mijn ID-kaart mee (voor- en achterkant).

        Bedankt voor de fijne samenwerking de afgelopen jaren!

        Groetjes,
        Anouk Ruïz
     """),
     attachments=[ID(8, "ID voor en achter.jpg")],
     truth=dict(is_dsar=True, rights=["erasure", "withdraw_consent"], language="nl", name="Anouk Ruïz", email="anouk.ruiz@hotmail.com",
                notes="HTML-only body in windows-1252 (quoted-printable); From display name encoded in windows-1252. Dutch model writing to the Belgian casting agency. Two rights. NL ID card photo, front and back on one image."))

mail(n=10, group="nl-NL", style="plain",
     **{"from": ("Meryem Yıldız", "meryem.yildiz@hotmail.nl")}, to=L["info"],
     subject="Naam verkeerd gespeld + nieuw mailadres", date=D(2026, 11, 18, 13, 12, 0, 1),
     text=T("""
        Hallo Femke,

        Op jullie website staat bij de bedrijfsreportage van Van Loon Accountants een foto van mij met als onderschrift 'Merijem Yildiz'. Mijn naam is Meryem Yıldız (met de Turkse ı). Willen jullie dat aanpassen?

        Verder graag mijn e-mailadres in jullie klantgegevens wijzigen naar meryem@yildiz-advies.nl, dit hotmail-adres gebruik ik binnenkort niet meer.

        Dank je wel!
        Meryem
     """),
     truth=dict(is_dsar=True, rights=["rectification"], language="nl", name="Meryem Yıldız", email="meryem.yildiz@hotmail.nl",
                notes="Rectification of name and e-mail address. The new address in the body is NOT the requester address; the From address is."))

mail(n=11, group="nl-NL", style="other",
     **{"from": ("Marloes Vink", "marloes@vinkinterieur.nl")}, to=L["info"],
     subject="Automatisch antwoord: Uw fotoshoot op 20 november", date=D(2026, 11, 17, 9, 30, 1, 1),
     headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
              ("In-Reply-To", "<set-a-ref-0011@studiolichtkamer.nl>")],
     text=T("""
        Dank voor uw bericht.

        Ik ben afwezig tot en met maandag 23 november en heb beperkt toegang tot mijn e-mail. Uw bericht wordt niet doorgestuurd. Voor dringende zaken kunt u bellen met 030 - 765 21 09.

        Vink Interieurontwerp verwerkt persoonsgegevens conform de AVG. U heeft het recht op inzage, correctie en verwijdering van uw gegevens; meer informatie vindt u in onze privacyverklaring op www.vinkinterieur.nl/privacy.

        Met vriendelijke groet,
        Marloes Vink
     """),
     truth=dict(is_dsar=False, rights=[], language="nl",
                notes="Out-of-office auto-reply with a boilerplate privacy footer listing rights; no request."))

mail(n=12, group="nl-NL", style="formal",
     **{"from": ("mr. K. Dekker", "k.dekker@dekkermol-advocaten.nl")}, to=L["privacy"], cc=L["info"],
     subject="Ons kenmerk 2026.0417 - R. Brands - verzoek ex art. 15 en 18 AVG", date=D(2026, 11, 11, 15, 47, 22, 1),
     alt=True, outlook=True, headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "R. Brands")],
     text=T("""
        Geachte heer, mevrouw,

        Ik sta de heer Rutger Brands, wonende te Nieuwegein, bij in verband met het gebruik van beeldmateriaal waarop hij herkenbaar is afgebeeld. Een door mijn cliënt ondertekende machtiging treft u als bijlage aan.

        Mijn cliënt heeft op 6 juni 2026 deelgenomen aan een fotoshoot in uw studio ten behoeve van zijn portfolio. Hij heeft geconstateerd dat een aantal van deze foto's thans wordt gebruikt in een advertentiecampagne van een derde, waarvoor hij geen toestemming heeft gegeven. Over de rechtmatigheid daarvan verschillen partijen van mening.

        Namens mijn cliënt verzoek ik u:
        1. op grond van artikel 15 AVG mij een volledig overzicht en een kopie te verstrekken van alle persoonsgegevens van mijn cliënt die u verwerkt, waaronder al het beeldmateriaal, de bijbehorende metadata en de gegevens van alle derden aan wie u het beeldmateriaal heeft verstrekt;
        2. op grond van artikel 18 lid 1 sub c AVG de verwerking van het beeldmateriaal te beperken. Ik verzoek u uitdrukkelijk het materiaal niet te verwijderen, aangezien mijn cliënt dit nodig heeft voor de instelling, uitoefening of onderbouwing van een rechtsvordering, maar het in afwachting van de afloop van dit geschil niet langer te gebruiken of aan derden te verstrekken.

        Ik verzoek u binnen de termijn van artikel 12 lid 3 AVG te reageren. Alle rechten en weren van mijn cliënt, waaronder het recht een klacht in te dienen bij de Autoriteit Persoonsgegevens, blijven uitdrukkelijk voorbehouden.

        Hoogachtend,

        mr. K. (Karin) Dekker
        advocaat
        Dekker & Mol Advocaten
        Maliebaan 84, 3581 CX Utrecht
        T 030 - 231 77 40
     """),
     related=[dict(filename="image001.png", ctype="image/png", data=("logo", "DEKKER & MOL"), id=False,
                   cid="image001.png@01DB3C1F.4A2B5E10", disposition="inline")],
     attachments=[ATT("machtiging_cliënt.pdf", "application/pdf",
                      ("pdf", ("MACHTIGING", "", "Ondergetekende, Rutger Brands, machtigt hierbij mr. K. Dekker",
                               "van Dekker & Mol Advocaten om namens hem verzoeken op grond van de",
                               "AVG in te dienen bij Studio Lichtkamer en daarover te corresponderen.", "",
                               "Nieuwegein, 9 november 2026", "", "(handtekening)")), fn_charset="utf-8")],
     truth=dict(is_dsar=True, rights=["access", "restriction"], language="nl", name="Rutger Brands", email="k.dekker@dekkermol-advocaten.nl",
                rep={"kind": "lawyer", "data_subject": "Rutger Brands"},
                notes="Lawyer letter on behalf of a client. Access + restriction ('niet verwijderen, wel niet meer gebruiken, geschil'). AP complaint only reserved. Outlook structure with inline signature logo image001.png (has a filename, not an ID) and an RFC 2231 encoded PDF filename. requester_email is the lawyer's address (only address given)."))

mail(n=13, group="nl-NL", style="plain",
     **{"from": ("Iris Schouten", "iris.schouten@gmail.com")}, to=L["info"],
     subject="Re: Jullie foto's staan klaar!", date=D(2026, 11, 18, 20, 4, 56, 1), alt=True,
     headers=[("In-Reply-To", "<set-a-ref-0013@studiolichtkamer.nl>"), ("References", "<set-a-ref-0013@studiolichtkamer.nl>")],
     text=T("""
        Wat zijn ze mooi geworden!! Opa en oma zijn er heel blij mee, ik heb alles al gedownload. Bedankt voor jullie geduld met de kinderen 😊

        Ook fijn dat jullie zo duidelijk zijn over privacy ("U heeft het recht uw gegevens in te zien, te laten corrigeren of te laten verwijderen"), dat zie je niet vaak.

        Groetjes Iris

        Op di 17 nov 2026 om 11:02 schreef Studio Lichtkamer <info@studiolichtkamer.nl>:

        > Beste Iris,
        >
        > Jullie foto's van de familieshoot staan klaar in de online galerij. De galerij blijft 60 dagen online.
        >
        > Hartelijke groet,
        > Femke Hoogendijk
        > Studio Lichtkamer
        >
        > Privacy: wij bewaren uw foto's en contactgegevens maximaal twee jaar. U heeft het recht uw gegevens in te zien, te laten corrigeren of te laten verwijderen, en bezwaar te maken tegen het gebruik ervan. Stuur hiervoor een e-mail naar privacy@studiolichtkamer.nl.
     """),
     truth=dict(is_dsar=False, rights=[], language="nl",
                notes="Thank-you reply that quotes the studio's privacy sentence (in her own text and in the quoted history). No request."))

mail(n=14, group="nl-NL", style="forward",
     **{"from": ("Administratie OBS De Regenboog", "administratie@obsderegenboog-houten.nl")}, to=L["info"],
     subject="FW: foto's Milan", date=D(2026, 11, 20, 11, 5, 33, 1), alt=True, outlook=True,
     headers=[("X-Mailer", "Microsoft Outlook 16.0")],
     text=T("""
        Goedemiddag,

        Hieronder een mail van een ouder uit groep 4. Kunnen jullie dit oppakken? Volgens mij gaat dit over de foto's die jullie in oktober bij ons gemaakt hebben. Wij hebben zelf alleen de klassenlijsten aangeleverd.

        Met vriendelijke groet,
        Ingrid Mulder
        administratie OBS De Regenboog

        Van: Sander de Graaf <sanderdegraaf@kpnmail.nl>
        Verzonden: donderdag 19 november 2026 22:07
        Aan: Administratie OBS De Regenboog <administratie@obsderegenboog-houten.nl>
        Onderwerp: foto's Milan

        Beste school,

        Ik wil graag weten welke foto's er van mijn zoon Milan de Graaf (groep 4) zijn gemaakt door de schoolfotograaf, en aan wie die gegevens allemaal zijn doorgegeven. Kan ik daar een kopie van krijgen? Ik kreeg namelijk een mail dat er al een account voor Milan bestaat in de fotowinkel.

        Groet,
        Sander de Graaf
     """),
     truth=dict(is_dsar=True, rights=["access"], language="nl", name="Milan de Graaf", email="sanderdegraaf@kpnmail.nl",
                rep={"kind": "parent", "data_subject": "Milan de Graaf"}, processor=True,
                notes="School (the client) forwards a parent's access request (Outlook inline forward). Requester address is the parent inside the forward, not the school's From. Child in groep 4. Processor: school photo shoot."))

mail(n=15, group="nl-NL", style="messy",
     **{"from": ("Kim Brouwer", "kimmiebrouwer@gmail.com")}, to=L["info"],
     subject=None, date=D(2026, 11, 21, 23, 48, 7, 1), charset="iso-8859-15", cte="quoted-printable",
     text="hallo ik wil niet meer die nieuwsbrief krijgen en ook geen appjes meer over acties heb me al één keer afgemeld en mijn nummer mag ook uit jullie systeem gr kim\n",
     truth=dict(is_dsar=True, rights=["erasure", "objection"], language="nl", name="Kim Brouwer", email="kimmiebrouwer@gmail.com",
                notes="No Subject header at all; one line, no punctuation; iso-8859-15 quoted-printable. Stop newsletter/WhatsApp marketing (objection) + remove phone number (erasure). Full name only in display name."))

mail(n=16, group="nl-NL", style="other",
     **{"from": ("Lenzenland", "nieuwsbrief@lenzenland.nl")}, to=L["info"],
     subject="Black Friday: tot 40% korting op studioflitsers 📸", date=D(2026, 11, 20, 7, 0, 0, 1), alt=True,
     headers=[("List-Unsubscribe", "<https://lenzenland.nl/afmelden?u=8812734>, <mailto:afmelden@lenzenland.nl>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
     text=T("""
        BLACK FRIDAY BIJ LENZENLAND

        Tot 40% korting op studioflitsers, softboxen en achtergrondsystemen. Alleen t/m maandag 30 november.

        - Godox-set 2x 400 Ws nu 649 euro (was 899)
        - Opvouwbare octabox 120 cm nu 79 euro
        - Achtergrondpapier 2,72 m alle kleuren 20% korting

        Bekijk alle aanbiedingen: https://lenzenland.nl/blackfriday

        U ontvangt deze e-mail omdat u zakelijk klant bent bij Lenzenland. Wilt u geen nieuwsbrieven meer ontvangen? Afmelden: https://lenzenland.nl/afmelden?u=8812734
        Lees onze privacyverklaring. Op grond van de AVG heeft u recht op inzage, correctie en verwijdering van uw gegevens.
     """),
     truth=dict(is_dsar=False, rights=[], language="nl",
                notes="Supplier newsletter to the studio (multipart/alternative) with unsubscribe and AVG footer. Not a request."))

mail(n=17, group="nl-NL", style="plain",
     **{"from": ("Joost van Rijn", "joostvanrijn@xs4all.nl")}, to=L["info"],
     subject="Overstap naar andere fotograaf", date=D(2026, 11, 9, 19, 20, 44, 1), cte="base64",
     text=T("""
        Beste Femke,

        Al jaren laten wij bij jou onze jaarlijkse gezinsfoto maken, maar omdat we naar Groningen verhuizen gaan we vanaf volgend jaar naar een fotograaf in de buurt (Fotografie Zonnig).

        Kun je alle originele bestanden van onze shoots (2019 t/m 2025) plus de gegevens die je van ons hebt (adres, bestellingen, voorkeuren) in een gangbaar formaat aanleveren, bijvoorbeeld een zip met de foto's en een CSV- of Excelbestand? Rechtstreeks naar hen sturen mag ook: info@fotografiezonnig.nl.

        Dank voor alle mooie jaren!

        Joost van Rijn
     """),
     truth=dict(is_dsar=True, rights=["portability"], language="nl", name="Joost van Rijn", email="joostvanrijn@xs4all.nl",
                notes="Portability in plain words (CSV, transfer to another photographer). Base64 body. The other photographer's address is not the requester."))

mail(n=18, group="nl-NL", style="formal",
     **{"from": ("Ilse Jansen", "ilse.jansen@kpnplanet.nl")}, to=L["privacy"],
     subject="Bezwaar tegen verwerking persoonsgegevens (art. 21 AVG)", date=D(2026, 10, 23, 10, 11, 9, 2, comment="CEST"),
     text=T("""
        Geachte heer/mevrouw,

        Hierbij maak ik op grond van artikel 21 lid 1 van de Algemene Verordening Gegevensbescherming (AVG) bezwaar tegen de verwerking van mijn persoonsgegevens door Studio Lichtkamer.

        Het gaat om het gebruik van foto's waarop ik herkenbaar sta, gemaakt tijdens uw open dag van 12 april 2026, in uw online portfolio en op uw sociale media. Volgens uw privacyverklaring baseert u dit gebruik op uw gerechtvaardigd belang (artikel 6 lid 1 sub f AVG). Mijn bijzondere situatie is als volgt: ik werk in het gevangeniswezen en wil om veiligheidsredenen niet dat mijn beeld online vindbaar is.

        Ik verzoek u de verwerking voor deze doeleinden te staken en mij binnen één maand (artikel 12 lid 3 AVG) schriftelijk te bevestigen dat dit is gebeurd. Indien u meent dat er dwingende gerechtvaardigde gronden zijn die zwaarder wegen, verneem ik graag welke dat zijn.

        Een kopie van mijn paspoort treft u als bijlage aan.

        Ik behoud mij het recht voor een klacht in te dienen bij de Autoriteit Persoonsgegevens.

        Met vriendelijke groet,

        Ilse Jansen
     """),
     attachments=[ID(10, "paspoort_IJansen.pdf", "application/pdf")],
     truth=dict(is_dsar=True, rights=["objection"], language="nl", name="Ilse Jansen", email="ilse.jansen@kpnplanet.nl",
                notes="Formal Art. 21(1) objection against legitimate-interest use (portfolio/social media). Passport as PDF. Date header carries a '(CEST)' comment."))

mail(n=19, group="nl-NL", style="other",
     **{"from": ("Marco | WebGroei", "marco@webgroei-online.nl")}, to=L["info"],
     subject="Is uw website AVG-proof? ⚠️ Boetes tot €20 miljoen", date=D(2026, 11, 19, 6, 12, 44, 1),
     text=T("""
        Goedemorgen,

        Ik heb even naar de website van Studio Lichtkamer gekeken en zag dat uw cookiebanner niet voldoet aan de AVG. Ook scoort uw site slecht in Google op "fotograaf utrecht".

        Wist u dat de Autoriteit Persoonsgegevens boetes kan opleggen tot €20 miljoen? Met ons AVG-pakket (cookiebanner, privacyverklaring en verwerkersregister) bent u voor maar €49 per maand volledig compliant, inclusief SEO-check.

        Zal ik u deze week even bellen? Antwoord gerust met "JA".

        Met vriendelijke groet,
        Marco
        WebGroei Online Marketing

        Geen interesse? Antwoord met STOP en u hoort niets meer van ons.
     """),
     truth=dict(is_dsar=False, rights=[], language="nl",
                notes="Cold sales spam full of AVG vocabulary. Not a request."))

mail(n=20, group="nl-NL", style="plain",
     **{"from": ("R. Hoekstra", "r.hoekstra1961@planet.nl")}, to=L["info"],
     subject="Klacht", date="17-11-2026 22:41",
     text=T("""
        Geachte Studio Lichtkamer,

        Ik wil een klacht indienen. Mijn pasfoto's zouden binnen een dag klaar zijn maar ik heb een week moeten wachten, waardoor ik mijn afspraak bij het gemeentehuis heb gemist.

        Daarnaast heb ik een sms gekregen van een drukkerij waar ik nooit iets mee te maken heb gehad, die wist dat ik bij u pasfoto's had laten maken. Blijkbaar geeft u mijn telefoonnummer zomaar aan anderen door. Dat vind ik zeer kwalijk.

        Ik verwacht dat u mij de € 17,50 terugbetaalt.

        R. Hoekstra
     """),
     truth=dict(is_dsar=False, rights=[], language="nl",
                notes="Service complaint that mentions his phone number being passed on, but only asks for a refund. Malformed Date header ('17-11-2026 22:41') -> received null."))

# ======================= nl-BE (21-40) ====================================
mail(n=21, group="nl-BE", style="plain",
     **{"from": ("Sofie Verstraete", "sofie.verstraete@telenet.be")}, to=B["info"],
     subject="Trouwvideo 2023 - verwijderen gegevens", date=D(2026, 10, 20, 14, 3, 27, 2),
     text=T("""
        Goeiedag,

        In augustus 2023 hebben jullie onze trouwvideo gemaakt (huwelijk Verstraete - Desmet, feestzaal in Deinze). Ondertussen zijn mijn ex-man en ik uit elkaar en ik zou graag hebben dat jullie alles wat jullie van mij bijhouden wissen: de ruwe beelden, de montage, mijn contactgegevens, alles.

        In bijlage een kopie van mijn identiteitskaart zodat jullie weten dat ik het wel degelijk ben.

        Alvast bedankt,
        Sofie Verstraete
     """),
     attachments=[ID(5, "eid_sofie.jpg")],
     truth=dict(is_dsar=True, rights=["erasure"], language="nl", name="Sofie Verstraete", email="sofie.verstraete@telenet.be",
                notes="Flemish erasure request; footage also shows the ex-husband (third party). Belgian eID photo attached."))

mail(n=22, group="nl-BE", style="plain",
     **{"from": ("Marie Peeters", "marie.peeters@skynet.be")}, to=Z["info"],
     subject="Vraag ivm mijn gegevens", date=D(2026, 11, 3, 18, 25, 10, 1),
     html_only=True, cte="quoted-printable",
     html=('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div style="font-family:Arial">Dag,<br><br>Ik sta sinds 2021 ingeschreven bij jullie als figurant. Ik zou graag weten welke '
           'gegevens jullie allemaal van mij bijhouden en aan welke productiehuizen of klanten mijn foto\'s en gegevens doorgestuurd zijn. '
           'Mag ik daar een kopie van krijgen?<br><br>Hieronder mijn identiteitskaart.<br><br>'
           '<img src="cid:image001.jpg@01DB3D2A.11C0F3B0" width="400" alt="identiteitskaart"><br><br>'
           'Met vriendelijke groeten,<br>Marie Peeters<br>0476 12 34 56</div></body></html>\n'),
     related=[dict(filename="image001.jpg", ctype="image/jpeg", data=("asset", "id_0003.jpg"), id=True,
                   cid="image001.jpg@01DB3D2A.11C0F3B0", disposition="inline")],
     truth=dict(is_dsar=True, rights=["access"], language="nl", name="Marie Peeters", email="marie.peeters@skynet.be",
                notes="HTML-only mail; the eID is an INLINE image (multipart/related, cid) named image001.jpg — still an ID document. Access incl. recipients."))

mail(n=23, group="nl-BE", style="plain",
     **{"from": ("Nathalie Claeys", "nathalie.claeys@hotmail.be")}, to=Z["info"],
     subject="Gegevens van onze zoon Lucas", date=D(2026, 11, 5, 21, 14, 50, 1), alt=True, outlook=True,
     text=T("""
        Beste,

        Onze zoon Lucas Wouters (9 jaar) heeft vorig jaar via jullie deelgenomen aan een casting voor een reclamespot. Hij doet dat niet meer en wij willen niet dat zijn gegevens nog langer bij jullie bewaard worden. Gelieve zijn profiel, foto's en de videofragmenten van de casting uit jullie databank te verwijderen.

        Kunnen jullie ook bevestigen wanneer dat gebeurd is?

        Met vriendelijke groeten,
        Nathalie Claeys
        mama van Lucas
     """),
     truth=dict(is_dsar=True, rights=["erasure"], language="nl", name="Lucas Wouters", email="nathalie.claeys@hotmail.be",
                rep={"kind": "parent", "data_subject": "Lucas Wouters"},
                notes="Mother for a 9-year-old (different surname). Erasure from the casting database. Not processor: the agency's own database."))

mail(n=24, group="nl-BE", style="plain",
     **{"from": ("Thomas De Smet", "thomasdesmet@gmail.com")}, to=B["info"],
     subject="Bedrijfsfilm Van Acker Logistics", date=D(2026, 11, 13, 12, 44, 18, 1),
     text=T("""
        Hallo,

        Vorig jaar hebben jullie in opdracht van mijn toenmalige werkgever Van Acker Logistics uit Wetteren een bedrijfsfilm gemaakt waarin ik een paar keer in beeld kom en ook een stukje interview geef. Ik werk daar sinds september niet meer.

        Ik heb toen een toestemmingsformulier getekend, maar die toestemming trek ik bij deze in. Ik wil niet meer in die film te zien zijn, ook niet in de versie op YouTube en LinkedIn.

        Ik heb het ook al aan HR gevraagd maar die verwijzen naar jullie.

        Mvg,
        Thomas De Smet
     """),
     truth=dict(is_dsar=True, rights=["withdraw_consent"], language="nl", name="Thomas De Smet", email="thomasdesmet@gmail.com",
                processor=True,
                notes="Former employee of the studio's client; corporate film ordered by the employer -> processor. Explicit withdrawal of consent."))

mail(n=25, group="nl-BE", style="plain",
     **{"from": ("Els Vandenberghe", "els.vandenberghe@groepvdb.be")}, to=B["info"],
     subject="Offerte bedrijfsfilm + verwerkersovereenkomst", date=D(2026, 11, 16, 9, 17, 5, 1), alt=True, outlook=True,
     text=T("""
        Goeiemorgen,

        Wij zijn op zoek naar een productiehuis voor een rekruteringsvideo van ongeveer 2 minuten, op te nemen in maart 2027 in onze vestigingen in Gent en Aalst. Zouden jullie ons een offerte kunnen bezorgen?

        Onze DPO vraagt of jullie een verwerkersovereenkomst kunnen ondertekenen, aangezien onze medewerkers gefilmd worden en jullie de ruwe beelden bijhouden. Kunnen jullie ook laten weten hoe lang jullie die beelden bewaren en of ze binnen de EU opgeslagen worden?

        Met vriendelijke groeten,

        Els Vandenberghe
        HR & Communicatie
        Groep VDB nv
     """),
     truth=dict(is_dsar=False, rights=[], language="nl",
                notes="Prospective client: quote + data processing agreement + retention/EU storage questions about its employees. Business question, not a data subject exercising a right."))

mail(n=26, group="nl-BE", style="formal",
     **{"from": ("Marie-Thérèse De Backer", "mt.debacker@skynet.be")}, hdr_charset="iso-8859-1", to=Z["info"],
     subject="Verzoek tot gegevenswissing - artikel 17 AVG", date=D(2026, 11, 2, 10, 0, 0, 1),
     charset="iso-8859-1", cte="quoted-printable",
     text=T("""
        Geachte heer, mevrouw,

        Overeenkomstig artikel 17 van de Algemene Verordening Gegevensbescherming (AVG) verzoek ik u alle persoonsgegevens die u over mij verwerkt onverwijld te wissen.

        Ik beroep mij op de volgende grond(en):
        [x] de persoonsgegevens zijn niet langer nodig voor de doeleinden waarvoor zij zijn verzameld (art. 17, lid 1, a);
        [ ] ik trek de toestemming waarop de verwerking berust in en er is geen andere rechtsgrond (art. 17, lid 1, b);
        [ ] ik maak bezwaar tegen de verwerking (art. 17, lid 1, c).

        Ik verzoek u tevens, overeenkomstig artikel 19 AVG, iedere ontvanger aan wie de gegevens werden verstrekt in kennis te stellen van deze wissing.

        Gelieve mij binnen de termijn van één maand na ontvangst (artikel 12, lid 3 AVG) te bevestigen dat mijn gegevens gewist werden. Indien u meent dat een uitzondering van artikel 17, lid 3 AVG van toepassing is, verzoek ik u dit gemotiveerd mee te delen.

        Ik wijs u erop dat ik het recht heb een klacht in te dienen bij de Gegevensbeschermingsautoriteit (GBA).

        Als bijlage vindt u een kopie van de voorzijde van mijn identiteitskaart.

        Met de meeste hoogachting,

        Marie-Thérèse De Backer
        Kapelsestraat 212
        2950 Kapellen

        --
        Brief opgesteld via een online modelbrief voor AVG-verzoeken
     """),
     attachments=[ID(4, "identiteitskaart_voorzijde.jpg")],
     truth=dict(is_dsar=True, rights=["erasure"], language="nl", name="Marie-Thérèse De Backer", email="mt.debacker@skynet.be",
                notes="Belgian generator letter, iso-8859-1 QP, header encoded in iso-8859-1. Only ground (a) ticked; the unticked consent/objection boxes are not requests. Art. 19 notification is part of erasure. 17(3), GBA only cited. eID scan."))

mail(n=27, group="nl-BE", style="messy",
     **{"from": ("Jens Vermeulen", "jensvermeulen99@gmail.com")}, to=B["info"],
     subject="insta", date=D(2026, 11, 8, 22, 17, 3, 1),
     text=T("""
        ey, ik zie dat die video van mij nog altijd op jullie insta staat van die shoot in juni aan de graslei. wil da ge die weghaalt aub, heb daar nooit echt voor getekend eigenlijk en mijn lief vindt da ook ni zo tof
        mvg jens

        Verzonden vanaf mijn Galaxy
     """),
     attachments=[ATT("Screenshot_20261108_221530_Instagram.jpg", "image/jpeg",
                      ("shot", "beeldvangers", "Reels · Gent zomer", 720, 1480, "JPEG", (40, 120, 200)))],
     truth=dict(is_dsar=True, rights=["withdraw_consent"], language="nl", name="Jens Vermeulen", email="jensvermeulen99@gmail.com",
                notes="Flemish dialect from a phone ('da ge', 'ni'); take the video off Instagram -> withdraw_consent by convention. Screenshot attachment, not an ID."))

mail(n=28, group="nl-BE", style="plain",
     **{"from": ("Océane Willems", "oceane.willems@outlook.be")}, to=Z["info"],
     subject="TWEEDE HERINNERING: verzoek tot inzage d.d. 2 oktober 2026", date=D(2026, 11, 18, 7, 31, 12, 1),
     cte="quoted-printable", alt=True, outlook=True,
     headers=[("X-Priority", "1"), ("Importance", "high")],
     text=T("""
        Beste,

        Op 2 oktober 2026 heb ik jullie gevraagd om inzage in en een kopie van mijn persoonsgegevens (zie hieronder). Op 21 oktober heb ik een eerste herinnering gestuurd. Tot op heden heb ik geen enkele reactie ontvangen, zelfs geen ontvangstbevestiging.

        De termijn van één maand uit artikel 12.3 AVG is ondertussen ruim verstreken. Ik vraag jullie nogmaals mij ten laatste op 2 december 2026 een kopie te bezorgen van alle gegevens die jullie over mij bijhouden, inclusief de foto's en de notities van de castings. Zonder antwoord dien ik een klacht in bij de Gegevensbeschermingsautoriteit.

        Ik voeg opnieuw een kopie van mijn identiteitskaart toe.

        Océane Willems

        Van: Océane Willems <oceane.willems@outlook.be>
        Verzonden: vrijdag 2 oktober 2026 16:44
        Aan: info@zoeklichtcasting.be
        Onderwerp: Verzoek tot inzage

        Beste,

        Graag had ik een kopie gekregen van alle persoonsgegevens die Zoeklicht Casting over mij bijhoudt, zoals bedoeld in artikel 15 AVG.

        Met vriendelijke groeten,
        Océane Sofie Léa Willems
     """),
     attachments=[ID(6, "ID_Oceane_Willems.jpg")],
     truth=dict(is_dsar=True, rights=["access"], language="nl", name="Océane Willems", email="oceane.willems@outlook.be",
                follow_up=True,
                notes="Second reminder of an unanswered access request, quoted original below (Outlook style). Threatens GBA complaint (not a request). eID photo; the full given names appear only in the quoted original."))

mail(n=29, group="nl-BE", style="plain",
     **{"from": ("Kurt Lambrecht", "kurt@lambrecht-events.be")}, reply_to=("Boekhouding Lambrecht Events", "boekhouding@lambrecht-events.be"),
     to=B["info"], subject="Factuur BV-2026-118", date=D(2026, 11, 19, 14, 55, 0, 1),
     text=T("""
        Dag Bram,

        Op factuur BV-2026-118 voor de aftermovie van ons bedrijfsevent staan 2 uur extra montage die niet afgesproken waren. Gelieve een creditnota op te maken voor die 2 uur, dan betalen we de rest deze week nog.

        Antwoorden graag rechtstreeks naar onze boekhouding (staat in reply-to).

        Groeten,
        Kurt Lambrecht
        Lambrecht Events bv
     """),
     truth=dict(is_dsar=False, rights=[], language="nl",
                notes="Invoice question with Reply-To different from From; no data request."))

mail(n=30, group="nl-BE", style="plain", flowed=True,
     **{"from": ("Lien Goossens", "lien.goossens@telenet.be")}, to=Z["talent"],
     subject="Fouten in mijn profiel", date=D(2026, 11, 10, 17, 2, 38, 1),
     text=T("""
        Hoi Jolien,

        Ik heb gisteren eens gekeken in mijn profiel op jullie talentenportaal en er staan een paar fouten in:
        - mijn geboortedatum is 07/03/1998 en niet 03/07/1998
        - ik ben 1m72, niet 1m78 (dan krijg ik castings voor de verkeerde rollen 😅)
        - mijn haarkleur is ondertussen donkerblond

        Kunnen jullie dat aanpassen? En zou ik ook eens een overzicht mogen krijgen van alles wat er in mijn dossier staat, ook de interne notities van de bookers? Ik heb het gevoel dat daar nog oude info in zit.

        Merci!
        Lien
     """),
     truth=dict(is_dsar=True, rights=["access", "rectification"], language="nl", name="Lien Goossens", email="lien.goossens@telenet.be",
                notes="Two rights in plain words: correct profile + overview of the dossier incl. internal notes."))

mail(n=31, group="nl-BE", style="form",
     **{"from": ("Beeldvangers website", B["form"])}, reply_to=("Wim Coppens", "wim.coppens@scarlet.be"), to=B["info"],
     subject="Nieuw formulier: Contact", date=D(2026, 11, 9, 20, 13, 51, 1),
     text=T("""
        Er werd een nieuw formulier ingediend op www.beeldvangers.be.

        Naam: Wim Coppens
        E-mailadres: wim.coppens@scarlet.be
        Telefoon: 0495 66 71 20
        Onderwerp: Nieuwsbrief
        Bericht: Goeiendag, ik krijg al een tijdje jullie nieuwsbrief en promomails over trouwvideo's terwijl we al lang getrouwd zijn :-) Ik wens die niet meer te ontvangen. Gelieve mij ook niet meer te bellen voor acties.

        Verzonden op: 09/11/2026 20:13
     """),
     truth=dict(is_dsar=True, rights=["objection"], language="nl", name="Wim Coppens", email="wim.coppens@scarlet.be",
                notes="Contact-form mail from the website with Reply-To set to the visitor (same as the form field). Stop newsletter/calls = objection to direct marketing."))

mail(n=32, group="nl-BE", style="plain", flowed=True,
     **{"from": ("Bart Hermans", "bart.hermans@gmail.com")}, to=Z["info"],
     subject="Kleine opmerking privacyverklaring", date=D(2026, 11, 12, 8, 41, 29, 1),
     text=T("""
        Goeiemorgen,

        Ik was jullie privacyverklaring aan het lezen voor ik mijn dochter inschrijf. Daarin staat nog dat men klacht kan indienen bij de 'Commissie voor de bescherming van de persoonlijke levenssfeer', maar die heet al sinds 2018 de Gegevensbeschermingsautoriteit. Ook de link naar het inschrijvingsformulier onderaan de pagina werkt niet.

        Gewoon ter info!

        Groeten,
        Bart Hermans
     """),
     truth=dict(is_dsar=False, rights=[], language="nl",
                notes="Remark about the privacy statement (outdated authority name, broken link); asks nothing about his own data."))

mail(n=33, group="nl-BE", style="formal",
     **{"from": ("Mr. Pieter Claes", "pieter.claes@advocatenclaes.be")}, to=B["privacy"],
     subject="Onze ref. PC/26/0311 - mevr. Emma Simon - verzoek artikelen 15 en 20 AVG", date=D(2026, 11, 17, 16, 20, 0, 1),
     text=T("""
        Geachte,

        Ik treed op als raadsman van mevrouw Emma Simon, die in 2024 en 2025 als actrice meewerkte aan drie door uw vennootschap geproduceerde kortfilms. Als bijlage vindt u de volmacht die mijn cliënte mij verleende, alsook een kopie van de achterzijde van haar identiteitskaart.

        Namens mijn cliënte verzoek ik u:
        - haar overeenkomstig artikel 15 AVG een kopie te bezorgen van alle persoonsgegevens die u over haar verwerkt, in het bijzonder de ruwe beeldopnamen en de door haar ondertekende releaseformulieren;
        - de persoonsgegevens die zij u zelf heeft verstrekt (contractgegevens, facturatiegegevens, cv, showreel) overeenkomstig artikel 20 AVG in een gestructureerde, gangbare en machineleesbare vorm over te maken.

        Gelieve uw antwoord aan ondergetekende te richten. Ik herinner u eraan dat artikel 12.3 AVG u hiervoor één maand tijd geeft.

        Hoogachtend,

        Mr. Pieter Claes
        Advocaat
        Coupure Links 400, 9000 Gent
     """),
     attachments=[ATT("Volmacht_ESimon.pdf", "application/pdf",
                      ("pdf", ("VOLMACHT", "", "Ondergetekende, Emma Simon, geeft hierbij volmacht aan Mr. Pieter Claes,",
                               "advocaat te Gent, om in haar naam haar rechten onder de AVG uit te oefenen",
                               "ten aanzien van Beeldvangers bv.", "", "Gent, 14 november 2026", "", "(handtekening)"))),
                  ID(9, "eID_achterzijde_ESimon.pdf", "application/pdf")],
     truth=dict(is_dsar=True, rights=["access", "portability"], language="nl", name="Emma Simon", email="pieter.claes@advocatenclaes.be",
                rep={"kind": "lawyer", "data_subject": "Emma Simon"},
                notes="Belgian lawyer for a client; access + portability. Two PDFs: authorisation (not ID) and eID back side (ID). requester_email is the lawyer's address (only one given)."))

mail(n=34, group="nl-BE", style="plain",
     **{"from": ("Griet Van den Bossche", "griet.vdbossche@hotmail.com")}, to=B["info"],
     subject="Promofilm De Wilg - bezwaar", date=D(2026, 11, 15, 19, 58, 11, 1), html_only=True, cte="quoted-printable",
     text=T("""
        Beste,

        Ik ben leerkracht in Basisschool De Wilg in Merelbeke. In opdracht van de school hebben jullie in september een promofilmpje gemaakt voor de inschrijvingen, waarin ik meerdere keren in beeld kom met mijn klas.

        Ik heb er destijds niets van gezegd, maar ik maak bezwaar tegen het gebruik van mijn beeld in die film. Om persoonlijke redenen wil ik niet dat mijn gezicht online te zien is. Ik vraag dus dat jullie de scènes waarin ik herkenbaar ben eruit halen of mij onherkenbaar maken.

        De directie weet hiervan.

        Vriendelijke groeten,
        Griet Van den Bossche
        juf 3de leerjaar
     """),
     truth=dict(is_dsar=True, rights=["objection"], language="nl", name="Griet Van den Bossche", email="griet.vdbossche@hotmail.com",
                processor=True,
                notes="HTML-only. Teacher objects to her image in a promo film ordered by the school -> processor."))

mail(n=35, group="nl-BE", style="plain",
     **{"from": ("Hanne Mertens", "hanne.mertens@telenet.be")}, to=B["info"],
     subject="Re: Uw beelden zijn klaar 🎬", date=D(2026, 11, 21, 10, 36, 2, 1), alt=True,
     headers=[("In-Reply-To", "<set-a-ref-0035@beeldvangers.be>")],
     text=T("""
        Super, echt prachtig gedaan! Mijn moeder heeft al geweend 😄 Tot de volgende keer!

        Hanne

        Op vr 20 nov 2026 om 15:10 schreef Beeldvangers <hallo@beeldvangers.be>:

        > Dag Hanne,
        >
        > De film van het 50-jarig huwelijksfeest van je ouders staat klaar. Je kan hem downloaden via de link in de vorige mail (geldig tot 20 december).
        >
        > Groeten,
        > Bram
        >
        > Beeldvangers verwerkt uw persoonsgegevens overeenkomstig de AVG. U kunt uw gegevens steeds inkijken, laten verbeteren of laten wissen via privacy@beeldvangers.be.
     """),
     truth=dict(is_dsar=False, rights=[], language="nl",
                notes="Thank-you reply; only privacy wording is in the quoted studio footer."))

mail(n=36, group="nl-BE", style="plain",
     **{"from": ("Youssef Benali", "youssef.benali@gmail.com")}, to=Z["info"],
     subject="Foute info in mijn dossier", date=D(2026, 11, 23, 11, 9, 45, 1),
     text=T("""
        Dag Zoeklicht,

        Via een productiehuis hoorde ik dat er in mijn dossier bij jullie staat dat ik in augustus een opdracht last minute heb geannuleerd en 'niet betrouwbaar' ben. Dat klopt niet: de productie heeft zelf de draaidag geschrapt, ik heb daar de mails nog van.

        Ik vraag niet om mijn dossier te verwijderen, ik wil graag bij jullie ingeschreven blijven. Maar ik wil wel dat die opmerking verbeterd wordt, en dat jullie mijn dossier niet meer naar klanten doorsturen zolang dit niet uitgeklaard is.

        Ik kan de mails van de productie bezorgen als dat nodig is.

        Groeten,
        Youssef Benali
     """),
     truth=dict(is_dsar=True, rights=["rectification", "restriction"], language="nl", name="Youssef Benali", email="youssef.benali@gmail.com",
                notes="Explicitly NOT erasure. Correct the note (rectification) + don't send the file to clients while disputed (restriction)."))

mail(n=37, group="nl-BE", style="forward",
     **{"from": ("Jolien Maes", "jolien@zoeklichtcasting.be")}, to="Karel Wuyts <karel@zoeklichtcasting.be>",
     subject="Fwd: Stoppen bij Zoeklicht", date=D(2026, 11, 16, 9, 40, 26, 1), alt=True,
     text=T("""
        Karel, kunt gij dit opvolgen? Kwam binnen op info@. Ik weet niet goed wat we met de foto's van de campagne van vorig jaar moeten doen.

        Jolien

        ---------- Doorgestuurd bericht ---------
        Van: Ruben Declercq <ruben.declercq@outlook.com>
        Date: ma 16 nov 2026 om 09:12
        Subject: Stoppen bij Zoeklicht
        To: <info@zoeklichtcasting.be>


        Beste,

        Ik heb besloten te stoppen met acteren en figuratie. Gelieve mijn foto's van jullie website te halen en mijn account en al mijn gegevens te verwijderen.

        Bedankt voor alles,
        Ruben Declercq
     """),
     truth=dict(is_dsar=True, rights=["erasure", "withdraw_consent"], language="nl", name="Ruben Declercq", email="ruben.declercq@outlook.com",
                notes="Internal Gmail-style forward between two agency staff; requester is the original sender inside the forward. Photos off website (withdraw_consent) + delete account and data (erasure)."))

mail(n=38, group="nl-BE", style="other",
     **{"from": ("GDPR Compliance Center", "info@gdpr-compliance-kmo.eu")}, reply_to=None, to=Z["info"],
     subject="Laatste verwittiging: uw KMO is niet GDPR-conform", date=D(2026, 11, 22, 3, 14, 9, 1),
     html_only=True,
     text=T("""
        Geachte zaakvoerder,

        Uit onze controle blijkt dat Zoeklicht Casting niet beschikt over een geldig GDPR-register. Sinds 25 mei 2018 is dit verplicht voor alle KMO's. De Gegevensbeschermingsautoriteit kan boetes opleggen tot 20.000.000 euro of 4% van de omzet.

        Regulariseer uw situatie binnen 48 uur via onderstaande link om sancties te vermijden:
        https://gdpr-compliance-kmo.eu/registratie?id=BE0784512

        Kostprijs registratie: 390 euro excl. btw.

        Met vriendelijke groeten,
        Dienst Naleving
     """),
     truth=dict(is_dsar=False, rights=[], language="nl",
                notes="Scam/spam using GDPR threats (HTML-only). Not a request."))

mail(n=39, group="nl-BE", style="plain",
     **{"from": ("Stijn Lauwers", "stijn.lauwers@gmail.com")}, to=B["info"],
     subject="beelden personeelsfeest", date=None,
     text=T("""
        Beste,

        Jullie hebben op 26 september gefilmd op het personeelsfeest van Aannemingen Vercruysse in Roeselare, in opdracht van de firma. Mag ik een kopie van alle beelden waar ik op sta? Ik zou ook graag weten of die beelden nog ergens anders voor gebruikt worden dan voor de aftermovie.

        Mvg
        Stijn Lauwers
     """),
     truth=dict(is_dsar=True, rights=["access"], language="nl", name="Stijn Lauwers", email="stijn.lauwers@gmail.com",
                processor=True,
                notes="No Date header -> received null. Employee asks for copy of footage from an employer-ordered event film -> processor."))

mail(n=40, group="nl-BE", style="plain",
     **{"from": ("Laura Jacobs", "laurajacobs@icloud.com")}, to=B["info"],
     subject="Videograaf huwelijk 12 juni 2027", date=D(2026, 11, 24, 20, 2, 17, 1),
     headers=[("X-Mailer", "iPhone Mail (21H16)")],
     text=T("""
        Dag Beeldvangers,

        Wij trouwen op 12 juni 2027 en zijn op zoek naar een videograaf voor de hele dag (ceremonie in het stadhuis van Oudenaarde, feest in een hoeve in Kruishoutem). In bijlage een foto van de locatie.

        Zijn jullie die dag nog vrij? En wat kost een volledige dag ongeveer, met drone?

        Bel gerust eens: 0472 90 18 44.

        Groetjes,
        Laura
     """),
     attachments=[ATT("IMG_2419.HEIC", "image/heic", ("heic_photo", "venue"))],
     truth=dict(is_dsar=False, rights=[], language="nl",
                notes="Booking enquiry with a .heic photo of the venue (not an ID)."))

# ======================= en (41-60) =======================================
mail(n=41, group="en", style="plain", flowed=True,
     **{"from": ("Hannah Cole", "hannah.cole@protonmail.com")}, to=L["info"],
     subject="quick question", date=D(2026, 11, 3, 9, 12, 40, 0),
     text=T("""
        Hi there,

        I had a headshot session with you back in 2021 when I was living in Utrecht. I've since moved back to the UK. What do you still have on me? If you've kept anything (photos, contact details, payment info) could you send me a copy?

        Thanks!
        Hannah Cole
     """),
     truth=dict(is_dsar=True, rights=["access"], language="en", name="Hannah Cole", email="hannah.cole@protonmail.com",
                notes="Plain-words access request, no legal terms. UK sender, +0000."))

mail(n=42, group="en", style="formal",
     **{"from": ("Maria Tessa van den Broek", "mtvandenbroek@gmail.com")}, to=L["privacy"],
     subject="Subject Access Request – Article 15 GDPR", date=D(2026, 10, 27, 8, 30, 0, 1), alt=True,
     text=T("""
        Dear Sir or Madam,

        I am writing to make a subject access request under Article 15 of the General Data Protection Regulation (GDPR).

        Please confirm whether or not you process personal data concerning me and, where that is the case, provide me with a copy of that personal data (Art. 15(3)) together with the following information:
        1. the purposes of the processing;
        2. the categories of personal data concerned;
        3. the recipients or categories of recipients to whom the personal data have been or will be disclosed, in particular recipients in third countries;
        4. the envisaged period for which the personal data will be stored;
        5. the existence of the right to request rectification or erasure of personal data or restriction of processing, or to object to such processing (Art. 16, 17, 18 and 21);
        6. where the personal data were not collected from me, any available information as to their source;
        7. the existence of automated decision-making, including profiling (Art. 22).

        Please provide the copy in a commonly used electronic form (Art. 15(3)).

        Under Art. 12(3) GDPR you must respond without undue delay and in any event within one month of receipt of this request. I have attached a copy of my identity card to confirm my identity.

        If I do not receive a response within this period, I reserve the right to lodge a complaint with the Autoriteit Persoonsgegevens.

        Yours faithfully,

        Maria Tessa van den Broek

        --
        Generated with the free GDPR Letter Builder template
     """),
     attachments=[ID(7, "ID_front.jpg")],
     truth=dict(is_dsar=True, rights=["access"], language="en", name="Maria Tessa van den Broek", email="mtvandenbroek@gmail.com",
                notes="Generator SAR. Lists Arts. 16/17/18/21/22 only as information items; 'commonly used electronic form' is Art. 15(3), not portability. Sent 27 Oct (already CET, +0100). ID front photo."))

mail(n=43, group="en", style="messy",
     **{"from": ("Jade Whitfield", "jadewhitfield01@gmail.com")}, to=L["info"],
     subject="pics", date=D(2026, 11, 11, 1, 3, 22, 0), cte="8bit",
     text="hey so i modeled for u guys in march for the spring lookbook n i dont want my pics on ur instagram anymore pls take them down asap also delete my number and email from ur list thx jade\n\nSent from my iPhone\n",
     attachments=[ATT("IMG_2231.PNG", "image/png", ("shot", "studiolichtkamer", "Spring lookbook ✨", 750, 1334, "PNG", (230, 170, 60)))],
     truth=dict(is_dsar=True, rights=["erasure", "withdraw_consent"], language="en", name="Jade Whitfield", email="jadewhitfield01@gmail.com",
                notes="One line, no punctuation, textspeak. Off Instagram (withdraw_consent) + delete number/email (erasure). Instagram screenshot attached."))

mail(n=44, group="en", style="plain",
     **{"from": ("Rachel Okafor", "r.okafor@brightwave-logistics.com")}, reply_to=("Rachel Okafor", "rachel.okafor.home@gmail.com"),
     to=Z["info"], subject="My daughter's registration", date=D(2026, 11, 6, 13, 45, 9, 1), alt=True, outlook=True,
     headers=[("X-Mailer", "Microsoft Outlook 16.0")],
     text=T("""
        Hello,

        My daughter Ava Okafor (14) signed up with your agency in September through your website without our knowledge or permission. As her mother I would like her profile and all her photos deleted from your database.

        I'd also like to know which clients or production companies have received her details or photos so far, and what exactly you have on file about her.

        Please reply to my personal email address rather than my work one.

        Kind regards,
        Rachel Okafor
     """),
     truth=dict(is_dsar=True, rights=["access", "erasure"], language="en", name="Ava Okafor", email="rachel.okafor.home@gmail.com",
                rep={"kind": "parent", "data_subject": "Ava Okafor"},
                notes="Parent for a 14-year-old. Reply-To (personal) differs from From (work) -> Reply-To address. Two rights."))

mail(n=45, group="en", style="formal",
     **{"from": ("Eleanor Pryce", "e.pryce@harwoodblake.co.uk")}, to=L["privacy"],
     subject="Our client: Mr Tobias Lindqvist – objection and restriction of processing (Art. 18 and 21 GDPR)",
     date=D(2026, 11, 12, 14, 2, 51, 0), alt=True, outlook=True,
     text=T("""
        Dear Sirs,

        We act for Mr Tobias Lindqvist in connection with images of him taken at the 'Urban Faces' exhibition shoot organised by Studio Lichtkamer in May 2026. A signed letter of authority is attached.

        Our client has become aware that these images are being used in your studio's promotional materials, including printed brochures and your website, on the basis of what your privacy notice describes as your legitimate interests.

        On behalf of our client we hereby:
        (a) object, pursuant to Article 21(1) GDPR, to the processing of his personal data for your promotional purposes; our client's particular situation is set out in the enclosed letter; and
        (b) request, pursuant to Article 18(1)(d) GDPR, that you restrict the processing of his personal data pending verification of whether your legitimate grounds override those of our client.

        For the avoidance of doubt, our client does not at this stage request erasure of his data under Article 17 GDPR and reserves all of his rights in that respect, including the right to lodge a complaint with the Autoriteit Persoonsgegevens.

        We should be grateful for your written confirmation within one month, as required by Article 12(3) GDPR.

        Yours faithfully,

        Eleanor Pryce
        Associate
        Harwood Blake LLP
        14 Fenwick Row, London EC4A 2BN
     """),
     attachments=[ATT("Letter of authority - T Lindqvist.pdf", "application/pdf",
                      ("pdf", ("LETTER OF AUTHORITY", "", "I, Tobias Lindqvist, authorise Harwood Blake LLP to act on my behalf",
                               "in all matters relating to my personal data held by Studio Lichtkamer.", "",
                               "Signed: (signature)      Date: 10 November 2026")))],
     truth=dict(is_dsar=True, rights=["restriction", "objection"], language="en", name="Tobias Lindqvist", email="e.pryce@harwoodblake.co.uk",
                rep={"kind": "lawyer", "data_subject": "Tobias Lindqvist"},
                notes="UK law firm. Objection + restriction (18(1)(d)); erasure explicitly NOT requested. PDF letter of authority (not ID)."))

mail(n=46, group="en", style="other",
     **{"from": ("Shutterfolk Weekly", "hello@news.shutterfolk.io")}, to=B["info"],
     subject="5 lighting setups for moody corporate interviews", date=D(2026, 11, 19, 15, 0, 3, 0),
     html_only=True, headers=[("List-Unsubscribe", "<https://news.shutterfolk.io/u/7c1e2a>"), ("Precedence", "bulk")],
     html=('<html><body style="font-family:Helvetica,Arial,sans-serif">'
           '<img src="cid:logo-sf" alt="Shutterfolk" width="180"><h1>5 lighting setups for moody corporate interviews</h1>'
           '<p>This week: how to get that cinematic look with just two lights, a bounce and a bit of haze.</p>'
           '<p><a href="https://news.shutterfolk.io/r/118">Read the full article</a></p><hr>'
           '<p style="font-size:11px;color:#777">You are receiving this because you subscribed at shutterfolk.io. '
           'We respect your privacy and process your data in line with the GDPR. You have the right to access, rectify or erase your data at any time. '
           '<a href="https://news.shutterfolk.io/u/7c1e2a">Unsubscribe</a> | <a href="https://shutterfolk.io/privacy">Privacy policy</a></p>'
           '</body></html>\n'),
     related=[dict(filename=None, ctype="image/png", data=("logo", "Shutterfolk"), id=False, cid="logo-sf", disposition=None)],
     truth=dict(is_dsar=False, rights=[], language="en",
                notes="HTML-only newsletter with GDPR footer. Inline logo has a Content-ID but NO filename, so it is not listed as an attachment."))

mail(n=47, group="en", style="plain",
     **{"from": ("Megan Holloway", "meg.holloway@yahoo.com")}, to=B["info"],
     subject="Re: Please delete my data", date=D(2026, 11, 9, 11, 26, 37, -5),
     headers=[("In-Reply-To", "<1759510920.88213@yahoo.com>")],
     text=T("""
        Hi again,

        Just following up on my email below from October 3rd - I still haven't heard anything back. Could you please confirm that my data has been deleted?

        Thanks,
        Megan

        On Sat, Oct 3, 2026 at 2:02 PM Megan Holloway <meg.holloway@yahoo.com> wrote:
        > Hello,
        >
        > I signed up for your newsletter at a wedding fair in Ghent last year, but we ended up getting married in the US. I'd like you to delete all personal data you hold about me, including my email address and phone number.
        >
        > Best,
        > Megan Holloway
     """),
     truth=dict(is_dsar=True, rights=["erasure"], language="en", name="Megan Holloway", email="meg.holloway@yahoo.com",
                follow_up=True,
                notes="Reminder; original erasure request quoted. US sender, -0500 offset."))

mail(n=48, group="en", style="plain",
     **{"from": ("Lucía Fernández", "lucia.fernandez.model@gmail.com")}, to=Z["talent"],
     subject="Transfer of my portfolio to Northlight", date=D(2026, 11, 20, 18, 2, 9, 1),
     text=T("""
        Hi Jolien,

        As discussed on the phone, I'm moving to Northlight Models in Amsterdam from January. Could you please export my profile data (measurements, experience, availability etc.) and all the photos in my portfolio, ideally as a JSON or CSV file plus a zip of the images, and send it directly to their intake team at intake@northlightmodels.nl? If that's not possible, send it to me and I'll pass it on.

        Thanks so much for everything!
        Lucía
     """),
     truth=dict(is_dsar=True, rights=["portability"], language="en", name="Lucía Fernández", email="lucia.fernandez.model@gmail.com",
                notes="Portability with direct transfer to another agency; the other agency's address is not the requester."))

mail(n=49, group="en", style="form",
     **{"from": ("Studio Lichtkamer website", L["form"])}, to=L["info"],
     subject="[Studio Lichtkamer] New message from Daniel Osei", date=D(2026, 11, 22, 19, 40, 2, 0),
     headers=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
     text=T("""
        Name: Daniel Osei
        Email: d.osei.nl@outlook.com
        Phone:
        Subject: photo on your blog

        Message:
        Hi, I found a photo of me on your blog in the post about your 2024 'Faces of the Oudegracht' street portrait project. I don't remember ever agreeing to be published. Please take it off your blog and delete any other pictures of me you have.

        --
        This e-mail was sent from a contact form on Studio Lichtkamer (https://www.studiolichtkamer.nl)
     """),
     truth=dict(is_dsar=True, rights=["erasure", "withdraw_consent"], language="en", name="Daniel Osei", email="d.osei.nl@outlook.com",
                notes="Contact-form mail (English) to the Dutch studio. Off the blog (withdraw_consent) + delete other pictures (erasure). Requester address only in the form body."))

mail(n=50, group="en", style="plain",
     **{"from": ("Priya Raman", "p.raman@kromme-rijn-is.nl")}, to=L["info"],
     subject="Staff photos – my data", date=D(2026, 11, 16, 12, 31, 19, 1), alt=True,
     text=T("""
        Dear Studio Lichtkamer team,

        I'm a teacher at Kromme Rijn International School. In September you took the staff portraits for the school website and the yearbook, commissioned by the school.

        Two things:
        1. My name is shown as 'Priya Ramen' under my photo on the proofs you sent the school. Please correct it to Priya Raman.
        2. I'd like to know what personal data the school passed on to you about me for the shoot (I believe it included my date of birth, which seems unnecessary) and receive a copy of it.

        Best regards,
        Priya Raman
        Grade 4 teacher
     """),
     truth=dict(is_dsar=True, rights=["access", "rectification"], language="en", name="Priya Raman", email="p.raman@kromme-rijn-is.nl",
                processor=True,
                notes="Staff shoot commissioned by a school -> processor. Rectification + access."))

mail(n=51, group="en", style="other",
     **{"from": ("Oliver Grant", "oliver.grant@fennickstudios.co.uk")}, to=Z["talent"],
     subject="Out of Office: Re: Casting call – 'Northern Lights' campaign", date=D(2026, 11, 24, 8, 0, 12, 0),
     headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     text=T("""
        Thank you for your email.

        I am out of the office until Wednesday 2 December with limited access to email. For urgent casting matters please contact casting@fennickstudios.co.uk.

        Please note that any personal data you send us will be handled in accordance with our privacy notice at fennickstudios.co.uk/privacy.

        Oliver
     """),
     truth=dict(is_dsar=False, rights=[], language="en",
                notes="Out-of-office auto-reply with a privacy notice sentence."))

mail(n=52, group="en", style="plain",
     **{"from": ("Tomasz Nowak", "tomasz.nowak.edit@gmail.com")}, to=B["info"],
     subject="Personnel file + team page", date=D(2026, 11, 4, 10, 15, 0, 1),
     text=T("""
        Hi Bram,

        Now that my contract has ended (last day was 31 October), I'd like to ask two things:

        - please send me a copy of my personnel file and any other personal data you kept about me as an employee (evaluations, timesheets, the notes from my exit interview);
        - I no longer want my photo and bio on the 'Team' page of your website, please take it down.

        No hard feelings, it was a good two years!

        Cheers,
        Tomasz
     """),
     truth=dict(is_dsar=True, rights=["access", "withdraw_consent"], language="en", name="Tomasz Nowak", email="tomasz.nowak.edit@gmail.com",
                notes="Former employee of the studio itself (not processor). Copy of personnel file (access) + photo off the team page (withdraw_consent)."))

mail(n=53, group="en", style="forward",
     **{"from": ("Chloe Marchetti", "chloe@maisonoker.com")}, to=L["info"],
     subject="Fwd: Data request", date=D(2026, 11, 13, 9, 58, 30, 1),
     text=T("""
        Hi Femke,

        Please see attached - one of the models from the SS27 lookbook you shot for us sent us this. As you hold the raw files and the model release forms, could you handle the deletion on your side and let me know when it's done?

        Thanks,
        Chloe

        Chloe Marchetti
        Marketing Coordinator, Maison Oker
     """),
     rfc822=dict(n=53, att_name="Data request.eml", **{"from": ("Naomi Achterberg", "naomi.achterberg@gmail.com")},
                 to="press@maisonoker.com", subject="Data request", date=D(2026, 11, 12, 17, 21, 4, 1),
                 mid="CAF3kd9q2Lp8xQ1m7Yb0@mail.gmail.com",
                 text=T("""
                    Hello,

                    I modelled for your SS27 lookbook in August. I've decided to leave modelling and would like all my personal data and all photos from that shoot deleted, including unpublished ones held by your photographer.

                    Kind regards,
                    Naomi Achterberg
                 """)),
     truth=dict(is_dsar=True, rights=["erasure"], language="en", name="Naomi Achterberg", email="naomi.achterberg@gmail.com",
                processor=True,
                notes="Client (fashion brand) forwards a model's erasure request as an attached message/rfc822 ('Data request.eml'). Requester = inner From. Shoot ordered by the brand -> processor."))

mail(n=54, group="en", style="plain",
     **{"from": ("Sebastian Wright", "seb.wright@fastmail.com")}, to=L["info"],
     subject="Copy of my data and raw files", date=D(2026, 11, 19, 22, 5, 58, 1), cte="base64",
     text=T("""
        Hello,

        Under the GDPR I'd like a copy of all the personal data you hold about me. Separately, I'd also like to receive the photos from my portrait sessions (2023 and 2024) together with my client profile in a structured, machine-readable format - a zip with the original image files and a CSV would be perfect - so I can take them to another photographer.

        Regards,
        Sebastian Wright
     """),
     truth=dict(is_dsar=True, rights=["access", "portability"], language="en", name="Sebastian Wright", email="seb.wright@fastmail.com",
                notes="Base64 text body. Access + portability."))

mail(n=55, group="en", style="plain",
     **{"from": ("Claire Dubois", "claire.dubois@orange.fr")}, to=L["info"],
     subject="Your booking system", date=D(2026, 11, 21, 9, 44, 0, 1),
     text=T("""
        Hello,

        I received a booking confirmation for someone else's session - with their name, phone number and home address - and judging by the reply I got from that person, my confirmation went to them. This is really not OK.

        Please sort out your system. I'd also like a discount on my session on the 28th for the hassle.

        Claire Dubois
     """),
     truth=dict(is_dsar=False, rights=[], language="en",
                notes="Complaint about a data mix-up (possible breach) but asks only for a fix and a discount; no data-subject right exercised."))

mail(n=56, group="en", style="plain", flowed=True,
     **{"from": ("Liam Brennan", "liam.brennan@icloud.com")}, to=B["info"],
     subject="Unsubscribe - and stop the texts", date=D(2026, 11, 22, 12, 1, 7, 1),
     text=T("""
        Hi,

        I've clicked 'unsubscribe' twice and I'm still getting your newsletters, plus now text messages about Black Friday deals. I object to any further use of my details for marketing, by email, text or phone.

        Liam Brennan
     """),
     truth=dict(is_dsar=True, rights=["objection"], language="en", name="Liam Brennan", email="liam.brennan@icloud.com",
                notes="Objection to direct marketing (newsletter + SMS)."))

mail(n=57, group="en", style="plain",
     **{"from": ("Amelia Hart", "amelia.hart.writes@gmail.com")}, to=B["info"],
     subject="Question before booking", date=D(2026, 11, 14, 10, 3, 41, 0),
     text=T("""
        Hi!

        We're looking at you for our wedding on 14 August 2027 in Bruges. Quick question - your privacy policy mentions that the online galleries are hosted by a cloud provider. Is that within the EU? My fiancé works in IT security and is a bit particular about that sort of thing.

        Also, do you still have availability that day?

        Many thanks,
        Amelia
     """),
     truth=dict(is_dsar=False, rights=[], language="en",
                notes="Prospective client's question about the privacy policy (hosting location) + availability; no right exercised on her own data."))

mail(n=58, group="en", style="plain",
     **{"from": ("Anna Vos", "anna.vos@outlook.com")}, to=L["privacy"],
     subject="Re: Your erasure request – identity verification", date=D(2026, 11, 20, 12, 48, 3, 1),
     headers=[("In-Reply-To", "<set-a-ref-0058@studiolichtkamer.nl>"), ("References", "<set-a-ref-0058@studiolichtkamer.nl>")],
     text=T("""
        Hi Femke,

        Sure - attached is a photo of the back of my ID card, as you asked. I only have my phone with me, hope the HEIC format is ok.

        So please go ahead and delete my account, my photos and my details as I asked on Tuesday.

        Thanks,
        Anna Vos

        On 20 Nov 2026, at 10:15, Studio Lichtkamer <privacy@studiolichtkamer.nl> wrote:

        > Dear Ms Vos,
        >
        > Thank you for your request of 17 November to erase your personal data. Before we can process it, we need to verify your identity. Could you send us a copy of the back of your identity card?
        >
        > Under Art. 12(3) GDPR we will respond within one month.
        >
        > Kind regards,
        > Femke Hoogendijk
        > Studio Lichtkamer
     """),
     attachments=[ATT("IMG_6104.HEIC", "application/octet-stream", ("heic_id", "id_0002.jpg"))],
     truth=dict(is_dsar=True, rights=["erasure"], language="en", name="Anna Vos", email="anna.vos@outlook.com",
                notes="Reply to the studio's ID-verification mail, restating the erasure request. ID (back side) as .HEIC declared application/octet-stream. Not a reminder (follow_up false): she answers the studio."))
SPECS[-1]["attachments"][0]["id"] = True

mail(n=59, group="en", style="plain",
     **{"from": ("Chloë Nieuwenhuis", "chloe.nieuwenhuis@gmail.com")}, hdr_charset="iso-8859-1", to=B["info"],
     subject="Spelling of my name in the credits", date=D(2026, 11, 23, 21, 30, 0, 1, weekday=False),
     charset="iso-8859-1", cte="quoted-printable",
     text=T("""
        Hi,

        I was one of the dancers in your short film 'Tij' that premiered at your studio screening last week. My name is spelled 'Chloe Nieuwenhuijs' in the end credits and on your Vimeo page; it's Chloë Nieuwenhuis. Could you correct it?

        Thanks!
        Chloë
     """),
     truth=dict(is_dsar=True, rights=["rectification"], language="en", name="Chloë Nieuwenhuis", email="chloe.nieuwenhuis@gmail.com",
                notes="iso-8859-1 QP body and header; Date header without weekday. Rectification of name in credits."))

mail(n=60, group="en", style="other",
     **{"from": ("Copyright Protection Team", "noreply@img-rights-claims.com")}, reply_to=("Claims Department", "claims.dept.4471@protonmail.com"),
     to=L["info"], subject="Unauthorized use of copyrighted images - action required", date=D(2026, 11, 24, 4, 51, 19, 0),
     text=T("""
        Hello,

        We have detected images on your website studiolichtkamer.nl that are protected by copyright and contain personal data of our client. Under the DMCA and the GDPR (Art. 17) you are required to remove them immediately.

        View the evidence and the list of infringing images here:
        http://img-rights-claims.com/evidence/download?case=88412

        If we do not receive a response within 48 hours, legal action will be initiated.

        Copyright Protection Team
     """),
     truth=dict(is_dsar=False, rights=[], language="en",
                notes="Phishing-style 'copyright claim' invoking GDPR Art. 17; no identifiable data subject, link to 'evidence'. Reply-To differs. Not a request."))

# --------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------

def resolve(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, tuple):
        k = data
        if k in _cache:
            return _cache[k]
        if k[0] == "asset":
            v = asset(k[1])
        elif k[0] == "shot":
            v = screenshot(*k[1:])
        elif k[0] == "photo":
            v = photo(k[1])
        elif k[0] == "logo":
            v = logo(k[1])
        elif k[0] == "pdf":
            v = pdf(list(k[1]))
        elif k[0] == "heic_id":
            v = heic_from(jpeg_bytes=asset(k[1]))
        elif k[0] == "heic_photo":
            v = heic_from(pil_kind=k[1])
        else:
            raise ValueError(k)
        _cache[k] = v
        return v
    raise TypeError(data)


def build(s):
    n = s["n"]
    cs = s.get("charset", "utf-8")
    body_text = s.get("text")
    html_text = s.get("html")
    if s.get("html_only"):
        body = text_part(html_text if html_text else to_html(body_text, s.get("outlook", False), cs), "html", cs, s.get("cte"))
    elif s.get("alt"):
        h = html_text if html_text else to_html(body_text, s.get("outlook", False), cs)
        body = multipart("alternative", [text_part(body_text, "plain", cs, s.get("cte")),
                                         text_part(h, "html", cs, s.get("html_cte", s.get("cte")))])
    else:
        body = text_part(body_text, "plain", cs, s.get("cte"), s.get("flowed", False))
    atts_truth = []
    related = s.get("related", [])
    if related:
        parts = [body]
        for a in related:
            parts.append(bin_part(resolve(a["data"]), a["ctype"], a.get("filename"), a.get("disposition", "inline"),
                                  a.get("cid"), a.get("fn_charset"), a.get("name_param", True)))
            if a.get("filename"):
                atts_truth.append(dict(filename=a["filename"], content_type=a["ctype"], is_id_document=a["id"]))
        body = multipart("related", parts, '; type="text/html"' if s.get("html_only") else '; type="multipart/alternative"')
    atts = s.get("attachments", [])
    if atts or s.get("rfc822"):
        parts = [body]
        for a in atts:
            parts.append(bin_part(resolve(a["data"]), a["ctype"], a["filename"], a.get("disposition", "attachment"),
                                  a.get("cid"), a.get("fn_charset"), a.get("name_param", True)))
            atts_truth.append(dict(filename=a["filename"], content_type=a["ctype"], is_id_document=a["id"]))
        if s.get("rfc822"):
            r = s["rfc822"]
            inner = build(r)[0]
            p = Message()
            p["Content-Type"] = 'message/rfc822; name="%s"' % r["att_name"]
            p.add_header("Content-Disposition", "attachment", filename=r["att_name"])
            p.set_payload([inner])
            parts.append(p)
            atts_truth.append(dict(filename=r["att_name"], content_type="message/rfc822", is_id_document=False))
        body = multipart("mixed", parts)
    m = Message()
    fr = s["from"]
    m["From"] = addr(fr[0], fr[1], s.get("hdr_charset", "utf-8"))
    m["To"] = s["to"]
    if s.get("cc"):
        m["Cc"] = s["cc"]
    if s.get("reply_to"):
        m["Reply-To"] = addr(*s["reply_to"])
    if s.get("subject") is not None:
        m["Subject"] = hdr(s["subject"], s.get("hdr_charset", "utf-8"))
    if s.get("date") is not None:
        m["Date"] = s["date"]
    m["Message-ID"] = "<%s>" % s.get("mid", "set-a-%04d@%s" % (n, fr[1].split("@")[1]))
    for k, v in s.get("headers", []):
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in body.items():
        m[k] = v
    m._payload = body._payload  # raw payload (get_payload() would decode 8bit surrogates)
    # fixed boundaries
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("----=_set_a_%04d_part%d_%s" % (n if isinstance(n, int) else 0, i,
                                                              hashlib.sha1(("%s/%d" % (n, i)).encode()).hexdigest()[:12]))
    return m, atts_truth


def received_of(date):
    if date is None:
        return None
    try:
        return parsedate_to_datetime(date).isoformat()
    except (ValueError, TypeError):
        return None


def main_build():
    MAILS.mkdir(exist_ok=True)
    for old in MAILS.glob("*"):
        old.unlink()
    for s in SPECS:
        n = s["n"]
        m, atts = build(s)
        b = io.BytesIO()
        BytesGenerator(b, mangle_from_=False, policy=policy.compat32).flatten(m)
        raw = b.getvalue()
        (MAILS / ("%04d.eml" % n)).write_bytes(raw)
        t = s["truth"]
        truth = {
            "file": "mails/%04d.eml" % n,
            "is_dsar": t["is_dsar"],
            "rights": t.get("rights", []),
            "language": t["language"],
            "requester_name": t.get("name"),
            "requester_email": t.get("email"),
            "received": received_of(s.get("date")),
            "attachments": atts,
            "representative": t.get("rep"),
            "processor": t.get("processor", False),
            "follow_up": t.get("follow_up", False),
            "group": s["group"],
            "style": s["style"],
            "notes": t["notes"],
        }
        (MAILS / ("%04d.json" % n)).write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

# --------------------------------------------------------------------------
# self-check
# --------------------------------------------------------------------------

def all_text(msg):
    """Headers + decoded text of every part (incl. attached messages)."""
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append("%s: %s" % (k, v))
        if part.get_content_maintype() == "text":
            try:
                out.append(part.get_content())
            except Exception as e:  # pragma: no cover
                out.append("")
    return "\n".join(out)


def check():
    errs = []
    jsons = sorted(MAILS.glob("*.json"))
    emls = sorted(MAILS.glob("*.eml"))
    if len(jsons) != 60 or len(emls) != 60:
        errs.append("expected 60+60 files, got %d json %d eml" % (len(jsons), len(emls)))
    for j in jsons:
        t = json.loads(j.read_text(encoding="utf-8"))
        f = HERE / t["file"]
        tag = j.name
        if list(t.keys()) != KEYS:
            errs.append("%s: keys/order %s" % (tag, list(t.keys())))
        if t["rights"] != [r for r in CANON if r in t["rights"]] or len(set(t["rights"])) != len(t["rights"]):
            errs.append("%s: rights not canonical %s" % (tag, t["rights"]))
        if len(t["rights"]) > 2:
            errs.append("%s: more than two rights" % tag)
        if t["is_dsar"] and not t["rights"]:
            errs.append("%s: dsar without rights" % tag)
        if not t["is_dsar"]:
            if t["rights"] or t["requester_name"] or t["requester_email"] or t["representative"] or t["processor"] or t["follow_up"]:
                errs.append("%s: non-request with request fields" % tag)
        if t["language"] not in ("nl", "en", "fr", "de"):
            errs.append("%s: language" % tag)
        if t["group"] not in ("nl-NL", "nl-BE", "en") or t["style"] not in ("plain", "formal", "messy", "form", "forward", "other"):
            errs.append("%s: group/style" % tag)
        if t["representative"] is not None:
            r = t["representative"]
            if list(r.keys()) != ["kind", "data_subject"] or r["kind"] not in ("parent", "lawyer", "other"):
                errs.append("%s: representative shape" % tag)
        raw = f.read_bytes()
        try:
            msg = BytesParser(policy=policy.default).parsebytes(raw)
            # touch everything
            for part in msg.walk():
                for k in part.keys():
                    str(part[k])
                if not part.is_multipart() and part.get_content_type() != "message/rfc822":
                    part.get_content()
        except Exception as e:
            errs.append("%s: parse error %r" % (tag, e)); continue
        for d in msg.defects:
            errs.append("%s: defect %r" % (tag, d))
        # received
        rawdate = None
        m32 = BytesParser(policy=policy.compat32).parsebytes(raw)
        rawdate = m32.get("Date")
        try:
            exp = parsedate_to_datetime(str(rawdate)).isoformat() if rawdate else None
        except (ValueError, TypeError):
            exp = None
        if exp != t["received"]:
            errs.append("%s: received %s != %s" % (tag, t["received"], exp))
        # attachments
        got = []
        for part in msg.walk():
            fn = part.get_filename()
            if fn:
                got.append(dict(filename=fn, content_type=part.get_content_type(),
                                is_id_document=None))
        exp_atts = [dict(a, is_id_document=None) for a in t["attachments"]]
        if got != exp_atts:
            errs.append("%s: attachments %s != %s" % (tag, got, exp_atts))
        for a in t["attachments"]:
            if list(a.keys()) != ["filename", "content_type", "is_id_document"]:
                errs.append("%s: attachment keys" % tag)
        # requester address occurs
        if t["requester_email"]:
            txt = all_text(msg)
            if t["requester_email"].lower() not in txt.lower():
                errs.append("%s: requester_email not in mail" % tag)
            if t["requester_email"].encode().lower() not in raw.lower():
                print("note: %s requester_email only in decoded text" % tag)
        if t["requester_name"]:
            txt = all_text(msg)
            if t["requester_name"] not in txt:
                errs.append("%s: requester_name %r not literally in decoded mail" % (tag, t["requester_name"]))
    if errs:
        print("\n".join(errs)); print("SELF-CHECK FAILED: %d problem(s)" % len(errs)); return 1
    print("SELF-CHECK OK: %d mails" % len(jsons)); return 0


# --------------------------------------------------------------------------
# README + checksums
# --------------------------------------------------------------------------
QUOTED_HISTORY = {6, 13, 14, 28, 35, 37, 47, 58}   # mails carrying earlier mail text (quoted reply / inline forward)


def features(n, raw, t):
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    f = set()
    cts = [p.get_content_type() for p in msg.walk()]
    leaf_text = [p for p in msg.walk() if p.get_content_maintype() == "text"]
    if "text/plain" not in cts and "text/html" in cts:
        f.add("HTML-only body")
    if "multipart/alternative" in cts:
        f.add("multipart/alternative (text + HTML)")
    if "multipart/related" in cts:
        f.add("multipart/related (inline images)")
    if "message/rfc822" in cts:
        f.add("attached message/rfc822")
    for p in leaf_text:
        cte = (p.get("Content-Transfer-Encoding") or "7bit").lower()
        f.add("text body CTE " + cte)
        cs = p.get_content_charset()
        if cs and cs not in ("utf-8", "us-ascii"):
            f.add("non-UTF-8 charset (%s)" % cs)
    m32 = BytesParser(policy=policy.compat32).parsebytes(raw)
    if m32.get("Date") is None:
        f.add("Date header missing")
    elif t["received"] is None:
        f.add("Date header malformed")
    if m32.get("Subject") is None:
        f.add("Subject header missing")
    if m32.get("Reply-To"):
        f.add("Reply-To differs from From")
    if m32.get("Auto-Submitted"):
        f.add("Auto-Submitted (auto-reply)")
    if "=?" in (m32.get("From") or ""):
        f.add("encoded From display name")
    if n in QUOTED_HISTORY:
        f.add("quoted earlier mail in body")
    if t["attachments"]:
        f.add("has attachments")
    for a in t["attachments"]:
        ext = a["filename"].rsplit(".", 1)[-1].lower()
        f.add("attachment .%s" % ext)
        if a["is_id_document"]:
            f.add("ID document attached")
    if any(a["is_id_document"] and ext in ("heic",) for a in t["attachments"] for ext in [a["filename"].rsplit(".", 1)[-1].lower()]):
        f.add("ID document as .heic")
    if t["representative"]:
        f.add("representative: " + t["representative"]["kind"])
    if t["processor"]:
        f.add("processor (client-ordered shoot)")
    if t["follow_up"]:
        f.add("follow-up / reminder")
    if len(t["rights"]) == 2:
        f.add("two rights in one mail")
    return f


def write_readme():
    from collections import Counter
    rows, feat, per_group, per_right, per_style, per_lang = [], Counter(), Counter(), Counter(), Counter(), Counter()
    studio_of = {L["info"]: "Lichtkamer", L["privacy"]: "Lichtkamer", Z["info"]: "Zoeklicht", Z["talent"]: "Zoeklicht",
                 B["info"]: "Beeldvangers", B["privacy"]: "Beeldvangers"}
    per_studio = Counter()
    for s in SPECS:
        n = s["n"]
        t = json.loads((MAILS / ("%04d.json" % n)).read_text(encoding="utf-8"))
        raw = (MAILS / ("%04d.eml" % n)).read_bytes()
        per_group[(t["group"], t["is_dsar"])] += 1
        per_style[t["style"]] += 1
        per_lang[t["language"]] += 1
        for r in t["rights"]:
            per_right[(t["group"], r)] += 1
        st = "Zoeklicht" if "zoeklicht" in s["to"] else ("Beeldvangers" if "beeldvangers" in s["to"] else "Lichtkamer")
        per_studio[st] += 1
        for x in features(n, raw, t):
            feat[(x, t["group"])] += 1
        rows.append("| %04d | %s | %s | %s | %s | %s |" % (n, t["group"], t["style"], "yes" if t["is_dsar"] else "no",
                                                       ", ".join(t["rights"]) or "-", st))
    G = ["nl-NL", "nl-BE", "en"]
    out = ["# Blind intake test set — set a", "",
           "60 frozen e-mails (`mails/NNNN.eml`) with ground truth (`mails/NNNN.json`) for the AVG/GDPR request intake.",
           "Built by `make_set.py` (deterministic: fixed Message-IDs and MIME boundaries, images drawn by code, no randomness);",
           "`python3 make_set.py` rebuilds and self-checks, `python3 make_set.py --check` only checks. `SHA256SUMS` lists the file hashes.",
           "Needs Pillow and pillow-heif (for the two .heic files). ID-document images/PDFs are taken unchanged from",
           "`/work/coord/intake_blind/assets/` (one of them re-encoded as HEIC).", "",
           "All people, studios, schools, firms and addresses are fictional.", "",
           "## Fictional studios (recipients)", "",
           "| studio | kind | address | mailboxes | mails |", "|---|---|---|---|---|",
           "| Studio Lichtkamer | photo studio (portraits, families, school photos, lookbooks) | %s | %s, %s (form: %s) | %d |" % (L["addr"], L["info"], L["privacy"], L["form"], per_studio["Lichtkamer"]),
           "| Beeldvangers bv | video maker (weddings, corporate films, events) | %s | %s, %s (form: %s) | %d |" % (B["addr"], B["info"], B["privacy"], B["form"], per_studio["Beeldvangers"]),
           "| Zoeklicht Casting | casting / model agency | %s | %s, %s (+ staff mailboxes) | %d |" % (Z["addr"], Z["info"], Z["talent"], per_studio["Zoeklicht"]),
           "", "## Counts per group", "", "| group | mails | GDPR requests | not requests |", "|---|---|---|---|"]
    for g in G:
        out.append("| %s | %d | %d | %d |" % (g, per_group[(g, True)] + per_group[(g, False)], per_group[(g, True)], per_group[(g, False)]))
    out.append("| total | 60 | %d | %d |" % (sum(per_group[(g, True)] for g in G), sum(per_group[(g, False)] for g in G)))
    out += ["", "Request-text language: " + ", ".join("%s %d" % kv for kv in sorted(per_lang.items())),
            "", "Styles: " + ", ".join("%s %d" % kv for kv in sorted(per_style.items())),
            "", "## Counts per right (mails naming the right; a mail has at most two)", "",
            "| right | nl-NL | nl-BE | en | total |", "|---|---|---|---|---|"]
    for r in CANON:
        c = [per_right[(g, r)] for g in G]
        out.append("| %s | %d | %d | %d | %d |" % (r, c[0], c[1], c[2], sum(c)))
    out += ["", "## Counts per feature", "", "| feature | nl-NL | nl-BE | en | total |", "|---|---|---|---|---|"]
    for x in sorted({k[0] for k in feat}):
        c = [feat[(x, g)] for g in G]
        out.append("| %s | %d | %d | %d | %d |" % (x, c[0], c[1], c[2], sum(c)))
    out += ["", "## Ground-truth conventions used", "",
            "- `requester_name` is the data subject's name as written; with a representative (parent, lawyer) it is the child's/client's name,",
            "  while `requester_email` is the only address given, i.e. the representative's (Reply-To if set). Forwards: the original sender inside the forward;",
            "  contact forms: the e-mail field in the body. A new address inside a rectification request is not the requester address.",
            "- `received` is the outer Date header as ISO 8601 with its own offset; null for 0020 (malformed) and 0039 (missing).",
            "- `attachments` lists every MIME part that has a filename, in mail order, with the declared content type (inline images with a",
            "  filename count; the newsletter logo in 0046 has only a Content-ID and is not listed; 0053's attached message/rfc822 counts).",
            "- `processor` is true when the request concerns images made for a client (school, employer, brand).",
            "", "## Index", "", "| # | group | style | request | rights | studio |", "|---|---|---|---|---|---|"] + rows
    (HERE / "README.md").write_text("\n".join(out) + "\n", encoding="utf-8")
    sums = []
    for f in sorted(MAILS.iterdir()):
        sums.append("%s  mails/%s" % (hashlib.sha256(f.read_bytes()).hexdigest(), f.name))
    (HERE / "SHA256SUMS").write_text("\n".join(sums) + "\n")


if __name__ == "__main__":
    if "--check" not in sys.argv:
        main_build()
        write_readme()
    sys.exit(check())
