#!/usr/bin/env python3
"""Build a blind test set of 60 French/German e-mails (0061-0120) for a
GDPR-request intake feature, plus one ground-truth JSON per mail.

Deterministic: fixed Message-IDs, fixed MIME boundaries, fixed random seed,
images drawn with Pillow from fixed parameters.  Run:

    python3 make_set.py          # builds mails/ and checks the output

Everything (mail texts, ground truth) lives in this file; the only external
inputs are the ID-document images in ../../intake_blind/assets/.
"""
import base64
import email
import email.policy
import io
import json
import os
import quopri
import random
import re
import shutil
import sys
from email import charset as _charset
from email.charset import Charset
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, parsedate_to_datetime

from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
ASSETS = os.path.normpath(os.path.join(HERE, "..", "..", "intake_blind", "assets"))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
if not os.path.isdir(FONT_DIR):
    FONT_DIR = "/usr/share/fonts/truetype"

random.seed(20260204)

RIGHTS_ORDER = ["access", "rectification", "erasure", "restriction",
                "portability", "objection", "withdraw_consent"]

# --------------------------------------------------------------------------
# The three fictional studios
# --------------------------------------------------------------------------
KORAAL = dict(
    name="Atelier Koraal Fotografie", addr="info@koraal-fotografie.nl",
    post="Kleine Houtstraat 47, 2011 DH Haarlem, Nederland",
    tel="+31 23 555 0147", web="www.koraal-fotografie.nl", domain="koraal-fotografie.nl")
LUMEN = dict(
    name="Lumen & Linde Casting", addr="casting@lumenlinde.be",
    post="Rue du Bailli 63, 1050 Ixelles (Bruxelles), Belgique",
    tel="+32 2 555 63 10", web="www.lumenlinde.be", domain="lumenlinde.be")
VLIER = dict(
    name="Studio Vlierbes Foto & Video", addr="hallo@studiovlierbes.nl",
    post="Hoogbrugstraat 29, 6221 CP Maastricht, Nederland",
    tel="+31 43 555 2990", web="www.studiovlierbes.nl", domain="studiovlierbes.nl")


# --------------------------------------------------------------------------
# Images (deterministic)
# --------------------------------------------------------------------------
def _font(size, bold=False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for d in (FONT_DIR, "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype"):
        p = os.path.join(d, name)
        if os.path.exists(p):
            return ImageFont.truetype(p, size)
    return ImageFont.load_default()


def portfolio_photo(seed, size=(1200, 900), fmt="JPEG"):
    """A 'portfolio photo' made of coloured shapes (4:3 or 3:2)."""
    rnd = random.Random(seed)
    w, h = size
    bg = tuple(rnd.randint(20, 90) for _ in range(3))
    im = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(im)
    for i in range(h):
        c = tuple(min(255, v + i * 60 // h) for v in bg)
        d.line([(0, i), (w, i)], fill=c)
    # a 'person': head + body silhouette
    cx = rnd.randint(w // 3, 2 * w // 3)
    skin = (rnd.randint(150, 230), rnd.randint(110, 180), rnd.randint(90, 150))
    d.ellipse([cx - h // 9, h // 5, cx + h // 9, h // 5 + 2 * h // 9], fill=skin)
    cloth = tuple(rnd.randint(60, 240) for _ in range(3))
    d.rounded_rectangle([cx - h // 4, h // 2 - 20, cx + h // 4, h + 40], radius=60, fill=cloth)
    for _ in range(6):
        x, y = rnd.randint(0, w), rnd.randint(0, h)
        r = rnd.randint(20, 120)
        col = tuple(rnd.randint(0, 255) for _ in range(3))
        d.ellipse([x - r, y - r, x + r, y + r], outline=col, width=rnd.randint(2, 8))
    buf = io.BytesIO()
    if fmt == "JPEG":
        im.save(buf, "JPEG", quality=82)
    else:
        im.save(buf, fmt)
    return buf.getvalue()


def screenshot(lines, size=(720, 1280), title="instagram", seed=1):
    """A phone-screenshot-like image of text (PNG)."""
    rnd = random.Random(seed)
    w, h = size
    im = Image.new("RGB", size, (250, 250, 250))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, 60], fill=(240, 240, 240))
    d.text((20, 18), "09:41", font=_font(22, True), fill=(0, 0, 0))
    d.text((w - 110, 18), "5G 87%", font=_font(20), fill=(0, 0, 0))
    d.text((20, 80), title, font=_font(34, True), fill=(20, 20, 20))
    box_top = 150
    d.rectangle([0, box_top, w, box_top + w * 3 // 4], fill=tuple(rnd.randint(60, 200) for _ in range(3)))
    d.ellipse([w // 2 - 80, box_top + 60, w // 2 + 80, box_top + 220], fill=(210, 170, 140))
    y = box_top + w * 3 // 4 + 20
    f = _font(24)
    for line in lines:
        d.text((20, y), line, font=f, fill=(30, 30, 30))
        y += 36
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def logo(text, colour=(30, 60, 110), height=64):
    """A small signature logo (PNG)."""
    size = (int(66 + _font(17, True).getlength(text) + 12), height)
    im = Image.new("RGB", size, (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.rectangle([4, 4, 56, 60], fill=colour)
    d.text((14, 14), text[:1], font=_font(30, True), fill=(255, 255, 255))
    d.text((66, 20), text, font=_font(17, True), fill=colour)
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def text_pdf(lines):
    """A one-page 'scanned' PDF with some text (power of attorney etc.)."""
    im = Image.new("RGB", (1240, 1754), (255, 255, 255))
    d = ImageDraw.Draw(im)
    y = 140
    for i, line in enumerate(lines):
        d.text((120, y), line, font=_font(34 if i == 0 else 26, i == 0), fill=(15, 15, 15))
        y += 70 if i == 0 else 44
    d.line([(120, y + 80), (560, y + 60)], fill=(20, 20, 120), width=4)
    d.line([(150, y + 50), (300, y + 110)], fill=(20, 20, 120), width=3)
    buf = io.BytesIO()
    im.save(buf, "PDF", resolution=150.0)
    data = buf.getvalue()
    # Pillow writes timestamps into the PDF info dict: strip them for determinism
    stamp = b"D:20260201100000Z"
    data = re.sub(rb"D:\d{14}Z", lambda _m: stamp, data)  # same length, xref offsets stay valid
    return data


def asset(name):
    with open(os.path.join(ASSETS, name), "rb") as f:
        return f.read()


# --------------------------------------------------------------------------
# MIME helpers (compat32 so that header encodings stay exactly as written)
# --------------------------------------------------------------------------
def cs(name, body):
    """Charset object with an explicit body encoding: 'qp', 'b64', '8bit', '7bit'."""
    c = Charset(name)
    c.body_encoding = {"qp": _charset.QP, "b64": _charset.BASE64,
                       "8bit": None, "7bit": None}[body]
    c.header_encoding = _charset.QP
    return c


def text_part(text, subtype="plain", charset="utf-8", cte="8bit"):
    if cte == "7bit":
        text.encode("ascii")  # must be plain ASCII
    p = MIMEText(text, subtype, cs(charset, cte))
    if cte in ("8bit", "7bit"):
        del p["Content-Transfer-Encoding"]
        p["Content-Transfer-Encoding"] = cte
    return p


def hdr(s, charset="utf-8", enc="q"):
    """RFC 2047 encode s (only if it is not plain ASCII)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    c = Charset(charset)
    c.header_encoding = _charset.QP if enc == "q" else _charset.BASE64
    return Header(s, c).encode()


def addr(name, address, charset="utf-8", enc="q"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return "%s <%s>" % (hdr(name, charset, enc), address)


def html_wrap(body_html, font="Calibri, Arial, sans-serif"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div style="font-family:%s;font-size:11pt">%s</div></body></html>'
            % (font, body_html))


def plain_to_html(text):
    esc = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    paras = esc.split("\n\n")
    return "".join("<p>%s</p>" % p.replace("\n", "<br>\n") for p in paras)


# --------------------------------------------------------------------------
# Mail registry
# --------------------------------------------------------------------------
MAILS = []


def mail(**kw):
    MAILS.append(kw)


def att(filename, ctype, data, is_id=False, inline_cid=None):
    return dict(filename=filename, ctype=ctype, data=data, is_id=is_id, cid=inline_cid)


def idfile(asset_name, filename, ctype=None):
    data = asset(asset_name)
    if ctype is None:
        ctype = "application/pdf" if asset_name.endswith(".pdf") else "image/jpeg"
    return att(filename, ctype, data, is_id=True)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


SIG_KORAAL = ("Joris Verhoef\nAtelier Koraal Fotografie\n%s\n%s | %s"
              % (KORAAL["post"], KORAAL["tel"], KORAAL["web"]))


def T(is_dsar, rights=(), name=None, email_=None, rep=None, processor=False,
      follow_up=False, notes=""):
    """Ground-truth fragment."""
    return dict(is_dsar=is_dsar, rights=list(rights), requester_name=name,
                requester_email=email_, representative=rep, processor=processor,
                follow_up=follow_up, notes=notes)


def REP(kind, subject):
    return {"kind": kind, "data_subject": subject}


# ==========================================================================
# FRENCH GROUP  (0061 - 0090): 21 requests, 9 non-requests
# ==========================================================================

mail(n=61, group="fr", style="plain", kind="direct",
     frm=("Nico Dewez", "nicolas.dewez@skynet.be"), to=LUMEN["addr"],
     subject="question", date="Tue, 13 Jan 2026 22:47:05 +0100",
     text="qu'est ce que vous avez encore sur moi ? j'avais fait un casting chez vous en 2023\n\nnico\n\nEnvoye de mon iPhone\n",
     charset="us-ascii", cte="7bit", crlf=False,
     truth=T(True, ["access"], "Nico Dewez", "nicolas.dewez@skynet.be",
             notes="Everyday one-liner, lowercase, no accents, no legal vocabulary at all; "
                   "'what do you still have on me' = access. 7bit us-ascii."))

_t62 = """Madame, Monsieur,

En application de l'article 15 du Règlement général sur la protection des données (RGPD), je vous prie de bien vouloir m'indiquer si des données à caractère personnel me concernant sont traitées par votre société et, le cas échéant, de m'en communiquer une copie conformément à l'article 15, paragraphe 3.

Je vous remercie de me préciser également :
- les finalités du traitement ;
- les catégories de données concernées ;
- les destinataires auxquels les données ont été ou seront communiquées ;
- la durée de conservation envisagée ;
- la source des données lorsqu'elles n'ont pas été collectées auprès de moi ;
- l'existence d'une prise de décision automatisée, y compris un profilage (article 22).

Ma demande porte notamment sur les photographies réalisées lors de la séance du 14 juin 2025 dans votre studio de Haarlem ainsi que sur les échanges de courriels associés.

Conformément à l'article 12, paragraphe 3, du RGPD, vous disposez d'un délai d'un mois à compter de la réception de la présente pour y répondre. La présente demande est sans préjudice des droits que je pourrais exercer ultérieurement au titre des articles 16 et 17.

À défaut de réponse dans ce délai, je me réserve le droit d'introduire une réclamation auprès de la Commission nationale de l'informatique et des libertés (CNIL) ou de l'Autoriteit Persoonsgegevens.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Claire Morvan
12 rue des Tanneurs
35000 Rennes
France
"""
mail(n=62, group="fr", style="formal", kind="direct",
     frm=("Claire Morvan", "claire.morvan@laposte.net"), to="Atelier Koraal Fotografie <%s>" % KORAAL["addr"],
     subject="Demande d'accès à mes données personnelles (article 15 RGPD)", subj_enc="b",
     date="Mon, 19 Jan 2026 09:02:41 +0100",
     text=_t62, html=html_wrap(plain_to_html(_t62)), charset="utf-8", cte="qp", html_cte="qp", crlf=True,
     truth=T(True, ["access"], "Claire Morvan", "claire.morvan@laposte.net",
             notes="Generator-style formal letter: Art. 15, 15(3), 12(3), 22 listed, CNIL/AP mentioned. "
                   "Art. 16 and 17 cited only 'sans préjudice' -> NOT rectification/erasure."))

mail(n=63, group="fr", style="plain", kind="direct",
     frm=("Mehdi Benali", "mehdi.benali@hotmail.be"), to=LUMEN["addr"],
     subject="Réservation séance book", date="Wed, 21 Jan 2026 14:15:00 +0100",
     text="""Bonjour,

Je voudrais réserver une séance photo pour faire mon book (je commence comme mannequin homme). Est-ce que vous avez de la place un samedi en février, le 7 ou le 14 ? Et quels sont vos tarifs pour 3 tenues ?

Je vous mets une photo de moi en pièce jointe pour que vous voyiez un peu mon profil.

Merci d'avance et bonne journée,
Mehdi Benali
0485 77 21 09
""", charset="utf-8", cte="8bit",
     atts=[att("moi_profil.jpg", "image/jpeg", portfolio_photo(63, (1200, 900)))],
     truth=T(False, notes="Ordinary booking with a photo of the sender attached (portfolio-like, NOT an ID)."))

_t64 = """Bonjour,

Je viens de voir que vous utilisez TOUJOURS mes photos sur votre site et sur votre Instagram (voir capture) alors que j'ai arrêté avec vous depuis l'été dernier !!! Je suis plus d'accord, c’est clair ?

Enlevez mes photos de votre site et de votre page insta IMMEDIATEMENT. Je trouve ça vraiment pas correcte de faire de la pub avec ma tête sans me demander.

J’attend une reponse rapide sinon je porte plainte.

Jessica
"""
mail(n=64, group="fr", style="plain", kind="direct",
     frm=("Jessica Lemaire", "jess.lemaire87@gmail.com"), to=LUMEN["addr"],
     subject="VOS PHOTOS DE MOI", date="Sat, 24 Jan 2026 01:12:37 +0100",
     text=_t64, charset="windows-1252", cte="8bit",
     atts=[att("Screenshot_20260123-234512.png", "image/png",
               screenshot(["lumenlinde.casting", "Nouveaux visages pour la saison !",
                           "#casting #bruxelles #model", "128 J'aime"], seed=64))],
     truth=T(True, ["withdraw_consent"], "Jessica Lemaire", "jess.lemaire87@gmail.com",
             notes="Angry, typos, shouting; 'enlevez mes photos de votre site et insta' + 'plus d'accord' -> "
                   "withdraw_consent only (no deletion of records asked). Screenshot attached is not an ID. "
                   "windows-1252 8bit with curly apostrophes."))

mail(n=65, group="fr", style="plain", kind="direct",
     frm=("Marie Peeters", "marie.peeters@telenet.be"), to="Lumen & Linde <%s>" % LUMEN["addr"],
     subject="Suppression de mon dossier", date="Tue, 3 Feb 2026 11:26:09 +0100",
     text="""Bonjour Madame Vandamme,

J'ai été inscrite chez vous comme figurante de 2019 à 2022. Je ne souhaite plus faire partie de votre fichier. Pouvez-vous supprimer toutes les données que vous avez sur moi (fiche, mensurations, numéro de compte, etc.) et retirer mes photos de votre site et de vos réseaux ? Je ne donne plus mon accord pour leur utilisation.

Vous trouverez ci-joint une copie de ma carte d'identité pour prouver que c'est bien moi.

Bien à vous,
Marie Peeters
Rue Haute 118
1000 Bruxelles
""", charset="utf-8", cte="b64",
     atts=[idfile("id_0003.jpg", "carte_identite.jpg")],
     truth=T(True, ["erasure", "withdraw_consent"], "Marie Peeters", "marie.peeters@telenet.be",
             notes="Two rights: delete everything (erasure) + take photos off site/social, no longer agrees "
                   "(withdraw_consent). Belgian eID photo attached (matches sender). Body base64."))

mail(n=66, group="fr", style="plain", kind="direct",
     frm=("Véronique Lambert", "vero.lambert@voo.be", "iso-8859-1", "q"), to=LUMEN["addr"],
     subject="Ma fille Léa - casting enfants", subj_charset="iso-8859-1", subj_enc="b",
     date="Thu, 5 Feb 2026 20:41:55 +0100",
     text="""Bonjour,

Ma fille Léa Lambert (13 ans) a participé à votre casting pour la publicité de la brasserie en octobre dernier. Elle n'a pas été retenue et nous ne souhaitons pas qu'elle reste dans vos fichiers.

En tant que maman, je vous demande donc d'effacer toutes les informations que vous avez sur elle : les photos et vidéos du casting, sa fiche avec ses mensurations, notre adresse et nos numéros de téléphone. Son père est d'accord.

Pouvez-vous me confirmer par écrit quand c'est fait ?

Merci beaucoup,
Véronique Lambert
Namur
""", charset="iso-8859-1", cte="qp",
     truth=T(True, ["erasure"], "Véronique Lambert", "vero.lambert@voo.be",
             rep=REP("parent", "Léa Lambert"),
             notes="Parent for a 13-year-old daughter; erase everything incl. photos -> erasure. "
                   "iso-8859-1 QP body, RFC 2047 iso-8859-1 Q name and B subject."))

mail(n=67, group="fr", style="formal", kind="direct",
     frm=("Sandrine Collard", "compta@delvaux-boulangerie.be"), to=KORAAL["addr"],
     subject="Facture KF-2026-0031 - numéro de TVA erroné", date="Mon, 9 Feb 2026 08:30:12 +0100",
     text="""Bonjour,

Nous avons bien reçu votre facture n° KF-2026-0031 concernant les photos de nos produits pour le nouveau catalogue.

Le numéro de TVA indiqué est malheureusement incorrect : BE0456.123.789 au lieu de BE0456.123.798. Pourriez-vous nous faire parvenir une note de crédit ainsi qu'une facture corrigée ? Nous procéderons au paiement dès réception.

Merci d'avance et bonne journée,

Sandrine Collard
Comptabilité – Boulangerie Delvaux SRL
Chaussée de Charleroi 212, 6000 Charleroi
""", charset="utf-8", cte="qp",
     truth=T(False, notes="Invoice question from a business client; 'facture corrigée' is not rectification of personal data."))

_t68 = """Madame, Monsieur,

Je vous écris au nom et pour compte de ma cliente, Madame Sophie Renard, domiciliée rue Saint-Gilles 41 à 4000 Liège, dont vous trouverez la procuration en annexe.

Ma cliente a collaboré avec votre agence en qualité de modèle entre 2021 et 2024. Sur la base de l'article 15 du Règlement (UE) 2016/679, elle sollicite la communication de l'ensemble des données à caractère personnel la concernant que vous traitez, en ce compris les photographies et enregistrements vidéo, les fiches de casting, les contrats et la correspondance, ainsi que les informations relatives aux destinataires auxquels ces données ont été communiquées (annonceurs, clients, plateformes).

Je vous saurais gré de bien vouloir adresser votre réponse à mon cabinet dans le délai d'un mois prévu à l'article 12.3 du RGPD.

Ma cliente se réserve le droit de saisir l'Autorité de protection des données (APD) et de faire valoir tout autre droit.

Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Me Olivier Claes
Avocat au barreau de Liège
Claes & Partners Avocats
Boulevard d'Avroy 38, 4000 Liège
"""
mail(n=68, group="fr", style="formal", kind="direct",
     frm=("Olivier Claes", "o.claes@claes-avocats.be"), to=LUMEN["addr"],
     subject="V/Réf. : Mme Sophie Renard – N/Réf. : 2026/0117 – Demande d'accès (art. 15 RGPD)",
     date="Wed, 11 Feb 2026 16:05:33 +0100",
     text=_t68,
     html=html_wrap(plain_to_html(_t68) +
                    '<p><img src="cid:logo-claes@claes-avocats.be" alt="Claes &amp; Partners" height="64"></p>',
                    "Georgia, serif"),
     charset="utf-8", cte="qp", html_cte="qp", crlf=True,
     atts=[att("logo_claes.png", "image/png", logo("Claes & Partners", (90, 20, 40)),
               inline_cid="logo-claes@claes-avocats.be"),
           att("Procuration_Renard.pdf", "application/pdf",
               text_pdf(["PROCURATION", "Je soussignée, Sophie Renard, née le 02/03/1996,",
                         "donne mandat à Me Olivier Claes, avocat,", "pour exercer en mon nom mes droits au titre",
                         "du RGPD auprès de Lumen & Linde Casting.", "", "Fait à Liège, le 9 février 2026"]))],
     truth=T(True, ["access"], "Olivier Claes", "o.claes@claes-avocats.be",
             rep=REP("lawyer", "Sophie Renard"),
             notes="Lawyer writes 'au nom et pour compte de ma cliente'; access incl. recipients. Inline signature logo "
                   "(Content-ID) and a power-of-attorney PDF (not an ID). 'tout autre droit' is not a second right."))

_h69 = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Vous avez reçu un nouveau message depuis le formulaire de contact de <b>www.lumenlinde.be</b></p>
<table border="0" cellpadding="4">
<tr><td><b>Nom :</b></td><td>Yasmina El Idrissi</td></tr>
<tr><td><b>E-mail :</b></td><td><a href="mailto:yasmina.elidrissi@gmail.com">yasmina.elidrissi@gmail.com</a></td></tr>
<tr><td><b>Téléphone :</b></td><td>0478 12 34 56</td></tr>
<tr><td><b>Sujet :</b></td><td>Mes photos</td></tr>
<tr><td valign="top"><b>Message :</b></td><td>Bonjour, je quitte l'agence pour aller chez une autre agence à Anvers. Pouvez-vous m'envoyer toutes mes photos et ma fiche (mensurations, expériences etc) dans un fichier que je peux donner à ma nouvelle agence ? Le mieux serait que vous l'envoyiez directement à booking@modelsantwerp.be. Merci !</td></tr>
</table>
<hr>
<p style="color:#888">Ce message a été envoyé depuis https://www.lumenlinde.be/contact<br>IP : 81.82.204.17</p>
</body></html>
"""
mail(n=69, group="fr", style="plain", kind="form",
     frm=("Lumen & Linde - site web", "noreply@lumenlinde.be"), to=LUMEN["addr"],
     subject="Nouveau message via le formulaire de contact", date="Fri, 13 Feb 2026 12:00:04 +0000",
     text=None, html=_h69, charset="utf-8", html_cte="qp",
     truth=T(True, ["portability"], "Yasmina El Idrissi", "yasmina.elidrissi@gmail.com",
             notes="Website contact-form notification, HTML only; requester is in the Nom/E-mail fields, "
                   "not the noreply sender. Wants her data in a file for the new agency / sent directly to it -> "
                   "portability. booking@modelsantwerp.be is the recipient agency, not the requester."))

mail(n=70, group="fr", style="formal", kind="direct",
     frm=("Aurélie Masson", "a.masson@agence-lumiere.fr"), to=KORAAL["addr"],
     subject="Réponse automatique : Shooting 12/03", date="Mon, 16 Feb 2026 07:00:01 +0100",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
     text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 23 février inclus, avec un accès limité à mes courriels. Pour toute demande urgente, merci de contacter Julien Perrin (j.perrin@agence-lumiere.fr – 01 44 55 66 77).

Cordialement,
Aurélie Masson
Agence Lumière – Production photo
""", charset="windows-1252", cte="qp", crlf=True,
     truth=T(False, notes="Out-of-office auto-reply (Auto-Submitted header)."))

_t71 = """Hoi Inès,

Deze kwam binnen op het algemene adres. Kan jij haar uit Mailchimp halen? Ik weet niet goed hoe dat zit met de AVG.

Groetjes,
Pieter

---------- Doorgestuurd bericht ---------
Van: Camille Noël <camille.noel@outlook.fr>
Date: di 17 feb 2026 om 21:32
Subject: désinscription
To: <casting@lumenlinde.be>


Bonsoir,

Je reçois chaque semaine vos « appels à talents » et vos promos pour des séances photo. Je n'ai rien demandé et je ne suis plus intéressée. Merci d'arrêter de m'envoyer vos newsletters et de ne plus utiliser mon adresse pour votre publicité.

Camille Noël
"""
mail(n=71, group="fr", style="plain", kind="forward",
     frm=("Pieter Claeys", "pieter@lumenlinde.be"), to="Inès Vandamme <ines@lumenlinde.be>",
     subject="Fwd: désinscription", date="Wed, 18 Feb 2026 10:44:20 +0100",
     text=_t71, html=html_wrap(plain_to_html(_t71), "Arial, sans-serif"), charset="utf-8", cte="qp", html_cte="qp",
     truth=T(True, ["objection"], "Camille Noël", "camille.noel@outlook.fr",
             notes="Internal forward with a Dutch note; requester is the original sender inside the forward. "
                   "Stop newsletters/advertising -> objection. Language of the request is French."))

_t72 = """Bonjour,

Toujours pas de réponse à mon courriel du 22 janvier. Ça fait plus d'un mois, je vous rappelle que vous avez un mois pour répondre.

Je veux simplement savoir quelles données et quelles photos vous avez encore de moi. Merci de me répondre cette semaine, sinon je m'adresse à l'Autorité de protection des données.

Thomas Leclercq

-----Message d'origine-----
De : Thomas Leclercq <thomas.leclercq@proximus.be>
Envoyé : jeudi 22 janvier 2026 19:04
À : info@koraal-fotografie.nl
Objet : Demande de copie de mes données

Bonjour,

Vous avez fait les photos de notre mariage en mai 2024. Je voudrais recevoir une copie de toutes les données que vous avez sur moi (photos, adresses, échanges, contrat).

Merci d'avance,
Thomas Leclercq
"""
mail(n=72, group="fr", style="plain", kind="direct",
     frm=("Thomas Leclercq", "thomas.leclercq@proximus.be"), to=KORAAL["addr"],
     subject="RE: Demande de copie de mes données - toujours pas de réponse", subj_enc="q",
     date="Thu, 26 Feb 2026 18:19:45 +0100",
     text=_t72, charset="utf-8", cte="8bit", crlf=True,
     truth=T(True, ["access"], "Thomas Leclercq", "thomas.leclercq@proximus.be", follow_up=True,
             notes="Reminder ('toujours pas de réponse à mon courriel du 22 janvier') with the original access "
                   "request quoted below; APD mentioned in passing."))

_t73 = """Bonjour,

En mars 2024, votre studio est venu faire les photos portrait de tout le personnel d'Ardenne Logistique à Herstal, à la demande de mon employeur. Ma photo se trouve depuis sur le site de l'entreprise et dans l'intranet.

J'ai quitté la société fin décembre. Je souhaite que ma photo et toutes les données me concernant que vous avez reçues pour ce shooting (nom, fonction, adresse mail) soient effacées de vos systèmes. J'ai fait la même demande aux RH.

Ci-joint ma carte d'identité.

Cordialement,
Sofie Verstraete
"""
mail(n=73, group="fr", style="plain", kind="direct",
     frm=("Sofie Verstraete", "sofie.verstraete@gmail.com"), to=VLIER["addr"],
     subject="Photos du personnel Ardenne Logistique", date="Tue, 3 Mar 2026 09:51:17 +0100",
     text=_t73, html=html_wrap(plain_to_html(_t73)), charset="utf-8", cte="qp", html_cte="qp",
     atts=[idfile("id_0005.jpg", "eID_Sofie.jpg")],
     truth=T(True, ["erasure"], "Sofie Verstraete", "sofie.verstraete@gmail.com", processor=True,
             notes="Processor situation: staff portraits made for her employer. Erase photo and data -> erasure. "
                   "Belgian eID attached."))

_t74 = """ProLab Benelux – Nouveautés printemps

Tirages Fine Art : -20 % jusqu'au 31 mars
Papier Hahnemühle Photo Rag, encres pigmentaires, livraison en 48 h en Belgique et aux Pays-Bas.

Nouveau : albums layflat 30x30 avec couverture lin.

Mise à jour de notre politique de confidentialité
Conformément au RGPD, nous avons mis à jour notre politique de confidentialité (sous-traitants, durées de conservation). Vous pouvez à tout moment exercer vos droits d'accès, de rectification et d'effacement en écrivant à privacy@prolab-benelux.com.

Vous recevez ce message car vous êtes client professionnel de ProLab Benelux.
Se désinscrire : https://www.prolab-benelux.com/newsletter/desinscription?u=8812
ProLab Benelux SA – Rue de l'Industrie 14, 1400 Nivelles
"""
_h74 = html_wrap('<p><img src="cid:prolab-logo" alt="ProLab Benelux"></p>'
                 '<h2>Nouveautés printemps</h2><p><b>Tirages Fine Art : -20 % jusqu\'au 31 mars</b><br>'
                 'Papier Hahnemühle Photo Rag, encres pigmentaires, livraison en 48 h en Belgique et aux Pays-Bas.</p>'
                 '<p>Nouveau : albums layflat 30x30 avec couverture lin.</p>'
                 '<h3>Mise à jour de notre politique de confidentialité</h3>'
                 '<p>Conformément au RGPD, nous avons mis à jour notre politique de confidentialité (sous-traitants, '
                 'durées de conservation). Vous pouvez à tout moment exercer vos droits d\'accès, de rectification et '
                 'd\'effacement en écrivant à privacy@prolab-benelux.com.</p>'
                 '<p style="font-size:9pt;color:#777">Vous recevez ce message car vous êtes client professionnel de '
                 'ProLab Benelux.<br><a href="https://www.prolab-benelux.com/newsletter/desinscription?u=8812">'
                 'Se désinscrire</a><br>ProLab Benelux SA – Rue de l\'Industrie 14, 1400 Nivelles</p>')
mail(n=74, group="fr", style="formal", kind="direct",
     frm=("ProLab Benelux", "newsletter@prolab-benelux.com"), to=KORAAL["addr"],
     subject="Nouveautés printemps : tirages Fine Art -20 % | mise à jour de notre politique de confidentialité",
     subj_enc="q", date="Thu, 5 Mar 2026 06:00:00 +0000",
     extra=[("List-Unsubscribe", "<https://www.prolab-benelux.com/newsletter/desinscription?u=8812>"),
            ("Precedence", "bulk")],
     text=_t74, html=_h74, charset="utf-8", cte="qp", html_cte="qp",
     atts=[att("prolab_logo.png", "image/png", logo("ProLab Benelux", (200, 90, 0)), inline_cid="prolab-logo")],
     truth=T(False, notes="Supplier newsletter; mentions RGPD, privacy policy and 'droits d'accès, de rectification "
                          "et d'effacement' - but it is a notification, not a request. Inline logo."))

mail(n=75, group="fr", style="plain", kind="direct",
     frm=("Nathalie Dufresne-Kabongo", "nath.dufresne@gmail.com"), to=LUMEN["addr"],
     subject="Mon nom sur votre site", date="Mon, 9 Mar 2026 13:37:02 +0100",
     text="""Bonjour,

Sur votre site (page « Nos talents »), mon nom est écrit « Nathalie Dufrene ». C'est Dufresne-Kabongo, avec un s et le nom de mon mari. Pouvez-vous corriger ça dans votre fichier et sur le site ?

Aussi, mon adresse mail a changé, merci d'utiliser désormais nathalie.dk@icloud.com pour les castings. Mon numéro reste le même.

Merci !
Nathalie
""", charset="utf-8", cte="8bit",
     truth=T(True, ["rectification"], "Nathalie Dufresne-Kabongo", "nath.dufresne@gmail.com",
             notes="Rectification of misspelled surname + change of e-mail address. The new address "
                   "nathalie.dk@icloud.com is NOT the requester address (From is)."))

_h76 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><div style="font-family:Verdana;font-size:10pt">
<p>Bonjour,</p>
<p>Je suis en litige avec l’agence Studio Azur de Lille, qui m’avait envoyé chez vous pour le shooting catalogue de septembre 2025. Mon avocat aura besoin des photos et des fichiers de ce shooting (avec les dates et les métadonnées) comme preuves.</p>
<p>Je vous demande donc de ne <b>surtout pas</b> les effacer. Par contre, en attendant la fin de la procédure, je ne veux plus qu’elles soient utilisées, publiées ou transmises à qui que ce soit.</p>
<p>Merci de me confirmer que c’est noté.</p>
<p>Julien Marchetti<br>06 12 34 56 78</p>
</div></body></html>
"""
mail(n=76, group="fr", style="plain", kind="direct",
     frm=("Julien Marchetti", "julien.marchetti@orange.fr"), to=KORAAL["addr"],
     subject="Photos du shooting - NE RIEN SUPPRIMER", date="Wed, 11 Mar 2026 21:08:30 +0100",
     text=None, html=_h76, html_charset="windows-1252", html_cte="qp",
     truth=T(True, ["restriction"], "Julien Marchetti", "julien.marchetti@orange.fr", processor=True,
             notes="HTML only, windows-1252. 'Don't delete, needed for a dispute, but stop using it meanwhile' -> "
                   "restriction (not erasure). Shoot was commissioned by an agency client -> processor."))

mail(n=77, group="fr", style="plain", kind="direct",
     frm=("Pauline Henrard", "pauline.henrard@skynet.be"), to="Maud - Studio Vlierbes <%s>" % VLIER["addr"],
     subject="Séance grossesse + anciennes photos", date="Mon, 16 Mar 2026 10:12:44 +0100",
     text="""Bonjour Maud,

Je voudrais réserver une séance photo de grossesse, idéalement un samedi fin avril (je serai à 7 mois). Vous avez encore des disponibilités ? Mon compagnon viendra aussi.

Et pendant que j'y pense : vous avez encore mes anciennes photos de la séance de 2022 avec mon ex. Effacez-les de vos fichiers s'il vous plaît, je ne veux plus qu'elles traînent quelque part. Inutile de me les renvoyer.

Merci et à bientôt,
Pauline
""", html=None, charset="utf-8", cte="qp",
     truth=T(True, ["erasure"], "Pauline Henrard", "pauline.henrard@skynet.be",
             notes="Mixed with a booking; the second paragraph asks to delete old photos from the files -> erasure."))

_t78 = """Madame, Monsieur,

Notre robot d'analyse a détecté 7 non-conformités au RGPD sur le site lumenlinde.be :
- bandeau cookies non conforme
- absence de registre des traitements
- procédure de droit d'accès et de droit à l'effacement non documentée
- politique de confidentialité incomplète

Les amendes peuvent atteindre 20 millions d'euros ou 4 % du chiffre d'affaires mondial. Nos juristes vous proposent un audit GRATUIT et une mise en conformité clé en main à partir de 490 € HT.

Réservez votre appel de 15 minutes : https://rgpd-audit-express.fr/rdv

Conformité RGPD Express
Pour ne plus recevoir nos messages, répondez STOP.
"""
mail(n=78, group="fr", style="formal", kind="direct",
     frm=("Conformité RGPD Express", "info@rgpd-audit-express.fr"), to=LUMEN["addr"],
     subject="⚠ Votre site lumenlinde.be n'est pas conforme au RGPD – amende jusqu'à 20 M€", subj_enc="b",
     date="Tue, 17 Mar 2026 03:14:15 -0700",
     text=_t78, html=html_wrap(plain_to_html(_t78)), charset="utf-8", cte="8bit", html_cte="8bit",
     truth=T(False, notes="GDPR-compliance spam full of RGPD vocabulary (droit d'accès, effacement, amendes); "
                          "not a request. Subject with emoji, B-encoded; -0700 offset."))

mail(n=79, group="fr", style="plain", kind="direct",
     frm=("Hélène Gillet", "h.gillet@cabinet-dentaire-gillet.be"),
     reply_to=("Hélène Gillet", "helene.gillet@gmail.com"), to=KORAAL["addr"],
     subject="Publicités", date="Thu, 26 Mar 2026 12:45:00 +0100",
     text="""Bonjour,

J'ai fait une séance chez vous en 2023 et depuis je reçois vos mails publicitaires et même des SMS pour vos promotions de la fête des mères. Je m'oppose à l'utilisation de mes coordonnées à des fins de prospection commerciale. Merci de me retirer de toutes vos listes (mail et SMS).

Merci de répondre à mon adresse personnelle.

Hélène Gillet
""", charset="utf-8", cte="qp",
     truth=T(True, ["objection"], "Hélène Gillet", "helene.gillet@gmail.com",
             notes="Sent from a work address with Reply-To to the private address -> requester_email is the "
                   "Reply-To. Objection to direct marketing (mail + SMS)."))

_t80 = """Madame, Monsieur,

Par la présente, j'exerce les droits que me confère le Règlement général sur la protection des données (RGPD) à l'égard de Lumen & Linde Casting.

1. Droit d'accès (article 15 RGPD) : je vous prie de me confirmer si vous traitez des données à caractère personnel me concernant et, dans l'affirmative, de m'en fournir une copie ainsi que les informations prévues à l'article 15, paragraphe 1, points a) à h).

2. Droit à la portabilité (article 20 RGPD) : je vous prie de me transmettre les données que je vous ai fournies (fiche d'inscription, photos soumises, mensurations, disponibilités) dans un format structuré, couramment utilisé et lisible par machine (par exemple CSV ou JSON).

Conformément à l'article 12, paragraphe 3, du RGPD, je vous remercie de me répondre dans un délai d'un mois à compter de la réception de la présente demande.

Afin de faciliter mon identification, je joins une copie du recto de ma carte d'identité.

À défaut de réponse dans le délai imparti, je me réserve le droit d'introduire une réclamation auprès de l'Autorité de protection des données (APD), rue de la Presse 35, 1000 Bruxelles.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Océane Willems
Avenue de la Couronne 250
1050 Ixelles
"""
mail(n=80, group="fr", style="formal", kind="direct",
     frm=("Océane Willems", "oceane.willems@outlook.be", "utf-8", "b"), to=LUMEN["addr"],
     subject="Demande d'exercice de mes droits – articles 15 et 20 du RGPD", subj_enc="b",
     date="Wed, 1 Apr 2026 08:59:59 +0200",
     text=_t80, html=html_wrap(plain_to_html(_t80)), charset="utf-8", cte="qp", html_cte="qp", crlf=True,
     atts=[idfile("id_0006.jpg", "copie_eid_recto.jpg")],
     truth=T(True, ["access", "portability"], "Océane Willems", "oceane.willems@outlook.be",
             notes="Formal two-right letter (Art. 15 + Art. 20), Belgian APD mentioned; eID front attached. "
                   "RFC 2047 B-encoded name and subject."))

mail(n=81, group="fr", style="plain", kind="direct",
     frm=("Stéphane Dumont", "s.dumont@scarlet.be"), to=KORAAL["addr"],
     subject="Photos communion = catastrophe", date="Fri, 10 Apr 2026 17:23:10 +0200",
     text="""Bonjour,

Nous avons reçu hier le lien vers les photos de la communion de notre fils et franchement c'est une catastrophe. La moitié des photos sont floues, sur les photos de groupe ma belle-mère a les yeux fermés sur toutes, et les couleurs à l'intérieur de l'église sont toutes jaunes. Je vous mets un exemple en pièce jointe.

Pour 650 € je m'attendais à autre chose. Je ne paierai pas le solde de 350 € tant que ce n'est pas réglé : soit vous retravaillez les photos, soit vous nous remboursez une partie.

Stéphane Dumont
""", charset="windows-1252", cte="qp",
     atts=[att("IMG_2041.JPG", "image/jpeg", portfolio_photo(81, (1500, 1000)))],
     truth=T(False, notes="Complaint about photo quality/payment; no privacy request. Example photo attached "
                          "(not an ID). windows-1252 QP with euro sign."))

_t82 = """Madame, Monsieur,

Lors de la séance photo du 8 novembre 2025, j'ai signé une autorisation de droit à l'image permettant à votre studio d'utiliser certaines de mes photographies à des fins de promotion (site internet, réseaux sociaux, salons).

Par la présente, je retire mon consentement, conformément à l'article 7, paragraphe 3, du RGPD. Je vous prie en conséquence de cesser toute utilisation de ces photographies à des fins promotionnelles, de les retirer de votre site internet, de vos comptes Instagram et Facebook ainsi que de tout support publicitaire, et d'en informer les éventuels destinataires (article 19 du RGPD).

Le retrait de mon consentement ne concerne pas les photographies livrées dans le cadre de ma commande, que vous pouvez conserver pour vos obligations comptables.

Je vous remercie de me confirmer la prise en compte de ma demande dans le délai prévu à l'article 12, paragraphe 3, du RGPD. Une copie de ma carte d'identité est jointe.

Emma Simon
Rue de Fer 27
5000 Namur
"""
mail(n=82, group="fr", style="formal", kind="direct",
     frm=("Emma Simon", "emma.simon.namur@gmail.com"), to=KORAAL["addr"],
     subject="Retrait de mon consentement – article 7, paragraphe 3, du RGPD", subj_enc="q",
     date="Tue, 21 Apr 2026 10:00:31 +0200",
     text=_t82, html=html_wrap(plain_to_html(_t82)), charset="utf-8", cte="b64", html_cte="b64", crlf=True,
     atts=[idfile("id_0009.pdf", "pièce_identité_verso.pdf")],
     truth=T(True, ["withdraw_consent"], "Emma Simon", "emma.simon.namur@gmail.com",
             notes="Formal Art. 7(3) withdrawal for promotional use; explicitly NOT asking deletion of the order "
                   "photos; Art. 19 only in passing. Base64 alternative bodies; eID back as PDF with RFC 2231 "
                   "non-ASCII filename."))

_inner83 = dict(
    frm=("Lucas Martin", "lucas.martin.bxl@gmail.com"), to=LUMEN["addr"],
    subject="Effacement de mes données", date="Sun, 3 May 2026 22:10:45 +0200",
    msgid="<CAF83x9Lq2@mail.gmail.com>",
    text="""Bonjour,

Je me suis inscrit il y a quelques années comme figurant chez vous mais je n'ai plus le temps pour ça. Je voudrais que vous m'oubliiez complètement : effacez mon profil, mes photos, mon numéro de téléphone, tout.

Merci,
Lucas Martin
""", charset="utf-8", cte="8bit")
mail(n=83, group="fr", style="plain", kind="forward",
     frm=("Inès Vandamme", "ines@lumenlinde.be"), to="Pieter Claeys <pieter@lumenlinde.be>",
     subject="TR: Effacement de mes données", subj_enc="q", date="Mon, 4 May 2026 09:14:07 +0200",
     text="""Pieter, tu peux regarder ? Il était dans la base « figurants » de 2021. Je pars en congé demain.

Inès
""", charset="utf-8", cte="8bit",
     atts=[dict(filename="Effacement de mes données.eml", ctype="message/rfc822", inner=_inner83,
                is_id=False, cid=None)],
     truth=T(True, ["erasure"], "Lucas Martin", "lucas.martin.bxl@gmail.com",
             notes="Forward as attached message/rfc822 (non-ASCII filename); requester is the sender of the "
                   "attached message. 'Oubliez-moi, effacez tout' -> erasure. Forward note in French."))

mail(n=84, group="fr", style="plain", kind="direct",
     frm=("Isabelle Fontaine", "isabelle.fontaine@wanadoo.fr"), to=KORAAL["addr"],
     subject="RE: Vos photos de famille sont prêtes", subj_enc="q", date="Wed, 13 May 2026 19:30:52 +0200",
     text="""Merci beaucoup, elles sont magnifiques ! Les enfants adorent. On reviendra l'année prochaine pour Noël.

Isabelle

De : Atelier Koraal Fotografie <info@koraal-fotografie.nl>
Envoyé : mardi 12 mai 2026 16:02
À : Isabelle Fontaine <isabelle.fontaine@wanadoo.fr>
Objet : Vos photos de famille sont prêtes

""" + quote("""Bonjour Madame Fontaine,

Vos photos sont disponibles dans votre galerie privée : https://galerie.koraal-fotografie.nl/fontaine-2026 (lien valable 30 jours).

Protection des données : conformément au RGPD, vos photos et vos coordonnées sont conservées 12 mois puis supprimées. Vous pouvez à tout moment demander l'accès, la rectification ou l'effacement de vos données, ou vous opposer à l'envoi de notre newsletter, en écrivant à privacy@koraal-fotografie.nl.

Bien cordialement,
""" + SIG_KORAAL) + "\n", charset="utf-8", cte="qp",
     truth=T(False, notes="Thank-you reply; the only privacy words (RGPD, accès, effacement, opposer) are in the "
                          "quoted studio text."))

mail(n=85, group="fr", style="plain", kind="direct",
     frm=(None, "anais.delcourt@gmail.com"), to=KORAAL["addr"],
     subject="Suppression de mes données – Anaïs Delcourt", raw8_subject=True,
     date="Fri, 29 May 2026 23:58:03 +0200",
     text="""bonjour,
merci de supprimer toutes mes données de votre base clients (nom, adresse, téléphone, photos). je n'ai plus besoin de vos services.
cordialement
Anaïs Delcourt
""", charset="utf-8", cte="8bit",
     truth=T(True, ["erasure"], "Anaïs Delcourt", "anais.delcourt@gmail.com",
             notes="Raw 8-bit UTF-8 Subject header (not RFC 2047). From has no display name: the name is only in "
                   "the signature/subject. Erasure."))

_t86 = """Bonjour,

Finalement je ne pourrai pas venir le 20 juin, je suis encore au Canada jusqu'à fin juin. Je vous recontacterai pour une autre date.

Par contre j'aimerais savoir exactement quelles informations vous avez sur moi (et d'où vous les tenez, je ne me souviens pas de vous avoir donné mon adresse). Et l'adresse que vous avez est l'ancienne : j'habite maintenant avenue Brugmann 212, 1180 Uccle. Merci de la corriger.

Je joins une photo de ma carte d'identité.

Marie-Thérèse De Backer

Le 2 juin 2026 à 10:15, Lumen & Linde Casting <casting@lumenlinde.be> a écrit :
""" + quote("""Bonjour Madame De Backer,

Nous vous confirmons votre rendez-vous pour les photos de votre book « senior models » le samedi 20 juin à 14 h.
Adresse : Rue du Bailli 63, 1050 Ixelles (sonnette « Studio »).

Au plaisir de vous voir,
Inès""") + "\n"
mail(n=86, group="fr", style="plain", kind="direct",
     frm=("Marie-Thérèse De Backer", "mt.debacker@skynet.be", "iso-8859-1", "b"), to=LUMEN["addr"],
     subject="Re: Confirmation de votre rendez-vous du 20 juin", date="Tue, 9 Jun 2026 07:41:26 -0400",
     extra=[("In-Reply-To", "<20260602101500.4471@lumenlinde.be>"),
            ("References", "<20260602101500.4471@lumenlinde.be>")],
     text=_t86, charset="iso-8859-1", cte="qp", crlf=True,
     atts=[idfile("id_0004.jpg", "IMG_4471.jpg")],
     truth=T(True, ["access", "rectification"], "Marie-Thérèse De Backer", "mt.debacker@skynet.be",
             notes="Reply to a studio booking confirmation (quoted below): cancels the appointment AND asks what "
                   "data they hold and its source (access) and to correct her address (rectification). "
                   "ID scan with a non-descriptive filename IMG_4471.jpg. -0400 offset (abroad)."))

mail(n=87, group="fr", style="plain", kind="direct",
     frm=("Sarah Janssens", "sarah.janssens@gmail.com"), to=LUMEN["addr"],
     subject="Question avant inscription de mon fils", date="Thu, 2 Jul 2026 15:02:19 +0200",
     text="""Bonjour,

Je pense inscrire mon fils (9 ans) pour vos castings enfants. J'ai lu votre politique de confidentialité et j'ai une question : combien de temps gardez-vous les photos des enfants qui ne sont pas retenus, et est-ce que vous les montrez aux clients ? Je préfère savoir avant de l'inscrire.

Merci et bonne journée,
Sarah Janssens
""", html=None, charset="utf-8", cte="8bit",
     truth=T(False, notes="Question about the privacy policy before registering a child; the studio holds no data "
                          "yet and nothing is asked to be done -> not a request."))

mail(n=88, group="fr", style="plain", kind="direct",
     frm=("Romain Lefèvre", "romain.lefevre@gmx.fr"), to=KORAAL["addr"],
     subject="Ma photo sur votre blog", date=None,
     text="""Bonjour,

Je suis tombé sur un article de votre blog (« 5 conseils pour un portrait professionnel réussi ») qui utilise un de mes portraits de 2021 comme exemple. D'après votre politique de confidentialité, vous faites ça sur la base de votre « intérêt légitime ». Je m'y oppose : je ne veux pas que mon portrait serve à illustrer vos articles ou votre communication.

Merci de faire le nécessaire.

Romain Lefèvre
""", charset="utf-8", cte="qp",
     truth=T(True, ["objection"], "Romain Lefèvre", "romain.lefevre@gmx.fr",
             notes="No Date header -> received null. Objection to use based on legitimate interest (blog "
                   "illustration) -> objection, not withdraw_consent."))

mail(n=89, group="fr", style="plain", kind="direct",
     frm=("Bernard Thiry", "bernard.thiry@skynet.be"), to=VLIER["addr"],
     subject="Photo de mon épouse", subj_enc="q", date="Mon, 7 Sep 2026 11:11:11 +0200",
     text="""Bonjour,

Je vous écris au nom de mon épouse, Monique Thiry, qui n'a pas d'adresse mail. Vous avez fait nos photos pour nos 40 ans de mariage en juin. Nous avons vu que vous avez mis une photo d'elle seule sur votre page Facebook et dans votre vitrine. Elle n'est pas d'accord et elle vous demande de la retirer.

Les photos de nous deux que nous avons commandées, pas de problème évidemment.

Bien à vous,
Bernard Thiry
""", charset="utf-8", cte="8bit",
     truth=T(True, ["withdraw_consent"], "Bernard Thiry", "bernard.thiry@skynet.be",
             rep=REP("other", "Monique Thiry"),
             notes="Husband writes on behalf of his wife (representative 'other'); take her photo off Facebook "
                   "and shop window -> withdraw_consent."))

mail(n=90, group="fr", style="formal", kind="direct",
     frm=("Institut Sainte-Marie - Direction", "direction@ism-liege.be"), to=VLIER["addr"],
     subject="Photos de classe 2026-2027 - contrat de sous-traitance RGPD", date="Tue, 13 Oct 2026 14:20:00 +0200",
     text="""Madame, Monsieur,

Nous souhaitons à nouveau faire appel à votre studio pour les photos de classe de l'année scolaire 2026-2027 (environ 420 élèves, fin novembre).

Notre délégué à la protection des données nous demande cette année de signer avec chaque prestataire un contrat de sous-traitance conforme à l'article 28 du RGPD. Pourriez-vous nous envoyer votre modèle de contrat, ainsi que votre devis et vos disponibilités ?

Avec nos remerciements,

Christine Noël
Directrice
Institut Sainte-Marie - Rue Saint-Gilles 120, 4000 Liège
""", html=None, charset="iso-8859-1", cte="8bit",
     truth=T(False, notes="B2B: a school client asks for an Art. 28 processing agreement and a quote - GDPR "
                          "vocabulary but no data-subject request."))


# ==========================================================================
# GERMAN GROUP  (0091 - 0120): 21 requests, 9 non-requests
# ==========================================================================

mail(n=91, group="de", style="plain", kind="direct",
     frm=("Kevin Schröder", "kevin.schroeder91@gmx.de"), to=VLIER["addr"],
     subject="Meine Daten", date="Fri, 16 Jan 2026 19:03:27 +0100",
     text="""Hallo,

schicken Sie mir bitte alles, was Sie über mich haben. Ich war 2024 bei Ihnen zum Bewerbungsfoto.

Danke
Kevin
""", charset="utf-8", cte="8bit",
     truth=T(True, ["access"], "Kevin Schröder", "kevin.schroeder91@gmx.de",
             notes="Plain everyday access request, no legal terms. Name only in the (Q-encoded) display name."))

_t92 = """Sehr geehrte Damen und Herren,

hiermit mache ich mein Recht auf Auskunft nach Art. 15 der Datenschutz-Grundverordnung (DSGVO) geltend. Bitte teilen Sie mir mit, ob Sie personenbezogene Daten über mich verarbeiten. Falls ja, bitte ich um:

1. eine Kopie aller personenbezogenen Daten, die Gegenstand der Verarbeitung sind (Art. 15 Abs. 3 DSGVO);
2. die Verarbeitungszwecke;
3. die Kategorien personenbezogener Daten;
4. die Empfänger oder Kategorien von Empfängern, insbesondere Empfänger in Drittländern;
5. die geplante Speicherdauer bzw. die Kriterien für deren Festlegung;
6. die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden;
7. das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling (Art. 22 DSGVO).

Ich weise auf die Frist von einem Monat nach Art. 12 Abs. 3 DSGVO hin. Die Geltendmachung weiterer Rechte, insbesondere nach Art. 17 und Art. 21 DSGVO, behalte ich mir ausdrücklich vor.

Zu meiner Identifizierung füge ich eine Kopie meines Ausweises (Rückseite) bei.

Sollte ich innerhalb der Frist keine Antwort erhalten, behalte ich mir vor, mich bei der zuständigen Aufsichtsbehörde zu beschweren (z. B. bei der Landesbeauftragten für Datenschutz und Informationsfreiheit Nordrhein-Westfalen oder der Autoriteit Persoonsgegevens).

Mit freundlichen Grüßen
Anna Vos
Theaterstraße 12
52062 Aachen
"""
mail(n=92, group="de", style="formal", kind="direct",
     frm=("Anna Vos", "anna.vos@web.de"), to=VLIER["addr"],
     subject="Auskunftsersuchen nach Art. 15 DSGVO", date="Tue, 20 Jan 2026 10:14:02 +0100",
     text=_t92, charset="utf-8", cte="qp", crlf=True,
     atts=[idfile("id_0002.jpg", "Ausweis_Rueckseite.jpg")],
     truth=T(True, ["access"], "Anna Vos", "anna.vos@web.de",
             notes="Generator-style Art. 15 letter; Art. 17 and 21 only reserved ('behalte ich mir vor') -> "
                   "access only. Landesbehörde NRW mentioned. ID card back scan attached."))

mail(n=93, group="de", style="plain", kind="direct",
     frm=("Birgit Hofer", "birgit.hofer@aon.at"), to=KORAAL["addr"],
     subject="Familienshooting im Mai", date="Thu, 22 Jan 2026 08:47:13 +0100",
     text="""Grüß Gott,

wir (2 Erwachsene, 3 Kinder: 4, 7 und 10 Jahre) sind von 14. bis 21. Mai in Haarlem und hätten gerne ein Familienshooting, am liebsten draußen am Strand in Zandvoort. Was würde das kosten und hätten Sie an einem dieser Tage Zeit?

Liebe Grüße aus Graz
Birgit Hofer
""", charset="iso-8859-1", cte="8bit",
     truth=T(False, notes="Ordinary booking enquiry from Austria; iso-8859-1 8bit."))

mail(n=94, group="de", style="plain", kind="direct",
     frm=("Reto Zürcher", "reto.zuercher@bluewin.ch", "iso-8859-1", "q"), to=LUMEN["addr"],
     subject="Löschung meiner Daten", subj_charset="iso-8859-1", subj_enc="q",
     date="Mon, 26 Jan 2026 15:31:40 +0100",
     text="""Grüezi Frau Vandamme

Ich war vor drei Jahren für ein Werbeshooting in Brüssel bei Ihnen in der Kartei. Ich arbeite nicht mehr als Model und möchte, dass Sie sämtliche Daten über mich löschen (Sedcard, Fotos, Masse, Adresse, Bankverbindung).

Bitte bestätigen Sie mir kurz, wenn alles gelöscht ist.

Besten Dank und freundliche Grüsse
Reto Zürcher
Seefeldstrasse 88
8008 Zürich
""", charset="iso-8859-1", cte="8bit",
     truth=T(True, ["erasure"], "Reto Zürcher", "reto.zuercher@bluewin.ch",
             notes="Swiss German (Grüezi, ss for ß, 'Masse' = measurements). Erasure. iso-8859-1 8bit body, "
                   "RFC 2047 iso-8859-1 Q name and subject."))

mail(n=95, group="de", style="plain", kind="direct",
     frm=("Dennis Krause", "dennis.krause@t-online.de"), to=VLIER["addr"],
     subject="fotos von mir auf eurer seite!!!", date="Sun, 1 Feb 2026 00:38:19 +0100",
     text="""hallo

ich hab grad gesehn das ihr immer noch bilder von mir auf eurer webseite und auf insta habt, von dem shooting mit meiner ex 2023. das geht garnicht!!! nehmt die sofort runter, ich will nicht mehr das die da online sind

und antwortet mir bitte nicht wieder mit so nem standardtext

dennis
""", charset="us-ascii", cte="7bit",
     truth=T(True, ["withdraw_consent"], "Dennis Krause", "dennis.krause@t-online.de",
             notes="Angry, lowercase, typos, no umlauts; take photos off website/Instagram -> withdraw_consent."))

_t96 = """Sehr geehrte Damen und Herren,

ich schreibe Ihnen im Namen meines Sohnes Jonas de Jong (11 Jahre). Jonas war im vergangenen Herbst bei Ihrem Kindercasting für die Kampagne eines Spielwarenherstellers. Damals habe ich als Mutter eingewilligt, dass seine Fotos in Ihrer Online-Kartei und auf Ihrer Website gezeigt werden.

Diese Einwilligung widerrufe ich hiermit. Bitte nehmen Sie die Bilder von Jonas von der Website und aus der Online-Kartei.

Zum Nachweis meiner Identität füge ich meinen Ausweis bei (Vorder- und Rückseite).

Mit freundlichen Grüßen
Wilhelmina de Jong
Kleve
"""
mail(n=96, group="de", style="plain", kind="direct",
     frm=("Wilhelmina de Jong", "w.dejong@posteo.de"), to=LUMEN["addr"],
     subject="Fotos meines Sohnes Jonas", date="Wed, 4 Feb 2026 13:13:13 +0100",
     text=_t96, html=html_wrap(plain_to_html(_t96)), charset="utf-8", cte="qp", html_cte="qp",
     atts=[idfile("id_0001.jpg", "Ausweis_vorne_hinten.jpg")],
     truth=T(True, ["withdraw_consent"], "Wilhelmina de Jong", "w.dejong@posteo.de",
             rep=REP("parent", "Jonas de Jong"),
             notes="Mother for an 11-year-old son; withdraws consent for his photos online -> withdraw_consent. "
                   "Parent's own (Dutch) ID attached. Casting for an advertiser does not make the studio a "
                   "processor here (its own casting file)."))

_t97 = """Sehr geehrte Damen und Herren,

wir haben heute Ihre Zahlungserinnerung zur Rechnung 2026-0042 (Produktfotos Frühjahrssortiment) erhalten. Den Betrag von 1.180,00 EUR haben wir bereits am 28.01.2026 überwiesen, siehe Kontoauszug im Anhang. Bitte prüfen Sie das noch einmal.

Mit freundlichen Grüßen

Monika Lenzen
Buchhaltung
Bäckerei Lenzen GmbH – Pontstraße 77 – 52062 Aachen
"""
mail(n=97, group="de", style="formal", kind="direct",
     frm=("Buchhaltung Bäckerei Lenzen", "buchhaltung@baeckerei-lenzen.de"), to=VLIER["addr"],
     subject="AW: Zahlungserinnerung Rechnung 2026-0042", date="Fri, 6 Feb 2026 11:02:55 +0100",
     text=_t97,
     html=html_wrap(plain_to_html(_t97) + '<p><img src="cid:image001.png@01DC9A3B.5E1F2A40" height="64"></p>'),
     charset="utf-8", cte="qp", html_cte="qp",
     atts=[att("image001.png", "image/png", logo("Bäckerei Lenzen", (120, 70, 20)),
               inline_cid="image001.png@01DC9A3B.5E1F2A40"),
           att("Kontoauszug_Ueberweisung.pdf", "application/pdf",
               text_pdf(["Kontoauszug Nr. 2/2026", "28.01.2026  Überweisung an Studio Vlierbes",
                         "Verwendungszweck: RE 2026-0042", "Betrag: -1.180,00 EUR"]))],
     truth=T(False, notes="Invoice/payment dispute from a business client ('Zahlungserinnerung' is a payment "
                          "reminder, not a GDPR reminder). Outlook inline signature logo image001.png and a bank "
                          "statement PDF (not an ID)."))

_t98 = """Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass wir die rechtlichen Interessen von Frau Katharina Brenner, Aachener Straße 201, 50931 Köln, vertreten. Eine auf uns lautende Vollmacht ist beigefügt.

Unsere Mandantin hat im Jahr 2024 an einem Fotoshooting in Ihrem Studio teilgenommen. Namens und in Vollmacht unserer Mandantin fordern wir Sie auf, sämtliche personenbezogenen Daten unserer Mandantin, insbesondere sämtliche Foto- und Videoaufnahmen, Kontaktdaten und Korrespondenz, gemäß Art. 17 Abs. 1 DSGVO unverzüglich zu löschen und etwaige Empfänger gemäß Art. 19 DSGVO über die Löschung zu unterrichten.

Bitte bestätigen Sie uns die vollständige Löschung schriftlich bis zum 10. März 2026.

Für den Fall, dass Sie der Aufforderung nicht fristgerecht nachkommen, behalten wir uns vor, ohne weitere Ankündigung gerichtliche Schritte einzuleiten und die zuständige Aufsichtsbehörde einzuschalten.

Mit freundlichen Grüßen

Dr. Stefanie Albrecht
Rechtsanwältin
Kanzlei Albrecht & Partner mbB
Hohenzollernring 54, 50672 Köln
"""
mail(n=98, group="de", style="formal", kind="direct",
     frm=("Stefanie Albrecht", "albrecht@kanzlei-albrecht-koeln.de"), to=KORAAL["addr"],
     subject="Unsere Mandantin Katharina Brenner – Löschung personenbezogener Daten gem. Art. 17 DSGVO",
     subj_enc="q", date="Tue, 10 Feb 2026 09:30:00 +0100",
     text=_t98, html=html_wrap(plain_to_html(_t98), "Times New Roman, serif"), charset="utf-8", cte="qp",
     html_cte="qp", crlf=True,
     atts=[att("Vollmacht_Brenner.pdf", "application/pdf",
               text_pdf(["VOLLMACHT", "Hiermit bevollmächtige ich, Katharina Brenner,",
                         "die Kanzlei Albrecht & Partner mbB, Köln,", "mich in allen datenschutzrechtlichen",
                         "Angelegenheiten gegenüber Atelier Koraal Fotografie", "zu vertreten.", "",
                         "Köln, den 5. Februar 2026"]))],
     truth=T(True, ["erasure"], "Stefanie Albrecht", "albrecht@kanzlei-albrecht-koeln.de",
             rep=REP("lawyer", "Katharina Brenner"),
             notes="Law firm 'namens und in Vollmacht unserer Mandantin'; erasure (Art. 17), Art. 19 only as "
                   "consequence. Power-of-attorney PDF (not an ID)."))

mail(n=99, group="de", style="plain", kind="form",
     frm=("Studio Vlierbes", "wordpress@studiovlierbes.nl"), reply_to=("Lena Hartmann", "lena.hartmann@gmx.net"),
     to=VLIER["addr"], subject="Studio Vlierbes \"Kontaktformular\"", date="Thu, 12 Feb 2026 22:10:36 +0000",
     text="""Name: Lena Hartmann
E-Mail: lena.hartmann@gmx.net
Telefon: 
Betreff: Newsletter

Nachricht:
Hallo, ich bekomme seit dem Babybauch-Shooting jeden Monat Ihren Newsletter und ständig Angebote. Bitte tragen Sie mich aus und verwenden Sie meine Adresse nicht mehr für Werbung. Den Abmeldelink unten gibt es bei mir irgendwie nicht. Danke!

-- 
Diese E-Mail wurde von einem Kontaktformular von Studio Vlierbes (https://www.studiovlierbes.nl) gesendet
""", charset="utf-8", cte="8bit",
     truth=T(True, ["objection"], "Lena Hartmann", "lena.hartmann@gmx.net",
             notes="WordPress contact-form notification; requester in Name/E-Mail fields (Reply-To agrees). "
                   "Stop newsletter/advertising -> objection."))

mail(n=100, group="de", style="formal", kind="direct",
     frm=("Markus Vogel", "m.vogel@agentur-nordlicht.de"), to=VLIER["addr"],
     subject="Automatische Antwort: Fotos Messe Düsseldorf", subj_enc="q", date="Mon, 23 Feb 2026 06:58:44 +0100",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 2. März nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an info@agentur-nordlicht.de.

Mit freundlichen Grüßen
Markus Vogel

Agentur Nordlicht GmbH | Kaiserswerther Str. 115 | 40474 Düsseldorf
Datenschutzhinweise: https://www.agentur-nordlicht.de/datenschutz
""", charset="utf-8", cte="qp", crlf=True,
     truth=T(False, notes="Out-of-office auto-reply; 'Datenschutzhinweise' only in the signature."))

_t101 = """Joris,

Zie hieronder, Duitse klant van de bruiloft in Zandvoort vorig jaar. Ze wil weten wat we van haar hebben en daarna alles laten verwijderen. Wil jij even kijken wat er nog op de NAS staat? Ik heb haar nog niet geantwoord.

Groet,
Sanne

Van: Julia Becker <julia.becker@icloud.com>
Verzonden: dinsdag 24 februari 2026 22:41
Aan: info@koraal-fotografie.nl
Onderwerp: Anfrage

Guten Abend,

Sie haben letzten August unsere Hochzeit in Zandvoort fotografiert. Ich möchte gern wissen, welche Daten Sie von mir noch gespeichert haben (Fotos, Vertrag, Adresse, Chatverlauf usw.). Wenn ich die Übersicht habe, löschen Sie bitte alles, die Fotos haben wir ja schon.

Viele Grüße
Julia Becker
"""
mail(n=101, group="de", style="plain", kind="forward",
     frm=("Sanne Bakker", "sanne@koraal-fotografie.nl"), to="Joris Verhoef <joris@koraal-fotografie.nl>",
     subject="FW: Anfrage", date="Wed, 25 Feb 2026 12:20:08 +0100",
     text=_t101, html=html_wrap(plain_to_html(_t101)), charset="windows-1252", cte="qp",
     html_charset="windows-1252", html_cte="qp", crlf=True,
     truth=T(True, ["access", "erasure"], "Julia Becker", "julia.becker@icloud.com",
             notes="Outlook forward with a Dutch note; requester is the original sender (Van:) inside. Two rights: "
                   "what do you have (access) then delete everything (erasure). windows-1252 QP."))

mail(n=102, group="de", style="formal", kind="direct",
     frm=("Florian Gruber", "florian.gruber@chello.at"), to=VLIER["addr"],
     subject="Erinnerung: Auskunftsanfrage vom 3. Februar 2026", date="Fri, 6 Mar 2026 09:05:51 +0100",
     text="""Grüß Gott,

ich darf Sie an meine untenstehende Anfrage vom 3. Februar erinnern, auf die ich bis heute keine Antwort erhalten habe. Die Frist von einem Monat ist damit abgelaufen.

Ich ersuche Sie, mir die Auskunft bis spätestens 20. März zu übermitteln. Andernfalls werde ich mich an die Datenschutzbehörde wenden.

Mit freundlichen Grüßen
Mag. Florian Gruber

----- Ursprüngliche Nachricht -----
Von: Florian Gruber <florian.gruber@chello.at>
Gesendet: Dienstag, 3. Februar 2026 09:12
An: hallo@studiovlierbes.nl
Betreff: Auskunftsanfrage

Sehr geehrte Damen und Herren,

Sie haben im Oktober 2025 auf der Kunstmesse in Maastricht Videoaufnahmen gemacht, auf denen ich zu sehen bin. Ich ersuche um Auskunft, welche Daten Sie über mich verarbeiten, insbesondere welche Aufnahmen, und an wen Sie diese weitergegeben haben.

Mit freundlichen Grüßen
Florian Gruber
""", charset="utf-8", cte="qp",
     truth=T(True, ["access"], "Florian Gruber", "florian.gruber@chello.at", follow_up=True,
             notes="Austrian reminder ('Erinnerung', 'ersuche') of an access request, original quoted below; "
                   "Austrian Datenschutzbehörde in passing."))

_t103 = """Guten Tag,

Sie haben im September im Auftrag unserer Schule, der Realschule am Lousberg in Aachen, die Porträts des Kollegiums und die Klassenfotos gemacht. Ich bin dort Lehrerin.

Ich möchte bitte wissen, welche Daten Sie über mich gespeichert haben (Fotos, Name, Fach, E-Mail?) und ob Sie diese an jemand anderen als die Schule weitergegeben haben. Eine Kopie meines Ausweises liegt bei.

Freundliche Grüße
Maria van den Broek
"""
mail(n=103, group="de", style="plain", kind="direct",
     frm=("Maria van den Broek", "m.vandenbroek@schule-lousberg.de"), to=VLIER["addr"],
     subject="Lehrerfotos Realschule am Lousberg", date="Tue, 10 Mar 2026 16:40:22 +0100",
     text=_t103, html=html_wrap(plain_to_html(_t103)), charset="utf-8", cte="8bit", html_cte="qp",
     atts=[idfile("id_0007.jpg", "Personalausweis.jpg")],
     truth=T(True, ["access"], "Maria van den Broek", "m.vandenbroek@schule-lousberg.de", processor=True,
             notes="Processor situation: portraits made on behalf of the school (her employer). Access incl. "
                   "recipients. Dutch ID card attached (filename says Personalausweis)."))

_t104 = """PrintWerk Fotobuch – Profi-Newsletter März

NEU: Layflat-Alben in 40x30 cm mit Leinen- oder Acrylcover
Jetzt mit 15 % Einführungsrabatt für Studios (Code: LAYFLAT15).

Wichtiger Hinweis zu unserer Datenschutzerklärung
Wir haben unsere Datenschutzerklärung an die aktuellen Anforderungen der DSGVO angepasst (neue Druckpartner, Speicherfristen für Druckdaten). Sie haben jederzeit das Recht auf Auskunft, Berichtigung und Löschung Ihrer Daten sowie das Recht, der Nutzung für Werbezwecke zu widersprechen.

Newsletter abbestellen: https://www.printwerk-fotobuch.de/newsletter/abmelden
PrintWerk Fotobuch GmbH · Industriestraße 9 · 47475 Kamp-Lintfort
"""
mail(n=104, group="de", style="formal", kind="direct",
     frm=("PrintWerk Fotobuch", "news@printwerk-fotobuch.de"), to=VLIER["addr"],
     subject="Neu: Layflat-Alben – und ein Hinweis zu unserer Datenschutzerklärung", subj_enc="b",
     date="Thu, 12 Mar 2026 05:00:00 +0000",
     extra=[("List-Unsubscribe", "<https://www.printwerk-fotobuch.de/newsletter/abmelden>"),
            ("Precedence", "bulk")],
     text=_t104, html=html_wrap(plain_to_html(_t104), "Helvetica, Arial, sans-serif"),
     charset="utf-8", cte="qp", html_cte="b64", crlf=True,
     truth=T(False, notes="Supplier newsletter announcing a privacy-policy update; lists rights "
                          "(Auskunft, Berichtigung, Löschung, Widerspruch) but is not a request."))

mail(n=105, group="de", style="plain", kind="direct",
     frm=("Sabine Müller-Lüdenscheidt", "sabine.mueller@arcor.de", "windows-1252", "q"), to=KORAAL["addr"],
     subject="Falscher Name in der Kundendatei", date="Mon, 23 Mar 2026 20:14:09 +0100",
     text="""Hallo zusammen,

in Ihrer Kundendatei steht mein Name leider falsch („Sabine Muller“, ohne Umlaut und ohne den zweiten Teil). Seit meiner Heirat heiße ich Müller-Lüdenscheidt. Bitte korrigieren Sie das, auch auf den Rechnungen und auf dem Gutschein, den ich noch bei Ihnen habe.

Meine neue E-Mail-Adresse ist s.mueller-luedenscheidt@posteo.de – bitte nur noch diese verwenden.

Danke und liebe Grüße
Sabine Müller-Lüdenscheidt
""", charset="windows-1252", cte="8bit",
     truth=T(True, ["rectification"], "Sabine Müller-Lüdenscheidt", "sabine.mueller@arcor.de",
             notes="Rectification of surname and e-mail address; the new address in the body is NOT the "
                   "requester address. windows-1252 8bit body and windows-1252 Q-encoded display name."))

_t106 = """Sehr geehrte Damen und Herren,

ich befinde mich derzeit in einem Rechtsstreit mit meinem früheren Arbeitgeber, der Hotelgruppe Alpenblick, für die Sie im Mai 2025 Werbeaufnahmen gemacht haben, auf denen ich zu sehen bin.

Bitte löschen Sie diese Aufnahmen und die dazugehörigen Daten vorerst NICHT – ich werde sie möglicherweise als Beweismittel benötigen. Gleichzeitig ersuche ich Sie, die Aufnahmen bis zum Abschluss des Verfahrens nicht mehr zu verwenden oder weiterzugeben, auch nicht an die Hotelgruppe.

Ich ersuche um eine kurze Bestätigung.

Mit freundlichen Grüßen
Elisabeth Wallner
Salzburg
"""
mail(n=106, group="de", style="formal", kind="direct",
     frm=("Elisabeth Wallner", "e.wallner@a1.net"), to=KORAAL["addr"],
     subject="Aufnahmen Hotelgruppe Alpenblick – bitte NICHT löschen", subj_enc="q",
     date="Thu, 2 Apr 2026 11:48:30 +0200",
     text=_t106, html=html_wrap(plain_to_html(_t106)), charset="utf-8", cte="qp", html_cte="qp", crlf=True,
     truth=T(True, ["restriction"], "Elisabeth Wallner", "e.wallner@a1.net", processor=True,
             notes="'Bitte NICHT löschen' (needed as evidence) but stop using/passing on -> restriction, not "
                   "erasure. Photos were made for her former employer (a client of the studio) -> processor."))

mail(n=107, group="de", style="plain", kind="direct",
     frm=("Nadine Mreyen", "nadine.mreyen@skynet.be"), to=LUMEN["addr"],
     subject="Sedcard-Shooting für unsere Tochter", date="Tue, 14 Apr 2026 18:02:17 +0200",
     text="""Hallo Herr Claeys,

wir möchten für unsere Tochter (16) ein Sedcard-Shooting buchen, gern an einem Mittwochnachmittag im Mai. Was kostet das bei Ihnen aktuell, und braucht sie etwas Bestimmtes mitzubringen?

Noch etwas anderes: Von mir selbst haben Sie noch alte Fotos und meine Daten aus der Kartei von 2019, als ich noch gemodelt habe. Die können Sie bitte alle löschen, das brauche ich nicht mehr.

Viele Grüße aus Eupen
Nadine Mreyen
""", charset="utf-8", cte="qp",
     truth=T(True, ["erasure"], "Nadine Mreyen", "nadine.mreyen@skynet.be",
             notes="East Belgium. Booking for the daughter mixed with an erasure request about the writer HERSELF "
                   "-> representative null (the daughter is only the booking subject)."))

_h108 = """<html><body style="font-family:Arial">
<table width="600" style="border:2px solid #c00"><tr><td style="padding:16px">
<h1 style="color:#c00">ACHTUNG: Abmahngefahr!</h1>
<p>Sehr geehrte Damen und Herren,</p>
<p>unser automatischer Scanner hat auf <b>studiovlierbes.nl</b> mehrere Verstöße gegen die DSGVO festgestellt:</p>
<ul><li>fehlerhafter Cookie-Banner</li><li>keine Prozesse für Auskunftsersuchen nach Art. 15 und Löschanfragen nach Art. 17 DSGVO</li><li>unvollständige Datenschutzerklärung</li></ul>
<p>Es drohen Bußgelder bis zu 20 Mio. € oder 4 % des weltweiten Jahresumsatzes sowie teure Abmahnungen.</p>
<p><a href="https://dsgvo-check24.info/schnellcheck">Jetzt kostenlosen DSGVO-Schnellcheck starten</a></p>
<p style="font-size:9px">Sie möchten keine Informationen mehr erhalten? <a href="https://dsgvo-check24.info/optout">Abmelden</a></p>
</td></tr></table></body></html>
"""
mail(n=108, group="de", style="formal", kind="direct",
     frm=("DSGVO-Check 24", "service@dsgvo-check24.info"), to=VLIER["addr"],
     subject="Abmahngefahr! Ihre Website studiovlierbes.nl verstößt gegen die DSGVO", subj_enc="b",
     date="Wed, 15 Apr 2026 02:22:22 +0300",
     text=None, html=_h108, charset="utf-8", html_cte="b64",
     truth=T(False, notes="DSGVO-compliance spam, HTML only (base64), cites Art. 15/17; not a request."))

mail(n=109, group="de", style="plain", kind="direct",
     frm=("Anna Ruïz", "aruiz@medtec-kleve.de"), reply_to=("Anna Ruïz", "anna.ruiz@mailbox.org"),
     to=KORAAL["addr"], subject="Unsere Hochzeitsbilder – Übergabe an neue Fotografin", subj_enc="q",
     date="Thu, 30 Apr 2026 14:27:40 +0200",
     text="""Hallo Joris,

wir hatten im letzten Jahr das Hochzeitsshooting bei Ihnen. Für das Babyshooting wechseln wir jetzt zu einer Fotografin bei uns in Kleve (Fotostudio Hellweg), die gern an den Stil anknüpfen möchte.

Könnten Sie bitte alle Bilder in voller Auflösung und die Daten, die wir Ihnen damals über das Buchungsformular gegeben haben (Ablauf, Wunschliste, Adressen), als Dateien exportieren – am liebsten als ZIP mit einer CSV – und direkt an kontakt@fotostudio-hellweg.de schicken? Eine Kopie meines Ausweises hänge ich an, falls Sie die brauchen.

Bitte antworten Sie an meine private Adresse, die Firmenadresse läuft bald aus.

Liebe Grüße
Anna Ruïz
""", charset="utf-8", cte="qp",
     atts=[idfile("id_0008.jpg", "Ausweis.jpg")],
     truth=T(True, ["portability"], "Anna Ruïz", "anna.ruiz@mailbox.org",
             notes="Reply-To (private) differs from From (work) -> requester_email is the Reply-To. Export as "
                   "ZIP/CSV and transfer to another photographer -> portability; kontakt@fotostudio-hellweg.de is "
                   "the recipient photographer, not the requester. Dutch ID (Anna Anouk Ruïz) attached."))

_t110 = """Sehr geehrte Damen und Herren,

hiermit widerrufe ich gemäß Art. 7 Abs. 3 DSGVO meine Einwilligung in die Veröffentlichung meiner Fotos aus dem Casting vom 14. März 2025 auf Ihrer Website und in Ihren Social-Media-Kanälen.

Zugleich widerspreche ich gemäß Art. 21 Abs. 2 DSGVO der Verarbeitung meiner personenbezogenen Daten zum Zwecke der Direktwerbung. Bitte senden Sie mir keine Newsletter, Casting-Aufrufe oder sonstige Werbung mehr.

Bitte bestätigen Sie mir die Umsetzung innerhalb der Frist des Art. 12 Abs. 3 DSGVO. Vorsorglich weise ich darauf hin, dass ich mich andernfalls an die zuständige Aufsichtsbehörde wenden werde (in Deutschland der BfDI bzw. die zuständige Landesbehörde, in Belgien die Datenschutzbehörde GBA/APD).

Mit freundlichen Grüßen
Maximilian Hoffmann
Berlin
"""
mail(n=110, group="de", style="formal", kind="direct",
     frm=("Maximilian Hoffmann", "max.hoffmann@posteo.de"), to=LUMEN["addr"],
     subject="Widerruf der Einwilligung und Widerspruch gemäß DSGVO", subj_enc="b",
     date="Tue, 12 May 2026 08:15:03 +0200",
     text=_t110, html=html_wrap(plain_to_html(_t110)), charset="utf-8", cte="b64", html_cte="b64", crlf=True,
     truth=T(True, ["objection", "withdraw_consent"], "Maximilian Hoffmann", "max.hoffmann@posteo.de",
             notes="Formal two rights: Art. 7(3) withdrawal (photos online) + Art. 21(2) objection to direct "
                   "marketing. BfDI/Landesbehörde/GBA mentioned in passing. Base64 bodies, B-encoded subject with ß."))

mail(n=111, group="de", style="plain", kind="direct",
     frm=("Jürgen Weiß", "juergen.weiss@freenet.de", "utf-8", "b"), to=VLIER["addr"],
     subject="Fotos Firmenfeier – so nicht!", subj_enc="q", date="Fri, 22 May 2026 16:44:12 +0200",
     text="""Guten Tag,

die Fotos von unserer Firmenfeier am 9. Mai sind leider eine Katastrophe. Fast alle Innenaufnahmen haben einen grünen Farbstich, bei den Gruppenfotos sind die Gesichter in der hinteren Reihe unscharf. Ein Beispiel hänge ich an.

Ich erwarte eine Nachbesserung bis Ende des Monats oder einen Preisnachlass von 50 %. Sonst zahlen wir die Restsumme nicht.

Gruß
Jürgen Weiß
Geschäftsführer, Weiß Haustechnik GmbH
""", charset="utf-8", cte="8bit",
     atts=[att("Beispiel_Farbstich.jpg", "image/jpeg", portfolio_photo(111, (1800, 1200)))],
     truth=T(False, notes="Complaint about photo quality from a business client; example photo (3:2, not an ID)."))

_inner112 = dict(
    frm=("Sandra Lorenz", "sandra.lorenz@outlook.de"), to=VLIER["addr"],
    subject="Bitte vergessen Sie mich", date="Tue, 2 Jun 2026 21:47:02 +0200",
    msgid="<AM9P193MB1234ABCD@AM9P193MB1234.EURP193.PROD.OUTLOOK.COM>",
    text="""Guten Tag,

bitte vergessen Sie mich. Ich will nicht mehr in Ihrer Kundendatei stehen, keine Fotos, keine Adresse, nichts. Danke.

S. Lorenz
""", charset="utf-8", cte="qp")
mail(n=112, group="de", style="plain", kind="forward",
     frm=("Ruud Custers", "ruud@studiovlierbes.nl"), to="Maud Heijnen <maud@studiovlierbes.nl>",
     subject="Fwd: Bitte vergessen Sie mich", date="Wed, 3 Jun 2026 10:31:26 +0200",
     text="""Maud,

Zie bijlage, Duitstalig verzoek. Mevrouw was klant in 2024 (gezinsshoot). Kun jij het oppakken? Ik versta er de helft van.

Ruud
""", charset="us-ascii", cte="7bit", crlf=True,
     atts=[dict(filename="Bitte vergessen Sie mich.eml", ctype="message/rfc822", inner=_inner112,
                is_id=False, cid=None)],
     truth=T(True, ["erasure"], "Sandra Lorenz", "sandra.lorenz@outlook.de",
             notes="Forward as attached message/rfc822 with a Dutch note; requester is the inner sender (the "
                   "signature only says 'S. Lorenz', the display name gives the full name). 'Vergessen Sie "
                   "mich' -> erasure."))

_t113 = """Liebe Maud,

vielen lieben Dank, die Bilder sind wunderschön geworden! Oma hat schon geweint :-) Wir bestellen bestimmt noch ein paar Abzüge.

Liebe Grüße
Petra Schneider

Am 15.06.2026 um 14:03 schrieb Studio Vlierbes Foto & Video <hallo@studiovlierbes.nl>:
""" + quote("""Hallo Frau Schneider,

Ihre Galerie ist online: https://galerie.studiovlierbes.nl/schneider (Passwort: zomer2026).

Datenschutz: Ihre Bilder werden 12 Monate gespeichert und danach gelöscht. Sie haben jederzeit das Recht auf Auskunft, Berichtigung, Löschung und Widerspruch nach DSGVO; schreiben Sie dazu an datenschutz@studiovlierbes.nl.

Herzliche Grüße
Maud Heijnen
Studio Vlierbes Foto & Video""") + "\n"
mail(n=113, group="de", style="plain", kind="direct",
     frm=("Petra Schneider", "petra.schneider@gmx.de"), to=VLIER["addr"],
     subject="AW: Ihre Galerie ist online", date="Mon, 15 Jun 2026 21:05:59 +0200",
     text=_t113, html=html_wrap(plain_to_html(_t113)), charset="utf-8", cte="qp", html_cte="qp",
     truth=T(False, notes="Thank-you reply; DSGVO/Auskunft/Löschung/Widerspruch appear only in the quoted studio text."))

mail(n=114, group="de", style="formal", kind="direct",
     frm=("Ilse Jansen", "ilse.jansen@gmx.net"), to=KORAAL["addr"],
     subject="Auskunft und Datenübertragung nach DSGVO", subj_enc="q",
     date="Donnerstag, 18. Juni 2026 14:03:22 MESZ",
     text="""Sehr geehrte Damen und Herren,

gemäß Art. 15 DSGVO bitte ich um Auskunft über die zu meiner Person gespeicherten Daten sowie um eine Kopie dieser Daten.

Darüber hinaus bitte ich gemäß Art. 20 DSGVO darum, mir die Daten, die ich Ihnen selbst bereitgestellt habe (insbesondere Buchungsdaten und die von mir hochgeladenen Referenzbilder), in einem strukturierten, gängigen und maschinenlesbaren Format zu übermitteln.

Eine Kopie meines Reisepasses ist zur Identifizierung beigefügt.

Mit freundlichen Grüßen
Ilse Jansen
""", charset="utf-8", cte="b64", crlf=True,
     atts=[idfile("id_0010.pdf", "Reisepass.pdf")],
     truth=T(True, ["access", "portability"], "Ilse Jansen", "ilse.jansen@gmx.net",
             notes="Garbled Date header (German day/month names, 'MESZ') -> received null. Access + "
                   "portability. Passport as PDF. Base64 body."))

mail(n=115, group="de", style="plain", kind="direct",
     frm=("Tobias Neumann", "tobias.neumann@gmx.de"), to=LUMEN["addr"],
     subject="Re: Exklusives Frühjahrsangebot – 20 % auf Ihr nächstes Shooting", subj_enc="q",
     date="Thu, 2 Jul 2026 09:09:09 +0200",
     extra=[("In-Reply-To", "<news-2026-07-01.88213@lumenlinde.be>")],
     text="""Nein danke.

Bitte streichen Sie mich aus Ihrem Verteiler, ich will keine Angebote mehr bekommen. Und löschen Sie bei der Gelegenheit gleich meine Kontaktdaten, ich komme sowieso nicht wieder.

T. Neumann

Am 01.07.2026 um 10:00 schrieb Lumen & Linde Casting <casting@lumenlinde.be>:
""" + quote("""Lieber Tobias,

nur für kurze Zeit: 20 % auf Ihr nächstes Porträt- oder Sedcard-Shooting! Einfach Code SOMMER20 bei der Buchung angeben.

Ihr Team von Lumen & Linde

Sie erhalten diese E-Mail, weil Sie Kunde bei uns waren. Abmelden: https://www.lumenlinde.be/nl/unsubscribe""") + "\n",
     charset="utf-8", cte="8bit",
     truth=T(True, ["erasure", "objection"], "Tobias Neumann", "tobias.neumann@gmx.de",
             notes="Reply on top of a quoted studio marketing mail: remove from mailing list (objection) + delete "
                   "contact data (erasure). Full name only in the display name."))

mail(n=116, group="de", style="formal", kind="direct",
     frm=("Lukas Brandt", "lukas.brandt@stud.hs-rheinwaal.de"), to=KORAAL["addr"],
     subject="Frage zu Ihrer Datenschutzerklärung (Bachelorarbeit)", subj_enc="q",
     date="Tue, 18 Aug 2026 13:26:45 +0530",
     text="""Sehr geehrte Damen und Herren,

ich schreibe gerade meine Bachelorarbeit über den Umgang kleiner Fotostudios mit der DSGVO. In Ihrer Datenschutzerklärung steht, dass Sie Kundenfotos 12 Monate aufbewahren. Ist das in der Praxis so? Und wie viele Auskunfts- oder Löschanfragen bekommen Sie ungefähr im Jahr?

Ich selbst bin kein Kunde bei Ihnen. Über ein kurzes Interview (15 Minuten, gern per Video) würde ich mich sehr freuen.

Mit freundlichen Grüßen
Lukas Brandt
(zurzeit im Auslandssemester in Pune)
""", charset="utf-8", cte="qp",
     truth=T(False, notes="Question about the privacy policy from a student who is not a client; mentions "
                          "Auskunfts-/Löschanfragen but asks nothing about his own data. +0530 offset."))

mail(n=117, group="de", style="plain", kind="direct",
     frm=("Claudia Hahn", "claudia.hahn@web.de"), to=VLIER["addr"],
     subject="Foto meiner Mutter im Schaufenster", date="Wed, 9 Sep 2026 17:50:00 +0200",
     text="""Guten Tag,

ich melde mich im Namen meiner Mutter, Gertrud Hahn (82), die selbst keine E-Mail-Adresse hat. Sie war im Juni mit unserer Familie zum Generationen-Shooting bei Ihnen. Jetzt hängt ein großes Porträt von ihr in Ihrem Schaufenster in der Hoogbrugstraat und es ist auch auf Ihrer Facebook-Seite zu sehen.

Meine Mutter möchte das nicht mehr und zieht ihre Zustimmung zurück. Bitte nehmen Sie das Bild aus dem Fenster und von Facebook.

Vielen Dank und freundliche Grüße
Claudia Hahn
""", charset="utf-8", cte="8bit",
     truth=T(True, ["withdraw_consent"], "Claudia Hahn", "claudia.hahn@web.de",
             rep=REP("other", "Gertrud Hahn"),
             notes="Adult daughter writes on behalf of her mother (representative 'other'); consent withdrawn "
                   "for the portrait in the window and on Facebook -> withdraw_consent."))

mail(n=118, group="de", style="plain", kind="direct",
     frm=(None, "jonas.heinen@skynet.be"), to=LUMEN["addr"],
     subject="profil", date="Sat, 3 Oct 2026 23:01:47 +0200",
     text="bitte mein profil bei euch löschen. danke\n", charset="utf-8", cte="8bit",
     truth=T(True, ["erasure"], None, "jonas.heinen@skynet.be",
             notes="One-liner, lowercase, no greeting, no display name and no signature -> requester_name null "
                   "(do not guess it from the address). East Belgium."))

_h119 = """<html><body><div style="font-family:Arial;font-size:11pt">
<p>Grüezi</p>
<p>Eine Kollegin hat mir diesen Screenshot geschickt (siehe unten): Auf der Facebook-Seite eines Hochzeitsplaners in Holland erscheint ein Foto von mir mit Ihrem Wasserzeichen. Ich war 2022 Gast an einer Hochzeit, die Sie fotografiert haben.</p>
<p>Ich möchte gerne wissen, welche Fotos und Daten Sie von mir haben, woher Sie diese haben und an wen Sie sie weitergegeben haben.</p>
<p><img src="cid:ii_mh7k2x0" alt="Screenshot" width="360"></p>
<p>Freundliche Grüsse<br>Nicole Baumann</p>
</div></body></html>
"""
_t119 = """Grüezi

Eine Kollegin hat mir diesen Screenshot geschickt (siehe unten): Auf der Facebook-Seite eines Hochzeitsplaners in Holland erscheint ein Foto von mir mit Ihrem Wasserzeichen. Ich war 2022 Gast an einer Hochzeit, die Sie fotografiert haben.

Ich möchte gerne wissen, welche Fotos und Daten Sie von mir haben, woher Sie diese haben und an wen Sie sie weitergegeben haben.

[image: Screenshot]

Freundliche Grüsse
Nicole Baumann
"""
mail(n=119, group="de", style="plain", kind="direct",
     frm=("Nicole Baumann", "nicole.baumann@sunrise.ch"), to=KORAAL["addr"],
     subject="Foto von mir bei einem Hochzeitsplaner", date="Mon, 26 Oct 2026 10:34:18 +0100",
     text=_t119, html=_h119, charset="utf-8", cte="qp", html_cte="qp", crlf=True,
     atts=[att("Screenshot 2026-10-25 um 19.02.11.png", "image/png",
               screenshot(["Bruiloftplanner Noord-Holland", "Onze mooiste bruiloften van 2022 <3",
                           "foto: Atelier Koraal Fotografie", "Vind ik leuk: 212"], title="facebook", seed=119),
               inline_cid="ii_mh7k2x0")],
     truth=T(True, ["access"], "Nicole Baumann", "nicole.baumann@sunrise.ch",
             notes="Swiss (Grüezi, Grüsse). Access incl. source and recipients. Inline screenshot (Content-ID, "
                   "multipart/related inside alternative), not an ID. Wedding guest, not the client."))

mail(n=120, group="de", style="plain", kind="direct",
     frm=("Leonie Fischer", "leonie.fischer@gmail.com"), to=LUMEN["addr"],
     subject="Bewerbung als Model – Leonie Fischer, 19", subj_enc="q", date="Wed, 11 Nov 2026 12:12:40 +0100",
     text="""Hallo liebes Lumen & Linde Team,

ich möchte mich bei Ihnen als Model bewerben. Ich bin 19, 1,74 m groß, Konfektionsgröße 34/36, und wohne in Aachen, Brüssel ist für mich also gut erreichbar. Erfahrung habe ich bisher mit TFP-Shootings und einer Modenschau.

Anbei zwei aktuelle Fotos. Ich bin damit einverstanden, dass meine Daten gemäß Ihrer Datenschutzerklärung für die Bewerbung gespeichert werden.

Ich freue mich auf Ihre Rückmeldung!
Leonie Fischer
""", charset="utf-8", cte="8bit",
     atts=[att("Leonie_Portrait.jpg", "image/jpeg", portfolio_photo(1201, (1200, 900))),
           att("Leonie_Ganzkoerper.jpg", "image/jpeg", portfolio_photo(1202, (1500, 1000)))],
     truth=T(False, notes="Model application with two photos (not IDs); GIVES consent under the privacy policy "
                          "rather than exercising a right -> not a request."))


# ==========================================================================
# Building
# ==========================================================================
RAW8 = "X-RAW8-SUBJECT-PLACEHOLDER"
CONTENT_HEADERS = ("MIME-Version", "Content-Type", "Content-Transfer-Encoding")


def mk_attachment(a):
    ctype = a["ctype"]
    if ctype == "message/rfc822":
        p = MIMEMessage(build_message(a["inner"], inner=True))
    elif ctype.startswith("image/"):
        p = MIMEImage(a["data"], ctype.split("/")[1])
    elif ctype == "application/pdf":
        p = MIMEApplication(a["data"], "pdf")
    else:
        raise ValueError(ctype)
    fn = a["filename"]
    try:
        fn.encode("ascii")
        fnp = fn
    except UnicodeEncodeError:
        fnp = ("utf-8", "", fn)            # RFC 2231
    if ctype != "message/rfc822":
        p.set_param("name", fnp)
    p.add_header("Content-Disposition", "inline" if a.get("cid") else "attachment", filename=fnp)
    if a.get("cid"):
        p["Content-ID"] = "<%s>" % a["cid"]
    return p


def build_body(m):
    text, html = m.get("text"), m.get("html")
    charset, cte = m.get("charset", "utf-8"), m.get("cte", "8bit")
    hcs, hcte = m.get("html_charset", charset if text is None else "utf-8"), m.get("html_cte", "qp")
    if html is not None and hcs != "utf-8":
        html = html.replace("charset=utf-8", "charset=" + hcs)
        m["html"] = html
    atts = m.get("atts", [])
    inline = [a for a in atts if a.get("cid")]
    regular = [a for a in atts if not a.get("cid")]
    if html is None:
        body = text_part(text, "plain", charset, cte)
    else:
        h = text_part(html, "html", hcs, hcte)
        if inline:
            rel = MIMEMultipart("related")
            rel.attach(h)
            for a in inline:
                rel.attach(mk_attachment(a))
            h = rel
        if text is None:
            body = h
        else:
            body = MIMEMultipart("alternative")
            body.attach(text_part(text, "plain", charset, cte))
            body.attach(h)
    if regular:
        top = MIMEMultipart("mixed")
        top.attach(body)
        for a in regular:
            top.attach(mk_attachment(a))
    else:
        top = body
    return top


def build_message(m, inner=False):
    top = build_body(m)
    n = m.get("n", 0)
    # deterministic boundaries
    k = 0
    for part in top.walk():
        if part is not top and "MIME-Version" in part and part.get_content_maintype() != "message":
            del part["MIME-Version"]          # sub-parts carry no MIME-Version
        if part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary("----=_Part_%04d_%d.%s" % (n, k, "inner" if inner else "outer"))
    heads = []
    fr = m["frm"]
    fcs = fr[2] if len(fr) > 2 else "utf-8"
    fenc = fr[3] if len(fr) > 3 else "q"
    heads.append(("From", addr(fr[0], fr[1], fcs, fenc)))
    heads.append(("To", m["to"]))
    if m.get("reply_to"):
        heads.append(("Reply-To", addr(m["reply_to"][0], m["reply_to"][1])))
    if m.get("raw8_subject"):
        heads.append(("Subject", RAW8))
    else:
        sc = Charset(m.get("subj_charset", "utf-8"))
        sc.header_encoding = _charset.BASE64 if m.get("subj_enc", "q") == "b" else _charset.QP
        subj = m["subject"]
        try:
            subj.encode("ascii")
            heads.append(("Subject", subj))
        except UnicodeEncodeError:
            heads.append(("Subject", Header(subj, sc, header_name="Subject")))
    if m.get("date"):
        heads.append(("Date", m["date"]))
    if inner:
        heads.append(("Message-ID", m["msgid"]))
    else:
        dom = fr[1].split("@")[1]
        heads.append(("Message-ID", "<%04d.%08x@%s>" % (n, random.Random(n).getrandbits(32), dom)))
    for k_, v in m.get("extra", []):
        heads.append((k_, v))
    content = [(k_, v) for (k_, v) in top._headers if k_ in CONTENT_HEADERS]
    others = [(k_, v) for (k_, v) in top._headers if k_ not in CONTENT_HEADERS]
    assert not others, others
    if not any(k_ == "MIME-Version" for k_, _ in content):
        content.insert(0, ("MIME-Version", "1.0"))
    top._headers = heads + content
    return top


def serialize(msg, m):
    pol = email.policy.compat32.clone(linesep="\r\n" if m.get("crlf") else "\n")
    buf = io.BytesIO()
    email.generator.BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg)
    data = buf.getvalue()
    if m.get("raw8_subject"):
        assert data.count(RAW8.encode()) == 1
        data = data.replace(RAW8.encode(), m["subject"].encode("utf-8"))
    return data


def received_of(date):
    if not date:
        return None
    try:
        dt = parsedate_to_datetime(date)
    except (ValueError, TypeError):
        return None
    if dt is None or dt.tzinfo is None:
        return None
    return dt.isoformat()


def truth_of(m):
    t = m["truth"]
    atts = m.get("atts", [])
    ordered = [a for a in atts if a.get("cid")] + [a for a in atts if not a.get("cid")]
    return {
        "file": "%04d.eml" % m["n"],
        "is_dsar": t["is_dsar"],
        "rights": [r for r in RIGHTS_ORDER if r in t["rights"]],
        "language": m["group"],
        "requester_name": t["requester_name"],
        "requester_email": t["requester_email"],
        "received": received_of(m.get("date")),
        "attachments": [{"filename": a["filename"], "content_type": a["ctype"],
                         "is_id_document": bool(a["is_id"])} for a in ordered],
        "representative": t["representative"],
        "processor": t["processor"],
        "follow_up": t["follow_up"],
        "group": m["group"],
        "style": m["style"],
        "notes": t["notes"],
    }


import email.generator  # noqa: E402


def build_all():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for m in MAILS:
        msg = build_message(m)
        data = serialize(msg, m)
        with open(os.path.join(OUT, "%04d.eml" % m["n"]), "wb") as f:
            f.write(data)
        with open(os.path.join(OUT, "%04d.json" % m["n"]), "w", encoding="utf-8") as f:
            json.dump(truth_of(m), f, ensure_ascii=False, indent=1)
            f.write("\n")


# ==========================================================================
# Self-check
# ==========================================================================
KEYS = ["file", "is_dsar", "rights", "language", "requester_name", "requester_email", "received",
        "attachments", "representative", "processor", "follow_up", "group", "style", "notes"]


def _norm(s):
    return s.replace("\r\n", "\n")


def _all_text(msg):
    """Decoded text of all text parts and decoded header values, incl. attached messages."""
    out = []
    for p in msg.walk():
        for k in ("From", "Reply-To", "Subject", "To"):
            if p.get(k):
                out.append(str(p.get(k)))
        if p.get_content_maintype() == "text":
            out.append(p.get_content())
    return _norm("\n".join(out))


def _addr_of(v):
    return email.utils.parseaddr(str(v))[1].lower() if v else None


def check():
    errors = []
    asset_bytes = {asset(f): f for f in os.listdir(ASSETS) if f.startswith("id_")}
    files = sorted(os.listdir(OUT))
    exp = ["%04d.%s" % (i, e) for i in range(61, 121) for e in ("eml", "json")]
    if files != sorted(exp):
        errors.append("file list mismatch")
    by_n = {m["n"]: m for m in MAILS}
    raw8_count = 0
    for n in range(61, 121):
        m = by_n[n]
        e = "%04d" % n
        raw = open(os.path.join(OUT, e + ".eml"), "rb").read()
        t = json.load(open(os.path.join(OUT, e + ".json"), encoding="utf-8"))
        # -- schema
        if list(t.keys()) != KEYS:
            errors.append(e + " keys")
        if t["file"] != e + ".eml" or t["group"] not in ("fr", "de") or t["language"] != t["group"]:
            errors.append(e + " file/group/language")
        if t["style"] not in ("plain", "formal"):
            errors.append(e + " style")
        r = t["rights"]
        if r != [x for x in RIGHTS_ORDER if x in r] or len(r) > 2 or len(set(r)) != len(r):
            errors.append(e + " rights order/size")
        if t["is_dsar"] != bool(r):
            errors.append(e + " is_dsar vs rights")
        if not t["is_dsar"]:
            if any([t["requester_name"], t["requester_email"], t["representative"], t["processor"],
                    t["follow_up"]]):
                errors.append(e + " non-request with requester fields")
        else:
            if not t["requester_email"]:
                errors.append(e + " request without requester_email")
        rep = t["representative"]
        if rep is not None and (set(rep) != {"kind", "data_subject"} or rep["kind"] not in ("parent", "lawyer", "other")):
            errors.append(e + " representative shape")
        if not t["notes"]:
            errors.append(e + " notes empty")
        # -- line endings
        if m.get("crlf"):
            if re.search(rb"(?<!\r)\n", raw):
                errors.append(e + " bare LF in CRLF mail")
        elif b"\r" in raw:
            errors.append(e + " CR in LF mail")
        # -- header block ASCII (except the one raw 8-bit Subject)
        head = raw.split(b"\r\n\r\n" if m.get("crlf") else b"\n\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            raw8_count += 1
            if not m.get("raw8_subject"):
                errors.append(e + " non-ASCII header bytes")
            elif m["subject"].encode("utf-8") not in head:
                errors.append(e + " raw8 subject missing")
        # -- parse
        old = email.message_from_bytes(raw, policy=email.policy.compat32)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if received_of(old.get("Date")) != t["received"]:
            errors.append(e + " received %r vs %r" % (received_of(old.get("Date")), t["received"]))
        if (old.get("Date") is None) != (m.get("date") is None):
            errors.append(e + " Date presence")
        got = [{"filename": p.get_filename(), "content_type": p.get_content_type()}
               for p in msg.walk() if p.get_filename()]
        want = [{"filename": a["filename"], "content_type": a["content_type"]} for a in t["attachments"]]
        if got != want:
            errors.append(e + " attachments %r vs %r" % (got, want))
        idx = 0
        for p in msg.walk():
            if not p.get_filename():
                continue
            a = t["attachments"][idx]
            idx += 1
            if p.get_content_type() == "message/rfc822":
                if a["is_id_document"]:
                    errors.append(e + " rfc822 flagged as ID")
                continue
            data = p.get_payload(decode=True)
            if (data in asset_bytes) != a["is_id_document"]:
                errors.append(e + " is_id_document mismatch for " + a["filename"])
        # -- bodies round-trip (outer message only)
        plain = html = None
        stack = [msg]
        while stack:
            p = stack.pop(0)
            if p.get_content_type() == "message/rfc822":
                continue
            if p.is_multipart():
                stack = list(p.iter_parts()) + stack
                continue
            if p.get_filename():
                continue
            if p.get_content_type() == "text/plain" and plain is None:
                plain = _norm(p.get_content())
            elif p.get_content_type() == "text/html" and html is None:
                html = _norm(p.get_content())
        if m.get("text") is not None and plain != m["text"]:
            errors.append(e + " plain body round-trip")
        if m.get("html") is not None and html != m["html"]:
            errors.append(e + " html body round-trip")
        if m.get("raw8_subject"):
            if str(msg["Subject"]) != m["subject"]:
                errors.append(e + " raw8 subject decode %r" % str(msg["Subject"]))
        elif str(msg["Subject"]) != m["subject"]:
            errors.append(e + " subject round-trip %r" % str(msg["Subject"]))
        # -- requester
        alltext = _all_text(msg)
        if t["is_dsar"]:
            rq = t["requester_email"]
            kind = m["kind"]
            if kind == "direct":
                want_addr = _addr_of(msg["Reply-To"]) or _addr_of(msg["From"])
                if rq != want_addr:
                    errors.append(e + " requester_email %s vs header %s" % (rq, want_addr))
            else:
                if rq == _addr_of(msg["From"]) or rq not in alltext.lower():
                    errors.append(e + " requester_email for %s" % kind)
            if t["requester_name"] and t["requester_name"] not in alltext:
                errors.append(e + " requester_name not in mail")
            if rep and rep["data_subject"] not in alltext:
                errors.append(e + " data_subject not in mail")
    if raw8_count != 1:
        errors.append("expected exactly one raw 8-bit header mail, got %d" % raw8_count)
    # -- determinism: rebuild in memory and compare
    for m in MAILS:
        if serialize(build_message(m), m) != open(os.path.join(OUT, "%04d.eml" % m["n"]), "rb").read():
            errors.append("%04d not deterministic" % m["n"])
    return errors


def counts():
    rows = [json.load(open(os.path.join(OUT, "%04d.json" % n), encoding="utf-8")) for n in range(61, 121)]
    lines = []
    lines.append("| group | mails | is_dsar true | is_dsar false | formal | plain |")
    lines.append("|---|---|---|---|---|---|")
    for g in ("fr", "de", "all"):
        rs = [r for r in rows if g == "all" or r["group"] == g]
        lines.append("| %s | %d | %d | %d | %d | %d |" % (
            g, len(rs), sum(r["is_dsar"] for r in rs), sum(not r["is_dsar"] for r in rs),
            sum(r["style"] == "formal" for r in rs), sum(r["style"] == "plain" for r in rs)))
    lines.append("")
    lines.append("| right | fr | de | all |")
    lines.append("|---|---|---|---|")
    for right in RIGHTS_ORDER:
        c = [sum(right in r["rights"] for r in rows if g == "all" or r["group"] == g) for g in ("fr", "de", "all")]
        lines.append("| %s | %d | %d | %d |" % ((right,) + tuple(c)))
    lines.append("")
    feats = [
        ("two rights", lambda r: len(r["rights"]) == 2),
        ("representative: parent", lambda r: (r["representative"] or {}).get("kind") == "parent"),
        ("representative: lawyer", lambda r: (r["representative"] or {}).get("kind") == "lawyer"),
        ("representative: other", lambda r: (r["representative"] or {}).get("kind") == "other"),
        ("processor", lambda r: r["processor"]),
        ("follow_up", lambda r: r["follow_up"]),
        ("requester_name null (request)", lambda r: r["is_dsar"] and r["requester_name"] is None),
        ("received null", lambda r: r["received"] is None),
        ("with attachments", lambda r: bool(r["attachments"])),
        ("with ID document", lambda r: any(a["is_id_document"] for a in r["attachments"])),
        ("with message/rfc822", lambda r: any(a["content_type"] == "message/rfc822" for a in r["attachments"])),
    ]
    lines.append("| feature | fr | de | all |")
    lines.append("|---|---|---|---|")
    for name, f in feats:
        c = [sum(1 for r in rows if (g == "all" or r["group"] == g) and f(r)) for g in ("fr", "de", "all")]
        lines.append("| %s | %d | %d | %d |" % ((name,) + tuple(c)))
    lines.append("")
    # MIME features straight from the files
    mf = {}

    def bump(k, g):
        mf.setdefault(k, {"fr": 0, "de": 0})
        mf[k][g] += 1
    for m in MAILS:
        g = m["group"]
        raw = open(os.path.join(OUT, "%04d.eml" % m["n"]), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        bump("top-level " + msg.get_content_type(), g)
        bump("CRLF line endings" if m.get("crlf") else "LF line endings", g)
        seen = set()
        for p in msg.walk():
            if p.get_content_maintype() == "text":
                seen.add("charset " + (p.get_content_charset() or "us-ascii"))
            if not p.is_multipart() and p.get("Content-Transfer-Encoding"):
                seen.add("CTE " + p["Content-Transfer-Encoding"].lower())
            if p.get("Content-ID"):
                seen.add("inline image (Content-ID)")
        if b"=?" in raw.split(b"\n\n" if b"\r\n" not in raw else b"\r\n\r\n", 1)[0]:
            seen.add("RFC 2047 encoded header")
        if msg["Reply-To"]:
            seen.add("Reply-To header")
        for s in seen:
            bump(s, g)
    lines.append("| MIME feature (mails containing it) | fr | de |")
    lines.append("|---|---|---|")
    for k in sorted(mf):
        lines.append("| %s | %d | %d |" % (k, mf[k]["fr"], mf[k]["de"]))
    return "\n".join(lines)


if __name__ == "__main__":
    assert [m["n"] for m in MAILS] == list(range(61, 121)), [m["n"] for m in MAILS]
    build_all()
    errs = check()
    print(counts())
    if errs:
        print("\nCHECK FAILED:")
        for x in errs:
            print("  " + x)
        sys.exit(1)
    print("\ncheck OK: 60 mails, 60 ground truths")
